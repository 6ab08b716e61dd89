"""The receipts' journal: durable storage, states and history, for the workflow and reports."""

from pos_app.core.journal.errors import (
    IllegalTransitionError,
    JournalError,
    JournalTooNewError,
    ReceiptNotFoundError,
)
from pos_app.core.journal.journal import INTERRUPTED_SEND, JOURNAL_FILE, Journal, JournalFilter
from pos_app.core.journal.records import (
    Delivery,
    HistoryEvent,
    OutboxState,
    PaymentTotal,
    PeriodTotals,
    PromoSubmission,
    ReceiptRecord,
    ReceiptSummary,
    TypeTotal,
    VatTotal,
)
from pos_app.core.journal.states import Actor, DeliveryState, PromoState, ReceiptState, Topic

__all__ = [
    "INTERRUPTED_SEND",
    "JOURNAL_FILE",
    "Actor",
    "Delivery",
    "DeliveryState",
    "HistoryEvent",
    "IllegalTransitionError",
    "Journal",
    "JournalError",
    "JournalFilter",
    "JournalTooNewError",
    "OutboxState",
    "PaymentTotal",
    "PeriodTotals",
    "PromoState",
    "PromoSubmission",
    "ReceiptNotFoundError",
    "ReceiptRecord",
    "ReceiptState",
    "ReceiptSummary",
    "Topic",
    "TypeTotal",
    "VatTotal",
]
