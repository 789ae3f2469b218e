"""Patient name recognizer: names after titles, role words and labelled fields, and names without a title.

Names are only looked for next to cheap triggers (one combined RE2 pass):

- honorifics (case-sensitive): M., Mme/MME/mme, Mlle, Monsieur, Madame, Mademoiselle, Mr, Mrs, Ms;
- role words: patient(e), usager/usagère, bénéficiaire, client(e); a following ``:`` makes it a
  labelled field ("Patient: TREMBLAY, Jean"), as do "Nom:", "Name:", "Nom du patient:";
- a given name from ``lexicons/given_names.txt`` (built from Faker's locale lists, see
  lexicons/README.md) followed by a capitalised surname ("Sofia Lessard", "Ginette MORIN");
- surname-first forms: an upper-case surname and a given name ("MORIN, Ginette", "GAGNON Lucie"),
  or a title-case surname, a comma and a given name ("Morin, Ginette");
- roster lines: a room/bed number at the start of a line, then the name ("701 – MORIN, Ginette – IRA").

A title is evidence of a person, not of a patient. So every candidate is weighed by what surrounds it:
*patient cues* (admitted, referred, follow-up, DOB, room, y.o., results...) and *staff cues* (a role
in apposition: ", infirmière", ", M.D.", ", ministre"; "présentée par", "bienvenue à"). A name with a
staff cue is dropped. Confidence: labelled field 0.75, honorific 0.7, role word 0.65, roster line 0.7,
title-less name with a patient cue 0.65; a title-less name without a patient cue, and an honorific
name without one in a newsletter-like segment (bulletin, committee, job posting, conference), get
0.5 — reported, but below the default ``min_confidence``, so they never decide.

spaCy NER, when allowed, runs on a short window around each trigger the pattern could not resolve
(30 characters before it, 80 after, widened to whole words): a ``PER`` entity starting at most 40
characters after the trigger is a candidate (0.6: lower-case names, word orders the pattern does not
know), and pattern candidates inside such a window that overlap a ``PER`` are confirmed (+0.15).

Staff are not patients, and are excluded, always by FULL name (a patient who shares a staff
member's surname is still a patient): names introduced by a staff role ("Dr", "Dre", "la résidente",
"l'infirmière", "ministre"...), the sender and recipients (``StaffNames``: display names and address
local parts, per person), names in the signature block (the 300 characters after "-- ",
"Cordialement", "Regards"..., CRLF or LF), names in quoted header lines ("De : ...", "From: ..."),
and the name a greeting addresses ("Bonjour Mme Gagnon,").
"""

from __future__ import annotations

import bisect
import email.utils
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.header import decode_header, make_header
from typing import TYPE_CHECKING, Any

from sentinelle.classifiers.mask import mask_name
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Scanner, Trigger, bounded, cap, fold
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers._lexicon import load_names
from sentinelle.classifiers.types import PATIENT_NAME, Finding, Segment

if TYPE_CHECKING:
    from spacy.language import Language

