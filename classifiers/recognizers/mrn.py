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
separators (``DISGUISED_RUN``) the separators are dropped and the patterns must match the whole
compacted run; the context rules above then apply to the run as written, so the context word, not
the spelling, keeps it precise. A run shaped like a date ("2026/11/25", "25.11.2026") is a date, one
shaped like a year and a sequence number ("dossier de plainte 2026-1184") is a file reference, and
"555-0198" is a phone number.

Patterns are RE2 (``classifiers.config.compile_pattern``): linear time whatever an administrator
wrote.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re

from sentinelle.classifiers.config import CompiledPattern, MrnPattern
from sentinelle.classifiers.mask import mask_identifier
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, bounded, cap, find_context, fold
from sentinelle.classifiers.recognizers._equipment import equipment_patient
from sentinelle.classifiers.recognizers._numeric import NEGATIVE_FOLDED, TableIndex, ascii_compact
from sentinelle.classifiers.recognizers._tables import CHART, HEALTH_ID, PRODUCT, STAFF, column_role, staff_columns
from sentinelle.classifiers.recognizers.patient_name._triggers import _GIVEN_SET
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
)  # fmt: skip
# A police report's or complaint's file, named just before its number (across the context word).
POLICE_FILE: tuple[str, ...] = (
    "plainte policiere", "plainte a la police", "rapport de police", "rapport policier", "police report",
    "police complaint", "police file", "dossier de police", "dossier policier",
)  # fmt: skip
_POLICE_REACH = 45
_NOT_A_CHART = frozenset(NOT_A_CHART)
_NOT_A_CHART_BEFORE = tuple(dict.fromkeys((*NOT_A_CHART, *NEGATIVE_FOLDED)))
PROCUREMENT: tuple[str, ...] = (
    "appel d'offres", "appels d'offres", "soumission", "soumissionnaire", "soumissionnaires", "bon de commande",
    "purchase order", "fournisseur", "fournisseurs", "supplier", "vendor", "approvisionnement", "procurement",
    "tender", "rfp", "seao", "dossier d'achat",
)  # fmt: skip
# A digit run with separators (spaces of any width, dots, slashes, hyphens, underscores; up to three
# in a row), full-width digits included (Python's \d). It opens with \d so that the regex engine skips
# quickly to the digits (this runs over every segment); a letter prefix glued to the first digit
# ("S288 5878") and the word boundaries are read in Python.
DISGUISED_RUN = re.compile(r"\d(?:[ \t\u00a0\u2000-\u200b\u202f\u3000./\\_-]{0,3}\d)+")
_PREFIX = 3  # letters at most before the first digit
_PREFIX_APART = re.compile(r"(?<![\w.])(?P<token>[A-Z]{1,4})[ \t\u00a0.\-/_]{1,3}$")
# Labels that name what follows them, never a site's letter prefix: "DDN 06/05/75" is a birth date, "DOB 19-09-23"
# too, "TEL 514 555 0101" a telephone number.
_LABELS_NOT_PREFIXES = frozenset({"ddn", "dob", "dn", "date", "nee", "ne", "tel", "fax", "cell", "ext", "poste"})
_LETTERS = re.compile(r"[^\W\d_]+")
_PARAGRAPH = re.compile(r"\n[ \t]*\r?\n")
_WORD = re.compile(r"[a-z0-9]+")
# Where the context word's phrase ends before the number: a full stop and another word ("dossier.
# Commande 1234567", not "no. 1234567"), a blank line, or a label's value ("MRN: QA-01\nStudyDate:
# 20250228": the colon after MRN is followed by its own value, not by the number).
_SENTENCE_END = re.compile(r"[.!?]\s+[a-z]{2,}|\n\s*\n|:\s*[a-z0-9]")


# Abbreviations that are ordinary words too ("dos" is the back): context only right before the number.
_ADJACENT_ONLY = frozenset(("dos", "dos.", "doss", "doss.", "no dos"))


def _folded(text: str) -> str:
    """Lower case, accents and other non-ASCII marks dropped ("N° de dossier" -> "n de dossier")."""
    return fold(text).encode("ascii", "ignore").decode("ascii")


