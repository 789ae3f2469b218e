"""Names that fill a field of a Subject ("DUPONT Marie - récidive", "Suivi Gauthier") or of an
invitation's summary, read as short fields that open with whom they are about."""

from __future__ import annotations

import datetime
import re

from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._lower_case import (
    _COMMON_NOUN_END,
    _GIVEN_FOLDED,
    _given_and_unlisted_family,
    _known_lower_name,
)
from sentinelle.classifiers.recognizers.patient_name._shapes import (
    _BEFORE_A_LETTER,
    _DATE_SPAN,
    _MONTHS,
    _NOT_SURNAMES,
    _ORG_WORDS,
    _PARTICLE,
    _STOP,
    _acronym,
    _capitalised,
    _is_given,
    _is_surname,
    _known_surname,
)
from sentinelle.classifiers.recognizers.patient_name._triggers import _GIVEN_SET, _LOW, _UP

# A Subject is a short field that opens with whom it is about ("DUPONT Marie - récidive", "TR: Pt OKAFOR,
# Adaeze (1958-04-03) - biopsie"): an upper-case surname and a given name, or "Surname, Given", then a
# separator or the end, after at most forwarding prefixes and a role word.
_SUBJECT_LEAD = re.compile(
    # (an exposure's source patient: "BBF source THÉRIAULT Aaron (0489186): HBsAg +")
    rf"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent|pt|patient|patiente|bbf|aes|source)[ \t]*[:-]?)*[ \t]*"
    rf"(?P<name>(?P<upper>[{_UP}]{{2,}}(?:[-'’][{_UP}]{{2,}})?),?[ \t]+"
    rf"(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    rf"|(?P<surname>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?),[ \t]*(?P<given2>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    # ... or a known given name and a surname, first in the Subject, before a spaced dash ("Denise Martel - AWOL")
    rf"|(?P<given3>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]+(?P<surname3>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}][{_LOW}]+)?|[{_UP}]\.)(?=[ \t]+[-–—][ \t])"
    # ... or two capitalised words, either order, before a bracket that holds a number: the bearer's birth date or
    # chart number ("Patterson Gwen (22-FEB-1993) - atrial fibrillation")
    rf"|(?P<first4>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]+(?P<second4>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}][{_LOW}]+)?)(?=[ \t]*\((?P<bracket4>[^()\n]{{0,40}}[0-9][^()\n]{{0,40}})\)))"
    # (the chart number may follow the name: "RE: GIROUARD, Fernand 0169795 – IRM reportée?")
    rf"[ \t]*(?:\([^()\n]{{0,40}}\)[ \t]*|(?:[A-Z]{{1,3}}-?)?[0-9][0-9-]{{4,12}}[0-9][ \t]*)?(?:[-–—:|/,]|$)"
)


# A ward's Subject names its patient by upper-case surname, initial and room ("LEBLANC R. ch 214 - insuline",
# "O'NEIL P. rm 12 - warfarin"): the room says the initial is a patient's, not a colleague's.
# A result's or a follow-up's Subject that ends with the patient's surname and initial ("Résultat bx - Santos Y.",
# "Path result - O'NEIL P."): the care word says the initial is a patient's, not a colleague's.
_SUBJECT_CARE_INITIAL = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent)[ \t]*:)*[ \t]*"
    r"(?i:r[ée]sultats?|results?|suivi|f/u|follow[- ]?up|patho(?:logie|logy)?|path|biops(?:ie|y)|bx)\b[^\n\-–—|:]{0,30}"
    r"[ \t][-–—:|][ \t]*"
    rf"(?P<name>(?P<surname>(?:[{_UP}]['’])?[{_UP}](?:[{_LOW}]+|[{_UP}]+)(?:-[{_UP}][{_UP}{_LOW}]+)?)[ \t]+"
    rf"(?P<initial>[{_UP}])\.?)[ \t]*$"
)
# The Subject's last field, an initial and a family name ("Clairance dentaire - I. Vaillancourt"), or the family
# name first, in capitals too ("Annulation : ROCHON F."): whom the message is about, when it holds evidence said of
# someone elsewhere and the family name is listed.
_SUBJECT_TAIL_INITIAL = re.compile(
    rf"[ \t][-–—|:][ \t]*(?P<name>(?P<initial>[{_UP}])\.[ \t]?"
    rf"(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    rf"|(?P<surname2>(?:[{_UP}]['’])?[{_UP}](?:[{_LOW}]+|[{_UP}]+)(?:-[{_UP}](?:[{_LOW}]+|[{_UP}]+))?)[ \t]+"
    rf"(?P<initial2>[{_UP}])\.)[ \t]*"
    # (where the person lies may close it: "Refeeding risk - F. Henstridge bed ICU-18")
    r"(?P<bed>(?i:bed|lit|rm|room|ch|chambre|civi[èe]re|stretcher)\.?[ \t]*[A-Z]{0,4}-?[0-9]{1,4}[A-Z]?[ \t]*)?$"
)
# A Subject that ends with an initial and a family name, either order, after words of care or nothing else ("Labs
# Gosselin E.", "RE: évaluation chutes J. Provencher", "RE: lit pour Y. Poulin", "L. Lachance"): whom the message is
# about, when it holds evidence said of someone elsewhere and the family name is listed.
_SUBJECT_INITIAL_END = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent)[ \t]*:)*[ \t]*(?P<lead>(?:[^\n\-–—|:]|(?<=\w)-(?=\w)){0,60}?)[ \t]*"
    rf"(?P<name>(?P<initial>[{_UP}])\.[ \t]?(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    rf"|(?P<surname2>(?:[{_UP}]['’])?[{_UP}](?:[{_LOW}]+|[{_UP}]+)(?:-[{_UP}](?:[{_LOW}]+|[{_UP}]+))?)[ \t]+"
    rf"(?P<initial2>[{_UP}])\.)[ \t]*"
    # (where the person lies may follow, in brackets: "RE: C. Harrington (SI-21)")
    r"(?:\([^()\n]{1,20}\)[ \t]*)?"
)
# ... or a family name and its initial filling the Subject's first field, what the message is about in the next
# ("O'Neill R. / INR this am", "RE: Da Silva P. — RNI", "Paradis, D. - résultats"): read when the message holds
# evidence said of someone.
# (the particles a name after a given name may open with, and the Portuguese and saints' ones a Subject shows)
_SURNAME_WITH_PARTICLE = (rf"(?:(?:{_PARTICLE}|Dos|St|Ste)[ \t]+)?(?:[{_UP}]['’])?"
                          rf"(?:Mc|Mac)?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?")
_SUBJECT_INITIAL_FIELD = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent)[ \t]*:)*[ \t]*"
    rf"(?P<name>(?P<surname>{_SURNAME_WITH_PARTICLE}),?[ \t]+(?P<initial>[{_UP}])\."
    rf"|(?P<initial2>[{_UP}])\.[ \t]?(?P<surname2>{_SURNAME_WITH_PARTICLE}))"
    # (a bracket may stand before the next field: the exam's modality or the bed, "Ramirez H. (US) - positive hCG")
    r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[/\-–—|:][ \t]*\S"
)
_CARE_LEAD = re.compile(
    r"\b(?:labs?|bilan|r[ée]sultats?|results?|suivi|f/u|follow[- ]?up|[ée]val(?:uation)?s?|assessments?"
    r"|ost[ée]o(?:densitom[ée]trie)?|densitom[ée]trie|bmd|moca|mmse|imagerie|imaging|consult(?:ation)?|chutes?"
    r"|falls?|lit|bed|pour|for|about|concernant|re"
    # ... or the stage of a surgical patient's course ("Pré-op Chabot M.", "Post-op Nadeau R.", "Consent Roy J.")
    r"|pr[ée][- ]?op(?:[ée]ratoire)?|post[- ]?op(?:[ée]ratoire)?|pre-?anesth[ée]sie|pre-?anaesthesia|consente?ment"
    r"|consent|booking|r[ée]servation|admission|cong[ée]|discharge)$",
    re.IGNORECASE,
)
_SUBJECT_INITIAL_ROOM = re.compile(
    rf"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent|pt|patient|patiente)[ \t]*[:-]?)*[ \t]*"
    # (an initial stands alone: "PO BC-44605" is an order's number, "B" no initial)
    rf"(?P<name>(?P<upper>(?:[{_UP}]['’])?[{_UP}]{{2,}}(?:[-'’][{_UP}]{{2,}})?),?[ \t]+"
    rf"(?P<initial>[{_UP}])(?:\.|(?![\w])))"
    rf"[ \t]*[-–—,]?[ \t]*(?:(?i:ch|chambre|room|rm|lit|bed)\.?[ \t]*[0-9]{{1,4}}[A-Za-z]?"
    # ... or a chart number in its place ("FOURNIER M 61-31-238 - IRM: métas cérébrales")
    rf"|(?:[A-Z]{{1,3}}-?)?[0-9]{{2,}}(?:[- ][0-9]{{2,}}){{0,3}})[ \t]*(?:[-–—:|/,]|$)"
)
# A given name and the community a patient comes from, as remote care writes it ("Sarah from Nimiskau - sputum
# AFB+", "Noé de Kanatsiak - hémodialyse manquée x2"): the given name is the patient's.
_SUBJECT_GIVEN_FROM = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent)[ \t]*:)*[ \t]*"
    rf"(?P<name>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]+(?:from|de|d['’]|of)[ \t]*"
    rf"(?P<place>[{_UP}][{_LOW}]+(?:[- ][{_UP}][{_LOW}]+)?)[ \t]*[-–—:|]"
)


