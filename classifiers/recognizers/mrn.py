"""Medical record number recognizer: the institution formats of ``ClassifierConfig.mrn_patterns``.

Nothing is hard-coded: MRN formats differ per institution (the shipped policy lists common
chart-number shapes). A pattern without context words stands alone (0.8). A pattern with context
words needs one of them to say that *this* number is a chart number (0.9):

- the word is close before the number (within ``REACH_BEFORE`` characters; or just after it on
  the same line, "1234567 (dossier)"), in the same sentence, and nothing between them says the
  file is something else: "copie du dossier S6139100", "No de dossier : 1234567", "MRN / dossier
  (CHUQ MR): 7157857" count; "dossier d'appel d'offres 2025114" (a tender) and "dossier. Commande
  1234567" do not;
- or the number sits in a table column whose header holds the word (a CSV or a pasted table:
  "No de dossier;Nom" over "7766166;Martin Smith").

A number right after a word that names another kind of number ("Fournisseur no 1002345", "tél.",
"facture") is no chart number, and neither is any number in a paragraph about procurement
(``PROCUREMENT``: a tender's or purchase order's "dossier" and its numbers).

Patterns are RE2 (``classifiers.config.compile_pattern``): linear time whatever an administrator
wrote.
"""

from __future__ import annotations

import bisect
import re

from sentinelle.classifiers.config import MrnPattern
from sentinelle.classifiers.mask import mask_identifier
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, bounded, cap, find_context, fold
from sentinelle.classifiers.recognizers._numeric import NEGATIVE_FOLDED, TableIndex
from sentinelle.classifiers.types import MRN, Finding, Segment

REACH_BEFORE = 40
REACH_AFTER = 15
# Words that, between a context word and the number, say the file is not a patient's chart.
NOT_A_CHART: tuple[str, ...] = (
    "appel", "appels", "offre", "offres", "soumission", "soumissions", "tender", "tenders", "bid", "rfp",
    "contrat", "contract", "projet", "project", "fournisseur", "supplier", "vendor", "facture", "invoice",
    "commande", "order", "achat", "purchase", "candidature", "application", "budget", "subvention", "grant",
    "lot", "serie", "serial", "tel", "telephone", "phone", "fax", "poste", "ext",
)  # fmt: skip
_NOT_A_CHART = frozenset(NOT_A_CHART)
_NOT_A_CHART_BEFORE = tuple(dict.fromkeys((*NOT_A_CHART, *NEGATIVE_FOLDED)))
PROCUREMENT: tuple[str, ...] = (
    "appel d'offres", "appels d'offres", "soumission", "soumissionnaire", "soumissionnaires", "bon de commande",
    "purchase order", "fournisseur", "fournisseurs", "supplier", "vendor", "approvisionnement", "procurement",
    "tender", "rfp", "seao", "dossier d'achat",
)  # fmt: skip
_PARAGRAPH = re.compile(r"\n[ \t]*\r?\n")
_WORD = re.compile(r"[a-z0-9]+")
# Where the context word's phrase ends before the number: a full stop and another word ("dossier.
# Commande 1234567", not "no. 1234567"), a blank line, or a label's value ("MRN: QA-01\nStudyDate:
# 20250228": the colon after MRN is followed by its own value, not by the number).
_SENTENCE_END = re.compile(r"[.!?]\s+[a-z]{2,}|\n\s*\n|:\s*[a-z0-9]")


def _folded(text: str) -> str:
    """Lower case, accents and other non-ASCII marks dropped ("N° de dossier" -> "n de dossier")."""
    return fold(text).encode("ascii", "ignore").decode("ascii")


class MrnRecognizer(BaseRecognizer):
    name = "mrn"
    triggers = ()

    def __init__(self, patterns: tuple[MrnPattern, ...]) -> None:
        self._patterns = tuple((p, tuple(_folded(w) for w in p.context if _folded(w).strip())) for p in patterns)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        tables = TableIndex(text)
        paragraphs = _Paragraphs(text)
        for pattern, context_words in self._patterns:
            for match in pattern.pattern.finditer(text):
                start, end = match.span()
                if end <= start or not bounded(text, start, end):
                    continue
                context = chart_context(text, start, end, context_words, tables) if context_words else None
                if context_words and (context is None or paragraphs.about_procurement(start)):
                    continue  # (most numbers stop here: the cheaper test first)
                if find_context(text, start, end, _NOT_A_CHART_BEFORE, before=30, after=0):
                    continue
                findings.append(
                    Finding(
                        type=MRN,
                        location=segment.location,
                        confidence=cap(0.9 if context else 0.8),
                        excerpt=mask_identifier(match.group()),
                        explanation=f"pattern mrn:{pattern.name}; context {context!r}"
                        if context
                        else f"pattern mrn:{pattern.name}; no context required",
                        start=start,
                        end=end,
                    )
                )
        return _outermost(findings)


def _outermost(findings: list[Finding]) -> list[Finding]:
    """One finding per place: "H-1234567" is one chart number, not also "1234567" (nor twice)."""
    kept: list[Finding] = []
    covered_until = -1
    for finding in sorted(findings, key=lambda f: (f.start, f.start - f.end)):
        if finding.end > covered_until:
            kept.append(finding)
            covered_until = finding.end
    return kept


def chart_context(text: str, start: int, end: int, words: tuple[str, ...],
                  tables: TableIndex | None = None) -> str | None:
    """The context word that says ``text[start:end]`` is a chart number, or None (module docstring)."""
    before = _folded(text[max(0, start - REACH_BEFORE) : start])
    nearest: tuple[int, str] | None = None
    for word in words:
        pos = before.rfind(word)
        while pos != -1 and not bounded(before, pos, pos + len(word)):
            pos = before.rfind(word, 0, pos)
        if pos != -1 and _plain_gap(before[pos + len(word) :]) and (nearest is None or pos > nearest[0]):
            nearest = (pos, word)
    if nearest is not None:
        return nearest[1]
    after = _folded(text[end : end + REACH_AFTER]).split("\n", 1)[0]
    for word in words:
        pos = after.find(word)
        if pos != -1 and bounded(after, pos, pos + len(word)) and _plain_gap(after[:pos]):
            return word
    header = (tables or TableIndex(text)).header(start)
    if header is not None:
        folded = _folded(header)
        for word in words:
            pos = folded.find(word)
            if pos != -1 and bounded(folded, pos, pos + len(word)):
                return f"column {word}"
    return None


class _Paragraphs:
    """Which paragraphs (blocks between blank lines) of one text are about procurement; computed once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._bounds: list[int] | None = None
        self._verdicts: dict[int, bool] = {}

    def about_procurement(self, position: int) -> bool:
        """The paragraph holding ``position`` names a tender or an order (``PROCUREMENT``)."""
        if self._bounds is None:
            self._bounds = [0, *(m.end() for m in _PARAGRAPH.finditer(self._text)), len(self._text)]
        index = bisect.bisect_right(self._bounds, position) - 1
        verdict = self._verdicts.get(index)
        if verdict is None:
            paragraph = _folded(self._text[self._bounds[index] : self._bounds[min(index + 1, len(self._bounds) - 1)]])
            verdict = find_context(paragraph, 0, 0, PROCUREMENT, before=0, after=len(paragraph)) is not None
            self._verdicts[index] = verdict
        return verdict


def _plain_gap(gap: str) -> bool:
    """Nothing between a context word and the number ends the sentence or names another kind of file."""
    return not _SENTENCE_END.search(gap) and not any(w in _NOT_A_CHART for w in _WORD.findall(gap))
