"""The project's own robustness corpus: malformed and extreme MIME, generated (never stored, never real data).

Each ``Case`` is raw message bytes plus the marker words planted in content a mail client would show.
The contract checked by ``check_pipeline`` (test_robustness_corpus.py, test_fuzz_pipeline.py, bench/fuzz.py):
parse -> extract -> classify -> decide never raises, returns within the time budget, and every planted
marker is either found in an extracted segment or the message carries an ``uninspectable`` finding with a
named cause; an external recipient of a message with such a finding is never delivered in clear.

Families: boundaries (missing, undeclared, duplicated, nested reuse, unclosed, inside base64), truncated
parts, 8-bit headers in many charsets, encoded words (split, nested, malformed), NUL bytes, long lines
(998+, 100 K, 1 M characters), CR-only / LF-only / mixed line ends, header folding abuse, multipart with 0
and 10,000 parts, message/rfc822 nesting loops, content-type and transfer-encoding lies.
"""

from __future__ import annotations

import base64
import codecs
import io
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from sentinelle.classifiers.config import ClassifierConfig, Limits, Scoring
from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.extract import UNINSPECTABLE_CAUSES, extract
from sentinelle.classifiers.extractors._common import decode_text, looks_textual
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import UNINSPECTABLE
from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.model import Action, Envelope
from sentinelle.proxy.pipeline.analyze import Analyzer
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text

SENDER = "dr.tremblay@ssss.gouv.qc.ca"
INTERNAL_RECIPIENT = "secretariat@ssss.gouv.qc.ca"
EXTERNAL_RECIPIENT = "dr.lab@clinique.example"
# Wall-clock slack over the time budget: a loaded 2-core CI box, and the last part started before the
# deadline may finish after it. Generous on purpose: this bounds "returns", it is not a speed test.
SLACK_SECONDS = 15.0

_WORD = re.compile(r"[A-Za-z]{5,}")
_TAG = re.compile(r"<[^>]*(?:>|\Z)|&\w+;")  # an unclosed tag at the end hides the rest, as in a browser
_STYLE = re.compile(r"(?is)<(script|style)\b.*?</\1>")


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    raw: bytes
    markers: tuple[str, ...]  # words a mail client would show: inspected, or the message reported uninspectable


def marker(index: int) -> str:
    """A made-up word (letters only, so recognizers and tokenizers keep it whole) unique per index."""
    letters = "".join("bcdfghjklmnpqrstvwxz"[int(d)] for d in f"{index:04d}")
    return f"Zorvex{letters}"


