"""``curator schedule``'s engine: APScheduler wired to the jobs, the ledger and the locks.

Choices, and why:

- A ``BackgroundScheduler`` with a one-thread executor: jobs never overlap inside the process
  (a second due job waits in the queue), ``max_instances=1`` drops the fires of a job that is
  still running or queued, and the run lock (``app.run``) keeps other processes out.
- ``coalesce=True`` and a misfire grace: a machine that slept through three nights runs the
  job once on waking, and not at all if the latest missed slot is older than the grace.
- Jobs resume from the ledger (see :mod:`curator.schedule.ledger`), not from a pickled job
  store: a run counts once it completed, so a killed scheduler re-runs the interrupted slot.
- The main thread wakes the scheduler every ``WAKE_SECONDS``: APScheduler sleeps on a
  monotonic clock, which stands still while the machine is suspended, so without a nudge a
  nightly run would fire hours late after a laptop or VM resumes.
- Stopping sets a cancel event that the running check honours between two fetches (see
  :mod:`curator.session.cancel`); if it has not stopped within ``stop_timeout_seconds`` the
  process exits anyway. Either way every store write was a whole transaction and every report
  a whole file, so the state stays consistent.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from datetime import UTC, datetime
from types import FrameType

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from curator.clock import Clock, utcnow
from curator.exitcodes import Exit
from curator.schedule.config import JobSpec, ScheduleFile
from curator.schedule.jobs import JobContext, Outcome, grace, timed
from curator.schedule.ledger import Ledger, LedgerEntry
from curator.schedule.triggers import Resume, resume

WAKE_SECONDS = 30.0


class SchedulerService:
    """The schedule's jobs, run one at a time, resumed from and recorded in the ledger."""

    def __init__(
        self,
        schedule: ScheduleFile,
        context: JobContext,
        ledger: Ledger,
        log: logging.Logger,
        clock: Clock = utcnow,
    ) -> None:
        self.schedule = schedule
        self.context = context
        self.ledger = ledger
        self.log = log
        self.clock = clock
        self.cancel = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._jobs = {job.name: job for job in schedule.jobs}
        self._scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"coalesce": True, "max_instances": 1},
        )
        self._scheduler.add_listener(self._not_started, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED)

    def plan(self, now: datetime | None = None) -> dict[str, Resume]:
        """Where each job resumes, from the ledger."""
        now = now or self.clock()
        settings = self.context.settings
        plans = {}
        for job in self.schedule.jobs:
            last = self.ledger.last(job.name)
            started = last.started_at if last is not None else None
            plans[job.name] = resume(job.trigger(), started, now, grace(job, settings))
        return plans

    def start(self) -> None:
        settings = self.context.settings
        for job in self.schedule.jobs:
            start = self.plan()[job.name]
            self._log_resume(job, start)
            if start.next_run_time is None:
                continue
            self._scheduler.add_job(
                self._execute,
                trigger=job.trigger(),
                args=(job.name,),
                id=job.name,
                name=job.name,
                next_run_time=start.next_run_time,
                misfire_grace_time=max(1, int(grace(job, settings).total_seconds())),
            )
        self._scheduler.start()

    def wake(self) -> None:
        self._scheduler.wakeup()

    def stop(self, timeout: float) -> bool:
        """Stop scheduling, abort the current run; True if it stopped within ``timeout``."""
        self.cancel.set()
        self._scheduler.shutdown(wait=False)
        return self._idle.wait(timeout)

    def _execute(self, name: str) -> None:
        job = self._jobs[name]
        if self.cancel.is_set():
            return
        self._idle.clear()
        try:
            started = self.clock()
            outcome = timed(job, self.context, self.cancel, self.log)
            self._record(job, started, outcome)
        finally:
            self._idle.set()

    def _record(self, job: JobSpec, started: datetime, outcome: Outcome) -> None:
        if outcome.cancelled:
            return  # not done: the next start runs this slot again
        try:
            self.ledger.record(job.name, LedgerEntry(started, self.clock(), outcome.label))
        except OSError as exc:
            self.log.error(
                "%s: cannot write the schedule ledger %s: %s", job.name, self.ledger.path, exc
            )

    def _not_started(self, event: JobEvent) -> None:
        when = (
            getattr(event, "scheduled_run_time", None)
            or getattr(event, "scheduled_run_times", [None])[-1]
        )
        at = f"{when:%Y-%m-%d %H:%M:%S %Z}" if when else "its time"
        if event.code == EVENT_JOB_MISSED:
            message = f"{event.job_id}: missed the run due at {at}: more than its grace time late"
        else:
            message = (
                f"{event.job_id}: not started at {at}: its previous run is still running "
                "or waiting for another job (one run at a time)"
            )
        self.log.warning(message, extra={"job": event.job_id, "event": "skipped"})

    def _log_resume(self, job: JobSpec, start: Resume) -> None:
        extra = {"job": job.name, "event": "scheduled"}
        if start.next_run_time is None:
            self.log.warning("%s: its trigger will never fire again", job.name, extra=extra)
            return
        when = f"{start.next_run_time:%Y-%m-%d %H:%M:%S %Z}"
        if start.catching_up is not None:
            self.log.info(
                "%s: catching up the run due at %s now (once)", job.name, when, extra=extra
            )
            return
        if start.missed is not None:
            self.log.warning(
                "%s: the run due at %s is past its grace time and is skipped",
                job.name,
                f"{start.missed:%Y-%m-%d %H:%M:%S %Z}",
                extra=extra,
            )
        self.log.info("%s: next run at %s (%s)", job.name, when, job.describe(), extra=extra)


def serve(service: SchedulerService, stop: threading.Event, stop_timeout: float) -> Exit:
    """Run until ``stop`` is set, then shut down cleanly (or as cleanly as time allows)."""
    service.start()
    service.log.info(
        "curator schedule: %d job(s) from %s; state %s",
        len(service.schedule.jobs),
        service.schedule.path,
        service.context.store,
        extra={"event": "ready"},
    )
    while not stop.wait(WAKE_SECONDS):
        service.wake()
    service.log.info("stopping: no new runs; aborting the current one", extra={"event": "stopping"})
    if service.stop(stop_timeout):
        service.log.info("stopped", extra={"event": "stopped"})
        return Exit.OK
    service.log.error(
        "the current run did not stop within %gs; exiting without it (its run stays "
        "unfinished in the store and runs again at the next start)",
        stop_timeout,
        extra={"event": "stopped"},
    )
    logging.shutdown()
    os._exit(Exit.INCONCLUSIVE)


def install_signal_handlers(stop: threading.Event, log: logging.Logger) -> None:
    """SIGTERM/SIGINT ask for a clean stop; a second one exits at once."""

    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            log.error("second %s: exiting now", signal.Signals(signum).name)
            logging.shutdown()
            os._exit(Exit.INCONCLUSIVE)
        log.info("%s received", signal.Signals(signum).name, extra={"event": "signal"})
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, handler)
