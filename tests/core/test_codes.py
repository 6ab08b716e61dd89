"""The code tables against the documents: every VAT code's rate and tax, every enum's numbers,
and every labelled enum's label marked for translation."""

from __future__ import annotations

import importlib
import json
import pkgutil
import runpy
from decimal import Decimal
from enum import Enum
from pathlib import Path

import pytest

import pos_app.core
from pos_app.core.codes import (
    DEFAULT_VAT_CODE,
    VAT_RATES,
    MeasurementUnit,
    PaymentMethod,
    PaymentSubject,
    PaymentType,
    ReceiptType,
    TaxationSystem,
    VatRate,
    vat_rate,
)
from pos_app.core.errors import ValidationError
from pos_app.core.journal.states import ReceiptState
from pos_app.core.labelled import LabelledIntEnum, LabelledStrEnum
from pos_app.core.money import round_money
from pos_app.core.receipt import parse_code
from pos_app.core.services.endpoints import ServiceName

ROOT = Path(__file__).resolve().parents[2]

# OrangeData's Tax codes as API_NOTES.md gives them: (code, label, percent, calculated).
DOCUMENTED_VAT = [
    (1, "VAT 20%", Decimal(20), False),
    (2, "VAT 10%", Decimal(10), False),
    (3, "VAT 20/120", Decimal(20), True),
    (4, "VAT 10/110", Decimal(10), True),
    (5, "VAT 0%", Decimal(0), False),
    (6, "No VAT", None, False),
    (7, "VAT 5%", Decimal(5), False),
    (8, "VAT 7%", Decimal(7), False),
    (9, "VAT 5/105", Decimal(5), True),
    (10, "VAT 7/107", Decimal(7), True),
    # ASSUMED numbering for the 2026 rates (API_NOTES.md): 11 = 22%, 12 = 22/122.
    (11, "VAT 22%", Decimal(22), False),
    (12, "VAT 22/122", Decimal(22), True),
]

ALL_ENUMS: list[type[LabelledIntEnum]] = [
    VatRate,
    ReceiptType,
    PaymentType,
    TaxationSystem,
    PaymentMethod,
    PaymentSubject,
    MeasurementUnit,
]


@pytest.mark.parametrize(("code", "label", "percent", "calculated"), DOCUMENTED_VAT)
def test_every_vat_code_has_the_documented_rate(
    code: int, label: str, percent: Decimal | None, calculated: bool
) -> None:
    rate = vat_rate(code)
    assert (rate.code, rate.label, rate.percent, rate.calculated) == (
        code,
        label,
        percent,
        calculated,
    )


def test_the_vat_table_holds_exactly_the_documented_codes_in_order() -> None:
    assert [rate.code for rate in VAT_RATES] == [row[0] for row in DOCUMENTED_VAT]


@pytest.mark.parametrize(
    ("code", "amount", "tax"),
    [
        (1, "120.00", "20.00"),
        (1, "100.00", "16.67"),
        (2, "110.00", "10.00"),
        (3, "120.00", "20.00"),
        (4, "110.00", "10.00"),
        (5, "100.00", "0.00"),
        (6, "100.00", "0.00"),
        (7, "105.00", "5.00"),
        (8, "107.00", "7.00"),
        (9, "105.00", "5.00"),
        (10, "107.00", "7.00"),
        (11, "122.00", "22.00"),
        (11, "100.00", "18.03"),
        (12, "122.00", "22.00"),
        (12, "0.01", "0.00"),
    ],
)
def test_vat_inside_a_price_is_amount_times_p_over_100_plus_p(
    code: int, amount: str, tax: str
) -> None:
    assert round_money(vat_rate(code).tax_included_in(Decimal(amount))) == Decimal(tax)


def test_new_positions_get_the_2026_base_rate_of_22_percent() -> None:
    assert vat_rate(DEFAULT_VAT_CODE).percent == Decimal(22)
    assert not vat_rate(DEFAULT_VAT_CODE).calculated


@pytest.mark.parametrize("code", [0, 13, -1, 99])
def test_unknown_vat_code_is_refused_with_the_known_ones(code: int) -> None:
    with pytest.raises(ValidationError) as refused:
        vat_rate(code)
    assert refused.value.field == "Tax"
    assert refused.value.message == (
        f"{code} is not a VAT code the cashbox knows; use one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,"
        " 12."
    )


@pytest.mark.parametrize("code", [True, Decimal("1.0"), "1", None, 1.0])
def test_vat_code_that_is_not_a_whole_number_is_refused_not_taken_as_20_percent(
    code: object,
) -> None:
    # True and 1.0 compare equal to 1: a plain table look-up would make them VAT 20%.
    with pytest.raises(ValidationError, match=r"^Tax: Must be a VAT code written as a whole"):
        vat_rate(code)


def test_receipt_types_are_the_settlement_signs_of_the_documents() -> None:
    assert {t.name: t.value for t in ReceiptType} == {
        "SALE": 1,
        "SALE_REFUND": 2,
        "EXPENSE": 3,
        "EXPENSE_REFUND": 4,
    }
    assert [t for t in ReceiptType if t.is_refund] == [
        ReceiptType.SALE_REFUND,
        ReceiptType.EXPENSE_REFUND,
    ]


