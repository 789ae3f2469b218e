#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus for a DLP filter (held-out set 47).

Flavour: the medical records (archives), legal affairs, quality / risk management,
complaints commissioner and privacy offices of an invented Quebec regional hospital
(Centre hospitalier regional de Val-Brume, CHRVB).  Mostly French-Canadian, about a
third English.

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180) and
labels.json next to this file (or under --out DIR), deterministically from --seed.
Everything is invented; every RAMQ NAM comes from ../blind_nams.txt.
"""
import argparse
import base64
import csv
import datetime
import email
import email.charset
import email.policy
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import struct
import sys
import urllib.parse
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 4747
N_POS = 120
N_NEG = 180
ZIP_TIME = (2024, 1, 15, 8, 0, 0)
DOC_TIME = datetime.datetime(2024, 1, 15, 8, 0, 0)
ISO_TIME = b'2024-01-15T08:00:00Z'
TZ = datetime.timezone(datetime.timedelta(hours=-5))
TZ_DST = datetime.timezone(datetime.timedelta(hours=-4))

ALL_TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
             'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
             'social_information']

# --------------------------------------------------------------------------------------------
# Invented organisations and people
# --------------------------------------------------------------------------------------------
HOSP_FR = 'Centre hospitalier régional de Val-Brume'
HOSP_EN = 'Val-Brume Regional Hospital Centre'
HD = 'chrvb.example'
HOSP_ADDR = '1250, boulevard des Pins, Val-Brume (Québec)  J9Z 4K1'
HOSP_PHONE = '819 555-0100'

# key: (display name, title fr, title en, local part, service fr, service en, extension)
STAFF = {
    'arch1': ('Isabelle Vachon', 'Archiviste médicale', 'Health Information Archivist', 'isabelle.vachon',
              'Service des archives médicales', 'Health Records Department', '4471'),
    'arch2': ('Karine Drouin', "Technicienne en gestion de l'information clinique", 'Health Information Technician',
              'karine.drouin', 'Service des archives médicales', 'Health Records Department', '4473'),
    'arch3': ('Mélanie Rioux', 'Chef du service des archives', 'Health Records Manager', 'melanie.rioux',
              "Gestion de l'information clinique", 'Clinical Information Management', '4470'),
    'arch_en': ('Rachel Whitfield', 'Agente de liaison — services en anglais', 'Release of Information Officer',
                'rachel.whitfield', 'Service des archives médicales', 'Health Records Department', '4478'),
    'legal1': ('Me François Desjardins', 'Conseiller juridique', 'Legal Counsel', 'francois.desjardins',
               'Direction des affaires juridiques', 'Legal Affairs', '2210'),
    'legal2': ('Me Audrey Lemieux', 'Avocate', 'Lawyer', 'audrey.lemieux',
               'Direction des affaires juridiques', 'Legal Affairs', '2212'),
    'legal_en': ('Daniel Okafor', 'Conseiller juridique', 'Legal Counsel', 'daniel.okafor',
                 'Direction des affaires juridiques', 'Legal Affairs', '2215'),
    'legal_asst': ('Nadia Bergeron', 'Adjointe juridique', 'Legal Assistant', 'nadia.bergeron',
                   'Direction des affaires juridiques', 'Legal Affairs', '2211'),
    'risk1': ('Sylvain Turcotte', 'Conseiller en gestion des risques', 'Risk Management Advisor',
              'sylvain.turcotte', 'Direction de la qualité, de l\'évaluation, de la performance et de l\'éthique',
              'Quality, Evaluation, Performance and Ethics', '3340'),
    'risk2': ('Caroline Ferland', 'Coordonnatrice qualité et sécurité des soins', 'Quality and Safety Coordinator',
              'caroline.ferland', 'Direction de la qualité, de l\'évaluation, de la performance et de l\'éthique',
              'Quality, Evaluation, Performance and Ethics', '3342'),
    'risk_en': ('Megan Ashworth', 'Conseillère en gestion des risques', 'Risk Management Advisor',
                'megan.ashworth', 'Gestion des risques', 'Risk Management', '3345'),
    'comm1': ('Hélène Marchand', 'Commissaire aux plaintes et à la qualité des services',
              'Service Quality and Complaints Commissioner', 'helene.marchand',
              'Commissariat aux plaintes et à la qualité des services', 'Complaints Commissioner\'s Office', '5100'),
    'comm2': ('Patrick Gosselin', 'Commissaire adjoint', 'Deputy Commissioner', 'patrick.gosselin',
              'Commissariat aux plaintes et à la qualité des services', 'Complaints Commissioner\'s Office', '5102'),
    'priv': ('Julie Beaulieu', 'Responsable de la protection des renseignements personnels', 'Privacy Officer',
             'julie.beaulieu', 'Bureau de la protection des renseignements personnels', 'Privacy Office', '2290'),
    'priv_en': ('Graham Lindqvist', 'Analyste en protection des renseignements personnels', 'Privacy Analyst',
                'graham.lindqvist', 'Bureau de la protection des renseignements personnels', 'Privacy Office', '2292'),
    'it1': ('Luc Proulx', 'Analyste en informatique', 'IT Analyst', 'luc.proulx',
            'Direction des ressources informationnelles', 'Information Technology', '6620'),
    'it_en': ('Kevin Chen', 'Chargé de projet TI', 'IT Project Lead', 'kevin.chen',
              'Direction des ressources informationnelles', 'Information Technology', '6625'),
    'hr1': ('Sophie Lacasse', 'Conseillère en santé et sécurité du travail', 'Occupational Health and Safety Advisor',
            'sophie.lacasse', 'Direction des ressources humaines', 'Human Resources', '7010'),
    'hr_en': ('Brian Kowalski', 'Conseiller en acquisition de talents', 'Talent Acquisition Advisor',
              'brian.kowalski', 'Direction des ressources humaines', 'Human Resources', '7020'),
    'nurse1': ('Geneviève St-Onge', 'Assistante infirmière-chef, 4e Nord', 'Assistant Head Nurse, 4 North',
               'genevieve.st-onge', 'Médecine interne', 'Internal Medicine', '4412'),
    'nurse2': ('Marc-André Dufour', 'Chef d\'unité, urgence', 'Emergency Unit Manager', 'marc-andre.dufour',
               'Urgence', 'Emergency Department', '1180'),
    'nurse_en': ('Tanya Reyes', 'Infirmière clinicienne', 'Clinical Nurse', 'tanya.reyes',
                 'Chirurgie', 'Surgery', '4520'),
    'md1': ('Dre Nathalie Hébert', 'Gériatre', 'Geriatrician', 'nathalie.hebert',
            'Gériatrie', 'Geriatrics', '3801'),
    'md2': ('Dr Simon Lacroix', 'Urgentologue, chef de département', 'Emergency physician, department head',
            'simon.lacroix', 'Urgence', 'Emergency Department', '1101'),
    'md_en': ('Dr Arjun Patel', 'Psychiatre', 'Psychiatrist', 'arjun.patel', 'Psychiatrie', 'Psychiatry', '3905'),
    'dsp': ('Dre Émilie Veilleux', 'Directrice des services professionnels', 'Director of Professional Services',
            'emilie.veilleux', 'Direction des services professionnels', 'Professional Services', '2001'),
}

EXTERNAL_ORGS = {
    'law_fr': [('Desrosiers Pelletier Avocats', 'dpavocats.example', ['Me Rémi Caouette', 'Me Justine Larochelle']),
               ('Cabinet Hamel Turgeon s.e.n.c.r.l.', 'hamelturgeon.example', ['Me Olivier Hamel', 'Me Sarah Turgeon'])],
    'law_en': [('Hargrove & Lacasse LLP', 'hl-law.example', ['Peter Hargrove', 'Diane Moss']),
               ('Wexford Bell Barristers', 'wexfordbell.example', ['Alan Wexford', 'Priya Bell'])],
    'ins_fr': [('Assurances Boréal inc.', 'boreal-assur.example', ['Chantale Fiset', 'Jérôme Aubin']),
               ('Mutuelle Laurentia', 'laurentia-vie.example', ['Marie-Pier Bolduc'])],
    'ins_en': [('Northfield Life Assurance', 'northfieldlife.example', ['Kelly Brandt', 'Omar Siddiqui']),
               ('Granite Mutual Disability', 'granitemutual.example', ['Heather Lyle'])],
    'coroner': [('Bureau du coroner — région Val-Brume', 'coroner-vb.example', ['Me Louise Arsenault, coroner',
                                                                                'Dr Yves Thériault, coroner'])],
    'court': [('Palais de justice de Val-Brume', 'justice-vb.example', ['Greffe civil'])],
    'be_mut': [('Mutualité Ardennaise', 'mut-ardennaise.example', ['Service Étranger — Mme Anne Collignon'])],
    'fr_caisse': [('Caisse d\'assurance maladie de la Drôme-Vercors', 'cam-dromevercors.example',
                   ['Service des relations internationales'])],
    'transport': [('Transport adapté Régional', 'ta-regional.example', ['Répartition']),
                  ('Ambulances du Lac', 'ambulanceslac.example', ['Centrale de répartition'])],
    'vendor': [('DéchiqTech Sécurisé inc.', 'dechiqtech.example', ['Service à la clientèle']),
               ('ArchivEx Solutions', 'archivex.example', ['Nicolas Tessier']),
               ('Numérix Imagerie documentaire', 'numerix.example', ['Véronique Pagé'])],
    'expert': [('Clinique d\'expertise médicale Horizon', 'cem-horizon.example', ['Coordination des rendez-vous'])],
}

FR_GIVEN_F = ['Lise', 'Monique', 'Chantal', 'Francine', 'Julie', 'Nicole', 'Hélène', 'Line', 'Suzanne',
              'Marie-Ève', 'Jocelyne', 'Lucie', 'Annie', 'Véronique', 'Solange', 'Thérèse']
FR_GIVEN_M = ['Gaston', 'Réjean', 'Normand', 'Yvon', 'Serge', 'Jean-Guy', 'Benoît', 'Alain', 'Mathieu',
              'Steve', 'Éric', 'Raymond', 'Marcel', 'Dany', 'Gérard', 'Rosaire']
FR_SUR = ['Tremblay', 'Dubé', 'Lavoie', 'Pouliot', 'Lachance', 'Gingras', 'Boivin', 'Charest', 'Dion',
          'Harvey', 'Labbé', 'Mercier', 'Vaillancourt', 'Bélisle', 'Lemay', 'Giguère', 'Rousseau', 'Paradis',
          'Fréchette', 'Brassard']
EN_GIVEN_F = ['Margaret', 'Linda', 'Heather', 'Karen', 'Olivia', 'Brenda', 'Patricia', 'Chloe', 'Amanda',
              'Deborah']
EN_GIVEN_M = ['Robert', 'Kenneth', 'Gary', 'Trevor', 'Ian', 'Wayne', 'Douglas', 'Aaron', 'Neil', 'Owen']
EN_SUR = ["O'Neill", 'Kaplan', 'Nguyen', 'Haddad', 'McCarthy', 'Fraser', 'Henderson', 'Walsh', 'Sinclair',
          'Doyle', 'Greer', 'Pryce', 'Abernathy', 'Lockhart', 'Okonkwo', 'Petrov', 'Gallagher', 'Yamada']
BE_SUR = ['Janssens', 'Peeters', 'Maes', 'Dubois', 'Lambert', 'Dupont', 'Claes', 'Wouters', 'Mertens', 'Jacobs']
BE_GIVEN_F = ['Élise', 'Marie', 'Louise', 'Camille', 'Ambre']
BE_GIVEN_M = ['Lucas', 'Thomas', 'Arthur', 'Noah', 'Victor']
FRA_SUR = ['Durand', 'Leroy', 'Moreau', 'Girardot', 'Lefèvre', 'Fontaine', 'Chevalier', 'Roussel']
FRA_GIVEN_F = ['Léa', 'Chloé', 'Sandrine', 'Aurélie', 'Océane']
FRA_GIVEN_M = ['Julien', 'Hugo', 'Nicolas', 'Sébastien', 'Quentin']

QC_CITIES = ['Val-Brume', 'Saint-Anselme-du-Lac', 'Lac-aux-Hérons', 'Pointe-Grise', 'Sainte-Rosalie-des-Monts',
             'Rivière-Clairette']
QC_STREETS = ['rue des Érables', 'boul. du Lac-Vert', 'rue Principale', 'chemin du Rang-Double',
              'av. des Pionniers', 'rue Saint-Onésime', 'rue de la Fabrique', 'montée des Bouleaux']
EN_STREETS = ['Maple Crescent', 'Birchwood Ave.', 'Church St.', 'Lakeview Rd.', 'Orchard Lane']
ON_CITIES = ['Maple Bend', 'Port Elgar', 'Kestrel Falls']
BE_PLACES = [('rue de la Station', '6987', 'Hautmoulin'), ('chaussée de Liège', '5391', 'Vieux-Sartel')]
FRA_PLACES = [('chemin des Vignes', '26417', 'Saint-Aubin-des-Prés'), ('rue du Lavoir', '26283', 'Montclar-sur-Drôme')]

DX = [('fracture de la hanche droite', 'right hip fracture'),
      ('pneumonie acquise en communauté', 'community-acquired pneumonia'),
      ('trouble dépressif majeur', 'major depressive disorder'),
      ('schizophrénie paranoïde', 'paranoid schizophrenia'),
      ('diabète de type 2 mal contrôlé', 'poorly controlled type 2 diabetes'),
      ('insuffisance cardiaque décompensée', 'decompensated heart failure'),
      ('traumatisme craniocérébral léger', 'mild traumatic brain injury'),
      ('hernie discale L4-L5', 'L4-L5 disc herniation'),
      ('cancer du sein gauche', 'left breast cancer'),
      ('MPOC en exacerbation', 'COPD exacerbation'),
      ('AVC ischémique', 'ischemic stroke'),
      ('sepsis d\'origine urinaire', 'urosepsis'),
      ('trouble lié à l\'usage de l\'alcool', 'alcohol use disorder'),
      ('trouble bipolaire de type I', 'bipolar I disorder'),
      ('démence de type Alzheimer', 'Alzheimer-type dementia'),
      ('fracture du poignet gauche', 'left wrist fracture'),
      ('hémorragie digestive haute', 'upper GI bleed'),
      ('embolie pulmonaire', 'pulmonary embolism')]
MEDS = [('warfarine (Coumadin) 5 mg DIE', 'warfarin 5 mg daily'),
        ('hydromorphone 2 mg SC q4h PRN', 'hydromorphone 2 mg SC q4h PRN'),
        ('insuline glargine 24 unités HS', 'insulin glargine 24 units at bedtime'),
        ('lithium 300 mg BID', 'lithium 300 mg BID'),
        ('clozapine 200 mg HS', 'clozapine 200 mg at bedtime'),
        ('apixaban (Eliquis) 5 mg BID', 'apixaban 5 mg BID'),
        ('quétiapine 100 mg HS', 'quetiapine 100 mg at bedtime'),
        ('méthadone 60 mg DIE', 'methadone 60 mg daily'),
        ('oxycodone 10 mg q6h', 'oxycodone 10 mg q6h'),
        ('sertraline 100 mg DIE', 'sertraline 100 mg daily'),
        ('furosémide 40 mg BID', 'furosemide 40 mg BID'),
        ('héparine IV selon protocole', 'IV heparin per protocol')]
LABS = [('INR 4,8', 'INR 4.8'), ('créatinine 212 µmol/L', 'creatinine 212 µmol/L'),
        ('hémoglobine 68 g/L', 'hemoglobin 68 g/L'), ('glycémie capillaire 1,9 mmol/L', 'capillary glucose 1.9 mmol/L'),
        ('troponine hs 845 ng/L', 'hs-troponin 845 ng/L'), ('lithémie 2,1 mmol/L', 'lithium level 2.1 mmol/L'),
        ('potassium 6,8 mmol/L', 'potassium 6.8 mmol/L'), ('alcoolémie 48 mmol/L', 'blood alcohol 48 mmol/L'),
        ('HbA1c 10,2 %', 'HbA1c 10.2%'), ('lactate 5,6 mmol/L', 'lactate 5.6 mmol/L')]
SOCIAL = [('vit seul(e), sans proche aidant', 'lives alone with no caregiver'),
          ('en instance de divorce, garde des enfants contestée', 'in divorce proceedings, custody disputed'),
          ('sous régime de protection (tutelle au majeur)', 'under court-ordered guardianship'),
          ('signalement à la DPJ en cours pour ses enfants', 'child-protection report open for the children'),
          ('en situation d\'itinérance depuis l\'automne', 'homeless since the fall'),
          ('victime de violence conjugale selon les notes de la travailleuse sociale',
           'victim of intimate partner violence per the social worker\'s notes'),
          ('sans emploi, réclamation d\'invalidité en cours', 'unemployed, disability claim pending'),
          ('incarcéré(e) à l\'établissement de détention de Val-Brume', 'incarcerated at the Val-Brume detention centre')]

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
ABBR_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

DISCLAIMER_FR = ('AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont destinés exclusivement au '
                 'destinataire indiqué. Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le '
                 'détruire.')
DISCLAIMER_EN = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee. '
                 'If you received it in error, please notify the sender and delete it.')


# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------
def load_blind():
    people = []
    with open(NAMS_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            parts = line.split()
            surname, given, dob, sex, nam = parts[0], parts[1], parts[-3], parts[-2], parts[-1]
            y, m, d = (int(x) for x in dob.split('-'))
            people.append(dict(surname=surname, given=given, dob=datetime.date(y, m, d), sex=sex, nam=nam))
    return people


def gen_sin(r):
    while True:
        body = r.choice('1234567') + ''.join(r.choice('0123456789') for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohip(r):
    while True:
        body = r.choice('123456789') + ''.join(r.choice('0123456789') for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n) and len(n) == 10:
            return n, r.choice('ABCDEFGHJKLMNPRSTVWXYZ') + r.choice('ABCDEFGHJKLMNPRSTVWXYZ')


def gen_niss(r, dob, sex):
    while True:
        serial = r.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        num = int(('2' + base) if dob.year >= 2000 else base)
        n = base + '%02d' % (97 - num % 97)
        if be_nn.is_valid(n):
            return n


def gen_nir(r, dob, sex):
    while True:
        dept = '%02d' % r.choice([1, 7, 13, 26, 38, 69, 75, 84])
        s = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % r.randrange(1, 990) + \
            '%03d' % r.randrange(1, 999)
        n = s + '%02d' % (97 - int(s) % 97)
        if fr_nir.is_valid(n):
            return n


def luhn_number(r, length, first='123456789'):
    body = r.choice(first) + ''.join(r.choice('0123456789') for _ in range(length - 2))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 0:
        return f'{a} {b} {c}'
    if style == 1:
        return nam
    if style == 2:
        return f'{a}-{b}-{c}'
    if style == 3:
        return f'{a.lower()} {b} {c}'
    if style == 4:
        return f'{a} {b}{c}'
    if style == 5:
        return ' '.join(nam[:4]) + f' {b} {c}'
    if style == 6:
        return f'{a}.{b}.{c}'.lower()
    return f'{a}{b} {c}'


def fmt_sin(n, style):
    return [f'{n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]}-{n[3:6]}-{n[6:]}', n][style % 3]


def fmt_niss(n, style):
    return [f'{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}', n, f'{n[:6]} {n[6:9]} {n[9:]}'][style % 3]


def fmt_nir(n, style):
    return [f'{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}', n,
            f'{n[:13]} {n[13:]}'][style % 3]


def fmt_ohip(n, vc, style):
    return [f'{n[:4]}-{n[4:7]}-{n[7:]}-{vc}', f'{n} {vc}', f'{n[:4]} {n[4:7]} {n[7:]} {vc}'][style % 3]


# --------------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------------
def cp1252_safe(s):
    rep = {'\u2011': '-', '\u2009': ' ', '\u202f': ' ', '\u00a0': ' '}
    for k, v in rep.items():
        s = s.replace(k, v)
    return s.encode('cp1252', 'replace').decode('cp1252')


def repack_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                content = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)',
                                 rb'\g<1>' + ISO_TIME + rb'\g<2>', content)
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if not name.isascii():
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


def make_pdf(title, blocks, author='CHRVB', compress=1, org=HOSP_FR):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=compress)
    c.setTitle(cp1252_safe(title))
    c.setAuthor(cp1252_safe(author))
    c.setCreator('CHRVB gabarits')
    width, height = letter
    state = {'y': height - 54}

    def newline(size):
        if state['y'] < 60:
            c.showPage()
            state['y'] = height - 54
        state['y'] -= size + 4

    def draw(text, font='Helvetica', size=10, x=54):
        if state['y'] < 60:
            c.showPage()
            state['y'] = height - 54
        c.setFont(font, size)
        c.drawString(x, state['y'], cp1252_safe(text))
        state['y'] -= size + 4

    draw(org, 'Helvetica', 8)
    draw(title, 'Helvetica-Bold', 13)
    newline(4)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split('\n'):
                for ln in simpleSplit(cp1252_safe(para), 'Helvetica', 10, width - 108) or ['']:
                    draw(ln)
            newline(2)
        elif b[0] == 'table':
            header, rows = b[1], b[2]
            ncol = len(header)
            colw = (width - 108) / ncol
            for ri, row in enumerate([header] + list(rows)):
                font = 'Helvetica-Bold' if ri == 0 else 'Helvetica'
                if state['y'] < 60:
                    c.showPage()
                    state['y'] = height - 54
                c.setFont(font, 8)
                for ci, cell in enumerate(row):
                    txt = cp1252_safe(str(cell))
                    while txt and c.stringWidth(txt, font, 8) > colw - 4:
                        txt = txt[:-1]
                    c.drawString(54 + ci * colw, state['y'], txt)
                state['y'] -= 12
            newline(2)
        elif b[0] == 'ul':
            for it in b[1]:
                lines = simpleSplit(cp1252_safe(it), 'Helvetica', 10, width - 130)
                for k, ln in enumerate(lines):
                    draw(('• ' if k == 0 else '   ') + ln, x=64)
            newline(2)
        elif b[0] == 'pre':
            for ln in b[1].split('\n'):
                draw(ln, 'Courier', 9)
            newline(2)
    c.save()
    return buf.getvalue()


def make_docx(title, blocks, author='CHRVB'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.created = DOC_TIME
    cp.modified = DOC_TIME
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split('\n'):
                d.add_paragraph(para)
        elif b[0] == 'table':
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = 'Table Grid'
            for i, hd in enumerate(header):
                t.rows[0].cells[i].text = str(hd)
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
        elif b[0] == 'ul':
            for it in b[1]:
                d.add_paragraph(it, style='List Bullet')
        elif b[0] == 'pre':
            for ln in b[1].split('\n'):
                d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return repack_zip(buf.getvalue())


def make_xlsx(sheets, author='CHRVB'):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    for idx, (name, header, rows) in enumerate(sheets):
        ws = wb.active if idx == 0 else wb.create_sheet()
        ws.title = name[:31]
        ws.append(list(header))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 18
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = DOC_TIME
    wb.properties.modified = DOC_TIME
    buf = io.BytesIO()
    wb.save(buf)
    return repack_zip(buf.getvalue())


def make_csv(header, rows, delimiter=',', encoding='utf-8', crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n')
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    text = s.getvalue()
    if encoding == 'utf-8-sig':
        return b'\xef\xbb\xbf' + text.encode('utf-8')
    return text.encode(encoding, 'replace')


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    b = line.encode('utf-8')
    out = []
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b' ' + b[cut:]
    out.append(b)
    return b'\r\n'.join(out)


def make_ics(uid, start, minutes, summary, description, location, organizer, attendees, method='REQUEST'):
    end = start + datetime.timedelta(minutes=minutes)
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//CHRVB//Agenda 2.1//FR', 'VERSION:2.0', 'METHOD:' + method,
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20240115T130000Z',
             'DTSTART;TZID=America/Toronto:' + start.strftime(fmt),
             'DTEND;TZID=America/Toronto:' + end.strftime(fmt),
             'SUMMARY:' + ics_escape(summary), 'DESCRIPTION:' + ics_escape(description),
             'LOCATION:' + ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, a))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return b'\r\n'.join(ics_fold(x) for x in lines) + b'\r\n'


def make_vcf(surname, given, phone, street, city, postal, mail=None, note=None, org=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if phone:
        lines.append('TEL;TYPE=CELL:' + phone)
    if street:
        lines.append(f'ADR;TYPE=HOME:;;{street};{city};QC;{postal};Canada')
    if mail:
        lines.append('EMAIL;TYPE=HOME:' + mail)
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def make_png(rgb, w=24, h=24):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))

    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


LOGO = make_png((0, 84, 140))


# --------------------------------------------------------------------------------------------
# Body rendering (blocks -> plain text / HTML)
# --------------------------------------------------------------------------------------------
# A block is a str (paragraph, may contain newlines) or a tuple:
#   ('table', header, rows) ('ul', items) ('pre', text) ('sig', lines)
#   ('quote', meta, blocks) ('fwd', meta, blocks)   meta = dict(frm, to, date, subject)
def fmt_when(dt, lang, style):
    if lang == 'fr':
        if style == 'outlook':
            return f'{DAYS_FR[dt.weekday()]} {dt.day} {MONTHS_FR[dt.month - 1]} {dt.year} {dt:%H:%M}'
        return f'{DAYS_FR[dt.weekday()][:3]}. {dt.day} {MONTHS_FR[dt.month - 1]} {dt.year} à {dt:%H} h {dt:%M}'
    hour = dt.hour % 12 or 12
    ampm = 'AM' if dt.hour < 12 else 'PM'
    if style == 'outlook':
        return f'{DAYS_EN[dt.weekday()]}, {MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year} {hour}:{dt:%M} {ampm}'
    return f'{DAYS_EN[dt.weekday()][:3]}, {MONTHS_EN[dt.month - 1][:3]} {dt.day}, {dt.year} at {hour}:{dt:%M} {ampm}'


def addr_str(p):
    return f'{p[0]} <{p[1]}>' if p[0] else p[1]


def table_plain(header, rows, style):
    allrows = [list(map(str, header))] + [list(map(str, r)) for r in rows]
    if style == 'tab':
        return ['\t'.join(r) for r in allrows]
    if style == 'pipe':
        return ['| ' + ' | '.join(r) + ' |' for r in allrows]
    if style == 'semi':
        return ['; '.join(r) for r in allrows]
    widths = [max(len(r[i]) for r in allrows) for i in range(len(header))]
    out = []
    for k, r in enumerate(allrows):
        out.append('  '.join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append('  '.join('-' * w for w in widths))
    return out


def render_plain(blocks, lang, st):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out += b.split('\n') + ['']
            continue
        kind = b[0]
        if kind == 'table':
            out += table_plain(b[1], b[2], st['table']) + ['']
        elif kind == 'ul':
            for i, it in enumerate(b[1]):
                out.append((f'{i + 1}. ' if st['bullet'] == 'num' else st['bullet'] + ' ') + it)
            out.append('')
        elif kind == 'pre':
            out += b[1].split('\n') + ['']
        elif kind == 'sig':
            out += (['-- '] if st['sigdash'] else []) + list(b[1]) + ['']
        elif kind == 'quote':
            meta, inner = b[1], b[2]
            inner_lines = render_plain(inner, lang, st).rstrip('\n').split('\n')
            if st['quote'] == 'gt':
                who = addr_str(meta['frm'])
                if lang == 'fr':
                    out.append(f"Le {fmt_when(meta['date'], lang, 'gmail')}, {who} a écrit :")
                else:
                    out.append(f"On {fmt_when(meta['date'], lang, 'gmail')}, {who} wrote:")
                out += [('> ' + ln) if ln else '>' for ln in inner_lines] + ['']
            else:
                out += outlook_header(meta, lang) + [''] + inner_lines + ['']
        elif kind == 'fwd':
            meta, inner = b[1], b[2]
            inner_lines = render_plain(inner, lang, st).rstrip('\n').split('\n')
            if st['quote'] == 'gt':
                if lang == 'fr':
                    out += ['---------- Message transféré ---------', f"De : {addr_str(meta['frm'])}",
                            f"Date : {fmt_when(meta['date'], lang, 'gmail')}", f"Objet : {meta['subject']}",
                            'À : ' + ', '.join(addr_str(x) for x in meta['to'])]
                else:
                    out += ['---------- Forwarded message ---------', f"From: {addr_str(meta['frm'])}",
                            f"Date: {fmt_when(meta['date'], lang, 'gmail')}", f"Subject: {meta['subject']}",
                            'To: ' + ', '.join(addr_str(x) for x in meta['to'])]
                out += [''] + inner_lines + ['']
            else:
                out += outlook_header(meta, lang) + [''] + inner_lines + ['']
    return '\n'.join(out).rstrip('\n') + '\n'


def outlook_header(meta, lang):
    to = '; '.join(addr_str(x) for x in meta['to'])
    if lang == 'fr':
        return ["-----Message d'origine-----", f"De : {addr_str(meta['frm'])}",
                f"Envoyé : {fmt_when(meta['date'], lang, 'outlook')}", f'À : {to}', f"Objet : {meta['subject']}"]
    return ['-----Original Message-----', f"From: {addr_str(meta['frm'])}",
            f"Sent: {fmt_when(meta['date'], lang, 'outlook')}", f'To: {to}', f"Subject: {meta['subject']}"]


def hx(s):
    return html.escape(s, quote=False).replace('\n', '<br>\n')


def render_html_blocks(blocks, lang, st):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<p>' + hx(b) + '</p>')
            continue
        kind = b[0]
        if kind == 'table':
            rows = ['<tr>' + ''.join(f'<th style="text-align:left;background:#dde6f0">{hx(str(c))}</th>'
                                     for c in b[1]) + '</tr>']
            for r in b[2]:
                rows.append('<tr>' + ''.join(f'<td>{hx(str(c))}</td>' for c in r) + '</tr>')
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
                       + '\n'.join(rows) + '\n</table>')
        elif kind == 'ul':
            tag = 'ol' if st['bullet'] == 'num' else 'ul'
            out.append(f'<{tag}>\n' + '\n'.join(f'<li>{hx(i)}</li>' for i in b[1]) + f'\n</{tag}>')
        elif kind == 'pre':
            out.append('<pre>' + html.escape(b[1], quote=False) + '</pre>')
        elif kind == 'sig':
            out.append('<p style="font-size:9pt;color:#444444">' + '<br>\n'.join(hx(x) for x in b[1]) + '</p>')
        elif kind in ('quote', 'fwd'):
            meta, inner = b[1], b[2]
            inner_html = render_html_blocks(inner, lang, st)
            if st['quote'] == 'gt':
                who = hx(meta['frm'][0]) + ' &lt;' + hx(meta['frm'][1]) + '&gt;'
                if kind == 'quote':
                    attr = (f"Le {hx(fmt_when(meta['date'], lang, 'gmail'))}, {who} a écrit&nbsp;:" if lang == 'fr'
                            else f"On {hx(fmt_when(meta['date'], lang, 'gmail'))}, {who} wrote:")
                    out.append(f'<div class="gmail_quote">{attr}<br>\n<blockquote style="margin:0 0 0 .8ex;'
                               f'border-left:1px #ccc solid;padding-left:1ex">\n{inner_html}\n</blockquote></div>')
                else:
                    hdr = [l for l in render_plain([b], lang, st).split('\n')[:5]]
                    out.append('<div>' + '<br>\n'.join(hx(x) for x in hdr) + '</div><br>\n' + inner_html)
            else:
                lines = outlook_header(meta, lang)
                hdr = []
                for ln in lines[1:]:
                    k, _, v = ln.partition(': ') if lang == 'en' else ln.partition(' : ')
                    hdr.append(f'<b>{hx(k)}{"&nbsp;:" if lang == "fr" else ":"}</b> {hx(v)}')
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           '<p>' + '<br>\n'.join(hdr) + '</p></div>\n' + inner_html)
    return '\n'.join(out)


NAMED_ENT = {'é': '&eacute;', 'è': '&egrave;', 'ê': '&ecirc;', 'à': '&agrave;', 'â': '&acirc;', 'ç': '&ccedil;',
             'ô': '&ocirc;', 'î': '&icirc;', 'û': '&ucirc;', 'ù': '&ugrave;', 'É': '&Eacute;', 'ë': '&euml;',
             'ï': '&iuml;', '«': '&laquo;', '»': '&raquo;', '’': '&rsquo;', '—': '&mdash;', '–': '&ndash;'}


def render_html(blocks, lang, st, logo=False):
    body = render_html_blocks(blocks, lang, st)
    if logo:
        body = '<p><img src="cid:logo-chrvb@chrvb.example" alt="CHRVB" width="24" height="24"></p>\n' + body
    doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=@@CS@@">\n'
           f'<style>body{{font-family:{st["font"]};font-size:11pt}} td,th{{font-size:10pt}}</style>\n'
           '</head>\n<body>\n' + body + '\n</body>\n</html>\n')
    if st['ent'] == 'named':
        doc = ''.join(NAMED_ENT.get(ch, ch) for ch in doc)
    if st['ent'] in ('named', 'numeric'):
        doc = doc.encode('ascii', 'xmlcharrefreplace').decode('ascii')
    return doc


# --------------------------------------------------------------------------------------------
# MIME assembly (hand-built so that charsets, encodings and line endings are controlled)
# --------------------------------------------------------------------------------------------
class Node:
    def __init__(self, headers, body=b'', children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary


def serialize(node, nl):
    out = []
    for k, v in node.headers:
        out.append((k + ': ' + v).replace('\n', nl.decode()).encode('ascii'))
    head = nl.join(out) + nl + nl
    if node.children is None:
        return head + node.body.replace(b'\r\n', b'\n').replace(b'\n', nl)
    bd = node.boundary.encode()
    parts = [head]
    if node.headers and node.headers[0][0] == 'From':
        parts.append(b'This is a multi-part message in MIME format.' + nl)
    for ch in node.children:
        parts.append(nl + b'--' + bd + nl + serialize(ch, nl))
    parts.append(nl + b'--' + bd + b'--' + nl)
    return b''.join(parts)


def fold_ascii(value, first_len):
    words = value.split(' ')
    lines, cur = [], ''
    limit = 76 - first_len
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
            limit = 76
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def encode_header_text(value, name, r):
    if value.isascii():
        return fold_ascii(value, len(name) + 2)
    cs = r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    ch = email.charset.Charset(cs)
    ch.header_encoding = r.choice([email.charset.QP, email.charset.BASE64])
    return Header(value, ch, header_name=name).encode(linesep='\n')


def encode_addresses(addrs, name):
    items = [formataddr((n, a), charset='utf-8') if n else a for n, a in addrs]
    return ',\n '.join(items) if len(', '.join(items)) > 60 else ', '.join(items)


def filename_param(fname, r, key='filename'):
    if fname.isascii():
        if re.fullmatch(r'[A-Za-z0-9._-]+', fname) and r.random() < 0.3:
            return f'{key}={fname}'
        return f'{key}="{fname}"'
    if r.random() < 0.5:
        return f"{key}*=utf-8''" + urllib.parse.quote(fname, safe='')
    return f'{key}="=?utf-8?B?' + base64.b64encode(fname.encode('utf-8')).decode() + '?="'


def fit_charset(text, cs):
    if cs == 'us-ascii':
        return text if text.isascii() else None
    try:
        text.encode(cs)
        return text
    except UnicodeEncodeError:
        if cs == 'utf-8':
            return text
        rep = {'’': "'", '‘': "'", '“': '"', '”': '"', '—': '-', '–': '-', 'œ': 'oe', 'Œ': 'OE', '…': '...',
               '•': '*', '€': 'EUR', '\u202f': ' ', '≥': '>=', '≤': '<='}
        for k, v in rep.items():
            text = text.replace(k, v)
        try:
            text.encode(cs)
            return text
        except UnicodeEncodeError:
            return None


def text_node(text, subtype, cs, cte):
    data = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        body = data
    return Node([('Content-Type', f'text/{subtype}; charset="{cs}"'), ('Content-Transfer-Encoding', cte)], body)


def pick_encoding(text, lang, r, forced_cs=None):
    if forced_cs:
        cs = forced_cs
    elif text.isascii() and r.random() < 0.6:
        cs = 'us-ascii'
    elif lang == 'fr':
        cs = r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    else:
        cs = r.choice(['utf-8', 'utf-8', 'windows-1252', 'iso-8859-1'])
    fitted = fit_charset(text, cs)
    if fitted is None:
        cs, fitted = 'utf-8', text
    if fitted.isascii():
        cte = r.choice(['7bit', '7bit', 'quoted-printable', 'base64'])
    else:
        cte = r.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit'])
    return fitted, cs, cte


class Boundaries:
    def __init__(self, r):
        self.r = r

    def new(self):
        style = self.r.randrange(3)
        tok = ''.join(self.r.choice('0123456789abcdef') for _ in range(24))
        if style == 0:
            return '----=_NextPart_000_' + tok[:4].upper() + '_' + tok[4:12].upper() + '.' + tok[12:20].upper()
        if style == 1:
            return '0000000000' + tok
        return '_=_boundary_' + tok


def attachment_node(att, r, bnd, nl):
    name = att['name']
    if att['ctype'] == 'message/rfc822':
        inner = att['node']
        inner_bytes = serialize(inner, b'\n')
        hdrs = [('Content-Type', 'message/rfc822; ' + filename_param(name, r, 'name')),
                ('Content-Disposition', 'attachment; ' + filename_param(name, r))]
        if not inner_bytes.isascii():
            hdrs.append(('Content-Transfer-Encoding', '8bit'))
        return Node(hdrs, inner_bytes)
    ctype = att['ctype']
    data = att['data']
    if ctype.startswith('text/') and att.get('charset'):
        ctp = f'{ctype}; charset="{att["charset"]}"; ' + filename_param(name, r, 'name')
        if data.isascii():
            cte = r.choice(['base64', '7bit', 'quoted-printable'])
        else:
            cte = r.choice(['base64', 'quoted-printable'])
        if cte == 'base64':
            body = base64.encodebytes(data)
        elif cte == 'quoted-printable':
            body = quopri.encodestring(data)
        else:
            body = data
    else:
        ctp = f'{ctype}; ' + filename_param(name, r, 'name')
        cte = 'base64'
        body = base64.encodebytes(data)
    disp = 'attachment; ' + filename_param(name, r)
    if r.random() < 0.3:
        disp += f'; size={len(data)}'
    return Node([('Content-Type', ctp), ('Content-Disposition', disp), ('Content-Transfer-Encoding', cte)], body)


def build_node(spec, r, top=True):
    """spec: dict(lang, frm, to, cc, subject, date, blocks, atts, fmt, mailer, msgid, irt, style, logo)"""
    bnd = Boundaries(r)
    lang = spec['lang']
    st = spec['style']
    fmt = spec['fmt']
    plain = render_plain(spec['blocks'], lang, st)
    parts = []
    if fmt in ('plain', 'alt'):
        t, cs, cte = pick_encoding(plain, lang, r, spec.get('cs'))
        parts.append(text_node(t, 'plain', cs, cte))
    html_node = None
    if fmt in ('html', 'alt'):
        hdoc = render_html(spec['blocks'], lang, st, logo=spec.get('logo', False))
        t, cs, cte = pick_encoding(hdoc, lang, r, spec.get('cs'))
        t = t.replace('@@CS@@', cs)
        html_node = text_node(t, 'html', cs, cte)
        if spec.get('logo'):
            img = Node([('Content-Type', 'image/png; name="logo.png"'),
                        ('Content-Transfer-Encoding', 'base64'), ('Content-ID', '<logo-chrvb@chrvb.example>'),
                        ('Content-Disposition', 'inline; filename="logo.png"')], base64.encodebytes(LOGO))
            b = bnd.new()
            html_node = Node([('Content-Type', f'multipart/related;\n type="text/html";\n boundary="{b}"')],
                             children=[html_node, img], boundary=b)
        parts.append(html_node)
    if fmt == 'alt':
        b = bnd.new()
        body = Node([('Content-Type', f'multipart/alternative;\n boundary="{b}"')], children=parts, boundary=b)
    else:
        body = parts[0]
    atts = spec.get('atts') or []
    if atts:
        b = bnd.new()
        kids = [body] + [attachment_node(a, r, bnd, b'\n') for a in atts]
        root = Node([('Content-Type', f'multipart/mixed;\n boundary="{b}"')], children=kids, boundary=b)
    else:
        root = body
    hdrs = [('From', encode_addresses([spec['frm']], 'From')),
            ('To', encode_addresses(spec['to'], 'To'))]
    if spec.get('cc'):
        hdrs.append(('Cc', encode_addresses(spec['cc'], 'Cc')))
    hdrs.append(('Subject', encode_header_text(spec['subject'], 'Subject', r)))
    hdrs.append(('Date', format_datetime(spec['date'])))
    hdrs.append(('Message-ID', spec['msgid']))
    if spec.get('irt'):
        hdrs.append(('In-Reply-To', spec['irt']))
        hdrs.append(('References', spec['irt']))
    if spec.get('mailer'):
        hdrs.append(('X-Mailer', spec['mailer']))
    if spec.get('extra'):
        hdrs += spec['extra']
    hdrs.append(('MIME-Version', '1.0'))
    if lang == 'fr' and r.random() < 0.4:
        hdrs.append(('Content-Language', 'fr-CA'))
    elif lang == 'en' and r.random() < 0.4:
        hdrs.append(('Content-Language', 'en-CA'))
    root.headers = hdrs + root.headers
    return root


# --------------------------------------------------------------------------------------------
# Per-message context
# --------------------------------------------------------------------------------------------
def ascii_fold(s):
    tr = str.maketrans('éèêëàâäçîïôöùûüÉÈÊÀÂÇÎÔÛ\'', 'eeeeaaaciioouuuEEEAACIOU-')
    return s.translate(tr)


class Gen:
    def __init__(self, seed):
        self.seed = seed
        self.blind = load_blind()
        order = list(range(len(self.blind)))
        random.Random(f'{seed}-blind').shuffle(order)
        self.blind_order = order
        self.blind_pos = 0

    def next_blind(self):
        p = self.blind[self.blind_order[self.blind_pos % len(self.blind_order)]]
        self.blind_pos += 1
        return dict(p)


class Msg:
    def __init__(self, gen, r, lang, positive):
        self.g = gen
        self.r = r
        self.lang = lang
        self.L = lang == 'fr'
        self.positive = positive
        self.types = set()
        self.typos = r.random() < 0.3
        start = datetime.datetime(2024, 1, 8, 7, 0)
        dt = start + datetime.timedelta(days=r.randrange(0, 320), minutes=r.randrange(0, 11 * 60))
        if dt.weekday() >= 5:
            dt += datetime.timedelta(days=7 - dt.weekday())
        tz = TZ_DST if datetime.datetime(2024, 3, 10) <= dt < datetime.datetime(2024, 11, 3) else TZ
        self.date = dt.replace(tzinfo=tz)
        self.note = ''
        self.used = []

    # basic helpers ----------------------------------------------------------------------
    def t(self, fr, en):
        return fr if self.L else en

    def ch(self, seq):
        return self.r.choice(seq)

    def add(self, *types):
        for t in types:
            assert t in ALL_TYPES, t
        self.types.update(types)

    def ty(self, s):
        if not self.typos:
            return s
        words = s.split(' ')
        for i, w in enumerate(words):
            if len(w) >= 7 and w.isalpha() and self.r.random() < 0.12:
                k = self.r.randrange(1, len(w) - 2)
                if self.r.random() < 0.5:
                    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
                else:
                    words[i] = w[:k] + w[k + 1:]
        return ' '.join(words)

    def ago(self, lo, hi):
        return (self.date - datetime.timedelta(days=self.r.randrange(lo, hi))).date()

    def ahead(self, lo, hi):
        return (self.date + datetime.timedelta(days=self.r.randrange(lo, hi))).date()

    def d(self, day, style=None):
        if style is None:
            style = self.r.randrange(4)
        if self.L:
            return [day.isoformat(), day.strftime('%d/%m/%Y'), f'{day.day} {MONTHS_FR[day.month - 1]} {day.year}',
                    f'{day.day} {ABBR_FR[day.month - 1]} {day.year}'][style % 4]
        return [day.isoformat(), f'{MONTHS_EN[day.month - 1]} {day.day}, {day.year}', day.strftime('%d/%m/%Y'),
                f'{day.day} {MONTHS_EN[day.month - 1][:3]} {day.year}'][style % 4]

    def num(self, prefix, digits=5):
        return prefix + ''.join(self.r.choice('0123456789') for _ in range(digits))

    # people ----------------------------------------------------------------------------
    def enrich(self, p, origin):
        r = self.r
        p['origin'] = origin
        p['mrn'] = '%07d' % r.randrange(120000, 2990000)
        area = r.choice(['819', '873', '450', '418'])
        if origin == 'on':
            area = r.choice(['613', '705', '807'])
        p['phone_raw'] = (area, '555', '01%02d' % r.randrange(0, 100))
        if origin in ('qc', 'en'):
            p['street'] = f'{r.randrange(12, 2400)}, {r.choice(QC_STREETS)}' if origin == 'qc' else \
                f'{r.randrange(12, 2400)} {r.choice(EN_STREETS)}'
            p['city'] = r.choice(QC_CITIES)
            p['prov'] = 'QC'
            p['postal'] = f'J{r.randrange(10)}{r.choice("ABCEGHJKLMNPRSTVXY")} {r.randrange(10)}' \
                          f'{r.choice("ABCEGHJKLMNPRSTVXY")}{r.randrange(10)}'
        elif origin == 'on':
            p['street'] = f'{r.randrange(12, 2400)} {r.choice(EN_STREETS)}'
            p['city'] = r.choice(ON_CITIES)
            p['prov'] = 'ON'
            p['postal'] = f'K{r.randrange(10)}{r.choice("ABCEGHJKLMNPRSTVXY")} {r.randrange(10)}' \
                          f'{r.choice("ABCEGHJKLMNPRSTVXY")}{r.randrange(10)}'
        elif origin == 'be':
            st, cp, city = r.choice(BE_PLACES)
            p['street'], p['city'], p['postal'], p['prov'] = f'{st} {r.randrange(2, 140)}', city, cp, 'Belgique'
            p['phone_raw'] = ('+32', '555', '%02d %02d %02d' % (r.randrange(100), r.randrange(100), r.randrange(100)))
        else:
            st, cp, city = r.choice(FRA_PLACES)
            p['street'], p['city'], p['postal'], p['prov'] = f'{r.randrange(2, 90)} {st}', city, cp, 'France'
            p['phone_raw'] = ('+33', '555', '%02d %02d %02d' % (r.randrange(100), r.randrange(100), r.randrange(100)))
        dom = r.choice(['courriel.example', 'mailbox.example', 'poste-perso.example'])
        p['email'] = ascii_fold(f"{p['given']}.{p['surname']}").lower().replace(' ', '') + \
            (str(r.randrange(10, 99)) if r.random() < 0.5 else '') + '@' + dom
        return p

    def blind(self):
        return self.enrich(self.g.next_blind(), 'qc')

    def patient(self, origin=None, sex=None, age=None):
        r = self.r
        origin = origin or ('qc' if self.L else r.choice(['en', 'en', 'qc']))
        sex = sex or r.choice('MF')
        if origin == 'qc':
            sur, giv = r.choice(FR_SUR), r.choice(FR_GIVEN_M if sex == 'M' else FR_GIVEN_F)
        elif origin in ('en', 'on'):
            sur, giv = r.choice(EN_SUR), r.choice(EN_GIVEN_M if sex == 'M' else EN_GIVEN_F)
        elif origin == 'be':
            sur, giv = r.choice(BE_SUR), r.choice(BE_GIVEN_M if sex == 'M' else BE_GIVEN_F)
        else:
            sur, giv = r.choice(FRA_SUR), r.choice(FRA_GIVEN_M if sex == 'M' else FRA_GIVEN_F)
        age = age or r.randrange(19, 92)
        dob = datetime.date(2024 - age, r.randrange(1, 13), r.randrange(1, 29))
        p = dict(surname=sur, given=giv, dob=dob, sex=sex, nam=None)
        return self.enrich(p, origin)

    def title(self, p):
        if self.L:
            return 'M.' if p['sex'] == 'M' else 'Mme'
        return 'Mr.' if p['sex'] == 'M' else self.ch(['Ms.', 'Mrs.'])

    def nm(self, p, style=None):
        self.add('patient_name')
        self.used.append(('patient_name', p['surname']))
        if style is None:
            style = self.r.randrange(8)
        g, s = p['given'], p['surname']
        return [f'{g} {s}', f'{s.upper()}, {g}', f'{s}, {g}', f'{self.title(p)} {s}', f'{self.title(p)} {g} {s}',
                f'{s.upper()} {g}', f'{g.lower()} {s.lower()}', f'{g} {s.upper()}'][style % 8]

    def full(self, p):
        return self.nm(p, self.ch([0, 4, 7]))

    def dob(self, p, style=None):
        self.add('date_of_birth')
        return self.d(p['dob'], style)

    def nam(self, p, style=None):
        self.add('ramq_nam')
        self.used.append(('ramq_nam', p['nam']))
        return fmt_nam(p['nam'], self.r.randrange(5) if style is None else style)

    def mrn(self, p, style=None):
        self.add('mrn')
        m = p['mrn']
        self.used.append(('mrn', m.lstrip('0')))
        style = self.r.randrange(5) if style is None else style
        return [m, f'{m[:3]}-{m[3:]}', f'{m[0]} {m[1:4]} {m[4:]}', f'CHRVB-{m}', m.lstrip('0')][style]

    def sin(self, p, style=None):
        self.add('ca_sin')
        if 'sin' not in p:
            p['sin'] = gen_sin(self.r)
        self.used.append(('ca_sin', p['sin']))
        return fmt_sin(p['sin'], self.r.randrange(3) if style is None else style)

    def ohip(self, p, style=None):
        self.add('ca_health_number')
        if 'ohip' not in p:
            p['ohip'] = gen_ohip(self.r)
        self.used.append(('ca_health_number', p['ohip'][0]))
        return fmt_ohip(p['ohip'][0], p['ohip'][1], self.r.randrange(3) if style is None else style)

    def niss(self, p, style=None):
        self.add('be_niss')
        if 'niss' not in p:
            p['niss'] = gen_niss(self.r, p['dob'], p['sex'])
        self.used.append(('be_niss', p['niss']))
        return fmt_niss(p['niss'], self.r.randrange(3) if style is None else style)

    def nir(self, p, style=None):
        self.add('fr_nir')
        if 'nir' not in p:
            p['nir'] = gen_nir(self.r, p['dob'], p['sex'])
        self.used.append(('fr_nir', p['nir']))
        return fmt_nir(p['nir'], self.r.randrange(3) if style is None else style)

    def phone(self, p, style=None):
        self.add('patient_contact')
        a, b, c = p['phone_raw']
        if a.startswith('+'):
            return f'{a} {b} {c}'
        style = self.r.randrange(4) if style is None else style
        return [f'{a} {b}-{c}', f'({a}) {b}-{c}', f'{a}-{b}-{c}', f'{a}.{b}.{c}'][style]

    def address(self, p, oneline=True):
        self.add('patient_contact')
        if p['prov'] in ('Belgique', 'France'):
            s = f"{p['street']}, {p['postal']} {p['city']} ({p['prov']})"
        else:
            prov = '(Québec)' if p['prov'] == 'QC' and self.L else p['prov']
            s = f"{p['street']}, {p['city']} {prov}  {p['postal']}"
        return s if oneline else s.replace(', ', '\n', 1)

    def pmail(self, p):
        self.add('patient_contact')
        return p['email']

    def pick(self, pool, idx=None):
        return pool[self.r.randrange(len(pool)) if idx is None else idx][0 if self.L else 1]

    def dx(self, idx=None):
        self.add('diagnosis')
        return self.pick(DX, idx)

    def med(self, idx=None):
        self.add('medication')
        return self.pick(MEDS, idx)

    def lab(self, idx=None):
        self.add('lab_result')
        return self.pick(LABS, idx)

    def soc(self, idx=None):
        self.add('social_information')
        return self.pick(SOCIAL, idx)

    # staff / external ---------------------------------------------------------------------
    def first(self, key):
        parts = STAFF[key][0].split()
        return parts[1] if parts[0] in ('Me', 'Dr', 'Dre') else parts[0]

    def staff(self, key):
        s = STAFF[key]
        return (s[0], f'{ascii_fold(s[3])}@{HD}')

    def sig(self, key, disclaimer=None, short=False):
        s = STAFF[key]
        if short:
            return ('sig', [s[0].replace('Me ', '') if self.r.random() < 0.5 else s[0]])
        lines = [s[0], s[1] if self.L else s[2], s[4] if self.L else s[5], HOSP_FR if self.L else HOSP_EN,
                 HOSP_ADDR, (f'Tél. : {HOSP_PHONE}, poste {s[6]}' if self.L
                             else f'Tel.: {HOSP_PHONE} ext. {s[6]}')]
        if self.r.random() < 0.3:
            lines.insert(2, (s[2] if self.L else s[1]))
        if disclaimer or (disclaimer is None and self.r.random() < 0.45):
            lines += ['', DISCLAIMER_FR if self.L else DISCLAIMER_EN]
        return ('sig', lines)

    def ext(self, kind):
        org, dom, people = self.ch(EXTERNAL_ORGS[kind])
        person = self.ch(people)
        local = ascii_fold(re.sub(r'^(Me|Dr|Dre|Mme|M\.) ', '', person.split(',')[0].split(' — ')[-1])) \
            .lower().replace(' ', '.')
        local = re.sub(r'[^a-z.\-]', '', local) or 'info'
        return org, dom, person, f'{local}@{dom}'

    def meta(self, frm, to, subject, days_before=None):
        dt = self.date - datetime.timedelta(days=self.r.randrange(1, 9) if days_before is None else days_before,
                                            minutes=self.r.randrange(5, 400))
        return dict(frm=frm, to=to, date=dt, subject=subject)

    # attachments ------------------------------------------------------------------------
    def att_pdf(self, name, title, blocks, author=None):
        return dict(name=name, ctype='application/pdf',
                    data=make_pdf(title, blocks, author or 'CHRVB', compress=self.r.choice([0, 1]),
                                  org=HOSP_FR if self.L else HOSP_EN))

    def att_docx(self, name, title, blocks, author=None):
        return dict(name=name, ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                    data=make_docx(title, blocks, author or 'CHRVB'))

    def att_xlsx(self, name, sheets, author=None):
        return dict(name=name, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                    data=make_xlsx(sheets, author or 'CHRVB'))

    def att_csv(self, name, header, rows):
        enc = self.ch(['utf-8', 'utf-8-sig', 'windows-1252'])
        delim = ';' if self.L and self.r.random() < 0.7 else ','
        data = make_csv(header, rows, delim, enc, crlf=self.r.random() < 0.6)
        cs = 'utf-8' if enc.startswith('utf-8') else 'windows-1252'
        return dict(name=name, ctype=self.ch(['text/csv', 'text/csv', 'application/vnd.ms-excel']), data=data,
                    charset=cs)

    def att_zip(self, name, files):
        return dict(name=name, ctype=self.ch(['application/zip', 'application/x-zip-compressed']),
                    data=make_zip(files))

    def att_ics(self, name, **kw):
        return dict(name=name, ctype='text/calendar', data=make_ics(**kw), charset='utf-8')

    def att_vcf(self, name, data):
        return dict(name=name, ctype='text/vcard', data=data, charset='utf-8')

    def att_eml(self, name, frm, to, subject, blocks, days_before=None, atts=None, lang=None):
        meta = self.meta(frm, to, subject, days_before)
        inner = dict(lang=lang or self.lang, frm=frm, to=to, subject=subject, date=meta['date'], blocks=blocks,
                     atts=atts or [], fmt=self.ch(['plain', 'alt', 'html']), style=self.style(),
                     msgid=self.msgid(frm[1].split('@')[1]))
        node = build_node(inner, self.r)
        return dict(name=name, ctype='message/rfc822', node=node)

    # finishing --------------------------------------------------------------------------
    def style(self):
        r = self.r
        return dict(table=r.choice(['pipe', 'tab', 'aligned', 'semi']), bullet=r.choice(['-', '*', '•', 'num']),
                    sigdash=r.random() < 0.3, quote='outlook' if r.random() < 0.55 else 'gt',
                    font=r.choice(['Calibri, sans-serif', 'Arial, sans-serif', 'Segoe UI, sans-serif',
                                   'Times New Roman, serif']),
                    ent=r.choice(['none', 'none', 'none', 'named', 'numeric']))

    def msgid(self, dom=HD):
        tok = ''.join(self.r.choice('0123456789ABCDEF') for _ in range(20))
        return f'<{tok}.{self.date:%Y%m%d%H%M}@{dom}>'

    def finish(self, frm, to, subject, blocks, atts=None, cc=None, fmt=None, reply=False, note=''):
        r = self.r
        st = self.style()
        if fmt is None:
            x = r.random()
            fmt = 'plain' if x < 0.4 else ('alt' if x < 0.75 else 'html')
        mailer = None
        x = r.random()
        if x < 0.45:
            mailer = 'Microsoft Outlook 16.0'
            st['quote'] = 'outlook'
        elif x < 0.6:
            mailer = 'Zimbra 9.0.0_GA (ZimbraWebClient - FF115)'
        elif x < 0.7:
            mailer = 'Mozilla Thunderbird 115.6'
            st['quote'] = 'gt'
        extra = []
        if r.random() < 0.15:
            extra.append(('Importance', 'High'))
        if r.random() < 0.2:
            extra.append(('Thread-Topic', re.sub(r'^(RE|TR|Fwd|FW|Re|Fw|TR ?)\s*:\s*', '', subject)
                          if subject.isascii() else 'x'))
            if not subject.isascii():
                extra.pop()
        self.note = note
        spec = dict(lang=self.lang, frm=frm, to=to, cc=cc or [], subject=subject, date=self.date,
                    blocks=blocks, atts=atts or [], fmt=fmt, style=st, mailer=mailer, extra=extra,
                    msgid=self.msgid(), irt=self.msgid(to[0][1].split('@')[1]) if reply else None,
                    logo=fmt in ('html', 'alt') and r.random() < 0.2)
        return spec

    def re_(self, s):
        return (self.ch(['RE : ', 'RE: ', 'Re: ']) if self.L else self.ch(['RE: ', 'Re: '])) + s

    def fw(self, s):
        return (self.ch(['TR : ', 'TR: ', 'Fwd: ']) if self.L else self.ch(['FW: ', 'Fwd: ', 'Fw: '])) + s

    def hello(self, name=None):
        if self.L:
            return self.ch(['Bonjour', 'Bonjour,', 'Bonjour à tous,', 'Allo', 'Bon matin']) if not name else \
                self.ch(['Bonjour ', 'Bonjour ', 'Allo ']) + name + ','
        return self.ch(['Hi,', 'Hello,', 'Good morning,', 'Hi all,']) if not name else \
            self.ch(['Hi ', 'Hello ', 'Dear ']) + name + ','

    def thanks(self):
        return self.ch(['Merci,', 'Merci!', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,']) if self.L else \
            self.ch(['Thanks,', 'Thank you,', 'Regards,', 'Best regards,', 'Kind regards,'])


# --------------------------------------------------------------------------------------------
# Positive templates
# --------------------------------------------------------------------------------------------
def cap(s):
    return s[:1].upper() + s[1:]


def idline(m, p):
    if p.get('nam'):
        return m.t(m.ch(['NAM', 'No assurance maladie', "Carte d'assurance maladie"]), 'Medicare (RAMQ)') + \
            ' : ' + m.nam(p) if m.L else 'Medicare (RAMQ): ' + m.nam(p)
    return m.t('No de dossier : ', 'Chart number: ') + m.mrn(p)


def archives_box(m):
    return ('Archives médicales CHRVB', f'archives@{HD}') if m.L else ('Health Records - CHRVB', f'healthrecords@{HD}')


def p_roi_request_patient(m):
    p = m.blind() if m.r.random() < 0.7 else m.patient()
    key = m.ch(['arch1', 'arch2']) if m.L else 'arch_en'
    stay = m.ago(40, 500)
    dx = m.dx()
    req = m.num('DA-2024-', 4)
    pt = (f"{p['given']} {p['surname']}", m.pmail(p))
    if m.L:
        inner = [m.ty(f"Bonjour, je voudrais obtenir une copie complète de mon dossier médical pour mon "
                      f"hospitalisation du {m.d(stay)} ({dx})."),
                 f"Nom : {m.nm(p, 0)}\nDate de naissance : {m.dob(p)}\n"
                 f"{idline(m, p)}\n"
                 f"Adresse : {m.address(p)}\nTéléphone : {m.phone(p)}",
                 m.ty("J'en ai besoin pour mon assurance salaire. Merci de me dire s'il y a des frais."), p['given']]
        body = [m.hello(m.nm(p, 3)),
                m.ty(f"Nous accusons réception de votre demande d'accès à votre dossier (no {req}). Nous disposons "
                     f"de 20 jours pour y donner suite. Les copies vous seront postées à l'adresse inscrite à "
                     f"votre demande; des frais de reproduction de 0,40 $ la page s'appliquent au-delà de 20 pages."),
                "Veuillez prévoir une pièce d'identité avec photo si vous préférez les récupérer en personne.",
                m.thanks(), m.sig(key)]
        subj = m.re_(m.ch(['Demande de copie de dossier', 'demande dossier médical', 'Copie de mon dossier']))
    else:
        inner = [m.ty(f"Hello, I would like a complete copy of my medical records for my stay starting "
                      f"{m.d(stay)} ({dx})."),
                 f"Name: {m.nm(p, 0)}\nDate of birth: {m.dob(p)}\n{idline(m, p)}\n"
                 f"Address: {m.address(p)}\nPhone: {m.phone(p)}",
                 m.ty("My lawyer asked me to get them. Please let me know about fees."), p['given']]
        body = [m.hello(m.nm(p, 3)),
                m.ty(f"We acknowledge receipt of your request for access to your record (no. {req}). We have "
                     f"20 days to respond. Copies will be mailed to the address on your request; a copying fee of "
                     f"$0.40 per page applies beyond 20 pages."),
                'You may also pick them up in person with photo ID.', m.thanks(), m.sig(key)]
        subj = m.re_(m.ch(['Request for my medical records', 'records request', 'Copy of my chart']))
    body.append(('quote', m.meta(pt, [archives_box(m)], subj[4:].strip(' :')), inner))
    return m.finish(m.staff(key), [pt], subj, body, reply=True, note='ROI acknowledgement quoting patient request')


def p_roi_insurer(m):
    p = m.patient() if m.r.random() < 0.5 else m.blind()
    org, dom, person, addr = m.ext('ins_fr' if m.L else 'ins_en')
    key = m.ch(['arch1', 'arch2', 'arch3']) if m.L else 'arch_en'
    claim = m.num('R-', 7)
    stay = m.ago(60, 400)
    dxi = m.r.randrange(len(DX))
    pdf_blocks = [
        m.t(f"Usager : {m.nm(p, 1)}    Date de naissance : {m.dob(p, 0)}    Dossier : {m.mrn(p)}",
            f"Patient: {m.nm(p, 1)}    DOB: {m.dob(p, 0)}    Chart: {m.mrn(p)}"),
        m.t(f"Admission : {m.d(stay, 0)}  —  Diagnostic principal : {m.dx(dxi)}",
            f"Admission: {m.d(stay, 0)}  -  Principal diagnosis: {m.dx(dxi)}"),
        m.t("Évolution : séjour sans complication majeure. Congé vers le domicile avec suivi en clinique externe.",
            "Course: uneventful stay. Discharged home with outpatient follow-up."),
        ('ul', [m.med(i) for i in m.r.sample(range(len(MEDS)), 2)]),
        m.t(f"Résultats pertinents : {m.lab()}", f"Relevant results: {m.lab()}")]
    att = m.att_pdf(m.ch([f'Sommaire_{claim}.pdf', f'documents_{claim}.pdf', 'sommaire hospitalisation.pdf'])
                    if m.L else m.ch([f'Discharge_summary_{claim}.pdf', f'records_{claim}.pdf']),
                    m.t("Sommaire d'hospitalisation", 'Discharge summary'), pdf_blocks)
    who = m.nm(p, m.ch([0, 4]))
    if m.L:
        body = [m.hello(person),
                m.ty(f"Suite à votre demande du {m.d(m.ago(10, 30))} et à l'autorisation signée par votre assuré(e), "
                     f"{who} (NAS {m.sin(p)}), né(e) le {m.dob(p)}, vous trouverez ci-joint les documents suivants "
                     f"pour la réclamation {claim} :"),
                ('ul', [f"Sommaire d'hospitalisation du {m.d(stay)}", 'Liste des médicaments au congé',
                        'Résultats de laboratoire pertinents']),
                'Une facture pour les frais de reproduction suivra par la poste.', m.thanks(), m.sig(key)]
        subj = f'Réclamation {claim} — documents demandés'
    else:
        body = [m.hello(person),
                m.ty(f"Further to your request of {m.d(m.ago(10, 30))} and the authorization signed by your insured, "
                     f"{who} (SIN {m.sin(p)}), born {m.dob(p)}, please find attached the following for claim "
                     f"{claim}:"),
                ('ul', [f'Discharge summary ({m.d(stay)})', 'Medication list at discharge', 'Relevant lab results']),
                'An invoice for copying fees will follow by mail.', m.thanks(), m.sig(key)]
        subj = f'Claim {claim} - requested records'
    return m.finish(m.staff(key), [(person, addr)], subj, body, [att], note='records to insurer, PDF summary')


def p_roi_lawyer(m):
    p = m.patient() if m.r.random() < 0.6 else m.blind()
    org, dom, person, addr = m.ext('law_fr' if m.L else 'law_en')
    key = m.ch(['legal1', 'legal2', 'legal_asst']) if m.L else 'legal_en'
    acc = m.ago(30, 300)
    their = m.num('', 5) + '-' + m.num('', 3)
    inj = m.dx(m.ch([0, 6, 7, 15]))
    if m.L:
        body = [m.hello(person),
                m.ty(f"Nous avons bien reçu votre lettre du {m.d(m.ago(5, 20))} ainsi que le consentement signé de "
                     f"votre client, {m.nm(p, m.ch([0, 4]))}."),
                m.ty(f"Le dossier no {m.mrn(p)} comprend la visite à l'urgence du {m.d(acc)} suivant l'accident de la "
                     f"route ({inj}) et le suivi en orthopédie. Nous comprenons que votre client "
                     f"poursuit l'autre conducteur en responsabilité civile."),
                "Les copies seront prêtes d'ici 15 jours ouvrables. Les notes de l'équipe de réadaptation ne font "
                "pas partie de la présente communication.", m.thanks(), m.sig(key)]
        subj = m.re_(f'V/Réf. {their} — {p["surname"]} c. {m.ch(["Assurances Prévost", "Transport Lamarre inc."])}')
    else:
        body = [m.hello(person),
                m.ty(f"We received your letter dated {m.d(m.ago(5, 20))} together with the signed consent of your "
                     f"client, {m.nm(p, m.ch([0, 4]))}."),
                m.ty(f"Chart {m.mrn(p)} contains the ED visit of {m.d(acc)} after the motor vehicle collision "
                     f"({inj}) and the orthopaedic follow-up. We understand your client is suing the other "
                     f"driver."),
                'Copies will be ready within 15 business days.', m.thanks(), m.sig(key)]
        subj = m.re_(f'Your file {their} - {p["surname"]} v. {m.ch(["Prevost Insurance", "Lamarre Transport Inc."])}')
    m.add('social_information')
    return m.finish(m.staff(key), [(person, addr)], subj, body, reply=True, note='legal office reply to plaintiff lawyer')


def p_subpoena(m):
    p = m.patient() if m.r.random() < 0.6 else m.blind()
    court = '500-12-' + m.num('', 6) + '-' + m.num('', 3)[:3]
    hear = m.ahead(10, 40)
    key = m.ch(['legal1', 'legal2']) if m.L else 'legal_en'
    akey = m.ch(['arch1', 'arch3']) if m.L else 'arch_en'
    dxs = m.dx(m.ch([2, 3, 12, 13]))
    pdf_blocks = [m.t(f"COUR SUPÉRIEURE — Chambre de la famille — No {court}",
                      f"SUPERIOR COURT - Family Division - No. {court}"),
                  m.t(f"CITATION À COMPARAÎTRE (subpoena duces tecum) — Le gardien des dossiers du {HOSP_FR} est "
                      f"requis de comparaître le {m.d(hear, 2)} à 9 h 30, salle 3.08, et d'apporter le dossier "
                      f"complet de : {m.nm(p, 1)}, né(e) le {m.dob(p, 0)}.",
                      f"SUBPOENA DUCES TECUM - The custodian of records of the {HOSP_EN} is required to appear on "
                      f"{m.d(hear, 1)} at 9:30 a.m., room 3.08, and bring the complete record of: {m.nm(p, 1)}, "
                      f"born {m.dob(p, 0)}."),
                  m.t(f"Parties : {p['surname']} c. {m.ch(['Lavigne', 'Cormier', 'Pelchat'])} (garde d'enfants)",
                      f"Parties: {m.ch(['Lavigne', 'Cormier', 'Pelchat'])} v. {p['surname']} (child custody)")]
    m.add('social_information')
    att = m.att_pdf(m.t(f'Subpoena_{court}.pdf', f'Subpoena_{court}.pdf'), 'Subpoena', pdf_blocks)
    if m.L:
        body = [m.hello(m.first(akey)),
                m.ty(f"Nous avons reçu ce matin le subpoena ci-joint dans le dossier de garde {court}. Il vise "
                     f"{m.nm(p, m.ch([0, 3, 4]))}, suivie en psychiatrie externe depuis 2021 pour {dxs}."),
                m.ty("Peux-tu préparer une copie certifiée du dossier complet, sous pli scellé? Je m'occupe de "
                     "vérifier si on doit s'opposer à la production des notes de psychothérapie."),
                f"Audience : {m.d(hear)}.", m.thanks(), m.sig(key, short=m.r.random() < 0.5)]
        subj = m.ch([f'Subpoena — dossier {court}', f'Subpoena reçu {court} - {p["surname"]}', 'Subpoena à traiter'])
    else:
        body = [m.hello(m.first(akey)),
                m.ty(f"We were served this morning with the attached subpoena in custody file {court}. It concerns "
                     f"{m.nm(p, m.ch([0, 3, 4]))}, followed in outpatient psychiatry since 2021 for {dxs}."),
                'Could you prepare a certified copy of the full chart, sealed? I will check whether we object to '
                'the production of the psychotherapy notes.', f'Hearing: {m.d(hear)}.', m.thanks(), m.sig(key)]
        subj = m.ch([f'Subpoena - file {court}', f'Subpoena served - {p["surname"]}'])
    return m.finish(m.staff(key), [m.staff(akey)], subj, body, [att], note='subpoena forwarded to records')


def p_coroner_request(m):
    p = m.blind()
    org, dom, person, addr = m.ext('coroner')
    key = m.ch(['arch1', 'arch3']) if m.L else 'arch_en'
    death = m.ago(5, 40)
    avis = m.num('A-', 6)
    files = []
    note_txt = m.t(f"NOTES D'ÉVOLUTION — {m.nm(p, 1)} — Dossier {m.mrn(p, 0)}\n"
                   f"{m.d(death, 0)} 03:40  Arrivée ambulance, ACR, naloxone x2 sans réponse.\n"
                   f"{m.d(death, 0)} 04:25  Constat de décès. Famille avisée.\n",
                   f"PROGRESS NOTES - {m.nm(p, 1)} - Chart {m.mrn(p, 0)}\n"
                   f"{m.d(death, 0)} 03:40  Arrived by ambulance, cardiac arrest, naloxone x2 no response.\n"
                   f"{m.d(death, 0)} 04:25  Death pronounced. Family notified.\n")
    m.add('medication')
    files.append((m.t('notes_evolution.txt', 'progress_notes.txt'), note_txt.encode('utf-8')))
    lab_pdf = make_pdf(m.t('Résultats de laboratoire', 'Laboratory results'),
                       [f"{m.nm(p, 1)}  {m.dob(p, 0)}", ('table', ['Analyse' if m.L else 'Test', 'Résultat' if m.L
                                                                else 'Result'],
                                                         [[m.lab(6), ''], [m.lab(9), ''], [m.lab(7), '']])])
    files.append((m.t('resultats_labo.pdf', 'lab_results.pdf'), lab_pdf))
    files.append(('LISEZMOI.txt' if m.L else 'README.txt',
                  m.t('Copie certifiée conforme — Service des archives médicales',
                      'Certified true copy - Health Records Department').encode('utf-8')))
    att = m.att_zip(f'{avis}_{ascii_fold(p["surname"]).upper()}.zip', files)
    inner = m.t([f"Madame, Monsieur,",
                 f"Dans le cadre de l'investigation no {avis}, je vous demande de me transmettre le dossier complet "
                 f"de {m.nm(p, 4)}, né(e) le {m.dob(p)} (NAM {m.nam(p)}), décédé(e) le {m.d(death)} à l'urgence "
                 f"de votre établissement. Intoxication présumée aux opioïdes.", person],
                [f"Dear Sir or Madam,",
                 f"For investigation no. {avis}, please send me the complete record of {m.nm(p, 4)}, born "
                 f"{m.dob(p)} (RAMQ {m.nam(p)}), who died on {m.d(death)} in your emergency department. Suspected "
                 f"opioid overdose.", person])
    m.add('diagnosis', 'social_information')
    body = [m.hello(person.split(',')[0]),
            m.t(f"Tel que demandé, vous trouverez ci-joint le dossier (archive ZIP). Le mot de passe vous sera "
                f"communiqué par téléphone.", 'As requested, the record is attached (ZIP archive). The password '
                'will be given to you by phone.'), m.thanks(), m.sig(key),
            ('quote', m.meta((person, addr), [archives_box(m)], m.t(f'Investigation {avis}', f'Investigation {avis}')),
             inner)]
    return m.finish(m.staff(key), [(person, addr)], m.re_(f'Investigation {avis}'), body, [att], reply=True,
                    note='coroner request quoted, ZIP with notes and labs')


def p_coroner_notice(m):
    p = m.patient(age=m.r.randrange(70, 95))
    key = m.ch(['risk1', 'risk2']) if m.L else 'risk_en'
    death = m.ago(3, 20)
    coroner = m.ch(EXTERNAL_ORGS['coroner'][0][2])
    if m.L:
        body = [m.hello(), m.ty(f"Le coroner ({coroner}) nous informe qu'il enquête sur le décès de "
                                f"{m.nm(p, m.ch([3, 4, 0]))} (dossier {m.mrn(p)}), survenu le {m.d(death)} au 4e Nord "
                                f"à la suite d'une chute avec {m.dx(6)} non diagnostiqué initialement."),
                ('ul', ["Conserver les enregistrements des cloches d'appel et la feuille de surveillance de nuit",
                        'Ne pas modifier les notes au dossier', "Compléter l'AH-223 si ce n'est pas déjà fait"]),
                "Rencontre de l'équipe jeudi 13 h, salle Laurier.", m.thanks(), m.sig(key)]
        subj = m.ch(['Enquête du coroner — 4e Nord', 'Décès 4e Nord - avis du coroner', 'URGENT coroner'])
    else:
        body = [m.hello(), m.ty(f"The coroner ({coroner}) informed us of an investigation into the death of "
                                f"{m.nm(p, m.ch([3, 4, 0]))} (chart {m.mrn(p)}) on {m.d(death)} on 4 North after a "
                                f"fall with an initially missed {m.dx(6)}."),
                ('ul', ['Preserve call-bell logs and the night observation sheet', 'Do not alter chart notes',
                        'Complete the AH-223 if not already done']),
                'Team meeting Thursday 1 p.m., Laurier room.', m.thanks(), m.sig(key)]
        subj = m.ch(["Coroner's investigation - 4 North", 'Death on 4N - coroner notice'])
    m.add('social_information')
    return m.finish(m.staff(key), [m.staff('nurse1'), m.staff('md1')], subj, body, cc=[m.staff('legal1')],
                    note='coroner investigation notice internal')


def p_complaint_forward(m):
    p = m.blind() if m.r.random() < 0.5 else m.patient(age=m.r.randrange(60, 95))
    key = m.ch(['comm1', 'comm2']) if m.L else 'comm1'
    pl = m.num('2024-', 4)
    dxi = m.ch([10, 14, 1, 5])
    daughter = m.ch(['Nancy', 'Karine', 'Sylvie']) if m.L else m.ch(['Laura', 'Jennifer'])
    if m.L:
        born = f" (née/né le {m.dob(p)})" if m.r.random() < 0.5 else ''
        body = [m.hello(), m.ty(f"Je vous transmets la plainte no {pl} déposée par {daughter}, fille et mandataire "
                                f"(mandat de protection homologué) de {m.nm(p)}{born}, dossier {m.mrn(p)}."),
                m.ty(f"Elle allègue que son père/sa mère, hospitalisé(e) pour un {m.dx(dxi)}, est resté(e) plus de "
                     f"six heures sans évaluation infirmière et n'a pas reçu de soins d'hygiène pendant trois jours."),
                "Je vous demande votre version des faits d'ici 10 jours ouvrables, conformément à la procédure "
                "d'examen des plaintes.", m.thanks(), m.sig(key, disclaimer=True)]
        subj = f'Plainte {pl} — demande de version des faits'
    else:
        body = [m.hello(), m.ty(f"Please find complaint no. {pl} filed by {daughter}, daughter and court-approved "
                                f"mandatary of {m.nm(p)}, chart {m.mrn(p)}."),
                m.ty(f"She alleges her parent, admitted for {m.dx(dxi)}, waited more than six hours without a "
                     f"nursing assessment and received no hygiene care for three days."),
                'Please send me your version of the facts within 10 business days.', m.thanks(),
                m.sig(key, disclaimer=True)]
        subj = f'Complaint {pl} - request for your version of facts'
    m.add('social_information')
    return m.finish(m.staff(key), [m.staff('nurse1')], subj, body, note='commissioner forwards complaint')


def p_complaint_conclusion(m):
    p = m.patient() if m.r.random() < 0.6 else m.blind()
    key = 'comm1' if m.L else m.ch(['comm1', 'comm2'])
    pl = m.num('2024-', 4)
    surg = m.ago(40, 120)
    doc = [m.t(f"{m.d(m.date.date(), 2)}", f"{m.d(m.date.date(), 1)}"),
           f"{m.nm(p, 4)}\n{m.address(p, oneline=False)}",
           m.t(f"Objet : Conclusions — plainte no {pl}", f"Re: Conclusions - complaint no. {pl}"),
           m.t(f"{m.nm(p, 3)},", f"Dear {m.nm(p, 3)},"),
           m.t(f"Vous avez été hospitalisé(e) à l'unité de chirurgie le {m.d(surg)} pour une cholécystectomie. "
               f"Vous déplorez avoir reçu votre congé le lendemain malgré une douleur non contrôlée et une "
               f"infection de plaie diagnostiquée trois jours plus tard.",
               f"You were admitted to the surgical unit on {m.d(surg)} for a cholecystectomy. You report being "
               f"discharged the next day despite uncontrolled pain, with a wound infection diagnosed three days "
               f"later."),
           m.t("Après examen, votre plainte est jugée fondée. Nous recommandons à la direction des soins "
               "infirmiers de revoir les critères de congé précoce.",
               'After review, your complaint is founded. We recommend that Nursing review early discharge '
               'criteria.'),
           STAFF[key][0]]
    m.add('diagnosis')
    att = m.att_docx(m.t(f'Conclusions_plainte_{pl}.docx', f'Complaint_{pl}_conclusions.docx'),
                     m.t('Lettre de conclusions', 'Letter of conclusions'), doc, author=STAFF[key][0])
    body = [m.hello(m.nm(p, 3)),
            m.t(f"Vous trouverez ci-joint nos conclusions concernant votre plainte no {pl}. Une copie papier vous "
                f"est également envoyée par la poste. Si vous êtes en désaccord, vous pouvez vous adresser au "
                f"Protecteur du citoyen.", f"Please find attached our conclusions regarding complaint no. {pl}. "
                f"A paper copy is also being mailed. If you disagree, you may contact the Ombudsman."),
            m.thanks(), m.sig(key)]
    return m.finish(m.staff(key), [(f"{p['given']} {p['surname']}", m.pmail(p))],
                    m.t(f'Votre plainte {pl}', f'Your complaint {pl}'), body, [att],
                    note='conclusion letter DOCX to patient')


def ah223_rows(m, p, kind):
    ev = m.ago(1, 10)
    if kind == 'chute':
        typ = m.t('Chute', 'Fall')
        desc = m.t("Usager retrouvé au sol près du lit à 02 h 40, ridelles abaissées, cloche hors de portée.",
                   'Patient found on the floor by the bed at 02:40, rails down, call bell out of reach.')
        cons = m.dx(0)
        mes = m.t('Radiographie, avis orthopédie, famille avisée', 'X-ray, ortho consult, family notified')
        extra = [m.t('Médication', 'Medication'), m.med(0)]
    else:
        typ = m.t('Médication — dose erronée', 'Medication - wrong dose')
        desc = m.t(f"Administration de {m.med(1)} au lieu de la dose prescrite (0,5 mg).",
                   f"Administered {m.med(1)} instead of the ordered dose (0.5 mg).")
        cons = m.t('Somnolence, naloxone administrée', 'Drowsiness, naloxone given')
        m.add('medication')
        mes = m.t('Surveillance q15 min, médecin avisé', 'q15 min monitoring, physician notified')
        extra = [m.t('Résultat', 'Result'), m.lab(3)]
    rows = [[m.t('Usager', 'Patient'), m.nm(p, m.ch([1, 2, 5]))],
            [m.t('No de dossier', 'Chart no.'), m.mrn(p)],
            [m.t('Unité / chambre', 'Unit / room'), m.ch(['4e Nord / 412-B', '3e Sud / 318', 'USI / 6'])],
            [m.t("Date de l'événement", 'Event date'), m.d(ev, 0)],
            [m.t('Type', 'Type'), typ], [m.t('Description', 'Description'), desc],
            [m.t('Conséquences', 'Consequences'), cons], [m.t('Mesures', 'Actions'), mes], extra,
            [m.t('Gravité', 'Severity'), m.ch(['E1', 'E2', 'F'])]]
    return rows


def p_incident_ah223(m):
    p = m.patient(age=m.r.randrange(65, 95)) if m.r.random() < 0.5 else m.blind()
    frm = m.ch(['nurse1', 'nurse2']) if m.L else 'nurse_en'
    kind = m.ch(['chute', 'med'])
    rows = ah223_rows(m, p, kind)
    num = m.num('AH223-', 6)
    if m.L:
        body = [m.hello(m.first('risk1')),
                m.ty(f"Voici le résumé de la déclaration {num} saisie cette nuit. Le formulaire papier suit par "
                     f"courrier interne."), ('table', ['Champ', 'Valeur'], rows),
                m.ty('Divulgation faite à la famille par le médecin de garde.'), m.thanks(), m.sig(frm)]
        subj = m.ch([f'Déclaration {num}', f'AH-223 {p["surname"]} — {rows[4][1]}', 'AH-223 de cette nuit'])
    else:
        body = [m.hello(m.first('risk_en')),
                m.ty(f"Summary of incident report {num} entered last night. The paper form follows by internal mail."),
                ('table', ['Field', 'Value'], rows), 'Disclosure done to the family by the physician on call.',
                m.thanks(), m.sig(frm)]
        subj = m.ch([f'Incident report {num}', f'AH-223 {p["surname"]} - {rows[4][1]}'])
    return m.finish(m.staff(frm), [m.staff('risk1' if m.L else 'risk_en')], subj, body,
                    fmt=m.ch(['alt', 'html', 'plain']), note='AH-223 summary table')


def p_med_error(m):
    p = m.patient() if m.r.random() < 0.5 else m.blind()
    key = 'risk_en' if not m.L else m.ch(['risk1', 'risk2'])
    mi = m.ch([0, 5, 11])
    li = 0 if mi in (0, 5, 11) else 3
    if m.L:
        body = [m.hello(), m.ty(f"Suivi de l'erreur de médicament du {m.d(m.ago(2, 9))} : {m.nm(p, m.ch([0, 4]))} "
                                f"(DDN {m.dob(p)}) a reçu une double dose de {m.med(mi)}. {cap(m.lab(li))} "
                                f"le lendemain; vitamine K administrée, pas de saignement."),
                m.ty("La pharmacie révise la double vérification indépendante sur l'unité. Analyse sommaire à "
                     "présenter au comité de gestion des risques."), m.thanks(), m.sig(key)]
        subj = m.ch(['Erreur de médicament — suivi', 'Suivi erreur méd. 3e Sud'])
    else:
        body = [m.hello(), m.ty(f"Follow-up on the medication error of {m.d(m.ago(2, 9))}: {m.nm(p, m.ch([0, 4]))} "
                                f"(DOB {m.dob(p)}) received a double dose of {m.med(mi)}. {m.lab(li)} the next day; "
                                f"vitamin K given, no bleeding."),
                'Pharmacy is reviewing the independent double check on the unit. A brief analysis will go to the '
                'risk management committee.', m.thanks(), m.sig(key)]
        subj = m.ch(['Medication error - follow-up', 'Med error 3 South follow up'])
    return m.finish(m.staff(key), [m.staff('dsp'), m.staff('nurse_en')], subj, body,
                    note='medication error follow-up with dob and lab')


def p_incident_log_xlsx(m):
    key = m.ch(['risk1', 'risk2']) if m.L else 'risk_en'
    rows = []
    for i in range(m.r.randrange(5, 10)):
        p = m.patient() if m.r.random() < 0.7 else m.blind()
        k = m.r.random()
        if k < 0.4:
            typ, det = m.t('Chute', 'Fall'), m.dx(m.ch([0, 15, 6]))
        elif k < 0.8:
            typ, det = m.t('Médication', 'Medication'), m.med()
        else:
            typ, det = m.t('Test diagnostique', 'Diagnostic test'), m.lab()
        rows.append([m.num('AH223-', 6), m.ago(1, 14), m.nm(p, 2), m.mrn(p, 0),
                     m.ch(['4N', '3S', 'URG', 'USI', 'CHSLD-B']), typ, det, m.ch(['C', 'D', 'E1', 'E2', 'F'])])
    header = m.t(['No', 'Date', 'Usager', 'Dossier', 'Unité', 'Type', 'Détail', 'Gravité'],
                 ['No', 'Date', 'Patient', 'Chart', 'Unit', 'Type', 'Detail', 'Severity'])
    att = m.att_xlsx(m.t(f'declarations_a_analyser_S{m.date.isocalendar()[1]}.xlsx',
                         f'incidents_to_review_wk{m.date.isocalendar()[1]}.xlsx'),
                     [(m.t('À analyser', 'To review'), header, rows)], author=STAFF[key][0])
    body = [m.hello(), m.t(m.ty('Voici la liste des déclarations AH-223 de la semaine à analyser avant le comité. '
                                'Merci de compléter la colonne « analyse » d\'ici vendredi.'),
                           'Attached is this week\'s list of AH-223 reports to analyse before the committee. Please '
                           'fill in the analysis column by Friday.'), m.thanks(), m.sig(key)]
    return m.finish(m.staff(key), [m.staff('nurse1'), m.staff('nurse2')],
                    m.t('Déclarations à analyser — semaine ' + str(m.date.isocalendar()[1]),
                        'Incident reports to review - week ' + str(m.date.isocalendar()[1])), body, [att],
                    note='weekly XLSX incident list with names')


def p_breach_letter(m):
    p = m.patient() if m.r.random() < 0.5 else m.blind()
    key = 'priv' if m.L else 'priv_en'
    ev = m.ago(20, 60)
    doc = [f"{m.nm(p, 4)}\n{m.address(p, oneline=False)}",
           m.t("Objet : Avis d'incident de confidentialité", 'Re: Notice of privacy incident'),
           m.t(f"Nous vous informons que le {m.d(ev)}, une personne employée de notre établissement a consulté votre "
               f"dossier sans motif lié à ses fonctions. Les renseignements consultés comprennent vos coordonnées, "
               f"vos notes de suivi et le résultat de votre {m.lab(8)}.",
               f"We are writing to inform you that on {m.d(ev)}, an employee of our facility accessed your record "
               f"without a work-related reason. The information viewed includes your contact details, your "
               f"follow-up notes and your {m.lab(8)} result."),
           m.t("Des mesures disciplinaires ont été prises et la Commission d'accès à l'information a été avisée.",
               'Disciplinary measures were taken and the Commission d\'accès à l\'information was notified.'),
           STAFF[key][0]]
    att = m.att_pdf(m.t(f'Avis_incident_{ascii_fold(p["surname"])}.pdf', f'Notice_{ascii_fold(p["surname"])}.pdf'),
                    m.t('Avis aux personnes concernées', 'Notice to affected person'), doc, author=STAFF[key][0])
    body = [m.hello(m.nm(p, 3)),
            m.t("Tel que convenu lors de notre appel, vous trouverez ci-joint l'avis officiel. N'hésitez pas à me "
                "joindre pour toute question.", 'As discussed on the phone, please find the formal notice attached. '
                'Do not hesitate to contact me with any questions.'), m.thanks(), m.sig(key)]
    return m.finish(m.staff(key), [(f"{p['given']} {p['surname']}", m.pmail(p))],
                    m.t('Avis — incident de confidentialité', 'Notice - privacy incident'), body, [att],
                    note='breach notification PDF to patient')


def p_breach_csv(m):
    key = 'priv' if m.L else 'priv_en'
    rows = []
    for i in range(m.r.randrange(4, 9)):
        p = m.blind()
        k = m.r.randrange(3)
        if k == 0:
            doc = m.t('Rapport de pathologie — ', 'Pathology report - ') + m.dx(8)
        elif k == 1:
            doc = m.t('Résultats sanguins — ', 'Blood results - ') + m.lab(8)
        else:
            doc = m.t('Résumé de consultation — ', 'Consult note - ') + m.dx(m.ch([4, 9, 5]))
        m.add('patient_name')
        rows.append([p['surname'].upper(), p['given'], m.dob(p, 0), m.nam(p, 1), m.phone(p, 0), doc])
    header = m.t(['NOM', 'PRENOM', 'DDN', 'NAM', 'TEL', 'DOCUMENT'], ['LAST', 'FIRST', 'DOB', 'RAMQ', 'PHONE', 'DOCUMENT'])
    att = m.att_csv(m.t('personnes_visees_telecopie.csv', 'affected_fax_batch.csv'), header, rows)
    fax = '819 555-01' + '%02d' % m.r.randrange(100)
    body = [m.hello(), m.t(m.ty(f"Suite à la télécopie acheminée par erreur au {fax} (cabinet privé) le "
                                f"{m.d(m.ago(2, 8))}, voici la liste des usagers visés. Le destinataire a confirmé "
                                f"la destruction. Nous devons aviser chaque personne d'ici vendredi."),
                           f"Following the fax misdirected to {fax} (private office) on {m.d(m.ago(2, 8))}, here is "
                           f"the list of affected patients. The recipient confirmed destruction. We must notify each "
                           f"person by Friday."),
            m.thanks(), m.sig(key)]
    return m.finish(m.staff(key), [m.staff('dsp'), m.staff('legal1')],
                    m.t('Incident télécopie — liste des personnes visées', 'Fax incident - affected list'), body, [att],
                    note='breach CSV list with NAM')


def p_breach_fax(m):
    p = m.patient() if m.r.random() < 0.6 else m.blind()
    key = 'priv_en' if not m.L else 'priv'
    if m.L:
        chart = f", dossier {m.mrn(p)}" if m.r.random() < 0.5 else ''
        body = [m.hello(), m.ty(f"Un sommaire de congé de {m.nm(p, 4)} (né(e) le {m.dob(p)}{chart}) a été télécopié à un "
                                f"mauvais numéro hier. Le document mentionnait son diagnostic de {m.dx()} et sa liste "
                                f"de médicaments ({m.med()}, {m.med()})."),
                'Le destinataire a été joint et a détruit le document. Inscription au registre des incidents faite.',
                m.thanks(), m.sig(key)]
        subj = m.ch(['Incident de confidentialité — télécopie', 'Fax envoyé au mauvais numéro'])
    else:
        body = [m.hello(), m.ty(f"A discharge summary for {m.nm(p, 4)} (DOB {m.dob(p)}) was faxed to a wrong number "
                                f"yesterday. It listed the {m.dx()} diagnosis and medications ({m.med()}, {m.med()})."),
                'The recipient was reached and destroyed it. Entered in the privacy incident register.',
                m.thanks(), m.sig(key)]
        subj = m.ch(['Privacy incident - misdirected fax', 'Fax sent to wrong number'])
    return m.finish(m.staff(key), [m.staff('arch3'), m.staff('legal_en')], subj, body, note='misdirected fax')


def p_roi_roster(m):
    key = m.ch(['arch2', 'arch3']) if m.L else 'arch_en'
    rows = []
    reqs_fr = [('Avocat — litige', 'social'), ('Assureur invalidité', 'social'), ('Usager', None),
               ('Coroner', 'social'), ('DPJ', 'social'), ('SAAQ', 'social')]
    reqs_en = [('Lawyer - litigation', 'social'), ('Disability insurer', 'social'), ('Patient', None),
               ('Coroner', 'social'), ('Child protection', 'social')]
    for i in range(m.r.randrange(5, 9)):
        p = m.patient() if m.r.random() < 0.5 else m.blind()
        req, s = m.ch(reqs_fr if m.L else reqs_en)
        if s:
            m.add('social_information')
        rows.append([m.nm(p, m.ch([1, 2])), m.mrn(p, 0), req, m.dx(), m.d(m.ago(1, 25), 0)])
    header = m.t(['Usager', 'Dossier', 'Demandeur', 'Épisode / motif', 'Reçu le'],
                 ['Patient', 'Chart', 'Requester', 'Episode / reason', 'Received'])
    body = [m.hello(), m.t('Demandes en attente de traitement au ' + m.d(m.date.date()) + ' :',
                           'Requests pending as of ' + m.d(m.date.date()) + ':'),
            ('table', header, rows),
            m.t(m.ty('Priorité aux demandes reçues il y a plus de 15 jours. Karine prend les assureurs.'),
                'Oldest first please. Karine takes the insurers.'), m.thanks(), m.sig(key, short=True)]
    return m.finish(m.staff(key), [m.staff('arch1'), m.staff('arch2' if key != 'arch2' else 'arch1')],
                    m.t('File des demandes d\'accès', 'ROI queue'), body, fmt=m.ch(['html', 'alt']),
                    note='ROI queue roster surname-first')


def p_ohip_patient(m):
    p = m.patient(origin='on')
    key = 'legal_en' if not m.L else m.ch(['arch1', 'legal2'])
    org, dom, person, addr = m.ext('ins_en' if m.r.random() < 0.5 else 'law_en')
    visit = m.ago(30, 200)
    if m.L:
        body = [m.hello(person), m.ty(f"Concernant votre client ontarien {m.nm(p, 0)}, né le {m.dob(p)}, carte "
                                      f"santé de l'Ontario {m.ohip(p)} : notre dossier montre une visite à l'urgence "
                                      f"le {m.d(visit)} pour {m.dx(m.ch([6, 15, 0]))} après un accident de ski."),
                'Le dossier sera transmis après réception du consentement signé.', m.thanks(), m.sig(key)]
        subj = f'Votre client {p["surname"]} — visite urgence'
    else:
        body = [m.hello(person), m.ty(f"Regarding your Ontario client {m.nm(p, 0)}, born {m.dob(p)}, health card "
                                      f"{m.ohip(p)}: our records show an ED visit on {m.d(visit)} for "
                                      f"{m.dx(m.ch([6, 15, 0]))} following a skiing accident."),
                'The record will be released once we receive the signed consent (Ontario form accepted).',
                m.thanks(), m.sig(key)]
        subj = f'Your client {p["surname"]} - ED visit {visit.isoformat()}'
    return m.finish(m.staff(key), [(person, addr)], subj, body, note='Ontario patient with OHIP number')


def p_belgian_patient(m):
    p = m.patient(origin='be')
    org, dom, person, addr = m.ext('be_mut')
    key = m.ch(['arch1', 'arch3'])
    stay = m.ago(20, 120)
    rep = [f"Patient(e) : {m.nm(p, 1)}", f"Né(e) le : {m.dob(p, 2)}", f"NISS : {m.niss(p)}",
           f"Séjour : {m.d(stay, 2)} au {m.d(stay + datetime.timedelta(days=m.r.randrange(3, 12)), 2)}",
           f"Diagnostic : {m.dx(m.ch([1, 10, 16, 17]))}", f"Traitement au congé : {m.med()}"]
    att = m.att_pdf(m.ch(['rapport_hospitalisation.pdf', f'Rapport_{ascii_fold(p["surname"])}.pdf']),
                    'Rapport de séjour', rep)
    body = [m.hello(), m.ty(f"Suite à votre demande de prise en charge pour votre affilié(e) {m.nm(p, 4)} "
                            f"(NISS {m.niss(p)}), vous trouverez ci-joint le rapport de séjour. La facture détaillée "
                            f"suivra séparément par notre service de la facturation."),
            m.thanks(), m.sig(key)]
    return m.finish(m.staff(key), [(person.split(' — ')[0], addr)], f'Votre affilié(e) — {m.nm(p, 1)}', body,
                    [att], note='Belgian patient with NISS')


def p_french_patient(m):
    p = m.patient(origin='fr')
    org, dom, person, addr = m.ext('fr_caisse')
    key = m.ch(['arch2', 'arch3'])
    stay = m.ago(20, 150)
    body = [m.hello(), m.ty(f"Pour faire suite à votre courrier concernant votre assuré(e) {m.nm(p, m.ch([1, 4]))}, "
                            f"NIR {m.nir(p)}, né(e) le {m.dob(p)}, hospitalisé(e) dans notre établissement du "
                            f"{m.d(stay)} pour {m.dx()}, nous vous confirmons que les soins ont été dispensés en "
                            f"urgence."),
            m.ty("Le compte rendu d'hospitalisation a été transmis au médecin traitant en France avec l'accord "
                 "de la patiente/du patient."), m.thanks(), m.sig(key)]
    if m.r.random() < 0.5:
        inner = [m.hello(), f"Nous vous prions de nous transmettre les justificatifs médicaux concernant "
                            f"{m.nm(p, 1)} (NIR {m.nir(p, 0)}).", person]
        body.append(('quote', m.meta((person, addr), [archives_box(m)], 'Demande de justificatifs'), inner))
    return m.finish(m.staff(key), [(person, addr)], m.re_('Demande de justificatifs — ' + p['surname'].upper()),
                    body, reply=True, note='French patient with NIR')


def p_fwd_family(m):
    p = m.patient(age=m.r.randrange(75, 95)) if m.r.random() < 0.6 else m.blind()
    key = m.ch(['legal1', 'legal2']) if m.L else 'legal_en'
    rel = (m.ch(['Martine', 'Josée', 'Richard']) + ' ' + p['surname']) if m.L else \
        (m.ch(['Susan', 'Paul', 'Michael']) + ' ' + p['surname'])
    rmail = ascii_fold(rel).lower().replace(' ', '.') + '@mailbox.example'
    if m.L:
        inner = [m.ty(f"Bonjour, mon père {m.nm(p, 0)} est hospitalisé au 4e Nord depuis le {m.d(m.ago(5, 20))} "
                      f"pour une {m.dx(1)}. Hier soir on lui a administré {m.med(1)} alors que son dossier indique "
                      f"une allergie à la morphine. Il vit seul depuis le décès de ma mère et personne ne m'a "
                      f"appelé."),
                 m.ty("Je veux savoir ce qui s'est passé et je me réserve le droit de consulter un avocat."), rel]
        body = [m.hello(m.first('risk1')),
                m.ty("Pour ton analyse — la famille a aussi écrit au commissaire. On en parle à 14 h?"),
                m.sig(key, short=True), ('fwd', m.meta((rel, rmail), [m.staff(key)], 'Mon père — 4e Nord'), inner)]
        subj = m.fw('Mon père — 4e Nord')
    else:
        inner = [m.ty(f"Hello, my father {m.nm(p, 0)} has been on 4 North since {m.d(m.ago(5, 20))} with "
                      f"{m.dx(1)}. Last night he was given {m.med(1)} even though his chart lists a morphine "
                      f"allergy. He lives alone since my mother passed and nobody called me."),
                 'I want to know what happened and I am considering a lawyer.', rel]
        body = [m.hello(m.first('risk_en')), 'For your review - the family also wrote to the commissioner.',
                m.sig(key, short=True), ('fwd', m.meta((rel, rmail), [m.staff(key)], 'My father - 4 North'), inner)]
        subj = m.fw('My father - 4 North')
    m.add('social_information')
    return m.finish(m.staff(key), [m.staff('risk1' if m.L else 'risk_en')], subj, body,
                    note='inline forward of family complaint')


def p_reply_quoted(m):
    p = m.patient() if m.r.random() < 0.5 else m.blind()
    org, dom, person, addr = m.ext('ins_fr' if m.L else 'ins_en')
    key = m.ch(['arch1', 'arch2']) if m.L else 'arch_en'
    if m.L:
        inner = [m.hello(), m.ty(f"Nous traitons la demande d'invalidité de {m.nm(p, 0)}, NAS {m.sin(p)}. "
                                 f"Son médecin indique un {m.dx(m.ch([2, 7, 13]))}. Pourriez-vous nous faire "
                                 f"parvenir les notes de consultation depuis janvier? L'autorisation est jointe."),
                 person + '\n' + org]
        body = [m.ty(m.ch(['Bien reçu, je transmets à notre équipe. Délai habituel : 20 jours.',
                           'Reçu. On vous revient dès que le dossier est prêt.'])), m.sig(key, short=True)]
        subj = m.re_(f'Demande invalidité — {p["surname"]}')
    else:
        inner = [m.hello(), m.ty(f"We are handling the disability claim of {m.nm(p, 0)}, SIN {m.sin(p)}. Her/his "
                                 f"physician reports {m.dx(m.ch([2, 7, 13]))}. Could you send the consultation notes "
                                 f"since January? The authorization is enclosed."), person + '\n' + org]
        body = [m.ch(['Received, forwarding to our team. Usual turnaround is 20 days.',
                      'Got it - we will get back to you when ready.']), m.sig(key, short=True)]
        subj = m.re_(f'Disability claim - {p["surname"]}')
    m.add('social_information')
    body.append(('quote', m.meta((person, addr), [m.staff(key)], subj[4:].strip(' :')), inner))
    return m.finish(m.staff(key), [(person, addr)], subj, body, reply=True, note='short reply; sensitive in quote')


def p_attached_eml(m):
    p = m.blind()
    org, dom, person, addr = m.ext('law_fr' if m.L else 'law_en')
    key = m.ch(['arch1', 'arch3']) if m.L else 'arch_en'
    lkey = m.ch(['legal1', 'legal2']) if m.L else 'legal_en'
    acc = m.ago(60, 300)
    if m.L:
        inner = [m.hello(), m.ty(f"Nous représentons {m.nm(p, 4)}, né(e) le {m.dob(p)}, NAM {m.nam(p)}, dans le "
                                 f"cadre d'une poursuite contre son employeur à la suite d'une chute survenue le "
                                 f"{m.d(acc)} ({m.dx(m.ch([7, 15, 6]))})."),
                 'Veuillez nous transmettre copie intégrale du dossier. Le consentement est joint au présent courriel.',
                 person + '\n' + org]
        subj_in = f'Demande de dossier — {p["surname"].upper()} {p["given"]}'
        body = [m.hello(m.first(lkey)),
                m.ty("Voir le courriel ci-joint. Peux-tu valider si le consentement est suffisant avant que je "
                     "procède? Le formulaire n'est pas celui de l'établissement."), m.thanks(), m.sig(key, short=True)]
        subj = m.fw(subj_in)
    else:
        inner = [m.hello(), m.ty(f"We act for {m.nm(p, 4)}, born {m.dob(p)}, RAMQ {m.nam(p)}, in a claim against "
                                 f"the employer after a fall on {m.d(acc)} ({m.dx(m.ch([7, 15, 6]))})."),
                 'Please send a full copy of the chart. The consent is attached.', person + '\n' + org]
        subj_in = f'Records request - {p["surname"].upper()}, {p["given"]}'
        body = [m.hello(m.first(lkey)),
                'See attached e-mail. Can you confirm the consent is sufficient before I release anything?',
                m.thanks(), m.sig(key, short=True)]
        subj = m.fw(subj_in)
    m.add('social_information')
    att = m.att_eml(ascii_fold(subj_in).replace(' ', '_')[:60] + '.eml', (person, addr), [archives_box(m)],
                    subj_in, inner)
    return m.finish(m.staff(key), [m.staff(lkey)], subj, body, [att], note='lawyer request attached as .eml')


def p_transport(m):
    p = m.patient() if m.r.random() < 0.6 else m.blind()
    org, dom, person, addr = m.ext('transport')
    key = m.ch(['legal_asst', 'nurse1']) if m.L else 'nurse_en'
    when = m.ahead(3, 15)
    if m.L:
        body = [m.hello(), m.ty(f"Nous avons besoin d'un transport adapté pour {m.nm(p, m.ch([0, 4]))} le "
                                f"{m.d(when)} : prise en charge à 8 h 15 au {m.address(p)}, destination palais de "
                                f"justice (audience à 9 h 30), retour vers 12 h."),
                ('ul', [f"Téléphone de l'usager : {m.phone(p)}", f"Fauteuil roulant, usager hémiplégique "
                                                                 f"({m.dx(10)})", 'Accompagnateur : non'] +
                 ([f"NAM : {m.nam(p)}"] if p.get('nam') and m.r.random() < 0.6 else [])),
                m.thanks(), m.sig(key)]
        subj = m.ch(['Demande de transport adapté', f'Transport {m.d(when, 0)}'])
    else:
        body = [m.hello(), m.ty(f"We need an adapted transport for {m.nm(p, m.ch([0, 4]))} on {m.d(when)}: pick-up "
                                f"8:15 a.m. at {m.address(p)}, destination courthouse (hearing at 9:30), return "
                                f"around noon."),
                ('ul', [f"Patient phone: {m.phone(p)}", f"Wheelchair, hemiplegic ({m.dx(10)})",
                        'Escort: no']), m.thanks(), m.sig(key)]
        subj = m.ch(['Adapted transport request', f'Transport {m.d(when, 0)}'])
    m.add('social_information')
    return m.finish(m.staff(key), [(org, addr)], subj, body, note='transport booking with home address')


def p_ics_disclosure(m):
    p = m.patient() if m.r.random() < 0.5 else m.blind()
    key = m.ch(['risk1', 'risk2']) if m.L else 'risk_en'
    start = datetime.datetime.combine(m.ahead(2, 10), datetime.time(m.ch([9, 10, 13, 14]), 0))
    summ = m.t(f"Rencontre de divulgation — famille de {m.nm(p, m.ch([3, 4]))} (dossier {m.mrn(p)})",
               f"Disclosure meeting - family of {m.nm(p, m.ch([3, 4]))} (chart {m.mrn(p)})")
    desc = m.t(f"Accident : {m.med(11)} administrée à un débit 10 fois supérieur, {m.dx(16)} le lendemain. "
               f"Présents : Dre Veilleux, S. Turcotte, infirmière au dossier.",
               f"Accident: {m.med(11)} infused at 10x the ordered rate, {m.dx(16)} the next day. Present: "
               f"Dr Veilleux, M. Ashworth, primary nurse.")
    att = m.att_ics('invite.ics', uid=m.num('evt-', 10) + '@' + HD, start=start, minutes=60, summary=summ,
                    description=desc, location=m.t('Salle Laurier, 2e étage', 'Laurier room, 2nd floor'),
                    organizer=m.staff(key), attendees=[m.staff('dsp'), m.staff('nurse1')])
    body = [m.hello(), m.t('Invitation à la rencontre de divulgation. Merci de confirmer votre présence.',
                           'Invitation to the disclosure meeting. Please confirm.'), m.sig(key, short=True)]
    return m.finish(m.staff(key), [m.staff('dsp'), m.staff('nurse1')],
                    m.t('Invitation : rencontre de divulgation', 'Invitation: disclosure meeting'), body, [att],
                    note='ICS with patient name in summary')


def p_vcard_complaint(m):
    p = m.patient() if m.r.random() < 0.5 else m.blind()
    key = m.ch(['comm1', 'comm2']) if m.L else 'comm1'
    vcf = make_vcf(p['surname'], p['given'], m.phone(p, 0), p['street'], p['city'], p['postal'], m.pmail(p),
                   note=m.t('Plaignant(e) — dossier commissaire', 'Complainant - commissioner file'))
    m.add('patient_name')
    att = m.att_vcf(f"{ascii_fold(p['given'])} {ascii_fold(p['surname'])}.vcf", vcf)
    if m.L:
        body = [m.hello(m.first('nurse_en')),
                m.ty(f"Voici les coordonnées de {m.nm(p, m.ch([0, 3]))} pour le suivi de sa plainte concernant son "
                     f"congé précoce après sa chirurgie bariatrique (obésité morbide, IMC 46). Il/elle préfère être "
                     f"joint(e) en après-midi."), m.thanks(), m.sig(key)]
        subj = 'Coordonnées — suivi de plainte'
    else:
        body = [m.hello(m.first('nurse_en')),
                m.ty(f"Here are the contact details of {m.nm(p, m.ch([0, 3]))} for the follow-up of the complaint "
                     f"about early discharge after bariatric surgery (morbid obesity, BMI 46). Prefers afternoon "
                     f"calls."), m.thanks(), m.sig(key)]
        subj = 'Contact details - complaint follow-up'
    m.add('diagnosis')
    return m.finish(m.staff(key), [m.staff('nurse_en')], subj, body, [att], note='vCard of complainant patient')


def p_disguised_nam(m):
    p = m.blind()
    key = m.ch(['legal_asst', 'arch2']) if m.L else 'arch_en'
    nm = m.nm(p, m.ch([6, 5, 1]))
    nam = m.nam(p, m.ch([3, 5, 6, 7, 2]))
    if m.L:
        body = [m.ty(f"salut, peux-tu sortir le dossier de {nm} ({nam}) svp? c'est pour la SAAQ, "
                     f"réclamation pour {m.ch(['TCC', 'traumatisme cranien'])} suite à l'accident de "
                     f"{m.ch(['juillet', 'mars', 'octobre'])}."), 'merci!', m.sig(key, short=True)]
        subj = m.ch(['dossier svp', 'sortir un dossier', 'SAAQ - ' + p['surname'].lower()])
    else:
        body = [m.ty(f"hi, can you pull the chart for {nm} ({nam})? it's for the SAAQ claim, head injury "
                     f"(TBI) after the accident last {m.ch(['July', 'March', 'October'])}."), 'thx',
                m.sig(key, short=True)]
        subj = m.ch(['chart pull pls', 'need a chart', 'SAAQ - ' + p['surname'].lower()])
    m.add('diagnosis', 'social_information')
    return m.finish(m.staff(key), [m.staff('arch1')], subj, body, fmt='plain', note='disguised NAM, lowercase name')


def p_filename_only(m):
    p = m.patient() if m.r.random() < 0.5 else m.blind()
    key = m.ch(['arch1', 'arch2']) if m.L else 'arch_en'
    org, dom, person, addr = m.ext('law_fr' if m.L else 'law_en')
    fname = m.t(f"{p['surname'].upper()}_{p['given']}_notes_psychiatrie_2023.pdf",
                f"{p['surname'].upper()}_{p['given']}_psychiatry_notes_2023.pdf")
    m.add('patient_name', 'diagnosis')
    blocks = [m.t(f"Usager : {m.nm(p, 1)}  —  DDN {m.dob(p, 0)}", f"Patient: {m.nm(p, 1)}  -  DOB {m.dob(p, 0)}"),
              m.t(f"Motif de suivi : {m.dx(m.ch([2, 3, 13]))}", f"Reason for follow-up: {m.dx(m.ch([2, 3, 13]))}"),
              m.t(f"Traitement : {m.med(m.ch([3, 4, 6, 9]))}", f"Treatment: {m.med(m.ch([3, 4, 6, 9]))}"),
              m.t('Note : humeur stable, adhésion partielle à la médication, pas d\'idées suicidaires.',
                  'Note: mood stable, partial adherence, no suicidal ideation.')]
    att = m.att_pdf(fname, m.t('Notes de consultation', 'Consultation notes'), blocks)
    body = [m.hello(person), m.t('Voici les documents demandés. Le mot de passe suit dans un envoi séparé.',
                                 'Here are the requested documents. The password follows separately.'),
            m.thanks(), m.sig(key)]
    return m.finish(m.staff(key), [(person, addr)], m.t('Documents demandés', 'Requested documents'), body, [att],
                    note='patient name in attachment file name and PDF')


def p_mrn_only(m):
    p = m.patient()
    key = m.ch(['risk1', 'risk2', 'nurse1']) if m.L else m.ch(['risk_en', 'nurse_en'])
    if m.L:
        body = [m.hello(), m.ty(f"Dossier {m.mrn(p)} : l'usager(ère) a reçu 10 unités d'insuline rapide au lieu "
                                f"de 1 unité à 17 h. {cap(m.lab(3))} à 18 h 20, D50 administré."),
                m.ty('Déclaration AH-223 faite. Pouvez-vous ajouter le cas à l\'ordre du jour du comité de '
                     'pharmacovigilance?'), m.sig(key, short=True)]
        subj = m.ch([f'Dossier {p["mrn"]} — erreur insuline', 'erreur insuline 4N'])
    else:
        body = [m.hello(), m.ty(f"Chart {m.mrn(p)}: patient received 10 units of rapid insulin instead of 1 unit at "
                                f"5 p.m. {m.lab(3)} at 6:20 p.m., D50 given."),
                'AH-223 filed. Can you add it to the pharmacovigilance agenda?', m.sig(key, short=True)]
        subj = m.ch([f'Chart {p["mrn"]} - insulin error', 'insulin error 4N'])
    m.add('medication')
    return m.finish(m.staff(key), [m.staff('dsp')], subj, body, note='chart number only, no name')


def p_sin_disability(m):
    p = m.patient() if m.r.random() < 0.6 else m.blind()
    org, dom, person, addr = m.ext('ins_en' if not m.L else 'ins_fr')
    key = 'legal_en' if not m.L else 'arch3'
    if m.L:
        body = [m.hello(person), m.ty(f"Suite à notre conversation téléphonique : {m.nm(p, 0)}, NAS {m.sin(p)}, a été "
                                      f"hospitalisé(e) du {m.d(m.ago(60, 120))} au {m.d(m.ago(20, 50))} pour "
                                      f"{m.dx(m.ch([2, 13, 12]))}. Médication au congé : {m.med(m.ch([9, 3, 6]))}."),
                'Le rapport complet vous sera posté.', m.thanks(), m.sig(key)]
        subj = f'Assuré(e) {p["surname"]} — confirmation d\'hospitalisation'
    else:
        body = [m.hello(person), m.ty(f"Further to our call: claimant {m.nm(p, 0)}, SIN {m.sin(p)}, was admitted from "
                                      f"{m.d(m.ago(60, 120))} to {m.d(m.ago(20, 50))} for {m.dx(m.ch([2, 13, 12]))}. "
                                      f"Discharge medication: {m.med(m.ch([9, 3, 6]))}."),
                'The full report will follow by mail.', m.thanks(), m.sig(key)]
        subj = f'Claimant {p["surname"]} - admission confirmation'
    m.add('social_information')
    return m.finish(m.staff(key), [(person, addr)], subj, body, note='SIN in disability confirmation')


def p_expert_review(m):
    p = m.patient() if m.r.random() < 0.6 else m.blind()
    key = m.ch(['legal1', 'legal2']) if m.L else 'legal_en'
    org, dom, person, addr = m.ext('law_fr' if m.L else 'law_en')
    t0 = m.ago(200, 400)
    rows = []
    for k in range(m.r.randrange(4, 7)):
        day = t0 + datetime.timedelta(days=k)
        rows.append([m.d(day, 0), m.ch(['08:10', '11:45', '16:20', '22:05', '03:30']),
                     m.ch([m.t('Évaluation à l\'urgence', 'ED assessment'), m.t('Admission', 'Admission'),
                           m.t('Note infirmière', 'Nursing note'), m.t('Avis chirurgie', 'Surgical consult')]),
                     m.med(), m.lab()])
    doc = [m.t(f"Usager : {m.nm(p, 1)}  — dossier {m.mrn(p)}  — DDN {m.dob(p, 0)}",
               f"Patient: {m.nm(p, 1)}  - chart {m.mrn(p)}  - DOB {m.dob(p, 0)}"),
           m.t(f"Diagnostic retenu : {m.dx(m.ch([11, 16, 17]))}", f"Final diagnosis: {m.dx(m.ch([11, 16, 17]))}"),
           ('table', m.t(['Date', 'Heure', 'Événement', 'Médication', 'Résultat'],
                         ['Date', 'Time', 'Event', 'Medication', 'Result']), rows)]
    att = m.att_docx(m.t('Chronologie_soins.docx', 'Chronology_of_care.docx'), m.t('Chronologie des soins',
                                                                                  'Chronology of care'), doc)
    body = [m.hello(person), m.ty(m.t(f"Dans le dossier de réclamation de {m.nm(p, 4)} contre l'établissement, "
                                      f"vous trouverez ci-joint la chronologie des soins préparée par la direction "
                                      f"de la qualité, pour transmission à votre expert.",
                                      f"In the claim brought by {m.nm(p, 4)} against the hospital, please find "
                                      f"attached the chronology of care prepared by Quality, for your expert.")),
            m.thanks(), m.sig(key, disclaimer=True)]
    m.add('social_information')
    return m.finish(m.staff(key), [(person, addr)],
                    m.t('Mandat d\'expertise — réclamation ' + p['surname'], 'Expert mandate - claim ' + p['surname']),
                    body, [att], note='DOCX chronology for defence counsel')


def p_psych_refusal(m):
    p = m.patient(sex='F')
    key = m.ch(['arch3', 'arch1']) if m.L else 'arch_en'
    ex = m.ch(['Sébastien Caron-Lebel', 'Jonathan Vézina']) if m.L else m.ch(['Ryan Mitchell', 'Craig Dunne'])
    exmail = ascii_fold(ex).lower().replace(' ', '.') + '@courriel.example'
    dxi = m.ch([3, 13, 2])
    if m.L:
        inner = [m.ty(f"Je suis l'ex-conjoint de {m.nm(p, 0)}. Nous sommes en litige pour la garde de nos enfants et "
                      f"je demande une copie de son dossier psychiatrique, elle est suivie pour un {m.dx(dxi)}."), ex]
        body = [m.hello(ex.split()[0]), m.ty("Nous ne pouvons donner suite à votre demande : les renseignements "
                                             "contenus au dossier d'un usager ne peuvent être communiqués sans son "
                                             "consentement ou une ordonnance du tribunal."), m.thanks(), m.sig(key)]
        subj = m.re_('Demande dossier psychiatrique')
    else:
        inner = [m.ty(f"I am the ex-husband of {m.nm(p, 0)}. We are in a custody dispute and I request a copy of her "
                      f"psychiatric record; she is treated for {m.dx(dxi)}."), ex]
        body = [m.hello(ex.split()[0]), 'We cannot act on your request: a patient\'s record cannot be released '
                                        'without her consent or a court order.', m.thanks(), m.sig(key)]
        subj = m.re_('Request for psychiatric record')
    m.add('social_information')
    body.append(('quote', m.meta((ex, exmail), [archives_box(m)], subj[4:].strip(' :')), inner))
    return m.finish(m.staff(key), [(ex, exmail)], subj, body, reply=True, note='refusal quoting ex-spouse request')


def p_deceased_liquidator(m):
    p = m.blind()
    key = m.ch(['arch1', 'arch3']) if m.L else 'arch_en'
    liq = m.ch(['Me Colette Brochu, notaire', 'Pierre-Luc Hamelin']) if m.L else m.ch(['Janet Corbett', 'Hugh Ellis'])
    lmail = ascii_fold(liq.split(',')[0].replace('Me ', '')).lower().replace(' ', '.') + '@courriel.example'
    death = m.ago(30, 200)
    if m.L:
        body = [m.hello(liq.split(',')[0]),
                m.ty(f"À titre de liquidateur de la succession de feu {m.nm(p, 4)} (né(e) le {m.dob(p)}, NAM "
                     f"{m.nam(p)}), décédé(e) le {m.d(death)} d'un {m.dx(m.ch([8, 17, 5]))}, vous pouvez obtenir les "
                     f"renseignements nécessaires à l'exercice de vos fonctions."),
                "Veuillez nous transmettre une copie du testament ou de la recherche testamentaire ainsi qu'une "
                "pièce d'identité.", m.thanks(), m.sig(key)]
        subj = f'Succession {p["surname"]} — accès au dossier'
    else:
        body = [m.hello(liq.split(',')[0]),
                m.ty(f"As liquidator of the estate of the late {m.nm(p, 4)} (born {m.dob(p)}, RAMQ {m.nam(p)}), who "
                     f"died on {m.d(death)} of {m.dx(m.ch([8, 17, 5]))}, you may obtain the information required to "
                     f"settle the estate."), 'Please send a copy of the will or the will search and photo ID.',
                m.thanks(), m.sig(key)]
        subj = f'Estate of {p["surname"]} - access to records'
    m.add('social_information')
    return m.finish(m.staff(key), [(liq.split(',')[0], lmail)], subj, body, note='estate liquidator, deceased')


def p_ime_booking(m):
    p = m.patient() if m.r.random() < 0.5 else m.blind()
    org, dom, person, addr = m.ext('expert')
    key = m.ch(['legal_asst', 'legal2']) if m.L else 'legal_en'
    when = m.ahead(5, 30)
    if m.L:
        body = [m.hello(), m.ty(f"Pouvez-vous confirmer le rendez-vous d'expertise pour {m.nm(p, m.ch([0, 4]))} le "
                                f"{m.d(when)} à 10 h? Coordonnées : {m.phone(p)}, {m.address(p)}."),
                m.ty(f"Il s'agit de l'expertise en orthopédie dans le dossier de réclamation contre l'établissement "
                     f"({m.dx(m.ch([0, 7, 15]))})."), m.thanks(), m.sig(key)]
        subj = 'Rendez-vous d\'expertise — confirmation'
    else:
        born = f" (DOB {m.dob(p)})" if m.r.random() < 0.5 else ''
        body = [m.hello(), m.ty(f"Could you confirm the IME appointment for {m.nm(p, m.ch([0, 4]))}{born} on {m.d(when)} at "
                                f"10 a.m.? Contact: {m.phone(p)}, {m.address(p)}."),
                m.ty(f"This is the orthopaedic IME in the claim against the hospital ({m.dx(m.ch([0, 7, 15]))})."),
                m.thanks(), m.sig(key)]
        subj = 'IME appointment - confirmation'
    m.add('social_information')
    return m.finish(m.staff(key), [(org, addr)], subj, body, note='IME booking with patient contact')


POSITIVE = [
    ('roi_request_patient', p_roi_request_patient, None),
    ('roi_insurer', p_roi_insurer, None),
    ('roi_lawyer', p_roi_lawyer, None),
    ('subpoena', p_subpoena, None),
    ('coroner_request', p_coroner_request, None),
    ('coroner_notice', p_coroner_notice, None),
    ('complaint_forward', p_complaint_forward, None),
    ('complaint_conclusion', p_complaint_conclusion, None),
    ('incident_ah223', p_incident_ah223, None),
    ('med_error', p_med_error, None),
    ('incident_log_xlsx', p_incident_log_xlsx, None),
    ('breach_letter', p_breach_letter, None),
    ('breach_csv', p_breach_csv, None),
    ('breach_fax', p_breach_fax, None),
    ('roi_roster', p_roi_roster, None),
    ('ohip_patient', p_ohip_patient, 'en'),
    ('belgian_patient', p_belgian_patient, 'fr'),
    ('french_patient', p_french_patient, 'fr'),
    ('fwd_family', p_fwd_family, None),
    ('reply_quoted', p_reply_quoted, None),
    ('attached_eml', p_attached_eml, None),
    ('transport', p_transport, None),
    ('ics_disclosure', p_ics_disclosure, None),
    ('vcard_complaint', p_vcard_complaint, None),
    ('disguised_nam', p_disguised_nam, None),
    ('filename_only', p_filename_only, None),
    ('mrn_only', p_mrn_only, None),
    ('sin_disability', p_sin_disability, None),
    ('expert_review', p_expert_review, None),
    ('psych_refusal', p_psych_refusal, None),
    ('deceased_liquidator', p_deceased_liquidator, None),
    ('ime_booking', p_ime_booking, None),
]


# --------------------------------------------------------------------------------------------
# Negative templates (hard: clinical vocabulary, staff names, identifier-looking numbers)
# --------------------------------------------------------------------------------------------
EMP_FR = ['Chantal Vigneault', 'Stéphanie Roberge', 'Kevin Aubé', 'Mylène Cyr', 'Jean-Philippe Naud',
          'Roxanne Plourde', 'Maxime Bérubé']
EMP_EN = ['Mike Delaney', 'Ashley Brennan', 'Jordan Pike', 'Nicole Harrington']


def all_staff_list(m, name_fr, name_en, local):
    return (m.t(name_fr, name_en), f'{local}@{HD}')


def n_policy_roi(m):
    key = m.ch(['arch3', 'priv']) if m.L else m.ch(['arch_en', 'priv_en'])
    code = m.ch(['PO-ARCH-012', 'PO-DQ-031', 'PR-ARCH-004'])
    secs = m.t([
        "1. Objet — Encadrer la communication des renseignements contenus au dossier de l'usager.",
        "2. Vérification de l'identité — Exiger une pièce d'identité avec photo. Le numéro d'assurance maladie "
        "seul ne permet pas d'établir l'identité du demandeur.",
        "3. Délais — Répondre dans les 20 jours suivant la réception; prolongation possible de 10 jours.",
        "4. Demandes de tiers (avocats, assureurs, employeurs) — Consentement écrit de l'usager daté de moins d'un an, "
        "précisant la période et les documents visés.",
        "5. Coroner et tribunaux — Transmettre au Service des affaires juridiques dès réception.",
        "6. Frais — Selon le Règlement sur les frais exigibles; gratuité pour l'usager jusqu'à 20 pages."],
        ["1. Purpose - To govern the release of information contained in the patient's record.",
         "2. Identity check - Require photo ID. The health insurance number alone does not establish identity.",
         "3. Time limits - Respond within 20 days of receipt; a 10-day extension is possible.",
         "4. Third-party requests (lawyers, insurers, employers) - Written patient consent dated within one year, "
         "specifying the period and documents.",
         "5. Coroner and courts - Forward to Legal Affairs upon receipt.",
         "6. Fees - As per the fee regulation; free for patients up to 20 pages."])
    fmt_doc = m.r.random() < 0.5
    title = m.t(f"{code} — Communication des renseignements du dossier de l'usager",
                f"{code} - Release of information from the patient record")
    att = (m.att_docx if fmt_doc else m.att_pdf)(f'{code}_v{m.r.randrange(2, 6)}.{"docx" if fmt_doc else "pdf"}',
                                                 title, secs, author=STAFF[key][0])
    body = [m.hello(), m.t(f"La politique {code} a été révisée et adoptée par le comité de direction le "
                           f"{m.d(m.ago(5, 30))}. Principaux changements :",
                           f"Policy {code} was revised and adopted by the executive committee on {m.d(m.ago(5, 30))}. "
                           f"Main changes:"),
            ('ul', m.t(["Délai de réponse ramené à 20 jours", "Nouveau formulaire d'autorisation (AUT-07)",
                        "Demandes du coroner acheminées directement aux affaires juridiques"],
                       ['Response time now 20 days', 'New authorization form (AUT-07)',
                        'Coroner requests routed directly to Legal Affairs'])),
            m.t('Merci d\'en prendre connaissance et de la diffuser à vos équipes.',
                'Please read it and share it with your teams.'), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Gestionnaires CHRVB', 'CHRVB managers', 'gestionnaires')],
                    m.t(f'Politique {code} révisée', f'Revised policy {code}'), body, [att],
                    note='policy revision')


def n_procedure_ah223(m):
    key = m.ch(['risk1', 'risk2']) if m.L else 'risk_en'
    blanks = [m.t("DÉCLARATION D'INCIDENT OU D'ACCIDENT (AH-223-1) — version " + m.ch(['2024-02', '2024-05']),
                  'INCIDENT/ACCIDENT REPORT (AH-223-1) - version ' + m.ch(['2024-02', '2024-05'])),
              m.t("Nom de l'usager : ______________________   No de dossier : ____________",
                  'Patient name: ______________________   Chart no.: ____________'),
              m.t('Date de naissance : ____ / ____ / ______   Unité : ________',
                  'Date of birth: ____ / ____ / ______   Unit: ________'),
              m.t("Type d'événement : [ ] chute  [ ] médication  [ ] traitement  [ ] diète  [ ] test diagnostique  "
                  "[ ] matériel  [ ] bâtiment  [ ] abus/agression  [ ] autre",
                  'Event type: [ ] fall  [ ] medication  [ ] treatment  [ ] diet  [ ] diagnostic test  [ ] equipment  '
                  '[ ] building  [ ] abuse/assault  [ ] other'),
              m.t('Description objective des faits : ______________________________________________',
                  'Objective description: ______________________________________________'),
              m.t('Gravité (A à I) : ____   Divulgation faite : [ ] oui [ ] non',
                  'Severity (A to I): ____   Disclosure done: [ ] yes [ ] no')]
    att = m.att_pdf(m.t('AH-223-1_formulaire_vierge.pdf', 'AH-223-1_blank_form.pdf'), 'AH-223-1', blanks)
    body = [m.hello(), m.t(m.ty("Vous trouverez ci-joint la nouvelle version du formulaire AH-223-1. Rappels :"),
                           'Attached is the new version of the AH-223-1 form. Reminders:'),
            ('ul', m.t(["Déclarer tout incident ou accident dès que constaté, même sans conséquence",
                        "Décrire les faits, pas les opinions ni les noms des employés impliqués",
                        "Une chute avec fracture de hanche est de gravité E2 ou plus",
                        "L'erreur de médicament interceptée (near miss) se déclare aussi"],
                       ['Report every incident or accident as soon as noticed, even without consequences',
                        'Describe facts, not opinions or staff names',
                        'A fall with hip fracture is severity E2 or higher',
                        'Intercepted medication errors (near misses) must be reported too'])),
            m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Chefs d\'unité', 'Unit managers', 'chefs-unite')],
                    m.t('Nouveau formulaire AH-223-1', 'New AH-223-1 form'), body, [att], note='blank AH-223 form')


def n_training_records(m):
    key = m.ch(['arch3', 'risk2']) if m.L else m.ch(['arch_en', 'risk_en'])
    rows = []
    for i in range(m.r.randrange(3, 6)):
        day = m.ahead(5, 60)
        rows.append([m.d(day, 0), m.ch(['8 h 30 – 10 h', '13 h – 14 h 30', '19 h – 20 h 30']) if m.L else
                     m.ch(['8:30-10:00', '1:00-2:30 p.m.']), m.ch(['Salle Laurier', 'Amphithéâtre B', 'Teams']),
                     m.ch([STAFF['arch3'][0], STAFF['risk2'][0], STAFF['arch1'][0]])])
    body = [m.hello(), m.t(m.ty("Formation obligatoire « Tenue de dossiers et rédaction des notes d'évolution » pour "
                                "le personnel infirmier et les préposés. Sessions :"),
                           'Mandatory training "Record keeping and progress notes" for nursing staff. Sessions:'),
            ('table', m.t(['Date', 'Heure', 'Lieu', 'Formatrice'], ['Date', 'Time', 'Room', 'Trainer']), rows),
            m.t("Exemple travaillé en atelier : « Usager de 78 ans retrouvé au sol à 02 h 10, sans perte de "
                "conscience, douleur à la hanche droite; médecin avisé à 02 h 20. » Nous verrons comment "
                "la rédiger de façon objective (SOAPIE).",
                'Workshop example: "78-year-old patient found on the floor at 02:10, no loss of consciousness, right '
                'hip pain; physician notified at 02:20." We will practise writing it objectively (SOAPIE).'),
            m.t('Inscription via la plateforme ENA, code de cours TDO-2024.',
                'Register on the e-learning platform, course code TDO-2024.'), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Soins infirmiers — tous', 'Nursing - all', 'soins-tous')],
                    m.t('Formation — tenue de dossiers', 'Training - record keeping'), body,
                    note='training announcement, anonymised example')


def n_teaching_case(m):
    key = m.ch(['md1', 'md2']) if m.L else 'md_en'
    age = m.r.randrange(68, 90)
    case = m.t([f"Cas clinique fictif à des fins d'enseignement — les identifiants ont été retirés.",
                f"Mme X, {age} ans, fibrillation auriculaire sous apixaban, diabète de type 2 (metformine). Chute "
                f"à domicile, arrivée à l'urgence avec céphalée. Hb 118 g/L, INR 1,1, créatinine 132 µmol/L.",
                "Questions : 1) Indication de TDM cérébrale? 2) Gestion de l'anticoagulation? 3) Quand déclarer "
                "une chute survenue en établissement?"],
               [f"Fictional teaching case - identifiers removed.",
                f"Mrs. X, {age}, atrial fibrillation on apixaban, type 2 diabetes (metformin). Fall at home, ED "
                f"presentation with headache. Hb 118 g/L, INR 1.1, creatinine 132 µmol/L.",
                'Questions: 1) Indication for head CT? 2) Anticoagulation management? 3) When must an in-hospital '
                'fall be reported?'])
    att = m.att_pdf(m.t('cas_clinique_chute_anticoag.pdf', 'teaching_case_fall_anticoag.pdf'),
                    m.t('Cas clinique — club de lecture', 'Teaching case - journal club'), case,
                    author=STAFF[key][0])
    body = [m.hello(), m.t("Voici le cas pour le club de lecture de mercredi (résidents en médecine familiale). "
                           "Article de référence : lignes directrices 2023 sur les TCC chez l'aîné.",
                           "Here is the case for Wednesday's journal club (family medicine residents). Reference "
                           "article: 2023 guideline on head injury in older adults."), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Résidents MF', 'FM residents', 'residents-mf')],
                    m.t('Club de lecture — cas', 'Journal club - case'), body, [att],
                    note='anonymised teaching case')


def n_committee_minutes(m):
    key = m.ch(['risk1', 'risk2']) if m.L else 'risk_en'
    n_decl = m.r.randrange(300, 520)
    falls = m.r.randrange(80, 160)
    meds = m.r.randrange(60, 140)
    present = [STAFF[k][0] for k in ('risk1', 'risk2', 'dsp', 'nurse1', 'priv', 'md1')]
    blocks = [m.t(f"Comité de gestion des risques — procès-verbal de la rencontre du {m.d(m.ago(3, 14))}",
                  f"Risk Management Committee - minutes of {m.d(m.ago(3, 14))}"),
              m.t('Présences : ', 'Present: ') + ', '.join(present),
              m.t(f"1. Bilan trimestriel : {n_decl} déclarations, dont {falls} chutes et {meds} erreurs de "
                  f"médication; 4 événements sentinelles (gravité G à I) en cours d'analyse.",
                  f"1. Quarterly results: {n_decl} reports, including {falls} falls and {meds} medication errors; "
                  f"4 sentinel events (severity G to I) under analysis."),
              m.t("2. Suivi des recommandations du coroner : audit des ridelles complété à 80 %.",
                  "2. Coroner recommendations follow-up: bed-rail audit 80% complete."),
              m.t("3. Double vérification indépendante de l'insuline et de l'héparine : déploiement au 4e Nord en mai.",
                  '3. Independent double check for insulin and heparin: roll-out on 4 North in May.'),
              m.t('4. Varia : semaine de la sécurité des patients.', '4. Other: patient safety week.')]
    atts = []
    body = [m.hello()]
    if m.r.random() < 0.5:
        atts.append(m.att_docx(m.t('PV_CGR_', 'Minutes_RMC_') + m.date.strftime('%Y-%m') + '.docx',
                               m.t('Procès-verbal', 'Minutes'), blocks, author=STAFF[key][0]))
        body.append(m.t('Vous trouverez ci-joint le procès-verbal pour approbation.', 'Attached are the minutes '
                                                                                      'for approval.'))
    else:
        body += blocks
    body.append(m.sig(key))
    return m.finish(m.staff(key), [all_staff_list(m, 'Membres CGR', 'RMC members', 'cgr-membres')],
                    m.t('Procès-verbal CGR', 'RMC minutes'), body, atts, note='committee minutes aggregates')


def n_committee_notice(m):
    key = m.ch(['risk2', 'comm1']) if m.L else 'risk_en'
    start = datetime.datetime.combine(m.ahead(7, 30), datetime.time(m.ch([9, 13, 15]), 30))
    summary = m.t('Comité de vigilance et de la qualité', 'Vigilance and Quality Committee')
    agenda = m.t(['Adoption de l\'ordre du jour', 'Rapport de la commissaire aux plaintes (T2)',
                  'Suivi des recommandations du Protecteur du citoyen', 'Indicateurs de chutes et d\'erreurs de '
                  'médication', 'Agrément — préparation de la visite'],
                 ['Adoption of the agenda', 'Complaints Commissioner report (Q2)', 'Ombudsman recommendations follow-up',
                  'Fall and medication-error indicators', 'Accreditation - visit preparation'])
    att = m.att_ics('invitation.ics', uid=m.num('cvq-', 9) + '@' + HD, start=start, minutes=120, summary=summary,
                    description='\n'.join(agenda), location=m.t('Salle du conseil', 'Board room'),
                    organizer=m.staff(key), attendees=[m.staff('dsp'), m.staff('comm1'), m.staff('risk1')])
    body = [m.hello(), m.t('Vous êtes convoqués à la prochaine rencontre du comité. Ordre du jour :',
                           'You are invited to the next committee meeting. Agenda:'), ('ul', agenda), m.sig(key)]
    return m.finish(m.staff(key), [m.staff('dsp'), m.staff('comm1'), m.staff('risk1')],
                    m.t('Convocation — ', 'Notice - ') + summary, body, [att], note='committee notice with ICS')


def n_stats_quarterly(m):
    key = m.ch(['risk1', 'risk2']) if m.L else 'risk_en'
    units = ['4N', '4S', '3N', '3S', 'URG', 'USI', 'CHSLD-A', 'CHSLD-B', 'Psychiatrie' if m.L else 'Psychiatry']
    rows = []
    for u in units:
        rows.append([u, m.r.randrange(5, 60), m.r.randrange(3, 45), m.r.randrange(0, 12), m.r.randrange(0, 8),
                     m.r.randrange(0, 3)])
    header = m.t(['Unité', 'Chutes', 'Médication', 'Traitement', 'Matériel', 'Sentinelle'],
                 ['Unit', 'Falls', 'Medication', 'Treatment', 'Equipment', 'Sentinel'])
    if m.r.random() < 0.6:
        att = m.att_xlsx(m.t('statistiques_AH223_T', 'AH223_stats_Q') + str((m.date.month - 1) // 3 + 1) + '.xlsx',
                         [(m.t('Par unité', 'By unit'), header, rows)], author=STAFF[key][0])
    else:
        att = m.att_csv(m.t('stats_incidents.csv', 'incident_stats.csv'), header, rows)
    tot = sum(r[1] for r in rows)
    body = [m.hello(), m.t(f"Voici les statistiques trimestrielles des déclarations AH-223. Total des chutes : {tot} "
                           f"({m.ch(['+', '-'])}{m.r.randrange(2, 15)} % vs trimestre précédent).",
                           f"Here are the quarterly AH-223 statistics. Total falls: {tot} "
                           f"({m.ch(['+', '-'])}{m.r.randrange(2, 15)}% vs last quarter)."),
            m.t('Aucune donnée nominative n\'est incluse.', 'No identifying data is included.'), m.sig(key)]
    return m.finish(m.staff(key), [m.staff('dsp')], m.t('Statistiques AH-223 — trimestre', 'AH-223 quarterly stats'),
                    body, [att], note='aggregated statistics')


def n_roi_stats(m):
    key = m.ch(['arch3']) if m.L else 'arch_en'
    months = MONTHS_FR if m.L else MONTHS_EN
    rows = []
    for i in range(6):
        rows.append([months[i], m.r.randrange(80, 200), m.r.randrange(20, 70), m.r.randrange(30, 90),
                     m.r.randrange(0, 9), m.r.randrange(0, 6), f'{m.r.randrange(8, 25)}'])
    header = m.t(['Mois', 'Usagers', 'Avocats', 'Assureurs', 'Coroner', 'Subpoenas', 'Délai moyen (j)'],
                 ['Month', 'Patients', 'Lawyers', 'Insurers', 'Coroner', 'Subpoenas', 'Avg days'])
    body = [m.hello(), m.t("Volumes des demandes d'accès au dossier, janvier à juin :",
                           'Release-of-information volumes, January to June:'), ('table', header, rows),
            m.t('Le délai moyen respecte la cible légale de 20 jours sauf en mars (congés).',
                'Average turnaround meets the 20-day target except in March (staff leave).'), m.sig(key)]
    atts = [m.att_csv(m.t('volumes_acces_2024.csv', 'roi_volumes_2024.csv'), header, rows)] \
        if m.r.random() < 0.5 else []
    return m.finish(m.staff(key), [m.staff('dsp'), m.staff('priv')], m.t('Volumes — accès au dossier',
                                                                         'ROI volumes'), body, atts,
                    note='ROI statistics')


def n_complaints_report(m):
    key = m.ch(['comm1', 'comm2']) if m.L else 'comm1'
    total = m.r.randrange(280, 460)
    rows = [[m.t(a, b), m.r.randrange(10, 120)] for a, b in
            [('Soins et services dispensés', 'Care and services'), ('Relations interpersonnelles', 'Interpersonal'),
             ('Accessibilité', 'Accessibility'), ('Organisation du milieu', 'Environment'),
             ('Aspect financier', 'Financial'), ('Droits particuliers', 'Specific rights')]]
    blocks = [m.t(f"Rapport annuel 2023-2024 — {total} plaintes conclues, délai moyen de {m.r.randrange(25, 44)} jours.",
                  f"Annual report 2023-2024 - {total} complaints concluded, average time {m.r.randrange(25, 44)} days."),
              ('table', m.t(['Motif', 'Nombre'], ['Reason', 'Count']), rows),
              m.t('Faits saillants : hausse des plaintes liées à l\'accessibilité à l\'urgence; 61 % des mesures '
                  'correctives complétées.', 'Highlights: more complaints about ED access; 61% of corrective '
                  'measures completed.')]
    att = m.att_pdf(m.t('Rapport_annuel_commissaire_2023-2024.pdf', 'Commissioner_annual_report_2023-2024.pdf'),
                    m.t('Rapport annuel', 'Annual report'), blocks, author=STAFF[key][0])
    body = [m.hello(), m.t('Vous trouverez ci-joint le rapport annuel sur l\'application de la procédure d\'examen '
                           'des plaintes, déposé au conseil d\'administration.',
                           'Attached is the annual report on the complaint examination procedure, tabled at the board.'),
            m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Comité de direction', 'Executive committee', 'cd')],
                    m.t('Rapport annuel — commissaire', 'Annual report - commissioner'), body, [att],
                    note='complaints annual report aggregates')


def n_it_scanning(m):
    key = m.ch(['it1']) if m.L else 'it_en'
    org, dom, person, addr = ('Numérix Imagerie documentaire', 'numerix.example', 'Véronique Pagé',
                              'veronique.page@numerix.example')
    rows = []
    for i in range(m.r.randrange(4, 8)):
        rows.append([f'LOT-2024-{m.r.randrange(10, 99):03d}', luhn_number(m.r, 10), m.r.randrange(1800, 5200),
                     m.ch([m.t('Numérisé', 'Scanned'), m.t('En contrôle qualité', 'QA'), m.t('Indexé', 'Indexed')])])
    body = [m.hello(person), m.t(m.ty("Voici l'état des lots du projet de numérisation des dossiers inactifs "
                                      "(1995-2005). Les codes-barres de boîtes ci-dessous :"),
                                 'Status of the inactive-records scanning project (1995-2005). Box barcodes below:'),
            ('table', m.t(['Lot', 'Code-barres boîte', 'Pages', 'Statut'], ['Batch', 'Box barcode', 'Pages',
                                                                            'Status']), rows),
            m.t('Le taux de rejet OCR est de 1,8 %. Prochaine livraison le ' + m.d(m.ahead(5, 20)) + '.',
                'OCR reject rate is 1.8%. Next pickup on ' + m.d(m.ahead(5, 20)) + '.'), m.sig(key)]
    return m.finish(m.staff(key), [(person, addr)], m.t('Projet de numérisation — état des lots',
                                                        'Scanning project - batch status'), body,
                    note='scanning project box barcodes (Luhn-valid)')


def n_it_downtime(m):
    key = m.ch(['it1']) if m.L else 'it_en'
    day = m.ahead(3, 20)
    tick = m.num('', 7)
    body = [m.hello(), m.t(f"Une interruption planifiée du dossier clinique informatisé aura lieu le {m.d(day)} de "
                           f"1 h à 4 h (billet {tick}). Serveurs visés : SRV-ARCH-02, SRV-DCI-DB01.",
                           f"A planned downtime of the EHR will occur on {m.d(day)} from 1 to 4 a.m. (ticket "
                           f"{tick}). Servers: SRV-ARCH-02, SRV-DCI-DB01."),
            ('ul', m.t(['Utiliser les formulaires papier de contingence (ordonnances, notes, MAR)',
                        'Les résultats de laboratoire seront imprimés sur les unités',
                        'Saisie rétroactive au retour du système'],
                       ['Use paper downtime forms (orders, notes, MAR)', 'Lab results will print on the units',
                        'Back-entry when the system returns'])),
            m.t('Soutien : poste 6600.', 'Support: ext. 6600.'), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Tous les utilisateurs DCI', 'All EHR users', 'dci-tous')],
                    m.t(f'Interruption planifiée DCI — {m.d(day, 0)}', f'Planned EHR downtime - {m.d(day, 0)}'), body,
                    note='IT downtime notice with ticket number')


def n_retention_destruction(m):
    key = m.ch(['arch3', 'arch2']) if m.L else 'arch_en'
    rows = [[f'C-{m.r.randrange(10000, 99999)}', f'{m.r.randrange(180, 420)} kg', m.d(m.ago(2, 10), 0)]
            for _ in range(m.r.randrange(3, 7))]
    cert = [m.t(f"CERTIFICAT DE DESTRUCTION no {m.num('CD-', 6)}", f"CERTIFICATE OF DESTRUCTION no. {m.num('CD-', 6)}"),
            m.t("Client : Centre hospitalier régional de Val-Brume — dossiers inactifs, années 2008-2009 "
                "(calendrier de conservation, règle 4203).",
                'Client: Val-Brume Regional Hospital Centre - inactive records 2008-2009 (retention schedule rule 4203).'),
            ('table', m.t(['Conteneur', 'Poids', 'Date'], ['Container', 'Weight', 'Date']), rows),
            m.t('Méthode : déchiquetage croisé, particules de 4 x 40 mm.', 'Method: cross-cut shredding, 4 x 40 mm.')]
    att = m.att_pdf(m.t('Certificat_destruction.pdf', 'Destruction_certificate.pdf'), 'DéchiqTech', cert,
                    author='DéchiqTech Sécurisé inc.')
    body = [m.hello(), m.t("Ci-joint le certificat de destruction des dossiers inactifs 2008-2009, à conserver au "
                           "registre de destruction.", 'Attached is the destruction certificate for 2008-2009 '
                                                       'inactive records, for the destruction register.'), m.sig(key)]
    return m.finish(m.staff(key), [m.staff('arch3' if key != 'arch3' else 'priv')],
                    m.t('Certificat de destruction', 'Destruction certificate'), body, [att],
                    note='retention / destruction certificate')


def n_invoice_vendor(m):
    key = m.ch(['arch3', 'legal_asst']) if m.L else 'arch_en'
    org = m.ch(EXTERNAL_ORGS['vendor'])
    inv = m.num('F', 7)
    po = m.num('BC-24-', 5)
    sup = luhn_number(m.r, 9)
    items = [[m.t('Boîtes d\'archives 15 po', 'Archive boxes 15 in.'), 200, '3,25 $' if m.L else '$3.25'],
             [m.t('Bac sécurisé 95 gal. — collecte', 'Secure bin 95 gal. - pickup'), 12, '38,00 $' if m.L else '$38.00'],
             [m.t('Entreposage hors site (mois)', 'Off-site storage (month)'), 1, '1 240,00 $' if m.L else '$1,240.00']]
    doc = [f"{org[0]} — {m.t('Facture', 'Invoice')} {inv}",
           m.t(f"Bon de commande : {po}    No fournisseur : {sup}", f"PO: {po}    Supplier no.: {sup}"),
           ('table', m.t(['Description', 'Qté', 'Prix'], ['Description', 'Qty', 'Price']), items),
           m.t('TPS 5 % / TVQ 9,975 % — payable net 30 jours.', 'GST 5% / QST 9.975% - net 30 days.')]
    att = m.att_pdf(f'{inv}.pdf', m.t('Facture', 'Invoice'), doc, author=org[0])
    body = [m.hello(), m.t(f"Pour approbation : facture {inv} de {org[0]} (BC {po}). Le centre de coûts est 6120-ARCH.",
                           f"For approval: invoice {inv} from {org[0]} (PO {po}). Cost centre 6120-ARCH."),
            m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Comptes fournisseurs', 'Accounts payable', 'comptes-fournisseurs')],
                    m.t(f'Facture {inv} — approbation', f'Invoice {inv} - approval'), body, [att],
                    note='vendor invoice')


def n_invoice_legal(m):
    key = m.ch(['legal1', 'legal_asst']) if m.L else 'legal_en'
    org, dom, person, addr = m.ext('law_fr' if m.L else 'law_en')
    inv = m.num('', 6)
    mat = m.ch([m.t('Arbitrage de grief no 2023-114 (affichage de poste)', 'Grievance arbitration 2023-114 (posting)'),
                m.t('Bail — stationnement étagé', 'Lease - parking structure'),
                m.t('Contrat de service — entretien des ascenseurs', 'Service contract - elevator maintenance')])
    rows = [[m.d(m.ago(20, 60), 0), m.t('Analyse et opinion', 'Review and opinion'), f'{m.r.randrange(2, 9)},0 h'],
            [m.d(m.ago(5, 19), 0), m.t('Rencontre avec la cliente', 'Client meeting'), f'{m.r.randrange(1, 4)},5 h']]
    doc = [org + ' — ' + m.t("Note d'honoraires", 'Statement of account') + f' {inv}', m.t('Dossier : ', 'Matter: ') + mat,
           ('table', ['Date', m.t('Service', 'Service'), m.t('Heures', 'Hours')], rows),
           m.t(f'Total : {m.r.randrange(2, 9)} 450,00 $ plus taxes', f'Total: ${m.r.randrange(2, 9)},450.00 plus tax')]
    att = m.att_pdf(f'Honoraires_{inv}.pdf' if m.L else f'Statement_{inv}.pdf', m.t('Note d\'honoraires', 'Statement'),
                    doc, author=org)
    body = [m.hello(), m.t(f"Voici la note d'honoraires de {org} pour le dossier « {mat} ». OK pour paiement.",
                           f"Here is the statement from {org} for matter \"{mat}\". OK to pay."), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Comptes fournisseurs', 'Accounts payable', 'comptes-fournisseurs')],
                    m.t('Honoraires — ', 'Legal fees - ') + org, body, [att], note='law firm invoice (non-patient matter)')


def n_job_posting(m):
    key = 'hr_en' if not m.L else m.ch(['hr_en', 'hr1'])
    job = m.ch([m.t('Archiviste médical(e)', 'Health Information Archivist'),
                m.t('Agent(e) de gestion des risques', 'Risk Management Officer'),
                m.t('Analyste en protection des renseignements personnels', 'Privacy Analyst'),
                m.t('Technicien(ne) en gestion de l\'information clinique', 'Health Information Technician')])
    post = m.num('CHRVB-24-', 4)
    body = [m.hello(), m.t(f"Affichage {post} — {job}, poste permanent temps complet, Service des archives médicales.",
                           f"Posting {post} - {job}, permanent full-time, Health Records Department."),
            ('ul', m.t(['DEC en archives médicales ou baccalauréat pertinent', 'Connaissance de la CIM-10-CA et du DSQ',
                        'Maîtrise du français; anglais fonctionnel', 'Échelle salariale : 27,08 $ à 44,45 $ l\'heure'],
                       ['College diploma in health information management', 'Knowledge of ICD-10-CA',
                        'Bilingual French/English', 'Salary scale: $27.08 to $44.45/hour'])),
            m.t(f"Date limite : {m.d(m.ahead(10, 25))}. Postuler sur le site carrières.",
                f"Deadline: {m.d(m.ahead(10, 25))}. Apply on the careers site."), m.sig(key)]
    atts = []
    if m.r.random() < 0.4:
        atts.append(m.att_pdf(f'Affichage_{post}.pdf' if m.L else f'Posting_{post}.pdf', job, body[1:3]))
    return m.finish(m.staff(key), [all_staff_list(m, 'Tout le personnel', 'All staff', 'personnel')],
                    m.t('Affichage de poste — ', 'Job posting - ') + job, body, atts, note='job posting')


def n_staff_schedule(m):
    key = m.ch(['arch3']) if m.L else 'arch_en'
    names = [STAFF[k][0] for k in ('arch1', 'arch2', 'arch_en')] + m.r.sample(EMP_FR, 2)
    rows = [[n, m.ch(['7 h 30 – 15 h 30', '8 h – 16 h', '12 h – 20 h', m.t('Congé', 'Off'),
                      m.t('Vacances', 'Vacation')]) if m.L else
             m.ch(['7:30-3:30', '8-4', 'noon-8', 'Off', 'Vacation']), f'poste {m.r.randrange(4400, 4499)}'
             if m.L else f'ext. {m.r.randrange(4400, 4499)}'] for n in names]
    body = [m.hello(), m.t('Horaire de la période des Fêtes pour le comptoir des demandes d\'accès :',
                           'Holiday schedule for the ROI counter:'),
            ('table', m.t(['Employé(e)', 'Quart', 'Téléphone'], ['Staff', 'Shift', 'Phone']), rows),
            m.t(m.ty('Mélanie assure la garde pour les subpoenas et demandes du coroner.'),
                'Mélanie is on call for subpoenas and coroner requests.'), m.sig(key, short=True)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Équipe archives', 'Records team', 'equipe-archives')],
                    m.t('Horaire des Fêtes', 'Holiday schedule'), body, note='staff schedule')


def n_employee_accident(m):
    key = 'hr1' if m.L else m.ch(['hr1', 'hr_en'])
    emp = m.ch(EMP_FR if m.L else EMP_EN)
    body = [m.hello(m.first('nurse1')),
            m.t(f"Suivi de l'accident du travail de votre employée {emp} (préposée aux bénéficiaires) survenu le "
                f"{m.d(m.ago(5, 20))} lors d'un transfert : entorse lombaire. Le médecin traitant autorise une "
                f"assignation temporaire (travaux légers, pas de levée de plus de 10 kg) jusqu'au "
                f"{m.d(m.ahead(10, 30))}.",
                f"Follow-up on the workplace injury of your employee {emp} (patient attendant) on "
                f"{m.d(m.ago(5, 20))} during a transfer: low back strain. The treating physician authorizes "
                f"temporary assignment (light duties, no lifting over 10 kg) until {m.d(m.ahead(10, 30))}."),
            m.t('Merci de compléter l\'enquête et analyse d\'accident (formulaire SST-12) d\'ici vendredi.',
                'Please complete the accident investigation form (OHS-12) by Friday.'), m.sig(key)]
    return m.finish(m.staff(key), [m.staff('nurse1')], m.t('Accident du travail — assignation temporaire',
                                                           'Workplace injury - temporary assignment'), body,
                    note='employee occupational health (HR)')


def n_grand_rounds(m):
    key = m.ch(['dsp', 'md1']) if m.L else 'md_en'
    talks = m.t([f"{STAFF['md2'][0]} — Sepsis à l'urgence : reconnaissance précoce et lactate",
                 f"{STAFF['md1'][0]} — Delirium et chutes chez l'aîné hospitalisé",
                 f"{STAFF['md_en'][0]} — Lithium : surveillance et toxicité",
                 "Me François Desjardins — Le dossier médical devant les tribunaux"],
                [f"{STAFF['md2'][0]} - Sepsis in the ED: early recognition and lactate",
                 f"{STAFF['md1'][0]} - Delirium and falls in hospitalized older adults",
                 f"{STAFF['md_en'][0]} - Lithium: monitoring and toxicity",
                 'François Desjardins - The medical record in court'])
    body = [m.hello(), m.t('Programme des réunions scientifiques du mois (mercredi 12 h, amphithéâtre B) :',
                           'This month\'s grand rounds (Wednesday noon, Amphitheatre B):'),
            ('ul', m.r.sample(talks, 3)), m.t('Crédits de DPC : 1 h par séance.', 'CME: 1 credit per session.'),
            m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Médecins CHRVB', 'CHRVB physicians', 'medecins')],
                    m.t('Réunions scientifiques', 'Grand rounds'), body, fmt=m.ch(['html', 'alt', 'plain']),
                    note='speakers and topics')


def n_newsletter(m):
    key = m.ch(['risk2']) if m.L else 'risk_en'
    body = [m.t('Bulletin Qualité et sécurité — édition ' + MONTHS_FR[m.date.month - 1],
                'Quality & Safety Bulletin - ' + MONTHS_EN[m.date.month - 1] + ' edition'),
            m.t(f"Hygiène des mains : {m.r.randrange(68, 92)} % de conformité (cible 80 %).",
                f"Hand hygiene: {m.r.randrange(68, 92)}% compliance (target 80%)."),
            m.t(f"Chutes avec blessure : {m.r.randrange(2, 9)} ce mois-ci. Bravo au 3e Sud pour 60 jours sans chute!",
                f"Falls with injury: {m.r.randrange(2, 9)} this month. Kudos to 3 South for 60 fall-free days!"),
            ('ul', m.t(['Semaine de la sécurité des patients : kiosque à la cafétéria',
                        'Nouvelle trousse de divulgation pour les gestionnaires',
                        'Rappel : bracelet d\'identification vérifié avant chaque médicament'],
                       ['Patient safety week: booth in the cafeteria', 'New disclosure toolkit for managers',
                        'Reminder: check the ID band before every medication'])),
            m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Tout le personnel', 'All staff', 'personnel')],
                    m.t('Bulletin Qualité', 'Quality Bulletin'), body, fmt=m.ch(['html', 'alt']),
                    note='newsletter')


def n_privacy_awareness(m):
    key = 'priv' if m.L else 'priv_en'
    body = [m.hello(), m.t(m.ty("Rappel sur l'envoi de renseignements par courriel :"),
                           'Reminder about sending information by e-mail:'),
            ('ul', m.t(["N'inscrivez jamais un nom d'usager ni un NAM dans l'objet (ex. : ABCD 1234 5678)",
                        'Utilisez le chiffrement (bouton « Sécuriser ») pour tout envoi externe',
                        'Vérifiez l\'adresse du destinataire avant l\'envoi — 40 % des incidents sont des erreurs '
                        'de destinataire', 'Signalez tout incident au poste 2290'],
                       ['Never put a patient name or health number in the subject (e.g. ABCD 1234 5678)',
                        'Use encryption ("Secure" button) for external mail',
                        'Check the recipient before sending - 40% of incidents are misdirected mail',
                        'Report any incident at ext. 2290'])),
            m.t('Une simulation d\'hameçonnage aura lieu ce mois-ci.', 'A phishing simulation will run this month.'),
            m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Tout le personnel', 'All staff', 'personnel')],
                    m.t('Rappel — confidentialité et courriel', 'Reminder - privacy and e-mail'), body,
                    note='privacy awareness with placeholder number')


def n_breach_register_stats(m):
    key = 'priv' if m.L else 'priv_en'
    rows = [[m.t(a, b), m.r.randrange(0, 25), m.r.randrange(0, 4)] for a, b in
            [('Courriel mal acheminé', 'Misdirected e-mail'), ('Télécopie mal acheminée', 'Misdirected fax'),
             ('Consultation non autorisée', 'Unauthorized access'), ('Perte de document', 'Lost document'),
             ('Vol d\'équipement', 'Stolen device')]]
    body = [m.hello(), m.t('Registre des incidents de confidentialité — sommaire du semestre :',
                           'Privacy incident register - semester summary:'),
            ('table', m.t(['Catégorie', 'Incidents', 'Préjudice sérieux'], ['Category', 'Incidents', 'Serious harm']),
             rows),
            m.t('Les incidents à risque de préjudice sérieux ont été déclarés à la Commission d\'accès à l\'information.',
                'Incidents with a risk of serious harm were reported to the Commission d\'accès à l\'information.'),
            m.sig(key)]
    atts = [m.att_xlsx(m.t('registre_sommaire.xlsx', 'register_summary.xlsx'),
                       [(m.t('Sommaire', 'Summary'), m.t(['Catégorie', 'Incidents', 'Préjudice sérieux'],
                                                         ['Category', 'Incidents', 'Serious harm']), rows)])] \
        if m.r.random() < 0.5 else []
    return m.finish(m.staff(key), [m.staff('dsp'), m.staff('legal1')],
                    m.t('Registre des incidents — sommaire', 'Incident register - summary'), body, atts,
                    note='breach register aggregate')


def n_contract_review(m):
    key = m.ch(['legal1', 'legal2']) if m.L else 'legal_en'
    org = m.ch(EXTERNAL_ORGS['vendor'])
    ctr = m.num('CT-2024-', 3)
    body = [m.hello(m.first('arch3')),
            m.t(f"J'ai revu le contrat {ctr} avec {org[0]}. Commentaires :", f"I reviewed contract {ctr} with {org[0]}. "
                                                                           f"Comments:"),
            ('ul', m.t(['Art. 7.2 — ajouter l\'obligation d\'aviser l\'établissement de tout incident de '
                        'confidentialité dans les 24 h', 'Art. 9 — la limitation de responsabilité (50 000 $) est '
                        'trop basse', 'Annexe B — préciser l\'hébergement des données au Québec',
                        'Art. 12 — résiliation sans frais avec préavis de 60 jours'],
                       ['s. 7.2 - add duty to notify the hospital of any privacy incident within 24 h',
                        's. 9 - the $50,000 liability cap is too low', 'Schedule B - specify data hosting in Quebec',
                        's. 12 - termination without penalty on 60 days notice'])),
            m.t('Je peux en discuter avec le fournisseur la semaine prochaine.', 'Happy to discuss with the vendor '
                                                                               'next week.'), m.sig(key)]
    atts = []
    if m.r.random() < 0.4:
        atts.append(m.att_docx(f'{ctr}_commentaires.docx' if m.L else f'{ctr}_comments.docx', ctr, body[1:3]))
    return m.finish(m.staff(key), [m.staff('arch3')], m.t(f'Contrat {ctr} — commentaires', f'Contract {ctr} - comments'),
                    body, atts, note='contract review')


def n_liability_insurance(m):
    key = m.ch(['legal1']) if m.L else 'legal_en'
    pol = m.num('RC-', 8)
    body = [m.hello(), m.t(f"Renouvellement de la police d'assurance responsabilité professionnelle et civile {pol} "
                           f"au 1er avril. Prime : {m.r.randrange(180, 260)} 000 $; franchise 25 000 $ par sinistre.",
                           f"Renewal of professional and general liability policy {pol} on April 1. Premium: "
                           f"${m.r.randrange(180, 260)},000; deductible $25,000 per claim."),
            m.t(f"Nombre de réclamations ouvertes : {m.r.randrange(8, 20)}; réserves totales inchangées.",
                f"Open claims: {m.r.randrange(8, 20)}; total reserves unchanged."), m.sig(key)]
    return m.finish(m.staff(key), [m.staff('dsp')], m.t('Renouvellement assurance responsabilité',
                                                        'Liability insurance renewal'), body,
                    note='hospital liability insurance')


def n_coroner_generic(m):
    key = m.ch(['risk1', 'risk2']) if m.L else 'risk_en'
    age = m.r.randrange(70, 92)
    body = [m.hello(), m.t(f"Le Bureau du coroner a publié des recommandations à l'intention de tous les centres "
                           f"hospitaliers à la suite du décès d'un homme de {age} ans, survenu dans un autre "
                           f"établissement, après une chute la nuit alors qu'il était sous anticoagulant.",
                           f"The coroner's office issued recommendations to all hospitals following the death of "
                           f"a {age}-year-old man in another facility after a night-time fall while on "
                           f"anticoagulation."),
            ('ul', m.t(['Évaluer le risque de chute à l\'admission et après chaque transfert',
                        'Protocole de surveillance neurologique après toute chute chez un usager anticoagulé',
                        'TDM cérébrale sans délai si céphalée ou altération de l\'état de conscience'],
                       ['Assess fall risk on admission and after every transfer',
                        'Neuro-vital-sign protocol after any fall in an anticoagulated patient',
                        'Urgent head CT if headache or altered level of consciousness'])),
            m.t('Nous ajouterons ces recommandations au plan d\'action du comité.',
                'We will add these recommendations to the committee action plan.'), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Chefs d\'unité', 'Unit managers', 'chefs-unite')],
                    m.t('Recommandations du coroner — chutes', 'Coroner recommendations - falls'), body,
                    note='anonymised coroner recommendations')


def n_device_recall(m):
    key = m.ch(['risk2', 'risk1']) if m.L else 'risk_en'
    rows = [[m.ch(['Pompe volumétrique VX-200', 'Pompe PCA Lumen 3']), 'LOT ' + m.num('', 6), luhn_number(m.r, 9),
             m.ch(['4N', '3S', 'USI', 'URG'])] for _ in range(m.r.randrange(3, 7))]
    body = [m.hello(), m.t("Avis de rappel du fabricant : risque d'occlusion non détectée. Appareils visés dans "
                           "l'établissement :", 'Manufacturer recall: risk of undetected occlusion. Affected devices:'),
            ('table', m.t(['Modèle', 'Lot', 'No de série', 'Unité'], ['Model', 'Lot', 'Serial no.', 'Unit']), rows),
            m.t('Le génie biomédical procédera au remplacement d\'ici vendredi. Aucun événement indésirable signalé.',
                'Biomedical engineering will swap units by Friday. No adverse events reported.'), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Chefs d\'unité', 'Unit managers', 'chefs-unite')],
                    m.t('Rappel — pompes à perfusion', 'Recall - infusion pumps'), body,
                    note='device recall with Luhn-valid serials')


def n_form_revision(m):
    key = m.ch(['arch3', 'priv']) if m.L else 'arch_en'
    doc = [m.t('AUTORISATION DE COMMUNIQUER DES RENSEIGNEMENTS (AUT-07)', 'AUTHORIZATION TO RELEASE INFORMATION (AUT-07)'),
           m.t('Nom de l\'usager : ____________________  Date de naissance : ___________  NAM : ______________',
               'Patient name: ____________________  Date of birth: ___________  Health no.: ______________'),
           m.t('Je autorise le Centre hospitalier régional de Val-Brume à communiquer à : _______________________',
               'I authorize the Val-Brume Regional Hospital Centre to release to: _______________________'),
           m.t('[ ] Dossier complet  [ ] Période du ______ au ______  [ ] Résultats  [ ] Imagerie  [ ] Psychiatrie',
               '[ ] Full chart  [ ] Period from ______ to ______  [ ] Results  [ ] Imaging  [ ] Psychiatry'),
           m.t('Signature : ____________________  Date : ____________', 'Signature: ____________________  Date: '
                                                                       '____________')]
    att = m.att_docx('AUT-07_' + m.ch(['v3', 'v4', '2024']) + '.docx', 'AUT-07', doc)
    body = [m.hello(), m.t("Le formulaire AUT-07 révisé est en ligne. Il remplace toutes les versions antérieures; "
                           "merci de détruire vos copies papier.", 'The revised AUT-07 form is online and replaces '
                           'all earlier versions; please discard paper copies.'), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Équipe archives', 'Records team', 'equipe-archives')],
                    m.t('Formulaire AUT-07 révisé', 'Revised AUT-07 form'), body, [att], note='blank form')


def n_clinic_move(m):
    key = m.ch(['arch3', 'dsp']) if m.L else 'md_en'
    body = [m.hello(), m.t(f"À compter du {m.d(m.ahead(10, 40))}, la clinique externe de psychiatrie déménage au "
                           f"455, rue de la Fabrique, 2e étage, Val-Brume. Nouveau numéro : 819 555-0188; télécopieur "
                           f"819 555-0189.", f"As of {m.d(m.ahead(10, 40))}, the outpatient psychiatry clinic moves to "
                           f"455 rue de la Fabrique, 2nd floor, Val-Brume. New number: 819 555-0188; fax 819 555-0189."),
            m.t('Les dossiers actifs seront transférés par l\'équipe des archives.',
                'Active charts will be moved by the records team.'), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Tout le personnel', 'All staff', 'personnel')],
                    m.t('Déménagement — clinique de psychiatrie', 'Psychiatry clinic relocation'), body,
                    note='clinic address/phone')


def n_webinar_law(m):
    key = m.ch(['legal1', 'legal2']) if m.L else 'legal_en'
    org, dom, person, addr = m.ext('law_fr' if m.L else 'law_en')
    body = [m.hello(), m.t(f"Pour info — webinaire de {org} le {m.d(m.ahead(7, 30))} : « Loi 25 et dossiers de "
                           f"santé : incidents de confidentialité, registres et évaluations des facteurs relatifs à "
                           f"la vie privée ». Conférenciers : {person} et {m.ch(EXTERNAL_ORGS['law_fr'][0][2])}.",
                           f"FYI - {org} webinar on {m.d(m.ahead(7, 30))}: \"Quebec Law 25 and health records: "
                           f"incidents, registers and privacy impact assessments\". Speakers: {person}."),
            m.t('Inscription gratuite, 1,5 h reconnue par le Barreau.', 'Free registration, 1.5 h CPD.'), m.sig(key)]
    return m.finish(m.staff(key), [m.staff('priv'), m.staff('arch3')], m.t('Webinaire Loi 25', 'Law 25 webinar'),
                    body, note='webinar speakers')


def n_access_audit_it(m):
    key = 'it1' if m.L else 'it_en'
    rows = [[m.ch(['Accès à son propre dossier', 'Accès au dossier d\'un employé', 'Même nom de famille',
                   'Accès VIP', 'Accès hors quart']) if m.L else
             m.ch(['Own record', 'Co-worker record', 'Same surname', 'VIP access', 'Off-shift access']),
             m.r.randrange(0, 40), m.ch(['Actif', 'Test']) if m.L else m.ch(['Active', 'Test'])] for _ in range(5)]
    body = [m.hello(m.first('priv')),
            m.t('Voici la configuration des règles de l\'outil de vérification des accès et le nombre d\'alertes '
                'générées la semaine dernière :', 'Here are the access-audit rules and last week\'s alert counts:'),
            ('table', m.t(['Règle', 'Alertes', 'Statut'], ['Rule', 'Alerts', 'Status']), rows),
            m.t(f"Les journaux sont conservés 7 ans sur SRV-AUD-01 (billet {m.num('', 7)}).",
                f"Logs are kept 7 years on SRV-AUD-01 (ticket {m.num('', 7)})."), m.sig(key)]
    return m.finish(m.staff(key), [m.staff('priv' if m.L else 'priv_en')], m.t('Outil de vérification des accès',
                                                                               'Access audit tool'), body,
                    note='IT audit config, no patients')


def n_roi_process_reply(m):
    key = m.ch(['arch1', 'arch2']) if m.L else 'arch_en'
    org, dom, person, addr = m.ext('law_fr' if m.L else 'law_en')
    inner = [m.t('Bonjour, quels sont vos délais et frais pour une demande de dossier complet pour un client? '
                 'Acceptez-vous les autorisations signées électroniquement?',
                 'Hello, what are your turnaround and fees for a full chart request for a client? Do you accept '
                 'electronically signed authorizations?'), person]
    body = [m.hello(person), m.t("Le délai est de 20 jours à compter de la réception d'une demande complète. Les frais "
                                 "sont de 0,40 $ la page; le dossier d'imagerie sur CD est facturé 15 $. Nous acceptons "
                                 "les signatures électroniques si l'autorisation précise la période visée.",
                                 'Turnaround is 20 days from receipt of a complete request. Fees are $0.40 per page; '
                                 'imaging on CD is $15. E-signatures are accepted if the authorization specifies the '
                                 'period.'), m.thanks(), m.sig(key),
            ('quote', m.meta((person, addr), [archives_box(m)], m.t('Délais et frais', 'Turnaround and fees')), inner)]
    return m.finish(m.staff(key), [(person, addr)], m.re_(m.t('Délais et frais', 'Turnaround and fees')), body,
                    reply=True, note='generic process reply, no patient')


def n_meeting_room(m):
    key = m.ch(['legal_asst', 'risk2']) if m.L else 'risk_en'
    body = [m.hello(), m.t(f"Pourriez-vous réserver la salle Laurier le {m.d(m.ahead(3, 20))} de 9 h à 12 h pour 14 "
                           f"personnes, avec café et viennoiseries? Centre de coûts 2210-JUR.",
                           f"Could you book the Laurier room on {m.d(m.ahead(3, 20))} from 9 to noon for 14 people, "
                           f"with coffee? Cost centre 2210-JUR."), m.thanks(), m.sig(key, short=True)]
    return m.finish(m.staff(key), [('Réservation de salles', f'salles@{HD}')],
                    m.t('Réservation salle Laurier', 'Room booking - Laurier'), body, note='room booking')


def n_dashboard_wait(m):
    key = m.ch(['risk2', 'dsp']) if m.L else 'risk_en'
    rows = [[m.d(m.ago(k + 1, k + 2), 0), m.r.randrange(110, 190), f'{m.r.randrange(12, 22)},{m.r.randrange(10)}',
             f'{m.r.randrange(95, 160)} %'] for k in range(7)]
    header = m.t(['Date', 'Visites', 'DMS civière (h)', 'Taux d\'occupation'], ['Date', 'Visits', 'Stretcher LOS (h)',
                                                                                  'Occupancy'])
    att = m.att_xlsx(m.t('tableau_bord_urgence.xlsx', 'ED_dashboard.xlsx'), [(m.t('Semaine', 'Week'), header, rows)])
    body = [m.hello(), m.t('Tableau de bord hebdomadaire de l\'urgence ci-joint.', 'Weekly ED dashboard attached.'),
            m.sig(key)]
    return m.finish(m.staff(key), [m.staff('md2'), m.staff('nurse2')], m.t('Tableau de bord urgence', 'ED dashboard'),
                    body, [att], note='aggregated dashboard')


def n_archive_move(m):
    key = m.ch(['arch3', 'arch2']) if m.L else 'arch_en'
    rows = []
    start = m.r.randrange(1, 20) * 100000
    for k in range(m.r.randrange(3, 6)):
        a = start + k * 50000
        rows.append([f'{a:07d} – {a + 49999:07d}' if m.L else f'{a:07d} - {a + 49999:07d}',
                     f'{m.r.randrange(80, 240)}', m.ch(['Rayonnage A', 'Rayonnage B', 'Sous-sol C']) if m.L else
                     m.ch(['Shelving A', 'Shelving B', 'Basement C']), m.d(m.ahead(5, 40), 0)])
    body = [m.hello(), m.t('Planification du déménagement des archives physiques vers le nouvel entrepôt (plages de '
                           'numéros de dossiers) :', 'Physical archive move plan to the new warehouse (chart number '
                                                      'ranges):'),
            ('table', m.t(['Plage', 'Boîtes', 'Emplacement', 'Date'], ['Range', 'Boxes', 'Location', 'Date']), rows),
            m.t('Aucun dossier ne sera disponible pendant le transport; prévoir les demandes urgentes 48 h d\'avance.',
                'No charts available during transport; plan urgent requests 48 h ahead.'), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Équipe archives', 'Records team', 'equipe-archives')],
                    m.t('Déménagement des archives', 'Archive move'), body, note='chart number ranges, no patient')


def n_zip_policies(m):
    key = m.ch(['risk2', 'priv']) if m.L else 'priv_en'
    files = []
    for code, tfr, ten in [('PO-DQ-010', 'Gestion des risques', 'Risk management'),
                           ('PO-DQ-015', 'Divulgation des accidents', 'Disclosure of accidents'),
                           ('PO-PRP-002', 'Incidents de confidentialité', 'Privacy incidents')]:
        title = m.t(tfr, ten)
        blocks = [m.t(f"Politique {code} — {title}. Approuvée par le conseil d'administration.",
                      f"Policy {code} - {title}. Approved by the board."),
                  m.t('Champ d\'application : tout le personnel, les médecins, les stagiaires et les bénévoles.',
                      'Scope: all staff, physicians, students and volunteers.')]
        if m.r.random() < 0.5:
            files.append((f'{code}.pdf', make_pdf(title, blocks, compress=1)))
        else:
            files.append((f'{code}.docx', make_docx(title, blocks)))
    att = m.att_zip(m.t('politiques_qualite_2024.zip', 'quality_policies_2024.zip'), files)
    body = [m.hello(), m.t('Tel que demandé pour la visite d\'Agrément, voici les trois politiques en vigueur.',
                           'As requested for the accreditation visit, here are the three policies in force.'),
            m.sig(key)]
    return m.finish(m.staff(key), [m.staff('dsp')], m.t('Politiques — Agrément', 'Policies - accreditation'), body,
                    [att], note='ZIP of policies')


def n_eml_vendor_fwd(m):
    key = 'it1' if m.L else 'it_en'
    org, dom, person, addr = ('Numérix Imagerie documentaire', 'numerix.example', 'Véronique Pagé',
                              'veronique.page@numerix.example')
    inner = [m.t(f"Bonjour, l'entretien préventif du numériseur Kodak i4650 (no de série {luhn_number(m.r, 9)}) est "
                 f"prévu le {m.d(m.ahead(3, 15))}. Le technicien aura besoin d'un accès à la salle 0-114.",
                 f"Hello, preventive maintenance of the i4650 scanner (serial {luhn_number(m.r, 9)}) is scheduled "
                 f"for {m.d(m.ahead(3, 15))}. The technician needs access to room 0-114."), person]
    att = m.att_eml(m.t('Entretien numériseur.eml', 'Scanner maintenance.eml'), (person, addr), [m.staff(key)],
                    m.t('Entretien préventif', 'Preventive maintenance'), inner)
    body = [m.hello(m.first('arch3')), m.t('Pour info, voir le courriel du fournisseur ci-joint.',
                                                      'FYI, see the vendor e-mail attached.'), m.sig(key, short=True)]
    return m.finish(m.staff(key), [m.staff('arch3')], m.fw(m.t('Entretien préventif', 'Preventive maintenance')), body,
                    [att], note='vendor eml attached')


def n_staff_leave_reply(m):
    key = m.ch(['arch3']) if m.L else 'arch_en'
    emp = m.ch(EMP_FR if m.L else EMP_EN)
    inner = [m.t(f"Bonjour, je serai absente du {m.d(m.ahead(3, 10))} au {m.d(m.ahead(11, 20))} (congé de maladie, "
                 f"billet médical remis aux RH). Karine a accepté de reprendre mes demandes d'assureurs.",
                 f"Hi, I will be off from {m.d(m.ahead(3, 10))} to {m.d(m.ahead(11, 20))} (sick leave, note given to "
                 f"HR). Karine agreed to take over my insurer requests."), emp]
    emp_mail = ascii_fold(emp).lower().replace(' ', '.') + '@' + HD
    body = [m.t('Parfait, merci de m\'avoir avisée. Prends soin de toi.', 'Noted, thanks for letting me know. Take '
                                                                          'care.'), m.sig(key, short=True),
            ('quote', m.meta((emp, emp_mail), [m.staff(key)], m.t('Absence', 'Absence')), inner)]
    return m.finish(m.staff(key), [(emp, emp_mail)], m.re_(m.t('Absence', 'Absence')), body, reply=True,
                    note='staff leave (HR)')


def n_subpoena_memo(m):
    key = m.ch(['legal1', 'legal2']) if m.L else 'legal_en'
    body = [m.hello(), m.t('Aide-mémoire — réception d\'un subpoena ou d\'une citation à comparaître :',
                           'Quick guide - receiving a subpoena:'),
            ('ul', m.t(['Noter la date et l\'heure de signification', 'Transmettre le jour même aux affaires juridiques',
                        'Ne jamais remettre un dossier directement à un huissier',
                        'Le dossier est produit sous pli scellé, copie certifiée conforme',
                        'Les notes de psychothérapie peuvent faire l\'objet d\'une objection'],
                       ['Record the date and time of service', 'Forward to Legal Affairs the same day',
                        'Never hand a chart directly to a bailiff', 'Produce the chart sealed, certified copy',
                        'Psychotherapy notes may be objected to'])), m.sig(key)]
    return m.finish(m.staff(key), [all_staff_list(m, 'Équipe archives', 'Records team', 'equipe-archives')],
                    m.t('Aide-mémoire — subpoenas', 'Quick guide - subpoenas'), body, note='generic legal memo')


def n_complaint_process_info(m):
    key = 'comm2' if m.L else 'comm1'
    body = [m.hello(), m.t('Voici le texte révisé du dépliant « Comment porter plainte » pour la salle d\'attente :',
                           'Revised text of the "How to make a complaint" leaflet for waiting rooms:'),
            m.t('Toute personne insatisfaite des soins ou services reçus peut s\'adresser à la commissaire aux '
                'plaintes et à la qualité des services, par téléphone au 819 555-0150, par courriel ou en personne. '
                'La plainte est traitée dans un délai de 45 jours. Le Centre d\'assistance et d\'accompagnement aux '
                'plaintes peut vous aider gratuitement.',
                'Anyone dissatisfied with the care or services received may contact the Service Quality and '
                'Complaints Commissioner by phone at 819 555-0150, by e-mail or in person. Complaints are processed '
                'within 45 days. The complaints assistance centre can help free of charge.'), m.sig(key)]
    return m.finish(m.staff(key), [('Communications CHRVB', f'communications@{HD}')],
                    m.t('Dépliant — plaintes', 'Leaflet - complaints'), body, note='public information text')


NEGATIVE = [
    ('policy_roi', n_policy_roi), ('procedure_ah223', n_procedure_ah223), ('training_records', n_training_records),
    ('teaching_case', n_teaching_case), ('committee_minutes', n_committee_minutes),
    ('committee_notice', n_committee_notice), ('stats_quarterly', n_stats_quarterly), ('roi_stats', n_roi_stats),
    ('complaints_report', n_complaints_report), ('it_scanning', n_it_scanning), ('it_downtime', n_it_downtime),
    ('retention_destruction', n_retention_destruction), ('invoice_vendor', n_invoice_vendor),
    ('invoice_legal', n_invoice_legal), ('job_posting', n_job_posting), ('staff_schedule', n_staff_schedule),
    ('employee_accident', n_employee_accident), ('grand_rounds', n_grand_rounds), ('newsletter', n_newsletter),
    ('privacy_awareness', n_privacy_awareness), ('breach_register_stats', n_breach_register_stats),
    ('contract_review', n_contract_review), ('liability_insurance', n_liability_insurance),
    ('coroner_generic', n_coroner_generic), ('device_recall', n_device_recall), ('form_revision', n_form_revision),
    ('clinic_move', n_clinic_move), ('webinar_law', n_webinar_law), ('access_audit_it', n_access_audit_it),
    ('roi_process_reply', n_roi_process_reply), ('meeting_room', n_meeting_room),
    ('dashboard_wait', n_dashboard_wait), ('archive_move', n_archive_move), ('zip_policies', n_zip_policies),
    ('eml_vendor_fwd', n_eml_vendor_fwd), ('staff_leave_reply', n_staff_leave_reply),
    ('subpoena_memo', n_subpoena_memo), ('complaint_process_info', n_complaint_process_info),
]


# --------------------------------------------------------------------------------------------
# Text extraction used by the self-check (grounding of identifiers)
# --------------------------------------------------------------------------------------------
def pdf_text(data):
    out = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, raw = m.group(1), m.group(2)
        try:
            if b'ASCII85Decode' in d:
                raw = base64.a85decode(raw.strip().rstrip(b'~>').strip(), adobe=False)
            if b'FlateDecode' in d:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw):
            s = re.sub(rb'\\([()\\])', rb'\1', t.group(1))
            s = re.sub(rb'\\(\d{3})', lambda x: bytes([int(x.group(1), 8)]), s)
            out.append(s.decode('cp1252', 'replace'))
    return '\n'.join(out)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith('.xml'):
            out.append(re.sub(r'<[^>]+>', ' ', z.read(n).decode('utf-8', 'replace')))
    return html.unescape('\n'.join(out))


def blob_text(name, data):
    low = name.lower()
    if data[:4] == b'%PDF':
        return pdf_text(data)
    if data[:2] == b'PK':
        if low.endswith(('.docx', '.xlsx')):
            return ooxml_text(data)
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return '\n'.join(n + '\n' + blob_text(n, z.read(n)) for n in z.namelist())
    for enc in ('utf-8', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return ''


def message_text(msg):
    out = [str(msg.get('subject', '')), str(msg.get('to', '')), str(msg.get('from', ''))]
    for part in msg.walk():
        if part.is_multipart():
            if part.get_content_type() == 'message/rfc822':
                inner = part.get_payload(0)
                out += [str(inner.get('subject', '')), str(inner.get('from', ''))]
            continue
        content = part.get_content()
        fn = part.get_filename() or ''
        out.append(fn)
        if isinstance(content, str):
            if part.get_content_type() == 'text/html':
                content = html.unescape(re.sub(r'<[^>]+>', ' ', content))
            out.append(content)
        else:
            out.append(blob_text(fn, content))
    return '\n'.join(out)


def check_file_parts(msg, path):
    problems = []
    if msg.defects:
        problems.append(f'{path}: defects {msg.defects}')
    n_leaf = 0
    for part in msg.walk():
        if part.defects:
            problems.append(f'{path}: part defects {part.defects}')
        if part.is_multipart():
            continue
        n_leaf += 1
        content = part.get_content()
        ct = part.get_content_type()
        if part.get_content_disposition() == 'attachment' and not part.get_filename():
            problems.append(f'{path}: attachment without filename')
        if isinstance(content, bytes):
            fn = (part.get_filename() or '').lower()
            if fn.endswith('.pdf') and not content.startswith(b'%PDF'):
                problems.append(f'{path}: bad pdf')
            if fn.endswith('.docx'):
                import docx
                docx.Document(io.BytesIO(content))
            if fn.endswith('.xlsx'):
                import openpyxl
                openpyxl.load_workbook(io.BytesIO(content))
            if fn.endswith('.zip'):
                if zipfile.ZipFile(io.BytesIO(content)).testzip() is not None:
                    problems.append(f'{path}: bad zip')
        elif ct.startswith('text/') and not content:
            problems.append(f'{path}: empty text part')
    if n_leaf == 0:
        problems.append(f'{path}: no leaf parts')
    return problems


def norm(s):
    return re.sub(r'[^0-9a-z]', '', ascii_fold(s).lower())


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------
def schedule(templates, total, fixed_lang):
    slots = []
    for i in range(total):
        name, fn = templates[i % len(templates)][:2]
        slots.append([name, fn, fixed_lang(templates[i % len(templates)])])
    counter = 0
    for s in sorted(range(total), key=lambda k: (templates.index(next(t for t in templates if t[0] == slots[k][0])),
                                                 k)):
        if slots[s][2] is None:
            slots[s][2] = 'en' if counter % 3 == 2 else 'fr'
            counter += 1
    return slots


def generate(out_dir, seed):
    gen = Gen(seed)
    labels = {}
    files = {}
    used_ids = {}
    pos_slots = schedule(POSITIVE, N_POS, lambda t: t[2])
    neg_slots = schedule(NEGATIVE, N_NEG, lambda t: None)
    random.Random(f'{seed}-order-p').shuffle(pos_slots)
    random.Random(f'{seed}-order-n').shuffle(neg_slots)
    for positive, slots, prefix, folder in ((True, pos_slots, 'p', 'positive'), (False, neg_slots, 'n', 'negative')):
        for i, (name, fn, lang) in enumerate(slots, 1):
            r = random.Random(f'{seed}-{prefix}-{i}')
            m = Msg(gen, r, lang, positive)
            spec = fn(m)
            node = build_node(spec, r)
            nl = b'\r\n' if r.random() < 0.55 else b'\n'
            data = serialize(node, nl)
            rel = f'{folder}/{prefix}{i:03d}_{name}.eml'
            files[rel] = data
            types = sorted(m.types, key=ALL_TYPES.index)
            if not positive:
                assert not types, (rel, types)
            labels[rel] = {'confidential': positive, 'types': types, 'lang': lang, 'note': m.note}
            used_ids[rel] = sorted(set(m.used))
    return files, labels, used_ids


def self_check(out_dir, labels, gen_people, used_ids):
    problems = []
    on_disk = sorted(f'{d}/{f}' for d in ('positive', 'negative') for f in os.listdir(os.path.join(out_dir, d))
                     if f.endswith('.eml'))
    if sorted(labels) != on_disk:
        problems.append('labels do not cover exactly the files')
    npos = nneg = 0
    langs = {}
    blind_nams = {norm(p['nam']) for p in gen_people}
    blind_names = {(norm(p['given']), norm(p['surname'])) for p in gen_people}
    for rel in on_disk:
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            data = fh.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        problems += check_file_parts(msg, rel)
        lab = labels[rel]
        text = norm(message_text(msg))
        langs[lab['lang']] = langs.get(lab['lang'], 0) + 1
        if lab['confidential']:
            npos += 1
            if not lab['types'] or not set(lab['types']) <= set(ALL_TYPES):
                problems.append(f'{rel}: positive without valid types')
            if 'ramq_nam' in lab['types'] and not any(n in text for n in blind_nams):
                problems.append(f'{rel}: NAM not found in decoded text')
            for typ, raw in used_ids[rel]:
                if norm(raw) not in text:
                    problems.append(f'{rel}: {typ} value not found in decoded text')
        else:
            nneg += 1
            if lab['types']:
                problems.append(f'{rel}: negative with types')
            if any(n in text for n in blind_nams):
                problems.append(f'{rel}: negative contains a NAM')
    return problems, npos, nneg, langs


def digest(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            h.update(rel.encode() + b'\0' + hashlib.sha256(fh.read()).digest())
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=HERE, help='output directory (default: next to this script)')
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    out_dir = args.out
    files, labels, used_ids = generate(out_dir, args.seed)
    for d in ('positive', 'negative'):
        os.makedirs(os.path.join(out_dir, d), exist_ok=True)
        for f in os.listdir(os.path.join(out_dir, d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out_dir, d, f))
    for rel, data in files.items():
        with open(os.path.join(out_dir, rel), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(out_dir, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    problems, npos, nneg, langs = self_check(out_dir, labels, load_blind(), used_ids)
    dg = digest(out_dir, list(files) + ['labels.json'])
    print(f'positives: {npos}  negatives: {nneg}  total: {npos + nneg}')
    print('languages: ' + ', '.join(f'{k}={v}' for k, v in sorted(langs.items())))
    per = {}
    for rel, lab in labels.items():
        key = ('pos' if lab['confidential'] else 'neg') + '-' + lab['lang']
        per[key] = per.get(key, 0) + 1
    print('by class/language: ' + ', '.join(f'{k}={v}' for k, v in sorted(per.items())))
    print(f'sha256 digest: {dg}')
    if npos != N_POS or nneg != N_NEG:
        problems.append('unexpected counts')
    if problems:
        print('SELF-CHECK FAILED:')
        for p in problems[:50]:
            print('  ' + p)
        return 1
    print('self-check: OK (all files parsed, all parts decoded, labels consistent)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
