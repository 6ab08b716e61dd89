"""The receipt as createReceipt's ``MerchantReceipt`` JSON (OrangeData format), both ways.

``merchant_receipt_json`` gives the exact string that is sent and signed; ``parse_merchant_receipt``
reads one back (from a file, the journal or the sandbox) and names the first wrong field by its
JSON path, e.g. ``Content.Positions[1].Price``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from pos_app.core.codes import (
    MeasurementUnit,
    PaymentMethod,
    PaymentSubject,
    PaymentType,
    ReceiptType,
    TaxationSystem,
    vat_rate,
)
from pos_app.core.contact import DEFAULT_COUNTRY
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.money import format_money, format_quantity
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt, parse_code

T = TypeVar("T")

# ASSUMED: IntellectMoney spells its fields in PascalCase, so FFD 1.2's OrangeData
# ``quantityMeasurementUnit`` is sent as ``QuantityMeasurementUnit``.
_UNIT_KEY = "QuantityMeasurementUnit"
# The name errors about the text as a whole (not JSON, not an object) carry.
_ROOT = "MerchantReceipt"

# Where a model field's error belongs in the JSON.
_POSITION_FIELDS = {
    "text": "Text",
    "quantity": "Quantity",
    "price": "Price",
    "vat": "Tax",
    "payment_subject": "PaymentSubjectType",
    "payment_method": "PaymentMethodType",
    "unit": _UNIT_KEY,
}
_PAYMENT_FIELDS = {"type": "Type", "amount": "Amount"}
_RECEIPT_FIELDS = {
    "type": "Content.Type",
    "inn": "Inn",
    "group": "Group",
    "positions": "Content.Positions",
    "payments": "Content.CheckClose.Payments",
    "taxation": "Content.CheckClose.TaxationSystem",
}


def to_merchant_receipt(receipt: Receipt) -> dict[str, Any]:
    """The MerchantReceipt object, keys in the documents' order, amounts as strings."""
    positions = []
    for p in receipt.positions:
        item: dict[str, Any] = {
            "Quantity": format_quantity(p.quantity),
            "Price": format_money(p.price),
            "Tax": p.vat.code,
            "Text": p.text,
            "PaymentSubjectType": int(p.payment_subject),
            "PaymentMethodType": int(p.payment_method),
        }
        if p.unit is not None:
            item[_UNIT_KEY] = int(p.unit)
        positions.append(item)
    return {
        "Inn": receipt.inn,
        "Group": receipt.group,
        "Content": {
            "Type": int(receipt.type),
            "CustomerContact": receipt.contact.for_cashbox(),
            "Positions": positions,
            "CheckClose": {
                "Payments": [
                    {"Type": int(pay.type), "Amount": format_money(pay.amount)}
                    for pay in receipt.payments
                ],
                "TaxationSystem": int(receipt.taxation),
            },
        },
    }


def merchant_receipt_json(receipt: Receipt) -> str:
    """The exact string sent in the MerchantReceipt field and used in the Sign."""
    return json.dumps(to_merchant_receipt(receipt), ensure_ascii=False, separators=(",", ":"))


def loads_merchant_receipt(
    text: str, *, contact_optional: bool = False, default_country: str = DEFAULT_COUNTRY
) -> Receipt:
    """Parse MerchantReceipt JSON text; bad JSON is a ValidationError too."""
    try:
        data = json.loads(
            text,
            parse_float=_bounded(Decimal),
            parse_int=_bounded(int),
            parse_constant=_no_constant,
        )
    except (json.JSONDecodeError, RecursionError) as error:
        raise ValidationError(
            _ROOT,
            _N("validation", "This is not valid JSON ({problem}); check the file's syntax."),
            problem=str(error),
        ) from None
    return parse_merchant_receipt(
        data, contact_optional=contact_optional, default_country=default_country
    )


# No field of a receipt takes a number this long; a longer one (5,001 digits) is refused before
# Python is asked to convert it (int() stops at 4,300 digits with its own error).
MAX_NUMBER_LENGTH = 40


def _bounded(convert: Callable[[str], T]) -> Callable[[str], T]:
    def checked(literal: str) -> T:
        if len(literal) > MAX_NUMBER_LENGTH:
            raise ValidationError(
                _ROOT,
                _N(
                    "validation",
                    "A number in the file is {length} characters long; no receipt field takes"
                    " more than {limit}. Check the file.",
                ),
                length=len(literal),
                limit=MAX_NUMBER_LENGTH,
            )
        return convert(literal)

    return checked


def _no_constant(name: str) -> object:
    raise ValidationError(
        _ROOT,
        _N("validation", "{name} is not a number JSON allows; check the file."),
        name=name,
    )


