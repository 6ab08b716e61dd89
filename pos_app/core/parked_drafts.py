"""Receipts parked for later: a draft saved as a JSON file in the data folder (private to this
user, written atomically), listed oldest first, and read back (checked again) when it is
brought back."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from pos_app.core import paths
from pos_app.core.draft import DraftContent
from pos_app.core.files import write_atomically
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import TranslatableError

PARKED_FOLDER = "parked"
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
        write_atomically(path, json.dumps(content.to_json(), ensure_ascii=False, indent=2))
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
    content = DraftContent.from_json(data)
    path.unlink()
    return content
