"""Causes found in corpus_heldout_54 and _55 (written blind, read in session 14), tested in other words.

Patients: the writer of a carried message (an attached or forwarded .eml) who speaks of their own care ("This is
Pierre Morin. [...] I still have chest pain", "Je suis Claude Taylor, patiente de la Dre Haddad"), whom the
correspondents' rule took for staff; an autism or obsessive-compulsive diagnosis written as its abbreviation after a
word of care ("Diagnostic : TSA niveau 2"); a chart number written like a local phone number right after its label
("dossier 741-3685").

Nobody's patients: an employee to replace on the schedule while off work with an infection ("Merci de la remplacer
sur l'horaire de soir"), in the body and in the Subject; a date in an attachment's file name ("dossier_20241113.zip").

And from corpus_heldout_58 (mental health and addiction services): a seminar programme attached ("Midis-conférences",
"Conférencier(ère)") names speakers, whatever clinical words its covering text holds; a group schedule's
"Animation" column names facilitators; an inclusive label ("Patient(e) :") names the person cared for; a NAM with
letters for digits after its name ("son nam c'est GAUJ98O41697"); a French term with its article dropped ("trouble de
personnalité limite").

And from corpus_heldout_60 (laboratory medicine): a disease that CIM-10's French labels name only inside longer
labels, in its French form derived from ICD-10-CM's one-word label ("hémochromatose"); a report's wording of the value
("HbA1c : valeur corrigée 9,8 %"); blood ammonia in µmol/L, never a cleaning solution's percentage.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import inspect_text, shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers.mrn import MrnRecognizer
from sentinelle.classifiers.recognizers.patient_name._own_care import carried_correspondents
from sentinelle.classifiers.types import DIAGNOSIS, MRN, PATIENT_NAME, Segment


def _with_carried(cover: str, inner_from: str, inner_subject: str, inner_body: str) -> bytes:
    """A colleague's message that carries another message as an attachment (message/rfc822)."""
    inner = EmailMessage()
    inner["From"] = inner_from
    inner["To"] = "Accueil <accueil@hopital.example>"
    inner["Subject"] = inner_subject
    inner.set_content(inner_body)
    outer = EmailMessage()
    outer["From"] = "Line Dubois <line.dubois@hopital.example>"
    outer["To"] = "Marc Roy <marc.roy@hopital.example>"
    outer["Subject"] = "TR: " + inner_subject
    outer.set_content(cover)
    outer.add_attachment(inner)
    return outer.as_bytes()


def _inspect(raw: bytes) -> tuple[bool, set[str]]:
    inspection = shipped_classifier().inspect(parse_message(raw))
    return inspection.confidential, {f.type for f in inspection.findings if f.confidence >= 0.6}


