"""The receipt's positions as a table: name, quantity, price, VAT, line total; edited in place
through the core's checks, so a bad value is refused with its message and nothing changes."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pos_app.core.codes import VAT_RATES, vat_rate
from pos_app.core.errors import ValidationError
from pos_app.core.money import format_money, format_quantity, parse_money, parse_quantity
from pos_app.core.receipt import Position, parse_text
from pos_app.qt.messages import error_text
from pos_app.qt.translations import translated

Index = QModelIndex | QPersistentModelIndex
NAME, QUANTITY, PRICE, VAT, TOTAL = range(5)
_NUMERIC = (QUANTITY, PRICE, TOTAL)


class PositionsModel(QAbstractTableModel):
    """The editable list of positions; ``changed`` after every change, ``refused`` with the
    message when an edit is not acceptable."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._positions: list[Position] = []

    @property
    def positions(self) -> tuple[Position, ...]:
        return tuple(self._positions)

    def add(self, position: Position) -> None:
        row = len(self._positions)
        self.beginInsertRows(QModelIndex(), row, row)
        self._positions.append(position)
        self.endInsertRows()
        self.changed.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._positions):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._positions[row]
            self.endRemoveRows()
            self.changed.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self._positions.clear()
        self.endResetModel()
        self.changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._positions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Quantity"),
            self.tr("Price"),
            self.tr("VAT"),
            self.tr("Total"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() != TOTAL:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        position = self._positions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole:
            return (
                position.text,
                format_quantity(position.quantity),
                format_money(position.price),
                position.vat.code,
                format_money(position.total),
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                position.text,
                format_quantity(position.quantity),
                format_money(position.price),
                translated("codes", position.vat.label),
                format_money(position.total),
            )[column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        position = self._positions[row]
        try:
            if column == NAME:
                changed = dataclasses.replace(position, text=parse_text(value, "text"))
            elif column == QUANTITY:
                changed = dataclasses.replace(
                    position, quantity=parse_quantity(str(value), "quantity")
                )
            elif column == PRICE:
                changed = dataclasses.replace(
                    position, price=parse_money(str(value), "price", allow_zero=True)
                )
            elif column == VAT:
                changed = dataclasses.replace(position, vat=vat_rate(value, "vat"))
            else:
                return False
        except ValidationError as error:
            self.refused.emit(error_text(error))
            return False
        self._positions[row] = changed
        self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))
        self.changed.emit()
        return True

    def total(self) -> Decimal:
        return sum((position.total for position in self._positions), Decimal("0.00"))


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
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def fill_vat_rates(combo: QComboBox) -> None:
    for rate in VAT_RATES:
        combo.addItem(translated("codes", rate.label), rate.code)
