"""The receipt editor: positions typed from the keyboard, the live total, VAT and change.

Every value is checked by the core as it is entered; a refused one keeps the cashier's text in
its field and says what is wrong next to it. :meth:`ReceiptEditor.receipt` builds the complete,
validated receipt.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QWidget

from pos_app.core.codes import (
    DEFAULT_VAT_CODE,
    PaymentMethod,
    PaymentSubject,
    PaymentType,
    ReceiptType,
    TaxationSystem,
    vat_rate,
)
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP
from pos_app.core.money import format_money, parse_money, parse_quantity
from pos_app.core.receipt import (
    CustomerContact,
    Payment,
    Position,
    Receipt,
    check_settlement,
    parse_text,
    vat_breakdown,
)
from pos_app.qt.forms.ui_receipt_editor import Ui_ReceiptEditor
from pos_app.qt.messages import error_text
from pos_app.qt.positions_model import (
    NAME,
    PRICE,
    QUANTITY,
    TOTAL,
    VAT,
    PositionsModel,
    VatDelegate,
    fill_vat_rates,
)
from pos_app.qt.translations import translated

ERROR_STYLE = "color: #b00020;"


class ReceiptEditor(QWidget):
    """Builds one receipt for the shop with this INN and cashbox group."""

    # Something on the receipt changed (the window re-checks whether it can be fiscalized).
    changed = Signal()

    def __init__(self, inn: str, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inn = inn
        self._group = group
        self.ui = Ui_ReceiptEditor()
        self.ui.setupUi(self)
        self.model = PositionsModel(self)
        self._setup_fields()
        self._setup_table()
        self._connect()
        self._refresh()

    # --- what the window uses ------------------------------------------------------------

    def receipt(self) -> Receipt:
        """The receipt as entered, checked as a whole; ValidationError names what is wrong."""
        return Receipt(
            type=self._receipt_type(),
            inn=self._inn,
            group=self._group,
            positions=self.model.positions,
            payments=self._payments(),
            taxation=TaxationSystem(self.ui.taxation.currentData()),
            contact=self._contact(),
        )

    def is_complete(self) -> bool:
        try:
            self.receipt()
        except ValidationError:
            return False
        return True

    def clear(self) -> None:
        """Start a new receipt (the receipt type and taxation stay as they were)."""
        self.model.clear()
        for field in (self.ui.name, self.ui.price, self.ui.cash, self.ui.electronic):
            field.clear()
        self.ui.email.clear()
        self.ui.phone.clear()
        self.ui.quantity.setText("1")
        for label in (self.ui.entryError, self.ui.contactError, self.ui.paymentError):
            label.clear()
        self.ui.name.setFocus()

    def add_position(self) -> bool:
        """Add the position typed in the entry row; False (and the reason shown) if refused."""
        fields = (
            (self.ui.name, lambda: parse_text(self.ui.name.text(), "text")),
            (self.ui.quantity, lambda: parse_quantity(self.ui.quantity.text(), "quantity")),
            (self.ui.price, lambda: parse_money(self.ui.price.text(), "price")),
        )
        values = []
        for field, parse in fields:
            try:
                values.append(parse())
            except ValidationError as error:
                self._show(self.ui.entryError, error_text(error))
                field.setFocus()
                field.selectAll()
                return False
        text, quantity, price = values
        try:
            position = Position(
                text=str(text),
                quantity=Decimal(quantity),
                price=Decimal(price),
                vat=vat_rate(self.ui.vat.currentData()),
                payment_subject=PaymentSubject(self.ui.paymentSubject.currentData()),
                payment_method=PaymentMethod(self.ui.paymentMethod.currentData()),
            )
        except ValidationError as error:
            self._show(self.ui.entryError, error_text(error))
            return False
        self.model.add(position)
        self.ui.entryError.clear()
        self.ui.name.clear()
        self.ui.price.clear()
        self.ui.quantity.setText("1")
        self.ui.positions.scrollToBottom()
        self.ui.name.setFocus()
        return True

    def remove_selected(self) -> None:
        rows = self.ui.positions.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    # --- set-up --------------------------------------------------------------------------

    def _setup_fields(self) -> None:
        _fill(self.ui.receiptType, [(t.label, int(t)) for t in ReceiptType], "codes")
        _fill(self.ui.taxation, [(t.label, int(t)) for t in TaxationSystem], "codes")
        _fill(self.ui.paymentSubject, [(s.label, int(s)) for s in PaymentSubject], "codes")
        _fill(self.ui.paymentMethod, [(m.label, int(m)) for m in PaymentMethod], "codes")
        fill_vat_rates(self.ui.vat)
        self.ui.vat.setCurrentIndex(self.ui.vat.findData(DEFAULT_VAT_CODE))
        self.ui.paymentMethod.setCurrentIndex(
            self.ui.paymentMethod.findData(int(PaymentMethod.FULL_PAYMENT))
        )
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.ui.total.setFont(big)
        medium = QFont(self.font())
        medium.setPointSizeF(medium.pointSizeF() * 1.4)
        medium.setBold(True)
        self.ui.change.setFont(medium)
        for label in (self.ui.entryError, self.ui.contactError, self.ui.paymentError):
            label.setStyleSheet(ERROR_STYLE)
        self.ui.addButton.setAutoDefault(False)

    def _setup_table(self) -> None:
        table = self.ui.positions
        table.setModel(self.model)
        table.setItemDelegateForColumn(VAT, VatDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths that fit the largest amount and every VAT label: the table does not
        # jump about as lines are added.
        metrics = table.fontMetrics()
        widths = {
            QUANTITY: metrics.horizontalAdvance("99999.999"),
            PRICE: metrics.horizontalAdvance("99999999.99"),
            VAT: metrics.horizontalAdvance("VAT 20/120 ") * 13 // 10,
            TOTAL: metrics.horizontalAdvance("99999999.99"),
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width + 24)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(
            table.EditTrigger.DoubleClicked
            | table.EditTrigger.EditKeyPressed
            | table.EditTrigger.AnyKeyPressed
        )
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)

    def _connect(self) -> None:
        for field in (self.ui.name, self.ui.quantity, self.ui.price):
            field.returnPressed.connect(self.add_position)
        self.ui.addButton.clicked.connect(self.add_position)
        self.model.changed.connect(self._refresh)
        self.model.refused.connect(lambda message: self._show(self.ui.entryError, message))
        for field in (self.ui.cash, self.ui.electronic):
            field.textChanged.connect(self._refresh)
        self.ui.receiptType.currentIndexChanged.connect(self._refresh)
        self.ui.taxation.currentIndexChanged.connect(self.changed)
        for field in (self.ui.email, self.ui.phone):
            field.editingFinished.connect(self._check_contact)
            field.textChanged.connect(self.changed)

    # --- live figures --------------------------------------------------------------------

    def _refresh(self) -> None:
        positions = self.model.positions
        total = self.model.total()
        self.ui.total.setText(f"{format_money(total)} ₽")
        lines = [
            self.tr("{rate}: {vat} ₽ on {base} ₽").format(
                rate=translated("codes", line.rate.label),
                vat=format_money(line.amount),
                base=format_money(line.base),
            )
            for line in vat_breakdown(positions)
        ]
        self.ui.vatBreakdown.setText("\n".join(lines) or self.tr("No positions yet"))
        self._refresh_payment(total)
        self.changed.emit()

    def _refresh_payment(self, total: Decimal) -> None:
        self.ui.change.setText("")
        self.ui.paymentError.clear()
        if not self.model.positions:
            return
        try:
            payments = self._payments()
            check_settlement(self._receipt_type(), total, payments)
        except ValidationError as error:
            if self.ui.cash.text().strip() or self.ui.electronic.text().strip():
                self._show(self.ui.paymentError, error_text(error))
            return
        paid = sum((payment.amount for payment in payments), Decimal("0.00"))
        self.ui.change.setText(f"{format_money(paid - total)} ₽")

    def _payments(self) -> tuple[Payment, ...]:
        payments = []
        for field, kind, name in (
            (self.ui.cash, PaymentType.CASH, "cash"),
            (self.ui.electronic, PaymentType.ELECTRONIC, "electronic"),
        ):
            text = field.text().strip()
            if text:
                amount = parse_money(text, name)
                payments.append(Payment(kind, amount))
        if not payments:
            raise ValidationError(
                "payments",
                QT_TRANSLATE_NOOP(
                    "validation", "Enter how it is paid: the cash given, the card amount, or both."
                ),
            )
        return tuple(payments)

    def _receipt_type(self) -> ReceiptType:
        return ReceiptType(self.ui.receiptType.currentData())

    def _contact(self) -> CustomerContact:
        return CustomerContact(email=self.ui.email.text(), phone=self.ui.phone.text())

    def _check_contact(self) -> None:
        try:
            self._contact()
        except ValidationError as error:
            self._show(self.ui.contactError, error_text(error))
        else:
            self.ui.contactError.clear()

    def _show(self, label: QLabel, message: str) -> None:
        label.setText(message)


def _fill(combo: QComboBox, items: list[tuple[str, int]], context: str) -> None:
    for label, value in items:
        combo.addItem(translated(context, label), value)
