"""The window's status bar: sandbox or production, whether each service answered last time,
what waits, what needs a person, the journal's trouble. Everything comes from the session's
events (the outbox's last contact), never from requests of its own."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from pos_app.core import workflow
from pos_app.core.journal import DeliveryState, ReceiptState
from pos_app.core.services import ServiceName
from pos_app.qt.elided_label import ElidedLabel
from pos_app.qt.messages import message_text

if TYPE_CHECKING:
    from pos_app.core.journal import OutboxState
    from pos_app.core.workflow import Event

SANDBOX_STYLE = "background: #ffd54f; color: #3e2723; font-weight: bold; padding: 2px 8px;"
PRODUCTION_STYLE = "background: #c8e6c9; color: #1b5e20; font-weight: bold; padding: 2px 8px;"
UP_STYLE = "color: #1b5e20; padding: 2px 6px;"
DOWN_STYLE = "background: #b00020; color: white; padding: 2px 6px;"
ATTENTION_STYLE = "background: #e65100; color: white; font-weight: bold; padding: 2px 8px;"
# States that prove the cashbox answered.
CASHBOX_ANSWERED = (
    ReceiptState.SUBMITTED,
    ReceiptState.FISCALIZED,
    ReceiptState.REJECTED,
    ReceiptState.HELD,
)
SERVICES = (ServiceName.INTELLECTMONEY.label, ServiceName.CHECKER.label)


class Contact(Enum):
    """How a service fared at the outbox's last contact this session."""

    UNKNOWN = "not asked yet"
    UP = "answered"
    DOWN = "not reachable"
    REFUSED = "refused the credentials"


class TillStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QLabel()
        self.services: dict[str, QLabel] = {name: QLabel() for name in SERVICES}
        self.contacts: dict[str, Contact] = dict.fromkeys(SERVICES, Contact.UNKNOWN)
        # The words that can grow long are cut to the room there is, whole in their tooltips.
        self.outbox = ElidedLabel(self.tr("Opening the journal…"))
        self.person = ElidedLabel()
        self.journal = ElidedLabel()
        self.addWidget(self.mode)
        for label in self.services.values():
            self.addWidget(label)
        self.addWidget(self.outbox, 1)
        self.addPermanentWidget(self.journal)
        self.addPermanentWidget(self.person)
        self.person.setStyleSheet(ATTENTION_STYLE)
        self.person.hide()
        self.journal.setStyleSheet(DOWN_STYLE)
        self.journal.hide()
        for name in SERVICES:
            self._paint_service(name)

    def show_mode(self, sandbox: bool) -> None:
        if sandbox:
            self.mode.setText(self.tr("SANDBOX"))
            self.mode.setStyleSheet(SANDBOX_STYLE)
        else:
            self.mode.setText(self.tr("Production"))
            self.mode.setStyleSheet(PRODUCTION_STYLE)

    def show_text(self, text: str) -> None:
        self.outbox.setText(text)

    def on_event(self, event: Event) -> None:
        # The events' classes are loaded with the first event (the window is painted first).
        if isinstance(event, workflow.ServiceTrouble):
            # Refused credentials: the service answered, but nothing goes out until they are fixed.
            contact = Contact.REFUSED if event.needs_settings else Contact.DOWN
            self._set_contact(event.service, contact, message_text(event.message))
        elif isinstance(event, workflow.ReceiptChanged) and event.state in CASHBOX_ANSWERED:
            self._set_contact(ServiceName.INTELLECTMONEY.label, Contact.UP)
        elif isinstance(event, workflow.DeliveryChanged) and event.state is DeliveryState.DELIVERED:
            self._set_contact(ServiceName.CHECKER.label, Contact.UP)
        elif isinstance(event, workflow.OutboxChanged):
            self.show_outbox(event.state)

    def show_journal_trouble(self, text: str | None) -> None:
        self.journal.setText(text or "")
        self.journal.setVisible(bool(text))

    def show_outbox(self, state: OutboxState) -> None:
        if state.waiting:
            text = self.tr("Waiting to go out: {count}").format(count=state.waiting)
            if state.last_error:
                text += " — " + message_text(state.last_error)
        else:
            text = self.tr("Nothing waits")
        self.outbox.setText(text)
        person = state.needs_attention + state.held + state.fiscal_data_late
        self.person.setText(self.tr("Need a person: {count}  (F8)").format(count=person))
        self.person.setVisible(person > 0)

    def _set_contact(self, service: str, contact: Contact, why: str = "") -> None:
        if service not in self.contacts:
            return
        self.contacts[service] = contact
        self._paint_service(service, why)

    def _paint_service(self, service: str, why: str = "") -> None:
        label = self.services[service]
        contact = self.contacts[service]
        if contact is Contact.UNKNOWN:
            label.setText(self.tr("{service}: not asked yet").format(service=service))
            label.setStyleSheet("padding: 2px 6px;")
        elif contact is Contact.UP:
            label.setText(self.tr("{service}: answers").format(service=service))
            label.setStyleSheet(UP_STYLE)
        elif contact is Contact.REFUSED:
            label.setText(self.tr("{service}: refuses the credentials").format(service=service))
            label.setStyleSheet(DOWN_STYLE)
        else:
            label.setText(self.tr("{service}: not reachable").format(service=service))
            label.setStyleSheet(DOWN_STYLE)
        label.setToolTip(why)
