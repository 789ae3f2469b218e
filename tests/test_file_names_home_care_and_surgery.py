"""Causes found in corpus_heldout_76 (surgery and perioperative care) and _78 (geriatrics, home care, community
pharmacies), written blind and read in session 17, tested here in other words.

Patients: a given name and a family name in a file name, in either order and any case, between underscores or
hyphens ("ulcere_talon_gagnon_lucie.pdf"); a lower-case name after "FYI"; an initial and a family name right before a
birth date ("for R. Castonguay (DOB ...)"); an address reported with a situation at someone's home (abuse, neglect);
a wound's dehiscence and a nerve injury after surgery.

Nobody's patients: a distance and a trip's purpose in a mileage table ("30<TAB>Route" is no address); a blank form's
Subject ("Formulaire : Suivi de plaie"); "bipolar" said of a surgical instrument; a lower-case "person" the NER model
finds after the word patient when it holds a determiner ("patient check before every exam", corpus_heldout_72).
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, scanned_file_mail

from sentinelle.classifiers.recognizers.patient_name._ner import _determined
from sentinelle.classifiers.types import DIAGNOSIS, PATIENT_CONTACT, PATIENT_NAME


def _scan_attached(file_name: str, body: str = "Document numérisé en pièce jointe.\n\nSylvie") -> bytes:
    return scanned_file_mail(file_name, body, sender="Sylvie Dufresne <sylvie.dufresne@clsc.example>",
                             to="Soins de plaies <plaies@partenaire.example>", subject="Numérisation")


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("ulcere_talon_gagnon_lucie_20250311.pdf", True),
        ("fracture-hanche-Denis-Thibault.pdf", True),
        ("BOUCHARD_Yvette_escarre_stade3.pdf", True),
        ("Fortier-Marcel-0612458-escarre.png", True),
        ("grille_suivi_plaie_version_2025.pdf", False),
        ("ulcere_talon_protocole_infirmier.pdf", False),
        ("gagnon_lucie_horaire_mars.pdf", False),
    ],
    ids=["lower-surname-given", "hyphen-given-surname", "upper-surname-given", "surname-given-chart",
         "blank-grid", "protocol-no-name", "name-without-evidence"],
)
def test_a_file_name_names_the_patient_in_either_order(file_name: str, expected: bool) -> None:
    confidential, counted = inspect_mail(_scan_attached(file_name))
    assert confidential is expected, counted
    if expected:
        assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("FYI jacques bergeron fell at home last night, hip fracture, now on apixaban.", True),
        ("Update on denise charron: wound infection, started on cephalexin.", True),
        ("FYI the fall prevention group meets Tuesday at the CLSC; hip fracture rates are down.", False),
    ],
    ids=["fyi-lower-case-name", "update-on-lower-case-name", "fyi-without-a-name"],
)
def test_a_lower_case_name_after_fyi_or_update_on(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Results of the home draw for R. Castonguay (DOB 1941-03-02):\n- creatinine 212 umol/L", True),
        ("Prélèvement à domicile pour L. Ouellet (ddn 1938-11-20) : INR 4,1.", True),
        ("R. Castonguay (ext. 4412) will present the creatinine audit on 1941 charts at rounds.", False),
    ],
    ids=["initial-surname-dob", "initiale-nom-ddn", "initial-surname-extension"],
)
def test_an_initial_and_a_family_name_before_a_birth_date(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted
    if expected:
        assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Je dois te signaler une situation chez Roger Pelletier. Son fils garde sa carte de guichet.\n"
         "Adresse : 88, rue des Érables, Val-Joli (Québec)", True),
        ("Possible elder abuse: Ruth Campbell, 14 Willow Road, Lachute. Her nephew keeps her pension.", True),
        ("La situation chez nos fournisseurs s'améliore. Livraison au 4200, boulevard Industriel, quai 3.", False),
    ],
    ids=["situation-chez", "elder-abuse", "situation-chez-suppliers"],
)
def test_an_address_reported_with_a_situation_at_home(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted
    if expected:
        assert PATIENT_CONTACT in counted, counted


def test_a_mileage_tables_distance_and_purpose_are_no_address() -> None:
    body = ("Approved: Nadia Ferland, 212 km at $0.55/km.\n\n"
            "Date\tFrom\tTo\tKm\tPurpose\n2025-04-24\tCLSC\tLac-Vert\t30\tRoute\n"
            "2025-04-25\tHome\tVal-Joli\t18\tRoute\n2025-04-26\tCLSC\tVal-Joli\t22\tHome visits")
    confidential, counted = inspect_text(body)
    assert not confidential, counted


def test_a_home_address_in_one_cell_is_still_an_address() -> None:
    body = "Visite à domicile\nUsager\tMme Yvette Boucher\nAdresse\t30 Route 132, Lac-Vert\nMotif\tsoins de plaie"
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_CONTACT in counted, counted


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Formulaire : Suivi de plaie - grille", "Voici la nouvelle version du formulaire. Détruisez les anciennes.",
         False),
        ("Gabarit : Suivi de diabète", "Le gabarit révisé est en pièce jointe.", False),
        ("Gauthier : suivi de plaie", "Plaie au talon gauche, ulcère stade 2, pansement hydrocolloïde.", True),
    ],
    ids=["blank-form", "template", "surname-care-subject"],
)
def test_a_documents_name_in_a_subject_is_no_surname(subject: str, body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential is expected, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Marc-André Viens (Électromed inc.) sera en salle 4 le 12 mai pour la pince bipolaire de scellement.",
         False),
        ("Sarah Klein from the vendor will demo the new bipolar energy generator in OR 3 on Monday.", False),
        ("Mme Lucie Bérubé, bipolaire connue, lithium 300 mg BID, lithémie à faire.", True),
        ("Mme Carole Dion, J+9 cholécystectomie : déhiscence de la plaie, prélèvement fait.", True),
        ("Mr. Omar Haddad had a nerve injury after his shoulder surgery.", True),
    ],
    ids=["bipolar-forceps", "bipolar-generator", "bipolar-patient", "dehiscence", "nerve-injury"],
)
def test_bipolar_instruments_and_surgical_complications(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted
    if expected:
        assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize(
    ("person", "expected"),
    [("every exam", True), ("each visit", True), ("chaque examen", True), ("josée pelletier", False),
     ("mary-jo kowalczyk", False), ("Every Brown", False)],
)
def test_a_lower_case_person_holding_a_determiner_is_no_name(person: str, expected: bool) -> None:
    assert _determined(person) is expected


def test_an_accreditation_checklist_names_no_patient() -> None:
    confidential, counted = inspect_text("Surveyors will visit the diabetes clinic. Items to review: two-identifier "
                                         "patient check before every exam.")
    assert not confidential, counted
