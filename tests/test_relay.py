"""The relay through a real Sentinelle listener and a real SMTP sink, on loopback.

The analysis is injected (``Services.analyze``): these tests are about the reliability contract,
not about classification. Expected replies are the constants of ``proxy.replies``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email
import re
import smtplib
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email import policy as email_policy
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest
from conftest import LoopThread, RunningSink, free_port
from prometheus_client import REGISTRY

from sentinelle.classifiers.types import Inspection
from sentinelle.proxy import replies
from sentinelle.proxy.delivery.maildir import MaildirNextHop
from sentinelle.proxy.delivery.relay import SmtpNextHop
from sentinelle.proxy.model import Action, Decision, EncryptionStatus, Envelope, MessageFacts, Rule
from sentinelle.proxy.observability import metrics
from sentinelle.proxy.pipeline.services import AnalysisLike, AnalyzeFn, Services
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import HostPort, Policy
from sentinelle.proxy.smtp.handler import ServerState
from sentinelle.proxy.smtp.listener import start_server

INTERNAL = "dr.tremblay@ssss.gouv.qc.ca"
COLLEAGUE = "secretariat@ssss.gouv.qc.ca"
PARTNER = "labo@partenaire.example"
WEBMAIL = "ami@gmail.com"
HOSTNAME = "sentinelle.test"

MESSAGE = (b"From: Dr Tremblay <dr.tremblay@ssss.gouv.qc.ca>\r\n"
           b"To: secretariat@ssss.gouv.qc.ca\r\n"
           b"Subject: =?utf-8?q?R=C3=A9sultats_de_Mme_Exemple?=\r\n"
           b"Date: Tue, 03 Mar 2026 10:00:00 -0500\r\n"
           b"Message-ID: <relay-test-1@ssss.gouv.qc.ca>\r\n"
           b"MIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n"
           b"X-Mailer:   odd   spacing\t kept\r\n"
           b"\r\n"
           b"Bonjour, voici les r\xc3\xa9sultats : SECRET-BODY-WORD.\r\n"
           b".leading dot line\r\n"
           b"  trailing spaces   \r\n"
           + b"x" * 990 + b"\r\n")


@dataclass(frozen=True)
class FakeAnalysis:
    facts: MessageFacts
    decisions: tuple[Decision, ...]
    stage_seconds: Mapping[str, float] = field(default_factory=dict)


def facts(types: tuple[str, ...] = ()) -> MessageFacts:
    from sentinelle.classifiers.types import Finding

    findings = tuple(Finding(type=t, location="body", confidence=0.9, excerpt="****", explanation="test")
                     for t in types)
    return MessageFacts(inspection=Inspection(findings=findings, confidential=bool(types)),
                        encryption=EncryptionStatus(False), forwarding=None)


def analyzer(decide: Mapping[str, Decision] | None = None, types: tuple[str, ...] = (),
             seen: list[bytes] | None = None) -> AnalyzeFn:
    """Deliver every recipient, except those in ``decide``."""

    def analyze(data: bytes, envelope: Envelope, deadline: float) -> FakeAnalysis:
        if seen is not None:
            seen.append(data)
        decisions = tuple((decide or {}).get(r, Decision(r, Action.DELIVER, Rule.INTERNAL))
                          for r in envelope.rcpt_tos)
        return FakeAnalysis(facts(types), decisions)

    return analyze


def base_policy(**server: Any) -> Policy:
    policy = parse_policy(shipped_policy_text().encode())
    return dataclasses.replace(policy, server=dataclasses.replace(policy.server, **server))


@dataclass
class Relay:
    """A Sentinelle listener whose services tests may swap."""

    port: int
    services: Services

    def client(self) -> smtplib.SMTP:
        return smtplib.SMTP("127.0.0.1", self.port, timeout=30)


def make_services(policy: Policy, next_hop_port: int, analyze: AnalyzeFn, **extra: Any) -> Services:
    return Services(policy=policy, analyze=analyze,
                    next_hop=SmtpNextHop(HostPort("127.0.0.1", next_hop_port), timeout=5.0),
                    hostname=HOSTNAME, **extra)


def start_relay(loop_thread: LoopThread, services: Services, *, lmtp: bool = False) -> Relay:
    relay = Relay(0, services)
    state = ServerState(lambda: relay.services, lmtp=lmtp)
    server = loop_thread.run(start_server(state, listen=HostPort("127.0.0.1", 0)))
    relay.port = server.sockets[0].getsockname()[1]
    return relay


@pytest.fixture
def relay(loop_thread: LoopThread, sink: RunningSink) -> Iterator[Relay]:
    yield start_relay(loop_thread, make_services(base_policy(), sink.port, analyzer()))


def send(relay: Relay, sender: str, recipients: list[str], data: bytes) -> tuple[int, bytes]:
    """MAIL/RCPT/DATA; the reply to DATA."""
    with relay.client() as client:
        client.ehlo("client.test")
        client.mail(sender)
        for recipient in recipients:
            assert client.rcpt(recipient)[0] == 250
        return client.data(data)


def added_headers(sentinelle_id: bytes = rb"[0-9A-Z]{16}") -> bytes:
    """The fields Sentinelle prepends to every relayed copy (a pattern)."""
    return re.escape(f"X-Sentinelle-Scanned: {HOSTNAME}\r\n".encode()) + rb"X-Sentinelle-ID: " + sentinelle_id + b"\r\n"


def test_relay_is_byte_identical_apart_from_the_added_header(relay: Relay, sink: RunningSink) -> None:
    code, text = send(relay, INTERNAL, [COLLEAGUE], MESSAGE)
    assert code == 250
    sentinelle_id = re.fullmatch(rb"2\.0\.0 Ok: queued as ([0-9A-Z]{16})", text)
    assert sentinelle_id is not None
    [received] = sink.sink.wait_for(1)
    assert re.fullmatch(added_headers(sentinelle_id.group(1)) + re.escape(MESSAGE), received.data)
    assert received.mail_from == INTERNAL and received.rcpt_tos == (COLLEAGUE,)


def test_incoming_sentinelle_headers_are_stripped(relay: Relay, sink: RunningSink) -> None:
    forged = (b"X-Sentinelle-Audit: would-deliver rule=internal\r\n"
              b"x-sentinelle-scanned: forged\r\n\tfolded continuation\r\n") + MESSAGE
    assert send(relay, INTERNAL, [COLLEAGUE], forged)[0] == 250
    [received] = sink.sink.wait_for(1)
    assert re.fullmatch(added_headers() + re.escape(MESSAGE), received.data)


def test_next_hop_down_gives_451(loop_thread: LoopThread) -> None:
    relay = start_relay(loop_thread, make_services(base_policy(), free_port(), analyzer()))
    code, text = send(relay, INTERNAL, [COLLEAGUE], MESSAGE)
    assert (code, text.decode()) == (451, replies.NEXT_HOP_TEMPFAIL[4:])


def test_no_250_before_the_next_hop_answered(relay: Relay, sink: RunningSink) -> None:
    sink.sink.delay = 0.6
    started = time.monotonic()
    code, _ = send(relay, INTERNAL, [COLLEAGUE], MESSAGE)
    answered = time.monotonic()
    assert code == 250
    [received] = sink.sink.wait_for(1)
    assert received.answered_at <= answered
    assert answered - started >= 0.6


@pytest.mark.parametrize("where", ["rcpt", "data"])
def test_next_hop_4xx_gives_451_and_delivers_nothing(relay: Relay, sink: RunningSink, where: str) -> None:
    if where == "rcpt":
        sink.sink.refuse[PARTNER] = "451 4.3.0 Try again later"
    else:
        sink.sink.data_reply = "452 4.3.1 Insufficient system storage"
    code, _ = send(relay, INTERNAL, [COLLEAGUE, PARTNER], MESSAGE)
    assert code == 451
    assert sink.sink.wait_for(1, timeout=0.5) == []


def _notifications(sink: RunningSink) -> list[Any]:
    return [m for m in sink.sink.messages if m.mail_from == "<>" and b"report-type=delivery-status" in m.data]


def test_partial_next_hop_refusal_gives_250_and_a_content_free_notification(relay: Relay,
                                                                              sink: RunningSink) -> None:
    sink.sink.refuse[PARTNER] = "550 5.1.1 No such user"
    code, _ = send(relay, INTERNAL, [COLLEAGUE, PARTNER], MESSAGE)
    assert code == 250
    messages = sink.sink.wait_for(2)
    delivered = [m for m in messages if m.mail_from == INTERNAL]
    assert [m.rcpt_tos for m in delivered] == [(COLLEAGUE,)]
    [notice] = _notifications(sink)
    assert notice.rcpt_tos == (INTERNAL,)
    assert notice.answered_at < time.monotonic()
    # Content-free: neither the body nor the original subject, in any encoding.
    for secret in (b"SECRET-BODY-WORD", b"sultats_de_Mme", b"Exemple", b"leading dot"):
        assert secret not in notice.data
    parsed = email.message_from_bytes(notice.data, policy=email_policy.default)
    assert parsed.get_content_type() == "multipart/report"
    assert parsed["Auto-Submitted"] == "auto-replied"
    assert parsed["From"].addresses[0].addr_spec == "sentinelle@ssss.gouv.qc.ca"
    parts = [p.get_content_type() for p in parsed.iter_parts()]
    assert parts == ["text/plain", "message/delivery-status", "text/rfc822-headers"]
    text = next(parsed.iter_parts()).get_content()
    assert PARTNER in text and "next_hop_refused" in text and "10:00:00" in text
    assert parsed["In-Reply-To"] == "<relay-test-1@ssss.gouv.qc.ca>"  # threads; not quoted to the reader
    assert text.index("Bonjour") < text.index("Hello")
    assert b"Final-Recipient: rfc822; " + PARTNER.encode() in notice.data
    assert b"550 5.1.1 No such user" in notice.data


@pytest.mark.parametrize("sender", ["client@externe.example", ""])
def test_no_notification_to_an_external_or_null_sender(relay: Relay, sink: RunningSink, sender: str) -> None:
    sink.sink.refuse[PARTNER] = "550 5.1.1 No such user"
    code, _ = send(relay, sender, [COLLEAGUE, PARTNER], MESSAGE)
    assert code == 250
    time.sleep(0.3)
    assert [m.rcpt_tos for m in sink.sink.messages] == [(COLLEAGUE,)]
    assert _notifications(sink) == []


def test_policy_refusal_notifies_finding_types_not_values(relay: Relay, sink: RunningSink) -> None:
    relay.services = dataclasses.replace(relay.services, analyze=analyzer(
        {WEBMAIL: Decision(WEBMAIL, Action.REJECT, Rule.WEBMAIL),
         PARTNER: Decision(PARTNER, Action.REJECT, Rule.NO_KEY)}, types=("ramq_nam", "patient_name")))
    code, _ = send(relay, INTERNAL, [COLLEAGUE, WEBMAIL, PARTNER], MESSAGE)
    assert code == 250
    messages = sink.sink.wait_for(2)
    assert [m.rcpt_tos for m in messages if m.mail_from == INTERNAL] == [(COLLEAGUE,)]
    [notice] = _notifications(sink)
    text = next(email.message_from_bytes(notice.data, policy=email_policy.default).iter_parts()).get_content()
    for expected in ("webmail", "no_key", "RAMQ", "patient name", "GPG4Win", "Mailvelope", "OpenKeychain",
                     "servicedesk@ssss.gouv.qc.ca", "réseau de la santé", "health-network address"):
        assert expected in text
    assert "****" not in text


def test_all_recipients_refused_still_250_with_notification(relay: Relay, sink: RunningSink) -> None:
    relay.services = dataclasses.replace(relay.services, analyze=analyzer(
        {WEBMAIL: Decision(WEBMAIL, Action.REJECT, Rule.WEBMAIL)}))
    assert send(relay, INTERNAL, [WEBMAIL], MESSAGE)[0] == 250
    messages = sink.sink.wait_for(1)
    assert [m.mail_from for m in messages] == ["<>"]


def test_notification_handed_on_before_250_else_451(relay: Relay, sink: RunningSink) -> None:
    relay.services = dataclasses.replace(relay.services, analyze=analyzer(
        {WEBMAIL: Decision(WEBMAIL, Action.REJECT, Rule.WEBMAIL)}))
    sink.sink.refuse[INTERNAL] = "451 4.3.0 Mailbox busy"  # the notification's recipient
    assert send(relay, INTERNAL, [COLLEAGUE, WEBMAIL], MESSAGE)[0] == 451


def test_audit_mode_adds_the_would_header(relay: Relay, sink: RunningSink) -> None:
    relay.services = dataclasses.replace(relay.services, analyze=analyzer(
        {WEBMAIL: Decision(WEBMAIL, Action.DELIVER, Rule.WEBMAIL, audit_action=Action.REJECT)}))
    assert send(relay, INTERNAL, [COLLEAGUE, WEBMAIL], MESSAGE)[0] == 250
    messages = sink.sink.wait_for(2)
    by_rcpt = {m.rcpt_tos: m.data for m in messages}
    assert re.match(rb"X-Sentinelle-Scanned: yes\r\nX-Sentinelle-ID: [0-9A-Z]{16}\r\n"
                    rb"X-Sentinelle-Audit: would-reject rule=webmail\r\n", by_rcpt[(WEBMAIL,)])
    assert b"X-Sentinelle-Audit" not in by_rcpt[(COLLEAGUE,)]
    assert _notifications(sink) == []


def test_analysis_exception_gives_451_without_content_in_the_log(relay: Relay, sink: RunningSink,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    def broken(data: bytes, envelope: Envelope, deadline: float) -> FakeAnalysis:
        raise ValueError(f"cannot handle {data[-60:]!r}")

    relay.services = dataclasses.replace(relay.services, analyze=broken)
    code, text = send(relay, INTERNAL, [COLLEAGUE], MESSAGE)
    assert (code, text.decode()) == (451, replies.TEMPFAIL[4:])
    assert "ValueError" in caplog.text and "SECRET" not in caplog.text and "xxxx" not in caplog.text
    assert sink.sink.wait_for(1, timeout=0.3) == []


def test_inspection_timeout_gives_451_and_fail_open_delivers(relay: Relay, sink: RunningSink) -> None:
    def slow(data: bytes, envelope: Envelope, deadline: float) -> FakeAnalysis:
        time.sleep(2.0)
        return analyzer()(data, envelope, deadline)

    fast_timeout = base_policy(inspection_timeout_seconds=0.2)
    relay.services = dataclasses.replace(relay.services, analyze=slow, policy=fast_timeout)
    code, text = send(relay, INTERNAL, [COLLEAGUE], MESSAGE)
    assert (code, text.decode()) == (451, replies.INSPECTION_TIMEOUT[4:])
    relay.services = dataclasses.replace(relay.services, policy=dataclasses.replace(fast_timeout, fail_open=True))
    assert send(relay, INTERNAL, [COLLEAGUE], MESSAGE)[0] == 250
    [received] = sink.sink.wait_for(1)
    assert b"X-Sentinelle-Uninspected: fail-open\r\n" in received.data


def _where() -> str:
    try:
        asyncio.get_running_loop()  # only the listener's own thread has a running loop
    except RuntimeError:
        return f"in {threading.current_thread().name.rsplit('_', 1)[0]}"  # the executor's name prefix
    return "on the loop"


@pytest.fixture
def executors() -> Iterator[tuple[ThreadPoolExecutor, ThreadPoolExecutor]]:
    """The runtime's two pools, by name: the analysis thread and the attachment threads."""
    pools = (ThreadPoolExecutor(1, thread_name_prefix="analysis"),
             ThreadPoolExecutor(3, thread_name_prefix="attachments"))
    yield pools
    for pool in pools:
        pool.shutdown()


