"""A keyboard-wedge scanner told apart from a person by timing, wherever the focus is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pos_app.qt.scanner import ScannerFilter

pytestmark = pytest.mark.gui

SCANNER_STEP = 0.004  # a scanner types a key every few milliseconds
PERSON_STEP = 0.180  # a quick person


class Clock:
    """The filter's clock: stands still until the test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def scanner(qapp: QApplication, clock: Clock) -> Iterator[ScannerFilter]:
    made = ScannerFilter(gap=0.045, min_length=6, clock=clock)
    qapp.installEventFilter(made)
    yield made
    qapp.removeEventFilter(made)


@pytest.fixture
def line(qtbot: QtBot) -> Iterator[QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    window.show()
    field.setFocus()
    yield field
    window.close()  # kept alive until here: the field is its child


def key(widget: QWidget, text: str, clock: Clock, step: float) -> None:
    """One key pressed and released, with its text (Cyrillic too), ``step`` after the last."""
    clock.now += step
    if text in ("\r", "\t"):
        code = Qt.Key.Key_Return if text == "\r" else Qt.Key.Key_Tab
    elif text.isdigit():
        code = Qt.Key(Qt.Key.Key_0 + int(text))
    else:
        code = Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)
        )


def type_text(widget: QWidget, text: str, clock: Clock, step: float) -> None:
    for char in text:
        key(widget, char, clock, step)


def test_a_scan_is_a_code_of_its_own_and_never_typed_into_the_field(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    entered: list[str] = []
    line.returnPressed.connect(lambda: entered.append(line.text()))
    with qtbot.waitSignal(scanner.scanned) as scanned:
        type_text(line, "4601234567893\r", clock, SCANNER_STEP)
    assert scanned.args == ["4601234567893"]
    assert line.text() == ""
    assert entered == []  # its Enter did not reach the field


def test_a_scanner_ending_its_codes_with_a_line_feed_is_a_scan_too(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    # Set to end with LF, a scanner sends a key Qt does not name as Return (key_unknown here).
    with qtbot.waitSignal(scanner.scanned) as scanned:
        type_text(line, "4601234567893\n", clock, SCANNER_STEP)
    assert scanned.args == ["4601234567893"]
    assert line.text() == ""


def stamped_keys(widget: QWidget, text: str, first_ms: int, step_ms: int) -> None:
    """Keys as the window system delivers them after the app was busy: all at once (the clock
    stands still), each stamped with the moment it was pressed."""
    for index, char in enumerate(text):
        code = Qt.Key.Key_Return if char == "\r" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(first_ms + index * step_ms)
            QCoreApplication.sendEvent(widget, event)


def test_a_persons_keys_held_up_while_the_app_was_busy_are_typed_not_scanned(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    # "молоко" and Enter typed at a person's pace while the window was still starting, all
    # handed over at once: the stamps say it was a person.
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    entered: list[str] = []
    line.returnPressed.connect(lambda: entered.append(line.text()))
    stamped_keys(line, "молоко\r", first_ms=5_000, step_ms=120)
    qtbot.waitUntil(lambda: entered == ["молоко"])
    assert codes == []


def test_a_scanners_keys_held_up_while_the_app_was_busy_are_still_a_scan(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    with qtbot.waitSignal(scanner.scanned) as scanned:
        stamped_keys(line, "4601234567893\r", first_ms=5_000, step_ms=4)
    assert scanned.args == ["4601234567893"]
    assert line.text() == ""


def test_a_person_typing_cyrillic_gets_every_letter_in_order(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    type_text(line, "Вода", clock, PERSON_STEP)
    clock.now += PERSON_STEP
    qtbot.waitUntil(lambda: line.text() == "Вода")
    assert codes == []


def test_a_quick_short_burst_with_enter_is_typing_and_enter_goes_through_once(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    entered: list[str] = []
    line.returnPressed.connect(lambda: entered.append(line.text()))
    type_text(line, "12\r", clock, SCANNER_STEP)
    assert line.text() == "12"
    assert entered == ["12"]


def test_a_quick_run_without_enter_is_typing(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    type_text(line, "йцукенгш", clock, SCANNER_STEP)
    assert line.text() == ""  # held until it is clear what it is
    clock.now += 1
    qtbot.waitUntil(lambda: line.text() == "йцукенгш")


def test_typing_then_a_scan_keeps_the_typing_and_takes_the_scan_out(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    type_text(line, "Хл", clock, PERSON_STEP)
    with qtbot.waitSignal(scanner.scanned) as scanned:
        key(line, "2", clock, PERSON_STEP)
        type_text(line, "200123012340\t", clock, SCANNER_STEP)
    assert scanned.args == ["2200123012340"]
    assert line.text() == "Хл"


def test_a_suspended_filter_lets_a_scan_be_typed_into_a_dialog(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    with scanner.suspended():
        type_text(line, "3000000001", clock, SCANNER_STEP)
    assert line.text() == "3000000001"
    assert codes == []


def test_shortcuts_and_moves_are_never_held(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    line.setText("abc")
    clock.now += 1
    QCoreApplication.sendEvent(
        line, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier)
    )
    assert line.text() == "ab"


def test_a_scans_enter_never_fires_the_windows_enter_shortcut_a_persons_does(
    qtbot: QtBot, scanner: ScannerFilter, line: QLineEdit, clock: Clock
) -> None:
    window = line.window()
    window.activateWindow()
    qtbot.waitActive(window)
    fired: list[bool] = []
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: fired.append(True))
    with qtbot.waitSignal(scanner.scanned) as scanned:
        # QTest asks the shortcut map first, as a real key press does; the clock stands
        # still, so the keys come as fast as a scanner's.
        QTest.keyClicks(line, "4601234567893")
        QTest.keyClick(line, Qt.Key.Key_Return)
    assert scanned.args == ["4601234567893"]
    assert fired == []
    clock.now += 1
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert fired == [True]
