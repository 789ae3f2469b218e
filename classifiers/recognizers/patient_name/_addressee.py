"""Mail written to the patient: "Hi Emily, we need to move your physio session after your hip replacement".

The greeting names the addressee, and second-person wording of one person's care ("your surgery", "vos
résultats", "votre chirurgie de la hanche") says the addressee is the patient. So the greeting's name is a
patient's, with or without a title, even a given name alone (the message goes to that person).

Never when the second person is a clinician's or an employee's: "your patient", "votre usager", "your
shift", "votre horaire", "your unit", "vos collègues"...; nor in newsletter-like text (the caller's
genre test) — "your health", "book your flu shot" and a survey about "your visit" say nothing of one
person's care (those words are not care wording here).
"""

from __future__ import annotations

import re

import re2

from sentinelle.classifiers import re2_patterns
from sentinelle.classifiers.recognizers._base import Trigger
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers._streets import EN_STREETS, FR_STREETS
from sentinelle.classifiers.recognizers.patient_name._shapes import _ORG_WORDS, _STOP, _is_given

# A greeting word opening a line, anywhere in the text (RE2: its ``\b`` is ASCII, so "Allô Julie" alone is
# none). Not a trigger of the combined scan: it fired on every "Hi" or "Bonjour" line of quoted history
# (about ten hits a message, each classified by the scan); ``greeted`` looks for it only once the top of
# the text holds a greeting to the patient (rare), with the same result.
GREETING = Trigger(
    "name_greeting",
    # ("Bon matin", Québec's good morning)
    r"(?im:^[ \t>]*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|bonjour|bonsoir|bon\s+matin|all[oô]|salut"
    r"|ch[eè]re?)\b)",
)
# A greeting line near the top of a text: "Hi Emily,", "Bonjour Mme Gagnon,", "Dear Mr. Ortiz:", "Allô Julie !".
_GREETING_LINE = re.compile(
    r"(?m:^[ \t>]*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|bonjour|bonsoir|bon\s+matin|allo|allô"
    r"|salut"
    r"|cher|chère|chere)[ \t,]+(?:(?:m\.|mme|mlle|mr\.?|mrs\.?|ms\.?|madame|monsieur)[ \t]+)?"
    # (the name itself keeps its capitals: "Good morning residents," greets a group)
    r"(?-i:(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+"
    r"(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?)?))[ \t]*(?:[,!:]|\.?[ \t]*\r?$))",
    re.IGNORECASE,
)
_GREETING_ANYWHERE = re2.compile(GREETING.pattern.encode())
_GREETING_REACH = 300  # the greeting opens the text (after a quoted header or a blank line or two)

