"""The payment dialog as a view on the draft: change shown as typed, Enter with nothing typed
is exact cash, split payments, contact and invoice checked at every keystroke, Esc keeps all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.core.codes import ReceiptType
from pos_app.core.draft import ReceiptDraft
from pos_app.qt.payment_dialog import PaymentDialog, demo_invoice_id
from tests.qt.conftest import GROUP, INN

SHOP_INVOICE = "3000000001"


def dialog_for(qtbot: QtBot, draft: ReceiptDraft, *, sandbox: bool = True) -> PaymentDialog:
    dialog = PaymentDialog(draft, SHOP_INVOICE, sandbox=sandbox)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def bread(quantity: str = "1") -> ReceiptDraft:
    draft = ReceiptDraft(INN, GROUP)
    draft.add_position("Хлеб", quantity, "45.50")
    return draft


def test_cash_given_shows_the_change_large(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, bread("2"))
    assert dialog.to_pay.text() == "To pay: 91.00 ₽"
    qtbot.keyClicks(dialog.cash, "100")
    assert dialog.change.text() == "9.00 ₽"
    assert dialog.payment_error.text() == ""


def test_too_little_paid_says_how_much_is_missing_and_clears_when_paid(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, bread("2"))
    qtbot.keyClicks(dialog.electronic, "60")
    assert "31.00 is still to pay" in dialog.payment_error.text()
    qtbot.keyClicks(dialog.cash, "40")
    assert dialog.payment_error.text() == ""
    assert dialog.change.text() == "9.00 ₽"


def test_enter_with_nothing_typed_is_exact_cash(qtbot: QtBot) -> None:
    draft = bread()
    dialog = dialog_for(qtbot, draft)
    qtbot.keyClick(dialog.cash, Qt.Key.Key_Return)
    assert dialog.result() == PaymentDialog.DialogCode.Accepted
    assert draft.content.cash == "45.50"
    assert draft.change_due() == 0


def test_esc_goes_back_with_everything_kept_in_the_draft(qtbot: QtBot) -> None:
    draft = bread()
    dialog = dialog_for(qtbot, draft)
    qtbot.keyClicks(dialog.cash, "50")
    qtbot.keyClicks(dialog.phone, "+998901234567")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    assert dialog.result() == PaymentDialog.DialogCode.Rejected
    again = dialog_for(qtbot, draft)
    assert again.cash.text() == "50"
    assert again.phone.text() == "+998901234567"
    assert again.change.text() == "4.50 ₽"


def test_a_bad_phone_is_said_at_each_keystroke_and_enter_stays(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, bread())
    qtbot.keyClicks(dialog.phone, "12345")
    assert dialog.contact_error.text() != ""
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not accepted: the phone is wrong
    assert dialog.focusWidget() is dialog.phone
    dialog.phone.setText("+998 90 123-45-67")
    assert dialog.contact_error.text() == ""


def test_the_invoice_is_checked_and_the_sandbox_offers_a_demo_one(qtbot: QtBot) -> None:
    draft = bread()
    dialog = dialog_for(qtbot, draft)
    qtbot.keyClicks(dialog.invoice, "12345")
    assert "10 digits starting with 3" in dialog.invoice_error.text()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.invoice, Qt.Key.Key_F5)
    assert dialog.invoice_error.text() == ""
    assert draft.invoice_id(SHOP_INVOICE) == dialog.invoice.text()
    assert dialog.invoice.text() != SHOP_INVOICE


def test_without_a_typed_invoice_the_shops_own_is_used(qtbot: QtBot) -> None:
    draft = bread()
    dialog = dialog_for(qtbot, draft, sandbox=False)
    assert not dialog.demo_button.isVisibleTo(dialog)
    assert draft.invoice_id(SHOP_INVOICE) == SHOP_INVOICE


def test_a_refund_shows_no_cash_given_and_no_change(qtbot: QtBot) -> None:
    draft = bread()
    draft.set_receipt_type(ReceiptType.SALE_REFUND)
    dialog = dialog_for(qtbot, draft)
    assert dialog.to_pay.text() == "To refund: 45.50 ₽"
    assert not dialog.change.isVisibleTo(dialog)
    assert "given" not in dialog.cash_label.text()


def test_demo_invoices_are_fresh_and_well_formed() -> None:
    numbers = {demo_invoice_id() for _ in range(20)}
    assert len(numbers) > 1
    assert all(len(n) == 10 and n.startswith("3") and n.isdigit() for n in numbers)
