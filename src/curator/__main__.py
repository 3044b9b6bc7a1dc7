"""``python -m curator``: the same as the ``curator`` command."""

from curator.cli import main

main()
