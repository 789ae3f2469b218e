"""Clinical recognizers: diagnosis (lexicon + ICD-10 in context), medication, lab result."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.recognizers._base import BaseRecognizer
from sentinelle.classifiers.recognizers._lexicon import load_terms
from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer
from sentinelle.classifiers.recognizers.lab_result import LabResultRecognizer
from sentinelle.classifiers.recognizers.medication import MedicationRecognizer
from sentinelle.classifiers.types import Segment

DX, MED, LAB = DiagnosisRecognizer(), MedicationRecognizer(), LabResultRecognizer()


def spans(rec: BaseRecognizer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in sorted(rec.recognize(Segment("body", text)), key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("rec", "text", "expected"),
    [
        (DX, "Connu pour diabète de type 2 et HTA.", ["diabète de type 2", "HTA"]),
        (DX, "DIABETE DE TYPE 2", ["DIABETE DE TYPE 2"]),  # accent- and case-insensitive
        (DX, "insuffisance   cardiaque", ["insuffisance   cardiaque"]),
        (DX, "maladie de Crohn; COPD exacerbation", ["maladie de Crohn", "COPD"]),
        (DX, "maladie cœliaque / maladie coeliaque", ["maladie cœliaque", "maladie coeliaque"]),
        (DX, "prédiabète", ["prédiabète"]),
        (DX, "Dx: E11.9", ["E11.9"]),
        (DX, "code CIM-10 F32.1", ["F32.1"]),
        (DX, "Local E11, salle B12", []),  # ICD-shaped codes without coding context
        (DX, "asthmatiquement", []),  # word boundary
        (MED, "metformine 500 mg bid, Ozempic 0,5 mg", ["metformine", "Ozempic"]),
        (MED, "Insuline glargine 20 unités", ["Insuline glargine"]),
        (MED, "ACÉTAMINOPHÈNE", ["ACÉTAMINOPHÈNE"]),
        (MED, "Le chemin de fer et l'or", []),
        (LAB, "HbA1c 8,2 %", ["HbA1c 8,2 %"]),
        (LAB, "créatinine : 145 µmol/L", ["créatinine : 145 µmol/L"]),
        (LAB, "Hb 98 g/L, plaquettes 150 x10^9/L", ["Hb 98 g/L", "plaquettes 150 x10^9/L"]),
        (LAB, "INR 2.4", ["INR 2.4"]),
        (LAB, "TA 145/90 mmHg", ["TA 145/90 mmHg"]),
        (LAB, "LDL-C = 3,4 mmol/L", ["LDL-C = 3,4 mmol/L"]),
        (LAB, "sodium", []),  # test name alone
        (LAB, "Sodium 12 employés", []),  # number without a unit
        (LAB, "potassium 4abc", []),
    ],
)
def test_table(rec: BaseRecognizer, text: str, expected: list[str]) -> None:
    assert spans(rec, text) == expected


def test_lexicons_are_substantial_and_folded() -> None:
    for name, minimum in (("diagnoses", 300), ("medications", 300), ("lab_tests", 150)):
        terms = load_terms(name)
        assert len(terms) >= minimum
        assert all(t == t.lower() and "é" not in t for t in terms)


def test_clinical_terms_are_shown_and_lab_values_masked() -> None:
    (finding,) = LAB.recognize(Segment("body", "HbA1c 8,2 %"))
    assert finding.excerpt == "HbA1c *,*"
    (finding,) = DX.recognize(Segment("body", "asthme"))
    assert finding.excerpt == "asthme" and finding.explanation == "lexicon diagnoses"


@pytest.mark.parametrize(
    ("rec", "text", "expected"),
    [
        # Clinician abbreviations, as written (upper case), and CIM-10 labels.
        (DX, "IRA sur IRC, HTA, FA, MPOC, ICC", ["IRA", "IRC", "HTA", "FA", "MPOC", "ICC"]),
        (DX, "admitted for NSTEMI; hx CHF, COPD", ["NSTEMI", "CHF", "COPD"]),
        (DX, "AVC ischémique en 2019", ["AVC"]),
        (DX, "Cholécystite aiguë", ["Cholécystite"]),
        (DX, "Fibrillation et flutter auriculaires", ["Fibrillation et flutter auriculaires"]),
        (DX, "disc herniation with S1 radiculopathy", ["disc herniation", "radiculopathy"]),  # ICD-10-CM
        (DX, "cardiomyopathie ischémique; hémodialyse", ["cardiomyopathie", "hémodialyse"]),
        # Near misses: lower-case words, abbreviations inside words, amounts in Canadian dollars.
        (DX, "la fa de la gamme; ira-t-il ?", []),
        (DX, "HTAB, FAQ, ICCS", []),
        (DX, "Total : 500 $ CAD", []),
        # Generic names from the ATC terminology, French and English spellings.
        (MED, "apixaban 5 mg bid; atorvastatine 40 mg", ["apixaban", "atorvastatine"]),
        (MED, "started on atorvastatin and bisoprolol", ["atorvastatin", "bisoprolol"]),
        (MED, "sodium, glucose, calcium", []),
        # Terse lab values: a plausible value without a unit.
        (LAB, "K 5,9 · Hb 78 · Cr 212", ["K 5,9", "Hb 78", "Cr 212"]),
        (LAB, "INR 3,4; PA 220/120", ["INR 3,4", "PA 220/120"]),
        (LAB, "troponine 1 210 ng/L", ["troponine 1 210 ng/L"]),
        (LAB, "Na 128, K+ 6,1, Plt 45", ["Na 128", "K+ 6,1", "Plt 45"]),
        (LAB, "lactates 4,2 ; SpO2 88 %", ["lactates 4,2", "SpO2 88 %"]),
        # Near misses: out of range, no decimal for K, no pressure pair, lower case.
        (LAB, "zone K 3, local Hb 7, PA 220", []),
        (LAB, "Sodium 12 employés; Cr 9", []),
        (LAB, "salle Hb 78abc, K 5,9x", []),
    ],
)
def test_field_vocabulary_and_terse_values(rec: BaseRecognizer, text: str, expected: list[str]) -> None:
    assert spans(rec, text) == expected
