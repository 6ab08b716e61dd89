"""The receipts' journal: durable storage, states and history, for the workflow and reports.

Each name is imported on first use (:mod:`pos_app.core.lazy`): the window uses the states
before anything opens the journal's SQLite file.
"""

from typing import TYPE_CHECKING

from pos_app.core import lazy

if TYPE_CHECKING:
    from pos_app.core.journal.errors import IllegalTransitionError as IllegalTransitionError
    from pos_app.core.journal.errors import JournalError as JournalError
    from pos_app.core.journal.errors import JournalTooNewError as JournalTooNewError
    from pos_app.core.journal.errors import ReceiptNotFoundError as ReceiptNotFoundError
    from pos_app.core.journal.journal import JOURNAL_FILE as JOURNAL_FILE
    from pos_app.core.journal.journal import Journal as Journal
    from pos_app.core.journal.queries import JournalFilter as JournalFilter
    from pos_app.core.journal.receipt_moves import INTERRUPTED_SEND as INTERRUPTED_SEND
    from pos_app.core.journal.records import Delivery as Delivery
    from pos_app.core.journal.records import HistoryEvent as HistoryEvent
    from pos_app.core.journal.records import OutboxState as OutboxState
    from pos_app.core.journal.records import PaymentTotal as PaymentTotal
    from pos_app.core.journal.records import PeriodTotals as PeriodTotals
    from pos_app.core.journal.records import PromoSubmission as PromoSubmission
    from pos_app.core.journal.records import ReceiptRecord as ReceiptRecord
    from pos_app.core.journal.records import ReceiptSummary as ReceiptSummary
    from pos_app.core.journal.records import TypeTotal as TypeTotal
    from pos_app.core.journal.records import VatTotal as VatTotal
    from pos_app.core.journal.states import Actor as Actor
    from pos_app.core.journal.states import DeliveryState as DeliveryState
    from pos_app.core.journal.states import PromoState as PromoState
    from pos_app.core.journal.states import ReceiptState as ReceiptState
    from pos_app.core.journal.states import Topic as Topic

__all__, __getattr__, __dir__ = lazy.exports(
    __name__,
    {
        "errors": (
            "IllegalTransitionError",
            "JournalError",
            "JournalTooNewError",
            "ReceiptNotFoundError",
        ),
        "journal": ("JOURNAL_FILE", "Journal"),
        "queries": ("JournalFilter",),
        "receipt_moves": ("INTERRUPTED_SEND",),
        "records": (
            "Delivery",
            "HistoryEvent",
            "OutboxState",
            "PaymentTotal",
            "PeriodTotals",
            "PromoSubmission",
            "ReceiptRecord",
            "ReceiptSummary",
            "TypeTotal",
            "VatTotal",
        ),
        "states": ("Actor", "DeliveryState", "PromoState", "ReceiptState", "Topic"),
    },
)
