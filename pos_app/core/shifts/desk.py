"""What a cashier does with a shift, under the shop's rule on roles, for the window and the
command line alike.

With roles on (setting ``roles``), a shift is opened by a person on the list with their PIN,
and cash taken out needs an administrator's approval (:meth:`ShiftDesk.approve`), which the
journal keeps. With roles off (a one-person shop), the shift is opened under any name and
nothing asks for a PIN.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import Journal
from pos_app.core.journal.shift_ties import ShiftStateError
from pos_app.core.labelled import LabelledStrEnum
from pos_app.core.money import parse_money
from pos_app.core.shifts.errors import PinRefusedError
from pos_app.core.shifts.people import Role, check_name
from pos_app.core.shifts.shift_report import CashMovement, Direction, Shift, ShiftReport


class Action(LabelledStrEnum):
    """What asks for an administrator, as the journal's approvals name it."""

    REFUND = "refund", _N("people", "A refund")
    CANCEL = "cancel", _N("people", "Cancelling a receipt")
    CASH_OUT = "cash_out", _N("people", "Taking cash out")
    SETTINGS = "settings", _N("people", "Changing the settings")


@dataclass(frozen=True)
class Approval:
    """An administrator's PIN was checked for one action (:meth:`ShiftDesk.approve`); with
    roles off, ``admin`` is empty."""

    admin: str
    action: Action


class ShiftDesk:
    def __init__(self, journal: Journal, *, roles: bool) -> None:
        self.journal = journal
        self.roles = roles
        self._shifts = journal.shifts
        self._people = journal.people

    def current(self) -> Shift | None:
        return self._shifts.current()

    def left_open_from(self, today: date) -> Shift | None:
        """The open shift when it was opened on an earlier day (left open overnight)."""
        shift = self._shifts.current()
        return shift if shift is not None and shift.from_an_earlier_day(today) else None

    def needs_first_admin(self) -> bool:
        """Roles are on and nobody can approve anything yet."""
        return self.roles and not self._people.admins()

    def open(self, name: str, cash: object, pin: str | None = None) -> Shift:
        """Open a shift; with roles on, ``name`` is a person on the list and ``pin`` theirs."""
        name = check_name(name, "cashier")
        current = self._shifts.current()
        if current is not None:
            if current.automatic:
                raise ShiftStateError(
                    _N(
                        "shifts",
                        "A shift opened by itself at the first sale is open: close it by"
                        " counting the drawer, then open yours.",
                    )
                )
            raise ShiftStateError(
                _N("shifts", "{name}'s shift is open; close it before opening another."),
                name=current.opened_by,
            )
        if not self.roles:
            return self._shifts.open(name, cash, cashier=None)
        person = self._people.verify(name, self._pin(pin))
        return self._shifts.open(person.name, cash, cashier=person.name)

    def approve(
        self, admin: str, pin: str | None, action: Action, receipt_id: int | None = None
    ) -> Approval:
        """Check an administrator's PIN for ``action`` (on receipt ``receipt_id``: the one
        refunded or cancelled) and keep who approved it."""
        if not self.roles:
            return Approval("", action)
        person = self._people.verify(admin, self._pin(pin), role=Role.ADMIN)
        self._shifts.record_approval(person.name, action, receipt_id)
        return Approval(person.name, action)

    def cash_in(self, amount: object, reason: str) -> CashMovement:
        money = parse_money(amount, "amount")
        return self._shifts.move_cash(Direction.IN, money, reason, self._who())

    def cash_out(
        self, amount: object, reason: str, approval: Approval | None = None
    ) -> CashMovement:
        """Cash taken out; with roles on, only with an administrator's approval for it."""
        if self.roles and (approval is None or approval.action is not Action.CASH_OUT):
            raise PinRefusedError(_N("people", "Taking cash out needs an administrator's PIN."))
        admin = approval.admin if approval is not None and approval.admin else None
        return self._shifts.move_cash(Direction.OUT, amount, reason, self._who(), approved_by=admin)

    def x_report(self) -> ShiftReport:
        return self._shifts.report()

    def close(self, counted: object) -> ShiftReport:
        cash = parse_money(counted, "counted", allow_zero=True)
        return self._shifts.close(cash, self._who())

    def _who(self) -> str:
        shift = self._shifts.current()
        if shift is None:
            raise ShiftStateError(_N("shifts", "No shift is open; open one first."))
        return shift.opened_by or "—"

    @staticmethod
    def _pin(pin: str | None) -> str:
        if not pin:
            raise PinRefusedError(_N("people", "Enter the PIN."))
        return pin
