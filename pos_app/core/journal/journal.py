"""The journal: every receipt, durable before it leaves, with its state, history and outcome.

A thin façade: each method says what it does and hands the work to the module for its concern
(:mod:`.connection` the file and its transactions, :mod:`.receipts`, :mod:`.receipt_moves`,
:mod:`.deliveries`, :mod:`.promos`, :mod:`.queries`, with :mod:`.moves` and :mod:`.rows` beneath
them). A receipt's moves after it is written (:mod:`.journal_outcomes`) and the lookups
(:mod:`.journal_lookups`) are the façade's methods too, in modules of their own. Durability and
thread rules are in :mod:`.connection`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from pos_app.core import paths
from pos_app.core.checker_cheque import CopyDetails
from pos_app.core.journal import backup, deliveries, health, promos, receipts, refund_receipts
from pos_app.core.journal import history_texts as words
from pos_app.core.journal.connection import LOCK_TIMEOUT, Store
from pos_app.core.journal.errors import (
    DiskAlmostFullError,
    JournalDamagedError,
    JournalKnownDamagedError,
)
from pos_app.core.journal.journal_lookups import JournalLookups
from pos_app.core.journal.journal_outcomes import ReceiptOutcomes
from pos_app.core.journal.records import ReceiptRecord
from pos_app.core.journal.rows import Reason
from pos_app.core.journal.states import Actor, DeliveryState
from pos_app.core.receipt import Receipt
from pos_app.core.target import CashboxTarget

if TYPE_CHECKING:
    from pos_app.core.catalog import Catalog
    from pos_app.core.shifts import People, ShiftBook

__all__ = ["JOURNAL_FILE", "Journal"]

JOURNAL_FILE = "journal.sqlite3"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Journal(ReceiptOutcomes, JournalLookups):
    """The receipts' durable record. Open with :meth:`open`; close with :meth:`close` (or use
    it as a context manager)."""

    def __init__(self, store: Store, min_free_bytes: int = health.MIN_FREE_BYTES) -> None:
        self._store = store
        self._conn = store.conn
        self._min_free_bytes = min_free_bytes

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        clock: Callable[[], datetime] = _utc_now,
        lock_timeout: float = LOCK_TIMEOUT,
        min_free_bytes: int = health.MIN_FREE_BYTES,
        adopt: bool = False,
    ) -> Journal:
        """Open (creating if needed) the journal and bring its schema up to date.

        ``path`` defaults to ``journal.sqlite3`` in the user's data folder; ``clock`` gives
        the current time, aware (tests pass a fixed one); ``lock_timeout`` is how many seconds
        a change waits for another program holding the file before JournalBusyError;
        ``min_free_bytes`` the room its disk must have for a new receipt to be started.
        Any failure of the file is a :class:`JournalError` naming it and what to do; a file
        that is not the journal this computer kept (see :mod:`.identity`) is refused with
        JournalReplacedError unless ``adopt`` (a person checked it and accepts it as it is).
        A journal that may be read but not written opens read-only (:attr:`read_only`).
        """
        path = path if path is not None else paths.data_dir() / JOURNAL_FILE
        return cls(Store.open(path, clock, lock_timeout, adopt=adopt), min_free_bytes)

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def catalog(self) -> Catalog:
        """The shop's products, kept in the same file (see :mod:`pos_app.core.catalog`)."""
        # Imported here: the catalog is built on the journal's modules.
        from pos_app.core.catalog import Catalog  # noqa: PLC0415

        return Catalog(self._store)

    @property
    def shifts(self) -> ShiftBook:
        """The till's shifts and cash movements, kept in the same file."""
        from pos_app.core.shifts import ShiftBook  # noqa: PLC0415 - built on the journal

        return ShiftBook(self._store)

    @property
    def people(self) -> People:
        """The till's cashiers and administrators, with their PINs' hashes."""
        from pos_app.core.shifts import People  # noqa: PLC0415 - built on the journal

        return People(self._store)

    @property
    def read_only(self) -> bool:
        """The file or its folder refuses writing: receipts can be looked at, not added."""
        return self._store.read_only

    @property
    def damage(self) -> JournalDamagedError | None:
        """The damage a check or a read found, if any: no new receipt is written then."""
        return self._store.damage

    def space_warning(self) -> DiskAlmostFullError | None:
        """ "The disk is almost full" when a new receipt would be refused for want of room;
        cheap, for the window's status bar."""
        return health.space_warning(self.path, self._min_free_bytes)

    def backup(self, folder: Path | None = None) -> Path:
        """An online backup now (after a shift is closed, or on demand) into ``folder``
        (default: ``backups`` beside the journal, or $POS_APP_BACKUP_DIR); old ones are
        rotated. Returns the new file; BackupError when it cannot be made."""
        return backup.make_backup(self.path, folder)

    def check_health(self) -> JournalKnownDamagedError | None:
        """PRAGMA quick_check on a connection of its own (seconds on a large journal: never on
        the UI thread). Damage found stops new receipts from being written into the journal."""
        found = health.quick_check(self.path)
        if found is not None:
            self._store.damage = found
        return found

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- receipts -------------------------------------------------------------------------

    def add(
        self,
        receipt: Receipt,
        invoice_id: str,
        *,
        refund_id: int | None = None,
        refund_of: int | None = None,
        target: CashboxTarget | None = None,
        copy: CopyDetails | None = None,
    ) -> int:
        """Write a new receipt, QUEUED; it is on disk when this returns. Its contact (e-mail
        and phone) is the receipt's own; a phone or a Checker.uz customer code (in ``copy``,
        with the discount card and note the copy carries) means a Checker.uz copy is to be
        delivered.

        ``refund_id`` is IntellectMoney's InvoiceRefundId for a refund receipt; ``refund_of``
        the journal id of the sale it returns (what is left to refund is counted from it);
        ``target`` the cashbox it is made for, the only one it is ever sent to.

        Refused before anything is written when the journal is known to be damaged
        (JournalDamagedError) or its disk is almost full (DiskAlmostFullError).
        """
        self._check_writable()
        return receipts.add(
            self._store,
            receipt,
            invoice_id,
            refund_id=refund_id,
            refund_of=refund_of,
            target=target,
            copy=copy,
        )

    def add_refund(
        self,
        original_id: int,
        build: refund_receipts.RefundBuilder,
        *,
        refund_id: int,
        target: CashboxTarget | None = None,
        copy: CopyDetails | None = None,
    ) -> int:
        """Write a refund of receipt ``original_id``, QUEUED, made by ``build`` from the
        original and the refunds made against it so far, all in one write transaction: what
        ``build`` sees cannot change before its refund is written (another till's refund of
        the same line waits for it, then sees it). Whatever ``build`` raises refuses the
        refund, and nothing is written."""
        self._check_writable()
        return refund_receipts.add_refund(
            self._store, original_id, build, refund_id=refund_id, target=target, copy=copy
        )

    def _check_writable(self) -> None:
        if self._store.damage is not None:
            raise self._store.damage
        health.check_free_space(self.path, self._min_free_bytes)

    def next_receipt_number(self) -> int:
        """The number the next receipt gets: after the highest in the journal, and after every
        number given before a restore or an adoption."""
        return receipts.next_number(self._store)

    def get(self, receipt_id: int) -> ReceiptRecord:
        """Everything about one receipt; ReceiptNotFoundError if the journal has no such id."""
        return receipts.get(self._store, receipt_id)

    # --- the customer's copy (Checker.uz) -------------------------------------------------

    def mark_delivered(self, receipt_id: int) -> None:
        deliveries.step(
            self._store, receipt_id, DeliveryState.DELIVERED, words.said(words.COPY_DELIVERED)
        )

    def record_delivery_failure(self, receipt_id: int, error: Reason, *, final: bool) -> None:
        """An attempt failed: ``final`` gives up (FAILED, e.g. recipient not found), otherwise
        the copy stays PENDING and is tried again."""
        state = DeliveryState.FAILED if final else DeliveryState.PENDING
        deliveries.step(self._store, receipt_id, state, error, error=error)

    def record_delivery_wait(self, receipt_id: int, reason: Reason) -> None:
        """The copy cannot be tried now (e.g. the Checker.uz token is not set): it stays
        PENDING with ``reason``, and no attempt is counted."""
        deliveries.step(
            self._store, receipt_id, DeliveryState.PENDING, reason, error=reason, counted=False
        )

    def mark_delivery_unknown(self, receipt_id: int, error: Reason) -> None:
        """PENDING → UNKNOWN: SendCheque was delivered but no readable answer came; the copy
        is not sent again until a person decides."""
        deliveries.step(self._store, receipt_id, DeliveryState.UNKNOWN, error, error=error)

    def retry_delivery(
        self, receipt_id: int, note: str | None = None, *, phone: str | None = None
    ) -> None:
        """FAILED, UNKNOWN, DELIVERED or NOT_NEEDED → PENDING, a person's decision (the
        customer did not get the copy, lost it, or wants one now), to ``phone`` when given
        (E.164: it becomes the receipt's phone; the history keeps the one before)."""
        deliveries.resend(self._store, receipt_id, phone, note)

    def confirm_delivery(self, receipt_id: int, note: str | None = None) -> None:
        """UNKNOWN → DELIVERED, a person's decision: the customer has the copy."""
        deliveries.step(
            self._store,
            receipt_id,
            DeliveryState.DELIVERED,
            note or words.said(words.COPY_ARRIVED),
            actor=Actor.PERSON,
        )

    def cancel_delivery(self, receipt_id: int, reason: str) -> None:
        """PENDING → NOT_NEEDED (e.g. Checker.uz is not set up in this shop)."""
        deliveries.cancel(self._store, receipt_id, reason)

    # --- promo submissions (check.inshopper.ru) -------------------------------------------

    @property
    def promos(self) -> promos.PromoSubmissions:
        """Promo submissions: queued here before they leave, followed until final."""
        return promos.PromoSubmissions(self._store)
