"""The act step's quarantine hook through a real listener (aiosmtpd, in a thread) and a real sink, with
the analysis stubbed (the classifiers are tested elsewhere): the entry is stored before the reply, in
every placement and protocol, and a store that fails turns the reply into 451 with nothing sent."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LoopThread, RunningSink
from test_lmtp import Client
from test_relay import Relay, analyzer, base_policy, make_services, send, start_relay

from sentinelle.proxy import replies
from sentinelle.proxy.model import Action, Decision, Rule
from sentinelle.proxy.policy.quarantine import QuarantineSettings
from sentinelle.proxy.policy.schema import Placement
from sentinelle.proxy.quarantine.keep import Quarantine

SENDER = "dre.gagnon@ssss.gouv.qc.ca"
WEBMAIL = "famille@gmail.com"
COLLEAGUE = "secretariat@ssss.gouv.qc.ca"
MESSAGE = b"From: <dre.gagnon@ssss.gouv.qc.ca>\r\nSubject: essai\r\nMessage-ID: <q@x>\r\n\r\nbonjour\r\n"
REFUSE_WEBMAIL = {WEBMAIL: Decision(WEBMAIL, Action.REJECT, Rule.WEBMAIL)}


def quarantine(path: Path) -> Quarantine:
    kept = Quarantine(QuarantineSettings(path=path), "sentinelle-test")
    kept.start = lambda: None  # type: ignore[method-assign]  # no maintenance thread in these tests
    return kept


@pytest.fixture
def kept(tmp_path: Path) -> Quarantine:
    return quarantine(tmp_path / "q")


def relay_with(loop_thread: LoopThread, sink: RunningSink, kept: Quarantine, **server: object) -> Relay:
    return start_relay(loop_thread, make_services(base_policy(**server), sink.port, analyzer(REFUSE_WEBMAIL),
                                                  quarantine=kept))


def test_after_queue_refusal_is_stored_before_the_250(loop_thread: LoopThread, sink: RunningSink,
                                                      kept: Quarantine) -> None:
    relay = relay_with(loop_thread, sink, kept)
    code, _ = send(relay, SENDER, [WEBMAIL, COLLEAGUE], MESSAGE)
    assert code == 250
    [entry] = kept.store.list()
    assert entry.held == (WEBMAIL,) and entry.recipients == (WEBMAIL, COLLEAGUE)
    assert kept.store.content(entry.id) == MESSAGE
    notice = next(m for m in sink.sink.wait_for(2) if m.mail_from == "<>")
    assert entry.id.encode() in notice.data.replace(b"=\r\n", b"")
    code, _ = send(relay, SENDER, [WEBMAIL, COLLEAGUE], MESSAGE)  # the same message again: same entry
    assert code == 250 and [e.id for e in kept.store.list()] == [entry.id]


def test_before_queue_full_refusal_is_kept_and_answered_550(loop_thread: LoopThread, sink: RunningSink,
                                                            kept: Quarantine) -> None:
    relay = relay_with(loop_thread, sink, kept, placement=Placement.BEFORE_QUEUE)
    code, _ = send(relay, SENDER, [WEBMAIL], MESSAGE)
    assert code == 550
    [entry] = kept.store.list()
    assert entry.held == (WEBMAIL,)
    assert sink.sink.wait_for(1, timeout=0.5) == []


def test_a_failing_store_gives_451_and_sends_nothing(loop_thread: LoopThread, sink: RunningSink,
                                                     tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a directory\n")
    relay = relay_with(loop_thread, sink, quarantine(tmp_path / "file" / "q"))
    code, reply = send(relay, SENDER, [WEBMAIL, COLLEAGUE], MESSAGE)
    assert (code, reply.decode()) == (451, replies.TEMPFAIL[4:])
    assert sink.sink.wait_for(1, timeout=0.5) == []  # neither the colleague's copy nor a notification


def test_lmtp_failing_store_tempfails_every_recipient(loop_thread: LoopThread, sink: RunningSink,
                                                      tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a directory\n")
    services = make_services(base_policy(), sink.port, analyzer(REFUSE_WEBMAIL),
                             quarantine=quarantine(tmp_path / "file" / "q"))
    relay = start_relay(loop_thread, services, lmtp=True)
    client = Client(relay.port)
    assert client.command("LHLO client.example").startswith("250")
    assert client.transaction([WEBMAIL, COLLEAGUE], MESSAGE) == [replies.TEMPFAIL, replies.TEMPFAIL]
    client.close()
    assert sink.sink.wait_for(1, timeout=0.5) == []


def test_disabled_quarantine_keeps_nothing(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = start_relay(loop_thread, make_services(base_policy(), sink.port, analyzer(REFUSE_WEBMAIL)))
    code, _ = send(relay, SENDER, [WEBMAIL], MESSAGE)
    assert code == 250
    assert relay.services.quarantine is None
    [notice] = sink.sink.wait_for(1)
    assert notice.mail_from == "<>" and b"quarantine" not in notice.data.replace(b"=\r\n", b"")

