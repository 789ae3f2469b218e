"""Diagnosis recognizer: lexicon terms (FR/EN), clinician abbreviations, and ICD-10 codes next to a coding context.

A diagnosis alone identifies nobody (newsletters talk about diabetes); it only
matters to scoring near a patient name. Terms come from the hand list
``diagnoses.txt``, ``cim10_fr.txt`` and ``icd10cm_en.txt`` (CIM-10 and ICD-10-CM labels, built from
edsnlp's and simple-icd-10-cm's resources: lexicons/README.md), ``icd10cm_fr_forms.txt`` (the French form of a
one-word ICD-10-CM label by its suffix: "hémochromatose", "cholangite") and ``disease_heads.txt`` (the word that
names a disease alone: "otite", "ileus"), each in both numbers and British spelling ("tumour"); a disease
named as its vaccine ("Vaccin : Influenza", "flu vaccine") is none. Confidence 0.8 for a lexicon term,
0.7 for an upper-case abbreviation of ``diagnosis_abbreviations.txt`` (IRA,
HTA, NSTEMI, COPD: matched as written, since "fa" or "ira" in lower case are
words), 0.85 for an ICD-10 code after "CIM-10", "ICD-10", "diagnostic", "dx"...

Also, from what clinicians write that no classification lists:

- a billing diagnostic code, three ICD-9 digits after its label ("Dx code: 296", "code diagnostique 250.0":
  RAMQ and OHIP claims still use ICD-9), 0.85;
- obstetric notation: a gestational age ("27+0 wks", "34+3 SA", "19 weeks pregnant", "enceinte de 22 semaines"),
  and gravida/para ("G3P1", "G2P1A0") with an obstetric word within 60 characters (a part number looks the same),
  0.8; a karyotype ("47,XY,+18", "45,X"), 0.8; a course of radiotherapy, its dose over its fractions ("50.4 Gy / 28
  fx"), 0.8;
- a surgical or endoscopic procedure named by its suffix ("cholécystectomie", "septoplasty", "cystoscopie") or a
  resection ("résection transurétrale"), 0.8;
- an injury named by the body part it struck ("5th metacarpal fx", "supraspinatus tear", "fx du scaphoïde",
  "entorse de la cheville"): the injury word alone is ordinary mail ("rupture de stock", "wear and tear"), 0.8;
- a relapse said alone ("TR: LAPOINTE Mary - récidive"), never one with a complement ("récidive d'absences"), 0.8;
- an adverse event reported ("AE: fall", "EI : chute", "SAE: hospitalisation"), 0.8;
- a psychiatric stay with words between the verb and the ward ("hospitalisée depuis 5 semaines en
  psychiatrie"), 0.8;
- a fall timed or with an injury statement ("fall at 0145", "chute à 2 h", "fall - no injury"), or said of
  someone without a complement ("a fait une chute", "had a fall", not "a fait une chute de 10 %"), 0.8; the
  other nursing events of night reports and home-care notes are the hand list ``nursing_events.txt``;
- an abbreviation that is also an ordinary acronym (DB: diabète or database, CAP, PE, EP, MI, AS, AF, AAA, TSA,
  TOC; the joint replacements PTH, PTG, THA, TKA and BKA, which also name an OR block's specialty) only
  right after a word of care or a size ("suivi DB", "known CAP", "r/o PE", "severe AS", "new AF", "4.1 cm
  AAA"), or right before a word that says it is a diagnosis ("the PE diagnosis is confirmed", "EP confirmée"), 0.7.
"""

from __future__ import annotations

import re

from sentinelle.classifiers.mask import mask_digits, show_term
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, find_context, fold
from sentinelle.classifiers.recognizers._lexicon import abbreviation_pattern, lexicon_pattern
from sentinelle.classifiers.types import DIAGNOSIS, Finding, Segment

