"""The shop's INN and the customer's phone and e-mail: accepted as usually written, else refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.contact import parse_country, parse_email, parse_inn, parse_phone
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
        # Checker.uz's own form (seed 003): E.164 digits without the plus.
        ("998909998877", "+998909998877"),
        ("998 90 999 88 77", "+998909998877"),
        ("79161234567", "+79161234567"),
        # No country code: the shop's country (Russia by default).
        ("916 123-45-67", "+79161234567"),
    ],
)
def test_customer_phone_is_kept_in_international_form(typed: str, e164: str) -> None:
    assert parse_phone(typed) == e164


def test_a_shop_in_uzbekistan_reads_local_numbers_as_uzbek() -> None:
    assert parse_phone("90 999 88 77", default_country="UZ") == "+998909998877"
    # Written with its country code it is the same number wherever the shop is.
    assert parse_phone("998909998877", default_country="UZ") == "+998909998877"
    assert parse_phone("79161234567", default_country="UZ") == "+79161234567"


@pytest.mark.parametrize("typed", ["+7 916 123", "+998 90 12", "+"])
def test_international_phone_with_wrong_digits_is_refused_with_how_to_write_it(
    typed: str,
) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_phone(typed)
    assert refused.value.field == "phone"
    assert refused.value.message == (
        f"“{typed}” is not a valid phone number; check the digits and the country code."
        " Write it like +998 90 999 88 77 or 998909998877."
    )


@pytest.mark.parametrize(
    ("typed", "country", "named"),
    [
        ("12345", "RU", "Russia (+7)"),
        ("call me", "RU", "Russia (+7)"),
        ("12", "UZ", "Uzbekistan (+998)"),
    ],
)
def test_phone_without_a_country_code_names_the_shops_country_when_refused(
    typed: str, country: str, named: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_phone(typed, default_country=country)
    assert refused.value.field == "phone"
    assert refused.value.message == (
        f"“{typed}” is not a phone number: it does not start with a country code, and it is"
        f" not a number of the shop's country {named}. Write it with the country code, like"
        " +998 90 999 88 77 or 998909998877."
    )


def test_digits_that_are_two_different_numbers_are_not_guessed() -> None:
    # A Moscow number without its 8, or a German one: the cashier must say which.
    with pytest.raises(ValidationError) as refused:
        parse_phone("4951234567")
    assert refused.value.message == (
        "“4951234567” can be read as +4951234567 or, in the shop's country Russia (+7), as"
        " +74951234567; write it with + and the country code, like +998 90 999 88 77."
    )


@pytest.mark.parametrize("typed", ["", "  "])
def test_an_empty_phone_is_not_a_number(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"^phone: “” is not a phone number"):
        parse_phone(typed)


@pytest.mark.parametrize(("typed", "country"), [("ru", "RU"), (" UZ ", "UZ")])
def test_the_shops_country_is_a_two_letter_code(typed: str, country: str) -> None:
    assert parse_country(typed) == country


@pytest.mark.parametrize("typed", ["Russia", "XX", "", 7])
def test_an_unknown_shop_country_is_refused(typed: object) -> None:
    with pytest.raises(ValidationError, match="is not a country code; use two letters"):
        parse_country(typed)


def test_window_and_command_line_contact_reads_the_phone_in_the_shops_country() -> None:
    contact = CustomerContact.entered(email=" ", phone="90 999 88 77", default_country="UZ")
    assert contact == CustomerContact(phone="+998909998877")
    assert CustomerContact.entered(phone="998909998877").for_cashbox() == "+998909998877"


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
        ("998909998877", CustomerContact(phone="+998909998877")),
        ("79161234567", CustomerContact(phone="+79161234567")),
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


@pytest.mark.parametrize("value", ["call me", "Иван"])
def test_cashbox_contact_that_is_neither_phone_nor_email_says_none_is_allowed(
    value: str,
) -> None:
    with pytest.raises(ValidationError) as refused:
        CustomerContact.from_cashbox(value)
    assert str(refused.value) == (
        "CustomerContact: Must be an e-mail, a phone (+998909998877 or 998909998877), or “none”"
        " for no contact (1 to 64 characters)."
    )


def test_cashbox_contact_phone_with_bad_digits_says_how_to_write_it() -> None:
    with pytest.raises(ValidationError) as refused:
        CustomerContact.from_cashbox("99890999")
    assert refused.value.field == "CustomerContact"
    assert "like +998 90 999 88 77 or 998909998877" in refused.value.message
