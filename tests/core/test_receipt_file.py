"""A receipt file is read safely: only a regular file or standard input, never more than the
limit plus one byte, and anything wrong in it (however it is broken) is a ValidationError
naming what to do, never another exception."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.core.errors import ValidationError
from pos_app.core.receipt import Receipt
from pos_app.core.receipt_file import read_receipt_file

SEED = Path(__file__).parents[1] / "data" / "seeds" / "001_createReceipt_MerchantReceipt.json"
# The document's receipt, with an INN whose check digit is right (the document's is not).
SEED_TEXT = SEED.read_text(encoding="utf-8").replace("7000000000", "7000000003")


def test_the_seed_receipt_is_read_from_a_file_and_from_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "receipt.json"
    path.write_text(SEED_TEXT, encoding="utf-8")
    from_file = read_receipt_file(path)
    from_stdin = read_receipt_file("-", stdin=io.BytesIO(SEED_TEXT.encode()))
    assert isinstance(from_file, Receipt)
    assert from_file == from_stdin


def test_a_byte_order_mark_from_a_windows_editor_is_no_problem(tmp_path: Path) -> None:
    path = tmp_path / "receipt.json"
    path.write_bytes(b"\xef\xbb\xbf" + SEED_TEXT.encode())
    assert read_receipt_file(path) == read_receipt_file("-", stdin=io.BytesIO(SEED_TEXT.encode()))


def test_a_device_is_refused_without_reading_it() -> None:
    with pytest.raises(ValidationError, match="not a regular file") as refused:
        read_receipt_file("/dev/zero")
    assert refused.value.field == "--receipt"


def test_a_pipe_nobody_writes_to_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "receipt.fifo"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="not a regular file"):
        read_receipt_file(fifo)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not a regular file"):
        read_receipt_file(tmp_path)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot be read: No such file"):
        read_receipt_file(tmp_path / "nowhere.json")


class EndlessInput(io.RawIOBase):
    """Standard input that never ends; counts what was read."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        assert size > 0, "an unbounded read"
        self.given += size
        return b" " * size


def test_endless_standard_input_is_read_up_to_the_limit_plus_one_byte() -> None:
    endless = EndlessInput()
    with pytest.raises(ValidationError, match="more than 1000 bytes"):
        read_receipt_file("-", stdin=endless, limit=1000)  # type: ignore[arg-type]
    assert endless.given == 1001


def test_a_file_over_the_limit_is_too_big_whatever_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "receipt.json"
    path.write_text(SEED_TEXT + " " * 100, encoding="utf-8")
    with pytest.raises(ValidationError, match="too much for a receipt"):
        read_receipt_file(path, limit=len(SEED_TEXT.encode()))


def test_a_5001_digit_number_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "receipt.json"
    path.write_text(SEED_TEXT.replace('"Tax": 9', '"Tax": ' + "9" * 5001), encoding="utf-8")
    with pytest.raises(ValidationError, match="5001 characters long"):
        read_receipt_file(path)


def test_text_that_is_not_utf8_says_so(tmp_path: Path) -> None:
    path = tmp_path / "receipt.json"
    path.write_bytes(SEED_TEXT.encode("cp1251"))
    with pytest.raises(ValidationError, match="not UTF-8"):
        read_receipt_file(path)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.floats()
    | st.decimals()
    | st.sampled_from(["1.00", "-1", "1e999999999", "0.0000001", "9" * 60]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def mutated_receipts(draw: st.DrawFn) -> bytes:
    """The seed receipt with one value somewhere replaced or removed, written as JSON text
    (floats and huge numbers as Python writes them, NaN and Infinity included)."""
    receipt: Any = json.loads(SEED_TEXT)
    node = receipt
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        if isinstance(node[key], dict | list) and node[key] and draw(st.booleans()):
            node = node[key]
            continue
        if isinstance(node, dict) and draw(st.booleans()):
            del node[key]
        else:
            value = draw(json_values)
            node[key] = str(value) if isinstance(value, str) else value
        break
    return json.dumps(receipt, ensure_ascii=False, default=str).encode()


junk = st.one_of(
    mutated_receipts(),
    st.integers(1, 6000).map(
        lambda digits: SEED_TEXT.replace('"Tax": 9', '"Tax": ' + "9" * digits).encode()
    ),
    st.binary(max_size=256),
    mutated_receipts().map(lambda body: body[: len(body) // 2]),
    st.text(max_size=64).map(str.encode),
)


@settings(
    max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(body=junk)
def test_whatever_the_file_holds_the_answer_is_a_receipt_or_a_message(body: bytes) -> None:
    failure: ValidationError | None = None
    try:
        receipt = read_receipt_file("-", stdin=io.BytesIO(body))
    except ValidationError as error:
        failure = error
    if failure is not None:
        assert str(failure)
        assert failure.field
        return
    assert isinstance(receipt, Receipt)