class MrnRecognizer(BaseRecognizer):
    name = "mrn"
    triggers = ()

    def __init__(self, patterns: tuple[MrnPattern, ...]) -> None:
        self._patterns = tuple((p, tuple(_folded(w) for w in p.context if _folded(w).strip())) for p in patterns)
        # The longest word of each context phrase, as written and without its accents: a disguised run
        # can only count where one of them is in the text (a pattern without context words always looks).
        self._gate: tuple[str, ...] | None = tuple(
            {max(_LETTERS.findall(form), key=len, default=form)
             for p in patterns for w in p.context for form in (w.lower(), _folded(w)) if form.strip()}
        )
        if any(not words for _, words in self._patterns):
            self._gate = None
        self._words = frozenset(w for _, words in self._patterns for w in words)
        # Short words ("pt") would be inside many others ("rapport"): looked for as whole words.
        short = sorted(w for w in self._gate or () if len(w) < 4)
        self._short_gate = re.compile(r"\b(?:" + "|".join(map(re.escape, short)) + r")\b") if short else None
        self._gate = tuple(w for w in self._gate if len(w) >= 4) if self._gate is not None else None

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
        disguised = _Compacted(text, self._words) if self._patterns and self._may_have_context(text) else None
        for pattern, context_words in self._patterns:
            plain = ((*m.span(), m.group(), False) for m in pattern.pattern.finditer(text))
            compacted = (
                (s, e, v, True)
                for s, e, w, v in (disguised.matching(pattern.pattern) if disguised else [])
                if not _no_chart_shape(w, v)
            )
            for start, end, value, spelled in itertools.chain(plain, compacted):
                if end <= start or not bounded(text, start, end):
                    continue
                if text[start - 1 : start] == ":" and text[max(0, start - 3) : start - 1].isdigit():
                    continue  # "09:36:57 -0500": a clock's seconds and a time zone, not a chart number
                if _placeholder(value):
                    continue  # "N° de dossier : [0000000]": a template's field
                if _BIRTH_LABEL_BEFORE.search(text, max(0, start - 24), start):
                    continue  # "dob 20100809", "DDN : 19750605": the digits a birth-date label names are a date
                context = chart_context(text, start, end, context_words, tables) if context_words else None
                if context is None and context_words:
                    prefix = _LEADING_LETTERS.match(value)
                    if prefix and prefix.group().lower() in context_words:
                        context = prefix.group()  # "DOS-183639", "MRN00123456": the prefix says what it is
                if context is None and context_words and _patient_row(text, start, end):
                    context = "patient row"
                if context_words and (context is None or paragraphs.about_procurement(start)):
                    continue  # (most numbers stop here: the cheaper test first)
                if asset_inventory(tables, start) or _staff_or_product_column(tables, start):
                    continue
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


_LEADING_LETTERS = re.compile(r"[A-Za-z]+")
_BIRTH_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:ddn|dob|d\.o\.b\.?|date\s+de\s+naissance|date\s+of\s+birth|birth\s*date|n[ée]e?\s+le|born))"
    r"[ \t]*[:.=-]?[ \t]*$"
)


def _placeholder(value: str) -> bool:
    """One digit repeated ("0000000", "9999999"): a form's or a template's placeholder, never a chart number."""
    digits = [c for c in value if c.isdigit()]
    return len(set(digits)) == 1 and len(digits) >= 5


def _disguised_runs(text: str, context_words: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, written) of each separated or full-width digit run, letter prefix included."""
    runs: list[tuple[int, int, str]] = []
    for match in DISGUISED_RUN.finditer(text):
        written = match.group()
        if written.isascii() and written.isdigit():
            continue  # a plain spelling: the patterns already saw it
        start, end = match.span()
        if "\t" in written and _tab_row(text, start):
            continue  # the cells of a spreadsheet's or a tab-delimited table's row ("2455\t7\t2\t2.85")
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue  # glued to a word: part of something else
        glued = start - 1 if start > 0 and text[start - 1] == "-" else start  # "H-123 4567"
        letters = glued
        while letters > 0 and glued - letters < _PREFIX and text[letters - 1].isascii() and text[letters - 1].isalpha():
            letters -= 1
        if letters > 0 and (text[letters - 1].isalnum() or text[letters - 1] == "_"):
            continue
        if letters < glued:
            start = letters
        else:
            # A short upper-case token just apart ("H 441 2093", "ROYL 5551 1512", "PA 220/120") is the
            # run's prefix: the whole reading must match, or the digits of a NAM would stand alone.
            apart = _PREFIX_APART.search(text, max(0, start - 9), start)
            if (apart is not None and apart["token"].lower() not in context_words
                    and apart["token"].lower() not in _LABELS_NOT_PREFIXES):
                start = apart.start()
        runs.append((start, end, text[start:end]))
    return runs


def _tab_row(text: str, position: int) -> bool:
    """The line at ``position`` has two tabs or more: a row of a tab-delimited table (extracted spreadsheets
    are written this way), whose tabs part cells, not the digits of one number."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    return text.count("\t", line_start, len(text) if line_end == -1 else line_end) >= 2


