"""MRN recognizer: only the configured institution patterns."""

from __future__ import annotations

import re

import pytest

from sentinelle.classifiers.config import MrnPattern
from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.recognizers.mrn import MrnRecognizer
from sentinelle.classifiers.types import Segment

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


SHIPPED = default_config().mrn_patterns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("copie du dossier S6139100 (MARTEL, Josée)", [(0.9, "S6139100")]),
        ("Dossier H-1234567, admis hier", [(0.9, "H-1234567")]),
        ("MRN 00123456", [(0.9, "00123456")]),
        ("no dossier: 123456", [(0.9, "123456")]),
        ("# dossier 7654321", [(0.9, "7654321")]),
        ("N° de dossier : 1234567", [(0.9, "1234567")]),
        ("Mr. Lemieux (chart # 5517712)", [(0.9, "5517712")]),
        ("MRN / dossier (CHUQ MR): 7157857", [(0.9, "7157857")]),
        ("dossier no. 1234567", [(0.9, "1234567")]),
        ("1234567 (dossier)", [(0.9, "1234567")]),
        ("medical record number CHU-0012345", [(0.9, "CHU-0012345")]),
        # a CSV: the column header says what the numbers are
        ("No de dossier;Nom\r\n7766166;Martin Smith\r\n4868112;Robert Bédard\r\n",
         [(0.9, "7766166"), (0.9, "4868112")]),
        ("Nom\tNo dossier\nMartin Smith\t7766166\n", [(0.9, "7766166")]),
    ],
)
def test_shipped_chart_number_shapes(text: str, expected: list[tuple[float, str]]) -> None:
    assert run(SHIPPED, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "dossier d'appel d'offres 2025114",  # a tender file, not a chart
        "Dossier de candidature 1234567",  # HR
        "Votre dossier est complet. Commande 1234567 expédiée.",  # another sentence
        "Patient ID / MRN: QA-PHANTOM-01\nSex: O\nStudyDate: 20250228",  # another field's value
        "Commande 1234567",  # no context word
        "dossier 12345",  # five digits
        "dossier 123456789",  # nine digits (a SIN shape, not a chart number)
        "dossier s6139100",  # the letter prefix is upper case
        "dossier XS-613910001",  # nine digits
        "Nom;Montant\r\nMartin;1234567\r\n",  # a table without a chart-number column
        "dossier\n\n1234567",  # a blank line apart
        "Fournisseur no 1002345\n- Dossier d'achat 2026-0412",  # a supplier number; context on the next line
        "Addenda au dossier d'appel d'offres 2026-118 :\n- le numéro de dossier SEAO est 1872304",  # a tender
        "Bon de commande 4500127, dossier 1234567",
    ],
)
def test_shipped_shapes_near_misses(text: str) -> None:
    assert run(SHIPPED, text) == []


def test_a_procurement_paragraph_does_not_hide_a_patient_paragraph() -> None:
    text = "Appel d'offres 2026-118 : dossier 7654321.\n\nAutre sujet : copie du dossier 1234567 (patient)."
    assert run(SHIPPED, text) == [(0.9, "1234567")]


def test_default_config_has_the_shipped_formats() -> None:
    from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text

    shipped = parse_policy(shipped_policy_text().encode()).classifiers.mrn_patterns
    assert [(p.name, p.pattern.pattern, p.context) for p in shipped] == [
        (p.name, p.pattern.pattern, p.context) for p in SHIPPED
    ]
