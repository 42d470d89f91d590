"""Operation groups of the Multi File client, one module per tag."""
