"""Patient cues and document genre: words of care said of a name (``_patient_cue``, ``_care_cue``),
clinical terms that name a clinic or a topic rather than someone's condition (``_topic_use``), and
business documents (invoices, orders, staff rosters: ``_business_document``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sentinelle.classifiers import re2_patterns
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers._tables import CLINICAL_UNITS

# Cues, matched on folded (lower-case, accent-free) text around a candidate.
_PATIENT_CUE = re.compile(
    r"\b(?:patiente?|usagere?|admise?|admitted|hospitalise[e]?|hospitali[sz]ed|referee?|refere|referral"
    # (a referral, not a ticket's, an order's or a file's reference number: "Ticket reference: INC1869782")
    r"|(?<!ticket )(?<!case )(?<!order )(?<!invoice )(?<!your )(?<!our )(?<!for )(?<!file )(?<!incident )"
    r"(?<!booking )(?<!confirmation )(?<!transaction )reference(?!s?\s*(?::|#|no\b|number|num\b|id\b|range|values?))"
    r"|referred|consulte|consultation(?!s?\s+publiques?)|suivie?s?|follow[- ]?up"
    r"|rendez-vous|rdv|appointment|book|booking|booked|reserver"
    # ... or whom a crew brought in ("Your crew brought in Whitfield, Maxime", "transporté à l'urgence")
    r"|brought\s+in|transported|transportee?|amenee?\s+(?:a|par)"
    # A call taken from someone ("Appel à 9h00 de Mme Josée Bélanger : fuites urinaires", "Call from ... at 9:58")
    r"|appel(?:\s+(?:a|at)\s+\d{1,2}(?:h|:)\d{0,2})?\s+de|call\s+from"
    # (a discharge: not a colleague's leave, "Lucie Gravel est en congé", "congé de maternité")
    r"|transport|(?<!en )conge(?!\s+(?:de\s+)?(?:maternite|paternite|parental|maladie|sans\s+solde|annuel|ferie))"
    r"|discharged?|chambre|lit|room\s+(?:#\s*)?\d|bed|dob|ddn|nee?\s+le|born"
    # A room written short ("M. Nadeau (ch. 617)", "Rm 12"), and the meetings held about one patient's care.
    r"|ch\.?\s?\d{1,4}[a-z]?|rm\.?\s?\d{1,4}[a-z]?|rencontre\s+(?:de\s+)?famille|rencontre\s+familiale|family\s+(?:meeting|mtg)"
    r"|niveau\s+de\s+soins|goals\s+of\s+care"
    # A mother seen with her baby ("J'ai vu F. Benali ce matin avec son bébé de 21 jours", "with her 20-day-old").
    r"|(?:avec|with)\s+(?:son|sa|her)\s+(?:bebe|nouveau-ne|nourrisson|newborn|baby|infant"
    r"|\d{1,2}[- ](?:day|week)[- ]old)"
    # An age, not a duration ("depuis 30 ans", "il y a 100 ans", "pendant 32 ans").
    r"|(?<!depuis )(?<!pendant )(?<!durant )(?<!il y a )(?<!apres )(?<!dans )(?<!plus de )(?<!en )"
    r"\b\d{1,3}\s*ans(?!\s+(?:de|d'))"
    r"|y\.?o\.?|y/o|year[- ]old|years\s+old"
    r"|agee?\s+de|aged|diagnostiquee?|diagnosed|souffre|suffers|traitee?|treated|ordonnance(?!s?\s+collective)|prescription"
    r"|resultats?|results?|labs?|chart|dossier|mrn|nam|allergique|allergic|enceinte|pregnant|decedee?|deceased|urgence"
    r"|emergency|chirurgie|surgery|operee?|sign-?out|tournee|visite\s+a\s+domicile|home\s+care|soins\s+a\s+domicile"
    r"|dialyse|dialysis|rx|dx|atcd|antecedents|presente\s+(?:une?|des)\s|presents\s+with|known\s+for|connue?\s+pour)\b"
)

# ``_PATIENT_CUE`` without its negative lookarounds (which RE2 lacks), ``\s`` spelled out as ``re`` reads it in
# ASCII (folded) text: it matches wherever ``_PATIENT_CUE`` does, and finds the few places to try it at.
_PATIENT_CUE_CANDIDATE = re2_patterns.compile(
    re.sub(r"\(\?<?!(?:[^()]|\([^()]*\))*\)", "", _PATIENT_CUE.pattern).replace(r"\s", r"[ \t\n\r\f\v\x1c-\x1f]")
)


# A word of care that names where someone works ("son nouveau poste au service de dialyse", "the surgery unit"):
# no care said of anyone.
_WORKPLACE_BEFORE = re.compile(
    r"\b(?:service|unite|centre|center|clinique|salle|departement|equipe|bloc|programme)s?\s+(?:de\s+|d'|du\s+)?$"
)
_WORKPLACE_AFTER = re.compile(r"\s+(?:unit|clinic|cent(?:er|re)|department|team|ward|floor|program(?:me)?)s?\b")


# A compensation claim's file, right after its claimant ("la réclamation de X (dossier 801 855502)": the board's
# number, which an employer's disability adviser quotes of an employee, no chart of a clinic's).
_CLAIM_FILE_BEFORE = re.compile(r"\b(?:reclamation|claim)\s+(?:de|d'|of|for|by)?\s*\|\s*\(?\s*$")


def patient_cue(window: str) -> re.Match[str] | None:
    """``_PATIENT_CUE.search(window)`` (``window`` folded), trying ``re`` only where the RE2 superset matches."""
    pos = 0
    while (candidate := _PATIENT_CUE_CANDIDATE.search(window, pos)) is not None:
        found = _PATIENT_CUE.match(window, candidate.start())
        if found is not None and not (
            _WORKPLACE_BEFORE.search(window, max(0, found.start() - 24), found.start())
            or _WORKPLACE_AFTER.match(window, found.end())
            or (found.group() == "dossier" and _CLAIM_FILE_BEFORE.search(window, max(0, found.start() - 40),
                                                                          found.start()))
        ):
            return found
        pos = candidate.start() + 1
    return None


_CUE_BEFORE = 50
_CUE_AFTER = 80


# What invoices, orders, expense claims, employee forms and staff rosters say, and what a patient's form says:
# a text with the first and none of the second is a business document.
_BUSINESS = re.compile(
    r"\b(?:factur(?:e|ation)|invoice|customer|fournisseur|supplier|vendor|bon\s+de\s+(?:commande|livraison)|no\s+de\s+bon"
    r"|purchase\s+order|montant|amount\s+due|sous-total|subtotal|total\s*:|livraison|remboursement|reimbursement"
    r"|kilom[eé]trage|mileage|matricule|employee\s+(?:no|number|id)|num[eé]ro\s+d'employ[eé]|titre\s+d'emploi"
    r"|job\s+title|payroll|paie|tps|tvq|gst|qst|prix\s+unitaire|unit\s+price|quantit[eé]|quantity"
    r"|conditions\s+de\s+paiement|payment\s+terms|net\s+30"
    # An employer's side of an employee's injury claim ("Costs will be charged to your cost centre", "Conseiller en
    # gestion de l'invalidité"): the named person is the manager's employee.
    r"|centre\s+d'activit[eé]s|cost\s+cent(?:re|er)|gestion\s+de\s+l'invalidit[eé]|disability\s+management"
    # Staff rosters and schedules ("Nom;Prénom;Unité;Quart", "Employee, Shift").
    r"|quarts?\s+de\s+(?:travail|jour|soir|nuit)|employ[eé]e?s?|employees?)\b|\b(?:quart|shifts?|fonction)\s*:"
)
# An employee's group insurance changed, whose table lists the dependants with their birth dates ("Your group benefits
# change (new dependant after a birth)", "ajout d'une personne à charge"); not a patient who lost their insurance.
_BENEFITS = re.compile(
    r"\b(?:new\s+dependants?|nouvelle?\s+personne\s+[àa]\s+charge|(?:ajout|addition)\s+(?:d'une|of\s+a)\s+"
    r"(?:personne\s+[àa]\s+charge|dependant)|family\s+coverage|couverture\s+familiale|group\s+benefits\s+change"
    r"|changement\s+de\s+protection)\b"
)
_PATIENT_FORM = re.compile(
    r"\b(?:patiente?s?|usag[eè]re?s?|b[eé]n[eé]ficiaire|ddn|dob|date\s+de\s+naissance|date\s+of\s+birth|birth\s*date"
    r"|nam|ramq|assurance\s+maladie|health\s+card|dossier\s+(?:m[eé]dical|no|n|#)|chart|mrn|diagnostic|diagnosis|dx"
    r"|hospitalis[eé]e?|hospitali[sz]ed|admise?|admitted|allergi\w*|rendez-vous|appointment|r[eé]sultats?|results?"
    r"|consultation|referral|r[eé]f[eé]rence|claimant|r[eé]clamante?|travailleu(?:r|se)|assur[eé]e?|insured"
    r"|sympt[oô]mes?|symptoms?|douleur|pain"
    # A pharmacy's bill for what it dispensed to someone.
    r"|posologie|ordonnance\s+(?:no|n°|#)|no\s+d'ordonnance|rx\s*(?:no|#|:)|renouvellement|quantit[eé]\s+servie"
    r"|dispensed|refills?|ulc[eè]res?|plaies?"
    # A value measured on a person, in the units a laboratory or a screening test gives ("Anti-HBs (IU/L)",
    # "Blood lead (µmol/L)", "Seuil 4 kHz"): an occupational physician's results for an employer's workers.
    rf"|{CLINICAL_UNITS}|khz|anti-hbs)(?![\w-])"
)


_TOPIC_BEFORE = re.compile(
    # (not a dose's units: "19 units of Toujeo", "33 unités de Basaglar")
    r"\b(?:cliniques?|clinics?|(?<![0-9]\s)unites?|(?<![0-9]\s)units?|programmes?|programs?|services?|departements?"
    r"|departments?|equipes?"
    r"|teams?|comites?|committees?|formations?|trainings?|protocoles?|protocols?|ordonnances?\s+collectives?|guides?"
    r"|centres?|centers?|templates?|gabarits?|mod[eè]les?|worklists?|listes?\s+de\s+travail"
    r"|ateliers?|workshops?|conferences?|webinaires?|webinars?|colloques?|congres|revues?\s+des\s+cas|semaines?"
    r"|weeks?|mois|months?|journees?|campagnes?|campaigns?|registres?|registry"
    # (not a blood group: "groupe O-, Hb 72")
    r"|groupes?\b(?!\s+(?:sanguins?\s+)?(?:ab|a|b|o)\s*[+-])|groups?\b(?!\s+(?:ab|a|b|o)\s*[+-])|sections?|capsules?"
    r"|cours|courses?|enseignement|teaching|education|sensibilisation|awareness|prevention|depistage|screening"
    r"|recherche|research|etudes?|study|studies|projets?|projects?|fondations?|foundations?|associations?|societes?"
    r"|society|instituts?|institutes?|lignes\s+directrices|guidelines?|politiques?|polic(?:y|ies)|procedures?"
    r"|pavillons?|salles?|etages?|floors?|wards?"
    # Talks and publications about the term ("ta présentation sur l'insuffisance cardiaque", "her talk on COPD").
    r"|presentations?|exposes?|talks?|lectures?|seminaires?|seminars?|articles?|posters?|affiches?|abstracts?"
    r"|podcasts?|balados?|videos?"
    # Documents and lists whose subject matter the term is ("liste des médicaments en pénurie :", "audit of
    # insulin storage", "Points discutés : cancer du sein").
    r"|listes?|lists?|audits?|surveys?|sondages?|enquetes?|rapports?|reports?|sujets?|topics?|themes?"
    r"|points?\s+discutes|discussions?|penuries?|shortages?|ruptures?|inventaires?|inventory|formulaires?|formulary"
    r"|couverture|coverage|entreposage|storage|bulletins?|newsletters?|infolettres?"
    r"|certifications?|certifiee?s?|trained|competences?"
    # A course of study named by its subject ("Certificat plaies", "certificate in wound care", "DESS en soins
    # palliatifs"): a student's programme, not a condition.
    r"|certificats?|certificates?|diplomes?|diplomas?|dess|microprogrammes?|attestations?"
    # A group of people the term describes ("chez les patients diabétiques", "diabetic patients" reads the other
    # way), and a vaccine or its supply named by the disease it prevents ("vaccins contre l'influenza").
    r"|patients|personnes|usagers|residents|clienteles?|populations?|people|adultes|adults|enfants|children"
    r"|vaccins?|vaccines?|vaccinations?|immuni[sz]ations?|approvisionnement|supply|supplies)"
    r"(?:\s+(?:de|du|des|d'|sur|en|pour|contre|of|on|for|about|in|la|le|les|l'|the|soins|care|medicaments?|drugs?"
    r"|medications?|molecules?|produits?|products?|penurie|shortage)|\s*[:(]){0,4}"
    # ... and the next items of the list it heads ("amoxicilline, salbutamol, ...").
    # (each item's article may follow the conjunction: "clinique des premiers épisodes psychotiques et du ...")
    r"(?:\s*[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,2}\s*(?:[,;]|\s(?:et|and|ou|or)\b)(?:\s+(?:du|de|des|la|le|les|the))?)*"
    r"\s*'?\s*$"
)
_TOPIC_AFTER = re.compile(
    # (one modifier may stand between: "heart failure clinic"; not a preposition: "AWOL from unit" is an event; nor
    # a time's: "since starting the sertraline last week" is someone's treatment, "Diabetes Week" a campaign)
    r"\s*(?:(?!(?:from|into|onto|with|pour|dans|vers|avec|sur|last|next|this|past|per|each|every|few|several"
    r"|derniere?|prochaine?|cette|chaque|par)\s)[a-z-]{3,}\s+)?(?:clinics?|cliniques?|units?|programs?|programmes?|services?|teams?|committees?|trainings?|protocols?"
    r"|rehab(?:ilitation)?|groups?|registry|registries|awareness|weeks?|months?|days?|educators?|nurses?"
    r"|pharmacists?|specialists?|research|stud(?:y|ies)|projects?|foundations?|societ(?:y|ies)|associations?"
    r"|guidelines?|order\s+sets?|education|teaching|screening|prevention|campaigns?|navigators?|cent(?:er|re)s?"
    # ... and a programme's practice ("infection control in the play area", "infection control practices"), not the
    # control of one person's disease ("his diabetes control is poor")
    r"|control\s+(?:in|at|on|practices?|measures?|teams?|programs?|programmes?|audits?|nurses?|officers?|committees?"
    r"|rounds?|policy|policies)"
    r"|wards?|floors?|support\s+groups?"
    # A staff member's qualification ("RPN | chemo certified", "certifiée chimio"), not a condition, and what a
    # training record says of it ("Chemo safe handling ✔", "PICC care: renewal due", "module chimio à compléter").
    r"|certifi(?:ed|ee?s?|cation)|trained|qualified|competen(?:t|cy|ce)|safe\s+handling|manipulation\s+securitaire"
    r"|renewal|recertification|refresher|e-learning|modules?)\b"
    # A drug spoken of as a product: formulary, shortage, stock, supplier, price ("l'apixaban sera ajouté au
    # formulaire", "la warfarine reste disponible", "metformin is on backorder").
    r"|[^.\n]{0,40}?\b(?:formulaire|formulary|penurie|shortage|backorder|rupture\s+de\s+stock|en\s+stock|in\s+stock"
    r"|(?:reste|restent|sera|seront|remains?|will\s+be|is\s+now)\s+(?:disponibles?|available)|inventaire|inventory"
    r"|fournisseurs?|suppliers?|grossiste|wholesaler|rappel\s+de\s+lot|(?<!delayed\s)(?<!immediate\s)recall|lot\s*(?:no\.?|n[o°]|#|:)?\s*[a-z]{0,3}-?\d+|prix|price|couts?|costs?)\b"
)


# ... unless it is someone's own visit to that clinic ("Mon rendez-vous à la clinique d'épilepsie est le 14", "her
# follow-up at the heart failure clinic"), or someone followed by that team ("Yvon, 73 ans, suivi par notre équipe
# pour MPOC"): the clinic or the team says what they are followed for.
_OWN_VISIT_BEFORE = re.compile(
    r"\b(?:(?:mon|ma|son|sa|votre|leur|my|his|her|your|their)\s+(?:prochain\s+|next\s+)?(?:rendez-vous|rdv|appointment"
    r"|appt|suivi|follow-up|visite|visit|consultation)\b[^.\n]{0,40}"
    r"|(?:suivie?|followed)\s+(?:par|by)\s+(?:notre|votre|leur|l'|la|le|our|your|their|the)\s*[^.\n]{0,30})$"
)


# A file name says which document it is ("Report_myasthenie_Caron_Liam.pdf", "Marchand, Isabelle - dépistage
# hépatite C.pdf"): its document's word before the term is the person's report or screening, not a topic's.
_DOCUMENT_WORD_BEFORE = re.compile(r"\b(?:rapports?|reports?|depistage|screening)\s*$")


# A counted group the term describes, in the same run of lower-case words ("welcomes more than 400 people a year after a
# heart attack", "1 200 usagers par année atteints de MPOC"): an aggregate, no one's condition. (A capital or a colon
# between stops it: "3 patients : Mme Roy, diabète", "2 patients dont M. Roy, MPOC".)
_COUNTED_GROUP_BEFORE = re.compile(
    r"\b[0-9][0-9 \u00a0,.]*[ \t\u00a0]+(?:people|persons|patients|patientes|personnes|usagers|usagères|clients"
    r"|clientes|residents|résidents|résidentes|cases|cas|adults|adultes|children|enfants|women|femmes|men|hommes)\b"
    r"(?:,?[ \t]+[a-zà-öø-ÿ'’-]+){0,12}[ \t]+$"
)


def _topic_use(text: str, start: int, end: int, file_name: bool = False) -> bool:
    """The clinical term at ``start:end`` names a clinic, unit, programme or topic, not someone's condition.
    ``file_name``: ``text`` is an attachment's file name, where a document's word before the term is no topic's."""
    if _COUNTED_GROUP_BEFORE.search(text, max(0, start - 100), start) is not None:
        return True
    before = fold_window(text[max(0, start - 80) : start])
    topic_before = _TOPIC_BEFORE.search(before) is not None and not (
        file_name and _DOCUMENT_WORD_BEFORE.search(before) is not None)
    if not topic_before and _TOPIC_AFTER.match(fold_window(text[end : end + 30])) is None:
        return False
    return _OWN_VISIT_BEFORE.search(before) is None


