"""Shared machinery of the recognizers: one combined trigger pass, context words, spans.

Speed matters (the proxy inspects every message): instead of running one
Python regex per recognizer over every text, each recognizer declares cheap
*trigger* patterns (RE2 syntax). The engine joins every trigger of every
recognizer into one RE2 alternation (a DFA, ~25 µs per 5 KB) and runs it once
per segment; recognizers then validate the few candidates with Python code.
A recognizer used on its own (tests, junk contract) builds a scanner from its
own triggers, so ``recognize(segment)`` always works.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import re2

from sentinelle.classifiers.types import Finding, Segment


@dataclass(frozen=True, slots=True)
class Trigger:
    """A named cheap pattern (RE2 syntax). Same ``kind`` must mean same pattern everywhere.

    ``joined``: overlapping hits of this kind are one run (a long digit run is found as bounded
    pieces, each search stays short, and the scan joins them back into one hit).
    """

    kind: str
    pattern: str
    joined: bool = False


@dataclass(frozen=True, slots=True)
class Scan:
    """Trigger hits of one text: kind -> list of (start, end) character spans."""

    text: str
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # Digit runs read once for every recognizer that looks into them (``digit_runs``).
    runs: dict[tuple[int, int], DigitRun] = field(default_factory=dict, compare=False, repr=False)

    def get(self, kind: str) -> list[tuple[int, int]]:
        return self.hits.get(kind, [])


@dataclass(frozen=True, slots=True)
class DigitRun:
    """A run's digit groups (spans), where each group begins among its digits, and those digits (ASCII)."""

    groups: list[tuple[int, int]]
    offsets: list[int]
    digits: str

    @classmethod
    def read(cls, text: str, start: int, end: int) -> DigitRun:
        groups = [m.span() for m in _DIGIT_GROUP.finditer(text, start, end)]
        digits = "".join(text[gs:ge] for gs, ge in groups)
        if not digits.isascii():
            digits = unicodedata.normalize("NFKC", digits)  # one ASCII digit per full-width digit
        offsets = list(itertools.accumulate((ge - gs for gs, ge in groups), initial=0))
        return cls(groups, offsets, digits)


class Scanner:
    """RE2 alternations over the triggers of many recognizers; ``scan`` runs each once.

    Measured on these machines: RE2 finds the spans of a group-less alternation in
    ~3 µs per hit on UTF-8 bytes, while named capture groups over the big lexicon
    alternations cost ~20 µs per hit and ``str`` input re-encodes the text per hit.
    So the scan runs group-less on bytes, and each (rare) hit is then classified by
    RE2 sets over its bytes.

    The lexicons (triggers over ``LEXICON_PATTERN_BYTES``: CIM-10, ICD-10-CM, ATC...) get an alternation
    of their own, apart from the short triggers. RE2 builds its DFA lazily, a state at a time as texts
    visit them, and a state of one alternation over everything tracks positions in the lexicons and in
    every short trigger at once: the first few hundred messages of a fresh process paid 1.4 ms each
    to build them (0.03 ms once built). Two alternations need far fewer states between them: 0.7 ms
    on those first messages, 0.005 ms more per message once built (bench/RESULTS.md, session 8).
    """

    def __init__(self, triggers: Iterable[Trigger]) -> None:
        declared: dict[str, Trigger] = {}
        for trigger in triggers:
            if declared.setdefault(trigger.kind, trigger) != trigger:
                raise ValueError(f"trigger kind {trigger.kind!r} declared with two different patterns")
        lexicons = [t for t in declared.values() if len(t.pattern) > LEXICON_PATTERN_BYTES]
        short = [t for t in declared.values() if len(t.pattern) <= LEXICON_PATTERN_BYTES]
        self._groups = tuple(_Alternation(group) for group in (short, lexicons) if group)
        self._kinds = tuple(kind for group in self._groups for kind in group.kinds)

    @property
    def kinds(self) -> tuple[str, ...]:
        return self._kinds

    def scan(self, text: str) -> Scan:
        """Every kind's hits, overlapping ones included: a hit never hides another kind's hit.

        Each alternation finds hits left to right; after a hit the search resumes one character
        later (not after the hit), so a hit of another kind that starts inside it is found too.
        Per kind, hits do not overlap (the first one wins, as a per-kind ``finditer`` would give),
        except that overlapping hits of a ``joined`` kind make one hit.

        For the scan to stay linear, a trigger's matches must be bounded in length (a few hundred
        bytes): resuming inside an unbounded match would search it again from every position.
        A trigger for runs of any length matches bounded pieces and is declared ``joined``.
        """
        hits: dict[str, list[tuple[int, int]]] = {}
        if not self._groups or not text:
            return Scan(text, hits)
        # "surrogatepass": lone surrogates (surrogateescape-decoded bytes) become invalid UTF-8
        # that RE2 never matches, and decode back to one character each, so positions hold.
        data = text.encode("utf-8", "surrogatepass")
        for group in self._groups:
            group.scan(data, len(data) == len(text), hits)
        return Scan(text, hits)


