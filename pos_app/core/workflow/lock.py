"""One sender at a time: the pos-app process holding this lock is the only one that sends
receipts and declares interrupted sends as needing attention.

A second process (the command line while the window is open) still writes receipts to the
journal; the holder's outbox sends them. A command that finds the lock taken waits for it a
while (:meth:`SenderLock.acquire`), so a receipt is never left behind by two commands at once.
The operating system releases the lock when its holder dies, even by SIGKILL, so a crash never
leaves the shop unable to send.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Self

from filelock import FileLock, Timeout

from pos_app.core import paths

LOCK_FILE = "sender.lock"
# How often a process waiting for the lock tries it.
POLL_INTERVAL = 0.05


class SenderLock:
    def __init__(self, path: Path | None = None) -> None:
        self._lock = FileLock(path if path is not None else paths.data_dir() / LOCK_FILE)

    def try_acquire(self) -> bool:
        """True when this process is now the sender; False when another one is."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    def acquire(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds to become the sender; False when another one still
        is."""
        try:
            self._lock.acquire(timeout=timeout, poll_interval=POLL_INTERVAL)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
