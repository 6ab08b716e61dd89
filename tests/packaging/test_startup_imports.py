"""The window is painted first: when `pos-app --smoke` paints its main window for the first
time, nothing that only the session, the services, the keyring or a dialog needs has been
imported; those load in the background job that opens the session, or when a dialog opens.

Each run is a fresh interpreter (a module once imported stays imported), the real command with
its real start-up, observed by an event filter that notes ``sys.modules`` at the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.qt.app import LOADED_IN_THE_BACKGROUND

pytestmark = pytest.mark.gui

# Loaded only once the window is on screen (the session's job, a dialog's first opening).
NOT_BEFORE_THE_FIRST_PAINT = (
    # the journal and the services, with the libraries they need
    "sqlite3",
    "requests",
    "urllib3",
    "keyring",
    "secretstorage",
    "cryptography",
    "filelock",
    "pos_app.core.session",
    "pos_app.core.journal.journal",
    "pos_app.core.journal.connection",
    "pos_app.core.workflow.workflow",
    "pos_app.core.workflow.outbox",
    # the session's events (their classes load with the first event) and every setting but
    # the window's language (the session reads and checks the whole file)
    "pos_app.core.workflow.events",
    "pos_app.core.settings",
    "pos_app.core.settings_values",
    "pos_app.core.services.transport",
    "pos_app.core.credentials",
    "pos_app.sandbox",
    # what checks typed phones, e-mails and INNs, draws QR codes and reads receipt photos
    "phonenumbers",
    "email_validator",
    "stdnum",
    "qrcode",
    "png",
    "pos_app.core.receipt_photo",
    "imagesize",
    # the log file's rotating handler and the stop signals' socket: opened after the paint
    "logging.handlers",
    "socket",
    "signal",
    # the background helper's pool: made with its first job
    "concurrent.futures",
    # dialogs, screens and widgets not shown at start (the QR code's), and printing
    "PySide6.QtPrintSupport",
    "pos_app.qt.qr_widget",
    "pos_app.qt.payment_dialog",
    "pos_app.qt.journal_view",
    "pos_app.qt.refund_dialog",
    "pos_app.qt.attention_list",
    "pos_app.qt.first_run",
    "pos_app.qt.settings_dialog",
    "pos_app.qt.setup_form",
    "pos_app.qt.receipt_print",
)

SPY = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])

class Spy(QObject):
    painted = None

    def eventFilter(self, watched, event):
        if (
            self.painted is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QMainWindow)
        ):
            self.painted = sorted(sys.modules)
        return False

spy = Spy()
app.installEventFilter(spy)
EARLIER
from pos_app.cli import main

code = main(["--smoke", *sys.argv[1:]])
print(json.dumps({"code": code, "painted": spy.painted, "exited": sorted(sys.modules)}))
"""


def modules_of(*args: str, folder: Path, earlier: str = "") -> dict[str, object]:
    """The modules loaded at the first paint and at exit of `pos-app --smoke ARGS`, with
    ``earlier`` (Python code) run before the command."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POS_APP_DATA_DIR": str(folder / "data"),
        "POS_APP_CONFIG_DIR": str(folder / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SPY.replace("EARLIER", earlier), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    # The smoke's own "ok" comes first; the spy's report is the last line.
    report: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0, result.stderr
    return report


def loaded(modules: object, names: tuple[str, ...]) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


@pytest.mark.parametrize("args", [(), ("--sandbox", "--lang", "ru")], ids=["shop", "sandbox"])
def test_the_first_paint_imports_nothing_the_session_or_a_dialog_needs(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    report = modules_of(*args, folder=tmp_path)

    assert loaded(report["painted"], NOT_BEFORE_THE_FIRST_PAINT) == []
    # They were not dropped: the session that opened behind the window loaded them.
    assert loaded(report["exited"], ("pos_app.core.session", "sqlite3", "requests", "keyring"))
    assert set(loaded(report["exited"], LOADED_IN_THE_BACKGROUND)) >= set(LOADED_IN_THE_BACKGROUND)


def test_the_spy_sees_what_a_module_level_import_would_load(tmp_path: Path) -> None:
    # The proof can fail: the same observation, with the session imported before the window.
    report = modules_of(folder=tmp_path, earlier="import pos_app.core.session")

    assert {"sqlite3", "requests", "keyring", "pos_app.core.session"} <= set(
        loaded(report["painted"], NOT_BEFORE_THE_FIRST_PAINT)
    )
