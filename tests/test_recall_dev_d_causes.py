"""Patient names where bed management and ward clerks put them: causes of the misses measured on the
development corpus tests/corpus_dev_d (written blind; issue 10), one table each.

Every text here is invented for these tests and worded apart from that corpus (other names, units,
destinations): each table holds a way of writing that the recognizers missed, and the near misses that must
stay harmless (staff rosters with unit codes, room bookings, equipment lists by room, on-call lists, a
Subject naming a staff member beside a drug shortage).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import PATIENT_NAME

SENDER = "Solène Bergeron <solene.bergeron@cisss-nord.example>"
COLLEAGUE = "gestion-des-lits@cisss-nord.example"


_classifier = shipped_classifier


def inspect(body: str, subject: str = "Liste") -> tuple[bool, tuple[str, ...], frozenset[str]]:
    """(confidential, reasons, finding types counted) of a one-part message."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = SENDER, COLLEAGUE, subject
    message["Message-ID"] = "<dev-d-causes@cisss-nord.example>"
    message.set_content(body)
    result = _classifier().inspect(parse_message(message.as_bytes()))
    return result.confidential, result.reasons, frozenset(f.type for f in result.counted)


# --- 1. Departure lists: a unit-room code, an upper-case surname and an initial, where the patient goes. ---
@pytest.mark.parametrize(
    "body",
    [
        "Departures expected on 6C today (for environmental services):\n\n"
        "6C-412  HALVORSEN K.  transfer to LTC 10am\n6C-415  OKONKWO B.  d/c 1pm, son driving\n"
        "6C-419  LINDGREN P.  to rehab\n6C-421  MADUKA E.  discharged home this afternoon\n",
        "Départs prévus sur 2D (entretien ménager) :\n\n"
        "2D-208  BELLEFLEUR N.  transfert CHSLD 11h\n2D-211  QUINTAL A.  départ vers réadaptation\n"
        "2D-214  DESLAURIERS M.  transfert en soins palliatifs\n2D-217  GAUVREAU L.  congé 10h, fille vient\n",
        "Sorties prévues 5E :\n\n5E-502  ROBITAILLE C.  congé 9h\n5E-504  LAMONTAGNE G.  congé à 13 h\n"
        "5E-509  PICARD H.  congé 15h\n",
        "Bed board 7N\n\nRm 705  CARVALHO D.  d/c 3pm\nRm 709  STRZELECKI W.  transfer to LTC\n"
        "Rm 712  NAKASHIMA H.  to rehab\n",
    ],
)
def test_a_departure_list_names_hospitalised_patients(body: str) -> None:
    confidential, reasons, types = inspect(body, subject="Départs / departures")
    assert confidential and PATIENT_NAME in types, (reasons, types)


@pytest.mark.parametrize(
    "body",
    [
        # a staff roster by unit code
        "Horaire de fin de semaine :\n\n2D-01  LAFLAMME R.  jour 7h-15h\n2D-02  OUELLET S.  soir 15h-23h\n"
        "2D-03  BRASSARD T.  nuit 23h-7h\n2D-04  MERCIER P.  congé\n2D-05  TALBOT F.  congé férié\n",
        # room bookings by unit and room
        "Room bookings, Thursday:\n\n4C-210  PRATT G.  team meeting 9am\n4C-212  SOKOLOV I.  interviews 1pm\n"
        "4C-214  ABERNETHY L.  budget review 3pm\n",
        # equipment by room, moved to another site
        "Inventaire à déplacer :\n\n3B-301  lève-patient  transfert au pavillon Nord\n"
        "3B-305  pompe volumétrique  transfert au CHSLD Sainte-Anne\n3B-307  fauteuil gériatrique  entreposage\n",
        # an on-call list
        "On call this week:\n\n5N-1  MORRISSEY J.  pager 4411\n5N-2  FAIRCLOUGH D.  pager 4412\n"
        "5N-3  VANTERPOOL C.  pager 4413\n",
        # figures about departures, no one named
        "Q3 flow report: 212 transfers to LTC, 98 patients discharged home on weekends, 41 transfers to rehab.\n",
    ],
)
def test_departure_list_near_misses_stay_harmless(body: str) -> None:
    assert inspect(body, subject="Liste")[:2] == (False, ())


# --- 3. A hospital stay said of a named person (admitted, hospitalised since, discharged, transferred). ---
@pytest.mark.parametrize(
    "body",
    [
        "Pour le dossier de cour : Mme Léontine Barrette, 52 ans, hospitalisée depuis le 14 oct., ne pourra pas "
        "se présenter à l'audience; son fils vous contactera.\n",
        "Re the hearing: Mr. Ambrose Kettering was admitted overnight and cannot attend Monday's hearing.\n",
        "M. Théodule Ménard a été transféré en CHSLD vendredi; prévoir le suivi avec sa sœur.\n",
        "Ms. Perpetua Oyelaran was discharged home yesterday; please arrange the home visit.\n",
    ],
)
def test_a_hospital_stay_said_of_a_named_person_is_confidential(body: str) -> None:
    confidential, reasons, types = inspect(body, subject="Suivi")
    assert confidential and PATIENT_NAME in types, (reasons, types)


@pytest.mark.parametrize(
    "body",
    [
        "Félicitations à Mme Léontine Barrette, admise au programme de résidence en médecine familiale!\n",
        "Mr. Ambrose Kettering, our director, will present the admission statistics on Monday.\n",
        "M. Théodule Ménard sera en congé le 22 (vacances); Mme Sirois le remplace au comité.\n",
        "Les transferts vers CHSLD ont baissé ce trimestre, selon Mme Perpetua Oyelaran, gestionnaire.\n",
    ],
)
def test_hospital_stay_near_misses_stay_harmless(body: str) -> None:
    assert inspect(body, subject="Info")[:2] == (False, ())


# --- 2. A Subject that names its patient by upper-case surname, initial and room, then the drug or problem. ---
@pytest.mark.parametrize(
    "subject",
    [
        "LEBLANC R. ch 214 - insuline glargine 20 unités HS",
        "O'NEIL P. rm 12 - warfarin 5 mg daily",
        "TR: KOWALCZUK T., lit 7 - furosémide 40 mg IV",
        "Re: HADDAD N. chambre 508 - pneumonie, hémocultures en attente",
        # a room with its number is a patient's, not a room named for someone ("the Haddad Room")
        "STRAND V. room 508 - pneumonia, cultures pending",
    ],
)
def test_a_subject_naming_a_patient_by_surname_initial_and_room(subject: str) -> None:
    confidential, reasons, types = inspect("Merci de vérifier.\n", subject=subject)
    assert confidential and PATIENT_NAME in types, (reasons, types)


@pytest.mark.parametrize(
    "subject",
    [
        # the sender herself, and a drug shortage
        "BERGERON S. rm 214 - salbutamol shortage",
        # a pharmacist's extension, not a room
        "PELLETIER A. poste 4412 - rupture de stock amoxicilline",
        "Pénurie de salbutamol - DUROCHER M., pharmacie",
        # a room booking: a meeting room, no care
        "Salle 214 - formation insuline, DESROCHES J. animatrice",
        "VITAMINE D. ch 12 - commande",
        "FAIRWEATHER Room - diabetes education session, insulin pens provided",
    ],
)
def test_subject_initial_near_misses_stay_harmless(subject: str) -> None:
    assert inspect("Merci.\n", subject=subject)[:2] == (False, ())
