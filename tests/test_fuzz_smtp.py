"""Fuzzing the SMTP front of a live ``sentinelle serve`` (real process, real sockets, a recording next hop).

Random command sequences, pipelined bursts, random bytes and line ends in DATA, long lines, bad UTF-8 in
addresses. After every example: no reply outside the documented set (proxy/replies.py and aiosmtpd's own
replies, never aiosmtpd's exception text ``500 Error: (...)``), no traceback in the server's log, the process
is still up, and the next well-formed transaction is relayed byte-exact. Time-boxed (hypothesis
``max_examples``, derandomized); bench/fuzz.py --smtp runs it for longer.
"""

from __future__ import annotations

import os
import re
import smtplib
import socket
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import RunningSink, free_port, start_sink
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sentinelle_process import Sentinelle, write_policy

from sentinelle.proxy import replies

INTERNAL = "secretariat@ssss.gouv.qc.ca"
# bench/fuzz.py --smtp: a longer run with fresh random inputs (the suite's run is derandomized and bounded).
LONG_RUN = int(os.environ.get("SENTINELLE_FUZZ_EXAMPLES", "0"))
SENDER = "dr.tremblay@ssss.gouv.qc.ca"

# Replies Sentinelle may send: its own constants (proxy/replies.py), its policy refusal, and the replies
# aiosmtpd documents for protocol errors. Deliberately absent: "500 Error: (ExceptionClass) text", which
# aiosmtpd sends when a handler raises and would leak internals.
_OWN = {value for name, value in vars(replies).items() if name.isupper() and isinstance(value, str)}
_AIOSMTPD = [re.compile(p) for p in (
    r"220 \S+ .*", r"221 Bye", r"221 .*", r"250 OK", r"250[ -]HELP", r"250[ -][A-Za-z0-9.\-]+",
    r"250[ -]SIZE \d+", r"250[ -](8BITMIME|SMTPUTF8|PIPELINING|STARTTLS|ENHANCEDSTATUSCODES|CHUNKING|DSN)",
    r"250[ -]XFORWARD( (NAME|ADDR|PORT|PROTO|HELO|IDENT|SOURCE))+",  # advertised to the upstream Postfix
    r"250 Supported commands: [A-Z ]+", r"250 Syntax: .+", r"501 Supported commands: [A-Z ]+",
    r"252 Cannot VRFY user, but will accept message and attempt delivery", r"334 ?.*", r"354 End data with .*",
    r"354 .*", r"421 4\.\d\.\d .+", r"454 TLS not available", r"500 Command line too long",
    r"500 Line too long \(see RFC5321 4\.5\.3\.1\.6\)", r"500 Error: bad syntax", r"500 Error: strict ASCII mode",
    r"500 Error: command \"[ -~]*\" not recognized", r"500 Error: command '[ -~]*' not recognized",
    r"501 Syntax: .+", r"501 Error: SMTPUTF8 (disabled|takes no arguments)",
    r"501 Error: BODY can only be one of 7BIT, 8BITMIME", r"501 Not enough value", r"501 Too many values",
    r"501 5\.5\.2 Can't (decode base64|split auth value)", r"501 5\.7\.0 Auth aborted", r"502 Could not VRFY .*",
    r"502 EXPN not implemented", r"502 5\.5\.1 Too many unrecognized commands, goodbye\.",
    r"503 Error: need (MAIL|RCPT) command", r"503 Error: nested MAIL command",
    r"503 Error: send (HELO|EHLO|HELO/EHLO) first", r"503 Already authenticated",
    r"504 5\.5\.4 Unrecognized authentication type", r"530 5\.7\.0 Authentication required",
    r"530 Must issue a STARTTLS command first", r"552 Error: Too much mail data",
    r"552 Error: message size exceeds fixed maximum message size", r"553 5\.1\.3 Error: malformed address",
    r"554 Command refused due to lack of security",
    r"555 (MAIL FROM|RCPT TO) parameters not recognized or not implemented",
    r"[2-5]\d\d [245]\.\d{1,3}\.\d{1,3} [ -~]+",  # any reply with an enhanced status code (RFC 3463)
)]
_REFUSAL = "550 5.7.1 Refused by Sentinelle ("
_LINE = re.compile(rb"[2-5]\d\d[ -][\x20-\x7e]*")
_TRACE = re.compile(rb"(X-Sentinelle[\w-]*: [^\r\n]*\r\n)*")


