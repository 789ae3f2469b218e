"""The quarantine store contract, run against both backends: the embedded SQLite store in a temporary
directory and a real throwaway PostgreSQL cluster (tests/postgres_support.py).

Idempotent and durable ``put``, listing without content, filters, release state, deletion, retention
purge, events handed out once across processes, ``max_bytes``, two processes writing at once, the
embedded store's file modes, and the failures that become a 451 (unwritable directory, database
down, schema missing). All data is synthetic.
"""

from __future__ import annotations

import multiprocessing
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from postgres_support import Cluster, make_certificates, start_cluster

from sentinelle.proxy.policy.quarantine import Backend, QuarantineSettings, TlsMode
from sentinelle.proxy.quarantine.postgresql import PostgresStore
from sentinelle.proxy.quarantine.sql import SCHEMA_VERSION, SqlStore
from sentinelle.proxy.quarantine.sqlite import SqliteStore
from sentinelle.proxy.quarantine.store import (
    Filter,
    NewEntry,
    QuarantineStore,
    ReleaseMode,
    StoreFull,
    StoreUnavailable,
)

SENDER = "dre.gagnon@ssss.gouv.qc.ca"
BIG = 10**12


def entry(tag: str, *, sender: str = SENDER, rule: str = "no_key", created: datetime | None = None,
          body: bytes = b"CONTENTSECRET") -> NewEntry:
    refused = f"{tag}@clinique.example" if rule != "webmail" else f"{tag}@gmail.com"
    data = f"Message-ID: <{tag}@ssss.gouv.qc.ca>\r\nSubject: SUJETSECRET\r\n\r\n".encode() + body + b"\r\n"
    return NewEntry(sender=sender, recipients=(refused, "collegue@ssss.gouv.qc.ca"),
                    decisions=({"recipient": refused, "action": "reject", "rule": rule},
                               {"recipient": "collegue@ssss.gouv.qc.ca", "action": "deliver", "rule": "internal"}),
                    refused=((refused, rule),), finding_types=("ramq_nam",),
                    findings=({"type": "ramq_nam", "location": "body", "confidence": 0.99, "excerpt": "FICE ****"},),
                    message_id=f"<{tag}@ssss.gouv.qc.ca>", instance="sentinelle-a", data=data,
                    **({"created": created} if created else {}))


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    running = start_cluster()
    yield running
    running.destroy()


def pg_settings(cluster: Cluster, database: str) -> QuarantineSettings:
    return QuarantineSettings(backend=Backend.POSTGRESQL, dsn=cluster.dsn(database), tls=TlsMode.DISABLE)


_databases = iter(range(1000))