_TITLE_BEFORE = re.compile(r"\b(?:M\.|Mme|MME|Mlle|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur)[ \t\u00a0]*$")


# A week's table: three rows or more led by a weekday ("Monday | Room B3 ...", "Lundi<TAB>...", "lundi 04/08/2025 |
# Megan Okafor | ...": its date may follow) is a schedule of the people who work it (an OR block allocation, an
# on-call roster), not a list of patients.
_WEEKLY_TABLE = re.compile(
    r"(?m:^[ \t|]*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)(?:[ \t]+[0-9]{1,4}[/.-][0-9]{1,2}(?:[/.-][0-9]{2,4})?)?[ \t]*(?:[|\t;]|:[ \t])[^\n]*\n){3}"
)


WEEKLY_TABLE = "weekly table"
BUSINESS = "business document"
BENEFITS = "group insurance"


def _business_document(text: str) -> str | None:
    """``WEEKLY_TABLE`` or ``BUSINESS`` when the segment is one (a week's schedule says more: the clinical words
    beside its names are the staff's work, not anyone's condition), ``None`` when not or when a patient form."""
    lower = text.lower()  # the patterns take accents as written: no folding pass over a long segment
    if _BENEFITS.search(lower) is not None:
        return BENEFITS  # (its dependants' birth dates make no patient form)
    if _PATIENT_FORM.search(lower) is not None:
        return None
    if _WEEKLY_TABLE.search(lower) is not None:
        return WEEKLY_TABLE
    return BUSINESS if _BUSINESS.search(lower) is not None else None


