"""The cashier's main window: the receipt editor, fiscalizing it, the last receipt's outcome
with its fiscal QR code, and the outbox in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app import APP_NAME
from pos_app.core.errors import ValidationError
from pos_app.core.journal import (
    IllegalTransitionError,
    JournalError,
    OutboxState,
    ReceiptRecord,
    ReceiptState,
)
from pos_app.core.workflow import (
    DeliveryChanged,
    Event,
    OutboxChanged,
    OutboxRunner,
    ReceiptChanged,
    ServiceTrouble,
    Workflow,
)
from pos_app.qt.messages import error_text, message_text
from pos_app.qt.qr_widget import QrWidget
from pos_app.qt.receipt_editor import ReceiptEditor
from pos_app.qt.translations import translated
from pos_app.qt.workflow_bridge import WorkflowBridge

SANDBOX_STYLE = "background: #ffd54f; color: #3e2723; padding: 6px; font-weight: bold;"
STATE_COLOURS = {
    ReceiptState.FISCALIZED: "#1b5e20",
    ReceiptState.REJECTED: "#b00020",
    ReceiptState.NEEDS_ATTENTION: "#e65100",
}


@dataclass
class Till:
    """What the window fiscalizes with: None parts mean fiscalizing is not set up."""

    inn: str
    group: str
    invoice_id: str | None
    workflow: Workflow | None
    runner: OutboxRunner | None
    # Why fiscalizing is off, shown to the cashier (None when it is on).
    unavailable: str | None = None


class MainWindow(QMainWindow):
    def __init__(self, till: Till, *, sandbox: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._till = till
        self._current: int | None = None
        self.setWindowTitle(APP_NAME + (self.tr(" — sandbox") if sandbox else ""))
        self.editor = ReceiptEditor(till.inn, till.group)
        self.qr = QrWidget()
        self.state_label = QLabel()
        self.detail_label = QLabel()
        self.fiscalize_button = QPushButton(self.tr("&Fiscalize  (F9)"))
        self.clear_button = QPushButton(self.tr("New receipt  (Ctrl+N)"))
        self.retry_button = QPushButton(self.tr("Not in the account: send again"))
        self.document_button = QPushButton(self.tr("Found in the account: enter its document id…"))
        self.outbox_label = QLabel()
        self._build(sandbox)
        self._bridge = WorkflowBridge(self)
        self._bridge.happened.connect(self._on_event)
        if till.workflow is not None:
            till.workflow.subscribe(self._bridge.listener)
            self._show_outbox(till.workflow.journal.outbox_state())
        elif till.unavailable:
            self.outbox_label.setText(till.unavailable)
        self._update_actions()

    # --- layout --------------------------------------------------------------------------

    def _build(self, sandbox: bool) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        if sandbox:
            banner = QLabel(
                self.tr(
                    "SANDBOX — training: receipts go to the local emulator with demo"
                    " credentials; nothing is fiscalized for real."
                )
            )
            banner.setObjectName("sandboxBanner")
            banner.setStyleSheet(SANDBOX_STYLE)
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(banner)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.fiscalize_button.setFont(big)
        self.fiscalize_button.setMinimumHeight(44)
        buttons.addWidget(self.fiscalize_button)
        left.addLayout(buttons)
        body.addLayout(left, 3)
        body.addWidget(self._result_panel(), 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.outbox_label, 1)
        # Window-wide keys as actions: they work from whichever field has the focus.
        self.fiscalize_action = QAction(self)
        self.fiscalize_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.fiscalize_action.triggered.connect(self.fiscalize)
        new_receipt = QAction(self)
        new_receipt.setShortcut(QKeySequence.StandardKey.New)
        new_receipt.triggered.connect(self.editor.clear)
        self.addActions([self.fiscalize_action, new_receipt])
        self.fiscalize_button.clicked.connect(self.fiscalize)
        self.clear_button.clicked.connect(self.editor.clear)
        self.retry_button.clicked.connect(self._resolve_retry)
        self.document_button.clicked.connect(self._resolve_with_document)
        self.editor.changed.connect(self._update_actions)
        self.resize(1360, 760)

    def _result_panel(self) -> QGroupBox:
        panel = QGroupBox(self.tr("Last receipt"))
        # Wide enough for the state in large type and the fiscal data without ragged wrapping.
        panel.setMinimumWidth(320)
        layout = QVBoxLayout(panel)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.state_label.setFont(big)
        self.state_label.setWordWrap(True)
        self.state_label.setText(self.tr("No receipt yet"))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.state_label)
        layout.addWidget(self.qr)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.document_button)
        layout.addStretch(1)  # the state, the code and the data read top down, together
        self.qr.hide()  # until a receipt has one
        self.retry_button.hide()
        self.document_button.hide()
        return panel

    # --- fiscalizing ---------------------------------------------------------------------

    def fiscalize(self) -> None:
        """Write the receipt to the journal (durable at once), then let the outbox send it."""
        till = self._till
        if till.workflow is None or till.invoice_id is None:
            return
        try:
            receipt = self.editor.receipt()
        except ValidationError as error:
            self._show_state(self.tr("Not ready"), error_text(error), "#b00020")
            return
        try:
            receipt_id = till.workflow.submit(receipt, till.invoice_id)
        except (JournalError, ValidationError) as error:
            QMessageBox.critical(self, APP_NAME, error_text(error))
            return
        # The receipt is safe in the journal: the editor is free for the next customer.
        self._current = receipt_id
        self.editor.clear()
        self._show_record(till.workflow.journal.get(receipt_id))
        if till.runner is not None:
            till.runner.wake()

    def _on_event(self, event: Event) -> None:
        workflow = self._till.workflow
        if workflow is None:
            return
        if (
            isinstance(event, ReceiptChanged | DeliveryChanged)
            and event.receipt_id == self._current
        ):
            self._show_record(workflow.journal.get(event.receipt_id))
        elif isinstance(event, OutboxChanged):
            self._show_outbox(event.state)
        elif isinstance(event, ServiceTrouble):
            self.statusBar().showMessage(message_text(event.message), 15_000)

    def _show_record(self, record: ReceiptRecord) -> None:
        state = record.state
        title = self.tr("Receipt {id}: {state}").format(
            id=record.id, state=translated("journal", state.label)
        )
        lines = [f"{translated('codes', record.receipt_type.label)}, {record.total:.2f} ₽"]
        if record.fiscal is not None:
            fiscal = record.fiscal
            lines.append(self.tr("FN {fn}").format(fn=fiscal.fn))
            lines.append(self.tr("FD {fd}, FP {fp}").format(fd=fiscal.fd, fp=fiscal.fp))
            lines.append(fiscal.processed_at.strftime("%d.%m.%Y %H:%M"))
        if record.phone:
            lines.append(
                self.tr("Copy to {phone}: {state}").format(
                    phone=record.phone, state=translated("journal", record.delivery.state.label)
                )
            )
        if record.last_error and state is not ReceiptState.FISCALIZED:
            lines.append(message_text(record.last_error))
        self._show_state(title, "\n".join(lines), STATE_COLOURS.get(state, "#0d47a1"))
        self.qr.set_text(record.qr)
        self.qr.setVisible(record.qr is not None)
        attention = state is ReceiptState.NEEDS_ATTENTION
        self.retry_button.setVisible(attention)
        self.document_button.setVisible(attention)

    def _show_state(self, title: str, detail: str, colour: str) -> None:
        self.state_label.setText(title)
        self.state_label.setStyleSheet(f"color: {colour};")
        self.detail_label.setText(detail)

    def _show_outbox(self, state: OutboxState) -> None:
        parts = []
        if state.waiting:
            parts.append(self.tr("Outbox: {count} waiting").format(count=state.waiting))
            if state.last_error:
                parts.append(message_text(state.last_error))
        else:
            parts.append(self.tr("Outbox: nothing waits"))
        if state.needs_attention:
            parts.append(self.tr("{count} need attention").format(count=state.needs_attention))
        self.outbox_label.setText(" — ".join(parts))

    def _update_actions(self) -> None:
        ready = self._till.workflow is not None and self._till.invoice_id is not None
        self.fiscalize_button.setEnabled(ready and self.editor.is_complete())
        self.fiscalize_action.setEnabled(self.fiscalize_button.isEnabled())
        if not ready:
            self.fiscalize_button.setToolTip(self._till.unavailable or "")

    # --- a person's decision on an unknown outcome ---------------------------------------

    def _resolve_retry(self) -> None:
        workflow, receipt_id = self._till.workflow, self._current
        if workflow is None or receipt_id is None:
            return
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr(
                "Send receipt {id} again? Do it only after checking that the IntellectMoney"
                " account does not have it: otherwise the customer gets two fiscal receipts."
            ).format(id=receipt_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            # Enter must not send a receipt twice: saying yes takes a deliberate choice.
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._resolve(lambda: workflow.journal.resolve_retry(receipt_id))

    def _resolve_with_document(self) -> None:
        workflow, receipt_id = self._till.workflow, self._current
        if workflow is None or receipt_id is None:
            return
        document_id, ok = QInputDialog.getText(
            self,
            APP_NAME,
            self.tr("The receipt's document id in the IntellectMoney account:"),
        )
        if ok:
            self._resolve(lambda: workflow.journal.resolve_with_document(receipt_id, document_id))

    def _resolve(self, decide: Callable[[], None]) -> None:
        workflow = self._till.workflow
        if workflow is None or self._current is None:
            return
        try:
            decide()
        except (ValidationError, IllegalTransitionError) as error:
            QMessageBox.warning(self, APP_NAME, error_text(error))
            return
        self._show_record(workflow.journal.get(self._current))
        if self._till.runner is not None:
            self._till.runner.wake()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        # Events still queued from the outbox's thread must not reach a closed window (the
        # journal behind it is about to close).
        self._bridge.happened.disconnect(self._on_event)
        super().closeEvent(event)