# One person's care, in the second person, with at most one modifier ("your upcoming surgery", "votre
# prochain rendez-vous de suivi" is not needed: "votre suivi" is). Folded text.
_CARE_NOUNS = (
    r"results?|resultats?|test\s+results|analyses|examens?|bilan|prise\s+de\s+sang|blood\s*work|lab\s+work|biops(?:y|ie)"
    r"|scan|irm|mri|x-ray|radiographie|echographie|ultrasound|mammograph(?:y|ie)|mammogram"
    # ... and every endoscopy ("your gastroscopy (EGD)", "votre coloscopie", "your sigmoidoscopy")
    r"|[a-z]*scop(?:y|ie)|egd|ercp|cpre"
    r"|surgery|chirurgie|operation|procedure|intervention|physio|physiotherap(?:y|ie)|therap(?:y|ie)|rehab"
    r"|readaptation|treatment|traitement|medications?|medicaments?|prescriptions?|ordonnances?|dose|diagnosis"
    r"|renouvellements?|renewals?|refills?|seizures?|convulsions?"
    # ... and the appointment booked for it ("your endocrinology appointment", "votre nouveau rendez-vous")
    r"|appointments?|appts?|rendez-vous|rdv"
    r"|diagnostic|follow-?up|suivi|consultation|referral|pregnancy|grossesse|wound|plaie|pansement|dressing"
    r"|injection|dialysis|dialyse|chemo|chimio|chemotherapy|chimiotherapie|radiation|radiotherapie|infusion"
    r"|perfusion|insulin|insuline|blood\s+pressure|pression\s+arterielle|diabetes|diabete|hip|knee|hanche|genou"
    r"|replacement|prothese|cast|platre|stitches|points\s+de\s+suture|condition|symptoms|symptomes|pain|douleurs?"
    r"|recovery|convalescence|hospital\s+stay|hospitalisation|admission|discharge|conge\s+de\s+l'hopital"
    # ... a value of one's own labs ("your AMH was 12.3 pmol/L", "votre TSH", "your A1c")
    r"|amh|fsh|tsh|hcg|beta-hcg|psa|a1c|hba1c|inr|ferritine?|hemoglobine?|creatinine|cholesterol|glycemie"
    # ... and fertility care ("your IVF cycle", "votre ponction", "your embryo transfer", "votre insémination")
    r"|ivf|fiv|stimulation|ponction|egg\s+retrieval|retrieval|embryo\s+transfer|transfert\s+d'embryon|embryons?"
    r"|embryos?|insemination|iui|iiu"
)
_FUNCTION_WORDS = r"(?:and|or|et|ou|the|le|la|les|de|du|des|of|for|pour|with|avec|to|a|au|aux|in|en|on|sur)\b"
# ... or the plan of it ("votre calendrier de FIV", "your treatment plan", "your protocol for the IVF cycle")
_PLAN_OF = r"(?:calendrier|calendar|protocole|protocol|plan)\s+(?:de|du|d'|of|for|pour)\s*(?:the\s+|la\s+|le\s+)?"
_OWN_CARE = re.compile(
    rf"\b(?:your|votre|vos|ton|ta|tes)\s+(?:(?!{_FUNCTION_WORDS})[a-z'-]+\s+|{_PLAN_OF})?(?:{_CARE_NOUNS})\b"
)
# ``_OWN_CARE`` without its function-word test, in RE2 (``\s`` spelled out as ``re`` reads it in ASCII text):
# it matches wherever ``_OWN_CARE`` does, and finds the few places to try ``_OWN_CARE`` at in a whole text
# (``re`` tries the alternation at every position: about 80 µs per 4 KB text).
_OWN_CARE_CANDIDATE = re2_patterns.compile(
    rf"\b(?:your|votre|vos|ton|ta|tes)\s+(?:[a-z'-]+\s+|{_PLAN_OF})?(?:{_CARE_NOUNS})\b"
    .replace(r"\s", r"[ \t\n\r\f\v\x1c-\x1f]")
)
# The second person is a clinician's or an employee's.
_NOT_A_PATIENT = re.compile(
    r"\b(?:your|votre|vos|ton|ta|tes)\s+(?:(?:own|new|current|propre|nouvel(?:le)?)\s+)?(?:patients?|patientes?"
    r"|clients?|clientes?|usagers?|usageres?|residents?|residentes?|beneficiaires?|caseload|shifts?|quarts?"
    r"|horaires?|schedules?|units?|unites?|teams?|equipes?|colleagues?|collegues?|employees?|employes?|staff"
    r"|managers?|gestionnaires?|superviseure?s?|supervisors?|payroll|paie|timesheets?|feuilles?\s+de\s+temps"
    r"|department|departement|service|clinique|clinic|practice|pratique|students?|etudiants?|stagiaires?)\b"
    r"|\b(?:employee|employe|employee\s+health|sante\s+au\s+travail|occupational\s+health|sst)\b"
    # ... nor a new employee's first steps, which human resources write ("Bienvenue dans l'équipe! Avant votre
    # première journée, vous devez fournir votre preuve de vaccination")
    r"|\b(?:bienvenue\s+dans\s+l'equipe|welcome\s+to\s+the\s+team|premiere\s+journee|first\s+day\s+of\s+work"
    r"|before\s+your\s+first\s+day|ressources\s+humaines|human\s+resources|embauche|new\s+hire|pre-?employment)\b"
    # ... nor a colleague asked to revise a patient handout, whose "your surgery" is the draft's ("Here is the draft
    # patient leaflet, please proofread before it goes to the printer")
    r"|\b(?:draft|ebauche|brouillon|proofread|proofreading|relecture|printer|imprimeur|imprimerie|mise\s+en\s+page)\b"
)


# French writers say "tu" to a colleague and "vous" to a patient: a text that says "tu" to its addressee
# and "votre"/"vos" of someone's care speaks of a third person (a letter template, a patient's case).
_INFORMAL = re.compile(r"(?:\b|-)(?:tu|toi)\b|\bt'(?=[a-z])|\b(?:peux|pourrais|veux|vas|as|es)-tu\b")
_FORMAL_OWN_CARE = re.compile(
    rf"\b(?:votre|vos)\s+(?:(?!{_FUNCTION_WORDS})[a-z'-]+\s+|{_PLAN_OF})?(?:{_CARE_NOUNS})\b"
)


def _first_own_care(folded: str) -> re.Match[str] | None:
    """``_OWN_CARE.search(folded)``, trying ``_OWN_CARE`` only where its RE2 superset matches."""
    pos = 0
    while (candidate := _OWN_CARE_CANDIDATE.search(folded, pos)) is not None:
        found = _OWN_CARE.match(folded, candidate.start())
        if found is not None:
            return found
        pos = candidate.start() + 1
    return None


