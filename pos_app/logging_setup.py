"""The app's logging: to standard error and, for the window, to a rotating file in the data
folder. Every handler masks the secrets the service clients registered (see
:mod:`pos_app.core.services.redaction`)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import TextIO

from pos_app.core.services.redaction import RedactingFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_BYTES = 2 * 1024 * 1024
LOG_FILE_COUNT = 5


def configure_logging(
    *, level: int = logging.WARNING, stream: TextIO | None = None, log_file: Path | None = None
) -> list[logging.Handler]:
    """Replace the root logger's handlers with redacting ones; returns them."""
    handlers: list[logging.Handler] = [logging.StreamHandler(stream)]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_file, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT, encoding="utf-8"
            )
        )
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(level)
    return handlers