HONORIFIC = Trigger(
    "name_hon",
    r"\b(?:M\.|Mme\b\.?|MME\b\.?|mme\b\.?|Mlle\b\.?|MLLE\b\.?|Monsieur\b|Madame\b|Mademoiselle\b|MONSIEUR\b"
    r"|MADAME\b|Mr\b\.?|MR\b\.?|Mrs\b\.?|MRS\b\.?|Ms\b\.?)",
)
ROLE = Trigger(
    "name_role",
    r"(?i:\b(?:nom\s+du\s+patient|nom\s+de\s+la\s+patiente|patient\s+name|nom\s+de\s+l'usager|nom|name"
    r"|patiente?|usager|usag[eè]re|b[eé]n[eé]ficiaire|cliente?)\b)"
    # Form labels that name the person a medical form is about (only with a colon: _LABEL_ONLY).
    r"|(?i:\b(?:travailleu(?:r|se)|r[eé]clamante?|claimant|assur[eé]e?|insured|enfant|child)\b)",
)
# Phrases that introduce the person a care episode is about ("the care of Kwame Mensah", "transfert de
# Ginette Paquin"): the name that follows needs no title, but must be a full name (two words or more).
CARE_PHRASE = Trigger(
    "name_care",
    r"(?i:\b(?:(?:the\s+)?care\s+of|transfer(?:ring)?\s+(?:of|for)|referral\s+(?:of|for)|admission\s+(?:of|de)"
    r"|transfert\s+(?:de|pour)|prise\s+en\s+charge\s+de|r[ée]f[ée]rence\s+(?:de|pour)|cong[ée]\s+de"
    r"|consultation\s+(?:de|pour)|suivi\s+de|dossier\s+(?:de|of))\b)",
)
# Words that introduce a member of staff (the care team, the administration): the name that follows
# is not a patient's. Case-insensitive except the short titles.
STAFF_ROLE = Trigger(
    "name_staff",
    r"\b(?:Dre?\b\.?|Docteure?\b|DRE?\b\.?|Pre?\b\.?)|(?i:\b(?:docteure?|r[eé]sidente?|interne|externe|infirmi[eè]re?"
    r"|inf\.|m[eé]decin|pharmacienne?|ministre|directeur|directrice|pr[eé]sidente?|coordonnat(?:eur|rice)"
    r"|conseill[eè]re?|gestionnaire|chef|professeure?|conf[eé]renci[eè]re?|travailleu(?:r|se)\s+social[e]?"
    r"|ergoth[eé]rapeute|physioth[eé]rapeute|nutritionniste|psychologue|inhaloth[eé]rapeute|resident|nurse"
    r"|physician|attending|fellow|minister|director|president|manager|speaker|pharmacist|surgeon|chirurgienne?"
    r"|cardiologue|cardiologist|oncologue|oncologist|intervenante?|adjointe?|secr[eé]taire|secretary)\b)",
)
DOCTOR = STAFF_ROLE  # former name, kept for readers of older tests

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_GIVEN_SET = frozenset(load_names("given_names"))
_GIVEN_ALT = "|".join(sorted(_GIVEN_SET, key=len, reverse=True))
# A known given name (optionally hyphenated: "Marie-Ève"), alone: the surname before or after it is
# read in Python, so the trigger never consumes a neighbour's characters (a NAM after the name).
GIVEN = Trigger("name_given", rf"(?:{_GIVEN_ALT})(?:-[{_UP}][{_LOW}]+)?")
# An upper-case surname, a comma and any capitalised given name ("PATEL, Anjali"), even one the list lacks.
UPPER_COMMA = Trigger("name_upper_comma", rf"[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?,[ \t]*[{_UP}][{_LOW}]{{2,}}")
# A roster line: room/bed number at the start of a line, then a separator ("701 – ", "Ch. 12 : ", "Lit 3B |").
ROSTER = Trigger(
    "name_roster",
    r"(?m:^[ \t]*(?:(?i:ch|chambre|room|rm|lit|bed)\.?[ \t]*[0-9]{1,4}[A-Za-z]?|[0-9]{3,4}[A-Za-z]?(?:-[0-9]{1,2})?)"
    r"[ \t]*[-–—:|,][ \t]*)",
)
# Newsletter-like segments, where a titled name is rarely a patient unless a patient cue says so.
# (RE2's \b is ASCII-only: words ending in an accented letter carry no trailing \b.)
GENRE = Trigger(
    "name_genre",
    r"(?i:\b(?:infolettre|newsletter|bulletin|offre\s+d'emploi|affichage\s+de\s+poste|job\s+posting|comite"
    r"|committee|ordre\s+du\s+jour|conf[eé]rence|webinaire|webinar|colloque|symposium|d[eé]sabonner|unsubscribe"
    r"|nomination|communique|press\s+release|formation\s+continue|programme\s+scientifique"
    r"|appel\s+de\s+candidatures|journal\s+club|club\s+de\s+lecture|grand\s+rounds|abstract|case\s+series"
    r"|s[eé]rie\s+de\s+cas|presenter|pr[eé]sentat(?:eur|rice)|speakers?|moderator|mod[eé]rat(?:eur|rice)|cme|fmc"
    r"|recrutement|recruitment|hiring|job\s+opening|career|carri[eè]re|candidature)\b"
    r"|\b(?:comit|communiqu)é)",
)

