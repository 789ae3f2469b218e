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
*patient cues* (admitted, referred, follow-up, DOB, room, y.o., results... in the name's line and
sentence), clinical evidence said of someone (not a clinic, unit, programme, list or product named by
a disease or drug: ``_topic_use``), and *staff cues* (a role or credential in apposition, a role
before the name, thanks, colleagues, lists of people, speakers, absences, correspondents, career
events, departments, extensions: ``_staff_cue``; words of care outweigh an occupation or an activity).
A name with a staff cue is dropped. Confidence: labelled field 0.75, honorific with a cue or evidence
within ``proximity_chars`` 0.7, role word 0.65, roster line 0.7, title-less name with a cue or evidence
within 150 characters 0.65; otherwise, in a newsletter-like message (its Subject included) or a
business document (invoice, order, staff roster), 0.5 — reported, but below the default
``min_confidence``, so they never decide. docs/policy.md lists every rule.

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
# A terse note's patient: a surname and an initial, then a dash or a colon ("Walsh K – SpO2 87 %",
# "Gendron P. : K 6,1"); kept only when it opens its line and clinical evidence follows on that line.
SURNAME_INITIAL = Trigger(
    "name_initial",
    rf"(?:[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?|[{_UP}]{{2,}})(?:[-'’][{_UP}][{_UP}{_LOW}]+)?"
    rf"[ \t\x{{00A0}}]+[{_UP}]\.?[ \t\x{{00A0}}]*[-–—:|/]",
)
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
    r"|s[eé]rie\s+de\s+cas|presenter|pr[eé]sentat(?:eur|rice)|speakers?|keynote|pl[eé]ni[eè]re|plenary|moderator|mod[eé]rat(?:eur|rice)|cme|fmc"
    r"|recrutement|recruitment|hiring|job\s+opening|career|carri[eè]re|candidature)\b"
    r"|\b(?:comit|communiqu)é)",
)

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
_SURNAME_AFTER = re.compile(rf"{_IN_NAME}+(?P<surname>{_SURNAME})")
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
    # Nursing and allied-health credentials ("Janet Moore, RN", "Louise Gagnon, pht, M. Sc.").
    "rn lpn np rph pht rd bscn bsn msn cde inh erg",
    # Role words in apposition are never part of a name ("Ahmed Karimi, Director of Pharmacy").
    "director directeur directrice manager coordinator coordonnateur coordonnatrice chair chairman chairwoman",
    "chef president presidente gestionnaire conseiller conseillere pharmacien pharmacienne pharmacist educator",
    "educatrice technician technicien technicienne clerk analyst analyste advisor officer investigator",
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
    r"\b(?:patiente?|usagere?|admise?|admitted|hospitalise[e]?|hospitali[sz]ed|referee?|refere|reference|referral"
    r"|referred|consulte|consultation|suivi|follow[- ]?up|rendez-vous|rdv|appointment|book|booking|reserver"
    r"|transport|conge|discharged?|chambre|lit|room|bed|dob|ddn|nee?\s+le|born"
    # An age, not a duration ("depuis 30 ans", "il y a 100 ans", "pendant 32 ans").
    r"|(?<!depuis )(?<!pendant )(?<!durant )(?<!il y a )(?<!apres )(?<!dans )(?<!plus de )(?<!en )"
    r"\b\d{1,3}\s*ans(?!\s+(?:de|d'))"
    r"|y\.?o\.?|year[- ]old|years\s+old"
    r"|agee?\s+de|aged|diagnostiquee?|diagnosed|souffre|suffers|traitee?|treated|ordonnance(?!s?\s+collective)|prescription"
    r"|resultats?|results?|labs?|chart|dossier|mrn|nam|allergique|allergic|enceinte|pregnant|decedee?|deceased|urgence"
    r"|emergency|chirurgie|surgery|operee?|sign-?out|tournee|visite\s+a\s+domicile|home\s+care|soins\s+a\s+domicile"
    r"|dialyse|dialysis|rx|dx|atcd|antecedents|presente\s+(?:une?|des)\s|presents\s+with|known\s+for|connue?\s+pour)\b"
)
_STAFF_AFTER = re.compile(
    r"[ \t]*(?:\\?[,(–—|/-]|\bde\s+l'|\bdu\b)?[ \t]*"
    # One or two modifiers before the role ("diabetes educator", "clinical pharmacist", "nurse manager"),
    # never words that tell of care ("suivie par la physiothérapeute").
    r"(?:(?![a-z]*(?:par|by|with|avec|chez|vue?|seen|suivie?|followed|ref|admi|trait|treat|patient|usag)"
    r"|(?:de|du|des|la|le|les|the|a|an|sa|son|ses|his|her|au|aux|en)\s)[a-z-]{3,}\s+){0,2}(?:m\.?\s?d\b|md\b|inf\.|infirmi|pharm|ph\.?\s?d|m\.\s?sc|b\.\s?sc"
    r"|ministre|minister|directeur|directrice|director|presidente?|chef\b|coordonn|conseill|gestionnaire|manager|professeure?"
    r"|professor|conferenc|speaker|adjointe?|agente?\b|technicien|secretaire|secretary|residente?|medecin|physician"
    r"|nurse|travailleu|ergoth|physioth|nutritionn|psycholog|inhaloth|dentiste|frcpc|cmfc|ccmf|pdg|ceo|vp\b|vice"
    r"|chercheu|researcher|responsable|cadre|employee?|benevole|volunteer|stagiaire|intern\b|fellow|interne|externe"
    r"|representante?|porte-parole|spokes"
    # Nursing and allied-health credentials, and roles English and French mail puts after a name.
    r"|rn\b|lpn\b|np\b|rph\b|pht\b|rd\b|bscn|coordinat|investigat|educat|technician|clerk|analyst|advis"
    r"|officer|therap|practition|praticien|navigat|chair|chargee?\s+de|commis|preposee?|animat|organisat"
    r"|specialist|hygieni|head\s+of|lead\b|reception|accounts|comptab|payroll|paie\b"
    # An internal extension is a colleague's ("Mme Julie Paquette, poste 2210"); a telephone number is not.
    r"|poste\s*\d{2,5}\b|ext\.?\s*\d{2,5}\b|extension\s*\d"
    r"|[a-z]+(?:logue|logiste|logist|iatre|iatrist)\b"
    # Students, and patients who sit on committees as partners ("Mme Louise Caron, patiente partenaire").
    r"|etudiante?|student|patiente?s?[\s-]partenaires?|patient\s+partners?|patients?[\s-]ressources?"
    r"|patient\s+(?:advocate|ambassador|representative)s?|representante?\s+des\s+usagers"
    # A department in apposition ("M. Tremblay, de l'approvisionnement", "Ms. Kim (IT)").
    r"|(?:de\s+l'|du\s+|de\s+la\s+|des\s+)?(?:approvisionnement|procurement|purchasing|informatique|it\)|ti\)"
    r"|ressources\s+humaines|human\s+resources|hr\)|rh\)|finances?\b|comptabilite|accounting|archives"
    r"|accueil\b|securite\b|security\b|logistique|logistics|communications?\b|direction\b|administration\b"
    r"|equipe\b|team\b|bureau\b))"
)
# A role, optionally with its complement ("ministre de la Santé", "directrice des soins infirmiers",
# "study coordinator"), then a comma or colon: the title and name that follow are that role's holder.
_ROLE_PHRASE = (
    r"(?:\b(?:ministre|minister|directeur|directrice|director|coordonnat(?:eur|rice)|coordinator|presidente?"
    r"|president|chef|chair(?:man|woman|person)?|manager|gestionnaire|conseill(?:er|ere)|pharmacienne?|pharmacist"
    r"|investigat(?:or|rice|eur)|chercheu(?:r|se)|educat(?:or|eur|rice)|technicienne?|technician|commis|clerk"
    r"|agente?|adjointe?|analyste?|advisor|officer|responsable|porte-parole|spokesperson|infirmiere?|nurse"
    r"|secretaire|secretary|representante?|representative|stagiaire|organisat(?:eur|rice)|organi[sz]er)"
    r"(?:\s+(?:de|du|des|d'|of|for|en|in|aux?)\s*(?:la\s+|l'|le\s+|les\s+|the\s+)?[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,3})?"
    r"\s*[,:])"
)
# An attendance list ("Membres présents : M. Robert Cloutier (président), Mme Denise Fournier"): every
# name on that line is a participant.
_ATTENDANCE_LINE = re.compile(
    r"^[ \t>*-]*(?:[^:\n]{0,60}?\b)?(?:membres\s+)?(?:presente?s?|present|attendees?|attendance|participants?"
    r"|absente?s?|excuse(?:e|s)?|regrets|invitee?s|guests?|convoquee?s|members(?:\s+present)?|membres|panel"
    r"|panelists?|panelistes?|chairs?|co-chairs?|moderators?|speakers?|conferencier(?:e|s|es)?|finissante?s?"
    r"|diplomee?s?|graduates?|laureate?s?|gagnante?s?|winners?|nominees?|recipients?|benevoles|volunteers"
    r"|nouveaux\s+employes|new\s+(?:hires|staff|employees)|equipe|team|staff|personnel)\s*:"
)
_STAFF_BEFORE = re.compile(
    rf"(?:{_ROLE_PHRASE}|\bmerci\s+a|\bthanks?\s+to|\bgrace\s+a|\b(?:notre|nos|our|votre|your|ma|mon|my)\s+"
    r"(?:\w+\s+)?(?:collegues?|colleagues?|coworkers?|co-workers?)|\bcollegues?|\bcolleagues?"
    r"|\b(?:remise?|decernee?|attribuee?|awarded|presented|goes)\s+(?:a|to)"
    r"|\b(?:remplace(?:ra)?|replaces|will\s+(?:replace|cover\s+for)|en\s+remplacement\s+de|covering\s+for)"
    r"|\b(?:conference|webinaire|webinar|causerie|talk|lecture|keynote)\s+(?:de|du|d'|avec|by|of|with)"
    r"|\bpar|\bby|\bbravo\s+a|\bbienvenue\s+a|\bwelcome(?:\s+to)?|\bfelicitations\s+a|\bcongratulations\s+to|\bnomination\s+de"
    r"|\bnomme(?:e)?|\bappointed|\bconferenciere?|\bspeakers?|\bpresentee?\s+par|\banimee?\s+par|\bjoined\s+by"
    r"|\bremerci(?:e|er|ons|ent)|\bthank|\b(?:winners?|gagnante?s?|laureate?s?|recipients?|finalistes?|finalists?)"
    r"|\bcontactez|\bcontact|\baupres\s+de|\bcc|\bde\s+la\s+part\s+de|\bmoderat(?:or|eur|rice)"
    r"|\bpresent(?:er|ateur|atrice)|\banimat(?:eur|rice)|\bpanel(?:ist|iste)|\binvitee?|\bhost(?:ed\s+by)?)[\s:,\-–]*"
    r"(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)?[\s]*$"
)
# A line that opens with praise or a welcome speaks of colleagues, whoever it names (not "Merci de voir M. X",
# a request about a patient).
_PRAISE_LINE = re.compile(r"^[ \t>*-]*(?:felicitations|bravo|congratulations|kudos|hommage|bienvenue|welcome)\b")
_GREETS = re.compile(r"(?:merci|thanks?|grace|bienvenue|welcome|felicitations|congratulations|bravo)\b")
_GREETING = re.compile(
    r"(?:^|\n)[ \t>]*(?:bonjour|bonsoir|salut|allo|hello|hi|dear|chere?|good\s+(?:morning|afternoon|evening)"
    r"|merci|thanks|thank\s+you|re?-?bonjour)[ \t,]*(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?|dr\.?|dre\.?)?"
    r"[ \t]*$"
)
_HEADER_LINE = re.compile(
    r"(?:^|\n)[ \t>]*(?:de|from|a|to|cc|cci|bcc|envoye\s+par|sent\s+by|expediteur|destinataire|objet|subject)"
    r"[ \t]*:[^\n]*$"
)
# Between two names of one list: a comma or "et"/"and", a role in parentheses, a title.
_LIST_GLUE = re.compile(
    r"\s*(?:\([^()]{0,30}\))?\s*(?:,|;|,?\s*(?:et|and|&))\s*(?:a\s+|to\s+)?"
    r"(?:(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)\s*)?"
)
_ROLE_TO_NAME = re.compile(r"[\s,:]*(?:(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)\s*)?")
# Second-person clinical wording: the greeting addresses the patient ("Bonjour Mme Fournier, vos résultats...").
_ADDRESSES_PATIENT = re.compile(
    r"\b(?:vos|votre|your)\s+(?:resultats?|results?|analyses?|examens?|tests?|prises?\s+de\s+sang|bilan|traitement"
    r"|treatment|medicaments?|medications?|ordonnance|prescription|diagnostic|diagnosis|rendez-vous|appointment"
    r"|chirurgie|surgery|biopsie|biopsy|imagerie|scan|radiographie|x-ray|hba1c|a1c|glycemie|blood\s+sugar|inr"
    r"|pression|blood\s+pressure|diabete|diabetes|dose)\b|\bje\s+vous\s+(?:prescris|refere|recommande)"
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


    def covers_initial(self, name: str) -> bool:
        """"Surname I": a sender or recipient with that surname and a given name starting with I."""
        words = name.split()
        if len(words) != 2:
            return False
        surname, initial = fold(words[0]), fold(words[1])[:1]
        return any(surname in p and any(w != surname and w.startswith(initial) for w in p) for p in self.people)


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


# What invoices, orders, expense claims, employee forms and staff rosters say, and what a patient's form says:
# a text with the first and none of the second is a business document.
_BUSINESS = re.compile(
    r"\b(?:factur(?:e|ation)|invoice|customer|fournisseur|supplier|vendor|bon\s+de\s+(?:commande|livraison)|no\s+de\s+bon"
    r"|purchase\s+order|montant|amount\s+due|sous-total|subtotal|total\s*:|livraison|remboursement|reimbursement"
    r"|kilom[eé]trage|mileage|matricule|employee\s+(?:no|number|id)|num[eé]ro\s+d'employ[eé]|titre\s+d'emploi"
    r"|job\s+title|payroll|paie|tps|tvq|gst|qst|prix\s+unitaire|unit\s+price|quantit[eé]|quantity"
    r"|conditions\s+de\s+paiement|payment\s+terms|net\s+30"
    # Staff rosters and schedules ("Nom;Prénom;Unité;Quart", "Employee, Shift").
    r"|quarts?\s+de\s+(?:travail|jour|soir|nuit)|employ[eé]e?s?|employees?)\b|\b(?:quart|shifts?|fonction)\s*:"
)
_PATIENT_FORM = re.compile(
    r"\b(?:patiente?s?|usag[eè]re?s?|b[eé]n[eé]ficiaire|ddn|dob|date\s+de\s+naissance|date\s+of\s+birth|birth\s*date"
    r"|nam|ramq|assurance\s+maladie|health\s+card|dossier\s+(?:m[eé]dical|no|n|#)|chart|mrn|diagnostic|diagnosis|dx"
    r"|hospitalis[eé]e?|hospitali[sz]ed|admise?|admitted|allergi\w*|rendez-vous|appointment|r[eé]sultats?|results?"
    r"|consultation|referral|r[eé]f[eé]rence|claimant|r[eé]clamante?|travailleu(?:r|se)|assur[eé]e?|insured"
    r"|sympt[oô]mes?|symptoms?|douleur|pain"
    # A pharmacy's bill for what it dispensed to someone.
    r"|posologie|ordonnance\s+(?:no|n°|#)|no\s+d'ordonnance|rx\s*(?:no|#|:)|renouvellement|quantit[eé]\s+servie"
    r"|dispensed|refills?|ulc[eè]res?|plaies?)(?![\w-])"
)


_TOPIC_BEFORE = re.compile(
    r"\b(?:cliniques?|clinics?|unites?|units?|programmes?|programs?|services?|departements?|departments?|equipes?"
    r"|teams?|comites?|committees?|formations?|trainings?|protocoles?|protocols?|ordonnances?\s+collectives?|guides?"
    r"|ateliers?|workshops?|conferences?|webinaires?|webinars?|colloques?|congres|revues?\s+des\s+cas|semaines?"
    r"|weeks?|mois|months?|journees?|campagnes?|campaigns?|registres?|registry|groupes?|groups?|sections?|capsules?"
    r"|cours|courses?|enseignement|teaching|education|sensibilisation|awareness|prevention|depistage|screening"
    r"|recherche|research|etudes?|study|studies|projets?|projects?|fondations?|foundations?|associations?|societes?"
    r"|society|instituts?|institutes?|lignes\s+directrices|guidelines?|politiques?|polic(?:y|ies)|procedures?"
    r"|pavillons?|salles?|etages?|floors?|wards?"
    # Documents and lists whose subject matter the term is ("liste des médicaments en pénurie :", "audit of
    # insulin storage", "Points discutés : cancer du sein").
    r"|listes?|lists?|audits?|surveys?|sondages?|enquetes?|rapports?|reports?|sujets?|topics?|themes?"
    r"|points?\s+discutes|discussions?|penuries?|shortages?|ruptures?|inventaires?|inventory|formulaires?|formulary"
    r"|couverture|coverage|entreposage|storage|bulletins?|newsletters?|infolettres?)"
    r"(?:\s+(?:de|du|des|d'|sur|en|pour|contre|of|on|for|about|in|la|le|les|l'|the|medicaments?|drugs?"
    r"|medications?|molecules?|produits?|products?|penurie|shortage)|\s*[:(]){0,4}"
    # ... and the next items of the list it heads ("amoxicilline, salbutamol, ...").
    r"(?:\s*[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,2}\s*(?:[,;]|\s(?:et|and|ou|or)\b))*\s*'?\s*$"
)
_TOPIC_AFTER = re.compile(
    r"\s*(?:[a-z-]{3,}\s+)?(?:clinics?|cliniques?|units?|programs?|programmes?|services?|teams?|committees?|trainings?|protocols?"
    r"|rehab(?:ilitation)?|groups?|registry|registries|awareness|weeks?|months?|days?|educators?|nurses?"
    r"|pharmacists?|specialists?|research|stud(?:y|ies)|projects?|foundations?|societ(?:y|ies)|associations?"
    r"|guidelines?|order\s+sets?|education|teaching|screening|prevention|campaigns?|navigators?|cent(?:er|re)s?"
    r"|wards?|floors?|support\s+groups?)\b"
    # A drug spoken of as a product: formulary, shortage, stock, supplier, price ("l'apixaban sera ajouté au
    # formulaire", "la warfarine reste disponible", "metformin is on backorder").
    r"|[^.\n]{0,40}?\b(?:formulaire|formulary|penurie|shortage|backorder|rupture\s+de\s+stock|en\s+stock|in\s+stock"
    r"|(?:reste|restent|sera|seront|remains?|will\s+be|is\s+now)\s+(?:disponibles?|available)|inventaire|inventory"
    r"|fournisseurs?|suppliers?|grossiste|wholesaler|rappel\s+de\s+lot|recall|prix|price|couts?|costs?)\b"
)


def _topic_use(text: str, start: int, end: int) -> bool:
    """The clinical term at ``start:end`` names a clinic, unit, programme or topic, not someone's condition."""
    before = fold_window(text[max(0, start - 80) : start])
    return _TOPIC_BEFORE.search(before) is not None or _TOPIC_AFTER.match(fold_window(text[end : end + 30])) is not None


_TITLE_BEFORE = re.compile(r"\b(?:M\.|Mme|MME|Mlle|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur)[ \t\u00a0]*$")


def _business_document(text: str) -> bool:
    lower = text.lower()  # the patterns take accents as written: no folding pass over a long segment
    return _BUSINESS.search(lower) is not None and _PATIENT_FORM.search(lower) is None


def _care_cue(text: str, start: int, end: int) -> bool:
    """Words of care said in the name's sentence (within its line, 50 characters before, 160 after)."""
    line_start = text.rfind("\n", max(0, start - _CUE_BEFORE), start) + 1
    line_end = text.find("\n", end, end + 160)
    before = text[max(line_start, start - _CUE_BEFORE) : start]
    after = text[end : line_end if line_end >= 0 else end + 160]
    full_stop = _SENTENCE_END.search(after)
    after = after[: full_stop.start()] if full_stop else after
    starts = [m.end() for m in _SENTENCE_END.finditer(before)]
    before = before[starts[-1] :] if starts else before
    return _CARE_CUE.search(fold_window(before + " " + after)) is not None


def _patient_cue(text: str, start: int, end: int) -> bool:
    """A word of care said of the name: in its line, at most ``_CUE_BEFORE`` characters before it and
    ``_CUE_AFTER`` after (the next item of an agenda or a list speaks of someone else)."""
    line_start = text.rfind("\n", max(0, start - _CUE_BEFORE), start) + 1
    line_end = text.find("\n", end, end + _CUE_AFTER)
    before = text[max(line_start, start - _CUE_BEFORE) : start]
    after = text[end : line_end if line_end >= 0 else end + _CUE_AFTER]
    # ... and in its sentence: "Merci pour le suivi. J'ai parlé avec M. Luc Caron" says nothing of him.
    starts = [m.end() for m in _SENTENCE_END.finditer(before)]
    before = before[starts[-1] :] if starts else before
    window = fold_window(before) + " | " + fold_window(after)
    return _PATIENT_CUE.search(window) is not None


# A career event told about the name, in the same sentence ("M. Serge Bouchard, qui prend sa retraite").
_CAREER_AFTER = re.compile(
    r"[^.\n]{0,40}\b(?:prend\s+sa\s+retraite|retraite|retirement|retires?|retiring|nommee?|appointed|au\s+poste"
    r"|to\s+the\s+position|succede|succeeds|se\s+joint|joins|joined\s+(?:the|our)|embauchee?|hired|elue?|elected"
    r"|reelue?|re-elected)\b"
)


# A correspondent: the name is followed by an e-mail address ("Sophie Lavoie <sophie.lavoie@x.ca>"), or
# it is the author of a quoted reply ("Le 3 déc. 2026 à 09:12, Sophie Lavoie a écrit :", "... wrote:").
_CORRESPONDENT_AFTER = re.compile(
    r"[ \t]*(?:[<(\[][ \t]*(?:mailto:)?[^\s<>()@]+@|[^\n]{0,80}?\b(?:a\s+ecrit|wrote|schrieb)\s*:)"
)

_WRITES_OF_OWN_CARE = re.compile(
    r"\b(?:mon|ma|mes|my)\s+(?:resultats?|results?|analyses?|examens?|traitement|treatment|medicaments?"
    r"|medications?|ordonnance|prescription|diagnostic|diagnosis|rendez-vous|appointment|chirurgie|surgery|douleurs?"
    r"|pain|glycemie|blood\s+sugar|diabete|diabetes|cancer|maladie|illness|sante|health|symptomes?|symptoms?"
    r"|operation|pilules?|pills?|dose)\b|\bj'ai\s+(?:mal|des\s+douleurs|le\s+diabete)|\bi\s+have\s+(?:pain|been)"
)


# A staff role said of the name later in its sentence ("M. Gérald Poulin, né le 3 avril 1961, est ministre de
# la Santé"); a retired nurse can be a patient.
_ROLE_PREDICATE = re.compile(
    r"[^.\n]{0,100}?\b(?:est|etait|sera|devient|deviendra|is|was|will\s+be|becomes|serves\s+as|works\s+as"
    r"|travaille\s+comme|agit\s+comme)\s+(?:(?:notre|votre|la|le|l'|un|une|our|the|a|an)\s*)?"
    r"(?:nouvel(?:le)?\s+|new\s+)?(?:ministre|minister|directeur|directrice|director|presidente?|president|chef"
    r"|manager|gestionnaire|infirmiere?|nurse|medecin|physician|pharmacienne?|pharmacist|coordonnat(?:eur|rice)"
    r"|coordinator|conseill(?:er|ere)|chercheu(?:r|se)|researcher|professeure?|professor|benevole|volunteer"
    r"|deputee?|mairesse|maire|mayor|pdg|ceo|porte-parole|spokesperson|membre\s+(?:du|de\s+la|of\s+the)\s+"
    r"(?:comite|conseil|personnel|equipe|committee|board|staff|team)|[a-z]+(?:logue|logist|iatre))\b"
    r"(?!\s+(?:retraitee?|retired|a\s+la\s+retraite))"
)


# The name speaks, presents or runs an activity ("Mme Sophie Bergeron parlera de la rougeole", "Mme Carole
# Dion anime le groupe de soutien"): a speaker or an organiser. Never "a présenté" (a patient presented with).
_ACTIVITY_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?"
    r"(?:(?:parlera|discutera|abordera|will\s+(?:speak|talk))\s+(?:de|d'|du|des|about|on)"
    r"|(?:presentera|animera|expliquera|anime|dirige|coordonne|organise|a\s+(?:presente|anime|donne|offert|dirige"
    r"|coordonne|organise|explique)|will\s+(?:discuss|present|lead|explain|moderate|chair|host)|leads|runs|led|gave"
    r"|presented|hosted|coordinates|organi[sz]es|hosts|chairs)\s+(?:(?:le|la|les|l'|un|une|the|a|an|our|nos|notre"
    r"|this|ce|cette)\s*)?(?:[a-z-]+\s+)?(?:groupe|group|atelier|workshop|session|seance|rencontre|meeting|comite"
    r"|committee|formation|training|projet|project|equipe|team|programme|program|webinaire|webinar|conference|panel"
    r"|capsule|cours|course|journee|colloque|resultats|results|indicateurs|bilan|rapport|report|protocole|protocol"
    r"|changements?|changes|nouvelles?|news|campagne|campaign|discussion|lignes\s+directrices|guidelines?"
    r"|nouveautes|presentations?|exposes?|talks?|lectures?))\b"
)
# Away or covering for someone: a colleague's schedule ("Karen Whitfield will be away Jan 5-9", "Mme Roy remplace").
_ABSENCE_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:sera\s+(?:absente?|en\s+(?:conge|vacances|formation))|will\s+be\s+(?:away"
    r"|off|on\s+(?:leave|vacation|holidays?))|is\s+(?:away|off|on\s+(?:leave|vacation))|remplace(?:ra)?|replaces"
    r"|will\s+(?:replace|cover)|covers|couvre|assurera\s+(?:l'interim|la\s+garde|la\s+couverture))\b"
)
# Words of care that outweigh what else is said of a name (an occupation, an activity): "M. Roy, 54 ans,
# est directeur d'école, admis pour un NSTEMI" is a patient.
_CARE_CUE = re.compile(
    r"\b(?:patiente?|usagere?|admise?|admitted|hospitalise[e]?|hospitali[sz]ed|refere[e]?|referred|referral|consulte"
    r"|suivie?\s+(?:pour|en|a)|follow[- ]?up|diagnostiquee?|diagnosed|souffre|suffers|traitee?\s+pour|treated\s+for"
    r"|vue?\s+a\s+l'urgence|seen\s+in\s+(?:the\s+)?emergency|operee?|allergique|allergic|enceinte|pregnant"
    r"|presente\s+(?:une?|des)\s|presents\s+with|y\.?o\.?|year[- ]old)\b"
)
# The end of a sentence: not the full stop of a title or an initial ("M. Roy", "Dr. Chen", "J. Roy").
_SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\b[A-Z])[.!?](?=\s|$)")


