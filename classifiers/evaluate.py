"""Evaluate a classifier against a labeled corpus of ``.eml`` files (a report, never a gate).

The corpus directory holds ``labels.json``, mapping each message path (relative
to the directory) to ``{"confidential": bool, "types": [...], "lang": "fr"|"en",
"note": "..."}``; ``types`` lists the finding types a correct classifier must
find in that message (``[]`` for negatives).

Definitions (also printed with the report):

- A type is *found* in a message when at least one finding of that type has
  ``confidence >= min_confidence`` (``scoring.min_confidence``: below it a
  finding never decides).
- Per type: TP = listed and found; FN = listed and not found; FP = found in a
  message labeled not confidential. A type found in a positive message without
  being listed is counted as *extra* (often true evidence the label did not
  require), never as a false positive. Clinical types (diagnosis, medication,
  lab_result) legitimately occur in negatives (a drug-shortage notice names
  drugs), so their "FP" column measures presence, not error; the message-level
  figures are what matter.
- Message level: positive = labeled confidential; predicted = ``Inspection.confidential``.
  Precision, recall, F1, and the false-positive rate FP / negatives.
- A message whose inspection raised counts as misclassified (the proxy would
  answer 451, which is neither a correct delivery nor a correct protection).

Reports name files and finding types only, never finding values or excerpts.

Usage: ``python -m classifiers.evaluate CORPUS_DIR [--json] [--no-ner]``. Exit 0
when the evaluation ran (whatever the figures), 2 on a usage or corpus error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sentinelle.classifiers.config import ClassifierConfig, MrnPattern, compile_pattern
from sentinelle.classifiers.types import FINDING_TYPES, Inspection

__all__ = [
    "CorpusError",
    "FileOutcome",
    "Inspect",
    "Label",
    "Report",
    "TypeStats",
    "classifier_inspector",
    "default_config",
    "evaluate",
    "format_report",
    "load_labels",
    "main",
]

# Turns one raw message into an Inspection (our Classifier, or a baseline such as Presidio in bench/).
Inspect = Callable[[bytes], Inspection]

LANGS = frozenset({"fr", "en"})


class CorpusError(ValueError):
    """The corpus directory or its labels.json is unusable; the message names the key path."""


@dataclass(frozen=True, slots=True)
class Label:
    confidential: bool
    types: tuple[str, ...]
    lang: str
    note: str


def load_labels(corpus_dir: Path) -> dict[str, Label]:
    """Read and validate ``corpus_dir/labels.json``; every listed file must exist.

    Raises ``CorpusError`` naming the first offending entry.
    """
    path = corpus_dir / "labels.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CorpusError(f"{path}: not found") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorpusError(f"{path}: unreadable: {exc}") from exc
    if not isinstance(raw, dict) or not raw:
        raise CorpusError(f"{path}: expected a non-empty JSON object")
    labels: dict[str, Label] = {}
    for name, entry in sorted(raw.items()):
        where = f"labels.json[{name!r}]"
        if not isinstance(entry, dict):
            raise CorpusError(f"{where}: expected an object")
        missing = {"confidential", "types", "lang", "note"} - set(entry)
        if missing:
            raise CorpusError(f"{where}: missing {sorted(missing)}")
        confidential, types, lang, note = entry["confidential"], entry["types"], entry["lang"], entry["note"]
        if not isinstance(confidential, bool):
            raise CorpusError(f"{where}.confidential: expected true or false")
        if not isinstance(types, list) or not all(isinstance(t, str) and t in FINDING_TYPES for t in types):
            raise CorpusError(f"{where}.types: expected a list of finding types ({', '.join(FINDING_TYPES)})")
        if confidential != bool(types):
            raise CorpusError(f"{where}.types: positives list the types that must be found; negatives list none")
        if lang not in LANGS:
            raise CorpusError(f"{where}.lang: expected 'fr' or 'en'")
        if not isinstance(note, str) or not note:
            raise CorpusError(f"{where}.note: expected a non-empty string")
        if not (corpus_dir / name).is_file():
            raise CorpusError(f"{where}: file not found")
        labels[name] = Label(confidential, tuple(types), lang, note)
    return labels


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What the classifier said about one file. ``found``: types at or above the confidence threshold."""

    path: str
    label: Label
    confidential: bool
    found: frozenset[str]
    seconds: float
    error: str = ""  # exception class name when the inspection raised

    @property
    def correct(self) -> bool:
        return not self.error and self.confidential == self.label.confidential

    @property
    def predicted(self) -> bool:
        """The verdict used for the message-level figures (an error counts as a wrong verdict)."""
        return (not self.label.confidential) if self.error else self.confidential


