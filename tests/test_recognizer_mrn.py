"""MRN recognizer: only the configured institution patterns."""

from __future__ import annotations

import re

from classifiers.config import MrnPattern
from classifiers.recognizers.mrn import MrnRecognizer
from classifiers.types import Segment

WITH_CONTEXT = MrnPattern("chum", re.compile(r"\b[0-9]{7}\b"), ("dossier", "MRN", "no de dossier"))
ALONE = MrnPattern("hmr", re.compile(r"\bHMR-[0-9]{6}\b"))


def run(patterns: tuple[MrnPattern, ...], text: str) -> list[tuple[float, str]]:
    return [(f.confidence, text[f.start : f.end]) for f in MrnRecognizer(patterns).recognize(Segment("b", text))]


def test_nothing_without_configuration() -> None:
    assert run((), "dossier 1234567 HMR-123456") == []


def test_context_required_when_configured() -> None:
    assert run((WITH_CONTEXT,), "Dossier 1234567") == [(0.9, "1234567")]
    assert run((WITH_CONTEXT,), "MRN: 1234567") == [(0.9, "1234567")]
    assert run((WITH_CONTEXT,), "Commande 1234567") == []


def test_pattern_alone_when_no_context() -> None:
    assert run((ALONE,), "voir HMR-123456") == [(0.8, "HMR-123456")]


def test_explanation_and_mask() -> None:
    (finding,) = MrnRecognizer((ALONE,)).recognize(Segment("b", "HMR-123456"))
    assert finding.explanation == "pattern mrn:hmr; no context required"
    assert "123456" not in finding.excerpt
