"""The ``indexed_patient`` recognizer: names and identifiers of the institution's own patients.

Per segment, with the normalisation of the index build (``normalize``):

- name pairs: runs of capitalised words ("Jean Tremblay", "TREMBLAY, Jean", "Marie Ève
  de la Fontaine"; particles may sit inside) give every window of a given name (1-2 words) next
  to a surname (1-3 words), in both orders; each is hashed as given name + surname;
- surname + birth date: every date (numeric or with a month name) with each capitalised word
  (or two adjacent ones) within ``DATE_REACH`` characters;
- identifiers: runs of digits (optionally after up to four letters, with spaces, hyphens or dots
  inside) of at least ``MIN_IDENTIFIER_CHARS`` characters, as NAM and as chart number.

All hashes of a segment are looked up in one vectorised call. Names written in lower case
are not looked for: mail and forms capitalise names, and checking every pair of words would
cost about ten times the budget (bench/bench_index.py).

Not counted: a name covered by the sender's or a recipient's own name (``StaffNames``, the
same exclusion as ``patient_name``: staff who are also patients), and a name introduced as a
physician ("Dre Julie Roy").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from classifiers.index.build import MIN_IDENTIFIER_CHARS
from classifiers.index.kinds import EXPLAIN_IDENTIFIER, EXPLAIN_NAME, EXPLAIN_NAME_DOB, INDEXED_PATIENT
from classifiers.index.normalize import PARTICLES, date_key, identifier_key, name_key
from classifiers.index.store import TAG_MRN, TAG_NAM, TAG_NAME, TAG_SURNAME_DATE, PatientIndex
from classifiers.mask import mask_digits, mask_identifier, mask_name
from classifiers.recognizers.patient_name import EMPTY_STAFF, StaffNames
from classifiers.types import Finding, Segment

CONFIDENCE = 0.95
DATE_REACH = 120

_UP = "A-ZÀ-ÖØ-Þ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_TOKEN = rf"[{_UP}](?:[{_LETTER}]|['’\-](?=[{_LETTER}]))*"
_PARTICLE = r"(?:de|du|des|la|le|les|van|von|der|den|di|da|del|dos|das|st|ste)[ \t]+|d['’]"
_CHAIN = re.compile(rf"{_TOKEN}(?:(?:[ \t]+|[ \t]*,[ \t]*)(?:{_PARTICLE})*{_TOKEN})+")
_CHAIN_WORD = re.compile(rf"(?:de|du|des|la|le|les|van|von|der|den|di|da|del|dos|das|st|ste|d['’])(?=[ \t{_UP}])"
                         rf"|{_TOKEN}")
_CAPITAL_WORD = re.compile(_TOKEN)
_PHYSICIAN = re.compile(r"(?:\bDre?|\bDRE?|\bDocteure?|\bDOCTEURE?|\bPre?)\.?[ \t]*$")
_IDENTIFIER = re.compile(r"\b(?:[A-Za-z]{1,4}[ \-]?)?(?P<digits>\d(?:[ \-.]?\d){3,15})\b")

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "janv": 1, "fevr": 2, "fev": 2,
    "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "january": 1, "february": 2,
    "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
}  # fmt: skip
_MONTH = (r"(?:janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?"
          r"|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
          r"|june?|july?|aug(?:ust)?|sep(?:tember)?|october|november|december)")
_DATE = re.compile(
    r"\b(?:(?P<iy>(?:18|19|20)\d\d)[-/.](?P<im>\d\d?)[-/.](?P<id>\d\d?)"
    r"|(?P<na>\d\d?)[-/.](?P<nb>\d\d?)[-/.](?P<ny>(?:18|19|20)\d\d)"
    rf"|(?P<dd>\d\d?)(?:er)?[ \t]+(?P<dm>{_MONTH})\.?,?[ \t]+(?P<dy>(?:18|19|20)\d\d)"
    rf"|(?P<mm>{_MONTH})\.?[ \t]+(?P<md>\d\d?)(?:st|nd|rd|th)?,?[ \t]+(?P<my>(?:18|19|20)\d\d))\b",
    re.IGNORECASE,
)


def date_keys(match: re.Match[str]) -> tuple[str, ...]:
    """``YYYYMMDD`` readings of a date match: both orders of an all-numeric day/month."""
    groups = match.groupdict()
    if groups["iy"]:
        readings = [(int(groups["iy"]), int(groups["im"]), int(groups["id"]))]
    elif groups["ny"]:
        a, b, year = int(groups["na"]), int(groups["nb"]), int(groups["ny"])
        readings = [(year, b, a), (year, a, b)]
    elif groups["dy"]:
        readings = [(int(groups["dy"]), _MONTHS.get(name_key(groups["dm"]), 0), int(groups["dd"]))]
    else:
        readings = [(int(groups["my"]), _MONTHS.get(name_key(groups["mm"]), 0), int(groups["md"]))]
    keys = {key for year, month, day in readings if (key := date_key(year, month, day))}
    return tuple(sorted(keys))


@dataclass(frozen=True, slots=True)
class _Candidate:
    explanation: str
    start: int
    end: int
    name_start: int  # the name part (staff exclusion); -1 for identifiers
    name_end: int
    excerpt: str


_Entry = Callable[..., int]  # Hasher.entry
_Want = Callable[[int, _Candidate], None]


class IndexedPatientRecognizer:
    """Looks segments up in a ``PatientIndex``. Immutable; safe to share between threads."""

    name = INDEXED_PATIENT

    def __init__(self, index: PatientIndex) -> None:
        self.index = index

    def recognize(self, segment: Segment, staff: StaffNames = EMPTY_STAFF) -> list[Finding]:
        text = segment.text
        if not text:
            return []
        entry = self.index.hasher.entry
        wanted: dict[int, list[_Candidate]] = {}

        def want(value: int, candidate: _Candidate) -> None:
            wanted.setdefault(value, []).append(candidate)

        for chain in _CHAIN.finditer(text):
            self._name_pairs(text, chain, entry, want)
        for match in _IDENTIFIER.finditer(text):
            # With letters before the digits, both readings: "TREJ 8001 0112" is a NAM, while in
            # "Voir 1000281" the word is not part of the chart number.
            for start in {match.start(), match.start("digits")}:
                key = identifier_key(text[start : match.end()])
                if len(key) < MIN_IDENTIFIER_CHARS:
                    continue
                excerpt = mask_identifier(text[start : match.end()])
                for tag, what in ((TAG_NAM, "NAM"), (TAG_MRN, "chart number")):
                    want(entry(tag, key), _Candidate(f"{EXPLAIN_IDENTIFIER} ({what})", start, match.end(),
                                                     -1, -1, excerpt))
        for match in _DATE.finditer(text):
            self._surname_dates(text, match, entry, want)
        if not wanted:
            return []
        values = list(wanted)
        findings: list[Finding] = []
        seen: set[tuple[int, int, str]] = set()
        for value, found in zip(values, self.index.contains(values), strict=True):
            if not found:
                continue
            for candidate in wanted[value]:
                if candidate.name_start >= 0 and staff.covers(text[candidate.name_start : candidate.name_end]):
                    continue
                marker = (candidate.start, candidate.end, candidate.explanation)
                if marker in seen:
                    continue
                seen.add(marker)
                findings.append(Finding(INDEXED_PATIENT, segment.location, CONFIDENCE, candidate.excerpt,
                                        candidate.explanation, candidate.start, candidate.end))
        findings.sort(key=lambda f: (f.start, f.end))
        return findings

    @staticmethod
    def _name_pairs(text: str, chain: re.Match[str], entry: _Entry, want: _Want) -> None:
        words = [(m.start(), m.end(), name_key(m.group())) for m in _CHAIN_WORD.finditer(text, chain.start(),
                                                                                          chain.end())]
        count = len(words)
        for i in range(count - 1):
            for first in (1, 2):
                for second in (1, 2, 3):
                    if i + first + second > count:
                        break
                    start, end = words[i][0], words[i + first + second - 1][1]
                    if _PHYSICIAN.search(text, max(0, start - 12), start):
                        continue
                    head = "".join(w[2] for w in words[i : i + first])
                    tail = "".join(w[2] for w in words[i + first : i + first + second])
                    if not head or not tail:
                        continue
                    excerpt = mask_name(text[start:end])
                    candidate = _Candidate(EXPLAIN_NAME, start, end, start, end, excerpt)
                    # given name first ("Jean Tremblay") or surname first ("TREMBLAY, Jean");
                    # a particle never starts a given name.
                    if words[i][2] not in PARTICLES:
                        want(entry(TAG_NAME, head, tail), candidate)
                    if words[i + first][2] not in PARTICLES:
                        want(entry(TAG_NAME, tail, head), candidate)

    @staticmethod
    def _surname_dates(text: str, date: re.Match[str], entry: _Entry, want: _Want) -> None:
        keys = date_keys(date)
        if not keys:
            return
        lo, hi = max(0, date.start() - DATE_REACH), min(len(text), date.end() + DATE_REACH)
        words = [(m.start(), m.end(), name_key(m.group())) for m in _CAPITAL_WORD.finditer(text, lo, hi)]
        for i, (start, end, key) in enumerate(words):
            surnames = [(end, key)]
            if i + 1 < len(words) and text[end : words[i + 1][0]] in (" ", "-"):
                surnames.append((words[i + 1][1], key + words[i + 1][2]))
            for surname_end, surname in surnames:
                if not surname or surname in PARTICLES:
                    continue
                span = (min(start, date.start()), max(surname_end, date.end()))
                excerpt = f"{mask_name(text[start:surname_end])} {mask_digits(date.group())}"
                candidate = _Candidate(EXPLAIN_NAME_DOB, *span, start, surname_end, excerpt)
                for born in keys:
                    want(entry(TAG_SURNAME_DATE, surname, born), candidate)


def recognize_all(recognizer: IndexedPatientRecognizer, segments: Iterable[Segment],
                  staff: StaffNames = EMPTY_STAFF) -> list[Finding]:
    """Findings of every segment, in order (the engine's hook)."""
    return [finding for segment in segments for finding in recognizer.recognize(segment, staff)]
