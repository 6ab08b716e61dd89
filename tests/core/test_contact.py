"""The shop's INN and the customer's phone and e-mail: accepted as usually written, else refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.contact import parse_email, parse_inn, parse_phone
from pos_app.core.errors import ValidationError
from pos_app.core.receipt import CustomerContact
from tests.core.strategies import emails, inns

INTELLECTMONEY_INN = "7743736523"  # CompanyINN in seed 002's getReceipt answer
TAXCOM_INN = "7704211201"  # OFDInn in the same answer


@pytest.mark.parametrize("inn", [INTELLECTMONEY_INN, TAXCOM_INN, " 7743736523 "])
def test_a_real_company_inn_is_accepted(inn: str) -> None:
    assert parse_inn(inn) == inn.strip()


@given(inns())
def test_any_inn_with_correct_check_digits_is_accepted(inn: str) -> None:
    assert parse_inn(inn) == inn


@given(inns(), st.integers(1, 9))
def test_a_mistyped_last_digit_is_caught_by_the_check_digit(inn: str, shift: int) -> None:
    mistyped = inn[:-1] + str((int(inn[-1]) + shift) % 10)
    with pytest.raises(ValidationError) as refused:
        parse_inn(mistyped)
    assert refused.value.field == "Inn"
    assert "wrong check digit" in refused.value.message


def test_the_documents_example_inn_has_a_wrong_check_digit() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_inn("7000000000")
    assert refused.value.message == (
        "INN 7000000000 has a wrong check digit; compare it with the registration papers."
    )


@pytest.mark.parametrize("inn", ["774373652", "77437365231", "1234567890123", "77437365ab"])
def test_inn_of_the_wrong_length_or_with_letters_is_refused(inn: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_inn(inn, "inn")
    assert refused.value.field == "inn"
    assert refused.value.message == f"INN {inn} must be 10 or 12 digits."


@pytest.mark.parametrize("inn", ["", "   "])
def test_missing_inn_is_asked_for(inn: str) -> None:
    with pytest.raises(ValidationError, match="INN is missing; enter its 10 or 12 digits"):
        parse_inn(inn)


def test_inn_written_as_a_number_is_refused_as_not_text() -> None:
    with pytest.raises(ValidationError, match=r"^Inn: The INN must be text in quotes"):
        parse_inn(7743736523)


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("+998 90 123 45 67", "+998901234567"),
        ("+998 (71) 234-56-78", "+998712345678"),
        ("8 916 123-45-67", "+79161234567"),  # a Russian number without + is read as Russian
        ("+7 (916) 123 45 67", "+79161234567"),
    ],
)
def test_customer_phone_is_kept_in_international_form(typed: str, e164: str) -> None:
    assert parse_phone(typed) == e164


@pytest.mark.parametrize("typed", ["12345", "+7 916 123", "+998 90 12"])
def test_phone_with_too_few_digits_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_phone(typed)
    assert refused.value.field == "phone"
    assert "not a valid phone number" in refused.value.message


@pytest.mark.parametrize("typed", ["call me", "", "+"])
def test_text_that_is_not_a_phone_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"^phone: “.*” is not a phone number"):
        parse_phone(typed)


@given(emails)
def test_any_ordinary_email_is_accepted_as_typed(email: str) -> None:
    assert parse_email(email) == email


def test_email_domain_is_written_in_lower_case() -> None:
    assert parse_email(" Foo@Example.COM ") == "Foo@example.com"


@pytest.mark.parametrize(
    "typed", ["foo", "foo@", "@example.com", "foo@bar", "foo bar@example.com", "a@b.test"]
)
def test_malformed_email_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_email(typed)
    assert refused.value.field == "email"
    assert refused.value.message == (
        f"“{typed}” is not an e-mail address; it should look like name@example.ru."
    )


def test_email_longer_than_the_cashbox_takes_is_refused() -> None:
    with pytest.raises(ValidationError, match="longer than the cashbox accepts"):
        parse_email("a" * 60 + "@mail.ru")


def test_blank_contact_fields_mean_no_contact() -> None:
    contact = CustomerContact(email="  ", phone="")
    assert contact == CustomerContact()
    assert contact.for_cashbox() == "none"


def test_cashbox_gets_the_email_when_the_customer_gave_both() -> None:
    # The phone is for the Checker.uz copy; the cashbox's e-receipt goes by e-mail.
    contact = CustomerContact(email="foo@example.com", phone="+998901234567")
    assert contact.for_cashbox() == "foo@example.com"
    assert CustomerContact(phone="8 916 123 45 67").for_cashbox() == "+79161234567"


@pytest.mark.parametrize(
    ("value", "contact"),
    [
        ("none", CustomerContact()),
        ("+79161234567", CustomerContact(phone="+79161234567")),
        ("test@mail.ru", CustomerContact(email="test@mail.ru")),
    ],
)
def test_contact_read_back_from_the_cashbox_form(value: str, contact: CustomerContact) -> None:
    assert CustomerContact.from_cashbox(value) == contact


@pytest.mark.parametrize("value", ["", "a" * 65, None, 79161234567])
def test_cashbox_contact_of_the_wrong_size_or_type_is_refused(value: object) -> None:
    with pytest.raises(ValidationError) as refused:
        CustomerContact.from_cashbox(value)
    assert refused.value.field == "CustomerContact"
    assert "1 to 64 characters" in refused.value.message


def test_cashbox_contact_that_is_neither_phone_nor_email_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^CustomerContact: “79161234567” is not an e-mail"):
        CustomerContact.from_cashbox("79161234567")
