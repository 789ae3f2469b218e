"""Names written without capitals ("la patiente mme josée pelletier", "ID: véronique cadieux, 71F"), and
names right before a birth date or a personal phone number."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from sentinelle.classifiers import re2_patterns
from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._shapes import (
    _DATE_SPAN,
    _MONTHS,
    _SP,
    _STOP,
    _SURNAME_SET,
    _is_given,
    _is_surname,
    _known_surname,
)
from sentinelle.classifiers.recognizers.patient_name._triggers import _GIVEN_SET, _LOW, _UP

# A full name right before a birth date's label or an age ("concernant Zack Lefebvre, né le 24/10/2017",
# "Brody Tessier (DOB 2016-06-09)", "Thabo Mbeki, 44 ans"): whoever was born then is the person named,
# whether or not the given-name list knows the name.
_BIRTH_LABEL_AT_END = (
    r"[ \t]*[,(]?[ \t]*(?:(?i:n[ée](?:e|\(e\))?[ \t]+le|ddn|dob|d\.o\.b\.?"
    r"|date[ \t]+de[ \t]+naissance|date[ \t]+of[ \t]+birth|born(?:[ \t]+on)?)[ \t]*:?[ \t]*)$"
)
_BIRTH_NAME = (
    rf"(?P<name>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:[ \t\u00a0]+(?:[{_UP}]['’])?[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}][{_LOW}]+)?){{1,2}}"
    # ... or a patient's initials ("S.H., ddn 05-05-1953, sepsis urinaire"), or an initial and a family name
    # ("for K. Khoury (DOB 1929/06/09)")
    rf"|(?<![\w.])[{_UP}]\.[ \t]?[{_UP}]\.(?:[ \t]?[{_UP}]\.)?"
    rf"|(?<![\w.])[{_UP}]\.[ \t]?(?:[{_UP}]['’])?[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?"
    # ... its period dropped ("TDM thorax de P Ahmadi, DDN: 1950-08-06")
    rf"|(?<![\w.'’])[{_UP}][ \t](?:[{_UP}]['’])?[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?)"
)
_BEFORE_BIRTH = re.compile(rf"{_BIRTH_NAME}{_BIRTH_LABEL_AT_END}")
# ... or alone on its line, the label opening the next one: a prescription's or a form's header ("R. Lachance\nné(e)
# le 1990-04-21").
_ABOVE_BIRTH = re.compile(rf"(?m:^)[ \t>*•·-]*{_BIRTH_NAME}[ \t]*\r?\n{_BIRTH_LABEL_AT_END}")
# ... or a full name typed in lower case ("le BCM de mary lapointe, date de naissance 04/02/1995"): both words must be
# known names (``_names_before_birth_dates``). Apart, and read only where the pattern above found nothing: lower-case
# word pairs are everywhere in prose, and a "$"-anchored search tries each of them.
_LOWER_BEFORE_BIRTH = re.compile(
    rf"(?<![\w@.'’-])(?P<name>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?[ \t]+[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)"
    rf"{_BIRTH_LABEL_AT_END}"
)
# ... or in capitals, either order ("FOURNIER MICHEL DDN 26-07-91"): both words known names too.
_UPPER_BEFORE_BIRTH = re.compile(
    rf"(?<![\w@.'’-])(?P<name>[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?[ \t]+[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)"
    rf"{_BIRTH_LABEL_AT_END}"
)
# ... or, with no label, a full name right before a parenthesis holding the birth date ("Case P346800 - Hélèna Hébert
# (April 14, 1965)"): the date recognizer reads such a date as a birth date, and a name NER reads with what precedes
# it ("Case P346800 - Hélèna Hébert") is this one. Both words must be known names, in either order, accents aside.
_BEFORE_PARENTHESIS = re.compile(
    rf"(?<![\w@.'’-])(?P<name>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?[ \t\u00a0]+(?:[{_UP}]['’])?"
    rf"(?:[{_UP}][{_LOW}]+|[{_UP}]{{2,}})(?:-(?:[{_UP}][{_LOW}]+|[{_UP}]{{2,}}))?)[ \t]*\($"
)
_BIRTH_YEAR = re.compile(r"(?<![0-9])(?:18|19|20)[0-9]{2}(?![0-9])")
_BIRTH_LOOKBACK = 80
# How a birth-date label of ``_BEFORE_BIRTH`` ends (lower case), before its "[ \t]*:?[ \t]*".
_BIRTH_LABEL_ENDS = ("le", "ddn", "dob", "d.o.b", "d.o.b.", "naissance", "birth", "born", "on")


def _may_end_in_birth_label(text: str, lo: int, start: int) -> bool:
    """False when ``text[lo:start]`` cannot end in a birth-date label: most evidence has none, and the
    ``$``-anchored search tries every position of its 80 characters (15 evidence spans a message)."""
    tail = text[lo:start].rstrip(" \t:")[-9:]
    # Non-ASCII: the regex's case-insensitive matching knows more than ``lower`` (long s, Kelvin sign).
    return not tail.isascii() or tail.lower().endswith(_BIRTH_LABEL_ENDS)


# A call list's line: a name opens it, then a separator and the telephone number (a patient contact).
_BEFORE_PHONE = re.compile(
    rf"[ \t>*•·-]*(?:[0-9]{{1,2}}[.)][ \t]+)?(?P<name>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
    rf"(?:,?[ \t]+(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?){{1,2}})[ \t]*(?:[-–—:|;,/(][ \t]*)+$"
)
_PHONE_SPAN = re.compile(r"\(?[2-9][0-9]{2}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4}")


# A full name that opens the text (a Subject, after forwarding prefixes) right before a date.
_OPENING_NAME = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw)[ \t]*:)*[ \t]*"
    rf"(?P<name>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:[ \t]+(?:[{_UP}]['’])?[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}][{_LOW}]+)?){{1,2}})[ \t]+"
)


def _known_lower_name(words: Sequence[str]) -> bool:
    """A full name typed in lower case: a known given name, then a known family name (the census list writes
    "o'brien" as "obrien", "st-onge" as "stonge")."""
    family = fold(words[-1])
    return fold(words[0]).split("-", 1)[0] in _GIVEN_FOLDED and (
        family in _SURNAME_FOLDED or family.replace("'", "").replace("-", "") in _SURNAME_FOLDED)


# Word endings of common nouns, never of a family name ("formation", "traitement", "clinique").
_COMMON_NOUN_END = re.compile(r"(?:tion|sion|ment|ite|ance|ence|ique|isme|ologie|ology|ness|ship|age)$")


def _given_and_unlisted_family(given: str, family: str) -> bool:
    """A listed given name, and a word of four letters or more that is no ordinary word of the lists (a family name
    no list knows: "doreen dimitriou")."""
    folded = fold(family)
    return (fold(given) in _GIVEN_FOLDED and len(family) >= 4 and folded not in _GIVEN_FOLDED
            and _is_surname(family) and not _COMMON_NOUN_END.search(folded))


def _names_before_birth_dates(text: str, evidence: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the full names that a birth date's label follows (``_BEFORE_BIRTH``), and of
    those that open the line of a telephone number ("Abernathy, Quincy - 709-555-0114": ``_BEFORE_PHONE``)."""
    names: list[tuple[int, int, str]] = []
    for start, end in evidence:
        lo = max(0, start - _BIRTH_LOOKBACK)
        label = _may_end_in_birth_label(text, lo, start)
        match = (_BEFORE_BIRTH.search(text, lo, start) or _ABOVE_BIRTH.search(text, lo, start)) if label else None
        if match is None and label:
            lower = _LOWER_BEFORE_BIRTH.search(text, max(lo, start - 48), start)
            if lower is not None and (_known_lower_name(words := lower["name"].split())
                                      or _known_lower_name(words[::-1])  # "la coloscopie de bourque luc (DDN"
                                      # ... a family name no list knows after a listed given name, the birth date's
                                      # label right after them ("isabelle macleod (born 1935/11/06)")
                                      or _given_and_unlisted_family(*words)):
                names.append((lower.start("name"), lower.end("name"), lower["name"]))
                continue
            upper = _UPPER_BEFORE_BIRTH.search(text, max(lo, start - 48), start)
            if upper is not None and (_known_lower_name(words := upper["name"].split())
                                      or _known_lower_name(words[::-1])):
                names.append((upper.start("name"), upper.end("name"), upper["name"]))
                continue
        if match is None and text[start - 1 : start] == "(" and _BIRTH_YEAR.search(text, start, end):
            bracketed = _BEFORE_PARENTHESIS.search(text, max(lo, start - 48), start)
            if bracketed is not None and (_known_lower_name(words := bracketed["name"].split())
                                          or _known_lower_name(words[::-1])):
                names.append((bracketed.start("name"), bracketed.end("name"), bracketed["name"]))
                continue
        if match is None and start < _BIRTH_LOOKBACK and _DATE_SPAN.fullmatch(text, start, end):
            match = _OPENING_NAME.fullmatch(text, 0, start)  # "Ewa Sousa 04/01/1960 HIV VL detectable"
        if match is None and _PHONE_SPAN.fullmatch(text, start, end):
            line_start = text.rfind("\n", lo, start) + 1 or lo
            match = _BEFORE_PHONE.match(text, line_start, start)
            if match is not None and not any(_is_given(w) or _known_surname(w) for w in match["name"].split()):
                continue  # a service's line in a signature ("Cardiac Rehabilitation - 450-555-0147")
        if match is None:
            continue
        words = match["name"].split()
        if any(not _is_surname(w) or fold(w) in _MONTHS for w in words):
            continue
        names.append((match.start("name"), match.end("name"), match["name"]))
    return names


