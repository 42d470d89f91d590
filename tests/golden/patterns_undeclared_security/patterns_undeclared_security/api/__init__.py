"""Operation groups of the Undeclared Security client, one module per tag."""
