"""The receipt editor: a view on the receipt draft, typed from the keyboard, with the live
total and VAT; the receipt type shown in a colour that cannot be missed.

Every value goes to the draft (:mod:`pos_app.core.draft`), which checks it the same way
however it is entered; a refused one keeps the cashier's text in its field and says what is
wrong next to it. The draft, not the widgets, is the receipt: the editor only shows it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QWidget

from pos_app.core import catalog
from pos_app.core.codes import (
    PaymentMethod,
    PaymentSubject,
    ReceiptType,
    TaxationSystem,
    vat_rate,
)
from pos_app.core.draft import Change, Column, Part, ReceiptDraft, parse_value
from pos_app.core.errors import ValidationError
from pos_app.core.money import parse_quantity
from pos_app.core.receipt import Receipt
from pos_app.qt.forms.ui_receipt_editor import Ui_ReceiptEditor
from pos_app.qt.messages import error_text
from pos_app.qt.positions_model import (
    NAME,
    PRICE,
    QUANTITY,
    TOTAL,
    VAT,
    PositionsModel,
    PriceDelegate,
    VatDelegate,
    fill_vat_rates,
)
from pos_app.qt.translations import shown_money, translated

if TYPE_CHECKING:
    from pos_app.core.catalog import Product
    from pos_app.core.settings import Settings

ERROR_STYLE = "color: #b00020;"
# A sale is the everyday case; anything else is painted so that nobody misses it.
TYPE_COLOURS = {
    ReceiptType.SALE: ("#e8f5e9", "#1b5e20"),
    ReceiptType.SALE_REFUND: ("#b00020", "#ffffff"),
    ReceiptType.EXPENSE: ("#4a148c", "#ffffff"),
    ReceiptType.EXPENSE_REFUND: ("#e65100", "#ffffff"),
}


def type_style(receipt_type: ReceiptType) -> str:
    background, colour = TYPE_COLOURS[receipt_type]
    return (
        f"background: {background}; color: {colour}; font-weight: bold; padding: 6px 14px;"
        " border-radius: 4px;"
    )


class ReceiptEditor(QWidget):
    """Edits one receipt draft."""

    # Something on the receipt changed (the window re-checks whether it can be fiscalized).
    changed = Signal()

    def __init__(self, draft: ReceiptDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.ui = Ui_ReceiptEditor()
        self.ui.setupUi(self)
        self.model = PositionsModel(draft, self)
        self._setup_fields()
        self._setup_table()
        self._connect()
        # The draft belongs to this editor: they go away together, so no unwatching.
        draft.watch(self._on_change)
        self._refresh()

    # --- what the window uses ------------------------------------------------------------

    def receipt(self) -> Receipt:
        """The receipt as entered, checked as a whole; ValidationError names what is wrong."""
        return self.draft.receipt()

    def is_complete(self) -> bool:
        return self.draft.is_complete()

    def use_settings(self, settings: Settings) -> None:
        """The shop the receipt is for and its defaults for new positions; the positions
        already entered stay."""
        draft = self.draft
        draft.inn, draft.group = settings.shop_inn, settings.cashbox_group
        draft.phone_country = settings.phone_country
        draft.default_vat = vat_rate(settings.default_vat)
        draft.default_payment_subject = settings.default_payment_subject
        self._select(self.ui.vat, settings.default_vat)
        self._select(self.ui.paymentSubject, int(settings.default_payment_subject))
        if settings.taxation is not None and not draft.positions:
            draft.set_taxation(settings.taxation)
        self.changed.emit()

    def clear(self) -> None:
        """Start a new receipt: a sale again (taxation stays as it was)."""
        self.draft.clear()
        self.draft.set_receipt_type(ReceiptType.SALE)
        for field in (self.ui.name, self.ui.price):
            field.clear()
        self.ui.quantity.setText("1")
        self.ui.entryError.clear()
        self.ui.name.setFocus()

    def next_type(self) -> None:
        """The receipt type's own key: sale → sale refund → expense → expense refund → sale."""
        kinds = list(ReceiptType)
        following = kinds[(kinds.index(self.draft.receipt_type) + 1) % len(kinds)]
        self.draft.set_receipt_type(following)

    def focus_search(self) -> None:
        self.ui.name.setFocus()
        self.ui.name.selectAll()

    def edit_quantity(self) -> None:
        """Change the quantity of the selected line (the last one when none is selected)."""
        rows = len(self.draft.positions)
        if not rows:
            self.focus_search()
            return
        table = self.ui.positions
        selected = table.selectionModel().selectedRows()
        row = selected[0].row() if selected else rows - 1
        index = self.model.index(row, QUANTITY)
        table.setCurrentIndex(index)
        table.setFocus()
        table.edit(index)

    def remove_current(self) -> None:
        """Delete the selected line (the last one when none is selected)."""
        rows = self.ui.positions.selectionModel().selectedRows()
        row = rows[0].row() if rows else len(self.draft.positions) - 1
        self.draft.remove_position(row)

    def add_position(self) -> bool:
        """Add the position typed in the entry row; False (and the reason shown) if refused.
        Enter on an empty row (the second of a quick double Enter that paid) says nothing."""
        if not (self.ui.name.text().strip() or self.ui.price.text().strip()):
            return False
        try:
            self.draft.add_position(
                self.ui.name.text(),
                self.ui.quantity.text(),
                self.ui.price.text(),
                vat=self.ui.vat.currentData(),
                payment_subject=PaymentSubject(self.ui.paymentSubject.currentData()),
                payment_method=PaymentMethod(self.ui.paymentMethod.currentData()),
            )
        except ValidationError as error:
            self._show(self.ui.entryError, error_text(error))
            field = self._entry_field(error.field)
            if field is not None:
                field.setFocus()
                field.selectAll()
            return False
        self.ui.entryError.clear()
        self.ui.name.clear()
        self.ui.price.clear()
        self.ui.quantity.setText("1")
        self.ui.positions.scrollToBottom()
        self.ui.name.setFocus()
        return True

    def add_product(self, product: Product, quantity: Decimal | None = None) -> bool:
        """A product from the catalog, picked or scanned: a line of its own, or one more of
        its line. ``quantity`` None: as typed in the quantity field (1 unless changed), so
        "3, then the scan" sells three. False (and the reason shown) if refused."""
        try:
            if quantity is None:
                quantity = parse_quantity(self.ui.quantity.text().strip() or "1", "quantity")
            row = catalog.add_product(self.draft, product, quantity)
        except ValidationError as error:
            self._show(self.ui.entryError, error_text(error))
            return False
        self.ui.entryError.clear()
        self.ui.quantity.setText("1")
        table = self.ui.positions
        table.selectRow(row)
        table.scrollTo(self.model.index(row, NAME))
        return True

    def show_message(self, message: str) -> None:
        """A word to the cashier under the entry row (a scan not understood, say)."""
        self._show(self.ui.entryError, message)

    def remove_selected(self) -> None:
        rows = self.ui.positions.selectionModel().selectedRows()
        if rows:
            self.draft.remove_position(rows[0].row())

    # --- set-up --------------------------------------------------------------------------

    def _setup_fields(self) -> None:
        _fill(self.ui.taxation, [(t.label, int(t)) for t in TaxationSystem], "codes")
        _fill(self.ui.paymentSubject, [(s.label, int(s)) for s in PaymentSubject], "codes")
        _fill(self.ui.paymentMethod, [(m.label, int(m)) for m in PaymentMethod], "codes")
        fill_vat_rates(self.ui.vat)
        self._select(self.ui.vat, self.draft.default_vat.code)
        self._select(self.ui.paymentSubject, int(self.draft.default_payment_subject))
        self._select(self.ui.paymentMethod, int(PaymentMethod.FULL_PAYMENT))
        self._select(self.ui.taxation, int(self.draft.taxation))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 3.2)
        big.setBold(True)
        self.ui.total.setFont(big)
        medium = QFont(self.font())
        medium.setPointSizeF(medium.pointSizeF() * 1.6)
        medium.setBold(True)
        self.ui.receiptType.setFont(medium)
        self.ui.entryError.setStyleSheet(ERROR_STYLE)
        self.ui.addButton.setAutoDefault(False)
        self.ui.price.setPlaceholderText(shown_money(Decimal(0)))
        self._show_type()

    def _setup_table(self) -> None:
        table = self.ui.positions
        table.setModel(self.model)
        table.setItemDelegateForColumn(PRICE, PriceDelegate(table))
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
        rows = table.verticalHeader()
        rows.setVisible(False)
        # Rows of one fixed height: a line added to a long receipt costs the same as to a
        # short one (a hidden header that may resize its sections walks them all).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
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
        self.ui.quantity.textChanged.connect(lambda text: self._check_typed(Column.QUANTITY, text))
        self.ui.price.textChanged.connect(lambda text: self._check_typed(Column.PRICE, text))
        self.model.refused.connect(lambda message: self._show(self.ui.entryError, message))
        self.ui.taxation.currentIndexChanged.connect(
            lambda: self.draft.set_taxation(TaxationSystem(self.ui.taxation.currentData()))
        )

    # --- the draft, shown ----------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.part is Part.TYPE:
            self._show_type()
        elif change.part is Part.TAXATION:
            self._select(self.ui.taxation, int(self.draft.taxation))
        if change.part in (Part.TAXATION, Part.PAYMENTS, Part.CONTACT, Part.INVOICE, Part.TYPE):
            self.changed.emit()
        else:
            self._refresh()

    def _show_type(self) -> None:
        kind = self.draft.receipt_type
        self.ui.receiptType.setText(
            self.tr("{type}  (F6)").format(type=translated("codes", kind.label).upper())
        )
        self.ui.receiptType.setStyleSheet(type_style(kind))

    def _refresh(self) -> None:
        total = self.draft.total
        self.ui.total.setText(f"{shown_money(total)} ₽")
        lines = [
            self.tr("{rate}: {vat} ₽ on {base} ₽").format(
                rate=translated("codes", line.rate.label),
                vat=shown_money(line.amount),
                base=shown_money(line.base),
            )
            for line in self.draft.vat_breakdown()
        ]
        self.ui.vatBreakdown.setText("\n".join(lines) or self.tr("No positions yet"))
        self.changed.emit()

    def _check_typed(self, column: Column, text: str) -> None:
        """Each keystroke in the quantity or the price is checked: the message comes and goes
        with it (an empty field says nothing until Enter)."""
        try:
            if text.strip():
                parse_value(column, text)
        except ValidationError as error:
            self._show(self.ui.entryError, error_text(error))
        else:
            self.ui.entryError.clear()

    def _entry_field(self, name: str) -> QLineEdit | None:
        return {"text": self.ui.name, "quantity": self.ui.quantity, "price": self.ui.price}.get(
            name
        )

    def _show(self, label: QLabel, message: str) -> None:
        label.setText(message)

    @staticmethod
    def _select(combo: QComboBox, value: int) -> None:
        index = combo.findData(value)
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)


def _fill(combo: QComboBox, items: list[tuple[str, int]], context: str) -> None:
    for label, value in items:
        combo.addItem(translated(context, label), value)
