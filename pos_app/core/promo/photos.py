"""Photos of paper receipts: checked as the service takes them, then a copy kept in the data
folder under its SHA-256, so the submission survives the original being moved or deleted."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pos_app.core.files import write_atomically
from pos_app.core.journal.promos import Photo
from pos_app.core.services.inshopper import check_photo

PHOTO_FOLDER = "promo-photos"


def keep_photo(source: Path, data_folder: Path) -> Photo:
    """Check ``source`` (JPEG, at most 10 MB, at least 600x600: ValidationError says what is
    wrong) and keep a durable copy; the same photo twice is kept once."""
    data = check_photo(source)
    digest = hashlib.sha256(data).hexdigest()
    target = data_folder / PHOTO_FOLDER / f"{digest}.jpg"
    if not target.exists():
        write_atomically(target, data)
    return Photo(str(target), digest)