def test_payment_types_are_the_documents_numbers_with_printed_names() -> None:
    assert {t.value: t.printed_name for t in PaymentType} == {
        1: "Наличными",
        2: "Безналичными",
        14: "Предварительная оплата",
        15: "Последующая оплата",
        16: "Иное встречное предоставление",
    }


def test_taxation_systems_and_payment_methods_are_numbered_as_documented() -> None:
    assert [t.value for t in TaxationSystem] == [0, 1, 2, 3, 4, 5]
    assert [m.value for m in PaymentMethod] == [1, 2, 3, 4, 5, 6, 7]


def test_payment_subjects_cover_the_ffd_1_2_list() -> None:
    assert {s.value for s in PaymentSubject} == set(range(1, 28)) | {30, 31, 32, 33}
    assert PaymentSubject(1) is PaymentSubject.GOODS
    assert PaymentSubject(4) is PaymentSubject.SERVICE
    assert PaymentSubject(10) is PaymentSubject.PAYMENT
    assert PaymentSubject(13) is PaymentSubject.OTHER


def test_measurement_units_include_the_documented_ones() -> None:
    assert MeasurementUnit(0) is MeasurementUnit.PIECE
    assert MeasurementUnit(11) is MeasurementUnit.KILOGRAM
    assert MeasurementUnit(41) is MeasurementUnit.LITRE
    assert MeasurementUnit(255) is MeasurementUnit.OTHER


@pytest.mark.parametrize("member", [member for enum in ALL_ENUMS for member in enum], ids=repr)
def test_every_code_has_a_label_for_the_cashier(member: LabelledIntEnum) -> None:
    assert isinstance(member.label, str)
    assert member.label.strip()


def test_a_vat_rate_is_one_row_of_the_table_read_by_name_or_code() -> None:
    assert vat_rate(11) is VatRate.VAT_22
    assert (VatRate.VAT_22.code, VatRate.VAT_22.label) == (11, "VAT 22%")
    assert (VatRate.VAT_22_122.percent, VatRate.VAT_22_122.calculated) == (Decimal(22), True)
    assert VatRate.NO_VAT.percent is None
    assert type(VatRate.VAT_22.code) is int
    assert tuple(VatRate) == VAT_RATES


def test_a_labelled_code_is_still_the_number_the_service_and_the_journal_get() -> None:
    sent = {"Type": ReceiptType.SALE_REFUND, "Tax": VatRate.VAT_10, "state": ReceiptState.QUEUED}
    assert json.dumps(sent) == '{"Type": 2, "Tax": 2, "state": "queued"}'
    assert f"{PaymentType.PREPAYMENT}" == "14"
    assert ReceiptState("needs_attention") is ReceiptState.NEEDS_ATTENTION
    assert ReceiptType(4) is ReceiptType.EXPENSE_REFUND
    with pytest.raises(ValueError, match="13"):
        VatRate(13)


def _labelled_enums_of_the_core() -> list[type[Enum]]:
    for module in pkgutil.walk_packages(pos_app.core.__path__, prefix="pos_app.core."):
        importlib.import_module(module.name)
    found: list[type[Enum]] = []
    stack: list[type[Enum]] = [LabelledIntEnum, LabelledStrEnum]
    while stack:
        subclasses = stack.pop().__subclasses__()
        found += subclasses
        stack += subclasses
    return found


# The translation context of each module's labels (what the Qt layer passes to translate()).
LABEL_CONTEXTS = {
    "pos_app.core.codes": "codes",
    "pos_app.core.journal.states": "journal",
    "pos_app.core.credentials": "credentials",
    "pos_app.core.target": "journal",
    "pos_app.core.reports.tables": "reports",
    "pos_app.core.shifts.people": "people",
    "pos_app.core.shifts.desk": "people",
    "pos_app.core.shifts.shift_report": "shifts",
    "pos_app.core.catalog.scale": "scale",
}
# Labels shown as they are: the services' own names.
UNTRANSLATED: set[type[Enum]] = {ServiceName}


@pytest.mark.parametrize(
    "enum", [e for e in _labelled_enums_of_the_core() if e not in UNTRANSLATED], ids=repr
)
def test_every_label_is_marked_for_translation_in_its_modules_context(
    enum: type[LabelledIntEnum] | type[LabelledStrEnum],
) -> None:
    marked = set(runpy.run_path(str(ROOT / "scripts" / "core_texts.py"))["marked_texts"]())
    assert enum.__module__ in LABEL_CONTEXTS, "name the new labelled enum's context here"
    context = LABEL_CONTEXTS[enum.__module__]
    assert [m.name for m in enum if (context, m.label) not in marked] == []


def test_a_code_number_becomes_its_enum_member() -> None:
    assert parse_code(PaymentType, 14, "type") is PaymentType.PREPAYMENT
    assert parse_code(PaymentType, PaymentType.CASH, "type") is PaymentType.CASH


def test_unknown_payment_type_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_code(PaymentType, 3, "type")
    assert refused.value.field == "type"
    assert refused.value.message == "3 is not a known code here; use one of 1, 2, 14, 15, 16."


@pytest.mark.parametrize("value", ["1", True, Decimal(1), None])
def test_code_that_is_not_a_whole_number_is_refused(value: object) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_code(ReceiptType, value, "type")
    assert refused.value.message == "Must be a code written as a whole number, one of 1, 2, 3, 4."
