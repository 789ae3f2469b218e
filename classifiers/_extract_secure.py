"""Encrypted and signed content that extraction skips or reads specially: OpenPGP (PGP/MIME containers,
armored and binary packets, lookalikes), S/MIME and PKCS #7 signatures, encrypted Office files, and
base64 or quoted-printable ``message/rfc822`` parts."""

from __future__ import annotations

import base64
import quopri
import re
from email.message import Message

from sentinelle.classifiers import openpgp
from sentinelle.classifiers.extractors import text
from sentinelle.classifiers.extractors._common import (
    CORRUPT,
    Budget,
    Output,
    Piece,
    Problem,
    clip,
    decode_text,
    looks_textual,
)

_OPENPGP_TYPES = frozenset({"application/pgp-encrypted", "application/pgp-signature", "application/pgp-keys"})
_PKCS7_SIGNATURE_TYPES = frozenset({"application/pkcs7-signature", "application/x-pkcs7-signature"})
# DER of the PKCS #7 / CMS signedData content type OID 1.2.840.113549.1.7.2 (RFC 5652 section 5.1).
_SIGNED_DATA_OID = bytes.fromhex("06092a864886f70d010702")
_SKIP_KINDS = frozenset({openpgp.Kind.ENCRYPTED, openpgp.Kind.SIGNATURE})
_LOOKALIKE = "looks like OpenPGP data but is not (binary content)"
_SMIME = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})


_ENCRYPTED_OLE = "EncryptedPackage".encode("utf-16-le")


def _is_pgp_mime(part: Message) -> bool:
    try:
        openpgp.pgp_mime_key_ids(part)
    except openpgp.PgpMimeError:
        return False
    return True


def is_openpgp_part(part: Message) -> bool:
    """True for content extraction skips as OpenPGP-encrypted, which ``classifiers.openpgp``
    confirmed by walking its packets: an RFC 3156 PGP/MIME container around real encrypted data,
    an ``application/pgp-encrypted`` control part (only ``Version: 1``), a part whose content is
    (armored or binary) encrypted OpenPGP data. Lookalikes are False: they are inspected."""
    if part.get_content_type() == "multipart/encrypted":
        return _is_pgp_mime(part)
    if part.is_multipart():
        return False
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return False
    if part.get_content_type() == "application/pgp-encrypted" and payload.strip().startswith(b"Version:"):
        return payload.strip() == b"Version: 1"
    return openpgp.identify(payload) is openpgp.Kind.ENCRYPTED


def _encoded_message(part: Message) -> bool:
    return str(part.get("Content-Transfer-Encoding", "")).strip().lower() in ("base64", "quoted-printable")


def _decode_encoded_message(part: Message) -> bytes:
    """The bytes of a base64 or quoted-printable ``message/rfc822`` part, as a mail client decodes them.

    The parser took the encoded text for an embedded message: without header fields its lines are that
    message's body; with (odd) fields before a blank line, they are read back as text lines too."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    lines = [f"{k}: {v}" for k, v in inner.raw_items()] if isinstance(inner, Message) else []
    body = inner.get_payload() if isinstance(inner, Message) else ""
    encoded = "\n".join(lines) + ("\n" if lines else "") + (body if isinstance(body, str) else "")
    raw = encoded.encode("ascii", "surrogateescape")
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
        data = re.sub(rb"[^A-Za-z0-9+/]", b"", raw)
        return base64.b64decode(data[: len(data) - len(data) % 4])
    return quopri.decodestring(raw)


def _is_pkcs7_signature(part: Message) -> bool:
    """A DER ContentInfo of type signedData: a detached S/MIME signature, not a labelled text."""
    data = part.get_payload(decode=True)
    return isinstance(data, bytes) and data[:1] == b"\x30" and _SIGNED_DATA_OID in data[:32]


def _openpgp_output(data: bytes, charset: str | None, budget: Budget) -> Output:
    """Content that looks like OpenPGP data (sniffed, labelled, or with armored blocks in text).

    Confirmed encrypted data and signatures give nothing; confirmed public keys give their user
    IDs. Otherwise the text around confirmed blocks is read, each lookalike block stays in that
    text and its decoded data is read too (as text, or ``corrupt`` when binary); lookalike binary
    data is read as text when it is text, else ``corrupt``."""
    whole = openpgp.identify(data)
    if whole is not None:
        return _confirmed(whole, data)
    blocks = openpgp.armor_blocks(data)
    if not blocks:
        if looks_textual(data):
            return text.extract(data, charset, budget)
        return Output(problems=(Problem(CORRUPT, _LOOKALIKE),))
    pieces: list[Piece] = []
    problems: list[Problem] = []
    rest: list[bytes] = []
    position = 0
    for block in blocks:
        kind = openpgp.block_kind(block)
        if kind is not None:  # real data: cut out of the text (its base64 is noise to recognizers)
            rest.append(data[position:block.start])
            position = block.end
            pieces.extend(_confirmed(kind, block.payload).pieces)
        elif block.payload and looks_textual(block.payload):
            pieces.append(Piece(clip(decode_text(block.payload), budget.max_chars)))
        elif block.payload:
            problems.append(Problem(CORRUPT, "armored block that is not OpenPGP data (binary content)"))
    rest.append(data[position:])
    remaining = b"".join(rest)
    if remaining.strip():
        pieces.insert(0, text.extract(remaining, charset, budget).pieces[0])
    return Output(pieces=tuple(pieces), problems=tuple(problems))


def _confirmed(kind: openpgp.Kind, data: bytes) -> Output:
    if kind is not openpgp.Kind.PUBLIC_KEYS:
        return Output()
    packets = openpgp.dearmor(data, openpgp.ARMOR_PUBLIC_KEY) if data.lstrip().startswith(b"-----") else data
    user_ids = openpgp.public_key_user_ids(packets)
    return Output(pieces=(Piece("\n".join(user_ids)),)) if user_ids else Output()
