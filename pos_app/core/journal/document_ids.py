"""Document ids the cashbox gave, kept in a small file beside the journal before the journal
records them, so a journal that cannot be written (a full disk) never loses one.

One line per answer, ``receipt_id document_id``, written and flushed to disk (fsync) before the
journal is tried. The file keeps room on the disk for the next answers (zeros written ahead,
:data:`RESERVE`), so an answer still fits when the disk has just filled up. At the next start the
receipts left "sending" find their document id here; the file is then rewritten smaller,
keeping only what the journal does not hold yet.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from pos_app.core.files import write_atomically

logger = logging.getLogger(__name__)

# Room kept ahead on the disk: about 1,500 answers (ASSUMED: far more than a shop sends between
# two starts); topped up when the journal opens.
RESERVE = 64 * 1024


def aside_path(journal_path: Path) -> Path:
    return journal_path.with_name(journal_path.name + ".document-ids")


def reserve(journal_path: Path) -> None:
    """Make sure the file has room written ahead for the next answers (at opening)."""
    try:
        with _opened(journal_path) as file:
            data = file.read()
            used = _used(data)
            if len(data) - used < RESERVE // 2:
                file.write(bytes(used + RESERVE - len(data)))
                file.flush()
                os.fsync(file.fileno())
    except OSError as error:
        logger.warning("No room kept beside the journal for document ids: %s", error)


def keep(journal_path: Path, receipt_id: int, document_id: str) -> bool:
    """Write the answer into the room kept and flush it to disk; False (and a log line) when
    even that fails. The log line carries the document id too: one more place to find it."""
    logger.info("Receipt %d: the cashbox took it in as document %s", receipt_id, document_id)
    line = f"{receipt_id} {document_id}\n".encode()
    try:
        with _opened(journal_path) as file:
            file.seek(_used(file.read()))
            file.write(line)
            file.flush()
            os.fsync(file.fileno())
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
        data = aside_path(journal_path).read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        logger.warning("The document ids beside the journal cannot be read: %s", error)
        return {}
    kept: dict[int, str] = {}
    for line in data.split(b"\0", 1)[0].decode("utf-8", errors="replace").splitlines():
        receipt, _, document = line.strip().partition(" ")
        # A line cut short by a crash is skipped.
        if receipt.isdecimal() and document and " " not in document:
            kept[int(receipt)] = document
    return kept


def forget_all_but(journal_path: Path, receipt_ids: Iterable[int]) -> None:
    """Keep only the lines of ``receipt_ids`` (those whose answer the journal still lacks)."""
    kept = read(journal_path)
    wanted = {receipt: kept[receipt] for receipt in receipt_ids if receipt in kept}
    if len(wanted) == len(kept):
        return
    text = "".join(f"{receipt} {document}\n" for receipt, document in wanted.items())
    try:
        write_atomically(aside_path(journal_path), text)
    except OSError as error:
        logger.warning("The document ids beside the journal cannot be tidied: %s", error)
        return
    reserve(journal_path)


def set_aside(journal_path: Path, suffix: str) -> Path | None:
    """Keep the file under another name when the journal it belongs to is replaced (adopted
    or restored from another journal): its receipt numbers would name other receipts now, and
    its document ids are still evidence of what the cashbox took in."""
    path = aside_path(journal_path)
    if not read(journal_path):
        return None
    target = path.with_name(f"{path.name}.{suffix}")
    try:
        os.replace(path, target)
    except OSError as error:
        logger.warning("%s cannot be set aside: %s", path, error)
        return None
    logger.warning("Document ids of the journal before it was replaced are kept in %s", target)
    return target


def _opened(journal_path: Path) -> BinaryIO:
    """The file for reading and writing in place, created private when missing."""
    descriptor = os.open(aside_path(journal_path), os.O_RDWR | os.O_CREAT, 0o600)
    return os.fdopen(descriptor, "r+b")


def _used(data: bytes) -> int:
    """Where the written lines end: the first zero byte of the room kept, or the file's end."""
    end = data.find(b"\0")
    return len(data) if end < 0 else end
