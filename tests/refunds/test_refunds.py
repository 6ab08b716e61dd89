"""A customer returns goods: the refund copies the sold lines, never returns more than is left,
and is found from the paper receipt's QR code; against the sandbox."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.fiscal_qr import FiscalQr
from pos_app.core.journal import Journal, ReceiptRecord, ReceiptState
from pos_app.core.receipt import CustomerContact
from pos_app.core.refunds import (
    RefundError,
    RefundTooLargeError,
    earlier_refunds,
    find_by_qr,
    plan_refund,
    refundable_lines,
)
from pos_app.core.workflow import Workflow
from pos_app.sandbox import Sandbox
from tests.refunds.conftest import fiscalized, shop_sale


def refund(
    workflow: Workflow, plan_original: ReceiptRecord, lines: dict[int, Decimal], n: int
) -> ReceiptRecord:
    journal = workflow.journal
    plan = plan_refund(plan_original, earlier_refunds(journal, plan_original.id), lines)
    receipt_id = workflow.submit(
        plan.receipt, plan.invoice_id, refund_id=n, refund_of=plan_original.id
    )
    return workflow.process(receipt_id, patience=10)


def test_a_partial_refund_found_by_its_qr_copies_the_sold_lines(
    workflow: Workflow, sale: ReceiptRecord, sandbox: Sandbox
) -> None:
    assert sale.qr is not None
    original = find_by_qr(workflow.journal, FiscalQr.parse(sale.qr))
    assert original.id == sale.id

    done = refund(workflow, original, {2: Decimal("1"), 3: Decimal("4")}, 1)

    assert done.state is ReceiptState.FISCALIZED
    assert done.refund_of == sale.id
    refund_receipt = done.receipt()
    assert refund_receipt.type is ReceiptType.SALE_REFUND
    milk, eggs = refund_receipt.positions
    sold = sale.receipt().positions
    assert (milk.text, milk.price, milk.vat, milk.payment_subject) == (
        sold[1].text, sold[1].price, sold[1].vat, sold[1].payment_subject,
    )  # fmt: skip
    assert (eggs.quantity, eggs.price, eggs.payment_subject) == (
        Decimal("4"), Decimal("12.30"), sold[2].payment_subject,
    )  # fmt: skip
    assert refund_receipt.total == Decimal("74.20")
    # Paid back as it was paid: 100.00 by card and 118.50 kept in cash, in proportion.
    assert {p.type: p.amount for p in refund_receipt.payments} == {
        PaymentType.ELECTRONIC: Decimal("33.96"),
        PaymentType.CASH: Decimal("40.24"),
    }
    (document,) = [d for d in sandbox.documents() if d.receipt.type is ReceiptType.SALE_REFUND]
    assert document.invoice_id == sale.invoice_id
    assert document.refund_id == 1
    assert json.loads(document.merchant_receipt)["Content"]["Type"] == 2
    cheques = [r for r in sandbox.requests("checker") if r.json is not None]
    assert [cheque.json["operation_type"] for cheque in cheques] == [1, 2]  # type: ignore[index]


def test_a_second_refund_of_the_same_line_is_refused_with_what_is_left(
    workflow: Workflow, sale: ReceiptRecord
) -> None:
    first = refund(workflow, sale, {3: Decimal("7")}, 1)
    assert first.state is ReceiptState.FISCALIZED

    with pytest.raises(RefundTooLargeError) as refused:
        plan_refund(sale, earlier_refunds(workflow.journal, sale.id), {3: Decimal("4")})

    assert refused.value.available == Decimal("3")
    assert "only 3 of “Яйца С1” is left" in str(refused.value)
    lines = refundable_lines(sale, earlier_refunds(workflow.journal, sale.id))
    assert [line.available for line in lines] == [Decimal("1"), Decimal("2"), Decimal("3")]


def test_no_lines_asked_returns_everything_left_and_then_nothing(
    workflow: Workflow, sale: ReceiptRecord
) -> None:
    refund(workflow, sale, {1: Decimal("1")}, 1)
    plan = plan_refund(sale, earlier_refunds(workflow.journal, sale.id))
    assert [p.text for p in plan.receipt.positions] == ["Молоко 3,2%", "Яйца С1"]
    assert plan.receipt.total == Decimal("173.00")
    # The card's 100.00 and the kept cash 118.50, less what the first refund paid back.
    assert sum(p.amount for p in plan.receipt.payments) == Decimal("173.00")
    submitted = workflow.submit(plan.receipt, plan.invoice_id, refund_id=2, refund_of=sale.id)
    workflow.process(submitted, patience=10)

    with pytest.raises(RefundError, match="already been refunded"):
        plan_refund(sale, earlier_refunds(workflow.journal, sale.id))


def test_a_rejected_refund_returned_nothing(
    workflow: Workflow, sale: ReceiptRecord, journal: Journal
) -> None:
    plan = plan_refund(sale, (), {3: Decimal("10")})
    refund_id = journal.add(plan.receipt, sale.invoice_id, refund_id=1, refund_of=sale.id)
    journal.mark_sending(refund_id)
    journal.mark_rejected(refund_id, "refused")

    again = plan_refund(sale, earlier_refunds(journal, sale.id), {3: Decimal("10")})
    assert again.receipt.positions[0].quantity == Decimal("10")


def test_a_qr_code_from_another_shop_is_said_plainly(
    workflow: Workflow, sale: ReceiptRecord
) -> None:
    assert sale.fiscal is not None
    other = FiscalQr.parse(sale.qr or "")
    stranger = FiscalQr(other.time, other.total, "9999078900012345", 1234, "1234567890")
    with pytest.raises(RefundError, match="is not from this shop"):
        find_by_qr(workflow.journal, stranger)
    forged = FiscalQr(other.time, other.total, other.fn, other.fd, "1")
    with pytest.raises(RefundError, match="does not match"):
        find_by_qr(workflow.journal, forged)


def test_lines_that_are_not_on_the_receipt_or_a_refund_as_original_are_refused(
    workflow: Workflow, sale: ReceiptRecord, sandbox: Sandbox
) -> None:
    with pytest.raises(RefundError, match="there is no line 4"):
        plan_refund(sale, (), {4: Decimal("1")})
    done = refund(workflow, sale, {1: Decimal("1")}, 1)
    with pytest.raises(RefundError, match="is itself a refund"):
        plan_refund(done, (), None)
    queued = workflow.journal.get(workflow.submit(shop_sale(sandbox), sale.invoice_id))
    with pytest.raises(RefundError, match="not fiscalized"):
        plan_refund(queued, (), None)


def test_the_copy_goes_to_another_phone_when_asked(workflow: Workflow, sandbox: Sandbox) -> None:
    sale = fiscalized(workflow, shop_sale(sandbox, phone=None), sandbox.credentials.invoice_id)
    plan = plan_refund(
        sale, (), {2: Decimal("2")}, contact=CustomerContact(phone="+998 90 765 43 21")
    )
    assert plan.receipt.contact.phone == "+998907654321"
    assert plan.receipt.payments[0].type is PaymentType.ELECTRONIC