@pytest.fixture(params=["embedded", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[QuarantineStore]:
    made: QuarantineStore
    if request.param == "embedded":
        made = SqliteStore(tmp_path / "quarantine")
    else:
        cluster: Cluster = request.getfixturevalue("cluster")
        name = f"store{next(_databases)}"
        cluster.create_database(name)
        made = PostgresStore(pg_settings(cluster, name))
        assert made.init() == SCHEMA_VERSION
    yield made
    made.close()


def test_put_is_durable_idempotent_and_lists_without_content(store: QuarantineStore) -> None:
    first = entry("a")
    entry_id = store.put(first, BIG)
    assert store.put(first, BIG) == entry_id  # an upstream retry: same ID, no second entry
    [listed] = store.list()
    assert listed.id == entry_id and listed.sender == SENDER and listed.held == ("a@clinique.example",)
    assert listed.rules == ("no_key",) and listed.finding_types == ("ramq_nam",)
    assert "SECRET" not in repr(listed) and "SECRET" not in repr(listed.details())
    assert listed.details()["findings"] == [{"type": "ramq_nam", "location": "body", "confidence": 0.99,
                                             "excerpt": "FICE ****"}]
    assert store.content(entry_id) == first.data
    assert store.get("0000-0000-0000") is None and store.content("0000-0000-0000") is None
    stats = store.stats()
    assert (stats.entries, stats.bytes) == (1, len(first.data))


def test_filters_by_date_rule_and_sender(store: QuarantineStore) -> None:
    old = datetime.now(UTC) - timedelta(days=3)
    store.put(entry("old", created=old), BIG)
    store.put(entry("web", rule="webmail"), BIG)
    store.put(entry("other", sender="dr.autre@ssss.gouv.qc.ca"), BIG)
    assert {e.message_id for e in store.list(Filter(rule="webmail"))} == {"<web@ssss.gouv.qc.ca>"}
    assert {e.message_id for e in store.list(Filter(sender="DR.AUTRE@ssss.gouv.qc.ca"))} == \
        {"<other@ssss.gouv.qc.ca>"}
    recent = store.list(Filter(since=datetime.now(UTC) - timedelta(days=1)))
    assert {e.message_id for e in recent} == {"<web@ssss.gouv.qc.ca>", "<other@ssss.gouv.qc.ca>"}
    assert store.list()[0].message_id == "<old@ssss.gouv.qc.ca>"  # oldest first


def test_release_is_recorded_once_and_counted_once(store: QuarantineStore) -> None:
    entry_id = store.put(entry("rel"), BIG)
    assert store.mark_released(entry_id, "rel@clinique.example", operator="secops", reason="key received",
                               mode=ReleaseMode.ENCRYPTED)
    assert not store.mark_released(entry_id, "rel@clinique.example", operator="secops", reason="again",
                                   mode=ReleaseMode.PLAIN)
    got = store.get(entry_id)
    assert got is not None and got.held == ()
    [refused] = got.refused
    assert (refused.released_by, refused.release_reason, refused.release_mode) == ("secops", "key received",
                                                                                   "encrypted")
    assert store.take_events() == {"released_encrypted": 1}
    assert store.take_events() == {}  # handed out once


def test_delete_and_purge_by_retention(store: QuarantineStore) -> None:
    now = datetime.now(UTC)
    old = store.put(entry("old", created=now - timedelta(days=31)), BIG)
    young = store.put(entry("young", created=now - timedelta(days=29)), BIG)
    doomed = store.put(entry("doomed"), BIG)
    assert store.delete(doomed, operator="secops", reason="sent by mistake")
    assert not store.delete(doomed, operator="secops", reason="twice")
    assert store.purge(now - timedelta(days=30), operator="sentinelle") == 1
    assert [e.id for e in store.list()] == [young]
    assert store.get(old) is None and store.content(old) is None
    assert store.take_events() == {"deleted": 1, "purged": 1}


def test_max_bytes_refuses_a_new_entry_but_not_a_retry(store: QuarantineStore) -> None:
    first = entry("one", body=b"x" * 100)
    store.put(first, 200)
    with pytest.raises(StoreFull):
        store.put(entry("two", body=b"y" * 100), 200)
    assert store.put(first, 200)  # already stored: the retry still gets its ID


def test_put_many_stores_a_batch_in_one_transaction_with_an_outcome_per_entry(store: QuarantineStore) -> None:
    retried = store.put(entry("retried", body=b"r" * 100), 1000)
    batch = [entry("one", body=b"1" * 100), entry("big", body=b"b" * 600), entry("retried", body=b"r" * 100),
             entry("two", body=b"2" * 100), entry("one", body=b"1" * 100)]
    outcomes = store.put_many(batch, 700)
    assert isinstance(outcomes[1], StoreFull)  # only the entry that does not fit is refused
    assert outcomes[2] == retried  # an entry stored before keeps its ID
    assert isinstance(outcomes[0], str) and outcomes[4] == outcomes[0]  # twice in one batch: one entry
    assert isinstance(outcomes[3], str) and len({outcomes[0], outcomes[3], retried}) == 3
    for index in (0, 2, 3):
        assert store.content(str(outcomes[index])) == batch[index].data
    assert {e.message_id for e in store.list()} == {"<retried@ssss.gouv.qc.ca>", "<one@ssss.gouv.qc.ca>",
                                                    "<two@ssss.gouv.qc.ca>"}
    total, summed = _stored_bytes(store)
    assert total == summed == store.stats().bytes  # the refused entry's bytes were taken back
    assert store.put_many([], 700) == []


def test_put_many_on_a_store_that_fails_stores_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the store's directory should be\n")
    with pytest.raises(StoreUnavailable):
        SqliteStore(blocker / "quarantine").put_many([entry("a"), entry("b")], BIG)


def _stored_bytes(store: QuarantineStore) -> tuple[int, int]:
    """The running total the store keeps, and the sum of its entries' sizes."""
    assert isinstance(store, SqlStore)
    with store._tx() as run:
        kept = int(run("SELECT value FROM quarantine_meta WHERE name = 'stored_bytes'").fetchone()[0])
        summed = int(run("SELECT COALESCE(SUM(size), 0) FROM quarantine_entries").fetchone()[0])
    return kept, summed


def test_the_bytes_held_are_kept_without_summing_the_store(store: QuarantineStore) -> None:
    now = datetime.now(UTC)
    store.put(entry("old", body=b"o" * 50, created=now - timedelta(days=40)), BIG)
    doomed = store.put(entry("doomed", body=b"d" * 70), BIG)
    kept = store.put(entry("kept", body=b"k" * 90), BIG)
    store.put(entry("kept", body=b"k" * 90), BIG)  # a retry adds nothing
    with pytest.raises(StoreFull):
        store.put(entry("refused", body=b"r" * 10_000), 10_000)  # rolled back, the addition with it
    assert store.delete(doomed, operator="secops", reason="sent by mistake")
    assert store.purge(now - timedelta(days=30), operator="sentinelle") == 1
    total, summed = _stored_bytes(store)
    assert total == summed == store.stats().bytes == len(entry("kept", body=b"k" * 90).data)
    assert [e.id for e in store.list()] == [kept]


def test_a_version_1_store_gets_its_total_from_its_entries(tmp_path: Path) -> None:
    old = SqliteStore(tmp_path / "quarantine")
    old.put(entry("a", body=b"a" * 30), BIG)
    old.put(entry("b", body=b"b" * 40), BIG)
    with old._tx(write=True) as run:  # as Sentinelle before the running total left it
        run("DELETE FROM quarantine_meta WHERE name = 'stored_bytes'")
        run("UPDATE quarantine_meta SET value = '1' WHERE name = 'schema_version'")
    old.close()
    upgraded = SqliteStore(tmp_path / "quarantine")
    assert upgraded.init() == SCHEMA_VERSION
    total, summed = _stored_bytes(upgraded)
    assert total == summed > 70
    with pytest.raises(StoreFull):
        upgraded.put(entry("c", body=b"c" * 30), total + 10)
    upgraded.close()


def test_a_postgresql_schema_not_migrated_after_an_upgrade_is_unavailable(cluster: Cluster) -> None:
    cluster.create_database("stale")
    store = PostgresStore(pg_settings(cluster, "stale"))
    store.init()
    with store._tx(write=True) as run:  # version 1, as left before `sentinelle quarantine init` is rerun
        run("DELETE FROM quarantine_meta WHERE name = 'stored_bytes'")
    with pytest.raises(StoreUnavailable, match="quarantine init"):
        store.put(entry("late"), BIG)
    assert store.list() == []
    store.close()


def _put_many(kind: str, where: str, worker: int, count: int) -> None:
    store: QuarantineStore = (SqliteStore(Path(where)) if kind == "embedded" else
                              PostgresStore(QuarantineSettings(backend=Backend.POSTGRESQL, dsn=where,
                                                               tls=TlsMode.DISABLE)))
    for index in range(count):
        store.put(entry(f"w{worker}-{index}"), BIG)
    store.close()


def test_two_processes_storing_at_once_lose_nothing(store: QuarantineStore) -> None:
    where = str(store.directory) if isinstance(store, SqliteStore) else store.settings.dsn  # type: ignore[attr-defined]
    kind = "embedded" if isinstance(store, SqliteStore) else "postgresql"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_put_many, args=(kind, where, worker, 40)) for worker in range(2)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(120)
        assert process.exitcode == 0
    listed = store.list()
    assert len(listed) == 80 and len({e.id for e in listed}) == 80
    assert {e.message_id for e in listed} == {f"<w{w}-{i}@ssss.gouv.qc.ca>" for w in range(2) for i in range(40)}
    for found in listed[:5]:
        assert store.content(found.id) == entry(found.message_id[1:].split("@")[0]).data
    total, summed = _stored_bytes(store)
    assert total == summed  # concurrent writers serialise on the running total


def _open_store(where: str, results: Any) -> None:
    try:
        store = SqliteStore(Path(where))
        store.stats()
        store.close()
        results.put("ok")
    except Exception as error:  # reported to the test, which names it
        results.put(f"{type(error).__name__}: {error}")


def test_workers_opening_a_new_embedded_store_together_all_get_it(tmp_path: Path) -> None:
    # Setting a new database to WAL takes a lock SQLite does not wait for: without retrying, one of
    # several workers refusing their first messages at the same moment got "database is locked" (451).
    context = multiprocessing.get_context("fork")
    for trial in range(25):
        results = context.Queue()
        openers = [context.Process(target=_open_store, args=(str(tmp_path / f"q{trial}"), results))
                   for _ in range(3)]
        for process in openers:
            process.start()
        for process in openers:
            process.join(60)
        assert [results.get(timeout=5) for _ in openers] == ["ok"] * 3


def test_embedded_files_are_for_the_service_user_alone(tmp_path: Path) -> None:
    directory = tmp_path / "state" / "quarantine"
    store = SqliteStore(directory)
    store.put(entry("perm"), BIG)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    files = list(directory.iterdir())
    assert {f.name for f in files} >= {"quarantine.sqlite3", "quarantine.sqlite3-wal"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    store.close()


def test_an_unwritable_embedded_store_is_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the store's directory should be\n")
    store = SqliteStore(blocker / "quarantine")
    with pytest.raises(StoreUnavailable) as raised:
        store.put(entry("lost"), BIG)
    assert "SECRET" not in str(raised.value)


def test_postgresql_down_or_without_schema_is_unavailable(cluster: Cluster) -> None:
    cluster.create_database("noschema")
    store = PostgresStore(pg_settings(cluster, "noschema"))
    with pytest.raises(StoreUnavailable, match="quarantine init"):
        store.put(entry("early"), BIG)
    assert store.init() == SCHEMA_VERSION and store.init() == SCHEMA_VERSION  # init is idempotent
    entry_id = store.put(entry("kept"), BIG)
    cluster.stop()
    try:
        with pytest.raises(StoreUnavailable):
            store.put(entry("down"), BIG)
        with pytest.raises(StoreUnavailable):  # a batch fails whole: each of its callers answers 451
            store.put_many([entry("down1"), entry("down2")], BIG)
    finally:
        cluster.start()
    assert store.get(entry_id) is not None  # reconnects by itself once the server is back
    store.close()


def test_postgresql_over_verified_tls(tmp_path: Path) -> None:
    """quarantine.tls = "verify-full" with tls_ca_file: the store works over TLS to a server whose
    certificate that CA signed, and refuses a server it cannot verify."""
    secured = start_cluster(tls=True)
    try:
        assert secured.ca_file is not None
        settings = QuarantineSettings(backend=Backend.POSTGRESQL, dsn=secured.dsn().replace("127.0.0.1", "localhost"),
                                      tls=TlsMode.VERIFY_FULL, tls_ca_file=str(secured.ca_file))
        store = PostgresStore(settings)
        assert store.init() == SCHEMA_VERSION
        entry_id = store.put(entry("tls"), BIG)
        assert store.content(entry_id) == entry("tls").data
        in_use = store._current().execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        assert in_use == (True,)
        store.close()
        other_ca = tmp_path / "other"
        other_ca.mkdir()
        untrusted = PostgresStore(QuarantineSettings(backend=Backend.POSTGRESQL, dsn=settings.dsn,
                                                     tls=TlsMode.VERIFY_FULL,
                                                     tls_ca_file=str(make_certificates(other_ca, None))))
        with pytest.raises(StoreUnavailable):
            untrusted.list()
    finally:
        secured.destroy()
