"""parse_message: never raises, bounds nesting cheaply, records defects; email-module CVE regressions."""

from __future__ import annotations

import random
import time
from email import policy
from email.errors import HeaderParseError, HeaderWriteError
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr

import pytest

from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import extract
from sentinelle.classifiers.parse import PARSE_MAX_DEPTH, nesting_cut, parse_message


def nested(depth: int, leaf: bytes = b"hello deep") -> bytes:
    head = b"From: Expediteur <a@example.org>\r\nSubject: profond\r\nMIME-Version: 1.0\r\n"
    opening = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(depth))
    closing = b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth)))
    return head + opening + b"Content-Type: text/plain\r\n\r\n" + leaf + b"\r\n" + closing


def nested_messages(depth: int) -> bytes:
    return b"Subject: top\r\n" + b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n" * depth + b"\r\nbody\r\n"


@pytest.mark.parametrize("depth", [200, 1000, 5000])
def test_deep_multipart_is_cut_quickly_with_headers_kept(depth: int) -> None:
    started = time.monotonic()
    parsed = parse_message(nested(depth))
    assert time.monotonic() - started < 3.0
    assert [f.excerpt for f in parsed.findings] == ["depth_limit"]
    assert parsed.message["Subject"] == "profond"
    result = extract(parsed, Limits())
    assert any(f.excerpt == "depth_limit" for f in result.findings)
    assert any(s.location == "subject" for s in result.segments)


def test_deep_attached_messages_are_cut() -> None:
    parsed = parse_message(nested_messages(3000))
    assert [f.excerpt for f in parsed.findings] == ["depth_limit"]
    assert parsed.message["Subject"] == "top"


def test_shallow_nesting_is_parsed_whole() -> None:
    parsed = parse_message(nested(10))
    assert parsed.findings == ()
    result = extract(parsed, Limits())
    assert [s.text for s in result.segments if s.location == "body"] == ["hello deep"]


def test_nesting_cut_ignores_many_siblings() -> None:
    siblings = b"".join(
        b"--top\r\nContent-Type: multipart/alternative; boundary=s%d\r\n\r\n--s%d\r\n\r\nx\r\n--s%d--\r\n" % (i, i, i)
        for i in range(PARSE_MAX_DEPTH * 3)
    )
    raw = b"Content-Type: multipart/mixed; boundary=top\r\n\r\n" + siblings + b"--top--\r\n"
    assert nesting_cut(raw) is None


def test_configured_depth_limit_applies_during_extraction() -> None:
    result = extract(parse_message(nested(30)), Limits(max_depth=20))
    assert any(f.excerpt == "depth_limit" for f in result.findings)
    assert not any(s.location == "body" for s in result.segments)


def test_defects_are_named() -> None:
    raw = b"Content-Type: multipart/mixed\r\nSubject: sans frontiere\r\n\r\ncorps sans frontiere\r\n"
    parsed = parse_message(raw)
    assert "NoBoundaryInMultipartDefect" in parsed.defects
    texts = [s.text for s in extract(parsed, Limits()).segments]
    assert any("corps sans frontiere" in t for t in texts)


@pytest.mark.parametrize("seed", range(30))
def test_junk_never_raises(seed: int) -> None:
    rng = random.Random(seed)
    pieces = [
        b"Content-Type: multipart/mixed; boundary=x\r\n",
        b"--x\r\n",
        b"--x--\r\n",
        b"\r\n",
        b"=?utf-8?b?",
        b"\xff\xfe",
        b"Content-Transfer-Encoding: base64\r\n",
        b"Content-Type: message/rfc822\r\n",
        b"Subject: =?bogus?q?x?=\r\n",
    ]
    raw = b"".join(rng.choice(pieces) if rng.random() < 0.7 else rng.randbytes(rng.randint(1, 40)) for _ in range(200))
    parsed = parse_message(raw)
    extract(parsed, Limits())


