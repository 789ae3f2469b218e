"""Names a ward gives by where its patient lies: a name, then the bed or stretcher ("J. Paquette civ 9: FA rapide"),
the room, then the name ("the lady in 312 (Côté)"), a given name or a family name in capitals, then the room ("Rachel
in CCU 2 had a run of VT", "can you see GALLANT in ED stretcher 4?"). Each only on a line whose evidence follows."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._lines import _TERSE_REACH
from sentinelle.classifiers.recognizers.patient_name._lower_case import _known_lower_name
from sentinelle.classifiers.recognizers.patient_name._shapes import (
    _BEFORE_A_LETTER,
    _NOT_SURNAMES,
    _ORG_WORDS,
    _STOP,
    _acronym,
    _capitalised,
    _is_surname,
    _known_surname,
)
from sentinelle.classifiers.recognizers.patient_name._triggers import _GIVEN_SET, _LOW, _UP

# A name and then where the patient lies ("consult pour J. Paquette civ 9: FA rapide", "leblanc diane civ 16:
# sepsis urinaire", "B. Morin (lit 12), glycémie 2,1"): a bed or a stretcher says the name is a patient's. The name is
# an initial and a known family name, or a known given name and a known family name typed in lower case (either
# order). Only on a line whose clinical evidence follows.
_BED_WORDS = r"civ|civi[eè]re|lit|bed|ch|chambre|room|rm|box|cubicle|stretcher"
_NAME_BEFORE_BED = re.compile(
    rf"(?<![\w'’-])(?:(?P<initial>[{_UP}])\.[ \t\u00a0]?"
    rf"(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    rf"|(?P<first>[{_LOW}]{{2,}}(?:-[{_LOW}]{{2,}})?)[ \t]+(?P<second>[{_LOW}]{{2,}}(?:-[{_LOW}]{{2,}})?))"
    rf"[ \t]*,?[ \t]*(?P<bed>\([ \t]*(?i:{_BED_WORDS})\.?[ \t]*[0-9]{{1,4}}[A-Za-z]?[ \t]*\)"
    # (a bed in parentheses is closed by them, and the sentence may go on: "la chute de R. Desjardins (ch. 206) cette
    # nuit : retrouvé au sol"; written bare, punctuation must close it)
    rf"|(?i:{_BED_WORDS})\.?[ \t]*[0-9]{{1,4}}[A-Za-z]?(?=[ \t]*(?:[:,;.–—-]|$)))"
)
_BED_WORD = re.compile(rf"(?i:\b(?:{_BED_WORDS})\b)")


def names_before_a_bed(
    text: str, evidence: Sequence[tuple[int, int]], said_of_someone: Callable[[int, int], bool]
) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, initialled) of each name right before a bed or stretcher (``_NAME_BEFORE_BED``) on the line
    of some evidence said of someone, the evidence following the bed within ``_TERSE_REACH`` characters. An
    initialled name is given as "Surname I" (``initial_surname_names``' form). Each line is read once, and only when
    it holds a bed word at all."""
    names: list[tuple[int, int, str, bool]] = []
    lines: dict[int, list[tuple[int, int]]] = {}
    for start, end in evidence:
        lines.setdefault(text.rfind("\n", 0, start) + 1, []).append((start, end))
    for line_start, spans in lines.items():
        last = max(start for start, _ in spans)
        if _BED_WORD.search(text, line_start, last) is None:
            continue
        for match in _NAME_BEFORE_BED.finditer(text, line_start, last):
            if not any(0 <= s - match.end() <= _TERSE_REACH and said_of_someone(s, e) for s, e in spans):
                continue
            if match["initial"]:
                surname = match["surname"]
                if _known_surname(surname) and fold(surname) not in _BEFORE_A_LETTER:
                    names.append((match.start("initial"), match.end("surname"), f"{surname} {match['initial']}", True))
            elif _known_lower_name((match["first"], match["second"])) or _known_lower_name((match["second"],
                                                                                             match["first"])):
                names.append((match.start("first"), match.end("second"), text[match.start("first"):match.end("second")],
                              False))
    return names


# A family name, or a given name and a family name, in parentheses after a room ("(Côté)", "(Mme Côté)").
_CAP_NAME = rf"(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:[ \t]+(?:[{_UP}]['’])?[{_UP}][{_LOW}]+)?"


