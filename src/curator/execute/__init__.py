"""Where the fetch-and-inspect work runs: in this process, across this machine's cores, or on a
cluster. The pipeline only sees the ``Executor`` interface."""

from curator.execute.interface import Executor
from curator.execute.local import InProcessExecutor

__all__ = ["Executor", "InProcessExecutor"]
