"""The embedded quarantine store: one SQLite database in WAL mode, in ``quarantine.path``.

Why SQLite rather than a directory of per-message files (docs/quarantine.md): an entry is several
facts that must change together (the message, its refused recipients, their release state, the
event that says who released them), which one SQLite transaction does atomically, where files would
need a rename protocol of our own for every update; several ``--workers`` write at once safely (WAL:
one writer at a time, waiting on ``busy_timeout``, readers never blocked); ``list --rule --sender
--since`` is an indexed query rather than a scan of every file; and the PostgreSQL backend runs the
very same SQL. Nothing to install: ``sqlite3`` is in Python's standard library.

Durability: ``synchronous = FULL`` in WAL mode syncs the log at every commit, so ``put`` returns
only once the entry survives a power cut. Permissions: the directory is 0700 and the database file
is created 0600 before SQLite opens it (SQLite gives its -wal and -shm files the database file's
mode), so only the service user can read quarantined mail.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sentinelle.proxy.quarantine.sql import SqlStore
from sentinelle.proxy.quarantine.store import StoreUnavailable

DATABASE_NAME = "quarantine.sqlite3"
BUSY_TIMEOUT_SECONDS = 30.0
WAL_RETRY_SECONDS = 0.01


def _enable_wal(connection: sqlite3.Connection) -> None:
    """``PRAGMA journal_mode = WAL``, waiting for the lock it needs. On a database nobody has set to
    WAL yet (a new store), the change needs an exclusive lock and SQLite answers "database is locked"
    at once instead of calling its busy handler: two workers refusing their first messages together
    would give a 451. Retried for up to ``BUSY_TIMEOUT_SECONDS``, like any other lock."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_RETRY_SECONDS)


class SqliteStore(SqlStore):
    name = "embedded"

    def __init__(self, directory: Path, *, create: bool = True) -> None:
        super().__init__()
        self.directory = directory
        self.database = directory / DATABASE_NAME
        self.create = create

    def _prepare(self) -> None:
        """Create the directory (0700) and the database file (0600) if missing; tighten existing ones.

        ``create`` False (the operator's commands): a missing database is an error, never created,
        so that ``sudo sentinelle quarantine list`` cannot leave a root-owned file the service
        cannot write. A file root does create (``quarantine init``) is given to the directory's
        owner (systemd's StateDirectory makes it the service user's)."""
        if not self.create and not self.database.exists():
            raise StoreUnavailable(f"no quarantine store at {self.database} yet: the server creates it at the "
                                   "first refusal (or run `sentinelle quarantine init` as the service user)")
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        directory = self.directory.stat()
        if directory.st_uid == os.getuid():
            os.chmod(self.directory, 0o700)
        fd = os.open(self.database, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            status = os.fstat(fd)
            if os.geteuid() == 0 and status.st_uid == 0 and directory.st_uid != 0:
                os.fchown(fd, directory.st_uid, directory.st_gid)
            elif status.st_uid == os.getuid():
                os.fchmod(fd, 0o600)
        finally:
            os.close(fd)

    def _connect(self) -> Any:
        self._prepare()
        connection = sqlite3.connect(self.database, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                                     check_same_thread=False)
        try:
            _enable_wal(connection)
            connection.execute("PRAGMA synchronous = FULL")
            # Nothing to install or initialise on one host: the schema is created on first use.
            connection.execute("BEGIN IMMEDIATE")
            try:
                self._migrate(lambda statement, params=(): connection.execute(self._sql(statement), tuple(params)))
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        except BaseException:
            connection.close()
            raise
        return connection

    def _errors(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

    def _describe(self, error: BaseException) -> str:
        # sqlite3 messages name the failure ("unable to open database file", "database or disk is
        # full", "attempt to write a readonly database"), never data.
        if isinstance(error, sqlite3.Error | OSError):
            return f"{self.database}: {getattr(error, 'strerror', None) or error}"
        return type(error).__name__

    @contextmanager
    def _transaction(self, connection: Any, write: bool) -> Iterator[None]:
        # IMMEDIATE: take the write lock at BEGIN, so two workers never both read-then-write.
        connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