_FIELD_FOLLOW_REACH = 160  # "Re: Charlotte Thériault\nFile: right wrist fracture": the invoice's next field or two
_FIELD_FOLLOW_LINES = 2


# The field a business document names whom it is about in ("Re: ", "Concernant : ", "Patient: ").
_REGARDING_FIELD = re.compile(
    r"[ \t]*(?i:re|concernant|regarding|au[ \t]+sujet[ \t]+de|objet|patiente?|pour|for)[ \t]*:[ \t]*$"
)


# ... and the fields that name a business's counterpart, whose address or order follows ("Client : Aéro-Secours").
_COUNTERPART_FIELD = re.compile(
    r"(?i:client|cliente|customer|fournisseur|supplier|vendor|factur[ée]\s+[àa]|bill\s+to|sold\s+to)[ \t]*:[ \t]*$"
)
_SAID_RIGHT_AFTER = 40  # "Maëlle Jolicoeur est en situation d'itinérance", "john fournier / fracture du poignet"


# A list of employees announced as such ("Les employés suivants n'ont pu être ajustés ... :", "The following staff").
_EMPLOYEE_LIST = re.compile(
    r"(?i:(?:les|ces|des)\s+employ[ée]e?s\s+suivant(?:e)?s|the\s+following\s+(?:employees|staff(?:\s+members)?)"
    r"|membres\s+du\s+personnel\s+suivants)"
)


