"""Names in an attachment's file name ("plaie_sacrum_levesque_gaston_20250519.pdf",
"Lacasse-Pierrette-0740952-dehiscence.png"): a scanner or a clerk writes the person's name there, in any case and
either order, between underscores or hyphens, with no title or comma to say it is a name."""

from __future__ import annotations

import re
from itertools import pairwise

from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers._chart_spelling import year_first_date
from sentinelle.classifiers.recognizers.patient_name._lower_case import (
    _COMMON_NOUN_END,
    _SURNAME_FOLDED,
    _known_lower_name,
)
from sentinelle.classifiers.recognizers.patient_name._shapes import (
    _BEFORE_A_LETTER,
    _is_given,
    _is_surname,
    _known_surname,
)

# A file name's words: letters only (accents, apostrophes), parted by anything else.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’])*")
# Only a hyphen or spaces (underscores are spaces by now) part a name's two words; a dot ends the stem.
_BETWEEN = re.compile(r"[ \t]*-?[ \t]*")
# Two short words in capitals joined by a hyphen, then a number: a document's code, not a name.
_DOCUMENT_CODE = re.compile(r"[A-Z]{2,3}-[A-Z]{2,3}[-_ ]?[0-9]{1,2}")
# ... or a family name and the chart number of its bearer ("Consentement_FIV_donneur_Bouffard_2259887.pdf").
# (the given name's initial may stand between: "Nadeau_G_EW-443204")
_NUMBER_AFTER = re.compile(r"(?:[ \t]+[A-Z]\.?)?[ \t]*-?[ \t]*[A-Z]{0,3}-?[0-9]{6,10}(?![0-9])")


# ... or a listed family name in capitals and the given name's initial ("IRM_cérébrale_PIRON_P_ARIA-E.pdf"), or
# capitalised ("placenta-praevia_Desrosiers_C.png").
# (a space between, underscores being spaces by now: "ARIA-E" is an abbreviation's letter, not an initial)
_INITIAL_AFTER = re.compile(r"[ \t]+[A-Z](?=[ \t.]|$)")
# ... or before it, standing alone ("ferritin R Dunleavy.pdf"), not a letter that names a part, a type or a stage
# ("Annexe B Gagnon", "Plan A Gagnon", "hépatite C Marchand")
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[ \t]))(?P<initial>[A-Z])(?:\.[ \t]*|[ \t]+)$")  # ("Plan - V.Asselin.pdf")
_LETTERED_WORD = re.compile(
    r"(?i:annexe|appendix|plan|option|section|partie|part|volume|tome|version|form|formulaire|schedule|type|grade"
    r"|stade|stage|groupe?|phase|niveau|level|vitamine?|h[ée]patite|hepatitis|classe?|zone|aile|wing|bloc|block"
    r"|pavillon|unit[ée]?|salle|room|cat[ée]gorie|category|lot|kit|test|dose)[ \t]*$"
)
# ... a capitalised one hyphened to it too ("Gingras-S_DDN19480104_low_back_pain.pdf"; in capitals, "ARIA-E" is an
# abbreviation's letter).
_HYPHENED_INITIAL_AFTER = re.compile(r"(?:[ \t]+|-)[A-Z](?=[ \t.]|$)")


# ... or a listed family name in lower case and the given name's initial after a dot, as a mail address writes them
# ("vezina.a-keratocone-20250414.png").
_DOT_INITIAL = re.compile(r"\.[a-z](?=[-_ \t]|$)")


# ... or the given name's initial glued to a listed family name, as a login or a clerk's shorthand writes them
# ("JHughes_cancer_du_sein_2024.pdf").
_GLUED_INITIAL = re.compile(r"[A-Z][A-Z][a-z]{3,}")
# ... or after it ("SinclairD_psychosocial_summary.pdf", "BMD_WhitfieldD.pdf").
_INITIAL_GLUED_AFTER = re.compile(r"[A-Z][a-z]{3,}[A-Z]")


