"""Causes of the misses measured on a corpus written by an outside writer (issue 10), one table each.

Every text here is invented for these tests (names, values, institutions): each table holds the way
clinicians write that the recognizers missed, and the near misses that must stay harmless.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message

SENDER = "Nadia Ferland <nadia.ferland@cisss-nord.example>"
COLLEAGUE = "Olivier Brassard <olivier.brassard@cisss-nord.example>"


_classifier = shipped_classifier


def verdict(body: str, subject: str = "Suivi", sender: str = SENDER, to: str = COLLEAGUE,
            html: bool = False) -> tuple[bool, tuple[str, ...]]:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Message-ID"] = "<causes@cisss-nord.example>"
    if html:
        message.set_content(body, subtype="html")
    else:
        message.set_content(body)
    result = _classifier().inspect(parse_message(message.as_bytes()))
    return result.confidential, result.reasons


# --- Terse notes: a surname and an initial opening a line, then lab values or a drug on that line. ---
@pytest.mark.parametrize(
    "body",
    [
        "Gendron P. – K 6,1, créat 240. On arrête le ramipril?\n\nNadia",
        "FYI Okafor T – Hb 71 / INR 4.2 – holding apixaban\n",
        "Labelle M.: Na 119, glycémie 28, furosémide suspendu\n",
        "URGENT Bérubé-Lavoie S - troponine 1 850 ng/L, ECG à refaire\n",
        "- McAllister J – lactate 4.4, WBC 21.3\n",
    ],
)
def test_terse_note_surname_and_initial_is_a_patient(body: str) -> None:
    confidential, reasons = verdict(body)
    assert confidential and "name_near_clinical" in reasons


@pytest.mark.parametrize(
    "body",
    [
        # a staff roster: units, shifts, no clinical value
        "Horaire de nuit\nGendron P. – soins intensifs\nLabelle M. – urgence\nOkafor T – 4e Sud\n",
        # a lab bulletin: a vitamin, a hepatitis type, a group letter
        "Bulletin du laboratoire\nVitamine D – 25-OH < 50 nmol/L chez 30 % des usagers\n"
        "Hépatite B – vaccin offert aux employés\n",
        # the sender herself, written surname first with her initial
        "Ferland N. – K 4,2 sur le lot de contrôle QC-17, conforme.\n",
        # a physician introduced by her title
        "Dre Labelle M. – INR 2,5 visé pour la warfarine (protocole du service)\n",
        # a line that does not start with the name
        "Le comité a revu le dossier de Gendron P. – K 6,1 n'est pas un seuil critique.\n",
    ],
)
def test_terse_note_near_misses_stay_harmless(body: str) -> None:
    assert verdict(body, subject="Info") == (False, ())


# --- Social information about a named patient: as confidential as clinical information. ---
@pytest.mark.parametrize(
    "body",
    [
        "Rencontre avec Mme Rosalie Dufresne hier. Elle rapporte de la violence conjugale et souhaite "
        "un hébergement; on ne contacte pas le conjoint.\n\nNadia",
        "M. Hervé Lapointe est en situation d'itinérance depuis sa sortie; demande d'aide sociale à faire.\n",
        "Update on Mr. Desmond Achebe: he lives alone, no fixed address since May, meets his parole officer.\n",
        "Signalement à la DPJ ce matin concernant l'enfant de Mme Karine Vachon (suivie au CLSC).\n",
    ],
)
def test_social_information_near_a_patient_name(body: str) -> None:
    confidential, reasons = verdict(body, subject="Situation")
    assert confidential and "name_near_clinical" in reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a campaign naming staff
        ("Infolettre – novembre", "Semaine de prévention de la violence conjugale : Mme Josiane Paradis, "
                                  "directrice du programme, anime la conférence de jeudi."),
        # aggregate statistics
        ("Bilan", "En octobre, 31 usagers en situation d'itinérance ont été vus à l'urgence."),
        # a staff member's own errand
        ("Collecte", "Mme Julie Gervais, adjointe administrative, organise la collecte pour la banque "
                     "alimentaire du quartier."),
        # HR: an employee's probation period
        ("Embauche", "Mme Julie Gervais termine sa période de probation; son évaluation est positive."),
    ],
)
def test_social_information_near_misses(subject: str, body: str) -> None:
    assert verdict(body, subject=subject) == (False, ())


# --- A consultation request quoted in a reply: the titled name, its birth date in apposition. ---
@pytest.mark.parametrize(
    "body",
    [
        "Je passe après la clinique.\n\nLe lundi 7 décembre 2026, Olivier Brassard a écrit :\n"
        "> Mme Thibodeau, 1949-05-30, dyspnée, peux-tu la voir?\n",
        "<p>Ok demain.</p><blockquote>M. Ouellette, 11/02/1958, chute. Il attend à l'urgence.</blockquote>",
        "Sure.\n\nOn Monday, Olivier Brassard wrote:\n> Mr. Fairbanks (3 May 1944), waiting in the ED.\n",
        # a booking confirmed to the patient: the clinic named earlier is no announcement of the birth
        "Nous confirmons votre rendez-vous à la clinique de cardiologie le 9 décembre.\n"
        "Dossier au nom de : Roland Pépin, né le 22 juillet 1950.\n",
    ],
)
def test_birth_date_in_apposition_or_after_a_booking(body: str) -> None:
    confidential, reasons = verdict(body, html=body.startswith("<p>"))
    assert confidential and "name_near_dob" in reasons


@pytest.mark.parametrize(
    "body",
    [
        "M. Ouellette, 2026-12-14, présentera le bilan du comité.\n",  # a meeting date
        "Mme Line Thibodeau, 2015-08-31, date d'embauche; 11 ans d'ancienneté.\n",  # HR
    ],
)
def test_dates_after_a_name_that_are_no_birth_dates(body: str) -> None:
    assert verdict(body, subject="Info") == (False, ())


# --- A patient named only in the Subject, the body speaking of tumour progression or recurrence. ---
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: M. Gaston Lévesque", "Résultat de l'IRM : progression osseuse. On en parle au comité jeudi."),
        ("Mme Odile Carrier", "TEP de contrôle : récidive locale, on rediscute du plan."),
        ("Re: Mr. Neville Strand", "CT today shows disease progression in the liver; tumor board Thursday."),
    ],
)
def test_subject_name_with_tumour_progression_in_the_body(subject: str, body: str) -> None:
    confidential, reasons = verdict(body, subject=subject)
    assert confidential and "name_near_clinical" in reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Infolettre de la recherche", "Nouvelle étude : la progression tumorale sous immunothérapie, "
                                        "présentée par Mme Odile Carrier, chercheuse."),
        ("Comité des tumeurs", "Rappel : la présentation sur la récidive locale est reportée à jeudi."),
    ],
)
def test_tumour_progression_without_a_patient(subject: str, body: str) -> None:
    assert verdict(body, subject=subject) == (False, ())


# --- A press release's dateline ("CITY, Month day") is no "SURNAME, Given" name. ---
@pytest.mark.parametrize(
    "body",
    [
        "FOR IMMEDIATE RELEASE\nSHERBROOKE, November 18, 2026 – The hospital's new cardiac unit will treat "
        "heart failure and atrial fibrillation, said Dr. Amira Haddad, chief of cardiology.",
        "COMMUNIQUÉ\nRIMOUSKI, 4 mars 2026 – La clinique d'insuffisance rénale chronique ouvre ses portes.",
        "QUEBEC CITY, June 2, 2026 – Stroke care times fell again this year.",
    ],
)
def test_a_dateline_is_no_patient_name(body: str) -> None:
    assert verdict(body, subject="News release: new unit") == (False, ())


def test_a_surname_first_patient_named_like_a_month_is_still_read() -> None:
    body = "Résultats de PELLETIER, June : K 6,2, créatinine 310. On ajuste le furosémide."
    confidential, reasons = verdict(body)
    assert confidential and "name_near_clinical" in reasons
