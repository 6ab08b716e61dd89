"""A photo of a paper receipt as check.inshopper.ru takes it: a JPEG of at most 10 MB and at
least 600x600 pixels (seed 000). The client checks it before sending and the sandbox refuses what
breaks it, both here, from the picture's headers alone: nothing is decoded.
"""

from __future__ import annotations

import io

import imagesize

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N

# Documented: "размер файла не должен превышать 10 МБ", "не меньше 600х600 пикселей".
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MIN_PHOTO_SIDE = 600
# Every JPEG file starts with its SOI marker (FF D8) and the next marker's FF.
_JPEG_START = b"\xff\xd8\xff"


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """A JPEG's width and height from its frame header (SOF); None when ``data`` is not a JPEG or
    its header cannot be read (cut off before the SOF, a segment longer than the file)."""
    if not data.startswith(_JPEG_START):
        return None
    # A stream, not bytes: imagesize takes bytes for a file name. The sides as stored, not
    # turned by an EXIF orientation: the smaller one is the same either way.
    width, height = imagesize.get(io.BytesIO(data), exif_rotation=False)
    if width < 0 or height < 0:  # imagesize's answer for a header it could not read
        return None
    return width, height


def check_photo_length(length: int) -> None:
    """ValidationError when a photo of ``length`` bytes is over the service's 10 MB."""
    if length > MAX_PHOTO_BYTES:
        raise ValidationError(
            "photo",
            _N("validation", "The photo is {size} MB; at most 10 MB is taken."),
            size=f"{length / 1024 / 1024:.1f}",
        )


def check_photo_data(data: bytes) -> None:
    """ValidationError saying what is wrong unless ``data`` is a photo the service takes."""
    check_photo_length(len(data))
    size = jpeg_size(data)
    if size is None:
        raise ValidationError("photo", _N("validation", "The photo must be a JPEG picture (.jpg)."))
    width, height = size
    if min(width, height) < MIN_PHOTO_SIDE:
        raise ValidationError(
            "photo",
            _N(
                "validation",
                "The photo is {width}x{height} pixels; at least 600x600 is needed.",
            ),
            width=width,
            height=height,
        )
