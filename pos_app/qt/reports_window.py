"""The reports window (Shift+F7): a period's sales at a glance, the big figures first, sales
through the day and the split of payment forms as charts, every breakdown as a table, and
export to CSV and PDF.

A view over :func:`pos_app.core.reports.period_summary`: the query and the exports run through
the till's background helper; the window refreshes when a receipt changes, never by itself.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app import APP_NAME
from pos_app.core.reports import period_summary, write_csv
from pos_app.core.reports.summary import PeriodSummary
from pos_app.core.reports.tables import (
    Breakdown,
    breakdown_table,
    headline,
    payment_parts,
)
from pos_app.core.session import TillSession
from pos_app.core.workflow import Event, ReceiptChanged
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.reports_chart import HourChart, PaymentSplit
from pos_app.qt.reports_note import UnfinishedNote
from pos_app.qt.till import Till
from pos_app.qt.translations import shown_money

REPORTS_KEY = QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F7)
# Receipts fiscalized in a burst refresh the report once.
REFRESH_DELAY_MS = 500
TODAY, YESTERDAY, THIS_WEEK, THIS_MONTH, CUSTOM = range(5)


def period_of(choice: int, today: date) -> tuple[date, date] | None:
    """The days a period choice covers (None: the custom dates)."""
    if choice == TODAY:
        return today, today
    if choice == YESTERDAY:
        return today - timedelta(days=1), today - timedelta(days=1)
    if choice == THIS_WEEK:
        return today - timedelta(days=today.weekday()), today
    if choice == THIS_MONTH:
        return today.replace(day=1), today
    return None


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ReportsWindow(QWidget):
    """``shown(summary)`` after each refresh, ``exported(path)`` after each export."""

    shown = Signal(object)
    exported = Signal(object)

    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self.summary: PeriodSummary | None = None
        self._asked = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        till.happened.connect(self._on_event)
        till.opened.connect(self._on_opened)
        self._on_period(TODAY)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Reports"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._period_row())
        self.tiles = QHBoxLayout()
        self.tile_values: list[QLabel] = []
        self.tile_captions: list[QLabel] = []
        for index in range(5):
            tile = QFrame()
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(tile)
            caption, value = QLabel(), QLabel()
            caption.setStyleSheet("color: #57606a;")
            value.setStyleSheet(f"font-size: {30 if index == 0 else 20}px; font-weight: 600;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(caption)
            column.addWidget(value)
            self.tile_captions.append(caption)
            self.tile_values.append(value)
            self.tiles.addWidget(tile, 2 if index == 0 else 1)
        layout.addLayout(self.tiles)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff4d6; color: #6b4a00; padding: 6px;")
        self.note.hide()
        layout.addWidget(self.note)
        charts = QHBoxLayout()
        self.hours = HourChart(shown_money)
        self.split = PaymentSplit(shown_money)
        charts.addWidget(self.hours, 2)
        charts.addWidget(self.split, 1)
        layout.addLayout(charts, 3)
        self.tabs = QTabWidget()
        self.tables: dict[Breakdown, QTableWidget] = {}
        for breakdown in Breakdown:
            table = QTableWidget()
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.tables[breakdown] = table
            self.tabs.addTab(table, _translate("reports", breakdown.label))
        layout.addWidget(self.tabs, 3)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

    def _period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period = QComboBox()
        self.period.addItems(
            [
                self.tr("Today"),
                self.tr("Yesterday"),
                self.tr("This week"),
                self.tr("This month"),
                self.tr("Other days"),
            ]
        )
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.period)
        self.date_from = QDateEdit(QDate.currentDate())
        self.date_to = QDateEdit(QDate.currentDate())
        dash = QLabel("–")
        for day in (self.date_from, self.date_to):
            day.setCalendarPopup(True)
            day.setDisplayFormat("dd.MM.yyyy")
            day.dateChanged.connect(self._on_dates)
        self.period.currentIndexChanged.connect(self._on_period)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button.clicked.connect(self._ask_pdf)
        for widget in (label, self.period, self.date_from, dash, self.date_to):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        return row

    # --- the period and its figures -------------------------------------------------------

    def chosen_period(self) -> tuple[date, date]:
        days = period_of(self.period.currentIndex(), date.today())
        if days is not None:
            return days
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def _on_period(self, choice: int) -> None:
        days = period_of(choice, date.today())
        custom = days is None
        for day in (self.date_from, self.date_to):
            day.setEnabled(custom)
        if days is not None:
            for edit, value in zip((self.date_from, self.date_to), days, strict=True):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self.refresh()

    def _on_dates(self) -> None:
        if self.period.currentIndex() == CUSTOM:
            self.refresh()

    def refresh(self) -> None:
        first, last = self.chosen_period()
        if first > last:
            self.error.setText(self.tr("The period ends before it starts: pick the days again."))
            return
        self.error.clear()
        self._asked += 1
        asked = self._asked

        def read(session: TillSession) -> PeriodSummary:
            return period_summary(session.journal, first, last)

        self.till.run("report", read, lambda summary: self._show(asked, summary), self._failed)

    def _show(self, asked: int, summary: PeriodSummary) -> None:
        if not shiboken6.isValid(self) or asked != self._asked:
            return  # closed, or a newer period was chosen meanwhile
        self.summary = summary
        for (caption, value), caption_label, value_label in zip(
            headline(summary, _translate, shown_money),
            self.tile_captions,
            self.tile_values,
            strict=True,
        ):
            caption_label.setText(caption)
            value_label.setText(value)
        note = UnfinishedNote().text(summary, shown_money)
        self.note.setVisible(note is not None)
        self.note.setText(note or "")
        self.hours.show_nets(summary.net_sales_by_hour())
        self.split.show_parts(payment_parts(summary, _translate))
        for breakdown, widget in self.tables.items():
            table = breakdown_table(summary, breakdown, _translate, shown_money)
            widget.clear()
            widget.setColumnCount(len(table.headers))
            widget.setRowCount(len(table.rows))
            widget.setHorizontalHeaderLabels(list(table.headers))
            for row, cells in enumerate(table.rows):
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    widget.setItem(row, column, item)
        self.shown.emit(summary)

    def _failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self.error.setText(self.till.tasks.describe(error))

    def _on_event(self, event: Event) -> None:
        if isinstance(event, ReceiptChanged):
            self._timer.start()

    def _on_opened(self, session: TillSession) -> None:
        del session
        self.refresh()

    # --- export ---------------------------------------------------------------------------

    def _ask_csv(self) -> None:
        path = self._ask_path("csv", self.tr("CSV for Excel (*.csv)"))
        if path is not None:
            self.export_csv(path)

    def _ask_pdf(self) -> None:
        path = self._ask_path("pdf", self.tr("PDF (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def _ask_path(self, suffix: str, kinds: str) -> Path | None:
        if self.summary is None:
            return None
        name = f"report-{self.summary.date_from.isoformat()}-{self.summary.date_to.isoformat()}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), f"{name}.{suffix}", kinds
        )
        return Path(chosen) if chosen else None

    def export_csv(self, path: Path) -> None:
        summary = self.summary
        if summary is None:
            return
        self.till.run(
            "export the report as CSV",
            lambda _session: write_csv(summary, path, _translate),
            lambda _: self._exported(path),
            self._export_failed,
        )

    def export_pdf(self, path: Path) -> None:
        from pos_app.qt.reports_pdf import write_pdf  # noqa: PLC0415 - only when exporting

        summary = self.summary
        if summary is None:
            return
        self.till.run(
            "export the report as PDF",
            lambda _session: write_pdf(summary, path, shown_money),
            lambda _: self._exported(path),
            self._export_failed,
            progress=self.tr("Writing the PDF…"),
        )

    def _exported(self, path: Path) -> None:
        if shiboken6.isValid(self):
            self.exported.emit(path)

    def _export_failed(self, error: Exception) -> None:
        parent = self if shiboken6.isValid(self) else None
        QMessageBox.warning(parent, APP_NAME, self.till.tasks.describe(error))


def install_report_action(window: QMainWindow, till: Till) -> QAction:
    """The main window's way in: Shift+F7 and a button in the status bar."""
    action = QAction(QCoreApplication.translate("ReportsWindow", "Reports…"), window)
    action.setObjectName("reportsAction")
    action.setShortcut(REPORTS_KEY)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def show() -> None:
        view = ReportsWindow(till, window)
        view.setWindowFlag(Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.resize(1280, 860)
        view.show()

    action.triggered.connect(show)
    window.addAction(action)
    button = QPushButton(QCoreApplication.translate("ReportsWindow", "Reports…  (Shift+F7)"))
    button.setObjectName("reportsButton")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(action.trigger)
    window.statusBar().addPermanentWidget(button)
    return action
