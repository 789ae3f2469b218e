"""Sample values: what a template, a form or a how-to shows as an example is nobody's data.

"Example: 'Patient: John Sample  MRN: 0000000  DOB: 1900-01-01'", "exemple de numéro de dossier : H-1234567",
"inscrire le NAM (p. ex. ABCD 1234 5678)": an identifier, a birth date, a name or a contact that follows an
example marker in the same clause (at most ``REACH`` characters after it, no sentence end, semicolon or line
break between) is a sample. The marker must come before the value: "voir l'exemple joint. Dossier 7766166" is
another clause. A format hint is no marker ("Date de naissance (format AAAA-MM-JJ) : 1962-04-12" is a birth
date), nor is "sample" (a laboratory's specimen).
"""

from __future__ import annotations

import bisect
import re

from sentinelle.classifiers.re2_patterns import Prefiltered

REACH = 80
_MARKER = Prefiltered(
    re.compile(
        r"\b(?:examples?|exemples?|placeholder)\b"
        # (lower case and never inside a hyphenated name: "Roy-Fictive" is a test patient's name, not a marker)
        r"|(?<![-\w])(?-i:fictif|fictive|fictifs|fictives|fictitious)\b"
        r"|\be\.g\.|\bp\.[ \t]?ex\.|\bpar[ \t]+ex\b\.?",
        re.IGNORECASE,
    ),
    r"(?i:\b(?:examples?|exemples?|placeholder)|fictif|fictiv|fictitious|\be\.g\.|\bp\.[ \t]?ex\.|\bpar[ \t]+ex)",
)
_HINTS = ("exampl", "exempl", "fictif", "fictiv", "fictitious", "placeholder", "e.g.", "ex.", "par ex")
# A clause ends at a sentence's full stop (not the dots of "e.g." or "p. ex."), a semicolon or a line break.
_CLAUSE_END = re.compile(r"(?<=[A-Za-zÀ-ÿ]{3})[.!?][ \t]|;[ \t]|\n")


class Examples:
    """Where a segment's example markers end, found once; ``covers`` answers per finding."""

    __slots__ = ("_ends", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        lowered = text.lower()
        # Substring tests first (most texts hold no marker): the regex runs only where one may be.
        self._ends = [m.end() for m in _MARKER.finditer(text)] if any(w in lowered for w in _HINTS) else []

    def __bool__(self) -> bool:
        return bool(self._ends)

    def covers(self, start: int) -> bool:
        """The value at ``start`` is in the clause an example marker opens."""
        i = bisect.bisect_right(self._ends, start) - 1
        if i < 0:
            return False
        marker_end = self._ends[i]
        if start - marker_end > REACH:
            return False
        return _CLAUSE_END.search(self._text, marker_end, start) is None
