"""clientgen: turns an OpenAPI document into a typed, vendorable Python client."""

__version__ = "0.1.0"
