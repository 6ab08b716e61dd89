"""The customer's copy (Checker.uz): its delivery state, moved only once the receipt is fiscal."""

from __future__ import annotations

import sqlite3

from pos_app.core.contact import parse_phone
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import moves
from pos_app.core.journal.connection import Store
from pos_app.core.journal.errors import IllegalTransitionError
from pos_app.core.journal.history_texts import copy_again
from pos_app.core.journal.rows import Reason
from pos_app.core.journal.states import Actor, DeliveryState, ReceiptState


def step(
    store: Store,
    receipt_id: int,
    to: DeliveryState,
    detail: Reason,
    *,
    actor: Actor = Actor.APP,
    error: Reason | None = None,
    counted: bool = True,
) -> None:
    """Move a fiscalized receipt's copy to ``to``, in its own transaction."""
    with store.write() as conn:
        _check_fiscalized(conn, receipt_id)
        moves.deliver(
            conn, store.now(), receipt_id, to, detail, actor=actor, error=error, counted=counted
        )


def _check_fiscalized(conn: sqlite3.Connection, receipt_id: int) -> None:
    state = moves.state_of(conn, receipt_id)
    if state is not ReceiptState.FISCALIZED:
        raise IllegalTransitionError(
            _N(
                "journal",
                "Receipt {id} is not fiscalized yet ({state}); its copy cannot be sent.",
            ),
            id=receipt_id,
            state=state.label,
        )


def cancel(store: Store, receipt_id: int, reason: str) -> None:
    """PENDING → NOT_NEEDED, whatever the receipt's state."""
    with store.write() as conn:
        moves.state_of(conn, receipt_id)
        moves.deliver(conn, store.now(), receipt_id, DeliveryState.NOT_NEEDED, reason)


def resend(store: Store, receipt_id: int, phone: str | None, note: str | None) -> None:
    """A person's decision: the copy of a fiscalized receipt goes out again (→ PENDING), to
    ``phone`` when given (E.164: it replaces the receipt's phone, which the history keeps),
    else to the phone or customer code it has."""
    phone = None if phone is None else parse_phone(phone)
    with store.write() as conn:
        _check_fiscalized(conn, receipt_id)
        row = conn.execute(
            "SELECT contact_phone, copy_customer_code FROM receipts WHERE id = ?", (receipt_id,)
        ).fetchone()
        old = row["contact_phone"]
        if phone is None and old is None and row["copy_customer_code"] is None:
            raise ValidationError(
                "phone",
                _N(
                    "journal",
                    "Receipt {id} was made without the customer's phone: give the phone the"
                    " copy goes to.",
                ),
                id=receipt_id,
            )
        new_phone = phone is not None and phone != old
        if new_phone:
            conn.execute("UPDATE receipts SET contact_phone = ? WHERE id = ?", (phone, receipt_id))
            # Found by the new phone too; the old one stays findable.
            conn.execute(
                "UPDATE receipt_search SET text = text || char(10) || ? WHERE receipt_id = ?",
                (phone, receipt_id),
            )
        detail = copy_again(note, phone if new_phone else None, old)
        moves.deliver(
            conn, store.now(), receipt_id, DeliveryState.PENDING, detail, actor=Actor.PERSON
        )
