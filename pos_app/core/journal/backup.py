"""Backups of the journal and restoring one.

A backup is SQLite's online backup of the journal (a consistent copy even while the outbox
writes), checked, flushed to disk and renamed into the backup folder (``backups`` beside the
journal, or ``$POS_APP_BACKUP_DIR``) as ``journal-YYYYMMDD-HHMMSS.sqlite3`` (UTC). The newest
backup of each of the last :data:`KEEP_DAYS` days with one is kept; older ones are removed.

Restoring checks the file first (SQLite's integrity_check, a pos-app journal this pos-app can
read, the same journal as the one kept here and not older, unless forced), keeps the present
journal aside (``journal.sqlite3.replaced-…``, never deleted), then puts the copy in its place.
After a forced restore of an older copy, new receipts are numbered after the highest number
ever given, never again one the copy lacks (they are also the Checker.uz operation codes).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import document_ids, identity
from pos_app.core.journal.errors import BackupError
from pos_app.core.journal.schema import LATEST_VERSION

logger = logging.getLogger(__name__)

# ASSUMED: two weeks of daily copies cover a damage noticed late (a holiday) without filling
# the disk; a shop wanting more points POS_APP_BACKUP_DIR at a bigger disk and keeps its own.
KEEP_DAYS = 14
_NAME = re.compile(r"^journal-(\d{8})-(\d{6})(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class Restored:
    """What a restore did: ``aside`` is where the journal that was there was kept (None when
    there was none); ``last_receipt`` the copy's highest receipt number; ``numbered_from`` the
    number new receipts start at when the copy was older than the journal kept here."""

    aside: Path | None
    last_receipt: int
    numbered_from: int | None


def backups(folder: Path) -> tuple[Path, ...]:
    """The backups in ``folder``, oldest first."""
    try:
        found = [path for path in folder.iterdir() if _NAME.match(path.name)]
    except FileNotFoundError:
        return ()
    except OSError as error:
        raise _cannot(folder, error) from error
    return tuple(sorted(found, key=lambda path: path.name))


def backup_made_on(folder: Path, day: date) -> bool:
    """Whether ``folder`` holds a backup made on ``day`` (UTC)."""
    return any(path.name.startswith(f"journal-{day:%Y%m%d}-") for path in backups(folder))


def make_backup(
    journal_path: Path, folder: Path | None = None, *, now: datetime | None = None
) -> Path:
    """Back the journal up into ``folder`` (default: :func:`identity.backup_dir`), then rotate
    the old backups; returns the new file. BackupError naming the folder when it cannot."""
    folder = folder if folder is not None else identity.backup_dir(journal_path)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = _free_name(folder, f"journal-{moment:%Y%m%d-%H%M%S}")
        partial = folder / f".{target.name}.partial"
        try:
            _copy(journal_path, partial)
            findings = _check(partial)
            if findings is not None:
                raise BackupError(
                    _N(
                        "journal",
                        "The journal {path} is damaged ({findings}), so no backup was made of"
                        " it and the earlier backups in {folder} were kept. Restore the latest"
                        " one (pos-app journal restore FILE), or ask for help.",
                    ),
                    path=journal_path,
                    findings=findings,
                    folder=folder,
                )
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        sync_folder(folder)
    except (OSError, sqlite3.Error) as error:
        raise _cannot(folder, error) from error
    logger.info("Journal backed up to %s", target)
    rotate(folder)
    return target


def rotate(folder: Path, keep_days: int = KEEP_DAYS) -> tuple[Path, ...]:
    """Remove all but the newest backup of each of the newest ``keep_days`` days; returns the
    removed files. A file that cannot be removed is left (logged)."""
    newest_of_day: dict[str, Path] = {}
    for path in backups(folder):
        day = path.name.removeprefix("journal-")[:8]
        newest_of_day[day] = path  # oldest first: the last one seen is the newest
    kept = {newest_of_day[day] for day in sorted(newest_of_day)[-keep_days:]}
    removed = tuple(path for path in backups(folder) if path not in kept)
    for path in removed:
        try:
            path.unlink()
        except OSError as error:
            logger.warning("Old backup %s cannot be removed: %s", path, error)
    return removed


def restore(
    backup_file: Path, journal_path: Path, *, force: bool = False, now: datetime | None = None
) -> Restored:
    """Put ``backup_file`` in place of the journal at ``journal_path`` after checking it; the
    caller holds the sender lock (no pos-app sends meanwhile). BackupError says what is wrong
    and what to do; with ``force`` a different or older journal is accepted."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    found = _inspect(backup_file)
    kept = identity.load(journal_path)
    floor = None
    if kept is not None and found.journal_id != kept.journal_id and not force:
        raise BackupError(
            _N(
                "journal",
                "The file {file} is a backup of another journal, not of the one this computer"
                " kept (receipts up to number {last}). Choose a backup of this shop's journal;"
                " only if a person checked that this one is right, add --force.",
            ),
            file=backup_file,
            last=kept.last_receipt,
        )
    if kept is not None and found.last_receipt < kept.last_receipt:
        if not force:
            raise BackupError(
                _N(
                    "journal",
                    "The backup {file} ends at receipt {found}, but this computer's journal went"
                    " up to receipt {last}: receipts {first_missing} to {last} are not in it."
                    " Choose a newer backup if there is one; to restore this one anyway, add"
                    " --force (new receipts are then numbered from {next}, so no number is"
                    " given twice, and the missing receipts must be looked up in the"
                    " IntellectMoney account).",
                ),
                file=backup_file,
                found=found.last_receipt,
                last=kept.last_receipt,
                first_missing=found.last_receipt + 1,
                next=kept.last_receipt + 1,
            )
        floor = kept.last_receipt + 1
    aside = _keep_aside(journal_path, moment)
    if kept is not None and found.journal_id != kept.journal_id:
        document_ids.set_aside(journal_path, f"before-restore-{moment:%Y%m%d-%H%M%S}")
    try:
        _put_in_place(backup_file, journal_path, floor)
    except (OSError, sqlite3.Error) as error:
        if aside is not None:
            _move_parts(aside, journal_path)  # the journal that was there, back in its place
        raise _cannot(journal_path.parent, error) from error
    last = max(found.last_receipt, (floor or 1) - 1)
    # Adopted as this computer's journal: its identity is now the one kept.
    journal_id = found.journal_id or _journal_id_of(journal_path)
    identity.save(journal_path, identity.Identity(journal_id, last))
    logger.warning("Journal %s restored from %s (kept aside: %s)", journal_path, backup_file, aside)
    return Restored(aside, found.last_receipt, floor)


