"""The catalog and the scanner at the till: the search line's list of products laid over the
receipt as the cashier types, and scans taken from wherever the focus is in the window.

A scan adds its product (the same one again: one more on its line; a scale label: the weight
in kg). An unknown barcode is said under the entry row and offered to the catalog. While a
modal dialog is open a scan is not a sale: the payment dialog takes an invoice number from it
and types nothing, a question box drops it (its Enter must not answer), and the other dialogs
(a new product, a refund by QR, the settings) get it typed into their fields, as a keyboard's.
The catalog is read on the UI thread's own reader connection (see
:mod:`pos_app.qt.catalog_model`): look-ups of a few milliseconds, quicker than a round trip to
a worker.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from pos_app import APP_NAME
from pos_app.qt.catalog_search import CatalogSearch
from pos_app.qt.first_paint import AfterFirstPaint
from pos_app.qt.receipt_editor import ReceiptEditor
from pos_app.qt.scanner import ScannerFilter

# The catalog, the session and the dialogs load with the session or when first needed: the
# window is painted without them.
if TYPE_CHECKING:
    from pos_app.core.catalog import Catalog, Product
    from pos_app.core.session import TillSession
    from pos_app.qt.catalog_scan import ScanHandler
    from pos_app.qt.payment_dialog import PaymentDialog
    from pos_app.qt.tasks import Tasks

# The list shows this many products at most; the rest are a Down key away.
VISIBLE_RESULTS = 8
POPUP_STYLE = (
    "QTableView#catalogResults { border: 2px solid #1565c0; background: #ffffff;"
    " selection-background-color: #1565c0; selection-color: #ffffff; }"
)


class TillScanning(QObject):
    """Wires the catalog's search and the scanner to the window's receipt editor."""

    def __init__(self, window: QMainWindow, editor: ReceiptEditor, tasks: Tasks) -> None:
        super().__init__(window)
        self._window = window
        self._editor = editor
        self._tasks = tasks
        self._catalog: Catalog | None = None
        self.handler: ScanHandler | None = None
        # Scans made while the journal is still opening: rung up as soon as it is open.
        self._waiting: list[str] = []
        table = editor.ui.positions
        self.search = CatalogSearch(None, table, line=editor.ui.name)
        self.search.setObjectName("catalogPopup")
        self.search.results.setStyleSheet(POPUP_STYLE)
        self.search.hide()
        # Installed on the application right after the window's first paint (a filter on the
        # application hands every event to Python, which makes a Python class for each kind
        # of event it has not seen yet: the first paint has plenty), or when the session opens
        # if that comes first. Scans made while the journal is still opening are held, not
        # typed into the search line.
        self.scanner = ScannerFilter(self, claims=self._claims)
        self._listening = False
        AfterFirstPaint(window, self._listen)
        self.scanner.scanned.connect(self._scanned)
        self.search.chosen.connect(self._chosen)
        self.search.model.modelReset.connect(self._place)
        self.search.model.failed.connect(editor.show_message)
        editor.ui.name.textChanged.connect(self._place)
        editor.ui.name.installEventFilter(self)
        table.installEventFilter(self)

    def use_session(self, session: TillSession | None) -> None:
        """The session now open (None: it is closing, so its catalog is read no more); scans
        held until now are looked up in its catalog."""
        self._catalog = session.journal.catalog if session is not None else None
        if session is not None:
            self._listen()
        if self.handler is not None:
            self.handler.deleteLater()
            self.handler = None
        if session is not None:
            from pos_app.qt.catalog_scan import ScanHandler  # noqa: PLC0415 - with the session

            # The shop's scanner timing and scale labels, as its settings say.
            settings = session.settings
            self.scanner.gap, self.scanner.min_length = settings.scan_gap, settings.scan_min_length
            self.handler = ScanHandler(session.journal.catalog, settings.scale_template, self)
            self.handler.found.connect(self._found)
            self.handler.unknown.connect(self._unknown)
            self.handler.failed.connect(self._editor.show_message)
        self.search.set_catalog(self._catalog)
        if self.handler is not None:
            waiting, self._waiting = self._waiting, []
            for code in waiting:
                self.handler.handle(code)

    def _listen(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._listening:
            # Removed by Qt when this object goes with the window.
            app.installEventFilter(self.scanner)
            self._listening = True

    def stop(self) -> None:
        """The window has closed for good: no more scans, no more watching its line (its
        Python side may be collected before Qt deletes it)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        self.scanner.flush()
        line = self._editor.ui.name
        line.removeEventFilter(self)
        line.removeEventFilter(self.search)
        self._editor.ui.positions.removeEventFilter(self)
        self.use_session(None)

    # --- the list under the search line ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        kind = event.type()
        line, table = self._editor.ui.name, self._editor.ui.positions
        focus = watched is line and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
        if focus or (watched is table and kind == QEvent.Type.Resize):
            self._place()
        return False

    def _place(self) -> None:
        """Show the list over the top of the receipt while there is something typed and found,
        and the line has the focus; hide it otherwise."""
        line, results = self._editor.ui.name, self.search.results
        rows = self.search.model.rowCount()
        wanted = bool(line.text().strip()) and rows > 0 and line.hasFocus()
        if not wanted:
            self.search.hide()
            return
        table = self._editor.ui.positions
        header = results.horizontalHeader().height()
        height = header + min(rows, VISIBLE_RESULTS) * results.verticalHeader().defaultSectionSize()
        self.search.setGeometry(0, 0, table.width(), min(table.height(), height + 6))
        self.search.show()
        self.search.raise_()

    def _chosen(self, product: Product) -> None:
        self._editor.add_product(product)
        self._place()

    # --- scans ------------------------------------------------------------------------------

    def _claims(self) -> bool:
        """Scans are taken out of the typing in this window, the payment dialog and question
        boxes; everywhere else the scanner is a keyboard."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return isinstance(modal, QMessageBox) or _payment_dialog(modal) is not None
        return QApplication.activeWindow() is self._window

    def _scanned(self, code: str) -> None:
        modal = QApplication.activeModalWidget()
        paying = _payment_dialog(modal)
        if paying is not None:
            paying.take_scan(code)
        elif modal is not None:
            self._window.statusBar().showMessage(
                self.tr("Scan of {code} not taken: close the dialog first.").format(code=code),
                8000,
            )
        elif self.handler is not None:
            self.handler.handle(code)
        else:
            self._waiting.append(code)
            self._editor.show_message(
                self.tr("Scanned {code}: it goes on the receipt once the journal is open.").format(
                    code=code
                )
            )

    def _found(self, product: Product, quantity: Decimal) -> None:
        # A scale label's weight is the quantity; a piece is as many as typed (1 by default).
        self._editor.add_product(product, quantity if product.weighed else None)

    def _unknown(self, code: str, text: str) -> None:
        self._editor.show_message(text)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        add = box.exec() == QMessageBox.StandardButton.Yes
        box.deleteLater()
        if add:
            self.add_to_catalog(code)
        self._editor.focus_search()

    def add_to_catalog(self, barcode: str) -> None:
        """The new product's form with the barcode filled in; saved, it goes on the receipt."""
        catalog = self._catalog
        if catalog is None:
            return
        from pos_app.qt.catalog_product_dialog import ProductDialog  # noqa: PLC0415 - on demand

        dialog = ProductDialog(catalog, barcode, self._window, tasks=self._tasks)
        saved = dialog.exec() == ProductDialog.DialogCode.Accepted
        product = dialog.product
        dialog.deleteLater()
        if saved and product is not None:
            self.search.refresh()
            self._editor.add_product(product)


def _payment_dialog(widget: QWidget | None) -> PaymentDialog | None:
    """``widget`` as the payment dialog, if it is one. Asked on every scan: a dialog that was
    never opened has no module loaded, and none is loaded here just to ask."""
    module = sys.modules.get("pos_app.qt.payment_dialog")
    if module is None:
        return None
    dialog_type: type[PaymentDialog] = module.PaymentDialog
    return widget if isinstance(widget, dialog_type) else None