# A Subject that is a care word and whom it is about ("Suivi Gauthier", "F/U Okafor", "Follow-up: Ana Pires",
# "Re: résultats Leduc"): a surname alone, or a listed given name and a surname, then the end or a field's
# separator. A title between them ("Suivi Dr Roy") or a lower-case topic ("Suivi comité qualité") is no patient.
_SUBJECT_CARE_NAME = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent)[ \t]*:)*[ \t]*"
    r"(?i:suivi|f/u|fu|follow[- ]?up|r[ée]sultats?)[ \t]*(?:(?i:de|du|of|for|pour)[ \t]+)?[:-]?[ \t]*"
    rf"(?P<name>(?:(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]+)?"
    rf"(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?))"
    r"[ \t]*(?:[-–—:|/,(]|$)"
)

# ... and a name written all in capitals, surname first, after the care word and its topic ("Suivi imagerie
# TAYLOR ANDRÉ – 18-480763"): the given name must be a known one.
_SUBJECT_CARE_UPPER = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent)[ \t]*:)*[ \t]*"
    r"(?i:suivi|f/u|fu|follow[- ]?up|r[ée]sultats?)[ \t]+(?:[a-zà-ÿ]+[ \t]+)?(?:(?i:de|du|of|for|pour)[ \t]+)?"
    rf"(?P<name>(?P<upper>(?:[{_UP}]['’])?[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)[ \t]+"
    rf"(?P<given>[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?))"
    r"[ \t]*(?:[-–—:|/,(]|$)"
)


