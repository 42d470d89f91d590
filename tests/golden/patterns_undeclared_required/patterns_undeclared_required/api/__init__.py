"""Operation groups of the Undeclared Required client, one module per tag."""
