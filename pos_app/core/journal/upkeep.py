"""The journal's upkeep in a background thread: a quick_check once after start (never delaying
it), a backup each day (the first check of a day without one makes it), and the "disk almost
full" warning; what goes wrong is handed to ``report`` (the app shows it)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pos_app.core.journal.backup import backup_made_on, make_backup
from pos_app.core.journal.errors import BackupError, JournalError
from pos_app.core.journal.identity import backup_dir
from pos_app.core.journal.journal import Journal

logger = logging.getLogger(__name__)

# A day's backup is looked for this often (seconds): a window left open over midnight makes the
# next day's within the hour.
CHECK_INTERVAL = 3600.0


class JournalUpkeep:
    """Start it after the journal is open; stop it before closing the journal."""

    def __init__(
        self,
        journal: Journal,
        report: Callable[[JournalError], None],
        *,
        backup_folder: Path | None = None,
        interval: float = CHECK_INTERVAL,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._journal = journal
        self._report = report
        self._folder = backup_folder if backup_folder is not None else backup_dir(journal.path)
        self._interval = interval
        self._now = now
        self._checked = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="journal-upkeep", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def run_once(self) -> None:
        """One round (the thread runs them; tests call it directly)."""
        if not self._checked:
            self._checked = True
            damage = self._journal.check_health()
            if damage is not None:
                self._report(damage)
        if self._journal.damage is None and not backup_made_on(self._folder, self._now().date()):
            try:
                make_backup(self._journal.path, self._folder, now=self._now())
            except BackupError as error:
                logger.error("The day's backup failed: %s", error)
                self._report(error)
        space = self._journal.space_warning()
        if space is not None:
            self._report(space)

    def _run(self) -> None:
        # The first round runs even when stopped at once: the start's check is never skipped.
        while True:
            try:
                self.run_once()
            except (JournalError, OSError) as error:
                logger.exception("Journal upkeep failed")
                if isinstance(error, JournalError):
                    self._report(error)
            if self._stop.wait(self._interval):
                return
