"""The validation error every outside input (cashier, JSON file, server answer) is checked with."""

from __future__ import annotations

from collections.abc import Mapping

from pos_app.core.i18n import Message


class ValidationError(ValueError):
    """A value is not acceptable; says which field and, in plain words, what to do.

    ``template`` is an English text marked for translation (context ``"validation"``) with
    ``{name}`` placeholders filled from ``params``; ``str(error)`` is the English message.
    The Qt layer translates the template first, then formats it.
    """

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        self.template = template
        self.params: Mapping[str, object] = params
        super().__init__(f"{field}: {self.message}")

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def translatable(self) -> Message:
        return Message.of("validation", self.template, self.params)

    def at(self, prefix: str) -> ValidationError:
        """The same error, its field placed under ``prefix`` (e.g. ``Content.Positions[2]``)."""
        field = f"{prefix}.{self.field}" if self.field else prefix
        return ValidationError(field, self.template, **self.params)
