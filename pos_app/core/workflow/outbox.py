"""The outbox: receipts waiting in the journal, sent in order when the services answer.

:meth:`Outbox.run_once` goes through what waits, oldest first: sends queued receipts, asks
for the fiscal data of submitted ones, delivers copies. When the cashbox does not take a
receipt, or its answer is lost, the round sends no more (the next receipts would fare the same,
and out of order). :class:`OutboxRunner` repeats rounds in a background thread with capped
exponential backoff and jitter while there is trouble, and wakes at once when told to.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from pos_app.core.journal import DeliveryState, OutboxState, ReceiptState
from pos_app.core.workflow.backoff import Backoff
from pos_app.core.workflow.events import OutboxChanged
from pos_app.core.workflow.workflow import Workflow

logger = logging.getLogger(__name__)

# With nothing waiting, a round now and then still picks up receipts added by another pos-app.
IDLE_INTERVAL = 30.0
# Submitted receipts waiting for fiscal data are asked about again this soon.
POLL_INTERVAL = 1.0


@dataclass(frozen=True)
class RoundReport:
    """What one round did and what is left."""

    sent: int
    fiscalized: int
    delivered: int
    trouble: bool  # a service failed; the rest waits for the next round
    state: OutboxState


class Outbox:
    def __init__(self, workflow: Workflow) -> None:
        self._workflow = workflow

    def state(self) -> OutboxState:
        return self._workflow.journal.outbox_state(self._workflow.target)

    def run_once(self, *, patience: float = 0.0) -> RoundReport:
        journal = self._workflow.journal
        sent = fiscalized = delivered = 0
        cashbox_down = trouble = False
        for summary in journal.waiting():
            if self._workflow.stopping.is_set():
                break
            state = summary.state
            if not self._workflow.belongs_here(summary):
                # Made for another cashbox: it waits (and says so), the others go on.
                self._workflow.process(summary.id)
                continue
            if state is ReceiptState.QUEUED:
                if cashbox_down:
                    continue
                state = self._workflow.send(summary.id)
                if state in (ReceiptState.QUEUED, ReceiptState.NEEDS_ATTENTION):
                    # Not taken, or no answer: the next receipts would fare the same.
                    cashbox_down = trouble = True
                    continue
                # Taken or refused by the cashbox; not one a person cancelled just now.
                sent += state in (ReceiptState.SUBMITTED, ReceiptState.REJECTED)
            if state is ReceiptState.SUBMITTED and not cashbox_down:
                state = self._workflow.fetch_fiscal_data(summary.id, patience=patience)
                if state is ReceiptState.FISCALIZED:
                    fiscalized += 1
                elif journal.get(summary.id).last_error is not None:
                    trouble = True
            if state is ReceiptState.FISCALIZED:
                outcome = self._workflow.deliver(summary.id)
                if outcome is DeliveryState.DELIVERED:
                    delivered += 1
                elif outcome is DeliveryState.PENDING and self._workflow.can_deliver:
                    # Without the token the copy waits for a person, not for a better moment.
                    trouble = True
        report = RoundReport(sent, fiscalized, delivered, trouble, self.state())
        self._workflow.emit(OutboxChanged(report.state))
        return report


class OutboxRunner:
    """Runs outbox rounds in a background thread until stopped."""

    def __init__(
        self,
        outbox: Outbox,
        workflow: Workflow,
        *,
        backoff: Backoff | None = None,
        idle_interval: float = IDLE_INTERVAL,
        poll_interval: float = POLL_INTERVAL,
    ) -> None:
        self._outbox = outbox
        self._workflow = workflow
        self._backoff = backoff or Backoff(base=1.0, cap=60.0)
        self._idle = idle_interval
        self._poll = poll_interval
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="outbox", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Run a round now (a receipt was just submitted, or a person resolved one)."""
        self._wake.set()

    def stop(self, timeout: float | None = None) -> None:
        self._workflow.stopping.set()
        self._wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        self._workflow.recover()
        stopping = self._workflow.stopping
        while not stopping.is_set():
            self._wake.clear()
            try:
                report = self._outbox.run_once()
            except Exception:
                # The journal failing (disk full, file removed) must not kill the thread.
                logger.exception("An outbox round failed")
                delay = self._backoff.next_delay()
            else:
                if report.trouble:
                    delay = self._backoff.next_delay()
                    logger.info("Outbox: trouble; next round in %.1f s", delay)
                else:
                    self._backoff.reset()
                    delay = self._poll if report.state.waiting else self._idle
            self._wake.wait(delay)
