"""The main window against the in-process sandbox: fiscalize from the keyboard, see the QR."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from pos_app.core.journal import ReceiptState
from pos_app.core.session import open_production_session
from pos_app.qt.main_window import MainWindow
from pos_app.qt.till import Till
from tests.qt.conftest import close_till, close_window, open_till, type_position


def test_the_sandbox_is_impossible_to_miss(window: MainWindow) -> None:
    assert window.windowTitle() == "pos-app — sandbox"
    banner = window.findChild(QLabel, "sandboxBanner")
    assert banner is not None
    assert "SANDBOX" in banner.text()


def test_fiscalize_is_offered_only_for_a_complete_receipt(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.fiscalize_button.isEnabled()
    type_position(qtbot, window.editor, "Хлеб", "1", "45.50")
    assert not window.fiscalize_button.isEnabled()  # not paid yet
    qtbot.keyClicks(window.editor.ui.cash, "50")
    assert window.fiscalize_button.isEnabled()


def test_f9_fiscalizes_and_shows_the_qr(
    qtbot: QtBot, window: MainWindow, till: Till, tmp_path: Path
) -> None:
    type_position(qtbot, window.editor, "Хлеб", "2", "45.50")
    qtbot.keyClicks(window.editor.ui.cash, "100")
    window.editor.ui.phone.setText("+998901234567")
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.editor.ui.cash, Qt.Key.Key_F9)
    # Once the receipt is in the journal the editor is free for the next customer.
    qtbot.waitUntil(lambda: window.editor.model.rowCount() == 0)
    assert till.session is not None
    journal = till.session.journal
    qtbot.waitUntil(lambda: "Fiscalized" in window.state_label.text(), timeout=10_000)
    record = journal.get(1)
    assert record.state is ReceiptState.FISCALIZED
    assert window.qr.text == record.qr
    assert record.fiscal is not None
    assert f"FD {record.fiscal.fd}" in window.detail_label.text()
    qtbot.waitUntil(lambda: "Copy delivered" in window.detail_label.text(), timeout=10_000)
    # The outbox reports its state at the end of its round, after the copy went out.
    qtbot.waitUntil(lambda: "nothing waits" in window.outbox_label.text(), timeout=10_000)
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg is not installed (scripts/test.sh installs zbar-tools)")
    png = tmp_path / "qr.png"
    assert window.qr.grab().save(str(png))
    decoded = subprocess.run(
        [zbarimg, "--quiet", "--raw", str(png)], capture_output=True, text=True, check=True
    )
    assert decoded.stdout.strip() == record.qr


def test_an_unknown_outcome_offers_the_persons_choices(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    assert till.session is not None
    journal = till.session.journal
    type_position(qtbot, window.editor, "Хлеб", "1", "10")
    qtbot.keyClicks(window.editor.ui.electronic, "10")
    receipt = window.editor.receipt()
    receipt_id = journal.add(receipt, "3000000001")
    journal.mark_sending(receipt_id)
    journal.mark_needs_attention(receipt_id, "the answer was lost")
    window._current = receipt_id
    window._show_record(journal.get(receipt_id))
    assert window.retry_button.isVisibleTo(window)
    assert window.document_button.isVisibleTo(window)
    assert "the answer was lost" in window.detail_label.text()

    # Enter on the question keeps the receipt waiting for a person: sending it again must be
    # a deliberate yes.
    def press_enter() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, QMessageBox)
        qtbot.keyClick(question, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert journal.get(receipt_id).state is ReceiptState.NEEDS_ATTENTION

    def press_yes() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, QMessageBox)
        question.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, press_yes)
    qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    # The decision's event redraws the window: the receipt goes out again and is fiscalized.
    qtbot.waitUntil(lambda: "Fiscalized" in window.state_label.text(), timeout=10_000)
    assert journal.get(receipt_id).state is ReceiptState.FISCALIZED
    assert not window.retry_button.isVisibleTo(window)


def test_without_settings_fiscalizing_says_what_is_missing(qtbot: QtBot) -> None:
    till = open_till(qtbot, open_production_session)
    window = MainWindow(till)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "pos-app"
    assert not window.sandbox_banner.isVisible()
    assert not window.fiscalize_button.isEnabled()
    assert window.setup_panel.isVisible()
    missing = window.setup_label.text()
    assert "the shop's INN (setting shop_inn)" in missing
    assert "the IntellectMoney invoice (setting invoice_id)" in missing
    assert window.outbox_label.text() == "Fiscalizing is not set up yet."
    close_window(qtbot, window)
    close_till(qtbot, till)
