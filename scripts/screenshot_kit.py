"""What the screenshot scripts share: where the pictures go, waiting on Qt's loop without a
fixed sleep, and a Russian sandbox till opened and closed as the app does it."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication

from pos_app.core.session import TillSession
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Opener, Till
from pos_app.qt.translations import install_translators
from pos_app.sandbox.till import open_sandbox_session

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def wait_until(app: QApplication, done: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


@contextmanager
def russian_sandbox_till(
    opener: Opener = open_sandbox_session,
) -> Iterator[tuple[QApplication, Till, TillSession]]:
    """The app in Russian over a sandbox till (``opener``'s session) whose session is open;
    closed in order after."""
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    install_translators(app, "ru")
    till = Till(opener, Tasks())
    till.open()
    wait_until(app, lambda: till.session is not None)
    session = till.session
    if session is None:
        raise SystemExit("The sandbox till did not open.")
    try:
        yield app, till, session
    finally:
        till.close()
        wait_until(app, lambda: till.is_shut, 60.0)
        till.tasks.shutdown()
