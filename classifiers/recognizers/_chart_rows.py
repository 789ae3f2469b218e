"""Where a number sits says what it is: a row of an equipment inventory or a staff table holds assets' and
employees' numbers, a patient's row of a sign-out list or a bed board (a surname-first name with an age and a sex,
a bed then a name, a terse list's surname and initial) holds chart numbers."""

from __future__ import annotations

import re

from sentinelle.classifiers.recognizers._base import fold_ascii
from sentinelle.classifiers.recognizers._table_index import TableIndex
from sentinelle.classifiers.recognizers._tables import (
    CHART,
    DOB,
    GIVEN,
    HEALTH_ID,
    NAME,
    PRODUCT,
    STAFF,
    SURNAME,
    column_role,
    staff_columns,
)
from sentinelle.classifiers.recognizers.patient_name._triggers import _GIVEN_SET

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
    words = set(_WORD_OR_SN.findall(fold_ascii(" ".join(found[1]))))
    return len(words & _ASSET_HEADERS) >= 2 and not words & _PERSON_HEADERS


_WORD_OR_SN = re.compile(r"s/n|[a-z]+")


def staff_or_product_column(tables: TableIndex, position: int) -> bool:
    """``position`` lies in a product's column ("Lot", "Serial"), or in a staff table (a column says employees:
    "Emp #", "No empl.", "Quart", "Shift") outside a chart column: whatever context words the rows hold ("1:1
    sitter for Form 1 pt"), the columns say what the numbers are."""
    found = tables.header_cells(position, aligned=True)
    if found is None or found[0] is None:
        return False
    own = column_role(found[0])
    if own in (PRODUCT, STAFF):
        return True
    return own not in (CHART, HEALTH_ID) and (staff_columns(found[1]) or _order_columns(found[1]))


_PERSON_ROLES = frozenset((NAME, SURNAME, GIVEN, DOB, HEALTH_ID, CHART))


def _order_columns(cells: list[str]) -> bool:
    """Two product columns or more and none of a person's ("Code | Description | Qty | Cost centre | Asset no."): an
    order or a catalogue, whose codes are no chart numbers whatever a description says ("Patient scale")."""
    roles = [column_role(cell) for cell in cells]
    return roles.count(PRODUCT) >= 2 and not _PERSON_ROLES.intersection(roles)


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


def patient_row(text: str, start: int, end: int) -> bool:
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


# A list of results keyed by chart number: each line opens with the number (a site's letters may lead it), then a test
# and its value ("262396  TSH 9,8  → hypothyroïdie", "LM-290985  HbA1c 6,4 %"). Two such lines make the list.
# (spelled with spaces, dots or full-width digits too: "LM-269 690", "LM-２６６４３０")
_NUMBER_OPENS_LINE = re.compile(r"[ \t>*•-]*(?:[A-Z]{1,3}-?)?\d(?:[ .]?\d){5,9}[ \t]*[-–—:|,]?[ \t]*")
_RESULTS_ROWS = 2


_VALUE_AFTER = re.compile(r"[ \t]*[:=]?[ \t]*[<>≤≥]?[ \t]?[0-9]")


def results_rows(text: str, tests: list[tuple[int, int]]) -> frozenset[int]:
    """The starts of the lines that open with a chart-shaped number and then a lab test and its value (``tests``: the
    scan's lab test hits, sorted), when there are ``_RESULTS_ROWS`` of them or more; else none. A catalogue's or an
    order's lines ("2025118  CK kit x 3") give a test's name and no value."""
    rows = set()
    for test, name_end in tests:
        line_start = text.rfind("\n", max(0, test - 40), test) + 1
        if line_start in rows or (line_start == 0 and test > 40):
            continue
        if _NUMBER_OPENS_LINE.fullmatch(text, line_start, test) and _VALUE_AFTER.match(text, name_end):
            rows.add(line_start)
    return frozenset(rows) if len(rows) >= _RESULTS_ROWS else frozenset()