_SUBJECT_NAME_CARE = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent)[ \t]*:)*[ \t]*"
    rf"(?P<name>(?:(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]+)?"
    rf"(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?))"
    r"[ \t]*[-–—:|/,][ \t]*(?i:suivi|f/u|fu|follow[- ]?up|r[ée]sultats?)\b"
)

# A Subject that is one family name and nothing else ("Re: Nadeau", "Rossi"): read only when the word is a
# family name people bear (``lexicons/surnames.txt``, from Faker), never an ordinary word ("Collecte", "Décès").
_SUBJECT_ALONE = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent)[ \t]*:)*[ \t]*"
    rf"(?P<name>(?P<surname>(?:[{_UP}]['’])?[{_UP}](?:[{_LOW}]+|[{_UP}]+))(?:[ \t]+[{_UP}]\.?)?)"
    rf"(?:[ \t]+[A-Z]{{0,3}}-?[0-9]{{6,8}})?[ \t]*$"
)  # (upper-case too, "SINGH"; an initial, "SAVARD D."; and the chart number it may carry: "Rossi LU5105027")
# ... and one given name and nothing else, as a parent's thread or a unit's news to the parents names a child ("Re:
# Florence", "Fwd: Émile", "Update on Juliette", "Nouvelles de Léa"), on the same condition.
_SUBJECT_GIVEN_ALONE = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw)[ \t]*:)*[ \t]*"
    r"(?:(?i:update[ \t]+on|news[ \t]+(?:on|of|about)|nouvelles[ \t]+de|about)[ \t]+)?"
    rf"(?P<name>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]*$"
)
# ... and a known family name in capitals that opens the Subject, then what is said of its bearer ("DESJARDINS — toux
# aux repas"), on the same condition. (Not a capitalised one: "Bottin – cliniques spécialisées" opens a directory,
# and many family names are words.)
_SUBJECT_UPPER_FIELD = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw)[ \t]*:)*[ \t]*"
    rf"(?P<name>[{_UP}]{{4,}}(?:-[{_UP}]{{2,}})?)[ \t]*(?:[-–—:|][ \t]+|[–—|])\S"
)
# A known family name and the number that identifies its bearer, then what the message is about ("Doyle
# 7061-632-068 - pyelonephritis", "SINGH 38347965 - CKD stage 4"): the number says the name is a patient's.
_SUBJECT_SURNAME_NUMBER = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent|pt|patient|patiente)[ \t]*[:-]?)*[ \t]*"
    rf"(?P<name>(?P<surname>(?:[{_UP}]['’])?[{_UP}](?:[{_LOW}]+|[{_UP}]+)))[ \t]*[(#]?[ \t]*"
    r"(?P<number>(?:[A-Z]{1,3}-?)?[0-9]{2,}(?:[-./ ][0-9]{2,}){0,3})\)?[ \t]+[-–—:|/,][ \t]*\S"
)


