#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus: Ontario / Outaouais community care.

Writes positive/pNNN_<cat>.eml (120), negative/nNNN_<cat>.eml (180) and labels.json
deterministically from a seed.  Standard library + python-stdnum + reportlab,
python-docx, openpyxl.

    python generate.py [--seed 3434] [--out DIR]
"""
import argparse
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import zipfile
from email.message import EmailMessage

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
FIXED_ZIP_TIME = (2024, 3, 1, 8, 0, 0)
FIXED_ISO = '2024-03-01T08:00:00Z'
N_POS, N_NEG = 120, 180

# ---------------------------------------------------------------- organisations
ORGS = {
    'chc': dict(en='Riverbend Community Health Centre', fr='Centre de santé communautaire Riverbend',
                dom='riverbendchc.example', addr='410 Montfort Ridge Rd, Ottawa ON K1L 0A9', tel='613-555-0142'),
    'hospice': dict(en='Maison Héron Hospice', fr='Maison Héron, soins palliatifs',
                    dom='maisonheron.example', addr='88 chemin du Héron, Rockland ON K4K 0B3', tel='613-555-0177'),
    'hcc': dict(en='Valleyline Home & Community Care', fr='Soins à domicile et communautaires Valleyline',
                dom='valleyline-care.example', addr='2200 Thornbury Ave, Suite 300, Ottawa ON K1G 0C4', tel='613-555-0110'),
    'crisis': dict(en='Eastway Crisis Line', fr='Ligne de crise Eastway',
                   dom='eastwaycrisis.example', addr='PO Box 5512, Station Vanier, Ottawa ON K1L 0E1', tel='613-555-0199'),
    'oat': dict(en='Bytown Recovery Clinic', fr='Clinique de rétablissement Bytown',
                dom='bytownrecovery.example', addr='61 Kilbride Lane, Ottawa ON K1N 0G2', tel='613-555-0163'),
    'day': dict(en='Golden Maple Adult Day Program', fr='Programme de jour Érable doré',
                dom='goldenmaple.example', addr='15 Crestview Rd, Orléans ON K4A 0H8', tel='613-555-0128'),
    'pharm': dict(en='Lachance & Doyle Pharmacy', fr='Pharmacie Lachance & Doyle',
                  dom='pharmalachance.example', addr='1290 boul. Maloney O., Gatineau QC J8T 0A5', tel='819-555-0134'),
    'hosp': dict(en='Pontville General Hospital', fr='Hôpital général de Pontville',
                 dom='pontvillegh.example', addr='500 Pontville Blvd, Ottawa ON K2C 0J7', tel='613-555-0100'),
}
EXT_DOMS = ['mailbox.example', 'courriel.example', 'webmail.example', 'famille.example', 'netco.example']
VENDORS = [('MedSupply Outaouais Inc.', 'medsupply-outaouais.example'), ('NorthStar Wound Products', 'northstarwound.example'),
           ('Bureautique Gatineau', 'bureautique-gat.example'), ('FleetKm Solutions', 'fleetkm.example'),
           ('Rideau Linen Services', 'rideaulinen.example')]

STAFF = [('Chantal', 'Bérubé', 'RN', 'inf.'), ('Kwame', 'Asante', 'PSW', 'PSSP'), ('Jenna', 'Liu', 'RPN', 'IAA'),
         ('Mélanie', 'Ouellet', 'RPN', 'inf. aux.'), ('Farah', 'Qureshi', 'MD', 'Dre'), ('Étienne', 'Marchand', 'MD', 'Dr'),
         ('Sandeep', 'Gill', 'Care Coordinator', 'coordonnateur de soins'), ('Rachel', 'Thibodeau', 'Social Worker', 'travailleuse sociale'),
         ('Olivier', 'Dumont', 'Pharmacist', 'pharmacien'), ('Hannah', 'Kerr', 'NP', 'IPS'),
         ('Isabelle', 'Roy-Gervais', 'Program Manager', 'gestionnaire de programme'), ('Tom', 'Brisebois', 'Scheduler', 'répartiteur'),
         ('Fatima', 'Diallo', 'PSW', 'PSSP'), ('Grace', 'Mukamana', 'RN', 'inf.'), ('Pierre-Luc', 'Vaillancourt', 'IT Analyst', 'analyste TI'),
         ('Stéphanie', 'Major', 'Volunteer Coordinator', 'coordonnatrice des bénévoles'), ('Colin', 'Fraser', 'Finance Lead', 'responsable des finances'),
         ('Nadia', 'Benali', 'Crisis Counsellor', 'intervenante de crise'), ('Derek', 'Osborne', 'PSW Supervisor', 'superviseur PSSP'),
         ('Annick', 'Paquette', 'Wound Care Nurse', 'infirmière en soins de plaies'), ('Marc-André', 'Séguin', 'Executive Director', 'directeur général'),
         ('Priyanka', 'Rao', 'Pharmacy Technician', 'technicienne en pharmacie'), ('Lucie', 'Charron', 'Admin Assistant', 'adjointe administrative'),
         ('Brendan', 'Walsh', 'Facilities', 'installations')]
DOCTORS = ['Dr. Amara Okafor', 'Dr. Julien Pelletier', 'Dre Sophie Gendron', 'Dr. Ian McKenna', 'Dre Leïla Haddad', 'Dr. Victor Nowak']

EN_GIVEN_F = ['Margaret', 'Dorothy', 'Linda', 'Brenda', 'Shirley', 'Nicole', 'Ayesha', 'Priya', 'Olga', 'Gwen', 'Janice', 'Lise',
              'Ginette', 'Huguette', 'Francine', 'Thérèse', 'Jocelyne', 'Maureen', 'Deborah', 'Carole']
EN_GIVEN_M = ['Robert', 'Kevin', 'Harold', 'Trevor', 'Wayne', 'Darren', 'Mohamed', 'Tremaine', 'Stanley', 'Curtis', 'Réjean',
              'Normand', 'Yvon', 'Denis', 'Marcel', 'Gordon', 'Luc', 'Raymond', 'Bernard', 'Kyle']
SURN = ['MacDonald', "O'Brien", 'Kowalski', 'Lefebvre', 'Charbonneau', 'Desjardins', 'Patterson', 'McIntyre', 'Abdi', 'Nguyen',
        'Ramsay', 'Boudreau', 'Laframboise', 'St-Amour', 'Villeneuve', 'Dubé', 'Hutchinson', 'Clarke', 'Whelan', 'Sauvé', 'Proulx',
        'Haddad', 'Mensah', 'Osei', 'Petrov', 'Brunet', 'Lalonde', 'Giroux', 'Beaulne', 'Fitzgerald']
ON_STREETS = ['Maplecrest St', 'Bellwood Cres', 'Thornhill Ave', 'Kilmory Rd', 'Pinegrove Dr', 'Marchbank Ave', 'Dunmore Lane',
              'rue Lévesque-Nord', 'Orchardview Crt', 'Lanark Ridge Rd', 'rue Saint-Firmin', 'Hollowbrook Way']
ON_CITIES = [('Ottawa', 'K1L'), ('Ottawa', 'K1K'), ('Orléans', 'K4A'), ('Rockland', 'K4K'), ('Embrun', 'K0A'), ('Casselman', 'K0A'),
             ('Ottawa', 'K1G'), ('Cumberland', 'K4C')]
QC_STREETS = ['rue des Pins-Gris', 'rue Lamarre', 'avenue Morin', 'chemin du Verger', 'rue de Carillon-Est', 'boulevard des Hêtres',
              'rue Saint-Rédempteur-Sud', 'montée Paiement-Ouest']
QC_CITIES = [('Gatineau', 'J8T'), ('Gatineau', 'J8P'), ('Aylmer', 'J9H'), ('Hull', 'J8Y'), ('Buckingham', 'J8L'), ('Chelsea', 'J9B')]

DX = [('type 2 diabetes', 'diabète de type 2'), ('COPD', 'MPOC'), ('congestive heart failure', 'insuffisance cardiaque'),
      ('stage 3 pressure injury, sacrum', 'lésion de pression stade 3 au sacrum'), ('venous leg ulcer, L lower leg', 'ulcère veineux jambe G'),
      ('Alzheimer disease, moderate', 'maladie d\'Alzheimer modérée'), ('metastatic pancreatic cancer', 'cancer du pancréas métastatique'),
      ('opioid use disorder', 'trouble lié à l\'usage d\'opioïdes'), ('major depressive disorder', 'trouble dépressif majeur'),
      ('schizophrenia', 'schizophrénie'), ('hepatitis C', 'hépatite C'), ('Parkinson disease', 'maladie de Parkinson'),
      ('diabetic foot ulcer, R heel', 'ulcère du pied diabétique, talon D'), ('ALS', 'SLA'), ('end-stage renal disease on dialysis', 'insuffisance rénale terminale, dialyse'),
      ('atrial fibrillation', 'fibrillation auriculaire'), ('lung cancer with bone mets', 'cancer du poumon avec métastases osseuses')]
MEDS = ['metformin 500 mg BID', 'apixaban 5 mg BID', 'hydromorphone 2 mg q4h PRN', 'furosemide 40 mg daily', 'donepezil 10 mg HS',
        'methadone 85 mg daily', 'buprenorphine/naloxone 16/4 mg daily', 'sertraline 100 mg daily', 'quetiapine 50 mg HS',
        'warfarin 3 mg daily', 'levodopa/carbidopa 100/25 TID', 'insulin glargine 22 units HS', 'salbutamol 100 mcg 2 puffs QID PRN',
        'olanzapine 10 mg HS', 'dexamethasone 4 mg daily', 'Kadian 60 mg q12h']
LABS = [('INR 3.8', 'RNI 3,8'), ('HbA1c 9.4%', 'HbA1c 9,4 %'), ('eGFR 22 mL/min', 'DFGe 22 mL/min'), ('potassium 5.9 mmol/L', 'potassium 5,9 mmol/L'),
        ('urine drug screen positive for fentanyl, negative for methadone', 'dépistage urinaire positif au fentanyl, négatif à la méthadone'),
        ('hemoglobin 82 g/L', 'hémoglobine 82 g/L'), ('wound swab: MRSA isolated', 'culture de plaie : SARM isolé'),
        ('HCV RNA detected, viral load 1.2 million IU/mL', 'ARN VHC détecté, charge virale 1,2 million UI/mL'),
        ('BNP 1450 pg/mL', 'BNP 1450 pg/mL'), ('albumin 24 g/L', 'albumine 24 g/L')]
SOCIAL = [('lives alone, no family nearby', 'vit seul(e), pas de famille à proximité'),
          ('recently evicted, staying at a shelter', 'récemment évincé(e), hébergé(e) en refuge'),
          ('daughter is POA for personal care', 'sa fille détient la procuration aux soins personnels'),
          ('on ODSP, cannot afford dispensing fees', 'prestataire du POSPH, ne peut payer les frais d\'exécution'),
          ('spouse recently died, grieving', 'conjoint(e) décédé(e) récemment, en deuil'),
          ('CAS involved with the grandchildren', 'la SAE est impliquée auprès des petits-enfants'),
          ('history of intimate partner violence, do not share address with ex-partner', 'antécédents de violence conjugale, ne pas divulguer l\'adresse à l\'ex-conjoint'),
          ('hoarding at home, fall risk', 'accumulation compulsive au domicile, risque de chute'),
          ('on probation, must report weekly', 'en probation, doit se présenter chaque semaine'),
          ('caregiver burnout reported by son', 'épuisement de l\'aidant signalé par le fils')]


# ---------------------------------------------------------------- identifiers
def make_hcn(rng):
    while True:
        base = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        num = base + luhn.calc_check_digit(base)
        if luhn.is_valid(num):
            return num, rng.choice(['AB', 'KT', 'ZX', 'MC', 'PL', 'HG', 'EK', 'RD', ''])


def make_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 4, 5, 6, 7])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        num = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(num):
            return num


def make_niss(rng, dob, sex):
    while True:
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        body = dob.strftime('%y%m%d') + '%03d' % seq
        n = int(body) if dob.year < 2000 else int('2' + body)
        num = body + '%02d' % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([13, 31, 33, 59, 67, 69, 75, 92])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randint(1, 999) + '%03d' % rng.randint(1, 999)
        num = body + '%02d' % (97 - int(body) % 97)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng, kind):
    if kind == 'hosp':
        return 'PGH-%07d' % rng.randint(100000, 9999999)
    if kind == 'chc':
        return 'RB%06d' % rng.randint(10000, 999999)
    return '%08d' % rng.randint(1000000, 99999999)


def luhn_lookalike(rng, n=10):
    base = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return base + luhn.calc_check_digit(base)


# ---------------------------------------------------------------- people
def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            people.append(dict(surname=sur, given=giv, dob=dt.date.fromisoformat(dob), sex=sex, nam=nam, kind='nam'))
    return people


def addr_for(rng, p):
    if p['kind'] == 'nam':
        city, fsa = rng.choice(QC_CITIES)
        p['addr'] = '%d, %s' % (rng.randint(12, 980), rng.choice(QC_STREETS))
        p['city'], p['prov'] = city, 'QC'
        p['postal'] = '%s %d%s%d' % (fsa, rng.randint(1, 9), rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randint(0, 9))
        p['phone'] = '819-555-%04d' % rng.randint(1000, 9999)
    else:
        city, fsa = rng.choice(ON_CITIES)
        p['addr'] = '%d %s' % (rng.randint(5, 2400), rng.choice(ON_STREETS))
        if rng.random() < 0.3:
            p['addr'] = 'Apt %d, ' % rng.randint(101, 1804) + p['addr']
        p['city'], p['prov'] = city, 'ON'
        p['postal'] = '%s %d%s%d' % (fsa, rng.randint(1, 9), rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randint(0, 9))
        p['phone'] = '613-555-%04d' % rng.randint(1000, 9999)
    p['mrn'] = make_mrn(rng, rng.choice(['hosp', 'chc']))
    return p


def make_on_person(rng):
    sex = rng.choice('FM')
    given = rng.choice(EN_GIVEN_F if sex == 'F' else EN_GIVEN_M)
    dob = dt.date(rng.randint(1930, 2004), rng.randint(1, 12), rng.randint(1, 28))
    hcn, vc = make_hcn(rng)
    return addr_for(rng, dict(surname=rng.choice(SURN), given=given, dob=dob, sex=sex, hcn=hcn, vc=vc, kind='hcn'))


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def fmt_dob(rng, d, lang):
    s = rng.randint(0, 4)
    if s == 0:
        return d.isoformat()
    if s == 1:
        return d.strftime('%d/%m/%Y')
    if s == 2:
        return ('%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)) if lang == 'fr' else ('%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year))
    if s == 3:
        return d.strftime('%Y/%m/%d')
    return d.strftime('%d-%b-%Y').upper() if lang == 'en' else d.strftime('%d.%m.%Y')


def fmt_hcn(rng, p):
    h, vc = p['hcn'], p['vc']
    s = rng.randint(0, 4)
    if s == 0:
        out = '%s-%s-%s' % (h[:4], h[4:7], h[7:])
    elif s == 1:
        out = '%s %s %s' % (h[:4], h[4:7], h[7:])
    elif s == 2:
        out = h
    elif s == 3:
        out = '%s.%s.%s' % (h[:4], h[4:7], h[7:])
    else:
        out = '%s %s' % (h[:5], h[5:])
    if vc and rng.random() < 0.7:
        out += rng.choice([' ', '-', ' ']) + vc
    return out


def fmt_nam(rng, nam):
    s = rng.randint(0, 4)
    if s == 0:
        return nam
    if s == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if s == 2:
        return nam.lower()
    if s == 3:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    return '%s %s' % (nam[:4], nam[4:])


def title(p, lang):
    if lang == 'fr':
        return 'Mme' if p['sex'] == 'F' else 'M.'
    return 'Mrs.' if p['sex'] == 'F' else 'Mr.'


def pname(rng, p, lang, style=None):
    s = rng.randint(0, 6) if style is None else style
    g, n = p['given'], p['surname']
    if s == 0:
        return '%s %s' % (g, n)
    if s == 1:
        return '%s %s %s' % (title(p, lang), g, n)
    if s == 2:
        return '%s, %s' % (n.upper(), g)
    if s == 3:
        return '%s %s' % (n, g)
    if s == 4:
        return '%s %s' % (title(p, lang), n)
    if s == 5:
        return '%s. %s' % (g[0], n)
    return '%s %s' % (g, n)


def ident(rng, p, lang):
    """Returns (label, value, type) for the patient's primary health identifier."""
    if p['kind'] == 'nam':
        return (rng.choice(['NAM', 'RAMQ', 'No RAMQ', 'carte soleil']) if lang == 'fr' else rng.choice(['RAMQ', 'RAMQ #', 'NAM'])), fmt_nam(rng, p['nam']), 'ramq_nam'
    return (rng.choice(['NAS-santé', 'No carte santé', 'carte Santé ON', 'CSO']) if lang == 'fr' else rng.choice(['HCN', 'OHIP', 'OHIP #', 'Health card', 'HC#'])), fmt_hcn(rng, p), 'ca_health_number'


