"""Classifier configuration: frozen values built once by the policy loader.

``classifiers`` never reads policy.toml itself; ``proxy.policy`` validates the
file and builds a ``ClassifierConfig``. Defaults here equal the shipped policy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import re2

from sentinelle.classifiers import re2_patterns
from sentinelle.classifiers.types import BE_NISS, CA_HEALTH_NUMBER, CA_SIN, FR_NIR, MRN, RAMQ_NAM

if TYPE_CHECKING:
    from sentinelle.classifiers.index.settings import IndexSettings


@dataclass(frozen=True, slots=True)
class Limits:
    """Hard limits of content extraction; exceeding one yields an ``uninspectable`` finding."""

    max_depth: int = 20  # MIME + archive + attached-message nesting
    max_total_bytes: int = 100_000_000  # decoded/expanded bytes over the whole message
    max_compression_ratio: float = 100.0  # per archive member
    max_archive_members: int = 1000
    time_budget_seconds: float = 20.0  # whole-message extraction + recognition
    max_segment_chars: int = 2_000_000  # text kept per segment (rest truncated, flagged)
    parser_timeout_seconds: float = 10.0  # one untrusted attachment parser
    parser_memory_mb: int = 512  # address-space limit of an attachment parser worker


IMAGES_WITHOUT_TEXT = ("uninspectable", "inspected")


@dataclass(frozen=True, slots=True)
class Ocr:
    """OCR of images and of PDF pages without a text layer (policy ``[classifiers.ocr]``, docs/ocr.md).

    Past any limit the rest of the document is ``uninspectable`` with the limit's cause."""

    enabled: bool = True
    languages: tuple[str, ...] = ("fra", "eng")
    # Where the ``<language>.traineddata`` files are (Debian's tesseract-ocr-fra / -eng).
    tessdata: str = "/usr/share/tesseract-ocr/5/tessdata"
    max_pages: int = 10  # pages (or image frames) read per document; the rest: page_limit
    # Per page, checked from the file header before decoding (decompression bombs): pixel_limit.
    max_pixels_per_page: int = 25_000_000
    dpi: int = 200  # PDF pages are rendered at this resolution
    max_seconds_per_message: float = 15.0  # OCR time over all attachments of a message; the rest: timeout
    # An image in which OCR finds no text (a wound photograph): "uninspectable" (image_only) or "inspected".
    images_without_text: str = "uninspectable"


class PatternMatch(Protocol):
    def span(self) -> tuple[int, int]: ...
    def group(self) -> str: ...


class CompiledPattern(Protocol):
    """What the recognizers use of a compiled policy pattern (an RE2 regex, see ``compile_pattern``)."""

    @property
    def pattern(self) -> str: ...
    def finditer(self, text: str) -> Iterator[PatternMatch]: ...
    def search(self, text: str) -> PatternMatch | None: ...
    def fullmatch(self, text: str) -> PatternMatch | None: ...


# An administrator's pattern runs on every message, on the server's event loop for short ones:
# RE2 matches in linear time whatever the pattern (Python's backtracking `re` took 21 s of CPU on
# one 28-digit number with `(\d+)+X`), and a bounded program size keeps a huge pattern from
# taking the process's memory. RE2 refuses what it cannot run in linear time (back-references,
# look-arounds), so `policy check` rejects those instead of running them slowly.
_PATTERN_OPTIONS = re2.Options()
_PATTERN_OPTIONS.log_errors = False  # the loader reports the error with its key; no stray stderr line
_PATTERN_OPTIONS.max_mem = 8 << 20


def compile_pattern(text: str) -> CompiledPattern:
    r"""Compile a policy-supplied regular expression with RE2; ``ValueError`` says why RE2 refuses it.

    >>> [m.span() for m in compile_pattern(r"(\d+)+X").finditer("1234567890123456789012345678")]
    []
    >>> compile_pattern(r"(a)\1")
    Traceback (most recent call last):
        ...
    ValueError: RE2 cannot compile it: invalid escape sequence: \1
    """
    try:
        compiled: CompiledPattern = re2_patterns.compile(text, _PATTERN_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(f"RE2 cannot compile it: {reason}") from None
    return compiled


@dataclass(frozen=True, slots=True)
class MrnPattern:
    """An institution's medical record number format (policy ``[[classifiers.mrn]]``)."""

    name: str
    pattern: CompiledPattern  # from ``compile_pattern`` (RE2: linear time, whatever the administrator wrote)
    # Words that must appear near the match ("dossier", "MRN"...); empty = pattern alone suffices.
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scoring:
    """When a message counts as confidential."""

    # Validated identifiers of these types make a message confidential on their own.
    identifier_types: frozenset[str] = frozenset({RAMQ_NAM, CA_SIN, CA_HEALTH_NUMBER, BE_NISS, FR_NIR, MRN})
    # Findings below this confidence are reported but never make a message confidential.
    min_confidence: float = 0.6
    # A patient name within this many characters of clinical information or a birth date.
    proximity_chars: int = 400
    # Run the spaCy NER on candidate windows (false: patterns and honorifics only).
    ner: bool = True
    # An indexed patient's name alone (no clinical information, no birth date) is confidential.
    index_name_alone: bool = False
    # The learned document model (classifiers.document_model) overrules a verdict that rests on nothing but a
    # title-less name near clinical information when its probability is below this; 0 (the default: on mail
    # nobody here had read it cost as many true positives as false positives it removed) = never asked.
    document_model_veto: float = 0.0


@dataclass(frozen=True, slots=True)
class ClassifierConfig:
    limits: Limits = field(default_factory=Limits)
    mrn_patterns: tuple[MrnPattern, ...] = ()
    scoring: Scoring = field(default_factory=Scoring)
    # [classifiers.index]: the patient index (exact data match); None = not configured.
    index: IndexSettings | None = None
    ocr: Ocr = field(default_factory=Ocr)
