"""DATA as Sentinelle receives it, through a real listener on loopback: long lines accepted, a
dot never lost, the receiving buffer bounded, ``<postmaster>`` accepted and internal, and an RFC 3463
enhanced status code on every reply (aiosmtpd's own included)."""

from __future__ import annotations

import os
import re
import time
import tracemalloc
from collections.abc import Iterator

import pytest
from conftest import LoopThread, RunningSink
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
)
from test_server import Raw

from sentinelle.proxy import replies
from sentinelle.proxy.model import Action, Decision, EncryptionStatus, Envelope, MessageFacts, Rule
from sentinelle.proxy.pipeline.decide import decide
from sentinelle.proxy.policy.schema import HostPort, RecipientClass
from sentinelle.proxy.smtp.handler import ServerState
from sentinelle.proxy.smtp.listener import start_server

# The DATA reply names the message (replies.queued_as).
ACCEPTED = re.compile(r"250 2\.0\.0 Ok: queued as [0-9A-Z]{16}")

ENHANCED = re.compile(rb"^\d{3}[ -][245]\.\d{1,3}\.\d{1,3} ")


def start(loop_thread: LoopThread, sink: RunningSink, **server: object) -> tuple[Relay, ServerState]:
    services = make_services(base_policy(**server), sink.port, analyzer())
    relay = Relay(0, services)
    state = ServerState(lambda: relay.services)
    listener = loop_thread.run(start_server(state, listen=HostPort("127.0.0.1", 0)))
    relay.port = listener.sockets[0].getsockname()[1]
    return relay, state


def test_a_line_over_1000_bytes_is_accepted_and_folded_as_postfix_does(loop_thread: LoopThread,
                                                                       sink: RunningSink) -> None:
    seen: list[bytes] = []
    relay, _ = start(loop_thread, sink)
    relay.services = make_services(base_policy(), sink.port, analyzer(seen=seen))
    long_line = b"Resultats: " + b"0123456789" * 500  # 5,011 bytes, no line break (RFC 5322 says 998)
    dots = b"." * 1500
    data = MESSAGE + long_line + b"\r\n" + dots + b"\r\nend\r\n"
    code, text = send(relay, INTERNAL, [COLLEAGUE], data)  # the sink (aiosmtpd) refuses lines over 1,001
    assert ACCEPTED.fullmatch(f"{code} {text.decode()}")
    received = sink.sink.wait_for(1)[0].data
    assert seen[0] in received  # the text inspected is the text delivered
    assert received.endswith(MESSAGE + received[received.index(MESSAGE) + len(MESSAGE):])
    tail = received[received.index(MESSAGE) + len(MESSAGE):]
    assert max(len(line) for line in tail.split(b"\r\n")) == 998
    assert tail.replace(b"\r\n ", b"") == long_line + b"\r\n" + dots + b"\r\nend\r\n"  # every byte kept


def test_fold_long_lines_table() -> None:
    from sentinelle.proxy.headers import fold_long_lines

    assert fold_long_lines(b"a" * 998 + b"\r\n") == b"a" * 998 + b"\r\n"
    assert fold_long_lines(b"a" * 999 + b"\r\n") == b"a" * 998 + b"\r\n a\r\n"
    assert fold_long_lines(b"a" * 2000) == b"a" * 998 + b"\r\n " + b"a" * 997 + b"\r\n " + b"a" * 5
    assert fold_long_lines(b"b" * 600 + b"\n" + b"c" * 600) == b"b" * 600 + b"\n" + b"c" * 600


@pytest.mark.parametrize("body, expected", [
    (b"a\r\n.\nb\r\n", b"a\r\n.\r\nb\r\n"),         # "." then a bare LF: a line of one dot, kept
    (b"a\r\n.\rb\r\n", b"a\r\n.\r\nb\r\n"),         # the same with a bare CR
    (b"a\r\n..\r\nb\r\n", b"a\r\n.\r\nb\r\n"),      # a stuffed dot is removed (RFC 5321 4.5.2)
    (b"a\r\n..x\r\n", b"a\r\n.x\r\n"),
    (b"a\n.\r\nb\r\n", b"a\r\n.\r\nb\r\n"),         # bare LF then ".\r\n": not the end (no CRLF before it)
])
def test_dots_are_unstuffed_only_where_the_client_stuffed_them(loop_thread: LoopThread, sink: RunningSink,
                                                               body: bytes, expected: bytes) -> None:
    relay, _ = start(loop_thread, sink)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<" + INTERNAL.encode() + b">")
    raw.command(b"RCPT TO:<" + COLLEAGUE.encode() + b">")
    assert raw.command(b"DATA")[:3] == b"354"
    header = b"Subject: dots\r\n\r\n"
    raw.stream.write(header + body + b".\r\n")
    raw.stream.flush()
    assert ACCEPTED.fullmatch(raw.reply().decode().strip())
    raw.close()
    assert sink.sink.wait_for(1)[0].data.endswith(header + expected)


