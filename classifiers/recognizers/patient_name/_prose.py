"""Names said in prose: "Marie Roy (45 ans)", "Jessica (Marchand, 28 ans", a nickname, the person cared
for named by a relative ("ma fille Léa", "my son Chantal"), and a patient who introduces themselves ("ici Markusi
Tukalak. Je tousse depuis 3 semaines")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sentinelle.classifiers import re2_patterns
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers._base import bounded, fold
from sentinelle.classifiers.recognizers.patient_name._own_care import _WRITES_OF_OWN_CARE, ABOUT_OWN_WORK
from sentinelle.classifiers.recognizers.patient_name._shapes import (
    _BEFORE_A_LETTER,
    _MONTHS,
    _STOP,
    _is_surname,
    _known_surname,
)
from sentinelle.classifiers.recognizers.patient_name._triggers import _GIVEN_SET, _LOW, _UP, CALL_VERBS, UPDATE_WORDS

_SAID_CAP = rf"(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_SAID_UPPER = rf"[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?"
_SAID_NAME = re.compile(
    rf"(?:[{_UP}]\.[ \t]?{_SAID_CAP}|{_SAID_CAP},[ \t]+{_SAID_CAP}|{_SAID_UPPER}[ \t\u00a0]+{_SAID_CAP}"
    rf"|{_SAID_CAP}[ \t\u00a0]+(?:{_SAID_UPPER}(?![{_LOW}])"
    rf"|{_SAID_CAP}(?:[ \t\u00a0]+(?:{_SAID_CAP}|{_SAID_UPPER}(?![{_LOW}]))){{0,1}}))"
)
_YEARS_OF = re.compile(r"[ \t]+(?:de|d['’]|of)\b")  # "30 ans de service", "25 years of experience": no age


_NUMBER_IN_PARENTHESES = re.compile(r"[ \t]*\([ \t]*([A-Z]{0,3}-?[0-9][0-9 -]*[0-9])[ \t]*\)")


# Two years joined by a hyphen: a period ("Congrès mondial (1998-2026)"), not a chart number.
_YEARS = re.compile(r"(?:19|20)[0-9]{2}[ \t]*-[ \t]*(?:19|20)[0-9]{2}")


def _phone_or_short(value: str) -> bool:
    """A telephone number's groups (3-3-4, 3-4, ten or seven digits), a period of years or fewer than six digits:
    no chart number."""
    groups = [len(g) for g in re.findall(r"[0-9]+", value)]
    return (sum(groups) < 6 or _YEARS.fullmatch(value) is not None
            or (value[:1].isdigit() and groups in ([3, 3, 4], [3, 4], [10], [7], [1, 3, 3, 4])))


# "Jessica (Marchand, 28 ans": a given name and, in parentheses, the surname; "Lynda (15 ans)", "Tyler (sec. 2",
# "Dylan D. (grade 11": a known given name (and a surname's initial) and what says who is meant.
_GIVEN_PAREN = re.compile(
    rf"(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?P<initial>[ \t]+[{_UP}]\.)?[ \t]*\([ \t]*"
    rf"(?:(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]*,)?"
)


# "Yvon, 73 ans": a known given name alone, then the age between commas (the hit holds no space before its comma).
# ... not the kind of person a teaching case opens with ("Man, 52, known for stage 4 CKD": "Man" is a given name too).
_KINDS_OF_PERSON = frozenset({"man", "woman", "boy", "girl", "male", "female", "lady", "gentleman", "child", "baby",
                              "homme", "femme", "garçon", "fille", "enfant", "bébé", "dame", "monsieur"})
_GIVEN_COMMA_AGE = re.compile(rf"(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?),[ \t]*[0-9]")


def _listed_given(name: str) -> bool:
    """A listed given name, or a compound one whose parts are listed ("Jean-Guy")."""
    return all(part in _GIVEN_SET for part in name.split("-"))


def _given_with_parenthesis(text: str, start: int) -> tuple[int, int, str] | None:
    match = _GIVEN_PAREN.match(text, start)
    if match is None or not _listed_given(match["given"]):
        return None
    if match["surname"]:
        if not _is_surname(match["surname"]):
            return None
        return start, match.end("surname"), f"{match['given']} {match['surname']}"
    end = match.end("initial") if match["initial"] else match.end("given")
    return start, end, text[start:end]


_NICKNAME_SURNAME = re.compile(
    rf"[«“\"][ \t\u00a0]*[^»”\"\n]{{1,30}}[»”\"][ \t\u00a0]*\([ \t]*"
    rf"(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}][{_LOW}]+)?)[ \t]*,[ \t]*(?P<who>(?i:celui|celle|ce[ \t]+monsieur|cette[ \t]+dame|who"
    rf"|the[ \t]+(?:guy|man|woman|lady|one)|[0-9]{{1,3}}[ \t]*(?:ans|y\.?o)))?"
)


# "Gérald called (579.555.0161)": a known given name, then its call from a number (the ``NAME_SAID`` hit).
_GIVEN_CALLED = re.compile(
    rf"(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?:[ \t]+(?i:from|de|du)[ \t]+[^\n,()]{{1,25}}?)?[ \t]+"
    rf"{CALL_VERBS}(?:[ \t]+(?i:back))?[ \t]*(?:\(|(?i:from|du|de))"
)


# "Update on Linda:": a paragraph's update about a known given name (the ``NAME_SAID`` hit).
_UPDATE_ON_GIVEN = re.compile(
    rf"[ \t]*{UPDATE_WORDS}[ \t]+(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]*:"
)


# "Mathis (DDN : 28 octobre 2021)": a name, then its own birth date's label in parentheses.
_BIRTH_LABEL_IN_PARENTHESES = re.compile(
    r"[ \t]*\([ \t]*(?i:ddn|dob|d\.o\.b\.?|date[ \t]+de[ \t]+naissance|date[ \t]+of[ \t]+birth|n[ée]e?[ \t]+le|born)\b"
)


def birth_label_follows(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by its birth date's label in parentheses: a patient's, whatever the
    message's genre (a newsletter, a programme or a notice gives nobody's DDN)."""
    return _BIRTH_LABEL_IN_PARENTHESES.match(text, end) is not None


