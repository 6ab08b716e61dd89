"""The journal view: every receipt newest first, loaded as it scrolls, filtered by date,
state, type, amount, text, contact or FD number; the chosen one in the detail pane
(:class:`~pos_app.qt.receipt_pane.ReceiptPane`) with what can be done with it.

Reads go through the till's background helper; the view changes only on the session's events.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.codes import ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.journal import (
    JournalFilter,
    ReceiptRecord,
    ReceiptState,
)
from pos_app.core.money import parse_money
from pos_app.core.session import TillSession
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.journal_model import (
    CUSTOMER,
    FD,
    MADE,
    NUMBER,
    STATE,
    TOTAL,
    TYPE,
    JournalModel,
)
from pos_app.qt.messages import error_text
from pos_app.qt.receipt_actions import ReceiptActions
from pos_app.qt.receipt_pane import ReceiptPane
from pos_app.qt.till import Till
from pos_app.qt.translations import shown_money, translated

# Typing in a filter field waits this long for the next key before asking the journal.
FILTER_DELAY_MS = 250
# Room beside a column's longest text for the cell's margins and the grid line.
COLUMN_PADDING = 14


class JournalView(QWidget):
    """The journal; ``reprint_requested(record)`` and ``draft_requested(content)`` (a
    :class:`~pos_app.core.draft.DraftContent`) are for the window to connect (printing and
    the receipt editor are its own)."""

    reprint_requested = Signal(object)
    draft_requested = Signal(object)

    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self.model = JournalModel(till, self)
        self.pane = ReceiptPane(till)
        # Signal to signal: the window connects the view's.
        self.pane.buttons.reprint_requested.connect(self.reprint_requested)
        self.pane.buttons.draft_requested.connect(self.draft_requested)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self._build()
        # Bound methods, never lambdas holding self: Qt drops those connections when the view
        # goes, and no reference cycle leaves the view for the garbage collector to free on
        # whichever thread it runs (a worker's, which crashes Qt).
        self.model.failed.connect(self._read_failed)
        till.opened.connect(self._on_opened)
        if till.session is not None:
            self.apply_filter()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        """Esc that no field took (a table, a button) closes the journal's window, as it
        closes a dialog; the till stays as it was."""
        if event.key() == Qt.Key.Key_Escape and self.isWindow():
            self.close()
            return
        super().keyPressEvent(event)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Journal"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Rows of one height and no wrapping: nothing to measure when a page arrives.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._on_selected)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._filters())
        self.filter_error = QLabel()
        self.filter_error.setStyleSheet("color: #b00020;")
        self.filter_error.setWordWrap(True)
        column.addWidget(self.filter_error)
        column.addWidget(self.table)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # About half each: the detail's lines and history read without wrapping.
        splitter.setSizes([11_000, 9_000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _size_columns(self) -> None:
        """Each column as wide as the longest text it usually holds in the window's language
        (measured once, not per page: rows arrive as the view scrolls); FD, the last, takes what
        room is left."""
        longest = {
            NUMBER: ("99999",),
            MADE: ("00.00.0000 00:00",),
            TYPE: tuple(translated("codes", kind.label) for kind in ReceiptType),
            TOTAL: (shown_money(Decimal("99999.99")),),
            STATE: tuple(translated("journal_list", state.short_label) for state in ReceiptState),
            CUSTOMER: ("+998901234567",),
            FD: ("999999",),
        }
        cell = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column, texts in longest.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                header.fontMetrics().horizontalAdvance(title),
                *(cell.horizontalAdvance(text) for text in texts),
            )
            self.table.setColumnWidth(column, width + COLUMN_PADDING)

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.period_box = QCheckBox(self.tr("Made from"))
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.date_to = QDateEdit(QDate.currentDate())
        for day in (self.date_from, self.date_to):
            day.setCalendarPopup(True)
            day.setDisplayFormat("dd.MM.yyyy")
            day.dateChanged.connect(self._filter_later)
        self.period_box.toggled.connect(self._filter_later)
        self.state_box = QComboBox()
        self.state_box.addItem(self.tr("Any state"), None)
        for state in ReceiptState:
            self.state_box.addItem(translated("journal", state.label), state)
        self.type_box = QComboBox()
        self.type_box.addItem(self.tr("Any type"), None)
        self.type_box.addItem(self.tr("Sales and their refunds"), "sales")
        self.type_box.addItem(self.tr("Expenses and their refunds"), "expenses")
        for kind in ReceiptType:
            self.type_box.addItem(translated("codes", kind.label), kind)
        for box in (self.state_box, self.type_box):
            # The longest state's label would otherwise set the whole filter panel's width.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
            box.currentIndexChanged.connect(self._filter_later)
        self.amount_from = QLineEdit()
        self.amount_to = QLineEdit()
        self.text_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.fd_edit = QLineEdit()
        self.amount_from.setPlaceholderText(self.tr("from"))
        self.amount_to.setPlaceholderText(self.tr("to"))
        self.text_edit.setPlaceholderText(self.tr("goods, invoice, document id…"))
        self.contact_edit.setPlaceholderText(self.tr("+7… or name@example.ru"))
        for edit in (
            self.amount_from,
            self.amount_to,
            self.text_edit,
            self.contact_edit,
            self.fd_edit,
        ):
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._filter_later)

        period = QHBoxLayout()
        period.addWidget(self.period_box)
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        amounts = QHBoxLayout()
        amounts.addWidget(self.amount_from)
        amounts.addWidget(QLabel("—"))
        amounts.addWidget(self.amount_to)
        grid.addLayout(period, 0, 0, 1, 4)
        labelled = (
            (self.tr("State"), self.state_box, 1, 0),
            (self.tr("Type"), self.type_box, 1, 2),
            (self.tr("Amount"), amounts, 2, 0),
            (self.tr("Text"), self.text_edit, 2, 2),
            (self.tr("Phone or e-mail"), self.contact_edit, 3, 0),
            (self.tr("FD number"), self.fd_edit, 3, 2),
        )
        for title, widget, row, col in labelled:
            grid.addWidget(QLabel(title), row, col)
            if isinstance(widget, QHBoxLayout):
                grid.addLayout(widget, row, col + 1)
            else:
                grid.addWidget(widget, row, col + 1)
        return grid

    # --- filtering ------------------------------------------------------------------------

    def _on_opened(self, _session: TillSession) -> None:
        self.apply_filter()

    def _read_failed(self, error: Exception) -> None:
        self.filter_error.setText(error_text(error))

    def _filter_later(self) -> None:
        self._timer.start()

    def current_filter(self) -> JournalFilter:
        """The filter the fields say; a ValidationError names the field that is wrong."""
        types: frozenset[ReceiptType] | None = None
        chosen = self.type_box.currentData()
        if chosen == "sales":
            types = frozenset((ReceiptType.SALE, ReceiptType.SALE_REFUND))
        elif chosen == "expenses":
            types = frozenset((ReceiptType.EXPENSE, ReceiptType.EXPENSE_REFUND))
        elif isinstance(chosen, ReceiptType):
            types = frozenset((chosen,))
        state = self.state_box.currentData()
        fd_text = self.fd_edit.text().strip()
        if fd_text and not fd_text.isdecimal():
            raise ValidationError(
                self.tr("FD number"),
                self.tr("The FD number is digits only, as printed after “ФД”."),
            )
        return JournalFilter(
            date_from=_day(self.date_from.date()) if self.period_box.isChecked() else None,
            date_to=_day(self.date_to.date()) if self.period_box.isChecked() else None,
            states=frozenset((state,)) if isinstance(state, ReceiptState) else None,
            types=types,
            amount_from=_amount(self.amount_from.text(), self.tr("Amount from")),
            amount_to=_amount(self.amount_to.text(), self.tr("Amount to")),
            text=self.text_edit.text() or None,
            contact=self.contact_edit.text() or None,
            fiscal_number=int(fd_text) if fd_text else None,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        try:
            view = self.current_filter()
            if view.date_from and view.date_to and view.date_from > view.date_to:
                raise ValidationError(
                    self.tr("Period"), self.tr("The period ends before it starts.")
                )
        except ValidationError as error:
            self.filter_error.setText(f"{error.field}: {error_text(error)}")
            return
        self.filter_error.clear()
        self.model.set_view(view)

    # --- the chosen receipt ---------------------------------------------------------------

    def _on_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        self.show_receipt(self.model.summary(rows[0].row()).id)

    def show_receipt(self, receipt_id: int) -> None:
        self.pane.show_receipt(receipt_id)

    @property
    def record(self) -> ReceiptRecord | None:
        """The receipt in the detail pane."""
        return self.pane.record

    @property
    def buttons(self) -> ReceiptActions:
        return self.pane.buttons


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _amount(text: str, field: str) -> Decimal | None:
    if not text.strip():
        return None
    return parse_money(text.strip().replace(",", "."), field, allow_zero=True)
