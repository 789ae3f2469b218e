"""Causes found in corpus_heldout_74 (clinic secretaries and a referral centre: bookings, reschedules, sick notes,
social-assistance forms), written blind and read in session 16, tested here in other words.

Patients: a booking confirmation written to the patient about "your endocrinology appointment" (an appointment is
one person's care, like a result); a surname and a given name both in capitals ("SIROIS, RÉJEAN"); cognitive
decline. Not: a place in capitals ("PARIS, FRANCE"). Staff: a colleague away for weeks because of their own
appointment ("sera absent(e) environ 4 semaine(s) en raison de son rendez-vous de suivi").
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.types import PATIENT_NAME


@pytest.mark.parametrize(
    "body",
    [
        "Dear Linh Petrov,\n\nThis confirms your endocrinology appointment with Dr. Rajiv Mehta on Tuesday at 3:45 "
        "p.m. (bone density scan) for follow-up of your osteoporosis.\n\nThank you,\nMélanie Gendron\nBooking clerk",
        "Bonjour Linh Petrov,\n\nVotre prochain rendez-vous en rhumatologie est le lundi 17 mars à 9 h, pour le suivi "
        "de votre polyarthrite rhumatoïde.\n\nMélanie",
    ],
    ids=["your-appointment", "votre-rendez-vous"],
)
def test_a_booking_written_to_the_patient_names_the_patient(body: str) -> None:
    raw = outbound_mail("Mélanie Gendron <m.gendron@clinique.example>", "Linh Petrov <linh.petrov@maboite.example>",
                        "Confirmation", body)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_an_appointment_of_the_staff_is_no_patients() -> None:
    body = ("Hi Linh,\n\nYour appointment with employee health for the annual flu shot is on Tuesday.\n\nMélanie")
    raw = outbound_mail("Mélanie Gendron <m.gendron@clinique.example>", "Linh Petrov <linh.petrov@clinique.example>",
                        "Flu shot", body)
    confidential, counted = inspect_mail(raw)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("SIROIS, RÉJEAN dropped off the social assistance medical report. Diagnosis on file: rheumatoid arthritis.",
         True),
        ("PETROV, CARMEN called asking for a sick note for work because of gastroenteritis.", True),
        ("Hi, I have an appointment on May 19 for my cognitive decline follow-up. Could we move it? Bruno Paradis",
         True),
        ("Congrès PARIS, FRANCE : cancer du sein, trois jours de conférences.", False),
    ],
    ids=["upper-surname-given", "upper-sick-note", "cognitive-decline", "paris-france"],
)
def test_names_in_capitals_and_memory_clinic_words(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected and (PATIENT_NAME in counted) is expected, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chantal Bergeron sera absent(e) environ 4 semaine(s) en raison de son rendez-vous de suivi pour son propre "
         "diabète. Ses dossiers sont redistribués.", False),
        ("Derek Walsh will be off for 6 weeks after his own hip surgery; his clinics are covered.", False),
        ("M. Roy sera absent à son rendez-vous de suivi pour son diabète : le reporter.", True),
    ],
    ids=["absent-for-weeks", "off-for-weeks", "absent-from-his-appointment"],
)
def test_a_colleague_away_for_weeks_is_on_leave(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted
