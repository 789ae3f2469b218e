#!/usr/bin/env python3
"""Blind synthetic corpus of outbound hospital e-mail, labelled for confidentiality.

Flavour: Tamarack Valley Community Hospital (invented), an English-speaking community
hospital with sites in the Eastern Townships and the Pontiac / Ottawa valley, seeing
Quebec and Ontario patients.  All people, institutions, addresses and domains are
invented; NAMs come only from ../blind_nams.txt.

Usage:  python generate.py [--seed N] [--out DIR]
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
import quopri
import random
import re
import sys
import zipfile
import email
import email.policy
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.generator import BytesGenerator
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 5353
N_POS, N_NEG = 120, 180
FR_POS, FR_NEG = 30, 45
ZIP_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_DT = dt.datetime(2025, 1, 1, 0, 0, 0)

HOSP_DOMAIN = 'tvch.example'
FOUND_DOMAIN = 'fondation-tvch.example'
HOSP_EN = 'Tamarack Valley Community Hospital'
HOSP_FR = "Hôpital communautaire de Tamarack Valley"
HOSP_ADDR = '400, rue Principale, Stonebridge (Québec) J0E 2K0'
PONTIAC_ADDR = '18, chemin de la Chute, Carrick Falls (Québec) J0X 3B0'
HOSP_TEL = '819-555-0100'
PONTIAC_TEL = '819-555-0300'

FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


# --------------------------------------------------------------------------- people
class Person:
    def __init__(self, surname, given, dob, sex, **kw):
        self.surname, self.given, self.dob, self.sex = surname, given, dob, sex
        self.nam = kw.get('nam')
        self.hn = kw.get('hn')
        self.hn_vc = kw.get('hn_vc')
        self.sin = kw.get('sin')
        self.niss = kw.get('niss')
        self.nir = kw.get('nir')
        self.mrn = kw.get('mrn')
        self.addr = kw.get('addr')
        self.phone = kw.get('phone')
        self.cell = kw.get('cell')
        self.email = kw.get('email')
        self.origin = kw.get('origin', 'qc')

    @property
    def full(self):
        return f'{self.given} {self.surname}'


def load_nams():
    path = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append((sur, given, dt.date(y, m, d), sex, nam))
    return out


QC_STREETS = ['chemin du Lac-Tamarack', 'rue des Érables', 'rue Principale Nord', 'chemin Knowlton-Ouest',
              'rang Saint-Joseph', 'rue Victoria', 'chemin de la Montagne', 'rue Church', 'montée Bellevue',
              'chemin Fitch Bay', 'rue du Moulin', 'avenue des Pins', 'chemin Spring Hill', 'rue Dufferin']
QC_TOWNS = [('Stonebridge', 'J0E 2K0', '450'), ('Lac-Tamarack', 'J0E 1T0', '450'),
            ('Sainte-Odile-de-Brome', 'J0E 3M0', '450'), ('Carrick Falls', 'J0X 3B0', '819'),
            ('Bristol-sur-Pontiac', 'J0X 1G0', '819'), ('Ayer’s Hollow', 'J0B 1A0', '819'),
            ('Fort-Coulonge-Est', 'J0X 2A0', '819')]
ON_STREETS = ['Pembroke St. W', 'Lake Dore Rd', 'Mill St', 'Opeongo Line', 'Gorman Rd', 'Queen St',
              'Riverside Dr', 'Foymount Rd', 'Petawawa Blvd', 'Burnstown Rd']
ON_TOWNS = [('Arnwood', 'K8A 2T4', '613'), ('Bellhaven', 'K0J 1B0', '613'), ('Cobden Mills', 'K0J 1K0', '613'),
            ('Renforth', 'K7V 3Z9', '613'), ('Eganville Station', 'K0J 1T0', '613')]
ON_PEOPLE = [('McNab', 'Brian', 'M'), ('Whitfield', 'Karen', 'F'), ('Lalonde', 'Denis', 'M'),
             ('Pettigrew', 'Gordon', 'M'), ('Rhéaume', 'Ashley', 'F'), ('Kuehl', 'Raymond', 'M'),
             ('Bourgon', 'Tina', 'F'), ('Hartley', 'Wayne', 'M'), ('Labine', 'Cheryl', 'F'),
             ('O’Grady', 'Dylan', 'M'), ('Schruder', 'Marlene', 'F'), ('Jamieson', 'Colleen', 'F'),
             ('Zadow', 'Everett', 'M'), ('Proulx', 'Lorraine', 'F')]
BE_PEOPLE = [('Vandenberghe', 'Lucas', 'M'), ('Maes', 'Charlotte', 'F'), ('Peeters', 'Noah', 'M'),
             ('Dewulf', 'Elise', 'F'), ('Lambotte', 'Arthur', 'M')]
FR_PEOPLE = [('Lefèvre', 'Camille', 'F'), ('Marchetti', 'Hugo', 'M'), ('Girardin', 'Léa', 'F'),
             ('Rousselot', 'Mathis', 'M'), ('Barbier', 'Inès', 'F')]
MAIL_DOMAINS = ['courriel.example', 'mailbox.example', 'videotron-mail.example', 'ottawavalley.example',
                'sympatico-mail.example']


def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(num):
            return num


def gen_ohip(rng):
    while True:
        body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def gen_luhn(rng, length):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = f'{dob:%y%m%d}{serial:03d}'
        n = int(('2' + base) if dob.year >= 2000 else base)
        num = base + f'{97 - n % 97:02d}'
        if std_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['69', '38', '26', '75', '13', '33', '44', '59', '67', '21'])
        body = f"{'1' if sex == 'M' else '2'}{dob:%y%m}{dept}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
        num = body + std_nir.calc_check_digits(body)
        if std_nir.is_valid(num):
            return num


def make_people(rng):
    people = {'qc': [], 'on': [], 'be': [], 'fr': []}
    mrns = rng.sample(range(100000, 999999), 200)
    k = 0

    def contact(origin, given, sur):
        if origin == 'on':
            town, pc, area = rng.choice(ON_TOWNS)
            addr = f'{rng.randrange(12, 2900)} {rng.choice(ON_STREETS)}, {town}, ON {pc}'
        else:
            town, pc, area = rng.choice(QC_TOWNS)
            addr = f'{rng.randrange(3, 1500)}, {rng.choice(QC_STREETS)}, {town} (Québec) {pc}'
        phone = f'{area}-555-{rng.randrange(1000, 9999)}'
        cell = f'{rng.choice(["819", "613", "450", "873"])}-555-{rng.randrange(1000, 9999)}'
        user = (given[0] + sur).lower().replace('’', '').replace('é', 'e').replace('è', 'e').replace(' ', '')
        mail = f'{user}{rng.randrange(10, 99)}@{rng.choice(MAIL_DOMAINS)}'
        return dict(addr=addr, phone=phone, cell=cell, email=mail)

    for sur, given, dob, sex, nam in load_nams():
        p = Person(sur, given, dob, sex, nam=nam, mrn=f'{mrns[k]:07d}', origin='qc',
                   sin=gen_sin(rng), **contact('qc', given, sur))
        k += 1
        people['qc'].append(p)
    for sur, given, sex in ON_PEOPLE:
        dob = dt.date(rng.randrange(1932, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
        p = Person(sur, given, dob, sex, hn=gen_ohip(rng), hn_vc=rng.choice(['AB', 'KT', 'ZX', 'MN', 'PL', '']),
                   mrn=f'{mrns[k]:07d}', origin='on', sin=gen_sin(rng), **contact('on', given, sur))
        k += 1
        people['on'].append(p)
    for sur, given, sex in BE_PEOPLE:
        dob = dt.date(rng.randrange(1996, 2005), rng.randrange(1, 13), rng.randrange(1, 29))
        p = Person(sur, given, dob, sex, niss=gen_niss(rng, dob, sex), mrn=f'{mrns[k]:07d}', origin='be',
                   **contact('qc', given, sur))
        k += 1
        people['be'].append(p)
    for sur, given, sex in FR_PEOPLE:
        dob = dt.date(rng.randrange(1950, 2003), rng.randrange(1, 13), rng.randrange(1, 29))
        p = Person(sur, given, dob, sex, nir=gen_nir(rng, dob, sex), mrn=f'{mrns[k]:07d}', origin='fr',
                   **contact('qc', given, sur))
        k += 1
        people['fr'].append(p)
    return people


# staff: key -> (first, last, role, cred, dept_en, dept_fr, domain)
STAFF = {
    'marchand': ('Hélène', 'Marchand', 'internist', 'MD, FRCPC', 'Internal Medicine', 'Médecine interne'),
    'kerr': ('Robert', 'Kerr', 'internist', 'MD, FRCPC', 'Internal Medicine', 'Médecine interne'),
    'rao': ('Anjali', 'Rao', 'internist', 'MD, FRCPC', 'Internal Medicine', 'Médecine interne'),
    'mcallister': ('Sarah', 'McAllister', 'fm', 'MD, CCMF', 'Family Medicine Teaching Unit', 'Unité de médecine familiale'),
    'brisson': ('Étienne', 'Brisson', 'fm', 'MD, CCMF', 'Family Medicine Teaching Unit', 'Unité de médecine familiale'),
    'tremblay': ('Marc', 'Tremblay', 'fm_director', 'MD, CCMF', 'Family Medicine Residency Program', 'Programme de résidence en médecine familiale'),
    'dube': ('Louis-Philippe', 'Dubé', 'radiologist', 'MD, FRCPC', 'Diagnostic Imaging', 'Imagerie médicale'),
    'bergeron': ('Fiona', 'Bergeron', 'radiologist', 'MD, FRCPC', 'Diagnostic Imaging', 'Imagerie médicale'),
    'nguyen': ('Kevin', 'Nguyen', 'resident', 'MD, R1', 'Family Medicine Teaching Unit', 'Unité de médecine familiale'),
    'roy': ('Émilie', 'Roy', 'resident', 'MD, R2', 'Family Medicine Teaching Unit', 'Unité de médecine familiale'),
    'patel': ('Jasmine', 'Patel', 'resident', 'MD, R1', 'Family Medicine Teaching Unit', 'Unité de médecine familiale'),
    'gagnon': ('Thomas', 'Gagnon', 'resident', 'MD, R2', 'Family Medicine Teaching Unit', 'Unité de médecine familiale'),
    'fortin': ('Chloé', 'Fortin', 'resident', 'MD, R1', 'Family Medicine Teaching Unit', 'Unité de médecine familiale'),
    'whitcomb': ('Nancy', 'Whitcomb', 'nurse', 'RN', 'Family Medicine Teaching Unit', 'Unité de médecine familiale'),
    'belisle': ('Josiane', 'Bélisle', 'homecare', 'inf. clinicienne', 'Home Care Program', 'Soutien à domicile'),
    'oconnor': ('Megan', 'O’Connor', 'physio', 'pht', 'Physiotherapy', 'Physiothérapie'),
    'lavoie': ('Mathieu', 'Lavoie', 'physio', 'pht, M.Sc.', 'Physiotherapy', 'Physiothérapie'),
    'stewart': ('Brenda', 'Stewart', 'di_clerk', '', 'Diagnostic Imaging – Booking', 'Imagerie médicale – rendez-vous'),
    'ouellette': ('Karine', 'Ouellette', 'di_clerk', '', 'Diagnostic Imaging – Booking', 'Imagerie médicale – rendez-vous'),
    'pelchat': ('Andrew', 'Pelchat', 'di_manager', 'RT(R)', 'Diagnostic Imaging', 'Imagerie médicale'),
    'hale': ('Patricia', 'Hale', 'foundation', 'CFRE', 'Tamarack Valley Hospital Foundation', 'Fondation de l’Hôpital Tamarack Valley'),
    'desrosiers': ('Julie', 'Desrosiers', 'foundation', '', 'Tamarack Valley Hospital Foundation', 'Fondation de l’Hôpital Tamarack Valley'),
    'fraser': ('Ian', 'Fraser', 'foundation', '', 'Tamarack Valley Hospital Foundation', 'Fondation de l’Hôpital Tamarack Valley'),
    'mckenzie': ('Doris', 'McKenzie', 'volunteers', '', 'Volunteer Services', 'Service des bénévoles'),
    'carver': ('Lindsay', 'Carver', 'residency_admin', '', 'Family Medicine Residency Program', 'Programme de résidence en médecine familiale'),
    'doucet': ('Gary', 'Doucet', 'biomed', 'CET', 'Biomedical Engineering', 'Génie biomédical'),
    'haddad': ('Nadia', 'Haddad', 'pharmacist', 'pharm., M.Sc.', 'Pharmacy', 'Pharmacie'),
    'boucher': ('Caroline', 'Boucher', 'social_worker', 't.s.', 'Social Work', 'Service social'),
    'paquin': ('Sylvie', 'Paquin', 'secretary', '', 'Internal Medicine', 'Médecine interne'),
    'lambert': ('Nicole', 'Lambert', 'occ_health', 'inf.', 'Occupational Health & Safety', 'Santé et sécurité au travail'),
    'sinclair': ('Megan', 'Sinclair', 'comms', '', 'Communications', 'Communications'),
    'gauvreau': ('Denis', 'Gauvreau', 'it', '', 'Information Technology', 'Technologies de l’information'),
    'morrison': ('Kelly', 'Morrison', 'finance', '', 'Accounts Payable', 'Comptes fournisseurs'),
    'hebert': ('Annie', 'Hébert', 'hr', 'CRHA', 'Human Resources', 'Ressources humaines'),
}

EXTERNAL = {
    'macleod': ('Heather MacLeod', 'hmacleod@ovhomecare.example', 'Ottawa Valley Home & Community Care'),
    'cote': ('Isabelle Côté', 'isabelle.cote@clsc-hautes-terres.example', 'CLSC des Hautes-Terres – SAD'),
    'brisebois': ('Dr. Alan Brisebois', 'abrisebois@arnwood-fht.example', 'Arnwood Family Health Team'),
    'boreale': ('Service des réclamations', 'reclamations@boreale-assurance.example', 'Boréale Assurance'),
    'mutualite': ('Service remboursements', 'remboursements@mutualite-sthubert.example', 'Mutualité Saint-Hubert'),
    'caisse': ('Service relations internationales', 'international@caisse-maladie.example', "Caisse d'assurance maladie"),
    'transport': ('Réservations', 'reservations@transport-tamarack.example', 'Transport adapté Tamarack'),
    'drivers': ('Accompagnement bénévole', 'benevoles@accompagnement-pontiac.example', 'Accompagnement bénévole Pontiac'),
    'imagix': ('Imagix Medical Systems – Service', 'service@imagix-medical.example', 'Imagix Medical Systems'),
    'novaris': ('Novaris Physio Supply', 'ventes@novaris-supply.example', 'Novaris Physio Supply'),
    'printplus': ('PrintPlus Graphique', 'factures@printplus.example', 'PrintPlus'),
    'jmr': ('Journées de médecine rurale', 'inscription@jmr-conference.example', 'JMR'),
    'mcgill_like': ('Faculty Office', 'pgme@univ-laurentienne-med.example', 'Université Laurentienne de médecine'),
    'bishops_like': ('Student Health', 'studenthealth@college-massawippi.example', 'Collège Massawippi'),
}


def staff_addr(key):
    first, last, *_ = STAFF[key]
    dom = FOUND_DOMAIN if STAFF[key][2] == 'foundation' else HOSP_DOMAIN
    user = f'{first}.{last}'.lower()
    for a, b in (('é', 'e'), ('è', 'e'), ('ô', 'o'), ('’', ''), ('É', 'e'), ('-', '')):
        user = user.replace(a, b)
    return f'{user}@{dom}'


def staff_disp(key, lang, title=True):
    first, last, role, cred = STAFF[key][:4]
    if title and role in ('internist', 'fm', 'fm_director', 'radiologist', 'resident'):
        return f'Dr {first} {last}' if lang == 'fr' else f'Dr. {first} {last}'
    return f'{first} {last}'


def signature(rng, key, lang):
    first, last, role, cred, den, dfr = STAFF[key]
    dept = dfr if lang == 'fr' else den
    org = STAFF[key][4] if role == 'foundation' else (HOSP_FR if lang == 'fr' else HOSP_EN)
    tel = rng.choice([HOSP_TEL, PONTIAC_TEL])
    ext = rng.randrange(2000, 4999)
    style = rng.randrange(5)
    name = f'{first} {last}' + (f', {cred}' if cred else '')
    if style == 0:
        lines = ['--', name, dept, org, f"{'Tél.' if lang == 'fr' else 'Tel.'} {tel} {'poste' if lang == 'fr' else 'ext.'} {ext}"]
    elif style == 1:
        lines = [name, f'{dept} | {org}', rng.choice([HOSP_ADDR, PONTIAC_ADDR]), f'T {tel} x{ext} | F 819-555-0199']
    elif style == 2:
        lines = [first]
    elif style == 3:
        lines = ['', name, dept, staff_addr(key)]
    else:
        lines = [name, org]
    dedup = []
    for l in lines:
        if not dedup or l != dedup[-1]:
            dedup.append(l)
    lines = dedup
    if rng.random() < 0.3:
        lines += ['', DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN]
    return '\n'.join(lines)


DISCLAIMER_EN = ('CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the\n'
                 'addressee. If you received it in error, please notify the sender and delete it.')
DISCLAIMER_FR = ('AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels destinés\n'
                 'uniquement au destinataire. Si vous l’avez reçu par erreur, veuillez aviser l’expéditeur et le détruire.')


# --------------------------------------------------------------------------- clinical banks
# key: (en, fr, meds, labs)
COND = {
    'dm2': ('type 2 diabetes, poorly controlled', 'diabète de type 2 mal contrôlé', ['metformin', 'gliclazide', 'glargine', 'empagliflozin'], ['a1c', 'creat', 'egfr']),
    'af': ('new-onset atrial fibrillation', 'fibrillation auriculaire de novo', ['apixaban', 'metoprolol', 'warfarin'], ['inr', 'tsh']),
    'chf': ('heart failure with reduced EF (30%)', 'insuffisance cardiaque à FE réduite (30 %)', ['furosemide', 'bisoprolol', 'sacubitril', 'spironolactone'], ['bnp', 'creat', 'k']),
    'copd': ('COPD exacerbation', 'exacerbation de MPOC', ['tiotropium', 'salbutamol', 'prednisone'], ['pco2', 'eos']),
    'cap': ('right lower lobe pneumonia', 'pneumonie du lobe inférieur droit', ['amoxiclav', 'azithro'], ['wbc', 'crp']),
    'ckd': ('chronic kidney disease stage 3b', 'insuffisance rénale chronique stade 3b', ['ramipril', 'furosemide'], ['creat', 'egfr', 'k']),
    'ida': ('iron-deficiency anemia, ?GI source', 'anémie ferriprive, source digestive à éliminer', ['ferrous'], ['hb', 'ferritin']),
    'hypot': ('hypothyroidism', 'hypothyroïdie', ['levo'], ['tsh']),
    'dvt': ('left leg DVT', 'TVP du membre inférieur gauche', ['apixaban', 'rivaroxaban'], ['ddimer']),
    'koa': ('right knee osteoarthritis', 'gonarthrose droite', ['naproxen', 'acetaminophen'], []),
    'tka': ('left total knee arthroplasty (post-op week 3)', 'PTG gauche (3e semaine post-op)', ['acetaminophen', 'hydromorphone', 'rivaroxaban'], ['hb']),
    'hipfx': ('left hip fracture, post ORIF', 'fracture de la hanche gauche, post-ORIF', ['enoxaparin', 'hydromorphone'], ['hb']),
    'mdd': ('major depressive disorder', 'trouble dépressif majeur', ['sertraline', 'escitalopram'], []),
    'nodule': ('9 mm right upper lobe pulmonary nodule', 'nodule pulmonaire de 9 mm au lobe supérieur droit', [], []),
    'lumbar': ('L4-L5 disc herniation with right sciatica', 'hernie discale L4-L5 avec sciatalgie droite', ['naproxen', 'pregabalin'], []),
    'rotator': ('right rotator cuff tear', 'déchirure de la coiffe des rotateurs droite', ['acetaminophen', 'naproxen'], []),
    'cellulitis': ('left leg cellulitis', 'cellulite de la jambe gauche', ['cephalexin'], ['wbc', 'crp']),
    'aud': ('alcohol use disorder', "trouble lié à l'usage d'alcool", ['naltrexone', 'thiamine'], ['ggt']),
    'parkinson': ("Parkinson's disease", 'maladie de Parkinson', ['levodopa'], []),
    'breastca': ('left breast cancer on adjuvant chemotherapy', 'cancer du sein gauche sous chimiothérapie adjuvante', ['letrozole', 'ondansetron'], ['hb', 'neut']),
    'stroke': ('left MCA ischemic stroke', 'AVC ischémique sylvien gauche', ['clopidogrel', 'atorvastatin'], ['ldl']),
    'dementia': ('mixed dementia', 'trouble neurocognitif majeur (démence mixte)', ['donepezil'], []),
    'pe': ('pulmonary embolism', 'embolie pulmonaire', ['apixaban'], ['ddimer', 'trop']),
    'htn': ('resistant hypertension', 'hypertension artérielle résistante', ['amlodipine', 'ramipril', 'hctz'], ['k', 'creat']),
    'wound': ('venous leg ulcer, right ankle', 'ulcère veineux à la cheville droite', ['cephalexin'], []),
    'pancreatitis': ('acute alcoholic pancreatitis', 'pancréatite aiguë alcoolique', ['hydromorphone', 'thiamine'], ['lipase']),
}
MEDS = {
    'metformin': ('metformin 1000 mg PO BID', 'metformine 1000 mg PO BID'),
    'gliclazide': ('gliclazide MR 60 mg daily', 'gliclazide LM 60 mg DIE'),
    'glargine': ('insulin glargine 22 units HS', 'insuline glargine 22 U HS'),
    'empagliflozin': ('empagliflozin 10 mg daily', 'empagliflozine 10 mg DIE'),
    'apixaban': ('apixaban 5 mg BID', 'apixaban 5 mg BID'),
    'metoprolol': ('metoprolol 25 mg BID', 'métoprolol 25 mg BID'),
    'warfarin': ('warfarin 4 mg daily (target INR 2-3)', 'warfarine 4 mg DIE (INR cible 2-3)'),
    'furosemide': ('furosemide 40 mg daily', 'furosémide 40 mg DIE'),
    'bisoprolol': ('bisoprolol 2.5 mg daily', 'bisoprolol 2,5 mg DIE'),
    'sacubitril': ('sacubitril/valsartan 49/51 mg BID', 'sacubitril/valsartan 49/51 mg BID'),
    'spironolactone': ('spironolactone 25 mg daily', 'spironolactone 25 mg DIE'),
    'tiotropium': ('tiotropium 2.5 mcg 2 puffs daily', 'tiotropium 2,5 mcg 2 inh. DIE'),
    'salbutamol': ('salbutamol 100 mcg 2 puffs q4h PRN', 'salbutamol 100 mcg 2 inh. q4h PRN'),
    'prednisone': ('prednisone 40 mg x 5 days', 'prednisone 40 mg x 5 jours'),
    'amoxiclav': ('amoxicillin-clavulanate 875 mg BID', 'amoxicilline-clavulanate 875 mg BID'),
    'azithro': ('azithromycin 500 mg day 1 then 250 mg', 'azithromycine 500 mg J1 puis 250 mg'),
    'ramipril': ('ramipril 10 mg daily', 'ramipril 10 mg DIE'),
    'ferrous': ('ferrous fumarate 300 mg every other day', 'fumarate ferreux 300 mg aux 2 jours'),
    'levo': ('levothyroxine 75 mcg daily', 'lévothyroxine 75 mcg DIE'),
    'rivaroxaban': ('rivaroxaban 15 mg BID', 'rivaroxaban 15 mg BID'),
    'naproxen': ('naproxen 500 mg BID with food', 'naproxène 500 mg BID avec repas'),
    'acetaminophen': ('acetaminophen 1 g QID', 'acétaminophène 1 g QID'),
    'hydromorphone': ('hydromorphone 1 mg q4h PRN', 'hydromorphone 1 mg q4h PRN'),
    'enoxaparin': ('enoxaparin 40 mg SC daily', 'énoxaparine 40 mg SC DIE'),
    'sertraline': ('sertraline 100 mg daily', 'sertraline 100 mg DIE'),
    'escitalopram': ('escitalopram 10 mg daily', 'escitalopram 10 mg DIE'),
    'pregabalin': ('pregabalin 75 mg BID', 'prégabaline 75 mg BID'),
    'cephalexin': ('cephalexin 500 mg QID x 7 d', 'céphalexine 500 mg QID x 7 j'),
    'naltrexone': ('naltrexone 50 mg daily', 'naltrexone 50 mg DIE'),
    'thiamine': ('thiamine 100 mg daily', 'thiamine 100 mg DIE'),
    'levodopa': ('levodopa/carbidopa 100/25 TID', 'lévodopa/carbidopa 100/25 TID'),
    'letrozole': ('letrozole 2.5 mg daily', 'létrozole 2,5 mg DIE'),
    'ondansetron': ('ondansetron 8 mg q8h PRN', 'ondansétron 8 mg q8h PRN'),
    'clopidogrel': ('clopidogrel 75 mg daily', 'clopidogrel 75 mg DIE'),
    'atorvastatin': ('atorvastatin 80 mg daily', 'atorvastatine 80 mg DIE'),
    'donepezil': ('donepezil 10 mg daily', 'donépézil 10 mg DIE'),
    'amlodipine': ('amlodipine 10 mg daily', 'amlodipine 10 mg DIE'),
    'hctz': ('hydrochlorothiazide 25 mg daily', 'hydrochlorothiazide 25 mg DIE'),
}
GENERIC_MEDS = ['pantoprazole 40 mg daily', 'vitamin D 1000 IU daily', 'atorvastatin 20 mg daily',
                'ASA 81 mg daily', 'amlodipine 5 mg daily', 'tamsulosin 0.4 mg HS']
GENERIC_MEDS_FR = ['pantoprazole 40 mg DIE', 'vitamine D 1000 UI DIE', 'atorvastatine 20 mg DIE',
                   'AAS 81 mg DIE', 'amlodipine 5 mg DIE', 'tamsulosine 0,4 mg HS']
# key: (en name, fr name, lo, hi, decimals, unit)
LABS = {
    'a1c': ('HbA1c', 'HbA1c', 7.4, 11.2, 1, '%'),
    'creat': ('creatinine', 'créatinine', 118, 236, 0, 'µmol/L'),
    'egfr': ('eGFR', 'DFGe', 22, 44, 0, 'mL/min/1.73m²'),
    'inr': ('INR', 'INR', 3.4, 5.9, 1, ''),
    'tsh': ('TSH', 'TSH', 6.1, 14.8, 1, 'mUI/L'),
    'bnp': ('NT-proBNP', 'NT-proBNP', 1800, 7400, 0, 'ng/L'),
    'k': ('K+', 'K+', 5.4, 6.3, 1, 'mmol/L'),
    'pco2': ('pCO2', 'pCO2', 49, 66, 0, 'mmHg'),
    'eos': ('eosinophils', 'éosinophiles', 0.4, 0.9, 1, 'x10⁹/L'),
    'wbc': ('WBC', 'leucocytes', 13.1, 21.5, 1, 'x10⁹/L'),
    'crp': ('CRP', 'CRP', 88, 241, 0, 'mg/L'),
    'hb': ('Hb', 'Hb', 71, 96, 0, 'g/L'),
    'ferritin': ('ferritin', 'ferritine', 3, 11, 0, 'µg/L'),
    'ddimer': ('D-dimer', 'D-dimères', 1.9, 6.8, 2, 'mg/L FEU'),
    'ggt': ('GGT', 'GGT', 180, 520, 0, 'U/L'),
    'neut': ('neutrophils', 'neutrophiles', 0.4, 0.9, 1, 'x10⁹/L'),
    'ldl': ('LDL', 'LDL', 3.4, 4.9, 2, 'mmol/L'),
    'trop': ('hs-troponin T', 'troponine T hs', 38, 160, 0, 'ng/L'),
    'lipase': ('lipase', 'lipase', 640, 2900, 0, 'U/L'),
}
SOCIAL = [
    ('lives alone in a second-floor walk-up, no family nearby', 'vit seul(e) au 2e étage sans ascenseur, pas de famille à proximité'),
    ('spouse has advanced dementia; patient is the main caregiver', 'conjoint(e) atteint(e) de démence avancée; le patient est l’aidant principal'),
    ('recently separated, behind on rent, worried about losing the apartment', 'séparation récente, retard de loyer, crainte de perdre son logement'),
    ('adult son living in the home is actively using opioids', 'fils adulte à domicile avec consommation active d’opioïdes'),
    ('no car, relies on a neighbour for groceries and appointments', 'pas de voiture, dépend d’une voisine pour l’épicerie et les rendez-vous'),
    ('on social assistance, uses the food bank monthly', 'prestataire d’aide sociale, banque alimentaire chaque mois'),
    ('history of intimate partner violence; ex-partner under a no-contact order', 'antécédents de violence conjugale; ex-conjoint sous interdiction de contact'),
    ('daughter reports caregiver exhaustion and is asking about placement', 'la fille rapporte un épuisement et demande un hébergement'),
    ('drinks 5-6 beers a day according to his wife', 'boit 5-6 bières par jour selon sa conjointe'),
    ('recently lost his job at the mill, very anxious about money', 'a perdu son emploi à l’usine récemment, très anxieux pour ses finances'),
    ('grandson moved back in after release from detention', 'son petit-fils est revenu vivre chez lui à sa sortie de détention'),
]


YOUNG_OK = {'cap', 'cellulitis', 'ida', 'hypot', 'mdd', 'rotator', 'lumbar', 'dvt', 'pe', 'dm2', 'aud'}


SOCIAL_MINOR = [
    ('parents separated; lives with mother, father has supervised access only', 'parents séparés; vit avec sa mère, droits d’accès supervisés pour le père'),
    ('youth protection (DPJ) involved, currently in a foster home', 'suivi DPJ, présentement en famille d’accueil'),
    ('frequent school absences; mother reports bullying at school', 'absences scolaires fréquentes; la mère rapporte de l’intimidation à l’école'),
]


def fmt_num(v, dec, lang):
    s = f'{v:.{dec}f}'
    return s.replace('.', ',') if lang == 'fr' else s


def fmt_date(d, lang, style=None, rng=None):
    if style is None:
        style = rng.randrange(5)
    if style == 0:
        return d.isoformat()
    if style == 1:
        return f'{d.day:02d}/{d.month:02d}/{d.year}'
    if style == 2:
        return f'{d.day} {FR_MONTHS[d.month - 1]} {d.year}' if lang == 'fr' else f'{EN_MONTHS[d.month - 1]} {d.day}, {d.year}'
    if style == 3:
        return f'{d.year}/{d.month:02d}/{d.day:02d}'
    return f'{d.day:02d}-{EN_MONTHS[d.month - 1][:3].upper()}-{d.year}'


def title_of(p, lang):
    if lang == 'fr':
        return 'M.' if p.sex == 'M' else 'Mme'
    return 'Mr.' if p.sex == 'M' else 'Mrs.' if p.dob.year < 1975 else 'Ms.'


class Ctx:
    """Builds positive content while recording which finding types were emitted."""

    def __init__(self, rng, lang, people, used):
        self.rng, self.lang, self.people, self.used = rng, lang, people, used
        self.types = set()

    def t(self, en, fr):
        return fr if self.lang == 'fr' else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def patient(self, origin='qc', adult=True):
        pool = self.people[origin]
        if adult:
            pool = [p for p in pool if age_of(p, self.date) >= 18]
        # prefer people not yet used, deterministic
        fresh = [p for p in pool if id(p) not in self.used]
        p = self.rng.choice(fresh or pool)
        self.used.add(id(p))
        return p

    # ---- identity
    def name(self, p, style=None):
        self.types.add('patient_name')
        r = self.rng
        if style is None:
            style = r.choice(['full', 'full', 'title', 'title', 'surcomma', 'sur', 'initial', 'lower', 'upper'] +
                             (['typo'] if r.random() < 0.15 else []))
        sur, giv = p.surname, p.given
        if style == 'full':
            return f'{giv} {sur}'
        if style == 'title':
            return f'{title_of(p, self.lang)} {giv} {sur}'
        if style == 'surcomma':
            return f'{sur.upper()}, {giv}'
        if style == 'sur':
            return f'{sur} {giv}'
        if style == 'initial':
            return f'{giv[0]}. {sur}'
        if style == 'lower':
            return f'{giv.lower()} {sur.lower()}'
        if style == 'upper':
            return f'{sur.upper()} {giv.upper()}'
        if style == 'typo':
            i = r.randrange(1, len(sur) - 1)
            sur2 = sur[:i] + sur[i] + sur[i:] if r.random() < 0.5 else sur[:i] + sur[i + 1:]
            return f'{giv} {sur2}'
        raise ValueError(style)

    def dob(self, p, style=None):
        self.types.add('date_of_birth')
        return fmt_date(p.dob, self.lang, style, self.rng)

    def dob_label(self):
        return self.pick(['DDN', 'DDN :', 'Date de naissance :', 'né(e) le']) if self.lang == 'fr' else \
            self.pick(['DOB', 'DOB:', 'D.O.B.', 'Date of birth:', 'born'])

    def nam(self, p, style=None):
        self.types.add('ramq_nam')
        n = p.nam
        style = self.rng.randrange(6) if style is None else style
        return [n, f'{n[:4]} {n[4:8]} {n[8:]}', f'{n[:4]} {n[4:8]} {n[8:]}'.lower(), f'{n[:4]}-{n[4:8]}-{n[8:]}',
                n.lower(), f'{n[:4]} {n[4:]}'][style]

    def nam_label(self):
        return self.pick(['NAM', 'NAM:', 'RAMQ', 'No RAMQ', 'carte soleil', 'Health card (RAMQ)', 'HIN']) if self.lang == 'en' else \
            self.pick(['NAM', 'NAM :', 'RAMQ :', 'no d’assurance maladie', 'carte soleil', '# RAMQ'])

    def mrn(self, p, style=None):
        self.types.add('mrn')
        m = p.mrn
        style = self.rng.randrange(4) if style is None else style
        return [m, m.lstrip('0'), f'{m[:3]}-{m[3:]}', f'D-{m}'][style]

    def mrn_label(self):
        return self.pick(['MRN', 'MRN:', 'Chart #', 'chart', 'Hosp. no.', 'dossier']) if self.lang == 'en' else \
            self.pick(['dossier', 'no dossier', '# dossier', 'Dossier :', 'N° de dossier', 'MRN'])

    def hn(self, p, style=None):
        self.types.add('ca_health_number')
        h, vc = p.hn, p.hn_vc
        style = self.rng.randrange(4) if style is None else style
        return [f'{h[:4]}-{h[4:7]}-{h[7:]}' + (f'-{vc}' if vc else ''), f'{h[:4]} {h[4:7]} {h[7:]} {vc}'.strip(),
                h, h + vc][style]

    def hn_label(self):
        return self.pick(['OHIP', 'Ontario HN', 'HCN', 'Health card #', 'OHIP #']) if self.lang == 'en' else \
            self.pick(['Carte Santé Ontario', 'no OHIP', 'RAMO (Ontario)', 'OHIP'])

    def sin(self, p, style=None):
        self.types.add('ca_sin')
        s = p.sin
        style = self.rng.randrange(3) if style is None else style
        return [f'{s[:3]} {s[3:6]} {s[6:]}', f'{s[:3]}-{s[3:6]}-{s[6:]}', s][style]

    def niss(self, p, style=None):
        self.types.add('be_niss')
        n = p.niss
        style = self.rng.randrange(3) if style is None else style
        return [f'{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}', n, f'{n[:6]} {n[6:9]} {n[9:]}'][style]

    def nir(self, p, style=None):
        self.types.add('fr_nir')
        n = p.nir
        style = self.rng.randrange(3) if style is None else style
        return [f'{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}', n, f'{n[:13]} {n[13:]}'][style]

    # ---- clinical
    def key_for(self, p, keys):
        """Pick a condition plausible for the patient's age."""
        keys = sorted(keys)
        age = age_of(p, self.date)
        if age < 40:
            cand = [k for k in keys if k in YOUNG_OK and not (age < 18 and k == 'aud')]
            if cand:
                return self.rng.choice(cand)
        return self.rng.choice(keys)

    def cond(self, keys=None):
        return self.pick(sorted(keys or COND))

    def dx(self, key):
        self.types.add('diagnosis')
        en, fr = COND[key][:2]
        return self.t(en, fr)

    def meds(self, key, n=None, extra=True):
        keys = COND[key][2]
        if not keys:
            keys = []
        n = min(len(keys), n if n is not None else self.rng.randint(1, 3))
        chosen = self.rng.sample(keys, n) if n else []
        out = [MEDS[k][1 if self.lang == 'fr' else 0] for k in chosen]
        if extra and self.chance(0.5):
            i = self.rng.randrange(len(GENERIC_MEDS))
            out.append(self.t(GENERIC_MEDS[i], GENERIC_MEDS_FR[i]))
        if out:
            self.types.add('medication')
        return out

    def labs(self, key, n=None):
        keys = COND[key][3]
        if not keys:
            keys = ['hb', 'creat']
        n = min(len(keys), n if n is not None else self.rng.randint(1, 3))
        out = []
        for k in self.rng.sample(keys, n):
            en, fr, lo, hi, dec, unit = LABS[k]
            v = self.rng.uniform(lo, hi)
            out.append(f'{self.t(en, fr)} {fmt_num(v, dec, self.lang)}' + (f' {unit}' if unit else ''))
        if out:
            self.types.add('lab_result')
        return out

    def addr(self, p):
        self.types.add('patient_contact')
        return p.addr

    def phone(self, p, cell=False):
        self.types.add('patient_contact')
        return p.cell if cell else p.phone

    def email(self, p):
        self.types.add('patient_contact')
        return p.email

    def social(self, p=None, idx=None):
        self.types.add('social_information')
        if p is not None and age_of(p, self.date) < 18:
            return self.t(*self.pick(SOCIAL_MINOR))
        i = self.rng.randrange(len(SOCIAL)) if idx is None else idx
        return self.t(*SOCIAL[i])

    def he(self, p):
        return self.t('he' if p.sex == 'M' else 'she', 'il' if p.sex == 'M' else 'elle')

    def his(self, p):
        return self.t('his' if p.sex == 'M' else 'her', 'son')