# Endings of common nouns, never of a given name the list lacks.


# Where a Subject's next field starts: after a spaced dash, a colon, a bar or a slash.
_SUBJECT_FIELD = re.compile(r"[ \t][-–—][ \t]|[–—|/:]")
# The first field typed in lower case, family name first or not ("lafrenière annie – donépézil 10 mg DIE"), or all the
# Subject after the document it sends ("résultats tremblay jacob").
_SUBJECT_LOWER_LEAD = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw)[ \t]*:)*[ \t]*"
    r"(?:(?P<document>(?i:r[ée]sultats?|results?|labos?|labs?|rapport|report|bilan"
    # ... or a monitoring programme's summary ("weekly summary stefan kowalczyk", "sommaire hebdo lise roy")
    r"|(?:(?:weekly|daily|monthly)[ \t]+)?(?:summary|readings|update)|(?:sommaire|r[ée]sum[ée]|relev[ée]s)"
    r"(?:[ \t]+(?:hebdo|hebdomadaire|quotidien|mensuel))?"
    # ... or after the bed it is given ("RE: lit pour olivier vézina")
    r"|lit[ \t]+pour|bed[ \t]+for|chambre[ \t]+pour|room[ \t]+for))[ \t]*:?[ \t]+)?"
    r"(?P<name>(?P<first>[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{2,})[ \t]+(?P<second>[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{2,}))"
    r"[ \t]*(?:[-–—|:/][ \t]|[–—|:]|(?(document)$|(?!)))"
)


# ... the word of care or the document that the next field names ("fatima benali — résultats").
_CARE_FIELD_AFTER = re.compile(
    r"[ \t]*[-–—|:][ \t]*(?i:r[ée]sultats?|results?|labos?|labs?|suivi|follow[- ]?up|f/u|rapport|report|bilan"
    r"|consultation|consult|rendez-vous|rdv|appointment|prescription|ordonnance)\b"
)


def _lower_case_lead(first: str, second: str) -> bool:
    """A full name in lower case: a listed given name and a listed family name, or a listed given name after a
    word of four letters or more that is no ordinary word of the lists (a family name no list knows)."""
    if _known_lower_name((first, second)) or _known_lower_name((second, first)):
        return True
    return _given_and_unlisted_family(second, first)


def _listed_family(surname: str) -> bool:
    """A family name the list knows, however the Subject writes it: in capitals ("ROCHON"), its apostrophe dropped as
    the census list drops it ("O'BRIEN" as "Obrien")."""
    return any(_known_surname(form) for form in {surname, _capitalised(surname),
                                                  re.sub("['’]", "", surname).capitalize()})


