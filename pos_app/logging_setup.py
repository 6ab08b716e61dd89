"""The app's logging: to standard error and, for the window, to a rotating file in the data
folder. Every handler masks the secrets the service clients registered (see
:mod:`pos_app.core.services.redaction`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TextIO

from pos_app.core.services.redaction import RedactingFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_BYTES = 2 * 1024 * 1024
LOG_FILE_COUNT = 5

logger = logging.getLogger(__name__)


def configure_logging(
    *,
    level: int = logging.WARNING,
    stream: TextIO | None = None,
    log_file: Path | None = None,
    open_file_later: bool = False,
) -> list[logging.Handler]:
    """Replace the root logger's handlers with redacting ones; returns them. With
    ``open_file_later`` the log file keeps its records until its :meth:`LogFile.open`."""
    handlers: list[logging.Handler] = [logging.StreamHandler(stream)]
    file = None
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file = LogFile(log_file)
        handlers.append(file)
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(level)
    if file is not None and not open_file_later:
        file.open()
    return handlers


class LogFile(logging.Handler):
    """The rotating log file. Until :meth:`open` its records wait in memory (none is lost), so
    the window can be painted before ``logging.handlers``, with the ``socket`` and ``pickle``
    it imports (some 7 ms), is loaded. Closing opens it first."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None
        self._waiting: list[logging.LogRecord] | None = []

    def open(self) -> None:
        """Open the file and write the records that waited; a file that cannot be opened is
        said on standard error, and the log goes on there alone."""
        waiting, self._waiting = self._waiting, None
        if waiting is None:
            return
        import logging.handlers  # noqa: PLC0415 - see the class

        try:
            file = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT, encoding="utf-8"
            )
        except OSError as error:
            logger.warning("No log file: %s cannot be opened (%s)", self.path, error)
            return
        file.setFormatter(self.formatter)
        self._file = file
        for record in waiting:
            file.emit(record)

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is not None:
            self._file.emit(record)
        elif self._waiting is not None:
            self._waiting.append(record)

    def close(self) -> None:
        self.acquire()
        try:
            self.open()
            if self._file is not None:
                self._file.close()
        finally:
            self.release()
        super().close()