# A name written in lower case right after a title ("la patiente mme josée pelletier"): a known given name,
# then a word that is no function word or verb. NER misses many of these.
_LOWER_NAME = re.compile(
    rf"{_SP}*(?P<given>[{_LOW}]{{2,}}(?:-[{_LOW}]{{2,}})?){_SP}+(?P<surname>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)\b"
)
_GIVEN_LOWER = frozenset(n.lower() for n in _GIVEN_SET)
_NOT_LOWER_SURNAMES = frozenset(
    " ".join(
        (
            "est etait sera serait va vient doit peut arrive arrivee presente souffre prend a avait aura ont sont",
            "has had have is was will would can could should may might presents arrived came comes takes needs",
            "qui que dont avec sans pour dans chez sur sous par the and who with from into",
        )
    ).split()
)


# A full name typed in lower case, without a title ("Pour liam bouchard, suivie en TAO", "claude gagnon DDN
# 10/06/1981", "Re manon simard, followed in our OAT program"): a known given name then a known family name where a
# name stands, i.e. opening its line or after a word that says whom the text is about (the lead; required, so that
# the search stops only there: ordinary prose is full of lower-case word pairs), then perhaps a comma, a
# parenthesis, a spaced dash, a birth-date label or a room (the tail). Ordinary lower-case words are rarely both names.
_LOWER_LEAD_WORDS = (
    # (a note's "for your information" before the name: "Pour info, stéphane ouimet est revenu cette nuit")
    r"(?i:\b(?:pour[ \t]+info(?:rmation)?[ \t]*,|fyi[ \t]*,"
    r"|pour|for|re|tr|fwd?|fyi|chez|patiente?|pt|usag[eè]re?|client|concernant|update[ \t]+on"
    r"|news[ \t]+(?:on|of|about)|nouvelles[ \t]+de"
    r"|regarding|about|suivi\s+de|follow-up\s+(?:of|for)|check\s+on|look\s+in\s+on|passer\s+voir|aller\s+voir"
    # ... or a verb of care whose object is the person ("Je te réfère pierre morin", "referring anna roy")
    r"|r[ée]f[èée]re|r[ée]f[ée]rer|refer|referring|admis|admise|admitted"
    # ... or whom a crew carried ("Our crew transported yvette boivin yesterday", "on a transporté ...")
    r"|transported|brought[ \t]+in|transport[ée]e?|amen[ée]e?"
    # ... or whose document it is ("as-tu eu le rapport d'imagerie de olga nguyen?", "the results of paul roy")
    # (... or a specimen's: "Peux-tu regarder le frottis de réjean champagne (urgence, civière 20)?")
    r"|(?:rapport|r[ée]sultats?|bilan|imagerie|radiographie|ordonnance|formulaire|report|results?|x-rays?|imaging"
    r"|frottis|smear|biopsie|biopsy|pr[ée]l[èe]vement|[ée]chantillon|specimen|sample)"
    r"(?:\s+d['’][a-zé]+)?\s+(?:de|of|for)"
    # ... or whom a clinician saw ("J'ai rencontré john fournier ce matin", "I saw mary walsh today")
    # (... or met with, before "rencontré" would take "rencontre" alone: "suite à ma rencontre avec luc lavoie :")
    r"|rencontre[ \t]+avec|entretien[ \t]+avec|meeting[ \t]+with|visit[ \t]+with"
    r"|vue?|revue?|rencontr[ée]e?|examin[ée]e?|seen|saw|examined|assessed|met[ \t]+with"
    # ... or whom a colleague is asked to see ("Pourrais-tu voir hamelin wayne en priorité ?", "could you see ...")
    r"|voir|see"
    # ... or whom a colleague is asked to call ("Could you call lucie larkin ((819) 555-0180) with her results?")
    r"|call(?:[ \t]+back)?|r?appeler|joindre|contacter|contact"
    # ... or the person introducing themself, a patient writing to the clinic ("Je m'appelle diane leblanc")
    r"|je[ \t]+m['’]appelle|mon[ \t]+nom[ \t]+est|my[ \t]+name[ \t]+is"
    # ... or whom a relative or a legal representative acts for ("fille et mandataire (mandat de protection
    # homologué) de andré taylor", "daughter and proxy of ...")
    # (a parent signs for a child in the words a family uses: "Sarah-Jane Belzile, maman de aya rousseau")
    r"|(?:fille|fils|m[èe]re|p[èe]re|maman|papa|conjointe?|[ée]pouse|[ée]poux|mandataire|tut(?:eur|rice)"
    r"|curat(?:eur|rice)|repr[ée]sentante?|daughter|son|mother|father|mom|mum|dad|wife|husband|guardian|proxy"
    r"|representative)"
    r"(?:[ \t]*\([^()\n]{0,60}\))?[ \t]+(?:de|of)"
    # ... or one's own relative, then a comma ("I'm writing about my dad, howard tilley", "au sujet de ma mère,
    # jacqueline hébert")
    r"|(?:my|our|mon|ma|notre)[ \t]+(?:dad|father|mom|mum|mother|son|daughter|husband|wife|partner|p[èe]re|m[èe]re"
    r"|fils|fille|mari|femme|conjointe?)[ \t]*,"
    # ... or whom a one-line note's greeting speaks of, after the colleague's name and its comma ("Hi Emeka, aurèle
    # bédard in 4 has new onset AFib", "Salut Julie, marc gagnon au lit 4 a fait une chute")
    r"|(?:hi|hey|hello|salut|bonjour|bonsoir|allo|allô)[ \t]+[a-zà-ÿ][a-zà-ÿ'’-]{1,20}[ \t]*,"
    # ... or whose baby it is ("le bébé de mélodie cyr fait 39,2", "the baby of ...")
    r"|b[ée]b[ée][ \t]+de|baby[ \t]+of)"
    r"[ \t]*:?[ \t]+"
    r"|\bb[ée]b[ée][ \t]+d['’])"
)
# (a line may open with a short field label: "ID: véronique cadieux, 71F", or a sign-out's bed: "CCU-5    glen
# mukherjee    66M  electrical storm", or a clinic list's time and room: "08:00  salle 8  rachel théberge   schwannome
# vestibulaire 7 mm")
_LOWER_LINE_LEAD = (r"(?m:^)[ \t>*•·\-–—]*(?:[A-Za-z]{1,10}[ \t]*:[ \t]*"
                    r"|[A-Z0-9]{1,4}-?[0-9]{1,4}[A-Z]?(?:-[0-9]{1,2})?[ \t]+"
                    r"|(?:[0-9]{1,2}[:h][0-9]{2}[ \t]+)?(?i:salle|room|rm|bed|lit|ch|chambre|box|bay|civi[eè]re|civ)\.?"
                    r"[ \t]*[0-9]{1,4}[A-Za-z]?[ \t]+"
                    r"|[0-9]{1,2}[:h][0-9]{2}[ \t]+)?")
