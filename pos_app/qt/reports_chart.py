"""The report's two charts, painted with QPainter: sales through the day as bars by hour, and
the split of sales between payment forms as one bar. The same painting fills the window and
the PDF.

Why QPainter, measured on this project's pins (PySide6 6.11.3, Linux x86-64):
- Qt Charts is not in PySide6-Essentials; it comes with PySide6-Addons: a 175 MB wheel that
  unpacks to 422 MB in every developer's and CI's virtual environment. In the bundle the
  charts module itself is 3.3 MB (libQt6Charts 2.3 MB, the QtCharts binding 1.0 MB; the
  OpenGL libraries it links are in Essentials already), plus the pin and a second Qt package
  to keep in step with the first.
- pyqtgraph 0.14 is 6 MB installed but needs numpy (58 MB installed, about 60 MB in a bundle:
  its libraries and OpenBLAS).
- QPainter adds nothing: two kinds of bar chart are a hundred lines, print to PDF through the
  same code, and follow the window's font and language.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pos_app.core.reports.summary import ZERO
from pos_app.core.reports.tables import Money

# Calm colours a cashier's screen can show all day; one per payment form, in turn.
BAR = QColor("#3b7dd8")
REFUND_BAR = QColor("#d8703b")
AXIS = QColor("#8a8f98")
TEXT = QColor("#1f2328")
SPLIT_COLOURS = (QColor("#3b7dd8"), QColor("#43a66b"), QColor("#e0a030"), QColor("#9b59b6"))


def paint_hours(
    painter: QPainter, area: QRectF, nets: Sequence[Decimal], money: Money, caption: str
) -> None:
    """Net sales by hour (0–23) as bars; the hours with no trade at either end are left out
    (a shop open 9 to 21 fills the width). A negative hour (refunds only) hangs below."""
    active = [hour for hour, value in enumerate(nets) if value != ZERO]
    first, last = (min(active), max(active)) if active else (9, 18)
    hours = range(first, last + 1)
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    painter.setPen(TEXT)
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line), caption)
    top = max(ZERO, *(nets[hour] for hour in hours))
    bottom = min(ZERO, *(nets[hour] for hour in hours))
    span = max(top - bottom, Decimal(1))
    chart = QRectF(area.left(), area.top() + 2.2 * line, area.width(), area.height() - 3.4 * line)
    zero_y = chart.top() + chart.height() * float(top / span)
    slot = chart.width() / len(hours)
    for index, hour in enumerate(hours):
        value = nets[hour]
        x = chart.left() + index * slot
        height = chart.height() * float(abs(value) / span)
        bar = QRectF(x + slot * 0.15, zero_y - height if value > 0 else zero_y, slot * 0.7, height)
        painter.fillRect(bar, BAR if value > 0 else REFUND_BAR)
        if value != ZERO:
            label_y = bar.top() - line if value > 0 else bar.bottom()
            _centred(painter, QRectF(x - slot, label_y, 3 * slot, line), money(value), small=True)
        _centred(painter, QRectF(x, chart.bottom() + 0.2 * line, slot, line), f"{hour:02d}")
    painter.setPen(QPen(AXIS, 1))
    painter.drawLine(int(chart.left()), int(zero_y), int(chart.right()), int(zero_y))


def paint_split(
    painter: QPainter,
    area: QRectF,
    parts: Sequence[tuple[str, Decimal]],
    money: Money,
    caption: str,
) -> None:
    """The positive parts as one bar split in proportion, each named below with its amount
    and share."""
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    painter.setPen(TEXT)
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line), caption)
    shown = [(name, amount) for name, amount in parts if amount > ZERO]
    whole = sum((amount for _, amount in shown), ZERO)
    bar = QRectF(area.left(), area.top() + 1.6 * line, area.width(), 2.2 * line)
    painter.fillRect(bar, QColor("#eceef1"))
    x = bar.left()
    for index, (name, amount) in enumerate(shown):
        colour = SPLIT_COLOURS[index % len(SPLIT_COLOURS)]
        width = bar.width() * float(amount / whole)
        painter.fillRect(QRectF(x, bar.top(), width, bar.height()), colour)
        x += width
        share = (amount * 100 / whole).quantize(Decimal(1))
        key = QRectF(area.left(), bar.bottom() + (0.6 + index * 1.3) * line, line, line)
        painter.fillRect(key.adjusted(2, 2, -2, -2), colour)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(key.right() + 0.5 * line, key.top(), area.width(), line),
            f"{name}: {money(amount)} ({share}%)",
        )


def _centred(painter: QPainter, rect: QRectF, text: str, *, small: bool = False) -> None:
    font = painter.font()
    if small:
        smaller = QFont(font)
        smaller.setPointSizeF(font.pointSizeF() * 0.8)
        painter.setFont(smaller)
    painter.setPen(TEXT)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.setFont(font)


class _Chart(QWidget):
    """A chart painted with the painter: the subclass draws into the area it is given."""

    def __init__(self, money: Money, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money = money

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw(painter, QRectF(self.rect()).adjusted(8, 4, -8, -4))
        painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError


class HourChart(_Chart):
    """Sales through the day: what the window shows above the tables."""

    def __init__(self, money: Money, parent: QWidget | None = None) -> None:
        super().__init__(money, parent)
        self.nets: tuple[Decimal, ...] = (ZERO,) * 24
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(640, 240)

    def show_nets(self, nets: tuple[Decimal, ...]) -> None:
        self.nets = nets
        self.update()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        paint_hours(painter, area, self.nets, self.money, self.tr("Sales through the day"))


class PaymentSplit(_Chart):
    """The split of sales between payment forms."""

    def __init__(self, money: Money, parent: QWidget | None = None) -> None:
        super().__init__(money, parent)
        self.parts: tuple[tuple[str, Decimal], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(320, 240)

    def show_parts(self, parts: tuple[tuple[str, Decimal], ...]) -> None:
        self.parts = parts
        self.update()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        paint_split(painter, area, self.parts, self.money, self.tr("Sales by payment form"))
