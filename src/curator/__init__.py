"""curator: keeps a curated site's sources alive and its summaries true."""

__version__ = "0.1.0"
