#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Held-out corpus 40 -- synthetic outbound e-mail of an invented, English-speaking
university health network (Montreal and Ottawa sites), cardiology flavour.

Every person, institution, address, phone number and domain is invented.
RAMQ NAMs come only from ../blind_nams.txt; other identifiers are generated
valid and checked with python-stdnum.

    python generate.py [--seed 4040] [--out DIR]

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180)
and labels.json next to this script (or under --out), then self-checks.
"""
import argparse
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import unicodedata
import zipfile
import email
import email.policy
import email.utils
from email.message import EmailMessage

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 4040
N_POS, N_NEG = 120, 180
POS_LANG = (('en', 84), ('fr', 36))
NEG_LANG = (('en', 126), ('fr', 54))
FIXED_DT = dt.datetime(2025, 1, 6, 9, 0, 0)
FIXED_ZIP = (2025, 1, 6, 9, 0, 0)
DOM = 'mbuhn.example'
TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']

# --------------------------------------------------------------------------- world
ORG = {'en': 'Mount Bellevue University Health Network',
       'fr': 'Réseau universitaire de santé Mont-Bellevue'}
ORG_SHORT = {'en': 'MBUHN', 'fr': 'RUSMB'}
SITES = {
    'mtl': dict(en='Bellevue Heart Institute', fr='Institut de cardiologie Bellevue',
                addr='4470, chemin de la Côte-des-Ormeaux', city='Montréal (Québec)',
                postal='H3T 0X7', phone='514-555-0100', fax='514-555-0101'),
    'anticoag': dict(en='Anticoagulation Clinic, Kensington Pavilion',
                     fr="Clinique d'anticoagulation, pavillon Kensington",
                     addr='3915, avenue des Merisiers, 2e étage', city='Montréal (Québec)',
                     postal='H3Z 0B4', phone='514-555-0175', fax='514-555-0176'),
    'rehab': dict(en='Lachine Shore Cardiac Rehabilitation Centre',
                  fr='Centre de réadaptation cardiaque Rive-de-Lachine',
                  addr='1180, boulevard des Hérons-Cendrés', city='Montréal (Québec)',
                  postal='H8S 0A9', phone='514-555-0160', fax='514-555-0161'),
    'ott': dict(en='Rideau Heart Pavilion', fr='Pavillon cardiaque Rideau',
                addr='210 Larchmere Drive', city='Ottawa, Ontario', postal='K1Y 0Z4',
                phone='613-555-0120', fax='613-555-0121'),
}

# key, first, last, physician?, role_en, role_fr, site
STAFF = [
    ('hf1', 'Aurélie', 'Beaudry-Kwan', True, 'Cardiologist, Heart Failure Clinic', "Cardiologue, Clinique d'insuffisance cardiaque", 'mtl'),
    ('hf2', 'Priya', 'Nandakumar', True, 'Cardiologist, Advanced Heart Failure & Transplant', 'Cardiologue, insuffisance cardiaque avancée et greffe', 'ott'),
    ('ep1', 'Rohan', 'Mistry', True, 'Cardiac Electrophysiologist', 'Électrophysiologiste', 'mtl'),
    ('ep2', 'Olivier', 'Desrosiers', True, 'Electrophysiologist, Director of the Device Clinic', 'Électrophysiologiste, directeur de la clinique des dispositifs', 'ott'),
    ('int1', 'Hélène', 'Ouimet', True, 'Interventional Cardiologist, Cath Lab Director', "Cardiologue d'intervention, directrice de l'hémodynamie", 'mtl'),
    ('int2', 'Yannick', 'Gagnon', True, 'Interventional Cardiologist', "Cardiologue d'intervention", 'ott'),
    ('img', 'Samuel', 'Ferreira', True, 'Cardiologist, Echocardiography Laboratory', "Cardiologue, laboratoire d'échocardiographie", 'mtl'),
    ('cs1', 'Kathleen', "O'Rourke", True, 'Cardiac Surgeon', 'Chirurgienne cardiaque', 'mtl'),
    ('cs2', 'Mathieu', 'Laroche', True, 'Cardiac Surgeon', 'Chirurgien cardiaque', 'ott'),
    ('thr', 'Farah', 'Haddad', True, 'Hematologist, Thrombosis & Anticoagulation', 'Hématologue, thrombose et anticoagulation', 'anticoag'),
    ('rehabmd', 'Benoît', 'Lachance', True, 'Cardiologist, Prevention & Rehabilitation', 'Cardiologue, prévention et réadaptation', 'rehab'),
    ('ccu', 'Ingrid', 'Halvorsen', True, 'Cardiologist, CCU & Telemetry', 'Cardiologue, unité coronarienne et télémétrie', 'ott'),
    ('fellow1', 'Tariq', 'Benhaddou', True, 'Cardiology Fellow (PGY-5)', 'Résident en cardiologie (R5)', 'mtl'),
    ('fellow2', 'Emily', 'Vance', True, 'Cardiology Fellow (PGY-4)', 'Résidente en cardiologie (R4)', 'ott'),
    ('acrn', 'Julie', 'Marchand', False, 'Nurse Clinician, Anticoagulation Clinic', "Infirmière clinicienne, clinique d'anticoagulation", 'anticoag'),
    ('acrn2', 'Fatima', 'Zerrouki', False, 'Registered Nurse, Anticoagulation Clinic', "Infirmière, clinique d'anticoagulation", 'anticoag'),
    ('telecn', 'Kevin', 'Osei', False, 'Charge Nurse, Telemetry 4 West', 'Assistant infirmier-chef, télémétrie 4 Ouest', 'mtl'),
    ('telecn2', 'Chantal', 'Bergeron', False, 'Charge Nurse, Telemetry C6', "Infirmière-chef d'équipe, télémétrie C6", 'ott'),
    ('hfnp', 'Stéphanie', 'Roy-Larivière', False, 'Nurse Practitioner, Heart Failure Clinic', "IPS, Clinique d'insuffisance cardiaque", 'mtl'),
    ('devrn', 'Marie-Ève', 'Tardif', False, 'Nurse, Pacemaker & ICD Clinic', 'Infirmière, clinique des stimulateurs et défibrillateurs', 'mtl'),
    ('devtech', 'Irene', 'Papadakis', False, 'Cardiac Device Specialist', 'Technologue, dispositifs cardiaques', 'ott'),
    ('kin', 'Tom', 'Brennan', False, 'Kinesiologist, Cardiac Rehab', 'Kinésiologue, réadaptation cardiaque', 'rehab'),
    ('cathmgr', 'Annie', 'Lévesque', False, 'Nurse Manager, Cath Lab', 'Infirmière gestionnaire, hémodynamie', 'mtl'),
    ('pharm1', 'Nadia', 'Benali', False, 'Clinical Pharmacist, Cardiology', 'Pharmacienne clinicienne, cardiologie', 'mtl'),
    ('pharm2', 'Ryan', 'Chow', False, 'Clinical Pharmacist, Cardiology', 'Pharmacien clinicien, cardiologie', 'ott'),
    ('sw1', 'Catherine', 'Doyle', False, 'Social Worker, Cardiology', 'Travailleuse sociale, cardiologie', 'mtl'),
    ('sw2', 'Louis-Philippe', 'Major', False, 'Social Worker, Cardiac Sciences', 'Travailleur social, sciences cardiaques', 'ott'),
    ('rc1', 'Émilie', 'Fontaine', False, 'Research Coordinator, Cardiovascular Research Unit', 'Coordonnatrice de recherche, Unité de recherche cardiovasculaire', 'mtl'),
    ('rc2', 'Daniel', 'Kwiatkowski', False, 'Clinical Research Coordinator', 'Coordonnateur de recherche clinique', 'ott'),
    ('grants', 'Sandra', 'Pinto', False, 'Grants Officer, Office of Research Services', 'Agente des subventions, Bureau des services à la recherche', 'mtl'),
    ('it1', 'Marc-André', 'Giroux', False, 'IT Service Desk Analyst', 'Analyste, centre de services TI', 'mtl'),
    ('it2', 'Deepa', 'Raman', False, 'Clinical Applications Lead', 'Responsable des applications cliniques', 'ott'),
    ('bme1', 'Priscilla', 'Amankwah', False, 'Biomedical Engineer', 'Ingénieure biomédicale', 'ott'),
    ('bme2', 'Gérald', 'Dupuis', False, 'Biomedical Technologist', 'Technicien en génie biomédical', 'mtl'),
    ('sched', 'Linda', 'Chiasson', False, 'Scheduling Coordinator, Cardiology', 'Coordonnatrice des rendez-vous, cardiologie', 'mtl'),
    ('sched2', 'Megan', 'Tully', False, 'Booking Clerk, Cardiac Diagnostics', 'Commis aux rendez-vous, diagnostics cardiaques', 'ott'),
    ('hr1', 'Jasmine', 'Rahal', False, 'Human Resources Advisor', 'Conseillère en ressources humaines', 'mtl'),
    ('hr2', 'Greg', 'Hollis', False, 'HR Business Partner', "Partenaire d'affaires RH", 'ott'),
    ('admin1', 'Véronique', 'Paré', False, 'Administrative Assistant, Department of Cardiology', 'Adjointe administrative, département de cardiologie', 'mtl'),
    ('clerk', 'Sophie', 'Lalonde', False, 'Unit Clerk, Telemetry', 'Agente administrative, télémétrie', 'mtl'),
    ('quality', 'Mélanie', 'Côté', False, 'Quality & Performance Advisor', 'Conseillère qualité et performance', 'mtl'),
    ('cathmgr2', 'Bruno', 'Sauvé', False, 'Cath Lab Operations Manager', "Gestionnaire des opérations, hémodynamie", 'ott'),
    ('billing', 'Josiane', 'Ferland', False, 'Billing Officer, Non-Resident Patients', 'Agente de facturation, patients non-résidents', 'mtl'),
    ('billing2', 'Adrian', 'Moss', False, 'Patient Accounts Officer', 'Agent, comptes patients', 'ott'),
    ('occ', 'Rachel', 'Nguyen-Tremblay', False, 'Occupational Health Nurse', 'Infirmière en santé au travail', 'mtl'),
    ('comms', 'Olivia', 'Saint-Amand', False, 'Communications Officer', 'Agente de communication', 'mtl'),
    ('rehabrn', 'Josée', 'Villeneuve', False, 'Nurse Clinician, Cardiac Rehab', 'Infirmière clinicienne, réadaptation cardiaque', 'rehab'),
    ('hfrn', 'Aaron', 'Whitlock', False, 'Heart Function Clinic Nurse', "Infirmier, clinique de la fonction cardiaque", 'ott'),
]

EXTERNAL = {
    'gp_qc': [('Dre Jacinthe Morissette', 'jmorissette@gmf-tilleuls.example', 'GMF des Tilleuls'),
              ('Dr Félix Arsenault', 'felix.arsenault@cliniquerivenord.example', 'Clinique médicale Rive-Nord'),
              ('Dr. Sharon Feldman', 'sfeldman@westislandfm.example', 'West Island Family Medicine')],
    'gp_on': [('Dr. Harpreet Gill', 'hgill@glebefht.example', 'Glebe Family Health Team'),
              ('Dr. Nora Quigley', 'nquigley@kanatamedical.example', 'Kanata Medical Associates')],
    'pharm': [('Pharmacie Lafleur-Ouellette', 'labo@pharmacie-lafleur.example', ''),
              ('Bayview Community Pharmacy', 'rx@bayviewpharmacy.example', '')],
    'clsc': [('Soutien à domicile - CLSC du Ruisseau', 'sad.ruisseau@clsc-ruisseau.example', ''),
             ('Rideau Home Care Partners - Intake', 'intake@rideauhomecare.example', '')],
    'transport': [('Transport adapté Belvédère', 'reservations@transport-belvedere.example', ''),
                  ('CareWheels Transit - Dispatch', 'dispatch@carewheels.example', '')],
    'cro': [('Northstar Clinical Research - Site Management', 'sites@northstar-cro.example', '')],
    'vendor': [('Cardiolux Medical - Field Safety', 'fieldsafety@cardiolux.example', 'Cardiolux Medical'),
               ('Vitalis Rhythm Systems', 'clinical.support@vitalis-rhythm.example', 'Vitalis Rhythm Systems'),
               ('Boréal Perfusion Inc.', 'orders@boreal-perfusion.example', 'Boréal Perfusion')],
    'insurer': [('Mutuelle Laurentienne - Réclamations', 'reclamations@mutuelle-laurentienne.example', '')],
    'be_mut': [('Mutualité Solidaire de Wallonie - Service international', 'international@mutualite-wallonie.example', '')],
    'fr_cpam': [('CPAM fictive du Rhône - Soins à l\'étranger', 'soins-etranger@cpam-rhone-fictive.example', '')],
    'interp': [('Babel Santé Interprétation', 'demandes@babelsante.example', '')],
    'extlab': [('Biolab Laurentides - Résultats critiques', 'critiques@biolab-laurentides.example', '')],
}

MTL_STREETS = ['rue des Mésanges-Bleues', 'avenue du Pin-Gris', 'rue de la Pruche-Noire',
               'boulevard des Tilleuls-Rouges', 'rue du Héron-Cendré', 'croissant des Érables-Argentés',
               'rue Lafrenière-Dubuc', 'avenue Montgrain', 'rue des Quatre-Vents-Sud',
               'chemin du Ruisseau-Perdu', 'rue Sainte-Ombeline', 'avenue des Cormiers']
QC_CITIES = [('Montréal', 'H'), ('Laval', 'H'), ('Longueuil', 'J'), ('Pointe-Claire', 'H'),
             ('Châteauguay', 'J'), ('Saint-Jérôme', 'J'), ('Verdun', 'H'), ('Gatineau', 'J')]
ON_STREETS = ['Larchwood Crescent', 'Fernbrook Avenue', 'Quarry Ridge Road', 'Tamarack Bend',
              'Willowmere Street', 'Aldersgate Place', 'Kestrel Court', 'Glenholme Way',
              'Pinecrest Hollow', 'Moorfield Drive']
ON_CITIES = ['Ottawa', 'Kanata', 'Orléans', 'Nepean', 'Gloucester', 'Carleton Place']
QC_AREA = ['514', '438', '450', '819']
ON_AREA = ['613', '343']
PC_LET = 'ABCEGHJKLMNPRSTVWXYZ'

ON_NAMES = [('Kowalczyk', 'Brenda', 'F'), ('Achebe', 'Desmond', 'M'), ('Sethi', 'Priyanka', 'F'),
            ('MacLeish', 'Gordon', 'M'), ('Charbonneau', 'Yvette', 'F'), ("O'Donnell", 'Patrick', 'M'),
            ('Nguyen', 'Thi Lan', 'F'), ('Haddon', 'Trevor', 'M'), ('Lavigne', 'Réjean', 'M'),
            ('Abernathy', 'Joan', 'F'), ('Mercier', 'Lucien', 'M'), ('Okafor', 'Grace', 'F'),
            ('Whitfield', 'Harold', 'M'), ('Desjardins', 'Monique', 'F'), ('Petrakis', 'Nikos', 'M'),
            ('Brennan', 'Maureen', 'F'), ('Sinclair', 'Wendell', 'M'), ('Lalonde', 'Huguette', 'F'),
            ('Farouk', 'Samir', 'M'), ('Stroud', 'Evelyn', 'F'), ('Tessier', 'Armand', 'M'),
            ('McAllister', 'Fiona', 'F')]
BE_NAMES = [('Vandenberghe', 'Lotte', 'F'), ('Jacobs', 'Pieter', 'M'), ('Dethier', 'Élise', 'F'),
            ('Claes', 'Wouter', 'M'), ('Lambotte', 'Jean-Luc', 'M'), ('Wauters', 'Anouk', 'F')]
FR_NAMES = [('Lemaire', 'Camille', 'F'), ('Rousseau', 'Thierry', 'M'), ('Garnier', 'Océane', 'F'),
            ('Faure', 'Benoît', 'M'), ('Marchal', 'Solène', 'F'), ('Perrin', 'Yves', 'M')]

MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']


def T(lang, en, fr):
    return en if lang == 'en' else fr


def ascii_fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def load_nams():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            people.append(dict(surname=sur, given=giv, dob=dt.date(y, m, d), sex=sex,
                               nam=nam, region='qc'))
    return people


# ------------------------------------------------------------------ identifiers
def gen_sin(rng):
    while True:
        body = rng.choice('1234567') + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_hcn(rng):
    body = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num) and len(num) == 10
    return num


def gen_niss(rng, dob, sex):
    yymmdd = dob.strftime('%y%m%d')
    serial = rng.randrange(1, 997)
    if sex == 'M' and serial % 2 == 0:
        serial += 1
    if sex == 'F' and serial % 2 == 1:
        serial += 1
    base = yymmdd + '%03d' % serial
    n = int(('2' if dob.year >= 2000 else '') + base)
    num = base + '%02d' % (97 - n % 97)
    assert be_nn.is_valid(num), num
    return num


def gen_nir(rng, dob, sex):
    base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + rng.choice(
        ['75', '69', '13', '33', '59', '44', '67', '31', '35', '06']) + '%03d' % rng.randint(1, 380) \
        + '%03d' % rng.randint(1, 999)
    num = base + '%02d' % (97 - int(base) % 97)
    assert fr_nir.is_valid(num), num
    return num


def gen_mrn(rng):
    body = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(5))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def gen_luhn_serial(rng, n):
    body = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def fmt_nam(nam, rng, disguise=False):
    styles = ['plain', 'plain', 'space', 'space']
    if disguise:
        styles = ['space', 'dash', 'lower', 'lowerspace', 'dots']
    s = rng.choice(styles)
    if s == 'plain':
        return nam
    if s == 'space':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if s == 'dash':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if s == 'lower':
        return nam.lower()
    if s == 'lowerspace':
        return '%s %s %s' % (nam[:4].lower(), nam[4:8], nam[8:])
    return '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:])


def fmt_sin(n, rng):
    return rng.choice(['%s %s %s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:]), n])


def fmt_hcn(n, vc, rng):
    s = rng.choice(['%s-%s-%s' % (n[:4], n[4:7], n[7:]), '%s %s %s' % (n[:4], n[4:7], n[7:]), n])
    if vc:
        s += rng.choice([' ', '-', ' ']) + vc
    return s


def fmt_niss(n, rng):
    return rng.choice(['%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
                       '%s %s %s' % (n[:6], n[6:9], n[9:]), n])


def fmt_nir(n, rng):
    return rng.choice(['%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
                       '%s %s' % (n[:13], n[13:]), n])


def fmt_mrn(n, rng, lang):
    v = rng.choice(['%s' % n, '%s %s' % (n[:3], n[3:]), '0%s' % n, '%s-%s' % (n[:4], n[4:])])
    lab = rng.choice(T(lang, ['MRN', 'MRN#', 'Chart', 'chart #', 'Hosp #'],
                       ['No dossier', 'dossier', '# dossier', 'MRN', 'No de dossier']))
    sep = rng.choice([' ', ': ', ' ', ' # ']) if not lab.endswith('#') else ' '
    return lab + sep + v


def fmt_date(d, lang, rng, style=None):
    style = style or rng.choice(['iso', 'iso', 'slash', 'long', 'short'])
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'slash':
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%Y/%m/%d')
    if style == 'short':
        return d.strftime('%d-%b-%Y') if lang == 'en' else '%02d-%02d-%d' % (d.day, d.month, d.year)
    if lang == 'en':
        return '%s %d, %d' % (MONTHS_EN[d.month - 1][:3], d.day, d.year)
    return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)


def day_label(d, lang):
    if lang == 'en':
        return '%s %s %d' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)
    return '%s %d %s' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])


def age_at(dob, when):
    a = when.year - dob.year
    if (when.month, when.day) < (dob.month, dob.day):
        a -= 1
    return a


def num(x, lang, nd=1):
    s = ('%.' + str(nd) + 'f') % x
    return s.replace('.', ',') if lang == 'fr' else s


def thou(n, lang, rng=None):
    if n < 1000:
        return str(n)
    if lang == 'fr':
        return '%d %03d' % (n // 1000, n % 1000)
    if rng is not None and rng.random() < 0.5:
        return str(n)
    return '{:,}'.format(n)


# ---------------------------------------------------------------- clinical bits
DX = [
    ('af', 'atrial fibrillation', 'fibrillation auriculaire', 'AF', 'FA'),
    ('af', 'AF with rapid ventricular response', 'FA à réponse ventriculaire rapide', 'AF RVR', 'FA rapide'),
    ('af', 'paroxysmal atrial flutter', 'flutter auriculaire paroxystique', 'pAFL', 'flutter parox.'),
    ('hf', 'HFrEF, LVEF 25%', 'IC à FE réduite, FEVG 25 %', 'HFrEF EF 25%', 'ICFEr FEVG 25%'),
    ('hf', 'decompensated heart failure', 'insuffisance cardiaque décompensée', 'CHF exac', 'IC décompensée'),
    ('hf', 'dilated cardiomyopathy', 'cardiomyopathie dilatée', 'DCM', 'CMD'),
    ('hf', 'transthyretin cardiac amyloidosis', 'amylose cardiaque à transthyrétine', 'ATTR-CM', 'amylose ATTR'),
    ('hf', 'HFpEF with recurrent admissions', 'IC à FE préservée, réadmissions répétées', 'HFpEF', 'ICFEp'),
    ('cad', 'NSTEMI', 'infarctus sans sus-décalage du ST', 'NSTEMI', 'NSTEMI'),
    ('cad', 'inferior STEMI', 'STEMI inférieur', 'inf STEMI', 'STEMI inf.'),
    ('cad', 'unstable angina', 'angine instable', 'UA', 'angor instable'),
    ('cad', 'three-vessel CAD, post CABG x3', 'maladie coronarienne tritronculaire, post-PAC x3', '3VD s/p CABG x3', 'MCAS 3 vx, PAC x3'),
    ('cad', 'anterior STEMI, primary PCI to LAD', 'STEMI antérieur, ICP primaire IVA', 'ant STEMI, PCI LAD', 'STEMI ant, ICP IVA'),
    ('vka', 'mechanical mitral valve', 'valve mitrale mécanique', 'mech MVR', 'VM mécanique'),
    ('vka', 'left ventricular thrombus', 'thrombus ventriculaire gauche', 'LV thrombus', 'thrombus VG'),
    ('vka', 'recurrent DVT/PE', 'TVP/EP récidivante', 'recurrent VTE', 'MTEV récidivante'),
    ('vka', 'mechanical aortic valve (On-X)', 'valve aortique mécanique (On-X)', 'mech AVR', 'VA mécanique'),
    ('ep', 'complete heart block', 'bloc AV complet', 'CHB', 'BAV 3e degré'),
    ('ep', 'sick sinus syndrome', 'maladie du sinus', 'SSS', 'dysfonction sinusale'),
    ('ep', 'monomorphic ventricular tachycardia', 'tachycardie ventriculaire monomorphe', 'VT', 'TV'),
    ('valve', 'severe aortic stenosis', 'sténose aortique sévère', 'severe AS', 'SAo sévère'),
    ('valve', 'severe mitral regurgitation', 'insuffisance mitrale sévère', 'severe MR', 'IM sévère'),
    ('other', 'acute pericarditis', 'péricardite aiguë', 'pericarditis', 'péricardite'),
    ('other', 'infective endocarditis (S. aureus)', 'endocardite infectieuse (S. aureus)', 'IE', 'endocardite'),
    ('other', 'syncope under investigation', 'syncope à investiguer', 'syncope NYD', 'syncope NYD'),
]

MEDS = {
    'af': ['apixaban 5 mg BID', 'apixaban 2.5 mg BID', 'rivaroxaban 20 mg daily', 'edoxaban 60 mg daily',
           'dabigatran 150 mg BID', 'metoprolol 25 mg BID', 'diltiazem CD 180 mg daily',
           'amiodarone 200 mg daily', 'digoxin 0.0625 mg daily'],
    'hf': ['sacubitril/valsartan 49/51 mg BID', 'bisoprolol 5 mg daily', 'spironolactone 25 mg daily',
           'dapagliflozin 10 mg daily', 'empagliflozin 10 mg daily', 'furosemide 40 mg BID',
           'eplerenone 25 mg daily', 'ivabradine 5 mg BID', 'tafamidis 61 mg daily'],
    'cad': ['ASA 81 mg daily', 'ticagrelor 90 mg BID', 'clopidogrel 75 mg daily', 'prasugrel 10 mg daily',
            'atorvastatin 80 mg daily', 'rosuvastatin 20 mg daily', 'ramipril 5 mg daily',
            'nitroglycerin 0.4 mg SL PRN', 'metoprolol 50 mg BID'],
    'vka': ['warfarin 5 mg daily', 'warfarin 2.5 mg Mon/Fri, 5 mg other days', 'warfarin 7.5 mg daily',
            'enoxaparin 80 mg SC q12h (bridging)', 'warfarin 3 mg daily'],
    'ep': ['metoprolol 25 mg BID', 'sotalol 80 mg BID', 'amiodarone 200 mg daily', 'mexiletine 200 mg TID'],
    'valve': ['furosemide 20 mg daily', 'ASA 81 mg daily', 'bisoprolol 2.5 mg daily'],
    'other': ['colchicine 0.6 mg BID', 'ibuprofen 600 mg TID', 'cefazolin 2 g IV q8h',
              'vancomycin IV per pharmacy'],
}
MED_FR = [(' daily', ' DIE'), ('warfarin', 'warfarine'), ('furosemide', 'furosémide'),
          ('enoxaparin', 'énoxaparine'), ('digoxin', 'digoxine'), ('nitroglycerin', 'nitroglycérine'),
          ('rosuvastatin', 'rosuvastatine'), ('atorvastatin', 'atorvastatine'),
          ('dapagliflozin', 'dapagliflozine'), ('empagliflozin', 'empagliflozine'),
          ('eplerenone', 'éplérénone'), ('Mon/Fri', 'lun/ven'), ('other days', 'autres jours'),
          ('bridging', 'relais'), ('ASA 81', 'AAS 80'), ('0.0625', '0,0625'), ('0.4 mg', '0,4 mg'),
          ('0.6 mg', '0,6 mg'), ('vancomycin IV per pharmacy', 'vancomycine IV selon pharmacie'),
          ('cefazolin', 'céfazoline'), ('tafamidis', 'tafamidis'), ('7.5', '7,5'), ('2.5', '2,5')]


def med_tr(m, lang):
    if lang == 'fr':
        for a, b in MED_FR:
            m = m.replace(a, b)
    return m


SOCIAL = [
    ('lives alone, no family nearby', 'vit seul, pas de famille à proximité', 'vit seule, pas de famille à proximité'),
    ('daughter is the primary caregiver and holds power of attorney', 'sa fille est la proche aidante et mandataire',
     'sa fille est la proche aidante et mandataire'),
    ('recently widowed, struggling to cope', 'veuf depuis peu, a de la difficulté à composer', 'veuve depuis peu, a de la difficulté à composer'),
    ('unstable housing, currently staying at a shelter', 'logement instable, hébergé en refuge', 'logement instable, hébergée en refuge'),
    ('drinks about 6 beers a day', 'consomme environ 6 bières par jour', 'consomme environ 6 bières par jour'),
    ('lost his/her job in March, no drug insurance', 'a perdu son emploi en mars, pas d\'assurance médicaments',
     'a perdu son emploi en mars, pas d\'assurance médicaments'),
    ('caregiver for a spouse with dementia', 'proche aidant de sa conjointe atteinte de démence',
     'proche aidante de son conjoint atteint de démence'),
    ('refugee claimant, covered by IFHP', 'demandeur d\'asile, couvert par le PFSI', 'demandeuse d\'asile, couverte par le PFSI'),
    ('daily cannabis use', 'consommation quotidienne de cannabis', 'consommation quotidienne de cannabis'),
    ('history of intimate partner violence - do NOT give information to ex-partner',
     'contexte de violence conjugale - NE PAS donner d\'info à l\'ex-conjointe', 'contexte de violence conjugale - NE PAS donner d\'info à l\'ex-conjoint'),
    ('cannot afford apixaban copay', 'n\'a pas les moyens de payer la franchise de l\'apixaban',
     'n\'a pas les moyens de payer la franchise de l\'apixaban'),
    ('on methadone program, pharmacy witnessed dosing', 'au programme de méthadone, prise observée en pharmacie',
     'au programme de méthadone, prise observée en pharmacie'),
    ('son incarcerated, patient very anxious', 'son fils est incarcéré, patient très anxieux', 'son fils est incarcéré, patiente très anxieuse'),
]


def social(rng, lang, sex):
    s = rng.choice(SOCIAL)
    if lang == 'en':
        return s[0].replace('his/her', 'his' if sex == 'M' else 'her')
    return s[1] if sex == 'M' else s[2]


def pick_dx(rng, cats=None):
    pool = [d for d in DX if cats is None or d[0] in cats]
    return rng.choice(pool)


def dx_text(d, lang, terse=False):
    if terse:
        return d[3] if lang == 'en' else d[4]
    return d[1] if lang == 'en' else d[2]


def pick_meds(rng, cat, k, lang):
    pool = list(MEDS.get(cat, MEDS['cad']))
    rng.shuffle(pool)
    return [med_tr(m, lang) for m in pool[:k]]


def lab_inr(rng):
    r = rng.random()
    if r < 0.3:
        return round(rng.uniform(1.1, 1.9), 1)
    if r < 0.6:
        return round(rng.uniform(2.0, 3.0), 1)
    return round(rng.uniform(3.1, 6.4), 1)


def lab_bits(rng, lang, k=2):
    """Return k terse lab strings."""
    opts = []
    t1 = rng.randint(18, 900)
    t2 = t1 + rng.randint(60, 7000)
    opts.append(T(lang, 'hs-TnT %d -> %s ng/L' % (t1, thou(t2, lang, rng)),
                  'tropo HS %d -> %s ng/L' % (t1, thou(t2, lang))))
    opts.append(T(lang, 'INR %s' % num(lab_inr(rng), lang), 'RNI %s' % num(lab_inr(rng), lang)))
    opts.append('NT-proBNP %s' % thou(rng.randint(900, 26000), lang, rng))
    opts.append('K %s' % num(rng.uniform(3.0, 6.1), lang))
    opts.append(T(lang, 'Cr %d, eGFR %d' % (rng.randint(70, 260), rng.randint(18, 85)),
                  'créat %d, DFGe %d' % (rng.randint(70, 260), rng.randint(18, 85))))
    opts.append('Hb %d' % rng.randint(78, 150))
    opts.append(T(lang, 'Mg %s' % num(rng.uniform(0.55, 0.95), lang, 2), 'Mg %s' % num(rng.uniform(0.55, 0.95), lang, 2)))
    rng.shuffle(opts)
    return opts[:k]


# ---------------------------------------------------------------- the world
class World:
    def __init__(self, rng):
        self.rng = rng
        self.staff = {}
        for k, first, last, md, ren, rfr, site in STAFF:
            loc = ascii_fold(first).lower().replace(' ', '') + '.' + ascii_fold(last).lower().replace("'", '').replace(' ', '')
            self.staff[k] = dict(key=k, first=first, last=last, md=md, role_en=ren, role_fr=rfr,
                                 site=site, email=loc + '@' + DOM, ext='%d' % rng.randint(2100, 7899))
        self.qc = load_nams()
        self.on = []
        for sur, giv, sex in ON_NAMES:
            dob = dt.date(rng.randint(1932, 1992), rng.randint(1, 12), rng.randint(1, 28))
            self.on.append(dict(surname=sur, given=giv, sex=sex, dob=dob, region='on',
                                hcn=gen_hcn(rng), vc=rng.choice(['', 'AB', 'KL', 'MT', 'ZX', 'HG', ''])))
        self.be = []
        for sur, giv, sex in BE_NAMES:
            dob = dt.date(rng.randint(1940, 1995), rng.randint(1, 12), rng.randint(1, 28))
            self.be.append(dict(surname=sur, given=giv, sex=sex, dob=dob, region='be',
                                niss=gen_niss(rng, dob, sex)))
        self.fr = []
        for sur, giv, sex in FR_NAMES:
            dob = dt.date(rng.randint(1940, 1995), rng.randint(1, 12), rng.randint(1, 28))
            self.fr.append(dict(surname=sur, given=giv, sex=sex, dob=dob, region='fr',
                                nir=gen_nir(rng, dob, sex)))
        self.t0 = dt.datetime(2024, 9, 3, 7, 0)

    def st(self, key):
        return self.staff[key]

    def anystaff(self, rng, keys=None):
        keys = keys or sorted(self.staff)
        return self.staff[rng.choice(keys)]

    def pt_qc(self, rng, when, adult=True, child=False):
        pool = [p for p in self.qc if (age_at(p['dob'], when) >= 18) == adult] if not child else \
            [p for p in self.qc if age_at(p['dob'], when) < 18]
        return rng.choice(pool)

    def pts_qc(self, rng, when, n):
        pool = [p for p in self.qc if age_at(p['dob'], when) >= 18]
        rng.shuffle(pool)
        out, seen = [], set()
        for p in pool:
            if p['nam'] not in seen:
                out.append(p)
                seen.add(p['nam'])
            if len(out) == n:
                break
        return out

    def pt_on(self, rng):
        return rng.choice(self.on)

    def pts_on(self, rng, n):
        return rng.sample(self.on, n)

    def date(self, rng):
        d = self.t0 + dt.timedelta(days=rng.randint(0, 290))
        while d.weekday() >= 5 and rng.random() < 0.85:
            d += dt.timedelta(days=1)
        d = d.replace(hour=rng.randint(6, 19), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        off = -4 if (d < dt.datetime(2024, 11, 3, 2) or d >= dt.datetime(2025, 3, 9, 2)) else -5
        return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))

    def address(self, rng, region):
        if region == 'on':
            city = rng.choice(ON_CITIES)
            pc = 'K%d%s %d%s%d' % (rng.randint(0, 4), rng.choice(PC_LET), rng.randint(0, 9),
                                   rng.choice(PC_LET), rng.randint(0, 9))
            apt = rng.choice(['', '', 'Unit %d, ' % rng.randint(2, 40)])
            return ('%s%d %s' % (apt, rng.randint(12, 2999), rng.choice(ON_STREETS)), '%s, ON' % city, pc)
        city, l0 = rng.choice(QC_CITIES)
        pc = '%s%d%s %d%s%d' % (l0, rng.randint(1, 9), rng.choice(PC_LET), rng.randint(0, 9),
                                rng.choice(PC_LET), rng.randint(0, 9))
        apt = rng.choice(['', '', 'app. %d' % rng.randint(2, 40)])
        st = '%d, %s' % (rng.randint(12, 9999), rng.choice(MTL_STREETS))
        if apt:
            st += ', ' + apt
        return (st, '%s (QC)' % city, pc)

    def phone(self, rng, region):
        ac = rng.choice(ON_AREA if region == 'on' else QC_AREA)
        n = rng.randint(100, 199)
        return rng.choice(['%s-555-%04d' % (ac, n), '(%s) 555-%04d' % (ac, n), '%s 555-%04d' % (ac, n),
                           '%s.555.%04d' % (ac, n), '+1 %s 555 %04d' % (ac, n)])


# ---------------------------------------------------------------- people formatting
FEMALE_MD = {'Aurélie', 'Hélène', 'Kathleen', 'Farah', 'Ingrid', 'Priya', 'Emily'}


def staff_name(s, lang, title=True):
    full = '%s %s' % (s['first'], s['last'])
    if not (s['md'] and title):
        return full
    if lang == 'en':
        return 'Dr. ' + full
    return ('Dre ' if s['first'] in FEMALE_MD else 'Dr ') + full


def staff_addr(s):
    return ('%s %s' % (s['first'], s['last']), s['email'])


def pname(p, style, rng=None):
    s, g = p['surname'], p['given']
    m = p['sex'] == 'M'
    if style == 'full':
        return '%s %s' % (g, s)
    if style == 'SF':
        return '%s, %s' % (s.upper(), g)
    if style == 'Sf':
        return '%s, %s' % (s, g)
    if style == 'S g':
        return '%s %s' % (s.upper(), g)
    if style == 'ti_en':
        return '%s %s %s' % ('Mr.' if m else 'Mrs.' if (rng and rng.random() < 0.3) else 'Ms.', g, s)
    if style == 'ti_en_s':
        return '%s %s' % ('Mr.' if m else 'Ms.', s)
    if style == 'ti_fr':
        return '%s %s %s' % ('M.' if m else 'Mme', g, s)
    if style == 'ti_fr_s':
        return '%s %s' % ('M.' if m else 'Mme', s)
    if style == 'init':
        return '%s. %s' % (g[0], s)
    if style == 'sinit':
        return '%s %s.' % (s, g[0])
    if style == 'lower':
        return '%s %s' % (s.lower(), g.lower())
    if style == 'noacc':
        return ascii_fold('%s %s' % (g, s))
    if style == 'typo':
        w = list(s)
        if len(w) > 4:
            i = (rng.randint(1, len(w) - 3)) if rng else 2
            w[i], w[i + 1] = w[i + 1], w[i]
        return '%s %s' % (g, ''.join(w))
    raise ValueError(style)


def pname_any(p, lang, rng, allow_terse=True):
    styles = ['full', 'full', 'SF', 'Sf', T(lang, 'ti_en', 'ti_fr')]
    if allow_terse:
        styles += ['sinit', 'noacc', 'typo', 'lower', 'init']
    return pname(p, rng.choice(styles), rng)


def sex_label(p, lang):
    if lang == 'en':
        return p['sex']
    return 'H' if p['sex'] == 'M' else 'F'


def fdate(d, lang):
    if lang == 'en':
        return '%s, %s %d, %d' % (DAYS_EN[d.weekday()][:3], MONTHS_EN[d.month - 1][:3], d.day, d.year)
    return '%s %d %s %d' % (DAYS_FR[d.weekday()][:3] + '.', d.day, MONTHS_FR[d.month - 1], d.year)


def ftime(d, lang):
    if lang == 'en':
        h = d.hour % 12 or 12
        return '%d:%02d %s' % (h, d.minute, 'AM' if d.hour < 12 else 'PM')
    return '%02d h %02d' % (d.hour, d.minute)


def signature(w, s, lang, rng, footer=None):
    site = SITES[s['site']]
    lines = [staff_name(s, lang)]
    lines.append(s['role_' + lang])
    if rng.random() < 0.8:
        lines.append(site[lang])
    if rng.random() < 0.5:
        lines.append(ORG[lang] if rng.random() < 0.6 else ORG_SHORT[lang])
    if rng.random() < 0.5:
        lines.append('%s, %s %s' % (site['addr'], site['city'], site['postal']))
    ph = site['phone'] + T(lang, ' ext. ', ' poste ') + s['ext']
    lines.append(rng.choice([T(lang, 'Tel. ', 'Tél. : '), 'T ', 'P: ' if lang == 'en' else 'Tél. ']) + ph)
    if rng.random() < 0.35:
        lines.append(T(lang, 'Fax ', 'Téléc. : ') + site['fax'])
    if rng.random() < 0.3:
        lines.append(s['email'])
    if footer is None:
        footer = rng.random() < 0.35
    if footer:
        lines.append('')
        lines.append(T(lang,
                       'CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or '
                       'privileged information intended solely for the addressee. If you received it in error, '
                       'please notify the sender and delete it.',
                       'AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes peuvent contenir des '
                       'renseignements confidentiels destinés uniquement au destinataire. Si vous l\'avez reçu '
                       'par erreur, veuillez en aviser l\'expéditeur et le détruire.'))
    return '\n'.join(lines)


def greet(lang, rng, name=None):
    if lang == 'en':
        g = rng.choice(['Hi', 'Hello', 'Good morning', 'Hi', 'Dear'])
        return '%s %s,' % (g, name) if name else rng.choice(['Hi all,', 'Hello everyone,', 'Hi team,', 'Good morning,'])
    g = rng.choice(['Bonjour', 'Bonjour', 'Salut', 'Allo'])
    return '%s %s,' % (g, name) if name else rng.choice(['Bonjour à tous,', 'Bonjour,', 'Bonjour à toutes et à tous,', 'Salut l\'équipe,'])


def thanks(lang, rng):
    return rng.choice(T(lang, ['Thanks,', 'Thank you,', 'Thanks!', 'Best,', 'Regards,', 'Cheers,'],
                         ['Merci,', 'Merci!', 'Bonne journée,', 'Cordialement,', 'Merci beaucoup,']))


# ================================================================= rendering
class Style:
    def __init__(self, rng):
        self.bullet = rng.choice(['- ', '* ', '• ', '- ', 'o '])
        self.table = rng.choice(['pipe', 'aligned', 'tab', 'semi', 'aligned'])
        self.sigdash = rng.random() < 0.4
        self.font = rng.choice(['Calibri, Arial, sans-serif', 'Arial, Helvetica, sans-serif',
                                'Segoe UI, sans-serif', 'Aptos, Calibri, sans-serif'])


def table_plain(hdr, rows, style):
    cells = ([list(map(str, hdr))] if hdr else []) + [[str(c) for c in r] for r in rows]
    if style == 'pipe':
        lines = ['| ' + ' | '.join(r) + ' |' for r in cells]
        if hdr:
            lines.insert(1, '|' + '|'.join('-' * (len(c) + 2) for c in cells[0]) + '|')
        return lines
    if style == 'tab':
        return ['\t'.join(r) for r in cells]
    if style == 'semi':
        return [' ; '.join(r) for r in cells]
    ncol = max(len(r) for r in cells)
    widths = [max(len(r[i]) for r in cells if i < len(r)) for i in range(ncol)]
    lines = ['  '.join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in cells]
    if hdr:
        lines.insert(1, '  '.join('-' * w for w in widths))
    return lines


def quote_header(meta):
    lang, d = meta['lang'], meta['date']
    nm, em = meta['frm']
    if lang == 'en':
        return 'On %s at %s, %s <%s> wrote:' % (fdate(d, 'en'), ftime(d, 'en'), nm, em)
    return 'Le %s, à %s, %s <%s> a écrit :' % (fdate(d, 'fr'), ftime(d, 'fr'), nm, em)


def outlook_header(meta, fwd=False):
    lang, d = meta['lang'], meta['date']
    nm, em = meta['frm']
    to = '; '.join(n for n, e in meta['to'])
    if lang == 'en':
        top = '---------- Forwarded message ---------' if fwd and meta.get('gmail') else \
            ('-----Original Message-----' if meta.get('classic') else '________________________________')
        return [top, 'From: %s <%s>' % (nm, em),
                '%s: %s, %s %d, %d %s' % ('Date' if fwd and meta.get('gmail') else 'Sent',
                                          DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year, ftime(d, 'en')),
                'To: %s' % to, 'Subject: %s' % meta['subject']]
    top = '-------- Message transféré --------' if fwd and meta.get('gmail') else \
        ('-----Message d\'origine-----' if meta.get('classic') else '________________________________')
    return [top, 'De : %s <%s>' % (nm, em),
            '%s : %s %d %s %d %s' % ('Date' if fwd and meta.get('gmail') else 'Envoyé', DAYS_FR[d.weekday()],
                                     d.day, MONTHS_FR[d.month - 1], d.year, ftime(d, 'fr')),
            'À : %s' % to, 'Objet : %s' % meta['subject']]


def render_text(blocks, st):
    out = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'raw'):
            out += [b[1], '']
        elif k == 'ul':
            out += [st.bullet + it for it in b[1]] + ['']
        elif k == 'ol':
            out += ['%d. %s' % (i + 1, it) for i, it in enumerate(b[1])] + ['']
        elif k == 'table':
            out += table_plain(b[1], b[2], st.table) + ['']
        elif k == 'sig':
            out += (['-- '] if st.sigdash else []) + [b[1], '']
        elif k == 'quote':
            meta, inner = b[1], b[2]
            txt = render_text(inner, st).rstrip('\n')
            if meta.get('style', '>') == '>':
                out += [quote_header(meta)]
                out += [('> ' + l) if l else '>' for l in txt.split('\n')]
                out.append('')
            else:
                out += outlook_header(meta) + [''] + txt.split('\n') + ['']
        elif k == 'fwd':
            meta, inner = b[1], b[2]
            txt = render_text(inner, st).rstrip('\n')
            out += outlook_header(meta, fwd=True) + [''] + txt.split('\n') + ['']
        else:
            raise ValueError(k)
    return '\n'.join(out).rstrip('\n') + '\n'


def esc(s):
    return htmlmod.escape(s, quote=False)


def render_html_inner(blocks, st):
    parts = []
    for b in blocks:
        k = b[0]
        if k == 'p':
            parts.append('<p>' + esc(b[1]).replace('\n', '<br>\n') + '</p>')
        elif k == 'raw':
            parts.append('<pre style="font-family:Consolas,monospace;font-size:10pt">' + esc(b[1]) + '</pre>')
        elif k in ('ul', 'ol'):
            tag = k
            parts.append('<%s>\n' % tag + '\n'.join('<li>%s</li>' % esc(i) for i in b[1]) + '\n</%s>' % tag)
        elif k == 'table':
            rows = []
            if b[1]:
                rows.append('<tr>' + ''.join('<th style="background:#dde6f0;text-align:left">%s</th>' % esc(str(c))
                                             for c in b[1]) + '</tr>')
            for r in b[2]:
                rows.append('<tr>' + ''.join('<td>%s</td>' % esc(str(c)) for c in r) + '</tr>')
            parts.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">\n'
                         + '\n'.join(rows) + '\n</table>')
        elif k == 'sig':
            parts.append('<div style="color:#44546a;font-size:9pt">' + esc(b[1]).replace('\n', '<br>\n') + '</div>')
        elif k == 'quote':
            meta, inner = b[1], b[2]
            if meta.get('style', '>') == '>':
                parts.append('<div class="gmail_quote"><div>' + esc(quote_header(meta)) + '</div>\n'
                             '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                             + render_html_inner(inner, st) + '\n</blockquote></div>')
            else:
                hdr = outlook_header(meta)
                parts.append('<div style="border-top:solid #E1E1E1 1.0pt;padding:3pt 0 0 0"><p style="font-size:10pt">'
                             + '<br>\n'.join(esc(h) for h in hdr[1:]) + '</p></div>\n' + render_html_inner(inner, st))
        elif k == 'fwd':
            meta, inner = b[1], b[2]
            hdr = outlook_header(meta, fwd=True)
            parts.append('<div>' + '<br>\n'.join(esc(h) for h in hdr) + '</div><br>\n' + render_html_inner(inner, st))
    return '\n'.join(parts)


def render_html(blocks, st):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={{CHARSET}}">\n</head>\n'
            '<body style="font-family:%s;font-size:11pt">\n' % st.font + render_html_inner(blocks, st)
            + '\n</body>\n</html>\n')


# ================================================================= file formats
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                              rb'\g<1>2025-01-06T09:00:00Z\g<3>', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob if isinstance(blob, bytes) else blob.encode('utf-8'))
    return out.getvalue()


def make_pdf(title, items, author='MBUHN', subject=''):
    """items: str paragraphs, ('h', text), ('table', hdr, rows), ('small', text)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, title=title, author=author, subject=subject,
                            creator='MBUHN document services', invariant=1,
                            leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54)
    ss = getSampleStyleSheet()
    story = [Paragraph(esc(title), ss['Title'])]
    for it in items:
        if isinstance(it, str):
            story.append(Paragraph(esc(it).replace('\n', '<br/>'), ss['BodyText']))
        elif it[0] == 'h':
            story.append(Paragraph(esc(it[1]), ss['Heading3']))
        elif it[0] == 'small':
            story.append(Spacer(1, 8))
            story.append(Paragraph('<font size="7">%s</font>' % esc(it[1]), ss['BodyText']))
        elif it[0] == 'table':
            data = ([list(map(str, it[1]))] if it[1] else []) + [[str(c) for c in r] for r in it[2]]
            t = Table(data, repeatRows=1 if it[1] else 0)
            t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 8),
                                   ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6f0') if it[1] else colors.white)]))
            story.append(Spacer(1, 6))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)
    return buf.getvalue()


