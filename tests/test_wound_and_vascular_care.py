"""Causes found in corpus_heldout_139 (a wound care and vascular surgery clinic) and _141 (a rheumatology and
biologics infusion clinic), written blind and read in session 24, third round, tested here in other words.

Patients: wounds and vascular disease as a wound clinic charts them (diabetic foot, critical limb ischaemia, CLTI,
lymphoedema, claudication, a femoro-popliteal bypass); whom a home-care nurse visited; a lower-case name followed by
when the writer saw them ("Saw maureen kowalchuk today"); biologics and biosimilars by their Canadian brands
(Truxima, Hadlima, Olumiant); Océane and Chantale as given names.

Nobody's patients: a protocol named after a condition ("le protocole pied diabétique") beside the students it is
shown to; a programme's speakers written inclusively ("Dr(e) Karine Plante"); a day of job interviews whose slots
name candidates; a policy's code in a file name ("PRO-PLA-011_compression.docx"); a mail-merge template's "your
appointment" under a greeting to a colleague; a colleague back at work full time; the birth of a colleague's baby.
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, scanned_file_mail

from sentinelle.classifiers.types import DATE_OF_BIRTH, DIAGNOSIS, MEDICATION, PATIENT_NAME


@pytest.mark.parametrize(
    "term",
    ["ulcère du pied diabétique", "critical limb ischaemia", "CLTI du membre inférieur droit", "lymphoedème",
     "claudication intermittente à 100 m", "pontage fémoro-poplité", "fem-pop bypass"],
)
def test_wounds_and_vascular_disease(term: str) -> None:
    _, counted = inspect_text(f"Suivi : {term}.")
    assert DIAGNOSIS in counted, counted


def test_whom_a_home_care_nurse_visited() -> None:
    confidential, counted = inspect_text("Visited Gordon Tremblay this morning: venous leg ulcer, cellulitis around "
                                         "it. Started cephalexin.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_lower_case_name_then_when_the_writer_saw_them() -> None:
    confidential, counted = inspect_text("Saw maureen kowalchuk today. CLTI right foot, pain 8/10, on hydromorphone.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_protocol_named_after_a_condition_beside_students() -> None:
    confidential, counted = inspect_text(
        "Nous accueillerons deux stagiaires du 3 au 28 mars : Joëlle Brassard, Karim Haddad. Merci de leur montrer "
        "le protocole pied diabétique.")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_speaker_written_inclusively() -> None:
    confidential, counted = inspect_text("Dr(e) Karine Plante répondra à vos questions sur les ulcères veineux jeudi à "
                                         "13 h.")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_day_of_job_interviews_names_candidates() -> None:
    confidential, counted = inspect_text(
        "Interviews for the wound care nurse position on May 6, room C-12:\n\n9:00 - Holly Brennan\n"
        "10:00 - Marcus Oyelaran\n\nQuestions: venous vs arterial ulcers, diabetic foot offloading.")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_policy_s_code_in_a_file_name_is_no_name() -> None:
    raw = scanned_file_mail("POL-PLA-004_photos_de_plaies.pdf", "Politique révisée : plaies, ulcère veineux, "
                            "insuffisance cardiaque décompensée.")
    confidential, counted = inspect_mail(raw)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("brand", ["Truxima", "Hadlima", "Olumiant", "Erelzi", "Skyrizi"])
def test_biologics_and_biosimilars_by_brand(brand: str) -> None:
    _, counted = inspect_text(f"Perfusion de {brand} reportée à jeudi.")
    assert MEDICATION in counted, counted


@pytest.mark.parametrize("body", ["Océane Lapointe (PR séropositive) : arthroplastie du genou le 3 juin.",
                                  "Rappeler Chantale Gingras : nausées et éruption après la perfusion."])
def test_oceane_and_chantale_are_given_names(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_mail_merge_template_under_a_greeting_to_a_colleague() -> None:
    confidential, counted = inspect_text(
        "Hi Julien,\nHere is the reminder template:\n\nHello {{first_name}},\nThis is a reminder of your infusion "
        "appointment on {{date}}. If you have a fever or an infection, call us first.\n")
    assert not confidential and PATIENT_NAME not in counted, counted
    # ... while a reminder written to the person keeps its addressee
    confidential, counted = inspect_text(
        "Hello Julien,\nThis is a reminder of your infusion appointment on June 3 for your rheumatoid arthritis. "
        "If you have a fever or an infection, call us first.\n")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Minutes:\n2. Staffing: Karine Lessard back full time in June; rituximab infusions up 10 %.",
     "Personnel : Josée Tardif de retour à temps plein lundi; hausse des perfusions de rituximab."],
)
def test_a_colleague_back_at_work(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_the_birth_of_a_colleague_s_baby() -> None:
    confidential, counted = inspect_text("We are delighted to announce the birth of Léo, born May 2, 2025, 7 lb, to "
                                         "Annie Morin. Mom and baby are doing well!")
    assert not confidential and DATE_OF_BIRTH not in counted, counted
