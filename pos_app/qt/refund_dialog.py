"""The refund dialog: the original found in the journal (chosen there, or by the QR code of the
customer's paper receipt), the quantity to return per line (never more than is left), the
refund's number, and the customer's phone for the copy. The refund is planned by the core
(:mod:`pos_app.core.refunds`): prices, VAT and subjects as sold, paid back as paid."""

from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_qr import FiscalQr
from pos_app.core.journal import ReceiptRecord
from pos_app.core.receipt import CustomerContact
from pos_app.core.refunds import (
    RefundableLine,
    RefundPlan,
    earlier_refunds,
    find_by_qr,
    plain_quantity,
    plan_refund,
    refundable_lines,
    submit_refund,
)
from pos_app.core.session import TillSession
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.messages import error_text
from pos_app.qt.till import Till
from pos_app.qt.translations import shown_money, translated

NUMBER, NAME, PRICE, LEFT, RETURN = range(5)
# Amounts and quantities line up on the right, as on a printed receipt.
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ERROR_STYLE = "color: #b00020;"
Loaded = tuple[ReceiptRecord, tuple[ReceiptRecord, ...]]


class RefundDialog(QDialog):
    """``submitted(id)`` once the refund receipt is in the journal (the outbox sends it)."""

    submitted = Signal(int)

    def __init__(
        self, till: Till, original: ReceiptRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self.original: ReceiptRecord | None = None
        self.refunds: tuple[ReceiptRecord, ...] = ()
        self.lines: tuple[RefundableLine, ...] = ()
        self.setWindowTitle(self.tr("Refund"))
        self.resize(760, 460)

        self.qr_edit = QLineEdit()
        self.qr_edit.setPlaceholderText(self.tr("Scan the QR code of the customer's receipt"))
        self.qr_edit.returnPressed.connect(self.find_by_qr)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.clicked.connect(self.find_by_qr)
        finder = QHBoxLayout()
        finder.addWidget(self.qr_edit, 1)
        finder.addWidget(self.find_button)

        self.original_label = QLabel(self.tr("No receipt chosen yet."))
        self.original_label.setWordWrap(True)
        self._build_table()
        form = self._build_form()

        layout = QVBoxLayout(self)
        layout.addLayout(finder)
        layout.addWidget(self.original_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.refund_button.setEnabled(False)
        if original is not None:
            self.load(original.id)

    def _build_table(self) -> None:
        self.table = QTableWidget(0, RETURN + 1)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Name"),
                self.tr("Price"),
                self.tr("Left to refund"),
                self.tr("Return"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(NUMBER, 40)
        self.table.setColumnWidth(NAME, 280)
        self.table.itemChanged.connect(self._item_changed)

    def _build_form(self) -> QFormLayout:

        self.refund_id_edit = QLineEdit()
        self.refund_id_edit.setPlaceholderText(self.tr("the refund's number (InvoiceRefundId)"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("+7… for the copy (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("Refund number"), self.refund_id_edit)
        form.addRow(self.tr("Customer's phone"), self.phone_edit)

        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-weight: bold;")
        self.total_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.refund_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.refund_button.setText(self.tr("Refund"))
        self.buttons.accepted.connect(self.refund)
        self.buttons.rejected.connect(self.reject)
        return form

    # --- finding the original -------------------------------------------------------------

    def find_by_qr(self) -> None:
        try:
            qr = FiscalQr.parse(self.qr_edit.text())
        except ValidationError as error:
            self._say(error_text(error))
            return

        def job(session: TillSession) -> Loaded:
            found = find_by_qr(session.journal, qr)
            return found, earlier_refunds(session.journal, found.id)

        self.till.run("find a receipt by its QR code", job, self._loaded, self._refused)

    def load(self, receipt_id: int) -> None:
        def job(session: TillSession) -> Loaded:
            return session.journal.get(receipt_id), earlier_refunds(session.journal, receipt_id)

        self.till.run("read a receipt to refund", job, self._loaded, self._refused)

    def _loaded(self, loaded: Loaded) -> None:
        if not shiboken6.isValid(self):
            return  # closed while the receipt was read
        original, refunds = loaded
        try:
            lines = refundable_lines(original, refunds)
        except ValidationError as error:
            self._refused(error)
            return
        self.original, self.refunds, self.lines = original, refunds, lines
        self.original_label.setText(
            self.tr("Receipt {id} · {type} · {total} · {when}").format(
                id=original.id,
                type=translated("codes", original.receipt_type.label),
                total=shown_money(original.total),
                when=original.created_at.astimezone().strftime("%d.%m.%Y %H:%M"),
            )
        )
        self.phone_edit.setText(original.phone or "")
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                str(line.number),
                line.position.text,
                shown_money(line.position.price),
                plain_quantity(line.available),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column >= PRICE:
                    item.setTextAlignment(NUMBER_ALIGNMENT)
                self.table.setItem(row, column, item)
            wanted = QTableWidgetItem("0")
            wanted.setTextAlignment(NUMBER_ALIGNMENT)
            if line.available <= 0:
                wanted.setFlags(wanted.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, RETURN, wanted)
        self.table.blockSignals(False)
        self.update_plan()

    def _refused(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self._say(error_text(error))

    # --- planning and refunding -----------------------------------------------------------

    def set_quantity(self, number: int, quantity: str) -> None:
        """Type the quantity to return of line ``number`` (from 1), as the cashier does."""
        item = self.table.item(number - 1, RETURN)
        if item is not None:
            item.setText(quantity)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self.update_plan()

    def requested(self) -> dict[int, Decimal]:
        wanted: dict[int, Decimal] = {}
        for row, line in enumerate(self.lines):
            item = self.table.item(row, RETURN)
            text = "" if item is None else item.text().strip().replace(",", ".")
            if text in ("", "0"):
                continue
            try:
                wanted[line.number] = Decimal(text)
            except ArithmeticError:
                raise ValidationError(
                    self.tr("line {number}").format(number=line.number),
                    self.tr("“{value}” is not a quantity.").format(value=text),
                ) from None
        return wanted

    def plan(self) -> RefundPlan:
        """The refund the fields ask for; a ValidationError says what is wrong."""
        if self.original is None:
            raise ValidationError("qr", self.tr("Find the receipt to refund first."))
        phone = self.phone_edit.text().strip()
        contact = CustomerContact(email=self.original.email, phone=phone or None)
        return plan_refund(self.original, self.refunds, self.requested(), contact=contact)

    def update_plan(self) -> RefundPlan | None:
        try:
            plan = self.plan()
        except ValidationError as error:
            self.total_label.clear()
            self._say(error_text(error) if self.original is not None else "")
            self.refund_button.setEnabled(False)
            return None
        self._say("")
        payments = ", ".join(
            f"{translated('codes', payment.type.label)} {shown_money(payment.amount)}"
            for payment in plan.receipt.payments
        )
        self.total_label.setText(
            self.tr("To pay back: {total} ({payments})").format(
                total=shown_money(plan.receipt.total), payments=payments
            )
        )
        self.refund_button.setEnabled(True)
        return plan

    def refund(self) -> None:
        plan = self.update_plan()
        if plan is None:
            return
        text = self.refund_id_edit.text().strip()
        if not text.isdecimal() or int(text) < 1:
            self._say(self.tr("The refund number must be a whole number above zero."))
            return
        refund_id, original_id = int(text), plan.original.id
        requested, contact = dict(plan.lines), plan.receipt.contact
        self.refund_button.setEnabled(False)

        def job(session: TillSession) -> int:
            # Planned again and written in one journal transaction: another till may have
            # refunded some of it since the dialog opened, or be refunding it now.
            receipt_id = submit_refund(
                session.workflow, original_id, requested, refund_id=refund_id, contact=contact
            )
            session.wake()
            return receipt_id

        def done(receipt_id: int) -> None:
            if shiboken6.isValid(self):
                self.submitted.emit(receipt_id)
                self.accept()

        def refused(error: Exception) -> None:
            if shiboken6.isValid(self):
                self.refund_button.setEnabled(True)
                self._refused(error)

        self.till.run("refund", job, done, refused)

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
