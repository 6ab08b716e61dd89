"""The draft's positions as a table: name, quantity, price, VAT, line total; a cell edited in
place goes through the draft's one check, so a bad value is refused with its message and
nothing changes.

The cells' texts are kept on Qt's side (a QStandardItemModel), made once when a line is added or
changed: the view repaints every visible cell whenever a line is added, and asking Python for
each role of each cell cost more than the rest of adding a line (bench/bench_till.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pos_app.core.codes import VAT_RATES
from pos_app.core.draft import Change, Column, Part, ReceiptDraft
from pos_app.core.errors import ValidationError
from pos_app.core.money import format_money
from pos_app.core.receipt import Position
from pos_app.qt.messages import error_text
from pos_app.qt.translations import decimal_point, shown_money, shown_quantity, translated

Index = QModelIndex | QPersistentModelIndex
NAME, QUANTITY, PRICE, VAT, TOTAL = range(5)
# What an edit of the cell starts from, where it is not the text shown: the VAT rate's code,
# and the price as it is typed (no thousands spaces, the language's decimal point; the draft
# takes "12,50" and "12.50" alike).
EDIT_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMERIC = (QUANTITY, PRICE, TOTAL)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_SHOWN_AS: dict[int, Callable[[Position], str]] = {
    NAME: lambda position: position.text,
    QUANTITY: lambda position: shown_quantity(position.quantity),
    PRICE: lambda position: shown_money(position.price),
    VAT: lambda position: translated("codes", position.vat.label),
    TOTAL: lambda position: shown_money(position.total),
}
_COLUMNS = {NAME: Column.TEXT, QUANTITY: Column.QUANTITY, PRICE: Column.PRICE, VAT: Column.VAT}


class PositionsModel(QStandardItemModel):
    """A view on the draft's positions; ``refused`` with the message when an edit is not
    acceptable."""

    refused = Signal(str)

    def __init__(self, draft: ReceiptDraft, parent: QObject | None = None) -> None:
        super().__init__(0, len(_SHOWN_AS), parent)
        self._draft = draft
        self.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Quantity"),
                self.tr("Price"),
                self.tr("VAT"),
                self.tr("Total"),
            ]
        )
        self._show_all()
        # The draft belongs to this editor: they go away together, so no unwatching.
        draft.watch(self._on_change)

    @property
    def positions(self) -> tuple[Position, ...]:
        return self._draft.positions

    def _on_change(self, change: Change) -> None:
        row = change.row
        if change.part is Part.POSITION_ADDED and row is not None:
            self.insertRow(row, _row_items(self._draft.positions[row]))
        elif change.part is Part.POSITION_CHANGED and row is not None:
            position = self._draft.positions[row]
            for column in _SHOWN_AS:
                item = self.item(row, column)
                if item is not None:
                    _fill(item, column, position)
        elif change.part is Part.POSITION_REMOVED and row is not None:
            self.removeRow(row)
        elif change.part in (Part.POSITION_REMOVED, Part.POSITIONS):
            self._show_all()

    def _show_all(self) -> None:
        self.setRowCount(0)
        for position in self._draft.positions:
            self.appendRow(_row_items(position))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An edit typed in a cell: the draft checks it and, when it takes it, tells this model
        to show the line again; nothing is written into the cell here."""
        column = _COLUMNS.get(index.column())
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or column is None:
            return False
        try:
            self._draft.change_position(index.row(), column, value)
        except ValidationError as error:
            self.refused.emit(error_text(error))
            return False
        return True


def _row_items(position: Position) -> list[QStandardItem]:
    items = []
    for column in _SHOWN_AS:
        item = QStandardItem()
        if column in _NUMERIC:
            item.setTextAlignment(_RIGHT)
        if column == TOTAL:
            item.setEditable(False)
        _fill(item, column, position)
        items.append(item)
    return items


def _fill(item: QStandardItem, column: int, position: Position) -> None:
    item.setText(_SHOWN_AS[column](position))
    if column == PRICE:
        item.setData(format_money(position.price).replace(".", decimal_point()), EDIT_ROLE)
    elif column == VAT:
        item.setData(position.vat.code, EDIT_ROLE)


class PriceDelegate(QStyledItemDelegate):
    """Edits a price from the amount as it is typed, not as it is shown."""

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's API
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(EDIT_ROLE)))
        else:
            super().setEditorData(editor, index)


class VatDelegate(QStyledItemDelegate):
    """Edits the VAT column with a list of the rates."""

    def createEditor(  # noqa: N802 - Qt's API
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QComboBox(parent)
        fill_vat_rates(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(EDIT_ROLE)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def fill_vat_rates(combo: QComboBox) -> None:
    for rate in VAT_RATES:
        combo.addItem(translated("codes", rate.label), rate.code)
