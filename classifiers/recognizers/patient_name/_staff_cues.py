"""Staff cues said around one name: a career event, a memorial, a correspondent, a role predicate or activity,
an absence or a leave, a credential, a named place, a programme or agenda line or a list under a staff heading
(``_programmes``), a pager, a shift roster's line, a caseload handed over (``_staff_cue``). Split from ``_staff``
(who is staff by address and by line-level wording); the rows of staff schedules are ``_schedules``'."""

from __future__ import annotations

import re

from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._cues import _care_cue, _patient_cue, patient_cue
from sentinelle.classifiers.recognizers.patient_name._employees import (
    INJURED_AT_WORK_AFTER,
    RETURN_TO_WORK_AFTER,
    replaced_starts,
)
from sentinelle.classifiers.recognizers.patient_name._fields import resident_cared_for
from sentinelle.classifiers.recognizers.patient_name._own_care import _CORRESPONDENT_AFTER, _WRITES_OF_OWN_CARE
from sentinelle.classifiers.recognizers.patient_name._programmes import (
    agenda_speaker,
    listed_under_staff_heading,
    programme_line,
)
from sentinelle.classifiers.recognizers.patient_name._staff import (
    _ADDRESSES_PATIENT,
    _ATTENDANCE_LINE,
    _GREETS,
    _PRAISE_LINE,
    _STAFF_AFTER,
    _STAFF_BEFORE,
)

# A career event told about the name, in the same sentence ("M. Serge Bouchard, qui prend sa retraite").
_CAREER_AFTER = re.compile(
    r"[^.\n]{0,40}\b(?:prend\s+sa\s+retraite|retraite|retirement|retires?|retiring|nommee?|appointed|au\s+poste"
    r"|to\s+the\s+position|succede|succeeds|se\s+joint|joins|joined\s+(?:the|our)|embauchee?|hired|elue?|elected"
    r"|reelue?|re-elected"
    # Years of service ("Chantal Paquette et ses 20 ans au Réseau !", "Nadia Benali's birthday and 20 years with the
    # Network"): a patient's age is never said "au Réseau", "de service" or "with the team".
    r"|(?:(?:ses|leurs|her|his|their)\s+)?\d{1,2}(?:e|th)?\s+(?:ans|annees|years?)\s+(?:de\s+(?:service|carriere)"
    r"|au\s+(?:reseau|cisss|ciusss|chu|sein)|parmi\s+nous|avec\s+nous|of\s+service|with\s+us"
    r"|with\s+(?:the|our)\s+(?:network|team|hospital|organi[sz]ation|department))"
    r"|a\s+commence\s+sa\s+carriere|a\s+fait\s+ses\s+debuts|(?:started|began)\s+(?:her|his|their)\s+career"
    # ... or back at work ("Mélanie Drouin back full time in May", "de retour à temps plein", "retour progressif")
    r"|back\s+(?:full[- ]time|part[- ]time|to\s+work|at\s+work|from\s+(?:leave|maternity|parental|sick))"
    r"|de\s+retour\s+(?:a\s+temps\s+(?:plein|partiel)|au\s+travail|de\s+conge)|retour\s+(?:au\s+travail|progressif))\b"
)


# A colleague's death announced to the staff: a death near the name, and the work they did near it ("Robert
# Chen passed away ... Robert worked in our lab for 25 years", "le décès de Lucie Gagnon ... a travaillé 30 ans
# à l'urgence"). A patient's death note says a room, a time, the family told; never years of service.
_DEATH = re.compile(
    r"\b(?:deces|decedee?|nous\s+a\s+quittee?s?|s'est\s+eteinte?|emportee?\s+par|in\s+memoriam|passed\s+away"
    r"|died|death\s+of|obituary|necrologie)\b"
)
_CAREER_YEARS = re.compile(
    r"\b(?:a\s+travaille|avait\s+travaille|worked|ans\s+de\s+service|ans\s+de\s+carriere|years\s+of\s+service"
    # (not a greeting's colleagues: "Dear colleagues, Mr. Roy died at home overnight" is a patient's death)
    r"|carriere|career|(?<!dear\s)(?<!chers\s)(?<!cheres\s)(?<!bonjour\s)(?<!hello\s)(?<!hi\s)(?<!all\s)"
    r"(?:collegues?|colleagues?)|coworkers?|co-workers?|notre\s+equipe|our\s+team|membre\s+du\s+personnel"
    r"|staff\s+member|employee?s?\s+(?:de|du|of)|retraitee?|retired)\b"
)
_MEMORIAL_REACH = 400
# Words of mourning that no care record uses of a patient.
_MOURNING = re.compile(
    r"\b(?:in\s+memoriam|celebration\s+of\s+(?:his\s+|her\s+)?life|funerailles|funeral|obseques|condoleances"
    r"|condolences|obituary|necrologie|livre\s+de\s+condoleances|book\s+of\s+condolences)\b"
)


