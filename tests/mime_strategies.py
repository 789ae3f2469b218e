"""Hypothesis strategies for hostile mail: arbitrary bytes, MIME trees built from a hostile grammar, and
mutations of the generated robustness corpus. Shared by tests/test_fuzz_pipeline.py and bench/fuzz.py."""

from __future__ import annotations

import base64
import quopri

from hypothesis import strategies as st
from mime_robustness import Case, cases

# Small alphabets on purpose: boundaries collide, charsets and types lie, encodings disagree with content.
BOUNDARIES = ("b", "bb", "b--", "=_x", "QUJD", "", "a b", "\x00", "é")
CONTENT_TYPES = ("text/plain", "text/html", "text/csv", "text/rtf", "application/octet-stream", "application/zip",
                 "application/pdf", "image/png", "message/rfc822", "message/partial", "message/delivery-status",
                 "multipart/mixed", "multipart/alternative", "multipart/related", "multipart/encrypted",
                 "multipart/signed", "application/pgp-encrypted", "application/pkcs7-mime", "x-/", "")
ENCODINGS = ("7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "bogus", "")
CHARSETS = ("utf-8", "iso-8859-1", "utf-16", "utf-16-le", "koi8-r", "shift_jis", "x-unknown", "us-ascii", "")
LINE_ENDS = (b"\r\n", b"\n", b"\r", b"\r\r\n")
WORDS = ("bonjour", "dossier", "patient", "Zorvexfuzz", "=?utf-8?q?=C3=A9t=C3=A9?=", "=?x?b?////?=", "\x00",
         "é" * 3, "--b", "begin 644 x.txt", "-----BEGIN PGP MESSAGE-----", "MSH|^~\\&|", "%PDF-1.4", "PK\x03\x04")

text_fragments = st.lists(st.sampled_from(WORDS) | st.text(max_size=40), max_size=12).map(" ".join)


def _encode(body: bytes, encoding: str) -> bytes:
    if encoding == "base64":
        return base64.encodebytes(body)
    if encoding == "quoted-printable":
        return quopri.encodestring(body)
    return body


@st.composite
def mime_trees(draw: st.DrawFn, depth: int = 0) -> bytes:
    """One MIME entity (headers, blank line, body) whose parts may nest, lie and collide."""
    ctype = draw(st.sampled_from(CONTENT_TYPES))
    boundary = draw(st.sampled_from(BOUNDARIES))
    charset = draw(st.sampled_from(CHARSETS))
    encoding = draw(st.sampled_from(ENCODINGS))
    headers = [f"Content-Type: {ctype}; boundary=\"{boundary}\"; charset={charset}; name=\"{draw(text_fragments)}\""]
    if encoding:
        headers.append(f"Content-Transfer-Encoding: {encoding}")
    if draw(st.booleans()):
        headers.append(f"Subject: {draw(text_fragments)}")
    if draw(st.booleans()):
        headers.append(f"Content-Disposition: attachment; filename*=utf-8''{draw(text_fragments)}")
    if ctype.startswith("multipart/") and depth < 4:
        children = draw(st.lists(mime_trees(depth + 1), max_size=4))
        closing = draw(st.sampled_from((f"--{boundary}--\r\n", "", f"--{boundary}\r\n")))
        body = b"".join(f"--{boundary}\r\n".encode() + child + b"\r\n" for child in children) + closing.encode()
    elif ctype == "message/rfc822" and depth < 4:
        body = draw(mime_trees(depth + 1))
    else:
        text = draw(text_fragments)
        body = _encode(text.encode(charset if charset not in ("", "x-unknown") else "utf-8", "replace"), encoding)
    head = "\r\n".join(headers).encode("utf-8", "surrogateescape")
    return head + b"\r\n\r\n" + body


@st.composite
def hostile_messages(draw: st.DrawFn) -> bytes:
    """A MIME tree, then its line ends swapped and a few bytes spliced in, cut or repeated."""
    raw = draw(mime_trees())
    line_end = draw(st.sampled_from(LINE_ENDS))
    raw = raw.replace(b"\r\n", line_end)
    return draw(mutated(raw))


@st.composite
def mutated(draw: st.DrawFn, raw: bytes) -> bytes:
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(("insert", "delete", "repeat", "truncate")))
        position = draw(st.integers(0, len(raw)))
        if kind == "insert":
            raw = raw[:position] + draw(st.binary(max_size=64)) + raw[position:]
        elif kind == "delete":
            raw = raw[:position] + raw[position + draw(st.integers(1, 64)):]
        elif kind == "repeat":
            raw = raw[:position] + raw[position:position + 200] * draw(st.integers(2, 50)) + raw[position:]
        else:
            raw = raw[:position]
    return raw


def _small_cases() -> list[Case]:
    return [c for c in cases() if len(c.raw) < 20_000]


corpus_mutations = st.sampled_from(_small_cases()).flatmap(lambda case: mutated(case.raw))