# ---------------------------------------------------------------- text helpers
def typo(rng, text, rate=0.15):
    if rng.random() > rate:
        return text
    words = text.split(' ')
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return ' '.join(words)


def staff(rng):
    return rng.choice(STAFF)


def sname(s, lang, full=True):
    return '%s %s' % (s[0], s[1])


def addr_of(s, dom):
    a = (s[0][0] + s[1]).lower()
    a = a.translate(str.maketrans('éèêëàâçîïôûùü\'-', 'eeeeaaciiouuu__')).replace('_', '')
    return '%s@%s' % (a, dom)


def signature(rng, s, org, lang):
    o = ORGS[org]
    role = s[2] if lang == 'en' else s[3]
    st = rng.randint(0, 3)
    if st == 0:
        return '\n-- \n%s, %s\n%s\n%s\nT %s' % (sname(s, lang), role, o[lang], o['addr'], o['tel'])
    if st == 1:
        return '\n\n%s\n%s | %s\n%s ext. %d' % (sname(s, lang), role, o[lang], o['tel'], rng.randint(200, 499))
    if st == 2:
        conf = ('AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels.' if lang == 'fr'
                else 'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee.')
        return '\n\nMerci,\n%s\n%s\n\n%s' % (s[0], o[lang], conf) if lang == 'fr' else '\n\nThanks,\n%s\n%s\n\n%s' % (s[0], o[lang], conf)
    return '\n\n' + s[0] + ('\nEnvoyé de mon iPhone' if lang == 'fr' else '\nSent from my phone') * rng.randint(0, 1)


def greet(rng, lang, first=None):
    if lang == 'fr':
        return rng.choice(['Bonjour %s,' % first if first else 'Bonjour,', 'Salut %s,' % first if first else 'Bonjour à tous,', 'Allo,'])
    return rng.choice(['Hi %s,' % first if first else 'Hi all,', 'Hello %s,' % first if first else 'Hello,', '%s -' % first if first else 'Hi team,', 'Good morning,'])


def quote_block(rng, text, who, when, lang):
    if lang == 'fr':
        head = 'Le %s, %s a écrit :' % (when, who)
    else:
        head = 'On %s, %s wrote:' % (when, who)
    if rng.random() < 0.5:
        return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    sep = '-----Message d\'origine-----' if lang == 'fr' else '-----Original Message-----'
    return '%s\n%s: %s\n%s: %s\n\n%s' % (sep, 'De' if lang == 'fr' else 'From', who, 'Envoyé' if lang == 'fr' else 'Sent', when, text)


def fwd_block(text, who, when, subj, lang):
    if lang == 'fr':
        return '-------- Message transféré --------\nDe : %s\nDate : %s\nObjet : %s\n\n%s' % (who, when, subj, text)
    return '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n\n%s' % (who, when, subj, text)


def table_text(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append(' | '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append('-+-'.join('-' * w for w in widths))
    return '\n'.join(out)


def table_html(rows):
    h = ['<table border="1" cellpadding="3" style="border-collapse:collapse">']
    for k, r in enumerate(rows):
        tag = 'th' if k == 0 else 'td'
        h.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(c)), tag) for c in r) + '</tr>')
    h.append('</table>')
    return '\n'.join(h)


def text_to_html(text, tables=None):
    parts = []
    for para in text.split('\n\n'):
        if tables and para.strip() in tables:
            parts.append(tables[para.strip()])
            continue
        lines = [htmlmod.escape(l) for l in para.split('\n')]
        if lines and all(l.startswith('&gt;') for l in lines if l):
            parts.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % '<br>\n'.join(l[4:].lstrip() for l in lines))
        else:
            parts.append('<p>%s</p>' % '<br>\n'.join(lines))
    return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % '\n'.join(parts)


