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
  "No de dossier;Nom" over "7766166;Martin Smith");
- or the number's line is a patient's row of a sign-out list or a bed board: a surname-first name and
  an age with a sex on it ("SAINT-ONGE, Noémie | M96757006 | 90F | AFib").

Numbers listed after one context word each have it ("charts: H7206760 / H6713106").

A number right after a word that names another kind of number ("Fournisseur no 1002345", "tél.",
"facture") is no chart number, and neither is any number in a paragraph about procurement
(``PROCUREMENT``: a tender's or purchase order's "dossier" and its numbers).

A chart number spelled to get past a filter ("dossier 6 1 2 8 3 0 4", "734.88.21", "285/29/17",
"S288 5878", full-width digits) is at least as confidential as a plain one: in a run of digits with
separators (``_chart_spelling.DISGUISED_RUN``) the separators are dropped and the patterns must match the whole
compacted run; the context rules above then apply to the run as written, so the context word, not
the spelling, keeps it precise. A run shaped like a date ("2026/11/25", "25.11.2026") is a date, one
shaped like a year and a sequence number ("dossier de plainte 2026-1184") is a file reference, and
"555-0198" is a phone number.

Patterns are RE2 (``classifiers.config.compile_pattern``): linear time whatever an administrator
wrote.
"""

from __future__ import annotations

import bisect
import itertools
import re

from sentinelle.classifiers.config import CompiledPattern, MrnPattern, compile_pattern
from sentinelle.classifiers.mask import mask_identifier
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, bounded, cap, find_context, fold_ascii
from sentinelle.classifiers.recognizers._chart_rows import (
    asset_inventory,
    patient_row,
    results_rows,
    staff_or_product_column,
)
from sentinelle.classifiers.recognizers._chart_spelling import Compacted, no_chart_shape, year_first_date
from sentinelle.classifiers.recognizers._equipment import equipment_patient
from sentinelle.classifiers.recognizers._numeric import NEGATIVE_FOLDED
from sentinelle.classifiers.recognizers._table_index import TableIndex
from sentinelle.classifiers.recognizers._tables import test_object_row
from sentinelle.classifiers.types import MRN, Finding, Segment

REACH_BEFORE = 40
REACH_AFTER = 15
# Words that, between a context word and the number, say the file is not a patient's chart.
NOT_A_CHART: tuple[str, ...] = (
    "appel", "appels", "offre", "offres", "soumission", "soumissions", "tender", "tenders", "bid", "rfp",
    "contrat", "contract", "projet", "project", "fournisseur", "supplier", "vendor", "facture", "invoice",
    "commande", "order", "achat", "purchase", "candidature", "application", "budget", "subvention", "grant",
    "lot", "serie", "serial", "tel", "telephone", "phone", "fax", "poste", "ext",
    "incident", "incidents", "accident", "accidents", "ticket", "billet", "requete", "request",
    # An employee's file and number ("le dossier de Maxime Thibodeau, matricule 4471-02").
    "matricule", "employe", "employee", "badge",
    # A box, a shelf or a cart of the archives ("Boîte : B-267904 ; Contenu : dossiers inactifs"): they hold charts.
    "boite", "boites", "box", "boxes", "carton", "cartons", "etagere", "shelf", "tablette", "bac", "chariot", "cart",
    # A study's subject codes ("revoir les dossiers des sujets 311-044 et 104-051"): pseudonyms, not charts.
    "sujet", "sujets", "subject", "subjects",
)  # fmt: skip
# A police report's or complaint's file, named just before its number (across the context word).
POLICE_FILE: tuple[str, ...] = (
    "plainte policiere", "plainte a la police", "rapport de police", "rapport policier", "police report",
    "police complaint", "police file", "dossier de police", "dossier policier",
    # ... or an insurer's or the workers' compensation board's claim ("La CNESST a accepté la réclamation de Owen
    # Séguin (dossier 801 855502)"): the board's file number, not the hospital's chart
    "cnesst", "saaq", "ivac", "reclamation de", "claim of", "claim for",
)  # fmt: skip
_POLICE_REACH = 45
_NOT_A_CHART = frozenset(NOT_A_CHART)
_NOT_A_CHART_BEFORE = tuple(dict.fromkeys((*NOT_A_CHART, *NEGATIVE_FOLDED)))
PROCUREMENT: tuple[str, ...] = (
    "appel d'offres", "appels d'offres", "soumission", "soumissionnaire", "soumissionnaires", "bon de commande",
    "purchase order", "fournisseur", "fournisseurs", "supplier", "vendor", "approvisionnement", "procurement",
    "tender", "rfp", "seao", "dossier d'achat",
)  # fmt: skip
# The prefixes service desks number their tickets with (incident, request item, change, problem, task).
_SERVICE_DESK_TICKET = re.compile(r"(?i:inc|ritm|req|chg|prb|sctask|task)[-_ ]?[0-9]")
_LETTERS = re.compile(r"[^\W\d_]+")
_PARAGRAPH = re.compile(r"\n[ \t]*\r?\n")
_WORD = re.compile(r"[a-z0-9]+")
# Where the context word's phrase ends before the number: a full stop and another word ("dossier.
# Commande 1234567", not "no. 1234567"), a blank line, or a label's value ("MRN: QA-01\nStudyDate:
# 20250228": the colon after MRN is followed by its own value, not by the number).
_SENTENCE_END = re.compile(r"[.!?]\s+[a-z]{2,}|\n\s*\n|:\s*[a-z0-9]")


# Abbreviations that are ordinary words too ("dos" is the back): context only right before the number.
_ADJACENT_ONLY = frozenset(("dos", "dos.", "doss", "doss.", "no dos"))


class MrnRecognizer(BaseRecognizer):
    name = "mrn"
    triggers = ()

    def __init__(self, patterns: tuple[MrnPattern, ...]) -> None:
        self._patterns = tuple((p, tuple(fold_ascii(w) for w in p.context if fold_ascii(w).strip())) for p in patterns)
        # The longest word of each context phrase, as written and without its accents: a disguised run
        # can only count where one of them is in the text (a pattern without context words always looks).
        self._gate: tuple[str, ...] | None = tuple(
            {max(_LETTERS.findall(form), key=len, default=form)
             for p in patterns for w in p.context for form in (w.lower(), fold_ascii(w)) if form.strip()}
        )
        if any(not words for _, words in self._patterns):
            self._gate = None
        self._words = frozenset(w for _, words in self._patterns for w in words)
        # Short words ("pt") would be inside many others ("rapport"): looked for as whole words.
        short = sorted(w for w in self._gate or () if len(w) < 4)
        self._short_gate = re.compile(r"\b(?:" + "|".join(map(re.escape, short)) + r")\b") if short else None
        self._gate = tuple(w for w in self._gate if len(w) >= 4) if self._gate is not None else None
        self._any_format = _any_of(patterns)

    def _may_have_context(self, text: str) -> bool:
        """Cheaply (``str.lower`` and substring tests): some context word may be in ``text``."""
        if self._gate is None:
            return True
        lowered = text.lower()
        if any(word in lowered for word in self._gate):
            return True
        return self._short_gate is not None and self._short_gate.search(lowered) is not None

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        tables = TableIndex(text)
        paragraphs = _Paragraphs(text)
        file_name = segment.location.startswith("filename:")
        disguised = Compacted(text, self._words) if self._patterns and self._may_have_context(text) else None
        # Most segments hold no number of any format: one pass says so, instead of one pass per format.
        may_match = self._any_format is None or self._any_format.search(text) is not None
        rows: frozenset[int] | None = None  # the lines of a results list keyed by chart number, read on first need
        for pattern, context_words in self._patterns:
            matches = pattern.pattern.finditer(text) if may_match else ()
            plain = ((*m.span(), m.group(), False) for m in matches)
            compacted = (
                (s, e, v, True)
                for s, e, w, v in (disguised.matching(pattern.pattern) if disguised else [])
                if not no_chart_shape(w, v, labelled=_labelled(text, s, context_words))
            )
            for start, end, value, spelled in itertools.chain(plain, compacted):
                if end <= start or not bounded(text, start, end):
                    continue
                if text[start - 1 : start] == ":" and text[max(0, start - 3) : start - 1].isdigit():
                    continue  # "09:36:57 -0500": a clock's seconds and a time zone, not a chart number
                if _placeholder(value):
                    continue  # "N° de dossier : [0000000]": a template's field
                if _SERVICE_DESK_TICKET.match(value):
                    continue  # "Interruption planifiée du DME – INC8101128": a service desk's ticket, not a chart
                if file_name and year_first_date(value):
                    continue  # "dossier_20241113.zip": file names are dated year first, month, day
                if _BIRTH_LABEL_BEFORE.search(text, max(0, start - 24), start):
                    continue  # "dob 20100809", "DDN : 19750605": the digits a birth-date label names are a date
                context = chart_context(text, start, end, context_words, tables) if context_words else None
                if context is None and context_words:
                    prefix = _LEADING_LETTERS.match(value)
                    if prefix and prefix.group().lower() in context_words:
                        context = prefix.group()  # "DOS-183639", "MRN00123456": the prefix says what it is
                if context is None and context_words and patient_row(text, start, end):
                    context = "patient row"
                if context is None and context_words:
                    if rows is None:
                        rows = results_rows(text, sorted(span for kind in _LAB_KINDS for span in scan.get(kind)))
                    if text.rfind("\n", 0, start) + 1 in rows:
                        context = "results list row"
                if context_words and (context is None or paragraphs.about_procurement(start)):
                    continue  # (most numbers stop here: the cheaper test first)
                if asset_inventory(tables, start) or staff_or_product_column(tables, start):
                    continue
                if test_object_row(text, start):
                    continue  # "ACR^PHANTOM,QA-20250519": a scanner's quality control, no patient's chart
                reach = _negation_reach(text, start, context)
                if find_context(text, start, end, _NOT_A_CHART_BEFORE, before=reach, after=0):
                    continue
                if find_context(text, start, end, POLICE_FILE, before=_POLICE_REACH, after=0):
                    continue  # "Plainte policière déposée, dossier 13320718": the police's file, not a chart
                findings.append(
                    Finding(
                        type=MRN,
                        location=segment.location,
                        confidence=cap(0.9 if context else 0.8),
                        excerpt=mask_identifier(value),
                        explanation=(f"pattern mrn:{pattern.name}; context {context!r}"
                                     if context else f"pattern mrn:{pattern.name}; no context required")
                        + ("; disguised spelling" if spelled else ""),
                        start=start,
                        end=end,
                    )
                )
        return _outermost(findings)


def _any_of(patterns: tuple[MrnPattern, ...]) -> CompiledPattern | None:
    """One pattern matching wherever one of ``patterns`` does, in their engine (RE2 as the policy compiles them;
    Python's ``re`` for patterns built in code), or None: fewer than two, or the engine refuses the union (two
    closed lists, each within RE2's program size alone, not together)."""
    if len(patterns) < 2:
        return None
    union = "|".join(f"(?:{p.pattern.pattern})" for p in patterns)
    try:
        if all(isinstance(p.pattern, re.Pattern) for p in patterns):
            return re.compile(union)
        return compile_pattern(union)
    except (ValueError, re.error):
        return None


# What may stand between a chart label and its number: "no", "n°" (folded "n"), "#", a colon, a dash.
_LABEL_TAIL = re.compile(r"(?:[ \t]+(?:no\.?|n)|[ \t]*[#:.-])*[ \t]*$")


def _labelled(text: str, start: int, words: tuple[str, ...]) -> bool:
    """A context word is the label right before ``text[start:]`` ("dossier 741-3685", "MRN # 741 3685")."""
    before = fold_ascii(text[max(0, start - 30) : start])
    tail = _LABEL_TAIL.search(before)
    before = before[: tail.start()] if tail else before
    return any(before.endswith(word) and bounded(before, len(before) - len(word), len(before)) for word in words)


_LEADING_LETTERS = re.compile(r"[A-Za-z]+")
_BIRTH_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:ddn|dob|d\.o\.b\.?|date\s+de\s+naissance|date\s+of\s+birth|birth\s*date|n[ée]e?\s+le|born))"
    r"[ \t]*[:.=-]?[ \t]*$"
)