# (a double family name's second half may open with an elided particle: "rahimi-o'brien"; a saint's name opens with
# its short particle: "st-pierre", "ste-marie")
_LOWER_WORD = rf"(?:ste?-)?[{_LOW}]{{3,}}(?:-(?:[{_LOW}]['’])?[{_LOW}]{{2,}})?"
# What may follow a full name typed without capitals: a comma, a parenthesis, a spaced dash, a birth-date label or
# an age, or where the person lies ("in rm 15", "au lit 4", "ch. 212", or the bed a team calls them by: "maya
# lapierre in 9 is back", "Maélie michaud en 1 revient") ...
_COMPLAINT = r"c/o[ \t]|(?i:complains?[ \t]+of\b|se[ \t]+plaint[ \t]+de\b)"
_TAIL_ON_THE_LINE = (
    r"[,(]|:[ \t]|[-–—][ \t]"
    r"|(?i:ddn|dob|n[ée]e?\b|[0-9]{1,3}[ \t]*(?:ans|yo|y/o|y)\b|[0-9]{1,3}[ \t]?[mfh]\b"
    r"|in[ \t]+(?:rm|room|bed)\b|au[ \t]+lit\b|(?:ch|chambre|lit)\.?[ \t]*[0-9]|(?:in|en|au)[ \t]+[0-9]{1,3}\b"
    # ... or when the writer saw them ("Saw noreen papadopoulos today.", "vu denis cloutier ce matin")
    r"|today|yesterday|this[ \t]+(?:morning|afternoon|am|pm)\b|aujourd['’]hui|hier\b|ce[ \t]+matin"
    # ... or what they complain of ("irene goldberg c/o burning w urination", "se plaint de")
    rf"|{_COMPLAINT})"
)
# ... or the birth date that the next line gives ("chantal petrakis\nDDN : 2001-09-02 | dossier ...").
_BIRTH_ON_THE_NEXT_LINE = r"\r?\n[ \t]*(?i:ddn|dob|d\.o\.b|date[ \t]+de[ \t]+naissance|date[ \t]+of[ \t]+birth)\b"
# What only a person is said to have, right after a name that opens its line: a complaint, a birth date, a bed, an age.
_SAID_OF_A_PERSON_AFTER = re.compile(
    rf"[ \t]*(?:{_COMPLAINT}|(?i:ddn\b|dob\b|in[ \t]+(?:rm|room|bed)\b|au[ \t]+lit\b)"
    r"|,?[ \t]*[0-9]{1,3}[ \t]*(?:ans|yo|y/o)\b)"
)
# The tail as RE2 reads it (consumed, no lookahead).
_TAIL = rf"[ \t]*(?:{_TAIL_ON_THE_LINE}|{_BIRTH_ON_THE_NEXT_LINE})"