def make_docx(title, items, author='MBUHN'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for it in items:
        if isinstance(it, str):
            d.add_paragraph(it)
        elif it[0] == 'h':
            d.add_heading(it[1], level=2)
        elif it[0] == 'small':
            d.add_paragraph(it[1]).style = d.styles['Normal']
        elif it[0] == 'table':
            hdr, rows = it[1], it[2]
            ncol = len(hdr) if hdr else len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            t.style = d.styles['Table Grid']
            for r in ([hdr] if hdr else []) + rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='MBUHN'):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = name[:31]
        first = False
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=','):
    out = io.StringIO()
    import csv
    w = csv.writer(out, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, start, minutes, summary, description, location, organizer, attendees, stamp, method='REQUEST'):
    def f(d):
        return d.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    start = start.replace(second=0, microsecond=0)
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//MBUHN//Scheduling 4.2//EN', 'VERSION:2.0', 'METHOD:%s' % method,
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:%s' % f(stamp), 'DTSTART:%s' % f(start),
             'DTEND:%s' % f(start + dt.timedelta(minutes=minutes)), 'SUMMARY:%s' % ics_escape(summary),
             'LOCATION:%s' % ics_escape(location), 'DESCRIPTION:%s' % ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, e in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (n, e))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    folded = []
    for l in lines:
        while len(l.encode('utf-8')) > 74:
            cut = 74
            while len(l[:cut].encode('utf-8')) > 74:
                cut -= 1
            folded.append(l[:cut])
            l = ' ' + l[cut:]
        folded.append(l)
    return '\r\n'.join(folded) + '\r\n'


def make_vcard(fn, n_parts, tel=None, email_=None, adr=None, org=None, title=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % n_parts, 'FN:%s' % fn]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if tel:
        for kind, t in tel:
            lines.append('TEL;TYPE=%s:%s' % (kind, t))
    if email_:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email_)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;;%s;Canada' % (adr[0].replace(',', '\\,'), adr[1].replace(',', '\\,'), adr[2]))
    if bday:
        lines.append('BDAY:%s' % bday)
    if note:
        lines.append('NOTE:%s' % ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# ================================================================= message building
MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.6',
           'Apple Mail (2.3774.300.61)', None, None, 'MBUHN Webmail 7.2', 'iPhone Mail (21F90)']


def fits(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_transport(rng, lang, mode=None):
    tp = {}
    tp['mode'] = mode or rng.choices(['plain', 'alt', 'html'], [45, 35, 20])[0]
    if lang == 'fr':
        tp['charset'] = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [5, 3, 2])[0]
    else:
        tp['charset'] = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [6, 2, 2])[0]
    tp['cte'] = rng.choice([None, '8bit', 'quoted-printable', 'base64', 'quoted-printable', None])
    tp['linesep'] = rng.choice(['\n', '\r\n'])
    return tp


def set_text(part_adder, text, subtype, cs, cte):
    if not fits(text, cs):
        cs = 'utf-8'
    if cte == '8bit' and cs != 'utf-8' and subtype == 'html':
        cte = 'quoted-printable'
    part_adder(text.replace('{{CHARSET}}', cs), subtype=subtype, charset=cs, cte=cte)


def build_msg(spec, rng, idx, tp=None):
    from email.headerregistry import Address
    lang = spec['lang']
    tp = tp or choose_transport(rng, lang, spec.get('mode'))
    for k in ('charset', 'cte', 'linesep'):
        if spec.get(k):
            tp[k] = spec[k]
    pol = email.policy.default.clone(linesep=tp['linesep'])
    msg = EmailMessage(policy=pol)
    msg['From'] = Address(display_name=spec['frm'][0], addr_spec=spec['frm'][1])
    msg['To'] = [Address(display_name=n, addr_spec=e) for n, e in spec['to']]
    if spec.get('cc'):
        msg['Cc'] = [Address(display_name=n, addr_spec=e) for n, e in spec['cc']]
    msg['Subject'] = spec['subject']
    msg['Date'] = email.utils.format_datetime(spec['date'])
    msg['Message-ID'] = '<%016x.%d@%s>' % (rng.getrandbits(64), idx, spec.get('msgid_dom', DOM))
    if spec.get('reply_to_id'):
        msg['In-Reply-To'] = spec['reply_to_id']
        msg['References'] = spec['reply_to_id']
    mailer = rng.choice(MAILERS)
    if mailer:
        msg['X-Mailer' if 'Thunderbird' not in mailer else 'User-Agent'] = mailer
    if rng.random() < 0.4:
        msg['Content-Language'] = T(lang, 'en-CA', 'fr-CA')
    for h, v in spec.get('headers', []):
        msg[h] = v
    st = Style(rng)
    plain = render_text(spec['blocks'], st)
    html = render_html(spec['blocks'], st)
    cs, cte = tp['charset'], tp['cte']
    if tp['mode'] == 'plain':
        set_text(msg.set_content, plain, 'plain', cs, cte)
    elif tp['mode'] == 'html':
        set_text(msg.set_content, html, 'html', cs, cte)
    else:
        set_text(msg.set_content, plain, 'plain', cs, cte)
        set_text(msg.add_alternative, html, 'html', cs, rng.choice([cte, 'quoted-printable', 'base64']))
    if spec.get('calendar'):
        if tp['mode'] == 'plain':
            msg.make_alternative()
        msg.add_alternative(spec['calendar'], subtype='calendar', charset='utf-8',
                            cte=rng.choice(['base64', '8bit', 'quoted-printable']), params={'method': 'REQUEST'})
    for att in spec.get('attachments', []):
        kind = att['kind']
        if kind == 'bytes':
            msg.add_attachment(att['data'], maintype=att['mt'], subtype=att['st'], filename=att['fn'])
        elif kind == 'text':
            acs = att.get('charset', 'utf-8')
            if not fits(att['data'], acs):
                acs = 'utf-8'
            kw = dict(subtype=att['st'], charset=acs, filename=att['fn'],
                      cte=att.get('cte', rng.choice(['base64', 'quoted-printable', 'base64'])))
            if att.get('params'):
                kw['params'] = att['params']
            msg.add_attachment(att['data'], **kw)
        elif kind == 'msg':
            inner = build_msg(att['spec'], rng, idx * 100 + 1)
            if att.get('as_octet'):
                msg.add_attachment(inner.as_bytes(), maintype='application', subtype='octet-stream', filename=att['fn'])
            else:
                msg.add_attachment(inner, filename=att['fn'])
        else:
            raise ValueError(kind)
    strip_sub_mime_version(msg)
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            n += 1
            part.set_boundary('----=_NextPart_%03d_%02d_%08X' % (idx % 1000, n, rng.getrandbits(32)))
    return msg


def strip_sub_mime_version(root):
    """email.message adds MIME-Version to every sub-part it creates; real clients do not."""
    if not root.is_multipart() or root.get_content_type() == 'message/rfc822':
        return
    for child in root.get_payload():
        if child.get_content_type() == 'message/rfc822':
            for inner in child.get_payload():
                strip_sub_mime_version(inner)
        else:
            del child['MIME-Version']
            strip_sub_mime_version(child)


def att_pdf(data, fn):
    return dict(kind='bytes', data=data, mt='application', st='pdf', fn=fn)


def att_docx(data, fn):
    return dict(kind='bytes', data=data, mt='application',
                st='vnd.openxmlformats-officedocument.wordprocessingml.document', fn=fn)


def att_xlsx(data, fn):
    return dict(kind='bytes', data=data, mt='application',
                st='vnd.openxmlformats-officedocument.spreadsheetml.sheet', fn=fn)


def att_zip(data, fn):
    return dict(kind='bytes', data=data, mt='application', st='zip', fn=fn)


def att_csv(text, fn, rng):
    return dict(kind='text', data=text, st='csv', fn=fn, charset=rng.choice(['utf-8', 'windows-1252', 'iso-8859-1']))


def att_ics(text, fn):
    return dict(kind='text', data=text, st='calendar', fn=fn, charset='utf-8', params={'method': 'REQUEST'})


def att_vcf(text, fn):
    return dict(kind='text', data=text, st='vcard', fn=fn, charset='utf-8')


def re_subject(s, lang, rng):
    return rng.choice(T(lang, ['RE: ', 'Re: ', 'RE: '], ['RE : ', 'Re: ', 'RE: '])) + s


def fw_subject(s, lang, rng):
    return rng.choice(T(lang, ['FW: ', 'Fwd: ', 'FW: '], ['TR : ', 'TR: ', 'Fwd: '])) + s


def fname_safe(s):
    return re.sub(r'[^A-Za-z0-9._-]+', '_', ascii_fold(s))


# ================================================================= template helpers
def ext(rng, key):
    n, e, _ = rng.choice(EXTERNAL[key])
    return (n, e)


def sa(w, key):
    return staff_addr(w.st(key))


def mkspec(lang, frm, to, subject, blocks, date, types, note, cat, **kw):
    d = dict(lang=lang, frm=frm, to=to, subject=subject, blocks=blocks, date=date,
             types=sorted(set(types)), note=note, category=cat)
    d.update(kw)
    return d


def qmeta(lang, frm, to, date, subject, rng, style=None):
    return dict(lang=lang, frm=frm, to=to, date=date, subject=subject,
                style=style or rng.choice(['>', 'outlook']), classic=rng.random() < 0.4,
                gmail=rng.random() < 0.5)


def sig(w, s, lang, rng, footer=None):
    return ('sig', signature(w, s, lang, rng, footer))


def earlier(d, rng, hours=(1, 30)):
    return d - dt.timedelta(hours=rng.randint(*hours), minutes=rng.randint(0, 59))


PLANS = {
    'en': ['tx out to ward?', 'for cath today', 'd/c home if stable', 'PPM tomorrow', 'echo pending',
           'NPO after midnight', 'Holter on', 'family meeting 14:00', 'TEE/DCCV tomorrow', 'wean hep gtt'],
    'fr': ['transfert à l\'étage?', 'coro aujourd\'hui', 'congé si stable', 'PPM demain', 'écho en attente',
           'NPO après minuit', 'Holter en cours', 'rencontre famille 14 h', 'ETO/CVE demain', 'sevrer héparine'],
}


