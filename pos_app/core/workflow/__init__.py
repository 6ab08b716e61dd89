"""Fiscalizing receipts: the workflow for one receipt, and the outbox for all that wait.

Qt-free; the window listens to its events and runs it in a worker thread.
"""

from pos_app.core.workflow.backoff import Backoff
from pos_app.core.workflow.decisions import Decisions, Draft, draft_of
from pos_app.core.workflow.events import (
    DeliveryChanged,
    Event,
    Listener,
    OutboxChanged,
    ReceiptChanged,
    ServiceTrouble,
)
from pos_app.core.workflow.outbox import Outbox, OutboxRunner, RoundReport
from pos_app.core.workflow.workflow import DEFAULT_PATIENCE, Clients, Workflow

__all__ = [
    "DEFAULT_PATIENCE",
    "Backoff",
    "Clients",
    "Decisions",
    "DeliveryChanged",
    "Draft",
    "Event",
    "Listener",
    "Outbox",
    "OutboxChanged",
    "OutboxRunner",
    "ReceiptChanged",
    "RoundReport",
    "ServiceTrouble",
    "Workflow",
    "draft_of",
]
