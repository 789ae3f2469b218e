"""Causes found in corpus_heldout_91 (palliative care and hospice) and _93 (a clinical research centre and
trials unit), written blind and read in session 19, and in the misses left from _87 (a refugee clinic); tested
here in other words.

Patients no list knows, named after "pour", "for", "about" with clinical information right after them (NER reads
the name: "Ordonnance pour Mehrangiz Rostami : sertraline 50 mg"); a full name in capitals family name first, no
comma ("pour GAGNON RACHEL ?", a Subject's "TREMBLAY RUTH – cancer du sein"); a colleague asked to "swing by" or
"passer voir" someone, the name in lower case too ("passer voir gingras louise"); a Subject that opens
with a lower-case name ("bergeron lise – warfarine"); a listed family name in capitals and an initial in a file name
("IRM_lombaire_GRONDIN_M_hernie.pdf"); a trial's participants in a visit schedule's "Participant" column; a file
name written in raw 8-bit bytes. Vocabulary: intestinal worms, latent TB (LTBI), suicidal ideation in a patient's
words, a partner who hits, a request or assessment for medical assistance in dying, ARIA-E, intractable hiccups.

Nobody's patients: a speaker thanked for a talk, headings in capitals, a talk "by" someone, a colleague's office to
stop by, a new pump to see, a Subject listing a campaign's fields, a yearly report's capitals and a letter in a
file name, a monthly timesheet's file name, a study's subject codes after "dossiers des sujets", a training's
participant list.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import inspect_mail, inspect_text, scanned_file_mail

from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import extract
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import DIAGNOSIS, MRN, PATIENT_NAME, SOCIAL_INFORMATION


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Résumé pour Tsehay Gebremedhin : diabète de type 2, metformine 500 mg.", ""),
        ("Ordonnance pour Mehrangiz Rostami : sertraline 50 mg, trouble panique.", ""),
        ("The clinic called about Ulugbek Karimov: HbA1c 9.4%, metformin started.", ""),
        ("Bonjour,\n\nMerci de voir BOUCHARD LUCIE demain, délirium post-opératoire.\n\nJulie", ""),
        ("Prélèvements pour KOWALCZUK DENISE : créatinine 312 umol/L", ""),
        ("Comme discuté.", "GAGNON ROGER – pneumonie – congé demain"),
        ("Please swing by Okafor Grace before 3, nausea despite ondansetron", ""),
        ("pourrais-tu passer voir gingras louise demain, escarre sacrée stade 3", ""),
        ("Voir objet.", "bergeron lise – warfarine 5 mg – INR à refaire"),
        ("Heure | Lieu | Participant | Visite | Remarques\n08:30 | Box 2 | N. Lapierre | V4 | hypoglycémie hier soir\n"
         "09:15 | Box 1 | O. Castonguay | V2 | ECG", ""),
    ],
    ids=["ner-after-pour", "ner-after-ordonnance-pour", "ner-after-about", "capitals-family-first",
         "capitals-unlisted-family", "subject-capitals", "swing-by", "passer-voir-lower-case", "subject-lower-case",
         "participant-column"],
)
def test_a_patient_named_where_no_title_says_so(body: str, subject: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Thanks for Sarangerel Bat's talk about COPD, and for the slides on inhalers.", ""),
        ("SOINS PALLIATIFS ET INSUFFISANCE CARDIAQUE : JOURNÉE DE FORMATION DU 12 MARS", ""),
        ("Lunch talk by Julie Roy on diabetes and metformin, Thursday noon.", ""),
        ("Stop by Julie Roy's office for the diabetes binder and the metformin handouts.", ""),
        ("pourrais-tu passer voir la nouvelle pompe demain? diabète et insuline au menu", ""),
        ("Voir objet.", "rappel vaccin – grippe saisonnière – cliniques"),
        ("Participant | Service | Formation\nLucie Morin | Urgence | diabète et insuline\n"
         "Karim Saidi | Soins intensifs | diabète et insuline", ""),
    ],
    ids=["speaker-thanked", "capitals-heading", "talk-by", "stop-by-an-office", "pump-to-see", "campaign-subject",
         "training-list"],
)
def test_nobodys_name_near_clinical_words(body: str, subject: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("file_name", "confidential"),
    [
        ("IRM_lombaire_GRONDIN_M_hernie_discale.pdf", True),
        ("Rapport_ANNUEL_B_diabete.pdf", False),
        ("PLAN_B_insuffisance_cardiaque.pdf", False),
    ],
    ids=["capitals-and-initial", "yearly-report-letter", "plan-b"],
)
def test_a_family_name_and_its_initial_in_a_file_name(file_name: str, confidential: bool) -> None:
    assert inspect_mail(scanned_file_mail(file_name))[0] is confidential


def test_a_monthly_timesheet_file_name_is_no_chart_number_nor_a_patient() -> None:
    raw = scanned_file_mail("FT_Gagnon_202504.xlsx", "Ma feuille de temps d'avril (visites MPOC du samedi).",
                            sender="Julie Gagnon <julie.gagnon@crc.example>")
    confidential, counted = inspect_mail(raw)
    assert not confidential, counted
    assert MRN not in counted


@pytest.mark.parametrize(
    ("body", "chart"),
    [
        ("Je dois revoir les dossiers des sujets 204-117 et 305-022 avant la visite de monitorage.", False),
        ("Study subjects 311-044 and 104-051: their files are ready for the monitor.", False),
        ("Je dois revoir le dossier 2041178 avant la visite de monitorage.", True),
    ],
    ids=["subject-codes", "subject-codes-en", "a-chart"],
)
def test_a_study_subjects_codes_are_no_chart_numbers(body: str, chart: bool) -> None:
    assert (MRN in inspect_text(body)[1]) is chart


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Son fils a encore des vers dans les selles.", DIAGNOSIS),
        ("Starting LTBI treatment next week.", DIAGNOSIS),
        ("Il a dit qu'il pensait à mettre fin à ses jours.", DIAGNOSIS),
        ("She told the interpreter her husband hits her.", SOCIAL_INFORMATION),
        ("Évaluation AMM prévue jeudi.", DIAGNOSIS),
        ("MRI shows ARIA-E after the third infusion.", DIAGNOSIS),
        ("Hoquet persistant malgré la chlorpromazine.", DIAGNOSIS),
    ],
    ids=["worms", "ltbi", "end-his-days", "husband-hits", "maid-assessment", "aria-e", "hiccups"],
)
def test_clinical_and_social_words_as_people_write_them(text: str, kind: str) -> None:
    assert kind in inspect_text(text)[1]


@pytest.mark.parametrize(
    "text",
    ["La politique sur l'aide médicale à mourir est en révision.", "AMM obtenue par Santé Canada pour le produit."],
    ids=["maid-policy", "marketing-authorisation"],
)
def test_medical_assistance_in_dying_as_a_topic_is_no_finding(text: str) -> None:
    assert DIAGNOSIS not in inspect_text(text)[1]


def test_a_file_name_in_raw_8_bit_bytes_is_read_as_written() -> None:
    message = EmailMessage()
    message["From"] = "Secrétariat <secretariat@chu.example>"
    message["To"] = "Dre Roy <roy@partenaire.example>"
    message["Subject"] = "Document"
    message.set_content("Ci-joint.")
    message.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf", filename="placeholder.pdf")
    raw = message.as_bytes().replace(b'filename="placeholder.pdf"', 'filename="Fournier André consult.pdf"'.encode())
    segments = extract(parse_message(raw), Limits()).segments
    assert [s.text for s in segments if s.location.startswith("filename:")] == ["Fournier André consult.pdf"]
