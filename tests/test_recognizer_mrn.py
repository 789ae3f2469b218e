"""MRN recognizer: only the configured institution patterns."""

from __future__ import annotations

import random
import re

import pytest

from sentinelle.classifiers.config import MrnPattern, compile_pattern
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


def test_several_formats_each_found_beside_the_others() -> None:
    # One pass over the union of the formats decides whether any format is looked for at all.
    text = "Dossier 1234567, transfert de HMR-654321; commande 7654321"
    assert run((WITH_CONTEXT, ALONE), text) == [(0.9, "1234567"), (0.8, "HMR-654321")]
    assert run((WITH_CONTEXT, ALONE), "aucun numéro ici") == []


def test_formats_whose_union_re2_refuses_still_run_each() -> None:
    # Two closed lists of chart numbers, each within RE2's program size alone but not together: each format
    # still runs on its own.
    rng = random.Random(7)
    listed = ["".join(rng.choice("0123456789") for _ in range(12)) for _ in range(50_000)]
    first = MrnPattern("a", compile_pattern(r"\bA(?:" + "|".join(listed) + r")\b"))
    second = MrnPattern("b", compile_pattern(r"\bB(?:" + "|".join(listed) + r")\b"))
    with pytest.raises(ValueError, match="too large"):
        compile_pattern(rf"(?:{first.pattern.pattern})|(?:{second.pattern.pattern})")
    text = f"A{listed[3]} et B{listed[9]}"
    assert run((first, second), text) == [(0.8, f"A{listed[3]}"), (0.8, f"B{listed[9]}")]


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


# A chart number spelled to get past the filter is at least as confidential as a plain one: the
# separators between its digits are dropped before the institution's patterns are tried, while the
# context word (and nothing else) still says the number is a chart number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("merci d'archiver le dossier 5 1 9 2 2 8 4 demain", [(0.9, "5 1 9 2 2 8 4")]),
        ("no de dossier 812.46.97 (avec des points)", [(0.9, "812.46.97")]),
        ("chart 406/71/33 please", [(0.9, "406/71/33")]),
        ("MRN 77_31_904, seen today", [(0.9, "77_31_904")]),
        ("copie du dossier R417  2209", [(0.9, "R417  2209")]),
        ("N° de dossier : 3\u00a0904\u00a0512", [(0.9, "3\u00a0904\u00a0512")]),
        ("dossier \uff16\uff10\uff14\uff11\uff18\uff17\uff12", [(0.9, "\uff16\uff10\uff14\uff11\uff18\uff17\uff12")]),
        ("(mrn S-410 2297) please", [(0.9, "S-410 2297")]),
    ],
)
def test_shipped_shapes_disguised(text: str, expected: list[tuple[float, str]]) -> None:
    assert run(SHIPPED, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "dossier mis à jour le 2026/11/25",  # a date, not a chart number
        "dossier du 25.11.2026",  # a date
        "dossier ouvert le 12-03-26",  # a two-digit-year date
        "les 4 2 9 1 7 3 8 gagnants",  # no context word
        "Tél. du dossier : 514 555-0123",  # a phone number (ten digits)
        "dossier 4 512 338 901",  # ten digits: no chart shape
        "Commande 772.18.40",  # context missing
        "Votre dossier de plainte 2025-3391 est transmis",  # a year and a sequence number: a file reference
        "dossier administratif 2027-04 : règlement",  # the same, short
        "dossier : rappeler au 555-0198",  # a local phone-number shape
    ],
)
def test_shipped_shapes_disguised_near_misses(text: str) -> None:
    assert run(SHIPPED, text) == []


# A patient word says whose number it is, as "dossier" does: "Pt" right after a chart number,
# "patiente" right before it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pull the old scans for K551 2093? Pt with severe MR.", [(0.9, "K551 2093")]),
        ("patiente 4417820 vue ce matin", [(0.9, "4417820")]),
        ("usager B3309128 : transfert demain", [(0.9, "B3309128")]),
        ("patient H 441 2093, transfert", [(0.9, "H 441 2093")]),  # a prefix letter apart
    ],
)
def test_shipped_shapes_with_a_patient_word(text: str, expected: list[tuple[float, str]]) -> None:
    assert run(SHIPPED, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Patient lift, modèle 4417820, en réparation",  # a model number
        "42 patients 4417820",  # a plural: no patient's number
        "Semaine de la sécurité des patients : 2026-11-18",  # a date
        "la patiente Lise Roy (NAM ROYL 5551 1512) est diabétique",  # the digits of a NAM
        "patient agité, PA 220/120 ce matin",  # a blood pressure
        "Patient : TA 180/110, FC 96",  # the same, French abbreviation
        "Patient safety incident 2345678 closed",  # an incident report's number
        "usager : billet 4451209 du centre de services",  # a help-desk ticket
    ],
)
def test_shipped_shapes_with_a_patient_word_near_misses(text: str) -> None:
    assert run(SHIPPED, text) == []


# A "not a chart" word before the context word qualifies something else: the request is for the chart.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Following your request for a copy of chart 4417302, consent is needed.", True),
        ("Suite à votre requête, copie du dossier 5520913 jointe.", True),
        ("Ticket request 4417302 closed by IT.", False),
        ("Dossier de la requête 5520913 au service technique.", False),
        ("Request: chart 4417302 incident report", True),
    ],
)
def test_a_negative_word_before_the_chart_word_does_not_cancel_it(text: str, found: bool) -> None:
    config = default_config()
    findings = MrnRecognizer(config.mrn_patterns).recognize(Segment("b", text))
    assert bool(findings) is found, findings
