"""The word "patient" in the name of a piece of equipment, and an asset inventory (issue 10, dev_d causes).

A "patient lift" or a "moniteur patient" names a device: the word is no chart-number context and introduces
no patient's name. Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.recognizers._equipment import equipment_patient
from sentinelle.classifiers.recognizers.mrn import MrnRecognizer
from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _charts(text: str) -> list[str]:
    recognizer = MrnRecognizer(default_config().mrn_patterns)
    return [text[f.start : f.end] for f in recognizer.recognize(Segment("body", text)) if f.confidence >= 0.6]


def _names(text: str) -> list[str]:
    result = _classifier().inspect_segments([Segment("attachment:parc.csv", text)])
    return [f.excerpt for f in result.findings if f.type == "patient_name" and f.confidence >= 0.6]


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("Soulève-patient Orion hors service", True),
        ("Porte-patient motorisé, salle 3", True),
        ("We need two patient lifts on 6 West", True),
        ("Moniteur patient Meridian à calibrer", True),
        ("Chariot patient no 4 : roue brisée", True),
        ("Patient-controlled analgesia pump recalled", True),
        ("Patient monitor cables to order", True),
        # near misses: the patient is a person
        ("Le patient Gaston a chuté", False),
        ("Nom-patient : Bourque", False),
        ("The patient monitored her glucose", False),
        ("La patiente lève la jambe", False),
    ],
)
def test_patient_as_part_of_a_device_name(text: str, device: bool) -> None:
    start = text.lower().index("patient")
    end = start + len("patiente") if text.lower()[start:].startswith("patiente") else start + len("patient")
    assert equipment_patient(text, start, end) is device


@pytest.mark.parametrize(
    ("text", "charts"),
    [
        # an asset row: the device's name, its serial number
        ("BIO-20417\tLève-patient Orion\t61428873\tCHSLD\t2027-01-14", []),
        ("Asset 7781 | Patient lift Hercules | S/N 55210984 | 4 West", []),
        ("Moniteur patient Meridian, numéro 40981726, à retourner", []),
        # near misses: a chart number said of a patient stays one
        ("La patiente no 61428873 est admise au 4e.", ["61428873"]),
        ("Patient 55210984 transferred from 4 West", ["55210984"]),
    ],
)
def test_device_names_give_no_chart_context(text: str, charts: list[str]) -> None:
    assert _charts(text) == charts


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("No inventaire\tAppareil\tSérie\nBIO-20417\tLève-patient Orion\t61428873", False),
        ("Asset\tDevice\tSerial\nA-7781\tPatient lift Hercules\t55210984", False),
        # near miss: a role word before a person's name
        ("Transfert demandé pour la patiente Rosalie Gendreau, fracture de hanche, ce matin.", True),
    ],
)
def test_device_names_introduce_no_patient(text: str, named: bool) -> None:
    assert bool(_names(text)) is named


@pytest.mark.parametrize(
    ("text", "charts"),
    [
        # a unit code, then a date (a table's unit and date columns): no letters-and-digits chart number
        ("Patient transféré : SIP 2027-02-11, retour en 6E 2027-02-15", []),
        ("Chart moves — ICU\t2027-03-08\tward 7B\t2027-03-12", []),
        # near misses: a chart number written apart after its letter prefix stays one
        ("Dossier H 441 2093 à numériser", ["H 441 2093"]),
        ("copie du dossier S288 5878 svp", ["S288 5878"]),
    ],
)
def test_a_unit_code_before_a_date_is_no_chart_number(text: str, charts: list[str]) -> None:
    assert _charts(text) == charts


@pytest.mark.parametrize(
    ("text", "charts"),
    [
        # an asset inventory: its numbers are serial numbers, whatever the row's other cells say
        ("Asset\tModel\tLocation\tSerial\nA-7781\tOrion\tpt room 4\t55210984", []),
        ("No inventaire;Appareil;Emplacement;No série\nBIO-20417;Pompe;chambre patiente 4;61428873", []),
        # near misses: a roster with a device column is still a patient list
        ("Usager;Appareil;No série;Remarque\nRosalie Gendreau;pompe;A-118;dossier 61428873", ["61428873"]),
        ("Patient\tMRN\tDevice\nOkafor, Ben\t55210984\tCPAP", ["55210984"]),
    ],
)
def test_an_asset_inventory_holds_no_chart_numbers(text: str, charts: list[str]) -> None:
    assert _charts(text) == charts
