"""What a person can do with the receipt chosen in the journal: reprint a copy, send the
Checker.uz copy again (to the same or another phone), decide on one that needs attention,
cancel one that never left, open it as a new receipt, refund it, send it to a promo campaign.
Each button is enabled only when its action applies to the receipt's state."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from pos_app.core.codes import ReceiptType
from pos_app.core.draft import DraftContent
from pos_app.core.journal import DeliveryState, ReceiptRecord, ReceiptState
from pos_app.core.shifts import Action
from pos_app.qt import receipt_decisions as decisions
from pos_app.qt.admin_gate import with_admin
from pos_app.qt.refund_dialog import RefundDialog
from pos_app.qt.till import Till

# A copy can be asked for again unless one is on its way now.
_COPY_AGAIN = (
    DeliveryState.FAILED,
    DeliveryState.UNKNOWN,
    DeliveryState.DELIVERED,
    DeliveryState.NOT_NEEDED,
)


class ReceiptActions(QWidget):
    """The chosen receipt's buttons. ``reprint_requested(record)`` and
    ``draft_requested(content)`` are for the window (printing and the receipt editor are
    its own)."""

    reprint_requested = Signal(object)
    draft_requested = Signal(object)

    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.record: ReceiptRecord | None = None
        self.reprint_button = QPushButton(self.tr("&Reprint a copy"))
        self.resend_button = QPushButton(self.tr("Send the &copy again…"))
        self.draft_button = QPushButton(self.tr("Open as a ne&w receipt"))
        self.refund_button = QPushButton(self.tr("Re&fund…"))
        self.retry_button = QPushButton(self.tr("Not in the account: send &again…"))
        self.document_button = QPushButton(self.tr("Found in the account: &document id…"))
        self.cancel_button = QPushButton(self.tr("Cance&l before it is sent…"))
        self.promo_button = QPushButton(self.tr("To a &promo campaign…"))
        self.reprint_button.clicked.connect(self._reprint)
        self.resend_button.clicked.connect(self._resend)
        self.draft_button.clicked.connect(self._as_draft)
        # A refund pays money back: with roles on, an administrator approves it first.
        self.refund_button.clicked.connect(self._refund)
        self.retry_button.clicked.connect(self._send_again)
        self.document_button.clicked.connect(self._found_in_account)
        self.cancel_button.clicked.connect(self._cancel)
        self.promo_button.clicked.connect(self._promo)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, button in enumerate(
            (
                self.reprint_button,
                self.resend_button,
                self.refund_button,
                self.draft_button,
                self.retry_button,
                self.document_button,
                self.cancel_button,
                self.promo_button,
            )
        ):
            button.setAutoDefault(False)
            grid.addWidget(button, number // 2, number % 2)
        self.set_record(None)

    def set_record(self, record: ReceiptRecord | None) -> None:
        """The receipt the buttons act on (None: nothing chosen, all off)."""
        self.record = record
        state = None if record is None else record.state
        kind = None if record is None else record.receipt_type
        fiscalized = state is ReceiptState.FISCALIZED
        self.reprint_button.setEnabled(fiscalized)
        self.resend_button.setEnabled(
            fiscalized and record is not None and record.delivery.state in _COPY_AGAIN
        )
        self.refund_button.setEnabled(
            fiscalized and kind in (ReceiptType.SALE, ReceiptType.EXPENSE)
        )
        self.draft_button.setEnabled(
            decisions.can_open_as_draft(state) and record is not None and record.refund_of is None
        )
        self.retry_button.setEnabled(state in (ReceiptState.NEEDS_ATTENTION, ReceiptState.HELD))
        self.document_button.setEnabled(state is ReceiptState.NEEDS_ATTENTION)
        self.cancel_button.setEnabled(decisions.can_cancel(state))
        # A promo campaign takes a fiscalized sale (its QR code), as the customer's paper shows.
        self.promo_button.setEnabled(fiscalized and kind is ReceiptType.SALE)

    # --- the actions ----------------------------------------------------------------------

    def _promo(self) -> None:
        if self.record is not None:
            from pos_app.qt.promo_action import open_promo_dialog  # noqa: PLC0415 - opened on demand

            open_promo_dialog(self, self.till, self.record)

    def _reprint(self) -> None:
        if self.record is not None:
            self.reprint_requested.emit(self.record)

    def _resend(self) -> None:
        if self.record is not None:
            decisions.resend_copy(self, self.till, self.record)

    def _as_draft(self) -> None:
        if self.record is not None:
            decisions.open_as_draft(self, self.till, self.record, self._opened)

    def _opened(self, content: DraftContent) -> None:
        self.draft_requested.emit(content)

    def _send_again(self) -> None:
        if self.record is not None:
            decisions.confirm_send_again(self, self.till, self.record.id)

    def _found_in_account(self) -> None:
        if self.record is not None:
            decisions.ask_document_id(self, self.till, self.record.id)

    def _cancel(self) -> None:
        if self.record is not None:
            decisions.confirm_cancel(self, self.till, self.record.id)

    def _refund(self) -> None:
        # The approval names the receipt refunded (none when found by its QR in the dialog).
        receipt_id = None if self.record is None else self.record.id
        with_admin(self, self.till, Action.REFUND, lambda _: self.start_refund(), receipt_id)

    def start_refund(self) -> RefundDialog:
        """The refund dialog for the chosen receipt (or, with none chosen, by its QR code)."""
        dialog = RefundDialog(self.till, self.record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