# The scan's lab test hits (recognizers/lab_result.py's triggers), by kind name: a results list's rows.
_LAB_KINDS = ("lab", "lab_terse")


def _placeholder(value: str) -> bool:
    """One digit repeated ("0000000", "9999999"): a form's or a template's placeholder, never a chart number."""
    digits = [c for c in value if c.isdigit()]
    return len(set(digits)) == 1 and len(digits) >= 5


def _outermost(findings: list[Finding]) -> list[Finding]:
    """One finding per place: "H-1234567" is one chart number, not also "1234567" (nor twice)."""
    kept: list[Finding] = []
    covered_until = -1
    for finding in sorted(findings, key=lambda f: (f.start, f.start - f.end)):
        if finding.end > covered_until:
            kept.append(finding)
            covered_until = finding.end
    return kept


def _negation_reach(text: str, start: int, context: str | None) -> int:
    """How far before the number a word saying "not a chart" is read: up to the context word when it stands
    before the number, since what comes before it qualifies something else ("your request for a copy of chart
    9208191" is a chart; "request 1234567" is a ticket). The gap after the context word was read already."""
    if context:
        last = context.split()[-1]
        window = text[max(0, start - 30) : start].lower()
        cut = window.rfind(last)
        if cut != -1:
            return len(window) - cut
    return 30


