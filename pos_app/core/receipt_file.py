"""A receipt file (the createReceipt document's MerchantReceipt JSON) read safely.

Only a regular file, or standard input given as ``-``, and never more than MAX_RECEIPT_FILE
bytes whatever the file claims its size is: ``/dev/zero`` or a pipe that never ends would
otherwise be read until the memory runs out, and a FIFO with no writer would block the opening
forever. Every problem is a ValidationError naming the option and saying what to do.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.merchant_receipt import loads_merchant_receipt
from pos_app.core.receipt import Receipt

# A receipt file is a few kilobytes; anything this big is the wrong file.
MAX_RECEIPT_FILE = 1024 * 1024
# The name that means standard input.
STDIN = "-"
_CHUNK = 64 * 1024


def read_receipt_file(
    path: Path | str,
    *,
    field: str = "--receipt",
    stdin: BinaryIO | None = None,
    limit: int = MAX_RECEIPT_FILE,
    contact_optional: bool = False,
) -> Receipt:
    """The receipt in the file (``-``: in ``stdin``); ValidationError for anything else.
    ``contact_optional``: the contact is given another way, so CustomerContact may be absent."""
    if str(path) == STDIN:
        try:
            data = _read_at_most((stdin or sys.stdin.buffer).read, limit)
        except OSError as error:
            raise _unreadable(Path(STDIN), field, error) from None
    else:
        data = _read_file(Path(path), field, limit)
    if len(data) > limit:
        raise ValidationError(
            field,
            _N(
                "validation",
                "{path} holds more than {limit} bytes, too much for a receipt; check that it is"
                " the right file.",
            ),
            path=str(path),
            limit=limit,
        )
    try:
        # A byte-order mark, as some Windows editors write, is not part of the JSON.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            field,
            _N("validation", "{path} is not UTF-8 text; save the receipt as UTF-8 JSON."),
            path=str(path),
        ) from None
    return loads_merchant_receipt(text, contact_optional=contact_optional)


def _read_file(path: Path, field: str, limit: int) -> bytes:
    # O_NONBLOCK: opening a FIFO nobody writes to would wait forever; it is refused below.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise _unreadable(path, field, error) from None
    except ValueError:
        # A name with a NUL character in it: no file can have it.
        raise ValidationError(
            field,
            _N("validation", "“{path}” is not a file name."),
            path=str(path).replace("\x00", "\\0"),
        ) from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ValidationError(
                field,
                _N(
                    "validation",
                    "{path} is not a regular file (a folder, a device or a pipe); give the"
                    " receipt's JSON file, or - to read it from standard input.",
                ),
                path=str(path),
            )
        return _read_at_most(lambda size: os.read(descriptor, size), limit)
    except OSError as error:
        raise _unreadable(path, field, error) from None
    finally:
        os.close(descriptor)


def _read_at_most(read: Callable[[int], bytes], limit: int) -> bytes:
    """Up to ``limit + 1`` bytes: one more than allowed says the file is too big."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = read(min(_CHUNK, left))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _unreadable(path: Path, field: str, error: OSError) -> ValidationError:
    return ValidationError(
        field,
        _N("validation", "The file {path} cannot be read: {problem}."),
        path=str(path),
        problem=error.strerror or type(error).__name__,
    )
