"""Operation groups of the Incremental client, one module per tag."""
