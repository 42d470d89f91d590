"""Operation groups of the Wildcard Media client, one module per tag."""
