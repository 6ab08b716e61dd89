"""Texts the window translates, without importing Qt.

A core text is an English template marked with :func:`QT_TRANSLATE_NOOP`; the Qt layer
translates it with ``QCoreApplication.translate(context, template)`` and then fills in the
parameters. ``pyside6-lupdate`` finds the marks because the function keeps Qt's own macro name.
A :class:`Message` keeps a filled-in text in that form, so the journal can store a failure and
the window can still show it in the cashier's language later.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Self

# Parameters whose value is itself a marked text (a country's English name, see
# core/countries.py): the window translates the value in this context before filling it in.
TRANSLATED_PARAMS: Mapping[str, str] = {"country": "countries"}
# Parameters that hold an amount (written as the cashbox writes it, "1234.50") or a quantity
# ("0.845"): the window writes them in its language ("1 234,50", "0,845"). Named here, so a
# code or a value the cashier typed that happens to look like a number is shown as it is
# (tests/core/test_message_params.py checks every amount and quantity the core puts in a
# message goes under one of these names).
AMOUNT_PARAMS = frozenset({"total", "paid", "missing", "not_cash"})
QUANTITY_PARAMS = frozenset({"asked", "available", "sold", "returned"})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Return ``text`` unchanged; lupdate records it under ``context``."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A marked template with its parameters; ``str()`` is the English text.

    An empty ``context`` means the text is shown as it is (a service's own words, or a text
    stored before messages were kept in this form).
    """

    context: str
    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, context: str, template: str, params: Mapping[str, object]) -> Self:
        # Parameters become text now: the message must read the same after a round trip
        # through the journal. (The templates use no format specs, so str() is what format
        # would have written.)
        return cls(context, template, {name: str(value) for name, value in params.items()})

    @classmethod
    def verbatim(cls, text: str) -> Self:
        return cls("", text)

    def __str__(self) -> str:
        if not self.context:
            return self.template
        return self.template.format(**self.params)

    def to_json(self) -> str:
        return json.dumps(
            {"context": self.context, "template": self.template, "params": dict(self.params)},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, fallback: str) -> Self:
        """The message stored as ``text``; ``fallback`` (its English text) when it cannot be
        read, so a damaged entry still says something."""
        try:
            data = json.loads(text)
            context, template, params = data["context"], data["template"], data["params"]
        except (ValueError, TypeError, KeyError):
            return cls.verbatim(fallback)
        if not (
            isinstance(context, str)
            and isinstance(template, str)
            and isinstance(params, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in params.items())
        ):
            return cls.verbatim(fallback)
        message = cls(context, template, params)
        try:
            str(message)
        except (KeyError, IndexError, ValueError):
            return cls.verbatim(fallback)
        return message


class TranslatableError(Exception):
    """An error said by a marked template: ``template`` is English, marked for translation
    under the class's ``context``, with ``{name}`` placeholders filled from ``params``;
    ``str(error)`` is the English message and ``translatable`` the same for the window."""

    context: ClassVar[str]

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: Mapping[str, object] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def translatable(self) -> Message:
        return Message.of(self.context, self.template, self.params)
