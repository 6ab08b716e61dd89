"""The till with its catalog and scanner, from the keyboard alone: scans from wherever the focus
is, a weighed product from its scale label, the catalog searched as the cashier types, an
unknown barcode added to the catalog, and a scan in the payment dialog that types nothing."""

from __future__ import annotations

import re
import threading
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from stdnum import ean

from pos_app.core.codes import MeasurementUnit
from pos_app.core.journal import ReceiptState
from pos_app.core.session import TillSession
from pos_app.qt.catalog_product_dialog import ProductDialog
from pos_app.qt.main_window import MainWindow
from pos_app.qt.payment_dialog import PaymentDialog
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Till
from pos_app.sandbox.till import open_sandbox_session
from tests.qt.conftest import (
    KeyClock,
    close_till,
    close_window,
    focused,
    in_dialog,
    press,
    type_text,
)

MILK = "4600000079196"  # Молоко Простоквашино, 89.90
MILK_NAME = "Молоко Простоквашино 3,2% 930 мл"
UNKNOWN = "4601234567893"


def scale_label(item: str, grams: int) -> str:
    """The EAN-13 a shop's scale prints: prefix 22, item code, weight in grams, check digit."""
    body = f"22{item}{grams:05d}"
    return body + ean.calc_check_digit(body)


def scan(qtbot: QtBot, clock: KeyClock, code: str) -> None:
    """A keyboard-wedge scanner: the code's keys and Enter 3 ms apart on the scanner's clock,
    to whatever has the focus."""
    target = focused(qtbot)
    with clock.scanner():
        for char in f"{code}\r":
            key = Qt.Key.Key_Return if char == "\r" else Qt.Key(Qt.Key.Key_0 + int(char))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                )


def lines(window: MainWindow) -> list[tuple[str, Decimal, MeasurementUnit | None]]:
    return [(p.text, p.quantity, p.unit) for p in window.editor.draft.positions]


def test_a_scan_adds_its_product_and_again_one_more_wherever_the_focus_is(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    qtbot.waitUntil(lambda: window.scanning.handler is not None)
    scan(qtbot, key_clock, MILK)
    assert lines(window) == [(MILK_NAME, Decimal(1), MeasurementUnit.PIECE)]
    # From the price field too: nothing of the scan is typed there, its Enter adds no line.
    window.editor.ui.price.setFocus()
    scan(qtbot, key_clock, MILK)
    assert lines(window) == [(MILK_NAME, Decimal(2), MeasurementUnit.PIECE)]
    assert window.editor.ui.price.text() == ""
    assert window.editor.ui.name.text() == ""
    assert window.editor.ui.entryError.text() == ""


def test_a_scale_label_adds_the_weighed_product_in_kilograms(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    qtbot.waitUntil(lambda: window.scanning.handler is not None)
    scan(qtbot, key_clock, scale_label("00101", 1234))  # bananas, 1.234 kg at 129.90
    scan(qtbot, key_clock, scale_label("00101", 560))  # each weighing its own line
    assert lines(window) == [
        ("Бананы", Decimal("1.234"), MeasurementUnit.KILOGRAM),
        ("Бананы", Decimal("0.560"), MeasurementUnit.KILOGRAM),
    ]
    assert window.editor.draft.total == Decimal("233.04")  # 160.30 + 72.74


def test_typing_searches_the_catalog_and_enter_adds_the_first_match(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    qtbot.waitUntil(lambda: window.scanning.handler is not None)
    line = window.editor.ui.name
    type_text(line, "мол")
    qtbot.waitUntil(window.scanning.search.isVisible)
    assert window.scanning.search.model.product(0).name == MILK_NAME  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Return)
    assert lines(window) == [(MILK_NAME, Decimal(1), MeasurementUnit.PIECE)]
    assert line.text() == ""
    assert not window.scanning.search.isVisible()
    # Down picks the next match; a quantity typed first is how many.
    window.editor.ui.quantity.setText("3")
    type_text(line, "сок")
    qtbot.waitUntil(window.scanning.search.isVisible)
    press(qtbot, Qt.Key.Key_Return)
    assert lines(window)[-1] == ("Сок Добрый яблоко 1 л", Decimal(3), MeasurementUnit.PIECE)


def test_a_name_not_in_the_catalog_is_still_a_free_position(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    line = window.editor.ui.name
    type_text(line, "Ремонт")
    qtbot.waitUntil(lambda: line.text() == "Ремонт")
    assert not window.scanning.search.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.editor.ui.price, "500")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.editor.draft.positions) == 1)
    assert lines(window) == [("Ремонт", Decimal(1), None)]


