"""Names that a line's layout says are patients': a terse note's or a roster's "Surname I. -" or "Lit 12 :
MORIN, Ginette", an initial and a surname opening a clinical line, a known given name and an initial, and a
surname beside a chart number in a field of its line. (Names by the bed or room they lie in: ``_rooms``.)"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from sentinelle.classifiers import re2_patterns
from sentinelle.classifiers.recognizers._base import bounded, fold
from sentinelle.classifiers.recognizers.patient_name._cues import _THIRD_PERSON
from sentinelle.classifiers.recognizers.patient_name._shapes import (
    _BEFORE_A_LETTER,
    _DATE_SPAN,
    _NOT_SURNAMES,
    _capitalised,
    _is_surname,
    _known_surname,
)
from sentinelle.classifiers.recognizers.patient_name._spans import _Overlaps
from sentinelle.classifiers.recognizers.patient_name._triggers import _GIVEN_SET, _LOW, _UP

# What may stand before a terse note's name on its line: bullets, quote marks, "FYI", "URGENT"..., or the
# bed or room number of a roster ("Bed 3B", "Lit 12 :", "Ch. 1204 –", "23 -", or a unit and its room as bed
# management writes them, "3A-327", "5N-12": as telling as a bed word), or the hour of an OR or clinic list;
# four digits alone are an extension or a year more often than a bed.
_BED_LEAD = (
    # (a list's own numbering may come first: "1. Ch 686C - LINDQVIST E. (6251376) - MPOC")
    r"(?P<bed>(?:(?P<bedword>(?:[0-9]{1,2}[.)][ \t]+)?"
    r"(?i:bed|lit|ch|chambre|room|rm|civi[eè]re|civ|stretcher|cubicle|box|salle|or|bloc|urg|urgence|c)\.?[ \t]*"
    r"[0-9]{1,4}"
    r"|[0-9]{1,2}[A-Z]{1,2}-[0-9]{1,4}|[A-Z]{1,4}[0-9]{0,2}-[0-9]{1,4}|[0-9]{2,4}-[A-Z]{1,2}(?=[ \t])"
    # ... or a floor and a room with its bed letter ("5-12A  Rutherford T, 55y")
    r"|[0-9]{1,2}-[0-9]{1,3}[A-Z]?(?=[ \t]))"
    # ... or the hour of an operating-room or clinic list ("7h00 Tremblay J 30F 1744726 PTH D", "08:30 Roy, M.")
    r"|[0-9]{1,2}(?:[hH:][0-9]{2}|[hH])"
    r"|[0-9]{1,3})"
    r"[A-Z]?(?:[ \t]*[-–—:|.),/][ \t]*|[ \t]+))"
)
# (a unit's abbreviation may name where the bed is: "SDR lit 12 :", "PACU bay 3 -")
_TERSE_LEAD = re.compile(rf"[ \t>*•·|\-–—]*(?:[A-Z]{{2,5}}[ \t]+(?=\S+[ \t]*[0-9]))?{_BED_LEAD}?"
                         rf"(?:(?P<word>[A-Za-z]+)[ \t:,]+)?$")
_SURNAME_AND_INITIAL = re.compile(rf"(?P<surname>[^\s,]+),?[ \t\u00a0]+(?P<initial>[{_UP}])")


_CODE_AFTER_INITIAL = re.compile(r"-?[0-9]")
# A citation's author list after "Surname I": "et al.", or the next author ("Roy A, Tremblay JP, ...").
_AUTHORS_AFTER = re.compile(
    rf"\.?,?[ \t]+(?:et[ \t]+al\b|[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?[ \t]+[{_UP}]{{1,2}}[,.])"
)
_TERSE_REACH = 120  # the clinical evidence that makes the line a note about the named patient
_UNKNOWN_SURNAME_REACH = 24
# A roster: this many lines alike (a bed or room number, then "Surname I."), one of them at least with
# clinical evidence; the shape itself says the others are patients too ("24 - Simard M. — TDM demain").
_ROSTER_LINES = 3


# A patient named by an initial and a family name ("C. Taylor 2541800 - glyc 19.2", "J. Gauthier a appelé : douleur
# au mollet", "Reminder about S. MacDonald, transurethral resection"): the name opens its line (after bullets, a bed,
# or the words that say whom the line is about) and clinical evidence follows on the same line.
_LINE_OPENING_INITIAL = re.compile(
    # (a room said with its article: "Le 525, G. Dionne, a besoin de plaquettes", "au 312 : M. Ouellet")
    rf"[ \t>*•·|\-–—]*(?:(?i:le|la|au|the|in)[ \t]+(?=[0-9]))?{_BED_LEAD}?"
    # (after the greeting of a one-line note: "Hi Nadia, L. Lachance missed Aricept 3 days this week")
    rf"(?:(?i:hi|hello|hey|bonjour|bonsoir|salut|allo|allô)[ \t]+[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?[ \t]*,[ \t]*)?"
    r"(?:(?i:(?:(?:reminder|rappel|update|nouvelles|news|question|petit[ \t]+rappel)[ \t]+)?"
    r"(?:about|re|pour|for|concernant|regarding|au[ \t]+sujet[ \t]+de|fyi|pt|patient|patiente))[ \t:,]+)?"
    # (a compound given name's two initials too: "J.-P. Tremblay", "D.O. O'Neill")
    rf"(?P<initial>[{_UP}])\.(?:-?[{_UP}]\.)?[ \t\u00a0]?"
    rf"(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?)(?![\w'’-])"
)


# ... or said about, within a line ("Pre-surgical orthodontics for F. Dufour are complete (skeletal class III").
_ABOUT_WORDS = (
    r"(?<![\w'’-])(?i:pour|for|about|concernant|regarding|au[ \t]+sujet[ \t]+de"
    # ... or whom a clinician saw ("J'ai vu A. Labrecque en clinique", "I saw K. Walsh today")
    r"|vue?|revue?|rencontr[ée]e?|examin[ée]e?|[ée]valu[ée]e?|seen|saw|examined|assessed|met[ \t]+with"
    # ... or whose care a clinician hands over ("I'm handing over S.Nantel starting October 27", "je te confie")
    r"|handing[ \t]+over|hand[ \t]+over|handover(?:[ \t]+of)?|(?:je[ \t]+te|je[ \t]+vous)[ \t]+(?:confie|transf[èe]re)"
    # ... or whose document it is ("as-tu eu le rapport d'imagerie de A. Rioux?")
    r"|(?:rapport|r[ée]sultats?|bilan|imagerie|report|results?|frottis|smear|biopsie|biopsy|pr[ée]l[èe]vement"
    r"|[ée]chantillon|specimen|sample)(?:[ \t]+d['’][a-zé]+)?[ \t]+(?:de|of|for)"
    # ... or an assessment's or a test's ("Éval de L. Papadopoulos faite aujourd'hui", "ostéo de Auclair P. :")
    r"|(?:[ée]val(?:uation)?|assessment|ost[ée]o(?:densitom[ée]trie)?|densitom[ée]trie|bmd|labs?|bloodwork"
    r"|work-?up|moca|mmse)[ \t]+(?:de|d'|of|for)"
    # ... or whom a colleague is asked to fit in or book ("Could you squeeze in W. Lemieux today? Mom called, speech
    # delay", "peux-tu voir G. Fortier", "could you pop in to see F. Saleh in rm 7")
    r"|squeeze[ \t]+in|fit[ \t]+in|book|booker|c[ée]duler|voir|see|check[ \t]+on|look[ \t]+in[ \t]+on"
    r"|(?:swing|pop)[ \t]+by"  # (not "stop by", "drop by": one stops by a colleague's office)
    # ... or whom to call about it ("Peux-tu appeler B. Grenier?\nTSH 9,4 mUI/L", "please call back K. Walsh")
    r"|r?appeler|t[ée]l[ée]phoner[ \t]+[àa]|joindre|contacter|call(?:[ \t]+back)?|phone|contact|reach)[ \t]+"
)
# (in capitals too, as a ward writes it: "Pour LAROUCHE L. :")
_SURNAME = (rf"(?:[{_UP}]['’])?(?:[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?"
            rf"|[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?)")
_ABOUT_INITIAL = re.compile(
    rf"{_ABOUT_WORDS}(?P<initial>[{_UP}])\.(?:-?[{_UP}]\.)?[ \t\u00a0]?(?P<surname>{_SURNAME})(?![\w'’-])"
)
# ... the family name first ("Dementia work-up back for Gosselin E.:", "Bilan revenu pour Deschênes R. :"), not a
# citation's author list ("for Roy A, Tremblay JP").
_ABOUT_SURNAME_INITIAL = re.compile(
    rf"{_ABOUT_WORDS}(?P<surname>{_SURNAME})[ \t\u00a0]+(?P<initial>[{_UP}])\.(?![\w'’-])(?![ \t]*,?[ \t]*et[ \t]+al)"
)


# An initial's capital and its period: both shapes hold one (most evidence lines hold none, and the two "about"
# searches try their alternation of words at every position).
_CAPITAL_DOT = re.compile(rf"[{_UP}]\.")
_CAPITAL_DOT_LOWER = re.compile(rf"(?<![\w.])[{_LOW}]\.")


# ... or right before the bracket that opens on the evidence ("Home infusion log from S. Ellison (moderate haemophilia
# B)"): what the bracket says is said of the name.
_INITIAL_BEFORE_BRACKET = re.compile(
    rf"(?<![\w'’-])(?P<initial>[{_UP}])\.[ \t\u00a0]?(?P<surname>{_SURNAME})[ \t]*\([^()\n]{{0,40}}$"
)


def _about(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first "I. Surname" or "Surname I." said about between ``lo`` and ``hi``."""
    if _CAPITAL_DOT.search(text, lo, hi) is None:
        return None
    found = [m for m in (_ABOUT_INITIAL.search(text, lo, hi), _ABOUT_SURNAME_INITIAL.search(text, lo, hi)) if m]
    return min(found, key=lambda m: m.start()) if found else None


