"""Triggers of the patient name recognizer: the cheap RE2 patterns that names are looked for next to
(honorifics, role words, care phrases, staff roles, known given names, "SURNAME, Given", "Surname I. –",
roster lines, newsletter genre words, signature openers)."""

from __future__ import annotations

import re

from sentinelle.classifiers.recognizers._base import Trigger
from sentinelle.classifiers.recognizers._lexicon import load_names

HONORIFIC = Trigger(
    "name_hon",
    r"\b(?:M\.|Mme\b\.?|MME\b\.?|mme\b\.?|Mlle\b\.?|MLLE\b\.?|Monsieur\b|Madame\b|Mademoiselle\b|MONSIEUR\b"
    r"|MADAME\b|Mr\b\.?|MR\b\.?|Mrs\b\.?|MRS\b\.?|Ms\b\.?)",
)
ROLE = Trigger(
    "name_role",
    r"(?i:\b(?:nom\s+du\s+patient|nom\s+de\s+la\s+patiente|patient\s+name|nom\s+de\s+l'usager|nom|name"
    r"|patiente?|usager|usag[eè]re|b[eé]n[eé]ficiaire|cliente?"
    # ... or the case a contact tracing starts from ("cas index : Roderick Coonishish", "index_case")
    r"|cas[ \t_-]+index|index[ \t_-]+case)\b"
    # ... written in the inclusive form ("Patient(e) :", "Usager(ère) :").
    r"(?:\((?:e|[eè]re)\))?)"
    # Form labels that name the person a medical form is about (only with a colon: _LABEL_ONLY).
    # A school's health forms name the pupil ("Élève : Jade Drouin"; not "Student:", a hospital's trainee as
    # often; RE2's ASCII "\b" cannot open "Élève": the recognizer checks the word's bounds).
    # A drug test's or a blood or organ donation's form names whom the sample is from ("Donor: Priya Kaur").
    r"|(?i:\b(?:travailleu(?:r|se)|r[eé]clamante?|claimant|assur[eé]e?|insured|enfant|child|pupil|donor"
    r"|donneu(?:r|se))\b"
    r"|[ée]l[èe]ve\b)"
    # Name columns of a list or a spreadsheet ("Last: Vachon; First: Karen", "Prénom : Lucie"; only with a colon).
    r"|(?i:\b(?:(?:last|first|given|family)[ \t]+name|surname|pr[eé]nom|nom[ \t]+de[ \t]+famille)\b)"
    r"|\b(?:Last|First|LAST|FIRST)\b",
)
# Phrases that introduce the person a care episode is about ("the care of Kwame Mensah", "transfert de
# Ginette Paquin"): the name that follows needs no title, but must be a full name (two words or more).
CARE_PHRASE = Trigger(
    "name_care",
    r"(?i:\b(?:(?:the\s+)?care\s+of|transfer(?:ring)?\s+(?:of|for)|referral\s+(?:of|for)|admission\s+(?:of|de)"
    r"|transfert\s+(?:de|pour)|prise\s+en\s+charge\s+de|r[ée]f[ée]rence\s+(?:de|pour)|cong[ée]\s+de"
    r"|consultation\s+(?:de|pour)|suivi\s+de|dossier\s+(?:de|of)"
    # A refill or a prescription asked for someone ("Refill carboplatin-pemetrexed (cycle 2 planned) for Jaaji
    # Kulula", "Renouvellement d'ordonnance pour ...", "Prescription for ...")
    r"|(?:refill|renouvellement|represcription)\b[^\n]{0,60}?\s(?:for|pour)|(?:prescription|ordonnance|rx)\s+(?:for|pour)"
    # A home visit to someone ("Home visit to Shimun Pinette this morning", "visite à domicile chez ...").
    r"|(?:home\s+)?visit\s+(?:to|with)|visite\s+(?:[àa]\s+domicile\s+)?(?:chez|[àa]\s+domicile\s+de)"
    # ... or a colleague asked to go and see someone ("can you swing by Campbell Huguette this pm?", "peux-tu passer
    # voir Mme Roy", "la visite conjointe pour ..."; not "stop by", "drop by": one stops by a colleague's office)
    r"|swing\s+by|passer\s+voir|check\s+on|visite\s+conjointe\s+(?:pour|chez|de)"
    # ("can u check lucille lavoie's sacrum when u do rounds?": a request to look at someone)
    r"|(?:can|could)\s+(?:u|you)\s+(?:please\s+|pls\s+)?check|(?:pls|please)\s+check"
    # ... or someone referred or booked ("I am referring F. Dunbar (59) for ...", "Merci de céduler Hélène Langevin",
    # "peux-tu booker gilles nadeau pour son Shingrix", "could you book Sofia Lessard for")
    r"|(?:i\s+am|i'm|we\s+are)\s+referring|c[ée]dul(?:er|ez)|book(?:er|ez)"
    r"|(?:please|pls|svp|can\s+you|could\s+you)\s+book"
    # ... or whom a clinician saw ("J'ai revu Tomasz Lacasse ce matin", "Nous avons vu hier Julien Bélisle", "I saw")
    r"|(?:j'ai|nous\s+avons|on\s+a)\s+(?:re)?vu(?:\s+(?:hier|ce\s+matin|aujourd'hui|ce\s+midi|en\s+clinique))?"
    r"|(?:i|we)\s+(?:saw|examined|assessed)(?:\s+(?:yesterday|today|this\s+morning))?|(?:i|we)(?:'ve|\s+have)\s+seen"
    # ... or whom a home-care nurse visited ("Visited Clifford Holloway yesterday: infected groin wound")
    r"|(?:(?:i|we)\s+)?visited|(?:j'ai|nous\s+avons|on\s+a)\s+visit[ée]"
    # A ride or a booking asked for someone ("Transport adapté svp pour R. Morin", "taxi booked for J. Smith").
    r"|(?:transport|taxi|ambulance|rendez-vous|rdv|appointment|appt|booking)(?:\s+(?:svp|please|booked|adapt[ée]"
    r"|r[ée]serv[ée]e?|requested|demand[ée]e?)){0,2}\s+(?:pour|for)"
    # ... or an examination booked for someone ("Please book growth US for Fatou Paré", "book a CT for")
    r"|book(?:\s+(?:an?|the))?(?:\s+[a-z-]+){0,2}\s+(?:us|ultrasound|echo|scan|ct|mri|irm|x-ray|appointment|appt|visit"
    r"|consult|follow-up|bloodwork|labs|surgery|procedure)\s+for"
    # Whom a message is about: a patient only with a patient cue (the recognizer weighs it).
    r"|concernant|au\s+sujet\s+de|regarding|concerning)\b"
    # ... and a home visit's title ("Home visit - Rose Arsenault", "Visite à domicile : M. Roy")
    r"|\b(?:home\s+visit|visite\s+(?:[àa]\s+)?domicile|home\s+care\s+visit)[ \t]*(?:[-–:]|(?:pour|for|chez|with)\b)"
    # ... or a visit report's ("Visit done for L. Lalonde at ...", "Visite faite chez M. Roy")
    r"|\b(?:visit[ \t]+(?:done|completed|made)[ \t]+(?:for|with)"
    r"|visite[ \t]+(?:faite|effectu[ée]e)[ \t]+(?:pour|chez))\b)",
)
# Words that introduce a member of staff (the care team, the administration): the name that follows
# is not a patient's. Case-insensitive except the short titles.
STAFF_ROLE = Trigger(
    "name_staff",
    # ("Me", "Maître": a lawyer's or a notary's title in Québec and France, "Me François Desjardins — Le dossier
    # médical devant les tribunaux")
    # (an Indigenous community's Elder, who speaks or teaches: "témoignage avec Elder George Spencer")
    # (the inclusive form of a programme's speakers: "Dr(e) Mélanie Paré")
    r"\b(?:Dr\(e\)|Pr\(e\)|Dre?\b\.?|Docteure?\b|DRE?\b\.?|Pre?\b\.?|Me\b|Ma[iî]tre\b|Elder\b)|(?i:\b(?:docteure?|r[eé]sidente?|interne|externe|infirmi[eè]re?"
    r"|inf\.|m[eé]decin|pharmacienne?|ministre|directeur|directrice|pr[eé]sidente?|coordonnat(?:eur|rice)"
    r"|conseill[eè]re?|gestionnaire|chef|professeure?|conf[eé]renci[eè]re?|travailleu(?:r|se)\s+social[e]?"
    r"|ergoth[eé]rapeute|physioth[eé]rapeute|nutritionniste|psychologue|inhaloth[eé]rapeute|resident|nurse"
    r"|physician|attending|fellow|minister|director|president|manager|speaker|pharmacist|surgeon|chirurgienne?"
    r"|cardiologue|cardiologist|oncologue|oncologist|intervenante?|adjointe?|secr[eé]taire|secretary"
    # The care team's aides and assistants ("+ PAB Lise Tremblay", "Assistante : Mathieu Bergeron", "PSW Ann Roy").
    r"|pab|pr[eé]pos[eé]e?|psw|assistante?|auxiliaire|orderly|avocate?|notaire|lawyer|attorney)\b)",
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
# ... or a run of words in capitals, family name and given name either order without a comma ("pour TREMBLAY
# RACHEL ?", "TREMBLAY RUTH – cancer du sein"), which ``_shapes`` keeps only for a known family name beside a listed
# given name.
UPPER_COMMA = Trigger(
    "name_upper_comma",
    rf"[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?(?:,[ \t]*(?:[{_UP}][{_LOW}]{{2,}}|[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?\b)"
    rf"|(?:[ \t]+[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?){{1,3}}\b)",
)
# A terse note's patient: a surname (a comma may follow it) and an initial, then a dash or a colon
# ("Walsh K – SpO2 87 %", "Gendron P. : K 6,1"), a chart number then a dash ("PELLAND R. H-4410982 –"), a
# column gap (two spaces, a tab) or an age and sex ("Nguyen, T.  25F", "Roy, M. 70 M"); kept only when it
# opens its line (after a bed or room number) and clinical evidence follows on that line or on the lines of
# its roster.
SURNAME_INITIAL = Trigger(
    "name_initial",
    rf"(?:[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?|[{_UP}]{{2,}})(?:[-'’][{_UP}][{_UP}{_LOW}]+)?,?"
    rf"[ \t\x{{00A0}}]+[{_UP}]\.?(?:[ \t\x{{00A0}}]*[-–—:|/,]|[ \t\x{{00A0}}]{{2,}}|\t"
    # ... a chart number, then a dash, the age and sex or the problem ("Fraser, R. 96325652 62M - COPD exac",
    # "LAPOINTE A 91609999 lacération main gauche")
    # "SINCLAIR É. (CHU-909171) néo du côlon", "KOWALCZYK A. (29-48050) - CHF", "REID M. (9430 710 476) -"
    rf"|[ \t]+\((?:[A-Z]{{1,4}}-?)?(?:[0-9]{{6,10}}|[0-9]{{2,5}}(?:[-. ][0-9]{{3,5}}){{1,3}})\)"
    rf"|[ \t]+(?:[A-Z]{{1,4}}-?|[0-9]{{2}}-)?[0-9]{{6,8}}"
    rf"(?:[ \t]*[-–—:|/]|[ \t]+[0-9]{{1,3}}[ \t]?(?:(?:[MFHmfh]|ans|yo)\b|y\.o\.)|[ \t]+[a-zà-ÿ])"
    # ... or the sex then the age ("Villeneuve S., homme 44 ans", "Walsh M., female 50yo")
    rf"|(?:[ \t\x{{00A0}}]*,)?[ \t\x{{00A0}}]+(?i:(?:homme|femme|male|female|man|woman|gar[çc]on|fille|boy|girl)"
    rf"[ \t,]+)?[0-9]{{1,3}}[ \t]?(?:(?:[MFHmfh]|ans|yo|y|yrs?|a)\b|y\.o\.))",
)
# The verbs of a call a message taken for a colleague reports ("a appelé", "called"), and the words that head a
# paragraph's update about someone ("Update on", "Nouvelles de"): the trigger below and ``_prose``, which reads its
# hits, share them.
CALL_VERBS = r"(?i:called|phoned|a[ \t]+appel[ée]e?|a[ \t]+t[ée]l[ée]phon[ée]e?)"
UPDATE_WORDS = (r"(?i:update[ \t]+on|news[ \t]+(?:on|of|about)|nouvelles[ \t]+de|suivi[ \t]+de"
                r"|mise[ \t]+[àa][ \t]+jour[ \t]+(?:pour|sur))")
# A full name the given-name list may lack, said to be of an age or to have been admitted, seen, referred...
# ("Kwabena Asante, 62 ans", "Ngozi Eze (45F)", "Thabo Mbeki was admitted overnight", "X a été hospitalisée").
_CAP = rf"(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_SAID_AFTER = (
    r"(?:[ \t]*,[ \t]*(?:(?i:aged?)[ \t]+)?[0-9]{1,3}[ \t]*(?:(?:ans|yo|years?[ -]old|[MFHmf])\b|y\.o\.?|y/o\b)"
    # ... or the age in parentheses, what may follow it after a comma ("Paul Boyd (19 y/o, rm 603)", "(82 ans)")
    # ("(39 a)": how a French roster shortens "ans")
    r"|[ \t]*\([ \t]*[0-9]{1,3}[ \t]*(?:ans|a|yo|y/o|y\.o\.?|years?[ -]old)[ \t]*[),;]"
    # ... or a newborn's gestational age in parentheses ("YILMAZ Zack (33 1/7 sem AGPM)", "(29+3 wks)", "(GA 31 weeks")
    r"|[ \t]*\([ \t]*(?:(?i:ga|ag|age[ \t]+gestationnel)[ \t]*:?[ \t]*)?[2-4][0-9]"
    r"(?:[ \t]*\+[ \t]*[0-6]|[ \t]+[0-6]/7)?[ \t]*(?i:sem(?:aines)?|sa|wks?|weeks?)\b"
    # ... or the birth date's label ("G. Moreau, né le 2016-07-14", "R. Hughes, DOB")
    r"|[ \t]*,?[ \t]+(?i:n[ée]e?[ \t]+le|dob|ddn|d\.o\.b\.)[ \t:]"
    # ("E. Elnour (DN : 19 novembre 1980", "(DOB: 1963-12-26")
    r"|[ \t]*\([ \t]*(?i:n[ée]e?[ \t]+le|dob|ddn|dn|d\.o\.b\.|date[ \t]+(?:of[ \t]+birth|de[ \t]+naissance))[ \t]*:"
    # ... or a possessive before a piece of their care ("rebook Heather Smith's MRI appt", "R. Hughes's labs")
    r"|['’]s[ \t]+(?i:mri|irm|ct|scan|echo|ultrasound|x-ray|appt|appointment|labs?|bloodwork|blood[ \t]+work"
    r"|results?|surgery|procedure|referral|consult|meds|medications?|chart|discharge|admission|biopsy"
    r"|dialysis|infusion|chemo|colonoscopy|follow-up|prescription|home[ \t]+care"
    # ... or before the relative who writes or calls about them ("I'm Jordan Arsenault's son")
    r"|son|daughter|wife|husband|partner|mother|father|mom|dad|caregiver)\b"
    # ... an age without its unit after "age" ("Geneviève Cloutier, age 16, was seen"), or between commas before
    # what the person did, a telephone number may come first ("Samuel Bergevin (579 555-7595), 32, called us")
    r"|[ \t]*,[ \t]*(?i:aged?)[ \t]+[0-9]{1,3}\b"
    r"|[ \t]*(?:\([ \t]*[0-9][0-9 ().-]{6,16}[0-9][ \t]*\)[ \t]*)?,[ \t]*[0-9]{1,3},[ \t]+[a-z]"
    r"|[ \t]*\([ \t]*[0-9][0-9 ().-]{6,16}[0-9][ \t]*\)[ \t]*,[ \t]*[0-9]{1,3}[ \t]*"
    r"(?:(?:ans|yo|years?[ -]old)\b|y\.o\.?)"
    r"|[ \t]*\([ \t]*[0-9]{1,3}[ \t]?[MFHmf]\)"
    # ... or followed by a chart number in parentheses ("Kwame Wright (LU8633034)", "Victor Li (54-562-601)")
    r"|[ \t]*\([ \t]*(?:[A-Z]{0,3}-?|[A-Z]{2,4}[ \t:#]+)[0-9]{2,}(?:[- ][0-9]{2,}){0,3}[ \t]*\)"
    # (a short parenthesis may stand between: "Sarah Lessard (grade 2) was diagnosed with type 1 diabetes")
    r"|(?:[ \t]*\([^()\n]{1,30}\))?,?[ \t]+(?i:was|has[ \t]+been|a[ \t]+[ée]t[ée]|est|is)[ \t]+"
    # (an adverb may stand between: "is currently hospitalized", "est présentement hospitalisée")
    r"(?:(?i:currently|now|still|again|actuellement|pr[ée]sentement|toujours|maintenant|encore|de[ \t]+nouveau)[ \t]+)?"
    r"(?i:admitted|admise?|hospitali[sz]|transferred"
    r"|transf[ée]r[ée]|seen[ \t]+in|vue?[ \t]+[àa]|referred|r[ée]f[ée]r[ée]|diagnosed|diagnostiqu|discharged"
    r"|operated|op[ée]r[ée])"
    # ... or gravida and para, as an age says who is meant ("Pootoolik, Elisapi, G5P4, 35 semaines")
    r"|[ \t]*,[ \t]*G[0-9]{1,2}[ \t]?P[0-9]{1,2}\b"
    # ... or a treatment the person started ("Ulaayu Iyaituk a commencé l'hémodialyse", "X started chemo")
    r"|[ \t]+(?i:a[ \t]+commenc[ée]|a[ \t]+d[ée]but[ée]|has[ \t]+started|started|began|is[ \t]+starting)[ \t]+"
    r"(?:(?i:l['’]|la|le|les|his|her|son|sa|ses)[ \t]*)?(?i:h[ée]modialyse|dialyse|dialysis|h[ae]?emodialysis|chimio"
    r"|chemo|radioth|radiation|insulin|antibio|m[ée]thadone|suboxone|immunoth|anticoagul)"
    # ... or where the person lies, in apposition ("Claire Moreau, civière 23,", "Liam Savard (ICU bed 9)",
    # "John Gauthier (lit USI-13)")
    r"|[ \t]*(?:,[ \t]*|\([ \t]*)(?:(?i:icu|usi|si|urg|urgence|ed|er)[ \t]+)?"
    r"(?i:civi[eè]re|stretcher|lit|bed|chambre|room|rm|box|cubicle)[ \t]*(?:(?i:usi|icu|si)[ \t-]?)?[0-9]{1,4}"
    r"[A-Za-z]?(?:[ \t]*[),;:.]|[ \t]+[-–—])"
    # "... is a 62 y.o. man", "... is a 7-year-old boy", "... est une femme de 54 ans"
    r"|,?[ \t]+(?i:is|was|est)[ \t]+(?i:a|an|un|une)[ \t]+"
    r"(?:[0-9]{1,3}[ \t-]*(?i:y\.?o|years?[ -]old|yrs?[ -]old|ans)"
    r"|(?i:homme|femme|patiente?|man|woman|boy|girl|gar[çc]on|fille|enfant|child)[ \t]+(?i:de|of|aged)[ \t]+[0-9]))"
)
# A family name in capitals, before or after the given name ("PETIQUAY Réginald, né le", "Réginald PETIQUAY, 85 ans"),
# or written first before a comma ("Qisiiq, Lizzie (74 a)", "Pootoolik, Elisapi, G5P4"... the age says who is meant).
# A given name and a family name in title case ("Marie-Ève Côté", "Liam O'Brien"), and the same as a whole word (the
# staff checks' employee numbers and schedules, the attendance lists).
TITLE_CASE_FULL_NAME = (r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?[ \t\u00a0]+(?:[A-ZÀ-Þ]['’])?[A-ZÀ-Þ][a-zß-ÿ]+"
                        r"(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?")
FULL_NAME = re.compile(rf"(?<![\w'’-]){TITLE_CASE_FULL_NAME}(?![\w'’-])")
_UPPER_WORD = rf"[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?"
NAME_SAID = Trigger(
    "name_said",
    rf"(?:(?:{_CAP}(?:[ \t\x{{00A0}}]+{_CAP}){{1,2}}|{_UPPER_WORD}[ \t\x{{00A0}}]+{_CAP}"
    rf"|{_CAP}(?:[ \t\x{{00A0}}]+{_CAP})?[ \t\x{{00A0}}]+{_UPPER_WORD}|{_CAP},[ \t]+{_CAP}){_SAID_AFTER}"
    # An initial and a family name, said the same way or opening a terse clause ("B. Lindqvist, 28M", "transport
    # adapté pour G. Gagnon – hémodialyse lun-mer-ven"): counted only with evidence said of someone near it.
    rf"|[{_UP}]\.[ \t]?{_CAP}(?:{_SAID_AFTER}|[ \t]+[-–—][ \t]+)"
    # A given name, then the surname and the age in parentheses ("la mère de Jessica (Marchand, 28 ans, suivie...")
    rf"|{_CAP}[ \t]*\([ \t]*{_CAP}[ \t]*,[ \t]*[0-9]{{1,3}}[ \t]*(?:(?:ans|yo|years?[ -]old|[MFHmf])\b|y\.o\.?)"
    # ... or a given name alone with the age or the school class that says who is meant ("le jeune Lynda (15
    # ans)", "Tyler (sec. 2, groupe 40)", "Dylan D. (grade 11, homeroom 107)"): the caller asks for a known one.
    rf"|{_CAP}(?:[ \t]+[{_UP}]\.)?[ \t]*\([ \t]*(?:[0-9]{{1,2}}[ \t]*(?:ans|yo|y\.o\.|years?[ -]old)"
    rf"|(?i:sec\.?|secondaire|grade|[0-9]{{1,2}}(?:e|re|er|th)[ \t]+ann[ée]e|homeroom|classe)[ \t]*[0-9]{{0,2}}"
    # ... or their birth date ("voici mon résumé pour Mathis (DDN : 28 octobre 2021)", "Update on Mason (DOB ...")
    rf"|(?i:ddn|dob|d\.o\.b\.|dn|n[ée]e?[ \t]+le|born)[ \t]*:?[ \t]*[0-9]"
    # ... or the number of their chart or their study file, then their call or what is said of them ("Jean-Guy (310
    # 2407) a appelé : dyspnée à l'effort")
    rf"|[0-9][0-9 -]{{5,12}}[0-9][ \t]*\)[ \t]*(?:{CALL_VERBS}|:))"
    # ... or who called and from which number, as a message taken for a colleague says ("Gérald called (579.555.0161)
    # - rash since the last infusion", "Éric from DIAB-REN 2 called back from (579) 555-0113"): a staff member's call
    # carries no number.
    rf"|{_CAP}(?:[ \t]+(?i:from|de|du)[ \t]+[^\n,()]{{1,25}}?)?[ \t]+{CALL_VERBS}(?:[ \t]+(?i:back))?[ \t]*"
    rf"(?:\(|(?i:from|du|de)[ \t]+\(?)"
    rf"[0-9]{{3}}\)?[ .-]?[0-9]{{3}}"
    # ... or whom a paragraph's update is about, a given name before its colon ("Update on Linda: she is staying at a
    # shelter", "Nouvelles de Gaston : ...")
    rf"|(?m:^[ \t]*){UPDATE_WORDS}[ \t]+{_CAP}[ \t]*:"
    # ... or between commas ("Vous accompagnerez Yvon, 73 ans, suivi pour MPOC", "Yvon, 73, followed for COPD")
    rf"|{_CAP},[ \t]*[0-9]{{1,3}}(?:[ \t]*(?:ans|yo|y\.o\.|years?[ -]old)\b|,[ \t]+[a-zà-ÿ])"
    # A nickname in quotes, then the family name in parentheses (« Le Grand Jo » (Bergevin, celui qui dort au
    # refuge...): how shelters and street outreach name the people they know; a known family name only.
    rf"|[«\x{{201C}}\"][ \t\x{{00A0}}]*[^»\x{{201D}}\"\n]{{1,30}}[»\x{{201D}}\"][ \t\x{{00A0}}]*"
    rf"\([ \t]*{_CAP}[ \t]*,)",
)
# A roster line: room/bed number at the start of a line, then a separator ("701 – ", "Ch. 12 : ", "Lit 3B |");
# after a bed or room word, a column gap is separator enough ("Bed 14  MORIN, Ginette").
ROSTER = Trigger(
    "name_roster",
    r"(?m:^[ \t]*(?:(?i:ch|chambre|room|rm|lit|bed)\.?[ \t]*[0-9]{1,4}[A-Za-z]?(?:[ \t]{2,}|\t[ \t]*)"
    r"|(?:(?i:ch|chambre|room|rm|lit|bed)\.?[ \t]*[0-9]{1,4}[A-Za-z]?|[0-9]{3,4}[A-Za-z]?(?:-[0-9]{1,2})?)"
    r"[ \t]*[-–—:|,][ \t]*))",
)
# Newsletter-like segments, where a titled name is rarely a patient unless a patient cue says so.
# (RE2's \b is ASCII-only: words ending in an accented letter carry no trailing \b.)
GENRE = Trigger(
    "name_genre",
    r"(?i:\b(?:infolettre|newsletter|bulletin|offre\s+d'emploi|affichage\s+de\s+poste|job\s+posting|comite"
    r"|committee|ordre\s+du\s+jour|conf[eé]rences?|conf[eé]renci(?:er|[eè]re)s?|s[eé]minaires?|seminars?|webinaire"
    r"|webinar|colloque|symposium|d[eé]sabonner|unsubscribe"
    r"|nomination|communique|press\s+release|formation\s+(?:continue|obligatoire)|mandatory\s+training"
    r"|programme\s+scientifique"
    r"|appel\s+de\s+candidatures|journal\s+club|club\s+de\s+lecture|grand\s+rounds|abstract|case\s+series"
    r"|s[eé]rie\s+de\s+cas|presenter|pr[eé]sentat(?:eur|rice)|speakers?|keynote|pl[eé]ni[eè]re|plenary|moderator|mod[eé]rat(?:eur|rice)|cme|fmc"
    r"|recrutement|recruitment|hiring|job\s+opening|career|carri[eè]re|candidature"
    # A newsletter's praise column ("Kudos", "Shout-outs"); not its period: "weekly INR", "monthly pregnancy test".
    r"|kudos|shout-?outs?"
    # A colleague's new baby told to the team ("Welcome baby Léonie!", "a card is going around", "gift collection").
    r"|welcome\s+baby|bienvenue\s+(?:[àa]\s+)?(?:b[eé]b[eé]|la\s+petite|au\s+petit)|baby\s+shower|gift\s+collection"
    r"|(?:a|une)\s+(?:card|carte)\s+(?:is\s+going\s+around|circule)|collecte\s+(?:de\s+|pour\s+(?:un|le)\s+)?cadeaux?"
    # A newsletter's issue ("Imaging Matters - January edition", "édition de mars", "Spring issue").
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer"
    r"|fall|autumn|winter|monthly|quarterly)\s+(?:edition|issue)"
    r"|[eé]dition\s+(?:de\s+|d')?(?:janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
    r"|novembre|d[eé]cembre|printemps|[eé]t[eé]|automne|hiver)"
    # A teaching day and its accredited hours ("Journée pédiatrique annuelle", "6 Section 1 credits").
    r"|journ[ée]e\s+(?:scientifique|p[ée]diatrique|annuelle|de\s+formation|de\s+la\s+recherche|r[ée]gionale)"
    r"|(?:annual|research|scientific|education)\s+day|section\s+[123]\s+credits?|mainpro\+?"
    r"|cr[ée]dits?\s*:?\s*[0-9]+\s*h?\s*(?:de\s+)?cat[ée]gorie"
    r"|programme\s+(?:pr[ée]liminaire|provisoire|final|d[ée]finitif|de\s+la\s+journ[ée]e|du\s+colloque|du\s+congr[eè]s)"
    r"|(?:preliminary|final)\s+program(?:me)?|journ[ée]es\s+(?:de\s+(?:la\s+)?)?sant[ée])\b"
    r"|\b(?:comit|communiqu)é)",
)


# A conference room or call is a place or a phone line, not a conference ("Location: 6E conference room",
# "salle de conférence B", "conference call at 3"): it says nothing of the message's genre.
_ROOM_AFTER = re.compile(r"[ \t]+(?:rooms?|calls?|line|bridge)\b", re.IGNORECASE)
_ROOM_BEFORE = re.compile(r"\b(?:salles?|rooms?)[ \t]+(?:de|des|du)[ \t]+$", re.IGNORECASE)
# A case or family conference is a care team's meeting about one patient ("Case conference - Gagnon, Ginette",
# "conférence de cas", "conférence familiale"), not a conference with a programme and speakers.
_CARE_MEETING_BEFORE = re.compile(r"\b(?:case|family|patient|discharge)[ \t]+$", re.IGNORECASE)
_CARE_MEETING_AFTER = re.compile(r"[ \t]+(?:de[ \t]+cas|familiale|de[ \t]+famille|clinique)\b", re.IGNORECASE)
# ... nor a committee someone's case is referred to ("Plan: refer to housing committee", "référer au comité d'accès"):
# a social worker's plan for one person.
_REFERRED_TO_BEFORE = re.compile(
    r"\b(?:refer(?:red)?|submit(?:ted)?|present(?:ed)?)[ \t]+to[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}$"
    r"|\b(?:r[ée]f[ée]r(?:er|[ée]e?s?)|pr[ée]sent(?:er|[ée]e?s?)|soumettre|soumise?)[ \t]+au[ \t]+$",
    re.IGNORECASE,
)


# ... nor is a code's prefix ("#CME-425775", "FMC2026"): a chart or file number, not continuing education.
_CODE_AFTER = re.compile(r"-?[0-9]")


# A capitalised genre word after a given name or a title is that person's family name ("Louise Carrière", "Dr
# Nomination"): Carrière is a common Québec surname, and "carrière" (career) a job posting's word.
_PERSON_BEFORE = re.compile(
    rf"(?:\b(?P<given>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)|\b(?:Dre?|Pre?|Mmes?|Mme|Mlle|Mrs?|Ms)\.?|\bM\.)"
    r"[ \t\u00a0]+$"
)


# ... or a capitalised genre word inside a sentence, before another capitalised word: part of a company's or a
# person's name ("mécanicien chez Carrière Beaulac", a quarry; "avec Carrière Lapointe").
_PROPER_NAME_AFTER = re.compile(rf"[ \t\u00a0]+[{_UP}][{_LOW}]+")
_INSIDE_SENTENCE = re.compile(rf"[{_LOW},][ \t\u00a0]+$")
# ... or a line that is only such a name, as a signature gives the sender's company ("> Carrière Beaulac").
_NAME_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t>]*$")
_NAME_LINE_AFTER = re.compile(
    rf"(?:[ \t\u00a0]+[{_UP}][{_LOW}]+){{1,2}}(?:[ \t\u00a0]+(?i:inc|lt[ée]e|ltd|s\.?e\.?n\.?c\.?)\.?)?"
    r"[ \t]*\r?(?:\n|$)"
)


def _in_a_proper_name(text: str, start: int, end: int) -> bool:
    if not text[start : start + 1].isupper():
        return False
    if " " not in text[start:end] and (
        (_PROPER_NAME_AFTER.match(text, end) and _INSIDE_SENTENCE.search(text, max(0, start - 4), start))
        or (_NAME_LINE_AFTER.match(text, end) and _NAME_LINE_BEFORE.search(text, max(0, start - 8), start))
    ):
        return True
    before = _PERSON_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and (before["given"] is None or before["given"] in _GIVEN_SET)


# "Communiqué verbalement au Dr Haddad", "résultat communiqué à la famille": the verb, not a press release.
_COMMUNICATED = re.compile(
    r"e?s?[ \t]+(?:verbalement|oralement|t[ée]l[ée]phoniquement|directement|par|aux?|[àa]|le|la|les)\b",
    re.IGNORECASE,
)


# ... or after an auxiliary: "ne peuvent être communiqués sans son consentement", "a été communiquée".
_COMMUNICATED_AFTER_AUXILIARY = re.compile(
    r"(?:[êe]tre|[ée]t[ée]|est|sont|sera|seront|soit|soient|fut|furent)[ \t]+"
    r"(?:(?:pas|jamais|d[ée]j[àa]|bien)[ \t]+)?$",
    re.IGNORECASE,
)


def _communicated(text: str, start: int, end: int) -> bool:
    """The "communiqué" at ``start`` is the verb's participle, not a press release."""
    return text[start : start + 9].lower() == "communiqu" and (
        _COMMUNICATED.match(text, end) is not None
        or _COMMUNICATED_AFTER_AUXILIARY.search(text, max(0, start - 24), start) is not None
    )


def genre_said(text: str, hits: list[tuple[int, int]]) -> bool:
    """Whether a ``GENRE`` hit of ``text`` says its genre (not a conference room or call, a case conference, a
    committee someone is referred to, a code's prefix, a result communicated to someone, nor a person's family
    name)."""
    return any(
        not (_ROOM_AFTER.match(text, end) or _ROOM_BEFORE.search(text, max(0, start - 12), start)
             or _CODE_AFTER.match(text, end) or text[start - 1 : start] == "#"
             or _CARE_MEETING_BEFORE.search(text, max(0, start - 12), start) or _CARE_MEETING_AFTER.match(text, end)
             or _REFERRED_TO_BEFORE.search(text, max(0, start - 40), start)
             or _communicated(text, start, end)
             or _in_a_proper_name(text, start, end)
             or _in_address(text, start, end)
             or (text[start:end].lower() == "nomination"
                 and _OWN_APPOINTMENT_BEFORE.search(text, max(0, start - 12), start) is not None))
        for start, end in hits
    )


_ADDRESS_MARKS = ("@", "://", "www.")
# The writer's own appointment ("ma nomination comme liquidateur", "my appointment"): a legal act, no announcement.
_OWN_APPOINTMENT_BEFORE = re.compile(r"(?i:\b(?:ma|mon|notre)[ \t]+)$")


def _in_address(text: str, start: int, end: int) -> bool:
    """The hit is part of an e-mail or web address ("karine.rioux@cme-boreal.example"): a domain, not a genre."""
    token_start = max(text.rfind(" ", max(0, start - 80), start), text.rfind("\n", max(0, start - 80), start)) + 1
    token_end = min((i for i in (text.find(" ", end, end + 80), text.find("\n", end, end + 80)) if i >= 0),
                    default=min(len(text), end + 80))
    token = text[token_start:token_end]
    return any(mark in token for mark in _ADDRESS_MARKS)


# Signature openers on a line of their own; part of the combined scan (no extra pass). CRLF text
# (what the server feeds) has "\r" before the end of line: RE2's multi-line "$" only matches before "\n".
SIGNATURE = Trigger(
    "signature",
    # (a quoted message's signature too: "> -- ", "> Cordialement,")
    r"(?im:^(?:>[ \t]?)*(?:--[ \t]?\r?$|(?:cordialement|salutations|bien [àa] vous|regards|best regards|kind regards"
    r"|best|sincerely|thanks|thank you|merci(?: beaucoup)?|bonne journ[ée]e|au plaisir"
    # closing formulas that take a complement, alone on their line
    r"|merci (?:de votre (?:collaboration|compr[ée]hension|attention)|[àa] l'avance|d'avance|encore)"
    r"|(?:avec mes |meilleures |sinc[èe]res )salutations|bonne fin de journ[ée]e|respectueusement)"
    r"[ \t]*[,.!]?[ \t]*\r?$))",
)
