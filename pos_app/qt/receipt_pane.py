"""The journal's detail pane: the chosen receipt's content, the refunds made against it, its
history of states (who did what: the app or a person), fiscal data, QR code, and what can be
done with it (:class:`~pos_app.qt.receipt_actions.ReceiptActions`).

The receipt is read through the till's background helper and read again on the session's
events about it.
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from pos_app.core.codes import ReceiptType
from pos_app.core.i18n import Message
from pos_app.core.journal import (
    DeliveryState,
    PromoState,
    ReceiptRecord,
    ReceiptState,
    ReceiptSummary,
    Topic,
)
from pos_app.core.journal.records import HistoryEvent
from pos_app.core.receipt import Position
from pos_app.core.session import TillSession
from pos_app.core.shifts import Action
from pos_app.core.workflow import DeliveryChanged, Event, ReceiptChanged
from pos_app.qt.messages import message_text
from pos_app.qt.qr_widget import QrWidget
from pos_app.qt.receipt_actions import ReceiptActions
from pos_app.qt.till import Till
from pos_app.qt.translations import shown_money, shown_quantity, translated

# Secondary words (column headers, who made a step, its detail) recede a little.
QUIET = "#57606a"
_STATE_WORDS: dict[Topic, type[ReceiptState] | type[DeliveryState] | type[PromoState]] = {
    Topic.RECEIPT: ReceiptState,
    Topic.DELIVERY: DeliveryState,
    Topic.PROMO: PromoState,
}


class ReceiptPane(QWidget):
    """One receipt of the journal, shown whole, with its actions."""

    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.record: ReceiptRecord | None = None
        self._refunds: frozenset[int] = frozenset()
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Choose a receipt to see it here."))
        self.qr = QrWidget()
        self.qr.setFixedSize(170, 170)
        self.buttons = ReceiptActions(till)
        top = QHBoxLayout()
        top.addWidget(self.detail, 1)
        top.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        # A bound method, never a lambda holding self (see JournalView).
        till.happened.connect(self._on_event)

    def show_receipt(self, receipt_id: int) -> None:
        """Read one receipt in the background and show it."""

        def job(session: TillSession) -> tuple[ReceiptRecord, tuple[ReceiptSummary, ...]]:
            return session.journal.get(receipt_id), session.journal.refunds_of(receipt_id)

        def shown(found: tuple[ReceiptRecord, tuple[ReceiptSummary, ...]]) -> None:
            if not shiboken6.isValid(self):
                return  # closed while the receipt was read
            record, refunds = found
            self.record = record
            self._refunds = frozenset(refund.id for refund in refunds)
            self.detail.setHtml(self.describe(record, refunds))
            self.qr.set_text(record.qr)
            self.buttons.set_record(record)

        self.till.run("read a receipt", job, shown)

    def _on_event(self, event: Event) -> None:
        record = self.record
        if not isinstance(event, ReceiptChanged | DeliveryChanged) or record is None:
            return
        # The receipt shown changed, one of its refunds did, or a newer receipt was added that
        # may be a refund of it (not every change of the receipts the outbox is sending).
        refundable = record.receipt_type in (ReceiptType.SALE, ReceiptType.EXPENSE)
        added = isinstance(event, ReceiptChanged) and event.state is ReceiptState.QUEUED
        if (
            event.receipt_id == record.id
            or event.receipt_id in self._refunds
            or (refundable and added and event.receipt_id > record.id)
        ):
            self.show_receipt(record.id)

    def describe(self, record: ReceiptRecord, refunds: tuple[ReceiptSummary, ...] = ()) -> str:
        """The receipt as the pane shows it (HTML), with the refunds made against it."""
        esc = html.escape
        title = self.tr("Receipt {id}").format(id=record.id)
        parts = [
            f"<h3>{esc(title)} · {esc(translated('codes', record.receipt_type.label))}</h3>",
            f"<p><b>{esc(translated('journal', record.state.label))}</b>",
        ]
        if record.last_error is not None and record.state is not ReceiptState.FISCALIZED:
            parts.append(f"<br>{esc(message_text(record.last_error))}")
        parts.append("</p>")
        if record.cashier:
            cashier = self.tr("Cashier: {name}").format(name=record.cashier)
            parts.append(f"<p>{esc(cashier)}</p>")
        if record.refund_of is not None:
            refund_of = self.tr("Refund of receipt {id}, refund number {n}").format(
                id=record.refund_of, n=record.refund_id
            )
            parts.append(f"<p>{esc(refund_of)}</p>")
        for refund in refunds:
            line = self.tr("Refund: receipt {id}, {total}, {state}").format(
                id=refund.id,
                total=shown_money(refund.total),
                state=translated("journal", refund.state.label),
            )
            parts.append(f"<p>{esc(line)}</p>")
        parts.append(self._content(record))
        if record.fiscal is not None:
            fiscal = record.fiscal
            numbers = self.tr("FN {fn} · FD {fd} · FP {fp} · shift {shift}").format(
                fn=fiscal.fn, fd=fiscal.fd, fp=fiscal.fp, shift=fiscal.shift
            )
            when = self.tr("Fiscalized {at}").format(
                at=fiscal.processed_at.astimezone().strftime("%d.%m.%Y %H:%M")
            )
            parts.append(f"<p>{esc(numbers)}<br>{esc(when)}</p>")
        if record.document_id:
            document = esc(self.tr("IntellectMoney document: {id}")).format(
                id=_document(record.document_id)
            )
            parts.append(f"<p>{document}</p>")
        history = self.tr("History")
        parts.append(f"<h4>{esc(history)}</h4><table cellspacing=0 cellpadding=2>")
        steps = [
            (event.at, _who(event), _state_text(event), event.said()) for event in record.history
        ]
        steps += [
            (
                approval.at,
                approval.admin,
                self.tr("approved"),
                Message.verbatim(_approved_action(approval.action)),
            )
            for approval in record.approvals
        ]
        # Two lines a step: what happened and who, then the detail under it, with the whole
        # width for a document id a person may need to type into the account.
        for at, who, what, said in sorted(steps, key=lambda step: step[0]):
            detail = esc(message_text(said))
            if record.document_id:
                detail = detail.replace(record.document_id, _document(record.document_id))
            parts.append(
                f"<tr><td nowrap valign=top>{at.astimezone().strftime('%d.%m %H:%M:%S')}"
                f"&nbsp;&nbsp;</td><td>{esc(what)} <span style='color:{QUIET}'>· {esc(who)}"
                f"</span><br><small style='color:{QUIET}'>{detail}</small></td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    def _content(self, record: ReceiptRecord) -> str:
        """The lines, total, payments and customer (HTML)."""
        esc = html.escape
        receipt = record.receipt()
        total = self.tr("Total: {total}").format(total=shown_money(receipt.total))
        lines = [f"<b>{esc(total)}</b>"]
        lines += [
            f"{esc(translated('codes', payment.type.label))}: {shown_money(payment.amount)}"
            for payment in receipt.payments
        ]
        if receipt.change:
            change = self.tr("Change: {change}").format(change=shown_money(receipt.change))
            lines.append(esc(change))
        contact = record.phone or record.email
        if contact:
            customer = esc(self.tr("Customer: {contact}").format(contact=contact))
            if record.phone:
                customer += f" · {esc(translated('journal', record.delivery.state.label))}"
            lines.append(customer)
        return f"{self._positions(receipt.positions)}<p>{'<br>'.join(lines)}</p>"

    def _positions(self, positions: tuple[Position, ...]) -> str:
        """The lines as a small table: name, quantity with its unit, price, amount, VAT."""
        esc = html.escape
        headers = (
            ("left", "№"),
            ("left", self.tr("Item")),
            ("right", self.tr("Qty")),
            ("right", self.tr("Price")),
            ("right", self.tr("Amount")),
            ("left", self.tr("VAT")),
        )
        head = "".join(
            f"<th align={side} style='color:{QUIET}; font-weight:normal'>{esc(title)}</th>"
            for side, title in headers
        )
        rows = "".join(
            f"<tr><td>{number}</td><td>{esc(p.text)}</td>"
            f"<td align=right nowrap>{esc(_quantity(p))}</td>"
            f"<td align=right nowrap>{shown_money(p.price)}</td>"
            f"<td align=right nowrap>{shown_money(p.total)}</td>"
            f"<td nowrap>{esc(translated('codes', p.vat.label))}</td></tr>"
            for number, p in enumerate(positions, start=1)
        )
        return f"<table cellspacing=0 cellpadding=3><tr>{head}</tr>{rows}</table>"


def _quantity(position: Position) -> str:
    """``2``, ``0,4 кг``: the quantity as the window writes numbers, with its unit if any."""
    number = shown_quantity(position.quantity)
    if position.unit is None:
        return number
    return f"{number}\u00a0{translated('codes', position.unit.label)}"


def _document(document_id: str) -> str:
    """A cashbox document id as the pane shows it (HTML): whole, on one line, in a font
    that tells 0 from O, selectable and copied as it is."""
    # The family the system's fixed font resolves to: rich text does not resolve the
    # generic "monospace" alias itself.
    mono = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)).family()
    return (
        f"<span style=\"font-family:'{html.escape(mono)}'; white-space:nowrap\">"
        f"{html.escape(document_id)}</span>"
    )


def _who(event: HistoryEvent) -> str:
    """The person on shift who rang the receipt or took the step; the app otherwise."""
    if event.person:
        return event.person
    return translated("journal", event.actor.label)


def _approved_action(action: str) -> str:
    try:
        return translated("people", Action(action).label)
    except ValueError:
        return action


def _state_text(event: HistoryEvent) -> str:
    words = _STATE_WORDS[event.topic]
    try:
        return translated("journal", words(event.to_state).label)
    except ValueError:
        return event.to_state
