"""Peer comparison: curator against other link checkers on one local fixture web."""