def _headers(*extra: str, ctype: str = "text/plain; charset=utf-8") -> bytes:
    lines = [f"From: Dr Tremblay <{SENDER}>", f"To: <{EXTERNAL_RECIPIENT}>", "Subject: essai",
             "Message-ID: <robustness@test>", "MIME-Version: 1.0", f"Content-Type: {ctype}", *extra]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def _zip(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _boundaries() -> Iterator[Case]:
    m = [marker(i) for i in range(1, 9)]
    yield Case("multipart_without_boundary_param",
               _headers(ctype="multipart/mixed") + f"texte {m[0]}\r\n".encode(), (m[0],))
    yield Case("declared_boundary_never_used",
               _headers(ctype='multipart/mixed; boundary="declared"')
               + f"--other\r\nContent-Type: text/plain\r\n\r\n{m[0]}\r\n--other--\r\n".encode(), (m[0],))
    yield Case("two_boundary_params",
               _headers(ctype='multipart/mixed; boundary="one"; boundary="two"')
               + f"--one\r\n\r\n{m[0]}\r\n--two\r\n\r\n{m[1]}\r\n--one--\r\n--two--\r\n".encode(), (m[0],))
    nested = (f"--same\r\nContent-Type: multipart/mixed; boundary=\"same\"\r\n\r\n--same\r\n\r\n{m[0]}\r\n"
              f"--same--\r\n--same\r\n\r\n{m[1]}\r\n--same--\r\n")
    yield Case("nested_multipart_reuses_parent_boundary",
               _headers(ctype='multipart/mixed; boundary="same"') + nested.encode(), (m[0],))
    yield Case("missing_close_delimiter",
               _headers(ctype='multipart/mixed; boundary="b"')
               + f"--b\r\n\r\n{m[0]}\r\n--b\r\nContent-Type: text/plain\r\n\r\n{m[1]}\r\n".encode(), (m[0], m[1]))
    yield Case("empty_boundary_value",
               _headers(ctype='multipart/mixed; boundary=""') + f"--\r\n\r\n{m[0]}\r\n----\r\n".encode(), (m[0],))
    preamble = f"preamble {m[2]}\r\n--b\r\n\r\n{m[0]}\r\n--b--\r\nepilogue {m[3]}\r\n"
    yield Case("text_in_preamble_and_epilogue", _headers(ctype='multipart/mixed; boundary="b"') + preamble.encode(),
               (m[0],))
    # "--QUJD" is a delimiter wherever it starts a line, base64 or not: the part is cut there, as every client cuts it.
    encoded = _b64(f"{m[0]} {'x' * 200} {m[1]}".encode()).split(b"\r\n")
    inside = b"\r\n".join([*encoded[:2], b"--QUJD", *encoded[2:]])
    yield Case("boundary_line_inside_base64",
               _headers(ctype='multipart/mixed; boundary="QUJD"')
               + b"--QUJD\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               + inside + b"\r\n--QUJD--\r\n", (m[0],))
    yield Case("boundary_as_prefix_of_another",
               _headers(ctype='multipart/mixed; boundary="b"')
               + f"--b\r\n\r\n{m[0]}\r\n--bb\r\n\r\n{m[1]}\r\n--b--\r\n".encode(), (m[0],))


def _truncated() -> Iterator[Case]:
    m = [marker(i) for i in range(10, 16)]
    body = _b64(f"{m[0]} compte rendu {'y' * 300}".encode())
    yield Case("truncated_base64_part",
               _headers(ctype='multipart/mixed; boundary="b"')
               + b"--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body[:-7], (m[0],))
    yield Case("truncated_quoted_printable",
               _headers("Content-Transfer-Encoding: quoted-printable") + f"{m[1]} r=C3=A9sultat =C3".encode(), (m[1],))
    yield Case("truncated_in_headers", _headers()[:60], ())
    yield Case("truncated_in_part_headers",
               _headers(ctype='multipart/mixed; boundary="b"') + f"--b\r\n\r\n{m[2]}\r\n--b\r\nContent-Ty".encode(),
               (m[2],))
    archive = _zip("rapport.txt", f"{m[3]} patient".encode())
    yield Case("truncated_zip_attachment",
               _headers(ctype='multipart/mixed; boundary="b"')
               + b"--b\r\nContent-Type: application/zip; name=a.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               + _b64(archive[: len(archive) // 2]) + b"--b--\r\n", ())
    yield Case("empty_message", b"", ())
    yield Case("headers_only_no_blank_line", b"Subject: " + m[4].encode(), (m[4],))


_CHARSETS = ("iso-8859-1", "cp1252", "iso-8859-15", "iso-8859-2", "iso-8859-5", "iso-8859-7", "koi8-r",
             "cp1251", "shift_jis", "euc-jp", "iso-2022-jp", "gb2312", "gb18030", "big5", "euc-kr", "utf-8",
             "utf-16", "utf-16-le", "utf-32", "utf-7", "cp437", "mac-roman", "tis-620", "windows-1256")
_SAMPLE = {"iso-8859-5": "Пациент", "koi8-r": "Пациент", "cp1251": "Пациент", "iso-8859-7": "Ασθενής",
           "shift_jis": "患者", "euc-jp": "患者", "iso-2022-jp": "患者", "gb2312": "患者", "gb18030": "患者",
           "big5": "患者", "euc-kr": "환자", "tis-620": "ผู้ป่วย", "windows-1256": "مريض", "iso-8859-2": "Pacjent łóżko"}


def _charsets() -> Iterator[Case]:
    for index, charset in enumerate(_CHARSETS):
        word = marker(100 + index)
        text = f"{_SAMPLE.get(charset, 'Résumé du dossier')} {word}"
        encoded = text.encode(charset)
        ascii_compatible = charset not in ("utf-16", "utf-16-le", "utf-32", "utf-7", "iso-2022-jp")
        # Raw 8-bit header bytes: only ASCII-compatible charsets keep the ASCII marker readable as bytes.
        raw_subject = b"Subject: " + encoded.replace(b"\r", b"").replace(b"\n", b"") + b"\r\n"
        body = b"To: <" + EXTERNAL_RECIPIENT.encode() + b">\r\nFrom: " + encoded.replace(b"\r\n", b"") + b" <"
        body += SENDER.encode() + b">\r\n"
        if ascii_compatible:
            yield Case(f"raw_8bit_subject_{charset}", raw_subject + body + b"\r\nbonjour\r\n", (word,))
        for mode in ("B", "Q"):
            payload = base64.b64encode(encoded).decode() if mode == "B" else "".join(f"={b:02X}" for b in encoded)
            subject = f"Subject: =?{charset}?{mode}?{payload}?=\r\n".encode()
            yield Case(f"encoded_word_{mode.lower()}_{charset}", subject + body + b"\r\nbonjour\r\n", (word,))
        yield Case(f"body_charset_{charset}",
                   _headers(ctype=f"text/plain; charset={charset}", ) + encoded + b"\r\n", (word,))


def _encoded_words() -> Iterator[Case]:
    m = [marker(i) for i in range(200, 212)]
    half = len(m[0]) // 2
    yield Case("encoded_word_split_inside_a_word",
               f"Subject: =?utf-8?q?{m[0][:half]}?= =?utf-8?q?{m[0][half:]}?=\r\n\r\nx\r\n".encode(), (m[0],))
    utf8 = f"été {m[1]}".encode()
    split = f"=?utf-8?b?{base64.b64encode(utf8[:2]).decode()}?= =?utf-8?b?{base64.b64encode(utf8[2:]).decode()}?="
    yield Case("encoded_word_split_inside_a_character", f"Subject: {split}\r\n\r\nx\r\n".encode(), (m[1],))
    inner = f"=?utf-8?q?{m[2]}?="
    nested = f"=?utf-8?b?{base64.b64encode(inner.encode()).decode()}?="
    yield Case("encoded_word_nested", f"Subject: {nested}\r\n\r\nx\r\n".encode(), (m[2],))
    yield Case("encoded_word_unknown_charset", f"Subject: =?x-nonexistent?q?{m[3]}?=\r\n\r\nx\r\n".encode(), (m[3],))
    yield Case("encoded_word_unknown_encoding", f"Subject: =?utf-8?x?{m[4]}?=\r\n\r\nx\r\n".encode(), (m[4],))
    yield Case("encoded_word_unterminated", f"Subject: =?utf-8?q?{m[5]}\r\n\r\nx\r\n".encode(), (m[5],))
    yield Case("encoded_word_bad_base64", f"Subject: =?utf-8?b?{m[6]}!!?=\r\n\r\nx\r\n".encode(), (m[6],))
    many = " ".join(f"=?utf-8?q?{m[7]}{i}?=" for i in range(5000))
    yield Case("encoded_words_5000", f"Subject: {many}\r\n\r\nx\r\n".encode(), (m[7],))
    yield Case("encoded_word_in_display_name",
               f"From: =?utf-8?q?{m[8]}?= <{SENDER}>\r\nTo: {EXTERNAL_RECIPIENT}\r\n\r\nx\r\n".encode(), (m[8],))
    yield Case("encoded_word_in_filename",
               _headers(ctype='multipart/mixed; boundary="b"')
               + f"--b\r\nContent-Type: text/plain; name=\"=?utf-8?q?{m[9]}.txt?=\"\r\n"
                 f"Content-Disposition: attachment; filename*=utf-8''%FF%FE{m[10]}\r\n\r\n{m[11]}\r\n--b--\r\n"
                 .encode(), (m[11],))


def _nul_and_controls() -> Iterator[Case]:
    m = [marker(i) for i in range(300, 306)]
    yield Case("nul_in_body", _headers() + f"avant\x00{m[0]}\x00apres\r\n".encode(), (m[0],))
    yield Case("nul_in_header", f"Subject: a\x00{m[1]}\r\nX-Null: \x00\x00\r\n\r\n{m[2]}\r\n".encode(), (m[1], m[2]))
    yield Case("nul_in_boundary",
               _headers(ctype='multipart/mixed; boundary="a\x00b"') + f"--a\x00b\r\n\r\n{m[3]}\r\n--a\x00b--\r\n"
               .encode(), (m[3],))
    yield Case("only_nul_bytes", b"\x00" * 100_000, ())
    yield Case("control_characters_everywhere",
               bytes(range(32)) + b": v\r\nSubject: " + bytes(range(1, 32)) + m[4].encode() + b"\r\n\r\n"
               + bytes(range(256)) + b" " + m[5].encode() + b"\r\n", (m[4],))


def _long_lines() -> Iterator[Case]:
    for index, length in enumerate((998, 999, 1001, 100_000, 1_000_000)):
        word = marker(400 + index)
        line = ("a" * length + " " + word).encode()
        yield Case(f"body_line_{length}_chars", _headers() + line + b"\r\n", (word,))
    word = marker(410)
    yield Case("subject_100k_chars", f"Subject: {'s' * 100_000} {word}\r\n\r\nx\r\n".encode(), (word,))
    word = marker(411)
    yield Case("base64_single_line_2mb",
               _headers("Content-Transfer-Encoding: base64")
               + base64.b64encode(f"{'texte ' * 250_000}{word}".encode()) + b"\r\n", (word,))
    word = marker(412)
    yield Case("boundary_200_chars",
               _headers(ctype=f'multipart/mixed; boundary="{"b" * 200}"')
               + f"--{'b' * 200}\r\n\r\n{word}\r\n--{'b' * 200}--\r\n".encode(), (word,))


def _line_ends() -> Iterator[Case]:
    for index, (label, end) in enumerate((("cr_only", b"\r"), ("lf_only", b"\n"), ("crcrlf", b"\r\r\n"),
                                          ("lfcr", b"\n\r"))):
        m = [marker(500 + 3 * index + k) for k in range(3)]
        lines = [b"Subject: " + m[0].encode(), b'Content-Type: multipart/mixed; boundary="b"', b"", b"--b",
                 b"Content-Type: text/plain", b"", m[1].encode(), b"--b", b"Content-Type: text/html", b"",
                 b"<p>" + m[2].encode() + b"</p>", b"--b--", b""]
        yield Case(f"line_ends_{label}", end.join(lines), (m[0], m[1]))
    m = [marker(520 + k) for k in range(3)]
    mixed = b"Subject: " + m[0].encode() + b"\rTo: x@y.example\nContent-Type: text/plain\r\n\n" + m[1].encode()
    yield Case("line_ends_mixed", mixed + b"\r" + m[2].encode() + b"\n", (m[1],))


def _folding() -> Iterator[Case]:
    m = [marker(600 + k) for k in range(8)]
    folded = "Subject: debut\r\n" + "".join(f" \r\n\t{i}\r\n" for i in range(10_000)) + f" {m[0]}\r\n"
    yield Case("subject_folded_10000_times", (folded + "\r\nx\r\n").encode(), (m[0],))
    yield Case("fold_with_whitespace_only_lines",
               f"Subject: a\r\n \r\n \r\n\t{m[1]}\r\n\r\n{m[2]}\r\n".encode(), (m[1],))
    yield Case("continuation_before_any_header", f" {m[3]}\r\nSubject: x\r\n\r\n{m[4]}\r\n".encode(), (m[4],))
    yield Case("space_before_colon", f"Subject : {m[5]}\r\nContent-Type : text/html\r\n\r\n{m[6]}\r\n".encode(),
               (m[5], m[6]))
    many = "".join(f"X-H{i}: v\r\n" for i in range(20_000))
    yield Case("20000_header_fields", (many + f"Subject: {m[7]}\r\n\r\nx\r\n").encode(), (m[7],))
    word = marker(610)
    yield Case("folded_content_type_parameters",
               _headers(ctype='multipart/mixed;\r\n\tboundary=\r\n "b"')
               + f"--b\r\n\r\n{word}\r\n--b--\r\n".encode(), (word,))
    word = marker(611)
    yield Case("header_without_colon", f"Garbage line without colon\r\nSubject: {word}\r\n\r\nx\r\n".encode(),
               (word,))


def _part_counts() -> Iterator[Case]:
    yield Case("multipart_zero_parts", _headers(ctype='multipart/mixed; boundary="b"') + b"--b--\r\n", ())
    yield Case("multipart_only_preamble", _headers(ctype='multipart/mixed; boundary="b"') + b"nothing\r\n", ())
    first, last = marker(700), marker(701)
    parts = [f"--b\r\nContent-Type: text/plain\r\n\r\np{i}\r\n" for i in range(10_000)]
    parts[0] = f"--b\r\n\r\n{first}\r\n"
    parts[-1] = f"--b\r\nContent-Disposition: attachment; filename=last.txt\r\n\r\n{last}\r\n"
    yield Case("multipart_10000_parts",
               _headers(ctype='multipart/mixed; boundary="b"') + ("".join(parts) + "--b--\r\n").encode(), (first, last))
    empty = "".join("--b\r\n\r\n" for _ in range(10_000))
    yield Case("multipart_10000_empty_parts",
               _headers(ctype='multipart/mixed; boundary="b"') + (empty + "--b--\r\n").encode(), ())


def _attached(inner: bytes, boundary: str = "o") -> bytes:
    head = f"--{boundary}\r\nContent-Type: message/rfc822\r\n\r\n".encode()
    return head + inner + f"\r\n--{boundary}--\r\n".encode()


def _rfc822() -> Iterator[Case]:
    word = marker(800)
    message = f"Subject: inner\r\n\r\n{word}\r\n".encode()
    for _ in range(30):  # deeper than Limits.max_depth: the cut is reported as depth_limit
        message = _headers(ctype='multipart/mixed; boundary="o"') + _attached(message)
    yield Case("rfc822_nested_30_deep", message, (word,))
    word = marker(801)
    deep = f"{word}\r\n".encode()
    for _ in range(2000):  # past the parser's own nesting guard
        deep = b"Content-Type: message/rfc822\r\n\r\n" + deep
    yield Case("rfc822_nested_2000_deep_no_boundaries", deep, (word,))
    word = marker(802)
    # An attached message whose body closes its parent's boundary and reopens it: the "loop" a naive
    # splitter follows. Whatever the reading, the planted text is inspected or reported.
    looping = (f"Content-Type: multipart/mixed; boundary=\"o\"\r\n\r\n--o\r\n\r\n{word}\r\n--o--\r\n").encode()
    yield Case("rfc822_reuses_parent_boundary", _headers(ctype='multipart/mixed; boundary="o"') + _attached(looping),
               (word,))
    yield Case("rfc822_empty", _headers(ctype="message/rfc822"), ())
    word = marker(803)
    yield Case("rfc822_body_is_not_a_message",
               _headers(ctype="message/rfc822") + f"{word} juste du texte\r\n".encode(), (word,))
    # RFC 2046 forbids encoding message/rfc822, but mail clients decode it and show the message inside.
    word = marker(804)
    yield Case("rfc822_base64_encoded",
               _headers("Content-Transfer-Encoding: base64", ctype="message/rfc822")
               + _b64(f"Subject: x\r\n\r\n{word}\r\n".encode()), (word,))
    word = marker(806)
    yield Case("rfc822_quoted_printable_encoded",
               _headers("Content-Transfer-Encoding: quoted-printable", ctype="message/rfc822")
               + f"Subject: x\r\n\r\n{word} s=C3=A9jour=\r\n suite\r\n".encode(), (word,))
    word = marker(805)
    recursive = f"Subject: x\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\r\n{word}\r\n--b--\r\n"
    yield Case("multipart_nested_60_deep_same_boundary",
               (_headers(ctype='multipart/mixed; boundary="b"') + b"--b\r\n" * 60
                + recursive.encode()), (word,))


def _lies() -> Iterator[Case]:
    m = [marker(900 + k) for k in range(12)]

    def attachment(ctype: str, data: bytes, cte: str = "base64", name: str = "f.bin") -> bytes:
        encoded = _b64(data) if cte == "base64" else data
        return (_headers(ctype='multipart/mixed; boundary="b"')
                + f"--b\r\nContent-Type: {ctype}; name={name}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode()
                + encoded + b"\r\n--b--\r\n")

    yield Case("text_labelled_image", attachment("image/png", f"{m[0]} dossier".encode(), name="a.png"), (m[0],))
    yield Case("text_labelled_octet_stream", attachment("application/octet-stream", f"{m[1]} dossier".encode()),
               (m[1],))
    yield Case("zip_labelled_text", attachment("text/plain", _zip("note.txt", f"{m[2]} dossier".encode()),
                                               name="a.txt"), (m[2],))
    yield Case("text_labelled_pdf", attachment("application/pdf", f"{m[3]} dossier".encode(), name="a.pdf"), (m[3],))
    yield Case("html_labelled_plain", _headers() + f"<html><body><p>{m[4]}</p></body></html>\r\n".encode(), (m[4],))
    yield Case("plain_labelled_base64", _headers("Content-Transfer-Encoding: base64") + f"{m[5]} !!\r\n".encode(), ())
    yield Case("unknown_transfer_encoding", _headers("Content-Transfer-Encoding: x-rot13") + f"{m[6]}\r\n".encode(),
               (m[6],))
    yield Case("charset_lie_utf8_as_ascii",
               _headers(ctype="text/plain; charset=us-ascii") + f"Fièvre {m[7]}\r\n".encode(), (m[7],))
    yield Case("unknown_charset", _headers(ctype="text/plain; charset=x-klingon") + f"{m[8]}\r\n".encode(), (m[8],))
    yield Case("content_type_garbage", _headers(ctype="%%%/;;;==") + f"{m[9]}\r\n".encode(), (m[9],))
    yield Case("multipart_labelled_text_plain",
               _headers(ctype='text/plain; boundary="b"') + f"--b\r\n\r\n{m[10]}\r\n--b--\r\n".encode(), (m[10],))
    yield Case("gzip_labelled_text", attachment("text/plain", b"\x1f\x8b\x08\x00" + b"\x00" * 40, name="a.txt"), ())
    yield Case("transfer_encoding_on_multipart",
               _headers("Content-Transfer-Encoding: base64", ctype='multipart/mixed; boundary="b"')
               + f"--b\r\n\r\n{m[11]}\r\n--b--\r\n".encode(), (m[11],))


FAMILIES: tuple[Callable[[], Iterator[Case]], ...] = (
    _boundaries, _truncated, _charsets, _encoded_words, _nul_and_controls, _long_lines, _line_ends, _folding,
    _part_counts, _rfc822, _lies,
)


def cases() -> list[Case]:
    """Every generated case, in a stable order (their names are the test ids)."""
    out = [case for family in FAMILIES for case in family()]
    names = [c.name for c in out]
    assert len(names) == len(set(names)), "duplicate case names"
    return out


# --- the contract -------------------------------------------------------------------------------------

def text_leaves(message: Message) -> list[str]:
    """The text/* leaves the email package can decode: what a standards-following client would show.
    A leaf whose bytes are binary (a ZIP labelled text/plain) is left to the planted markers: its raw
    bytes are no words, and extraction reads it as what it is. So is a leaf with a garbled charset name."""
    texts: list[str] = []
    stack = [message]
    while stack:
        part = stack.pop()
        payload = part.get_payload()
        if isinstance(payload, list):
            if part.get_content_maintype() == "message" and str(
                    part.get("Content-Transfer-Encoding", "")).strip().lower() in ("base64", "quoted-printable"):
                continue  # clients decode it (RFC 2046 forbids it): the parser's reading is encoded text
            stack.extend(p for p in payload if isinstance(p, Message))
            continue
        if part.get_content_maintype() != "text":
            continue
        data = part.get_payload(decode=True)
        charset = part.get_content_charset()
        garbled = charset is None and part.get_param("charset") is not None  # e.g. non-ASCII bytes in the name
        if isinstance(data, bytes) and data.strip() and looks_textual(data) and _known(charset) and not garbled:
            texts.append(decode_text(data, charset))
    return texts


def _known(charset: str | None) -> bool:
    """No charset, or one Python knows: a garbled charset name has no single honest reading (the markers
    planted in the generated cases still check such parts)."""
    if charset is None:
        return True
    try:
        codecs.lookup(charset)
    except (LookupError, ValueError):
        return False
    return True


def distinctive(text: str) -> list[str]:
    """A few long runs of ASCII letters of ``text`` (markup removed), each looked for as a substring of the
    segments: if one is missing, the leaf was skipped. ASCII only: where a part's charset is ambiguous
    (malformed Content-Type, duplicate parameters, invalid bytes) two honest readings differ only around
    non-ASCII bytes (U+FFFD, a UTF-8 or a Windows-1252 reading)."""
    visible = _TAG.sub(" ", _STYLE.sub(" ", text))
    words = sorted(set(_WORD.findall(visible)), key=lambda w: (-len(w), w))
    return words[:5]


@dataclass
class Pipeline:
    """parse -> extract -> classify -> decide, as the proxy runs them (NER off: the fuzz budget goes on inputs)."""

    classifier: Classifier
    analyzer: Analyzer
    limits: Limits

    @classmethod
    def build(cls, keyring_dir: Path, limits: Limits | None = None) -> Pipeline:
        chosen = limits or Limits()
        classifier = Classifier(ClassifierConfig(limits=chosen, scoring=Scoring(ner=False)), None)
        policy = parse_policy(shipped_policy_text().encode())
        analyzer = Analyzer(policy, classifier, Keyring(keyring_dir), record_metrics=False)
        return cls(classifier, analyzer, chosen)


def check_pipeline(pipeline: Pipeline, raw: bytes, markers: tuple[str, ...] = (), *,
                   oracle: bool = True) -> list[str]:
    """Problems found with ``raw`` (empty: the contract holds). Raising is itself a failure the caller sees."""
    problems: list[str] = []
    budget = pipeline.limits.time_budget_seconds
    started = time.monotonic()
    parsed = parse_message(raw)
    extraction = extract(parsed, pipeline.limits, deadline=started + budget)
    analysis = pipeline.analyzer.analyze(raw, Envelope(SENDER, (INTERNAL_RECIPIENT, EXTERNAL_RECIPIENT)),
                                         deadline=time.monotonic() + budget)
    elapsed = time.monotonic() - started
    if elapsed > 2 * budget + SLACK_SECONDS:  # two passes, each under its own deadline
        problems.append(f"took {elapsed:.1f} s, budget {budget} s per pass")
    for finding in (*extraction.findings, *analysis.facts.inspection.findings):
        if finding.type == UNINSPECTABLE and finding.excerpt not in UNINSPECTABLE_CAUSES:
            problems.append(f"uninspectable finding without a known cause: {finding.excerpt!r} at {finding.location}")
    reported = any(f.type == UNINSPECTABLE for f in extraction.findings)
    everything = "\n".join(s.text for s in extraction.segments).casefold()
    missing = [m for m in markers if m.casefold() not in everything]
    if missing and not reported:
        problems.append(f"content neither inspected nor reported uninspectable: {missing}")
    if oracle and not reported:
        for leaf in text_leaves(parsed.message):
            words = distinctive(leaf)
            if words and not all(w.casefold() in everything for w in words):
                problems.append(f"a text part was skipped (its words: {', '.join(words)})")
    decisions = {d.recipient: d for d in analysis.decisions}
    if set(decisions) != {INTERNAL_RECIPIENT, EXTERNAL_RECIPIENT}:
        problems.append(f"decisions for {sorted(decisions)}")
    elif analysis.facts.uninspectable and not analysis.facts.encryption.encrypted \
            and decisions[EXTERNAL_RECIPIENT].action is Action.DELIVER:
        problems.append("uninspectable content delivered in clear to an external recipient")
    return problems