# ... or said with a verb of care in the second person ("You were admitted to the surgical unit for a
# cholecystectomy", "vous avez été hospitalisée"): a complaint's conclusions, a discharge letter.
_CARED_FOR_YOU = re.compile(
    r"\b(?:you\s+were|you\s+have\s+been|you've\s+been|vous\s+avez\s+ete|vous\s+etiez)\s+(?:(?:first|then|urgently"
    r"|d'abord|ensuite|d'urgence)\s+)?(?:admitted|hospitali[sz]ed|operated|discharged|diagnosed|treated|transferred"
    r"|admise?|hospitalisee?|operee?|traitee?|diagnostiquee?|transferee?)\b"
)


def _own_care(folded: str) -> bool:
    found = _first_own_care(folded)
    if found is None and _CARED_FOR_YOU.search(folded) is not None:
        return _NOT_A_PATIENT.search(folded) is None
    if found is None or _NOT_A_PATIENT.search(folded) is not None:
        return False
    if _INFORMAL.search(folded) is None:
        return True
    return any(_FORMAL_OWN_CARE.match(folded, m.start()) is None for m in _OWN_CARE.finditer(folded))


def addressee(text: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the greeting's addressee when the text speaks to them of their own care."""
    greeting = _GREETING_LINE.search(text, 0, _GREETING_REACH + 200)
    if greeting is None or greeting.start() > _GREETING_REACH:
        return None
    name = greeting["name"]
    words = name.split()
    if any(fold_window(w) in _STOP for w in words) or fold_window(words[0]) in _NOT_NAMES:
        return None
    if not _own_care(fold_window(text)):
        return None
    return greeting.start("name"), greeting.end("name"), name


# A mail-merge template's fields ("Hello {{first_name}}", "Bonjour «Prénom»", "[PRÉNOM]", "{FirstName}"): its "your
# appointment" speaks to whoever the merge will name, not to the colleague the covering note greets.
_MERGE_FIELD = re.compile(
    r"\{\{[ \t]*\w+[ \t]*\}\}|«[ \t]*\w+[ \t]*»|\[[A-ZÉ_]{3,}\]|<<\w+>>|\$\{\w+\}"
    r"|\{[A-Za-z][A-Za-z_]{2,}\}"  # ... "Dear {FirstName} {LastName}"
)


def greeted(text: str) -> tuple[int, int, str] | None:
    """``addressee``, when a greeting word (``GREETING``) opens some line of the text, and the text is no mail-merge
    template."""
    if _MERGE_FIELD.search(text) is not None:
        return None
    found = addressee(text)
    if found is None or _GREETING_ANYWHERE.search(text.encode("utf-8", "surrogatepass")) is None:
        return None
    return found


def speaks_of_own_care(text: str) -> bool:
    """Second-person wording of one person's care, not addressed to a clinician or an employee."""
    return _own_care(fold_window(text))


# A statement's or a letter's address block: a full name alone on its line, then the civic number and the street
# ("Raymond Donnelly\n3499, rue des Ormes, Lévis"), near the top of the document.
_ADDRESS_BLOCK = re.compile(
    # (a title may open the name's line: "Mr. Raymond Poulin\n1674, chemin de la Grève"; not a physician's)
    r"(?m:^[ \t]*(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur)[ \t]+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+"
    r"(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?){1,2})[ \t]*\r?\n"
    rf"[ \t]*[0-9]{{1,6}}[A-Za-z]?,?[ \t]+(?:(?i:{FR_STREETS}|boul\.?|ch\.?|av\.?)\b|(?:[A-Z][A-Za-z'’-]+[ \t]+){{1,3}}"
    rf"(?:{EN_STREETS})\b))"
)
_ADDRESS_BLOCK_REACH = 400


def address_block(text: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the person a statement or a letter is addressed to (``_ADDRESS_BLOCK``, within the
    first ``_ADDRESS_BLOCK_REACH`` characters): whom an invoice for an uninsured service or a copy of a record is
    sent to, the patient, when the document says what they are treated for."""
    block = _ADDRESS_BLOCK.search(text, 0, _ADDRESS_BLOCK_REACH + 100)
    if block is None or block.start("name") > _ADDRESS_BLOCK_REACH:
        return None
    words = block["name"].split()
    if any(fold_window(w) in _STOP or fold_window(w) in _ORG_WORDS for w in words) or not _is_given(words[0]):
        return None  # "Boréal Dental Clinic\n2150, boul. des Laurentides": a clinic's own address
    return block.start("name"), block.end("name"), block["name"]


# Words a greeting takes that are no one's name ("Hi All", "Bonjour Tout le monde", "Dear Colleagues").
_NOT_NAMES = frozenset(
    " ".join(
        ("all everyone everybody team there folks colleagues colleague friends tous toutes tout equipe collegues",
         "collegue gang madame monsieur sir doctor docteur docteure dr dre patient patiente client cliente")
    ).split()
)
