"""What can go wrong with the journal, said for the person who reads it."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import TranslatableError


class JournalError(TranslatableError):
    """A journal operation cannot be done (translated under the context ``"journal"``)."""

    context = "journal"


class ReceiptNotFoundError(JournalError, LookupError):
    """No receipt (or promo submission) with that number is in the journal."""


class IllegalTransitionError(JournalError):
    """The change asked for does not follow from the current state (a bug, or two hands at
    once); nothing was changed."""


class JournalTooNewError(JournalError):
    """The journal file was written by a newer pos-app; this one must not touch it."""


class JournalBusyError(JournalError):
    """Another program held the journal longer than the app waits; nothing was changed."""


class JournalFullError(JournalError):
    """The disk (or the journal's size limit) is full; the change was not saved."""


class JournalDamagedError(JournalError):
    """The file is damaged, or is not a journal at all."""


class JournalReadOnlyError(JournalError):
    """The file or its folder may not be written."""


class JournalUnavailableError(JournalError):
    """The file cannot be opened or created: its folder is missing or not this user's."""


class JournalDiskError(JournalError):
    """The disk failed to read or write the file."""


def translated(error: sqlite3.Error, path: Path, waited: float) -> JournalError:
    """The journal's own error for SQLite's ``error`` on the file at ``path``, in plain words
    naming the file and what to do; ``waited`` is how long a busy journal was waited for."""
    # The primary result code (https://sqlite.org/rescode.html): the low byte.
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}:
        return JournalBusyError(
            _N(
                "journal",
                "The journal {path} is in use by another program (another pos-app, or a backup"
                " tool) and was not free after {seconds} seconds. Close that program or wait a"
                " moment, then try again; nothing was lost.",
            ),
            path=path,
            seconds=f"{waited:g}",
        )
    plain: dict[int, Callable[[Path], JournalError]] = {
        sqlite3.SQLITE_FULL: full,
        sqlite3.SQLITE_CORRUPT: damaged,
        sqlite3.SQLITE_NOTADB: damaged,
        sqlite3.SQLITE_READONLY: read_only,
        sqlite3.SQLITE_PERM: read_only,
        sqlite3.SQLITE_CANTOPEN: unavailable,
    }
    if code in plain:
        return plain[code](path)
    if code == sqlite3.SQLITE_IOERR:
        return JournalDiskError(
            _N(
                "journal",
                "The disk failed to read or write the journal {path} ({problem}). Check the"
                " disk and its connection, then try again.",
            ),
            path=path,
            problem=error,
        )
    return JournalError(
        _N(
            "journal",
            "The journal {path} cannot be used: {problem}. Try again; if it keeps failing,"
            " keep the file and ask for help.",
        ),
        path=path,
        problem=error,
    )


def translated_os(error: OSError, path: Path) -> JournalError:
    """The journal's own error for the system refusing to create its file."""
    if error.errno == errno.ENOSPC:
        return full(path)
    if error.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return read_only(path)
    return unavailable(path)


def damaged(path: Path) -> JournalDamagedError:
    return JournalDamagedError(
        _N(
            "journal",
            "The file {path} is damaged or is not a pos-app journal. Do not delete it: keep it"
            " (with its -wal file, if any), restore the journal from a backup, or ask for help.",
        ),
        path=path,
    )


def full(path: Path) -> JournalFullError:
    return JournalFullError(
        _N(
            "journal",
            "The disk holding the journal {path} is full, so nothing more can be saved. Free"
            " some space on that disk, then try again; nothing was lost.",
        ),
        path=path,
    )


def read_only(path: Path) -> JournalReadOnlyError:
    return JournalReadOnlyError(
        _N(
            "journal",
            "The journal {path} cannot be written: the file or its folder is read-only. Allow"
            " this user to write to both, then try again.",
        ),
        path=path,
    )


def unavailable(path: Path) -> JournalUnavailableError:
    return JournalUnavailableError(
        _N(
            "journal",
            "The journal {path} cannot be opened: it is not a file, or its folder is missing,"
            " read-only or not this user's. Check that the folder exists and this user may"
            " write in it, then start again.",
        ),
        path=path,
    )
