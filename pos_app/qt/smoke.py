"""`pos-app --smoke`: start the cashier's window as a shop would, wait until it is shown and
painted, print ``ok``, close it as the cashier does (the session closes in order) and exit 0.
It proves that an installation (a bundle, the .deb) starts; the benchmarks time the ``ok``."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from pos_app.cli import gui
from pos_app.cli.exit_codes import ExitCode

# Generous: a cold start from a slow disk takes seconds, a broken one never paints.
TIMEOUT_MS = 60_000


class FirstPaint(QObject):
    """Says ``ok`` once a visible main window has been painted, then closes that window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if (
            not self.painted
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QMainWindow)
            and watched.isVisible()
        ):
            self.painted = True
            # Queued, so the paint this event asks for is finished first.
            QTimer.singleShot(0, watched, lambda: self._close(watched))
        return False

    def _close(self, window: QMainWindow) -> None:
        print("ok", flush=True)
        # As the cashier closes it: the window waits for the session to close, then the app
        # quits with its last window.
        window.close()


def run(args: argparse.Namespace) -> int:
    """The window the way `pos-app [--sandbox] [--lang]` opens it, ended after its first paint.
    The app's own start-up (run_app through the default command) is used unchanged."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    # Owned by the watcher and stopped below: an application that lives on (tests) is never
    # ended later by a stray timer.
    deadline = QTimer(watcher)
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: app.exit(ExitCode.FAILED))
    deadline.start(TIMEOUT_MS)
    try:
        code = gui.run(args)
    finally:
        deadline.stop()
        app.removeEventFilter(watcher)
        watcher.setParent(None)
    if watcher.painted and code == ExitCode.OK:
        return ExitCode.OK
    what = "closed" if watcher.painted else "painted"
    print(
        f"Smoke test failed: the main window was not {what} within {TIMEOUT_MS // 1000} s"
        f" (exit code {code}); the log in the data folder may say why.",
        file=sys.stderr,
    )
    return code or ExitCode.FAILED
