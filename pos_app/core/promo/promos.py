"""What the window and the command line do with promo campaigns: log in, list campaigns,
submit a journal receipt or a photo (written to the journal first, then the outbox is woken),
send again after a lost answer, and read the submissions."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pos_app.core.credentials import Secret
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.journal import Actor, Journal, PromoState, PromoSubmission
from pos_app.core.promo.account import PromoAccount
from pos_app.core.promo.outbox import PromoOutbox
from pos_app.core.promo.photos import keep_photo
from pos_app.core.services.inshopper import Campaign
from pos_app.core.workflow.events import EventHub, PromoChanged

SEND_AGAIN = _N("promo", "A person chose to send it again.")


class Promos:
    def __init__(
        self,
        journal: Journal,
        account: PromoAccount,
        events: EventHub,
        data_folder: Path,
        outbox: PromoOutbox | None = None,
    ) -> None:
        self.journal = journal
        self.account = account
        self._events = events
        self._data_folder = data_folder
        self.outbox = outbox or PromoOutbox(journal, account, events.emit)
        self._wake: Callable[[], None] = lambda: None

    def on_submit(self, wake: Callable[[], None]) -> None:
        """Call ``wake`` after each submission is written (the session wakes its sender)."""
        self._wake = wake

    def login(
        self, email: str | None = None, password: Secret | None = None, user_id: str | None = None
    ) -> None:
        self.account.login(email, password, user_id)
        self.outbox.wake()
        self._wake()

    def campaigns(self) -> tuple[Campaign, ...]:
        return self.account.campaigns()

    def submit_receipt(
        self, receipt_id: int, campaign_id: int, external_id: str | None = None
    ) -> PromoSubmission:
        """Queue a fiscalized journal receipt (its five-field QR string) for a campaign."""
        added = self.journal.promos.add_receipt(receipt_id, campaign_id, external_id)
        return self._queued(added)

    def submit_photo(
        self, photo: Path, campaign_id: int, external_id: str | None = None
    ) -> PromoSubmission:
        """Check the photo, keep a copy in the data folder, and queue it for a campaign."""
        kept = keep_photo(photo, self._data_folder)
        added = self.journal.promos.add_photo(kept, campaign_id, external_id)
        return self._queued(added)

    def send_again(self, submission_id: int) -> PromoSubmission:
        """A person's choice for one whose answer was lost (it may come back "dublicate") or
        that the service refused: queue it once more."""
        moved = self.journal.promos.move(
            submission_id, PromoState.QUEUED, SEND_AGAIN, actor=Actor.PERSON
        )
        return self._queued(moved, SEND_AGAIN)

    def get(self, submission_id: int) -> PromoSubmission:
        return self.journal.promos.get(submission_id)

    def recent(self, limit: int = 200) -> tuple[PromoSubmission, ...]:
        return self.journal.promos.recent(limit)

    def wait(self, submission_id: int, seconds: float, *, sending: bool) -> PromoSubmission:
        """Follow a submission until it is final or ``seconds`` pass; as the sender, run the
        outbox's rounds meanwhile (otherwise the sender does)."""
        deadline = time.monotonic() + seconds
        while True:
            submission = self.get(submission_id)
            left = deadline - time.monotonic()
            if submission.state.is_final or submission.state is PromoState.UNKNOWN or left <= 0:
                return submission
            if sending:
                self.outbox.run_once()
            pause = self.outbox.next_due_in() if sending else None
            time.sleep(min(left, 0.2 if pause is None else max(pause, 0.02)))

    def _queued(
        self, submission: PromoSubmission, detail: str = _N("promo", "Waiting to be sent.")
    ) -> PromoSubmission:
        self.outbox.wake()
        self._events.emit(
            PromoChanged(
                submission.id, submission.receipt_id, submission.state, Message("promo", detail)
            )
        )
        self._wake()
        return submission
