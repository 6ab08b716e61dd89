"""The search/scan line with its list of products: type, Down/Up through the results, Enter
or a click adds the product, Esc clears.

API for the window: put a :class:`CatalogSearch` where the cashier starts (or give it the line
the cashier starts in, ``line=``), connect ``chosen(Product)`` to adding the product to the
receipt draft (see :func:`pos_app.core.catalog.add_product`: a new line, or one more of a line
already there); call :meth:`CatalogSearch.refresh` after the catalog changes and
:meth:`CatalogSearch.set_catalog` when the journal is opened again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.journal import JournalError
from pos_app.qt.catalog_model import NAME, CatalogModel
from pos_app.qt.messages import error_text

if TYPE_CHECKING:
    from pos_app.core.catalog import Catalog, Product

_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 10,
    Qt.Key.Key_PageUp: -10,
}


class CatalogSearch(QWidget):
    """A line to type a name, code or barcode in, and the matching products below it.

    ``chosen(product)`` when the cashier picks one (Enter, or a click); the line is cleared
    for the next one. Enter with text that is exactly a barcode of the catalog picks that
    product even before the list shows it; Enter with nothing found is left to the line (a
    free position typed by hand). With ``line``, the search reads that line (one the window
    already has) and this widget is the list alone."""

    chosen = Signal(object)  # Product

    def __init__(
        self,
        catalog: Catalog | None,
        parent: QWidget | None = None,
        *,
        line: QLineEdit | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        own_line = line is None
        if line is None:
            line = QLineEdit(self)
            line.setObjectName("catalogSearchLine")
            line.setPlaceholderText(self.tr("Name, code or barcode"))
            line.setClearButtonEnabled(True)
        self.line = line
        self.model = CatalogModel(catalog, self)
        self.results = QTableView(self)
        self.results.setObjectName("catalogResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the line
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if own_line:
            layout.addWidget(self.line)
            self.setFocusProxy(self.line)
        layout.addWidget(self.results)
        self.line.textChanged.connect(self._search)
        self.line.installEventFilter(self)
        self.results.clicked.connect(lambda index: self._choose(index.row()))
        self.model.modelReset.connect(self._select_first)
        self.model.set_search("")

    def set_catalog(self, catalog: Catalog | None) -> None:
        self._catalog = catalog
        self.model.set_catalog(catalog)

    def refresh(self) -> None:
        self.model.refresh()

    def clear(self) -> None:
        self.line.clear()

    def current_row(self) -> int:
        index = self.results.currentIndex()
        return index.row() if index.isValid() else -1

    def _search(self, text: str) -> None:
        self.model.set_search(text)

    def _select_first(self) -> None:
        if self.model.rowCount() and self.line.text().strip():
            self.results.selectRow(0)
        else:
            self.results.clearSelection()
            self.results.setCurrentIndex(self.model.index(-1, -1))
        self.results.scrollToTop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)  # noqa: S101 - KeyPress is a QKeyEvent
            key = event.key()
            if key in _MOVES:
                self._move(_MOVES[Qt.Key(key)])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self._enter()
            if key == Qt.Key.Key_Escape and self.line.text():
                self.line.clear()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        row = self.current_row() + step if self.current_row() >= 0 else (0 if step > 0 else -1)
        while row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        row = min(max(row, 0), self.model.rowCount() - 1)
        if row >= 0:
            self.results.selectRow(row)
            self.results.scrollTo(self.model.index(row, NAME))

    def _enter(self) -> bool:
        text = self.line.text().strip()
        if not text or self._catalog is None:
            return False  # the window's own Enter (nothing typed here)
        try:
            product = self._catalog.by_barcode(text)
        except JournalError as error:
            self.model.failed.emit(error_text(error))
            return True
        if product is not None:
            self._emit(product)
            return True
        row = self.current_row()
        if row < 0:
            return False  # nothing found: the line's own Enter
        self._choose(row)
        return True

    def _choose(self, row: int) -> None:
        product = self.model.product(row)
        if product is not None:
            self._emit(product)

    def _emit(self, product: Product) -> None:
        self.line.clear()
        self.chosen.emit(product)
