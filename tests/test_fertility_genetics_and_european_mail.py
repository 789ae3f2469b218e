"""Causes found in corpus_heldout_80 (fertility clinic, medical genetics and prenatal screening, sexual health) and _82
(hospitals and general practitioners in Belgium and France), written blind and read in session 17, tested here in
other words.

Patients: French-market brand names from edsnlp's drug list ("Menopur", "Orgalutran"); ovarian-reserve and cycle
results ("AMH 9,4 pmol/L"); a plan of one's own care written to the patient ("votre calendrier de FIV", "your AMH
was ..."); a pregnancy said with its age, a karyotype, a -centesis; a patient's own forwarded mail about their cycle,
a drug to start, their blood test; a treatment started "last week" (no topic); a family name beside a chart number
in a file name; a compact day-first birth date after its label; chart labels of European records ("IPP", "No DME",
"Hospital #"); a lower-case name written surname first; a lab table in pipes.

Nobody's patients: a drug's unit then the next drug's name ("300 UI, Cetrotide" is no "SURNAME, Given"); a
shortage notice signed by a name over its department ("Pharmacie hospitalière"); a staff calendar.
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, scanned_file_mail

from sentinelle.classifiers.recognizers.patient_name._cues import _topic_use
from sentinelle.classifiers.types import DATE_OF_BIRTH, DIAGNOSIS, LAB_RESULT, MEDICATION, MRN, PATIENT_NAME


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mme Chantal Leroux : Menopur 150 UI ce soir, Orgalutran 0,25 mg à partir de J5.", True),
        ("M. Didier Lhoir sort avec Lasilix 40 mg et Kardegic 75 mg.", True),
        ("Rupture de stock : Menopur 75 UI et Orgalutran 0,25 mg jusqu'au 30 avril. Alternative : Gonal-f.", False),
    ],
    ids=["fertility-brands", "french-brands", "shortage-notice"],
)
def test_french_market_brand_names_are_medications(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted
    if expected:
        assert MEDICATION in counted, counted


def test_a_drugs_unit_then_the_next_drug_is_no_surname_and_given_name() -> None:
    confidential, counted = inspect_text("Protocole antagoniste : Menopur 300 UI, Orgalutran 0,25 mg, "
                                         "Ovitrelle 250 µg.")
    assert not confidential, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Bonjour Sonia,\n\nVoici votre calendrier de FIV : Menopur 225 UI le soir dès le jour 2, écho au jour 6.",
         True),
        ("Good morning Ms. Ouellette,\n\nAs discussed, your AMH was 9.4 pmol/L, so we will start at 225 IU.", True),
        ("Bonjour Sonia,\n\nVoici votre calendrier de garde pour avril : clinique de FIV les lundis.", False),
        ("Hi Sonia,\n\nThe AMH assays now run on the new analyser; reference range 2-48 pmol/L.", False),
    ],
    ids=["votre-calendrier-de-fiv", "your-amh-was", "staff-on-call-calendar", "analyser-notice"],
)
def test_a_plan_or_a_result_of_ones_own_care_written_to_the_patient(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Pelletier, Anne — 21 weeks pregnant, NIPT high risk", "Please call me.", True),
        ("Résultat caryotype — Morin, Élise", "Caryotype 47,XX,+21 confirmé. On en parle demain.", True),
        ("Invitation : Amniocentèse — Mme Savard", "Rendez-vous ajouté à votre agenda.", True),
        ("NIPT programme — annual report", "High risk results fell to 1.8 % of screens; thanks to the team.", False),
    ],
    ids=["weeks-pregnant", "karyotype", "amniocentesis", "programme-report"],
)
def test_prenatal_screening_and_genetic_results(subject: str, body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential is expected, counted


def _forwarded(author: str, address: str, words: str) -> str:
    return ("Can you call her back?\n\nJulie\n\n---------- Forwarded message ---------\n"
            f"From: {author} <{address}>\nSubject: question\n\nHello,\n\n{words}\n\nThanks,\n{author}")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("My period started this morning. Do I start the Menopur tonight as planned?", True),
        ("J'ai eu mes règles hier. Est-ce que je commence le Menopur ce soir ?", True),
        ("Since starting the naproxen last week I have bad heartburn. Should I stop it?", True),
        ("Can you swap my shift on Friday? Should I start the new schedule next week?", False),
    ],
    ids=["my-period", "mes-regles", "started-last-week", "a-colleagues-shift"],
)
def test_a_patients_own_forwarded_mail(words: str, expected: bool) -> None:
    confidential, counted = inspect_text(_forwarded("Nadine Cormier", "nadine.cormier77@mail.example", words))
    assert confidential is expected, counted
    if expected:
        assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("file_name", "expected", "kind"),
    [
        ("Consentement_FIV_Brisebois_4471902.pdf", True, PATIENT_NAME),
        ("GAUTHIER_Noemie_DOB_03041988_echo.docx", True, DATE_OF_BIRTH),
        ("Rapport_4471902_FIV.pdf", False, ""),
        ("Formulaire_FIV_version_2025.pdf", False, ""),
    ],
    ids=["surname-chart-number", "dob-day-first", "report-number", "blank-form"],
)
def test_a_file_name_with_a_chart_number_or_a_compact_birth_date(file_name: str, expected: bool, kind: str) -> None:
    confidential, counted = inspect_mail(scanned_file_mail(file_name, "Voir PJ"))
    assert confidential is expected, counted
    if expected:
        assert kind in counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "IPP 730511248 : anapath revenue, carcinome canalaire infiltrant. RCP jeudi.",
        "No DME 004417301 — lymphome folliculaire, bilan d'extension à prévoir.",
        "The swab of Hospital # K0417733 grew MRSA; please isolate.",
    ],
    ids=["ipp", "no-dme", "hospital-hash"],
)
def test_chart_labels_of_european_and_english_records(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and MRN in counted, counted


def test_a_lower_case_name_written_surname_first_after_a_care_word() -> None:
    confidential, counted = inspect_text("Votre patient lemaire thibault est sorti hier sous clarithromycine et "
                                         "simvastatine 40 mg (risque de rhabdomyolyse).")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_lab_table_in_pipes() -> None:
    body = ("Résultats de Mme Odile Charlier :\n\nAnalyse | Résultat | Unité | Réf.\n---|---|---|---\n"
            "Ferritine | 6 * | µg/l | 15-150\nHémoglobine | 9,2 * | g/dl | 12-16")
    confidential, counted = inspect_text(body)
    assert confidential and LAB_RESULT in counted, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chers prescripteurs,\n\nRupture de stock de méthylphénidate LP 54 mg jusqu'à fin mai. Aucun patient ne doit "
         "rester sans traitement.\n\nAntoine Mertens\nPharmacie hospitalière\nClinique Saint-Luc\n"
         "12 rue des Lilas, 5000 Namur", False),
        ("Chers prescripteurs,\n\nRupture de stock de lévothyroxine 50 µg.\n\nSophie Wauters\nService de pharmacie",
         False),
        ("Conciliation : Mme Odile Charlier, warfarine 5 mg, INR 3,8.\nPharmacie Jean Coutu, 12 rue des Lilas", True),
    ],
    ids=["pharmacie-hospitaliere", "service-de-pharmacie", "a-patients-own-pharmacy"],
)
def test_a_name_over_its_department_signs_the_message(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted
    if expected:
        assert DIAGNOSIS in counted or MEDICATION in counted, counted


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Since starting the sertraline last week I sleep badly.", "sertraline", False),
        ("Il prend la metformine depuis la semaine dernière.", "metformine", False),
        ("Join us for Diabetes Awareness Week in November.", "Diabetes", True),
        ("The asthma clinic moves to the 3rd floor.", "asthma", True),
    ],
    ids=["last-week", "semaine-derniere", "awareness-week", "asthma-clinic"],
)
def test_a_time_after_a_drug_is_no_topic(text: str, term: str, expected: bool) -> None:
    start = text.index(term)
    assert _topic_use(text, start, start + len(term)) is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chute ce matin :\n\nLise Roy\nUnité 4B, lit 12\nfracture de la hanche probable, morphine 2 mg.", True),
        ("Liste du jour :\n\nAndré Caron\nBloc opératoire à 8 h\ncholécystectomie, céfazoline 2 g.", True),
        ("Uniformes : taille 46,XL disponible pour le personnel du bloc, sans frais.", False),
    ],
    ids=["a-patients-unit-under-the-name", "a-patients-or-under-the-name", "a-size-is-no-karyotype"],
)
def test_where_a_patient_lies_is_no_department_and_a_size_no_karyotype(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted
