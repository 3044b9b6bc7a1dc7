"""One run's stages between the route files and the report: what to check (``plan``), the
fetch waves (``fetching``) and what is written to the store (``record``).

``curator.pipeline`` wires them in DESIGN.md's order; ``curator.rollup`` turns what they
recorded into route reports.
"""
