"""What a person does with a receipt from the journal window (F7) and from the list of receipts
that need a person (F8), against the sandbox: a reprinted copy, the copy sent to another
phone, a waiting receipt cancelled and never sent, a receipt opened as the window's new draft."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos_app.core.journal import Actor, DeliveryState, ReceiptState
from pos_app.core.session import TillSession, open_session
from pos_app.qt.attention_list import AttentionList
from pos_app.qt.journal_view import JournalView
from pos_app.qt.main_window import MainWindow
from pos_app.qt.promo_dialog import PromoDialog
from pos_app.qt.receipt_print import record_lines
from pos_app.sandbox.clients import sandbox_clients
from pos_app.sandbox.sandbox import Sandbox
from pos_app.sandbox.till import sandbox_settings
from tests.qt.conftest import close_till, close_window, in_dialog, open_till, type_position
from tests.qt.journal_receipts import fiscalized_sale, shop_receipt


def session_of(window: MainWindow) -> TillSession:
    session = window.till.session
    assert session is not None
    return session


def open_journal(qtbot: QtBot, window: MainWindow) -> JournalView:
    """F7's journal, with the receipts the journal has now."""
    window.screens.open_journal()
    (view,) = window.findChildren(JournalView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return view


def choose(qtbot: QtBot, view: JournalView, receipt_id: int) -> None:
    qtbot.waitUntil(lambda: view.model.row_of(receipt_id) is not None)
    row = view.model.row_of(receipt_id)
    assert row is not None
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: view.record is not None and view.record.id == receipt_id)


