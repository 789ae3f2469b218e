"""Names in the rows of a patient list: the cells under its name columns ("Last"/"First", "Nom"/"Prénom",
"Patient", "Résident", "Client", "Usager"...), in a table that ``_tables.Table.patient_list`` reads as one
(a name column beside birth-date, identifier, chart, room, clinical or appointment columns; no staff or
product column)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers._tables import GIVEN, NAME, SURNAME, Table, read_tables

# A person's name as a cell holds it: one to four capitalised or upper-case words, hyphens, apostrophes,
# initials, at most one comma ("MORIN, Ginette", "Pierre-Louis", "O'Neil", "St-Onge J.").
_CELL_NAME = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*\.?)(?:(?:[ \u00a0]+|,[ \u00a0]*)[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*\.?){0,3}"
)
# Cells that hold no one's name.
_PLACEHOLDERS = frozenset(
    " ".join(
        ("n/a na nd tbd vacant vacante total totaux aucun aucune none inconnu inconnue unknown vide empty test",
         "exemple example autre other")
    ).split()
)


def _is_name(cell: str) -> bool:
    if not _CELL_NAME.fullmatch(cell) or cell.count(",") > 1:
        return False
    return fold(cell.rstrip(".")) not in _PLACEHOLDERS


def table_names(text: str, header_hits: Sequence[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, how) of each row's name in the patient lists whose headers the trigger found.

    The surname and given-name cells of one row are one name (their span covers both, whatever stands
    between them); a full-name column gives its cell.
    """
    names: list[tuple[int, int, str, str]] = []
    for table in read_tables(text, header_hits):
        if not table.patient_list:
            continue
        how = "table row of a patient list (columns: " + ", ".join(table.patient_columns()[:4]) + ")"
        for row in table.rows:
            names.extend((*span, how) for span in _row_names(text, table, row))
    return names


def _row_names(text: str, table: Table, row: tuple[tuple[int, int], ...]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    parts = [
        (start, end)
        for role in (GIVEN, SURNAME)
        for column, (start, end) in enumerate(row)
        if table.roles[column] == role and start >= 0 and _is_name(text[start:end])
    ]
    if parts:
        start, end = min(s for s, _ in parts), max(e for _, e in parts)
        found.append((start, end, " ".join(text[s:e] for s, e in parts)))
    for column, (start, end) in enumerate(row):
        if table.roles[column] == NAME and start >= 0 and _is_name(text[start:end]):
            found.append((start, end, text[start:end]))
    return found
