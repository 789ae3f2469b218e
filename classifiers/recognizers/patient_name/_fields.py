"""Labelled fields that name the person cared for with a word that also names staff: "Résident : Carole
Fortin, ch. 125" in a long-term-care home's incident report (an AH-223 declaration, a transfer form) is a
resident of the home, while "la résidente Marie Dubois" or "Résidente : Dre Annie Roy (R2)" is a medical
resident. The field and its context decide, never the word alone:

- the label opens its line and ends with a colon ("Résident :", "Résidente:", "Resident:");
- the name is not given a physician's title ("Dr", "Dre") and no residency word stands near it (R1-R5,
  PGY, "résident en médecine", "medical resident", residency, rotation, stage, supervisor, garde/on call);
- a care setting is said: a room or bed on the field's line ("ch. 125", "room 12", "lit 3"), or nearby
  a care home, an incident or event report, a fall, a transfer, a birth date or a health number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers.patient_name._shapes import _NAME, _clean_name

# The staff-role trigger's "résident(e)" / "resident" as the label of a field at the start of its line.
_FIELD_LABEL = re.compile(r"(?i:r[ée]sident(?:e|\(e\))?)[ \t\u00a0]*:")
_LINE_LEAD = re.compile(r"[ \t>*•·\-–—]*$")
_PHYSICIAN = re.compile(r"[ \t\u00a0]*(?:Dre?\b|DRE?\b|Docteure?\b|Dr\.)")
# A medical resident: training years and words of residency, in the field's neighbourhood.
# (Not "médecin", "MD", "de garde", "supervisor": incident reports say who was notified.)
_RESIDENCY = re.compile(
    r"\b(?:r[1-5]|pgy-?[1-7]|residen(?:t|te)s?\s+en\s+medecine|medical\s+residents?|residency|residanat"
    r"|residence\s+en\s+medecine|rotation|stagiaire|externe|interne|clinical\s+fellow|call\s+schedule)\b"
)
# A care setting: a room or bed on the field's line...
_ROOM = re.compile(r"\b(?:ch|chambre|room|rm|lit|bed|app|appartement|suite|unite|unit)\b\.?\s*\d")
# ... or nearby: a care home, an incident or event report, a fall, a transfer, a birth date, a health number.
_CARE_SETTING = re.compile(
    r"\b(?:chsld|rpa|ltc|long[\s-]term\s+care|soins\s+de\s+longue\s+duree|hebergement|residence\s+pour\s+aines"
    r"|ah-?223|declaration|incident|accident|evenement|event|chute|fall|fell|blessure|injury|transfert|transfer"
    r"|famille|family|ddn|dob|date\s+de\s+naissance|date\s+of\s+birth|nam|hcn|ohip|health\s+card|dossier|chart"
    r"|mrn|medication|medicament|soins|care\s+plan|plan\s+de\s+soins|pab|preposee?)\b"
)
_REACH = 400
_ROOM_WORDS = frozenset(("ch", "chambre", "room", "rm", "lit", "bed", "app", "appartement", "suite", "unite", "unit"))


# How a home's resident is described in apposition: their mobility and the help they need ("Gilles Nadeau
# (résident, fauteuil roulant)"), besides the care settings above.
_MOBILITY = re.compile(
    r"\b(?:fauteuil\s+roulant|wheelchair|marchette|walker|civiere|stretcher|transport\s+adapte|accompagnement"
    r"|ambulatoire|ambulatory|alite|bedridden|lift)\b"
)


def resident_cared_for(text: str, start: int, end: int) -> bool:
    """The "résident(e)" in apposition after the name at ``start:end`` is a care home's resident, not a
    medical one: a care setting or the person's mobility near it, and no word of residency."""
    around = fold_window(text[max(0, start - _REACH) : end + _REACH])
    if _RESIDENCY.search(around):
        return False
    return _CARE_SETTING.search(around) is not None or _MOBILITY.search(around) is not None


def care_field(text: str, role_start: int, role_end: int) -> bool:
    """The staff-role word at ``role_start:role_end`` is the label of a field naming a person cared for."""
    label = _FIELD_LABEL.match(text, role_start)
    if label is None or label.end() < role_end:
        return False
    line_start = text.rfind("\n", 0, role_start) + 1
    if not _LINE_LEAD.match(text[line_start:role_start]):
        return False
    if _PHYSICIAN.match(text, label.end()):
        return False
    line_end = text.find("\n", label.end())
    line = fold_window(text[label.end() : len(text) if line_end == -1 else line_end])
    around = fold_window(text[max(0, role_start - _REACH) : label.end() + _REACH])
    if _RESIDENCY.search(line) or _RESIDENCY.search(around):
        return False
    return _ROOM.search(line) is not None or _CARE_SETTING.search(around) is not None


def care_field_names(text: str, role_hits: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names in the fields that ``care_field`` accepts."""
    names: list[tuple[int, int, str]] = []
    for role_start, role_end in role_hits:
        if not care_field(text, role_start, role_end):
            continue
        label = _FIELD_LABEL.match(text, role_start)
        match = _NAME.match(text, label.end() - 1) if label else None  # from the colon: a labelled name
        name = _clean_name(match.group("name")) if match else ""
        words = name.split()
        room = next((i for i, w in enumerate(words) if fold_window(w.strip(".,")) in _ROOM_WORDS), len(words))
        name = " ".join(words[:room])  # "Harold Finch, Rm 302": the room is no part of the name
        if not match or not name:
            continue
        parts = name.split()
        start = text.find(parts[0], match.start("name"))
        end = text.rfind(parts[-1], start, match.end("name")) + len(parts[-1])
        names.append((start, end, name))
    return names
