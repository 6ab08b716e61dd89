"""Promo submissions (check.inshopper.ru): a fiscalized receipt (by its QR string) or a photo of
a paper receipt, entered in a campaign, written here before it leaves and followed until the
campaign's check is final.

Every move is one write transaction with its history event, so a crash leaves a state the
promo outbox knows how to continue from; ``SENDING`` is written before the upload leaves, and
one found at start-up became ``UNKNOWN`` (its answer is lost, the upload may have arrived).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from typing import TypedDict, Unpack

from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_qr import FiscalQr
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.identifiers import check_positive
from pos_app.core.journal import moves
from pos_app.core.journal.connection import Store
from pos_app.core.journal.errors import IllegalTransitionError, ReceiptNotFoundError
from pos_app.core.journal.records import PromoSubmission
from pos_app.core.journal.rows import PROMO_COLUMNS, Reason, encoded, moment, promo, stamp
from pos_app.core.journal.states import Actor, PromoState, ReceiptState, Topic

# The moves the app makes, and those a person makes.
TRANSITIONS: dict[tuple[PromoState, PromoState], Actor] = {
    (PromoState.QUEUED, PromoState.SENDING): Actor.APP,
    (PromoState.SENDING, PromoState.QUEUED): Actor.APP,  # nothing left the machine
    (PromoState.SENDING, PromoState.SUBMITTED): Actor.APP,
    (PromoState.SENDING, PromoState.ERROR): Actor.APP,
    (PromoState.SENDING, PromoState.UNKNOWN): Actor.APP,
    # A person sends again: knowing a second upload may come back as a duplicate.
    (PromoState.UNKNOWN, PromoState.QUEUED): Actor.PERSON,
    (PromoState.ERROR, PromoState.QUEUED): Actor.PERSON,
    **{
        (before, after): Actor.APP
        for before in (PromoState.SUBMITTED, PromoState.UNFILLED, PromoState.PROCESSING)
        for after in (
            PromoState.UNFILLED,
            PromoState.PROCESSING,
            PromoState.GOOD,
            PromoState.REJECTED,
        )
        if before is not after
    },
}
# Upload and check results that the outbox writes; a state not named keeps its columns.
WAITING_STATES = ("queued", "submitted", "unfilled", "processing")


@dataclass(frozen=True)
class Photo:
    """The kept copy of a photo to submit."""

    path: str
    sha256: str


def add_receipt(
    store: Store, receipt_id: int, campaign_id: int, external_id: str | None
) -> PromoSubmission:
    """Queue a fiscalized journal receipt for a campaign, by its five-field QR string."""
    check_positive(campaign_id, "campaign_id")
    with store.write() as conn:
        row = conn.execute("SELECT state, qr FROM receipts WHERE id = ?", (receipt_id,)).fetchone()
        if row is None:
            raise ReceiptNotFoundError(
                _N("journal", "The journal has no receipt {id}."), id=receipt_id
            )
        current = ReceiptState(row["state"])
        if current is not ReceiptState.FISCALIZED or not row["qr"]:
            raise IllegalTransitionError(
                _N(
                    "journal",
                    "Receipt {id} is not fiscalized yet ({state}); only a fiscalized receipt"
                    " can be submitted to a campaign.",
                ),
                id=receipt_id,
                state=current.label,
            )
        qr_string = FiscalQr.parse(row["qr"]).for_inshopper()
        return _insert(conn, store.now(), receipt_id, campaign_id, external_id, qr_string, None)


def add_photo(
    store: Store, photo: Photo, campaign_id: int, external_id: str | None
) -> PromoSubmission:
    """Queue a photo of a paper receipt (already checked and kept) for a campaign."""
    check_positive(campaign_id, "campaign_id")
    with store.write() as conn:
        return _insert(conn, store.now(), None, campaign_id, external_id, None, photo)


def get(store: Store, submission_id: int) -> PromoSubmission:
    with store.read() as conn:
        return _get(conn, submission_id)


def recent(store: Store, limit: int = 200) -> tuple[PromoSubmission, ...]:
    """The newest submissions first."""
    with store.read() as conn:
        rows = conn.execute(
            f"SELECT {PROMO_COLUMNS} FROM promo_submissions ORDER BY id DESC LIMIT ?",  # noqa: S608
            (limit,),
        ).fetchall()
    return tuple(promo(row) for row in rows)


def due(store: Store) -> tuple[PromoSubmission, ...]:
    """What the outbox should do now, oldest first: uploads waiting, checks to read."""
    now = store.now()
    with store.read() as conn:
        rows = conn.execute(
            f"""
            SELECT {PROMO_COLUMNS} FROM promo_submissions
            WHERE state IN {WAITING_STATES} AND (next_try_at IS NULL OR next_try_at <= ?)
            ORDER BY id
            """,  # noqa: S608
            (now,),
        ).fetchall()
    return tuple(promo(row) for row in rows)


def next_due_in(store: Store) -> float | None:
    """Seconds until the next submission is due (0: now; None: nothing waits)."""
    with store.read() as conn:
        row = conn.execute(
            f"""
            SELECT count(*) AS waiting, min(coalesce(next_try_at, '')) AS first
            FROM promo_submissions WHERE state IN {WAITING_STATES}
            """  # noqa: S608
        ).fetchone()
    if not row["waiting"]:
        return None
    if not row["first"]:
        return 0.0
    return max(0.0, (moment(row["first"]) - moment(store.now())).total_seconds())


class MoveDetails(TypedDict, total=False):
    """What a move records beside the state (each defaults to None)."""

    actor: Actor  # the app unless a person chose it
    retry_in: float | None  # seconds until it is due again; None: now
    error: Reason | None  # why the last try failed
    inshopper_id: int | None
    reject_reason: str | None
    quantity: int | None


def move(
    store: Store,
    submission_id: int,
    state: PromoState,
    detail: Reason,
    **details: Unpack[MoveDetails],
) -> PromoSubmission:
    """Move a submission (or keep its state, to record a failed try and the next one) and log
    why."""
    actor = details.get("actor", Actor.APP)
    retry_in = details.get("retry_in")
    error = details.get("error")
    with store.write() as conn:
        current = _get(conn, submission_id)
        if state is not current.state and (current.state, state) not in TRANSITIONS:
            raise IllegalTransitionError(
                _N(
                    "journal",
                    "The promo submission {id} is {state} now; it cannot become {target}.",
                ),
                id=submission_id,
                state=current.state.label,
                target=state.label,
            )
        now = store.now()
        next_try = None if retry_in is None else stamp(moment(now) + timedelta(seconds=retry_in))
        conn.execute(
            """
            UPDATE promo_submissions SET
                state = ?, updated_at = ?, next_try_at = ?,
                attempts = attempts + ?,
                inshopper_id = coalesce(?, inshopper_id),
                reject_reason = ?,
                quantity = coalesce(?, quantity),
                last_error = ?, last_error_message = ?
            WHERE id = ?
            """,
            (
                state,
                now,
                next_try,
                int(state is PromoState.SENDING),
                details.get("inshopper_id"),
                details.get("reject_reason"),
                details.get("quantity"),
                None if error is None else str(error),
                encoded(error),
                submission_id,
            ),
        )
        if state is not current.state:
            _log(conn, now, current, state, detail, actor=actor)
        return _get(conn, submission_id)


def recover(store: Store) -> tuple[PromoSubmission, ...]:
    """At start-up: uploads left "sending" lost their answer; the service may have them."""
    with store.read() as conn:
        ids = [
            row["id"]
            for row in conn.execute("SELECT id FROM promo_submissions WHERE state = 'sending'")
        ]
    detail = _N(
        "journal",
        "pos-app stopped while the upload was on its way; the service may have it.",
    )
    return tuple(move(store, number, PromoState.UNKNOWN, detail, error=detail) for number in ids)


def history(store: Store, submission_id: int) -> tuple[tuple[str, str, str], ...]:
    """(time, state, detail) of each move, oldest first."""
    with store.read() as conn:
        rows = conn.execute(
            "SELECT at, to_state, detail FROM promo_history WHERE submission_id = ? ORDER BY id",
            (submission_id,),
        ).fetchall()
    return tuple((row["at"], row["to_state"], row["detail"]) for row in rows)


def _insert(  # noqa: PLR0917 - one row's columns, in the table's order
    conn: sqlite3.Connection,
    now: str,
    receipt_id: int | None,
    campaign_id: int,
    external_id: str | None,
    qr_string: str | None,
    photo: Photo | None,
) -> PromoSubmission:
    cursor = conn.execute(
        """
        INSERT INTO promo_submissions (
            receipt_id, campaign_id, state, created_at, updated_at, qr_string, photo_path,
            photo_sha256, external_id
        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (
            receipt_id,
            campaign_id,
            PromoState.QUEUED,
            now,
            now,
            qr_string,
            None if photo is None else photo.path,
            None if photo is None else photo.sha256,
            external_id,
        ),
    )
    added = _get(conn, int(cursor.lastrowid or 0))
    _log(conn, now, added, PromoState.QUEUED, "queued", actor=Actor.APP, new=True)
    return added


