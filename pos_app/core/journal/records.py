"""What the journal hands back: receipts as stored, their history, deliveries, totals."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from pos_app.core.checker_cheque import CopyDetails
from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.i18n import Message
from pos_app.core.journal.states import Actor, DeliveryState, PromoState, ReceiptState, Topic
from pos_app.core.merchant_receipt import loads_merchant_receipt
from pos_app.core.receipt import CustomerContact, Receipt
from pos_app.core.target import CashboxTarget


@dataclass(frozen=True)
class HistoryEvent:
    """One change in a receipt's life: of its state, its copy's delivery or a promo entry."""

    at: datetime  # UTC
    topic: Topic
    actor: Actor
    from_state: str | None  # None for the receipt's first event
    to_state: str
    detail: str  # in English
    # Who works the till (the open shift's name) when a person made the step or rang it.
    person: str | None = None
    # The detail as a message to translate; None only where no journal row stands behind it.
    detail_message: Message | None = None

    def said(self) -> Message:
        """The detail to show: translatable when the journal kept its message (journal
        version 10 on), else the text as it was written."""
        return self.detail_message or Message.verbatim(self.detail)


@dataclass(frozen=True)
class ApprovalNote:
    """An administrator let a refund or a cancel of the receipt go ahead (roles on)."""

    at: datetime  # UTC
    admin: str
    action: str  # refund, cancel (the approvals' action names)


@dataclass(frozen=True)
class Delivery:
    """The Checker.uz copy: where it is, how many tries, the last failure's words."""

    state: DeliveryState
    attempts: int
    last_error: Message | None


@dataclass(frozen=True)
class PromoSubmission:
    """A receipt (a journal receipt by its QR string, or a photo of a paper one) submitted to
    one check.inshopper.ru campaign."""

    id: int
    receipt_id: int | None  # None: a photo of a paper receipt
    campaign_id: int
    inshopper_id: int | None  # the service's receipt id; None until it gave one
    state: PromoState
    reject_reason: str | None  # the service's word, e.g. "dublicate" (sic)
    created_at: datetime
    updated_at: datetime
    qr_string: str | None = None
    photo_path: str | None = None
    photo_sha256: str | None = None
    external_id: str | None = None
    quantity: int | None = None
    attempts: int = 0
    next_try_at: datetime | None = None
    last_error: Message | None = None


@dataclass(frozen=True)
class ReceiptSummary:
    """A journal row as lists, searches and the outbox show it."""

    id: int
    created_at: datetime  # UTC
    receipt_type: ReceiptType
    total: Decimal
    state: ReceiptState
    invoice_id: str
    document_id: str | None
    email: str | None
    phone: str | None
    fd: int | None
    delivery_state: DeliveryState
    last_error: Message | None  # str() is the English text
    # The cashbox it was made for; None for a receipt from before targets were recorded.
    target: CashboxTarget | None


@dataclass(frozen=True)
class ReceiptRecord(ReceiptSummary):
    """Everything the journal holds about one receipt."""

    updated_at: datetime
    content: str  # the MerchantReceipt JSON, exactly as sent
    change: Decimal
    refund_id: int | None  # InvoiceRefundId of a refund receipt
    refund_of: int | None  # the journal id of the sale this refund returns
    fiscal: FiscalData | None
    qr: str | None
    delivery: Delivery
    history: tuple[HistoryEvent, ...]
    promos: tuple[PromoSubmission, ...]
    copy: CopyDetails  # what the Checker.uz copy carries besides the receipt
    # The person on shift who rang it (roles on); None for older receipts or roles off.
    cashier: str | None = None
    approvals: tuple[ApprovalNote, ...] = ()

    def receipt(self) -> Receipt:
        """The receipt model, rebuilt from the stored content (for a refund or a reprint)."""
        # The content's CustomerContact holds one of e-mail and phone; the journal keeps both.
        return replace(
            loads_merchant_receipt(self.content),
            contact=CustomerContact(email=self.email, phone=self.phone),
        )


@dataclass(frozen=True)
class OutboxState:
    """What the status bar says about the work still to do."""

    waiting: int  # receipts to send or to fetch fiscal data for, and copies to deliver
    oldest: datetime | None  # when the oldest of them was made (UTC)
    last_error: Message | None  # the most recent failure among them
    needs_attention: int  # receipts whose outcome is unknown, waiting for a person
    # Of ``waiting``: receipts made for another cashbox than the one configured now.
    elsewhere: int = 0
    held: int = 0  # refused for a reason to fix; a person sends them again
    fiscal_data_late: int = 0  # among the waiting: taken by the cashbox long ago, no fiscal data
    copies_unknown: int = 0  # copies that may have been sent, waiting for a person


@dataclass(frozen=True)
class TypeTotal:
    """Fiscalized receipts of one type in a period."""

    receipt_type: ReceiptType
    count: int
    total: Decimal
    change: Decimal  # cash handed back


@dataclass(frozen=True)
class PaymentTotal:
    """Payments of one type on receipts of one type in a period: what was kept, so cash is
    less the change handed back (the drawer's count)."""

    receipt_type: ReceiptType
    payment_type: PaymentType
    amount: Decimal


@dataclass(frozen=True)
class VatTotal:
    """The sales at one VAT rate on receipts of one type in a period, and the tax inside."""

    receipt_type: ReceiptType
    vat_code: int
    base: Decimal
    vat: Decimal


@dataclass(frozen=True)
class PeriodTotals:
    """The journal's sums over fiscalized receipts whose fiscal local date is in a period."""

    by_type: tuple[TypeTotal, ...]
    by_payment: tuple[PaymentTotal, ...]
    by_vat: tuple[VatTotal, ...]
