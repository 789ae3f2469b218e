"""The rows of staff schedules: a name in a cell of a table whose header has shift or on-call columns or an
employee column (``in_schedule_row``), a week-day rota whose cells are shift codes, and an initial in such a
row (``initial_in_row``). Their names are the staff who work the shifts, not patients."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from sentinelle.classifiers.re2_patterns import Prefiltered
from sentinelle.classifiers.recognizers._table_index import TableIndex, aligned_header_cells
from sentinelle.classifiers.recognizers._tables import measured_column, staff_columns

# A schedule's header: its columns are shifts or the services on call ("Date | Jour | Soir | Nuit", "Date | AM | PM",
# "Date | Cardio | Néphro | Greffe" under "liste de garde"): the names in its rows are the staff who work them.
_SHIFT_CELL = re.compile(
    r"(?i:jour|soir|nuit|day|days|evening|evenings|night|nights|am|pm|matin|apr[eè]s-midi|garde|on[- ]call|quart"
    r"|shift|back-?up|relief|remplacement)"
)
# ... or an employee column ("Employé | Matricule | Unité | N95 | Vaccin grippe": a fit-test roster).
_STAFF_COLUMN = re.compile(
    r"(?i:employ[ée]e?s?|employee(?:\s+(?:name|no|#|id))?|matricule|no\s+d'employ[ée]e?|staff(?:\s+name)?"
    r"|badge|titre|title|fonction"
    # A home-care workers' schedule ("PSSP | Trajet | lun | mar": the people are the support workers).
    r"|pssp|psw|pab|pr[ée]pos[ée]e?s?)"
)
# An on-call column ("Garde AVC", "On-call neuro", "Tél. garde"): whoever fills it is on call, hence staff.
_CALL_COLUMN = re.compile(r"(?i:(?:garde|on[- ]call|astreinte)\b.*|.*\b(?:de[ \t]+garde|garde|on[- ]call|call)"
                          r"|pager|pagette|t[ée]l[ée]avertisseur)")
# A role or credential filling a cell of the name's row.
_ROLE_CELL = re.compile(
    r"(?i:rn|rpn|lpn|psw|pab|np|rrt|rt|pt|ot|slp|md|inf\.?|inf\.?\s?aux\.?|infirmi[eè]re?s?|pr[ée]pos[ée]e?"
    r"|charge(?:\s+nurse)?|assistante?[- ]chef|clerk|commis|agente?(?:\s+administrative?)?|secr[ée]taire|float"
    # a resident physician's year of training ("BARBIER | Yann | pédiatrie | R3"): a trainee list
    r"|r[1-7]|pgy-?[1-7])"
)
_SCHEDULE_LOOKBACK = 20
# A column headed by a care profession ("Médecin", "Inf.", "Tech/orthoptie", "Nurse"): two of them in one header make a
# schedule of the people who work each clinic (a patient list has one physician column at most: "Médecin traitant").
_PROFESSION_COLUMN = re.compile(
    r"(?i:m[ée]decins?|md|physicians?|doctors?|inf\.?|infirmi[eè]re?s?|nurses?|rn|tech(?:nicien(?:ne)?s?|nicians?"
    r"|nologues?|nologists?)?"
    r"(?:[ \t]*/[ \t]*[\w-]+)?|orthoptistes?|pharmacien(?:ne)?s?|pharmacists?|pr[ée]pos[ée]e?s?|secr[ée]taires?"
    r"|clerks?|commis|r[ée]sidents?[ \t]+en[ \t]+m[ée]decine|externes?|vaccinat(?:eur|rice|or)s?"
    # ... the professions allied to them ("Date | Orthophoniste | Plage | Affectation": a swallowing clinic's rota),
    # and the preceptor of a students' placement list ("Stagiaire | Programme | Dates | Préceptrice")
    r"|orthophonistes?|audiologistes?|audiologists?|ergoth[ée]rapeutes?|physioth[ée]rapeutes?|physiotherapists?"
    r"|inhaloth[ée]rapeutes?|kin[ée]siologues?|nutritionnistes?|di[ée]t[ée]tistes?|dietitians?|psychologues?"
    r"|psychologists?|travailleu(?:r|se)s?[ \t]+sociaux?|travailleu(?:r|se)s?[ \t]+sociale?s?|social[ \t]+workers?"
    r"|speech-language[ \t]+pathologists?|occupational[ \t]+therapists?|respiratory[ \t]+therapists?|slp|ot|pt|rt"
    r"|pr[ée]cept(?:eur|rice|or)s?|preceptors?)"
)


def in_schedule_row(text: str, start: int) -> bool:
    """The name at ``start`` fills a cell of a table (tab or bar cells) whose header line, above it, has two shift
    columns or more, or an employee column: a staff schedule's or roster's row ("10 nov.\tSophie Labrecque\tBrenda
    Kelly\tRachel Goldberg")."""
    line_start = text.rfind("\n", max(0, start - TableIndex.MAX_ROW), start) + 1
    line_end = text.find("\n", start, start + TableIndex.MAX_ROW)
    # A line that long is a paragraph or a page, not a table's row (and reading all of it per name is quadratic).
    if (line_start == 0 and start > TableIndex.MAX_ROW) or (line_end < 0 and len(text) - start > TableIndex.MAX_ROW):
        return False
    row = text[line_start : len(text) if line_end < 0 else line_end]
    semicolons = row.count("; ") >= 2 and ": " not in row  # a CSV row pasted as text ("2024-05-27; 8:30; B; Roy")
    delimiter = "\t" if "\t" in row else "|" if "|" in row else "; " if semicolons else None
    if delimiter is None and "; " in row and ": " in row:
        # A row of a CSV as the extractor writes it, each value after its column's title ("Emp. no.: 352067; Name:
        # STEWART, Maude; Job title: LPN"): the row's own titles are its header
        labels = tuple(c.split(":", 1)[0].strip() for c in row.split(";") if ":" in c)
        if len(labels) >= 2 and _staff_header(labels):
            return True
    if delimiter is None:
        # A plain-text table aligned with spaces ("Name            Emp #   Date        Shift      OT hrs")
        aligned = aligned_header_cells(text, line_start, len(text) if line_end < 0 else line_end, start)
        if aligned is not None and (_staff_header(tuple(aligned[1])) or _carer_column(aligned[0], aligned[1])):
            return True
        # A rota's row under a week's header: the name, then a day's shift code per column ("Gagnon, Julie CN D12 E")
        codes = sum(1 for word in row.split() if len(word) <= 3 and _SHIFT_CODE.fullmatch(word))
        return codes >= 4 and _under_week_header(text, line_start)
    if any(_ROLE_CELL.fullmatch(c.strip()) for c in row.split(delimiter)):
        return True  # the row's own cells say the role ("D | Megan Campbell | Stroke Unit 4B | PSW")
    column = text.count(delimiter, line_start, start)
    position = line_start
    for _ in range(_SCHEDULE_LOOKBACK):
        if position <= 0:
            return False
        above = text.rfind("\n", 0, position - 1) + 1
        line = text[above : position - 1]
        cells = tuple(c.strip() for c in line.split(delimiter))
        if len(cells) >= 2 and not any(c.isdigit() for c in line) and any(_CARED_FOR_HEADER.search(c) for c in cells):
            return False  # the row's own header names the people cared for ("Lit | Patient | Âge | Problème")
        if len(cells) >= 2 and (_staff_header(cells) or (column < len(cells) and _carer_column(cells[column], cells))):
            return True  # (a line of one cell is a title: "Liste de garde" over a ward's patient list)
        position = above
    return False


def _carer_column(own: str | None, cells: Sequence[str]) -> bool:
    """The name's own column is headed by a profession ("School | Grade | Vaccine | Date | Nurse": a vaccination
    calendar's nurses), in a table with no column of people cared for: whoever fills it gives the care."""
    return (own is not None and _PROFESSION_COLUMN.fullmatch(own.strip()) is not None
            and not any(_CARED_FOR_HEADER.search(c) for c in cells))


_SHIFT_CODE = re.compile(r"[A-Z]{1,2}[0-9]{0,2}|[0-9]{1,2}|-|OFF|off|—")
# A week's columns ("Name Role Mon Tue Wed Thu Fri", "Nom Lun Mar Mer Jeu Ven"): a rota, once an HTML table has
# lost its cells to single spaces.
_WEEKDAY = Prefiltered(re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\b"),
                       # (RE2's \b is ASCII and its case folding leaves "ı" and "İ" apart from "i": a word may start
                       # with "ſ", which Python's re takes for "s", and "fri", "dim" be spelled with either)
                       r"(?i)\b(?:mon|tue|wed|thu|fr[iıİ]|lun|mar|mer|jeu|ven|d[iıİ]m)|(?i:sat|sun|sam)")
_WEEKDAY_CELL = re.compile(
    r"(?i:(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"(?:[ \t]+[0-9]{1,2}(?:[/.-][0-9]{1,2})?)?)"
)
_CARED_FOR_HEADER = re.compile(r"(?i)\b(?:patients?|pt|r[ée]sidents?|clients?|usag[eè]re?s?|chaises?|chairs?)\b")


