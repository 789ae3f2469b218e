"""Sample values in templates, forms and how-tos are nobody's data (classifiers/recognizers/_examples.py):
identifiers, birth dates, names and contacts in the clause an example marker opens. Every text here is
invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.recognizers._examples import Examples
from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _counted_types(text: str) -> set[str]:
    result = _classifier().inspect_segments([Segment("body", text)])
    return {f.type for f in result.findings if f.confidence >= 0.6}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Updated BPMH template attached. Example MRN format: 1234567.", "mrn"),
        ("Exemple de numéro de dossier : H-1234567", "mrn"),
        ("Inscrire le n° de dossier (p. ex. 7654321) dans la case 3.", "mrn"),
        ("Chart number, e.g. MRN 0012345, in the header.", "mrn"),
        ("No de dossier fictif 2233445 pour la formation Cristal-Net", "mrn"),
        ("Example: 'Patient: John Sample  MRN: 0000000  DOB: 1900-01-01'", "date_of_birth"),
        ("Example: 'Patient: John Sample  MRN: 0000000  DOB: 1900-01-01'", "patient_name"),
        ("Inscrire le NAM au complet, par ex. GAGL 8512 3112, sans espaces.", "ramq_nam"),
    ],
)
def test_a_sample_value_is_nobodys(text: str, absent: str) -> None:
    assert absent not in _counted_types(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # the example is another clause's, or the hint is a format, not an example
        ("Voir l'exemple joint. Dossier 7766166, résultats à revoir.", "mrn"),
        ("Format PDF svp\nMRN 7766166 - Mme Roy", "mrn"),
        ("copie du dossier H-1234567 SVP", "mrn"),
        ("Date de naissance (format AAAA-MM-JJ) : 1962-04-12", "date_of_birth"),
        ("Exemple de lettre ci-dessous.\nNAM : GAGL 8512 3112", "ramq_nam"),
        ("Specimen sample for MRN 4412093 hemolysed, please redraw.", "mrn"),
        # a marker is a whole word: a name that starts like one is no example ("Fictivesecret")
        ("Suivi de la patiente Éloïse Fictivesecret, NAM GAGL 8512 3112, diabète.", "ramq_nam"),
    ],
)
def test_a_real_value_near_an_example_word_stays(text: str, present: str) -> None:
    assert present in _counted_types(text)


def test_examples_covers_only_its_clause_and_reach() -> None:
    text = "Exemple : 1234567; puis 7654321\n" + "e.g. " + "x" * 90 + " 4412093"
    examples = Examples(text)
    assert examples.covers(text.index("1234567"))
    assert not examples.covers(text.index("7654321"))  # after a semicolon
    assert not examples.covers(text.index("4412093"))  # beyond the reach
    assert not Examples("Dossier 1234567")


@pytest.mark.parametrize(
    ("text", "confidential"),
    [
        # a blank form's fields: the next label or a placeholder is no name
        ("> Nom de l'usager: ____________  Adresse: ____________  Téléphone: ____________\n"
         "> Motif (dialyse, chimiothérapie, autre): ________\nMerci Julie, je l'ajoute à l'intranet.", False),
        ("Patient: [Nom du patient]\nDiagnostic: diabète", False),
        ("Name: <patient name>\nDx: COPD exacerbation", False),
        # the same fields filled in
        ("Nom de l'usager : Gilles Nadeau\nMotif : dialyse", True),
        ("Patient: Gilles Nadeau\nDiagnostic: diabète", True),
    ],
)
def test_blank_form_fields(text: str, confidential: bool) -> None:
    assert _classifier().inspect_segments([Segment("body", text)]).confidential is confidential
