"""The customer's electronic copy for Checker.uz: what the SendCheque body says about a receipt."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from pos_app.core.checker_cheque import DiscountCard, cheque_body
from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.decimal_json import dumps
from pos_app.core.money import format_money
from pos_app.core.receipt import Payment, Position, Receipt
from tests.core.strategies import receipts

SEEDS = Path(__file__).parent.parent / "data" / "seeds"
TASHKENT = timezone(timedelta(hours=5))
# The document's example date, 1518779840: 2018-02-16 16:17:20 in Tashkent.
EXAMPLE_MOMENT = datetime(2018, 2, 16, 16, 17, 20, tzinfo=TASHKENT)
# What the service client adds to the body itself.
RECIPIENT_AND_TOKEN = {"token", "customer_phone", "customer_code"}


def shop_receipt(
    receipt_type: ReceiptType = ReceiptType.SALE, payments: tuple[Payment, ...] | None = None
) -> Receipt:
    lines = (
        Position("AIRWICK AEROZOL.240ML SVEJAYA MYATA", Decimal(1), Decimal(24890), vat_rate(1)),
        Position("Сыр", Decimal("0.255"), Decimal("99.90"), vat_rate(2)),
    )
    return Receipt(
        type=receipt_type,
        inn="7743736523",
        group="Main",
        positions=lines,
        payments=payments or (Payment(PaymentType.CASH, Decimal("24915.47")),),
        taxation=TaxationSystem.GENERAL,
    )


def body_for(receipt: Receipt, **extra: Any) -> dict[str, Any]:
    return cheque_body(receipt, operation_code="A-23", date=EXAMPLE_MOMENT, **extra)


def json_shape(value: Any) -> Any:
    """What a JSON reader sees of a value: its kind, and the shape of what it holds."""
    if isinstance(value, dict):
        return {key: json_shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [json_shape(item) for item in value]
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | Decimal):
        return "number"
    return type(value).__name__


def test_the_copy_has_the_shape_of_the_documents_example() -> None:
    example = json.loads((SEEDS / "003_SendCheque_body.json").read_text(), parse_float=Decimal)
    for key in RECIPIENT_AND_TOKEN:
        del example[key]
    card = DiscountCard(code="1", name="Скидочная", scan="2341452345235345")
    body = body_for(shop_receipt(), discount_card=card)
    sent = json.loads(dumps(body), parse_float=Decimal)
    assert list(sent) == list(example)  # the same keys, in the document's order
    two_items = {"items": [json_shape(example["items"][0])] * 2}
    assert json_shape(sent) == json_shape(example) | two_items
    assert sent["discount_card"] == example["discount_card"] | {"info": " "}


def test_the_copy_lists_every_line_with_exact_amounts() -> None:
    text = dumps(body_for(shop_receipt()))
    assert (
        '"items":[{"name":"AIRWICK AEROZOL.240ML SVEJAYA MYATA","quantity":1.000,'
        '"price":24890.00,"total":24890.00},'
        '{"name":"Сыр","quantity":0.255,"price":99.90,"total":25.47}]'
    ) in text
    assert '"subtotal":24915.47,"discount":0.00,"amount":24915.47' in text


def test_the_copy_names_payments_as_the_printed_receipt_does() -> None:
    split = (
        Payment(PaymentType.ELECTRONIC, Decimal("20000")),
        Payment(PaymentType.CASH, Decimal("5000")),
    )
    body = body_for(shop_receipt(payments=split))
    assert body["payments"] == [
        {"name": "Безналичными", "value": Decimal("20000.00")},
        # 5000 tendered, 84.53 handed back: the change is not a payment.
        {"name": "Наличными", "value": Decimal("4915.47")},
    ]
    assert body["amount"] == Decimal("24915.47")


def test_the_copys_payments_add_up_to_its_amount_without_the_change() -> None:
    cash_only = body_for(shop_receipt(payments=(Payment(PaymentType.CASH, Decimal("25000")),)))
    assert cash_only["payments"] == [{"name": "Наличными", "value": Decimal("24915.47")}]
    assert cash_only["amount"] == Decimal("24915.47")


def test_cash_that_was_all_change_is_not_on_the_copy() -> None:
    paid = (
        Payment(PaymentType.ELECTRONIC, Decimal("24915.47")),
        Payment(PaymentType.CASH, Decimal("100")),
    )
    body = body_for(shop_receipt(payments=paid))
    assert body["payments"] == [{"name": "Безналичными", "value": Decimal("24915.47")}]


@pytest.mark.parametrize(
    ("receipt_type", "operation_type"),
    [
        (ReceiptType.SALE, 1),
        (ReceiptType.SALE_REFUND, 2),
        # An expense reverses nothing: not a return (see checker_cheque.OPERATION_TYPES).
        (ReceiptType.EXPENSE, 1),
        (ReceiptType.EXPENSE_REFUND, 2),
    ],
)
def test_refunds_go_as_returns_and_everything_else_as_an_operation_of_its_own(
    receipt_type: ReceiptType, operation_type: int
) -> None:
    assert body_for(shop_receipt(receipt_type))["operation_type"] == operation_type


def test_the_date_is_the_moment_in_unix_time_whatever_the_zone_it_is_given_in() -> None:
    assert body_for(shop_receipt())["date"] == 1518779840
    in_moscow = EXAMPLE_MOMENT.astimezone(timezone(timedelta(hours=3)))
    utc = EXAMPLE_MOMENT.astimezone(UTC)
    receipt = shop_receipt()
    for moment in (in_moscow, utc, EXAMPLE_MOMENT + timedelta(microseconds=999_999)):
        assert cheque_body(receipt, operation_code="", date=moment)["date"] == 1518779840


def test_a_time_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="has no time zone"):
        cheque_body(shop_receipt(), operation_code="A-23", date=datetime(2018, 2, 16, 16, 17))


def test_the_sale_code_and_the_note_are_passed_on() -> None:
    body = body_for(shop_receipt(), note="Спасибо за покупку!")
    assert (body["operation_code"], body["note"]) == ("A-23", "Спасибо за покупку!")


def test_without_a_discount_card_the_copy_has_none() -> None:
    assert "discount_card" not in body_for(shop_receipt())


def test_empty_discount_card_fields_are_hidden_with_a_single_space() -> None:
    card = DiscountCard(code="", name="Скидочная", scan="  ", info="5%")
    assert body_for(shop_receipt(), discount_card=card)["discount_card"] == {
        "code": " ",
        "name": "Скидочная",
        "scan": " ",
        "info": "5%",
    }


@given(receipts())
def test_any_receipts_copy_adds_up_and_is_written_exactly(receipt: Receipt) -> None:
    body = cheque_body(receipt, operation_code="1", date=EXAMPLE_MOMENT)
    text = dumps(body)
    sent = json.loads(text, parse_float=Decimal)
    assert [item["total"] for item in sent["items"]] == [p.total for p in receipt.positions]
    assert sent["subtotal"] == sum((item["total"] for item in sent["items"]), Decimal(0))
    assert sent["amount"] == sent["subtotal"] - sent["discount"] == receipt.total
    # Payments add up to the amount: the change handed back is not a payment.
    assert sum((pay["value"] for pay in sent["payments"]), Decimal(0)) == sent["amount"]
    assert all(pay["value"] > 0 for pay in sent["payments"])
    assert f'"amount":{format_money(receipt.total)},' in text
