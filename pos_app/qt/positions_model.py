"""The draft's positions as a table: name, quantity, price, VAT, line total; a cell edited in
place goes through the draft's one check, so a bad value is refused with its message and
nothing changes."""

from __future__ import annotations

from collections.abc import Callable
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

from pos_app.core.codes import VAT_RATES
from pos_app.core.draft import Change, Column, Part, ReceiptDraft
from pos_app.core.errors import ValidationError
from pos_app.core.money import format_money
from pos_app.core.receipt import Position
from pos_app.qt.messages import error_text
from pos_app.qt.translations import decimal_point, shown_money, shown_quantity, translated

Index = QModelIndex | QPersistentModelIndex
NAME, QUANTITY, PRICE, VAT, TOTAL = range(5)
_NUMERIC = (QUANTITY, PRICE, TOTAL)
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
)
_SHOWN_AS: dict[int, Callable[[Position], str]] = {
    NAME: lambda position: position.text,
    QUANTITY: lambda position: shown_quantity(position.quantity),
    PRICE: lambda position: shown_money(position.price),
    TOTAL: lambda position: shown_money(position.total),
}
# An edited price starts from the amount as it is typed: no thousands spaces, the language's
# decimal point (the draft takes "12,50" and "12.50" alike).
_EDITED_AS: dict[int, Callable[[Position], str]] = {
    **_SHOWN_AS,
    PRICE: lambda position: format_money(position.price).replace(".", decimal_point()),
}
_SHOWN = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_EDITABLE = _SHOWN | Qt.ItemFlag.ItemIsEditable
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_COLUMNS = {NAME: Column.TEXT, QUANTITY: Column.QUANTITY, PRICE: Column.PRICE, VAT: Column.VAT}


class PositionsModel(QAbstractTableModel):
    """A view on the draft's positions; ``refused`` with the message when an edit is not
    acceptable."""

    refused = Signal(str)

    def __init__(self, draft: ReceiptDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        # The draft belongs to this editor: they go away together, so no unwatching.
        draft.watch(self._on_change)

    @property
    def positions(self) -> tuple[Position, ...]:
        return self._draft.positions

    def _on_change(self, change: Change) -> None:
        if change.part is Part.POSITION_ADDED and change.row is not None:
            # The draft has the row already; the view only needs to hear of it.
            self.beginInsertRows(QModelIndex(), change.row, change.row)
            self.endInsertRows()
        elif change.part is Part.POSITION_CHANGED and change.row is not None:
            self.dataChanged.emit(self.index(change.row, 0), self.index(change.row, TOTAL))
        elif change.part in (Part.POSITION_REMOVED, Part.POSITIONS):
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._draft.positions)

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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _SHOWN if index.column() == TOTAL else _EDITABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell at each repaint: only what is asked is
        # worked out.
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _NUMERIC else None
        position = self._draft.positions[index.row()]
        if column == VAT:
            if role == Qt.ItemDataRole.EditRole:
                return position.vat.code
            return translated("codes", position.vat.label)
        if role == Qt.ItemDataRole.EditRole:
            return _EDITED_AS[column](position)
        return _SHOWN_AS[column](position)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = _COLUMNS.get(index.column())
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or column is None:
            return False
        try:
            self._draft.change_position(index.row(), column, value)
        except ValidationError as error:
            self.refused.emit(error_text(error))
            return False
        return True


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
