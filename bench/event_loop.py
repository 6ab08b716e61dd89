"""What the Qt benchmarks share: a meter of the UI thread's longest stall, and a wait that keeps
the event loop turning."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication


class StallMeter:
    """The longest gap between ticks of a timer on the UI thread (every ``tick_ms``)."""

    def __init__(self, tick_ms: int = 1) -> None:
        self.longest_ms = 0
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer()
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def reset(self) -> None:
        self.longest_ms = 0
        self._clock.restart()

    def _tick(self) -> None:
        self.longest_ms = max(self.longest_ms, self._clock.restart())


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 60.0) -> None:
    """Turn the event loop until ``done()``; exits the benchmark after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
