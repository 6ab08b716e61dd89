"""Leaving the app: many windows and sandboxes opened and closed end in a clean exit, and
SIGTERM closes the sandbox as the cashier's close does (its folder and threads gone)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

ROOT = Path(__file__).resolve().parents[2]


def env_for(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path / "tmp"),
        POS_APP_DATA_DIR=str(tmp_path / "data"),
        POS_APP_CONFIG_DIR=str(tmp_path / "config"),
    )
    (tmp_path / "tmp").mkdir()
    return env


@pytest.mark.slow
def test_many_windows_and_sandboxes_opened_and_closed_exit_cleanly(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "tests.qt.window_cycles", "12"],
        cwd=ROOT,
        env=env_for(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "Fatal Python error" not in run.stderr
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "closed every shift"
    assert not list((tmp_path / "tmp").glob("pos-app-sandbox-*"))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
def test_sigterm_closes_the_sandbox_like_the_cashier_does(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    app = subprocess.Popen(
        [sys.executable, "-m", "pos_app", "--sandbox", "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The session is open when its journal exists in the sandbox's own folder.
        deadline = time.monotonic() + 60
        while not list((tmp_path / "tmp").glob("pos-app-sandbox-*/journal.sqlite3")):
            assert app.poll() is None, app.communicate()[1]
            assert time.monotonic() < deadline, "the sandbox did not open"
            time.sleep(0.05)
        app.send_signal(signal.SIGTERM)
        _, stderr = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, stderr
    assert "Fatal Python error" not in stderr
    assert "Till session closed" in stderr
    assert not list((tmp_path / "tmp").glob("pos-app-sandbox-*"))


class Pinger(QObject):
    ping = Signal()


def test_signals_emitted_by_the_app_do_not_wear_away_true() -> None:
    """PySide6 6.12.0's emit drops a reference to True at every call; at exit the interpreter
    then frees True and aborts ("Fatal Python error: bool_dealloc"). The pinned PySide6 must
    not (pyproject.toml excludes 6.12.0)."""
    pinger = Pinger()
    before = sys.getrefcount(True)
    for _ in range(5000):
        pinger.ping.emit()
    assert before - sys.getrefcount(True) < 100
