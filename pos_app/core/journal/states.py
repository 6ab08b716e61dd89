"""The states a journal receipt, its Checker.uz copy and its promo submissions go through.

Each member is declared as ``NAME = word, label``: the value is the word stored in the journal,
``label`` the plain-language English text shown to the cashier (translated by the Qt layer,
context ``"journal"``). The transition tables are the only moves the journal allows.
"""

from __future__ import annotations

from enum import StrEnum

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.labelled import LabelledStrEnum


class Actor(LabelledStrEnum):
    """Who made a change: the app on its own, or a person deciding."""

    APP = "app", _N("journal", "the app")
    PERSON = "person", _N("journal", "a person")


class ReceiptState(LabelledStrEnum):
    """Where a receipt is on its way to the cashbox."""

    # Durable in the journal, not yet sent: safe to send.
    QUEUED = "queued", _N("journal", "Waiting to be sent")
    # createReceipt is about to leave or has left; if the app dies here the outcome is unknown.
    SENDING = "sending", _N("journal", "Being sent")
    # The cashbox took it (its document id is known); fiscal data are awaited.
    SUBMITTED = "submitted", _N("journal", "Sent, waiting for the fiscal data")
    # Still submitted, but the fiscal data have not come for long: shown, still asked for,
    # never rejected and never sent again.
    FISCAL_DATA_LATE = "fiscal_data_late", _N("journal", "Sent; the fiscal data are late")
    FISCALIZED = "fiscalized", _N("journal", "Fiscalized")
    # The service refused it; its words are kept.
    REJECTED = "rejected", _N("journal", "Rejected by the cashbox")
    # The outcome is unknown: never re-sent automatically, a person decides.
    NEEDS_ATTENTION = "needs_attention", _N("journal", "Needs attention: outcome unknown")
    # A person withdrew it while it waited, before any request could reach the cashbox.
    CANCELLED = "cancelled", _N("journal", "Cancelled before it was sent")
    # The service refused the request with a reason the app does not know: no document was
    # made; it waits for a person to fix the cause and send it again (not by itself).
    HELD = "held", _N("journal", "Held: refused for a reason to fix, then send again")

    @property
    def is_final(self) -> bool:
        return all(source is not self for source, _ in RECEIPT_TRANSITIONS)

    @property
    def short_label(self) -> str:
        """One or two words for the journal's list (context ``"journal_list"``); ``label``
        says it whole."""
        return _SHORT_LABELS[self]


# The list's column is narrow; its tooltip and the receipt's detail give the whole label.
_SHORT_LABELS = {
    ReceiptState.QUEUED: _N("journal_list", "Waiting to be sent"),
    ReceiptState.SENDING: _N("journal_list", "Being sent"),
    ReceiptState.SUBMITTED: _N("journal_list", "Sent"),
    ReceiptState.FISCAL_DATA_LATE: _N("journal_list", "Fiscal data late"),
    ReceiptState.FISCALIZED: _N("journal_list", "Fiscalized"),
    ReceiptState.REJECTED: _N("journal_list", "Rejected"),
    ReceiptState.NEEDS_ATTENTION: _N("journal_list", "Needs attention"),
    ReceiptState.CANCELLED: _N("journal_list", "Cancelled"),
    ReceiptState.HELD: _N("journal_list", "Held"),
}


# Every move a receipt may make, and who makes it: the app on its own, or a person deciding.
# The same target from two states is two different decisions (QUEUED again after a failed
# connection is the app's; after an unknown outcome, only a person's).
RECEIPT_TRANSITIONS: dict[tuple[ReceiptState, ReceiptState], Actor] = {
    (ReceiptState.QUEUED, ReceiptState.SENDING): Actor.APP,
    (ReceiptState.SENDING, ReceiptState.SUBMITTED): Actor.APP,
    (ReceiptState.SENDING, ReceiptState.REJECTED): Actor.APP,
    (ReceiptState.SENDING, ReceiptState.NEEDS_ATTENTION): Actor.APP,
    # Refused as a whole for a reason the app does not know; nothing was made.
    (ReceiptState.SENDING, ReceiptState.HELD): Actor.APP,
    # Only when the request provably never left (no connection was made).
    (ReceiptState.SENDING, ReceiptState.QUEUED): Actor.APP,
    (ReceiptState.SUBMITTED, ReceiptState.FISCALIZED): Actor.APP,
    (ReceiptState.SUBMITTED, ReceiptState.REJECTED): Actor.APP,
    (ReceiptState.SUBMITTED, ReceiptState.NEEDS_ATTENTION): Actor.APP,
    (ReceiptState.SUBMITTED, ReceiptState.FISCAL_DATA_LATE): Actor.APP,
    (ReceiptState.FISCAL_DATA_LATE, ReceiptState.FISCALIZED): Actor.APP,
    (ReceiptState.FISCAL_DATA_LATE, ReceiptState.REJECTED): Actor.APP,
    (ReceiptState.FISCAL_DATA_LATE, ReceiptState.NEEDS_ATTENTION): Actor.APP,
    # Send again (the cashbox does not have it), or the document id found in its records.
    (ReceiptState.NEEDS_ATTENTION, ReceiptState.QUEUED): Actor.PERSON,
    (ReceiptState.NEEDS_ATTENTION, ReceiptState.SUBMITTED): Actor.PERSON,
    # Withdrawn while still queued; the journal also checks that no request of it ever may
    # have reached the cashbox (Journal.cancel).
    (ReceiptState.QUEUED, ReceiptState.CANCELLED): Actor.PERSON,
    # Sent again once the cause of a held receipt is fixed.
    (ReceiptState.HELD, ReceiptState.QUEUED): Actor.PERSON,
    # Or withdrawn: a held receipt made no document.
    (ReceiptState.HELD, ReceiptState.CANCELLED): Actor.PERSON,
}

