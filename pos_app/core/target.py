"""The cashbox a receipt is made for: production or the sandbox, and IntellectMoney's address.

A receipt is sent only to the cashbox it was made for: a training receipt never reaches the
real cashbox, and a real one never goes to the sandbox, whatever is configured when the outbox
runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.labelled import LabelledStrEnum


class TargetMode(LabelledStrEnum):
    """Which kind of cashbox; the value is the word the journal keeps."""

    PRODUCTION = "production", _N("journal", "the real cashbox")
    SANDBOX = "sandbox", _N("journal", "the sandbox")


@dataclass(frozen=True)
class CashboxTarget:
    """Where a receipt goes: the mode and IntellectMoney's base address (no trailing slash)."""

    mode: TargetMode
    url: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", TargetMode(self.mode))
        object.__setattr__(self, "url", self.url.strip().rstrip("/"))

    def __str__(self) -> str:
        return f"{self.mode.label} at {self.url}"
