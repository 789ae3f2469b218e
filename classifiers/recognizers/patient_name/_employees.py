"""Whom an employer's mail names as its staff: an employee number or the label "employee" beside a name, an
announced return to work, someone to replace on the schedule or whose health news is an employee's. Used by
``StaffNames.with_titled``: such a name is staff in every part of the message."""

from __future__ import annotations

import functools
import re

from sentinelle.classifiers.re2_patterns import Prefiltered
from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._triggers import FULL_NAME, TITLE_CASE_FULL_NAME

# Who bears an employee number: "Richard Thibault (matricule 147778, infirmier clinicien)", "Maude Stewart, employee
# #352067": an employee, whatever an occupational-health note says of them. The label and its number are found
# first (rare), then the full name right before them.
_EMPLOYEE_NUMBER_PATTERN = (
    r"(?i:matricule|no\.?[ \t]+(?:d['’])?employ[ée]e?|employee[ \t]*(?:#|no\.?|number|id)|emp\.?[ \t]*(?:#|no\.?))"
    r"[ \t]*:?[ \t]*[0-9]"
)
# (Python's re folds "ı" and "İ" to "i", RE2 does not: the superset spells them out)
_EMPLOYEE_NUMBER = Prefiltered(
    re.compile(_EMPLOYEE_NUMBER_PATTERN),
    r"(?i:matr[iıİ]cule|no\.?[ \t]+(?:d['’])?employ[ée]|employee|emp\.?[ \t]*(?:#|no))",
)
_EMPLOYEE_LABELS = ("matricule", "employ", "emp.", "emp #", "emp#", "emp no", "staff member", "membre du personnel")
_NAME_BEFORE_NUMBER = re.compile(rf"(?P<name>{TITLE_CASE_FULL_NAME})[ \t]*[(,][ \t]*$")
# ... or the label "employee" right before the name ("Incident report - employee: Laura Stewart (DOB ...), home care
# nurse", "Déclaration d'événement – employée : Émilie Léger"): what an employer's health and safety office writes.
_EMPLOYEE_LABEL_WORDS = (
    r"(?i:\b(?:employee|employ[ée]e?|employ[ée]\(e\)|staff[ \t]+member|membre[ \t]+du[ \t]+personnel))[ \t]*:"
)
_EMPLOYEE_LABEL = Prefiltered(re.compile(rf"{_EMPLOYEE_LABEL_WORDS}[ \t]*(?P<name>{TITLE_CASE_FULL_NAME})"),
                              # (no \b: "ſtaff" is "staff" to Python's re, and RE2's \b is ASCII)
                              _EMPLOYEE_LABEL_WORDS.replace(r"\b", ""))


# An employee's return to work said right after their name, whatever injury or illness the sentence gives ("Melissa
# Sorensen has been cleared for a graduated return to work", "Véronique Thivierge (TS, 3e Est) reprendra le travail en
# retour progressif"): occupational health's or HR's word to a manager, about staff (matched on folded text).
RETURN_TO_WORK_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:,[^,\n]{0,40},[ \t]*)?"
    r"(?:has\s+been\s+|is\s+|was\s+)?(?:cleared\s+for|will\s+(?:start|begin|resume|return\s+on)|starts|begins|resumes"
    r"|reprendra|reprend|commencera|debutera|amorcera|est\s+autorisee?\s+a|sera\s+en|will\s+be\s+on)\s+"
    r"(?:(?:a|an|the|le\s+travail\s+en|le\s+travail|son|sa|un|her|his|their)\s+)?"
    r"(?:(?:graduated|gradual|progressive|modified)\s+)?(?:return\s+to\s+work|retour\s+progressif|retour\s+au\s+travail"
    r"|travaux\s+legers|light\s+duties|modified\s+duties)\b"
)
# ... or right before it ("Graduated return to work for Marie-Ève Lavallée starting Sep 8", "Retour progressif de
# Julie Gagnon"), unless the next words call them someone's patient (a physician's form for an employer).
_RETURN_TO_WORK_BEFORE = re.compile(
    r"(?:return\s+to\s+work|retour\s+progressif|retour\s+au\s+travail|light\s+duties|modified\s+duties)"
    r"(?:\s+(?:au\s+travail|plan|schedule|program(?:me)?))?\s+(?:for|of|de|d'|pour)\s*$"
)
_CALLED_A_PATIENT = re.compile(r"[ \t]*[,(]?[ \t]*(?:(?:mon|ma|my|notre|our|votre|your)\s+)?patiente?\b")
_RETURN_WORDS = ("return to work", "retour progressif", "retour au travail", "reprendra le travail", "travaux légers",
                 "light duties", "modified duties")


