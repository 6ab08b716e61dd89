"""The receipt draft: one check for every way a value is entered, change notices for its
views, and parking a receipt to bring it back later."""

from __future__ import annotations

import json
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.codes import PaymentSubject, ReceiptType, TaxationSystem
from pos_app.core.draft import Change, Column, Part, ReceiptDraft
from pos_app.core.errors import ValidationError
from pos_app.core.parked_drafts import (
    DraftFileError,
    content_from_json,
    content_to_json,
    park,
    parked,
    unpark,
)

INN, GROUP = "7000000003", "Main"


def draft_with_bread() -> ReceiptDraft:
    draft = ReceiptDraft(INN, GROUP, taxation=TaxationSystem.SIMPLIFIED_INCOME)
    draft.add_position("Хлеб", "2", "45,50")
    return draft


def test_a_price_of_zero_is_taken_the_same_way_typed_or_edited() -> None:
    draft = ReceiptDraft(INN, GROUP)
    gift = draft.add_position("Пакет", "1", "0")
    assert gift.price == Decimal("0.00")
    draft.add_position("Хлеб", "1", "10")
    changed = draft.change_position(1, Column.PRICE, "0")
    assert changed.price == Decimal("0.00")
    # And a bad price is refused the same way both ways.
    with pytest.raises(ValidationError, match="more than 2 decimal places"):
        draft.add_position("Соль", "1", "1.234")
    with pytest.raises(ValidationError, match="more than 2 decimal places"):
        draft.change_position(0, Column.PRICE, "1.234")
    assert [p.price for p in draft.positions] == [Decimal("0.00"), Decimal("0.00")]


def test_views_hear_of_each_change_and_can_stop_listening() -> None:
    draft = ReceiptDraft(INN, GROUP)
    heard: list[Change] = []
    stop = draft.watch(heard.append)
    draft.add_position("Хлеб", "1", "10")
    draft.change_position(0, Column.QUANTITY, "3")
    draft.set_payments(cash="50")
    draft.set_payments(cash="50")  # no change, no notice
    draft.set_contact(phone="+998901234567")
    draft.set_receipt_type(ReceiptType.SALE_REFUND)
    draft.remove_position(0)
    stop()
    draft.add_position("Соль", "1", "20")
    assert heard == [
        Change(Part.POSITION_ADDED, 0),
        Change(Part.POSITION_CHANGED, 0),
        Change(Part.PAYMENTS),
        Change(Part.CONTACT),
        Change(Part.TYPE),
        Change(Part.POSITION_REMOVED, 0),
    ]


def test_the_draft_becomes_a_receipt_checked_as_a_whole() -> None:
    draft = draft_with_bread()
    with pytest.raises(ValidationError, match="Enter how it is paid"):
        draft.receipt()
    draft.set_payments(cash="100")
    assert draft.change_due() == Decimal("9.00")
    draft.set_contact(phone="90 123 45 67")
    draft.phone_country = "UZ"  # the shop's country reads a number without +code
    receipt = draft.receipt()
    assert receipt.contact.phone == "+998901234567"
    assert receipt.taxation is TaxationSystem.SIMPLIFIED_INCOME
    assert receipt.total == Decimal("91.00")


def test_new_positions_get_the_shops_defaults() -> None:
    draft = ReceiptDraft(INN, GROUP, default_vat=6, default_payment_subject=PaymentSubject.SERVICE)
    position = draft.add_position("Доставка", "1", "300")
    assert position.vat.code == 6
    assert position.payment_subject is PaymentSubject.SERVICE


def test_clearing_keeps_the_type_and_taxation() -> None:
    draft = draft_with_bread()
    draft.set_receipt_type(ReceiptType.SALE_REFUND)
    draft.set_payments(electronic="91")
    draft.clear()
    assert draft.positions == ()
    assert draft.content.electronic == ""
    assert draft.receipt_type is ReceiptType.SALE_REFUND
    assert draft.taxation is TaxationSystem.SIMPLIFIED_INCOME


def test_a_parked_receipt_comes_back_as_it_was(private_folders: Path) -> None:
    draft = draft_with_bread()
    draft.set_payments(cash="100")
    draft.set_contact(email="buyer@example.com")
    path = park(draft.content)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert parked() == (path,)

    other = ReceiptDraft(INN, GROUP)
    other.restore(unpark(path))

    assert other.content == draft.content
    assert other.receipt() == draft.receipt()
    assert parked() == ()  # taken back: no longer parked


def test_a_parked_file_tampered_with_is_checked_again_and_kept(private_folders: Path) -> None:
    path = park(draft_with_bread().content)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["positions"][0]["price"] = "-1"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        unpark(path)
    assert refused.value.field == "positions[0].price"
    assert path.exists()  # nothing entered is lost
    path.write_text("{", encoding="utf-8")
    with pytest.raises(DraftFileError, match="cannot be read"):
        unpark(path)


def test_draft_content_round_trips_through_json() -> None:
    content = draft_with_bread().content
    assert content_from_json(json.loads(json.dumps(content_to_json(content)))) == content