class _Compacted:
    """The compacted values of a text's disguised runs, computed on first use; ``matching`` runs one
    pattern once over all of them (one RE2 call per text, not one per run)."""

    def __init__(self, text: str, context_words: frozenset[str]) -> None:
        self._runs = _disguised_runs(text, context_words)
        self._joined: str | None = None
        self._starts: dict[int, int] = {}
        self._values: list[str] = []

    def matching(self, pattern: CompiledPattern) -> list[tuple[int, int, str, str]]:
        """(start, end, written, value) of the runs whose whole compacted value ``pattern`` matches."""
        if not self._runs:
            return []
        if self._joined is None:
            self._values = [ascii_compact(written) for _, _, written in self._runs]
            position = 0
            for index, value in enumerate(self._values):
                self._starts[position] = index
                position += len(value) + 1
            self._joined = "\n".join(self._values)
        found: list[tuple[int, int, str, str]] = []
        for match in pattern.finditer(self._joined):
            start, end = match.span()
            at = self._starts.get(start)
            if at is not None and end - start == len(self._values[at]):
                run_start, run_end, written = self._runs[at]
                found.append((run_start, run_end, written, self._values[at]))
        return found


def _no_chart_shape(written: str, value: str) -> bool:
    """A run shaped like a date or like a year-sequence reference or a local phone number."""
    groups = [len(g) for g in re.findall(r"\d+", written)]
    return _date_shaped(value, groups) or _reference_shaped(written, groups)


_RATE = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?[ \t\u00a0]?/[ \t\u00a0]?1(?:[ \u00a0]?0){2,6}$")


def _reference_shaped(written: str, groups: list[int]) -> bool:
    """A year and a sequence number ("2026-1184": a complaint's or a committee's file), a local phone
    number (555-0198) or a ratio (220/120): the common shapes of two digit groups that are no chart number."""
    if len(groups) == 2 and "/" in written and max(groups) <= 3:
        return True  # a ratio: a blood pressure (PA 220/120)
    if _RATE.match(written):
        return True  # a rate per a power of ten (4.5/1000, 12,3 / 100 000)
    if len(groups) != 2 or not written[:1].isdigit():
        return False
    year = written[:4]
    return (groups[0] == 4 and year.isdigit() and 1900 <= int(year) <= 2099) or groups == [3, 4]


def _date_shaped(value: str, groups: list[int]) -> bool:
    """Day, month and year groups that make a real date (2026/11/25, 25.11.2026, 12-03-26), a unit's
    code apart before it included ("USI 2026-06-19": a table's unit column, then its date column)."""
    if value[:1].isalpha():
        value = value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if not groups or len(value) != sum(groups) or groups[0] != 4:
            return False  # a prefix glued to the digits ("S288 5878") or a short date shape: a chart number
    orders = {(4, 2, 2): ((0, 4), (4, 6), (6, 8)), (2, 2, 4): ((4, 8), (2, 4), (0, 2)),
              (2, 2, 2): ((4, 6), (2, 4), (0, 2))}  # (year, month, day) slices
    slices = orders.get(tuple(groups))  # type: ignore[arg-type]
    if slices is None:
        return False
    year, month, day = (int(value[a:b]) for a, b in slices)
    candidates = [(year, month, day), (year, day, month)]
    for y, m, d in candidates:
        try:
            datetime.date(y if y >= 100 else 2000 + y, m, d)
        except ValueError:
            continue
        return True
    return False


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
    before = _folded(text[max(0, start - REACH_BEFORE) : start])
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
    after = _folded(text[end : end + REACH_AFTER]).split("\n", 1)[0]
    for word in words:
        pos = after.find(word)
        if pos != -1 and bounded(after, pos, pos + len(word)) and _plain_gap(after[:pos]):
            return word
    header = (tables or TableIndex(text)).header(start)
    in_header = _word_in(header, words) if header is not None else None
    if in_header is not None:
        return f"column {in_header}"
    heading = _list_heading(text, start)
    in_heading = _word_in(heading, words) if heading is not None else None
    return f"list heading {in_heading}" if in_heading is not None else None


