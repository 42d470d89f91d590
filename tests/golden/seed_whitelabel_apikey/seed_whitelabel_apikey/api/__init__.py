"""Operation groups of the Edge Impulse API client, one module per tag."""
