"""Shows a fiscal QR code, drawn crisp from the core's module matrix at any size."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from pos_app.core.fiscal_qr import qr_matrix

# The standard's quiet zone around the code, in modules: scanners need it.
QUIET_ZONE = 4


def paint_qr(painter: QPainter, matrix: list[list[bool]], area: QRect) -> None:
    """Whole pixels per module, centred in ``area``: blurred edges defeat phone cameras."""
    count = len(matrix) + 2 * QUIET_ZONE
    module = max(1, min(area.width(), area.height()) // count)
    side = module * count
    left = area.left() + (area.width() - side) // 2
    top = area.top() + (area.height() - side) // 2
    painter.fillRect(QRect(left, top, side, side), QColor("white"))
    black = QColor("black")
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                x = left + (column + QUIET_ZONE) * module
                y = top + (row + QUIET_ZONE) * module
                painter.fillRect(x, y, module, module, black)


def qr_image(text: str, module_pixels: int = 6) -> QImage:
    matrix = qr_matrix(text)
    side = (len(matrix) + 2 * QUIET_ZONE) * module_pixels
    image = QImage(side, side, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_qr(painter, matrix, QRect(0, 0, side, side))
    painter.end()
    return image


class QrWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(160, 160)

    @property
    def text(self) -> str | None:
        return self._text

    def set_text(self, text: str | None) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.setToolTip(text or "")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(280, 280)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._matrix:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_qr(painter, self._matrix, self.rect())
        painter.end()
