"""The log of every request the sandbox received, so tests can assert on what the app sent."""

from __future__ import annotations

import base64
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from pos_app.sandbox.exchange import Headers, Request
from pos_app.sandbox.faults import Service
from pos_app.sandbox.multipart import UploadedFile

# A long-running `pos-app sandbox serve` keeps the newest requests only.
MAX_RECORDS = 10_000


@dataclass(frozen=True)
class RecordedRequest:
    """A request as received, and what became of it.

    ``status`` is None when no answer was sent (a dropped, hung or lost answer); ``fault``
    names the on-demand fault applied to it, if any.
    """

    service: Service | None
    method: str
    path: str
    query: Mapping[str, str]
    headers: Headers
    body: bytes
    form: Mapping[str, str] | None
    json: object | None
    status: int | None
    time: datetime
    files: Mapping[str, UploadedFile] = field(default_factory=dict)
    fault: str | None = None

    @classmethod
    def of(
        cls,
        request: Request,
        service: Service | None,
        status: int | None,
        time: datetime,
        fault: str | None,
    ) -> RecordedRequest:
        return cls(
            service=service,
            method=request.method,
            path=request.path,
            query=request.query,
            headers=request.headers,
            body=request.body,
            form=request.form,
            json=request.json if request.json_ok else None,
            status=status,
            time=time,
            files=request.files,
            fault=fault,
        )

    def as_json(self) -> dict[str, object]:
        """The record as JSON-ready data for the admin endpoint (a binary body in base64)."""
        try:
            body: dict[str, str] = {"body": self.body.decode("utf-8")}
        except UnicodeDecodeError:
            body = {"body_base64": base64.b64encode(self.body).decode("ascii")}
        return {
            "service": self.service,
            "method": self.method,
            "path": self.path,
            "query": dict(self.query),
            "headers": dict(self.headers),
            **body,
            "form": None if self.form is None else dict(self.form),
            "json": self.json,
            "files": {
                name: {
                    "filename": upload.filename,
                    "content_type": upload.content_type,
                    "size": len(upload.data),
                }
                for name, upload in self.files.items()
            },
            "status": self.status,
            "time": self.time.isoformat(),
            "fault": self.fault,
        }


class Recorder:
    """A thread-safe, bounded list of recorded requests."""

    def __init__(self) -> None:
        self._records: deque[RecordedRequest] = deque(maxlen=MAX_RECORDS)
        self._lock = threading.Lock()

    def add(self, record: RecordedRequest) -> None:
        with self._lock:
            self._records.append(record)

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