def _full_name_patterns(
    given_word: str, tail_at_line_start: bool = False
) -> tuple[re.Pattern[str], re2_patterns.Re2Pattern]:
    """The full-name pattern for given names shaped ``given_word``, and its RE2 superset (below); with
    ``tail_at_line_start``, the superset asks a name that opens its line for its tail (``_TAIL``)."""
    pattern = re.compile(
        # (the lead words first: at a line's start, "pour john fournier" is "pour" and a name, not "pour john")
        rf"(?P<lead>{_LOWER_LEAD_WORDS}|{_LOWER_LINE_LEAD}"
        # ... or a Subject's or a line's spaced dash before its last words ("Échographie annulée – sofia wilson")
        # (... or a roster's field between spaced dashes, with its age: "ch. 630 — brisson lise, 81 a (562284) — ...",
        # or a name and where the person lies: "Hey Rachel - gordon reid in 502 pulled his NG tube")
        r"|[ \t][-–—][ \t]+(?=[^\n–—]{5,40}(?:\r?\n|$)|[^\n–—,]{5,40},[ \t]*[0-9]{1,3}[ \t]*(?:ans|a|yo|y)\b"
        rf"|[{_LOW}]{{3,}}[ \t]+[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?[ \t]+(?i:(?:in|en|au)[ \t]+[0-9]{{1,3}}\b"
        r"|in[ \t]+(?:rm|room|bed)\b|au[ \t]+lit\b|(?:ch|chambre|lit)\.?[ \t]*[0-9])))"
        # (right after an elided "de" only where the lead ends with one: "le bébé d'amélie beauchemin")
        rf"(?:(?<=[ée][ \t][dD]['’])|(?<![\w@.'’-]))(?P<given>{given_word})(?P<comma>,)?[ \t\u00a0]+"
        rf"(?P<surname>{_LOWER_WORD})"
        rf"(?![\w@-])(?P<tail>(?=[ \t]*(?:{_TAIL_ON_THE_LINE}|(?P<born>[ \t]*{_BIRTH_ON_THE_NEXT_LINE}))))?"
    )
    # The pattern without its lookarounds (which RE2 lacks): it matches wherever the pattern does, and finds the few
    # places to try it at. (Python's engine tried the lead's alternatives at every character of every window near
    # evidence: some 1.5 ms of a 10 ms message.)
    words = rf"{given_word},?[ \t\x{{00A0}}]+{_LOWER_WORD}"
    candidate = re2_patterns.compile(
        rf"(?:{_LOWER_LEAD_WORDS}){words}|(?:{_LOWER_LINE_LEAD}|[ \t][-–—][ \t]+){words}{_TAIL}"
        if tail_at_line_start
        else rf"(?:{_LOWER_LEAD_WORDS}|{_LOWER_LINE_LEAD}|[ \t][-–—][ \t]+){words}"
    )
    return pattern, candidate


