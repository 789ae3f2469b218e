"""What a name looks like, and the names found without a title.

Name shapes after a trigger (``_NAME``), stop words and hard stops, organisation words, ``_clean_name``;
title-less candidates around known given names and "SURNAME, Given" (``_titleless``), a terse note's
"Surname I. –" (``_terse_note_names``), and lower-case names after a title (``_lower_case_name``)."""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Sequence

import re2

from sentinelle.classifiers.recognizers._base import bounded, fold
from sentinelle.classifiers.recognizers._lexicon import load_names
from sentinelle.classifiers.recognizers.patient_name._triggers import _GIVEN_SET, _LOW, _UP

_WORD = (
    rf"(?:(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*|[{_UP}]{{2,}}(?:[-'’][{_UP}]{{2,}})*|[{_UP}]\.)"
)
_SP = "[ \t\u00a0\u202f_]"  # spaces inside a name line: no-break spaces, and "_" of file names
# Inside a name, no tab: a tab ends a table cell ("Julie Roy<TAB>Infirmière"); a surname written first may
# still stand in the cell before its given name (_SURNAME_BEFORE).
_IN_NAME = "[ \u00a0\u202f_]"
_NAME = re.compile(rf"{_SP}*(?P<label>:)?{_SP}*(?P<name>{_WORD}(?:(?:{_IN_NAME}+|,{_IN_NAME}*){_WORD}){{0,3}})")
_SURNAME = rf"(?:[{_UP}]['’])?[{_UP}][{_UP}{_LOW}]+(?:-[{_UP}][{_UP}{_LOW}]+)?"
# After a given name: its surname. Before it: a surname written first ("MORIN, Ginette", "Caron Lucille",
# "Lavoie<TAB>Émilie" in a table row).
# A family name may open with its particle ("Sophie Van Damme", "Luc De Smet", "Anna Van der Berg"): the name ends
# after the word the particle introduces.
_PARTICLE = r"(?:Van(?:[ \u00a0]+(?:der|den|de))?|Von|Vander|De|Del|Della|Di|Da|Du|Des|Le|La|Mac|Ben|El|Al)"
_SURNAME_AFTER = re.compile(rf"{_IN_NAME}+(?P<surname>(?:{_PARTICLE}{_IN_NAME}+)?{_SURNAME})")
_SURNAME_BEFORE = re.compile(rf"(?P<surname>{_SURNAME})(?P<sep>,{_SP}*|{_SP}+|\t)$")
# Capitalised words that follow triggers but are not names (trimmed at both ends of a name).
_STOP_WORDS = (
    "le la les l de du des un une et ou au aux en par pour sur avec sans dans ce cette ces son sa ses leur",
    "the a an of and or to for with in on at by from his her their this that is was",
    # Possessives and pronouns open sentences with a capital ("Our Gala is on...", "Votre Dossier"), never a name.
    "our your its we they notre votre nos vos",
    # Languages ("patient education videos now in French"): NER sometimes takes one alone for a person.
    "french english anglais francais spanish espagnol arabic arabe",
    "madame monsieur mademoiselle mme mlle mr mrs ms dr dre docteur docteure patient patiente",
    "dossier rendez-vous suivi admis admise hospitalise hospitalisee ne nee age agee ans",
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet",
    "aout septembre octobre novembre decembre monday tuesday wednesday thursday friday saturday sunday",
    # ... and their abbreviations, a schedule's column headers ("Lun  Mar  Mer  Jeu  Ven": "Mar" is a given name).
    "lun mar mer jeu ven dim mon tue tues wed thu thur thurs fri sat",
    "hopital clinique centre service departement equipe direction cisss ciusss chum chu",
    "re tr fw objet subject merci bonjour",
    # A newsletter's name and period ("MRRUHN Weekly", "L'Info Hebdo", "CIUSSS News"): never a given name.
    "weekly monthly daily hebdo hebdomadaire mensuel quotidien digest news nouvelles infolettre newsletter bulletin",
    # Labels of a blank form's next field ("Nom : ______   Prénom : ____").
    "prenom surname firstname lastname",
)
# Words that end a name wherever they stand: identifier labels, credentials, clinical abbreviations
# ("M. Gagnon NAM GAGL ..." is "Gagnon", never "Gagnon NAM GAGL").
_HARD_STOP_WORDS = (
    "nam ramq nas sin ddn dob mrn hcn niss nir ssn no tel fax courriel email dossier chart",
    "sc ps md phd msc bsc inf ing pharm frcpc cmfc ccmf fcmf pdg ceo",
    "hta fa ira irc icc avc mpoc copd chf nstemi stemi mi dx tx rx hx",
    # Nursing and allied-health credentials ("Janet Moore, RN", "Louise Gagnon, pht, M. Sc.").
    "rn lpn np rph pht rd bscn bsn msn cde inh erg mlt mls",
    # Role words in apposition are never part of a name ("Ahmed Karimi, Director of Pharmacy").
    "director directeur directrice manager coordinator coordonnateur coordonnatrice chair chairman chairwoman",
    "chef president presidente gestionnaire conseiller conseillere pharmacien pharmacienne pharmacist educator",
    "educatrice technician technicien technicienne clerk analyst analyste advisor officer investigator",
    "lead navigator navigateur navigatrice specialist specialiste supervisor superviseur superviseure liaison",
)
_STOP = frozenset(" ".join(_STOP_WORDS).split()) | frozenset(" ".join(_HARD_STOP_WORDS).split())
_HARD_STOP = frozenset(" ".join(_HARD_STOP_WORDS).split())
# A name holding one of these is an organisation ("Client : Pharmacie Lavoie").
_ORG_WORDS = frozenset(
    " ".join(
        (
            "pharmacie clinique laboratoire labo inc ltee ltd llc groupe cabinet societe entreprise fondation centre",
            "hopital cisss ciusss chum chu universite college ecole residence services association ordre",
            # Rooms and buildings named after people ("Salle Jean-Drapeau", "Amphithéâtre Roger-Gaudry").
            "salle amphitheatre amphitheater auditorium pavillon agora atrium",
            "office bureau",  # "Patient Experience Office", "Bureau du DPC"
            # Departments a job title names after "Patient" ("Patient Experience Lead", "Patient Relations").
            "experience relations registration flow engagement clinic clinics unit unite",
            # ... and its committees, councils and programmes ("Quality & Patient Safety Committee").
            "safety securite committee comite council board program programme portal advisory partners partenaires",
            # A vendor's or a company's name ("Vitalis Imaging Canada", "Medisys Solutions", "Nordia Pharma").
            "imaging imagerie medical medicale pharma pharmaceuticals solutions systems systemes technologies",
            "technologie healthcare diagnostics biotech logistics logistique consulting conseil distribution",
            # A fundraiser or a service line named like a person ("Riverbend Gala", "Crisis Line").
            "gala galas soiree benefit fundraiser telethon radiothon tournoi crisis crise helpline hotline",
            # Shelters and housing resources named after a person or a saint ("Refuge Marguerite", "Maison Léa").
            "refuge shelter halte hebergement housing foyer",
        )
    ).split()
)


