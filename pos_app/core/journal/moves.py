"""State moves inside a write transaction: checked against the allowed steps, logged in history.

Every function here takes the open write transaction's connection; the modules for receipts,
deliveries and promo submissions call them, never the journal's users.
"""

from __future__ import annotations

import logging
import sqlite3

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal.errors import IllegalTransitionError, ReceiptNotFoundError
from pos_app.core.journal.rows import Reason, encoded
from pos_app.core.journal.shift_ties import person_on_shift
from pos_app.core.journal.states import (
    DELIVERY_TRANSITIONS,
    RECEIPT_TRANSITIONS,
    Actor,
    DeliveryState,
    ReceiptState,
    Topic,
)

logger = logging.getLogger(__name__)


def transition(
    conn: sqlite3.Connection,
    now: str,
    receipt_id: int,
    to: ReceiptState,
    detail: Reason,
    *,
    actor: Actor = Actor.APP,
    columns: dict[str, object] | None = None,
    error: Reason | None = None,
    search: str | None = None,
) -> None:
    """Move the receipt to ``to`` if ``actor`` may, setting ``columns`` with it."""
    current = state_of(conn, receipt_id)
    allowed = RECEIPT_TRANSITIONS.get((current, to))
    if allowed is not actor:
        raise illegal(receipt_id, current.label, to.label, allowed)
    changes: dict[str, object] = {"state": to, "updated_at": now}
    changes.update(columns or {})
    # Moving forward clears the old failure: the status bar shows only current trouble.
    changes["last_error"] = None if error is None else str(error)
    changes["last_error_message"] = encoded(error)
    changes["last_error_at"] = None if error is None else now
    assignments = ", ".join(f"{name} = ?" for name in changes)
    conn.execute(
        f"UPDATE receipts SET {assignments} WHERE id = ?",  # noqa: S608 - names from code
        (*changes.values(), receipt_id),
    )
    if search is not None:
        conn.execute(
            "UPDATE receipt_search SET text = text || char(10) || ? WHERE receipt_id = ?",
            (search.casefold(), receipt_id),
        )
    log(
        conn,
        now,
        receipt_id,
        Topic.RECEIPT,
        from_state=current,
        to_state=to,
        detail=detail,
        actor=actor,
    )
    logger.info("Receipt %d: %s → %s (%s)", receipt_id, current, to, actor)


def deliver(
    conn: sqlite3.Connection,
    now: str,
    receipt_id: int,
    to: DeliveryState,
    detail: Reason,
    *,
    actor: Actor = Actor.APP,
    error: Reason | None = None,
    counted: bool = True,
) -> None:
    """Move the receipt's copy to ``to`` if ``actor`` may; a failure counts as an attempt
    unless ``counted`` is False (the copy could not be tried at all)."""
    current = delivery_of(conn, receipt_id)
    allowed = DELIVERY_TRANSITIONS.get((current, to))
    if allowed is not actor:
        raise illegal(receipt_id, current.label, to.label, allowed)
    tried = to is DeliveryState.DELIVERED or error is not None
    attempt = 1 if counted and tried else 0
    conn.execute(
        """
        UPDATE receipts SET delivery_state = ?, delivery_attempts = delivery_attempts + ?,
                            delivery_error = ?, delivery_error_message = ?, updated_at = ?
        WHERE id = ?
        """,
        (
            to,
            attempt,
            None if error is None else str(error),
            encoded(error),
            now,
            receipt_id,
        ),
    )
    if error is not None:
        set_error(conn, now, receipt_id, error)
    log(
        conn,
        now,
        receipt_id,
        Topic.DELIVERY,
        from_state=current,
        to_state=to,
        detail=detail,
        actor=actor,
    )


def set_error(conn: sqlite3.Connection, now: str, receipt_id: int, error: Reason) -> None:
    conn.execute(
        """
        UPDATE receipts SET last_error = ?, last_error_message = ?, last_error_at = ?
        WHERE id = ?
        """,
        (str(error), encoded(error), now, receipt_id),
    )


def state_of(conn: sqlite3.Connection, receipt_id: int) -> ReceiptState:
    row = conn.execute("SELECT state FROM receipts WHERE id = ?", (receipt_id,)).fetchone()
    if row is None:
        raise not_found(receipt_id)
    return ReceiptState(row["state"])


def delivery_of(conn: sqlite3.Connection, receipt_id: int) -> DeliveryState:
    row = conn.execute("SELECT delivery_state FROM receipts WHERE id = ?", (receipt_id,)).fetchone()
    return DeliveryState(row["delivery_state"])


def log(
    conn: sqlite3.Connection,
    now: str,
    receipt_id: int,
    topic: Topic,
    *,
    from_state: str | None,
    to_state: str,
    detail: Reason,
    actor: Actor = Actor.APP,
    person: str | None = None,
) -> None:
    """One history event; a person's step names who works the till (the open shift's). The
    detail is kept in English and, when translatable, as its message."""
    if actor is Actor.PERSON and person is None:
        person = person_on_shift(conn)
    conn.execute(
        """
        INSERT INTO receipt_history (
            receipt_id, at, topic, actor, person, from_state, to_state, detail, detail_message
        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (
            receipt_id,
            now,
            topic,
            actor,
            person,
            from_state,
            to_state,
            str(detail),
            encoded(detail),
        ),
    )


def illegal(
    receipt_id: int, current: str, target: str, allowed: Actor | None
) -> IllegalTransitionError:
    if allowed is Actor.PERSON:
        return IllegalTransitionError(
            _N(
                "journal",
                "Receipt {id}: only a person can move “{state}” to “{target}”; the app never"
                " does it on its own.",
            ),
            id=receipt_id,
            state=current,
            target=target,
        )
    return IllegalTransitionError(
        _N("journal", "Receipt {id}: “{state}” cannot become “{target}”; nothing was changed."),
        id=receipt_id,
        state=current,
        target=target,
    )


def not_found(receipt_id: int) -> ReceiptNotFoundError:
    return ReceiptNotFoundError(_N("journal", "The journal has no receipt {id}."), id=receipt_id)
