"""Is this really OpenPGP data? A packet-header walker that tells real data from lookalikes.

A ``multipart/encrypted`` label, an ``application/pgp-*`` type or an armor line proves nothing:
anyone can wrap plaintext in ``-----BEGIN PGP MESSAGE-----``. Before extraction skips content, or
the policy trusts a message as encrypted, the bytes are de-armored and their packet headers are
walked:

- ASCII armor: RFC 4880 section 6.2 / RFC 9580 section 6.2 (armor header line, armor headers, a
  blank line, base64 data, an optional CRC-24 checksum line (section 6.1), the armor tail line).
- Packet headers: RFC 4880 section 4.2 / RFC 9580 section 4.2 (old and new formats, partial
  body lengths allowed only on the packets of RFC 9580 section 4.2.1.4).
- An encrypted message (RFC 9580 section 10.3, "OpenPGP Messages"): one or more session-key
  packets (PKESK tag 1, section 5.1; SKESK tag 3, section 5.3), then exactly one encrypted-data
  packet (SED tag 9, SEIPD tag 18, AEAD tag 20) that ends the data. Marker packets (tag 10) are
  ignored. Recipient key ids are read from v3 and v6 PKESK packets.
- A detached signature: one or more signature packets (tag 2, section 5.2).
- Transferable public keys (section 10.1): a public-key packet (tag 6) followed by user IDs,
  user attributes, subkeys, signatures, trust and padding packets.

Anything else, a signed-only or literal-data message included, is a lookalike: ``identify``
returns None. ``PacketError`` messages name the structural problem only, never data.
Everything here is pure; ``identify`` and ``armor_blocks`` never raise on any input.
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message

# OpenPGP packet tags (RFC 9580 section 5).
TAG_PKESK = 1
TAG_SIGNATURE = 2
TAG_SKESK = 3
TAG_SED = 9
TAG_MARKER = 10
TAG_TRUST = 12
TAG_USER_ID = 13
TAG_PUBLIC_KEY = 6
TAG_PUBLIC_SUBKEY = 14
TAG_USER_ATTRIBUTE = 17
TAG_SEIPD = 18
TAG_AEAD = 20
TAG_PADDING = 21
SESSION_KEY_TAGS = frozenset({TAG_PKESK, TAG_SKESK})
ENCRYPTED_DATA_TAGS = frozenset({TAG_SED, TAG_SEIPD, TAG_AEAD})
_KEY_FOLLOWER_TAGS = frozenset(
    {TAG_SIGNATURE, TAG_PUBLIC_KEY, TAG_TRUST, TAG_USER_ID, TAG_PUBLIC_SUBKEY, TAG_USER_ATTRIBUTE, TAG_PADDING}
)
# Only these packets may use partial body lengths (RFC 9580 section 4.2.1.4).
_PARTIAL_OK = frozenset({8, 9, 11, 18, 20})
# An encrypted-data packet shorter than this cannot hold a cipher block, IV and MDC.
_MIN_ENCRYPTED_BYTES = 16
# Armor blocks looked at in one piece of data; more are left as text (a real mail has one or two).
MAX_ARMOR_BLOCKS = 64
# The armor checksum is verified up to this payload size. It protects nothing against a forger
# (anyone can compute it) and RFC 9580 section 6.1 tells readers not to reject on it; checking it
# on small blocks only catches damaged copies, while pure-Python CRC on megabytes costs seconds.
CRC_CHECK_MAX_BYTES = 256 * 1024

ARMOR_MESSAGE = "PGP MESSAGE"
ARMOR_SIGNATURE = "PGP SIGNATURE"
ARMOR_PUBLIC_KEY = "PGP PUBLIC KEY BLOCK"
ARMOR_BEGIN_PREFIX = b"-----BEGIN PGP "

_BEGIN = re.compile(rb"^[ \t]*-----BEGIN (PGP [A-Z0-9 ,/]{1,40})-----[ \t]*\r?$", re.MULTILINE)
_ARMOR_HEADER = re.compile(rb"^[!-9;-~]{1,76}: ?[^\r\n]*$")  # key: value (RFC 9580 section 6.2.2)
_BASE64_LINE = re.compile(rb"^[A-Za-z0-9+/=]+$")
_BASE64_STRICT = re.compile(rb"^[A-Za-z0-9+/]*={0,2}$")
_CRC_LINE = re.compile(rb"^=[A-Za-z0-9+/]{4}$")
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")
_PGP_MIME_VERSION = re.compile(rb"^\s*Version:\s*1\s*$", re.MULTILINE)


class PacketError(ValueError):
    """The bytes are not the expected well-formed sequence of OpenPGP packets."""


class PgpMimeError(ValueError):
    """A ``multipart/encrypted`` entity that is not RFC 3156 PGP/MIME around real encrypted data."""


class Kind(enum.Enum):
    """What confirmed OpenPGP data holds."""

    ENCRYPTED = "encrypted"
    SIGNATURE = "signature"
    PUBLIC_KEYS = "public_keys"


_ARMOR_LABEL = {Kind.ENCRYPTED: ARMOR_MESSAGE, Kind.SIGNATURE: ARMOR_SIGNATURE, Kind.PUBLIC_KEYS: ARMOR_PUBLIC_KEY}


@dataclass(frozen=True, slots=True)
class Packet:
    tag: int
    body: bytes


@dataclass(frozen=True, slots=True)
class ArmorBlock:
    """One armored block found in a piece of data, read leniently.

    ``start``/``end`` delimit it in the data (``end`` is past the tail line, or past the last base64
    line when the tail is missing). ``payload`` is the base64 data decoded the way a forgiving
    reader would (non-alphabet characters dropped, padding repaired): what a recipient could
    recover. ``strict`` is True only for a well-formed block: blank line after the armor headers,
    valid base64, matching CRC-24 when present, and a tail line with the same label."""

    start: int
    end: int
    label: str
    payload: bytes
    strict: bool


def _crc24_table() -> tuple[int, ...]:
    # RFC 4880 section 6.1 (generator 0x864CFB), one entry per byte value.
    table = []
    for byte in range(256):
        crc = byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
        table.append(crc & 0xFFFFFF)
    return tuple(table)


_CRC24_TABLE = _crc24_table()


def _crc24(data: bytes) -> int:
    """CRC-24 of RFC 4880 section 6.1, table-driven."""
    crc = 0xB704CE
    table = _CRC24_TABLE
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFF) ^ table[(crc >> 16) ^ byte]
    return crc


def _lenient_b64(text: bytes) -> bytes:
    cleaned = _NOT_BASE64.sub(b"", text)
    cleaned = cleaned[: len(cleaned) - len(cleaned) % 4] if len(cleaned) % 4 == 1 else cleaned
    try:
        return base64.b64decode(cleaned + b"=" * (-len(cleaned) % 4))
    except (binascii.Error, ValueError):
        return b""


def _lines(data: bytes, pos: int) -> Iterator[tuple[int, bytes]]:
    """(end including the newline, stripped content) of each line from ``pos``."""
    size = len(data)
    while pos < size:
        newline = data.find(b"\n", pos)
        end = size if newline < 0 else newline + 1
        yield end, data[pos:end].strip()
        pos = end


def _read_block(data: bytes, begin: re.Match[bytes]) -> ArmorBlock:
    label = begin.group(1).decode("ascii")
    pos = begin.end()
    pos = pos + 1 if data[pos:pos + 1] == b"\n" else pos
    in_headers, separated, tail_ok, crc_ok = True, False, False, True
    body: list[bytes] = []
    crc: bytes | None = None
    end = pos
    for line_end, line in _lines(data, pos):
        if in_headers:
            if not line:
                in_headers, separated, end = False, True, line_end
                continue
            if _ARMOR_HEADER.match(line) and not _BASE64_LINE.match(line):
                end = line_end
                continue
            in_headers = False  # no blank line: lenient readers start the data here
        if line.startswith(b"-----END "):
            tail_ok = line == f"-----END {label}-----".encode("ascii")
            end = line_end
            break
        if crc is None and _CRC_LINE.match(line):
            crc, end = line, line_end
            continue
        if not line or (crc is None and _BASE64_LINE.match(line)):
            body.append(line)
            end = line_end
            continue
        break  # ordinary text: the block ended without its tail line
    joined = b"".join(body)
    payload = _lenient_b64(joined)
    valid = bool(_BASE64_STRICT.match(joined)) and len(joined) % 4 == 0
    if valid and crc is not None and len(payload) <= CRC_CHECK_MAX_BYTES:
        try:
            crc_ok = base64.b64decode(crc[1:]) == _crc24(payload).to_bytes(3, "big")
        except (binascii.Error, ValueError):
            crc_ok = False
    strict = separated and tail_ok and valid and crc_ok and bool(payload)
    return ArmorBlock(begin.start(), end, label, payload, strict)


def armor_blocks(data: bytes, limit: int = MAX_ARMOR_BLOCKS) -> tuple[ArmorBlock, ...]:
    """The armored blocks of ``data`` (anywhere at a line start), at most ``limit``, in order.

    A cleartext-signed message's ``-----BEGIN PGP SIGNED MESSAGE-----`` line starts no block: its
    text follows in clear and its signature is a block of its own (RFC 9580 section 7)."""
    if ARMOR_BEGIN_PREFIX not in data:
        return ()
    blocks: list[ArmorBlock] = []
    pos = 0
    while len(blocks) < limit:
        begin = _BEGIN.search(data, pos)
        if begin is None:
            break
        if begin.group(1) == b"PGP SIGNED MESSAGE":
            pos = begin.end()
            continue
        block = _read_block(data, begin)
        blocks.append(block)
        pos = max(block.end, begin.end())
    return tuple(blocks)


def dearmor(data: bytes, label: str = ARMOR_MESSAGE) -> bytes:
    """Decode the one well-formed armored block with ``label`` that is the whole of ``data``
    (surrounding whitespace aside); raise PacketError otherwise, or when the CRC-24 is wrong."""
    blocks = armor_blocks(data, limit=2)
    if len(blocks) != 1 or blocks[0].label != label:
        raise PacketError(f"not a single armored {label} block")
    block = blocks[0]
    if data[:block.start].strip() or data[block.end:].strip():
        raise PacketError(f"not a single armored {label} block")
    if not block.strict:
        raise PacketError("malformed armor (base64, checksum or tail line)")
    return block.payload


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
    # RFC 9580 section 4.2.1: one-, two- and five-octet lengths, and partial body lengths.
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


def check_signature(data: bytes) -> None:
    """Raise PacketError unless ``data`` (binary) is one or more signature packets only."""
    count = 0
    for packet in iter_packets(data):
        if packet.tag != TAG_SIGNATURE or len(packet.body) < 2 or packet.body[0] not in (3, 4, 5, 6):
            raise PacketError("not a signature packet")
        count += 1
    if not count:
        raise PacketError("no signature packet")


def public_key_user_ids(data: bytes) -> tuple[str, ...]:
    """Check that ``data`` (binary) is transferable public keys and return their user IDs (which
    are free text, so the caller inspects them); raise PacketError otherwise."""
    user_ids: list[str] = []
    first = True
    for packet in iter_packets(data):
        if first and packet.tag != TAG_PUBLIC_KEY:
            raise PacketError("does not start with a public-key packet")
        if packet.tag not in _KEY_FOLLOWER_TAGS:
            raise PacketError(f"unexpected packet tag {packet.tag}")
        is_key = packet.tag in (TAG_PUBLIC_KEY, TAG_PUBLIC_SUBKEY)
        if is_key and (not packet.body or packet.body[0] not in (3, 4, 5, 6)):
            raise PacketError("unknown key packet version")
        if packet.tag == TAG_USER_ID:
            user_ids.append(packet.body.decode("utf-8", "replace"))
        first = False
    if first:
        raise PacketError("no public-key packet")
    return tuple(user_ids)


def _binary_kind(data: bytes) -> Kind | None:
    for kind, check in ((Kind.ENCRYPTED, encrypted_key_ids), (Kind.SIGNATURE, check_signature),
                        (Kind.PUBLIC_KEYS, public_key_user_ids)):
        try:
            check(data)
        except PacketError:
            continue
        return kind
    return None


def identify(data: bytes) -> Kind | None:
    """What ``data`` is when the whole of it (whitespace aside) is one well-formed armored block
    whose packets match its label, or binary OpenPGP packets: encrypted message, detached
    signature, public keys. None for anything else: lookalikes, signed-only or literal messages,
    truncated or padded data. Never raises."""
    stripped = data.strip()
    if stripped.startswith(ARMOR_BEGIN_PREFIX):
        blocks = armor_blocks(data, limit=2)
        if len(blocks) != 1 or not blocks[0].strict or data[:blocks[0].start].strip() or data[blocks[0].end:].strip():
            return None
        return block_kind(blocks[0])
    return _binary_kind(data)


def block_kind(block: ArmorBlock) -> Kind | None:
    """The kind of a well-formed armored block whose packets match its label; else None."""
    if not block.strict:
        return None
    kind = _binary_kind(block.payload)
    return kind if kind is not None and _ARMOR_LABEL[kind] == block.label else None


def packets_of(data: bytes) -> bytes:
    """The binary packets of ``data``: de-armored when it is one armored ``PGP MESSAGE`` block
    (RFC 3156 asks for armor, but binary packets are equally encrypted); raise PacketError."""
    if data.strip().startswith(ARMOR_BEGIN_PREFIX):
        return dearmor(data)
    return data


def is_pgp_mime_control(data: bytes) -> bool:
    """True for the RFC 3156 section 4 control part content (a ``Version: 1`` line)."""
    return bool(_PGP_MIME_VERSION.search(data))


def _decoded(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def pgp_mime_key_ids(message: Message) -> frozenset[str]:
    """Check that ``message`` is RFC 3156 PGP/MIME (section 4) around real encrypted data and
    return the PKESK key ids; raise PgpMimeError saying which requirement failed."""
    protocol = message.get_param("protocol") or ""
    if not isinstance(protocol, str) or protocol.lower() != "application/pgp-encrypted":
        raise PgpMimeError("multipart/encrypted without protocol application/pgp-encrypted")
    parts = message.get_payload()
    if not isinstance(parts, list) or len(parts) != 2:
        raise PgpMimeError("multipart/encrypted must have exactly two parts")
    control, data = parts
    if not isinstance(control, Message) or not isinstance(data, Message):
        raise PgpMimeError("multipart/encrypted parts are not MIME entities")
    if control.get_content_type() != "application/pgp-encrypted":
        raise PgpMimeError("first part is not application/pgp-encrypted")
    if not is_pgp_mime_control(_decoded(control)):
        raise PgpMimeError("control part lacks 'Version: 1'")
    if data.get_content_type() != "application/octet-stream":
        raise PgpMimeError("second part is not application/octet-stream")
    try:
        return encrypted_key_ids(packets_of(_decoded(data)))
    except PacketError as error:
        raise PgpMimeError(f"payload is not OpenPGP encrypted data: {error}") from None


__all__ = [
    "ARMOR_MESSAGE",
    "ARMOR_PUBLIC_KEY",
    "ARMOR_SIGNATURE",
    "ArmorBlock",
    "Kind",
    "Packet",
    "PacketError",
    "PgpMimeError",
    "armor_blocks",
    "block_kind",
    "check_signature",
    "dearmor",
    "encrypted_key_ids",
    "identify",
    "is_pgp_mime_control",
    "iter_packets",
    "packets_of",
    "pgp_mime_key_ids",
    "public_key_user_ids",
]