def chart_context(text: str, start: int, end: int, words: tuple[str, ...],
                  tables: TableIndex | None = None) -> str | None:
    """The context word that says ``text[start:end]`` is a chart number, or None (module docstring)."""
    before = fold_ascii(text[max(0, start - REACH_BEFORE) : start])
    nearest: tuple[int, str] | None = None
    for word in words:
        pos = before.rfind(word)
        while pos != -1 and not (bounded(before, pos, pos + len(word)) and _names_a_person(before, pos, word)):
            pos = before.rfind(word, 0, pos)
        gap = before[pos + len(word) :]
        if word in _ADJACENT_ONLY and gap.strip(" \t:#.()") and not _LISTED_BEFORE.fullmatch(gap.lstrip(" \t:#.(")):
            continue  # "dos." names a chart right before its number; "mal de dos depuis 3 semaines" does not
        if pos != -1 and _plain_gap(gap) and (nearest is None or pos > nearest[0]):
            nearest = (pos, word)
    if nearest is not None:
        return nearest[1]
    after = fold_ascii(text[end : end + REACH_AFTER]).split("\n", 1)[0]
    for word in words:
        pos = after.find(word)
        if pos != -1 and bounded(after, pos, pos + len(word)) and _plain_gap(after[:pos]):
            return word
    cells = (tables or TableIndex(text)).header_cells(start, aligned=True)  # pasted tables are aligned with spaces
    header = cells[0] if cells is not None else None
    in_header = _word_in(header, words) if header is not None else None
    if in_header is not None:
        return f"column {in_header}"
    heading = _list_heading(text, start)
    in_heading = _word_in(heading, words) if heading is not None else None
    return f"list heading {in_heading}" if in_heading is not None else None


