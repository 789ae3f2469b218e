"""Message facts the policy needs beyond the classifiers' findings.

- ``detect_encryption``: is the message *really* OpenPGP-encrypted as a whole?
  A ``multipart/encrypted`` label or an armor line proves nothing: the payload
  is de-armored and its OpenPGP packet headers are walked (RFC 4880 / RFC 9580
  section 4.2): one or more session-key packets (PKESK tag 1, SKESK tag 3)
  followed by exactly one encrypted-data packet (SED tag 9, SEIPD tag 18, AEAD
  tag 20) that ends the data. Recipient key ids are read from PKESK packets.
- ``detect_forwarding``: automatic forwards and redirects, from the headers
  that real forwarders add (each marker is documented in ``FORWARD_MARKERS`` and
  docs/policy.md); a manual forward ("TR:", "Fwd:") is ``Forwarding.MANUAL``.
- ``forced_by_subject_tag``: a Subject tag such as ``[chiffrer]``.

Everything here is pure and never raises on malformed input.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from typing import Protocol

from proxy.decision import EncryptionStatus, Forwarding
from proxy.policy import Policy

# OpenPGP packet tags (RFC 9580 section 5).
TAG_PKESK = 1
TAG_SKESK = 3
TAG_SED = 9
TAG_MARKER = 10
TAG_SEIPD = 18
TAG_AEAD = 20
SESSION_KEY_TAGS = frozenset({TAG_PKESK, TAG_SKESK})
ENCRYPTED_DATA_TAGS = frozenset({TAG_SED, TAG_SEIPD, TAG_AEAD})
# Only these packets may use partial body lengths (RFC 9580 section 4.2.1.4).
_PARTIAL_OK = frozenset({8, 9, 11, 18, 20})
# An encrypted-data packet shorter than this cannot hold a cipher block, IV and MDC.
_MIN_ENCRYPTED_BYTES = 16

_ARMOR_RE = re.compile(
    rb"\A\s*-----BEGIN PGP MESSAGE-----[ \t]*\r?\n"
    rb"(?P<headers>(?:[^\r\n]+:[^\r\n]*\r?\n)*)"
    rb"[ \t]*\r?\n"
    rb"(?P<body>[A-Za-z0-9+/=\s]*?)"
    rb"(?:^=(?P<crc>[A-Za-z0-9+/]{4})[ \t]*\r?\n)?"
    rb"-----END PGP MESSAGE-----[ \t]*\s*\Z",
    re.MULTILINE,
)


class ParsedLike(Protocol):
    """What ``detect_encryption`` needs from ``classifiers.parse.ParsedMessage``."""

    @property
    def message(self) -> Message: ...


@dataclass(frozen=True, slots=True)
class Packet:
    tag: int
    body: bytes


class PacketError(ValueError):
    """The bytes are not a well-formed sequence of OpenPGP packets."""


def dearmor(data: bytes) -> bytes:
    """Decode one ASCII-armored ``PGP MESSAGE`` block that is the whole of ``data`` (surrounding
    whitespace aside); raise PacketError otherwise, or when the CRC-24 is present and wrong."""
    match = _ARMOR_RE.match(data)
    if match is None:
        raise PacketError("not a single armored PGP MESSAGE block")
    try:
        decoded = base64.b64decode(b"".join(match.group("body").split()), validate=True)
    except (binascii.Error, ValueError):
        raise PacketError("armor body is not base64") from None
    crc = match.group("crc")
    if crc is not None and base64.b64decode(crc) != _crc24(decoded).to_bytes(3, "big"):
        raise PacketError("armor checksum mismatch")
    return decoded


def _crc24(data: bytes) -> int:
    # RFC 4880 section 6.1.
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def iter_packets(data: bytes) -> Iterator[Packet]:
    """Walk OpenPGP packet headers (old and new format); raise PacketError on any inconsistency."""
    pos = 0
    while pos < len(data):
        first = data[pos]
        pos += 1
        if not first & 0x80:
            raise PacketError("packet header without bit 7 set")
        if first & 0x40:  # new format
            tag = first & 0x3F
            body = bytearray()
            while True:
                length, partial, pos = _new_length(data, pos)
                if partial and tag not in _PARTIAL_OK:
                    raise PacketError(f"partial length on packet tag {tag}")
                if pos + length > len(data):
                    raise PacketError("packet longer than the data")
                body += data[pos:pos + length]
                pos += length
                if not partial:
                    break
            yield Packet(tag, bytes(body))
        else:  # old format
            tag = (first >> 2) & 0x0F
            length_type = first & 0x03
            if length_type == 3:  # indeterminate: to the end of the data
                length = len(data) - pos
            else:
                size = (1, 2, 4)[length_type]
                if pos + size > len(data):
                    raise PacketError("truncated length")
                length = int.from_bytes(data[pos:pos + size], "big")
                pos += size
            if pos + length > len(data):
                raise PacketError("packet longer than the data")
            yield Packet(tag, data[pos:pos + length])
            pos += length


def _new_length(data: bytes, pos: int) -> tuple[int, bool, int]:
    if pos >= len(data):
        raise PacketError("truncated length")
    first = data[pos]
    if first < 192:
        return first, False, pos + 1
    if first < 224:
        if pos + 1 >= len(data):
            raise PacketError("truncated length")
        return ((first - 192) << 8) + data[pos + 1] + 192, False, pos + 2
    if first == 255:
        if pos + 5 > len(data):
            raise PacketError("truncated length")
        return int.from_bytes(data[pos + 1:pos + 5], "big"), False, pos + 5
    return 1 << (first & 0x1F), True, pos + 1


def _pkesk_key_id(body: bytes) -> str | None:
    """The recipient key id of a PKESK packet (v3: 8 bytes; v6: derived from the fingerprint)."""
    if not body:
        return None
    if body[0] == 3 and len(body) >= 9:
        key_id = body[1:9].hex().upper()
        return None if key_id == "0" * 16 else key_id  # wildcard (anonymous recipient)
    if body[0] == 6 and len(body) >= 2 and body[1] > 0:
        key_version = body[2] if len(body) > 2 else 0
        fingerprint = body[3:2 + body[1]]
        if key_version == 6 and len(fingerprint) >= 8:
            return fingerprint[:8].hex().upper()
        if key_version == 4 and len(fingerprint) == 20:
            return fingerprint[-8:].hex().upper()
    return None


def encrypted_key_ids(data: bytes) -> frozenset[str]:
    """Check that ``data`` (binary) is an OpenPGP encrypted message and return its PKESK key ids.

    Raises PacketError when it is anything else: plaintext, a signed or literal message, a
    truncated or padded stream, session-key packets without encrypted data, or the reverse."""
    key_ids: set[str] = set()
    session_keys = 0
    encrypted = False
    for packet in iter_packets(data):
        if encrypted:
            raise PacketError("data after the encrypted-data packet")
        if packet.tag in SESSION_KEY_TAGS:
            session_keys += 1
            if packet.tag == TAG_PKESK:
                key_id = _pkesk_key_id(packet.body)
                if key_id:
                    key_ids.add(key_id)
        elif packet.tag in ENCRYPTED_DATA_TAGS:
            if session_keys == 0:
                raise PacketError("encrypted data without a session-key packet")
            if len(packet.body) < _MIN_ENCRYPTED_BYTES:
                raise PacketError("encrypted-data packet too short")
            encrypted = True
        elif packet.tag != TAG_MARKER:
            raise PacketError(f"unexpected packet tag {packet.tag}")
    if not encrypted:
        raise PacketError("no encrypted-data packet")
    return frozenset(key_ids)


def _openpgp_payload_key_ids(payload: bytes) -> frozenset[str]:
    stripped = payload.strip()
    if stripped.startswith(b"-----BEGIN PGP MESSAGE-----"):
        return encrypted_key_ids(dearmor(payload))
    # RFC 3156 asks for armor, but binary packets are equally encrypted.
    return encrypted_key_ids(payload)


def _decoded_payload(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def detect_encryption(parsed: ParsedLike) -> EncryptionStatus:
    """Whether the whole message is OpenPGP-encrypted: PGP/MIME (RFC 3156) at the top level, or
    inline PGP where the single text body is exactly one armored PGP MESSAGE block. Lookalikes are
    reported with ``encrypted=False`` and a ``note`` saying why."""
    message = parsed.message
    try:
        if message.get_content_type() == "multipart/encrypted":
            return _pgp_mime(message)
        if not message.is_multipart() and message.get_content_maintype() == "text":
            body = _decoded_payload(message)
            if b"-----BEGIN PGP MESSAGE-----" in body:
                try:
                    key_ids = encrypted_key_ids(dearmor(body))
                except PacketError as error:
                    return EncryptionStatus(False, note=f"inline PGP lookalike: {error}")
                return EncryptionStatus(True, "inline", key_ids)
    except (LookupError, ValueError, TypeError, AttributeError) as error:  # malformed MIME
        return EncryptionStatus(False, note=f"unreadable structure: {type(error).__name__}")
    return EncryptionStatus(False)


def _pgp_mime(message: Message) -> EncryptionStatus:
    protocol = (message.get_param("protocol") or "")
    if not isinstance(protocol, str) or protocol.lower() != "application/pgp-encrypted":
        return EncryptionStatus(False, note="multipart/encrypted without protocol application/pgp-encrypted")
    parts = message.get_payload()
    if not isinstance(parts, list) or len(parts) != 2:
        return EncryptionStatus(False, note="multipart/encrypted must have exactly two parts")
    control, data = parts
    if not isinstance(control, Message) or not isinstance(data, Message):
        return EncryptionStatus(False, note="multipart/encrypted parts are not MIME entities")
    if control.get_content_type() != "application/pgp-encrypted":
        return EncryptionStatus(False, note="first part is not application/pgp-encrypted")
    if not re.search(rb"^\s*Version:\s*1\s*$", _decoded_payload(control), re.MULTILINE):
        return EncryptionStatus(False, note="control part lacks 'Version: 1'")
    if data.get_content_type() != "application/octet-stream":
        return EncryptionStatus(False, note="second part is not application/octet-stream")
    try:
        key_ids = _openpgp_payload_key_ids(_decoded_payload(data))
    except PacketError as error:
        return EncryptionStatus(False, note=f"payload is not OpenPGP encrypted data: {error}")
    return EncryptionStatus(True, "pgp/mime", key_ids)


# ---------------------------------------------------------------------------------------------
# Forwarding


@dataclass(frozen=True, slots=True)
class ForwardMarker:
    """A header that an automatic forwarder or redirector adds. ``weak`` markers are also added
    to rule-generated auto-replies, so they are ignored on a message that says it is an
    auto-reply; ``list_sensitive`` markers are also added by list servers, so they are ignored
    on a message carrying mailing-list headers."""

    header: str
    value: re.Pattern[str] | None
    source: str
    weak: bool = False
    list_sensitive: bool = False


FORWARD_MARKERS: tuple[ForwardMarker, ...] = (
    ForwardMarker("Auto-Submitted", re.compile(r"^\s*auto-forwarded\b", re.I),
                  "Auto-Submitted keyword used by forwarders (RFC 3834 allows extension keywords; "
                  "not in the IANA registry, which holds no/auto-generated/auto-replied/auto-notified)"),
    ForwardMarker("X-MS-Exchange-Organization-AutoForwarded", re.compile(r"^\s*true\b", re.I),
                  "Exchange/Outlook PidTagAutoForwarded (MS-OXCMAIL 2.1.3.2.21)"),
    ForwardMarker("X-MS-Exchange-ForwardingLoop", None,
                  "Exchange mailbox forwarding (ForwardingSmtpAddress) loop-prevention header"),
    ForwardMarker("X-MS-Exchange-Inbox-Rules-Loop", None,
                  "Exchange inbox rule (forward, redirect, or rule auto-reply) loop counter", weak=True),
    ForwardMarker("X-MS-Exchange-Generated-Message-Source", re.compile(r"mailbox\s+rules\s+agent", re.I),
                  "Exchange: message generated by the Mailbox Rules Agent (inbox rule)", weak=True),
    ForwardMarker("X-Forwarded-To", None, "Gmail automatic forwarding"),
    ForwardMarker("X-Forwarded-For", None, "Gmail automatic forwarding (original and new recipient)"),
    ForwardMarker("X-Sieve-Redirected-From", None, "Dovecot Pigeonhole Sieve 'redirect'"),
    ForwardMarker("Resent-From", None, "RFC 5322 section 3.6.6 resent block (redirect, bounce)",
                  list_sensitive=True),
    ForwardMarker("Resent-Sender", None, "RFC 5322 section 3.6.6 resent block", list_sensitive=True),
    ForwardMarker("Resent-To", None, "RFC 5322 section 3.6.6 resent block", list_sensitive=True),
    ForwardMarker("Resent-Date", None, "RFC 5322 section 3.6.6 resent block", list_sensitive=True),
    ForwardMarker("Resent-Message-ID", None, "RFC 5322 section 3.6.6 resent block", list_sensitive=True),
    ForwardMarker("Delivered-To", None,
                  "already delivered to a mailbox (Postfix local/virtual, Dovecot LDA) and leaving again: "
                  ".forward, alias or Sieve redirect", weak=True, list_sensitive=True),
)

# Mailing-list headers (RFC 2369, RFC 2919) and list precedence: a list distribution is not a forward.
_LIST_HEADERS = ("List-Id", "List-Post", "List-Unsubscribe", "Mailing-List", "X-Mailing-List")
_AUTO_REPLY_RE = re.compile(r"^\s*auto-(replied|generated|notified)\b", re.I)
# Subject prefixes of manual forwards in the languages of the network's mail clients.
_MANUAL_SUBJECT_RE = re.compile(r"^\s*(?:(?:re|aw|sv|r|rif)\s*:\s*)*(?:fwd?|tr|wg|rv|fs|i|enc)\s*:", re.I)


def _is_list_message(message: Message) -> bool:
    if any(message.get(name) is not None for name in _LIST_HEADERS):
        return True
    precedence = str(message.get("Precedence", "")).strip().lower()
    return precedence in {"list", "bulk"}


def detect_forwarding(message: Message) -> tuple[Forwarding | None, tuple[str, ...]]:
    """Classify the message as automatically forwarded, manually forwarded, or neither.

    Returns ``(Forwarding.AUTO, markers)`` with the header names that showed it; delegated
    sends (Sender differs from From), mailing-list distributions, auto-replies (including
    Sentinelle's own notifications, which say ``Auto-Submitted: auto-replied``) and manual
    forwards are never AUTO."""
    auto_reply = bool(_AUTO_REPLY_RE.match(_header_text(message, "Auto-Submitted")))
    is_list = _is_list_message(message)
    markers: list[str] = []
    for marker in FORWARD_MARKERS:
        values = message.get_all(marker.header) or []
        if not values:
            continue
        if marker.weak and auto_reply:
            continue
        if marker.list_sensitive and is_list:
            continue
        if marker.value is not None and not any(marker.value.search(str(v)) for v in values):
            continue
        markers.append(marker.header if marker.value is None else f"{marker.header}: {str(values[0]).strip()}")
    if markers:
        return Forwarding.AUTO, tuple(markers)
    # Thunderbird adds X-Forwarded-Message-Id to a forward the user writes by hand.
    if message.get("X-Forwarded-Message-Id") is not None or _MANUAL_SUBJECT_RE.match(_subject(message)):
        return Forwarding.MANUAL, ()
    return None, ()


def _header_text(message: Message, name: str) -> str:
    value = message.get(name)
    return "" if value is None else str(value)


def _subject(message: Message) -> str:
    """The Subject with RFC 2047 encoded words decoded; never raises."""
    raw = message.get("Subject")
    if raw is None:
        return ""
    try:
        return str(make_header(decode_header(str(raw))))
    except (LookupError, ValueError, UnicodeError, TypeError):
        return str(raw)


def forced_by_subject_tag(message: Message, policy: Policy) -> bool:
    """True when the (decoded) Subject contains one of ``encryption.force_tags``, case-insensitively."""
    subject = _subject(message).casefold()
    return any(tag.casefold() in subject for tag in policy.encryption.force_tags)