LEXICON = Trigger(
    "dx",
    lexicon_pattern(
        "diagnoses", "cim10_fr", "icd10cm_en", "icd10cm_fr_forms", "disease_heads", "symptoms_r", "nursing_events",
        variants=True,
    ),
)
# A surgical or endoscopic procedure named by its Greek suffix ("cholécystectomie", "myringotomie", "iléostomie",
# "arthroplastie", "coloscopie", "néphropexie", "herniorraphie"; "thyroidectomy", "angioplasty", "bronchoscopy"),
# or a resection: what was or will be done to someone, as telling as a diagnosis. No list holds every one (CCAM and
# CCI ship in no PyPI package); the suffixes are the terminology's own word formation.
PROCEDURE = Trigger(
    "dx_procedure",
    r"(?i:\b[a-z][a-zà-ÿ]{2,}(?:ectomies?|ectomy|otomies?|otomy|ostomies?|ostomy|plasties?|plasty|scopies?|scopy"
    r"|pexies?|pexy|rr?aphies?|rr?haphy|cent[èe]ses?|centesis|centeses)\b|\br[ée]sections?\b)",
)
# An inflammation named by its English suffix ("rhinosinusitis", "blepharitis", "uveitis"): no list holds every
# compound, and no English word outside medicine ends so. (French "-ite" also ends "visite", "limite", "réussite".)
INFLAMMATION = Trigger("dx_inflammation", r"(?i:\b[a-z]{3,}itis\b)")
# An injury named by the bone, joint, tendon or ligament it struck, as fracture clinics, physiotherapists and
# work-injury files write it ("5th metacarpal fx", "supraspinatus tear", "distal radius fracture", "fx du
# scaphoïde", "déchirure du sus-épineux", "entorse de la cheville"). ICD-10 words each as a long label ("Fracture
# of other metacarpal bone"); the injury word alone ("tear", "strain", "rupture", "fx") is ordinary in other mail,
# so it counts only beside the body part.
_BODY_PART_EN = (
    r"metacarpal|metatarsal|scaphoid|radius|radial|ulna|ulnar|humerus|humeral|clavicle|clavicular|femur|femoral"
    r"|tibia|tibial|fibula|fibular|patella|patellar|ankle|wrist|hip|rib|olecranon|calcaneus|calcaneal|talus|talar"
    r"|vertebral|compression|supraspinatus|infraspinatus|subscapularis|labral|labrum|acl|mcl|pcl|lcl|meniscus"
    r"|meniscal|achilles|achilles tendon|biceps|triceps|quadriceps|quad|hamstring|rotator cuff|elbow|shoulder|knee"
    r"|finger|thumb|toe|phalanx|phalangeal|pelvic|sacral|coccyx|orbital|nasal|mandible|mandibular|skull|malleolar"
    r"|bimalleolar|trimalleolar|boxer'?s|colles'?|calf|groin|adductor|ligament|tendon|ucl|tfcc|slap|forearm|hand"
    r"|foot|leg|arm|neck"
)
_INJURY_EN = (r"fx|fractures?|fractured|tears?|torn|ruptures?|ruptured|sprains?|sprained|strains?|dislocations?"
              r"|dislocated|avulsion")
