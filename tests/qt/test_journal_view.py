"""The journal view over the sandbox till: many receipts newest first, loaded as the view
scrolls, filtered; a receipt's detail with its history, fiscal data and QR code; its actions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QTextDocument, QTextTable
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pos_app.core.codes import ReceiptType
from pos_app.core.journal import ReceiptState
from pos_app.core.session import TillSession
from pos_app.core.target import CashboxTarget, TargetMode
from pos_app.qt.journal_model import PAGE, STATE
from pos_app.qt.journal_view import JournalView
from pos_app.qt.main_window import MainWindow
from pos_app.qt.till import Till
from tests.qt.journal_receipts import (
    fiscalized_sale,
    many_receipts,
    shop_receipt,
)
from tests.qt.test_translations import russian  # noqa: F401 - the fixture

COUNT = 3 * PAGE + 15


def session_of(till: Till) -> TillSession:
    assert till.session is not None
    return till.session


@pytest.fixture
def view(made: list[QWidget], till: Till) -> JournalView:
    shown = JournalView(till)
    made.append(shown)
    shown.resize(1400, 800)
    shown.show()
    return shown


def shown_ids(view: JournalView) -> list[int]:
    return [view.model.summary(row).id for row in range(view.model.rowCount())]


def first_table(document: QTextDocument) -> list[list[str]]:
    """The rows of the first table in a detail pane's document, a cell's text each."""
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            return [
                [
                    frame.cellAt(row, column).firstCursorPosition().block().text()
                    for column in range(frame.columns())
                ]
                for row in range(frame.rows())
            ]
    return []


def fixed_font_texts(document: QTextDocument) -> list[str]:
    """The runs of text the document shows in the system's fixed font. (Asked by family, not
    by QFontInfo.fixedPitch(): fontconfig does not mark every monospaced family, e.g. Noto Sans
    Mono, as fixed pitch.)"""
    fixed = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)).family()
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if QFontInfo(fragment.charFormat().font()).family() == fixed:
                found.append(fragment.text())
            fragments += 1
        block = block.next()
    return found


def filter_to(qtbot: QtBot, view: JournalView, change: object) -> None:
    """Change a filter and wait for the journal's answer."""
    with qtbot.waitSignal(view.model.loaded, timeout=5_000):
        assert callable(change)
        change()
        view.apply_filter()


def test_many_receipts_open_newest_first_and_load_as_the_cashier_scrolls(
    qtbot: QtBot, till: Till, made: list[QWidget]
) -> None:
    many_receipts(session_of(till), COUNT)
    view = JournalView(till)
    made.append(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE)
    assert shown_ids(view) == list(range(COUNT, COUNT - PAGE, -1))
    assert view.model.index(0, 4).data() == "Waiting to be sent"

    for _ in range(4):
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda: not view.model.loading)
    qtbot.waitUntil(lambda: view.model.rowCount() == COUNT)
    assert shown_ids(view) == list(range(COUNT, 0, -1))
    assert not view.model.canFetchMore(view.table.rootIndex())


def test_filters_narrow_the_list(qtbot: QtBot, till: Till, view: JournalView) -> None:
    session = session_of(till)
    many_receipts(session, COUNT)
    filter_to(qtbot, view, lambda: None)
    assert view.model.rowCount() == PAGE

    filter_to(
        qtbot, view, lambda: view.type_box.setCurrentIndex(view.type_box.findData("expenses"))
    )
    assert shown_ids(view) == list(range(COUNT - COUNT % 10, 0, -10))
    filter_to(qtbot, view, lambda: view.type_box.setCurrentIndex(0))

    filter_to(qtbot, view, lambda: view.text_edit.setText("СЫР"))
    assert {session.journal.get(i).receipt().positions[0].text for i in shown_ids(view)} == {
        "Сыр Российский"
    }
    filter_to(qtbot, view, view.text_edit.clear)

    filter_to(qtbot, view, lambda: view.contact_edit.setText("+7 916 000-00-49"))
    assert shown_ids(view) == [49]
    filter_to(qtbot, view, view.contact_edit.clear)

    def amounts() -> None:
        view.amount_from.setText("100")
        view.amount_to.setText("110,50")

    filter_to(qtbot, view, amounts)
    # Receipt n comes to n + 10.50: from 100 to 110.50 is receipts 90 to 100.
    assert shown_ids(view) == list(range(100, 89, -1))

    view.amount_to.setText("сто")
    view.apply_filter()
    assert "Amount to" in view.filter_error.text()
    assert view.model.rowCount() == 11  # the list stays as it was


def test_the_detail_shows_history_fiscal_data_and_the_qr(
    qtbot: QtBot, till: Till, view: JournalView
) -> None:
    session = session_of(till)
    record = fiscalized_sale(qtbot, till, shop_receipt(session, 7, phone="+998901234567"))
    assert record.fiscal is not None
    # The view refreshes from the session's events alone.
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: view.model.index(0, 4).data() == "Fiscalized")

    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.record is not None and view.record.id == record.id)
    text = view.pane.detail.toPlainText()
    assert "Сыр Российский" in text
    assert f"FD {record.fiscal.fd}" in text
    assert f"FP {record.fiscal.fp}" in text
    assert "the app" in text
    assert "Fiscalized" in text
    assert view.pane.qr.text == record.qr
    # The lines as a table: name, quantity, price, amount and VAT each in its own cell.
    assert first_table(view.pane.detail.document())[:3] == [
        ["№", "Item", "Qty", "Price", "Amount", "VAT"],
        ["1", "Сыр Российский", "1", "7.50", "7.50", "VAT 22%"],
        ["2", "Пакет-майка", "2", "5.00", "10.00", "VAT 22%"],
    ]
    # The cashbox's document id whole, in a fixed font: a person may type it into the account.
    assert record.document_id is not None
    assert fixed_font_texts(view.pane.detail.document()).count(record.document_id) == 2
    buttons = view.buttons
    assert buttons.refund_button.isEnabled()
    assert buttons.reprint_button.isEnabled()
    # Fiscal already: never sent again, cancelled or opened to be sent as a new one.
    assert not buttons.retry_button.isEnabled()
    assert not buttons.cancel_button.isEnabled()
    assert not buttons.draft_button.isEnabled()

    with qtbot.waitSignal(view.reprint_requested) as reprint:
        buttons.reprint_button.click()
    assert reprint.args == [view.record]


