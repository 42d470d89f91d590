"""Operation groups of the Builtin Names client, one module per tag."""