def _word_in(label: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` standing as a word in ``label`` (a column header, a list heading)."""
    folded = fold_ascii(label)
    for word in words:
        pos = folded.find(word)
        if pos != -1 and bounded(folded, pos, pos + len(word)):
            return word
    return None


# A list's rows, each opening with its number ("CO3741634  GAGNON, Sarah  2005-04-18  Cardio"), under a heading
# line that ends with a colon and says what the numbers are ("Charts to pull for tomorrow's clinics:").
_ROW_OPENS_WITH_NUMBER = re.compile(r"[ \t>*•·-]*[A-Z]{0,3}-?[0-9][0-9 -]*[0-9][ \t]")
_LIST_ROWS_MAX = 40


def _list_heading(text: str, start: int) -> str | None:
    """The heading of the list whose row ``text[start:]`` opens, or None (not a row's opening number, or no
    heading line right above the rows)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t>*•·-"):
        return None
    position = line_start
    for _ in range(_LIST_ROWS_MAX):
        if position <= 0:
            return None
        above = text.rfind("\n", 0, position - 1) + 1
        line = text[above : position - 1].rstrip("\r")
        if not _ROW_OPENS_WITH_NUMBER.match(line):
            return line if line.rstrip().endswith(":") else None
        position = above
    return None


class _Paragraphs:
    """Which paragraphs (blocks between blank lines) of one text are about procurement; computed once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._bounds: list[int] | None = None
        self._verdicts: dict[int, bool] = {}

    def about_procurement(self, position: int) -> bool:
        """The paragraph holding ``position`` names a tender or an order (``PROCUREMENT``), or the paragraph
        before it does and introduces it ("Veuillez trouver notre bon de commande BC-4536986 :" over its lines)."""
        if self._bounds is None:
            self._bounds = [0, *(m.end() for m in _PARAGRAPH.finditer(self._text)), len(self._text)]
        index = bisect.bisect_right(self._bounds, position) - 1
        if self._names_procurement(index):
            return True
        if index == 0:
            return False
        before = self._text[self._bounds[index - 1] : self._bounds[index]].rstrip()
        return before.endswith(":") and self._names_procurement(index - 1)

    def _names_procurement(self, index: int) -> bool:
        verdict = self._verdicts.get(index)
        if verdict is None:
            assert self._bounds is not None
            end = self._bounds[min(index + 1, len(self._bounds) - 1)]
            paragraph = fold_ascii(self._text[self._bounds[index] : end])
            verdict = find_context(paragraph, 0, 0, PROCUREMENT, before=0, after=len(paragraph)) is not None
            self._verdicts[index] = verdict
        return verdict


# Numbers listed before this one after the same context word ("charts: H7206760 / H6713106", "dossiers
# 1234567, 2345678 et 3456789"): the word speaks of each of them.
_LISTED_BEFORE = re.compile(r"(?:[a-z]{0,3}-?\d[\d .-]{4,}\d[ \t]*(?:[/,;&+]|\bet\b|\band\b|\bou\b|\bor\b)[ \t]*)+$")


def _names_a_person(text: str, pos: int, word: str) -> bool:
    """The context word at ``pos`` is not the "patient" of an equipment name ("lève-patient", "patient lift")."""
    return not word.startswith("patient") or not equipment_patient(text, pos, pos + len(word))


def _plain_gap(gap: str) -> bool:
    """Nothing between a context word and the number ends the sentence or names another kind of file."""
    listed = _LISTED_BEFORE.search(gap)
    if listed is not None:
        gap = gap[: listed.start()]
    return not _SENTENCE_END.search(gap) and not any(w in _NOT_A_CHART for w in _WORD.findall(gap))
