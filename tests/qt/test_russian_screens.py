"""No English inside the Russian interface: each screen, built after the Russian translator is
installed and shown with real data, has no Latin-letter word in what the cashier reads (labels,
buttons, tabs, placeholders, list items, column headings, reports) except the names of things
that have no Russian name (IntellectMoney, Checker.uz, QR, ...)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.journal import ReceiptState
from pos_app.core.receipt import Payment, Position, Receipt
from pos_app.qt.journal_view import JournalView
from pos_app.qt.settings_dialog import SettingsDialog
from pos_app.qt.shift_dialog import ShiftDialog
from pos_app.qt.till import Till
from pos_app.qt.translations import shown_money, translated
from tests.qt.test_translations import russian  # noqa: F401 - the fixture

# Names a Russian cashier reads as they are: services, the product, codes and units.
NAMES = frozenset(
    {
        "IntellectMoney",
        "Checker",
        "uz",
        "inshopper",
        "pos",
        "app",
        "QR",
        "API",
        "Bearer",
        "PIN",
        "PDF",
        "CSV",
        "URL",
        "https",
        "http",
        "English",  # the language list names each language in itself
    }
)
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
# Addresses are written as they are: check.inshopper.ru, name@example.ru.
ADDRESS = re.compile(r"[\w.-]+@[\w.-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:ru|uz|com)\b")


def plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def visible_texts(screen: QWidget) -> list[str]:
    """What the cashier reads on ``screen``: titles, labels, buttons, fields, lists, reports."""
    texts = [screen.windowTitle()]
    texts += [plain(label.text()) for label in screen.findChildren(QLabel)]
    texts += [button.text() for button in screen.findChildren(QAbstractButton)]
    texts += [box.title() for box in screen.findChildren(QGroupBox)]
    texts += [edit.placeholderText() for edit in screen.findChildren(QLineEdit)]
    texts += [browser.toPlainText() for browser in screen.findChildren(QTextBrowser)]
    for combo in screen.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for tabs in screen.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for view in screen.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        # A list model hides columnCount (it has one column).
        columns = range(1 if isinstance(model, QAbstractListModel) else model.columnCount())
        texts += [
            str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in columns
        ]
        texts += [
            str(model.index(row, column).data() or "")
            for row in range(min(model.rowCount(), 20))
            for column in columns
        ]
    return texts


def english(screen: QWidget) -> list[str]:
    """The Latin words on ``screen`` that are not names (the accelerator's & taken out)."""
    words = {
        word
        for text in visible_texts(screen)
        for word in LATIN_WORD.findall(ADDRESS.sub("", text.replace("&", "")))
        if word not in NAMES
    }
    return sorted(words)


@pytest.fixture
def traded(qtbot: QtBot, till: Till) -> Till:
    """A shift with a cash sale, a card sale and money taken to the safe, all fiscalized."""
    session = till.session
    assert session is not None
    session.start_outbox()
    session.shift_desk.open("Анна Петрова", "2000")
    ids = []
    for name, price, payment in (
        ("Хлеб бородинский", "45.50", PaymentType.CASH),
        ("Сыр Российский", "412.00", PaymentType.ELECTRONIC),
    ):
        ids.append(
            session.submit(
                Receipt(
                    type=ReceiptType.SALE,
                    inn=session.settings.shop_inn,
                    group=session.settings.cashbox_group,
                    positions=(Position(name, Decimal(1), Decimal(price), vat_rate(11)),),
                    payments=(Payment(payment, Decimal(price)),),
                    taxation=TaxationSystem.GENERAL,
                )
            )
        )
    session.shift_desk.cash_out("500", "Сдано в сейф")
    qtbot.waitUntil(
        lambda: all(session.journal.get(i).state is ReceiptState.FISCALIZED for i in ids),
        timeout=10_000,
    )
    return till


@pytest.mark.usefixtures("russian")
def test_the_shift_dialog_and_its_report_have_no_english(
    qtbot: QtBot, traded: Till, made: list[QWidget]
) -> None:
    till = traded
    dialog = ShiftDialog(till)
    made.append(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "Наличные в денежном ящике" in dialog.report.toPlainText())

    assert english(dialog) == []
    # Amounts as Russian writes them: thousands apart, a decimal comma, a true minus.
    report = dialog.report.toPlainText().replace("\u202f", " ")
    assert "Наличные на начало смены\n\n2 000,00" in report
    assert "Сдано в сейф (Анна Петрова)\n\n\u2212500,00" in report
    assert shown_money(Decimal("-1234.5")) == "\u22121\u202f234,50"


@pytest.mark.usefixtures("russian")
def test_the_journal_and_the_settings_have_no_english(
    qtbot: QtBot, traded: Till, made: list[QWidget]
) -> None:
    till = traded
    journal = JournalView(till)
    settings = SettingsDialog(till)
    made += [journal, settings]
    for screen in (journal, settings):
        screen.show()
    table = journal.findChild(QAbstractItemView)
    assert table is not None
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)

    assert english(journal) == []
    assert english(settings) == []


@pytest.mark.usefixtures("russian")
def test_a_phone_error_names_the_shops_country_in_russian() -> None:
    text = translated(
        "validation",
        "“{value}” is not a phone number: it does not start with a country code, and it is not"
        " a number of the shop's country {country} (+{calling_code}). Write it with the"
        " country code, like {example} or {digits}.",
        {
            "value": "12",
            "country": "Uzbekistan",
            "calling_code": "998",
            "example": "",
            "digits": "",
        },
    )
    assert "(Узбекистан, +998)" in text
