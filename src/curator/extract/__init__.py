"""Extraction stage: what a fetched page says about itself (title, description, dates, text)."""

from curator.extract.decode import decode_html
from curator.extract.meta import extract
from curator.extract.model import PageMeta

__all__ = ["PageMeta", "decode_html", "extract"]
