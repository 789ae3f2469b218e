"""Values shared by the per-format extractors.

An extractor turns the bytes of one file into an ``Output``: text ``Piece``s, ``Problem``s
(things it could not inspect, named by a cause from ``classifiers.extract.UNINSPECTABLE_CAUSES``)
and ``Embedded`` files (archive members, PDF attachments, FHIR attachments) that the caller
extracts in turn, one nesting level deeper. Outputs are plain frozen values so they cross the
sandbox pipe unchanged. Extractors never log content and never raise for bad input: the
caller turns any exception into an ``uninspectable``/``corrupt`` finding.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import re2

from sentinelle.classifiers import re2_patterns

# Causes, repeated here (not imported from classifiers.extract) so worker processes stay light.
ENCRYPTED = "encrypted"
DEPTH_LIMIT = "depth_limit"
SIZE_LIMIT = "size_limit"
COMPRESSION_RATIO = "compression_ratio"
MEMBER_LIMIT = "member_limit"
TIMEOUT = "timeout"
CORRUPT = "corrupt"
IMAGE_ONLY = "image_only"
UNSUPPORTED = "unsupported"
# Conflicting Content-Type / Content-Transfer-Encoding fields: clients read the part differently.
AMBIGUOUS = "ambiguous"
# OCR limits (classifiers.config.Ocr): a page larger than max_pixels_per_page (read from the header,
# before decoding: decompression bombs), pages past max_pages.
PIXEL_LIMIT = "pixel_limit"
PAGE_LIMIT = "page_limit"
# The analysis of this message did not complete twice (process killed, deadline overrun): not tried again.
WORKER_CRASHED = "worker_crashed"


@dataclass(frozen=True, slots=True)
class Piece:
    """Text found in a file; ``sub`` is appended to the file's location when not empty."""

    text: str
    sub: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """A part of a file that could not be inspected (no content in ``explanation``)."""

    cause: str
    explanation: str
    sub: str = ""


@dataclass(frozen=True, slots=True)
class Embedded:
    """A file found inside another one; the caller extracts it one level deeper."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Output:
    pieces: tuple[Piece, ...] = ()
    problems: tuple[Problem, ...] = ()
    embedded: tuple[Embedded, ...] = ()
    ocr_seconds: float = 0.0  # spent on OCR, charged to the message's OCR budget


@dataclass(frozen=True, slots=True)
class Budget:
    """What one extractor may consume; derived from ``Limits`` and what the message already used."""

    max_bytes: int  # decompressed bytes this file may still expand to
    max_ratio: float
    max_members: int
    max_chars: int  # text kept per piece; extractors may stop early past it


def problem_output(cause: str, explanation: str) -> Output:
    return Output(problems=(Problem(cause, explanation),))


_ASCII_NAMES = frozenset({"ascii", "us-ascii", "ansi_x3.4-1968", "646", "us"})
# Text codecs only: codecs.lookup("base64") succeeds but bytes.decode("base64") must not be used.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    if name in _ASCII_NAMES:
        return None  # mislabelled 8-bit text is common: guess instead of replacing every byte
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Error handler: bytes that are not UTF-8 are read as windows-1252 (one at a time)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start:error.end].decode("cp1252", "replace"), error.end


codecs.register_error("sentinelle-cp1252", _cp1252_bytes)
_UTF8_NAMES = frozenset({"utf-8", "utf_8"})
_LATIN_NAMES = frozenset({"latin-1", "iso8859-1", "iso8859-15", "cp1252"})


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes are UTF-16 text without a byte-order mark.

    Text in Latin scripts has a NUL in every other byte in UTF-16 and almost never elsewhere; a
    binary file or real 8-bit text does not have that rhythm. Cost: two counts over 4 KB."""
    head = data[:4096]
    if len(head) < 8 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    pairs = min(len(even), len(odd))
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd * 10 >= pairs * 6 and zeros_even * 50 <= pairs:
        return "utf-16-le"
    if zeros_even * 10 >= pairs * 6 and zeros_odd * 50 <= pairs:
        return "utf-16-be"
    return None


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Decode bytes to text, never raising.

    The bytes win over the label: a byte-order mark, or UTF-16 without one (``utf16_without_bom``;
    a UTF-16 attachment labelled anything else would otherwise be read with a NUL between letters).
    A declared charset Python knows is used with replacement, except UTF-8: there, as for an
    unknown, bogus or missing charset, bytes that are not UTF-8 are read as windows-1252 (the usual
    charset of mislabelled mail here), one at a time, so the UTF-8 around them stays intact.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, "replace")
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, "replace")
    codec = _codec(charset)
    if codec in _LATIN_NAMES and not data.isascii():
        try:  # UTF-8 labelled Latin-1 (a client's default charset): valid UTF-8 is no accident
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if codec is not None and codec not in _UTF8_NAMES:
        try:
            return data.decode(codec, "replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass
    return data.decode("utf-8", "sentinelle-cp1252")


def looks_textual(data: bytes) -> bool:
    """Cheap guess whether unlabelled bytes are text: no NUL and few control bytes at the start."""
    head = data[:4096]
    if any(head.startswith(bom) for bom, _ in _BOMS) or utf16_without_bom(head) is not None:
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls * 50 <= len(head)


# Characters that hide or disguise text without changing what a reader sees: zero-width and
# invisible formatting characters are dropped; every Unicode space becomes a space; full-width
# ASCII forms (U+FF01-U+FF5E, what NFKC maps them to) become ASCII. Full NFKC is left to the
# recognizers, per identifier: on free text it would also turn "m²" into "m2" and "½" into "1⁄2".
_INVISIBLE = ("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
              "\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NORMALISE = {
    **dict.fromkeys(map(ord, _INVISIBLE), None),
    **dict.fromkeys(map(ord, _SPACES), " "),
    **{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)},
    ord("\r"): "\n",
}


