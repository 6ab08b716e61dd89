"""Starts the Qt application and the cashier's main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from pos_app import APP_NAME, __version__


def run_app(*, sandbox: bool, language: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.show()
    return app.exec()