def undocumented(reply_line: str) -> bool:
    if reply_line in _OWN or reply_line.startswith(_REFUSAL):
        return False
    return not any(p.fullmatch(reply_line) for p in _AIOSMTPD)


@dataclass(repr=False)
class Live:
    sentinelle: Sentinelle
    sink: RunningSink
    log: Path
    log_offset: int = 0

    def __repr__(self) -> str:  # hypothesis prints the fixture with each failing example
        return f"Live(port={self.sentinelle.port}, log={self.log})"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    base = tmp_path_factory.mktemp("fuzz-smtp")
    sink = start_sink()
    port = free_port()
    policy = write_policy(base / "policy.toml", listen=port, next_hop=sink.address,
                          server_extra="max_connections = 200")
    sentinelle = Sentinelle(policy, port, base / "serve.log").wait_listening()
    yield Live(sentinelle, sink, base / "serve.log")
    sentinelle.stop()
    sink.stop()


# --- the strategy: sessions of hostile commands ------------------------------------------------------
_ADDRESSES = st.sampled_from([
    INTERNAL.encode(), b"ami@gmail.com", b"dr.lab@clinique.example", b"", b"<>", b"\xff\xfe@x.example",
    b"\xc3\x28@ssss.gouv.qc.ca", "é@ssss.gouv.qc.ca".encode(), b"a" * 300 + b"@ssss.gouv.qc.ca",
    b'"x@gmail.com"@ssss.gouv.qc.ca', b"x%gmail.com@ssss.gouv.qc.ca", b"@a,@b:c@d.example", b"\x00@x", b"<<a>>",
]) | st.binary(max_size=40)
_OPTIONS = st.sampled_from([b"", b" SIZE=100", b" BODY=8BITMIME", b" SMTPUTF8", b" SIZE=-1", b" BODY=x", b" X=\xff"])
_LINE_ENDS = st.sampled_from([b"\r\n", b"\r\n", b"\r\n", b"\n", b"\r"])


@st.composite
def _command(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["ehlo", "helo", "mail", "rcpt", "data", "rset", "noop", "vrfy", "expn", "help",
                                 "starttls", "auth", "bdat", "junk", "long", "lowercase"]))
    if kind in ("ehlo", "helo"):
        return kind.upper().encode() + b" " + draw(st.sampled_from([b"client.test", b"", b"\xff", b"x" * 600]))
    if kind == "mail":
        return b"MAIL FROM:<" + draw(_ADDRESSES) + b">" + draw(_OPTIONS)
    if kind == "rcpt":
        return b"RCPT TO:<" + draw(_ADDRESSES) + b">" + draw(_OPTIONS)
    if kind == "data":
        body = draw(st.lists(st.binary(max_size=80) | st.sampled_from([b".", b"..", b"x" * 1200, b"y" * 5000]),
                             max_size=8))
        end = draw(_LINE_ENDS)
        return b"DATA\r\n" + end.join(body) + draw(st.sampled_from([b"\r\n.", b"\n.", b"\r\n"]))
    if kind == "long":
        return b"NOOP " + b"z" * draw(st.integers(500, 3000))
    if kind == "junk":
        return draw(st.binary(max_size=60))
    if kind == "auth":
        return b"AUTH PLAIN " + draw(st.binary(max_size=20))
    if kind == "bdat":
        return b"BDAT 5 LAST"
    if kind == "lowercase":
        return draw(st.sampled_from([b"rset", b"noop", b"ehlo client.test", b"mail from:<a@b.example>"]))
    return kind.upper().encode() + draw(st.sampled_from([b"", b" x", b" \xff"]))