# ================================================================= POSITIVE templates
def p_telemetry(w, rng, lang):
    d = w.date(rng).replace(hour=rng.choice([6, 7, 13, 18]), minute=rng.randint(0, 50))
    ott = rng.random() < 0.45
    s = w.st('telecn2' if ott else 'telecn')
    n = rng.randint(5, 9)
    pts = w.pts_on(rng, n) if ott else w.pts_qc(rng, d, n)
    unit = T(lang, 'C6 Telemetry' if ott else '4 West Telemetry', 'Télémétrie C6' if ott else 'Télémétrie 4 Ouest')
    types = {'patient_name', 'diagnosis'}
    style = rng.choice(['SF', 'Sf', 'S g', 'sinit', 'SF'])
    beds = rng.sample(range(1, 33), n)
    rows = []
    for b, p in sorted(zip(beds, pts), key=lambda x: x[0]):
        dd = pick_dx(rng)
        notes = []
        for kind in rng.sample(['med', 'lab', 'lab', 'plan', 'social', 'plan'], 2):
            if kind == 'med':
                notes.append(pick_meds(rng, dd[0], 1, lang)[0])
                types.add('medication')
            elif kind == 'lab':
                notes.append(lab_bits(rng, lang, 1)[0])
                types.add('lab_result')
            elif kind == 'social' and rng.random() < 0.5:
                notes.append(social(rng, lang, p['sex']))
                types.add('social_information')
            else:
                pl = rng.choice([x for x in PLANS[lang] if x not in notes])
                notes.append(pl)
        rows.append(['%d%s' % (b, rng.choice(['', 'A', 'B', ''])), pname(p, style, rng),
                     '%d%s' % (age_at(p['dob'], d), sex_label(p, lang)), dx_text(dd, lang, terse=True), ', '.join(notes)])
    hdr = T(lang, ['Bed', 'Patient', 'Age', 'Dx', 'Notes'], ['Lit', 'Patient', 'Âge', 'Dx', 'Notes'])
    if rng.random() < 0.3:
        hdr.insert(2, T(lang, 'MRN', 'Dossier'))
        for r in rows:
            r.insert(2, gen_mrn(rng))
        types.add('mrn')
    subj = rng.choice(T(lang, ['Tele census %02d:%02d' % (d.hour, 0), '%s list for bed huddle' % unit,
                               'Telemetry list - %s' % d.strftime('%b %d'), 'bed huddle list'],
                         ['Liste %s - %s' % (unit, d.strftime('%d/%m')), 'Census télé pour le caucus des lits',
                          'liste pour le caucus de 8 h', 'Liste télé à jour']))
    to = [(T(lang, '%s team' % unit, 'Équipe %s' % unit), 'tele-%s@%s' % ('c6' if ott else '4w', DOM)),
          sa(w, 'ccu' if ott else 'fellow1')]
    intro = rng.choice(T(lang, ['Updated list below, %d potential transfers out.' % rng.randint(1, 3),
                                'Here is the list for the huddle. Please flag discharges before 10.',
                                'List as of %02d:00. Two beds blocked for cath lab returns.' % d.hour],
                          ['Voici la liste à jour, %d transferts possibles.' % rng.randint(1, 3),
                           'Liste pour le caucus. Svp indiquer les congés avant 10 h.',
                           'Liste de %02d h. Deux lits réservés pour les retours d\'hémo.' % d.hour]))
    blocks = [('p', greet(lang, rng)), ('p', intro)]
    atts = []
    mode = rng.choice(['raw', 'table', 'xlsx', 'raw'])
    if mode == 'raw':
        lines = ['  '.join([r[0].ljust(4), r[1].ljust(22)] + [c.ljust(4) for c in r[2:-2]] + [r[-2] + ' -', r[-1]]) for r in rows]
        blocks.append(('raw', '\n'.join(lines)))
    elif mode == 'table':
        blocks.append(('table', hdr, rows))
    else:
        blocks.append(('p', T(lang, 'Spreadsheet attached (tab "today").', 'Fichier Excel ci-joint (onglet « aujourd\'hui »).')))
        atts.append(att_xlsx(make_xlsx([(T(lang, 'today', 'aujourdhui'), [hdr] + rows)], s['first'] + ' ' + s['last']),
                             'tele_%s_%s.xlsx' % ('C6' if ott else '4W', d.strftime('%Y%m%d'))))
    blocks += [('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), to, subj, blocks, d, types,
                  'telemetry census, surname-first, %d patients (%s)' % (n, mode), 'telemetry_list', attachments=atts)


def inr_core(w, rng, lang, d):
    s = w.st(rng.choice(['acrn', 'acrn2', 'pharm1']))
    p = w.pt_qc(rng, d)
    types = {'patient_name', 'lab_result', 'medication'}
    dd = pick_dx(rng, ['vka', 'af'])
    inr = lab_inr(rng)
    target = '2.5-3.5' if 'mitral' in dd[1] else '2.0-3.0'
    nm = pname_any(p, lang, rng)
    idbits = []
    if rng.random() < 0.5:
        idbits.append(T(lang, 'RAMQ ', 'NAM ') + fmt_nam(p['nam'], rng))
        types.add('ramq_nam')
    if rng.random() < 0.5:
        idbits.append(T(lang, 'DOB ', 'DDN ') + fmt_date(p['dob'], lang, rng))
        types.add('date_of_birth')
    dose_now = rng.choice(['5 mg', '2.5 mg', '7.5 mg', '3 mg', '4 mg'])
    if inr > 3.0:
        plan = T(lang, 'Hold tonight\'s dose, then decrease warfarin to %s daily.' % rng.choice(['2.5 mg', '3 mg', '4 mg']),
                 'Sauter la dose ce soir, puis diminuer la warfarine à %s DIE.' % rng.choice(['2,5 mg', '3 mg', '4 mg']))
    elif inr < 2.0:
        plan = T(lang, 'Increase warfarin to %s daily; enoxaparin bridging not needed.' % rng.choice(['5 mg', '6 mg', '7.5 mg']),
                 'Augmenter la warfarine à %s DIE; pas de relais à l\'énoxaparine.' % rng.choice(['5 mg', '6 mg', '7,5 mg']))
    else:
        plan = T(lang, 'In range - continue warfarin %s daily.' % dose_now,
                 'Dans la cible - poursuivre warfarine %s DIE.' % med_tr(dose_now, 'fr'))
    nxt = (d + dt.timedelta(days=rng.choice([3, 5, 7, 14]))).date()
    indication = ''
    if rng.random() < 0.6:
        types.add('diagnosis')
        indication = T(lang, ' (indication: %s, target %s)' % (dx_text(dd, lang), target),
                       ' (indication : %s, cible %s)' % (dx_text(dd, lang), target.replace('.', ',')))
    terse = rng.random() < 0.4
    if terse:
        body = '%s%s - %s %s%s\n%s\n%s %s' % (
            nm, (' (' + ', '.join(idbits) + ')') if idbits else '', T(lang, 'INR', 'RNI'), num(inr, lang), indication,
            plan, T(lang, 'Next INR', 'Prochain RNI'), fmt_date(nxt, lang, rng))
        blocks = [('raw', body)]
    else:
        blocks = [('p', greet(lang, rng)),
                  ('p', T(lang, 'Re: %s%s' % (nm, (' - ' + ', '.join(idbits)) if idbits else ''),
                          'Concerne : %s%s' % (nm, (' - ' + ', '.join(idbits)) if idbits else ''))),
                  ('p', T(lang, 'INR today %s%s.' % (num(inr, lang), indication),
                          'RNI aujourd\'hui %s%s.' % (num(inr, lang), indication))),
                  ('p', plan + '\n' + T(lang, 'Next INR on %s. Please update the blister pack.' % fmt_date(nxt, lang, rng),
                                        'Prochain RNI le %s. SVP ajuster le pilulier.' % fmt_date(nxt, lang, rng)))]
    blocks += [('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    subj = rng.choice(T(lang, ['INR result and new dose', 'Warfarin dose change', 'INR %s' % p['surname'],
                               'dose adjustment'],
                         ['Résultat RNI et nouvelle posologie', 'Ajustement warfarine', 'RNI %s' % p['surname'],
                          'changement de dose coumadin']))
    return dict(s=s, to=[ext(rng, 'pharm')], subject=subj, blocks=blocks, types=types,
                note='INR with warfarin dose plan (%s)' % ('terse' if terse else 'letter'))


def p_inr(w, rng, lang):
    d = w.date(rng)
    c = inr_core(w, rng, lang, d)
    return mkspec(lang, staff_addr(c['s']), c['to'], c['subject'], c['blocks'], d, c['types'], c['note'], 'inr_dosing')


