"""Where the fetch-and-inspect work runs: in this process, across this machine's cores, or on a
cluster. The pipeline only sees the ``Executor`` interface.

Each executor is imported from its own module (``execute.local``, ``execute.processes``,
``execute.dask``), not from here: the in-process one brings the Fetcher and ``requests``, which
a driver whose workers fetch does not need (bench/README.md, "The tree's peak under 250 MB").
"""

from curator.execute.interface import Executor

__all__ = ["Executor"]
