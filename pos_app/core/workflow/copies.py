"""The customer's copy of a fiscalized receipt, through Checker.uz: sent, tried again until
``MAX_DELIVERY_ATTEMPTS``, and a person's decisions on a copy that may have been sent.

A copy whose answer was lost is never sent again by itself (that would be a second message):
a person asks the customer, then sends it again or confirms it arrived.
"""

from __future__ import annotations

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.journal import DeliveryState, Journal, ReceiptRecord
from pos_app.core.journal import history_texts as words
from pos_app.core.services import (
    AuthError,
    CheckerClient,
    FiscalData,
    RejectedError,
    ServiceError,
    UnavailableError,
    UnknownOutcomeError,
)
from pos_app.core.workflow.events import DeliveryChanged, EventHub, ServiceTrouble

# A copy that failed this many times (without a final refusal) is given up.
MAX_DELIVERY_ATTEMPTS = 10

RESEND = _N("workflow", "A person chose to send the customer's copy again.")
ARRIVED = _N("workflow", "A person confirmed the customer got the copy.")
NO_CHECKER = _N(
    "workflow",
    "The Checker.uz token is not set, so the customer's copy waits. Enter it in Settings.",
)


class Copies:
    """Sends copies through ``checker`` (None: the token is not set, copies wait), writing each
    outcome to the journal and telling ``events``."""

    def __init__(self, journal: Journal, checker: CheckerClient | None, events: EventHub) -> None:
        self._journal = journal
        self._checker = checker
        self._events = events

    @property
    def can_deliver(self) -> bool:
        """Whether copies can be sent now (the Checker.uz token is set)."""
        return self._checker is not None

    def send(self, record: ReceiptRecord, fiscal: FiscalData) -> DeliveryState:
        """Send the waiting copy of ``record``, a receipt for this cashbox fiscalized as
        ``fiscal``; returns where the copy is now."""
        receipt_id = record.id
        if self._checker is None:
            no_token = Message("workflow", NO_CHECKER)
            # Said once, on the receipt and to the listeners; later rounds leave it waiting
            # quietly until the token is set.
            if record.delivery.last_error != no_token:
                self._journal.record_delivery_wait(receipt_id, no_token)
                self._events.emit(ServiceTrouble("Checker.uz", no_token, needs_settings=True))
                self._changed(receipt_id, DeliveryState.PENDING, no_token)
            return DeliveryState.PENDING
        try:
            self._checker.send_cheque(
                record.receipt(),
                operation_code=str(receipt_id),
                date=fiscal.processed_at,
                phone=record.phone,
                customer_code=record.copy.customer_code,
                discount_card=record.copy.discount_card,
                note=record.copy.note,
            )
        except UnknownOutcomeError as error:
            # Delivered, answer lost: the customer may have it. Sending again by itself would
            # be a second message; a person asks the customer (resend / arrived).
            self._journal.mark_delivery_unknown(receipt_id, error.translatable)
            return self._changed(receipt_id, DeliveryState.UNKNOWN, error.translatable)
        except ServiceError as error:
            final = isinstance(error, RejectedError) or (
                record.delivery.attempts + 1 >= MAX_DELIVERY_ATTEMPTS
            )
            self._journal.record_delivery_failure(receipt_id, error.translatable, final=final)
            if isinstance(error, AuthError | UnavailableError):
                self._events.emit(ServiceTrouble.of(error))
            state = DeliveryState.FAILED if final else DeliveryState.PENDING
            return self._changed(receipt_id, state, error.translatable)
        self._journal.mark_delivered(receipt_id)
        return self._changed(receipt_id, DeliveryState.DELIVERED, words.said(words.COPY_DELIVERED))

    def resend(self, receipt_id: int, note: str | None = None, *, phone: str | None = None) -> None:
        """A person's decision on a copy that may have been sent (or was given up, or
        arrived and was lost): it is sent again by the next round, to ``phone`` (E.164) when
        the customer gives another one."""
        self._journal.retry_delivery(receipt_id, note, phone=phone)
        self._changed(receipt_id, DeliveryState.PENDING, Message("workflow", RESEND))

    def arrived(self, receipt_id: int, note: str | None = None) -> None:
        """A person's decision on a copy that may have been sent: the customer has it."""
        self._journal.confirm_delivery(receipt_id, note)
        self._changed(receipt_id, DeliveryState.DELIVERED, Message("workflow", ARRIVED))

    def _changed(self, receipt_id: int, state: DeliveryState, detail: Message) -> DeliveryState:
        self._events.emit(DeliveryChanged(receipt_id, state, detail))
        return state
