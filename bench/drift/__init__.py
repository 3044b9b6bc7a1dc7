"""Drift-detection bench: does curator.assess tell a rewritten article from a re-skinned page?

Run from the repository root: ``python -m bench.drift`` (``--help`` for options). Figures and
how to read them: bench/README.md, section "Drift detection".
"""