@pytest.mark.parametrize(
    ("inner_from", "inner_body"),
    [
        ("Pierre Morin <p.morin62@courriel.example>",
         "Hello,\n\nThis is Pierre Morin. My MRI was cancelled and nobody called me back. I still have chest pain "
         "when I climb stairs.\n\nPierre"),
        ("Claude Taylor <ctaylor@boite.example>",
         "Bonjour,\n\nJe suis Claude Taylor, patiente de la Dre Haddad. Depuis la prednisone, j'ai des "
         "étourdissements tous les matins.\n\nClaude"),
        ("Hélène Gagnon <helene.g@poste.example>",
         "Bonjour,\n\nIci Hélène Gagnon. Mon médecin m'a dit de continuer la warfarine mais j'ai encore mal au "
         "mollet.\n\nMerci"),
        ("Owen Clarke <owen.c@mail.example>",
         "Hi,\n\nOwen Clarke here, I'm a patient of Dr. Singh. My blood pressure is still high on ramipril."),
    ],
    ids=["this-is-name-chest-pain", "je-suis-patiente-de", "mon-medecin-warfarine", "patient-of-dr"],
)
def test_the_writer_of_a_carried_message_about_their_own_care_is_a_patient(inner_from: str, inner_body: str) -> None:
    raw = _with_carried("Je te transfère ce courriel reçu sur la boîte générale.", inner_from, "question",
                        inner_body)
    confidential, counted = _inspect(raw)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("inner_from", "inner_body"),
    [
        ("Pierre Morin <pierre.morin@hopital.example>",
         "Bonjour,\n\nPierre Morin, coordonnateur. La formation sur le diabète est reportée au 12 mars; le "
         "module sur l'insuline reste en ligne.\n\nPierre"),
        ("Claude Taylor <claude.taylor@hopital.example>",
         "Hello,\n\nClaude Taylor from pharmacy: metformin 500 mg is back in stock, the apixaban shortage goes "
         "on.\n\nClaude"),
    ],
    ids=["colleague-about-a-training", "colleague-about-a-shortage"],
)
def test_the_writer_of_a_carried_message_about_work_stays_staff(inner_from: str, inner_body: str) -> None:
    raw = _with_carried("FYI", inner_from, "info", inner_body)
    confidential, counted = _inspect(raw)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_only_the_carried_writer_who_speaks_of_their_own_care_leaves_the_correspondents() -> None:
    segments = [
        Segment("attachment:a.eml/header:from", "Pierre Morin"),
        Segment("attachment:a.eml/header:to", "Accueil"),
        Segment("attachment:a.eml/body", "This is Pierre Morin. I still have chest pain."),
        Segment("attachment:b.eml/header:from", "Anne Roy"),
        Segment("attachment:b.eml/body", "The meeting moves to Tuesday."),
    ]
    assert carried_correspondents(segments) == ["Accueil", "Anne Roy"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Retrait - Mélanie Morin", "Bonjour,\n\nMélanie Morin a déclaré un test positif à la COVID-19 ce matin. "
                                    "Retrait du travail de 5 jours. Merci de la remplacer sur l'horaire de soir."),
        ("Work exclusion - Kevin Joseph", "Hello,\n\nKevin Joseph reported a positive influenza test today. Off "
                                          "work until Monday. Please replace on the evening schedule.\n\nThis is "
                                          "employee health information: do not share."),
    ],
    ids=["remplacer-sur-l-horaire", "replace-on-the-schedule"],
)
def test_an_employee_to_replace_on_the_schedule_is_no_patient(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Isolement - Mélanie Morin", "Bonjour,\n\nMélanie Morin, admise au 4e, a un test positif à la COVID-19 ce "
                                      "matin. Isolement gouttelettes-contact en chambre."),
        ("Kevin Joseph", "Kevin Joseph (room 12) tested positive for influenza today; oseltamivir started."),
    ],
    ids=["admitted-patient-positive", "patient-in-a-room"],
)
def test_a_patient_with_the_same_infection_stays_a_patient(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("Suite à notre évaluation de FOURNIER, John, voici le plan. Diagnostic : TSA niveau 2.", True),
        ("Suivi de DUBÉ, Alex pour TOC sévère, sertraline en cours.", True),
        ("Known ASD, seen by Nadia Kaur for a sensory plan.", True),
        ("La TSA s'applique aux achats de fournitures ; voir la TOC du guide.", False),
        ("Tag the ASD team in the shared folder.", False),
    ],
    ids=["diagnostic-tsa", "suivi-toc", "known-asd", "tax-and-table-of-contents", "department-acronym"],
)
def test_autism_and_ocd_abbreviations_count_after_a_word_of_care(body: str, found: bool) -> None:
    from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer

    findings = DiagnosisRecognizer().recognize(Segment("body", body))
    assert any(f.type == DIAGNOSIS for f in findings) is found, findings


@pytest.fixture(scope="module")
def mrn() -> MrnRecognizer:
    from sentinelle.classifiers.evaluate import default_config

    return MrnRecognizer(default_config().mrn_patterns)