@dataclass
class FakePrepared:
    """Stands in for ``proxy.analyze.Prepared``: records where its analysis ran."""

    data: bytes
    inline: bool
    needs_ner: bool
    ran: list[str]

    def analyze(self, envelope: Envelope, deadline: float) -> AnalysisLike:
        self.ran.append(f"prepared {_where()}")
        return analyzer()(self.data, envelope, deadline)

    def analyze_short(self, envelope: Envelope, deadline: float) -> AnalysisLike | None:
        self.ran.append(f"short {_where()}")
        return None if self.needs_ner else analyzer()(self.data, envelope, deadline)


@pytest.mark.parametrize(("inline", "needs_ner", "limit", "prepared", "analysed"), [
    (True, False, 32_768, ["on the loop"], ["short on the loop"]),  # short, all text: on the loop
    (True, True, 32_768, ["on the loop"], ["short on the loop", "prepared in analysis"]),  # NER: the thread
    (False, False, 32_768, ["on the loop"], ["prepared in attachments"]),  # parsed once, then a thread
    (True, False, 1_000, [], ["analyze in attachments"]),  # over inline_analysis_max_bytes: not parsed here
    (True, False, 0, [], ["analyze in attachments"]),  # 0: never on the loop
])
def test_where_the_analysis_runs(relay: Relay, sink: RunningSink, inline: bool, needs_ner: bool, limit: int,
                                 prepared: list[str], analysed: list[str],
                                 executors: tuple[ThreadPoolExecutor, ThreadPoolExecutor]) -> None:
    parsed_where: list[str] = []
    ran: list[str] = []
    base = analyzer()

    def prepare(data: bytes) -> FakePrepared:
        parsed_where.append(_where())
        return FakePrepared(data, inline, needs_ner, ran)

    def analyze(data: bytes, envelope: Envelope, deadline: float) -> AnalysisLike:
        ran.append(f"analyze {_where()}")
        return base(data, envelope, deadline)

    relay.services = dataclasses.replace(relay.services, analyze=analyze, prepare=prepare,
                                         policy=base_policy(inline_analysis_max_bytes=limit),
                                         executor=executors[0], attachment_executor=executors[1])
    assert len(MESSAGE) < 32_768
    counted = {where: REGISTRY.get_sample_value("sentinelle_analyses_total", {"where": where}) or 0.0
               for where in metrics.ANALYSIS_PLACES}
    assert send(relay, INTERNAL, [COLLEAGUE], MESSAGE)[0] == 250
    assert sink.sink.wait_for(1)
    assert parsed_where == prepared
    assert ran == analysed
    finished = {"short on the loop": "event_loop", "prepared in analysis": "analysis_thread"}.get(
        analysed[-1], "attachment_thread")
    assert {where: (REGISTRY.get_sample_value("sentinelle_analyses_total", {"where": where}) or 0.0) - before
            for where, before in counted.items()} == {w: float(w == finished) for w in metrics.ANALYSIS_PLACES}


