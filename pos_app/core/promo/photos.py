"""Photos of paper receipts: checked as the service takes them, then a copy kept in the data
folder under its SHA-256, so the submission survives the original being moved or deleted."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

from pos_app.core.journal.promos import Photo
from pos_app.core.services.inshopper import check_photo

PHOTO_FOLDER = "promo-photos"


def keep_photo(source: Path, data_folder: Path) -> Photo:
    """Check ``source`` (JPEG, at most 10 MB, at least 600x600: ValidationError says what is
    wrong) and keep a durable copy; the same photo twice is kept once."""
    data = check_photo(source)
    digest = hashlib.sha256(data).hexdigest()
    folder = data_folder / PHOTO_FOLDER
    target = folder / f"{digest}.jpg"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".photo.", dir=folder)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    return Photo(str(target), digest)
