"""Causes found in the third pair of read corpora of session 32, tested here in other words.

From corpus_heldout_219 (cardiac rehabilitation and a heart function clinic): a given name and its room said with the
article ("Jocelyne à la 536") or alone in brackets before a colon ("Ruth (737): BP 144/84"), after a greeting that is
no "Surname, Given" pair ("Salut Julie, Jocelyne ..."); a lower-case name after "ma rencontre avec"; a file name's
initial with its period, after a document's word ("Titration_plan D.Campbell.docx"). Nobody's condition: a counted
group's ("more than 400 people a year after a heart attack").

From corpus_heldout_221 (an anticoagulation clinic and medication reconciliation): nobody's chart number in an order's
table (two product columns, no person's column), whatever its description says ("Patient scale").
"""

from __future__ import annotations

import pytest
from conftest import inspect_text, outbound_mail, shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers.patient_name._cues import _topic_use
from sentinelle.classifiers.types import MRN, PATIENT_NAME


@pytest.mark.parametrize("body", [
    "Salut Marie, Gisèle à la 412 a pris 2 kg depuis hier, TA 92/60. Tu passes la voir?",
    "Nadia - Henri (622): BP 150/90, HR 55 standing. Holding metoprolol until you assess.",
    "Bonjour,\nPetit résumé suite à ma rencontre avec paul gagnon :\n- itinérance récente, hébergé au refuge\nMerci",
])
def test_patients_of_a_heart_function_clinic(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("file_name", ["Titration_plan R.Tremblay.docx", "Plan titration - R. Tremblay.pdf"])
def test_an_initial_and_a_family_name_in_a_file_name_after_a_documents_word(file_name: str) -> None:
    plan = ("Titration plan - HF clinic\nLast labs: K 3.8 mmol/L, creatinine 133 umol/L\n"
            "Week 1: furosemide 40 mg daily\n")
    raw = outbound_mail("Lise Roy <lise.roy@chu.example>", "Archives <archives@chu.example>", "Plan to scan",
                        "Please scan to the chart.", files=[(file_name, plan.encode(), "text/plain")])
    inspection = shipped_classifier().inspect(parse_message(raw))
    assert inspection.confidential and PATIENT_NAME in {f.type for f in inspection.counted}


def test_a_lettered_plan_without_its_period_is_no_initial() -> None:
    raw = outbound_mail("Lise Roy <lise.roy@chu.example>", "Archives <archives@chu.example>", "Plan",
                        "Voir le plan.", files=[("Plan D Tremblay.pdf", b"Plan D\nInsulin storage audit.\n",
                                                 "text/plain")])
    inspection = shipped_classifier().inspect(parse_message(raw))
    assert not any(f.type == PATIENT_NAME and f.confidence >= 0.6 for f in inspection.findings)


@pytest.mark.parametrize(("text", "term", "topic"), [
    ("welcomes more than 400 people a year after a heart attack", "heart attack", True),
    ("accueille 1 200 usagers par année atteints de MPOC", "MPOC", True),
    ("3 patients ce matin : Mme Roy, insuffisance cardiaque", "insuffisance cardiaque", False),
    ("2 patients dont M. Roy atteint de MPOC", "MPOC", False),
])
def test_a_counted_group_is_an_aggregate(text: str, term: str, topic: bool) -> None:
    start = text.index(term)
    assert _topic_use(text, start, start + len(term)) is topic


def test_an_orders_codes_are_no_chart_numbers() -> None:
    order = ("Code;Description;Qty;Cost centre;Asset no.\n59-1764;Patient scale;32;795233;7406809629\n"
             "18-3065;1 mL syringes;7;733083;4635237714\n")
    raw = outbound_mail("Megan Roy <megan.roy@chu.example>", "Achats <achats@chu.example>", "Purchase order",
                        "For approval.", files=[("order.csv", order.encode(), "text/csv")])
    inspection = shipped_classifier().inspect(parse_message(raw))
    assert not inspection.confidential and MRN not in {f.type for f in inspection.counted}
