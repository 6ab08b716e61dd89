"""createReceipt's MerchantReceipt JSON: sent, read back the same, bad files refused by path."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from pos_app.core.codes import MeasurementUnit, PaymentType, ReceiptType, vat_rate
from pos_app.core.errors import ValidationError
from pos_app.core.merchant_receipt import (
    loads_merchant_receipt,
    merchant_receipt_json,
    parse_merchant_receipt,
    to_merchant_receipt,
)
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from tests.core.strategies import receipts

SEEDS = Path(__file__).parent.parent / "data" / "seeds"
VALID_INN = "7743736523"  # IntellectMoney's own INN (CompanyINN in seed 002's answer)
AMOUNT_KEYS = {"Quantity", "Price", "Amount"}


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def amounts_as_numbers(value: Any) -> Any:
    """The JSON object with its amount strings as Decimal: "1.00" and "1.000" are the same
    quantity, so two receipts that differ only there are equivalent."""
    if isinstance(value, dict):
        return {
            key: Decimal(item) if key in AMOUNT_KEYS else amounts_as_numbers(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [amounts_as_numbers(item) for item in value]
    return value


def respelled(value: Any) -> Any:
    """The same receipt written another valid way: amounts without trailing zeros ("5" for
    "5.00"), so reading it must give the same receipt."""
    if isinstance(value, dict):
        return {
            key: format(Decimal(item).normalize(), "f") if key in AMOUNT_KEYS else respelled(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [respelled(item) for item in value]
    return value


def json_values(value: Any) -> list[Any]:
    """Every scalar in a decoded JSON document."""
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in json_values(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in json_values(item)]
    return [value]


def example_receipt() -> dict[str, Any]:
    """Seed 001's example with a valid INN: a correct receipt to spoil one field at a time."""
    data: dict[str, Any] = json.loads(seed("001_createReceipt_MerchantReceipt.json"))
    data["Inn"] = VALID_INN
    return data


def refusal(data: object) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        parse_merchant_receipt(data)
    return refused.value


# Round trips


@given(receipts())
def test_any_receipt_reads_back_from_its_json_unchanged(receipt: Receipt) -> None:
    assert loads_merchant_receipt(merchant_receipt_json(receipt)) == receipt


@given(receipts())
def test_receipt_json_read_and_written_again_is_the_same_text(receipt: Receipt) -> None:
    sent = merchant_receipt_json(receipt)
    assert merchant_receipt_json(loads_merchant_receipt(sent)) == sent


@given(receipts())
def test_the_same_receipt_spelled_differently_is_sent_the_same_way(receipt: Receipt) -> None:
    # Amounts without their trailing zeros, indented, non-ASCII escaped: as a hand-made file.
    sent = merchant_receipt_json(receipt)
    hand_made = json.dumps(respelled(to_merchant_receipt(receipt)), indent=4, ensure_ascii=True)
    assert merchant_receipt_json(loads_merchant_receipt(hand_made)) == sent


@given(receipts())
def test_every_amount_in_the_json_is_a_string_and_no_float_appears(receipt: Receipt) -> None:
    data = json.loads(merchant_receipt_json(receipt))
    assert not any(isinstance(value, float) for value in json_values(data))
    lines = data["Content"]["Positions"]
    payments = data["Content"]["CheckClose"]["Payments"]
    assert all(isinstance(line[key], str) for line in lines for key in ("Quantity", "Price"))
    assert all(isinstance(payment["Amount"], str) for payment in payments)


def test_json_keeps_the_documents_field_order_and_is_compact() -> None:
    receipt = loads_merchant_receipt(json.dumps(example_receipt()))
    text = merchant_receipt_json(receipt)
    assert text == (
        '{"Inn":"7743736523","Group":"Main_2","Content":{"Type":1,"CustomerContact":"test@mail.ru",'
        '"Positions":[{"Quantity":"1.000","Price":"1.00","Tax":9,"Text":"Товар",'
        '"PaymentSubjectType":1,"PaymentMethodType":4}],'
        '"CheckClose":{"Payments":[{"Type":2,"Amount":"1.00"}],"TaxationSystem":0}}}'
    )


