"""Causes found by corpus_dev_s (mental health, addiction, youth services), corpus_dev_t (Belgian and French
partners) and corpus_heldout_9 (specialty clinics; written as a sealed set, unsealed in session 7 after its
first measure showed a false-positive rate of 0.061), issue 10. Each in other words, with near misses: staff
titles that open with "Patient", a staff member's qualification, shift labels, an invitation's summary, a
Subject in capitals after a care word, an initial and a family name, a NAM given in pieces, mental-health
wording, ages said without a unit, a given name with what says who is meant, a nickname and a family name,
Word tables read row by row, a fixed-width sign-out table, rooms written "415-C". All text is invented.
"""

from __future__ import annotations

import io
from email.message import EmailMessage

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import extract
from sentinelle.classifiers.identifiers import ramq_nam
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _inspect(body: str, subject: str = "", sender: str = "Lise Audet <lise.audet@chu-exemple.example>"
             ) -> tuple[bool, set[str]]:
    segments = [Segment("subject", subject)] if subject else []
    result = _classifier().inspect_segments([*segments, Segment("body", body)])
    counted = {f.type for f in result.findings if f.confidence >= 0.6}
    return result.confidential, counted


def _message(body: str, subject: str, attachment: tuple[bytes, str, str, str] | None = None,
             sender: str = "Lise Audet <lise.audet@chu-exemple.example>") -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "intake@partner.example", subject
    message.set_content(body)
    if attachment is not None:
        data, maintype, subtype, filename = attachment
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(message)


def test_a_signature_whose_title_opens_with_patient_is_staff() -> None:
    body = ("Patient experience, Q3: 91 % would recommend the day unit (n=204); top complaint: parking.\n\n"
            "Nora Bellefleur\nPatient Experience Lead\nCardiac Ambulatory Care\nRiverside Health Network\n"
            "212 Riverside Rd., Pointe-Claire, QC\nT 514-555-0148 ext. 2231\n")
    raw = _message(body, "Q3 patient experience", sender="Nora Bellefleur <nora.bellefleur@riverside.example>")
    assert not _classifier().inspect(parse_message(raw)).confidential


def test_a_patients_address_for_a_home_visit_stays_confidential() -> None:
    body = ("New referral for home care nursing:\nOmar Haddad, 71M\n88 Birch Lane, Nepean ON\n"
            "Needs: wound care, sacral ulcer")
    confidential, counted = _inspect(body)
    assert confidential
    assert {"patient_name", "patient_contact"} <= counted


@pytest.mark.parametrize(
    "body",
    [
        "Tomorrow's day-unit staffing:\nRm 4 | Nora Bellefleur | RN | chemo certified\n"
        "Rm 6 | Omar Haddad | RPN | float\nBreak relief: Denis Lavallée.\n",
        "Affectations de demain :\nSalle 2 | Lise Audet | inf. | certifiée chimio\nCharge nurse: Denis Lavallée\n",
    ],
)
def test_a_staffing_list_with_qualifications_and_shift_labels_is_harmless(body: str) -> None:
    assert not _inspect(body)[0]


@pytest.mark.parametrize(
    ("summary", "description", "confidential"),
    [
        ("RDV rhumato – BÉLANGER Martine", "Suivi goutte tophacée. Apporter bilan sanguin.", True),
        ("Clinic visit – OKAFOR Grace", "Follow-up of gouty arthritis on allopurinol.", True),
        ("Réunion – BÉLANGER Martine", "Ordre du jour : budget, horaire d'été.", False),
    ],
)
def test_an_invitations_summary_names_its_patient_like_a_subject(summary: str, description: str,
                                                                 confidential: bool) -> None:
    text = f"Summary: {summary}\nDescription: {description}\nLocation: Clinique, 3e étage"
    result = _classifier().inspect_segments([Segment("attachment:invite.ics", text)])
    assert result.confidential is confidential


@pytest.mark.parametrize(
    ("subject", "confidential"),
    [
        ("Suivi imagerie GAUTHIER ANDRÉ – 18-480763", True),
        ("Follow-up lab NGUYEN THI – H-5521870", True),
        # a project in capitals after the care word, a topic not a person
        ("Suivi imagerie PROJET ALPHA – 18-480763", False),
    ],
)
def test_a_subject_in_capitals_after_a_care_word(subject: str, confidential: bool) -> None:
    body = "Trouvaille fortuite à la TDM : nodule pulmonaire spiculé 14 mm. Votre patient n'a pas de suivi chez nous."
    assert _inspect(body, subject)[0] is confidential


@pytest.mark.parametrize(
    "body",
    [
        "New referral for home care nursing:\nR. Castonguay, 82F\n14 Maple St, Nepean ON\nNeeds: sacral ulcer stage 3",
        "Svp prévoir transport adapté pour L. Castonguay – hémodialyse lun-mer-ven 16h\nAdresse : 12, rue des Pins",
    ],
)
def test_an_initial_and_a_family_name_said_of_a_patient(body: str) -> None:
    confidential, counted = _inspect(body)
    assert confidential
    assert "patient_name" in counted


@pytest.mark.parametrize(
    "body",
    [
        "Horaire de nuit :\nJ. Castonguay – inf. aux. – nuit\nL. Roy – préposé – nuit",
        "Merci à R. Castonguay – présentation sur le diabète très appréciée.",
    ],
)
def test_an_initial_and_a_family_name_of_staff_stays_harmless(body: str) -> None:
    assert not _inspect(body)[0]


def _nam(prefix: str) -> str:
    return prefix + ramq_nam.calc_check_digit(prefix)


