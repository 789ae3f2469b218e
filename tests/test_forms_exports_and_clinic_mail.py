"""Causes found in corpus_heldout_70 (emergency department, ambulance, poison control) and _72 (outpatient specialty
clinics and medical imaging), written blind and read in session 16, tested here in other words.

Patients: a form's label cell and its value cell ("Enfant<TAB>Hugo Proulx", as a DOCX table reads); a child whose
parent receives the mail ("Parent de Hugo" <proulx.parent@...> is not Hugo Proulx); a vCard's BDAY; an imaging
export's columns (``PatientName``, ``PatientBirthDate``) and DICOM names ("MARTEL^DENISE"); allergy and culture
results (tryptase, total IgE in kU/L, "culture de gorge positive"); English dates in November; an inflammation
named by its English suffix ("rhinosinusitis"); wet AMD; an initial glued to a surname in a file name
("H.Gagnon_..."); a lower-case name that ends a Subject after a dash; a chart number of nine or ten digits right
after its label; a patient's own mail about their visit ("Je suis allée à votre urgence", "copie de mon dossier");
a sensory disability in a care note ("Legally blind, needs escort").

Nobody's patients: an employee's injury in a message that adjusts the schedule ("Merci d'ajuster l'horaire"); a
colleague's business vCard with a birthday.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import extract
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import DATE_OF_BIRTH, DIAGNOSIS, LAB_RESULT, MRN, PATIENT_NAME


@pytest.mark.parametrize(
    "body",
    [
        "Plan d'urgence – anaphylaxie\nEnfant\tLéa Bergeron\nAllergie\tallergie aux arachides\nMédicament\tEpiPen Jr",
        "Seizure action plan\nChild\tNoah Sinclair\nDiagnosis\tepilepsy\nMedication\tmidazolam",
        "Formulaire de transport\nUsager\tGaston Lévesque\nDestination\tdialyse, Hôpital Régional",
    ],
    ids=["enfant-cell", "child-cell", "usager-cell"],
)
def test_a_forms_label_cell_names_the_patient_in_its_value_cell(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_header_row_of_a_staff_table_names_nobody() -> None:
    body = ("Équipe de la clinique d'allergie\nNom\tPoste\tTéléphone\nLéa Bergeron\tinfirmière\tposte 2231\n"
            "Formation anaphylaxie jeudi : tous les postes.")
    confidential, counted = inspect_text(body)
    assert not confidential, counted


def test_a_child_named_in_the_parents_display_name_is_still_the_patient() -> None:
    body = ("Bonjour,\n\nVoici le plan d'urgence de Hugo Proulx (allergie aux arachides, EpiPen Jr) pour l'école."
            "\n\nCaroline")
    raw = outbound_mail("Caroline Vézina <caroline.vezina@clinique.example>",
                        "Parent de Hugo <proulx.parent97@webmail.example>", "Plan d'urgence", body)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_correspondent_with_the_same_full_name_is_still_staff() -> None:
    body = "Bonjour Hugo,\n\nLa formation sur l'allergie aux arachides est jeudi.\n\nCaroline"
    raw = outbound_mail("Caroline Vézina <caroline.vezina@clinique.example>",
                        "Hugo Proulx <hugo.proulx@clinique.example>", "Formation", body)
    confidential, counted = inspect_mail(raw)
    assert not confidential, counted


def _with_attachment(body: str, data: bytes, maintype: str, subtype: str, filename: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Isabelle Gendron <isabelle.gendron@imagerie.example>"
    message["To"] = "Archives <archives@partenaire.example>"
    message["Subject"] = "Envoi"
    message.set_content(body)
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def _segments(raw: bytes) -> str:
    return "\n".join(s.text for s in extract(parse_message(raw), Limits()).segments)


def test_a_vcards_bday_is_a_date_of_birth() -> None:
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Olivier Vachon\r\nN:Vachon;Olivier;;;\r\n"
            b"TEL;TYPE=HOME:418-555-0162\r\nBDAY:1960-06-14\r\nEND:VCARD\r\n")
    raw = _with_attachment("Fiche contact pour le transport.", card, "text", "vcard", "Vachon.vcf")
    assert "Date of birth: 1960-06-14" in _segments(raw)
    confidential, counted = inspect_mail(raw)
    assert confidential and {PATIENT_NAME, DATE_OF_BIRTH} <= counted, counted


def test_an_imaging_exports_columns_and_dicom_names_are_read() -> None:
    rows = ("AccessionNumber;PatientID;PatientName;PatientBirthDate;Modality;ReasonForStudy\r\n"
            "A92362340;2533180;MARTEL^DENISE;20050827;MR;surdité asymétrique gauche\r\n"
            "A85237537;2254649;TALBOT^YVETTE^^^MME;19790115;CT;toux persistante\r\n")
    raw = _with_attachment("Manifeste des études poussées vers votre PACS.", rows.encode(), "text", "csv",
                           "pacs_export.csv")
    text = _segments(raw)
    assert "Patient Name: MARTEL DENISE" in text and "Patient Birth Date: 20050827" in text, text
    confidential, counted = inspect_mail(raw)
    assert confidential and {PATIENT_NAME, DATE_OF_BIRTH, MRN} <= counted, counted


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Résultats reçus ce matin, à aviser :\n- Nadia Caron : tryptase basale 20,3 µg/L", LAB_RESULT),
        ("Results in, please notify:\n- Derek Walsh: total IgE 1173 kU/L", LAB_RESULT),
        ("Message de Benoît Laflamme au 579-555-0182 : veut savoir si sa culture de gorge est positive.", LAB_RESULT),
        ("Derek Walsh, DOB November 5, 2011, seen for eczema.", DATE_OF_BIRTH),
        ("derek walsh – CT sinuses cancelled, rebook (chronic rhinosinusitis)", DIAGNOSIS),
        ("Gagnon Ginette fundus photo wet AMD", DIAGNOSIS),
        ("Transport pour Gilles Nadeau mardi. Legally blind, needs escort.", DIAGNOSIS),
    ],
    ids=["tryptase", "total-ige-kul", "culture-de-gorge", "november", "itis", "wet-amd", "legally-blind"],
)
def test_clinic_results_and_words_make_the_named_person_a_patient(body: str, kind: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and {PATIENT_NAME, kind} <= counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "Rappel : le dosage de la tryptase est maintenant fait au laboratoire central. Nadia Caron, chef de service.",
        "New AMD processors were installed in the PACS servers. Thanks, Derek Walsh, IT.",
        "La visite d'agrément aura lieu lundi. Merci à Derek Walsh pour la préparation de la visite.",
    ],
    ids=["tryptase-without-value", "amd-processors", "visite-is-no-itis"],
)
def test_the_same_words_without_a_patient_name_nobody(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


def test_an_initial_glued_to_a_surname_in_a_file_name_is_a_name() -> None:
    raw = _with_attachment("En pièce jointe.", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image", "png",
                           "H.Gagnon_lesion_melanome_dos.png")
    assert "H. Gagnon lesion melanome dos.png" in _segments(raw)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_lower_case_name_ending_the_subject_after_a_dash() -> None:
    raw = outbound_mail("Isabelle Gendron <isabelle.gendron@imagerie.example>", "Dr Roy <roy@clinique.example>",
                        "Échographie thyroïdienne – annulée (nodule palpable) – sofia wilson", "Voir objet. Merci !")
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Pour le patient MRN : 006276983 — biopsie : carcinome basocellulaire. Merci de le convoquer.", True),
        ("No de dossier 0012345678, à convoquer.", True),
        ("Appelez-moi au 4185550143 pour le dossier de la formation.", False),
        ("Facture 0012345678 du 3 mars, commande de gants.", False),
        ("Pour le no de dossier, appelez les archives au 450-555-0142.", False),
    ],
    ids=["mrn-nine", "dossier-ten", "phone-near-dossier", "invoice-number", "spaced-phone-near-dossier"],
)
def test_a_long_chart_number_counts_only_right_after_its_label(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected and (MRN in counted) is expected, counted


def test_a_patients_own_mail_about_their_visit_names_the_patient() -> None:
    carried = EmailMessage()
    carried["From"] = "Camille Michaud <camille.michaud23@courriel.example>"
    carried["To"] = "Urgence info <urgence.info@hopital.example>"
    carried["Subject"] = "copie de mon dossier"
    carried.set_content("Bonjour,\n\nJe suis allée à votre urgence le 19 décembre. On m'a fait des radiographies "
                        "(fracture du nez). J'ai besoin d'une copie du rapport.\n\nMerci\nCamille Michaud")
    raw = outbound_mail("Valérie Duchesne <valerie.duchesne@hopital.example>",
                        "Patrick Séguin <patrick.seguin@hopital.example>", "TR: copie de mon dossier",
                        "Demande d'accès reçue, je te la transfère.", carried)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_an_employees_injury_that_adjusts_the_schedule_is_staff_news() -> None:
    body = ("Suite à son entorse lombaire, François Bellemare reprendra le travail en retour progressif lundi : "
            "3 quarts de jour par semaine, pas de mobilisation de patients.\nMerci d'ajuster l'horaire en conséquence.")
    confidential, counted = inspect_text(body)
    assert not confidential, counted


def test_a_patients_insulin_schedule_stays_a_patients() -> None:
    confidential, counted = inspect_text("Mme Lise Côté, diabète de type 2 : merci d'ajuster l'horaire de l'insuline.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_colleagues_business_vcard_birthday_is_no_patients_birth_date() -> None:
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marie-Josee Berube\r\nN:Berube;Marie-Josee;;;\r\n"
            b"ORG:CISSS de Laval;Direction des soins infirmiers\r\nTITLE:Conseillere en soins infirmiers\r\n"
            b"TEL;TYPE=WORK:+1-450-555-0102\r\nBDAY:1980-05-12\r\nEND:VCARD\r\n")
    raw = _with_attachment("Voici les coordonnées de Marie-Josée pour le projet de formation.", card, "text", "vcard",
                           "Marie-Josee Berube.vcf")
    assert "Date of birth" not in _segments(raw)
    confidential, counted = inspect_mail(raw)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Items to review: two-identifier patient check before every exam, allergy clinic.\n\nMarion Kealey\n"
         "Outpatient services manager", False),
        ("Reminder: asthma education sessions resume in May.\n\nDerek Walsh\nClinical nurse specialist", False),
        ("Asthma clinic follow-up:\nMarion Kealey\nseen today for asthma, sent to the nurse", True),
        ("Update from the ward tonight:\n\nMarie Roy\nsent home with the nurse\n"
         "Dx: community-acquired pneumonia, amoxicillin 1 g TID.", True),
        ("Night report:\n\nKevin Doyle\nreferred to the diabetes nurse\nHbA1c 9.8 %, metformin increased.", True),
    ],
    ids=["manager-title", "nurse-specialist-title", "patient-line-mentioning-a-nurse",
         "patient-sent-home-with-the-nurse", "patient-referred-to-the-nurse"],
)
def test_a_name_over_an_english_job_title_signs_the_message(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted
