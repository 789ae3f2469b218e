"""The name recognizer's two stages: the patterns run once per segment, and their result is confirmed without NER,
then (when the verdict is still open) with it, probe first or not, exactly as a fresh run would find."""

from __future__ import annotations

import functools
from typing import Any

import pytest
from spacy.language import Language

from sentinelle.classifiers.config import ClassifierConfig
from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.nlp import load_model
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers._base import Scanner
from sentinelle.classifiers.recognizers.patient_name import PatientNameRecognizer
from sentinelle.classifiers.recognizers.patient_name._ner import NerNeeded
from sentinelle.classifiers.types import Finding, Segment


@functools.cache
def nlp() -> Language:
    return load_model()


def spans(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(word), text.index(word) + len(word)) for word in words]


# (text, the clinical words the engine's first pass would give as evidence)
CASES = [
    # a pattern name inside the window of a trigger the patterns could not resolve: NER confirms it
    ("Je vous réfère Mme Julie Gagnon. Le patient est suivi pour asthme.", ("asthme",)),
    # a lower-case name no list knows: only NER finds it
    ("la patiente julie mamani souffre d'asthme", ("asthme",)),
    # nothing for the patterns to weigh, a name said before evidence: NER reads it ("pour X : ...")
    ("Bonjour,\nRésultat reçu pour Tetiana Melnyk : hémoglobine glyquée 8,9 %.\nMerci", ("hémoglobine glyquée 8,9 %",)),
    # an invoice's fields are no patients unless a cue says so, NER or not
    ("FACTURE no 2025-114\nClient : Sylvie Morin\nDescription : bandelettes pour diabète\nTotal : 42,00 $",
     ("diabète",)),
    # a physician, then a patient typed in lower case on the same line
    ("Le Dr Jean Roy a vu le patient pierre lavoie hier pour une pneumonie.", ("pneumonie",)),
    # no evidence at all: no window, whatever the stage
    ("Réunion du comité mardi avec Mme Lise Pelletier et M. Jacques Bélanger.", ()),
]


def run(rec: PatientNameRecognizer, text: str, evidence: list[tuple[int, int]], **kwargs: Any) -> list[Finding]:
    segment = Segment("body", text)
    scan = Scanner(rec.triggers).scan(text)
    return rec.from_scan(segment, scan, evidence=evidence, **kwargs)


@pytest.mark.parametrize(("text", "words"), CASES)
def test_confirming_one_pattern_stage_twice_finds_what_two_fresh_runs_find(text: str, words: tuple[str, ...]) -> None:
    rec = PatientNameRecognizer(nlp())
    evidence = spans(text, *words)
    fresh_patterns = run(rec, text, evidence, use_ner=False)
    fresh_ner = run(rec, text, evidence, use_ner=True, ner_near=evidence, ner_reach=400)

    found = rec.patterns(Segment("body", text), Scanner(rec.triggers).scan(text), evidence=evidence)
    assert rec.confirm(found, use_ner=False) == fresh_patterns
    probed: list[Finding] | None
    try:
        probed = rec.confirm(found, use_ner=True, ner_near=evidence, ner_reach=400, ner_probe=True)
    except NerNeeded as needed:
        assert needed.chars > 0
        probed = None
    confirmed = rec.confirm(found, use_ner=True, ner_near=evidence, ner_reach=400)
    assert confirmed == fresh_ner
    if probed is not None:  # no window to run the model on: the probe's result is the model's
        assert probed == confirmed
    # ... and confirming again changes nothing (the stage is not consumed)
    assert rec.confirm(found, use_ner=True, ner_near=evidence, ner_reach=400) == fresh_ner


def test_ner_changes_what_these_cases_find() -> None:
    """The cases above exercise NER: without it, these names are missed or weaker."""
    rec = PatientNameRecognizer(nlp())
    for text, words in CASES[:3]:
        evidence = spans(text, *words)
        without = run(rec, text, evidence, use_ner=False)
        with_ner = run(rec, text, evidence, use_ner=True, ner_near=evidence, ner_reach=400)
        assert with_ner != without and any("ner PER" in f.explanation for f in with_ner)


def test_a_file_name_read_elsewhere_finds_nobody_at_either_stage() -> None:
    rec = PatientNameRecognizer(nlp())
    segment = Segment("filename:Graham Tessier.vcf", "Graham Tessier.vcf")
    found = rec.patterns(segment, Scanner(rec.triggers).scan(segment.text), evidence=[(0, 6)])
    assert found.location is None
    assert rec.confirm(found, use_ner=False) == [] and rec.confirm(found, use_ner=True) == []


def test_the_engine_runs_the_patterns_once_per_segment_when_ner_confirms() -> None:
    clf = Classifier(ClassifierConfig(), nlp())
    calls: list[str] = []
    patterns = clf._names.patterns

    def counted(segment: Segment, *args: Any, **kwargs: Any) -> Any:
        calls.append(segment.location)
        return patterns(segment, *args, **kwargs)

    clf._names.patterns = counted  # type: ignore[method-assign]
    raw = (b"From: Dre Lise Pelletier <lise.pelletier@chu.example>\r\nTo: labo@partenaire.example\r\n"
           b"Subject: suivi\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Bonjour,\r\nla patiente julie mamani souffre d'asthme depuis mars.\r\nMerci\r\n")
    inspection = clf.inspect(parse_message(raw), ner_chars=10_000)
    assert inspection.confidential and "name_near_clinical" in inspection.reasons
    assert any(f.type == "patient_name" and "ner PER" in f.explanation for f in inspection.findings)
    assert sorted(calls) == sorted(set(calls)) and "body" in calls  # once each, the NER pass included
