"""Amounts on the cashier's screen in the window's language: "12,50" in Russian everywhere the
cashier reads money (the receipt's lines and total, the payment dialog, the last receipt), while
typing takes "12,50" and "12.50" alike."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from pos_app.core.draft import ReceiptDraft
from pos_app.qt.main_window import MainWindow
from pos_app.qt.payment_dialog import PaymentDialog
from pos_app.qt.positions_model import PRICE, QUANTITY, TOTAL
from pos_app.qt.receipt_editor import ReceiptEditor
from pos_app.qt.translations import translated
from tests.qt.conftest import GROUP, INN, in_dialog, press, type_position
from tests.qt.test_translations import russian  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("russian")


def test_the_receipt_writes_amounts_with_a_comma_and_takes_both(qtbot: QtBot) -> None:
    editor = ReceiptEditor(ReceiptDraft(INN, GROUP))
    qtbot.addWidget(editor)
    editor.show()
    type_position(qtbot, editor, "Хлеб", "2", "1234,50")
    type_position(qtbot, editor, "Соль", "1", "10.25")
    type_position(qtbot, editor, "Сыр весовой", "0,845", "899")

    model = editor.model
    # Quantities as a person writes them: "2", "0,845" (no "2.000").
    assert model.index(0, QUANTITY).data() == "2"
    assert model.index(2, QUANTITY).data() == "0,845"
    assert editor.draft.positions[2].quantity == Decimal("0.845")
    assert model.index(0, PRICE).data() == "1\u202f234,50"
    assert model.index(0, TOTAL).data() == "2\u202f469,00"
    assert model.index(1, PRICE).data() == "10,25"
    assert editor.ui.total.text() == "3\u202f238,91 ₽"
    assert "3\u202f238,91 ₽" in editor.ui.vatBreakdown.text()
    assert editor.ui.price.placeholderText() == "0,00"
    # A price edited in place starts from what a cashier types: no thousands space.
    table = editor.ui.positions
    table.setCurrentIndex(model.index(0, PRICE))
    table.setFocus()
    table.edit(model.index(0, PRICE))
    field = table.viewport().findChild(QLineEdit)
    assert field is not None
    assert field.text() == "1234,50"
    field.setText("1200,10")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the delegate commits it on the next turn
    qtbot.waitUntil(lambda: editor.draft.positions[0].price == Decimal("1200.10"))
    assert model.index(0, PRICE).data() == "1\u202f200,10"


def test_the_payment_dialog_shows_the_change_with_a_comma(qtbot: QtBot) -> None:
    draft = ReceiptDraft(INN, GROUP)
    draft.add_position("Хлеб", "2", "45,50")
    dialog = PaymentDialog(draft, "3000000001", sandbox=True)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.to_pay.text() == "К оплате: 91,00 ₽"
    assert dialog.cash.placeholderText() == "0,00"
    qtbot.keyClicks(dialog.cash, "100,5")
    assert dialog.change.text() == "9,50 ₽"
    assert draft.change_due() == Decimal("9.50")


def test_the_last_receipt_shows_cash_and_change_with_a_comma(
    qtbot: QtBot, shop_window: MainWindow
) -> None:
    window = shop_window
    window.editor.draft.add_position("Молоко", "1", "89.90")

    def pay(dialog: object) -> None:
        assert isinstance(dialog, PaymentDialog)
        qtbot.keyClicks(dialog.cash, "100")
        qtbot.keyClick(dialog.cash, Qt.Key.Key_Return)

    in_dialog(qtbot, pay)
    press(qtbot, Qt.Key.Key_F9)
    qtbot.waitUntil(window.result.qr.isVisible, timeout=10_000)
    money = window.result.money_label.text()
    # The rouble sign stays with its amount when a long line wraps.
    assert "Приход: 89,90\u00a0₽" in money
    assert "100,00\u00a0₽" in money
    assert "10,10\u00a0₽" in money


def test_amounts_inside_the_cores_messages_are_written_with_a_comma() -> None:
    text = translated(
        "validation",
        "Payments come to {paid} of {total}; {missing} is still to pay.",
        {"paid": "60.00", "total": "1091.00", "missing": "31.00"},
    )
    assert "31,00" in text
    assert "1\u202f091,00" in text
    assert "60,00" in text
    # What a cashier typed, or a code, is shown as it is, however much it looks like money.
    assert translated("validation", "{value}", {"value": "12.50"}) == "12.50"
    assert translated("validation", "{value}", {"value": "0.845"}) == "0.845"
    # A text under an amount's name is left as it is too.
    missing = translated(
        "session", "Sending is not set up yet; missing: {missing}.", {"missing": "NaN"}
    )
    assert missing.endswith("NaN.")


def test_quantities_inside_the_cores_messages_are_written_with_a_comma() -> None:
    text = translated(
        "validation",
        "{asked} asked, but only {available} of “{text}” is left to refund (sold {sold},"
        " returned before {returned}).",
        {"asked": "1", "available": "0.345", "text": "Сыр", "sold": "0.845", "returned": "0.5"},
    )
    assert "0,345" in text
    assert "0,845" in text
    assert "0,5" in text
    assert "Сыр" in text