# Someone named by where they lie, then by name: "the lady in 312 (Côté)", "la dame du 312 (Mme Côté)", "le monsieur
# au lit 4 (Roy)", "your guy in 4B, Steven,": a ward's way of saying which patient.
_NAMED_BY_ROOM_LEAD = re.compile(
    r"(?i:\b(?:the|a|your|our|my|that)[ \t]+(?:lady|gentleman|man|woman|guy|gal|patient|pt|kid|boy|girl|fellow)"
    r"[ \t]+(?:in|from|at|on)[ \t]+(?:room[ \t]+|bed[ \t]+|rm[ \t]+)?"
    r"|\b(?:la|le|une|un|ta|ton|notre|votre)[ \t]+"
    r"(?:dame|monsieur|patiente?|usag[eè]re?|jeune|petite?|enfant|b[ée]b[ée])"
    r"[ \t]+(?:du|de[ \t]+la|au|[àa][ \t]+la|en|de)[ \t]+(?:chambre[ \t]+|lit[ \t]+|ch\.?[ \t]*)?)$"
)
# Where to look (cheap, case-sensitive): a room number, then a parenthesised name or ", Given,".
# (the look-behind follows the first digit, so that Python's re skips to digits instead of trying every position)
_ROOM_THEN_NAME = re.compile(
    rf"[0-9](?<![\w.][0-9])[0-9]{{0,3}}[A-Za-z]?[ \t]*"
    rf"(?:\([ \t]*(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?(?P<paren>{_CAP_NAME})[ \t]*\)"
    rf"|,[ \t]*(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]*,)"
)
_LEAD_REACH = 48


