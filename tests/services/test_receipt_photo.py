"""A receipt photo's format and size, read from its headers by the client before it sends and by
the sandbox when it takes an upload. The pictures are written here byte by byte, not by an
imaging library: a header misread the same way by both could not pass these."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from pos_app.core.errors import ValidationError
from pos_app.core.receipt_photo import jpeg_size
from pos_app.core.services import InshopperClient
from pos_app.sandbox import Sandbox

SOI = "ffd8"
EOI = "ffd9"
# JFIF 1.1, no density unit, 1:1.
APP0 = "ffe0 0010 4a46494600 0101 00 0001 0001 0000"
DQT = "ffdb 0043 00" + "01" * 64
# The standard luminance DC table. Its marker C4 sits among the SOF markers (C0-CF) and is not one.
DHT = "ffc4 001f 00 0001050101010101 0100000000000000 000102030405060708090a0b"
# Three components: Y sampled 2x2 with table 0, Cb and Cr 1x1 with table 1.
COMPONENTS = "03 012200 021101 031101"
SOS = "ffda 000c 03 0100 0211 0311 003f00"
SCAN = "f8a2800a28a0"


def sof(marker: str, height: int, width: int) -> str:
    """A frame header: marker, length 17, 8-bit precision, the height and the width."""
    return f"ff{marker} 0011 08 {height:04x} {width:04x} {COMPONENTS}"


def picture(*segments: str) -> bytes:
    return bytes.fromhex(" ".join(segments))


# An EXIF block (big-endian TIFF) whose one tag, orientation 6, says "turn 90 degrees": the
# size stays the stored one. After it, inside the same segment, a 160x120 thumbnail's own SOI
# and SOF0, which a reader that hunts for markers instead of stepping over segments takes for
# the picture's.
EXIF = (
    "ffe1 0039 457869660000"
    " 4d4d002a00000008 0001 0112 0003 00000001 00060000 00000000"
    f" ffd8 {sof('c0', 120, 160)} ffd9"
)
PNG = (
    "89504e470d0a1a0a"
    " 0000000d 49484452 00000320 00000320 08 02 00 00 00 5412913f"  # IHDR 800x800, RGB
    " 00000000 49454e44 ae426082"  # IEND
)

BASELINE = picture(SOI, APP0, DQT, sof("c0", 1200, 800), DHT, SOS, SCAN, EOI)
PROGRESSIVE = picture(SOI, APP0, DQT, DHT, sof("c2", 600, 600), SOS, SCAN, EOI)
WITH_EXIF = picture(SOI, EXIF, DQT, sof("c0", 1200, 1600), DHT, SOS, SCAN, EOI)
LOW = picture(SOI, APP0, DQT, sof("c0", 599, 800), DHT, SOS, SCAN, EOI)
NARROW = picture(SOI, APP0, sof("c1", 1200, 480), DHT, SOS, SCAN, EOI)
# Cut inside the frame header, right after the height.
CUT_IN_THE_FRAME = BASELINE[: BASELINE.index(bytes.fromhex("ffc0")) + 7]
CUT_BEFORE_THE_FRAME = picture(SOI, APP0, DQT)[:-20]
# The scan starts before any frame header says how big the picture is.
SCAN_FIRST = picture(SOI, APP0, SOS, SCAN, sof("c0", 1200, 800), EOI)
NOT_A_PICTURE = b"Receipt No. 1234, total 95.50\n"

# Name: the picture and its stored width and height.
ACCEPTED = {
    "baseline SOF0": (BASELINE, (800, 1200)),
    "progressive SOF2, exactly 600x600": (PROGRESSIVE, (600, 600)),
    "EXIF with a thumbnail before the SOF": (WITH_EXIF, (1600, 1200)),
}
TOO_SMALL = {
    "599 high": (LOW, (800, 599)),
    "480 wide, extended SOF1": (NARROW, (480, 1200)),
}
NOT_JPEG = {
    "PNG": bytes.fromhex(PNG),
    "text": NOT_A_PICTURE,
    "empty": b"",
    "no marker after SOI": bytes.fromhex("ffd800") + BASELINE[2:],
    "cut inside the frame header": CUT_IN_THE_FRAME,
    "cut before the frame header": CUT_BEFORE_THE_FRAME,
    "scan before the frame header": SCAN_FIRST,
}
SIZED = {**ACCEPTED, **TOO_SMALL}
REFUSED = {
    **{name: (data, f"The photo is {w}x{h} pixels") for name, (data, (w, h)) in TOO_SMALL.items()},
    **{name: (data, "must be a JPEG picture") for name, data in NOT_JPEG.items()},
}


@pytest.mark.parametrize(("data", "size"), SIZED.values(), ids=SIZED)
def test_the_frame_header_gives_the_stored_width_and_height(
    data: bytes, size: tuple[int, int]
) -> None:
    assert jpeg_size(data) == size


@pytest.mark.parametrize("data", NOT_JPEG.values(), ids=NOT_JPEG)
def test_what_is_not_a_readable_jpeg_has_no_size(data: bytes) -> None:
    assert jpeg_size(data) is None


def sandbox_upload(sandbox: Sandbox, data: bytes) -> dict[str, object]:
    """The sandbox's answer to a photo sent as is, past the client's check."""
    answer = requests.post(
        f"{sandbox.base_url}/campaigns/1/receipts.json",
        params={"token": sandbox.credentials.inshopper_token},
        files={"receipt[image]": ("receipt.jpg", data, "image/jpeg")},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    body: dict[str, object] = answer.json()
    return body


@pytest.mark.parametrize("data", [data for data, _ in ACCEPTED.values()], ids=ACCEPTED)
def test_the_client_sends_a_good_photo_and_the_sandbox_takes_it(
    sandbox: Sandbox, inshopper: InshopperClient, tmp_path: Path, data: bytes
) -> None:
    photo = tmp_path / "receipt.jpg"
    photo.write_bytes(data)

    inshopper.upload_photo(1, photo)

    assert sandbox.requests("inshopper")[-1].files["receipt[image]"].data == data
    # Each upload of the same bytes is a new submission the sandbox took (then a duplicate).
    assert sandbox_upload(sandbox, data)["state"] == "ok"


@pytest.mark.parametrize(("data", "message"), REFUSED.values(), ids=REFUSED)
def test_the_client_says_what_is_wrong_and_the_sandbox_refuses_it_too(
    sandbox: Sandbox, inshopper: InshopperClient, tmp_path: Path, data: bytes, message: str
) -> None:
    photo = tmp_path / "receipt.jpg"
    photo.write_bytes(data)

    with pytest.raises(ValidationError, match=message):
        inshopper.upload_photo(1, photo)
    assert sandbox.requests() == []
    assert sandbox_upload(sandbox, data) == {"state": "error"}
