"""Shared shape of the identifier recognizers: the digit-run loop and the explained, masked Finding.

The numeric identifiers (SIN, NISS, Canadian health numbers) all walk the same
steps: digit runs of the shared trigger -> sub-spans of exactly N digits ->
word-bounded -> identifier check -> no "phone/invoice..." word just before ->
context word -> a Finding with a masked excerpt and an explanation. Each
recognizer module keeps only what differs: its length, check, context words,
finding type and confidences. The pattern-triggered identifiers (NIR, NAM) share
only ``identifier_finding``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from classifiers.mask import mask_identifier
from classifiers.recognizers._base import Scan, Trigger, bounded, cap, digit_runs, find_context
from classifiers.types import IDENTIFIER_TYPES, Finding, Segment

# Digit runs of 9..16 digits with single separators; shared by the numeric recognizers.
NUMBER_TRIGGER = Trigger("num", r"\b[0-9](?:[ \-.]?[0-9]){8,15}\b")

# Words that say the number is something else.
NEGATIVE: tuple[str, ...] = (
    "tel",
    "tél",
    "telephone",
    "phone",
    "fax",
    "cell",
    "facture",
    "invoice",
    "commande",
    "order",
    "po",
    "compte",
    "account",
    "ref",
    "reference",
    "transit",
    "colis",
    "suivi",
    "tracking",
)
NEGATIVE_FOLDED = tuple(w.replace("é", "e") for w in NEGATIVE)


@dataclass(frozen=True, slots=True)
class Checked:
    """A candidate that passed its identifier check.

    ``validator`` names the check for the explanation ("stdnum.ca.sin Luhn ok");
    ``alone`` is the confidence it earns without a context word.
    """

    validator: str
    alone: float


# digits -> Checked when the identifier check passes, else None.
Check = Callable[[str], Checked | None]


def identifier_finding(
    segment: Segment,
    start: int,
    end: int,
    *,
    finding_type: str,
    pattern: str,
    validator: str,
    context: str | None,
    confidence: float,
    keep_prefix: int = 0,
) -> Finding:
    """The Finding for ``segment.text[start:end]``: masked excerpt, capped confidence, and the
    explanation "pattern <pattern>; <validator>; context '<word>'" (or "; no context word")."""
    explanation = f"pattern {pattern}; {validator}; " + (f"context {context!r}" if context else "no context word")
    return Finding(
        type=finding_type,
        location=segment.location,
        confidence=cap(confidence),
        excerpt=mask_identifier(segment.text[start:end], keep_prefix=keep_prefix),
        explanation=explanation,
        start=start,
        end=end,
    )


def digit_run_findings(
    segment: Segment,
    scan: Scan,
    *,
    length: int,
    check: Check,
    finding_type: str,
    context_words: Sequence[str],
    with_context: float,
    discard_without_context: Callable[[str, int, int], bool] | None = None,
) -> list[Finding]:
    """Findings for the ``length``-digit sub-spans of ``NUMBER_TRIGGER`` hits in ``scan``.

    A candidate must be word-bounded and pass ``check``; a negative word (phone, invoice...)
    in the 30 characters before drops it. A word of ``context_words`` nearby gives
    ``with_context``, else the check's ``alone`` confidence. ``discard_without_context(text,
    start, end)``, when given, drops a candidate that has no context word (e.g. phone-shaped).
    """
    text = segment.text
    findings: list[Finding] = []
    for run_start, run_end in scan.get(NUMBER_TRIGGER.kind):
        for start, end, digits in digit_runs(text, run_start, run_end, length):
            if not bounded(text, start, end):
                continue
            checked = check(digits)
            if checked is None:
                continue
            if find_context(text, start, end, NEGATIVE_FOLDED, before=30, after=0):
                continue
            context = find_context(text, start, end, context_words)
            if context is None and discard_without_context is not None and discard_without_context(text, start, end):
                continue
            findings.append(
                identifier_finding(
                    segment,
                    start,
                    end,
                    finding_type=finding_type,
                    pattern=f"{length} digits",
                    validator=checked.validator,
                    context=context,
                    confidence=with_context if context else checked.alone,
                )
            )
    return findings


def one_type_per_run(findings: Sequence[Finding]) -> list[Finding]:
    """One finding per place and type, and one identifier type per stretch of text.

    Several recognizers may read the same digits ("85.07.30-033.28" holds a NISS and, across its
    groups, Luhn-valid 9-digit spans): the best-supported reading is kept — highest confidence,
    then a context word, then the longer span — and the identifier findings it overlaps are
    dropped. Other finding types only lose exact repeats (same type, place and span).
    """
    best: dict[tuple[str, str, int, int], Finding] = {}
    for finding in findings:
        key = (finding.type, finding.location, finding.start, finding.end)
        known = best.get(key)
        if known is None or finding.confidence > known.confidence:
            best[key] = finding
    unique = list(best.values())
    identifiers = sorted(
        (f for f in unique if f.type in IDENTIFIER_TYPES and f.start >= 0),
        key=lambda f: (-f.confidence, "no context word" in f.explanation, f.start - f.end, f.start),
    )
    kept: dict[str, list[Finding]] = {}
    dropped: set[int] = set()
    for finding in identifiers:
        same_place = kept.setdefault(finding.location, [])
        if any(finding.start < k.end and k.start < finding.end for k in same_place):
            dropped.add(id(finding))
        else:
            same_place.append(finding)
    return [f for f in unique if id(f) not in dropped]
