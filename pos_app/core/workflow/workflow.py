"""One receipt's way: queued in the journal → createReceipt → submitted → getReceipt until the
fiscal data come (:mod:`.fiscal_data_wait`) → fiscalized → the customer's copy through
Checker.uz (:mod:`.copies`).

Every step is written to the journal before and after the request it makes, so a crash at
any moment leaves a state the next start knows how to continue from. The one step never
repeated on its own is createReceipt whose outcome is unknown: it goes to "needs attention"
and a person decides (see README, "Never twice"). A receipt refused as a whole for a reason the
app does not know is "held" until a person sends it again. A receipt the cashbox took in is
never rejected by a "not ready" answer: it is asked about until its fiscal data come, and shown
as "fiscal data late" past ``fiscal_data_late_after``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from pos_app.core.checker_cheque import CopyDetails
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.journal import (
    INTERRUPTED_SEND,
    DeliveryState,
    IllegalTransitionError,
    Journal,
    ReceiptRecord,
    ReceiptState,
    ReceiptSummary,
)
from pos_app.core.journal import history_texts as words
from pos_app.core.receipt import Receipt
from pos_app.core.services import (
    AuthError,
    CheckerClient,
    IntellectMoneyClient,
    RejectedError,
    UnavailableError,
    UnknownOutcomeError,
    UnrecognisedRefusalError,
)
from pos_app.core.services.endpoints import ServiceName
from pos_app.core.target import CashboxTarget, TargetMode
from pos_app.core.workflow.backoff import Backoff, PollSchedule
from pos_app.core.workflow.copies import Copies
from pos_app.core.workflow.events import (
    Event,
    EventHub,
    Listener,
    ReceiptChanged,
    ServiceTrouble,
    Unsubscribe,
)
from pos_app.core.workflow.fiscal_data_wait import (
    AWAITING_FISCAL_DATA,
    FISCAL_DATA_LATE_AFTER,
    FISCAL_DATA_POLLS,
    FiscalDataWait,
    PollOutcome,
    submitted_at,
)

logger = logging.getLogger(__name__)

SERVICE_NAME = ServiceName.INTELLECTMONEY.label

# How long process() keeps polling before leaving the receipt to the outbox.
DEFAULT_PATIENCE = 30.0

UNEXPECTED = _N(
    "workflow",
    "An unexpected failure ({problem}) stopped the sending; whether the cashbox got the receipt"
    " is unknown.",
)
ELSEWHERE = _N(
    "workflow",
    "Made for {target}, but pos-app now sends to {current}: the receipt waits and is never sent"
    " to another cashbox. Start pos-app for {target} to send it.",
)


@dataclass(frozen=True)
class Clients:
    """The service clients the workflow talks through; Checker.uz is optional. ``mode`` says
    whether the cashbox is the real one or the sandbox."""

    cashbox: IntellectMoneyClient
    checker: CheckerClient | None = None
    mode: TargetMode = TargetMode.PRODUCTION

    @property
    def target(self) -> CashboxTarget:
        """The cashbox these clients send to: new receipts are made for it."""
        return CashboxTarget(self.mode, self.cashbox.base_url)

    def close(self) -> None:
        self.cashbox.close()
        if self.checker is not None:
            self.checker.close()


class Workflow:
    """Moves receipts along; safe to call from one worker thread at a time (the outbox's)."""

    def __init__(
        self,
        journal: Journal,
        clients: Clients,
        *,
        stop: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
        fiscal_data_late_after: float = FISCAL_DATA_LATE_AFTER,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        events: EventHub | None = None,
        polls: PollSchedule = FISCAL_DATA_POLLS,
    ) -> None:
        """``fiscal_data_late_after``: seconds after the cashbox took a receipt before its
        missing fiscal data are shown as late; ``now`` the wall time (aware) it is measured by;
        ``polls`` when getReceipt is asked again while the fiscal data are not ready."""
        self._journal = journal
        self._clients = clients
        self._stop = stop or threading.Event()
        self._now = now
        self._events = events or EventHub()
        self.polls = polls
        self._fiscal_data = FiscalDataWait(
            journal,
            clients.cashbox,
            self._events,
            stop=self._stop,
            clock=clock,
            now=now,
            late_after=fiscal_data_late_after,
        )
        self._copies = Copies(journal, clients.checker, self._events)

    @property
    def journal(self) -> Journal:
        return self._journal

    @property
    def stopping(self) -> threading.Event:
        """Set it to make waits end at once (the app is closing)."""
        return self._stop

    @property
    def events(self) -> EventHub:
        return self._events

    def subscribe(self, listener: Listener) -> Unsubscribe:
        return self._events.subscribe(listener)

    # --- the steps -----------------------------------------------------------------------

    def recover(self) -> tuple[int, ...]:
        """At start-up: receipts left "sending" by a stopped app need a person's decision."""
        ids = self._journal.mark_interrupted_sends()
        for receipt_id in ids:
            # The journal's reason names the document id when one was kept beside it.
            reason = self._journal.get(receipt_id).last_error or INTERRUPTED_SEND
            self.emit(ReceiptChanged(receipt_id, ReceiptState.NEEDS_ATTENTION, reason))
        return ids

    def submit(
        self,
        receipt: Receipt,
        invoice_id: str,
        *,
        refund_id: int | None = None,
        refund_of: int | None = None,
        copy: CopyDetails | None = None,
    ) -> int:
        """Write the receipt to the journal, queued: durable before anything leaves. It is
        made for the cashbox the clients send to, and only ever sent there; ``copy`` is what
        the customer's Checker.uz copy carries besides the receipt."""
        receipt_id = self._journal.add(
            receipt,
            invoice_id,
            refund_id=refund_id,
            refund_of=refund_of,
            target=self._clients.target,
            copy=copy,
        )
        self.emit(ReceiptChanged(receipt_id, ReceiptState.QUEUED, words.said(words.ADDED)))
        return receipt_id

    def process(self, receipt_id: int, *, patience: float = DEFAULT_PATIENCE) -> ReceiptRecord:
        """Take one receipt as far as it can go now; returns where it ended."""
        # The record read once and handed along: the journal is read twice, not per step.
        record = self._journal.get(receipt_id)
        state, document_id = record.state, record.document_id
        if not self.belongs_here(record):
            return self._elsewhere(record)
        if state is ReceiptState.QUEUED:
            state, document_id = self._send(record)
        if state in AWAITING_FISCAL_DATA and document_id is not None:
            since = self._now() if state is not record.state else submitted_at(record)
            pauses = self.polls.pauses()
            state = self._fiscal_data.fetch(
                record, state, document_id, since, patience=patience, pauses=pauses
            ).state
        if state is ReceiptState.FISCALIZED and record.delivery.state is DeliveryState.PENDING:
            self.deliver(receipt_id)
        return self._journal.get(receipt_id)

    def send(self, receipt_id: int) -> ReceiptState:
        """createReceipt, once. QUEUED → SUBMITTED, REJECTED, NEEDS_ATTENTION, HELD, or back to
        QUEUED when the cashbox provably did not take it."""
        record = self._journal.get(receipt_id)
        if not self.belongs_here(record):
            return self._elsewhere(record).state
        return self._send(record)[0]

    def _send(  # noqa: PLR0911 - one exit per kind of answer
        self, record: ReceiptRecord
    ) -> tuple[ReceiptState, str | None]:
        receipt_id = record.id
        try:
            # Written (and on disk) before the request leaves: a crash from here on is seen.
            self._journal.mark_sending(receipt_id)
        except IllegalTransitionError:
            # Another pos-app (the command line, a second window) took it first.
            current = self._journal.get(receipt_id)
            return current.state, current.document_id
        self.emit(ReceiptChanged(receipt_id, ReceiptState.SENDING, words.said(words.SENDING)))
        try:
            created = self._clients.cashbox.create_receipt(
                record.invoice_id, record.content, record.refund_id
            )
        except RejectedError as error:
            self._journal.mark_rejected(receipt_id, error.translatable)
            return self._changed(receipt_id, ReceiptState.REJECTED, error.translatable), None
        except UnrecognisedRefusalError as error:
            # Nothing was made, but sending it again as it is would meet the same refusal.
            self._journal.mark_held(receipt_id, error.translatable)
            return self._changed(receipt_id, ReceiptState.HELD, error.translatable), None
        except (AuthError, UnavailableError) as error:
            # Refused before any work, or never reached: safe to send again.
            self._journal.mark_not_sent(receipt_id, error.translatable)
            self.emit(ServiceTrouble.of(error))
            return self._changed(receipt_id, ReceiptState.QUEUED, error.translatable), None
        except UnknownOutcomeError as error:
            self._journal.mark_needs_attention(receipt_id, error.translatable)
            return self._changed(receipt_id, ReceiptState.NEEDS_ATTENTION, error.translatable), None
        except Exception as error:
            # A failure of our own after the request may have left: the outcome is unknown.
            logger.exception("Receipt %d: unexpected failure while sending", receipt_id)
            reason = Message.of("workflow", UNEXPECTED, {"problem": type(error).__name__})
            self._journal.mark_needs_attention(receipt_id, reason)
            return self._changed(receipt_id, ReceiptState.NEEDS_ATTENTION, reason), None
        document_id = created.document_id
        self._journal.mark_submitted(receipt_id, document_id)
        detail = words.said(words.SUBMITTED, document_id=document_id)
        return self._changed(receipt_id, ReceiptState.SUBMITTED, detail), document_id

    def send_again(self, receipt_id: int, note: str | None = None) -> None:
        """A person's decision: a held receipt whose cause is fixed (or one needing attention
        that the cashbox proved not to have) goes back to the queue, to be sent again."""
        self._journal.resolve_retry(receipt_id, note)
        detail = Message.verbatim(note) if note else words.said(words.SENT_AGAIN)
        self.emit(ReceiptChanged(receipt_id, ReceiptState.QUEUED, detail))

    def fetch_fiscal_data(self, receipt_id: int, *, patience: float = 0.0) -> ReceiptState:
        """getReceipt until the fiscal data come or ``patience`` seconds pass (0: ask once)."""
        return self.poll(receipt_id, patience=patience).state

    def poll(
        self, receipt_id: int, *, patience: float = 0.0, pauses: Backoff | None = None
    ) -> PollOutcome:
        """As fetch_fiscal_data, saying also whether the cashbox could be asked at all;
        ``pauses``: where this receipt is in :attr:`polls` (the outbox keeps one per receipt
        across its rounds; a fresh one by default)."""
        record = self._journal.get(receipt_id)
        if record.state not in AWAITING_FISCAL_DATA or record.document_id is None:
            return PollOutcome(record.state)
        if not self.belongs_here(record):
            # Asked of another cashbox, it would answer "no such document".
            return PollOutcome(self._elsewhere(record).state)
        pauses = pauses if pauses is not None else self.polls.pauses()
        since = submitted_at(record)
        return self._fiscal_data.fetch(
            record, record.state, record.document_id, since, patience=patience, pauses=pauses
        )

    def deliver(self, receipt_id: int) -> DeliveryState:
        """Send the customer's copy through Checker.uz, if one is waiting."""
        record = self._journal.get(receipt_id)
        if record.delivery.state is not DeliveryState.PENDING or record.fiscal is None:
            return record.delivery.state
        if not self.belongs_here(record):
            # A training receipt's copy never goes through the real Checker.uz, nor back.
            self._elsewhere(record)
            return DeliveryState.PENDING
        return self._copies.send(record, record.fiscal)

    @property
    def target(self) -> CashboxTarget:
        """The cashbox this workflow sends to."""
        return self._clients.target

    @property
    def can_deliver(self) -> bool:
        """Whether copies can be sent now (the Checker.uz token is set)."""
        return self._copies.can_deliver

    def belongs_here(self, record: ReceiptSummary) -> bool:
        """Whether the receipt was made for the cashbox the clients send to (a receipt from
        before targets were recorded goes to the one configured)."""
        return record.target is None or record.target == self._clients.target

    # --- a person's decisions on a copy ------------------------------------------------------

    def resend_copy(
        self, receipt_id: int, note: str | None = None, *, phone: str | None = None
    ) -> None:
        """A person's decision on a copy that may have been sent (or was given up, or
        arrived and was lost): it is sent again by the next round, to ``phone`` (E.164) when
        the customer gives another one."""
        self._copies.resend(receipt_id, note, phone=phone)

    def copy_arrived(self, receipt_id: int, note: str | None = None) -> None:
        """A person's decision on a copy that may have been sent: the customer has it."""
        self._copies.arrived(receipt_id, note)

    # --- inside --------------------------------------------------------------------------

    def _elsewhere(self, record: ReceiptRecord) -> ReceiptRecord:
        """A receipt made for another cashbox: it waits, and says why (once)."""
        reason = Message.of(
            "workflow",
            ELSEWHERE,
            {"target": str(record.target), "current": str(self._clients.target)},
        )
        if record.last_error != reason:
            self._journal.record_error(record.id, reason)
            self.emit(ServiceTrouble(SERVICE_NAME, reason, needs_settings=True))
            return self._journal.get(record.id)
        return record

    def _changed(self, receipt_id: int, state: ReceiptState, detail: Message) -> ReceiptState:
        self.emit(ReceiptChanged(receipt_id, state, detail))
        return state

    def emit(self, event: Event) -> None:
        self._events.emit(event)