_LOWER_FULL_NAME, _LOWER_FULL_NAME_CANDIDATE = _full_name_patterns(_LOWER_WORD)
# ... and the given name that kept its capital when the family name lost its own, as a phone's keyboard leaves them
# ("Ella hayes (bay 24): new DKA", "passer voir Antoine deschênes en 11"). Apart: where such a pair is no name
# ("Pourrais-tu voir hamelin wayne"), the lower-case search must still try the words after it.
# (every line of prose opens with a capital and a lower-case word: there, only a name's tail, consumed by RE2, makes
# a candidate: "Ella hayes (bay 24)")
_CAPITAL_GIVEN_NAME = _full_name_patterns(rf"[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]{{2,}})?", tail_at_line_start=True)
_COLON_AFTER = re.compile(r"[ \t]*:[ \t]")
_SAINT_PARTICLE = re.compile(r"^ste?-")
_GIVEN_FOLDED = frozenset(fold(n) for n in _GIVEN_SET if len(n) >= 3)
_SURNAME_FOLDED = frozenset(fold(n) for n in _SURNAME_SET if len(n) >= 3)


def _lower_full_names_in(
    text: str, lo: int, hi: int, patterns: tuple[re.Pattern[str], re2_patterns.Re2Pattern] = (_LOWER_FULL_NAME,
                                                                                   _LOWER_FULL_NAME_CANDIDATE)
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)``, trying ``re`` only where the RE2 superset starts a match. One RE2
    pass while ``re`` agrees (its lookarounds seldom refuse a candidate), another from where it did not."""
    full, superset = patterns
    pos = lo
    while pos < hi:
        for candidate in superset.finditer(text, pos, hi):
            if superset is _CAPITAL_GIVEN_NAME[1] and not _some_word_known(candidate.group()):
                continue  # "Job posting", "Hello all": neither a listed given name nor a listed family name
            match = full.match(text, candidate.start(), hi)
            if match is None:
                pos = candidate.start() + 1
                break
            yield match
            if match.end() != candidate.end():
                pos = match.end()
                break
        else:
            return


_CAPITAL_THEN_LOWER = re.compile(rf"[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]{{2,}})?[ \t\u00a0]+[{_LOW}]{{3,}}")
_TAIL_AFTER = re.compile(_TAIL)


def _may_be_accepted(text: str, pair: re.Match[str]) -> bool:
    """What ``lower_case_full_names`` may accept of a capitalised word and a lower-case one: a listed family name
    second, or a listed given name first with a name's tail after the pair."""
    given, surname = pair.group().split(None, 1)
    folded = fold(surname)
    if folded in _SURNAME_FOLDED or all(p in _SURNAME_FOLDED for p in folded.split("-")):
        return True
    return fold(given).split("-", 1)[0] in _GIVEN_FOLDED and _TAIL_AFTER.match(text, pair.end()) is not None


