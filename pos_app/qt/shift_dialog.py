"""The shift dialog (Shift+F2): open a shift, cash in and out, the X-report, and the close by
count with what was expected, what was counted and the difference in big coloured numbers.

A view over the journal's shift: every action goes through the till's background helper and
the dialog shows what the journal then says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_app import APP_NAME
from pos_app.core.session import TillSession
from pos_app.core.shifts import Action, Approval, Shift, ShiftReport
from pos_app.qt.admin_gate import pin_field, with_admin
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.setup_form import BAD_STYLE
from pos_app.qt.shift_report_view import report_html
from pos_app.qt.till import Till
from pos_app.qt.translations import shown_money as money

BIG = "font-size: 26pt; font-weight: bold;"
NEXT_STEP_STYLE = (
    "background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9; padding: 8px; font-size: 12pt;"
)
EVEN, SHORT, OVER = "#1b5e20", "#b00020", "#e65100"


@dataclass(frozen=True)
class ShiftView:
    """What the dialog shows: the open shift (if any), its report, and the shop's rule."""

    shift: Shift | None
    report: ShiftReport | None
    roles: bool
    today: date


def look(session: TillSession) -> ShiftView:
    desk = session.shift_desk
    shift = desk.current()
    return ShiftView(shift, None if shift is None else desk.x_report(), desk.roles, date.today())