def _names_said(text: str, hits: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the full names that an age or a care verb follows (the ``NAME_SAID`` trigger)."""
    names: list[tuple[int, int, str]] = []
    for start, end in hits:
        if text[start] in "«“\"":
            nickname = _NICKNAME_SURNAME.match(text, start)  # (what follows the comma: beyond the hit)
            if nickname is not None and (nickname["who"] or _known_surname(nickname["surname"])):
                names.append((nickname.start("surname"), nickname.end("surname"), nickname["surname"]))
            continue
        if text.find("(", start, end) > 0 and (given := _given_with_parenthesis(text, start)) is not None:
            names.append(given)
            continue
        update = _UPDATE_ON_GIVEN.match(text, start, end)
        if update is not None:
            if _listed_given(update["given"]):
                names.append((update.start("given"), update.end("given"), update["given"]))
            continue
        called = _GIVEN_CALLED.match(text, start, end)
        if called is not None:
            if _listed_given(called["given"]):
                names.append((start, called.end("given"), called["given"]))
            continue
        aged = _GIVEN_COMMA_AGE.match(text, start, end)
        if aged is not None:
            if (aged["given"] in _GIVEN_SET and aged["given"].lower() not in _KINDS_OF_PERSON
                    and not _YEARS_OF.match(text, end)):
                names.append((start, aged.end("given"), aged["given"]))
            continue
        match = _SAID_NAME.match(text, start, end)
        if match is None or not bounded(text, start, match.end()) or _YEARS_OF.match(text, end):
            continue
        words = [word.rstrip(",") for word in match.group(0).split()]
        name_start = start
        while len(words) > 2 and not _is_surname(words[0]):  # "Re Kwame Wright (LU8633034)": "Re" is no name
            name_start = text.index(words[1], name_start + len(words[0]))
            words = words[1:]
        if any(not _is_surname(w) or fold(w) in _MONTHS or fold(w) in _BEFORE_A_LETTER for w in words):
            continue
        number = _NUMBER_IN_PARENTHESES.match(text, match.end(), end)
        if number is not None and number.end() >= end and _phone_or_short(number.group(1)):
            continue  # "Marie Roy (514-555-0199)": a telephone number, or a year, says nobody is a patient
        names.append((name_start, match.end(), " ".join(words)))
    return names


# A relative who writes about the person cared for names them by given name ("my son Chantal (Jun 13, 2016) had
# his skin prick tests", "ma fille Léa fait de la fièvre", "je suis la fille de Louise Pelletier"): the name after
# the family word is the patient's, a known given name (and the surname if one follows).
# (RE2: relatives' phrases are rare, and Python's re tried this alternation at every character of every segment
# with evidence, about 4 % of the inspection)
_RELATIVE_THEN_NAME = re2_patterns.compile(
    r"\b(?:(?i:my|our|your|mon|ma|notre|votre|ton|ta)[ \t]+(?i:ex-)?(?i:son|daughter|mother|father|mom|mum|dad|husband"
    r"|wife|partner|child|baby|boy|girl|kid|gar[çc]on|petite?|grand|grande"
    r"|grand(?:mother|father|son|daughter)|fils|fille|m[èe]re|p[èe]re|mari|femme|conjointe?|enfant|b[ée]b[ée]"
    r"|grand-m[èe]re|grand-p[èe]re|petite?-(?:fils|fille))[ \t,]+"
    # ... or the writer's own tie to them, a relative's or a legal representative's ("je suis l'ex-conjoint de
    # Hélène Vaillancourt", "I am the daughter of ...", "la mandataire de ...")
    r"|(?i:l['’]|le|la|the)[ \t]*(?i:ex-)?(?i:conjointe?|[ée]pouse|[ée]poux|mari|femme|fille|fils|m[èe]re|p[èe]re"
    r"|s[oœ]ur|fr[èe]re|mandataire|tut(?:eur|rice)|curat(?:eur|rice)|wife|husband|partner|daughter|son|mother"
    r"|father|sister|brother|guardian)[ \t]+(?i:de|d['’]|of)[ \t]*)"
    rf"(?P<name>(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?:[ \t]+(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}][{_LOW}]+)?))?)"
)


# (google-re2's match objects take group numbers, not names)
_RELATIVE_NAME, _RELATIVE_GIVEN, _RELATIVE_SURNAME = (
    _RELATIVE_THEN_NAME.groupindex[group] for group in ("name", "given", "surname")
)


def people_named_by_a_relative(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the people a relative names after a family word ("my son Chantal", "ma mère
    Louise Pelletier"): a known given name, and its surname when a capitalised word that is no ordinary one
    follows; a given name the list lacks only with a known family name ("your father Wei Patel")."""
    found: list[tuple[int, int, str]] = []
    for match in _RELATIVE_THEN_NAME.finditer(text):
        given, surname = match.group(_RELATIVE_GIVEN), match.group(_RELATIVE_SURNAME)
        full = bool(surname) and _is_surname(surname) and fold(surname) not in _MONTHS
        if given not in _GIVEN_SET:
            if full and _known_surname(surname) and fold(given) not in _STOP and fold(given) not in _MONTHS:
                found.append((*match.span(_RELATIVE_NAME), match.group(_RELATIVE_NAME)))
            continue
        if full:
            found.append((*match.span(_RELATIVE_NAME), match.group(_RELATIVE_NAME)))
        else:
            found.append((*match.span(_RELATIVE_GIVEN), given))
    return found


# A writer who gives their own full name ("Bonjour, ici Markusi Tukalak.", "c'est Siasi Elijassiapik", "This is
# Derek Campbell", "je m'appelle ...", "my name is ..."): no list need know it, what follows says whose care it is.
_SELF_NAMED = re2_patterns.compile(
    r"(?:^|[^\w])(?i:ici|c['’]est|this[ \t]+is|my[ \t]+name[ \t]+is|je[ \t]+m['’]appelle|mon[ \t]+nom[ \t]+est"
    r"|je[ \t]+suis|i[ \t]+am|i['’]m)"
    rf"[ \t,:]+(?P<name>{_SAID_CAP}[ \t]+{_SAID_CAP}(?:[ \t]+{_SAID_CAP})?)(?:[ \t]*[.,;!\n]|[ \t]+(?i:et|and)\b)"
)
_SELF_NAMED_GROUP = _SELF_NAMED.groupindex["name"]
_OWN_CARE_REACH = 300  # what the writer says of themselves right after giving their name


def people_introducing_themselves(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of writers who give their full name and then write of their own care ("ici Markusi
    Tukalak. Je tousse depuis 3 semaines", "This is Derek Campbell, my results..."), not of their work."""
    found: list[tuple[int, int, str]] = []
    for match in _SELF_NAMED.finditer(text):
        start, end = match.span(_SELF_NAMED_GROUP)
        name = match.group(_SELF_NAMED_GROUP)
        if any(not _is_surname(word) or fold(word) in _MONTHS for word in name.split()):
            continue
        after = fold_window(text[end : end + _OWN_CARE_REACH])
        if _WRITES_OF_OWN_CARE.search(after) is not None and ABOUT_OWN_WORK.search(after) is None:
            found.append((start, end, name))
    return found


# A given name alone after a verb of seeing, then evidence on its line ("The doctor saw Fatoumata yesterday: the left
# hand laceration is slow to improve", "J'ai revu Mathieu ce matin : brûlure chimique"): a clinician's reply speaks of
# the patient by given name, the message names them in full elsewhere (the quoted question, the Subject's surname).
_SEEN_GIVEN = re.compile(
    r"(?i:\b(?:saw|seen|examined|assessed|vue?|revue?|rencontr[ée]e?|examin[ée]e?))[ \t]+"
    rf"(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?![\w'’-])(?![ \t]+[{_UP}])"
)
_SEEN_REACH = 160


def given_names_seen(
    text: str, evidence: Sequence[tuple[int, int]], said_of_someone: Callable[[int, int], bool]
) -> frozenset[str]:
    """The known given names said alone right after a verb of seeing, with evidence said of someone (not a clinic's
    or a topic's name: ``said_of_someone``, asked only of the evidence that follows such a name) after them on their
    line."""
    seen: set[str] = set()
    for match in _SEEN_GIVEN.finditer(text):
        given = match["given"]
        if given not in _GIVEN_SET:
            continue
        line_end = text.find("\n", match.end())
        limit = min(match.end() + _SEEN_REACH, len(text) if line_end < 0 else line_end)
        if any(match.end() <= start < limit and said_of_someone(start, end) for start, end in evidence):
            seen.add(given)
    return frozenset(seen)
