"""The SQL both backends run: schema, migrations and every query of ``QuarantineStore``.

A backend (``proxy.quarantine.sqlite``, ``proxy.quarantine.postgresql``) only says how to connect,
how a write transaction starts, its column types and its parameter mark. Queries are written with
``?`` and the PostgreSQL backend turns them into ``%s``. Times are stored as seconds since the
epoch (UTC), lists as JSON text, the message bytes in their own table (so that listing never reads
them).

One connection per process (opened lazily, reopened after ``fork`` and after any error), used
under a lock: the server calls the store from a few threads, rarely (only for refused mail and
maintenance).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, ClassVar

from sentinelle.proxy.quarantine.store import (
    Entry,
    EventKind,
    Filter,
    NewEntry,
    RefusedRecipient,
    ReleaseMode,
    Stats,
    StoreError,
    StoreFull,
    StoreUnavailable,
    new_id,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
Run = Callable[..., Any]  # (sql, params=()) -> cursor

# Each migration takes the schema from version N-1 to N; statements use {real}, {blob}, {serial}.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE IF NOT EXISTS quarantine_entries ("
        " id TEXT PRIMARY KEY, digest TEXT NOT NULL UNIQUE, created {real} NOT NULL,"
        " sender TEXT NOT NULL, recipients TEXT NOT NULL, decisions TEXT NOT NULL,"
        " finding_types TEXT NOT NULL, findings TEXT NOT NULL, message_id TEXT NOT NULL,"
        " instance TEXT NOT NULL, size BIGINT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS quarantine_entries_created ON quarantine_entries (created)",
        "CREATE TABLE IF NOT EXISTS quarantine_content (entry_id TEXT PRIMARY KEY, data {blob} NOT NULL)",
        "CREATE TABLE IF NOT EXISTS quarantine_recipients ("
        " entry_id TEXT NOT NULL, position INTEGER NOT NULL, recipient TEXT NOT NULL, rule TEXT NOT NULL,"
        " released {real}, released_by TEXT NOT NULL DEFAULT '', release_reason TEXT NOT NULL DEFAULT '',"
        " release_mode TEXT NOT NULL DEFAULT '', PRIMARY KEY (entry_id, recipient))",
        "CREATE TABLE IF NOT EXISTS quarantine_events ("
        " seq {serial}, time {real} NOT NULL, kind TEXT NOT NULL, entry_id TEXT NOT NULL,"
        " operator TEXT NOT NULL, detail TEXT NOT NULL, count INTEGER NOT NULL)",
        "INSERT INTO quarantine_meta (name, value) VALUES ('counted_seq', '0')",
    ),
    (
        # The bytes held, kept up to date by put and remove: checking max_bytes summed the whole table on
        # every new entry, a cost that grew with the store.
        "INSERT INTO quarantine_meta (name, value)"
        " SELECT 'stored_bytes', CAST(COALESCE(SUM(size), 0) AS TEXT) FROM quarantine_entries",
    ),
)

# One statement, so that concurrent writers serialise on the meta row (PostgreSQL row lock, SQLite's
# IMMEDIATE transaction) and the rollback of a refused put undoes its addition.
_ADD_STORED_BYTES = ("UPDATE quarantine_meta SET value = CAST(CAST(value AS BIGINT) + ? AS TEXT)"
                     " WHERE name = 'stored_bytes' RETURNING value")

_ENTRY_COLUMNS = ("id, created, sender, recipients, decisions, finding_types, findings, message_id, instance, "
                  "size")


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


def _moment(epoch: float | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(float(epoch), UTC)


def _add_stored_bytes(run: Run, delta: int) -> int:
    row = run(_ADD_STORED_BYTES, (delta,)).fetchone()
    if row is None:  # a PostgreSQL schema that an upgrade did not migrate
        raise StoreUnavailable("the quarantine schema is older than this Sentinelle: run `sentinelle quarantine init`")
    return int(row[0])


def _entry_size(run: Run, entry_id: str) -> int:
    row = run("SELECT size FROM quarantine_entries WHERE id = ?", (entry_id,)).fetchone()
    return 0 if row is None else int(row[0])


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SqlStore:
    """``QuarantineStore`` over a DB-API connection; subclasses connect."""

    placeholder = "?"
    types: ClassVar[Mapping[str, str]] = {"real": "REAL", "blob": "BLOB",
                                          "serial": "INTEGER PRIMARY KEY AUTOINCREMENT"}
    name = "sql"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None
        self._pid = 0

    # -- what a backend provides -------------------------------------------------------------------

    def _connect(self) -> Any:
        raise NotImplementedError

    def _errors(self) -> tuple[type[BaseException], ...]:
        raise NotImplementedError

    @contextmanager
    def _transaction(self, connection: Any, write: bool) -> Iterator[None]:
        raise NotImplementedError
        yield

    def _lock_schema(self, run: Run) -> None:
        """Serialise concurrent ``init`` runs (several instances starting together)."""

    def _describe(self, error: BaseException) -> str:
        return type(error).__name__

    # -- plumbing ----------------------------------------------------------------------------------

    def _current(self) -> Any:
        if self._connection is None or self._pid != os.getpid():
            self._connection = None  # a connection inherited through fork belongs to the parent
            self._connection = self._connect()
            self._pid = os.getpid()
        return self._connection

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None and self._pid == os.getpid():
            # Closing a broken connection may fail too; it is gone either way.
            with contextlib.suppress(Exception):
                connection.close()

    def _sql(self, statement: str) -> str:
        statement = statement.format(**self.types)
        return statement.replace("?", self.placeholder) if self.placeholder != "?" else statement

    @contextmanager
    def _tx(self, write: bool = False) -> Iterator[Run]:
        """A transaction under the process lock; any database or OS error becomes StoreUnavailable."""
        with self._lock:
            try:
                connection = self._current()

                def run(statement: str, params: Sequence[Any] = ()) -> Any:
                    return connection.execute(self._sql(statement), tuple(params))

                with self._transaction(connection, write):
                    yield run
            except StoreError:
                raise
            except (OSError, KeyError, *self._errors()) as error:  # type: ignore[misc]
                self._drop()
                raise StoreUnavailable(f"{self.name} quarantine store: {self._describe(error)}") from None

    # -- schema ------------------------------------------------------------------------------------

    def _migrate(self, run: Run) -> int:
        self._lock_schema(run)
        run("CREATE TABLE IF NOT EXISTS quarantine_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        row = run("SELECT value FROM quarantine_meta WHERE name = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreUnavailable(f"quarantine schema version {version} is newer than this Sentinelle "
                                   f"({SCHEMA_VERSION}); upgrade Sentinelle")
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[number - 1]:
                run(statement)
            if number == 1:
                run("INSERT INTO quarantine_meta (name, value) VALUES ('schema_version', ?)", (str(number),))
            else:
                run("UPDATE quarantine_meta SET value = ? WHERE name = 'schema_version'", (str(number),))
        return SCHEMA_VERSION

    def init(self) -> int:
        with self._tx(write=True) as run:
            return self._migrate(run)

    # -- writes ------------------------------------------------------------------------------------

    def put(self, entry: NewEntry, max_bytes: int) -> str:
        [outcome] = self.put_many((entry,), max_bytes)
        if isinstance(outcome, StoreFull):
            raise outcome
        return outcome

    def put_many(self, entries: Sequence[NewEntry], max_bytes: int) -> list[str | StoreFull]:
        digests = [entry.digest for entry in entries]  # hashed before the write lock is taken
        with self._tx(write=True) as run:
            return [self._put_one(run, entry, digest, max_bytes)
                    for entry, digest in zip(entries, digests, strict=True)]

    @staticmethod
    def _put_one(run: Run, entry: NewEntry, digest: str, max_bytes: int) -> str | StoreFull:
        size = len(entry.data)
        row = run("SELECT id FROM quarantine_entries WHERE digest = ?", (digest,)).fetchone()
        if row is not None:
            return str(row[0])
        total = _add_stored_bytes(run, size)
        if total > max_bytes:
            # Taken back at once: the other entries of the transaction are stored, this one is not.
            _add_stored_bytes(run, -size)
            return StoreFull(f"quarantine store full: {total - size} + {size} bytes > max_bytes {max_bytes}")
        entry_id = new_id()
        while run("SELECT 1 FROM quarantine_entries WHERE id = ?", (entry_id,)).fetchone() is not None:
            entry_id = new_id()
        run(f"INSERT INTO quarantine_entries ({_ENTRY_COLUMNS}, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entry_id, _epoch(entry.created), entry.sender, _json(list(entry.recipients)),
             _json([dict(d) for d in entry.decisions]), _json(list(entry.finding_types)),
             _json([dict(f) for f in entry.findings]), entry.message_id, entry.instance, size, digest))
        run("INSERT INTO quarantine_content (entry_id, data) VALUES (?, ?)", (entry_id, entry.data))
        for position, (recipient, rule) in enumerate(entry.refused):
            run("INSERT INTO quarantine_recipients (entry_id, position, recipient, rule) VALUES (?, ?, ?, ?)",
                (entry_id, position, recipient, rule))
        return entry_id

    def mark_released(self, entry_id: str, recipient: str, *, operator: str, reason: str, mode: ReleaseMode,
                      when: datetime | None = None) -> bool:
        moment = when or datetime.now(UTC)
        with self._tx(write=True) as run:
            changed = run("UPDATE quarantine_recipients SET released = ?, released_by = ?, release_reason = ?,"
                          " release_mode = ? WHERE entry_id = ? AND recipient = ? AND released IS NULL",
                          (_epoch(moment), operator, reason, mode.value, entry_id, recipient)).rowcount
            if changed != 1:
                return False
            kind = EventKind.RELEASED_ENCRYPTED if mode is ReleaseMode.ENCRYPTED else EventKind.RELEASED_PLAIN
            self._event(run, kind, entry_id, operator, recipient, 1, moment)
            return True

    def _event(self, run: Run, kind: EventKind, entry_id: str, operator: str, detail: str, count: int,
               moment: datetime | None = None) -> None:
        run("INSERT INTO quarantine_events (time, kind, entry_id, operator, detail, count) VALUES (?, ?, ?, ?, ?, ?)",
            (_epoch(moment or datetime.now(UTC)), kind.value, entry_id, operator, detail, count))

    def record_event(self, kind: EventKind, entry_id: str, *, operator: str, detail: str = "",
                     count: int = 1) -> None:
        with self._tx(write=True) as run:
            self._event(run, kind, entry_id, operator, detail, count)

    @staticmethod
    def _remove(run: Run, entry_id: str) -> int:
        _add_stored_bytes(run, -_entry_size(run, entry_id))
        run("DELETE FROM quarantine_content WHERE entry_id = ?", (entry_id,))
        run("DELETE FROM quarantine_recipients WHERE entry_id = ?", (entry_id,))
        return int(run("DELETE FROM quarantine_entries WHERE id = ?", (entry_id,)).rowcount)

    def delete(self, entry_id: str, *, operator: str, reason: str) -> bool:
        with self._tx(write=True) as run:
            if self._remove(run, entry_id) != 1:
                return False
            self._event(run, EventKind.DELETED, entry_id, operator, reason, 1)
            return True

    def purge(self, before: datetime, *, operator: str) -> int:
        cutoff = _epoch(before)
        with self._tx(write=True) as run:
            ids = [str(r[0]) for r in run("SELECT id FROM quarantine_entries WHERE created < ?", (cutoff,)).fetchall()]
            for entry_id in ids:
                self._remove(run, entry_id)
            counted = run("SELECT value FROM quarantine_meta WHERE name = 'counted_seq'").fetchone()
            # Events are the store's own record of the team's actions: kept as long as the entries.
            run("DELETE FROM quarantine_events WHERE time < ? AND seq <= ?",
                (cutoff, int(counted[0]) if counted else 0))
            if ids:
                self._event(run, EventKind.PURGED, "", operator, f"created before {before.isoformat()}", len(ids))
            return len(ids)

    def take_events(self) -> dict[str, int]:
        with self._tx(write=True) as run:
            row = run("SELECT value FROM quarantine_meta WHERE name = 'counted_seq'").fetchone()
            last = int(row[0]) if row else 0
            rows = run("SELECT seq, kind, count FROM quarantine_events WHERE seq > ? ORDER BY seq", (last,)).fetchall()
            if not rows:
                return {}
            newest = int(rows[-1][0])
            taken = run("UPDATE quarantine_meta SET value = ? WHERE name = 'counted_seq' AND value = ?",
                        (str(newest), str(last))).rowcount
            if taken != 1:  # another process counted them first
                return {}
            counts: dict[str, int] = {}
            for _, kind, count in rows:
                counts[str(kind)] = counts.get(str(kind), 0) + int(count)
            return counts

    # -- reads -------------------------------------------------------------------------------------

    @staticmethod
    def _where(where: Filter, entry_id: str = "") -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if entry_id:
            clauses.append("e.id = ?")
            params.append(entry_id)
        if where.since is not None:
            clauses.append("e.created >= ?")
            params.append(_epoch(where.since))
        if where.sender:
            clauses.append("lower(e.sender) = lower(?)")
            params.append(where.sender)
        if where.rule:
            clauses.append("EXISTS (SELECT 1 FROM quarantine_recipients r WHERE r.entry_id = e.id AND r.rule = ?)")
            params.append(where.rule)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _entries(self, where: Filter, entry_id: str = "") -> list[Entry]:
        condition, params = self._where(where, entry_id)
        with self._tx() as run:
            rows = run(f"SELECT {_ENTRY_COLUMNS} FROM quarantine_entries e{condition} ORDER BY e.created, e.id",
                       params).fetchall()
            refused: dict[str, list[RefusedRecipient]] = {}
            for row in run("SELECT r.entry_id, r.recipient, r.rule, r.released, r.released_by, r.release_reason,"
                           " r.release_mode FROM quarantine_recipients r JOIN quarantine_entries e"
                           f" ON e.id = r.entry_id{condition} ORDER BY r.entry_id, r.position", params).fetchall():
                refused.setdefault(str(row[0]), []).append(RefusedRecipient(
                    str(row[1]), str(row[2]), _moment(row[3]), str(row[4]), str(row[5]), str(row[6])))
        entries = []
        for row in rows:
            created = _moment(row[1])
            assert created is not None
            entries.append(Entry(
                id=str(row[0]), created=created, sender=str(row[2]), recipients=tuple(json.loads(row[3])),
                decisions=tuple(json.loads(row[4])), refused=tuple(refused.get(str(row[0]), ())),
                finding_types=tuple(json.loads(row[5])), findings=tuple(json.loads(row[6])),
                message_id=str(row[7]), instance=str(row[8]), size=int(row[9])))
        return entries

    def list(self, where: Filter | None = None) -> list[Entry]:
        return self._entries(where or Filter())

    def get(self, entry_id: str) -> Entry | None:
        found = self._entries(Filter(), entry_id)
        return found[0] if found else None

    def content(self, entry_id: str) -> bytes | None:
        with self._tx() as run:
            row = run("SELECT data FROM quarantine_content WHERE entry_id = ?", (entry_id,)).fetchone()
        return None if row is None else bytes(row[0])

    def stats(self) -> Stats:
        with self._tx() as run:
            count, total, oldest = run("SELECT COUNT(*), COALESCE(SUM(size), 0), MIN(created)"
                                       " FROM quarantine_entries").fetchone()
        return Stats(int(count), int(total), _moment(oldest))

    def close(self) -> None:
        with self._lock:
            self._drop()
