"""JSON with exact Decimal numbers, for services that want amounts as numbers (Checker.uz)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.codes import PaymentType
from pos_app.core.decimal_json import dumps

Json = st.SearchStrategy[Any]


def nested(children: Json) -> Json:
    return st.lists(children, max_size=4) | st.dictionaries(
        st.text(max_size=8), children, max_size=4
    )


plain_scalars = st.none() | st.booleans() | st.integers() | st.text()
exact_numbers = st.one_of(
    st.decimals(-(10**12), 10**12, allow_nan=False, allow_infinity=False),
    st.integers(0, 8).flatmap(
        lambda places: st.decimals(places=places, allow_nan=False, allow_infinity=False)
    ),
)
plain_json = st.recursive(plain_scalars, nested, max_leaves=20)
json_with_decimals = st.recursive(plain_scalars | exact_numbers, nested, max_leaves=20)


@pytest.mark.parametrize(
    ("amount", "literal"),
    [
        ("24890.50", "24890.50"),
        ("24890", "24890"),
        ("1.000", "1.000"),  # a quantity keeps its three places
        ("0.00", "0.00"),
        ("-1.50", "-1.50"),
        ("12345678901234567890.123456789", "12345678901234567890.123456789"),  # beyond float
        ("1E+2", "100"),  # fixed-point, which every JSON reader takes
        ("1E-7", "0.0000001"),
    ],
)
def test_an_amount_is_written_digit_for_digit(amount: str, literal: str) -> None:
    assert dumps(Decimal(amount)) == literal
    assert dumps({"value": Decimal(amount)}) == f'{{"value":{literal}}}'


def test_a_cheque_is_written_compactly_with_russian_text_as_is() -> None:
    body = {"name": "Наличные", "value": Decimal("24890.00"), "items": (1, True, None)}
    assert dumps(body) == '{"name":"Наличные","value":24890.00,"items":[1,true,null]}'


def test_a_code_is_written_as_its_number() -> None:
    assert dumps([PaymentType.CASH, PaymentType.PREPAYMENT]) == "[1,14]"


def test_text_is_escaped_as_json_requires() -> None:
    assert dumps('ООО "Ромашка"\n\\') == '"ООО \\"Ромашка\\"\\n\\\\"'


@given(plain_json)
def test_without_decimals_it_writes_what_the_json_module_writes(value: Any) -> None:
    assert dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@given(json_with_decimals)
def test_every_decimal_reads_back_as_the_same_number(value: Any) -> None:
    assert json.loads(dumps(value), parse_float=Decimal) == value


@pytest.mark.parametrize("value", [0.1, {"amount": 24890.5}, [1, 2.0]])
def test_a_float_is_refused_because_it_has_already_lost_exactness(value: object) -> None:
    with pytest.raises(TypeError, match="use Decimal for numbers"):
        dumps(value)


@pytest.mark.parametrize("value", [{1, 2}, b"bytes", date(2025, 2, 11), object()])
def test_other_types_are_refused(value: object) -> None:
    with pytest.raises(TypeError, match="cannot be written here"):
        dumps(value)


def test_an_object_key_must_be_text() -> None:
    with pytest.raises(TypeError, match="keys must be text, not int"):
        dumps({1: "one"})


@pytest.mark.parametrize("value", ["NaN", "sNaN", "Infinity", "-Infinity"])
def test_a_decimal_that_is_not_a_number_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="has no JSON number literal"):
        dumps([Decimal(value)])