def _under_week_header(text: str, line_start: int) -> bool:
    """The line at ``line_start`` is a row under a header of week days (four or more) naming no one cared for,
    within ``_SCHEDULE_LOOKBACK`` lines and with no blank line between."""
    headers = _week_headers(text)
    if not headers:
        return False
    i = bisect.bisect_left(headers, line_start) - 1
    if i < 0:
        return False
    between = text[headers[i] : line_start]
    return between.count("\n") <= _SCHEDULE_LOOKBACK and "\n\n" not in between and "\n\r\n" not in between


@functools.lru_cache(maxsize=16)
def _week_headers(text: str) -> tuple[int, ...]:
    """Where the lines of ``text`` that head a week's columns start (one pass per text, remembered: every name of
    a schedule asks)."""
    days: dict[int, int] = {}  # line start -> week days on the line
    for match in _WEEKDAY.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        days[line_start] = days.get(line_start, 0) + 1
    starts = []
    for line_start, count in days.items():
        line_end = text.find("\n", line_start)
        if count >= 4 and _CARED_FOR_HEADER.search(text, line_start, len(text) if line_end < 0 else line_end) is None:
            starts.append(line_start)
    return tuple(sorted(starts))


@functools.lru_cache(maxsize=512)
def _staff_header(cells: tuple[str, ...]) -> bool:
    """A header line with two shift or profession columns or more, or an employee's or on-call column (the tables'
    vocabulary only on a line of several cells: "Passation de garde – ce soir" above a table is its title, not a
    column), and none naming the people cared for or measuring something on each person."""
    if any(_CARED_FOR_HEADER.search(c) for c in cells):
        return False  # "Time ; Caller ; For patient ; Reason ; Call back": a switchboard's log of patients' families
    if any(measured_column(c) for c in cells):
        return False  # "Employee | Anti-HBs (IU/L)": an occupational physician's results for an employer's workers
    shifts = sum(bool(_SHIFT_CELL.fullmatch(c)) for c in cells)
    professions = sum(bool(_PROFESSION_COLUMN.fullmatch(c)) for c in cells)
    # A week's days as columns ("Technologue | Secteur | lun 19 | mar 20 | mer 21 | jeu 22"): a rota
    days = sum(bool(_WEEKDAY_CELL.fullmatch(c)) for c in cells)
    return (shifts >= 2 or professions >= 2 or days >= 4
            or any(_STAFF_COLUMN.fullmatch(c) or _CALL_COLUMN.fullmatch(c) for c in cells)
            or (sum(bool(c) for c in cells) >= 2 and staff_columns(cells)))


_INITIAL_CELL = re.compile(r"(?:^|[\t|])[ \t]*(?P<letter>[A-Z])\.[ \t]?[A-ZÀ-Þ][a-zß-ÿ]")


def initial_in_row(text: str, start: int) -> bool:
    """"M." at ``start`` is an initial, not "Monsieur", in a table row whose other cells hold initials and surnames
    too ("2026-12-04\tM. Drouin\tP. Gagné\tI. McKenzie": an on-call list)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    row = text[line_start : len(text) if line_end < 0 else line_end]
    if "\t" not in row and "|" not in row:
        return False
    return sum(1 for m in _INITIAL_CELL.finditer(row) if m.group("letter") != "M") >= 2