# Receipts the outbox still has work for (sending, or fetching the fiscal data).
RECEIPT_STATES_WAITING = (
    ReceiptState.QUEUED,
    ReceiptState.SUBMITTED,
    ReceiptState.FISCAL_DATA_LATE,
)


class DeliveryState(LabelledStrEnum):
    """The customer's electronic copy through Checker.uz."""

    NOT_NEEDED = "not_needed", _N("journal", "No copy needed")
    PENDING = "pending", _N("journal", "Copy waiting to be sent")
    DELIVERED = "delivered", _N("journal", "Copy delivered")
    # Given up (e.g. recipient not found); a person may ask for another try.
    FAILED = "failed", _N("journal", "Copy could not be delivered")
    # SendCheque was delivered but its answer was lost or unreadable: the customer may have
    # the copy. Never sent again by itself (two messages make the customer call the shop); a
    # person asks the customer and sends it again, or notes that it arrived.
    UNKNOWN = "unknown", _N("journal", "Copy may have been sent: ask the customer")


DELIVERY_TRANSITIONS: dict[tuple[DeliveryState, DeliveryState], Actor] = {
    # PENDING again: an attempt failed and will be repeated.
    (DeliveryState.PENDING, DeliveryState.PENDING): Actor.APP,
    (DeliveryState.PENDING, DeliveryState.DELIVERED): Actor.APP,
    (DeliveryState.PENDING, DeliveryState.FAILED): Actor.APP,
    (DeliveryState.PENDING, DeliveryState.NOT_NEEDED): Actor.APP,
    (DeliveryState.PENDING, DeliveryState.UNKNOWN): Actor.APP,
    (DeliveryState.FAILED, DeliveryState.PENDING): Actor.PERSON,
    # The customer did not get it: send again; or did: delivered.
    (DeliveryState.UNKNOWN, DeliveryState.PENDING): Actor.PERSON,
    (DeliveryState.UNKNOWN, DeliveryState.DELIVERED): Actor.PERSON,
    # The customer asks for the copy again (lost it, or wants it on another phone), or asks
    # for one after a sale made without a phone.
    (DeliveryState.DELIVERED, DeliveryState.PENDING): Actor.PERSON,
    (DeliveryState.NOT_NEEDED, DeliveryState.PENDING): Actor.PERSON,
}


class PromoState(LabelledStrEnum):
    """A receipt submitted to a check.inshopper.ru campaign; the service's own words where it
    has them (good, processing, unfilled, rejected)."""

    # In the journal, waiting to go out (the service was not reached yet, or not at all).
    QUEUED = "queued", _N("journal", "Waiting to be sent")
    # The upload is on its way now; found so at start-up, its answer was lost (UNKNOWN).
    SENDING = "sending", _N("journal", "Being sent")
    # The upload left but no answer came: the service may have it. Never sent again on its
    # own (a second upload would be a duplicate); a person decides.
    UNKNOWN = "unknown", _N("journal", "May have been sent: check")
    # Accepted by the service ("ok"); its check has not been read yet.
    SUBMITTED = "submitted", _N("journal", "Submitted")
    UNFILLED = "unfilled", _N("journal", "Being recognised")
    PROCESSING = "processing", _N("journal", "Being checked")
    GOOD = "good", _N("journal", "Accepted")
    REJECTED = "rejected", _N("journal", "Rejected")
    # The service refused the submission itself ({"state": "error"}).
    ERROR = "error", _N("journal", "Not accepted for checking")

    @property
    def is_final(self) -> bool:
        return self in (PromoState.GOOD, PromoState.REJECTED, PromoState.ERROR)

    @property
    def followed(self) -> bool:
        """The service took it in; its check is read until it is good or rejected."""
        return self in (PromoState.SUBMITTED, PromoState.UNFILLED, PromoState.PROCESSING)


class Topic(StrEnum):
    """What a history event is about."""

    RECEIPT = "receipt"
    DELIVERY = "delivery"
    PROMO = "promo"