# --------------------------------------------------------------------------- document builders
def normalize_zip(data):
    """Rewrite a ZIP (docx/xlsx) with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>2025-01-01T00:00:00Z\g<2>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def make_pdf(title, blocks, author='TVCH'):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, title=title, author=author, creator='TVCH reports',
                            invariant=1, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    story = []
    esc = lambda s: html.escape(str(s))
    for kind, val in blocks:
        if kind == 'h':
            story.append(Paragraph(esc(val), ss['Heading2']))
        elif kind == 'title':
            story.append(Paragraph(esc(val), ss['Title']))
        elif kind == 'p':
            story.append(Paragraph(esc(val).replace('\n', '<br/>'), ss['Normal']))
            story.append(Spacer(1, 6))
        elif kind == 'small':
            story.append(Paragraph(esc(val).replace('\n', '<br/>'), ss['Italic']))
        elif kind == 'table':
            rows = [[Paragraph(esc(c), ss['BodyText']) for c in r] for r in val]
            tb = Table(rows, repeatRows=1)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                                    ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey),
                                    ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(tb)
            story.append(Spacer(1, 8))
    doc.build(story)
    return buf.getvalue()


def make_docx(title, blocks, author='TVCH'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title, cp.last_modified_by = author, title, author
    cp.created = cp.modified = cp.last_printed = FIXED_DT
    cp.revision = 1
    for kind, val in blocks:
        if kind in ('h', 'title'):
            d.add_heading(val, level=1 if kind == 'title' else 2)
        elif kind in ('p', 'small'):
            d.add_paragraph(val)
        elif kind == 'table':
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='TVCH'):
    import openpyxl
    wb = openpyxl.Workbook()
    for i, (name, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = min(45, max(10, max(len(str(c.value or '')) for c in col) + 2))
    wb.properties.creator = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delim=',', enc='utf-8'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def ics_escape(s):
    return str(s).replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    out, cur, n = [], '', 0
    for ch in line:
        b = len(ch.encode('utf-8'))
        if n + b > 74:
            out.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += b
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(events, method='REQUEST', prodid='-//Tamarack Valley CH//Scheduling 4.2//EN'):
    lines = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN', f'METHOD:{method}']
    for ev in events:
        lines += ['BEGIN:VEVENT', f"UID:{ev['uid']}", 'DTSTAMP:20250101T000000Z',
                  f"DTSTART;TZID=America/Toronto:{ev['start']:%Y%m%dT%H%M%S}",
                  f"DTEND;TZID=America/Toronto:{ev['end']:%Y%m%dT%H%M%S}",
                  f"SUMMARY:{ics_escape(ev['summary'])}"]
        if ev.get('location'):
            lines.append(f"LOCATION:{ics_escape(ev['location'])}")
        if ev.get('description'):
            lines.append(f"DESCRIPTION:{ics_escape(ev['description'])}")
        if ev.get('organizer'):
            lines.append(f"ORGANIZER;CN={ev['organizer'][0]}:mailto:{ev['organizer'][1]}")
        for cn, addr in ev.get('attendees', []):
            lines.append(f'ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{addr}')
        lines += ['STATUS:CONFIRMED', 'END:VEVENT']
    lines.append('END:VCALENDAR')
    return ('\r\n'.join(ics_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcard(cards):
    out = []
    for c in cards:
        lines = ['BEGIN:VCARD', 'VERSION:3.0', f"N:{c['sur']};{c['given']};;;", f"FN:{c['given']} {c['sur']}"]
        if c.get('org'):
            lines.append(f"ORG:{ics_escape(c['org'])}")
        if c.get('title'):
            lines.append(f"TITLE:{ics_escape(c['title'])}")
        if c.get('bday'):
            lines.append(f"BDAY:{c['bday']}")
        for typ, tel in c.get('tel', []):
            lines.append(f'TEL;TYPE={typ}:{tel}')
        if c.get('adr'):
            lines.append(f"ADR;TYPE={c.get('adr_type', 'HOME')}:;;{ics_escape(c['adr'])};;;;")
        if c.get('email'):
            lines.append(f"EMAIL;TYPE=INTERNET:{c['email']}")
        if c.get('note'):
            lines.append(f"NOTE:{ics_escape(c['note'])}")
        lines.append('END:VCARD')
        out += [ics_fold(l) for l in lines]
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


def html_table(rows, border=True):
    h = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">' if border
         else '<table cellpadding="3">']
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        h.append('<tr>' + ''.join(f'<{tag}>{html.escape(str(c))}</{tag}>' for c in r) + '</tr>')
    h.append('</table>')
    return '\n'.join(h)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append('  '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append('  '.join('-' * w for w in widths))
    return '\n'.join(out)


def text_to_html(text):
    """Plain text -> HTML fragment; '>'-quoted runs become blockquotes."""
    parts, quote = [], []

    def flush_quote():
        if quote:
            inner = '<br>\n'.join(html.escape(q) for q in quote)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                         + inner + '</blockquote>')
            quote.clear()
    for line in text.split('\n'):
        if line.startswith('>'):
            quote.append(line[1:].lstrip())
            continue
        flush_quote()
        parts.append(html.escape(line) + '<br>')
    flush_quote()
    return '\n'.join(parts)


def html_doc(inner):
    return ('<html><head><style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt}</style></head>\n'
            f'<body>\n<div>\n{inner}\n</div>\n</body></html>\n')


# --------------------------------------------------------------------------- MIME assembly
def who(key, lang):
    """Sender/recipient tuple (display, address, staff-key-or-None)."""
    if key in STAFF:
        return (staff_disp(key, lang), staff_addr(key), key)
    name, addr, _org = EXTERNAL[key]
    return (name, addr, None)


def person_addr(p):
    return (p.full, p.email, None)


def fmt_addr(t, rng):
    name, addr = t[0], t[1]
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    cs = 'utf-8'
    try:
        name.encode('iso-8859-1')
        cs = rng.choice(['utf-8', 'iso-8859-1'])
    except UnicodeEncodeError:
        pass
    return formataddr((name, addr), charset=cs)


def enc_header(value, rng):
    if all(ord(c) < 128 for c in value):
        return value
    opts = ['utf-8', 'utf-8']
    for cs in ('iso-8859-1', 'windows-1252'):
        try:
            value.encode(cs)
            opts.append(cs)
        except UnicodeEncodeError:
            pass
    return Header(value, rng.choice(opts))


def text_part(text, subtype, rng, info):
    opts = ['utf-8', 'utf-8']
    for cs in ('iso-8859-1', 'windows-1252'):
        try:
            text.encode(cs)
            opts.append(cs)
        except UnicodeEncodeError:
            pass
    charset = rng.choice(opts)
    data = text.encode(charset)
    ascii_only = all(b < 128 for b in data) and max(len(l) for l in text.split('\n')) < 900
    cte = rng.choice(['7bit', '7bit', 'quoted-printable', 'base64'] if ascii_only else
                     ['quoted-printable', 'quoted-printable', 'base64'])
    part = MIMENonMultipart('text', subtype, charset=charset)
    del part['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = text
    part.set_payload(payload)
    part['Content-Transfer-Encoding'] = cte
    info.append(f'{subtype}:{charset}/{cte}')
    return part


def attachment_part(fname, ctype, data, rng):
    maintype, subtype = ctype.split('/')
    params = {}
    if maintype == 'text':
        params['charset'] = 'utf-8'
        if subtype == 'calendar':
            params['method'] = 'REQUEST'
    part = MIMENonMultipart(maintype, subtype, **params) if maintype == 'text' else MIMEBase(maintype, subtype)
    del part['MIME-Version']
    ascii_name = all(ord(c) < 128 for c in fname)
    if ascii_name:
        part.set_param('name', fname)
    if maintype == 'text' and rng.random() < 0.4:
        part.set_payload(quopri.encodestring(data).decode('ascii'))
        part['Content-Transfer-Encoding'] = 'quoted-printable'
    else:
        part.set_payload(base64.encodebytes(data).decode('ascii'))
        part['Content-Transfer-Encoding'] = 'base64'
    if ascii_name:
        part.add_header('Content-Disposition', 'attachment', filename=fname)
    else:
        part.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', fname))
    return part


def eml_part(inner, fname):
    part = MIMEMessage(inner)
    del part['MIME-Version']
    part.add_header('Content-Disposition', 'attachment', filename=fname)
    return part


def fmt_sent(d, lang, style):
    hh = d.strftime('%H:%M')
    if lang == 'fr':
        if style == 'outlook':
            return f'{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {hh}'
        return f'{FR_DAYS[d.weekday()][:3]}. {d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d.hour} h {d.minute:02d}'
    h12 = d.strftime('%I:%M %p').lstrip('0')
    if style == 'outlook':
        return f'{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {h12}'
    return f'{EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {h12}'


def addr_str(t):
    return f'{t[0]} <{t[1]}>'


TOP_REPLY = {
    'en': ['Thanks, noted.', 'See below - can you take care of this one?', 'Done. Let me know if anything else is needed.',
           'Got it, thanks!', 'Adding this to the list for Thursday.', 'OK with me.', 'Please see below and advise.',
           'Thank you - we will follow up.', 'Sorry for the delay, see my answer below.'],
    'fr': ['Merci, c’est noté.', 'Voir ci-dessous, peux-tu t’en occuper?', 'C’est fait. Dis-moi s’il manque quelque chose.',
           'Parfait, merci!', 'Je l’ajoute à la liste de jeudi.', 'Ok pour moi.', 'Voir plus bas svp et me revenir.',
           'Merci, on fait le suivi.', 'Désolée du délai, voir ma réponse plus bas.'],
}
TOP_FWD = {
    'en': ['FYI', 'Forwarding for your records.', 'Please see below.', 'Can you file this?', 'See attached/below, thanks.',
           'For follow-up.', 'FYI - please action.'],
    'fr': ['Pour info.', 'Je te transfère pour ton dossier.', 'Voir ci-dessous svp.', 'Peux-tu classer ceci?', 'Pour suivi.',
           'À traiter svp, merci.', 'FYI'],
}
FWD_CLINICAL = ['paquin', 'whitcomb', 'mcallister', 'brisson', 'marchand', 'kerr', 'belisle', 'lavoie', 'oconnor', 'boucher', 'haddad']
FWD_ADMIN = ['paquin', 'stewart', 'ouellette', 'hale', 'carver', 'pelchat', 'doucet', 'mckenzie', 'fraser', 'morrison', 'hebert',
             'whitcomb', 'tremblay', 'desrosiers']


class Env:
    def __init__(self, rng, lang, date, idx, fwd_pool):
        self.rng, self.lang, self.date, self.idx, self.fwd_pool = rng, lang, date, idx, fwd_pool

    def msgid(self, dom=HOSP_DOMAIN):
        return f'<{self.rng.getrandbits(64):016x}.{self.idx}@{dom}>'


def sig_text(sender, rng, lang):
    if sender[2]:
        return signature(rng, sender[2], lang)
    return sender[0]


def body_with_sig(core, rng, lang):
    text = core['body']
    inner_html = core.get('html')
    if core.get('sig', True):
        s = sig_text(core['frm'], rng, lang)
        text = text.rstrip('\n') + '\n\n' + s
        if inner_html is not None:
            inner_html += '\n<p>' + '<br>\n'.join(html.escape(l) for l in s.split('\n')) + '</p>'
    return text, inner_html


def multipart(subtype, rng):
    style = rng.randrange(3)
    token = f'{rng.getrandbits(64):016x}'
    b = [f'----=_NextPart_000_{token[:4]}_{token[4:12]}.{token[12:]}', f'_{subtype[:3]}_{token}_', f'=_{token}'][style]
    m = MIMEMultipart(subtype, boundary=b)
    del m['MIME-Version']
    return m


def build_body_part(text, inner_html, fmt, rng, info, ics=None):
    if ics is not None:
        alt = multipart('alternative', rng)
        del alt['MIME-Version']
        alt.attach(text_part(text, 'plain', rng, info))
        alt.attach(text_part(html_doc(inner_html or text_to_html(text)), 'html', rng, info))
        cal = MIMENonMultipart('text', 'calendar', charset='utf-8', method='REQUEST')
        del cal['MIME-Version']
        cal.set_payload(base64.encodebytes(ics).decode('ascii'))
        cal['Content-Transfer-Encoding'] = 'base64'
        alt.attach(cal)
        info.append('alt+calendar')
        return alt
    if fmt == 'plain':
        return text_part(text, 'plain', rng, info)
    if fmt == 'html':
        return text_part(html_doc(inner_html or text_to_html(text)), 'html', rng, info)
    alt = multipart('alternative', rng)
    del alt['MIME-Version']
    alt.attach(text_part(text, 'plain', rng, info))
    alt.attach(text_part(html_doc(inner_html or text_to_html(text)), 'html', rng, info))
    return alt


def finish(body_part, atts, headers, rng):
    if atts:
        root = multipart('mixed', rng)
        del root['MIME-Version']
        root.attach(body_part)
        for a in atts:
            root.attach(a)
    else:
        root = body_part
    saved = [(k, v) for k, v in root.items()]
    for k in set(k for k, _ in saved):
        del root[k]
    for k, v in headers:
        if v is not None:
            root[k] = v
    root['MIME-Version'] = '1.0'
    for k, v in saved:
        if k.lower() != 'mime-version':
            root[k] = v
    return root


MAILERS = ['Microsoft Outlook 16.0', 'Zimbra 9.0.0_GA (ZimbraWebClient - FF128)', None, None,
           'Apple Mail (2.3774)', 'Mozilla Thunderbird 128.3.1', None]


def std_headers(frm, to, cc, subject, date, msgid, rng, lang, extra=()):
    h = [('From', fmt_addr(frm, rng)), ('To', ', '.join(fmt_addr(t, rng) for t in to))]
    if cc:
        h.append(('Cc', ', '.join(fmt_addr(t, rng) for t in cc)))
    h += [('Subject', enc_header(subject, rng)), ('Date', format_datetime(date)), ('Message-ID', msgid)]
    h += list(extra)
    m = rng.choice(MAILERS)
    if m:
        h.append(('X-Mailer', m))
    if rng.random() < 0.5:
        h.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    if rng.random() < 0.08:
        h.append(('Sensitivity', 'Private'))
    return h


def assemble(core, env):
    """Turn a content spec into a MIME message; returns (message, transport note)."""
    rng, lang = env.rng, env.lang
    info = []
    has_att = bool(core.get('atts')) or bool(core.get('eml')) or core.get('ics_alt') is not None
    thread = core.get('thread')
    if thread is None:
        if has_att:
            thread = rng.choices(['none', 'forward', 'attach'], [65, 20, 15])[0]
        else:
            thread = rng.choices(['none', 'reply', 'forward', 'attach'], [50, 25, 13, 12])[0]
    if thread == 'reply' and not (core['to'][0][2]):
        thread = 'forward'
    fmt = core.get('force') or rng.choices(['plain', 'alt', 'html'], [55, 30, 15])[0]
    crlf = rng.random() < 0.5
    orig_date = env.date - dt.timedelta(minutes=rng.randrange(20, 60 * 9))
    text, inner_html = body_with_sig(core, rng, lang)
    atts = [attachment_part(f, c, d, rng) for f, c, d in core.get('atts', [])]
    for fname, inner_msg in core.get('eml', []):
        atts.append(eml_part(inner_msg, fname))
        info.append('att:eml')
    for f, c, d in core.get('atts', []):
        info.append('att:' + f.rsplit('.', 1)[-1].lower())
    subj = core['subject']
    frm, to, cc = core['frm'], core['to'], core.get('cc', [])
    if thread == 'none':
        body = build_body_part(text, inner_html, fmt, rng, info, core.get('ics_alt'))
        msg = finish(body, atts, std_headers(frm, to, cc, subj, env.date, env.msgid(), rng, lang), rng)
    elif thread in ('reply', 'forward'):
        style = rng.choice(['outlook', 'gmail'])
        if thread == 'reply':
            new_from, new_to = to[0], [frm]
            top = rng.choice(TOP_REPLY[lang])
            prefix = rng.choice(['RE: ', 'Re: ', 'RE : ']) if lang == 'fr' else rng.choice(['RE: ', 'Re: '])
        else:
            new_from = frm if frm[2] else who(rng.choice(env.fwd_pool), lang)
            new_to = [who(rng.choice([k for k in env.fwd_pool if k != new_from[2]]), lang)]
            top = rng.choice(TOP_FWD[lang])
            prefix = rng.choice(['TR : ', 'TR: ', 'Fwd: ']) if lang == 'fr' else rng.choice(['FW: ', 'Fwd: ', 'Fw: '])
        top_sig = sig_text(new_from, rng, lang) if new_from[2] else new_from[0]
        sent = fmt_sent(orig_date, lang, style)
        if thread == 'forward' or style == 'outlook':
            if style == 'outlook':
                hdr = ['-----Message d’origine-----' if lang == 'fr' else '-----Original Message-----',
                       f"{'De :' if lang == 'fr' else 'From:'} {addr_str(frm)}",
                       f"{'Envoyé :' if lang == 'fr' else 'Sent:'} {sent}",
                       f"{'À :' if lang == 'fr' else 'To:'} {'; '.join(addr_str(t) for t in to)}",
                       f"{'Objet :' if lang == 'fr' else 'Subject:'} {subj}"]
            else:
                hdr = ['---------- Message transféré ---------' if lang == 'fr' else '---------- Forwarded message ---------',
                       f"{'De :' if lang == 'fr' else 'From:'} {addr_str(frm)}",
                       f"Date{' :' if lang == 'fr' else ':'} {sent}",
                       f"{'Objet :' if lang == 'fr' else 'Subject:'} {subj}",
                       f"{'À :' if lang == 'fr' else 'To:'} {', '.join(addr_str(t) for t in to)}"]
            full_text = f'{top}\n\n{top_sig}\n\n' + '\n'.join(hdr) + '\n\n' + text
            full_html = None
            if inner_html is not None:
                full_html = (text_to_html(f'{top}\n\n{top_sig}') + '\n<hr>\n<p>' +
                             '<br>\n'.join(html.escape(h) for h in hdr) + '</p>\n' + inner_html)
        else:
            if lang == 'fr':
                attrib = f'Le {sent}, {addr_str(frm)} a écrit :'
            else:
                attrib = f'On {sent} {addr_str(frm)} wrote:'
            quoted = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
            full_text = f'{top}\n\n{top_sig}\n\n{attrib}\n{quoted}\n'
            full_html = None
            if inner_html is not None:
                full_html = (text_to_html(f'{top}\n\n{top_sig}\n\n{attrib}') +
                             '\n<blockquote style="border-left:1px solid #ccc;padding-left:1ex">' + inner_html + '</blockquote>')
        extra = []
        if thread == 'reply':
            ref = env.msgid()
            extra = [('In-Reply-To', ref), ('References', ref)]
        body = build_body_part(full_text, full_html, fmt, rng, info,
                               core.get('ics_alt') if thread == 'forward' else None)
        msg = finish(body, atts, std_headers(new_from, new_to, [], prefix + subj, env.date, env.msgid(), rng, lang, extra), rng)
        info.insert(0, f'{thread}-{style}')
    else:  # attach original as message/rfc822
        inner_body = build_body_part(text, inner_html, fmt, rng, info, core.get('ics_alt'))
        inner = finish(inner_body, atts, std_headers(frm, to, cc, subj, orig_date, env.msgid(), rng, lang), rng)
        new_from = frm if frm[2] else who(rng.choice(env.fwd_pool), lang)
        new_to = [who(rng.choice([k for k in env.fwd_pool if k != new_from[2]]), lang)]
        top = rng.choice(TOP_FWD[lang]) + '\n\n' + (
            'Le message original est en pièce jointe.' if lang == 'fr' else 'Original message attached.')
        outer_text = top + '\n\n' + sig_text(new_from, rng, lang)
        outer_body = build_body_part(outer_text, None, rng.choice(['plain', 'alt']), rng, info)
        fname = (rng.choice(['message.eml', 'courriel original.eml', 'original.eml']) if lang == 'fr'
                 else rng.choice(['message.eml', 'original message.eml', 'FW.eml']))
        prefix = rng.choice(['TR : ', 'Fwd: ']) if lang == 'fr' else rng.choice(['FW: ', 'Fwd: '])
        msg = finish(outer_body, [eml_part(inner, fname)],
                     std_headers(new_from, new_to, [], prefix + subj, env.date, env.msgid(), rng, lang), rng)
        info.insert(0, 'attached-eml')
    if thread == 'none':
        info.insert(0, 'single')
    info.append('crlf' if crlf else 'lf')
    return msg, crlf, '; '.join(info)


def serialize(msg, crlf):
    buf = io.BytesIO()
    pol = email.policy.compat32.clone(linesep='\r\n' if crlf else '\n')
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


# --------------------------------------------------------------------------- helpers for templates
RESIDENTS = ['nguyen', 'roy', 'patel', 'gagnon', 'fortin']
INTERNISTS = ['marchand', 'kerr', 'rao']
FMS = ['mcallister', 'brisson']
RADS = ['dube', 'bergeron']


def greet(c, key):
    if key in STAFF:
        first, last, role = STAFF[key][:3]
        doc = role in ('internist', 'fm', 'fm_director', 'radiologist', 'resident')
    else:
        first, last, doc = None, None, False
    if c.lang == 'fr':
        if not first:
            return c.pick(['Bonjour,', 'Bonjour à tous,', 'Bonjour,', 'Bonjour à vous,'])
        return c.pick([f'Bonjour {first},', 'Bonjour,', f'Bonjour Dr {last},' if doc else f'Bonjour {first},',
                       f'Salut {first},', f'Allo {first},'])
    if not first:
        return c.pick(['Hello,', 'Good morning,', 'Hi there,', 'Hi,', 'Hello all,'])
    return c.pick([f'Hi {first},', 'Hello,', f'Dear Dr. {last},' if doc else f'Dear {first},', f'{first},',
                   f'Good morning {first},', f'Hi {first} -'])


def thanks(c):
    return c.pick(['Merci!', 'Merci beaucoup,', 'Merci à l’avance,', 'Bonne journée,', 'Merci']) if c.lang == 'fr' \
        else c.pick(['Thanks,', 'Thank you!', 'Many thanks,', 'Cheers,', 'Thx'])


def table_mail(before, rows, after=()):
    """Same content as plain text and as an HTML fragment with a real table."""
    before = [b for b in before if b]
    after = [a for a in after if a]
    body = '\n\n'.join(before + [text_table(rows)] + after)
    h = text_to_html('\n\n'.join(before)) + '\n' + html_table(rows)
    if after:
        h += '\n' + text_to_html('\n' + '\n\n'.join(after))
    return body, h


def mk(subject, body, frm, to, note, **kw):
    d = dict(subject=subject, body=body, frm=frm, to=to, note=note)
    d.update(kw)
    return d


def future(c, days_lo=2, days_hi=40):
    d = c.date + dt.timedelta(days=c.rng.randrange(days_lo, days_hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d.replace(hour=c.rng.choice([8, 9, 10, 11, 13, 14, 15]), minute=c.rng.choice([0, 15, 30, 45]), second=0)


def past(c, days_lo=1, days_hi=20):
    return (c.date - dt.timedelta(days=c.rng.randrange(days_lo, days_hi))).date()


def age_of(p, ref):
    return ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))


def dfmt(c, d, style=None):
    return fmt_date(d.date() if isinstance(d, dt.datetime) else d, c.lang, style, c.rng)


def ascii_fold(s):
    tbl = str.maketrans('éèêëàâîïôöùûüçÉÈÀÇ’ ', 'eeeeaaiioouuucEEAC__')
    return s.translate(tbl)


EXAMS = {
    'nodule': ('CT chest without contrast', 'TDM thorax sans contraste',
               'A 9 mm solid nodule in the right upper lobe, new compared to prior. No adenopathy.',
               'Nodule solide de 9 mm au lobe supérieur droit, nouveau par rapport à l’examen antérieur. Pas d’adénopathie.'),
    'cap': ('Chest X-ray PA/lateral', 'Radiographie pulmonaire PA/latérale',
            'Right lower lobe consolidation with small parapneumonic effusion.',
            'Condensation du lobe inférieur droit avec petit épanchement parapneumonique.'),
    'dvt': ('Venous Doppler, left lower limb', 'Écho-Doppler veineux du membre inférieur gauche',
            'Non-compressible left popliteal and superficial femoral veins with echogenic thrombus.',
            'Veines poplitée et fémorale superficielle gauches non compressibles avec thrombus échogène.'),
    'koa': ('X-ray right knee, standing', 'Radiographie genou droit en charge',
            'Severe medial compartment narrowing, subchondral sclerosis and osteophytes.',
            'Pincement sévère du compartiment médial, sclérose sous-chondrale et ostéophytes.'),
    'lumbar': ('MRI lumbar spine', 'IRM colonne lombaire',
               'Right paracentral L4-L5 disc extrusion contacting the traversing right L5 root.',
               'Extrusion discale paracentrale droite L4-L5 au contact de la racine L5 droite.'),
    'rotator': ('Ultrasound right shoulder', 'Échographie épaule droite',
                'Full-thickness supraspinatus tear measuring 14 mm, retracted 8 mm.',
                'Déchirure transfixiante du sus-épineux de 14 mm, rétractée de 8 mm.'),
    'stroke': ('CT head without contrast', 'TDM cérébrale sans contraste',
               'Hypodensity in the left MCA territory consistent with evolving infarct. No hemorrhage.',
               'Hypodensité du territoire sylvien gauche compatible avec un infarctus en évolution. Pas d’hémorragie.'),
    'pe': ('CT pulmonary angiogram', 'Angio-TDM pulmonaire',
           'Filling defects in the right lower lobe segmental arteries. RV/LV ratio 0.9.',
           'Défauts de remplissage des artères segmentaires du lobe inférieur droit. Rapport VD/VG 0,9.'),
    'hipfx': ('X-ray left hip and pelvis', 'Radiographie hanche gauche et bassin',
              'Displaced subcapital fracture of the left femoral neck.',
              'Fracture sous-capitale déplacée du col fémoral gauche.'),
    'breastca': ('Bilateral diagnostic mammogram', 'Mammographie diagnostique bilatérale',
                 'Spiculated 2.1 cm mass at 2 o’clock left breast, BI-RADS 5.',
                 'Masse spiculée de 2,1 cm à 2 h au sein gauche, BI-RADS 5.'),
    'chf': ('Echocardiogram', 'Échocardiographie',
            'Dilated LV with global hypokinesis, LVEF estimated at 30%.',
            'VG dilaté avec hypokinésie globale, FEVG estimée à 30 %.'),
}


# --------------------------------------------------------------------------- positive templates
def p_consult_im(c):
    p = c.patient()
    res, im = c.pick(RESIDENTS), c.pick(INTERNISTS)
    key = c.key_for(p, ['dm2', 'af', 'chf', 'ckd', 'ida', 'hypot', 'htn', 'pe', 'dvt', 'pancreatitis'])
    nm = c.name(p)
    ids = []
    if c.chance(0.7):
        ids.append(f'{c.dob_label()} {c.dob(p)}')
    if c.chance(0.6):
        ids.append(f'{c.nam_label()} {c.nam(p)}')
    if c.chance(0.5) or not ids:
        ids.append(f'{c.mrn_label()} {c.mrn(p)}')
    reason = c.dx(key)
    meds = c.meds(key) if c.chance(0.75) else []
    labs = c.labs(key) if c.chance(0.7) else []
    age = age_of(p, c.date)
    sup = STAFF[c.pick(FMS)][1]
    form = c.chance(0.3)
    if c.lang == 'fr':
        lines = [f'Pourrais-tu voir {nm} ({age} ans) en consultation de médecine interne?',
                 f'Motif : {reason}.', ' | '.join(ids)]
        if meds:
            lines += ['Médication actuelle :'] + [f'- {m}' for m in meds]
        if labs:
            lines.append('Labos récents : ' + ', '.join(labs))
        lines.append(c.pick([f'Vu(e) aujourd’hui à l’UMF avec Dre {sup}. Patient(e) d’accord avec la référence.',
                             'Priorité : semi-urgent (2-4 semaines).', 'Merci de nous aviser de la date du rendez-vous.']))
        subj = c.pick(['Demande de consultation - médecine interne', f'Consult MI : {c.name(p, "surcomma")}',
                       'Référence MI', f'consult med int {p.surname}'])
    else:
        lines = [f'Would you be able to see {nm} ({age} y.o.) in the IM clinic?',
                 f'Reason for consult: {reason}.', ' | '.join(ids)]
        if meds:
            lines += ['Current meds:'] + [f'- {m}' for m in meds]
        if labs:
            lines.append('Recent labs: ' + ', '.join(labs))
        lines.append(c.pick([f'Seen today at the FMU with Dr. {sup}; patient agrees with referral.',
                             'Semi-urgent, ideally within 2-4 weeks.', 'Please let us know the appointment date.']))
        subj = c.pick(['IM consult request', f'Consult IM: {c.name(p, "surcomma")}', 'Referral to internal medicine',
                       f'consult request - {p.surname}'])
    if form:
        blocks = [('title', c.t('Consultation Request - Internal Medicine', 'Demande de consultation - Médecine interne')),
                  ('p', '\n'.join(lines)), ('small', c.t('Requesting physician: ', 'Médecin référent : ') + staff_disp(res, c.lang))]
        att = (c.pick(['consult_MI.docx', f'consult_{ascii_fold(p.surname)}.docx', 'demande_consultation.docx']),
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx('Consult', blocks))
        body = '\n\n'.join([greet(c, im), c.t('Consult request attached (form).', 'Demande de consultation en pièce jointe.'), thanks(c)])
        return mk(subj, body, who(res, c.lang), [who(im, c.lang)], 'IM consult request with DOCX form', atts=[att])
    body = '\n\n'.join([greet(c, im), '\n'.join(lines), thanks(c)])
    return mk(subj, body, who(res, c.lang), [who(im, c.lang)], 'IM consult request inline',
              cc=[who('paquin', c.lang)] if c.chance(0.3) else [])


def p_di_report(c):
    origin = 'on' if c.chance(0.3) else 'qc'
    p = c.patient(origin, adult=False)
    key = c.key_for(p, sorted(EXAMS))
    ex_en, ex_fr, f_en, f_fr = EXAMS[key]
    rad = c.pick(RADS)
    exam_date = past(c, 1, 6)
    rows = [[c.t('Patient', 'Patient(e)'), c.name(p, c.pick(['surcomma', 'full', 'upper']))],
            [c.t('Date of birth', 'Date de naissance'), c.dob(p)],
            [c.t('MRN', 'No dossier'), c.mrn(p, 0)]]
    if origin == 'qc' and c.chance(0.6):
        rows.append(['NAM', c.nam(p, 0)])
    if origin == 'on':
        rows.append(['OHIP', c.hn(p, 0)])
    rows += [[c.t('Exam', 'Examen'), c.t(ex_en, ex_fr)], [c.t('Exam date', 'Date d’examen'), dfmt(c, exam_date, 0)],
             [c.t('Referring', 'Référent'), staff_disp(c.pick(FMS + INTERNISTS), c.lang)]]
    blocks = [('title', c.t(f'{HOSP_EN} - Diagnostic Imaging Report', f'{HOSP_FR} - Rapport d’imagerie')),
              ('table', [[c.t('Field', 'Champ'), c.t('Value', 'Valeur')]] + rows),
              ('h', c.t('Findings', 'Constatations')), ('p', c.t(f_en, f_fr)),
              ('h', c.t('Impression', 'Conclusion')), ('p', c.dx(key) + '.'),
              ('small', c.t('Electronically signed by ', 'Signé électroniquement par ') + staff_disp(rad, c.lang))]
    pdf = make_pdf('DI report', blocks, author=staff_disp(rad, c.lang))
    fname = c.pick([f'rapport_{p.mrn}.pdf' if c.lang == 'fr' else f'DI_report_{p.mrn}.pdf', 'report.pdf',
                    f'{ascii_fold(p.surname)}_{ascii_fold(c.t(ex_en, ex_fr)).split(",")[0].replace(" ", "_")}.pdf'])
    frm = who(c.pick(['stewart', 'ouellette', rad]), c.lang)
    if origin == 'on':
        to = [who('brisebois', c.lang)]
    else:
        to = [who(c.pick(FMS + INTERNISTS), c.lang)]
    if c.chance(0.4):
        line = c.t(f'Please find attached the {ex_en} report for {c.name(p)}.',
                   f'Voici le rapport ({ex_fr.lower()}) pour {c.name(p)}.')
    else:
        line = c.t('Please find the attached report for your patient.', 'Veuillez trouver ci-joint le rapport pour votre patient(e).')
    body = '\n\n'.join([greet(c, to[0][2] or 'x'), line,
                        c.t('The study was flagged as significant by the radiologist.', 'Le radiologiste a signalé un résultat significatif.')
                        if c.chance(0.5) else '', thanks(c)]).replace('\n\n\n\n', '\n\n')
    return mk(c.pick([c.t('DI report', 'Rapport imagerie'), c.t('Imaging report - significant finding', 'Résultat d’imagerie significatif'),
                      f'{c.t(ex_en, ex_fr)}']), body, frm, to, 'DI report PDF attached', atts=[(fname, 'application/pdf', pdf)])


def p_di_booking_ics(c):
    p = c.patient(c.pick(['qc', 'qc', 'on']))
    key = c.key_for(p, ['nodule', 'lumbar', 'rotator', 'pe', 'chf', 'breastca', 'dvt'])
    ex = c.t(EXAMS[key][0], EXAMS[key][1])
    when = future(c)
    nm = c.name(p, c.pick(['full', 'surcomma', 'title']))
    desc = [f"{c.t('Patient', 'Patient')}: {nm}", f"{c.t('Tel', 'Tél.')}: {c.phone(p, c.chance(0.5))}"]
    if c.chance(0.5):
        desc.append(f"{c.t('Reason', 'Indication')}: {c.dx(key)}")
    if c.chance(0.5):
        desc.append(c.t('Contrast: ', 'Contraste : ') + ', '.join(c.labs('ckd', 1)))
    if c.chance(0.4):
        desc.append(c.t('Claustrophobic - ', 'Claustrophobe - ') + c.t('lorazepam 1 mg SL 30 min before', 'lorazépam 1 mg SL 30 min avant'))
        c.types.add('medication')
    if c.chance(0.4):
        desc.append(f"{c.mrn_label()} {c.mrn(p)}")
    desc.append(c.t('Fasting 4 h. Arrive 20 min early at DI reception, Stonebridge site.',
                    'À jeun 4 h. Se présenter 20 min avant à l’accueil de l’imagerie, site Stonebridge.'))
    organizer = who(c.pick(['stewart', 'ouellette']), c.lang)
    to = who(c.pick(FMS + ['whitcomb'] + RESIDENTS), c.lang)
    ev = dict(uid=f'{c.rng.getrandbits(48):012x}@{HOSP_DOMAIN}', start=when, end=when + dt.timedelta(minutes=45),
              summary=f'{ex} - {nm}', location=c.t('Diagnostic Imaging, Stonebridge site', 'Imagerie médicale, site Stonebridge'),
              description='\n'.join(desc), organizer=(organizer[0], organizer[1]), attendees=[(to[0], to[1])])
    ics = make_ics([ev])
    body = '\n'.join([greet(c, to[2]), '', c.t(f'Booked: {ex} on {dfmt(c, when, 2)} at {when:%H:%M}.',
                                                 f'Rendez-vous fixé : {ex} le {dfmt(c, when, 2)} à {when:%H:%M}.'),
                      c.t('Details in the invitation.', 'Détails dans l’invitation.'), '', thanks(c)])
    subj = c.pick([f'{ex} - {nm}', c.t('Imaging appointment', 'Rendez-vous imagerie'), f'RDV {ex}'])
    if c.chance(0.5):
        return mk(subj, body, organizer, [to], 'DI booking, calendar alternative part', ics_alt=ics)
    return mk(subj, body, organizer, [to], 'DI booking, ICS attachment', atts=[('invite.ics', 'text/calendar', ics)])


def p_physio_referral(c):
    p = c.patient(adult=False)
    key = c.key_for(p, ['koa', 'tka', 'hipfx', 'rotator', 'lumbar', 'stroke', 'parkinson'])
    ref = c.pick(FMS + INTERNISTS + RESIDENTS)
    rows = [[c.t('Name', 'Nom'), c.name(p, c.pick(['surcomma', 'full']))],
            [c.t('DOB', 'DDN'), c.dob(p, 0)],
            ['NAM' if c.chance(0.6) else c.t('MRN', 'Dossier'), None],
            [c.t('Phone', 'Téléphone'), c.phone(p)],
            [c.t('Diagnosis', 'Diagnostic'), c.dx(key)],
            [c.t('Precautions', 'Précautions'), c.pick([c.t('WBAT', 'MEC selon tolérance'), c.t('no resisted abduction x 6 wk', 'pas d’abduction contre résistance x 6 sem'),
                                                       c.t('fall risk', 'risque de chute'), c.t('none', 'aucune')])],
            [c.t('Goals', 'Objectifs'), c.t('ROM, strengthening, gait retraining', 'amplitudes, renforcement, rééducation à la marche')]]
    rows[2][1] = c.nam(p) if rows[2][0] == 'NAM' else c.mrn(p)
    if c.chance(0.4):
        rows.append([c.t('Medication', 'Médication'), '; '.join(c.meds(key, 2, extra=False)) or '-'])
    blocks = [('title', c.t('Physiotherapy Referral', 'Demande de services en physiothérapie')),
              ('table', [[c.t('Item', 'Élément'), c.t('Detail', 'Détail')]] + rows),
              ('p', c.t('Referring physician: ', 'Médecin référent : ') + staff_disp(ref, c.lang))]
    phys = c.pick(['oconnor', 'lavoie'])
    if c.chance(0.6):
        doc = make_docx('Physio referral', blocks)
        att = [(c.pick(['reference_physio.docx', 'physio_referral.docx', f'physio_{ascii_fold(p.surname)}.docx']),
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)]
        body = '\n\n'.join([greet(c, phys), c.t('New referral attached, thanks for booking.', 'Nouvelle référence ci-jointe, merci de planifier.'), thanks(c)])
        return mk(c.t('Physio referral', 'Référence physio'), body, who(ref, c.lang), [who(phys, c.lang)], 'physio referral DOCX', atts=att)
    body, html_inner = table_mail([greet(c, phys), c.t('New referral:', 'Nouvelle référence :')], rows, [thanks(c)])
    return mk(c.t('Physio referral', 'Référence physio') + f' - {p.surname}', body, who(ref, c.lang), [who(phys, c.lang)],
              'physio referral table inline', html=html_inner)


def p_homecare_roster(c):
    n = c.rng.randint(4, 7)
    pts = [c.patient(c.pick(['qc', 'qc', 'qc', 'on'])) for _ in range(n)]
    hdr = [c.t('Patient', 'Usager'), c.t('Address', 'Adresse'), c.t('Phone', 'Tél.'), c.t('Reason for visit', 'Motif'),
           c.t('Care / meds', 'Soins / Rx'), c.t('Time', 'Heure')]
    rows = [hdr]
    for i, p in enumerate(pts):
        key = c.key_for(p, ['dm2', 'wound', 'chf', 'copd', 'tka', 'dementia', 'cellulitis', 'af'])
        meds = c.meds(key, 1, extra=False)
        rows.append([c.name(p, c.pick(['surcomma', 'sur'])), c.addr(p), c.phone(p), c.dx(key), meds[0] if meds else c.t('dressing', 'pansement'),
                     f'{8 + i}:{c.pick(["00", "30"])}'])
    if c.chance(0.3):
        hdr.append('NAM/HN')
        for r, p in zip(rows[1:], pts):
            r.append(c.nam(p, 0) if p.nam else c.hn(p, 0))
    xlsx = make_xlsx([(c.t('Visits', 'Visites'), rows)])
    day = future(c, 1, 4)
    frm = who('belisle', c.lang)
    to = [who(c.pick(['cote', 'macleod']), c.lang)] if c.chance(0.5) else [who('whitcomb', c.lang)]
    body = '\n\n'.join([greet(c, to[0][2] or 'x'), c.t(f'Route for {dfmt(c, day, 2)} attached ({n} visits).',
                                                      f'Voici la tournée du {dfmt(c, day, 2)} ({n} visites).'), thanks(c)])
    return mk(c.t('Home visits', 'Tournée SAD') + f' {day:%Y-%m-%d}', body, frm, to, 'home care roster XLSX',
              atts=[(f'tournee_{day:%Y%m%d}.xlsx' if c.lang == 'fr' else f'route_{day:%Y%m%d}.xlsx',
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx)])


def p_lab_csv(c):
    n = c.rng.randint(3, 8)
    rows = [['MRN', 'Patient', c.t('DOB', 'DDN'), c.t('Test', 'Analyse'), c.t('Result', 'Résultat'), 'Flag', c.t('Collected', 'Prélevé')]]
    for _ in range(n):
        p = c.patient(adult=False)
        key = c.key_for(p, ['dm2', 'af', 'ckd', 'ida', 'hypot', 'chf', 'pe'])
        lab = c.labs(key, 1)[0]
        name_parts = lab.rsplit(' ', 2)
        rows.append([c.mrn(p, 0), c.name(p, 'surcomma'), c.dob(p, 0), lab.split(' ')[0], ' '.join(lab.split(' ')[1:]), c.pick(['H', 'HH', 'L', 'C']),
                     dfmt(c, past(c, 1, 4), 0)])
    data = make_csv(rows, ';' if c.lang == 'fr' else ',', c.pick(['utf-8', 'utf-8-sig']))
    frm = who(c.pick(['whitcomb', 'paquin']), c.lang)
    to = [who(c.pick(RESIDENTS + FMS), c.lang)]
    body = '\n\n'.join([greet(c, to[0][2]), c.t('Abnormal results to review (export from the lab system).',
                                                 'Résultats anormaux à réviser (extraction du système de labo).'), thanks(c)])
    return mk(c.t('Abnormal labs to review', 'Labos anormaux à réviser'), body, frm, to, 'lab results CSV',
              atts=[(c.pick(['labs_anormaux.csv', 'critical_results.csv', 'export.csv']), 'text/csv', data)])


def p_discharge_homecare(c):
    origin = c.pick(['qc', 'on'])
    p = c.patient(origin)
    key = c.key_for(p, ['chf', 'copd', 'cap', 'hipfx', 'stroke', 'cellulitis', 'pe', 'pancreatitis'])
    adm = past(c, 4, 12)
    dis = past(c, 0, 2) if False else c.date.date()
    meds = c.meds(key, 3)
    rows = [[c.t('Name', 'Nom'), c.name(p, 'surcomma')], [c.t('DOB', 'DDN'), c.dob(p)],
            ['OHIP' if origin == 'on' else 'NAM', c.hn(p) if origin == 'on' else c.nam(p)],
            [c.t('Address', 'Adresse'), c.addr(p)], [c.t('Phone', 'Tél.'), c.phone(p)],
            [c.t('Admitted', 'Admission'), dfmt(c, adm, 0)], [c.t('Discharged', 'Congé'), dfmt(c, dis, 0)]]
    blocks = [('title', c.t('Discharge Summary / Home Care Referral', 'Résumé de congé / Demande SAD')),
              ('table', [['', '']] + rows),
              ('h', c.t('Principal diagnosis', 'Diagnostic principal')), ('p', c.dx(key)),
              ('h', c.t('Discharge medications', 'Médication au congé')), ('p', '\n'.join(meds))]
    if c.chance(0.6):
        blocks += [('h', c.t('Social situation', 'Situation sociale')), ('p', c.social(p))]
    if c.chance(0.5):
        blocks += [('h', c.t('Last labs', 'Derniers labos')), ('p', ', '.join(c.labs(key)))]
    blocks += [('p', c.t('Follow-up with family physician in 7-10 days.', 'Suivi avec le médecin de famille dans 7 à 10 jours.'))]
    pdf = make_pdf('Discharge summary', blocks)
    to = who('macleod' if origin == 'on' else 'cote', c.lang)
    frm = who(c.pick(['boucher', 'belisle', c.pick(INTERNISTS)]), c.lang)
    line = c.t('Referral for home care services for a patient discharged today; summary attached.',
               'Demande de services à domicile pour un usager ayant son congé aujourd’hui; résumé en pièce jointe.')
    if c.chance(0.4):
        line += ' ' + c.t(f'Patient: {c.name(p)}.', f'Usager : {c.name(p)}.')
    body = '\n\n'.join([greet(c, 'x'), line, thanks(c)])
    return mk(c.t('Home care referral', 'Référence SAD') + c.pick(['', ' - urgent', f' - {p.surname}']), body, frm, [to],
              'discharge summary PDF to home care', atts=[(c.pick(['resume_conge.pdf', 'discharge_summary.pdf', f'DS_{p.mrn}.pdf']), 'application/pdf', pdf)])


def p_handover_html(c):
    n = c.rng.randint(4, 7)
    rows = [[c.t('Room', 'Ch.'), c.t('Patient', 'Patient'), 'MRN', c.t('Age', 'Âge'), 'Dx', c.t('To do', 'À faire')]]
    for _ in range(n):
        p = c.patient()
        key = c.key_for(p, sorted(COND))
        k = c.rng.randrange(4)
        if k == 0:
            todo = c.t('f/u ', 'suivi ') + ', '.join(c.labs(key, 1))
        elif k == 1:
            todo = c.t('start ', 'débuter ') + (c.meds(key, 1, extra=False) or [c.t('IV fluids', 'soluté IV')])[0]
        elif k == 2:
            todo = c.t('family meeting 14h', 'rencontre famille 14h')
        else:
            todo = c.t('d/c tomorrow if stable', 'congé demain si stable')
        rows.append([f'{c.rng.randrange(201, 236)}{c.pick(["A", "B", ""])}', c.name(p, c.pick(['surcomma', 'sur', 'upper'])),
                     c.mrn(p, c.pick([0, 1])), str(age_of(p, c.date)), c.dx(key), todo])
    res = c.pick(RESIDENTS)
    intro = c.t('Sign-out for tonight (IM ward, 2nd floor):', 'Liste de passation pour ce soir (MI, 2e étage) :')
    body, html_inner = table_mail([c.pick(['Hi all,', 'Hello team,', 'Hi,']) if c.lang == 'en' else c.pick(['Bonjour à tous,', 'Salut la gang,', 'Bonjour,']), intro],
                                  rows, [thanks(c)])
    to = [who(r, c.lang) for r in c.rng.sample([x for x in RESIDENTS if x != res], 2)]
    return mk(c.t('Sign-out', 'Passation') + f' {c.date:%d/%m}', body, who(res, c.lang), to, 'resident sign-out table (HTML)',
              html=html_inner, force=c.pick(['html', 'alt']))


def p_transport(c):
    p = c.patient(c.pick(['qc', 'qc', 'on']))
    dest = c.pick([('dialysis', 'hémodialyse', 'ckd'), ('oncology day clinic', 'clinique d’oncologie', 'breastca'),
                   ('wound clinic', 'clinique de plaies', 'wound'), ('cardiology clinic', 'clinique de cardiologie', 'chf')])
    when = future(c, 1, 10)
    lines = [c.t('Transport request', 'Demande de transport'),
             f"{c.t('Client', 'Usager')}: {c.name(p, c.pick(['title', 'full', 'surcomma']))}",
             f"{c.t('Pick-up address', 'Adresse de prise en charge')}: {c.addr(p)}",
             f"{c.t('Phone', 'Tél.')}: {c.phone(p, c.chance(0.3))}",
             f"{c.t('Destination', 'Destination')}: {HOSP_EN if c.lang == 'en' else HOSP_FR} - {c.t(dest[0], dest[1])}",
             f"{c.t('Date/time', 'Date/heure')}: {dfmt(c, when, 0)} {when:%H:%M}"]
    c.types.add('diagnosis')
    if c.chance(0.5):
        lines.append(f"{c.t('Diagnosis', 'Diagnostic')}: {c.dx(dest[2])}")
    lines.append(f"{c.t('Mobility', 'Mobilité')}: " + c.pick([c.t('wheelchair, needs ramp', 'fauteuil roulant, rampe requise'),
                                                              c.t('walker; O2 2 L/min', 'marchette; O2 2 L/min'),
                                                              c.t('independent, hard of hearing', 'autonome, malentendant(e)')]))
    if c.chance(0.3):
        lines.append(c.t('Note: ', 'Note : ') + c.social(p, 4))
    frm = who(c.pick(['paquin', 'whitcomb', 'belisle']), c.lang)
    body = '\n\n'.join([greet(c, 'x'), '\n'.join(lines), thanks(c)])
    return mk(c.t('Transport request', 'Demande de transport') + f' {when:%Y-%m-%d}', body, frm, [who('transport', c.lang)],
              'adapted transport request with home address')


def p_vcard_patient(c):
    p = c.patient(c.pick(['qc', 'on']))
    key = c.key_for(p, ['wound', 'dementia', 'copd', 'parkinson', 'tka'])
    note = c.social(p) + ('. ' + c.dx(key) if c.chance(0.7) else '')
    c.name(p, 'full')
    card = dict(sur=p.surname, given=p.given, bday=p.dob.isoformat(), tel=[('HOME', c.phone(p)), ('CELL', p.cell)],
                adr=c.addr(p), email=p.email, note=note)
    c.types.add('date_of_birth')
    vcf = make_vcard([card])
    to = who(c.pick(['cote', 'macleod', 'belisle']), c.lang)
    frm = who(c.pick(['boucher', 'whitcomb', 'paquin']), c.lang)
    body = '\n\n'.join([greet(c, to[2] or 'x'), c.t('Contact card for the home visit attached - please call the daughter first.',
                                                     'Fiche contact pour la visite à domicile ci-jointe - appeler la fille d’abord svp.'), thanks(c)])
    return mk(c.t('Contact for home visit', 'Coordonnées visite à domicile'), body, frm, [to], 'patient vCard with note',
              atts=[(f'{ascii_fold(p.given)}_{ascii_fold(p.surname)}.vcf' if c.chance(0.5) else 'contact.vcf', 'text/vcard', vcf)])


def p_zip_referral(c):
    p = c.patient(c.pick(['qc', 'on']))
    key = c.key_for(p, ['ida', 'dm2', 'ckd', 'af', 'nodule', 'breastca'])
    letter = [('title', c.t('Referral letter', 'Lettre de référence')),
              ('p', c.t(f'Re: {c.name(p)}, DOB {c.dob(p, 0)}', f'Objet : {c.name(p)}, DDN {c.dob(p, 0)}')),
              ('p', c.t('Thank you for seeing this patient for ', 'Merci de voir ce patient pour ') + c.dx(key) + '.'),
              ('p', c.t('Medications: ', 'Médication : ') + '; '.join(c.meds(key, 2)))]
    if p.nam:
        letter.insert(2, ('p', f'NAM {c.nam(p)}'))
    else:
        letter.insert(2, ('p', f'OHIP {c.hn(p)}'))
    pdf = make_pdf('Referral', letter)
    labrows = [[c.t('Test', 'Analyse'), c.t('Value', 'Valeur')]] + [[l.split(' ')[0], ' '.join(l.split(' ')[1:])] for l in c.labs(key, 2)]
    csvb = make_csv(labrows)
    files = [(c.t('referral_letter.pdf', 'lettre_reference.pdf'), pdf), (c.t('labs.csv', 'laboratoires.csv'), csvb)]
    if c.chance(0.4):
        files.append((c.t('imaging.pdf', 'imagerie.pdf'),
                      make_pdf('Imaging', [('p', f'{c.mrn_label()} {c.mrn(p, 0)}'), ('p', c.dx(key))])))
    z = make_zip(files)
    frm = who(c.pick(FMS + RESIDENTS), c.lang)
    to = [who('brisebois', c.lang)] if p.origin == 'on' else [who(c.pick(INTERNISTS), c.lang)]
    body = '\n\n'.join([greet(c, to[0][2] or 'x'), c.t('Referral package attached (zip).', 'Dossier de référence en pièce jointe (zip).'), thanks(c)])
    return mk(c.t('Referral package', 'Documents de référence'), body, frm, to, 'ZIP with referral PDF and lab CSV',
              atts=[(c.pick(['reference.zip', 'referral.zip', f'ref_{p.mrn}.zip']), 'application/zip', z)])


def inner_patient_mail(c, p, to_key, subj, text, date):
    info = []
    part = text_part(text, 'plain', c.rng, info)
    hdrs = [('From', fmt_addr((p.full, c.email(p)), c.rng)), ('To', fmt_addr(who(to_key, c.lang), c.rng)),
            ('Subject', enc_header(subj, c.rng)), ('Date', format_datetime(date)),
            ('Message-ID', f'<{c.rng.getrandbits(60):015x}@{p.email.split("@")[1]}>')]
    return finish(part, [], hdrs, c.rng)


def p_patient_eml(c):
    p = c.patient()
    key = c.key_for(p, ['lumbar', 'koa', 'rotator', 'tka', 'hipfx'])
    c.name(p, 'full')
    meds = c.meds(key, 1, extra=False)
    dxs = c.dx(key)
    if c.lang == 'fr':
        text = (f'Bonjour,\n\nC’est {p.given} {p.surname} ({c.dob(p, 1)}). Depuis ma dernière visite pour ma {dxs}, '
                f'la douleur est pire la nuit.' + (f' Je prends {meds[0]} mais ça ne change rien.' if meds else '') +
                f'\nEst-ce possible d’avancer mon rendez-vous? Mon cell : {c.phone(p, True)}\n\nMerci\n{p.given}')
        subj = 'Rendez-vous'
    else:
        text = (f'Hi,\n\nThis is {p.given} {p.surname} (born {c.dob(p, 2)}). Since my last visit for my {dxs} '
                f'the pain is worse at night.' + (f' I am taking {meds[0]} but it is not helping.' if meds else '') +
                f'\nCould I get an earlier appointment? My cell is {c.phone(p, True)}\n\nThanks\n{p.given}')
        subj = 'appointment'
    to_key = c.pick(['oconnor', 'lavoie', 'whitcomb'])
    inner = inner_patient_mail(c, p, 'paquin' if to_key == 'whitcomb' else to_key, subj, text,
                               c.date - dt.timedelta(hours=c.rng.randrange(2, 40)))
    frm = who(c.pick(['paquin', 'whitcomb']), c.lang)
    body = '\n\n'.join([greet(c, to_key), c.t('Message received from a patient, see attached. Can you call back?',
                                               'Message reçu d’un patient, voir pièce jointe. Peux-tu rappeler?'), thanks(c)])
    return mk(c.t('Patient message', 'Message patient'), body, frm, [who(to_key, c.lang)], 'patient e-mail attached as .eml',
              eml=[(c.pick(['message_patient.eml', 'patient.eml', 'Rendez-vous.eml']), inner)], thread='none')


def p_social_work(c):
    p = c.patient(c.pick(['qc', 'qc', 'on']))
    key = c.key_for(p, ['dementia', 'aud', 'copd', 'stroke', 'hipfx', 'mdd'])
    s1 = c.social(p)
    extra = [c.social(p)] if c.chance(0.4) else []
    ident = c.name(p, c.pick(['title', 'full', 'surcomma']))
    idl = f'{c.mrn_label()} {c.mrn(p)}' if c.chance(0.6) else f'{c.dob_label()} {c.dob(p)}'
    to = who(c.pick(['cote', 'macleod', 'belisle']), c.lang)
    if c.lang == 'fr':
        lines = [f'Je vous réfère {ident} ({idl}), hospitalisé(e) pour {c.dx(key)}.', f'Situation : {s1}.'] + \
                [f'Aussi : {e}.' for e in extra] + ['Évaluation psychosociale à domicile souhaitée avant le congé prévu vendredi.']
        if c.chance(0.4):
            lines.append(f'Pour la demande d’aide financière de dernier recours, NAS : {c.sin(p)}.')
    else:
        lines = [f'Referring {ident} ({idl}), admitted with {c.dx(key)}.', f'Situation: {s1}.'] + \
                [f'Also: {e}.' for e in extra] + ['Would appreciate a psychosocial home assessment before the planned discharge on Friday.']
        if c.chance(0.4):
            lines.append(f'For the emergency financial assistance application, SIN: {c.sin(p)}.')
    body = '\n\n'.join([greet(c, to[2] or 'x'), '\n'.join(lines), thanks(c)])
    return mk(c.t('Psychosocial referral', 'Référence psychosociale') + c.pick(['', ' - confidential', ' - URGENT']), body,
              who('boucher', c.lang), [to], 'social work referral with social situation')


ICD = {'af': 'I48.9', 'chf': 'I50.2', 'copd': 'J44.1', 'cap': 'J18.1', 'dvt': 'I80.2', 'hipfx': 'S72.0', 'cellulitis': 'L03.1',
       'pe': 'I26.9', 'stroke': 'I63.5', 'dm2': 'E11.6', 'pancreatitis': 'K85.2'}


def p_ohip_billing(c):
    n = c.rng.randint(3, 6)
    rows = [[c.t('Patient', 'Patient'), c.t('Health number', 'No carte santé'), c.t('DOB', 'DDN'), c.t('Service date', 'Date de service'),
             'ICD-10', c.t('Diagnosis', 'Diagnostic')]]
    for _ in range(n):
        p = c.patient('on')
        key = c.key_for(p, sorted(ICD))
        rows.append([c.name(p, 'surcomma'), c.hn(p, c.pick([0, 2, 3])), c.dob(p, 0), dfmt(c, past(c, 3, 40), 0), ICD[key], c.dx(key)])
    frm = who('paquin', c.lang)
    to = [('Reciprocal Billing', f'facturation.hors-province@{HOSP_DOMAIN}', None)]
    if c.chance(0.5):
        xlsx = make_xlsx([('Ontario', rows)])
        body = '\n\n'.join([greet(c, 'x'), c.t('Ontario patients seen in IM this month, for reciprocal billing.',
                                                'Patients ontariens vus en MI ce mois-ci, pour facturation réciproque.'), thanks(c)])
        return mk(c.t('Out-of-province claims', 'Facturation hors province'), body, frm, to, 'Ontario reciprocal billing XLSX',
                  atts=[(f'hors_province_{c.date:%Y%m}.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx)])
    body, h = table_mail([greet(c, 'x'), c.t('Ontario patients to bill:', 'Patients de l’Ontario à facturer :')], rows, [thanks(c)])
    return mk(c.t('Out-of-province claims', 'Facturation hors province'), body, frm, to, 'Ontario reciprocal billing table inline', html=h)


def p_insurance_sin(c):
    p = c.patient(c.pick(['qc', 'on']))
    key = c.key_for(p, ['lumbar', 'mdd', 'rotator', 'tka', 'breastca', 'stroke'])
    doc = c.pick(FMS + INTERNISTS)
    off = past(c, 10, 60)
    rows = [[c.t('Claimant', 'Assuré(e)'), c.name(p, c.pick(['full', 'surcomma']))], [c.t('Date of birth', 'Date de naissance'), c.dob(p)],
            [c.t('SIN', 'NAS'), c.sin(p)], [c.t('Diagnosis', 'Diagnostic'), c.dx(key)],
            [c.t('Off work since', 'Arrêt de travail depuis'), dfmt(c, off, 0)],
            [c.t('Restrictions', 'Restrictions'), c.t('no lifting > 5 kg, no prolonged sitting', 'pas de charge > 5 kg, pas de position assise prolongée')],
            [c.t('Expected return', 'Retour prévu'), c.t('re-evaluate in 6 weeks', 'réévaluation dans 6 semaines')]]
    if c.chance(0.5):
        rows.append([c.t('Treatment', 'Traitement'), '; '.join(c.meds(key, 2, extra=False)) or c.t('physiotherapy', 'physiothérapie')])
    blocks = [('title', c.t('Attending Physician Statement', 'Déclaration du médecin traitant')), ('table', [['', '']] + rows),
              ('p', c.t('Physician: ', 'Médecin : ') + staff_disp(doc, c.lang))]
    pdf = make_pdf('APS', blocks)
    body = [greet(c, 'x'), c.t('Please find the completed attending physician statement for your insured.',
                               'Veuillez trouver la déclaration du médecin traitant complétée pour votre assuré(e).')]
    if c.chance(0.5):
        body.append(c.t(f'Claim reference: {c.name(p, "surcomma")}, SIN {c.sin(p)}', f'Réf. réclamation : {c.name(p, "surcomma")}, NAS {c.sin(p)}'))
    body.append(thanks(c))
    return mk(c.t('Disability claim - attending physician statement', 'Réclamation invalidité - déclaration du médecin'), '\n\n'.join(body),
              who(c.pick(['paquin', doc]), c.lang), [who('boreale', c.lang)], 'insurer form with SIN (PDF)',
              atts=[(c.pick(['APS.pdf', 'declaration_medecin.pdf', f'APS_{ascii_fold(p.surname)}.pdf']), 'application/pdf', pdf)])


def p_belgian(c):
    p = c.patient('be')
    key = c.key_for(p, ['cellulitis', 'cap', 'lumbar', 'mdd', 'rotator'])
    visit = past(c, 2, 30)
    nm = c.name(p, c.pick(['full', 'title', 'surcomma']))
    if c.lang == 'fr':
        lines = [f'Madame, Monsieur,', f'Nous attestons que {nm}, étudiant(e) en échange au Collège Massawippi, a été vu(e) à notre clinique le {dfmt(c, visit, 2)}.',
                 f'Numéro de registre national (NISS) : {c.niss(p)}', f'Diagnostic : {c.dx(key)}.']
        if c.chance(0.6):
            lines.append('Traitement : ' + '; '.join(c.meds(key, 2, extra=False) or ['repos']) + '.')
        lines.append('Les frais ont été acquittés par l’étudiant(e); la facture détaillée suit par la poste.')
    else:
        lines = ['Dear Sir or Madam,', f'This is to certify that {nm}, an exchange student at Collège Massawippi, was seen in our clinic on {dfmt(c, visit, 2)}.',
                 f'Belgian national number (NISS): {c.niss(p)}', f'Diagnosis: {c.dx(key)}.']
        if c.chance(0.6):
            lines.append('Treatment: ' + '; '.join(c.meds(key, 2, extra=False) or ['rest']) + '.')
        lines.append('Fees were paid by the student; an itemized invoice follows by mail.')
    if c.chance(0.4):
        lines.insert(2, f'{c.dob_label()} {c.dob(p)}')
    body = '\n\n'.join(lines)
    if c.chance(0.5):
        pdf = make_pdf('Attestation', [('title', c.t('Certificate of care', 'Attestation de soins')), ('p', body)])
        return mk(c.t('Certificate of care - Belgian student', 'Attestation de soins - étudiant belge'),
                  c.t('Please find the certificate attached.', 'Vous trouverez l’attestation en pièce jointe.'),
                  who(c.pick(FMS + ['paquin']), c.lang), [who('mutualite', c.lang)], 'Belgian NISS certificate (PDF)',
                  atts=[(c.t('certificate.pdf', 'attestation_soins.pdf'), 'application/pdf', pdf)], cc=[who('bishops_like', c.lang)])
    return mk(c.t('Certificate of care', 'Attestation de soins'), body, who(c.pick(FMS + ['paquin']), c.lang), [who('mutualite', c.lang)],
              'Belgian NISS certificate inline')


def p_french(c):
    p = c.patient('fr')
    key = c.key_for(p, ['hipfx', 'cap', 'cellulitis', 'pe', 'af'])
    adm = past(c, 5, 20)
    nm = c.name(p)
    lines = [c.t(f'Re: {nm} - French resident hospitalized in our facility', f'Objet : {nm} - ressortissant(e) français(e) hospitalisé(e) chez nous'),
             f"{c.t('Social security number (NIR)', 'NIR')} : {c.nir(p)}",
             f"{c.t('Admission', 'Admission')} : {dfmt(c, adm, 2)}",
             f"{c.t('Diagnosis', 'Diagnostic')} : {c.dx(key)}"]
    if c.chance(0.5):
        lines.append(f'{c.dob_label()} {c.dob(p)}')
    if c.chance(0.4):
        lines.append(c.t('Labs on admission: ', 'Biologie à l’admission : ') + ', '.join(c.labs(key, 2)))
    lines.append(c.t('Please confirm coverage under the Quebec-France social security agreement (form SE 401-Q-102).',
                     'Merci de confirmer la prise en charge selon l’entente de sécurité sociale Québec-France (formulaire SE 401-Q-102).'))
    body = '\n\n'.join([greet(c, 'x'), '\n'.join(lines), thanks(c)])
    return mk(c.t('Coverage confirmation - French insured', 'Prise en charge - assuré(e) français(e)'), body,
              who(c.pick(['paquin', 'boucher']), c.lang), [who('caisse', c.lang)], 'French NIR coverage request')


def p_subject_only(c):
    p = c.patient(c.pick(['qc', 'qc', 'on']))
    key = c.key_for(p, ['hypot', 'dm2', 'af', 'ckd', 'ida', 'nodule', 'dvt', 'breastca'])
    style = c.rng.randrange(3)
    nm = c.name(p, c.pick(['sur', 'surcomma', 'full', 'upper']))
    if style == 0:
        subj = f'{nm} - {", ".join(c.labs(key, 1))}'
    elif style == 1:
        subj = f'{nm} : {c.dx(key)}'
    else:
        subj = f'{c.t("Call back", "Rappeler")} {nm} - {c.dx(key)}'
    body = c.pick([c.t('See subject. Can you call the patient back today?', 'Voir objet. Peux-tu rappeler la patiente aujourd’hui?'),
                   c.t('As discussed. Thanks', 'Tel que discuté. Merci'), c.t('FYI, see subject line.', 'Pour info, voir l’objet.'),
                   c.t('Please book a follow-up next week.', 'Svp donner un suivi la semaine prochaine.')])
    frm = who(c.pick(FMS + INTERNISTS + RESIDENTS), c.lang)
    return mk(subj, body, frm, [who(c.pick(['whitcomb', 'paquin']), c.lang)], 'identity and clinical info in Subject only', sig=c.chance(0.5))


FNAME_DX = {'copd': ('COPD_spirometry', 'MPOC_spirometrie'), 'dvt': ('Doppler_DVT', 'Doppler_TVP'),
            'lumbar': ('MRI_L4L5_herniation', 'IRM_hernie_L4L5'), 'dm2': ('diabetes_followup', 'suivi_diabete'),
            'mdd': ('depression_PHQ9', 'depression_PHQ9'), 'breastca': ('oncology_breast', 'onco_sein'),
            'chf': ('echo_heart_failure', 'echo_insuff_cardiaque')}


def p_filename_only(c):
    p = c.patient()
    key = c.key_for(p, sorted(FNAME_DX))
    c.types.add('patient_name')
    c.types.add('diagnosis')
    tag = FNAME_DX[key][1 if c.lang == 'fr' else 0]
    fname = c.pick([f'{ascii_fold(p.surname)}_{ascii_fold(p.given)}_{tag}.pdf', f'{ascii_fold(p.surname).upper()}_{ascii_fold(p.given)[0]}_{tag}.pdf',
                    f'{p.given} {p.surname} - {tag.replace("_", " ")}.pdf'])
    pdf = make_pdf('scan', [('p', c.t('Scanned document - page 1 of 1', 'Document numérisé - page 1 de 1')),
                            ('small', c.t('Received by fax', 'Reçu par télécopieur') + f' {c.date:%Y-%m-%d %H:%M}')])
    body = c.pick([c.t('Scanned document attached for the chart.', 'Ci-joint le document numérisé pour le dossier.'),
                   c.t('Fax received this morning, attached.', 'Fax reçu ce matin, en pièce jointe.')])
    return mk(c.t('Scan', 'Numérisation'), body, who(c.pick(['paquin', 'stewart', 'whitcomb']), c.lang),
              [who(c.pick(FMS + INTERNISTS), c.lang)], 'identity+diagnosis only in attachment file name',
              atts=[(fname, 'application/pdf', pdf)])


def p_foundation_story(c):
    p = c.patient(c.pick(['qc', 'on']))
    key = c.key_for(p, ['breastca', 'stroke', 'chf', 'nodule', 'hipfx'])
    town = p.addr.split(',')[1].strip() if p.origin == 'on' else p.addr.split(',')[2].split('(')[0].strip()
    nm = c.name(p, 'full')
    age = age_of(p, c.date)
    if c.lang == 'fr':
        txt = [f'Voici le brouillon pour la campagne du printemps :',
               f'« {nm}, {age} ans, de {town}, a reçu en février un diagnostic de {c.dx(key)}. Grâce au nouveau tomodensitomètre '
               f'financé par nos donateurs, le diagnostic a été posé en 48 heures. »']
        if c.chance(0.5):
            txt.append(f'Note interne : {c.social(p)}. Je propose de ne pas l’inclure.')
        if c.chance(0.5):
            txt.append(f'Séance photo à organiser, cell : {c.phone(p, True)}.')
        txt.append('Le consentement écrit n’est pas encore signé - à ne pas diffuser.')
    else:
        txt = ['Here is the draft for the spring appeal:',
               f'"{nm}, {age}, of {town}, was diagnosed in February with {c.dx(key)}. Thanks to the new CT scanner '
               f'funded by our donors, the diagnosis was made in 48 hours."']
        if c.chance(0.5):
            txt.append(f'Internal note: {c.social(p)}. Suggest we leave that out.')
        if c.chance(0.5):
            txt.append(f'Photo shoot to schedule, cell: {c.phone(p, True)}.')
        txt.append('Written consent not signed yet - do not circulate.')
    frm = who(c.pick(['fraser', 'hale', 'desrosiers']), c.lang)
    to = [who(c.pick(['sinclair', 'printplus']), c.lang)]
    body = '\n\n'.join([greet(c, to[0][2] or 'x'), '\n\n'.join(txt), thanks(c)])
    if c.chance(0.4):
        docx_b = make_docx('Appeal draft', [('title', c.t('Spring appeal - draft', 'Campagne printemps - brouillon')), ('p', '\n\n'.join(txt))])
        return mk(c.t('Spring appeal draft', 'Brouillon campagne printemps'), greet(c, 'x') + '\n\n' + c.t('Draft attached.', 'Brouillon ci-joint.'),
                  frm, to, 'foundation appeal draft naming a patient (DOCX)',
                  atts=[('appeal_draft.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx_b)])
    return mk(c.t('Spring appeal draft - patient story', 'Brouillon campagne - témoignage'), body, frm, to, 'foundation appeal draft naming a patient')


def p_volunteer_drivers(c):
    n = c.rng.randint(3, 6)
    rows = [[c.t('Client', 'Usager'), c.t('Pick-up', 'Adresse'), c.t('Phone', 'Tél.'), c.t('Appointment', 'Rendez-vous'), c.t('Driver', 'Bénévole')]]
    drivers = ['Bob Halpenny', 'Louise Grenier', 'Jim Ferris', 'Micheline Dagenais', 'Ron Kilby']
    for _ in range(n):
        p = c.patient(c.pick(['qc', 'on']))
        dest = c.pick([('ckd', 'dialysis', 'dialyse'), ('breastca', 'chemo', 'chimio'), ('copd', 'pulm. rehab', 'réadaptation pulmonaire'),
                       ('stroke', 'stroke clinic', 'clinique AVC')])
        c.types.add('diagnosis')
        when = future(c, 1, 7)
        wd = c.t(EN_DAYS, FR_DAYS)[when.weekday()][:3]
        rows.append([c.name(p, c.pick(['surcomma', 'full'])), c.addr(p), c.phone(p), f'{wd} {when:%d/%m %H:%M} {c.t(dest[1], dest[2])}', c.pick(drivers)])
    frm = who('mckenzie', c.lang)
    to = [who('drivers', c.lang)]
    intro = c.t('Rides for next week below. Please confirm by Friday.', 'Voici les transports de la semaine prochaine. Confirmez d’ici vendredi svp.')
    if c.chance(0.5):
        x = make_xlsx([(c.t('Rides', 'Transports'), rows)])
        return mk(c.t('Volunteer drivers - schedule', 'Accompagnement bénévole - horaire'), greet(c, 'x') + '\n\n' + intro + '\n\n' + thanks(c),
                  frm, to, 'volunteer driver list with patient addresses (XLSX)',
                  atts=[(c.t('rides.xlsx', 'transports.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)])
    body, h = table_mail([greet(c, 'x'), intro], rows, [thanks(c)])
    return mk(c.t('Volunteer drivers - schedule', 'Accompagnement bénévole - horaire'), body, frm, to,
              'volunteer driver list with patient addresses inline', html=h)


def p_teaching_not_anon(c):
    p = c.patient()
    key = c.key_for(p, ['pancreatitis', 'pe', 'chf', 'dm2', 'aud', 'ida', 'af'])
    res = c.pick(RESIDENTS)
    nm = c.name(p, c.pick(['full', 'surcomma', 'initial']))
    labs = c.labs(key, 3)
    meds = c.meds(key, 2)
    ident = f'{nm}, {c.mrn_label()} {c.mrn(p)}'
    if c.lang == 'fr':
        case = [f'Cas pour la demi-journée académique de jeudi : {ident}',
                f'{age_of(p, c.date)} ans, admis(e) pour {c.dx(key)}.', 'Labos : ' + ', '.join(labs), 'Rx : ' + '; '.join(meds),
                'Questions : prise en charge initiale? critères de congé?']
    else:
        case = [f'Case for Thursday academic half-day: {ident}', f'{age_of(p, c.date)} y.o. admitted with {c.dx(key)}.',
                'Labs: ' + ', '.join(labs), 'Meds: ' + '; '.join(meds), 'Questions: initial management? discharge criteria?']
    to = [who(r, c.lang) for r in RESIDENTS if r != res][:3] + [who(c.pick(FMS), c.lang)]
    if c.chance(0.5):
        d = make_docx('Case', [('title', c.t('Case presentation', 'Présentation de cas'))] + [('p', l) for l in case])
        return mk(c.t('AHD case', 'Cas DJA'), greet(c, 'x') + '\n\n' + c.t('My case notes attached.', 'Mes notes de cas ci-jointes.'),
                  who(res, c.lang), to, 'teaching case not anonymised (DOCX)',
                  atts=[(c.t('case_notes.docx', 'notes_cas.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', d)])
    return mk(c.t('Case for AHD', 'Cas pour la DJA'), '\n\n'.join([greet(c, 'x'), '\n'.join(case), thanks(c)]), who(res, c.lang), to,
              'teaching case not anonymised inline')


def p_med_rec(c):
    p = c.patient()
    key = c.key_for(p, ['af', 'chf', 'dm2', 'copd', 'parkinson', 'stroke', 'ckd'])
    nm = c.name(p)
    ident = f'{nm} - {c.nam_label()} {c.nam(p)}' if c.chance(0.7) else f'{nm} ({c.dob(p)})'
    meds = c.meds(key, 3)
    allergy = c.pick([c.t('penicillin (rash)', 'pénicilline (urticaire)'), c.t('sulfa', 'sulfamidés'), c.t('NKDA', 'aucune allergie connue')])
    lines = [c.t('Medication reconciliation at discharge for ', 'Bilan comparatif des médicaments au congé pour ') + ident,
             c.t('Allergies: ', 'Allergies : ') + allergy, c.t('Continue:', 'Poursuivre :')] + [f'  - {m}' for m in meds]
    lines += [c.t('Stopped: ', 'Cessé : ') + c.pick(['naproxen', 'ibuprofène', 'glyburide', 'zopiclone 7.5 mg'])]
    if c.chance(0.4):
        lines.append(c.t('Last INR/labs: ', 'Derniers labos : ') + ', '.join(c.labs(key, 1)))
    to = [who(c.pick(['cote', 'whitcomb', 'belisle', 'macleod']), c.lang)]
    body = '\n\n'.join([greet(c, to[0][2] or 'x'), '\n'.join(lines), thanks(c)])
    return mk(c.t('Med rec', 'BCM') + c.pick(['', ' au congé' if c.lang == 'fr' else ' at discharge']), body, who('haddad', c.lang), to,
              'medication reconciliation')


def p_patient_reply(c):
    p = c.patient(c.pick(['qc', 'on']))
    key = c.key_for(p, ['lumbar', 'koa', 'rotator', 'tka', 'hipfx'])
    phys = c.pick(['oconnor', 'lavoie'])
    when = future(c, 2, 12)
    c.name(p, 'full')
    c.types.add('patient_contact')
    meds = c.meds(key, 1, extra=False)
    if c.lang == 'fr':
        quoted = [f'Bonjour, ici {p.given} {p.surname}. J’ai beaucoup plus mal depuis ma chute de samedi ({c.dx(key)}).'] + \
                 ([f'Je prends {meds[0]}.'] if meds else []) + [f'Vous pouvez me joindre au {c.phone(p, True)}.', p.given]
        top = [f'Bonjour {p.given},', f'Votre rendez-vous en physiothérapie est devancé au {dfmt(c, when, 2)} à {when:%H:%M}.',
               'Apportez vos souliers de sport.', '']
        attrib = f'Le {fmt_sent(c.date - dt.timedelta(hours=5), "fr", "gmail")}, {p.full} <{p.email}> a écrit :'
    else:
        quoted = [f'Hi, this is {p.given} {p.surname}. My {c.dx(key)} has been much worse since I fell on Saturday.'] + \
                 ([f'I am taking {meds[0]}.'] if meds else []) + [f'You can reach me at {c.phone(p, True)}.', p.given]
        top = [f'Hi {p.given},', f'We moved your physiotherapy appointment up to {dfmt(c, when, 2)} at {when:%H:%M}.', 'Please bring running shoes.', '']
        attrib = f'On {fmt_sent(c.date - dt.timedelta(hours=5), "en", "gmail")} {p.full} <{p.email}> wrote:'
    body = '\n'.join(top) + '\n' + signature(c.rng, phys, c.lang) + '\n\n' + attrib + '\n' + '\n'.join('> ' + q for q in quoted)
    return mk(c.t('Re: physio appointment', 'RE : rendez-vous physio'), body, who(phys, c.lang), [person_addr(p)],
              'reply to patient personal e-mail quoting symptoms', thread='none', sig=False)


def p_physio_progress(c):
    p = c.patient(c.pick(['qc', 'on']))
    key = c.key_for(p, ['tka', 'hipfx', 'rotator', 'lumbar', 'stroke', 'koa'])
    phys = c.pick(['oconnor', 'lavoie'])
    ref = c.pick(FMS + INTERNISTS)
    nm = c.name(p)
    rom = c.rng.randrange(75, 115)
    pain = c.rng.randrange(2, 8)
    lines = [c.t(f'Progress note - {nm}', f'Note d’évolution - {nm}'),
             c.t(f'Dx: {c.dx(key)}', f'Dx : {c.dx(key)}'),
             c.t(f'Sessions: {c.rng.randrange(4, 12)}. Flexion {rom}°, pain {pain}/10 at rest.',
                 f'Séances : {c.rng.randrange(4, 12)}. Flexion {rom}°, douleur {pain}/10 au repos.'),
             c.t('Plan: continue 2x/week, home program updated.', 'Plan : poursuivre 2x/sem, programme à domicile mis à jour.')]
    if c.chance(0.4):
        lines.insert(1, f'{c.mrn_label()} {c.mrn(p)}')
    if c.chance(0.3):
        lines.append(c.t('Still requires ', 'Nécessite encore ') + c.meds(key, 1, extra=False)[0] + c.t(' before sessions.', ' avant les séances.'))
    body = '\n\n'.join([greet(c, ref), '\n'.join(lines), thanks(c)])
    if c.chance(0.35):
        pdf = make_pdf('Progress', [('title', c.t('Physiotherapy progress note', 'Note d’évolution - physiothérapie'))] + [('p', l) for l in lines])
        return mk(c.t('Physio progress note', 'Évolution physio'), greet(c, ref) + '\n\n' + c.t('Progress note attached.', 'Note d’évolution ci-jointe.'),
                  who(phys, c.lang), [who(ref, c.lang)], 'physio progress note PDF',
                  atts=[(c.t('progress_note.pdf', 'note_evolution.pdf'), 'application/pdf', pdf)])
    return mk(c.t('Physio progress', 'Évolution physio') + c.pick(['', f' {p.surname}']), body, who(phys, c.lang), [who(ref, c.lang)],
              'physio progress note inline')


def p_on_homecare(c):
    p = c.patient('on')
    key = c.key_for(p, ['chf', 'copd', 'wound', 'hipfx', 'dementia', 'dm2'])
    nm = c.name(p, c.pick(['full', 'title', 'surcomma']))
    lines = [f"{c.t('Client', 'Client')}: {nm}", f"{c.hn_label()}: {c.hn(p)}", f"{c.dob_label()} {c.dob(p)}",
             f"{c.t('Home', 'Domicile')}: {c.addr(p)}", f"{c.t('Phone', 'Tél.')}: {c.phone(p)}",
             f"{c.t('Diagnosis', 'Diagnostic')}: {c.dx(key)}",
             f"{c.t('Medications', 'Médicaments')}: " + '; '.join(c.meds(key, 2)),
             f"{c.t('Services requested', 'Services demandés')}: " + c.pick([c.t('nursing 3x/week, PSW AM', 'soins infirmiers 3x/sem, PSW matin'),
                                                                            c.t('wound care daily', 'pansements quotidiens')])]
    if c.chance(0.6):
        lines.append(f"{c.t('Social', 'Social')}: {c.social(p)}")
    body = '\n\n'.join([greet(c, 'macleod'), c.t('New referral from TVCH Pontiac site (Ontario resident):', 'Nouvelle référence du site Pontiac (résident(e) de l’Ontario) :'),
                        '\n'.join(lines), thanks(c)])
    return mk(c.t('Home care referral - Ontario resident', 'Référence soins à domicile - résident(e) ontarien(ne)'), body,
              who(c.pick(['boucher', 'belisle']), c.lang), [who('macleod', c.lang)], 'Ontario home care referral with health number')


def p_clinic_day_ics(c):
    res = c.pick(RESIDENTS)
    day = future(c, 1, 6)
    evs = []
    reasons = []
    for i in range(c.rng.randint(3, 6)):
        p = c.patient()
        key = c.key_for(p, ['dm2', 'mdd', 'htn', 'hypot', 'koa', 'aud', 'af'])
        st = day.replace(hour=8, minute=30) + dt.timedelta(minutes=30 * i)
        k = c.rng.randrange(3)
        if k == 0:
            what = c.t('follow-up ', 'suivi ') + c.dx(key)
        elif k == 1:
            what = c.t('renewal ', 'renouvellement ') + c.meds(key, 1, extra=False)[0]
        else:
            what = c.t('results ', 'résultats ') + c.dx(key)
        nm = c.name(p, c.pick(['full', 'sur', 'surcomma']))
        reasons.append(f'{st:%H:%M} {nm} - {what}')
        evs.append(dict(uid=f'{c.rng.getrandbits(48):012x}@{HOSP_DOMAIN}', start=st, end=st + dt.timedelta(minutes=30),
                        summary=f'{nm} - {what}', location=c.t('FMU room 3', 'UMF salle 3')))
    ics = make_ics(evs, method='PUBLISH')
    sup = c.pick(FMS)
    body = '\n\n'.join([greet(c, sup), c.t(f'My clinic list for {dfmt(c, day, 2)} (calendar attached):', f'Ma liste de clinique pour le {dfmt(c, day, 2)} (calendrier ci-joint) :'),
                        '\n'.join(reasons) if c.chance(0.5) else c.t('See attachment.', 'Voir pièce jointe.'), thanks(c)])
    return mk(c.t('Clinic list', 'Liste de clinique') + f' {day:%d/%m}', body, who(res, c.lang), [who(sup, c.lang)], 'clinic day ICS with patients',
              atts=[(c.t('clinic.ics', 'clinique.ics'), 'text/calendar', ics)])


def p_id_only(c):
    p = c.patient()
    key = c.key_for(p, ['hypot', 'dm2', 'af', 'ckd', 'ida'])
    if c.chance(0.6):
        ident = f'{c.nam_label()} {c.nam(p)}'
    else:
        ident = f'{c.mrn_label()} {c.mrn(p)}'
    lab = ', '.join(c.labs(key, 1))
    med = c.meds(key, 1, extra=False)
    if c.lang == 'fr':
        body = f'{ident}\n{lab} ce matin.' + (f' Ajuster {med[0]}?' if med else '') + '\nJe laisse la note au dossier.'
    else:
        body = f'{ident}\n{lab} this morning.' + (f' Adjust {med[0]}?' if med else '') + '\nNote left in the chart.'
    return mk(c.pick([c.t('lab result', 'résultat labo'), 'FYI', c.t('abnormal result', 'résultat anormal')]), body,
              who(c.pick(['whitcomb', 'paquin'] + RESIDENTS), c.lang), [who(c.pick(FMS + INTERNISTS), c.lang)],
              'identifier (NAM or MRN) with lab, no name')


POSITIVE = [
    ('consult_im', p_consult_im), ('di_report', p_di_report), ('di_booking', p_di_booking_ics), ('physio_referral', p_physio_referral),
    ('homecare_roster', p_homecare_roster), ('lab_export', p_lab_csv), ('discharge_homecare', p_discharge_homecare),
    ('handover', p_handover_html), ('transport', p_transport), ('vcard_contact', p_vcard_patient), ('referral_zip', p_zip_referral),
    ('patient_msg_eml', p_patient_eml), ('social_work', p_social_work), ('ohip_billing', p_ohip_billing), ('insurer_sin', p_insurance_sin),
    ('belgian_student', p_belgian), ('french_insured', p_french), ('subject_only', p_subject_only), ('filename_only', p_filename_only),
    ('foundation_story', p_foundation_story), ('volunteer_rides', p_volunteer_drivers), ('teaching_case', p_teaching_not_anon),
    ('med_rec', p_med_rec), ('patient_reply', p_patient_reply), ('physio_progress', p_physio_progress),
    ('ontario_homecare', p_on_homecare), ('clinic_day_ics', p_clinic_day_ics), ('id_only', p_id_only),
]


# --------------------------------------------------------------------------- negative templates
VOLUNTEERS = ['Margaret Bailey', 'Gérard Ouimet', 'Shirley Coates', 'Denis Charbonneau', 'Elaine Murdock', 'Huguette Viens',
              'Norman Tubman', 'Rita Boisvert', 'Ken Whalen', 'Francine Lacasse', 'Harold Mabee', 'Linda Kovacs']
APPLICANTS = ['Dr. Priya Sandhu', 'Dr. Maxime Ladouceur', 'Dr. Hannah Ostrowski', 'Dr. Samuel Ouédraogo', 'Dr. Rachel Kim',
              'Dr. Vincent Paradis', 'Dr. Aïcha Benali', 'Dr. Connor Walsh']
DONORS_BIZ = ['Quincaillerie Lac-Tamarack inc.', 'Laiterie Brome-Ouest ltée', 'Pontiac Lumber & Supply Ltd.', 'Caisse populaire des Hautes-Terres',
              'Garage Hartley & Fils', 'Ferme Gagnon-Leblanc SENC']


def nam_like(rng):
    """Catalogue/lot code shaped like a NAM (4 letters + 8 digits) - not a patient identifier."""
    letters = rng.choice(['PHIL', 'GEMS', 'SIEM', 'CANO', 'HOLO', 'FUJI', 'ESAO', 'MEDR', 'STRY', 'BAXT'])
    # month field deliberately outside the NAM ranges (01-12 / 51-62): shaped like a NAM, never a NAM
    yy, mm, dd = rng.randrange(10, 99), rng.randrange(13, 50), rng.randrange(1, 29)
    return f'{letters}{yy:02d}{mm:02d}{dd:02d}{rng.randrange(10, 99)}'


def bn(rng):
    return gen_luhn(rng, 9)


def n_foundation_gala(c):
    when = future(c, 20, 60).replace(hour=18, minute=0)
    frm = who(c.pick(['desrosiers', 'hale']), c.lang)
    summary = c.t('Maple Gala 2025 - Tamarack Valley Hospital Foundation', 'Gala des Érables 2025 - Fondation de l’Hôpital Tamarack Valley')
    desc = c.t('Cocktail 6 pm, dinner 7:30 pm. Proceeds support the new digital mammography unit. Tickets $250, table of 8 $1,800.',
               'Cocktail 18 h, souper 19 h 30. Profits au profit du nouveau mammographe numérique. Billets 250 $, table de 8 : 1 800 $.')
    ev = dict(uid=f'gala-{when:%Y}@{FOUND_DOMAIN}', start=when, end=when + dt.timedelta(hours=5), summary=summary,
              location='Club de golf Knowlton-Ouest, 12 chemin du Golf, Lac-Tamarack', description=desc,
              organizer=(frm[0], frm[1]))
    ics = make_ics([ev], method='PUBLISH', prodid='-//Fondation TVCH//Events//FR')
    body = '\n\n'.join([c.t('Dear friends of the Foundation,', 'Chers amis de la Fondation,'),
                        c.t(f'You are invited to our annual Maple Gala on {dfmt(c, when, 2)}. Honorary chair: Dr. Robert Kerr, internist, '
                            'who will speak about the growth of our heart failure clinic.',
                            f'Vous êtes invités à notre Gala des Érables annuel le {dfmt(c, when, 2)}. Présidence d’honneur : Dr Robert Kerr, interniste, '
                            'qui parlera de la croissance de notre clinique d’insuffisance cardiaque.'),
                        desc, c.t('RSVP to 819-555-0142 or reply to this message.', 'RSVP au 819-555-0142 ou en répondant à ce courriel.')])
    to = [('Donateurs / Donors', f'amis@{FOUND_DOMAIN}', None)]
    if c.chance(0.5):
        return mk(summary, body, frm, to, 'foundation gala invitation with ICS', ics_alt=ics)
    return mk(summary, body, frm, to, 'foundation gala invitation with ICS attachment', atts=[('gala.ics', 'text/calendar', ics)])


def n_foundation_receipt(c):
    donor = c.pick(DONORS_BIZ)
    amount = c.pick([500, 1000, 2500, 5000, 10000])
    rec = gen_luhn(c.rng, 9)
    charity = f'{bn(c.rng)} RR0001'
    blocks = [('title', c.t('Official donation receipt for income tax purposes', 'Reçu officiel de don aux fins de l’impôt sur le revenu')),
              ('table', [[c.t('Field', 'Champ'), c.t('Value', 'Valeur')], [c.t('Receipt no.', 'No de reçu'), rec],
                         [c.t('Donor', 'Donateur'), donor], [c.t('Amount', 'Montant'), f'{amount:,} $'],
                         [c.t('Date received', 'Date de réception'), dfmt(c, past(c, 3, 30), 0)],
                         [c.t('Charity registration no.', 'No d’enregistrement'), charity],
                         [c.t('Designation', 'Affectation'), c.t('Imaging campaign (CT scanner)', 'Campagne imagerie (tomodensitomètre)')]]),
              ('small', f"{STAFF['hale'][4]} - 400, rue Principale, Stonebridge - canada.ca/organismes-bienfaisance")]
    pdf = make_pdf('Receipt', blocks, author='Fondation TVCH')
    body = '\n\n'.join([greet(c, 'x'), c.t(f'Thank you for your generous gift of ${amount:,}. Your official receipt is attached.',
                                           f'Merci pour votre généreux don de {amount:,} $. Votre reçu officiel est en pièce jointe.')])
    return mk(c.t('Your donation receipt', 'Votre reçu de don') + f' #{rec}', body, who('fraser', c.lang),
              [(donor, f'comptabilite@{ascii_fold(donor.split()[0]).lower()}.example', None)], 'donation receipt PDF (receipt no. passes Luhn)',
              atts=[(f'recu_{rec}.pdf' if c.lang == 'fr' else f'receipt_{rec}.pdf', 'application/pdf', pdf)])


def n_foundation_newsletter(c):
    raised = c.rng.randrange(1100, 1900)
    rows = [[c.t('Project', 'Projet'), c.t('Goal', 'Objectif'), c.t('Raised', 'Amassé')],
            [c.t('CT scanner', 'Tomodensitomètre'), '2 000 000 $', f'{raised} 000 $'],
            [c.t('Physiotherapy gym', 'Salle de physiothérapie'), '150 000 $', f'{c.rng.randrange(60, 150)} 000 $'],
            [c.t('Home care vehicles', 'Véhicules SAD'), '90 000 $', f'{c.rng.randrange(20, 90)} 000 $']]
    paras = [c.t('Foundation News - Fall edition', 'Nouvelles de la Fondation - édition automne'),
             c.t(f'Last year our imaging department performed {c.rng.randrange(9, 15)} 412 CT exams, a third of them for patients from the Ontario side of the valley.',
                 f'L’an dernier, notre imagerie a réalisé {c.rng.randrange(9, 15)} 412 examens de tomodensitométrie, dont le tiers pour des patients du côté ontarien de la vallée.'),
             c.t('Thank you to the Hartley family, the Gagnon-Leblanc farm and Pontiac Lumber for their leadership gifts.',
                 'Merci à la famille Hartley, à la Ferme Gagnon-Leblanc et à Pontiac Lumber pour leurs dons majeurs.'),
             c.t('Dr. Fiona Bergeron, radiologist, explains how the new scanner cuts radiation dose for cancer follow-up imaging by 40%.',
                 'La Dre Fiona Bergeron, radiologiste, explique comment le nouvel appareil réduit de 40 % la dose pour le suivi des cancers.')]
    inner = '<h2>' + html.escape(paras[0]) + '</h2>\n' + ''.join(f'<p>{html.escape(p)}</p>\n' for p in paras[1:]) + html_table(rows) + \
            '<p style="font-size:8pt">' + html.escape(c.t('Unsubscribe', 'Se désabonner')) + f' - {FOUND_DOMAIN}</p>'
    body = '\n\n'.join(paras) + '\n\n' + text_table(rows)
    return mk(paras[0], body, who('sinclair', c.lang), [('Abonnés', f'infolettre@{FOUND_DOMAIN}', None)],
              'foundation newsletter HTML with aggregates', html=inner, force=c.pick(['html', 'alt']), sig=False)


def n_golf(c):
    rows = [[c.t('Team', 'Équipe'), c.t('Captain', 'Capitaine'), c.t('Phone', 'Tél.'), c.t('Players', 'Joueurs'), c.t('Paid', 'Payé')]]
    for i in range(c.rng.randint(5, 9)):
        rows.append([c.pick(DONORS_BIZ) if c.chance(0.6) else f'Team {i + 1}', c.pick(VOLUNTEERS), f'819-555-{c.rng.randrange(1000, 9999)}',
                     str(c.rng.randint(2, 4)), c.pick(['oui', 'non']) if c.lang == 'fr' else c.pick(['yes', 'no'])])
    x = make_xlsx([(c.t('Registrations', 'Inscriptions'), rows)])
    body = '\n\n'.join([greet(c, 'hale'), c.t('Golf tournament registrations to date attached. We are at 31 foursomes.',
                                               'Inscriptions au tournoi de golf à ce jour en pièce jointe. Nous sommes à 31 quatuors.'), thanks(c)])
    return mk(c.t('Golf tournament - registrations', 'Tournoi de golf - inscriptions'), body, who('desrosiers', c.lang), [who('hale', c.lang)],
              'foundation golf registrations XLSX', atts=[('golf_2025.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)])


def n_volunteer_schedule(c):
    rows = [[c.t('Volunteer', 'Bénévole'), c.t('Phone', 'Tél.'), c.t('Post', 'Poste'), c.t('Day', 'Jour'), c.t('Shift', 'Quart')]]
    posts = [c.t('Information desk', 'Accueil'), c.t('Gift shop', 'Boutique'), c.t('Palliative care companion', 'Accompagnement soins palliatifs'),
             c.t('Dialysis waiting room', 'Salle d’attente dialyse'), c.t('Physio gym helper', 'Aide salle de physio')]
    for v in c.rng.sample(VOLUNTEERS, c.rng.randint(6, 10)):
        rows.append([v, f'{c.pick(["819", "613"])}-555-{c.rng.randrange(1000, 9999)}', c.pick(posts), c.pick(c.t(EN_DAYS[:5], FR_DAYS[:5])),
                     c.pick(['8:00-12:00', '12:00-16:00', '16:00-20:00'])])
    g = greet(c, 'x')
    intro = c.t('Here is the volunteer schedule for next month. Please let me know about any changes.',
                'Voici l’horaire des bénévoles pour le mois prochain. Avisez-moi de tout changement.')
    tk = thanks(c)
    body = '\n\n'.join([g, intro, tk])
    if c.chance(0.5):
        x = make_xlsx([(c.t('Schedule', 'Horaire'), rows)])
        return mk(c.t('Volunteer schedule', 'Horaire des bénévoles'), body, who('mckenzie', c.lang), [('Bénévoles', f'benevoles@{HOSP_DOMAIN}', None)],
                  'volunteer schedule XLSX', atts=[(c.t('volunteer_schedule.xlsx', 'horaire_benevoles.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)])
    body, h = table_mail([g, intro], rows, [tk])
    return mk(c.t('Volunteer schedule', 'Horaire des bénévoles'), body,
              who('mckenzie', c.lang), [('Bénévoles', f'benevoles@{HOSP_DOMAIN}', None)], 'volunteer schedule inline table', html=h)


def n_volunteer_orientation(c):
    when = future(c, 7, 30).replace(hour=13, minute=30)
    ev = dict(uid=f'orient-{when:%Y%m%d}@{HOSP_DOMAIN}', start=when, end=when + dt.timedelta(hours=3),
              summary=c.t('New volunteer orientation', 'Orientation des nouveaux bénévoles'), location=c.t('Room B-104, Stonebridge site', 'Salle B-104, site Stonebridge'),
              description=c.t('Bring photo ID. Police check and TB skin test results required before first shift.',
                              'Apportez une pièce d’identité. Vérification d’antécédents judiciaires et test cutané de tuberculose requis avant le premier quart.'))
    ics = make_ics([ev], method='REQUEST')
    body = '\n\n'.join([greet(c, 'x'), c.t(f'Orientation for new volunteers is on {dfmt(c, when, 2)}. Topics: confidentiality, hand hygiene, '
                                           'what to do if a patient falls, and infection control (C. difficile, influenza).',
                                           f'L’orientation des nouveaux bénévoles aura lieu le {dfmt(c, when, 2)}. Sujets : confidentialité, hygiène des mains, '
                                           'quoi faire si un patient chute, prévention des infections (C. difficile, influenza).'),
                        c.t('Flu vaccination is strongly recommended for volunteers.', 'La vaccination antigrippale est fortement recommandée.'), thanks(c)])
    return mk(c.t('Volunteer orientation', 'Orientation bénévoles'), body, who('mckenzie', c.lang),
              [('Nouveaux bénévoles', f'benevoles@{HOSP_DOMAIN}', None)], 'volunteer orientation ICS', atts=[('orientation.ics', 'text/calendar', ics)])


def n_rotation(c):
    blocks = [f'P{i}' for i in range(1, 8)]
    rots = [c.t('FMU clinic', 'Clinique UMF'), c.t('IM ward', 'MI - étage'), c.t('Emergency', 'Urgence'), c.t('DI elective', 'Option imagerie'),
            c.t('MSK / physio', 'MSK / physio'), c.t('Obstetrics', 'Obstétrique'), c.t('Palliative care', 'Soins palliatifs'), c.t('Pediatrics', 'Pédiatrie')]
    rows = [[c.t('Resident', 'Résident(e)'), c.t('Year', 'Année')] + blocks]
    for r in RESIDENTS:
        rows.append([staff_disp(r, c.lang), STAFF[r][3].split(', ')[1]] + [c.pick(rots) for _ in blocks])
    x = make_xlsx([('Rotations', rows)])
    body = '\n\n'.join([greet(c, 'x'), c.t('Updated rotation schedule for 2025-2026 attached. Dr. Gagnon and Dr. Roy swapped P4 and P5.',
                                           'Calendrier de rotations 2025-2026 mis à jour en pièce jointe. Dr Gagnon et Dre Roy ont échangé P4 et P5.'),
                        thanks(c)])
    return mk(c.t('Rotation schedule 2025-2026', 'Calendrier des rotations 2025-2026'), body, who('carver', c.lang),
              [who(r, c.lang) for r in RESIDENTS], 'residency rotation schedule XLSX',
              atts=[('rotations_2025-2026.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)])


def n_evaluations(c):
    due = future(c, 3, 14)
    body = '\n\n'.join([greet(c, 'x'), c.t(f'Reminder: field notes and ITARs for period P3 are due {dfmt(c, due, 2)}.',
                                           f'Rappel : les notes de terrain et les FIAS de la période P3 sont dues le {dfmt(c, due, 2)}.'),
                        c.t('Outstanding: Dr. Nguyen (2), Dr. Patel (1), Dr. Fortin (3). Preceptors: Dr. McAllister, Dr. Brisson.',
                            'En attente : Dr Nguyen (2), Dre Patel (1), Dre Fortin (3). Superviseurs : Dre McAllister, Dr Brisson.'),
                        c.t('Competency targets this period: chronic disease management (diabetes, hypertension, COPD) and care of the elderly.',
                            'Cibles de compétence cette période : maladies chroniques (diabète, HTA, MPOC) et soins aux aînés.'), thanks(c)])
    return mk(c.t('Reminder - evaluations due', 'Rappel - évaluations à remettre'), body, who('carver', c.lang),
              [who(r, c.lang) for r in RESIDENTS] + [who(f, c.lang) for f in FMS], 'residency evaluation reminder')


def n_carms(c):
    day = future(c, 10, 40)
    rows = [[c.t('Time', 'Heure'), c.t('Applicant', 'Candidat(e)'), c.t('E-mail', 'Courriel'), c.t('Panel', 'Jury')]]
    for i, a in enumerate(c.rng.sample(APPLICANTS, 6)):
        user = ascii_fold(a.split()[-1]).lower().replace('é', 'e')
        rows.append([f'{8 + i}:30', a, f'{user}@{c.pick(MAIL_DOMAINS)}', c.pick(['Tremblay/McAllister', 'Brisson/Roy', 'McAllister/Gagnon'])])
    data = make_csv(rows, ';' if c.lang == 'fr' else ',')
    body = '\n\n'.join([greet(c, 'tremblay'), c.t(f'CaRMS interview schedule for {dfmt(c, day, 2)} attached.',
                                                   f'Horaire des entrevues CaRMS du {dfmt(c, day, 2)} en pièce jointe.'), thanks(c)])
    return mk(c.t('CaRMS interviews', 'Entrevues CaRMS') + f' {day:%Y-%m-%d}', body, who('carver', c.lang),
              [who('tremblay', c.lang), who('mcallister', c.lang)], 'CaRMS interview CSV (applicants, not patients)',
              atts=[('entrevues_carms.csv' if c.lang == 'fr' else 'carms_interviews.csv', 'text/csv', data)])


def n_ahd(c):
    day = future(c, 2, 14).replace(hour=13, minute=0)
    topics = [(c.t('Approach to iron-deficiency anemia', 'Approche de l’anémie ferriprive'), 'rao'),
              (c.t('Starting insulin in type 2 diabetes', 'Initiation de l’insuline dans le diabète de type 2'), 'mcallister'),
              (c.t('Chest X-ray reading for family doctors', 'Lecture de radiographie pulmonaire'), 'dube'),
              (c.t('Low back pain: red flags and physio', 'Lombalgie : drapeaux rouges et physio'), 'lavoie'),
              (c.t('Heart failure with reduced EF: the four pillars', 'IC à FE réduite : les quatre piliers'), 'kerr')]
    chosen = c.rng.sample(topics, 3)
    evs = []
    lines = []
    for i, (t, sp) in enumerate(chosen):
        st = day + dt.timedelta(minutes=60 * i)
        lines.append(f'{st:%H:%M} - {t} ({staff_disp(sp, c.lang)})')
        evs.append(dict(uid=f'ahd-{st:%Y%m%d%H%M}@{HOSP_DOMAIN}', start=st, end=st + dt.timedelta(minutes=50), summary=t,
                        location=c.t('Teaching room, FMU', 'Salle d’enseignement, UMF'), description=staff_disp(sp, c.lang)))
    ics = make_ics(evs, method='PUBLISH')
    body = '\n\n'.join([greet(c, 'x'), c.t('Academic half-day program:', 'Programme de la demi-journée académique :'), '\n'.join(lines), thanks(c)])
    return mk(c.t('Academic half-day', 'Demi-journée académique') + f' {day:%d/%m}', body, who('carver', c.lang),
              [who(r, c.lang) for r in RESIDENTS], 'academic half-day speakers/topics ICS', atts=[('DJA.ics' if c.lang == 'fr' else 'AHD.ics', 'text/calendar', ics)])


def n_imaging_service(c):
    serial = gen_luhn(c.rng, 10)
    wo = f'WO-{c.rng.randrange(1000000, 9999999)}'
    start = future(c, 1, 10)
    body = '\n\n'.join([greet(c, 'pelchat'), c.t(f'The CT scanner (Imagix Aurora 64, S/N {serial}) will be down on {dfmt(c, start, 2)} from 07:00 to 19:00 '
                                                  f'for X-ray tube replacement, work order {wo}.',
                                                  f'Le tomodensitomètre (Imagix Aurora 64, no série {serial}) sera hors service le {dfmt(c, start, 2)} de 7 h à 19 h '
                                                  f'pour le remplacement du tube, bon de travail {wo}.'),
                        c.t('Please reschedule the 23 outpatient CT abdomen/pelvis and 6 CT head exams booked that day; ER cases go to the Pontiac site.',
                            'Merci de reporter les 23 TDM abdomen/pelvis externes et 6 TDM cérébrales prévues ce jour-là; l’urgence sera dirigée vers le site Pontiac.'),
                        c.t('Asset tag: ', 'Étiquette d’actif : ') + gen_luhn(c.rng, 9), thanks(c)])
    return mk(c.t('CT downtime', 'Arrêt TDM') + f' - {wo}', body, who('doucet', c.lang), [who('pelchat', c.lang), who('stewart', c.lang)],
              'imaging equipment downtime (serial passes Luhn)', cc=[who('imagix', c.lang)] if c.chance(0.5) else [])


def n_imaging_quote(c):
    rows = [[c.t('Part no.', 'No pièce'), c.t('Description', 'Description'), c.t('Serial', 'No série'), c.t('Qty', 'Qté'), c.t('Unit price', 'Prix unitaire')]]
    items = [c.t('16-ch knee coil', 'Antenne genou 16 canaux'), c.t('Shoulder coil', 'Antenne épaule'), c.t('Ultrasound probe C5-1', 'Sonde échographie C5-1'),
             c.t('Contrast injector service kit', 'Trousse d’entretien injecteur'), c.t('Lead apron (0.5 mm)', 'Tablier plombé (0,5 mm)')]
    for it in c.rng.sample(items, 4):
        rows.append([nam_like(c.rng), it, gen_luhn(c.rng, 10), c.rng.randint(1, 4), f'{c.rng.randrange(800, 48000)}.00'])
    x = make_xlsx([(c.t('Quote', 'Soumission'), rows)])
    q = f'Q-{c.rng.randrange(20000, 99999)}'
    body = '\n\n'.join([greet(c, 'pelchat'), c.t(f'Please find quote {q} for the MSK imaging upgrade. Valid 60 days.',
                                                  f'Voici la soumission {q} pour la mise à niveau de l’imagerie MSK. Valide 60 jours.'), thanks(c)])
    return mk(c.t('Quote', 'Soumission') + f' {q}', body, who('doucet', c.lang), [who('pelchat', c.lang)], 'equipment quote XLSX with NAM-shaped part numbers',
              atts=[(f'{q}.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)])


def n_oncall(c):
    start = c.date.date().replace(day=1) + dt.timedelta(days=32)
    start = start.replace(day=1)
    rows = [[c.t('Date', 'Date'), c.t('Day', 'Jour'), c.t('IM on call', 'Garde MI'), c.t('Pager', 'Téléavertisseur'), c.t('Back-up', 'Relève')]]
    for i in range(28):
        d = start + dt.timedelta(days=i)
        a, b = c.rng.sample(INTERNISTS, 2)
        rows.append([d.isoformat(), c.t(EN_DAYS, FR_DAYS)[d.weekday()], staff_disp(a, c.lang), f'819-555-{c.rng.randrange(1000, 9999)}', staff_disp(b, c.lang)])
    data = make_csv(rows, ';' if c.lang == 'fr' else ',', c.pick(['utf-8', 'utf-8-sig']))
    body = '\n\n'.join([greet(c, 'x'), c.t(f'IM on-call schedule for {EN_MONTHS[start.month - 1]} attached.', f'Horaire de garde MI pour {FR_MONTHS[start.month - 1]} en pièce jointe.'),
                        thanks(c)])
    return mk(c.t('IM on-call schedule', 'Horaire de garde MI'), body, who('paquin', c.lang), [('Médecine interne', f'mi-medecins@{HOSP_DOMAIN}', None)],
              'on-call schedule CSV', atts=[(f'garde_MI_{start:%Y%m}.csv' if c.lang == 'fr' else f'IM_oncall_{start:%Y%m}.csv', 'text/csv', data)])


def n_bulletin(c):
    items = [(c.t('Infection control', 'Prévention des infections'),
              c.t(f'C. difficile rate this quarter: {fmt_num(c.rng.uniform(2, 6), 1, c.lang)} per 10,000 patient-days. Hand hygiene compliance: {c.rng.randrange(78, 95)}%.',
                  f'Taux de C. difficile ce trimestre : {fmt_num(c.rng.uniform(2, 6), 1, c.lang)} par 10 000 jours-présence. Hygiène des mains : {c.rng.randrange(78, 95)} %.')),
             (c.t('Kudos', 'Bravo'), c.t('Congratulations to Megan O’Connor, pht, for her certification in vestibular rehabilitation, and to Dr. Émilie Roy, R2, '
                                         'winner of the resident research prize on COPD readmissions.',
                                         'Félicitations à Megan O’Connor, pht, pour sa certification en rééducation vestibulaire, et à la Dre Émilie Roy, R2, '
                                         'lauréate du prix de recherche sur les réadmissions en MPOC.')),
             (c.t('Parking', 'Stationnement'), c.t('Lot C will be repaved the week of the 14th.', 'Le stationnement C sera repavé la semaine du 14.')),
             (c.t('Flu campaign', 'Campagne antigrippale'), c.t('Staff clinics Tuesdays and Thursdays, 7:00-15:00, cafeteria.',
                                                                 'Cliniques pour le personnel les mardis et jeudis, 7 h-15 h, cafétéria.'))]
    title = c.t('TVCH Weekly Bulletin', 'Bulletin hebdomadaire HCTV') + f' - {c.date:%Y-%m-%d}'
    inner = f'<h1>{html.escape(title)}</h1>\n' + ''.join(f'<h3>{html.escape(h)}</h3><p>{html.escape(p)}</p>\n' for h, p in items)
    body = title + '\n\n' + '\n\n'.join(f'{h}\n{p}' for h, p in items)
    return mk(title, body, who('sinclair', c.lang), [('Tout le personnel', f'tous@{HOSP_DOMAIN}', None)], 'staff bulletin HTML',
              html=inner, force=c.pick(['html', 'alt']), sig=False)


def n_job(c):
    job = c.pick([(c.t('Physiotherapist - permanent full-time', 'Physiothérapeute - temps complet permanent'),
                   c.t('Outpatient MSK and inpatient orthopedics (hip fracture, TKA). Member of OPPQ.', 'Clientèle externe MSK et orthopédie hospitalisée (fracture de hanche, PTG). Membre de l’OPPQ.')),
                  (c.t('Medical Imaging Technologist (CT/MRI)', 'Technologue en imagerie médicale (TDM/IRM)'),
                   c.t('Rotating shifts, on-call. Member of OTIMROEPMQ. CT experience an asset.', 'Quarts rotatifs, garde. Membre de l’OTIMROEPMQ. Expérience en TDM un atout.')),
                  (c.t('Home care nurse - Pontiac', 'Infirmière SAD - Pontiac'),
                   c.t('Wound care, diabetes teaching, palliative care at home. Valid driver’s licence.', 'Soins de plaies, enseignement diabète, soins palliatifs à domicile. Permis de conduire valide.'))])
    post = f'AFF-{c.date:%Y}-{c.rng.randrange(100, 999):04d}'
    blocks = [('title', job[0]), ('p', c.t('Posting no. ', 'No d’affichage : ') + post), ('p', job[1]),
              ('p', c.t('Salary: according to the collective agreement. Bilingualism (English/French) required.', 'Salaire : selon la convention collective. Bilinguisme anglais/français requis.')),
              ('p', c.t('Send your CV to ', 'Envoyez votre CV à ') + f'carrieres@{HOSP_DOMAIN}')]
    if c.chance(0.5):
        att = (f'{post}.pdf', 'application/pdf', make_pdf(job[0], blocks))
    else:
        att = (f'{post}.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(job[0], blocks))
    body = '\n\n'.join([greet(c, 'x'), c.t('New internal/external posting attached, please share.', 'Nouvel affichage interne/externe ci-joint, merci de diffuser.'), thanks(c)])
    return mk(c.t('Job posting', 'Affichage de poste') + f' {post} - {job[0]}', body, who('hebert', c.lang), [('Gestionnaires', f'gestionnaires@{HOSP_DOMAIN}', None)],
              'job posting attachment', atts=[att])


def n_invoice(c):
    vendor = c.pick(['novaris', 'printplus', 'imagix'])
    inv = f'INV-{c.rng.randrange(100000, 999999)}'
    po = f'PO {c.rng.randrange(4500000000, 4599999999)}'
    items = {'novaris': [('TENS electrodes 5x5 cm (40)', 89.5), ('Ultrasound gel 5 L', 34.0), ('Theraband roll, blue', 62.0), ('Parallel bars service', 410.0)],
             'printplus': [('Gala invitations, 600 units', 1240.0), ('Donor wall plaques', 2875.0), ('Envelopes #10 printed', 310.0)],
             'imagix': [('Preventive maintenance CT Q3', 18400.0), ('Detector calibration', 3200.0), ('Travel', 450.0)]}[vendor]
    rows = [[c.t('Item', 'Article'), c.t('Amount', 'Montant')]] + [[i, f'{a:,.2f} $'] for i, a in items]
    sub = sum(a for _, a in items)
    rows += [['TPS/GST 5 %', f'{sub * 0.05:,.2f} $'], ['TVQ/QST 9,975 %', f'{sub * 0.09975:,.2f} $'], ['Total', f'{sub * 1.14975:,.2f} $']]
    blocks = [('title', c.t('Invoice', 'Facture') + f' {inv}'), ('p', f'{EXTERNAL[vendor][2]} - TPS/GST {bn(c.rng)} RT0001 - TVQ/QST {c.rng.randrange(1000000000, 1999999999)} TQ0001'),
              ('p', f'{c.t("Bill to", "Facturer à")}: {HOSP_EN}, {c.t("Accounts payable", "Comptes fournisseurs")}, {HOSP_ADDR}\n{po}'), ('table', rows)]
    pdf = make_pdf('Invoice', blocks, author=EXTERNAL[vendor][2])
    body = '\n\n'.join([greet(c, 'x'), c.t(f'Invoice {inv} ({po}) approved for payment - please process.', f'Facture {inv} ({po}) approuvée pour paiement - merci de traiter.'), thanks(c)])
    approver = {'novaris': 'lavoie', 'printplus': 'desrosiers', 'imagix': 'pelchat'}[vendor]
    return mk(c.t('Invoice', 'Facture') + f' {inv}', body, who(approver, c.lang), [who('morrison', c.lang)], 'vendor invoice PDF with PO and tax numbers',
              atts=[(f'{inv}.pdf', 'application/pdf', pdf)])


def n_conference(c):
    talks = [('08:30', c.t('Atrial fibrillation in rural practice', 'La fibrillation auriculaire en pratique rurale'), 'Dr. Robert Kerr'),
             ('09:15', c.t('Point-of-care ultrasound for DVT', 'Échographie au chevet pour la TVP'), 'Dre Fiona Bergeron'),
             ('10:30', c.t('Deprescribing in the frail elderly', 'Déprescription chez l’aîné fragile'), 'Nadia Haddad, pharm.'),
             ('11:15', c.t('Post-op rehab after hip fracture', 'Réadaptation après fracture de hanche'), 'Mathieu Lavoie, pht'),
             ('13:30', c.t('Opioid use disorder: starting buprenorphine in the ER', 'Trouble lié aux opioïdes : débuter la buprénorphine à l’urgence'), 'Dr. Alan Brisebois'),
             ('14:15', c.t('Case-based: chest pain in a 54-year-old', 'Cas clinique : douleur thoracique chez un homme de 54 ans'), 'Dr. Kevin Nguyen, R1')]
    prog = make_pdf('Programme', [('title', c.t('Rural Medicine Days 2025 - Programme', 'Journées de médecine rurale 2025 - Programme')),
                                  ('table', [[c.t('Time', 'Heure'), c.t('Topic', 'Sujet'), c.t('Speaker', 'Conférencier')]] + [list(t) for t in talks]),
                                  ('p', c.t('Accredited for 6 Mainpro+ credits.', 'Accrédité pour 6 crédits Mainpro+.'))])
    atts = [(c.t('programme_RMD2025.pdf', 'programme_JMR2025.pdf'), 'application/pdf', prog)]
    if c.chance(0.4):
        reg = make_csv([[c.t('Fee', 'Frais'), c.t('Amount', 'Montant')], [c.t('Physician', 'Médecin'), '350'], [c.t('Resident', 'Résident'), '100'],
                        [c.t('Allied health', 'Professionnel'), '150']])
        atts = [(c.t('RMD2025.zip', 'JMR2025.zip'), 'application/zip', make_zip([(atts[0][0], prog), (c.t('fees.csv', 'frais.csv'), reg)]))]
    body = '\n\n'.join([greet(c, 'x'), c.t('Please find the final programme for Rural Medicine Days. Residents are released from clinical duties.',
                                           'Voici le programme final des Journées de médecine rurale. Les résidents sont libérés de leurs activités cliniques.'), thanks(c)])
    return mk(c.t('Rural Medicine Days - programme', 'JMR - programme'), body, who(c.pick(['carver', 'tremblay']), c.lang),
              [who(r, c.lang) for r in RESIDENTS] + [who(f, c.lang) for f in FMS], 'conference programme (PDF/ZIP) speakers and topics', atts=atts)


def n_teaching_anon(c):
    case = c.pick([
        (c.t('A 74-year-old woman with known HFrEF presents with 3 kg weight gain and orthopnea. NT-proBNP 5400 ng/L, creatinine 156 µmol/L. '
             'On furosemide 40 mg daily and bisoprolol 2.5 mg.',
             'Une femme de 74 ans connue pour IC à FE réduite consulte pour un gain de poids de 3 kg et de l’orthopnée. NT-proBNP 5400 ng/L, créatinine 156 µmol/L. '
             'Sous furosémide 40 mg DIE et bisoprolol 2,5 mg.')),
        (c.t('A 58-year-old man, smoker, with a 9 mm RUL nodule on CT. No prior imaging available.',
             'Un homme de 58 ans, fumeur, avec un nodule de 9 mm au LSD à la TDM. Aucune imagerie antérieure.')),
        (c.t('A 31-year-old woman, 10 weeks pregnant, with TSH 7.8 mUI/L and fatigue.',
             'Une femme de 31 ans, enceinte de 10 semaines, avec TSH 7,8 mUI/L et fatigue.'))])
    body = '\n\n'.join([greet(c, 'x'), c.t('Journal club case (fully de-identified, fictional details added):', 'Cas pour le club de lecture (entièrement dépersonnalisé, détails fictifs ajoutés) :'),
                        case, c.t('Questions: next investigation? evidence for the intervention?', 'Questions : prochaine investigation? données probantes?'), thanks(c)])
    sender = c.pick(RESIDENTS + FMS)
    return mk(c.t('Journal club case', 'Cas - club de lecture'), body, who(sender, c.lang), [who(r, c.lang) for r in RESIDENTS if r != sender],
              'anonymised teaching case (ages, labs, meds, no identifiers)')


def n_stats(c):
    mods = [('CT', 'TDM'), ('MRI', 'IRM'), ('Ultrasound', 'Échographie'), ('Mammography', 'Mammographie'), ('X-ray', 'Radiographie')]
    rows = [[c.t('Modality', 'Modalité'), c.t('Exams', 'Examens'), c.t('Median wait (days)', 'Attente médiane (jours)'), c.t('P90 wait', 'Attente P90')]]
    for m in mods:
        med = c.rng.randrange(2, 90)
        rows.append([c.t(*m), c.rng.randrange(300, 4000), med, med + c.rng.randrange(10, 120)])
    rows2 = [[c.t('Consult reason', 'Motif de consultation'), 'Q1', 'Q2', 'Q3']]
    for k in ['af', 'chf', 'dm2', 'ida', 'ckd', 'copd']:
        rows2.append([COND[k][1 if c.lang == 'fr' else 0], c.rng.randrange(5, 80), c.rng.randrange(5, 80), c.rng.randrange(5, 80)])
    x = make_xlsx([(c.t('DI waits', 'Attentes imagerie'), rows), (c.t('IM consults', 'Consultations MI'), rows2)])
    body = '\n\n'.join([greet(c, 'x'), c.t('Quarterly activity report attached (aggregate data only).', 'Rapport d’activité trimestriel ci-joint (données agrégées).'), thanks(c)])
    return mk(c.t('Quarterly activity report', 'Rapport d’activité trimestriel'), body, who(c.pick(['pelchat', 'paquin']), c.lang),
              [('Comité de direction', f'direction@{HOSP_DOMAIN}', None)], 'aggregate statistics XLSX',
              atts=[(f'rapport_T{c.rng.randint(1, 4)}.xlsx' if c.lang == 'fr' else f'report_Q{c.rng.randint(1, 4)}.xlsx',
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)])


def n_blank_form(c):
    rows = [[c.t('Field', 'Champ'), c.t('Value', 'Valeur')], [c.t('Patient name', 'Nom du patient'), '____________________'],
            [c.t('Date of birth (YYYY-MM-DD)', 'Date de naissance (AAAA-MM-JJ)'), '____-__-__'], ['NAM / RAMQ', '____ ____ ____'],
            [c.t('Ontario health number', 'No carte santé Ontario'), '____-___-___-__'], [c.t('Diagnosis', 'Diagnostic'), ''],
            [c.t('Precautions', 'Précautions'), '[ ] WBAT  [ ] NWB  [ ] ' + c.t('fall risk', 'risque de chute')],
            [c.t('Referring physician', 'Médecin référent'), '']]
    blocks = [('title', c.t('Physiotherapy Referral Form (rev. 2025-03)', 'Formulaire de demande en physiothérapie (rév. 2025-03)')), ('table', rows),
              ('small', c.t('Fax completed forms to 819-555-0188.', 'Télécopier les formulaires complétés au 819-555-0188.'))]
    if c.chance(0.5):
        att = (c.t('physio_referral_form_BLANK.docx', 'formulaire_physio_VIERGE.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx('Form', blocks))
    else:
        att = (c.t('physio_referral_form.pdf', 'formulaire_physio.pdf'), 'application/pdf', make_pdf('Form', blocks))
    body = '\n\n'.join([greet(c, 'x'), c.t('New version of the referral form attached; please discard the old ones. Fields for NAM and Ontario health number were added.',
                                           'Nouvelle version du formulaire de référence ci-jointe; jetez les anciennes. Les champs NAM et carte santé Ontario ont été ajoutés.'), thanks(c)])
    return mk(c.t('Updated physio referral form', 'Formulaire physio mis à jour'), body, who(c.pick(['oconnor', 'lavoie']), c.lang),
              [who(f, c.lang) for f in FMS] + [who(r, c.lang) for r in RESIDENTS[:2]], 'blank form attachment', atts=[att])


def n_it(c):
    tick = f'INC{c.rng.randrange(10000000, 99999999)}'
    kind = c.rng.randrange(3)
    if kind == 0:
        subj = c.t('Planned EMR downtime', 'Interruption planifiée du DME')
        txt = c.t(f'The EMR will be unavailable Sunday 02:00-05:00 for an upgrade ({tick}). Use downtime forms; lab results will print on unit printers.',
                  f'Le DME sera indisponible dimanche de 2 h à 5 h pour une mise à niveau ({tick}). Utilisez les formulaires papier; les résultats de labo s’imprimeront sur les imprimantes d’unité.')
    elif kind == 1:
        subj = c.t('Printer replacement - 2nd floor', 'Remplacement d’imprimante - 2e étage')
        txt = c.t(f'Printer asset {gen_luhn(c.rng, 9)} (IM nursing station) is being replaced. New queue: PRN-IM-02. Ticket {tick}.',
                  f'L’imprimante (actif {gen_luhn(c.rng, 9)}) du poste infirmier MI est remplacée. Nouvelle file : PRN-IM-02. Billet {tick}.')
    else:
        subj = c.t('Phishing alert', 'Alerte hameçonnage')
        txt = c.t('Several staff received a fake "RAMQ refund" e-mail asking for their health card number. Do not click; report to the service desk.',
                  'Plusieurs employés ont reçu un faux courriel « remboursement RAMQ » demandant leur numéro d’assurance maladie. Ne cliquez pas; signalez au centre de services.')
    body = '\n\n'.join([greet(c, 'x'), txt, c.t('Service desk: ext. 4357', 'Centre de services : poste 4357')])
    return mk(subj, body, who('gauvreau', c.lang), [('Tout le personnel', f'tous@{HOSP_DOMAIN}', None)], 'IT notice with ticket/asset numbers')


def n_occ_health(c):
    kind = c.rng.randrange(3)
    if kind == 0:
        rows = [[c.t('Employee', 'Employé(e)'), c.t('Dept', 'Service'), c.t('Time', 'Heure'), c.t('Mask model', 'Modèle')]]
        staffk = c.rng.sample(sorted(STAFF), 7)
        for i, k in enumerate(staffk):
            rows.append([f'{STAFF[k][0]} {STAFF[k][1]}', STAFF[k][5 if c.lang == 'fr' else 4], f'{9 + i // 2}:{"00" if i % 2 == 0 else "30"}', c.pick(['3M 1870+', '3M 8210', 'Halyard'])])
        x = make_xlsx([('Fit testing', rows)])
        body = '\n\n'.join([greet(c, 'x'), c.t('N95 fit-testing appointments for staff are attached.', 'Les rendez-vous d’essai d’ajustement N95 du personnel sont en pièce jointe.'), thanks(c)])
        return mk(c.t('N95 fit testing', 'Essais d’ajustement N95'), body, who('lambert', c.lang), [('Gestionnaires', f'gestionnaires@{HOSP_DOMAIN}', None)],
                  'staff fit-testing roster XLSX (HR)', atts=[('fit_test.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)])
    if kind == 1:
        emp = c.pick(['Brenda Stewart', 'Mathieu Lavoie', 'Karine Ouellette', 'Nancy Whitcomb'])
        body = '\n\n'.join([greet(c, 'x'), c.t(f'{emp} is cleared to return on modified duties starting Monday: no lifting over 10 kg for four weeks following a work-related knee injury. '
                                               'Please adjust the schedule accordingly.',
                                               f'{emp} peut reprendre le travail en travaux légers lundi : pas de charge de plus de 10 kg pendant quatre semaines à la suite d’une blessure au genou au travail. '
                                               'Merci d’ajuster l’horaire.'), thanks(c)])
        return mk(c.t('Return to work - modified duties', 'Retour au travail - travaux légers'), body, who('lambert', c.lang), [who(c.pick(['pelchat', 'hebert']), c.lang)],
                  'employee return-to-work (occupational health = HR)')
    body = '\n\n'.join([greet(c, 'x'), c.t('Staff flu vaccination: 61% of employees vaccinated to date (IM 74%, DI 58%, Physio 80%). Clinics continue Tuesdays.',
                                           'Vaccination antigrippale du personnel : 61 % vaccinés à ce jour (MI 74 %, imagerie 58 %, physio 80 %). Les cliniques se poursuivent les mardis.'), thanks(c)])
    return mk(c.t('Flu vaccination update', 'Vaccination antigrippale - suivi'), body, who('lambert', c.lang), [('Tout le personnel', f'tous@{HOSP_DOMAIN}', None)],
              'staff vaccination rates (aggregate)')


def n_pt_committee(c):
    when = future(c, 5, 20).replace(hour=12, minute=0)
    items = [c.t('1. Formulary addition: semaglutide SC for type 2 diabetes (restricted to FMU/IM)', '1. Ajout au formulaire : sémaglutide SC pour le diabète de type 2 (restreint UMF/MI)'),
             c.t('2. DOAC dosing in renal impairment - revised guideline (apixaban 2.5 mg BID criteria)', '2. Posologie des AOD en insuffisance rénale - ligne directrice révisée (critères apixaban 2,5 mg BID)'),
             c.t('3. Hydromorphone high-alert medication audit results', '3. Résultats de l’audit hydromorphone (médicament de niveau d’alerte élevé)'),
             c.t('4. Antibiotic stewardship: cephalexin vs cefazolin for cellulitis', '4. Antibiogouvernance : céphalexine vs céfazoline pour la cellulite')]
    body = '\n\n'.join([greet(c, 'x'), c.t(f'Pharmacy & Therapeutics Committee - {dfmt(c, when, 2)}, 12:00, boardroom. Agenda:',
                                           f'Comité de pharmacologie - {dfmt(c, when, 2)}, 12 h, salle du conseil. Ordre du jour :'), '\n'.join(items), thanks(c)])
    return mk(c.t('P&T Committee agenda', 'Comité de pharmacologie - ordre du jour'), body, who('haddad', c.lang),
              [who(k, c.lang) for k in INTERNISTS + FMS], 'committee notice with drug names, no patients')


def n_homecare_info(c):
    card = dict(sur=c.t('Home Care Program', 'Soutien à domicile'), given='TVCH', org=HOSP_EN, title=c.t('Intake line', 'Accueil'),
                tel=[('WORK', '819-555-0177'), ('FAX', '819-555-0178')], adr=HOSP_ADDR, adr_type='WORK', email=f'sad@{HOSP_DOMAIN}')
    vcf = make_vcard([card])
    body = '\n\n'.join([greet(c, 'x'), c.t('Reminder of our home care services: nursing (wound care, IV antibiotics, diabetes teaching), physiotherapy after hip or knee surgery, '
                                           'palliative care at home. Ontario residents are referred to Ottawa Valley Home & Community Care.',
                                           'Rappel de nos services à domicile : soins infirmiers (plaies, antibiothérapie IV, enseignement diabète), physiothérapie après chirurgie de la hanche ou du genou, '
                                           'soins palliatifs à domicile. Les résidents de l’Ontario sont dirigés vers Ottawa Valley Home & Community Care.'),
                        c.t('Our contact card is attached.', 'Notre fiche contact est en pièce jointe.'), thanks(c)])
    return mk(c.t('Home care program - how to refer', 'Soutien à domicile - comment référer'), body, who('belisle', c.lang),
              [who(f, c.lang) for f in FMS + RESIDENTS[:3]], 'program info with program vCard', atts=[('SAD_TVCH.vcf', 'text/vcard', vcf)])


def n_referral_guideline(c):
    body = '\n\n'.join([greet(c, 'x'), c.t('Rapid-access IM clinic - referral criteria:', 'Clinique d’accès rapide MI - critères de référence :'),
                        c.t('- new atrial fibrillation, rate-controlled\n- suspected DVT/PE after negative ER work-up\n- syncope with normal ECG\n- anemia Hb < 90 g/L without bleeding',
                            '- FA nouvelle, fréquence contrôlée\n- TVP/EP suspectée après bilan négatif à l’urgence\n- syncope avec ECG normal\n- anémie Hb < 90 g/L sans saignement'),
                        c.t('Please include CBC, creatinine, TSH and the medication list. Fax 819-555-0190.',
                            'Joindre FSC, créatinine, TSH et la liste de médicaments. Télécopieur 819-555-0190.'), thanks(c)])
    return mk(c.t('IM rapid-access clinic - criteria', 'Clinique d’accès rapide MI - critères'), body, who(c.pick(INTERNISTS), c.lang),
              [who(f, c.lang) for f in FMS] + [('Arnwood FHT', 'info@arnwood-fht.example', None)], 'referral guideline (clinical words, no patient)')


def n_lab_ranges(c):
    rows = [[c.t('Test', 'Analyse'), c.t('Old range', 'Ancien intervalle'), c.t('New range', 'Nouvel intervalle'), c.t('Critical', 'Critique')],
            ['hs-troponin T', '< 14 ng/L', c.t('< 15 ng/L (F < 10)', '< 15 ng/L (F < 10)'), '> 52 ng/L'],
            ['K+', '3.5-5.0 mmol/L', '3.5-5.1 mmol/L', '> 6.0 mmol/L'], ['Hb (F)', '120-160 g/L', '117-155 g/L', '< 70 g/L'],
            ['eGFR', 'MDRD', 'CKD-EPI 2021', '< 15']]
    body, h = table_mail([greet(c, 'x'), c.t('Effective Monday, the lab adopts the following reference intervals:', 'À compter de lundi, le laboratoire adopte les intervalles suivants :')],
                         rows, [thanks(c)])
    return mk(c.t('New reference intervals', 'Nouveaux intervalles de référence'), body, ('Laboratoire / Laboratory', f'labo@{HOSP_DOMAIN}', None),
              [('Médecins', f'medecins@{HOSP_DOMAIN}', None)], 'lab reference interval update', html=h)


def n_physio_classes(c):
    start = future(c, 3, 20)
    classes = [(c.t('Back school', 'École du dos'), 9), (c.t('Pulmonary rehab group (COPD)', 'Réadaptation pulmonaire (MPOC)'), 13),
               (c.t('Falls prevention - balance class', 'Prévention des chutes - équilibre'), 15)]
    evs = []
    for name, h in classes:
        st = start.replace(hour=h, minute=0)
        evs.append(dict(uid=f'class-{h}-{st:%Y%m%d}@{HOSP_DOMAIN}', start=st, end=st + dt.timedelta(hours=1), summary=name,
                        location=c.t('Physio gym, Stonebridge', 'Salle de physio, Stonebridge'), description=c.t('Group of max 10. Referral required.', 'Groupe de 10 max. Référence requise.')))
    ics = make_ics(evs, method='PUBLISH')
    body = '\n\n'.join([greet(c, 'x'), c.t('Fall group classes start next month; calendar attached for your clinic staff.',
                                           'Les groupes d’automne débutent le mois prochain; calendrier ci-joint pour votre équipe.'), thanks(c)])
    return mk(c.t('Physio group classes', 'Groupes en physiothérapie'), body, who(c.pick(['oconnor', 'lavoie']), c.lang),
              [who(f, c.lang) for f in FMS], 'physio class schedule ICS', atts=[(c.t('classes.ics', 'groupes.ics'), 'text/calendar', ics)])


def n_quality(c):
    rows = [[c.t('Case', 'Cas'), c.t('Age band', 'Groupe d’âge'), c.t('Unit', 'Unité'), c.t('Injury', 'Blessure'), c.t('Contributing factor', 'Facteur contributif')]]
    for i in range(c.rng.randint(5, 9)):
        rows.append([f'F-{i + 1:02d}', c.pick(['65-74', '75-84', '85+']), c.pick(['MI/IM', 'Ortho', 'SAD']), c.pick([c.t('none', 'aucune'), c.t('minor', 'mineure'), c.t('hip fracture', 'fracture de hanche')]),
                     c.pick([c.t('sedative', 'sédatif'), c.t('night toileting', 'toilette la nuit'), c.t('no call bell', 'cloche hors de portée')])])
    body, h = table_mail([greet(c, 'x'), c.t('De-identified falls audit for the quarter:', 'Audit des chutes dépersonnalisé du trimestre :')], rows,
                         [c.t('Overall falls rate 3.1 per 1,000 patient-days.', 'Taux global : 3,1 chutes par 1 000 jours-présence.'), thanks(c)])
    return mk(c.t('Falls audit - quarter', 'Audit des chutes - trimestre'), body, who('whitcomb', c.lang), [('Comité qualité', f'qualite@{HOSP_DOMAIN}', None)],
              'de-identified audit table', html=h)


def n_directory(c):
    cards = []
    for k in INTERNISTS + RADS[:1]:
        first, last, role, cred, den, dfr = STAFF[k]
        cards.append(dict(sur=last, given=first, org=HOSP_EN, title=c.t(den, dfr), tel=[('WORK', f'819-555-0{c.rng.randrange(100, 199)}')],
                          email=staff_addr(k), adr=HOSP_ADDR, adr_type='WORK'))
    cards.append(dict(sur=c.t('DI Booking', 'Rendez-vous imagerie'), given='TVCH', org=HOSP_EN, tel=[('WORK', '819-555-0160')], email=f'imagerie@{HOSP_DOMAIN}'))
    vcf = make_vcard(cards)
    body = '\n\n'.join([greet(c, 'x'), c.t('Updated contact cards for IM and DI attached for your address book.', 'Fiches contacts MI et imagerie à jour pour votre carnet d’adresses.'), thanks(c)])
    return mk(c.t('Contact cards - IM/DI', 'Fiches contacts - MI/imagerie'), body, who('paquin', c.lang), [who('brisebois', c.lang)],
              'staff directory vCards', atts=[('contacts_TVCH.vcf', 'text/vcard', vcf)])


def n_minutes(c):
    blocks = [('title', c.t('DI department meeting - minutes', 'Réunion du service d’imagerie - procès-verbal')),
              ('p', c.t('Present: A. Pelchat, Dr. L.-P. Dubé, Dr. F. Bergeron, B. Stewart, K. Ouellette.', 'Présents : A. Pelchat, Dr L.-P. Dubé, Dre F. Bergeron, B. Stewart, K. Ouellette.')),
              ('p', c.t(f'1. MRI wait list: {c.rng.randrange(400, 900)} outpatients, median 74 days. Evening slots added Tue/Thu.',
                        f'1. Liste d’attente IRM : {c.rng.randrange(400, 900)} patients externes, médiane 74 jours. Plages de soir ajoutées mar./jeu.')),
              ('p', c.t('2. New ultrasound unit (S/N ' + gen_luhn(c.rng, 10) + ') commissioned; DVT Doppler protocol updated.',
                        '2. Nouvel échographe (no série ' + gen_luhn(c.rng, 10) + ') en service; protocole Doppler TVP mis à jour.')),
              ('p', c.t('3. Staffing: one technologist on maternity leave until March; posting in progress.', '3. Personnel : une technologue en congé de maternité jusqu’en mars; affichage en cours.'))]
    d = make_docx('Minutes', blocks)
    body = '\n\n'.join([greet(c, 'x'), c.t('Minutes of last Tuesday’s meeting attached.', 'Procès-verbal de la réunion de mardi dernier en pièce jointe.'), thanks(c)])
    return mk(c.t('DI meeting minutes', 'PV réunion imagerie'), body, who('pelchat', c.lang), [who(k, c.lang) for k in RADS + ['stewart', 'ouellette']],
              'department minutes DOCX', atts=[(c.t('DI_minutes.docx', 'PV_imagerie.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', d)])


def n_resident_leave(c):
    r = c.pick(RESIDENTS)
    d1 = future(c, 10, 50).date()
    body = '\n\n'.join([greet(c, 'tremblay'), c.t(f'{staff_disp(r, c.lang)} has requested vacation from {d1.isoformat()} to {(d1 + dt.timedelta(days=4)).isoformat()}. '
                                                   'Clinic coverage is arranged with Dr. Brisson. Approve?',
                                                   f'{staff_disp(r, c.lang)} demande des vacances du {d1.isoformat()} au {(d1 + dt.timedelta(days=4)).isoformat()}. '
                                                   'La couverture de clinique est assurée par Dr Brisson. Approuvé?'), thanks(c)])
    return mk(c.t('Vacation request', 'Demande de vacances') + f' - {STAFF[r][1]}', body, who('carver', c.lang), [who('tremblay', c.lang)],
              'resident vacation request (staff HR)')


def n_volunteer_appreciation(c):
    rows = [[c.t('Volunteer', 'Bénévole'), c.t('Years', 'Années'), c.t('RSVP', 'RSVP'), c.t('Dietary', 'Alimentation')]]
    for v in c.rng.sample(VOLUNTEERS, 8):
        rows.append([v, c.rng.choice([5, 10, 15, 20, 25]), c.pick(['oui', 'non']) if c.lang == 'fr' else c.pick(['yes', 'no']),
                     c.pick(['', c.t('vegetarian', 'végétarien'), c.t('gluten-free', 'sans gluten')])])
    prog = make_pdf('Programme', [('title', c.t('Volunteer appreciation lunch', 'Dîner de reconnaissance des bénévoles')),
                                  ('p', c.t('Guest speaker: Doris McKenzie. Service pins for 5 to 25 years.', 'Conférencière : Doris McKenzie. Épinglettes pour 5 à 25 ans de service.'))])
    z = make_zip([('rsvp.csv', make_csv(rows)), ('programme.pdf', prog)])
    body = '\n\n'.join([greet(c, 'desrosiers'), c.t('RSVP list and programme for the appreciation lunch (zip).', 'Liste RSVP et programme du dîner de reconnaissance (zip).'), thanks(c)])
    return mk(c.t('Volunteer appreciation lunch', 'Dîner de reconnaissance'), body, who('mckenzie', c.lang), [who('desrosiers', c.lang)],
              'volunteer appreciation ZIP (RSVP CSV + PDF)', atts=[(c.t('appreciation.zip', 'reconnaissance.zip'), 'application/zip', z)])


def n_recall_eml(c):
    lot = nam_like(c.rng)
    text = c.t(f'Field Safety Notice FSN-2025-{c.rng.randrange(10, 99)}\n\nAffected product: contrast injector syringes, lot {lot}, exp. 2026-08.\n'
               'Action: quarantine remaining stock and contact your representative. No patient injury has been reported.',
               f'Avis de sécurité FSN-2025-{c.rng.randrange(10, 99)}\n\nProduit visé : seringues d’injecteur de contraste, lot {lot}, exp. 2026-08.\n'
               'Action : mettre en quarantaine et contacter votre représentant. Aucun incident chez un patient n’a été rapporté.')
    info = []
    inner = finish(text_part(text, 'plain', c.rng, info), [],
                   [('From', fmt_addr(who('imagix', c.lang), c.rng)), ('To', fmt_addr(who('doucet', c.lang), c.rng)),
                    ('Subject', enc_header(c.t('Field Safety Notice - injector syringes', 'Avis de sécurité - seringues d’injecteur'), c.rng)),
                    ('Date', format_datetime(c.date - dt.timedelta(days=1))), ('Message-ID', f'<{c.rng.getrandbits(60):015x}@imagix-medical.example>')], c.rng)
    body = '\n\n'.join([greet(c, 'pelchat'), c.t(f'Recall notice from Imagix attached. We have 2 boxes of lot {lot} in the CT room; quarantined.',
                                                  f'Avis de rappel d’Imagix en pièce jointe. Nous avons 2 boîtes du lot {lot} en salle TDM; mises en quarantaine.'), thanks(c)])
    return mk(c.t('Recall - injector syringes', 'Rappel - seringues injecteur'), body, who('doucet', c.lang), [who('pelchat', c.lang)],
              'vendor recall attached as .eml (NAM-shaped lot)', eml=[('FSN.eml', inner)], thread='none')


NEGATIVE = [
    ('foundation_gala', n_foundation_gala), ('foundation_receipt', n_foundation_receipt), ('foundation_news', n_foundation_newsletter),
    ('foundation_golf', n_golf), ('volunteer_schedule', n_volunteer_schedule), ('volunteer_orientation', n_volunteer_orientation),
    ('residency_rotation', n_rotation), ('residency_evals', n_evaluations), ('residency_carms', n_carms), ('academic_halfday', n_ahd),
    ('imaging_downtime', n_imaging_service), ('imaging_quote', n_imaging_quote), ('oncall_schedule', n_oncall), ('bulletin', n_bulletin),
    ('job_posting', n_job), ('invoice', n_invoice), ('conference', n_conference), ('teaching_anon', n_teaching_anon), ('stats', n_stats),
    ('blank_form', n_blank_form), ('it_notice', n_it), ('occ_health', n_occ_health), ('pt_committee', n_pt_committee),
    ('homecare_info', n_homecare_info), ('referral_criteria', n_referral_guideline), ('lab_ranges', n_lab_ranges),
    ('physio_classes', n_physio_classes), ('falls_audit', n_quality), ('directory_vcard', n_directory), ('di_minutes', n_minutes),
    ('resident_leave', n_resident_leave), ('volunteer_lunch', n_volunteer_appreciation), ('recall_eml', n_recall_eml),
]


# templates that get one more slot when the count does not divide evenly
EXTRA_POS = ['insurer_sin', 'belgian_student', 'french_insured', 'subject_only', 'filename_only', 'id_only', 'patient_msg_eml',
             'ohip_billing', 'volunteer_rides', 'foundation_story', 'transport', 'handover']
EXTRA_NEG = ['teaching_anon', 'imaging_quote', 'foundation_receipt', 'blank_form', 'occ_health', 'referral_criteria', 'stats',
             'lab_ranges', 'conference', 'falls_audit', 'it_notice', 'volunteer_schedule', 'bulletin', 'invoice', 'pt_committee']


# --------------------------------------------------------------------------- driver
def random_date(rng):
    start = dt.date(2024, 9, 3)
    while True:
        d = start + dt.timedelta(days=rng.randrange(0, 420))
        if d.weekday() < 5:
            break
    summer = (4 <= d.month <= 10) or (d.month == 3 and d.day >= 10) or (d.month == 11 and d.day < 3)
    tz = dt.timezone(dt.timedelta(hours=-4 if summer else -5))
    return dt.datetime(d.year, d.month, d.day, rng.randrange(7, 18), rng.randrange(60), rng.randrange(60), tzinfo=tz)


def check_staff_vs_patients(people):
    pats = {(p.given, p.surname) for group in people.values() for p in group}
    for k, v in STAFF.items():
        assert (v[0], v[1]) not in pats, k


def build(seed, out):
    rng = random.Random(seed)
    people = make_people(rng)
    check_staff_vs_patients(people)
    used = set()
    labels = {}
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    plan = []
    for polarity, templates, n, nfr in (('positive', POSITIVE, N_POS, FR_POS), ('negative', NEGATIVE, N_NEG, FR_NEG)):
        slots = [templates[i % len(templates)] for i in range(n - n % len(templates))]
        extra = EXTRA_POS if polarity == 'positive' else EXTRA_NEG
        by_name = dict(templates)
        slots += [(k, by_name[k]) for k in extra[:n - len(slots)]]
        assert len(slots) == n
        rng.shuffle(slots)
        langs = ['fr'] * nfr + ['en'] * (n - nfr)
        rng.shuffle(langs)
        plan += [(polarity, i, slots[i], langs[i]) for i in range(n)]
    for polarity, i, (cat, fn), lang in plan:
        date = random_date(rng)
        c = Ctx(rng, lang, people, used)
        c.date = date
        core = fn(c)
        if polarity == 'negative':
            assert not c.types, (cat, c.types)
        else:
            assert c.types, cat
        env = Env(rng, lang, date, i, FWD_CLINICAL if polarity == 'positive' else FWD_ADMIN)
        msg, crlf, tinfo = assemble(core, env)
        data = serialize(msg, crlf)
        prefix = 'p' if polarity == 'positive' else 'n'
        rel = f'{polarity}/{prefix}{i + 1:03d}_{cat}.eml'
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        labels[rel] = {'confidential': polarity == 'positive', 'types': sorted(c.types), 'lang': lang,
                       'note': f"{core['note']} | {tinfo}"}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


ZIP_TYPES = ('application/zip', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
             'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(f'{sub}/{f}' for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml'))
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    allowed = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name', 'diagnosis',
               'medication', 'lab_result', 'patient_contact', 'social_information'}
    counts = {'positive': 0, 'negative': 0}
    langs = {}
    kinds = {}
    h = hashlib.sha256()
    for rel in files:
        lab = labels[rel]
        pos = rel.startswith('positive/')
        assert lab['confidential'] == pos, rel
        assert set(lab['types']) <= allowed, rel
        assert (len(lab['types']) >= 1) if pos else (lab['types'] == []), rel
        assert lab['lang'] in ('en', 'fr'), rel
        counts['positive' if pos else 'negative'] += 1
        langs[(pos, lab['lang'])] = langs.get((pos, lab['lang']), 0) + 1
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['From'] and msg['To'] and msg['Subject'] is not None and msg['Date'], rel
        str(msg['Subject'])
        for part in msg.walk():
            assert not part.defects, (rel, part.defects)
            if part.get_content_type() == 'message/rfc822':
                kinds['eml'] = kinds.get('eml', 0) + 1
                inner = part.get_payload(0)
                assert inner['From'] and inner['Subject'] is not None, rel
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            fn = part.get_filename()
            if fn:
                k = fn.rsplit('.', 1)[-1].lower()
                kinds[k] = kinds.get(k, 0) + 1
            if ct.startswith('text/'):
                txt = part.get_content()
                assert isinstance(txt, str) and txt.strip(), (rel, ct)
            else:
                blob = part.get_payload(decode=True)
                assert blob, (rel, ct)
                if ct in ZIP_TYPES:
                    assert zipfile.ZipFile(io.BytesIO(blob)).testzip() is None, rel
                if ct == 'application/pdf':
                    assert blob.startswith(b'%PDF'), rel
        h.update(rel.encode() + b'\0' + raw)
    with open(os.path.join(out, 'labels.json'), 'rb') as fh:
        h.update(b'labels.json\0' + fh.read())
    return counts, langs, kinds, h.hexdigest()


README = """# Held-out corpus 53 - Tamarack Valley Community Hospital (synthetic)

