"""The customer's copy (Checker.uz): its delivery state, moved only once the receipt is fiscal."""

from __future__ import annotations

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import moves
from pos_app.core.journal.connection import Store
from pos_app.core.journal.errors import IllegalTransitionError
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
        moves.deliver(
            conn, store.now(), receipt_id, to, detail, actor=actor, error=error, counted=counted
        )


def cancel(store: Store, receipt_id: int, reason: str) -> None:
    """PENDING → NOT_NEEDED, whatever the receipt's state."""
    with store.write() as conn:
        moves.state_of(conn, receipt_id)
        moves.deliver(conn, store.now(), receipt_id, DeliveryState.NOT_NEEDED, reason)
