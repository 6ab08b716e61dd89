"""The services' identifiers, checked by the model wherever they are entered or stored."""

from __future__ import annotations

import pytest

from pos_app.core.errors import ValidationError
from pos_app.core.identifiers import check_document_id, check_invoice_id, check_positive


def test_an_invoice_number_is_ten_digits_starting_with_3_kept_without_spaces() -> None:
    assert check_invoice_id(" 3000000001 ") == "3000000001"


@pytest.mark.parametrize("value", ["", "300000000", "30000000011", "4000000001", "3٠٠٠٠٠٠٠٠1"])
def test_any_other_invoice_number_is_refused_saying_what_it_must_be(value: str) -> None:
    with pytest.raises(ValidationError, match="10 digits starting with 3") as raised:
        check_invoice_id(value)
    assert raised.value.field == "invoice_id"


def test_a_document_id_is_kept_without_spaces_and_must_not_be_empty() -> None:
    assert check_document_id("  7e1f3806 ") == "7e1f3806"
    with pytest.raises(ValidationError, match="document id is empty"):
        check_document_id("   ")


@pytest.mark.parametrize("value", [0, -1, True])
def test_a_service_id_is_a_whole_number_above_zero(value: int) -> None:
    check_positive(1, "campaign_id")
    with pytest.raises(ValidationError, match="above zero") as raised:
        check_positive(value, "campaign_id")
    assert raised.value.field == "campaign_id"
