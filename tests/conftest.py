"""Suite-wide set-up: Qt offscreen, data and config folders in a temporary place, GUI marking."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.sandbox import Sandbox

# Qt aborts without a display unless a platform is set; tests never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_GUI_TESTS = Path(__file__).parent / "qt"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/qt drives real widgets: mark it so `-m "not gui"` skips it."""
    for item in items:
        if _GUI_TESTS in Path(item.fspath).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data and config folders, never the user's real ones."""
    monkeypatch.setenv("POS_APP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POS_APP_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """The services' emulator on a free loopback port, seeded; stopped after the test."""
    with Sandbox(seed=20261123, pending_polls=1) as running:
        yield running


# A message box a test did not expect (a refusal, a warning) waits for a click that never comes:
# closed after this long and reported, so the suite fails with its words instead of hanging.
STRAY_BOX_SECONDS = 15.0


@pytest.fixture(autouse=True)
def no_message_box_left_open(request: pytest.FixtureRequest) -> Iterator[None]:
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    # Qt is imported only for the tests that drive it.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    request.getfixturevalue("qapp")
    seen: dict[int, float] = {}
    stray: list[str] = []

    def look() -> None:
        now = time.monotonic()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                first = seen.setdefault(id(widget), now)
                if now - first > STRAY_BOX_SECONDS:
                    stray.append(f"{widget.text()} {widget.informativeText()}".strip())
                    widget.done(QMessageBox.StandardButton.Cancel)

    watchdog = QTimer()
    watchdog.timeout.connect(look)
    watchdog.start(500)
    yield
    watchdog.stop()
    if stray:
        pytest.fail(f"a message box was left open: {stray}")