## Flavour
An invented English-speaking community hospital ("Tamarack Valley Community Hospital" / "Hôpital communautaire de
Tamarack Valley", domain `tvch.example`) with a site in the Eastern Townships (Stonebridge) and one in the Pontiac /
Ottawa valley (Carrick Falls), serving Quebec and Ontario patients. Senders: family-medicine residents' clinic
(FMU/UMF), internal-medicine consults, diagnostic imaging, physiotherapy, home care (CLSC and Ontario home-care partners)
and the hospital foundation. Negatives: foundation and volunteer mail, residency programme administration, imaging
equipment, schedules, bulletins, job postings, invoices, conference programmes, IT notices, committee notices,
aggregate statistics, blank forms, anonymised teaching cases, staff occupational health (HR).
About a quarter of the messages are in French (Quebec), the rest in English.

## Layout
- `generate.py` - deterministic generator (standard library + python-stdnum + reportlab, python-docx, openpyxl)
- `positive/pNNN_<category>.eml` - {npos} confidential messages
- `negative/nNNN_<category>.eml` - {nneg} non-confidential messages
- `labels.json` - `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "en"|"fr", "note": "..."}}}}`

Languages: positives {pos_en} en / {pos_fr} fr; negatives {neg_en} en / {neg_fr} fr.

## Definition used
Confidential = a reader can identify a patient (name, or identifier: RAMQ NAM, SIN, Ontario health number, Belgian
NISS, French NIR, hospital chart number/MRN, possibly with altered spacing/case/spelling) AND learn something personal,
medical or social about them - anywhere: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV,
ICS, vCard, ZIP, attached .eml) or attachment file name. A patient's address/phone with their name in a care context
(transport, home care, booking, volunteer drivers) counts. Staff information (schedules, leave, employee occupational
health), physicians with the diseases they treat, speakers/topics, aggregates, newsletters, blank forms, anonymised
cases, invoices/POs, serial/lot/asset/receipt numbers (some pass Luhn; lot codes are NAM-shaped but never valid NAMs),
clinic phone numbers and IT/facilities mail are not confidential.
Types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth, patient_name, diagnosis, medication,
lab_result, patient_contact, social_information. Types are recorded by the generator as each item is emitted.

