"""Chart numbers spelled to get past a filter: digit runs with separators, full-width digits, a letter prefix
apart ("dossier 6 1 2 8 3 0 4", "734.88.21", "S288 5878"), compacted so that an institution's patterns can match
them whole; and the run shapes that are no chart number whatever their digits (a date, a year and a sequence
number, a local phone number, a ratio or a rate)."""

from __future__ import annotations

import datetime
import re

from sentinelle.classifiers.config import CompiledPattern
from sentinelle.classifiers.recognizers._numeric import ascii_compact

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


class Compacted:
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


def no_chart_shape(written: str, value: str, *, labelled: bool = False) -> bool:
    """A run shaped like a date or like a year-sequence reference or a local phone number; ``labelled``: a chart
    label stands right before the run ("dossier 741-3685"), which a phone number never has."""
    groups = [len(g) for g in re.findall(r"\d+", written)]
    return _date_shaped(value, groups) or _reference_shaped(written, groups, phone=not labelled, ratio=not labelled)


_LEADING_NON_DIGITS = re.compile(r"^\D+")
_AMOUNT = re.compile(r"\d+[.,]\d{2}")
_ROUND_RANGE = re.compile(r"[1-9][0-9]{0,3}0-[1-9][0-9]{0,3}0")
_RATE = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?[ \t\u00a0]?/[ \t\u00a0]?1(?:[ \u00a0]?0){2,6}$")


def _reference_shaped(written: str, groups: list[int], *, phone: bool = True, ratio: bool = True) -> bool:
    """A year and a sequence number ("2026-1184": a complaint's or a committee's file), a month and its year
    ("01/2025"), a phone number (555-0198, 450-555-0142) or a ratio (220/120): the common shapes of digit groups that
    are no chart number. ``phone`` and ``ratio`` False: a chart label stands right before the run ("Chart #: 497/822",
    "dossier 741-3685")."""
    if len(groups) == 2 and "/" in written and max(groups) <= 3 and (ratio or _pressure(written)):
        return True  # a ratio: a blood pressure (PA 220/120), after a chart label too ("Patient : TA 180/110")
    if _RATE.match(written):
        return True  # a rate per a power of ten (4.5/1000, 12,3 / 100 000)
    if _AMOUNT.fullmatch(written):
        return True  # an amount or a measure with two decimals ("= 2700.00 $", "1250,50"): no chart is written so
    if _ROUND_RANGE.fullmatch(written) and int(written.split("-")[0]) < int(written.split("-")[1]):
        return True  # a range of round numbers ("150-300 patient tier", "500-1000 mg"): counts, never a chart
    # (after a letter prefix too: "B-2013-2199" is a box of the 2013 archives, "D 2012-2013" a range of years)
    # (a phone number has no letter before it: "S288 5878" is a chart number)
    digits = _LEADING_NON_DIGITS.sub("", written)
    if phone and digits == written and groups in ([3, 3, 4], [1, 3, 3, 4]):
        return True  # a North American phone number (450-555-0142, 1 800 555 0188): ten digits, never a chart's
    if len(groups) != 2 or not digits[:1].isdigit():
        return False
    if groups[0] <= 2 and groups[1] == 4 and digits == written and 1 <= int(digits[: groups[0]]) <= 12 and (
            1900 <= int(digits[-4:]) <= 2099):
        return True  # a month and its year ("newsletter, 01/2025", "rapport 11-2024"): an issue's or a period's
    year = digits[:4]
    prefixed = digits != written
    return (groups[0] == 4 and year.isdigit() and 1900 <= int(year) <= 2099) or (
        phone and not prefixed and groups == [3, 4])


def _pressure(written: str) -> bool:
    """Two numbers a blood pressure takes: systolic 50-300 above diastolic 20-200."""
    high, low = (int(n) for n in re.findall(r"\d+", written))
    return 50 <= high <= 300 and 20 <= low <= 200 and high > low


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


def year_first_date(value: str) -> bool:
    """Eight digits that read as a date of this century or the last, year first ("20241113"), or six as a year and
    a month ("202503": a monthly timesheet's or report's file)."""
    if len(value) not in (6, 8) or not value.isdigit() or value[:2] not in ("19", "20"):
        return False
    try:
        datetime.date(int(value[:4]), int(value[4:6]), int(value[6:] or "1"))
    except ValueError:
        return False
    return True
