"""Fiscalizing receipts: the workflow for one receipt, and the outbox for all that wait.

Qt-free; the window listens to its events and runs it in a worker thread.
"""

from pos_app.core.workflow.backoff import Backoff
from pos_app.core.workflow.events import (
    DeliveryChanged,
    Event,
    EventHub,
    JournalTrouble,
    Listener,
    OutboxChanged,
    ReceiptChanged,
    ServiceTrouble,
    Unsubscribe,
)
from pos_app.core.workflow.outbox import Outbox, OutboxRunner, RoundReport
from pos_app.core.workflow.unsent import (
    EnteredReceipt,
    UnsentReceipts,
    draft_content,
    entered_receipt,
)
from pos_app.core.workflow.workflow import (
    DEFAULT_PATIENCE,
    FISCAL_DATA_LATE_AFTER,
    Clients,
    PollOutcome,
    Workflow,
)

__all__ = [
    "DEFAULT_PATIENCE",
    "FISCAL_DATA_LATE_AFTER",
    "Backoff",
    "Clients",
    "DeliveryChanged",
    "EnteredReceipt",
    "Event",
    "EventHub",
    "JournalTrouble",
    "Listener",
    "Outbox",
    "OutboxChanged",
    "OutboxRunner",
    "PollOutcome",
    "ReceiptChanged",
    "RoundReport",
    "ServiceTrouble",
    "UnsentReceipts",
    "Unsubscribe",
    "Workflow",
    "draft_content",
    "entered_receipt",
]
