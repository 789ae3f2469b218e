"""A patient's own phone and home in referral and admission mail (issue 10, item 7): labels that say whose
number it is, referral / admission / discharge words as care context, and an institution word that must
stand next to the contact to make it an institution's. All numbers are 555 numbers; names are invented."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.recognizers.patient_contact import PatientContactRecognizer
from sentinelle.classifiers.types import Segment

REC = PatientContactRecognizer()


def _contacts(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.recognize(Segment("body", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm referring Ms. Adaeze Obi for a painful molar.\nPt cell: 613-555-0142\n", ["613-555-0142"]),
        ("Demande de consultation en ORL pour M. Élie Cormier.\nTél. de la patiente : 819 555-0107\n",
         ["819 555-0107"]),
        ("Merci de convoquer le directement au 450-555-0132 pour la biopsie.", ["450-555-0132"]),
        ("Referred for a sleep study. Patient's home phone 905-555-0188.", ["905-555-0188"]),
        ("Hospitalisée depuis mardi; on peut la joindre au 514-555-0170 (cellulaire).", ["514-555-0170"]),
        # where the person was reached, said of them
        ("Rendez-vous en prédialyse confirmé pour M. Hugo Lavoie. Usager joint au (450) 555-1418.", ["(450) 555-1418"]),
        ("Visite à domicile de Mme Rose Lévesque : jointe à la maison au 819-555-0163, ok pour jeudi.",
         ["819-555-0163"]),
        # the sentence names an institution, far from the contact, and says the patient lives there
        ("Referral to the CLSC home care program for Mr. Omar Haddad, 81, who lives at 77 Birchwood Crescent, "
         "Laval, tel 450-555-0109.", ["77 Birchwood Crescent", "450-555-0109"]),
    ],
)  # fmt: skip
def test_the_patients_own_contact_in_referral_and_admission_mail(text: str, expected: list[str]) -> None:
    assert _contacts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Demande de consultation : Clinique Beaulieu, 1234 rue Principale, tél. 514-555-0100",  # the clinic's
        "Referral office phone: 613-555-0100 ext. 2231",  # an extension
        "Pour une consultation, le secrétariat de l'hôpital : tél. 418-555-0190",  # the hospital's, next to it
        "Consultation publique sur le budget : 1200 rue King, tél. 819-555-0111",  # no one's care... a place
        "Admission office phone 514-555-0155 (main hospital switchboard)",
        "Pour nous joindre au 514-555-0100, composez le 2 pour la clinique de prédialyse.",  # the clinic's line
    ],
)
def test_institutions_lines_are_not_a_patients(text: str) -> None:
    assert _contacts(text) == []
