"""The last receipt's outcome: its steps (saved, sent, fiscal data, copy), total, cash given and
change, fiscal data and a QR code large enough to scan from the screen."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_app.core.codes import PaymentType
from pos_app.core.journal import DeliveryState, ReceiptState
from pos_app.qt.messages import message_text
from pos_app.qt.translations import shown_money, translated

if TYPE_CHECKING:
    from pos_app.core.journal import ReceiptRecord
    from pos_app.qt.qr_widget import QrWidget

STATE_COLOURS = {
    ReceiptState.FISCALIZED: "#1b5e20",
    ReceiptState.REJECTED: "#b00020",
    ReceiptState.NEEDS_ATTENTION: "#e65100",
    ReceiptState.HELD: "#e65100",
    ReceiptState.FISCAL_DATA_LATE: "#e65100",
}
SENT = (ReceiptState.SUBMITTED, ReceiptState.FISCAL_DATA_LATE, ReceiptState.FISCALIZED)
# Big enough for a phone to read the code off the screen at arm's length.
QR_SIDE = 260
DONE, WAITING, FAILED = "✔", "…", "✘"


class ResultPanel(QGroupBox):
    """Shows one journal record; the window hands it the current receipt's record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Last receipt"))
        self.setMinimumWidth(340)
        self.record: ReceiptRecord | None = None
        self.state_label = QLabel(self.tr("No receipt yet"))
        self.steps_label = QLabel()
        self.money_label = QLabel()
        self.fiscal_label = QLabel()
        self.reason_label = QLabel()
        # Made with the first QR code: the window is painted without its module.
        self._qr: QrWidget | None = None
        self.decide_button = QPushButton(self.tr("Decide what to do with it  (F8)"))
        self._layout = layout = QVBoxLayout(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.state_label.setFont(big)
        self.money_label.setFont(big)
        for label in (self.state_label, self.reason_label, self.steps_label, self.money_label):
            label.setWordWrap(True)
        for label in (self.fiscal_label, self.reason_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.state_label)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.money_label)
        layout.addWidget(self.fiscal_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.decide_button)
        layout.addStretch(1)
        self.decide_button.hide()

    @property
    def qr(self) -> QrWidget:
        """The QR code's widget, under the money, made when first wanted."""
        if self._qr is None:
            from pos_app.qt.qr_widget import QrWidget  # noqa: PLC0415 - with the first QR code

            self._qr = QrWidget()
            self._qr.setMinimumSize(QR_SIDE, QR_SIDE)
            self._qr.hide()
            below_money = self._layout.indexOf(self.money_label) + 1
            self._layout.insertWidget(below_money, self._qr, 0, Qt.AlignmentFlag.AlignHCenter)
        return self._qr

    def show_problem(self, title: str, detail: str) -> None:
        """Something stopped the receipt before the journal had it (nothing was written)."""
        self.record = None
        self._paint_state(title, "#b00020")
        for label in (self.steps_label, self.money_label, self.fiscal_label):
            label.clear()
        self.reason_label.setText(detail)
        self._hide_qr()
        self.decide_button.hide()

    def show_record(self, record: ReceiptRecord) -> None:
        self.record = record
        state = record.state
        self._paint_state(
            self.tr("Receipt {id}: {state}").format(
                id=record.id, state=translated("journal", state.label)
            ),
            STATE_COLOURS.get(state, "#0d47a1"),
        )
        self.steps_label.setText(self._steps(record))
        self.money_label.setText(self._money(record))
        self.fiscal_label.setText(self._fiscal(record))
        reason = ""
        if record.last_error is not None and state is not ReceiptState.FISCALIZED:
            reason = message_text(record.last_error)
        self.reason_label.setText(reason)
        if record.qr is None:
            self._hide_qr()
        else:
            self.qr.set_text(record.qr)
            self.qr.show()
        self.decide_button.setVisible(
            state in (ReceiptState.NEEDS_ATTENTION, ReceiptState.HELD, ReceiptState.REJECTED)
        )

    def _hide_qr(self) -> None:
        if self._qr is not None:
            self._qr.set_text(None)
            self._qr.hide()

    def _paint_state(self, title: str, colour: str) -> None:
        self.state_label.setText(title)
        self.state_label.setStyleSheet(f"color: {colour};")

    def _steps(self, record: ReceiptRecord) -> str:
        state = record.state
        sent = DONE if state in SENT else FAILED if state is ReceiptState.REJECTED else WAITING
        fiscal = DONE if state is ReceiptState.FISCALIZED else WAITING
        steps = [
            DONE + " " + self.tr("saved"),
            sent + " " + self.tr("sent"),
            fiscal + " " + self.tr("fiscal data"),
        ]
        delivery = record.delivery.state
        if delivery is not DeliveryState.NOT_NEEDED:
            mark = {DeliveryState.DELIVERED: DONE, DeliveryState.FAILED: FAILED}.get(
                delivery, WAITING
            )
            steps.append(mark + " " + self.tr("copy"))
        return "   ".join(steps)

    def _money(self, record: ReceiptRecord) -> str:
        lines = [
            self.tr("{type}: {total} ₽").format(
                type=translated("codes", record.receipt_type.label),
                total=shown_money(record.total),
            )
        ]
        if not record.receipt_type.is_refund:
            cash = sum(
                (p.amount for p in record.receipt().payments if p.type is PaymentType.CASH),
                Decimal("0.00"),
            )
            if cash:
                lines.append(self.tr("Cash given: {cash} ₽").format(cash=shown_money(cash)))
                lines.append(
                    self.tr("Change: {change} ₽").format(change=shown_money(record.change))
                )
        # A long amount wraps onto its own line, never leaving the rouble sign alone on one.
        return "\n".join(lines).replace(" ₽", "\u00a0₽")

    def _fiscal(self, record: ReceiptRecord) -> str:
        fiscal = record.fiscal
        if fiscal is None:
            return ""
        return "\n".join(
            [
                self.tr("FN {fn}").format(fn=fiscal.fn),
                self.tr("FD {fd}, FP {fp}").format(fd=fiscal.fd, fp=fiscal.fp),
                self.tr("Shift {shift}, {time}").format(
                    shift=fiscal.shift, time=fiscal.processed_at.strftime("%d.%m.%Y %H:%M")
                ),
            ]
        )
