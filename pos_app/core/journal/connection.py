"""The journal's SQLite file: opening it, and the transactions every other module runs in.

SQLite in WAL mode with ``synchronous=FULL``: each change is one transaction, on disk when the
method returns, so a receipt survives a crash or a power cut from the moment ``add`` returns.

Concurrency rule: one writer connection and one reader connection per thread.

- Every write goes through :meth:`Store.write` on the single writer connection, under a lock:
  writes from the outbox thread and from the UI thread (a person's decision) take turns, each
  a short IMMEDIATE transaction.
- Every read goes through :meth:`Store.read` on the calling thread's own reader connection
  (created on its first read, ``query_only``). WAL lets readers see the last commit while a
  write is going on and lets a writer commit while a reader is still reading, so a year's
  report on a worker thread never holds up the outbox's writes or the Pay key, and a write
  never holds up the window's lists.
- Another process (``pos-app journal`` while the window is open) may use the same file: WAL
  lets it read; writers wait their turn up to ``lock_timeout`` seconds.

SQLite's own failures (busy, disk full, damaged, read-only, cannot open) become the journal's
errors in one place, :func:`_translating`, around opening, every read and every write.
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

from pos_app.core.journal.errors import translated, translated_os
from pos_app.core.journal.rows import stamp
from pos_app.core.journal.schema import migrate

logger = logging.getLogger(__name__)

# ASSUMED: ten seconds is long enough for another pos-app's transaction (milliseconds each)
# and short enough for a cashier to be told something.
LOCK_TIMEOUT = 10.0


class Store:
    """The open journal file and its clock; :meth:`write` and :meth:`read` are transactions."""

    def __init__(
        self,
        writer: sqlite3.Connection,
        path: Path,
        clock: Callable[[], datetime],
        lock_timeout: float,
    ) -> None:
        self.conn = writer
        self.path = path
        self.clock = clock
        self._lock_timeout = lock_timeout
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()

    @classmethod
    def open(
        cls, path: Path, clock: Callable[[], datetime], lock_timeout: float = LOCK_TIMEOUT
    ) -> Store:
        try:
            if not path.exists():
                # Created private before SQLite touches it; SQLite gives its -wal and -shm
                # files the same permissions.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as error:
            raise translated_os(error, path) from error
        with _translating(path, lock_timeout):
            writer = _connect(path, lock_timeout)
        store = cls(writer, path, clock, lock_timeout)
        try:
            with _translating(path, lock_timeout):
                writer.execute("PRAGMA journal_mode = WAL")
                # FULL: in WAL mode NORMAL may lose the last commits on a power cut; a receipt
                # marked SENDING must still say so after one.
                writer.execute("PRAGMA synchronous = FULL")
                writer.execute("PRAGMA foreign_keys = ON")
                migrate(writer)
        except BaseException:
            store.close()
            raise
        logger.info("Journal open: %s", path)
        return store

    def now(self) -> str:
        """The clock's current time as the journal stores it."""
        return stamp(self.clock())

    def close(self) -> None:
        with self._write_lock, self._readers_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()
            self.conn.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; IMMEDIATE takes the write lock first, so the state read
        inside cannot change before it is written."""
        with self._write_lock, _translating(self.path, self._lock_timeout):
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (disk full) leaves the transaction open: end it, unsaved.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """Several reads seeing one moment of the journal, on this thread's own connection."""
        with _translating(self.path, self._lock_timeout):
            conn = self._reader()
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def _reader(self) -> sqlite3.Connection:
        reader: sqlite3.Connection | None = getattr(self._local, "reader", None)
        if reader is None:
            reader = _connect(self.path, self._lock_timeout)
            # A reader must never write: every change goes through the writer's lock.
            reader.execute("PRAGMA query_only = ON")
            with self._readers_lock:
                self._readers.append(reader)
            self._local.reader = reader
        return reader


@contextmanager
def _translating(path: Path, lock_timeout: float) -> Iterator[None]:
    """SQLite's failure as the journal's own error, naming the file and what to do: the one
    place this happens, around opening, every read and every write."""
    try:
        yield
    except sqlite3.Error as error:
        logger.warning("Journal %s: %s", path, error)
        raise translated(error, path, lock_timeout) from error


def _connect(path: Path, lock_timeout: float) -> sqlite3.Connection:
    # isolation_level=None: transactions are begun and ended here, explicitly.
    # check_same_thread=False: the writer is shared under a lock, and close() ends every
    # thread's reader from the thread that closes the journal; a reader is otherwise used
    # only by the thread that made it.
    connection = sqlite3.connect(
        path, timeout=lock_timeout, isolation_level=None, check_same_thread=False
    )
    connection.row_factory = sqlite3.Row
    return connection
