"""Causes found in corpus_heldout_66 (family medicine groups and walk-in clinics) and _68 (medical records, access
requests, complaints, risk management), written blind and read in session 15, tested here in other words.

Patients: a patient's message that a portal carried ("Portal message received ... from: X (born ...)"), quoted under
the nurse's signature; a patient's own mail attached as .eml that says what the doctor said and that symptoms stay;
the recipient whose own record the message gives, birth date and all; a complainant told of the care they received;
a titled person in a labelled field of a document that also bills (a transport booking "facturé au Commissariat");
an heir's letter about their mother, which mentions their own appointment as executor ("ma nomination comme
liquidateur": no announcement); a chart number with a letter before a phone-shaped run ("S288 5878").

Nobody's patients: whom to call about the staff's schedule ("En cas d'urgence pour l'horaire : X, cell."); an
employee whose workstation is assessed ("évaluer le poste de X (douleurs à l'épaule)"); the speakers of a mandatory
training; archive boxes numbered by year ("B-2013-2199", "D 2012-2013").
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.types import MRN, PATIENT_NAME


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour à tous,\n\nL'horaire de décembre est joint (clinique diabète lundi, clinique MPOC mardi).\n\n"
        "En cas d'urgence pour l'horaire : Olivier Grenier, cell. 450 555 0123\n\nNathalie",
        "Hi all,\n\nThe December rota is attached (diabetes clinic Monday, COPD clinic Tuesday).\n\n"
        "Questions about the schedule: Olivier Grenier, cell 450 555 0123\n\nNathalie",
        "L'ergothérapeute passera jeudi évaluer le poste de Olivier Grenier (douleurs au poignet rapportées). "
        "Souris verticale commandée.",
    ],
    ids=["urgence-horaire", "schedule-questions", "poste-de"],
)
def test_whom_to_call_about_the_schedule_and_a_workstation_are_staff(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


def test_a_patient_whose_dressing_schedule_is_asked_stays_a_patient() -> None:
    body = "Pour l'horaire des pansements de Mme Lise Roy (ulcère veineux, diabète), appeler sa fille au 450 555 0123."
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_portal_message_quoted_under_the_nurses_signature_is_the_patients() -> None:
    body = ("Hello Paul,\n\nThanks for your message. Metformin can upset the stomach at first; take it with meals.\n\n"
            "--\nLinda Price\nClinical nurse\nNorth FMG\nTel: (514) 555-0111\n\n"
            "Portal message received March 3, 2026 from: Paul Gendron (born May 2, 1950)\n"
            "> Hi doctor, can I stop the metformin? My stomach hurts. thanks\n> Paul")
    raw = outbound_mail("Linda Price <linda.price@northfmg.example>", "Paul Gendron <paul.gendron@maboite.example>",
                "RE: my medication", body)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "text",
    [
        "Hello, this is Gérald Côté. The walk-in doctor said it was probably shingles. Still symptoms after a week, "
        "should I come back? My number is 514 555 0107.",
        "Bonjour, c'est Gérald Côté. Le médecin du sans rendez-vous m'a dit que c'était probablement un zona. J'ai "
        "encore des symptômes après une semaine, est-ce que je dois revenir?",
    ],
    ids=["en", "fr"],
)
def test_a_patients_own_mail_attached_says_what_the_doctor_said(text: str) -> None:
    carried = EmailMessage()
    carried["From"] = "Gérald Côté <gcote51@maboite.example>"
    carried["To"] = "Info <info@clinique.example>"
    carried["Subject"] = "question"
    carried.set_content(text)
    raw = outbound_mail("Accueil <accueil@clinique.example>", "Dre Anne Roy <anne.roy@clinique.example>",
                        "TR: question", "Message reçu sur la boîte info, voir pièce jointe.", carried)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        ("Salut,\n\nVoici le relevé de vaccination de Lucie Fortin (DDN 1961-05-14). La considérer comme "
         "immunosupprimée (asthme sévère) pour les prochaines doses.\n\nKarine", True),
        ("Good morning Ms. Lucie Fortin,\n\nWe acknowledge receipt of your complaint about the care received by you "
         "in the emergency department, in particular the delay in treating your pneumonia.\n\nCommissioner", True),
        # (a colleague told of a clinic's topics: no record of hers)
        ("Salut Lucie Fortin,\n\nLa clinique d'asthme sévère ouvre lundi; merci de mettre à jour l'horaire.\n\n"
         "Karine", False),
    ],
    ids=["own-record-ddn", "care-received-by-you", "colleague"],
)
def test_the_recipient_whose_own_record_or_care_the_message_gives(body: str, confidential: bool) -> None:
    raw = outbound_mail("Karine Roy <karine.roy@clinique.example>", "Lucie Fortin <lfortin61@maboite.example>",
                "Dossier", body)
    verdict, counted = inspect_mail(raw)
    assert verdict is confidential, counted


def test_a_titled_person_in_a_billed_booking_stays_a_patient() -> None:
    body = ("Nous souhaitons réserver un transport adapté pour la personne suivante :\nNom : Mme Lucie Fortin\n"
            "Adresse : 212, rue des Pins, Val-Bleu (QC) G0X 2B0\nParticularités : fauteuil roulant (amputation "
            "transtibiale)\nFacturation au Commissariat aux plaintes (bon de commande à suivre).")
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_an_heirs_own_appointment_is_no_announcement() -> None:
    body = ("Madame, Monsieur,\n\nJe suis liquidateur de la succession de ma mère Lucie Fortin, née le 3 mars 1939, "
            "décédée au CHSLD après une longue maladie (insuffisance cardiaque).\n\nJe joins ma nomination comme "
            "liquidateur.\n\nMerci\nPaul Fortin")
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_the_speakers_of_a_mandatory_training_are_staff() -> None:
    body = ("Bonjour,\n\nUne formation obligatoire sur la communication des renseignements de santé aura lieu le "
            "12 mars.\n\nProgramme :\n- Olivier Grenier : mandat de protection et personnes décédées\n"
            "- Lucie Fortin : le registre des communications\n\nInscription via l'intranet.")
    confidential, counted = inspect_text(body)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Boxes for destruction (inactive charts A-D): B-2013-2199, B-2015-1805.", False),
        ("Inactive charts box D 2012-2013 goes to storage.", False),
        ("Can you pull the old echo reports for S288 5878? Pt with severe AS booked for TAVI.", True),
    ],
    ids=["box-year-sequence", "box-year-range", "chart-letter-prefix"],
)
def test_year_numbered_archive_boxes_are_no_chart_numbers(text: str, found: bool) -> None:
    _, counted = inspect_text(text)
    assert (MRN in counted) is found, counted
