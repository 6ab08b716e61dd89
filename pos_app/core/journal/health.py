"""The journal's health: room left on its disk, and damage inside its file (``PRAGMA
quick_check``), found before a receipt is half-written into either."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal.errors import (
    DiskAlmostFullError,
    JournalKnownDamagedError,
    almost_full,
)

logger = logging.getLogger(__name__)

MEGABYTE = 1024 * 1024
# ASSUMED: a receipt takes kilobytes, a day's journal growth and its WAL a few megabytes, a
# backup (on the same disk by default) the journal's size: 50 MB left is where a shop PC must
# be tidied before a write fails half-way.
MIN_FREE_BYTES = 50 * MEGABYTE
# Lines of quick_check's findings kept in the message: enough to tell a person what it is.
FINDINGS_SHOWN = 3


def free_bytes(journal_path: Path) -> int:
    return shutil.disk_usage(journal_path.parent).free


def space_warning(journal_path: Path, minimum: int = MIN_FREE_BYTES) -> DiskAlmostFullError | None:
    """The "disk is almost full" error when less than ``minimum`` bytes are free, else None.
    Cheap (one system call): the window's status bar may ask it every few seconds."""
    try:
        free = free_bytes(journal_path)
    except OSError as error:
        logger.warning("Free space of %s unknown: %s", journal_path.parent, error)
        return None
    if free >= minimum:
        return None
    return almost_full(journal_path.parent, free // MEGABYTE, -(-minimum // MEGABYTE))


def check_free_space(journal_path: Path, minimum: int = MIN_FREE_BYTES) -> None:
    """DiskAlmostFullError when a receipt should not be started on this disk."""
    warning = space_warning(journal_path, minimum)
    if warning is not None:
        raise warning


def quick_check(journal_path: Path) -> JournalKnownDamagedError | None:
    """SQLite's quick_check of the whole file on a connection of its own (seconds on a large
    journal: run it off the UI thread). The damage found, or None when the file is sound."""
    uri = f"{journal_path.as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        try:
            findings = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        finally:
            connection.close()
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code not in {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}:
            # Busy, missing, unreadable: not a finding about the file's insides.
            logger.warning("Journal %s could not be checked: %s", journal_path, error)
            return None
        findings = [str(error)]
    if findings == ["ok"]:
        return None
    logger.error("Journal %s is damaged: %s", journal_path, findings[:FINDINGS_SHOWN])
    return damage_found(journal_path, "; ".join(findings[:FINDINGS_SHOWN]))


def damage_found(journal_path: Path, findings: str) -> JournalKnownDamagedError:
    return JournalKnownDamagedError(
        _N(
            "journal",
            "The journal {path} is damaged ({findings}). No new receipt is written into it."
            " Do not delete it: close pos-app, keep the file, and restore the latest backup"
            " (pos-app journal restore FILE), or ask for help.",
        ),
        path=journal_path,
        findings=findings,
    )
