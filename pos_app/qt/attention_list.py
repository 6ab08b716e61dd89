"""The receipts that need a person (outcome unknown, held, fiscal data late), one key away from
the receipt, with the decisions a person can take on each: send again, the document id found
in the account, cancel a held one, open a held one as a new receipt.

A view over the journal's query: it reads through the till's background helper, decides through
the session's evented decisions (:mod:`pos_app.qt.receipt_decisions`, as the journal view
does), and refreshes from the events they send.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.draft import DraftContent
from pos_app.core.journal import ReceiptRecord, ReceiptState, ReceiptSummary
from pos_app.core.workflow import Event, OutboxChanged, ReceiptChanged
from pos_app.qt import receipt_decisions as decisions
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.messages import message_text
from pos_app.qt.till import Till
from pos_app.qt.translations import shown_money, translated


class AttentionList(QDialog):
    """Lists what needs a person; Enter on a line or a button takes the decision.
    ``draft_requested(content)`` is for the window: a receipt opened as a new one."""

    draft_requested = Signal(object)

    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self.setWindowTitle(self.tr("Receipts that need a person"))
        self.resize(760, 420)
        self.receipts: tuple[ReceiptSummary, ...] = ()
        self.list = QListWidget()
        self.empty = QLabel(self.tr("Nothing needs a person now."))
        self.send_again_button = QPushButton(self.tr("Not in the account: &send again"))
        self.document_button = QPushButton(self.tr("Found in the account: enter its &document id"))
        self.cancel_button = QPushButton(self.tr("Cance&l…"))
        self.draft_button = QPushButton(self.tr("Open as a ne&w receipt"))
        close = QPushButton(self.tr("Close  (Esc)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_again_button)
        buttons.addWidget(self.document_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for button in (
            self.send_again_button,
            self.document_button,
            self.cancel_button,
            self.draft_button,
            close,
        ):
            button.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.send_again_button.clicked.connect(self.send_again)
        self.document_button.clicked.connect(self.enter_document)
        self.cancel_button.clicked.connect(self.cancel)
        self.draft_button.clicked.connect(self.open_as_draft)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._open = True
        till.happened.connect(self._on_event)
        self.finished.connect(self._stop_listening)
        self.refresh()

    def _stop_listening(self) -> None:
        # The till outlives the list: its events and the reads asked for no longer come here.
        self._open = False
        self.till.happened.disconnect(self._on_event)

    def refresh(self) -> None:
        self.till.run("list what needs a person", lambda s: s.journal.for_a_person(), self._show)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, ReceiptChanged | OutboxChanged):
            self.refresh()

    def _show(self, receipts: tuple[ReceiptSummary, ...]) -> None:
        if not self._open:
            return
        current = self.current()
        self.receipts = receipts
        self.list.clear()
        for receipt in receipts:
            reason = message_text(receipt.last_error) if receipt.last_error else ""
            text = self.tr("Receipt {id}, {total} ₽: {state}").format(
                id=receipt.id,
                total=shown_money(receipt.total),
                state=translated("journal", receipt.state.label),
            )
            item = QListWidgetItem(f"{text}\n{reason}" if reason else text)
            item.setData(Qt.ItemDataRole.UserRole, receipt.id)
            self.list.addItem(item)
        self.empty.setVisible(not receipts)
        ids = [receipt.id for receipt in receipts]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        if receipts:
            self.list.setCurrentRow(row)
        self.list.setFocus()
        self._update_buttons()

    def current(self) -> ReceiptSummary | None:
        row = self.list.currentRow()
        return self.receipts[row] if 0 <= row < len(self.receipts) else None

    def _update_buttons(self) -> None:
        current = self.current()
        state = current.state if current is not None else None
        self.send_again_button.setEnabled(
            state in (ReceiptState.NEEDS_ATTENTION, ReceiptState.HELD)
        )
        self.document_button.setEnabled(state is ReceiptState.NEEDS_ATTENTION)
        self.cancel_button.setEnabled(decisions.can_cancel(state))
        self.draft_button.setEnabled(decisions.can_open_as_draft(state))

    def send_again(self) -> None:
        current = self.current()
        if current is not None:
            decisions.confirm_send_again(self, self.till, current.id)

    def enter_document(self) -> None:
        current = self.current()
        if current is not None:
            decisions.ask_document_id(self, self.till, current.id)

    def cancel(self) -> None:
        current = self.current()
        if current is not None:
            decisions.confirm_cancel(self, self.till, current.id)

    def open_as_draft(self) -> None:
        """The receipt read whole, then opened as a new one (withdrawn first if it waits)."""
        current = self.current()
        if current is None:
            return
        receipt_id = current.id
        self.till.run("read a receipt", lambda s: s.journal.get(receipt_id), self._open_record)

    def _open_record(self, record: ReceiptRecord) -> None:
        if self._open:
            decisions.open_as_draft(self, self.till, record, self._opened)

    def _opened(self, content: DraftContent) -> None:
        self.draft_requested.emit(content)
        self.accept()
