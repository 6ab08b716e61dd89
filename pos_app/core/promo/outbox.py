"""The promo outbox: submissions waiting in the journal go out, oldest first, and the checks of
those the service took are read until they are good or rejected.

It has no thread of its own: the receipts' :class:`~pos_app.core.workflow.OutboxRunner` runs a
round after each of its own and sleeps no longer than :meth:`PromoOutbox.next_due_in`. Each
submission's next try is kept in the journal (``next_try_at``), so a service that is down is
asked less and less often (capped, jittered), and a restart does not hammer it.

Never twice: the upload takes no client id, so a repeat would be a second entry (rejected as
``dublicate``, or counted against the campaign's limit). ``SENDING`` is written before it
leaves; when no answer comes back the submission becomes ``UNKNOWN`` and is never sent again on
its own: the service may have it, and only a person can look (the service has no way to find
an upload by anything but the id its lost answer carried). Sending again is a person's choice
(:meth:`Promos.send_again`), made knowing a duplicate may come back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.journal import Journal, PromoState, PromoSubmission
from pos_app.core.promo.account import PromoAccount
from pos_app.core.services.endpoints import ServiceName
from pos_app.core.services.errors import (
    AuthError,
    RejectedError,
    ServiceError,
    UnavailableError,
    UnknownOutcomeError,
)
from pos_app.core.services.inshopper import (
    CheckNotReadyError,
    CheckState,
    InshopperClient,
    PromoCheck,
    reason_words,
)
from pos_app.core.workflow.backoff import Backoff
from pos_app.core.workflow.events import Event, PromoChanged, ServiceTrouble

logger = logging.getLogger(__name__)

SERVICE = ServiceName.INSHOPPER.label
# An upload that did not reach the service is tried again after this, doubling, up to the cap.
RETRY_BASE = 2.0
RETRY_CAP = 300.0
# A check is read this soon after the upload, then less and less often, up to the cap.
FIRST_CHECK = 0.5
CHECK_CAP = 120.0
# With nothing due, the journal is looked at again this often (another pos-app may have added
# a submission); a submission made here wakes the outbox at once.
RELOOK = 30.0

_STATES = {
    CheckState.UNFILLED: PromoState.UNFILLED,
    CheckState.PROCESSING: PromoState.PROCESSING,
    CheckState.GOOD: PromoState.GOOD,
    CheckState.REJECTED: PromoState.REJECTED,
}


@dataclass(frozen=True)
class PromoRound:
    """What one round did."""

    sent: int
    settled: int
    trouble: bool  # the service failed; what is left waits for its next try


class PromoOutbox:
    def __init__(
        self,
        journal: Journal,
        account: PromoAccount,
        emit: Callable[[Event], None],
        *,
        first_check: float | None = None,
        check_cap: float = CHECK_CAP,
        retry_base: float | None = None,
        stopping: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._journal = journal
        self._clock = clock
        # When the journal is read next (0: at the next round), and whether anything waits:
        # an idle round costs neither a query nor the keyring.
        self._look_at = 0.0
        self._waiting = False
        self._account = account
        self._emit = emit
        # The module's pauses unless given (read now, so a test can shorten them).
        self._first_check = FIRST_CHECK if first_check is None else first_check
        self._check_cap = check_cap
        self._retry_base = RETRY_BASE if retry_base is None else retry_base
        self._stopping = stopping or threading.Event()
        # Reads of each followed check so far (their pauses grow with them).
        self._checks: dict[int, int] = {}
        self._recovered = False
        # Submissions wait for a login; said once, then not asked about until woken.
        self._waiting_for_login = False

    def next_due_in(self) -> float | None:
        """Seconds until a submission is due (None: nothing waits, or it waits for a login,
        which wakes the sender)."""
        if self._waiting_for_login or not self._waiting:
            return None
        return max(0.0, self._look_at - self._clock())

    def wake(self) -> None:
        """Read the journal at the next round (a submission was just written, or a login)."""
        self._look_at = 0.0
        self._waiting_for_login = False

    def run_once(self) -> PromoRound:
        if self._clock() < self._look_at:
            return PromoRound(0, 0, trouble=False)
        try:
            return self._round()
        finally:
            self._schedule()

    def _schedule(self) -> None:
        due = None if self._waiting_for_login else self._journal.promos.next_due_in()
        self._waiting = due is not None
        self._look_at = self._clock() + (RELOOK if due is None else due)

    def _round(self) -> PromoRound:
        if not self._recovered:
            # As the sender, at start: an upload left "sending" lost its answer.
            for submission in self._journal.promos.recover():
                self._announce(
                    submission, Message("promo", _N("promo", "The upload's answer was lost."))
                )
            self._recovered = True
        due = self._journal.promos.due()
        if not due:
            return PromoRound(0, 0, trouble=False)
        # The keyring is asked only when something is due, never on an idle round.
        if not self._account.logged_in:
            if not self._waiting_for_login:
                self._waiting_for_login = True
                self._emit(
                    ServiceTrouble(
                        SERVICE,
                        Message("promo", _N("promo", "Promo submissions wait: log in first.")),
                        needs_settings=True,
                    )
                )
            return PromoRound(0, 0, trouble=False)
        self._waiting_for_login = False
        sent = settled = 0
        client = self._account.client()
        try:
            for submission in due:
                if self._stopping.is_set():
                    break
                if submission.state is PromoState.QUEUED:
                    # Its check is read after a pause, in a later round.
                    if self._upload(client, submission) is None:
                        # Not reached, or the token refused: the rest would fare the same.
                        return PromoRound(sent, settled, trouble=True)
                    sent += 1
                elif submission.state.followed:
                    checked = self._check(client, submission)
                    if checked is None:
                        return PromoRound(sent, settled, trouble=True)
                    settled += checked.state.is_final
        finally:
            client.close()
        return PromoRound(sent, settled, trouble=False)

    # --- the upload ------------------------------------------------------------------------

    def _upload(
        self, client: InshopperClient, submission: PromoSubmission
    ) -> PromoSubmission | None:
        """The submission after its upload; None when the service could not be used."""
        promos = self._journal.promos
        sending = promos.move(submission.id, PromoState.SENDING, "uploading")
        try:
            inshopper_id = self._send(client, sending)
        except (UnavailableError, AuthError) as error:
            # Nothing reached the service (or it refused the token): safe to try again later.
            delay = Backoff(base=self._retry_base, cap=RETRY_CAP, failures=sending.attempts - 1)
            moved = promos.move(
                submission.id,
                PromoState.QUEUED,
                error.translatable,
                error=error.translatable,
                retry_in=delay.next_delay(),
            )
            self._trouble(error)
            self._announce(moved, error.translatable)
            return None
        except UnknownOutcomeError as error:
            moved = promos.move(
                submission.id, PromoState.UNKNOWN, error.translatable, error=error.translatable
            )
            self._announce(moved, error.translatable)
            return moved
        except (RejectedError, ValidationError, ServiceError) as error:
            moved = promos.move(
                submission.id, PromoState.ERROR, error.translatable, error=error.translatable
            )
            self._announce(moved, error.translatable)
            return moved
        detail = Message.of("promo", _N("promo", "Taken in as {id}."), {"id": inshopper_id})
        moved = promos.move(
            submission.id,
            PromoState.SUBMITTED,
            detail,
            inshopper_id=inshopper_id,
            retry_in=self._first_check,
        )
        self._announce(moved, detail)
        return moved

    @staticmethod
    def _send(client: InshopperClient, submission: PromoSubmission) -> int:
        external = submission.external_id
        if submission.photo_path is not None:
            return client.upload_photo(
                submission.campaign_id, Path(submission.photo_path), external
            )
        if submission.qr_string is None:
            raise ValidationError(
                "qr_string",
                _N("promo", "The submission has neither a QR string nor a photo to send."),
            )
        return client.upload_qr(submission.campaign_id, submission.qr_string, external)

    # --- the check -------------------------------------------------------------------------

    def _check(
        self, client: InshopperClient, submission: PromoSubmission
    ) -> PromoSubmission | None:
        promos = self._journal.promos
        if submission.inshopper_id is None:
            return submission
        reads = self._checks.get(submission.id, 0)
        pause = min(self._check_cap, self._first_check * 2.0 ** (reads + 1))
        check: PromoCheck | None
        try:
            check = client.receipt_state(submission.campaign_id, submission.inshopper_id)
        except CheckNotReadyError:
            check = None
        except (UnavailableError, AuthError, RejectedError) as error:
            # RejectedError: no such receipt (yet); the service gave this id, so ask again.
            promos.move(
                submission.id,
                submission.state,
                error.translatable,
                error=error.translatable,
                retry_in=pause,
            )
            self._checks[submission.id] = reads + 1
            if isinstance(error, RejectedError):
                return submission
            self._trouble(error)
            return None
        self._checks[submission.id] = reads + 1
        state = submission.state if check is None else _STATES[check.state]
        if state.is_final:
            self._checks.pop(submission.id, None)
        detail = self._detail(check)
        moved = promos.move(
            submission.id,
            state,
            detail,
            retry_in=None if state.is_final else pause,
            reject_reason=None if check is None else check.reject_reason,
            quantity=None if check is None else check.quantity,
        )
        if moved.state is not submission.state:
            self._announce(moved, detail)
        return moved

    @staticmethod
    def _detail(check: PromoCheck | None) -> Message:
        if check is None:
            return Message("promo", _N("promo", "Not ready yet."))
        if check.state is CheckState.REJECTED and check.reject_reason is not None:
            return Message.of(
                "promo",
                _N("promo", "Rejected: {reason}"),
                {"reason": reason_words(check.reject_reason)},
            )
        return Message.of(
            "promo", _N("promo", "The service says: {state}."), {"state": check.state}
        )

    def _announce(self, submission: PromoSubmission, detail: Message) -> None:
        self._emit(PromoChanged(submission.id, submission.receipt_id, submission.state, detail))

    def _trouble(self, error: ServiceError) -> None:
        logger.info("inshopper: %s", error)
        self._emit(ServiceTrouble(SERVICE, error.translatable, isinstance(error, AuthError)))
