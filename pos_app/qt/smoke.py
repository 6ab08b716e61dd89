"""`pos-app --smoke`: start the cashier's window as a shop would, wait until it is shown and
painted (print ``ok``) and until its session has opened, then close it as the cashier does (the
session closes in order) and exit 0. It proves that an installation (a bundle, the .deb) starts;
the benchmarks time the ``ok``."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from pos_app.cli.exit_codes import ExitCode
from pos_app.qt.app import run_app
from pos_app.qt.main_window import MainWindow

# Generous: a cold start from a slow disk takes seconds, a broken one never paints.
TIMEOUT_MS = 60_000


class FirstPaint(QObject):
    """Says ``ok`` once the main window has been painted, then closes it once its session has
    opened (or failed to: ``failure`` says why). It watches that window only: a filter on the
    whole application would make Python wrap every object that gets an event, and slow down
    the start it measures."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.painted = False
        self.failure: str | None = None
        self._window: MainWindow | None = None

    def watch(self, window: MainWindow) -> None:
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        window = self._window
        if not self.painted and watched is window and event.type() == QEvent.Type.Paint:
            self.painted = True
            # Queued, so the paint this event asks for is finished first.
            QTimer.singleShot(0, window, lambda: self._on_painted(window))
        return False

    def _on_painted(self, window: MainWindow) -> None:
        print("ok", flush=True)
        window.removeEventFilter(self)
        till = window.till
        if till.session is not None:
            window.close()
            return
        # Queued: the window hears of the session first, as it would for the cashier.
        till.opened.connect(lambda _session: QTimer.singleShot(0, window, window.close))
        till.failed.connect(lambda error: self._on_failed(window, error))

    def _on_failed(self, window: MainWindow, error: Exception) -> None:
        self.failure = window.till.tasks.describe(error)
        QTimer.singleShot(0, window, window.close)


def run(args: argparse.Namespace) -> int:
    """The window the way `pos-app [--sandbox] [--lang]` opens it (the app's own start-up,
    unchanged), closed once it is painted and its session is open."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    watcher = FirstPaint(app)
    # Owned by the watcher and stopped below: an application that lives on (tests) is never
    # ended later by a stray timer.
    deadline = QTimer(watcher)
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: app.exit(ExitCode.FAILED))
    deadline.start(TIMEOUT_MS)
    try:
        code = run_app(sandbox=args.sandbox, language=args.lang, shown=watcher.watch)
    finally:
        deadline.stop()
        watcher.setParent(None)
    if watcher.painted and watcher.failure is None and code == ExitCode.OK:
        return ExitCode.OK
    if watcher.failure is not None:
        problem = f"the till could not be opened. {watcher.failure}"
    elif watcher.painted:
        problem = (
            f"the window was not closed within {TIMEOUT_MS // 1000} s (exit code {code});"
            " the log in the data folder may say why."
        )
    else:
        problem = (
            f"the main window was not painted within {TIMEOUT_MS // 1000} s;"
            " the log in the data folder may say why."
        )
    print(f"Smoke test failed: {problem}", file=sys.stderr)
    return code or ExitCode.FAILED
