"""Where a number stands in a table: the column headers of a delimited table (CSV, pasted tables; ``;``, tab,
``|`` or ``,``) or of a plain-text table aligned with spaces, looked up by a position in the text."""

from __future__ import annotations

import functools
import re

_CELL_DELIMITERS = ";\t|,"


class TableIndex:
    """Column headers of the delimited tables (CSV, pasted tables) in one text, looked up by position.

    A table is a block of consecutive lines holding the same delimiter (``;``, tab, ``|`` or ``,``);
    its first line is the header. Where each row's table starts is remembered, so a long CSV costs
    one walk, not one per row; a "row" longer than ``MAX_ROW`` characters is no table row (and
    would make every lookup walk it).
    """

    MAX_ROW = 4096

    def __init__(self, text: str) -> None:
        self._text = text
        self._table_start: dict[tuple[int, str], int] = {}  # (line start, delimiter) -> header line start

    def _line_start(self, position: int) -> int | None:
        """Start of the line holding ``position``; None when that line is longer than ``MAX_ROW``."""
        floor = max(0, position - self.MAX_ROW)
        start = self._text.rfind("\n", floor, position) + 1
        return None if start == 0 and floor > 0 else start

    def header(self, position: int) -> str | None:
        """The header cell of the column holding ``position``, or None outside a table."""
        found = self.header_cells(position)
        return None if found is None else found[0]

    def header_cells(self, position: int, aligned: bool = False) -> tuple[str | None, list[str]] | None:
        """(the header cell of ``position``'s column, every header cell of its table), or None outside a table;
        ``aligned``: a plain-text table aligned with spaces counts too (``aligned_header_cells``)."""
        text = self._text
        line_start = self._line_start(position)
        line_end = text.find("\n", position, position + self.MAX_ROW)
        if line_end == -1:
            line_end = len(text) if len(text) - position <= self.MAX_ROW else -1
        if line_start is None or line_end == -1:
            return None
        delimiter = next((d for d in _CELL_DELIMITERS if text.find(d, line_start, line_end) != -1), None)
        if delimiter is None:
            return aligned_header_cells(text, line_start, line_end, position) if aligned else None
        first = line_start
        while first > 0:
            known = self._table_start.get((first, delimiter))
            if known is not None and first != line_start:
                first = known
                break
            previous = self._line_start(first - 1)
            if previous is not None and previous > 0 and _ALIGNED_RULE.fullmatch(text, previous, first - 1):
                above = self._line_start(previous - 1)  # a rule under the header ("Name | Emp #" then "-------")
                if above is not None and text.find(delimiter, above, previous - 1) != -1:
                    first = above
                    break
            if previous is None or text.find(delimiter, previous, first - 1) == -1:
                break
            if _another_header(text, previous, first, delimiter):
                break
            first = previous
        self._table_start[(line_start, delimiter)] = first
        if first == line_start:
            return None  # the number's own line is the first: no header above it
        cells = text[first : text.find("\n", first)].rstrip("\r").split(delimiter)
        column = text.count(delimiter, line_start, position)
        return (cells[column] if column < len(cells) else None), cells


def _another_header(text: str, previous: int, line_start: int, delimiter: str) -> bool:
    """The line at ``line_start`` heads a table of its own under the one above: more columns than the line above,
    and no number ("Parameter,Measured,Tolerance,Status" under a phantom's "Patient name,Patient ID,Date" row)."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end == -1 else line_end
    if text.count(delimiter, line_start, line_end) <= text.count(delimiter, previous, line_start - 1):
        return False
    return not any(c.isdigit() for c in text[line_start:line_end])


_ALIGNED_GAP = re.compile(r"[ ]{2,}")
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
_ALIGNED_RULE = re.compile(r"[ \t]*[-=+]{3,}[-=+ \t]*\r?")
_ALIGNED_LOOKBACK = 40
_DAY_TITLE = re.compile(
    r"(?i:(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ ]?)?[0-9]{1,2}[/.-][0-9]{1,2}\.?"
)


def aligned_header_cells(
    text: str, line_start: int, line_end: int, position: int
) -> tuple[str | None, list[str]] | None:
    """A plain-text table aligned with spaces ("Name            Emp #   Date        Shift"): (the header cell above
    ``position``'s column, every header cell), read by character columns; None when the line is no such row.

    The rows above, each with two gaps of two spaces or more (a rule of dashes under the header is skipped),
    lead up to the header: the topmost of them."""
    if len(_ALIGNED_GAP.findall(text, line_start, line_end)) < 2:
        return None
    memo = _aligned_memo(text)
    if line_start not in memo:
        memo[line_start] = _aligned_header(text, line_start)
    header = memo[line_start]
    if header is None:
        return None
    line = text[header[0] : header[1]].rstrip("\r")
    cells = [(m.start(), m.group()) for m in _ALIGNED_CELL.finditer(line)]
    column = position - line_start
    owner = next((cell for start, cell in reversed(cells) if start <= column), None)
    return owner, [cell for _, cell in cells]


@functools.lru_cache(maxsize=16)
def _aligned_memo(text: str) -> dict[int, tuple[int, int] | None]:
    """Per text (the last few only, like the other per-text memos), the header found for each row's line start:
    every name and number of a row asks."""
    return {}


def _aligned_header(text: str, line_start: int) -> tuple[int, int] | None:
    """(start, end) of the header line of the aligned table whose row starts at ``line_start``: the topmost of the
    rows above (at most ``_ALIGNED_LOOKBACK``) with two gaps of two spaces or more, a rule of dashes skipped."""
    header = None
    above = line_start
    for _ in range(_ALIGNED_LOOKBACK):
        if above <= 0:
            break
        previous = text.rfind("\n", 0, above - 1) + 1
        line = text[previous : above - 1].rstrip("\r")
        if _ALIGNED_RULE.fullmatch(line):
            above = previous
            continue
        if len(_ALIGNED_GAP.findall(line)) < 2:
            break
        header, above = (previous, above - 1), previous
    # A header holds titles ("Name", "Emp #"), not values: a list's first row ("436C  MacDonald  FA rapide") is none.
    # A week's days are titles though ("Employé   lun 01/09  mar 02/09": a rota's columns).
    if header is None or any(
        any(c.isdigit() for c in cell) and not _DAY_TITLE.fullmatch(cell)
        for cell in _ALIGNED_CELL.findall(text, header[0], header[1])
    ):
        return None
    return header
