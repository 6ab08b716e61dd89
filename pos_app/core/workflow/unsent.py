"""A person's decisions on a receipt that has not gone through: withdraw one still waiting,
or take what the cashier entered back as a new draft to fix and send.

The rules live here, not in a screen or a command: the window and ``pos-app`` call the same
methods, which write the journal and tell the workflow's listeners (``emit``: the workflow's
or an event hub's).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from pos_app.core.checker_cheque import CopyDetails
from pos_app.core.codes import PaymentType
from pos_app.core.draft import DraftContent
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.journal import (
    IllegalTransitionError,
    Journal,
    ReceiptRecord,
    ReceiptState,
)
from pos_app.core.receipt import Receipt
from pos_app.core.workflow.events import Listener, OutboxChanged, ReceiptChanged

# Receipts whose entry can be opened again as a new draft: none of them is, or can become, a
# fiscal document (a waiting one is withdrawn first, in the same decision).
REOPENABLE = (
    ReceiptState.REJECTED,
    ReceiptState.CANCELLED,
    ReceiptState.QUEUED,
    ReceiptState.HELD,
)
# Those still waiting (to be sent, or for a person to send them again): withdrawn first.
WITHDRAWN_FIRST = (ReceiptState.QUEUED, ReceiptState.HELD)
REPLACED = _N("workflow", "replaced by a new draft")
# A person's decision that meets an automatic attempt to send waits a little for it, rather
# than being refused for a moment's overlap, then goes by where it left the receipt. An attempt
# that cannot connect ends at once; one that lasts longer has most likely reached the cashbox,
# and the decision is refused anyway (as it is for a receipt an app left "being sent" when it
# stopped, until the next start sorts it out).
SENDING_PATIENCE = 5.0
SENDING_POLL = 0.05


@dataclass(frozen=True)
class EnteredReceipt:
    """What the cashier entered for a receipt, to fix and send as a new one: positions,
    payments and contact (``receipt.contact`` holds both e-mail and phone), and the rest of
    what the journal kept with it."""

    receipt: Receipt
    invoice_id: str
    refund_id: int | None
    refund_of: int | None
    copy: CopyDetails
    source_id: int  # the journal receipt it comes from


def entered_receipt(record: ReceiptRecord) -> EnteredReceipt:
    """The receipt as entered, from its journal record (any state: a pure reading)."""
    return EnteredReceipt(
        receipt=record.receipt(),
        invoice_id=record.invoice_id,
        refund_id=record.refund_id,
        refund_of=record.refund_of,
        copy=record.copy,
        source_id=record.id,
    )


def draft_content(entered: EnteredReceipt) -> DraftContent:
    """What the cashier entered as the window's draft: positions, cash and card payments,
    contact and invoice. A refund is refused (it is made again from its original, which
    links it), and so are payments the window's draft has no field for; the journal keeps
    the receipt either way."""
    if entered.refund_of is not None:
        raise ValidationError(
            "receipt",
            _N(
                "workflow",
                "Receipt {id} is a refund of receipt {original}: make the refund again from"
                " receipt {original} (Refund…), so that it is linked to what it returns.",
            ),
            id=entered.source_id,
            original=entered.refund_of,
        )
    receipt = entered.receipt
    amounts = {PaymentType.CASH: "", PaymentType.ELECTRONIC: ""}
    for payment in receipt.payments:
        if payment.type not in amounts:
            raise ValidationError(
                "payments",
                _N(
                    "workflow",
                    "Receipt {id} is paid partly as “{payment}”, which the receipt editor"
                    " does not take: use pos-app resolve {id} --as-new-draft --out FILE and"
                    " send the file with pos-app fiscalize.",
                ),
                id=entered.source_id,
                payment=payment.type.label,
            )
        amounts[payment.type] = f"{payment.amount:f}"
    return DraftContent(
        receipt_type=receipt.type,
        taxation=receipt.taxation,
        positions=receipt.positions,
        cash=amounts[PaymentType.CASH],
        electronic=amounts[PaymentType.ELECTRONIC],
        email=receipt.contact.email or "",
        phone=receipt.contact.phone or "",
        invoice=entered.invoice_id,
    )


class UnsentReceipts:
    """A person's decisions, written to the journal and told to ``emit`` (the workflow's
    :meth:`~pos_app.core.workflow.Workflow.emit`, so the window hears them as it hears the
    outbox)."""

    def __init__(
        self,
        journal: Journal,
        emit: Listener | None = None,
        *,
        patience: float = SENDING_PATIENCE,
        pause: Callable[[float], None] = time.sleep,
    ) -> None:
        self._journal = journal
        self._emit = emit
        self._patience = patience
        self._pause = pause

    def cancel(self, receipt_id: int, reason: str | Message) -> ReceiptRecord:
        """Withdraw a receipt still waiting to be sent, with ``reason`` in its history. One
        being sent right now is waited for: withdrawn if the attempt left it waiting.

        Refused (IllegalTransitionError) once a request of it may have reached the cashbox,
        or when it is not waiting; a blank reason is a ValidationError."""
        waited = 0.0
        while True:
            waited = self._wait_while_sending(receipt_id, waited)[1]
            try:
                self._journal.cancel(receipt_id, reason)
                break
            except IllegalTransitionError:
                # An attempt may have started between the look and the cancel: wait again.
                sending = self._journal.get(receipt_id).state is ReceiptState.SENDING
                if not sending or waited >= self._patience:
                    raise
                self._pause(SENDING_POLL)
                waited += SENDING_POLL
        record = self._journal.get(receipt_id)
        said = reason if isinstance(reason, Message) else Message.verbatim(reason.strip())
        self._tell(receipt_id, ReceiptState.CANCELLED, said)
        return record

    def as_new_draft(self, receipt_id: int, reason: str | None = None) -> EnteredReceipt:
        """What the cashier entered, as a new draft. A rejected or cancelled receipt stays as
        it is; one still waiting (queued, or held for a person) is cancelled first
        (``reason``, or "replaced by a new draft"), so the old one is never sent beside the
        new one. Anything else (sent, or of unknown outcome) is refused: it is, or may be, a
        fiscal document already."""
        record = self._wait_while_sending(receipt_id)[0]
        if record.state not in REOPENABLE:
            raise IllegalTransitionError(
                _N(
                    "workflow",
                    "Receipt {id} is “{state}”; only a rejected, cancelled or still waiting"
                    " receipt can be opened as a new draft (a sent one may be a fiscal document"
                    " already).",
                ),
                id=receipt_id,
                state=record.state.label,
            )
        if record.state in WITHDRAWN_FIRST:
            text = reason.strip() if reason else ""
            # The app's own words when the person gave none, kept to be shown translated.
            self.cancel(receipt_id, text or Message("workflow", REPLACED))
        return entered_receipt(record)

    def _wait_while_sending(
        self, receipt_id: int, waited: float = 0.0
    ) -> tuple[ReceiptRecord, float]:
        """The receipt once no attempt to send it is under way, and the time waited in all (the
        patience run out, the decision meets the sending state and is refused, saying so)."""
        record = self._journal.get(receipt_id)
        while record.state is ReceiptState.SENDING and waited < self._patience:
            self._pause(SENDING_POLL)
            waited += SENDING_POLL
            record = self._journal.get(receipt_id)
        return record, waited

    def _tell(self, receipt_id: int, state: ReceiptState, detail: Message) -> None:
        if self._emit is not None:
            self._emit(ReceiptChanged(receipt_id, state, detail))
            # What waits changed too: the status bar hears it as from an outbox round.
            self._emit(OutboxChanged(self._journal.outbox_state()))