class ShiftDialog(QDialog):
    def __init__(
        self, till: Till, parent: QWidget | None = None, on_change: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self._on_change = on_change
        self.view: ShiftView | None = None
        self.setWindowTitle(self.tr("{app} — Shift").format(app=APP_NAME))
        self.state = QLabel(self.tr("Reading the shift…"))
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-size: 14pt; font-weight: bold;")

        self.opening = self._opening_box()
        self.moving = self._moving_box()
        self.closing = self._closing_box()
        figures = self._figures_grid()
        # After a close: what to do next, right under the counted result.
        self.next_step = QLabel(self.tr("The shift is closed. To go on selling, open a new shift."))
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet(NEXT_STEP_STYLE)
        self.next_step.hide()
        self.report = QTextBrowser()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(BAD_STYLE)
        self.error_label.hide()
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done.rejected.connect(self.reject)

        left = QVBoxLayout()
        for box in (self.opening, self.moving, self.closing):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(figures)
        right.addWidget(self.next_step)
        right.addWidget(self.report, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(done)
        self.resize(1100, 640)

        self.open_button.clicked.connect(self.open_shift)
        self.cash_in_button.clicked.connect(self.cash_in)
        self.cash_out_button.clicked.connect(self.cash_out)
        self.x_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.close_shift)
        self._enable(None)
        self.refresh()

    def _opening_box(self) -> QGroupBox:
        self.name = QLineEdit()
        self.pin = pin_field()
        self.opening_cash = QLineEdit(money(Decimal(0)))
        self.open_button = QPushButton(self.tr("&Open shift"))
        box = QGroupBox(self.tr("Open a shift"))
        opening_form = self._opening_form = QFormLayout(box)
        self._row(opening_form, self.tr("Cashier's &name:"), self.name)
        self._row(opening_form, self.tr("&PIN:"), self.pin)
        self._row(opening_form, self.tr("Cash in the &drawer:"), self.opening_cash)
        opening_form.addRow(self.open_button)
        return box

    def _moving_box(self) -> QGroupBox:
        self.amount = QLineEdit()
        self.reason = QLineEdit()
        self.cash_in_button = QPushButton(self.tr("Cash &in"))
        self.cash_out_button = QPushButton(self.tr("Cash ou&t"))
        box = QGroupBox(self.tr("Cash put in or taken out"))
        moving_form = QFormLayout(box)
        self._row(moving_form, self.tr("&Amount:"), self.amount)
        self._row(moving_form, self.tr("&Reason:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cash_in_button)
        buttons.addWidget(self.cash_out_button)
        moving_form.addRow(buttons)
        return box

    def _closing_box(self) -> QGroupBox:
        self.counted = QLineEdit()
        self.x_button = QPushButton(self.tr("&X-report"))
        self.close_button = QPushButton(self.tr("Close &shift"))
        box = QGroupBox(self.tr("Close the shift"))
        closing_form = QFormLayout(box)
        self._row(closing_form, self.tr("&Counted cash:"), self.counted)
        closing_buttons = QHBoxLayout()
        closing_buttons.addWidget(self.x_button)
        closing_buttons.addWidget(self.close_button)
        closing_form.addRow(closing_buttons)
        return box

    def _figures_grid(self) -> QGridLayout:
        self.expected = QLabel()
        self.counted_total = QLabel()
        self.difference = QLabel()
        figures = QGridLayout()
        for column, (title, label) in enumerate(
            (
                (self.tr("Expected"), self.expected),
                (self.tr("Counted"), self.counted_total),
                (self.tr("Difference"), self.difference),
            )
        ):
            figures.addWidget(QLabel(title), 0, column)
            label.setStyleSheet(BIG)
            figures.addWidget(label, 1, column)

        return figures

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    # --- actions ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._do("read the shift", look, self._show)

    def open_shift(self) -> None:
        name, cash, pin = self.name.text(), _amount(self.opening_cash.text()), self.pin.text()
        self.pin.clear()
        self._act("open the shift", lambda s: s.shift_desk.open(name, cash, pin or None))

    def cash_in(self) -> None:
        amount, reason = _amount(self.amount.text()), self.reason.text()
        self._act("put cash in", lambda s: s.shift_desk.cash_in(amount, reason), clear=True)

    def cash_out(self) -> None:
        amount, reason = _amount(self.amount.text()), self.reason.text()

        def approved(approval: Approval) -> None:
            self._act(
                "take cash out",
                lambda s: s.shift_desk.cash_out(amount, reason, approval),
                clear=True,
            )

        with_admin(self, self.till, Action.CASH_OUT, approved)

    def close_shift(self) -> None:
        counted = _amount(self.counted.text())

        def closed(report: ShiftReport) -> None:
            self.counted.clear()
            self._show(
                ShiftView(None, report, self.view.roles if self.view else False, date.today())
            )
            self._changed()

        self._do("close the shift", lambda s: s.shift_desk.close(counted), closed)

    # --- inside ----------------------------------------------------------------------------

    def _act(self, name: str, job: Callable[[TillSession], object], *, clear: bool = False) -> None:
        def done(_: object) -> None:
            if clear:
                self.amount.clear()
                self.reason.clear()
            self._changed()
            self.refresh()

        self._do(name, job, done)

    def _do(
        self, name: str, job: Callable[[TillSession], object], success: Callable[..., None]
    ) -> None:
        self.error_label.hide()

        def arrived(result: object) -> None:
            if shiboken6.isValid(self.report):
                success(result)

        self.till.run(name, job, arrived, self._failed)

    def _failed(self, error: Exception) -> None:
        if shiboken6.isValid(self.error_label):
            self.error_label.setText(self.till.tasks.describe(error))
            self.error_label.show()

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()

    def _show(self, view: ShiftView) -> None:
        self.view = view
        shift, report = view.shift, view.report
        self._opening_form.setRowVisible(self.pin, view.roles)
        self.next_step.setVisible(shift is None and report is not None)
        self._enable(shift)
        if shift is not None:
            self.state.setText(shift_text(shift, view.today))
            self.state.setStyleSheet(
                f"font-size: 14pt; font-weight: bold; color: {SHORT};"
                if shift.from_an_earlier_day(view.today)
                else "font-size: 14pt; font-weight: bold;"
            )
        elif report is not None and report.shift.closed_at is not None:
            closed = report.shift.closed_at.astimezone()
            self.state.setText(
                self.tr("{name}'s shift closed at {time}").format(
                    name=report.shift.opened_by, time=f"{closed:%H:%M}"
                )
            )
        else:
            self.state.setText(self.tr("No shift is open."))
        self.report.setHtml("" if report is None else report_html(report))
        self._figures(report)

    def _figures(self, report: ShiftReport | None) -> None:
        expected = None if report is None else report.expected_cash
        counted = None if report is None else report.shift.counted_cash
        difference = None if report is None else report.difference
        self.expected.setText("" if expected is None else money(expected))
        self.counted_total.setText("" if counted is None else money(counted))
        if difference is None:
            self.difference.setText("")
            return
        colour = difference_colour(difference)
        sign = "+" if difference > 0 else ""
        self.difference.setText(sign + money(difference))
        self.difference.setStyleSheet(f"{BIG} color: {colour};")

    def _enable(self, shift: Shift | None) -> None:
        self.opening.setEnabled(shift is None)
        self.moving.setEnabled(shift is not None)
        self.closing.setEnabled(shift is not None)
        if shift is None:
            # The next shift starts here; the last cashier's name is selected, so the next
            # one types over it.
            self.name.setFocus()
            self.name.selectAll()
        else:
            self.counted.setFocus()


def shift_text(shift: Shift, today: date) -> str:
    """ "Anna's shift since 09:14", flagged when left open from an earlier day."""
    opened = shift.opened_at.astimezone()
    if shift.automatic:
        text = QCoreApplication.translate(
            "ShiftDialog", "Shift opened by the first sale at {time} (the drawer not counted)"
        )
    else:
        text = QCoreApplication.translate("ShiftDialog", "{name}'s shift since {time}")
    text = text.format(name=shift.opened_by, time=f"{opened:%H:%M}")
    if shift.from_an_earlier_day(today):
        left_open = QCoreApplication.translate(
            "ShiftDialog", "Left open since {day}: count the drawer and close it."
        )
        text += " — " + left_open.format(day=f"{opened:%d.%m.%Y}")
    return text


def _amount(text: str) -> str:
    """The cashier may type a decimal comma and spaces: 1 500,50."""
    return "".join(text.split()).replace(",", ".")


def difference_colour(difference: Decimal) -> str:
    return EVEN if difference == 0 else SHORT if difference < 0 else OVER
