"""Keeps secrets out of the log: every handler the app sets up carries :class:`RedactingFilter`.

The clients register each secret they are given (tokens, keys, passwords); the filter replaces
any registered value in a record's final text, whoever logged it (urllib3 logs request lines
with the query string, where inshopper's token travels).
"""

from __future__ import annotations

import logging
import threading
from urllib.parse import quote, quote_plus

MASK = "[secret]"
# Shorter values would mask ordinary words; no real token or key is this short.
MIN_SECRET_LENGTH = 6

_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(value: str) -> None:
    """From now on ``value`` never appears in a log line written through a redacting handler."""
    if len(value) >= MIN_SECRET_LENGTH:
        with _lock:
            # As it is, and as it looks inside a URL or a form body.
            _secrets.update((value, quote(value, safe=""), quote_plus(value)))


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites the record's message (and exception text) with the secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def redacting_handler(handler: logging.Handler) -> logging.Handler:
    handler.addFilter(RedactingFilter())
    return handler