# The words that say whom the evidence is about and the name, within the evidence's reach before it.
_ABOUT_REACH = _TERSE_REACH + 80
_WRAPPED_LINES = 2  # a sentence hard-wrapped at 72 columns: the evidence may be a line or two further down


# An initial and a family name anywhere in a sentence ("Did C. Hartley say anything to you about stopping dialysis?"),
# counted only when the text then speaks of one person in the third person up to the evidence ("The team says he has
# stage IV lung cancer"); not a title's name ("Dre A. Roy", "M. Gagnon": their own triggers read them).
_PROSE_INITIAL = re.compile(
    rf"(?<![\w'’.-])(?P<initial>[{_UP}])\.(?:-?[{_UP}]\.)?[ \t\u00a0]?"
    rf"(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?![\w'’-])"
)
# ... or the family name first ("Juste pour te dire que Goyette F. (ch. 448-1) crache sa purée").
_PROSE_SURNAME_INITIAL = re.compile(
    rf"(?<![\w'’.-])(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t\u00a0]"
    rf"(?P<initial>[{_UP}])\.(?![\w'’-])"
)
_TITLE_RIGHT_BEFORE = re.compile(
    r"(?i:\b(?:dre?|docteure?|pre?|prof|professeure?|mme|mlle|mr|mrs|ms|madame|monsieur|rev|sr|fr))\.?[ \t\u00a0]*$"
)


