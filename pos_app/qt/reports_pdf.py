"""The period report as an A4 PDF: the headline figures, the two charts and every breakdown's
table, painted with QPainter on a QPdfWriter (no display needed, so the command line uses it
too). Runs off the UI thread: QPdfWriter and QPainter work on any thread."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from pos_app import APP_NAME
from pos_app.core.reports.summary import PeriodSummary
from pos_app.core.reports.tables import (
    Breakdown,
    Money,
    ReportTable,
    breakdown_table,
    headline,
    payment_parts,
)
from pos_app.qt.reports_chart import AXIS, TEXT, paint_hours, paint_split
from pos_app.qt.reports_note import UnfinishedNote

RESOLUTION = 300  # dots per inch: sharp text, a small file
MARGIN_MM = 15.0


class PdfReportError(OSError):
    """The PDF file could not be started (the folder is missing or not writable)."""


def write_pdf(summary: PeriodSummary, path: Path, money: Money) -> int:
    """Write the report to ``path``; returns the number of pages."""
    # Checked first: QPdfWriter only says a failure with a warning and a painter that won't begin.
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise PdfReportError(
            0,
            QCoreApplication.translate("ReportPdf", "The PDF file cannot be written there"),
            str(path),
        )
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(QCoreApplication.translate("ReportPdf", "Sales report"))
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfReportError(
            0,
            QCoreApplication.translate("ReportPdf", "The PDF file cannot be written there"),
            str(path),
        )
    try:
        return _Pages(painter, writer, money).paint(summary)
    finally:
        painter.end()


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class _Pages:
    """Paints top to bottom, starting a new page when the next block does not fit."""

    def __init__(self, painter: QPainter, writer: QPdfWriter, money: Money) -> None:
        self.painter = painter
        self.writer = writer
        self.money = money
        self.page = QRectF(painter.viewport())
        self.font = QFont("DejaVu Sans")
        self.font.setPointSizeF(9.5)
        painter.setFont(self.font)
        self.line = QFontMetricsF(self.font, writer).height()
        self.y = 0.0
        self.pages = 1

    def paint(self, summary: PeriodSummary) -> int:
        period = f"{summary.date_from.isoformat()} – {summary.date_to.isoformat()}"
        self._text(
            f"{QCoreApplication.translate('ReportPdf', 'Sales report')}  {period}",
            scale=1.6,
            bold=True,
        )
        self.y += 0.6 * self.line
        for caption, value in headline(summary, _translate, self.money):
            self._pair(caption, value)
        note = UnfinishedNote().text(summary, self.money)
        if note:
            self.y += 0.4 * self.line
            self._text(note, wrap=True)
        self.y += self.line
        hours_area = QRectF(0, self.y, self.page.width(), 14 * self.line)
        caption = QCoreApplication.translate("HourChart", "Sales through the day")
        paint_hours(self.painter, hours_area, summary.net_sales_by_hour(), self.money, caption)
        self.y = hours_area.bottom() + self.line
        parts = payment_parts(summary, _translate)
        split_area = QRectF(0, self.y, self.page.width(), (4.5 + 1.3 * len(parts)) * self.line)
        caption = QCoreApplication.translate("PaymentSplit", "Sales by payment form")
        paint_split(self.painter, split_area, parts, self.money, caption)
        self.y = split_area.bottom() + self.line
        for breakdown in Breakdown:
            self._table(breakdown_table(summary, breakdown, _translate, self.money))
        return self.pages

    def _room(self, height: float) -> None:
        if self.y + height > self.page.height():
            self.writer.newPage()
            self.pages += 1
            self.y = 0.0

    def _text(
        self, text: str, *, scale: float = 1.0, bold: bool = False, wrap: bool = False
    ) -> None:
        font = QFont(self.font)
        font.setPointSizeF(self.font.pointSizeF() * scale)
        font.setBold(bold)
        self.painter.setFont(font)
        flags = Qt.TextFlag.TextWordWrap if wrap else Qt.TextFlag.TextSingleLine
        bounds = self.painter.boundingRect(
            QRectF(0, 0, self.page.width(), 10 * self.line), int(flags), text
        )
        self._room(bounds.height())
        self.painter.setPen(TEXT)
        self.painter.drawText(
            QRectF(0, self.y, self.page.width(), bounds.height()), int(flags), text
        )
        self.y += bounds.height()
        self.painter.setFont(self.font)

    def _pair(self, caption: str, value: str) -> None:
        self._room(self.line)
        self.painter.setPen(TEXT)
        self.painter.drawText(QRectF(0, self.y, self.page.width() * 0.4, self.line), caption)
        bold = QFont(self.font)
        bold.setBold(True)
        self.painter.setFont(bold)
        self.painter.drawText(
            QRectF(self.page.width() * 0.4, self.y, self.page.width() * 0.6, self.line), value
        )
        self.painter.setFont(self.font)
        self.y += self.line

    def _table(self, table: ReportTable) -> None:
        self._room(4 * self.line)
        self._text(table.title, scale=1.2, bold=True)
        first = self.page.width() * 0.22
        rest = (self.page.width() - first) / max(1, len(table.headers) - 1)
        widths = [first, *([rest] * (len(table.headers) - 1))]
        self._row(table.headers, widths, bold=True)
        for row in table.rows:
            self._row(row, widths)
        self.y += 0.8 * self.line

    def _row(self, cells: tuple[str, ...], widths: list[float], *, bold: bool = False) -> None:
        font = QFont(self.font)
        font.setBold(bold)
        font.setPointSizeF(self.font.pointSizeF() * 0.9)
        self.painter.setFont(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = max(
            self.painter.boundingRect(QRectF(0, 0, width - 8, 5 * self.line), flags, cell).height()
            for cell, width in zip(cells, widths, strict=True)
        )
        self._room(height)
        x = 0.0
        self.painter.setPen(TEXT)
        for column, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            self.painter.drawText(
                QRectF(x + 4, self.y, width - 8, height), flags | int(align), cell
            )
            x += width
        self.y += height
        self.painter.setPen(QPen(AXIS, 1))
        self.painter.drawLine(0, int(self.y), int(self.page.width()), int(self.y))
        self.painter.setFont(self.font)