_WORD = (
    rf"(?:(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*|[{_UP}]{{2,}}(?:[-'’][{_UP}]{{2,}})*|[{_UP}]\.)"
)
_SP = "[ \t\u00a0\u202f_]"  # spaces inside a name line: no-break spaces, and "_" of file names
_NAME = re.compile(rf"{_SP}*(?P<label>:)?{_SP}*(?P<name>{_WORD}(?:(?:{_SP}+|,{_SP}*){_WORD}){{0,3}})")
_SURNAME = rf"(?:[{_UP}]['’])?[{_UP}][{_UP}{_LOW}]+(?:-[{_UP}][{_UP}{_LOW}]+)?"
# After a given name: its surname. Before it: a surname written first ("MORIN, Ginette", "Caron Lucille",
# "Lavoie<TAB>Émilie" in a table row).
_SURNAME_AFTER = re.compile(rf"{_SP}+(?P<surname>{_SURNAME})")
_SURNAME_BEFORE = re.compile(rf"(?P<surname>{_SURNAME})(?P<sep>,{_SP}*|{_SP}+|\t)$")
# Capitalised words that follow triggers but are not names (trimmed at both ends of a name).
_STOP_WORDS = (
    "le la les l de du des un une et ou au aux en par pour sur avec sans dans ce cette ces son sa ses leur",
    "the a an of and or to for with in on at by from his her their this that is was",
    "madame monsieur mademoiselle mme mlle mr mrs ms dr dre docteur docteure patient patiente",
    "dossier rendez-vous suivi admis admise hospitalise hospitalisee ne nee age agee ans",
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet",
    "aout septembre octobre novembre decembre monday tuesday wednesday thursday friday saturday sunday",
    "hopital clinique centre service departement equipe direction cisss ciusss chum chu",
    "re tr fw objet subject merci bonjour",
)
# Words that end a name wherever they stand: identifier labels, credentials, clinical abbreviations
# ("M. Gagnon NAM GAGL ..." is "Gagnon", never "Gagnon NAM GAGL").
_HARD_STOP_WORDS = (
    "nam ramq nas sin ddn dob mrn hcn niss nir ssn no tel fax courriel email dossier chart",
    "sc ps md phd msc bsc inf ing pharm frcpc cmfc ccmf fcmf pdg ceo",
    "hta fa ira irc icc avc mpoc copd chf nstemi stemi mi dx tx rx hx",
)
_STOP = frozenset(" ".join(_STOP_WORDS).split()) | frozenset(" ".join(_HARD_STOP_WORDS).split())
_HARD_STOP = frozenset(" ".join(_HARD_STOP_WORDS).split())
# A name holding one of these is an organisation ("Client : Pharmacie Lavoie").
_ORG_WORDS = frozenset(
    " ".join(
        (
            "pharmacie clinique laboratoire labo inc ltee ltd llc groupe cabinet societe entreprise fondation centre",
            "hopital cisss ciusss chum chu universite college ecole residence services association ordre",
        )
    ).split()
)
# Signature openers on a line of their own; part of the combined scan (no extra pass). CRLF text
# (what the server feeds) has "\r" before the end of line: RE2's multi-line "$" only matches before "\n".
SIGNATURE = Trigger(
    "signature",
    r"(?im:^(?:--[ \t]?\r?$|(?:cordialement|salutations|bien [àa] vous|regards|best regards|kind regards|best|"
    r"sincerely|thanks|thank you|merci(?: beaucoup)?|bonne journ[ée]e|au plaisir)[ \t]*[,.!]?[ \t]*\r?$))",
)
_SIGNATURE_SPAN = 300
_NER_MAX_DISTANCE = 40  # an NER-only PER must start this close after the trigger
# NER window around an unresolved trigger: context before it, and after it room for the name
# (which must start within _NER_MAX_DISTANCE) plus context. The model's features reach a few
# tokens either side (tok2vec: 4 layers of window 1), so a short window loses nothing measurable:
# on 1,500 synthetic texts (30 trigger + name templates, names in lower, title and upper case,
# inside quoted admin mail), windows of 60/100, 40/90, 30/80 and 20/70 characters all kept the
# 449 NER-only names that ±200-character windows found, and added none. 30/80 keeps a margin.
# (Fewer pattern names get confirmed in a shorter window: confirmation only raises a confidence.)
_NER_BEFORE = 30
_NER_AFTER = 80

