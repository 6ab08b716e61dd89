"""Grab the cashier window in each language to docs/screenshots/: a receipt being built and the
fiscalized one with its QR code, against the in-process sandbox.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtWidgets import QApplication

from pos_app.qt.app import open_sandbox_till, start_outbox
from pos_app.qt.main_window import MainWindow
from pos_app.qt.translations import install_translators

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1280, 800)


def wait_until(app: QApplication, done: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def fill(window: MainWindow, positions: list[tuple[str, str, str, int]]) -> None:
    editor = window.editor
    for name, quantity, price, vat_index in positions:
        editor.ui.name.setText(name)
        editor.ui.quantity.setText(quantity)
        editor.ui.price.setText(price)
        editor.ui.vat.setCurrentIndex(vat_index)
        editor.ui.addButton.click()


def shoot(app: QApplication, language: str) -> None:
    translators = install_translators(app, language)
    with ExitStack() as stack:
        till = open_sandbox_till(stack)
        start_outbox(till, stack)
        window = MainWindow(till, sandbox=True)
        window.resize(*SIZE)
        window.show()

        fill(
            window,
            [
                ("Хлеб «Бородинский», 400 г", "2", "45.50", 0),
                ("Молоко 3,2 %, 1 л", "1", "89.90", 1),
                ("Пакет", "1", "5", 0),
            ],
        )
        window.editor.ui.cash.setText("200")
        window.editor.ui.phone.setText("+998 90 123-45-67")
        wait_until(app, lambda: False, 0.2)
        window.grab().save(str(OUT / f"receipt-{language}.png"))

        window.fiscalize()
        wait_until(app, lambda: window.qr.text is not None)
        wait_until(app, lambda: False, 1.5)  # the copy's delivery and the status bar
        window.grab().save(str(OUT / f"fiscalized-{language}.png"))
        window.close()
        window.deleteLater()
        app.processEvents()
    for translator in translators:
        app.removeTranslator(translator)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    for language in sys.argv[1:] or ["en", "ru"]:
        shoot(app, language)
        print(f"{OUT}/*-{language}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