@pytest.mark.parametrize(
    ("location", "text", "found"),
    [
        ("body", "Résident ch. 132, dossier 741-3685 : culture urinaire positive.", True),
        ("body", "No de dossier : 741 3685 (à vérifier)", True),
        ("subject", "Résultat culture dossier 741-3685", True),
        ("body", "Rappeler au 741-3685 pour le dossier.", False),
        ("body", "Dossier réglé, tél. 741-3685.", False),
        ("filename:dossier_20241113.zip", "dossier 20241113 zip", False),
        ("filename:dossier_7413685.pdf", "dossier 7413685 pdf", True),
        ("body", "copie du dossier 20241113", True),
    ],
    ids=["labelled-hyphen", "labelled-space", "subject-labelled", "phone-after-call-back", "phone-after-tel",
         "file-name-date", "file-name-chart", "date-shaped-number-in-text"],
)
def test_phone_and_date_shapes_after_a_chart_label(mrn: MrnRecognizer, location: str, text: str,
                                                    found: bool) -> None:
    findings = mrn.recognize(Segment(location, text))
    assert any(f.type == MRN for f in findings) is found, findings


# --- corpus_heldout_58 (mental health and addiction services), read in session 14's second round -------------------


def _verdict(*segments: Segment) -> tuple[bool, set[str]]:
    result = shipped_classifier().inspect_segments(list(segments))
    return result.confidential, {f.type for f in result.findings if f.confidence >= 0.6}


def test_a_seminar_programme_attached_names_speakers_not_patients() -> None:
    programme = ("Midis-conférences\nDate\nConférencier(ère)\nAffiliation\nTitre\n2024-05-16\nPatrick Lacasse\n"
                 "Université Laval\nKétamine dans la dépression résistante\n2024-05-30\nCaroline Gingras\n"
                 "CRD Le Tournant\nClozapine : surveillance hématologique")
    confidential, counted = _verdict(
        Segment("subject", "Programme du printemps"),
        Segment("body", "Voici le programme : kétamine, clozapine et dépression résistante au menu."),
        Segment("attachment:programme.pdf", programme),
    )
    assert not confidential, counted


def test_a_lab_report_attached_under_a_patients_subject_stays_confidential() -> None:
    confidential, counted = _verdict(
        Segment("subject", "Résultats de Caroline Gingras"),
        Segment("body", "Voici ses résultats : clozapine, neutrophiles 1,2."),
        Segment("attachment:resultats.pdf", "Patiente : Caroline Gingras\nNeutrophiles : 1,2 x10^9/L"),
    )
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        ("Horaire des groupes :\n\n| Groupe | Jour | Salle | Animation |\n| Psychoéducation trouble bipolaire | "
         "Lundi | A-12 | Nadia Lavallée |\n| Prévention de la rechute | Jeudi | B-3 | Daniel St-Pierre |", False),
        ("Groupe\tJour\tAnimation\nPsychoéducation trouble bipolaire\tLundi\tNadia Lavallée\nGestion de l'anxiété\t"
         "Mardi\tSimon Proulx", False),
        ("Inscriptions :\n\n| Patient | DDN | Groupe |\n| Nadia Lavallée | 1984-03-02 | Psychoéducation trouble "
         "bipolaire |\n| Daniel St-Pierre | 1979-11-20 | Prévention de la rechute |", True),
    ],
    ids=["group-schedule-animation-column", "spreadsheet-animation-column", "enrolled-patients-with-birth-dates"],
)
def test_a_group_schedules_facilitators_are_staff(body: str, confidential: bool) -> None:
    found, counted = inspect_text(body, "Groupes thérapeutiques")
    assert found is confidential, counted


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        ("Patient(e) : Côté Marilou\nDDN : 28 avril 1973\nTéléphone : 514-555-0174", True),
        ("Usager(ère) : Bédard Louise\nDate de naissance : 1951-02-14", True),
        ("Patient(e) : ______\nDDN : ______", False),
        ("Client(e) : CISSS Exemple\nMontant : 120 $", False),
    ],
    ids=["patient-e", "usager-ere", "blank-form", "institution-fills-the-field"],
)
def test_inclusive_labels_name_the_person_cared_for(body: str, confidential: bool) -> None:
    found, counted = inspect_text(body, "Formulaire")
    assert found is confidential, counted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("apppel de john, son nam c'est GAUJ98O41697, rappeler", True),
        ("RAMQ : gauj 98O4 1697 (lettres puis chiffres)", True),
        ("référence GAUJ98O41697 du dossier fournisseur", False),
        ("son nam c'est GAUJ98O41698, rappeler", False),
    ],
    ids=["o-for-zero-after-nam", "spaced-after-ramq", "no-nam-name", "wrong-check-digit"],
)
def test_a_nam_with_letters_for_digits_after_its_name(text: str, found: bool) -> None:
    from sentinelle.classifiers.recognizers.ramq_nam import RamqNamRecognizer
    from sentinelle.classifiers.types import RAMQ_NAM

    findings = RamqNamRecognizer().recognize(Segment("body", text))
    assert any(f.type == RAMQ_NAM and f.confidence >= 0.6 for f in findings) is found, findings


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Groupe pour trouble de personnalité limite, séance 4", True),
        ("Suivi pour syndrome de côlon irritable, lopéramide au besoin", True),
        ("Atelier sur la formation de la personnalité au travail", False),
    ],
    ids=["article-dropped-de-la", "du-written-de", "not-a-term"],
)
def test_french_terms_match_with_their_article_dropped(text: str, found: bool) -> None:
    from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer

    findings = DiagnosisRecognizer().recognize(Segment("body", text))
    assert any(f.type == DIAGNOSIS for f in findings) is found, findings


