"""The cashier's main window: the receipt in the middle with its total huge, every action on an
F-key shown on its button, the last receipt's outcome with its fiscal QR code beside it, and the
status bar.

A view over the till (:mod:`pos_app.qt.till`): it writes nothing itself, runs every journal or
network call through the till's background helper, and refreshes from the session's events.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app import APP_NAME
from pos_app.core import workflow
from pos_app.core.draft import ReceiptDraft
from pos_app.core.errors import ValidationError
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.messages import confirmed, error_text, message_text
from pos_app.qt.parking import Parking
from pos_app.qt.receipt_editor import ReceiptEditor
from pos_app.qt.result_panel import ResultPanel
from pos_app.qt.status_bar import TillStatusBar
from pos_app.qt.till import Till
from pos_app.qt.till_keys import TillKey, key_grid
from pos_app.qt.till_scanning import TillScanning
from pos_app.qt.till_screens import TillScreens

# The dialogs are imported when first opened: the window is painted without them.
if TYPE_CHECKING:
    from pos_app.core.journal import ReceiptRecord
    from pos_app.core.session import TillSession
    from pos_app.core.workflow import Event

SANDBOX_STYLE = "background: #ffd54f; color: #3e2723; padding: 6px; font-weight: bold;"
SETUP_STYLE = "background: #ffe0b2; color: #3e2723; padding: 6px;"
# Closing that takes longer than this (a receipt still on its way) says what it waits for.
SLOW_CLOSE_MS = 1000


class MainWindow(QMainWindow):
    # The QR code of the receipt just paid is on screen (the benchmark times Pay to this).
    qr_shown = Signal(int)

    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        till.tasks.dialog_parent = self
        self._session: TillSession | None = None
        self._current: int | None = None
        self._submitting = False
        self._closing = False
        self._closed = False
        self.paid_at: float | None = None
        self.setWindowTitle(APP_NAME)
        self.editor = ReceiptEditor(ReceiptDraft("", ""))
        self.result = ResultPanel()
        self.status = TillStatusBar()
        self.setStatusBar(self.status)
        self.sandbox_banner = QLabel(
            self.tr(
                "SANDBOX — training: receipts go to the local emulator with demo"
                " credentials; nothing is fiscalized for real."
            )
        )
        self.setup_label = QLabel()
        self.check_again_button = QPushButton(self.tr("C&heck again"))
        self.buttons: dict[str, QPushButton] = {}
        self.actions_by_name: dict[str, QAction] = {}
        self.parking = Parking(self, self.editor, till.tasks, self.status)
        self.screens = TillScreens(self, till, self.editor, self.result)
        self._build()
        self.scanning = TillScanning(self, self.editor, till.tasks)
        ui = self.editor.ui
        ring_on(
            *(ui.name, ui.quantity, ui.price, ui.vat, ui.paymentSubject, ui.paymentMethod),
            *(ui.taxation, ui.addButton, ui.positions),
            *(self.result.decide_button, self.check_again_button),
        )
        till.opened.connect(self._on_opened)
        till.closing.connect(self._on_closing)
        till.happened.connect(self._on_event)
        till.failed.connect(self._on_failed)
        # A signal, not a callback: a window deleted meanwhile simply does not hear it.
        till.shut.connect(self._finish_closing)
        if till.session is not None:
            self._on_opened(till.session)
        self._update_actions()
        self.editor.focus_search()

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
        left.addLayout(self._key_buttons())
        body.addLayout(left, 3)
        body.addWidget(self.result, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.check_again_button.clicked.connect(self._check_again)
        self.result.decide_button.clicked.connect(self.screens.open_attention_list)
        self.editor.changed.connect(self._update_actions)
        self.resize(1360, 800)

    def _key_buttons(self) -> QGridLayout:
        """Every action on its F-key, the key written on its button; the keys work from
        whichever field has the focus (window-wide actions)."""
        screens = self.screens
        keys = [
            TillKey("search", Qt.Key.Key_F2, self.tr("Search"), self.editor.focus_search),
            TillKey("quantity", Qt.Key.Key_F3, self.tr("Quantity"), self.editor.edit_quantity),
            TillKey("delete", Qt.Key.Key_F4, self.tr("Delete line"), self.editor.remove_current),
            TillKey("park", Qt.Key.Key_F5, self.tr("Park / bring back"), self.parking.switch),
            TillKey("type", Qt.Key.Key_F6, self.tr("Receipt type"), self.editor.next_type),
            TillKey("journal", Qt.Key.Key_F7, self.tr("Journal"), screens.open_journal),
            TillKey(
                "attention", Qt.Key.Key_F8, self.tr("Need a person"), screens.open_attention_list
            ),
            TillKey("new", Qt.Key.Key_F11, self.tr("New receipt"), self.new_receipt),
            TillKey("print", Qt.Key.Key_F12, self.tr("Print last"), screens.print_last),
            TillKey("cash", Qt.Key.Key_F10, self.tr("Cash, exact"), self.pay_exact_cash),
            TillKey("pay", Qt.Key.Key_F9, self.tr("Pay"), self.pay),
        ]
        return key_grid(self, keys, self.buttons, self.actions_by_name)

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
        self.status.show_mode(session.sandbox)
        self.editor.use_settings(settings)
        self.scanning.use_session(session)
        if session.ready:
            self.setup_panel.hide()
            self.till.run(
                "read the outbox", lambda s: s.journal.outbox_state(), self.status.show_outbox
            )
            self.till.run("check the disk", lambda s: s.journal.space_warning(), self._show_space)
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
            self.status.show_text(self.tr("Fiscalizing is not set up yet."))
        self._update_actions()

    def _show_space(self, warning: Exception | None) -> None:
        if warning is not None:
            self.status.show_journal_trouble(self.till.tasks.describe(warning))

    def _on_failed(self, error: Exception) -> None:
        self.setup_label.setText(
            self.tr("The journal could not be opened:")
            + f"\n{self.till.tasks.describe(error)}\n"
            + self.tr("Fix what the message says, then press Check again.")
        )
        self.setup_panel.show()
        self.status.show_text(self.tr("The journal is not open."))

    def _check_again(self) -> None:
        """The shop entered what was missing (settings, credentials): open the session again."""
        self.till.reopen()

    def _on_closing(self) -> None:
        self._session = None
        self.scanning.use_session(None)
        self.status.show_text(self.tr("Opening the journal…"))
        self._update_actions()

    # --- paying ----------------------------------------------------------------------------

    def pay(self) -> None:
        """F9: the payment dialog, a view on the draft; Enter there pays, Esc comes back with
        everything kept."""
        session = self._session
        if not self._can_pay() or session is None:
            return
        if self.screens.ask_payment(session):
            self.submit()

    def pay_exact_cash(self) -> None:
        """F10: the customer pays the total in cash, exactly; no dialog."""
        if not self._can_pay():
            return
        draft = self.editor.draft
        draft.set_payments(cash="", electronic="")
        draft.pay_exact_cash()
        self.submit()

    def submit(self) -> None:
        """Write the receipt to the journal (durable), then let the outbox send it; the editor
        is freed for the next customer once the journal has it. Fires once: until the journal
        answers, every other Pay is ignored."""
        session = self._session
        if self._submitting or session is None or not self._can_pay():
            return
        draft = self.editor.draft
        try:
            receipt = draft.receipt()
            invoice = draft.invoice_id(session.settings.invoice_id)
        except ValidationError as error:
            self.result.show_problem(self.tr("Not ready"), error_text(error))
            return
        self._submitting = True
        self.paid_at = time.perf_counter()
        self._update_actions()
        self.till.run(
            "submit a receipt",
            lambda s: s.journal.get(s.submit(receipt, invoice)),
            self._submitted,
            self._submit_failed,
        )

    def _submitted(self, record: ReceiptRecord) -> None:
        self._submitting = False
        self._current = record.id
        self.editor.clear()
        self._show_record(record)
        self._update_actions()
        # An event about it may have come before its id was known here: read it once more.
        self._read_current()

    def _submit_failed(self, error: Exception) -> None:
        # Nothing was written: the receipt stays in the editor, as typed.
        self._submitting = False
        self._update_actions()
        QMessageBox.critical(self, APP_NAME, self.till.tasks.describe(error))

    def _on_event(self, event: Event) -> None:
        # The events' classes through their lazy package: loaded with the first event, after
        # the window's first paint.
        self.status.on_event(event)
        if (
            isinstance(event, workflow.ReceiptChanged | workflow.DeliveryChanged)
            and event.receipt_id == self._current
        ):
            self._read_current()
        elif isinstance(event, workflow.ServiceTrouble):
            self.status.showMessage(message_text(event.message), 15_000)
        elif isinstance(event, workflow.JournalTrouble):
            # The journal's file needs a person: shown until the window is opened again.
            self.status.show_journal_trouble(message_text(event.message))

    def _read_current(self) -> None:
        receipt_id = self._current
        if receipt_id is None:
            return
        self.till.run("read a receipt", lambda s: s.journal.get(receipt_id), self._show_if_current)

    def _show_if_current(self, record: ReceiptRecord) -> None:
        if record.id == self._current:
            self._show_record(record)

    def _show_record(self, record: ReceiptRecord) -> None:
        previous = self.result.record
        had_qr = previous is not None and previous.id == record.id and previous.qr is not None
        self.result.show_record(record)
        if record.qr is not None and not had_qr:
            # Painted now, not at the next idle moment: the QR is what the customer waits for.
            self.result.qr.repaint()
            self.qr_shown.emit(record.id)

    def last_record(self) -> ReceiptRecord | None:
        return self.result.record

    def _can_pay(self) -> bool:
        session = self._session
        return (
            session is not None
            and session.ready
            and not self._submitting
            and not self._closing
            and bool(self.editor.draft.positions)
        )

    def _update_actions(self) -> None:
        can = self._can_pay()
        for name in ("pay", "cash"):
            self.buttons[name].setEnabled(can)
            self.actions_by_name[name].setEnabled(can)
        session = self._session
        tip = self.tr("Fiscalizing is not set up yet.") if session and not session.ready else ""
        self.buttons["pay"].setToolTip(tip)

    # --- the other keys ----------------------------------------------------------------------

    def new_receipt(self) -> None:
        draft = self.editor.draft
        if draft.positions and not confirmed(
            self, self.tr("Throw away the receipt being built and start a new one?")
        ):
            return
        self.editor.clear()

    # --- closing ---------------------------------------------------------------------------

    @property
    def is_closed(self) -> bool:
        """Closed for good: the session behind it has closed too."""
        return self._closed

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        """Close only after the work asked for has ended and the session is closed (the
        outbox's current request included); until then the window stays, subscribed. With
        positions on the receipt or a receipt on its way, ask first."""
        if self._closed:
            super().closeEvent(event)
            return
        event.ignore()
        if self._closing:
            return
        busy = self.editor.draft.positions or self._submitting
        if busy and not confirmed(
            self,
            self.tr(
                "A receipt is being built or saved. Close anyway? What is on the receipt and"
                " not paid is lost (park it with F5 to keep it)."
            ),
        ):
            return
        self._closing = True
        self._update_actions()
        self.editor.setEnabled(False)
        self.status.showMessage(self.tr("Closing…"))
        # A timer the window owns: it goes with the window, never calling into a deleted one.
        slow = QTimer(self)
        slow.setSingleShot(True)
        slow.timeout.connect(self._say_still_closing)
        slow.start(SLOW_CLOSE_MS)
        self.till.close()

    def _say_still_closing(self) -> None:
        if not self._closed:
            self.status.showMessage(
                self.tr(
                    "Closing: waiting for the receipt on its way to the cashbox, so that it is"
                    " not left half-sent…"
                )
            )

    def _finish_closing(self) -> None:
        self._closed = True
        self.scanning.stop()
        self.close()
