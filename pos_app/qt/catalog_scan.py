"""What a scanned code means at the till: a product and how much of it, or a barcode the
catalog does not know.

API for the window: ``handler = ScanHandler(journal.catalog)``; connect
``ScannerFilter.scanned`` to :meth:`ScanHandler.handle` (unless a dialog is open, e.g. the
payment dialog: the window decides); ``found(product, quantity)`` to
:func:`pos_app.core.catalog.add_product` on the draft (the same piece product again adds one
to its line); ``unknown(code, text)`` to showing ``text`` with an offer to add the product
(:class:`pos_app.qt.catalog_product_dialog.ProductDialog` with the barcode filled in).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from pos_app.core.catalog import Catalog, ScaleTemplate
from pos_app.core.journal import JournalError
from pos_app.qt.messages import error_text


class ScanHandler(QObject):
    """Looks a scanned code up: a barcode of the catalog (one piece), or a scale label (the
    weighed product, its weight in kilograms) per the shop's ``template``."""

    found = Signal(object, object)  # Product, Decimal quantity
    unknown = Signal(str, str)  # the code, "Unknown barcode …" in the window's language
    failed = Signal(str)  # the journal's file failed: what to do

    def __init__(
        self,
        catalog: Catalog,
        template: ScaleTemplate | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.template = template or ScaleTemplate()

    def handle(self, code: str) -> None:
        try:
            scanned = self._catalog.scanned(code, self.template)
        except JournalError as error:
            self.failed.emit(error_text(error))
            return
        if scanned is None:
            self.unknown.emit(code, self.unknown_text(code))
        else:
            self.found.emit(scanned.product, scanned.quantity)

    def unknown_text(self, code: str) -> str:
        return self.tr("Unknown barcode {code}: add it to the catalog?").format(code=code)
