"""The window's side of the till session: opens it off the UI thread, opens it again when the
shop's settings change, brings its events to the UI thread, and closes it last.

Screens receive a :class:`Till`; they never build services. Everything that touches the
session's journal or network goes through :meth:`Till.run` (the one background helper); its
events arrive as :attr:`Till.happened` on the UI thread, only from the session now open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias, TypeVar

from PySide6.QtCore import QObject, Signal

from pos_app.qt.tasks import Tasks

# Types only: the session's modules are imported by the opener, in the background job.
if TYPE_CHECKING:
    from pos_app.core.session import TillSession
    from pos_app.core.workflow import Event, Unsubscribe

logger = logging.getLogger(__name__)

T = TypeVar("T")
Opener: TypeAlias = Callable[[], "TillSession"]


class Till(QObject):
    # A session is open (it may still miss settings or credentials: see session.missing).
    opened = Signal(object)
    # The session is going away (it is being opened again, or the app closes).
    closing = Signal()
    # One of the open session's events, on the UI thread.
    happened = Signal(object)
    # close() has finished: the session is closed (the app may quit).
    shut = Signal()
    # The session could not be opened (the journal is damaged, the disk refused): the error.
    failed = Signal(object)
    # Emitted from the session's threads; re-emitted as ``happened`` when still current.
    _arrived = Signal(object, object)

    def __init__(self, opener: Opener, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self.tasks = tasks
        self._session: TillSession | None = None
        self._unsubscribe: Unsubscribe | None = None
        self._closed = False
        self._shut = False
        self._arrived.connect(self._on_arrived)

    @property
    def session(self) -> TillSession | None:
        """The open session; None while it is being opened or after the till closed."""
        return self._session

    @property
    def closed(self) -> bool:
        """:meth:`close` was called: the till opens nothing any more."""
        return self._closed

    def open(self) -> None:
        """Open the session in the background (the window shows meanwhile)."""
        self.tasks.run("open the till", self._opener, self._on_opened, self._on_open_failed)

    def reopen(self, opener: Opener | None = None) -> None:
        """Close the session and open it again (new settings or credentials): after the
        outbox's current request has ended, without restarting the app."""
        if opener is not None:
            self._opener = opener
        old = self._detach()
        self.tasks.run(
            "open the till again",
            lambda: self._replace(old),
            self._on_opened,
            self._on_open_failed,
            # It may wait for a receipt on its way to the cashbox: say so if it takes a while.
            progress=self.tr("Opening the till with the new settings…"),
        )

    @property
    def is_shut(self) -> bool:
        """The session opened last has closed after :meth:`close`."""
        return self._shut

    def close(self) -> None:
        """Close the session after every job asked for before (the jobs run in order), then
        emit ``shut`` on the UI thread."""
        if self._closed:
            return
        self._closed = True
        old = self._detach()

        def failed(error: Exception) -> None:
            logger.error("Closing the till failed", exc_info=error)
            self._done_closing()

        self.tasks.run(
            "close the till",
            lambda: old.close() if old is not None else None,
            lambda _: self._done_closing(),
            failed,
        )

    def _done_closing(self) -> None:
        self._shut = True
        self.shut.emit()

    def run(
        self,
        name: str,
        job: Callable[[TillSession], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        *,
        progress: str | None = None,
    ) -> None:
        """Run ``job(session)`` in the background on the session open now (jobs run in order,
        so one asked for before a reopen still runs before that session closes, and its
        outcome is delivered: a receipt written is never taken for one not written)."""
        session = self._session
        if session is None:
            return
        self.tasks.run(name, lambda: job(session), success, failure, progress=progress)

    # --- inside ---------------------------------------------------------------------------

    def _replace(self, old: TillSession | None) -> TillSession:
        if old is not None:
            old.close()
        return self._opener()

    def _detach(self) -> TillSession | None:
        old, self._session = self._session, None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if old is not None:
            self.closing.emit()
        return old

    def _on_opened(self, session: TillSession) -> None:
        if self._closed:
            # The window closed while the session was opening: close it at once.
            self.tasks.run("close the till", session.close)
            return
        self._session = session
        self._unsubscribe = session.events.subscribe(
            lambda event: self._arrived.emit(session, event)
        )
        session.start_outbox()
        self.opened.emit(session)

    def _on_open_failed(self, error: Exception) -> None:
        self.failed.emit(error)

    def _on_arrived(self, session: TillSession, event: Event) -> None:
        if session is self._session:
            self.happened.emit(event)
