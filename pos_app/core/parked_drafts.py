"""Receipts parked for later: a draft saved as a JSON file in the data folder (private to this
user, written atomically), listed oldest first, and read back (every value checked again) when
it is brought back."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from pos_app.core import paths
from pos_app.core.codes import ReceiptType, TaxationSystem, vat_rate
from pos_app.core.draft import Column, DraftContent, parse_value
from pos_app.core.errors import ValidationError
from pos_app.core.files import write_atomically
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import TranslatableError
from pos_app.core.receipt import Position, parse_code

PARKED_FOLDER = "parked"
DRAFT_FORMAT = 1
# A parked draft is a few kilobytes; anything this big is the wrong file.
MAX_DRAFT_FILE = 1024 * 1024

logger = logging.getLogger(__name__)


class DraftFileError(TranslatableError):
    """A parked draft cannot be read or written; the message says which file and why."""

    context = "draft"


def parked_folder() -> Path:
    return paths.data_dir() / PARKED_FOLDER


def park(content: DraftContent, folder: Path | None = None) -> Path:
    """Save a draft for later, atomically, private to this user; returns its file."""
    folder = folder if folder is not None else parked_folder()
    moment = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"draft-{moment}.json"
    try:
        write_atomically(path, json.dumps(content_to_json(content), ensure_ascii=False, indent=2))
    except OSError as error:
        raise DraftFileError(
            _N("draft", "The receipt cannot be parked in {path}: {problem}."),
            path=path,
            problem=error.strerror,
        ) from None
    logger.info("Receipt parked in %s", path)
    return path


def parked(folder: Path | None = None) -> tuple[Path, ...]:
    """The parked drafts, oldest first."""
    folder = folder if folder is not None else parked_folder()
    return tuple(sorted(folder.glob("draft-*.json")))


def unpark(path: Path) -> DraftContent:
    """Read a parked draft back (checked again) and remove its file; a file that cannot be
    read is left where it is."""
    try:
        if path.stat().st_size > MAX_DRAFT_FILE:
            raise DraftFileError(
                _N("draft", "The file {path} is too big to be a parked receipt."), path=path
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise DraftFileError(
            _N("draft", "The parked receipt {path} cannot be read: {problem}."),
            path=path,
            problem=error,
        ) from None
    content = content_from_json(data)
    path.unlink()
    return content


def content_to_json(content: DraftContent) -> dict[str, Any]:
    """A draft as its parked file holds it."""
    return {
        "format": DRAFT_FORMAT,
        "receipt_type": int(content.receipt_type),
        "taxation": int(content.taxation),
        "positions": [
            {
                "text": p.text,
                "quantity": str(p.quantity),
                "price": str(p.price),
                "vat": p.vat.code,
                "payment_subject": int(p.payment_subject),
                "payment_method": int(p.payment_method),
                "unit": None if p.unit is None else int(p.unit),
            }
            for p in content.positions
        ],
        "cash": content.cash,
        "electronic": content.electronic,
        "email": content.email,
        "phone": content.phone,
        "invoice": content.invoice,
    }


def content_from_json(data: object) -> DraftContent:
    """A parked draft read back, every value checked again."""
    if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT:
        raise ValidationError("draft", _N("validation", "This is not a receipt parked by pos-app."))
    positions = data.get("positions")
    if not isinstance(positions, list):
        raise ValidationError("positions", _N("validation", "Must be a list of positions."))
    made = []
    for index, item in enumerate(positions):
        if not isinstance(item, dict):
            raise ValidationError(
                f"positions[{index}]", _N("validation", "Must be a position object.")
            )
        try:
            made.append(
                Position(
                    text=str(parse_value(Column.TEXT, item.get("text"))),
                    quantity=Decimal(str(parse_value(Column.QUANTITY, item.get("quantity")))),
                    price=Decimal(str(parse_value(Column.PRICE, item.get("price")))),
                    vat=vat_rate(item.get("vat"), "vat"),
                    payment_subject=item.get("payment_subject"),  # type: ignore[arg-type]
                    payment_method=item.get("payment_method"),  # type: ignore[arg-type]
                    unit=item.get("unit"),
                )
            )
        except ValidationError as error:
            raise error.at(f"positions[{index}]") from None
    texts = {}
    for key in ("cash", "electronic", "email", "phone", "invoice"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise ValidationError(key, _N("validation", "Must be text in quotes."))
        texts[key] = value
    return DraftContent(
        receipt_type=parse_code(ReceiptType, data.get("receipt_type"), "receipt_type"),
        taxation=parse_code(TaxationSystem, data.get("taxation"), "taxation"),
        positions=tuple(made),
        **texts,
    )