_ALONE_BEFORE = re.compile(r"[ \t>]*(?:(?:M\.|Mme|MME|Mlle|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur)[ \t\u00a0]*)?")
_ROLE_ON_NEXT_LINE = re.compile(r"[ \t,]*\r?\n(?![^\n:]{0,40}:)")
_RETIRED = re.compile(r"[a-z-]*[ \t]+(?:retraitee?|retired|a[ \t]+la[ \t]+retraite)\b")


def _staff_cue(text: str, start: int, end: int) -> bool:
    """A role in apposition after the name, a career event, words that present a colleague before it,
    an attendance line, or a correspondent's address or reply attribution."""
    after = fold_window(text[end : end + 60])
    role = _STAFF_AFTER.match(after)
    if role and not _RETIRED.match(after, role.end()):  # "Mme Lise Caron, infirmière retraitée, ..." may be a patient
        return True
    if _ROLE_ON_NEXT_LINE.match(after) and _ALONE_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        # A name alone on its line over a role line: a signature without an opener ("Isabelle Gauthier" /
        # "Présidente-directrice générale"); never a labelled field ("Médecin : Dr X").
        next_line = after.split("\n", 1)[1] if "\n" in after else ""
        role = _STAFF_AFTER.match(next_line)
        if role and not _RETIRED.match(next_line, role.end()):
            return True
    if _CAREER_AFTER.match(after):
        return True
    if _ROLE_PREDICATE.match(fold_window(text[end : end + 160])) or _ACTIVITY_AFTER.match(after):
        return not _care_cue(text, start, end)
    if _ABSENCE_AFTER.match(after):
        return not _patient_cue(text, start, end)  # "M. Roy sera absent à son rendez-vous" is a patient
    if _CORRESPONDENT_AFTER.match(fold_window(text[end : end + 100])):
        # ... unless what they wrote is about their own care: a patient's message forwarded on.
        return _WRITES_OF_OWN_CARE.search(fold_window(text[end : end + 600])) is None
    line_start = max(text.rfind("\n", max(0, start - 300), start) + 1, start - 300)
    line = fold_window(text[line_start:start])
    if _PRAISE_LINE.match(line):  # "Félicitations Dre Caron et M. Luc Gagnon !": the whole line's people
        return not (_care_cue(text, start, end) or _ADDRESSES_PATIENT.search(fold_window(text[end : end + 300])))
    presented = _STAFF_BEFORE.search(fold_window(text[max(0, start - 60) : start]))
    if presented is not None:
        # Thanks and welcomes go to patients too ("Merci à Mme Roy de partager son expérience du cancer ; elle
        # est suivie en oncologie", "Welcome to the program, Mr. Finch! Your HbA1c is 9.1 %").
        if _GREETS.match(presented.group(0)):
            return not (_care_cue(text, start, end) or _ADDRESSES_PATIENT.search(fold_window(text[end : end + 300])))
        return True
    # A list of people ("Présents :", "Panel:", "Nos finissants :"), unless the line says whose care it is
    # ("Présents : M. Jean Roy (patient), sa fille").
    return _ATTENDANCE_LINE.match(line) is not None and not _patient_cue(
        text, start, end
    )


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
        if _DATELINE_DAY.match(text, end) and fold(given) in _MONTHS:
            continue  # a press release's dateline: "MONTREAL, December 3, 2026 –"
        if bounded(text, start, end) and _is_surname(surname) and fold(given) not in _STOP:
            names.append((start, end, text[start:end], "upper-case surname, given name"))
    return names


