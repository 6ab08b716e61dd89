"""JSON text whose Decimal values are written as exact number literals, never through float."""

from __future__ import annotations

import json
from decimal import Decimal


def dumps(obj: object) -> str:
    """Compact JSON, non-ASCII kept as is; ``Decimal("24890.50")`` is written ``24890.50``.

    Takes dict (text keys), list, tuple, str, int, bool, None and finite Decimal; anything else,
    a float above all, raises TypeError (a float has already lost exactness). A NaN or infinite
    Decimal raises ValueError: JSON has no literal for it.
    """
    parts: list[str] = []
    _write(obj, parts)
    return "".join(parts)


def _write(obj: object, parts: list[str]) -> None:
    if obj is None or isinstance(obj, bool | str):
        parts.append(json.dumps(obj, ensure_ascii=False))
    elif isinstance(obj, int):
        # int(): an IntEnum code is written as its number.
        parts.append(str(int(obj)))
    elif isinstance(obj, Decimal):
        if not obj.is_finite():
            raise ValueError(f"{obj} has no JSON number literal")
        # Fixed-point ("f"), not str(): Decimal("1E+2") becomes 100, which every parser reads.
        parts.append(format(obj, "f"))
    elif isinstance(obj, dict):
        parts.append("{")
        for index, (key, value) in enumerate(obj.items()):
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be text, not {type(key).__name__}")
            if index:
                parts.append(",")
            parts.append(json.dumps(key, ensure_ascii=False))
            parts.append(":")
            _write(value, parts)
        parts.append("}")
    elif isinstance(obj, list | tuple):
        parts.append("[")
        for index, value in enumerate(obj):
            if index:
                parts.append(",")
            _write(value, parts)
        parts.append("]")
    else:
        raise TypeError(f"{type(obj).__name__} cannot be written here; use Decimal for numbers")