# Cues, matched on folded (lower-case, accent-free) text around a candidate.
_PATIENT_CUE = re.compile(
    r"\b(?:patiente?s?|usagere?|admise?|admitted|hospitalise[e]?|hospitali[sz]ed|referee?|refere|reference|referral"
    r"|referred|consulte|consultation|suivi|follow[- ]?up|rendez-vous|rdv|appointment|book|booking|reserver"
    r"|transport|conge|discharged?|chambre|lit|room|bed|dob|ddn|nee?\s+le|born|\d{1,3}\s*ans(?!\s+(?:de|d'))"
    r"|y\.?o\.?|year[- ]old|years\s+old"
    r"|agee?\s+de|aged|diagnostiquee?|diagnosed|souffre|suffers|traitee?|treated|ordonnance|prescription"
    r"|resultats?|results?|labs?|chart|dossier|mrn|nam|allergique|allergic|enceinte|pregnant|decedee?|deceased|urgence"
    r"|emergency|chirurgie|surgery|operee?|sign-?out|tournee|visite\s+a\s+domicile|home\s+care|soins\s+a\s+domicile"
    r"|dialyse|dialysis|rx|dx|atcd|antecedents|presente\s+(?:une?|des)\s|presents\s+with|known\s+for|connue?\s+pour)\b"
)
_STAFF_AFTER = re.compile(
    r"[ \t]*(?:\\?[,(–—-]|\bde\s+l'|\bdu\b)?[ \t]*(?:m\.?\s?d\b|md\b|inf\.|infirmi|pharm|ph\.?\s?d|m\.\s?sc|b\.\s?sc"
    r"|ministre|minister|directeur|directrice|director|presidente?|chef\b|coordonn|conseill|gestionnaire|manager|professeure?"
    r"|professor|conferenc|speaker|adjointe?|agente?\b|technicien|secretaire|secretary|residente?|medecin|physician"
    r"|nurse|travailleu|ergoth|physioth|nutritionn|psycholog|inhaloth|dentiste|frcpc|cmfc|ccmf|pdg|ceo|vp\b|vice"
    r"|chercheu|researcher|responsable|cadre|employee?|benevole|volunteer|stagiaire|intern\b|fellow|interne|externe"
    r"|representante?|porte-parole|spokes)"
)
_STAFF_BEFORE = re.compile(
    r"(?:\bpar|\bby|\bbienvenue\s+a|\bwelcome(?:\s+to)?|\bfelicitations\s+a|\bcongratulations\s+to|\bnomination\s+de"
    r"|\bnomme(?:e)?|\bappointed|\bconferenciere?|\bspeakers?|\bpresentee?\s+par|\banimee?\s+par|\bjoined\s+by"
    r"|\bremercier|\bthank|\bcontactez|\bcontact|\baupres\s+de|\bcc|\bde\s+la\s+part\s+de|\bmoderat(?:or|eur|rice)"
    r"|\bpresent(?:er|ateur|atrice)|\banimat(?:eur|rice)|\bpanel(?:ist|iste)|\binvitee?|\bhost(?:ed\s+by)?)[\s:,\-–]*"
    r"(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)?[\s]*$"
)
_GREETING = re.compile(
    r"(?:^|\n)[ \t>]*(?:bonjour|bonsoir|salut|allo|hello|hi|dear|chere?|good\s+(?:morning|afternoon|evening)"
    r"|merci|thanks|thank\s+you|re?-?bonjour)[ \t,]*(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?|dr\.?|dre\.?)?"
    r"[ \t]*$"
)
_HEADER_LINE = re.compile(
    r"(?:^|\n)[ \t>]*(?:de|from|a|to|cc|cci|bcc|envoye\s+par|sent\s+by|expediteur|destinataire|objet|subject)"
    r"[ \t]*:[^\n]*$"
)
_ROLE_TO_NAME = re.compile(r"[\s,:]*(?:(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)\s*)?")
# Second-person clinical wording: the greeting addresses the patient ("Bonjour Mme Fournier, vos résultats...").
_ADDRESSES_PATIENT = re.compile(
    r"\b(?:vos|votre|your)\s+(?:resultats?|results?|analyses?|examens?|tests?|prises?\s+de\s+sang|bilan|traitement"
    r"|treatment|medicaments?|medications?|ordonnance|prescription|diagnostic|diagnosis|rendez-vous|appointment"
    r"|chirurgie|surgery|biopsie|biopsy|imagerie|scan|radiographie|x-ray)\b|\bje\s+vous\s+(?:prescris|refere|recommande)"
)
# Upper-case words that open a Subject or a line and are not surnames ("URGENT, Merci").
_NOT_SURNAMES = frozenset(
    " ".join(
        (
            "urgent important rappel reminder attention note info fyi asap confidentiel confidential re tr fwd fw svp",
            "merci thanks objet subject suivi update mise jour annule cancelled nouveau new final version draft",
            "hi hello hey bonjour bonsoir allo salut dear cher chere coucou",  # greetings: "Hi Anna", "Allô Julie"
        )
    ).split()
)
_EVIDENCE_REACH = 150  # a title-less name this close to strong clinical evidence or a birth date
_ROLE_LABEL_WORDS = frozenset(
    {"nom", "name", "travailleur", "travailleuse", "reclamant", "reclamante", "claimant", "assure", "assuree",
     "insured", "enfant", "child"}
)
_CUE_BEFORE = 50
_CUE_AFTER = 80


@dataclass(frozen=True, slots=True)
class StaffNames:
    """Folded name words of the sender and recipients, per person; such people are never patients.

    ``tokens`` (every word of every person) is kept for reports; exclusion compares full names with
    ``people``: a patient who shares a staff member's surname is still a patient.
    """

    tokens: frozenset[str] = frozenset()
    people: tuple[frozenset[str], ...] = ()
    # The To/Cc people of ``from_message`` (also in ``people``): a message that speaks to its
    # recipient about their own care ("vos résultats") is written to a patient.
    recipients: tuple[frozenset[str], ...] = ()

    @staticmethod
    def _people(values: Iterable[str]) -> list[frozenset[str]]:
        people: list[frozenset[str]] = []
        for display, address in _address_pairs([v for v in values if v]):
            local = address.split("@", 1)[0]
            words: set[str] = set()
            for part in re.split(r"[\s.,_\-+'\"]+", f"{display} {local}"):
                part = fold(part.strip("0123456789"))
                if len(part) >= 2 and part.isalpha():
                    words.add(part)
            if words:
                people.append(frozenset(words))
        return people

    @classmethod
    def from_addresses(cls, values: Iterable[str], recipients: Iterable[str] = ()) -> StaffNames:
        """Words from address header values ("Jean Tremblay <jean.tremblay@x.ca>", ...);
        ``recipients``: the To/Cc values, kept apart as well."""
        senders, addressed = cls._people(values), cls._people(recipients)
        people = senders + addressed
        return cls(frozenset().union(*people) if people else frozenset(), tuple(people), tuple(addressed))

    @classmethod
    def from_message(cls, message: Any) -> StaffNames:
        """Names from From/Sender/Reply-To (senders) and To/Cc (recipients) of an
        ``email.message.Message`` (RFC 2047 decoded)."""
        values: dict[str, list[str]] = {"senders": [], "recipients": []}
        for header in ("From", "Sender", "Reply-To", "To", "Cc"):
            side = values["recipients" if header in ("To", "Cc") else "senders"]
            for raw in message.get_all(header, []) or []:
                if "=?" not in str(raw):  # no encoded word: decoding would return it unchanged
                    side.append(str(raw))
                    continue
                try:
                    side.append(str(make_header(decode_header(str(raw)))))
                except Exception:  # malformed encoded-words: keep the raw text
                    side.append(str(raw))
        return cls.from_addresses(values["senders"], values["recipients"])

    def covers(self, name: str, recipients: bool = True) -> bool:
        """True when ``name`` is one of these people by full name (a surname alone never is);
        ``recipients=False``: the senders only."""
        people = self.people if recipients else tuple(p for p in self.people if p not in self.recipients)
        return _is_person(_name_words(name), people)


