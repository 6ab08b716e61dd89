"""The validation error every outside input (cashier, JSON file, server answer) is checked with."""

from __future__ import annotations

from pos_app.core.i18n import TranslatableError


class ValidationError(TranslatableError, ValueError):
    """A value is not acceptable; says which field and, in plain words, what to do.

    The template is translated under the context ``"validation"``; ``str(error)`` is the
    field followed by the English message.
    """

    context = "validation"

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)
        self.args = (f"{field}: {self.message}",)

    def at(self, prefix: str) -> ValidationError:
        """The same error, its field placed under ``prefix`` (e.g. ``Content.Positions[2]``)."""
        field = f"{prefix}.{self.field}" if self.field else prefix
        return ValidationError(field, self.template, **self.params)