# A trigger pattern longer than this is a lexicon: it goes in the scanner's second alternation.
LEXICON_PATTERN_BYTES = 16_384


class _Alternation:
    """One RE2 alternation of triggers, and the RE2 sets that tell which of them a hit is."""

    # A trigger is a word or a short formatted number: the kinds starting at a hit are looked for
    # in the hit and at least this many bytes after its start (each kind's own regex then gives its
    # exact span).
    _REACH = 64

    def __init__(self, triggers: Sequence[Trigger]) -> None:
        by_kind = {trigger.kind: trigger.pattern for trigger in triggers}
        self.kinds = tuple(by_kind)
        self._joined = tuple(trigger.joined for trigger in triggers)
        options = re2.Options()
        # The lexicon alternations (CIM-10, ATC, given names) need far more than the 8 MiB default. It is
        # a budget for the lazily built DFA, not an allocation: RSS after warm-up is unchanged at 256 MiB,
        # while at 64 MiB the combined alternation overflowed it and RE2 fell back to its NFA (16x slower;
        # tests/test_scanner_memory.py).
        options.max_mem = 256 << 20
        self._per_kind = tuple((kind, re2.compile(by_kind[kind], options)) for kind in self.kinds)
        self._regex = re2.compile("|".join(f"(?:{by_kind[kind]})" for kind in self.kinds), options)
        # google-re2's search() wraps each call in a generator and a match object: ~2 µs, three
        # times the RE2 search itself on a 5 KB text. The scan resumes after every hit, so it calls
        # the compiled RE2 object underneath (tests/test_scanner_overlaps.py checks it is there).
        self._search: Any = self._regex._regexp.Match
        # Which kinds produced a hit: RE2 sets answer for every pattern at once (capture groups over
        # the lexicons cost ~10x more). ``_full`` full-matches the hit's bytes; ``_starting`` finds
        # the other kinds that match a different length from the same place ("born 2024-11-12":
        # NAM-shaped, and "born" is a birth-date cue).
        self._full: Any = re2.Set.FullMatchSet(options)
        self._starting: Any = re2.Set.MatchSet(options)
        for kind in self.kinds:
            self._full.Add(by_kind[kind])
            self._starting.Add(by_kind[kind])
        self._full.Compile()
        self._starting.Compile()

    def scan(self, data: bytes, ascii_only: bool, hits: dict[str, list[tuple[int, int]]]) -> None:
        """Add this alternation's hits in ``data`` (the UTF-8 of a text) to ``hits``, in characters."""
        size = len(data)
        kept_until = [0] * len(self.kinds)  # per kind: end of its last hit (no same-kind overlap)
        mark_byte = mark_char = 0  # byte -> character offsets, incrementally (hit starts only grow)
        pos = 0
        while pos < size:
            b_start, b_end = self._search(_UNANCHORED, data, pos, size)[0]
            if b_start < 0:
                break
            pos = b_start + 1
            while pos < size and data[pos] & 0xC0 == 0x80:  # resume on a character boundary
                pos += 1
            if b_end <= b_start:
                continue
            if ascii_only:
                start = b_start
            else:
                start = mark_char + len(data[mark_byte:b_start].decode("utf-8", "surrogatepass"))
                mark_byte, mark_char = b_start, start
            for index, k_end in self._kinds_at(data, b_start, b_end):
                if b_start < kept_until[index]:
                    if self._joined[index] and k_end > kept_until[index]:  # the run goes on: extend it
                        run_start, _ = hits[self.kinds[index]][-1]
                        end = k_end if ascii_only else start + len(data[b_start:k_end].decode("utf-8", "surrogatepass"))
                        hits[self.kinds[index]][-1] = (run_start, end)
                        kept_until[index] = k_end
                    continue
                kept_until[index] = k_end
                end = k_end if ascii_only else start + len(data[b_start:k_end].decode("utf-8", "surrogatepass"))
                hits.setdefault(self.kinds[index], []).append((start, end))

    def _kinds_at(self, data: bytes, b_start: int, b_end: int) -> list[tuple[int, int]]:
        """(kind index, end) of every kind matching at ``b_start``: the hit's own kinds, then others."""
        # The window holds the whole hit, so the hit's own kind is always among ``starting``.
        window = data[b_start : b_start + max(self._REACH, b_end - b_start)]
        starting: list[int] = self._starting.Match(window) or []
        if len(starting) == 1:  # the usual case: one kind starts here, so it is the hit's
            return [(starting[0], b_end)]
        full: list[int] = self._full.Match(data[b_start:b_end]) or []
        if not full:  # a \b that looked outside the span decided: per-kind searches
            full = [next((i for i, (_, rx) in enumerate(self._per_kind) if rx.search(data[b_start:b_end])), 0)]
        found = [(i, b_end) for i in sorted(full)]
        for index in sorted(set(starting) - set(full)):
            other = self._per_kind[index][1].match(data, b_start)
            if other is not None and other.end() > b_start:
                found.append((index, other.end()))
        return found


