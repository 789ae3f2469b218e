"""Patient names where clinicians put them: causes of the misses measured on two development corpora
written blind (tests/corpus_dev_a, tests/corpus_dev_b; issue 10), one table each.

Every text here is invented for these tests and worded apart from those corpora (other names, units,
problems): each table holds a way of writing that the recognizers missed, and the near misses that must
stay harmless (staff rosters, on-call schedules, phone lists, room bookings, committee lists).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import PATIENT_CONTACT, PATIENT_NAME

SENDER = "Roxanne Duquette <roxanne.duquette@cisss-sud.example>"
COLLEAGUE = "Hugo Marchand <hugo.marchand@cisss-sud.example>"


_classifier = shipped_classifier


def inspect(body: str, subject: str = "Liste", sender: str = SENDER, to: str = COLLEAGUE,
            html: bool = False) -> tuple[bool, tuple[str, ...], frozenset[str]]:
    """(confidential, reasons, finding types counted) of a one-part message."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Message-ID"] = "<dev-causes@cisss-sud.example>"
    message.set_content(body, subtype="html" if html else "plain")
    result = _classifier().inspect(parse_message(message.as_bytes()))
    return result.confidential, result.reasons, frozenset(f.type for f in result.counted)


# --- 1. Handover rosters: a bed or room number, "Surname, I." or "Surname I.", age and sex, a terse problem. ---
@pytest.mark.parametrize(
    ("body", "html"),
    [
        ("Relève soins intensifs, côté B :\n\n"
         "Lit 4  Desrosiers, P.  81H  pneumonie d'aspiration - pipéracilline\n"
         "Lit 7  Kowalczyk, A.  59F  choc septique - norépinéphrine\n"
         "Lit 9  Amiri, B.  44H  pancréatite aiguë - NPO\n", False),
        ("Night list 6 West\n\nRm 12  Okafor, J.  81M  CHF exacerbation - furosemide 40 IV\n"
         "Rm 14  Brennan, W.  67F  DKA - insulin drip\nRm 15  Yilmaz, E.  35M  asthma - salbutamol q4h\n", False),
        # column gaps collapsed by an HTML part: the age and sex end the name
        ("<p>Handover</p><p>Bed 2A Fairweather, G. 77F hip fracture - morphine PRN<br>"
         "Bed 5 Lindqvist, O. 62M pulmonary embolism - heparin<br>Bed 8 Moreau, C. 90F delirium - DNR</p>", True),
        # a bare two-digit bed number and a dash; lines without a clinical word of their own ride on the roster
        ("Liste de nuit 3 Ouest :\n\n12 - Desmarais R. — soluté KCl\n14 - Lapierre J. — isolement C. diff\n"
         "17 - Verville N. — TDM à 7h\n21 - Ouimette S. — O2 3L\n", False),
        ("Sign-out 4 North:\n07 - Halvorsen K. — on warfarin, INR tomorrow\n09 - Ibekwe T. — NPO after midnight\n"
         "11 - Sorensen P. — C. difficile precautions\n", False),
        # a comma before the age and sex; a table's bars
        ("Rm 12: Fairbanks J, 72M, CHF – furosemide\nRm 14: Oduya K, 65F, COPD – prednisone\n", False),
        ("| 12 | Desrosiers, P. | 81 H | pneumonie |\n| 14 | Amiri, B. | 44 H | pancréatite |\n", False),
    ],
)
def test_a_handover_roster_names_its_patients(body: str, html: bool) -> None:
    confidential, reasons, types = inspect(body, subject="Relève", html=html)
    assert confidential and "name_near_clinical" in reasons and PATIENT_NAME in types


@pytest.mark.parametrize(
    "body",
    [
        # an on-call schedule: days of the month, shifts, no clinical word
        "Garde de décembre – médecine interne\n04 - Desrosiers P. - jour\n05 - Amiri B. - nuit\n"
        "06 - Kowalczyk A. - jour\n07 - Okafor J. - soir\n",
        # a staff roster of a diabetes clinic: the disease names the clinic, on a heading
        "Horaire – clinique du diabète\n12 - Lapierre J. - soir\n13 - Verville N. - nuit\n14 - Ouimette S. - jour\n",
        # room bookings: the drug is the topic of a training session
        "Réservations de salles\n201 - Brennan W. - formation sur l'insuline\n203 - Yilmaz E. - 9h à 11h\n"
        "204 - Moreau C. - comité\n",
        # a clinic phone list: extensions, units
        "Bottin du 5e\n2210 - Fairweather G. - pharmacie\n2211 - Lindqvist O. - hémodialyse (accueil)\n"
        "2212 - Halvorsen K. - archives\n",
        # a committee member list, numbered
        "Comité de pharmacologie\n1 - Ibekwe T. (président)\n2 - Sorensen P. - pharmacienne\n"
        "3 - Desmarais R. - soins infirmiers\n",
        # an on-call schedule whose first day names a clinic's topic
        "Garde cardiologie\n01 - Okafor J. - insuffisance cardiaque (consultations)\n02 - Brennan W. - jour\n"
        "03 - Yilmaz E. - nuit\n",
        # the sender herself on a quality-control line
        "Contrôle qualité\n3 - Duquette R. – K 4,2 sur le lot QC-22, conforme\n",
    ],
)
def test_roster_near_misses_stay_harmless(body: str) -> None:
    assert inspect(body, subject="Info")[:2] == (False, ())


