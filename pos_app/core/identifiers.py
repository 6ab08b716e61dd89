"""The services' identifiers as the model accepts them: invoice numbers, document ids, ids."""

from __future__ import annotations

import re

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N

# The IntellectMoney invoice (СКО): 10 digits starting with 3 (API_NOTES.md).
_INVOICE_ID = re.compile(r"3[0-9]{9}")


def check_invoice_id(value: str) -> str:
    """The IntellectMoney invoice number, stripped; ValidationError unless it is 10 digits
    starting with 3."""
    text = value.strip()
    if not _INVOICE_ID.fullmatch(text):
        raise ValidationError(
            "invoice_id",
            _N(
                "validation",
                "The invoice number “{value}” must be 10 digits starting with 3, as"
                " IntellectMoney gives it.",
            ),
            value=value,
        )
    return text


def check_document_id(value: str) -> str:
    """The cashbox's document id (createReceipt's answer), stripped; it must not be empty."""
    text = value.strip()
    if not text:
        raise ValidationError(
            "document_id", _N("validation", "The cashbox's document id is empty.")
        )
    return text


def check_positive(value: int, field: str) -> None:
    """A service's numeric id (a refund, a campaign): a whole number above zero."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(
            field,
            _N("validation", "Must be a whole number above zero; {value} is not."),
            value=value,
        )
