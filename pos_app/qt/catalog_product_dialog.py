"""Adding a product to the catalog from the till: after "unknown barcode", with the scanned
barcode already filled in, so the next scan of it sells it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from pos_app.core.catalog import BarcodeTakenError, Catalog, Product
from pos_app.core.codes import DEFAULT_VAT_CODE, VAT_RATES, MeasurementUnit, VatRate
from pos_app.core.errors import ValidationError
from pos_app.core.journal import JournalError
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.messages import error_text
from pos_app.qt.translations import translated

if TYPE_CHECKING:
    from pos_app.qt.tasks import Tasks


class ProductDialog(QDialog):
    """Name, code, price, VAT and unit of a new product (or one to update, by its code).

    The reason a value is refused shows below the fields at every keystroke and clears once
    it is right; OK saves into the catalog and closes, ``product`` then holds what was saved.
    With ``tasks`` (the till's background helper) the save is a background job, and OK stays
    off until it is done: Enter pressed twice saves once. The till's scanner types into it as a
    keyboard: a scan fills the barcode field.
    """

    def __init__(
        self,
        catalog: Catalog,
        barcode: str = "",
        parent: QWidget | None = None,
        *,
        tasks: Tasks | None = None,
    ) -> None:
        super().__init__(parent)
        ring_on(self)
        self.setWindowTitle(self.tr("New product"))
        self._catalog = catalog
        self._tasks = tasks
        self._saving = False
        self.product: Product | None = None
        self.name = QLineEdit(self)
        self.code = QLineEdit(self)
        self.barcode = QLineEdit(barcode, self)
        self.price = QLineEdit(self)
        self.vat = QComboBox(self)
        for rate in VAT_RATES:
            self.vat.addItem(translated("codes", rate.label), rate.code)
        self.vat.setCurrentIndex(self.vat.findData(DEFAULT_VAT_CODE))
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("pieces"), int(MeasurementUnit.PIECE))
        self.unit.addItem(self.tr("kilograms (weighed)"), int(MeasurementUnit.KILOGRAM))
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Code (SKU)"), self.code)
        form.addRow(self.tr("&Barcode"), self.barcode)
        form.addRow(self.tr("&Price"), self.price)
        form.addRow(self.tr("&VAT"), self.vat)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        for field in (self.name, self.code, self.barcode, self.price):
            field.textChanged.connect(self._check)
        self.name.setFocus()
        self._check()

    def _values(self) -> Product:
        values: dict[str, Any] = {
            "code": self.code.text(),
            "name": self.name.text(),
            "price": self.price.text(),
            "vat": VatRate(int(self.vat.currentData())),
            "unit": MeasurementUnit(int(self.unit.currentData())),
            "barcodes": tuple(b for b in self.barcode.text().split() if b),
        }
        return Product(**values)

    def _check(self) -> bool:
        try:
            self._values()
        except ValidationError as error:
            self.problem.setText(error_text(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self.problem.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def _save(self) -> None:
        if self._saving or not self._check():
            return
        product, catalog = self._values(), self._catalog
        if self._tasks is None:
            try:
                self._saved(catalog.save(product))
            except (BarcodeTakenError, JournalError) as error:
                self._refused(error)
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self._tasks.run("save a product", lambda: catalog.save(product), self._saved, self._refused)

    def _saved(self, product: Product) -> None:
        if not shiboken6.isValid(self):
            return  # closed while it was saved: the product is in the catalog all the same
        self._saving = False
        self.product = product
        self.accept()

    def _refused(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, BarcodeTakenError):
            self.problem.setText(
                self.tr("The barcode {barcode} is already product {owner}'s.").format(
                    barcode=error.barcode, owner=error.owner
                )
            )
        elif isinstance(error, JournalError):
            self.problem.setText(error_text(error))
        elif self._tasks is not None:
            self.problem.setText(self._tasks.describe(error))
