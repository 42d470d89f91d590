"""Operation groups of the Styles and encodings client, one module per tag."""
