"""Where each scheduled job left off: the scheduler's persistent job state.

One small JSON file beside the state store (``<store>.schedule.json``), written atomically
after a job completes, read at start to resume. Why not APScheduler's SQLAlchemyJobStore:

- it advances a job's next run time when the job is *submitted*, so a scheduler killed mid-run
  comes back believing that night was done. Here a job counts only once it has completed;
  a killed or aborted run is run again (once) on restart, within the misfire grace;
- it pickles callables and triggers, so editing ``schedules.yaml`` or upgrading curator leaves
  stale or unloadable jobs behind. ``schedules.yaml`` stays the only truth about *what* runs;
  only *when each job last started* is kept;
- the state store's own run records cannot say which job made a run (and scheduler
  bookkeeping rows there would crowd out the runs the reports' trend reads);
- no new dependency (SQLAlchemy) and no second database for two timestamps per job.

Only the process holding the scheduler lock writes the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from curator.report.files import write_atomic

SCHEMA = "curator.schedule-ledger/1"


class LedgerError(Exception):
    """The ledger file cannot be read; the message names it."""


@dataclass(frozen=True)
class LedgerEntry:
    started_at: datetime
    finished_at: datetime
    outcome: str  # "ok", "exit 1", "error: ..." - for people reading the file


class Ledger:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries = self._read()

    def last(self, job: str) -> LedgerEntry | None:
        return self._entries.get(job)

    def record(self, job: str, entry: LedgerEntry) -> None:
        self._entries[job] = entry
        document = {
            "schema": SCHEMA,
            "jobs": {
                name: {
                    "started_at": item.started_at.isoformat(),
                    "finished_at": item.finished_at.isoformat(),
                    "outcome": item.outcome,
                }
                for name, item in sorted(self._entries.items())
            },
        }
        write_atomic(self.path, json.dumps(document, indent=2) + "\n")

    def _read(self) -> dict[str, LedgerEntry]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise LedgerError(f"{self.path}: cannot read the schedule ledger: {exc}") from exc
        try:
            document = json.loads(text)
            return {
                str(name): LedgerEntry(
                    started_at=_aware(item["started_at"]),
                    finished_at=_aware(item["finished_at"]),
                    outcome=str(item.get("outcome", "")),
                )
                for name, item in document["jobs"].items()
            }
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise LedgerError(
                f"{self.path}: not a schedule ledger ({exc}); delete it to start afresh"
            ) from exc


def _aware(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"time without a zone: {text}")
    return value
