"""One run session: what every entry point that checks links shares.

``curator run`` (and every scheduled job through it), ``curator gate``, ``curator approve`` and
the demo each load the catalog, open the store, start an executor and check; they all do it
through :class:`~curator.session.core.RunSession`, which also owns the run lock
(:mod:`curator.session.lock`), stopping a run (:mod:`curator.session.cancel`), due-based
planning (:mod:`curator.session.due`) and the clock. The scheduler imports the session, never
the reverse.
"""