# --- 2. A patient named surname-first in the Subject, the clinical word in the Subject or the body. ---
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("LÉVESQUE Noémie - récidive locale", "On en discute jeudi."),
        ("TR: Bastarache Oscar (14/02/1949) - biopsie positive", "Rappelle-moi svp."),
        ("RE: OKONKWO Adaeze - rappel", "Positive biopsy on the left side, please call her back today."),
        ("Whitcombe, Harriet (1950-09-30) - follow-up", "Can we see her next week?"),
        ("Pt ZAWADZKI Ludmila - résultats", "Hb 71, on transfuse demain matin."),
        # the name in a later field of the Subject, upper-case surname first
        ("RE: Suivi MPOC / OKAFOR Chidiebube", "Vu ce matin, saturation 88 %."),
        ("Récidive locale - TREMBLAY-KWAN Soo-Ah", "À convoquer en clinique la semaine prochaine."),
    ],
)
def test_a_subject_that_opens_with_a_patient_name(subject: str, body: str) -> None:
    confidential, reasons, types = inspect(body, subject=subject)
    assert confidential and PATIENT_NAME in types, reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a staff member and a training topic, in the Subject and in the body
        ("Marie-Claude Bérubé - formation sur l'insuffisance cardiaque",
         "La formation sur l'insuffisance cardiaque aura lieu mardi à la salle 3."),
        ("GAGNON Sylvie - horaire des Fêtes",
         "Merci de remplir le tableau de garde. La formation sur le diabète est reportée en janvier."),
        # HR: the recurrence of absences
        ("GAGNON Sylvie - dossier RH", "Récidive d'absences non motivées : rencontre prévue jeudi."),
        # a campaign named by a disease
        ("COVID Vaccination - campagne automnale", "La campagne de vaccination débute lundi à la cafétéria."),
        # the sender herself in the Subject
        ("DUQUETTE Roxanne - absence", "Je serai absente; le comité sur le cancer du sein est reporté."),
        # a committee notice
        ("Comité MPOC - ordre du jour", "Points : protocole d'oxygénothérapie, MPOC, budget."),
        # an institution in a later field of the Subject
        ("Rapport annuel - CHUM Montréal", "Le diabète touche 10 % de notre clientèle."),
        # a date that is a meeting's, after a project name
        ("Projet Horizon (12/03/2019) - bilan", "Le bilan du projet Horizon sur la prévention du diabète est prêt."),
    ],
)
def test_subject_near_misses_stay_harmless(subject: str, body: str) -> None:
    assert inspect(body, subject=subject)[:2] == (False, ())


# --- 3. Call-back and booking lists: "Surname Given — number — reason" under a request to call them. ---
@pytest.mark.parametrize(
    ("body", "html"),
    [
        ("Bonjour,\nLa clinique ferme vendredi (panne d'électricité). Peux-tu rappeler ces patients pour "
         "reporter leur rendez-vous?\n\nBrassard Ophélie — 418-555-2231 — vaccin 4 ans\n"
         "Lemieux Armand — 418-555-7710 — suivi HTA\nPoitras Gisèle — 581-555-0462 — prélèvement\n", False),
        ("<p>Hi Dana,</p><p>Could you call these patients back and rebook? Don't leave the reason for the visit "
         "on voicemail.</p><p>Kowalski, Brenda - 902-555-3381 - prenatal<br>Mbeki, Thabo - 902-555-1907 - "
         "asthma review<br>Nakamura, Kenji - 902-555-6620 - INR</p>", True),
        ("Please call the following patients to rebook:\n1. Abernathy, Quincy - 709-555-0114 - INR\n"
         "2. Oyelaran, Temitope - 709-555-0190 - prenatal\n", False),
        ("Appels à faire (rendez-vous annulés) :\n- Tanguay Rosalie : 819-555-4410 (suivi grossesse)\n"
         "- Vézina Hector : 819-555-2046 (renouvellement insuline)\n", False),
    ],
)
def test_a_call_back_list_names_patients_and_their_phones(body: str, html: bool) -> None:
    confidential, reasons, types = inspect(body, subject="Appels", html=html)
    assert confidential and {PATIENT_NAME, PATIENT_CONTACT} <= types, (reasons, types)


