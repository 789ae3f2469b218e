"""DICOM header text with pydicom (runs in a sandbox worker; pixel data never read).

Patient tags come first with readable labels ("Patient:", "Date of birth / DDN:"), then every
other text-valued element as ``Keyword: value`` (descriptions, physicians, institution, comments).
Burned-in pixel text is not read: a DICOM file is inspected by its header only, which is
documented rather than flagged, since the header is where the identity lives.
"""

from __future__ import annotations

import io

import pydicom
from pydicom.dataset import Dataset

from sentinelle.classifiers.extractors._common import CORRUPT, DEPTH_LIMIT, Budget, Output, Piece, Problem, clip

_PATIENT = (
    ("PatientName", "Patient"),
    ("PatientID", "Patient ID / MRN"),
    ("OtherPatientIDs", "Other patient IDs"),
    ("PatientBirthDate", "Date of birth / DDN"),
    ("PatientSex", "Sex"),
    ("PatientAddress", "Address"),
    ("PatientTelephoneNumbers", "Phone"),
    ("PatientMotherBirthName", "Mother's maiden name"),
)
_TEXT_VRS = frozenset({"PN", "LO", "SH", "LT", "ST", "UT", "DA", "AS", "CS", "UC", "DT"})
_MAX_DEPTH = 8  # nested sequences deeper than this are not walked


def _value(element: object) -> str:
    value = getattr(element, "value", "")
    if isinstance(value, list | tuple) or type(value).__name__ == "MultiValue":
        return "\\".join(str(v) for v in value)
    return str(value)


def _lines(dataset: Dataset, depth: int, out: list[str], skip: frozenset[str]) -> bool:
    """Append the text elements to ``out``; False when sequences nested too deep were left out."""
    complete = True
    for element in dataset:
        keyword = element.keyword or str(element.tag)
        if element.VR == "SQ":
            if depth < _MAX_DEPTH:
                for item in element.value:
                    complete = _lines(item, depth + 1, out, frozenset()) and complete
            elif element.value:
                complete = False
            continue
        if element.VR in _TEXT_VRS and keyword not in skip:
            value = _value(element).strip()
            if value:
                out.append(f"{keyword}: {value}")
    return complete


def extract(data: bytes, budget: Budget) -> Output:
    dataset = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True, force=True)
    lines: list[str] = []
    for keyword, label in _PATIENT:
        value = _value(dataset.data_element(keyword)) if keyword in dataset else ""
        if value.strip():
            if keyword == "PatientBirthDate" and len(value) == 8 and value.isdigit():
                value = f"{value[:4]}-{value[4:6]}-{value[6:]} ({value})"
            lines.append(f"{label}: {value}")
    complete = _lines(dataset, 0, lines, frozenset(k for k, _ in _PATIENT))
    if not lines:  # force=True "reads" any bytes with DICM at offset 128, text included: nothing was read
        return Output(problems=(Problem(CORRUPT, "no readable DICOM element"),))
    problems = () if complete else (Problem(DEPTH_LIMIT, f"DICOM sequences nested deeper than {_MAX_DEPTH} not read"),)
    return Output(pieces=(Piece(clip("\n".join(lines), budget.max_chars)),), problems=problems)
