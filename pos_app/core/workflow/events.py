"""What the workflow tells its listeners (the window's bridge, the command line's printer).

Events are sent from whatever thread does the work; a listener that touches a GUI must hand
them over to its own thread (the Qt layer does it with a queued signal).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pos_app.core.i18n import Message
from pos_app.core.journal import DeliveryState, JournalError, PromoState, ReceiptState
from pos_app.core.journal.errors import UnrecordedAnswerError
from pos_app.core.services.errors import AuthError

# The window imports the events before the session opens: the records stay out until then.
if TYPE_CHECKING:
    from pos_app.core.journal import OutboxState
    from pos_app.core.services.errors import ServiceError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReceiptChanged:
    """A receipt moved to ``state``; ``detail`` says why, in the app's or the service's words."""

    receipt_id: int
    state: ReceiptState
    detail: Message


@dataclass(frozen=True)
class DeliveryChanged:
    """The customer's Checker.uz copy moved to ``state``."""

    receipt_id: int
    state: DeliveryState
    detail: Message


@dataclass(frozen=True)
class PromoChanged:
    """A promo submission moved to ``state`` (``receipt_id`` None: a photo of a paper
    receipt); ``detail`` says why."""

    submission_id: int
    receipt_id: int | None
    state: PromoState
    detail: Message


@dataclass(frozen=True)
class ServiceTrouble:
    """A service could not be used; work waits in the outbox. ``needs_settings``: the
    credentials are wrong or missing, so waiting will not help until someone fixes them."""

    service: str
    message: Message
    needs_settings: bool

    @classmethod
    def of(cls, error: ServiceError) -> ServiceTrouble:
        """The event for a failed call: refused credentials need the settings."""
        return cls(error.service, error.translatable, needs_settings=isinstance(error, AuthError))


@dataclass(frozen=True)
class JournalTrouble:
    """The journal's file needs a person: the disk is almost full, the file is damaged, a
    backup failed, or an answer of the cashbox could not be recorded (then ``receipt_id`` may be
    fiscalized and must not be rung again; ``document_id`` is the cashbox's, when it gave one)."""

    message: Message
    receipt_id: int | None = None
    document_id: str | None = None

    @classmethod
    def of(cls, error: JournalError) -> JournalTrouble:
        """The event for a journal error (what JournalUpkeep reports, what a write raised)."""
        if isinstance(error, UnrecordedAnswerError):
            return cls(error.translatable, error.receipt_id, error.document_id)
        return cls(error.translatable)


@dataclass(frozen=True)
class OutboxChanged:
    state: OutboxState


Event = (
    ReceiptChanged
    | DeliveryChanged
    | PromoChanged
    | ServiceTrouble
    | OutboxChanged
    | JournalTrouble
)
Listener = Callable[[Event], None]
Unsubscribe = Callable[[], None]


class EventHub:
    """The listeners of one till's events; safe to use from any thread."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Unsubscribe:
        """Add a listener; call what comes back to remove it again."""
        with self._lock:
            self._listeners.append(listener)
        return lambda: self.unsubscribe(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def emit(self, event: Event) -> None:
        with self._lock:
            listeners = tuple(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                # A listener's bug must not stop a receipt half-way.
                logger.exception("A listener failed on %s", event)
