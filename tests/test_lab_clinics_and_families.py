"""Causes found by corpus_dev_v (laboratory, blood bank, infection control) and corpus_dev_w (outpatient
clinics, portals, families writing in), issue 10, each in other words with near misses: a laboratory
technologist's credential, an isolation list whose name column holds initials under a rule drawn with "+",
an operating room before a terse line, tests and procedures that say what someone is investigated for, a
relative who names the person cared for, a result's Subject ending with a surname and an initial, and a
letter quoted under a colleague's signature. All text is invented.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text as _inspect


def test_a_programme_speaker_with_a_technologists_credential_is_staff() -> None:
    body = ("Program – Laboratory Medicine Day\n08:30 Welcome\n09:00 Dr. Anita Ferland - Sepsis: the lab's role\n"
            "13:30 Megan Castonguay, MLT - Hemovigilance: 10 years of transfusion reactions\n"
            "14:15 Julie Roy, T.M. - Anémie ferriprive en grossesse\n")
    assert not _inspect(body)[0]


def test_an_isolation_list_with_initials_under_a_plus_rule_is_a_patient_list() -> None:
    body = ("Tournée PCI 6N — isolements\n"
            "Lit   | Init. | Dossier  | Précautions          | Micro-org.\n"
            "------+-------+----------+----------------------+-------------\n"
            "6N-12 | RL    | 88123407 | Contact              | SARM\n"
            "6N-15 | GB    | M401177  | Gouttelettes/contact | Influenza A\n")
    confidential, counted = _inspect(body)
    assert confidential
    assert "patient_name" in counted


def test_a_staff_table_under_a_plus_rule_stays_harmless() -> None:
    body = ("Affectations 6N\n"
            "Lit   | Init. | Poste | Quart\n"
            "------+-------+-------+------\n"
            "6N-12 | RL    | 4410  | jour\n"
            "6N-15 | GB    | 4411  | soir\n")
    assert not _inspect(body)[0]


@pytest.mark.parametrize(
    "body",
    [
        "Salle 4, Lachance R. (0442109) : extemporané du ganglion sentinelle - POSITIF pour carcinome métastatique.",
        "OR 3, Haddad S. (12-44873): frozen section – POSITIVE for metastatic carcinoma. Surgeon informed 14:02.",
    ],
)
def test_an_operating_room_then_a_surname_and_initial_opens_a_terse_result(body: str) -> None:
    confidential, counted = _inspect(body)
    assert confidential
    assert "patient_name" in counted


def test_a_meeting_room_then_a_colleague_and_a_topic_stays_harmless() -> None:
    assert not _inspect("Salle 4, Lachance R. : formation sur le carcinome métastatique (midi-conférence).")[0]


@pytest.mark.parametrize(
    "body",
    [
        "Hello Nadia Ferland,\nA new result has been posted: \"Polysomnography report - Sleep Clinic\". "
        "Your follow-up is on May 28.",
        "Bonjour Rémi Castonguay,\nUn nouveau document est disponible dans votre dossier : « Résultats tests "
        "épicutanés (patch tests) - Clinique de dermatologie ». Votre rendez-vous de suivi est le 9 mai.",
        "Tomorrow's minor procedure list:\n8:00  Lachance, Stéphane  01290564  punch bx\n"
        "9:00  Ferland, Hélène  H2647209  Mohs nose\n",
    ],
)
def test_tests_and_procedures_say_what_someone_is_investigated_for(body: str) -> None:
    confidential, counted = _inspect(body)
    assert confidential
    assert "diagnosis" in counted


def test_the_same_tests_in_a_clinic_notice_stay_harmless() -> None:
    assert not _inspect("The sleep clinic now books polysomnography within 6 weeks; patch testing resumes in May.")[0]


@pytest.mark.parametrize(
    "body",
    [
        "Hi, my son Thomas (Jun 13, 2016) had his skin prick tests on Tuesday - peanut was positive. We never got "
        "the EpiPen Jr script.",
        "Bonjour, ma fille Léa a été vue à l'urgence hier pour une pneumonie; elle tousse encore.",
    ],
)
def test_a_relative_names_the_person_cared_for(body: str) -> None:
    confidential, counted = _inspect(body)
    assert confidential
    assert "patient_name" in counted


def test_a_relative_named_as_staff_stays_harmless() -> None:
    assert not _inspect("My wife Sarah is the new diabetes educator at the clinic; she starts Monday.")[0]


@pytest.mark.parametrize(
    ("subject", "confidential"),
    [
        ("Résultat bx - Lachance R.", True),
        ("Path result – HADDAD S.", True),
        # the care word names a topic, and the initial closes a colleague's name
        ("Résultats du sondage - Dr Lachance R.", False),
    ],
)
def test_a_results_subject_ending_with_a_surname_and_initial(subject: str, confidential: bool) -> None:
    body = "Patho revenue : carcinome épidermoïde in situ. SVP appeler le patient pour RV d'excision."
    assert _inspect(body, subject)[0] is confidential


def test_a_letter_quoted_under_a_colleagues_signature_is_read() -> None:
    body = ("Bonjour Olivia,\nNous avons transmis la demande de visite à domicile.\nKarine Ferland, audiologiste\n"
            "-----Message d'origine-----\nDe : o.lachance@courriel.example\n"
            "Objet : appareils auditifs de ma mère\n"
            "Bonjour, je suis la fille de Louise Lachance (81 ans). Elle est confuse depuis sa chute. "
            "Pouvez-vous venir à domicile? Adresse : 1494, chemin du Lac, Laval. Tél. (514) 555-0158.\n")
    confidential, counted = _inspect(body)
    assert confidential
    assert {"patient_name", "patient_contact"} <= counted


def test_a_clinic_address_in_a_signature_stays_harmless() -> None:
    body = ("Affectations du personnel – mardi\nLit 1 – Nancy Ferland – N – retour de congé\n"
            "Lit 2 – Patrick Haddad – S – prêt à l'urgence\nLit 3 – Julie Roy – N – prêt à l'urgence\n\n"
            "Martin Lachance\nChef d'unité\nClinique externe de néphrologie\n1095, boul. Saint-Joseph, Montréal\n"
            "Tél. : 514-555-0167 poste 4594\n")
    assert "patient_contact" not in _inspect(body)[1]