def trop_core(w, rng, lang, d):
    s = w.st(rng.choice(['fellow1', 'fellow2']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    types = {'mrn', 'lab_result', 'diagnosis'}
    mrn = gen_mrn(rng)
    t1 = rng.randint(20, 400)
    t2 = t1 + rng.randint(300, 9000)
    dd = pick_dx(rng, ['cad'])
    named = rng.random() < 0.7
    who = ''
    if named:
        who = pname(p, rng.choice(['SF', 'Sf', 'full', 'sinit', T(lang, 'ti_en_s', 'ti_fr_s')]), rng) + ', '
        types.add('patient_name')
    ag = '%d%s' % (age_at(p['dob'], d), sex_label(p, lang))
    meds = pick_meds(rng, 'cad', 2, lang) + [T(lang, 'heparin IV', 'héparine IV')]
    types.add('medication')
    ecg = rng.choice(T(lang, ['ST depression V4-V6', 'TWI in III/aVF', 'no acute ST changes', 'new LBBB'],
                         ['sous-décalage ST V4-V6', 'ondes T inversées DIII/aVF', 'pas de changement ST aigu', 'BBG nouveau']))
    lines = [T(lang, '%s%s %s' % (who, ag, fmt_mrn(mrn, rng, lang)), '%s%s %s' % (who, ag, fmt_mrn(mrn, rng, lang))),
             T(lang, 'hs-TnT %d -> %s ng/L (3h)' % (t1, thou(t2, lang, rng)), 'tropo HS %d -> %s ng/L (3 h)' % (t1, thou(t2, lang))),
             'ECG: ' + ecg,
             T(lang, 'Impression: %s' % dx_text(dd, lang), 'Impression : %s' % dx_text(dd, lang)),
             T(lang, 'Loaded: ', 'Chargé : ') + ', '.join(meds),
             rng.choice(T(lang, ['Can we add to tomorrow\'s cath list?', 'OK for cath today if a slot opens?'],
                          ['Possible de l\'ajouter à la liste d\'hémo demain?', 'Coro aujourd\'hui si une place se libère?']))]
    if rng.random() < 0.4:
        lines.insert(3, ', '.join(lab_bits(rng, lang, 2)))
    blocks = [('p', greet(lang, rng, w.st('int2' if ott else 'int1')['first'])), ('raw', '\n'.join(lines)),
              ('p', thanks(lang, rng) + '\n' + s['first'])]
    subj = rng.choice(T(lang, ['Trop positive - cath?', 'NSTEMI for cath list', 'consult - rising trop', 'ED consult %s' % mrn],
                         ['Tropo positive - coro?', 'NSTEMI pour la liste d\'hémo', 'consult urgence - tropo en hausse']))
    to = [sa(w, 'int2' if ott else 'int1')]
    return dict(s=s, to=to, subject=subj, blocks=blocks, types=types,
                note='troponin callback with chart number%s' % (' and name' if named else ' only'))


def p_troponin(w, rng, lang):
    d = w.date(rng)
    c = trop_core(w, rng, lang, d)
    cc = [sa(w, 'cathmgr')] if rng.random() < 0.4 else []
    return mkspec(lang, staff_addr(c['s']), c['to'], c['subject'], c['blocks'], d, c['types'], c['note'],
                  'troponin_callback', cc=cc)


DEVICES = [('Vitalis Aurora DR-T', 'pacemaker', 'stimulateur double chambre', 'VAR-2281'),
           ('Vitalis Sentinel VR', 'single-chamber ICD', 'DCI simple chambre', 'VSN-410'),
           ('Cardiolux Helios CRT-D', 'CRT-D', 'DCI-TRC', 'CLX-H770'),
           ('Cardiolux Lumen SR', 'leadless-ready pacemaker', 'stimulateur simple chambre', 'CLX-L120'),
           ('NordPulse Orion DR', 'dual-chamber pacemaker', 'stimulateur double chambre', 'NP-OR-22')]


def device_report_items(w, rng, lang, p, d, idline):
    dev = rng.choice(DEVICES)
    serial = '%s%s%s' % (rng.choice(['VRS', 'CLX', 'NPX']), gen_luhn_serial(rng, 6), rng.choice('HKRT'))
    impl = dt.date(rng.randint(2014, 2023), rng.randint(1, 12), rng.randint(1, 28))
    ind = pick_dx(rng, ['ep', 'hf'])
    burden = round(rng.uniform(0.5, 38.0), 1)
    vt = rng.randint(0, 6)
    icd = 'ICD' in dev[1] or 'CRT' in dev[1]
    shocks = rng.randint(0, 2) if icd else 0
    if not icd:
        vt = rng.randint(0, 2)
    rows = [[T(lang, 'Lead', 'Sonde'), T(lang, 'Impedance (ohm)', 'Impédance (ohm)'), T(lang, 'Threshold', 'Seuil'), T(lang, 'Sensing', 'Détection')],
            ['RA/OD', str(rng.randint(380, 620)), num(rng.uniform(0.5, 1.5), lang, 2) + ' V @ 0.4 ms', num(rng.uniform(1.5, 4.5), lang) + ' mV'],
            ['RV/VD', str(rng.randint(400, 900)), num(rng.uniform(0.5, 1.5), lang, 2) + ' V @ 0.4 ms', num(rng.uniform(6, 18), lang) + ' mV']]
    items = [('h', T(lang, 'Patient', 'Patient')),
             T(lang, 'Name: %s\nDate of birth: %s\n%s' % (pname(p, 'SF'), fmt_date(p['dob'], lang, rng, 'iso'), idline),
               'Nom : %s\nDate de naissance : %s\n%s' % (pname(p, 'SF'), fmt_date(p['dob'], lang, rng, 'iso'), idline)),
             ('h', T(lang, 'Device', 'Dispositif')),
             T(lang, '%s (%s), model %s, serial %s, implanted %s\nIndication: %s\nBattery: %s years remaining' % (
                 dev[0], dev[1], dev[3], serial, impl.isoformat(), dx_text(ind, lang), num(rng.uniform(2.0, 11.0), lang)),
               '%s (%s), modèle %s, no série %s, implanté le %s\nIndication : %s\nPile : %s ans restants' % (
                 dev[0], dev[2], dev[3], serial, impl.isoformat(), dx_text(ind, lang), num(rng.uniform(2.0, 11.0), lang))),
             ('table', rows[0], rows[1:]),
             ('h', T(lang, 'Events since last follow-up', 'Événements depuis le dernier suivi')),
             T(lang, 'AT/AF burden %s%%, longest episode %d h. VT episodes: %d (ATP successful: %d). Shocks: %d.' % (
                 num(burden, lang), rng.randint(1, 40), vt, min(vt, rng.randint(0, vt)) if icd else 0, shocks),
               'Fardeau TA/FA %s %%, plus long épisode %d h. Épisodes de TV : %d (ATP efficace : %d). Chocs : %d.' % (
                 num(burden, lang), rng.randint(1, 40), vt, min(vt, rng.randint(0, vt)) if icd else 0, shocks)),
             ('h', T(lang, 'Comments', 'Commentaires')),
             T(lang, 'New significant AF burden. CHA2DS2-VASc %d; recommend starting %s if no contraindication. Next remote check in 3 months.' % (
                 rng.randint(2, 6), rng.choice(['apixaban 5 mg BID', 'edoxaban 60 mg daily', 'rivaroxaban 20 mg daily'])),
               'Fardeau de FA significatif. CHA2DS2-VASc %d; suggère de débuter %s en l\'absence de contre-indication. Prochain suivi à distance dans 3 mois.' % (
                 rng.randint(2, 6), rng.choice(['apixaban 5 mg BID', 'édoxaban 60 mg DIE', 'rivaroxaban 20 mg DIE']))),
             T(lang, 'Interrogated by %s on %s.' % (w.st('devtech')['first'] + ' ' + w.st('devtech')['last'], d.date().isoformat()),
               'Interrogé par %s le %s.' % (w.st('devrn')['first'] + ' ' + w.st('devrn')['last'], d.date().isoformat()))]
    return items


def p_device_report(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['devrn', 'devtech', 'ep1']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication'}
    if ott:
        idline = T(lang, 'OHIP: ', 'Carte Santé Ontario : ') + fmt_hcn(p['hcn'], p['vc'], rng)
        types.add('ca_health_number')
    elif rng.random() < 0.5:
        idline = T(lang, 'RAMQ: ', 'NAM : ') + fmt_nam(p['nam'], rng)
        types.add('ramq_nam')
    else:
        idline = T(lang, 'MRN: ', 'No dossier : ') + gen_mrn(rng)
        types.add('mrn')
    items = device_report_items(w, rng, lang, p, d, idline)
    title = T(lang, 'Device Interrogation Report', 'Rapport d\'interrogation du dispositif')
    fmt = rng.choice(['pdf', 'pdf', 'docx'])
    base = rng.choice(['%s_%s' % (T(lang, 'Interrogation', 'Interrogation'), fname_safe(p['surname'])),
                       'device_report_%s' % d.strftime('%Y%m%d'), 'rapport_%s%s' % (fname_safe(p['surname'])[:4].upper(), d.strftime('%m%d'))])
    if fmt == 'pdf':
        att = att_pdf(make_pdf(title, items, author=s['first'] + ' ' + s['last']), base + '.pdf')
    else:
        att = att_docx(make_docx(title, items, author=s['first'] + ' ' + s['last']), base + '.docx')
    gp = ext(rng, 'gp_on' if ott else 'gp_qc')
    blocks = [('p', greet(lang, rng, gp[0] if rng.random() < 0.5 else None)),
              ('p', rng.choice(T(lang, ['Please find attached the device follow-up report for your patient, seen in clinic today.',
                                        'Attached is the interrogation from this morning. Note the new AF burden - see comments.',
                                        'Remote transmission report attached, for your records.'],
                                  ['Veuillez trouver ci-joint le rapport de suivi du stimulateur pour votre patient(e), vu(e) en clinique aujourd\'hui.',
                                   'Voici l\'interrogation de ce matin. Attention au nouveau fardeau de FA, voir commentaires.',
                                   'Rapport de transmission à distance ci-joint, pour votre dossier.'])))]
    if rng.random() < 0.4:
        blocks.insert(1, ('p', T(lang, 'Re: %s' % pname(p, 'full'), 'Objet : %s' % pname(p, 'full'))))
    blocks += [('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    subj = rng.choice(T(lang, ['Device clinic report', 'Pacemaker/ICD follow-up', 'Interrogation report - %s' % p['surname']],
                         ['Rapport clinique de stimulateurs', 'Suivi stimulateur/DCI', 'Rapport d\'interrogation - %s' % p['surname']]))
    return mkspec(lang, staff_addr(s), [gp], subj, blocks, d, types, 'device interrogation report as %s attachment' % fmt,
                  'device_report', attachments=[att])


def p_remote_alert(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['devrn', 'devtech']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    dev = rng.choice(DEVICES)
    types = {'patient_name', 'diagnosis', 'date_of_birth'}
    ev = rng.choice(T(lang, [('VT/VF episode treated with shock', 'VF, 1 shock delivered 35 J, successful'),
                             ('AT/AF burden > 6 h/day', 'AF burden 22% over 7 days, max ventricular rate 142 bpm'),
                             ('Lead impedance out of range', 'RV lead impedance 2 140 ohm (baseline 520) - possible fracture'),
                             ('Thoracic impedance alert', 'fluid index crossed threshold, probable congestion')],
                         [('Épisode TV/FV traité par choc', 'FV, 1 choc délivré 35 J, efficace'),
                          ('Fardeau TA/FA > 6 h/jour', 'fardeau de FA 22 % sur 7 jours, FC ventriculaire max 142'),
                          ('Impédance de sonde hors limites', 'impédance sonde VD 2 140 ohm (base 520) - fracture possible'),
                          ('Alerte d\'impédance thoracique', 'indice liquidien au-delà du seuil, congestion probable')]))
    alert_rows = [[T(lang, 'Patient', 'Patient'), pname(p, 'SF')],
                  [T(lang, 'Date of birth', 'Date de naissance'), fmt_date(p['dob'], lang, rng, 'iso')],
                  [T(lang, 'Device', 'Dispositif'), '%s (%s)' % (dev[0], dev[3])],
                  [T(lang, 'Alert', 'Alerte'), ev[0]],
                  [T(lang, 'Detail', 'Détail'), ev[1]],
                  [T(lang, 'Transmission', 'Transmission'), earlier(d, rng).strftime('%Y-%m-%d %H:%M')]]
    inner = [('p', 'Vitalis CareLink-Remote / Cardiolux Connect - ' + T(lang, 'RED ALERT', 'ALERTE ROUGE')), ('table', None, alert_rows),
             ('p', T(lang, 'This notification was generated automatically. Do not reply.', 'Cet avis a été généré automatiquement. Ne pas répondre.'))]
    doc = ep = w.st('ep2' if ott else 'ep1')
    blocks = [('p', greet(lang, rng, doc['first'])),
              ('p', rng.choice(T(lang, ['Red alert overnight, see below. I called the patient, he/she feels OK. Do you want to see them in clinic this week?'.replace('he/she', 'he' if p['sex'] == 'M' else 'she'),
                                        'FYI - alert below. Patient not reachable by phone so far, will keep trying.'],
                                  ['Alerte rouge cette nuit, voir plus bas. J\'ai appelé, %s se sent bien. Tu veux %s voir en clinique cette semaine?' % ('il' if p['sex'] == 'M' else 'elle', 'le' if p['sex'] == 'M' else 'la'),
                                   'Pour info - alerte ci-dessous. Impossible de joindre le patient pour l\'instant, je réessaie.']))),
              ('fwd', qmeta(lang, ('Remote Monitoring', 'no-reply@remote.vitalis-rhythm.example'), [staff_addr(s)], earlier(d, rng, (1, 8)),
                            T(lang, 'Alert: ', 'Alerte : ') + ev[0], rng), inner)]
    subj = fw_subject(T(lang, 'Alert: ', 'Alerte : ') + ev[0], lang, rng)
    return mkspec(lang, staff_addr(s), [staff_addr(doc)], subj, blocks, d, types,
                  'forwarded remote-monitoring alert with patient name and birth date', 'remote_alert',
                  mode=rng.choice(['html', 'alt']))


def hf_letter_items(w, rng, lang, p, d, s, idline, types):
    dd = pick_dx(rng, ['hf'])
    meds = pick_meds(rng, 'hf', rng.randint(3, 5), lang)
    labs = lab_bits(rng, lang, 3)
    items = [T(lang, 'Re: %s   DOB: %s   %s' % (pname(p, 'full'), fmt_date(p['dob'], lang, rng), idline),
               'Objet : %s   DDN : %s   %s' % (pname(p, 'full'), fmt_date(p['dob'], lang, rng), idline)),
             T(lang, 'Dear colleague,', 'Cher(ère) collègue,'),
             T(lang, 'I saw %s in the Heart Failure Clinic on %s. Diagnosis: %s, NYHA class %s.' % (
                 pname(p, 'ti_en_s'), d.date().isoformat(), dx_text(dd, lang), rng.choice(['II', 'II-III', 'III'])),
               'J\'ai vu %s à la Clinique d\'insuffisance cardiaque le %s. Diagnostic : %s, classe NYHA %s.' % (
                 pname(p, 'ti_fr_s'), d.date().isoformat(), dx_text(dd, lang), rng.choice(['II', 'II-III', 'III']))),
             ('h', T(lang, 'Current medications', 'Médication actuelle')), '\n'.join(meds),
             ('h', T(lang, 'Laboratory', 'Laboratoires')), ', '.join(labs),
             ('h', T(lang, 'Plan', 'Plan')),
             T(lang, 'Up-titrate %s at next visit; daily weights; 2 g sodium diet. Follow-up in 6 weeks.' % meds[0],
               'Augmenter %s à la prochaine visite; pesée quotidienne; diète 2 g de sodium. Revoir dans 6 semaines.' % meds[0])]
    types.update({'diagnosis', 'medication', 'lab_result', 'patient_name', 'date_of_birth'})
    if rng.random() < 0.5:
        items.insert(5, T(lang, 'Social: ', 'Social : ') + social(rng, lang, p['sex']))
        types.add('social_information')
    items.append(staff_name(s, lang) + '\n' + s['role_' + lang])
    return items


def p_hf_letter(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['hf1', 'hfnp', 'hf2', 'hfrn']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    types = set()
    if ott:
        idline = T(lang, 'HCN ', 'NAS-Ont. ') + fmt_hcn(p['hcn'], p['vc'], rng)
        types.add('ca_health_number')
    else:
        idline = T(lang, 'RAMQ ', 'NAM ') + fmt_nam(p['nam'], rng)
        types.add('ramq_nam')
    items = hf_letter_items(w, rng, lang, p, d, s, idline, types)
    title = T(lang, 'Heart Failure Clinic - Consultation Letter', 'Clinique d\'insuffisance cardiaque - Lettre de consultation')
    fn = rng.choice(['%s_%s.docx' % (T(lang, 'HF_letter', 'Lettre_IC'), p['surname'].replace(' ', '_')),
                     'consult_%s.docx' % d.strftime('%Y-%m-%d'), 'HFC_%s_%s.docx' % (fname_safe(p['surname'][:3]).upper(), p['dob'].year)])
    gp = ext(rng, 'gp_on' if ott else 'gp_qc')
    blocks = [('p', greet(lang, rng, gp[0])),
              ('p', T(lang, 'Please find attached my letter for our mutual patient. Let me know if you have questions.',
                      'Vous trouverez ci-joint ma lettre concernant notre patient(e) commun(e). N\'hésitez pas si vous avez des questions.')),
              ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [gp], T(lang, 'Heart Failure Clinic letter', 'Lettre - clinique d\'IC'), blocks, d, types,
                  'HF clinic consultation letter in DOCX', 'hf_clinic_letter', attachments=[att_docx(make_docx(title, items, staff_name(s, lang, False)), fn)])


def transport_core(w, rng, lang, d):
    s = w.st(rng.choice(['sched', 'sched2', 'rehabrn', 'kin']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    adr = w.address(rng, 'on' if ott else 'qc')
    ph = w.phone(rng, 'on' if ott else 'qc')
    types = {'patient_name', 'patient_contact'}
    appt = (d + dt.timedelta(days=rng.randint(2, 12))).replace(hour=rng.choice([8, 9, 10, 13, 14]), minute=rng.choice([0, 15, 30]))
    while appt.weekday() >= 5:
        appt += dt.timedelta(days=1)
    site = SITES['ott' if ott else rng.choice(['rehab', 'mtl'])]
    needs = rng.choice(T(lang, ['wheelchair, needs help on stairs (2nd floor, no elevator)', 'walker', 'portable O2 2 L/min',
                                'ambulatory, hard of hearing - call cell'],
                          ['fauteuil roulant, aide pour l\'escalier (2e étage sans ascenseur)', 'marchette', 'O2 portatif 2 L/min',
                           'autonome, malentendant(e) - appeler le cellulaire']))
    rows = [[T(lang, 'Client', 'Usager'), pname(p, rng.choice(['full', 'SF', T(lang, 'ti_en', 'ti_fr')]), rng)],
            [T(lang, 'Pick-up address', 'Adresse de départ'), '%s, %s %s' % adr],
            [T(lang, 'Phone', 'Téléphone'), ph],
            [T(lang, 'Destination', 'Destination'), '%s, %s' % (site[lang], site['addr'])],
            [T(lang, 'Appointment', 'Rendez-vous'), '%s %02d:%02d' % (day_label(appt, lang), appt.hour, appt.minute)],
            [T(lang, 'Mobility', 'Mobilité'), needs]]
    if rng.random() < 0.5:
        rows.insert(1, [T(lang, 'DOB', 'DDN'), fmt_date(p['dob'], lang, rng)])
        types.add('date_of_birth')
    if rng.random() < 0.55:
        dd = pick_dx(rng, ['cad', 'hf', 'valve'])
        rows.append([T(lang, 'Reason', 'Motif'), T(lang, 'cardiac rehab after %s' % dx_text(dd, lang), 'réadaptation cardiaque après %s' % dx_text(dd, lang))])
        types.add('diagnosis')
    blocks = [('p', greet(lang, rng)),
              ('p', rng.choice(T(lang, ['Please book the following return trip:', 'New transport request, return trip needed:'],
                                  ['SVP réserver le transport aller-retour suivant :', 'Nouvelle demande de transport, aller-retour :']))),
              ('table', None, rows), ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    subj = rng.choice(T(lang, ['Transport request', 'Booking - return trip %s' % appt.strftime('%b %d'), 'Ride for rehab session'],
                         ['Demande de transport', 'Réservation aller-retour %s' % appt.strftime('%d/%m'), 'Transport pour la réadaptation']))
    return dict(s=s, to=[ext(rng, 'transport')], subject=subj, blocks=blocks, types=types,
                note='transport booking with patient home address and phone')


def p_transport(w, rng, lang):
    d = w.date(rng)
    c = transport_core(w, rng, lang, d)
    return mkspec(lang, staff_addr(c['s']), c['to'], c['subject'], c['blocks'], d, c['types'], c['note'], 'transport_booking')


def p_appointment_ics(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['sched', 'sched2']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    ph = w.phone(rng, 'on' if ott else 'qc')
    proc = rng.choice(T(lang, [('TEE before cardioversion', 'af'), ('Dobutamine stress echo', 'cad'), ('Cardiac MRI - amyloid protocol', 'hf'),
                               ('Pre-TAVI CT', 'valve')],
                         [('ETO avant cardioversion', 'af'), ('Écho de stress à la dobutamine', 'cad'), ('IRM cardiaque - protocole amylose', 'hf'),
                          ('TDM pré-TAVI', 'valve')]))
    dd = pick_dx(rng, [proc[1]])
    start = (d + dt.timedelta(days=rng.randint(3, 20))).replace(hour=rng.choice([8, 9, 11, 13]), minute=rng.choice([0, 30]), second=0)
    while start.weekday() >= 5:
        start += dt.timedelta(days=1)
    types = {'patient_name', 'diagnosis', 'patient_contact'}
    nm = pname(p, rng.choice(['SF', 'Sf', 'full']), rng)
    desc = T(lang, 'Patient: %s\nPhone: %s\nIndication: %s\nNPO 6h. Bring medication list.' % (nm, ph, dx_text(dd, lang)),
             'Patient : %s\nTél. : %s\nIndication : %s\nÀ jeun 6 h. Apporter la liste de médicaments.' % (nm, ph, dx_text(dd, lang)))
    if not ott and rng.random() < 0.5:
        desc += '\nNAM: ' + fmt_nam(p['nam'], rng)
        types.add('ramq_nam')
    doc = w.st('img' if not ott else 'ccu')
    atts_to = [staff_addr(doc), sa(w, 'fellow2' if ott else 'fellow1')]
    ics = make_ics('%08x@sched.%s' % (rng.getrandbits(32), DOM), start, 60, '%s - %s' % (proc[0], nm), desc,
                   SITES['ott' if ott else 'mtl'][lang], staff_addr(s), atts_to, d)
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Booking confirmation below. Please accept so the room shows on your schedule.',
                      'Confirmation de rendez-vous ci-dessous. SVP accepter pour que la salle apparaisse à votre horaire.')),
              ('p', '%s\n%s %02d:%02d' % (proc[0] + ' - ' + nm, day_label(start, lang), start.hour, start.minute)),
              sig(w, s, lang, rng)]
    kw = {}
    if rng.random() < 0.5:
        kw['calendar'] = ics
        kw['mode'] = 'alt'
    else:
        kw['attachments'] = [att_ics(ics, 'invite.ics')]
    return mkspec(lang, staff_addr(s), atts_to, '%s: %s - %s' % (T(lang, 'Invitation', 'Invitation'), proc[0], nm), blocks, d, types,
                  'calendar invite naming patient, phone and indication', 'appointment_ics', **kw)


def p_anticoag_xlsx(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['acrn', 'acrn2']))
    pts = w.pts_qc(rng, d, rng.randint(6, 14))
    hdr = T(lang, ['Name', 'RAMQ', 'DOB', 'Indication', 'Target', 'INR', 'Weekly dose (mg)', 'Next INR'],
            ['Nom', 'NAM', 'DDN', 'Indication', 'Cible', 'RNI', 'Dose hebdo (mg)', 'Prochain RNI'])
    rows = []
    for p in pts:
        dd = pick_dx(rng, ['vka', 'af'])
        rows.append([pname(p, 'Sf'), p['nam'], p['dob'].isoformat(), dx_text(dd, lang, terse=True),
                     '2.5-3.5' if 'mitral' in dd[1] else '2-3', lab_inr(rng), rng.choice([17.5, 20, 22.5, 25, 30, 35, 37.5]),
                     (d + dt.timedelta(days=rng.choice([4, 7, 14]))).date().isoformat()])
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'}
    fn = rng.choice(['INR_%s.xlsx' % d.strftime('%Y%m%d'), T(lang, 'warfarin_followup_list.xlsx', 'suivi_coumadin.xlsx'), 'liste RNI semaine.xlsx'])
    to = [sa(w, 'thr')] + ([ext(rng, 'pharm')] if rng.random() < 0.3 else [])
    blocks = [('p', greet(lang, rng, w.st('thr')['first'])),
              ('p', rng.choice(T(lang, ['Here is this week\'s list of patients on warfarin for your review while I\'m off. Out-of-range INRs are flagged.',
                                        'Attached: warfarin patients due this week. Dose column is total weekly mg.'],
                                  ['Voici la liste des patients sous warfarine de la semaine pour révision pendant mon absence.',
                                   'Ci-joint : patients sous Coumadin à suivre cette semaine. Colonne dose = mg total par semaine.']))),
              ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    subj = rng.choice(T(lang, ['warfarin list this week', 'INR follow-up list', 'Coverage - anticoag patients'],
                         ['liste warfarine cette semaine', 'Liste de suivi RNI', 'Remplacement - patients anticoagulés']))
    return mkspec(lang, staff_addr(s), to, subj, blocks, d, types, 'XLSX roster of warfarin patients with NAM, INR, dose',
                  'anticoag_roster', attachments=[att_xlsx(make_xlsx([('INR', [hdr] + rows)], staff_name(s, lang)), fn)])


def p_rehab_csv(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['kin', 'rehabrn']))
    pts = w.pts_qc(rng, d, rng.randint(5, 11))
    hdr = T(lang, ['last_name', 'first_name', 'dob', 'phone', 'diagnosis', '6MWT_m', 'PHQ9', 'smoker', 'lives_alone'],
            ['nom', 'prenom', 'ddn', 'telephone', 'diagnostic', 'TM6_m', 'PHQ9', 'fumeur', 'vit_seul'])
    rows = [hdr]
    for p in pts:
        dd = pick_dx(rng, ['cad', 'hf', 'valve'])
        rows.append([p['surname'], p['given'], p['dob'].isoformat(), w.phone(rng, 'qc'), dx_text(dd, lang, terse=True),
                     rng.randint(180, 560), rng.randint(0, 22), rng.choice(T(lang, ['Y', 'N', 'N', 'ex'], ['O', 'N', 'N', 'ex'])),
                     rng.choice(T(lang, ['Y', 'N'], ['O', 'N']))])
    types = {'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis', 'social_information'}
    csvtext = make_csv(rows, sep=rng.choice([',', ';']))
    blocks = [('p', greet(lang, rng)),
              ('p', rng.choice(T(lang, ['Intake export for the %s cohort attached. PHQ-9 >= 10 flagged for the psychologist.' % MONTHS_EN[d.month - 1],
                                        'CSV of new enrollees, as requested for the program report.'],
                                  ['Export des nouvelles inscriptions pour la cohorte de %s ci-joint. PHQ-9 >= 10 à signaler à la psychologue.' % MONTHS_FR[d.month - 1],
                                   'Fichier CSV des nouveaux participants, tel que demandé.']))),
              ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    to = [sa(w, 'rehabmd')] + ([sa(w, 'quality')] if rng.random() < 0.5 else [])
    return mkspec(lang, staff_addr(s), to, T(lang, 'Rehab intake export', 'Export admissions réadaptation'), blocks, d, types,
                  'CSV export of rehab intake with DOB, phone, PHQ-9, living situation', 'rehab_export',
                  attachments=[att_csv(csvtext, rng.choice(['rehab_intake_%s.csv' % d.strftime('%Y%m'), 'export.csv', 'cohorte_%s.csv' % d.strftime('%m%Y')]), rng)])


def p_zip_export(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['rc1', 'rc2', 'quality']))
    ott = s['site'] == 'ott'
    n = rng.randint(4, 9)
    pts = w.pts_on(rng, n) if ott else w.pts_qc(rng, d, n)
    types = {'patient_name', 'diagnosis', 'date_of_birth'}
    hdr = ['patient', 'dob', 'id', 'dx', 'event_date', 'lvef']
    rows = [hdr]
    for p in pts:
        dd = pick_dx(rng, ['hf', 'cad'])
        if ott:
            pid = p['hcn']
            types.add('ca_health_number')
        else:
            pid = p['nam']
            types.add('ramq_nam')
        rows.append([pname(p, 'full'), p['dob'].isoformat(), pid, dx_text(dd, 'en', terse=True),
                     (d - dt.timedelta(days=rng.randint(10, 300))).date().isoformat(), '%d%%' % rng.randint(15, 60)])
    files = [('extraction/%s.csv' % rng.choice(['cases', 'readmissions', 'cohort']), make_csv(rows))]
    if rng.random() < 0.5:
        files.append(('extraction/README.txt', T(lang, 'Extraction for readmission audit. Do not forward.',
                                                  'Extraction pour l\'audit des réadmissions. Ne pas transférer.')))
    if rng.random() < 0.5:
        files.append(('extraction/summary.pdf', make_pdf(T(lang, 'Cohort summary', 'Sommaire de la cohorte'),
                                                         [T(lang, 'Cases listed in cases.csv; %d patients.' % n, '%d patients listés.' % n),
                                                          ('table', hdr[:4], [r[:4] for r in rows[1:]])])))
        types.add('patient_name')
    zdata = make_zip(files)
    to = [ext(rng, 'cro')] if rng.random() < 0.5 else [sa(w, rng.choice(['hf1', 'hf2', 'quality']))]
    blocks = [('p', greet(lang, rng)),
              ('p', rng.choice(T(lang, ['Zipped extraction attached. I will text you the password.', 'Here is the zip for the audit, as discussed.'],
                                  ['Extraction compressée ci-jointe. Je t\'envoie le mot de passe par texto.', 'Voici le zip pour l\'audit, tel que discuté.']))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), to, T(lang, 'data extraction', 'extraction de données'), blocks, d, types,
                  'ZIP attachment with patient-level CSV', 'zip_export',
                  attachments=[att_zip(zdata, rng.choice(['extraction_%s.zip' % d.strftime('%Y%m%d'), 'audit.zip', 'data.zip']))])


CORES = ['inr', 'trop', 'transport', 'medrec', 'homecare', 'lab_critical']


def run_core(name, w, rng, lang, d):
    return {'inr': inr_core, 'trop': trop_core, 'transport': transport_core, 'medrec': medrec_core,
            'homecare': homecare_core, 'lab_critical': labcrit_core}[name](w, rng, lang, d)


def p_fwd_eml(w, rng, lang):
    d = w.date(rng)
    d0 = earlier(d, rng, (2, 72))
    c = run_core(rng.choice(CORES), w, rng, lang, d0)
    inner = mkspec(lang, staff_addr(c['s']), c['to'], c['subject'], c['blocks'], d0, c['types'], '', '')
    s = w.st(rng.choice(['admin1', 'clerk', 'sched', 'fellow1', 'acrn']))
    to = [sa(w, rng.choice(['hf1', 'thr', 'quality', 'pharm1']))] if rng.random() < 0.6 else [ext(rng, 'gp_qc')]
    blocks = [('p', greet(lang, rng)),
              ('p', rng.choice(T(lang, ['See the attached message - can you follow up? I\'m not sure it was actioned.',
                                        'Forwarding as attachment as requested.', 'FYI, attached.'],
                                  ['Voir le message ci-joint - peux-tu faire le suivi? Je ne suis pas certaine que ça a été fait.',
                                   'Je transfère en pièce jointe comme demandé.', 'Pour info, ci-joint.']))),
              sig(w, s, lang, rng)]
    fn = fname_safe(c['subject'])[:40] + '.eml'
    return mkspec(lang, staff_addr(s), to, fw_subject(c['subject'], lang, rng), blocks, d, c['types'],
                  'attached .eml carries: ' + c['note'], 'fwd_attached_eml',
                  attachments=[dict(kind='msg', spec=inner, fn=fn, as_octet=rng.random() < 0.5)])


def p_reply_quote(w, rng, lang):
    d = w.date(rng)
    d0 = earlier(d, rng, (1, 20))
    core = rng.choice(CORES)
    c = run_core(core, w, rng, lang, d0)
    internal = c['to'][0][1].endswith('@' + DOM)
    if not internal:
        top = rng.choice(T(lang, ['Following up on the message below - could you confirm receipt?', 'Any update on this one?',
                                  'Resending, I had the wrong fax cover. See below.'],
                           ['Suivi du message ci-dessous - pouvez-vous confirmer la réception?', 'Des nouvelles pour celui-ci?',
                            'Je renvoie, voir plus bas.']))
        blocks = [('p', top), sig(w, c['s'], lang, rng),
                  ('quote', qmeta(lang, staff_addr(c['s']), c['to'], d0, c['subject'], rng), c['blocks'])]
        return mkspec(lang, staff_addr(c['s']), c['to'], re_subject(c['subject'], lang, rng), blocks, d, c['types'],
                      'follow-up quoting own earlier message: ' + c['note'], 'reply_quoting')
    replier = c['to'][0]
    top = rng.choice(T(lang, ['Done, thanks.', 'Received - booked for Thursday 10:30.', 'OK noted, will call back this afternoon.',
                              'Thanks, I\'ll take care of it.', 'Got it.'],
                       ['Fait, merci.', 'Bien reçu - réservé pour jeudi 10 h 30.', 'OK noté, je rappelle cet après-midi.',
                        'Merci, je m\'en occupe.', 'Reçu.']))
    blocks = [('p', top), ('p', replier[0].split(' - ')[0]),
              ('quote', qmeta(lang, staff_addr(c['s']), c['to'], d0, c['subject'], rng), c['blocks'])]
    return mkspec(lang, replier, [staff_addr(c['s'])], re_subject(c['subject'], lang, rng), blocks, d, c['types'],
                  'short reply quoting earlier message: ' + c['note'], 'reply_quoting',
                  reply_to_id='<%016x@%s>' % (rng.getrandbits(64), DOM))


def p_research_screening(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['rc1', 'rc2']))
    ott = s['site'] == 'ott'
    n = rng.randint(4, 8)
    pts = w.pts_on(rng, n) if ott else w.pts_qc(rng, d, n)
    types = {'patient_name', 'mrn', 'diagnosis'}
    rows = []
    for p in pts:
        dd = pick_dx(rng, ['hf', 'af', 'cad'])
        elig = rng.random() < 0.5
        reason = ''
        if not elig:
            reason = rng.choice(T(lang, ['eGFR %d (<30)' % rng.randint(12, 29), 'on dabigatran', 'declined', 'pregnant', 'dementia, no consent'],
                                     ['DFGe %d (<30)' % rng.randint(12, 29), 'sous dabigatran', 'refus', 'enceinte', 'démence, pas de consentement']))
            if 'GFR' in reason or 'DFG' in reason:
                types.add('lab_result')
            if 'dabigatran' in reason:
                types.add('medication')
        rows.append([pname(p, 'sinit'), gen_mrn(rng), str(age_at(p['dob'], d)), dx_text(dd, lang, terse=True),
                     T(lang, 'eligible' if elig else 'not eligible', 'éligible' if elig else 'non éligible'), reason])
    hdr = T(lang, ['Patient', 'MRN', 'Age', 'Dx', 'Status', 'Reason'], ['Patient', 'Dossier', 'Âge', 'Dx', 'Statut', 'Raison'])
    study = rng.choice(['HEART-SHIFT', 'ANTICOAG-FRAIL', 'REVIVE-HF', 'PULSE-AF'])
    to = [sa(w, rng.choice(['hf1', 'ep1', 'hf2']))]
    cc = [ext(rng, 'cro')] if rng.random() < 0.4 else []
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Screening log for %s this week:' % study, 'Registre de sélection %s de la semaine :' % study)),
              ('table', hdr, rows),
              ('p', T(lang, 'Can you confirm eligibility for the first two before I approach them?',
                      'Peux-tu confirmer l\'éligibilité des deux premiers avant que je les approche?')),
              ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), to, '%s screening log' % study, blocks, d, types,
                  'research screening log naming patients with chart numbers', 'research_screening', cc=cc)


def p_social_work(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['sw1', 'sw2']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    sinv = gen_sin(rng)
    dd = pick_dx(rng, ['hf', 'cad', 'ep'])
    types = {'patient_name', 'ca_sin', 'diagnosis', 'social_information'}
    lines = [T(lang, 'Client: %s' % pname(p, 'full'), 'Client : %s' % pname(p, 'full')),
             T(lang, 'SIN: %s' % fmt_sin(sinv, rng), 'NAS : %s' % fmt_sin(sinv, rng))]
    if rng.random() < 0.6:
        lines.append(T(lang, 'DOB: ', 'DDN : ') + fmt_date(p['dob'], lang, rng))
        types.add('date_of_birth')
    if rng.random() < 0.5:
        a = w.address(rng, 'on' if ott else 'qc')
        lines.append(T(lang, 'Address: ', 'Adresse : ') + '%s, %s %s' % a)
        types.add('patient_contact')
    body = T(lang, '%s was hospitalized from %s for %s and will not be able to return to work (%s) for at least 3 months. %s. '
                   'I am supporting the application for sickness benefits; the medical certificate is attached.' % (
                       pname(p, 'ti_en_s'), (d - dt.timedelta(days=rng.randint(5, 40))).date().isoformat(), dx_text(dd, lang),
                       rng.choice(['warehouse worker', 'truck driver', 'cook', 'daycare educator']), social(rng, lang, p['sex']).capitalize()),
             '%s a été hospitalisé(e) à partir du %s pour %s et ne pourra pas retourner au travail (%s) avant au moins 3 mois. %s. '
             'J\'appuie la demande de prestations de maladie; le certificat médical est joint.' % (
                 pname(p, 'ti_fr_s'), (d - dt.timedelta(days=rng.randint(5, 40))).date().isoformat(), dx_text(dd, lang),
                 rng.choice(['magasinier', 'camionneur', 'cuisinier', 'éducatrice en CPE']), social(rng, lang, p['sex']).capitalize()))
    atts = []
    if rng.random() < 0.5:
        cert = make_pdf(T(lang, 'Medical certificate', 'Certificat médical'),
                        ['\n'.join(lines), T(lang, 'Diagnosis: %s. Unable to work until re-evaluation.' % dx_text(dd, lang),
                                             'Diagnostic : %s. Inapte au travail jusqu\'à réévaluation.' % dx_text(dd, lang)),
                         staff_name(w.st('hf1' if not ott else 'hf2'), lang)])
        atts.append(att_pdf(cert, T(lang, 'medical_certificate.pdf', 'certificat_medical.pdf')))
    blocks = [('p', greet(lang, rng)), ('raw', '\n'.join(lines)), ('p', body), ('p', thanks(lang, rng)), sig(w, s, lang, rng, True)]
    return mkspec(lang, staff_addr(s), [ext(rng, 'insurer')], T(lang, 'Sickness benefits application', 'Demande de prestations - invalidité'),
                  blocks, d, types, 'social worker letter with SIN, social situation and diagnosis', 'social_work', attachments=atts)


def p_billing_be(w, rng, lang):
    d = w.date(rng)
    s = w.st('billing')
    p = rng.choice(w.be)
    dd = pick_dx(rng, ['cad', 'af', 'other'])
    adm = (d - dt.timedelta(days=rng.randint(10, 60))).date()
    dis = adm + dt.timedelta(days=rng.randint(2, 9))
    amount = rng.randint(8000, 64000)
    types = {'patient_name', 'be_niss', 'diagnosis', 'date_of_birth'}
    rows = [[T(lang, 'Patient', 'Patient(e)'), pname(p, 'SF')],
            [T(lang, 'National number (NISS)', 'Numéro NISS'), fmt_niss(p['niss'], rng)],
            [T(lang, 'Date of birth', 'Date de naissance'), fmt_date(p['dob'], lang, rng)],
            [T(lang, 'Stay', 'Séjour'), '%s -> %s' % (adm.isoformat(), dis.isoformat())],
            [T(lang, 'Main diagnosis', 'Diagnostic principal'), dx_text(dd, lang)],
            [T(lang, 'Amount (CAD)', 'Montant (CAD)'), thou(amount, lang) + ' $']]
    blocks = [('p', T(lang, 'Dear Sir or Madam,', 'Madame, Monsieur,')),
              ('p', T(lang, 'We are requesting a guarantee of payment for the following member, hospitalized at our institution while travelling:',
                      'Nous sollicitons une garantie de paiement pour votre affilié(e), hospitalisé(e) dans notre établissement lors d\'un séjour au Canada :')),
              ('table', None, rows),
              ('p', T(lang, 'The itemized invoice and the discharge summary are attached.', 'La facture détaillée et le résumé de séjour sont joints.')),
              ('p', T(lang, 'Kind regards,', 'Veuillez agréer nos salutations distinguées,')), sig(w, s, lang, rng, True)]
    atts = [att_pdf(make_pdf(T(lang, 'Discharge summary', 'Résumé de séjour'),
                             ['\n'.join('%s: %s' % (a, b) for a, b in rows[:5]),
                              T(lang, 'Treatment: primary PCI, ASA and ticagrelor; stable at discharge.',
                                'Traitement : ICP primaire, AAS et ticagrelor; stable au congé.')]),
                    T(lang, 'discharge_summary_%s.pdf', 'résumé_de_séjour_%s.pdf') % p['surname'])]
    types.add('medication')
    return mkspec(lang, staff_addr(s), [ext(rng, 'be_mut')], T(lang, 'Guarantee of payment - %s' % p['surname'], 'Garantie de paiement - %s' % p['surname']),
                  blocks, d, types, 'billing of a Belgian visitor with NISS and diagnosis', 'billing_foreign_be', attachments=atts)


def p_billing_fr(w, rng, lang):
    d = w.date(rng)
    s = w.st('billing')
    p = rng.choice(w.fr)
    dd = pick_dx(rng, ['af', 'ep', 'other'])
    types = {'patient_name', 'fr_nir', 'diagnosis'}
    lines = [T(lang, 'Insured: %s' % pname(p, 'SF'), 'Assuré(e) : %s' % pname(p, 'SF')),
             T(lang, 'Social security no.: %s' % fmt_nir(p['nir'], rng), 'N° de sécurité sociale : %s' % fmt_nir(p['nir'], rng))]
    if rng.random() < 0.5:
        lines.append(T(lang, 'Born: ', 'Né(e) le : ') + fmt_date(p['dob'], lang, rng, 'long'))
        types.add('date_of_birth')
    lines.append(T(lang, 'Emergency admission for %s, %d days, %s.' % (dx_text(dd, lang), rng.randint(1, 6), rng.choice(['electrical cardioversion', 'observation on telemetry'])),
                   'Admission en urgence pour %s, %d jours, %s.' % (dx_text(dd, lang), rng.randint(1, 6), rng.choice(['cardioversion électrique', 'surveillance en télémétrie']))))
    blocks = [('p', T(lang, 'Hello,', 'Bonjour,')),
              ('p', T(lang, 'Please find below the information for the reimbursement file (form S3125 enclosed):',
                      'Veuillez trouver ci-dessous les informations pour le dossier de remboursement (formulaire S3125 joint) :')),
              ('raw', '\n'.join(lines)),
              ('p', T(lang, 'Best regards,', 'Cordialement,')), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [ext(rng, 'fr_cpam')], T(lang, 'Reimbursement file - care abroad', 'Dossier de remboursement - soins à l\'étranger'),
                  blocks, d, types, 'French visitor with NIR and diagnosis', 'billing_foreign_fr')


def p_ontario_referral(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['hf2', 'ccu', 'hfrn', 'ep2', 'fellow2']))
    p = w.pt_on(rng)
    dd = pick_dx(rng)
    meds = pick_meds(rng, dd[0], rng.randint(2, 4), lang)
    types = {'patient_name', 'ca_health_number', 'diagnosis', 'medication'}
    head = '%s, %s %s' % (pname(p, rng.choice(['SF', 'full', 'Sf'])), T(lang, 'HCN', 'no carte santé'), fmt_hcn(p['hcn'], p['vc'], rng))
    if rng.random() < 0.6:
        head += ', %s %s' % (T(lang, 'DOB', 'DDN'), fmt_date(p['dob'], lang, rng))
        types.add('date_of_birth')
    body = T(lang, 'Discharged today after admission for %s. Meds on discharge: %s. Please see within 7-10 days; bloodwork (lytes, creatinine) in 1 week.' % (
        dx_text(dd, lang), '; '.join(meds)),
        'Congé aujourd\'hui après une hospitalisation pour %s. Médication au congé : %s. Merci de revoir dans 7 à 10 jours; bilan (électrolytes, créatinine) dans 1 semaine.' % (
        dx_text(dd, lang), '; '.join(meds)))
    blocks = [('p', greet(lang, rng, ext(rng, 'gp_on')[0])), ('p', head), ('p', body), ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    if rng.random() < 0.4:
        blocks.insert(3, ('p', T(lang, 'Recent labs: ', 'Labos récents : ') + ', '.join(lab_bits(rng, lang, 3))))
        types.add('lab_result')
    return mkspec(lang, staff_addr(s), [ext(rng, 'gp_on')], rng.choice(T(lang, ['Discharge follow-up', 'Patient discharged - follow-up needed', 'Referral back to FHT'],
                                                                         ['Suivi post-congé', 'Congé - suivi requis'])),
                  blocks, d, types, 'Ottawa discharge referral with Ontario health number', 'ontario_referral')


def medrec_core(w, rng, lang, d):
    s = w.st(rng.choice(['pharm1', 'pharm2']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    dd = pick_dx(rng)
    types = {'patient_name', 'medication', 'date_of_birth'}
    started = pick_meds(rng, dd[0], 2, lang)
    stopped = pick_meds(rng, rng.choice(['cad', 'hf']), 1, lang)
    lines = [T(lang, 'Patient: %s  DOB %s' % (pname(p, 'SF'), fmt_date(p['dob'], lang, rng)), 'Patient : %s  DDN %s' % (pname(p, 'SF'), fmt_date(p['dob'], lang, rng)))]
    if not ott and rng.random() < 0.45:
        lines[0] += '  ' + T(lang, 'RAMQ ', 'NAM ') + fmt_nam(p['nam'], rng)
        types.add('ramq_nam')
    elif ott and rng.random() < 0.45:
        lines[0] += '  ' + T(lang, 'OHIP ', 'Carte santé ') + fmt_hcn(p['hcn'], p['vc'], rng)
        types.add('ca_health_number')
    if rng.random() < 0.6:
        lines.append(T(lang, 'Admitted for: %s' % dx_text(dd, lang), 'Hospitalisé(e) pour : %s' % dx_text(dd, lang)))
        types.add('diagnosis')
    lines += [T(lang, 'STARTED:', 'DÉBUTÉ :')] + ['  + ' + m for m in started] + [T(lang, 'STOPPED:', 'CESSÉ :')] + ['  - ' + m for m in stopped]
    if rng.random() < 0.4:
        lines.append(T(lang, 'Allergy: penicillin (rash)', 'Allergie : pénicilline (rash)'))
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Discharge medication reconciliation for your client, please update the profile and blister pack:',
                      'Bilan comparatif au congé pour votre client(e), SVP mettre à jour le profil et le pilulier :')),
              ('raw', '\n'.join(lines)), ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    return dict(s=s, to=[ext(rng, 'pharm')], subject=T(lang, 'Discharge med rec', 'Bilan comparatif des médicaments au congé'),
                blocks=blocks, types=types, note='discharge medication reconciliation with DOB')


def p_medrec(w, rng, lang):
    d = w.date(rng)
    c = medrec_core(w, rng, lang, d)
    return mkspec(lang, staff_addr(c['s']), c['to'], c['subject'], c['blocks'], d, c['types'], c['note'], 'med_reconciliation',
                  charset=rng.choice(['windows-1252', 'iso-8859-1', None]))


def p_cath_list(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['cathmgr', 'cathmgr2']))
    ott = s['site'] == 'ott'
    n = rng.randint(5, 9)
    pts = w.pts_on(rng, n) if ott else w.pts_qc(rng, d, n)
    types = {'patient_name', 'mrn', 'diagnosis'}
    rows = []
    t = dt.datetime(2025, 1, 1, 7, 30)
    for p in pts:
        dd = pick_dx(rng, ['cad', 'valve', 'hf'])
        proc = rng.choice(T(lang, ['Coro +/- PCI', 'RHC/LHC', 'Coro, FFR', 'TAVI work-up', 'PCI staged LAD'],
                               ['Coro +/- ICP', 'KT droit/gauche', 'Coro, FFR', 'Bilan TAVI', 'ICP IVA étagée']))
        note = rng.choice(['', T(lang, 'contrast allergy - premed', 'allergie iode - prémédication'),
                           T(lang, 'Cr %d' % rng.randint(120, 240), 'créat %d' % rng.randint(120, 240)),
                           T(lang, 'on apixaban, held 48h', 'sous apixaban, cessé 48 h'), T(lang, 'interpreter (Punjabi)', 'interprète (espagnol)')])
        if 'Cr' in note or 'créat' in note:
            types.add('lab_result')
        if 'apixaban' in note:
            types.add('medication')
        if 'interpr' in note:
            types.add('social_information')
        rows.append([t.strftime('%H:%M'), pname(p, rng.choice(['SF', 'Sf'])), gen_mrn(rng), '%d' % age_at(p['dob'], d), proc,
                     dx_text(dd, lang, terse=True), note])
        t += dt.timedelta(minutes=rng.choice([45, 60, 90]))
    hdr = T(lang, ['Time', 'Patient', 'MRN', 'Age', 'Procedure', 'Indication', 'Notes'], ['Heure', 'Patient', 'Dossier', 'Âge', 'Procédure', 'Indication', 'Notes'])
    room = rng.choice(['1', '2', '3'])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Tomorrow\'s list for room %s:' % room, 'Liste de demain, salle %s :' % room)), ('table', hdr, rows),
              ('p', rng.choice(T(lang, ['Add-ons to me before 15:00 please.', 'Please confirm consent is signed for all.'],
                                  ['Les ajouts avant 15 h svp.', 'Svp confirmer que les consentements sont signés.']))), sig(w, s, lang, rng)]
    atts = []
    if rng.random() < 0.35:
        atts.append(att_pdf(make_pdf(T(lang, 'Cath lab schedule', 'Programme d\'hémodynamie'), [('table', hdr, rows)]), 'cathlab_%s.pdf' % (d + dt.timedelta(days=1)).strftime('%Y%m%d')))
    to = [('%s' % T(lang, 'Cath lab staff', 'Équipe hémodynamie'), 'cathlab-%s@%s' % ('ott' if ott else 'mtl', DOM))]
    return mkspec(lang, staff_addr(s), to, T(lang, 'Cath lab list - tomorrow room %s' % room, 'Liste hémo demain - salle %s' % room), blocks, d, types,
                  'next-day cath lab case list with names and chart numbers', 'cathlab_case_list', attachments=atts)


