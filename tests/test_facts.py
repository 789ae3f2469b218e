"""Message facts: real OpenPGP encryption vs lookalikes, forwarding markers, subject tags."""

from __future__ import annotations

import base64
import email
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest

from sentinelle.proxy.model import Forwarding
from sentinelle.proxy.pipeline.facts import (
    FORWARD_MARKERS,
    PacketError,
    dearmor,
    detect_encryption,
    detect_forwarding,
    encrypted_key_ids,
    forced_by_subject_tag,
)
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from tests.policy_support import Parsed, gpg, kill_agent, make_key, new_home, subkey_ids


@pytest.fixture(scope="module")
def pgp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    home = new_home(tmp_path_factory.mktemp("facts") / "g")
    fpr = make_key(home, "Dre Test <dre.test@clinique.example>")
    plain = b"Content-Type: text/plain\r\n\r\nsecret\r\n"
    armored = gpg(home, "--armor", "--trust-model", "always", "--encrypt", "-r", fpr, input=plain).stdout
    binary = gpg(home, "--trust-model", "always", "--encrypt", "-r", fpr, input=plain).stdout
    signed = gpg(home, "--armor", "--sign", input=plain).stdout.replace(b"PGP MESSAGE", b"PGP MESSAGE")
    symmetric = gpg(home, "--armor", "--symmetric", "--passphrase", "x", input=plain).stdout
    yield {"home": home, "fpr": fpr, "armored": armored, "binary": binary, "signed": signed,
           "symmetric": symmetric, "ids": subkey_ids(home, fpr)}
    kill_agent(home)


def pgp_mime(payload: bytes, control: bytes = b"Version: 1\r\n", protocol: str = "application/pgp-encrypted",
             second_type: str = "application/octet-stream") -> Parsed:
    raw = (
        b"From: a@ssss.gouv.qc.ca\r\nTo: b@clinique.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/encrypted; protocol="' + protocol.encode() + b'"; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: application/pgp-encrypted\r\n\r\n" + control +
        b"\r\n--B\r\nContent-Type: " + second_type.encode() + b"\r\n\r\n" + payload + b"\r\n--B--\r\n")
    return Parsed(email.message_from_bytes(raw))


def inline(body: bytes, content_type: bytes = b"text/plain") -> Parsed:
    raw = b"From: a@ssss.gouv.qc.ca\r\nContent-Type: " + content_type + b"\r\n\r\n" + body
    return Parsed(email.message_from_bytes(raw))


def test_pgp_mime_with_real_encrypted_data_reads_the_recipient_key_id(pgp: dict[str, object]) -> None:
    status = detect_encryption(pgp_mime(pgp["armored"]))  # type: ignore[arg-type]
    assert status.encrypted and status.kind == "pgp/mime"
    assert status.key_ids and status.key_ids <= pgp["ids"]  # type: ignore[operator]


