"""The refund dialog over the sandbox till: the customer's paper receipt scanned, part of it
returned; the same line again refused with what is left; another shop's receipt said so."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.journal import ReceiptState
from pos_app.qt.refund_dialog import RefundDialog
from pos_app.qt.till import Till
from tests.qt.journal_receipts import (
    fiscalized_sale,
    shop_receipt,
)
from tests.qt.test_journal_view import session_of


def scanned(made: list[QWidget], till: Till, qr: str) -> RefundDialog:
    """The dialog with the QR code typed in as a scanner types it (ending with Enter)."""
    dialog = RefundDialog(till)
    made.append(dialog)
    dialog.show()
    dialog.qr_edit.setText(qr)
    dialog.find_by_qr()
    return dialog


def test_a_partial_refund_found_by_its_qr(qtbot: QtBot, till: Till, made: list[QWidget]) -> None:
    session = session_of(till)
    sale = fiscalized_sale(qtbot, till, shop_receipt(session, 20, phone="+998901234567"))
    assert sale.qr is not None

    dialog = scanned(made, till, sale.qr)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert f"Receipt {sale.id}" in dialog.original_label.text()
    assert dialog.phone_edit.text() == "+998901234567"
    dialog.set_quantity(2, "1")
    dialog.refund_id_edit.setText("7")
    assert "To pay back: 5.00" in dialog.total_label.text()
    with qtbot.waitSignal(dialog.submitted) as submitted:
        dialog.refund_button.click()
    (refund_id,) = submitted.args
    qtbot.waitUntil(
        lambda: session.journal.get(refund_id).state is ReceiptState.FISCALIZED, timeout=15_000
    )
    refund = session.journal.get(refund_id)
    assert refund.refund_of == sale.id
    assert refund.refund_id == 7
    (line,) = refund.receipt().positions
    assert (line.text, line.quantity, line.price) == ("Пакет-майка", Decimal("1"), Decimal("5.00"))
    assert refund.receipt().type is ReceiptType.SALE_REFUND
    assert refund.receipt().payments[0].type is PaymentType.ELECTRONIC


def test_a_second_refund_of_the_same_line_is_refused_with_what_is_left(
    qtbot: QtBot, till: Till, made: list[QWidget]
) -> None:
    session = session_of(till)
    sale = fiscalized_sale(qtbot, till, shop_receipt(session, 21))
    assert sale.qr is not None
    first = scanned(made, till, sale.qr)
    qtbot.waitUntil(lambda: first.table.rowCount() == 2)
    first.set_quantity(2, "1")
    first.refund_id_edit.setText("1")
    with qtbot.waitSignal(first.submitted):
        first.refund_button.click()

    again = scanned(made, till, sale.qr)
    qtbot.waitUntil(lambda: again.table.rowCount() == 2)
    left = again.table.item(1, 3)
    assert left is not None
    assert left.text() == "1"  # left to refund of the bags
    again.set_quantity(2, "2")
    assert "only 1 of “Пакет-майка” is left to refund" in again.error_label.text()
    assert not again.refund_button.isEnabled()
    again.set_quantity(2, "1")
    assert again.refund_button.isEnabled()


def test_a_receipt_of_another_shop_is_said_plainly(
    qtbot: QtBot, till: Till, made: list[QWidget]
) -> None:
    qr = "t=20200115T2110&s=1030.00&fn=9251440300046840&i=29414&fp=1250830908&n=1"
    dialog = scanned(made, till, qr)
    qtbot.waitUntil(lambda: "is not from this shop" in dialog.error_label.text())
    assert dialog.table.rowCount() == 0
    dialog.qr_edit.setText("not a receipt")
    dialog.find_by_qr()
    assert "is not part of a fiscal QR code" in dialog.error_label.text()