# --- corpus_heldout_60 (laboratory medicine), read in session 14's third round -------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Note : cas index - hémochromatose héréditaire, préfère les textos.", True),
        ("Cholangite à répétition, ERCP prévue.", True),
        ("Pancytopénie à l'admission, myélogramme demandé.", True),
        ("Pose de la nouvelle signalisation au 3e étage.", False),
    ],
    ids=["hemochromatose", "cholangite", "pancytopenie", "ordinary-words"],
)
def test_french_forms_of_english_disease_names(text: str, found: bool) -> None:
    from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer

    findings = DiagnosisRecognizer().recognize(Segment("body", text))
    assert any(f.type == DIAGNOSIS for f in findings) is found, findings


def test_french_forms_are_derived_by_suffix_and_only_when_missing() -> None:
    from sentinelle.classifiers.lexicons.build_clinical import french_forms

    english = ["Hemochromatosis", "Cholangitis", "Coma", "Cardiac arrest", "Psoriasis", "Hypokalemia"]
    assert french_forms(english, {"cholangite"}) == ["hemochromatose", "hypokalemie", "psoriase"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Patient : Marc Roy\nHbA1c : valeur émise 5,9 %, valeur corrigée 9,8 %.", True),
        ("Patient: Marc Roy\nPotassium: amended result 6.1 mmol/L", True),
        ("PATIENT(E):    CLOUTIER DAVID\nAmmoniaque : 188 umol/L  ** VALEUR CRITIQUE **", True),
        ("Entretien : solution d'ammoniaque à 5 % pour les planchers, gants obligatoires.", False),
        ("Cleaning: ammonia 5% solution, gloves required; value 12 per case.", False),
    ],
    ids=["valeur-corrigee", "amended-result", "ammonia-critical-value", "cleaning-ammoniaque", "cleaning-ammonia"],
)
def test_a_lab_reports_wording_of_the_value(text: str, found: bool) -> None:
    from sentinelle.classifiers.recognizers.lab_result import LabResultRecognizer
    from sentinelle.classifiers.types import LAB_RESULT

    findings = LabResultRecognizer().recognize(Segment("body", text))
    assert any(f.type == LAB_RESULT for f in findings) is found, findings
