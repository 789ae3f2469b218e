"""The audit trail when it cannot be written, through a real listener and a real SMTP sink.

The order (proxy.pipeline): each recipient's decision line is written *before* anything is relayed,
with its planned outcome; a decision that cannot be written gets 451 and nothing is sent (no retry
can ever deliver a copy whose decision is missing). After the next hop answered, only outcomes that
differ from the plan are written (``event: "outcome"``), and a failure there never turns a delivery
into a 451 (each Postfix retry would deliver another copy). Also: a next hop's 5xx at DATA whose
notification is refused too keeps the message in the upstream queue (451), never drops it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from conftest import LoopThread, RunningSink, Sink, free_port
from prometheus_client import REGISTRY
from test_relay import (
    COLLEAGUE,
    INTERNAL,
    MESSAGE,
    PARTNER,
    Relay,
    analyzer,
    base_policy,
    make_services,
    send,
    start_relay,
)

from sentinelle.proxy import replies
from sentinelle.proxy.observability.audit import AuditTrail


class HookedSink(Sink):
    """A sink that runs ``on_data`` when a message (not a notification) arrives, and refuses every
    message from ``refuse_data_from`` at DATA with a 5xx."""

    on_data: Callable[[], None] | None = None
    refuse_data_from: str = ""

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if envelope.mail_from != "<>" and self.on_data is not None:
            self.on_data()
        if self.refuse_data_from and envelope.mail_from == self.refuse_data_from:
            return "554 5.7.1 Content refused by the next hop"
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def hooked() -> Iterator[RunningSink]:
    sink = HookedSink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port, enable_SMTPUTF8=True)
    controller.start()
    yield RunningSink(sink, "127.0.0.1", port, controller)
    controller.stop()


def failures(stage: str) -> float:
    return REGISTRY.get_sample_value("sentinelle_audit_write_failures_total", {"stage": stage}) or 0.0


def relay_with_audit(loop_thread: LoopThread, sink: RunningSink, path: str) -> Relay:
    return start_relay(loop_thread, make_services(base_policy(), sink.port, analyzer(), audit=AuditTrail(path)))


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_a_full_disk_gives_451_before_anything_is_relayed(loop_thread: LoopThread, hooked: RunningSink) -> None:
    relay = relay_with_audit(loop_thread, hooked, "/dev/full")  # every write: ENOSPC
    before = failures("before_relay")
    code, text = send(relay, INTERNAL, [COLLEAGUE], MESSAGE)
    assert (code, text.decode()) == (451, replies.TEMPFAIL[4:])
    assert hooked.sink.wait_for(1, timeout=1.0) == []
    assert failures("before_relay") == before + 1


def test_a_removed_directory_gives_451_and_the_retry_is_recorded_then_relayed(
        loop_thread: LoopThread, hooked: RunningSink, tmp_path: Path) -> None:
    directory = tmp_path / "audit"
    directory.mkdir()
    path = directory / "audit.jsonl"
    relay = relay_with_audit(loop_thread, hooked, str(path))
    shutil.rmtree(directory)  # the file and its directory: it cannot be reopened
    assert send(relay, INTERNAL, [COLLEAGUE], MESSAGE)[0] == 451
    assert hooked.sink.wait_for(1, timeout=1.0) == []
    directory.mkdir()  # the administrator repairs it; Postfix retries
    assert send(relay, INTERNAL, [COLLEAGUE], MESSAGE)[0] == 250
    assert len(hooked.sink.wait_for(1)) == 1
    [entry] = lines(path)
    assert (entry["recipient"], entry["outcome"]) == (COLLEAGUE, "relayed")


def test_a_removed_file_is_recreated_not_written_into_the_void(loop_thread: LoopThread, hooked: RunningSink,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    relay = relay_with_audit(loop_thread, hooked, str(path))
    path.unlink()
    assert send(relay, INTERNAL, [COLLEAGUE], MESSAGE)[0] == 250
    assert [e["recipient"] for e in lines(path)] == [COLLEAGUE]


def test_a_failure_after_the_next_hop_accepted_never_gives_451(loop_thread: LoopThread, hooked: RunningSink,
                                                               tmp_path: Path) -> None:
    directory = tmp_path / "audit"
    directory.mkdir()
    relay = relay_with_audit(loop_thread, hooked, str(directory / "audit.jsonl"))
    moved = tmp_path / "moved"
    assert isinstance(hooked.sink, HookedSink)
    # While the next hop has the message, the trail's directory goes away: the outcome line (PARTNER
    # refused by the next hop) cannot be written any more.
    hooked.sink.on_data = lambda: directory.rename(moved)
    hooked.sink.refuse[PARTNER] = "550 5.1.1 No such user"
    after = failures("after_relay")
    assert send(relay, INTERNAL, [COLLEAGUE, PARTNER], MESSAGE)[0] == 250
    messages = hooked.sink.wait_for(2)
    assert [m.mail_from for m in messages] == [INTERNAL, "<>"]  # relayed once, sender notified
    assert failures("after_relay") == after + 1
    decisions = lines(moved / "audit.jsonl")  # written before relaying
    assert [(e["recipient"], e["outcome"]) for e in decisions] == [(COLLEAGUE, "relayed"), (PARTNER, "relayed")]


def test_outcome_lines_follow_the_decision_lines(loop_thread: LoopThread, hooked: RunningSink,
                                                 tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    relay = relay_with_audit(loop_thread, hooked, str(path))
    hooked.sink.refuse[PARTNER] = "550 5.1.1 No such user"
    assert send(relay, INTERNAL, [COLLEAGUE, PARTNER], MESSAGE)[0] == 250
    entries = lines(path)
    assert [(e.get("event"), e["recipient"], e["outcome"]) for e in entries] == [
        (None, COLLEAGUE, "relayed"), (None, PARTNER, "relayed"), ("outcome", PARTNER, "next_hop_refused")]
    assert entries[2]["planned"] == "relayed" and entries[2]["message_id"] == entries[0]["message_id"]


def test_a_5xx_at_data_whose_notification_is_refused_too_stays_queued(loop_thread: LoopThread,
                                                                     hooked: RunningSink, tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    relay = relay_with_audit(loop_thread, hooked, str(path))
    assert isinstance(hooked.sink, HookedSink)
    hooked.sink.refuse_data_from = INTERNAL  # the message: 554 at DATA
    hooked.sink.refuse[INTERNAL] = "550 5.1.1 No such user"  # the notification to its sender: refused
    code, _ = send(relay, INTERNAL, [PARTNER], MESSAGE)
    assert code == 451  # not 250 with only an audit line: Postfix keeps it, then bounces it itself
    assert [(e.get("event"), e["outcome"]) for e in lines(path)] == [(None, "relayed"), ("outcome", "tempfail")]
