"""Operation groups of the Constructs client, one module per tag."""
