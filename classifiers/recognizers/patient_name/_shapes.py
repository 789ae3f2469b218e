"""What a name looks like: its shapes after a trigger (``_NAME``), the stop words, hard stops and
organisation words that end or refuse one, ``_clean_name``, the known given names and surnames, and the
title-less candidates around a known given name or an upper-case "SURNAME, Given" (``_titleless``)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

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
# ... or a form's label alone on its line and the name alone on the next, as a PDF form's fields are extracted
# ("Élève :" / "Éloïse Asselin" / "Date de naissance :"): two or three words, nothing else on the line.
_NAME_BELOW = re.compile(
    rf"{_SP}*(?P<label>:){_SP}*\r?\n{_SP}*(?P<name>{_WORD}(?:{_IN_NAME}+{_WORD}){{1,2}}){_SP}*(?=\r?\n|$)"
)
_SURNAME = rf"(?:[{_UP}]['’])?[{_UP}][{_UP}{_LOW}]+(?:-[{_UP}][{_UP}{_LOW}]+)?"
# After a given name: its surname. Before it: a surname written first ("MORIN, Ginette", "Caron Lucille",
# "Lavoie<TAB>Émilie" in a table row).
# A family name may open with its particle ("Sophie Van Damme", "Luc De Smet", "Anna Van der Berg"): the name ends
# after the word the particle introduces.
_PARTICLE = r"(?:Van(?:[ \u00a0]+(?:der|den|de))?|Von|Vander|De|Del|Della|Di|Da|Du|Des|Le|La|Mac|Ben|El|Al)"
# (a nickname in quotes may stand between them: 'Sofia "Sof" Bouchard', « Ti-Jean »)
_SURNAME_AFTER = re.compile(
    rf"(?:{_IN_NAME}+[\"“«][ \u00a0]?[^\"”»\n]{{1,20}}?[ \u00a0]?[\"”»])?"
    rf"{_IN_NAME}+(?P<surname>(?:{_PARTICLE}{_IN_NAME}+)?{_SURNAME})"
)
_SURNAME_BEFORE = re.compile(rf"(?P<surname>{_SURNAME})(?P<sep>,{_SP}*|{_SP}+|\t)\Z")
# A given name glued to "Saint-" is a place's or a family's name ("Saint-Aurèle Mother and Child Centre",
# "Marc Saint-Pierre"): no person's name starts there, unless a given or a family name people bear follows ("Ste-Marie
# Lucie": the family name, then the given name).
_AFTER_SAINT = re.compile(r"(?<![^\W\d_])(?:saint|sainte|st|ste)[-‐]\Z", re.IGNORECASE)
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
    # Labels of a blank form's next field ("Nom : ______   Prénom : ____") and of an export's next column ("Patient
    # ID; Patient Birth Date", from PatientID, PatientBirthDate).
    "prenom surname firstname lastname id birth name date",
)
# Words that end a name wherever they stand: identifier labels, credentials, clinical abbreviations
# ("M. Gagnon NAM GAGL ..." is "Gagnon", never "Gagnon NAM GAGL").
_HARD_STOP_WORDS = (
    "nam ramq nas sin ddn dob mrn hcn niss nir ssn no tel fax courriel email dossier chart",
    "sc ps md phd msc bsc inf ing pharm frcpc cmfc ccmf fcmf pdg ceo",
    "hta fa ira irc icc avc mpoc copd chf nstemi stemi mi dx tx rx hx",
    # Nursing and allied-health credentials ("Janet Moore, RN", "Louise Gagnon, pht, M. Sc.").
    "rn lpn np rph pht rd bscn bsn msn cde inh erg mlt mls",
    # ... and Quebec's ward roles and nurse practitioners ("Mme Nadia Vézina, PAB au 2e Est", "Julie Roy, IPSPL").
    "pab asi psw rpn ips ipspl ipssa ipsna ipsnn ipssm ipo",
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
            "hospital hospitals university school church eglise paroisse parish",
            # Rooms and buildings named after people ("Salle Jean-Drapeau", "Amphithéâtre Roger-Gaudry").
            "salle amphitheatre amphitheater auditorium pavillon agora atrium",
            "office bureau",  # "Patient Experience Office", "Bureau du DPC"
            "management gestion",  # "Patient Blood Management - Referral Form", "Gestion des lits"
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
            # Schools named after a person ("Polyvalente Armand-Lussier", "École Marie-Victorin").
            "polyvalente cegep elementary primaire secondaire academy academie institut institute garderie cpe",
            "daycare kindergarten maternelle",
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
            # ... and a welcome's or a congratulation's words before a given name ("Welcome Rebecca!", "Bravo Lucie")
            "welcome bienvenue congratulations felicitations bravo",
            "little",  # a newborn's "Little Liam was born", not a family name
            "thx tx tks ty cheers regards cordialement",  # sign-offs before a given name: "Thx, Annie"
            # Placeholder and test names of templates and training systems ("Jane Doe", "Jean Untel", "Patient Test").
            "doe untel unetelle sample exemple example test testing dummy placeholder fictif fictive bidon zztest",
            # A dose's frequency and route in capitals before the next drug ("10 mg DIE, Metformine 1000 mg").
            "die bid tid qid qhs prn stat iv sc sl",  # (not "Im", "Po": family names too)
            # What a blank document is called in a Subject ("Formulaire : Suivi de plaie - grille").
            "formulaire formulaires form forms gabarit template modele grille fiche outil guide protocole document",
            # ... and what a file is ("Rapport_2259887.pdf", "Facture 2025114", "Consentement_...")
            "rapport report facture invoice commande lettre letter requete requisition demande request scan copie",
            "copy annexe consentement consent numerisation",
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
# ... and their abbreviations, which a quoted header's date writes after the weekday ("Date: Sun, Mar 16, 2025").
_MONTH_ABBREVIATIONS = frozenset(
    ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fev", "avr", "juil")
)


# Given names that are also the places a dateline or an address writes in capitals ("PARIS, FRANCE", "CALGARY,
# ALBERTA", "NANCY, LORRAINE").
_PLACE_GIVEN_NAMES = frozenset({"France", "Florence", "Victoria", "Alberta", "Georgia", "Regina", "Sydney", "Jordan",
                                "Lorraine", "Virginia", "Carolina", "Adelaide", "Austin", "Dallas", "Houston",
                                "Lourdes", "Nancy", "Savannah", "Charlotte", "Madison", "Orlando", "Belgique"})


def _acronym(word: str) -> bool:
    """Capitals that spell an acronym more often than a family name: four letters or fewer, or no vowel."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) <= 4 or not any(fold(c) in "aeiouy" for c in letters)


