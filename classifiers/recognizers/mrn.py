"""Medical record number recognizer: only the institution formats of ``ClassifierConfig.mrn_patterns``.

Nothing is hard-coded: MRN formats differ per institution. A pattern with
context words needs one of them near the match (0.9); a pattern without
context words stands alone (0.8). The policy loader compiled the regexes.
"""

from __future__ import annotations

from classifiers.config import MrnPattern
from classifiers.mask import mask_identifier
from classifiers.recognizers._base import BaseRecognizer, Scan, cap, find_context, fold
from classifiers.types import MRN, Finding, Segment


class MrnRecognizer(BaseRecognizer):
    name = "mrn"
    triggers = ()

    def __init__(self, patterns: tuple[MrnPattern, ...]) -> None:
        self._patterns = tuple((p, tuple(fold(w) for w in p.context)) for p in patterns)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        for pattern, context_words in self._patterns:
            for match in pattern.pattern.finditer(text):
                start, end = match.span()
                if end <= start:
                    continue
                context = find_context(text, start, end, context_words) if context_words else None
                if context_words and context is None:
                    continue
                findings.append(
                    Finding(
                        type=MRN,
                        location=segment.location,
                        confidence=cap(0.9 if context else 0.8),
                        excerpt=mask_identifier(match.group()),
                        explanation=f"pattern mrn:{pattern.name}; context {context!r}"
                        if context
                        else f"pattern mrn:{pattern.name}; no context required",
                        start=start,
                        end=end,
                    )
                )
        return findings