# ---------------------------------------------------------------- attachments
def norm_zip(data, fix_core=True):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != '[Content_Types].xml', i.filename)):
            b = zin.read(info.filename)
            if fix_core and info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)', rb'\g<1>' + FIXED_ISO.encode() + rb'\3', b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def make_docx(title_txt, paras, table=None):
    import docx
    d = docx.Document()
    fixed = dt.datetime(2024, 3, 1, 8, 0, 0)
    cp = d.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = 'Valleyline'
    cp.last_modified_by = 'Valleyline'
    cp.revision = 1
    cp.title = title_txt
    d.add_heading(title_txt, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, r in enumerate(table):
            for j, c in enumerate(r):
                t.cell(i, j).text = str(c)
    bio = io.BytesIO()
    d.save(bio)
    return norm_zip(bio.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    for r in rows:
        ws.append(list(r))
    fixed = dt.datetime(2024, 3, 1, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = 'Valleyline'
    bio = io.BytesIO()
    wb.save(bio)
    return norm_zip(bio.getvalue())


def make_pdf(title_txt, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=letter, invariant=1)
    c.setTitle(title_txt)
    c.setAuthor('generated')
    y = 750
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title_txt)
    c.setFont('Helvetica', 10)
    y -= 26
    for line in lines:
        for chunk in [line[i:i + 95] for i in range(0, max(len(line), 1), 95)] or ['']:
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 750
            c.drawString(50, y, chunk)
            y -= 14
    c.showPage()
    c.save()
    return bio.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def ics(uid, summary, start, minutes, location, desc, organizer):
    end = start + dt.timedelta(minutes=minutes)
    esc = lambda s: s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Valleyline//Scheduler 4.2//EN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20240301T080000Z', 'DTSTART:%s' % start.strftime('%Y%m%dT%H%M00'),
             'DTEND:%s' % end.strftime('%Y%m%dT%H%M00'), 'SUMMARY:%s' % esc(summary), 'LOCATION:%s' % esc(location),
             'DESCRIPTION:%s' % esc(desc), 'ORGANIZER:mailto:%s' % organizer, 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


def vcard(fn, given, surname, tel, email_addr, adr=None, note=None, org=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s' % fn]
    if org:
        lines.append('ORG:%s' % org)
    lines.append('TEL;TYPE=%s:%s' % ('HOME' if adr else 'WORK', tel))
    if email_addr:
        lines.append('EMAIL:%s' % email_addr)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % adr)
    if note:
        lines.append('NOTE:%s' % note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# ---------------------------------------------------------------- message assembly
class Ctx:
    def __init__(self, rng, lang, nam_people, date):
        self.rng, self.lang, self.nam_people, self.date = rng, lang, nam_people, date
        self.types = set()
        self.note = ''

    def L(self, en, fr):
        return fr if self.lang == 'fr' else en

    def patient(self, prefer=None):
        r = self.rng
        use_nam = prefer == 'nam' or (prefer is None and r.random() < (0.5 if self.lang == 'fr' else 0.2))
        if use_nam:
            p = dict(r.choice(self.nam_people))
            return addr_for(r, p)
        return make_on_person(r)

    def dx(self):
        return self.L(*self.rng.choice(DX))

    def lab(self):
        return self.L(*self.rng.choice(LABS))

    def soc(self):
        return self.L(*self.rng.choice(SOCIAL))

    def when(self, days=0):
        return (self.date + dt.timedelta(days=days))

    def when_s(self, days=0):
        d = self.when(days)
        if self.lang == 'fr':
            return '%d %s %d à %02d:%02d' % (d.day, MONTHS_FR[d.month - 1], d.year, d.hour, d.minute)
        return d.strftime('%a, %b %d, %Y at %I:%M %p')


def assemble(rng, spec, lang, idx, kind):
    """spec: frm, to, cc, subject, text, html(optional), force ('plain'|'html'|'alt'), atts [(name, maintype, subtype, data)],
    text_atts [(name, subtype, str)], eml_atts [EmailMessage], in_reply_to"""
    msg = EmailMessage()
    msg['From'] = spec['frm']
    msg['To'] = spec['to']
    if spec.get('cc'):
        msg['Cc'] = spec['cc']
    msg['Subject'] = spec['subject']
    msg['Date'] = email.utils.format_datetime(spec['date'].replace(tzinfo=dt.timezone(dt.timedelta(hours=-5 if spec['date'].month in (1, 2, 3, 11, 12) else -4))))
    dom = spec['frm'].split('@')[-1].rstrip('>')
    msg['Message-ID'] = '<%s.%s@%s>' % (hashlib.sha1(('%s%d%s' % (kind, idx, spec['subject'])).encode()).hexdigest()[:16], idx, dom)
    if spec.get('in_reply_to'):
        msg['In-Reply-To'] = spec['in_reply_to']
        msg['References'] = spec['in_reply_to']
    msg['X-Mailer'] = rng.choice(['Microsoft Outlook 16.0', 'Thunderbird 115.8', 'Zimbra 9.0', 'iPhone Mail (21D61)', 'Valleyline Notify 2.3'])
    text = spec['text']
    html = spec.get('html') or text_to_html(text, spec.get('tables'))
    mode = spec.get('force') or rng.choices(['plain', 'html', 'alt'], [5, 2, 4])[0]
    charset = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    try:
        text.encode(charset)
        html.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    if charset == 'iso-8859-1':
        html = html.replace('charset="utf-8"', 'charset="iso-8859-1"')
    elif charset == 'windows-1252':
        html = html.replace('charset="utf-8"', 'charset="windows-1252"')
    ascii_ok = all(ord(c) < 128 for c in text + html)
    cte = rng.choice(['quoted-printable', 'base64', '8bit'] + (['7bit'] if ascii_ok else []))
    if cte in ('8bit', '7bit') and max(len(l) for l in (text + '\n' + html).split('\n')) > 900:
        cte = 'quoted-printable'
    if mode == 'plain':
        msg.set_content(text, subtype='plain', charset=charset, cte=cte)
    elif mode == 'html':
        msg.set_content(html, subtype='html', charset=charset, cte=cte)
    else:
        msg.set_content(text, subtype='plain', charset=charset, cte=cte)
        msg.add_alternative(html, subtype='html', charset=charset, cte=rng.choice(['quoted-printable', 'base64']))
    for name, sub, s in spec.get('text_atts', []):
        msg.add_attachment(s, subtype=sub, charset='utf-8', filename=name, cte=rng.choice(['base64', 'quoted-printable']))
    for name, mt, st, data in spec.get('atts', []):
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for em in spec.get('eml_atts', []):
        msg.add_attachment(em)
    counter = [0]

    def fix_boundaries(m):
        if m.get_content_type() == 'message/rfc822':
            fix_boundaries(m.get_payload()[0])
        elif m.is_multipart():
            counter[0] += 1
            m.set_boundary('----=_Part_%d_%s' % (counter[0], hashlib.md5(('%s%d%d' % (kind, idx, counter[0])).encode()).hexdigest()[:12]))
            for sub in m.get_payload():
                fix_boundaries(sub)
    fix_boundaries(msg)
    crlf = rng.random() < 0.4
    return msg.as_bytes(policy=email.policy.SMTP if crlf else email.policy.default), mode, charset, cte, crlf


def inner_eml(frm, to, subject, date, text):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = email.utils.format_datetime(date.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    m['Message-ID'] = '<%s@inner.example>' % hashlib.sha1((frm + subject).encode()).hexdigest()[:14]
    m.set_content(text, charset='utf-8', cte='quoted-printable')
    return m


# ================================================================ POSITIVE TEMPLATES
def who(rng, org, lang, s=None):
    s = s or staff(rng)
    return s, '%s <%s>' % (sname(s, lang), addr_of(s, ORGS[org]['dom']))


def P_psw_visit(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['PSW']))
    co, to = who(r, 'hcc', c.lang, rng_pick(r, ['Care Coordinator', 'PSW Supervisor']))
    nm = pname(r, p, c.lang)
    c.types |= {'patient_name'}
    lines = [greet(r, c.lang, co[0]), '']
    obs = r.choice([L('redness on the sacrum that was not there last week, about the size of a loonie', 'rougeur au sacrum qui n\'était pas là la semaine passée, grosse comme un huard'),
                    L('very confused today, did not recognise me and had not eaten the meal from yesterday', 'très confus(e) aujourd\'hui, ne me reconnaissait pas et n\'avait pas mangé le repas d\'hier'),
                    L('bruising on both arms, says she fell in the bathroom', 'ecchymoses aux deux bras, dit être tombé(e) dans la salle de bain'),
                    L('short of breath walking to the kitchen, ankles very swollen', 'essoufflé(e) en marchant jusqu\'à la cuisine, chevilles très enflées')])
    lines.append(L('Visit done for %s at %s this morning. Noticed %s.' % (nm, p['addr'] + ', ' + p['city'], obs),
                   'Visite faite chez %s au %s ce matin. J\'ai remarqué %s.' % (nm, p['addr'] + ', ' + p['city'], obs)))
    c.types |= {'patient_contact', 'diagnosis'}
    if r.random() < 0.6:
        med = r.choice(MEDS)
        lines.append(L('The %s blister for Tuesday was still full, so the meds were missed.' % med.split(' ')[0],
                       'La dosette de mardi pour %s était encore pleine, donc médicaments non pris.' % med.split(' ')[0]))
        c.types.add('medication')
    if r.random() < 0.5:
        lines.append(L('Also: %s.' % c.soc(), 'Aussi : %s.' % c.soc()))
        c.types.add('social_information')
    lines.append(L('Can a nurse go by before Friday? I told the family I would let you know.', 'Est-ce qu\'une infirmière peut passer avant vendredi? J\'ai dit à la famille que je vous tiendrais au courant.'))
    text = typo(r, '\n'.join(lines), 0.5) + signature(r, s, 'hcc', c.lang)
    c.note = 'PSW visit report naming client with address and clinical observation'
    return dict(frm=frm, to=to, subject=L('Visit concern - %s' % p['surname'], 'Inquiétude visite - %s' % p['surname']), text=text)


def rng_pick(r, roles):
    cands = [s for s in STAFF if s[2] in roles]
    return r.choice(cands)


def P_wound_route(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Wound Care Nurse', 'RN']))
    _, to = who(r, 'hcc', c.lang, rng_pick(r, ['Scheduler']))
    pts = [c.patient() for _ in range(r.randint(3, 6))]
    hdr = [L('Time', 'Heure'), L('Client', 'Client'), L('Address', 'Adresse'), L('Wound', 'Plaie'), L('Dressing', 'Pansement')]
    rows = [hdr]
    dress = ['Aquacel Ag + foam', 'NPWT canister change', 'Mepilex Border', 'compression 2-layer', 'iodosorb + ABD', 'saline WTD']
    for i, p in enumerate(pts):
        rows.append(['%02d:%02d' % (8 + i, r.choice([0, 15, 30, 45])), pname(r, p, c.lang, r.choice([2, 3, 0])),
                     '%s, %s' % (p['addr'], p['city']), L(*r.choice(DX[3:5] + DX[12:13])), r.choice(dress)])
    c.types |= {'patient_name', 'patient_contact', 'diagnosis'}
    route = r.randint(1, 9)
    intro = L('Route %d for tomorrow, please load into the tablets. Two new admits at the bottom.' % route,
              'Trajet %d pour demain, svp charger dans les tablettes. Deux nouvelles admissions en bas.' % route)
    subj = L('Wound care route %d - %s' % (route, c.when(1).strftime('%b %d')), 'Route soins de plaies %d - %s' % (route, c.when(1).strftime('%d/%m')))
    spec = dict(frm=frm, to=to, subject=subj)
    if r.random() < 0.5:
        fn = L('route%d_%s.xlsx' % (route, c.when(1).strftime('%Y%m%d')), 'trajet%d_%s.xlsx' % (route, c.when(1).strftime('%Y%m%d')))
        if r.random() < 0.5:
            rows[0].append(L('HCN/RAMQ', 'CSO/NAM'))
            for i, p in enumerate(pts):
                rows[i + 1].append(p['hcn'] if p['kind'] == 'hcn' else p['nam'])
                c.types.add('ca_health_number' if p['kind'] == 'hcn' else 'ramq_nam')
        spec['atts'] = [(fn, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Route', rows))]
        spec['text'] = greet(r, c.lang, 'Tom') + '\n\n' + intro + L('\nSee attached.', '\nVoir pièce jointe.') + signature(r, s, 'hcc', c.lang)
        c.note = 'wound route spreadsheet attachment with client names, addresses, wounds'
    else:
        tt = table_text(rows)
        spec['text'] = greet(r, c.lang, 'Tom') + '\n\n' + intro + '\n\n' + tt + signature(r, s, 'hcc', c.lang)
        spec['tables'] = {tt: table_html(rows)}
        c.note = 'wound route table inline with client names, addresses, wounds'
    return spec


def P_hospice_referral(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hosp', c.lang, rng_pick(r, ['Social Worker', 'Care Coordinator', 'RN']))
    to = 'Admissions <admissions@%s>' % ORGS['hospice']['dom']
    lab, val, ty = ident(r, p, c.lang)
    dx = L(*r.choice([DX[6], DX[13], DX[16], DX[2]]))
    pps = r.choice([20, 30, 40])
    med = r.choice(['hydromorphone 2 mg q4h PRN', 'dexamethasone 4 mg daily', 'Kadian 60 mg q12h'])
    lines = [L('Patient: %s' % pname(r, p, c.lang, 0), 'Patient(e) : %s' % pname(r, p, c.lang, 0)),
             L('DOB: %s' % fmt_dob(r, p['dob'], c.lang), 'DDN : %s' % fmt_dob(r, p['dob'], c.lang)),
             '%s: %s' % (lab, val), L('Diagnosis: %s' % dx, 'Diagnostic : %s' % dx), 'PPS: %d%%' % pps,
             L('Current meds: %s' % med, 'Médication : %s' % med), L('Social: %s' % c.soc(), 'Social : %s' % c.soc())]
    c.types |= {'patient_name', 'date_of_birth', ty, 'diagnosis', 'medication', 'social_information'}
    if r.random() < 0.4:
        lines.insert(1, 'MRN: %s' % p['mrn'])
        c.types.add('mrn')
    body = L('Please find the referral for a hospice bed below. Family is hoping for a transfer this week.',
             'Voici la demande d\'admission pour un lit en soins palliatifs. La famille espère un transfert cette semaine.')
    spec = dict(frm=frm, to=to, subject=L('Hospice referral - urgent', 'Demande d\'admission - urgent'))
    if r.random() < 0.5:
        pdf = make_pdf(L('Hospice Referral Form', 'Formulaire de demande d\'admission'), lines)
        fn = L('referral_%s.pdf' % p['surname'], 'demande_%s.pdf' % p['surname']) if r.random() < 0.6 else 'scan0042.pdf'
        spec['atts'] = [(fn, 'application', 'pdf', pdf)]
        spec['text'] = greet(r, c.lang) + '\n\n' + body + L(' Form attached.', ' Formulaire ci-joint.') + signature(r, s, 'hosp', c.lang)
        c.note = 'hospice referral PDF attachment with identifiers and diagnosis'
    else:
        spec['text'] = greet(r, c.lang) + '\n\n' + body + '\n\n' + '\n'.join(lines) + signature(r, s, 'hosp', c.lang)
        c.note = 'hospice referral inline with identifiers and diagnosis'
    return spec


def P_crisis_followup(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'crisis', c.lang, rng_pick(r, ['Crisis Counsellor']))
    to = 'Intake <intake@%s>' % ORGS['chc']['dom']
    nm = pname(r, p, c.lang, r.choice([0, 1, 6]))
    c.types |= {'patient_name', 'patient_contact', 'diagnosis', 'social_information'}
    text = greet(r, c.lang) + '\n\n' + L(
        'Follow-up from last night\'s call: %s (cell %s) called at 02:40 with passive suicidal ideation, no plan. '
        'Known %s, stopped meds two weeks ago. %s. Safety plan reviewed; consents to a call back from your team today. '
        'Best to reach after 11.' % (nm, p['phone'], r.choice(['major depressive disorder', 'bipolar II', 'PTSD']), c.soc().capitalize()),
        'Suivi de l\'appel de cette nuit : %s (cell. %s) a appelé à 02h40, idéations suicidaires passives, sans plan. '
        'Connu(e) pour %s, a cessé sa médication il y a deux semaines. %s. Plan de sécurité revu; consent à un rappel de votre équipe aujourd\'hui. '
        'Préférable après 11 h.' % (nm, p['phone'], r.choice(['trouble dépressif majeur', 'trouble bipolaire II', 'TSPT']), c.soc().capitalize()))
    text = typo(r, text, 0.4) + signature(r, s, 'crisis', c.lang)
    c.note = 'crisis line follow-up with caller name, phone, mental-health details'
    return dict(frm=frm, to=to, subject=L('Crisis line follow-up request', 'Demande de suivi - ligne de crise'), text=text)


def P_oat_dose(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'oat', c.lang, rng_pick(r, ['NP', 'MD', 'RN']))
    to = 'Dispensary <rx@%s>' % ORGS['pharm']['dom']
    med = r.choice(['methadone', 'Suboxone', 'Kadian'])
    old, new = r.choice([(75, 85), (90, 100), (60, 70), (16, 20), (12, 16)])
    carries = r.choice([0, 1, 2, 6])
    lab, val, ty = ident(r, p, c.lang)
    c.types |= {'patient_name', 'medication', ty}
    lines = [L('DOSE CHANGE', 'CHANGEMENT DE DOSE'), L('Client: %s' % pname(r, p, c.lang, 2), 'Client : %s' % pname(r, p, c.lang, 2))]
    if r.random() < 0.7:
        lines.append(L('DOB %s' % fmt_dob(r, p['dob'], c.lang), 'DDN %s' % fmt_dob(r, p['dob'], c.lang)))
        c.types.add('date_of_birth')
    lines += ['%s %s' % (lab, val),
              L('%s: increase from %d mg to %d mg daily, effective %s' % (med, old, new, c.when(1).strftime('%Y-%m-%d')),
                '%s : augmenter de %d mg à %d mg par jour, à compter du %s' % (med, old, new, c.when(1).strftime('%Y-%m-%d'))),
              L('Carries: %d per week' % carries, 'Doses à emporter : %d par semaine' % carries)]
    if r.random() < 0.6:
        lines.append(L('Reason: last UDS %s' % LABS[4][0], 'Raison : dernier dépistage %s' % LABS[4][1]))
        c.types.add('lab_result')
    text = '\n'.join(lines) + '\n\n' + L('Signed Rx to follow by fax.', 'Ordonnance signée suivra par télécopieur.') + signature(r, s, 'oat', c.lang)
    c.note = 'OAT dose change to pharmacy with identifier'
    return dict(frm=frm, to=to, subject=L('Dose change - %s' % p['surname'].upper(), 'Changement de dose - %s' % p['surname'].upper()), text=text)


def P_day_program(c):
    r, L = c.rng, c.L
    p = c.patient()
    p['dob'] = dt.date(r.randint(1930, 1952), p['dob'].month, p['dob'].day) if p['kind'] == 'hcn' else p['dob']
    s, frm = who(r, 'day', c.lang, rng_pick(r, ['Program Manager', 'PSW', 'RPN']))
    fam = '%s %s' % (r.choice(EN_GIVEN_F + EN_GIVEN_M), p['surname'])
    to = '%s <%s.%s@%s>' % (fam, fam.split()[0].lower(), 'f', r.choice(EXT_DOMS))
    nm = pname(r, p, c.lang, r.choice([1, 4, 0]))
    c.types |= {'patient_name', 'diagnosis'}
    text = greet(r, c.lang, fam.split()[0]) + '\n\n' + L(
        'Just letting you know your %s %s had a difficult day at the program. %s was agitated after lunch and tried to leave twice, '
        'which our nurse thinks is linked to the %s progressing. %s did not want the afternoon snack (diabetic).' % (
            'mother' if p['sex'] == 'F' else 'father', nm, 'She' if p['sex'] == 'F' else 'He', DX[5][0].split(',')[0],
            'She' if p['sex'] == 'F' else 'He'),
        'Un petit mot pour vous dire que votre %s, %s, a eu une journée difficile au programme. Agitation après le dîner et deux tentatives de sortie; '
        'notre infirmière pense que c\'est lié à la progression de %s. Refus de la collation (diabétique).' % (
            'mère' if p['sex'] == 'F' else 'père', nm, DX[5][1]))
    if r.random() < 0.5:
        text += '\n\n' + L('We may need to talk about increasing to 3 days, or about respite. Call me at %s.' % ORGS['day']['tel'],
                           'Il faudrait peut-être parler de passer à 3 jours ou d\'un répit. Appelez-moi au %s.' % ORGS['day']['tel'])
        c.types.add('social_information')
    text += signature(r, s, 'day', c.lang)
    c.note = 'day program note to family about named participant with dementia'
    return dict(frm=frm, to=to, subject=L('Today at Golden Maple', 'Aujourd\'hui au programme'), text=text)


def P_blister(c):
    r, L = c.rng, c.L
    p = c.patient('nam' if c.lang == 'fr' or c.rng.random() < 0.4 else 'hcn')
    s, frm = who(r, 'pharm', c.lang, rng_pick(r, ['Pharmacist', 'Pharmacy Technician']))
    _, to = who(r, 'hcc', c.lang, rng_pick(r, ['Care Coordinator', 'RN']))
    meds = r.sample(MEDS, 4)
    lab, val, ty = ident(r, p, c.lang)
    rows = [[L('Medication', 'Médicament'), L('Morning', 'Matin'), L('Noon', 'Midi'), L('Supper', 'Souper'), L('Bedtime', 'Coucher')]]
    for m in meds:
        rows.append([m, r.choice(['1', '', '1']), r.choice(['', '1']), r.choice(['', '1', '']), r.choice(['1', ''])])
    c.types |= {'patient_name', 'medication', ty}
    head = L('Blister pack changes for %s (%s %s), starting next cycle:' % (pname(r, p, c.lang), lab, val),
             'Changements au pilulier pour %s (%s %s), à partir du prochain cycle :' % (pname(r, p, c.lang), lab, val))
    tt = table_text(rows)
    extra = ''
    if r.random() < 0.5:
        extra = '\n\n' + L('Delivery to %s, %s - ring twice, client is hard of hearing.' % (p['addr'], p['city']),
                           'Livraison au %s, %s - sonner deux fois, client(e) malentendant(e).' % (p['addr'], p['city']))
        c.types.add('patient_contact')
    text = greet(r, c.lang) + '\n\n' + head + '\n\n' + tt + extra + signature(r, s, 'pharm', c.lang)
    c.note = 'pharmacy blister-pack medication table with health identifier'
    return dict(frm=frm, to=to, subject=L('Blister pack update', 'Mise à jour pilulier (dispill)'), text=text, tables={tt: table_html(rows)})


def P_lab(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['NP', 'RN', 'MD']))
    _, to = who(r, 'hcc', c.lang, rng_pick(r, ['Care Coordinator', 'Wound Care Nurse']))
    lb = c.lab()
    c.types |= {'patient_name', 'lab_result'}
    nm = pname(r, p, c.lang)
    text = greet(r, c.lang) + '\n\n' + L('FYI results for %s came back: %s. ' % (nm, lb), 'Pour info, résultats de %s reçus : %s. ' % (nm, lb))
    if r.random() < 0.5:
        text += L('Please hold the %s until we call. ' % r.choice(MEDS).split(' ')[0], 'Svp suspendre %s jusqu\'à notre appel. ' % r.choice(MEDS).split(' ')[0])
        c.types.add('medication')
    if r.random() < 0.4:
        text += L('Chart %s.' % p['mrn'], 'Dossier %s.' % p['mrn'])
        c.types.add('mrn')
    text = typo(r, text, 0.3) + signature(r, s, 'chc', c.lang)
    c.note = 'lab result for named client'
    return dict(frm=frm, to=to, subject=r.choice([L('Results', 'Résultats'), 'FYI', L('labs - %s' % p['surname'], 'labos - %s' % p['surname'])]), text=text)


def P_transport(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['Admin Assistant', 'Social Worker']))
    to = 'Bookings <book@paratransit-east.example>'
    appt = r.choice([L('dialysis', 'dialyse'), L('chemo', 'chimiothérapie'), L('methadone clinic', 'clinique de méthadone'), L('wound clinic', 'clinique de plaies')])
    nm = pname(r, p, c.lang, 0)
    c.types |= {'patient_name', 'patient_contact', 'diagnosis'}
    text = greet(r, c.lang) + '\n\n' + L(
        'Please book a wheelchair-accessible ride for %s, pick-up %s, %s %s, phone %s, for %s at %s on %s (return 15:30).' % (
            nm, p['addr'], p['city'], p['postal'], p['phone'], appt, ORGS['hosp']['en'], c.when(3).strftime('%A %b %d')),
        'Svp réserver un transport adapté pour %s, départ %s, %s %s, tél. %s, pour %s à %s le %s (retour 15 h 30).' % (
            nm, p['addr'], p['city'], p['postal'], p['phone'], appt, ORGS['hosp']['fr'], c.when(3).strftime('%d/%m')))
    if r.random() < 0.5:
        text += '\n' + L('Client DOB %s for your file.' % fmt_dob(r, p['dob'], c.lang), 'DDN %s pour votre dossier.' % fmt_dob(r, p['dob'], c.lang))
        c.types.add('date_of_birth')
    text += signature(r, s, 'chc', c.lang)
    c.note = 'transport booking with patient home address and phone, appointment type'
    return dict(frm=frm, to=to, subject=L('Ride booking', 'Réservation transport'), text=text)


def P_subject_only(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hcc', c.lang)
    _, to = who(r, 'hcc', c.lang)
    dx = c.dx()
    c.types |= {'patient_name', 'diagnosis'}
    if r.random() < 0.5:
        subj = L('RE: %s - %s - new referral' % (pname(r, p, c.lang, 2), dx), 'TR: %s - %s - nouvelle référence' % (pname(r, p, c.lang, 2), dx))
    else:
        subj = '%s %s (%s) - %s' % (p['surname'], p['given'], fmt_dob(r, p['dob'], c.lang), dx)
        c.types.add('date_of_birth')
    text = r.choice([L('Can you call me about this one? Thx', 'Peux-tu m\'appeler pour celui-ci? Merci'), L('see subject, pls add to Thursday list', 'voir objet, svp ajouter à la liste de jeudi'), '?']) + signature(r, s, 'hcc', c.lang)
    c.note = 'patient name and diagnosis only in Subject'
    return dict(frm=frm, to=to, subject=subj, text=text)


def P_filename_leak(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Care Coordinator', 'RN']))
    _, to = who(r, 'hcc', c.lang)
    dx = c.dx()
    lab, val, ty = ident(r, p, c.lang)
    paras = [L('Client: %s' % pname(r, p, c.lang, 0), 'Client : %s' % pname(r, p, c.lang, 0)), '%s: %s' % (lab, val),
             L('Address: %s, %s %s' % (p['addr'], p['city'], p['postal']), 'Adresse : %s, %s %s' % (p['addr'], p['city'], p['postal'])),
             L('Primary diagnosis: %s' % dx, 'Diagnostic principal : %s' % dx),
             L('PSW: 2 visits/day, bathing Tue/Fri. Nursing: weekly.', 'PSSP : 2 visites/jour, bain mar/ven. Soins infirmiers : hebdo.')]
    c.types |= {'patient_name', ty, 'patient_contact', 'diagnosis'}
    fn = r.choice(['%s_%s_%s.docx' % (L('CarePlan', 'PlanSoins'), p['surname'], p['given']), '%s %s - %s.docx' % (p['given'], p['surname'], L('care plan', 'plan de soins'))])
    data = make_docx(L('Care Plan', 'Plan de soins'), paras)
    text = r.choice([L('Updated plan attached.', 'Plan mis à jour ci-joint.'), L('see attached', 'voir pj'), '']) + signature(r, s, 'hcc', c.lang)
    c.note = 'care plan DOCX; patient name in filename and content'
    return dict(frm=frm, to=to, subject=L('care plan update', 'mise à jour plan de soins'), text=text,
                atts=[(fn, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', data)])


def P_ics_visit(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Scheduler']))
    n, to = who(r, 'hcc', c.lang, rng_pick(r, ['RN', 'Wound Care Nurse', 'RPN']))
    start = c.when(2).replace(hour=r.randint(8, 15), minute=0)
    dx = L(*r.choice([DX[3], DX[4], DX[12]]))
    summ = L('Home visit - %s - %s' % (pname(r, p, c.lang, r.choice([4, 0])), dx), 'Visite à domicile - %s - %s' % (pname(r, p, c.lang, r.choice([4, 0])), dx))
    loc = '%s, %s %s' % (p['addr'], p['city'], p['postal'])
    desc = L('Lockbox code %d. Client phone %s.' % (r.randint(1000, 9999), p['phone']), 'Code boîte à clé %d. Tél. client %s.' % (r.randint(1000, 9999), p['phone']))
    c.types |= {'patient_name', 'patient_contact', 'diagnosis'}
    cal = ics('visit-%d@valleyline-care.example' % r.randint(10000, 99999), summ, start, 45, loc, desc, addr_of(s, ORGS['hcc']['dom']))
    text = L('Visit added to your calendar.', 'Visite ajoutée à votre calendrier.') + signature(r, s, 'hcc', c.lang)
    c.note = 'ICS invitation with patient name, address, wound in SUMMARY/LOCATION'
    return dict(frm=frm, to=to, subject=L('Invitation: home visit', 'Invitation : visite à domicile'), text=text, text_atts=[('invite.ics', 'calendar', cal)])


def P_vcard(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hospice', c.lang, rng_pick(r, ['RN', 'Volunteer Coordinator', 'Social Worker']))
    _, to = who(r, 'hospice', c.lang)
    note = L('Palliative home client, %s. Wife prefers calls after 10.' % c.dx(), 'Client palliatif à domicile, %s. Conjointe préfère les appels après 10 h.' % c.dx())
    vc = vcard('%s %s' % (p['given'], p['surname']), p['given'], p['surname'], p['phone'], None, (p['addr'], p['city'], p['prov'], p['postal']), note)
    c.types |= {'patient_name', 'patient_contact', 'diagnosis'}
    text = L('Contact card for the new client, as discussed.', 'Fiche contact du nouveau client, tel que discuté.') + signature(r, s, 'hospice', c.lang)
    c.note = 'vCard attachment of palliative client with home address and diagnosis in NOTE'
    return dict(frm=frm, to=to, subject=L('new client contact', 'contact nouveau client'), text=text,
                text_atts=[('%s_%s.vcf' % (p['surname'], p['given']), 'vcard', vc)])


def P_csv_roster(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'day', c.lang, rng_pick(r, ['Program Manager', 'RPN']))
    _, to = who(r, 'day', c.lang)
    pts = [c.patient() for _ in range(r.randint(4, 8))]
    rows = [[L('surname', 'nom'), L('given', 'prenom'), L('dob', 'ddn'), L('allergies', 'allergies'), L('notes', 'notes')]]
    for p in pts:
        rows.append([p['surname'], p['given'], p['dob'].isoformat(), r.choice(['PCN', 'none', 'sulfa', 'latex', 'NKDA']),
                     r.choice([c.dx(), L('needs 1:1 at lunch', 'aide 1:1 au dîner'), L('diabetic snack', 'collation diabétique'), ''])])
    out = io.StringIO()
    import csv
    csv.writer(out, lineterminator='\r\n').writerows(rows)
    c.types |= {'patient_name', 'date_of_birth', 'diagnosis'}
    text = greet(r, c.lang) + '\n\n' + L('Attendance roster for the Wednesday group attached (for the bus driver and kitchen).',
                                         'Liste du groupe du mercredi en pièce jointe (pour le chauffeur et la cuisine).') + signature(r, s, 'day', c.lang)
    c.note = 'CSV roster of participants with DOB and conditions'
    return dict(frm=frm, to=to, subject=L('Wednesday roster', 'Liste du mercredi'), text=text, text_atts=[(L('roster_wed.csv', 'liste_mercredi.csv'), 'csv', out.getvalue())])


def P_zip_bundle(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['Social Worker', 'NP', 'Care Coordinator']))
    to = 'referrals@%s' % ORGS['hcc']['dom']
    lab, val, ty = ident(r, p, c.lang)
    dx = c.dx()
    lines = [L('Name: %s' % pname(r, p, c.lang, 0), 'Nom : %s' % pname(r, p, c.lang, 0)), L('DOB: %s' % fmt_dob(r, p['dob'], c.lang), 'DDN : %s' % fmt_dob(r, p['dob'], c.lang)),
             '%s: %s' % (lab, val), L('Dx: %s' % dx, 'Dx : %s' % dx), L('Meds: %s; %s' % tuple(r.sample(MEDS, 2)), 'Rx : %s; %s' % tuple(r.sample(MEDS, 2)))]
    c.types |= {'patient_name', 'date_of_birth', ty, 'diagnosis', 'medication'}
    doc = make_docx(L('Home care referral', 'Demande de soins à domicile'), lines)
    pdf = make_pdf(L('Medication list', 'Liste de médicaments'), lines[:3] + lines[4:])
    z = make_zip([('referral/%s.docx' % L('referral', 'demande'), doc), ('referral/%s.pdf' % L('med_list', 'liste_med'), pdf)])
    text = L('Referral package attached (zip). Password sent separately... actually our system cannot encrypt, sorry.',
             'Dossier de référence ci-joint (zip). Je n\'ai pas pu le chiffrer, désolée.') + signature(r, s, 'chc', c.lang)
    c.note = 'ZIP with DOCX referral and PDF med list'
    return dict(frm=frm, to=to, subject=L('Referral package', 'Dossier de référence'), text=text, atts=[('referral_%d.zip' % r.randint(100, 999), 'application', 'zip', z)])


def P_fwd_eml(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Care Coordinator']))
    _, to = who(r, 'hcc', c.lang, rng_pick(r, ['PSW Supervisor', 'RN']))
    d, dfrom = who(r, 'hosp', c.lang, rng_pick(r, ['Social Worker', 'RN']))
    dx = c.dx()
    inner = L('Hello,\n\n%s (MRN %s, DOB %s) is being discharged %s. Dx: %s. Needs PSW BID x 2 weeks and nursing for %s. '
              'Lives at %s, %s. %s.\n\nThanks' % (pname(r, p, c.lang, 0), p['mrn'], fmt_dob(r, p['dob'], c.lang), c.when(1).strftime('%b %d'), dx,
                                                   r.choice(['IV antibiotics', 'drain care', 'dressing changes']), p['addr'], p['city'], c.soc().capitalize()),
              'Bonjour,\n\n%s (dossier %s, DDN %s) obtient son congé le %s. Dx : %s. Besoin PSSP 2x/jour pour 2 semaines et soins infirmiers pour %s. '
              'Domicile : %s, %s. %s.\n\nMerci' % (pname(r, p, c.lang, 0), p['mrn'], fmt_dob(r, p['dob'], c.lang), c.when(1).strftime('%d/%m'), dx,
                                                    r.choice(['antibiotiques IV', 'soins du drain', 'changements de pansement']), p['addr'], p['city'], c.soc().capitalize()))
    c.types |= {'patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'patient_contact', 'social_information'}
    em = inner_eml(dfrom, 'homecare@%s' % ORGS['hcc']['dom'], L('Discharge - home care needed', 'Congé - soins à domicile requis'), c.when(-1), inner)
    spec = dict(frm=frm, to=to, subject=L('FW: Discharge - home care needed', 'TR: Congé - soins à domicile requis'))
    if r.random() < 0.5:
        spec['eml_atts'] = [em]
        spec['text'] = L('Can you staff this one? Original attached.', 'Peux-tu combler ce cas? Message original en pièce jointe.') + signature(r, s, 'hcc', c.lang)
        c.note = 'attached .eml discharge notice with MRN and DOB'
    else:
        spec['text'] = L('Can you staff this one?', 'Peux-tu combler ce cas?') + signature(r, s, 'hcc', c.lang) + '\n\n' + fwd_block(inner, dfrom, c.when_s(-1), em['Subject'], c.lang)
        c.note = 'inline forward of discharge notice with MRN and DOB'
    return spec


def P_reply_chain(c):
    r, L = c.rng, c.L
    p = c.patient()
    a, afrm = who(r, 'hcc', c.lang, rng_pick(r, ['Scheduler']))
    b, bfrm = who(r, 'hcc', c.lang, rng_pick(r, ['Care Coordinator', 'PSW Supervisor']))
    orig = L('Tom, %s on %s needs the morning PSW moved to 7:30 - new insulin schedule (%s), and she gets hypoglycemic if breakfast is late. '
             'Daughter\'s number is %s if no answer.' % (pname(r, p, c.lang, 1), p['addr'], 'insulin glargine 22 units HS', '613-555-%04d' % r.randint(1000, 9999)),
             'Tom, %s au %s a besoin que la PSSP du matin passe à 7 h 30 - nouvel horaire d\'insuline (%s), hypoglycémies si le déjeuner est en retard. '
             'Numéro de la fille : %s si pas de réponse.' % (pname(r, p, c.lang, 1), p['addr'], 'insuline glargine 22 unités HS', '613-555-%04d' % r.randint(1000, 9999)))
    reply = r.choice([L('Done - Fatima takes it starting Monday.', 'Fait - Fatima la prend à partir de lundi.'), L('ok will do', 'ok c\'est noté'), L('Moved. Let me know if the time works.', 'Déplacé. Dis-moi si l\'heure convient.')])
    c.types |= {'patient_name', 'patient_contact', 'medication', 'diagnosis'}
    text = reply + signature(r, a, 'hcc', c.lang) + '\n\n' + quote_block(r, orig + signature(r, b, 'hcc', c.lang), bfrm, c.when_s(-1), c.lang)
    c.note = 'reply whose quoted earlier message holds the patient info'
    return dict(frm=afrm, to=bfrm, subject=L('RE: AM visit time change', 'RE: changement heure visite AM'), text=text, in_reply_to='<prev%d@valleyline-care.example>' % r.randint(1000, 9999))


def P_sin_form(c):
    r, L = c.rng, c.L
    p = c.patient()
    sin_v = make_sin(r)
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['Social Worker']))
    to = 'ow.caseworker@cityservices.example'
    sfmt = r.choice(['%s %s %s' % (sin_v[:3], sin_v[3:6], sin_v[6:]), sin_v, '%s-%s-%s' % (sin_v[:3], sin_v[3:6], sin_v[6:])])
    c.types |= {'patient_name', 'ca_sin', 'social_information'}
    text = greet(r, c.lang) + '\n\n' + L(
        'I am supporting %s with the emergency assistance application. SIN %s. %s; rent is $1,150 and income is nil since the layoff. '
        'Could you confirm whether the shelter allowance can be issued this week?' % (pname(r, p, c.lang, 0), sfmt, c.L(*SOCIAL[1]).capitalize()),
        'J\'accompagne %s pour la demande d\'aide d\'urgence. NAS %s. %s; loyer de 1 150 $ et aucun revenu depuis la mise à pied. '
        'Pouvez-vous confirmer si l\'allocation de logement peut être versée cette semaine?' % (pname(r, p, c.lang, 0), sfmt, c.L(*SOCIAL[1]).capitalize()))
    if r.random() < 0.5:
        text += '\n' + L('DOB %s.' % fmt_dob(r, p['dob'], c.lang), 'DDN %s.' % fmt_dob(r, p['dob'], c.lang))
        c.types.add('date_of_birth')
    text += signature(r, s, 'chc', c.lang)
    c.note = 'social worker message with client SIN and income situation'
    return dict(frm=frm, to=to, subject=L('Emergency assistance - client', 'Aide d\'urgence - cliente'), text=text)


def P_foreign_niss(c):
    return P_foreign_id(c, 'niss')


def P_foreign_nir(c):
    return P_foreign_id(c, 'nir')


def P_id_only(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['RN', 'NP', 'Admin Assistant']))
    to = 'lab-results@%s' % ORGS['hosp']['dom']
    lab, val, ty = ident(r, p, c.lang)
    lb = c.lab()
    c.types |= {ty, 'date_of_birth', 'lab_result'}
    text = greet(r, c.lang) + '\n\n' + L(
        'We did not receive the cumulative report for %s %s, DOB %s, sex %s. Our copy only shows %s; the ordering NP is waiting to adjust treatment. Could you re-send by fax to %s?' % (
            lab, val, fmt_dob(r, p['dob'], c.lang), p['sex'], lb, ORGS['chc']['tel']),
        'Nous n\'avons pas reçu le rapport cumulatif pour %s %s, DDN %s, sexe %s. Notre copie indique seulement %s; l\'IPS attend pour ajuster le traitement. Pouvez-vous le renvoyer par télécopieur au %s?' % (
            lab, val, fmt_dob(r, p['dob'], c.lang), p['sex'], lb, ORGS['chc']['tel'])) + signature(r, s, 'chc', c.lang)
    c.note = 'lab follow-up identifying patient by health number and DOB only (no name)'
    return dict(frm=frm, to=to, subject=L('Missing cumulative report', 'Rapport cumulatif manquant'), text=text)


def P_foreign_id(c, which):
    r, L = c.rng, c.L
    p = c.patient('hcn')
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['Admin Assistant', 'NP']))
    _, to = who(r, 'chc', c.lang, rng_pick(r, ['NP', 'MD']))
    if which == 'niss':
        num = make_niss(r, p['dob'], p['sex'])
        shown = r.choice([num, '%s.%s.%s-%s.%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])])
        c.types.add('be_niss')
        idl = L('Belgian national number (NISS)', 'numéro NISS belge')
    else:
        num = make_nir(r, p['dob'], p['sex'])
        shown = r.choice([num, '%s %s %s %s %s %s %s' % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])])
        c.types.add('fr_nir')
        idl = L('French social security number (NIR)', 'numéro de sécurité sociale français (NIR)')
    c.types |= {'patient_name', 'diagnosis', 'medication'}
    text = greet(r, c.lang) + '\n\n' + L(
        'New registrant %s arrived from Europe last month, no OHIP yet (3-month wait). Only ID is the %s %s. '
        'Needs refill of %s for %s - can you see them as uninsured this week?' % (pname(r, p, c.lang, 0), idl, shown, r.choice(MEDS), c.dx()),
        'Nouvelle inscription : %s, arrivé(e) d\'Europe le mois dernier, pas encore de carte santé (délai de 3 mois). Seule pièce : %s %s. '
        'Besoin d\'un renouvellement de %s pour %s - pouvez-vous la/le voir comme non-assuré(e) cette semaine?' % (pname(r, p, c.lang, 0), idl, shown, r.choice(MEDS), c.dx()))
    text += signature(r, s, 'chc', c.lang)
    c.note = 'uninsured newcomer with European social-security number and diagnosis'
    return dict(frm=frm, to=to, subject=L('Uninsured newcomer', 'Nouvel arrivant non assuré'), text=text)


def P_disguised(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hcc', c.lang)
    _, to = who(r, 'pharm', c.lang)
    if p['kind'] == 'nam':
        n = p['nam']
        shown = r.choice([' '.join(n), '%s.%s.%s' % (n[:4], n[4:8], n[8:]), '%s / %s' % (n[:4], n[4:])])
        c.types.add('ramq_nam')
    else:
        h = p['hcn']
        shown = r.choice([' '.join(h), '%s/%s/%s' % (h[:4], h[4:7], h[7:]), '%s_%s' % (h[:5], h[5:])])
        c.types.add('ca_health_number')
    c.types |= {'patient_name', 'medication'}
    nm = r.choice([p['given'].lower() + ' ' + p['surname'].lower(), p['surname'].upper(), '%s %s' % (p['given'], p['surname'])])
    text = L('hi - card # for %s is %s (typed it from the photo, sorry for format). needs the %s refill on the next dispill.' % (nm, shown, r.choice(MEDS)),
             'allo - no de carte pour %s : %s (recopié de la photo, désolé pour le format). besoin du renouvellement %s dans le prochain dispill.' % (nm, shown, r.choice(MEDS)))
    text = typo(r, text, 0.6) + signature(r, s, 'hcc', c.lang)
    c.note = 'identifier in unusual spacing/punctuation with medication'
    return dict(frm=frm, to=to, subject=L('card number', 'no de carte'), text=text)


def P_incident(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['PSW', 'PSW Supervisor']))
    to = 'quality@%s' % ORGS['hcc']['dom']
    lines = [L('INCIDENT REPORT', 'RAPPORT D\'INCIDENT'), L('Date/time: %s' % c.when(0).strftime('%Y-%m-%d %H:%M'), 'Date/heure : %s' % c.when(0).strftime('%Y-%m-%d %H:%M')),
             L('Client: %s' % pname(r, p, c.lang, 2), 'Client : %s' % pname(r, p, c.lang, 2)), L('Location: client home, %s' % p['addr'], 'Lieu : domicile du client, %s' % p['addr']),
             L('Description: client found on floor beside bed, conscious, c/o hip pain. Known %s. EMS called, transported to %s.' % (c.dx(), ORGS['hosp']['en']),
               'Description : client trouvé(e) au sol près du lit, conscient(e), se plaint de douleur à la hanche. Connu(e) pour %s. 911 appelé, transporté(e) à %s.' % (c.dx(), ORGS['hosp']['fr']))]
    c.types |= {'patient_name', 'patient_contact', 'diagnosis'}
    spec = dict(frm=frm, to=to, subject=L('Incident report - fall', 'Rapport d\'incident - chute'))
    if r.random() < 0.5:
        spec['atts'] = [('incident_%d.pdf' % r.randint(1000, 9999), 'application', 'pdf', make_pdf(lines[0], lines[1:]))]
        spec['text'] = L('Incident report attached.', 'Rapport d\'incident ci-joint.') + signature(r, s, 'hcc', c.lang)
        c.note = 'incident report PDF naming client, address and condition'
    else:
        spec['text'] = '\n'.join(lines) + signature(r, s, 'hcc', c.lang)
        c.note = 'incident report inline naming client, address and condition'
    return spec


def P_html_weekly(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Scheduler', 'PSW Supervisor']))
    _, to = who(r, 'hcc', c.lang, rng_pick(r, ['PSW']))
    pts = [c.patient() for _ in range(r.randint(3, 5))]
    rows = [[L('Day', 'Jour'), L('Client', 'Client'), L('Task', 'Tâche'), L('Notes', 'Notes')]]
    tasks = [L('bath + skin check', 'bain + vérif. peau'), L('colostomy care', 'soins de stomie'), L('meds reminder', 'rappel médicaments'),
             L('catheter care', 'soins de sonde'), L('transfer with Hoyer lift', 'transfert lève-personne')]
    for p in pts:
        rows.append([r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] if c.lang == 'en' else ['lun', 'mar', 'mer', 'jeu', 'ven']),
                     pname(r, p, c.lang, r.choice([3, 4, 2])), r.choice(tasks), r.choice([c.dx(), c.soc(), L('dog in yard', 'chien dans la cour')])])
    c.types |= {'patient_name', 'diagnosis'}
    if any(t in str(rows) for t in [x for pair in SOCIAL for x in pair]):
        c.types.add('social_information')
    body = '<p>%s</p>\n%s\n<p>%s</p>' % (htmlmod.escape(greet(r, c.lang)), table_html(rows), htmlmod.escape(L('Thanks! - ', 'Merci! - ') + s[0]))
    html = '<html><body>%s</body></html>' % body
    c.note = 'HTML-only weekly PSW assignment table with client names and care tasks'
    return dict(frm=frm, to=to, subject=L('Your assignments next week', 'Tes assignations semaine prochaine'), text=table_text(rows), html=html, force='html')


def P_med_rec(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'pharm', c.lang, rng_pick(r, ['Pharmacist']))
    _, to = who(r, 'chc', c.lang, rng_pick(r, ['NP', 'MD']))
    meds = r.sample(MEDS, 5)
    lb = c.lab()
    lab, val, ty = ident(r, p, c.lang)
    c.types |= {'patient_name', 'medication', 'lab_result', ty}
    text = greet(r, c.lang) + '\n\n' + L('Med rec for %s (%s %s):' % (pname(r, p, c.lang, 1), lab, val), 'Bilan comparatif pour %s (%s %s) :' % (pname(r, p, c.lang, 1), lab, val)) + '\n' + \
        '\n'.join(' - ' + m for m in meds) + '\n\n' + L('Concern: latest %s, please review the dose of %s.' % (lb, meds[0]), 'À noter : dernier résultat %s, svp réviser la dose de %s.' % (lb, meds[0])) + signature(r, s, 'pharm', c.lang)
    c.note = 'pharmacist medication reconciliation with identifier and lab'
    return dict(frm=frm, to=to, subject=L('Med rec', 'Bilan comparatif des médicaments'), text=text)


def P_family(c):
    r, L = c.rng, c.L
    p = c.patient()
    fg = r.choice(EN_GIVEN_F + EN_GIVEN_M)
    frm = '%s %s <%s.%s@%s>' % (fg, p['surname'], fg.lower().translate(str.maketrans('éèëç', 'eeec')), p['surname'].lower().replace("'", '').replace('é', 'e'), r.choice(EXT_DOMS))
    to = 'info@%s' % ORGS[r.choice(['hcc', 'hospice', 'chc'])]['dom']
    c.types |= {'patient_name', 'diagnosis', 'social_information'}
    text = L('Hello, I am writing about my %s %s %s, born %s. Since the %s diagnosis %s is not coping at home and I live in Toronto. '
             'The PSW only comes once a day. What are the options for more hours or a hospice bed? My cell is 416-555-%04d.\n\nThank you,\n%s' % (
                 'mother' if p['sex'] == 'F' else 'father', p['given'], p['surname'], fmt_dob(r, p['dob'], c.lang), c.dx(), 'she' if p['sex'] == 'F' else 'he', r.randint(1000, 9999), fg),
             'Bonjour, je vous écris au sujet de %s %s %s, né(e) le %s. Depuis le diagnostic de %s, ça ne va plus à la maison et j\'habite à Montréal. '
             'La PSSP ne vient qu\'une fois par jour. Quelles sont les options pour plus d\'heures ou un lit en soins palliatifs? Mon cell : 514-555-%04d.\n\nMerci,\n%s' % (
                 'ma mère' if p['sex'] == 'F' else 'mon père', p['given'], p['surname'], fmt_dob(r, p['dob'], c.lang), c.dx(), r.randint(1000, 9999), fg))
    c.types.add('date_of_birth')
    c.note = 'family member e-mail about named parent, diagnosis, coping'
    return dict(frm=frm, to=to, subject=L('Help for my %s' % ('mother' if p['sex'] == 'F' else 'father'), 'Aide pour %s' % ('ma mère' if p['sex'] == 'F' else 'mon père')), text=typo(r, text, 0.6))


def P_death(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'hospice', c.lang, rng_pick(r, ['RN']))
    to = 'allstaff-hospice@%s' % ORGS['hospice']['dom']
    c.types |= {'patient_name', 'diagnosis'}
    text = L('Team, %s (room %d) died peacefully at %02d:%02d with family present. %s. Funeral home notified. Please strip and clean the room after 10.' % (
                pname(r, p, c.lang, r.choice([0, 1])), r.randint(1, 10), r.randint(0, 23), r.randint(0, 59), c.dx().capitalize()),
             'Équipe, %s (chambre %d) est décédé(e) paisiblement à %02d h %02d entouré(e) de sa famille. %s. Salon funéraire avisé. Svp nettoyer la chambre après 10 h.' % (
                pname(r, p, c.lang, r.choice([0, 1])), r.randint(1, 10), r.randint(0, 23), r.randint(0, 59), c.dx().capitalize()))
    text += signature(r, s, 'hospice', c.lang)
    c.note = 'death notification for named resident with diagnosis'
    return dict(frm=frm, to=to, subject=L('Room update', 'Mise à jour chambre'), text=text)


def P_minimal(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'oat', c.lang, rng_pick(r, ['Admin Assistant', 'RN']))
    _, to = who(r, 'oat', c.lang, rng_pick(r, ['NP', 'MD']))
    nm = r.choice(['%s %s' % (p['given'], p['surname']), p['given'] + ' ' + p['surname'][0] + '.', pname(r, p, c.lang, 4)])
    if nm.endswith('.') and len(nm.split()[-1]) == 2:
        nm = '%s %s' % (p['given'], p['surname'])
    c.types |= {'patient_name', 'medication', 'patient_contact'}
    text = r.choice([L('%s called, wants to talk about his suboxone carries, call back %s' % (nm, p['phone']), '%s a appelé pour ses doses de suboxone à emporter, rappeler au %s' % (nm, p['phone'])),
                     L('pls call %s back re methadone dose missed x3 - %s' % (nm, p['phone']), 'svp rappeler %s - 3 doses de méthadone manquées - %s' % (nm, p['phone']))])
    c.note = 'short callback message naming client with OAT medication and phone'
    return dict(frm=frm, to=to, subject=r.choice(['call back', 'msg', L('phone message', 'message tél.')]), text=text + '\n' + s[0])


def P_xlsx_caseload(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Care Coordinator', 'Program Manager']))
    _, to = who(r, 'hcc', c.lang)
    pts = [c.patient() for _ in range(r.randint(5, 9))]
    rows = [[L('Name', 'Nom'), L('DOB', 'DDN'), L('Card', 'Carte'), L('Dx', 'Dx'), L('Hours/wk', 'Heures/sem'), L('Phone', 'Tél')]]
    for p in pts:
        rows.append(['%s, %s' % (p['surname'], p['given']), p['dob'].isoformat(), p['hcn'] + (' ' + p['vc'] if p['vc'] else '') if p['kind'] == 'hcn' else p['nam'],
                     c.dx(), r.randint(3, 28), p['phone']])
        c.types.add('ca_health_number' if p['kind'] == 'hcn' else 'ramq_nam')
    c.types |= {'patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'}
    text = greet(r, c.lang) + '\n\n' + L('Caseload transfer for the coverage while I am on leave - attached.', 'Transfert de charge de cas pendant mon congé - ci-joint.') + signature(r, s, 'hcc', c.lang)
    c.note = 'XLSX caseload with names, DOB, health card numbers, diagnoses'
    return dict(frm=frm, to=to, subject=L('Caseload handover', 'Passation de charge de cas'), text=text,
                atts=[(L('caseload.xlsx', 'charge_de_cas.xlsx'), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Caseload', rows))])


def P_hep_c(c):
    r, L = c.rng, c.L
    p = c.patient()
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['NP', 'RN']))
    _, to = who(r, 'oat', c.lang, rng_pick(r, ['NP', 'MD']))
    c.types |= {'patient_name', 'lab_result', 'diagnosis', 'medication'}
    text = greet(r, c.lang) + '\n\n' + L(
        'Shared client: %s. %s. We would like to start sofosbuvir/velpatasvir; can you do DOT alongside her/his daily witnessed dose?' % (pname(r, p, c.lang, 5), LABS[7][0]),
        'Client partagé(e) : %s. %s. Nous aimerions débuter sofosbuvir/velpatasvir; pouvez-vous faire la prise observée avec sa dose quotidienne?' % (pname(r, p, c.lang, 5), LABS[7][1]))
    text += signature(r, s, 'chc', c.lang)
    c.note = 'shared client hepatitis C viral load and treatment'
    return dict(frm=frm, to=to, subject=L('HCV treatment - shared client', 'Traitement VHC - client partagé'), text=text)


POS_TEMPLATES = [('psw_visit', P_psw_visit, 5), ('wound_route', P_wound_route, 6), ('hospice_referral', P_hospice_referral, 6),
                 ('crisis_followup', P_crisis_followup, 5), ('oat_dose', P_oat_dose, 5), ('day_program', P_day_program, 4),
                 ('blister_pack', P_blister, 5), ('lab_result', P_lab, 5), ('transport', P_transport, 5), ('subject_only', P_subject_only, 4),
                 ('filename_leak', P_filename_leak, 4), ('ics_visit', P_ics_visit, 4), ('vcard_client', P_vcard, 3), ('csv_roster', P_csv_roster, 3),
                 ('zip_referral', P_zip_bundle, 4), ('fwd_discharge', P_fwd_eml, 5), ('reply_quoted', P_reply_chain, 5), ('sin_social', P_sin_form, 4),
                 ('foreign_niss', P_foreign_niss, 2), ('foreign_nir', P_foreign_nir, 2), ('id_only', P_id_only, 3), ('disguised_id', P_disguised, 5), ('incident', P_incident, 4), ('html_weekly', P_html_weekly, 4),
                 ('med_rec', P_med_rec, 4), ('family', P_family, 4), ('death_notice', P_death, 2), ('callback', P_minimal, 4),
                 ('xlsx_caseload', P_xlsx_caseload, 2), ('hcv_shared', P_hep_c, 2)]


# ================================================================ NEGATIVE TEMPLATES
def N_psw_schedule(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Scheduler']))
    to = 'psw-east@%s' % ORGS['hcc']['dom']
    psws = r.sample(STAFF, 6)
    rows = [[L('PSW', 'PSSP'), L('Route', 'Trajet'), L('Mon', 'lun'), L('Tue', 'mar'), L('Wed', 'mer'), L('Thu', 'jeu'), L('Fri', 'ven')]]
    for p in psws:
        rows.append(['%s, %s' % (p[1].upper(), p[0]), 'R%d-%s' % (r.randint(1, 12), r.choice(['Vanier', 'Orléans', 'Rockland', 'Aylmer', 'Embrun'])),
                     *[r.choice(['07-15', '15-23', 'OFF', '07-15', '11-19']) for _ in range(5)]])
    tt = table_text(rows)
    text = greet(r, c.lang) + '\n\n' + L('Schedule for the week of %s below. Swaps need approval by Thursday noon. Route R4 now includes the two wound-care clients moved from R7 - details in the tablet, not here.' % c.when(4).strftime('%b %d'),
                                         'Horaire de la semaine du %s ci-dessous. Les échanges doivent être approuvés avant jeudi midi. Le trajet R4 inclut maintenant les deux clients de soins de plaies du R7 - détails dans la tablette, pas ici.' % c.when(4).strftime('%d/%m')) + '\n\n' + tt + signature(r, s, 'hcc', c.lang)
    c.note = 'PSW staff schedule, route codes only'
    spec = dict(frm=frm, to=to, subject=L('PSW schedule - week of %s' % c.when(4).strftime('%b %d'), 'Horaire PSSP - semaine du %s' % c.when(4).strftime('%d/%m')), text=text, tables={tt: table_html(rows)})
    if r.random() < 0.4:
        spec['atts'] = [('schedule.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Schedule', rows))]
    return spec


def N_mileage(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['PSW', 'RN', 'Wound Care Nurse', 'RPN']))
    to = 'payroll@%s' % ORGS['hcc']['dom']
    rows = [[L('Date', 'Date'), L('From', 'De'), L('To', 'À'), 'km', L('Purpose', 'Motif')]]
    for i in range(r.randint(4, 8)):
        rows.append([c.when(-i).strftime('%Y-%m-%d'), r.choice(['Office', 'Bureau', 'K1L', 'K4A']), r.choice(['Route 3', 'Route 7', 'K4K zone', 'J8T zone', 'training']),
                     r.randint(8, 95), r.choice([L('client visits', 'visites clients'), L('wound clinic supplies pickup', 'cueillette fournitures'), 'IPAC training'])])
    text = greet(r, c.lang) + '\n\n' + L('Mileage claim for the period attached. Total %d km at $0.61/km. Employee #%d.' % (sum(x[3] for x in rows[1:]), r.randint(10000, 99999)),
                                         'Réclamation de kilométrage ci-jointe. Total %d km à 0,61 $/km. No d\'employé %d.' % (sum(x[3] for x in rows[1:]), r.randint(10000, 99999))) + signature(r, s, 'hcc', c.lang)
    c.note = 'staff mileage claim, zones only'
    return dict(frm=frm, to=to, subject=L('Mileage claim', 'Réclamation kilométrage'), text=text,
                atts=[('mileage_%s.xlsx' % s[1].lower().replace('é', 'e'), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Mileage', rows))])


def N_training(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Wound Care Nurse', 'Program Manager']))
    to = 'nursing-all@%s' % ORGS['hcc']['dom']
    topic = r.choice([L('Negative pressure wound therapy and stage 3-4 pressure injuries', 'Thérapie par pression négative et lésions de pression stades 3-4'),
                      L('Safe opioid titration in palliative care (hydromorphone, methadone rotation)', 'Titration sécuritaire des opioïdes en soins palliatifs'),
                      L('Recognising delirium vs dementia in home care', 'Distinguer délirium et démence à domicile'),
                      L('Naloxone training for PSWs', 'Formation naloxone pour PSSP'), L('Diabetic foot assessment and offloading', 'Évaluation du pied diabétique et mise en décharge')])
    spk = r.choice(DOCTORS)
    text = greet(r, c.lang) + '\n\n' + L('Mandatory in-service: %s\nPresenter: %s\nWhen: %s, 13:00-15:00, Boardroom B (Teams link to follow)\n2 CE credits. Bring a case from your practice - de-identified please (no names, no card numbers).' % (topic, spk, c.when(9).strftime('%A %B %d')),
                                         'Formation obligatoire : %s\nConférencier(ère) : %s\nQuand : %s, 13 h - 15 h, salle B (lien Teams à suivre)\n2 crédits FC. Apportez un cas de votre pratique - anonymisé svp (sans nom ni numéro de carte).' % (topic, spk, c.when(9).strftime('%d/%m'))) + signature(r, s, 'hcc', c.lang)
    c.note = 'training announcement with clinical topics and speaker'
    spec = dict(frm=frm, to=to, subject=L('In-service: ', 'Formation : ') + topic[:40], text=text)
    if r.random() < 0.4:
        spec['text_atts'] = [('inservice.ics', 'calendar', ics('train-%d@valleyline-care.example' % r.randint(1000, 9999), topic, c.when(9).replace(hour=13, minute=0), 120, 'Boardroom B, ' + ORGS['hcc']['addr'], spk, addr_of(s, ORGS['hcc']['dom'])))]
    return spec


def N_board(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['Executive Director', 'Admin Assistant']))
    to = 'board@%s' % ORGS['chc']['dom']
    lines = [L('Board of Directors - Minutes', 'Conseil d\'administration - Procès-verbal'), L('Present: ', 'Présents : ') + ', '.join(sname(x, c.lang) for x in r.sample(STAFF, 5)),
             L('1. Finance: Q3 deficit of $%d; MOHLTC base funding flat.' % r.randint(20000, 90000), '1. Finances : déficit T3 de %d $; financement de base stable.' % r.randint(20000, 90000)),
             L('2. OAT program census: %d active clients; %d new starts; 3 overdoses reversed on site.' % (r.randint(150, 260), r.randint(10, 30)),
               '2. Programme TAO : %d clients actifs; %d nouvelles admissions; 3 surdoses renversées sur place.' % (r.randint(150, 260), r.randint(10, 30))),
             L('3. Hospice occupancy 91%; wait list average 6 days.', '3. Taux d\'occupation de la maison de soins palliatifs 91 %; attente moyenne 6 jours.'),
             L('4. Motion to approve the new privacy policy - carried.', '4. Proposition d\'adopter la nouvelle politique de confidentialité - adoptée.')]
    text = greet(r, c.lang) + '\n\n' + L('Draft minutes attached for review before next meeting.', 'Projet de procès-verbal ci-joint pour révision.') + signature(r, s, 'chc', c.lang)
    c.note = 'board minutes with aggregates'
    return dict(frm=frm, to=to, subject=L('Draft board minutes', 'Projet de PV du CA'), text=text, atts=[(L('minutes_draft.pdf', 'pv_projet.pdf'), 'application', 'pdf', make_pdf(lines[0], lines[1:]))])


def N_newsletter(c):
    r, L = c.rng, c.L
    frm = '%s <news@%s>' % (ORGS['hospice'][c.lang], ORGS['hospice']['dom'])
    to = 'donors@lists.maisonheron.example'
    paras = [L('Thanks to you, 142 people spent their last days at Maison Héron this year, surrounded by care.', 'Grâce à vous, 142 personnes ont passé leurs derniers jours à la Maison Héron cette année.'),
             L('"My father loved the garden," one family told us. (Shared with permission, name withheld.)', '« Mon père adorait le jardin », nous a confié une famille. (Avec permission, nom retenu.)'),
             L('Our Hike for Hospice raised $%d. Tax receipts (charity #%s RR0001) will be mailed in February.' % (r.randint(40000, 120000), luhn_lookalike(r, 9)),
               'La Marche pour la Maison a permis d\'amasser %d $. Les reçus (organisme no %s RR0001) seront postés en février.' % (r.randint(40000, 120000), luhn_lookalike(r, 9))),
             L('Volunteer spotlight: %s has given 900 hours.' % sname(rng_pick(r, ['Volunteer Coordinator']), c.lang), 'Bénévole à l\'honneur : %s, 900 heures.' % sname(rng_pick(r, ['Volunteer Coordinator']), c.lang))]
    text = '\n\n'.join(paras) + '\n\n' + L('Unsubscribe: https://maisonheron.example/unsub', 'Désabonnement : https://maisonheron.example/unsub')
    c.note = 'donor newsletter, anonymised story'
    return dict(frm=frm, to=to, subject=L('Maison Héron - Winter newsletter', 'Maison Héron - Infolettre d\'hiver'), text=text, force=r.choice(['html', 'alt']))


def N_invoice(c):
    r, L = c.rng, c.L
    vname, vdom = r.choice(VENDORS)
    frm = 'Accounts Receivable <ar@%s>' % vdom
    to = 'ap@%s' % ORGS[r.choice(['hcc', 'chc', 'hospice'])]['dom']
    inv = 'INV-%d' % r.randint(100000, 999999)
    po = luhn_lookalike(r, 10)
    items = [('Aquacel Ag Extra 10x10', r.randint(20, 200)), ('Mepilex Border 15x15', r.randint(10, 100)), ('Naloxone nasal kit', r.randint(10, 50)),
             ('Blister cards 7x4', r.randint(200, 2000)), ('Nitrile gloves M', r.randint(10, 80)), ('NPWT canister 300 mL', r.randint(5, 40))]
    sel = r.sample(items, 3)
    lines = ['%s  -  %s %s' % (vname, L('Invoice', 'Facture'), inv), 'PO %s' % po, ''] + \
            ['%s  qty %d  lot %s  SN %s' % (n, q, 'L%d%s' % (r.randint(10000, 99999), r.choice('ABCK')), luhn_lookalike(r, 9)) for n, q in sel] + \
            ['', L('Total due: $%d.%02d  Net 30' % (r.randint(500, 9000), r.randint(0, 99)), 'Total dû : %d,%02d $  Net 30' % (r.randint(500, 9000), r.randint(0, 99)))]
    text = L('Please find invoice %s for PO %s attached.' % (inv, po), 'Veuillez trouver ci-jointe la facture %s pour le bon de commande %s.' % (inv, po)) + '\n\n' + vname + '\n' + '514-555-%04d' % r.randint(1000, 9999)
    c.note = 'vendor invoice with PO, lot and Luhn-valid serial numbers'
    return dict(frm=frm, to=to, subject='%s %s' % (L('Invoice', 'Facture'), inv), text=text, atts=[('%s.pdf' % inv, 'application', 'pdf', make_pdf(lines[0], lines[1:]))])


def N_it(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['IT Analyst']))
    to = 'all-staff@%s' % ORGS['chc']['dom']
    msg = r.choice([L('The EMR (PS Suite) will be down Saturday 22:00-02:00 for the upgrade. Use the paper downtime forms for medication administration records and enter them Sunday.',
                      'Le DME sera indisponible samedi de 22 h à 2 h pour la mise à niveau. Utilisez les formulaires papier pour les feuilles d\'administration des médicaments.'),
                    L('Reminder: never e-mail a health card number or client name to an outside address. Use the secure fax or OTNhub eReferral. Phishing test results: 14% clicked.',
                      'Rappel : n\'envoyez jamais de numéro de carte santé ni de nom de client à une adresse externe. Résultats du test d\'hameçonnage : 14 % ont cliqué.'),
                    L('New tablets for PSWs: asset tags %s to %s. Enrol them in Intune before Friday.' % (luhn_lookalike(r), luhn_lookalike(r)),
                      'Nouvelles tablettes PSSP : étiquettes %s à %s. Les inscrire dans Intune avant vendredi.' % (luhn_lookalike(r), luhn_lookalike(r))),
                    L('Your password expires in 5 days. Ticket #%d.' % r.randint(100000, 999999), 'Votre mot de passe expire dans 5 jours. Billet no %d.' % r.randint(100000, 999999))])
    c.note = 'IT notice'
    return dict(frm=frm, to=to, subject=L('IT notice', 'Avis TI'), text=greet(r, c.lang) + '\n\n' + msg + signature(r, s, 'chc', c.lang))


def N_facilities(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hospice', c.lang, rng_pick(r, ['Facilities']))
    to = 'staff@%s' % ORGS['hospice']['dom']
    text = greet(r, c.lang) + '\n\n' + L('HVAC contractor on site Tuesday, rooms 3-6 may be cool. Key fob %d deactivated (lost). Parking lot re-paving Friday - use the Rockland Legion lot.' % r.randint(100000, 999999),
                                         'Entrepreneur CVC sur place mardi, chambres 3 à 6 plus fraîches. Carte d\'accès %d désactivée (perdue). Asphaltage vendredi - stationnez à la Légion de Rockland.' % r.randint(100000, 999999)) + signature(r, s, 'hospice', c.lang)
    c.note = 'facilities notice'
    return dict(frm=frm, to=to, subject=L('Facilities update', 'Installations - mise à jour'), text=text)


def N_job(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'oat', c.lang, rng_pick(r, ['Program Manager', 'Admin Assistant']))
    to = 'jobs@healthcareers-east.example'
    role = r.choice([L('RPN - Opioid Agonist Therapy (0.8 FTE)', 'IAA - Traitement par agonistes opioïdes (0,8 ETP)'), L('Bilingual PSW - palliative home care', 'PSSP bilingue - soins palliatifs à domicile'),
                     L('Harm reduction outreach worker', 'Intervenant(e) en réduction des méfaits')])
    text = L('Please post: %s. Experience with methadone/buprenorphine dispensing, wound care and clients living with HIV, hepatitis C or mental illness an asset. Salary $%d-$%d. Apply by %s.' % (role, r.randint(28, 35), r.randint(36, 42), c.when(20).strftime('%B %d')),
             'Svp afficher : %s. Expérience avec la méthadone/buprénorphine, les soins de plaies et la clientèle vivant avec le VIH, l\'hépatite C ou un trouble de santé mentale, un atout. Salaire %d-%d $/h. Date limite : %s.' % (role, r.randint(28, 35), r.randint(36, 42), c.when(20).strftime('%d/%m'))) + signature(r, s, 'oat', c.lang)
    c.note = 'job posting with clinical vocabulary'
    return dict(frm=frm, to=to, subject=L('Job posting: ', 'Affichage : ') + role, text=text)


def N_committee(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Program Manager', 'Admin Assistant']))
    to = 'ipac-committee@%s' % ORGS['hcc']['dom']
    text = greet(r, c.lang) + '\n\n' + L('The IPAC committee meets %s at 10:00. Agenda: MRSA/C. diff trend (4 cases this quarter vs 6), hand hygiene audit 87%%, N95 fit-testing schedule, outbreak at two partner LTC homes.' % c.when(6).strftime('%b %d'),
                                         'Le comité PCI se réunit le %s à 10 h. Ordre du jour : tendance SARM/C. difficile (4 cas ce trimestre contre 6), audit hygiène des mains 87 %%, ajustement N95, éclosion dans deux CHSLD partenaires.' % c.when(6).strftime('%d/%m')) + signature(r, s, 'hcc', c.lang)
    c.note = 'committee notice with aggregate infection counts'
    spec = dict(frm=frm, to=to, subject=L('IPAC committee - agenda', 'Comité PCI - ordre du jour'), text=text)
    if r.random() < 0.5:
        spec['text_atts'] = [('ipac.ics', 'calendar', ics('ipac-%d@valleyline-care.example' % r.randint(1000, 9999), L('IPAC committee', 'Comité PCI'), c.when(6).replace(hour=10, minute=0), 60, 'Teams', 'Agenda attached', addr_of(s, ORGS['hcc']['dom'])))]
    return spec


def N_stats(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'crisis', c.lang, rng_pick(r, ['Program Manager', 'Crisis Counsellor']))
    to = 'funder-reports@ontariohealth-east.example'
    rows = [[L('Indicator', 'Indicateur'), 'Q1', 'Q2', 'Q3']]
    for ind in [L('Calls answered', 'Appels répondus'), L('Suicide risk assessments', 'Évaluations du risque suicidaire'), L('Mobile crisis dispatches', 'Interventions mobiles'),
                L('Follow-up calls within 24 h', 'Rappels en 24 h'), L('Naloxone kits distributed', 'Trousses de naloxone distribuées')]:
        rows.append([ind] + [r.randint(20, 1500) for _ in range(3)])
    tt = table_text(rows)
    text = greet(r, c.lang) + '\n\n' + L('Quarterly indicators below. No client-level data included per the data-sharing agreement.', 'Indicateurs trimestriels ci-dessous. Aucune donnée nominative selon l\'entente.') + '\n\n' + tt + signature(r, s, 'crisis', c.lang)
    c.note = 'aggregate statistics table'
    spec = dict(frm=frm, to=to, subject=L('Q3 indicators', 'Indicateurs T3'), text=text, tables={tt: table_html(rows)})
    if r.random() < 0.5:
        out = io.StringIO()
        import csv
        csv.writer(out, lineterminator='\n').writerows(rows)
        spec['text_atts'] = [('indicators_q3.csv', 'csv', out.getvalue())]
    return spec


def N_blank_form(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['Admin Assistant']))
    to = 'all-staff@%s' % ORGS['chc']['dom']
    paras = [L('Client name: ____________________', 'Nom du client : ____________________'), L('Date of birth (YYYY-MM-DD): __________', 'Date de naissance (AAAA-MM-JJ) : __________'),
             L('Health card / RAMQ: ______________  Version: ___', 'Carte santé / NAM : ______________  Version : ___'), L('Diagnosis: ____________  Allergies: __________', 'Diagnostic : ____________  Allergies : __________'),
             L('Medications (attach list): ☐', 'Médicaments (joindre la liste) : ☐'), L('Consent to share with home care: ☐ yes ☐ no', 'Consentement au partage avec les soins à domicile : ☐ oui ☐ non')]
    text = greet(r, c.lang) + '\n\n' + L('The revised intake form is attached (v3.2). Please discard old copies. Example formats: health card 1234-567-890-XX, RAMQ ABCD 1234 5678.',
                                         'Le formulaire d\'accueil révisé est joint (v3.2). Jetez les anciennes copies. Formats : carte santé 1234-567-890-XX, NAM ABCD 1234 5678.') + signature(r, s, 'chc', c.lang)
    c.note = 'blank intake form template'
    return dict(frm=frm, to=to, subject=L('New intake form v3.2', 'Nouveau formulaire d\'accueil v3.2'), text=text,
                atts=[(L('intake_form_v3.2.docx', 'formulaire_accueil_v3.2.docx'), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(L('Client intake', 'Accueil client'), paras))])


def N_teaching(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['NP', 'MD', 'Pharmacist']))
    to = 'learners@%s' % ORGS['chc']['dom']
    text = greet(r, c.lang) + '\n\n' + L('Case for Thursday rounds (de-identified): a 74-year-old woman living alone with CHF and type 2 diabetes, on furosemide 40 mg and metformin, presents with a 3 kg weight gain, '
                                         'BNP 1450 pg/mL and a new sacral pressure injury. What would you change in the home-care plan? Answers in the slides next week.',
                                         'Cas pour la tournée de jeudi (anonymisé) : femme de 74 ans vivant seule, insuffisance cardiaque et diabète de type 2, sous furosémide 40 mg et metformine, gain de poids de 3 kg, '
                                         'BNP 1450 pg/mL et nouvelle lésion de pression sacrée. Que changeriez-vous au plan de soins à domicile?') + signature(r, s, 'chc', c.lang)
    c.note = 'anonymised teaching case'
    return dict(frm=frm, to=to, subject=L('Rounds case - Thursday', 'Cas de tournée - jeudi'), text=text)


def N_occ_health(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Program Manager']))
    e = rng_pick(r, ['PSW', 'RPN', 'RN'])
    to = '%s <%s>' % (sname(e, c.lang), addr_of(e, ORGS['hcc']['dom']))
    msg = r.choice([L('Your TB skin test is due before %s and your flu shot record is missing from your file. Occupational health clinic hours are Tue/Thu 8-11.' % c.when(14).strftime('%b %d'),
                      'Votre test cutané de tuberculose est dû avant le %s et votre preuve de vaccination antigrippale est manquante. La clinique de santé au travail est ouverte mar/jeu 8 h-11 h.' % c.when(14).strftime('%d/%m')),
                    L('Following your needle-stick on Monday, the occupational health nurse will follow up with you directly. Your modified duties (no lifting > 10 kg) run until %s.' % c.when(10).strftime('%b %d'),
                      'Suite à votre piqûre d\'aiguille lundi, l\'infirmière en santé au travail fera le suivi. Vos tâches modifiées (pas de charge > 10 kg) se poursuivent jusqu\'au %s.' % c.when(10).strftime('%d/%m')),
                    L('Your leave request (medical, 2 weeks) is approved. WSIB claim number %d.' % r.randint(10000000, 99999999), 'Votre congé (médical, 2 semaines) est approuvé. No de réclamation CSPAAT %d.' % r.randint(10000000, 99999999))])
    c.note = 'employee occupational health / HR'
    return dict(frm=frm, to=to, subject=L('Occupational health', 'Santé au travail'), text=greet(r, c.lang, e[0]) + '\n\n' + msg + signature(r, s, 'hcc', c.lang))


def N_physician_dir(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['Admin Assistant']))
    to = 'all-staff@%s' % ORGS['chc']['dom']
    docs = r.sample(DOCTORS, 4)
    areas = [L('COPD and heart failure', 'MPOC et insuffisance cardiaque'), L('hepatitis C treatment', 'traitement de l\'hépatite C'), L('addiction medicine, Suboxone inductions', 'médecine des dépendances, inductions Suboxone'),
             L('memory clinic (dementia)', 'clinique de la mémoire (démence)'), L('diabetes and foot care', 'diabète et soins des pieds'), L('trans health and HIV PrEP', 'santé trans et PrEP VIH')]
    text = greet(r, c.lang) + '\n\n' + L('Clinic coverage for the spring:', 'Horaire des cliniques pour le printemps :') + '\n' + '\n'.join('- %s: %s, %s' % (d, a, r.choice(['Mon AM', 'Tue PM', 'Wed', 'Thu AM', 'Fri'])) for d, a in zip(docs, r.sample(areas, 4))) + signature(r, s, 'chc', c.lang)
    c.note = 'physicians with specialties/diseases'
    return dict(frm=frm, to=to, subject=L('Clinic coverage - spring', 'Horaire cliniques - printemps'), text=text)


def N_pharmacy_policy(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'pharm', c.lang, rng_pick(r, ['Pharmacist']))
    to = 'partners@%s' % ORGS['hcc']['dom']
    din1, din2 = '%08d' % r.randint(2200000, 2499999), '%08d' % r.randint(2200000, 2499999)
    text = greet(r, c.lang) + '\n\n' + L('Reminders for our home-care partners:\n- Blister pack changes must reach us by Wednesday 14:00 for the next cycle.\n- Methadone carries require the prescriber\'s signed fax; e-mail is not accepted.\n'
                                         '- Recall: apixaban 5 mg DIN %s lot %s - no action needed for sealed packs.\n- Dispensing fee for weekly packs stays at $12.15 for ODB clients.' % (din1, 'A%dZ' % r.randint(1000, 9999)),
                                         'Rappels pour nos partenaires :\n- Les changements de piluliers doivent nous parvenir avant mercredi 14 h.\n- Les doses de méthadone à emporter exigent une ordonnance signée par télécopieur.\n'
                                         '- Rappel : apixaban 5 mg DIN %s lot %s - aucune action pour les emballages scellés.\n- Frais d\'exécution pour piluliers hebdomadaires : 12,15 $.' % (din2, 'A%dZ' % r.randint(1000, 9999))) + signature(r, s, 'pharm', c.lang)
    c.note = 'pharmacy policy reminders with DIN and lot'
    return dict(frm=frm, to=to, subject=L('Pharmacy reminders', 'Rappels pharmacie'), text=text)


def N_leave(c):
    r, L = c.rng, c.L
    e = staff(r)
    m = rng_pick(r, ['Program Manager', 'PSW Supervisor'])
    frm = '%s <%s>' % (sname(e, c.lang), addr_of(e, ORGS['hcc']['dom']))
    to = '%s <%s>' % (sname(m, c.lang), addr_of(m, ORGS['hcc']['dom']))
    orig = L('Hi %s, can I take vacation %s to %s? Jenna agreed to cover my Tuesday route.' % (m[0], c.when(30).strftime('%b %d'), c.when(37).strftime('%b %d')),
             'Bonjour %s, est-ce que je peux prendre congé du %s au %s? Jenna a accepté de couvrir mon trajet du mardi.' % (m[0], c.when(30).strftime('%d/%m'), c.when(37).strftime('%d/%m')))
    rep = L('Approved - enjoy! Please enter it in the HR portal.', 'Approuvé - bonnes vacances! Svp l\'inscrire dans le portail RH.')
    c.note = 'staff vacation request reply chain'
    return dict(frm=to, to=frm, subject=L('RE: vacation request', 'RE: demande de vacances'), text=rep + signature(r, m, 'hcc', c.lang) + '\n\n' + quote_block(r, orig + '\n' + e[0], frm, c.when_s(-2), c.lang))


def N_vcard_staff(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang)
    n = staff(r)
    _, to = who(r, 'hcc', c.lang)
    vc = vcard(sname(n, c.lang), n[0], n[1], ORGS['hcc']['tel'] + ' x%d' % r.randint(200, 499), addr_of(n, ORGS['hcc']['dom']), None, L('%s, wound care team' % n[2], '%s, équipe soins de plaies' % n[3]), ORGS['hcc'][c.lang])
    c.note = 'staff vCard'
    return dict(frm=frm, to=to, subject=L('contact for %s' % n[0], 'coordonnées de %s' % n[0]), text=L('Here is %s\'s card - new on the team.' % n[0], 'Voici la fiche de %s, nouvelle dans l\'équipe.' % n[0]) + signature(r, s, 'hcc', c.lang),
                text_atts=[('%s.vcf' % n[1].lower().replace('é', 'e'), 'vcard', vc)])


def N_forward_bulletin(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['Executive Director', 'Program Manager']))
    to = 'managers@%s' % ORGS['chc']['dom']
    inner = L('Ontario Health East bulletin: Starting April 1, home and community care referrals move to the new HPG portal. Opioid toxicity alert: 11 suspected overdoses in Vanier this week linked to carfentanil-contaminated supply. Distribute naloxone widely.',
              'Bulletin Santé Ontario Est : à compter du 1er avril, les références de soins à domicile passent au nouveau portail. Alerte toxicité des opioïdes : 11 surdoses soupçonnées à Vanier cette semaine, liées à du carfentanil. Distribuez largement la naloxone.')
    em = inner_eml('bulletin@ontariohealth-east.example', 'partners@ontariohealth-east.example', L('Partner bulletin #%d' % r.randint(10, 99), 'Bulletin partenaires no %d' % r.randint(10, 99)), c.when(-1), inner)
    spec = dict(frm=frm, to=to, subject=L('FW: ', 'TR: ') + em['Subject'])
    if r.random() < 0.5:
        spec['eml_atts'] = [em]
        spec['text'] = L('FYI - please share with your teams.', 'Pour info - svp partager avec vos équipes.') + signature(r, s, 'chc', c.lang)
    else:
        spec['text'] = L('FYI - please share with your teams.', 'Pour info - svp partager avec vos équipes.') + signature(r, s, 'chc', c.lang) + '\n\n' + fwd_block(inner, em['From'], c.when_s(-1), em['Subject'], c.lang)
    c.note = 'forwarded public-health bulletin with aggregate counts'
    return spec


def N_zip_training(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Wound Care Nurse', 'Program Manager']))
    to = 'orientation@%s' % ORGS['hcc']['dom']
    d1 = make_docx(L('Wound care quick reference', 'Aide-mémoire soins de plaies'), [L('Stage 1: non-blanchable erythema. Stage 2: partial thickness. Stage 3: full thickness, fat visible. Stage 4: bone/tendon.', 'Stade 1 : érythème ne blanchissant pas. Stade 2 : épaisseur partielle. Stade 3 : pleine épaisseur. Stade 4 : os/tendon.'),
                                                                                     L('Venous ulcers: compression if ABPI 0.8-1.3.', 'Ulcères veineux : compression si IPSB 0,8-1,3.')])
    p1 = make_pdf(L('PSW orientation checklist', 'Liste d\'orientation PSSP'), ['[ ] ' + x for x in [L('Hand hygiene', 'Hygiène des mains'), L('Safe transfers', 'Transferts sécuritaires'), L('Medication reminders vs administration', 'Rappel vs administration des médicaments'), L('Reporting skin changes', 'Signaler les changements de peau')]])
    z = make_zip([('orientation/quickref.docx', d1), ('orientation/checklist.pdf', p1), ('orientation/README.txt', L('Orientation package v5', 'Trousse d\'orientation v5').encode('utf-8'))])
    c.note = 'ZIP of training materials'
    return dict(frm=frm, to=to, subject=L('Orientation package', 'Trousse d\'orientation'), text=L('New-hire package attached.', 'Trousse pour nouveaux employés ci-jointe.') + signature(r, s, 'hcc', c.lang),
                atts=[('orientation_v5.zip', 'application', 'zip', z)])


def N_inventory(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hospice', c.lang, rng_pick(r, ['Facilities', 'RN']))
    to = 'purchasing@%s' % ORGS['hospice']['dom']
    rows = [['item', 'asset_no', 'serial', 'location', 'status']]
    for it in ['Hospital bed', 'Hoyer lift', 'Syringe driver CADD', 'Oxygen concentrator', 'Air mattress', 'Suction unit']:
        rows.append([it, luhn_lookalike(r, 10), luhn_lookalike(r, 9), L('Room %d' % r.randint(1, 10), 'Chambre %d' % r.randint(1, 10)), r.choice(['OK', 'repair', 'PM due'])])
    out = io.StringIO()
    import csv
    csv.writer(out, lineterminator='\n').writerows(rows)
    c.note = 'equipment inventory with Luhn-valid asset and serial numbers'
    return dict(frm=frm, to=to, subject=L('Equipment inventory', 'Inventaire équipement'), text=L('Quarterly equipment list attached; the CADD pumps need PM.', 'Inventaire trimestriel ci-joint; les pompes CADD ont besoin d\'entretien.') + signature(r, s, 'hospice', c.lang),
                text_atts=[('inventory.csv', 'csv', out.getvalue())])


def N_volunteers(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hospice', c.lang, rng_pick(r, ['Volunteer Coordinator']))
    to = 'volunteers@lists.maisonheron.example'
    vols = ['%s %s' % (r.choice(EN_GIVEN_F + EN_GIVEN_M), r.choice(SURN)) for _ in range(5)]
    text = greet(r, c.lang) + '\n\n' + L('Volunteer shifts this week:\n', 'Quarts des bénévoles cette semaine :\n') + '\n'.join('- %s: %s' % (v, r.choice(['Mon reception', 'Tue kitchen', 'Wed garden', 'Thu vigil support training', 'Sat music'])) for v in vols) + \
        '\n\n' + L('Grief and bereavement training on the 15th with Dre Gendron.', 'Formation deuil le 15 avec la Dre Gendron.') + signature(r, s, 'hospice', c.lang)
    c.note = 'volunteer shift list (volunteers, not patients)'
    return dict(frm=frm, to=to, subject=L('Volunteer shifts', 'Quarts des bénévoles'), text=text)


def N_gala(c):
    r, L = c.rng, c.L
    frm = 'Fondation <fondation@%s>' % ORGS['chc']['dom']
    to = 'community@lists.riverbendchc.example'
    text = L('Join us for the Riverbend Gala on %s at the Orléans Pavilion. Keynote by Dr. Ian McKenna on "Ending hepatitis C in Eastern Ontario". Tickets $150; table of 8 $1,100. RSVP 613-555-0142.' % c.when(40).strftime('%B %d'),
             'Joignez-vous à nous pour le Gala Riverbend le %s au Pavillon d\'Orléans. Conférence du Dr Ian McKenna : « Éliminer l\'hépatite C dans l\'Est ontarien ». Billets 150 $. RSVP 613-555-0142.' % c.when(40).strftime('%d/%m'))
    c.note = 'fundraising gala with speaker and topic'
    return dict(frm=frm, to=to, subject=L('Riverbend Gala - save the date', 'Gala Riverbend - réservez la date'), text=text, force=r.choice(['html', 'alt']))


def N_audit(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'hcc', c.lang, rng_pick(r, ['Program Manager']))
    to = 'nursing-all@%s' % ORGS['hcc']['dom']
    text = greet(r, c.lang) + '\n\n' + L('Chart audit results: 17/20 wound assessments complete, 3 missing photos; 19/20 medication reminders documented; average time to first visit after hospital discharge 1.8 days. '
                                         'No client identifiers are in this summary - see your individual feedback in the LMS.',
                                         'Résultats de l\'audit de dossiers : 17/20 évaluations de plaies complètes, 3 sans photo; 19/20 rappels de médicaments documentés; délai moyen de première visite après congé : 1,8 jour. '
                                         'Aucun identifiant client dans ce résumé.') + signature(r, s, 'hcc', c.lang)
    c.note = 'chart audit aggregate'
    return dict(frm=frm, to=to, subject=L('Chart audit results', 'Résultats audit de dossiers'), text=text)


def N_case_conf_generic(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'chc', c.lang, rng_pick(r, ['Social Worker', 'Care Coordinator']))
    to = 'team-east@%s' % ORGS['chc']['dom']
    orig = L('Can we move the Thursday interdisciplinary huddle to 14:00? The NP has a Suboxone induction block at 10.', 'Peut-on déplacer le caucus interdisciplinaire de jeudi à 14 h? L\'IPS a un bloc d\'inductions Suboxone à 10 h.')
    rep = L('14:00 works for me. I\'ll bring the wait-list numbers (23 waiting for PSW hours).', '14 h me convient. J\'apporterai les chiffres de la liste d\'attente (23 en attente d\'heures PSSP).')
    other = staff(r)
    c.note = 'staff scheduling reply chain with clinical vocabulary'
    return dict(frm=frm, to=to, subject=L('RE: Thursday huddle', 'RE: caucus de jeudi'), text=rep + signature(r, s, 'chc', c.lang) + '\n\n' + quote_block(r, orig + '\n' + other[0], '%s <%s>' % (sname(other, c.lang), addr_of(other, ORGS['chc']['dom'])), c.when_s(-1), c.lang))


def N_policy_docx(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'oat', c.lang, rng_pick(r, ['Program Manager', 'NP']))
    to = 'staff@%s' % ORGS['oat']['dom']
    paras = [L('Policy OAT-07: Take-home doses (carries)', 'Politique TAO-07 : doses à emporter'), L('Eligibility: 2 consecutive months of negative UDS for non-prescribed opioids; stable housing; lockbox.', 'Admissibilité : 2 mois consécutifs de dépistages négatifs; logement stable; coffret verrouillé.'),
             L('Missed doses: 3 consecutive missed methadone doses require reassessment before dispensing.', 'Doses manquées : 3 doses de méthadone consécutives manquées exigent une réévaluation.')]
    c.note = 'clinic policy document'
    return dict(frm=frm, to=to, subject=L('Updated carry policy', 'Politique révisée - doses à emporter'), text=L('Updated policy attached, effective next month.', 'Politique révisée ci-jointe, en vigueur le mois prochain.') + signature(r, s, 'oat', c.lang),
                atts=[('OAT-07.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(paras[0], paras[1:]))])


def N_vendor_quote(c):
    r, L = c.rng, c.L
    vname, vdom = r.choice(VENDORS)
    frm = '%s <sales@%s>' % (vname, vdom)
    _, to = who(r, 'pharm', c.lang, rng_pick(r, ['Pharmacist', 'Pharmacy Technician']))
    text = L('Hello,\n\nQuote Q-%d for 5,000 blister cards (28-cell, cold seal) at $0.42/unit and the Synmed packager service contract, serial %s. Valid 30 days.\n\nRegards,\n%s' % (r.randint(1000, 9999), luhn_lookalike(r, 9), vname),
             'Bonjour,\n\nSoumission Q-%d pour 5 000 cartes alvéolées (28 alvéoles) à 0,42 $/unité et contrat de service de l\'ensacheuse, no de série %s. Valide 30 jours.\n\nCordialement,\n%s' % (r.randint(1000, 9999), luhn_lookalike(r, 9), vname))
    c.note = 'vendor quote with serial number'
    return dict(frm=frm, to=to, subject=L('Quote for blister cards', 'Soumission cartes alvéolées'), text=text)


def N_day_program_menu(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'day', c.lang, rng_pick(r, ['Program Manager']))
    to = 'families@lists.goldenmaple.example'
    text = greet(r, c.lang) + '\n\n' + L('This month at Golden Maple: music therapy Tuesdays, chair yoga, a memory café on the 18th, and diabetic-friendly baking. Bus pickups shift 15 minutes earlier in snow. Program closed on Family Day.',
                                         'Ce mois-ci : musicothérapie le mardi, yoga sur chaise, café-mémoire le 18 et pâtisserie adaptée aux diabétiques. Ramassage en autobus 15 minutes plus tôt en cas de neige. Fermé le jour de la Famille.') + signature(r, s, 'day', c.lang)
    c.note = 'day program general newsletter'
    return dict(frm=frm, to=to, subject=L('Golden Maple - this month', 'Érable doré - ce mois-ci'), text=text, force=r.choice([None, 'html']))


def N_training_reg(c):
    r, L = c.rng, c.L
    s, frm = who(r, 'crisis', c.lang, rng_pick(r, ['Program Manager', 'Crisis Counsellor']))
    to = 'volunteers@%s' % ORGS['crisis']['dom']
    names = [sname(x, c.lang) for x in r.sample(STAFF, 6)]
    text = greet(r, c.lang) + '\n\n' + L('ASIST suicide intervention training - registered:\n', 'Formation ASIST en intervention suicide - inscrits :\n') + '\n'.join('%d. %s' % (i + 1, n) for i, n in enumerate(names)) + '\n\n' + \
        L('Certificates will be issued after day 2.', 'Les certificats seront remis après le jour 2.') + signature(r, s, 'crisis', c.lang)
    c.note = 'training registration list (staff/volunteers)'
    return dict(frm=frm, to=to, subject=L('ASIST registration list', 'Liste d\'inscription ASIST'), text=text)


NEG_TEMPLATES = [('psw_schedule', N_psw_schedule, 10), ('mileage', N_mileage, 8), ('training', N_training, 9), ('board_minutes', N_board, 7),
                 ('newsletter', N_newsletter, 7), ('invoice', N_invoice, 9), ('it_notice', N_it, 8), ('facilities', N_facilities, 5),
                 ('job_posting', N_job, 6), ('committee', N_committee, 7), ('stats', N_stats, 7), ('blank_form', N_blank_form, 6),
                 ('teaching_case', N_teaching, 6), ('occ_health', N_occ_health, 7), ('physician_dir', N_physician_dir, 6),
                 ('pharmacy_policy', N_pharmacy_policy, 6), ('staff_leave', N_leave, 6), ('staff_vcard', N_vcard_staff, 4),
                 ('fwd_bulletin', N_forward_bulletin, 6), ('zip_training', N_zip_training, 4), ('inventory', N_inventory, 5),
                 ('volunteers', N_volunteers, 5), ('gala', N_gala, 5), ('audit', N_audit, 5), ('huddle_reply', N_case_conf_generic, 6),
                 ('policy_doc', N_policy_docx, 5), ('vendor_quote', N_vendor_quote, 5), ('day_menu', N_day_program_menu, 5),
                 ('training_reg', N_training_reg, 5)]


# ================================================================ driver
def expand(templates, total):
    lst = []
    for name, fn, k in templates:
        lst += [(name, fn)] * k
    assert len(lst) == total, (len(lst), total)
    return lst


def self_check(out, labels):
    n = 0
    files = set()
    for sub in ('positive', 'negative'):
        for fn in sorted(os.listdir(os.path.join(out, sub))):
            rel = '%s/%s' % (sub, fn)
            files.add(rel)
            with open(os.path.join(out, rel), 'rb') as fh:
                msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
            assert msg['Subject'] is not None and msg['From'] is not None, rel

            def walk(m):
                for part in m.walk():
                    if part.is_multipart():
                        continue
                    if part.get_content_type() == 'message/rfc822':
                        walk(part.get_content())
                        continue
                    content = part.get_content()
                    assert content is not None, rel
            walk(msg)
            n += 1
    assert files == set(labels), 'labels do not cover files exactly'
    for k, v in labels.items():
        if v['confidential']:
            assert k.startswith('positive/') and len(v['types']) >= 1, k
        else:
            assert k.startswith('negative/') and v['types'] == [], k
        assert v['lang'] in ('en', 'fr')
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=3434)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = a.out
    rng = random.Random(a.seed)
    nam_people = load_nam_people()
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for fn in os.listdir(os.path.join(out, sub)):
            if fn.endswith('.eml'):
                os.remove(os.path.join(out, sub, fn))
    labels = {}
    base = dt.datetime(2024, 1, 8, 7, 30)
    for kind, templates, total, nfr in (('p', POS_TEMPLATES, N_POS, 36), ('n', NEG_TEMPLATES, N_NEG, 54)):
        plan = expand(templates, total)
        rng.shuffle(plan)
        fr_idx = set(rng.sample(range(total), nfr))
        for i, (cat, fn) in enumerate(plan):
            lang = 'fr' if i in fr_idx else 'en'
            mrng = random.Random('%d-%s-%d' % (a.seed, kind, i))
            date = base + dt.timedelta(days=mrng.randint(0, 80), minutes=mrng.randint(0, 600))
            c = Ctx(mrng, lang, nam_people, date)
            spec = fn(c)
            spec['date'] = date
            data, mode, cs, cte, crlf = assemble(mrng, spec, lang, i, kind)
            sub = 'positive' if kind == 'p' else 'negative'
            rel = '%s/%s%03d_%s.eml' % (sub, kind, i + 1, cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            types = sorted(c.types) if kind == 'p' else []
            labels[rel] = dict(confidential=kind == 'p', types=types, lang=lang,
                               note='%s [%s, %s, %s%s]' % (c.note, mode, cs, cte, ', CRLF' if crlf else ''))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
        fh.write('\n')
    n = self_check(out, labels)
    h = hashlib.sha256()
    for rel in sorted(labels) + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode() + b'\0' + fh.read())
    pos = [v for v in labels.values() if v['confidential']]
    neg = [v for v in labels.values() if not v['confidential']]
    print('files: %d  positives: %d (en %d, fr %d)  negatives: %d (en %d, fr %d)' % (
        n, len(pos), sum(v['lang'] == 'en' for v in pos), sum(v['lang'] == 'fr' for v in pos),
        len(neg), sum(v['lang'] == 'en' for v in neg), sum(v['lang'] == 'fr' for v in neg)))
    print('sha256:', h.hexdigest())


if __name__ == '__main__':
    main()