NAMs come only from `../blind_nams.txt`, always with that person's name, birth date and sex. SINs, Ontario health
numbers (Luhn), NISS and NIR are generated and validated with python-stdnum. All people, places, domains (`*.example`)
and phone numbers (555) are invented.

## Transports
Plain text, HTML-only, multipart/alternative (some with a text/calendar part), multipart/mixed with attachments;
replies quoting the original (Outlook header block or `>` quoting), inline forwards, originals attached as
message/rfc822; charsets utf-8, iso-8859-1, windows-1252; 7bit, quoted-printable and base64; RFC 2047 encoded
headers and RFC 2231 file names; CRLF and LF line endings. Attachment kinds seen: {kinds}.

## Regenerate
    python generate.py            # default seed {seed}, writes next to generate.py
                                  # (Python 3.11 with python-stdnum, reportlab, python-docx, openpyxl)
    python generate.py --seed N --out DIR

Needs `../blind_nams.txt` relative to `generate.py`. ZIP/DOCX/XLSX/PDF use fixed timestamps; two runs give identical
files. The generator parses every file with `email.policy.default`, decodes every part, checks the labels and prints
counts and a sha256 digest (over the sorted .eml paths+bytes and labels.json).

## Digest (seed {seed})
    {digest}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    build(args.seed, out)
    counts, langs, kinds, digest = self_check(out)
    print(f"positives: {counts['positive']}  negatives: {counts['negative']}")
    print(f"positive en/fr: {langs.get((True, 'en'), 0)}/{langs.get((True, 'fr'), 0)}  "
          f"negative en/fr: {langs.get((False, 'en'), 0)}/{langs.get((False, 'fr'), 0)}")
    print('attachment kinds: ' + ', '.join(f'{k}={v}' for k, v in sorted(kinds.items())))
    print(f'sha256: {digest}')
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README.format(npos=counts['positive'], nneg=counts['negative'], pos_en=langs.get((True, 'en'), 0),
                               pos_fr=langs.get((True, 'fr'), 0), neg_en=langs.get((False, 'en'), 0),
                               neg_fr=langs.get((False, 'fr'), 0), kinds=', '.join(sorted(kinds)), seed=args.seed, digest=digest))
    return 0


if __name__ == '__main__':
    sys.exit(main())