EMPTY_STAFF = StaffNames()


def _name_words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in re.split(r"[\s,.'’\-]+", name) if len(w) >= 2)


def _is_person(words: frozenset[str], people: Iterable[frozenset[str]]) -> bool:
    """``words`` name one of ``people``: two or more words all in one person's name, or exactly it."""
    if not words:
        return False
    return any(words == person or (len(words) >= 2 and words <= person) for person in people)


# One address without quotes, comments, groups or routes: "Display Name <local@domain>" or
# "local@domain". Anything else goes through the email package's full parser.
_SIMPLE_ADDRESS = re.compile(
    r"[ \t\r\n]*(?:([^\"<>,;:()\\@\[\]]*?)[ \t\r\n]*<([^\s\"<>,;:()\\\[\]]+@[^\s\"<>,;:()\\\[\]]+)>"
    r"|([^\s\"<>,;:()\\\[\]]+@[^\s\"<>,;:()\\\[\]]+))[ \t\r\n]*"
)


def _address_pairs(values: list[str]) -> list[tuple[str, str]]:
    """(display name, address) pairs of address header values, as ``email.utils.getaddresses``
    gives them; a fast path (~20x) for lists of simple addresses, the common case."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        for part in value.split(","):
            match = _SIMPLE_ADDRESS.fullmatch(part)
            if match is None:
                return email.utils.getaddresses(values)
            display, address, bare = match.groups()
            pairs.append((" ".join(display.split()), address) if address else ("", bare))
    return pairs


def _clean_name(raw: str) -> str:
    """Cut at the first hard stop ("Gagnon NAM GAGL" -> "Gagnon"), trim stop words at both ends
    ("Tremblay Le" -> "Tremblay"); '' if nothing is left or the name is an organisation's."""
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


_SNAP = 20  # at most this many characters are added to complete a word cut by a window edge


def _word_start(text: str, position: int) -> int:
    """``position`` moved left to the start of the word it falls in (bounded by ``_SNAP``)."""
    if position <= 0:
        return 0
    limit = max(0, position - _SNAP)
    while position > limit and not text[position - 1].isspace():
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    """``position`` moved right to the end of the word it falls in (bounded by ``_SNAP``)."""
    limit = min(len(text), position + _SNAP)
    position = min(position, len(text))
    while position < limit and not text[position].isspace():
        position += 1
    return position


def _reach_of(window: tuple[int, int], candidates: list[tuple[int, int, str, float, str]]) -> tuple[int, int]:
    """The span a window's results can occupy: the window, widened by the candidates it may confirm."""
    lo, hi = window
    for start, end, *_ in candidates:
        if start < window[1] and window[0] < end:
            lo, hi = min(lo, start), max(hi, end)
    return lo, hi


def _within(span: tuple[int, int], others: Sequence[tuple[int, int]], reach: int) -> bool:
    """True when ``span`` is at most ``reach`` characters away from one of ``others``."""
    lo, hi = span
    return any(start - hi <= reach and lo - end <= reach for start, end in others)


class _Reach:
    """``_within`` for many queries against the same spans: merged, sorted, answered by bisection
    (a long segment full of names and drug names must not cost names x evidence comparisons)."""

    def __init__(self, spans: Sequence[tuple[int, int]], reach: int) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            lo, hi = start - reach, end + reach
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        self._starts = [lo for lo, _ in merged]
        self._spans = merged

    def __call__(self, span: tuple[int, int]) -> bool:
        i = bisect.bisect_right(self._starts, span[1]) - 1
        return i >= 0 and self._spans[i][1] >= span[0]


class _Taken:
    """Spans already given to a name: overlap tests by bisection (names are short)."""

    _LONGEST = 200

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self._spans, span)

    def overlaps(self, start: int, end: int) -> bool:
        spans = self._spans
        for i in range(bisect.bisect_left(spans, (start - self._LONGEST, start - self._LONGEST)), len(spans)):
            s, e = spans[i]
            if s >= end:
                return False
            if start < e:
                return True
        return False


def _line_before(text: str, start: int) -> str:
    """Folded text of the line before ``start`` (at most 80 characters)."""
    line_start = max(text.rfind("\n", max(0, start - 80), start) + 1, start - 80)
    return fold_window(text[line_start:start])


def _patient_cue(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - _CUE_BEFORE) : start], text[end : end + _CUE_AFTER]
    window = fold_window(before) + " | " + fold_window(after)
    return _PATIENT_CUE.search(window) is not None


