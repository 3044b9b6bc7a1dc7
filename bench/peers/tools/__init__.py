"""The link checkers the bench compares, one module each."""

from bench.peers.tools.curator import Curator
from bench.peers.tools.interface import Invocation, Job, Tool, Verdicts, url_key
from bench.peers.tools.linkchecker import LinkChecker
from bench.peers.tools.linkinator import Linkinator
from bench.peers.tools.lychee import Lychee

ALL: tuple[Tool, ...] = (Curator(), Lychee(), Linkinator(), LinkChecker())

__all__ = ["ALL", "Curator", "Invocation", "Job", "LinkChecker", "Linkinator", "Lychee", "Tool"]
__all__ += ["Verdicts", "url_key"]