def people_named_by_room(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the people a text names by their room or bed, then their name ("the lady in 312
    (Côté)", "la dame du 312 (Mme Côté)", "your guy in 4B, Steven,"); a given name alone only when it is a known
    one. The room and name are found first; the words before the room are read only there."""
    found: list[tuple[int, int, str]] = []
    for match in _ROOM_THEN_NAME.finditer(text):
        if _NAMED_BY_ROOM_LEAD.search(text, max(0, match.start() - _LEAD_REACH), match.start()) is None:
            continue
        group = "paren" if match["paren"] else "given"
        name = match[group]
        if group == "given" and name not in _GIVEN_SET:
            continue
        if not all(_is_surname(w) for w in name.split()):
            continue
        found.append((match.start(group), match.end(group), name))
    return found


# A given name, then the room or bed it lies in ("Hélène au 323-1 a fait une hypoglycémie", "Megan in 536A - INR 4.6
# today", "Rachel in CCU 2 had a run of VT"): a ward's shorthand for its patient, when evidence said of someone follows
# on the line.
# ... or a family name in capitals, as a ward writes it ("can you see GALLANT in ED stretcher 4? Displaced distal
# radius fracture"), when it spells no acronym.
_GIVEN_IN_ROOM = re.compile(
    rf"(?<![\w'’-])(?:(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    rf"|(?P<upper>(?:[{_UP}]['’])?[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?)"
    # ... or a listed family name, capitalised or typed in lower case ("fyi sinclair in 217 refused his meds")
    rf"|(?P<lower>[{_LOW}]{{4,}}(?:-[{_LOW}]{{2,}})?))"
    # (the room said with its article too: "Jocelyne à la 536 a pris encore 1,6 kg")
    r"(?:[ \t]+(?:au|du|in|en|[àa][ \t]+l['’]|[àa][ \t]+la(?=[ \t]+[0-9])"
    r"|(?:(?:dans[ \t]+la|à[ \t]+la)[ \t]+)?(?:chambre|ch\.?|lit|civière)"
    r"|(?:in[ \t]+)?(?:room|rm|bed|bay))"
    # ... the room in brackets or after a comma ("Lise (lit 12) : lactate remonté à 5,2")
    r"|[ \t]*[(,][ \t]*(?:chambre|ch\.?|lit|civière|room|rm|bed|bay)"
    # ... or its number alone in brackets before a colon ("Ruth (737): BP 144/84"; not an area code, "(514) 555-")
    r"|[ \t]*\((?=[0-9]{3,4}\)[ \t]*[:,–-]))"
    r"[ \t]*(?P<room>[0-9]{2,4}(?:-[0-9]{1,2}|[A-D])?"
    # (one digit after the bed's own word: "Ethan (bed 2): lactate back up to 5.2")
    r"|(?:(?<=bed)|(?<=lit)|(?<=bay)|(?<=room)|(?<=rm)|(?<=chambre)|(?<=civière))[ \t]*[0-9][A-D]?"
    r"|(?:CCU|ICU|CICU|USI|USIC|SIC|SI|ER|ED|PACU|SSPI)[ \t-]?[0-9]{1,2}"
    # (an emergency room's stretcher: "in ED stretcher 4", "à l'urgence civière 12")
    r"|(?:ED|ER|urgence|emerg)[ \t]+(?:stretcher|civi[èe]re|bed|lit|bay|box|cubicle)[ \t]*[0-9]{1,2})"
    r"(?![\w/.,:-][0-9])(?![\w])"
)
# ... or a colleague asked to come to a room, then the given name that opens the next sentence with what the person
# is or has ("Can you swing by 718 before clinic? Ghislain is bleeding from the gums again, plt 4 x10^9/L").
_ROOM_VISIT_THEN_GIVEN = re.compile(
    r"(?i:swing[ \t]+by|pop[ \t]+(?:by|into)|come[ \t]+(?:by|to)|check[ \t]+on|look[ \t]+in[ \t]+on"
    r"|passer[ \t]+(?:au|voir[ \t]+(?:le|la))|aller[ \t]+(?:au|voir[ \t]+(?:le|la)))[ \t]+"
    r"(?:(?i:room|rm|bed|lit|chambre|ch\.?|civi[èe]re|stretcher)[ \t]*)?[0-9]{2,4}[A-D]?(?:-[0-9]{1,2})?\b"
    r"[^\n.?!]{0,40}[.?!][ \t]+"
    rf"(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]+(?=(?i:is|was|has[ \t]+been|est|a)\b)"
)
_GIVEN_IN_ROOM_REACH = 120
_TWO_DIGITS = re.compile(r"[0-9]{2}")
_UNIT_BED = re.compile(r"[A-Z]{2}[ \t-]?[0-9]|(?i:stretcher|civi[èe]re|bed|lit|bay|box|cubicle)[ \t]*[0-9]")


def _ordinary_word(word: str) -> bool:
    folded = fold(word)
    return folded in _NOT_SURNAMES or folded in _STOP or folded in _ORG_WORDS


def _family_in_capitals(word: str) -> bool:
    """A word in capitals that a family list knows, or that spells no acronym and no ordinary word."""
    return not _ordinary_word(word) and (_known_surname(_capitalised(word)) or not _acronym(word))


def _listed_family(word: str) -> bool:
    """A family name the list knows, written capitalised or in lower case, that is no ordinary or stop word."""
    return len(word) >= 4 and not _ordinary_word(word) and _known_surname(_capitalised(word))


def given_names_in_rooms(
    text: str, evidence: Sequence[tuple[int, int]], said_of_someone: Callable[[int, int], bool]
) -> list[tuple[int, int, str]]:
    """(start, end, given name) of each listed given name followed by its room (``_GIVEN_IN_ROOM``), or opening the
    sentence after a request to come to a room (``_ROOM_VISIT_THEN_GIVEN``), that evidence said of someone follows
    on the same line (or on the next one of a hard-wrapped sentence) within ``_GIVEN_IN_ROOM_REACH`` characters.
    Only the lines of evidence are read, and only where a room's digits stand."""
    names: dict[int, tuple[int, int, str]] = {}
    for start, end in evidence:
        lo = max(0, start - _GIVEN_IN_ROOM_REACH)
        line_start = text.rfind("\n", lo, start) + 1
        if line_start > 0:
            previous = text.rfind("\n", lo, line_start - 1) + 1
            if text[max(lo, previous) : line_start - 1].strip(" \t\r>"):
                line_start = previous  # the first line of a hard-wrapped sentence
        lo = max(line_start, lo)
        if _TWO_DIGITS.search(text, lo, start) is None and _UNIT_BED.search(text, lo, start) is None:
            continue
        for match in _GIVEN_IN_ROOM.finditer(text, lo, start):
            who = match["given"] or match["upper"] or match["lower"]
            if match["given"]:
                known = match["given"] in _GIVEN_SET or _listed_family(match["given"])
            elif match["upper"]:
                known = _family_in_capitals(who)
            else:
                known = _listed_family(who) and _TWO_DIGITS.match(match["room"]) is not None
            if known and match.start() not in names and said_of_someone(start, end):
                names[match.start()] = (match.start(), match.start() + len(who), who)
        for visit in _ROOM_VISIT_THEN_GIVEN.finditer(text, lo, start):
            if visit["given"] in _GIVEN_SET and visit.start("given") not in names and said_of_someone(start, end):
                names[visit.start("given")] = (visit.start("given"), visit.end("given"), visit["given"])
    return list(names.values())
