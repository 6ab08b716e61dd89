"""One HTTP exchange as the emulated services see it: the decoded request and the answer."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from email.message import Message
from urllib.parse import parse_qsl

from pos_app.sandbox.multipart import UploadedFile, parse_multipart

JSON_TYPE = "application/json; charset=utf-8"


class Headers(Mapping[str, str]):
    """Request headers, looked up in any case; a repeated header's values joined by ", "."""

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        self._names: dict[str, str] = {}
        self._values: dict[str, str] = {}
        for name, value in items:
            key = name.lower()
            if key in self._values:
                self._values[key] = f"{self._values[key]}, {value}"
            else:
                self._names[key] = name
                self._values[key] = value

    def __getitem__(self, name: str) -> str:
        return self._values[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._names.values())

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"


@dataclass(frozen=True)
class Request:
    """A request with its body decoded the way its Content-Type says.

    ``form`` holds url-encoded or multipart text fields; ``json`` the decoded JSON body
    (numbers with a fraction as Decimal) when ``json_ok``; ``files`` the multipart uploads.
    """

    method: str
    path: str
    query: Mapping[str, str]
    headers: Headers
    body: bytes
    form: Mapping[str, str] | None = None
    json: object | None = None
    json_ok: bool = False
    files: Mapping[str, UploadedFile] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        """The media type alone, lower case: ``application/json`` for any charset."""
        return self.headers.get("Content-Type", "").partition(";")[0].strip().lower()


@dataclass(frozen=True)
class Answer:
    """What a service answers. ``processed``: the request changed the service's state (a
    fiscalized receipt), so losing this answer is the lose_answer fault."""

    status: int
    body: bytes
    content_type: str = JSON_TYPE
    processed: bool = False
    fault: str | None = None  # the on-demand fault the service applied, for the record


def json_answer(status: int, data: object, *, fault: str | None = None) -> Answer:
    return Answer(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), fault=fault)


def decode_request(
    method: str, target_path: str, query: str, headers: Headers, body: bytes
) -> Request:
    form: dict[str, str] | None = None
    files: dict[str, UploadedFile] = {}
    content_type = headers.get("Content-Type", "")
    media_type = content_type.partition(";")[0].strip().lower()
    if media_type == "application/x-www-form-urlencoded":
        form = _form(body)
    elif media_type == "multipart/form-data":
        boundary = _boundary(content_type)
        parsed = None if boundary is None else parse_multipart(body, boundary)
        if parsed is not None:
            form, files = parsed
    decoded, json_ok = _json(body, media_type)
    return Request(
        method=method,
        path=target_path,
        query=_first_values(parse_qsl(query, keep_blank_values=True)),
        headers=headers,
        body=body,
        form=form,
        json=decoded,
        json_ok=json_ok,
        files=files,
    )


def _form(body: bytes) -> dict[str, str] | None:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return _first_values(parse_qsl(text, keep_blank_values=True))


def _first_values(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    values: dict[str, str] = {}
    for name, value in pairs:
        values.setdefault(name, value)
    return values


def _boundary(content_type: str) -> str | None:
    message = Message()
    message["Content-Type"] = content_type
    boundary = message.get_param("boundary")
    return boundary if isinstance(boundary, str) and boundary else None


def _json(body: bytes, media_type: str) -> tuple[object | None, bool]:
    # Checker.uz reads its body as JSON whatever the Content-Type says, so a body that looks
    # like JSON is decoded too.
    if media_type != "application/json" and body.lstrip()[:1] not in (b"{", b"["):
        return None, False
    try:
        return json.loads(body, parse_float=Decimal, parse_constant=_refuse_constant), True
    except (ValueError, RecursionError):
        return None, False


def _refuse_constant(name: str) -> object:
    # NaN and Infinity are Python's extension, not JSON: a client sending them is wrong.
    raise ValueError(f"{name} is not JSON")