_UNANCHORED = re2._Anchor.UNANCHORED


class BaseRecognizer:
    """A recognizer with triggers. Subclasses set ``name``/``triggers`` and implement ``from_scan``."""

    name: str = ""
    triggers: tuple[Trigger, ...] = ()
    _own_scanner: Scanner | None = None

    def recognize(self, segment: Segment) -> Iterable[Finding]:
        """Scan ``segment`` with this recognizer's own triggers, then validate the candidates."""
        if self._own_scanner is None:
            self._own_scanner = Scanner(self.triggers)
        # The scan reports every kind's hit, overlapping ones included, so two triggers of one
        # recognizer may read the same span (``COPD`` in the lexicon and as an abbreviation): one
        # finding per place and type, the most confident, as the engine keeps (``one_type_per_run``).
        best: dict[tuple[str, int, int], Finding] = {}
        for finding in self.from_scan(segment, self._own_scanner.scan(segment.text)):
            key = (finding.type, finding.start, finding.end)
            if key not in best or finding.confidence > best[key].confidence:
                best[key] = finding
        return list(best.values())

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError


# -- text helpers -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case and strip accents (for context-word tests on small windows).

    Cached: it is mostly asked of names' words and short labels, the same few hundred a message (118,000 calls
    for 1,000 distinct texts on the outbound mix)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_ascii(text: str) -> str:
    """``fold``, then what is left outside ASCII dropped ("N° de dossier" -> "n de dossier")."""
    return fold(text).encode("ascii", "ignore").decode("ascii")


def heading_above(text: str, position: int, is_item: Callable[[str], bool], reach: int) -> str | None:
    """The line over the list that the line at ``position`` is an item of: walking up over the lines that
    ``is_item`` accepts, at most ``reach`` of them; None at a blank line, the text's start or past the reach."""
    line_start = text.rfind("\n", 0, position) + 1
    for _ in range(reach):
        if line_start == 0:
            return None
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        if not line.strip():
            return None
        if not is_item(line):
            return line
        line_start = above
    return None


