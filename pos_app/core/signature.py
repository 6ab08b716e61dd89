"""IntellectMoney's ``Sign`` header: SHA-256 over the method's fields and the secret key.

The fields are joined with ``::`` in the method's documented order, the SignSecretKey last; a
field without a value leaves an empty segment. UTF-8 before hashing, lowercase hex.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def sign(fields: Sequence[str], secret_key: str) -> str:
    """The Sign header's value for ``fields`` (in the method's documented order)."""
    return hashlib.sha256("::".join([*fields, secret_key]).encode("utf-8")).hexdigest()


def create_receipt_fields(user_token: str, merchant_receipt: str, invoice_id: str) -> list[str]:
    """createReceipt (documented): UserToken::MerchantReceipt::InvoiceId::SignSecretKey, with
    MerchantReceipt the exact JSON string sent in the body."""
    return [user_token, merchant_receipt, invoice_id]


def get_receipt_fields(user_token: str, invoice_id: str, document_id: str) -> list[str]:
    """getReceipt: the document leaves the signature blank.
    ASSUMED: UserToken::InvoiceId::DocumentId::SignSecretKey (API_NOTES.md)."""
    return [user_token, invoice_id, document_id]


def create_receipt_correction_fields(
    user_token: str, invoice_id: str, document_id: str, merchant_receipt_correction: str
) -> list[str]:
    """createReceiptCorrection (IntellectMoney's developer pages, API_NOTES.md):
    UserToken::InvoiceId::DocumentId::MerchantReceiptCorrection::SignSecretKey, with the
    correction the exact JSON string sent."""
    return [user_token, invoice_id, document_id, merchant_receipt_correction]
