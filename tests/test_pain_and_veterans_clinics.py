"""Causes found in corpus_heldout_119 (a chronic pain clinic) and _121 (veterans' and military health), written blind
and read in session 22, tested here in other words.

Patients: a birth-date label glued to its date in a file name ("DDN19480104") and a family name hyphened to its
initial ("Gingras-S"); a form's two columns on one line ("Patient: Kathleen Labrecque   Chart: ..."); chronic pain as
a pain clinic words it; lower-case rosters sent from a phone ("r. hamelin - tpi", "robitaille s. - lido"); a lower-case
name after a form's label ("Travailleuse : talbot harpreet"), after "voir" / "see", or family name first with a comma
("pour paradis, sylvain"); a sleep study's indices ("IAH 50/h"); a patient handed over ("I'm handing over S. Gagnon");
Punjabi given names.

Nobody's patients: "hearing aids" (not AIDS); "patient information" in a media notice (a role word that qualifies a
thing, where NER found a "name"); a date glued to a word that is no birth-date label; a label's own colon
after the next label; a speed in km/h; a list line that opens with an abbreviation ("p. ex.").
"""

from __future__ import annotations

import pytest
from conftest import inspect_text, shipped_classifier

from sentinelle.classifiers.types import DATE_OF_BIRTH, DIAGNOSIS, LAB_RESULT, PATIENT_NAME, Segment


def _file_name(file_name: str) -> tuple[bool, set[str]]:
    result = shipped_classifier().inspect_segments(
        [Segment("body", "Voir pièce jointe."), Segment(f"filename:{file_name}", file_name)]
    )
    return result.confidential, {f.type for f in result.findings if f.confidence >= 0.6}


@pytest.mark.parametrize("file_name", ["Tremblay-R DDN19550612 lombalgie.pdf", "Bouchard-L DOB19610203 sciatica.pdf"])
def test_a_birth_date_glued_to_its_label_and_a_hyphened_initial_in_a_file_name(file_name: str) -> None:
    confidential, counted = _file_name(file_name)
    assert confidential and {DATE_OF_BIRTH, PATIENT_NAME} <= counted, counted


@pytest.mark.parametrize("file_name", ["Budget DDN2024.pdf", "ADDN19480104 inventaire.pdf"])
def test_a_date_glued_to_no_label_is_no_birth_date(file_name: str) -> None:
    _, counted = _file_name(file_name)
    assert DATE_OF_BIRTH not in counted, counted


def test_a_form_s_two_columns_on_one_line() -> None:
    confidential, counted = inspect_text(
        "Physiotherapy progress report\nPatient: Louise Gagnon   Chart: ABC-2023-1200\nDiagnosis: fibromyalgia"
    )
    assert confidential and PATIENT_NAME in counted, counted
    _, counted = inspect_text("Nom de l'usager: Adresse: 1200, rue Principale")
    assert PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(
    "term",
    ["myofascial pain syndrome", "failed back surgery syndrome", "sevrage des opioïdes", "trigeminal neuralgia",
     "spinal stenosis", "syndrome facettaire", "opioid-induced hyperalgesia"],
)
def test_chronic_pain_as_a_pain_clinic_words_it(term: str) -> None:
    _, counted = inspect_text(f"Diagnostic principal : {term}.")
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("add-ons", "liste de jeudi:\nm. lavoie - bloc (chronic pain syndrome)\ngagnon r. - rfa (facet arthropathy)"),
        ("", "Travailleur : ouellet gurpreet / (3 mai 1970)\nDiagnostic : entorse lombaire, suivi en physiothérapie."),
        ("", "Peux-tu voir gagnon wayne demain ? Hernie discale L5-S1 avec sciatalgie droite."),
        ("", "psg faite cette nuit pour lavoie, sylvain. iah 42/h, apnée obstructive sévère."),
        ("Handover", "I'm handing over S. Gagnon this week. Reminder: PTSD, sertraline 100 mg."),
        ("", "Pour Sandeep Morin : sevrage des opioïdes en cours, morphine réduite de 10 %."),
    ],
    ids=["lower-initial-list", "lower-after-label", "voir-lead", "lower-comma-family-first", "handing-over",
         "punjabi-given-name"],
)
def test_pain_and_veterans_patients_as_their_clinicians_name_them(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("text", "found"), [("IAH 50/h", True), ("AHI 32/h", True), ("Vitesse 90 km/h", False)])
def test_a_sleep_study_s_index_per_hour_is_a_result(text: str, found: bool) -> None:
    _, counted = inspect_text(text)
    assert (LAB_RESULT in counted) is found, counted


def test_hearing_aids_are_no_aids() -> None:
    _, counted = inspect_text("If you wear hearing aids, bring them to your appointment.")
    assert DIAGNOSIS not in counted, counted
    _, counted = inspect_text("Known for AIDS since 2009.")
    assert DIAGNOSIS in counted, counted


def test_an_abbreviation_opening_a_list_line_is_no_initial() -> None:
    _, counted = inspect_text("notes:\nvoir p. ex. - diabète de type 2 chez les jeunes adultes")
    assert PATIENT_NAME not in counted, counted


def test_a_role_word_that_qualifies_a_thing_names_no_one() -> None:
    confidential, counted = inspect_text(
        "Hi all,\nDr. Lavoie will give a radio interview Thursday on the opioid crisis and chronic pain. No patient "
        "information will be shared.\nStéphane Demers\ndepartment manager"
    )
    assert not confidential, counted
