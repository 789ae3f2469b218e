"""A newborn named as a neonatal unit names one before it has a given name: "Bébé garçon Vachon jumeau B",
"BB Rancourt", "Baby boy Tanguay twin A", "bb lebel", "FAFARD, bébé fille". The family name is the patient's
name; the word for a baby says so, as a title does."""

from __future__ import annotations

import re

from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._shapes import _SURNAME_KEYS, _is_surname
from sentinelle.classifiers.recognizers.patient_name._triggers import _LOW, _UP

_BABY = r"(?:[Bb][ée]b[ée]|BB|bb|Bb|[Bb]aby|BABY|[Nn]ouveau-n[ée]e?|[Nn]ewborn)"
_SEX = r"(?i:gar[çc]on|fille|boy|girl|male|female|masculin|f[ée]minin)"
_FAMILY = rf"(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?|[{_LOW}]{{3,}}"
_TWIN = r"(?:[ \t]+(?i:jumeau|jumelle|twin|triplet|tripl[ée]e?)[ \t]*[A-Ca-c1-3]\b)?"
_BABY_THEN_FAMILY = re.compile(
    rf"(?<![\w-]){_BABY}(?P<sex>[ \t]+{_SEX})?[ \t]+(?P<family>{_FAMILY})(?![\w-])(?P<twin>{_TWIN})"
)
# ... and the list's order, family name first ("FAFARD, bébé fille", "Tremblay, baby boy").
_FAMILY_THEN_BABY = re.compile(
    rf"(?<![\w-])(?P<family>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?),"
    rf"[ \t]*{_BABY}(?P<sex>[ \t]+{_SEX})(?![\w-])(?P<twin>{_TWIN})"
)
# (substrings of the lower-cased text: a case-insensitive regex search costs ten times as much, on every message
# with evidence; "bb" is also inside words, "abbé", "lobby": it asks for its word's bounds)
_PREFILTER = ("bébé", "bebe", "baby", "nouveau-n", "newborn")
_BB_WORD = re.compile(r"\bbb\b")


def _family_name(word: str, said: bool) -> bool:
    """A family name a list knows ("Lebel", "harvey"), or any capitalised one when the baby's sex or twin rank
    says a name follows ("Baby boy Tanguay", "FAFARD, bébé fille"); an ordinary word after "baby" is not one
    ("Baby Friendly", "bébé confort")."""
    if not _is_surname(word):
        return False
    if said and word[:1].isupper():
        return True
    return fold(word) in _SURNAME_KEYS or all(fold(part) in _SURNAME_KEYS for part in word.split("-"))


def newborn_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the newborns named by their family name after or before a word for a baby."""
    lowered = text.lower()
    if not any(word in lowered for word in _PREFILTER) and not ("bb" in lowered and _BB_WORD.search(lowered)):
        return []
    found: list[tuple[int, int, str]] = []
    for pattern in (_BABY_THEN_FAMILY, _FAMILY_THEN_BABY):
        for match in pattern.finditer(text):
            family = match["family"]
            if not _family_name(family, said=bool(match["sex"] or match["twin"])):
                continue
            found.append((match.start(), match.end(), match.group()))
    return found
