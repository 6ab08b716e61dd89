"""The receipt editor driven through its widgets: typing, Enter, Delete, in-place edits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.core.codes import ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.qt.positions_model import PRICE, QUANTITY, VAT
from pos_app.qt.receipt_editor import ReceiptEditor
from tests.qt.conftest import type_position


def test_typed_positions_make_the_live_total_and_vat(qtbot: QtBot, editor: ReceiptEditor) -> None:
    type_position(qtbot, editor, "Хлеб", "1", "45,50")
    type_position(qtbot, editor, "Молоко", "2", "89.90")
    assert editor.model.rowCount() == 2
    assert editor.ui.total.text() == "225.30 ₽"
    assert editor.ui.vatBreakdown.text() == "VAT 22%: 40.63 ₽ on 225.30 ₽"
    # Enter leaves the entry row ready for the next position.
    assert editor.ui.name.text() == ""
    assert editor.ui.quantity.text() == "1"
    assert editor.ui.name.hasFocus()


def test_a_bad_price_is_refused_and_the_text_stays(qtbot: QtBot, editor: ReceiptEditor) -> None:
    type_position(qtbot, editor, "Хлеб", "1", "12.345")
    assert editor.model.rowCount() == 0
    assert "more than 2 decimal places" in editor.ui.entryError.text()
    assert editor.ui.name.text() == "Хлеб"
    assert editor.ui.price.text() == "12.345"
    assert editor.ui.price.hasFocus()


def test_zero_quantity_and_empty_name_are_refused(qtbot: QtBot, editor: ReceiptEditor) -> None:
    type_position(qtbot, editor, "Хлеб", "0", "10")
    assert "more than zero" in editor.ui.entryError.text()
    editor.ui.name.clear()
    editor.ui.quantity.setText("1")
    qtbot.keyClick(editor.ui.price, Qt.Key.Key_Return)
    assert "name is empty" in editor.ui.entryError.text()
    assert editor.model.rowCount() == 0


def test_cells_are_edited_in_place_through_the_checks(qtbot: QtBot, editor: ReceiptEditor) -> None:
    type_position(qtbot, editor, "Хлеб", "1", "45.50")
    model = editor.model
    assert model.setData(model.index(0, QUANTITY), "3")
    assert editor.ui.total.text() == "136.50 ₽"
    assert model.setData(model.index(0, VAT), 2)
    assert editor.ui.vatBreakdown.text() == "VAT 10%: 12.41 ₽ on 136.50 ₽"
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(model.index(0, PRICE), "-1")
    assert "more than zero" in refused.args[0] or "Must be" in refused.args[0]
    assert model.data(model.index(0, PRICE)) == "45.50"


def test_delete_removes_the_selected_position(qtbot: QtBot, editor: ReceiptEditor) -> None:
    type_position(qtbot, editor, "Хлеб", "1", "10")
    type_position(qtbot, editor, "Соль", "1", "20")
    table = editor.ui.positions
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert editor.model.rowCount() == 1
    assert editor.model.positions[0].text == "Соль"
    assert editor.ui.total.text() == "20.00 ₽"


def test_the_receipt_is_built_and_checked_as_a_whole(qtbot: QtBot, editor: ReceiptEditor) -> None:
    with pytest.raises(ValidationError) as nothing_yet:
        editor.receipt()
    assert nothing_yet.value.field in ("positions", "payments")
    type_position(qtbot, editor, "Хлеб", "2", "45.50")
    editor.draft.set_payments(electronic="91.00")
    editor.draft.set_contact(email="buyer@example.com")
    receipt = editor.receipt()
    assert receipt.inn == "7000000003"
    assert receipt.total == Decimal("91.00")
    assert receipt.contact.email == "buyer@example.com"
    editor.clear()
    assert editor.model.rowCount() == 0
    assert editor.ui.total.text() == "0.00 ₽"


def test_a_bad_quantity_is_said_at_each_keystroke_and_cleared_when_valid(
    qtbot: QtBot, editor: ReceiptEditor
) -> None:
    editor.ui.quantity.clear()
    qtbot.keyClicks(editor.ui.quantity, "2x")
    assert editor.ui.entryError.text() != ""
    qtbot.keyClick(editor.ui.quantity, Qt.Key.Key_Backspace)
    assert editor.ui.entryError.text() == ""


def test_a_new_receipt_is_a_sale_again(qtbot: QtBot, editor: ReceiptEditor) -> None:
    editor.next_type()
    assert editor.draft.receipt_type == ReceiptType.SALE_REFUND
    assert "SALE REFUND" in editor.ui.receiptType.text()
    editor.clear()
    assert editor.draft.content.receipt_type == ReceiptType.SALE
    assert "SALE" in editor.ui.receiptType.text()


def test_enter_on_an_empty_row_says_nothing(qtbot: QtBot, editor: ReceiptEditor) -> None:
    # The second of a quick double Enter that paid lands here: no red "name is empty".
    editor.ui.name.setFocus()
    qtbot.keyClick(editor.ui.name, Qt.Key.Key_Return)
    assert editor.ui.entryError.text() == ""
    assert editor.ui.name.hasFocus()
    assert editor.model.rowCount() == 0
