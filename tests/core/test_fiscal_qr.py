"""The fiscal QR code: built, read back from a scan, refused when it is not one, drawn decodably."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import imagesize
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.codes import ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_qr import FiscalQr, qr_matrix, save_qr_png
from pos_app.core.money import MAX_AMOUNT
from tests.core.strategies import money

SEEDS = Path(__file__).parent.parent / "data" / "seeds"
# Real strings published in open-source receipt tools (API_NOTES.md, section 4).
REAL_QR = "t=20200115T2110&s=1030.00&fn=9251440300046840&i=29414&fp=1250830908&n=1"
REAL_QR_WITH_SECONDS = "t=20190613T132300&s=524.39&fn=9289000100393237&i=20509&fp=2249765769&n=1"
# The getReceipt answer's fiscal data (seed 002), as ENVIRONMENT.md decodes it with zbar.
SEED_QR = "t=20250211T1214&s=1.00&fn=7380440801375198&i=18214&fp=2396636946&n=1"

fiscal_qrs = st.builds(
    FiscalQr,
    time=st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31, 23, 59)).map(
        lambda moment: moment.replace(second=0, microsecond=0)
    ),
    total=money(Decimal("0.00"), MAX_AMOUNT),
    fn=st.from_regex(r"[0-9]{16}", fullmatch=True),
    fd=st.integers(1, 9_999_999_999),
    fp=st.from_regex(r"[0-9]{1,10}", fullmatch=True),
    receipt_type=st.none() | st.sampled_from(ReceiptType),
)


@given(fiscal_qrs)
def test_any_fiscal_qr_reads_back_from_its_string(qr: FiscalQr) -> None:
    assert FiscalQr.parse(str(qr)) == qr


@given(fiscal_qrs)
def test_a_scanned_qr_string_is_given_back_exactly(qr: FiscalQr) -> None:
    text = str(qr)
    assert str(FiscalQr.parse(text)) == text


def test_a_real_receipts_qr_string_is_read_field_by_field() -> None:
    qr = FiscalQr.parse(REAL_QR)
    assert qr == FiscalQr(
        time=datetime(2020, 1, 15, 21, 10),
        total=Decimal("1030.00"),
        fn="9251440300046840",
        fd=29414,
        fp="1250830908",
        receipt_type=ReceiptType.SALE,
    )
    assert str(qr) == REAL_QR


def test_a_qr_string_with_seconds_is_read_and_given_back_without_them() -> None:
    qr = FiscalQr.parse(REAL_QR_WITH_SECONDS)
    assert qr.time == datetime(2019, 6, 13, 13, 23)
    assert str(qr) == REAL_QR_WITH_SECONDS.replace("T132300", "T1323")


def test_a_qr_string_without_the_receipt_type_is_read_as_printed_by_older_registers() -> None:
    qr = FiscalQr.parse(REAL_QR.removesuffix("&n=1"))
    assert qr.receipt_type is None
    assert str(qr) == REAL_QR.removesuffix("&n=1")


def test_the_get_receipt_answer_gives_the_receipts_qr_string() -> None:
    answer = json.loads((SEEDS / "002_getReceipt_answer.json").read_text(), parse_float=Decimal)
    data = answer["Result"]["CashboxReceiptResponseData"]
    raw = json.loads(data["Response"], parse_float=Decimal)  # the cashbox's own JSON
    qr = FiscalQr(
        time=datetime.fromisoformat(data["ProcessedAt"]),
        total=sum((pay["Amount"] for pay in data["Content"]["CheckClose"]["Payments"]), Decimal(0)),
        fn=data["FSNumber"],
        fd=int(data["DocumentNumber"]),
        fp=data["FP"],
        receipt_type=ReceiptType(raw["content"]["type"]),
    )
    assert str(qr) == SEED_QR


def test_inshopper_gets_the_documents_five_fields_and_the_printed_code_keeps_n() -> None:
    # Seed 000: t=ггггммддTччмм&s=сумма&fn=...&i=...&fp=... exactly, no n.
    qr = FiscalQr.parse(SEED_QR)
    assert qr.for_inshopper() == "t=20250211T1214&s=1.00&fn=7380440801375198&i=18214&fp=2396636946"
    assert str(qr) == SEED_QR
    refund = FiscalQr.parse(REAL_QR.replace("&n=1", "&n=2"))
    assert refund.for_inshopper() == (
        "t=20200115T2110&s=1030.00&fn=9251440300046840&i=29414&fp=1250830908"
    )


@given(fiscal_qrs)
def test_any_inshopper_string_is_five_fields_in_the_documents_order(qr: FiscalQr) -> None:
    keys = [part.partition("=")[0] for part in qr.for_inshopper().split("&")]
    assert keys == ["t", "s", "fn", "i", "fp"]


@pytest.mark.parametrize("hours", [3, 10, -5, 0])
def test_qr_time_is_the_receipts_own_wall_time_not_converted(hours: int) -> None:
    # A receipt made at 23:30 in Moscow or Vladivostok says 23:30, whatever this PC's zone is.
    made = datetime(2025, 2, 11, 23, 30, tzinfo=timezone(timedelta(hours=hours)))
    qr = FiscalQr(made, Decimal("1.00"), "7380440801375198", 18214, "2396636946")
    assert str(qr).startswith("t=20250211T2330&")


def test_a_zero_sum_receipt_has_a_qr_code() -> None:
    assert FiscalQr.parse(SEED_QR.replace("s=1.00", "s=0.00")).total == Decimal("0.00")


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        (
            "t=20200115T2110&s=1030.00&fn=9251440300046840&i=29414",
            "fp",
            "The QR code has no fp; it is not a fiscal receipt code.",
        ),
        (
            "s=1030.00&fn=9251440300046840&i=29414&fp=1250830908",
            "t",
            "The QR code has no t; it is not a fiscal receipt code.",
        ),
        (
            REAL_QR.replace("t=20200115T2110", "t=20201315T2110"),
            "t",
            "The time “20201315T2110” must look like 20250211T1214.",
        ),
        (
            REAL_QR.replace("t=20200115T2110", "t=20200115T2510"),
            "t",
            "The time “20200115T2510” must look like 20250211T1214.",
        ),
        (
            REAL_QR.replace("t=20200115T2110", "t=20200115"),
            "t",
            "The time “20200115” must look like 20250211T1214.",
        ),
        (
            REAL_QR.replace("fn=9251440300046840", "fn=92514403000468AB"),
            "fn",
            "fn must be exactly 16 digits; “92514403000468AB” is not.",
        ),
        (
            REAL_QR.replace("fn=9251440300046840", "fn=925144030004684"),
            "fn",
            "fn must be exactly 16 digits; “925144030004684” is not.",
        ),
        (
            REAL_QR.replace("fn=9251440300046840", "fn=92514403000468400"),
            "fn",
            "fn must be exactly 16 digits; “92514403000468400” is not.",
        ),
        (
            # Arabic-Indic digits are digits to Python's \d, not to a fiscal drive.
            REAL_QR.replace("fn=9", "fn=\u0669"),
            "fn",
            "fn must be exactly 16 digits; “\u0669251440300046840” is not.",
        ),
        (
            REAL_QR.replace("i=29414", "i=29414x"),
            "i",
            "i must be 1 to 10 digits; “29414x” is not.",
        ),
        (
            REAL_QR.replace("fp=1250830908", "fp=12508309081"),
            "fp",
            "fp must be 1 to 10 digits; “12508309081” is not.",
        ),
        (
            REAL_QR.replace("s=1030.00", "s=1030.005"),
            "s",
            "1030.005 has more than 2 decimal places; amounts are in rubles and kopecks,"
            " e.g. 12.50.",
        ),
        (REAL_QR.replace("s=1030.00", "s=-1"), "s", "Must be more than zero; -1 is not."),
        (
            REAL_QR.replace("n=1", "n=5"),
            "n",
            "The receipt type n must be one of 1, 2, 3, 4; “5” is not.",
        ),
        (
            REAL_QR.replace("n=1", "n=12"),
            "n",
            "The receipt type n must be one of 1, 2, 3, 4; “12” is not.",
        ),
        (REAL_QR + "&i=29415", "i", "The QR code gives i twice."),
        (
            REAL_QR + "&x=1",
            "qr",
            "“x=1” is not part of a fiscal QR code; scan the code on the receipt again, it should"
            " look like t=…&s=…&fn=…&i=…&fp=….",
        ),
        (
            REAL_QR.replace("&", "&&", 1),
            "qr",
            "“” is not part of a fiscal QR code; scan the code on the receipt again, it should"
            " look like t=…&s=…&fn=…&i=…&fp=….",
        ),
        (
            "https://example.com/",
            "qr",
            "“https://example.com/” is not part of a fiscal QR code; scan the code on the receipt"
            " again, it should look like t=…&s=…&fn=…&i=…&fp=….",
        ),
    ],
)
def test_a_string_that_is_not_a_fiscal_qr_is_refused_with_the_field_named(
    text: str, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        FiscalQr.parse(text)
    assert (refused.value.field, refused.value.message) == (field, message)


def test_qr_matrix_is_square_with_the_quiet_zone_scanners_need() -> None:
    matrix = qr_matrix(SEED_QR)
    size = len(matrix)
    assert all(len(row) == size for row in matrix)
    assert (size - 8 - 21) % 4 == 0  # a QR version's side (21 + 4k) plus 4 light modules a side
    light_frame = matrix[:4] + matrix[-4:] + [row[:4] + row[-4:] for row in matrix]
    assert not any(any(row) for row in light_frame)
    assert matrix[4][4]  # the top-left finder pattern's dark corner


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) is not installed")
@pytest.mark.parametrize(
    ("text", "module_pixels"),
    [
        (SEED_QR, 8),
        (REAL_QR_WITH_SECONDS.replace("T132300", "T1323"), 8),
        ("t=20991231T2359&s=99999999.99&fn=9999999999999999&i=9999999999&fp=9999999999&n=4", 3),
        ("t=20000101T0000&s=0.00&fn=0000000000000000&i=1&fp=0", 4),
    ],
)
def test_a_drawn_qr_code_decodes_to_exactly_the_same_string(
    text: str, module_pixels: int, tmp_path: Path
) -> None:
    assert str(FiscalQr.parse(text)) == text
    image = tmp_path / "qr.png"
    save_qr_png(text, image, module_pixels)
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(image)],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    assert decoded.stdout.removesuffix("\n") == text


def test_the_png_is_written_where_pillow_is_missing_as_in_the_bundle(tmp_path: Path) -> None:
    # A fresh interpreter where importing Pillow fails (the tests install it; the bundle does
    # not carry it), every warning an error (an unclosed file is one).
    image = tmp_path / "qr.png"
    script = (
        "import sys\n"
        "sys.modules['PIL'] = None\n"
        "from pathlib import Path\n"
        "from pos_app.core.fiscal_qr import save_qr_png\n"
        f"save_qr_png({SEED_QR!r}, Path(sys.argv[1]), 3)\n"
    )
    written = subprocess.run(
        [sys.executable, "-W", "error", "-c", script, str(image)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,  # the error it would print is the message
    )

    assert (written.returncode, written.stderr) == (0, "")
    side = len(qr_matrix(SEED_QR)) * 3  # three pixels a module, the quiet zone included
    assert imagesize.get(image) == (side, side)
    # One bit a pixel, black and white (IHDR: bit depth 1, colour type 0).
    assert image.read_bytes()[24:26] == b"\x01\x00"
