"""The outbox: receipts waiting in the journal, sent in order when the services answer.

:meth:`Outbox.run_once` goes through what waits, oldest first: sends queued receipts, asks
for the fiscal data of submitted ones, delivers copies. When the cashbox does not take a
receipt, or its answer is lost, the round sends no more (the next receipts would fare the same,
and out of order). A receipt whose fiscal data are not ready is asked about again after a pause
that grows (capped, jittered), so one slow receipt costs the cashbox little however long it
takes. :class:`OutboxRunner` repeats rounds in a background thread with capped exponential
backoff and jitter while there is trouble, and wakes at once when told to. Held receipts are not
the outbox's: a person sends them again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pos_app.core.journal import (
    DeliveryState,
    JournalError,
    OutboxState,
    ReceiptState,
    ReceiptSummary,
)
from pos_app.core.journal.upkeep import JournalUpkeep
from pos_app.core.workflow.backoff import Backoff
from pos_app.core.workflow.events import JournalTrouble, OutboxChanged
from pos_app.core.workflow.fiscal_data_wait import AWAITING_FISCAL_DATA
from pos_app.core.workflow.workflow import Workflow

logger = logging.getLogger(__name__)

# With nothing waiting, a round now and then still picks up receipts added by another pos-app.
IDLE_INTERVAL = 30.0
# A round with receipts waiting (nothing due sooner) comes this long after the last one.
# Receipts waiting for fiscal data are asked when the workflow's schedule says (Workflow.polls).
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
    def __init__(
        self,
        workflow: Workflow,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._workflow = workflow
        self._clock = clock
        # Receipts awaiting fiscal data: where each is in the workflow's schedule of asks, and
        # when it is asked next.
        self._polls: dict[int, tuple[Backoff, float]] = {}

    def state(self) -> OutboxState:
        return self._workflow.journal.outbox_state(self._workflow.target)

    def _here(self, summary: ReceiptSummary) -> bool:
        """Whether the receipt was made for this cashbox. One made for another waits (and
        says so, once); the others go on without it."""
        if self._workflow.belongs_here(summary):
            return True
        self._workflow.process(summary.id)
        return False

    def drain(self, *, patience: float, deadline: float) -> RoundReport:
        """Rounds until one sends nothing more, a service fails, or the ``deadline`` (of the
        outbox's clock) passes: receipts another pos-app adds meanwhile are taken too, so a
        command that holds the sender lock leaves nothing behind that it could send. The
        counts are the rounds' sums; the state and trouble, the last round's."""
        sent = fiscalized = delivered = 0
        while True:
            report = self.run_once(patience=patience)
            sent += report.sent
            fiscalized += report.fiscalized
            delivered += report.delivered
            if (
                not report.sent
                or report.trouble
                or self._clock() >= deadline
                or self._workflow.stopping.is_set()
            ):
                return RoundReport(sent, fiscalized, delivered, report.trouble, report.state)

    def run_once(self, *, patience: float = 0.0) -> RoundReport:
        journal = self._workflow.journal
        sent = fiscalized = delivered = 0
        cashbox_down = trouble = False
        waiting = journal.waiting()
        # Forget the pauses of receipts no longer waiting (settled by another pos-app, say).
        still = {summary.id for summary in waiting}
        self._polls = {key: value for key, value in self._polls.items() if key in still}
        for summary in filter(self._here, waiting):
            if self._workflow.stopping.is_set():
                break
            state = summary.state
            if state is ReceiptState.QUEUED:
                if cashbox_down:
                    continue
                state = self._workflow.send(summary.id)
                if state in (ReceiptState.QUEUED, ReceiptState.NEEDS_ATTENTION, ReceiptState.HELD):
                    # Not taken, no answer, or refused for an unknown reason: the next receipts
                    # would fare the same, and out of order.
                    cashbox_down = trouble = True
                    continue
                # Taken or refused by the cashbox; not one a person cancelled just now.
                sent += state in (ReceiptState.SUBMITTED, ReceiptState.REJECTED)
            if state in AWAITING_FISCAL_DATA and not cashbox_down and self._due(summary.id):
                pauses = self._pauses(summary.id)
                outcome = self._workflow.poll(summary.id, patience=patience, pauses=pauses)
                state = outcome.state
                trouble = trouble or outcome.trouble
                if state in AWAITING_FISCAL_DATA:
                    self._polls[summary.id] = (pauses, self._clock() + pauses.next_delay())
                else:
                    self._polls.pop(summary.id, None)
                if state is ReceiptState.FISCALIZED:
                    fiscalized += 1
            if state is ReceiptState.FISCALIZED:
                outcome_of_copy = self._workflow.deliver(summary.id)
                if outcome_of_copy is DeliveryState.DELIVERED:
                    delivered += 1
                elif outcome_of_copy is DeliveryState.PENDING and self._workflow.can_deliver:
                    # Without the token the copy waits for a person, not for a better moment.
                    trouble = True
        report = RoundReport(sent, fiscalized, delivered, trouble, self.state())
        self._workflow.emit(OutboxChanged(report.state))
        return report

    def next_poll_in(self) -> float | None:
        """Seconds until a receipt is due to be asked for its fiscal data (None: none waits)."""
        if not self._polls:
            return None
        return max(0.0, min(due for _, due in self._polls.values()) - self._clock())

    def _due(self, receipt_id: int) -> bool:
        schedule = self._polls.get(receipt_id)
        return schedule is None or self._clock() >= schedule[1]

    def _pauses(self, receipt_id: int) -> Backoff:
        """The receipt's place in the schedule; a receipt first asked about starts it."""
        schedule = self._polls.get(receipt_id)
        return schedule[0] if schedule is not None else self._workflow.polls.pauses()


class SideRound(Protocol):
    """Other work the sender's thread does after each round (promo submissions): its own
    tries are scheduled by itself; the runner only wakes in time for the next."""

    def run_once(self) -> object: ...

    def next_due_in(self) -> float | None: ...


class OutboxRunner:
    """Runs outbox rounds in a background thread until stopped; with ``journal_upkeep`` (the
    default) also the journal's upkeep beside it (a quick_check after start, the day's backup
    into ``backup_folder``, the disk space), whose findings come as JournalTrouble events."""

    def __init__(
        self,
        outbox: Outbox,
        workflow: Workflow,
        *,
        backoff: Backoff | None = None,
        idle_interval: float = IDLE_INTERVAL,
        poll_interval: float = POLL_INTERVAL,
        journal_upkeep: bool = True,
        backup_folder: Path | None = None,
        side_rounds: Sequence[SideRound] = (),
    ) -> None:
        self._outbox = outbox
        self._sides = tuple(side_rounds)
        self._workflow = workflow
        self._backoff = backoff or Backoff(base=1.0, cap=60.0)
        self._idle = idle_interval
        self._poll = poll_interval
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="outbox", daemon=True)
        # The sender also looks after the journal: a check after start, the day's backup.
        self._upkeep = (
            JournalUpkeep(
                workflow.journal,
                lambda error: workflow.emit(JournalTrouble.of(error)),
                backup_folder=backup_folder,
            )
            if journal_upkeep
            else None
        )

    def start(self) -> None:
        self._thread.start()
        if self._upkeep is not None:
            self._upkeep.start()

    def wake(self) -> None:
        """Run a round now (a receipt was just submitted, or a person resolved one)."""
        self._wake.set()

    def stop(self, timeout: float | None = None) -> None:
        self._workflow.stopping.set()
        self._wake.set()
        if self._upkeep is not None:
            self._upkeep.stop(timeout)
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            self._workflow.recover()
        except JournalError as error:
            # A journal that cannot be written (read-only, full) must not kill the thread:
            # nothing can leave then anyway (a receipt is marked sending before it leaves).
            logger.error("Outbox: recovery failed: %s", error)
            self._workflow.emit(JournalTrouble.of(error))
        stopping = self._workflow.stopping
        while not stopping.is_set():
            self._wake.clear()
            try:
                report = self._outbox.run_once()
            except JournalError as error:
                # The journal's file failed: the person must hear it now; an answer it could
                # not record (the receipt may be fiscalized) comes with its document id.
                logger.error("Outbox: %s", error)
                self._workflow.emit(JournalTrouble.of(error))
                delay = self._backoff.next_delay()
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
                    due = self._outbox.next_poll_in()
                    if due is not None:
                        delay = min(delay, due)
            for side in self._sides:
                delay = min(delay, self._run_side(side))
            self._wake.wait(delay)

    def _run_side(self, side: SideRound) -> float:
        """Run a side round; how long until it is due again (a failed one: a minute)."""
        try:
            side.run_once()
            due = side.next_due_in()
        except JournalError as error:
            logger.error("Outbox: %s", error)
            self._workflow.emit(JournalTrouble.of(error))
            return self._idle
        except Exception:
            logger.exception("A side round failed")
            return self._idle
        return self._idle if due is None else due
