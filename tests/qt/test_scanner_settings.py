"""The shop's scanner and scale settings at work: the till takes a slower scanner's keys as a
scan and a short code as typing, reads its own scale labels; the Settings dialog's "Scanner and
scales" section saves them, refuses a wrong template, and lets a shop try a scan."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from stdnum import ean

from pos_app.core.catalog.scale import WeightUnit
from pos_app.core.codes import MeasurementUnit
from pos_app.core.session import TillSession
from pos_app.core.settings import load_settings
from pos_app.qt.main_window import MainWindow
from pos_app.qt.scanner_section import ScannerSection
from pos_app.qt.till import Till
from pos_app.sandbox.till import open_sandbox_session
from tests.qt.conftest import KeyClock, close_till, close_window, focused, open_till
from tests.qt.test_settings_dialog import open_settings, save, shop  # noqa: F401 - a fixture

pytestmark = pytest.mark.gui

MILK = "4600000079196"  # Молоко Простоквашино, 89.90
# A slow scanner: its keys 80 ms apart, too slow for the default 45 ms.
SLOW_SCANNER = 0.08


def keys(target: QWidget, clock: KeyClock, text: str, step: float) -> None:
    """``text`` and Enter typed into ``target``, each key ``step`` seconds after the last."""
    clock.step = step
    try:
        for char in f"{text}\r":
            key = Qt.Key.Key_Return if char == "\r" else Qt.Key(Qt.Key.Key_0 + int(char))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                )
    finally:
        clock.step = KeyClock.PERSON


def label(prefix: str, item: str, weight: int) -> str:
    body = f"{prefix}{item}{weight:05d}"
    return body + ean.calc_check_digit(body)


@pytest.fixture
def tuned_window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The till with a slow scanner, codes of at least 8 characters, and scale labels of
    prefix 27 only with the weight in tens of grams."""

    def opener() -> TillSession:
        session = open_sandbox_session()
        session.settings = dataclasses.replace(
            session.settings,
            scan_gap_ms=100,
            scan_min_length=8,
            scale_prefixes="27",
            scale_weight_unit=WeightUnit.TEN_GRAMS,
        )
        return session

    till: Till = open_till(qtbot, opener)
    window = MainWindow(till)
    window.show()
    qtbot.waitUntil(lambda: window.scanning.handler is not None)
    yield window
    close_window(qtbot, window)
    close_till(qtbot, till)


def test_the_till_takes_scans_and_scale_labels_as_the_shop_set_them(
    qtbot: QtBot, tuned_window: MainWindow, key_clock: KeyClock
) -> None:
    window = tuned_window
    assert (window.scanning.scanner.gap, window.scanning.scanner.min_length) == (0.1, 8)
    keys(focused(qtbot), key_clock, MILK, SLOW_SCANNER)
    keys(focused(qtbot), key_clock, label("27", "00101", 123), KeyClock.SCANNER)  # 1.23 kg
    positions = [(p.text, p.quantity, p.unit) for p in window.editor.draft.positions]
    assert positions == [
        ("Молоко Простоквашино 3,2% 930 мл", Decimal(1), MeasurementUnit.PIECE),
        ("Бананы", Decimal("1.230"), MeasurementUnit.KILOGRAM),
    ]
    assert window.editor.ui.name.text() == ""
    # Seven quick keys are fewer than a scan has here: typed into the search line.
    keys(window.editor.ui.name, key_clock, "1234567", KeyClock.SCANNER)
    assert window.editor.ui.name.text() == "1234567"
    assert len(window.editor.draft.positions) == 2


def test_the_settings_dialog_saves_the_scanner_and_scales_and_refuses_a_wrong_prefix(
    qtbot: QtBot,
    shop: tuple[MainWindow, Till],  # noqa: F811 - the fixture
) -> None:
    window, till = shop
    dialog = open_settings(qtbot, window)
    section = dialog.scanner
    assert section.gap.value() == 45
    assert section.prefixes.text() == "20-29"
    section.prefixes.setText("21-2")
    assert "“21-2” is not a prefix" in section.layout_label.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "“21-2” is not a prefix" in dialog.error_label.text()
    assert dialog.tabs.currentWidget() is section
    assert not dialog.saved

    section.prefixes.setText("21, 22-25")
    assert section.layout_label.text().startswith("A label: prefix 2 digits, item code 5")
    section.gap.setValue(70)
    section.min_length.setValue(10)
    section.weight_digits.setValue(4)
    section.unit.setCurrentIndex(section.unit.findData("10g"))
    save(qtbot, dialog)
    saved = load_settings()
    assert (saved.scan_gap_ms, saved.scan_min_length) == (70, 10)
    assert (saved.scale_prefixes, saved.scale_weight_digits) == ("21-25", 4)
    assert saved.scale_weight_unit is WeightUnit.TEN_GRAMS
    qtbot.waitUntil(
        lambda: till.session is not None and till.session.settings.scan_gap_ms == 70,
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: window.scanning.scanner.gap == 0.07)


def test_a_scan_tried_in_settings_says_whether_it_was_a_scan_and_how_a_label_reads(
    qtbot: QtBot, key_clock: KeyClock
) -> None:
    section = ScannerSection()
    qtbot.addWidget(section)
    section.scanner._clock = key_clock
    section.show()
    keys(section.try_line, key_clock, label("22", "00101", 1234), KeyClock.SCANNER)
    said = section.result.text()
    assert said.startswith("Taken as a scan: 2200101012348.")
    assert "product code 00101, weight 1.234 kg" in said
    assert section.try_line.text() == ""

    keys(section.try_line, key_clock, MILK, KeyClock.SCANNER)
    assert "Not a scale label by these settings" in section.result.text()

    section.min_length.setValue(20)  # now the same keys are too few for a scan
    keys(section.try_line, key_clock, MILK, KeyClock.SCANNER)
    assert section.result.text().startswith(f"Taken as typing: {MILK}.")
    assert "or were fewer than 20" in section.result.text()