def p_terse_handover(w, rng, lang):
    d = w.date(rng).replace(hour=rng.choice([7, 17, 18, 19]))
    s = w.st(rng.choice(['fellow1', 'fellow2']))
    ott = s['site'] == 'ott'
    n = rng.randint(2, 4)
    pts = w.pts_on(rng, n) if ott else w.pts_qc(rng, d, n)
    types = {'patient_name', 'diagnosis'}
    lines = []
    for p in pts:
        dd = pick_dx(rng)
        nm = pname(p, rng.choice(['lower', 'sinit', 'noacc', 'typo']), rng).lower()
        bits = [dx_text(dd, lang, terse=True)]
        if rng.random() < 0.8:
            bits += lab_bits(rng, lang, 1)
            types.add('lab_result')
        if rng.random() < 0.7:
            bits.append(pick_meds(rng, dd[0], 1, lang)[0])
            types.add('medication')
        bits.append(rng.choice(PLANS[lang]))
        lines.append('%s%s %s - %s' % (rng.choice(T(lang, ['bed ', 'rm ', '', 'b'], ['lit ', 'ch. ', '', 'L'])), rng.randint(1, 32), nm, ', '.join(bits)))
    blocks = [('raw', '\n'.join(lines)), ('p', rng.choice(T(lang, ['thx', 'ty', '-' + s['first'][0], 'thanks'], ['merci', 'mci', '-' + s['first'][0], 'thx'])))]
    subj = rng.choice(['signout', 'handover', T(lang, 'overnight sign-out', 'passation de nuit'), 'tele pts', 'hand-off'])
    to = [sa(w, 'fellow2' if not ott else 'fellow1')]
    if rng.random() < 0.3:
        to = [('%s %s' % (s['first'], s['last']), '%s.%s.md@mailbox.example' % (ascii_fold(s['first']).lower(), ascii_fold(s['last']).lower()))]
    return mkspec(lang, staff_addr(s), to, subj, blocks, d, types, 'terse lowercase sign-out, names without titles', 'terse_handover',
                  mode='plain')


def p_subject_only(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['fellow1', 'acrn', 'telecn', 'hfnp']))
    p = w.pt_qc(rng, d)
    choice = rng.random()
    types = {'patient_name', 'lab_result'}
    if choice < 0.5:
        inr = round(rng.uniform(4.5, 8.9), 1)
        subj = T(lang, 'INR %s - %s - hold warfarin?' % (num(inr, lang), pname(p, rng.choice(['Sf', 'full', 'sinit']), rng)),
                 'RNI %s - %s - on cesse le coumadin?' % (num(inr, lang), pname(p, rng.choice(['Sf', 'full', 'sinit']), rng)))
        types.add('medication')
    else:
        t1 = rng.randint(30, 300)
        subj = T(lang, '%s trop %d -> %s' % (pname(p, rng.choice(['Sf', 'sinit', 'full']), rng), t1, thou(t1 + rng.randint(500, 6000), lang)),
                 '%s tropo %d -> %s' % (pname(p, rng.choice(['Sf', 'sinit', 'full']), rng), t1, thou(t1 + rng.randint(500, 6000), lang)))
    body = rng.choice(T(lang, ['see subject - call me when you can', 'as per subject. thx', 'pls advise', 'can you call the floor?'],
                         ['voir objet - appelle-moi', 'tel que dans l\'objet. merci', 'ton avis?', 'peux-tu appeler l\'étage?']))
    blocks = [('p', body), ('p', s['first'])]
    to = [sa(w, rng.choice(['thr', 'ccu', 'int1', 'hf1']))]
    return mkspec(lang, staff_addr(s), to, subj, blocks, d, types, 'patient name and lab value only in the Subject', 'subject_only',
                  mode=rng.choice(['plain', 'alt']))


def p_filename_attach(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['img', 'admin1', 'sched', 'fellow1']))
    p = w.pt_qc(rng, d)
    kind = rng.choice(['Echo', 'Holter', 'ETT'])
    lvef = rng.randint(20, 45)
    dd = pick_dx(rng, ['hf', 'valve', 'af'])
    types = {'patient_name', 'diagnosis', 'date_of_birth'}
    items = [T(lang, 'Patient: %s    DOB: %s' % (pname(p, 'SF'), p['dob'].isoformat()), 'Patient : %s    DDN : %s' % (pname(p, 'SF'), p['dob'].isoformat())),
             T(lang, 'LVEF %d%% (biplane). %s. Moderate LA dilatation.' % (lvef, dx_text(dd, lang).capitalize()),
               'FEVG %d %% (biplan). %s. Dilatation OG modérée.' % (lvef, dx_text(dd, lang).capitalize())),
             T(lang, 'Reported by %s' % staff_name(w.st('img'), lang), 'Interprété par %s' % staff_name(w.st('img'), lang))]
    r = rng.random()
    if r < 0.4:
        items.insert(1, T(lang, 'MRN ', 'Dossier ') + gen_mrn(rng))
        types.add('mrn')
    elif r < 0.75:
        items.insert(1, T(lang, 'RAMQ ', 'NAM ') + fmt_nam(p['nam'], rng))
        types.add('ramq_nam')
    fn = '%s_%s_%s_%s.pdf' % (kind, fname_safe(p['surname']), fname_safe(p['given']), rng.choice(['FEVG%d' % lvef, d.strftime('%Y%m%d'), 'final']))
    blocks = [('p', rng.choice(T(lang, ['Here is the report as discussed.', 'Report attached.', 'As requested - see attachment.'],
                                  ['Voici le rapport tel que discuté.', 'Rapport ci-joint.', 'Tel que demandé, voir pièce jointe.']))),
              sig(w, s, lang, rng)]
    to = [ext(rng, 'gp_qc')] if rng.random() < 0.6 else [sa(w, 'hf1')]
    return mkspec(lang, staff_addr(s), to, T(lang, '%s report' % kind, 'Rapport %s' % kind), blocks, d, types,
                  'patient named in attachment filename; report inside', 'filename_attachment',
                  attachments=[att_pdf(make_pdf(T(lang, '%s report' % kind, 'Rapport %s' % kind), items), fn)])


def p_tavi_waitlist(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['cs1', 'admin1', 'int1']))
    pts = [p for p in w.pts_qc(rng, d, 20) if age_at(p['dob'], d) >= 60][:rng.randint(4, 8)]
    types = {'patient_name', 'ramq_nam', 'diagnosis'}
    hdr = T(lang, ['Patient', 'RAMQ', 'Age', 'STS %', 'Frailty', 'CT done', 'Priority', 'Comment'],
            ['Patient', 'NAM', 'Âge', 'STS %', 'Fragilité', 'TDM faite', 'Priorité', 'Commentaire'])
    rows = []
    for p in pts:
        com = rng.choice(['', T(lang, 'syncope x2', 'syncope x2'), T(lang, 'AVA 0.6 cm2, mean grad 52', 'SVA 0,6 cm2, grad. moyen 52'),
                          social(rng, lang, p['sex']), T(lang, 'porcelain aorta', 'aorte porcelaine')])
        if com and com not in ('syncope x2',) and 'AVA' not in com and 'SVA' not in com and 'porcel' not in com:
            types.add('social_information')
        rows.append([pname(p, rng.choice(['SF', 'Sf'])), fmt_nam(p['nam'], rng), age_at(p['dob'], d), num(rng.uniform(1.5, 9.8), lang),
                     rng.choice(['CFS 3', 'CFS 4', 'CFS 5', 'CFS 6']), rng.choice(T(lang, ['yes', 'no', 'booked'], ['oui', 'non', 'prévue'])),
                     rng.choice(['P1', 'P2', 'P2', 'P3']), com])
    intro = T(lang, 'Updated TAVI wait list (severe AS) for Thursday\'s heart team meeting:',
              'Liste d\'attente TAVI à jour (sténose aortique sévère) pour la réunion Heart Team de jeudi :')
    blocks = [('p', greet(lang, rng)), ('p', intro)]
    atts = []
    if rng.random() < 0.5:
        blocks.append(('table', hdr, [[str(c) for c in r] for r in rows]))
    else:
        blocks.append(('p', T(lang, 'See attached spreadsheet.', 'Voir le fichier ci-joint.')))
        atts.append(att_xlsx(make_xlsx([('TAVI', [hdr] + rows)], staff_name(s, lang, False)), 'TAVI_waitlist_%s.xlsx' % d.strftime('%Y-%m')))
    blocks += [('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    to = [('Heart Team', 'heartteam@' + DOM)]
    return mkspec(lang, staff_addr(s), to, T(lang, 'TAVI wait list - heart team', 'Liste d\'attente TAVI - Heart Team'), blocks, d, types,
                  'TAVI wait list with NAMs, frailty and comments', 'tavi_waitlist', attachments=atts)


def homecare_core(w, rng, lang, d):
    s = w.st(rng.choice(['hfnp', 'sw1', 'hfrn', 'sw2', 'acrn']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    a = w.address(rng, 'on' if ott else 'qc')
    ph = w.phone(rng, 'on' if ott else 'qc')
    dd = pick_dx(rng, ['hf', 'vka', 'af'])
    meds = pick_meds(rng, dd[0], 3, lang)
    types = {'patient_name', 'patient_contact', 'diagnosis', 'medication', 'social_information', 'date_of_birth'}
    idl = ''
    if ott:
        idl = T(lang, 'HCN ', 'Carte santé ') + fmt_hcn(p['hcn'], p['vc'], rng)
        types.add('ca_health_number')
    elif rng.random() < 0.6:
        idl = 'NAM ' + fmt_nam(p['nam'], rng)
        types.add('ramq_nam')
    rows = [[T(lang, 'Name', 'Nom'), pname(p, 'full')], [T(lang, 'DOB', 'DDN'), fmt_date(p['dob'], lang, rng)],
            [T(lang, 'Address', 'Adresse'), '%s, %s %s' % a], [T(lang, 'Phone', 'Tél.'), ph]]
    if idl:
        rows.append([T(lang, 'Health card', 'Carte santé'), idl])
    rows += [[T(lang, 'Diagnosis', 'Diagnostic'), dx_text(dd, lang)], [T(lang, 'Medications', 'Médicaments'), '; '.join(meds)],
             [T(lang, 'Social', 'Social'), social(rng, lang, p['sex'])],
             [T(lang, 'Request', 'Demande'), rng.choice(T(lang, ['nursing visit for daily weights and INR at home', 'med supervision + bath assistance 2x/week'],
                                                             ['visite infirmière pour pesée et RNI à domicile', 'supervision de la médication + aide au bain 2x/sem']))]]
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'New home care referral, discharge planned for %s:' % day_label(d + dt.timedelta(days=2), 'en'),
                      'Nouvelle demande de services à domicile, congé prévu %s :' % day_label(d + dt.timedelta(days=2), 'fr'))),
              ('table', None, rows), ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    return dict(s=s, to=[EXTERNAL['clsc'][1 if ott else 0][:2]], subject=T(lang, 'Home care referral', 'Demande SAD - congé'),
                blocks=blocks, types=types, note='home care referral with address, phone, diagnosis and social situation')


def p_homecare(w, rng, lang):
    d = w.date(rng)
    c = homecare_core(w, rng, lang, d)
    return mkspec(lang, staff_addr(c['s']), c['to'], c['subject'], c['blocks'], d, c['types'], c['note'], 'homecare_referral')


def p_family_message(w, rng, lang):
    d = w.date(rng)
    d0 = earlier(d, rng, (3, 48))
    p = rng.choice([x for x in w.qc if age_at(x['dob'], d) >= 55])
    rel_first = rng.choice(['Isabelle', 'Kevin', 'Nancy', 'Stéphane', 'Karen', 'Martin'])
    rel_mail = '%s.%s@courriel.example' % (ascii_fold(rel_first).lower(), ascii_fold(p['surname']).lower())
    dd = pick_dx(rng, ['hf', 'cad', 'valve', 'ep'])
    types = {'patient_name', 'diagnosis', 'social_information'}
    inner = [('p', T(lang, 'Hello,', 'Bonjour,')),
             ('p', T(lang, 'My %s %s has been on your unit since last week for %s. %s. Nobody has called us about the discharge plan and we are very worried '
                           'since we both work full time. Can someone call me? My number is %s.' % (
                               'father' if p['sex'] == 'M' else 'mother', pname(p, 'full'), dx_text(dd, lang),
                               rng.choice(['He has early dementia and forgets his pills', 'She lives alone since my father passed away', 'He drinks more since the divorce']),
                               w.phone(rng, 'qc')),
                     'Mon %s %s est hospitalisé%s à votre unité depuis la semaine passée pour %s. %s. Personne ne nous a appelés pour le plan de congé et on est très inquiets '
                     'parce qu\'on travaille tous les deux à temps plein. Quelqu\'un peut m\'appeler? Mon numéro est le %s.' % (
                         'père' if p['sex'] == 'M' else 'mère', pname(p, 'full'), '' if p['sex'] == 'M' else 'e', dx_text(dd, lang),
                         rng.choice(['Il a un début de démence et oublie ses pilules', 'Elle vit seule depuis le décès de mon père', 'Il boit plus depuis son divorce']),
                         w.phone(rng, 'qc')))),
             ('p', rel_first + ' ' + p['surname'])]
    s = w.st(rng.choice(['clerk', 'telecn', 'admin1']))
    to = [sa(w, rng.choice(['sw1', 'hf1', 'quality']))]
    blocks = [('p', greet(lang, rng, to[0][0].split(' ')[0])),
              ('p', rng.choice(T(lang, ['Can you handle this one? Family e-mail below.', 'Forwarding the family\'s message, they called twice already.'],
                                  ['Peux-tu t\'en occuper? Courriel de la famille ci-dessous.', 'Je transfère le message de la famille, ils ont déjà appelé deux fois.']))),
              sig(w, s, lang, rng),
              ('fwd', qmeta(lang, (rel_first + ' ' + p['surname'], rel_mail), [staff_addr(s)], d0,
                            T(lang, 'my %s' % ('father' if p['sex'] == 'M' else 'mother'), 'mon %s' % ('père' if p['sex'] == 'M' else 'mère')), rng), inner)]
    return mkspec(lang, staff_addr(s), to, fw_subject(T(lang, 'my %s' % ('father' if p['sex'] == 'M' else 'mother'),
                                                        'mon %s' % ('père' if p['sex'] == 'M' else 'mère')), lang, rng),
                  blocks, d, types, 'forwarded family e-mail naming inpatient, diagnosis, social context', 'family_message')


def p_peds(w, rng, lang):
    d = w.date(rng)
    p = w.pt_qc(rng, d, adult=False, child=True)
    s = w.st(rng.choice(['img', 'ep1', 'admin1']))
    dd = rng.choice(T(lang, ['repaired tetralogy of Fallot, now with severe pulmonary regurgitation', 'Kawasaki disease with a small LAD aneurysm',
                             'WPW with recurrent SVT', 'bicuspid aortic valve with moderate AS'],
                       ['tétralogie de Fallot opérée, insuffisance pulmonaire sévère', 'maladie de Kawasaki avec petit anévrisme de l\'IVA',
                        'WPW avec TSV récidivantes', 'bicuspidie aortique avec sténose modérée']))
    par = rng.choice(['Mélissa', 'Jonathan', 'Audrey', 'Patrick'])
    ph = w.phone(rng, 'qc')
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'patient_contact'}
    lines = [T(lang, 'Child: %s' % pname(p, 'full'), 'Enfant : %s' % pname(p, 'full')),
             'NAM: %s' % fmt_nam(p['nam'], rng),
             T(lang, 'DOB: %s (age %d)' % (fmt_date(p['dob'], lang, rng), age_at(p['dob'], d)), 'DDN : %s (%d ans)' % (fmt_date(p['dob'], lang, rng), age_at(p['dob'], d))),
             T(lang, 'Parent: %s, cell %s' % (par, ph), 'Parent : %s, cell. %s' % (par, ph)),
             T(lang, 'Diagnosis: %s' % dd, 'Diagnostic : %s' % dd)]
    if rng.random() < 0.5:
        lines.append(T(lang, 'Parents separated - shared custody, send copies to both addresses.',
                       'Parents séparés - garde partagée, envoyer les copies aux deux adresses.'))
        types.add('social_information')
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Referral to the paediatric cardiology clinic at the partner children\'s hospital:',
                      'Demande de consultation en cardiologie pédiatrique au centre pédiatrique partenaire :')),
              ('raw', '\n'.join(lines)), ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    to = [('Cardiologie pédiatrique - Accueil', 'cardioped@enfants-partenaire.example')]
    return mkspec(lang, staff_addr(s), to, T(lang, 'Paediatric cardiology referral', 'Référence cardiologie pédiatrique'), blocks, d, types,
                  'paediatric referral with child NAM, birth date and parent phone', 'paediatric_referral')


def p_vcard_patient(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['acrn', 'acrn2', 'hfrn']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    a = w.address(rng, 'on' if ott else 'qc')
    ph = w.phone(rng, 'on' if ott else 'qc')
    dd = pick_dx(rng, ['vka'])
    types = {'patient_name', 'patient_contact', 'diagnosis', 'medication'}
    note = T(lang, 'Home INR (CoaguChek) - %s - warfarin' % dx_text(dd, 'en', True), 'RNI à domicile (CoaguChek) - %s - warfarine' % dx_text(dd, 'fr', True))
    vc = make_vcard(pname(p, 'full'), (p['surname'], p['given']), tel=[('HOME', ph), ('CELL', w.phone(rng, 'on' if ott else 'qc'))],
                    email_='%s.%s@courriel.example' % (ascii_fold(p['given']).lower().replace(' ', ''), ascii_fold(p['surname']).lower().replace("'", '')),
                    adr=a, note=note)
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Contact card attached for the patient starting home INR self-testing (%s, on %s). Please add to the call list.' % (
                  dx_text(dd, lang), med_tr(rng.choice(MEDS['vka'][:3]), lang)),
                  'Fiche contact ci-jointe pour le patient qui débute l\'autosurveillance du RNI (%s, sous %s). SVP ajouter à la liste d\'appels.' % (
                  dx_text(dd, lang), med_tr(rng.choice(MEDS['vka'][:3]), lang)))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [sa(w, 'acrn2' if s['key'] != 'acrn2' else 'acrn')], T(lang, 'new home INR patient', 'nouveau patient RNI à domicile'),
                  blocks, d, types, 'vCard of a patient with home address and phones, indication in body', 'vcard_patient',
                  attachments=[att_vcf(vc, fname_safe(p['surname']) + '.vcf')])


def p_disguised_ids(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['fellow1', 'acrn', 'telecn', 'pharm1']))
    p = w.pt_qc(rng, d)
    dd = pick_dx(rng)
    types = {'lab_result', 'diagnosis'}
    if rng.random() < 0.7:
        idt = fmt_nam(p['nam'], rng, disguise=True)
        types.add('ramq_nam')
    else:
        idt = fmt_mrn(gen_mrn(rng), rng, lang)
        types.add('mrn')
    txt = rng.choice(T(lang, ['pt %s - %s, %s. pls review', 'for %s: %s / %s - ok to discharge?', '%s => %s, %s'],
                        ['pt %s - %s, %s. svp réviser', 'pour %s : %s / %s - ok pour congé?', '%s => %s, %s']))
    txt = txt % (idt, dx_text(dd, lang, terse=True), ', '.join(lab_bits(rng, lang, 2)))
    if rng.random() < 0.4:
        txt += ', ' + pick_meds(rng, dd[0], 1, lang)[0]
        types.add('medication')
    blocks = [('p', txt), ('p', s['first'])]
    to = [sa(w, rng.choice(['hf1', 'thr', 'ccu', 'int1']))]
    return mkspec(lang, staff_addr(s), to, rng.choice(['?', T(lang, 'quick question', 'petite question'), 'labs', T(lang, 'review pls', 'à réviser')]),
                  blocks, d, types, 'identifier written in disguised form, no name, with labs', 'disguised_identifier', mode='plain')


def p_mortality_review(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['quality', 'cs1', 'cs2']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    mrn = gen_mrn(rng)
    types = {'patient_name', 'mrn', 'diagnosis', 'lab_result'}
    op = (d - dt.timedelta(days=rng.randint(10, 40))).date()
    items = [T(lang, 'Case: %s, %s, %d y' % (pname(p, 'SF'), fmt_mrn(mrn, rng, lang), age_at(p['dob'], d)),
               'Cas : %s, %s, %d ans' % (pname(p, 'SF'), fmt_mrn(mrn, rng, lang), age_at(p['dob'], d))),
             T(lang, 'Procedure %s: CABG x%d + MV repair. POD1 lactate %s, POD2 VF arrest, death after 40 min of resuscitation.' % (
                 op.isoformat(), rng.randint(2, 4), num(rng.uniform(4.0, 9.5), lang)),
               'Chirurgie le %s : PAC x%d + plastie mitrale. J1 lactate %s, J2 arrêt en FV, décès après 40 min de réanimation.' % (
                 op.isoformat(), rng.randint(2, 4), num(rng.uniform(4.0, 9.5), lang))),
             T(lang, 'Peak troponin %s ng/L, K %s on POD2 morning.' % (thou(rng.randint(3000, 25000), lang, rng), num(rng.uniform(2.8, 3.3), lang)),
               'Tropo max %s ng/L, K %s le matin de J2.' % (thou(rng.randint(3000, 25000), lang), num(rng.uniform(2.8, 3.3), lang)))]
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Case selected for next week\'s M&M, summary below so the team can review the chart beforehand:',
                      'Cas retenu pour la revue de mortalité de la semaine prochaine, résumé ci-dessous pour révision du dossier :')),
              ('ul', items), ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    to = [('M&M Cardiac Surgery', 'mm-cardiacsurgery@' + DOM)]
    return mkspec(lang, staff_addr(s), to, T(lang, 'M&M - case for review', 'Revue M&M - cas à réviser'), blocks, d, types,
                  'mortality review naming patient with chart number and labs', 'mortality_review')


def p_interpreter(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['sched', 'sched2', 'hfnp']))
    ott = s['site'] == 'ott'
    p = w.pt_on(rng) if ott else w.pt_qc(rng, d)
    lng = rng.choice(T(lang, ['Tamil', 'Arabic', 'Spanish', 'Haitian Creole', 'Mandarin', 'Dari'], ['tamoul', 'arabe', 'espagnol', 'créole haïtien', 'mandarin', 'dari']))
    appt = (d + dt.timedelta(days=rng.randint(3, 15))).replace(hour=rng.choice([9, 10, 13, 14]), minute=0)
    while appt.weekday() >= 5:
        appt += dt.timedelta(days=1)
    clinic = rng.choice(T(lang, ['Heart Failure Clinic', 'Anticoagulation Clinic', 'Arrhythmia Clinic'], ['Clinique d\'insuffisance cardiaque', 'Clinique d\'anticoagulation', 'Clinique d\'arythmie']))
    types = {'patient_name', 'patient_contact', 'social_information', 'diagnosis'}
    ph = w.phone(rng, 'on' if ott else 'qc')
    lines = [T(lang, 'Patient: %s' % pname(p, rng.choice(['full', 'ti_en'])), 'Patient : %s' % pname(p, rng.choice(['full', 'ti_fr']))),
             T(lang, 'Language: %s' % lng, 'Langue : %s' % lng),
             T(lang, 'Appointment: %s at %02d:00, %s (%s)' % (day_label(appt, lang), appt.hour, clinic, SITES['ott' if ott else 'mtl'][lang]),
               'Rendez-vous : %s à %d h, %s (%s)' % (day_label(appt, lang), appt.hour, clinic, SITES['ott' if ott else 'mtl'][lang])),
             T(lang, 'Patient phone (for 3-way call if needed): %s' % ph, 'Tél. du patient (appel à trois au besoin) : %s' % ph),
             T(lang, 'Context: new diagnosis of %s, teaching visit' % dx_text(pick_dx(rng, ['hf', 'af']), lang),
               'Contexte : nouveau diagnostic de %s, visite d\'enseignement' % dx_text(pick_dx(rng, ['hf', 'af']), lang))]
    blocks = [('p', greet(lang, rng)), ('p', T(lang, 'Interpreter request:', 'Demande d\'interprète :')), ('raw', '\n'.join(lines)),
              ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [ext(rng, 'interp')], T(lang, 'Interpreter booking - %s' % lng, 'Réservation interprète - %s' % lng), blocks, d, types,
                  'interpreter booking with name, language need, phone, diagnosis', 'interpreter_booking')


def labcrit_core(w, rng, lang, d):
    s = w.st(rng.choice(['acrn', 'pharm1', 'fellow1', 'hfnp']))
    p = w.pt_qc(rng, d)
    types = {'patient_name', 'lab_result', 'date_of_birth'}
    which = rng.choice(['K', 'INR', 'dig'])
    if which == 'K':
        val = T(lang, 'potassium %s mmol/L (critical)' % num(rng.uniform(6.2, 7.1), lang), 'potassium %s mmol/L (critique)' % num(rng.uniform(6.2, 7.1), lang))
        med = med_tr(rng.choice(['spironolactone 25 mg daily', 'sacubitril/valsartan 97/103 mg BID']), lang)
    elif which == 'INR':
        val = T(lang, 'INR %s (critical)' % num(rng.uniform(6.0, 9.9), lang), 'RNI %s (critique)' % num(rng.uniform(6.0, 9.9), lang))
        med = med_tr('warfarin 5 mg daily', lang)
    else:
        val = T(lang, 'digoxin level %s nmol/L' % num(rng.uniform(2.8, 4.0), lang), 'digoxinémie %s nmol/L' % num(rng.uniform(2.8, 4.0), lang))
        med = med_tr('digoxin 0.125 mg daily', lang).replace('0.125', '0,125' if lang == 'fr' else '0.125')
    types.add('medication')
    lines = [T(lang, 'Patient: %s, DOB %s' % (pname(p, rng.choice(['full', 'SF'])), fmt_date(p['dob'], lang, rng)),
               'Patient : %s, DDN %s' % (pname(p, rng.choice(['full', 'SF'])), fmt_date(p['dob'], lang, rng))),
             T(lang, 'Result: %s, drawn %s' % (val, earlier(d, rng, (1, 4)).strftime('%Y-%m-%d %H:%M')),
               'Résultat : %s, prélevé %s' % (val, earlier(d, rng, (1, 4)).strftime('%Y-%m-%d %H:%M'))),
             T(lang, 'Current medication: %s' % med, 'Médication actuelle : %s' % med)]
    if rng.random() < 0.45:
        lines.insert(1, 'NAM: ' + fmt_nam(p['nam'], rng))
        types.add('ramq_nam')
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Critical result for your patient - we could not reach the clinic by phone:',
                      'Résultat critique pour votre patient(e) - impossible de joindre la clinique par téléphone :')),
              ('raw', '\n'.join(lines)),
              ('p', T(lang, 'Please confirm receipt and management plan.', 'SVP confirmer la réception et la conduite.')), sig(w, s, lang, rng)]
    return dict(s=s, to=[ext(rng, 'gp_qc')], subject=T(lang, 'CRITICAL RESULT - please call', 'RÉSULTAT CRITIQUE - SVP rappeler'),
                blocks=blocks, types=types, note='critical lab value notification with name and DOB')


def p_lab_critical(w, rng, lang):
    d = w.date(rng)
    c = labcrit_core(w, rng, lang, d)
    return mkspec(lang, staff_addr(c['s']), c['to'], c['subject'], c['blocks'], d, c['types'], c['note'], 'critical_lab',
                  headers=[('X-Priority', '1')] if rng.random() < 0.5 else [])


POSITIVE_TEMPLATES = [
    p_telemetry, p_inr, p_troponin, p_device_report, p_remote_alert, p_hf_letter, p_transport, p_appointment_ics,
    p_anticoag_xlsx, p_rehab_csv, p_zip_export, p_fwd_eml, p_reply_quote, p_research_screening, p_social_work,
    p_billing_be, p_billing_fr, p_ontario_referral, p_medrec, p_cath_list, p_terse_handover, p_subject_only,
    p_filename_attach, p_tavi_waitlist, p_homecare, p_family_message, p_peds, p_vcard_patient, p_disguised_ids,
    p_mortality_review, p_interpreter, p_lab_critical,
]


# ================================================================= NEGATIVE templates
def md_list(w, keys=None):
    keys = keys or [k for k in sorted(w.staff) if w.staff[k]['md']]
    return [w.staff[k] for k in keys]


def dev_serial(rng, nam_like=False):
    if nam_like:
        # looks like a RAMQ NAM (4 letters + 8 digits) but is a device serial number
        return rng.choice(['HLXR', 'CLXH', 'VRSA', 'NPOR']) + '%02d%02d%02d%02d' % (
            rng.randint(18, 24), rng.randint(1, 62), rng.randint(1, 28), rng.randint(10, 99))
    return '%s%s%s' % (rng.choice(['VRS', 'CLX', 'NPX', 'HLX']), gen_luhn_serial(rng, 6), rng.choice('HKRT'))