# A memorial announced to the staff; a family's funeral is a bereaved family's care too ("would like a call about
# the funeral mass and our bereavement group").
_MEMORIAL_EVENT = re.compile(
    r"\b(?:in\s+memoriam|celebration\s+of\s+(?:his\s+|her\s+|their\s+)?life|livre\s+de\s+condoleances"
    r"|book\s+of\s+condolences|obituary|necrologie|minute\s+de\s+silence|moment\s+of\s+silence)\b"
)


# A tribute right before the name ("un don en mémoire de Jean Tremblay", "in honour of Linh Nguyen"): a
# foundation's or a family's public words, not a care record.
_TRIBUTE_BEFORE = re.compile(
    r"\b(?:en\s+memoire\s+de|a\s+la\s+memoire\s+de|en\s+hommage\s+a|in\s+(?:loving\s+)?memory\s+of"
    r"|in\s+hono(?:u)?r\s+of|in\s+tribute\s+to)\s+(?:(?:feue?|late|the\s+late|m\.|mme|mr\.?|mrs\.?|ms\.?)\s+)?$"
)


# Someone's relative mourned ("can't make RT on Nov 03 (brother's funeral)", "les funérailles de sa mère"): the
# named person is alive and may well be a patient.
_RELATIVES_MOURNING = re.compile(
    r"\b(?:brother|sister|mother|father|mom|dad|son|daughter|husband|wife|partner|uncle|aunt|grandmother"
    r"|grandfather|cousin|friend)['’]?s\s+(?:funeral|obituary)|\b(?:funerailles|obseques)\s+(?:de|d')\s*(?:son|sa|ses)\b"
)


