"""Operation groups of the Binary In Json client, one module per tag."""