# A career event told about the name, in the same sentence ("M. Serge Bouchard, qui prend sa retraite").
_CAREER_AFTER = re.compile(
    r"[^.\n]{0,40}\b(?:prend\s+sa\s+retraite|retraite|retirement|retires?|retiring|nommee?|appointed|au\s+poste"
    r"|to\s+the\s+position|succede|succeeds|se\s+joint|joins|joined\s+(?:the|our)|embauchee?|hired)\b"
)


def _staff_cue(text: str, start: int, end: int) -> bool:
    """A role in apposition after the name, a career event, or words that present a colleague before it."""
    after = fold_window(text[end : end + 60])
    if _STAFF_AFTER.match(after) or _CAREER_AFTER.match(after):
        return True
    return _STAFF_BEFORE.search(fold_window(text[max(0, start - 40) : start])) is not None


def _titleless(
    text: str, given_hits: Sequence[tuple[int, int]], comma_hits: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """Names without a title: (start, end, name, how) around known given names and "SURNAME, Given"."""
    names: list[tuple[int, int, str, str]] = []
    for g_start, g_end in given_hits:
        if not bounded(text, g_start, g_end):
            continue
        after = _SURNAME_AFTER.match(text, g_end)
        if after and bounded(text, g_start, after.end()) and _is_surname(after["surname"]):
            names.append((g_start, after.end(), text[g_start : after.end()], "given name + surname"))
            continue
        before = _SURNAME_BEFORE.search(text, max(0, g_start - 40), g_start)
        if before and bounded(text, before.start(), g_end) and _is_surname(before["surname"]):
            upper = before["surname"].isupper()
            if upper or "," in before["sep"] or "\t" in before["sep"] or not _is_given(before["surname"]):
                names.append((before.start(), g_end, text[before.start() : g_end], "surname + given name"))
    for start, end in comma_hits:
        surname, given = (w.strip() for w in text[start:end].split(",", 1))
        if bounded(text, start, end) and _is_surname(surname) and fold(given) not in _STOP:
            names.append((start, end, text[start:end], "upper-case surname, given name"))
    return names


def _is_surname(word: str) -> bool:
    folded = fold(word)
    return folded not in _STOP and folded not in _NOT_SURNAMES and folded not in _ORG_WORDS


def _is_given(word: str) -> bool:
    return word in _GIVEN_SET


class NerNeeded(Exception):
    """``from_scan(ner_probe=True)``: NER would run on windows of ``chars`` characters in all."""

    def __init__(self, chars: int) -> None:
        super().__init__(chars)
        self.chars = chars


class PatientNameRecognizer(BaseRecognizer):
    name = "patient_name"
    triggers = (ROLE, HONORIFIC, STAFF_ROLE, SIGNATURE, ROSTER, GENRE, CARE_PHRASE)
    # Title-less names are scanned in a second RE2 pass of their own, only over the text near
    # evidence: most mail has none (no cost), and the given-name alternation never competes with
    # the combined pass for characters (a NAM right after a name stays whole).
    titleless_triggers = (GIVEN, UPPER_COMMA)

    def __init__(self, nlp: Language | None = None) -> None:
        self._nlp = nlp
        self._titleless_scanner = Scanner(self.titleless_triggers)

    def _titleless_hits(
        self, text: str, evidence: Sequence[tuple[int, int]] | None, everywhere: bool, reach: int
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """(given-name hits, "UPPER, Given" hits) in the whole text, or only near ``evidence``."""
        if evidence is None or everywhere:
            windows = [(0, len(text))] if text else []
        else:
            windows = []
            for start, end in sorted(evidence):
                lo, hi = _word_start(text, start - reach), _word_end(text, end + reach)
                if windows and lo <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
                else:
                    windows.append((lo, hi))
        given: list[tuple[int, int]] = []
        comma: list[tuple[int, int]] = []
        for lo, hi in windows:
            scan = self._titleless_scanner.scan(text[lo:hi])
            given.extend((lo + s, lo + e) for s, e in scan.get(GIVEN.kind))
            comma.extend((lo + s, lo + e) for s, e in scan.get(UPPER_COMMA.kind))
        return given, comma

    def recognize(self, segment: Segment, staff: StaffNames = EMPTY_STAFF, use_ner: bool = True) -> list[Finding]:
        """Scan ``segment`` with this recognizer's own triggers (tests); the engine calls ``from_scan``."""
        if self._own_scanner is None:
            self._own_scanner = Scanner(self.triggers)
        return self.from_scan(segment, self._own_scanner.scan(segment.text), staff=staff, use_ner=use_ner)

    def from_scan(
        self,
        segment: Segment,
        scan: Scan,
        staff: StaffNames = EMPTY_STAFF,
        use_ner: bool = True,
        *,
        ner_near: Sequence[tuple[int, int]] | None = None,
        ner_reach: int = 0,
        ner_probe: bool = False,
        evidence: Sequence[tuple[int, int]] | None = None,
        evidence_anywhere: bool = False,
        evidence_reach: int = 400,
    ) -> list[Finding]:
        """Pattern names after the triggers of ``scan``; with ``use_ner``, NER on trigger windows.

        ``evidence``: spans of strong clinical information and birth dates in this segment (the
        engine's first pass). A title-less name within ``_EVIDENCE_REACH`` characters of one has a
        patient cue, except in newsletter-like segments; ``evidence_anywhere``: the message holds
        such evidence and this segment's names are near it whatever their position (the Subject).
        With ``evidence`` given, title-less names farther than ``evidence_reach`` (the scoring
        proximity) from all of it are not reported: they cannot change a verdict, and the quoted
        history of ordinary mail is full of colleagues' names.

        ``ner_probe``: raise ``NerNeeded`` instead of running NER on a window; when there is no
        window to run it on, the result is exactly the one NER would give.

        ``ner_near`` (the engine's verdict gate): when given, NER only runs on windows within
        ``ner_reach`` characters of one of these spans (clinical information, birth dates).
        Anything NER finds or confirms lies inside its window, so a window farther than that
        from every such span cannot change a proximity verdict and is skipped.
        """
        text = segment.text
        role_hits, hon_hits, roster_hits = scan.get(ROLE.kind), scan.get(HONORIFIC.kind), scan.get(ROSTER.kind)
        roster_hits = [*roster_hits, *scan.get(CARE_PHRASE.kind)]  # any of them: something to look at
        if evidence is not None and not evidence and not evidence_anywhere:
            given_hits: list[tuple[int, int]] = []
            comma_hits: list[tuple[int, int]] = []
        else:
            given_hits, comma_hits = self._titleless_hits(text, evidence, evidence_anywhere, evidence_reach)
        if not (role_hits or hon_hits or given_hits or comma_hits or roster_hits):
            return []
        staff_roles: list[tuple[list[int], list[frozenset[str]]]] = []

        def staff_by_role() -> tuple[list[int], list[frozenset[str]]]:
            """Ends of staff-role words, and the names they introduce (computed once, on demand)."""
            if not staff_roles:
                ends: list[int] = []
                people: list[frozenset[str]] = []
                for start, end in scan.get(STAFF_ROLE.kind):
                    if not bounded(text, start, end) and text[end - 1 : end] != ".":
                        continue
                    ends.append(end)
                    match = _NAME.match(text, end)
                    if match and not match.group("label"):
                        words = _name_words(_clean_name(match.group("name")))
                        if words:
                            people.append(words)
                staff_roles.append((ends, people))
            return staff_roles[0]

        signatures = [(s, e + _SIGNATURE_SPAN) for s, e in scan.get(SIGNATURE.kind)]
        newsletter = bool(scan.get(GENRE.kind))
        second_person: list[bool] = []

        def addresses_patient() -> bool:
            if not second_person:
                second_person.append(_ADDRESSES_PATIENT.search(fold_window(text)) is not None)
            return second_person[0]

        def excluded(name: str, start: int, end: int | None = None) -> bool:
            if any(s <= start < e for s, e in signatures):
                return True
            role_ends, staff_people = staff_by_role()
            if staff.covers(name) and (staff.covers(name, recipients=False) or not addresses_patient()):
                return True  # a recipient is staff, unless the text speaks to them of their own care
            words = _name_words(name)
            if len(words) >= 2 and _is_person(words, staff_people):
                return True  # the full name of someone introduced as staff ("Dre Marie Lavoie" ... "Mme Marie Lavoie")
            before = _line_before(text, start)
            if _HEADER_LINE.search(before):
                return True
            if _GREETING.search(before) and not addresses_patient():
                return True
            # "la ministre, Mme Sonia Bélanger", "l'infirmière Julie Roy": a role right before the name.
            if any(0 <= start - e <= 16 and _ROLE_TO_NAME.fullmatch(fold_window(text[e:start])) for e in role_ends):
                return True
            return end is not None and _staff_cue(text, start, end)

        candidates: list[tuple[int, int, str, float, str]] = []  # start, end, name, confidence, how
        unmatched: list[tuple[int, int, str]] = []  # trigger spans without a pattern name
        taken = _Taken()

        def add(start: int, end: int, name: str, confidence: float, how: str) -> None:
            """Callers checked ``taken`` (one name, one finding) and ``excluded`` first."""
            taken.add((start, end))
            candidates.append((start, end, name, confidence, how))

        triggers = [(s, e, "role") for s, e in role_hits] + [(s, e, "honorific") for s, e in hon_hits]
        triggers += [(s, e, "roster") for s, e in scan.get(ROSTER.kind)]
        triggers += [(s, e, "care phrase") for s, e in scan.get(CARE_PHRASE.kind)]
        for t_start, t_end, kind in sorted(triggers):
            if kind != "roster" and not bounded(text, t_start, t_end) and text[t_end - 1 : t_end] != ".":
                continue
            if text.startswith("M.", t_start) and t_end < len(text) and text[t_end].isalpha():
                continue  # "M.D.", "M.Sc.": a credential, not "Monsieur"
            match = _NAME.match(text, t_end)
            name = _clean_name(match.group("name")) if match else ""
            if kind == "role" and match and not match.group("label") and fold(text[t_start:t_end]) in _ROLE_LABEL_WORDS:
                name = ""  # "nom" / "name" without a colon: an ordinary word
            if kind in ("roster", "care phrase") and (len(name.split()) < 2 or (match and match.group("label"))):
                continue  # "2025 - Budget", "suivi de Roy": a full name (surname and given name) only
            if not name or match is None:
                first = fold(match.group("name").split()[0].rstrip(".,")) if match else ""
                if kind not in ("roster", "care phrase") and first not in _HARD_STOP:  # "M. Sc.": a credential
                    unmatched.append((t_start, t_end, kind))
                continue
            parts = name.split()
            start = text.find(parts[0], match.start("name"))
            end = text.rfind(parts[-1], start, match.end("name")) + len(parts[-1])
            if taken.overlaps(start, end) or excluded(name, start, end):
                taken.add((start, end))
                continue
            if match.group("label"):
                confidence, how = 0.75, "labelled field"
            elif kind == "honorific":
                confidence, how = (0.5 if newsletter and not _patient_cue(text, start, end) else 0.7), kind
            elif kind == "roster":
                confidence, how = 0.7, "roster line"
            else:
                confidence, how = 0.65, kind
            add(start, end, name, confidence, f"pattern name after {how} ({fold(text[t_start:t_end]).strip()})")

        verdict_reach = _Reach(evidence or (), evidence_reach)
        cue_reach = _Reach(evidence or (), _EVIDENCE_REACH)
        for start, end, name, how in _titleless(text, given_hits, comma_hits):
            if evidence is not None and not evidence_anywhere and not verdict_reach((start, end)):
                continue  # no evidence within reach: this name cannot matter to any verdict (engine pass)
            if taken.overlaps(start, end) or excluded(name, start, end):
                taken.add((start, end))
                continue
            cue = _patient_cue(text, start, end) or (
                evidence is not None and (evidence_anywhere or (not newsletter and cue_reach((start, end))))
            )
            add(start, end, name, 0.65 if cue else 0.5, f"pattern {how}" + ("; patient cue" if cue else ""))

        # Newsletter-like segments: a title there is not a patient's, and neither is what NER finds
        # around one (it would be a staff member, a speaker, an author).
        if use_ner and self._nlp is not None and not newsletter:
            candidates = self._with_ner(text, candidates, unmatched, excluded, ner_near, ner_reach, ner_probe)

        return [
            Finding(
                PATIENT_NAME,
                segment.location,
                cap(confidence),
                mask_name(name),
                how,
                start,
                end,
            )
            for start, end, name, confidence, how in candidates
        ]

    def _with_ner(
        self,
        text: str,
        candidates: list[tuple[int, int, str, float, str]],
        unmatched: list[tuple[int, int, str]],
        excluded: Any,
        near: Sequence[tuple[int, int]] | None = None,
        reach: int = 0,
        probe: bool = False,
    ) -> list[tuple[int, int, str, float, str]]:
        """Confirm candidates / find names the pattern missed, running NER on trigger windows only."""
        assert self._nlp is not None
        # Windows only around triggers the patterns could not resolve; candidates inside them
        # get confirmed for free.
        anchors = [(s, e) for s, e, _ in unmatched]
        windows: list[tuple[int, int]] = []
        for s, e in sorted(anchors):
            lo, hi = _word_start(text, s - _NER_BEFORE), _word_end(text, e + _NER_AFTER)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
        if near is not None:
            near_enough = _Reach(near, reach)
            windows = [w for w in windows if near_enough(_reach_of(w, candidates))]
        if probe and windows:
            raise NerNeeded(sum(hi - lo for lo, hi in windows))
        persons: list[tuple[int, int, str]] = []
        # One batched call for all windows: the model's per-call overhead (~2 ms of Python layer
        # dispatch) is paid once, and the windows share matrix multiplications.
        for (lo, _hi), doc in zip(windows, self._nlp.pipe(text[lo:hi] for lo, hi in windows), strict=True):
            persons.extend(
                (lo + ent.start_char, lo + ent.end_char, ent.text) for ent in doc.ents if ent.label_ == "PER"
            )
        result: list[tuple[int, int, str, float, str]] = []
        for start, end, name, confidence, how in candidates:
            if any(ps < end and start < pe for ps, pe, _ in persons):
                result.append((start, end, name, confidence + 0.15, how + "; ner PER"))
            else:
                result.append((start, end, name, confidence, how))
        for t_start, t_end, kind in unmatched:
            for ps, _pe, ptext in persons:
                name = _clean_name(ptext)
                if t_end <= ps <= t_end + _NER_MAX_DISTANCE and name and not excluded(name, ps, ps + len(ptext)):
                    result.append(
                        (ps, ps + len(ptext), name, 0.6, f"ner PER after {kind} ({fold(text[t_start:t_end])})")
                    )
                    break
        return result
