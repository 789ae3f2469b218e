"""The quarantine's batching writer (``proxy.quarantine.keep.BatchWriter``) over a real embedded store in
a temporary directory, and through a real listener and sink: refused messages waiting at once share one
thread hand-off and one transaction, and each caller still gets its own outcome, only after the commit —
its own ID, its own ``StoreFull``, or, when the transaction fails, a ``StoreUnavailable`` of its own
(the server answers 451). ``put_many`` itself is tested on both backends in test_quarantine_store.py."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import LoopThread, RunningSink
from prometheus_client import REGISTRY
from test_relay import analyzer, base_policy, make_services, start_relay

from sentinelle.classifiers.types import Finding, Inspection
from sentinelle.proxy import replies
from sentinelle.proxy.model import Action, Decision, EncryptionStatus, Envelope, MessageFacts, Refusal, Rule
from sentinelle.proxy.policy.quarantine import QuarantineSettings
from sentinelle.proxy.quarantine import keep as keep_module
from sentinelle.proxy.quarantine.keep import Quarantine
from sentinelle.proxy.quarantine.sqlite import SqliteStore
from sentinelle.proxy.quarantine.store import NewEntry, StoreFull, StoreUnavailable

SENDER = "dre.gagnon@ssss.gouv.qc.ca"
WEBMAIL = "famille@gmail.com"
COLLEAGUE = "secretariat@ssss.gouv.qc.ca"


class CountingStore(SqliteStore):
    """A real embedded store that records each transaction of ``put_many`` (its entries' Message-IDs),
    and can hold a transaction back until the test lets it go, to look at the callers meanwhile."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        self.batches: list[list[str]] = []
        self.committed = 0  # entries whose transaction is over
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()

    def put_many(self, entries: Sequence[NewEntry], max_bytes: int) -> list[str | StoreFull]:
        self.entered.set()
        assert self.gate.wait(30)
        self.batches.append([e.message_id for e in entries])
        outcomes = super().put_many(entries, max_bytes)
        self.committed += len(entries)
        return outcomes


class FakeAnalysis:
    def __init__(self, message_id: str) -> None:
        finding = Finding(type="ramq_nam", location="body", confidence=0.99, excerpt="TREM ****", explanation="test")
        self.facts = MessageFacts(inspection=Inspection(findings=(finding,), confidential=True, reasons=()),
                                  encryption=EncryptionStatus(False), forwarding=None, message_id=message_id)
        self.decisions = (Decision(WEBMAIL, Action.REJECT, Rule.WEBMAIL),)


def message(tag: str, body: bytes = b"bonjour") -> bytes:
    return f"From: <{SENDER}>\r\nSubject: essai\r\nMessage-ID: <{tag}@x>\r\n\r\n".encode() + body + b"\r\n"


def quarantine(store: SqliteStore, max_bytes: int = 10**9) -> Quarantine:
    kept = Quarantine(QuarantineSettings(path=store.directory, max_bytes=max_bytes), "sentinelle-test", store=store)
    kept.start = lambda: None  # type: ignore[method-assign]  # no maintenance thread in these tests
    return kept


async def keep_all(kept: Quarantine, tags: list[str], executor: ThreadPoolExecutor,
                   bodies: dict[str, bytes] | None = None) -> list[str | BaseException]:
    """Every message of ``tags`` refused for a webmail and kept at the same time; each caller's outcome."""

    async def one(tag: str) -> str:
        data = message(tag, (bodies or {}).get(tag, b"bonjour"))
        return await kept.keep(data, Envelope(SENDER, (WEBMAIL,)), FakeAnalysis(f"<{tag}@x>"),
                               [Refusal(WEBMAIL, Rule.WEBMAIL)], executor)

    return list(await asyncio.gather(*(one(tag) for tag in tags), return_exceptions=True))


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
def executor() -> ThreadPoolExecutor:
    pool = ThreadPoolExecutor(2)
    yield pool  # type: ignore[misc]
    pool.shutdown()


def test_concurrent_keeps_share_a_transaction_and_each_gets_its_own_entry(tmp_path: Path,
                                                                       executor: ThreadPoolExecutor) -> None:
    store = CountingStore(tmp_path / "q")
    tags = [f"m{i}" for i in range(6)]
    outcomes = asyncio.run(keep_all(quarantine(store), tags, executor))
    # The six arrive during the same turn of the loop: one transaction, one thread hand-off.
    assert store.batches == [[f"<m{i}@x>" for i in range(6)]]
    assert all(isinstance(o, str) for o in outcomes) and len(set(outcomes)) == 6
    for tag, entry_id in zip(tags, outcomes, strict=True):
        assert isinstance(entry_id, str)
        assert store.content(entry_id) == message(tag)  # each caller got the ID of its own message
        stored = store.get(entry_id)
        assert stored is not None and stored.message_id == f"<{tag}@x>" and stored.held == (WEBMAIL,)
    again = asyncio.run(keep_all(quarantine(store), ["m3", "m3"], executor))  # retries: the same entry
    assert again == [outcomes[3], outcomes[3]] and len(store.list()) == 6


def test_no_caller_is_answered_before_its_transaction_committed(tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    store = CountingStore(tmp_path / "q")
    store.gate.clear()
    kept = quarantine(store)
    seen_committed: list[int] = []

    async def scenario() -> list[str | BaseException]:
        async def one(tag: str) -> str:
            entry_id = await kept.keep(message(tag), Envelope(SENDER, (WEBMAIL,)), FakeAnalysis(f"<{tag}@x>"),
                                       [Refusal(WEBMAIL, Rule.WEBMAIL)], executor)
            seen_committed.append(store.committed)
            return entry_id

        tasks = [asyncio.ensure_future(one(f"g{i}")) for i in range(3)]
        await asyncio.sleep(0)
        await asyncio.get_running_loop().run_in_executor(None, store.entered.wait, 30)
        await asyncio.sleep(0.2)  # the transaction is held: nobody may have an answer yet
        assert not any(task.done() for task in tasks) and store.committed == 0
        store.gate.set()
        return list(await asyncio.gather(*tasks, return_exceptions=True))

    outcomes = asyncio.run(scenario())
    assert all(isinstance(o, str) for o in outcomes)
    # Each was answered only once the transaction holding its entry was over, never before.
    assert store.batches == [["<g0@x>", "<g1@x>", "<g2@x>"]] and seen_committed == [3, 3, 3]
    assert len(store.list()) == 3


def test_a_full_store_refuses_only_the_entry_that_does_not_fit(tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    store = CountingStore(tmp_path / "q")
    small = len(message("s0"))
    before = sample("sentinelle_quarantine_store_failures_total", reason="full")
    outcomes = asyncio.run(keep_all(quarantine(store, max_bytes=4 * small + 100), ["s0", "big", "s1", "s2"],
                                    executor, bodies={"big": b"x" * 10_000}))
    assert store.batches == [["<s0@x>", "<big@x>", "<s1@x>", "<s2@x>"]]
    assert isinstance(outcomes[1], StoreFull)
    assert all(isinstance(outcomes[i], str) for i in (0, 2, 3))
    assert {e.message_id for e in store.list()} == {"<s0@x>", "<s1@x>", "<s2@x>"}
    assert store.stats().bytes == 3 * small  # the refused entry's bytes were taken back
    assert sample("sentinelle_quarantine_store_failures_total", reason="full") == before + 1


def test_a_failing_transaction_fails_each_of_its_callers(tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    (tmp_path / "file").write_text("not a directory\n")
    store = CountingStore(tmp_path / "file" / "q")
    before = sample("sentinelle_quarantine_store_failures_total", reason="unavailable")
    outcomes = asyncio.run(keep_all(quarantine(store), [f"f{i}" for i in range(4)], executor))
    assert all(isinstance(o, StoreUnavailable) for o in outcomes)
    assert len({id(o) for o in outcomes}) == 4  # each caller raises its own exception
    assert all("bonjour" not in str(o) for o in outcomes)  # the cause, never content
    assert sample("sentinelle_quarantine_store_failures_total", reason="unavailable") == before + 4


def test_a_stopped_executor_answers_every_caller_at_once(tmp_path: Path) -> None:
    """The process is stopping and its executor takes no more work: each caller gets its StoreUnavailable (the
    server answers 451) at once, not after waiting for a timeout."""
    stopped = ThreadPoolExecutor(1)
    stopped.shutdown()
    store = CountingStore(tmp_path / "q")
    outcomes = asyncio.run(asyncio.wait_for(keep_all(quarantine(store), ["s0", "s1"], stopped), timeout=5))
    assert all(isinstance(o, StoreUnavailable) for o in outcomes) and store.batches == []


def test_a_caller_that_gives_up_leaves_the_others_their_outcome(tmp_path: Path, executor: ThreadPoolExecutor,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = CountingStore(tmp_path / "q")
    store.gate.clear()
    monkeypatch.setattr(keep_module, "STORE_TIMEOUT_SECONDS", 0.3)
    kept = quarantine(store)

    async def scenario() -> list[str | BaseException]:
        first = asyncio.ensure_future(keep_all(kept, ["t0"], executor))
        await asyncio.get_running_loop().run_in_executor(None, store.entered.wait, 30)
        timed_out = await first  # the store did not answer in time: TimeoutError, the server's 451
        threading.Timer(0.1, store.gate.set).start()
        later = await keep_all(kept, ["t1", "t2"], executor)
        return timed_out + later

    outcomes = asyncio.run(scenario())
    assert isinstance(outcomes[0], TimeoutError)
    assert all(isinstance(o, str) for o in outcomes[1:])
    # The late transaction still stored t0 (a retry of it finds the same entry); t1 and t2 followed.
    assert store.batches == [["<t0@x>"], ["<t1@x>", "<t2@x>"]]
    assert len(store.list()) == 3


def _send(port: int, tag: str) -> tuple[int, bytes]:
    import smtplib

    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo("client.test")
        client.mail(SENDER)
        for recipient in (WEBMAIL, COLLEAGUE):
            assert client.rcpt(recipient)[0] == 250
        return client.data(message(tag))


REFUSE_WEBMAIL = {WEBMAIL: Decision(WEBMAIL, Action.REJECT, Rule.WEBMAIL)}


def test_concurrent_refusals_through_the_server_are_each_kept_before_their_250(
        loop_thread: LoopThread, sink: RunningSink, tmp_path: Path) -> None:
    store = CountingStore(tmp_path / "q")
    kept = quarantine(store)
    relay = start_relay(loop_thread, make_services(base_policy(), sink.port, analyzer(REFUSE_WEBMAIL), quarantine=kept))
    tags = [f"c{i}" for i in range(8)]
    with ThreadPoolExecutor(len(tags)) as clients:
        replies_got = list(clients.map(lambda tag: _send(relay.port, tag), tags))
    assert [code for code, _ in replies_got] == [250] * len(tags)
    stored = {store.content(e.id): e.id for e in store.list()}
    assert set(stored) == {message(tag) for tag in tags}  # each message once, with its own bytes
    assert sum(len(batch) for batch in store.batches) == len(tags)
    notices = [m for m in sink.sink.wait_for(2 * len(tags)) if m.mail_from == "<>"]
    assert len(notices) == len(tags)
    # Each sender's notification names its own message's entry (Message-ID <cN@x> in the report).
    for notice in notices:
        text = notice.data.replace(b"=\r\n", b"")
        [tag] = [tag for tag in tags if f"<{tag}@x>".encode() in text]
        assert stored[message(tag)].encode() in text


def test_concurrent_refusals_with_a_failing_store_are_each_answered_451(
        loop_thread: LoopThread, sink: RunningSink, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a directory\n")
    kept = quarantine(CountingStore(tmp_path / "file" / "q"))
    relay = start_relay(loop_thread, make_services(base_policy(), sink.port, analyzer(REFUSE_WEBMAIL), quarantine=kept))
    tags = [f"u{i}" for i in range(6)]
    with ThreadPoolExecutor(len(tags)) as clients:
        replies_got = list(clients.map(lambda tag: _send(relay.port, tag), tags))
    assert [(code, text.decode()) for code, text in replies_got] == [(451, replies.TEMPFAIL[4:])] * len(tags)
    assert sink.sink.wait_for(1, timeout=0.5) == []  # neither the colleague's copy nor a notification
