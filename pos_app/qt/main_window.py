"""The cashier's main window: the receipt editor, fiscalizing it, the last receipt's outcome
with its fiscal QR code, and the outbox in the status bar.

A view over the till (:mod:`pos_app.qt.till`): it writes nothing itself, runs every journal or
network call through the till's background helper, and refreshes from the session's events.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
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
from pos_app.core.draft import ReceiptDraft
from pos_app.core.errors import ValidationError
from pos_app.core.journal import OutboxState, ReceiptRecord, ReceiptState
from pos_app.core.session import TillSession
from pos_app.core.workflow import (
    DeliveryChanged,
    Event,
    JournalTrouble,
    OutboxChanged,
    ReceiptChanged,
    ServiceTrouble,
)
from pos_app.qt.journal_view import JournalView
from pos_app.qt.messages import error_text, message_text
from pos_app.qt.qr_widget import QrWidget
from pos_app.qt.receipt_editor import ReceiptEditor
from pos_app.qt.till import Till
from pos_app.qt.translations import translated

SANDBOX_STYLE = "background: #ffd54f; color: #3e2723; padding: 6px; font-weight: bold;"
SETUP_STYLE = "background: #ffe0b2; color: #3e2723; padding: 6px;"
STATE_COLOURS = {
    ReceiptState.FISCALIZED: "#1b5e20",
    ReceiptState.REJECTED: "#b00020",
    ReceiptState.NEEDS_ATTENTION: "#e65100",
    ReceiptState.HELD: "#e65100",
    ReceiptState.FISCAL_DATA_LATE: "#e65100",
}
# Closing that takes longer than this (a receipt still on its way) says what it waits for.
SLOW_CLOSE_MS = 1000


class MainWindow(QMainWindow):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        till.tasks.dialog_parent = self
        self._session: TillSession | None = None
        self._current: int | None = None
        self._submitting = False
        self._closing = False
        self._closed = False
        self.setWindowTitle(APP_NAME)
        self.editor = ReceiptEditor(ReceiptDraft("", ""))
        self.qr = QrWidget()
        self.state_label = QLabel()
        self.detail_label = QLabel()
        self.sandbox_banner = QLabel(
            self.tr(
                "SANDBOX — training: receipts go to the local emulator with demo"
                " credentials; nothing is fiscalized for real."
            )
        )
        self.setup_label = QLabel()
        self.check_again_button = QPushButton(self.tr("Check &again"))
        self.fiscalize_button = QPushButton(self.tr("&Fiscalize  (F9)"))
        self.clear_button = QPushButton(self.tr("New receipt  (Ctrl+N)"))
        self.retry_button = QPushButton(self.tr("Not in the account: send again"))
        self.document_button = QPushButton(self.tr("Found in the account: enter its document id…"))
        self.outbox_label = QLabel()
        self._build()
        till.opened.connect(self._on_opened)
        till.closing.connect(self._on_closing)
        till.happened.connect(self._on_event)
        till.failed.connect(self._on_failed)
        # A signal, not a callback: a window deleted meanwhile simply does not hear it.
        till.shut.connect(self._finish_closing)
        self.outbox_label.setText(self.tr("Opening the journal…"))
        if till.session is not None:
            self._on_opened(till.session)
        self._update_actions()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        banner = self.sandbox_banner
        banner.setObjectName("sandboxBanner")
        banner.setStyleSheet(SANDBOX_STYLE)
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        banner.hide()
        layout.addWidget(banner)
        self.setup_panel = QWidget()
        self.setup_panel.setObjectName("setupPanel")
        self.setup_panel.setStyleSheet(SETUP_STYLE)
        setup = QHBoxLayout(self.setup_panel)
        self.setup_label.setWordWrap(True)
        self.setup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        setup.addWidget(self.setup_label, 1)
        setup.addWidget(self.check_again_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setup_panel.hide()
        layout.addWidget(self.setup_panel)
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
        # The journal (its view is journal_view's own): a window beside the till, Ctrl+J.
        self.addActions(
            [
                self.fiscalize_action,
                new_receipt,
                self._journal_action(),
            ]
        )
        self.fiscalize_button.clicked.connect(self.fiscalize)
        self.clear_button.clicked.connect(self.editor.clear)
        self.retry_button.clicked.connect(self._resolve_retry)
        self.document_button.clicked.connect(self._resolve_with_document)
        self.check_again_button.clicked.connect(self._check_again)
        self.editor.changed.connect(self._update_actions)
        self.resize(1360, 760)

    def _journal_action(self) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+J"))
        action.triggered.connect(self.open_journal)
        return action

    def open_journal(self) -> JournalView:
        view = JournalView(self.till, self)
        view.setWindowFlag(Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.resize(1400, 800)
        view.show()
        return view

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

    # --- the session ---------------------------------------------------------------------

    def _on_opened(self, session: TillSession) -> None:
        self._session = session
        settings = session.settings
        if session.sandbox:
            self.setWindowTitle(APP_NAME + self.tr(" — sandbox"))
        elif settings.shop_name:
            self.setWindowTitle(f"{APP_NAME} — {settings.shop_name}")
        else:
            self.setWindowTitle(APP_NAME)
        self.sandbox_banner.setVisible(session.sandbox)
        self.editor.use_settings(settings)
        if session.ready:
            self.setup_panel.hide()
            self.till.run("read the outbox", lambda s: s.journal.outbox_state(), self._show_outbox)
        else:
            lines = "\n".join(f"• {message_text(message)}" for message in session.missing)
            self.setup_label.setText(
                self.tr("Fiscalizing is not set up yet. Missing:")
                + f"\n{lines}\n"
                + self.tr(
                    "Enter them with pos-app settings set KEY VALUE and pos-app credentials"
                    " set NAME, then press Check again."
                )
            )
            self.setup_panel.show()
            self.outbox_label.setText(self.tr("Fiscalizing is not set up yet."))
        self._update_actions()

    def _on_failed(self, error: Exception) -> None:
        self.setup_label.setText(
            self.tr("The journal could not be opened:")
            + f"\n{self.till.tasks.describe(error)}\n"
            + self.tr("Fix what the message says, then press Check again.")
        )
        self.setup_panel.show()
        self.outbox_label.setText(self.tr("The journal is not open."))

    def _check_again(self) -> None:
        """The shop entered what was missing (settings, credentials): open the session again."""
        self.till.reopen()

    def _on_closing(self) -> None:
        self._session = None
        self.outbox_label.setText(self.tr("Opening the journal…"))
        self._update_actions()

    # --- fiscalizing ---------------------------------------------------------------------

    def fiscalize(self) -> None:
        """Write the receipt to the journal (durable), then let the outbox send it; the
        editor is freed for the next customer once the journal has it."""
        if not self._can_fiscalize():
            return
        try:
            receipt = self.editor.receipt()
        except ValidationError as error:
            self._show_state(self.tr("Not ready"), error_text(error), "#b00020")
            return
        self._submitting = True
        self._update_actions()
        self.till.run(
            "submit a receipt",
            lambda session: session.journal.get(session.submit(receipt)),
            self._submitted,
            self._submit_failed,
        )

    def _submitted(self, record: ReceiptRecord) -> None:
        self._submitting = False
        self._current = record.id
        self.editor.clear()
        self._show_record(record)
        self._update_actions()

    def _submit_failed(self, error: Exception) -> None:
        # Nothing was written: the receipt stays in the editor, as typed.
        self._submitting = False
        self._update_actions()
        QMessageBox.critical(self, APP_NAME, self.till.tasks.describe(error))

    def _on_event(self, event: Event) -> None:
        if (
            isinstance(event, ReceiptChanged | DeliveryChanged)
            and event.receipt_id == self._current
        ):
            receipt_id = event.receipt_id
            self.till.run(
                "read a receipt",
                lambda session: session.journal.get(receipt_id),
                self._show_if_current,
            )
        elif isinstance(event, OutboxChanged):
            self._show_outbox(event.state)
        elif isinstance(event, ServiceTrouble):
            self.statusBar().showMessage(message_text(event.message), 15_000)
        elif isinstance(event, JournalTrouble):
            # The journal's file needs a person: said until something else is said.
            self.statusBar().showMessage(message_text(event.message))

    def _show_if_current(self, record: ReceiptRecord) -> None:
        if record.id == self._current:
            self._show_record(record)

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
        # A held receipt was refused before any document was made: once its cause is fixed,
        # a person sends it again; there is no document to look for.
        self.retry_button.setVisible(attention or state is ReceiptState.HELD)
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

    def _can_fiscalize(self) -> bool:
        session = self._session
        return (
            session is not None
            and session.ready
            and not self._submitting
            and not self._closing
            and self.editor.is_complete()
        )

    def _update_actions(self) -> None:
        self.fiscalize_button.setEnabled(self._can_fiscalize())
        self.fiscalize_action.setEnabled(self.fiscalize_button.isEnabled())
        session = self._session
        if session is not None and not session.ready:
            self.fiscalize_button.setToolTip(self.tr("Fiscalizing is not set up yet."))
        else:
            self.fiscalize_button.setToolTip("")

    # --- a person's decision on an unknown outcome ---------------------------------------

    def _resolve_retry(self) -> None:
        receipt_id = self._current
        if receipt_id is None:
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
        if answer == QMessageBox.StandardButton.Yes:
            self._decide(lambda session: session.decisions.send_again(receipt_id))

    def _resolve_with_document(self) -> None:
        receipt_id = self._current
        if receipt_id is None:
            return
        document_id, ok = QInputDialog.getText(
            self,
            APP_NAME,
            self.tr("The receipt's document id in the IntellectMoney account:"),
        )
        if ok:
            self._decide(
                lambda session: session.decisions.found_in_account(receipt_id, document_id)
            )

    def _decide(self, decision: Callable[[TillSession], None]) -> None:
        """The decision goes through the session's evented path; the window redraws from
        the event it sends, not by hand."""
        self.till.run("a person's decision", decision, None, self._decision_refused)

    def _decision_refused(self, error: Exception) -> None:
        QMessageBox.warning(self, APP_NAME, self.till.tasks.describe(error))

    # --- closing ---------------------------------------------------------------------------

    @property
    def is_closed(self) -> bool:
        """Closed for good: the session behind it has closed too."""
        return self._closed

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        """Close only after the work asked for has ended and the session is closed (the
        outbox's current request included); until then the window stays, subscribed."""
        if self._closed:
            super().closeEvent(event)
            return
        event.ignore()
        if self._closing:
            return
        self._closing = True
        self._update_actions()
        self.editor.setEnabled(False)
        self.statusBar().showMessage(self.tr("Closing…"))
        # A timer the window owns: it goes with the window, never calling into a deleted one.
        slow = QTimer(self)
        slow.setSingleShot(True)
        slow.timeout.connect(self._say_still_closing)
        slow.start(SLOW_CLOSE_MS)
        self.till.close()

    def _say_still_closing(self) -> None:
        if not self._closed:
            self.statusBar().showMessage(
                self.tr(
                    "Closing: waiting for the receipt on its way to the cashbox, so that it is"
                    " not left half-sent…"
                )
            )

    def _finish_closing(self) -> None:
        self._closed = True
        self.close()