def test_an_exception_in_an_analysis_on_the_loop_gives_451(relay: Relay, sink: RunningSink,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    @dataclass
    class Broken:
        inline: bool = True

        def analyze(self, envelope: Envelope, deadline: float) -> AnalysisLike:
            raise AssertionError("not reached")

        def analyze_short(self, envelope: Envelope, deadline: float) -> AnalysisLike | None:
            raise ValueError("SECRET-BODY-WORD")

    relay.services = dataclasses.replace(relay.services, prepare=lambda data: Broken())
    code, text = send(relay, INTERNAL, [COLLEAGUE], MESSAGE)
    assert (code, text.decode()) == (451, replies.TEMPFAIL[4:])
    assert "ValueError" in caplog.text and "SECRET" not in caplog.text
    assert sink.sink.wait_for(1, timeout=0.3) == []


def test_the_runtime_prepares_with_the_real_analyzer(tmp_path: Path) -> None:
    """Wiring: the runtime's services parse ahead with ``Analyzer.prepare``; a plain message is
    inline, one with a PDF attachment is not."""
    from sentinelle.proxy.smtp.runtime import Runtime
    from tests import extract_fixtures as fx

    policy = tmp_path / "policy.toml"
    policy.write_text(f'[audit]\npath = "{tmp_path / "audit.log"}"\n[classifiers]\nner = false\n')
    runtime = Runtime(str(policy), open_audit=False)
    assert runtime.services.prepare is not None
    with_pdf = fx.message(fx.text_part("Voir PDF"), fx.attachment(fx.pdf("Rapport"), "r.pdf", "application/pdf"))
    assert runtime.services.prepare(MESSAGE).inline is True
    assert runtime.services.prepare(with_pdf).inline is False
    analysis = runtime.services.prepare(MESSAGE).analyze_short(Envelope(INTERNAL, (COLLEAGUE,)),
                                                              time.monotonic() + 60)
    assert analysis is not None and [d.action for d in analysis.decisions] == [Action.DELIVER]


def test_encrypted_copies_and_a_later_temporary_failure(relay: Relay, sink: RunningSink) -> None:
    """One copy per encrypted recipient; a later copy failing gives 451 (the earlier ones may be
    sent again on retry: at-least-once)."""
    other = "clinique@autre.example"

    def encrypt(data: bytes, recipient: str, outer_subject: str) -> bytes:
        return f"Subject: {outer_subject}\r\nX-Encrypted-For: {recipient}\r\n\r\nCIPHERTEXT\r\n".encode()

    relay.services = dataclasses.replace(relay.services, encrypt=encrypt, analyze=analyzer(
        {PARTNER: Decision(PARTNER, Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED),
         other: Decision(other, Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED)}))
    assert send(relay, INTERNAL, [COLLEAGUE, PARTNER, other], MESSAGE)[0] == 250
    messages = sink.sink.wait_for(3)
    assert sorted(m.rcpt_tos for m in messages) == sorted([(COLLEAGUE,), (other,), (PARTNER,)])
    encrypted = next(m for m in messages if m.rcpt_tos == (PARTNER,)).data
    assert b"CIPHERTEXT" in encrypted and b"SECRET-BODY-WORD" not in encrypted
    sink.sink.messages.clear()
    sink.sink.refuse[other] = "451 4.3.0 Try later"
    assert send(relay, INTERNAL, [COLLEAGUE, PARTNER, other], MESSAGE)[0] == 451


def test_bare_lf_smuggling_yields_one_message(relay: Relay, sink: RunningSink) -> None:
    smuggled = (b"From: a@ssss.gouv.qc.ca\r\nSubject: one\r\n\r\nfirst part\n.\n"
                b"MAIL FROM:<evil@attacker.example>\nRCPT TO:<victim@ssss.gouv.qc.ca>\nDATA\n"
                b"Subject: smuggled\n\nsecond\r\n")
    with socket.create_connection(("127.0.0.1", relay.port), timeout=10) as raw:
        stream = raw.makefile("rwb")
        stream.readline()
        stream.write(b"EHLO client.test\r\n")
        stream.flush()
        while not stream.readline().startswith(b"250 "):
            pass
        for command in (b"MAIL FROM:<a@ssss.gouv.qc.ca>", b"RCPT TO:<b@ssss.gouv.qc.ca>", b"DATA"):
            stream.write(command + b"\r\n")
            stream.flush()
            stream.readline()
        stream.write(smuggled + b".\r\n")
        stream.flush()
        assert stream.readline().startswith(b"250 ")
        stream.write(b"QUIT\r\n")
        stream.flush()
    time.sleep(0.3)
    [received] = sink.sink.messages
    assert received.rcpt_tos == ("b@ssss.gouv.qc.ca",)
    assert b"\r\n.\r\nMAIL FROM:<evil@attacker.example>\r\n" in received.data
    assert b"\n" not in received.data.replace(b"\r\n", b"")


def test_fifty_clients_twenty_messages_each_arrive_exactly_once(relay: Relay, sink: RunningSink) -> None:
    clients, per_client = 50, 20

    async def client(index: int) -> list[int]:
        smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=relay.port, timeout=60)
        await smtp.connect()
        codes = []
        for number in range(per_client):
            data = (f"From: c{index}@ssss.gouv.qc.ca\r\nMessage-ID: <m-{index}-{number}@test>\r\n"
                    f"Subject: load\r\n\r\nbody {index} {number}\r\n").encode()
            errors, _ = await smtp.sendmail(f"c{index}@ssss.gouv.qc.ca", [COLLEAGUE], data)
            codes.append(0 if not errors else 1)
        await smtp.quit()
        return codes

    async def everyone() -> list[list[int]]:
        return await asyncio.gather(*(client(i) for i in range(clients)))

    results = asyncio.run(everyone())
    assert all(code == 0 for codes in results for code in codes)
    messages = sink.sink.wait_for(clients * per_client, timeout=30)
    ids = [m.data.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0] for m in messages]
    assert len(ids) == clients * per_client
    assert len(set(ids)) == clients * per_client