def bounded(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not glued to a letter/digit on either side.

    RE2's ``\\b`` is ASCII-only, so "é" counts as a boundary there; this check
    restores Unicode word boundaries ("prédiabète" does not contain "diabète").
    """
    if start > 0 and text[start - 1].isalnum():
        return False
    return not (end < len(text) and text[end].isalnum())


def find_context(
    text: str, start: int, end: int, words: Sequence[str], before: int = 80, after: int = 30
) -> str | None:
    """Return the first of ``words`` (already folded) found near ``text[start:end]``, else None.

    Words are matched on folded text at word boundaries. A word the window's edges cut is no word: the
    tail of "Martel" is not "tel", the head of "television" not "tel".
    """
    low, high = max(0, start - before), min(len(text), end + after)
    while 0 < low < start and text[low - 1].isalnum():
        low += 1
    while end < high < len(text) and text[high].isalnum():
        high -= 1
    window = _fold_context(text[low:start]) + " \x00 " + _fold_context(text[end:high])
    for word in words:
        pos = window.find(word)
        while pos != -1:
            if bounded(window, pos, pos + len(word)):
                return word
            pos = window.find(word, pos + 1)
    return None


_DIGIT_GROUP = re.compile(r"\d+")  # Unicode digits: full-width "１２３" is a group too


# Typographic punctuation as the ASCII the context patterns are written with: Word and Outlook turn "l'infirmière"
# into "l’infirmière", which the ASCII fold would otherwise glue into "linfirmiere" (no word boundary left).
_TYPOGRAPHIC = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-", "\u0153": "oe",
    "\u0152": "OE", "\u00e6": "ae", "\u00c6": "AE",
})


# Which of them a window holds: ``str.translate`` maps a non-ASCII text character by character through the table
# (9 µs per context window, 60 µs per 5 KB segment), where this search and a ``str.replace`` per character found
# run in C; most windows hold none.
_TYPOGRAPHIC_CHARS = re.compile("[" + "".join(chr(c) for c in _TYPOGRAPHIC) + "]")


def _fold_context(text: str) -> str:
    """Fast fold for context windows: lower-case ASCII, accents dropped (context words are ASCII), typographic
    apostrophes, quotes and dashes as their ASCII forms."""
    if text.isascii():
        return text.lower()
    for char in set(_TYPOGRAPHIC_CHARS.findall(text)):
        text = text.replace(char, _TYPOGRAPHIC[ord(char)])
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def digit_runs(
    text: str, start: int, end: int, length: int, runs: dict[tuple[int, int], DigitRun] | None = None
) -> Iterator[tuple[int, int, str]]:
    """Sub-spans of a separated digit run holding exactly ``length`` digits, group-aligned,
    with those digits as ASCII (NFKC: full-width digits count).

    "SIN 046 454 286 2024" gives one run; its 9-digit sub-spans aligned on the
    separators are "046 454 286" and (not 9 digits) nothing else. A run with no
    separators must hold exactly ``length`` digits.
    """
    # The run's digits are read once (``runs``: a Scan's cache, shared by the recognizers), with
    # where each group begins among them: a sub-span's digits are one slice, the walk is linear.
    run = runs.get((start, end)) if runs is not None else None
    if run is None:
        run = DigitRun.read(text, start, end)
        if runs is not None:
            runs[(start, end)] = run
    groups, offsets, digits = run.groups, run.offsets, run.digits
    if offsets[-1] < length:
        return
    last = 0  # the group that closes the sub-span starting at group i
    for i in range(len(groups)):
        last = max(last, i)
        while last < len(groups) and offsets[last + 1] - offsets[i] < length:
            last += 1
        if last < len(groups) and offsets[last + 1] - offsets[i] == length:
            yield groups[i][0], groups[last][1], digits[offsets[i] : offsets[i] + length]


_LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) checksum of an ASCII digit string: a cheap necessary test run before the
    stdnum-shaped validators, which clean and re-check the number (~10x the cost).

    >>> luhn_ok("046454286"), luhn_ok("046454287")
    (True, False)
    """
    total = 0
    for i, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        total += _LUHN_DOUBLED[digit] if i & 1 else digit
    return total % 10 == 0


def cap(confidence: float) -> float:
    return round(min(confidence, 0.99), 2)
