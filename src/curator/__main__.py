"""``python -m curator``: the same as the ``curator`` command."""

from curator.launch import main

main()