def parse_merchant_receipt(
    data: object, *, contact_optional: bool = False, default_country: str = DEFAULT_COUNTRY
) -> Receipt:
    """A Receipt from a decoded MerchantReceipt object; strict: unknown fields are errors.

    ``contact_optional``: the contact is given another way (the command line's --email and
    --phone), so the file may leave CustomerContact out; the receipt then has none of its own.
    A phone in CustomerContact without a country code is read in ``default_country``.
    """
    root = _object(data, _ROOT, required={"Inn", "Group", "Content"})
    content = _object(
        root["Content"],
        "Content",
        required={"Type", "Positions", "CheckClose"},
        optional={"CustomerContact"},
    )
    if "CustomerContact" not in content and not contact_optional:
        raise ValidationError(
            "Content.CustomerContact",
            _N(
                "validation",
                "The customer's contact is missing: write their e-mail or phone, or “none”"
                " when they give neither.",
            ),
        )
    check_close = _object(
        content["CheckClose"], "Content.CheckClose", required={"Payments", "TaxationSystem"}
    )
    positions = tuple(
        _under(f"Content.Positions[{i}]", _POSITION_FIELDS, _position, item, optional={_UNIT_KEY})
        for i, item in enumerate(_array(content["Positions"], "Content.Positions"))
    )
    payments = tuple(
        _under(f"Content.CheckClose.Payments[{i}]", _PAYMENT_FIELDS, _payment, item)
        for i, item in enumerate(_array(check_close["Payments"], "Content.CheckClose.Payments"))
    )
    contact = (
        CustomerContact()
        if "CustomerContact" not in content
        else CustomerContact.from_cashbox(
            content["CustomerContact"], "Content.CustomerContact", default_country
        )
    )
    receipt_type = parse_code(ReceiptType, content["Type"], "Content.Type")
    taxation = parse_code(
        TaxationSystem, check_close["TaxationSystem"], "Content.CheckClose.TaxationSystem"
    )
    try:
        return Receipt(
            type=receipt_type,
            inn=root["Inn"],
            group=root["Group"],
            positions=positions,
            payments=payments,
            taxation=taxation,
            contact=contact,
        )
    except ValidationError as error:
        raise _renamed(error, "", _RECEIPT_FIELDS) from None


def _position(data: Mapping[str, Any]) -> Position:
    return Position(
        text=data["Text"],
        quantity=data["Quantity"],
        price=data["Price"],
        vat=vat_rate(data["Tax"]),
        payment_subject=parse_code(PaymentSubject, data["PaymentSubjectType"], "payment_subject"),
        payment_method=parse_code(PaymentMethod, data["PaymentMethodType"], "payment_method"),
        unit=None
        if data.get(_UNIT_KEY) is None
        else parse_code(MeasurementUnit, data[_UNIT_KEY], "unit"),
    )


def _payment(data: Mapping[str, Any]) -> Payment:
    return Payment(type=parse_code(PaymentType, data["Type"], "type"), amount=data["Amount"])


def _under(
    path: str,
    names: Mapping[str, str],
    build: Callable[[Mapping[str, Any]], T],
    data: object,
    *,
    optional: set[str] | None = None,
) -> T:
    """Build one list item, its errors named by JSON path; ``names`` maps model fields to keys.

    The keys the item must have are the mapped names less the optional ones."""
    item = _object(
        data, path, required=set(names.values()) - (optional or set()), optional=optional
    )
    try:
        return build(item)
    except ValidationError as error:
        raise _renamed(error, path, names) from None


def _renamed(error: ValidationError, prefix: str, names: Mapping[str, str]) -> ValidationError:
    name = names.get(error.field, error.field)
    field = f"{prefix}.{name}" if prefix else name
    return ValidationError(field, error.template, **error.params)


def _object(
    data: object, path: str, *, required: set[str], optional: set[str] | None = None
) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise ValidationError(
            path,
            _N("validation", "Must be a JSON object {{...}}; check the file against the example."),
        )
    # Unknown before missing: "content" for "Content" is then named as written, with the hint
    # to check its case, rather than sending the reader to look for a "Content" that is there.
    unknown = sorted(data.keys() - required - (optional or set()))
    if unknown:
        raise ValidationError(
            _child(path, unknown[0]),
            _N(
                "validation",
                "Unknown field; the cashbox does not take it (check its spelling and case).",
            ),
        )
    missing = sorted(required - data.keys())
    if missing:
        raise ValidationError(
            _child(path, missing[0]),
            _N("validation", "This field is required and is missing."),
        )
    return data


def _child(path: str, key: str) -> str:
    # The root's own fields are named alone (``Inn``), as the receipt's errors name them.
    return key if path == _ROOT else f"{path}.{key}"


def _array(data: object, path: str) -> list[object]:
    if not isinstance(data, list):
        raise ValidationError(path, _N("validation", "Must be a JSON list [...]."))
    return data