_TO_NORMALISE = re.compile("[" + "".join(chr(c) for c in _NORMALISE if c != ord("\r")) + "]")


_WIDE_DIGIT_RUN = re.compile("([\uff10-\uff19]{6,})")


# Digits written as words, French and English: "MORP neuf cinq six zéro zéro un neuf un" is an identifier typed so
# that a filter would not read it. Six words in a row at least (prose never counts that far), any case.
DIGIT_WORDS = {
    "zéro": "0", "zero": "0", "un": "1", "une": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
    "six": "6", "sept": "7", "huit": "8", "neuf": "9", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_DIGIT_WORD = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
_OPTIONS = re2.Options()
_OPTIONS.case_sensitive = False
# RE2: one linear pass over every text (about 2 µs for a 1 KB message; Python's re takes 15 times longer).
_SPELLED_DIGITS = re2_patterns.compile(rf"\b(?:{_DIGIT_WORD})(?:[ \t,.\-/]+(?:{_DIGIT_WORD})){{5,}}\b", _OPTIONS)
_ONE_DIGIT_WORD = re.compile(_DIGIT_WORD, re.IGNORECASE)


def spelled_digits(text: str) -> str:
    """``text`` with each run of six or more digit words written as digits, one space apart ("neuf cinq six
    zéro zéro un" -> "9 5 6 0 0 1"): the identifier recognizers read digits with separators."""
    if _SPELLED_DIGITS.search(text) is None:
        return text
    written: str = _SPELLED_DIGITS.sub(
        lambda run: " ".join(DIGIT_WORDS[w.lower()] for w in _ONE_DIGIT_WORD.findall(run.group())), text)
    return written


def normalise_text(text: str) -> str:
    """Text as recognizers should see it: line ends as LF (CRLF and lone CR), no invisible
    characters, one kind of space, ASCII instead of full-width forms, digits spelled as words written
    as digits. The translation (about 40 ns a character) runs only when a regex scan (about 2 ns)
    finds something to translate."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = spelled_digits(text)
    if text.isascii() or _TO_NORMALISE.search(text) is None:
        return text
    if _WIDE_DIGIT_RUN.search(text) is None:
        return text.translate(_NORMALISE)
    # A long run of full-width digits is an identifier typed so as not to be read: kept as written (the
    # identifier recognizers read full-width digits, and the spelling itself says it was disguised).
    pieces = _WIDE_DIGIT_RUN.split(text)
    return "".join(p if i % 2 else p.translate(_NORMALISE) for i, p in enumerate(pieces))


def clip(text: str, max_chars: int) -> str:
    """Keep one character more than allowed so the caller can flag truncation."""
    return text if len(text) <= max_chars else text[: max_chars + 1]
