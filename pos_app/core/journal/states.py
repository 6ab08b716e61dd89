"""The states a journal receipt, its Checker.uz copy and its promo submissions go through.

Each enum's value is the word stored in the journal; ``label`` is the plain-language English text
shown to the cashier (translated by the Qt layer, context ``"journal"``). The transition tables
are the only moves the journal allows.
"""

from __future__ import annotations

from enum import StrEnum

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N


class Actor(StrEnum):
    """Who made a change: the app on its own, or a person deciding."""

    APP = "app"
    PERSON = "person"

    @property
    def label(self) -> str:
        return _ACTOR_LABELS[self]


_ACTOR_LABELS = {
    Actor.APP: _N("journal", "the app"),
    Actor.PERSON: _N("journal", "a person"),
}


class ReceiptState(StrEnum):
    """Where a receipt is on its way to the cashbox."""

    # Durable in the journal, not yet sent: safe to send.
    QUEUED = "queued"
    # createReceipt is about to leave or has left; if the app dies here the outcome is unknown.
    SENDING = "sending"
    # The cashbox took it (its document id is known); fiscal data are awaited.
    SUBMITTED = "submitted"
    FISCALIZED = "fiscalized"
    # The service refused it; its words are kept.
    REJECTED = "rejected"
    # The outcome is unknown: never re-sent automatically, a person decides.
    NEEDS_ATTENTION = "needs_attention"
    # A person withdrew it while it waited, before any request could reach the cashbox.
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _RECEIPT_STATE_LABELS[self]

    @property
    def is_final(self) -> bool:
        return all(source is not self for source, _ in RECEIPT_TRANSITIONS)


_RECEIPT_STATE_LABELS = {
    ReceiptState.QUEUED: _N("journal", "Waiting to be sent"),
    ReceiptState.SENDING: _N("journal", "Being sent"),
    ReceiptState.SUBMITTED: _N("journal", "Sent, waiting for the fiscal data"),
    ReceiptState.FISCALIZED: _N("journal", "Fiscalized"),
    ReceiptState.REJECTED: _N("journal", "Rejected by the cashbox"),
    ReceiptState.NEEDS_ATTENTION: _N("journal", "Needs attention: outcome unknown"),
    ReceiptState.CANCELLED: _N("journal", "Cancelled before it was sent"),
}

# Every move a receipt may make, and who makes it: the app on its own, or a person deciding.
# The same target from two states is two different decisions (QUEUED again after a failed
# connection is the app's; after an unknown outcome, only a person's).
RECEIPT_TRANSITIONS: dict[tuple[ReceiptState, ReceiptState], Actor] = {
    (ReceiptState.QUEUED, ReceiptState.SENDING): Actor.APP,
    (ReceiptState.SENDING, ReceiptState.SUBMITTED): Actor.APP,
    (ReceiptState.SENDING, ReceiptState.REJECTED): Actor.APP,
    (ReceiptState.SENDING, ReceiptState.NEEDS_ATTENTION): Actor.APP,
    # Only when the request provably never left (no connection was made).
    (ReceiptState.SENDING, ReceiptState.QUEUED): Actor.APP,
    (ReceiptState.SUBMITTED, ReceiptState.FISCALIZED): Actor.APP,
    (ReceiptState.SUBMITTED, ReceiptState.REJECTED): Actor.APP,
    (ReceiptState.SUBMITTED, ReceiptState.NEEDS_ATTENTION): Actor.APP,
    # Send again (the cashbox does not have it), or the document id found in its records.
    (ReceiptState.NEEDS_ATTENTION, ReceiptState.QUEUED): Actor.PERSON,
    (ReceiptState.NEEDS_ATTENTION, ReceiptState.SUBMITTED): Actor.PERSON,
    # Withdrawn while still queued; the journal also checks that no request of it ever may
    # have reached the cashbox (Journal.cancel).
    (ReceiptState.QUEUED, ReceiptState.CANCELLED): Actor.PERSON,
}

# Receipts the outbox still has work for (sending, or fetching the fiscal data).
RECEIPT_STATES_WAITING = (ReceiptState.QUEUED, ReceiptState.SUBMITTED)


class DeliveryState(StrEnum):
    """The customer's electronic copy through Checker.uz."""

    NOT_NEEDED = "not_needed"
    PENDING = "pending"
    DELIVERED = "delivered"
    # Given up (e.g. recipient not found); a person may ask for another try.
    FAILED = "failed"

    @property
    def label(self) -> str:
        return _DELIVERY_STATE_LABELS[self]


_DELIVERY_STATE_LABELS = {
    DeliveryState.NOT_NEEDED: _N("journal", "No copy needed"),
    DeliveryState.PENDING: _N("journal", "Copy waiting to be sent"),
    DeliveryState.DELIVERED: _N("journal", "Copy delivered"),
    DeliveryState.FAILED: _N("journal", "Copy could not be delivered"),
}

DELIVERY_TRANSITIONS: dict[tuple[DeliveryState, DeliveryState], Actor] = {
    # PENDING again: an attempt failed and will be repeated.
    (DeliveryState.PENDING, DeliveryState.PENDING): Actor.APP,
    (DeliveryState.PENDING, DeliveryState.DELIVERED): Actor.APP,
    (DeliveryState.PENDING, DeliveryState.FAILED): Actor.APP,
    (DeliveryState.PENDING, DeliveryState.NOT_NEEDED): Actor.APP,
    (DeliveryState.FAILED, DeliveryState.PENDING): Actor.PERSON,
}


class PromoState(StrEnum):
    """A receipt submitted to a check.inshopper.ru campaign; the service's own words where it
    has them (good, processing, unfilled, rejected)."""

    # Accepted by the service ("ok"); its check has not been read yet.
    SUBMITTED = "submitted"
    UNFILLED = "unfilled"
    PROCESSING = "processing"
    GOOD = "good"
    REJECTED = "rejected"
    # The service refused the submission itself ({"state": "error"}).
    ERROR = "error"

    @property
    def label(self) -> str:
        return _PROMO_STATE_LABELS[self]

    @property
    def is_final(self) -> bool:
        return self in (PromoState.GOOD, PromoState.REJECTED, PromoState.ERROR)


_PROMO_STATE_LABELS = {
    PromoState.SUBMITTED: _N("journal", "Submitted"),
    PromoState.UNFILLED: _N("journal", "Being recognised"),
    PromoState.PROCESSING: _N("journal", "Being checked"),
    PromoState.GOOD: _N("journal", "Accepted"),
    PromoState.REJECTED: _N("journal", "Rejected"),
    PromoState.ERROR: _N("journal", "Not accepted for checking"),
}


class Topic(StrEnum):
    """What a history event is about."""

    RECEIPT = "receipt"
    DELIVERY = "delivery"
    PROMO = "promo"