def _word_in(label: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` standing as a word in ``label`` (a column header, a list heading)."""
    folded = _folded(label)
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
            paragraph = _folded(self._text[self._bounds[index] : self._bounds[min(index + 1, len(self._bounds) - 1)]])
            verdict = find_context(paragraph, 0, 0, PROCUREMENT, before=0, after=len(paragraph)) is not None
            self._verdicts[index] = verdict
        return verdict


# Numbers listed before this one after the same context word ("charts: H7206760 / H6713106", "dossiers
# 1234567, 2345678 et 3456789"): the word speaks of each of them.
_LISTED_BEFORE = re.compile(r"(?:[a-z]{0,3}-?\d[\d .-]{4,}\d[ \t]*(?:[/,;&+]|\bet\b|\band\b|\bou\b|\bor\b)[ \t]*)+$")


# Column headers of an equipment or asset inventory ("No actif | Équipement | No série | Dernier entretien"):
# its numbers are assets' and serial numbers, whatever word a device's name holds ("Lève-patient").
_ASSET_HEADERS = frozenset((
    "actif", "actifs", "asset", "assets", "serie", "serial", "s/n", "modele", "model", "equipement", "equipment",
    "appareil", "device", "entretien", "maintenance", "inventaire", "inventory", "fournisseur", "vendor",
    "fabricant", "manufacturer", "etalonnage", "calibration", "garantie", "warranty",
))  # fmt: skip
# Headers that name a person or a chart: a roster that also lists a device is still a patient list.
_PERSON_HEADERS = frozenset((
    "nom", "name", "prenom", "patient", "patiente", "usager", "dossier", "mrn", "chart", "ddn", "dob", "nam",
    "resident", "client",
))  # fmt: skip


def asset_inventory(tables: TableIndex, position: int) -> bool:
    """``position`` lies in a table whose header names assets (two asset words or more) and no person."""
    found = tables.header_cells(position)
    if found is None:
        return False
    words = set(_WORD_OR_SN.findall(_folded(" ".join(found[1]))))
    return len(words & _ASSET_HEADERS) >= 2 and not words & _PERSON_HEADERS


_WORD_OR_SN = re.compile(r"s/n|[a-z]+")


def _staff_or_product_column(tables: TableIndex, position: int) -> bool:
    """``position`` lies in a product's column ("Lot", "Serial"), or in a staff table (a column says employees:
    "Emp #", "No empl.", "Quart", "Shift") outside a chart column: whatever context words the rows hold ("1:1
    sitter for Form 1 pt"), the columns say what the numbers are."""
    found = tables.header_cells(position, aligned=True)
    if found is None or found[0] is None:
        return False
    own = column_role(found[0])
    if own in (PRODUCT, STAFF):
        return True
    return own not in (CHART, HEALTH_ID) and staff_columns(found[1])


def _names_a_person(text: str, pos: int, word: str) -> bool:
    """The context word at ``pos`` is not the "patient" of an equipment name ("lève-patient", "patient lift")."""
    return not word.startswith("patient") or not equipment_patient(text, pos, pos + len(word))


def _plain_gap(gap: str) -> bool:
    """Nothing between a context word and the number ends the sentence or names another kind of file."""
    listed = _LISTED_BEFORE.search(gap)
    if listed is not None:
        gap = gap[: listed.start()]
    return not _SENTENCE_END.search(gap) and not any(w in _NOT_A_CHART for w in _WORD.findall(gap))


# A patient's row of a sign-out list or a bed board: a surname-first name and an age with a sex on the
# number's line ("SAINT-ONGE, Noémie | M96757006 | 90F | AFib", "Ch. 427 - CÔTÉ, Noémie 86F (7474856)").
_UP = "A-ZÀ-ÖØ-Þ"
_ROW_NAME = re.compile(
    rf"[{_UP}]{{2,}}(?:[-' ][{_UP}]{{2,}})*,[ \t]*[{_UP}][a-zß-öø-ÿ]+"
    # ... or a handover roster's "Surname, I." ("3E-10 O'Neill, A. LCH9509193 62M - ...")
    rf"|(?<![\w'’])(?:[{_UP}]['’])?[{_UP}][a-zß-öø-ÿ]+(?:-[{_UP}][a-zß-öø-ÿ]+)?,[ \t]*[{_UP}]\.(?=[ \t])"
    # ... or an OR list's "Surname I" right before the age and sex ("7h00 Tremblay J 30F 1744726 PTH D")
    rf"|(?<![\w'’])(?:[{_UP}]['’])?[{_UP}][a-zß-öø-ÿ]+(?:-[{_UP}][a-zß-öø-ÿ]+)?[ \t]+[{_UP}]\.?"
    rf"[ \t]+\d{{1,3}}[ \t]?[MFH]\b"
)
# A sign-out line led by a bed or room, then an upper-case surname and an initial or a given name, or a bare
# bed number and a surname and its initial ("455 Nguyen K H895329: call family"), or a table row of a room,
# initials and the number.
_BED_ROW = re.compile(
    rf"[ \t>*•·-]*(?:(?:[0-9]{{1,2}}[.)][ \t]+)?(?i:ch|chambre|room|rm|lit|bed|civ|civi[eè]re|urg|urgence|c)\.?[ \t]*"
    rf"[0-9]{{1,4}}[A-Za-z]?"
    rf"[ \t]*[-–—:|]?[ \t]*"
    rf"(?:[{_UP}]{{2,}}(?:[-' ][{_UP}]{{2,}})*,?[ \t]+[{_UP}]"
    rf"|(?:[{_UP}]['’])?[{_UP}][a-zß-öø-ÿ]+,?[ \t]+[{_UP}]\.?[ \t]+\(?[A-Z]{{0,3}}-?[0-9])"
    rf"|[0-9]{{2,4}}[A-Za-z]?[ \t]+(?:[{_UP}]['’])?[{_UP}][a-zß-öø-ÿ{_UP}]+,?[ \t]+[{_UP}]\.?[ \t]+[A-Z]{{0,3}}-?[0-9]"
    # ... or a list's number and the patient's initials before the chart ("1. T.H.  E7415402  DKA resolving")
    rf"|(?:[0-9]{{1,2}}[.)][ \t]+)?[{_UP}]\.[ \t]?[{_UP}]\.[ \t]+[A-Z]{{0,3}}-?[0-9]"
    # ... or a table's room, the patient's initials and the chart ("404 | FR | M-762261 | POD0 appy")
    rf"|[0-9]{{2,4}}[A-Za-z]?[ \t]*[|\t][ \t]*[{_UP}]{{2,3}}[ \t]*[|\t][ \t]*[A-Z]{{0,3}}-?[0-9])"
)
# A staff schedule's row has the same shape, with a role or a shift in a column ("12A PELLAND R. 4410982 -
# inf. aux. - jour"): an employee number, not a chart.
_STAFF_ROW = re.compile(
    r"(?i:[-–—|,\t][ \t]*(?:inf\.|infirmi|pr[ée]pos|pab\b|inhalo|agente?\b|commis|jour|soir|nuit|garde|cong[ée]"
    r"|day\b|evening|night|off\b|on[- ]call|rn\b|lpn\b|psw\b|clerk)|\bemp(?:l\.?|\.)?\s?(?:#|no\b))"
)
_ROW_AGE_SEX = re.compile(r"(?<![\w./:-])\d{1,3}[ \t]?(?:ans[ \t]?|y/?o[ \t]?)?[MFH](?![\w-])")


# A staff table's header above the row ("Employé | Matricule | Unité | N95 | Vaccin grippe"): its rows name
# employees, and its numbers are employee numbers (a mask model "3M 1860" is no age and sex either).
_STAFF_HEADER = re.compile(r"(?i:\bmatricule|\bemploy[ée]e?s?\b|\bemployee|\bstaff\b|\bpersonnel\b|\bbadge\b)")
_HEADER_LOOKBACK = 15
# A terse list's line that opens with a surname and an initial, the number in parentheses after them.
_INITIAL_ROW = re.compile(
    rf"[ \t>*•·-]*(?:[{_UP}]{{2,}}(?:[-' ][{_UP}]{{2,}})*|(?:[{_UP}]['’])?[{_UP}][a-zß-öø-ÿ]+(?:-[{_UP}][a-zß-öø-ÿ]+)?)"
    rf",?[ \t]+[{_UP}]\.?[ \t]*\([ \t]*(?:[A-Z]{{1,3}}-?)?"
)
# What a list of staff says in its heading or its rows: employee numbers, pagers, rosters, roles.
_STAFF_LIST = re.compile(
    r"(?i:matricule|employ|\bstaff\b|personnel|on[- ]call|\bde\s+garde|\bgarde\b|pager|pagette|t[ée]l[ée]av|shift"
    r"|\bquart|roster|horaire|schedule|\bposte\s+\d|\bext\.?\s*\d|\b(?:rn|rpn|lpn|np|pharmd|md|inf\.?|psw|rm)\b)"
)
_STAFF_LIST_LINES = 3
# ... and in title case, a known given name after the surname ("Savard Liam 6458299 - congé demain").
_NAMED_BEFORE_TITLE = re.compile(
    rf"(?:[ \t]*(?i:re|tr|fwd?|fw)[ \t]*:)*[ \t]*(?:[{_UP}]['’])?[{_UP}][a-zß-öø-ÿ]+(?:-[{_UP}][a-zß-öø-ÿ]+)?[ \t]+"
    rf"(?P<given>[{_UP}][a-zß-öø-ÿ]+(?:-[{_UP}][a-zß-öø-ÿ]+)?)[ \t]+(?:[A-Z]{{1,3}}-?)?"
)
# A Subject (a text's first line, no table cells) that opens with a surname-first name, the number right after it.
_NAMED_BEFORE = re.compile(
    rf"(?:[ \t]*(?i:re|tr|fwd?|fw)[ \t]*:)*[ \t]*[{_UP}]{{2,}}(?:[-' ][{_UP}]{{2,}})*,?[ \t]+"
    rf"[{_UP}][a-zß-öø-ÿ]+(?:-[{_UP}][a-zß-öø-ÿ]+)?[ \t]+(?:[A-Z]{{1,3}}-?)?"
)


def _under_staff_header(text: str, line_start: int) -> bool:
    position = line_start
    for _ in range(_HEADER_LOOKBACK):
        if position <= 0:
            return False
        above = text.rfind("\n", 0, position - 1) + 1
        line = text[above : position - 1]
        if ("|" in line or "\t" in line) and _STAFF_HEADER.search(line):
            return True
        position = above
    return False


def _patient_row(text: str, start: int, end: int) -> bool:
    """The number's line names someone surname first with an age and a sex: a patient list's row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if _under_staff_header(text, line_start):
        return False
    if line_start == 0 and "\t" not in text[:start] and _NAMED_BEFORE.fullmatch(text, 0, start):
        return True  # "RE: GIROUARD, Fernand 0169795 – IRM reportée?": the number right after a patient's name
    if line_start == 0 and "\t" not in text[:start]:
        named = _NAMED_BEFORE_TITLE.fullmatch(text, 0, start)
        if named is not None and named["given"] in _GIVEN_SET:
            return True  # "RE: Nadeau Geneviève 741 216 7 - CT abdo": the same, written in title case
    if _INITIAL_ROW.fullmatch(text, line_start, start) and not _STAFF_ROW.search(line):
        # "DUGUAY R. (9535943) : Rx ATB à réviser": a terse list's patient, surname and initial; not an on-call
        # list's "CASTILLO B. (5924482) — PharmD — téléav. 275" under "employee # in brackets".
        above = line_start
        for _ in range(_STAFF_LIST_LINES):
            above = text.rfind("\n", 0, max(0, above - 1)) + 1
        return _STAFF_LIST.search(text, above, len(text) if line_end < 0 else line_end) is None
    if _BED_ROW.match(line) and not _STAFF_ROW.search(line):
        return True  # "- ch 31A SINCLAIR É. (CHU-909171) néo du côlon": a bed, then the patient's name
    return _ROW_AGE_SEX.search(line) is not None and _ROW_NAME.search(line) is not None
