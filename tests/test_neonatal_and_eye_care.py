"""Causes found in corpus_heldout_131 (an eye clinic) and _133 (a neonatal intensive care unit), written blind and
read in session 24, tested here in other words.

Patients: the newborn's conditions (ICD-10 chapters P and Q, and the abbreviations a unit writes: IVH, ROP, PDA);
a genetic test's result (a zygosity and an alteration); a newborn named by the family name ("BB Gauvin jumelle A",
"PARADIS, bébé garçon"); a child named by the given name alone in the Subject of a parent's thread; a lower-case
name in a Subject ("results: tanya okonkwo") or between a roster's spaced dashes with an age ("— roy denise, 77 a
(331020) —").

Nobody's patients: a colleague's birthday or baby told to the team; an organisation named after a saint
("Saint-Aurèle Mother and Child Centre"); a sender whose encoded display name holds a comma ("Dallaire, Geneviève"),
signing with the name in the other order; a quoted header's date ("Sun, Mar 16").
"""

from __future__ import annotations

from email.header import Header
from email.message import EmailMessage

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.types import DATE_OF_BIRTH, DIAGNOSIS, LAB_RESULT, PATIENT_NAME


@pytest.mark.parametrize(
    "term",
    ["IVH grade II", "hémorragie intraventriculaire de grade 3", "periventricular leukomalacia", "LPV kystique",
     "ROP stage 3 plus", "rétinopathie des prématurés", "PDA hémodynamiquement significatif",
     "persistance du canal artériel", "BPD", "dysplasie bronchopulmonaire", "PPHN", "maladie des membranes hyalines",
     "entérocolite ulcéronécrosante stade II", "hyperbilirubinemia needing phototherapy", "apnées du prématuré",
     "tétralogie de Fallot", "ventricular septal defect", "coarctation", "omphalocèle", "pied bot bilatéral",
     "laryngomalacia", "hypotonie axiale", "neonatal abstinence syndrome", "souffle systolique"],
)
def test_the_newborn_s_conditions(term: str) -> None:
    _, counted = inspect_text(f"Problèmes : {term}.")
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Journée mondiale de la prématurité : kiosque au hall.", "Our unit cares for preterm infants with respiratory "
     "distress.", "Projecteur NEC à la salle 4.", "Database moved to RDS last night."],
)
def test_words_of_the_newborn_s_care_that_name_no_condition(body: str) -> None:
    _, counted = inspect_text(body)
    assert DIAGNOSIS not in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Panel result: heterozygous CFTR deletion.", "Variant pathogène MYH7 retrouvé à l'état hétérozygote.",
     "Compound heterozygous mutations in PKHD1."],
)
def test_a_genetic_result_names_zygosity_and_alteration(body: str) -> None:
    _, counted = inspect_text(body)
    assert LAB_RESULT in counted, counted


def test_a_zygosity_alone_is_a_textbook_s_word() -> None:
    _, counted = inspect_text("Heterozygous carriers are common; the talk covers inheritance.")
    assert LAB_RESULT not in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Bilan pour BB Gauvin jumelle A : CRP 48 mg/L.", "Echo for Baby girl Lachapelle: PDA 2.1 mm, left to right.",
     "PARADIS, bébé garçon (31 2/7 sem) : hyperbilirubinémie, photothérapie.",
     "peux-tu revoir bb moreau? apnées du prématuré x 6 cette nuit"],
)
def test_a_newborn_named_by_the_family_name(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Formation Baby Friendly : allaitement et hyperbilirubinémie.", "Baby shower for Lucie Friday; cake!",
     "bébé confort, poussette et siège d'auto pour la salle des familles; affiche sur l'apnée du prématuré"],
)
def test_a_word_for_a_baby_before_no_family_name(body: str) -> None:
    _, counted = inspect_text(body)
    assert PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("subject", ["Re: Rosalie", "Fwd: Éloïse", "Update on Nathan", "Nouvelles de Léonie"])