# DATA is read in blocks (the terminator is searched for, not read line by line): the same bytes must
# come out however the client's writes split the stream, the first line (no CRLF before it) included.
@pytest.mark.parametrize("pieces, expected", [
    ([b"Subject: s\r\n\r\nab", b"c\r\n.", b"\r\n"], b"Subject: s\r\n\r\nabc\r\n"),   # split after the dot
    ([b"Subject: s\r\n\r\nabc\r", b"\n.\r\n"], b"Subject: s\r\n\r\nabc\r\n"),         # split within the CRLF
    ([b"Subject: s\r\n\r\nabc\r\n", b".", b".x\r\n", b"..\r\n", b".\r\n"],                # stuffed dots, split off
     b"Subject: s\r\n\r\nabc\r\n.x\r\n.\r\n"),
    ([b".", b".Subject: s\r\n", b"..\r\n.\r\n"], b".Subject: s\r\n.\r\n"),               # dots on the first lines
    ([b"..\r\n", b"..\r\n", b"x\r\n.\r\n"], b".\r\n.\r\nx\r\n"),
    ([b"\r\n.\r\n"], b"X-Sentinelle-ID: "),                    # an empty line, then the end (the ID ends the
    ([b"\r", b"\n", b".", b"\r", b"\n"], b"X-Sentinelle-ID: "),  # headers Sentinelle adds, checked below)
    ([b".x\r\n", b".\nSubject: s\r\n\r\nb\r\n.\r\n"],                                  # a dot, then a bare LF:
     b"x\r\n.\r\nSubject: s\r\n\r\nb\r\n"),                                            # kept (LF made CRLF later)
])
def test_data_split_anywhere_arrives_byte_for_byte(loop_thread: LoopThread, sink: RunningSink,
                                                   pieces: list[bytes], expected: bytes) -> None:
    relay, _ = start(loop_thread, sink)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<" + INTERNAL.encode() + b">")
    raw.command(b"RCPT TO:<" + COLLEAGUE.encode() + b">")
    assert raw.command(b"DATA")[:3] == b"354"
    for piece in pieces:
        raw.stream.write(piece)
        raw.stream.flush()
        time.sleep(0.02)  # separate segments, so the server reads each piece on its own
    assert ACCEPTED.fullmatch(raw.reply().decode().strip())
    assert raw.command(b"NOOP")[:3] == b"250"  # the dialogue is still in step
    raw.close()
    received = sink.sink.wait_for(1)[0].data
    if expected.startswith(b"X-Sentinelle-ID: "):  # the message was one empty line
        assert received.rpartition(b"X-Sentinelle-ID: ")[2].count(b"\r\n") == 2
    else:
        assert received.endswith(expected)


def test_a_lone_dot_first_is_an_empty_message_and_the_dialogue_stays_in_step(loop_thread: LoopThread,
                                                                            sink: RunningSink) -> None:
    relay, _ = start(loop_thread, sink)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<" + INTERNAL.encode() + b">")
    raw.command(b"RCPT TO:<" + COLLEAGUE.encode() + b">")
    assert raw.command(b"DATA")[:3] == b"354"
    first = raw.command(b".")
    assert first[:1] in (b"2", b"4", b"5")  # answered, whatever the policy makes of an empty message
    assert raw.command(b"MAIL FROM:<" + INTERNAL.encode() + b">")[:3] == b"250"
    raw.close()


def test_empty_lines_cost_no_per_line_memory(loop_thread: LoopThread, sink: RunningSink) -> None:
    """aiosmtpd kept one bytearray per line (~155 bytes for an empty one): 9 MB of empty lines took
    907 MB. Here the receiving buffer is the message itself."""
    refuse_all = analyzer({PARTNER: Decision(PARTNER, Action.REJECT, Rule.NO_KEY)})
    relay, _ = start(loop_thread, sink)
    relay.services = make_services(base_policy(), sink.port, refuse_all)  # nothing relayed, no notification
    body = b"\r\n" * 300_000  # 600 KB of empty lines (aiosmtpd: ~46 MB)
    raw = Raw(relay.port)
    raw.sock.settimeout(120)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<labo@partenaire.example>")
    raw.command(b"RCPT TO:<" + PARTNER.encode() + b">")
    assert raw.command(b"DATA")[:3] == b"354"
    tracemalloc.start()
    try:
        raw.stream.write(b"Subject: empty lines\r\n\r\n" + body + b".\r\n")
        raw.stream.flush()
        answer = raw.reply()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    raw.close()
    assert answer[:3] == b"250"
    assert peak < 12 * len(body), f"peak {peak} bytes for a {len(body)}-byte message"  # aiosmtpd: ~80x