def _get(conn: sqlite3.Connection, submission_id: int) -> PromoSubmission:
    row = conn.execute(
        f"SELECT {PROMO_COLUMNS} FROM promo_submissions WHERE id = ?",  # noqa: S608
        (submission_id,),
    ).fetchone()
    if row is None:
        raise ReceiptNotFoundError(
            _N("journal", "The journal has no promo submission {id}."), id=submission_id
        )
    return promo(row)


def _log(
    conn: sqlite3.Connection,
    now: str,
    submission: PromoSubmission,
    state: PromoState,
    detail: Reason,
    *,
    actor: Actor,
    new: bool = False,
) -> None:
    before = None if new else submission.state
    text = str(detail)
    conn.execute(
        "INSERT INTO promo_history (submission_id, at, actor, from_state, to_state, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (submission.id, now, actor, before, state, text),
    )
    if submission.receipt_id is not None:
        # The receipt's own history shows its promo entries too (the journal view reads it).
        moves.log(
            conn,
            now,
            submission.receipt_id,
            Topic.PROMO,
            from_state=before,
            to_state=state,
            detail=f"campaign {submission.campaign_id}: {text}",
            actor=actor,
        )


def check_external_id(text: str | None) -> str | None:
    """The customer's external id as typed, trimmed; None when empty."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    if len(value) > 100 or not value.isprintable():
        raise ValidationError(
            "external_id",
            _N(
                "validation",
                "The external id must be one line of at most 100 characters (the customer's"
                " id at the bank); check it and enter it again.",
            ),
        )
    return value


class PromoSubmissions:
    """The journal's promo submissions, as :attr:`Journal.promos` hands them out."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add_receipt(
        self, receipt_id: int, campaign_id: int, external_id: str | None = None
    ) -> PromoSubmission:
        return add_receipt(self._store, receipt_id, campaign_id, check_external_id(external_id))

    def add_photo(
        self, photo: Photo, campaign_id: int, external_id: str | None = None
    ) -> PromoSubmission:
        return add_photo(self._store, photo, campaign_id, check_external_id(external_id))

    def get(self, submission_id: int) -> PromoSubmission:
        return get(self._store, submission_id)

    def recent(self, limit: int = 200) -> tuple[PromoSubmission, ...]:
        return recent(self._store, limit)

    def due(self) -> tuple[PromoSubmission, ...]:
        return due(self._store)

    def next_due_in(self) -> float | None:
        return next_due_in(self._store)

    def move(
        self,
        submission_id: int,
        state: PromoState,
        detail: Reason,
        **details: Unpack[MoveDetails],
    ) -> PromoSubmission:
        return move(self._store, submission_id, state, detail, **details)

    def recover(self) -> tuple[PromoSubmission, ...]:
        return recover(self._store)

    def history(self, submission_id: int) -> tuple[tuple[str, str, str], ...]:
        return history(self._store, submission_id)
