"""Causes found in corpus_heldout_99 (a dental clinic, oral and maxillofacial surgery) and _101 (infectious
diseases and a travel clinic), written blind and read in session 20, tested here in other words.

Patients: an initial and a family name opening a sentence that a hard wrap carries onto the evidence's line, or said
about within a line ("for R. Bellavance"); someone booked ("peux-tu booker ...", "could you book ..."); a listed
family name and a whole date in a file name ("fortin_19720905_kyste_radiculaire.png"). Vocabulary: dental and
oral-surgery conditions and procedures, chronic viral hepatitis as clinics shorten it, vaccines by brand, a
serology's titre ("RPR 1:64").

Nobody's patients: a rota aligned with spaces whose day columns carry dates ("Employé   lun 03/11  mar 04/11"); a
Subject that opens with an acronym and a word ("ENT Forum – programme"); a blank form's field list, which the NER
model may take for a person, and the creation date a word processor keeps in a document's properties.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from conftest import inspect_mail, inspect_text, scanned_file_mail

from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, MEDICATION, PATIENT_NAME


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nG. Lapointe phoned at noon, two days after the removal of his lower wisdom\n"
        "teeth: swelling and a fever of 38.9.\n\nThanks",
        "Orthodontic work for R. Bellavance is finished (skeletal class II, deep bite); surgery next spring.",
        "Salut, peux-tu booker lucie gendron pour son Twinrix #3 mardi? merci",
        "Could you book Ophélie Marchand for a follow-up of her periodontitis next month?",
        "Résultat pour Marc Bérubé : VDRL 1:32, traitement à prévoir.",
    ],
    ids=["initial-hard-wrapped", "initial-said-about", "booker-lower-case", "could-you-book", "titre"],
)
def test_a_patient_named_where_dentists_and_nurses_write_them(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


def test_a_subjects_family_name_in_capitals_beside_a_given_name_no_list_spells_so() -> None:
    # "Évelyne": the list holds the name without its accent; a family name in capitals is no acronym
    confidential, counted = inspect_text("Peux-tu l'ajouter à la liste de jeudi?", "MARCOUX Évelyne – carcinome du col")
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


def test_an_initial_alone_on_its_line_signs_the_sentence_above() -> None:
    body = "Tooth 46 extracted today without complication; dry socket precautions given.\nJ. Lapointe\nhygienist"
    assert PATIENT_NAME not in inspect_text(body)[1]


@pytest.mark.parametrize(
    ("file_name", "confidential"),
    [
        ("fortin_19720905_kyste_radiculaire.png", True),
        ("sérologie_syphilis_Ouellet_19880611.pdf", True),
        # a year and a month is a period (a monthly report), not a day anyone was born or seen
        ("sérologie_syphilis_Ouellet_198806.pdf", False),
    ],
    ids=["surname-and-birth-date", "diagnosis-first", "year-and-month"],
)
def test_a_family_name_and_a_whole_date_in_a_file_name(file_name: str, confidential: bool) -> None:
    assert inspect_mail(scanned_file_mail(file_name))[0] is confidential


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Horaire de la semaine.\n\n"
         "Employé            lun 03/11  mar 04/11  mer 05/11  jeu 06/11\n"
         "-----------------  ---------  ---------  ---------  ---------\n"
         "Nadia Bérard       8h-16h     congé      8h-12h     formation\n"
         "Josée Lamarre      congé      10h-18h    congé      8h-16h\n"
         "Hugo Desjardins    12h-20h    8h-16h     congé      congé\n", ""),
        ("Programme de la journée :\n8:00\tDre Annie Viau\tApnée du sommeil chez l'adulte\n"
         "9:30\tDr Paul Tessier\tBiopsy of oral lesions: when and how", "ENT Forum – programme"),
        ("Identification: name, sex, date of birth, health number, address, phone\nRevised 2019-05-21", ""),
    ],
    ids=["rota-with-dated-days", "acronym-subject", "blank-form-fields"],
)
def test_staff_programmes_and_blank_forms_are_nobodys_patients(body: str, subject: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert not confidential, counted


def _blank_form_docx() -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("Notifiable disease report (blank)")
    document.add_paragraph("Identification: name, sex, date of birth, health number, address, phone")
    document.add_paragraph("Disease: ____________  Onset: ________")
    document.core_properties.author = "Bureau de santé publique"
    document.core_properties.created = datetime(2024, 3, 3, 9, 0, tzinfo=UTC)
    document.core_properties.modified = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_documents_bookkeeping_dates_are_not_read_its_author_is() -> None:
    from sentinelle.classifiers.extractors._common import Budget
    from sentinelle.classifiers.extractors.office import extract_docx

    budget = Budget(max_bytes=10_000_000, max_ratio=100.0, max_members=100, max_chars=100_000)
    text = "\n".join(piece.text for piece in extract_docx(_blank_form_docx(), budget).pieces)
    assert "Bureau de santé publique" in text
    assert not re.search(r"2024-03-0[34]", text), text


def test_a_blank_forms_creation_date_is_no_birth_date() -> None:
    message = EmailMessage()
    message["From"] = "Bureau de santé publique <bsp@chu.example>"
    message["To"] = "Équipe ITSS <itss@partenaire.example>"
    message["Subject"] = "Formulaire mis à jour (vierge)"
    message.set_content("Voici le formulaire vierge à imprimer.")
    message.add_attachment(
        _blank_form_docx(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="formulaire_vierge.docx",
    )
    confidential, counted = inspect_mail(message.as_bytes())
    assert not confidential, counted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Parodontite stade III généralisée, surfaçage radiculaire prévu.", DIAGNOSIS),
        ("Severe bruxism, night guard delivered.", DIAGNOSIS),
        ("Édentation maxillaire complète, prothèse à refaire.", DIAGNOSIS),
        ("Dry socket after the extraction of 38.", DIAGNOSIS),
        ("Greffe osseuse et élévation sinusienne en 26.", DIAGNOSIS),
        ("Open reduction and internal fixation of the mandible on Tuesday.", DIAGNOSIS),
        ("Skeletal class III with mandibular asymmetry.", DIAGNOSIS),
        ("hep C traitée en 2019, RVS confirmée.", DIAGNOSIS),
        ("Shingrix #2 due in March.", MEDICATION),
        ("RPR 1:64 à la sérologie de contrôle.", LAB_RESULT),
        ("Anticorps antinucléaires 1/160, moucheté.", LAB_RESULT),
    ],
    ids=["parodontite", "bruxism", "edentation", "dry-socket", "graft-and-sinus-lift", "fixation-written-out",
         "class-iii", "hep-c", "shingrix", "rpr-titre", "ana-titre"],
)
def test_dental_hepatitis_vaccine_and_serology_words(text: str, kind: str) -> None:
    assert kind in inspect_text(text)[1]


@pytest.mark.parametrize(
    "text",
    ["RPR 1:65 au total.", "VDRL 1:1 témoin.", "Échelle 1:50 000 de la carte."],
    ids=["not-a-doubling", "undiluted", "a-map-scale"],
)
def test_a_ratio_is_no_titre(text: str) -> None:
    assert LAB_RESULT not in inspect_text(text)[1]
