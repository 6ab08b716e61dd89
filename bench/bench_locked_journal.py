"""The window stays responsive while another process holds the journal locked.

Run: ``.venv/bin/python -m bench.bench_locked_journal [--seconds 5] [--on-ui-thread]``
(offscreen; no display needed). The window opens over the sandbox till; another process takes
the journal's write lock (``BEGIN EXCLUSIVE``) for ``--seconds``; meanwhile the cashier
presses F9 on a complete receipt, which waits for the lock. A 5 ms timer on the UI thread
measures the event loop: the longest gap between two ticks is the longest stall a cashier
could feel. ``--on-ui-thread`` commits the receipt on the UI thread instead (what the window
did before the background helper), for comparison. Printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.event_loop import StallMeter, wait_for
from pos_app.core.journal import ReceiptState
from pos_app.qt.main_window import MainWindow
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Till
from pos_app.sandbox.till import open_sandbox_session

TICK_MS = 5
LOCKER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--on-ui-thread", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("POS_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))
    os.environ.setdefault("POS_APP_CONFIG_DIR", tempfile.mkdtemp(prefix="bench-config-"))
    app = QApplication(sys.argv)
    tasks = Tasks()
    till = Till(open_sandbox_session, tasks)
    window = MainWindow(till)
    window.show()
    till.open()
    wait_for(app, lambda: till.session is not None)
    session = till.session
    assert session is not None
    editor = window.editor
    editor.ui.name.setText("Хлеб")
    editor.ui.price.setText("45.50")
    editor.ui.addButton.click()
    editor.draft.set_payments(cash="50")
    meter = StallMeter(TICK_MS)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(session.journal.path), str(args.seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert locker.stdout is not None
    assert locker.stdout.readline().strip() == "locked"
    locked_at = time.monotonic()
    meter.reset()
    if args.on_ui_thread:
        window._submitted(session.journal.get(session.submit(editor.receipt())))
    else:
        window.submit()
    wait_for(app, lambda: editor.model.rowCount() == 0)
    durable_after = time.monotonic() - locked_at
    wait_for(app, lambda: locker.poll() is not None)
    wait_for(app, lambda: ReceiptState.FISCALIZED.label in window.result.state_label.text())
    longest = meter.longest_ms
    way = "on the UI thread" if args.on_ui_thread else "through the background helper"
    print(f"journal locked by another process for {args.seconds:.1f} s; F9 committed {way}")
    print(f"receipt durable after {durable_after * 1000:.0f} ms (waits for the lock)")
    print(f"longest event-loop stall: {longest} ms")
    window.close()
    wait_for(app, lambda: window.is_closed)
    tasks.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