def test_pgp_mime_binary_payload_base64_transfer_encoded(pgp: dict[str, object]) -> None:
    payload = base64.encodebytes(pgp["binary"])  # type: ignore[arg-type]
    raw = (b'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="B"\r\n\r\n'
           b"--B\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
           b"--B\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + payload + b"--B--\r\n")
    assert detect_encryption(Parsed(email.message_from_bytes(raw))).encrypted


def test_symmetric_encryption_counts_as_encrypted(pgp: dict[str, object]) -> None:
    status = detect_encryption(pgp_mime(pgp["symmetric"]))  # type: ignore[arg-type]
    assert status.encrypted and status.key_ids == frozenset()


def test_inline_pgp_covering_the_whole_body(pgp: dict[str, object]) -> None:
    status = detect_encryption(inline(b"\r\n" + pgp["armored"] + b"\r\n"))  # type: ignore[operator]
    assert status.encrypted and status.kind == "inline"


@pytest.mark.parametrize(
    ("case", "note"),
    [
        ("plaintext", "not OpenPGP"),
        ("fake-armor", "not OpenPGP"),
        ("signed-only", "unexpected packet tag"),
        ("no-version", "Version: 1"),
        ("wrong-protocol", "protocol"),
        ("wrong-second-type", "octet-stream"),
        ("truncated", "not OpenPGP"),
        ("trailing-data", "not OpenPGP"),
    ],
)
def test_multipart_encrypted_lookalikes_are_not_encrypted(pgp: dict[str, object], case: str, note: str) -> None:
    armored: bytes = pgp["armored"]  # type: ignore[assignment]
    fake_body = base64.encodebytes(b"Patient: Jean Tremblay, NAM TREJ 4503 1512, diabete de type 2" * 3)
    parsed = {
        "plaintext": pgp_mime(b"Patient Jean Tremblay, diabete de type 2\r\n"),
        "fake-armor": pgp_mime(b"-----BEGIN PGP MESSAGE-----\r\n\r\n" + fake_body + b"-----END PGP MESSAGE-----\r\n"),
        "signed-only": pgp_mime(pgp["signed"]),  # type: ignore[arg-type]
        "no-version": pgp_mime(armored, control=b"Version: 2\r\n"),
        "wrong-protocol": pgp_mime(armored, protocol="application/pkcs7-mime"),
        "wrong-second-type": pgp_mime(armored, second_type="text/plain"),
        "truncated": pgp_mime(_rearmor(dearmor(armored)[:-40])),
        "trailing-data": pgp_mime(_rearmor(dearmor(armored) + b"\xcb\x05b\x00\x00\x00\x00")),
    }[case]
    status = detect_encryption(parsed)
    assert not status.encrypted
    assert note in status.note


def _rearmor(data: bytes) -> bytes:
    return b"-----BEGIN PGP MESSAGE-----\r\n\r\n" + base64.encodebytes(data) + b"-----END PGP MESSAGE-----\r\n"


def test_inline_armor_that_is_not_the_whole_body_is_not_encrypted(pgp: dict[str, object]) -> None:
    body = b"Voici le dossier du patient:\r\n" + pgp["armored"]  # type: ignore[operator]
    status = detect_encryption(inline(body))
    assert not status.encrypted and "lookalike" in status.note


def test_inline_armor_with_bad_checksum_is_not_encrypted(pgp: dict[str, object]) -> None:
    armored: bytes = pgp["armored"]  # type: ignore[assignment]
    lines = armored.splitlines()
    crc_index = next(i for i, line in enumerate(lines) if line.startswith(b"="))
    lines[crc_index] = b"=AAAA"
    assert not detect_encryption(inline(b"\n".join(lines) + b"\n")).encrypted


def test_plain_message_is_not_encrypted() -> None:
    status = detect_encryption(inline(b"Bonjour\r\n"))
    assert not status.encrypted and status.note == ""


def test_packet_walker_rejects_junk() -> None:
    for junk in (b"", b"\x00\x01", b"hello world", bytes(range(256))):
        with pytest.raises(PacketError):
            encrypted_key_ids(junk)


def test_malformed_mime_never_raises() -> None:
    parsed = Parsed(email.message_from_bytes(b'Content-Type: multipart/encrypted; boundary="B"\r\n\r\ngarbage'))
    assert not detect_encryption(parsed).encrypted


# --- forwarding ------------------------------------------------------------------------------

BASE = [("From", "Dr A <a@ssss.gouv.qc.ca>"), ("To", "b@clinique.example"), ("Subject", "Suivi")]


def message(*extra: tuple[str, str], subject: str | None = None) -> Message:
    headers = [(n, v) for n, v in BASE if not (subject is not None and n == "Subject")]
    if subject is not None:
        headers.append(("Subject", subject))
    raw = "".join(f"{n}: {v}\r\n" for n, v in [*headers, *extra]) + "\r\nx\r\n"
    return email.message_from_string(raw)


@pytest.mark.parametrize(
    ("headers", "marker"),
    [
        ([("Auto-Submitted", "auto-forwarded")], "Auto-Submitted: auto-forwarded"),
        ([("X-MS-Exchange-Organization-AutoForwarded", "true")], "X-MS-Exchange-Organization-AutoForwarded: true"),
        ([("X-MS-Exchange-Inbox-Rules-Loop", "a@ssss.gouv.qc.ca")], "X-MS-Exchange-Inbox-Rules-Loop"),
        ([("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
         "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"),
        ([("X-MS-Exchange-ForwardingLoop", "a@ssss.gouv.qc.ca;tenant")], "X-MS-Exchange-ForwardingLoop"),
        ([("X-Forwarded-To", "x@gmail.com"), ("X-Forwarded-For", "a@ssss.gouv.qc.ca x@gmail.com")], "X-Forwarded-To"),
        ([("Resent-From", "a@ssss.gouv.qc.ca"), ("Resent-To", "b@clinique.example"),
          ("Resent-Date", "Mon, 2 Mar 2026 10:00:00 -0500")], "Resent-From"),
        ([("X-Sieve-Redirected-From", "a@ssss.gouv.qc.ca")], "X-Sieve-Redirected-From"),
        ([("Delivered-To", "a@ssss.gouv.qc.ca")], "Delivered-To"),
    ],
)
def test_automatic_forward_markers(headers: list[tuple[str, str]], marker: str) -> None:
    kind, markers = detect_forwarding(message(*headers))
    assert kind is Forwarding.AUTO
    assert marker in markers


@pytest.mark.parametrize(
    "headers",
    [
        [("Sender", "adjointe@ssss.gouv.qc.ca")],  # delegated send
        [("List-Id", "<cardio.ssss.gouv.qc.ca>"), ("Precedence", "list")],  # mailing list
        [("Precedence", "bulk"), ("Resent-From", "listserv@ssss.gouv.qc.ca")],  # list explosion via resend
        [("List-Post", "<mailto:l@ssss.gouv.qc.ca>"), ("Delivered-To", "l@ssss.gouv.qc.ca")],
        [("Auto-Submitted", "auto-replied")],  # out of office / Sentinelle's own notifications
        [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "a@ssss.gouv.qc.ca"),
         ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],  # inbox-rule auto-reply
        [("Auto-Submitted", "auto-generated"), ("Delivered-To", "a@ssss.gouv.qc.ca")],
        [("Auto-Submitted", "no")],
        [("X-MS-Exchange-Generated-Message-Source", "Web Service")],
        [("X-MS-Exchange-Organization-AutoForwarded", "false")],
    ],
)
def test_not_automatic_forwards(headers: list[tuple[str, str]]) -> None:
    assert detect_forwarding(message(*headers)) == (None, ())


def test_strong_markers_survive_list_and_auto_reply_headers() -> None:
    # A user's redirect rule applied to a list message still forwards it outside.
    kind, markers = detect_forwarding(message(("List-Id", "<l.ssss.gouv.qc.ca>"), ("X-Forwarded-To", "x@gmail.com")))
    assert kind is Forwarding.AUTO and markers == ("X-Forwarded-To",)


@pytest.mark.parametrize("subject", ["TR: Résultats", "Fwd: suivi", "FW: suivi", "RE: TR: suivi", "Tr : suivi",
                                     "WG: Befund"])
def test_manual_forward_by_subject(subject: str) -> None:
    assert detect_forwarding(message(subject=subject)) == (Forwarding.MANUAL, ())


def test_manual_forward_thunderbird_header() -> None:
    assert detect_forwarding(message(("X-Forwarded-Message-Id", "<x@y>")))[0] is Forwarding.MANUAL


def test_ordinary_mail_and_reply() -> None:
    assert detect_forwarding(message(subject="RE: Trajectoire de soins")) == (None, ())
    assert detect_forwarding(message(subject="Transfert de dossier")) == (None, ())


def test_every_marker_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "policy.md").read_text(encoding="utf-8")
    for marker in FORWARD_MARKERS:
        assert marker.header in doc, marker.header
        assert marker.source


# --- subject tags ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("subject", "forced"),
    [("[chiffrer] Résultats", True), ("Résultats [ENCRYPT]", True), ("=?utf-8?q?=5Bconfidentiel=5D_suivi?=", True),
     ("chiffrer les résultats", False), ("Résultats", False)],
)
def test_subject_tags(subject: str, forced: bool) -> None:
    policy = parse_policy(shipped_policy_text().encode())
    assert forced_by_subject_tag(message(subject=subject), policy) is forced