_BODY_PART_FR = (
    r"m[ée]tacarpiens?|m[ée]tatarsiens?|scapho[iï]de|radius|cubitus|ulna|hum[ée]rus|clavicule|f[ée]mur|tibia"
    r"|p[ée]ron[ée]|fibula|rotule|cheville|poignet|hanche|c[ôo]tes?|ol[ée]cr[âa]ne|calcan[ée]um|astragale|vert[èe]bres?"
    r"|sus-[ée]pineux|sous-[ée]pineux|sous-scapulaire|labrum|lca|lcp|lcm|m[ée]nisques?|tendon d'achille|achille"
    r"|biceps|quadriceps|ischio-jambiers?|coiffe des rotateurs|coude|[ée]paule|genou|doigt|pouce|orteil|phalanges?"
    r"|bassin|coccyx|m[âa]choire|mandibule|nez|cr[âa]ne|plateau tibial|mall[ée]oles?|ligament crois[ée]"
)
_INJURY_FR = r"fx|fractures?|d[ée]chirures?|entorses?|luxations?|ruptures?|arrachements?"
INJURY = Trigger(
    "dx_injury",
    rf"(?i:\b(?:(?:[1-5](?:st|nd|rd|th)[ _-]+)?(?:(?:left|right|l|r|distal|proximal)[ _-]+)?(?:{_BODY_PART_EN})"
    rf"(?:[ _-]+(?:shaft|neck|head|base|bone|ligament|tendon))?[ _-]+(?:{_INJURY_EN})"
    # (its kind may come between: "rupture transfixiante du sus-épineux", "fracture non déplacée du radius")
    rf"|(?:{_INJURY_FR})[ _-]+(?:(?:transfixiante|partielle|compl[èe]te|totale|ouverte|ferm[ée]e"
    rf"|(?:non[ _-])?d[ée]plac[ée]e)[ _-]+)?(?:(?:du|de[ _]la|de[ _]l'|des|de|au|à[ _]la)[ _-]*)?"
    rf"(?:(?:[1-5]e|[1-5]i[eè]me)[ _-]+)?"
    rf"(?:{_BODY_PART_FR})"
    rf"|(?:fx|fracture|tear|rupture|sprain|burn)[ _-]+of[ _-]+(?:the[ _-]+)?(?:(?:left|right|l|r)[ _-]+)?"
    rf"(?:{_BODY_PART_EN}))\b)",
)
# Words built the same way that are no procedure.
_NOT_PROCEDURES = ("dichotom", "microscop", "spectroscop", "telescop", "stereoscop", "kaleidoscop")
ABBREVIATION = Trigger("dx_abbr", abbreviation_pattern("diagnosis_abbreviations"))
# Letter (not U, reserved), two digits, optional subdivision: E11, E11.9, I10, F32.1.
ICD10 = Trigger("icd10", r"\b[A-TV-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?\b")
# The label makes the digits a diagnosis: the trigger holds it, the finding is the code.
BILLING_CODE = Trigger(
    "dx_billing",
    r"(?i:\b(?:dx|diag|diagnostic|diagnosis|diagnostique)(?:[ \t]+code)?|\bcode[ \t]+(?:de[ \t]+)?diagnosti(?:c|que))"
    r"[ \t]*(?:#|no\.?|n°)?[ \t]*:?[ \t]*[0-9]{3}(?:\.[0-9]{1,2})?\b",
)
_CODE = re.compile(r"[0-9]{3}(?:\.[0-9]{1,2})?$")
GESTATIONAL_AGE = Trigger(
    "dx_gestation",
    r"\b[1-4][0-9]\+[0-6][ \t]?(?:wks?|weeks|sem(?:aines)?|SA)\b"
    # ... or a pregnancy said with its age ("19 weeks pregnant", "enceinte de 22 semaines", "at 30 weeks' gestation")
    r"|(?i:\b[1-4]?[0-9][ \t]?(?:weeks?|wks?)['’]?[ \t]+(?:pregnant|gestation|of[ \t]+(?:pregnancy|gestation))\b"
    r"|\benceinte[ \t]+de[ \t]+[1-4]?[0-9][ \t]?(?:semaines|sem\b)"
    r"|\b[1-4]?[0-9][ \t]?(?:semaines|sem)[ \t]+de[ \t]+grossesse\b"
    # ... or as a pregnant woman says it of herself, or a midwife of her ("je suis à 33 semaines et j'ai des
    # contractions", "she's 36 weeks today"); not "à 12 semaines de la retraite"
    r"|\b(?:i['’]?m|i[ \t]+am|she['’]?s|she[ \t]+is|je[ \t]+suis|elle[ \t]+est)[ \t]+(?:rendue?[ \t]+)?(?:[àa][ \t]+)?"
    r"[1-4][0-9][ \t]?(?:weeks?|wks?|semaines|sem)(?:[ \t]*[,.;!?)]|[ \t]+(?:et|and|today|now|aujourd|maintenant)\b))",
)
_AGE_SAID_TAIL = re.compile(r"(?:[ \t]*[,.;!?)]|[ \t]+(?i:et|and|today|now|aujourd|maintenant))$")
# A course of radiotherapy, its dose over its fractions ("50.4 Gy / 28 fx", "60 Gy en 30 fractions"): a treatment.
RADIATION_COURSE = Trigger(
    "dx_radiation",
    r"\b[0-9]{1,2}(?:[.,][0-9]{1,2})?[ \t]?Gy[ \t]*(?:/|(?i:en|in|over|sur))[ \t]*[0-9]{1,2}[ \t]?(?i:fx|fractions?)\b",
)
# A weight lost or gained, with its amount ("perte de poids de 5 kg", "perte pondérale 4 kg", "weight loss of 12 lb",
# "a perdu 6 kg"): one person's, as a symptom is (a programme's "perte de poids" names no amount).
WEIGHT_CHANGE = Trigger(
    "dx_weight_change",
    r"(?i:\b(?:(?:perte|prise|gain)[ \t]+(?:de[ \t]+poids|pond[ée]rale)|weight[ \t]+(?:loss|gain)"
    r"|(?:a|avait)[ \t]+(?:perdu|pris)|(?:has[ \t]+|had[ \t]+)?(?:lost|gained))"
    r"[ \t]+(?:(?:de|of|d'environ|about|around|environ)[ \t]+)?"
    r"[0-9]{1,2}(?:[.,][0-9])?[ \t]?(?:kg|lbs?|livres|pounds)\b)",
)
# A karyotype ("47,XY,+18", "45,X", "46,XX,t(11;22)"): a genetic result, as telling as a diagnosis.
KARYOTYPE = Trigger("dx_karyotype", r"\b4[4-8],[ \t]?X{1,3}Y{0,2}\b(?:,[ \t]?[-+]?[0-9A-Za-z();.]+)*")
GRAVIDA_PARA = Trigger("dx_gravida", r"\bG[0-9]{1,2}[ \t]?P[0-9]{1,2}(?:[ \t]?A[0-9]{1,2})?\b")
# A G/P code is a pregnancy's only with obstetric words around it (a part number looks the same).
OBSTETRIC_CONTEXT: tuple[str, ...] = (
    "grossesse", "enceinte", "pregnant", "pregnancy", "prenatal", "prenatale", "antenatal", "obstetrique",
    "obstetric", "obstetrical", "ob", "sa", "wks", "weeks", "semaines", "sem", "accouchement", "delivery",
    "cesarienne", "c-section", "gdm", "gbs", "pph", "postpartum", "post-partum", "sage-femme", "midwife",
)  # fmt: skip
# A relapse alone ("LAPOINTE Mary - récidive") is a patient's; "récidive d'absences" (HR) is not: a complement
# after it says what recurs, and a clinical one is a lexicon term of its own ("récidive locale", "cancer").
RELAPSE = Trigger("dx_relapse", r"(?i:\b(?:r[eé]cidives?|rechutes?|relapses?|recurrences?)\b)")
_COMPLEMENT = re.compile(r"[ \t]*(?:d['’]|de\b|des\b|du\b|of\b|in\b)", re.IGNORECASE)
# A fall is a resident's when a report times it or says what it did ("fall at 0145", "chute à 2 h 30",
# "fall - no injury", "chute, sans blessure"); "fall prevention" and "la chute des prix" are not.
FALL_EVENT = Trigger(
    "dx_fall",
    r"(?i:\b(?:fall|fell|chute|tomb[ée]e?)[ \t]*(?:"
    r"(?:at|@|à|a|vers|around)[ \t]*(?:[0-2][0-9][0-5][0-9]\b|[0-2]?[0-9][ \t]?(?:h|:)[ \t]?(?:[0-5][0-9])?\b|"
    r"[01]?[0-9][ \t]?(?:am|pm)\b)"
    r"|[,;:\-–][ \t]*(?:no|pas[ \t]+de|sans|aucune)[ \t]+(?:apparent[ \t]+|visible[ \t]+)?"
    r"(?:injury|injuries|blessures?)\b))",
)
# "a fait une chute", "had a fall" said of someone; "a fait une chute de 10 %" and "had a fall in revenue"
# have a complement (``_COMPLEMENT``).
FALL_PHRASE = Trigger(
    "dx_fall_phrase", r"(?i:\b(?:a[ \t]+fait[ \t]+une[ \t]+chute|(?:has[ \t]+)?had[ \t]+a[ \t]+fall)\b)"
)
# A psychiatric stay with words in between ("hospitalisée chez nous depuis 5 semaines en psychiatrie",
# "admitted last night to inpatient psychiatry"): the verb and the ward within one clause; not a trainee
# admitted to a programme ("admis au programme de résidence en psychiatrie").
_TRAINING = re.compile(r"(?i)programme|program|r[ée]siden|formation|training|cohort|stage|[ée]cole|school")
PSYCHIATRIC_STAY = Trigger(
    "dx_psych_stay",
    r"(?i:\b(?:hospitalis[ée]e?s?|admise?s?|admitted|hospitali[sz]ed)[ \t](?:[^.;\n]{0,45}?[ \t])?"
    r"(?:en|à|au|to|in|on)[ \t]+(?:l['’]unité[ \t]+de[ \t]+|the[ \t]+|inpatient[ \t]+)?"
    r"(?:psychiatrie|psychiatry|psych)\b)",
)
# A hospital stay said of someone: admitted, hospitalised since, discharged or transferred to another care
# setting ("hospitalisée depuis le 3 nov.", "admitted overnight", "discharged home", "d/c 11am", "transfert
# CHSLD 14h", "départ vers réadaptation", "transfer to LTC"). Being in hospital is medical information about
# the person (docs/policy.md); like a fall, it is counted with the diagnoses. The word alone ("admission",
# "congé", "transfert") is a form's, a holiday's or a budget's: only the phrase with its time or destination
# ("en congé le 22" is as often a colleague's day off: left out; a discharge hour, "congé 11h", is a patient's).
_DESTINATION = (
    r"(?:(?:l['’]|la[ \t]+|le[ \t]+|the[ \t]+)?(?:chsld|ltc|snf|rehab|r[ée]adaptation|r[ée]adapt|soins[ \t]+palliatifs"
    r"|palliative[ \t]+(?:care|unit|ward)|unit[ée][ \t]+de[ \t]+soins[ \t]+palliatifs|hospice"
    r"|ressource[ \t]+interm[ée]diaire|long[- ]term[ \t]+care|nursing[ \t]+home"
    r"|convalescence|soins[ \t]+de[ \t]+longue[ \t]+dur[ée]e|maison[ \t]+de[ \t]+soins[ \t]+palliatifs))\b"
)
_WHEN = (
    r"(?:(?:le|on|since|depuis)[ \t]+[0-9]|depuis|hier|yesterday|overnight|cette[ \t]+nuit|last[ \t]+night"
    r"|today|aujourd)"
)
CARE_EVENT = Trigger(
    "dx_care_event",
    rf"(?i:\b(?:hospitalis[ée]e?s?|hospitali[sz]ed|admise?s?|admitted)[ \t]+{_WHEN}"
    rf"|\b(?:discharged[ \t]+(?:home|on|today|yesterday|this)"
    rf"|d/c[ \t]*(?:home|today|tomorrow|am|pm|[0-9]{{1,2}}[ \t]?(?:h|am|pm|:[0-5][0-9]))"
    rf"|cong[ée][ \t]+(?:pr[ée]vu[ \t]+)?(?:(?:[àa]|vers)[ \t]+)?[0-9]{{1,2}}[ \t]?h)\b"
    rf"|\b(?:transf[ée]r[ée]e?s?|transferred|transfert|transfer|d[ée]part)[ \t]+"
    rf"(?:(?:vers|en|au|à|a|to)[ \t]+)?{_DESTINATION}"
    rf"|(?:^|[ \t])to[ \t]+(?:rehab|ltc|chsld)\b"
    # ... or lying in intensive care ("she is in ICU", "est toujours aux soins intensifs", "remains in the ICU")
    rf"|\b(?:is|was|remains|est|reste|demeure)[ \t]+(?:(?:still|toujours|now|maintenant)[ \t]+)?(?:in|at|aux?|[àa])"
    rf"[ \t]+(?:the[ \t]+|your[ \t]+|our[ \t]+|l['’]|la[ \t]+)?(?:icu|usi|soins[ \t]+intensifs|intensive[ \t]+care"
    rf"|r[ée]animation)\b"
    # ... or moved to end-of-life care ("Moved to palliative care, please remove from the rehab list", "est passée en
    # soins palliatifs"), not the service's name ("the palliative care unit's newsletter")
    rf"|\b(?:moved|transferred|switched|transitioned|passed|referred)[ \t]+to[ \t]+(?:palliative|comfort|hospice)"
    rf"[ \t]+care\b|\b(?:pass[ée]e?|transf[ée]r[ée]e?|bascul[ée]e?)[ \t]+(?:en|aux)[ \t]+soins[ \t]+"
    rf"(?:palliatifs|de[ \t]+confort)\b|\b(?:is|est|now|maintenant)[ \t]+(?:on|en|sous)[ \t]+"
    rf"(?:comfort[ \t]+care|soins[ \t]+de[ \t]+confort)\b)",
)
# An adverse event reported of a study participant or a patient ("RB-020  Nadeau Geneviève  AE: fall", "EI : chute",
# "SAE: hospitalisation"): the label, a colon and what happened (a word in lower case, not a name).
ADVERSE_EVENT = Trigger(
    "dx_adverse_event",
    r"\b(?:AE|SAE|EI|EIG|(?i:adverse[ \t]+event|[ée]v[ée]nement[ \t]+ind[ée]sirable(?:[ \t]+grave)?))[ \t]*:[ \t]*"
    r"[a-zà-ÿ][a-zà-ÿ'’-]+",
)
# PTH, PTG, THA, TKA, BKA (joint replacements, amputation) also head an OR block's surgeon line
# ("Dr X – orthopédie (PTH/PTG)") and PTH is a hormone: a patient's only after a word of care ("s/p TKA").
# TB (tuberculosis) is also a terabyte: the same rule, with the words that say which TB it is ("TB pulmonaire
# bacillifère", "smear-positive pulmonary TB", "latent TB", "la TB active").
# TSA, TED, ASD (autism spectrum), TOC (obsessive-compulsive) and TAG (generalised anxiety) are also a tax, a product,
# a department, a table of contents and a tag: the same rule ("Diagnostic : TSA niveau 2", "suivi TOC").
AMBIGUOUS = Trigger(
    "dx_ambiguous", r"\b(?:DB|CAP|PE|EP|MI|MR|TR|AR|AS|AF|AAA|PTH|PTG|THA|TKA|BKA|LLC|TSA|TED|ASD|TOC|TAG|TB)\b"
)
CARE_BEFORE: tuple[str, ...] = (
    "suivi", "suivie", "connu", "connue", "atcd", "hx", "h/o", "known", "dx", "diagnostic", "r/o", "rule out",
    "severe", "moderate", "moderee", "new", "nouvelle", "nouveau", "s/p", "post", "hx of", "pour", "for",
    "incidental", "fortuit", "fortuite", "rapid", "rapide", "paroxysmal", "paroxystique", "cm", "mm",
    "mild", "legere", "leger", "trivial", "trace", "pulmonary", "latent", "active", "smear-positive",
    "extrapulmonary", "miliary",
)  # fmt: skip
# ... or right before the word that says it is a diagnosis ("The PE diagnosis is confirmed", "AF confirmée").
CARE_AFTER: tuple[str, ...] = (
    "diagnosis", "diagnostic", "dx", "confirmed", "confirmee", "confirme", "diagnosed", "diagnostiquee",
    "diagnostique", "pulmonaire", "active", "latente", "bacillifere", "multiresistante", "extrapulmonaire",
)  # fmt: skip
ICD_CONTEXT: tuple[str, ...] = (
    "cim-10",
    "cim10",
    "cim 10",
    "icd-10",
    "icd10",
    "icd 10",
    "diagnostic",
    "diagnostics",
    "diagnosis",
    "dx",
    "code diagnostique",
)


