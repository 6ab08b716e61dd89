"""Shifts (opening cash, cash in and out, the X-report, closing by count) and the till's people
with their roles and PINs, kept in the journal."""

from pos_app.core.journal.shift_ties import ShiftStateError
from pos_app.core.shifts.desk import Action, Approval, ShiftDesk
from pos_app.core.shifts.people import People, Person, PinRefusedError, Role
from pos_app.core.shifts.shift_report import CashMovement, Direction, Shift, ShiftReport
from pos_app.core.shifts.store import ShiftBook

__all__ = [
    "Action",
    "Approval",
    "CashMovement",
    "Direction",
    "People",
    "Person",
    "PinRefusedError",
    "Role",
    "Shift",
    "ShiftBook",
    "ShiftDesk",
    "ShiftReport",
    "ShiftStateError",
]
