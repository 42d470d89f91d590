"""Operation groups of the Redirect Only client, one module per tag."""
