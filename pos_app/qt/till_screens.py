"""The screens the till opens over its window: the payment dialog (F9), the journal (F7), the
receipts that need a person (F8), the last receipt printed again (F12), and a receipt from the
journal taken back as the draft. Each is imported when first opened: the window is painted
without them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from pos_app.qt.messages import confirmed
from pos_app.qt.receipt_editor import ReceiptEditor
from pos_app.qt.result_panel import ResultPanel
from pos_app.qt.till import Till

if TYPE_CHECKING:
    from pos_app.core.draft import DraftContent
    from pos_app.core.journal import ReceiptRecord
    from pos_app.core.session import TillSession
    from pos_app.qt.attention_list import AttentionList
    from pos_app.qt.payment_dialog import PaymentDialog

# The screens are imported where they open (PLC0415 allowed here).
# ruff: noqa: PLC0415


class TillScreens(QObject):
    """Opens the till's other screens for ``window``, whose editor gets what they send back;
    ``result`` shows the last receipt."""

    def __init__(
        self, window: QMainWindow, till: Till, editor: ReceiptEditor, result: ResultPanel
    ) -> None:
        super().__init__(window)
        self._window = window
        self._till = till
        self._editor = editor
        self._result = result
        self.payment_dialog: PaymentDialog | None = None
        self.attention_list: AttentionList | None = None

    def ask_payment(self, session: TillSession) -> bool:
        """F9: the payment dialog, a view on the draft; True when Enter there paid, False when
        Esc came back with everything kept."""
        from pos_app.qt.payment_dialog import PaymentDialog

        dialog = PaymentDialog(
            self._editor.draft,
            session.settings.invoice_id,
            sandbox=session.sandbox,
            parent=self._window,
        )
        self.payment_dialog = dialog
        accepted = dialog.exec() == PaymentDialog.DialogCode.Accepted
        self.payment_dialog = None
        dialog.deleteLater()
        self._editor.focus_search()
        return accepted

    def open_journal(self) -> None:
        """F7: the journal, a window beside the till."""
        from pos_app.qt.journal_view import JournalView

        view = JournalView(self._till, self._window)
        view.reprint_requested.connect(self.reprint)
        view.draft_requested.connect(self.open_draft)
        view.setWindowFlag(Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.resize(1400, 800)
        view.show()

    def open_attention_list(self) -> None:
        """F8: the receipts that need a person, with the two decisions."""
        from pos_app.qt.attention_list import AttentionList

        dialog = AttentionList(self._till, self._window)
        dialog.draft_requested.connect(self.open_draft)
        self.attention_list = dialog
        dialog.exec()
        self.attention_list = None
        dialog.deleteLater()
        self._editor.focus_search()

    def print_last(self) -> None:
        """F12: the last receipt again, marked as a copy; nothing is fiscalized."""
        record = self._result.record
        if record is None or record.fiscal is None:
            self._window.statusBar().showMessage(
                self.tr("No fiscalized receipt to print yet."), 8000
            )
            return
        self.reprint(record)

    def reprint(self, record: ReceiptRecord) -> None:
        """A fiscalized receipt printed again, marked as a copy; nothing is fiscalized."""
        from pos_app.qt.receipt_print import print_receipt  # QtPrintSupport on demand

        session = self._till.session
        if session is not None:
            print_receipt(self._window, record, session.settings, copy=True)

    def open_draft(self, content: DraftContent) -> None:
        """A receipt from the journal as the draft (asked first over one being built)."""
        if self._editor.draft.positions and not confirmed(
            self._window, self.tr("Replace the receipt being built with the one from the journal?")
        ):
            return
        self._editor.draft.restore(content)
        self._window.activateWindow()
        self._editor.focus_search()