def _evidence_follows(text: str, start: int, end: int, evidence: Sequence[tuple[int, int]]) -> bool:
    """What a business document says the named person (``start:end``) is treated for: clinical evidence said of
    someone that opens one of the next two lines of a "Re:" or "Concernant :" field, within ``_FIELD_FOLLOW_REACH``
    characters ("Re: Charlotte Thériault\nFile: right wrist fracture", a third party's invoice for a medical
    report), or that follows the name on its line within ``_SAID_RIGHT_AFTER`` characters ("Maëlle Jolicoeur est
    en situation d'itinérance", a note to billing), unless the name fills a client's or a supplier's field. Not in
    a weekly table: a surgeon beside the procedure of an operating-room block is staff (the caller's test)."""
    line_start = text.rfind("\n", 0, start) + 1
    regarding = _REGARDING_FIELD.fullmatch(text, line_start, start) is not None
    counterpart = _COUNTERPART_FIELD.search(text, max(line_start, start - 30), start) is not None
    if _EMPLOYEE_LIST.search(text, 0, start) is not None:
        return False  # "Les employés suivants ... :" / "- Alexandre Ferland (4B) — cicatrice faciale": staff's items
    for found, _ in evidence:
        if not end <= found <= end + _FIELD_FOLLOW_REACH:
            continue
        lines = text.count("\n", end, found)
        if (regarding and 1 <= lines <= _FIELD_FOLLOW_LINES) or (
            not counterpart and lines == 0 and found - end <= _SAID_RIGHT_AFTER
        ):
            return True
    return False


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
    return patient_cue(window) is not None


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


