"""Who attends: the people an attendance list names ("Present: Hélène Marchand (chair), Josiane Fréchette",
"panel: you, Josiane Fréchette and me"; not "Participants:", who may be a study's or a support group's patients)
and the rows of a roll whose first column says its people are members ("Member; Present"). They are staff in every
part of the message, as the message's correspondents are: the minutes' PDF, the roll's CSV and the covering note
name the same colleagues, and a list wrapped onto a second line (a PDF's) still names them. A list that says a
patient or a family attends is no staff list."""

from __future__ import annotations

import re

from sentinelle.classifiers.recognizers.patient_name._triggers import FULL_NAME

# The label of a list of people, anywhere on a line ("MINUTES ... Present:", "Interview Monday, panel: you, ...").
# Plural only where the singular labels one person who may be cared for (an invitation's "Attendee:").
_LIST_LABEL = re.compile(
    r"(?i:\b(?:membres[ \t]+)?(?:pr[ée]sente?s?|present|attendees|attendance|absente?s?|excus[ée]e?s?"
    r"|regrets|invit[ée]e?s|guests|members(?:[ \t]+present)?|panel|jury|interviewers?"
    r"|comit[ée][ \t]+de[ \t]+s[ée]lection|selection[ \t]+committee)[ \t]*:[ \t]*)"
)
# A match reaches this far before the word it holds ("membres présents") and after its start ("sélection :").
_LABEL_BEFORE, _LABEL_AFTER = 10, 40
# Every match of _LIST_LABEL holds one of these, in lower case (``_labels`` searches only around them).
_LABEL_WORDS = ("présent", "present", "attend", "absent", "excus", "regrets", "invit", "guest", "member",
                "membre", "panel", "jury", "interview", "sélection", "selection")
# Where a list ends: a blank line, a sentence's end, a numbered item, another label on a later line.
# (not a title's or an initial's period: "Dr. Karim Haddad", "J. Roy")
_LIST_END = re.compile(
    r"\n[ \t>]*\n|(?<![A-Z])(?<!Dr)(?<!Dre)(?<!Pr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Mme)(?<!Prof)(?<!St)\.(?:\s|$)"
    r"|\n[ \t>]*[0-9]+[.)]|\n[^\n:]*:"
)
_LIST_REACH = 400
# Who is cared for, among those the list names ("Présents : M. Jean Roy (patient), sa fille").
_CARED_FOR = re.compile(
    r"(?i:\b(?:patiente?s?|usag[eè]re?s?|r[ée]sidente?s?|clients?|b[ée]n[ée]ficiaires?|famille|family|fille|fils"
    r"|daughter|son|[ée]pouse?|wife|husband|mother|m[eè]re|father|p[eè]re)\b)"
)
# A roll's first column: its people are members or speakers ("Member; Present", "Conférencier,Heure"); not
# employees, whose values may be measured on them (an occupational-health table), nor participants (a study's).
_ROLL_HEADER = re.compile(
    r"[ \t]*(?i:members?|membres?|attendees?|speakers?"
    r"|conf[ée]renci(?:er|[eè]re)s?|pr[ée]sentat(?:eur|rice)s?)[ \t]*[;,\t|]"
)
_ROLL_CELL = re.compile(r"[ \t]*(?P<name>[^;,\t|\n]+?)[ \t]*(?:[;,\t|]|$)")


def attending(text: str) -> list[str]:
    """The full names of ``text``'s attendance lists and rolls."""
    return [*_listed(text), *_roll(text)]


def _labels(text: str) -> list[re.Match[str]]:
    """The matches of ``_LIST_LABEL``, searched only around the words every match holds (``str.find``): the
    alternation has no literal prefix, so a search over a whole text tries it at every position."""
    if ":" not in text:
        return []
    lower = text.lower()
    labels: list[re.Match[str]] = []
    searched_to = 0
    for at in sorted(at for word in _LABEL_WORDS for at in _places(lower, word)):
        label = _LIST_LABEL.search(text, max(searched_to, at - _LABEL_BEFORE), at + _LABEL_AFTER)
        if label is not None and label.start() >= searched_to:
            labels.append(label)
            searched_to = label.end()
    return labels


def _places(lower: str, word: str) -> list[int]:
    places = []
    at = lower.find(word)
    while at >= 0:
        places.append(at)
        at = lower.find(word, at + 1)
    return places


def _listed(text: str) -> list[str]:
    names: list[str] = []
    for label in _labels(text):
        end = _LIST_END.search(text, label.end(), label.end() + _LIST_REACH)
        listed = text[label.end() : end.start() if end is not None else label.end() + _LIST_REACH]
        opening = text[text.rfind("\n", 0, label.start()) + 1 : label.end()]  # "Patients absents :"
        if _CARED_FOR.search(listed) or _CARED_FOR.search(opening):
            continue
        names.extend(m.group() for m in FULL_NAME.finditer(listed))
    return names


def _roll(text: str) -> list[str]:
    if _ROLL_HEADER.match(text) is None:
        return []
    names: list[str] = []
    for line in text.splitlines()[1:]:
        cell = _ROLL_CELL.match(line)
        if cell is not None and FULL_NAME.fullmatch(cell["name"]):
            names.append(cell["name"])
    return names
