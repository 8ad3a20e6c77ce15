"""govreader: a terminal reader for saved Korean local-government news."""

__version__ = "0.1.0"
