"""Operation groups of the Annotated Ref client, one module per tag."""
