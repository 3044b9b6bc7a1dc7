"""DESIGN.md's exit codes, named once so every command and test agrees on them."""

from enum import IntEnum


class Exit(IntEnum):
    OK = 0  # success, or the gate passed
    FAILED = 1  # the gate failed / a checked route is broken
    BAD_INPUT = 2  # bad input, usage or configuration
    INCONCLUSIVE = 3  # the checker could not judge (e.g. no network)