def test_weighed_goods_carry_their_measurement_unit() -> None:
    data = example_receipt()
    data["Content"]["Positions"][0] |= {
        "Quantity": "0.5",
        "Price": "2.00",
        "QuantityMeasurementUnit": 11,
    }
    receipt = parse_merchant_receipt(data)
    assert receipt.positions[0].unit is MeasurementUnit.KILOGRAM
    sent = json.loads(merchant_receipt_json(receipt))
    assert sent["Content"]["Positions"][0]["QuantityMeasurementUnit"] == 11
    assert sent["Content"]["Positions"][0]["Quantity"] == "0.500"


def test_cashbox_gets_the_email_while_the_phone_stays_for_the_copy() -> None:
    receipt = Receipt(
        type=ReceiptType.SALE,
        inn=VALID_INN,
        group="Main",
        positions=(Position("Булка", Decimal(1), Decimal(5), vat_rate(6)),),
        payments=(Payment(PaymentType.CASH, Decimal(5)),),
        taxation=0,  # type: ignore[arg-type]
        contact=CustomerContact(email="foo@example.com", phone="+998901234567"),
    )
    assert to_merchant_receipt(receipt)["Content"]["CustomerContact"] == "foo@example.com"


# The seed documents' own examples


def test_the_create_receipt_example_is_refused_for_its_inn_check_digit() -> None:
    with pytest.raises(ValidationError) as refused:
        loads_merchant_receipt(seed("001_createReceipt_MerchantReceipt.json"))
    assert refused.value.field == "Inn"
    assert refused.value.message == (
        "INN 7000000000 has a wrong check digit; compare it with the registration papers."
    )


def test_the_create_receipt_example_with_a_valid_inn_round_trips_to_equivalent_json() -> None:
    example = example_receipt()
    receipt = parse_merchant_receipt(copy.deepcopy(example))
    assert receipt.total == Decimal("1.00")
    assert receipt.vat_breakdown[0].rate.label == "VAT 5/105"
    sent = json.loads(merchant_receipt_json(receipt))
    assert amounts_as_numbers(sent) == amounts_as_numbers(example)


def test_the_get_receipt_document_id_object_is_refused_for_its_lowercase_keys() -> None:
    # Seed 002 sends a receipt-like object as DocumentId: camelCase keys, numbers for amounts,
    # no Inn. The first thing the reader must fix is named as it is written.
    with pytest.raises(ValidationError) as refused:
        loads_merchant_receipt(seed("002_getReceipt_DocumentId.json"))
    assert refused.value.field == "content"
    assert refused.value.message == (
        "Unknown field; the cashbox does not take it (check its spelling and case)."
    )


def test_the_get_receipt_document_id_object_with_its_case_fixed_still_lacks_the_inn() -> None:
    def pascal(value: Any) -> Any:
        if isinstance(value, dict):
            return {key[0].upper() + key[1:]: pascal(item) for key, item in value.items()}
        if isinstance(value, list):
            return [pascal(item) for item in value]
        return value

    data = pascal(json.loads(seed("002_getReceipt_DocumentId.json"), parse_float=Decimal))
    assert str(refusal(data)) == "Inn: This field is required and is missing."


# Files that are not a receipt

CONTENT = ("Content",)
POSITION = ("Content", "Positions", 0)
CHECK_CLOSE = ("Content", "CheckClose")
PAYMENT = ("Content", "CheckClose", "Payments", 0)
MISSING = object()
UNKNOWN = "Unknown field; the cashbox does not take it (check its spelling and case)."
NOT_TEXT = "Must be text in quotes; check the file against the example."
NOT_OBJECT = "Must be a JSON object {...}; check the file against the example."
NOT_LIST = "Must be a JSON list [...]."
NOT_AMOUNT = "Must be a number written as text, e.g. 12.50."