def _memorial(text: str, start: int, end: int) -> bool:
    """The name is a colleague's whose death the text announces to the staff, or the one a tribute honours."""
    if _TRIBUTE_BEFORE.search(fold_window(text[max(0, start - 60) : start])):
        return True
    around = fold_window(text[max(0, start - 60) : end + 60])
    if _MOURNING.search(around) and not _RELATIVES_MOURNING.search(around):
        return True  # "In memoriam - Tom Novak", "celebration of life", "avis de funérailles": mourning, not care
    around = fold_window(text[max(0, start - _MEMORIAL_REACH) : end + _MEMORIAL_REACH])
    if _DEATH.search(around) is None:
        return False
    # (a death, and a memorial announced further on: "passed away [...] A celebration of life will be held")
    return _CAREER_YEARS.search(around) is not None or _MEMORIAL_EVENT.search(around) is not None


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
# Dion anime le groupe de soutien", "Mme Josiane Fréchette donnera une capsule sur"): a speaker or an organiser.
# Never "a présenté" (a patient presented with).
_ACTIVITY_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?"
    r"(?:(?:sits|will\s+sit|siege|siegera)\s+(?:on\s+the|au|sur\s+le)\s+(?:panel|committee|board|comite|jury)"
    r"|fait\s+partie\s+du\s+(?:jury|comite)"
    r"|(?:parlera|discutera|abordera|presentera|enseignera|will\s+(?:speak|talk|present|teach|lecture))"
    r"\s+(?:de|d'|du|des|about|on|sur)"
    # ... or reads the staff's skin tests ("Linda Archambault fera la lecture jeudi", "will read the TSTs")
    r"|(?:fera|feront)\s+(?:la|les)\s+lectures?\b|will\s+read\s+(?:the\s+)?(?:tsts?|tests?|results?)\b"
    r"|(?:presentera|animera|expliquera|donnera|offrira|will\s+give|will\s+deliver|anime|dirige|coordonne|organise|a\s+(?:presente|anime|donne|offert|dirige"
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
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:sera\s+(?:absente?|absent\(e\)|en\s+(?:conge|vacances|formation|teletravail"
    r"|retour\s+progressif))|will\s+be\s+working\s+(?:from\s+home|remotely)|(?:returns|is\s+back)\s+(?:to|at)\s+work"
    r"|will\s+be\s+(?:away"
    r"|off|on\s+(?:leave|vacation|holidays?))|is\s+(?:away|off|on\s+(?:leave|vacation))"
    # A notice's title: the name, then the word, and nothing else on the line ("Mélanie Labbé absence").
    r"|[-–:]?[ \t]*(?:absence|absente?|en\s+conge|off\s+sick|on\s+leave)[ \t]*(?=\n|$)"
    # ... or said of one or two colleagues now ("Lucie Bélanger et Marc Gagnon sont absents cette semaine")
    r"|(?:\s+(?:et|and)\s+[^\s,.;]+(?:\s+[^\s,.;]+)?)?\s+(?:est|sont|is|are)\s+(?:absente?s?|away|off\s+sick"
    r"|out\s+sick|en\s+conge(?:\s+de)?\s+maladie|on\s+sick\s+leave|en\s+arret(?:\s+de\s+travail)?))\b"
)
# The label of a field naming the recipient, and what an implant's or an organ's recipient has received, in the
# lines after the name ("Recipient: HARRINGTON, Samuel" / "Implant: left CI, implanted 2021", "Receveur : X, greffe
# rénale"): the person cared for, where an attendance list's "Recipients:" names an award's.
_RECIPIENT_LABEL = re.compile(r"\b(?:recipient|receveu(?:r|se))[ \t]*:[ \t]*$")
_GRAFT = re.compile(r"\b(?:implant|implante|implanted|cochlear|cochleaire|transplant\w*|greff\w*|graft\w*|donor"
                    r"|donneu(?:r|se)|allograft|allogreffe)\b")
_GRAFT_REACH = 200
# A form's next few fields, one of them why the person is served ("Reason:", "Motif :", "Diagnosis:").
_CARE_FIELD_BELOW = re.compile(
    r"[^\n]*\n(?:[ \t]*[a-z][a-z '-]{0,20}:[^\n]*\n){0,4}[ \t]*(?:reason|motif|raison|diagnos(?:is|tic)|dx|condition"
    r"|reason\s+for\s+(?:referral|visit|pickup|delivery))[ \t]*:"
)
# Sick, then away from work: "Ryan Coutts est malade (grippe) et sera absent jusqu'à lundi", "is sick and will be off".
_SICK_AND_AWAY_AFTER = re.compile(
    r"[ \t]*(?:est|is)\s+(?:malade|sick|ill)\s*(?:\([^()\n]{0,40}\)\s*)?,?\s*(?:et|and)\s+"
    r"(?:sera\s+(?:absente?|absent\(e\))|will\s+be\s+(?:off|away|out|absent))\b"
)
# A request to cover a shift, right before the name's sentence ("Quelqu'un peut-il couvrir l'IRM samedi 8 h-16 h ?",
# "Can anyone cover Saturday's MRI?"): whoever is then said away is the colleague to replace.
_COVER_REQUEST_BEFORE = re.compile(
    r"\b(?:couvrir|remplacer|cover|swap|echanger)\b[^.?!\n]{0,80}\?[ \t]*(?:\r?\n[ \t>]*)?$"
)
# Covering for someone, a colleague's act whatever care words stand around ("Pendant le congé de Roy, c'est Martine
# Lebel qui couvre la clinique", "Mme Roy remplace", "Dr. Li will cover"): patients hold no clinic or shift to cover.
_COVERS_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:(?:qui|who)\s+)?(?:(?:la|le|l'|les|me|te|nous|vous)\s*)?"
    r"(?:will\s+(?:replace|cover)|covers|couvre|couvrira|(?:is|are|will\s+be)\s+covering|filling\s+in"
    r"|remplace(?:ra)?|replaces|assurera\s+(?:l'interim|la\s+garde|la\s+couverture|les?\s+remplacements?)"
    r"|will\s+provide\s+(?:coverage|cover))\b"
    # ... or takes over an absent colleague's patients ("assurera le suivi de sa clientèle", "will follow her
    # patients", "prendra en charge ses patients")
    r"|[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:(?:assurera|assure|prendra|prend)\s+(?:le\s+suivi|la\s+prise\s+en\s+charge"
    r"|en\s+charge|la\s+releve)\s+(?:de\s+|d')?|will\s+(?:follow|see|take\s+over|look\s+after|cover)\s+)"
    r"(?:sa|son|ses|leur|leurs|his|her|their)\s+(?:clientele|patientele|patients|patientes|usagers|dossiers|caseload"
    r"|clients)\b"
)

# A kind of leave said of a named person: HR mail ("is on sick leave", "sera en congé de paternité"), where
# "congé" is no discharge; unless the sentence gives a cause ("pour une dépression", "since his NSTEMI"): a
# patient's sick note.
_LEAVE_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:(?:is|will\s+be|has\s+been|goes|went)\s+on\s+(?:sick|medical|maternity"
    r"|parental|paternity|bereavement|disability|extended|unpaid|stress)\s+leave|(?:est|sera|sont|part|partira)\s+en"
    r"\s+conge\s+(?:de\s+maladie|de\s+maternite|parental|de\s+paternite|sans\s+solde|differe|de\s+deuil"
    r"|d'invalidite)|(?:est|sera|sont)\s+en\s+arret\s+(?:de\s+travail|maladie))\b"
)
_LEAVE_CAUSE = re.compile(
    r"\b(?:pour\s+(?:une?|des|sa|son|ses)|for\s+(?:a|an|his|her|their)|since\s+(?:his|her|their)"
    r"|depuis\s+(?:son|sa|ses)|suite\s+a|following|after\s+(?:his|her|their))\b"
)

# PT, OT, RT (physio-, occupational and respiratory therapists) after a name, read as written: a note's
# lower-case "pt" is the patient ("Ginette Morin, pt connue MPOC").
_CREDENTIAL_UPPER = re.compile(r"[ \t]*[,(/|–—-][ \t]*(?:PT|OT|RT|SW|PT\(C\)|OT\(C\)|RRT|CCC-SLP)\b")

# Not a person at all: a room, a building, a street, an institution or an award named for one ("Salle
# Jean-Drapeau", "pavillon Marcel-Roy", "École Joseph-Charbonneau", "the Anne Kerr Memorial Lecture").
_PLACE_WORDS = frozenset((
    "salle", "salon", "pavillon", "amphitheatre", "amphi", "auditorium", "aile", "hopital", "hospital", "centre",
    "center", "ecole", "school", "college", "cegep", "universite", "university", "institut", "institute", "fondation",
    "foundation", "chaire", "prix", "award", "bourse", "fonds", "rue", "avenue", "boulevard", "boul", "chemin", "parc",
    "park", "station", "metro", "chsld", "clsc", "gmf", "campus", "edifice", "immeuble", "building",
))
# (right after the name: a spaced dash parts a Subject's fields, "ROCHON STÉPHANE — lecture prélim" is a reading)
_PLACE_AFTER = re.compile(
    r"(?:[ \t]+|-)(?:hall|room(?![ \t]*[0-9])|building|wing|pavilion|centre|center|hospital|institute|foundation|award"
    r"|prize|lecture|memorial|auditorium|street|avenue|boulevard|park|school|chair|fund|scholarship)\b"
)
_WORD_BEFORE = re.compile(r"([a-z]+)\.?[ \t]+$")


def _named_place(text: str, start: int, end: int) -> bool:
    """The name is part of a place's, an institution's or an award's name."""
    first = fold(re.split(r"[\s\-]", text[start:end], maxsplit=1)[0])
    if first in _PLACE_WORDS:
        return True
    before = _WORD_BEFORE.search(fold_window(text[max(0, start - 20) : start]))
    if before is not None and before.group(1) in _PLACE_WORDS:
        return True
    return _PLACE_AFTER.match(fold_window(text[end : end + 20])) is not None


_PAGER = re.compile(r"\b(?:pagette|pager|paget|bip|teleavertisseur)\s*(?:#|no\.?|:)?\s*\d{3,6}\b")


_SHIFT_AFTER = re.compile(
    r"\.?[ \t]*[-–—|:,\t][ \t]*(?:jour|soir|nuit|garde|cong[ée]|vacances|formation|day|days|evening|evenings|night"
    r"|nights|off|on[- ]call|AM|PM|\d{1,2}[h:]\d{0,2}\s*-\s*\d{1,2}[h:]?\d{0,2})[ \t]*(?:[-–—|,\t]|$)",
    re.IGNORECASE,
)
_SYMPATHY_AFTER = re.compile(r"[ \t]*(?:(?:and|et)\s+(?:his|her|their|sa|son|leur)\s+famille?\s+)?"
                             r"(?:in\s+(?:your|our)\s+(?:thoughts|prayers)|dans\s+(?:vos|nos)\s+(?:pensees|prieres))")
# An author cited ("Kwame Wright (2019) showed", "Nguyen et al.", "(Roy, 2021)"): a publication, not a patient.
_CITATION_AFTER = re.compile(
    r"[ \t]*(?:et[ \t]+al\b|,[ \t]*(?:19|20)[0-9]{2}[a-z]?[);\]]"
    # "(2019)" is a birth year as often ("Mme Léa Rousseau (2006) qui sera suivie"): a citation only when what
    # the author found follows
    r"|\((?:19|20)[0-9]{2}[a-z]?\)[ \t,]+(?:showed|shows|found|finds|reported|reports|demonstrated|suggests?"
    r"|concluded|described|a[ \t]+montr[ée]|ont[ \t]+montr[ée]|montre|rapporte|conclut|d[ée]crit))"
)


def _rest_of_line(text: str, end: int) -> str:
    """The name's line after it (80 characters at most): where a roster puts the person's pager."""
    line_end = text.find("\n", end, end + 80)
    return text[end : end + 80 if line_end == -1 else line_end]


_RESIDENT_ROLE = re.compile(r"residente?\b|resident\b")
_ALONE_BEFORE = re.compile(r"[ \t>]*(?:(?:M\.|Mme|MME|Mlle|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur)[ \t\u00a0]*)?")
_ROLE_ON_NEXT_LINE = re.compile(r"[ \t,]*\r?\n(?![^\n:]{0,40}:)")
# How long someone is away: an employee's leave ("sera absent(e) environ 4 semaine(s)", "will be off for 6 weeks").
_LEAVE_LENGTH = re.compile(r"\b\d{1,2}\s+(?:semaines?|semaine\(s\)|weeks?|mois|months?)\b")
_RETIRED = re.compile(r"[a-z-]*[ \t]+(?:retraitee?|retired|a[ \t]+la[ \t]+retraite)\b")
# An English job title, its role word last ("Outpatient services manager", "Clinical nurse specialist"): a short line
# of words only, over which the name signs (the window is folded, and cut 60 characters after the name). A title
# holds no article, preposition or pronoun: "sent home with the nurse" under a name is what happened to a patient.
_ROLE_ENDS_LINE = re.compile(
    r"[ \t]*(?![^\n]*\b(?:a|an|the|to|with|by|for|from|at|in|on|into|his|her|their|our|my|your|was|is|will|has"
    r"|had|saw|seen|sees|called|sent|seeing|needs?)\b)"
    r"[a-z][a-z' -]{2,40}?[ \t](?:manager|director|coordinator|supervisor|specialist|navigator|officer"
    r"|administrator|secretary|receptionist|clerk|analyst|advisor|educator|technician|technologist|pharmacist"
    r"|physician|surgeon|nurse|therapist|dietitian|psychologist|social[ \t]+worker)[ \t]*(?:\r?\n|$)"
)

# A department on the line under a name that stands alone on its line signs the message ("Bruno Jadoul" /
# "Pharmacie hospitalière", "Service de cardiologie", "Pharmacy Department"); not a named business, which a
# capital follows ("Pharmacie Jean Coutu": a patient's own pharmacy), nor where a patient lies or goes ("Unité 4B",
# "Bloc opératoire à 8 h").
_DEPARTMENT_LINE = re.compile(
    r"[ \t]*(?i:pharmacie|pharmacy|laboratoire|laboratory|service|d[ée]partement|department|direction"
    r"|secr[ée]tariat|secretariat|archives|soins[ \t]+infirmiers|nursing|radiologie|imagerie"
    r"|radiology|imaging|medical[ \t]+imaging|biologie[ \t]+m[ée]dicale|programme)\b"
    r"(?![ \t]+(?:[A-ZÀ-Ý]|de[ \t]+[A-ZÀ-Ý]))[^\n]{0,60}$"
)


def department_line(line: str) -> bool:
    return _DEPARTMENT_LINE.match(line.rstrip("\r")) is not None


# A colleague's work handed to others while they are away: their caseload, their patients, their clients, the
# clinic or the shifts they hold ("Their PT caseload will be split", "Outpatient clinic covered by Dupont").
_CASELOAD_AFTER = re.compile(
    r"\b(?:(?:their|his|her|son|sa|ses|leur|leurs)\s+(?:[a-z]{2,4}\s+)?(?:caseload|case\s+load|charge\s+de\s+cas"
    r"|client[eè]le|patients|patientes|usagers|clients|clinique|clinic|quarts|shifts)\s+(?:will\s+be|is|are|sera"
    r"|seront|est|sont)\s+"
    r"(?:split|shared|covered|reassigned|redistributed|divided|partag|r[ée]parti|couvert|r[ée]assign|transf[ée]r)"
    r"|(?:clinic|clinique|shifts?|quarts?)\s+(?:(?:will\s+be|is|are|sera|seront|est|sont)\s+)?"
    r"(?:covered|couverte?s?|reassigned|r[ée]assign[ée]e?s?)\s+(?:by|par|to)\b)"
)


def _rest_of_paragraph(text: str, end: int, limit: int) -> str:
    """``text`` from ``end`` to the end of its paragraph (a blank line), at most ``limit`` characters."""
    stop = text.find("\n\n", end, end + limit)
    return text[end : end + limit if stop < 0 else stop]


def _replaced_later_in_paragraph(text: str, end: int) -> bool:
    """The rest of the name's paragraph (400 characters at most) asks to replace them on the schedule, or calls
    their news an employee's health."""
    starts = replaced_starts(text)
    if not starts:
        return False
    stop = text.find("\n\n", end, end + 400)
    stop = end + 400 if stop < 0 else stop
    return any(end <= start < stop for start in starts)


_ADDRESSED_TEAM = re.compile(r"\b(?:to|a|aux?|pour)\s+(?:the\s+|l'|la\s+|le\s+)?(?:[a-z-]+\s+){0,2}(?:team|equipe|staff"
                             r"|personnel)\s*:\s*$")


# The name and the team it belongs to, as one subject ("Liam Kowalski and the dialysis team celebrated", "Julie Roy
# et toute l'équipe de l'urgence vous remercient"): a colleague. A patient is cared for by a team, never named with it.
_RESIDENT_LEVEL = re.compile(r"[ \t]*[(,][ \t]*(?:R|PGY-?)[1-7][ \t]*\)?(?![\w-])")
_WITH_THE_TEAM = re.compile(
    r"[ \t]*,?[ \t]+(?:and|et|&)[ \t]+(?:(?:the|her|his|their|our|toute|tout|sa|son|ses|notre)[ \t]+)?(?:l')?"
    r"(?:[a-z-]{2,}[ \t]+){0,3}(?:team|equipe|staff|crew|colleagues|collegues|coworkers)\b"
)


# A greeting's line, ending right before the name's line ("Dear colleagues,", "Chers collègues,", "Bonjour à tous").
_GREETING_LINE_END = re.compile(
    r"(?:^|\n)[ \t>]*(?:bonjour|bonsoir|salut|allo|hello|hi|dear|cheres?|chers|good\s+(?:morning|afternoon|evening))"
    r"\b[^\n]{0,40}\n$"
)


_ARTICLE = re.compile(r"[ \t>]*(?:(?:l'|la|le|les|un|une|votre|notre|your|our|the|a|an)[ \t]*)?")


_PUPIL_LABEL = re.compile(r"student|pupil|etudiante?|eleve")


def _role_line_above(text: str, start: int, end: int) -> bool:
    """A sign-off that puts the role on the line above the name, and the name alone on its line ("L'infirmière
    scolaire" / "Chantal Gauvin" / "Centre de services scolaire"). Never a care home's resident, nor a line that
    goes on after the name ("Infirmière responsable" / "Marie Roy, 82 ans, chute")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2 or not _ALONE_BEFORE.fullmatch(text, line_start, start):
        return False
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    goes_on = bool(rest.strip(" \t\r,.")) and not rest.lstrip().startswith(",")  # (", inf." is a credential)
    if len(rest) > 40 or goes_on or any(c.isdigit() for c in rest):
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = fold_window(text[above_start : line_start - 1]).rstrip(" \t\r,:")
    if _PUPIL_LABEL.fullmatch(above) and text[above_start : line_start - 1].rstrip(" \t\r").endswith(":"):
        return False  # "Student:" / "Liam Savard": a school form's field names the pupil, not a trainee
    article = _ARTICLE.match(above)
    role = _STAFF_AFTER.match(above, article.end() if article else 0)
    if role is None or _RESIDENT_ROLE.search(role.group(0)):
        return False
    tail = above[role.end() :].split()
    return len(tail) <= 3 and not any(c.isdigit() for c in above)


# ... and whom a colleague covers for ("Mr. Giroux is covering volunteer coordination for Ms. Béliveau until January",
# "en remplacement de Mme Roy"): away from their job, not a patient.
_COVERED_FOR_BEFORE = re.compile(
    r"(?:\b(?:is|are|will\s+be|am)\s+covering\b[^.\n]{0,50}|\b(?:filling\s+in|covering|cover)\s+)\bfor\s+"
    r"(?:(?:mr|mrs|ms|dr|dre|mme|m)\.?\s+)?$"
    r"|\ben\s+remplacement\s+de\s+(?:(?:mme|m|dr|dre)\.?\s+)?$"
)


# A group's or a class's slot on a schedule, then the name that ends the line ("Mardi et jeudi 10 h — Groupe C
# (insuffisance cardiaque) — Yolande Rioux"): who leads it; a patient is booked one at a time, not given a group.
_GROUP_SLOT_BEFORE = re.compile(
    r"\b(?:groupes?|groups?|ateliers?|workshops?|cours|class(?:es)?|seances?\s+de\s+groupe)\b"
    r"[^\n]{0,80}[ \t][-–—|][ \t]*$"
)


# ... or after an item of a meeting's agenda, perhaps a bullet opening the line (an HTML list loses it: "Paclitaxel
# premedication protocol review - Ms. Bergeron"): who presents it.
_AGENDA_ITEM_BEFORE = re.compile(
    r"^[ \t>]*(?:(?:[*•·-]|[0-9]{1,2}[.)])[ \t]+)?[^\n]{3,100}?[ \t][-–—][ \t]*"
    r"(?:(?:mr|mrs|ms|dr|dre|mme|m|pr|pre)\.?[ \t]+)?$"
)
_MEETING_WORD = re.compile(
    r"(?i:\b(?:agenda|ordre\s+du\s+jour|notice\s+of\s+meeting|avis\s+de\s+convocation|meeting|r[ée]union)\b)"
)


def _leads_a_group(text: str, start: int, end: int) -> bool:
    """The name ends its line after a group's or a class's slot (``_GROUP_SLOT_BEFORE``), or after an item of a
    meeting's agenda (``_AGENDA_ITEM_BEFORE``, in a text that speaks of a meeting)."""
    if _rest_of_line(text, end).strip(" \t\r.,;"):
        return False
    line_start = max(text.rfind("\n", max(0, start - 120), start) + 1, start - 120)
    before = fold_window(text[line_start:start])
    if _GROUP_SLOT_BEFORE.search(before) is not None:
        return True
    # (an item about someone's care names its patient: a tumour board's "Néo du sein, dossier no 4471820 – Mme X",
    # a family meeting's invitation)
    return (_AGENDA_ITEM_BEFORE.match(before) is not None and not any(c.isdigit() for c in before)
            and patient_cue(before) is None and _MEETING_WORD.search(text) is not None)


def _staff_cue(text: str, start: int, end: int) -> bool:
    """A role in apposition after the name, a career event, words that present a colleague before it,
    an attendance line, or a correspondent's address or reply attribution."""
    if _named_place(text, start, end) or programme_line(text, start, end):
        return True
    if _CREDENTIAL_UPPER.match(text, end):
        return True
    after = fold_window(text[end : end + 60])
    role = _STAFF_AFTER.match(after)
    if role and not _RETIRED.match(after, role.end()):  # "Mme Lise Caron, infirmière retraitée, ..." may be a patient
        # "Gilles Nadeau (résident, fauteuil roulant)": a care home's resident is the person cared for.
        return not (_RESIDENT_ROLE.search(role.group(0)) and resident_cared_for(text, start, end))
    if _ROLE_ON_NEXT_LINE.match(after) and _ALONE_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        # A name alone on its line over a role line: a signature without an opener ("Isabelle Gauthier" /
        # "Présidente-directrice générale"); never a labelled field ("Médecin : Dr X").
        next_line = after.split("\n", 1)[1] if "\n" in after else ""
        role = _STAFF_AFTER.match(next_line)
        if role and not _RETIRED.match(next_line, role.end()):
            return True
        if _ROLE_ENDS_LINE.match(next_line):
            return True  # ... the role at the end of an English title ("Outpatient services manager")
        raw_after = text[end : end + 80]
        if "\n" in raw_after and department_line(raw_after.split("\n", 1)[1].split("\n", 1)[0]):
            return True  # ... or the department it signs for ("Pharmacie hospitalière")
    if _role_line_above(text, start, end):
        return True
    if _leads_a_group(text, start, end):
        return True
    if _CAREER_AFTER.match(after) or _memorial(text, start, end):
        return True
    if agenda_speaker(text, start, end) or _CITATION_AFTER.match(text, end):
        return True
    if _SHIFT_AFTER.match(_rest_of_line(text, end)):
        return True  # "PELLETIER M. — jour — dialyse", "Kaur J.<TAB>congé<TAB>USIC": a shift roster's line
    if _SYMPATHY_AFTER.match(fold_window(text[end : end + 40])):
        return True  # "Please keep Dave Wilson in your thoughts": a colleague the team is asked to think of
    if _PAGER.search(fold_window(_rest_of_line(text, end))):
        return True  # "SHARMA, Ravi (addiction medicine) pagette 7275": staff carry pagers, patients do not
    sentence_after = fold_window(text[end : end + 160])  # (folded once: the predicate, leave and return checks)
    if _ROLE_PREDICATE.match(sentence_after) or _ACTIVITY_AFTER.match(after):
        return not _care_cue(text, start, end)
    if _CASELOAD_AFTER.search(fold_window(text[end : end + 200])):
        return True  # "Laura Bennett will be off (knee surgery). Their PT caseload will be split": a colleague
    if _replaced_later_in_paragraph(text, end):
        return True  # "Mélanie Morin a déclaré un test positif [...] Merci de la remplacer sur l'horaire de soir"
    leave = _LEAVE_AFTER.match(sentence_after)
    if leave:
        clause = sentence_after[leave.end() :].split("\n", 1)[0]
        return not (_care_cue(text, start, end) or _LEAVE_CAUSE.search(clause))
    if _COVERS_AFTER.match(after) or _COVERED_FOR_BEFORE.search(fold_window(text[max(0, start - 90) : start])):
        return True
    if INJURED_AT_WORK_AFTER.match(sentence_after):
        return True  # "Laura Okonkwo, injured during the Code White (4 South)": hurt on the job, an employee
    if RETURN_TO_WORK_AFTER.match(sentence_after):
        return True  # "X has been cleared for a graduated return to work": an employee, whatever injury is named
    if _RESIDENT_LEVEL.match(text, end):
        return True  # "Sylvie Carrière (R3)", "Owen Clarke (PGY-2)": a resident physician's year of training
    if _WITH_THE_TEAM.match(after):
        return True  # "Liam Kowalski and the dialysis team celebrated ...": a member of the team, not its patient
    if _ABSENCE_AFTER.match(after) or _SICK_AND_AWAY_AFTER.match(after):
        # "M. Roy sera absent à son rendez-vous" is a patient; away for weeks, or the shift to cover, an employee.
        return (_LEAVE_LENGTH.search(after) is not None or not _patient_cue(text, start, end)
                or _COVER_REQUEST_BEFORE.search(fold_window(text[max(0, start - 120) : start])) is not None)
    if _CORRESPONDENT_AFTER.match(fold_window(text[end : end + 100])):
        # ... unless what they wrote is about their own care: a patient's message forwarded on.
        return _WRITES_OF_OWN_CARE.search(fold_window(text[end : end + 600])) is None
    line_start = max(text.rfind("\n", max(0, start - 300), start) + 1, start - 300)
    line = fold_window(text[line_start:start])
    # (the label ends the line's text before the name: a colon first, so that the search runs on few lines)
    if (line.rstrip(" \t").endswith(":") and _RECIPIENT_LABEL.search(line)
            and _GRAFT.search(fold_window(text[end : end + _GRAFT_REACH]))):
        return False  # "Recipient: HARRINGTON, Samuel" over "Implant: left CI": a device's or organ's, not an award's
    if _PRAISE_LINE.match(line):  # "Félicitations Dre Caron et M. Luc Gagnon !": the whole line's people
        return not (_care_cue(text, start, end) or _ADDRESSES_PATIENT.search(fold_window(text[end : end + 300])))
    # (within the name's paragraph: "Cher collègue,\n\nMadame X, 65 ans" greets the reader, then names a patient)
    window_start = max(0, start - 60)
    paragraph = max(text.rfind("\n\n", window_start, start), text.rfind("\n\r\n", window_start, start))
    window = fold_window(text[window_start if paragraph < 0 else text.index("\n", paragraph + 1) + 1 : start])
    line_break = window.rfind("\n")
    if line_break >= 0 and _GREETING_LINE_END.search(window, 0, line_break + 1):
        window = window[line_break + 1 :]  # "Dear colleagues,\nMr. Louis Roy died at home": the readers greeted
    presented = _STAFF_BEFORE.search(window)
    if presented is not None:
        # Thanks and welcomes go to patients too ("Merci à Mme Roy de partager son expérience du cancer ; elle
        # est suivie en oncologie", "Welcome to the program, Mr. Finch! Your HbA1c is 9.1 %").
        if _GREETS.match(presented.group(0)):
            return not (_care_cue(text, start, end) or _ADDRESSES_PATIENT.search(fold_window(text[end : end + 300])))
        # A team's label lists its members ("Équipe : X, Y"); a message addressed to a team names whom it is
        # about ("To the daycare team: HÉBERT, Félix (DOB ...) was diagnosed with").
        if _ADDRESSED_TEAM.search(window):
            return not _care_cue(text, start, end)
        # A care request's "Contact:" field, whose own fields below say why the person is served ("Contact: Mr. X" /
        # "Address: ..." / "Reason: discharged from heart failure monitoring"): the person at home, not a vendor's.
        return not (presented.group(0).startswith("contact")
                    and _CARE_FIELD_BELOW.match(fold_window(text[end : end + 400])) is not None)
    # A list of people ("Présents :", "Panel:", "Nos finissants :"), unless the line says whose care it is
    # ("Présents : M. Jean Roy (patient), sa fille").
    listed = _ATTENDANCE_LINE.match(line) is not None or listed_under_staff_heading(text, start)
    return listed and not _patient_cue(text, start, end)