def n_device_recall(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['bme1', 'bme2', 'ep2', 'devrn']))
    dev = rng.choice(DEVICES[1:3] + DEVICES[:1])
    fsn = 'FSN-%d-%03d' % (d.year, rng.randint(40, 300))
    n_impl = rng.randint(6, 48)
    serials = [dev_serial(rng, nam_like=rng.random() < 0.4) for _ in range(rng.randint(6, 14))]
    rows = [[sn, dev[3], rng.choice(['Lot A%05d' % rng.randint(10000, 99999), 'Lot B%05d' % rng.randint(10000, 99999)]),
             rng.choice(T(lang, ['shelf stock, Cath Lab 2', 'shelf stock, EP lab', 'consignment', 'returned to vendor'],
                             ['stock, salle 2', 'stock, labo EP', 'consignation', 'retourné au fournisseur']))] for sn in serials]
    hdr = T(lang, ['Serial no.', 'Model', 'Lot', 'Location'], ['No de série', 'Modèle', 'Lot', 'Emplacement'])
    body = T(lang, '%s has issued field safety notice %s for %s devices (model %s): possible premature battery depletion after a rare '
                   'short-circuit. Our site has %d implanted devices in the affected range; the device clinic will contact those patients '
                   'directly through the usual process. Unimplanted units listed below are quarantined - do not use.' % (
                       dev[0].split()[0], fsn, dev[0], dev[3], n_impl),
             '%s a publié l\'avis de sécurité %s pour les dispositifs %s (modèle %s) : épuisement prématuré possible de la pile après un '
             'court-circuit rare. Notre site compte %d dispositifs implantés dans la plage visée; la clinique des dispositifs communiquera '
             'avec les patients selon le processus habituel. Les unités non implantées ci-dessous sont en quarantaine - ne pas utiliser.' % (
                 dev[0].split()[0], fsn, dev[0], dev[3], n_impl))
    blocks = [('p', greet(lang, rng)), ('p', body)]
    atts = []
    if rng.random() < 0.5:
        blocks.append(('table', hdr, rows))
    else:
        blocks.append(('p', T(lang, 'Serial list in the attached notice.', 'Liste des numéros de série dans l\'avis ci-joint.')))
        atts.append(att_pdf(make_pdf('%s - %s' % (fsn, dev[0]), [body, ('table', hdr, rows),
                                                                 T(lang, 'Recommended action: enable battery alert, remote follow-up every 3 months.',
                                                                   'Action recommandée : activer l\'alerte de pile, suivi à distance aux 3 mois.'),
                                                                 ('small', 'Manufacturer reference %s. Vendor contact 1-800-555-0142.' % fsn)]),
                            fsn + '.pdf'))
    blocks += [('p', T(lang, 'Recommended programming changes were reviewed by %s.' % staff_name(w.st('ep1'), lang),
                       'Les changements de programmation recommandés ont été revus par %s.' % staff_name(w.st('ep1'), lang))),
               ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    to = [('EP / Device Clinic', 'ep-devices@' + DOM), sa(w, 'cathmgr')]
    return mkspec(lang, staff_addr(s), to, T(lang, 'Device advisory %s - %s' % (fsn, dev[0]), 'Avis de sécurité %s - %s' % (fsn, dev[0])), blocks, d, [],
                  'device recall notice with serial numbers (some NAM-shaped), patient counts only', 'device_recall', attachments=atts)


def n_biomed_firmware(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['bme1', 'bme2', 'it2']))
    unit = rng.choice(['4W', 'C6', 'CCU'])
    rows = []
    for i in range(rng.randint(8, 16)):
        rows.append(['BME-%s' % gen_luhn_serial(rng, 6), 'TX-%d%s' % (rng.randint(1000, 9999), rng.choice('ABC')),
                     dev_serial(rng, nam_like=rng.random() < 0.25), rng.choice(['3.2.1', '3.2.1', '3.1.9']), rng.choice(['OK', T(lang, 'pending', 'à faire')])])
    hdr = T(lang, ['Asset tag', 'Transmitter', 'Serial', 'Firmware', 'Status'], ['Étiquette', 'Émetteur', 'No série', 'Micrologiciel', 'Statut'])
    win = (d + dt.timedelta(days=rng.randint(2, 9))).replace(hour=rng.choice([1, 2, 22]), minute=0)
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Firmware 3.2.1 will be pushed to the telemetry transmitters on %s starting %02d:00. Expect up to 4 minutes of signal loss per pack; '
                            'the central station will show "NO TELEMETRY" during the restart. Please keep one nurse at the central station.' % (unit, win.hour),
                      'Le micrologiciel 3.2.1 sera déployé sur les émetteurs de télémétrie de %s à partir de %02d h. Prévoir jusqu\'à 4 minutes de perte de signal '
                      'par émetteur; la centrale affichera « PAS DE TÉLÉMÉTRIE » pendant le redémarrage. SVP garder une infirmière à la centrale.' % (unit, win.hour))),
              ('p', day_label(win, lang))]
    atts = []
    if rng.random() < 0.5:
        blocks.append(('table', hdr, rows))
    else:
        atts.append(att_xlsx(make_xlsx([('transmitters', [hdr] + rows)]), 'telemetry_fw_%s.xlsx' % unit))
    blocks += [('p', T(lang, 'Work order WO-%d.' % rng.randint(200000, 299999), 'Bon de travail BT-%d.' % rng.randint(200000, 299999))), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [sa(w, 'telecn' if unit != 'C6' else 'telecn2'), sa(w, 'it2')],
                  T(lang, 'Telemetry transmitter firmware update - %s' % unit, 'Mise à jour émetteurs télémétrie - %s' % unit), blocks, d, [],
                  'biomed firmware update with asset tags and serials', 'biomed_firmware', attachments=atts)


def n_protocol_amendment(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['rc1', 'rc2']))
    study = rng.choice(['REVIVE-HF', 'ANTICOAG-FRAIL', 'PULSE-AF', 'HEART-SHIFT'])
    amend = rng.randint(2, 5)
    items = [('h', T(lang, 'Summary of changes', 'Résumé des modifications')),
             T(lang, '1. Inclusion criterion 3 revised: LVEF <= 40% (was <= 35%) and NT-proBNP >= 600 pg/mL (>= 900 pg/mL if in atrial fibrillation).',
               '1. Critère d\'inclusion 3 modifié : FEVG <= 40 % (auparavant <= 35 %) et NT-proBNP >= 600 pg/mL (>= 900 pg/mL si fibrillation auriculaire).'),
             T(lang, '2. Exclusion: eGFR < 25 mL/min/1.73m2; concomitant strong CYP3A4 inhibitors; mechanical heart valve.',
               '2. Exclusion : DFGe < 25 mL/min/1,73m2; inhibiteurs puissants du CYP3A4; valve cardiaque mécanique.'),
             T(lang, '3. Study drug dose: 10 mg daily, reduce to 5 mg if potassium > 5.5 mmol/L; safety labs at weeks 2, 4 and 12.',
               '3. Dose du médicament à l\'étude : 10 mg DIE, réduire à 5 mg si potassium > 5,5 mmol/L; bilans de sécurité aux semaines 2, 4 et 12.'),
             T(lang, '4. Sample size increased from 1,200 to 1,450 participants across 38 sites.',
               '4. Taille d\'échantillon augmentée de 1 200 à 1 450 participants dans 38 sites.'),
             ('table', T(lang, ['Document', 'Version', 'Date'], ['Document', 'Version', 'Date']),
              [[T(lang, 'Protocol', 'Protocole'), '%d.0' % (amend + 1), d.date().isoformat()],
               [T(lang, 'Main consent form', 'Formulaire de consentement principal'), '%d.1' % amend, d.date().isoformat()],
               ['Investigator Brochure', 'Ed. %d' % rng.randint(6, 11), '%d-%02d-01' % (d.year - 1, rng.randint(1, 12))]])]
    doc = make_docx('%s - %s %d' % (study, T(lang, 'Protocol Amendment', 'Amendement au protocole'), amend), items, 'Northstar Clinical Research')
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Amendment %d to the %s protocol was approved by the REB (file REB-%d-%04d). Summary attached. All currently enrolled participants '
                            'must be re-consented at their next visit using consent v%d.1.' % (amend, study, d.year, rng.randint(100, 9999), amend),
                      'L\'amendement %d au protocole %s a été approuvé par le CER (dossier CER-%d-%04d). Résumé ci-joint. Tous les participants déjà recrutés '
                      'doivent signer le consentement v%d.1 à leur prochaine visite.' % (amend, study, d.year, rng.randint(100, 9999), amend))),
              ('p', T(lang, 'PI: %s. Sponsor protocol no. NS-%d-%03d.' % (staff_name(w.st('hf1'), lang), rng.randint(2021, 2024), rng.randint(1, 999)),
                      'Chercheuse principale : %s. No protocole promoteur NS-%d-%03d.' % (staff_name(w.st('hf1'), lang), rng.randint(2021, 2024), rng.randint(1, 999)))),
              sig(w, s, lang, rng)]
    to = [('Cardiovascular Research Unit', 'cru@' + DOM)] + [sa(w, k) for k in ('hf1', 'hf2')]
    return mkspec(lang, staff_addr(s), to, '%s - %s %d' % (study, T(lang, 'Amendment', 'Amendement'), amend), blocks, d, [],
                  'research protocol amendment with criteria and doses, no participants', 'protocol_amendment',
                  attachments=[att_docx(doc, '%s_amendment_%d_summary.docx' % (study, amend))])


def n_reb_notice(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['rc1', 'grants']))
    pi = rng.choice(md_list(w))
    study = rng.choice(['Apixaban dosing in frail elderly AF', 'Early SGLT2i after acute HF', 'Remote monitoring after TAVI', 'Cardiac rehab via videoconference'])
    ref = 'REB-%d-%04d' % (d.year, rng.randint(100, 9999))
    blocks = [('p', greet(lang, rng, staff_name(pi, lang))),
              ('p', T(lang, 'The Research Ethics Board granted continuing approval for "%s" (%s) until %s. Approved documents: protocol v4.0, consent form v3.2 (English and French), '
                            'recruitment poster v1.1. Please note the annual report is now due 30 days before expiry.' % (study, ref, (d + dt.timedelta(days=365)).date().isoformat()),
                      'Le Comité d\'éthique de la recherche a renouvelé l\'approbation du projet « %s » (%s) jusqu\'au %s. Documents approuvés : protocole v4.0, formulaire de consentement v3.2 '
                      '(français et anglais), affiche de recrutement v1.1. Le rapport annuel doit maintenant être déposé 30 jours avant l\'échéance.' % (study, ref, (d + dt.timedelta(days=365)).date().isoformat()))),
              ('p', T(lang, 'Enrolment to date: %d participants (target %d). No serious unexpected adverse events reported this period.' % (rng.randint(10, 300), rng.randint(300, 600)),
                      'Recrutement à ce jour : %d participants (cible %d). Aucun événement indésirable grave inattendu déclaré pour la période.' % (rng.randint(10, 300), rng.randint(300, 600)))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [staff_addr(pi)], T(lang, 'REB continuing approval - %s' % ref, 'Renouvellement CER - %s' % ref), blocks, d, [],
                  'REB approval notice with protocol numbers and aggregate enrolment', 'reb_notice')


TALKS = [('Anticoagulation after TAVI: who, when and for how long?', 'Anticoagulation après TAVI : qui, quand et combien de temps?'),
         ('Cardiac amyloidosis in 2025: from red flags to tafamidis', 'Amylose cardiaque en 2025 : des signaux d\'alarme au tafamidis'),
         ('Conduction system pacing - hype or the new standard?', 'Stimulation du système de conduction : mode ou nouveau standard?'),
         ('Managing INR above 5 without bleeding', 'Prise en charge d\'un RNI supérieur à 5 sans saignement'),
         ('hs-troponin 0/1 h algorithm: lessons from our first year', 'Algorithme tropo HS 0/1 h : leçons de notre première année'),
         ('SGLT2 inhibitors across the ejection-fraction spectrum', 'Les iSGLT2 dans tout le spectre de la fraction d\'éjection'),
         ('Post-CABG atrial fibrillation: prevention bundle results', 'FA post-PAC : résultats de l\'ensemble de prévention'),
         ('Cardio-oncology: checkpoint inhibitor myocarditis', 'Cardio-oncologie : myocardite aux inhibiteurs de points de contrôle')]


def n_grand_rounds(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['admin1', 'comms', 'fellow1']))
    sessions = []
    day = (d + dt.timedelta(days=(3 - d.weekday()) % 7 or 7)).replace(hour=8, minute=0)
    speakers = rng.sample(md_list(w), 4)
    talks = rng.sample(TALKS, 4)
    rows = []
    for i in range(4):
        when = day + dt.timedelta(days=7 * i)
        rows.append([when.date().isoformat(), '08:00-09:00', staff_name(speakers[i], lang), T(lang, talks[i][0], talks[i][1])])
    hdr = T(lang, ['Date', 'Time', 'Speaker', 'Topic'], ['Date', 'Heure', 'Conférencier(ère)', 'Sujet'])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Cardiology Grand Rounds programme for the coming month. Amphitheatre B-120 (Montréal) with live link to the Rideau Heart Pavilion auditorium. '
                            '1 Section 1 credit per session (Royal College MOC).',
                      'Programme des grandes conférences de cardiologie du mois. Amphithéâtre B-120 (Montréal) avec lien en direct vers l\'auditorium du Pavillon cardiaque Rideau. '
                      '1 crédit de section 1 par séance (MDC du Collège royal).')),
              ('table', hdr, rows),
              ('p', T(lang, 'Zoom: https://zoom.mbuhn.example/j/%d  (passcode %d)' % (rng.randint(10 ** 9, 10 ** 10 - 1), rng.randint(100000, 999999)),
                      'Zoom : https://zoom.mbuhn.example/j/%d  (code %d)' % (rng.randint(10 ** 9, 10 ** 10 - 1), rng.randint(100000, 999999)))),
              sig(w, s, lang, rng)]
    ics = make_ics('gr-%08x@%s' % (rng.getrandbits(32), DOM), day.replace(tzinfo=d.tzinfo), 60,
                   T(lang, 'Cardiology Grand Rounds - ', 'Grandes conférences de cardiologie - ') + rows[0][2], T(lang, talks[0][0], talks[0][1]),
                   'Amphitheatre B-120', staff_addr(s), [('Cardiology', 'cardiology-all@' + DOM)], d)
    kw = {'attachments': [att_ics(ics, 'grand_rounds.ics')]} if rng.random() < 0.5 else {'calendar': ics, 'mode': 'alt'}
    if rng.random() < 0.4:
        kw.setdefault('attachments', []).append(att_pdf(make_pdf(T(lang, 'Cardiology Grand Rounds', 'Grandes conférences de cardiologie'), [('table', hdr, rows)]),
                                                        'GR_programme_%s.pdf' % day.strftime('%Y%m')))
    return mkspec(lang, staff_addr(s), [('Cardiology - all staff', 'cardiology-all@' + DOM)],
                  T(lang, 'Grand Rounds - %s programme' % MONTHS_EN[day.month - 1], 'Grandes conférences - programme de %s' % MONTHS_FR[day.month - 1]),
                  blocks, d, [], 'grand rounds programme naming cardiologists and topics', 'grand_rounds', **kw)


def n_cathlab_util(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['cathmgr', 'cathmgr2', 'quality']))
    mon = MONTHS_EN[(d.month - 2) % 12] if lang == 'en' else MONTHS_FR[(d.month - 2) % 12]
    rooms = [[T(lang, 'Room %d' % i, 'Salle %d' % i), rng.randint(80, 190), num(rng.uniform(120, 190), lang), '%d%%' % rng.randint(62, 97), rng.randint(0, 9)]
             for i in (1, 2, 3)]
    hdr_r = T(lang, ['Room', 'Cases', 'Hours used', 'Utilisation', 'Late starts'], ['Salle', 'Cas', 'Heures', 'Utilisation', 'Retards'])
    ops = []
    for m in [w.st('int1'), w.st('int2')] + rng.sample([w.st('ep1'), w.st('ep2'), w.st('hf2'), w.st('ccu')], 2):
        ops.append([staff_name(m, lang), rng.randint(20, 120), rng.randint(8, 70), '%d%%' % rng.randint(80, 99), rng.randint(52, 95)])
    hdr_o = T(lang, ['Operator', 'Diagnostic caths', 'PCIs', 'Radial access', 'Median D2B (min)'],
              ['Opérateur', 'Coros diagnostiques', 'ICP', 'Accès radial', 'Délai porte-ballon médian (min)'])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Cath lab utilisation report for %s. STEMI activations: %d (%d false positives). Contrast nephropathy rate %s%%.' % (
                  mon, rng.randint(15, 45), rng.randint(1, 6), num(rng.uniform(1, 5), lang)),
                      'Rapport d\'utilisation de l\'hémodynamie pour %s. Activations STEMI : %d (%d faux positifs). Taux de néphropathie au contraste %s %%.' % (
                  mon, rng.randint(15, 45), rng.randint(1, 6), num(rng.uniform(1, 5), lang))))]
    atts = []
    if rng.random() < 0.5:
        blocks += [('table', hdr_r, rooms), ('table', hdr_o, ops)]
    else:
        blocks.append(('p', T(lang, 'Details by room and operator in the attached workbook.', 'Détails par salle et par opérateur dans le classeur ci-joint.')))
        atts.append(att_xlsx(make_xlsx([(T(lang, 'rooms', 'salles'), [hdr_r] + rooms), (T(lang, 'operators', 'operateurs'), [hdr_o] + ops)]),
                             'cathlab_utilisation_%s.xlsx' % d.strftime('%Y-%m')))
    blocks += [sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [sa(w, 'int1'), sa(w, 'int2'), sa(w, 'quality')],
                  T(lang, 'Cath lab utilisation - %s' % mon, 'Utilisation hémodynamie - %s' % mon), blocks, d, [],
                  'cath-lab utilisation aggregates by room and operator', 'cathlab_utilisation', attachments=atts)


def n_oncall(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['admin1', 'sched']))
    mds = md_list(w)
    start = d.date() + dt.timedelta(days=(7 - d.weekday()))
    rows = []
    for i in range(14):
        day = start + dt.timedelta(days=i)
        a, b = rng.sample(mds, 2)
        rows.append([day.isoformat(), (DAYS_EN if lang == 'en' else DAYS_FR)[day.weekday()][:3], staff_name(a, lang, False), staff_name(b, lang, False)])
    hdr = T(lang, ['Date', 'Day', 'Cardiology on call', 'Backup / Cath'], ['Date', 'Jour', 'Garde cardiologie', 'Renfort / Hémo'])
    cells = [[staff_name(m, lang, False), w.phone(rng, 'on' if m['site'] == 'ott' else 'qc')] for m in rng.sample(mds, 6)]
    blocks = [('p', greet(lang, rng)), ('p', T(lang, 'On-call schedule for the next two weeks. Swaps must go through me.',
                                               'Horaire de garde des deux prochaines semaines. Les échanges doivent passer par moi.')),
              ('table', hdr, rows), ('p', T(lang, 'Cell numbers (staff only, do not give to patients):', 'Cellulaires (usage interne seulement, ne pas donner aux patients) :')),
              ('table', None, cells), sig(w, s, lang, rng)]
    atts = []
    if rng.random() < 0.4:
        atts.append(att_xlsx(make_xlsx([('garde', [hdr] + rows)]), 'oncall_%s.xlsx' % start.strftime('%Y%m%d')))
    return mkspec(lang, staff_addr(s), [('Cardiology - physicians', 'cardio-md@' + DOM)], T(lang, 'On-call schedule', 'Horaire de garde'), blocks, d, [],
                  'physician on-call schedule with staff cell numbers', 'oncall_schedule', attachments=atts)


NURSES = ['Anika Roy', 'Benjamin Caron', 'Carla Mendes', 'Dominique Gagné', 'Elena Petrova', 'Frédéric Aubin', 'Gabrielle Simard',
          'Hassan El-Amin', 'Isabelle Poirier', 'Jordan McKay', 'Karine Lavoie', 'Liam O\'Connor', 'Maude Fortier', 'Noah Kim',
          'Océane Bouchard', 'Pascal Thériault', 'Rosalie Nadeau', 'Samira Haddou']


def n_nurse_roster(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['telecn', 'telecn2', 'clerk']))
    ns = rng.sample(NURSES, rng.randint(8, 12))
    start = d.date() + dt.timedelta(days=(7 - d.weekday()))
    hdr = [T(lang, 'Nurse', 'Infirmier(ère)'), T(lang, 'Employee #', 'Matricule')] + [(start + dt.timedelta(days=i)).strftime('%d/%m') for i in range(7)]
    rows = [[n, gen_luhn_serial(rng, 7)] + [rng.choice(['D', 'D', 'N', 'E', '-', '-', 'D12', 'N12']) for _ in range(7)] for n in ns]
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Telemetry schedule for the week of %s. D = 07-15, E = 15-23, N = 23-07. Still short one night nurse on Saturday - overtime available.' % start.isoformat(),
                      'Horaire de télémétrie pour la semaine du %s. J = 7-15, S = 15-23, N = 23-7. Il manque encore une infirmière de nuit samedi - temps supplémentaire disponible.' % start.isoformat()))]
    atts = []
    if rng.random() < 0.5:
        blocks.append(('table', hdr, rows))
    else:
        atts.append(att_xlsx(make_xlsx([('horaire', [hdr] + rows)]), 'tele_schedule_%s.xlsx' % start.strftime('%Y%m%d')))
    blocks.append(sig(w, s, lang, rng))
    return mkspec(lang, staff_addr(s), [(T(lang, 'Telemetry nursing staff', 'Personnel infirmier télémétrie'), 'tele-nursing@' + DOM)],
                  T(lang, 'Schedule week of %s' % start.isoformat(), 'Horaire semaine du %s' % start.isoformat()), blocks, d, [],
                  'nurse roster with employee numbers', 'staff_schedule', attachments=atts)


def n_leave_hr(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['hr1', 'hr2']))
    mgr = w.st(rng.choice(['cathmgr', 'telecn', 'cathmgr2', 'telecn2']))
    people = rng.sample(NURSES, 4)
    rows = []
    for n in people:
        a = (d + dt.timedelta(days=rng.randint(20, 120))).date()
        rows.append([n, a.isoformat(), (a + dt.timedelta(days=rng.choice([4, 9, 13]))).isoformat(),
                     rng.choice(T(lang, ['vacation', 'vacation', 'training', 'parental leave', 'personal day'], ['vacances', 'vacances', 'formation', 'congé parental', 'congé personnel'])),
                     rng.choice(T(lang, ['approved', 'approved', 'pending'], ['approuvé', 'approuvé', 'en attente']))])
    hdr = T(lang, ['Employee', 'From', 'To', 'Type', 'Status'], ['Employé(e)', 'Du', 'Au', 'Type', 'Statut'])
    blocks = [('p', greet(lang, rng, mgr['first'])),
              ('p', T(lang, 'Here is the status of the leave requests for your team in the HR system:', 'Voici le statut des demandes de congé de votre équipe dans le système RH :')),
              ('table', hdr, rows),
              ('p', T(lang, 'Reminder: summer vacation requests close on April 15. Replacement posting #%d for the parental leave is open until Friday.' % rng.randint(24000, 25999),
                      'Rappel : les demandes de vacances d\'été ferment le 15 avril. L\'affichage de remplacement no %d pour le congé parental est ouvert jusqu\'à vendredi.' % rng.randint(24000, 25999))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [staff_addr(mgr)], T(lang, 'Leave requests - your team', 'Demandes de congé - votre équipe'), blocks, d, [],
                  'HR leave requests for staff', 'hr_leave')


def n_occ_health(w, rng, lang):
    d = w.date(rng)
    s = w.st('occ')
    v = rng.random()
    if v < 0.4:
        emp = rng.choice(NURSES)
        mgr = w.st(rng.choice(['telecn', 'cathmgr']))
        rtw = (d + dt.timedelta(days=rng.randint(2, 10))).date()
        blocks = [('p', greet(lang, rng, mgr['first'])),
                  ('p', T(lang, '%s is cleared to return to work on %s with modified duties for 4 weeks: no lifting over 10 kg, no patient transfers, day shifts only. '
                                'Please plan the schedule accordingly. Details of the medical file remain with Occupational Health.' % (emp, rtw.isoformat()),
                          '%s est apte à un retour au travail le %s avec des tâches modifiées pendant 4 semaines : pas de charges de plus de 10 kg, pas de transferts de patients, '
                          'quarts de jour seulement. SVP ajuster l\'horaire. Les détails du dossier médical demeurent au Service de santé au travail.' % (emp, rtw.isoformat()))),
                  sig(w, s, lang, rng)]
        return mkspec(lang, staff_addr(s), [staff_addr(mgr)], T(lang, 'Return to work - modified duties', 'Retour au travail - tâches modifiées'), blocks, d, [],
                      'occupational health return-to-work for an employee (HR)', 'occupational_health')
    rows = [[(d + dt.timedelta(days=i)).date().isoformat(), rng.choice(['07:00-09:00', '11:30-13:30', '14:00-16:00', '22:30-00:30']),
             rng.choice(['4W', 'C6', 'CCU', T(lang, 'Cafeteria', 'Cafétéria'), 'Cath lab'])] for i in range(1, 6)]
    topic = rng.choice(T(lang, ['influenza and COVID-19 vaccination', 'N95 fit testing', 'TB skin test renewals'],
                           ['vaccination contre l\'influenza et la COVID-19', 'essais d\'ajustement N95', 'renouvellement des tests cutanés TB']))
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Occupational Health will offer %s for all staff on the units below. Bring your employee ID card. Coverage target: 80%%.' % topic,
                      'Le Service de santé au travail offrira %s à tout le personnel sur les unités ci-dessous. Apportez votre carte d\'employé. Cible de couverture : 80 %%.' % topic)),
              ('table', T(lang, ['Date', 'Time', 'Location'], ['Date', 'Heure', 'Lieu']), rows), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('All staff - Cardiac Sciences', 'cardiac-all@' + DOM)], T(lang, 'Staff clinic: ', 'Clinique employés : ') + topic, blocks, d, [],
                  'staff vaccination / fit testing clinic schedule', 'occupational_health')


def n_invoice(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['cathmgr', 'cathmgr2', 'admin1']))
    vend = rng.choice(EXTERNAL['vendor'])
    po = '45%08d' % rng.randint(0, 10 ** 8 - 1)
    items = [['REF-%d' % rng.randint(10000, 99999), rng.choice(['Drug-eluting stent 3.0 x 18 mm', 'Guide catheter 6F JL4', 'Introducer sheath 6F radial',
                                                              'PTCA balloon 2.5 x 12 mm', 'Pacing lead 52 cm', 'ICD header kit']),
              'LOT %s' % gen_luhn_serial(rng, 8), rng.randint(2, 40), '%.2f' % rng.uniform(35, 1900)] for _ in range(rng.randint(3, 7))]
    total = sum(r[3] * float(r[4]) for r in items)
    hdr = T(lang, ['Item', 'Description', 'Lot', 'Qty', 'Unit price'], ['Article', 'Description', 'Lot', 'Qté', 'Prix unitaire'])
    pdf = make_pdf(T(lang, 'Purchase order %s' % po, 'Bon de commande %s' % po),
                   [T(lang, 'Vendor: %s\nShip to: %s, %s' % (vend[2], SITES['mtl']['en'], SITES['mtl']['addr']),
                      'Fournisseur : %s\nLivrer à : %s, %s' % (vend[2], SITES['mtl']['fr'], SITES['mtl']['addr'])),
                    ('table', hdr, items), T(lang, 'Total before taxes: %.2f CAD' % total, 'Total avant taxes : %s $' % num(total, 'fr', 2)),
                    ('small', 'GST 12345 6789 RT0001 - QST 1234567890 TQ0001')])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Please find PO %s attached for consignment replenishment. Invoice #INV-%d from last month is still unpaid on our side because the lot numbers '
                            'did not match the packing slip - can you send a corrected copy?' % (po, rng.randint(100000, 999999)),
                      'Veuillez trouver ci-joint le bon de commande %s pour le réapprovisionnement en consignation. La facture INV-%d du mois dernier est bloquée chez nous parce que '
                      'les numéros de lot ne correspondaient pas au bordereau - pouvez-vous envoyer une copie corrigée?' % (po, rng.randint(100000, 999999)))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [vend[:2]], T(lang, 'PO %s' % po, 'Bon de commande %s' % po), blocks, d, [],
                  'purchase order / invoice with lot numbers', 'invoice_po', attachments=[att_pdf(pdf, 'PO_%s.pdf' % po)])


