"""Operation groups of the Duplicate Operation Ids client, one module per tag."""
