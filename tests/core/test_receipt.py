"""The cashier's receipt: line totals, the total, VAT, change, and every way it can be wrong."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from math import floor

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.codes import PaymentSubject, PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.errors import ValidationError
from pos_app.core.receipt import Payment, Position, Receipt, positions_total, vat_breakdown
from tests.core.strategies import contacts, money, positions, quantities, receipts

INN = "7743736523"


def kopecks_half_up(value: Fraction) -> Decimal:
    """Exact rounding to kopecks, half away from zero, for non-negative amounts."""
    return Decimal(floor(value * 100 + Fraction(1, 2))).scaleb(-2)


def bread(quantity: str = "2", price: str = "45.90", vat: int = 11) -> Position:
    return Position("Хлеб", Decimal(quantity), Decimal(price), vat_rate(vat))


def sale(
    lines: Iterable[Position],
    payments: Iterable[Payment],
    receipt_type: ReceiptType = ReceiptType.SALE,
) -> Receipt:
    return Receipt(
        type=receipt_type,
        inn=INN,
        group="Main",
        positions=tuple(lines),
        payments=tuple(payments),
        taxation=TaxationSystem.GENERAL,
    )


def cash(amount: str) -> Payment:
    return Payment(PaymentType.CASH, Decimal(amount))


def card(amount: str) -> Payment:
    return Payment(PaymentType.ELECTRONIC, Decimal(amount))


def test_cash_overpayment_gives_change() -> None:
    receipt = sale([bread()], [cash("100")])
    assert receipt.total == Decimal("91.80")
    assert receipt.change == Decimal("8.20")


def test_exact_card_payment_gives_no_change() -> None:
    assert sale([bread()], [card("91.80")]).change == Decimal("0.00")


def test_split_payment_takes_card_first_and_gives_change_from_cash() -> None:
    receipt = sale([bread()], [card("50"), cash("50")])
    assert receipt.paid == Decimal("100.00")
    assert receipt.change == Decimal("8.20")


def test_refund_pays_back_exactly_its_total() -> None:
    refund = sale([bread()], [cash("91.80")], ReceiptType.SALE_REFUND)
    assert refund.change == Decimal("0.00")


def test_weighed_goods_line_is_rounded_half_up_to_kopecks() -> None:
    # 0.255 kg at 99.90 is 25.47450: 25.47; 0.125 kg at 0.20 is 0.025: 0.03, not 0.02.
    assert Position("Сыр", Decimal("0.255"), Decimal("99.90"), vat_rate(2)).total == Decimal(
        "25.47"
    )
    assert Position("Гвозди", Decimal("0.125"), Decimal("0.20"), vat_rate(1)).total == Decimal(
        "0.03"
    )


def test_line_name_is_kept_without_surrounding_spaces() -> None:
    assert Position("  Хлеб ", Decimal(1), Decimal(1), vat_rate(6)).text == "Хлеб"


@given(quantities(), money(min_value=Decimal("0.00")))
def test_line_total_is_quantity_times_price_rounded_half_up_to_kopecks(
    quantity: Decimal, price: Decimal
) -> None:
    line = Position("Товар", quantity, price, vat_rate(1))
    assert line.total == kopecks_half_up(Fraction(quantity) * Fraction(price))


@given(receipts())
def test_receipt_total_is_the_sum_of_its_line_totals(receipt: Receipt) -> None:
    assert receipt.total == sum((line.total for line in receipt.positions), Decimal(0))
    assert receipt.total == positions_total(receipt.positions)


@given(st.lists(positions, min_size=1, max_size=8))
def test_vat_of_each_rate_is_that_rates_total_times_p_over_100_plus_p(
    lines: list[Position],
) -> None:
    breakdown = vat_breakdown(lines)
    rates_used = {line.vat.code for line in lines}
    assert [row.rate.code for row in breakdown] == sorted(rates_used)  # the table's order
    for row in breakdown:
        base = sum((line.total for line in lines if line.vat.code == row.rate.code), Decimal(0))
        assert row.base == base
        percent = Fraction(row.rate.percent or 0)
        assert row.amount == kopecks_half_up(Fraction(base) * percent / (100 + percent))


def test_vat_is_rounded_once_per_rate_not_per_line() -> None:
    # Three lines of 0.03 at 20%: 0.005 each would round to 0.01 three times (0.03); the rate's
    # total, 0.09, holds 0.015 of VAT: 0.02.
    lines = [Position(f"Спички {n}", Decimal(1), Decimal("0.03"), vat_rate(1)) for n in range(3)]
    (row,) = sale(lines, [cash("0.09")]).vat_breakdown
    assert (row.base, row.amount) == (Decimal("0.09"), Decimal("0.02"))


def test_mixed_rates_give_one_vat_row_each() -> None:
    receipt = sale([bread(vat=11), bread(vat=2), bread(vat=6), bread(vat=11)], [card("367.20")])
    rows = {row.rate.code: (row.base, row.amount) for row in receipt.vat_breakdown}
    assert rows == {
        2: (Decimal("91.80"), Decimal("8.35")),
        6: (Decimal("91.80"), Decimal("0.00")),
        11: (Decimal("183.60"), Decimal("33.11")),
    }


@given(receipts())
def test_change_is_what_was_paid_over_the_total_and_only_cash_gives_it(receipt: Receipt) -> None:
    cash_paid = sum((p.amount for p in receipt.payments if p.type is PaymentType.CASH), Decimal(0))
    assert receipt.change == receipt.paid - receipt.total
    assert Decimal(0) <= receipt.change <= cash_paid
    if receipt.type.is_refund:
        assert receipt.change == 0


@given(receipts(contact=contacts(both=True)))
def test_every_sum_on_a_receipt_is_decimal_never_float(receipt: Receipt) -> None:
    sums = [receipt.total, receipt.paid, receipt.change]
    sums += [line.total for line in receipt.positions]
    sums += [line.quantity for line in receipt.positions]
    sums += [row.amount for row in receipt.vat_breakdown]
    assert all(type(value) is Decimal for value in sums)


@pytest.mark.parametrize("name", ["", "   "])
def test_position_without_a_name_is_refused(name: str) -> None:
    with pytest.raises(ValidationError) as refused:
        Position(name, Decimal(1), Decimal(1), vat_rate(1))
    assert refused.value.field == "text"
    assert refused.value.message == "The name is empty; type what is being sold."


def test_name_longer_than_the_cashbox_prints_is_refused() -> None:
    assert len(Position("Я" * 128, Decimal(1), Decimal(1), vat_rate(1)).text) == 128
    with pytest.raises(ValidationError) as refused:
        Position("Я" * 129, Decimal(1), Decimal(1), vat_rate(1))
    assert refused.value.field == "text"
    assert refused.value.message == (
        "The name has 129 characters; the cashbox prints at most 128, shorten it."
    )


def test_name_that_is_not_text_is_refused_as_such() -> None:
    with pytest.raises(ValidationError, match=r"^text: Must be text in quotes"):
        Position(42, Decimal(1), Decimal(1), vat_rate(1))  # type: ignore[arg-type]


@pytest.mark.parametrize("quantity", ["0", "-1"])
def test_zero_or_negative_quantity_is_refused(quantity: str) -> None:
    with pytest.raises(ValidationError, match=r"^quantity: Quantity must be more than zero"):
        bread(quantity=quantity)


def test_price_with_three_decimals_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^price: 45\.905 has more than 2 decimal places"):
        bread(price="45.905")


def test_float_price_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^price: Must be a number written as text"):
        Position("Хлеб", Decimal(1), 45.9, vat_rate(1))  # type: ignore[arg-type]


def test_unknown_payment_subject_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^payment_subject: 28 is not a known code"):
        Position("Хлеб", Decimal(1), Decimal(1), vat_rate(1), payment_subject=28)  # type: ignore[arg-type]


def test_service_position_keeps_its_subject() -> None:
    line = Position("Доставка", Decimal(1), Decimal(300), vat_rate(11), payment_subject=4)  # type: ignore[arg-type]
    assert line.payment_subject is PaymentSubject.SERVICE


def test_line_over_the_cashbox_limit_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        bread(quantity="2", price="99999999.99")
    assert refused.value.field == "quantity"
    assert refused.value.message == (
        "The line comes to 199999999.98, more than the cashbox accepts."
    )


def test_receipt_total_over_the_cashbox_limit_is_refused() -> None:
    big = bread(quantity="1", price="60000000.00")
    with pytest.raises(ValidationError, match=r"^positions: The total 120000000\.00 is more"):
        sale([big, big], [card("60000000.00"), card("60000000.00")])


def test_payments_that_do_not_cover_the_total_say_what_is_missing() -> None:
    with pytest.raises(ValidationError) as refused:
        sale([bread()], [card("50"), cash("10")])
    assert refused.value.field == "payments"
    assert refused.value.message == "Payments come to 60.00 of 91.80; 31.80 is still to pay."


def test_card_payment_over_the_total_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        sale([bread()], [card("100")])
    assert refused.value.field == "payments"
    assert refused.value.message == (
        "Non-cash payments come to 100.00, more than the total 91.80; only cash can be more"
        " (the change is given back)."
    )


@pytest.mark.parametrize("refund", [ReceiptType.SALE_REFUND, ReceiptType.EXPENSE_REFUND])
def test_refund_with_change_is_refused(refund: ReceiptType) -> None:
    with pytest.raises(ValidationError) as refused:
        sale([bread()], [cash("100")], refund)
    assert refused.value.field == "payments"
    assert refused.value.message == "A refund pays back exactly 91.80; payments come to 100.00."


@pytest.mark.parametrize("amount", ["0", "-5"])
def test_payment_of_nothing_is_refused(amount: str) -> None:
    with pytest.raises(ValidationError, match=r"^amount: Must be more than zero"):
        cash(amount)


def test_unknown_payment_type_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^type: 3 is not a known code"):
        Payment(3, Decimal(1))  # type: ignore[arg-type]


def test_receipt_without_positions_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^positions: The receipt has no positions"):
        sale([], [cash("1")])


def test_receipt_without_payment_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^payments: The receipt has no payment"):
        sale([bread()], [])


def test_shop_inn_with_a_wrong_check_digit_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^inn: INN 7000000000 has a wrong check digit"):
        Receipt(
            type=ReceiptType.SALE,
            inn="7000000000",
            group="Main",
            positions=(bread(),),
            payments=(cash("100"),),
            taxation=TaxationSystem.GENERAL,
        )


@pytest.mark.parametrize(
    ("group", "message"),
    [
        ("", "The cashbox group is empty; copy it from the cashbox settings."),
        ("x" * 33, "The cashbox group is longer than 32 characters."),
        (None, "Must be text in quotes; check the file against the example."),
    ],
)
def test_cashbox_group_must_be_set_and_short(group: object, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        Receipt(
            type=ReceiptType.SALE,
            inn=INN,
            group=group,  # type: ignore[arg-type]
            positions=(bread(),),
            payments=(cash("100"),),
            taxation=TaxationSystem.GENERAL,
        )
    assert (refused.value.field, refused.value.message) == ("group", message)


def test_unknown_taxation_system_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^taxation: 6 is not a known code"):
        Receipt(
            type=ReceiptType.SALE,
            inn=INN,
            group="Main",
            positions=(bread(),),
            payments=(cash("100"),),
            taxation=6,  # type: ignore[arg-type]
        )


def test_a_line_break_in_a_name_is_refused_before_it_garbles_the_receipt() -> None:
    with pytest.raises(ValidationError) as caught:
        Position(text="Молоко\nКефир", quantity=Decimal(1), price=Decimal(1), vat=vat_rate(1))
    assert caught.value.field == "text"
    assert "line break" in caught.value.message


def test_a_vat_code_given_as_a_number_is_looked_up_and_checked() -> None:
    position = Position(text="Хлеб", quantity=Decimal(1), price=Decimal(1), vat=2)  # type: ignore[arg-type]
    assert position.vat == vat_rate(2)
    with pytest.raises(ValidationError) as caught:
        Position(text="Хлеб", quantity=Decimal(1), price=Decimal(1), vat=99)  # type: ignore[arg-type]
    assert caught.value.field == "vat"
