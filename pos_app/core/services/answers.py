"""Reading a service's JSON answer strictly: a wrong shape is an error naming the service and
quoting the answer, never a KeyError or TypeError escaping to the caller."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.services.errors import ServiceError, excerpt
from pos_app.core.services.redaction import redact

MALFORMED = _N(
    "services",
    "{service} gave an answer pos-app cannot read ({problem}): {excerpt}",
)


class MalformedError(Exception):
    """Raised inside the readers; the client turns it into the error its request calls for."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def malformed_error(
    factory: type[ServiceError], service: str, problem: str, body: bytes
) -> ServiceError:
    return factory(service, MALFORMED, problem=problem, excerpt=redact(excerpt(body)))


def json_object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8"), parse_float=Decimal, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise MalformedError("not JSON") from None
    if not isinstance(data, dict):
        raise MalformedError("not a JSON object")
    return data


def member(data: Mapping[str, Any], path: str) -> Any:
    """``member(answer, "Result.State.Code")``; Malformed when a step is missing."""
    value: Any = data
    for name in path.split("."):
        if not isinstance(value, Mapping) or name not in value:
            raise MalformedError(f"{path} is missing")
        value = value[name]
    return value


def text(data: Mapping[str, Any], path: str, *, digits: bool = False) -> str:
    value = member(data, path)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise MalformedError(f"{path} is not a text")
    if digits and not (value.isascii() and value.isdigit()):
        raise MalformedError(f"{path} is not a number")
    return value.strip()


def whole(data: Mapping[str, Any], path: str) -> int:
    value = member(data, path)
    if isinstance(value, str) and value.isascii() and value.strip().isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise MalformedError(f"{path} is not a whole number")


def amount(data: Mapping[str, Any], path: str) -> Decimal:
    value = member(data, path)
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise MalformedError(f"{path} is not an amount")
    try:
        number = Decimal(value)
    except ArithmeticError:
        raise MalformedError(f"{path} is not an amount") from None
    if not number.is_finite():
        raise MalformedError(f"{path} is not an amount")
    return number


def texts(data: Mapping[str, Any], path: str) -> tuple[str, ...]:
    """A list of texts; an absent or null list is empty."""
    try:
        value = member(data, path)
    except MalformedError:
        return ()
    if value is None:
        return ()
    if not isinstance(value, list):
        raise MalformedError(f"{path} is not a list")
    return tuple(str(item) for item in value)


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")