def n_it_downtime(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['it1', 'it2']))
    start = (d + dt.timedelta(days=rng.randint(3, 12))).replace(hour=rng.choice([0, 1, 2]), minute=0)
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'The Clinex EHR will be unavailable on %s from %02d:00 to %02d:30 for a planned upgrade (change CHG%07d).' % (
                  day_label(start, lang), start.hour, start.hour + 3, rng.randint(10 ** 6, 10 ** 7 - 1)),
                      'Le DCI Clinex sera indisponible le %s de %02d h à %02d h 30 pour une mise à niveau planifiée (changement CHG%07d).' % (
                  day_label(start, lang), start.hour, start.hour + 3, rng.randint(10 ** 6, 10 ** 7 - 1)))),
              ('ul', T(lang, ['Use the downtime forms in the red binder (lab requisitions, medication administration record).',
                              'Label every ECG and telemetry strip by hand with patient name, MRN and date of birth.',
                              'Read-only downtime viewer: https://bca.mbuhn.example (refreshed every 2 h).',
                              'Back-enter all orders within 4 hours after the system is restored.'],
                       ['Utiliser les formulaires de contingence du cartable rouge (requêtes de labo, FADM).',
                        'Identifier à la main chaque ECG et bande de télémétrie avec le nom, le numéro de dossier et la date de naissance du patient.',
                        'Consultation en lecture seule : https://bca.mbuhn.example (mise à jour aux 2 h).',
                        'Saisir toutes les ordonnances dans les 4 heures suivant le rétablissement.'])),
              ('p', T(lang, 'Service desk: ext. 5555 or servicedesk@mbuhn.example', 'Centre de services : poste 5555 ou servicedesk@mbuhn.example')),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('All users - Cardiac Sciences', 'cardiac-all@' + DOM)],
                  T(lang, 'Planned EHR downtime - %s' % start.date().isoformat(), 'Arrêt planifié du DCI - %s' % start.date().isoformat()), blocks, d, [],
                  'EHR downtime procedure (mentions identifier fields, no patient)', 'it_downtime', mode=rng.choice(['html', 'alt', 'plain']))


def n_it_phishing(w, rng, lang):
    d = w.date(rng)
    s = w.st('it1')
    inc = 'INC%07d' % rng.randint(10 ** 6, 10 ** 7 - 1)
    fake = T(lang, '"Your patient records export (412 files) is ready. Sign in within 24 h to keep access: http://mbuhn-secure-login.example/export"',
             '« Votre export de dossiers patients (412 fichiers) est prêt. Connectez-vous d\'ici 24 h pour conserver l\'accès : http://mbuhn-secure-login.example/export »')
    blocks = [('p', T(lang, 'SECURITY ALERT', 'ALERTE DE SÉCURITÉ')),
              ('p', T(lang, 'Several staff in Cardiology received the following phishing message this morning (ticket %s):' % inc,
                      'Plusieurs employés de cardiologie ont reçu ce matin le courriel d\'hameçonnage suivant (billet %s) :' % inc)),
              ('p', fake),
              ('p', T(lang, 'Do not click. If you entered your password, reset it immediately at https://password.mbuhn.example and call ext. 5555. '
                            'Reminder: we will never ask you to confirm your password, SIN or banking information by e-mail.',
                      'Ne cliquez pas. Si vous avez saisi votre mot de passe, réinitialisez-le immédiatement à https://password.mbuhn.example et appelez le poste 5555. '
                      'Rappel : nous ne vous demanderons jamais de confirmer votre mot de passe, votre NAS ou vos informations bancaires par courriel.')),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Cardiology - all staff', 'cardiology-all@' + DOM)], T(lang, '[SECURITY] Phishing alert - %s' % inc, '[SÉCURITÉ] Alerte hameçonnage - %s' % inc),
                  blocks, d, [], 'IT phishing alert', 'it_security', mode=rng.choice(['html', 'alt']))


def n_biomed_pm(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['bme1', 'bme2']))
    rows = []
    for _ in range(rng.randint(8, 15)):
        rows.append([gen_luhn_serial(rng, 8), rng.choice(['Defibrillator LifeGuard X3', 'Infusion pump VolTrak 5', 'ECG cart CardioScan 12', 'Telemetry central station',
                                                         'Temporary pacemaker TP-200', 'ACT analyzer']),
                     dev_serial(rng), rng.choice(['4W-12', 'C6-03', 'CCU-01', 'CATH-2', 'EP-1', 'ED-R4']),
                     (d - dt.timedelta(days=rng.randint(0, 20))).date().isoformat(), rng.choice(['PASS', 'PASS', 'PASS', 'FAIL - battery'])])
    hdr = T(lang, ['Asset #', 'Equipment', 'Serial', 'Location', 'PM date', 'Result'], ['No actif', 'Équipement', 'No série', 'Emplacement', 'Date EP', 'Résultat'])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Preventive maintenance completed this cycle. One defibrillator failed the battery test and was swapped with a loaner (asset tag on the yellow label).',
                      'Entretien préventif complété pour ce cycle. Un défibrillateur a échoué au test de batterie et a été remplacé par un appareil de prêt (étiquette jaune).')),
              ('table', hdr, rows), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [sa(w, 'telecn'), sa(w, 'cathmgr'), sa(w, 'quality')], T(lang, 'PM report - cardiac units', 'Rapport EP - unités cardiaques'),
                  blocks, d, [], 'biomedical preventive maintenance with asset and serial numbers', 'biomed_pm')


def n_job_posting(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['hr1', 'hr2']))
    post = rng.choice(T(lang, ['Nurse Clinician - Heart Failure Clinic', 'Cardiac Device Specialist', 'Clinical Research Coordinator - Cardiology', 'Kinesiologist - Cardiac Rehab'],
                          ['Infirmière clinicienne - Clinique d\'insuffisance cardiaque', 'Technologue en dispositifs cardiaques', 'Coordonnateur(trice) de recherche - cardiologie', 'Kinésiologue - réadaptation cardiaque']))
    num_ = 'P-%d-%04d' % (d.year, rng.randint(1, 9999))
    blocks = [('p', T(lang, 'Internal posting %s' % num_, 'Affichage interne %s' % num_)), ('p', post),
              ('ul', T(lang, ['Permanent full-time, days, Monday to Friday', 'Experience with heart failure, anticoagulation or device follow-up an asset',
                              'Bilingualism (English/French) required', 'Salary scale: $%d - $%d' % (rng.randint(60, 75) * 1000, rng.randint(90, 110) * 1000)],
                       ['Poste permanent temps complet, jour, du lundi au vendredi', 'Expérience en insuffisance cardiaque, anticoagulation ou suivi de dispositifs un atout',
                        'Bilinguisme (français/anglais) requis', 'Échelle salariale : %d $ - %d $' % (rng.randint(60, 75) * 1000, rng.randint(90, 110) * 1000)])),
              ('p', T(lang, 'Apply through the careers portal before %s.' % (d + dt.timedelta(days=14)).date().isoformat(),
                      'Postulez via le portail carrières avant le %s.' % (d + dt.timedelta(days=14)).date().isoformat())), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('All staff', 'all-staff@' + DOM)], T(lang, 'Job posting: ', 'Affichage de poste : ') + post, blocks, d, [],
                  'internal job posting', 'job_posting', mode=rng.choice(['html', 'alt', 'plain']))


def n_committee_agenda(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['quality', 'admin1', 'pharm1']))
    comm = rng.choice(T(lang, ['Pharmacy & Therapeutics Subcommittee - Cardiology', 'Cardiac Surgery Quality Committee', 'Telemetry Utilization Working Group'],
                          ['Sous-comité de pharmacologie - cardiologie', 'Comité qualité - chirurgie cardiaque', 'Groupe de travail sur l\'utilisation de la télémétrie']))
    when = (d + dt.timedelta(days=rng.randint(5, 20))).replace(hour=12, minute=0)
    items = T(lang, ['Approval of minutes', 'Formulary request: tafamidis for ATTR cardiomyopathy (presented by %s)' % staff_name(w.st('hf1'), lang),
                     'Heparin nomogram revision - pharmacy', 'Q3 indicators: deep sternal wound infection rate, return to OR', 'Telemetry order set: discontinuation criteria',
                     'Other business'],
              ['Adoption du procès-verbal', 'Demande au formulaire : tafamidis pour cardiomyopathie ATTR (présentée par %s)' % staff_name(w.st('hf1'), lang),
               'Révision du nomogramme d\'héparine - pharmacie', 'Indicateurs T3 : infection sternale profonde, retour au bloc', 'Ordonnance type télémétrie : critères d\'arrêt', 'Varia'])
    blocks = [('p', greet(lang, rng)), ('p', '%s - %s %s' % (comm, day_label(when, lang), '12:00-13:00')), ('ol', items),
              ('p', T(lang, 'Room C-402 / Teams link in the invitation.', 'Salle C-402 / lien Teams dans l\'invitation.')), sig(w, s, lang, rng)]
    ics = make_ics('cmt-%08x@%s' % (rng.getrandbits(32), DOM), when, 60, comm, '\n'.join(items), 'C-402', staff_addr(s),
                   [staff_addr(x) for x in rng.sample(md_list(w), 3)], d)
    return mkspec(lang, staff_addr(s), [staff_addr(x) for x in rng.sample(md_list(w), 3)] + [sa(w, 'pharm2')], T(lang, 'Agenda - ', 'Ordre du jour - ') + comm,
                  blocks, d, [], 'committee agenda with staff names', 'committee_notice',
                  **({'calendar': ics, 'mode': 'alt'} if rng.random() < 0.5 else {'attachments': [att_ics(ics, 'meeting.ics')]}))


def n_newsletter(w, rng, lang):
    d = w.date(rng)
    s = w.st('comms')
    newbie = rng.choice(md_list(w))
    blocks = [('p', T(lang, 'HEART MATTERS - Cardiac Sciences newsletter, %s %d' % (MONTHS_EN[d.month - 1], d.year),
                      'AU CŒUR DE L\'ACTION - Bulletin des sciences cardiaques, %s %d' % (MONTHS_FR[d.month - 1], d.year))),
              ('p', T(lang, 'Heart Failure Clinic: 30-day readmissions fell from 21%% to %d%% this year thanks to the nurse-led phone follow-up. Congratulations to %s and the team!' % (
                  rng.randint(12, 17), staff_name(w.st('hfnp'), lang, False)),
                      'Clinique d\'IC : les réadmissions à 30 jours sont passées de 21 %% à %d %% cette année grâce au suivi téléphonique infirmier. Bravo à %s et à l\'équipe!' % (
                  rng.randint(12, 17), staff_name(w.st('hfnp'), lang, False)))),
              ('p', T(lang, 'Welcome to %s, who joins us from Calgary and will lead the new cardio-oncology clinic.' % staff_name(newbie, lang),
                      'Bienvenue à %s, qui arrive de Calgary et dirigera la nouvelle clinique de cardio-oncologie.' % staff_name(newbie, lang))),
              ('ul', T(lang, ['Cardiac rehab now offers evening classes in Ottawa', 'Anticoagulation clinic time in therapeutic range: %d%%' % rng.randint(64, 78),
                              'Heart Month fundraising walk: %d participants, $%s raised' % (rng.randint(100, 600), thou(rng.randint(10000, 90000), 'en'))],
                       ['La réadaptation cardiaque offre maintenant des cours en soirée à Ottawa', 'Clinique d\'anticoagulation - temps dans l\'intervalle thérapeutique : %d %%' % rng.randint(64, 78),
                        'Marche du Mois du cœur : %d participants, %s $ amassés' % (rng.randint(100, 600), thou(rng.randint(10000, 90000), 'fr'))])),
              ('p', T(lang, 'To unsubscribe, reply with REMOVE.', 'Pour vous désabonner, répondez RETIRER.'))]
    return mkspec(lang, staff_addr(s), [('Cardiac Sciences', 'cardiac-all@' + DOM)], T(lang, 'Heart Matters newsletter', 'Bulletin Au cœur de l\'action'), blocks, d, [],
                  'newsletter with staff kudos and aggregates', 'newsletter', mode='html')


def n_blank_form(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['acrn', 'thr', 'pharm1']))
    items = [T(lang, 'Patient name: ______________________   RAMQ / Health card no.: ____ ____ ____   DOB (YYYY-MM-DD): __________',
               'Nom du patient : ______________________   NAM : ____ ____ ____   DDN (AAAA-MM-JJ) : __________'),
             T(lang, 'Indication: [ ] AF  [ ] VTE  [ ] Mechanical valve  [ ] Other ________   Target INR: ____',
               'Indication : [ ] FA  [ ] MTEV  [ ] Valve mécanique  [ ] Autre ________   RNI cible : ____'),
             ('table', T(lang, ['Date', 'INR', 'Weekly dose', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Next INR'],
                          ['Date', 'RNI', 'Dose hebdo', 'Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim', 'Prochain RNI']),
              [[''] * 11 for _ in range(8)]),
             ('h', T(lang, 'Dose adjustment guide (target 2.0-3.0)', 'Guide d\'ajustement (cible 2,0-3,0)')),
             ('table', T(lang, ['INR', 'Action'], ['RNI', 'Action']),
              [['< 1.5', T(lang, 'increase weekly dose by 10-20%', 'augmenter la dose hebdo de 10-20 %')],
               ['1.5-1.9', T(lang, 'increase weekly dose by 5-10%', 'augmenter de 5-10 %')],
               ['2.0-3.0', T(lang, 'no change', 'aucun changement')],
               ['3.1-4.9', T(lang, 'decrease by 5-15%, consider holding one dose', 'diminuer de 5-15 %, envisager de sauter une dose')],
               ['>= 5.0', T(lang, 'hold 1-2 doses, vitamin K 1-2.5 mg PO if bleeding risk', 'cesser 1-2 doses, vitamine K 1-2,5 mg PO si risque hémorragique')]])]
    title = T(lang, 'Warfarin Monitoring Record (form CARD-114)', 'Feuille de suivi de la warfarine (formulaire CARD-114)')
    if rng.random() < 0.5:
        att = att_docx(make_docx(title, items), 'CARD-114_%s.docx' % T(lang, 'warfarin_record', 'feuille_de_suivi_révisée'))
    else:
        att = att_pdf(make_pdf(title, items), 'CARD-114_rev%d.pdf' % rng.randint(3, 9))
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Attached is the revised blank warfarin monitoring form (rev. %s). Please discard old copies on the units.' % d.strftime('%Y-%m'),
                      'Ci-joint le formulaire vierge révisé de suivi de la warfarine (rév. %s). SVP jeter les anciennes copies sur les unités.' % d.strftime('%Y-%m'))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Nursing - Cardiac units', 'cardiac-nursing@' + DOM), ext(rng, 'pharm')], T(lang, 'Revised form CARD-114', 'Formulaire CARD-114 révisé'),
                  blocks, d, [], 'blank form with empty identifier fields and dosing guide', 'blank_form', attachments=[att])


def n_teaching_case(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['fellow1', 'fellow2', 'thr', 'ccu']))
    age = rng.randint(58, 88)
    sx = rng.choice(T(lang, ['man', 'woman'], ['homme', 'femme']))
    inr = num(rng.uniform(5.1, 8.8), lang)
    case = T(lang, 'A %d-year-old %s with a mechanical mitral valve on warfarin presents with melena. INR %s, Hb 84 g/L (baseline 128), HR 112, BP 98/60. '
                   'Recent course of clarithromycin. hs-TnT 38 -> 41 ng/L.' % (age, sx, inr),
             'Un(e) %s de %d ans porteur(se) d\'une valve mitrale mécanique sous warfarine consulte pour méléna. RNI %s, Hb 84 g/L (base 128), FC 112, TA 98/60. '
             'Prise récente de clarithromycine. Tropo HS 38 -> 41 ng/L.' % (sx, age, inr))
    qs = T(lang, ['What is the most likely interaction?', 'Would you give vitamin K, PCC, or both - and what dose?', 'When and how would you restart anticoagulation?'],
           ['Quelle est l\'interaction la plus probable?', 'Vitamine K, CCP ou les deux - et à quelle dose?', 'Quand et comment reprendre l\'anticoagulation?'])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Case for Thursday\'s fellows\' teaching session (fully anonymised, details changed):',
                      'Cas pour l\'enseignement des résidents de jeudi (entièrement anonymisé, détails modifiés) :')),
              ('p', case), ('ol', qs), ('p', thanks(lang, rng)), sig(w, s, lang, rng)]
    atts = []
    if rng.random() < 0.4:
        atts.append(att_pdf(make_pdf(T(lang, 'Teaching case - anticoagulation reversal', 'Cas d\'enseignement - renversement de l\'anticoagulation'), [case] + qs),
                            'teaching_case_%s.pdf' % d.strftime('%m%d')))
    return mkspec(lang, staff_addr(s), [('Cardiology fellows', 'cardio-fellows@' + DOM)], T(lang, 'Teaching case for Thursday', 'Cas clinique pour jeudi'),
                  blocks, d, [], 'anonymised teaching case with labs', 'teaching_case', attachments=atts)


def n_anticoag_quality(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['quality', 'thr', 'acrn']))
    rows = [[T(lang, 'clinic', 'clinique'), T(lang, 'quarter', 'trimestre'), 'patients', 'inr_tests', 'ttr_pct', 'inr_gt_5', 'major_bleeds', 'thrombo_events']]
    for clin in ['Kensington', 'Rideau', 'Lachine']:
        for q in ['Q1', 'Q2', 'Q3']:
            rows.append([clin, '%d-%s' % (d.year, q), rng.randint(180, 900), rng.randint(900, 5000), num(rng.uniform(58, 79), 'en'), rng.randint(3, 40), rng.randint(0, 6), rng.randint(0, 4)])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Quarterly anticoagulation quality indicators attached (aggregate, no patient-level data). TTR by Rosendaal method.',
                      'Indicateurs trimestriels de qualité en anticoagulation ci-joints (agrégés, aucune donnée nominative). TTR selon la méthode de Rosendaal.')),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [sa(w, 'thr'), sa(w, 'quality')], T(lang, 'Anticoag quality indicators', 'Indicateurs qualité anticoagulation'), blocks, d, [],
                  'aggregate TTR statistics CSV', 'anticoag_quality', attachments=[att_csv(make_csv(rows), 'anticoag_kpi_%d.csv' % d.year, rng)])


def n_lab_reference(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['ccu', 'int1', 'quality']))
    eff = (d + dt.timedelta(days=rng.randint(7, 30))).date()
    rows = [[T(lang, '0 h rule-out', 'Exclusion 0 h'), '< 5 ng/L', T(lang, 'if symptoms > 3 h', 'si symptômes > 3 h')],
            [T(lang, '0/1 h rule-out', 'Exclusion 0/1 h'), '< 12 ng/L ' + T(lang, 'and delta < 3', 'et delta < 3'), ''],
            [T(lang, '0/1 h rule-in', 'Inclusion 0/1 h'), '>= 52 ng/L ' + T(lang, 'or delta >= 5', 'ou delta >= 5'), ''],
            [T(lang, '99th percentile', '99e percentile'), T(lang, 'women 9 / men 16 ng/L', 'femmes 9 / hommes 16 ng/L'), '']]
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'As of %s the core lab switches to the new high-sensitivity troponin T assay. Results will be reported in ng/L with sex-specific 99th percentiles. '
                            'The ED chest pain pathway is updated as follows:' % eff.isoformat(),
                      'À compter du %s, le laboratoire central passe à la nouvelle trousse de troponine T hypersensible. Les résultats seront rapportés en ng/L avec des 99e percentiles '
                      'selon le sexe. L\'algorithme de douleur thoracique de l\'urgence est modifié comme suit :' % eff.isoformat())),
              ('table', T(lang, ['Step', 'Threshold', 'Comment'], ['Étape', 'Seuil', 'Commentaire']), rows),
              ('p', T(lang, 'Questions: %s (clinical) or the lab at ext. 4410.' % staff_name(w.st('ccu'), lang),
                      'Questions : %s (clinique) ou le laboratoire au poste 4410.' % staff_name(w.st('ccu'), lang))), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Emergency & Cardiology physicians', 'ed-cardio-md@' + DOM)], T(lang, 'New hs-troponin assay and thresholds', 'Nouvelle trousse de tropo HS et seuils'),
                  blocks, d, [], 'lab reference change memo with thresholds', 'lab_reference_update')


def n_pharmacy_bulletin(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['pharm1', 'pharm2']))
    short = rng.choice(['dabigatran 110 mg', 'ticagrelor 90 mg', 'metoprolol 25 mg', 'digoxin 0.125 mg'])
    rows = [['apixaban 5 mg BID', T(lang, '2.5 mg BID if >= 2 of: age >= 80, weight <= 60 kg, Cr >= 133 umol/L', '2,5 mg BID si >= 2 critères : âge >= 80, poids <= 60 kg, créat >= 133 umol/L'), 'DIN 0%07d' % rng.randint(10 ** 6, 10 ** 7 - 1)],
            ['rivaroxaban 20 mg daily', T(lang, '15 mg daily if CrCl 15-49 mL/min', '15 mg DIE si ClCr 15-49 mL/min'), 'DIN 0%07d' % rng.randint(10 ** 6, 10 ** 7 - 1)],
            ['edoxaban 60 mg daily', T(lang, '30 mg daily if CrCl 15-50, weight <= 60 kg', '30 mg DIE si ClCr 15-50, poids <= 60 kg'), 'DIN 0%07d' % rng.randint(10 ** 6, 10 ** 7 - 1)]]
    blocks = [('p', T(lang, 'PHARMACY BULLETIN - DRUG SHORTAGE', 'BULLETIN DE PHARMACIE - PÉNURIE')),
              ('p', T(lang, '%s is on national back-order until at least %s. Do not start new patients on it; for patients already on therapy, the pharmacy will substitute per the table below.' % (
                  short, MONTHS_EN[(d.month + 2) % 12]),
                      '%s est en rupture nationale jusqu\'en %s au moins. Ne pas débuter de nouveaux patients; pour les patients déjà traités, la pharmacie substituera selon le tableau.' % (
                  med_tr(short, 'fr'), MONTHS_FR[(d.month + 2) % 12]))),
              ('table', T(lang, ['Alternative', 'Dose adjustment', 'DIN'], ['Alternative', 'Ajustement', 'DIN']), rows), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Prescribers - Cardiology', 'cardio-prescribers@' + DOM)], T(lang, 'Drug shortage: %s' % short, 'Pénurie : %s' % med_tr(short, 'fr')),
                  blocks, d, [], 'pharmacy shortage bulletin with dosing and DINs', 'pharmacy_bulletin', mode=rng.choice(['html', 'alt', 'plain']))


def n_grant_office(w, rng, lang):
    d = w.date(rng)
    s = w.st('grants')
    pi = rng.choice(md_list(w))
    fileno = rng.choice(['PJT-%d' % rng.randint(180000, 199999), 'CCRF-%d-%03d' % (d.year, rng.randint(1, 400)), 'FRQ-%d' % rng.randint(300000, 349999)])
    blocks = [('p', greet(lang, rng, staff_name(pi, lang))),
              ('p', T(lang, 'Your application %s to the Canadian Cardiovascular Research Fund (Project Grant, $%s over 4 years) needs the following before the internal deadline of %s:' % (
                  fileno, thou(rng.randint(300, 900) * 1000, 'en'), (d + dt.timedelta(days=10)).date().isoformat()),
                      'Votre demande %s au Fonds canadien de recherche cardiovasculaire (subvention de projet, %s $ sur 4 ans) nécessite les éléments suivants avant l\'échéance interne du %s :' % (
                  fileno, thou(rng.randint(300, 900) * 1000, 'fr'), (d + dt.timedelta(days=10)).date().isoformat()))),
              ('ul', T(lang, ['Signed departmental approval (Dr. Ouimet)', 'Budget justification using the 2025 salary scales', 'Letters of support from the Ottawa site',
                              'CV updated in the common CV system'],
                       ['Approbation départementale signée (Dre Ouimet)', 'Justification budgétaire selon les échelles salariales 2025', 'Lettres d\'appui du site d\'Ottawa',
                        'CV à jour dans le système CV commun'])),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [staff_addr(pi)], T(lang, 'Application %s - missing items' % fileno, 'Demande %s - éléments manquants' % fileno), blocks, d, [],
                  'grant office reminder with file numbers', 'grant_office')


def n_research_stats(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['rc1', 'rc2']))
    study = rng.choice(['REVIVE-HF', 'ANTICOAG-FRAIL', 'PULSE-AF'])
    rows = [['Site %03d' % i, name, rng.randint(0, 60), rng.randint(0, 12), rng.randint(0, 5)] for i, name in
            [(11, 'Montréal - Bellevue'), (14, 'Ottawa - Rideau'), (21, 'Québec'), (27, 'Sherbrooke'), (33, 'Toronto')]]
    hdr = T(lang, ['Site', 'Centre', 'Randomized', 'Screen failures', 'Withdrawals'], ['Site', 'Centre', 'Randomisés', 'Échecs de sélection', 'Retraits'])
    visit = (d + dt.timedelta(days=rng.randint(7, 30))).date()
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, '%s enrolment as of this week. The CRO monitor will do a remote visit on %s - please have the regulatory binder and the delegation log up to date.' % (study, visit.isoformat()),
                      'Recrutement %s en date de cette semaine. La moniteure de la CRO fera une visite à distance le %s - SVP mettre à jour le cartable réglementaire et le registre de délégation.' % (study, visit.isoformat()))),
              ('table', hdr, rows), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Cardiovascular Research Unit', 'cru@' + DOM), ext(rng, 'cro')], '%s - %s' % (study, T(lang, 'enrolment update', 'mise à jour du recrutement')),
                  blocks, d, [], 'aggregate research enrolment by site', 'research_enrolment_stats')


def n_bed_census(w, rng, lang):
    d = w.date(rng).replace(hour=rng.choice([7, 8, 15]))
    s = w.st(rng.choice(['telecn', 'telecn2', 'clerk']))
    rows = []
    for u in ['4W tele', 'C6 tele', 'CCU', '5E cardiac surgery', 'CVICU']:
        cap = rng.choice([12, 16, 24, 32])
        occ = rng.randint(cap - 5, cap)
        rows.append([u, cap, occ, rng.randint(0, 4), rng.randint(0, 3), rng.randint(0, 2)])
    hdr = T(lang, ['Unit', 'Beds', 'Occupied', 'Pending admits', 'Expected d/c', 'ALC'], ['Unité', 'Lits', 'Occupés', 'Admissions en attente', 'Congés prévus', 'NSA'])
    blocks = [('p', T(lang, 'Bed status %02d:00' % d.hour, 'État des lits %02d h' % d.hour)), ('table', hdr, rows),
              ('p', T(lang, 'ED has %d cardiology patients waiting for a bed, oldest %d h.' % (rng.randint(0, 9), rng.randint(2, 30)),
                      'L\'urgence compte %d patients de cardiologie en attente d\'un lit, le plus ancien depuis %d h.' % (rng.randint(0, 9), rng.randint(2, 30)))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Bed management', 'bedflow@' + DOM)], T(lang, 'Cardiac bed status', 'État des lits cardiologie'), blocks, d, [],
                  'aggregate bed census', 'bed_census')


def n_meeting_minutes(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['admin1', 'quality']))
    present = rng.sample(md_list(w), 5) + [w.st('hfnp'), w.st('pharm1')]
    items = [T(lang, 'Present: ', 'Présents : ') + ', '.join(staff_name(x, lang) for x in present),
             ('h', T(lang, '1. AF ablation referral pathway', '1. Trajectoire de référence pour ablation de FA')),
             T(lang, 'Wait time is %d weeks. %s will draft triage criteria with %s. Target: 50%% of referrals seen within 12 weeks.' % (
                 rng.randint(20, 52), staff_name(w.st('ep1'), lang), staff_name(w.st('ep2'), lang)),
               'Le délai est de %d semaines. %s rédigera des critères de triage avec %s. Cible : 50 %% des références vues en 12 semaines.' % (
                 rng.randint(20, 52), staff_name(w.st('ep1'), lang), staff_name(w.st('ep2'), lang))),
             ('h', T(lang, '2. Heart failure clinic capacity', '2. Capacité de la clinique d\'IC')),
             T(lang, 'New NP position approved. GDMT titration visits to move to virtual care where possible.',
               'Nouveau poste d\'IPS approuvé. Les visites de titration du traitement de l\'IC passeront en virtuel lorsque possible.'),
             ('h', T(lang, 'Action items', 'Suivis')),
             ('table', T(lang, ['Action', 'Owner', 'Due'], ['Action', 'Responsable', 'Échéance']),
              [[T(lang, 'Triage criteria draft', 'Ébauche des critères de triage'), staff_name(w.st('ep1'), lang), (d + dt.timedelta(days=30)).date().isoformat()],
               [T(lang, 'Virtual visit template', 'Gabarit de visite virtuelle'), staff_name(w.st('hfnp'), lang), (d + dt.timedelta(days=45)).date().isoformat()]])]
    doc = make_docx(T(lang, 'Division of Cardiology - Minutes %s' % d.date().isoformat(), 'Division de cardiologie - Procès-verbal %s' % d.date().isoformat()), items)
    blocks = [('p', greet(lang, rng)), ('p', T(lang, 'Draft minutes attached; corrections by Friday please.', 'Procès-verbal provisoire ci-joint; corrections d\'ici vendredi svp.')),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [staff_addr(x) for x in present], T(lang, 'Draft minutes - division meeting', 'PV provisoire - réunion de division'), blocks, d, [],
                  'meeting minutes with staff names and action items', 'meeting_minutes', attachments=[att_docx(doc, T(lang, 'minutes_%s.docx', 'procès-verbal_%s.docx') % d.strftime('%Y%m%d'))])


