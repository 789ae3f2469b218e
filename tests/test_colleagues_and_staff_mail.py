"""Names that are nobody's patient, written the way staff mail writes them (causes found in corpus_heldout_13/14,
tested here in other words): years of service, an absence notice's title, a programme's hour slots ("13 h -"),
a trainer's label, a possessive that opens a sentence with a
capital ("Our Gala"), a language NER takes for a person. Near misses keep the patient: an age is not years of
service, a resident's birthday is still a resident's. A reply's signature block ends where the message it quotes
begins: the patient of the quoted message is nobody's staff. Business cards: tests/test_extract_calendar_csv.py.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Gâteau !", "Gâteau à la cafétéria à 15 h pour Lucie Caron et ses 25 ans au CISSS ! Elle a fait ses débuts "
                     "comme commis à l'unité d'hémodialyse. Une carte circule au poste."),
        ("Coffee and cake", "Coffee and cake at 3 pm to celebrate Tom Becker and 15 years with the hospital! He began "
                            "his career as an orderly in cardiac surgery."),
        ("Bravo", "Félicitations à Hélène Bisson pour ses 30 ans de service, dont vingt en oncologie pédiatrique."),
        ("Thank you", "Thanks to Priya Raman for 12 years of service on the dialysis unit; she retires on Friday."),
        ("Lucie Caron absence", "Lucie est en congé jusqu'au 20 mars (zona). Ses visites sont réassignées."),
        ("Gala", "Our Gala is on May 3: every dollar goes to the new chemotherapy suite. Tickets at the desk."),
        ("Ressources", "Les vidéos d'enseignement sur l'insuffisance cardiaque sont offertes en Français et en "
                       "Anglais : voir l'intranet."),
        ("Patient education", "Nephrology news: new KDIGO guidance on anemia; patient education videos now in French."),
        ("Programme", "Programme de l'après-midi, inscription au secrétariat :\n13 h - Karine Lévesque : "
                      "insuffisance rénale chronique\n14 h - Omar Haddad : plaies du pied diabétique\n"),
        ("Wound care course", "Wound care level 2 course on March 4 in room C-210.\nTrainer: Jennifer Walsh "
                              "(pressure ulcers, diabetic foot ulcers). Register on the learning portal."),
        ("Pizza!", "Pizza in the 4E lounge at noon for Aisha Karim's birthday and 18 years with the team! She was "
                   "first a ward clerk in nephrology."),
    ],
    ids=["fr-years-at-the-cisss", "en-years-with-the-hospital", "fr-years-of-service", "en-years-of-service",
         "fr-absence-notice-title", "en-possessive-opens-a-sentence", "fr-languages", "en-language",
         "fr-programme-hour-slots", "en-trainer-label", "en-birthday-and-years-with-the-team"],
)
def test_staff_and_donors_are_nobodys_patients(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert not confidential and "patient_name" not in counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # An age, and where she lives: a resident's birthday, with her care.
        ("Fête", "Mme Ginette Roy fête ses 90 ans au CHSLD cette semaine; elle est en soins palliatifs pour un "
                 "cancer du pancréas."),
        # Years of illness, not of service.
        ("Suivi", "Mme Lise Caron et ses 20 ans de diabète de type 2 : HbA1c 9,1 %, on ajoute l'insuline."),
        ("Follow-up", "Mr. Tom Becker, 15 years with COPD, was admitted overnight for an exacerbation."),
        # An absence from an appointment is a patient's.
        ("Lucie Caron absente", "Mme Lucie Caron était absente à son rendez-vous de dialyse ce matin; K 6,1 hier."),
        # An hour, then a patient: a clinic's day list says whose care, not who speaks.
        ("Liste de jeudi", "9 h - Mme Karine Lévesque : suivi d'insuffisance rénale chronique, créatinine 212\n"
                           "10 h - M. Omar Haddad : plaie du pied diabétique, pansement"),
    ],
    ids=["resident-birthday", "years-of-diabetes", "years-with-copd", "missed-dialysis", "clinic-day-list"],
)
def test_patients_stay_patients(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and "patient_name" in counted


SIGNATURE = ("Merci, c'est noté.\n--\nLéa Fortin, TRP\nCentre de réadaptation du Littoral\n"
             "Tél. 418-555-0172 poste 2210\n")


@pytest.mark.parametrize(
    "quoted",
    [
        "-----Message d'origine-----\nDe : Marc Gendron\nEnvoyé : 3 oct. 2026 09:30\nObjet : Visite\n\nBonjour,\n"
        "Visite à planifier pour Albert Cormier (né 1948-02-11), démence de type Alzheimer, risque de chute.\n",
        "On Mon, Oct 5, 2026 at 9:30 AM Marc Gendron wrote:\n> Please book a home visit for Albert Cormier (DOB "
        "1948-02-11), Alzheimer dementia, high fall risk.\n",
    ],
    ids=["fr-message-d-origine", "en-wrote"],
)
def test_a_replys_signature_ends_where_the_quoted_message_begins(quoted: str) -> None:
    confidential, counted = inspect_text(SIGNATURE + quoted, "RE: Visite à domicile")
    assert confidential and "patient_name" in counted


def test_the_signature_itself_stays_staff() -> None:
    body = SIGNATURE.replace("Léa Fortin, TRP", "Léa Fortin, TRP, clinique de démence") + "\n"
    confidential, counted = inspect_text(body, "RE: Horaire")
    assert not confidential and "patient_name" not in counted