def test_a_child_named_by_the_given_name_alone_in_the_subject(subject: str) -> None:
    raw = outbound_mail("Infirmière USIN <usin@hopital.example>", "Parent <parent8812@courriel-perso.example>", subject,
                "Bonjour,\nLa nuit a été calme. L'échographie confirme une communication interventriculaire; "
                "on poursuit le furosémide.\n")
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_given_name_alone_in_the_subject_without_evidence_said_of_someone() -> None:
    raw = outbound_mail("Infirmière USIN <usin@hopital.example>", "Équipe <usin-tous@hopital.example>", "Re: Rosalie",
                "Merci pour la carte de départ, on se voit vendredi au souper.\n")
    _, counted = inspect_mail(raw)
    assert PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [("results: tanya okonkwo", "Pressures this morning:\n- IOP 31/24 mmHg\nThanks"),
     ("labos gagnon mireille", "Résultats : CRP 52 mg/L, leucocytes 14,2.")],
)
def test_a_lower_case_name_in_a_subject(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_lower_case_name_between_a_roster_s_dashes_with_an_age() -> None:
    confidential, counted = inspect_text(
        "Patients pour la nuit :\n1) 4e Sud ch. 412 — roy denise, 77 a (331020) — glaucome aigu OD, PIO 48 mmHg. "
        "À faire : iridotomie demain\n")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Jeudi on souligne l'anniversaire de Chantal Lévesque (née le 3 mars 1979, chut!). Gâteau à 14 h.",
     "We're celebrating Omar Haddad's birthday (born May 2, 1990) — pizza at noon.",
     "Bonne nouvelle : Mélissa Caron a accouché de Thomas, né le 4 février 2025, 3 210 g. Tout va bien!"],
)
def test_a_colleague_s_birthday_or_baby_is_no_patient_s_birth_date(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and DATE_OF_BIRTH not in counted, counted


def test_a_patient_s_delivery_keeps_the_baby_s_birth_date() -> None:
    confidential, counted = inspect_text("Mme Mélissa Caron a accouché de Thomas, né le 4 février 2025 à 3 h 10; "
                                         "ictère à 36 h, bilirubine 240 µmol/L. Visite postnatale à prévoir.")
    assert confidential and DATE_OF_BIRTH in counted, counted


def test_an_organisation_named_after_a_saint_is_no_person() -> None:
    confidential, counted = inspect_text("Ressources humaines\nSaint-Aurèle Mother and Child Centre\n"
                                         "Poste : inhalothérapeute, soins aux nouveau-nés (sepsis, détresse)")
    assert not confidential and PATIENT_NAME not in counted, counted
    # ... while a family name that begins with Saint- stays a person's
    confidential, counted = inspect_text("Patiente Josée Saint-Pierre : sepsis à SGB, ampicilline.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_sender_whose_encoded_display_name_holds_a_comma_signs_in_the_other_order() -> None:
    message = EmailMessage()
    message["From"] = f"{Header('Bélanger, Édith', 'iso-8859-1').encode()} <communications@hopital.example>"
    message["To"] = "Tous <tous@hopital.example>"
    message["Subject"] = "Programme de la journée"
    message.set_content("Bonjour,\nLe programme : glaucome, uvéite, rétinopathie diabétique.\n\nÉdith Bélanger\n")
    confidential, counted = inspect_mail(message.as_bytes())
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_quoted_header_s_weekday_and_month_are_no_name() -> None:
    _, counted = inspect_text("From: Parent <p@courriel-perso.example>\nDate: Sun, Mar 16, 2025 at 08:59 AM\n"
                              "Il fait une hernie inguinale bilatérale, je suis inquiet.")
    assert PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Dépistage pour LEMIEUX Kaïs (31 4/7 sem AGPM) : ROP stade 1 zone II.",
     "Echo for Theo Marchetti (29+3 wks): PDA 2.4 mm, furosemide started."],
)
def test_a_name_said_with_the_newborn_s_gestational_age(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_course_s_length_in_weeks_is_no_gestational_age() -> None:
    _, counted = inspect_text("Formation Allaitement Plus (12 semaines) : apnées du prématuré, ictère néonatal.")
    assert PATIENT_NAME not in counted, counted
