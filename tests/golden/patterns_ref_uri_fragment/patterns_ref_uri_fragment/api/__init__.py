"""Operation groups of the Ref URI Fragment client, one module per tag."""