@dataclass(frozen=True, slots=True)
class TypeStats:
    type: str
    tp: int = 0
    fn: int = 0
    fp: int = 0
    extra: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class Report:
    outcomes: tuple[FileOutcome, ...]
    min_confidence: float
    seconds: float
    name: str = "sentinelle"

    def _count(self, predicted: bool, actual: bool) -> int:
        return sum(1 for o in self.outcomes if o.predicted == predicted and o.label.confidential == actual)

    @property
    def tp(self) -> int:
        return self._count(True, True)

    @property
    def fp(self) -> int:
        return self._count(True, False)

    @property
    def fn(self) -> int:
        return self._count(False, True)

    @property
    def tn(self) -> int:
        return self._count(False, False)

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def negatives(self) -> int:
        return self.fp + self.tn

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    @property
    def false_positive_rate(self) -> float | None:
        return _ratio(self.fp, self.negatives)

    @property
    def errors(self) -> int:
        return sum(1 for o in self.outcomes if o.error)

    def per_type(self) -> dict[str, TypeStats]:
        """Per finding type, in the stable order of ``FINDING_TYPES`` (types never seen are left out)."""
        counts: dict[str, dict[str, int]] = {t: {"tp": 0, "fn": 0, "fp": 0, "extra": 0} for t in FINDING_TYPES}
        for o in self.outcomes:
            expected = set(o.label.types)
            for t in expected:
                counts[t]["tp" if t in o.found else "fn"] += 1
            for t in o.found - expected:
                if t in counts:
                    counts[t]["extra" if o.label.confidential else "fp"] += 1
        return {t: TypeStats(t, **c) for t, c in counts.items() if any(c.values())}

    def misclassified(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if not o.correct]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``--json``): figures, per-type table, misclassified files with types only."""
        return {
            "name": self.name,
            "messages": len(self.outcomes),
            "positives": self.positives,
            "negatives": self.negatives,
            "min_confidence": self.min_confidence,
            "seconds": round(self.seconds, 3),
            "messages_per_second": round(len(self.outcomes) / self.seconds, 2) if self.seconds else None,
            "message_level": {
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "tn": self.tn,
                "precision": _round(self.precision),
                "recall": _round(self.recall),
                "f1": _round(self.f1),
                "false_positive_rate": _round(self.false_positive_rate),
                "errors": self.errors,
            },
            "per_type": {
                t: {
                    "tp": s.tp,
                    "fn": s.fn,
                    "fp": s.fp,
                    "extra": s.extra,
                    "precision": _round(s.precision),
                    "recall": _round(s.recall),
                }
                for t, s in self.per_type().items()
            },
            "misclassified": [
                {
                    "path": o.path,
                    "expected": o.label.confidential,
                    "predicted": o.confidential,
                    "expected_types": list(o.label.types),
                    "found_types": sorted(o.found),
                    "error": o.error,
                    "note": o.label.note,
                }
                for o in self.misclassified()
            ],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def found_types(inspection: Inspection, min_confidence: float) -> frozenset[str]:
    return frozenset(f.type for f in inspection.findings if f.confidence >= min_confidence)


def evaluate(
    corpus_dir: Path,
    inspect: Inspect,
    min_confidence: float,
    *,
    labels: Mapping[str, Label] | None = None,
    name: str = "sentinelle",
) -> Report:
    """Run ``inspect`` over every labeled file (sorted by path) and collect the outcomes.

    An exception from ``inspect`` is recorded by class name only (its text may quote content).
    """
    labels = load_labels(corpus_dir) if labels is None else labels
    outcomes: list[FileOutcome] = []
    started = time.perf_counter()
    for path in sorted(labels):
        raw = (corpus_dir / path).read_bytes()
        t0 = time.perf_counter()
        try:
            inspection = inspect(raw)
        except Exception as exc:  # a report: one failing message must not hide the others
            outcomes.append(
                FileOutcome(path, labels[path], False, frozenset(), time.perf_counter() - t0, type(exc).__name__)
            )
            continue
        outcomes.append(
            FileOutcome(
                path,
                labels[path],
                inspection.confidential,
                found_types(inspection, min_confidence),
                time.perf_counter() - t0,
            )
        )
    return Report(tuple(outcomes), min_confidence, time.perf_counter() - started, name)


def classifier_inspector(classifier: Any) -> Inspect:
    """Adapt a ``classifiers.Classifier`` to ``Inspect``: parse the raw bytes, then inspect."""
    from sentinelle.classifiers.parse import parse_message

    def inspect(raw: bytes) -> Inspection:
        result: Inspection = classifier.inspect(parse_message(raw))
        return result

    return inspect


# The shipped policy's [[classifiers.mrn]] tables (proxy/policy/data/policy.toml). ``classifiers`` never
# reads the policy; ``sentinelle evaluate`` passes the loaded policy's ClassifierConfig instead.
_SHIPPED_MRN_CONTEXT = ("dossier", "no dossier", "no de dossier", "n° de dossier", "# dossier", "copie du dossier",
                        "dossiers", "dos", "dos.", "doss", "doss.", "no dos", "MRN", "MRNs", "chart", "charts",
                        "medical record", "medical records", "patient", "patiente", "pt", "usager", "usagère",
                        "hosp", "hosp.", "hospital no", "hospital number", "no hôpital", "hospital #", "DME",
                        "no DME", "IPP", "épisode", "no épisode")
SHIPPED_MRN = (
    MrnPattern(name="dossier", pattern=compile_pattern(r"\b\d{6,8}\b"), context=_SHIPPED_MRN_CONTEXT),
    MrnPattern(name="lettres-chiffres", pattern=compile_pattern(r"\b[A-Z]{1,3}-?\d{6,8}\b"),
               context=_SHIPPED_MRN_CONTEXT),
    MrnPattern(name="dossier-long", pattern=compile_pattern(r"\b\d{9,10}\b"),
               context=("no dossier", "no de dossier", "n° de dossier", "# dossier", "MRN", "MRNs",
                        "medical record number", "chart number", "chart no", "hospital number", "no hôpital",
                        "hospital #", "DME", "no DME", "IPP")),
)


def default_config() -> ClassifierConfig:
    """The configuration equal to the shipped policy's ``[classifiers]`` section."""
    return ClassifierConfig(mrn_patterns=SHIPPED_MRN)


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def format_report(report: Report) -> str:
    """The human-readable report: per-type table, message-level figures, misclassified files."""
    lines = [
        f"{report.name}: {len(report.outcomes)} messages ({report.positives} confidential, "
        f"{report.negatives} not), min_confidence {report.min_confidence:g}, "
        f"{report.seconds:.2f} s ({len(report.outcomes) / report.seconds if report.seconds else 0:.1f} msg/s)",
        "",
        f"{'finding type':<18} {'TP':>4} {'FN':>4} {'FP':>4} {'extra':>5}  {'precision':>9} {'recall':>7}",
    ]
    for t, s in report.per_type().items():
        lines.append(f"{t:<18} {s.tp:>4} {s.fn:>4} {s.fp:>4} {s.extra:>5}  {_fmt(s.precision):>9} {_fmt(s.recall):>7}")
    lines += [
        "(FP: found in a message labeled not confidential; extra: found in a confidential message without being"
        " required. Clinical types occur legitimately in negatives.)",
        "",
        "message level (confidential):",
        f"  TP {report.tp}  FP {report.fp}  FN {report.fn}  TN {report.tn}  errors {report.errors}",
        f"  precision {_fmt(report.precision)}  recall {_fmt(report.recall)}  F1 {_fmt(report.f1)}"
        f"  false-positive rate {_fmt(report.false_positive_rate)}",
    ]
    wrong = report.misclassified()
    lines += ["", f"misclassified: {len(wrong)}"]
    for o in wrong:
        kind = "missed" if o.label.confidential else "false positive"
        detail = f"error {o.error}" if o.error else f"found [{', '.join(sorted(o.found)) or '-'}]"
        expected = f"; expected [{', '.join(o.label.types)}]" if o.label.types else ""
        lines.append(f"  {kind:<14} {o.path}: {detail}{expected}")
    return "\n".join(lines)


