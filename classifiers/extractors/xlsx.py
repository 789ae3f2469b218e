"""XLSX cell values with openpyxl in read-only mode (runs in a sandbox worker).

One line per row, cells separated by tabs, each sheet introduced by ``Sheet: <name>``.
The archive is checked with the zip-bomb limits before openpyxl sees it.
"""

from __future__ import annotations

import io

from openpyxl import load_workbook

from sentinelle.classifiers.extractors._common import Budget, Output, Piece, Problem, clip
from sentinelle.classifiers.extractors.archive import MemberError, open_zip, read_member


def _precheck(data: bytes, budget: Budget) -> Problem | None:
    remaining = budget.max_bytes
    with open_zip(data) as zf:
        for info in zf.infolist()[: budget.max_members]:
            try:
                remaining -= len(read_member(zf, info, remaining, budget.max_ratio))
            except MemberError as exc:
                return Problem(exc.cause, exc.explanation, sub=info.filename)
    return None


def extract(data: bytes, budget: Budget) -> Output:
    problem = _precheck(data, budget)
    if problem is not None:
        return Output(problems=(problem,))
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines: list[str] = []
    size = 0
    try:
        for sheet in workbook.worksheets:
            lines.append(f"Sheet: {sheet.title}")
            for row in sheet.iter_rows(values_only=True):
                cells = ["" if v is None else str(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    line = "\t".join(cells)
                    lines.append(line)
                    size += len(line) + 1
                if size > budget.max_chars:
                    break
            if size > budget.max_chars:
                break
    finally:
        workbook.close()
    return Output(pieces=(Piece(clip("\n".join(lines), budget.max_chars)),))
