"""Fiscalizing receipts: the workflow for one receipt, and the outbox for all that wait.

Qt-free; the window listens to its events and runs it in a worker thread. Each name is imported
on first use (:mod:`pos_app.core.lazy`): the window knows the events' types before the session
(the services' clients, the journal) is opened in the background.
"""

from typing import TYPE_CHECKING

from pos_app.core import lazy

if TYPE_CHECKING:
    from pos_app.core.workflow.backoff import Backoff as Backoff
    from pos_app.core.workflow.backoff import PollSchedule as PollSchedule
    from pos_app.core.workflow.events import DeliveryChanged as DeliveryChanged
    from pos_app.core.workflow.events import Event as Event
    from pos_app.core.workflow.events import EventHub as EventHub
    from pos_app.core.workflow.events import JournalTrouble as JournalTrouble
    from pos_app.core.workflow.events import Listener as Listener
    from pos_app.core.workflow.events import OutboxChanged as OutboxChanged
    from pos_app.core.workflow.events import PromoChanged as PromoChanged
    from pos_app.core.workflow.events import ReceiptChanged as ReceiptChanged
    from pos_app.core.workflow.events import ServiceTrouble as ServiceTrouble
    from pos_app.core.workflow.events import Unsubscribe as Unsubscribe
    from pos_app.core.workflow.fiscal_data_wait import (
        FISCAL_DATA_LATE_AFTER as FISCAL_DATA_LATE_AFTER,
    )
    from pos_app.core.workflow.fiscal_data_wait import FISCAL_DATA_POLLS as FISCAL_DATA_POLLS
    from pos_app.core.workflow.fiscal_data_wait import PollOutcome as PollOutcome
    from pos_app.core.workflow.outbox import Outbox as Outbox
    from pos_app.core.workflow.outbox import OutboxRunner as OutboxRunner
    from pos_app.core.workflow.outbox import RoundReport as RoundReport
    from pos_app.core.workflow.unsent import EnteredReceipt as EnteredReceipt
    from pos_app.core.workflow.unsent import UnsentReceipts as UnsentReceipts
    from pos_app.core.workflow.unsent import draft_content as draft_content
    from pos_app.core.workflow.unsent import entered_receipt as entered_receipt
    from pos_app.core.workflow.workflow import DEFAULT_PATIENCE as DEFAULT_PATIENCE
    from pos_app.core.workflow.workflow import Clients as Clients
    from pos_app.core.workflow.workflow import Workflow as Workflow

__all__, __getattr__, __dir__ = lazy.exports(
    __name__,
    {
        "backoff": ("Backoff", "PollSchedule"),
        "events": (
            "DeliveryChanged",
            "Event",
            "EventHub",
            "JournalTrouble",
            "Listener",
            "OutboxChanged",
            "PromoChanged",
            "ReceiptChanged",
            "ServiceTrouble",
            "Unsubscribe",
        ),
        "fiscal_data_wait": (
            "FISCAL_DATA_LATE_AFTER",
            "FISCAL_DATA_POLLS",
            "PollOutcome",
        ),
        "outbox": (
            "Outbox",
            "OutboxRunner",
            "RoundReport",
        ),
        "unsent": (
            "EnteredReceipt",
            "UnsentReceipts",
            "draft_content",
            "entered_receipt",
        ),
        "workflow": (
            "DEFAULT_PATIENCE",
            "Clients",
            "Workflow",
        ),
    },
)