# A disease named as the vaccine against it ("Vaccin : Influenza", "vaccins contre l'influenza", "flu vaccine",
# "Influenza shot"): a product, said of nobody's condition.
_VACCINE_BEFORE = re.compile(
    r"(?i:\b(?:vaccins?|vaccines?|vaccinations?|immuni[sz]ations?)(?:[ \t]+(?:contre|against|for|anti))?"
    r"(?:[ \t]+(?:la|le|les|the))?(?:[ \t]*[:;|][ \t]*|[ \t]+|[ \t]*l['’]))$"
)
_VACCINE_AFTER = re.compile(r"(?i:[ \t]+(?:vaccines?|vaccinations?|shots?|immuni[sz]ations?|jabs?)\b)")


def _names_a_vaccine(text: str, start: int, end: int) -> bool:
    return (_VACCINE_BEFORE.search(text, max(0, start - 32), start) is not None
            or _VACCINE_AFTER.match(text, end) is not None)


# "Bipolar" is also how surgery's electrical instruments work ("système d'énergie bipolaire", "bipolar forceps",
# "résection bipolaire"): near such words it says nothing of anyone's mood.
_BIPOLAR = frozenset({"bipolaire", "bipolaires", "bipolar"})
_SURGICAL_ENERGY = re.compile(
    r"(?i:[eé]nergie|energy|pinces?|forceps|caut[eè]r|cautery|[eé]lectro|coagulat|scell|sealing|vessel|scissors"
    r"|ciseaux|g[eé]n[eé]rateur|generator|r[eé]section|resect|turp|rtup|instrument|monopola)"
)


