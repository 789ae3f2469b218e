"""Causes found in corpus_heldout_123 (a paediatric emergency department) and _125 (a bariatric surgery programme),
written blind and read in session 23, tested here in other words.

Patients: a dose written with its route or frequency, whatever the drug ("Ferinject 500 mg IV"); bariatric
procedures and their complications; a known given name and a family name's initial with what is said of them on
the line ("suivi pour Yves B. : fuite"); a given name that keeps its capital before a lower-case family name ("Ella
hayes (bay 24)"); a lower-case name whose birth date the next line gives; a name in a file name whose evidence lies
in the file itself.

Nobody's patients: a job candidate's CV (its birth date and phone are the candidate's); the writer's given name
signing a de-identified teaching case; a bulleted list of people registered for a course, donors thanked; a
colleague's service anniversary.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import inspect_mail, inspect_text

from sentinelle.classifiers.types import DIAGNOSIS, MEDICATION, PATIENT_NAME


@pytest.mark.parametrize(
    "body",
    ["J'ai réservé Ferinject 500 mg IV mardi.", "Start 75 mg PO BID for 10 days.", "Donner 15 mg/kg PO q4h PRN.",
     "héparine 5000 U SC BID", "ondansétron 4 mg IVD STAT"],
)
def test_a_dose_with_its_route_or_frequency_is_a_medication(body: str) -> None:
    _, counted = inspect_text(body)
    assert MEDICATION in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Prenez 1000 UI par jour cet hiver.", "Sac de 500 g pour la cafétéria.", "Lot 2024 mg IVX45",
     "Course 10 km in 45 min.", "Ratio 50 mg/mL."],
)
def test_an_amount_without_an_order_s_route_is_no_medication(body: str) -> None:
    _, counted = inspect_text(body)
    assert MEDICATION not in counted, counted


@pytest.mark.parametrize(
    "term",
    ["gastric bypass", "dérivation biliopancréatique", "duodenal switch", "staple line leak", "fuite anastomotique",
     "ulcère marginal", "dumping syndrome", "post-RYGB", "OAGB", "SADI-S"],
)
def test_bariatric_procedures_and_complications(term: str) -> None:
    _, counted = inspect_text(f"Antécédents : {term}.")
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize("term", ["thiamine", "Venofer", "iron sucrose", "APAP"])
def test_vitamin_b1_iv_iron_and_acetaminophen(term: str) -> None:
    _, counted = inspect_text(f"Plan: {term} as ordered.")
    assert MEDICATION in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Petit mot pour Gisèle T. : ulcère marginal, j'ajoute pantoprazole.",
     "Can you see Robert L. tomorrow? Dumping syndrome since the bypass.",
     "Re Nathalie P.: dehydration, creatinine up, sleeve 3 weeks ago."],
)
def test_a_given_name_and_an_initial_with_evidence_on_the_line(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Marie C. Tremblay présentera la formation sur le diabète.",  # a middle initial: a full name, no patient cue
     "Merci à Julie R. pour la conférence sur l'obésité.",
     "Gisèle T. a animé l'atelier sur la fuite anastomotique."],
)
def test_a_given_name_and_an_initial_near_a_topic_is_no_patient(body: str) -> None:
    confidential, _ = inspect_text(body)
    assert not confidential


def test_the_sender_s_own_given_name_and_initial_is_no_patient() -> None:
    raw = _mail("Tanya Walsh <tanya.walsh@hopital.example>", "Colin Fraser <colin.fraser@hopital.example>", "note",
                "Tanya W. : dumping syndrome protocol updated, thiamine 100 mg PO DIE in the order set.\nTanya")
    confidential, _ = inspect_mail(raw)
    assert not confidential


@pytest.mark.parametrize(
    "body",
    ["Noah tremblay (civ 12): acidocétose diabétique, parents inquiets",
     "pourrais-tu passer voir Léa gagnon en 4? anaphylaxie",
     "fyi Olivia bergeron in 7: asthma exacerbation again"],
)
def test_a_capitalised_given_name_before_a_lower_case_family_name(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_lower_case_name_whose_birth_date_the_next_line_gives() -> None:
    confidential, counted = inspect_text("sylvie marchetti\nDDN : 1979-03-14 | dossier 4412876\n"
                                         "TDM : fuite anastomotique")
    assert confidential and PATIENT_NAME in counted, counted
    # ... and not a line of ordinary words above a birth date
    _, counted = inspect_text("nouvelle version\nDDN : 1979-03-14")
    assert PATIENT_NAME not in counted, counted


def _mail(sender: str, to: str, subject: str, body: str,
          attachment: tuple[str, str] | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    if attachment is not None:
        file_name, text = attachment
        message.add_attachment(text.encode(), maintype="text", subtype="plain", filename=file_name)
    return message.as_bytes()


_CV = ("Curriculum vitae\nMathilde Ouellette\nTél. : 418 555-0143   Courriel : mathilde.o@courriel.example\n"
       "Date de naissance : 1990-05-17\nFormation : B.Sc. sciences infirmières (2013)\n"
       "Expérience : 8 ans en chirurgie bariatrique, soins des patients diabétiques et obèses\n")


@pytest.mark.parametrize("file_name", ["CV_Ouellette_Mathilde.txt", "Mathilde Ouellette - curriculum.txt"])
def test_a_job_candidate_s_cv_names_no_patient(file_name: str) -> None:
    raw = _mail("RH <rh@hopital.example>", "Chef de service <chef@hopital.example>", "Candidature reçue",
                "Candidature reçue pour le poste d'infirmière. CV en pièce jointe.", (file_name, _CV))
    confidential, counted = inspect_mail(raw)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_discharge_summary_named_resume_is_no_cv() -> None:
    summary = ("Note de congé\nDiagnostic : intoxication à l'acétaminophène\n"
               "Traitement : acétylcystéine IV\nSuivi : pédopsychiatrie")
    raw = _mail("Dre Guay <guay@hopital.example>", "GMF <gmf@clinique.example>", "Note de congé",
                "Note de congé en pièce jointe.", ("resume_BERGERON_Olivia.txt", summary))
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_teaching_case_signed_with_the_writer_s_given_name() -> None:
    raw = _mail("Dre Isabelle Caron <isabelle.caron@hopital.example>", "Résidents <residents@hopital.example>",
                "Cas de la semaine",
                "Cas clinique (dépersonnalisé) : un enfant de 4 ans, asthmatique, SpO2 88 %, salbutamol x3.\n"
                "Les détails pouvant identifier l'enfant ont été retirés.\nIsabelle")
    confidential, _ = inspect_mail(raw)
    assert not confidential


def test_a_patient_s_given_name_alone_on_a_line_is_not_the_writer_s() -> None:
    raw = _mail("Dre Isabelle Caron <isabelle.caron@hopital.example>", "Dr Paul Roy <paul.roy@hopital.example>",
                "Suivi", "Pour l'enfant de la chambre 12, Olivia Bergeron : asthme, SpO2 88 %, salbutamol x3.\n"
                "Olivia Bergeron\nIsabelle")
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Simulation in situ - choc septique, 15 mai.\nInscrits :\n- Julien Paquette\n- Amélie Fortin\n- Sarah Lemay\n"
     "- Kevin Dubé\nLe scénario : nourrisson en détresse respiratoire.",
     "Thanks to our major donors: Ms. Helen Park, Mr. David Ross, for the new ultrasound for the ED.",
     "On souligne les 30 ans de service de Lucie Bernier (née le 3 mars 1970). Elle a connu l'époque des anneaux "
     "gastriques pour l'obésité!"],
)
def test_people_registered_thanked_or_celebrated_are_no_patients(body: str) -> None:
    confidential, _ = inspect_text(body)
    assert not confidential


def test_a_list_of_patients_under_its_own_label_stays_one() -> None:
    confidential, counted = inspect_text("Patients vus :\n- Julien Paquette : choc septique, lactate 4,2\n"
                                         "- Amélie Fortin : bronchiolite, SpO2 89 %")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_capitalised_given_name_with_a_lead_word_and_a_bed() -> None:
    confidential, counted = inspect_text("fyi Maéva côté en 3 encore ce matin : ingestion APAP")
    assert confidential and PATIENT_NAME in counted, counted
    # ... not a sentence's capitalised first word, without a lead word or a bed
    for body in ("Pour Santé mentale, voir le guide sur la dépression.", "Job posting: chronic pain nurse"):
        confidential, _ = inspect_text(body)
        assert not confidential, body


def test_an_appointment_reminder_written_to_the_patient() -> None:
    raw = _mail("Clinique bariatrique <rdv@hopital.example>", "Nadia Roussel <nadia.roussel@courriel.example>",
                "Rappel de rendez-vous",
                "Bonjour Nadia Roussel,\nRappel de votre suivi de 3 mois après votre dérivation gastrique : lundi "
                "9 h, aile C.\nApportez vos suppléments : thiamine 100 mg PO DIE.")
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted
    # ... and not a colleague reminded of a project's follow-up
    raw = _mail("Direction <direction@hopital.example>", "Nadia Roussel <nadia.roussel@hopital.example>",
                "Rappel", "Bonjour Nadia Roussel,\nRappel de votre suivi du projet de la clinique de chirurgie "
                "bariatrique : lundi 9 h.")
    confidential, _ = inspect_mail(raw)
    assert not confidential


def test_a_clinical_term_that_opens_a_line_is_no_name() -> None:
    confidential, counted = inspect_text("Comfort care: a guide for families\nFever of 38.3 C or more: go to the "
                                         "emergency department.")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_subject_s_family_name_and_a_note_whose_subject_goes_without_saying() -> None:
    body = "Bloodwork is back: ferritin 6 ug/L, B12 110 pmol/L.\nReports dizziness since the bypass."
    confidential, counted = inspect_text(body, subject="RE: follow-up Gauthier")
    assert confidential and PATIENT_NAME in counted, counted
    confidential, _ = inspect_text(body, subject="RE: follow-up meeting")
    assert not confidential


# Second round: corpus_heldout_127 (medical imaging) and _129 (diabetes education), read in session 23.

def test_a_week_s_days_as_columns_make_a_rota_of_technologists() -> None:
    rota = ("Technologue\tSecteur\tlun 2\tmar 3\tmer 4\tjeu 5\tven 6\n"
            "Julie Paradis\tÉchographie\t7 h 30-15 h 30\tcongé\t11 h-19 h\tcongé\t7 h 30-15 h 30\n"
            "Marc Lapointe\tIRM\tcongé\t23 h 30-7 h 30\t7 h 30-15 h 30\t15 h 30-23 h 30\tcongé\n")
    confidential, counted = inspect_text(rota)
    assert not confidential and PATIENT_NAME not in counted, counted
    # ... and a patient list by day stays one
    booked = ("Patient\tExamen\tlun 2\tmar 3\tmer 4\tjeu 5\n"
              "Julie Paradis\tÉchographie abdominale\t8 h\t\t\t\nMarc Lapointe\tIRM cérébrale\t\t9 h\t\t\n")
    confidential, counted = inspect_text(booked)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_patient_booked_for_an_examination() -> None:
    confidential, counted = inspect_text("GAGNON, Lise is booked for a CT on Monday; she has no car and receives "
                                         "income support. She was treated for breast cancer in 2019.")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Rupture partielle du sus-épineux, tendinopathie associée.", "Fracture non déplacée du scaphoïde gauche."],
)
def test_an_injury_and_its_kind(body: str) -> None:
    _, counted = inspect_text(body)
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize(
    ("body", "to"),
    [("Hi Rachel,\nHere are my readings since Friday: 12.2, 9.8, 11.4. I'm taking 22 units of Lantus at bedtime.\n"
      "Thanks\nDenise Carrier\n819-555-0177", "Rachel Whitmore <r.whitmore@diabete.example>"),
     ("Bonjour Chantal,\nVoici mes glycémies de la semaine. Je prends toujours 30 unités de Semglee le soir.\n"
      "Gilles Beaupré\n819-555-0133", "Chantal Aubut <c.aubut@diabete.example>")],
)
def test_a_patient_writing_of_their_own_readings_and_doses(body: str, to: str) -> None:
    sender = body.split("\n")[-2]
    raw = _mail(f"{sender} <{sender.split()[0].lower()}@courriel.example>", to, "numbers", body)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_new_employee_s_requirements_and_a_workshop_s_nurse_practitioner() -> None:
    raw = _mail("RH <rh@hopital.example>", "Nadia Roussel <nadia.roussel@hopital.example>", "Bienvenue",
                "Bonjour Nadia,\nBienvenue dans l'équipe! Avant votre première journée, fournissez votre preuve de "
                "vaccination contre l'hépatite B et faites votre test à la tuberculine. Votre rendez-vous : mardi 9 h.")
    confidential, _ = inspect_mail(raw)
    assert not confidential
    confidential, _ = inspect_text("Atelier ; Moment ; Animé par\n"
                                   "Diabète et grossesse ; jeudi 10 h ; Chloé Lavigne, IPS\n"
                                   "Débuter l'insuline ; mardi 13 h ; Marc Dubé, inf.")
    assert not confidential


def test_a_newsletter_s_issue_names_staff() -> None:
    confidential, _ = inspect_text("Congratulations\nKaren Doyle and family welcomed baby Liam on May 3.\nResearch "
                                   "corner: a grant to study kidney stones.", subject="Imaging News - May edition")
    assert not confidential
