"""Patient list recognizer: the clinical values in the rows of a patient list, as clinical findings.

"Résident | Chambre | Allergies" over "Béliveau, Thérèse | 118 | latex": the header says the cell is an
allergy of the person named in the row, whether or not the value is in a lexicon ("latex", "œufs", "Y" under
"Flu 2026"). Only in tables that ``_tables`` reads as patient lists and that are plainly about patients (a
birth-date, identifier, chart or room column, or a name column headed "Patient", "Résident", "Usager",
"Client"...): a list of employees' names beside a vaccine column is not read this way. The type follows the
column: medication (medication, vaccine, immunization...), lab_result (result, lab, HbA1c...), else diagnosis
(allergy, diagnosis, problem, reason...). Confidence 0.7; the excerpt is the column's title, never the value.
"""

from __future__ import annotations

from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan
from sentinelle.classifiers.recognizers._tables import HEADER, clinical_cells
from sentinelle.classifiers.types import Finding, Segment


class PatientListRecognizer(BaseRecognizer):
    name = "patient_list"
    triggers = (HEADER,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        return [
            Finding(kind, segment.location, 0.7, f"[{header}]", f"cell under column {header!r} of a patient list",
                    start, end)
            for start, end, kind, header in clinical_cells(segment.text, scan.get(HEADER.kind))
        ]