def when_open(qtbot: QtBot, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the next modal dialog of ``kind`` (one closing may still be modal)."""

    def check(dialog: QWidget) -> None:
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, lambda: in_dialog(qtbot, check))
            return
        act(dialog)

    in_dialog(qtbot, check)


def answer_text(qtbot: QtBot, text: str, then: Callable[[], None] | None = None) -> None:
    """Type ``text`` in the next question that asks for text, and OK; ``then`` runs before, to
    be ready for what comes next."""

    def typed(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        answered.append(dialog.labelText())
        if then is not None:
            then()
        field = dialog.findChild(QLineEdit)
        assert field is not None
        field.setText(text)
        dialog.accept()

    when_open(qtbot, QInputDialog, typed)


answered: list[str] = []


def say_yes(qtbot: QtBot) -> None:
    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        answered.append(dialog.text())
        button = dialog.button(QMessageBox.StandardButton.Yes)
        assert button is not None
        button.click()

    when_open(qtbot, QMessageBox, yes)


@pytest.fixture(autouse=True)
def forget_answers() -> Iterator[None]:
    answered.clear()
    yield
    answered.clear()


def test_a_reprint_from_the_journal_is_a_copy_and_fiscalizes_nothing(
    qtbot: QtBot, shop_window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    window = shop_window
    session = session_of(window)
    sale = fiscalized_sale(qtbot, window.till, shop_receipt(session, 7))
    documents = len(sandbox.documents())
    view = open_journal(qtbot, window)
    choose(qtbot, view, sale.id)
    pdf = tmp_path / "copy.pdf"

    def print_to_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        file_name = next(e for e in dialog.findChildren(QLineEdit) if e.objectName() == "filename")
        file_name.setText(str(pdf))
        dialog.accept()

    def paper(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        when_open(qtbot, QPrintDialog, print_to_file)
        dialog.accept()  # 80 mm

    when_open(qtbot, QInputDialog, paper)
    view.buttons.reprint_button.click()

    qtbot.waitUntil(pdf.exists)
    assert pdf.read_bytes().startswith(b"%PDF")
    printed = [line.left for line in record_lines(sale, session.settings, copy=True)]
    assert "КОПИЯ" in printed
    after = session.journal.get(sale.id)
    assert after.history == sale.history
    assert len(sandbox.documents()) == documents
    view.close()


def test_the_copy_goes_again_to_another_phone_the_customer_gives(
    qtbot: QtBot, shop_window: MainWindow, sandbox: Sandbox
) -> None:
    window = shop_window
    session = session_of(window)
    sale = fiscalized_sale(qtbot, window.till, shop_receipt(session, 5, phone="+998901234567"))
    qtbot.waitUntil(
        lambda: session.journal.get(sale.id).delivery.state is DeliveryState.DELIVERED,
        timeout=15_000,
    )
    view = open_journal(qtbot, window)
    choose(qtbot, view, sale.id)
    qtbot.waitUntil(view.buttons.resend_button.isEnabled)

    # A mistyped number is said plainly and asked again; the number Checker.uz writes is taken.
    answer_text(qtbot, "12", then=lambda: answer_text(qtbot, "998909998877"))
    view.buttons.resend_button.click()

    assert answered[0].endswith("to the phone:")
    assert "is not a phone number" in answered[1]

    def phones() -> list[object]:
        return [
            r.json.get("customer_phone")
            for r in sandbox.requests("checker")
            if isinstance(r.json, dict)
        ]

    qtbot.waitUntil(lambda: "998909998877" in phones(), timeout=15_000)
    assert phones() == ["998901234567", "998909998877"]
    qtbot.waitUntil(
        lambda: session.journal.get(sale.id).delivery.state is DeliveryState.DELIVERED,
        timeout=15_000,
    )
    record = session.journal.get(sale.id)
    assert record.phone == "+998909998877"
    asked = [e for e in record.history if e.actor is Actor.PERSON]
    assert "copy to +998909998877 (was +998901234567)" in asked[-1].detail
    qtbot.waitUntil(lambda: "+998909998877" in view.pane.detail.toPlainText())
    view.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def unreachable() -> Iterator[Sandbox]:
    """A sandbox on a port of its own, stopped by the test while it needs the service away
    and started again on the same port."""
    with Sandbox(seed=20261123, pending_polls=0, port=free_port()) as running:
        yield running


@pytest.fixture
def offline_window(qtbot: QtBot, unreachable: Sandbox, tmp_path: Path) -> Iterator[MainWindow]:
    def opener() -> TillSession:
        return open_session(
            sandbox_settings(unreachable),
            folder=tmp_path,
            clients=lambda _settings: sandbox_clients(unreachable, read_timeout=10.0),
            sandbox=True,
        )

    till = open_till(qtbot, opener)
    window = MainWindow(till)
    window.show()
    yield window
    close_window(qtbot, window)
    close_till(qtbot, till)


def test_a_receipt_that_never_left_is_cancelled_with_its_reason_and_never_sent(
    qtbot: QtBot, offline_window: MainWindow, unreachable: Sandbox
) -> None:
    window = offline_window
    session = session_of(window)
    unreachable.stop()
    waiting = session.submit(shop_receipt(session, 3))
    qtbot.waitUntil(lambda: session.journal.get(waiting).last_error is not None, timeout=15_000)
    assert session.journal.get(waiting).state is ReceiptState.QUEUED
    view = open_journal(qtbot, window)
    choose(qtbot, view, waiting)
    buttons = view.buttons
    assert buttons.cancel_button.isEnabled()
    assert not buttons.reprint_button.isEnabled()

    # A blank reason is asked again; then the cancel is confirmed.
    answer_text(
        qtbot,
        "",
        then=lambda: answer_text(
            qtbot, "the customer left without paying", then=lambda: say_yes(qtbot)
        ),
    )
    buttons.cancel_button.click()

    qtbot.waitUntil(lambda: view.record is not None and view.record.state is ReceiptState.CANCELLED)
    assert answered[1].startswith("Write the reason")
    assert "Cancel receipt" in answered[2]
    history = session.journal.get(waiting).history
    assert (history[-1].actor, history[-1].detail) == (
        Actor.PERSON,
        "the customer left without paying",
    )
    assert not buttons.cancel_button.isEnabled()

    # The service back: the next receipt goes out, the cancelled one (older) never does.
    unreachable.start()
    sent = session.submit(shop_receipt(session, 4))
    session.wake()
    qtbot.waitUntil(
        lambda: session.journal.get(sent).state is ReceiptState.FISCALIZED, timeout=30_000
    )
    assert session.journal.get(waiting).state is ReceiptState.CANCELLED
    assert [d.receipt.total for d in unreachable.documents()] == [Decimal("14.50")]
    creates = [r for r in unreachable.requests("intellectmoney") if "createReceipt" in r.path]
    assert len(creates) == 1
    view.close()


def test_a_rejected_receipt_opens_as_the_windows_new_draft(
    qtbot: QtBot, shop_window: MainWindow
) -> None:
    window = shop_window
    session = session_of(window)
    journal = session.journal
    rejected = journal.add(
        shop_receipt(session, 9, phone="+998901234567"), session.settings.invoice_id
    )
    journal.mark_sending(rejected)
    journal.mark_rejected(rejected, "the cashbox refused the VAT rate")
    type_position(qtbot, window.editor, "Чай", "1", "90")
    qtbot.waitUntil(lambda: len(window.editor.draft.positions) == 1)
    view = open_journal(qtbot, window)
    choose(qtbot, view, rejected)
    assert view.buttons.draft_button.isEnabled()
    assert not view.buttons.cancel_button.isEnabled()

    say_yes(qtbot)  # the receipt being built is replaced
    view.buttons.draft_button.click()

    original = journal.get(rejected).receipt()
    qtbot.waitUntil(lambda: window.editor.draft.positions == original.positions)
    content = window.editor.draft.content
    assert "Replace the receipt being built" in answered[0]
    assert content.electronic == "19.50"
    assert content.phone == "+998901234567"
    assert content.invoice == journal.get(rejected).invoice_id
    assert journal.get(rejected).state is ReceiptState.REJECTED  # it stays as it was
    view.close()


def held_receipt(session: TillSession, number: int) -> int:
    journal = session.journal
    held = journal.add(shop_receipt(session, number), session.settings.invoice_id)
    journal.mark_sending(held)
    journal.mark_held(held, "refused for an unknown reason (code 77)")
    return held


def test_the_attention_list_opens_a_held_receipt_as_a_new_draft_cancelling_it_first(
    qtbot: QtBot, shop_window: MainWindow
) -> None:
    window = shop_window
    session = session_of(window)
    held = held_receipt(session, 11)
    dialog = AttentionList(window.till, window)
    dialog.draft_requested.connect(window.screens.open_draft)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.draft_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    assert not dialog.document_button.isEnabled()

    answer_text(qtbot, "opened again to fix the VAT", then=lambda: say_yes(qtbot))
    dialog.draft_button.click()

    qtbot.waitUntil(lambda: len(window.editor.draft.positions) == 2)
    assert "still waiting to be sent" in answered[0]
    assert window.editor.draft.content.electronic == "21.50"
    record = session.journal.get(held)
    assert record.state is ReceiptState.CANCELLED
    assert record.history[-1].detail == "opened again to fix the VAT"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    dialog.deleteLater()


def test_the_attention_list_cancels_a_held_receipt(qtbot: QtBot, shop_window: MainWindow) -> None:
    window = shop_window
    session = session_of(window)
    held = held_receipt(session, 6)
    dialog = AttentionList(window.till, window)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)

    answer_text(qtbot, "rung again on another receipt", then=lambda: say_yes(qtbot))
    dialog.cancel_button.click()

    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    assert session.journal.get(held).state is ReceiptState.CANCELLED
    assert dialog.empty.isVisibleTo(dialog)
    dialog.close()
    dialog.deleteLater()


def test_a_refund_is_not_opened_as_a_new_draft(qtbot: QtBot, shop_window: MainWindow) -> None:
    window = shop_window
    session = session_of(window)
    sale = fiscalized_sale(qtbot, window.till, shop_receipt(session, 2))
    refund = session.journal.add(
        shop_receipt(session, 2), sale.invoice_id, refund_id=1, refund_of=sale.id
    )
    session.journal.cancel(refund, "typed by mistake")
    view = open_journal(qtbot, window)
    choose(qtbot, view, refund)
    assert not view.buttons.draft_button.isEnabled()
    assert not view.buttons.refund_button.isEnabled()
    view.close()


def test_a_fiscalized_sale_goes_to_a_promo_campaign_from_the_journal(
    qtbot: QtBot, shop_window: MainWindow
) -> None:

    window = shop_window
    session = session_of(window)
    sale = fiscalized_sale(qtbot, window.till, shop_receipt(session, 9))
    view = open_journal(qtbot, window)
    choose(qtbot, view, sale.id)
    assert view.buttons.promo_button.isEnabled()

    view.buttons.promo_button.click()

    qtbot.waitUntil(lambda: bool(view.findChildren(PromoDialog)))
    (panel,) = view.findChildren(PromoDialog)
    assert panel.record is not None
    assert panel.record.id == sale.id
    panel.close()
