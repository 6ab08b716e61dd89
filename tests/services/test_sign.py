"""The Sign header against digests worked out outside pos-app (``printf '%s' ... | sha256sum``)."""

from __future__ import annotations

import pytest

from pos_app.core.signature import create_receipt_fields, get_receipt_fields, sign


@pytest.mark.parametrize(
    ("fields", "secret", "expected"),
    [
        # API_NOTES.md's example shape: UserToken::MerchantReceipt::InvoiceId::SignSecretKey.
        (
            ["tok", '{"Inn":"7000000003"}', "3000000000"],
            "secret",
            "c6ad9e2e7feecee6140f5ed867dfa3dbbeaedd5f20133fd4af9fe988b5e42dbb",
        ),
        # getReceipt (ASSUMED order): UserToken::InvoiceId::DocumentId::SignSecretKey.
        (
            ["SbXq7f+DemoUserToken", "3000000001", "38c0c8fd8712b8bc076f3787b9d179e0"],
            "key",
            "9500403fdc1eb17fe07d4652bff162584293cc7dc701869ce4e32babca89eb7c",
        ),
        # An empty field keeps its segment: two separators in a row.
        (
            ["user", "", "3000000000"],
            "secret",
            "b53bb5854201ef52217756e7e14c92508118b47c272f6463f8a17b55e8c37b14",
        ),
        # UTF-8 before hashing.
        (
            ["Юзер", '{"Text":"Хлеб"}', "3000000002"],
            "ключ",
            "cafb3ade1e10f952cff5964da2e95d0932dd6af91ca965f88a09de3e104c0497",
        ),
    ],
)
def test_sign_matches_hand_computed_digests(fields: list[str], secret: str, expected: str) -> None:
    assert sign(fields, secret) == expected


def test_the_documents_sample_sign_is_the_digest_of_nothing() -> None:
    # The documents' "e3b0c442...b855" signs no field and no key: a placeholder.
    assert sign([], "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_field_orders_follow_the_methods() -> None:
    assert create_receipt_fields("U", "{}", "3000000000") == ["U", "{}", "3000000000"]
    assert get_receipt_fields("U", "3000000000", "D") == ["U", "3000000000", "D"]