# --- inside ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    journal_id: str | None  # None: a journal from before identities
    last_receipt: int


def _copy(journal_path: Path, partial: Path) -> None:
    source = sqlite3.connect(f"{journal_path.as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            # One self-contained file: no -wal beside a backup.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        source.close()
    with partial.open("rb") as file:
        os.fsync(file.fileno())


def _check(path: Path) -> str | None:
    """integrity_check's findings (three at most), or None when the file is sound."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        findings = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        connection.close()
    return None if findings == ["ok"] else "; ".join(findings[:3])


def _inspect(backup_file: Path) -> _Found:
    """The backup's identity, once it is proven a sound pos-app journal this pos-app reads."""
    if not backup_file.is_file():
        raise BackupError(
            _N("journal", "{file} is not a file. Give the path of a backup (journal-….sqlite3)."),
            file=backup_file,
        )
    findings = _check(backup_file)
    if findings is not None:
        raise BackupError(
            _N(
                "journal",
                "The file {file} is damaged or is not a pos-app journal ({findings}); nothing"
                " was changed. Choose another backup.",
            ),
            file=backup_file,
            findings=findings,
        )
    connection = sqlite3.connect(f"{backup_file.as_uri()}?mode=ro", uri=True)
    try:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        journal = identity.of_journal(connection)
        last = identity.last_receipt(connection)
    finally:
        connection.close()
    if not 1 <= version <= LATEST_VERSION or "receipts" not in tables:
        raise BackupError(
            _N(
                "journal",
                "The file {file} is not a pos-app journal this pos-app can read (version"
                " {version}); nothing was changed. Choose another backup, or update pos-app if"
                " the backup was made by a newer one.",
            ),
            file=backup_file,
            version=version,
        )
    return _Found(None if journal is None else journal.journal_id, last)


def _keep_aside(journal_path: Path, moment: datetime) -> Path | None:
    """Move the present journal (with its -wal and -shm) to ``….replaced-YYYYMMDD-HHMMSS``."""
    if not journal_path.exists():
        return None
    aside = journal_path.with_name(f"{journal_path.name}.replaced-{moment:%Y%m%d-%H%M%S}")
    try:
        _move_parts(journal_path, aside)
    except OSError as error:
        raise _cannot(journal_path.parent, error) from error
    return aside


def _move_parts(source: Path, target: Path) -> None:
    """A journal file with its -wal and -shm, renamed together."""
    for suffix in ("-wal", "-shm", ""):  # the main file last: never left without its -wal
        part = source.with_name(source.name + suffix)
        if part.exists():
            os.replace(part, target.with_name(target.name + suffix))
    sync_folder(source.parent)


def _put_in_place(backup_file: Path, journal_path: Path, floor: int | None) -> None:
    partial = journal_path.with_name(f".{journal_path.name}.restoring")
    try:
        shutil.copyfile(backup_file, partial)
        partial.chmod(0o600)
        if floor is not None:
            _set_floor(partial, floor)
        with partial.open("rb") as file:
            os.fsync(file.fileno())
        os.replace(partial, journal_path)
    finally:
        partial.unlink(missing_ok=True)
    sync_folder(journal_path.parent)


def _set_floor(path: Path, floor: int) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(
            "CREATE TABLE IF NOT EXISTS journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        connection.execute(
            "INSERT OR REPLACE INTO journal_meta VALUES (?, ?)", (identity.RECEIPT_FLOOR, floor)
        )
    finally:
        connection.close()


def _journal_id_of(journal_path: Path) -> str:
    """A journal from before identities gets one now (the migration would give it one too)."""
    journal_id = identity.new_journal_id()
    connection = sqlite3.connect(journal_path, isolation_level=None)
    try:
        connection.execute(
            "CREATE TABLE IF NOT EXISTS journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        connection.execute(
            "INSERT OR IGNORE INTO journal_meta VALUES (?, ?)", (identity.JOURNAL_ID, journal_id)
        )
        (journal_id,) = connection.execute(
            "SELECT value FROM journal_meta WHERE key = ?", (identity.JOURNAL_ID,)
        ).fetchone()
    finally:
        connection.close()
    return str(journal_id)


def _free_name(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}.sqlite3"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem}-{number}.sqlite3"
    return target


def _cannot(folder: Path, error: OSError | sqlite3.Error) -> BackupError:
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        problem: object = "the disk is full"
    else:
        problem = getattr(error, "strerror", None) or error
    return BackupError(
        _N(
            "journal",
            "The backup or restore in {folder} failed: {problem}. Check that the folder exists,"
            " this user may write in it and its disk has room, then try again; the journal was"
            " not changed.",
        ),
        folder=folder,
        problem=problem,
    )


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
