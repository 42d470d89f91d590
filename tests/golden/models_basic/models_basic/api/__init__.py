"""Operation groups of the Models Basic client, one module per tag."""
