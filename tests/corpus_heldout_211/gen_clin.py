"""Clinical, social and spiritual phrase pools (French-Canadian / English)."""

DX_FR = [
    "néo du pancréas métastatique (foie)", "SLA avec atteinte bulbaire", "MPOC sévère, O2 à domicile",
    "insuffisance cardiaque terminale (FEVG 15 %)", "démence de type Alzheimer stade avancé",
    "AVC hémorragique sylvien gauche", "glioblastome multiforme récidivant",
    "IRC terminale, hémodialyse 3x/sem.", "choc septique d'origine pulmonaire",
    "mort fœtale in utero à 23 sem.", "schizophrénie paranoïde, décompensation",
    "trouble lié à l'usage des opioïdes", "anorexie mentale sévère (IMC 13,1)",
    "fracture de hanche droite + délirium", "cancer du poumon non à petites cellules stade IV",
    "cirrhose éthylique décompensée", "arrêt cardiaque extrahospitalier, encéphalopathie anoxique",
    "leucémie myéloïde aiguë en rechute", "maladie de Parkinson avancée, dysphagie",
    "néo du sein métastatique (os, cerveau)", "polytraumatisme (accident de la route)",
    "tentative de suicide par intoxication médicamenteuse", "sclérose en plaques progressive",
    "plaie de pression sacrée stade 4", "pneumonie d'aspiration récidivante",
]
DX_EN = [
    "metastatic pancreatic cancer (liver mets)", "ALS with bulbar involvement",
    "severe COPD on home O2", "end-stage heart failure (EF 15%)", "advanced Alzheimer dementia",
    "left MCA hemorrhagic stroke", "recurrent glioblastoma", "ESRD on hemodialysis MWF",
    "septic shock, pulmonary source", "intrauterine fetal demise at 23 weeks",
    "schizophrenia, acute decompensation", "opioid use disorder", "severe anorexia nervosa (BMI 13.1)",
    "right hip fracture with delirium", "stage IV non-small cell lung cancer",
    "decompensated alcoholic cirrhosis", "out-of-hospital cardiac arrest, anoxic brain injury",
    "relapsed AML", "advanced Parkinson's disease with dysphagia",
    "metastatic breast cancer (bone, brain)", "multiple trauma after MVC",
    "intentional overdose", "progressive MS", "stage 4 sacral pressure injury",
    "recurrent aspiration pneumonia",
]

MED_FR = [
    "hydromorphone 1 mg s.c. q1h PRN", "Dilaudid 2 mg s.c. q4h régulier", "midazolam 2,5 mg s.c. PRN",
    "halopéridol 0,5 mg s.c. q8h", "glycopyrrolate 0,4 mg s.c. q4h PRN (sécrétions)",
    "morphine 5 mg PO q4h", "lorazépam (Ativan) 0,5 mg SL PRN", "dexaméthasone 4 mg PO DIE",
    "furosémide 40 mg IV BID", "méthadone 60 mg DIE", "quétiapine (Seroquel) 25 mg HS",
    "apixaban 5 mg BID (cessé)", "insuline glargine 18 U HS", "perfusion de noradrénaline",
    "fentanyl timbre 25 mcg/h", "olanzapine 5 mg HS", "métoclopramide 10 mg PO TID",
]
MED_EN = [
    "hydromorphone 1 mg SC q1h PRN", "Dilaudid 2 mg SC q4h regular", "midazolam 2.5 mg SC PRN",
    "haloperidol 0.5 mg SC q8h", "glycopyrrolate 0.4 mg SC q4h PRN for secretions",
    "morphine 5 mg PO q4h", "lorazepam (Ativan) 0.5 mg SL PRN", "dexamethasone 4 mg PO daily",
    "furosemide 40 mg IV BID", "methadone 60 mg daily", "quetiapine (Seroquel) 25 mg qHS",
    "apixaban 5 mg BID (held)", "insulin glargine 18 units qHS", "norepinephrine infusion",
    "fentanyl patch 25 mcg/h", "olanzapine 5 mg qHS", "metoclopramide 10 mg PO TID",
]

LAB_FR = [
    "créat 412 µmol/L", "Hb 68 g/L", "Na 121 mmol/L", "INR 3,8", "lactate 5,2", "albumine 22 g/L",
    "CA 19-9 > 10 000", "DFGe 9 mL/min", "K 6,1", "sat 84 % AA", "plaquettes 18 x 10^9/L",
    "troponine 2 450 ng/L", "bilirubine 188 µmol/L", "Glasgow 6/15", "EEG : aucune activité réactive",
    "TDM cérébral : œdème diffus, engagement", "ammoniémie 112 µmol/L",
]
LAB_EN = [
    "creat 412 umol/L", "Hb 68 g/L", "Na 121", "INR 3.8", "lactate 5.2", "albumin 22 g/L",
    "CA 19-9 >10,000", "eGFR 9", "K 6.1", "O2 sat 84% on RA", "platelets 18", "troponin 2450 ng/L",
    "bili 188", "GCS 6", "EEG: no reactive activity", "CT head: diffuse edema with herniation",
    "ammonia 112 umol/L",
]

