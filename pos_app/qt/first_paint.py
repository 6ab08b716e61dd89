"""Work that waits for the window's first paint: the window is on screen before it runs.

Whatever hands Python more of Qt's events (an application-wide event filter) or loads more
modules (the other screens, the session) is started here, so that the first paint does not wait
for it (tests/packaging/test_startup_imports.py and bench/bench_bundle.py watch the start)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window the desktop never exposes (another workspace) is never painted: what waits for its
# paint runs after this all the same.
OPEN_ANYWAY_MS = 1000


class AfterFirstPaint(QObject):
    """Calls ``then`` once, on the UI thread, right after ``window`` has been painted for the
    first time (or after OPEN_ANYWAY_MS if it is not painted by then). Owned by the window: a
    window deleted first never runs it."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(OPEN_ANYWAY_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self._window and event.type() == QEvent.Type.Paint:
            # Queued: the paint that is starting now finishes first.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._window.removeEventFilter(self)
        then()
