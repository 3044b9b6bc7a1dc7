"""Staleness: has a source's page drifted from what the editor approved, and does it still
support its blurb?

Pure functions over text and small values, no network and no disk: the pipeline fetches and
extracts, this package compares.
"""

from curator.assess.content import MainContent, main_content, main_text
from curator.assess.drift import ContentSnapshot, DriftResult, assess_drift
from curator.assess.fingerprint import Fingerprint, fingerprint, similarity
from curator.assess.support import (
    SupportVerdict,
    TermSupport,
    assess_support,
    key_terms,
    measure_support,
    support,
)
from curator.assess.titles import same_title

__all__ = [
    "ContentSnapshot",
    "DriftResult",
    "Fingerprint",
    "MainContent",
    "SupportVerdict",
    "TermSupport",
    "assess_drift",
    "assess_support",
    "fingerprint",
    "key_terms",
    "main_content",
    "main_text",
    "measure_support",
    "same_title",
    "similarity",
    "support",
]