SOCIAL_FR = [
    "vit seul, aucun proche identifié", "en situation d'itinérance depuis l'été",
    "signalement retenu à la DPJ pour les deux enfants", "prestataire de l'aide sociale",
    "victime de violence conjugale, ex-conjoint sous interdit de contact",
    "sous régime de protection (tutelle), tuteur = fils aîné", "conflit familial important autour des soins",
    "en attente d'hébergement en CHSLD, logement insalubre", "demandeuse d'asile, sans couverture RAMQ",
    "endeuillée récente (conjoint décédé en août)", "proche aidante épuisée, trois enfants à charge",
    "mandat de protection homologué, mandataire = sœur", "ex-détenu, libération conditionnelle",
]
SOCIAL_EN = [
    "lives alone, no next of kin identified", "homeless since the summer",
    "youth protection (DPJ) report retained for both children", "on social assistance",
    "victim of intimate partner violence, no-contact order in place",
    "under tutorship, son is legal tutor", "significant family conflict about goals of care",
    "awaiting long-term care placement, unsafe housing", "asylum claimant without RAMQ coverage",
    "recently bereaved (husband died in August)", "exhausted caregiver with three children at home",
    "homologated protection mandate, sister is mandatary", "on parole",
]

SPIRIT_FR = [
    "catholique pratiquante, demande le sacrement des malades",
    "musulman, la famille souhaite la visite d'un imam avant le transfert",
    "Témoin de Jéhovah, refuse toute transfusion",
    "juive, demande la présence d'un rabbin pour le vidouï",
    "aucune appartenance, mais exprime beaucoup d'angoisse face à la mort",
    "orthodoxe grec, souhaite la communion", "sikh, demande que le kirpan soit laissé au chevet",
    "autochtone (Atikamekw), la famille demande une cérémonie de purification",
    "bouddhiste, souhaite méditer avec un accompagnateur",
    "dit « ne plus voir de sens », demande à parler à quelqu'un",
]
SPIRIT_EN = [
    "practising Catholic, requests Anointing of the Sick",
    "Muslim, family would like an imam to visit before the transfer",
    "Jehovah's Witness, declines all blood products",
    "Jewish, requests a rabbi for the Vidui",
    "no affiliation but very anxious about dying",
    "Greek Orthodox, would like communion", "Sikh, asks that the kirpan stay at the bedside",
    "Indigenous (Cree), family asks for a smudging ceremony",
    "Buddhist, would like to meditate with a companion",
    "says he \"can't see the point anymore\", wants to talk to someone",
]

ETHICS_Q_FR = [
    "Le patient est-il apte à refuser la dialyse?",
    "Conflit entre la famille et l'équipe sur le niveau de soins (NIM C vs A)",
    "La mandataire demande la poursuite des traitements de maintien de la vie malgré le pronostic",
    "Refus de transfusion chez une patiente enceinte",
    "Demande d'AMM formulée par un patient dont l'aptitude est questionnée",
    "Divulgation d'un accident à la famille alors que la patiente s'y oppose",
    "Contentions chez un usager en délirium qui arrache ses tubulures",
    "Congé contre avis médical d'un usager sans domicile",
]
ETHICS_Q_EN = [
    "Does the patient have capacity to refuse dialysis?",
    "Family and team disagree on level of intervention (C vs A)",
    "Substitute decision-maker insists on continuing life-sustaining treatment despite prognosis",
    "Refusal of transfusion by a pregnant patient",
    "MAID request from a patient whose capacity is in question",
    "Disclosing an adverse event to family while the patient objects",
    "Restraints for a delirious patient pulling out lines",
    "Discharge against medical advice of a homeless patient",
]

COMPLAINT_FR = [
    "délai de 9 heures avant l'administration de l'analgésie",
    "propos irrespectueux d'un préposé lors des soins d'hygiène",
    "chute non déclarée à la famille",
    "perte de la prothèse dentaire lors du transfert",
    "refus d'accès à l'aumônier la nuit du décès",
    "congé jugé prématuré, réadmission 48 h plus tard",
    "erreur de médication (dose omise)",
    "communication déficiente sur le niveau de soins",
]
COMPLAINT_EN = [
    "9-hour delay before pain medication was given",
    "disrespectful remarks by an orderly during care",
    "fall not disclosed to the family",
    "dentures lost during transfer",
    "no chaplain available on the night of the death",
    "premature discharge, readmitted 48 hours later",
    "medication error (missed dose)",
    "poor communication about the level of care",
]

PAL_FR = [x for x in DX_FR if not any(k in x for k in ("fœtale", "suicide", "anorexie", "opioïdes", "schizo", "polytrauma"))]
PAL_EN = [x for x in DX_EN if not any(k in x for k in ("fetal", "overdose", "anorexia", "opioid", "schizo", "trauma"))]

UNITS_FR = ["4e Nord", "5e Sud", "USI", "soins palliatifs (3B)", "urgence, civière 14",
            "oncologie 6A", "psychiatrie 2C", "médecine interne 7e", "néonatalogie", "UCDG"]
UNITS_EN = ["4 North", "5 South", "ICU", "palliative care (3B)", "ED stretcher 14", "oncology 6A",
            "psychiatry 2C", "internal medicine 7", "NICU", "geriatric assessment unit"]
