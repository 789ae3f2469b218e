"""Span arithmetic of the patient name recognizer: windows snapped to whole words, reach tests by
bisection (``_Reach``), spans already given to a name (``_Taken``), the line before a name."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from sentinelle.classifiers.recognizers._base import _fold_context as fold_window

_SNAP = 20  # at most this many characters are added to complete a word cut by a window edge


def _word_start(text: str, position: int) -> int:
    """``position`` moved left to the start of the word it falls in (bounded by ``_SNAP``)."""
    if position <= 0:
        return 0
    limit = max(0, position - _SNAP)
    while position > limit and not text[position - 1].isspace():
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    """``position`` moved right to the end of the word it falls in (bounded by ``_SNAP``)."""
    limit = min(len(text), position + _SNAP)
    position = min(position, len(text))
    while position < limit and not text[position].isspace():
        position += 1
    return position


def _reach_of(window: tuple[int, int], candidates: list[tuple[int, int, str, float, str]]) -> tuple[int, int]:
    """The span a window's results can occupy: the window, widened by the candidates it may confirm."""
    lo, hi = window
    for start, end, *_ in candidates:
        if start < window[1] and window[0] < end:
            lo, hi = min(lo, start), max(hi, end)
    return lo, hi


class _Reach:
    """Whether a span is at most ``reach`` characters away from one of the given spans, for many
    queries against the same spans: merged, sorted, answered by bisection
    (a long segment full of names and drug names must not cost names x evidence comparisons)."""

    def __init__(self, spans: Sequence[tuple[int, int]], reach: int) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            lo, hi = start - reach, end + reach
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        self._starts = [lo for lo, _ in merged]
        self._spans = merged

    def __call__(self, span: tuple[int, int]) -> bool:
        i = bisect.bisect_right(self._starts, span[1]) - 1
        return i >= 0 and self._spans[i][1] >= span[0]


class _Overlaps:
    """Whether a span shares a character with one of the given spans, answered by bisection (the evidence of a long
    segment against each of its names)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            elif end > start:
                merged.append((start, end))
        self._starts = [start for start, _ in merged]
        self._spans = merged

    def __call__(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._spans[i][1] > start


class _Taken:
    """Spans already given to a name: overlap tests by bisection (names are short)."""

    _LONGEST = 200

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self._spans, span)

    def overlaps(self, start: int, end: int) -> bool:
        spans = self._spans
        for i in range(bisect.bisect_left(spans, (start - self._LONGEST, start - self._LONGEST)), len(spans)):
            s, e = spans[i]
            if s >= end:
                return False
            if start < e:
                return True
        return False


def _line_before(text: str, start: int) -> str:
    """Folded text of the line before ``start`` (at most 80 characters)."""
    line_start = max(text.rfind("\n", max(0, start - 80), start) + 1, start - 80)
    return fold_window(text[line_start:start])
