"""No two actions on one screen share an Alt accelerator, in English or in Russian: each
window and dialog is built after the language's translator is installed and every &-text in it
is read."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from pos_app.core.draft import ReceiptDraft
from pos_app.qt.attention_list import AttentionList
from pos_app.qt.journal_view import JournalView
from pos_app.qt.main_window import MainWindow
from pos_app.qt.payment_dialog import PaymentDialog
from pos_app.qt.till import Till
from pos_app.qt.translations import install_translators
from tests.qt.conftest import GROUP, INN, close_window

ACCELERATOR = re.compile(r"&([^&\s])")


def accelerators(screen: QWidget) -> list[str]:
    texts = [button.text() for button in screen.findChildren(QAbstractButton)]
    texts += [label.text() for label in screen.findChildren(QLabel) if label.buddy() is not None]
    texts += [box.title() for box in screen.findChildren(QGroupBox)]
    return [match.group(1).lower() for text in texts for match in ACCELERATOR.finditer(text)]


def clashes(screen: QWidget) -> dict[str, int]:
    found = accelerators(screen)
    assert found, "the screen has no accelerators at all: the walk found nothing"
    return {key: count for key, count in Counter(found).items() if count > 1}


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_translators(qapp, request.param) if request.param == "ru" else []
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def test_every_screen_has_distinct_accelerators(qtbot: QtBot, till: Till, language: str) -> None:
    window = MainWindow(till)
    window.show()
    draft = ReceiptDraft(INN, GROUP)
    draft.add_position("Хлеб", "1", "45.50")
    payment = PaymentDialog(draft, "3000000001", sandbox=True)
    attention = AttentionList(till)
    journal = JournalView(till)
    for dialog in (payment, attention, journal):
        qtbot.addWidget(dialog)
    try:
        screens: tuple[QWidget, ...] = (window, payment, attention, journal)
        for screen in screens:
            assert clashes(screen) == {}, (language, type(screen).__name__)
    finally:
        close_window(qtbot, window)
