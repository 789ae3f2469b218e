"""French social security number (NIR, numéro de sécurité sociale) recognizer (``stdnum.fr.nir``).

15 characters: sex, year, month, department (2A/2B for Corsica), commune,
serial and a 2-digit mod-97 key. Key + fixed structure: 0.85 alone, 0.97 with
a context word.
"""

from __future__ import annotations

from stdnum.fr import nir

from classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, digit_runs, find_context
from classifiers.recognizers._numeric import (
    DIGIT,
    DIGIT_LAST,
    NUMBER_TRIGGER,
    SEP,
    ascii_compact,
    disguise,
    identifier_finding,
)
from classifiers.types import FR_NIR, Finding, Segment

CONTEXT: tuple[str, ...] = (
    "nir",
    "securite sociale",
    "secu",
    "insee",
    "carte vitale",
    "social security",
)

# Sex digit, then YY MM, department (2 digits, or 2A/2B for Corsica), commune, serial and key:
# any separators between any characters (``SEP``), full-width digits and letters included.
_CORSICA = rf"[2\x{{FF12}}]{SEP}[ABab\x{{FF21}}\x{{FF22}}\x{{FF41}}\x{{FF42}}]"
TRIGGER = Trigger(
    "nir",
    rf"(?:\b[1-478]|[\x{{FF11}}-\x{{FF14}}\x{{FF17}}\x{{FF18}}])(?:{SEP}{DIGIT}){{4}}{SEP}"
    rf"(?:{DIGIT}{SEP}{DIGIT}|{_CORSICA})(?:{SEP}{DIGIT}){{7}}{SEP}{DIGIT_LAST}",
)


class FrNirRecognizer(BaseRecognizer):
    name = "fr_nir"
    # The shared digit-run trigger comes first in the combined scan and takes all-digit
    # NIRs; the specific trigger then only sees Corsican 2A/2B numbers.
    triggers = (NUMBER_TRIGGER, TRIGGER)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        whole_runs = set(scan.get(TRIGGER.kind))
        spans = list(whole_runs)
        for run in scan.get(NUMBER_TRIGGER.kind):
            for start, end, _ in digit_runs(text, *run, 15):
                spans.append((start, end))
                if (start, end) == run:
                    whole_runs.add(run)
        for start, end in sorted(set(spans)):
            if not bounded(text, start, end) or not nir.is_valid(ascii_compact(text[start:end])):
                continue
            context = find_context(text, start, end, CONTEXT)
            disguised = None if context else disguise(text, start, end, whole_run=(start, end) in whole_runs)
            findings.append(
                identifier_finding(
                    segment,
                    start,
                    end,
                    finding_type=FR_NIR,
                    pattern="nir",
                    validator="stdnum.fr.nir key ok",
                    context=context,
                    confidence=0.97 if context or disguised else 0.85,
                    disguised=disguised,
                )
            )
        return findings
