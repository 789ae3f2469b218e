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

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import re2

from classifiers.types import Finding, Segment


@dataclass(frozen=True, slots=True)
class Trigger:
    """A named cheap pattern (RE2 syntax). Same ``kind`` must mean same pattern everywhere."""

    kind: str
    pattern: str


@dataclass(frozen=True, slots=True)
class Scan:
    """Trigger hits of one text: kind -> list of (start, end) character spans."""

    text: str
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def get(self, kind: str) -> list[tuple[int, int]]:
        return self.hits.get(kind, [])


class Scanner:
    """One RE2 alternation over the triggers of many recognizers; ``scan`` runs it once."""

    def __init__(self, triggers: Iterable[Trigger]) -> None:
        by_kind: dict[str, str] = {}
        for trigger in triggers:
            known = by_kind.setdefault(trigger.kind, trigger.pattern)
            if known != trigger.pattern:
                raise ValueError(f"trigger kind {trigger.kind!r} declared with two different patterns")
        self._kinds = tuple(by_kind)
        # Group names must be identifiers; kinds are mapped to g0, g1, ...
        self._group_kind = {f"g{i}": kind for i, kind in enumerate(self._kinds)}
        alternation = "|".join(f"(?P<g{i}>{by_kind[kind]})" for i, kind in enumerate(self._kinds))
        options = re2.Options()
        options.max_mem = 64 << 20  # lexicon alternations need more than the 8 MiB default
        self._regex = re2.compile(alternation, options) if self._kinds else None

    @property
    def kinds(self) -> tuple[str, ...]:
        return self._kinds

    def scan(self, text: str) -> Scan:
        hits: dict[str, list[tuple[int, int]]] = {}
        if self._regex is None or not text:
            return Scan(text, hits)
        group_kind = self._group_kind
        try:
            matches = list(self._regex.finditer(text))
        except UnicodeEncodeError:
            # Lone surrogates (surrogateescape-decoded bytes) cannot go to RE2 as UTF-8. Replacing
            # each by "?" keeps every position, so spans still index the original text.
            matches = list(self._regex.finditer(text.encode("utf-8", "replace").decode("utf-8")))
        for match in matches:
            group = match.lastgroup
            if group is None:  # pragma: no cover - every alternative is a named group
                continue
            start, end = match.span()
            if end > start:
                hits.setdefault(group_kind[group], []).append((start, end))
        return Scan(text, hits)


class BaseRecognizer:
    """A recognizer with triggers. Subclasses set ``name``/``triggers`` and implement ``from_scan``."""

    name: str = ""
    triggers: tuple[Trigger, ...] = ()
    _own_scanner: Scanner | None = None

    def recognize(self, segment: Segment) -> Iterable[Finding]:
        """Scan ``segment`` with this recognizer's own triggers, then validate the candidates."""
        if self._own_scanner is None:
            self._own_scanner = Scanner(self.triggers)
        return self.from_scan(segment, self._own_scanner.scan(segment.text))

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError


# -- text helpers -------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower-case and strip accents (for context-word tests on small windows)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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

    Words are matched on folded text at word boundaries.
    """
    window = fold(text[max(0, start - before) : start]) + " \x00 " + fold(text[end : end + after])
    for word in words:
        pos = window.find(word)
        while pos != -1:
            if bounded(window, pos, pos + len(word)):
                return word
            pos = window.find(word, pos + 1)
    return None


def digit_runs(text: str, start: int, end: int, length: int) -> Iterator[tuple[int, int, str]]:
    """Sub-spans of a separated digit run holding exactly ``length`` digits, group-aligned.

    "SIN 046 454 286 2024" gives one run; its 9-digit sub-spans aligned on the
    separators are "046 454 286" and (not 9 digits) nothing else. A run with no
    separators must hold exactly ``length`` digits.
    """
    groups: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        if text[pos].isdigit():
            group_start = pos
            while pos < end and text[pos].isdigit():
                pos += 1
            groups.append((group_start, pos))
        else:
            pos += 1
    for i in range(len(groups)):
        count = 0
        for j in range(i, len(groups)):
            count += groups[j][1] - groups[j][0]
            if count == length:
                s, e = groups[i][0], groups[j][1]
                yield s, e, "".join(c for c in text[s:e] if c.isdigit())
                break
            if count > length:
                break


def cap(confidence: float) -> float:
    return round(min(confidence, 0.99), 2)
