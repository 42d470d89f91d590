"""Operation groups of the Schemas 3.1 client, one module per tag."""
