"""A label for a status bar: a long text is cut with "…" (whole in its tooltip) instead of
widening the window past the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

# However long its text, the label asks for no more than this much width at least.
MINIMUM_WIDTH = 120


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's API
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MINIMUM_WIDTH), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        # The frame and the style sheet's background as a label has them, then the text cut
        # to the width it was given.
        QFrame.paintEvent(self, event)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        # Drawn with the painter, not the style's drawItemText: asking for the style from
        # Python makes its class, with hundreds of enum members, during the first paint.
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)
        painter.end()
