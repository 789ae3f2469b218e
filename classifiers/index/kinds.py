"""Names shared by the recognizer and the scoring rules (light: no numpy, no regexes)."""

from sentinelle.classifiers.types import INDEXED_PATIENT

# Explanations of ``indexed_patient`` findings start with one of these; scoring tells the kinds
# of match apart by them.
EXPLAIN_NAME = "indexed given name + surname"
EXPLAIN_NAME_DOB = "indexed surname + birth date"
EXPLAIN_IDENTIFIER = "indexed identifier"

__all__ = ["EXPLAIN_IDENTIFIER", "EXPLAIN_NAME", "EXPLAIN_NAME_DOB", "INDEXED_PATIENT"]
