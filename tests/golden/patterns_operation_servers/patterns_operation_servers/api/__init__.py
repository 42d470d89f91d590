"""Operation groups of the Operation Servers client, one module per tag."""