def test_maildir_next_hop_delivers_atomically(loop_thread: LoopThread, tmp_path: Path) -> None:
    services = dataclasses.replace(make_services(base_policy(), 1, analyzer()),
                                   next_hop=MaildirNextHop(tmp_path / "maildir"))
    relay = start_relay(loop_thread, services)
    assert send(relay, INTERNAL, [COLLEAGUE, "autre@ssss.gouv.qc.ca"], MESSAGE)[0] == 250
    delivered = sorted((tmp_path / "maildir" / "new").iterdir())
    assert len(delivered) == 2
    assert list((tmp_path / "maildir" / "tmp").iterdir()) == []
    contents = [p.read_bytes() for p in delivered]
    assert {c.split(b"\r\n")[1] for c in contents} == {b"Delivered-To: " + COLLEAGUE.encode(),
                                                        b"Delivered-To: autre@ssss.gouv.qc.ca"}
    assert all(c.endswith(MESSAGE) for c in contents)


def test_maildir_write_failure_is_temporary(loop_thread: LoopThread, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    services = dataclasses.replace(make_services(base_policy(), 1, analyzer()),
                                   next_hop=MaildirNextHop(blocked / "maildir"))
    relay = start_relay(loop_thread, services)
    assert send(relay, INTERNAL, [COLLEAGUE], MESSAGE)[0] == 451


def test_lmtp_mode_defers_only_the_failed_recipient(loop_thread: LoopThread, sink: RunningSink) -> None:
    other = "clinique@autre.example"

    def encrypt(data: bytes, recipient: str, outer_subject: str) -> bytes:
        return b"Subject: x\r\n\r\nCIPHERTEXT\r\n"

    services = make_services(base_policy(), sink.port, analyzer(
        {other: Decision(other, Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED)}), encrypt=encrypt)
    relay = start_relay(loop_thread, services, lmtp=True)
    sink.sink.refuse[other] = "451 4.3.0 Try later"
    with smtplib.LMTP("127.0.0.1", relay.port) as client:
        client.ehlo("client.test")  # LHLO
        client.mail(INTERNAL)
        client.rcpt(COLLEAGUE)
        client.rcpt(other)
        client.putcmd("data")
        assert client.getreply()[0] == 354
        client.send(MESSAGE + b".\r\n")
        first = client.getreply()
        second = client.getreply()
    assert (first[0], second[0]) == (250, 451)
    assert [m.rcpt_tos for m in sink.sink.wait_for(1)] == [(COLLEAGUE,)]


def test_scanned_header_names_the_host_only_inside(relay: Relay, sink: RunningSink) -> None:
    """X-Sentinelle-Scanned names the instance on internal copies; a copy for an outside recipient
    does not show the internal host name."""
    send(relay, INTERNAL, [COLLEAGUE], MESSAGE)
    send(relay, INTERNAL, [PARTNER], MESSAGE)
    inside, outside = sink.sink.wait_for(2)
    assert inside.data.startswith(f"X-Sentinelle-Scanned: {HOSTNAME}\r\n".encode())
    assert outside.data.startswith(b"X-Sentinelle-Scanned: yes\r\n")
    assert HOSTNAME.encode() not in outside.data