# Someone spoken of in the third person, or what they did ("elle dit qu'elle prend", "il a chuté", "a appelé",
# "she reports", "his INR"): not the impersonal "il faut", "il y a", "il est possible".
_THIRD_PERSON = re.compile(
    r"\b(?:elle|lui|son|sa|ses|she|he|him|her|his)\b"
    r"|\bil\b(?![ \t]+(?:faut|faudra|faudrait|y[ \t]+a|s'agit|reste|semble|para[iî]t|serait"
    r"|est[ \t]+(?:possible|important|n[ée]cessaire|pr[ée]vu|recommand)))"
    r"|(?:^|[.!?\n][ \t]*)(?:a|has)[ \t]+(?:appel[ée]|rappel[ée]|t[ée]l[ée]phon[ée]|called|phoned)\b"
    # ... or a note's sentence whose subject goes without saying ("Reports fatigue and hair loss.", "Se plaint de
    # nausées", "Denies chest pain")
    r"|(?:^|[.!?\n][ \t]*)(?:reports|complains|denies|rapporte|se[ \t]+plaint|nie|d[ée]crit|describes)\b",
    re.IGNORECASE,
)
_THIRD_PERSON_REACH = 200


def speaks_of_someone(text: str, start: int, end: int) -> bool:
    """The text around the evidence at ``start:end`` speaks of one person in the third person."""
    return _THIRD_PERSON.search(text[max(0, start - _THIRD_PERSON_REACH) : end + _THIRD_PERSON_REACH]) is not None
