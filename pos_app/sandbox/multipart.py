"""A small multipart/form-data reader for photo uploads (the stdlib's cgi module is gone)."""

from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesHeaderParser

_SEPARATOR = b"\r\n\r\n"


@dataclass(frozen=True)
class UploadedFile:
    """One uploaded file of a multipart body."""

    filename: str
    content_type: str
    data: bytes


def parse_multipart(  # noqa: PLR0911 - each malformation ends it
    body: bytes, boundary: str
) -> tuple[dict[str, str], dict[str, UploadedFile]] | None:
    """The text fields and the files of a multipart body, or None when it is malformed.

    A part with a file name is a file; any other part is a text field (UTF-8).
    """
    delimiter = b"--" + boundary.encode("latin-1")
    if not body.startswith(delimiter):
        return None
    # Every part after the first starts on a new line; the last delimiter ends with "--".
    chunks = body[len(delimiter) :].split(b"\r\n" + delimiter)
    if not chunks[-1].startswith(b"--"):
        return None
    form: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    for chunk in chunks[:-1]:
        if not chunk.startswith(b"\r\n"):
            return None
        head, separator, data = chunk[2:].partition(_SEPARATOR)
        if not separator:
            return None
        headers = BytesHeaderParser().parsebytes(head + _SEPARATOR)
        name = headers.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            return None
        filename = headers.get_filename()
        if filename is not None:
            files.setdefault(name, UploadedFile(filename, headers.get_content_type(), data))
            continue
        try:
            form.setdefault(name, data.decode("utf-8"))
        except UnicodeDecodeError:
            return None
    return form, files
