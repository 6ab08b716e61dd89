"""Refunds: what is still refundable on a receipt, and the refund receipt for the lines asked.

A refund copies the original line as it was sold (price, VAT rate, payment subject and method,
unit): nothing is recomputed, only the quantity changes. What earlier refunds returned is
counted from their own receipts in the journal (every refund is linked to its original by
``refund_of``), so no line is ever returned twice. Refunds the cashbox rejected returned
nothing; every other one (fiscalized, or still on its way) counts. A refund is planned again
and written in one journal transaction (:func:`write_refund`), so two tills refunding the same
line at once never return more than was sold between them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_qr import FiscalQr
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import Journal, ReceiptRecord, ReceiptState
from pos_app.core.journal import history_texts as words
from pos_app.core.money import parse_quantity, round_money
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.target import CashboxTarget
from pos_app.core.workflow import ReceiptChanged, Workflow

REFUND_TYPES = {
    ReceiptType.SALE: ReceiptType.SALE_REFUND,
    ReceiptType.EXPENSE: ReceiptType.EXPENSE_REFUND,
}
_KOPECK = Decimal("0.01")


class RefundError(ValidationError):
    """A refund cannot be made as asked; the message says why and what is possible."""


class RefundTooLargeError(RefundError):
    """More was asked of a line than is left to refund; ``available`` is what is left."""

    def __init__(self, field: str, template: str, *, available: Decimal, **params: object) -> None:
        self.available = available
        super().__init__(field, template, available=plain_quantity(available), **params)


@dataclass(frozen=True)
class RefundableLine:
    """One line of the original: what was sold, what refunds returned, what is left."""

    number: int  # from 1, as printed on the original
    position: Position
    returned: Decimal

    @property
    def available(self) -> Decimal:
        return self.position.quantity - self.returned


@dataclass(frozen=True)
class RefundPlan:
    """The refund receipt for the lines asked, ready to be submitted."""

    original: ReceiptRecord
    receipt: Receipt
    lines: tuple[tuple[int, Decimal], ...]  # (line number, quantity returned)

    @property
    def invoice_id(self) -> str:
        """The original's invoice: the refund is made against it."""
        return self.original.invoice_id


def plain_quantity(quantity: Decimal) -> str:
    """A quantity as a person says it: ``3``, ``1.5`` (no trailing zeros)."""
    return f"{quantity.normalize():f}"


def _line_key(position: Position) -> tuple[object, ...]:
    # A refund line is a copy of the original line with another quantity: everything but the
    # quantity identifies which line it returns.
    return (
        position.text,
        position.price,
        position.vat.code,
        position.payment_subject,
        position.payment_method,
        position.unit,
    )


def check_refundable(original: ReceiptRecord) -> Receipt:
    """The original's receipt, when it is one a refund can be made against."""
    if original.receipt_type not in REFUND_TYPES:
        raise RefundError(
            "original",
            _N(
                "validation",
                "Receipt {id} is itself a refund; a refund is made against the sale or the"
                " expense it returned.",
            ),
            id=original.id,
        )
    if original.state is not ReceiptState.FISCALIZED:
        raise RefundError(
            "original",
            _N(
                "validation",
                "Receipt {id} is not fiscalized ({state}); only a fiscalized receipt can be"
                " refunded.",
            ),
            id=original.id,
            state=original.state.label,
        )
    return original.receipt()


def refundable_lines(
    original: ReceiptRecord, refunds: Sequence[ReceiptRecord]
) -> tuple[RefundableLine, ...]:
    """Every line of the original with what the refunds (its ``refunds_of``) returned."""
    receipt = check_refundable(original)
    returned: dict[tuple[object, ...], Decimal] = {}
    for refund in refunds:
        if refund.state is ReceiptState.REJECTED:
            continue
        for position in refund.receipt().positions:
            key = _line_key(position)
            returned[key] = returned.get(key, Decimal(0)) + position.quantity
    lines = []
    for number, position in enumerate(receipt.positions, start=1):
        # Two identical lines share what was returned of them, the first one first.
        key = _line_key(position)
        taken = min(returned.get(key, Decimal(0)), position.quantity)
        returned[key] = returned.get(key, Decimal(0)) - taken
        lines.append(RefundableLine(number, position, taken))
    return tuple(lines)


def plan_refund(
    original: ReceiptRecord,
    refunds: Sequence[ReceiptRecord],
    requested: Mapping[int, Decimal] | None = None,
    *,
    contact: CustomerContact | None = None,
    payments: Sequence[Payment] | None = None,
) -> RefundPlan:
    """The refund receipt returning ``requested`` (line number → quantity; None: everything
    still refundable), paid back in the original's payment forms unless ``payments`` say."""
    lines = refundable_lines(original, refunds)
    receipt = original.receipt()
    wanted: dict[int, Decimal]
    if requested is None:
        wanted = {line.number: line.available for line in lines if line.available > 0}
        if not wanted:
            raise RefundError(
                "original",
                _N("validation", "Everything on receipt {id} has already been refunded."),
                id=original.id,
            )
    else:
        wanted = dict(requested)
    if not wanted:
        raise RefundError(
            "lines", _N("validation", "No line is chosen; choose what the customer returns.")
        )
    positions = []
    for number, asked in sorted(wanted.items()):
        field = f"line {number}"
        if not 1 <= number <= len(lines):
            raise RefundError(
                field,
                _N("validation", "Receipt {id} has lines 1 to {count}; there is no line {number}."),
                id=original.id,
                count=len(lines),
                number=number,
            )
        quantity = parse_quantity(asked, field)
        line = lines[number - 1]
        if quantity > line.available:
            raise RefundTooLargeError(
                field,
                _N(
                    "validation",
                    "{asked} asked, but only {available} of “{text}” is left to refund (sold"
                    " {sold}, returned before {returned}).",
                ),
                available=line.available,
                asked=plain_quantity(quantity),
                text=line.position.text,
                sold=plain_quantity(line.position.quantity),
                returned=plain_quantity(line.returned),
            )
        positions.append(dataclasses.replace(line.position, quantity=quantity))
    total = sum((position.total for position in positions), Decimal("0.00"))
    paid_back = tuple(payments) if payments is not None else _payments_back(receipt, refunds, total)
    refund = Receipt(
        type=REFUND_TYPES[receipt.type],
        inn=receipt.inn,
        group=receipt.group,
        positions=tuple(positions),
        payments=paid_back,
        taxation=receipt.taxation,
        contact=contact if contact is not None else receipt.contact,
    )
    return RefundPlan(original, refund, tuple(sorted(wanted.items())))


