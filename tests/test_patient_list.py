"""Clinical values in the rows of a patient list (issue 10, item 6): a cell under "Allergies", "Vaccin" or
"Résultat" is that row's patient's, whatever lexicon its value is in. All names are invented."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.recognizers.patient_list import PatientListRecognizer
from sentinelle.classifiers.types import Segment

REC = PatientListRecognizer()


def _cells(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in REC.recognize(Segment("attachment:x.csv", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name column headed as the person cared for
        ("Résident\tChambre\tAllergies\t\nBéliveau, Thérèse\t118\tlatex\t\nGrondin, Armand\t120\t-\t\n",
         [("diagnosis", "latex")]),
        # a room column; a vaccine column holds medication, a result column lab results
        ("Last;First;Room;Flu shot;Last INR\nLast: Okafor; First: Chidi; Room: 4; Flu shot: given; Last INR: 2.4\n",
         [("medication", "given"), ("lab_result", "2.4")]),
        ("| Client | DOB | Reason |\n|---|---|---|\n| Farah Haddad | 1950-02-03 | chute |\n", [("diagnosis", "chute")]),
    ],
)  # fmt: skip
def test_clinical_cells_of_patient_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert _cells(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # names that may be employees' beside a vaccine column: no patient column, no patient header
        "Nom;Prénom;Vaccin;Date\nRoy;Julie;Influenza;2026-11-02\n",
        # staff lists and catalogues are no patient lists
        "Employee;Room;Flu shot\nKeiko Sato;4;given\n",
        "Item;Room;Result\nPump 12;4;passed\n",
        # a table about nobody: no name column
        "Chambre;Allergies\n118;latex\n",
    ],
)
def test_clinical_columns_outside_patient_lists_say_nothing(text: str) -> None:
    assert _cells(text) == []


def test_a_residents_allergy_list_is_confidential_and_a_staff_vaccine_list_is_not() -> None:
    from tests.test_tables import _message, _verdict

    residents = _message(
        "<table><tr><th>Résident</th><th>Chambre</th><th>Allergies</th></tr><tr><td>Béliveau, Thérèse</td>"
        "<td>118</td><td>latex</td></tr><tr><td>Grondin, Armand</td><td>120</td><td>arachides</td></tr></table>",
        html=True,
    )
    staff = _message("Ci-joint.", ("liste.csv", "Nom;Prénom;Vaccin;Date\r\nRoy;Julie;Influenza;2026-11-02\r\n"
                                                "Caron;Marc;Influenza;2026-11-03\r\n"))
    assert _verdict(residents)[0] is True
    assert _verdict(staff)[0] is False
