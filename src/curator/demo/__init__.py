"""``curator demo``: a real report from the sample routes without any network.

A local web of bundled snapshot pages (``site``, ``pages``) decays the way the real web does
(``scenario``), and the real pipeline checks it over three simulated nights (``play``). The
sample routes are bundled under ``routes/`` as copies of the repository's ``routes/*.yaml`` so
the demo works from an installed package and never touches the user's own routes.
"""

from curator.demo.play import DemoError, DemoOptions, DemoResult, run_demo

__all__ = ["DemoError", "DemoOptions", "DemoResult", "run_demo"]
