"""Causes found in corpus_heldout_113 (employee and occupational health), read again in session 22, tested here in
other words.

Patients: an occupational physician's results for an employer's workers, in a table whose columns measure something
on each person (a unit in the header: "Plombémie (µmol/L)", "Anti-HBs (IU/L)", "Seuil 4 kHz (dB)") even beside a
job or employee column; an injury named by the body part it struck ("5th-metacarpal-fx", "supraspinatus tear",
"fx du scaphoïde"), complex regional pain syndrome (CRPS); a drug test's donor with its verdict; a worker in
apposition to a company whose name is a genre word ("chez Carrière Beaulac", a quarry, also alone on a signature's
line); romanised Chinese and Japanese given names, West African ones; a clinician's reply that speaks of the worker by
given name ("The doctor saw Ibrahima yesterday: second-degree burn") over the employer's quoted question naming them in
full.

Nobody's patients: staff tables with no measured column (a vaccination or payroll list), a catalogue that gives
units but no one's name, an injury word without a body part ("wear and tear", "rupture de stock"), a donor of money,
the compensation board's claim file quoted by an employer's adviser, a colleague seen about a clinic's schedule.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.recognizers._tables import MEASURE, STAFF, column_role
from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, PATIENT_NAME


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Plombémie (µmol/L)", MEASURE),
        ("Anti-HBs (UI/L)", MEASURE),
        ("Seuil 4 kHz OG (dB)", MEASURE),
        ("Cholinestérase (U/L)", MEASURE),
        ("PA (mm Hg)", MEASURE),
        ("Salary ($)", STAFF),
        ("Cost (k$)", "product"),
    ],
)
def test_a_header_s_clinical_unit_says_its_cells_are_measured_on_someone(header: str, role: str) -> None:
    assert column_role(header) == role


@pytest.mark.parametrize(
    "body",
    [
        "Voici les résultats de la surveillance biologique.\n\nTravailleur | Poste | Plombémie (µmol/L) | Conduite\n"
        "Julie Tremblay | soudeuse | 1,9 | retrait de l'exposition\nMarc Ouellet | fondeur | 0,6 | contrôle 6 mois\n",
        "Results of last week's screening:\n\nName\tJob title\tAudiogram 4 kHz (dB HL)\tOutcome\n"
        "Kevin Walsh\tforklift operator\t55\trefer to ENT\nAmina Toure\tpacker\t15\tnormal\n",
        "Employé;Poste;Cholinestérase (U/L);Date\nLucie Gagnon;épandeur;3100;2025-06-02\nRéjean Morin;serriste;"
        "5200;2025-06-02\n",
    ],
    ids=["travailleur-plombemie", "name-job-audiogram", "employe-cholinesterase"],
)
def test_an_employer_s_workers_with_values_measured_on_them_are_patients(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert PATIENT_NAME in counted and LAB_RESULT in counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nEmployee | Department | Flu vaccine | Date\nJulie Tremblay | 4B | yes | 2025-10-14\n"
        "Marc Ouellet | Pharmacy | no |\n",
        "Employé;Poste;Salaire ($);Date d'embauche\nLucie Gagnon;commis;52 000;2019-03-01\nRéjean Morin;concierge;"
        "48 500;2021-09-13\n",
        "Article | Glucose (mmol/L) | Lot | Prix\nSolution de contrôle niveau 1 | 5,5 | L2291 | 42,00\n",
    ],
    ids=["staff-vaccination-list", "payroll", "control-solution-catalogue"],
)
def test_staff_lists_and_catalogues_without_a_measured_person_stay_harmless(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("", "Rapport Kevin Ouellet 4th-metatarsal-fx.pdf"),
        ("", "Rapport Mélanie Caron infraspinatus-tear.pdf"),
        ("URGENT IRM - BÉLANGER, Olga - SDRC main G", "Peux-tu trouver une place cette semaine? Requête faxée."),
        ("", "Salut, le Dr Roy a vu Karine Ouellet hier : fx du scaphoïde gauche, plâtre 6 semaines."),
        ("", "Re: Tom Fischer - fx of the left wrist, cast off next week."),
    ],
    ids=["metatarsal-fx-file-name", "infraspinatus-tear-file-name", "sdrc-subject", "fx-du-scaphoide",
         "fx-of-the-wrist"],
)
def test_an_injury_named_by_its_body_part_is_a_diagnosis(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential, counted
    assert DIAGNOSIS in counted and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Normal wear and tear of the chairs is covered, says Julie Roy.",
     "Rupture de stock des gants : Marc Ouellet commande la semaine prochaine.",
     "Livraison dans un radius de 5 km, contactez Kevin Walsh."],
)
def test_an_injury_word_without_a_body_part_is_no_diagnosis(body: str) -> None:
    _, counted = inspect_text(body)
    assert DIAGNOSIS not in counted, counted


def test_a_drug_test_s_donor_with_its_verdict_is_a_patient_and_a_donor_of_money_is_not() -> None:
    confidential, counted = inspect_text("MRO verified result\nDonor: Amina Toure\nSpecimen ID: AB1234567\n"
                                         "Result: POSITIVE - cannabinoids (THC-COOH 22 ng/mL)")
    assert confidential and LAB_RESULT in counted, counted
    confidential, counted = inspect_text("Merci à nos donateurs !\nDonor: Amina Toure\nDon : 500 $ (campagne annuelle)")
    assert not confidential, counted


def test_a_worker_beside_a_company_named_like_a_genre_word_is_a_patient() -> None:
    confidential, counted = inspect_text("Suivi de Rémi Côté, opérateur de chargeuse chez Carrière Dumont : trouble "
                                         "de l'adaptation, sertraline 50 mg.")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("given", ["Xiulan", "Hiroshi", "Qiang"])
def test_romanised_chinese_and_japanese_given_names_are_names(given: str) -> None:
    confidential, counted = inspect_text(f"Peux-tu rappeler {given} Diallo pour devancer son rendez-vous ? Ça "
                                         "s'est aggravé (hernie discale L4-L5).")
    assert confidential and PATIENT_NAME in counted, counted


def test_the_compensation_board_s_claim_file_is_no_patient_cue_in_an_employer_s_mail() -> None:
    confidential, counted = inspect_text(
        "Bonjour Nadia,\nLa SAAQ a accepté la réclamation de Julie Caron (dossier 555 123456) : lésion "
        "professionnelle, entorse lombaire. "
        "Les coûts seront imputés à votre centre d'activités.\nRaj\nConseiller en gestion de l'invalidité"
    )
    assert not confidential, counted


def test_a_given_name_seen_with_evidence_names_the_worker_the_employer_asked_about() -> None:
    confidential, counted = inspect_text(
        "Hi Marc,\nThe doctor saw Ibrahima yesterday: the second-degree burn of the hand is healing slowly, dressing "
        "changes twice a week.\nPaule\nClinical coordinator\n\nOn November 2, 2025, Marc Roy wrote:\n> Hi,\n> When can "
        "Ibrahima Keita come back? We need to plan shifts.\n> Marc Roy\n> Carrière Dumont inc.",
        "RE: Return date - Keita",
    )
    assert confidential and PATIENT_NAME in counted, counted


def test_a_colleague_seen_about_a_clinic_s_topic_is_no_patient() -> None:
    confidential, counted = inspect_text(
        "Hi Marc,\nI saw Julie yesterday: the diabetes clinic schedule for January is ready.\nPaule\n\nOn November 2, "
        "2025, Marc Roy wrote:\n> Hi,\n> Could Julie Tremblay send the January schedule?\n> Marc Roy",
    )
    assert not confidential, counted
