"""Operation groups of the Contradictions client, one module per tag."""
