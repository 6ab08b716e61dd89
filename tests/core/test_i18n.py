"""Messages keep their template and parameters through the journal's JSON, and a damaged entry
still says something."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.i18n import Message

TEMPLATE = "Payments come to {paid} of {total}; {missing} is still to pay."


def test_parameters_become_the_text_format_would_write() -> None:
    message = Message.of(
        "validation", TEMPLATE, {"paid": Decimal("10.00"), "total": 12.5, "missing": "2.50"}
    )
    assert message.params == {"paid": "10.00", "total": "12.5", "missing": "2.50"}
    assert str(message) == "Payments come to 10.00 of 12.5; 2.50 is still to pay."


def test_a_verbatim_text_is_shown_as_it_is_even_with_braces() -> None:
    assert str(Message.verbatim("ошибка {код}")) == "ошибка {код}"


@given(
    context=st.sampled_from(["services", "validation", "journal"]),
    params=st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), st.text(), max_size=4),
)
def test_a_message_survives_its_json(context: str, params: dict[str, str]) -> None:
    template = " ".join(f"{{{name}}}" for name in params) or "no parameters"
    message = Message(context, template, params)
    assert Message.from_json(message.to_json(), "fallback") == message


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        "[]",
        '{"context": "services", "template": "{service} is down"}',
        '{"context": "services", "template": "{service} is down", "params": {}}',
        '{"context": 1, "template": "x", "params": {}}',
        '{"context": "services", "template": "x", "params": {"a": 1}}',
    ],
)
def test_a_damaged_entry_falls_back_to_its_english_text(stored: str) -> None:
    assert Message.from_json(stored, "IntellectMoney is down") == Message.verbatim(
        "IntellectMoney is down"
    )