# Hurt on the job, in a hospital's or an employer's own words: during a code white, an intervention, a shift or a
# patient transfer ("Catherine Normandeau, blessée lors de l'intervention du 17 octobre (code blanc, 4 Sud)",
# "Rachel Thériault, injured on shift on Feb 21", "Dominic Veilleux, blessé(e) pendant son quart"): a patient holds no
# shift; not "blessé au travail", which an occupational physician writes of a patient (matched on folded text).
INJURED_AT_WORK_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:was\s+|has\s+been\s+|a\s+ete\s+|s'est\s+)?(?:injured|hurt|blessee?|blesse\(e\))\s+"
    r"(?:during|lors\s+(?:de|d'|du)|pendant|while|on)\s*"
    r"(?:the\s+|a\s+|an\s+|l'|la\s+|le\s+|une?\s+|son\s+|sa\s+|her\s+|his\s+|their\s+)?"
    r"(?:code\s+(?:white|blanc)|(?:physical\s+)?interventions?\b|shift|quart|transfert|transfer(?:ring)?|restraint"
    r"|contention)"
)
_INJURY_WORDS = ("injur", "hurt", "bless")


def injured_at_work(text: str, lower: str) -> list[str]:
    """The full names of ``text`` that the words right after them say were hurt on the job (``INJURED_AT_WORK_AFTER``):
    staff in every part of the message, the Subject's "Workplace injury - Rachel Thériault" included."""
    if not any(word in lower for word in _INJURY_WORDS):
        return []  # (cheap first: most mail says nothing of it)
    return [m.group() for m in FULL_NAME.finditer(text)
            if INJURED_AT_WORK_AFTER.match(fold(text[m.end() : m.end() + 120]))]


def returning_to_work(text: str, lower: str) -> list[str]:
    """The full names of ``text`` whose return to work the words right after them announce (``RETURN_TO_WORK_AFTER``):
    staff in every part of the message, the Subject's "Retour progressif - Véronique Thivierge" included."""
    if not any(words in lower for words in _RETURN_WORDS):
        return []  # (cheap first: most mail says nothing of it)
    return [m.group() for m in FULL_NAME.finditer(text)
            if RETURN_TO_WORK_AFTER.match(fold(text[m.end() : m.end() + 160]))
            or (_RETURN_TO_WORK_BEFORE.search(fold(text[max(0, m.start() - 60) : m.start()]))
                and not _CALLED_A_PATIENT.match(fold(text[m.end() : m.end() + 30])))]


def employees(text: str, lower: str) -> list[str]:
    """The full names given an employee number, or labelled as an employee's, in ``text`` (``lower``:
    ``text.lower()``)."""
    names: list[str] = []
    # (cheap first: Python's re would try the labels' alternation at every position of every text)
    if not any(label in lower for label in _EMPLOYEE_LABELS):
        return names
    for number in _EMPLOYEE_NUMBER.finditer(text):
        before = _NAME_BEFORE_NUMBER.search(text, max(0, number.start() - 64), number.start())
        if before is not None:
            names.append(before["name"])
    # (unless the next words call them someone's patient: a physician's form for an employer)
    names.extend(label["name"] for label in _EMPLOYEE_LABEL.finditer(text)
                 if not _CALLED_A_PATIENT.match(fold(text[label.end() : label.end() + 30])))
    return names


