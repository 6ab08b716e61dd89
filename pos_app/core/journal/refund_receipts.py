"""A refund receipt written in the same transaction that reads what is left to refund.

The original and every refund made against it are read under the journal's write lock
(BEGIN IMMEDIATE), the refund is built from them and inserted before the lock is let go: two
refunds of one line started together (two windows, or a window and ``pos-app refund``) are
written one after the other, the second built from what the first left.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from pos_app.core.checker_cheque import CopyDetails
from pos_app.core.journal import receipts
from pos_app.core.journal.connection import Store
from pos_app.core.journal.records import ReceiptRecord
from pos_app.core.receipt import Receipt
from pos_app.core.target import CashboxTarget

logger = logging.getLogger(__name__)

# The refund receipt from the original and its earlier refunds (oldest first); it raises to
# refuse (nothing is written then).
RefundBuilder = Callable[[ReceiptRecord, tuple[ReceiptRecord, ...]], Receipt]


def add_refund(
    store: Store,
    original_id: int,
    build: RefundBuilder,
    *,
    refund_id: int,
    target: CashboxTarget | None = None,
    copy: CopyDetails | None = None,
) -> int:
    with store.write() as conn:
        original = receipts.read(conn, original_id)
        earlier = tuple(
            receipts.read(conn, row["id"])
            for row in conn.execute(
                "SELECT id FROM receipts WHERE refund_of = ? ORDER BY id", (original_id,)
            )
        )
        refund = build(original, earlier)
        receipt_id = receipts.insert(
            conn,
            store,
            refund,
            original.invoice_id,
            refund_id=refund_id,
            refund_of=original_id,
            target=target,
            copy=copy,
        )
    logger.info("Refund receipt %d added against receipt %d", receipt_id, original_id)
    return receipt_id
