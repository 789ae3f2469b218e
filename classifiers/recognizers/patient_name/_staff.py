"""Who is staff: the sender and recipients (``StaffNames``), and the line-level wording that presents a name as
a colleague (a role in apposition, thanks, attendance lists, greetings, quoted headers); the cues said around a
single name are in ``_staff_cues``. Staff are never patients."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from email.header import decode_header, make_header
from typing import Any

from sentinelle.classifiers.addresses import address_pairs
from sentinelle.classifiers.re2_patterns import Prefiltered
from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._attendance import attending
from sentinelle.classifiers.recognizers.patient_name._employees import (
    employees,
    injured_at_work,
    replaced_on_the_schedule,
    returning_to_work,
)
from sentinelle.classifiers.recognizers.patient_name._triggers import TITLE_CASE_FULL_NAME

_STAFF_AFTER = re.compile(
    # (a comma may end the name's line, the role opening the next: a programme's PDF wraps "Caroline Quintal,\nCochlear
    # implant audiologist")
    r"[ \t]*(?:,[ \t]*\r?\n|\\?[,(–—|/-]|\bde\s+l'|\bdu\b)?[ \t]*"
    # One or two modifiers before the role ("diabetes educator", "clinical pharmacist", "nurse manager"),
    # never words that tell of care ("suivie par la physiothérapeute").
    r"(?:(?:our|notre|nos|their|leur|leurs)\s+)?"  # ("Marie-Pier O'Brien, our lung cancer nurse navigator")
    r"(?:(?![a-z]*(?:par|by|with|avec|chez|vue?|seen|suivie?|followed|ref|admi|trait|treat|patient|usag)"
    r"|(?:de|du|des|la|le|les|the|a|an|sa|son|ses|his|her|au|aux|en)\s)[a-z-]{3,}\s+){0,2}(?:m\.?\s?d\b|md\b|inf\.|infirmi|pharm(?:\b|\.|acien|acist|d\b)|ph\.?\s?d|m\.\s?sc|b\.\s?sc"
    r"|ministre|minister|directeur|directrice|director|presidente?|chef\b|coordonn|conseill|gestionnaire|manager|professeure?"
    r"|professor|conferenc|speaker|adjointe?|agente?\b|technicien|secretaire|secretary|residente?|medecin|physician"
    r"|nurse|travailleu(?:r|se)s?\s+soc|t\.\s?s\.|ergoth|physioth|nutritionn|psycholog|inhaloth|dentiste|frcpc|cmfc|ccmf|pdg|ceo|vp\b|vice"
    r"|chercheu|researcher|responsable|cadre|employee?|matricule|benevole|volunteer|stagiaire|intern\b|fellow|interne|externe"
    r"|representante?|porte-parole|spokes"
    # A committee's member ("Ms. Vincent Lindqvist (community member)", "M. Simon Proulx, membre du comité"), not an
    # insurance plan's ("MBEKI, Tom, plan member ID 18481909").
    r"|(?<!plan\s)member\b(?!\s*(?:id\b|#|no\b|number|n°|ship))|(?<!regime\s)membre\b(?!\s*(?:du\s+regime|#|no\b|n°))"
    # Care workers by their kind of work ("Daniel Kowalski, social worker": not "a factory worker", a patient's job).
    r"|(?:social|support|outreach|youth|community|care|peer)\s+workers?|chaplain|aum[oô]ni"
    # Dietitians ("Mr. Kevin Lévesque, dietitian, runs the drop-in"), a job's candidate ("X, a candidate for the
    # perinatal position"), and a team's member said so ("Kevin Dionne, de votre équipe, est en arrêt").
    r"|dieti[ct]ian|dietetiste|nutritionist|candidate?\b"
    # ... and a crew's ambulance unit in apposition ("Véronique Boivin (unité 9-6-21)")
    r"|(?:unite|unit|vehicule|vehicle)\s+[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,3}\b"
    r"|de\s+(?:votre|notre|ton|ta|mon|ma)\s+(?:equipe|unite|service)|(?:of|from|on)\s+(?:your|our)\s+(?:team|unit|staff)"
    # Nursing and allied-health credentials, and roles English and French mail puts after a name.
    r"|rn\b|lpn\b|np\b|rph\b|pht\b|rd\b|bscn|coordinat|investigat|educat|technician|clerk|analyst|advis"
    # Quebec's nurse practitioners ("Mélanie Saint-Onge, IPS", "IPSPL", "IPSSA"), podiatrists.
    r"|ips(?:pl|sa|sm|na|nn)?\b|podiatre|podiatrist"
    # Oncology's pivot nurses ("Jennifer Perreault, IPO en cancer du poumon", "infirmière pivot", "pivot nurse").
    r"|ipo\b|pivot\b"
    # Credentials of every health and social-service profession, French and English, as signatures abbreviate
    # them ("Émilie Roussel, T.S.", "Marc Côté, ergo.", "J. Lin, MSW, RSW"); PT, OT, RT are read case-sensitively
    # (_staff_cues._CREDENTIAL_UPPER): lower-case "pt" is a patient in a note.
    r"|t\.\s?s\.|ergo\b|erg\.|inh\.|inhalo\b|nutr\b|dt\.\s?p\b|psychoed|psyched|psychotherapeute|orthophoniste"
    r"|sage-femme|midwife|m\.?\s?sc\b|m\.?\s?ps\b|ph\.?\s?d\b|b\.?\s?sc\b|mba\b|msw\b|rsw\b|bsw\b|msn\b|bsn\b|rpn\b"
    r"|rrt\b|s-?lp\b|audiolog|cpa\b|crha\b|ibclc\b|mph\b|mha\b|pharm\.?\s?d\b|t\.\s?r\.\s?m\b|trm\b|inf\b"
    # Laboratory technologists ("Megan Ward, MLT", "Julie Roy, T.M.").
    r"|mlt\b|mls\b|t\.\s?m\.(?=[\s,;)]|$)"
    # An orderly (préposé aux bénéficiaires) or a nurse's deputy as a list's role column ("Roy, Lise - PAB -
    # cell ..."), or with its unit ("Mme Nadia Vézina, PAB au 2e Est, a subi une contusion"); never "PAB a trouvé
    # ...", a night report's orderly who found someone.
    r"|(?:pab|asi)\b(?=[ \t]*(?:[-–—,)|/;:\n]|$|(?:au|aux|du|de[ \t]+l'|on|in|at|of)[ \t]))"
    # Employee identifiers in apposition ("le dossier de Stéphane Gosselin, matricule 257 305 482").
    r"|matricule|no\s+d'employee?|numero\s+d'employee?|staff\s+(?:no|number|id)\b|badge\b"
    # ... and a roster's employee number ("Kowalski, Daniel emp#640175", "emp no 3301", "empl. 4471").
    r"|emp(?:l\.?|\.)?\s?(?:#|no\b|n[o°]\.?\s?\d|\d)"
    # ("therap": a therapist, "thérapeute"; not a therapeutic range nor a therapy: "Kevin Cohen (therapeutic 350-700)")
    r"|officer|therap(?!eutic|eutique|y\b|ie\b|ies\b)|practition|praticien|navigat|chair|chargee?\s+de|commis|preposee?|animat|organisat"
    r"|specialist|hygieni|head\s+of|lead\b|reception|accounts|comptab|payroll|paie\b"
    # Support services' jobs ("Marc-André Cormier, acheteur", "Yan Roy, magasinier"), not a worker's job at an
    # employer, which an occupational physician writes of a patient ("Rosa Létourneau, acheteuse chez Métro").
    r"|(?:acheteu(?:r|se)|buyer|magasini(?:er|ere)|storekeeper)\b(?![ \t]+(?:chez|at|pour|for|with|avec)\b)"
    # ... and a supplier's representative signing ("Aïcha Provencher / Ventes, Québec-Est / Medisurg Supply")
    r"|(?:ventes|sales|account\s+manager|territory\s+manager|developpement\s+des\s+affaires|business\s+development)\b"
    r"(?![ \t]+(?:chez|at|pour|for|with|avec)\b)"
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
    # ... never the kind of care booked for the person ("Hughes, Ethan - specialist consultation", "Roy, Lise -
    # physiotherapy appointment"): the role word names a service, not the person's job.
    r"(?![a-z]*[ \t]+(?:consultation|consult|appointment|appt|visit|follow-?up|referral|assessment|evaluation"
    r"|rendez-vous|rdv|suivi|visite)\b)"
)
# A role, optionally with its complement ("ministre de la Santé", "directrice des soins infirmiers",
# "study coordinator"), then a comma or colon, or right before the name as English writes a title ("Research
# coordinator Tanya Iverson will present"): the title and name that follow are that role's holder.
_ROLE_PHRASE = (
    r"(?:\b(?:ministre|minister|directeur|directrice|director|coordonnat(?:eur|rice)|coordinator|presidente?"
    r"|president|chef|chair(?:man|woman|person)?|manager|gestionnaire|conseill(?:er|ere)|pharmacienne?|pharmacist"
    r"|investigat(?:or|rice|eur)|chercheu(?:r|se)|educat(?:or|eur|rice)|technicienne?|technician|commis|clerk"
    r"|agente?|adjointe?|analyste?|advisor|officer|responsable|porte-parole|spokesperson|infirmiere?|nurse"
    r"|secretaire|secretary|representante?|representative|stagiaire|organisat(?:eur|rice)|organi[sz]er"
    # (a prehospital service's: "la répartitrice Karine Sirois", "paramedic Luc Roy")
    r"|repartit(?:eur|rice)|dispatchers?|paramedics?|ambulanci(?:er|ere)s?)"
    r"(?:\s+(?:de|du|des|d'|of|for|en|in|aux?)\s*(?:la\s+|l'|le\s+|les\s+|the\s+)?[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,3})?"
    r"(?:\s*[,:]|(?=[ \t]*(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)?[ \t]*\Z)))"
)
# An attendance list ("Membres présents : M. Robert Cloutier (président), Mme Denise Fournier"): every
# name on that line is a participant.
_ATTENDANCE_LINE = re.compile(
    r"^[ \t>*-]*(?:[^:\n]{0,60}?\b)?(?:membres\s+)?(?:presente?s?|presences?|present|attendees?|attendance"
    r"|participants?"
    # (a committee's reviewers: "Reviewers: Dr. Julie Daigle (scientific member), Ms. X (community member)")
    r"|reviewers?|evaluat(?:eurs|rices)|reviseu(?:rs|ses)"
    r"|absente?s?|excuse(?:e|s)?|regrets|invitee?s|guests?|convoquee?s|members(?:\s+present)?|membres|panel"
    r"|panelists?|panelistes?|chairs?|co-chairs?|moderators?|speakers?|conferencier(?:e|s|es)?|finissante?s?"
    r"|diplomee?s?|graduates?|laureate?s?|gagnante?s?|winners?|nominees?|recipients?|benevoles|volunteers"
    r"|nouveaux\s+employes|new\s+(?:hires|staff|employees)|equipe|team|staff|personnel)\s*:"
)
_STAFF_BEFORE = re.compile(
    rf"(?:{_ROLE_PHRASE}|\bmerci\s+a|\bthanks?\s+to|\bgrace\s+a|\b(?:notre|nos|our|votre|your|ma|mon|my)\s+"
    r"(?:\w+\s+)?(?:collegues?|colleagues?|coworkers?|co-workers?|employees?|employee?s?|salariee?s?)"
    r"|\bcollegues?|\bcolleagues?"
    r"|\b(?:remise?|decernee?|attribuee?|awarded|presented|goes)\s+(?:a|to)"
    r"|\b(?:remplace(?:ra)?|replaces|will\s+(?:replace|cover\s+for)|en\s+remplacement\s+de|covering\s+for)"
    r"|\b(?:conference|webinaire|webinar|causerie|talk|lecture|keynote)\s+(?:de|du|d'|avec|by|of|with)"
    # ("by": who presents, signs or hosts; not a colleague asked to "swing by" someone's room)
    r"|\bpar|(?<!swing\s)\bby|\bbravo\s+a|\bbienvenue\s+a|\bwelcome(?:\s+to)?|\bfelicitations\s+a|\bcongratulations\s+to|\bnomination\s+de"
    r"|\bnomme(?:e)?|\bappointed|\bconferenciere?|\bspeakers?|\bpresentee?\s+par|\banimee?\s+par|\bjoined\s+by"
    # A colleague's retirement ("Départ à la retraite - Nadia Bourque", "Retirement of ...").
    r"|\bdepart\s+a\s+la\s+retraite(?:\s+de)?|\bretraite\s+de|\bretirement(?:\s+of)?|\bfarewell(?:\s+to)?"
    # ... or a colleague's farewell party ("5 à 7 — départ de Yves Beauchemin", "Gâteau pour le départ de Lina")
    r"|\b(?:5\s+a\s+7|fete|party|souper|diner|lunch|cocktail|gateau|cake)\b[^\n]{0,30}\bdepart\s+(?:de|d')"
    # ... or the recognition of their work ("Le conseil souligne l'intervention de X et Y", "honours the work of")
    r"|\bsouligne(?:r|ons|nt)?\s+(?:l'intervention|le\s+travail|l'engagement|la\s+contribution|le\s+courage)\s+(?:de|d')"
    r"|\b(?:recogni[sz]es?|honou?rs?|salutes?)(?:\s+(?:the\s+)?(?:work|actions?|intervention|courage)\s+of)?"
    # ... or a newcomer's welcome ("Welcome coffee – Rebecca Lowell", "Café de bienvenue pour X")
    r"|\bwelcome\s+(?:coffee|lunch|breakfast|party|reception|brunch)|\b(?:cafe|diner|dejeuner|5\s+a\s+7)\s+de\s+bienvenue"
    # ... or a service anniversary ("les 25 ans de service de Sophie Gingras", "30 years of service of ...").
    r"|\b(?:ans|annees)\s+de\s+(?:service|carriere)\s+(?:de|d')|\byears\s+of\s+service\s+(?:of|for|by)"
    r"|\bremerci(?:e|er|ons|ent)|\bthank|\b(?:winners?|gagnante?s?|laureate?s?|recipients?|finalistes?|finalists?)"
    r"|\bcontactez|\bcontact|\baupres\s+de|\bcc|\bde\s+la\s+part\s+de|\bmoderat(?:or|eur|rice)"
    # Whom to call about the staff's schedule ("En cas d'urgence pour l'horaire : X, cell. ..."), whose workstation
    # is assessed ("évaluer le poste de X"): employees.
    r"|\b(?:pour|sur|concernant|about|regarding|for)\s+(?:l'|le\s+|la\s+|les\s+|the\s+)?(?:horaire|schedule|rota"
    r"|quarts?|shifts?)|\b(?:le|du|au)\s+poste\s+(?:de\s+travail\s+)?(?:de|d')"
    # A job or residency applicant ("le dossier de candidature de M. Félix Beaudoin").
    r"|\bcandidature\s+(?:de|d')|\bcandidate?s?|\bapplicants?|\bapplication\s+(?:of|from)"
    r"|\bpresent(?:er|ateur|atrice)|\banimat(?:eur|rice)|\bpanel(?:ist|iste)|\binvitee?|\bhost(?:ed\s+by)?"
    # Who teaches a course ("Trainer: Sophie Grenier", "Formatrice : ...", "Instructor - ...").
    r"|\b(?:trainers?|format(?:eur|rice)s?|instructors?|facilitat(?:or|eur|rice)s?|enseignante?s?|teachers?)"
    # A public figure by occupation ("our campaign ambassador, broadcaster Rebecca Reid", "la comédienne X").
    r"|\b(?:ambassad(?:or|eur|rice)|broadcaster|journalistes?|journalists?|animat(?:eur|rice)|comedien(?:ne)?"
    r"|actor|actress|actrice|acteur|singer|chanteu(?:r|se)|athletes?|olympi(?:en|enne|an)|auteure?|autrice|author"
    r"|writer|ecrivaine?|honorary\s+chair|presidente?\s+d'honneur|celebrity|personnalite)"
    # A label that lists staff on its line ("Staff: Émilie Tanguay, Kevin Sainnawap", "Équipe : ...").
    # (not a team's meeting: "Suite à notre rencontre d'équipe : M. Olivier Lessieur, suivi pour drépanocytose")
    r"|\b(?!(?<=d')equipe\b)(?:staff|personnel|equipe|team|intervenants?|on\s+site|sur\s+place|infirmieres?|infirmiers?|nurses?"
    r"|medecins?|physicians?|pharmaciens?|pharmacists?|benevoles|volunteers?|vaccinateurs|vaccinatrices|vaccinators"
    # ... and a shift's roles ("Break relief: Derek Lau", "Charge nurse: ...", "Float : ...").
    r"|(?:break\s+)?relief|float|charge(?:\s+nurse)?|in\s+charge|assistante?[-\s]chef|remplacement\s+(?:des\s+)?pauses"
    # ... who signed up for a course ("Inscrits :", "Registered:"), and who gave ("nos grands donateurs :"; plural:
    # a drug test's or a transplant's "Donor:" is the person tested).
    r"|inscrite?s|registered|registrants?|donat(?:eur|rice)s|donors|bienfait(?:eur|rice)s|benefactors"
    r"|commanditaires|sponsors"
    # ... or a newsletter's portrait of a colleague ("Staff spotlight: Daniel Ramirez has been ...", "Coup de chapeau").
    r"|(?:staff|employee|team|member)\s+spotlight|spotlight\s+on|coup\s+de\s+chapeau|employee?\s+en\s+vedette)\s*:)"
    r"[\s:,\-–]*"
    r"(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)?[\s]*$"
)
# A line that opens with praise or a welcome speaks of colleagues, whoever it names (not "Merci de voir M. X",
# a request about a patient).
_PRAISE_LINE = re.compile(r"^[ \t>*-]*(?:felicitations|bravo|congratulations|kudos|hommage|bienvenue|welcome"
                          r"|joyeux\s+anniversaire|bon\s+anniversaire|happy\s+birthday|bonne\s+fete"
                          # Wishes to a colleague who is ill or back ("Bon rétablissement à Julie", "Get well soon")
                          r"|(?:bon|prompt)\s+retablissement|get\s+well(?:\s+soon)?|speedy\s+recovery)\b")
_GREETS = re.compile(r"(?:merci|thanks?|grace|bienvenue|welcome|felicitations|congratulations|bravo)\b")
_GREETING = re.compile(
    r"(?:^|\n)[ \t>]*(?:bonjour|bonsoir|bon\s+matin|salut|allo|hello|hi|dear|chere?"
    r"|good\s+(?:morning|afternoon|evening)|merci|thanks|thank\s+you|re?-?bonjour)[ \t,]*"
    r"(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?|dr\.?|dre\.?)?"
    r"[ \t]*$"
)
# Quoted header lines that name correspondents (never "Objet :" / "Subject:": a letter's or a quoted
# message's Subject names whom it is about, often a patient).
_HEADER_LINE = re.compile(
    r"(?:^|\n)[ \t>]*(?:de|from|a|to|cc|cci|bcc|envoye\s+par|sent\s+by|expediteur|destinataire"
    r"|reply-to|repondre\s+a|on\s+behalf\s+of|de\s+la\s+part\s+de|transfere\s+par|forwarded\s+by)"
    r"[ \t]*:[^\n]*$"
)
# Between two names of one list: a comma or "et"/"and", a role in parentheses, a title.
# (on one line: a greeting's "Hi Ms. Kerr,\n" does not open a list with the next line's first name)
# ... or the next line of a bulleted list that holds only a name ("Registered:\n- Brian Brooks\n- Brian Marchand").
# (other lines of names may come between, which no pattern took for a name: "- Heather Harvey")
BULLET_GLUE = re.compile(
    r"(?:[ \t]*\r?\n[ \t]*[-*•·–—][ \t]*[^\W\d_][^\W\d_ \t.'’-]*(?:[ \t.'’-]+[^\W\d_]+){0,3}[ \t]*)*"
    r"[ \t]*\r?\n[ \t]*[-*•·–—][ \t]*(?:(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)[ \t]*)?"
)
_LIST_GLUE = re.compile(
    r"[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*(?:,|;|,?[ \t]*(?:et|and|&))[ \t]*(?:a[ \t]+|to[ \t]+)?"
    r"(?:(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)[ \t]*)?"
)
# (a comma ends the line of a greeting: "Hi Dr,\n\nLaurence Hébert, G2P1..." names no physician; a label's colon
# may have its name on the next line)
_ROLE_TO_NAME = re.compile(r"[ \t]*(?::\s*|,[ \t]*)?(?:(?:m\.|mme|mlle|madame|monsieur|mr\.?|mrs\.?|ms\.?)\s*)?")
# Second-person clinical wording: the greeting addresses the patient ("Bonjour Mme Fournier, vos résultats...").
_ADDRESSES_PATIENT = re.compile(
    r"\b(?:vos|votre|your)\s+(?:resultats?|results?|analyses?|examens?|tests?|prises?\s+de\s+sang|bilan|traitement"
    r"|treatment|medicaments?|medications?|ordonnance|prescription|diagnostic|diagnosis|rendez-vous|appointment"
    r"|chirurgie|surgery|biopsie|biopsy|imagerie|scan|radiographie|x-ray|hba1c|a1c|glycemie|blood\s+sugar|inr"
    r"|pression|blood\s+pressure|diabete|diabetes|dose"
    # ... or of their follow-up after an operation and what they take ("your 1-month follow-up after your sleeve
    # gastrectomy", "please bring your supplements", "votre suivi de 6 mois")
    r"|(?:[0-9]{1,2}[- ](?:month|week|year|mois|semaines?|ans?)s?[- ])?(?:follow-?up|suivi)|supplements?"
    r"|operation|intervention|procedure|vitamins?|vitamines?)\b|\bje\s+vous\s+(?:prescris|refere|recommande)"
    # ... or of the care they received ("your complaint about the care received by you", "les soins que vous avez
    # reçus", "votre hospitalisation")
    r"|\b(?:care|treatment)\s+(?:received\s+by\s+you|you\s+received)\b|\bsoins\s+que\s+vous\s+avez\s+recus\b"
    r"|\b(?:vos|votre|your)\s+(?:soins|sejour|hospitali[sz]ation|hospital\s+stay|care\s+in)\b"
)


# A chaplain's or a minister's title names a member of a spiritual care team as a physician's does a physician
# ("Rev. Fiona Rosenberg joined us in September after twelve years as a hospice chaplain", "l'abbé Gilles Roy",
# "Imam Yusuf Kaya", "l'aumônière Claire Dubé"): never "Father", "Sister", "Père" or "Sœur", which name relatives as
# often.
_CLERGY = (r"(?i:rev\.|revd\.?|reverend|r[ée]v[ée]rende?|pastor|pasteure?|abb[ée]|rabbi|rabbin|imam|chaplain"
           r"|aum[ôo]ni[eè]re?)")

_TITLED_PHYSICIAN = Prefiltered(
    re.compile(
        r"\b(?:Dre?\.?|Docteure?|Pre?\.?|Professeure?|Prof\.|" + _CLERGY + r")[ \t\u00a0]+"
        r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?[ \t\u00a0]+"
        r"(?:[A-ZÀ-Þ]['’])?[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)"
    ),
    r"\b(?:Dre?\.?|Docteure?|Pre?\.?|Professeure?|Prof\.|" + _CLERGY + r")[ \t\x{a0}]+[A-ZÀ-Þ][a-zß-ÿ]",
)

# Who signs a part: the full name that opens its signature block (RFC 3676 "-- " line), followed by a comma and a
# credential or a role ("-- \nLinda Smith, RPh"): the author of a forwarded or attached message, a correspondent in
# every part (the attached message's From header included). A patient signs without credentials.
_SIGNED = Prefiltered(
    re.compile(
        r"(?m)^--[ \t]?\r?\n[ \t]*"
        r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?[ \t\u00a0]+"
        r"(?:[A-ZÀ-Þ]['’])?[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)[ \t]*,[ \t]*\S"
    ),
    r"(?m)^--[ \t]?\r?\n[ \t]*[A-ZÀ-Þ]",
)

# A full name right before the parenthesis that gives its bearer's job ("Wei Chen (kinesiologist) will return ...").
_NAME_BEFORE_PARENTHESIS = re.compile(rf"(?<![\w'’-])(?P<name>{TITLE_CASE_FULL_NAME})[ \t\u00a0]*$")
_ROLE_IN_PARENTHESES = re.compile(r"\(([^()\n]{2,45})\)")
_NOT_A_JOB = re.compile(r"\b(?:retraitee?|retired|residente?|resident)\b")


def _named_with_their_job(text: str) -> list[str]:
    """The full names whose job a parenthesis gives right after them ("Wei Chen (kinesiologist)", "Julie Roy
    (inf.)"): a colleague, in every part (the Subject's "Gradual return to work - Wei Chen" too). Not a retired one,
    nor a care home's resident: they may be patients."""
    names: list[str] = []
    position = text.find("(")
    while position != -1:
        # (a name ends with a letter right before the parenthesis or a space before it: most parentheses follow none)
        before = text[max(0, position - 2) : position].rstrip(" \t")
        role = _ROLE_IN_PARENTHESES.match(text, position) if before[-1:].isalpha() else None
        if role is not None:
            job = fold(role.group(1))
            if _STAFF_AFTER.match(f"({job})") and not _NOT_A_JOB.search(job):
                name = _NAME_BEFORE_PARENTHESIS.search(text, max(0, position - 60), position)
                if name is not None:
                    names.append(name["name"])
        position = text.find("(", position + 1)
    return names


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
    # The senders whose address's domain no recipient shares (a patient's personal mailbox writing to a clinic):
    # such a sender who writes of their own care is the patient (``_weighing``).
    outside_senders: tuple[frozenset[str], ...] = ()

    @staticmethod
    def _people(values: Iterable[str]) -> list[frozenset[str]]:
        """The name words of each address: its display name and its local part ("jean.tremblay")."""
        people: list[frozenset[str]] = []
        for display, address in address_pairs([v for v in values if v]):
            words = _words_of(f"{_RELATIVE_OF.sub('', display)} {address.split('@', 1)[0]}")
            if words:
                people.append(words)
        return people

    @classmethod
    def from_addresses(cls, values: Iterable[str], recipients: Iterable[str] = ()) -> StaffNames:
        """Words from address header values ("Jean Tremblay <jean.tremblay@x.ca>", ...);
        ``recipients``: the To/Cc values, kept apart as well."""
        return _staff_of(tuple(values), tuple(recipients))

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
                side.extend(_decoded_addresses(str(raw)))
        return cls.from_addresses(values["senders"], values["recipients"])

    def with_correspondents(self, names: Iterable[str]) -> StaffNames:
        """These people and the correspondents of the messages it carries: the display names of an attached or
        forwarded message's From, To and Cc ("Paul Pelland" who wrote the public-health alert forwarded as .eml)."""
        added = [p for p in map(_words_of, names) if p and p not in self.people]
        if not added:
            return self
        return StaffNames(self.tokens.union(*added), (*self.people, *added), self.recipients, self.outside_senders)

    def with_titled(self, texts: Iterable[str]) -> StaffNames:
        """These people and everyone a text of the message titles as a physician ("Dr. Lucie Mianscum
        (Infectious Diseases) will present...") or who signs a part with a credential (``_SIGNED``): the same
        full name is staff in every part, the Subject included ("Grand rounds: Lucie Mianscum on HIV"); so is
        everyone given an employee number or label ("Richard Thibault (matricule 147778, ...)": ``_employees``),
        whoever is to be replaced on the schedule (``REPLACED_ON_THE_SCHEDULE``), whoever an attendance list or
        a roll names (``_attendance``), whose job a parenthesis gives, or whose return to work is announced."""
        texts = tuple(texts)
        titled = [_staff_words(m["name"]) for text in texts
                  for pattern in ((_TITLED_PHYSICIAN, _SIGNED) if "\n--" in text or text.startswith("--")
                                  else (_TITLED_PHYSICIAN,))
                  for m in pattern.finditer(text)]
        titled += [_staff_words(name) for text, lower in zip(texts, (text.lower() for text in texts), strict=True)
                   for name in (*employees(text, lower), *replaced_on_the_schedule(text), *attending(text),
                                *_named_with_their_job(text), *returning_to_work(text, lower),
                                *injured_at_work(text, lower))]
        titled = [t for t in titled if len(t) >= 2 and t not in self.people]
        if not titled:
            return self
        return StaffNames(self.tokens.union(*titled), (*self.people, *titled), self.recipients, self.outside_senders)

    def covers(self, name: str, recipients: bool = True) -> bool:
        """True when ``name`` is one of these people by full name (a surname alone never is);
        ``recipients=False``: the senders only."""
        people = self.people if recipients else tuple(p for p in self.people if p not in self.recipients)
        return _is_person(_name_words(name), people)

    def covers_by_address_only(self, name: str) -> bool:
        """``name`` (one word) is a recipient known by that one word alone, as a bare address's local part gives it
        ("j.auclair80@..."): a family member shares the patient's family name as often as a colleague bears it."""
        words = _name_words(name)
        return len(words) == 1 and any(words == person for person in self.recipients) and not self.covers(
            name, recipients=False)

    def covers_word(self, name: str) -> bool:
        """``name`` (one word) is a word of a sender's name (the given name a writer signs with)."""
        word = fold(name)
        return any(word in person for person in self.people if person not in self.recipients)

    def covers_outside_sender(self, name: str) -> bool:
        """``name`` is a sender whose domain no recipient shares (``outside_senders``)."""
        return bool(self.outside_senders) and _is_person(_name_words(name), self.outside_senders)

    def covers_initial(self, name: str) -> bool:
        """"Surname I": a sender or recipient with that surname and a given name starting with I."""
        words = name.split()
        if len(words) != 2:
            return False
        surname, initial = fold(words[0]), fold(words[1])[:1]
        return any(surname in p and any(w != surname and w.startswith(initial) for w in p) for p in self.people)


EMPTY_STAFF = StaffNames()


_NAME_SEPARATORS = re.compile(r"[\s,.'’\-]+")


def _decoded_addresses(raw: str) -> list[str]:
    """The addresses of a header value with encoded words, each display name decoded after the value is split:
    a decoded name may hold a comma ("=?iso-8859-1?q?Dallaire=2C_Genevi=E8ve?=" is one person, "Dallaire,
    Geneviève"), so it is quoted again."""
    out: list[str] = []
    for display, address in address_pairs([raw]):
        try:
            name = str(make_header(decode_header(display))) if "=?" in display else display
        except Exception:  # malformed encoded-words: keep the raw text
            name = display
        name = name.replace('"', "").replace("\\", "")
        out.append(f'"{name}" <{address}>' if name and address else name or address)
    return out


# Asked of the same few names over and over (every candidate, every staff check: 22,000 calls over the 400
# mix messages, a few hundred distinct names).
@functools.lru_cache(maxsize=1024)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _NAME_SEPARATORS.split(name) if len(w) >= 2)