# What may stand before a terse note's name on its line: bullets, quote marks, "FYI", "URGENT"...
_TERSE_LEAD = re.compile(r"[ \t>*•·\-–—]*(?:(?P<word>[A-Za-z]+)[ \t:,]+)?$")
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
        )
    ).split()
)
_TERSE_REACH = 120  # the clinical evidence that makes the line a note about the named patient


def _terse_note_names(
    text: str, hits: Sequence[tuple[int, int]], evidence: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, "Surname I") of each "Surname I. –" that opens its line (after bullets or a word such
    as "FYI") and is followed on the same line by clinical evidence or a birth date."""
    names: list[tuple[int, int, str]] = []
    starts = sorted(s for s, _ in evidence)
    for start, end in hits:
        if not bounded(text, start, end - 1):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        lead = _TERSE_LEAD.match(text, line_start, start)
        if lead is None or lead.end() != start:
            continue
        if lead["word"] and fold(lead["word"]) not in _NOT_SURNAMES:
            continue
        surname, initial = text[start:end].rstrip(" \t\u00a0-–—:|/").split()[0], text[start:end].split()[1][0]
        if not _is_surname(surname) or fold(surname) in _BEFORE_A_LETTER:
            continue
        line_end = text.find("\n", end)
        limit = min(end + _TERSE_REACH, len(text) if line_end == -1 else line_end)
        i = bisect.bisect_left(starts, end)
        if i < len(starts) and starts[i] < limit and not any(s <= start < e for s, e in evidence):
            name_end = start + len(surname) + text[start + len(surname) : end].index(initial) + 1
            names.append((start, name_end, f"{surname} {initial}"))
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


def _lower_case_name(given: str, surname: str) -> bool:
    folded = fold(surname)
    return given.split("-", 1)[0] in _GIVEN_LOWER and folded not in _STOP and folded not in _NOT_LOWER_SURNAMES


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
    titleless_triggers = (GIVEN, UPPER_COMMA, SURNAME_INITIAL)

    def __init__(self, nlp: Language | None = None) -> None:
        self._nlp = nlp
        self._titleless_scanner = Scanner(self.titleless_triggers)

    def _titleless_hits(
        self, text: str, evidence: Sequence[tuple[int, int]] | None, everywhere: bool, reach: int
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
        """(given-name, "UPPER, Given", "Surname I. –" hits) in the whole text, or only near ``evidence``."""
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
        initial: list[tuple[int, int]] = []
        for lo, hi in windows:
            scan = self._titleless_scanner.scan(text[lo:hi])
            given.extend((lo + s, lo + e) for s, e in scan.get(GIVEN.kind))
            comma.extend((lo + s, lo + e) for s, e in scan.get(UPPER_COMMA.kind))
            initial.extend((lo + s, lo + e) for s, e in scan.get(SURNAME_INITIAL.kind))
        return given, comma, initial

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
        newsletter: bool = False,
    ) -> list[Finding]:
        """Pattern names after the triggers of ``scan``; with ``use_ner``, NER on trigger windows.

        ``evidence``: spans of strong clinical information and birth dates in this segment (the
        engine's first pass). A title-less name within ``_EVIDENCE_REACH`` characters of one has a
        patient cue, except in newsletter-like segments; ``evidence_anywhere``: the message holds
        such evidence and this segment's names are near it whatever their position (the Subject).
        With ``evidence`` given, title-less names farther than ``evidence_reach`` (the scoring
        proximity) from all of it are not reported: they cannot change a verdict, and the quoted
        history of ordinary mail is full of colleagues' names.

        ``newsletter``: the message says it is newsletter-like elsewhere (its Subject), so this
        segment is read as one even without a genre word of its own.

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
            initial_hits: list[tuple[int, int]] = []
        else:
            given_hits, comma_hits, initial_hits = self._titleless_hits(
                text, evidence, evidence_anywhere, evidence_reach
            )
        if not (role_hits or hon_hits or given_hits or comma_hits or initial_hits or roster_hits):
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
        newsletter = newsletter or bool(scan.get(GENRE.kind))
        second_person: list[bool] = []

        def addresses_patient() -> bool:
            if not second_person:
                second_person.append(_ADDRESSES_PATIENT.search(fold_window(text)) is not None)
            return second_person[0]

        staff_seen: list[tuple[int, frozenset[str]]] = []  # (end, name words) of names excluded as staff

        def excluded(name: str, start: int, end: int | None = None) -> bool:
            words = _name_words(name)
            if staff_seen:
                last_end = max(e for e, _ in staff_seen)
                # The next name of a list that a staff member opens ("M. Jacques Bélanger et à Mme Lise
                # Pelletier"); a surname alone of someone named in full as staff ("Ms. Priya Nair" ... "Ms. Nair").
                if 0 <= start - last_end <= 40 and _LIST_GLUE.fullmatch(fold_window(text[last_end:start])):
                    return _seen_as_staff(words, end)
                if len(words) == 1 and any(words <= person for _, person in staff_seen):
                    return True
            # Who someone is (the sender, a staff member named in full) says nothing of the next name of a
            # list; what the text says around a name ("Merci à", "Présents :", ", directrice") does.
            role_ends, staff_people = staff_by_role()
            if staff.covers(name) and (staff.covers(name, recipients=False) or not addresses_patient()):
                return True  # a recipient is staff, unless the text speaks to them of their own care
            if len(words) >= 2 and _is_person(words, staff_people):
                return True  # the full name of someone introduced as staff ("Dre Marie Lavoie" ... "Mme Marie Lavoie")
            if _presented_as_staff(start, end, role_ends):
                return _seen_as_staff(words, end)
            return False

        def _seen_as_staff(words: frozenset[str], end: int | None) -> bool:
            if end is not None and words:
                staff_seen.append((end, words))
            return True

        def _presented_as_staff(start: int, end: int | None, role_ends: list[int]) -> bool:
            if any(s <= start < e for s, e in signatures):
                return True
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

        # A diagnosis or drug that names a clinic, a unit, a programme or a topic ("la clinique de diabète",
        # "the heart failure clinic", "formation sur l'insulinothérapie") says nothing of the people around it.
        reaches: list[_Reach] = []  # (title-less, titled) reaches, built on first use

        def evidence_cue(start: int, end: int, titled: bool = False) -> bool:
            """Strong clinical information or a birth date close by (the engine's pass), not in a newsletter:
            within ``_EVIDENCE_REACH`` of a title-less name, within the scoring proximity of a titled one."""
            if evidence is None:
                return False
            if evidence_anywhere:
                return True
            if newsletter:
                return False
            if not reaches:
                said_of_someone = [span for span in evidence if not _topic_use(text, *span)]
                reaches.extend((_Reach(said_of_someone, _EVIDENCE_REACH), _Reach(said_of_someone, evidence_reach)))
            return reaches[titled]((start, end))

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
            # A title-case heading or service name ("Patient Safety", "Client Services"): reported, never decisive.
            heading = (
                kind == "role"
                and text[t_start].isupper()
                and len(name.split()) == 1
                and not name.isupper()
                and match is not None
                and not match.group("label")
            )
            if kind in ("roster", "care phrase") and (len(name.split()) < 2 or (match and match.group("label"))):
                continue  # "2025 - Budget", "suivi de Roy": a full name (surname and given name) only
            if (not name or match is None) and kind == "honorific":
                lower = _LOWER_NAME.match(text, t_end)
                if lower and _lower_case_name(lower["given"], lower["surname"]):
                    start, end = lower.start("given"), lower.end("surname")
                    name = text[start:end]
                    if not taken.overlaps(start, end) and not excluded(name, start, end):
                        cue = _patient_cue(text, start, end) or evidence_cue(start, end, titled=True)
                        add(start, end, name, 0.6 if cue else 0.5, "lower-case given name + surname after a title")
                    else:
                        taken.add((start, end))
                    continue
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
                # A title is evidence of a person, not of a patient: it needs a patient cue as well.
                if _patient_cue(text, start, end) or evidence_cue(start, end, titled=True):
                    confidence, how = 0.7, kind
                elif evidence is None and not newsletter:
                    confidence, how = 0.7, kind  # no engine evidence to weigh (the recognizer alone)
                else:
                    confidence, how = 0.5, kind + "; no patient cue"
            elif kind == "roster":
                confidence, how = 0.7, "roster line"
            elif heading:
                confidence, how = 0.5, "title-case heading"
            else:
                confidence, how = 0.65, kind
            add(start, end, name, confidence, f"pattern name after {how} ({fold(text[t_start:t_end]).strip()})")

        verdict_reach = _Reach(evidence or (), evidence_reach)
        for start, end, name, how in _titleless(text, given_hits, comma_hits):
            if evidence is not None and not evidence_anywhere and not verdict_reach((start, end)):
                continue  # no evidence within reach: this name cannot matter to any verdict (engine pass)
            if taken.overlaps(start, end) or excluded(name, start, end):
                taken.add((start, end))
                continue
            cue = _patient_cue(text, start, end) or evidence_cue(start, end)
            add(start, end, name, 0.65 if cue else 0.5, f"pattern {how}" + ("; patient cue" if cue else ""))

        if initial_hits and evidence and not newsletter:
            for start, end, name in _terse_note_names(text, initial_hits, evidence):
                if taken.overlaps(start, end) or staff.covers_initial(name) or excluded(name, start, end):
                    taken.add((start, end))
                    continue
                add(start, end, name, 0.65, "pattern surname + initial opening a terse clinical line")

        run_ner = use_ner and self._nlp is not None and not newsletter and bool(unmatched)
        business = (run_ner or any(c[3] > 0.5 for c in candidates)) and _business_document(text)
        # Newsletter-like segments: a title there is not a patient's, and neither is what NER finds
        # around one (it would be a staff member, a speaker, an author). Business documents alike.
        if run_ner and not business:
            candidates = self._with_ner(text, candidates, unmatched, excluded, ner_near, ner_reach, ner_probe)
        if business:
            # An invoice, an order, an expense claim or an employee form names customers, suppliers and
            # employees: its "Nom :" and "Client :" fields are no patients unless a patient cue stands by.
            # A person named with a title is an individual customer, not an organisation's contact: kept.
            candidates = [
                c
                if c[3] <= 0.5 or _TITLE_BEFORE.search(text, max(0, c[0] - 12), c[0]) or _patient_cue(text, c[0], c[1])
                else (*c[:3], 0.5, c[4] + "; business document")
                for c in candidates
            ]

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
            for ent in doc.ents:
                if ent.label_ == "PER":  # a person never spans table cells: cut at a tab
                    person = ent.text.split("\t", 1)[0].rstrip()
                    persons.append((lo + ent.start_char, lo + ent.start_char + len(person), person))
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
