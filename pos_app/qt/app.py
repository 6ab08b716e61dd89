"""Starts the Qt application: the language, the cashier's window over the till (the session
opened in the background, from the shop's settings or the sandbox), and closes everything in
order when the window closes, or when the system asks the app to stop (SIGTERM, Ctrl+C)."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

from pos_app import APP_NAME, __version__
from pos_app.core import paths
from pos_app.core.errors import ValidationError
from pos_app.core.session import open_production_session
from pos_app.core.settings import SettingsError, load_settings
from pos_app.logging_setup import configure_logging
from pos_app.qt.first_run import offer_first_run
from pos_app.qt.main_window import MainWindow
from pos_app.qt.reports_window import install_report_action
from pos_app.qt.settings_dialog import install_settings_action
from pos_app.qt.settings_watcher import SettingsWatcher
from pos_app.qt.shift_actions import install_shift_actions
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Opener, Till
from pos_app.qt.translations import choose_language, install_translators

logger = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def run_app(*, sandbox: bool, language: str | None) -> int:
    configure_logging(level=logging.INFO, log_file=paths.data_dir() / "logs" / "pos-app.log")
    app = QApplication.instance() or QApplication(sys.argv)
    if not isinstance(app, QApplication):
        raise RuntimeError("a QApplication is needed")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    translators = install_translators(app, choose_language(language or saved_language()))
    tasks = Tasks()
    till = Till(sandbox_opener() if sandbox else open_production_session, tasks)
    window = MainWindow(till)
    install_report_action(window, till)
    install_shift_actions(window, till)
    if not sandbox:
        SettingsWatcher(till, paths.config_dir())
        install_settings_action(window, till)
        offer_first_run(window, till)
    window.show()
    till.open()
    with closing_on_signals(window):
        code = app.exec()
    # Everything Qt owns goes before the interpreter starts its own teardown (see
    # tests/qt/test_app_exit.py): the worker, then the window and the till.
    tasks.shutdown()
    window.deleteLater()
    till.deleteLater()
    tasks.deleteLater()
    app.sendPostedEvents()
    del translators
    return code


def sandbox_opener() -> Opener:
    from pos_app.sandbox.till import open_sandbox_session  # noqa: PLC0415 - sandbox mode only

    return open_sandbox_session


def saved_language() -> str | None:
    """The language the shop chose in its settings (None: the system's). Read before the
    window exists; a broken file is reported by the session, not here."""
    try:
        return load_settings().language or None
    except (SettingsError, ValidationError):
        return None


@contextmanager
def closing_on_signals(window: QWidget) -> Iterator[None]:
    """SIGTERM and SIGINT close the window as the cashier would: the session closes in order
    and the sandbox's folder and threads are removed. (Python's handler runs only when Qt's
    loop hands control back, so the signal wakes the loop through a socket.)"""
    wake_read, wake_write = socket.socketpair()
    wake_read.setblocking(False)
    wake_write.setblocking(False)
    previous_fd = signal.set_wakeup_fd(wake_write.fileno())
    previous = {number: signal.signal(number, _note) for number in STOP_SIGNALS}
    notifier = QSocketNotifier(wake_read.fileno(), QSocketNotifier.Type.Read, window)

    def woken() -> None:
        try:
            received = wake_read.recv(64)
        except BlockingIOError:
            return
        if any(byte in STOP_SIGNALS for byte in received):
            logger.info("Asked to stop: closing the window")
            window.close()

    notifier.activated.connect(woken)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        wake_read.close()
        wake_write.close()


def _note(number: int, frame: FrameType | None) -> None:
    """The wake-up socket did the work; nothing else to do here."""
    del number, frame