def _names_a_surgical_instrument(text: str, start: int, end: int) -> bool:
    return fold(text[start:end]) in _BIPOLAR and _SURGICAL_ENERGY.search(text, max(0, start - 40), end + 40) is not None


class DiagnosisRecognizer(BaseRecognizer):
    name = "diagnosis"
    triggers = (
        LEXICON, ABBREVIATION, ICD10, BILLING_CODE, GESTATIONAL_AGE, KARYOTYPE, GRAVIDA_PARA, RELAPSE, AMBIGUOUS,
        FALL_EVENT, RADIATION_COURSE, WEIGHT_CHANGE,
        PSYCHIATRIC_STAY, FALL_PHRASE, CARE_EVENT, ADVERSE_EVENT, PROCEDURE, INFLAMMATION, INJURY,
    )  # fmt: skip

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        for start, end in scan.get(LEXICON.kind):
            if (bounded(text, start, end) and not _names_a_vaccine(text, start, end)
                    and not _names_a_surgical_instrument(text, start, end)):
                findings.append(
                    Finding(
                        DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]), "lexicon diagnoses", start, end
                    )
                )
        terms = scan.get(LEXICON.kind)
        for start, end in scan.get(PROCEDURE.kind):
            word = fold(text[start:end])
            if any(s < end and start < e for s, e in terms) or word.startswith(_NOT_PROCEDURES):
                continue  # one finding per place: the lexicon's ("arthroplastie totale du genou") says more
            findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                    "pattern procedure (surgical or endoscopic suffix, resection)", start, end))
        for start, end in scan.get(INFLAMMATION.kind):
            if not any(s < end and start < e for s, e in terms):  # the lexicon's finding says as much
                findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                        "pattern inflammation (-itis)", start, end))
        for start, end in scan.get(INJURY.kind):
            if not any(s < end and start < e for s, e in terms):  # "rotator cuff tear" is the lexicon's already
                findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                        "pattern injury of a body part (fracture, tear, sprain)", start, end))
        for start, end in scan.get(ABBREVIATION.kind):
            if bounded(text, start, end):
                findings.append(
                    Finding(
                        DIAGNOSIS, segment.location, 0.7, show_term(text[start:end]), "abbreviation", start, end
                    )
                )
        for start, end in scan.get(BILLING_CODE.kind):
            code = _CODE.search(text, start, end)
            if code is not None:
                findings.append(Finding(DIAGNOSIS, segment.location, 0.85, show_term(code.group()),
                                        "pattern billing diagnostic code (ICD-9)", code.start(), code.end()))
        for start, end in scan.get(GESTATIONAL_AGE.kind):
            end = start + len(_AGE_SAID_TAIL.sub("", text[start:end]))  # (what closed the age is not part of it)
            findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                    "pattern gestational age", start, end))
        for start, end in scan.get(RADIATION_COURSE.kind):
            findings.append(Finding(DIAGNOSIS, segment.location, 0.8, mask_digits(text[start:end]),
                                    "pattern radiotherapy course (dose in Gy over fractions)", start, end))
        for start, end in scan.get(WEIGHT_CHANGE.kind):
            findings.append(Finding(DIAGNOSIS, segment.location, 0.8, mask_digits(text[start:end]),
                                    "pattern weight lost or gained, with its amount", start, end))
        for start, end in scan.get(KARYOTYPE.kind):
            findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                    "pattern karyotype", start, end))
        for start, end in scan.get(GRAVIDA_PARA.kind):
            context = find_context(text, start, end, OBSTETRIC_CONTEXT, before=60, after=60)
            if context:
                findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                        f"pattern gravida/para; context {context!r}", start, end))
        for start, end in scan.get(RELAPSE.kind):
            if not _COMPLEMENT.match(text, end) and not any(s <= start < e for s, e in terms):
                findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                        "relapse without a complement", start, end))
        for start, end in scan.get(FALL_EVENT.kind):
            findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                    "pattern fall with a time or an injury statement", start, end))
        for start, end in scan.get(ADVERSE_EVENT.kind):
            findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                    "adverse event reported", start, end))
        for start, end in scan.get(FALL_PHRASE.kind):
            if not _COMPLEMENT.match(text, end):
                findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                        "fall said of someone", start, end))
        stays: list[tuple[int, int]] = []
        for start, end in scan.get(PSYCHIATRIC_STAY.kind):
            if _TRAINING.search(text, start, end):
                continue
            stays.append((start, end))
            findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]),
                                    "pattern psychiatric stay", start, end))
        for start, end in scan.get(CARE_EVENT.kind):
            # One finding per place: "admitted overnight" inside "admitted overnight to inpatient psychiatry".
            if not _TRAINING.search(text, start, end) and not any(s < end and start < e for s, e in stays):
                findings.append(Finding(DIAGNOSIS, segment.location, 0.8, show_term(text[start:end].strip()),
                                        "pattern care event (stay, discharge, transfer) said of someone", start, end))
        for start, end in scan.get(AMBIGUOUS.kind):
            context = find_context(text, start, end, CARE_BEFORE, before=16, after=0) or find_context(
                text, start, end, CARE_AFTER, before=0, after=14
            )
            if context:
                findings.append(Finding(DIAGNOSIS, segment.location, 0.7, show_term(text[start:end]),
                                        f"ambiguous abbreviation; context {context!r}", start, end))
        for start, end in scan.get(ICD10.kind):
            if not bounded(text, start, end):
                continue
            context = find_context(text, start, end, ICD_CONTEXT, before=40, after=0)
            if context:
                findings.append(
                    Finding(
                        DIAGNOSIS,
                        segment.location,
                        0.85,
                        show_term(text[start:end]),
                        f"pattern icd-10 code; context {context!r}",
                        start,
                        end,
                    )
                )
        return findings