def _initial_in_prose(text: str, start: int) -> re.Match[str] | None:
    """The last "I. Surname" or "Surname I." (a listed family name) of the paragraph within ``_TERSE_REACH`` characters
    before the evidence at ``start``, when the text between them speaks of one person in the third person ("he has",
    "elle a", "son")."""
    if _CAPITAL_DOT.search(text, max(0, start - _TERSE_REACH), start) is None:
        return None
    lo = max(0, start - _TERSE_REACH, text.rfind("\n\n", 0, start) + 2)
    found = None
    for pattern in (_PROSE_INITIAL, _PROSE_SURNAME_INITIAL):
        for match in pattern.finditer(text, lo, start):
            if (_TITLE_RIGHT_BEFORE.search(text, max(0, match.start() - 12), match.start()) is None
                    and (found is None or match.start() > found.start())):
                found = match
    # (a listed family name only, whatever the evidence's distance: "Hepatitis B. He has cirrhosis" names no one)
    if found is None or _AUTHORS_AFTER.match(text, found.end()) is not None or not _known_surname(found["surname"]):
        return None
    return found if _THIRD_PERSON.search(text, found.end(), start) is not None else None


def _initial_before(text: str, start: int) -> re.Match[str] | None:
    """``_initial_opening``, or else ``_initial_in_prose``."""
    return _initial_opening(text, start) or _initial_in_prose(text, start)


