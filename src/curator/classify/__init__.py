"""How a fetch becomes a link state: the status rules, soft-404 signs and offline detection."""

from curator.classify.link import Verdict, classify
from curator.classify.offline import OfflineVerdict, OfflineWatch, judge_offline

__all__ = ["OfflineVerdict", "OfflineWatch", "Verdict", "classify", "judge_offline"]
