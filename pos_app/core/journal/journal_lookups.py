"""The journal's methods that answer without changing anything: what waits, lists, searches,
sums.

Part of :class:`.journal.Journal`, in a module of its own for size; the work is done in
:mod:`.queries` and :mod:`pos_app.core.reports.figures`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from pos_app.core.journal import queries
from pos_app.core.journal.connection import Store
from pos_app.core.journal.queries import DEFAULT_PAGE, JournalFilter
from pos_app.core.journal.records import OutboxState, PeriodTotals, ReceiptSummary
from pos_app.core.target import CashboxTarget

if TYPE_CHECKING:
    from pos_app.core.reports.figures import PeriodFigures


class JournalLookups:
    """What the journal finds and sums for the outbox, the window and the reports."""

    _store: Store

    def refunds_of(self, receipt_id: int) -> tuple[ReceiptSummary, ...]:
        """The refund receipts issued against a sale, oldest first (rejected ones included)."""
        return queries.refunds_of(self._store, receipt_id)

    def waiting(self) -> tuple[ReceiptSummary, ...]:
        """Receipts the outbox has work for (QUEUED, SUBMITTED, or fiscalized with the copy
        still to deliver), oldest first."""
        return queries.waiting(self._store)

    def for_a_person(self) -> tuple[ReceiptSummary, ...]:
        """Receipts waiting for a person's decision or look (needs attention, held, late)."""
        return queries.for_a_person(self._store)

    def outbox_state(self, target: CashboxTarget | None = None) -> OutboxState:
        """What waits; with ``target`` (the cashbox configured now), also how many of the
        waiting receipts were made for another one."""
        return queries.outbox_state(self._store, target)

    def list_recent(self, limit: int = DEFAULT_PAGE, offset: int = 0) -> tuple[ReceiptSummary, ...]:
        """The newest receipts first."""
        return queries.list_recent(self._store, limit, offset)

    def search(
        self,
        text: str | None = None,
        *,
        amount: Decimal | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int = DEFAULT_PAGE,
        offset: int = 0,
    ) -> tuple[ReceiptSummary, ...]:
        """Receipts matching every filter given, newest first.

        ``text`` is looked for, case-insensitively, in the positions' names, the invoice, the
        contact, the document id and the FD number; ``amount`` is the exact total; the dates
        (inclusive) are the local dates the receipts were made on.
        """
        return queries.search(
            self._store,
            text,
            amount=amount,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
        )

    def filtered(
        self,
        view: JournalFilter,
        *,
        limit: int = DEFAULT_PAGE,
        offset: int = 0,
        before: int | None = None,
    ) -> tuple[ReceiptSummary, ...]:
        """The journal view's page: receipts matching ``view``, newest first, older than the
        receipt ``before`` when given."""
        return queries.filtered(self._store, view, limit=limit, offset=offset, before=before)

    def find_fiscal(self, fn: str, fd: int) -> int | None:
        """The receipt fiscalized under FN ``fn`` as document ``fd`` (a customer's QR code)."""
        return queries.find_fiscal(self._store, fn, fd)

    def period_totals(self, date_from: date, date_to: date) -> PeriodTotals:
        """Sums over the FISCALIZED receipts whose fiscal time falls, in local time, on a day
        from ``date_from`` to ``date_to`` (inclusive)."""
        return queries.period_totals(self._store, date_from, date_to)

    def period_figures(self, date_from: date, date_to: date) -> PeriodFigures:
        """Every figure of a period report (see :mod:`pos_app.core.reports.figures`), read at
        one moment."""
        # Imported here: the reports are built on the journal's modules.
        from pos_app.core.reports.figures import read_period  # noqa: PLC0415

        return read_period(self._store, date_from, date_to)