@pytest.mark.parametrize(
    "body",
    [
        # a staff phone list to call for a shift
        "Pour combler le quart de nuit, appeler les infirmières suivantes :\nBrassard Ophélie — 418-555-2231\n"
        "Lemieux Armand — 418-555-7710\n",
        # partner clinics' numbers
        "Pour réorienter les patients, contactez les cliniques suivantes :\nClinique Saint-Roch — 418-555-9000\n"
        "GMF Limoilou — 418-555-9100\nCLSC Haute-Ville — 418-555-9200\n",
        # a committee to call about a meeting
        "Could you call these committee members to confirm Tuesday's meeting?\nKowalski, Brenda - 902-555-3381\n"
        "Mbeki, Thabo - 902-555-1907\n",
        # a public line for volunteers
        "Le comité des usagers recrute des bénévoles pour l'accueil à l'urgence. Les personnes intéressées peuvent "
        "appeler au 418-555-0199.\n",
        # a room booking list with extensions
        "Réservations : appeler ces personnes pour confirmer la salle.\nTanguay Rosalie — 418-555-2231 poste 4410\n"
        "Vézina Hector — 418-555-2231 poste 2046\n",
    ],
)
def test_call_list_near_misses_stay_harmless(body: str) -> None:
    assert inspect(body, subject="Liste")[:2] == (False, ())


# --- A patient's contact details in a care context, whatever else the line names. ---
@pytest.mark.parametrize(
    "body",
    [
        # an institution named earlier in the same line, not as the owner of the address
        "Demande au CLSC pour soins à domicile : Mme Pierrette Gosselin, DDN 1939-05-02, demeure au 218, rue des "
        "Ormes, Lévis, tél. 418-555-3390. Pansement quotidien d'ulcère veineux.\n",
        # a CSV row naming the clinic in another column
        "Nom: Ferreira, Joaquim; DDN: 1955-01-19; Tél.: 514-555-0148; Clinique: anticoagulothérapie; "
        "RDV: 2026-12-14 10:15\n",
        # a child's placement address, far from the birth date, in a youth-protection report
        "Suite à notre appel : Mathis Tessier, 9 ans (DDN 2017-04-11), vu à l'urgence pédiatrique hier soir. "
        "Signalement retenu ce matin, évaluation en cours par l'équipe. L'enfant est placé chez sa tante au "
        "311, rue Saint-Vallier Est, Québec; le père ne doit pas avoir accès.\n",
        # a request to summon the patient at a number
        "Consultation demandée pour M. Réjean Bolduc, 71 ans, fibrillation auriculaire. Merci de le convoquer "
        "directement au 450-555-0831.\n",
    ],
)
def test_patient_contact_beside_an_institution_word(body: str) -> None:
    confidential, reasons, types = inspect(body, subject="Demande")
    assert confidential and PATIENT_CONTACT in types, (reasons, types)


