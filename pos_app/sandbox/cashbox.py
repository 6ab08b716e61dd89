"""The sandbox cashbox's memory: every createReceipt document, refused or fiscalized."""

from __future__ import annotations

import random
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from pos_app.core.receipt import Receipt
from pos_app.sandbox.fiscal import FiscalDocument, FiscalDrive


@dataclass(frozen=True)
class Poll:
    """What getReceipt finds: the fiscal data, or still processing, or the refusal."""

    document: FiscalDocument | None
    errors: tuple[str, ...] = ()
    pending: bool = False


@dataclass
class _Entry:
    invoice_id: str
    document: FiscalDocument | None
    errors: tuple[str, ...]
    polls: int = 0


class Cashbox:
    """Documents by id, the fiscal drive, and the seeded ids; safe to use from many threads.

    ``pending_polls``: how many getReceipt calls see a receipt still processing before its
    fiscal data come, as the real cashbox fiscalizes asynchronously.
    """

    def __init__(self, seed: int, pending_polls: int) -> None:
        if pending_polls < 0:
            raise ValueError(f"pending_polls must be 0 or more, not {pending_polls}")
        self._random = random.Random(seed)  # noqa: S311 - reproducible ids, not secrecy
        self._drive = FiscalDrive(self._random)
        self._pending_polls = pending_polls
        self._entries: dict[str, _Entry] = {}
        self._by_fiscal_number: dict[tuple[str, int], FiscalDocument] = {}
        self._lock = threading.Lock()

    def operation_id(self) -> str:
        with self._lock:
            return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def fiscalize(
        self, invoice_id: str, merchant_receipt: str, receipt: Receipt, refund_id: int | None
    ) -> FiscalDocument:
        with self._lock:
            document = self._drive.fiscalize(
                document_id=self._new_document_id(),
                invoice_id=invoice_id,
                merchant_receipt=merchant_receipt,
                receipt=receipt,
                refund_id=refund_id,
                now=datetime.now(UTC),
            )
            self._entries[document.document_id] = _Entry(invoice_id, document, ())
            self._by_fiscal_number[document.fn, document.fd_number] = document
            return document

    def refuse(self, invoice_id: str, errors: tuple[str, ...]) -> str:
        """Keep a refused receipt (it has a DocumentId too, as in the document's example)."""
        with self._lock:
            document_id = self._new_document_id()
            self._entries[document_id] = _Entry(invoice_id, None, errors)
            return document_id

    def poll(self, invoice_id: str, document_id: str) -> Poll | None:
        """None when this invoice has no such document."""
        with self._lock:
            entry = self._entries.get(document_id)
            if entry is None or entry.invoice_id != invoice_id:
                return None
            if entry.document is None:
                return Poll(None, entry.errors)
            entry.polls += 1
            return Poll(entry.document, pending=entry.polls <= self._pending_polls)

    def documents(self) -> list[FiscalDocument]:
        """Every fiscalized document, in the order they were fiscalized."""
        with self._lock:
            return [e.document for e in self._entries.values() if e.document is not None]

    def find(self, fn: str, fd_number: int) -> FiscalDocument | None:
        """The fiscalized document with this fiscal drive and document number, if any."""
        with self._lock:
            return self._by_fiscal_number.get((fn, fd_number))

    def _new_document_id(self) -> str:
        return f"{self._random.getrandbits(128):032x}"
