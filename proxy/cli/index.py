"""``sentinelle index build``: the patient index from a registry export (docs/patient-index.md).

Exit codes: 0 the index was written; 1 the export was refused (ambiguous or unusable columns,
no row giving an entry); 2 usage error or unreadable input (export missing or not text in
UTF-8/Windows-1252, key file unreadable or too open, index not writable, key and index the same
file). Output: counts only, never a value of the export nor the key.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def add_index_parser(commands: Any) -> None:
    """Register ``index build`` on the top-level sub-command parsers."""
    index = commands.add_parser("index", help="build the patient index (exact data match)")
    actions = index.add_subparsers(dest="index_command", metavar="ACTION")
    actions.required = True
    build = actions.add_parser("build", help="hash a patient registry export (CSV) into an index")
    build.add_argument("export", metavar="EXPORT.csv", help="registry export: UTF-8 or Windows-1252, ',' or ';'")
    build.add_argument("--out", metavar="INDEX_PATH", required=True, help="index file to write (replaced atomically)")
    build.add_argument("--key", metavar="KEY_PATH", required=True,
                       help="secret key file; created with mode 0600 when missing. Keep it apart from the index")
    build.add_argument("--columns", metavar="FIELD=HEADER,...",
                       help="which column holds what (fields: surname, given, birth_date, nam, mrn); "
                            "default: recognised from the headers")
    build.add_argument("--month-first", action="store_true",
                       help="read numeric birth dates like 03/12/1956 as month/day/year (default day first)")


def command_index(args: argparse.Namespace) -> int:
    from sentinelle.classifiers.index.build import ExportError, ExportUnreadable, build_index, parse_columns
    from sentinelle.classifiers.index.store import IndexFileError

    export, out, key = Path(args.export), Path(args.out), Path(args.key)
    if out.resolve() == key.resolve():
        print("sentinelle index build: --out and --key must be different files (keep the key apart)",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        columns = parse_columns(args.columns) if args.columns else None
    except ExportError as error:
        print(f"sentinelle index build: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = build_index(export, out, key, columns, day_first=not args.month_first)
    except ExportError as error:
        print(f"sentinelle index build: export refused: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except (ExportUnreadable, IndexFileError) as error:
        print(f"sentinelle index build: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(f"sentinelle index build: {out}: cannot write: {error.strerror}", file=sys.stderr)
        return EXIT_USAGE
    if report.patients == 0:
        print(f"sentinelle index build: export refused: no row of {report.rows} gave an entry", file=sys.stderr)
        out.unlink(missing_ok=True)
        return EXIT_REFUSED
    for line in report.lines():
        print(line)
    return EXIT_OK