# A file name that names a test, an exam or a treatment, first or last ("MoCA_Rioux_J_20241015.pdf",
# "ECG_Roy_2255871.pdf", "CHARBONNEAU_M_EMG.pdf", "Path_report_Levesque_Y.pdf"): the family name in it, with an initial
# or a number, is the tested person's, wherever the evidence lies.
_EXAM_WORD = re.compile(
    r"(?<![^\W_])(?i:moca|mmse|ecg|ekg|eeg|emg|bmd|dexa|ost[ée]o|osteodensitometrie|irm|mri|tdm|rx|holter|mapa|spiro"
    r"|spirom[ée]trie|audiogramm?e?|biopsie|biopsy|patho|path|pathology|pathologie"
    r"|[ée]cho|echocardiogra(?:m|phie|phy)|[ée]chographie|ett|eto|tte|tee|cxr|scan|ct"
    # ... or a laboratory's test, or a treatment's record ("QUIRION-chelation.pdf", "ferritine_Gagnon_J.pdf")
    r"|ferritine?|fsc|cbc|inr|labs?|ch[ée]lation|transfusions?|perfusions?|infusions?|chimio|chemo|dialyse|dialysis)"
    r"(?![^\W_])"
)
# A file name that is a family name and the exam alone ("drouin-écho.pdf", "ECG_Roy.pdf"): the family name is the
# tested person's, when the file itself holds the evidence. (Its extension is no word of it.)
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{2,5}$")


def _numbered_surname(word: str) -> bool:
    """A listed family name in any case, or a capitalised word that is no ordinary or common noun ("Bouffard",
    not "Consultation" or "Rapport")."""
    if _known_surname(word.capitalize()):
        return True
    return (word[0].isupper() and word[1:].islower() and _is_surname(word)
            and not _COMMON_NOUN_END.search(fold(word)))


def _capitals_and_given(family: str, given: str) -> bool:
    """A family name in capitals beside a listed given name ("IGRA_positif_KONEAK_Louisa.pdf"), or beside a
    capitalised word that is no ordinary noun: capitals are how a clerk marks the family name, whatever list knows
    it."""
    if not (len(family) >= 3 and family.isupper() and _is_surname(family) and given[:1].isupper()
            and not given.isupper()):
        return False
    # (a given name no list knows beside a longer family name in capitals: "IGRA_positif_MELNYK_Olena")
    return _is_given(given) or (len(family.replace("-", "")) >= 4 and _numbered_surname(given))


