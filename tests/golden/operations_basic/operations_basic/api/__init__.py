"""Operation groups of the Operations Basic client, one module per tag."""