# --- False positives: a room named after a person, a social worker's credential. ---
@pytest.mark.parametrize(
    ("body", "attachment"),
    [
        # a programme whose room is named after someone, beside talks on diseases
        ("Le programme est joint.",
         "09:00  Nadia Rahimi, MD - Pneumonia in nursing homes\n09:30  Paul Ostrowski, MD - Heart failure update\n"
         "Salle Marcel-Aubin / Amphitheatre C\n"),
        ("Programme attached.",
         "10:00  Grand rounds: sepsis in the elderly\nAmphithéâtre Claire-Bouchard, pavillon Lemieux\n"),
        # a list of community resources signed by a social worker (T.S.)
        ("Ressources pour les Fêtes :\n- Maison d'hébergement pour femmes victimes de violence : 514-555-0166\n"
         "- Banque alimentaire : 514-555-0177\nÀ afficher dans vos unités.\nRosalie Tétreault, T.S.\n", ""),
    ],
)
def test_rooms_named_after_people_and_credentials_are_no_patients(body: str, attachment: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = SENDER, COLLEAGUE, "Programme"
    message["Message-ID"] = "<dev-causes-fp@cisss-sud.example>"
    message.set_content(body)
    if attachment:
        message.add_attachment(attachment.encode(), maintype="text", subtype="plain", filename="programme.txt")
    result = _classifier().inspect(parse_message(message.as_bytes()))
    assert (result.confidential, result.reasons) == (False, ())


# --- A letter's or a quoted message's "Objet :" line names whom it is about, not a correspondent. ---
@pytest.mark.parametrize(
    "body",
    [
        "Lettre de consultation\nDestinataire : Dr Pelletier, GMF du Littoral\nObjet : Mme Solange Vigneault, "
        "DDN 1968-02-14\nMerci de m'avoir adressé cette patiente pour une sclérose en plaques récurrente-rémittente.\n",
        "---------- Forwarded message ---------\nFrom: Dr. Amir Haddadi <amir.haddadi@cisss-sud.example>\n"
        "Subject: Mr. Desmond Achterberg - new atrial fibrillation\nPlease see him this week; apixaban started.\n",
    ],
)
def test_a_quoted_subject_line_names_the_patient(body: str) -> None:
    confidential, reasons, types = inspect(body, subject="TR: lettre")
    assert confidential and PATIENT_NAME in types, (reasons, types)


@pytest.mark.parametrize(
    "body",
    [
        "---------- Message transféré ----------\nDe : Lise Caron <lise.caron@cisss-sud.example>\n"
        "Objet : Départ à la retraite de Mme Lise Caron\n"
        "Après 30 ans à la clinique de diabète, je prends ma retraite.\n",
        "-----Original Message-----\nFrom: Amir Haddadi\nSubject: Dr. Joan Whitfield - heart failure clinic schedule\n"
        "The heart failure clinic will close at noon on Friday.\n",
    ],
)
def test_quoted_subject_near_misses_stay_harmless(body: str) -> None:
    assert inspect(body, subject="TR: info")[:2] == (False, ())


# --- A name beside a chart or health number is reported as the patient's, title or not. ---
@pytest.mark.parametrize(
    "body",
    [
        "Summary: Bronchoscopie - Vaillancourt Odile (dossier 77-418265)\nLocation: Salle 4\n",
        "Summary: Cycle 2 chemo - Pemberton, Alistair (MRN 64017729)\nDescription: booked by the day unit\n",
        "Rencontre interdisciplinaire : Gaspard Lheureux, 44 ans, dossier 5530918. Orientation à discuter.\n",
    ],
)
def test_a_name_beside_a_chart_number_is_reported(body: str) -> None:
    confidential, reasons, types = inspect(body, subject="Invitation")
    assert confidential and PATIENT_NAME in types, (reasons, types)


@pytest.mark.parametrize(
    "body",
    [
        # a staff member beside her employee number: no chart number, no patient
        "Mme Lise Caron, matricule 4471823, infirmière, passe au quart de soir le 3 janvier.\n",
        # a supplier's tender file number
        "Le dossier d'appel d'offres 2025114 de Fournitures Gagnon Lucie inc. est complet.\n",
        # an employee's HR file and staff number
        "Merci de mettre à jour le dossier de Quentin Ostrowski, matricule 448 201 337 : passage à temps complet.\n",
    ],
)
def test_no_patient_name_beside_staff_or_tender_numbers(body: str) -> None:
    assert PATIENT_NAME not in inspect(body, subject="Info")[2]


# --- Name columns of a list ("Last: ...; First: ...") and whom a message is about ("concernant X"). ---
@pytest.mark.parametrize(
    "body",
    [
        "Last: Abernathy; First: Quincy; DOB: 1947-08-30; Phone: 709-555-0114; Appt: 2027-01-06 08:30\n"
        "Last: Oyelaran; First: Temitope; DOB: 1962-12-01; Phone: 709-555-0190; Appt: 2027-01-06 09:00\n",
        "Nom de famille : Thériault; Prénom : Lorraine; DDN : 1951-03-17; Motif : suivi MPOC\n",
        "Voici le complément au signalement concernant Tayden Rouleau, né le 02/09/2016, vu hier à l'urgence.\n",
        "Writing regarding Zephyrine Achebe, DOB 1989-06-21, who missed her colposcopy appointment.\n",
        "Pourriez-vous m'envoyer le dossier de Brody Tessier? Suivi post-AVC, aphasie persistante.\n",
    ],
)
def test_name_columns_and_whom_a_message_is_about(body: str) -> None:
    confidential, reasons, types = inspect(body, subject="Suivi")
    assert confidential and PATIENT_NAME in types, (reasons, types)


@pytest.mark.parametrize(
    "body",
    [
        # English prose: "First" and "Last" are ordinary words
        "First, the diabetes clinic moves to the 3rd floor. Last, the insulin pump training is on Monday.\n",
        # a staff schedule with name columns
        "Last: Abernathy; First: Quincy; Unit: Hémodialyse; Shift: Night\n"
        "Last: Oyelaran; First: Temitope; Unit: Oncologie; Shift: Day\n",
        # whom a message is about: an organisation, a new colleague
        "Mise à jour concernant Santé Québec et la campagne de dépistage du cancer colorectal.\n",
        "Une note concernant Maude Pelletier, notre nouvelle coordonnatrice de la clinique de diabète.\n",
    ],
)
def test_name_column_and_about_near_misses_stay_harmless(body: str) -> None:
    assert inspect(body, subject="Info")[:2] == (False, ())


# --- A full name right before a birth date's label, whether or not the given-name list knows it. ---
@pytest.mark.parametrize(
    "body",
    [
        "Following our call: Tayden Okoro (DOB Feb 20, 2014), seen in the paediatric ED last night.\n",
        "Zephyrine Achebe, DDN 1989-06-21, a manqué son rendez-vous de colposcopie.\n",
        "Rapport pour Brody Tessier, né le 24/10/2017 : ecchymoses multiples, explications incohérentes.\n",
    ],
)
def test_a_name_before_a_birth_date_is_a_patient(body: str) -> None:
    confidential, reasons, types = inspect(body, subject="Suivi")
    assert confidential and PATIENT_NAME in types, (reasons, types)


@pytest.mark.parametrize(
    "body",
    [
        "Candidature de Brody Tessier (né le 1990-02-03) au poste de commis à l'admission.\n",
        "Bienvenue à Zephyrine Achebe, née le 1991-05-06, notre nouvelle infirmière à l'urgence.\n",
        "Félicitations à Julie! Le petit Tayden est né le 2024-11-02, 3,4 kg.\n",
        "Le Projet Horizon est né le 12 mars 2019 à la suite du forum régional.\n",
    ],
)
def test_birth_date_near_misses_stay_harmless(body: str) -> None:
    assert inspect(body, subject="Info")[:2] == (False, ())


# --- A full name the given-name list lacks, said to be of an age or to have been admitted, seen, referred. ---
@pytest.mark.parametrize(
    "body",
    [
        "FYI Kwabena Asante was admitted overnight for NSTEMI, troponin 1210 ng/L.\n",
        "Relève : Ngozi Eze (45F) - pneumonie, ceftriaxone 1 g die.\n",
        "Tayden Okoro, 62 ans, MPOC exacerbée, sous prednisone.\n",
        "Ioana Vasilescu a été hospitalisée hier pour une pyélonéphrite.\n",
        "Hi, FYI Okonjo Ifeoma, 44F, admitted last night with pneumonia, on ceftriaxone.\n",
        "Referral: Kwame Mensah is a 62 y.o. man with CHF exacerbation on furosemide.\n",
        "Ioana Vasilescu est une femme de 54 ans connue pour une MPOC sévère.\n",
    ],
)
def test_a_name_said_to_be_of_an_age_or_admitted_is_a_patient(body: str) -> None:
    confidential, reasons, types = inspect(body, subject="Info")
    assert confidential and PATIENT_NAME in types, (reasons, types)


@pytest.mark.parametrize(
    "body",
    [
        "Hommage à Ioana Vasilescu, 30 ans de service à la clinique d'oncologie et de diabète.\n",
        "Notre collègue Kwabena Asante est en formation sur l'insuffisance cardiaque cette semaine.\n",
        "Joyeux anniversaire à Kwabena Asante, 40 ans aujourd'hui, infirmier à la clinique de diabète!\n",
        "Kwabena Asante is a 25-year veteran of our heart failure team and will chair the session.\n",
        "Grand Rounds: Tayden Okoro, 25 years of experience in COPD research, will speak on Friday.\n",
    ],
)
def test_age_and_verb_near_misses_stay_harmless(body: str) -> None:
    assert inspect(body, subject="Info")[:2] == (False, ())


# --- A blank form's next label and an office's name are no patient names. ---
@pytest.mark.parametrize(
    "body",
    [
        "Formulaire de demande\nNom de l'usager : ______________   Prénom : ____________\n"
        "Date de naissance : AAAA-MM-JJ   Diagnostics actifs : ______   Médication : ______\n",
        "Results of the survey: 64 % found the discharge information on heart failure clear.\n"
        "Patient Experience Office\n",
    ],
)
def test_form_labels_and_offices_are_no_patient_names(body: str) -> None:
    assert PATIENT_NAME not in inspect(body, subject="Info")[2]
