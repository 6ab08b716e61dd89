"""The sandbox cashbox's fiscal drive: its numbers, its counters and a receipt's fiscal data."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from pos_app.core.fiscal_qr import FiscalQr
from pos_app.core.receipt import Receipt

# ASSUMED: the cloud cashbox keeps Moscow time, as ProcessedAt in the getReceipt example
# (+03:00); the QR code's t is this wall time.
CASHBOX_ZONE = timezone(timedelta(hours=3))


@dataclass(frozen=True)
class FiscalDocument:
    """A receipt the sandbox cashbox fiscalized, with the fiscal data getReceipt returns."""

    document_id: str
    invoice_id: str
    # The exact MerchantReceipt JSON text received (what the Sign covered).
    merchant_receipt: str
    refund_id: int | None
    created_at: datetime
    receipt: Receipt
    receipt_id: int
    fn: str
    device_sn: str
    device_rn: str
    fd_number: int
    shift_number: int
    document_index: int
    fp: str
    processed_at: datetime

    @property
    def qr(self) -> FiscalQr:
        """The fiscal QR code printed on this receipt."""
        return FiscalQr(
            time=self.processed_at,
            total=self.receipt.total,
            fn=self.fn,
            fd=self.fd_number,
            fp=self.fp,
            receipt_type=self.receipt.type,
        )


class FiscalDrive:
    """One emulated cashbox: seeded serial numbers and the counters every receipt advances.

    Not thread-safe: the cashbox that owns it holds its lock while fiscalizing.
    """

    def __init__(self, rng: random.Random) -> None:
        self.fn = "99604403" + _digits(rng, 8)
        self.device_sn = "00606100" + _digits(rng, 8)
        self.device_rn = "000" + _digits(rng, 13)
        self.shift_number = rng.randint(1, 400)
        self._next_fd = rng.randint(1_000, 90_000)
        self._next_index = 1
        self._next_receipt_id = rng.randint(5_000_000, 6_000_000)

    def fiscalize(
        self,
        *,
        document_id: str,
        invoice_id: str,
        merchant_receipt: str,
        receipt: Receipt,
        refund_id: int | None,
        now: datetime,
    ) -> FiscalDocument:
        fd_number = self._next_fd
        self._next_fd += 1
        document_index = self._next_index
        self._next_index += 1
        receipt_id = self._next_receipt_id
        self._next_receipt_id += 1
        return FiscalDocument(
            document_id=document_id,
            invoice_id=invoice_id,
            merchant_receipt=merchant_receipt,
            refund_id=refund_id,
            created_at=now,
            receipt=receipt,
            receipt_id=receipt_id,
            fn=self.fn,
            device_sn=self.device_sn,
            device_rn=self.device_rn,
            fd_number=fd_number,
            shift_number=self.shift_number,
            document_index=document_index,
            fp=_fiscal_sign(self.fn, fd_number, merchant_receipt),
            processed_at=now.astimezone(CASHBOX_ZONE).replace(microsecond=0),
        )


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def _fiscal_sign(fn: str, fd_number: int, merchant_receipt: str) -> str:
    """A stand-in for the fiscal drive's signature: up to 10 digits, fixed by the document."""
    digest = hashlib.sha256(f"{fn}:{fd_number}:{merchant_receipt}".encode()).digest()
    return str(int.from_bytes(digest[:4], "big"))