# A family name with an apostrophe loses it in a file name or an address ("Kathleen_OBrien.vcf",
# "kathleen.obrien@"): a staff member's words hold both spellings, "brien" and "obrien". Candidates keep their
# own spelling, so a patient "J. O'Brien" is still no staff member "j.obrien" (one surname is not a full name).
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


def _staff_words(name: str) -> frozenset[str]:
    """``_name_words`` of a staff member's name, with each apostrophe's joined spelling too."""
    words = _name_words(name)
    joined = _INNER_APOSTROPHE.sub("", name)
    return words if joined == name else words | _name_words(joined)


def _is_person(words: frozenset[str], people: Iterable[frozenset[str]]) -> bool:
    """``words`` name one of ``people``: two or more words all in one person's name, or exactly it."""
    if not words:
        return False
    return any(words == person or (len(words) >= 2 and words <= person) for person in people)


# A display name that says whose relative writes ("Parent de Hugo", "Mother of John", "Maman d'Emma"): the child it
# names is not the correspondent (the patient of a paediatric clinic's mail to the family).
_RELATIVE_OF = re.compile(
    r"(?i)\b(?:parents?|m[eè]re|p[eè]re|maman|papa|mother|father|mom|mum|dad|tuteur|tutrice|guardian)"
    r"\s+(?:de|d['’]|du|of)\s*\S.*$"
)


