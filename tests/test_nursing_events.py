"""Nursing events and observations (issue 10, item 4): falls, intake, continence and catheters, wounds, delirium
and responsive behaviours, vital-sign changes, cough and swallowing, isolation, oxygen, end of life, as night
reports, home-care notes and rehab updates word them (``lexicons/nursing_events.txt`` and the timed-fall pattern
of ``recognizers/diagnosis.py``). Near misses: the same topics in newsletters, supply memos, training sessions
and statistics reports, which speak of no one. All names and places are invented."""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer
from sentinelle.classifiers.types import Segment

DX = DiagnosisRecognizer()


def _terms(text: str) -> list[str]:
    return [text[f.start : f.end] for f in sorted(DX.recognize(Segment("body", text)), key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Falls: timed, with an injury statement, or a phrase of the fall protocol.
        ("Ch. 7 – chute à 3 h 40, pas de blessure visible", ["chute à 3 h 40"]),
        ("unwitnessed fall in the bathroom", ["unwitnessed fall"]),
        ("fell at 11 pm, neuro vitals q1h", ["fell at 11 pm"]),
        ("Chute, aucune blessure. Famille avisée.", ["Chute, aucune blessure"]),
        ("retrouvée par terre près du lit, évaluation post-chute faite",
         ["retrouvée par terre", "évaluation post-chute"]),
        ("Mme Audet a fait une chute dans sa salle de bain", ["a fait une chute"]),
        ("she had a fall on the stairs last week", ["had a fall"]),
        ("le titre a fait une chute de 12 % en bourse", []),  # a complement: the fall of something
        ("admissions had a fall of 8 % this year", []),
        # Intake, continence, catheters.
        ("poor oral intake x 3 days", ["poor oral intake"]),
        ("diminution des apports, perte d'appétit", ["diminution des apports", "perte d'appétit"]),
        ("a arraché sa sonde vésicale, sonde réinstallée", ["a arraché sa sonde", "sonde réinstallée"]),
        ("pulled out her foley at 0300, foley reinserted", ["pulled out her foley", "foley reinserted"]),
        # Skin, behaviour, vital signs, swallowing, oxygen, end of life.
        ("skin tear L forearm, steri-strips", ["skin tear"]),
        ("déchirure cutanée au bras, lésion de pression stade 2 au talon", ["déchirure cutanée", "lésion de pression"]),
        ("exit-seeking, responsive behaviours after supper", ["exit-seeking", "responsive behaviours"]),
        ("très agitée, désorientée, refus de soins", ["très agitée", "désorientée", "refus de soins"]),
        ("febrile 38.6, desaturating to 86% on RA", ["febrile", "desaturating"]),
        ("toux grasse, fausses routes aux liquides", ["toux grasse", "fausses routes"]),
        ("nouvelle toux, précautions gouttelettes, sous oxygène 2 L", ["nouvelle toux", "précautions gouttelettes",
                                                                    "sous oxygène"]),
        ("comfort measures only, actively dying", ["comfort measures", "actively dying"]),
        ("approche palliative discutée avec le fils, soins de confort", ["approche palliative", "soins de confort"]),
        ("transférée à l'urgence à 4 h", ["transférée à l'urgence"]),
        # Near misses: the topics without a person, ordinary senses of the words.
        ("Fall prevention week starts Monday", []),
        ("la chute des températures et des prix", []),
        ("Our fall 2027 newsletter", []),
        ("Falls at 1200 residences were reviewed", []),
        ("une chute de 40 % des inscriptions", []),
        ("Order: Foley catheter 16Fr, qty 40", []),
        ("Dr. Foley will chair the meeting", []),
        ("Formation sur les soins palliatifs et la prévention des chutes", []),
        ("The intake form is on the intranet", []),
        ("Wound care workshop, palliative care grand rounds", []),
    ],
)  # fmt: skip
def test_nursing_events_as_reports_word_them(text: str, expected: list[str]) -> None:
    assert _terms(text) == expected


_classifier = shipped_classifier


def _confidential(sender: str, subject: str, body: str) -> tuple[bool, tuple[str, ...]]:
    raw = (
        f"From: {sender}\nTo: Equipe <equipe@residence-erables.example>\nSubject: {subject}\n"
        "Date: Fri, 04 Dec 2026 07:00:00 -0500\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
    )
    result = _classifier().inspect(parse_message(raw.encode()))
    return result.confidential, result.reasons


REPORTS = [
    ("Rapport de nuit – Pavillon des Érables",
     "Ch. 104 Simone R. – chute à 3 h 40, pas de blessure, évaluation post-chute faite\n"
     "Ch. 108 Gilberte M. – diminution des apports, famille avisée, approche palliative\n"
     "Ch. 111 Fernand L. – a arraché sa sonde, sonde réinstallée\n\nInf. de nuit"),
    ("Night shift - Birch wing",
     "Room 12 Walter H. - unwitnessed fall, no apparent injury, post-fall huddle done\n"
     "Room 15 Dorothy K. - new cough, droplet precautions started\n"
     "Room 19 Harold B. - poor oral intake, comfort care discussed with son\n\nNight RPN"),
    ("Home care visit",
     "Visited Mrs. Agnes Whitfield at home today: skin tear on left forearm dressed, febrile 38.4, "
     "coughing with meals. Daughter aware.\n\nVisiting nurse"),
]

NEAR_MISSES = [
    ("Semaine de prévention des chutes",
     "Bonjour à toutes et à tous,\nLa semaine de prévention des chutes commence lundi. Mme Line Boucher, "
     "conseillère en soins, présentera les causes des chutes, l'évaluation post-chute et le rôle de chacun. "
     "Une chute sans blessure reste un événement à déclarer.\nDirection des soins infirmiers"),
    ("Catheter supply",
     "Hi all,\nFoley catheter 14Fr and 16Fr are on back-order until January. Ms. Tracy Nolan, stores clerk, will "
     "substitute; a pulled out foley must still be logged in the incident system.\nMaterials management"),
    ("Formation – approche palliative",
     "La formation « Approche palliative et soins de confort en CHSLD » sera donnée par M. Richard Bédard, "
     "infirmier clinicien, le 14 janvier. Thèmes : fin de vie, respiration agonique, sédation palliative.\n"
     "Service de la formation"),
    ("Wound care education day",
     "Join Ms. Deborah Finch, wound care specialist, for a session on skin tears, pressure sores and "
     "infected wounds. Lunch provided.\nEducation team"),
    ("Falls report Q3",
     "Q3 falls: 42 falls on 3 units, 9 unwitnessed falls, 2 falls with injury; decreased intake flagged for "
     "11 residents. Presented by Mr. Alan Price, quality lead.\nQuality & Risk"),
]


@pytest.mark.parametrize(("subject", "body"), REPORTS)
def test_a_report_of_named_residents_events_is_confidential(subject: str, body: str) -> None:
    confidential, reasons = _confidential("Claire Ouimet <c.ouimet@residence-erables.example>", subject, body)
    assert confidential and "name_near_clinical" in reasons


@pytest.mark.parametrize(("subject", "body"), NEAR_MISSES)
def test_the_same_topics_about_no_one_are_not_confidential(subject: str, body: str) -> None:
    assert _confidential("Claire Ouimet <c.ouimet@residence-erables.example>", subject, body) == (False, ())