def example_with(path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    """The valid example with one value put at ``path`` (or taken away: MISSING)."""
    data = example_receipt()
    node: Any = data
    for step in path[:-1]:
        node = node[step]
    if value is MISSING:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    "text", ["", "{", "{'Inn': '7743736523'}", '{"Inn": "7743736523",}', "[" * 100_000]
)
def test_text_that_is_not_json_is_refused_as_such(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        loads_merchant_receipt(text)
    assert refused.value.field == "MerchantReceipt"
    assert refused.value.message.startswith("This is not valid JSON (")
    assert refused.value.message.endswith("); check the file's syntax.")


def test_a_receipt_that_is_not_an_object_is_refused() -> None:
    assert str(refusal([])) == f"MerchantReceipt: {NOT_OBJECT}"


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (("Discount",), "Discount"),
        ((*CONTENT, "inn"), "Content.inn"),
        ((*POSITION, "Discount"), "Content.Positions[0].Discount"),
        ((*CHECK_CLOSE, "Change"), "Content.CheckClose.Change"),
        ((*PAYMENT, "Currency"), "Content.CheckClose.Payments[0].Currency"),
    ],
)
def test_unknown_field_is_refused_by_its_path(path: tuple[str | int, ...], field: str) -> None:
    assert str(refusal(example_with(path, "1"))) == f"{field}: {UNKNOWN}"


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (("Inn",), "Inn"),
        (("Content",), "Content"),
        ((*CONTENT, "CheckClose"), "Content.CheckClose"),
        ((*POSITION, "Price"), "Content.Positions[0].Price"),
        ((*POSITION, "Tax"), "Content.Positions[0].Tax"),
        ((*CHECK_CLOSE, "TaxationSystem"), "Content.CheckClose.TaxationSystem"),
        ((*PAYMENT, "Amount"), "Content.CheckClose.Payments[0].Amount"),
    ],
)
def test_missing_field_is_refused_by_its_path(path: tuple[str | int, ...], field: str) -> None:
    error = refusal(example_with(path, MISSING))
    assert str(error) == f"{field}: This field is required and is missing."


@pytest.mark.parametrize(
    ("path", "value", "field", "message"),
    [
        (("Inn",), 7743736523, "Inn", "The INN must be text in quotes, e.g. “7743736523”."),
        (("Group",), ["Main"], "Group", NOT_TEXT),
        (("Content",), [], "Content", NOT_OBJECT),
        (
            (*CONTENT, "Type"),
            "1",
            "Content.Type",
            "Must be a code written as a whole number, one of 1, 2, 3, 4.",
        ),
        ((*CONTENT, "Positions"), {"Text": "Товар"}, "Content.Positions", NOT_LIST),
        (POSITION, "Товар", "Content.Positions[0]", NOT_OBJECT),
        ((*POSITION, "Text"), 5, "Content.Positions[0].Text", NOT_TEXT),
        ((*POSITION, "Price"), True, "Content.Positions[0].Price", NOT_AMOUNT),
        ((*POSITION, "Quantity"), None, "Content.Positions[0].Quantity", NOT_AMOUNT),
        (
            (*POSITION, "Tax"),
            True,
            "Content.Positions[0].Tax",
            "Must be a VAT code written as a whole number, one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,"
            " 11, 12.",
        ),
        ((*CHECK_CLOSE, "Payments"), None, "Content.CheckClose.Payments", NOT_LIST),
        (
            (*CHECK_CLOSE, "TaxationSystem"),
            "0",
            "Content.CheckClose.TaxationSystem",
            "Must be a code written as a whole number, one of 0, 1, 2, 3, 4, 5.",
        ),
        (
            (*CONTENT, "CustomerContact"),
            79161234567,
            "Content.CustomerContact",
            "Must be an e-mail, a phone (+998909998877 or 998909998877), or “none” for no"
            " contact (1 to 64 characters).",
        ),
    ],
)
def test_wrong_json_type_is_refused_by_its_path(
    path: tuple[str | int, ...], value: object, field: str, message: str
) -> None:
    error = refusal(example_with(path, value))
    assert (error.field, error.message) == (field, message)