def test_buffered_bytes_are_bounded_per_process_with_452(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay, state = start(loop_thread, sink, max_message_bytes=20_000, max_buffered_bytes=20_000)
    first = Raw(relay.port)
    for line in (b"EHLO a.test", b"MAIL FROM:<" + INTERNAL.encode() + b">", b"RCPT TO:<" + COLLEAGUE.encode() + b">"):
        first.command(line)
    assert first.command(b"DATA")[:3] == b"354"
    first.stream.write(MESSAGE + b"y" * 70 + b"\r\n" + (b"z" * 998 + b"\r\n") * 12)
    first.stream.flush()
    deadline = time.monotonic() + 10
    while state.buffered_bytes < 12_000 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert state.buffered_bytes >= 12_000  # the first message is being held
    second = Raw(relay.port)
    for line in (b"EHLO b.test", b"MAIL FROM:<" + INTERNAL.encode() + b">", b"RCPT TO:<" + COLLEAGUE.encode() + b">"):
        second.command(line)
    assert second.command(b"DATA")[:3] == b"354"
    second.stream.write(MESSAGE + (b"w" * 998 + b"\r\n") * 10 + b".\r\n")
    second.stream.flush()
    assert second.reply().decode().strip() == replies.INSUFFICIENT_STORAGE
    assert ACCEPTED.fullmatch(first.command(b".").decode().strip())
    assert state.buffered_bytes == 0
    second.command(b"MAIL FROM:<" + INTERNAL.encode() + b">")
    second.command(b"RCPT TO:<" + COLLEAGUE.encode() + b">")
    second.command(b"DATA")
    assert ACCEPTED.fullmatch(second.command(MESSAGE + b".").decode().strip())  # the retry passes
    first.close()
    second.close()
    assert len(sink.sink.wait_for(2)) == 2


def test_postmaster_is_accepted_and_internal(loop_thread: LoopThread, sink: RunningSink) -> None:
    policy = base_policy()
    assert policy.recipient_class("postmaster") is RecipientClass.INTERNAL
    assert policy.recipient_class("Postmaster") is RecipientClass.INTERNAL
    inspection = __import__("sentinelle.classifiers.types", fromlist=["Inspection"]).Inspection
    confidential = MessageFacts(inspection=inspection(findings=(), confidential=True),
                                encryption=EncryptionStatus(False), forwarding=None)
    decision, = decide(Envelope(INTERNAL, ("postmaster",)), confidential, policy, _NoKeys())
    assert (decision.action, decision.rule) == (Action.DELIVER, Rule.INTERNAL)
    relay, _ = start(loop_thread, sink)
    code, _ = send(relay, INTERNAL, ["<postmaster>"], MESSAGE)
    assert code == 250
    assert sink.sink.wait_for(1)[0].rcpt_tos == ("postmaster",)


class _NoKeys:
    def has_usable_key(self, address: str) -> bool:
        return False

    def key_ids(self, address: str) -> frozenset[str]:
        return frozenset()


# Every reply a client can provoke, aiosmtpd's own included (commands in order, one connection).
DIALOGUE: list[bytes] = [
    b"MAIL FROM:<a@ssss.gouv.qc.ca>",        # 503 send HELO first
    b"NOOP", b"HELP", b"HELP MAIL", b"HELP BOGUS", b"VRFY <a@ssss.gouv.qc.ca>", b"VRFY", b"EXPN x",
    b"BOGUS", b"", b"\xff\xfe", b"X" * 600, b"STARTTLS", b"AUTH PLAIN",
    b"EHLO client.test",                     # exempt: EHLO replies carry no enhanced code
    b"RCPT TO:<b@ssss.gouv.qc.ca>",          # 503 need MAIL
    b"DATA",                                 # 503 need RCPT
    b"MAIL FROM:a", b"MAIL FROM:<a@ssss.gouv.qc.ca> BODY=9BIT", b"MAIL FROM:<a@ssss.gouv.qc.ca> SMTPUTF8=1",
    b"MAIL FROM:<a@ssss.gouv.qc.ca> SIZE=x", b"MAIL FROM:<a@ssss.gouv.qc.ca> SIZE=999999999999",
    b"MAIL FROM:<a@ssss.gouv.qc.ca> FOO=BAR", b"MAIL FROM:<a@@b>", b"MAIL FROM:",
    b"MAIL FROM:<a@ssss.gouv.qc.ca>", b"MAIL FROM:<a@ssss.gouv.qc.ca>",  # 250 then 503 nested
    b"RCPT TO:", b"RCPT TO:<b@ssss.gouv.qc.ca> FOO=BAR", b"RCPT TO:<b@@c>",
    b"RCPT TO:<b@ssss.gouv.qc.ca>", b"DATA x", b"RSET", b"RSET x", b"QUIT x", b"QUIT",
]


def test_every_reply_has_an_enhanced_status_code(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay, _ = start(loop_thread, sink, max_message_bytes=2000)
    raw = Raw(relay.port)
    assert raw.greeting.startswith(b"220 ")  # the greeting is exempt (RFC 2034 section 3)
    seen: list[bytes] = []
    for command in DIALOGUE:
        answer = raw.command(command)
        if command.startswith(b"EHLO"):
            continue
        for line in answer.splitlines():
            seen.append(line)
            assert ENHANCED.match(line), f"{command!r} -> {line!r}"
    raw.close()
    codes = {line[:3] for line in seen}
    assert {b"250", b"221", b"252", b"454", b"500", b"501", b"502", b"503", b"552", b"555"} <= codes


def test_an_echoed_command_comes_back_printable_ascii(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay, _ = start(loop_thread, sink)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    answers = [raw.command(command) for command in (b"BO\x01GUS", b"BOG\x00US", b"BOGUS")]
    raw.close()
    assert answers == [b'500 5.5.2 Error: command "BO?GUS" not recognized\r\n',
                       b'500 5.5.2 Error: command "BOG?US" not recognized\r\n',
                       b'500 5.5.2 Error: command "BOGUS" not recognized\r\n']


def test_size_and_too_much_data_replies_have_codes(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay, _ = start(loop_thread, sink, max_message_bytes=2000, max_buffered_bytes=2000)
    code, text = send(relay, INTERNAL, [COLLEAGUE], MESSAGE + (b"y" * 70 + b"\r\n") * 50)
    assert f"{code} {text.decode()}" == replies.MESSAGE_TOO_BIG


@pytest.fixture
def postfix_smtp_sink() -> Iterator[int]:
    """Postfix's smtp-sink (a C test server that accepts and discards mail) on a free port."""
    import shutil
    import subprocess

    from conftest import free_port, wait_for_greeting

    binary = shutil.which("smtp-sink", path="/usr/sbin:/usr/bin")
    assert binary is not None, "Postfix's smtp-sink is missing (apt-get install postfix)"
    port = free_port()
    user = ["-u", "postfix"] if os.geteuid() == 0 else []  # smtp-sink drops root privileges itself
    process = subprocess.Popen([binary, *user, f"127.0.0.1:{port}", "16"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        assert wait_for_greeting(port, 10), "smtp-sink did not start"
        yield port
    finally:
        process.terminate()
        process.wait(10)


def test_relaying_many_lines_costs_no_per_line_memory(loop_thread: LoopThread, postfix_smtp_sink: int) -> None:
    """aiosmtplib's ``data()`` re-normalised line endings with ``re.sub``: 45 bytes per line (408 MB for
    9 MB of empty lines) on top of the message. The onward DATA quotes with ``bytes.replace``."""
    from sentinelle.proxy.delivery.relay import HopResult, SmtpNextHop

    hop = SmtpNextHop(HostPort("127.0.0.1", postfix_smtp_sink), timeout=60)
    body = b"Subject: empty lines\r\n\r\n" + b"\r\n" * 1_000_000
    tracemalloc.start()
    try:
        result = loop_thread.run(hop.send(INTERNAL, [COLLEAGUE], body))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        loop_thread.run(hop.close())
    assert result.result is HopResult.ACCEPTED
    assert peak < 5 * len(body), f"peak {peak} bytes for a {len(body)}-byte message"


@pytest.mark.parametrize("data, wire", [
    (b"a\r\n.b\r\n", b"a\r\n..b\r\n.\r\n"),
    (b".a\r\n", b"..a\r\n.\r\n"),
    (b"a", b"a\r\n.\r\n"),
    (b"a\r\n.\r\n", b"a\r\n..\r\n.\r\n"),
])
def test_dot_stuffed(data: bytes, wire: bytes) -> None:
    from sentinelle.proxy.delivery.relay import dot_stuffed

    assert dot_stuffed(data) == wire


def test_help_lists_the_commands_sentinelle_implements(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay, _ = start(loop_thread, sink)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    listed = raw.command(b"HELP").decode().split(":", 1)[1].split()
    assert {"MAIL", "RCPT", "DATA", "RSET", "NOOP", "QUIT", "VRFY", "HELP", "XFORWARD"} <= set(listed)
    assert raw.command(b"HELP RCPT").decode().startswith("250 2.0.0 Syntax: RCPT TO: <address>")
    raw.close()
