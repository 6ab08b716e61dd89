"""A person's decisions on one receipt, asked and confirmed the same way from the journal's
detail pane and from the list of receipts that need a person.

Each decision is taken through the till's background helper and the core's evented path (the
screens refresh from the events it sends); a refusal is shown to the person in the core's words.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from pos_app import APP_NAME
from pos_app.core.contact import parse_phone
from pos_app.core.draft import DraftContent
from pos_app.core.errors import ValidationError
from pos_app.core.journal import DeliveryState, ReceiptRecord, ReceiptState
from pos_app.core.session import TillSession
from pos_app.core.shifts import Action
from pos_app.core.workflow import UnsentReceipts, draft_content, entered_receipt
from pos_app.core.workflow.unsent import REOPENABLE, WITHDRAWN_FIRST
from pos_app.qt.admin_gate import with_admin
from pos_app.qt.messages import confirmed, error_text
from pos_app.qt.till import Till
from pos_app.qt.translations import translated

# Told the receipt as the decision left it.
Done = Callable[[ReceiptRecord], None]


def _run(
    parent: QWidget,
    till: Till,
    name: str,
    job: Callable[[TillSession], ReceiptRecord],
    done: Done | None = None,
) -> None:
    def succeeded(record: ReceiptRecord) -> None:
        if done is not None and shiboken6.isValid(parent):
            done(record)

    def refused(error: Exception) -> None:
        if shiboken6.isValid(parent):
            QMessageBox.warning(parent, APP_NAME, till.tasks.describe(error))

    till.run(name, job, succeeded, refused)


def can_cancel(state: ReceiptState | None) -> bool:
    """Still waiting and provably never left: queued, or held after a refusal."""
    return state in WITHDRAWN_FIRST


def can_open_as_draft(state: ReceiptState | None) -> bool:
    return state in REOPENABLE


def confirm_send_again(parent: QWidget, till: Till, receipt_id: int) -> None:
    """Needs attention or held → sent again, after the person confirms that the cashbox does
    not have it (a second fiscal receipt otherwise)."""
    question = QCoreApplication.translate(
        "receipt_decisions",
        "Send receipt {id} again? Do it only after checking that the IntellectMoney account"
        " does not have it (or that the cause it was held for is fixed): otherwise the customer"
        " gets two fiscal receipts.",
    ).format(id=receipt_id)
    if not confirmed(parent, question):
        return

    def job(session: TillSession) -> ReceiptRecord:
        session.decisions.send_again(receipt_id)
        return session.journal.get(receipt_id)

    _run(parent, till, "send a receipt again", job)


def ask_document_id(parent: QWidget, till: Till, receipt_id: int) -> None:
    """Needs attention → submitted, with the document id the person found in the account."""
    document, accepted = QInputDialog.getText(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "receipt_decisions", "Receipt {id}: its document id in the IntellectMoney account:"
        ).format(id=receipt_id),
    )
    if not accepted or not document.strip():
        return
    found = document.strip()

    def job(session: TillSession) -> ReceiptRecord:
        session.decisions.found_in_account(receipt_id, found)
        return session.journal.get(receipt_id)

    _run(parent, till, "enter a document id", job)


def confirm_cancel(
    parent: QWidget, till: Till, receipt_id: int, *, why: str = "", done: Done | None = None
) -> None:
    """The one way a person cancels a receipt that never left: the reason typed, the
    cancellation confirmed, then written (with the reason in its history) by the core, which
    refuses it once a request may have reached the cashbox. ``why`` says what the cancel is
    for (opening it as a new receipt); ``done(record)`` follows a cancel that was written."""
    label = QCoreApplication.translate(
        "receipt_decisions", "Why is receipt {id} cancelled? (kept in its history)"
    ).format(id=receipt_id)
    if why:
        label = f"{why}\n\n{label}"
    reason = ""
    while not reason:
        typed, accepted = QInputDialog.getText(parent, APP_NAME, label, QLineEdit.EchoMode.Normal)
        if not accepted:
            return
        reason = typed.strip()
        if not reason:
            label = QCoreApplication.translate(
                "receipt_decisions", "Write the reason: it stays in the receipt's history."
            )
    question = QCoreApplication.translate(
        "receipt_decisions",
        "Cancel receipt {id}? It is never sent to the cashbox; the journal keeps it, cancelled.",
    ).format(id=receipt_id)
    if not confirmed(parent, question):
        return

    def job(session: TillSession) -> ReceiptRecord:
        return UnsentReceipts(session.journal, session.events.emit).cancel(receipt_id, reason)

    # With roles on, an administrator approves the cancel (the approval is in the journal).
    with_admin(
        parent,
        till,
        Action.CANCEL,
        lambda _: _run(parent, till, "cancel a receipt", job, done),
        receipt_id,
    )


def open_as_draft(
    parent: QWidget, till: Till, record: ReceiptRecord, opened: Callable[[DraftContent], None]
) -> None:
    """What the cashier entered becomes a new draft (``opened(content)``). A receipt still
    waiting is cancelled first, through :func:`confirm_cancel`, so it is never sent beside
    the new one; a rejected or cancelled one stays as it is."""
    try:
        # Checked before anything changes: a receipt the editor cannot take stays waiting.
        draft_content_of(record)
    except ValidationError as error:
        QMessageBox.information(parent, APP_NAME, error_text(error))
        return
    if record.state in WITHDRAWN_FIRST:
        why = QCoreApplication.translate(
            "receipt_decisions",
            "Receipt {id} is still waiting to be sent. To open it as a new receipt it is"
            " cancelled first, so that it is never sent beside the new one.",
        ).format(id=record.id)
        confirm_cancel(
            parent,
            till,
            record.id,
            why=why,
            done=lambda cancelled: opened(draft_content_of(cancelled)),
        )
        return

    def job(session: TillSession) -> ReceiptRecord:
        UnsentReceipts(session.journal, session.events.emit).as_new_draft(record.id)
        return session.journal.get(record.id)

    _run(parent, till, "open a receipt as a new draft", job, lambda r: opened(draft_content_of(r)))


def draft_content_of(record: ReceiptRecord) -> DraftContent:
    return draft_content(entered_receipt(record))


def resend_copy(parent: QWidget, till: Till, record: ReceiptRecord) -> None:
    """The Checker.uz copy sent again: to the receipt's phone, or to another the customer
    gives (checked as the payment dialog checks it; the journal keeps both)."""
    session = till.session
    if session is None:
        return
    if record.delivery.state is DeliveryState.PENDING:
        QMessageBox.information(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "receipt_decisions", "The copy is waiting to be sent ({state})."
            ).format(state=translated("journal", record.delivery.state.label)),
        )
        return
    country = session.settings.phone_country
    typed = record.phone or ""
    label = QCoreApplication.translate(
        "receipt_decisions", "Send the Checker.uz copy of receipt {id} to the phone:"
    ).format(id=record.id)
    while True:
        typed, accepted = QInputDialog.getText(
            parent, APP_NAME, label, QLineEdit.EchoMode.Normal, typed
        )
        if not accepted:
            return
        try:
            phone = parse_phone(typed, "phone", country)
        except ValidationError as error:
            label = error_text(error)
            continue
        break
    receipt_id = record.id

    def job(session: TillSession) -> ReceiptRecord:
        session.workflow.resend_copy(receipt_id, phone=phone)
        session.wake()
        return session.journal.get(receipt_id)

    _run(parent, till, "send the copy again", job)
