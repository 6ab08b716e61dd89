"""Enums whose members carry the service's value and the cashier's label in one declaration.

A member is declared as ``NAME = value, label[, more columns]``, so a code table is read, and
corrected, in one line per code. The member still *is* its value (an ``int`` or ``str``): what
goes to the services and the journal does not change. Labels are English, marked with
``QT_TRANSLATE_NOOP`` where they are declared, and translated by the Qt layer. A table with more
columns takes them in a ``_set_columns`` method (typed like any other method).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any, Self


class LabelledIntEnum(IntEnum):
    """An IntEnum declared as ``NAME = number, label[, more columns]``."""

    _value_: int
    label: str

    if TYPE_CHECKING:
        # Once the class exists, calling it is a look-up by value (Enum replaces ``__new__``);
        # the tuple form below only builds the members.
        def __new__(cls, value: int) -> Self: ...
    else:

        def __new__(cls, value: int, label: str, *columns: Any) -> Self:
            member = int.__new__(cls, value)
            member._value_ = value
            member.label = label
            if columns:
                member._set_columns(*columns)
            return member


class LabelledStrEnum(StrEnum):
    """A StrEnum declared as ``NAME = word, label[, more columns]``."""

    _value_: str
    label: str

    if TYPE_CHECKING:
        # As in LabelledIntEnum: calling the class is a look-up by value.
        def __new__(cls, value: str) -> Self: ...
    else:

        def __new__(cls, value: str, label: str, *columns: Any) -> Self:
            member = str.__new__(cls, value)
            member._value_ = value
            member.label = label
            if columns:
                member._set_columns(*columns)
            return member
