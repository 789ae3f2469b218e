"""The word "patient" inside the name of a piece of equipment or a compound unit: it names a device or
a measure, not a person cared for.

"Lève-patient Viking", "patient lift", "moniteur patient", "chariot patient", "patient-controlled
analgesia pump", and the units of rates ("4.5/1000 patient-days", "patients-jours", "jours-patients"):
such a "patient" is no chart-number context and introduces no patient's name. Read on
the few characters around the word (folded: lower case, no accents), so it costs nothing where the
word is absent.
"""

from __future__ import annotations

import re

from sentinelle.classifiers.recognizers._base import fold

_REACH_BEFORE = 16
_REACH_AFTER = 32
# A word glued before it with a hyphen ("lève-patient", "soulève-patient", "porte-patient"), except
# the labels that name the patient ("nom-patient", "id-patient", "no-patient", "dossier-patient").
_GLUED_BEFORE = re.compile(r"(?<![a-z])(?!(?:nom|id|no|num|dossier|fiche)[-\u2010\u2011])[a-z]{2,}[-\u2010\u2011]$")
# A device noun before it ("moniteur patient", "chariot patient", "civière patient").
_DEVICE_BEFORE = re.compile(
    r"\b(?:moniteurs?|monitor(?:eur)?s?|chariots?|civieres?|leve|souleve|lits?[ \t]+electriques?|treuils?"
    r"|harnais|toiles?|sangles?|pompes?|cables?|simulateurs?|bracelets?[ \t]+d'identification)[ \t]+$"
)
# A device noun after it ("patient lift", "patient monitor", "patient-controlled analgesia").
_DEVICE_AFTER = re.compile(
    r"^[ \t\-\u2010\u2011]*(?:lifts?|hoists?|monitors?|slings?|simulators?|warmers?|transfer[ \t]+(?:boards?"
    r"|devices?|sheets?)|controlled|trolleys?|stretchers?|cables?|scales?|leads?[ \t]+sets?)\b"
)
# A compound unit that counts care, not a person ("patient-days", "patients-jours"; spaced, only a
# plural: "1000 patient days" is a unit, "patient day 2 post-op" is a person).
_UNIT_AFTER = re.compile(
    r"^s?(?:[\-\u2010\u2011](?:days?|years?|months?|hours?|weeks?|visits?|jours?|annees?|mois|heures?)"
    r"|[ \t]+(?:days|years|visits)[ \t]*[.,;:)]?(?:$|[ \t]))"
)


def equipment_patient(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ("patient", "patiente") is part of the name of a piece of equipment."""
    before = fold(text[max(0, start - _REACH_BEFORE) : start])
    if _GLUED_BEFORE.search(before) or _DEVICE_BEFORE.search(before):
        return True
    after = fold(text[end : end + _REACH_AFTER])
    return _DEVICE_AFTER.match(after) is not None or _UNIT_AFTER.match(after) is not None
