"""The payment dialog: how the customer pays, their contact and the invoice (СКО), a view on
the receipt draft.

Every keystroke goes to the draft and is checked at once; a message stays beside its field
until the value is valid. Enter confirms (with nothing typed as paid: the exact total in cash),
Esc goes back to the receipt with everything kept, because the values live in the draft.
"""

from __future__ import annotations

import random
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.draft import Change, Part, ReceiptDraft
from pos_app.core.errors import ValidationError
from pos_app.core.identifiers import check_invoice_id
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.messages import error_text
from pos_app.qt.receipt_editor import ERROR_STYLE, type_style
from pos_app.qt.translations import shown_money, translated


def demo_invoice_id(rng: random.Random | None = None) -> str:
    """A fresh invoice number the sandbox takes: 10 digits starting with 3."""
    draw = rng or random.Random()  # noqa: S311 - a training number, not a secret
    return "3" + "".join(str(draw.randrange(10)) for _ in range(9))


class PaymentDialog(QDialog):
    """Takes the payment for the draft; ``accept()`` only when the whole receipt is valid."""

    def __init__(
        self,
        draft: ReceiptDraft,
        default_invoice: str,
        *,
        sandbox: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        ring_on(self)
        self.draft = draft
        self.default_invoice = default_invoice
        self.setWindowTitle(self.tr("Payment"))
        self.setMinimumWidth(560)
        self.kind = QLabel()
        self.to_pay = QLabel()
        self.cash_label = QLabel()
        self.cash = QLineEdit()
        self.electronic = QLineEdit()
        self.change_label = QLabel(self.tr("Change"))
        self.change = QLabel()
        self.payment_error = QLabel()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.contact_error = QLabel()
        self.invoice = QLineEdit()
        self.invoice_error = QLabel()
        self.demo_button = QPushButton(self.tr("New demo invoice  (F5)"))
        self.pay_button = QPushButton(self.tr("Pay  (Enter)"))
        self.back_button = QPushButton(self.tr("Back to the receipt  (Esc)"))
        self._build(sandbox)
        self._unwatch = draft.watch(self._on_change)
        self.finished.connect(lambda _result: self._unwatch())
        self._show_all()
        self.cash.setFocus()

    def _build(self, sandbox: bool) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        huge = QFont(self.font())
        huge.setPointSizeF(huge.pointSizeF() * 2.4)
        huge.setBold(True)
        self.to_pay.setFont(huge)
        self.change.setFont(huge)
        self.change.setStyleSheet("color: #1b5e20;")
        self.to_pay.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.change.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.to_pay)
        form = QFormLayout()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        for field in (self.cash, self.electronic):
            field.setFont(big)
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setPlaceholderText(shown_money(Decimal(0)))
        self.cash_label.setBuddy(self.cash)
        form.addRow(self.cash_label, self.cash)
        electronic_label = QLabel(self.tr("Card / e&lectronic"))
        electronic_label.setBuddy(self.electronic)
        form.addRow(electronic_label, self.electronic)
        form.addRow(self.change_label, self.change)
        form.addRow(self.payment_error)
        phone_label = QLabel(self.tr("Customer's p&hone (Checker.uz copy)"))
        phone_label.setBuddy(self.phone)
        self.phone.setPlaceholderText("+998 90 123-45-67")
        form.addRow(phone_label, self.phone)
        email_label = QLabel(self.tr("Customer's e-&mail"))
        email_label.setBuddy(self.email)
        self.email.setPlaceholderText("buyer@example.com")
        form.addRow(email_label, self.email)
        form.addRow(self.contact_error)
        invoice_label = QLabel(self.tr("&Invoice (СКО)"))
        invoice_label.setBuddy(self.invoice)
        self.invoice.setPlaceholderText(self.default_invoice)
        self.invoice.setMaxLength(32)
        invoice_row = QHBoxLayout()
        invoice_row.addWidget(self.invoice, 1)
        invoice_row.addWidget(self.demo_button)
        form.addRow(invoice_label, invoice_row)
        form.addRow(self.invoice_error)
        layout.addLayout(form)
        self._buttons(layout, big, sandbox)

    def _buttons(self, layout: QVBoxLayout, big: QFont, sandbox: bool) -> None:
        for label in (self.payment_error, self.contact_error, self.invoice_error):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.pay_button.setFont(big)
        self.pay_button.setMinimumHeight(44)
        self.pay_button.setDefault(True)
        buttons.addWidget(self.pay_button)
        layout.addLayout(buttons)
        self._connect(sandbox)

    def _connect(self, sandbox: bool) -> None:
        self.demo_button.setVisible(sandbox)
        self.demo_button.setAutoDefault(False)
        self.back_button.setAutoDefault(False)
        if sandbox:
            demo = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
            demo.activated.connect(self.fill_demo_invoice)
            self.demo_button.clicked.connect(self.fill_demo_invoice)
        self.pay_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(self.reject)
        self.cash.textChanged.connect(lambda text: self.draft.set_payments(cash=text))
        self.electronic.textChanged.connect(lambda text: self.draft.set_payments(electronic=text))
        self.phone.textChanged.connect(lambda text: self.draft.set_contact(phone=text))
        self.email.textChanged.connect(lambda text: self.draft.set_contact(email=text))
        self.invoice.textChanged.connect(self.draft.set_invoice)

    # --- what the cashier does ---------------------------------------------------------------

    def fill_demo_invoice(self) -> None:
        self.draft.set_invoice(demo_invoice_id())

    def take_scan(self, code: str) -> None:
        """A scan while paying: an invoice number (СКО) goes to its field; anything else is a
        product, sold on the receipt, not here."""
        try:
            check_invoice_id(code)
        except ValidationError:
            self.invoice_error.setText(
                self.tr(
                    "Scanned {code}: products are scanned on the receipt (Esc goes back)."
                ).format(code=code)
            )
            return
        self.draft.set_invoice(code)

    def accept(self) -> None:
        """Enter: nothing typed as paid means the exact total in cash; the dialog closes only
        when the whole receipt and its invoice are valid."""
        self.draft.pay_exact_cash()
        try:
            self.draft.receipt()
            self.draft.invoice_id(self.default_invoice)
        except ValidationError as error:
            self._show_all()
            self._focus_on(error.field)
            label = self._label_for(error.field)
            if not label.text():
                label.setText(error_text(error))
            return
        super().accept()

    # --- the draft, shown --------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.part in (Part.PAYMENTS, Part.CONTACT, Part.INVOICE, Part.TYPE):
            self._show_all()

    def _show_all(self) -> None:
        draft, content = self.draft, self.draft.content
        refund = draft.receipt_type.is_refund
        self.kind.setText(translated("codes", draft.receipt_type.label))
        self.kind.setStyleSheet(type_style(draft.receipt_type))
        title = self.tr("To refund: {total} ₽") if refund else self.tr("To pay: {total} ₽")
        self.to_pay.setText(title.format(total=shown_money(draft.total)))
        # A refund hands back exactly the total: there is no cash given and no change.
        self.cash_label.setText(self.tr("Refund in &cash") if refund else self.tr("&Cash given"))
        self.change_label.setVisible(not refund)
        self.change.setVisible(not refund)
        _show_text(self.cash, content.cash)
        _show_text(self.electronic, content.electronic)
        _show_text(self.phone, content.phone)
        _show_text(self.email, content.email)
        _show_text(self.invoice, content.invoice)
        self._check_payment()
        self._check_contact()
        self._check_invoice()

    def _check_payment(self) -> None:
        self.change.setText("")
        self.payment_error.clear()
        if not self.draft.has_payment_text():
            return
        try:
            change = self.draft.change_due()
        except ValidationError as error:
            self.payment_error.setText(error_text(error))
            return
        self.change.setText(f"{shown_money(change)} ₽")

    def _check_contact(self) -> None:
        try:
            self.draft.contact()
        except ValidationError as error:
            self.contact_error.setText(error_text(error))
        else:
            self.contact_error.clear()

    def _check_invoice(self) -> None:
        typed = self.draft.content.invoice
        if not typed.strip():
            self.invoice_error.clear()
            return
        try:
            check_invoice_id(typed)
        except ValidationError as error:
            self.invoice_error.setText(error_text(error))
        else:
            self.invoice_error.clear()

    def _label_for(self, field: str) -> QLabel:
        if field in ("email", "phone", "contact"):
            return self.contact_error
        if field == "invoice_id":
            return self.invoice_error
        return self.payment_error

    def _focus_on(self, field: str) -> None:
        target = {
            "email": self.email,
            "phone": self.phone,
            "invoice_id": self.invoice,
            "electronic": self.electronic,
        }.get(field, self.cash)
        target.setFocus()
        target.selectAll()


def _show_text(field: QLineEdit, text: str) -> None:
    """Put the draft's text in a field, unless it is there already (typing is not disturbed)."""
    if field.text() != text:
        field.setText(text)
