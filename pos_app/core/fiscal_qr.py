"""The fiscal QR string printed on every Russian receipt: build it, parse it, draw it.

``t=YYYYMMDDTHHMM&s=SUM&fn=FN&i=FD&fp=FP&n=TYPE``. ``t`` is the receipt's local wall time as
the fiscal data give it; seconds (``THHMMSS``) are accepted when parsing, never emitted. The
code shown and printed keeps ``n``; check.inshopper.ru documents its QR string with the first
five fields exactly (seed 000), so :meth:`FiscalQr.for_inshopper` leaves ``n`` out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from pos_app.core.codes import ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.money import format_money, parse_money

_TIME_FORMATS = {13: "%Y%m%dT%H%M", 15: "%Y%m%dT%H%M%S"}
# [0-9], not \d: \d also matches other scripts' digits, which no fiscal QR code holds.
_DIGITS = re.compile(r"[0-9]+")
_REQUIRED = ("t", "s", "fn", "i", "fp")
_KNOWN = (*_REQUIRED, "n")
_RECEIPT_TYPES = {str(int(t)): t for t in ReceiptType}


@dataclass(frozen=True)
class FiscalQr:
    """The five fiscal fields of a receipt, plus its type when known."""

    time: datetime
    total: Decimal
    fn: str
    fd: int
    fp: str
    receipt_type: ReceiptType | None = ReceiptType.SALE

    def __post_init__(self) -> None:
        if self.time.tzinfo is not None:
            # The QR holds the receipt's own wall time; drop the offset, never convert it.
            object.__setattr__(self, "time", self.time.replace(tzinfo=None))
        object.__setattr__(self, "total", parse_money(self.total, "s", allow_zero=True))
        _check_digits(self.fn, "fn", 16, 16)
        _check_digits(str(self.fd), "i", 1, 10)
        _check_digits(self.fp, "fp", 1, 10)

    def __str__(self) -> str:
        text = (
            f"t={self.time:%Y%m%dT%H%M}&s={format_money(self.total)}"
            f"&fn={self.fn}&i={self.fd}&fp={self.fp}"
        )
        return text if self.receipt_type is None else f"{text}&n={int(self.receipt_type)}"

    def for_inshopper(self) -> str:
        """check.inshopper.ru's qr_string: ``t=…&s=…&fn=…&i=…&fp=…``, no ``n`` (seed 000)."""
        return str(replace(self, receipt_type=None))

    @classmethod
    def parse(cls, text: str) -> FiscalQr:
        """Read a scanned or typed QR string; a bad one names the field and what is wrong."""
        fields: dict[str, str] = {}
        for part in text.strip().split("&"):
            key, sep, value = part.partition("=")
            if not sep or key not in _KNOWN:
                raise ValidationError(
                    "qr",
                    _N(
                        "validation",
                        "“{part}” is not part of a fiscal QR code; scan the code on the receipt"
                        " again, it should look like t=…&s=…&fn=…&i=…&fp=….",
                    ),
                    part=part,
                )
            if key in fields:
                raise ValidationError(
                    key, _N("validation", "The QR code gives {key} twice."), key=key
                )
            fields[key] = value
        for key in _REQUIRED:
            if key not in fields:
                raise ValidationError(
                    key,
                    _N("validation", "The QR code has no {key}; it is not a fiscal receipt code."),
                    key=key,
                )
        _check_digits(fields["i"], "i", 1, 10)
        receipt_type = None
        if "n" in fields:
            receipt_type = _RECEIPT_TYPES.get(fields["n"])
            if receipt_type is None:
                raise ValidationError(
                    "n",
                    _N(
                        "validation", "The receipt type n must be one of {known}; “{value}” is not."
                    ),
                    known=", ".join(_RECEIPT_TYPES),
                    value=fields["n"],
                )
        return cls(
            time=_parse_time(fields["t"]),
            total=parse_money(fields["s"], "s", allow_zero=True),
            fn=fields["fn"],
            fd=int(fields["i"]),
            fp=fields["fp"],
            receipt_type=receipt_type,
        )


def _parse_time(value: str) -> datetime:
    time_format = _TIME_FORMATS.get(len(value))
    try:
        if time_format is None:
            raise ValueError(value)
        return datetime.strptime(value, time_format)  # a wall time: no zone on purpose
    except ValueError:
        raise ValidationError(
            "t",
            _N("validation", "The time “{value}” must look like 20250211T1214."),
            value=value,
        ) from None


def _check_digits(value: str, field: str, shortest: int, longest: int) -> None:
    if _DIGITS.fullmatch(value) and shortest <= len(value) <= longest:
        return
    if shortest == longest:
        raise ValidationError(
            field,
            _N("validation", "{name} must be exactly {longest} digits; “{value}” is not."),
            name=field,
            longest=longest,
            value=value,
        )
    raise ValidationError(
        field,
        _N("validation", "{name} must be {shortest} to {longest} digits; “{value}” is not."),
        name=field,
        shortest=shortest,
        longest=longest,
        value=value,
    )


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules (True = dark), with the 4-module quiet zone scanners need."""
    import qrcode.constants  # noqa: PLC0415 - loaded with the first QR code, not at start-up

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def save_qr_png(text: str, path: Path, module_pixels: int = 8) -> None:
    """Write the QR code as a black-and-white PNG file (for the command line)."""
    # Loaded with the first PNG, not at start-up. qrcode's pure-Python writer (pypng): the
    # bundle carries no imaging library, and qrcode would pick Pillow's wherever it is installed.
    import qrcode.constants  # noqa: PLC0415
    from qrcode.image.pure import PyPNGImage  # noqa: PLC0415

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, box_size=module_pixels
    )
    code.add_data(text)
    code.make(fit=True)
    image = code.make_image(image_factory=PyPNGImage)
    # Given a name, PyPNGImage.save would leave its file open.
    with path.open("wb") as file:
        image.save(file)