@dataclass
class _Args:
    corpora: list[Path] = field(default_factory=list)
    json: bool = False
    no_ner: bool = False


def _parse_args(argv: Sequence[str]) -> _Args:
    parser = argparse.ArgumentParser(
        prog="sentinelle evaluate", description="Evaluate the classifier on a labeled .eml corpus."
    )
    parser.add_argument("corpus", type=Path, nargs="+",
                        help="directory holding labels.json and the .eml files; several are reported one after "
                             "the other (e.g. tests/corpus tests/corpus_blind: the corpus the recognizers were "
                             "written against, and one written blind)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the text report")
    parser.add_argument("--no-ner", action="store_true", help="disable the spaCy NER (patterns and honorifics)")
    ns = parser.parse_args(list(argv))
    return _Args(corpora=ns.corpus, json=ns.json, no_ner=ns.no_ner)


def main(argv: Sequence[str] | None = None, config: ClassifierConfig | None = None) -> int:
    """Entry point. ``config`` defaults to ``default_config()`` (the shipped policy's values).

    Returns 0 when the evaluation ran, 2 on a usage or corpus error (argparse's convention).
    """
    try:
        args = _parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else 2
    config = config or default_config()
    if args.no_ner:
        config = replace(config, scoring=replace(config.scoring, ner=False))
    try:
        corpora = [(corpus, load_labels(corpus)) for corpus in args.corpora]
    except CorpusError as exc:
        print(f"sentinelle evaluate: {exc}", file=sys.stderr)
        return 2
    from sentinelle.classifiers.engine import Classifier

    classifier = Classifier.load(config)
    inspector = classifier_inspector(classifier)
    reports = [(corpus, evaluate(corpus, inspector, config.scoring.min_confidence, labels=labels))
               for corpus, labels in corpora]
    if args.json:
        # One corpus: its report object, as always; several: one object keyed by corpus directory.
        document = (reports[0][1].to_dict() if len(reports) == 1
                    else {str(corpus): report.to_dict() for corpus, report in reports})
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        for index, (corpus, report) in enumerate(reports):
            if len(reports) > 1:
                print(("\n" if index else "") + f"== {corpus}")
            print(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
