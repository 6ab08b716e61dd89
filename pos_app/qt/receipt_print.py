"""Printing a fiscalized receipt: the core's printed layout drawn with QPainter on 58 or 80 mm
paper, through Qt's print dialog or straight to a PDF file. Printing only reads the journal's
record: a reprint is marked КОПИЯ and never fiscalizes anything."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QInputDialog, QWidget

from pos_app import APP_NAME
from pos_app.core.fiscal_qr import qr_matrix
from pos_app.core.journal import ReceiptRecord
from pos_app.core.printed_receipt import Line, Shop, Style, receipt_lines
from pos_app.core.settings import Settings
from pos_app.qt.qr_widget import paint_qr

# Paper width (mm) → characters a line holds, as thermal printers' own fonts do.
PAPER_CHARACTERS = {80: 48, 58: 32}
MARGIN_MM = 3.0
# A receipt is one long page: tall enough for the longest ones (the driver cuts where it ends).
MAX_PAGE_MM = 2000.0


def record_lines(record: ReceiptRecord, settings: Settings, *, copy: bool) -> tuple[Line, ...]:
    if record.fiscal is None or record.qr is None:
        raise ValueError(f"receipt {record.id} has no fiscal data to print")
    return receipt_lines(
        record.receipt(),
        record.fiscal,
        record.qr,
        Shop(settings.shop_name, settings.shop_inn),
        change=record.change,
        copy=copy,
    )


def _fonts(width_px: int, characters: int) -> tuple[QFont, QFont, QFont]:
    """A monospaced font that fits ``characters`` across the printable width, a bold one and
    a large bold one for titles and the total."""
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPixelSize(100)
    advance = QFontMetrics(font).horizontalAdvance("0" * characters)
    font.setPixelSize(max(1, 100 * width_px // advance))
    bold = QFont(font)
    bold.setBold(True)
    title = QFont(bold)
    title.setPixelSize(font.pixelSize() * 3 // 2)
    return font, bold, title


def paint_lines(
    painter: QPainter, lines: Sequence[Line], width_px: int, characters: int, *, draw: bool = True
) -> int:
    """Draw the lines from the top left of ``painter``'s area; the height they take (pixels).
    ``draw=False`` only measures (the page is sized before printing)."""
    font, bold, title = _fonts(width_px, characters)
    y = 0
    for line in lines:
        face = {Style.TITLE: title, Style.BOLD: title, Style.CENTRE: bold}.get(line.style, font)
        metrics = QFontMetrics(face)
        height = metrics.lineSpacing()
        if line.style is Style.QR:
            side = width_px * 3 // 4
            if draw:
                paint_qr(
                    painter, qr_matrix(line.left), QRect((width_px - side) // 2, y, side, side)
                )
            y += side + height // 2
            continue
        if draw:
            painter.setFont(face)
            area = QRect(0, y, width_px, height)
            if line.style is Style.RULE:
                pen = QPen(Qt.GlobalColor.black)
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setWidth(max(1, height // 12))
                painter.setPen(pen)
                painter.drawLine(0, y + height // 2, width_px, y + height // 2)
                painter.setPen(Qt.GlobalColor.black)
            elif line.style in (Style.TITLE, Style.CENTRE):
                painter.drawText(area, Qt.AlignmentFlag.AlignHCenter, line.left)
            else:
                painter.drawText(area, Qt.AlignmentFlag.AlignLeft, line.left)
                if line.right:
                    painter.drawText(area, Qt.AlignmentFlag.AlignRight, line.right)
        y += height
    return y


def make_printer(paper_mm: int, printer: QPrinter | None = None) -> QPrinter:
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QSizeF(paper_mm, MAX_PAGE_MM), QPageSize.Unit.Millimeter))
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    return printer


def print_lines(printer: QPrinter, lines: Sequence[Line], paper_mm: int) -> None:
    """One page as long as the receipt: measured first, then drawn."""
    characters = PAPER_CHARACTERS[paper_mm]
    # Measured against the printer's resolution at the final width.
    printer = make_printer(paper_mm, printer)
    width_px = printer.pageLayout().paintRectPixels(printer.resolution()).width()
    measure = QPainter()
    dpi = printer.resolution()
    scratch = QImage(1, 1, QImage.Format.Format_RGB32)
    scratch.setDotsPerMeterX(int(dpi / 0.0254))
    scratch.setDotsPerMeterY(int(dpi / 0.0254))
    measure.begin(scratch)
    height_px = paint_lines(measure, lines, width_px, characters, draw=False)
    measure.end()
    height_mm = height_px / dpi * 25.4 + 2 * MARGIN_MM + 2
    printer.setPageSize(QPageSize(QSizeF(paper_mm, height_mm), QPageSize.Unit.Millimeter))
    painter = QPainter(printer)
    paint_lines(painter, lines, width_px, characters)
    painter.end()


def save_pdf(path: Path, lines: Sequence[Line], paper_mm: int = 80) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_lines(printer, lines, paper_mm)


def print_receipt(
    parent: QWidget, record: ReceiptRecord, settings: Settings, *, copy: bool
) -> None:
    """The paper width, then Qt's print dialog (a printer, or a PDF file); nothing else."""
    widths = [
        QCoreApplication.translate("receipt_print", "80 mm"),
        QCoreApplication.translate("receipt_print", "58 mm"),
    ]
    question = QCoreApplication.translate("receipt_print", "Receipt paper width:")
    chosen, ok = QInputDialog.getItem(parent, APP_NAME, question, widths, 0, False)
    if not ok:
        return
    paper_mm = 80 if chosen == widths[0] else 58
    printer = make_printer(paper_mm)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        print_lines(printer, record_lines(record, settings, copy=copy), paper_mm)
