"""The one way the window runs slow work (the journal, the keyring, the network): on a worker
thread, its result handed back to the UI thread through a queued signal.

Jobs run one at a time, in the order they were asked for, so a cashier's actions reach the
journal in the order they were made, and closing can simply queue its own job last. Each job's
thread is recorded, so a test can show the UI thread never ran one.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from pos_app import APP_NAME
from pos_app.core.i18n import TranslatableError
from pos_app.qt.messages import error_text

# The worker thread's pool is made with the first job (after the window's first paint), and
# concurrent.futures is imported with it.
if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

logger = logging.getLogger(__name__)

T = TypeVar("T")
# A job slower than this shows its progress dialog (quicker ones never flash one).
PROGRESS_DELAY_MS = 400
HISTORY = 1000


class JobRecord(NamedTuple):
    """Which thread ran a job: tests check it was never the UI thread."""

    name: str
    thread_id: int
    thread_name: str


class Tasks(QObject):
    """Runs jobs off the UI thread; ``in_flight_changed`` tells how many are not done yet."""

    in_flight_changed = Signal(int)
    _finished = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Where dialogs (errors, progress) appear: the window, once there is one.
        self.dialog_parent = parent
        self._pool: ThreadPoolExecutor | None = None
        self._in_flight = 0
        self._key = 0
        self._pending: dict[int, tuple[str, Callable[[], Any], Any, Any, Any]] = {}
        self.history: deque[JobRecord] = deque(maxlen=HISTORY)
        # Emitted from the worker thread; the slot runs in this object's (the UI) thread.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def run(
        self,
        name: str,
        job: Callable[[], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        *,
        progress: str | None = None,
    ) -> None:
        """Run ``job`` on the worker thread; then ``success(result)`` or ``failure(error)`` on
        the UI thread (by default a translated error dialog). ``progress`` is shown in a busy
        dialog when the job takes a while."""
        self._in_flight += 1
        self.in_flight_changed.emit(self._in_flight)
        dialog = self._progress(progress) if progress else None

        # The callbacks (and the job) stay in this table, taken out on the UI thread only: a
        # closure holding a widget must never be dropped last on the worker thread, where the
        # widget's wrapper would be freed and Qt crash.
        self._key += 1
        key = self._key
        self._pending[key] = (name, job, success, failure, dialog)
        self._worker().submit(self._work, key).add_done_callback(
            lambda finished: self._finished.emit((key, finished))
        )

    def shutdown(self) -> None:
        """No new jobs; waits for the one running (called when the window is gone)."""
        self._worker().shutdown(wait=True)

    def _worker(self) -> ThreadPoolExecutor:
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - see the top

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pos-app-job")
        return self._pool

    def _work(self, key: int) -> Any:
        name, job = self._pending[key][:2]
        current = threading.current_thread()
        self.history.append(JobRecord(name, current.ident or 0, current.name))
        return job()

    def _deliver(self, done: tuple[int, Future[Any]]) -> None:
        key, finished = done
        name, _job, success, failure, dialog = self._pending.pop(key)
        self._complete(name, finished, success, failure, dialog)

    def _complete(
        self,
        name: str,
        finished: Future[Any],
        success: Callable[[Any], None] | None,
        failure: Callable[[Exception], None] | None,
        dialog: QProgressDialog | None,
    ) -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        try:
            error = finished.exception()
            if error is None:
                if success is not None:
                    success(finished.result())
            elif not isinstance(error, Exception):
                raise error
            elif failure is not None:
                failure(error)
            else:
                self.show_error(name, error)
        finally:
            self._in_flight -= 1
            self.in_flight_changed.emit(self._in_flight)

    def show_error(self, name: str, error: Exception) -> None:
        """The default failure: the error in the window's language; an unexpected one is
        logged with its traceback and named by its type."""
        if not isinstance(error, TranslatableError | OSError):
            logger.error("Job %s failed", name, exc_info=error)
        QMessageBox.critical(self.dialog_parent, APP_NAME, self.describe(error))

    def describe(self, error: Exception) -> str:
        if isinstance(error, TranslatableError):
            return error_text(error)
        if isinstance(error, OSError) and error.strerror:
            return self.tr("The computer refused: {problem}.").format(problem=error.strerror)
        unexpected = self.tr("Something unexpected went wrong ({problem}); the log has details.")
        return unexpected.format(problem=type(error).__name__)

    def _progress(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, "", 0, 0, self.dialog_parent)
        dialog.setWindowTitle(APP_NAME)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.hide()
        timer = QTimer(dialog)
        timer.setSingleShot(True)
        timer.timeout.connect(dialog.show)
        timer.start(PROGRESS_DELAY_MS)
        return dialog
