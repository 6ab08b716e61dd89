"""The journal's identity, kept outside it too: its id and the highest receipt number sent, in a
small file beside it (``journal.sqlite3.identity.json``), written atomically.

Receipt numbers are also the customers' Checker.uz operation codes, so they must never start
over. A journal file emptied, deleted, replaced by another one or by an older copy would start
them over silently; compared with this identity at every opening, it is refused instead, with
what happened and how to restore it (a backup, or ``pos-app journal adopt`` once a person has
checked the file).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from pos_app.core.files import write_atomically
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal.errors import JournalReplacedError

logger = logging.getLogger(__name__)

BACKUP_DIR_ENV = "POS_APP_BACKUP_DIR"
# The meta table's keys.
JOURNAL_ID = "journal_id"
# After a restore of an older copy, new receipts are numbered from here, never below.
RECEIPT_FLOOR = "receipt_floor"


@dataclass(frozen=True)
class Identity:
    journal_id: str
    # The highest receipt number that went out to the cashbox (0: none yet); the journal may
    # hold higher ones still queued.
    last_receipt: int


def new_journal_id() -> str:
    return uuid.uuid4().hex


def identity_path(journal_path: Path) -> Path:
    return journal_path.with_name(journal_path.name + ".identity.json")


def backup_dir(journal_path: Path) -> Path:
    """Where backups go: ``$POS_APP_BACKUP_DIR``, else ``backups`` in the journal's folder."""
    override = os.environ.get(BACKUP_DIR_ENV, "").strip()
    return Path(override).expanduser() if override else journal_path.parent / "backups"


def load(journal_path: Path) -> Identity | None:
    """The identity kept for the journal at ``journal_path``; None when none was kept (a first
    start, or a journal from before identities) or the file is unreadable (logged)."""
    path = identity_path(journal_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        journal_id, last_receipt = data["journal_id"], data["last_receipt"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        logger.warning("The journal's identity %s cannot be read (%s); not checked", path, error)
        return None
    if not isinstance(journal_id, str) or not isinstance(last_receipt, int):
        logger.warning("The journal's identity %s is garbled; not checked", path)
        return None
    return Identity(journal_id, last_receipt)


def save(journal_path: Path, identity: Identity) -> bool:
    """Write the identity atomically; False (logged) when it cannot be written: the journal
    goes on, only the next check is weaker."""
    text = json.dumps({"journal_id": identity.journal_id, "last_receipt": identity.last_receipt})
    try:
        write_atomically(identity_path(journal_path), text + "\n")
    except OSError as error:
        logger.warning("The journal's identity cannot be written: %s", error)
        return False
    return True


def of_journal(conn: sqlite3.Connection) -> Identity | None:
    """The identity the journal holds itself; None for a journal without one (empty, new, or
    written before identities)."""
    try:
        row = conn.execute("SELECT value FROM journal_meta WHERE key = ?", (JOURNAL_ID,)).fetchone()
    except sqlite3.OperationalError:
        return None  # no meta table
    if row is None:
        return None
    return Identity(row[0], last_receipt(conn))


def last_receipt(conn: sqlite3.Connection) -> int:
    """The highest receipt number given: the highest in the journal, or below the floor set
    when an older copy was restored."""
    try:
        (highest,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM receipts").fetchone()
    except sqlite3.OperationalError:
        return 0  # no receipts table: an empty file
    try:
        floor = conn.execute(
            "SELECT value FROM journal_meta WHERE key = ?", (RECEIPT_FLOOR,)
        ).fetchone()
    except sqlite3.OperationalError:
        floor = None
    return max(int(highest), int(floor[0]) - 1 if floor is not None else 0)


def present(journal_path: Path) -> bool:
    """The file is there and not empty (SQLite makes a new journal of a zero-byte file)."""
    try:
        return journal_path.stat().st_size > 0
    except OSError:
        return False


def check(journal_path: Path, kept: Identity, found: Identity | None, *, there: bool) -> None:
    """Refuse a journal that is not the one kept: JournalReplacedError saying what happened.
    ``there``: the file was there, not empty, before it was opened."""
    backups = backup_dir(journal_path)
    if not there:
        raise JournalReplacedError(
            _N(
                "journal",
                "The journal {path} is missing or empty, but this computer kept a journal with"
                " receipts up to number {last}. pos-app does not start a new journal, because"
                " receipt numbers (also the customers' Checker.uz codes) would start over."
                " Restore the journal from a backup (pos-app journal restore FILE; backups are"
                " in {backups}); only if the shop really starts a new journal, run pos-app"
                " journal adopt.",
            ),
            path=journal_path,
            last=kept.last_receipt,
            backups=backups,
        )
    if found is None or found.journal_id != kept.journal_id:
        raise JournalReplacedError(
            _N(
                "journal",
                "The journal {path} is not the journal this computer kept (that one held"
                " receipts up to number {last}): the file was replaced. Put the right file back"
                " or restore it from a backup (pos-app journal restore FILE; backups are in"
                " {backups}); only if a person checked that this file is the one to use, run"
                " pos-app journal adopt.",
            ),
            path=journal_path,
            last=kept.last_receipt,
            backups=backups,
        )
    if found.last_receipt < kept.last_receipt:
        raise JournalReplacedError(
            _N(
                "journal",
                "The journal {path} is an older copy: it ends at receipt {found}, but this"
                " computer kept receipts up to number {last}. The receipts after {found} are"
                " not in it and their numbers would be given again. Restore the latest backup"
                " (pos-app journal restore FILE; backups are in {backups}); only if a person"
                " checked that this file is the one to use, run pos-app journal adopt.",
            ),
            path=journal_path,
            found=found.last_receipt,
            last=kept.last_receipt,
            backups=backups,
        )
