"""Document ids the cashbox gave, kept in a small file beside the journal before the journal
records them, so a journal that cannot be written (a full disk) never loses one.

One line per answer, ``receipt_id document_id``, appended and flushed to disk (fsync) before the
journal is tried. At the next start the receipts left "sending" find their document id here.
The file is rewritten smaller at start-up, keeping only what the journal does not hold yet.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

from pos_app.core.files import write_atomically

logger = logging.getLogger(__name__)


def aside_path(journal_path: Path) -> Path:
    return journal_path.with_name(journal_path.name + ".document-ids")


def keep(journal_path: Path, receipt_id: int, document_id: str) -> bool:
    """Append the answer and flush it to disk; False (and a log line) when even that fails.
    The log line carries the document id too: one more place a person can find it."""
    logger.info("Receipt %d: the cashbox took it in as document %s", receipt_id, document_id)
    line = f"{receipt_id} {document_id}\n".encode()
    try:
        descriptor = os.open(
            aside_path(journal_path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600
        )
        try:
            os.write(descriptor, line)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        logger.error(
            "Receipt %d: document %s could not be kept beside the journal either: %s",
            receipt_id,
            document_id,
            error,
        )
        return False
    return True


def read(journal_path: Path) -> dict[int, str]:
    """The last document id kept for each receipt; an unreadable file reads as empty."""
    try:
        text = aside_path(journal_path).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return {}
    except OSError as error:
        logger.warning("The document ids beside the journal cannot be read: %s", error)
        return {}
    kept: dict[int, str] = {}
    for line in text.splitlines():
        receipt, _, document = line.strip().partition(" ")
        # A line cut short by a crash or a full disk is skipped.
        if receipt.isdecimal() and document and " " not in document:
            kept[int(receipt)] = document
    return kept


def forget_all_but(journal_path: Path, receipt_ids: Iterable[int]) -> None:
    """Keep only the lines of ``receipt_ids`` (those whose answer the journal still lacks)."""
    kept = read(journal_path)
    wanted = {receipt: kept[receipt] for receipt in receipt_ids if receipt in kept}
    if len(wanted) == len(kept):
        return
    path = aside_path(journal_path)
    try:
        if wanted:
            text = "".join(f"{receipt} {document}\n" for receipt, document in wanted.items())
            write_atomically(path, text)
        else:
            path.unlink(missing_ok=True)
    except OSError as error:
        logger.warning("The document ids beside the journal cannot be tidied: %s", error)


def set_aside(journal_path: Path, suffix: str) -> Path | None:
    """Keep the file under another name when the journal it belongs to is replaced (adopted
    or restored from another journal): its receipt numbers would name other receipts now, and
    its document ids are still evidence of what the cashbox took in."""
    path = aside_path(journal_path)
    if not path.exists():
        return None
    target = path.with_name(f"{path.name}.{suffix}")
    try:
        os.replace(path, target)
    except OSError as error:
        logger.warning("%s cannot be set aside: %s", path, error)
        return None
    logger.warning("Document ids of the journal before it was replaced are kept in %s", target)
    return target