sessions = st.tuples(st.lists(_command(), min_size=1, max_size=12), _LINE_ENDS, st.booleans())


def _exchange(port: int, commands: list[bytes], line_end: bytes, burst: bool) -> bytes:
    """Send the commands (all at once, or one by one), close any DATA, QUIT, read to EOF."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        chunks = [c + line_end for c in commands] + [b"\r\n.\r\nQUIT\r\n"]
        try:
            if burst:
                sock.sendall(b"".join(chunks))
            else:
                for chunk in chunks:
                    sock.sendall(chunk)
                    time.sleep(0.002)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may hang up (e.g. "502 5.5.1 Too many unrecognized commands"): read what it said
        received = bytearray()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                data = sock.recv(65536)
            except ConnectionResetError:
                break
            if not data:
                break
            received += data
        else:
            raise AssertionError("the server neither answered QUIT nor closed within 30 s")
    return bytes(received)


def _new_log(live: Live) -> str:
    text = live.log.read_bytes()[live.log_offset:].decode("utf-8", "replace")
    live.log_offset += len(text.encode("utf-8", "replace"))
    return text


def assert_healthy(live: Live) -> None:
    """Process up, no traceback logged, a well-formed transaction relayed byte-exact."""
    assert live.sentinelle.process.poll() is None, "sentinelle serve exited"
    message_id = f"<{uuid.uuid4().hex}@fuzz.test>"
    body = (f"From: {SENDER}\r\nTo: {INTERNAL}\r\nSubject: after fuzz\r\nMessage-ID: {message_id}\r\n\r\n"
            "bonjour\r\n..ligne avec point\r\n").encode()
    with smtplib.SMTP("127.0.0.1", live.sentinelle.port, timeout=30) as client:
        client.ehlo("client.test")
        refused = client.sendmail(SENDER, [INTERNAL], body)
    assert refused == {}
    deadline = time.monotonic() + 10
    relayed = None
    while relayed is None and time.monotonic() < deadline:
        with live.sink.sink.lock:
            relayed = next((m for m in live.sink.sink.messages if message_id.encode() in m.data), None)
        time.sleep(0.01)
    assert relayed is not None, "the well-formed message was not relayed"
    # Byte-exact: Sentinelle's own trace header(s) in front, then exactly the bytes sent (after SMTP dot-unstuffing).
    assert relayed.data.endswith(body), "relayed bytes differ from the bytes sent"
    assert _TRACE.fullmatch(relayed.data[: -len(body)]), relayed.data[: -len(body)]
    assert relayed.rcpt_tos == (INTERNAL,)
    log = _new_log(live)
    assert "Traceback" not in log, log[-3000:]


def test_live_server_baseline(live: Live) -> None:
    assert_healthy(live)


@settings(max_examples=LONG_RUN or 300, deadline=None, derandomize=not LONG_RUN, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(session=sessions)
def test_random_sessions_get_only_documented_replies(live: Live, session: tuple[list[bytes], bytes, bool]) -> None:
    commands, line_end, burst = session
    received = _exchange(live.sentinelle.port, commands, line_end, burst)
    lines = received.split(b"\r\n")
    assert lines[-1] == b"", f"reply not ended by CRLF: {received[-200:]!r}"
    for line in lines[:-1]:
        assert _LINE.fullmatch(line), f"malformed reply line {line!r}"
        assert not undocumented(line.decode()), f"undocumented reply {line!r}"
    assert b"Traceback" not in received
    assert_healthy(live)


def test_undocumented_detects_leaks() -> None:
    """The filter is not vacuous: aiosmtpd's exception reply and unknown texts are caught."""
    assert undocumented("500 Error: (KeyError) 'x'")
    assert undocumented("250 accepted whatever you sent")
    assert not undocumented(replies.TEMPFAIL)
    assert not undocumented("503 Error: need MAIL command")
