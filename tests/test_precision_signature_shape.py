"""A signature block recognised by its shape, whatever its opener (issue 10, dev_e precision causes).

A name with a credential or a role, then department, institution, address and phone lines, is the sender's
signature even with no "--" or "Cordialement" before it: the address in it is a workplace's, not a patient's
home. A patient's address in a home-care or transport request stays found. Every text is invented here.
"""

from __future__ import annotations

import pytest

from sentinelle.classifiers import Segment
from sentinelle.classifiers.recognizers.patient_contact import PatientContactRecognizer

RECOGNIZER = PatientContactRecognizer()


def _contacts(text: str) -> list[str]:
    return [text[f.start : f.end] for f in RECOGNIZER.recognize(Segment("body", text))]


@pytest.mark.parametrize(
    ("text", "contacts"),
    [
        # Signatures without an opener: credential on the name's line, or the role on the next line.
        (
            "Please review the rota for the home-care visits.\n\nOlivia Brennan, RN, BScN\nCommunity Nursing\n"
            "CLSC des Érables\n715, boul. Lacasse, Sherbrooke\nTél. : 819-555-0412 poste 2210",
            [],
        ),
        (
            "Merci de confirmer les rendez-vous de la semaine.\n\nMathieu Pelletier, M.D.\nMédecine interne\n"
            "3090, chemin des Patriotes, Granby",
            [],
        ),
        (
            "Transport des bénévoles jeudi.\n\nAnnick Dufresne\nCoordonnatrice des bénévoles\n"
            "88, rue des Cèdres, Magog",
            [],
        ),
        (
            "Dialysis pick-up times attached.\n\nGraham Oduya, OT\nRehabilitation\n41 Birchwood Avenue, Kingston",
            [],
        ),
        # Near misses: a patient's home in a care request, signed or not, stays found.
        (
            "Demande de soins à domicile pour Mme Lise Beaulieu, 82 ans\n412, rue des Pins, Sorel\n"
            "Cell : 450 555-0178\n\nNathalie Roy, inf.\nCLSC du Havre",
            ["412, rue des Pins", "450 555-0178"],
        ),
        (
            "Soins à domicile demandés pour :\nMme Lise Beaulieu, résidente\n412, rue des Pins, Sorel\n"
            "Cell : 450 555-0178",
            ["412, rue des Pins", "450 555-0178"],
        ),
        (
            "Home care request:\nMr. Terrence Walcott, 77\n28 Linden Crescent, Cornwall\nHome: 613-555-0144",
            ["28 Linden Crescent", "613-555-0144"],
        ),
        (
            "Transport adapté vers la dialyse pour :\nGaudreault, Ginette\n1550, boul. Industriel, Joliette",
            ["1550, boul. Industriel"],
        ),
    ],
)
def test_signature_by_shape_whatever_its_opener(text: str, contacts: list[str]) -> None:
    assert _contacts(text) == contacts
