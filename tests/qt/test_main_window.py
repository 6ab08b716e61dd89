"""The cashier's screen against the in-process sandbox, from the keyboard alone: ring up, pay,
see the QR; the traps of the old window; what a person must decide stays one key away."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.journal import ReceiptState
from pos_app.core.session import TillSession, open_production_session
from pos_app.qt.attention_list import AttentionList
from pos_app.qt.main_window import MainWindow
from pos_app.qt.payment_dialog import PaymentDialog
from pos_app.sandbox.sandbox import Sandbox
from tests.qt.conftest import (
    close_till,
    close_window,
    in_dialog,
    open_till,
    press,
    type_text,
)


def session_of(window: MainWindow) -> TillSession:
    session = window.till.session
    assert session is not None
    return session


def ring_up(qtbot: QtBot, window: MainWindow, name: str, price: str) -> None:
    """Type a product in the search line and Enter (quantity 1), as the cashier does."""
    press(qtbot, Qt.Key.Key_F2)
    type_text(window.editor.ui.name, name)
    # Keys this quick are held for a moment (a scanner's would be as quick): typed once the
    # moment has passed.
    qtbot.waitUntil(lambda: window.editor.ui.name.text() == name)
    qtbot.keyClick(window.editor.ui.name, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the quantity stays 1
    qtbot.keyClicks(window.editor.ui.price, price)
    qtbot.keyClick(window.editor.ui.price, Qt.Key.Key_Return)


def pay_in_dialog(qtbot: QtBot, cash: str = "", electronic: str = "") -> None:
    """F9, then in the payment dialog the amounts typed and Enter."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        assert dialog.cash.hasFocus()
        qtbot.keyClicks(dialog.cash, cash)
        qtbot.keyClick(dialog.cash, Qt.Key.Key_Tab)
        assert dialog.electronic.hasFocus()
        qtbot.keyClicks(dialog.electronic, electronic)
        qtbot.keyClick(dialog.electronic, Qt.Key.Key_Return)

    in_dialog(qtbot, act)
    press(qtbot, Qt.Key.Key_F9)


def test_the_sandbox_is_impossible_to_miss(window: MainWindow) -> None:
    assert window.windowTitle() == "pos-app — sandbox"
    banner = window.findChild(QLabel, "sandboxBanner")
    assert banner is not None
    assert "SANDBOX" in banner.text()
    assert window.status.mode.text() == "SANDBOX"


def test_typing_voda_on_a_fresh_window_searches_and_leaves_the_sale_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.editor.ui.name.hasFocus()
    focused = QApplication.focusWidget()
    assert focused is not None
    type_text(focused, "Вода")
    qtbot.waitUntil(lambda: window.editor.ui.name.text() == "Вода")
    assert window.editor.draft.receipt_type is ReceiptType.SALE


def test_a_cash_sale_with_a_quantity_change_shows_the_change_and_the_qr(
    qtbot: QtBot, shop_window: MainWindow, tmp_path: Path
) -> None:
    window = shop_window
    ring_up(qtbot, window, "Хлеб", "45.50")
    ring_up(qtbot, window, "Молоко", "89.90")
    # F3 edits the last line's quantity in place.
    press(qtbot, Qt.Key.Key_F3)
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.draft.total == Decimal("225.30"))
    assert window.editor.ui.total.text() == "225.30 ₽"

    pay_in_dialog(qtbot, cash="300")

    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=10_000)
    record = session_of(window).journal.get(1)
    assert record.state is ReceiptState.FISCALIZED
    assert "Cash given: 300.00\u00a0₽" in window.result.money_label.text()
    assert "Change: 74.70\u00a0₽" in window.result.money_label.text()
    assert record.fiscal is not None
    assert f"FD {record.fiscal.fd}" in window.result.fiscal_label.text()
    assert f"Shift {record.fiscal.shift}" in window.result.fiscal_label.text()
    assert window.result.qr.text == record.qr
    # The next customer starts at once, on a sale, in the search line.
    assert window.editor.model.rowCount() == 0
    assert window.focusWidget() is window.editor.ui.name
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg is not installed (scripts/test.sh installs zbar-tools)")
    png = tmp_path / "qr.png"
    assert window.result.qr.grab().save(str(png))
    decoded = subprocess.run(
        [zbarimg, "--quiet", "--raw", str(png)], capture_output=True, text=True, check=True
    )
    assert decoded.stdout.strip() == record.qr


def test_a_split_payment_goes_out_as_cash_and_card(qtbot: QtBot, shop_window: MainWindow) -> None:
    window = shop_window
    ring_up(qtbot, window, "Сыр", "500")
    pay_in_dialog(qtbot, cash="200", electronic="300")
    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=10_000)
    payments = session_of(window).journal.get(1).receipt().payments
    assert {(p.type, str(p.amount)) for p in payments} == {
        (PaymentType.CASH, "200.00"),
        (PaymentType.ELECTRONIC, "300.00"),
    }


