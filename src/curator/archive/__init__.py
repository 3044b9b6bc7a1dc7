"""The web archive: finding a dead source's archived copy, and asking for one at approval.

``snapshot`` reads the archive's addresses and times, ``client`` talks to it politely (its own
rate, timeout, Retry-After and a time budget per run), ``rescue`` decides which copy a dead
source gets in a run's report and remembers the answer in the state store.
"""
