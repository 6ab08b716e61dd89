"""The journal view: every receipt newest first, filters, and the chosen receipt's detail with
its history, fiscal data, QR code and what can be done with it (reprint a copy, deliver the copy
again, decide on a receipt needing attention, open it as a new draft, refund it).

Reads go through the till's background helper; the view changes only on the session's events.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_app import APP_NAME
from pos_app.core.codes import ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.journal import (
    DeliveryState,
    JournalFilter,
    PromoState,
    ReceiptRecord,
    ReceiptState,
    ReceiptSummary,
    Topic,
)
from pos_app.core.journal.records import HistoryEvent
from pos_app.core.money import format_money, parse_money
from pos_app.core.refunds import plain_quantity
from pos_app.core.session import TillSession
from pos_app.core.shifts import Action
from pos_app.core.workflow import DeliveryChanged, Event, ReceiptChanged
from pos_app.qt.admin_gate import with_admin
from pos_app.qt.journal_model import JournalModel
from pos_app.qt.messages import error_text, message_text
from pos_app.qt.qr_widget import QrWidget
from pos_app.qt.refund_dialog import RefundDialog
from pos_app.qt.till import Till
from pos_app.qt.translations import translated

# Typing in a filter field waits this long for the next key before asking the journal.
FILTER_DELAY_MS = 250
_STATE_WORDS: dict[Topic, type[ReceiptState] | type[DeliveryState] | type[PromoState]] = {
    Topic.RECEIPT: ReceiptState,
    Topic.DELIVERY: DeliveryState,
    Topic.PROMO: PromoState,
}


class JournalView(QWidget):
    """The journal; ``reprint_requested(record)`` and ``draft_requested(receipt)`` are for
    the window to connect (printing and the receipt editor are its own)."""

    reprint_requested = Signal(object)
    draft_requested = Signal(object)

    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.model = JournalModel(till, self)
        self.record: ReceiptRecord | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self._build()
        # Bound methods, never lambdas holding self: Qt drops those connections when the view
        # goes, and no reference cycle leaves the view for the garbage collector to free on
        # whichever thread it runs (a worker's, which crashes Qt).
        self.model.failed.connect(self._read_failed)
        till.happened.connect(self._on_event)
        till.opened.connect(self._on_opened)
        if till.session is not None:
            self.apply_filter()

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
        for section, width in enumerate((45, 115, 125, 80, 190, 120)):
            self.table.setColumnWidth(section, width)
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
        splitter.addWidget(self._detail_pane())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # About half each: the detail's lines and history read without wrapping.
        splitter.setSizes([11_000, 9_000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_actions()

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

    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Choose a receipt to see it here."))
        self.qr = QrWidget()
        self.qr.setFixedSize(170, 170)
        top = QHBoxLayout()
        top.addWidget(self.detail, 1)
        top.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top, 1)
        self.reprint_button = QPushButton(self.tr("Reprint a copy"))
        self.resend_button = QPushButton(self.tr("Send the copy again…"))
        self.retry_button = QPushButton(self.tr("Not in the account: send again"))
        self.document_button = QPushButton(self.tr("Found in the account: document id…"))
        self.draft_button = QPushButton(self.tr("Open as a new receipt"))
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.reprint_button.clicked.connect(self._reprint)
        self.resend_button.clicked.connect(self._resend)
        self.retry_button.clicked.connect(self._send_again)
        self.document_button.clicked.connect(self._found_in_account)
        self.draft_button.clicked.connect(self._as_draft)
        self.refund_button.clicked.connect(
            lambda: with_admin(self, self.till, Action.REFUND, lambda _: self.start_refund())
        )
        buttons = QGridLayout()
        for number, button in enumerate(
            (
                self.reprint_button,
                self.resend_button,
                self.draft_button,
                self.refund_button,
                self.retry_button,
                self.document_button,
            )
        ):
            buttons.addWidget(button, number // 2, number % 2)
        layout.addLayout(buttons)
        return pane

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
        """Read one receipt in the background and show it in the detail pane."""

        def job(session: TillSession) -> tuple[ReceiptRecord, tuple[ReceiptSummary, ...]]:
            return session.journal.get(receipt_id), session.journal.refunds_of(receipt_id)

        def shown(found: tuple[ReceiptRecord, tuple[ReceiptSummary, ...]]) -> None:
            if not shiboken6.isValid(self):
                return  # closed while the receipt was read
            record, refunds = found
            self.record = record
            self.detail.setHtml(self.describe(record, refunds))
            self.qr.set_text(record.qr)
            self._update_actions()

        self.till.run("read a receipt", job, shown)

    def describe(self, record: ReceiptRecord, refunds: tuple[ReceiptSummary, ...] = ()) -> str:
        """The receipt as the detail pane shows it (HTML), with the refunds made against it."""
        esc = html.escape
        receipt = record.receipt()
        title = self.tr("Receipt {id}").format(id=record.id)
        parts = [
            f"<h3>{esc(title)} · {esc(translated('codes', record.receipt_type.label))}</h3>",
            f"<p><b>{esc(translated('journal', record.state.label))}</b>",
        ]
        if record.last_error is not None and record.state is not ReceiptState.FISCALIZED:
            parts.append(f"<br>{esc(message_text(record.last_error))}")
        parts.append("</p>")
        if record.refund_of is not None:
            refund_of = self.tr("Refund of receipt {id}, refund number {n}").format(
                id=record.refund_of, n=record.refund_id
            )
            parts.append(f"<p>{esc(refund_of)}</p>")
        for refund in refunds:
            line = self.tr("Refund: receipt {id}, {total}, {state}").format(
                id=refund.id,
                total=format_money(refund.total),
                state=translated("journal", refund.state.label),
            )
            parts.append(f"<p>{esc(line)}</p>")
        rows = "".join(
            f"<tr><td>{number}</td><td>{esc(p.text)}</td>"
            f"<td align=right>{plain_quantity(p.quantity)}&nbsp;×&nbsp;{format_money(p.price)}</td>"
            f"<td align=right>{format_money(p.total)}</td>"
            f"<td>{esc(translated('codes', p.vat.label))}</td></tr>"
            for number, p in enumerate(receipt.positions, start=1)
        )
        parts.append(f"<table cellspacing=4>{rows}</table>")
        total = self.tr("Total: {total}").format(total=format_money(receipt.total))
        parts.append(f"<p><b>{esc(total)}</b><br>")
        for payment in receipt.payments:
            parts.append(
                f"{esc(translated('codes', payment.type.label))}: "
                f"{format_money(payment.amount)}<br>"
            )
        if receipt.change:
            change = self.tr("Change: {change}").format(change=format_money(receipt.change))
            parts.append(f"{esc(change)}<br>")
        contact = record.phone or record.email
        if contact:
            parts.append(esc(self.tr("Customer: {contact}").format(contact=contact)))
            if record.phone:
                parts.append(f" · {esc(translated('journal', record.delivery.state.label))}")
        parts.append("</p>")
        if record.fiscal is not None:
            fiscal = record.fiscal
            numbers = self.tr("FN {fn} · FD {fd} · FP {fp} · shift {shift}").format(
                fn=fiscal.fn, fd=fiscal.fd, fp=fiscal.fp, shift=fiscal.shift
            )
            when = self.tr("Fiscalized {at}").format(
                at=fiscal.processed_at.astimezone().strftime("%d.%m.%Y %H:%M")
            )
            parts.append(f"<p>{esc(numbers)}<br>{esc(when)}</p>")
        history = self.tr("History")
        parts.append(f"<h4>{esc(history)}</h4><table cellspacing=3>")
        for event in record.history:
            parts.append(
                f"<tr><td nowrap>{event.at.astimezone().strftime('%d.%m %H:%M:%S')}</td>"
                f"<td nowrap>{esc(translated('journal', event.actor.label))}</td>"
                f"<td nowrap>{esc(_state_text(event))}</td>"
                f"<td><small>{esc(event.detail)}</small></td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    def _update_actions(self) -> None:
        record = self.record
        state = None if record is None else record.state
        kind = None if record is None else record.receipt_type
        fiscalized = state is ReceiptState.FISCALIZED
        self.reprint_button.setEnabled(fiscalized)
        self.resend_button.setEnabled(fiscalized)
        self.draft_button.setEnabled(record is not None)
        self.refund_button.setEnabled(
            fiscalized and kind in (ReceiptType.SALE, ReceiptType.EXPENSE)
        )
        self.retry_button.setEnabled(state in (ReceiptState.NEEDS_ATTENTION, ReceiptState.HELD))
        self.document_button.setEnabled(state is ReceiptState.NEEDS_ATTENTION)

    # --- actions --------------------------------------------------------------------------

    def _reprint(self) -> None:
        if self.record is not None:
            self.reprint_requested.emit(self.record)

    def _as_draft(self) -> None:
        if self.record is not None:
            self.draft_requested.emit(self.record.receipt())

    def _resend(self) -> None:
        record = self.record
        if record is None:
            return
        if record.phone is None:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("The receipt was made without a phone: no copy was promised."),
            )
            return
        if record.delivery.state is not DeliveryState.FAILED:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("The copy to {phone}: {state}.").format(
                    phone=record.phone,
                    state=translated("journal", record.delivery.state.label),
                ),
            )
            return
        receipt_id = record.id

        def job(session: TillSession) -> None:
            session.journal.retry_delivery(receipt_id)
            session.wake()

        self.till.run("send the copy again", job)

    def _send_again(self) -> None:
        if self.record is None:
            return
        receipt_id = self.record.id
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr(
                "Send receipt {id} again? Only when the IntellectMoney account shows the cashbox"
                " does not have it (or the cause it was held for is fixed)."
            ).format(id=receipt_id),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._decide(lambda session: session.decisions.send_again(receipt_id))

    def _found_in_account(self) -> None:
        if self.record is None:
            return
        receipt_id = self.record.id
        document, accepted = QInputDialog.getText(
            self,
            APP_NAME,
            self.tr("The receipt's document id in the IntellectMoney account:"),
        )
        if accepted and document.strip():
            self._decide(
                lambda session: session.decisions.found_in_account(receipt_id, document.strip())
            )

    def _decide(self, decision: Callable[[TillSession], None]) -> None:
        self.till.run("decide on a receipt", decision)

    def start_refund(self) -> RefundDialog:
        """The refund dialog for the chosen receipt (or, with none chosen, by its QR code)."""
        dialog = RefundDialog(self.till, self.record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_event(self, event: Event) -> None:
        record = self.record
        if not isinstance(event, ReceiptChanged | DeliveryChanged) or record is None:
            return
        # The receipt shown changed, or a newer one did that may be a refund of it.
        refundable = record.receipt_type in (ReceiptType.SALE, ReceiptType.EXPENSE)
        if event.receipt_id == record.id or (refundable and event.receipt_id > record.id):
            self.show_receipt(record.id)


def _state_text(event: HistoryEvent) -> str:
    words = _STATE_WORDS[event.topic]
    try:
        return translated("journal", words(event.to_state).label)
    except ValueError:
        return event.to_state


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _amount(text: str, field: str) -> Decimal | None:
    if not text.strip():
        return None
    return parse_money(text.strip().replace(",", "."), field, allow_zero=True)
