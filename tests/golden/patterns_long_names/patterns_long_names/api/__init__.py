"""Operation groups of the Long Names client, one module per tag."""
