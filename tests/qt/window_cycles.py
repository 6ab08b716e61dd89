"""Run as a program by tests/qt/test_app_exit.py: opens the sandbox till and the window, sells
a receipt, closes them, many times over in one process, then exits like the app does.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from pos_app.qt.main_window import MainWindow
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Till
from pos_app.sandbox.till import open_sandbox_session

QUERIES = 50


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.005)


def one_shift(app: QApplication) -> None:
    tasks = Tasks()
    till = Till(open_sandbox_session, tasks)
    window = MainWindow(till)
    window.show()
    till.open()
    wait_for(app, lambda: till.session is not None)
    editor = window.editor
    editor.ui.name.setText("Хлеб")
    editor.ui.price.setText("45.50")
    editor.ui.addButton.click()
    window.pay_exact_cash()
    wait_for(app, lambda: window.result.qr.text is not None)
    # A long day at the till: many journal queries, each a background job and its signals.
    answers: list[object] = []
    for _ in range(QUERIES):
        till.run("read the outbox", lambda session: session.journal.outbox_state(), answers.append)
    wait_for(app, lambda: len(answers) == QUERIES)
    window.close()
    wait_for(app, lambda: window.is_closed)
    tasks.shutdown()
    window.deleteLater()
    till.deleteLater()
    tasks.deleteLater()
    app.sendPostedEvents()


def main() -> int:
    app = QApplication(sys.argv)
    shifts = int(sys.argv[1])
    for _ in range(shifts):
        one_shift(app)
    print("closed every shift")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
