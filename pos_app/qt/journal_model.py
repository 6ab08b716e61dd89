"""The journal as a table, newest first, loaded a page at a time as the view scrolls: however
many receipts the journal holds, opening shows the first page at once. Pages are read in the
background through the till; a row changes when the session announces its receipt changed."""

from __future__ import annotations

from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pos_app.core.journal import JournalFilter, ReceiptState, ReceiptSummary
from pos_app.core.session import TillSession
from pos_app.core.workflow import DeliveryChanged, Event, ReceiptChanged
from pos_app.qt.messages import message_text
from pos_app.qt.till import Till
from pos_app.qt.translations import shown_money, translated

Index = QModelIndex | QPersistentModelIndex
NUMBER, MADE, TYPE, TOTAL, STATE, CUSTOMER, FD = range(7)
# A screen and a half of rows: the first page fills the view, scrolling asks for the next.
PAGE = 60


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class Row(NamedTuple):
    summary: ReceiptSummary
    texts: tuple[str, ...]  # a column's text each
    state_tip: str  # the state said whole, with the reason when there is one


def cells(summary: ReceiptSummary) -> Row:
    """A receipt with what each column shows of it, in the window's language: made once per
    row, on the worker thread, so drawing the table only looks texts up."""
    texts = (
        str(summary.id),
        summary.created_at.astimezone().strftime("%d.%m.%Y %H:%M"),
        translated("codes", summary.receipt_type.label),
        shown_money(summary.total),
        translated("journal_list", summary.state.short_label),
        summary.phone or summary.email or "",
        "" if summary.fd is None else str(summary.fd),
    )
    return Row(summary, texts, state_tip(summary))


def state_tip(summary: ReceiptSummary) -> str:
    """The state's whole label, and why, as the list's tooltip (the detail pane says the same)."""
    tip = translated("journal", summary.state.label)
    if summary.last_error is not None and summary.state is not ReceiptState.FISCALIZED:
        tip += "\n" + message_text(summary.last_error)
    return tip


class JournalModel(QAbstractTableModel):
    """Receipts matching :attr:`view`; ``loaded`` after each page read (with how many rows
    the model holds), ``failed`` with the error when a read fails."""

    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, till: Till, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._till = till
        self._rows: list[Row] = []
        self._view = JournalFilter()
        # Bumped on each new filter: a page read for an older one is dropped on arrival.
        self._generation = 0
        self._loading = False
        self._exhausted = False
        # Receipts announced changed and not read again yet; one refresh job at a time.
        self._changed: set[int] = set()
        self._refreshing = False
        till.happened.connect(self._on_event)

    @property
    def view(self) -> JournalFilter:
        return self._view

    @property
    def loading(self) -> bool:
        return self._loading

    def summary(self, row: int) -> ReceiptSummary:
        return self._rows[row].summary

    def row_of(self, receipt_id: int) -> int | None:
        for row, shown in enumerate(self._rows):
            if shown.summary.id == receipt_id:
                return row
        return None

    def set_view(self, view: JournalFilter) -> None:
        """Show the receipts matching ``view`` from the newest, starting again at the top."""
        self._generation += 1
        self._view = view
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._load()

    # --- Qt's model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else FD + 1

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt's API
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt's API
        if self.canFetchMore(parent):
            self._load()

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("No."),
            self.tr("Made"),
            self.tr("Type"),
            self.tr("Total"),
            self.tr("State"),
            self.tr("Customer"),
            self.tr("FD"),
        )
        return titles[section]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for every role of every visible cell on each repaint: kept to a look-up.
        if role == _DISPLAY:
            return self._rows[index.row()].texts[index.column()]
        if role == _TOOLTIP and index.column() == STATE:
            return self._rows[index.row()].state_tip
        if role == _ALIGNMENT and index.column() in (NUMBER, TOTAL, FD):
            return _RIGHT
        return None

    # --- inside ---------------------------------------------------------------------------

    def _load(self) -> None:
        generation, view = self._generation, self._view
        before = self._rows[-1].summary.id if self._rows else None
        self._loading = True

        def job(session: TillSession) -> list[Row]:
            return [cells(s) for s in session.journal.filtered(view, limit=PAGE, before=before)]

        def done(page: list[Row]) -> None:
            # The view may have closed while the page was read.
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            self._loading = False
            self._exhausted = len(page) < PAGE
            if page:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
            self.loaded.emit(len(self._rows))

        def refused(error: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._loading = False
                self._exhausted = True
                self.failed.emit(error)

        self._till.run("read the journal", job, done, refused)

    def _on_event(self, event: Event) -> None:
        if not isinstance(event, ReceiptChanged | DeliveryChanged):
            return
        newest = self._rows[0].summary.id if self._rows else 0
        if event.receipt_id < newest and self.row_of(event.receipt_id) is None:
            return  # an older receipt not shown under this filter
        self._changed.add(event.receipt_id)
        if not self._refreshing:
            self._refresh()

    def _refresh(self) -> None:
        """Read again every receipt that changed since the last refresh, in one job: while
        the outbox sends a backlog, events come faster than reads, and one job per event
        would queue a filter's page behind dozens of them."""
        changed, self._changed = self._changed, set()
        generation, view = self._generation, self._view
        newest = self._rows[0].summary.id if self._rows else 0
        shown = sorted(receipt_id for receipt_id in changed if self.row_of(receipt_id) is not None)
        # Newer than the top row: may now match the filter (a new receipt, or a newer one
        # that moved into the state filtered by).
        above = any(receipt_id > newest for receipt_id in changed if receipt_id not in shown)
        self._refreshing = True

        def job(session: TillSession) -> tuple[list[Row], list[Row]]:
            again = [cells(session.journal.get(receipt_id)) for receipt_id in shown]
            if not above:
                return again, []
            page = session.journal.filtered(view, limit=PAGE)
            return again, [cells(summary) for summary in page if summary.id > newest]

        def done(found: tuple[list[Row], list[Row]]) -> None:
            if not shiboken6.isValid(self):
                return
            self._refreshing = False
            if generation == self._generation:
                self._apply(*found)
            if self._changed:
                self._refresh()

        def refused(_error: Exception) -> None:
            # A failed read changes nothing shown; the next event reads again.
            if shiboken6.isValid(self):
                self._refreshing = False

        self._till.run("read changed receipts", job, done, refused)

    def _apply(self, again: list[Row], new: list[Row]) -> None:
        for row in again:
            current = self.row_of(row.summary.id)
            if current is not None:
                self._rows[current] = row
                self.dataChanged.emit(self.index(current, 0), self.index(current, FD))
        fresh = [row for row in new if self.row_of(row.summary.id) is None]
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._rows[:0] = fresh
            self.endInsertRows()