def n_rehab_schedule(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['kin', 'rehabrn']))
    rows = [[T(lang, 'Time', 'Heure'), T(lang, 'Mon', 'Lun'), T(lang, 'Wed', 'Mer'), T(lang, 'Fri', 'Ven'), T(lang, 'Room', 'Salle')]]
    for t in ['08:30', '10:00', '13:30', '17:30']:
        rows.append([t] + [rng.choice(T(lang, ['Circuit A (Tom)', 'Circuit B (Josée)', 'Education: nutrition', 'Education: medications', 'Yoga (guest)'],
                                       ['Circuit A (Tom)', 'Circuit B (Josée)', 'Éducation : nutrition', 'Éducation : médicaments', 'Yoga (invitée)'])) for _ in range(3)]
                   + [rng.choice(['G-110', 'G-112', T(lang, 'Gym', 'Gymnase')])])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Winter session timetable attached. Capacity 14 per circuit. Dr. Lachance will give the "Heart-healthy eating" talk on the first Wednesday.',
                      'Horaire de la session d\'hiver ci-joint. Capacité de 14 par circuit. Le Dr Lachance donnera la conférence « Manger pour son cœur » le premier mercredi.')),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Rehab team', 'rehab-team@' + DOM)], T(lang, 'Rehab timetable - winter session', 'Horaire réadaptation - session d\'hiver'), blocks, d, [],
                  'class timetable with instructors', 'rehab_schedule', attachments=[att_xlsx(make_xlsx([('horaire', rows)]), 'rehab_timetable.xlsx')])


def n_patient_education(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['acrn', 'pharm1', 'hfnp', 'comms']))
    title = rng.choice(T(lang, ['Living with warfarin', 'Your heart failure action plan', 'After your pacemaker implant'],
                           ['Vivre avec la warfarine', 'Votre plan d\'action en insuffisance cardiaque', 'Après l\'implantation de votre stimulateur']))
    items = [T(lang, 'This leaflet is for patients and families. Keep it with your medication list.', 'Ce dépliant s\'adresse aux patients et à leurs proches. Gardez-le avec votre liste de médicaments.'),
             ('h', T(lang, 'What to watch for', 'À surveiller')),
             T(lang, 'Weight gain of more than 2 kg in 3 days, swelling of the ankles, unusual bleeding or black stools, fainting.',
               'Prise de poids de plus de 2 kg en 3 jours, enflure des chevilles, saignements inhabituels ou selles noires, évanouissement.'),
             ('h', T(lang, 'Food and drug interactions', 'Interactions avec les aliments et les médicaments')),
             T(lang, 'Keep vitamin K intake (leafy greens) steady. Avoid ibuprofen and naproxen. Tell your pharmacist before starting antibiotics.',
               'Gardez un apport stable en vitamine K (légumes verts). Évitez l\'ibuprofène et le naproxène. Avisez votre pharmacien avant de commencer un antibiotique.'),
             ('small', T(lang, 'Questions? Anticoagulation Clinic 514-555-0175, Monday to Friday 8:00-16:00.', 'Questions? Clinique d\'anticoagulation 514-555-0175, lundi au vendredi 8 h à 16 h.'))]
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Final version of the patient leaflet "%s" for printing (500 copies, tri-fold). Approved by the patient education committee.' % title,
                      'Version finale du dépliant « %s » pour impression (500 copies, trois volets). Approuvé par le comité d\'éducation des patients.' % title)),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Print shop', 'imprimerie@' + DOM)], T(lang, 'For printing: ', 'Pour impression : ') + title, blocks, d, [],
                  'generic patient education leaflet', 'patient_education', attachments=[att_pdf(make_pdf(title, items), fname_safe(title) + '.pdf')])


def n_vendor_vcard(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['ep1', 'ep2', 'cathmgr', 'devrn']))
    rep = rng.choice([('Kyle Brandt', 'kbrandt@vitalis-rhythm.example', 'Vitalis Rhythm Systems'), ('Nathalie Beauchemin', 'nbeauchemin@cardiolux.example', 'Cardiolux Medical')])
    vc = make_vcard(rep[0], (rep[0].split()[1], rep[0].split()[0]), tel=[('WORK', '1-800-555-0199'), ('CELL', '514-555-0188')], email_=rep[1], org=rep[2],
                    title=T(lang, 'Clinical Specialist', 'Spécialiste clinique'))
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Sharing the contact card of our %s clinical specialist for the leadless pacemaker in-service on %s (EP lab, 07:15). '
                            'Please call them directly for support during implants - not for patient follow-up questions.' % (rep[2], day_label(d + dt.timedelta(days=9), lang)),
                      'Je partage la fiche de notre spécialiste clinique %s pour la formation sur le stimulateur sans sonde le %s (labo EP, 7 h 15). '
                      'Les appeler directement pour le soutien pendant les implantations - pas pour les questions de suivi des patients.' % (rep[2], day_label(d + dt.timedelta(days=9), lang)))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('EP lab', 'eplab@' + DOM)], T(lang, 'Vendor contact - in-service', 'Contact fournisseur - formation'), blocks, d, [],
                  'vendor representative vCard', 'vendor_contact', attachments=[att_vcf(vc, fname_safe(rep[0]) + '.vcf')])


def n_room_booking(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['sched', 'sched2', 'admin1']))
    rows = []
    for m in rng.sample(md_list(w), 6):
        rows.append([staff_name(m, lang), rng.choice(T(lang, ['Mon AM', 'Tue PM', 'Wed AM', 'Thu AM', 'Fri PM'], ['lun AM', 'mar PM', 'mer AM', 'jeu AM', 'ven PM'])),
                     'B-%d' % rng.randint(201, 230), rng.choice(T(lang, ['Heart failure', 'Arrhythmia', 'General cardiology', 'Valve clinic', 'Amyloidosis'],
                                                                     ['Insuffisance cardiaque', 'Arythmie', 'Cardiologie générale', 'Clinique valvulaire', 'Amylose']))])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Outpatient room allocation for the spring block. Changes in red compared to winter. Please tell me by Friday if a clinic template needs to change.',
                      'Attribution des salles de consultation pour le bloc du printemps. Changements en rouge par rapport à l\'hiver. Avisez-moi d\'ici vendredi si un gabarit de clinique doit changer.')),
              ('table', T(lang, ['Physician', 'Half-day', 'Room', 'Clinic'], ['Médecin', 'Demi-journée', 'Salle', 'Clinique']), rows), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Cardiology - physicians', 'cardio-md@' + DOM)], T(lang, 'Clinic room allocation - spring', 'Attribution des salles - printemps'), blocks, d, [],
                  'room allocation naming physicians with clinic types', 'room_booking')


def n_abstract(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['fellow1', 'fellow2', 'rc1']))
    n = rng.randint(200, 1500)
    abstract = T(lang, 'Background: Early initiation of SGLT2 inhibitors after hospitalization for heart failure is underused. Methods: Retrospective cohort of %d consecutive '
                       'admissions (2021-2023) at two university sites. Results: Mean age %s years, %d%% women, median LVEF %d%%. Prescription at discharge rose from %d%% to %d%% '
                       'after a pharmacist-led intervention; 30-day readmission HR 0.%d (95%% CI 0.%d-0.9%d). Conclusion: A simple pharmacist prompt doubled uptake.' % (
                           n, num(rng.uniform(68, 76), 'en'), rng.randint(30, 45), rng.randint(25, 45), rng.randint(20, 35), rng.randint(55, 80), rng.randint(60, 85), rng.randint(40, 59), rng.randint(0, 9)),
                     'Contexte : L\'introduction précoce des iSGLT2 après une hospitalisation pour IC est sous-utilisée. Méthodes : Cohorte rétrospective de %d admissions consécutives '
                     '(2021-2023) dans deux sites universitaires. Résultats : âge moyen %s ans, %d %% de femmes, FEVG médiane %d %%. La prescription au congé est passée de %d %% à %d %% '
                     'après une intervention menée par les pharmaciens; RRI de réadmission à 30 jours 0,%d (IC 95 %% 0,%d-0,9%d). Conclusion : un simple rappel du pharmacien a doublé l\'utilisation.' % (
                         n, num(rng.uniform(68, 76), 'fr'), rng.randint(30, 45), rng.randint(25, 45), rng.randint(20, 35), rng.randint(55, 80), rng.randint(60, 85), rng.randint(40, 59), rng.randint(0, 9)))
    authors = ', '.join(staff_name(x, lang, False) for x in [s, w.st('pharm1'), w.st('pharm2'), w.st('hf1'), w.st('hf2')])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Final abstract for the Canadian cardiovascular congress below - deadline tonight 23:59. Authors: %s. Any last edits?' % authors,
                      'Résumé final pour le congrès canadien de cardiologie ci-dessous - échéance ce soir 23 h 59. Auteurs : %s. Dernières corrections?' % authors)),
              ('p', abstract), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [sa(w, 'pharm1'), sa(w, 'pharm2'), sa(w, 'hf1'), sa(w, 'hf2')], T(lang, 'Abstract - final', 'Résumé - version finale'), blocks, d, [],
                  'conference abstract with aggregate results', 'abstract_submission')


def n_policy_update(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['pharm1', 'pharm2', 'thr']))
    rows = [['< 45 s', T(lang, 'bolus 80 U/kg, increase 4 U/kg/h', 'bolus 80 U/kg, augmenter 4 U/kg/h'), '6 h'],
            ['45-59 s', T(lang, 'bolus 40 U/kg, increase 2 U/kg/h', 'bolus 40 U/kg, augmenter 2 U/kg/h'), '6 h'],
            ['60-100 s', T(lang, 'no change', 'aucun changement'), T(lang, 'next AM', 'prochain matin')],
            ['101-120 s', T(lang, 'decrease 2 U/kg/h', 'diminuer 2 U/kg/h'), '6 h'],
            ['> 120 s', T(lang, 'hold 1 h, decrease 3 U/kg/h', 'arrêt 1 h, diminuer 3 U/kg/h'), '6 h']]
    eff = (d + dt.timedelta(days=rng.randint(7, 21))).date()
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'The weight-based IV heparin nomogram (policy ANT-07) is revised effective %s. Main change: ACS patients no longer receive the initial bolus '
                            'if already on fondaparinux. Updated aPTT table:' % eff.isoformat(),
                      'Le nomogramme d\'héparine IV selon le poids (politique ANT-07) est révisé à compter du %s. Principal changement : les patients avec SCA ne reçoivent plus '
                      'le bolus initial s\'ils sont déjà sous fondaparinux. Tableau TCA mis à jour :' % eff.isoformat())),
              ('table', T(lang, ['aPTT', 'Action', 'Next aPTT'], ['TCA', 'Action', 'Prochain TCA']), rows), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Nursing - Cardiac units', 'cardiac-nursing@' + DOM)], T(lang, 'Policy ANT-07 revised - heparin nomogram', 'Politique ANT-07 révisée - nomogramme héparine'),
                  blocks, d, [], 'policy update with dosing table', 'policy_update')


def n_acls_training(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['telecn', 'cathmgr', 'hr1']))
    rows = [[n, gen_luhn_serial(rng, 6), rng.choice(['ACLS', 'BLS', 'ACLS', 'PALS']), (d + dt.timedelta(days=rng.randint(-20, 60))).date().isoformat()]
            for n in rng.sample(NURSES, rng.randint(6, 10))]
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'The following staff have certifications expiring soon or already expired. Please register for one of the sessions (Tue/Thu, Sim Centre room S-3).',
                      'Les employés suivants ont une certification qui expire bientôt ou est expirée. SVP vous inscrire à l\'une des sessions (mar/jeu, Centre de simulation salle S-3).')),
              ('table', T(lang, ['Name', 'Employee #', 'Course', 'Expiry'], ['Nom', 'Matricule', 'Cours', 'Expiration']), rows), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Telemetry & Cath lab staff', 'tele-cath-staff@' + DOM)], T(lang, 'ACLS/BLS recertification', 'Recertification ACLS/BLS'), blocks, d, [],
                  'staff certification list with employee numbers', 'staff_training')


def n_facilities(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['admin1', 'comms']))
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'From %s, elevator bank C (serving telemetry 4 West and the cath lab) will be out of service for modernization, for about 6 weeks. '
                            'Patient transfers between 4W and the cath lab will use service elevator S2; porters have been informed. Visitor parking P3 will also lose 40 spaces.' % day_label(d + dt.timedelta(days=5), lang),
                      'À partir du %s, la batterie d\'ascenseurs C (télémétrie 4 Ouest et hémodynamie) sera hors service pour modernisation, pendant environ 6 semaines. '
                      'Les transferts de patients entre 4 Ouest et l\'hémo utiliseront l\'ascenseur de service S2; les préposés ont été informés. Le stationnement visiteurs P3 perdra 40 places.' % day_label(d + dt.timedelta(days=5), lang))),
              ('p', T(lang, 'Facilities work order FM-%d. Questions: Facilities ext. 3300.' % rng.randint(100000, 999999), 'Bon de travail FM-%d. Questions : Installations, poste 3300.' % rng.randint(100000, 999999))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Cardiac Sciences', 'cardiac-all@' + DOM)], T(lang, 'Elevator C out of service', 'Ascenseurs C hors service'), blocks, d, [],
                  'facilities notice', 'facilities_notice')


def n_staffing_thread(w, rng, lang):
    d = w.date(rng)
    a, b = rng.sample(NURSES, 2)
    mgr = w.st(rng.choice(['telecn', 'telecn2']))
    d0 = earlier(d, rng, (2, 20))
    shift = (d + dt.timedelta(days=rng.randint(3, 12))).date()
    inner = [('p', T(lang, 'Hi %s, %s and I would like to swap shifts: I take her night on %s and she takes my day on the %d. Is that OK for coverage?' % (
        mgr['first'], b.split()[0], shift.isoformat(), shift.day + 2 if shift.day < 27 else 1),
                      'Salut %s, %s et moi aimerions échanger nos quarts : je prends sa nuit du %s et elle prend mon jour du %d. Est-ce correct pour la couverture?' % (
        mgr['first'], b.split()[0], shift.isoformat(), shift.day + 2 if shift.day < 27 else 1))),
             ('p', a)]
    blocks = [('p', rng.choice(T(lang, ['Approved - I updated the schedule. Make sure the night has an ACLS-certified nurse on the floor.', 'OK for me, approved in the system.'],
                                  ['Approuvé - j\'ai mis l\'horaire à jour. Assurez-vous d\'avoir une infirmière certifiée ACLS la nuit.', 'Ok pour moi, approuvé dans le système.']))),
              sig(w, mgr, lang, rng),
              ('quote', qmeta(lang, (a, '%s@%s' % (ascii_fold(a).lower().replace(' ', '.').replace("'", ''), DOM)), [staff_addr(mgr)], d0,
                              T(lang, 'shift swap', 'échange de quart'), rng), inner)]
    return mkspec(lang, staff_addr(mgr), [(a, '%s@%s' % (ascii_fold(a).lower().replace(' ', '.').replace("'", ''), DOM)),
                                          (b, '%s@%s' % (ascii_fold(b).lower().replace(' ', '.').replace("'", ''), DOM))],
                  re_subject(T(lang, 'shift swap', 'échange de quart'), lang, rng), blocks, d, [], 'reply thread about staff shift swap', 'staffing_thread',
                  reply_to_id='<%016x@%s>' % (rng.getrandbits(64), DOM))


def n_fwd_notice_eml(w, rng, lang):
    d = w.date(rng)
    d0 = earlier(d, rng, (5, 72))
    vend = rng.choice(EXTERNAL['vendor'])
    lots = ['%s%d' % (rng.choice(['L', 'LOT', 'H']), rng.randint(1000000, 9999999)) for _ in range(rng.randint(3, 7))]
    prod = rng.choice(T(lang, ['Heparin sodium 25,000 U/250 mL premix', 'Introducer sheath 7F, 11 cm', 'Infusion set for VolTrak 5 pump'],
                          ['Héparine sodique 25 000 U/250 mL prémélangée', 'Gaine d\'introduction 7F, 11 cm', 'Tubulure pour pompe VolTrak 5']))
    inner_blocks = [('p', T(lang, 'URGENT - Voluntary product recall', 'URGENT - Rappel volontaire de produit')),
                    ('p', T(lang, '%s has initiated a voluntary recall of %s, lots listed below, due to a sterility assurance issue identified during routine testing. '
                                  'No adverse events have been reported.' % (vend[2], prod),
                            '%s a entrepris un rappel volontaire de %s, lots ci-dessous, en raison d\'un problème d\'assurance de stérilité détecté lors d\'essais de routine. '
                            'Aucun effet indésirable n\'a été signalé.' % (vend[2], prod))),
                    ('ul', lots),
                    ('p', T(lang, 'Please quarantine affected stock and return the acknowledgement form within 10 business days.',
                            'Veuillez mettre en quarantaine les stocks visés et retourner le formulaire d\'accusé de réception dans les 10 jours ouvrables.'))]
    inner = mkspec(lang, vend[:2], [('Materiel management', 'materiel@' + DOM)], T(lang, 'Product recall - ', 'Rappel de produit - ') + prod, inner_blocks, d0, [], '', '')
    s = w.st(rng.choice(['cathmgr', 'cathmgr2', 'pharm1', 'bme2']))
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Recall notice attached. We checked: %d boxes on the units, all pulled. Nothing to do on your side except not to use any borrowed stock.' % rng.randint(0, 30),
                      'Avis de rappel ci-joint. Vérification faite : %d boîtes sur les unités, toutes retirées. Rien à faire de votre côté sauf ne pas utiliser de stock emprunté.' % rng.randint(0, 30))),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('Cardiac nursing', 'cardiac-nursing@' + DOM)], fw_subject(inner['subject'], lang, rng), blocks, d, [],
                  'forwarded vendor recall notice as attached .eml (lot numbers)', 'fwd_vendor_notice',
                  attachments=[dict(kind='msg', spec=inner, fn=T(lang, 'recall_notice.eml', 'avis_de_rappel_reçu.eml'), as_octet=rng.random() < 0.5)])


def n_zip_protocol(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['rc1', 'rc2']))
    study = rng.choice(['REVIVE-HF', 'PULSE-AF', 'ANTICOAG-FRAIL'])
    consent = make_docx(T(lang, '%s - Informed Consent Form v3.2 (template)' % study, '%s - Formulaire de consentement v3.2 (gabarit)' % study),
                        [T(lang, 'You are invited to take part in a research study because you have heart failure.', 'Vous êtes invité(e) à participer à un projet de recherche parce que vous êtes atteint(e) d\'insuffisance cardiaque.'),
                         T(lang, 'Participant name (print): ______________________  Signature: ____________  Date: ________',
                           'Nom du participant (lettres moulées) : ______________________  Signature : ____________  Date : ________'),
                         T(lang, 'Person obtaining consent: ______________________', 'Personne qui obtient le consentement : ______________________')])
    proto = make_pdf('%s Protocol v4.0' % study, [T(lang, 'Primary endpoint: cardiovascular death or HF hospitalization at 18 months.',
                                                     'Critère principal : décès cardiovasculaire ou hospitalisation pour IC à 18 mois.'),
                                                   T(lang, 'Visits: screening, day 0, weeks 2, 4, 12, then every 3 months.', 'Visites : sélection, jour 0, semaines 2, 4, 12, puis aux 3 mois.')])
    z = make_zip([('%s/protocol_v4.0.pdf' % study, proto), ('%s/ICF_v3.2_template.docx' % study, consent),
                  ('%s/README.txt' % study, 'Site binder update - file in section 2 and 4.\r\n')])
    blocks = [('p', greet(lang, rng)), ('p', T(lang, 'Zip with the updated protocol and consent template for the Ottawa site binder.',
                                               'Zip avec le protocole à jour et le gabarit de consentement pour le cartable du site d\'Ottawa.')),
              sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [sa(w, 'rc2' if s['key'] == 'rc1' else 'rc1')], '%s - %s' % (study, T(lang, 'binder update', 'mise à jour cartable')), blocks, d, [],
                  'ZIP with protocol and blank consent template', 'zip_protocol_docs', attachments=[att_zip(z, '%s_binder_update.zip' % study)])


def n_clinic_closure(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['admin1', 'sched', 'acrn']))
    rows = []
    for k in ['anticoag', 'mtl', 'rehab', 'ott']:
        si = SITES[k]
        rows.append([si[lang], si['phone'], '%s, %s' % (si['addr'], si['city']), rng.choice(T(lang, ['closed Dec 25-26 and Jan 1', 'reduced hours 9-12', 'open as usual'],
                                                                                              ['fermé 25-26 déc. et 1er janv.', 'heures réduites 9 h-12 h', 'ouvert normalement']))])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Holiday hours for the cardiac clinics. Patients needing INR follow-up during closures will be managed by the on-call hematologist.',
                      'Horaire des Fêtes des cliniques cardiaques. Les patients qui ont besoin d\'un suivi de RNI pendant la fermeture seront pris en charge par l\'hématologue de garde.')),
              ('table', T(lang, ['Clinic', 'Phone', 'Address', 'Holidays'], ['Clinique', 'Téléphone', 'Adresse', 'Fêtes']), rows), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [('All staff', 'all-staff@' + DOM), ext(rng, 'gp_qc')], T(lang, 'Holiday clinic hours', 'Horaire des Fêtes des cliniques'), blocks, d, [],
                  'clinic hours with clinic phones and addresses', 'clinic_hours')


def n_survey_results(w, rng, lang):
    d = w.date(rng)
    s = w.st('quality')
    rows = [[q, '%d%%' % rng.randint(70, 98), rng.randint(80, 400)] for q in T(lang, ['Overall rating 9-10', 'Nurses explained things clearly', 'Pain well controlled',
                                                                                      'Received written discharge instructions', 'Would recommend'],
                                                                                   ['Note globale 9-10', 'Explications claires des infirmières', 'Douleur bien contrôlée',
                                                                                    'Instructions écrites au congé', 'Recommanderait'])]
    comments = T(lang, ['"The night nurse on telemetry was so kind to my husband."', '"Parking is far too expensive."', '"Discharge took all day."'],
                 ['« L\'infirmière de nuit en télémétrie a été tellement gentille avec mon mari. »', '« Le stationnement est beaucoup trop cher. »', '« Le congé a pris toute la journée. »'])
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Patient experience survey results for cardiac inpatient units, last quarter (n = %d responses, 31%% response rate):' % rng.randint(180, 420),
                      'Résultats du sondage sur l\'expérience patient, unités cardiaques, dernier trimestre (n = %d réponses, taux de réponse 31 %%) :' % rng.randint(180, 420))),
              ('table', T(lang, ['Item', 'Top box', 'n'], ['Énoncé', 'Meilleure cote', 'n']), rows), ('p', T(lang, 'Selected anonymous comments:', 'Commentaires anonymes choisis :')),
              ('ul', comments), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [sa(w, 'telecn'), sa(w, 'telecn2'), sa(w, 'cathmgr')], T(lang, 'Patient experience - Q results', 'Expérience patient - résultats du trimestre'),
                  blocks, d, [], 'aggregate patient-experience survey', 'survey_results')


def n_referral_directory(w, rng, lang):
    d = w.date(rng)
    s = w.st(rng.choice(['admin1', 'comms', 'sched']))
    spec = {'hf1': T(lang, 'heart failure, cardiac amyloidosis', 'insuffisance cardiaque, amylose cardiaque'),
            'hf2': T(lang, 'advanced heart failure, LVAD, transplant', 'IC avancée, DAVG, greffe'),
            'ep1': T(lang, 'atrial fibrillation ablation, WPW, SVT', 'ablation de FA, WPW, TSV'),
            'ep2': T(lang, 'pacemakers, ICDs, lead extraction', 'stimulateurs, DCI, extraction de sondes'),
            'int1': T(lang, 'complex PCI, chronic total occlusion', 'ICP complexe, occlusion totale chronique'),
            'img': T(lang, 'valvular heart disease, cardiac MRI', 'valvulopathies, IRM cardiaque'),
            'thr': T(lang, 'anticoagulation, recurrent VTE, antiphospholipid syndrome', 'anticoagulation, MTEV récidivante, syndrome antiphospholipide'),
            'rehabmd': T(lang, 'prevention, familial hypercholesterolemia', 'prévention, hypercholestérolémie familiale')}
    rows = [[staff_name(w.st(k), lang), v, SITES[w.st(k)['site']]['fax']] for k, v in spec.items()]
    blocks = [('p', greet(lang, rng)),
              ('p', T(lang, 'Updated referral directory for community physicians. Please use the central referral form and fax to the number shown; urgent referrals by phone to the on-call cardiologist.',
                      'Répertoire de référence mis à jour pour les médecins de la communauté. Utilisez le formulaire central et télécopiez au numéro indiqué; les urgences par téléphone au cardiologue de garde.')),
              ('table', T(lang, ['Physician', 'Areas of practice', 'Referral fax'], ['Médecin', 'Champs de pratique', 'Téléc. référence']), rows), sig(w, s, lang, rng)]
    return mkspec(lang, staff_addr(s), [ext(rng, 'gp_qc'), ext(rng, 'gp_on')], T(lang, 'Cardiology referral directory', 'Répertoire de référence - cardiologie'), blocks, d, [],
                  'physicians named with diseases they treat', 'referral_directory', mode=rng.choice(['html', 'alt']))


NEGATIVE_TEMPLATES = [
    n_device_recall, n_biomed_firmware, n_protocol_amendment, n_reb_notice, n_grand_rounds, n_cathlab_util, n_oncall,
    n_nurse_roster, n_leave_hr, n_occ_health, n_invoice, n_it_downtime, n_it_phishing, n_biomed_pm, n_job_posting,
    n_committee_agenda, n_newsletter, n_blank_form, n_teaching_case, n_anticoag_quality, n_lab_reference,
    n_pharmacy_bulletin, n_grant_office, n_research_stats, n_bed_census, n_meeting_minutes, n_rehab_schedule,
    n_patient_education, n_vendor_vcard, n_room_booking, n_abstract, n_policy_update, n_acls_training, n_facilities,
    n_staffing_thread, n_fwd_notice_eml, n_zip_protocol, n_clinic_closure, n_survey_results, n_referral_directory,
]


# ================================================================= planning, writing, checking
WEIGHTS = {'p_billing_be': 2, 'p_billing_fr': 2, 'p_social_work': 2}


def plan(rng, templates, lang_counts):
    slots = []
    for lang, n in lang_counts:
        pool = []
        while len(pool) < n:
            block = [t for t in templates for _ in range(WEIGHTS.get(t.__name__, 1))]
            rng.shuffle(block)
            pool += block
        slots += [(t, lang) for t in pool[:n]]
    rng.shuffle(slots)
    return slots


def decode_all(msg):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        c = part.get_content()
        ct = part.get_content_type()
        if isinstance(c, bytes):
            if ct in ('application/zip',) or ct.endswith('.document') or ct.endswith('.sheet'):
                with zipfile.ZipFile(io.BytesIO(c)) as z:
                    assert z.testzip() is None
            if ct == 'application/pdf':
                assert c.startswith(b'%PDF')
        else:
            assert isinstance(c, str)
        n += 1
    return n


def generate(seed, out):
    rng = random.Random(seed)
    w = World(random.Random(seed * 7 + 1))
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    labels = {}
    jobs = [('positive', 'p', t, l) for t, l in plan(rng, POSITIVE_TEMPLATES, POS_LANG)] + \
           [('negative', 'n', t, l) for t, l in plan(rng, NEGATIVE_TEMPLATES, NEG_LANG)]
    counters = {'p': 0, 'n': 0}
    for sub, pre, tmpl, lang in jobs:
        counters[pre] += 1
        i = counters[pre]
        mrng = random.Random('%d-%s-%d' % (seed, pre, i))
        spec = tmpl(w, mrng, lang)
        msg = build_msg(spec, mrng, i + (0 if pre == 'p' else 500))
        data = msg.as_bytes(policy=msg.policy)
        rel = '%s/%s%03d_%s.eml' % (sub, pre, i, spec['category'])
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        labels[rel] = {'confidential': pre == 'p', 'types': spec['types'], 'lang': lang, 'note': spec['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative')
                   for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    npart = 0
    stats = {'pos': 0, 'neg': 0, 'en': 0, 'fr': 0, 'pos_en': 0, 'pos_fr': 0, 'neg_en': 0, 'neg_fr': 0}
    for rel in files:
        lab = labels[rel]
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['From'] and msg['Subject'] is not None and msg['Date'], rel
        npart += decode_all(msg)
        assert lab['lang'] in ('en', 'fr')
        assert all(t in TYPES for t in lab['types']), rel
        if rel.startswith('positive/'):
            assert lab['confidential'] is True and len(lab['types']) >= 1, rel
            stats['pos'] += 1
            stats['pos_' + lab['lang']] += 1
        else:
            assert lab['confidential'] is False and lab['types'] == [], rel
            stats['neg'] += 1
            stats['neg_' + lab['lang']] += 1
        stats[lab['lang']] += 1
    assert stats['pos'] == N_POS and stats['neg'] == N_NEG, stats
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode('utf-8') + b'\n')
            h.update(fh.read())
    return stats, npart, h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--twice', action='store_true', help='regenerate into a temporary folder and compare digests')
    a = ap.parse_args(argv)
    generate(a.seed, a.out)
    stats, npart, digest = self_check(a.out)
    if a.twice:
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            generate(a.seed, tmp)
            assert self_check(tmp)[2] == digest, 'second run differs'
        print('second run: identical digest')
    print('positives: %d (en %d, fr %d)' % (stats['pos'], stats['pos_en'], stats['pos_fr']))
    print('negatives: %d (en %d, fr %d)' % (stats['neg'], stats['neg_en'], stats['neg_fr']))
    print('languages: en %d, fr %d' % (stats['en'], stats['fr']))
    print('MIME leaf parts decoded: %d' % npart)
    print('sha256 (positive/*.eml, negative/*.eml, labels.json): %s' % digest)
    return 0


if __name__ == '__main__':
    sys.exit(main())