def _capitalised(word: str) -> str:
    """A name in capitals as the lists write it: "SAINT-ONGE" -> "Saint-Onge"."""
    return "-".join(w.capitalize() for w in word.split("-"))


def _upper_given(given: str) -> bool:
    name = _capitalised(given)
    return _is_given(name) and name not in _PLACE_GIVEN_NAMES


def _a_date(word: str, text: str, end: int) -> bool:
    """A month or its abbreviation, then a day: a date, not a given name ("December 3", "Mar 16")."""
    folded = fold(word)
    return (folded in _MONTHS or folded in _MONTH_ABBREVIATIONS) and _DATELINE_DAY.match(text, end) is not None


_GREETED_BEFORE = re.compile(r"(?i:\b(?:salut|bonjour|bonsoir|allo|allô|hi|hello|hey|dear|cher|chère))[ \t]+$")


def _titleless(
    text: str, given_hits: Sequence[tuple[int, int]], comma_hits: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """Names without a title: (start, end, name, how) around known given names and "SURNAME, Given"."""
    names: list[tuple[int, int, str, str]] = []
    for g_start, g_end in given_hits:
        if not bounded(text, g_start, g_end) or fold(text[g_start:g_end]) in _ORG_WORDS:
            continue  # (a given name that is also an event's or a service's word: "Riverbend Gala", "Crisis Line")
        after = _SURNAME_AFTER.match(text, g_end)
        if _AFTER_SAINT.search(text, max(0, g_start - 7), g_start) and not (
                after and (_is_given(after["surname"]) or _known_surname(after["surname"]))):
            after = None
        # An upper-case label after the name is no surname ("Nadeau Geneviève  AE: fall", "Julie Roy DX: ..."):
        acronym = after is not None and after["surname"].isupper() and text[after.end() : after.end() + 1] == ":"
        if after and not acronym and bounded(text, g_start, after.end()) and _is_surname(after["surname"]):
            names.append((g_start, after.end(), text[g_start : after.end()], "given name + surname"))
            continue
        before = _SURNAME_BEFORE.search(text, max(0, g_start - 40), g_start)
        if before and _a_date(text[g_start:g_end], text, g_end):
            continue  # "Date: Sun, Mar 16, 2025": a weekday and a month
        if before and _GREETED_BEFORE.search(text, max(0, before.start() - 12), before.start()):
            before = None  # "Salut Julie, Jocelyne à la 536 a pris 1,6 kg": the greeted reader, then someone else
        if before and bounded(text, before.start(), g_end) and _is_surname(before["surname"]):
            upper = before["surname"].isupper()
            if "\t" in before["sep"] and not upper and not _known_surname(before["surname"]):
                continue  # a table's cells ("Code<TAB>Meaning<TAB>Line"): a tab alone says no name's order
            if upper and _acronym(before["surname"]) and not _known_surname(_capitalised(before["surname"])):
                continue  # "EUS<TAB>Sonia", "CPRE<TAB>Karine": a schedule's procedure by its initials, then who does it
            if upper or "," in before["sep"] or "\t" in before["sep"] or not _is_given(before["surname"]):
                names.append((before.start(), g_end, text[before.start() : g_end], "surname + given name"))
    for start, end in comma_hits:
        if "," not in text[start:end]:
            pair = _upper_pair(text, start, end)
            if pair is not None and bounded(text, pair[0], pair[1]):
                names.append((*pair, text[pair[0] : pair[1]], "upper-case family name and given name"))
            continue
        surname, given = (w.strip() for w in text[start:end].split(",", 1))
        if _a_date(given, text, end) or (fold(given) in _MONTHS and not _known_surname(surname)):
            # a press release's dateline ("MONTREAL, December 3, 2026 –"), a report's period after an acronym ("EDPE,
            # February:"); a listed family name keeps its given name ("PELLETIER, June : K 6,2")
            continue
        if given.isupper() and not _upper_given(given):
            continue  # all in capitals ("SIROIS, RÉJEAN"): a given name people bear, and no place ("PARIS, FRANCE")
        # (a listed family name or a listed given name: not a dummy record's "TRAINING, Record")
        if bounded(text, start, end) and _is_surname(surname) and fold(given) not in _STOP and (
                _known_surname(_capitalised(surname)) or _is_given(_capitalised(given))):
            names.append((start, end, text[start:end], "upper-case surname, given name"))
    return names


_UPPER_WORD_RUN = re.compile(r"\S+")


def _upper_pair(text: str, start: int, end: int) -> tuple[int, int] | None:
    """In a run of words in capitals, the first two side by side that are a family name and a listed given name,
    either order ("TREMBLAY RACHEL", "RUTH TREMBLAY", "HADDAD HAROLD"); None when no two are ("SOINS PALLIATIFS")."""
    words = [(m.start(), m.end(), m.group()) for m in _UPPER_WORD_RUN.finditer(text, start, end)]
    for (s1, _e1, first), (_s2, e2, second) in itertools.pairwise(words):
        if _label_word(first) or _label_word(second):
            continue
        # (a listed given name first, then a listed family name, which may be a given name too: "STANLEY
        # CAMPBELL"; not an ordinary word in capitals: "JOB OPPORTUNITY")
        # (a listed family name that is a given name too, before a given name: "GRANT JOAN", "MARTIN SYLVIE")
        family_first = _upper_family(first) or (len(first) >= 4 and _known_surname(_capitalised(first)))
        if (family_first and _upper_given(second)) or (_upper_given(first) and _known_surname(second)):
            return s1, e2
    return None


def _upper_family(word: str) -> bool:
    """A family name in capitals: four letters or more (fewer are acronyms), no stop or organisation word."""
    return len(word) >= 4 and not _upper_given(word) and _is_surname(_capitalised(word))


def _label_word(word: str) -> bool:
    """An identifier's label or a stop word in capitals ("NAM GAGL 8512 3112": the label, then the NAM's letters)."""
    folded = fold(word)
    return folded in _HARD_STOP or folded in _STOP


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


_SURNAME_SET = frozenset(load_names("surnames"))
# Accent-folded: the Census part of the list is unaccented ("Senecal", "Tetreault"), and mail writes either form.
_SURNAME_KEYS = frozenset(fold(n) for n in _SURNAME_SET)


def _known_surname(word: str) -> bool:
    """A family name people bear, capitalised or in upper case ("SINGH"), and no ordinary word."""
    if word.isupper():  # three capitals or fewer are an acronym more often than a name ("ASP", "CAO")
        if len(word) < 4:
            return False
        word = _capitalised(word)
    return word[:1].isupper() and fold(word) in _SURNAME_KEYS and _is_surname(word)


_DATE_SPAN = re.compile(r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}")


def _is_surname(word: str) -> bool:
    folded = fold(word)
    return folded not in _STOP and folded not in _NOT_SURNAMES and folded not in _ORG_WORDS


def _is_given(word: str) -> bool:
    return word in _GIVEN_SET