# Someone to replace on the schedule, or whose health news is an employee's: patients hold no shifts ("Please replace
# on the evening schedule", "Merci de la remplacer sur l'horaire de soir", "information de santé d'un employé", "I'm
# reorganising the cleanroom schedule", "seen by employee health", "vue au bureau de santé", "suivi SST").
REPLACED_ON_THE_SCHEDULE = re.compile(
    r"(?i:\b(?:(?:remplacer|replace|cover)\s+(?:(?:him|her|them)\s+)?(?:sur|[aà]|on|in)\s+(?:l['’]|the\s+|la\s+|le\s+)?"
    r"(?:[a-z]+\s+)?(?:horaire|schedule|rota|roster|quart|shift|liste\s+de\s+garde)"
    r"|(?:r[eé]organi[sz]|rearrang|ajust|adjust)[a-zé]*\s+(?:l['’]|the\s+|la\s+|le\s+|my\s+|our\s+|mon\s+|notre\s+)?"
    r"(?:[a-z]+\s+)?(?:horaire|schedule|rota|roster)"
    # (not a patient's medication times: "ajuster l'horaire de l'insuline", "adjust the schedule of her doses")
    r"(?!\s+(?:de\s+(?:prise|l['’]insuline|ses|son|sa|la\s+m[eé]dication|m[eé]dication)|des\s+(?:doses|m[eé]dicaments|repas"
    r"|prises|injections)|(?:of|for)\s+(?:his|her|the|their)\s+(?:medications?|insulin|doses|meds|injections)))"
    r"|(?:employee|staff)\s+health|sant[eé]\s+des\s+employ[eé]s|bureau\s+de\s+sant[eé]|(?-i:OHS)"
    r"|sant[eé]\s+et\s+s[eé]curit[eé]\s+au\s+travail|occupational\s+health\s+and\s+safety"
    r"|(?:suivi|d[eé]claration|dossier|[eé]v[eé]nement|comit[eé]|conseill[eè]re?|service)\s+(?:de\s+la\s+|en\s+)?(?-i:SST)"
    r"|informations?\s+de\s+sant[eé]\s+d['’]une?\s+employ[eé]e?"
    # ... or whose absence the team must cover, whose duties adapted, whom occupational health clears ("Merci de
    # prévoir le remplacement à la clinique", "Merci d'adapter ses affectations", "la santé au travail autorise")
    # (a colleague's replacement somewhere or for a while; not a device's or a joint's: "le remplacement de la sonde")
    r"|pr[eé]voir\s+(?:le\s+|son\s+|un\s+)?remplacement(?=\s*[.,;!]|\s+(?:[àa]|au|aux|sur|dans|pendant|durant)\s)"
    r"|adapter\s+(?:ses|leurs)\s+(?:affectations|t[aâ]ches)"
    r"|sant[eé]\s+au\s+travail)\b)"
)
# Every match of REPLACED_ON_THE_SCHEDULE holds one of these words, in lower case ("réorganise" holds "réorgani").
_REPLACEMENT_WORDS = ("remplacer", "replace", "cover", "employ", "staff health", "ohs", "reorgani", "réorgani",
                      "rearrang", "ajust", "adjust", "bureau de sant", "sst", "curité au travail", "curite au travail",
                      "occupational health and", "remplacement", "adapter ses", "adapter leurs", "santé au travail",
                      "sante au travail")
# How far a match of REPLACED_ON_THE_SCHEDULE reaches before and after the word of _REPLACEMENT_WORDS it holds.
_REPLACED_BEFORE, _REPLACED_AFTER = 60, 160


def _word_places(lower: str) -> list[tuple[int, int]]:
    """(position, length) of every word of ``_REPLACEMENT_WORDS`` in ``lower``, in order (``str.find``: an
    alternation of the words in ``re`` costs 20 µs per 5 KB text, the eleven finds a few)."""
    places: list[tuple[int, int]] = []
    for word in _REPLACEMENT_WORDS:
        at = lower.find(word)
        while at >= 0:
            places.append((at, len(word)))
            at = lower.find(word, at + 1)
    places.sort()
    return places


@functools.lru_cache(maxsize=16)
def replaced_starts(text: str) -> tuple[int, ...]:
    """Where ``REPLACED_ON_THE_SCHEDULE`` matches in ``text``, found once per text (the staff of the message and
    each name's staff cues ask it), searched only around the words every match holds: the alternation has no
    literal prefix, so a search over a whole message tries it at every position."""
    starts: list[int] = []
    searched_to = 0
    for at, length in _word_places(text.lower()):
        match = REPLACED_ON_THE_SCHEDULE.search(text, max(searched_to, at - _REPLACED_BEFORE),
                                                at + length + _REPLACED_AFTER)
        if match is not None and match.start() >= searched_to:
            starts.append(match.start())
            searched_to = match.end()
    return tuple(starts)



def replaced_on_the_schedule(text: str) -> list[str]:
    """The full name that opens a paragraph saying its person is to be replaced on the schedule (or that its
    health news is an employee's): staff, in every part of the message ("Retrait préventif - Mélanie Morin")."""
    names: list[str] = []
    for start in replaced_starts(text):
        opening = text.rfind("\n\n", 0, start) + 1
        first = FULL_NAME.search(text, opening, start)
        if first is not None:
            names.append(first.group())
    return names