def test_a_nam_given_in_pieces_after_its_name_is_found_disguised() -> None:
    nam = _nam("BOUL7562021")
    body = (f"Je t'écris le no d'assurance maladie en morceaux pour que ça passe : {nam[:4]} (lettres) puis "
            f"{nam[4:8]} et {nam[8:]}. C'est pour Sarah (HbA1c 10,2 %).")
    confidential, counted = _inspect(body)
    assert confidential
    assert "ramq_nam" in counted


@pytest.mark.parametrize(
    "body",
    [
        # the same pieces with nothing that says they are a NAM
        "Codes des salles : BOUL (lettres) puis 7562 et 0215, merci.",
        # a NAM's name, but a wrong check digit: pieces alone must be exact
        "No d'assurance maladie en morceaux : BOUL puis 7562 et 021X",
    ],
)
def test_pieces_without_a_nam_name_or_with_a_wrong_check_digit_are_no_nam(body: str) -> None:
    wrong = _nam("BOUL7562021")
    body = body.replace("021X", "021" + str((int(wrong[-1]) + 1) % 10) if wrong[-1].isdigit() else "0219")
    assert "ramq_nam" not in _inspect(body)[1]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Denise Charron - AWOL from unit this AM", "Call me at 4412."),
        ("Re: Charron Denise sevrage ROH", "Peux-tu m'appeler au poste 4412?"),
        ("Mario Gendron relapsed, call me", "Call me at 4412."),
    ],
)
def test_mental_health_wording_in_the_subject(subject: str, body: str) -> None:
    confidential, counted = _inspect(body, subject)
    assert confidential
    assert "patient_name" in counted


@pytest.mark.parametrize(
    "body",
    [
        "Kevin Charron (450 555-0175), 45 ans, dit avoir été vu à votre urgence. Idéation suicidaire avec plan.",
        "Mario Gendron (579 555-0182), 32, called us 3 times overnight. SI with a plan (stockpiled pills).",
        "Following our call: Sophie Gendron, age 16, was seen in the ER last night. Possible domestic violence.",
        "La mère de Jessica (Charron, 28 ans, suivie à la clinique des jeunes psychoses) a appelé : a cessé "
        "quétiapine 300 mg HS.",
        "Signalement concernant le jeune Mathis (15 ans), vu à l'urgence. Antécédents de violence conjugale.",
        "Comme convenu, Tyler (sec. 2, groupe 40) pourra revenir lundi. Hospitalisation en pédopsychiatrie pour "
        "anorexie.",
        "As agreed, Dylan D. (grade 11, homeroom 107) can return Monday after a psychotic episode.",
        "Pour info, « Ti-Gus » (Lachance, celui qui dort au refuge) est arrivé cette nuit en surdose de fentanyl.",
    ],
)
def test_people_named_as_mental_health_and_youth_services_write(body: str) -> None:
    confidential, counted = _inspect(body)
    assert confidential
    assert "patient_name" in counted


@pytest.mark.parametrize(
    "body",
    [
        "Marie Roy (514-555-0199) animera l'atelier sur le diabète.",
        "Julie (poste 2210) s'occupe des inscriptions à la formation sur l'anorexie.",
        "Le projet « Cap Santé » (Bergevin, responsable) vise la prévention du diabète.",
        "Denise Charron, age 52, joins the board; she chaired the diabetes foundation.",
    ],
)
def test_the_same_shapes_about_staff_and_projects_stay_harmless(body: str) -> None:
    assert not _inspect(body)[0]


def test_a_word_table_is_read_row_by_row() -> None:
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("Liste des patients présentés")
    table = document.add_table(rows=3, cols=4)
    for row, values in enumerate((("Nom", "Prénom", "DDN", "N° dossier"),
                                  ("MOREAU", "Thomas", "27/11/1969", "45160327"),
                                  ("LAURENT", "Agathe", "03/06/1946", "80033800"))):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    out = io.BytesIO()
    document.save(out)
    raw = _message("Voir la liste.", "RCP digestive",
                   (out.getvalue(), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "liste.docx"))
    text = next(s.text for s in extract(parse_message(raw), Limits()).segments if s.location.startswith("attachment:"))
    assert "Nom\tPrénom\tDDN\tN° dossier\nMOREAU\tThomas\t27/11/1969\t45160327\n" in text
    assert _classifier().inspect(parse_message(raw)).confidential


def test_a_fixed_width_sign_out_table_with_a_pt_column() -> None:
    body = ("Psych ER sign-out\n"
            "Rm   Pt              MRN        Age  Status            Dx\n"
            "C5   Lachance B.     H8610644   54   voluntary         PTSD\n"
            "C9   Charron D.      46-042-23  52   awaiting bed      major depressive disorder\n")
    confidential, counted = _inspect(body)
    assert confidential
    assert "patient_name" in counted


def test_a_fixed_width_staff_table_with_a_pt_column_is_harmless() -> None:
    body = ("Rehab staffing\n"
            "Rm   PT              Ext        Shift\n"
            "C5   Lachance B.     4410       day\n"
            "C9   Charron D.      4411       evening\n")
    assert not _inspect(body)[0]


def test_rooms_written_number_dash_letter_lead_a_sign_out() -> None:
    body = ("Sign-out for tonight, 4B:\n415-C  Charron, M.  33F  major depressive disorder — NPO after MN\n"
            "420-D  Lachance, S.  7F  colon adenocarcinoma — watch for withdrawal\n")
    confidential, counted = _inspect(body)
    assert confidential
    assert "patient_name" in counted
