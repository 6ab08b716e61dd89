"""Promo submissions (check.inshopper.ru): a fiscalized receipt entered in a campaign."""

from __future__ import annotations

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.identifiers import check_positive
from pos_app.core.journal import moves
from pos_app.core.journal.connection import Store
from pos_app.core.journal.errors import IllegalTransitionError, ReceiptNotFoundError
from pos_app.core.journal.states import PromoState, ReceiptState, Topic


def add(
    store: Store,
    receipt_id: int,
    campaign_id: int,
    inshopper_id: int | None,
    *,
    state: PromoState,
    reject_reason: str | None,
) -> int:
    check_positive(campaign_id, "campaign_id")
    now = store.now()
    with store.write() as conn:
        current = moves.state_of(conn, receipt_id)
        if current is not ReceiptState.FISCALIZED:
            raise IllegalTransitionError(
                _N(
                    "journal",
                    "Receipt {id} is not fiscalized yet ({state}); only a fiscalized receipt"
                    " can be submitted to a campaign.",
                ),
                id=receipt_id,
                state=current.label,
            )
        cursor = conn.execute(
            """
            INSERT INTO promo_submissions (
                receipt_id, campaign_id, inshopper_id, state, reject_reason, created_at,
                updated_at
            ) VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            (receipt_id, campaign_id, inshopper_id, state, reject_reason, now, now),
        )
        moves.log(
            conn,
            store.now(),
            receipt_id,
            Topic.PROMO,
            from_state=None,
            to_state=state,
            detail=_detail(campaign_id, reject_reason),
        )
    return int(cursor.lastrowid or 0)


def update(store: Store, submission_id: int, state: PromoState, reject_reason: str | None) -> None:
    with store.write() as conn:
        row = conn.execute(
            "SELECT receipt_id, campaign_id, state FROM promo_submissions WHERE id = ?",
            (submission_id,),
        ).fetchone()
        if row is None:
            raise ReceiptNotFoundError(
                _N("journal", "The journal has no promo submission {id}."), id=submission_id
            )
        current = PromoState(row["state"])
        if state is current:
            return
        if current.is_final:
            raise IllegalTransitionError(
                _N(
                    "journal",
                    "The promo submission {id} is already settled ({state}); it cannot change.",
                ),
                id=submission_id,
                state=current.label,
            )
        now = store.now()
        conn.execute(
            """
            UPDATE promo_submissions SET state = ?, reject_reason = ?, updated_at = ?
            WHERE id = ?
            """,
            (state, reject_reason, now, submission_id),
        )
        moves.log(
            conn,
            now,
            row["receipt_id"],
            Topic.PROMO,
            from_state=current,
            to_state=state,
            detail=_detail(row["campaign_id"], reject_reason),
        )


def _detail(campaign_id: int, reject_reason: str | None) -> str:
    detail = f"campaign {campaign_id}"
    return f"{detail}: {reject_reason}" if reject_reason else detail