def _initial_opening(text: str, start: int) -> re.Match[str] | None:
    """The "I. Surname" that opens the line of the evidence at ``start``, or one or two lines above it in the same
    paragraph when the sentence goes on after the name ("P. Cormier called this morning, 3 days after extraction
    of 18: significant\nswelling and fever"), or that follows "pour", "about"... on the evidence's line or on
    one of those above it, or that stands right before the bracket the evidence opens."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _LINE_OPENING_INITIAL.match(text, line_start, start)
    if match is not None:
        return match
    # (only the reach before the evidence is searched: a line may be a whole page long)
    about = _about(text, max(line_start, start - _ABOUT_REACH), start)
    if about is not None:
        return about
    if text.rfind("(", max(line_start, start - 40), start) >= 0:
        bracketed = _INITIAL_BEFORE_BRACKET.search(text, max(line_start, start - _ABOUT_REACH), start)
        if bracketed is not None:
            return bracketed
    above = line_start
    list_opened = False
    for _ in range(_WRAPPED_LINES + 1):
        if above <= 0 or start - above > _TERSE_REACH:
            return None
        previous = text.rfind("\n", 0, above - 1) + 1
        line = text[previous : above - 1]
        if not line.strip(" \t\r>"):
            # A blank line: another paragraph, unless the one above opens this list ("Bilan revenu pour Deschênes
            # R. :" over "- B12 412 pmol/L")
            intro_end = max(0, previous - 1)
            intro = text[text.rfind("\n", max(0, intro_end - _ABOUT_REACH), intro_end) + 1 : intro_end]
            if list_opened or previous <= 0 or not intro.rstrip(" \t\r").endswith(":"):
                return None
            list_opened = True
            above = previous
            continue
        match = _LINE_OPENING_INITIAL.match(text, previous, above - 1)
        if match is not None:
            return match if text[match.end() : above - 1].strip(" \t\r") else None  # a name alone: a signature's
        about = _about(text, max(previous, above - 1 - _ABOUT_REACH), above - 1)
        if about is not None:
            return about  # "The sample for E. Sullivan was billed ...\nResult sent to the physician: eGFR 22"
        above = previous
    return None


def initial_surname_names(
    text: str, evidence: Sequence[tuple[int, int]], said_of_someone: Callable[[int, int], bool]
) -> list[tuple[int, int, str]]:
    """(start, end, "Surname I") of each "I. Surname" (a known family name) that opens the line of some evidence
    (``_LINE_OPENING_INITIAL``; the line may be a hard-wrapped sentence's first) or is said about on it
    (``_ABOUT_INITIAL``), the evidence said of someone (``said_of_someone``: not a clinic's or a topic's name) and
    following it within ``_TERSE_REACH`` characters. Only the lines that hold evidence are read."""
    names: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for start, end in sorted(evidence):
        match = _initial_before(text, start)
        if (match is None or match.start("initial") in seen or start - match.end() > _TERSE_REACH
                or not said_of_someone(start, end)):
            continue
        seen.add(match.start("initial"))
        surname = _capitalised(match["surname"]) if match["surname"].isupper() else match["surname"]
        first = min(match.start("initial"), match.start("surname"))
        last = max(match.end("initial"), match.end("surname"))
        # A family name no list knows, when the evidence follows it right away ("- J.Uqaituk INR 4.4 -> adjust
        # warfarin", "- S.Uqaituk cellulite"): the terse line itself says whom it is about.
        # (in capitals, a listed one only: "Report for ICU B." is a unit's)
        known = _known_surname(surname) or (start - match.end() <= _UNKNOWN_SURNAME_REACH and _is_surname(surname)
                                            and not match["surname"].isupper())
        if known and fold(surname) not in _BEFORE_A_LETTER:
            names.append((first, last, f"{surname} {match['initial']}"))
    return names


# ... or typed in lower case, the initial before or after a listed family name, then a dash or a colon, as a list sent
# from a phone reads ("r. hamelin - tpi (fibromyalgia)", "robitaille s. - lido (complex regional pain syndrome)").
# ... or that called: a message taken for a colleague, typed without capitals, perhaps after the colleague's name
# ("m. alvarez a appelé ce matin, 2 chocs pendant la nuit", "gordon - l. whitfield called, felt a shock at work").
_CALLED = (r"(?:a[ \t]+)?(?:appel[ée]e?|t[ée]l[ée]phon[ée]e?|rappel[ée]e?|laiss[ée][ \t]+un[ \t]+message)\b"
           r"|(?:called|phoned|rang|left[ \t]+a[ \t]+message|came[ \t]+in)\b")
_LOWER_INITIAL_LINE = re.compile(
    rf"[ \t>*•·\-–—]*(?:[{_LOW}][{_LOW}'’-]{{1,20}}[ \t]*[-–—,][ \t]*(?=[{_LOW}]\.))?"
    rf"(?:(?P<initial>[{_LOW}])\.[ \t]?(?P<surname>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)"
    rf"|(?P<surname2>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)[ \t]+(?P<initial2>[{_LOW}])\.)"
    rf"[ \t]*(?:[-–—:]|(?P<called>{_CALLED}))"
)


# ... or after the words that say whom the line is about, then where they lie ("can you swing by leduc a. in 5A-2
# tonight? POD3 lap chole, T 38.9").
_LOWER_ABOUT_INITIAL = re.compile(
    rf"{_ABOUT_WORDS}(?:(?P<initial>[{_LOW}])\.[ \t]?(?P<surname>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)"
    rf"|(?P<surname2>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)[ \t]+(?P<initial2>[{_LOW}])\.)"
    r"[ \t]*(?:[-–—:]|(?i:in|en|au|at|dans)[ \t]+(?:(?i:rm|room|bed|lit|ch|chambre)\.?[ \t]*)?[0-9])"
)


def lower_case_initial_names(
    text: str, evidence: Sequence[tuple[int, int]], said_of_someone: Callable[[int, int], bool]
) -> list[tuple[int, int, str]]:
    """(start, end, "surname i") of each lower-case initial and listed family name that opens the line of some
    evidence said of someone (``_LOWER_INITIAL_LINE``), within ``_TERSE_REACH`` characters before it."""
    names: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for start, end in sorted(evidence):
        line_start = text.rfind("\n", 0, start) + 1
        if line_start in seen:
            continue
        match = _LOWER_INITIAL_LINE.match(text, line_start, start)
        above = line_start
        for _ in range(_WRAPPED_LINES):  # (the call, then what was said, a line or two down in the same paragraph)
            if match is not None or above <= 0:
                break
            previous = text.rfind("\n", 0, above - 1) + 1
            if not text[previous : above - 1].strip(" \t\r>"):
                break
            # (a line above counts only when its name is followed by a verb of calling)
            caller = _LOWER_INITIAL_LINE.match(text, previous, above - 1)
            match = caller if caller is not None and caller["called"] else None
            above = previous
        if match is None and _CAPITAL_DOT_LOWER.search(text, max(line_start, start - _ABOUT_REACH), start):
            match = _LOWER_ABOUT_INITIAL.search(text, max(line_start, start - _ABOUT_REACH), start)
        if match is None or start - match.end() > _TERSE_REACH or not said_of_someone(start, end):
            continue
        seen.add(line_start)
        surname, initial = match["surname"] or match["surname2"], match["initial"] or match["initial2"]
        if _known_surname(surname.capitalize()) and fold(surname) not in _BEFORE_A_LETTER:
            first = match.start("initial") if match["initial"] else match.start("surname2")
            last = match.end("surname") if match["initial"] else match.end("initial2") + 1
            names.append((first, last, f"{surname.capitalize()} {initial.upper()}"))
    return names


def _terse_note_names(
    text: str, hits: Sequence[tuple[int, int]], evidence: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, "Surname I") of each "Surname I. –" that opens its line (after bullets, a bed or room
    number, or a word such as "FYI") and is followed on the same line by clinical evidence or a birth date,
    or stands in a roster (``_ROSTER_LINES`` lines led by a bed or room number) with such evidence.

    A bare number before the name is a bed's or a day's: an on-call schedule ("01 - Okafor J. - insuffisance
    cardiaque", "02 - Roy M. - nuit") is a list of such lines too. So when several lines are led by bare
    numbers, a line without an age and sex counts only if most lines of the list carry evidence."""
    names: list[tuple[int, int, str]] = []
    roster: list[tuple[int, int, str]] = []  # lines of a roster without evidence of their own
    numbered: list[tuple[int, int, str]] = []  # bare-number lines with evidence but no age: the list decides
    roster_lines = roster_evidence = 0
    bed_word = False
    starts = sorted(s for s, _ in evidence)
    on_evidence = _Overlaps(evidence)
    for start, end in hits:
        parts = _SURNAME_AND_INITIAL.match(text, start, end)
        if parts is None or not bounded(text, start, parts.end("initial")):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        lead = _TERSE_LEAD.match(text, line_start, start)
        if lead is None or lead.end() != start:
            continue
        if lead["word"] and fold(lead["word"]) not in _NOT_SURNAMES:
            continue
        surname, initial = parts["surname"], parts["initial"]
        if not _is_surname(surname) or fold(surname) in _BEFORE_A_LETTER:
            continue
        if _CODE_AFTER_INITIAL.match(text, parts.end("initial")):
            continue  # "Quote Q-5993": the letter opens a code, not an initial
        if _AUTHORS_AFTER.match(text, parts.end("initial")):
            continue  # "Beaulieu-Roy A, et al. Semaglutide and kidney outcomes": an article's authors
        line_end = text.find("\n", end)
        limit = min(end + _TERSE_REACH, len(text) if line_end == -1 else line_end)
        i = bisect.bisect_left(starts, parts.end("initial"))  # (the trigger may end inside the evidence's first word)
        if on_evidence(start, start + 1):
            continue
        name = (start, parts.end("initial"), f"{surname} {initial}")
        on_line = i < len(starts) and starts[i] < limit
        if lead["bed"]:
            roster_lines += 1
            roster_evidence += on_line
            bed_word = bed_word or bool(lead["bedword"])
        if on_line and lead["bed"] and not lead["bedword"] and not _AGE_SEX.search(text, parts.end("initial"), end):
            numbered.append(name)
        elif on_line:
            names.append(name)
        elif lead["bed"]:
            roster.append(name)
    most = 2 * roster_evidence >= roster_lines
    if roster_lines <= 1 or most:
        names.extend(numbered)
    if roster_lines >= _ROSTER_LINES and roster_evidence and (bed_word or most):
        names.extend(roster)
    return sorted(names)




_AGE_SEX = re.compile(r"[0-9]{1,3}[ \t]?(?:(?:[MFHmfh]|ans|yo|y|yrs?)\b|y\.o\.)")


# A line of fields, one a family name alone and another the number that identifies its bearer ("Summary: Tremblay -
# total thyroidectomy - M-683755", "Roy | 5231008 | MPOC"): an agenda's or a list's way of naming a patient.
_ID_NUMBER = re.compile(
    r"(?<![\w./:-])(?:(?:[A-Z]{1,3}-?)?[0-9]{6,10}|[0-9]{2,5}(?:[-. ][0-9]{3,5}){1,3})(?![\w/:]|[-.][0-9])"
)
_FIELD_LINE_MAX = 240
_SEPARATOR_MARKS = (" - ", " – ", " — ", "|", "\t", " / ")
_SIX_DIGITS = re2_patterns.compile(r"[0-9]{6}|[0-9]{2}[-. ][0-9]{3}")
_PHONE_SHAPE = re.compile(r"\(?[0-9]{3}\)?[-. ][0-9]{3}[-. ][0-9]{4}")
_FIELD_SEPARATOR = re.compile(r"[ \t]+[-–—|/][ \t]+|[ \t]*\|[ \t]*|\t+")
_FIELD_LABEL = re.compile(r"[ \t>*•·-]*(?:[A-Za-zÀ-ÿ]+[ \t]*:[ \t]*)?")
_LONE_SURNAME = re.compile(rf"(?:[{_UP}]['’])?[{_UP}](?:[{_LOW}]+|[{_UP}]+)(?:-[{_UP}](?:[{_LOW}]+|[{_UP}]+))?")


def names_beside_numbers(text: str, evidence: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    if not any(separator in text for separator in _SEPARATOR_MARKS) or _SIX_DIGITS.search(text) is None:
        return []  # (cheap: no field separator or no long number anywhere, the common case)
    return _names_beside_numbers(text, evidence)


def _names_beside_numbers(text: str, evidence: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, surname) of each family name that fills a field of a line on its own, on a line where
    another field is an identifier-shaped number (not a date, not a phone number). Only the lines of the
    evidence and their neighbours are read (the summary above an invitation's description): a whole segment's
    scan for numbers cost more than the rest of the recognizer."""
    found: list[tuple[int, int, str]] = []
    lines: set[int] = set()
    for evidence_start, _ in evidence:
        line_start = text.rfind("\n", max(0, evidence_start - _FIELD_LINE_MAX), evidence_start) + 1
        if not line_start and evidence_start > _FIELD_LINE_MAX:
            continue  # deep in a paragraph
        lines.add(line_start)
        if line_start:
            lines.add(text.rfind("\n", max(0, line_start - 1 - _FIELD_LINE_MAX), line_start - 1) + 1)
        next_line = text.find("\n", evidence_start, evidence_start + _FIELD_LINE_MAX)
        if next_line >= 0:
            lines.add(next_line + 1)
    for line_start in sorted(lines):
        line_end = text.find("\n", line_start, line_start + _FIELD_LINE_MAX + 1)
        if line_end < 0 and len(text) - line_start > _FIELD_LINE_MAX:
            continue  # a paragraph, not a line of fields
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if not any(separator in line for separator in _SEPARATOR_MARKS) or _SIX_DIGITS.search(line) is None:
            continue  # (cheap: most evidence lines are prose, with no fields and no long number)
        if not any(_identifier(number.group()) for number in _ID_NUMBER.finditer(text, line_start, line_end)):
            continue
        label = _FIELD_LABEL.match(text, line_start, line_end)
        position = label.end() if label else line_start
        for separator in [*_FIELD_SEPARATOR.finditer(text, position, line_end), None]:
            field_end = separator.start() if separator else line_end
            field = _LONE_SURNAME.fullmatch(text, position, field_end)
            if field is not None and _known_surname(field.group()):
                found.append((field.start(), field.end(), field.group()))
                break
            if separator is None:
                break
            position = separator.end()
    return found


def _identifier(value: str) -> bool:
    return not (_DATE_SPAN.fullmatch(value) or _PHONE_SHAPE.fullmatch(value) or sum(c.isdigit() for c in value) < 6)


# A known given name and a family name's initial ("Petit suivi pour Yves B. : fuite ...", "Quick one re Patrick C.:
# marginal ulcer", "Peux-tu voir Karine N. demain ? JPO 25, déshydratation"): how a team writes about a patient it
# knows, on the line of what it says of them. Not a middle initial before a family name ("Marie C. Tremblay").
_GIVEN_INITIAL = re.compile(
    rf"(?<![\w.'’-])(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]+(?P<initial>[{_UP}])\."
    rf"(?![ \t]*(?:[{_UP}][{_LOW}]|[{_UP}]\.))"
)
_GIVEN_INITIAL_REACH = 100  # from the name to the evidence that follows it on its line
_INITIAL_DOT = re.compile(rf"[ \t][{_UP}]\.")


def given_initial_names(
    text: str, evidence: Sequence[tuple[int, int]], said_of_someone: Callable[[int, int], bool]
) -> list[tuple[int, int, str]]:
    """(start, end, "Given I.") of each known given name and initial that evidence said of someone follows on the
    same line within ``_GIVEN_INITIAL_REACH`` characters (the last such name before it). Only the lines that hold
    evidence are read."""
    # (one pass over the text for a capital and a period after a space, the few hits then read whole, and each
    # evidence looks back at the names before it)
    found = []
    for dot in _INITIAL_DOT.finditer(text):
        word_start = max(max(text.rfind(c, 0, dot.start()) for c in " \t\n(") + 1, dot.start() - 40)
        match = _GIVEN_INITIAL.match(text, word_start)
        if (match is not None and match.end() == dot.end() and match["given"] in _GIVEN_SET
                and fold(match["given"]) not in _BEFORE_A_LETTER):
            found.append(match)
    if not found:
        return []
    starts = [m.start() for m in found]
    names: dict[int, tuple[int, int, str]] = {}
    for start, end in evidence:
        i = bisect.bisect_left(starts, start) - 1
        if i < 0:
            continue
        last = found[i]
        line_start = max(text.rfind("\n", 0, start) + 1, start - _GIVEN_INITIAL_REACH)
        if last.start() < line_start or last.end() > start or not said_of_someone(start, end):
            continue
        names[last.start()] = (last.start(), last.end(), f"{last['given']} {last['initial']}.")
    return list(names.values())
