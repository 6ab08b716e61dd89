"""The journal's SQLite file: opening it, and the transactions every other module runs in.

SQLite in WAL mode with ``synchronous=FULL``: each change is one transaction, on disk when the
method returns, so a receipt survives a crash or a power cut from the moment ``add`` returns.

Thread-safety: one connection shared by all threads, every transaction holding one lock. The
workflow writes from a worker thread while the window reads; each call takes milliseconds, so
a lock is simpler than a connection per thread and just as fast. Another process
(``pos-app journal`` while the window is open) may use the same file: WAL lets it read, and
writers wait their turn.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal.errors import JournalError
from pos_app.core.journal.rows import stamp
from pos_app.core.journal.schema import migrate

logger = logging.getLogger(__name__)


class Store:
    """The open journal file and its clock; :meth:`write` and :meth:`read` are transactions."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, clock: Callable[[], datetime]
    ) -> None:
        self.conn = connection
        self.path = path
        self.clock = clock
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path, clock: Callable[[], datetime]) -> Store:
        if not path.exists():
            # Created private before SQLite touches it; SQLite gives its -wal and -shm files
            # the same permissions.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        # isolation_level=None: transactions are begun and ended here, explicitly.
        connection = sqlite3.connect(
            path, timeout=10.0, isolation_level=None, check_same_thread=False
        )
        connection.row_factory = sqlite3.Row
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            # FULL: in WAL mode NORMAL may lose the last commits on a power cut; a receipt
            # marked SENDING must still say so after one.
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            migrate(connection)
        except sqlite3.DatabaseError as error:
            connection.close()
            raise JournalError(
                _N("journal", "The journal {path} cannot be opened: {problem}."),
                path=path,
                problem=error,
            ) from error
        except BaseException:
            connection.close()
            raise
        logger.info("Journal open: %s", path)
        return cls(connection, path, clock)

    def now(self) -> str:
        """The clock's current time as the journal stores it."""
        return stamp(self.clock())

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; IMMEDIATE takes the write lock first, so the state read
        inside cannot change before it is written."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """Several reads seeing one moment of the journal."""
        with self._lock:
            self.conn.execute("BEGIN")
            try:
                yield self.conn
            finally:
                self.conn.execute("COMMIT")
