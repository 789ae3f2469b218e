"""Staff rosters with employee numbers, credentials in parentheses and leave said of a named colleague
(issue 10, dev_e precision causes).

"Surname, Given emp#123456 - N ICU - OT" is a shift roster line: the employee number says staff. A credential
in parentheses after a name ("(MSW)", "(T.S.)") is a staff credential, and "is on sick leave", "est en congé de
maladie" about a named person is HR mail. A patient roster with bed numbers, and a patient on leave from work for
a diagnosis, stay confidential. Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _names(text: str) -> list[str]:
    result = _classifier().inspect_segments([Segment("body", text)])
    return [f.excerpt for f in result.findings if f.type == "patient_name"]


def _confidential(text: str) -> bool:
    return _classifier().inspect_segments([Segment("body", text)]).confidential


@pytest.mark.parametrize(
    "text",
    [
        # shift rosters: surname first, an employee number, a shift and a unit, near clinical words
        "Garde de fin de semaine (USI, éclosion d'influenza) :\nBouchard, Mélanie emp#551203 - N 4E - temps supp\n"
        "Lapointe, Yves no d'employé 448120 - J urgence - congé\n",
        "ICU shift swaps, COVID outbreak on 6W:\nOkonkwo, Grace employee # 77120 - D CCU - covering\n"
        "Halvorsen, Ingrid emp no 33018 - N 6W - off\n",
        "Remplacements (pneumonie en hausse) :\nGagné, Thierry empl. 20931 - soir 3N - remplace\n",
        # a credential in parentheses, and leave of a named colleague (HR mail)
        "Chloé Vandal (T.S.) est en congé de maladie jusqu'au 18 janvier. Merci d'assurer le remplacement.",
        "Owen Fairbairn (RN) is on sick leave until March 3 (influenza). Please arrange coverage.",
        "Priya Raman is on maternity leave until June; her diabetes clinic slots go to the locum.",
        "Benoît Sirois sera en congé de paternité dès lundi; la clinique d'asthme est reportée.",
    ],
)
def test_staff_rosters_and_leave_are_no_patients(text: str) -> None:
    assert _names(text) == []
    assert not _confidential(text)


@pytest.mark.parametrize(
    "text",
    [
        # a patient roster with bed numbers, surname first
        "Liste du 5e :\nLit 12 - Bouchard, Mélanie - IRA sur IRC - K 5,9\nLit 14 - Lapointe, Yves - MPOC exacerbée\n",
        "Bed board 6W:\nBed 3 - Okonkwo, Grace - CHF exacerbation - BNP 1450\n",
        # a patient on leave from work for a diagnosis, with identifiers or a title
        "Mme Chloé Vandal est en congé de maladie pour une dépression majeure; DDN 1979-03-02, dossier 4412093.",
        "Mr. Owen Fairbairn is on sick leave since his NSTEMI; troponin 1 210 ng/L, DOB 1961-02-03.",
    ],
)
def test_patient_rosters_and_patients_on_leave_stay_confidential(text: str) -> None:
    assert _names(text)
    assert _confidential(text)
