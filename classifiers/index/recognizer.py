"""The ``indexed_patient`` recognizer: names and identifiers of the institution's own patients.

Per segment, with the normalisation of the index build (``normalize``):

- name pairs: runs of two or more capitalised words ("Jean Tremblay", "TREMBLAY, Jean",
  "Marie Ève de la Fontaine"; particles may sit inside) give every window of a given name
  (1-2 words) next to a surname (1-2 words, 3 when it starts with a particle), in both orders;
  each is hashed as given name + surname;
- runs of digits (groups joined by one ``-``, ``/``, ``.`` or space): dates (1956-03-12,
  12/03/1956 in both day/month orders, 12 mars 1956, March 12, 1956), with each capitalised
  word (or two adjacent ones) within ``DATE_REACH`` characters hashed as surname + birth date;
  and identifiers (the digits, and the digits with up to four letters just before them), hashed
  only when their shape is one the index holds (``normalize.identifier_shape``: a NAM is 4
  letters and 8 digits; an institution's chart numbers have one or two shapes).

All hashes of a message are looked up in one vectorised call (``recognize_segments``). Hashes
of recurring words ("Objet", "Centre", signature names) are memoised per process
(``_MEMO_SIZE``). Names written in lower case are not looked for: mail and forms capitalise
names, and a 5 KB message has about 800 pairs of adjacent words against about 30 runs of
capitalised words (bench/bench_index.py's mix): checking them all would not fit the budget.

Not counted: a name covered by the sender's or a recipient's own name (``StaffNames``, the
same exclusion as ``patient_name``: staff who are also patients), and a name introduced as a
physician ("Dre Julie Roy").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sentinelle.classifiers.index.build import MIN_IDENTIFIER_CHARS
from sentinelle.classifiers.index.kinds import EXPLAIN_IDENTIFIER, EXPLAIN_NAME, EXPLAIN_NAME_DOB, INDEXED_PATIENT
from sentinelle.classifiers.index.normalize import ANY_SHAPE, PARTICLES, date_key, identifier_key, name_key
from sentinelle.classifiers.index.store import TAG_MRN, TAG_NAM, TAG_NAME, TAG_SURNAME_DATE, TAG_TOKEN, PatientIndex
from sentinelle.classifiers.mask import mask_digits, mask_identifier, mask_name
from sentinelle.classifiers.recognizers.patient_name import EMPTY_STAFF, StaffNames
from sentinelle.classifiers.types import Finding, Segment

CONFIDENCE = 0.95
DATE_REACH = 120
_MEMO_SIZE = 1 << 16

_UP = "A-ZÀ-ÖØ-Þ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
# Possessive repeats (Python 3.11+) of single character classes: a word is never given back
# letter by letter when what follows it fails, which halves the scan (bench/bench_index.py;
# same matches on the bench mix and on junk).
_TOKEN = rf"[{_UP}][{_LETTER}]*+(?:['’\-][{_LETTER}]++)*"
_PARTICLE_WORDS = "de|du|des|la|le|les|van|von|der|den|di|da|del|dos|das|st|ste"
_CHAIN = re.compile(rf"{_TOKEN}(?:(?:[ \t]++|[ \t]*+,[ \t]*+)(?:(?:{_PARTICLE_WORDS})[ \t]++|d['’])*{_TOKEN})+")
_CHAIN_SPLIT = re.compile(r"[ \t,]+")
_CHAIN_WORD = re.compile(rf"(?:{_PARTICLE_WORDS}|d['’])(?=[ \t{_UP}])|{_TOKEN}")
_CAPITAL_WORD = re.compile(_TOKEN)
_PHYSICIAN = re.compile(r"(?:\bDre?|\bDRE?|\bDocteure?|\bDOCTEURE?|\bPre?)\.?[ \t]*$")
# Digit groups joined by single separators; starts with a digit so that the scan skips to digits.
# The lookahead drops runs shorter than 4 characters, shorter than any date or identifier
# (MIN_IDENTIFIER_CHARS with letters before: "3", "10 h", "1.2", "104"), before a match object
# is made: it holds exactly when the run matched after it is 4 characters or more.
_DIGITS = re.compile(r"[0-9](?<![0-9][0-9])(?=(?:[0-9]|[-/. ](?=[0-9])){3})[0-9]*(?:[-/. ][0-9]+)*")
_SEPARATORS = str.maketrans("", "", "-/. ")
_CENTURIES = ("18", "19", "20")
_DATE_SEPARATORS = frozenset("-/.")
_LETTERS_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,4}[ \-]?$")
_ISO = re.compile(r"((?:18|19|20)[0-9][0-9])[-/.]([0-9][0-9]?)[-/.]([0-9][0-9]?)(?![0-9])")
_NUMERIC = re.compile(r"([0-9][0-9]?)[-/.]([0-9][0-9]?)[-/.]((?:18|19|20)[0-9][0-9])(?![0-9])")
_YEAR = re.compile(r"(?:18|19|20)[0-9][0-9](?![0-9])")
_DAY_MONTH_BEFORE = re.compile(r"(?<![0-9])([0-9][0-9]?)(?:er)?[ \t]+([^\W\d_]{3,9})\.?,?[ \t]+$")
_MONTH_DAY_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,9})\.?[ \t]+([0-9][0-9]?)(?:st|nd|rd|th)?,?[ \t]+$")
_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "janv": 1, "fevr": 2, "fev": 2,
    "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "january": 1, "february": 2,
    "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
}  # fmt: skip

class _EveryShape:
    """Contains every identifier shape."""

    def __contains__(self, shape: object) -> bool:
        return True


_EVERY_SHAPE = _EveryShape()

# A candidate: (segment number, explanation, start, end, name start, name end, masked-part end).
# The excerpt is only made for hits: name -> initials; surname + date -> initials of
# text[name start:name end] and the date text[masked-part end:end] masked; identifier -> masked.
_Candidate = tuple[int, str, int, int, int, int, int]


def dates_in(text: str, run: re.Match[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Dates starting in a digit run: (start, end, ``YYYYMMDD`` readings), both day/month orders
    for an all-numeric one."""
    start = run.start()
    match = _ISO.match(text, start)
    if match:
        keys = {date_key(int(match[1]), int(match[2]), int(match[3]))}
        return [(start, match.end(), tuple(k for k in keys if k))]
    match = _NUMERIC.match(text, start)
    if match:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        keys = {date_key(year, second, first), date_key(year, first, second)}
        return [(start, match.end(), tuple(sorted(k for k in keys if k)))]
    year_match = _YEAR.match(text, start)
    if year_match is None:
        return []
    before = text[max(0, start - 16) : start]
    found = _DAY_MONTH_BEFORE.search(before)
    if found:
        day, month = int(found[1]), _MONTHS.get(name_key(found[2]), 0)
    else:
        found = _MONTH_DAY_BEFORE.search(before)
        if found is None:
            return []
        day, month = int(found[2]), _MONTHS.get(name_key(found[1]), 0)
    key = date_key(int(year_match.group()), month, day)
    return [(start - len(before) + found.start(), year_match.end(), (key,))] if key else []