def test_a_receipt_needing_attention_is_sent_again_from_the_journal(
    qtbot: QtBot, till: Till, view: JournalView, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_of(till)
    receipt_id = session.journal.add(shop_receipt(session, 3), "3000000001")
    session.journal.mark_sending(receipt_id)
    session.journal.mark_needs_attention(receipt_id, "the answer was lost")
    filter_to(qtbot, view, lambda: None)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.record is not None)
    buttons = view.buttons
    assert buttons.retry_button.isEnabled()
    assert buttons.document_button.isEnabled()
    assert not buttons.refund_button.isEnabled()
    # A request may have reached the cashbox: never cancelled, never opened as a new one.
    assert not buttons.cancel_button.isEnabled()
    assert not buttons.draft_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    buttons.retry_button.click()
    qtbot.waitUntil(
        lambda: view.record is not None and view.record.state is ReceiptState.FISCALIZED,
        timeout=15_000,
    )
    assert "a person" in view.pane.detail.toPlainText()
    qtbot.waitUntil(lambda: view.model.index(0, 4).data() == "Fiscalized")


@pytest.mark.usefixtures("russian")
def test_the_state_column_says_it_short_and_the_tooltip_says_why(
    qtbot: QtBot, till: Till, made: list[QWidget]
) -> None:
    session = session_of(till)
    # Made for another cashbox: the till's outbox never sends them nor asks about them, so
    # they stay in the states the test puts them in.
    elsewhere = CashboxTarget(TargetMode.PRODUCTION, "https://cashbox.example")
    stuck = session.journal.add(shop_receipt(session, 3), "3000000001", target=elsewhere)
    session.journal.mark_sending(stuck)
    session.journal.mark_needs_attention(stuck, "ответ кассы потерян")
    late = session.journal.add(
        shop_receipt(session, 4, phone="+998901234567"), "3000000001", target=elsewhere
    )
    session.journal.mark_sending(late)
    session.journal.mark_submitted(late, "3458a748e9bb17bca3f2c9bf9c6316b9")
    session.journal.mark_fiscal_data_late(late, "фискальные данные не пришли за 10 минут")
    view = JournalView(till)
    made.append(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)

    state = view.model.index(1, STATE)
    assert state.data() == "Требует внимания"
    assert state.data(Qt.ItemDataRole.ToolTipRole) == (
        "Требует внимания: результат неизвестен\nответ кассы потерян"
    )
    assert view.model.index(0, STATE).data() == "Данные запаздывают"
    # Every column shows its text whole at 1366×768: the longest state, a phone, the FD.
    table, header = view.table, view.table.horizontalHeader()
    widest_state = max(
        table.fontMetrics().horizontalAdvance(view.model.index(row, STATE).data())
        for row in range(2)
    )
    assert header.sectionSize(STATE) > widest_state
    assert header.length() <= table.viewport().width()

    view.table.selectRow(1)
    qtbot.waitUntil(lambda: view.record is not None and view.record.id == stuck)
    detail = view.pane.detail.toPlainText()
    assert "Требует внимания: результат неизвестен" in detail
    assert "ответ кассы потерян" in detail


def test_a_refund_started_from_the_journal(
    qtbot: QtBot, till: Till, view: JournalView, made: list[QWidget]
) -> None:
    session = session_of(till)
    sale = fiscalized_sale(qtbot, till, shop_receipt(session, 12))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.record is not None and view.record.id == sale.id)
    assert view.buttons.refund_button.isEnabled()
    dialog = view.buttons.start_refund()
    made.insert(0, dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    dialog.set_quantity(2, "1")
    dialog.refund_id_edit.setText("1")
    with qtbot.waitSignal(dialog.submitted) as submitted:
        dialog.refund_button.click()
    (refund_id,) = submitted.args
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    refund = session.journal.get(refund_id)
    assert refund.refund_of == sale.id
    assert refund.receipt_type is ReceiptType.SALE_REFUND
    assert refund.total == Decimal("5.00")
    view.table.selectRow(1)
    qtbot.waitUntil(lambda: f"Refund: receipt {refund_id}, 5.00" in view.pane.detail.toPlainText())


def test_f7_opens_the_journal_beside_the_till(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: bool(window.findChildren(JournalView)))
    (journal,) = window.findChildren(JournalView)
    assert journal.isWindow()
    assert journal.isVisible()
    # Esc closes it, as it closes a dialog; the till is there as it was.
    journal.activateWindow()
    qtbot.waitActive(journal)
    qtbot.keyClick(journal.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not journal.isVisible())
    assert window.isVisible()