TOP_HEADER_CASES = [
    b"Subject: bench 1\r\nFrom: a@b.example\r\n",
    b"Subject:   spaces   kept  \r\nsubject: second\r\n",
    b"Subject: folded\r\n  line\r\n\tthird\r\nResent-From: x@y.example\r\nresent-from: z@y.example\r\n",
    b"Subject: TR: [chiffrer] dossier\r\n",
    b"Subject: \xc3\xa9t\xc3\xa9 brut\r\nX-Forwarded-To: \xc3\xa9@y.example\r\n",  # raw UTF-8: a Header object
    b"Subject: =?utf-8?q?R=C3=A9sultats?= de =?iso-8859-1?q?l=27=E9t=E9?=\r\n",
    b"Subject: =?utf-8?b?broken\r\n",
    b"Subject: =?unknown-charset?q?x?=\r\n",
    b"Subject:\r\nMessage-ID: <a@b>\r\n",
    b"From: no-subject@b.example\r\n",
]


@pytest.mark.parametrize("head", TOP_HEADER_CASES)
def test_top_headers_read_once_agree_with_the_message(head: bytes) -> None:
    from email.header import decode_header, make_header

    from sentinelle.proxy.headers import TopHeaders

    message = email.message_from_bytes(head + b"\r\nbody\r\n")
    headers = TopHeaders(message)
    for name in ("Subject", "SUBJECT", "resent-from", "Resent-From", "X-Forwarded-To", "Message-ID", "Absent"):
        assert [str(v) for v in headers.get_all(name)] == [str(v) for v in message.get_all(name) or []]
        assert str(headers.get(name)) == str(message.get(name))
    raw = message.get("Subject")
    try:
        expected = "" if raw is None else str(make_header(decode_header(str(raw))))
    except (LookupError, ValueError, UnicodeError, TypeError):
        expected = str(raw)
    assert headers.subject == expected
    assert detect_forwarding(message, headers) == detect_forwarding(message)
