"""Grab the cashier window in each language to docs/screenshots/: a receipt being built from
the sample catalog with the search list open over it, the payment dialog, the fiscalized one
with its QR code and its printed receipt (PDF page as PNG via pdftoppm), against the in-process
sandbox; and a shop's window before it is set up, saying what is missing (data and config
folders in a temporary place).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py

The set-up picture lists whatever the keyring lacks: run it inside a keyring session (as
scripts/test.sh does) to show the credentials missing rather than the keyring itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshot_kit import OUT, wait_until

from pos_app.core.session import open_production_session
from pos_app.qt.main_window import MainWindow
from pos_app.qt.payment_dialog import PaymentDialog
from pos_app.qt.receipt_print import record_lines, save_pdf
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Opener, Till
from pos_app.qt.translations import install_translators
from pos_app.sandbox.till import open_sandbox_session

SIZE = (1360, 820)


def fill(window: MainWindow, codes: list[str]) -> None:
    """Products as the scanner brings them (a scale label among them), and a free position."""
    session = window.till.session
    if session is None:
        raise SystemExit("the sandbox till did not open")
    editor = window.editor
    for code in codes:
        scanned = session.journal.catalog.scanned(code)
        if scanned is None:
            raise SystemExit(f"{code} is not in the sample catalog")
        editor.add_product(scanned.product, scanned.quantity)
    editor.ui.name.setText("Пакет")
    editor.ui.price.setText("5")
    editor.ui.addButton.click()


def search_open(app: QApplication, window: MainWindow, text: str) -> None:
    """The cashier typing in the search line: the catalog's matches listed over the receipt."""
    window.activateWindow()
    wait_until(app, window.isActiveWindow)
    window.editor.focus_search()
    window.editor.ui.name.setText(text)
    wait_until(app, window.scanning.search.isVisible)


def open_window(app: QApplication, opener: Opener) -> MainWindow:
    till = Till(opener, Tasks())
    window = MainWindow(till)
    window.resize(*SIZE)
    window.show()
    till.open()
    wait_until(app, lambda: till.session is not None)
    return window


def close(app: QApplication, window: MainWindow) -> None:
    window.close()
    wait_until(app, lambda: window.is_closed, 60.0)
    window.till.tasks.shutdown()
    window.deleteLater()
    app.processEvents()


def shoot(app: QApplication, language: str) -> None:
    translators = install_translators(app, language)
    window = open_window(app, open_sandbox_session)
    # Bread twice, milk, bananas weighed (1.234 kg), coffee.
    fill(
        window,
        ["4600000712710", "4600000712710", "4600000079196", "2200101012348", "4600001742181"],
    )
    search_open(app, window, "сыр")
    wait_until(app, lambda: False, 0.2)
    window.grab().save(str(OUT / f"receipt-{language}.png"))
    window.editor.ui.name.clear()

    session = window.till.session
    if session is None:
        raise SystemExit("the sandbox till did not open")
    draft = window.editor.draft
    dialog = PaymentDialog(draft, session.settings.invoice_id, sandbox=True, parent=window)
    dialog.show()
    draft.set_payments(cash="1000")
    draft.set_contact(phone="+998 90 123-45-67")
    wait_until(app, lambda: False, 0.3)
    dialog.grab().save(str(OUT / f"payment-{language}.png"))
    dialog.accept()

    window.submit()
    wait_until(app, lambda: window.result.qr.text is not None)
    wait_until(app, lambda: False, 1.5)  # the copy's delivery and the status bar
    window.grab().save(str(OUT / f"fiscalized-{language}.png"))
    record = window.last_record()
    if record is None:
        raise SystemExit("the receipt was not fiscalized")
    pdf = Path(tempfile.mkdtemp(prefix="pos-app-shots-")) / "receipt.pdf"
    save_pdf(pdf, record_lines(record, session.settings, copy=True), 80)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm is missing: apt-get install -y poppler-utils")
    subprocess.run(  # noqa: S603 - our own files
        [
            pdftoppm,
            "-png",
            "-r",
            "110",
            "-singlefile",
            str(pdf),
            str(OUT / f"printed-{language}"),
        ],
        check=True,
    )
    close(app, window)

    window = open_window(app, open_production_session)
    wait_until(app, lambda: False, 0.2)
    window.grab().save(str(OUT / f"setup-{language}.png"))
    close(app, window)
    for translator in translators:
        app.removeTranslator(translator)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    # A shop that is not set up yet: nobody's real settings, journal or credentials.
    os.environ["POS_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="pos-app-shots-")
    os.environ["POS_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="pos-app-shots-")
    os.environ["POS_APP_KEYRING_SERVICE"] = f"pos-app-shots-{uuid.uuid4().hex[:8]}"
    app = QApplication(sys.argv)
    for language in sys.argv[1:] or ["en", "ru"]:
        shoot(app, language)
        print(f"{OUT}/*-{language}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