@pytest.mark.parametrize("raw", [b"", b"\x00" * 100, b"\r\n\r\n", b"Subject: only", b":\r\n:\r\n\r\n"])
def test_degenerate_inputs(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert isinstance(parsed.message, Message)
    extract(parsed, Limits())


# CVE-2023-27043: crafted addresses must not be split into a different (attacker-chosen) address.
@pytest.mark.parametrize(
    "value",
    ["alice@example.org)<bob@example.org>", "alice@example.org<bob@example.org>", '"a@b.org"@evil.example'],
)
def test_cve_2023_27043_crafted_addresses(value: str) -> None:
    pairs = getaddresses([value])
    assert ("", "bob@example.org") not in pairs
    assert parseaddr(value)[1] != "bob@example.org"
    raw = f"From: {value}\r\nTo: {value}\r\nSubject: s\r\n\r\nbody\r\n".encode()
    result = extract(parse_message(raw), Limits())
    assert any(s.location == "body" for s in result.segments)


# CVE-2024-6923: a header value with a newline must not inject headers when a message is generated.
# Note (this Python, Debian 3.11.2-6+deb12u6): the fix checks ``Generator`` (str output); a compat32
# ``Message`` written by ``BytesGenerator`` under ``policy.default`` is NOT checked. Safe paths below.
def test_cve_2024_6923_compat32_generation_refuses_injection() -> None:
    message = Message()
    message["Subject"] = "Rapport\r\nBcc: fuite@externe.example"
    message.set_payload("corps")
    with pytest.raises(HeaderParseError):
        message.as_bytes(policy=policy.compat32)


def test_cve_2024_6923_generator_verifies_headers() -> None:
    message = Message()
    message["Subject"] = "Rapport\r\nBcc: fuite@externe.example"
    message.set_payload("corps")
    with pytest.raises(HeaderWriteError):
        message.as_string(policy=policy.default)


def test_cve_2024_6923_email_message_refuses_newline() -> None:
    message = EmailMessage()
    with pytest.raises(ValueError):
        message["Subject"] = "Rapport\r\nBcc: fuite@externe.example"


def test_cve_2024_6923_parsed_folded_header_regenerates_without_injection() -> None:
    raw = b"Subject: Rapport\r\n =?utf-8?q?suite?=\r\nTo: a@example.org\r\n\r\ncorps\r\n"
    parsed = parse_message(raw).message
    for generation_policy in (policy.compat32, policy.SMTP):
        assert parse_message(parsed.as_bytes(policy=generation_policy)).message.get_all("Bcc") is None


def test_cve_2024_6923_encoded_newline_stays_in_subject_text() -> None:
    raw = b"Subject: =?utf-8?q?Rapport=0D=0ABcc=3A_fuite=40externe=2Eexample?=\r\n\r\nbody\r\n"
    parsed = parse_message(raw)
    assert parsed.message.get_all("Bcc") is None
    subject = [s.text for s in extract(parsed, Limits()).segments if s.location == "subject"]
    assert subject and "Bcc: fuite@externe.example" in subject[0]


# --- the single-part fast path gives what the feed parser gives ------------------------------------------


def _full(raw: bytes) -> Message:
    import email

    return email.message_from_bytes(raw, policy=policy.compat32)


def _assert_same(raw: bytes) -> None:
    fast, full = parse_message(raw).message, _full(raw)
    assert fast.get_unixfrom() == full.get_unixfrom(), raw
    assert list(fast.raw_items()) == list(full.raw_items()), raw
    assert [type(d) for d in fast.defects] == [type(d) for d in full.defects], raw
    assert fast.is_multipart() == full.is_multipart(), raw
    if not full.is_multipart():
        assert fast.get_payload() == full.get_payload(), raw
        assert fast.get_payload(decode=True) == full.get_payload(decode=True), raw


EDGE_CASES = [
    b"Subject: a\r\n\r\nbody\r\n",
    b"Subject: a\n\nbody\n",
    b"Subject: a\r\rbody\r",
    b"Subject: a\r\n\nbody",
    b"Subject: a\r\r\nbody",
    b"Subject: a\r\nbody: not a header after CRLF\r\n\r\nrest\r\n",  # a CRLF is one line end, not two
    b"Subject: a\r\nno colon here\r\n\r\nrest\r\n",  # missing separator: defect, full path
    b"From sender Tue Mar  3 10:00:00 2026\r\nSubject: a\r\n\r\nbody\r\n",  # unix-from first
    b"Subject: a\r\nFrom sender\r\n\r\nbody\r\n",  # unix-from last: pushed back into the body
    b"Subject: a\r\nFrom x\r\nTo: b\r\n\r\nbody\r\n",  # misplaced unix-from: a defect
    b" continuation first\r\nSubject: a\r\n\r\nbody\r\n",
    b": no name\r\nSubject: a\r\n\r\nbody\r\n",
    b"Subject: folded\r\n  over two lines\r\n\r\n\r\n\r\nbody after blank lines\r\n",
    b"Subject: only a header\r\n",
    b"Subject: only a header\r\n\r\n",
    b"\r\nbody without header\r\n",
    b"",
    b"Content-Type: text/plain; charset=latin-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nd=E9j=E0\r\n",
    b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nQm9uam91cg==\r\n",
    b"Content-Type: text/plain\r\n\r\n8-bit \xc3\xa9\xff bytes\r\n",
    b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\npart\r\n--b--\r\n",
    b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody\r\n",
    b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\nFinal-Recipient: rfc822; a@b\r\n",
    b"Content-Type: multipart/mixed\r\n\r\nno boundary\r\n",
    b"Content-Type: ;;;garbage\r\n\r\nbody\r\n",
]


@pytest.mark.parametrize("raw", EDGE_CASES)
def test_single_part_fast_path_matches_the_feed_parser(raw: bytes) -> None:
    _assert_same(raw)


def test_single_part_fast_path_matches_the_feed_parser_on_generated_messages() -> None:
    pieces = [b"Subject: s", b"To: a@b.example", b"From x", b" folded", b"no colon", b": x", b"X-Empty:",
              b"Content-Type: text/plain", b"Content-Type: multipart/mixed; boundary=q", b"--q", b"--q--",
              b"Content-Type: message/rfc822", b"body line", b"", b"\xc3\xa9\xff"]
    ends = [b"\r\n", b"\n", b"\r"]
    rng = random.Random(20261204)
    for _ in range(3000):
        raw = b"".join(rng.choice(pieces) + rng.choice(ends) for _ in range(rng.randint(0, 12)))
        _assert_same(raw)


def test_single_part_body_is_taken_whole_and_fast() -> None:
    body = b"Compte rendu de consultation, ligne de texte ordinaire.\r\n" * 3000
    raw = b"Subject: long\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
    parsed = parse_message(raw)
    assert parsed.message.get_payload(decode=True) == body and parsed.defects == () and parsed.findings == ()
    _assert_same(raw)


def test_a_single_part_body_full_of_boundaries_is_not_cut() -> None:
    """The nesting pre-scan concerns MIME structure; a text body that merely quotes boundaries has none."""
    body = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n" % i for i in range(PARSE_MAX_DEPTH + 10))
    parsed = parse_message(b"Subject: quoted\r\nContent-Type: text/plain\r\n\r\n" + body)
    assert parsed.findings == () and parsed.message.get_payload(decode=True) == body
