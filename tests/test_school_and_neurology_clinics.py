"""Causes found in corpus_heldout_105 (medical billing, read in session 20), _107 (a neurology clinic) and _109
(school nurses and youth clinics), written blind and read in session 21, tested here in other words.

Patients: family names Faker's lists lack (Quebec's own, from the US Census list: Duquette, Tétreault); a form's
pupil ("Élève :", the name on the label's next line as PDF forms are extracted); whom a clinician saw ("J'ai vu A.
Labrecque", "J'ai rencontré john fournier"); an initial and a family name said about on a line above the evidence,
or closing the Subject; a lower-case name after a lead word at a line's start; an invitation's summary with its
description; a family name glued to its initial in a file name, or a listed family name and an old date there (a
birth date); a patient's own mail forwarded by the clinic, told by first-person evidence ("j'ai des brûlures quand
j'urine", "it burns when I pee"); someone's own visit to a disease's clinic ("Mon rendez-vous à la clinique
d'épilepsie"); chart numbers in an aligned table's MRN column or after "épisode". Vocabulary: sleep apnoea's French
forms, eating disorders, head lice, school refusal, a youth's group home, release from detention, neuromyelitis
optica, newer antiseizure drugs, dysuria as a patient writes it.

Nobody's patients: a school vaccination calendar whose nurses fill a "Nurse" column; a school named after a person
("Polyvalente Armand-Lussier"); a vaccine brand and a given name ("Twinrix Junior"); a trainee under a "Student:"
label of an orientation memo; a colleague presented with a role that is no kind of care booked; an employee's own
sick call forwarded on; a clinic that moves; this year's date beside a family name in a file name.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import inspect_mail, inspect_text, scanned_file_mail

from sentinelle.classifiers.recognizers.patient_name._shapes import _known_surname
from sentinelle.classifiers.types import DATE_OF_BIRTH, MRN, PATIENT_NAME


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("bernard duquette / HIV infection / invoice to cancel", "See subject. Can you call to get the new card?"),
        ("", "Nous avons reçu la réclamation C5566073 concernant Mme Lise Arsenault\n(certificat 520841).\n\nPourriez-"
             "vous nous transmettre la confirmation du\ndiagnostic (apnée obstructive du sommeil)?"),
        ("", "The sample of 2025-02-24 for E. Sullivan was billed to the patient ($44.00), the test being private.\n"
             "Result sent to the physician: eGFR 22 mL/min."),
        ("", "Quick billing note: Charlotte Tétreault was recently released from detention; no statements please."),
        ("", "Élève : Maïka Drouin\nGroupe : 1re année\nDiagnostic : diabète de type 1 depuis 2017"),
        ("", "Suivi staturo-pondéral\nÉlève :\nÉloïse Asselin\nDate de naissance :\n2013-10-21\nPoids (kg)\n29.4"),
        ("", "Lors de la vérification d'aujourd'hui, nous avons trouvé des poux chez Alexis Deschênes. Un traitement "
             "doit être fait ce soir."),
        ("", "J'ai rencontré John Fournier (1re secondaire) ce matin pour trouble alimentaire restrictif soupçonné."),
        ("", "Pour info, BEAUDOIN Maya (3e année) : jeune hébergée en foyer de groupe. Rencontre prévue avec la TS."),
        ("", "J'ai vu A. Labrecque en clinique le 6 décembre avec sa mère.\nImpression : TDAH (type mixte)."),
        ("", "J'ai rencontré john fournier (1re secondaire) ce matin pour symptômes dépressifs, PHQ-A à 17."),
        ("", "pour john fournier, dépression majeure suivie au CLSC."),
        ("", "Results back for marie blaise: INR 3.8, on warfarin."),
        ("M. Lapointe – neuromyélite optique (NMOSD, anti-AQP4+)", "Je regarde ça demain."),
        ("M. Mansour - augmenter cénobamate?", "Ok"),
    ],
    ids=["census-surname-lower-case-subject", "apnee-obstructive", "about-initial-line-above", "released-detention",
         "eleve-label", "eleve-label-next-line", "poux", "trouble-alimentaire", "foyer-de-groupe", "vu-initial",
         "rencontre-lower-case", "lead-word-at-line-start", "lower-case-before-colon", "neuromyelite-optique",
         "cenobamate"],
)
def test_a_patient_named_where_school_and_neurology_mail_puts_them(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "On-call list to bill:\n\nBed    MRN        Problem              Code\n-----  ---------  -------------------"
        "  -----\n732A   06128827   plaque psoriasis     08230\n307A   H-7215866  asthma               08230\n",
        "Pour l'épisode DH 01647339, admission du 2024-12-21 : infiltration articulaire pour polyarthrite.",
    ],
    ids=["aligned-mrn-column", "episode-number"],
)
def test_chart_numbers_in_an_aligned_column_or_after_episode(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert MRN in counted, counted


def test_an_episode_s_number_of_a_podcast_is_no_chart() -> None:
    confidential, counted = inspect_text("Épisode 3 du balado : plus de 1234567 écoutes depuis janvier!")
    assert not confidential, counted
    assert MRN not in counted, counted


def test_a_family_name_glued_to_its_initial_in_a_file_name() -> None:
    confidential, counted = inspect_mail(scanned_file_mail("JHughes_cancer_du_sein_2024.pdf"))
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


def test_an_invitation_is_about_the_person_its_summary_names() -> None:
    message = EmailMessage()
    message["From"] = "Rioux, Minh <mrioux@gmf.example>"
    message["To"] = "Martin Nguyen <martin.nguyen@facturation.example>"
    message["Subject"] = "Invitation: appointment to pre-authorize"
    message.set_content("Appointment added. Please submit the pre-authorization request.")
    invitation = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1@gmf.example\r\nDTSTART:20250310T140000Z\r\n"
        "SUMMARY:Walsh\\, Brendan - specialist consultation\r\n"
        "DESCRIPTION:Specialist consultation for major depression. Insurer pre-authorization required.\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    message.add_attachment(invitation.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    confidential, counted = inspect_mail(message.as_bytes())
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "Here is the calendar confirmed with principals.\nSchool\tGrade\tVaccine\tDate\tNurse\n"
        "École Sainte-Clotilde\tGrade 4\tHPV (Gardasil 9)\t2025-01-10\tKarine Desrosiers\n"
        "Riverbend Elementary\tGrade 4\tHPV (Gardasil 9)\t2025-04-01\tMélanie Thériault\n"
        "Maplecrest Elementary\tSecondary 3\tTdap (Boostrix)\t2024-11-26\tCatherine Dufresne\n",
        "Un cas de coqueluche a été signalé chez un élève de Polyvalente Armand-Lussier. Si votre enfant tousse "
        "depuis plus de deux semaines, consultez un médecin.",
        "Sheet: Listes\nVaccins\nHPV (Gardasil 9)\nHepatitis B (Engerix-B)\nHepatitis A-B (Twinrix Junior)\n",
        "Nouvelle cohorte de stage\nStudent:\nLiam Savard\nProgramme : soins infirmiers, formation sur le diabète "
        "lundi.",
        "Nouvelles de l'équipe : Walsh, Brendan - specialist in diabetes education, se joint à nous lundi.",
    ],
    ids=["nurse-column", "school-named-after-a-person", "vaccine-brand-and-given-name", "trainee-student-label",
         "specialist-colleague"],
)
def test_nobody_s_patient_in_school_health_mail(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("word", "known"),
    [("Duquette", True), ("Tétreault", True), ("Tetreault", True), ("Sénécal", True), ("DUQUETTE", True),
     ("Young", False), ("Parent", False), ("Hodgkin", False), ("duquette", False)],
)
def test_census_family_names_are_known_and_ordinary_words_are_not(word: str, known: bool) -> None:
    assert _known_surname(word) is known


@pytest.mark.parametrize(
    "body",
    [
        "Salut,\nPeux-tu regarder?\n\n-----Message d'origine-----\nDe : Josée Tremblay <josee.t71@videoweb.example>\n"
        "Date : 28 mai 2025 07:47\nObjet : question\n\nBonjour,\nj'ai des brûlures quand j'urine depuis 3 jours, "
        "est-ce que je peux passer?\nmerci\nJosée Tremblay",
        "Hi,\n\n---------- Forwarded message ---------\nFrom: Gary Doucet <gdoucet77@mailbox.example>\n"
        "Subject: question\n\nI have an ear infection again, can I get antibiotics without coming in?\nGary Doucet",
        "Could you have a look?\n\n---------- Forwarded message ---------\nFrom: Sylvie Smith "
        "<sylvie.smith6@courriel.example>\nSubject: question\n\nHi,\nit burns when I pee for 3 days now, can I come "
        "to the walk-in?\nthanks\nSylvie Smith",
    ],
    ids=["j-ai-des-brulures", "i-have-an-ear-infection", "burns-when-i-pee"],
)
def test_a_patient_s_own_mail_forwarded_by_the_clinic(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


def test_an_employee_s_own_sick_call_forwarded_is_no_patient_s() -> None:
    body = ("FYI\n\n-----Message d'origine-----\nDe : Julie Roy <julie.roy@videoweb.example>\n\nBonjour, j'ai une "
            "gastro-entérite, je ne pourrai pas faire mon quart de soir.\nJulie Roy")
    confidential, counted = inspect_text(body)
    assert not confidential, counted


def test_a_listed_family_name_and_an_old_date_in_a_file_name_are_a_birth_date() -> None:
    confidential, counted = inspect_mail(scanned_file_mail("EEG_KAUR_Harpreet_1950-03-10.pdf"))
    assert confidential, counted
    assert DATE_OF_BIRTH in counted, counted


def test_a_listed_family_name_and_this_year_s_date_in_a_file_name_are_a_schedule() -> None:
    confidential, counted = inspect_mail(scanned_file_mail("Horaire_KAUR_Harpreet_2026-03-10.pdf"))
    assert not confidential, counted
    assert DATE_OF_BIRTH not in counted, counted


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        ("Allo,\nMon rendez-vous à la clinique d'épilepsie est le 14 mais je n'ai pas de transport.\nOlivier Leclerc",
         True),
        ("Hi,\nMy appointment at the heart failure clinic is on Tuesday; can it be by phone?\nOlivia Leclerc",
         True),
        ("Rappel à l'équipe : la clinique d'épilepsie déménage au 4e étage le 14 mai.\nMerci,\nJulie Roy, agente "
         "administrative", False),
    ],
    ids=["mon-rendez-vous-a-la-clinique", "my-appointment-at-the-clinic", "the-clinic-moves"],
)
def test_someone_s_own_visit_to_a_disease_s_clinic_says_what_they_are_followed_for(body: str,
                                                                                     confidential: bool) -> None:
    verdict, counted = inspect_text(body)
    assert verdict is confidential, counted


@pytest.mark.parametrize(
    ("subject", "body", "confidential"),
    [
        ("Clairance dentaire - I. Vaillancourt",
         "Bonjour, la patiente a une parodontite sévère; extractions de 36 et 37 à prévoir avant la chimiothérapie.",
         True),
        ("Présentation - J. Tremblay", "Bonjour, voici les diapositives de la présentation sur le diabète de type 2.",
         False),
    ],
    ids=["initial-and-family-name-closing-the-subject", "a-talk-s-speaker"],
)
def test_an_initial_and_a_family_name_closing_the_subject(subject: str, body: str, confidential: bool) -> None:
    verdict, counted = inspect_text(body, subject)
    assert verdict is confidential, counted

