"""Journal rows into records and back: times, messages, summaries, each column by its name."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import TypeAlias

from pos_app.core.codes import ReceiptType
from pos_app.core.i18n import Message
from pos_app.core.journal.indexing import from_kopecks
from pos_app.core.journal.records import PromoSubmission, ReceiptSummary
from pos_app.core.journal.states import DeliveryState, PromoState, ReceiptState
from pos_app.core.target import CashboxTarget, TargetMode

# Why a receipt moved or failed: a translatable message, or plain text (a service's own words).
# The journal keeps the English text for every reader, and the message so the window can show
# it in the cashier's language.
Reason: TypeAlias = str | Message

SUMMARY_COLUMNS = """
    id, created_at, receipt_type, total_kopecks, state, invoice_id, document_id,
    contact_email, contact_phone, fiscal_fd, delivery_state, last_error, last_error_message,
    target_mode, target_url
"""
PROMO_COLUMNS = """
    id, receipt_id, campaign_id, inshopper_id, state, reject_reason, created_at, updated_at,
    qr_string, photo_path, photo_sha256, external_id, quantity, attempts, next_try_at,
    last_error, last_error_message
"""


def stamp(moment: datetime) -> str:
    # Fixed width (always microseconds, always +00:00) so that text order is time order.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def summary(row: sqlite3.Row) -> ReceiptSummary:
    """A row holding at least :data:`SUMMARY_COLUMNS`."""
    return ReceiptSummary(
        id=row["id"],
        created_at=moment(row["created_at"]),
        receipt_type=ReceiptType(row["receipt_type"]),
        total=from_kopecks(row["total_kopecks"]),
        state=ReceiptState(row["state"]),
        invoice_id=row["invoice_id"],
        document_id=row["document_id"],
        email=row["contact_email"],
        phone=row["contact_phone"],
        fd=row["fiscal_fd"],
        delivery_state=DeliveryState(row["delivery_state"]),
        last_error=message(row["last_error"], row["last_error_message"]),
        target=None
        if row["target_mode"] is None
        else CashboxTarget(TargetMode(row["target_mode"]), row["target_url"]),
    )


def promo(row: sqlite3.Row) -> PromoSubmission:
    """A row holding :data:`PROMO_COLUMNS`."""
    return PromoSubmission(
        id=row["id"],
        receipt_id=row["receipt_id"],
        campaign_id=row["campaign_id"],
        inshopper_id=row["inshopper_id"],
        state=PromoState(row["state"]),
        reject_reason=row["reject_reason"],
        created_at=moment(row["created_at"]),
        updated_at=moment(row["updated_at"]),
        qr_string=row["qr_string"],
        photo_path=row["photo_path"],
        photo_sha256=row["photo_sha256"],
        external_id=row["external_id"],
        quantity=row["quantity"],
        attempts=row["attempts"],
        next_try_at=None if row["next_try_at"] is None else moment(row["next_try_at"]),
        last_error=message(row["last_error"], row["last_error_message"]),
    )


def encoded(reason: Reason | None) -> str | None:
    """A translatable reason as the journal keeps it beside its English text."""
    return reason.to_json() if isinstance(reason, Message) and reason.context else None


def message(text: str | None, encoded: str | None) -> Message | None:
    if text is None:
        return None
    # Plain texts (a service's own words, entries from before journal version 4) read as
    # they are.
    return Message.verbatim(text) if encoded is None else Message.from_json(encoded, text)
