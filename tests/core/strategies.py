"""Hypothesis strategies for valid receipts and their parts, shared by the core tests."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from hypothesis import strategies as st
from stdnum.ru import inn as ru_inn

from pos_app.core.codes import (
    VAT_RATES,
    MeasurementUnit,
    PaymentMethod,
    PaymentSubject,
    PaymentType,
    ReceiptType,
    TaxationSystem,
)
from pos_app.core.receipt import (
    MAX_GROUP_LENGTH,
    MAX_TEXT_LENGTH,
    CustomerContact,
    Payment,
    Position,
    Receipt,
    positions_total,
)

NON_CASH = tuple(t for t in PaymentType if t is not PaymentType.CASH)
# Small enough that five lines stay under the cashbox's 99 999 999.99 limit for a receipt.
MAX_TEST_PRICE = Decimal("99999.99")
MAX_TEST_QUANTITY = Decimal(100)

# Valid numbers checked with phonenumbers: Russian mobile and landline, Uzbek mobile and landline.
PHONES = ("+79161234567", "+74951234567", "+998901234567", "+998712345678")


def money(
    min_value: Decimal = Decimal("0.01"), max_value: Decimal = MAX_TEST_PRICE
) -> st.SearchStrategy[Decimal]:
    """Rubles and kopecks: exactly two decimal places."""
    return st.decimals(min_value, max_value, places=2, allow_nan=False, allow_infinity=False)


def quantities(max_value: Decimal = MAX_TEST_QUANTITY) -> st.SearchStrategy[Decimal]:
    """Above zero, with 0 to 6 decimal places (the cashbox's precision)."""
    return st.integers(0, 6).flatmap(
        lambda places: st.decimals(
            Decimal(1).scaleb(-places),
            max_value,
            places=places,
            allow_nan=False,
            allow_infinity=False,
        )
    )


# Any name the model takes, Cyrillic or not, as it keeps it: stripped, 1 to 128 printable
# characters (no line breaks or control characters, which would garble the printed receipt).
texts = st.one_of(
    st.sampled_from(["Булка", "Спички", "AIRWICK AEROZOL.240ML SVEJAYA MYATA", "Товар"]),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=MAX_TEXT_LENGTH)
    .map(str.strip)
    .filter(lambda text: bool(text) and text.isprintable()),
)
groups = st.from_regex(rf"[A-Za-z0-9_]{{1,{MAX_GROUP_LENGTH}}}", fullmatch=True)
emails = st.from_regex(
    r"[a-z][a-z0-9_]{0,10}(\.[a-z0-9_]{1,10})?@[a-z]{2,12}\.(ru|com|uz)", fullmatch=True
)
phones = st.sampled_from(PHONES)


@st.composite
def inns(draw: st.DrawFn) -> str:
    """A valid INN: 10 digits (a company) or 12 (an entrepreneur), check digits computed."""
    if draw(st.booleans()):
        digits = draw(st.text("0123456789", min_size=9, max_size=9))
        return digits + str(ru_inn.calc_company_check_digit(digits))
    digits = draw(st.text("0123456789", min_size=10, max_size=10))
    return digits + str(ru_inn.calc_personal_check_digits(digits))


positions = st.builds(
    Position,
    text=texts,
    quantity=quantities(),
    price=money(min_value=Decimal("0.00")),  # a free item is allowed
    vat=st.sampled_from(VAT_RATES),
    payment_subject=st.sampled_from(PaymentSubject),
    payment_method=st.sampled_from(PaymentMethod),
    unit=st.none() | st.sampled_from(MeasurementUnit),
)


def contacts(*, both: bool = False) -> st.SearchStrategy[CustomerContact]:
    """No contact, an e-mail or a phone; with ``both``, also e-mail and phone together (the
    MerchantReceipt carries only one of them, so round trips leave that case out)."""
    one = st.one_of(
        st.just(CustomerContact()),
        emails.map(lambda email: CustomerContact(email=email)),
        phones.map(lambda phone: CustomerContact(phone=phone)),
    )
    if not both:
        return one
    return one | st.builds(CustomerContact, email=emails, phone=phones)


@st.composite
def settlements(draw: st.DrawFn, total: Decimal, *, change: bool = True) -> tuple[Payment, ...]:
    """Payments for ``total``: non-cash parts never over it, cash for the rest, and with
    ``change`` cash beyond the total (what the customer gets back)."""
    kopecks = int(total * 100)
    non_cash = draw(st.integers(0, kopecks))
    cuts = sorted(draw(st.lists(st.integers(0, non_cash), max_size=2)))
    bounds = [0, *cuts, non_cash]
    payments = [
        Payment(draw(st.sampled_from(NON_CASH)), Decimal(high - low).scaleb(-2))
        for low, high in pairwise(bounds)
        if high > low
    ]
    cash = kopecks - non_cash + (draw(st.integers(0, 500_000)) if change else 0)
    if cash:
        payments.append(Payment(PaymentType.CASH, Decimal(cash).scaleb(-2)))
    return tuple(draw(st.permutations(payments)))


@st.composite
def receipts(draw: st.DrawFn, contact: st.SearchStrategy[CustomerContact] | None = None) -> Receipt:
    """A complete, valid receipt of any type; a refund pays back exactly its total."""
    receipt_type = draw(st.sampled_from(ReceiptType))
    lines = draw(st.lists(positions, min_size=1, max_size=5).filter(positions_total))
    total = positions_total(lines)
    return Receipt(
        type=receipt_type,
        inn=draw(inns()),
        group=draw(groups),
        positions=tuple(lines),
        payments=draw(settlements(total, change=not receipt_type.is_refund)),
        taxation=draw(st.sampled_from(TaxationSystem)),
        contact=draw(contacts() if contact is None else contact),
    )
