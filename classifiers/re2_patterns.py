"""RE2 patterns that encode a text to UTF-8 once, not once per call.

google-re2's ``search``, ``match`` and ``finditer`` on a ``str`` encode the whole text to UTF-8 at every call,
then convert the call's character offsets to byte offsets by walking the bytes from the text's start. The
recognizers ask several patterns many times of the same 5 KB segment (each near one piece of evidence), so those
copies and walks cost more than the searches. ``Re2Pattern`` keeps, per thread, the UTF-8 of the last text it was
given (by identity: the cache holds the text, so no other object can take its id) and where its last conversion
stood; an ASCII text, whose byte offsets are its character offsets, needs no conversion at all.

Matches are google-re2's own match objects, with the same spans, groups and ``pos``/``endpos``: a drop-in
replacement for ``re2.compile`` (tests/test_re2_patterns.py compares the two on ASCII, accented and
astral-plane texts).
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Iterator
from typing import Any

import re2

_NULL_SPAN = (-1, -1)
_Match: Any = re2._Match  # google-re2's match class: ``re2`` returns it too
_CharLenToBytes: Any = re2._re2.CharLenToBytes
_BytesToCharLen: Any = re2._re2.BytesToCharLen


class _Utf8:
    """A text's UTF-8, and a mark (a character offset and its byte offset) that conversions walk from: the
    searches of a text go forward, so each walk is short instead of starting at the text's start."""

    __slots__ = ("_byte", "_char", "data", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.data: bytes = text.encode("utf-8", "surrogatepass")  # (as the scanner: a lone surrogate never matches)
        self._char = self._byte = 0

    def byte_at(self, char: int) -> int:
        if char < self._char:
            self._char = self._byte = 0
        self._byte += _CharLenToBytes(self.data, self._byte, char - self._char)
        self._char = char
        return self._byte

    def char_at(self, byte: int) -> int:
        if byte < self._byte:
            self._char = self._byte = 0
        self._char += _BytesToCharLen(self.data, self._byte, byte)
        self._byte = byte
        return self._char


# The last text given, per thread: an entry's mark moves as its conversions do, so no two threads share one (the
# proxy inspects in several threads).
_threads = threading.local()


def _utf8(text: str) -> _Utf8:
    last: _Utf8 | None = getattr(_threads, "last", None)
    if last is None or last.text is not text:
        last = _threads.last = _Utf8(text)
    return last


class Re2Pattern(re2._Regexp):  # type: ignore[misc]  # google-re2 ships no type information
    """``re2.compile``'s pattern, with the last text's UTF-8 kept between calls."""

    __slots__ = ()

    def _match(self, anchor: Any, text: Any, pos: int | None = None, endpos: int | None = None) -> Iterator[Any]:
        if not isinstance(text, str):
            yield from super()._match(anchor, text, pos, endpos)
            return
        size = len(text)
        pos = 0 if pos is None else max(0, min(pos, size))
        endpos = size if endpos is None else max(0, min(endpos, size))
        if pos > endpos:
            return
        utf8 = _utf8(text)
        if len(utf8.data) == size:
            yield from self._ascii(anchor, text, utf8.data, pos, endpos)
        else:
            yield from self._wide(anchor, utf8, pos, endpos)

    def _ascii(self, anchor: Any, text: str, data: bytes, pos: int, endpos: int) -> Iterator[Any]:
        """An ASCII text: byte offsets are character offsets."""
        at = pos
        while True:
            spans = self._regexp.Match(anchor, data, at, endpos)
            if spans[0] == _NULL_SPAN:
                return
            yield _Match(self, text, pos, endpos, spans)
            if at == endpos:
                return
            at = at + 1 if at == spans[0][1] else spans[0][1]  # an empty match: step over one character

    def _wide(self, anchor: Any, utf8: _Utf8, pos: int, endpos: int) -> Iterator[Any]:
        """Non-ASCII: byte offsets for the search, character offsets for the matches, converted in order."""
        data = utf8.data
        at = utf8.byte_at(pos)
        # (the end without moving the mark: the matches' offsets come after ``at``)
        end = len(data) if endpos == len(utf8.text) else at + _CharLenToBytes(data, at, endpos - pos)
        while True:
            spans = self._regexp.Match(anchor, data, at, end)
            if spans[0] == _NULL_SPAN:
                return
            chars = {offset: utf8.char_at(offset) for offset in sorted({o for o in itertools.chain(*spans) if o >= 0})}
            yield _Match(self, utf8.text, pos, endpos,
                         [span if span == _NULL_SPAN else (chars[span[0]], chars[span[1]]) for span in spans])
            if at == end:
                return
            at = at + _CharLenToBytes(data, at, 1) if at == spans[0][1] else spans[0][1]


def compile(pattern: str | bytes, options: Any = None) -> Re2Pattern:  # as re2.compile is named
    """``re2.compile(pattern, options)`` as a ``Re2Pattern``; like it, the same pattern and options give the same
    object (a policy's compiled patterns compare equal when their texts do)."""
    options = re2.Options() if options is None else options
    return _compiled(pattern, tuple(getattr(options, name) for name in re2.Options.NAMES))


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str | bytes, values: tuple[Any, ...]) -> Re2Pattern:
    options = re2.Options()
    for name, value in zip(re2.Options.NAMES, values, strict=True):
        setattr(options, name, value)
    return Re2Pattern(pattern, options)


class Prefiltered:
    """A Python ``re`` pattern searched only where an RE2 superset of it starts a match: Python's ``re`` tries an
    alternation of words at every position of a text (0.1 to 0.3 ms per 5 KB segment), RE2's automaton reads the
    text once. ``superset`` must match, at least, wherever ``pattern`` does (RE2 has no look-arounds, its ``\\b``,
    ``\\w`` and ``\\s`` are ASCII: a superset drops the first and widens the others); ``finditer`` and ``search``
    then give exactly ``pattern``'s matches (tests/test_re2_patterns.py)."""

    __slots__ = ("pattern", "superset")

    def __init__(self, pattern: re.Pattern[str], superset: str) -> None:
        self.pattern = pattern
        self.superset = compile(superset)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        while pos <= end:
            match = self.search(text, pos, end)
            if match is None:
                return
            yield match
            pos = match.end() if match.end() > match.start() else match.end() + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        # The leftmost place the superset starts at is the leftmost place ``pattern`` may match; where it does
        # not, the next one is looked for from the following character.
        end = len(text) if endpos is None else min(endpos, len(text))
        while pos <= end:
            candidate = self.superset.search(text, pos, end)
            if candidate is None:
                return None
            match = self.pattern.match(text, candidate.start(), end)
            if match is not None:
                return match
            pos = candidate.start() + 1
        return None
