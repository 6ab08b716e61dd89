"""Closing the window: it waits for the receipt on its way (the outbox stops after its request
has ended, never in the middle), and a close refused by someone else leaves it working."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from pytestqt.qtbot import QtBot

from pos_app.core.journal import JOURNAL_FILE, Journal, ReceiptState
from pos_app.core.session import TillSession, open_session
from pos_app.qt.main_window import MainWindow
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from pos_app.sandbox.till import sandbox_settings
from tests.qt.conftest import close_till, close_window, open_till, type_position


def sell_bread(qtbot: QtBot, window: MainWindow) -> None:
    type_position(qtbot, window.editor, "Хлеб", "1", "45.50")
    window.editor.draft.set_payments(cash="50")
    qtbot.mouseClick(window.buttons["cash"], Qt.MouseButton.LeftButton)


def test_closing_waits_for_the_receipt_on_its_way_to_the_cashbox(
    qtbot: QtBot, sandbox: Sandbox, tmp_path: Path
) -> None:
    def opener() -> TillSession:
        return open_session(
            sandbox_settings(sandbox),
            folder=tmp_path,
            clients=lambda _settings: sandbox_clients(sandbox, read_timeout=10.0),
            sandbox=True,
        )

    # The cashbox takes its time: the receipt is still on its way when the cashier closes.
    sandbox.set_faults("intellectmoney", latency=1.0)
    till = open_till(qtbot, opener)
    window = MainWindow(till)
    window.show()
    session = till.session
    assert session is not None
    sell_bread(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            session.journal.list_recent()[:1] != ()
            and session.journal.get(1).state is ReceiptState.SENDING
        ),
        timeout=10_000,
    )
    # The window has heard the journal took it (the receipt is no longer on the editor).
    qtbot.waitUntil(lambda: window.editor.model.rowCount() == 0)

    window.close()

    assert window.isVisible()  # not yet: the request is still out
    assert not window.is_closed
    assert window.statusBar().currentMessage() == "Closing…"
    qtbot.waitUntil(lambda: window.is_closed, timeout=30_000)
    assert not window.isVisible()
    with Journal.open(tmp_path / JOURNAL_FILE) as journal:
        # The answer was waited for: the receipt is not left "sending" for a person to untangle.
        assert journal.get(1).state in (ReceiptState.SUBMITTED, ReceiptState.FISCALIZED)
    close_window(qtbot, window)
    close_till(qtbot, till)


class RefuseOnce(QObject):
    """Someone who says no to the first close (an unsaved-work question answered No)."""

    refused = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.Close and not self.refused:
            self.refused = True
            event.ignore()
            return True
        return False


def test_a_refused_close_leaves_the_window_working_and_a_second_close_works(
    qtbot: QtBot, window: MainWindow
) -> None:
    refuse = RefuseOnce(window)
    window.installEventFilter(refuse)

    assert not window.close()

    assert refuse.refused
    assert window.isVisible()
    # Still subscribed: a receipt sold now is followed to its fiscal data.
    sell_bread(qtbot, window)
    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=10_000)
    window.close()
    qtbot.waitUntil(lambda: window.is_closed, timeout=30_000)
    assert not window.isVisible()
