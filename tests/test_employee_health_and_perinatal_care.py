"""Causes found in corpus_heldout_62 (paediatrics and obstetrics) and _64 (oncology, palliative care, pharmacy),
written blind and read in session 15, tested here in other words, with near misses.

Nobody's patients: an employee whose exposure, sick note or absence goes to employee health or reshapes the
schedule ("seen by employee health", "vue au bureau de santé", "suivi SST", "I'm reorganising the schedule"); a
staff member who signs with the role on the line above the name ("L'infirmière scolaire" / "Chantal Gauvin").

Patients: a patient's death told to "Dear colleagues" (the greeting is no sign that the dead were a colleague; a
memorial announced further on still is); a transport booking signed from a domain that holds a genre word
("cme-boreal.example" is no continuing-medical-education notice); perinatal loss and obstetric conditions as
maternity mail words them ("mort fœtale in utero", "MFIU", "group B strep"); screening and cognitive scales
charted as results ("EPDS 21", "MoCA 19/30"); a correspondent who writes of their own care — a patient writing
from a personal mailbox to the clinic, or a patient's question quoted in the clinician's reply — whom the
correspondents' rule took for staff. An employee writing of their own health (from the clinic's domain, or about a
shift) stays staff.
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, PATIENT_CONTACT, PATIENT_NAME


@pytest.mark.parametrize(
    "body",
    [
        "Hi Karen,\n\nFor the incident file: Julien Morel was exposed to a cyclophosphamide spill while restocking "
        "the hood. Skin rinsed, no symptoms, seen by employee health at 9.",
        "Bonjour Line,\n\nNadia Bouchard a eu une projection de méthotrexate dans l'œil en salle blanche. Rinçage "
        "immédiat, vue au bureau de santé ce matin.",
        "Bonjour,\n\nFrédéric Caron m'a remis un billet médical : arrêt de 2 semaines (chirurgie). Je réorganise "
        "l'horaire de la préparation des chimiothérapies.",
        "Hello,\n\nAmanda Price hands in a medical note: four weeks off (hip surgery). I'm rearranging the rota "
        "for the infusion clinic.",
    ],
    ids=["employee-health", "bureau-de-sante", "reorganise-horaire", "rearrange-rota"],
)
def test_an_employees_health_news_for_the_employer_is_no_patients(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


@pytest.mark.parametrize(
    "body",
    [
        # (a patient's own schedule of doses is not the service's schedule)
        "Bonjour,\n\nFrédéric Caron, 58 ans, suivi pour un cancer du côlon : modifier l'horaire de ses doses de "
        "capécitabine.",
        "Hello,\n\nAmanda Price was admitted for febrile neutropenia after her third cycle; cefepime started.",
    ],
    ids=["patient-dose-schedule", "patient-admitted"],
)
def test_a_patient_with_the_same_words_stays_a_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_patients_death_told_to_dear_colleagues_is_a_patients() -> None:
    body = ("Dear colleagues,\nMrs. Diane Fortin died peacefully at home last night with her sons present.\n"
            "Please collect the morphine cassettes and the pump tomorrow.")
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "Dear colleagues,\n\nIt is with great sadness that we share that Omar Haddad, a beloved porter, passed away "
        "on Sunday after a long battle with lymphoma.\n\nA celebration of life will be held Friday in the chapel.",
        "Chers collègues,\nNous avons appris le décès de Louise Aubin, emportée par un cancer du pancréas. "
        "Une minute de silence sera observée lundi à 10 h.",
    ],
    ids=["celebration-of-life", "minute-de-silence"],
)
def test_a_colleagues_memorial_stays_staff(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


def test_a_bereaved_familys_funeral_is_still_care() -> None:
    body = ("Hello!\n\nRoger Pelletier died on 03/14/2025 after a long illness (ALS). His wife would like a call "
            "about the funeral and our bereavement group.")
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_genre_word_inside_an_email_domain_is_no_genre() -> None:
    body = ("Allo,\n\nTransport adapté demandé :\nNom : PARENT, Josée\nAdresse de départ : 212, rue des Pins, "
            "Val-Bleu (Québec) G0X 2B0\nTél. : 819-555-0148\nMotif : suivi en néonatalogie\n\nMerci,\n\n"
            "Louise Cyr\nlouise.cyr@cme-nordique.example")
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_CONTACT in counted, counted


def test_a_continuing_education_notice_still_names_no_patients() -> None:
    body = ("Bonjour,\n\nFormation CME : la conférencière Marie Dion présentera la prise en charge du diabète "
            "gestationnel, mercredi 12 h. Inscription : www.cme-nordique.example\n\nMerci,\nLouise Cyr")
    confidential, counted = inspect_text(body)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        ("Chers parents,\n\nRappel : un enfant de la classe de 2e année a une allergie sévère aux noix. Aucune "
         "collation contenant des noix, s.v.p.\n\nL'infirmière scolaire\nNathalie Roy\nÉcole des Trois-Rivières",
         False),
        ("Hello,\n\nReminder: a student in grade 3 has a severe peanut allergy; epinephrine auto-injectors are in "
         "the office.\n\nYour school nurse\nSarah Coleman, RN\nNorth Clinic", False),
        # (the line goes on: a patient's roster line under a role heading)
        ("Infirmière responsable\nNathalie Roy, 82 ans, chute ce matin, hépatite B connue", True),
    ],
    ids=["role-above-name", "role-above-name-credential", "line-goes-on"],
)
def test_a_role_on_the_line_above_a_name_signs_a_message(body: str, confidential: bool) -> None:
    verdict, counted = inspect_text(body)
    assert verdict is confidential, counted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Suivi de deuil pour Mme Lise Roy : mort fœtale in utero à 33 semaines.", True),
        ("Follow-up for Ms. Dana Kerr after a stillbirth at 38 weeks.", True),
        ("Mme Lise Roy, G2P1, MFIU à 31 sem.", True),
        ("Mme Lise Roy : SGB positif à 36 semaines, antibioprophylaxie au travail.", True),
        ("Ms. Dana Kerr is group B strep positive; penicillin in labour.", True),
        ("Ms. Dana Kerr, hyperemesis gravidarum, readmitted for IV fluids.", True),
        ("Mme Lise Roy est une collègue de la néonatalogie.", False),
    ],
    ids=["mort-foetale", "stillbirth", "MFIU", "SGB", "group-b-strep", "hyperemesis", "none"],
)
def test_perinatal_loss_and_obstetric_conditions(text: str, found: bool) -> None:
    _, counted = inspect_text(text)
    assert (DIAGNOSIS in counted) is found, counted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mme Lise Roy : EPDS à 19 aujourd'hui.", True),
        ("Ms. Dana Kerr, PHQ-9: 17, GAD-7 12.", True),
        ("M. Paul Roy, MoCA 21/30 ce matin.", True),
        ("Mr. Paul Roy, MMSE 18/30.", True),
        ("M. Paul Roy, MoCA 31/30.", False),  # over the scale's maximum
        ("M. Paul Roy, MMSE 18/20.", False),  # another scale's maximum
        ("Mr. Paul Roy, PHQ-9 of 40.", False),  # beyond the scale
    ],
    ids=["epds", "phq9-gad7", "moca-over-30", "mmse-over-30", "moca-beyond", "mmse-wrong-maximum", "phq9-beyond"],
)
def test_screening_and_cognitive_scales_charted_as_results(text: str, found: bool) -> None:
    _, counted = inspect_text(text)
    assert (LAB_RESULT in counted) is found, counted



@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Julie,\n\nmes résultats sont arrivés : glycémie à jeun 7,9. le Dr m'avait parlé de diabète "
        "gestationnel, est-ce que je dois changer mon alimentation? je suis rendue à 27 sem.\n\nMerci!\n"
        "Annie Lavoie",
        "Hi Julie,\n\nmy results are in: ferritin 6, hemoglobin 98. The walk-in doctor gave me iron pills, should I "
        "keep taking them? I'm 30 weeks now.\n\nThanks!\nAnnie Lavoie",
    ],
    ids=["fr", "en"],
)
def test_a_patient_writing_from_a_personal_mailbox_of_their_own_care_is_a_patient(body: str) -> None:
    raw = outbound_mail("Annie Lavoie <annie.lavoie77@maboite.example>", "Julie Roy <julie.roy@clinique.example>",
                "mes résultats", body)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        # (the same words from the clinic's own domain: an employee writing to a colleague)
        ("Annie Lavoie <annie.lavoie@clinique.example>",
         "Hi Julie,\n\nmy results are in: ferritin 6, hemoglobin 98. The doctor gave me iron pills.\n\nAnnie Lavoie"),
        # (from a personal mailbox, about a shift: an employee's sick call)
        ("Annie Lavoie <annie.lavoie77@maboite.example>",
         "Hi Julie,\n\nI have a high fever since last night (influenza?), the doctor gave me oseltamivir. I won't "
         "make my shift tonight.\n\nAnnie Lavoie"),
    ],
    ids=["same-domain", "sick-call"],
)
def test_an_employee_writing_of_their_own_health_stays_staff(sender: str, body: str) -> None:
    raw = outbound_mail(sender, "Julie Roy <julie.roy@clinique.example>", "absence", body)
    confidential, counted = inspect_mail(raw)
    assert not confidential, counted


def test_a_reply_to_a_patient_quoting_their_message_about_their_own_care() -> None:
    body = ("Hi Manon,\n\nYes, you can keep breastfeeding during treatment. I'll call you tomorrow.\n\n"
            "Louise Cyr | Lactation consultant\nCentre mère-enfant\n\n"
            "On Monday, May 4, 2026 at 9:03 PM, Manon Paré <manon.pare@maboite.example> wrote:\n"
            "> Hi, I have a sore, swollen breast and a fever since yesterday. Léo is 2 weeks old. The walk-in "
            "doctor gave me cephalexin 500 mg QID, can I keep breastfeeding? Thanks, Manon")
    raw = outbound_mail("Louise Cyr <louise.cyr@cme.example>", "Manon Paré <manon.pare@maboite.example>",
                "RE: breastfeeding", body)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_reply_quoting_a_colleague_about_work_names_no_patient() -> None:
    body = ("Hi Manon,\n\nThanks, noted.\n\nLouise Cyr\n\n"
            "On Monday, May 4, 2026 at 9:03 PM, Manon Paré <manon.pare@maboite.example> wrote:\n"
            "> Hi, I have a bad cold since yesterday, the doctor gave me amoxicillin. I'm off work until Thursday, "
            "can someone cover my shift? Thanks, Manon")
    raw = outbound_mail("Louise Cyr <louise.cyr@cme.example>", "Manon Paré <manon.pare@maboite.example>",
                "RE: absence", body)
    confidential, counted = inspect_mail(raw)
    assert not confidential, counted
