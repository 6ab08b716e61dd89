"""Shifts (opening cash, cash in and out, the X-report, closing by count) and the till's people
with their roles and PINs, kept in the journal.

Each name is imported on first use (:mod:`pos_app.core.lazy`): the command line's exit codes
know :class:`PinRefusedError` without loading the journal, and the window is painted first.
"""

from typing import TYPE_CHECKING

from pos_app.core import lazy

if TYPE_CHECKING:
    from pos_app.core.journal.shift_ties import ShiftStateError as ShiftStateError
    from pos_app.core.shifts.desk import Action as Action
    from pos_app.core.shifts.desk import Approval as Approval
    from pos_app.core.shifts.desk import ShiftDesk as ShiftDesk
    from pos_app.core.shifts.errors import PinRefusedError as PinRefusedError
    from pos_app.core.shifts.people import People as People
    from pos_app.core.shifts.people import Person as Person
    from pos_app.core.shifts.people import Role as Role
    from pos_app.core.shifts.shift_report import CashMovement as CashMovement
    from pos_app.core.shifts.shift_report import Direction as Direction
    from pos_app.core.shifts.shift_report import Shift as Shift
    from pos_app.core.shifts.shift_report import ShiftReport as ShiftReport
    from pos_app.core.shifts.store import ShiftBook as ShiftBook

__all__, __getattr__, __dir__ = lazy.exports(
    __name__,
    {
        ".journal.shift_ties": ("ShiftStateError",),
        "desk": ("Action", "Approval", "ShiftDesk"),
        "errors": ("PinRefusedError",),
        "people": ("People", "Person", "Role"),
        "shift_report": ("CashMovement", "Direction", "Shift", "ShiftReport"),
        "store": ("ShiftBook",),
    },
)
