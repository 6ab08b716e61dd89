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

from pos_app.core.journal import document_ids, identity
from pos_app.core.journal.errors import (
    JournalDamagedError,
    JournalReadOnlyError,
    JournalUnavailableError,
    translated,
    translated_os,
)
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
        read_only_uri: str | None = None,
    ) -> None:
        self.conn = writer
        self.path = path
        self.clock = clock
        self._lock_timeout = lock_timeout
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._read_only_uri = read_only_uri
        self.identity: identity.Identity | None = None
        # Set once a read, a write or a check finds the file damaged: no new receipt goes in.
        self.damage: JournalDamagedError | None = None

    @classmethod
    def open(
        cls,
        path: Path,
        clock: Callable[[], datetime],
        lock_timeout: float = LOCK_TIMEOUT,
        *,
        adopt: bool = False,
    ) -> Store:
        """Open the file, checked against the identity kept beside it (unless ``adopt``: a
        person accepts the file as it is); read-only when only writing is refused."""
        kept = None if adopt else identity.load(path)
        there = identity.present(path)
        if kept is not None and not there:
            # Checked before SQLite would make a fresh journal of a missing or empty file.
            identity.check(path, kept, None, there=False)
        try:
            if not path.exists():
                # Created private before SQLite touches it; SQLite gives its -wal and -shm
                # files the same permissions.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as error:
            raise translated_os(error, path) from error
        writer, read_only_uri = _open_writer(path, lock_timeout)
        store = cls(writer, path, clock, lock_timeout, read_only_uri)
        try:
            with _translating(path, lock_timeout):
                if kept is not None:
                    identity.check(path, kept, identity.of_journal(writer), there=there)
                if read_only_uri is None:
                    writer.execute("PRAGMA journal_mode = WAL")
                    # FULL: in WAL mode NORMAL may lose the last commits on a power cut; a
                    # receipt marked SENDING must still say so after one.
                    writer.execute("PRAGMA synchronous = FULL")
                writer.execute("PRAGMA foreign_keys = ON")
                migrate(writer)
                found = identity.of_journal(writer)
        except BaseException:
            store.close()
            raise
        store.identity = kept
        if adopt and read_only_uri is None and found is not None:
            found = store.adopted(found)
        if read_only_uri is None:
            document_ids.reserve(path)
        if kept is None and found is not None and read_only_uri is None:
            # None kept yet (a first start, an upgrade, a person adopting the file): this one
            # is now the journal kept. Once kept, only new receipts move it (saw_receipt): a
            # damaged file's figures never overwrite it.
            store.identity = found
            identity.save(path, found)
        logger.info("Journal open%s: %s", " (read-only)" if read_only_uri else "", path)
        return store

    def adopted(self, found: identity.Identity) -> identity.Identity:
        """A person accepted this file as the journal: numbers the journal kept before gave
        are still never given again (a floor), and its document ids are set aside."""
        previous = identity.load(self.path)
        document_ids.set_aside(self.path, f"before-adopt-{self.clock():%Y%m%d-%H%M%S}")
        if previous is None or previous.last_receipt <= found.last_receipt:
            return found
        with self.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO journal_meta VALUES (?, ?)",
                (identity.RECEIPT_FLOOR, previous.last_receipt + 1),
            )
        return identity.Identity(found.journal_id, previous.last_receipt)

    @property
    def read_only(self) -> bool:
        """Opened for reading only: the file or its folder refuses writing."""
        return self._read_only_uri is not None

    def saw_receipt(self, receipt_id: int) -> None:
        """Keep the new highest receipt number in the identity beside the journal."""
        if self.identity is not None and receipt_id > self.identity.last_receipt:
            self.identity = identity.Identity(self.identity.journal_id, receipt_id)
            identity.save(self.path, self.identity)

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
        with self._write_lock, self._translating():
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
        with self._translating():
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
            reader = _connect(self._read_only_uri or self.path, self._lock_timeout)
            # A reader must never write: every change goes through the writer's lock.
            reader.execute("PRAGMA query_only = ON")
            with self._readers_lock:
                self._readers.append(reader)
            self._local.reader = reader
        return reader

    @contextmanager
    def _translating(self) -> Iterator[None]:
        try:
            with _translating(self.path, self._lock_timeout):
                yield
        except JournalDamagedError as error:
            self.damage = error
            raise


def _open_writer(path: Path, lock_timeout: float) -> tuple[sqlite3.Connection, str | None]:
    """The writer connection, and the read-only URI it was opened with when the file or its
    folder refuses writing (a WAL journal cannot even be opened then: SQLite needs to create its
    -shm file beside it). Reading goes on; every write then fails as read-only."""
    try:
        with _translating(path, lock_timeout):
            connection = _connect(path, lock_timeout)
            try:
                # SQLite opens lazily: the first read is where a refusal shows.
                connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            except BaseException:
                connection.close()
                raise
            return connection, None
    except (JournalReadOnlyError, JournalUnavailableError) as refused:
        if not path.is_file():
            raise
        # mode=ro reads the -wal file too when SQLite may use it; immutable=1 when even that is
        # refused (no -shm can be made): nothing else can be writing this file then either.
        for uri in (f"{path.as_uri()}?mode=ro", f"{path.as_uri()}?mode=ro&immutable=1"):
            connection = _connect(uri, lock_timeout)
            try:
                connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            except sqlite3.Error:
                connection.close()
                continue
            logger.warning("Journal %s cannot be written (%s); opened for reading", path, refused)
            return connection, uri
        raise


@contextmanager
def _translating(path: Path, lock_timeout: float) -> Iterator[None]:
    """SQLite's failure as the journal's own error, naming the file and what to do: the one
    place this happens, around opening, every read and every write."""
    try:
        yield
    except sqlite3.Error as error:
        logger.warning("Journal %s: %s", path, error)
        raise translated(error, path, lock_timeout) from error


def _connect(path: Path | str, lock_timeout: float) -> sqlite3.Connection:
    # isolation_level=None: transactions are begun and ended here, explicitly.
    # check_same_thread=False: the writer is shared under a lock, and close() ends every
    # thread's reader from the thread that closes the journal; a reader is otherwise used
    # only by the thread that made it.
    connection = sqlite3.connect(
        path,
        timeout=lock_timeout,
        isolation_level=None,
        check_same_thread=False,
        uri=isinstance(path, str),
    )
    connection.row_factory = sqlite3.Row
    return connection