def _subject_lead_name(text: str, lone_surname: bool = True, alone: bool = False) -> tuple[int, int, str] | None:
    """(start, end, name) of the name that fills a field of a Subject, in the shapes of ``_SUBJECT_LEAD``:
    the first field ("DUPONT Marie - récidive"), or a later one with an upper-case surname
    ("Biopsie positive - NGUYEN Thi"); after a care word, a given name and a surname, or a surname alone
    when ``lone_surname`` (the message holds a birth date, an identifier or a contact of someone); a Subject that
    is only a known family name when ``alone`` (the message also holds evidence said of someone)."""
    given_only = _SUBJECT_GIVEN_ALONE.match(text) if alone else None
    if (given_only is not None and fold(given_only["name"]) in _GIVEN_FOLDED and _is_surname(given_only["name"])
            and fold(given_only["name"]) not in _MONTHS):  # (not "Gala", "Urgent", "June": a word, not a child)
        return given_only.start("name"), given_only.end("name"), given_only["name"]
    upper_field = _SUBJECT_UPPER_FIELD.match(text) if alone else None
    if upper_field is not None and _known_surname(upper_field["name"]):
        return upper_field.start("name"), upper_field.end("name"), upper_field["name"]
    only = _SUBJECT_ALONE.match(text)
    if only is not None:
        if alone and _listed_family(only["surname"]):
            return only.start("name"), only.end("name"), only["name"]
        return None
    numbered = _SUBJECT_SURNAME_NUMBER.match(text)
    if (numbered is not None and sum(c.isdigit() for c in numbered["number"]) >= 7
            and _identifier_or_birth_date(numbered["number"]) and _known_surname(numbered["surname"])):
        return numbered.start("name"), numbered.end("name"), numbered["name"]
    for shape in (_SUBJECT_CARE_NAME, _SUBJECT_NAME_CARE):
        care = shape.match(text)
        if care is not None and (care["given"] or lone_surname) and _care_subject_name(care["given"], care["surname"]):
            return care.start("name"), care.end("name"), care["name"]
    initial = _SUBJECT_CARE_INITIAL.match(text)
    if initial is not None and _is_surname(initial["surname"]) and fold(initial["surname"]) not in _BEFORE_A_LETTER:
        return initial.start("name"), initial.end("name"), f"{initial['surname']} {initial['initial']}"
    field = _SUBJECT_INITIAL_FIELD.match(text) if alone else None
    if field is not None:
        surname, letter = field["surname"] or field["surname2"], field["initial"] or field["initial2"]
        family = surname.split()[-1]
        if _listed_family(family) and fold(surname) not in _BEFORE_A_LETTER:
            return field.start("name"), field.end("name"), f"{surname} {letter}"
    upper = _SUBJECT_CARE_UPPER.match(text)
    if (upper is not None and _is_surname(upper["upper"])
            and _capitalised(upper["given"]) in _GIVEN_SET):
        return upper.start("name"), upper.end("name"), upper["name"]
    given_from = _SUBJECT_GIVEN_FROM.match(text)
    if (given_from is not None and given_from["name"] in _GIVEN_SET
            and not any(fold(w) in _ORG_WORDS or fold(w) in _NOT_SURNAMES for w in given_from["place"].split())):
        return given_from.start("name"), given_from.end("name"), given_from["name"]
    tail = _SUBJECT_TAIL_INITIAL.search(text) if alone else None
    # (a family name no list knows, when its bed follows: the bed says whose it is)
    tail_surname = tail and (tail["surname"] or tail["surname2"])
    if (tail is not None and tail_surname
            and (_listed_family(tail_surname) or (tail["bed"] and _is_surname(_capitalised(tail_surname))))
            and fold(tail_surname) not in _BEFORE_A_LETTER):
        return tail.start("name"), tail.end("name"), f"{tail_surname} {tail['initial'] or tail['initial2']}"
    ending = _SUBJECT_INITIAL_END.fullmatch(text) if alone else None
    if ending is not None and (not ending["lead"] or _CARE_LEAD.search(ending["lead"].rstrip())):
        surname, letter = ending["surname"] or ending["surname2"], ending["initial"] or ending["initial2"]
        if _listed_family(surname) and fold(surname) not in _BEFORE_A_LETTER:
            return ending.start("name"), ending.end("name"), f"{surname} {letter}"
    lower = _SUBJECT_LOWER_LEAD.match(text)
    if lower is not None and (_lower_case_lead(lower["first"], lower["second"])
                              or ((lower["document"] or _CARE_FIELD_AFTER.match(text, lower.end("name")))
                                  and _given_and_unlisted_family(lower["first"], lower["second"]))):
        return lower.start("name"), lower.end("name"), lower["name"]
    starts = [0, *(m.end() for m in _SUBJECT_FIELD.finditer(text))]
    for position in starts:
        roomed = _SUBJECT_INITIAL_ROOM.match(text, position)
        if roomed is not None and _is_surname(roomed["upper"]) and fold(roomed["upper"]) not in _BEFORE_A_LETTER:
            return roomed.start("name"), roomed.end("name"), f"{roomed['upper']} {roomed['initial']}"
        match = _SUBJECT_LEAD.match(text, position)
        if match is None or (position and not match["upper"]):
            continue
        if match["given3"] and match["given3"] not in _GIVEN_SET:
            continue
        if match["first4"]:
            first, second = match["first4"], match["second4"]
            if not _names_its_bearer(match["bracket4"]):
                continue  # "Diabetes Day (2026-11-14)": an event's date
            if first in _GIVEN_SET and _is_surname(second):
                given, surname = first, second
            elif (second in _GIVEN_SET or _known_surname(first)) and _is_surname(second) and _is_surname(first):
                surname, given = first, second  # (a given name no list knows after a listed family name: "Gwen")
            else:
                continue
        else:
            surname = match["upper"] or match["surname"] or match["surname3"]
            given = match["given"] or match["given2"] or match["given3"]
        folded = fold(given)
        if not _is_surname(surname) or folded in _STOP or folded in _NOT_SURNAMES or folded in _ORG_WORDS:
            continue
        if _COMMON_NOUN_END.search(folded) and given not in _GIVEN_SET:
            continue  # "COVID Vaccination -", "BUDGET Formation :": a word, not a given name
        if match["upper"] and _acronym(surname) and fold(given) not in _GIVEN_FOLDED and not _known_surname(surname):
            continue  # "OMFS Day - programme", "ENT Forum –": an acronym and a word, when neither list knows either
        return match.start("name"), match.end("name"), match["name"]
    return None


