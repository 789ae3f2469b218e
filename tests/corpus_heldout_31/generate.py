#!/usr/bin/env python3
"""Blind held-out corpus #31 -- synthetic outbound mail of an invented Montreal CIUSSS.

Writes positive/pNNN_<cat>.eml (120), negative/nNNN_<cat>.eml (180) and labels.json,
deterministically from a seed (default 3131).  Every RAMQ NAM comes from ../blind_nams.txt.
All people, institutions, addresses and domains are invented.
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import html
import io
import json
import os
import random
import re
import sys
import zipfile
import zlib
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 3131
N_POS, N_NEG = 120, 180
FR_SHARE = 0.65
REF = dt.date(2024, 6, 1)
ZIP_DT = (2024, 5, 1, 8, 0, 0)
FIXED_ISO = '2024-05-01T08:00:00Z'

DOM = 'ciusss-rives.example'
HOSP = 'Hôpital Saint-Aurèle'
CIUSSS = 'CIUSSS des Rives-de-Montréal'
CLSC = 'CLSC de la Pointe-aux-Sables'
ADDICT = 'Clinique de dépendance Le Relais'
FOUND = 'Fondation Saint-Aurèle'
HOSP_ADDR = '2200, boulevard des Tisserands, Montréal (Québec) H1Z 9X9'

# --------------------------------------------------------------------------- people
STAFF_FR = ['Julie Bergeron', 'Marc-André Plourde', 'Nathalie Desrochers', 'Stéphane Lévesque',
            'Isabelle Thériault', 'François Beaulieu', 'Karine Dufresne', 'Mathieu Gingras',
            'Annie Carrier', 'Sébastien Poulin', 'Catherine Vaillancourt', 'Patrick Boisvert',
            'Émilie Lachance', 'Guillaume Bérubé', 'Véronique Lemay', 'Josiane Turcotte',
            'Hugo Charest', 'Mélanie Gosselin']
STAFF_EN = ['Rachel Greenberg', "Kevin O'Neill", 'Priya Raman', 'Daniel Kowalski', 'Laura McKenzie',
            'Ahmed Haddad', 'Sarah Goldstein', 'Tom Fitzgerald', 'Megan Atwood', 'Colin Ferguson']
ROLES_FR = ['Infirmière clinicienne, urgence', 'Travailleuse sociale, gériatrie', 'Pharmacien',
            'Conseillère en soins infirmiers', 'Agente administrative, archives', 'Infirmier, traumatologie',
            'Assistante infirmière-chef, 4e Nord', 'Coordonnatrice de la gestion des lits',
            'Intervenante, clinique de dépendance', 'Infirmière de liaison', 'Technologiste médicale']
ROLES_EN = ['Clinical nurse, Emergency', 'Social worker, Geriatrics', 'Pharmacist', 'Nurse educator',
            'Bed management coordinator', 'Liaison nurse', 'Medical technologist', 'Unit clerk, 5 West']
DOCS = [('Dre', 'Hélène Marchand', 'gériatrie', 'geriatrics'),
        ('Dr', 'Olivier Pépin', 'traumatologie', 'trauma surgery'),
        ('Dr', 'Samir Benali', 'médecine d\'urgence', 'emergency medicine'),
        ('Dre', 'Chantal Rioux', 'soins palliatifs', 'palliative care'),
        ('Dr', 'Michael Carter', 'médecine des toxicomanies', 'addiction medicine'),
        ('Dre', 'Anne-Sophie Lavoie', 'cardiologie', 'cardiology'),
        ('Dr', 'Yves Tessier', 'psychiatrie', 'psychiatry'),
        ('Dre', 'Mei Lin Chow', 'microbiologie-infectiologie', 'infectious diseases'),
        ('Dr', 'Jonathan Reid', 'néphrologie', 'nephrology'),
        ('Dre', 'Audrey Pelchat', 'pédiatrie', 'paediatrics')]
OTHER_PAT = [('Kowalczyk', 'Irena', 'F'), ('Dubois', 'Thibaut', 'M'), ('Janssens', 'Lotte', 'F'),
             ('Peeters', 'Wouter', 'M'), ('Moreau', 'Camille', 'F'), ('Lefèvre', 'Hugo', 'M'),
             ('Campbell', 'Heather', 'F'), ('Singh', 'Arjun', 'M'), ('Nguyen', 'Linh', 'F'),
             ('Bernard', 'Élodie', 'F'), ('Vandenberghe', 'Pieter', 'M'), ('Mercier', 'Lucas', 'M'),
             ('Armstrong', 'Douglas', 'M'), ('Okafor', 'Chiamaka', 'F'), ('Garnier', 'Manon', 'F'),
             ('Claes', 'Emma', 'F')]
STREETS = ['rue de la Gabelle', 'avenue Lacroix-Vert', 'rue Pierre-Aubin', 'rue Saint-Zéphirin',
           'avenue des Peupliers-Rouges', 'rue du Halage', 'boul. des Tisserands', 'rue Fleurimont-Est',
           'rue des Ormeaux', 'avenue Bellerive-Nord']
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


class P:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
        h = int(hashlib.sha256(f'{surname}|{given}|{dob}'.encode()).hexdigest(), 16)
        self.mrn = '%07d' % (h % 9000000 + 1000000)
        r = random.Random(h)
        self.addr = (f"{r.randint(100, 9899)}, {r.choice(STREETS)}"
                     + (f", app. {r.randint(1, 12)}" if r.random() < .4 else '')
                     + f", Montréal (Québec) H{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} "
                     f"{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}")
        self.phone = f"{r.choice(['514', '438'])}-555-{r.randint(100, 9999):04d}"


def load_people():
    out = []
    with open(NAM_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            s, g, d, sex, nam = line.split()
            out.append(P(s, g, dt.date.fromisoformat(d), sex, nam))
    return out


# --------------------------------------------------------------------------- identifiers
def gen_sin(r):
    while True:
        body = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohip(r):
    body = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n) and len(n) == 10
    return n, r.choice(['AB', 'KL', 'XT', 'MP', 'HG'])


def gen_niss(r, dob, sex):
    base = dob.strftime('%y%m%d')
    serial = r.randrange(1, 998)
    if (serial % 2 == 1) != (sex == 'M'):
        serial += 1
    base += '%03d' % serial
    num = int(('2' if dob.year >= 2000 else '') + base)
    n = base + '%02d' % (97 - num % 97)
    assert be_nn.is_valid(n), n
    return n


def gen_nir(r, dob, sex):
    dept = r.choice(['75', '69', '13', '33', '59', '44', '31', '67'])
    body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % r.randint(1, 990) + '%03d' % r.randint(1, 999)
    n = body + '%02d' % (97 - int(body) % 97)
    assert fr_nir.is_valid(n), n
    return n


def luhn_serial(r, length=9):
    body = ''.join(str(r.randint(0, 9)) for _ in range(length - 1))
    return body + luhn.calc_check_digit(body)


def lot_code(r):
    """NAM-shaped lot number (4 letters + 8 digits): a hard negative."""
    return r.choice(['BAXT', 'MEDL', 'BDXR', 'SMTH', 'CARD', 'OLYM', 'HOLG', 'STRY']) + ''.join(str(r.randint(0, 9)) for _ in range(8))


# --------------------------------------------------------------------------- clinical vocab
DX = {
    'ed': [("pneumonie acquise en communauté", "community-acquired pneumonia"), ("NSTEMI", "NSTEMI"),
           ("embolie pulmonaire segmentaire", "segmental pulmonary embolism"),
           ("pyélonéphrite aiguë", "acute pyelonephritis"), ("hémorragie digestive haute", "upper GI bleed"),
           ("acidocétose diabétique", "diabetic ketoacidosis"), ("FA rapide", "rapid AF"),
           ("cellulite du membre inférieur gauche", "left lower-leg cellulitis"),
           ("AVC ischémique sylvien gauche", "left MCA ischemic stroke"), ("sepsis d'origine urinaire", "urosepsis")],
    'trauma': [("fracture du bassin", "pelvic fracture"), ("TCC avec hématome sous-dural", "TBI with subdural hematoma"),
               ("fractures de côtes 4 à 7 avec pneumothorax", "rib fractures 4-7 with pneumothorax"),
               ("lacération splénique grade III", "grade III splenic laceration"),
               ("fracture ouverte du tibia droit", "open right tibial fracture")],
    'geri': [("delirium hypoactif", "hypoactive delirium"), ("fracture de la hanche droite", "right hip fracture"),
             ("démence de type Alzheimer modérée", "moderate Alzheimer's dementia"), ("chutes à répétition", "recurrent falls"),
             ("insuffisance cardiaque décompensée", "decompensated heart failure"), ("MPOC exacerbée", "COPD exacerbation")],
    'pall': [("cancer du pancréas métastatique", "metastatic pancreatic cancer"), ("néo pulmonaire stade IV", "stage IV lung cancer"),
             ("SLA avancée", "advanced ALS"), ("insuffisance cardiaque terminale", "end-stage heart failure"),
             ("glioblastome", "glioblastoma")],
    'addict': [("trouble lié à l'usage des opioïdes", "opioid use disorder"), ("trouble lié à l'usage de l'alcool", "alcohol use disorder"),
               ("hépatite C chronique", "chronic hepatitis C"), ("trouble lié à l'usage de stimulants", "stimulant use disorder")],
    'psych': [("dépression majeure avec idées suicidaires", "major depression with suicidal ideation"),
              ("psychose induite par substances", "substance-induced psychosis"),
              ("trouble bipolaire, épisode maniaque", "bipolar disorder, manic episode")],
    'peds': [("bronchiolite", "bronchiolitis"), ("fracture du poignet gauche", "left wrist fracture"), ("crise d'asthme", "asthma exacerbation"),
             ("gastro-entérite avec déshydratation", "gastroenteritis with dehydration"), ("convulsion fébrile", "febrile seizure")],
    'sens': [("VIH", "HIV infection"), ("syphilis secondaire", "secondary syphilis"), ("grossesse de 8 semaines", "8-week pregnancy"),
             ("hépatite B chronique", "chronic hepatitis B")],
}
MEDS = {
    'gen': ["apixaban 5 mg PO BID", "furosémide 40 mg PO BID", "metformine 500 mg BID", "pipéracilline-tazobactam 4,5 g IV q6h",
            "insuline glargine 20 U HS", "lévothyroxine 75 mcg DIE", "ceftriaxone 2 g IV DIE", "métoprolol 25 mg BID",
            "atorvastatine 40 mg HS", "pantoprazole 40 mg IV BID"],
    'geri': ["quétiapine 12,5 mg HS PRN", "donépézil 10 mg DIE", "acétaminophène 1 g QID", "warfarine 3 mg (RNI cible 2-3)",
             "mirtazapine 15 mg HS", "hydrochlorothiazide 25 mg DIE"],
    'pall': ["hydromorphone 1 mg s.c. q4h PRN", "midazolam 2,5 mg s.c. q1h PRN", "scopolamine 0,4 mg s.c. q4h PRN",
             "morphine 5 mg s.c. q4h régulier", "halopéridol 0,5 mg s.c. q8h PRN", "dexaméthasone 4 mg DIE"],
    'addict': ["méthadone 85 mg DIE (doses observées)", "buprénorphine-naloxone 16 mg/4 mg DIE", "Sublocade 300 mg s.c. mensuel",
               "naltrexone 50 mg DIE", "gabapentine 300 mg TID", "trousse de naloxone remise"],
    'psych': ["olanzapine 10 mg HS", "sertraline 100 mg DIE", "lithium 900 mg/jour", "lorazépam 1 mg SL PRN"],
    'peds': ["salbutamol 100 mcg 4 inh q4h", "ibuprofène 10 mg/kg q6h", "dexaméthasone 0,6 mg/kg x1", "amoxicilline 90 mg/kg/j"],
}
EN_MED = {'DIE': 'daily', 'régulier': 'scheduled', 'doses observées': 'witnessed doses', 'mensuel': 'monthly',
          'trousse de naloxone remise': 'naloxone kit given', '/jour': '/day', 'RNI cible': 'target INR',
          'acétaminophène': 'acetaminophen', 'furosémide': 'furosemide', 'metformine': 'metformin',
          'pipéracilline': 'piperacillin', 'lévothyroxine': 'levothyroxine', 'métoprolol': 'metoprolol',
          'quétiapine': 'quetiapine', 'donépézil': 'donepezil', 'warfarine': 'warfarin', 'halopéridol': 'haloperidol',
          'dexaméthasone': 'dexamethasone', 'méthadone': 'methadone', 'buprénorphine': 'buprenorphine',
          'ibuprofène': 'ibuprofen', 'gabapentine': 'gabapentin', 'atorvastatine': 'atorvastatin', 'amoxicilline': 'amoxicillin', 'insuline': 'insulin', 'lorazépam': 'lorazepam'}
LABS = [("K+ 6,8 mmol/L", "K 6.8 mmol/L"), ("troponine hs 412 ng/L", "hs-troponin 412 ng/L"), ("Hb 68 g/L", "Hb 68 g/L"),
        ("RNI 5,4", "INR 5.4"), ("créatinine 287 µmol/L (base 110)", "creatinine 287 umol/L (baseline 110)"),
        ("lactate 4,6 mmol/L", "lactate 4.6 mmol/L"), ("hémocultures 2/2 positives à S. aureus", "blood cultures 2/2 positive for S. aureus"),
        ("Na 118 mmol/L", "Na 118 mmol/L"), ("glycémie 1,9 mmol/L", "glucose 1.9 mmol/L"), ("ALT 1240 U/L", "ALT 1240 U/L"),
        ("plaquettes 14 x10^9/L", "platelets 14 x10^9/L"), ("charge virale VHC 2,1 x10^6 UI/mL", "HCV viral load 2.1 x10^6 IU/mL")]
TOX = [("dépistage urinaire positif fentanyl et méthamphétamine", "urine drug screen positive for fentanyl and methamphetamine"),
       ("dépistage urinaire négatif sauf méthadone", "UDS negative except methadone"),
       ("alcoolémie 48 mmol/L", "serum ethanol 48 mmol/L")]
SOCIAL = [("vit seule au 3e étage sans ascenseur, aucun réseau", "lives alone on a 3rd floor walk-up, no support network"),
          ("en situation d'itinérance depuis l'hiver", "homeless since the winter"),
          ("en processus d'hébergement en CHSLD", "CHSLD placement in progress"),
          ("sous curatelle publique", "under public curatorship"),
          ("victime de violence conjugale, conjoint ne doit pas être informé", "intimate partner violence; partner must not be informed"),
          ("prestataire d'aide sociale, a perdu son logement", "on social assistance, recently lost housing"),
          ("mandat de protection homologué, fille mandataire", "homologated protection mandate, daughter is mandatary"),
          ("en probation, suivi par agent de libération conditionnelle", "on probation, followed by a parole officer"),
          ("signalement DPJ en cours", "youth protection (DPJ) report in progress"),
          ("proche aidant épuisé, conjoint atteint de Parkinson", "exhausted caregiver, spouse has Parkinson's"),
          ("parents séparés, garde partagée conflictuelle", "separated parents, contested custody"),
          ("famille récemment arrivée, demandeurs d'asile", "recently arrived family, asylum claimants")]
SOCIAL_POOL = {'geri': [0, 2, 3, 6, 9], 'adult': [0, 1, 3, 4, 5, 7], 'addict': [1, 4, 5, 7], 'peds': [8, 10, 11]}


class T:
    """Tracks which finding types a message contains."""

    def __init__(self, lang, rng):
        self.lang, self.r, self.types = lang, rng, set()

    @property
    def fr(self):
        return self.lang == 'fr'

    def L(self, fr, en):
        return fr if self.fr else en

    # ---- identity
    def name(self, p, style=None):
        self.types.add('patient_name')
        if self.fr:
            title = 'Mme' if p.sex == 'F' else 'M.'
        else:
            title = 'Ms.' if p.sex == 'F' else 'Mr.'
        styles = [f"{p.given} {p.surname}", f"{title} {p.given} {p.surname}", f"{p.surname.upper()}, {p.given}",
                  f"{p.surname}, {p.given}", f"{title} {p.surname}", f"{p.given} {p.surname.upper()}",
                  f"{p.given.lower()} {p.surname.lower()}", f"{p.given[0]}. {p.surname}"]
        return styles[style] if style is not None else self.r.choice(styles[:6] + styles[:2])

    def nam(self, p, disguise=False, label=True):
        self.types.add('ramq_nam')
        n = p.nam
        v = [n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]} {n[4:]}", n.lower()]
        if disguise:
            v = [f"{n[:4]}-{n[4:8]}-{n[8:]}", ' '.join(n[:4]) + ' ' + n[4:], n.lower()[:4] + ' ' + n[4:],
                 n[:4] + n[4:].replace('0', 'O'), f"{n[:4]}.{n[4:6]}.{n[6:8]}.{n[8:]}"]
        s = self.r.choice(v)
        if not label:
            return s
        lab = self.r.choice(['NAM', 'RAMQ', 'no RAMQ', 'carte soleil', 'NAM:', '# ass. mal.'] if self.fr
                            else ['RAMQ', 'Medicare #', 'health card', 'RAMQ no.', 'HIN', 'NAM'])
        return f"{lab} {s}"

    def mrn(self, p, label=True):
        self.types.add('mrn')
        s = self.r.choice([p.mrn, 'H' + p.mrn, p.mrn[:3] + '-' + p.mrn[3:], '0' + p.mrn])
        if not label:
            return s
        lab = self.r.choice(['dossier', 'no dossier', '# dossier', 'MRN', 'Dos.'] if self.fr else ['MRN', 'chart #', 'chart', 'MRN:'])
        return f"{lab} {s}"

    def dob(self, p, label=True):
        self.types.add('date_of_birth')
        d = p.dob
        st = self.r.randrange(4)
        if st == 0:
            s = d.isoformat()
        elif st == 1:
            s = d.strftime('%d/%m/%Y')
        elif st == 2:
            s = f"{d.day} {MOIS[d.month - 1]} {d.year}" if self.fr else f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        else:
            s = d.strftime('%Y/%m/%d')
        if not label:
            return s
        lab = self.r.choice(['DDN', 'né(e) le', 'DN:', 'date de naissance'] if self.fr else ['DOB', 'born', 'DOB:', 'd.o.b.'])
        return f"{lab} {s}"

    def contact(self, p, what='both'):
        self.types.add('patient_contact')
        if what == 'addr':
            return p.addr
        if what == 'phone':
            return p.phone
        return f"{p.addr} -- {self.L('tél.', 'tel.')} {p.phone}"

    # ---- content
    def dx(self, key):
        self.types.add('diagnosis')
        f, e = self.r.choice(DX[key])
        return self.L(f, e)

    def med(self, key, n=1):
        self.types.add('medication')
        out = self.r.sample(MEDS[key], n)
        if not self.fr:
            res = []
            for m in out:
                for a, b in EN_MED.items():
                    m = m.replace(a, b)
                res.append(m.replace(',', '.') if re.search(r'\d,\d', m) else m)
            out = res
        return out if n > 1 else out[0]

    def lab(self, tox=False):
        self.types.add('lab_result')
        f, e = self.r.choice(TOX if tox else LABS)
        return self.L(f, e)

    def social(self, kind='adult'):
        self.types.add('social_information')
        f, e = SOCIAL[self.r.choice(SOCIAL_POOL[kind])]
        return self.L(f, e)


# --------------------------------------------------------------------------- staff helpers
def ascii_fold(s):
    tbl = str.maketrans('éèêëàâäîïôöûüùçÉÈÀÇ', 'eeeeaaaiioouuucEEAC')
    return s.translate(tbl)


def email_of(name, dom=DOM):
    return ascii_fold(name.lower()).replace(' ', '.').replace("'", '') + '@' + dom


def staff(r, lang):
    return r.choice(STAFF_FR if lang == 'fr' or r.random() < .3 else STAFF_EN)


def signature(r, lang, name):
    role = r.choice(ROLES_FR if lang == 'fr' else ROLES_EN)
    site = r.choice([HOSP, CLSC, ADDICT, CIUSSS])
    ext = r.randint(2000, 7999)
    style = r.randrange(4)
    if style == 0:
        return f"--\n{name}\n{role}\n{site}\n514-555-0100 poste {ext}" if lang == 'fr' else f"--\n{name}\n{role}\n{site}\n514-555-0100 ext. {ext}"
    if style == 1:
        return f"{name} | {role} | {site}\n{HOSP_ADDR}\nT 514 555-0100 #{ext}"
    if style == 2:
        return name.split()[0]
    conf = ("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels."
            if lang == 'fr' else "CONFIDENTIALITY NOTICE: this message may contain privileged information.")
    return f"Merci,\n{name}\n{role}\n{conf}" if lang == 'fr' else f"Thanks,\n{name}\n{role}\n{conf}"


def typo(r, s, p=0.5):
    if r.random() > p:
        return s
    swaps = [('patient', 'paitent'), ('patiente', 'pateinte'), ('diagnostic', 'diagnotic'), ('demain', 'deamin'),
             ('medication', 'medicaiton'), ('the ', 'teh '), ('avec', 'avce'), ('merci', 'mercu'), ('because', 'becuase'),
             ('rendez-vous', 'rendez vous'), ('hospital', 'hopsital'), ('pour', 'puor')]
    for a, b in r.sample(swaps, len(swaps)):
        if a in s:
            return s.replace(a, b, 1)
    return s


# --------------------------------------------------------------------------- documents
def normalize_zip(data, core=False):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if core and info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                           rb'\g<1>' + FIXED_ISO.encode() + rb'\g<3>', b)
            zi = zipfile.ZipInfo(info.filename, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return out.getvalue()


def make_pdf(title, lines, compress=False):
    from reportlab import rl_config
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    rl_config.invariant = 1
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(CIUSSS)
    c.setCreator('Synthetic generator')
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title)
    y -= 26
    c.setFont('Helvetica', 10)
    for raw in lines:
        chunks = [raw[i:i + 95] for i in range(0, len(raw), 95)] or ['']
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 740
            c.drawString(60, y, ch)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        header, rows = table
        tb = d.add_table(rows=1, cols=len(header))
        for i, h in enumerate(header):
            tb.rows[0].cells[i].text = str(h)
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = d.core_properties
    fixed = dt.datetime(2024, 5, 1, 8, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = CIUSSS
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), core=True)


def make_xlsx(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, header, rows in sheets:
        ws = wb.create_sheet(name[:31])
        ws.append(header)
        for row in rows:
            ws.append(list(row))
    fixed = dt.datetime(2024, 5, 1, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = CIUSSS
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), core=True)


def make_csv(header, rows, delim=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, summary, start, minutes, location, desc, organizer):
    end = start + dt.timedelta(minutes=minutes)
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CIUSSS Rives//Agenda//FR', 'METHOD:REQUEST',
             'BEGIN:VEVENT', f'UID:{uid}@{DOM}', 'DTSTAMP:20240501T120000Z',
             f'DTSTART;TZID=America/Montreal:{start.strftime(f)}', f'DTEND;TZID=America/Montreal:{end.strftime(f)}',
             f'SUMMARY:{ics_esc(summary)}', f'LOCATION:{ics_esc(location)}', f'DESCRIPTION:{ics_esc(desc)}',
             f'ORGANIZER;CN={ics_esc(organizer)}:mailto:{email_of(organizer)}', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


def make_vcard(given, surname, tel, adr=None, org=None, note=None, email=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append(f'ORG:{ics_esc(org)}')
    lines.append(f'TEL;TYPE=CELL:{tel}')
    if adr:
        lines.append(f'ADR;TYPE=HOME:;;{ics_esc(adr)};;;;')
    if email:
        lines.append(f'EMAIL:{email}')
    if note:
        lines.append(f'NOTE:{ics_esc(note)}')
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# --------------------------------------------------------------------------- body blocks
class Table:
    def __init__(self, header, rows):
        self.header, self.rows = header, rows


def render_text(blocks, r):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif isinstance(b, Table):
            st = r.randrange(3)
            rows = [b.header] + b.rows
            if st == 0:
                out.append('\n'.join(' | '.join(str(c) for c in row) for row in rows))
            elif st == 1:
                out.append('\n'.join('\t'.join(str(c) for c in row) for row in rows))
            else:
                w = [max(len(str(row[i])) for row in rows) for i in range(len(b.header))]
                out.append('\n'.join('  '.join(str(c).ljust(w[i]) for i, c in enumerate(row)).rstrip() for row in rows))
        elif b[0] == 'quote':
            inner = render_text(b[2], r)
            out.append(b[1] + '\n' + '\n'.join(('> ' + ln) if ln else '>' for ln in inner.split('\n')))
        elif b[0] == 'fwd':
            out.append(b[1] + '\n\n' + render_text(b[2], r))
    return '\n\n'.join(out) + '\n'


def render_html(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<p>' + '<br>\n'.join(html.escape(x) for x in b.split('\n')) + '</p>')
        elif isinstance(b, Table):
            rows = ['<tr>' + ''.join(f'<th>{html.escape(str(c))}</th>' for c in b.header) + '</tr>']
            rows += ['<tr>' + ''.join(f'<td>{html.escape(str(c))}</td>' for c in row) + '</tr>' for row in b.rows]
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse">\n' + '\n'.join(rows) + '\n</table>')
        elif b[0] == 'quote':
            out.append('<div>' + html.escape(b[1]) + '</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + render_html(b[2]) + '\n</blockquote>')
        elif b[0] == 'fwd':
            out.append('<div>' + '<br>\n'.join(html.escape(x) for x in b[1].split('\n')) + '</div>\n' + render_html(b[2]))
    return '\n'.join(out)


def html_doc(inner):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + inner + '\n</body></html>\n')


def when(r):
    d = dt.datetime(2024, 1, 8, 7, 0) + dt.timedelta(days=r.randint(0, 150), minutes=r.randint(0, 11 * 60))
    off = -4 if d.month >= 4 else -5
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def attribution(r, lang, name, d):
    if lang == 'fr':
        return r.choice([f"Le {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M}, {name} <{email_of(name)}> a écrit :",
                         f"De : {name}\nEnvoyé : {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}\nObjet : (voir ci-dessous)"])
    return r.choice([f"On {MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {d:%I:%M %p}, {name} <{email_of(name)}> wrote:",
                     f"From: {name}\nSent: {MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M}\nSubject: (see below)"])


def fwd_header(lang, name, to, d, subject):
    if lang == 'fr':
        return (f"---------- Message transféré ----------\nDe : {name} <{email_of(name)}>\n"
                f"Date : {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}\nObjet : {subject}\nÀ : {to}")
    return (f"---------- Forwarded message ---------\nFrom: {name} <{email_of(name)}>\n"
            f"Date: {MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M}\nSubject: {subject}\nTo: {to}")


# --------------------------------------------------------------------------- POSITIVE templates
def pick(r, people, lo=0, hi=200):
    pool = [p for p in people if lo <= p.age <= hi]
    return r.choice(pool)


def other_patient(r):
    s, g, sex = r.choice(OTHER_PAT)
    dob = dt.date(r.randint(1950, 2003), r.randint(1, 12), r.randint(1, 28))
    return P(s, g, dob, sex)


def p_ed_consult(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 95)
    doc = r.choice(DOCS)
    ids = [t.nam(p)] if r.random() < .7 else [t.mrn(p)]
    if r.random() < .5:
        ids.append(t.dob(p))
    body = t.L(
        f"Bonjour {doc[0]} {doc[1].split()[1]},\n\nDemande de consultation urgente en {doc[2]} pour {t.name(p)} ({', '.join(ids)}), {p.age} ans.\n"
        f"Dx à l'urgence : {t.dx('ed')}. Labos : {t.lab()}.\nRx en cours : {t.med('gen')}.\n"
        f"Civière 14, zone B. Pouvez-vous passer avant 16 h?",
        f"Hi {doc[0].replace('Dre', 'Dr')} {doc[1].split()[1]},\n\nUrgent {doc[3]} consult for {t.name(p)} ({', '.join(ids)}), {p.age} y.o.\n"
        f"ED working dx: {t.dx('ed')}. Labs: {t.lab()}.\nCurrent meds: {t.med('gen')}.\nStretcher 14, zone B. Could you see them before 4 pm?")
    subj = t.L(f"Consult {doc[2]} - civière 14", f"{doc[3]} consult - stretcher 14")
    if r.random() < .4:
        subj += ' - ' + p.surname.upper()
    return dict(subject=subj, blocks=[typo(r, body, .3)], note='ED consult request')


def p_trauma(t, ppl):
    r = t.r
    p = pick(r, ppl, 16, 90)
    inj = [t.dx('trauma') for _ in range(2)]
    inj = list(dict.fromkeys(inj))
    body = t.L(
        f"Transfert trauma -- code 10-10\n{t.name(p, 2)} / {t.mrn(p)}\nMécanisme : collision auto vs piéton, GCS 13.\n"
        f"Bilan lésionnel : {'; '.join(inj)}.\nReçu : {t.med('gen')}, 2 culots.\nDernier bilan : {t.lab()}.\n"
        f"ETA CHU partenaire 14 h 30.",
        f"Trauma transfer\n{t.name(p, 2)} / {t.mrn(p)}\nMechanism: MVC vs pedestrian, GCS 13.\nInjuries: {'; '.join(inj)}.\n"
        f"Given: {t.med('gen')}, 2 units PRBC.\nLatest: {t.lab()}.\nETA receiving centre 14:30.")
    return dict(subject=t.L('Transfert trauma salle 2', 'Trauma transfer bay 2'), blocks=[body], note='trauma transfer summary')


def p_geri_discharge(t, ppl):
    r = t.r
    p = pick(r, ppl, 70, 110)
    meds = t.med('geri', 3)
    body = [t.L(f"Bonjour l'équipe SAD du {CLSC},\n\nCongé prévu jeudi pour {t.name(p)}, {t.nam(p)}, {p.age} ans.",
                f"Hello {CLSC} home-care team,\n\nDischarge planned Thursday for {t.name(p)}, {t.nam(p)}, age {p.age}."),
            t.L(f"Dx principal : {t.dx('geri')}.\nContexte : {t.social('geri')}.\nAdresse : {t.contact(p)}",
                f"Main dx: {t.dx('geri')}.\nContext: {t.social('geri')}.\nAddress: {t.contact(p)}"),
            Table([t.L('Médicament', 'Medication'), t.L('Commentaire', 'Comment')],
                  [[m, t.L('pilulier', 'blister pack')] for m in meds])]
    return dict(subject=t.L('Congé gériatrie - demande SAD', 'Geriatrics discharge - home care request'), blocks=body,
                note='geriatric discharge / home care referral')


def p_palliative(t, ppl):
    r = t.r
    p = pick(r, ppl, 40, 110)
    dau = r.choice(['Marie-Claude', 'Linda', 'Éric', 'Steve', 'Johanne'])
    body = t.L(
        f"Rencontre famille demain 10 h pour {t.name(p)} (ch. 612).\n{t.dx('pall')}, PPS 30 %. Niveau de soins C.\n"
        f"Protocole détresse : {t.med('pall')}; {t.med('pall')}.\nFamille : {t.social('geri')}. Fille ({dau}) joignable au {r.choice(['438', '514'])}-555-{r.randint(1000, 9999)}.",
        f"Family meeting tomorrow 10 am for {t.name(p)} (room 612).\n{t.dx('pall')}, PPS 30%. Goals of care: level C.\n"
        f"Distress protocol: {t.med('pall')}; {t.med('pall')}.\nFamily: {t.social('geri')}. Daughter ({dau}) at {r.choice(['438', '514'])}-555-{r.randint(1000, 9999)}.")
    t.types.add('patient_contact')
    return dict(subject=t.L('Soins palliatifs - rencontre famille', 'Palliative - family meeting'), blocks=[body],
                note='palliative care family meeting')


def p_clsc_vcard(t, ppl):
    r = t.r
    p = pick(r, ppl, 30, 100)
    nm = t.name(p, 0)
    vc = make_vcard(p.given, p.surname, p.phone, p.addr, note=t.L('Usager SAD - ', 'Home care client - ') + t.dx('geri'))
    t.types.add('patient_contact')
    body = t.L(f"Nouvelle usagère/nouvel usager au SAD, coordonnées en pièce jointe. Pansement ulcère jambe 3x/sem.\n{t.nam(p)}",
               f"New home-care client, contact card attached. Leg ulcer dressing 3x/week.\n{t.nam(p)}")
    return dict(subject=t.L(f'Nouveau dossier SAD - {nm}', f'New home care file - {nm}'), blocks=[body],
                atts=[dict(text=vc, subtype='vcard', filename=f'{ascii_fold(p.surname)}_{ascii_fold(p.given)}.vcf')],
                note='CLSC home care, vCard attachment')


def p_addiction(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 70)
    body = t.L(
        f"Salut,\nAjustement pour {t.name(p, r.choice([0, 4, 5]))} ({t.nam(p, disguise=r.random() < .6)}) : {t.med('addict')} à partir de lundi.\n"
        f"{t.lab(tox=True)}. {t.social('addict')}.\nMerci d'aviser la pharmacie communautaire.",
        f"Hi,\nDose change for {t.name(p, r.choice([0, 4, 5]))} ({t.nam(p, disguise=r.random() < .6)}): {t.med('addict')} starting Monday.\n"
        f"{t.lab(tox=True)}. {t.social('addict')}.\nPlease notify the community pharmacy.")
    if r.random() < .5:
        body += t.L(f"\nDx : {t.dx('addict')}.", f"\nDx: {t.dx('addict')}.")
    return dict(subject=t.L('Le Relais - ajustement de dose', 'Le Relais - dose adjustment'), blocks=[typo(r, body)],
                note='addiction clinic dose change')


def p_pharm_medrec(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 100)
    meds = t.med('gen', 3) + [t.med('geri')]
    nm = t.name(p, 3)
    paras = [f"{t.L('Usager', 'Patient')} : {nm}", t.nam(p), t.dob(p),
             t.L(f"Motif d'admission : {t.dx('ed')}", f"Reason for admission: {t.dx('ed')}")]
    doc = make_docx(t.L('Bilan comparatif des médicaments', 'Medication reconciliation'), paras,
                    ([t.L('Médicament', 'Drug'), t.L('Domicile', 'Home'), t.L('Admission', 'Admission')],
                     [[m, 'oui' if t.fr else 'yes', r.choice(['cessé', 'poursuivi', 'modifié']) if t.fr else r.choice(['held', 'continued', 'changed'])] for m in meds]))
    body = t.L("Voici le BCM complété, à verser au dossier SVP.", "Attached is the completed med rec, please file.")
    fn = r.choice(['BCM.docx', f'BCM_{ascii_fold(p.surname)}.docx', 'medrec.docx'])
    return dict(subject=t.L('BCM complété', 'Med rec done'), blocks=[body],
                atts=[dict(data=doc, mt='application', st='vnd.openxmlformats-officedocument.wordprocessingml.document', filename=fn)],
                note='pharmacy med reconciliation DOCX')


def p_lab_critical(t, ppl):
    r = t.r
    p = pick(r, ppl)
    body = t.L(
        f"Valeur critique communiquée à 03h12 à l'inf. de garde (4e Nord).\n{t.name(p, 2)} -- {t.mrn(p)}\nRésultat : {t.lab()}\n"
        f"Prélevé 02h40, reprise demandée.",
        f"Critical value phoned to charge nurse (4 North) at 03:12.\n{t.name(p, 2)} -- {t.mrn(p)}\nResult: {t.lab()}\nCollected 02:40, repeat requested.")
    return dict(subject=t.L('Valeur critique', 'Critical value'), blocks=[body], note='lab critical value')


def p_transport(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 100)
    body = t.L(
        f"Bonjour,\nSVP réserver un transport adapté (fauteuil roulant) pour {t.name(p)}\n{t.contact(p)}\n"
        f"Aller : mardi 7 h 15 vers l'hémodialyse, retour 12 h. Usager en {t.dx('ed') if r.random() < .3 else 'IRC terminale'}.",
        f"Hello,\nPlease book wheelchair transport for {t.name(p)}\n{t.contact(p)}\n"
        f"Pick-up Tuesday 7:15 to haemodialysis, return 12:00. Patient has {'end-stage renal disease'}.")
    t.types.add('diagnosis')
    return dict(subject=t.L('Réservation transport', 'Transport booking'), blocks=[body], to='transport@ambulances-urbaines.example',
                note='transport booking with home address')


def p_ics_appt(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 100)
    nm = t.name(p, r.choice([0, 4]))
    desc = t.L(f"{nm} - {t.nam(p)}\nSuivi {t.dx('sens')}. Interprète requis.", f"{nm} - {t.nam(p)}\nFollow-up {t.dx('sens')}. Interpreter needed.")
    start = dt.datetime(2024, r.randint(2, 6), r.randint(1, 28), r.choice([9, 10, 13, 14]), 0)
    ics = make_ics(f'appt{r.randint(10000, 99999)}', t.L(f'RV clinique - {nm}', f'Clinic appt - {nm}'), start, 30,
                   'Clinique externe 2B', desc, r.choice(STAFF_FR))
    return dict(subject=t.L(f'Invitation : RV {nm}', f'Invitation: appointment {nm}'), blocks=[t.L('Invitation ci-jointe.', 'Invite attached.')],
                atts=[dict(text=ics, subtype='calendar', filename='invite.ics')], note='ICS appointment')


def p_census_xlsx(t, ppl):
    r = t.r
    ps = r.sample([p for p in ppl if p.age >= 18], 6)
    rows = [[f"{p.surname.upper()}, {p.given}", t.mrn(p, False), t.dx(r.choice(['ed', 'geri'])), r.choice(['CHSLD', 'RI', 'domicile', 'réadapt'] if t.fr else ['LTC', 'rehab', 'home', 'group home'])]
            for p in ps]
    t.types.add('patient_name')
    x = make_xlsx([(t.L('Recensement 4N', 'Census 4N'), [t.L('Nom', 'Name'), 'MRN', 'Dx', t.L('Orientation', 'Disposition')], rows)])
    body = t.L("Liste à jour des NSA pour la réunion de 13 h.", "Updated ALC list for the 1 pm huddle.")
    return dict(subject=t.L('Liste NSA 4e Nord', 'ALC list 4 North'), blocks=[body],
                atts=[dict(data=x, mt='application', st='vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename='NSA_4N.xlsx')],
                note='XLSX census surname-first')


def p_referral_pdf(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 100)
    lines = [f"{t.L('Patient', 'Patient')}: {t.name(p, 0)}", t.nam(p), t.dob(p), '',
             t.L(f"Motif : {t.dx(r.choice(['ed', 'geri', 'psych']))}", f"Reason: {t.dx(r.choice(['ed', 'geri', 'psych']))}"),
             t.L(f"Médication : {t.med('gen')}", f"Medication: {t.med('gen')}"), t.L(f"Labos : {t.lab()}", f"Labs: {t.lab()}"),
             '', f"{r.choice(DOCS)[0]} {r.choice(DOCS)[1]}"]
    pdf = make_pdf(t.L('Lettre de référence', 'Referral letter'), lines, compress=r.random() < .5)
    return dict(subject=t.L('Référence GMF', 'Referral to FMG'), blocks=[t.L('Référence en pièce jointe.', 'Referral attached.')],
                to='secretariat@gmf-tisserands.example',
                atts=[dict(data=pdf, mt='application', st='pdf', filename=t.L('reference.pdf', 'referral.pdf'))], note='referral PDF')


def p_csv_export(t, ppl):
    r = t.r
    ps = r.sample(ppl, 5)
    rows = [[p.nam, p.surname, p.given, p.dob.isoformat(), t.L(*r.choice(DX['ed']))] for p in ps]
    t.types.update(['ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis'])
    c = make_csv(['NAM', t.L('Nom', 'Surname'), t.L('Prénom', 'Given'), t.L('DDN', 'DOB'), 'Dx'], rows, r.choice([',', ';']))
    return dict(subject=t.L('extraction urgence mars', 'ED extract March'), blocks=[t.L('Voici le fichier demandé.', 'Here is the file you asked for.')],
                atts=[dict(text=c, subtype='csv', filename='extraction.csv')], note='CSV export')


def p_zip_bundle(t, ppl):
    r = t.r
    ps = r.sample([p for p in ppl if p.age >= 18], 3)
    c = make_csv(['MRN', 'Nom', 'Résultat'] if t.fr else ['MRN', 'Name', 'Result'],
                 [[p.mrn, f"{p.given} {p.surname}", t.lab()] for p in ps])
    t.types.update(['mrn', 'patient_name'])
    note = t.L("Lire d'abord.\nFichier des résultats à réviser.\n", "Read me first.\nResults file for review.\n")
    z = make_zip([('resultats/resultats.csv' if t.fr else 'results/results.csv', c), ('LISEZMOI.txt' if t.fr else 'README.txt', note)])
    return dict(subject=t.L('Résultats à réviser', 'Results to review'), blocks=[t.L('Zip ci-joint.', 'Zip attached.')],
                atts=[dict(data=z, mt='application', st='zip', filename='resultats.zip' if t.fr else 'results.zip')], note='ZIP with CSV')


def p_fwd_eml(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 100)
    inner = EmailMessage()
    sender = staff(r, t.lang)
    inner['From'] = f"{sender} <{email_of(sender)}>"
    inner['To'] = email_of(staff(r, t.lang))
    inner['Subject'] = t.L(f"Suivi {p.surname}", f"Follow-up {p.surname}")
    inner['Date'] = format_datetime(when(r))
    inner['Message-ID'] = f"<inner{r.getrandbits(40):x}@{DOM}>"
    inner.set_content(t.L(f"{t.name(p)} ({t.mrn(p)}) revue ce matin : {t.dx('psych')}. {t.social()}.\nDébut {t.med('psych')}.",
                          f"Saw {t.name(p)} ({t.mrn(p)}) this morning: {t.dx('psych')}. {t.social()}.\nStarted {t.med('psych')}."))
    return dict(subject=t.L('TR: suivi', 'FW: follow-up'), blocks=[t.L('Pour info, voir message joint.', 'FYI see attached message.')],
                atts=[dict(eml=inner, filename='message.eml')], note='attached .eml')


def p_quoted_only(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 100)
    who = staff(r, t.lang)
    inner = [t.L(f"Peux-tu rappeler {t.name(p)} ({t.nam(p)}) pour son résultat? {t.lab()}, {t.dx('ed')} probable. Tél. {t.contact(p, 'phone')}",
                 f"Can you call {t.name(p)} ({t.nam(p)}) back about the result? {t.lab()}, likely {t.dx('ed')}. Phone {t.contact(p, 'phone')}")]
    return dict(subject=t.L('RE: rappel résultat', 'RE: result call-back'),
                blocks=[t.L('Ok, fait.', 'Done, thanks.'), ('quote', attribution(r, t.lang, who, when(r)), inner)],
                note='patient data only in quoted reply')


def p_subject_leak(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 100)
    subj = f"{t.name(p, r.choice([0, 2, 3]))} - {t.dx('sens')} - {t.L('à rappeler', 'call back')}"
    return dict(subject=subj, blocks=[t.L('Voir objet. Merci', 'See subject line, thx')], note='identity + dx in Subject only')


def p_filename_leak(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 100)
    t.types.update(['patient_name', 'diagnosis'])
    dxs = t.L('ECG_FA', 'ECG_AFib') if r.random() < .5 else t.L('biopsie_cancer_sein', 'breast_cancer_biopsy')
    fn = f"{ascii_fold(p.surname)}_{ascii_fold(p.given)}_{dxs}.pdf"
    pdf = make_pdf('Document', [t.L('Document numérisé', 'Scanned document'), 'p. 1/1'])
    return dict(subject=t.L('document', 'scan'), blocks=[t.L('Voir pj.', 'See attached.')],
                atts=[dict(data=pdf, mt='application', st='pdf', filename=fn)], note='identity + dx in attachment file name')


def p_ontario(t, ppl):
    r = t.r
    p = other_patient(r)
    hn, vc = gen_ohip(r)
    t.types.update(['ca_health_number', 'patient_name'])
    hs = r.choice([f"{hn[:4]}-{hn[4:7]}-{hn[7:]}-{vc}", f"{hn} {vc}", hn])
    body = t.L(f"Usager hors province (Ontario) : {p.given} {p.surname}, carte santé Ont. {hs}.\nVu pour {t.dx('ed')}. Facturation RAMQ hors Québec SVP.",
               f"Out-of-province patient (Ontario): {p.given} {p.surname}, OHIP {hs}.\nSeen for {t.dx('ed')}. Please bill reciprocal.")
    return dict(subject=t.L('Facturation hors province', 'Out-of-province billing'), blocks=[body], note='Ontario health number')


def p_belgian(t, ppl):
    r = t.r
    p = other_patient(r)
    n = gen_niss(r, p.dob, p.sex)
    t.types.update(['be_niss', 'patient_name'])
    ns = r.choice([n, f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"])
    body = t.L(f"Touriste belge admis cette nuit : {p.surname.upper()} {p.given}, NISS {ns}, {t.dob(p)}.\n{t.dx('trauma')}. Assureur voyage à contacter.",
               f"Belgian tourist admitted overnight: {p.surname.upper()} {p.given}, NISS {ns}, {t.dob(p)}.\n{t.dx('trauma')}. Travel insurer to be contacted.")
    return dict(subject=t.L('Touriste - assurance voyage', 'Tourist - travel insurance'), blocks=[body], note='Belgian NISS')


def p_french(t, ppl):
    r = t.r
    p = other_patient(r)
    n = gen_nir(r, p.dob, p.sex)
    t.types.update(['fr_nir', 'patient_name'])
    ns = r.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])
    body = t.L(f"Étudiante/étudiant français(e) : {p.given} {p.surname}, n° sécu {ns}.\n{t.dx(r.choice(['ed', 'psych']))}; {t.med('gen')}.\nEntente France-Québec, formulaire SE 401-Q-102.",
               f"French exchange student: {p.given} {p.surname}, NIR {ns}.\n{t.dx(r.choice(['ed', 'psych']))}; {t.med('gen')}.\nFrance-Quebec agreement form SE 401-Q-102.")
    return dict(subject=t.L('Entente France-Québec', 'France-Quebec agreement'), blocks=[body], note='French NIR')


def p_sin_social(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 90)
    s = gen_sin(r)
    t.types.add('ca_sin')
    ss = r.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])
    body = t.L(f"Pour la demande d'aide financière de dernier recours de {t.name(p)} :\nNAS {ss}\n{t.social()}.\n{t.contact(p, 'addr')}",
               f"For the last-resort financial assistance application for {t.name(p)}:\nSIN {ss}\n{t.social()}.\n{t.contact(p, 'addr')}")
    return dict(subject=t.L('Demande aide sociale', 'Social assistance application'), blocks=[body], note='SIN in social work')


def p_html_table(t, ppl):
    r = t.r
    ps = r.sample([p for p in ppl if p.age >= 65], 4)
    rows = [[f"{p.surname}, {p.given}", t.nam(p, label=False), t.dx('geri'), t.social('geri')] for p in ps]
    t.types.add('patient_name')
    body = [t.L('Liste des usagers en attente d\'hébergement :', 'Patients awaiting long-term care placement:'),
            Table([t.L('Nom', 'Name'), 'NAM', 'Dx', t.L('Situation', 'Situation')], rows)]
    return dict(subject=t.L('Attente hébergement', 'LTC waitlist'), blocks=body, fmt='html', note='HTML-only table')


def p_dob_only(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 100)
    body = t.L(f"{t.name(p, 0)}, {t.dob(p)} : {t.lab()}. {t.L('Prévenir le médecin traitant.', '')}",
               f"{t.name(p, 0)}, {t.dob(p)}: {t.lab()}. Please notify the family doctor.")
    return dict(subject=t.L('résultat', 'result'), blocks=[body], note='name + DOB + result, no identifier')


def p_bed_names(t, ppl):
    r = t.r
    ps = r.sample([p for p in ppl if p.age >= 18], 4)
    rows = [[f"{r.randint(401, 430)}-{r.choice('AB')}", t.name(p, r.choice([2, 4, 7])), t.dx(r.choice(['ed', 'geri']))] for p in ps]
    body = [t.L('Lits bloqués ce matin :', 'Blocked beds this morning:'), Table([t.L('Lit', 'Bed'), t.L('Usager', 'Patient'), 'Dx'], rows),
            t.L('Total occupation 104 %.', 'Occupancy 104%.')]
    return dict(subject=t.L('Gestion des lits - 4e', 'Bed flow - 4th'), blocks=body, note='bed list with names')


def p_typos_nam(t, ppl):
    r = t.r
    p = pick(r, ppl, 65, 110)
    body = t.L(f"salut, la pateinte {p.given.lower()} {p.surname.lower()} {t.nam(p, disguise=True, label=False)} a refait une chute, {t.dx('geri')} ?? "
               f"peux tu checker son {t.med('geri')} stp",
               f"hey, pt {p.given.lower()} {p.surname.lower()} {t.nam(p, disguise=True, label=False)} fell again, {t.dx('geri')}?? can u check her {t.med('geri')} pls")
    t.types.add('patient_name')
    return dict(subject=t.L('chute', 'fall'), blocks=[body], note='informal, disguised NAM, typos')


def p_psych_ed(t, ppl):
    r = t.r
    p = pick(r, ppl, 18, 80)
    body = t.L(f"{t.name(p)} ({t.mrn(p)}) sous garde préventive depuis 22 h.\n{t.dx('psych')}. {t.social()}.\nRecommandation : {t.med('psych')}.",
               f"{t.name(p)} ({t.mrn(p)}) held under preventive detention since 10 pm.\n{t.dx('psych')}. {t.social()}.\nRecommend {t.med('psych')}.")
    return dict(subject=t.L('Psy urgence - garde préventive', 'ED psych - preventive detention'), blocks=[body], note='ED psychiatry')


def p_peds(t, ppl):
    r = t.r
    p = pick(r, ppl, 0, 17)
    body = t.L(f"Enfant {t.name(p, 0)}, {t.dob(p)}, {t.nam(p)}.\nVu pour {t.dx('peds')}. {t.med('peds')}.\n{t.social('peds')}. Parent joignable au {t.contact(p, 'phone')}.",
               f"Child {t.name(p, 0)}, {t.dob(p)}, {t.nam(p)}.\nSeen for {t.dx('peds')}. {t.med('peds')}.\n{t.social('peds')}. Parent reachable at {t.contact(p, 'phone')}.")
    return dict(subject=t.L('Urgence pédiatrique - suivi', 'Paeds ED - follow-up'), blocks=[body], note='paediatric ED')


POS = [('ed_consult', p_ed_consult), ('trauma', p_trauma), ('geri_discharge', p_geri_discharge), ('palliative', p_palliative),
       ('clsc_vcard', p_clsc_vcard), ('addiction', p_addiction), ('pharm_medrec', p_pharm_medrec), ('lab_critical', p_lab_critical),
       ('transport', p_transport), ('ics_appt', p_ics_appt), ('census_xlsx', p_census_xlsx), ('referral_pdf', p_referral_pdf),
       ('csv_export', p_csv_export), ('zip_bundle', p_zip_bundle), ('fwd_eml', p_fwd_eml), ('quoted_only', p_quoted_only),
       ('subject_leak', p_subject_leak), ('filename_leak', p_filename_leak), ('ontario', p_ontario), ('belgian', p_belgian),
       ('french_nir', p_french), ('sin_social', p_sin_social), ('html_table', p_html_table), ('dob_only', p_dob_only),
       ('bed_names', p_bed_names), ('typos_nam', p_typos_nam), ('psych_ed', p_psych_ed), ('peds', p_peds)]


# --------------------------------------------------------------------------- NEGATIVE templates
def n_bed_dashboard(t):
    r = t.r
    units = ['Urgence', '4N', '4S', '5O', 'Gériatrie', 'Soins pall.', 'USI', 'Trauma']
    rows = [[u, r.randint(10, 40), r.randint(0, 5), r.randint(0, 9), f"{r.randint(85, 125)} %"] for u in units]
    hdr = [t.L('Unité', 'Unit'), t.L('Occupés', 'Occupied'), t.L('Libres', 'Free'), 'NSA/ALC', '%']
    blocks = [t.L(f"Tableau de bord lits - {r.randint(6, 9)} h. Civières occupées à l'urgence : {r.randint(40, 70)}, dont {r.randint(5, 20)} > 24 h.",
                  f"Bed dashboard - {r.randint(6, 9)} am. ED stretchers occupied: {r.randint(40, 70)}, {r.randint(5, 20)} over 24 h."), Table(hdr, rows)]
    atts = []
    if r.random() < .4:
        atts.append(dict(data=make_xlsx([('Lits', hdr, rows)]), mt='application', st='vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename='tableau_lits.xlsx'))
    return dict(subject=t.L('Tableau de bord - gestion des lits', 'Bed management dashboard'), blocks=blocks, atts=atts, note='bed counts only')


def n_procurement(t):
    r = t.r
    items = [('Pompe volumétrique', 'Infusion pump'), ('Moniteur multiparamétrique', 'Patient monitor'),
             ('Cathéters IV 20G', 'IV catheters 20G'), ('Gants nitrile M', 'Nitrile gloves M'), ('Attelle pelvienne', 'Pelvic binder')]
    rows = [[t.L(*it), r.randint(1, 200), lot_code(r), luhn_serial(r, r.choice([9, 10, 12])), f"{r.randint(20, 9000)},{r.randint(10, 99)} $"] for it in r.sample(items, 4)]
    po = f"BC-{r.randint(2024000, 2024999)}"
    hdr = [t.L('Article', 'Item'), t.L('Qté', 'Qty'), 'Lot', t.L('No série', 'Serial'), t.L('Montant', 'Amount')]
    blocks = [t.L(f"Bon de commande {po} - réception au quai 3 jeudi.", f"Purchase order {po} - delivery dock 3 Thursday."), Table(hdr, rows)]
    atts = [dict(data=make_xlsx([('PO', hdr, rows)]), mt='application', st='vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename=f'{po}.xlsx')] if r.random() < .5 else []
    return dict(subject=f"{po} - {t.L('approvisionnement', 'procurement')}", blocks=blocks, atts=atts, to='commandes@medisupply.example', note='PO with lot/serial numbers')


def n_recall(t):
    r = t.r
    lots = [lot_code(r) for _ in range(4)]
    blocks = [t.L("Avis de rappel du fabricant - tubulures de perfusion. Vérifier les lots suivants et retirer de l'inventaire :",
                  "Manufacturer recall - infusion sets. Check and quarantine the following lots:"),
              '\n'.join(f"- Lot {x} / SN {luhn_serial(r)}" for x in lots),
              t.L("Aucun incident patient rapporté. Retour au magasin central.", "No patient incidents reported. Return to central stores.")]
    return dict(subject=t.L('RAPPEL - tubulures', 'RECALL - infusion sets'), blocks=blocks, note='device recall, lot numbers')


def n_it(t):
    r = t.r
    tk = f"INC{r.randint(1000000, 9999999)}"
    blocks = [t.L(f"Interruption planifiée du DCI samedi de 01 h à 05 h (mise à niveau). Procédures dégradées : formulaires papier.\nBillet {tk}. Poste de travail {r.choice(['HSA', 'CLSC'])}-{r.randint(10000, 99999)}.",
                  f"Planned EHR downtime Saturday 01:00-05:00 (upgrade). Downtime procedures: paper forms.\nTicket {tk}. Workstation {r.choice(['HSA', 'CLSC'])}-{r.randint(10000, 99999)}.")]
    return dict(subject=t.L('[TI] Interruption planifiée', '[IT] Planned downtime'), blocks=blocks, note='IT downtime')


def n_it_reply(t):
    r = t.r
    who = staff(r, t.lang)
    inner = [t.L(f"Mon imprimante d'étiquettes à l'urgence (actif {r.randint(100000, 999999)}) ne fonctionne plus.",
                 f"My label printer in the ED (asset {r.randint(100000, 999999)}) stopped working.")]
    return dict(subject=t.L('RE: imprimante étiquettes', 'RE: label printer'),
                blocks=[t.L(f"Le technicien passera demain. Billet REQ{r.randint(100000, 999999)}.", f"A tech will come tomorrow. Ticket REQ{r.randint(100000, 999999)}."),
                        ('quote', attribution(r, t.lang, who, when(r)), inner)], note='IT ticket reply')


def n_hr_schedule(t):
    r = t.r
    ppl = r.sample(STAFF_FR + STAFF_EN, 6)
    rows = [[n, r.choice(['J', 'S', 'N', 'C']), r.choice(['J', 'S', 'N', 'C']), r.choice(['J', 'S', 'N', 'C'])] for n in ppl]
    hdr = [t.L('Employé', 'Employee'), t.L('lun', 'Mon'), t.L('mar', 'Tue'), t.L('mer', 'Wed')]
    blocks = [t.L("Horaire de l'urgence, période 12. J=jour S=soir N=nuit C=congé.", "ED schedule, period 12. J=day S=evening N=night C=off."), Table(hdr, rows)]
    return dict(subject=t.L('Horaire P12 urgence', 'ED schedule P12'), blocks=blocks, note='staff schedule')


def n_hr_leave(t):
    r = t.r
    n = staff(r, t.lang)
    blocks = [t.L(f"{n} sera en congé de maternité à partir du 3 juin; remplacement assuré par l'équipe volante. Matricule {r.randint(100000, 999999)}.",
                  f"{n} will be on parental leave from June 3; float team will cover. Employee no. {r.randint(100000, 999999)}.")]
    return dict(subject=t.L('Congé - remplacement', 'Leave - coverage'), blocks=blocks, note='staff leave')


def n_job(t):
    r = t.r
    job = r.choice([('Infirmière clinicienne - soins palliatifs', 'Clinical nurse - palliative care'),
                    ('Pharmacien(ne) - oncologie', 'Pharmacist - oncology'), ('Technologiste médical(e) - microbiologie', 'Medical technologist - microbiology')])
    blocks = [t.L(f"Affichage interne no {r.randint(2024100, 2024999)} : {job[0]}. Poste permanent temps complet, quart de jour.\nDate limite : 15 juin.",
                  f"Internal posting #{r.randint(2024100, 2024999)}: {job[1]}. Permanent full-time, day shift.\nDeadline: June 15.")]
    return dict(subject=t.L('Affichage de poste', 'Job posting'), blocks=blocks, note='job posting')


def n_occ_health(t):
    r = t.r
    n = staff(r, t.lang)
    v = r.randrange(3)
    if v == 0:
        b = t.L(f"Bonjour {n.split()[0]},\nVotre rendez-vous d'ajustement N95 au bureau de santé au travail est le 12 juin à 10 h. Votre statut vaccinal influenza est à jour.",
                f"Hi {n.split()[0]},\nYour N95 fit test at Occupational Health is June 12 at 10 am. Your influenza vaccination status is up to date.")
    elif v == 1:
        b = t.L(f"Retour progressif de {n} (accident de travail, entorse lombaire) : 3 jours/semaine, tâches allégées. Dossier CNESST suivi par la santé au travail.",
                f"Graduated return to work for {n} (work injury, low-back strain): 3 days/week, modified duties. WSIB-equivalent claim followed by Occupational Health.")
    else:
        b = t.L(f"Exposition au sang - employée ({n}) : protocole post-exposition amorcé, sérologies de l'employée au bureau de santé. Confidentiel RH.",
                f"Blood exposure - employee ({n}): post-exposure protocol started, employee serologies at Occupational Health. HR confidential.")
    return dict(subject=t.L('Santé au travail', 'Occupational health'), blocks=[b], note='employee health (HR)')


def n_education(t):
    r = t.r
    d = r.choice(DOCS)
    topic = r.choice([('Prise en charge du délirium chez l\'aîné', 'Managing delirium in older adults'),
                      ('Sédation palliative continue', 'Continuous palliative sedation'),
                      ('Traitement par agonistes opioïdes à l\'urgence', 'Opioid agonist therapy in the ED'),
                      ('Hyperkaliémie : pièges', 'Hyperkalaemia pitfalls'), ('Trauma gériatrique', 'Geriatric trauma')])
    start = dt.datetime(2024, r.randint(3, 6), r.randint(1, 28), 12, 0)
    blocks = [t.L(f"Journée de formation - {topic[0]}\nConférencier : {d[0]} {d[1]} ({d[2]})\nAuditorium B, {start:%Y-%m-%d} 12 h. Crédits DPC.",
                  f"Education day - {topic[1]}\nSpeaker: {d[0].replace('Dre', 'Dr')} {d[1]} ({d[3]})\nAuditorium B, {start:%Y-%m-%d} noon. CPD credits.")]
    atts = []
    if r.random() < .5:
        atts.append(dict(text=make_ics(f'edu{r.randint(1000, 9999)}', t.L(topic[0], topic[1]), start, 60, 'Auditorium B', 'Formation / education', d[1]),
                         subtype='calendar', filename='formation.ics'))
    return dict(subject=t.L('Journée de formation', 'Education day'), blocks=blocks, atts=atts, note='education day')


def n_union(t):
    r = t.r
    blocks = [t.L("AVIS SYNDICAL - Syndicat des professionnelles en soins des Rives (SPSR)\nAssemblée générale le 20 juin, 19 h, salle 1-120. Ordre du jour : temps supplémentaire obligatoire, ratios.",
                  "UNION NOTICE - Rives Healthcare Professionals Union (SPSR)\nGeneral assembly June 20, 7 pm, room 1-120. Agenda: mandatory overtime, ratios.")]
    return dict(subject=t.L('Avis syndical', 'Union notice'), blocks=blocks, fmt=r.choice(['html', 'alt', None]), note='union notice')


def n_foundation(t):
    r = t.r
    blocks = [t.L(f"Infolettre de la {FOUND}\nGrâce à vous, {r.randint(200, 900)} 000 $ amassés pour la nouvelle unité de soins palliatifs. Merci au Dr Pépin et à l'équipe trauma pour la course du printemps!",
                  f"{FOUND} newsletter\nThanks to you, ${r.randint(200, 900)},000 raised for the new palliative care unit. Thanks to Dr Pépin and the trauma team for the spring run!")]
    return dict(subject=t.L('Infolettre de la Fondation', 'Foundation newsletter'), blocks=blocks, fmt='html', sender_dom='fondation-saint-aurele.example', note='foundation newsletter')


def n_stats(t):
    r = t.r
    rows = [[m, r.randint(5500, 7000), f"{r.randint(14, 26)},{r.randint(0, 9)}", r.randint(20, 80), r.randint(0, 12)] for m in (MOIS[:4] if t.fr else MONTHS[:4])]
    hdr = [t.L('Mois', 'Month'), t.L('Visites', 'Visits'), t.L('DMS civière (h)', 'Mean LOS (h)'), t.L('Surdoses', 'Overdoses'), t.L('Décès', 'Deaths')]
    atts = [dict(text=make_csv(hdr, rows), subtype='csv', filename='stats_urgence.csv')] if r.random() < .5 else []
    return dict(subject=t.L('Statistiques urgence T1', 'ED statistics Q1'), blocks=[t.L('Indicateurs agrégés :', 'Aggregate indicators:'), Table(hdr, rows)], atts=atts, note='aggregate stats')


def n_pharmacy(t):
    r = t.r
    blocks = [t.L("Bulletin pharmacie : rupture d'approvisionnement de pipéracilline-tazobactam 4,5 g. Substitution : céfépime 2 g IV q8h + métronidazole 500 mg IV q12h selon infectiologie. La méthadone liquide 10 mg/mL remplace la 1 mg/mL au 1er juillet.",
                  "Pharmacy bulletin: shortage of piperacillin-tazobactam 4.5 g. Substitute: cefepime 2 g IV q8h + metronidazole 500 mg IV q12h per ID. Methadone 10 mg/mL oral liquid replaces 1 mg/mL on July 1.")]
    return dict(subject=t.L('Bulletin pharmacie - rupture', 'Pharmacy bulletin - shortage'), blocks=blocks, note='pharmacy bulletin')


def n_lab_notice(t):
    r = t.r
    blocks = [t.L("Laboratoire : nouvelles valeurs de référence pour la troponine hs (< 14 ng/L). Tube lavande pour HbA1c. Valeur critique K+ > 6,2 mmol/L appelée à l'unité.",
                  "Lab: new reference range for hs-troponin (< 14 ng/L). Lavender tube for HbA1c. Critical K > 6.2 mmol/L will be phoned to units.")]
    return dict(subject=t.L('Avis du laboratoire', 'Lab notice'), blocks=blocks, note='lab notice')


def n_teaching(t):
    r = t.r
    age = r.randint(60, 92)
    blocks = [t.L(f"Cas clinique (anonymisé) pour la réunion de jeudi : homme de {age} ans, ATCD HTA, DB2, FA sous apixaban, chute à domicile, TCC avec hématome sous-dural. Questions : anticoagulation, niveau de soins.",
                  f"Teaching case (de-identified) for Thursday rounds: {age}-year-old man, HTN, T2DM, AF on apixaban, fall at home, TBI with subdural haematoma. Discussion: anticoagulation reversal, goals of care.")]
    return dict(subject=t.L('Cas clinique - rencontre', 'Teaching case - rounds'), blocks=blocks, note='anonymised teaching case')


def n_committee(t):
    r = t.r
    lines = [t.L('Ordre du jour', 'Agenda'), '1. ' + t.L('Adoption du procès-verbal', 'Minutes'), '2. ' + t.L('Ajouts au formulaire : Sublocade', 'Formulary: Sublocade'),
             '3. ' + t.L('Protocole hyperkaliémie', 'Hyperkalaemia protocol'), '4. ' + t.L('Divers', 'Other')]
    atts = [dict(data=make_pdf(t.L('Comité de pharmacologie', 'Pharmacy & Therapeutics Committee'), lines), mt='application', st='pdf', filename='ODJ_CP.pdf')] if r.random() < .6 else []
    return dict(subject=t.L('Comité de pharmacologie - convocation', 'P&T committee - notice'), blocks=[t.L('Convocation et ordre du jour ci-joints.', 'Notice and agenda attached.')] + ([] if atts else ['\n'.join(lines)]), atts=atts, note='committee notice')


def n_blank_form(t):
    r = t.r
    lines = [t.L('Nom : ____________________', 'Name: ____________________'), t.L('NAM : ____________', 'RAMQ: ____________'),
             t.L('Date de naissance : __/__/____', 'Date of birth: __/__/____'), t.L('Diagnostic : ____________', 'Diagnosis: ____________'),
             t.L('Allergies : ____________', 'Allergies: ____________')]
    if r.random() < .5:
        att = dict(data=make_pdf(t.L('Formulaire de demande SAD (vierge)', 'Home care request form (blank)'), lines), mt='application', st='pdf', filename='formulaire_SAD.pdf')
    else:
        att = dict(data=make_docx(t.L('Formulaire de transfert (gabarit)', 'Transfer form (template)'), lines), mt='application',
                   st='vnd.openxmlformats-officedocument.wordprocessingml.document', filename='gabarit_transfert.docx')
    return dict(subject=t.L('Nouveau formulaire', 'New form'), blocks=[t.L('Nouvelle version du formulaire, à utiliser dès lundi.', 'New form version, use from Monday.')], atts=[att], note='blank form')


def n_physicians(t):
    rows = [[f"{d[0]} {d[1]}", t.L(d[2], d[3]), t.L(x[0], x[1])] for d, x in zip(DOCS[:6], [('délirium, démence', 'delirium, dementia'), ('polytraumatisés', 'polytrauma'), ('douleur thoracique', 'chest pain'),
                                                                                           ('cancer avancé', 'advanced cancer'), ('TUO, sevrage alcool', 'OUD, alcohol withdrawal'), ('insuffisance cardiaque', 'heart failure')])]
    return dict(subject=t.L('Répertoire médecins consultants', 'Consultant directory'),
                blocks=[t.L('Médecins et champs d\'intérêt :', 'Physicians and areas of interest:'), Table([t.L('Médecin', 'Physician'), t.L('Service', 'Service'), t.L('Intérêts', 'Interests')], rows)],
                note='physicians with diseases they treat')


def n_oncall(t):
    r = t.r
    d = r.choice(DOCS)
    start = dt.datetime(2024, r.randint(2, 6), r.randint(1, 28), 8, 0)
    ics = make_ics(f'garde{r.randint(1000, 9999)}', t.L(f'Garde {d[2]} - {d[1]}', f'On call {d[3]} - {d[1]}'), start, 24 * 60, HOSP, t.L('Téléavertisseur 4412', 'Pager 4412'), d[1])
    return dict(subject=t.L('Garde de fin de semaine', 'Weekend on-call'), blocks=[t.L(f'{d[0]} {d[1]} de garde en {d[2]}.', f'{d[1]} on call for {d[3]}.')],
                atts=[dict(text=ics, subtype='calendar', filename='garde.ics')], note='on-call ICS')


def n_ipc(t):
    r = t.r
    blocks = [t.L(f"Prévention des infections : éclosion de COVID-19 au 5O, {r.randint(3, 9)} usagers et {r.randint(1, 4)} employés positifs. Éclosion C. difficile terminée au 4S. Visites limitées.",
                  f"Infection prevention: COVID-19 outbreak on 5W, {r.randint(3, 9)} patients and {r.randint(1, 4)} staff positive. C. difficile outbreak on 4S over. Visiting restricted.")]
    return dict(subject=t.L('PCI - état des éclosions', 'IPAC - outbreak status'), blocks=blocks, note='outbreak counts')


def n_quality(t):
    r = t.r
    rows = [[t.L(a, b), r.randint(0, 40)] for a, b in [('Chutes', 'Falls'), ('Erreurs de médication', 'Medication errors'), ('Plaies de pression', 'Pressure injuries'), ('Fugues', 'Elopements')]]
    return dict(subject=t.L('Rapport qualité - incidents/accidents', 'Quality report - incidents'), blocks=[t.L('Rapport AH-223 agrégé, trimestre 4 :', 'Aggregate incident report, Q4:'), Table([t.L('Type', 'Type'), 'N'], rows)], note='incident counts')


def n_facilities(t):
    r = t.r
    blocks = [t.L(f"Entretien de l'ascenseur no {r.randint(1, 6)} (bloc C) mardi. Stationnement P2 fermé pour déneigement; vignettes {r.randint(10000, 99999)} à renouveler.",
                  f"Elevator {r.randint(1, 6)} (block C) maintenance Tuesday. P2 parking closed for snow removal; permits {r.randint(10000, 99999)} to renew.")]
    return dict(subject=t.L('Installations matérielles', 'Facilities'), blocks=blocks, note='facilities')


def n_research(t):
    r = t.r
    blocks = [t.L(f"CER : le projet {r.randint(2024, 2025)}-{r.randint(100, 999)} « Délirium post-opératoire après fracture de hanche » est approuvé. Recrutement prévu : 120 participants.",
                  f"REB: study {r.randint(2024, 2025)}-{r.randint(100, 999)} 'Post-operative delirium after hip fracture' approved. Planned enrolment: 120 participants.")]
    return dict(subject=t.L('CER - approbation', 'REB - approval'), blocks=blocks, note='research ethics notice')


def n_clsc_public(t):
    blocks = [t.L(f"Clinique de vaccination du {CLSC} : mardis et jeudis 9 h-16 h, sans rendez-vous. 3450, rue du Halage, 514-555-0188.",
                  f"{CLSC} vaccination clinic: Tuesdays and Thursdays 9-4, walk-in. 3450 rue du Halage, 514-555-0188.")]
    return dict(subject=t.L('Horaire clinique vaccination', 'Vaccination clinic hours'), blocks=blocks, note='public clinic info')


def n_addiction_prog(t):
    r = t.r
    blocks = [t.L(f"{ADDICT} : {r.randint(150, 400)} trousses de naloxone distribuées ce trimestre, {r.randint(30, 90)} nouvelles inductions buprénorphine. Nouvel horaire : 8 h-20 h.",
                  f"{ADDICT}: {r.randint(150, 400)} naloxone kits distributed this quarter, {r.randint(30, 90)} new buprenorphine inductions. New hours: 8 am-8 pm.")]
    return dict(subject=t.L('Bilan trimestriel Le Relais', 'Le Relais quarterly update'), blocks=blocks, note='addiction program stats')


def n_volunteers(t):
    blocks = [t.L("Recrutement de bénévoles pour l'unité de soins palliatifs : accompagnement, musique, zoothérapie. Formation de 12 h offerte.",
                  "Volunteers wanted for the palliative care unit: companionship, music, pet therapy. 12-hour training provided.")]
    return dict(subject=t.L('Bénévoles soins palliatifs', 'Palliative care volunteers'), blocks=blocks, fmt='html', note='volunteer recruitment')


def n_staff_vcard(t):
    r = t.r
    n = staff(r, t.lang)
    g, s = n.split(' ', 1)
    vc = make_vcard(g, s, f"514-555-0100 x{r.randint(2000, 7999)}", org=HOSP, email=email_of(n))
    return dict(subject=t.L('Mes coordonnées', 'My contact info'), blocks=[t.L('Voici ma carte.', 'My card attached.')],
                atts=[dict(text=vc, subtype='vcard', filename=f'{ascii_fold(s)}.vcf')], note='staff vCard')


def n_retirement(t):
    r = t.r
    n = staff(r, t.lang)
    blocks = [t.L(f"Après 32 ans à l'urgence, {n} prend sa retraite! 5 à 7 vendredi à la cafétéria. Contribution pour le cadeau : Karine au poste 4410.",
                  f"After 32 years in the ED, {n} is retiring! Party Friday 5-7 pm in the cafeteria. Gift collection: Karine at ext. 4410.")]
    return dict(subject=t.L('Départ à la retraite', 'Retirement party'), blocks=blocks, note='retirement party')


def n_fwd_memo(t):
    r = t.r
    who = staff(r, t.lang)
    d = when(r)
    inner = [t.L("Rappel : la double vérification indépendante est obligatoire pour l'insuline IV, l'héparine et les opioïdes en perfusion. Audit prévu en juin.",
                 "Reminder: independent double check is mandatory for IV insulin, heparin and opioid infusions. Audit in June.")]
    return dict(subject=t.L('TR : double vérification', 'Fwd: double check'),
                blocks=[t.L('À diffuser à vos équipes svp.', 'Please share with your teams.'), ('fwd', fwd_header(t.lang, who, 'Gestionnaires', d, 'Double vérification'), inner)],
                note='forwarded policy memo')


def n_eml_notice(t):
    r = t.r
    inner = EmailMessage()
    inner['From'] = f"Direction des soins infirmiers <dsi@{DOM}>"
    inner['To'] = f"tous@{DOM}"
    inner['Subject'] = t.L('Plan de surcapacité', 'Overcapacity plan')
    inner['Date'] = format_datetime(when(r))
    inner['Message-ID'] = f"<dsi{r.getrandbits(40):x}@{DOM}>"
    inner.set_content(t.L(f"Plan de surcapacité niveau 3 activé : {r.randint(60, 80)} civières occupées, {r.randint(20, 40)} patients admis en attente de lit.",
                          f"Overcapacity level 3: {r.randint(60, 80)} stretchers occupied, {r.randint(20, 40)} admitted patients waiting for beds."))
    return dict(subject=t.L('TR: plan de surcapacité', 'FW: overcapacity plan'), blocks=[t.L('Pour info.', 'FYI.')], atts=[dict(eml=inner, filename='surcapacite.eml')], note='attached notice .eml')


def n_zip_policy(t):
    r = t.r
    z = make_zip([('politiques/PO-112_contentions.txt', t.L('Politique sur les mesures de contrôle (contentions).\n', 'Restraint policy.\n')),
                  ('politiques/PO-118_chutes.txt', t.L('Programme de prévention des chutes.\n', 'Falls prevention programme.\n'))])
    return dict(subject=t.L('Politiques mises à jour', 'Updated policies'), blocks=[t.L('Archive des politiques révisées.', 'Archive of revised policies.')],
                atts=[dict(data=z, mt='application', st='zip', filename='politiques.zip')], note='ZIP of policies')


def n_invoice(t):
    r = t.r
    inv = f"FAC-{r.randint(100000, 999999)}"
    lines = [f"{t.L('Facture', 'Invoice')} {inv}", f"{t.L('Client', 'Customer')}: {HOSP} - {t.L('Pharmacie', 'Pharmacy')}",
             f"NEQ {luhn_serial(r, 10)}", f"TPS {r.randint(100000000, 999999999)} RT0001", f"Lot {lot_code(r)} - {t.L('Total', 'Total')} {r.randint(1000, 50000)},00 $"]
    return dict(subject=f"{t.L('Facture', 'Invoice')} {inv}", blocks=[t.L('Facture ci-jointe.', 'Invoice attached.')], sender_dom='pharmadistrib.example',
                atts=[dict(data=make_pdf(inv, lines), mt='application', st='pdf', filename=f'{inv}.pdf')], note='supplier invoice')


def n_schedule_reply(t):
    r = t.r
    who = staff(r, t.lang)
    inner = [t.L("Est-ce que quelqu'un peut échanger mon quart de nuit du 14 contre un soir?", "Can anyone swap my night shift on the 14th for an evening?")]
    return dict(subject=t.L('RE: échange de quart', 'RE: shift swap'), blocks=[t.L('Je peux le prendre.', "I'll take it.") , ('quote', attribution(r, t.lang, who, when(r)), inner)], note='shift swap reply')


NEG = [('bed_dashboard', n_bed_dashboard), ('procurement', n_procurement), ('recall', n_recall), ('it_notice', n_it), ('it_reply', n_it_reply),
       ('hr_schedule', n_hr_schedule), ('hr_leave', n_hr_leave), ('job_posting', n_job), ('occ_health', n_occ_health), ('education', n_education),
       ('union', n_union), ('foundation', n_foundation), ('stats', n_stats), ('pharmacy_bulletin', n_pharmacy), ('lab_notice', n_lab_notice),
       ('teaching_case', n_teaching), ('committee', n_committee), ('blank_form', n_blank_form), ('physician_dir', n_physicians),
       ('oncall_ics', n_oncall), ('ipc', n_ipc), ('quality', n_quality), ('facilities', n_facilities), ('research', n_research),
       ('clsc_public', n_clsc_public), ('addiction_prog', n_addiction_prog), ('volunteers', n_volunteers), ('staff_vcard', n_staff_vcard),
       ('retirement', n_retirement), ('fwd_memo', n_fwd_memo), ('eml_notice', n_eml_notice), ('zip_policy', n_zip_policy),
       ('invoice', n_invoice), ('shift_swap', n_schedule_reply)]


# --------------------------------------------------------------------------- transport
def fit_charset(texts, cs):
    try:
        for x in texts:
            x.encode(cs)
        return cs
    except UnicodeEncodeError:
        return 'utf-8'


def build(r, lang, spec, idx, positive):
    sender = staff(r, lang)
    sdom = spec.get('sender_dom', DOM)
    frm = f"{sender} <{email_of(sender, sdom)}>"
    to = spec.get('to') or r.choice([f"{staff(r, lang)} <{email_of(staff(r, lang))}>", email_of(staff(r, lang)),
                                     'urgence.coordination@' + DOM, 'sad.clsc@' + DOM, 'm.beaulieu77@courriel.example'])
    blocks = list(spec['blocks'])
    subject = spec['subject']
    wrap = spec.get('wrap')
    if wrap is None and not any(isinstance(b, tuple) for b in blocks):
        x = r.random()
        wrap = 'reply' if x < .15 else 'fwd' if x < .25 else None
    d = when(r)
    if wrap == 'reply':
        blocks = [r.choice(['Merci!', 'Reçu, merci.', 'Parfait, je regarde ça.'] if lang == 'fr' else ['Thanks!', 'Got it.', 'Will look into it.']),
                  ('quote', attribution(r, lang, staff(r, lang), d - dt.timedelta(hours=2)), blocks)]
        subject = ('RE : ' if lang == 'fr' else 'RE: ') + subject
    elif wrap == 'fwd':
        blocks = [r.choice(['Pour suivi.', 'FYI', 'Voir ci-dessous.'] if lang == 'fr' else ['FYI', 'See below.', 'For follow-up.']),
                  ('fwd', fwd_header(lang, staff(r, lang), email_of(staff(r, lang)), d - dt.timedelta(days=1), subject), blocks)]
        subject = ('TR : ' if lang == 'fr' else 'Fwd: ') + subject
    if r.random() < .7:
        blocks.append(signature(r, lang, sender))
    text = render_text(blocks, r)
    hbody = html_doc(render_html(blocks))
    fmt = spec.get('fmt') or r.choice(['plain', 'plain', 'alt', 'html'])
    cs = fit_charset([text, hbody, subject], r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']))
    cte = r.choice(['quoted-printable', 'base64', '8bit'])
    linesep = r.choice(['\n', '\r\n'])
    if cs != 'utf-8':
        hbody = hbody.replace('charset="utf-8"', f'charset="{cs}"')

    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if r.random() < .25:
        m['Cc'] = email_of(staff(r, lang))
    m['Subject'] = subject
    m['Date'] = format_datetime(d)
    m['Message-ID'] = f"<{hashlib.sha1(f'{idx}{positive}{r.random()}'.encode()).hexdigest()[:20]}@{sdom}>"
    if subject.upper().startswith('RE'):
        m['In-Reply-To'] = f"<{r.getrandbits(48):x}@{DOM}>"
    if r.random() < .5:
        m['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Apple Mail (2.3731)', 'Thunderbird 115.10'])
    if fmt == 'html':
        m.set_content(hbody, subtype='html', charset=cs, cte=cte)
    else:
        m.set_content(text, charset=cs, cte=cte)
        if fmt == 'alt':
            m.add_alternative(hbody, subtype='html', charset=cs, cte=r.choice(['quoted-printable', 'base64']))
    for a in spec.get('atts', []):
        if 'eml' in a:
            m.add_attachment(a['eml'], filename=a['filename'])
        elif 'text' in a:
            m.add_attachment(a['text'], subtype=a['subtype'], filename=a['filename'], cte=r.choice(['base64', 'quoted-printable']))
        else:
            m.add_attachment(a['data'], maintype=a['mt'], subtype=a['st'], filename=a['filename'])
    n = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == 'multipart':
            n += 1
            part.set_boundary(f"=_rives_{idx}_{n}_{'p' if positive else 'n'}")
    desc = f"{fmt}, {cs}, {cte}, {'CRLF' if linesep == chr(13) + chr(10) else 'LF'}" + (f", {wrap}" if wrap else '')
    return m.as_bytes(policy=policy.default.clone(linesep=linesep)), desc


# --------------------------------------------------------------------------- self-check
def decoded_texts(msg):
    out = [str(msg.get('Subject', ''))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        c = part.get_content()
        if isinstance(c, str):
            out.append(c)
        elif isinstance(c, bytes):
            if c[:2] == b'PK':
                z = zipfile.ZipFile(io.BytesIO(c))
                for nm in z.namelist():
                    out.append(nm)
                    out.append(z.read(nm).decode('utf-8', 'replace'))
            elif c[:4] == b'%PDF':
                out.append(c.decode('latin-1'))
                for st in re.findall(rb'stream\r?\n(.*?)endstream', c, re.S):
                    for fn_ in (lambda b: zlib.decompress(b), lambda b: zlib.decompress(base64.a85decode(b.strip(), adobe=True))):
                        try:
                            out.append(fn_(st).decode('latin-1'))
                            break
                        except Exception:
                            pass
            else:
                raise AssertionError('unexpected binary part')
    return '\n'.join(out)


def self_check(out, labels, people):
    files = sorted(os.path.relpath(os.path.join(dp, f), out).replace(os.sep, '/')
                   for sub in ('positive', 'negative') for dp, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    nams = {p.nam for p in people}
    names = {f"{p.given} {p.surname}".lower() for p in people} | {f"{p.surname}, {p.given}".lower() for p in people}
    for f in files:
        with open(os.path.join(out, f), 'rb') as fh:
            msg = message_from_bytes(fh.read(), policy=policy.default)
        txt = decoded_texts(msg)
        lab = labels[f]
        if lab['confidential']:
            assert lab['types'], f
            if 'ramq_nam' in lab['types']:
                compact = re.sub(r'[\s.\-]', '', txt.upper()).replace('O', '0')
                assert any(n.replace('O', '0') in compact for n in nams), f
        else:
            assert not lab['types'], f
            up = txt.upper()
            assert not any(n in up for n in nams), f
            low = txt.lower()
            assert not any(n in low for n in names), f


def digest(out, files):
    h = hashlib.sha256()
    for f in sorted(files):
        h.update(f.encode() + b'\0')
        with open(os.path.join(out, f), 'rb') as fh:
            h.update(fh.read())
    return h.hexdigest()


def langs(r, n):
    k = round(n * FR_SHARE)
    xs = ['fr'] * k + ['en'] * (n - k)
    r.shuffle(xs)
    return xs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    people = load_people()
    out = a.out
    master = random.Random(a.seed)
    labels = {}
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    for positive, n, cats, letter in ((True, N_POS, POS, 'p'), (False, N_NEG, NEG, 'n')):
        order = [cats[i % len(cats)] for i in range(n)]
        master.shuffle(order)
        lg = langs(master, n)
        for i in range(n):
            cat, fn = order[i]
            r = random.Random(f"{a.seed}-{letter}-{i}")
            t = T(lg[i], r)
            spec = fn(t, people) if positive else fn(t)
            data, desc = build(r, lg[i], spec, i, positive)
            rel = f"{'positive' if positive else 'negative'}/{letter}{i + 1:03d}_{cat}.eml"
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': positive, 'types': sorted(t.types) if positive else [], 'lang': lg[i],
                           'note': f"{spec.get('note', cat)}; {desc}"}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    self_check(out, labels, people)
    files = list(labels) + ['labels.json']
    pos = [k for k, v in labels.items() if v['confidential']]
    neg = [k for k, v in labels.items() if not v['confidential']]
    cnt = lambda ks, l: sum(1 for k in ks if labels[k]['lang'] == l)
    print(f"positives={len(pos)} (fr={cnt(pos, 'fr')}, en={cnt(pos, 'en')})  negatives={len(neg)} (fr={cnt(neg, 'fr')}, en={cnt(neg, 'en')})")
    print(f"sha256={digest(out, files)}")


if __name__ == '__main__':
    main()
