"""Money and quantities as typed: exact, rounded like a cash register, or refused with a reason."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from math import floor

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.errors import ValidationError
from pos_app.core.money import (
    MAX_AMOUNT,
    MAX_QUANTITY,
    format_money,
    format_quantity,
    parse_money,
    parse_quantity,
    round_money,
)
from tests.core.strategies import money, quantities


def half_up_to_kopecks(value: Fraction) -> Decimal:
    """The cash register's rounding, worked out in exact fractions: half a kopeck away from 0."""
    kopecks = floor(abs(value) * 100 + Fraction(1, 2))
    return Decimal(kopecks if value >= 0 else -kopecks).scaleb(-2)


@given(money(max_value=MAX_AMOUNT))
def test_any_amount_survives_being_printed_and_typed_back(amount: Decimal) -> None:
    printed = format_money(amount)
    assert parse_money(printed, "amount") == amount
    assert format_money(parse_money(printed, "amount")) == printed


@given(quantities(max_value=MAX_QUANTITY))
def test_any_quantity_survives_being_printed_and_typed_back(quantity: Decimal) -> None:
    printed = format_quantity(quantity)
    assert parse_quantity(printed, "quantity") == quantity
    assert format_quantity(parse_quantity(printed, "quantity")) == printed
    assert len(printed.partition(".")[2]) >= 3  # the cashier always sees grams / millilitres


@given(st.decimals(-(10**9), 10**9, allow_nan=False, allow_infinity=False))
def test_rounding_to_kopecks_matches_exact_arithmetic(value: Decimal) -> None:
    assert round_money(value) == half_up_to_kopecks(Fraction(value))


@pytest.mark.parametrize(
    ("value", "rounded"),
    [
        ("0.125", "0.13"),  # banker's rounding would give 0.12
        ("2.675", "2.68"),  # through float, 2.675 is 2.67499… and would give 2.67
        ("0.004", "0.00"),
        ("-0.005", "-0.01"),  # half away from zero on both sides
    ],
)
def test_half_a_kopeck_is_rounded_up_as_on_a_cash_register(value: str, rounded: str) -> None:
    assert format_money(Decimal(value)) == rounded


@given(
    st.one_of(
        money().map(str),
        money().map(lambda m: str(m).replace(".", ",")),
        st.integers(1, 10**6),
        money(),
    )
)
def test_a_typed_amount_is_always_decimal_never_float(typed: str | int | Decimal) -> None:
    assert type(parse_money(typed, "price")) is Decimal


def test_price_typed_with_a_comma_is_rubles_and_kopecks() -> None:
    assert parse_money(" 12,50 ", "price") == Decimal("12.50")


def test_whole_rubles_get_their_kopecks() -> None:
    assert str(parse_money("12", "price")) == "12.00"
    assert str(parse_money(12, "price")) == "12.00"


def test_trailing_zeros_past_the_kopecks_are_harmless() -> None:
    assert str(parse_money("12.5000", "price")) == "12.50"
    assert str(parse_quantity("1.0000000", "quantity")) == "1.000"


def test_weighed_goods_keep_six_decimals_of_quantity() -> None:
    assert format_quantity(parse_quantity("0.123456", "quantity")) == "0.123456"


def test_amount_at_the_cashbox_limit_is_accepted() -> None:
    assert parse_money("99999999.99", "amount") == MAX_AMOUNT


def test_free_item_price_may_be_zero_where_allowed() -> None:
    assert parse_money("0", "price", allow_zero=True) == Decimal("0.00")


def test_minus_zero_price_is_plain_zero() -> None:
    # "-0" is zero; it must not reach the cashbox or the QR code as "-0.00".
    assert format_money(parse_money("-0", "price", allow_zero=True)) == "0.00"
    assert str(parse_money("-0.00", "s", allow_zero=True)) == "0.00"


@pytest.mark.parametrize("value", [12.5, 0.1, True])
def test_float_or_bool_amount_is_refused_because_it_has_already_lost_kopecks(
    value: object,
) -> None:
    with pytest.raises(ValidationError, match=r"^price: Must be a number written as text"):
        parse_money(value, "price")


def test_float_quantity_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^quantity: Must be a number written as text"):
        parse_quantity(1.5, "quantity")


@pytest.mark.parametrize("typed", ["12 руб", "", "   ", "NaN", "Infinity", "-inf", "1.2.3"])
def test_text_that_is_not_a_number_is_refused_and_quoted(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_money(typed, "price")
    assert refused.value.field == "price"
    assert f"“{typed}” is not a number" in refused.value.message


def test_price_with_a_third_decimal_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_money("12.505", "price")
    assert refused.value.field == "price"
    assert refused.value.message == (
        "12.505 has more than 2 decimal places; amounts are in rubles and kopecks, e.g. 12.50."
    )


def test_price_with_more_digits_than_decimal_arithmetic_keeps_is_not_silently_rounded() -> None:
    # 29 significant digits: Decimal's default 28-digit context would round it to 1.
    with pytest.raises(ValidationError, match="more than 2 decimal places"):
        parse_money("1.0000000000000000000000000001", "price")
    with pytest.raises(ValidationError, match="more than 6 decimal places"):
        parse_quantity("1.0000000000000000000000000001", "quantity")


@pytest.mark.parametrize("typed", ["0", "0.00"])
def test_zero_amount_is_refused_where_something_must_be_paid(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"^amount: Must be more than zero"):
        parse_money(typed, "amount")


def test_negative_amount_is_refused_even_where_zero_is_allowed() -> None:
    with pytest.raises(ValidationError, match=r"^price: Must be more than zero; -1.00 is not\."):
        parse_money("-1.00", "price", allow_zero=True)


def test_amount_over_the_cashbox_limit_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"more than the cashbox accepts \(99 999 999\.99\)"):
        parse_money("100000000.00", "amount")


@pytest.mark.parametrize("typed", ["0", "0.000", "-1", "-0.5"])
def test_zero_or_negative_quantity_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_quantity(typed, "quantity")
    assert refused.value.field == "quantity"
    assert refused.value.message == f"Quantity must be more than zero; {typed} is not."


def test_quantity_with_seven_decimals_is_refused() -> None:
    with pytest.raises(ValidationError, match="more than 6 decimal places; round the quantity"):
        parse_quantity("0.1234567", "quantity")


def test_quantity_over_the_cashbox_limit_is_refused() -> None:
    assert parse_quantity(str(MAX_QUANTITY), "quantity") == MAX_QUANTITY
    with pytest.raises(ValidationError, match=r"^quantity: Quantity 100000 is more than"):
        parse_quantity("100000", "quantity")
