"""Mail written to the patient (issue 10, items 1 and 7): the greeting names the addressee, second-person
wording of their own care says they are the patient, and "on file as your number" is their own phone.
Near misses: clinicians and employees spoken to in the second person, newsletters, surveys, templates.
All names and 555 numbers are invented.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers._base import Scanner
from sentinelle.classifiers.recognizers._own_contact import YOUR_NUMBER, own_number
from sentinelle.classifiers.recognizers.patient_name._addressee import addressee


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi Priscilla,\n\nWe have to push back your knee surgery to March; the surgeon is away.", "Priscilla"),
        ("Bonjour Mme Thibeault,\nVos résultats de la prise de sang sont arrivés.", "Thibeault"),
        ("Dear Mr. Abernathy:\nYour prescription for the inhaler has been renewed.", "Abernathy"),
        ("Allô Karine !\nTa plaie au pied doit être revue jeudi par l'infirmière.", "Karine"),
        ("Good morning Dmitri Volkov, your dialysis chair moves to the afternoon shift next week.", "Dmitri Volkov"),
    ],
)
def test_the_greeting_names_a_patient_spoken_to_of_their_care(text: str, name: str) -> None:
    found = addressee(text)
    assert found is not None and found[2] == name and text[found[0] : found[1]] == name


@pytest.mark.parametrize(
    "text",
    [
        "Hi Julie,\nYour patient's surgery has been moved to Thursday; can you tell her?",  # a clinician
        "Bonjour Marc,\nVotre quart de jeudi change ; votre vaccin antigrippal est offert lundi.",  # an employee
        "Hi Sophie, your unit's flu clinic starts Monday: bring your vaccine card.",
        "Bonjour à tous,\nPrenez soin de votre santé cet hiver !",  # a newsletter, no one by name
        "Hi Emily,\nThank you for your recent visit. How did we do? Take our two-minute survey.",  # a survey
        "Bonjour Patrick,\nPeux-tu intégrer ce modèle ? « Votre biopsie est prévue le «DATE» »\nMerci",  # "tu"
        "Hi all,\nYour test results portal is down tonight.",
        "The committee met.\n" + "x" * 400 + "\nHi Emily,\nyour surgery is moved.",  # no greeting at the top
    ],
)
def test_clinicians_employees_newsletters_and_surveys_are_no_addressed_patients(text: str) -> None:
    assert addressee(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("We have 613-555-0148 on file as your number.", "613-555-0148"),
        ("Votre numéro au dossier est le 514 555-0102, merci de confirmer.", "514 555-0102"),
        ("Your callback number is (819) 555-0123.", "(819) 555-0123"),
        ("Nous avons le 450-555-0190 dans notre dossier comme votre numéro de téléphone.", "450-555-0190"),
    ],
)
def test_a_number_said_to_be_the_addressees_own(text: str, number: str) -> None:
    hits = Scanner([YOUR_NUMBER]).scan(text).get(YOUR_NUMBER.kind)
    spans = [own_number(text, *hit) for hit in hits]
    assert [text[s[0] : s[1]] for s in spans if s] == [number]


@pytest.mark.parametrize(
    "text",
    ["If that doesn't work, call us at 705-555-0171.", "Notre numéro : 514-555-0100.", "Please update your number."],
)
def test_the_institutions_number_is_not_the_addressees(text: str) -> None:
    hits = Scanner([YOUR_NUMBER]).scan(text).get(YOUR_NUMBER.kind)
    assert [own_number(text, *hit) for hit in hits if own_number(text, *hit)] == []


_classifier = shipped_classifier


def _confidential(to: str, subject: str, body: str) -> bool:
    raw = (
        f"From: Clinique Rivière <rdv@clinique-riviere.example>\nTo: {to}\nSubject: {subject}\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
    )
    return _classifier().inspect(parse_message(raw.encode())).confidential


@pytest.mark.parametrize(
    ("to", "subject", "body", "confidential"),
    [
        ("priscilla.dumont@courriel.example", "Your surgery date",
         "Hi Priscilla,\n\nWe have to push back your knee surgery to March 3. We have 613-555-0148 on file as your "
         "number; the surgeon's office will call you there.\n\nThanks,\nFront desk", True),
        ("r.gauvin@courriel.example", "Votre rendez-vous",
         "Bonjour Raymond,\n\nVotre physiothérapie après votre chirurgie de l'épaule est déplacée à jeudi. Votre "
         "numéro au dossier est le 514 555-0102 : est-il toujours bon ?\n\nL'équipe de réadaptation", True),
        # an employee, a survey, a clinician: harmless
        ("s.nadeau@clinique-riviere.example", "Your schedule",
         "Hi Sophie,\n\nYour shift on Friday moves to nights. We have 613-555-0177 on file as your number for the "
         "call list.\n\nThanks, HR", False),
        ("emily.hart@courriel.example", "How did we do?",
         "Hi Emily,\n\nThank you for your recent visit. We have 613-555-0199 on file as your number; reply STOP to "
         "opt out of surveys.\n\nPatient experience team", False),
        ("dr.lam@clinique-nord.example", "Re: referral",
         "Hi Grace,\n\nYour patient's knee surgery is on March 3. We have 613-555-0111 on file as your number.\n\n"
         "Booking office", False),
    ],
)  # fmt: skip
def test_mail_written_to_the_patient(to: str, subject: str, body: str, confidential: bool) -> None:
    assert _confidential(to, subject, body) is confidential