_CANDIDATE_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _some_word_known(candidate: str) -> bool:
    """Some capitalised word of a candidate is a listed given name, or some lower-case word a listed family name."""
    for word in _CANDIDATE_WORDS.findall(candidate):
        folded = fold(word)
        if word[0].isupper() and folded.split("-", 1)[0] in _GIVEN_FOLDED:
            return True
        if word[0].islower() and (folded in _SURNAME_FOLDED or all(p in _SURNAME_FOLDED for p in folded.split("-"))):
            return True
    return False


def lower_case_full_names(text: str, windows: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the lower-case full names (``_LOWER_FULL_NAME``) inside ``windows``."""
    names: list[tuple[int, int, str]] = []
    for (lo, hi), patterns in itertools.product(windows, ((_LOWER_FULL_NAME, _LOWER_FULL_NAME_CANDIDATE),
                                                            _CAPITAL_GIVEN_NAME)):
        if patterns is _CAPITAL_GIVEN_NAME and not any(
            _may_be_accepted(text, pair) for pair in _CAPITAL_THEN_LOWER.finditer(text, lo, hi)
        ):
            continue  # (the RE2 search costs a copy of the text: asked only where some such pair has a known word)
        for match in _lower_full_names_in(text, lo, hi, patterns):
            given, surname, start, end = match["given"], match["surname"], match.start("given"), match.end("surname")
            folded_given, folded_surname = fold(given), fold(surname)
            if folded_surname in _STOP or folded_surname in _NOT_LOWER_SURNAMES or folded_given in _STOP:
                continue
            # (a double family name is known when both its halves are: "vézina-bouffard")
            saint = _SAINT_PARTICLE.sub("", folded_surname)
            known = (folded_given.split("-", 1)[0] in _GIVEN_FOLDED) + (
                folded_surname in _SURNAME_FOLDED or all(p in _SURNAME_FOLDED for p in saint.split("-"))
            )
            # ... or surname first, both known ("Votre patiente dethier yasmine est sortie hier")
            reversed_order = _known_lower_name((surname, given))
            if match["comma"] and not reversed_order:
                continue  # a comma between two words: only a family name, then its given name ("paradis, sylvain")
            # Both words known, or one (a typo: "michel thibaul") where both the lead and the tail say a name stands.
            # ... or a known given name opening its line before a colon, as a terse note heads what follows with
            # whom it is about ("aurèle fontaine : douleur mal contrôlée": Fontaine is a word as well as a name).
            # ... or before what only a person is said to have: a complaint, an age, a birth date, a bed ("irene
            # goldberg c/o burning w urination": Goldberg is no listed name).
            headed = (not match["lead"] and folded_given.split("-", 1)[0] in _GIVEN_FOLDED
                      and (_COLON_AFTER.match(text, end) is not None or _SAID_OF_A_PERSON_AFTER.match(text, end)
                           is not None))
            born = match["born"] is not None and folded_given.split("-", 1)[0] in _GIVEN_FOLDED
            if given[:1].isupper():
                # A capital then a lower-case word is how every sentence opens ("Santé mentale :", "Job posting"):
                # both must be listed names, or the next line must give the birth date, or a lead word and a tail
                # must say a name stands there ("fyi Maélie michaud en 1 revient").
                lead_word = any(c.isalpha() for c in match["lead"] or "")
                if known == 2 or born or (known == 1 and lead_word and match["tail"] is not None):
                    names.append((start, end, f"{given} {surname}"))
                continue
            if (known == 2 or reversed_order or born
                    or (known == 1 and (match["lead"] or headed) and match["tail"] is not None)):
                names.append((start, end, f"{given} {surname}"))
    return names


def _lower_case_name(given: str, surname: str) -> bool:
    folded = fold(surname)
    return given.split("-", 1)[0] in _GIVEN_LOWER and folded not in _STOP and folded not in _NOT_LOWER_SURNAMES