def test_a_file_without_customer_contact_is_told_that_none_is_allowed() -> None:
    error = refusal(example_with((*CONTENT, "CustomerContact"), MISSING))
    assert str(error) == (
        "Content.CustomerContact: The customer's contact is missing: write their e-mail or"
        " phone, or “none” when they give neither."
    )


def test_customer_contact_may_be_left_out_when_it_comes_another_way() -> None:
    data = example_with((*CONTENT, "CustomerContact"), MISSING)
    assert parse_merchant_receipt(data, contact_optional=True).contact == CustomerContact()


def test_a_phone_in_the_file_may_be_written_as_checker_uz_writes_it() -> None:
    data = example_with((*CONTENT, "CustomerContact"), "998909998877")
    receipt = parse_merchant_receipt(data)
    assert receipt.contact == CustomerContact(phone="+998909998877")
    # What the cashbox gets is the document's own form, +digits.
    assert to_merchant_receipt(receipt)["Content"]["CustomerContact"] == "+998909998877"


def test_json_read_without_exact_decimals_is_refused_at_the_first_float() -> None:
    # A reader that lets json turn 1.00 into a float has already lost exactness.
    error = refusal(json.loads(json.dumps(example_with((*POSITION, "Price"), 1.0))))
    assert (error.field, error.message) == ("Content.Positions[0].Price", NOT_AMOUNT)


@pytest.mark.parametrize(
    ("path", "value", "field", "message_start"),
    [
        (("Inn",), "77437365", "Inn", "INN 77437365 must be 10 or 12 digits"),
        (("Group",), "", "Group", "The cashbox group is empty"),
        ((*CONTENT, "Type"), 5, "Content.Type", "5 is not a known code here"),
        (
            (*CONTENT, "CustomerContact"),
            "test@",
            "Content.CustomerContact",
            "“test@” is not an e-mail address",
        ),
        ((*CONTENT, "Positions"), [], "Content.Positions", "The receipt has no positions"),
        (
            (*POSITION, "Price"),
            "1.005",
            "Content.Positions[0].Price",
            "1.005 has more than 2 decimal places",
        ),
        (
            (*POSITION, "Quantity"),
            "0",
            "Content.Positions[0].Quantity",
            "Quantity must be more than zero",
        ),
        ((*POSITION, "Text"), " ", "Content.Positions[0].Text", "The name is empty"),
        (
            (*POSITION, "Text"),
            "x" * 129,
            "Content.Positions[0].Text",
            "The name has 129 characters",
        ),
        (
            (*POSITION, "Tax"),
            13,
            "Content.Positions[0].Tax",
            "13 is not a VAT code the cashbox knows",
        ),
        (
            (*POSITION, "PaymentSubjectType"),
            29,
            "Content.Positions[0].PaymentSubjectType",
            "29 is not a known code here",
        ),
        (
            (*POSITION, "QuantityMeasurementUnit"),
            1,
            "Content.Positions[0].QuantityMeasurementUnit",
            "1 is not a known code here",
        ),
        ((*PAYMENT, "Type"), 3, "Content.CheckClose.Payments[0].Type", "3 is not a known code"),
        (
            (*PAYMENT, "Amount"),
            "0.50",
            "Content.CheckClose.Payments",
            "Payments come to 0.50 of 1.00",
        ),
        (
            (*PAYMENT, "Amount"),
            "2.00",
            "Content.CheckClose.Payments",
            "Non-cash payments come to 2.00",
        ),
    ],
)
def test_wrong_value_is_refused_by_its_path(
    path: tuple[str | int, ...], value: object, field: str, message_start: str
) -> None:
    error = refusal(example_with(path, value))
    assert error.field == field
    assert error.message.startswith(message_start)


def test_a_bad_second_position_is_named_by_its_index() -> None:
    data = example_receipt()
    data["Content"]["Positions"].append(dict(data["Content"]["Positions"][0], Price="2.999"))
    assert refusal(data).field == "Content.Positions[1].Price"