# Upper-case words that open a Subject or a line and are not surnames ("URGENT, Merci").
_NOT_SURNAMES = frozenset(
    " ".join(
        (
            "urgent important rappel reminder attention note info fyi asap confidentiel confidential re tr fwd fw svp",
            "merci thanks objet subject suivi update mise jour annule cancelled nouveau new final version draft",
            "hi hello hey bonjour bonsoir allo salut dear cher chere coucou",  # greetings: "Hi Anna", "Allô Julie"
            # Placeholder and test names of templates and training systems ("Jane Doe", "Jean Untel", "Patient Test").
            "doe untel unetelle sample exemple example test testing dummy placeholder fictif fictive bidon zztest",
        )
    ).split()
)


_NEXT_PERSON = re.compile(r",\s*(?:M\.|Mmes?\b|Mlle\b|Mrs?\b|Ms\b|Dre?\b|Pre?\b|MME\b|MR\b|MRS\b|MS\b)")


def _clean_name(raw: str) -> str:
    """Cut at the first hard stop ("Gagnon NAM GAGL" -> "Gagnon"), trim stop words at both ends
    ("Tremblay Le" -> "Tremblay"); '' if nothing is left or the name is an organisation's."""
    # A comma then a title starts the next person of a list ("Mme Denise Fournier, M. André Leclerc").
    raw = _NEXT_PERSON.split(raw, 1)[0]
    words = [w for w in re.split(r"[\s,]+", raw) if w]
    while words and fold(words[0]) in _STOP:
        words.pop(0)
    for i, word in enumerate(words):
        if fold(word.rstrip(".")) in _HARD_STOP:
            words = words[:i]
            break
    while words and (fold(words[-1]) in _STOP or (len(words[-1]) == 2 and words[-1].endswith("."))):
        words.pop()
    if any(fold(w) in _ORG_WORDS for w in words):
        return ""
    return " ".join(words)


