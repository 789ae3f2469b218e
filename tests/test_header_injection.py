"""Header injection from incoming header values (CVE-2024-6923 class) cannot reach what we emit.

Debian's Python 3.11 is only partly fixed: a compat32 ``Message`` holding a header value with a
newline, written with ``as_bytes(policy=email.policy.default)``, still emits the text after the
newline as a header of its own. Sentinelle never re-serialises a parsed message: the gateway copies
the original header fields byte for byte into the encrypted part, and notifications are built from
fixed text plus ASCII-filtered Message-ID/Date (never the Subject). These tests hold that line:
the two emitting paths on a Subject whose encoded word decodes to CRLF + "Bcc:", and a source scan
that fails when someone adds a serialisation call to ``proxy/`` or ``classifiers/``.
"""

from __future__ import annotations

import ast
import email
import email.policy
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest

from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.delivery.notify import build_notification
from sentinelle.proxy.headers import header_value
from sentinelle.proxy.model import Refusal, Rule
from sentinelle.proxy.policy.schema import OrganizationSettings
from tests.policy_support import export_public, gpg, kill_agent, make_key, new_home

ROOT = Path(__file__).resolve().parents[1]
RECIPIENT = "dr.lab@clinique.example"
INJECTING_SUBJECTS = (
    b"=?utf-8?q?x=0D=0ABcc:_evil@x.example?=",
    b"=?utf-8?b?eA0KQmNjOiBldmlsQHguZXhhbXBsZQ==?=",  # the same in base64: "x\r\nBcc: evil@x.example"
)
EXPECTED_INNER = ["Content-Type", "From", "To", "Subject", "Date", "Message-ID"]  # original order


def original(subject: bytes, message_id: bytes = b"<m1@ssss.gouv.qc.ca>") -> bytes:
    return (b"From: Dre Gagnon <dre.gagnon@ssss.gouv.qc.ca>\r\nTo: <" + RECIPIENT.encode() + b">\r\n"
            b"Subject: " + subject + b"\r\nDate: Mon, 6 Jan 2025 10:00:00 -0500\r\n"
            b"Message-ID: " + message_id + b"\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour.\r\n")


@pytest.fixture(scope="module")
def ring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Keyring, Path]]:
    base = tmp_path_factory.mktemp("inject")
    source = new_home(base / "src")
    fingerprint = make_key(source, f"Dre Labo <{RECIPIENT}>")
    public = base / "lab.asc"
    public.write_bytes(export_public(source, fingerprint))
    keyring = Keyring(base / "ring")
    keyring.import_file(public)
    yield keyring, source
    kill_agent(source)
    kill_agent(keyring.home)


def header_names(message: Message) -> list[str]:
    return [name for name, _ in message.raw_items()]


def decrypted_inner(source: Path, encrypted: bytes) -> bytes:
    outer = email.message_from_bytes(encrypted)
    parts = outer.get_payload()
    assert isinstance(parts, list) and len(parts) == 2 and isinstance(parts[1], Message)
    payload = parts[1].get_payload(decode=True)
    assert isinstance(payload, bytes)
    return gpg(source, "--decrypt", input=payload).stdout


@pytest.mark.parametrize("subject", INJECTING_SUBJECTS, ids=["q", "b"])
def test_gateway_protected_headers_carry_no_injected_header(ring: tuple[Keyring, Path], subject: bytes) -> None:
    keyring, source = ring
    encrypted = keyring.encrypt_message(original(subject), RECIPIENT, "Message chiffré / Encrypted message")
    outer = email.message_from_bytes(encrypted)
    assert "Bcc" not in outer and b"evil" not in encrypted.split(b"\r\n\r\n", 1)[0]
    inner_bytes = decrypted_inner(source, encrypted)
    for policy in (email.policy.compat32, email.policy.default):
        inner = email.message_from_bytes(inner_bytes, policy=policy)
        assert header_names(inner) == EXPECTED_INNER
        assert "Bcc" not in inner
    # The Subject is copied byte for byte, still one encoded word: only a display decodes it.
    assert b"\r\nSubject: " + subject + b"\r\n" in inner_bytes
    # A client that decodes it gets a value with a newline, not a header (policy.default refuses to
    # write it back out as one, unlike compat32 messages written with policy.default).
    decoded = email.message_from_bytes(inner_bytes, policy=email.policy.default)
    assert "Bcc: evil" in str(decoded["Subject"])


@pytest.mark.parametrize("subject", INJECTING_SUBJECTS, ids=["q", "b"])
def test_notification_carries_no_subject_and_no_injected_header(subject: bytes) -> None:
    data = original(subject, message_id=b"<m1=0D=0ABcc:_evil@x.example>")
    notification = build_notification(
        sender="dre.gagnon@ssss.gouv.qc.ca",
        refusals=[Refusal("x@gmail.example", Rule.WEBMAIL, ("ramq_nam",))],
        organization=OrganizationSettings(),
        reporting_mta="sentinelle.ssss.gouv.qc.ca",
        message_id=header_value(data, "Message-ID"),
        date=header_value(data, "Date"),
    )
    assert subject not in notification and b"x=0D=0A" not in notification.replace(b"<m1=0D=0A", b"")
    message = email.message_from_bytes(notification)
    assert "Bcc" not in message
    # The Message-ID is not a plain msg-id (a ":"): not even threaded (proxy.notify.safe_message_id).
    assert header_names(message) == ["From", "To", "Subject", "Date", "Message-ID", "Auto-Submitted",
                                     "MIME-Version", "Content-Type"]
    for part in message.walk():
        assert "Bcc" not in part
        payload = part.get_payload()
        if isinstance(payload, list):
            for block in payload:  # delivery-status blocks and the rfc822-headers
                assert "Bcc" not in block


def test_notification_filters_raw_newlines_in_quoted_fields() -> None:
    notification = build_notification(
        sender="dre.gagnon@ssss.gouv.qc.ca",
        refusals=[Refusal("x@gmail.example", Rule.NO_KEY, diagnostic="550 no\r\nBcc: evil@x.example")],
        organization=OrganizationSettings(),
        reporting_mta="mx\r\nBcc: evil@x.example",
        message_id="<m1@x>\r\nBcc: evil@x.example",
        date="Mon, 6 Jan 2025\nBcc: evil@x.example",
    )
    message = email.message_from_bytes(notification)
    assert "Bcc" not in message
    assert all("Bcc" not in part for part in message.walk())
    assert b"\r\nBcc:" not in notification and b"\nBcc:" not in notification


# Calls that turn an email.message object back into bytes or text. Python's own header-injection
# fixes (CVE-2024-6923) are incomplete here, so any new call in proxy/ or classifiers/ must be
# reviewed: build outgoing messages from bytes or ASCII-filtered strings as gateway.py and
# notify.py do, or from an EmailMessage (policy.default refuses CR/LF in header values), never by
# writing a parsed compat32 Message with another policy.
_SERIALISERS = frozenset({"as_bytes", "as_string", "flatten", "BytesGenerator", "Generator", "DecodedGenerator"})


def _serialisation_calls(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in _SERIALISERS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    return found


def test_no_message_serialisation_in_proxy_or_classifiers() -> None:
    sources = sorted([*(ROOT / "proxy").rglob("*.py"), *(ROOT / "classifiers").rglob("*.py")])
    assert sources
    assert [call for path in sources for call in _serialisation_calls(path)] == []
