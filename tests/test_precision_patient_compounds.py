""""patient" inside a compound unit, and a rate per a power of ten (issue 10, dev_e precision causes).

"Chutes : 3,1/1000 patients-jours" and "infections 2.7/1000 patient-days" are quality indicators: the word
counts care, it names no chart, and the rate is no chart number. Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest

from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.recognizers._equipment import equipment_patient
from sentinelle.classifiers.recognizers.mrn import MrnRecognizer
from sentinelle.classifiers.types import Segment


def _charts(text: str) -> list[str]:
    recognizer = MrnRecognizer(default_config().mrn_patterns)
    return [text[f.start : f.end] for f in recognizer.recognize(Segment("body", text)) if f.confidence >= 0.6]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Infections: 2.7/1000 patient-days in Q3", True),
        ("Taux de chutes 3,1 par 1000 patients-jours", True),
        ("Durée : 812 jours-patients au total", True),
        ("about 900 patient days. Next quarter", True),
        ("Satisfaction par patient-visits", True),
        # near misses: the patient is a person
        ("Patient day 3 after surgery, chart 4417825", False),
        ("La patiente jouait au soccer", False),
        ("Patient-ID 5520913 to verify", False),
    ],
)
def test_patient_inside_a_compound_unit(text: str, unit: bool) -> None:
    start = text.lower().index("patient")
    assert equipment_patient(text, start, start + len("patient")) is unit


@pytest.mark.parametrize(
    ("text", "charts"),
    [
        ("Bloodstream infections: 2.7/1000 patient-days. Hand washing 91%.", []),
        ("Plaies de pression : 6,4/1000 patients-jours ce trimestre.", []),
        ("Readmissions 12.5 / 100 000 patient-days", []),
        # near misses: a chart number beside the word stays found, spelled plainly or disguised
        ("Patient day 3 post-op, chart 4417825, wound clean.", ["4417825"]),
        ("Le dossier du patient : 552.09.13 à numériser.", ["552.09.13"]),
    ],
)
def test_rates_and_unit_compounds_are_no_chart_number(text: str, charts: list[str]) -> None:
    assert _charts(text) == charts
