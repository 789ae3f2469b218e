"""French social security number (NIR, numéro de sécurité sociale) recognizer (``stdnum.fr.nir``).

15 characters: sex, year, month, department (2A/2B for Corsica), commune,
serial and a 2-digit mod-97 key. The key passes one 15-digit number in 97, and
lists of IMEIs (15 digits) hold such numbers: a bare 15-digit number is 0.5
alone (reported, never decisive); in the layout printed on the carte Vitale
("1 85 05 78 006 084 91", 1-2-2-2-3-3-2 groups, or the 13 + 2 key form) or with
a Corsican department 0.85; with a context word (or disguised) 0.97.
"""

from __future__ import annotations

from stdnum.fr import nir

from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, digit_runs, find_context
from sentinelle.classifiers.recognizers._numeric import (
    DIGIT,
    DIGIT_LAST,
    NEGATIVE_FOLDED,
    NUMBER_TRIGGER,
    SEP,
    ascii_compact,
    disguise,
    identifier_context,
    identifier_finding,
    rare_shape,
    trimmed,
)
from sentinelle.classifiers.recognizers._table_index import TableIndex
from sentinelle.classifiers.types import FR_NIR, Finding, Segment

CONTEXT: tuple[str, ...] = (
    "nir",
    "securite sociale",
    "secu",
    "insee",
    "carte vitale",
    "social security",
)
# How French forms abbreviate the number's label ("N° SS : 1 85 05 ..."): upper case, right before it.
WEAK_CONTEXT: tuple[str, ...] = ("SS",)

# Sex digit, then YY MM, department (2 digits, or 2A/2B for Corsica), commune, serial and key:
# any separators between any characters (``SEP``), full-width digits and letters included.
_CORSICA = rf"[2\x{{FF12}}]{SEP}[ABab\x{{FF21}}\x{{FF22}}\x{{FF41}}\x{{FF42}}]"
TRIGGER = Trigger(
    "nir",
    rf"(?:\b[1-478]|_[1-478]|[\x{{FF11}}-\x{{FF14}}\x{{FF17}}\x{{FF18}}])(?:{SEP}{DIGIT}){{4}}{SEP}"
    rf"(?:{DIGIT}{SEP}{DIGIT}|{_CORSICA})(?:{SEP}{DIGIT}){{7}}{SEP}{DIGIT_LAST}",
)


RARE_SHAPES: tuple[tuple[int, ...], ...] = ((1, 2, 2, 2, 3, 3, 2), (13, 2))


def _key_ok(compact: str) -> bool:
    """The mod-97 key of an all-digit NIR: a cheap necessary test before stdnum's full check.
    Corsican numbers (2A/2B) go straight to stdnum, which substitutes the department."""
    if len(compact) != 15 or not compact.isdigit():
        return True
    return 97 - int(compact[:13]) % 97 == int(compact[13:])


class FrNirRecognizer(BaseRecognizer):
    name = "fr_nir"
    # The shared digit-run trigger gives all-digit NIRs, also inside longer runs; the specific
    # trigger gives the Corsican 2A/2B numbers (and all-digit ones again: spans are deduplicated).
    triggers = (NUMBER_TRIGGER, TRIGGER)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        tables = TableIndex(text)
        whole_runs = {trimmed(text, *hit) for hit in scan.get(TRIGGER.kind)}
        spans = list(whole_runs)
        for hit in scan.get(NUMBER_TRIGGER.kind):
            run = trimmed(text, *hit)
            for start, end, _ in digit_runs(text, *run, 15, scan.runs):
                spans.append((start, end))
                if (start, end) == run:
                    whole_runs.add(run)
        for start, end in sorted(set(spans)):
            compact = ascii_compact(text[start:end])
            if not bounded(text, start, end) or not _key_ok(compact) or not nir.is_valid(compact):
                continue
            if find_context(text, start, end, NEGATIVE_FOLDED, before=30, after=0):
                continue  # "IMEI ...", "Lot ...", "Facture ...": the number is something else
            context = identifier_context(text, start, end, CONTEXT, WEAK_CONTEXT, tables=tables)
            disguised = None if context else disguise(text, start, end, whole_run=(start, end) in whole_runs)
            corsica = "A" in compact or "B" in compact
            shape = "2A/2B department" if corsica else rare_shape(text, start, end, RARE_SHAPES)
            findings.append(
                identifier_finding(
                    segment,
                    start,
                    end,
                    finding_type=FR_NIR,
                    pattern="nir",
                    validator="stdnum.fr.nir key ok",
                    context=context,
                    confidence=0.97 if context or disguised else 0.85 if shape else 0.5,
                    disguised=disguised,
                    shape=shape,
                )
            )
        return findings