_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _names_its_bearer(bracket: str) -> bool:
    """Whether a bracket after two capitalised words says whose they are: a date ten years back or more (a birth
    date: "22-FEB-1993"), or a number of seven digits or more (a chart's or a card's), not an event's date."""
    if sum(c.isdigit() for c in bracket) >= 7 and _YEAR.search(bracket) is None:
        return True
    years = [int(year) for year in _YEAR.findall(bracket)]
    return bool(years) and all(1900 <= year <= datetime.date.today().year - 10 for year in years)


def _identifier_or_birth_date(number: str) -> bool:
    """Whether a number after a Subject's family name says who the bearer is: an identifier, or a date ten
    years back or more ("CLOUTIER 1941-10-09 - CT head"), not a meeting's or a document's date."""
    if not _DATE_SPAN.fullmatch(number):
        return True
    years = [int(part) for part in re.split(r"[-/.]", number) if len(part) == 4]
    return bool(years) and 1900 <= years[0] <= datetime.date.today().year - 10


def subject_may_name_alone(text: str) -> bool:
    """Whether the Subject has a shape where a lone surname may be a patient's (a care word and a surname,
    or a family name alone): only then is the message searched for more about one person."""
    return any(shape.match(text) for shape in (_SUBJECT_CARE_NAME, _SUBJECT_NAME_CARE, _SUBJECT_ALONE))


def _care_subject_name(given: str | None, surname: str) -> bool:
    """Whether a care Subject's words are a person's name: a listed given name if any (not "Dr"), and a
    surname that is no common noun ("Suivi Formation", "Follow-up Meeting")."""
    folded = fold(surname)
    if given is not None and not _is_given(given):
        return False
    return _is_surname(surname) and not (_COMMON_NOUN_END.search(folded) and surname not in _GIVEN_SET)


_SUMMARY_LINE = re.compile(r"(?m:^Summary: (?P<value>[^\n]*))")


def summary_lead_name(text: str, lone_surname: bool, alone: bool) -> tuple[int, int, str] | None:
    """The name that fills a field of an invitation's summary ("Summary: RDV rhumato – BEAULIEU Benoît", as the
    calendar extractor writes SUMMARY), read the way a Subject's is (``_subject_lead_name``)."""
    if "Summary: " not in text:
        return None  # (every attachment with evidence is asked: a substring test spares the others a scan)
    line = _SUMMARY_LINE.search(text)
    if line is None:
        return None
    found = _subject_lead_name(line["value"], lone_surname=lone_surname, alone=alone)
    if found is None:
        return None
    offset = line.start("value")
    return found[0] + offset, found[1] + offset, found[2]
