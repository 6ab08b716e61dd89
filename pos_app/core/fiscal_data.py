"""A receipt's fiscal data, one type for the cashbox client, the workflow and the journal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from pos_app.core.codes import ReceiptType
from pos_app.core.fiscal_qr import FiscalQr


@dataclass(frozen=True)
class FiscalData:
    """getReceipt's fiscal data for one receipt, as the cashbox fiscalized it: what the
    IntellectMoney client returns, the workflow hands on and the journal keeps and gives back."""

    document_id: str  # the cashbox's document id (createReceipt's answer)
    fn: str  # FSNumber, the fiscal drive
    fd: int  # DocumentNumber, the fiscal document
    fp: str  # FP, the fiscal sign
    shift: int
    processed_at: datetime  # with the cashbox's offset: the receipt's own wall time
    device_sn: str
    device_rn: str
    ofd_name: str
    ofd_inn: str
    receipt_type: ReceiptType
    total: Decimal  # what was paid less the change: the receipt's total
    raw: str = field(repr=False)  # getReceipt's whole answer, verbatim JSON

    def __post_init__(self) -> None:
        if self.processed_at.utcoffset() is None:
            # Without its offset the receipt's date and the QR's time would be guesses.
            raise ValueError("processed_at must carry its offset, as getReceipt gives it")

    @property
    def qr(self) -> FiscalQr:
        """The fiscal QR code these data make."""
        return FiscalQr(
            time=self.processed_at,
            total=self.total,
            fn=self.fn,
            fd=self.fd,
            fp=self.fp,
            receipt_type=self.receipt_type,
        )
