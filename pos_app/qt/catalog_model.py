"""The catalog as a table that loads a page at a time: 100,000 products are usable at once,
and a search as the cashier types shows its first page within a keystroke.

The reads are SQLite look-ups of a few milliseconds on the window's own reader connection
(see :mod:`pos_app.core.journal.connection`), so they run on the UI thread: a worker would
add more than it saves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pos_app.core.journal import JournalError
from pos_app.qt.messages import error_text
from pos_app.qt.translations import shown_money, translated

if TYPE_CHECKING:
    from pos_app.core.catalog import Catalog, Cursor, Page, Product

Index = QModelIndex | QPersistentModelIndex
NAME, CODE, PRICE, UNIT = range(4)
PAGE = 100
ProductRole = Qt.ItemDataRole.UserRole + 1


class CatalogModel(QAbstractTableModel):
    """The products matching the current search (all of them for none), fetched as the view
    scrolls (``canFetchMore``/``fetchMore``). ``ProductRole`` gives a row's :class:`Product`.
    ``failed(text)`` when the journal's file cannot be read: the rows shown stay."""

    failed = Signal(str)

    def __init__(
        self, catalog: Catalog | None, parent: QObject | None = None, page: int = PAGE
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._page = page
        self._products: list[Product] = []
        self._text = ""
        self._after: Cursor | None = None
        self._more = False

    @property
    def search_text(self) -> str:
        return self._text

    def set_search(self, text: str) -> None:
        """Show the products matching ``text``: its first page at once, the rest on demand."""
        found = self._read(text, None)
        if found is None and self._catalog is not None:
            return  # the read failed (said through ``failed``): what is shown stays
        self.beginResetModel()
        self._text = text
        # No catalog (the journal is closed): nothing to show.
        self._products = [] if found is None else list(found.products)
        self._after = None if found is None else found.after
        self._more = self._after is not None
        self.endResetModel()

    def set_catalog(self, catalog: Catalog | None) -> None:
        """Search ``catalog`` from now on (None: the journal is closed, nothing to show)."""
        self._catalog = catalog
        self.set_search("" if catalog is None else self._text)

    def refresh(self) -> None:
        """Read the current search again (after an import or a product added)."""
        self.set_search(self._text)

    def product(self, row: int) -> Product | None:
        return self._products[row] if 0 <= row < len(self._products) else None

    # --- lazy loading -----------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt's API
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt's API
        if parent.isValid() or not self._more:
            return
        found = self._read(self._text, self._after)
        if found is None:
            self._more = False  # asked again after the next search, not on every scroll
            return
        self._after = found.after
        self._more = found.after is not None
        if found.products:
            first = len(self._products)
            self.beginInsertRows(QModelIndex(), first, first + len(found.products) - 1)
            self._products.extend(found.products)
            self.endInsertRows()

    def _read(self, text: str, after: Cursor | None) -> Page | None:
        """The page found; None when there is no catalog or the read failed."""
        if self._catalog is None:
            return None
        try:
            return self._catalog.search(text, self._page, after)
        except JournalError as error:
            self.failed.emit(error_text(error))
            return None

    # --- the table --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        product = self.product(index.row()) if index.isValid() else None
        if product is None:
            return None
        column = index.column()
        if role == ProductRole:
            return product
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(product, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PRICE, UNIT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Product"),
            self.tr("Code"),
            self.tr("Price"),
            self.tr("Unit"),
        )
        return titles[section] if 0 <= section < len(titles) else None


def _shown(product: Product, column: int) -> str:
    if column == NAME:
        return product.name
    if column == CODE:
        return product.code
    if column == PRICE:
        return shown_money(product.price)
    return translated("codes", product.unit.label)