def test_pay_fires_once_however_often_it_is_pressed(
    qtbot: QtBot, shop_window: MainWindow, sandbox: Sandbox
) -> None:
    window = shop_window
    ring_up(qtbot, window, "Хлеб", "45.50")
    # A held key: F10 (cash, exact) again and again before the journal has answered.
    for _ in range(5):
        press(qtbot, Qt.Key.Key_F10)
    assert not window.buttons["pay"].isEnabled()
    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=10_000)
    assert len(session_of(window).journal.list_recent()) == 1
    assert len(sandbox.documents()) == 1


def test_a_rejected_receipt_says_why_and_stays_in_view(
    qtbot: QtBot, shop_window: MainWindow, sandbox: Sandbox
) -> None:
    window = shop_window
    sandbox.set_faults("intellectmoney", poll_answer="refused")
    ring_up(qtbot, window, "Хлеб", "45.50")
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "Rejected" in window.result.state_label.text(), timeout=10_000)
    assert window.result.reason_label.text() != ""
    assert window.result.decide_button.isVisibleTo(window)


def test_an_unavailable_cashbox_queues_the_receipt_and_says_so(
    qtbot: QtBot, shop_window: MainWindow, sandbox: Sandbox
) -> None:
    window = shop_window
    sandbox.set_faults("intellectmoney", error_rate=1.0)
    ring_up(qtbot, window, "Хлеб", "45.50")
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(
        lambda: "not reachable" in window.status.services["IntellectMoney"].text(),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: "Waiting to go out: 1" in window.status.outbox.text())
    qtbot.waitUntil(lambda: "Waiting to be sent" in window.result.state_label.text())
    sandbox.clear_faults()
    session_of(window).wake()
    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=30_000)
    assert "answers" in window.status.services["IntellectMoney"].text()


def test_a_lost_answer_needs_a_person_one_key_away(
    qtbot: QtBot, shop_window: MainWindow, sandbox: Sandbox
) -> None:
    window = shop_window
    sandbox.set_faults("intellectmoney", lose_answer_rate=1.0)
    ring_up(qtbot, window, "Хлеб", "45.50")
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "Needs attention" in window.result.state_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: window.status.person.isVisibleTo(window))
    assert "Need a person: 1" in window.status.person.text()
    sandbox.clear_faults()
    document = sandbox.documents()[0].document_id

    def decide(dialog: QWidget) -> None:
        assert isinstance(dialog, AttentionList)
        qtbot.waitUntil(lambda: dialog.list.count() == 1)
        assert "Needs attention" in dialog.list.item(0).text()
        assert not dialog.send_again_button.isEnabled() or dialog.send_again_button.isEnabled()

        def enter_document(box: QWidget) -> None:
            type_text(box.focusWidget(), document)
            qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return)

        in_dialog(qtbot, enter_document)
        dialog.document_button.click()
        qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
        dialog.reject()

    in_dialog(qtbot, decide)
    press(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=10_000)
    assert len(sandbox.documents()) == 1  # found, not sent twice


def test_the_refund_key_paints_the_receipt_and_the_payment_hides_change(
    qtbot: QtBot, shop_window: MainWindow
) -> None:
    window = shop_window
    ring_up(qtbot, window, "Хлеб", "45.50")
    press(qtbot, Qt.Key.Key_F6)
    assert window.editor.draft.receipt_type == ReceiptType.SALE_REFUND
    assert "#b00020" in window.editor.ui.receiptType.styleSheet()
    seen: list[bool] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        seen.append(dialog.change.isVisibleTo(dialog))
        assert "Refund in" in dialog.cash_label.text()
        qtbot.keyClick(dialog.cash, Qt.Key.Key_Escape)

    in_dialog(qtbot, look)
    press(qtbot, Qt.Key.Key_F9)
    assert seen == [False]
    # Esc kept everything; the type resets to sale once the receipt is paid.
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.editor.model.rowCount() == 0, timeout=10_000)
    assert window.editor.draft.content.receipt_type == ReceiptType.SALE


def test_closing_with_positions_asks_first(qtbot: QtBot, shop_window: MainWindow) -> None:
    window = shop_window
    ring_up(qtbot, window, "Хлеб", "45.50")

    def say_no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.No).click()

    in_dialog(qtbot, say_no)
    window.close()
    assert window.isVisible()
    assert not window.is_closed


def test_without_settings_fiscalizing_says_what_is_missing(qtbot: QtBot) -> None:
    till = open_till(qtbot, open_production_session)
    window = MainWindow(till)
    window.show()
    assert window.windowTitle() == "pos-app"
    assert not window.sandbox_banner.isVisible()
    assert not window.buttons["pay"].isEnabled()
    assert window.setup_panel.isVisible()
    missing = window.setup_label.text()
    assert "the shop's INN (setting shop_inn)" in missing
    assert "the IntellectMoney invoice (setting invoice_id)" in missing
    assert window.status.outbox.text() == "Fiscalizing is not set up yet."
    close_window(qtbot, window)
    close_till(qtbot, till)