def names_in_a_file_name(text: str, listed_only: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, name) of each pair of neighbouring words of ``text`` (a ``filename:`` segment) that are a
    listed given name and a listed family name, in either order, of each listed family name right before a
    number of six to ten digits (a whole date too, not a year and a month), and of each listed family name in
    capitals before an initial (or in lower case before a dot and an initial, or glued to its initial). Both
    words must be known: a file name's other words ("plaie", "rapport", "grille") are ordinary words, and a lone
    known word among them says nothing without its number or initial.

    ``listed_only`` (the evidence lies in the file, not in its name): only a listed given name beside a family name
    ("resume_FALARDEAU_Loic.pdf"); a word and a number or a letter ("FAC-972770.pdf") name a document as often,
    unless the file name names a test (``_EXAM_WORD``: "MoCA_Rioux_J_20241015.pdf"), or the initial is
    glued to the family name ("SinclairD_psychosocial_summary.pdf")."""
    words = [match for match in _WORD.finditer(text) if len(match.group()) >= 3]
    found: list[tuple[int, int, str]] = []
    exam = _EXAM_WORD.search(text) is not None
    for word in words:
        family = word.group()
        # (a family name glued to its initial, either side, is no document's word: read whatever the evidence)
        if _GLUED_INITIAL.fullmatch(family) and _known_surname(family[1:]) and fold(family[1:]) not in _BEFORE_A_LETTER:
            found.append((word.start(), word.end(), f"{family[1:]} {family[0]}"))
            continue
        if (_INITIAL_GLUED_AFTER.fullmatch(family) and _known_surname(family[:-1])
                and fold(family[:-1]) not in _BEFORE_A_LETTER):
            found.append((word.start(), word.end(), f"{family[:-1]} {family[-1]}"))
            continue
        # ... or after its initial, capitalised ("ferritin R Dunleavy.pdf"): a person's shape, whatever the evidence
        initial_before = _INITIAL_BEFORE.search(text, max(0, word.start() - 3), word.start())
        if (initial_before is not None and len(family) >= 4 and family.istitle() and _known_surname(family)
                and fold(family) not in _BEFORE_A_LETTER
                # (a lettered plan or annex, "Plan D Campbell", unless the letter has its period: "plan D. Campbell")
                and (text[initial_before.end("initial")] == "."
                     or _LETTERED_WORD.search(text, 0, initial_before.start("initial")) is None)):
            found.append((initial_before.start("initial"), word.end(), f"{family} {initial_before['initial']}"))
            continue
        if listed_only and not exam:
            continue
        # (in capitals, or capitalised as the file's other words are not: "placenta-praevia_Desrosiers_C.png")
        initial = (_INITIAL_AFTER.match(text, word.end()) if len(family) >= 4 and family.isupper()
                   else _HYPHENED_INITIAL_AFTER.match(text, word.end()) if len(family) >= 4 and family.istitle()
                   else None)
        # (a listed family name only: "ANNUEL_B", "VOLUME_C" are a report's words and a letter)
        if initial and _known_surname(family) and fold(family) not in _BEFORE_A_LETTER:
            found.append((word.start(), initial.end(), f"{family} {text[initial.end() - 1]}"))
            continue
        dotted = _DOT_INITIAL.match(text, word.end()) if family.islower() else None
        if dotted and fold(family) in _SURNAME_FOLDED:
            found.append((word.start(), dotted.end(), f"{family} {text[dotted.end() - 1]}"))
            continue
        number = _NUMBER_AFTER.match(text, word.end())
        digits = number.group().strip(" \t-") if number else ""
        # (a year and a month is no identifier: "FT_Bissonnette_202503.xlsx" is a monthly timesheet; a whole day after
        # a listed family name is the bearer's birth or visit: "pelletier_19641102_sérologie_syphilis.pdf")
        dated = year_first_date(digits)
        if number and (
            (not dated and _numbered_surname(word.group()))
            or (dated and len(digits) == 8 and _known_surname(word.group().capitalize()))
        ):
            found.append((word.start(), word.end(), word.group()))
    if exam and not found:
        stem = _EXTENSION.sub("", text)
        others = [word for word in words if word.end() <= len(stem) and not _EXAM_WORD.fullmatch(word.group())]
        if (len(others) == 1 and _known_surname(others[0].group().capitalize())
                and fold(others[0].group()) not in _BEFORE_A_LETTER
                and not _COMMON_NOUN_END.search(fold(others[0].group()))):
            found.append((others[0].start(), others[0].end(), others[0].group()))
    for first, second in pairwise(words):
        if not _BETWEEN.fullmatch(text, first.end(), second.start()):
            continue
        a, b = first.group(), second.group()
        if _DOCUMENT_CODE.fullmatch(text, first.start(), min(len(text), second.end() + 2)):
            continue  # "POL-PLA-004_photos.pdf", "PRO-PLA-011": a policy's or a protocol's code
        # (a hyphen joins a family name no list knows to a listed given name: "Echo_T3_Mukendi-Mei_mastitis.png")
        hyphened = text[first.end() : second.start()] == "-" and (
            (_is_given(b) and _numbered_surname(a)) or (_is_given(a) and _numbered_surname(b))
        )
        given_beside = (_is_given(b) and _capitals_and_given(a, b)) or (_is_given(a) and _capitals_and_given(b, a))
        if listed_only and not (given_beside or _known_lower_name((a, b)) or _known_lower_name((b, a))):
            continue
        if (_known_lower_name((a, b)) and _is_surname(b)) or (_known_lower_name((b, a)) and _is_surname(a)) or (
            _capitals_and_given(a, b) or _capitals_and_given(b, a) or hyphened
        ):
            if found and found[-1][1] > first.start():
                continue  # "Marie Roy Gagnon": the first pair holds (and "Roy 1234567" a pair)
            found.append((first.start(), second.end(), f"{a} {b}"))
    return found
