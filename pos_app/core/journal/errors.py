"""What can go wrong with the journal, said for the person who reads it."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import TranslatableError

# The window knows these errors before the journal (SQLite) is opened in the background.
if TYPE_CHECKING:
    import sqlite3


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


class JournalFileError(JournalError):
    """The journal's file failed (busy, full, damaged, read-only, missing, the disk): not a
    rule of the journal's, so a step that fails this way may succeed once the file is fixed."""


class JournalBusyError(JournalFileError):
    """Another program held the journal longer than the app waits; nothing was changed."""


class JournalFullError(JournalFileError):
    """The disk (or the journal's size limit) is full; the change was not saved."""


class JournalDamagedError(JournalFileError):
    """The file is damaged, or is not a journal at all."""


class JournalReadOnlyError(JournalFileError):
    """The file or its folder may not be written."""


class JournalUnavailableError(JournalFileError):
    """The file cannot be opened or created: its folder is missing or not this user's."""


class JournalDiskError(JournalFileError):
    """The disk failed to read or write the file."""


def translated(error: sqlite3.Error, path: Path, waited: float) -> JournalFileError:
    """The journal's own error for SQLite's ``error`` on the file at ``path``, in plain words
    naming the file and what to do; ``waited`` is how long a busy journal was waited for."""
    import sqlite3  # noqa: PLC0415 - loaded with the journal, not with its errors

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
    plain: dict[int, Callable[[Path], JournalFileError]] = {
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
    return JournalFileError(
        _N(
            "journal",
            "The journal {path} cannot be used: {problem}. Try again; if it keeps failing,"
            " keep the file and ask for help.",
        ),
        path=path,
        problem=error,
    )


def translated_os(error: OSError, path: Path) -> JournalFileError:
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


class UnrecordedAnswerError(JournalError):
    """The cashbox answered about a receipt but the journal's file failed while recording the
    answer: the receipt may be fiscalized, so it must not be rung again. ``document_id`` is the
    cashbox's document id when it gave one (it is also kept beside the journal and in the log).
    """

    def __init__(
        self, template: str, /, *, receipt_id: int, document_id: str | None, **params: object
    ) -> None:
        self.receipt_id = receipt_id
        self.document_id = document_id
        super().__init__(template, receipt=receipt_id, document=document_id or "", **params)


def unrecorded(
    receipt_id: int, document_id: str | None, problem: JournalError, *, fiscalized: bool = False
) -> UnrecordedAnswerError:
    """What to tell the cashier when the journal could not record the cashbox's answer."""
    if fiscalized:
        template = _N(
            "journal",
            "Receipt {receipt} IS FISCALIZED (cashbox document {document}), but the journal"
            " could not record its fiscal data: {problem} Do not ring it again. Once the"
            " journal's file is fixed, pos-app fetches its fiscal data again by itself.",
        )
    elif document_id is not None:
        template = _N(
            "journal",
            "Receipt {receipt} MAY BE FISCALIZED: the cashbox took it in as document"
            " {document}, but the journal could not record that: {problem} Do not ring it"
            " again. Write down the document id; once the journal's file is fixed, the receipt"
            " needs attention: resolve it with pos-app resolve {receipt} --document-id"
            " {document}.",
        )
    else:
        template = _N(
            "journal",
            "Receipt {receipt} MAY BE FISCALIZED: it was sent to the cashbox, but the journal"
            " could not record the answer: {problem} Do not ring it again. Once the journal's"
            " file is fixed, the receipt needs attention: look for it in the IntellectMoney"
            " account and resolve it.",
        )
    return UnrecordedAnswerError(
        template, receipt_id=receipt_id, document_id=document_id, problem=problem
    )


class DiskAlmostFullError(JournalFullError):
    """Too little space is left on the journal's disk to start a receipt safely; nothing was
    written."""


def almost_full(folder: Path, free_mb: int, needed_mb: int) -> DiskAlmostFullError:
    return DiskAlmostFullError(
        _N(
            "journal",
            "The disk is almost full: the journal's folder {folder} has {free} MB free, and"
            " pos-app needs at least {needed} MB to take a receipt safely. Nothing was written."
            " Free some space on that disk (empty the recycle bin, remove old downloads or"
            " backups elsewhere), then try again.",
        ),
        folder=folder,
        free=free_mb,
        needed=needed_mb,
    )


class JournalReplacedError(JournalError):
    """The journal file is not the one this computer kept (missing, emptied, another journal,
    or an older copy): it is not used, so receipt numbers never start over."""


class JournalKnownDamagedError(JournalDamagedError):
    """A check found damage inside the journal: no new receipt is written into it."""


class BackupError(JournalError):
    """A backup cannot be made, or a file cannot be restored; the message says why."""
