"""Starts the Qt application: the language, the cashier's window over the till (the session
opened in the background, from the shop's settings or the sandbox), and closes everything in
order when the window closes, or when the system asks the app to stop (SIGTERM, Ctrl+C).

The window is painted first: what its first paint does not need (the journal, the services'
clients, the keyring, the dialogs) is imported after it, in :func:`start_after_painting` and
in the background job that opens the session (tests/packaging/test_startup_imports.py pins it).
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from types import FrameType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from pos_app import APP_NAME, __version__
from pos_app.core import paths
from pos_app.logging_setup import LogFile, configure_logging
from pos_app.qt.first_paint import AfterFirstPaint
from pos_app.qt.main_window import MainWindow
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Till
from pos_app.qt.translations import choose_language, install_translators

if TYPE_CHECKING:
    from pos_app.core.session import TillSession

logger = logging.getLogger(__name__)


def run_app(
    *, sandbox: bool, language: str | None, shown: Callable[[MainWindow], None] | None = None
) -> int:
    """The cashier's window until it is closed; the exit code. ``shown`` is told of the window
    once it is shown, before its first paint (``pos-app --smoke`` watches it)."""
    log_file = configure_app_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    if not isinstance(app, QApplication):
        raise RuntimeError("a QApplication is needed")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    translators = install_translators(app, choose_language(language or saved_language()))
    tasks = Tasks()
    till = Till(sandbox_session if sandbox else production_session, tasks)
    window = MainWindow(till)
    window.show()
    with ExitStack() as after_painting:

        def painted() -> None:
            # The log file and the stop signals need logging.handlers and socket (some 7 ms):
            # the window is painted without them.
            if log_file is not None:
                log_file.open()
            after_painting.enter_context(closing_on_signals(window))
            start_after_painting(window, till, sandbox=sandbox)

        AfterFirstPaint(window, painted)
        if shown is not None:
            shown(window)
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


def configure_app_logging() -> LogFile | None:
    """To standard error and the data folder's log file, which its records wait for until it
    is opened after the first paint; None without one. A data folder that cannot be used does
    not stop the start: it is said here, and the window says it too when the session cannot
    open its journal there."""
    try:
        handlers = configure_logging(
            level=logging.INFO,
            log_file=paths.data_dir() / "logs" / "pos-app.log",
            open_file_later=True,
        )
    except OSError as error:
        configure_logging(level=logging.INFO)
        logger.warning("No log file: the data folder cannot be used (%s)", error)
        return None
    return next(handler for handler in handlers if isinstance(handler, LogFile))


# The imports below the first paint are made where they are needed (PLC0415 allowed here).
# ruff: noqa: PLC0415


def start_after_painting(window: MainWindow, till: Till, *, sandbox: bool) -> None:
    """What the window needs once it is on screen: its other screens' keys (reports, shifts;
    the shop's settings, the first-run guide and the settings file watched in production),
    then the session opens in the background. A screen's ``install_*(window, till)`` goes
    here: imported now, its module stays out of the first paint."""
    if till.closed:
        return
    from pos_app.qt.promo_action import install_promo_action
    from pos_app.qt.reports_window import install_report_action
    from pos_app.qt.shift_actions import install_shift_actions

    install_report_action(window, till)
    install_shift_actions(window, till)
    install_promo_action(window, till)
    if not sandbox:
        from pos_app.qt.first_run import offer_first_run
        from pos_app.qt.settings_dialog import install_settings_action
        from pos_app.qt.settings_watcher import SettingsWatcher

        SettingsWatcher(till, paths.config_dir())
        install_settings_action(window, till)
        offer_first_run(window, till)
    till.open()


# The openers run in the background job: the journal, the services' clients, the keyring and
# the sandbox are imported there, not before the window is painted. The libraries that check
# what the cashier types, and draw QR codes, are loaded there too, so that the first phone,
# e-mail or QR code does not load one on the UI thread.
LOADED_IN_THE_BACKGROUND = ("phonenumbers", "email_validator", "stdnum.ru.inn", "qrcode.main")


def production_session() -> TillSession:
    from pos_app.core.session import open_production_session

    session = open_production_session()
    _load_in_the_background()
    return session


def sandbox_session() -> TillSession:
    from pos_app.sandbox.till import open_sandbox_session

    session = open_sandbox_session()
    _load_in_the_background()
    return session


def _load_in_the_background() -> None:
    for name in LOADED_IN_THE_BACKGROUND:
        importlib.import_module(name)


def saved_language() -> str | None:
    """The language the shop chose in its settings (None: the system's). Read before the
    window exists; a broken file is reported by the session, not here."""
    from pos_app.core.errors import ValidationError
    from pos_app.core.settings_file import SettingsError
    from pos_app.core.settings_file import saved_language as read_language

    try:
        return read_language() or None
    except (SettingsError, ValidationError, OSError):
        return None


@contextmanager
def closing_on_signals(window: QWidget) -> Iterator[None]:
    """SIGTERM and SIGINT close the window as the cashier would: the session closes in order
    and the sandbox's folder and threads are removed. (Python's handler runs only when Qt's
    loop hands control back, so the signal wakes the loop through a socket.) Armed after the
    first paint: the window is painted without signal, socket or QSocketNotifier."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    stop_signals = (signal.SIGTERM, signal.SIGINT)

    wake_read, wake_write = socket.socketpair()
    wake_read.setblocking(False)
    wake_write.setblocking(False)
    previous_fd = signal.set_wakeup_fd(wake_write.fileno())
    previous = {number: signal.signal(number, _note) for number in stop_signals}
    notifier = QSocketNotifier(wake_read.fileno(), QSocketNotifier.Type.Read, window)

    def woken() -> None:
        try:
            received = wake_read.recv(64)
        except BlockingIOError:
            return
        if any(byte in stop_signals for byte in received):
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