def test_an_unknown_barcode_is_said_and_added_to_the_catalog_and_the_receipt(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    qtbot.waitUntil(lambda: window.scanning.handler is not None)
    asked: list[str] = []

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, ProductDialog)
        assert dialog.barcode.text() == UNKNOWN
        dialog.name.setText("Ряженка 4%")
        dialog.code.setText("2001")
        dialog.price.setText("79,90")
        # A hurried Enter twice: the save is a background job, OK is off until it is done.
        qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.price, Qt.Key.Key_Return)

    def answer_yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        in_dialog(qtbot, fill_in)
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Yes is the default

    in_dialog(qtbot, answer_yes)
    scan(qtbot, key_clock, UNKNOWN)
    assert asked == [f"Unknown barcode {UNKNOWN}: add it to the catalog?"]
    assert lines(window) == [("Ряженка 4%", Decimal(1), MeasurementUnit.PIECE)]
    scan(qtbot, key_clock, UNKNOWN)  # known now
    assert lines(window) == [("Ряженка 4%", Decimal(2), MeasurementUnit.PIECE)]
    saves = [job for job in window.till.tasks.history if job.name == "save a product"]
    assert len(saves) == 1
    assert saves[0].thread_name.startswith("pos-app-job")


def test_a_scan_in_the_payment_dialog_types_nothing_and_sells_nothing(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    qtbot.waitUntil(lambda: window.scanning.handler is not None)
    scan(qtbot, key_clock, MILK)
    seen: list[tuple[str, str, str]] = []

    def scan_there(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        scan(qtbot, key_clock, MILK)
        seen.append((dialog.cash.text(), dialog.electronic.text(), dialog.invoice_error.text()))
        scan(qtbot, key_clock, "3123456789")  # an invoice number (СКО) goes to its field
        seen.append((dialog.invoice.text(), "", ""))
        qtbot.keyClick(dialog.cash, Qt.Key.Key_Escape)

    in_dialog(qtbot, scan_there)
    press(qtbot, Qt.Key.Key_F9)
    assert seen[0][:2] == ("", "")
    assert MILK in seen[0][2]
    assert seen[1][0] == "3123456789"
    assert lines(window) == [(MILK_NAME, Decimal(1), MeasurementUnit.PIECE)]


def test_a_sale_rung_up_by_scans_and_typing_is_paid_with_change_and_shows_the_qr(
    qtbot: QtBot, window: MainWindow, key_clock: KeyClock
) -> None:
    qtbot.waitUntil(lambda: window.scanning.handler is not None)
    scan(qtbot, key_clock, MILK)
    scan(qtbot, key_clock, MILK)
    scan(qtbot, key_clock, scale_label("00101", 1234))
    type_text(window.editor.ui.name, "хлеб")
    press(qtbot, Qt.Key.Key_Return)
    # F3: the quantity of the last line, typed over.
    press(qtbot, Qt.Key.Key_F3)
    cell = QApplication.focusWidget()
    assert cell is not None
    qtbot.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(cell, "3")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.draft.total == Decimal("517.10"))

    def pay_cash(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        qtbot.keyClicks(dialog.cash, "600")
        qtbot.waitUntil(lambda: dialog.change.text().startswith("82.90"))
        qtbot.keyClick(dialog.cash, Qt.Key.Key_Return)

    in_dialog(qtbot, pay_cash)
    press(qtbot, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.result.qr.text is not None, timeout=10_000)
    session = window.till.session
    assert session is not None
    record = session.journal.get(1)
    assert record.state is ReceiptState.FISCALIZED
    assert window.result.qr.text == record.qr
    assert "Change: 82.90\u00a0₽" in window.result.money_label.text()
    assert re.search(r"Хлеб Бородинский", str(record.receipt().positions))


def test_a_scan_while_the_journal_is_still_opening_is_rung_up_once_it_is_open(
    qtbot: QtBot, key_clock: KeyClock
) -> None:
    gate = threading.Event()

    def slow_opener() -> TillSession:
        gate.wait(10)
        return open_sandbox_session()

    till = Till(slow_opener, Tasks())
    window = MainWindow(till)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    till.open()
    scan(qtbot, key_clock, MILK)
    assert lines(window) == []
    assert MILK in window.editor.ui.entryError.text()
    gate.set()
    qtbot.waitUntil(lambda: lines(window) == [(MILK_NAME, Decimal(1), MeasurementUnit.PIECE)])
    assert window.editor.ui.entryError.text() == ""
    close_window(qtbot, window)
    close_till(qtbot, till)