def _payments_back(
    receipt: Receipt, refunds: Sequence[ReceiptRecord], total: Decimal
) -> tuple[Payment, ...]:
    """``total`` spread over the original's payment forms in proportion to what each still
    holds (what was kept, cash less its change, less what refunds paid back in that form)."""
    # ASSUMED: the documents do not say how a partial refund splits over several payment
    # forms; in proportion, the kopecks left by rounding down going to the forms in the
    # original's order, is what a customer paying half by card expects back.
    left: dict[PaymentType, Decimal] = {}
    for payment in receipt.payments:
        kept = payment.amount - (receipt.change if payment.type is PaymentType.CASH else 0)
        left[payment.type] = left.get(payment.type, Decimal(0)) + kept
    for refund in refunds:
        if refund.state is ReceiptState.REJECTED:
            continue
        for payment in refund.receipt().payments:
            left[payment.type] = left.get(payment.type, Decimal(0)) - payment.amount
    holding = {kind: amount for kind, amount in left.items() if amount > 0}
    whole = sum(holding.values(), Decimal(0))
    if whole <= 0:
        # Everything was paid back already in money; the goods are still owed (a refund of
        # the rest after an over-generous earlier one): pay in the original's first form.
        return (Payment(receipt.payments[0].type, total),)
    shares = {
        kind: (total * amount / whole).quantize(_KOPECK, rounding=ROUND_DOWN)
        for kind, amount in holding.items()
    }
    rest = total - sum(shares.values(), Decimal(0))
    for kind, share in shares.items():
        room = min(rest, holding[kind] - share)
        if room > 0:
            shares[kind] = share + room
            rest -= room
    if rest > 0:
        first = next(iter(shares))
        shares[first] += rest
    return tuple(Payment(kind, round_money(amount)) for kind, amount in shares.items() if amount)


def find_by_qr(journal: Journal, qr: FiscalQr) -> ReceiptRecord:
    """The journal's receipt the customer's fiscal QR code belongs to (fn, i, fp)."""
    found = journal.find_fiscal(qr.fn, qr.fd)
    if found is None:
        raise RefundError(
            "qr",
            _N(
                "validation",
                "The receipt with FN {fn} and FD {fd} is not from this shop: this journal has"
                " no such receipt. A refund is made where the receipt was issued.",
            ),
            fn=qr.fn,
            fd=qr.fd,
        )
    record = journal.get(found)
    if record.fiscal is None or record.fiscal.fp != qr.fp:
        raise RefundError(
            "qr",
            _N(
                "validation",
                "The fiscal sign {fp} does not match receipt {id} (FN {fn}, FD {fd}): the code"
                " was mistyped or the paper receipt is not genuine.",
            ),
            fp=qr.fp,
            id=record.id,
            fn=qr.fn,
            fd=qr.fd,
        )
    return record


def earlier_refunds(journal: Journal, original_id: int) -> tuple[ReceiptRecord, ...]:
    """The refunds already issued against a receipt, as full records."""
    return tuple(journal.get(refund.id) for refund in journal.refunds_of(original_id))


def write_refund(
    journal: Journal,
    original_id: int,
    requested: Mapping[int, Decimal] | None,
    *,
    refund_id: int,
    contact: CustomerContact | None = None,
    target: CashboxTarget | None = None,
) -> int:
    """Plan the refund from the journal as it is under its write lock and write it, QUEUED, in
    the same transaction; a RefundError (e.g. more asked than is left now that another till
    refunded some) writes nothing."""

    def build(original: ReceiptRecord, refunds: tuple[ReceiptRecord, ...]) -> Receipt:
        return plan_refund(original, refunds, requested, contact=contact).receipt

    return journal.add_refund(original_id, build, refund_id=refund_id, target=target)


def submit_refund(
    workflow: Workflow,
    original_id: int,
    requested: Mapping[int, Decimal] | None,
    *,
    refund_id: int,
    contact: CustomerContact | None = None,
) -> int:
    """:func:`write_refund` for the cashbox ``workflow`` sends to, announced as any new
    receipt is (the outbox sends it when woken)."""
    receipt_id = write_refund(
        workflow.journal,
        original_id,
        requested,
        refund_id=refund_id,
        contact=contact,
        target=workflow.target,
    )
    workflow.emit(ReceiptChanged(receipt_id, ReceiptState.QUEUED, words.said(words.ADDED)))
    return receipt_id