# One address without quotes, comments, groups or routes: "Display Name <local@domain>" or
# "local@domain". Anything else goes through the email package's full parser.
_NAME_PIECES = re.compile(r"[\s.,_\-+'\"]+")


def _words_of(name: str) -> frozenset[str]:
    """The folded name words of a display name and local part ("Jean Tremblay jean.tremblay2")."""
    words = (fold(part.strip("0123456789")) for part in _NAME_PIECES.split(name))
    return frozenset(w for w in words if len(w) >= 2 and w.isalpha())


@functools.lru_cache(maxsize=4096)
def _staff_of(senders: tuple[str, ...], recipients: tuple[str, ...]) -> StaffNames:
    """``StaffNames.from_addresses``, remembered: the same correspondents write day after day, and reading their
    address headers is most of what finding the staff of a short message costs (StaffNames is immutable)."""
    sending, addressed = StaffNames._people(senders), StaffNames._people(recipients)
    people = sending + addressed
    return StaffNames(frozenset().union(*people) if people else frozenset(), tuple(people), tuple(addressed),
                      _outside_senders(senders, recipients))


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


def _outside_senders(senders: tuple[str, ...], recipients: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The name words of each sender whose address's domain no recipient shares, when there are recipients."""
    domains = {_domain(address) for _, address in address_pairs([v for v in recipients if v])} - {""}
    if not domains:
        return ()
    outside: list[frozenset[str]] = []
    for display, address in address_pairs([v for v in senders if v]):
        if _domain(address) and _domain(address) not in domains:
            words = _words_of(f"{display} {address.split('@', 1)[0]}")
            if words:
                outside.append(words)
    return tuple(outside)