_MONTHS = frozenset(
    " ".join(
        (
            "january february march april may june july august september october november december",
            "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
        )
    ).split()
)
_DATELINE_DAY = re.compile(r"[ \t\u00a0]*\d{1,2}\b")


def _titleless(
    text: str, given_hits: Sequence[tuple[int, int]], comma_hits: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """Names without a title: (start, end, name, how) around known given names and "SURNAME, Given"."""
    names: list[tuple[int, int, str, str]] = []
    for g_start, g_end in given_hits:
        if not bounded(text, g_start, g_end) or fold(text[g_start:g_end]) in _ORG_WORDS:
            continue  # (a given name that is also an event's or a service's word: "Riverbend Gala", "Crisis Line")
        after = _SURNAME_AFTER.match(text, g_end)
        # An upper-case label after the name is no surname ("Nadeau Geneviève  AE: fall", "Julie Roy DX: ..."):
        acronym = after is not None and after["surname"].isupper() and text[after.end() : after.end() + 1] == ":"
        if after and not acronym and bounded(text, g_start, after.end()) and _is_surname(after["surname"]):
            names.append((g_start, after.end(), text[g_start : after.end()], "given name + surname"))
            continue
        before = _SURNAME_BEFORE.search(text, max(0, g_start - 40), g_start)
        if before and bounded(text, before.start(), g_end) and _is_surname(before["surname"]):
            upper = before["surname"].isupper()
            if upper or "," in before["sep"] or "\t" in before["sep"] or not _is_given(before["surname"]):
                names.append((before.start(), g_end, text[before.start() : g_end], "surname + given name"))
    for start, end in comma_hits:
        surname, given = (w.strip() for w in text[start:end].split(",", 1))
        if _DATELINE_DAY.match(text, end) and fold(given) in _MONTHS:
            continue  # a press release's dateline: "MONTREAL, December 3, 2026 –"
        if bounded(text, start, end) and _is_surname(surname) and fold(given) not in _STOP:
            names.append((start, end, text[start:end], "upper-case surname, given name"))
    return names


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
# Capitalised words that a letter follows in ordinary prose and lists ("Vitamine D –", "Hépatite B :",
# "Annexe A –", "Groupe B –"): no surnames.
_BEFORE_A_LETTER = frozenset(
    " ".join(
        (
            "vitamine vitamin hepatite hepatitis groupe group type phase annexe annex appendix section unite unit",
            "pavillon aile wing niveau level equipe team lot classe class stade stage grade option plan zone salle",
            "room bloc block lit bed poste tour tower secteur partie part volet categorie category module modele",
            "model version facteur factor cohorte cohort bras arm etape step point item question annee year",
            "streptocoque strep influenza grippe proteine protein horaire quart shift local cote",
            # A document's or an order's letter series ("Quote Q-5993", "Soumission S-", "Ticket T-1234").
            "quote soumission invoice facture order commande ticket ref reference bon devis",
        )
    ).split()
)
_CODE_AFTER_INITIAL = re.compile(r"-?[0-9]")
# A citation's author list after "Surname I": "et al.", or the next author ("Roy A, Tremblay JP, ...").
_AUTHORS_AFTER = re.compile(
    rf"\.?,?[ \t]+(?:et[ \t]+al\b|[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?[ \t]+[{_UP}]{{1,2}}[,.])"
)
_TERSE_REACH = 120  # the clinical evidence that makes the line a note about the named patient
# A roster: this many lines alike (a bed or room number, then "Surname I."), one of them at least with
# clinical evidence; the shape itself says the others are patients too ("24 - Simard M. — TDM demain").
_ROSTER_LINES = 3


# A patient named by an initial and a family name ("C. Taylor 2541800 - glyc 19.2", "J. Gauthier a appelé : douleur
# au mollet", "Reminder about S. MacDonald, transurethral resection"): the name opens its line (after bullets, a bed,
# or the words that say whom the line is about) and clinical evidence follows on the same line.
_LINE_OPENING_INITIAL = re.compile(
    rf"[ \t>*•·|\-–—]*{_BED_LEAD}?"
    r"(?:(?i:(?:(?:reminder|rappel|update|nouvelles|news|question|petit[ \t]+rappel)[ \t]+)?"
    r"(?:about|re|pour|for|concernant|regarding|au[ \t]+sujet[ \t]+de|fyi|pt|patient|patiente))[ \t:,]+)?"
    rf"(?P<initial>[{_UP}])\.[ \t\u00a0]?"
    rf"(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?)(?![\w'’-])"
)


def initial_surname_names(
    text: str, evidence: Sequence[tuple[int, int]], said_of_someone: Callable[[int, int], bool]
) -> list[tuple[int, int, str]]:
    """(start, end, "Surname I") of each "I. Surname" (a known family name) that opens the line of some evidence
    (``_LINE_OPENING_INITIAL``) said of someone (``said_of_someone``: not a clinic's or a topic's name), the evidence
    following it within ``_TERSE_REACH`` characters. Only the lines that hold evidence are read."""
    names: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for start, end in sorted(evidence):
        line_start = text.rfind("\n", 0, start) + 1
        if line_start in seen:
            continue
        match = _LINE_OPENING_INITIAL.match(text, line_start, start)
        if match is None or start - match.end() > _TERSE_REACH or not said_of_someone(start, end):
            continue
        seen.add(line_start)
        surname = match["surname"]
        if _known_surname(surname) and fold(surname) not in _BEFORE_A_LETTER:
            names.append((match.start("initial"), match.end("surname"), f"{surname} {match['initial']}"))
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
        if any(s <= start < e for s, e in evidence):
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


# A Subject is a short field that opens with whom it is about ("DUPONT Marie - récidive", "TR: Pt OKAFOR,
# Adaeze (1958-04-03) - biopsie"): an upper-case surname and a given name, or "Surname, Given", then a
# separator or the end, after at most forwarding prefixes and a role word.
_SUBJECT_LEAD = re.compile(
    rf"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent|pt|patient|patiente)[ \t]*[:-]?)*[ \t]*"
    rf"(?P<name>(?P<upper>[{_UP}]{{2,}}(?:[-'’][{_UP}]{{2,}})?),?[ \t]+"
    rf"(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    rf"|(?P<surname>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?),[ \t]*(?P<given2>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    # ... or a known given name and a surname, first in the Subject, before a spaced dash ("Denise Martel - AWOL")
    rf"|(?P<given3>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]+(?P<surname3>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}][{_LOW}]+)?|[{_UP}]\.)(?=[ \t]+[-–—][ \t]))"
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

# ... and the same surname first: "Boucher - suivi", "MacDonald: f/u".
_CAP_NAME = rf"(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:[ \t]+(?:[{_UP}]['’])?[{_UP}][{_LOW}]+)?"
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
# A known family name and the number that identifies its bearer, then what the message is about ("Doyle
# 7061-632-068 - pyelonephritis", "SINGH 38347965 - CKD stage 4"): the number says the name is a patient's.
_SUBJECT_SURNAME_NUMBER = re.compile(
    r"(?:[ \t]*(?i:re|tr|fwd?|fw|urgent|pt|patient|patiente)[ \t]*[:-]?)*[ \t]*"
    rf"(?P<name>(?P<surname>(?:[{_UP}]['’])?[{_UP}](?:[{_LOW}]+|[{_UP}]+)))[ \t]*[(#]?[ \t]*"
    r"(?P<number>(?:[A-Z]{1,3}-?)?[0-9]{2,}(?:[-./ ][0-9]{2,}){0,3})\)?[ \t]+[-–—:|/,][ \t]*\S"
)
_SURNAME_SET = frozenset(load_names("surnames"))

# Endings of common nouns, never of a given name the list lacks.
_COMMON_NOUN_END = re.compile(r"(?:tion|sion|ment|ite|ance|ence|ique|isme|ologie|ology|ness|ship|age)$")


# Where a Subject's next field starts: after a spaced dash, a colon, a bar or a slash.
_SUBJECT_FIELD = re.compile(r"[ \t][-–—][ \t]|[–—|/:]")


def _subject_lead_name(text: str, lone_surname: bool = True, alone: bool = False) -> tuple[int, int, str] | None:
    """(start, end, name) of the name that fills a field of a Subject, in the shapes of ``_SUBJECT_LEAD``:
    the first field ("DUPONT Marie - récidive"), or a later one with an upper-case surname
    ("Biopsie positive - NGUYEN Thi"); after a care word, a given name and a surname, or a surname alone
    when ``lone_surname`` (the message holds a birth date, an identifier or a contact of someone); a Subject that
    is only a known family name when ``alone`` (the message also holds evidence said of someone)."""
    only = _SUBJECT_ALONE.match(text)
    if only is not None:
        if alone and _known_surname(only["surname"]):
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
    upper = _SUBJECT_CARE_UPPER.match(text)
    if (upper is not None and _is_surname(upper["upper"])
            and "-".join(w.capitalize() for w in upper["given"].split("-")) in _GIVEN_SET):
        return upper.start("name"), upper.end("name"), upper["name"]
    given_from = _SUBJECT_GIVEN_FROM.match(text)
    if (given_from is not None and given_from["name"] in _GIVEN_SET
            and not any(fold(w) in _ORG_WORDS or fold(w) in _NOT_SURNAMES for w in given_from["place"].split())):
        return given_from.start("name"), given_from.end("name"), given_from["name"]
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
        surname = match["upper"] or match["surname"] or match["surname3"]
        given = match["given"] or match["given2"] or match["given3"]
        folded = fold(given)
        if not _is_surname(surname) or folded in _STOP or folded in _NOT_SURNAMES or folded in _ORG_WORDS:
            continue
        if _COMMON_NOUN_END.search(folded) and given not in _GIVEN_SET:
            continue  # "COVID Vaccination -", "BUDGET Formation :": a word, not a given name
        return match.start("name"), match.end("name"), match["name"]
    return None


def _identifier_or_birth_date(number: str) -> bool:
    """Whether a number after a Subject's family name says who the bearer is: an identifier, or a date ten
    years back or more ("CLOUTIER 1941-10-09 - CT head"), not a meeting's or a document's date."""
    if not _DATE_SPAN.fullmatch(number):
        return True
    years = [int(part) for part in re.split(r"[-/.]", number) if len(part) == 4]
    return bool(years) and 1900 <= years[0] <= datetime.date.today().year - 10


def _known_surname(word: str) -> bool:
    """A family name people bear, in the Subject's own case or in upper case ("SINGH"), and no ordinary word."""
    if word.isupper():  # three capitals or fewer are an acronym more often than a name ("ASP", "CAO")
        if len(word) < 4:
            return False
        word = "-".join(w.capitalize() for w in word.split("-"))
    return word in _SURNAME_SET and _is_surname(word)


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


# A full name right before a birth date's label or an age ("concernant Zack Lefebvre, né le 24/10/2017",
# "Brody Tessier (DOB 2016-06-09)", "Thabo Mbeki, 44 ans"): whoever was born then is the person named,
# whether or not the given-name list knows the name.
_BIRTH_LABEL_AT_END = (
    r"[ \t]*[,(]?[ \t]*(?:(?i:n[ée]e?[ \t]+le|ddn|dob|d\.o\.b\.?"
    r"|date[ \t]+de[ \t]+naissance|date[ \t]+of[ \t]+birth|born(?:[ \t]+on)?)[ \t]*:?[ \t]*)$"
)
_BEFORE_BIRTH = re.compile(
    rf"(?P<name>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:[ \t\u00a0]+(?:[{_UP}]['’])?[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}][{_LOW}]+)?){{1,2}}"
    # ... or a patient's initials ("S.H., ddn 05-05-1953, sepsis urinaire")
    rf"|(?<![\w.])[{_UP}]\.[ \t]?[{_UP}]\.(?:[ \t]?[{_UP}]\.)?)"
    rf"{_BIRTH_LABEL_AT_END}"
)
# ... or a full name typed in lower case ("le BCM de mary lapointe, date de naissance 04/02/1995"): both words must be
# known names (``_names_before_birth_dates``). Apart, and read only where the pattern above found nothing: lower-case
# word pairs are everywhere in prose, and a "$"-anchored search tries each of them.
_LOWER_BEFORE_BIRTH = re.compile(
    rf"(?<![\w@.'’-])(?P<name>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?[ \t]+[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)"
    rf"{_BIRTH_LABEL_AT_END}"
)
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
_DATE_SPAN = re.compile(r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}")


def _known_lower_name(words: Sequence[str]) -> bool:
    """A full name typed in lower case: a known given name, then a known family name."""
    return fold(words[0]).split("-", 1)[0] in _GIVEN_FOLDED and fold(words[-1]) in _SURNAME_FOLDED


def _names_before_birth_dates(text: str, evidence: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the full names that a birth date's label follows (``_BEFORE_BIRTH``), and of
    those that open the line of a telephone number ("Abernathy, Quincy - 709-555-0114": ``_BEFORE_PHONE``)."""
    names: list[tuple[int, int, str]] = []
    for start, end in evidence:
        lo = max(0, start - _BIRTH_LOOKBACK)
        label = _may_end_in_birth_label(text, lo, start)
        match = _BEFORE_BIRTH.search(text, lo, start) if label else None
        if match is None and label:
            lower = _LOWER_BEFORE_BIRTH.search(text, max(lo, start - 48), start)
            if lower is not None and _known_lower_name(lower["name"].split()):
                names.append((lower.start("name"), lower.end("name"), lower["name"]))
                continue
        if match is None and start < _BIRTH_LOOKBACK and _DATE_SPAN.fullmatch(text, start, end):
            match = _OPENING_NAME.fullmatch(text, 0, start)  # "Ewa Sousa 04/01/1960 HIV VL detectable"
        if match is None and _PHONE_SPAN.fullmatch(text, start, end):
            line_start = text.rfind("\n", lo, start) + 1 or lo
            match = _BEFORE_PHONE.match(text, line_start, start)
        if match is None:
            continue
        words = match["name"].split()
        if any(not _is_surname(w) or fold(w) in _MONTHS for w in words):
            continue
        names.append((match.start("name"), match.end("name"), match["name"]))
    return names


_SAID_NAME = re.compile(
    rf"(?:[{_UP}]\.[ \t]?|(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?[ \t\u00a0]+)"
    rf"(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:[ \t\u00a0]+(?:[{_UP}]['’])?[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}][{_LOW}]+)?){{0,1}}"
)
_YEARS_OF = re.compile(r"[ \t]+(?:de|d['’]|of)\b")  # "30 ans de service", "25 years of experience": no age


_NUMBER_IN_PARENTHESES = re.compile(r"[ \t]*\([ \t]*([A-Z]{0,3}-?[0-9][0-9 -]*[0-9])[ \t]*\)")


def _phone_or_short(value: str) -> bool:
    """A telephone number's groups (3-3-4, 3-4, ten or seven digits) or fewer than six digits: no chart number."""
    groups = [len(g) for g in re.findall(r"[0-9]+", value)]
    return sum(groups) < 6 or (value[:1].isdigit() and groups in ([3, 3, 4], [3, 4], [10], [7], [1, 3, 3, 4]))


# "Jessica (Marchand, 28 ans": a given name and, in parentheses, the surname; "Lynda (15 ans)", "Tyler (sec. 2",
# "Dylan D. (grade 11": a known given name (and a surname's initial) and what says who is meant.
_GIVEN_PAREN = re.compile(
    rf"(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?P<initial>[ \t]+[{_UP}]\.)?[ \t]*\([ \t]*"
    rf"(?:(?P<surname>(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]*,)?"
)


def _given_with_parenthesis(text: str, start: int) -> tuple[int, int, str] | None:
    match = _GIVEN_PAREN.match(text, start)
    if match is None or match["given"] not in _GIVEN_SET:
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
        match = _SAID_NAME.match(text, start, end)
        if match is None or not bounded(text, start, match.end()) or _YEARS_OF.match(text, end):
            continue
        words = match.group(0).split()
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
_LOWER_FULL_NAME = re.compile(
    # (a line may open with a short field label: "ID: véronique cadieux, 71F")
    r"(?P<lead>(?m:^)[ \t>*•·\-–—]*(?:[A-Za-z]{1,10}[ \t]*:[ \t]*)?"
    r"|(?i:\b(?:pour|for|re|tr|fwd?|chez|patiente?|pt|usag[eè]re?|client|concernant"
    r"|regarding|about|suivi\s+de|follow-up\s+(?:of|for)|check\s+on|look\s+in\s+on|passer\s+voir|aller\s+voir"
    # ... or a verb of care whose object is the person ("Je te réfère pierre morin", "referring anna roy")
    r"|r[ée]f[èée]re|r[ée]f[ée]rer|refer|referring|admis|admise|admitted"
    # ... or the person introducing themself, a patient writing to the clinic ("Je m'appelle diane leblanc")
    r"|je[ \t]+m['’]appelle|mon[ \t]+nom[ \t]+est|my[ \t]+name[ \t]+is)"
    r"[ \t]*:?[ \t]+))"
    rf"(?<![\w@.'’-])(?P<given>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)[ \t\u00a0]+"
    rf"(?P<surname>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)"
    r"(?![\w@-])(?P<tail>(?=[ \t]*(?:[,(]|[-–—][ \t]|(?i:ddn|dob|n[ée]e?\b|[0-9]{1,3}[ \t]*(?:ans|yo|y/o|y)\b"
    # ... or where the person lies ("in rm 15", "au lit 4", "ch. 212")
    r"|in[ \t]+(?:rm|room|bed)\b|au[ \t]+lit\b|(?:ch|chambre|lit)\.?[ \t]*[0-9]))))?"
)
_GIVEN_FOLDED = frozenset(fold(n) for n in _GIVEN_SET if len(n) >= 3)
_SURNAME_FOLDED = frozenset(fold(n) for n in _SURNAME_SET if len(n) >= 3)


def lower_case_full_names(text: str, windows: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the lower-case full names (``_LOWER_FULL_NAME``) inside ``windows``."""
    names: list[tuple[int, int, str]] = []
    for lo, hi in windows:
        for match in _LOWER_FULL_NAME.finditer(text, lo, hi):
            given, surname, start, end = match["given"], match["surname"], match.start("given"), match.end("surname")
            folded_given, folded_surname = fold(given), fold(surname)
            if folded_surname in _STOP or folded_surname in _NOT_LOWER_SURNAMES or folded_given in _STOP:
                continue
            known = (folded_given.split("-", 1)[0] in _GIVEN_FOLDED) + (folded_surname in _SURNAME_FOLDED)
            # Both words known, or one (a typo: "michel thibaul") where both the lead and the tail say a name stands.
            if known == 2 or (known == 1 and match["lead"] and match["tail"] is not None):
                names.append((start, end, f"{given} {surname}"))
    return names


def _lower_case_name(given: str, surname: str) -> bool:
    folded = fold(surname)
    return given.split("-", 1)[0] in _GIVEN_LOWER and folded not in _STOP and folded not in _NOT_LOWER_SURNAMES


def _is_surname(word: str) -> bool:
    folded = fold(word)
    return folded not in _STOP and folded not in _NOT_SURNAMES and folded not in _ORG_WORDS


def _is_given(word: str) -> bool:
    return word in _GIVEN_SET


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
_ROOM_THEN_NAME = re.compile(
    rf"(?<![\w.])[0-9]{{1,4}}[A-Za-z]?[ \t]*"
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


# A line of fields, one a family name alone and another the number that identifies its bearer ("Summary: Tremblay -
# total thyroidectomy - M-683755", "Roy | 5231008 | MPOC"): an agenda's or a list's way of naming a patient.
_ID_NUMBER = re.compile(
    r"(?<![\w./:-])(?:(?:[A-Z]{1,3}-?)?[0-9]{6,10}|[0-9]{2,5}(?:[-. ][0-9]{3,5}){1,3})(?![\w/:]|[-.][0-9])"
)
_FIELD_LINE_MAX = 240
_SEPARATOR_MARKS = (" - ", " – ", " — ", "|", "\t", " / ")
_SIX_DIGITS = re2.compile(r"[0-9]{6}|[0-9]{2}[-. ][0-9]{3}")
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


# A relative who writes about the person cared for names them by given name ("my son Chantal (Jun 13, 2016) had
# his skin prick tests", "ma fille Léa fait de la fièvre", "je suis la fille de Louise Pelletier"): the name after
# the family word is the patient's, a known given name (and the surname if one follows).
# (RE2: relatives' phrases are rare, and Python's re tried this alternation at every character of every segment
# with evidence, about 4 % of the inspection)
_RELATIVE_THEN_NAME = re2.compile(
    r"\b(?i:my|our|your|mon|ma|notre|votre|ton|ta)[ \t]+(?i:son|daughter|mother|father|mom|mum|dad|husband|wife"
    r"|partner|child|baby|boy|girl|kid|gar[çc]on|petite?|grand|grande"
    r"|grand(?:mother|father|son|daughter)|fils|fille|m[èe]re|p[èe]re|mari|femme|conjointe?|enfant|b[ée]b[ée]"
    r"|grand-m[èe]re|grand-p[èe]re|petite?-(?:fils|fille))[ \t,]+"
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
