# -*- coding: utf-8 -*-
"""Shared pools, people, identifiers and text helpers for the corpus generator.

Everything here is invented: people, institutions, streets, domains (*.example)
and phone numbers (555-01xx).  NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

# --------------------------------------------------------------------------
# institutions (all invented)
# --------------------------------------------------------------------------
ORGS = {
    'ciusss': dict(fr="CIUSSS de la Rivière-aux-Hérons", en="CIUSSS de la Rivière-aux-Hérons",
                   dom='ciusss-rah.example', addr="2400, boul. des Hérons, Rivière-aux-Hérons (Québec) J7Q 3M2",
                   tel='450 555-0100'),
    'erables': dict(fr="CHSLD des Érables-Rouges", en="Érables-Rouges Long-Term Care Centre",
                    dom='chsld-erables.example', addr="115, rue des Érables, Rivière-aux-Hérons (Québec) J7Q 1B8",
                    tel='450 555-0142'),
    'staubin': dict(fr="CHSLD Saint-Aubin-des-Prés", en="Saint-Aubin-des-Prés CHSLD",
                    dom='chsld-staubin.example', addr="88, chemin du Moulin, Saint-Aubin-des-Prés (Québec) J0K 4R1",
                    tel='450 555-0167'),
    'lavande': dict(fr="Centre d'hébergement du Mont-Lavande", en="Mont-Lavande Residential Centre",
                    dom='montlavande.example', addr="901, montée Lavande, Val-Brûlé (Québec) J5W 2T6",
                    tel='819 555-0121'),
    'maplewood': dict(fr="Résidence Maplewood Grove (CHSLD)", en="Maplewood Grove Residence (CHSLD)",
                      dom='maplewood-grove.example', addr="4400 Sherwood Lane, Pointe-Verdier, Quebec H9X 0A7",
                      tel='514 555-0133'),
    'hopital': dict(fr="Hôpital de la Rivière-aux-Hérons", en="Rivière-aux-Hérons Hospital",
                    dom='hrah.example', addr="600, boul. Laurier-Est, Rivière-aux-Hérons (Québec) J7Q 2P9",
                    tel='450 555-0111'),
    'clsc': dict(fr="CLSC du Val-Brûlé", en="Val-Brûlé CLSC",
                 dom='ciusss-rah.example', addr="32, rue Principale, Val-Brûlé (Québec) J5W 1A3",
                 tel='819 555-0156'),
    'eastbrook': dict(fr="Eastbrook Long-Term Care Home", en="Eastbrook Long-Term Care Home",
                      dom='eastbrook-ltc.example', addr="77 Quarry Road, Lakeport, Ontario K0A 9Z9",
                      tel='613 555-0188'),
}

EXT_ORGS = {
    'notaire': ("Étude Archambault & Vézina, notaires", 'notaires-av.example', '450 555-0174'),
    'oppm': ("Office de protection des personnes majeures (OPPM)", 'oppm-qc.example', '418 555-0109'),
    'omh': ("Office municipal d'habitation de Val-Brûlé", 'omh-valbrule.example', '819 555-0162'),
    'transport': ("Transport adapté du Val", 'ta-duval.example', '819 555-0119'),
    'pharma': ("Pharmacie Lemire-Côté", 'pharm-lemirecote.example', '450 555-0137'),
    'mutu': ("Mutualité Saint-Roch (Liège)", 'mut-stroch.example', '+32 4 555 01 26'),
    'caisse_fr': ("Caisse de retraite des agents territoriaux (Lyon)", 'cr-agents.example', '+33 4 55 50 01 44'),
    'ltc_on': ("Lakeport Home and Community Care", 'lakeport-hcc.example', '613 555-0129'),
    'ligne': ("Ligne Aide Abus Aînés du Val", 'aide-aines-val.example', '1 888 555-0190'),
    'avocat': ("Cabinet Desrosiers avocats", 'desrosiers-avocats.example', '514 555-0115'),
}

STREETS_FR = ["rue des Pruches", "rue Saint-Onésime", "avenue du Lac-Vert", "rang du Petit-Brûlé",
              "rue Champlain-Nord", "boul. des Outardes", "rue de la Fabrique", "chemin des Sources",
              "rue Marie-Rollet", "avenue des Tilleuls", "rue du Coteau", "montée des Bouleaux",
              "rue Notre-Dame-Ouest", "rue Dollard-Sud", "rue des Saules"]
STREETS_EN = ["Cedarview Crescent", "Birchmount Street", "Old Mill Road", "Harbour Lane",
              "Elmridge Avenue", "Queensbury Drive", "Fenwick Street", "Alder Court", "Westgate Road"]
CITIES_QC = [("Rivière-aux-Hérons", "J7Q"), ("Val-Brûlé", "J5W"), ("Saint-Aubin-des-Prés", "J0K"),
             ("Pointe-Verdier", "H9X"), ("Sainte-Ombeline", "J0L"), ("Lac-aux-Quenouilles", "J0T")]
CITIES_ON = [("Lakeport", "K0A"), ("Harrowgate", "K7R")]
AREA_QC = ['450', '514', '819', '579', '438']

# --------------------------------------------------------------------------
# name pools (invented patients and staff)
# --------------------------------------------------------------------------
PAT_SURN = ["Thériault", "Bergeron", "Lachance", "Desjardins", "Poulin", "Gosselin", "Vachon", "Beaulieu",
            "Dionne", "Mercier", "Langlois", "Côté", "Hébert", "Rioux", "Labrecque", "Veilleux", "Asselin",
            "O'Connor", "McKenna", "Whitfield", "Kowalski", "Da Silva", "Nguyen", "Papadopoulos", "Ferraro",
            "Lévesque", "Bolduc", "Grenier", "Turcotte", "St-Pierre", "Lavoie", "Drouin", "Harrington"]
PAT_GIV_F = ["Thérèse", "Rita", "Yvette", "Gisèle", "Huguette", "Jeannine", "Margaret", "Dorothy", "Pierrette",
             "Lucille", "Monique", "Colette", "Agnès", "Irène", "Rose-Aimée", "Cécile", "Doris", "Evelyn",
             "Maria", "Fernande", "Réjeanne", "Claudette"]
PAT_GIV_M = ["Roger", "Marcel", "Fernand", "Gérard", "Lucien", "Réal", "Armand", "Walter", "Harold",
             "Raymond", "Gaston", "Rosaire", "Conrad", "Jean-Guy", "Aurèle", "Kenneth", "Georges", "Antonio",
             "Léopold", "Normand", "Donald"]
STAFF_GIV_F = ["Julie", "Isabelle", "Mélanie", "Karine", "Véronique", "Stéphanie", "Annie", "Chantal", "Nancy",
               "Marie-Ève", "Émilie", "Audrey", "Valérie", "Sonia", "Caroline", "Kim", "Jessica", "Heather",
               "Rachel", "Priya", "Fatima", "Mireille", "Josiane"]
STAFF_GIV_M = ["Mathieu", "Jonathan", "Sébastien", "François", "Patrick", "Éric", "Yannick", "Samuel", "Olivier",
               "Kevin", "Brian", "Ahmed", "Daniel", "Steve"]
STAFF_GIV = STAFF_GIV_F + STAFF_GIV_M
KIN_F = STAFF_GIV_F[:12] + ["Lise", "Danielle", "Linda", "Johanne"]
KIN_M = STAFF_GIV_M[:8] + ["Michel", "Alain", "Sylvain", "Denis", "Luc"]
STAFF_SURN = ["Tremblay", "Pelchat", "Gingras", "Boisvert", "Lemay", "Paradis", "Fréchette", "Corriveau",
              "Lacasse", "Vaillancourt", "Archambault", "Goulet", "Brassard", "Charest", "Dufresne", "Huard",
              "Patterson", "Sinclair", "Reid", "Campbell", "Haddad", "Benali", "Rahman", "Trudel", "Ménard",
              "Carrier", "Jolicoeur", "Bélisle", "Marchand", "Sauvé", "Laroche", "Proulx", "Ouimet"]

ROLES = {  # key: (fr feminine, fr masculine, en)
    'ts': ("travailleuse sociale", "travailleur social", "social worker"),
    'ts_m': ("travailleuse sociale", "travailleur social", "social worker"),
    'inf': ("infirmière", "infirmier", "nurse"),
    'csi': ("cheffe d'unité de vie", "chef d'unité de vie", "unit manager"),
    'inf_aux': ("infirmière auxiliaire", "infirmier auxiliaire", "licensed practical nurse"),
    'pab': ("préposée aux bénéficiaires", "préposé aux bénéficiaires", "patient care attendant"),
    'ger': ("gériatre", "gériatre", "geriatrician"),
    'md': ("médecin traitante", "médecin traitant", "attending physician"),
    'pharm': ("pharmacienne", "pharmacien", "pharmacist"),
    'nutr': ("nutritionniste", "nutritionniste", "dietitian"),
    'ergo': ("ergothérapeute", "ergothérapeute", "occupational therapist"),
    'physio': ("physiothérapeute", "physiothérapeute", "physiotherapist"),
    'agente': ("agente administrative", "agent administratif", "administrative officer"),
    'benev': ("coordonnatrice des bénévoles", "coordonnateur des bénévoles", "volunteer coordinator"),
    'bat': ("technicienne en bâtiment", "technicien en bâtiment", "building technician"),
    'malt': ("coordonnatrice régionale - lutte contre la maltraitance",
             "coordonnateur régional - lutte contre la maltraitance", "regional elder abuse coordinator"),
    'acces': ("agente de liaison - mécanisme d'accès à l'hébergement",
              "agent de liaison - mécanisme d'accès à l'hébergement", "admissions liaison officer"),
    'rh': ("conseillère en ressources humaines", "conseiller en ressources humaines", "HR advisor"),
    'si': ("technicienne en soutien informatique", "technicien en soutien informatique", "IT support technician"),
    'dir': ("directrice adjointe - hébergement", "directeur adjoint - hébergement", "associate director, long-term care"),
    'loisirs': ("technicienne en loisirs", "technicien en loisirs", "recreation technician"),
    'approv': ("agente d'approvisionnement", "agent d'approvisionnement", "procurement officer"),
    'sst': ("conseillère en santé et sécurité du travail", "conseiller en santé et sécurité du travail",
            "occupational health and safety advisor"),
    'prev': ("conseillère en prévention des infections", "conseiller en prévention des infections",
             "infection prevention advisor"),
}


def role_text(role, lang, fem):
    r = ROLES[role]
    return r[2] if lang == 'en' else (r[0] if fem else r[1])


# --------------------------------------------------------------------------
# clinical / social pools  (fr, en)
# --------------------------------------------------------------------------
DX = [
    ("trouble neurocognitif majeur de type Alzheimer", "major neurocognitive disorder (Alzheimer type)"),
    ("TNCM mixte (vasculaire et Alzheimer), stade modéré", "mixed dementia (vascular and Alzheimer), moderate stage"),
    ("démence à corps de Lewy", "Lewy body dementia"),
    ("maladie de Parkinson avancée", "advanced Parkinson's disease"),
    ("MPOC sévère, O2 à domicile 2 L/min", "severe COPD on home oxygen 2 L/min"),
    ("insuffisance cardiaque (FEVG 30 %)", "heart failure (LVEF 30%)"),
    ("fibrillation auriculaire anticoagulée", "atrial fibrillation on anticoagulation"),
    ("diabète de type 2 insulinotraité", "insulin-treated type 2 diabetes"),
    ("insuffisance rénale chronique stade 4", "stage 4 chronic kidney disease"),
    ("AVC sylvien gauche ancien avec hémiparésie droite et aphasie", "old left MCA stroke with right hemiparesis and aphasia"),
    ("fracture de la hanche droite opérée (ostéosynthèse)", "right hip fracture, post-ORIF"),
    ("dépression majeure récidivante", "recurrent major depression"),
    ("délirium hypoactif sur infection urinaire", "hypoactive delirium secondary to UTI"),
    ("plaie de pression sacrée stade 3", "stage 3 sacral pressure injury"),
    ("dysphagie oropharyngée (texture purée, liquides épaissis)", "oropharyngeal dysphagia (puree diet, thickened fluids)"),
    ("néoplasie pulmonaire métastatique, soins palliatifs", "metastatic lung cancer, palliative care"),
    ("sclérose latérale amyotrophique", "amyotrophic lateral sclerosis"),
    ("schizophrénie stabilisée", "stable schizophrenia"),
    ("déficience intellectuelle moyenne", "moderate intellectual disability"),
    ("séquelles de traumatisme craniocérébral", "sequelae of traumatic brain injury"),
    ("trouble lié à l'usage de l'alcool", "alcohol use disorder"),
    ("chutes à répétition, ostéoporose sévère", "recurrent falls, severe osteoporosis"),
]
SCPD = [
    ("errance et tentatives de fugue en soirée", "wandering and exit-seeking in the evening"),
    ("agressivité verbale lors des soins d'hygiène", "verbal aggression during personal care"),
    ("cris répétitifs la nuit", "repetitive screaming at night"),
    ("refus alimentaire et méfiance envers le personnel", "food refusal and suspicion towards staff"),
    ("désinhibition sexuelle envers les préposées", "sexual disinhibition towards care staff"),
    ("agitation au coucher du soleil (sundowning)", "sundowning agitation"),
]
MEDS = [
    ("donépézil 10 mg DIE", "donepezil 10 mg daily"),
    ("mémantine 10 mg BID", "memantine 10 mg BID"),
    ("quétiapine 25 mg HS", "quetiapine 25 mg at bedtime"),
    ("rispéridone 0,5 mg BID", "risperidone 0.5 mg BID"),
    ("apixaban 2,5 mg BID", "apixaban 2.5 mg BID"),
    ("warfarine 3 mg DIE (selon INR)", "warfarin 3 mg daily (per INR)"),
    ("metformine 500 mg BID", "metformin 500 mg BID"),
    ("insuline glargine 14 U HS", "insulin glargine 14 units at bedtime"),
    ("furosémide 40 mg DIE", "furosemide 40 mg daily"),
    ("sertraline 50 mg DIE", "sertraline 50 mg daily"),
    ("mirtazapine 15 mg HS", "mirtazapine 15 mg at bedtime"),
    ("hydromorphone 0,5 mg SC q4h PRN", "hydromorphone 0.5 mg SC q4h PRN"),
    ("lorazépam 0,5 mg SL PRN", "lorazepam 0.5 mg SL PRN"),
    ("lévodopa/carbidopa 100/25 TID", "levodopa/carbidopa 100/25 TID"),
    ("tiotropium 18 mcg inh DIE", "tiotropium 18 mcg inhaled daily"),
    ("alendronate 70 mg hebdo", "alendronate 70 mg weekly"),
    ("acétaminophène 650 mg QID", "acetaminophen 650 mg QID"),
    ("lévothyroxine 75 mcg DIE", "levothyroxine 75 mcg daily"),
]
LABS = [
    ("INR 3,8", "INR 3.8"), ("créatinine 186 µmol/L (DFGe 24)", "creatinine 186 umol/L (eGFR 24)"),
    ("Hb 91 g/L", "Hb 91 g/L"), ("Na 128 mmol/L", "Na 128 mmol/L"), ("K 5,7 mmol/L", "K 5.7 mmol/L"),
    ("HbA1c 9,1 %", "HbA1c 9.1%"), ("albumine 27 g/L", "albumin 27 g/L"),
    ("B12 112 pmol/L", "B12 112 pmol/L"), ("TSH 8,9 mUI/L", "TSH 8.9 mIU/L"),
    ("culture urinaire: E. coli > 10^8 UFC/L", "urine culture: E. coli > 10^8 CFU/L"),
    ("dépistage SARM positif (narines)", "MRSA screen positive (nares)"),
    ("CRP 84 mg/L", "CRP 84 mg/L"), ("glycémie à jeun 14,2 mmol/L", "fasting glucose 14.2 mmol/L"),
    ("MoCA 14/30", "MoCA 14/30"), ("MMSE 17/30", "MMSE 17/30"),
]
SOCIAL = [
    ("vit seul(e) depuis le décès du conjoint, aucun réseau à proximité",
     "has lived alone since the spouse's death, no nearby support network"),
    ("le fils gère les comptes et effectue des retraits importants sans explication",
     "the son manages the accounts and has made large unexplained withdrawals"),
    ("conflit entre les deux filles au sujet de l'hébergement et de la vente de la maison",
     "conflict between the two daughters over placement and the sale of the house"),
    ("logement insalubre (accumulation, punaises), avis d'éviction reçu",
     "unsanitary housing (hoarding, bed bugs), eviction notice received"),
    ("prestataire du SRG, loyer impayé depuis trois mois",
     "on GIS, rent unpaid for three months"),
    ("mandat de protection notarié en 2016 désignant la nièce, non homologué",
     "notarial protection mandate (2016) naming the niece, not yet homologated"),
    ("refus des services du SAD, isolement social marqué",
     "refuses home-care services, marked social isolation"),
    ("proche aidant(e) (conjoint) en épuisement, demande de répit",
     "spousal caregiver burnt out, respite requested"),
    ("soupçon de négligence par le colocataire qui encaisse les chèques de pension",
     "suspected neglect by the roommate who cashes the pension cheques"),
    ("sous curatelle publique depuis 2021", "under public curatorship since 2021"),
    ("ancienne itinérance, hébergement actuel en ressource intermédiaire",
     "history of homelessness, currently placed in an intermediate resource"),
    ("le petit-fils habite au domicile, menaces verbales rapportées par la voisine",
     "the grandson lives in the home, neighbour reports verbal threats"),
    ("dettes de jeu du neveu remboursées à même la pension", "nephew's gambling debts being paid out of the pension"),
]
LEVELS = [("niveau de soins C", "level of care C"), ("niveau de soins D (confort)", "level of care D (comfort)"),
          ("niveau de soins B", "level of care B"), ("NIM C, pas de RCR", "goals of care C, DNR")]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def pick(rng, seq, lang=None):
    item = rng.choice(seq)
    if lang is not None and isinstance(item, tuple):
        return item[0] if lang == 'fr' else item[1]
    return item


def L(lang, fr, en):
    return fr if lang == 'fr' else en


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        body = rng.choice('1234567') + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(rng, num):
    return rng.choice([num, f"{num[:3]} {num[3:6]} {num[6:]}", f"{num[:3]}-{num[3:6]}-{num[6:]}"])


def gen_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def fmt_ohip(rng, num):
    vc = rng.choice(['', ' ' + rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') + rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')])
    return rng.choice([num, f"{num[:4]}-{num[4:7]}-{num[7:]}", f"{num[:4]} {num[4:7]} {num[7:]}"]) + vc


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        key = base if dob.year < 2000 else '2' + base
        chk = 97 - int(key) % 97
        num = base + '%02d' % chk
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob:
            return num


def fmt_niss(rng, num):
    return rng.choice([num, f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}",
                       f"{num[:6]} {num[6:9]} {num[9:]}"])


def gen_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([13, 31, 33, 38, 44, 59, 69, 75, 76, 92, 93, 94])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randrange(1, 990) \
            + '%03d' % rng.randrange(1, 999)
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def fmt_nir(rng, num):
    return rng.choice([num, f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}",
                       f"{num[:13]} {num[13:]}"])


def gen_mrn(rng):
    body = ''.join(rng.choice('0123456789') for _ in range(6))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def fmt_mrn(rng, num, lang):
    return rng.choice([num, num, f"H{num}", f"{num[:3]}-{num[3:]}", f"{num[:2]} {num[2:5]} {num[5:]}"])


def luhn_serial(rng, n):
    body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(n - 2))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def fmt_nam(rng, nam):
    return rng.choice([nam, nam, f"{nam[:4]} {nam[4:8]} {nam[8:]}", f"{nam[:4]} {nam[4:8]} {nam[8:]}",
                       f"{nam[:4]}-{nam[4:8]}-{nam[8:]}", nam.lower(), f"{nam[:4]} {nam[4:]}"])


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam

    def age(self, when):
        return when.year - self.dob.year - ((when.month, when.day) < (self.dob.month, self.dob.day))

    @property
    def fem(self):
        return self.sex == 'F'


def load_blind():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            people.append(Person(sur, giv, datetime.date.fromisoformat(dob), sex, nam))
    return people


BLIND = load_blind()
BLIND_ADULTS = [p for p in BLIND if p.dob.year <= 1986]
BLIND_ELDERS = [p for p in BLIND if p.dob.year <= 1962]


def invent_person(rng, old=True):
    sex = rng.choice('FM')
    giv = rng.choice(PAT_GIV_F if sex == 'F' else PAT_GIV_M)
    sur = rng.choice(PAT_SURN)
    y = rng.randrange(1926, 1950) if old else rng.randrange(1950, 1985)
    dob = datetime.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
    return Person(sur, giv, dob, sex)


def staff_person(rng, fem=None):
    if fem is None:
        fem = rng.random() < 0.68
    giv = rng.choice(STAFF_GIV_F if fem else STAFF_GIV_M)
    sur = rng.choice(STAFF_SURN)
    return giv, sur, fem


# --------------------------------------------------------------------------
# formatting helpers
# --------------------------------------------------------------------------
def strip_accents(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def title(p, lang, rng=None):
    if lang == 'fr':
        return 'Mme' if p.fem else 'M.'
    return (rng.choice(['Mrs.', 'Ms.', 'Mrs']) if rng else 'Mrs.') if p.fem else (rng.choice(['Mr.', 'Mr']) if rng else 'Mr.')


def name_styles(p, lang, rng):
    t = title(p, lang, rng)
    return [
        f"{t} {p.given} {p.surname}",
        f"{t} {p.surname}",
        f"{p.given} {p.surname}",
        f"{p.surname.upper()}, {p.given}",
        f"{p.surname}, {p.given}",
        f"{p.surname} {p.given}",
        f"{p.given[0]}. {p.surname}",
        f"{L(lang, 'Madame' if p.fem else 'Monsieur', 'Mrs.' if p.fem else 'Mr.')} {p.surname}",
        strip_accents(f"{p.given} {p.surname}").lower(),
        f"{t} {strip_accents(p.surname)}",
    ]


def fmt_name(rng, p, lang, style=None):
    styles = name_styles(p, lang, rng)
    if style is None:
        return rng.choice(styles)
    return styles[style]


def fmt_date(d, lang, rng, style=None):
    opts = [d.isoformat(), d.strftime('%d/%m/%Y'),
            f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}" if lang == 'fr' else f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            d.strftime('%Y/%m/%d'), d.strftime('%d-%m-%Y')]
    if lang == 'en':
        opts.append(d.strftime('%d %b %Y'))
    return opts[style] if style is not None else rng.choice(opts)


def fmt_day(d, lang):
    if lang == 'fr':
        return f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]}"
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


def phone(rng, area=None):
    area = area or rng.choice(AREA_QC)
    num = f"555-01{rng.randrange(0, 100):02d}"
    return rng.choice([f"{area} {num}", f"({area}) {num}", f"{area}-{num}", f"{area}.{num.replace('-', '.')}"])


def home_address(rng, lang='fr', province='QC'):
    if province == 'ON':
        city, fsa = rng.choice(CITIES_ON)
        return f"{rng.randrange(10, 990)} {rng.choice(STREETS_EN)}, {city}, Ontario {fsa} {rng.randrange(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randrange(1, 9)}"
    city, fsa = rng.choice(CITIES_QC)
    pc = f"{fsa} {rng.randrange(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randrange(1, 9)}"
    if lang == 'en' and rng.random() < 0.5:
        return f"{rng.randrange(10, 2990)} {rng.choice(STREETS_EN)}, apt {rng.randrange(1, 12)}, {city}, QC {pc}"
    apt = rng.choice(['', f", app. {rng.randrange(1, 24)}", f"-{rng.randrange(1, 8)}"])
    return f"{rng.randrange(10, 2990)}{apt}, {rng.choice(STREETS_FR)}, {city} (Québec) {pc}"


def email_addr(giv, sur, dom):
    base = strip_accents(f"{giv}.{sur}").lower().replace(' ', '').replace("'", '')
    return f"{base}@{dom}"


def typo(rng, text, rate=0.25):
    """Introduce a few realistic typos into a text (never inside digits)."""
    if rng.random() > rate:
        return text
    words = text.split(' ')
    for _ in range(rng.randrange(1, 4)):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) < 5 or any(ch.isdigit() for ch in w) or '@' in w or not w.isalpha():
            continue
        k = rng.randrange(1, len(w) - 2)
        op = rng.randrange(3)
        if op == 0:
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == 1:
            w = w[:k] + w[k + 1:]
        else:
            w = w[:k] + w[k] + w[k:]
        words[i] = w
    return ' '.join(words)


def maybe_noaccent(rng, text, p=0.12):
    return strip_accents(text) if rng.random() < p else text


def signature(rng, lang, giv, sur, role, org_key, ext=True, disclaimer=None, fem=True):
    o = ORGS[org_key]
    r = role_text(role, lang, fem)
    lines = ['--' if rng.random() < 0.5 else '', f"{giv} {sur}", r[0].upper() + r[1:] if rng.random() < 0.7 else r,
             o[lang]]
    if rng.random() < 0.6:
        lines.append(o['addr'])
    tel = o['tel']
    if ext:
        lines.append(L(lang, 'Tél. : ', 'Tel: ') + tel + L(lang, f", poste {rng.randrange(2000, 7999)}",
                                                           f" ext. {rng.randrange(2000, 7999)}"))
    else:
        lines.append(L(lang, 'Tél. : ', 'Tel: ') + tel)
    if rng.random() < 0.3:
        lines.append(L(lang, 'Téléc. : ', 'Fax: ') + o['tel'][:-2] + '%02d' % rng.randrange(0, 99))
    if disclaimer is None:
        disclaimer = rng.random() < 0.35
    if disclaimer:
        lines.append('')
        lines.append(L(lang,
                       "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                       "S'il vous est parvenu par erreur, veuillez le détruire et en aviser l'expéditeur.",
                       "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you "
                       "received it in error, please delete it and notify the sender."))
    return '\n'.join(l for l in lines if l is not None).lstrip('\n')


def greeting(rng, lang, name=None):
    if name:
        g = rng.choice(['Bonjour', 'Bonjour', 'Allo', 'Bon matin', 'Salut']) if lang == 'fr' else \
            rng.choice(['Hi', 'Hello', 'Good morning', 'Dear'])
        return f"{g} {name},"
    if lang == 'fr':
        g = rng.choice(['Bonjour', 'Bonjour', 'Bonjour', 'Allo', 'Bon matin', 'Salut', 'Bonjour à tous',
                        'Bonjour à toutes'])
    else:
        g = rng.choice(['Hi', 'Hello', 'Hello', 'Good morning', 'Hi', 'Hi all', 'Dear colleagues', 'Hi team'])
    if name and 'tous' not in g and 'toutes' not in g and 'all' not in g and 'team' not in g and 'colleagues' not in g:
        return f"{g} {name},"
    return g + ','


def closing(rng, lang):
    if lang == 'fr':
        return rng.choice(['Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne journée',
                           'Au plaisir,', 'Bien à vous,', 'Merci!'])
    return rng.choice(['Thanks,', 'Thank you,', 'Best regards,', 'Regards,', 'Many thanks,', 'Cheers,', 'Best,'])


def quote_block(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def reply_header(rng, lang, who_name, who_addr, dt):
    style = rng.randrange(3)
    if style == 0:
        if lang == 'fr':
            return f"Le {fmt_day(dt, 'fr')} {dt.year} à {dt:%H:%M}, {who_name} <{who_addr}> a écrit :"
        return f"On {fmt_day(dt, 'en')}, {dt.year} at {dt:%I:%M %p}, {who_name} <{who_addr}> wrote:"
    if style == 1:
        return L(lang, f"{who_name} a écrit le {dt:%Y-%m-%d %H:%M} :", f"{who_name} wrote on {dt:%Y-%m-%d %H:%M}:")
    return None  # outlook style handled by caller


def outlook_header(lang, from_name, from_addr, dt, to, subject):
    if lang == 'fr':
        return (f"-----Message d'origine-----\nDe : {from_name} <{from_addr}>\n"
                f"Envoyé : {fmt_day(dt, 'fr')} {dt.year} {dt:%H:%M}\nÀ : {to}\nObjet : {subject}")
    return (f"-----Original Message-----\nFrom: {from_name} <{from_addr}>\n"
            f"Sent: {fmt_day(dt, 'en')}, {dt.year} {dt:%I:%M %p}\nTo: {to}\nSubject: {subject}")


def forward_header(rng, lang, from_name, from_addr, dt, to, subject):
    if rng.random() < 0.5:
        head = L(lang, "---------- Message transféré ---------", "---------- Forwarded message ---------")
        return (f"{head}\n{L(lang, 'De', 'From')}: {from_name} <{from_addr}>\n"
                f"Date: {fmt_day(dt, lang)} {dt.year} {dt:%H:%M}\n{L(lang, 'Objet', 'Subject')}: {subject}\n"
                f"{L(lang, 'À', 'To')}: {to}")
    return outlook_header(lang, from_name, from_addr, dt, to, subject)


def compose_reply(rng, lang, new_text, orig_text, orig_name, orig_addr, orig_dt, to, subject):
    h = reply_header(rng, lang, orig_name, orig_addr, orig_dt)
    if h is None:
        return new_text + '\n\n' + outlook_header(lang, orig_name, orig_addr, orig_dt, to, subject) + '\n\n' + orig_text
    return new_text + '\n\n' + h + '\n' + quote_block(orig_text)


def reply_subject(rng, lang, subj):
    return rng.choice(['RE: ', 'Re: ', 'RE : ', 'Re : ']) + subj if lang == 'fr' else rng.choice(['RE: ', 'Re: ']) + subj


def fwd_subject(rng, lang, subj):
    return (rng.choice(['TR: ', 'TR : ', 'Fwd: ', 'FW: ']) if lang == 'fr' else rng.choice(['Fwd: ', 'FW: ', 'Fw: '])) + subj


def base_date(rng):
    d0 = datetime.datetime(2024, 1, 8, 7, 0)
    d = d0 + datetime.timedelta(days=rng.randrange(0, 540), minutes=rng.randrange(0, 11 * 60))
    if d.weekday() >= 5 and rng.random() < 0.8:
        d -= datetime.timedelta(days=d.weekday() - 4)
    return d
