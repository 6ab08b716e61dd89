"""Qt tests' helpers: a receipt editor for the sandbox's shop, a sandbox till for the window,
the real OS keyring under a throwaway name."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos_app.core import credentials
from pos_app.core.catalog.sample import load_sample
from pos_app.core.credentials import CredentialName, NoKeyringError
from pos_app.core.draft import ReceiptDraft
from pos_app.core.session import TillSession, open_session
from pos_app.qt import till_scanning
from pos_app.qt.main_window import MainWindow
from pos_app.qt.receipt_editor import ReceiptEditor
from pos_app.qt.scanner import ScannerFilter
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Opener, Till
from pos_app.sandbox.clients import sandbox_clients
from pos_app.sandbox.sandbox import Sandbox
from pos_app.sandbox.till import open_sandbox_session, sandbox_settings

INN, GROUP = "7000000003", "Main"


class KeyClock:
    """The window's scanner clock in tests: every look moves it on by a person's pace between
    keys, or a scanner's inside :meth:`scanner`. Keys sent at a test's speed would otherwise
    all look like scans."""

    PERSON = 0.2
    SCANNER = 0.003

    def __init__(self) -> None:
        self.now = 1000.0
        self.step = self.PERSON

    def __call__(self) -> float:
        self.now += self.step
        return self.now

    @contextmanager
    def scanner(self) -> Iterator[None]:
        self.step = self.SCANNER
        try:
            yield
        finally:
            self.step = self.PERSON


@pytest.fixture(autouse=True)
def key_clock(monkeypatch: pytest.MonkeyPatch) -> KeyClock:
    """Every window a test opens has its scanner on a :class:`KeyClock`."""
    clock = KeyClock()
    monkeypatch.setattr(till_scanning, "ScannerFilter", partial(ScannerFilter, clock=clock))
    return clock


@pytest.fixture
def editor(qtbot: QtBot) -> ReceiptEditor:
    widget = ReceiptEditor(ReceiptDraft(INN, GROUP))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_till(qtbot: QtBot, opener: Opener) -> Till:
    """A till whose session is open (in the background, as the app does it)."""
    made = Till(opener, Tasks())
    made.open()
    qtbot.waitUntil(lambda: made.session is not None, timeout=10_000)
    return made


def close_till(qtbot: QtBot, till: Till) -> None:
    till.close()
    qtbot.waitUntil(lambda: till.is_shut, timeout=30_000)
    tasks = till.tasks
    tasks.shutdown()
    # Deleted here, on the UI thread: left to the garbage collector, a Qt object in a cycle
    # may be freed on whichever thread collects (a worker), and Qt crashes.
    shiboken6.delete(till)
    shiboken6.delete(tasks)
    # What the test left in reference cycles (windows, dialogs, their slots) is collected now,
    # on the UI thread, not later by whichever thread happens to trigger the collector.
    gc.collect()


def close_window(qtbot: QtBot, window: MainWindow) -> None:
    """Close as the cashier does (nothing left on the receipt, so nothing to ask), wait
    until the session behind it has closed, and delete the window; a window the test closed
    itself is only deleted."""
    if not shiboken6.isValid(window):
        return
    if not window.is_closed:
        window.editor.draft.clear()
        window.close()
        qtbot.waitUntil(lambda: window.is_closed, timeout=30_000)
    # Deleted here, on the UI thread, for the reason close_till gives.
    shiboken6.delete(window)


@pytest.fixture
def till(qtbot: QtBot) -> Iterator[Till]:
    opened = open_till(qtbot, open_sandbox_session)
    yield opened
    close_till(qtbot, opened)


@pytest.fixture
def window(qtbot: QtBot, till: Till) -> Iterator[MainWindow]:
    made = MainWindow(till)
    made.show()
    yield made
    close_window(qtbot, made)


@pytest.fixture
def os_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The real OS keyring, under a throwaway service name so that a developer's own pos-app
    credentials are never touched; skipped where there is no keyring."""
    monkeypatch.setenv(credentials.SERVICE_ENV, f"pos-app-tests-{uuid.uuid4().hex[:8]}")
    try:
        credentials.status()
    except NoKeyringError as error:
        pytest.skip(
            f"no OS keyring here ({error.params['backend']}); scripts/test.sh runs these tests"
            " against gnome-keyring in a private D-Bus session"
        )
    yield
    for name in CredentialName:
        credentials.delete(name)


def type_position(
    qtbot: QtBot, editor: ReceiptEditor, name: str, quantity: str, price: str
) -> None:
    """Type a position as a cashier would, ending with Enter. (Cyrillic goes in as an input
    method would put it: QTest's key clicks know ASCII keys only.)"""
    editor.ui.name.setFocus()
    editor.ui.name.insert(name)
    editor.ui.quantity.selectAll()
    qtbot.keyClicks(editor.ui.quantity, quantity)
    qtbot.keyClicks(editor.ui.price, price)
    qtbot.keyClick(editor.ui.price, Qt.Key.Key_Return)


@pytest.fixture
def shop_window(qtbot: QtBot, sandbox: Sandbox, tmp_path: Path) -> Iterator[MainWindow]:
    """The window on a till whose sandbox the test reaches (faults, documents)."""

    def opener() -> TillSession:
        session = open_session(
            sandbox_settings(sandbox),
            folder=tmp_path,
            clients=lambda _settings: sandbox_clients(sandbox, read_timeout=10.0),
            sandbox=True,
        )
        load_sample(session.journal.catalog)
        return session

    opened = open_till(qtbot, opener)
    made = MainWindow(opened)
    made.show()
    made.activateWindow()
    qtbot.waitActive(made)
    yield made
    close_window(qtbot, made)
    close_till(qtbot, opened)


def type_text(widget: QWidget, text: str) -> None:
    """Typing as a keyboard does, Cyrillic included (QTest's key clicks know ASCII only):
    key events carrying the text, to the widget with the focus."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            )


def focused(qtbot: QtBot) -> QWidget:
    """The widget with the focus, where a key goes."""
    if QApplication.focusWidget() is None:
        # After a dialog a window manager makes the window active again; offscreen, the test does.
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    target = QApplication.focusWidget()
    assert target is not None
    return target


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """A key pressed wherever the focus is now (F-keys reach the window's actions)."""
    qtbot.keyClick(focused(qtbot), key)


def in_dialog(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the modal dialog about to open (its event loop blocks the caller)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            QTimer.singleShot(10, run)
            return
        try:
            act(dialog)
        except BaseException:
            # A failed check must not leave the test waiting on an open dialog.
            dialog.close()
            raise

    QTimer.singleShot(0, run)


@pytest.fixture
def made(till: Till) -> Iterator[list[QWidget]]:
    """Widgets a test opens over the till, deleted on the UI thread before the till closes: a
    widget left to the garbage collector may be freed on a worker thread, and Qt crashes."""
    widgets: list[QWidget] = []
    yield widgets
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
    widgets.clear()
    gc.collect()
