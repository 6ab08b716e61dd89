"""The UI thread only paints and reacts: every journal write and every request to a service
runs on another thread, whichever screen asked for it."""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.qt.main_window import MainWindow
from pos_app.sandbox.till import open_sandbox_session
from tests.qt.conftest import close_till, close_window, open_till, type_position

# A write transaction begins IMMEDIATE; a reader's COMMIT (the window's catalog search on its
# read-only connection) ends a read and writes nothing.
WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN IMMEDIATE")


@dataclass
class ThreadSpy:
    """Where journal statements and outgoing connections ran: every SQLite connection is
    traced from the moment it is opened, on the thread that opens it (a connection is bound
    to its thread); outgoing connections are seen through the interpreter's audit events."""

    active: bool = False
    writes: list[tuple[int, str]] = field(default_factory=list)
    connects: list[tuple[int, object]] = field(default_factory=list)

    def hook(self, event: str, args: tuple[object, ...]) -> None:
        if self.active and event == "socket.connect":
            self.connects.append((threading.get_ident(), args[1]))

    def connect(
        self, opener: Callable[..., sqlite3.Connection]
    ) -> Callable[..., sqlite3.Connection]:
        def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
            connection = opener(*args, **kwargs)
            connection.set_trace_callback(self._statement)
            return connection

        return traced

    def _statement(self, statement: str) -> None:
        if self.active and statement.lstrip().upper().startswith(WRITES):
            self.writes.append((threading.get_ident(), statement.split(maxsplit=1)[0]))


_SPY = ThreadSpy()
# Audit hooks cannot be removed: one for the whole run, switched on by the fixture.
sys.addaudithook(_SPY.hook)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Iterator[ThreadSpy]:
    monkeypatch.setattr(sqlite3, "connect", _SPY.connect(sqlite3.connect))
    _SPY.writes.clear()
    _SPY.connects.clear()
    _SPY.active = True
    yield _SPY
    _SPY.active = False


def test_the_ui_thread_never_writes_the_journal_or_calls_a_service(
    qtbot: QtBot, spy: ThreadSpy
) -> None:
    ui_thread = threading.get_ident()
    till = open_till(qtbot, open_sandbox_session)
    window = MainWindow(till)
    window.show()
    type_position(qtbot, window.editor, "Хлеб", "2", "45.50")
    window.editor.draft.set_contact(phone="+998901234567")
    qtbot.mouseClick(window.buttons["cash"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "✔ copy" in window.result.steps_label.text(), timeout=10_000)
    close_window(qtbot, window)
    close_till(qtbot, till)

    # The journal was written (receipt, states, delivery) and the services were called...
    assert {statement for _, statement in spy.writes} >= {"INSERT", "UPDATE"}
    assert spy.connects
    # ...never from the UI thread.
    assert all(thread != ui_thread for thread, _ in spy.writes)
    assert all(thread != ui_thread for thread, _ in spy.connects)
    # Every job the window ran (opening, the durable commit, reads, closing) ran elsewhere.
    names = {job.name for job in till.tasks.history}
    assert {"open the till", "submit a receipt", "read a receipt", "close the till"} <= names
    assert all(job.thread_id != ui_thread for job in till.tasks.history)