class IndexedPatientRecognizer:
    """Looks segments up in a ``PatientIndex``. Shared between threads: its only state is a memo
    of keyed hashes (dictionary reads and writes are atomic under the GIL)."""

    name = INDEXED_PATIENT

    def __init__(self, index: PatientIndex) -> None:
        self.index = index
        counts = index.header.counts
        self._names = counts.get("names", 1) > 0
        self._dates = counts.get("surname_birth_date", 1) > 0
        shapes = index.header.shapes
        self._shapes = {TAG_NAM: frozenset(shapes.get("nam", ())), TAG_MRN: frozenset(shapes.get("mrn", ()))}
        # (tag, shapes, explanation); ANY_SHAPE (an index that did not record shapes) admits every shape.
        self._identifier_kinds = tuple(
            (tag, _EVERY_SHAPE if ANY_SHAPE in self._shapes[tag] else self._shapes[tag],
             f"{EXPLAIN_IDENTIFIER} ({what})") for tag, what in ((TAG_NAM, "NAM"), (TAG_MRN, "chart number")))
        # Digit counts of those shapes ("4L8D" -> 8): most runs of digits are dismissed on their length.
        every = self._shapes[TAG_NAM] | self._shapes[TAG_MRN]
        counted = [re.fullmatch(r"\d+L(\d+)D", shape) for shape in every]
        self._digit_counts: frozenset[int] | None = (
            frozenset(int(m[1]) for m in counted if m) if all(counted) else None)
        self._memo: dict[tuple[bytes, str, str], int] = {}
        self._keys: dict[str, str] = {}  # name_key memo
        self._word_known: dict[str, bool] = {}  # mail word -> may be a word of an indexed name
        self._chain_passes: dict[str, bool] = {}  # run of capitalised words -> _chain_filter

    def _entry(self, tag: bytes, first: str, second: str = "") -> int:
        memo_key = (tag, first, second)
        value = self._memo.get(memo_key)
        if value is None:
            value = self.index.hasher.entry(tag, first, second) if second else self.index.hasher.entry(tag, first)
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()  # bounded; recurring words come back quickly
            self._memo[memo_key] = value
        return value

    def _name_key(self, word: str) -> str:
        key = self._keys.get(word)
        if key is None:
            key = name_key(word)
            if len(self._keys) >= _MEMO_SIZE:
                self._keys.clear()
            self._keys[word] = key
        return key

    def _known(self, key: str) -> bool:
        """May ``key`` be a word of an indexed name (token filter)? Particles count as known."""
        return key in PARTICLES or self.index.may_be_name_word(self._entry(TAG_TOKEN, key))

    def recognize(self, segment: Segment, staff: StaffNames = EMPTY_STAFF) -> list[Finding]:
        return self.recognize_segments([segment], staff)

    def recognize_segments(self, segments: Sequence[Segment], staff: StaffNames = EMPTY_STAFF) -> list[Finding]:
        """Findings of every segment, in order; one index lookup for them all."""
        wanted: dict[int, list[_Candidate]] = {}
        for number, segment in enumerate(segments):
            text = segment.text
            if not text:
                continue
            if self._names:
                passes = self._chain_passes
                for chain in _CHAIN.finditer(text):
                    chain_text = chain.group()
                    may_name = passes.get(chain_text)
                    if may_name is None:
                        may_name = self._chain_filter(chain_text)
                    if may_name:
                        self._name_pairs(number, text, chain, wanted)
            counts = self._digit_counts
            for run in _DIGITS.finditer(text):
                run_text = run.group()
                digits = run_text.translate(_SEPARATORS)
                if counts is None or len(digits) in counts or len(digits.lstrip("0")) in counts:
                    self._identifiers(number, text, run, digits, wanted)
                # A date starts with its year (1956-03-12; 1956 of "12 mars 1956") or with a day or
                # month of one or two digits and a date separator (12/03/1956): what dates_in reads.
                if self._dates and (run_text[:2] in _CENTURIES or run_text[1] in _DATE_SEPARATORS
                                    or run_text[2] in _DATE_SEPARATORS):
                    for date in dates_in(text, run):
                        self._surname_dates(number, text, date, wanted)
        if not wanted:
            return []
        values = list(wanted)
        findings: list[Finding] = []
        seen: set[tuple[int, int, int, str]] = set()
        for value, found in zip(values, self.index.contains(values), strict=True):
            if not found:
                continue
            for number, explanation, start, end, name_start, name_end, masked_end in wanted[value]:
                text = segments[number].text
                if name_start >= 0 and staff.covers(text[name_start:name_end]):
                    continue
                marker = (number, start, end, explanation)
                if marker in seen:
                    continue
                seen.add(marker)
                if explanation == EXPLAIN_NAME:
                    excerpt = mask_name(text[start:end])
                elif explanation == EXPLAIN_NAME_DOB:
                    excerpt = f"{mask_name(text[name_start:name_end])} {mask_digits(text[masked_end:end])}"
                else:
                    excerpt = mask_identifier(text[start:end])
                findings.append(Finding(INDEXED_PATIENT, segments[number].location, CONFIDENCE, excerpt,
                                        explanation, start, end))
        findings.sort(key=lambda f: (f.location, f.start, f.end))
        return findings

    def _word_known_uncached(self, word: str) -> bool:
        """May ``word`` (as written in the mail) be a word of an indexed name, not a particle?
        Stored in ``_word_known``, which callers read first."""
        key = self._name_key(word)
        is_known = bool(key) and key not in PARTICLES and self._known(key)
        if len(self._word_known) >= _MEMO_SIZE:
            self._word_known.clear()
        self._word_known[word] = is_known
        return is_known

    def _chain_filter(self, chain: str) -> bool:
        """Has this run of capitalised words two words that may belong to indexed names (a given
        name and a surname at least)? Stored in ``_chain_passes``, which the caller reads first:
        most runs recur from message to message (signatures, notices, place names) and about 2 %
        pass (bench/bench_index.py's mix)."""
        known = 0
        memo = self._word_known
        for word in _CHAIN_SPLIT.split(chain):
            is_known = memo.get(word)
            if is_known is None:
                is_known = self._word_known_uncached(word)
            known += is_known
        passes = known >= 2
        if len(self._chain_passes) >= _MEMO_SIZE:
            self._chain_passes.clear()
        self._chain_passes[chain] = passes
        return passes

    def _name_pairs(self, number: int, text: str, chain: re.Match[str], wanted: dict[int, list[_Candidate]]) -> None:
        key_of = self._name_key
        words = [(m.start(), m.end(), key_of(m.group())) for m in _CHAIN_WORD.finditer(text, chain.start(),
                                                                                        chain.end())]
        count = len(words)
        entry = self._entry
        for i in range(count - 1):
            start = words[i][0]
            before = text[max(0, start - 12) : start]
            if ("r" in before or "R" in before) and _PHYSICIAN.search(before):
                continue
            for first in (1, 2):
                for second in (1, 2, 3):
                    stop = i + first + second
                    if stop > count:
                        break
                    head = "".join(w[2] for w in words[i : i + first])
                    tail = "".join(w[2] for w in words[i + first : stop])
                    if not head or not tail:
                        continue
                    end = words[stop - 1][1]
                    candidate = (number, EXPLAIN_NAME, start, end, start, end, -1)
                    # given name first ("Jean Tremblay"), surname 3 words only after a particle
                    if words[i][2] not in PARTICLES and (second < 3 or words[i + first][2] in PARTICLES):
                        wanted.setdefault(entry(TAG_NAME, head, tail), []).append(candidate)
                    # surname first ("TREMBLAY, Jean"): the given name is at most 2 words
                    if words[i + first][2] not in PARTICLES and second < 3:
                        wanted.setdefault(entry(TAG_NAME, tail, head), []).append(candidate)

    def _identifiers(self, number: int, text: str, run: re.Match[str], digits: str,
                     wanted: dict[int, list[_Candidate]]) -> None:
        stripped = digits.lstrip("0") or "0"  # identifier_key of an all-digit value
        run_start = run.start()
        # identifier_shape of each reading, counted here rather than by a regular expression
        readings = [(run_start, stripped, f"0L{len(stripped)}D")]
        letters = _LETTERS_BEFORE.search(text, max(0, run_start - 5), run_start)
        if letters:  # letters then digits: no zero is dropped ("TREJ 0801 0112")
            prefix = identifier_key(letters.group())
            readings.append((letters.start(), prefix + digits, f"{len(prefix)}L{len(digits)}D"))
        for start, value, shape in readings:
            if len(value) < MIN_IDENTIFIER_CHARS:
                continue
            for tag, shapes, explanation in self._identifier_kinds:
                if shape in shapes:
                    candidate = (number, explanation, start, run.end(), -1, -1, -1)
                    wanted.setdefault(self._entry(tag, value), []).append(candidate)

    def _surname_dates(self, number: int, text: str, date: tuple[int, int, tuple[str, ...]],
                       wanted: dict[int, list[_Candidate]]) -> None:
        date_start, date_end, keys = date
        lo, hi = max(0, date_start - DATE_REACH), min(len(text), date_end + DATE_REACH)
        memo, word_known = self._word_known, self._word_known_uncached
        spans = [(m.start(), m.end(), m.group()) for m in _CAPITAL_WORD.finditer(text, lo, hi)]
        known = [memo.get(word) or (word not in memo and word_known(word)) for _start, _end, word in spans]
        # Keys of known words only: the others are never part of a surname.
        words = [(start, end, self._name_key(word) if is_known else "")
                 for (start, end, word), is_known in zip(spans, known, strict=True)]
        for i, (start, end, key) in enumerate(words):
            if not known[i]:
                continue
            surnames = [(end, key)]
            if i + 1 < len(words) and known[i + 1] and text[end : words[i + 1][0]] in (" ", "-"):
                surnames.append((words[i + 1][1], key + words[i + 1][2]))
            for surname_end, surname in surnames:
                if not surname or surname in PARTICLES:
                    continue
                span_start, span_end = min(start, date_start), max(surname_end, date_end)
                # The excerpt masks the date part: text[date_start:span_end] when the date comes last.
                candidate = (number, EXPLAIN_NAME_DOB, span_start, span_end, start, surname_end,
                             date_start if date_start >= surname_end else span_end)
                for born in keys:
                    wanted.setdefault(self._entry(TAG_SURNAME_DATE, surname, born), []).append(candidate)
