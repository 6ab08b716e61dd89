"""The wait for a submitted receipt's fiscal data: getReceipt on the schedule of asks until the
fiscal data or a final answer come, and "fiscal data late" past the bound.

A receipt the cashbox took in is never rejected by a "not ready" answer, in any shape: only its
fiscal data and the cashbox's explicit refusal end the wait.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.journal import IllegalTransitionError, Journal, ReceiptRecord, ReceiptState
from pos_app.core.services import (
    AuthError,
    FiscalData,
    IntellectMoneyClient,
    RejectedError,
    UnavailableError,
)
from pos_app.core.services.errors import DocumentNotFoundError
from pos_app.core.workflow.backoff import Backoff, PollSchedule
from pos_app.core.workflow.events import EventHub, ReceiptChanged, ServiceTrouble

logger = logging.getLogger(__name__)

# The one schedule of getReceipt: right after createReceipt, again within 50 ms (the QR is on
# screen at once when the cashbox is quick), then half as often each time, up to once a minute:
# one slow receipt costs the cashbox little, and the shortest fiscal-data-late bound (a minute)
# is still seen at the next ask. The outbox's rounds and process() both follow it.
FISCAL_DATA_POLLS = PollSchedule(first=0.05, cap=60.0)
# How long after the cashbox took a receipt its missing fiscal data are shown as late (seconds).
FISCAL_DATA_LATE_AFTER = 15 * 60.0

# States whose receipt the cashbox has: its fiscal data are asked for.
AWAITING_FISCAL_DATA = (ReceiptState.SUBMITTED, ReceiptState.FISCAL_DATA_LATE)

FISCAL_DATA_LATE = _N(
    "workflow",
    "The cashbox took the receipt (document {document}) {minutes} min ago and has not given its"
    " fiscal data yet; its last answer: {known}. It is not sent again; pos-app keeps asking.",
)


@dataclass(frozen=True)
class PollOutcome:
    """Where one receipt is after asking for its fiscal data; ``trouble``: the cashbox could not
    be asked (unreachable, or the credentials refused), as opposed to "not ready yet"."""

    state: ReceiptState
    trouble: bool = False


class FiscalDataWait:
    """Asks the cashbox for receipts' fiscal data, writing each answer to the journal and
    telling ``events``; ``stop`` set makes a pause end at once (the app is closing)."""

    def __init__(
        self,
        journal: Journal,
        cashbox: IntellectMoneyClient,
        events: EventHub,
        *,
        stop: threading.Event,
        clock: Callable[[], float],
        now: Callable[[], datetime],
        late_after: float,
    ) -> None:
        """``late_after``: seconds after the cashbox took a receipt before its missing fiscal
        data are shown as late; ``now`` the wall time (aware) it is measured by."""
        self._journal = journal
        self._cashbox = cashbox
        self._events = events
        self._stop = stop
        self._clock = clock
        self._now = now
        self._late_after = late_after

    def fetch(
        self,
        record: ReceiptRecord,
        state: ReceiptState,
        document_id: str,
        since: datetime,
        *,
        patience: float,
        pauses: Backoff,
    ) -> PollOutcome:
        """Ask until fiscal data, a final answer, trouble, or ``patience``, pausing as
        ``pauses`` says; ``since``: when the cashbox took the receipt. Only fiscal data and the
        cashbox's explicit refusal end it; "not ready" in any shape is asked again."""
        receipt_id = record.id
        deadline = self._clock() + patience
        while True:
            try:
                answer = self._cashbox.get_receipt(record.invoice_id, document_id)
            except DocumentNotFoundError as error:
                return PollOutcome(self._attention(receipt_id, error.translatable))
            except RejectedError as error:
                return PollOutcome(
                    self._settle(receipt_id, ReceiptState.REJECTED, error.translatable)
                )
            except AuthError as error:
                # A settings problem, not the receipt's: it stays as it is, asked again later.
                self._journal.record_error(receipt_id, error.translatable)
                self._events.emit(ServiceTrouble.of(error))
                return PollOutcome(state, trouble=True)
            except UnavailableError as error:
                self._journal.record_error(receipt_id, error.translatable)
                self._events.emit(ServiceTrouble.of(error))
                state = self._late(receipt_id, state, document_id, since, str(error))
                return PollOutcome(state, trouble=True)
            if isinstance(answer, FiscalData):
                return PollOutcome(self._fiscalized(receipt_id, answer))
            state = self._late(receipt_id, state, document_id, since, answer.known)
            if not self._pause(pauses, deadline):
                return PollOutcome(state)

    def _pause(self, pauses: Backoff, deadline: float) -> bool:
        """Wait the schedule's next pause if it ends before ``deadline``; False: ask no more
        now. With no time left none is drawn: the next pause is the caller's (the outbox's)."""
        if self._clock() >= deadline:
            return False
        delay = pauses.next_delay()
        return self._clock() + delay <= deadline and not self._stop.wait(delay)

    def _late(
        self,
        receipt_id: int,
        state: ReceiptState,
        document_id: str,
        since: datetime,
        known: str,
    ) -> ReceiptState:
        """SUBMITTED → FISCAL_DATA_LATE once the bound has passed since the cashbox took it."""
        waited = (self._now() - since).total_seconds()
        if state is not ReceiptState.SUBMITTED or waited < self._late_after:
            return state
        reason = Message.of(
            "workflow",
            FISCAL_DATA_LATE,
            {"document": document_id, "minutes": int(waited // 60), "known": known},
        )
        try:
            self._journal.mark_fiscal_data_late(receipt_id, reason)
        except IllegalTransitionError:
            return self._journal.get(receipt_id).state
        logger.warning("Receipt %d: fiscal data late (%s)", receipt_id, known)
        return self._changed(receipt_id, ReceiptState.FISCAL_DATA_LATE, reason)

    def _fiscalized(self, receipt_id: int, fiscal: FiscalData) -> ReceiptState:
        try:
            self._journal.mark_fiscalized(receipt_id, fiscal)
        except IllegalTransitionError:
            return self._journal.get(receipt_id).state
        return self._changed(receipt_id, ReceiptState.FISCALIZED, Message.verbatim(str(fiscal.qr)))

    def _settle(self, receipt_id: int, state: ReceiptState, reason: Message) -> ReceiptState:
        try:
            self._journal.mark_rejected(receipt_id, reason)
        except IllegalTransitionError:
            return self._journal.get(receipt_id).state
        return self._changed(receipt_id, state, reason)

    def _attention(self, receipt_id: int, reason: Message) -> ReceiptState:
        try:
            self._journal.mark_needs_attention(receipt_id, reason)
        except IllegalTransitionError:
            return self._journal.get(receipt_id).state
        return self._changed(receipt_id, ReceiptState.NEEDS_ATTENTION, reason)

    def _changed(self, receipt_id: int, state: ReceiptState, detail: Message) -> ReceiptState:
        self._events.emit(ReceiptChanged(receipt_id, state, detail))
        return state


def submitted_at(record: ReceiptRecord) -> datetime:
    """When the cashbox took the receipt (its last move to SUBMITTED, e.g. a person giving its
    document id)."""
    for event in reversed(record.history):
        if event.to_state == ReceiptState.SUBMITTED:
            return event.at
    return record.updated_at
