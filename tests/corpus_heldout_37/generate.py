#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus (paediatric hospital + DPJ + school health, Québec).

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180)
and labels.json next to this file (or under --out DIR), deterministically from
--seed (default 3737), then self-checks the output and prints a sha256 digest.

Everything is invented: people, institutions, addresses, *.example domains and
555 phone numbers.  RAMQ NAMs come only from ../blind_nams.txt (used with that
person's name, birth date and sex); every other identifier is generated and
validated with python-stdnum.
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
import zipfile
import email
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_PATH = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 3737
N_POS = 120
N_NEG = 180
FIXED_ZIP_DT = (2025, 3, 1, 8, 0, 0)
FIXED_ISO = '2025-03-01T08:00:00Z'
FIXED_DATETIME = dt.datetime(2025, 3, 1, 8, 0, 0)
TZ = dt.timezone(dt.timedelta(hours=-5))

# ---------------------------------------------------------------------------
# people from blind_nams.txt
# ---------------------------------------------------------------------------


class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)


def load_nam_people():
    people = []
    with open(NAMS_PATH, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            people.append(Person(sur, given, dt.date(y, m, d), sex, nam))
    return people


def nam_consistent(p):
    """Structural consistency of a NAM with the person's name, birth date and sex."""
    import unicodedata
    s = unicodedata.normalize('NFKD', p.surname).encode('ascii', 'ignore').decode().upper()
    g = unicodedata.normalize('NFKD', p.given).encode('ascii', 'ignore').decode().upper()
    n = p.nam
    if len(n) != 12 or n[:3] != s[:3] or n[3] != g[0]:
        return False
    mm = p.dob.month + (50 if p.sex == 'F' else 0)
    return n[4:10] == '%02d%02d%02d' % (p.dob.year % 100, mm, p.dob.day)


# ---------------------------------------------------------------------------
# generated identifiers (validated with python-stdnum)
# ---------------------------------------------------------------------------


def gen_sin(rng):
    while True:
        body = rng.choice('1234567') + ''.join(rng.choice('0123456789') for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(n, rng):
    return rng.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (n[:3], n[3:6], n[6:])


def gen_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            vc = rng.choice(['AB', 'KL', 'XY', 'MN', 'HG', 'JR', ''])
            return n, vc


def fmt_ohip(n, vc, rng):
    base = rng.choice(['%s-%s-%s', '%s %s %s', '%s%s%s']) % (n[:4], n[4:7], n[7:])
    return (base + (rng.choice([' ', '-']) + vc if vc else '')).strip()


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        first9 = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, serial)
        base = ('2' + first9) if dob.year >= 2000 else first9
        n = first9 + '%02d' % (97 - int(base) % 97)
        if be_nn.is_valid(n) and be_nn.get_birth_date(n) == dob:
            return n


def fmt_niss(n, rng):
    return rng.choice([be_nn.format(n), '%s %s %s' % (n[:6], n[6:9], n[9:]), n])


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '59', '44', '67', '35', '31', '06'])
        first13 = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month,
                                             dept, rng.randint(1, 400), rng.randint(1, 999))
        n = first13 + fr_nir.calc_check_digits(first13)
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n, rng):
    return rng.choice([fr_nir.format(n), n, '%s %s' % (n[:13], n[13:])])


def gen_mrn(rng):
    body = '%07d' % rng.randint(100000, 9899999)
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n


def fmt_mrn(n, rng):
    return rng.choice([n, n, '%s-%s' % (n[:7], n[7:]), '%s %s' % (n[:4], n[4:])])


def luhn_number(rng, length, first='123456789'):
    body = rng.choice(first) + ''.join(rng.choice('0123456789') for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def fmt_nam(nam, rng, disguise=True):
    if not disguise:
        return nam
    return rng.choice([nam, nam, nam, '%s %s %s' % (nam[:4], nam[4:8], nam[8:]),
                       '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:]), nam.lower(),
                       '%s %s' % (nam[:4], nam[4:])])


# ---------------------------------------------------------------------------
# invented names, places, organisations
# ---------------------------------------------------------------------------

KID_F = ['Zoé', 'Léa', 'Chloé', 'Florence', 'Alice', 'Béatrice', 'Rosalie', 'Maëlle', 'Olivia',
         'Charlotte', 'Ava', 'Amira', 'Emily', 'Maya', 'Noémie', 'Élodie', 'Aïcha', 'Clara', 'Jade',
         'Mila', 'Lily-Rose', 'Eva', 'Hannah', 'Juliette', 'Abigail', 'Fatou', 'Marguerite', 'Victoria']
KID_M = ['Noah', 'Léo', 'William', 'Thomas', 'Félix', 'Jacob', 'Nathan', 'Édouard', 'Samuel', 'Adam',
         'Mohamed', 'Ethan', 'Lucas', 'Hugo', 'Zacharie', 'Louis-Philippe', 'Jayden', 'Owen', 'Malik',
         'Arnaud', 'Théo', 'Benjamin', 'Elijah', 'Anthony', 'Xavier', 'Raphaël', 'Isaac', 'Dylan']
AD_F = ['Annie', 'Mélissa', 'Stéphanie', 'Karine', 'Jessica', 'Vanessa', 'Marie-Pier', 'Audrey',
        'Jennifer', 'Amanda', 'Fatima', 'Nadège', 'Rebecca', 'Valérie', 'Kim', 'Caroline', 'Linh',
        'Samira', 'Erin', 'Chantal']
AD_M = ['Maxime', 'Jonathan', 'Simon', 'Kevin', 'Mathieu', 'Jean-François', 'Ryan', 'Patrick',
        'Alexandre', 'Youssef', 'Steve', 'Éric', 'Daniel', 'Frédéric', 'Tyler', 'Marco', 'Wilson',
        'Dominic', 'Hamid', 'Sébastien']
SURN = ['Tremblay', 'Côté', 'Beaulieu', 'Desrosiers', 'Nguyen', 'Haddad', 'Joseph', 'Pierre-Louis',
        "O'Brien", 'Kowalski', 'Ouellette', 'Landry', 'Dubé', 'Rahman', 'Diallo', 'Morales',
        'Bergeron', 'Lavoie', 'Chartrand', 'St-Onge', 'Boisvert', 'Mercier', 'Fontaine', 'Lemieux',
        'Castonguay', 'Dufresne', 'Benali', 'Chen', 'Singh', 'McKenzie', 'Gallant', 'Vachon',
        'Paradis', 'Turcotte', 'Hébert', 'Labrecque', 'Da Silva', 'Lachance', 'Gendron', 'Beaudry',
        'Charbonneau', 'Aubin', 'Rousseau', 'Jean-Baptiste', 'Murphy', 'Kaur', 'Fleury', 'Villeneuve']

# staff (never patients)
STAFF = [
    # (display name, title fr, title en, email local, unit fr, unit en)
    ('Dre Hélène Marchand', 'pédiatre', 'paediatrician', 'helene.marchand', 'Clinique de pédiatrie générale', 'General Paediatrics Clinic'),
    ('Dr Samuel Okafor', 'néonatalogiste', 'neonatologist', 'samuel.okafor', 'Clinique de suivi néonatal', 'Neonatal Follow-up Clinic'),
    ('Dre Laurence Béliveau', 'néonatalogiste', 'neonatologist', 'laurence.beliveau', 'Unité néonatale (USIN)', 'NICU'),
    ('Dr Olivier Théberge', 'pédiatre du développement', 'developmental paediatrician', 'olivier.theberge', 'Clinique du développement', 'Child Development Clinic'),
    ('Dre Mei Lin Zhou', 'endocrinologue pédiatrique', 'paediatric endocrinologist', 'meilin.zhou', 'Endocrinologie', 'Endocrinology'),
    ('Dr Karim Belhadj', 'pneumologue', 'respirologist', 'karim.belhadj', 'Pneumologie', 'Respirology'),
    ('Dre Anne-Sophie Giroux', 'pédiatre', 'paediatrician', 'annesophie.giroux', 'Clinique de l\'adolescence', 'Adolescent Medicine'),
    ('Dr Neil Fraser', 'allergologue', 'allergist', 'neil.fraser', 'Allergie-immunologie', 'Allergy & Immunology'),
    ('Julie Desjardins', 'infirmière clinicienne', 'clinical nurse', 'julie.desjardins', 'Clinique de vaccination', 'Vaccination Clinic'),
    ('Marie-Ève Sauvé', 'travailleuse sociale', 'social worker', 'marieeve.sauve', 'Service social', 'Social Work'),
    ('Amanda Clarke', 'travailleuse sociale', 'social worker', 'amanda.clarke', 'Service social', 'Social Work'),
    ('Nadia Toussaint', 'nutritionniste', 'dietitian', 'nadia.toussaint', 'Nutrition clinique', 'Clinical Nutrition'),
    ('Sophie Lamarre', 'ergothérapeute', 'occupational therapist', 'sophie.lamarre', 'Réadaptation', 'Rehabilitation'),
    ('Jennifer Walsh', 'infirmière', 'RN', 'jennifer.walsh', 'Clinique de diabète', 'Diabetes Clinic'),
    ('Catherine Fréchette', 'agente administrative', 'clerk', 'catherine.frechette', 'Centre de rendez-vous', 'Appointment Centre'),
    ('Mélanie Drolet', 'archiviste médicale', 'health records technician', 'melanie.drolet', 'Archives médicales', 'Health Records'),
    ('Dr Patrick Molloy', 'pédiatre', 'paediatrician', 'patrick.molloy', 'Urgence pédiatrique', 'Emergency'),
    ('Dre Rachel Goldstein', 'hématologue', 'haematologist', 'rachel.goldstein', 'Hématologie', 'Haematology'),
    ('Kevin Arsenault', 'psychoéducateur', 'psychoeducator', 'kevin.arsenault', 'Clinique du développement', 'Child Development Clinic'),
    ('Audrey Vigneault', 'orthophoniste', 'speech-language pathologist', 'audrey.vigneault', 'Clinique du développement', 'Child Development Clinic'),
]
SCHOOL_NURSES = [('Karine Bolduc', 'infirmière scolaire', 'school nurse', 'karine.bolduc'),
                 ('Heather MacLeod', 'infirmière scolaire', 'school nurse', 'heather.macleod'),
                 ('Josiane Lepage', 'infirmière scolaire', 'school nurse', 'josiane.lepage'),
                 ('Derek Sullivan', 'infirmier scolaire', 'school nurse', 'derek.sullivan')]
DPJ_WORKERS = [('Isabelle Rioux', 'intervenante à l\'évaluation', 'intake worker', 'isabelle.rioux'),
               ('François Lemay', 'intervenant à l\'application des mesures', 'caseworker', 'francois.lemay'),
               ('Tanya Brooks', 'intervenante', 'youth protection worker', 'tanya.brooks'),
               ('Alexandra Duval', 'réviseure', 'reviewer', 'alexandra.duval')]
ADMIN_STAFF = ['Martin Pagé', 'Chantale Bédard', 'Guylaine Morissette', 'Steven Kerr', 'Lise Robitaille',
               'Nicolas Gervais', 'Paméla Joly', 'Robert Hynes', 'Émilie Caron-Lafleur', 'Yannick Proulx',
               'Diane Whitmore', 'Suzanne Brisebois', 'Bruno Castelli', 'Vicky Lagacé']

HOSP = {'fr': 'Centre hospitalier pédiatrique Sainte-Aurore', 'en': "Sainte-Aurore Children's Hospital"}
HOSP_SHORT = 'CHPSA'
HOSP_DOM = 'chpsa.example'
HOSP_ADDR = {'fr': '3100, boulevard des Outardes, Montréal (Québec)  H3X 0Z0',
             'en': '3100 des Outardes Blvd., Montréal, QC  H3X 0Z0'}
DPJ = {'fr': 'Direction de la protection de la jeunesse – CISSS de la Vallée-des-Hérons',
       'en': 'Director of Youth Protection (DYP) – Heron Valley CISSS'}
DPJ_DOM = 'cisss-valleedesherons.example'
CLSC = {'fr': 'CLSC des Trois-Ponts', 'en': 'Trois-Ponts CLSC'}
CLSC_DOM = 'clsc-troisponts.example'
CSS = [('Centre de services scolaire des Rives-Boisées', 'cssrb.example', 'fr'),
       ('Laurentian Brook School Board', 'lbsb.example', 'en')]
SCHOOLS_FR = ['École primaire des Grands-Pins', 'École Saint-Isidore-des-Champs', 'École secondaire du Boisé-Vert',
              'École primaire Jardin-des-Lilas', 'École de la Petite-Rivière']
SCHOOLS_EN = ['Maple Grove Elementary', 'Birchwood High School', 'Cedar Falls Elementary',
              'Riverside Academy', 'Pinecrest Middle School']
GMF = [('GMF du Vieux-Moulin', 'gmf-vieuxmoulin.example'), ('Clinique médicale Les Cèdres', 'cmlescedres.example'),
       ('Lakeshore Family Medicine Group', 'lakeshorefmg.example')]
PHARM = [('Pharmacie Lemay & Fils', 'pharmalemay.example'), ('Pharmacie Ste-Rose', 'pharmasterose.example')]
ONT_HOSP = ('Rideau Valley Children\'s Health Centre', 'rvchc.example')
FOUNDATION = {'fr': 'Fondation Sainte-Aurore', 'en': 'Sainte-Aurore Foundation', 'dom': 'fondation-sainteaurore.example'}
STREETS = ['rue des Érables-Rouges', 'avenue du Parc-Fleuri', 'rue Saint-Dominique-Savio', 'boulevard des Hirondelles',
           'rue de la Montagne-Bleue', 'Maplewood Crescent', 'Oakridge Avenue', 'rue du Ruisseau-Clair',
           'chemin des Sources-Vives', 'rue Jolicoeur-Est', 'Brookfield Road', '12e Avenue Nord']
CITIES = [('Montréal', 'H4N', '514'), ('Laval', 'H7X', '450'), ('Longueuil', 'J4K', '450'),
          ('Saint-Jérôme', 'J7Y', '450'), ('Gatineau', 'J8Z', '819'), ('Terrebonne', 'J6W', '450'),
          ('Pointe-Claire', 'H9R', '514'), ('Châteauguay', 'J6J', '450')]


def phone(rng, area=None):
    area = area or rng.choice(['514', '450', '438', '819'])
    last = '01%02d' % rng.randint(0, 99)
    return rng.choice(['%s-555-%s', '(%s) 555-%s', '%s 555-%s', '%s.555.%s']) % (area, last)


def hosp_phone(rng):
    return '514 555-01%02d' % rng.randint(0, 99) + rng.choice(['', ', poste %d' % rng.randint(2000, 7999)])


def postal(rng, fsa):
    L = 'ABCEGHJKLMNPRSTVWXYZ'
    return '%s %d%s%d' % (fsa, rng.randint(0, 9), rng.choice(L), rng.randint(0, 9))


def address(rng, lang):
    city, fsa, area = rng.choice(CITIES)
    num = rng.randint(12, 9800)
    street = rng.choice(STREETS)
    apt = rng.choice(['', '', 'app. %d' % rng.randint(1, 24), '#%d' % rng.randint(101, 412)])
    if lang == 'fr':
        a = '%d, %s%s, %s (Québec) %s' % (num, street, (', ' + apt) if apt else '', city, postal(rng, fsa))
    else:
        a = '%s%d %s, %s, QC %s' % ((apt.replace('app. ', '') + '-') if apt else '', num, street, city, postal(rng, fsa))
    return a, area


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_FR_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']


def fdate(d, lang, rng, style=None):
    styles = ['iso', 'long', 'slash', 'abbr']
    style = style or rng.choice(styles)
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return d.strftime('%d/%m/%Y') if lang == 'fr' else rng.choice([d.strftime('%Y/%m/%d'), d.strftime('%d/%m/%Y')])
    if style == 'abbr':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MONTHS_FR_ABBR[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS_EN[d.month - 1][:3], d.day, d.year)
    if lang == 'fr':
        return '%s %s %d' % ('1er' if d.day == 1 else str(d.day), MONTHS_FR[d.month - 1], d.year)
    return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)


def age_of(dob, ref):
    months = (ref.year - dob.year) * 12 + ref.month - dob.month - (1 if ref.day < dob.day else 0)
    return months


def age_str(dob, ref, lang):
    m = age_of(dob, ref)
    if m < 24:
        return ('%d mois' % m) if lang == 'fr' else ('%d months' % m if m != 1 else '1 month')
    y = m // 12
    return ('%d ans' % y) if lang == 'fr' else rng_free_en_age(y)


def rng_free_en_age(y):
    return '%d y.o.' % y if y % 3 == 0 else '%d-year-old' % y if y % 3 == 1 else '%d yrs' % y


def L(lang, fr, en):
    return fr if lang == 'fr' else en


TYPO_FR = {'résultats': 'resultats', 'rendez-vous': 'rendez-vou', 'reçu': 'recu', 'message': 'mesage',
           'merci': 'mrci', 'déjà': 'deja', 'évaluation': 'evaluation', 'médicaments': 'medicaments',
           'téléphone': 'telephone', 'parce que': 'parceque', 'demain': 'deamin', 'semaine': 'semanie'}
TYPO_EN = {'the': 'teh', 'because': 'becuase', 'appointment': 'appointement', 'received': 'recieved',
           'results': 'resutls', 'tomorrow': 'tommorow', 'please': 'pls', 'which': 'wich',
           'schedule': 'schedual', 'definitely': 'definately', 'thanks': 'thx'}


def typos(text, lang, rng, p=0.5):
    table = TYPO_FR if lang == 'fr' else TYPO_EN
    for k, v in table.items():
        if rng.random() < p:
            text = re.sub(r'(?<![\w-])%s(?![\w-])' % re.escape(k), v, text, count=1)
    return text

# ---------------------------------------------------------------------------
# attachment builders (byte-for-byte reproducible)
# ---------------------------------------------------------------------------


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = content.decode('utf-8')
                txt = re.sub(r'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>%s\g<2>' % FIXED_ISO, txt)
                content = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


def make_pdf(title, lines, author='', mono=False):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Sainte-Aurore DocGen')
    w, h = letter
    y = h - 60
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 26
    font = 'Courier' if mono else 'Helvetica'
    c.setFont(font, 9.5 if mono else 10)
    for raw in lines:
        chunks = [raw[i:i + 95] for i in range(0, len(raw), 95)] or ['']
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont(font, 9.5 if mono else 10)
                y = h - 60
            c.drawString(50, y, ch)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None, author='Sainte-Aurore'):
    import docx
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.created = FIXED_DATETIME
    d.core_properties.modified = FIXED_DATETIME
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    d.core_properties.comments = ''
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='Sainte-Aurore'):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.created = FIXED_DATETIME
    wb.properties.modified = FIXED_DATETIME
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delim=',', encoding='utf-8'):
    out = io.StringIO()
    import csv
    w = csv.writer(out, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return out.getvalue().encode(encoding, errors='replace')


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, summary, start, end, location='', description='', organizer=None, attendees=()):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Sainte-Aurore//Agenda 4.2//FR', 'VERSION:2.0', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20250301T130000Z',
             'DTSTART;TZID=America/Montreal:%s' % start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Montreal:%s' % end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:%s' % ics_escape(summary)]
    if location:
        lines.append('LOCATION:%s' % ics_escape(location))
    if description:
        lines.append('DESCRIPTION:%s' % ics_escape(description))
    if organizer:
        lines.append('ORGANIZER;CN=%s:mailto:%s' % organizer)
    for cn, addr in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, addr))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    folded = []
    for ln in lines:
        b = ln
        while len(b.encode('utf-8')) > 74:
            cut = 74
            while len(b[:cut].encode('utf-8')) > 74:
                cut -= 1
            folded.append(b[:cut])
            b = ' ' + b[cut:]
        folded.append(b)
    return ('\r\n'.join(folded) + '\r\n').encode('utf-8')


def make_vcard(fn, n, tels=(), email_addr=None, adr=None, note=None, org=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s' % n, 'FN:%s' % fn]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    for kind, t in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, t))
    if email_addr:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email_addr)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s' % adr.replace(',', '\\,'))
    if note:
        lines.append('NOTE:%s' % note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------------------
# message rendering
# ---------------------------------------------------------------------------

TRANSPORTS = ['plain-utf8-8bit', 'plain-utf8-qp', 'plain-latin1-qp', 'plain-cp1252-8bit', 'plain-utf8-b64',
              'alt-utf8-qp', 'alt-cp1252-qp', 'alt-utf8-b64', 'html-utf8-qp', 'html-utf8-b64', 'html-latin1-qp',
              'html-cp1252-8bit']
LATIN1_FIX = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
              '\u0153': 'oe', '\u0152': 'OE', '\u2026': '...', '\u20ac': 'EUR', '\u2022': '*', '\u2265': '>=',
              '\u2264': '<=', '\u2192': '->', '\u00a0': ' ', '\U0001f44d': '', '\U0001f642': ':)', '\U0001f389': '!'}
CP1252_FIX = {'\u2265': '>=', '\u2264': '<=', '\u2192': '->', '\U0001f44d': '', '\U0001f642': ':)', '\U0001f389': '!'}


def fix_charset(s, cs):
    table = LATIN1_FIX if cs == 'iso-8859-1' else CP1252_FIX if cs == 'windows-1252' else {}
    for k, v in table.items():
        s = s.replace(k, v)
    return s


def text_to_html(text):
    out = []
    quote_depth = 0
    for para in re.split(r'\n{2,}', text.strip('\n')):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            inner = '\n'.join(re.sub(r'^> ?', '', l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % text_to_html(inner))
            continue
        if any(re.search(r'\S {2,}\S|\t|\|', l) for l in lines) and len(lines) > 2:
            out.append('<pre style="font-family:Consolas,monospace">%s</pre>' % htmlmod.escape('\n'.join(lines)))
            continue
        out.append('<p>%s</p>' % '<br>\n'.join(htmlmod.escape(l) for l in lines))
    return '\n'.join(out)


def wrap_html(inner, lang):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET">'
            '<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt}</style></head>\n'
            '<body lang="%s">\n%s\n</body></html>\n' % ('fr-CA' if lang == 'fr' else 'en-CA', inner))


def html_to_text(h):
    t = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', '', h)
    t = re.sub(r'<br\s*/?>', '\n', t)
    t = re.sub(r'</(p|tr|h\d|li|div)>', '\n', t)
    t = re.sub(r'</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    return htmlmod.unescape(re.sub(r'\n{3,}', '\n\n', t)).strip() + '\n'


class Spec:
    """Logical content of one message."""

    def __init__(self, lang, frm, to, subject, text, cc=(), html=None, atts=(), headers=(),
                 transport=None, date=None):
        self.lang = lang
        self.frm = frm
        self.to = list(to)
        self.cc = list(cc)
        self.subject = subject
        self.text = text
        self.html = html
        self.atts = list(atts)   # (filename, maintype, subtype, bytes | EmailMessage)
        self.headers = list(headers)
        self.transport = transport
        self.date = date


def build_message(spec, rng, msgid):
    transport = spec.transport or rng.choice(TRANSPORTS)
    kind, cs, cte = transport.split('-')
    cs = {'utf8': 'utf-8', 'latin1': 'iso-8859-1', 'cp1252': 'windows-1252'}[cs]
    cte = {'8bit': '8bit', 'qp': 'quoted-printable', 'b64': 'base64'}[cte]
    msg = EmailMessage()
    msg['From'] = formataddr(spec.frm)
    msg['To'] = ', '.join(formataddr(a) for a in spec.to)
    if spec.cc:
        msg['Cc'] = ', '.join(formataddr(a) for a in spec.cc)
    msg['Subject'] = spec.subject
    msg['Date'] = format_datetime(spec.date)
    msg['Message-ID'] = msgid
    for k, v in spec.headers:
        msg[k] = v
    text = fix_charset(spec.text, cs)
    if spec.html is not None:
        html_inner = spec.html
    else:
        html_inner = text_to_html(spec.text)
    html_doc = fix_charset(wrap_html(html_inner, spec.lang).replace('CHARSET', cs), cs)
    if kind == 'plain':
        msg.set_content(text, charset=cs, cte=cte)
    elif kind == 'alt':
        msg.set_content(text, charset=cs, cte=cte)
        msg.add_alternative(html_doc, subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(html_doc, subtype='html', charset=cs, cte=cte)
    for fname, maintype, subtype, data in spec.atts:
        if isinstance(data, EmailMessage):
            msg.add_attachment(data, filename=fname)
        elif maintype == 'text' and subtype in ('calendar', 'vcard', 'x-vcard') and rng.random() < 0.5:
            msg.add_attachment(data.decode('utf-8'), subtype=subtype, charset='utf-8', filename=fname,
                               cte='quoted-printable')
        elif maintype == 'text':
            try:
                data.decode('utf-8')
                cs_att = 'utf-8'
            except UnicodeDecodeError:
                cs_att = 'windows-1252'
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname, params={'charset': cs_att})
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    strip_inner_mime_version(msg, True)
    set_boundaries(msg, msgid)
    return msg, transport


def strip_inner_mime_version(m, is_root):
    if not is_root and 'MIME-Version' in m:
        del m['MIME-Version']
    if m.get_content_type() == 'message/rfc822':
        for sub in m.get_payload():
            strip_inner_mime_version(sub, True)
    elif m.is_multipart():
        for sub in m.get_payload():
            strip_inner_mime_version(sub, False)


def set_boundaries(msg, seedtxt):
    h = hashlib.sha1(seedtxt.encode()).hexdigest()[:16]
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            n += 1
            part.set_boundary('----=_Part_%s_%d' % (h, n))


def serialize(msg, rng):
    linesep = '\r\n' if rng.random() < 0.5 else '\n'
    pol = email.policy.default.clone(linesep=linesep, max_line_length=78)
    return msg.as_bytes(policy=pol), ('CRLF' if linesep == '\r\n' else 'LF')


def inner_eml(spec, rng, msgid):
    spec.transport = spec.transport or rng.choice(['plain-utf8-qp', 'plain-utf8-8bit', 'alt-utf8-qp',
                                                   'plain-cp1252-8bit', 'html-utf8-qp'])
    m, _ = build_message(spec, rng, msgid)
    return m

# ---------------------------------------------------------------------------
# world: kids, parents, staff, signatures
# ---------------------------------------------------------------------------

DX = [
    # key, fr, en, med fr, med en
    ('asthma', 'asthme persistant modéré', 'moderate persistent asthma',
     'Flovent HFA 125 mcg 2 inh. BID + Ventolin PRN', 'Flovent HFA 125 mcg 2 puffs BID + Ventolin PRN'),
    ('adhd', 'TDAH de type combiné', 'ADHD, combined presentation',
     'Biphentin 20 mg DIE le matin', 'Biphentin 20 mg once daily AM'),
    ('asd', "trouble du spectre de l'autisme (TSA), niveau 1", 'autism spectrum disorder (ASD), level 1', None, None),
    ('t1d', 'diabète de type 1', 'type 1 diabetes',
     'insuline glargine 12 u HS, Humalog selon ratio 1 u/15 g', 'insulin glargine 12 u qHS, Humalog 1 u per 15 g carbs'),
    ('epilepsy', 'épilepsie-absences de l\'enfant', 'childhood absence epilepsy',
     'éthosuximide 250 mg BID', 'ethosuximide 250 mg BID'),
    ('peanut', 'allergie aux arachides avec antécédent d\'anaphylaxie', 'peanut allergy with prior anaphylaxis',
     'EpiPen Jr 0,15 mg (2 auto-injecteurs)', 'EpiPen Jr 0.15 mg (2 auto-injectors)'),
    ('iron', 'anémie ferriprive', 'iron-deficiency anaemia',
     'Palafer 6 mg/kg/jour de fer élément', 'ferrous fumarate 6 mg/kg/day elemental iron'),
    ('celiac', 'maladie coeliaque', 'coeliac disease', None, None),
    ('gdd', 'retard global de développement', 'global developmental delay', None, None),
    ('hypothyroid', 'hypothyroïdie congénitale', 'congenital hypothyroidism',
     'lévothyroxine (Synthroid) 37,5 mcg DIE', 'levothyroxine (Synthroid) 37.5 mcg daily'),
    ('anxiety', 'trouble anxieux généralisé', 'generalized anxiety disorder',
     'sertraline 25 mg DIE', 'sertraline 25 mg daily'),
    ('eczema', 'dermatite atopique sévère', 'severe atopic dermatitis',
     'tacrolimus 0,03 % onguent BID', 'tacrolimus 0.03% ointment BID'),
    ('ghd', 'déficit en hormone de croissance', 'growth hormone deficiency',
     'somatropine 0,3 mg/kg/semaine SC', 'somatropin 0.3 mg/kg/week SC'),
    ('sickle', 'drépanocytose (HbSS)', 'sickle cell disease (HbSS)',
     'hydroxyurée 20 mg/kg DIE + acide folique 1 mg', 'hydroxyurea 20 mg/kg daily + folic acid 1 mg'),
    ('cf', 'fibrose kystique', 'cystic fibrosis',
     'Creon 10 000 (2 caps/repas), Pulmozyme 2,5 mg DIE', 'Creon 10,000 (2 caps/meal), Pulmozyme 2.5 mg daily'),
    ('dld', 'trouble développemental du langage', 'developmental language disorder', None, None),
    ('t21', 'trisomie 21', 'Down syndrome', None, None),
    ('obesity', 'obésité sévère avec acanthosis nigricans', 'severe obesity with acanthosis nigricans',
     'metformine 500 mg BID', 'metformin 500 mg BID'),
]
DXD = {d[0]: d for d in DX}

LABS = {
    'iron': ('Hb 94 g/L, VGM 66 fL, ferritine 5 µg/L', 'Hb 94 g/L, MCV 66 fL, ferritin 5 ug/L'),
    'celiac': ('anti-transglutaminase IgA 112 U/mL (N < 7), IgA totales normales',
               'anti-tTG IgA 112 U/mL (ref < 7), total IgA normal'),
    't1d': ('HbA1c 9,4 %, glycémie à jeun 14,2 mmol/L, cétonémie 0,4', 'HbA1c 9.4%, fasting glucose 14.2 mmol/L, ketones 0.4'),
    'hypothyroid': ('TSH 11,8 mUI/L, T4 libre 9 pmol/L', 'TSH 11.8 mIU/L, free T4 9 pmol/L'),
    'sickle': ('Hb 71 g/L, réticulocytes 14 %, bilirubine totale 61', 'Hb 71 g/L, retics 14%, total bili 61'),
    'obesity': ('ALT 88, HbA1c 6,1 %, TG 2,9 mmol/L', 'ALT 88, HbA1c 6.1%, TG 2.9 mmol/L'),
    'cf': ('chlorure sudoral 94 mmol/L, culture d\'expectoration : P. aeruginosa', 'sweat chloride 94 mmol/L, sputum culture: P. aeruginosa'),
    'ghd': ('IGF-1 38 ng/mL (bas pour l\'âge), pic GH au test de stimulation 4,1 µg/L', 'IGF-1 38 ng/mL (low for age), peak GH on stimulation 4.1 ug/L'),
    'epilepsy': ('EEG : pointes-ondes généralisées 3 Hz', 'EEG: generalized 3 Hz spike-and-wave'),
}


class Kid:
    pass


class World:
    def __init__(self, rng, people):
        self.rng = rng
        self.people = people
        self.usage = {p.nam: 0 for p in people}
        self.msg_no = 0
        self.registry = {'mrn': set(), 'ca_sin': set(), 'ca_health_number': set(), 'be_niss': set(), 'fr_nir': set()}

    def reg(self, kind, value):
        self.registry[kind].add(value)

    def dx(self, k, options):
        """Keep a listed child's main diagnosis consistent across messages when possible."""
        if not hasattr(self, 'dx_of'):
            self.dx_of = {}
        key = getattr(k, 'nam', None)
        if key and key in self.dx_of and self.dx_of[key] in options:
            return self.dx_of[key]
        choice = self.rng.choice(options)
        if key and key not in self.dx_of:
            self.dx_of[key] = choice
        return choice

    # -- list persons ---------------------------------------------------
    def _pick(self, pool):
        m = min(self.usage[p.nam] for p in pool)
        cands = [p for p in pool if self.usage[p.nam] == m]
        p = self.rng.choice(cands)
        self.usage[p.nam] += 1
        return p

    def list_minor(self):
        return self._pick([p for p in self.people if p.dob.year >= 2007])

    def list_young_adult(self):
        return self._pick([p for p in self.people if 1998 <= p.dob.year <= 2006])

    def list_parent(self, sex=None):
        pool = [p for p in self.people if 1972 <= p.dob.year <= 1998 and (sex is None or p.sex == sex)]
        return self._pick(pool)

    def list_grandparent(self):
        return self._pick([p for p in self.people if 1950 <= p.dob.year <= 1969])

    # -- invented --------------------------------------------------------
    def adult(self, sex, surname=None):
        return Person(surname or self.rng.choice(SURN), self.rng.choice(AD_F if sex == 'F' else AD_M), None, sex)

    def kid(self, lang, ref, age=(1, 16), from_list=False, nicu=False):
        rng = self.rng
        k = Kid()
        k.person = None
        k.nam = None
        if from_list:
            p = self.list_minor()
            k.person = p
            k.first, k.last, k.sex, k.dob, k.nam = p.given, p.surname, p.sex, p.dob, p.nam
            k.father = self.adult('M', k.last if rng.random() < 0.7 else None)
            k.mother = self.adult('F', k.last if k.father.surname != k.last else None)
        else:
            k.sex = rng.choice('FM')
            k.first = rng.choice(KID_F if k.sex == 'F' else KID_M)
            k.father = self.adult('M')
            k.mother = self.adult('F')
            r = rng.random()
            k.last = k.father.surname if r < 0.55 else k.mother.surname if r < 0.85 else '%s-%s' % (k.mother.surname, k.father.surname)
            if nicu:
                k.dob = ref - dt.timedelta(days=rng.randint(60, 520))
            else:
                k.dob = dt.date(ref.year - rng.randint(*age), rng.randint(1, 12), rng.randint(1, 28))
        k.mrn = gen_mrn(rng)
        self.reg('mrn', k.mrn)
        k.addr, area = address(rng, lang)
        k.phone = phone(rng, area)
        k.phone2 = phone(rng, area)
        k.age = age_of(k.dob, ref)
        high = k.age >= 12 * 12
        k.school = rng.choice([x for x in (SCHOOLS_FR if lang == 'fr' else SCHOOLS_EN)
                               if (('secondaire' in x or 'High' in x or 'Middle' in x or 'Academy' in x) == high)])
        k.age = age_of(k.dob, ref)
        return k


def grade_str(k, lang):
    y = k.age // 12
    if y < 12:
        g = min(max(y - 5, 1), 6)
        return L(lang, '%s année' % ('1re' if g == 1 else '%de' % g), 'grade %d' % g)
    g = min(y - 11, 5)
    return L(lang, 'secondaire %d' % g, 'grade %d' % (y - 5))


def de(x):
    return ("d'" + x) if x[:1].lower() in 'aeiouyéèêàâîôûh' else ('de ' + x)


def he(k, lang, cap=False):
    w = L(lang, 'il' if k.sex == 'M' else 'elle', 'he' if k.sex == 'M' else 'she')
    return w.capitalize() if cap else w


def his(k, lang):
    return L(lang, 'son', 'his' if k.sex == 'M' else 'her')


def nee(k):
    return 'né' if k.sex == 'M' else 'née'


def son_daughter(k, lang):
    return L(lang, 'fils' if k.sex == 'M' else 'fille', 'son' if k.sex == 'M' else 'daughter')


def kname(k, rng, style=None):
    style = style or rng.choice(['full', 'full', 'last_first', 'LAST_first', 'last_first_comma'])
    if style == 'full':
        return '%s %s' % (k.first, k.last)
    if style == 'last_first':
        return '%s %s' % (k.last, k.first)
    if style == 'LAST_first':
        return '%s, %s' % (k.last.upper(), k.first)
    return '%s, %s' % (k.last, k.first)


def parent_ref(k, lang, rng, which=None):
    """Child first name plus a parent's surname, e.g. 'Zoé (fille de Mme Landry)'."""
    which = which or rng.choice(['mother', 'father', 'mother'])
    p = k.mother if which == 'mother' else k.father
    if lang == 'fr':
        t = 'Mme' if which == 'mother' else 'M.'
        return '%s, %s de %s %s' % (k.first, son_daughter(k, lang), t, p.surname), p
    t = rng.choice(['Mrs.', 'Ms.', 'Ms']) if which == 'mother' else 'Mr.'
    return "%s, %s %s's %s" % (k.first, t, p.surname, son_daughter(k, lang)), p


def parent_title(p, lang, rng):
    if lang == 'fr':
        return rng.choice(['Mme ', 'Madame ', '']) if p.sex == 'F' else rng.choice(['M. ', 'Monsieur ', ''])
    return rng.choice(['Mrs. ', 'Ms. ', '']) if p.sex == 'F' else rng.choice(['Mr. ', ''])


def staff_addr(st, dom=HOSP_DOM):
    name = st[0]
    disp = re.sub(r'^(Dre?|Dr\.) ', '', name)
    return (disp, '%s@%s' % (st[3], dom))


def sig(st, lang, rng, org=None, disclaimer=None, phone_ok=True):
    name, tfr, ten = st[0], st[1], st[2]
    unit = st[4] if (lang == 'fr' and len(st) > 4) else (st[5] if len(st) > 5 else '')
    org = org or HOSP[lang]
    style = rng.randint(0, 3)
    lines = []
    if style == 0:
        lines = ['--', name, L(lang, tfr, ten), unit, org, HOSP_ADDR[lang] if org == HOSP[lang] else '',
                 L(lang, 'Tél. : ', 'Tel: ') + hosp_phone(rng) if phone_ok else '']
    elif style == 1:
        lines = ['', name + ', ' + L(lang, tfr, ten), '%s | %s' % (org, unit) if unit else org]
    elif style == 2:
        lines = ['', name.split()[-2] if name.startswith('D') else name.split()[0]]
    else:
        lines = ['', '%s' % name, L(lang, tfr, ten), L(lang, 'T ', 'P ') + hosp_phone(rng) if phone_ok else '',
                 L(lang, 'Envoyé de mon iPhone', 'Sent from my iPhone') if rng.random() < 0.2 else '']
    out = '\n'.join([lines[0]] + [l for l in lines[1:] if l])
    if disclaimer is None:
        disclaimer = rng.random() < 0.35
    if disclaimer:
        out += '\n\n' + L(lang,
                          'AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. '
                          'Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le détruire.',
                          'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received '
                          'it in error, please notify the sender and delete it.')
    return out


def greet(lang, rng, name=None):
    if lang == 'fr':
        g = rng.choice(['Bonjour', 'Bonjour', 'Salut', 'Allo', 'Bonjour à tous', 'Bon matin'])
    else:
        g = rng.choice(['Hi', 'Hello', 'Good morning', 'Hi all', 'Dear colleagues'])
    if name and rng.random() < 0.7:
        if g in ('Bonjour à tous', 'Hi all', 'Dear colleagues'):
            g = 'Bonjour' if lang == 'fr' else 'Hi'
        g += ' ' + name
    return g + rng.choice([',', ',', '', ' !' if lang == 'fr' else '!'])


def thanks(lang, rng):
    return rng.choice(['Merci !', 'Merci beaucoup,', 'Merci et bonne journée', 'Bonne journée,', 'Cordialement,', 'Merci de votre collaboration.']) if lang == 'fr' \
        else rng.choice(['Thanks!', 'Thank you,', 'Best,', 'Regards,', 'Many thanks,', 'Cheers,'])


def first_name(st):
    n = re.sub(r'^(Dre?|Dr\.) ', '', st[0])
    return n.split()[0]


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def quoted_header(lang, rng, frm, when, to=None, subject=None, style=None):
    style = style or rng.choice(['gmail', 'outlook'])
    if style == 'gmail':
        if lang == 'fr':
            return 'Le %s à %s, %s <%s> a écrit :' % (fdate(when.date(), 'fr', rng, 'long'), when.strftime('%H h %M'), frm[0], frm[1])
        return 'On %s at %s, %s <%s> wrote:' % (when.strftime('%a, %b %d, %Y'), when.strftime('%I:%M %p').lstrip('0'), frm[0], frm[1])
    if lang == 'fr':
        h = ['-----Message d\'origine-----' if rng.random() < 0.5 else '________________________________',
             'De : %s <%s>' % frm, 'Envoyé : %s %s' % (fdate(when.date(), 'fr', rng, 'long'), when.strftime('%H:%M'))]
        if to:
            h.append('À : %s' % to)
        if subject:
            h.append('Objet : %s' % subject)
    else:
        h = ['-----Original Message-----' if rng.random() < 0.5 else '________________________________',
             'From: %s <%s>' % frm, 'Sent: %s' % when.strftime('%A, %B %d, %Y %I:%M %p')]
        if to:
            h.append('To: %s' % to)
        if subject:
            h.append('Subject: %s' % subject)
    return '\n'.join(h)


def forward_block(lang, rng, frm, when, to, subject, body):
    if lang == 'fr':
        head = ['---------- Message transféré ---------', 'De : %s <%s>' % frm,
                'Date : %s' % fdate(when.date(), 'fr', rng, 'long'), 'Objet : %s' % subject, 'À : %s' % to]
    else:
        head = ['---------- Forwarded message ---------', 'From: %s <%s>' % frm,
                'Date: %s' % when.strftime('%a, %b %d, %Y at %I:%M %p'), 'Subject: %s' % subject, 'To: %s' % to]
    return '\n'.join(head) + '\n\n' + body


def growth(k, lang, rng, ref):
    """Return (text lines, html rows) of anthropometrics with percentiles."""
    m = max(k.age, 1)
    if m < 36:
        w = 3.2 + 0.55 * m - 0.006 * m * m + rng.uniform(-0.8, 0.4)
        ln = 50 + 2.3 * m - 0.025 * m * m + rng.uniform(-3, 2)
        hc = 35 + 1.0 * m - 0.014 * m * m + rng.uniform(-1.5, 1)
    else:
        y = m / 12
        w = 2.3 * y + 8 + rng.uniform(-3, 6)
        ln = 6 * y + 77 + rng.uniform(-8, 6)
        hc = None
    pw, pl = rng.choice([1, 3, 5, 10, 15, 25, 50, 75, 97]), rng.choice([1, 3, 5, 10, 25, 50, 85])
    dec = (lambda x: ('%.1f' % x).replace('.', ',')) if lang == 'fr' else (lambda x: '%.1f' % x)
    rows = [(L(lang, 'Poids', 'Weight'), '%s kg' % dec(w), 'P%d' % pw),
            (L(lang, 'Taille' if m >= 24 else 'Longueur', 'Height' if m >= 24 else 'Length'), '%s cm' % dec(ln), 'P%d' % pl)]
    if hc:
        rows.append((L(lang, 'Périmètre crânien', 'Head circ.'), '%s cm' % dec(hc), 'P%d' % rng.choice([3, 10, 25, 50])))
    if m >= 24:
        bmi = w / (ln / 100) ** 2
        rows.append(('IMC' if lang == 'fr' else 'BMI', dec(bmi), 'P%d' % rng.choice([5, 25, 50, 85, 95, 99])))
    return rows

# ---------------------------------------------------------------------------
# POSITIVE templates — each returns (Spec, types, note)
# ---------------------------------------------------------------------------

GPS = [('Dre Josiane Tessier', 'josiane.tessier'), ('Dr Vincent Aubry', 'v.aubry'),
       ('Dr. Michael Chan', 'mchan'), ('Dre Farah Mansour', 'fmansour'), ('Dr. Owen Prescott', 'oprescott')]

REASON = {
    'celiac': ('douleurs abdominales récurrentes, selles molles et cassure de la courbe de poids depuis 8 mois',
               'recurrent abdominal pain, loose stools and weight curve crossing down over 8 months'),
    'iron': ('pâleur, fatigue et consommation de lait de vache > 1 L/jour', 'pallor, fatigue and cow milk intake > 1 L/day'),
    'hypothyroid': ('goitre palpable et ralentissement de la vitesse de croissance', 'palpable goitre and slowing growth velocity'),
    'obesity': ('prise de poids rapide, acanthosis au cou, ATCD familiaux de DB2', 'rapid weight gain, neck acanthosis, family hx of T2DM'),
    'eczema': ('eczéma réfractaire malgré corticos topiques, surinfections à répétition', 'eczema refractory to topical steroids, recurrent superinfections'),
    'asthma': ('3 visites à l\'urgence en 6 mois pour exacerbation d\'asthme', '3 ED visits in 6 months for asthma exacerbations'),
    'epilepsy': ('épisodes de fixité du regard plusieurs fois par jour rapportés par l\'école', 'staring spells several times a day reported by school'),
    'adhd': ('difficultés attentionnelles importantes, questionnaires Conners positifs (parents et enseignante)',
             'marked attention difficulties, positive Conners (parent and teacher)'),
    't1d': ('polyurie-polydipsie, perte de 3 kg', 'polyuria/polydipsia, 3 kg weight loss'),
    'sickle': ('suivi de drépanocytose, nouvelle famille arrivée dans le secteur', 'sickle cell follow-up, family new to the area'),
    'ghd': ('petite taille (< P1), vitesse de croissance 3,2 cm/an', 'short stature (< 1st centile), growth velocity 3.2 cm/yr'),
    'cf': ('FK connue, transfert de suivi', 'known CF, transfer of care'),
}


def kfile(k, base, ext, rng):
    style = rng.randint(0, 4)
    if style == 0:
        return '%s_%s_%s.%s' % (base, k.last.upper().replace(' ', ''), k.first, ext)
    if style == 1:
        return '%s-%s_%s.%s' % (k.last.lower().replace(' ', '-'), k.first.lower(), base.lower(), ext)
    if style == 2:
        return '%s %s - %s.%s' % (k.first, k.last, base.replace('_', ' '), ext)
    if style == 3:
        return '%s_%s.%s' % (k.mrn, base, ext)
    return '%s_%s%s.%s' % (base, k.last.replace(' ', ''), k.first[0], ext)


def ident_line(k, lang, rng, T, dob_p=0.8, nam_p=0.85, mrn_p=0.4):
    bits = []
    if rng.random() < dob_p:
        bits.append(L(lang, rng.choice(['DDN : %s', 'DDN %s', '%s le %%s' % nee(k)]),
                      rng.choice(['DOB: %s', 'DOB %s', 'born %s'])) % fdate(k.dob, lang, rng))
        T.add('date_of_birth')
    if k.nam and rng.random() < nam_p:
        bits.append(rng.choice(['NAM : %s', 'NAM %s', 'RAMQ %s', L(lang, 'no RAMQ %s', 'HIN %s')]) % fmt_nam(k.nam, rng))
        T.add('ramq_nam')
    if rng.random() < mrn_p:
        bits.append(L(lang, rng.choice(['dossier %s', 'no dossier %s', '# dossier CHPSA %s']),
                      rng.choice(['MRN %s', 'chart # %s', 'hosp. # %s'])) % fmt_mrn(k.mrn, rng))
        T.add('mrn')
    return bits


def mk_date(rng):
    d = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 320))
    while d.weekday() >= 5 and rng.random() < 0.85:
        d += dt.timedelta(days=1)
    return dt.datetime(d.year, d.month, d.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59), tzinfo=TZ)


def P_referral(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(1, 15), from_list=rng.random() < 0.55)
    dxk = w.dx(k, ['celiac', 'iron', 'hypothyroid', 'obesity', 'eczema', 'asthma', 'epilepsy', 'adhd', 'ghd'])
    d = DXD[dxk]
    gp, gloc = rng.choice(GPS)
    gmf, gdom = rng.choice(GMF)
    T = {'patient_name', 'diagnosis'}
    name = kname(k, rng)
    ids = ident_line(k, lang, rng, T)
    lines = [greet(lang, rng), '']
    lines.append(L(lang, 'Je vous réfère %s (%s) pour %s.' % (name, ', '.join(ids) or age_str(k.dob, ref, 'fr'), REASON[dxk][0]),
                   'Referring %s (%s) for %s.' % (name, ', '.join(ids) or age_str(k.dob, ref, 'en'), REASON[dxk][1])))
    lines.append(L(lang, 'Impression clinique : %s.' % d[1], 'Working dx: %s.' % d[2]))
    if dxk in LABS and rng.random() < 0.8:
        lines.append(L(lang, 'Bilan fait en clinique : %s.' % LABS[dxk][0], 'Labs done at our clinic: %s.' % LABS[dxk][1]))
        T.add('lab_result')
    if d[3] and rng.random() < 0.7:
        lines.append(L(lang, 'Rx actuelle : %s.' % d[3], 'Current meds: %s.' % d[4]))
        T.add('medication')
    if rng.random() < 0.6:
        p = k.mother if rng.random() < 0.6 else k.father
        lines.append(L(lang, 'Parent : %s%s %s, tél. %s' % (parent_title(p, lang, rng), p.given, p.surname, k.phone),
                       'Parent: %s%s %s, phone %s' % (parent_title(p, lang, rng), p.given, p.surname, k.phone)))
        T.add('patient_contact')
    lines.append(L(lang, 'Priorité souhaitée : %s. Merci de votre aide.' % rng.choice(['P2', 'P3', 'semi-urgente']),
                   'Requested priority: %s. Thanks for seeing this child.' % rng.choice(['P2', 'P3', 'semi-urgent'])))
    lines += ['', '%s' % gp, L(lang, 'Médecin de famille', 'Family physician'), gmf, 'Tél. 450 555-01%02d' % rng.randint(0, 99)]
    atts = []
    note = 'GP referral to paediatric clinic'
    if rng.random() < 0.4:
        pdf_lines = [L(lang, 'DEMANDE DE CONSULTATION', 'CONSULTATION REQUEST'),
                     L(lang, 'Nom : %s   Prénom : %s', 'Last name: %s   First name: %s') % (k.last, k.first),
                     L(lang, 'Date de naissance : %s', 'Date of birth: %s') % k.dob.isoformat(),
                     L(lang, 'Sexe : %s', 'Sex: %s') % k.sex]
        T.add('date_of_birth')
        if k.nam:
            pdf_lines.append('NAM : %s' % k.nam)
            T.add('ramq_nam')
        pdf_lines += [L(lang, 'Raison : %s', 'Reason: %s') % REASON[dxk][0 if lang == 'fr' else 1],
                      L(lang, 'Diagnostic provisoire : %s', 'Provisional dx: %s') % d[1 if lang == 'fr' else 2],
                      L(lang, 'Médecin référent : %s, %s', 'Referring MD: %s, %s') % (gp, gmf)]
        atts.append((kfile(k, L(lang, 'Demande_consultation', 'Referral'), 'pdf', rng), 'application', 'pdf',
                     make_pdf(L(lang, 'Demande de consultation - Pédiatrie', 'Consultation request - Paediatrics'), pdf_lines, gp)))
        note += '; PDF form'
    subj = rng.choice([L(lang, 'Demande de consultation – %s', 'Referral – %s') % kname(k, rng, 'last_first_comma'),
                       L(lang, 'Référence pédiatrie', 'Paeds referral'),
                       L(lang, 'Consultation pédiatrie générale – %s %s', 'New referral: %s %s') % (k.first, k.last)])
    spec = Spec(lang, (re.sub(r'^(Dre?|Dr\.) ', '', gp), '%s@%s' % (gloc, gdom)),
                [(L(lang, 'Consultations pédiatrie', 'Paediatric referrals'), 'consultations.pediatrie@' + HOSP_DOM)],
                subj, typos('\n'.join(lines) + '\n', lang, rng, 0.15), atts=atts)
    return spec, T, note


NICU_DX = [('dysplasie bronchopulmonaire légère', 'mild bronchopulmonary dysplasia'),
           ('rétinopathie du prématuré stade 2, zone II (résolue)', 'retinopathy of prematurity stage 2, zone II (resolved)'),
           ('hémorragie intraventriculaire grade I bilatérale', 'bilateral grade I intraventricular haemorrhage'),
           ('entérocolite nécrosante stade II traitée médicalement', 'medically managed NEC stage II'),
           ('reflux gastro-oesophagien', 'gastro-oesophageal reflux')]


def P_nicu_followup(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, nicu=True)
    T = {'patient_name', 'diagnosis', 'lab_result'}
    use_list_mother = rng.random() < 0.55
    if use_list_mother:
        m = w.list_parent('F')
        k.mother = m
        if rng.random() < 0.6:
            k.last = m.surname
    ga = rng.randint(25, 32)
    bw = rng.randint(640, 1850)
    weeks_old = (ref - k.dob).days // 7
    corr = max(weeks_old - (40 - ga), 1)
    if corr <= 16:
        corr_txt = L(lang, '%d sem. d\'âge corrigé', '%d weeks corrected') % corr
    else:
        corr_txt = L(lang, '%d mois d\'âge corrigé', '%d months corrected age') % round(corr * 7 / 30.4)
    st = rng.choice([s for s in STAFF if 'néonat' in s[1] or s[3] == 'nadia.toussaint'])
    dxs = rng.sample(NICU_DX, rng.randint(1, 3))
    ref_name = parent_ref(k, lang, rng, 'mother')[0] if rng.random() < 0.5 else '%s %s' % (k.first, k.last)
    rows = growth(k, lang, rng, ref)
    lines = [greet(lang, rng, rng.choice(['Chantal', 'Mélissa', 'Erin', ''])), '']
    if lang == 'fr':
        lines.append('Suivi néonatal de %s (dossier %s), ex-prématuré%s de %d SA, PN %d g, vu%s ce matin à %s.'
                     % (ref_name, fmt_mrn(k.mrn, rng), 'e' if k.sex == 'F' else '', ga, bw, 'e' if k.sex == 'F' else '', corr_txt))
        lines.append('')
        lines.append('Mensurations :')
    else:
        lines.append('NICU follow-up for %s (MRN %s), ex-%d-weeker, BW %d g, seen this morning at %s.'
                     % (ref_name, fmt_mrn(k.mrn, rng), ga, bw, corr_txt))
        lines.append('')
        lines.append('Measurements:')
    T.add('mrn')
    for r in rows:
        lines.append('  %-18s %-10s %s' % r)
    lines.append('')
    lines.append(L(lang, 'Problèmes : ', 'Problems: ') + '; '.join(x[0 if lang == 'fr' else 1] for x in dxs) + '.')
    meds = rng.sample([L(lang, 'vitamine D 400 UI DIE', 'vitamin D 400 IU daily'), L(lang, 'Palafer 2 mg/kg/j', 'iron 2 mg/kg/day'),
                       L(lang, 'lait enrichi 24 kcal/oz', '24 kcal/oz fortified formula'), 'Synagis (palivizumab) 15 mg/kg/mois' if lang == 'fr' else 'palivizumab 15 mg/kg monthly'], 2)
    lines.append(L(lang, 'Tx : ', 'Meds: ') + ', '.join(meds) + '.')
    T.add('medication')
    if rng.random() < 0.6:
        soc = rng.choice([
            ('Mère monoparentale, 2 autres enfants à la maison, suivi CLSC en périnatalité (ressources limitées, SIPPE).',
             'Single mother, 2 other children at home, followed by CLSC perinatal program (limited resources).'),
            ('Parents séparés depuis le congé; père peu présent. La mère rapporte des symptômes dépressifs, référée en TS.',
             'Parents separated since discharge; father not involved. Mother reports depressive symptoms, referred to SW.'),
            ('Famille nouvellement arrivée, logement précaire (hébergée chez une tante), pas encore de médecin de famille.',
             'Newcomer family, precarious housing (staying with an aunt), no family doctor yet.')])
        lines.append(soc[0 if lang == 'fr' else 1])
        T.add('social_information')
    if use_list_mother:
        mline = L(lang, 'Mère : %s %s, NAM %s', "Mother: %s %s, RAMQ %s") % (k.mother.given, k.mother.surname, fmt_nam(k.mother.nam, rng))
        if rng.random() < 0.5:
            mline += L(lang, ' (DDN %s)', ' (DOB %s)') % fdate(k.mother.dob, lang, rng)
            T.add('date_of_birth')
        if rng.random() < 0.5:
            mline += L(lang, ', tél. %s', ', phone %s') % k.phone
            T.add('patient_contact')
        lines.append(mline)
        T.add('ramq_nam')
    lines.append(L(lang, 'Prochain rdv dans %d semaines avec Bayley-4 à %d mois corrigés.', 'Next visit in %d weeks, Bayley-4 at %d months corrected.')
                 % (rng.choice([4, 6, 8]), rng.choice([12, 18, 24])))
    lines.append(sig(st, lang, rng))
    atts = []
    note = 'NICU follow-up with growth measurements'
    if rng.random() < 0.45:
        sheet = [[L(lang, 'Date', 'Date'), L(lang, 'Âge corrigé (sem)', 'Corrected age (wk)'), L(lang, 'Poids (g)', 'Weight (g)'),
                  L(lang, 'Longueur (cm)', 'Length (cm)'), L(lang, 'PC (cm)', 'HC (cm)')]]
        wt, ln, hc = bw, 34.0 + ga - 25, 24.0 + (ga - 25) * 0.8
        for i in range(6):
            sheet.append([(k.dob + dt.timedelta(days=7 + 14 * i)).isoformat(), (i * 2 + 1) - (40 - ga), wt, round(ln, 1), round(hc, 1)])
            wt += rng.randint(180, 420)
            ln += rng.uniform(1.0, 2.2)
            hc += rng.uniform(0.6, 1.2)
        if rng.random() < 0.5:
            atts.append((kfile(k, L(lang, 'courbe_croissance', 'growth_chart'), 'xlsx', rng),
                         'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         make_xlsx([('%s %s' % (k.last, k.first), [['%s %s' % (k.first, k.last), 'MRN %s' % k.mrn]] + sheet)], st[0])))
            note += '; XLSX growth chart'
        else:
            rows_csv = [['%s %s' % (k.first, k.last), 'MRN %s' % k.mrn, '', '', '']] + [[str(x) for x in r] for r in sheet]
            atts.append((kfile(k, L(lang, 'courbe_croissance', 'growth_chart'), 'csv', rng), 'text', 'csv',
                         make_csv(rows_csv, ';' if lang == 'fr' else ',', rng.choice(['utf-8', 'windows-1252']))))
            note += '; CSV growth chart'
    to = rng.choice([(L(lang, 'Infirmière périnatalité CLSC', 'CLSC perinatal nurse'), 'perinatalite@' + CLSC_DOM),
                     ('Dre Josiane Tessier', 'josiane.tessier@gmf-vieuxmoulin.example')])
    subj = rng.choice([L(lang, 'Suivi néonatal – %s', 'NICU f/u – %s') % ('bébé ' + k.last if lang == 'fr' else 'baby ' + k.last),
                       L(lang, 'Suivi prématurité %s %s', 'Preemie follow-up %s %s') % (k.first, k.last),
                       L(lang, 'Visite clinique de suivi néonatal', 'Neonatal follow-up visit')])
    if 'bébé' in subj or 'baby' in subj:
        pass
    spec = Spec(lang, staff_addr(st), [to], subj, '\n'.join(lines) + '\n', atts=atts)
    return spec, T, note


VACCINES = [('DCaT-VPI-Hib (Pediacel)', 'DTaP-IPV-Hib (Pediacel)', 'C5%03dAA'),
            ('RRO-Var (Priorix-Tetra)', 'MMRV (Priorix-Tetra)', 'A%02dCD%03d'),
            ('Men-C-C (Menjugate)', 'Men-C-C (Menjugate)', 'M%04d'),
            ('Pneu-C-15 (Vaxneuvance)', 'PCV15 (Vaxneuvance)', 'X%03d%02d'),
            ('Hépatite B (Engerix-B)', 'Hepatitis B (Engerix-B)', 'AHBVC%03dAA'),
            ('dcaT-VPI (Boostrix-Polio)', 'Tdap-IPV (Boostrix-Polio)', 'AC%03dB'),
            ('VPH-9 (Gardasil 9)', 'HPV9 (Gardasil 9)', 'U0%03d%02d')]


def lot(fmt, rng):
    n = fmt.count('%')
    vals = [rng.randint(10, 999) for _ in range(n)]
    return fmt % tuple(vals)


def P_vax_catchup(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(2, 13), from_list=rng.random() < 0.5)
    st = rng.choice([STAFF[8], STAFF[8], STAFF[13]])
    T = {'patient_name', 'medication'}
    origin = rng.choice([('Haïti', 'Haiti'), ('Cameroun', 'Cameroon'), ('Colombie', 'Colombia'), ('Afghanistan', 'Afghanistan'),
                         ('Ukraine', 'Ukraine'), ('Érythrée', 'Eritrea')])
    lines = [greet(lang, rng), '']
    name = parent_ref(k, lang, rng)[0] if rng.random() < 0.4 else kname(k, rng)
    ids = ident_line(k, lang, rng, T, dob_p=0.7, nam_p=0.7, mrn_p=0.3)
    lines.append(L(lang, 'Rattrapage vaccinal fait aujourd\'hui pour %s%s.', 'Catch-up immunization done today for %s%s.')
                 % (name, (' (' + ', '.join(ids) + ')') if ids else ''))
    if not k.nam and rng.random() < 0.6:
        lines.append(L(lang, 'Famille arrivée de %s il y a %d mois (demandeurs d\'asile), carnet de vaccination incomplet.',
                       'Family arrived from %s %d months ago (asylum claimants), incomplete vaccine record.')
                     % (origin[0 if lang == 'fr' else 1], rng.randint(2, 14)))
        T.add('social_information')
    lines.append('')
    lines.append(L(lang, 'Vaccins administrés :', 'Given today:'))
    for v in rng.sample(VACCINES, rng.randint(2, 4)):
        lines.append('- %s, %s, lot %s' % (v[0 if lang == 'fr' else 1], rng.choice(['IM deltoïde G', 'IM deltoïde D', 'IM cuisse G'] if lang == 'fr' else ['IM L deltoid', 'IM R deltoid', 'IM L thigh']), lot(v[2], rng)))
    if rng.random() < 0.5:
        lines.append(L(lang, 'Sérologies : rougeole IgG négative, hépatite B anti-HBs < 10 UI/L, varicelle IgG positive.',
                       'Serologies: measles IgG negative, anti-HBs < 10 IU/L, varicella IgG positive.'))
        T.add('lab_result')
    if rng.random() < 0.4:
        lines.append(L(lang, 'À noter : %s connu%s pour %s.', 'Note: known %s.') % ((k.first, 'e' if k.sex == 'F' else '', DXD['sickle'][1]) if lang == 'fr' else (DXD['sickle'][2],)))
        T.add('diagnosis')
    lines.append(L(lang, 'Prochaine visite dans 8 semaines pour la 2e dose. Pouvez-vous mettre à jour le registre (SI-PMI) ?',
                   'Next visit in 8 weeks for dose 2. Could you update the provincial registry?'))
    lines.append(sig(st, lang, rng))
    to = rng.choice([(SCHOOL_NURSES[0][0], 'karine.bolduc@cssrb.example'), (SCHOOL_NURSES[1][0], 'heather.macleod@lbsb.example'),
                     (L(lang, 'Vaccination CLSC', 'CLSC immunization'), 'vaccination@' + CLSC_DOM)])
    subj = L(lang, rng.choice(['Rattrapage vaccinal – %s', 'Vaccins %s', 'RE: mise à jour vaccinale %s']),
             rng.choice(['Catch-up vaccines – %s', 'Immunization update %s', 'Vaccines given today (%s)'])) % ('%s %s' % (k.first, k.last[0] + '.') if rng.random() < 0.3 else k.first + ' ' + k.last)
    spec = Spec(lang, staff_addr(st), [to], subj, typos('\n'.join(lines) + '\n', lang, rng, 0.1))
    return spec, T, 'vaccination catch-up record for one child'


DEV_TESTS = ('ADOS-2 module 2 : score de comparaison 7 ; Vineland-3 : composite adaptatif 71',
             'ADOS-2 module 2: comparison score 7; Vineland-3 adaptive composite 71')


def P_dev_assessment(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(2, 9), from_list=rng.random() < 0.55)
    st = rng.choice([STAFF[3], STAFF[18], STAFF[19], STAFF[12]])
    dxk = w.dx(k, ['asd', 'adhd', 'dld', 'gdd', 't21'])
    d = DXD[dxk]
    T = {'patient_name', 'diagnosis'}
    lines = [greet(lang, rng), '']
    name = kname(k, rng)
    lines.append(L(lang, 'Voici le résumé de l\'évaluation multidisciplinaire de %s (%s), complétée le %s.',
                   'Here is the summary of the multidisciplinary assessment of %s (%s), completed on %s.')
                 % (name, age_str(k.dob, ref, lang), fdate(ref - dt.timedelta(days=rng.randint(2, 20)), lang, rng)))
    lines.append('')
    lines.append(L(lang, 'Conclusion : %s.', 'Conclusion: %s.') % d[1 if lang == 'fr' else 2])
    if dxk == 'asd':
        lines.append(DEV_TESTS[0 if lang == 'fr' else 1] + '.')
    if d[3] and rng.random() < 0.7:
        lines.append(L(lang, 'Essai de médication débuté : %s.', 'Medication trial started: %s.') % d[3 if lang == 'fr' else 4])
        T.add('medication')
    if rng.random() < 0.6:
        lines.append(L(lang, 'Contexte : parents séparés, garde partagée une semaine sur deux; le père (%s %s) n\'était pas présent à la rencontre-bilan.',
                       'Context: parents separated, week-on/week-off custody; father (%s %s) did not attend the feedback meeting.')
                     % (k.father.given, k.father.surname))
        T.add('social_information')
    lines.append(L(lang, 'Recommandations : orthophonie au CLSC, soutien en classe (TES), réévaluation dans 12 mois.',
                   'Recommendations: SLP through CLSC, classroom support, re-assessment in 12 months.'))
    atts = []
    note = 'developmental assessment summary'
    if rng.random() < 0.75:
        paras = [L(lang, 'Nom de l\'enfant : %s %s', 'Child: %s %s') % (k.first, k.last),
                 L(lang, 'Date de naissance : %s', 'Date of birth: %s') % fdate(k.dob, lang, rng, 'long'),
                 L(lang, 'Parents : %s %s et %s %s', 'Parents: %s %s and %s %s') % (k.mother.given, k.mother.surname, k.father.given, k.father.surname),
                 L(lang, 'École / CPE : %s', 'School / daycare: %s') % k.school,
                 L(lang, 'Motif : inquiétudes concernant le langage et les interactions sociales.', 'Reason: concerns about language and social interaction.'),
                 L(lang, 'Diagnostic retenu : %s.', 'Diagnosis: %s.') % d[1 if lang == 'fr' else 2]]
        T.add('date_of_birth')
        if k.nam:
            paras.insert(2, 'NAM : %s' % k.nam)
            T.add('ramq_nam')
        table = [[L(lang, 'Domaine', 'Domain'), L(lang, 'Résultat', 'Result')],
                 [L(lang, 'Langage réceptif', 'Receptive language'), 'CELF-P3 : 68' if lang == 'fr' else 'CELF-P3: 68'],
                 [L(lang, 'Motricité fine', 'Fine motor'), 'PDMS-2 : 79'],
                 [L(lang, 'Fonctionnement adaptatif', 'Adaptive functioning'), 'Vineland-3 : 71']]
        atts.append((kfile(k, L(lang, 'Rapport_evaluation', 'Assessment_report'), 'docx', rng), 'application',
                     'vnd.openxmlformats-officedocument.wordprocessingml.document',
                     make_docx(L(lang, 'Rapport d\'évaluation – Clinique du développement', 'Assessment report – Child Development Clinic'), paras, table, st[0])))
        lines.append(L(lang, 'Le rapport complet est en pièce jointe.', 'Full report attached.'))
        note += '; DOCX report'
    lines.append(sig(st, lang, rng))
    to = rng.choice([(SCHOOL_NURSES[2][0], 'josiane.lepage@cssrb.example'), ('Dre Farah Mansour', 'fmansour@cmlescedres.example'),
                     (L(lang, 'Accueil CLSC', 'CLSC intake'), 'accueil@' + CLSC_DOM)])
    subj = rng.choice([L(lang, 'Évaluation développement – %s', 'Developmental assessment – %s') % name,
                       L(lang, 'Résumé évaluation %s', 'Assessment summary %s') % k.first,
                       L(lang, 'Bilan clinique du développement', 'Child development clinic report')])
    spec = Spec(lang, staff_addr(st), [to], subj, '\n'.join(lines) + '\n', atts=atts)
    return spec, T, note


def P_dpj_report(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(0, 12), from_list=rng.random() < 0.5)
    st = rng.choice([STAFF[9], STAFF[10]])
    T = {'patient_name', 'social_information', 'diagnosis'}
    use_list_parent = rng.random() < 0.4
    if use_list_parent:
        p = w.list_parent()
        if p.sex == 'F':
            k.mother = p
        else:
            k.father = p
    lines = [greet(lang, rng), '']
    name = kname(k, rng)
    if lang == 'fr':
        lines.append('Je fais suite à mon appel de ce matin concernant %s, %s, hospitalisé%s à l\'unité 4B depuis le %s.'
                     % (name, age_str(k.dob, ref, 'fr') if k.age >= 12 else '%d mois' % max(k.age, 1), 'e' if k.sex == 'F' else '', fdate(ref - dt.timedelta(days=2), 'fr', rng, 'long')))
    else:
        lines.append('Following up on my call this morning about %s, %s, admitted to unit 4B since %s.'
                     % (name, ('age %d' % (k.age // 12)) if k.age >= 24 else '%d months old' % max(k.age, 1), fdate(ref - dt.timedelta(days=2), 'en', rng, 'long')))
    ids = ident_line(k, lang, rng, T, dob_p=0.7, nam_p=0.6, mrn_p=0.5)
    if ids:
        idl = ' / '.join(ids)
        lines.append(idl[0].upper() + idl[1:])
    lines.append('')
    inj = rng.choice([('fracture métaphysaire distale du tibia et ecchymoses d\'âges différents, explication incompatible avec l\'âge développemental',
                       'distal tibial metaphyseal fracture and bruises of different ages, history inconsistent with developmental stage'),
                      ('retard staturo-pondéral sévère (poids < P1) sans cause organique identifiée, rendez-vous manqués à répétition',
                       'severe failure to thrive (weight < 1st centile) with no organic cause, repeated missed appointments'),
                      ('ingestion accidentelle de cannabis (comestibles), 2e épisode en 6 mois', 'accidental cannabis edible ingestion, 2nd episode in 6 months')])
    lines.append(L(lang, 'Motif du signalement : %s.', 'Reason for report: %s.') % inj[0 if lang == 'fr' else 1])
    fam = L(lang, 'Mère : %s %s%s. Père : %s %s%s.', 'Mother: %s %s%s. Father: %s %s%s.')
    mx = fx = ''
    if use_list_parent:
        if rng.random() < 0.75:
            extra = L(lang, ', NAM %s', ', RAMQ %s') % fmt_nam(p.nam, rng)
            T.add('ramq_nam')
        else:
            extra = L(lang, ', DDN %s', ', DOB %s') % fdate(p.dob, lang, rng)
            T.add('date_of_birth')
        if p.sex == 'F':
            mx = extra
        else:
            fx = extra
    lines.append(fam % (k.mother.given, k.mother.surname, mx, k.father.given, k.father.surname, fx))
    lines.append(rng.choice([
        L(lang, 'Le père a des antécédents de violence conjugale; une ordonnance de non-contact serait en vigueur.',
          'Father has a history of intimate partner violence; a no-contact order is reportedly in place.'),
        L(lang, 'La mère rapporte une consommation quotidienne d\'alcool et vit seule avec les 3 enfants, sans réseau.',
          'Mother reports daily alcohol use and lives alone with the 3 children, no support network.'),
        L(lang, 'Famille déjà connue de la DPJ (dossier fermé en 2023). Le conjoint actuel de la mère n\'est pas le père biologique.',
          'Family previously known to DYP (file closed 2023). Mother\'s current partner is not the biological father.')]))
    if rng.random() < 0.5:
        lines.append(L(lang, 'Adresse au dossier : %s', 'Address on file: %s') % k.addr)
        T.add('patient_contact')
    lines.append(L(lang, 'Le congé est prévu au plus tôt le %s; nous ne donnerons pas congé sans votre évaluation.',
                   'Discharge planned no earlier than %s; we will not discharge without your assessment.') % fdate(ref + dt.timedelta(days=2), lang, rng))
    lines.append(sig(st, lang, rng, disclaimer=True))
    wk = rng.choice(DPJ_WORKERS)
    to = [(L(lang, 'Réception des signalements', 'Intake'), 'rts@' + DPJ_DOM)]
    cc = [(wk[0], '%s@%s' % (wk[3], DPJ_DOM))] if rng.random() < 0.5 else []
    subj = rng.choice([L(lang, 'Signalement – %s', 'Report – %s') % name, L(lang, 'CONFIDENTIEL – suivi signalement', 'CONFIDENTIAL – follow-up on report'),
                       L(lang, 'Signalement enfant hospitalisé 4B', 'Report re: child admitted 4B')])
    spec = Spec(lang, staff_addr(st), to, subj, '\n'.join(lines) + '\n', cc=cc,
                headers=[('Sensitivity', 'Private'), ('Importance', 'High')])
    return spec, T, 'youth-protection report from hospital social work'


def P_school_nurse(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(5, 14), from_list=rng.random() < 0.55)
    dxk = w.dx(k, ['t1d', 'peanut', 'epilepsy', 'asthma', 't1d'])
    d = DXD[dxk]
    nurse = SCHOOL_NURSES[rng.randrange(4)]
    dom = 'cssrb.example' if lang == 'fr' else 'lbsb.example'
    st = STAFF[13] if dxk == 't1d' else STAFF[7] if dxk == 'peanut' else STAFF[0]
    T = {'patient_name', 'diagnosis', 'medication'}
    grade = rng.randint(1, 6)
    from_school = rng.random() < 0.5
    lines = [greet(lang, rng, first_name(st) if from_school else nurse[0].split()[0]), '']
    who = parent_ref(k, lang, rng)[0] if rng.random() < 0.5 else '%s %s' % (k.first, k.last)
    if from_school:
        lines.append(L(lang, 'Je suis l\'infirmière scolaire à l\'%s. %s (%s, classe de Mme %s) revient à l\'école lundi.',
                       'I am the school nurse at %s. %s (%s, Ms. %s\'s class) is returning to school Monday.')
                     % (k.school, who, grade_str(k, lang), rng.choice(['Boisvert', 'Fleury', 'Gendron', 'Aubin'])))
        lines.append(L(lang, 'La mère m\'informe du nouveau diagnostic (%s). Pouvez-vous m\'envoyer le plan de traitement à jour ?',
                       'Mom tells me about the new diagnosis (%s). Could you send me the updated treatment plan?') % d[1 if lang == 'fr' else 2])
        lines.append(L(lang, 'Médication connue à l\'école : %s.', 'Meds we have on file at school: %s.') % d[3 if lang == 'fr' else 4])
    else:
        lines.append(L(lang, 'Voici le plan pour %s à l\'%s (%s) : %s.', 'Here is the school plan for %s at %s (%s): %s.')
                     % (who, k.school, grade_str(k, lang), d[1 if lang == 'fr' else 2]))
        lines.append(L(lang, 'Traitement : %s.', 'Treatment: %s.') % d[3 if lang == 'fr' else 4])
        if dxk == 't1d':
            lines.append(L(lang, 'Glycémies à l\'école cette semaine : 3,1 (hypo, collation donnée) – 12,8 – 16,4 mmol/L.',
                           'School glucose readings this week: 3.1 (hypo, snack given) – 12.8 – 16.4 mmol/L.'))
            T.add('lab_result')
        if dxk == 'peanut':
            lines.append(L(lang, 'En cas de réaction : EpiPen à la cuisse puis 911. Une 2e dose peut être donnée après 5-15 min.',
                           'If reaction: EpiPen to thigh then 911. A 2nd dose may be given after 5-15 min.'))
    if rng.random() < 0.6:
        lines.append(L(lang, 'Cellulaire de la mère (%s) : %s', 'Mom\'s cell (%s): %s') % (k.mother.given, k.phone))
        T.add('patient_contact')
    lines.append(thanks(lang, rng))
    if from_school:
        lines += [nurse[0], L(lang, nurse[1], nurse[2]), CSS[0][0] if lang == 'fr' else CSS[1][0]]
        frm = (nurse[0], '%s@%s' % (nurse[3], dom))
        to = [staff_addr(st)]
    else:
        lines.append(sig(st, lang, rng))
        frm = staff_addr(st)
        to = [(nurse[0], '%s@%s' % (nurse[3], dom))]
    subj = rng.choice([L(lang, 'Plan de soins à l\'école – %s', 'School care plan – %s') % k.first,
                       L(lang, '%s %s – retour à l\'école', '%s %s – back to school') % (k.first, k.last),
                       L(lang, 'Élève avec %s', 'Student with %s') % d[1 if lang == 'fr' else 2].split(' (')[0]])
    atts = []
    note = 'school nurse / clinic exchange about a pupil'
    if rng.random() < 0.3:
        pdf = [L(lang, 'Élève : %s %s', 'Student: %s %s') % (k.first, k.last), L(lang, 'École : %s', 'School: %s') % k.school,
               L(lang, 'Condition : %s', 'Condition: %s') % d[1 if lang == 'fr' else 2], L(lang, 'Traitement : %s', 'Treatment: %s') % d[3 if lang == 'fr' else 4],
               L(lang, 'Contact d\'urgence : %s %s, %s', 'Emergency contact: %s %s, %s') % (k.mother.given, k.mother.surname, k.phone)]
        T.add('patient_contact')
        atts.append((kfile(k, L(lang, 'plan_intervention', 'care_plan'), 'pdf', rng), 'application', 'pdf',
                     make_pdf(L(lang, 'Plan d\'intervention en milieu scolaire', 'School Health Care Plan'), pdf, st[0])))
        note += '; PDF care plan'
    spec = Spec(lang, frm, to, subj, typos('\n'.join(lines) + '\n', lang, rng, 0.2), atts=atts)
    return spec, T, note


def P_lab_terse(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(0, 16), from_list=rng.random() < 0.45)
    dxk = w.dx(k, [x for x in LABS if x not in ('cf',)])
    st = rng.choice(STAFF[:8] + [STAFF[16], STAFF[17]])
    T = {'patient_name', 'lab_result'}
    nm = rng.choice(['%s %s' % (k.first, k.last), '%s %s.' % (k.first, k.last[0]) if False else '%s, %s' % (k.last.upper(), k.first), k.last + ' ' + k.first])
    body = []
    mrn_in = rng.random() < 0.7
    idtxt = (' (%s)' % fmt_mrn(k.mrn, rng)) if mrn_in else ''
    if mrn_in:
        T.add('mrn')
    body.append(rng.choice([L(lang, '%s%s : %s.', '%s%s: %s.'), L(lang, 'Résultats %s%s — %s', 'Results %s%s — %s')])
                % (nm, idtxt, LABS[dxk][0 if lang == 'fr' else 1]))
    if rng.random() < 0.5:
        body.append(L(lang, 'Compatible avec %s. ', 'Consistent w/ %s. ') % DXD[dxk][1 if lang == 'fr' else 2])
        T.add('diagnosis')
    if rng.random() < 0.5:
        body.append(L(lang, 'Peux-tu appeler la mère svp ? %s', 'Can you call mom pls? %s') % k.phone)
        T.add('patient_contact')
    else:
        body.append(L(lang, 'À revoir en clinique.', 'Will discuss at clinic.'))
    txt = '\n'.join(body) + '\n\n' + rng.choice(['', first_name(st), '-' + first_name(st)[0]]) + '\n'
    subj = rng.choice(['%s %s' % (L(lang, 'Labos', 'Labs'), k.last), L(lang, 'résultats', 'results'), 'FYI', L(lang, 'résultats %s', 'results for %s') % k.first])
    to = [staff_addr(rng.choice(STAFF[:8]))]
    spec = Spec(lang, staff_addr(st), to, subj, typos(txt, lang, rng, 0.3),
                transport=rng.choice(['plain-utf8-8bit', 'plain-utf8-qp', 'plain-cp1252-8bit', 'html-utf8-qp', 'alt-utf8-qp']))
    return spec, T, 'terse lab result between clinicians'


def P_transport_booking(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(1, 17), from_list=rng.random() < 0.55)
    st = STAFF[14]
    T = {'patient_name', 'patient_contact'}
    appt = ref + dt.timedelta(days=rng.randint(2, 15))
    need = rng.choice([('fauteuil roulant, O2 à domicile 1 L/min', 'wheelchair, home O2 1 L/min', None),
                       ('civière, trachéostomie, accompagné de la mère', 'stretcher, tracheostomy, mother will accompany', 'diag'),
                       ('transport assis, hémodialyse 3x/sem', 'seated transport, haemodialysis 3x/week', 'diag'),
                       ('siège d\'auto adapté, paralysie cérébrale', 'adapted car seat, cerebral palsy', 'diag')])
    if need[2] or 'O2' in need[0]:
        T.add('diagnosis')
    rows = [(L(lang, 'Patient', 'Patient'), kname(k, rng)),
            (L(lang, 'Âge', 'Age'), age_str(k.dob, ref, lang)),
            (L(lang, 'Adresse de départ', 'Pick-up address'), k.addr),
            (L(lang, 'Téléphone', 'Phone'), k.phone + (' / ' + k.phone2 if rng.random() < 0.4 else '')),
            (L(lang, 'Destination', 'Destination'), HOSP[lang] + L(lang, ', entrée B, clinique de néphrologie', ', entrance B, nephrology clinic')),
            (L(lang, 'Rendez-vous', 'Appointment'), '%s %s' % (fdate(appt, lang, rng), rng.choice(['8 h 30', '10:15', '13 h', '9:00 AM']))),
            (L(lang, 'Besoins', 'Needs'), need[0 if lang == 'fr' else 1])]
    if rng.random() < 0.4:
        rows.insert(2, (L(lang, 'DDN', 'DOB'), fdate(k.dob, lang, rng, 'iso')))
        T.add('date_of_birth')
    if k.nam and rng.random() < 0.5:
        rows.insert(2, ('NAM', fmt_nam(k.nam, rng)))
        T.add('ramq_nam')
    intro = L(lang, 'Bonjour,\n\nMerci de réserver un transport adapté aller-retour :', 'Hello,\n\nPlease book a return adapted transport:')
    thx = thanks(lang, rng)
    sg = sig(st, lang, rng)
    txt = intro + '\n\n' + '\n'.join('%s : %s' % r if lang == 'fr' else '%s: %s' % r for r in rows) + '\n\n' + thx + '\n' + sg + '\n'
    html = '<p>%s</p><table border="1" cellpadding="4" style="border-collapse:collapse">%s</table><p>%s</p><pre>%s</pre>' % (
        htmlmod.escape(intro).replace('\n\n', '</p><p>'), ''.join('<tr><td><b>%s</b></td><td>%s</td></tr>' % (htmlmod.escape(a), htmlmod.escape(b)) for a, b in rows),
        htmlmod.escape(thx), htmlmod.escape(sg))
    subj = rng.choice([L(lang, 'Réservation transport – %s', 'Transport booking – %s') % k.last, L(lang, 'Transport adapté', 'Adapted transport request')])
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Répartition Transport St-Prosper', 'St-Prosper Transport dispatch'), 'repartition@transport-stprosper.example')],
                subj, txt, html=html)
    return spec, T, 'adapted transport booking with home address and phone'


MOTIFS = [('suivi asthme', 'asthma f/u'), ('TDAH – ajustement Rx', 'ADHD – med adjustment'), ('anémie ferriprive', 'iron-def. anaemia'),
          ('suivi prématurité', 'preemie f/u'), ('eczéma sévère', 'severe eczema'), ('RSP (retard staturo-pondéral)', 'FTT'),
          ('suivi DB1', 'T1D f/u'), ('convulsions fébriles', 'febrile seizures'), ('constipation chronique', 'chronic constipation'),
          ('souffle cardiaque', 'heart murmur'), ('énurésie', 'enuresis'), ('obésité', 'obesity')]


def P_clinic_roster(w, lang, when):
    rng = w.rng
    ref = when.date()
    st = STAFF[14]
    n = rng.randint(5, 9)
    kids = [w.kid(lang, ref, age=(0, 16), from_list=rng.random() < 0.4) for _ in range(n)]
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    hdr = [L(lang, 'Heure', 'Time'), L(lang, 'Nom, Prénom', 'Last, First'), L(lang, 'DDN', 'DOB'), L(lang, 'Dossier', 'MRN'),
           L(lang, 'Motif', 'Reason'), L(lang, 'Tél.', 'Phone')]
    with_nam = rng.random() < 0.5
    if with_nam:
        hdr.insert(4, 'NAM')
    rows = []
    t0 = dt.datetime(2025, 1, 1, 8, 0)
    for i, k in enumerate(kids):
        r = [(t0 + dt.timedelta(minutes=30 * i)).strftime('%H:%M'), '%s, %s' % (k.last.upper(), k.first), k.dob.isoformat(), k.mrn,
             rng.choice(MOTIFS)[0 if lang == 'fr' else 1], k.phone]
        if with_nam:
            r.insert(4, k.nam or '')
        rows.append(r)
    T.update({'mrn', 'patient_contact'})
    if with_nam and any(k.nam for k in kids):
        T.add('ramq_nam')
    fmt = rng.choice(['xlsx', 'csv', 'csv', 'inline'])
    clinic = rng.choice([STAFF[0][4], STAFF[7][4], STAFF[3][4]]) if lang == 'fr' else rng.choice([STAFF[0][5], STAFF[7][5], STAFF[3][5]])
    day = fdate(ref + dt.timedelta(days=1), lang, rng, 'long')
    body = [greet(lang, rng), '', L(lang, 'Voici la liste de la %s pour demain (%s).', 'Here is tomorrow\'s list for the %s (%s).') % (clinic, day)]
    atts = []
    if fmt == 'inline':
        body.append('')
        body.append(' | '.join(hdr))
        for r in rows:
            body.append(' | '.join(str(x) for x in r))
    elif fmt == 'csv':
        enc = rng.choice(['utf-8', 'windows-1252'])
        atts.append(('liste_%s.csv' % (ref + dt.timedelta(days=1)).strftime('%Y%m%d'), 'text', 'csv',
                     make_csv([hdr] + rows, ';' if lang == 'fr' else ',', enc)))
        body.append(L(lang, 'Fichier CSV en pièce jointe.', 'CSV attached.'))
    else:
        atts.append((L(lang, 'Liste_clinique_', 'Clinic_list_') + (ref + dt.timedelta(days=1)).strftime('%Y-%m-%d') + '.xlsx', 'application',
                     'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([(L(lang, 'Liste', 'List'), [hdr] + rows)], st[0])))
        body.append(L(lang, 'Voir fichier Excel ci-joint.', 'See attached spreadsheet.'))
    body.append(L(lang, '2 annulations à combler, la liste d\'attente est à jour.', '2 cancellations to fill, wait list is up to date.'))
    body.append(sig(st, lang, rng))
    subj = rng.choice([L(lang, 'Liste clinique %s', 'Clinic list %s') % day, L(lang, 'Liste de demain', 'Tomorrow\'s list')])
    to = [staff_addr(s) for s in rng.sample(STAFF[:8], 2)]
    spec = Spec(lang, staff_addr(st), to, subj, '\n'.join(body) + '\n', atts=atts)
    return spec, T, 'clinic roster (%s), surname-first' % fmt


def P_ics_invite(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(2, 14), from_list=rng.random() < 0.5)
    st = rng.choice([STAFF[9], STAFF[10], STAFF[3]])
    dxk = w.dx(k, ['asd', 'gdd', 't21', 'adhd', 'cf', 'sickle'])
    d = DXD[dxk]
    T = {'patient_name', 'diagnosis'}
    wk = rng.choice(DPJ_WORKERS)
    start = dt.datetime.combine(ref + dt.timedelta(days=rng.randint(5, 20)), dt.time(rng.choice([9, 10, 13, 14]), 0))
    summary = rng.choice([L(lang, 'PSI – %s, %s (%s)', 'ISP meeting – %s, %s (%s)') % (k.last, k.first, d[1 if lang == 'fr' else 2].split(' (')[0]),
                          L(lang, 'Rencontre multi %s %s', 'Team meeting %s %s') % (k.first, k.last)])
    desc = L(lang, 'Plan de services individualisé pour %s %s (%s). Présents : parents, école, DPJ (%s). Points : %s; garde; services CLSC.',
             'Individualized service plan for %s %s (%s). Attending: parents, school, DYP (%s). Items: %s; custody; CLSC services.') % (
        k.first, k.last, d[1 if lang == 'fr' else 2], wk[0], L(lang, 'suivi des mesures de protection', 'follow-up of protection measures'))
    T.add('social_information')
    if rng.random() < 0.4:
        desc += L(lang, ' Dossier %s.', ' MRN %s.') % k.mrn
        T.add('mrn')
    attendees = [(wk[0], '%s@%s' % (wk[3], DPJ_DOM)), (SCHOOL_NURSES[0][0], 'karine.bolduc@cssrb.example'),
                 staff_addr(STAFF[3])[::-1][::-1]]
    ics = make_ics('%s-%s@chpsa.example' % (k.mrn, start.strftime('%Y%m%d')), summary, start, start + dt.timedelta(hours=1, minutes=30),
                   L(lang, 'Salle 3.214, pavillon Est', 'Room 3.214, East wing'), desc, (st[0], staff_addr(st)[1]), attendees)
    body = L(lang, 'Vous êtes invité(e) à la rencontre suivante :\n\n%s\n%s\n\n%s', 'You are invited to the following meeting:\n\n%s\n%s\n\n%s') % (
        summary, start.strftime('%Y-%m-%d %H:%M'), desc if rng.random() < 0.6 else L(lang, '(détails dans l\'invitation)', '(details in the invite)'))
    spec = Spec(lang, staff_addr(st), attendees, summary, body + '\n', atts=[('invite.ics', 'text', 'calendar', ics)],
                headers=[('Content-Class', 'urn:content-classes:calendarmessage')])
    return spec, T, 'calendar invitation naming a child and diagnosis (ICS)'


def P_vcard_parent(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(1, 14), from_list=rng.random() < 0.5)
    st = rng.choice([STAFF[9], STAFF[10]])
    T = {'patient_name', 'patient_contact', 'social_information'}
    m = k.mother
    refn = parent_ref(k, lang, rng, 'mother')[0]
    situation = rng.choice([('a quitté le domicile familial et est hébergée en maison pour femmes victimes de violence; NE PAS transmettre ses coordonnées au père',
                             'has left the family home and is staying at a women\'s shelter; DO NOT give her contact details to the father'),
                            ('a maintenant la garde exclusive (jugement de la Cour du Québec, chambre de la jeunesse)',
                             'now has sole custody (Court of Québec, Youth Division judgment)'),
                            ('vient de déménager suite à une éviction; nouveau numéro de cellulaire', 'just moved after an eviction; new cell number')])
    lines = [greet(lang, rng), '',
             L(lang, 'Nouvelles coordonnées de la mère %s : elle %s.' % (de(refn), situation[0]), 'Updated contact for the mother of %s: she %s.' % (refn, situation[1]))]
    if rng.random() < 0.5:
        dxk = w.dx(k, ['cf', 't1d', 'epilepsy', 'sickle'])
        lines.append(L(lang, 'Rappel : %s est suivi%s ici pour %s, prochain rdv le %s.', 'Reminder: %s is followed here for %s, next appt %s.') % (
            (k.first, 'e' if k.sex == 'F' else '', DXD[dxk][1], fdate(ref + dt.timedelta(days=21), lang, rng)) if lang == 'fr' else
            (k.first, DXD[dxk][2], fdate(ref + dt.timedelta(days=21), lang, rng))))
        T.add('diagnosis')
    lines.append(L(lang, 'Fiche contact en pièce jointe.', 'Contact card attached.'))
    lines.append(sig(st, lang, rng))
    vc = make_vcard('%s %s' % (m.given, m.surname), '%s;%s;;;' % (m.surname, m.given), [('CELL', k.phone), ('HOME', k.phone2)],
                    None, k.addr, L(lang, 'Mère de %s %s (dossier %s)', 'Mother of %s %s (MRN %s)') % (k.first, k.last, k.mrn))
    T.add('mrn')
    to = rng.choice([[(DPJ_WORKERS[1][0], 'francois.lemay@' + DPJ_DOM)], [(L(lang, 'Archives médicales', 'Health records'), 'archives@' + HOSP_DOM)],
                     [staff_addr(STAFF[14])]])
    subj = rng.choice([L(lang, 'Coordonnées mère – %s', 'Mother\'s contact – %s') % k.first, L(lang, 'Mise à jour coordonnées', 'Contact update')])
    spec = Spec(lang, staff_addr(st), to, subj, '\n'.join(lines) + '\n',
                atts=[('%s_%s.vcf' % (m.surname.replace(' ', ''), m.given), 'text', rng.choice(['vcard', 'x-vcard']), vc)])
    return spec, T, 'vCard of a parent with custody/social context'


def P_zip_bundle(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(0, 16), from_list=rng.random() < 0.5)
    st = rng.choice(STAFF[:8])
    dxk = w.dx(k, ['cf', 'sickle', 't1d', 'epilepsy', 'celiac', 'hypothyroid'])
    d = DXD[dxk]
    T = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis'}
    summ = [L(lang, 'Patient : %s, %s', 'Patient: %s, %s') % (k.last.upper(), k.first), L(lang, 'DDN : %s', 'DOB: %s') % k.dob.isoformat(),
            L(lang, 'Dossier : %s', 'MRN: %s') % k.mrn]
    if k.nam:
        summ.append('NAM : %s' % k.nam)
        T.add('ramq_nam')
    summ += [L(lang, 'Diagnostic principal : %s', 'Principal dx: %s') % d[1 if lang == 'fr' else 2]]
    if d[3]:
        summ.append(L(lang, 'Médication : %s', 'Medications: %s') % d[3 if lang == 'fr' else 4])
        T.add('medication')
    files = [(L(lang, 'sommaire_transfert.pdf', 'transfer_summary.pdf'), make_pdf(L(lang, 'Sommaire de transfert', 'Transfer summary'), summ, st[0]))]
    if dxk in LABS:
        csvrows = [['date', 'test', L(lang, 'résultat', 'result')]] + [[(ref - dt.timedelta(days=30 * i)).isoformat(), 'panel', LABS[dxk][0 if lang == 'fr' else 1]] for i in range(3)]
        files.append(('labos_%s.csv' % k.mrn, make_csv(csvrows)))
        T.add('lab_result')
    files.append(('LISEZMOI.txt' if lang == 'fr' else 'README.txt', L(lang, 'Documents transmis pour continuité des soins.\n', 'Documents sent for continuity of care.\n').encode('utf-8')))
    z = make_zip(files)
    bland = rng.random() < 0.5
    body = [greet(lang, rng), '']
    if bland:
        body.append(L(lang, 'Voici les documents pour le transfert demandé (zip). Le mot de passe suivra par téléphone.',
                      'Please find the transfer documents (zip). Password to follow by phone.'))
    else:
        body.append(L(lang, 'Documents pour le transfert de %s %s vers votre centre.', 'Documents for the transfer of %s %s to your centre.') % (k.first, k.last))
    body.append(sig(st, lang, rng))
    zname = rng.choice(['transfert_%s.zip' % k.mrn, 'documents.zip', '%s_%s.zip' % (k.last, k.first)])
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Archives CHR du Littoral', 'Littoral RH health records'), 'archives@chrlittoral.example')],
                L(lang, 'Transfert – documents', 'Transfer documents') if bland else L(lang, 'Transfert %s %s', 'Transfer %s %s') % (k.first, k.last),
                '\n'.join(body) + '\n', atts=[(zname, 'application', 'zip', z)])
    return spec, T, 'ZIP bundle (PDF + CSV) for a transfer'


def P_ontario_transfer(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(0, 16))
    st = rng.choice([STAFF[16], STAFF[0], STAFF[5]])
    hcn, vc = gen_ohip(rng)
    w.reg('ca_health_number', hcn)
    T = {'patient_name', 'ca_health_number', 'diagnosis'}
    dxk = w.dx(k, ['asthma', 't1d', 'epilepsy', 'sickle'])
    d = DXD[dxk]
    lines = [greet(lang, rng, rng.choice(['Dr. Patel', 'Dr. Hughes', ''])), '']
    lines.append(L(lang, 'Transfert vers votre centre de %s, %s, résident%s de l\'Ontario.', 'Transferring %s, %s, an Ontario resident, back to your centre.')
                 % ((kname(k, rng), age_str(k.dob, ref, 'fr'), 'e' if k.sex == 'F' else '') if lang == 'fr' else (kname(k, rng), age_str(k.dob, ref, 'en'))))
    lines.append(L(lang, 'Carte Santé Ontario : %s', 'OHIP: %s') % fmt_ohip(hcn, vc, rng))
    if rng.random() < 0.7:
        lines.append(L(lang, 'DDN : %s', 'DOB: %s') % fdate(k.dob, lang, rng))
        T.add('date_of_birth')
    lines.append(L(lang, 'Admis%s chez nous pour %s (décompensation); stable depuis 24 h.', 'Admitted here for %s (decompensation); stable x 24 h.')
                 % (('e' if k.sex == 'F' else '', d[1]) if lang == 'fr' else (d[2],)))
    if d[3]:
        lines.append(L(lang, 'Tx au départ : %s.', 'Meds at transfer: %s.') % d[3 if lang == 'fr' else 4])
        T.add('medication')
    if dxk in LABS:
        lines.append(L(lang, 'Derniers labos : %s.', 'Last labs: %s.') % LABS[dxk][0 if lang == 'fr' else 1])
        T.add('lab_result')
    if rng.random() < 0.5:
        lines.append(L(lang, 'Parents joignables au %s (%s).', 'Parents reachable at %s (%s).') % (k.phone, rng.choice(['Kanata', 'Orléans', 'Nepean'])))
        T.add('patient_contact')
    lines.append(sig(st, lang, rng))
    spec = Spec(lang, staff_addr(st), [('Transfer Centre', 'transfers@' + ONT_HOSP[1])],
                rng.choice([L(lang, 'Transfert interprovincial – %s', 'Interprovincial transfer – %s') % k.last, 'Transfer / OHIP patient']),
                '\n'.join(lines) + '\n')
    return spec, T, 'interprovincial transfer with Ontario health number'


def P_france_family(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(1, 15))
    st = rng.choice([STAFF[9], STAFF[14], STAFF[0]])
    T = {'patient_name', 'fr_nir', 'social_information'}
    parent_nir = rng.random() < 0.6
    if parent_nir:
        p = k.mother if rng.random() < 0.5 else k.father
        pdob = dt.date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
        nir = gen_nir(rng, pdob, p.sex)
        w.reg('fr_nir', nir)
        who = L(lang, 'NIR du parent ouvrant droit (%s %s) : %s', 'French social security number (NIR) of the insured parent (%s %s): %s') % (p.given, p.surname, fmt_nir(nir, rng))
    else:
        nir = gen_nir(rng, k.dob, k.sex)
        w.reg('fr_nir', nir)
        who = L(lang, 'NIR de l\'enfant : %s', 'Child\'s NIR: %s') % fmt_nir(nir, rng)
    dxk = w.dx(k, ['asthma', 'peanut', 'celiac', 'eczema', 'adhd'])
    lines = [greet(lang, rng), '',
             L(lang, 'La famille %s (%s) est arrivée de %s en %s (permis de travail du père). La RAMQ n\'est pas encore active (délai de carence); ils ont le formulaire d\'entente France-Québec.',
               'The family of %s (%s) arrived from %s in %s (father on a work permit). RAMQ coverage not active yet (waiting period); they have the France-Québec agreement form.')
             % (L(lang, de(kname(k, rng)), kname(k, rng)), age_str(k.dob, ref, lang), rng.choice(['Lyon', 'Rennes', 'Lille', 'Bordeaux']), MONTHS_FR[rng.randint(0, 11)] if lang == 'fr' else MONTHS_EN[rng.randint(0, 11)]),
             who,
             L(lang, 'Motif de la visite : %s.', 'Reason for visit: %s.') % DXD[dxk][1 if lang == 'fr' else 2]]
    T.add('diagnosis')
    if DXD[dxk][3] and rng.random() < 0.6:
        lines.append(L(lang, 'Renouvellement : %s.', 'Renewal: %s.') % DXD[dxk][3 if lang == 'fr' else 4])
        T.add('medication')
    if rng.random() < 0.4:
        lines.append(L(lang, 'DDN : %s', 'DOB: %s') % fdate(k.dob, lang, rng))
        T.add('date_of_birth')
    lines.append(L(lang, 'Pouvez-vous ouvrir le dossier en attendant la carte ? Facturation hors RAMQ à prévoir.',
                   'Could you open a chart pending the card? Non-RAMQ billing applies.'))
    lines.append(sig(st, lang, rng))
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Admission / facturation', 'Admitting / billing'), 'admission@' + HOSP_DOM)],
                rng.choice([L(lang, 'Patient assuré France – %s', 'Patient insured in France – %s') % k.last, L(lang, 'Ouverture de dossier', 'New chart request')]),
                '\n'.join(lines) + '\n')
    return spec, T, 'French NIR for a newcomer family'


def P_belgian_family(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(1, 15))
    st = rng.choice([STAFF[8], STAFF[0], STAFF[7]])
    niss = gen_niss(rng, k.dob, k.sex)
    w.reg('be_niss', niss)
    T = {'patient_name', 'be_niss'}
    lines = [greet(lang, rng), '']
    lines.append(L(lang, '%s %s, %s, famille belge en séjour (stage postdoctoral de la mère à Montréal).', '%s %s, %s, Belgian family on a temporary stay (mother doing a postdoc in Montréal).')
                 % (k.first, k.last, age_str(k.dob, ref, lang)))
    T.add('social_information')
    lines.append(L(lang, 'Numéro de registre national (NISS) : %s', 'Belgian national number (NISS): %s') % fmt_niss(niss, rng))
    if rng.random() < 0.6:
        lines.append(L(lang, 'DDN %s', 'DOB %s') % fdate(k.dob, lang, rng))
        T.add('date_of_birth')
    choice = rng.random()
    if choice < 0.5:
        lines.append(L(lang, 'Vaccins reçus aujourd\'hui : %s (lot %s). Mutualité belge à facturer.', 'Vaccines given today: %s (lot %s). Bill Belgian mutual insurer.')
                     % (VACCINES[1][0 if lang == 'fr' else 1], lot(VACCINES[1][2], rng)))
        T.add('medication')
    else:
        dxk = w.dx(k, ['peanut', 'asthma', 'epilepsy'])
        lines.append(L(lang, 'Connu%s pour %s; %s.', 'Known %s; on %s.') % (('e' if k.sex == 'F' else '', DXD[dxk][1], DXD[dxk][3]) if lang == 'fr' else (DXD[dxk][2], DXD[dxk][4])))
        T.update({'diagnosis', 'medication'})
    lines.append(sig(st, lang, rng))
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Facturation patients étrangers', 'International patient billing'), 'facturation.int@' + HOSP_DOM)],
                L(lang, 'Patient belge – %s', 'Belgian patient – %s') % k.last, '\n'.join(lines) + '\n')
    return spec, T, 'Belgian NISS for a visiting family'


def P_sin_parent(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(1, 15), from_list=rng.random() < 0.5)
    st = rng.choice([STAFF[9], STAFF[10]])
    p = k.mother if rng.random() < 0.7 else k.father
    s = gen_sin(rng)
    w.reg('ca_sin', s)
    dxk = w.dx(k, ['cf', 't21', 'gdd', 'sickle', 't1d', 'asd'])
    T = {'patient_name', 'ca_sin', 'diagnosis', 'social_information'}
    prog = L(lang, rng.choice(['Supplément pour enfant handicapé nécessitant des soins exceptionnels', 'Supplément pour enfant handicapé']),
             rng.choice(['Disability Tax Credit (T2201)', 'Supplement for handicapped children']))
    lines = [greet(lang, rng, parent_title(p, lang, rng).strip() + ' ' + p.surname), '',
             L(lang, 'Comme discuté, j\'ai complété la section du professionnel pour la demande de « %s » pour %s.', 'As discussed, I completed the professional section of the "%s" application for %s.') % (prog, k.first),
             L(lang, 'J\'ai inscrit votre NAS tel que fourni : %s. Diagnostic inscrit : %s.', 'I entered your SIN as provided: %s. Diagnosis entered: %s.') % (fmt_sin(s, rng), DXD[dxk][1 if lang == 'fr' else 2]),
             rng.choice([L(lang, 'Vu votre situation (monoparentale, revenu familial d\'environ 28 000 $, arrêt de travail pour accompagner %s aux traitements), je vous suggère aussi de demander l\'aide de dernier recours.',
                            'Given your situation (single parent, family income around $28,000, off work to bring %s to treatments), I also suggest applying for last-resort assistance.') % k.first,
                         L(lang, 'J\'ai joint une lettre expliquant les frais de stationnement et de transport depuis %s.', 'I attached a letter about parking and travel costs from %s.') % rng.choice(['Rimouski', 'Val-d\'Or', 'Gaspé'])]),
             L(lang, 'N\'oubliez pas de signer à la page 4.', 'Don\'t forget to sign page 4.'), sig(st, lang, rng)]
    if rng.random() < 0.5 and k.nam:
        lines.insert(4, L(lang, 'NAM de %s : %s', '%s\'s RAMQ number: %s') % (k.first, fmt_nam(k.nam, rng)))
        T.add('ramq_nam')
    to = [('%s %s' % (p.given, p.surname), '%s.%s@courriel.example' % (re.sub(r'[^a-z]', '', p.given.lower()), re.sub(r'[^a-z]', '', p.surname.lower())))]
    spec = Spec(lang, staff_addr(st), to, L(lang, 'Demande – %s', 'Application – %s') % prog, '\n'.join(lines) + '\n')
    return spec, T, 'parent SIN on a benefits application for a child'


def P_discharge_summary(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(0, 16), from_list=rng.random() < 0.5)
    st = rng.choice(STAFF[:8] + [STAFF[16]])
    adm = rng.choice([('bronchiolite à VRS avec besoin d\'O2', 'RSV bronchiolitis requiring O2', 'salbutamol PRN; aucun', None),
                      ('acidocétose diabétique inaugurale', 'new-onset diabetic ketoacidosis', 't1d', 't1d'),
                      ('pyélonéphrite aiguë à E. coli', 'acute E. coli pyelonephritis', 'céfixime 8 mg/kg DIE x 10 j', 'cefixime 8 mg/kg daily x 10 d'),
                      ('crise vaso-occlusive', 'vaso-occlusive crisis', 'sickle', 'sickle'),
                      ('exacerbation d\'asthme sévère', 'severe asthma exacerbation', 'asthma', 'asthma')])
    d1 = ref - dt.timedelta(days=rng.randint(3, 9))
    d2 = ref - dt.timedelta(days=1)
    T = {'patient_name', 'diagnosis', 'medication', 'date_of_birth', 'mrn'}
    if adm[2] in DXD:
        medfr, meden = DXD[adm[2]][3], DXD[adm[2]][4]
    else:
        medfr, meden = adm[2], adm[3] or 'salbutamol PRN'
    lab = LABS.get(adm[2] if adm[2] in LABS else '', None)
    pdf = [L(lang, 'Nom : %s, %s', 'Name: %s, %s') % (k.last.upper(), k.first), L(lang, 'Date de naissance : %s', 'Date of birth: %s') % k.dob.isoformat(),
           L(lang, 'No dossier : %s', 'MRN: %s') % k.mrn]
    if k.nam:
        pdf.append('NAM : %s' % k.nam)
        T.add('ramq_nam')
    pdf += [L(lang, 'Séjour : %s au %s (unité %s)', 'Stay: %s to %s (unit %s)') % (d1.isoformat(), d2.isoformat(), rng.choice(['4B', '5A', '6C', 'SIP'])),
            L(lang, 'Diagnostic principal : %s', 'Principal diagnosis: %s') % adm[0 if lang == 'fr' else 1],
            L(lang, 'Médication au départ : %s', 'Discharge medications: %s') % (medfr if lang == 'fr' else meden)]
    if lab:
        pdf.append(L(lang, 'Résultats pertinents : %s', 'Relevant results: %s') % lab[0 if lang == 'fr' else 1])
        T.add('lab_result')
    else:
        pdf.append(L(lang, 'Résultats pertinents : CRP 62 mg/L, GB 17,4', 'Relevant results: CRP 62 mg/L, WBC 17.4'))
        T.add('lab_result')
    pdf.append(L(lang, 'Suivi : clinique externe dans 2 semaines; médecin de famille informé.', 'Follow-up: outpatient clinic in 2 weeks; family MD informed.'))
    pdf.append(L(lang, 'Signé : %s', 'Signed: %s') % st[0])
    fname = kfile(k, L(lang, 'Resume_depart', 'Discharge_summary'), 'pdf', rng)
    bodytxt = rng.choice([L(lang, 'Ci-joint le résumé de départ de %s %s, hospitalisé%s du %s au %s.', 'Attached is the discharge summary for %s %s, admitted %s to %s.'),
                          L(lang, 'Résumé de séjour en pièce jointe pour %s %s (%s – %s).', 'Discharge summary attached for %s %s (%s – %s).')])
    if '%s%s' in bodytxt or 'hospitalisé%s' in bodytxt:
        bodytxt = bodytxt % (k.first, k.last, 'e' if k.sex == 'F' else '', fdate(d1, lang, rng), fdate(d2, lang, rng))
    else:
        bodytxt = bodytxt % (k.first, k.last, fdate(d1, lang, rng), fdate(d2, lang, rng))
    gp, gloc = rng.choice(GPS)
    gmf, gdom = rng.choice(GMF)
    body = '%s\n\n%s\n%s\n' % (greet(lang, rng, gp), bodytxt, sig(st, lang, rng))
    spec = Spec(lang, staff_addr(st), [(gp, '%s@%s' % (gloc, gdom))], L(lang, 'Résumé de départ', 'Discharge summary') + rng.choice(['', ' – ' + k.last]),
                body, atts=[(fname, 'application', 'pdf', make_pdf(L(lang, 'Résumé de départ', 'Discharge summary'), pdf, st[0]))])
    return spec, T, 'discharge summary PDF'


def P_growth_html(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(3, 15), from_list=rng.random() < 0.5)
    st = STAFF[4]
    dxk = w.dx(k, ['ghd', 'hypothyroid', 'obesity', 'celiac'])
    d = DXD[dxk]
    T = {'patient_name', 'lab_result', 'diagnosis'}
    visits = []
    kk = Kid()
    kk.age = age_of(k.dob, ref - dt.timedelta(days=360))
    kk.sex = k.sex
    g = growth(kk, 'en', rng, ref)
    wt = float(g[0][1].split()[0])
    ht = float(g[1][1].split()[0])
    cent = int(g[1][2][1:])
    slow = dxk in ('ghd', 'hypothyroid', 'celiac')
    for i in range(4):
        vd = ref - dt.timedelta(days=120 * (3 - i))
        if i:
            ht += rng.uniform(0.8, 1.4) if (slow and i < 2) else rng.uniform(1.6, 3.0)
            wt += rng.uniform(0.2, 1.1) if dxk != 'obesity' else rng.uniform(1.5, 3.2)
            if slow and i == 1:
                cent = max(1, {1: 1, 3: 1, 5: 3, 10: 5, 25: 10, 50: 25, 85: 50}.get(cent, cent))
            elif slow and i >= 2:
                cent = {1: 3, 3: 5, 5: 10, 10: 25, 25: 25, 50: 50, 85: 85}.get(cent, cent)
        dec = (lambda x: ('%.1f' % x).replace('.', ',')) if lang == 'fr' else (lambda x: '%.1f' % x)
        visits.append((vd.isoformat(), '%s kg' % dec(wt), '%s cm' % dec(ht), 'P%d' % cent, dec(wt / (ht / 100) ** 2)))
    head = [L(lang, 'Date', 'Date'), L(lang, 'Poids', 'Weight'), L(lang, 'Taille', 'Height'), L(lang, 'Centile taille', 'Height centile'), 'IMC' if lang == 'fr' else 'BMI']
    table = '<table border="1" cellspacing="0" cellpadding="3">' + '<tr>%s</tr>' % ''.join('<th>%s</th>' % h for h in head) + \
        '\n' + '\n'.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % htmlmod.escape(str(c)) for c in v) for v in visits) + '\n</table>\n'
    idbits = ident_line(k, lang, rng, T, dob_p=0.6, nam_p=0.5, mrn_p=0.6)
    intro = L(lang, '<p>Bonjour,</p><p>Suivi en endocrinologie de <b>%s</b>%s – %s.</p>', '<p>Hi,</p><p>Endocrine follow-up for <b>%s</b>%s – %s.</p>') % (
        htmlmod.escape(kname(k, rng)), (' (' + htmlmod.escape(', '.join(idbits)) + ')') if idbits else '', htmlmod.escape(d[1 if lang == 'fr' else 2]))
    extra = ''
    if dxk in LABS:
        extra += '<p>%s</p>' % htmlmod.escape(LABS[dxk][0 if lang == 'fr' else 1])
    if d[3]:
        extra += '<p>%s <i>%s</i></p>' % (L(lang, 'Dose actuelle :', 'Current dose:'), htmlmod.escape(d[3 if lang == 'fr' else 4]))
        T.add('medication')
    html = intro + table + extra + '<p>%s</p>' % htmlmod.escape(sig(st, lang, rng, disclaimer=False)).replace('\n', '<br>')
    spec = Spec(lang, staff_addr(st), [('Dre Farah Mansour', 'fmansour@cmlescedres.example')],
                L(lang, 'Courbe de croissance – %s', 'Growth update – %s') % k.first, html_to_text(html), html=html,
                transport=rng.choice(['html-utf8-qp', 'html-utf8-b64', 'html-cp1252-8bit', 'alt-utf8-qp']))
    return spec, T, 'HTML growth table with endocrine treatment'


RX = [('amoxicilline 90 mg/kg/jour div. BID x 10 jours', 'amoxicillin 90 mg/kg/day div. BID x 10 days', 'otite moyenne aiguë', 'acute otitis media'),
      ('prednisolone 1 mg/kg DIE x 5 jours', 'prednisolone 1 mg/kg daily x 5 days', 'exacerbation d\'asthme', 'asthma exacerbation'),
      ('céphalexine 50 mg/kg/jour div. QID', 'cephalexin 50 mg/kg/day div. QID', 'cellulite périorbitaire', 'periorbital cellulitis'),
      ('ondansétron 4 mg PO q8h PRN', 'ondansetron 4 mg PO q8h PRN', 'gastro-entérite', 'gastroenteritis'),
      ('méthylphénidate (Biphentin) 15 mg DIE', 'methylphenidate (Biphentin) 15 mg daily', 'TDAH', 'ADHD')]


def P_pharmacy_rx(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(1, 14), from_list=rng.random() < 0.5)
    st = rng.choice([STAFF[16], STAFF[0], STAFF[6]])
    rx = rng.choice(RX)
    ph, pdom = rng.choice(PHARM)
    T = {'patient_name', 'medication'}
    wt = 10 + k.age / 12 * 2.8 + rng.uniform(-2, 3)
    lines = [greet(lang, rng), '',
             L(lang, 'Ordonnance pour %s', 'Prescription for %s') % kname(k, rng)]
    ids = ident_line(k, lang, rng, T, dob_p=0.9, nam_p=0.7, mrn_p=0.1)
    if ids:
        lines.append(' – '.join(ids))
    lines.append(L(lang, 'Poids : %s kg' % ('%.1f' % wt).replace('.', ','), 'Weight: %.1f kg' % wt))
    lines.append('Rx : %s' % rx[0 if lang == 'fr' else 1])
    if rng.random() < 0.6:
        lines.append(L(lang, 'Indication : %s', 'Indication: %s') % rx[2 if lang == 'fr' else 3])
        T.add('diagnosis')
    if rng.random() < 0.5:
        lines.append(L(lang, 'Allergie : pénicilline (urticaire) – NON', 'Allergies: NKDA'))
    if rng.random() < 0.4:
        lines.append(L(lang, 'Parent : %s, %s', 'Parent: %s, %s') % ('%s %s' % (k.mother.given, k.mother.surname), k.phone))
        T.add('patient_contact')
    lines.append(L(lang, 'Original suivra par télécopieur.', 'Original to follow by fax.'))
    lines.append(sig(st, lang, rng))
    spec = Spec(lang, staff_addr(st), [(ph, 'labo@' + pdom)], rng.choice(['Rx – %s' % k.last, 'Ordonnance' if lang == 'fr' else 'Prescription', 'Rx %s %s' % (k.first, k.last)]),
                typos('\n'.join(lines) + '\n', lang, rng, 0.15))
    return spec, T, 'prescription sent to community pharmacy'


def P_teen_confidential(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(13, 17), from_list=rng.random() < 0.5)
    st = STAFF[6]
    T = {'patient_name', 'diagnosis', 'social_information'}
    scen = rng.choice(['anorexia', 'anxiety', 'contraception', 'selfharm'])
    lines = [greet(lang, rng), '']
    nm = rng.choice(['%s %s' % (k.first, k.last), k.first + ' ' + k.last[0] + '. (' + L(lang, 'dossier ', 'MRN ') + k.mrn + ')'])
    if 'dossier' in nm or 'MRN' in nm:
        T.add('mrn')
    if scen == 'anorexia':
        lines.append(L(lang, 'J\'ai vu %s hier : anorexie mentale restrictive, perte de 9 kg en 4 mois, FC 44 au repos, K 3,1, phosphore 0,8.',
                       'Saw %s yesterday: restrictive anorexia nervosa, 9 kg weight loss over 4 months, resting HR 44, K 3.1, phosphate 0.8.') % nm)
        T.add('lab_result')
    elif scen == 'anxiety':
        lines.append(L(lang, '%s : trouble anxieux généralisé, refus scolaire depuis octobre. Débuté sertraline 25 mg DIE.',
                       '%s: generalized anxiety disorder, school refusal since October. Started sertraline 25 mg daily.') % nm)
        T.add('medication')
    elif scen == 'contraception':
        lines.append(L(lang, '%s consulte seul%s pour contraception; Depo-Provera donné aujourd\'hui, dépistage ITSS : chlamydia positive, traitée (azithromycine 1 g).',
                       '%s came alone for contraception; Depo-Provera given today, STI screen: chlamydia positive, treated (azithromycin 1 g).')
                     % ((nm, 'e' if k.sex == 'F' else '') if lang == 'fr' else (nm,)))
        T.update({'medication', 'lab_result'})
    else:
        lines.append(L(lang, '%s a été vu%s à l\'urgence pour automutilation (coupures superficielles aux avant-bras), idées suicidaires passives. Congé avec plan de sécurité.',
                       '%s was seen in the ED for self-harm (superficial forearm cuts), passive suicidal ideation. Discharged with a safety plan.')
                     % ((nm, 'e' if k.sex == 'F' else '') if lang == 'fr' else (nm,)))
    lines.append(rng.choice([L(lang, 'Ne souhaite PAS que ses parents soient informés (14 ans et plus, consentement autonome).',
                               'Does NOT want parents informed (14+, can consent on their own in Québec).'),
                             L(lang, 'Contexte : conflit important avec le beau-père, consommation de cannabis quotidienne.',
                               'Context: major conflict with stepfather, daily cannabis use.'),
                             L(lang, 'Vit en alternance chez sa mère et en centre jeunesse (placement volontaire).',
                               'Lives alternately with mother and in a group home (voluntary placement).')]))
    if k.nam and rng.random() < 0.5:
        lines.append('NAM %s' % fmt_nam(k.nam, rng))
        T.add('ramq_nam')
    lines.append(L(lang, 'Peux-tu la/le voir en priorité au CLSC ?', 'Could you see them at the CLSC as a priority?'))
    lines.append(sig(st, lang, rng, disclaimer=True))
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Clinique jeunesse CLSC', 'CLSC youth clinic'), 'cliniquejeunesse@' + CLSC_DOM)],
                rng.choice([L(lang, 'Confidentiel – ado', 'Confidential – teen'), L(lang, 'Suivi %s', 'Follow-up %s') % k.first, L(lang, 'Référence clinique jeunesse', 'Youth clinic referral')]),
                '\n'.join(lines) + '\n', headers=[('Sensitivity', 'Confidential')])
    return spec, T, 'adolescent medicine, sensitive content'


def P_filename_only(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(0, 16), from_list=rng.random() < 0.5)
    st = rng.choice(STAFF[:13])
    dxk = w.dx(k, list(DXD))
    d = DXD[dxk]
    T = {'patient_name', 'diagnosis'}
    content = [L(lang, 'Enfant : %s %s', 'Child: %s %s') % (k.first, k.last), L(lang, 'Diagnostic : %s', 'Diagnosis: %s') % d[1 if lang == 'fr' else 2]]
    if rng.random() < 0.6:
        content.insert(1, L(lang, 'Né(e) le %s', 'Born %s') % fdate(k.dob, lang, rng, 'long'))
        T.add('date_of_birth')
    if d[3]:
        content.append(L(lang, 'Traitement : %s', 'Treatment: %s') % d[3 if lang == 'fr' else 4])
        T.add('medication')
    if dxk in LABS and rng.random() < 0.6:
        content.append(L(lang, 'Résultats : %s', 'Results: %s') % LABS[dxk][0 if lang == 'fr' else 1])
        T.add('lab_result')
    content.append(L(lang, 'Plan : revoir dans 3 mois.', 'Plan: review in 3 months.'))
    kind = rng.choice(['pdf', 'docx'])
    base = rng.choice([L(lang, 'Note_evolution', 'Progress_note'), L(lang, 'Lettre_medecin', 'Letter_to_MD'), L(lang, 'Sommaire', 'Summary')])
    fname = kfile(k, base, kind, rng)
    if fname.startswith(k.mrn):
        fname = '%s_%s_%s.%s' % (k.last, k.first, base, kind)
    if kind == 'pdf':
        data, mt, stype = make_pdf(base.replace('_', ' '), content, st[0]), 'application', 'pdf'
    else:
        data, mt, stype = make_docx(base.replace('_', ' '), content, None, st[0]), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'
    body = rng.choice([L(lang, 'Comme convenu, voici le document.', 'As discussed, see attached.'), L(lang, 'Ci-joint.', 'Attached.'),
                       L(lang, 'Pour ton dossier.', 'For your files.')])
    body = '%s\n\n%s\n%s\n' % (greet(lang, rng), body, sig(st, lang, rng))
    to = [rng.choice([('Dre Josiane Tessier', 'josiane.tessier@gmf-vieuxmoulin.example'), staff_addr(rng.choice(STAFF[:8])),
                      (L(lang, 'Archives', 'Records'), 'archives@' + HOSP_DOM)])]
    spec = Spec(lang, staff_addr(st), to, rng.choice(['Document', L(lang, 'Doc demandé', 'Requested doc'), L(lang, 'TR: document', 'FW: document')]),
                body, atts=[(fname, mt, stype, data)])
    return spec, T, 'bland body; patient named in attachment file name and content'


SYMPT = [('fièvre à 39,5 depuis 3 jours et ne boit presque plus', 'fever 39.5 for 3 days and barely drinking'),
         ('a fait une convulsion ce matin (2 min), maintenant correct', 'had a seizure this morning (2 min), fine now'),
         ('vomit tous ses médicaments depuis hier (Keppra)', 'has been vomiting all her/his meds since yesterday (Keppra)'),
         ('glycémies à 22 ce matin avec cétones modérées', 'sugars at 22 this morning with moderate ketones'),
         ('éruption après la 1re dose d\'amoxicilline', 'rash after first dose of amoxicillin')]


def P_secretary_note(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(0, 12), from_list=rng.random() < 0.4)
    st = rng.choice([STAFF[14], STAFF[14], STAFF[8]])
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    sy = rng.choice(SYMPT)
    who, p = parent_ref(k, lang, rng)
    if lang == 'fr':
        txt = 'Message tél. %s : %s%s a appelé pour %s – %s. Souhaite être rappelé%s au %s%s.' % (
            rng.choice(['10 h 12', '14 h 40', 'ce matin']), ('la mère ' if p.sex == 'F' else 'le père ') + de(k.first) + ' (' + parent_title(p, lang, rng) + p.surname + ')', '',
            k.first, sy[0], 'e' if p.sex == 'F' else '', k.phone, rng.choice(['', ' après 16 h', ' (cell)']))
    else:
        txt = 'Phone msg %s: %s%s (%s\'s %s) called re %s – %s. Please call back at %s%s.' % (
            rng.choice(['10:12', '2:40 pm', 'this am']), parent_title(p, lang, rng), p.surname, k.first, 'mom' if p.sex == 'F' else 'dad',
            k.first, sy[1], k.phone, rng.choice(['', ' after 4', ' (cell)']))
    if 'Keppra' in txt:
        T.add('medication')
    if rng.random() < 0.4:
        txt += L(lang, ' Dossier %s.', ' MRN %s.') % fmt_mrn(k.mrn, rng)
        T.add('mrn')
    txt = typos(txt, lang, rng, 0.4) + '\n\n' + rng.choice([first_name(st), first_name(st) + '\n' + L(lang, 'Centre de rendez-vous', 'Appointment centre'), '']) + '\n'
    spec = Spec(lang, staff_addr(st), [staff_addr(rng.choice(STAFF[:8]))],
                rng.choice([L(lang, 'Message tél.', 'Phone message'), L(lang, 'À rappeler', 'Call back'), L(lang, 'Appel parent – %s', 'Parent call – %s') % k.first]),
                txt, transport=rng.choice(['plain-utf8-8bit', 'plain-cp1252-8bit', 'plain-latin1-qp', 'html-utf8-qp']))
    return spec, T, 'phone message about a child with callback number'


LANGS = [('arabe', 'Arabic'), ('dari', 'Dari'), ('tigrinya', 'Tigrinya'), ('espagnol', 'Spanish'), ('créole haïtien', 'Haitian Creole'), ('ukrainien', 'Ukrainian')]


def P_interpreter(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(0, 14), from_list=rng.random() < 0.4)
    st = rng.choice([STAFF[14], STAFF[9], STAFF[17]])
    T = {'patient_name', 'diagnosis', 'social_information'}
    lg = rng.choice(LANGS)
    dxk = w.dx(k, ['sickle', 'cf', 'gdd', 'asd', 'epilepsy'])
    d = DXD[dxk]
    appt = ref + dt.timedelta(days=rng.randint(3, 12))
    lines = [greet(lang, rng), '',
             L(lang, 'Nous avons besoin d\'un(e) interprète en %s le %s à %s (durée 1 h 30).', 'We need a %s interpreter on %s at %s (1.5 h).')
             % (lg[0 if lang == 'fr' else 1], fdate(appt, lang, rng), rng.choice(['9 h', '13 h 30', '10:30'])),
             L(lang, 'Patient : %s – annonce du diagnostic (%s) aux parents.', 'Patient: %s – disclosure of diagnosis (%s) to parents.') % (kname(k, rng), d[1 if lang == 'fr' else 2]),
             rng.choice([L(lang, 'Les parents sont réfugiés pris en charge par l\'État, arrivés il y a 5 mois; le père ne parle ni français ni anglais.',
                            'Parents are government-assisted refugees, arrived 5 months ago; father speaks neither French nor English.'),
                          L(lang, 'La mère est seule avec 4 enfants; statut migratoire précaire (demande d\'asile en cours).',
                            'Mother is alone with 4 children; precarious immigration status (asylum claim pending).')])]
    if rng.random() < 0.4:
        lines.append(L(lang, 'Famille joignable au %s.', 'Family can be reached at %s.') % k.phone)
        T.add('patient_contact')
    lines.append(L(lang, 'Préférence : interprète en personne (sujet sensible).', 'In-person interpreter preferred (sensitive topic).'))
    lines.append(sig(st, lang, rng))
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Banque d\'interprètes', 'Interpreter bank'), 'demandes@bii.example')],
                L(lang, 'Demande d\'interprète – %s', 'Interpreter request – %s') % lg[0 if lang == 'fr' else 1], '\n'.join(lines) + '\n')
    return spec, T, 'interpreter booking with diagnosis and family context'


def P_transition(w, lang, when):
    rng = w.rng
    ref = when.date()
    p = w.list_young_adult()
    st = rng.choice([STAFF[5], STAFF[4], STAFF[17], STAFF[13]])
    dxk = {'karim.belhadj': 'cf', 'meilin.zhou': 't1d', 'rachel.goldstein': 'sickle', 'jennifer.walsh': 't1d'}[st[3]]
    d = DXD[dxk]
    T = {'patient_name', 'ramq_nam', 'diagnosis', 'medication'}
    dob_in = rng.random() < 0.7
    if dob_in:
        T.add('date_of_birth')
    lines = [greet(lang, rng), '',
             L(lang, 'Transfert de soins vers la clinique adulte pour %s%s (%s)%s.', 'Transition of care to the adult clinic for %s%s (%s)%s.')
             % (parent_title(p, lang, rng), p.full if rng.random() < 0.6 else '%s, %s' % (p.surname.upper(), p.given), 'NAM ' + fmt_nam(p.nam, rng),
                (L(lang, ', née le %s' if p.sex == 'F' else ', né le %s', ', DOB %s') % fdate(p.dob, lang, rng)) if dob_in else ''),
             L(lang, 'Diagnostic : %s, suivi ici depuis l\'enfance.', 'Diagnosis: %s, followed here since childhood.') % d[1 if lang == 'fr' else 2],
             L(lang, 'Médication : %s.', 'Medications: %s.') % d[3 if lang == 'fr' else 4]]
    if dxk in LABS:
        lines.append(L(lang, 'Derniers résultats : %s.', 'Latest results: %s.') % LABS[dxk][0 if lang == 'fr' else 1])
        T.add('lab_result')
    if rng.random() < 0.5:
        a, _ = address(rng, lang)
        lines.append(L(lang, 'Nouvelle adresse (appartement étudiant) : %s, cell. %s', 'New address (student apartment): %s, cell %s') % (a, phone(rng)))
        T.add('patient_contact')
    if rng.random() < 0.4:
        lines.append(L(lang, 'Enjeux : adhésion au traitement irrégulière depuis le départ du domicile familial.', 'Issues: adherence has been irregular since moving out of the family home.'))
        T.add('social_information')
    lines.append(sig(st, lang, rng))
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Clinique adulte – CHU des Rivières', 'Adult clinic – Rivers University Hospital'), 'transition@churivieres.example')],
                rng.choice([L(lang, 'Transition – %s', 'Transition – %s') % p.surname, L(lang, 'Transfert pédiatrie-adulte', 'Paeds-to-adult transfer')]),
                '\n'.join(lines) + '\n')
    return spec, T, 'paediatric-to-adult transition for a young adult (NAM)'


def P_dpj_placement(w, lang, when):
    rng = w.rng
    ref = when.date()
    k = w.kid(lang, ref, age=(1, 13), from_list=rng.random() < 0.55)
    wk = rng.choice(DPJ_WORKERS)
    T = {'patient_name', 'social_information', 'patient_contact'}
    fam = w.adult('F')
    lines = [greet(lang, rng), '',
             L(lang, 'Je suis l\'intervenant%s DPJ au dossier %s.', 'I am the DYP worker for %s%s.') % (('e' if wk[0] in ('Isabelle Rioux', 'Tanya Brooks', 'Alexandra Duval') else '', de(kname(k, rng))) if lang == 'fr' else ('', kname(k, rng))),
             L(lang, 'Depuis le %s, %s est confié%s à une famille d\'accueil (Mme %s %s, %s) en vertu d\'une ordonnance du tribunal (art. 38 b LPJ).',
               'Since %s, %s has been placed in a foster home (Ms. %s %s, %s) under a court order (s. 38 b YPA).') % (
                 (fdate(ref - dt.timedelta(days=rng.randint(10, 90)), 'fr', rng), k.first, 'e' if k.sex == 'F' else '', fam.given, fam.surname, k.phone2) if lang == 'fr' else
                 (fdate(ref - dt.timedelta(days=rng.randint(10, 90)), 'en', rng), k.first, fam.given, fam.surname, k.phone2)),
             L(lang, 'Les contacts avec la mère (%s %s) sont supervisés; le père n\'a aucun accès. La DPJ consent aux soins.',
               'Contacts with the mother (%s %s) are supervised; the father has no access. DYP consents to care.') % (k.mother.given, k.mother.surname)]
    if rng.random() < 0.6:
        dxk = w.dx(k, ['asthma', 'iron', 'eczema', 'adhd', 'gdd'])
        lines.append(L(lang, 'Merci de nous aviser de tout rendez-vous; suivi pour %s à votre clinique.', 'Please let us know about appointments; followed at your clinic for %s.') % DXD[dxk][1 if lang == 'fr' else 2])
        T.add('diagnosis')
    ids = ident_line(k, lang, rng, T, dob_p=0.5, nam_p=0.5, mrn_p=0.3)
    if ids:
        idl = ' ; '.join(ids)
        lines.append(L(lang, 'Pour votre dossier : ', 'For your file: ') + idl)
    lines += [thanks(lang, rng), wk[0], L(lang, wk[1], wk[2]), DPJ[lang]]
    spec = Spec(lang, (wk[0], '%s@%s' % (wk[3], DPJ_DOM)), [staff_addr(rng.choice([STAFF[9], STAFF[10], STAFF[14]]))],
                rng.choice([L(lang, 'Placement – %s', 'Placement – %s') % k.first, L(lang, 'Info DPJ', 'DYP info'), L(lang, 'Confidentiel – famille d\'accueil', 'Confidential – foster placement')]),
                '\n'.join(lines) + '\n', headers=[('Sensitivity', 'Private')])
    return spec, T, 'youth-protection placement notice to hospital'


def P_mother_baby(w, lang, when):
    rng = w.rng
    ref = when.date()
    m = w.list_parent('F')
    st = rng.choice([STAFF[2], STAFF[1], STAFF[8]])
    T = {'patient_name', 'ramq_nam', 'lab_result', 'medication', 'diagnosis', 'mrn'}
    sex = rng.choice('FM')
    first = rng.choice(KID_F if sex == 'F' else KID_M)
    father = w.list_parent('M') if rng.random() < 0.3 else w.adult('M')
    last = m.surname if rng.random() < 0.5 else father.surname
    bdob = ref - dt.timedelta(days=rng.randint(1, 12))
    mrn = gen_mrn(rng)
    w.reg('mrn', mrn)
    ga = rng.randint(34, 40)
    scen = rng.choice(['hbv', 'gbs', 'hcv'])
    lines = [greet(lang, rng), '']
    lines.append(L(lang, 'Bébé %s %s (dossier %s), %s le %s à %d SA.', 'Baby %s %s (MRN %s), born %s at %d weeks.')
                 % ((first, last, fmt_mrn(mrn, rng), 'né' if sex == 'M' else 'née', fdate(bdob, 'fr', rng), ga) if lang == 'fr'
                    else (first, last, fmt_mrn(mrn, rng), fdate(bdob, 'en', rng), ga)))
    T.add('date_of_birth')
    mline = L(lang, 'Mère : %s %s, NAM %s', 'Mother: %s %s, RAMQ %s') % (m.given, m.surname, fmt_nam(m.nam, rng))
    if rng.random() < 0.6:
        mline += L(lang, ', DDN %s', ', DOB %s') % fdate(m.dob, lang, rng)
    lines.append(mline + ', G%dP%d.' % (rng.randint(1, 5), rng.randint(0, 3)))
    if father.nam and rng.random() < 0.7:
        lines.append(L(lang, 'Père : %s %s, NAM %s.', 'Father: %s %s, RAMQ %s.') % (father.given, father.surname, fmt_nam(father.nam, rng)))
    if scen == 'hbv':
        lines.append(L(lang, 'Sérologies maternelles : AgHBs positif (porteuse chronique, ADN VHB 2,1 x 10^5 UI/mL), VIH nég., syphilis nég.',
                       'Maternal serology: HBsAg positive (chronic carrier, HBV DNA 2.1 x 10^5 IU/mL), HIV neg, syphilis neg.'))
        lines.append(L(lang, 'Bébé a reçu HBIG 0,5 mL IM + Engerix-B 10 mcg à 6 h de vie. Anti-HBs à faire à 9 mois.',
                       'Baby received HBIG 0.5 mL IM + Engerix-B 10 mcg at 6 h of life. Anti-HBs due at 9 months.'))
    elif scen == 'gbs':
        lines.append(L(lang, 'Mère SGB positive, antibioprophylaxie incomplète (1 dose de pénicilline G 2 h avant l\'accouchement), rupture des membranes 22 h.',
                       'Mother GBS positive, incomplete intrapartum prophylaxis (1 dose penicillin G 2 h before delivery), ROM 22 h.'))
        lines.append(L(lang, 'Bébé : hémoculture négative à 48 h, CRP 4. Ampicilline + gentamicine cessées.', 'Baby: blood culture negative at 48 h, CRP 4. Ampicillin + gentamicin stopped.'))
    else:
        lines.append(L(lang, 'Mère anti-VHC positive, ARN VHC détectable (1,4 x 10^6 UI/mL); consommation d\'opioïdes, sous méthadone 80 mg DIE.',
                       'Mother anti-HCV positive, HCV RNA detectable (1.4 x 10^6 IU/mL); opioid use, on methadone 80 mg daily.'))
        lines.append(L(lang, 'Bébé : score de Finnegan max 9, morphine orale débutée. Suivi VHC du nourrisson à 2 et 18 mois.',
                       'Baby: max Finnegan score 9, oral morphine started. Infant HCV follow-up at 2 and 18 months.'))
        T.add('social_information')
    if rng.random() < 0.4:
        lines.append(L(lang, 'Adresse de la mère : %s, cell. %s', 'Mother\'s address: %s, cell %s') % (address(rng, lang)[0], phone(rng)))
        T.add('patient_contact')
    if rng.random() < 0.4:
        lines.append(L(lang, 'Mère sans médecin de famille; suivie par la TS (insécurité alimentaire, logement).', 'Mother has no family doctor; followed by SW (food insecurity, housing).'))
        T.add('social_information')
    lines.append(sig(st, lang, rng, disclaimer=True))
    to = rng.choice([(L(lang, 'Santé publique – MADO', 'Public Health – notifiable diseases'), 'mado@santepublique-vdh.example'),
                     (L(lang, 'Périnatalité CLSC', 'CLSC perinatal'), 'perinatalite@' + CLSC_DOM)])
    spec = Spec(lang, staff_addr(st), [to], rng.choice([L(lang, 'Nouveau-né – suivi %s', 'Newborn follow-up – %s') % L(lang, 'VHB' if scen == 'hbv' else 'SGB' if scen == 'gbs' else 'VHC', 'HBV' if scen == 'hbv' else 'GBS' if scen == 'gbs' else 'HCV'),
                                                       L(lang, 'Bébé %s', 'Baby %s') % last]), '\n'.join(lines) + '\n')
    return spec, T, 'newborn with maternal serology; mother identified by NAM'


def P_sibling_dpj(w, lang, when):
    rng = w.rng
    ref = when.date()
    fams = {}
    for p in w.people:
        if p.dob.year >= 2007:
            fams.setdefault(p.surname, []).append(p)
    fams = [v for v in fams.values() if len(v) >= 2]
    low = min(sum(w.usage[p.nam] for p in f) for f in fams)
    sibs = sorted(rng.choice([f for f in fams if sum(w.usage[p.nam] for p in f) == low]), key=lambda p: p.dob)
    for p in sibs:
        w.usage[p.nam] += 1
    wk = rng.choice(DPJ_WORKERS)
    T = {'patient_name', 'social_information', 'ramq_nam'}
    mom = w.adult('F')
    lines = [greet(lang, rng), '',
             L(lang, 'Suite à la décision du tribunal, la fratrie %s est confiée à la même famille d\'accueil depuis le %s :',
               'Following the court decision, the %s siblings have been placed together in the same foster home since %s:') % (sibs[0].surname, fdate(ref - dt.timedelta(days=rng.randint(5, 40)), lang, rng))]
    for p in sibs:
        bits = ['%s %s' % (p.given, p.surname), 'NAM %s' % fmt_nam(p.nam, rng)]
        if rng.random() < 0.6:
            bits.append(L(lang, 'DDN %s', 'DOB %s') % fdate(p.dob, lang, rng, 'iso'))
            T.add('date_of_birth')
        lines.append('  - ' + ', '.join(bits))
    lines.append(L(lang, 'Motif de compétence : négligence sur le plan de la santé (vaccins non faits, rendez-vous manqués); la mère, %s %s, est en thérapie pour dépendance.',
                   'Grounds: neglect of health needs (missed vaccines and appointments); the mother, %s %s, is in addiction treatment.') % (mom.given, mom.surname))
    kk = Kid()
    kk.nam = sibs[-1].nam
    allf = all(p.sex == 'F' for p in sibs)
    lines.append(L(lang, 'Nous demandons un bilan de santé complet pour %s (mise à jour vaccinale, dépistage visuel et auditif). %s est suivi%s pour %s.'
                   % ('chacune' if allf else 'chacun', sibs[-1].given, 'e' if sibs[-1].sex == 'F' else '', DXD[w.dx(kk, ['asthma', 'eczema', 'dld'])][1]),
                   'We are requesting a full health check for each child (immunization update, vision and hearing screen). %s is followed for %s.'
                   % (sibs[-1].given, DXD[w.dx(kk, ['asthma', 'eczema', 'dld'])][2])))
    T.add('diagnosis')
    if rng.random() < 0.5:
        lines.append(L(lang, 'Famille d\'accueil joignable au %s.', 'Foster family can be reached at %s.') % phone(rng))
        T.add('patient_contact')
    lines += [thanks(lang, rng), wk[0], L(lang, wk[1], wk[2]), DPJ[lang]]
    spec = Spec(lang, (wk[0], '%s@%s' % (wk[3], DPJ_DOM)), [staff_addr(rng.choice([STAFF[9], STAFF[10], STAFF[0]]))],
                rng.choice([L(lang, 'Fratrie %s – bilan de santé', '%s siblings – health check') % sibs[0].surname, L(lang, 'Demande DPJ – bilan de santé', 'DYP request – health check')]),
                '\n'.join(lines) + '\n', headers=[('Sensitivity', 'Private')])
    return spec, T, 'DPJ request for siblings placed together (NAMs)'


# wrappers -------------------------------------------------------------------

WRAPPABLE = ['P_referral', 'P_lab_terse', 'P_school_nurse', 'P_dpj_report', 'P_secretary_note', 'P_pharmacy_rx', 'P_teen_confidential',
             'P_vax_catchup', 'P_transition', 'P_interpreter', 'P_dpj_placement', 'P_ontario_transfer']


def _inner(w, lang, when, need_no_atts):
    rng = w.rng
    while True:
        fn = globals()[rng.choice(WRAPPABLE)]
        spec, T, note = fn(w, lang, when)
        if not (need_no_atts and spec.atts):
            return spec, T, note, fn.__name__[2:]


def P_reply_quoted(w, lang, when):
    rng = w.rng
    earlier = when - dt.timedelta(hours=rng.randint(2, 50))
    inner, T, note, src = _inner(w, lang, earlier, True)
    replier = inner.to[0]
    top = rng.choice([L(lang, 'Merci, c\'est noté.', 'Thanks, noted.'), L(lang, 'Parfait, je m\'en occupe.', 'Got it, will handle.'),
                      L(lang, 'Bien reçu, merci.', 'Received, thank you.'), L(lang, 'Reçu 👍', 'Got it 👍'), 'Ok merci' if lang == 'fr' else 'ok thx'])
    body = top + '\n\n' + rng.choice([replier[0].split()[0], '']) + '\n\n' + quoted_header(lang, rng, inner.frm, earlier, formataddr(replier), inner.subject) + '\n' + quote(inner.text) + '\n'
    if rng.random() < 0.3:
        # Outlook style: not prefixed with '>' at all
        body = top + '\n\n' + quoted_header(lang, rng, inner.frm, earlier, formataddr(replier), inner.subject, 'outlook') + '\n\n' + inner.text
    subj = L(lang, rng.choice(['RE : ', 'RE: ', 'Re: ']), rng.choice(['RE: ', 'Re: '])) + inner.subject
    spec = Spec(lang, replier, [inner.frm], subj, body,
                headers=[('In-Reply-To', '<%08x@%s>' % (rng.getrandbits(32), inner.frm[1].split('@')[1])), ('Thread-Topic', inner.subject)])
    return spec, T, 'reply; patient content only in quoted part (%s)' % src


def P_fwd_eml(w, lang, when):
    rng = w.rng
    earlier = when - dt.timedelta(hours=rng.randint(3, 120))
    inner, T, note, src = _inner(w, lang, earlier, False)
    inner.date = earlier
    fwd_by = inner.to[0]
    to = staff_addr(rng.choice(STAFF))
    comment = rng.choice([L(lang, 'Pour info, voir le courriel ci-joint.', 'FYI, see the attached e-mail.'),
                          L(lang, 'Peux-tu regarder ça ? Merci', 'Can you take a look? Thanks'),
                          L(lang, 'Je te transfère, c\'est ton secteur.', 'Forwarding to you, your area.')])
    if rng.random() < 0.5:
        msgid = '<%08x.%d@%s>' % (rng.getrandbits(32), w.msg_no, inner.frm[1].split('@')[1])
        em = inner_eml(inner, rng, msgid)
        body = comment + '\n\n' + fwd_by[0] + '\n'
        atts = [(rng.choice(['message.eml', L(lang, 'courriel transféré.eml', 'forwarded message.eml'), (inner.subject[:40] + '.eml')]), 'message', 'rfc822', em)]
        kind = 'attached .eml'
    else:
        body = comment + '\n\n' + forward_block(lang, rng, inner.frm, earlier, formataddr(fwd_by), inner.subject, inner.text)
        atts = inner.atts
        kind = 'inline forward'
    subj = L(lang, rng.choice(['TR : ', 'TR: ', 'Fwd: ']), rng.choice(['FW: ', 'Fwd: '])) + inner.subject
    spec = Spec(lang, fwd_by, [to], subj, body, atts=atts)
    return spec, T, 'forward (%s) of %s' % (kind, src)


POS_TEMPLATES = [
    ('referral', P_referral), ('nicu_followup', P_nicu_followup), ('vax_catchup', P_vax_catchup), ('dev_assessment', P_dev_assessment),
    ('dpj_report', P_dpj_report), ('school_nurse', P_school_nurse), ('lab_terse', P_lab_terse), ('transport_booking', P_transport_booking),
    ('clinic_roster', P_clinic_roster), ('ics_invite', P_ics_invite), ('vcard_parent', P_vcard_parent), ('zip_bundle', P_zip_bundle),
    ('ontario_transfer', P_ontario_transfer), ('france_family', P_france_family), ('belgian_family', P_belgian_family),
    ('sin_parent', P_sin_parent), ('discharge_summary', P_discharge_summary), ('growth_html', P_growth_html),
    ('pharmacy_rx', P_pharmacy_rx), ('teen_confidential', P_teen_confidential), ('filename_only', P_filename_only),
    ('secretary_note', P_secretary_note), ('interpreter', P_interpreter), ('transition', P_transition),
    ('dpj_placement', P_dpj_placement), ('reply_quoted', P_reply_quoted), ('fwd_eml', P_fwd_eml),
    ('mother_baby', P_mother_baby), ('sibling_dpj', P_sibling_dpj),
]

# ---------------------------------------------------------------------------
# NEGATIVE templates — each returns (Spec, note); no patient is identifiable
# ---------------------------------------------------------------------------

def ascii_local(name):
    import unicodedata
    t = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower().replace(' ', '.')
    return re.sub(r'[^a-z.]', '', t)


def admin_addr(rng, dom=HOSP_DOM):
    n = rng.choice(ADMIN_STAFF)
    return n, (n, '%s@%s' % (ascii_local(n), dom))


def admin_sig(name, role, lang, rng, org=None):
    org = org or HOSP[lang]
    out = '\n%s\n%s\n%s' % (name, role, org)
    if rng.random() < 0.6:
        out += '\n' + HOSP_ADDR[lang] + '\n' + L(lang, 'Tél. ', 'Tel. ') + hosp_phone(rng)
    if rng.random() < 0.3:
        out += '\n\n' + L(lang, 'Ce courriel peut contenir des renseignements confidentiels.', 'This e-mail may contain confidential information.')
    return out


ALL_STAFF_LIST = [('Tous les employés', 'tous@' + HOSP_DOM), ('All staff', 'allstaff@' + HOSP_DOM)]


def all_staff(lang, rng):
    first = ALL_STAFF_LIST[0] if lang == 'fr' else ALL_STAFF_LIST[1]
    return first if rng.random() < 0.8 else rng.choice(ALL_STAFF_LIST)


def N_vax_stats(w, lang, when):
    rng = w.rng
    st = STAFF[8]
    schools = SCHOOLS_FR + SCHOOLS_EN
    rows = [[L(lang, 'École', 'School'), L(lang, 'Élèves 4e année', 'Grade 4 pupils'), 'HPV-9 %', 'HBV %', L(lang, 'Refus', 'Refusals')]]
    for s in rng.sample(schools, 6):
        n = rng.randint(38, 140)
        rows.append([s, n, round(rng.uniform(71, 96), 1), round(rng.uniform(80, 98), 1), rng.randint(0, 9)])
    lines = [greet(lang, rng), '',
             L(lang, 'Voici le bilan préliminaire de la campagne de vaccination scolaire %d-%d (4e année et 3e secondaire).',
               'Here are the preliminary results of the %d-%d school vaccination campaign (grade 4 and sec. 3).') % (when.year - 1, when.year),
             L(lang, 'Couverture globale VPH : %.1f %% (cible régionale 90 %%). Couverture dcaT 3e sec. : %.1f %%.',
               'Overall HPV coverage: %.1f%% (regional target 90%%). Tdap sec. 3 coverage: %.1f%%.') % (rng.uniform(78, 89), rng.uniform(80, 92)),
             L(lang, '%d élèves absents lors de la 1re visite seront rattrapés en mai. Aucune MCI grave déclarée (2 syncopes vasovagales, 1 réaction locale).',
               '%d pupils absent at the first visit will be caught up in May. No serious AEFI reported (2 vasovagal syncopes, 1 local reaction).') % rng.randint(20, 90)]
    atts = []
    r = rng.random()
    if r < 0.35:
        atts.append(('bilan_campagne_%d.xlsx' % when.year, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     make_xlsx([(L(lang, 'Couverture', 'Coverage'), rows)], st[0])))
        lines.append(L(lang, 'Détail par école dans le fichier joint.', 'School-level detail in the attached file.'))
    elif r < 0.7:
        atts.append(('couverture_vaccinale_%d.csv' % when.year, 'text', 'csv',
                     make_csv([[str(x) for x in row] for row in rows], ';' if lang == 'fr' else ',', rng.choice(['utf-8', 'windows-1252']))))
        lines.append(L(lang, 'Détail par école dans le fichier CSV joint.', 'School-level detail in the attached CSV.'))
    else:
        lines.append('')
        for r in rows:
            lines.append('  '.join(str(x) for x in r))
    lines.append(sig(st, lang, rng))
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Équipe santé scolaire', 'School health team'), 'santescolaire@' + CLSC_DOM)],
                L(lang, 'Bilan campagne vaccination scolaire', 'School vaccination campaign – results'), '\n'.join(lines) + '\n', atts=atts)
    return spec, 'aggregate vaccination coverage statistics'


LEAFLETS = [
    ('La fièvre chez l\'enfant', 'Fever in children',
     ['La fièvre est une température rectale de 38,0 °C ou plus.', 'Acétaminophène : 15 mg/kg toutes les 4 à 6 h (max 5 doses/24 h).',
      'Ibuprofène : 10 mg/kg toutes les 6 à 8 h, à partir de 6 mois.', 'Consultez si votre bébé a moins de 3 mois et fait de la fièvre.',
      'Nom de l\'enfant : ______________________   Poids : ______ kg'],
     ['Fever is a rectal temperature of 38.0 C or higher.', 'Acetaminophen: 15 mg/kg every 4-6 h (max 5 doses/24 h).',
      'Ibuprofen: 10 mg/kg every 6-8 h, from 6 months of age.', 'See a doctor if your baby is under 3 months and has a fever.',
      'Child\'s name: ______________________   Weight: ______ kg']),
    ('La bronchiolite', 'Bronchiolitis',
     ['Infection virale (souvent le VRS) touchant les bébés de moins de 1 an.', 'Lavages de nez avant les boires, petits boires fréquents.',
      'Signes d\'alerte : tirage, pauses respiratoires, moins de 3 couches mouillées par jour.'],
     ['Viral infection (often RSV) of babies under 1 year.', 'Saline nose drops before feeds, small frequent feeds.',
      'Warning signs: retractions, breathing pauses, fewer than 3 wet diapers a day.']),
    ('Les poux, pas de panique !', 'Head lice: don\'t panic!',
     ['Les poux ne transmettent pas de maladie.', 'Traitement : 2 applications à 7-10 jours d\'intervalle.', 'Avisez l\'école, sans gêne !'],
     ['Lice do not spread disease.', 'Treatment: 2 applications 7-10 days apart.', 'Let the school know - no shame!']),
    ('Retour à la maison après la néonatalogie', 'Going home from the NICU',
     ['Vitamine D 400 UI par jour pour tous les bébés allaités.', 'Couchez toujours bébé sur le dos.', 'Votre rendez-vous de suivi : ____/____/______ à ______ h'],
     ['Vitamin D 400 IU daily for all breastfed babies.', 'Always put baby to sleep on their back.', 'Your follow-up appointment: ____/____/______ at ______']),
]


def N_parent_leaflet(w, lang, when):
    rng = w.rng
    lf = rng.choice(LEAFLETS)
    st = rng.choice(STAFF[:9])
    title = lf[0 if lang == 'fr' else 1]
    content = lf[2 if lang == 'fr' else 3] + [L(lang, 'Info-Santé : 811 – %s', 'Info-Santé: 811 – %s') % HOSP[lang], 'Rév. %s' % when.strftime('%Y-%m')]
    lines = [greet(lang, rng), '',
             L(lang, 'Voici la version finale du dépliant « %s » pour les parents, révisée par %s.', 'Here is the final version of the parent leaflet "%s", reviewed by %s.') % (title, st[0]),
             L(lang, 'Pouvez-vous l\'envoyer à l\'imprimerie (500 copies FR, 250 EN) ?', 'Could you send it to print (500 FR, 250 EN copies)?'),
             sig(st, lang, rng)]
    pdf = make_pdf(title, content, 'Communications')
    spec = Spec(lang, staff_addr(st), [('Communications', 'communications@' + HOSP_DOM)], L(lang, 'Dépliant parents – %s', 'Parent leaflet – %s') % title,
                '\n'.join(lines) + '\n', atts=[('depliant_%s.pdf' % re.sub(r'\W+', '_', title.lower()).strip('_'), 'application', 'pdf', pdf)])
    return spec, 'parent information leaflet (generic dosing, blank fields)'


def N_staff_schedule(w, lang, when):
    rng = w.rng
    nurses = ['Julie Desjardins', 'Annie-Claude Fafard', 'Marc-André Poulin', 'Sandrine Beaupré', 'Jessica Tremblay-Hall', 'Omar Saadi',
              'Kathleen O\'Neil', 'Valérie Lussier', 'Benoît Giguère', 'Priya Raman']
    # note: staff names only
    days = [when.date() + dt.timedelta(days=i) for i in range(7)]
    dn = (['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    hdr = [L(lang, 'Employé', 'Employee'), L(lang, 'No emp.', 'Emp. #')] + ['%s %02d' % (dn[d.weekday()], d.day) for d in days]
    rows = [hdr]
    for n in rng.sample(nurses, 7):
        rows.append([n, '%06d' % rng.randint(100000, 999999)] + [rng.choice(['J', 'S', 'N', '-', '-', 'J8', 'S12']) for _ in days])
    unit = rng.choice([L(lang, 'USIN', 'NICU'), L(lang, 'Unité 4B', 'Unit 4B'), L(lang, 'Urgence', 'ED'), L(lang, 'Clinique de vaccination', 'Vaccination clinic')])
    name, frm = admin_addr(rng)
    lines = [greet(lang, rng, L(lang, 'à tous', 'all')), '',
             L(lang, 'Horaire de l\'%s pour la semaine du %s. Quart de nuit du jeudi encore à combler (TSO à éviter svp).',
               '%s schedule for the week of %s. Thursday night shift still open (trying to avoid mandatory OT).') % (unit, fdate(days[0], lang, rng)),
             L(lang, 'Légende : J = jour 7h30-15h30, S = soir, N = nuit, J8/S12 = quarts de 8/12 h.', 'Legend: J = day 7:30-15:30, S = evening, N = night, J8/S12 = 8/12 h shifts.')]
    atts = []
    if rng.random() < 0.5:
        atts.append(('horaire_%s.xlsx' % days[0].isoformat(), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('Horaire', rows)], name)))
    else:
        lines.append('')
        lines += ['\t'.join(r) for r in rows]
    lines.append(admin_sig(name, L(lang, 'Assistante infirmière-chef', 'Assistant nurse manager'), lang, rng))
    spec = Spec(lang, frm, [(L(lang, 'Équipe soins', 'Nursing team'), 'equipe.soins@' + HOSP_DOM)], L(lang, 'Horaire semaine du %s', 'Schedule – week of %s') % days[0].isoformat(),
                '\n'.join(lines) + '\n', atts=atts)
    return spec, 'staff schedule with employee numbers'


def N_fundraising(w, lang, when):
    rng = w.rng
    total = rng.randint(800000, 4200000)
    donors = [('Groupe Vachon-Lévesque inc.', 25000), ('Famille Arsenault-Doiron', 10000), ('Les Chevaliers de Colomb, conseil 4471', 5000),
              ('Boulangerie du Coin', 2500), ('Municipalité de Sainte-Prosper', 7500), ('Club de hockey Les Castors', 3200)]
    lines = [greet(lang, rng), '',
             L(lang, 'Grâce à vous, le Radiothon %d de la %s a permis d\'amasser %s $ !', 'Thanks to you, the %d %s Radiothon raised $%s!') % (when.year, FOUNDATION[lang], '{:,}'.format(total).replace(',', ' ' if lang == 'fr' else ',')),
             L(lang, 'Ces fonds serviront à l\'achat de 3 incubateurs pour l\'USIN et au programme de soutien aux familles d\'enfants atteints de cancer (plus de 400 familles par année).',
               'Funds will buy 3 incubators for the NICU and support the program for families of children with cancer (over 400 families a year).'),
             L(lang, 'Un merci spécial à nos grands donateurs :', 'Special thanks to our major donors:')]
    for d, a in rng.sample(donors, 4):
        lines.append('  - %s : %s $' % (d, a) if lang == 'fr' else '  - %s: $%s' % (d, a))
    lines.append(L(lang, 'Les reçus fiscaux (no d\'organisme de bienfaisance 10803 4471 RR0001) seront postés d\'ici le 28 février.',
                   'Tax receipts (charity reg. no. 10803 4471 RR0001) will be mailed by February 28.'))
    lines.append(admin_sig('Vicky Lagacé', L(lang, 'Conseillère, philanthropie', 'Philanthropy advisor'), lang, rng, FOUNDATION[lang]))
    spec = Spec(lang, ('Vicky Lagacé', 'vicky.lagace@' + FOUNDATION['dom']), [all_staff(lang, rng)],
                L(lang, 'Merci ! Résultats du Radiothon', 'Thank you! Radiothon results'), '\n'.join(lines) + '\n')
    return spec, 'fundraising results, donors are not patients'


def N_school_newsletter(w, lang, when):
    rng = w.rng
    nurse = rng.choice(SCHOOL_NURSES)
    items = [(L(lang, 'Vaccination en 4e année', 'Grade 4 vaccination'),
              L(lang, 'L\'infirmière passera le %s pour la 1re dose VPH et hépatite B. Le formulaire de consentement doit être retourné signé.',
                'The nurse will visit on %s for the first HPV and hepatitis B dose. Please return the signed consent form.') % fdate(when.date() + dt.timedelta(days=20), lang, rng)),
             (L(lang, 'Allergies alimentaires', 'Food allergies'),
              L(lang, 'Notre école est « sans arachides ». Si votre enfant a un auto-injecteur (EpiPen), remettez-en un à l\'école avec le formulaire d\'autorisation.',
                'Our school is peanut-free. If your child carries an auto-injector (EpiPen), please give one to the school with the authorization form.')),
             (L(lang, 'Poux', 'Head lice'), L(lang, 'Quelques cas en 2e année. Vérifiez la tête de vos enfants chaque semaine.', 'A few cases in grade 2. Check your children\'s heads weekly.')),
             (L(lang, 'Santé mentale', 'Mental health'), L(lang, 'Ligne Jeunesse, J\'écoute : 1-800-668-6868.', 'Kids Help Phone: 1-800-668-6868.')),
             (L(lang, 'Gastro', 'Stomach bug'), L(lang, 'Gardez votre enfant à la maison 48 h après le dernier vomissement.', 'Keep your child home 48 h after the last vomiting episode.'))]
    sel = rng.sample(items, 4)
    school = rng.choice(SCHOOLS_FR if lang == 'fr' else SCHOOLS_EN)
    html = '<h2>%s – %s</h2>' % (L(lang, 'Info-Santé de l\'école', 'School Health News'), htmlmod.escape(school)) + \
        ''.join('<h3>%s</h3><p>%s</p>' % (htmlmod.escape(a), htmlmod.escape(b)) for a, b in sel) + \
        '<p>%s<br>%s, %s</p>' % (htmlmod.escape(nurse[0]), htmlmod.escape(L(lang, nurse[1], nurse[2])), htmlmod.escape(CLSC[lang]))
    dom = 'cssrb.example' if lang == 'fr' else 'lbsb.example'
    spec = Spec(lang, (nurse[0], '%s@%s' % (nurse[3], dom)), [(L(lang, 'Parents', 'Parents'), 'parents@' + dom)],
                L(lang, 'Info-Santé – %s', 'School Health News – %s') % (MONTHS_FR[when.month - 1] if lang == 'fr' else MONTHS_EN[when.month - 1]),
                html_to_text(html), html=html, transport=rng.choice(['html-utf8-qp', 'alt-utf8-qp', 'alt-cp1252-qp', 'html-latin1-qp', 'html-utf8-b64']))
    return spec, 'school-health newsletter'


def N_blank_form(w, lang, when):
    rng = w.rng
    st = rng.choice([STAFF[14], STAFF[15]])
    kind = rng.choice(['consent', 'referral', 'school'])
    if kind == 'consent':
        title = L(lang, 'Consentement à la vaccination', 'Vaccination consent')
        fields = [L(lang, 'Nom de l\'enfant : ______________________', 'Child\'s name: ______________________'),
                  L(lang, 'Date de naissance : AAAA / MM / JJ', 'Date of birth: YYYY / MM / DD'),
                  'NAM : ____ ____ ____', L(lang, 'Vaccins : [ ] VPH  [ ] HB  [ ] dcaT', 'Vaccines: [ ] HPV  [ ] HB  [ ] Tdap'),
                  L(lang, 'Signature du parent : ______________', 'Parent signature: ______________')]
    elif kind == 'referral':
        title = L(lang, 'Demande de consultation – Clinique du développement', 'Referral form – Child Development Clinic')
        fields = [L(lang, 'Nom, prénom : ____________', 'Last, first name: ____________'), 'NAM / RAMQ : ____________',
                  L(lang, 'No de dossier : ________', 'MRN: ________'), L(lang, 'Motif : [ ] langage [ ] TSA [ ] TDAH [ ] moteur', 'Reason: [ ] language [ ] ASD [ ] ADHD [ ] motor'),
                  L(lang, 'Médecin référent et no de permis : ________', 'Referring MD and licence #: ________')]
    else:
        title = L(lang, 'Formulaire d\'administration de médicament à l\'école', 'School medication administration form')
        fields = [L(lang, 'Élève : ____________  Groupe : ____', 'Student: ____________  Class: ____'), L(lang, 'Médicament / dose / heure : ______', 'Medication / dose / time: ______'),
                  L(lang, 'Allergies : ______', 'Allergies: ______'), L(lang, 'Téléphone du parent : (___) ___-____', 'Parent phone: (___) ___-____')]
    data_kind = rng.choice(['pdf', 'docx'])
    if data_kind == 'pdf':
        att = ('%s.pdf' % re.sub(r'\W+', '_', title)[:40], 'application', 'pdf', make_pdf(title, fields, st[0]))
    else:
        att = ('%s.docx' % re.sub(r'\W+', '_', title)[:40], 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, fields, None, st[0]))
    lines = [greet(lang, rng), '', L(lang, 'Voici le formulaire vierge « %s » (version %s). Merci de détruire les anciennes versions.',
                                      'Attached is the blank "%s" form (version %s). Please discard older versions.') % (title, when.strftime('%Y-%m')), sig(st, lang, rng)]
    spec = Spec(lang, staff_addr(st), [all_staff(lang, rng)], L(lang, 'Nouveau formulaire : %s', 'New form: %s') % title, '\n'.join(lines) + '\n', atts=[att])
    return spec, 'blank form with placeholders'


CASES = [
    ('Garçon de 7 ans connu drépanocytaire (HbSS) qui consulte pour douleur thoracique et fièvre. Hb 68 g/L (base 85), SpO2 91 %, infiltrat lobaire inférieur droit.',
     '7-year-old boy with known HbSS presenting with chest pain and fever. Hb 68 g/L (baseline 85), SpO2 91%, right lower lobe infiltrate.', 'Syndrome thoracique aigu', 'Acute chest syndrome'),
    ('Nourrissonne de 6 semaines, vomissements en jet après chaque boire, perte de poids. Gaz : pH 7,52, HCO3 34, Cl 88.',
     '6-week-old girl, projectile vomiting after every feed, weight loss. Gas: pH 7.52, HCO3 34, Cl 88.', 'Sténose du pylore', 'Pyloric stenosis'),
    ('Adolescente de 15 ans, fatigue et perte de poids; glycémie 31 mmol/L, pH 7,08, cétones 6,2.',
     '15-year-old girl, fatigue and weight loss; glucose 31 mmol/L, pH 7.08, ketones 6.2.', 'Acidocétose diabétique', 'Diabetic ketoacidosis'),
    ('Enfant de 3 ans, fièvre depuis 6 jours, conjonctivite non purulente, lèvres fissurées, CRP 142.',
     '3-year-old, fever for 6 days, non-purulent conjunctivitis, cracked lips, CRP 142.', 'Maladie de Kawasaki', 'Kawasaki disease'),
]


def N_teaching_case(w, lang, when):
    rng = w.rng
    c = rng.choice(CASES)
    st = rng.choice(STAFF[:8] + [STAFF[16]])
    lines = [greet(lang, rng, L(lang, 'chers résidents', 'residents')), '',
             L(lang, 'Cas pour la séance d\'enseignement de jeudi (cas anonymisé, détails modifiés) :', 'Case for Thursday\'s teaching session (anonymised, details altered):'),
             '', c[0 if lang == 'fr' else 1], '',
             L(lang, 'Questions : 1) Diagnostic différentiel ? 2) Prise en charge initiale ? 3) Critères d\'admission aux soins intensifs ?',
               'Questions: 1) Differential? 2) Initial management? 3) PICU admission criteria?'),
             L(lang, '(Réponse : %s – à ne pas divulguer avant la séance !)', '(Answer: %s – don\'t spoil it!)') % c[2 if lang == 'fr' else 3],
             sig(st, lang, rng)]
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Résidents pédiatrie', 'Paediatric residents'), 'residents.pediatrie@' + HOSP_DOM)],
                L(lang, 'Cas clinique – séance de jeudi', 'Teaching case – Thursday'), '\n'.join(lines) + '\n')
    return spec, 'anonymised teaching case with lab values'


def N_oncall(w, lang, when):
    rng = w.rng
    d0 = when.date()
    rows = []
    for i in range(7):
        s = rng.choice(STAFF[:8] + [STAFF[16], STAFF[17]])
        rows.append('%s  %s  %s (%s)  %s %s' % ((d0 + dt.timedelta(days=i)).isoformat(), s[0], s[4] if lang == 'fr' else s[5], s[1] if lang == 'fr' else s[2],
                                              L(lang, 'téléav.', 'pager'), '%d' % rng.randint(1000, 9999)))
    lines = [greet(lang, rng), '', L(lang, 'Garde des spécialistes pour la semaine :', 'Specialist on-call for the week:'), ''] + rows + [
        '', L(lang, 'Rappel : Dr Belhadj prend les appels pour la fibrose kystique et l\'asthme sévère; Dre Goldstein pour l\'hémato-oncologie (drépanocytose, leucémies).',
              'Reminder: Dr. Belhadj covers cystic fibrosis and severe asthma calls; Dr. Goldstein covers haem-onc (sickle cell, leukaemia).')]
    name, frm = admin_addr(rng)
    lines.append(admin_sig(name, L(lang, 'Agente administrative, direction médicale', 'Admin officer, medical affairs'), lang, rng))
    spec = Spec(lang, frm, [(L(lang, 'Standard téléphonique', 'Switchboard'), 'standard@' + HOSP_DOM)], L(lang, 'Garde spécialistes', 'Specialist on-call'),
                '\n'.join(lines) + '\n', transport=rng.choice(['plain-utf8-qp', 'alt-utf8-qp', 'plain-cp1252-8bit']))
    return spec, 'on-call roster: physicians with the diseases they treat'


TALKS = [('Dre Mei Lin Zhou', 'Diabète de type 1 chez l\'enfant : capteurs et pompes en 2025', 'Type 1 diabetes in children: sensors and pumps in 2025'),
         ('Dr Samuel Okafor', 'Dysplasie bronchopulmonaire : devenir à 5 ans', 'Bronchopulmonary dysplasia: 5-year outcomes'),
         ('Dr Olivier Théberge', 'TSA : dépistage précoce en première ligne', 'ASD: early screening in primary care'),
         ('Dre Rachel Goldstein', 'Drépanocytose : hydroxyurée dès 9 mois ?', 'Sickle cell disease: hydroxyurea from 9 months?'),
         ('Dr Neil Fraser', 'Immunothérapie orale aux arachides', 'Peanut oral immunotherapy')]


def N_grand_rounds(w, lang, when):
    rng = w.rng
    t = rng.choice(TALKS)
    d = when.date() + dt.timedelta(days=rng.randint(3, 14))
    start = dt.datetime.combine(d, dt.time(8, 0))
    title = t[1 if lang == 'fr' else 2]
    lines = [greet(lang, rng, L(lang, 'à tous', 'everyone')), '',
             L(lang, 'Grande tournée de pédiatrie – %s, 8 h à 9 h, amphithéâtre Jean-Coutu et Teams.', 'Paediatric Grand Rounds – %s, 8-9 am, Jean-Coutu amphitheatre and Teams.') % fdate(d, lang, rng),
             L(lang, 'Conférencier : %s', 'Speaker: %s') % t[0], L(lang, 'Sujet : %s', 'Topic: %s') % title,
             L(lang, 'Activité reconnue (1 h de crédits, section 1).', 'Accredited activity (1 credit hour, section 1).')]
    name, frm = admin_addr(rng)
    lines.append(admin_sig(name, L(lang, 'Coordonnatrice, enseignement', 'Education coordinator'), lang, rng))
    atts = []
    if rng.random() < 0.5:
        atts.append(('grande_tournee.ics', 'text', 'calendar', make_ics('gr-%s@chpsa.example' % d.isoformat(), 'Grand Rounds: ' + title, start, start + dt.timedelta(hours=1),
                                                                         'Amphithéâtre Jean-Coutu / Teams', t[0], (name, frm[1]))))
    spec = Spec(lang, frm, [all_staff(lang, rng)], L(lang, 'Grande tournée : %s', 'Grand Rounds: %s') % title, '\n'.join(lines) + '\n', atts=atts)
    return spec, 'grand rounds speaker and topic'


def N_invoice(w, lang, when):
    rng = w.rng
    po = luhn_number(rng, 9, '1234567')
    assert ca_sin.is_valid(po)
    items = [('Pompe volumétrique Alaris 8100', 'Alaris 8100 infusion pump', 2, 4890.00),
             ('Moniteur SpO2 néonatal Masimo', 'Masimo neonatal SpO2 monitor', 3, 2150.00),
             ('Incubateur Giraffe OmniBed', 'Giraffe OmniBed incubator', 1, 61500.00),
             ('Réfrigérateur à vaccins 7 pi³', '7 cu ft vaccine refrigerator', 1, 5320.00)]
    sel = rng.sample(items, 2)
    lines_pdf = [L(lang, 'Facture no %s', 'Invoice no. %s') % ('INV-%06d' % rng.randint(10000, 999999)),
                 L(lang, 'Bon de commande : %s', 'Purchase order: %s') % ' '.join([po[:3], po[3:6], po[6:]]), '']
    total = 0
    for it in sel:
        sn = luhn_number(rng, 12)
        lines_pdf.append('%s  x%d  %.2f $  SN %s' % (it[0 if lang == 'fr' else 1], it[2], it[3], sn))
        total += it[2] * it[3]
    lines_pdf += ['', L(lang, 'Sous-total : %.2f $   TPS : %.2f $   TVQ : %.2f $', 'Subtotal: $%.2f   GST: $%.2f   QST: $%.2f') % (total, total * 0.05, total * 0.09975),
                  L(lang, 'Garantie : 24 mois. No d\'actif à inscrire : ACT-%07d', 'Warranty: 24 months. Asset tag: ACT-%07d') % rng.randint(100000, 9999999)]
    frm = ('Comptes clients MedEquip', 'ar@medequip-quebec.example')
    lines = [greet(lang, rng), '', L(lang, 'Veuillez trouver ci-joint la facture pour le bon de commande %s (livré à l\'USIN).',
                                      'Please find attached the invoice for PO %s (delivered to NICU).') % po, L(lang, 'Paiement net 30 jours.', 'Payment net 30 days.'),
             '\nMedEquip Québec inc.\n1200, rue Industrielle, Boucherville QC\n450 555-0199']
    spec = Spec(lang, frm, [(L(lang, 'Comptes fournisseurs', 'Accounts payable'), 'comptes.fournisseurs@' + HOSP_DOM)],
                L(lang, 'Facture – BC %s', 'Invoice – PO %s') % po, '\n'.join(lines) + '\n',
                atts=[('facture_%s.pdf' % po, 'application', 'pdf', make_pdf(L(lang, 'Facture', 'Invoice'), lines_pdf, 'MedEquip'))])
    return spec, 'invoice/PO; PO number passes the SIN checksum, serials pass Luhn'


def N_it_notice(w, lang, when):
    rng = w.rng
    d = when.date() + dt.timedelta(days=rng.randint(2, 10))
    name, frm = admin_addr(rng)
    kind = rng.choice(['downtime', 'phishing', 'email_rule'])
    if kind == 'downtime':
        lines = [greet(lang, rng, L(lang, 'à tous', 'all')), '',
                 L(lang, 'Arrêt planifié du dossier clinique informatisé (DCI) le %s de 1 h à 5 h.', 'Planned EHR downtime on %s from 1 to 5 am.') % fdate(d, lang, rng),
                 L(lang, 'Procédure dégradée : utilisez les formulaires papier (ordonnances, notes, MAR). Les numéros de dossier (8 chiffres) devront être retranscrits au retour.',
                   'Downtime procedure: use paper forms (orders, notes, MAR). Chart numbers (8 digits) must be back-entered afterwards.'),
                 L(lang, 'Billet de changement : CHG0048213', 'Change ticket: CHG0048213')]
    elif kind == 'phishing':
        lines = [greet(lang, rng), '', L(lang, 'Un courriel frauduleux circule avec l\'objet « Mise à jour de votre paie ». Ne cliquez pas sur le lien.',
                                          'A phishing e-mail is circulating with the subject "Payroll update". Do not click the link.'),
                 L(lang, 'En cas de doute, appelez le centre de services TI au poste 5555.', 'If in doubt, call the IT service desk at ext. 5555.')]
    else:
        lines = [greet(lang, rng), '', L(lang, 'Rappel de la politique de sécurité : n\'inscrivez jamais de NAM (format AAAA 9999 9999) ni de nom de patient dans l\'objet d\'un courriel.',
                                          'Security policy reminder: never put a health insurance number (format AAAA 9999 9999) or patient name in an e-mail subject line.'),
                 L(lang, 'Utilisez le chiffrement ([SECURE] dans l\'objet) pour tout envoi externe de renseignements cliniques.', 'Use encryption ([SECURE] in subject) for any external clinical information.')]
    lines.append(admin_sig(name, L(lang, 'Direction des ressources informationnelles', 'Information Technology Directorate'), lang, rng))
    spec = Spec(lang, frm, [all_staff(lang, rng)], {'downtime': L(lang, 'Arrêt planifié DCI', 'Planned EHR downtime'),
                                                          'phishing': L(lang, 'ALERTE hameçonnage', 'PHISHING alert'),
                                                          'email_rule': L(lang, 'Rappel – renseignements cliniques par courriel', 'Reminder – clinical information by e-mail')}[kind],
                '\n'.join(lines) + '\n')
    return spec, 'IT notice mentioning identifier formats without any real identifier'


def N_facilities(w, lang, when):
    rng = w.rng
    name, frm = admin_addr(rng)
    msg = rng.choice([(L(lang, 'Travaux – ascenseurs pavillon Est', 'Works – East wing elevators'),
                       L(lang, 'Les ascenseurs E2 et E3 seront hors service du %s au %s. Utilisez l\'ascenseur de service pour les civières (clé au poste de garde).',
                         'Elevators E2 and E3 will be out of service from %s to %s. Use the service elevator for stretchers (key at security desk).')),
                      (L(lang, 'Stationnement P2 fermé', 'P2 parking closed'),
                       L(lang, 'Le stationnement P2 sera fermé du %s au %s pour le déneigement. Les familles de l\'USIN pourront utiliser P1 avec leur vignette.',
                         'P2 parking will be closed from %s to %s for snow removal. NICU families may use P1 with their pass.')),
                      (L(lang, 'Ventilation USIN', 'NICU ventilation'),
                       L(lang, 'Entretien du système de ventilation de l\'USIN du %s au %s; aucune interruption prévue, léger bruit.',
                         'NICU ventilation maintenance from %s to %s; no interruption expected, some noise.'))])
    d = when.date() + dt.timedelta(days=3)
    lines = [greet(lang, rng), '', msg[1] % (fdate(d, lang, rng), fdate(d + dt.timedelta(days=2), lang, rng)),
             L(lang, 'Bon de travail : BT-2025-%05d', 'Work order: WO-2025-%05d') % rng.randint(100, 99999),
             admin_sig(name, L(lang, 'Services techniques', 'Facilities'), lang, rng)]
    spec = Spec(lang, frm, [all_staff(lang, rng)], msg[0], '\n'.join(lines) + '\n')
    return spec, 'facilities notice'


def N_job_posting(w, lang, when):
    rng = w.rng
    job = rng.choice([(L(lang, 'Infirmière clinicienne – néonatalogie (USIN)', 'Clinical nurse – NICU'), 'NEO-2025-%03d'),
                      (L(lang, 'Travailleuse sociale – équipe jeunesse et DPJ', 'Social worker – youth & DYP liaison team'), 'TS-2025-%03d'),
                      (L(lang, 'Infirmière en santé scolaire', 'School health nurse'), 'SS-2025-%03d'),
                      (L(lang, 'Orthophoniste – clinique du développement', 'Speech-language pathologist – development clinic'), 'ORT-2025-%03d')])
    code = job[1] % rng.randint(1, 999)
    lines = [L(lang, 'AFFICHAGE INTERNE ET EXTERNE', 'INTERNAL AND EXTERNAL POSTING'), '', job[0], L(lang, 'No d\'affichage : %s', 'Posting no.: %s') % code,
             L(lang, 'Poste permanent temps complet, 35 h/sem., rotation jour/soir.', 'Permanent full-time, 35 h/week, day/evening rotation.'),
             L(lang, 'Exigences : membre en règle de l\'ordre professionnel; expérience en pédiatrie (atout : soins aux prématurés, TSA, protection de la jeunesse).',
               'Requirements: member in good standing of the professional order; paediatric experience (asset: preterm care, ASD, youth protection).'),
             L(lang, 'Échelle salariale : 31,57 $ à 56,33 $/h. Date limite : %s.', 'Salary scale: $31.57 to $56.33/h. Deadline: %s.') % fdate(when.date() + dt.timedelta(days=14), lang, rng),
             admin_sig('Suzanne Brisebois', L(lang, 'Conseillère en acquisition de talents', 'Talent acquisition advisor'), lang, rng)]
    spec = Spec(lang, ('Suzanne Brisebois', 'suzanne.brisebois@' + HOSP_DOM), [all_staff(lang, rng)], L(lang, 'Affichage %s – %s', 'Posting %s – %s') % (code, job[0]),
                '\n'.join(lines) + '\n')
    return spec, 'job posting'


def N_committee(w, lang, when):
    rng = w.rng
    com = rng.choice([L(lang, 'Comité d\'éthique clinique', 'Clinical Ethics Committee'), L(lang, 'Comité de la qualité et de la sécurité des soins', 'Quality & Patient Safety Committee'),
                      L(lang, 'Comité de pharmacologie', 'Pharmacy & Therapeutics Committee'), L(lang, 'Comité DPJ-CHPSA', 'DYP-CHPSA liaison committee')])
    d = when.date() + dt.timedelta(days=rng.randint(5, 20))
    items = rng.sample([L(lang, 'Adoption du procès-verbal du %s', 'Approval of minutes of %s') % fdate(when.date() - dt.timedelta(days=30), lang, rng),
                        L(lang, 'Revue des incidents-accidents T3 : chutes, erreurs de médication (données agrégées)', 'Q3 incident review: falls, medication errors (aggregate data)'),
                        L(lang, 'Politique sur le consentement des 14-17 ans', 'Policy on consent for 14-17 year-olds'),
                        L(lang, 'Nouvelle ordonnance collective : vaccination de rattrapage', 'New collective order: catch-up immunization'),
                        L(lang, 'Délais de signalement à la DPJ : indicateurs', 'Time-to-report to DYP: indicators'),
                        L(lang, 'Divers', 'Other business')], 4)
    lines = [L(lang, 'AVIS DE CONVOCATION', 'NOTICE OF MEETING'), '', com, '%s, 12 h – 13 h 30, %s' % (fdate(d, lang, rng), L(lang, 'salle du conseil (B-1120)', 'boardroom (B-1120)')), '',
             L(lang, 'Ordre du jour :', 'Agenda:')] + ['%d. %s' % (i + 1, x) for i, x in enumerate(items)]
    name, frm = admin_addr(rng)
    lines.append(admin_sig(name, L(lang, 'Secrétaire du comité', 'Committee secretary'), lang, rng))
    spec = Spec(lang, frm, [(com, 'comite@' + HOSP_DOM)], L(lang, 'Convocation – %s', 'Meeting notice – %s') % com, '\n'.join(lines) + '\n')
    return spec, 'committee notice'


def N_hr_occupational(w, lang, when):
    rng = w.rng
    emp = rng.choice(['Sandrine Beaupré', 'Marc-André Poulin', 'Priya Raman', 'Benoît Giguère', 'Omar Saadi'])
    kind = rng.choice(['rtw', 'tb', 'flu'])
    if kind == 'rtw':
        body = L(lang, 'Retour progressif au travail de %s (infirmière, USIN, matricule %06d) à compter du %s : 3 jours/sem. pendant 4 semaines, selon le billet médical reçu au bureau de santé.',
                 'Gradual return to work for %s (nurse, NICU, employee no. %06d) starting %s: 3 days/week for 4 weeks, per the medical note received by Employee Health.') % (emp, rng.randint(100000, 999999), fdate(when.date() + dt.timedelta(days=7), lang, rng))
    elif kind == 'tb':
        body = L(lang, 'Rappel pour %s : votre test cutané à la tuberculine (TCT 2 étapes) est dû avant votre affectation à l\'USIN. Rendez-vous au Bureau de santé, local A-015.',
                 'Reminder for %s: your two-step TB skin test is due before your NICU assignment. Please come to Employee Health, room A-015.') % emp
    else:
        body = L(lang, 'Campagne de vaccination antigrippale du personnel : taux de l\'unité 4B à ce jour 71 %%. %s, merci de nous faire parvenir votre preuve de vaccination ou votre refus signé.',
                 'Staff flu campaign: unit 4B rate to date 71%%. %s, please send us your proof of vaccination or signed declination.') % emp
    lines = [greet(lang, rng), '', body, admin_sig('Lise Robitaille', L(lang, 'Infirmière, santé et sécurité au travail', 'Occupational health nurse'), lang, rng)]
    spec = Spec(lang, ('Lise Robitaille', 'lise.robitaille@' + HOSP_DOM), [(emp, ascii_local(emp) + '@' + HOSP_DOM)],
                L(lang, 'Santé au travail', 'Employee health'), '\n'.join(lines) + '\n')
    return spec, 'occupational health of an employee (HR)'


def N_staff_leave(w, lang, when):
    rng = w.rng
    emp = rng.choice(['Valérie Lussier', 'Kathleen O\'Neil', 'Jessica Tremblay-Hall', 'Annie-Claude Fafard'])
    d = when.date() + dt.timedelta(days=rng.randint(10, 60))
    kind = rng.choice([L(lang, 'congé de maternité', 'maternity leave'), L(lang, 'vacances', 'vacation'), L(lang, 'congé sans solde', 'unpaid leave')])
    lines = [greet(lang, rng), '', L(lang, 'Pour votre planification : %s sera en %s à partir du %s pour %d semaines. Le remplacement sera affiché cette semaine.',
                                      'For your planning: %s will be on %s starting %s for %d weeks. Replacement will be posted this week.') % (emp, kind, fdate(d, lang, rng), rng.choice([3, 6, 52])),
             L(lang, 'Solde de vacances restant : %d h.', 'Remaining vacation balance: %d h.') % rng.randint(20, 140),
             admin_sig('Chantale Bédard', L(lang, 'Chef d\'unité', 'Unit manager'), lang, rng)]
    spec = Spec(lang, ('Chantale Bédard', 'chantale.bedard@' + HOSP_DOM), [('Service de la paie', 'paie@' + HOSP_DOM)], L(lang, 'Absence – %s', 'Leave – %s') % emp,
                '\n'.join(lines) + '\n')
    return spec, 'staff leave'


def N_cold_chain(w, lang, when):
    rng = w.rng
    st = STAFF[8]
    fr = luhn_number(rng, 10)
    lots = [lot(v[2], rng) for v in rng.sample(VACCINES, 3)]
    lines = [greet(lang, rng), '',
             L(lang, 'Bris de chaîne de froid au réfrigérateur de la clinique de vaccination (no série %s) : 11,4 °C pendant environ 2 h 40 la nuit dernière.',
               'Cold chain break in the vaccination clinic fridge (serial %s): 11.4 C for about 2 h 40 last night.') % fr,
             L(lang, 'Lots concernés mis en quarantaine : %s.', 'Affected lots quarantined: %s.') % ', '.join(lots),
             L(lang, 'Formulaire de déclaration envoyé à la Santé publique; en attente de leur avis avant utilisation.', 'Report form sent to Public Health; awaiting their advice before use.'),
             L(lang, 'Aucune dose de ces lots n\'a été administrée depuis l\'incident.', 'No doses from these lots were given since the incident.'),
             sig(st, lang, rng)]
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Santé publique – vaccination', 'Public Health – immunization'), 'vaccins@santepublique-vdh.example')],
                L(lang, 'Bris de chaîne de froid – clinique de vaccination', 'Cold chain break – vaccination clinic'), '\n'.join(lines) + '\n')
    return spec, 'cold-chain incident with lot and serial numbers'


def N_nicu_stats(w, lang, when):
    rng = w.rng
    st = rng.choice([STAFF[1], STAFF[2]])
    q = (when.month - 1) // 3 + 1
    rows = [[L(lang, 'Indicateur', 'Indicator'), 'T%d' % q if lang == 'fr' else 'Q%d' % q, L(lang, 'Cible', 'Target')],
            [L(lang, 'Admissions', 'Admissions'), rng.randint(110, 180), '-'], [L(lang, 'AG moyen (sem.)', 'Mean GA (wk)'), round(rng.uniform(30.5, 33.5), 1), '-'],
            [L(lang, 'Poids moyen à la naissance (g)', 'Mean birth weight (g)'), rng.randint(1500, 2100), '-'],
            [L(lang, 'Infections sur CVC / 1000 j-cathéter', 'CLABSI / 1000 line-days'), round(rng.uniform(0.5, 3.2), 1), '< 1,5' if lang == 'fr' else '< 1.5'],
            [L(lang, 'Dépistage RP fait à temps (%)', 'ROP screening on time (%)'), rng.randint(82, 99), 100],
            [L(lang, 'Lait maternel au congé (%)', 'Breast milk at discharge (%)'), rng.randint(55, 80), 70]]
    lines = [greet(lang, rng), '', L(lang, 'Tableau de bord USIN – T%d %d (données agrégées, aucune donnée nominative).', 'NICU dashboard – Q%d %d (aggregate data, no identifying data).') % (q, when.year), '']
    lines += ['%-45s %8s %8s' % tuple(str(x) for x in r) for r in rows]
    lines.append(sig(st, lang, rng))
    atts = []
    if rng.random() < 0.4:
        atts.append(('tableau_bord_USIN_T%d.xlsx' % q, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('T%d' % q, rows)], st[0])))
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Direction qualité', 'Quality directorate'), 'qualite@' + HOSP_DOM)], L(lang, 'Tableau de bord USIN T%d', 'NICU dashboard Q%d') % q,
                '\n'.join(lines) + '\n', atts=atts)
    return spec, 'NICU quality statistics'


def N_training(w, lang, when):
    rng = w.rng
    course = rng.choice(['PRN (NRP) 8e édition', 'PALS', 'ACoRN', L(lang, 'Formation RCR bébé pour parents – animateurs', 'Infant CPR for parents – instructors')])
    people = rng.sample(['Julie Desjardins', 'Annie-Claude Fafard', 'Marc-André Poulin', 'Sandrine Beaupré', 'Omar Saadi', 'Priya Raman', 'Kathleen O\'Neil', 'Benoît Giguère'], 5)
    d = when.date() + dt.timedelta(days=rng.randint(7, 30))
    lines = [greet(lang, rng), '', L(lang, 'Inscriptions confirmées pour la formation %s du %s (local C-230) :', 'Confirmed registrations for the %s course on %s (room C-230):') % (course, fdate(d, lang, rng)), '']
    for p in people:
        lines.append('- %s, %s %d' % (p, L(lang, 'permis OIIQ', 'OIIQ licence'), rng.randint(1000000, 2999999)))
    lines.append(L(lang, 'Prévoir 8 h; le module en ligne doit être complété avant.', 'Plan for 8 h; the online module must be completed beforehand.'))
    name, frm = admin_addr(rng)
    lines.append(admin_sig(name, L(lang, 'Développement des compétences', 'Professional development'), lang, rng))
    spec = Spec(lang, frm, [(L(lang, 'Chefs d\'unité', 'Unit managers'), 'chefs.unite@' + HOSP_DOM)], L(lang, 'Formation %s – inscriptions', '%s course – registrations') % course,
                '\n'.join(lines) + '\n')
    return spec, 'training registrations with staff licence numbers'


def N_research(w, lang, when):
    rng = w.rng
    st = rng.choice([STAFF[4], STAFF[1], STAFF[5]])
    n = rng.randint(60, 240)
    lines = [greet(lang, rng), '', L(lang, 'Mise à jour de l\'étude %s (CÉR no MP-37-2025-%04d).', 'Update on study %s (REB no. MP-37-2025-%04d).') % (
        rng.choice(['CAPTEUR-PED', 'BPD-5', 'VIT-D-NEO']), rng.randint(1000, 9999)),
             L(lang, 'Recrutement : %d participants sur %d visés. Résultats intermédiaires : baisse moyenne de l\'HbA1c de 0,6 %% (IC 95 %% 0,3-0,9); aucun effet indésirable grave.',
               'Enrolment: %d of %d participants. Interim results: mean HbA1c reduction 0.6%% (95%% CI 0.3-0.9); no serious adverse events.') % (n, n + rng.randint(20, 80)),
             L(lang, 'Les données sont dénominalisées (code participant seulement).', 'Data are de-identified (participant code only).'), sig(st, lang, rng)]
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Équipe de recherche', 'Research team'), 'recherche@' + HOSP_DOM)], L(lang, 'Étude – mise à jour', 'Study update'), '\n'.join(lines) + '\n')
    return spec, 'research update with aggregate results'


def N_dpj_partnership(w, lang, when):
    rng = w.rng
    wk = rng.choice(DPJ_WORKERS)
    lines = [greet(lang, rng), '', L(lang, 'Voici le compte rendu de la rencontre de partenariat DPJ-CHPSA du %s.', 'Here are the minutes of the DYP-CHPSA partnership meeting of %s.') % fdate(when.date() - dt.timedelta(days=3), lang, rng),
             L(lang, '1. Statistiques : %d signalements provenant du CHPSA cette année (%d %% retenus), délai moyen d\'évaluation %d jours.',
               '1. Statistics: %d reports from CHPSA this year (%d%% retained), mean assessment delay %d days.') % (rng.randint(150, 320), rng.randint(35, 60), rng.randint(8, 25)),
             L(lang, '2. Procédure : pour un signalement de nuit, appeler l\'urgence sociale au 1-800-555-0147.', '2. Procedure: for night-time reports, call the after-hours social emergency line at 1-800-555-0147.'),
             L(lang, '3. Formation conjointe sur les traumatismes crâniens non accidentels prévue en juin.', '3. Joint training on abusive head trauma planned for June.'),
             '', wk[0], L(lang, wk[1], wk[2]), DPJ[lang]]
    spec = Spec(lang, (wk[0], '%s@%s' % (wk[3], DPJ_DOM)), [staff_addr(STAFF[9]), staff_addr(STAFF[10])], L(lang, 'CR rencontre partenariat DPJ', 'Minutes – DYP partnership meeting'),
                '\n'.join(lines) + '\n')
    return spec, 'DPJ partnership minutes with aggregate counts'


def N_social_event(w, lang, when):
    rng = w.rng
    who = rng.choice(['Ginette Lalonde', 'Réjean Blais', 'Carole Tessier-Ng'])
    d = when.date() + dt.timedelta(days=rng.randint(5, 20))
    lines = [greet(lang, rng, L(lang, 'chère équipe', 'team')), '',
             L(lang, 'Après 34 ans à l\'USIN, %s prend sa retraite ! 5 à 7 le %s à la cafétéria. Contribution pour le cadeau : 10 $ à remettre à Paméla (poste 4471).',
               'After 34 years in the NICU, %s is retiring! Farewell party on %s in the cafeteria. Gift contribution: $10 to Paméla (ext. 4471).') % (who, fdate(d, lang, rng)),
             L(lang, 'Apportez vos photos des partys de Noël des années 90 🙂', 'Bring your photos from the 90s Christmas parties 🙂'), '', 'Paméla']
    spec = Spec(lang, ('Paméla Joly', 'pamela.joly@' + HOSP_DOM), [(L(lang, 'Équipe USIN', 'NICU team'), 'usin@' + HOSP_DOM)], L(lang, 'Retraite de %s 🎉', '%s\'s retirement 🎉') % who.split()[0],
                '\n'.join(lines) + '\n', transport=rng.choice(['plain-utf8-8bit', 'alt-utf8-qp', 'html-utf8-b64']))
    return spec, 'staff social event'


def N_hosp_newsletter(w, lang, when):
    rng = w.rng
    news = [(L(lang, 'Prix d\'excellence', 'Excellence award'), L(lang, 'Le Dr Samuel Okafor reçoit le prix de la Société canadienne de pédiatrie pour ses travaux sur la dysplasie bronchopulmonaire.',
                                                                 'Dr. Samuel Okafor receives the Canadian Paediatric Society award for his work on bronchopulmonary dysplasia.')),
            (L(lang, 'Nouvelle clinique', 'New clinic'), L(lang, 'La clinique de diabète ouvre une plage du samedi pour les adolescents (Jennifer Walsh, inf.).',
                                                           'The diabetes clinic opens a Saturday slot for teens (Jennifer Walsh, RN).')),
            (L(lang, 'Bienvenue', 'Welcome'), L(lang, 'Bienvenue à Amanda Clarke, travailleuse sociale, qui se joint à l\'équipe de liaison DPJ.',
                                                 'Welcome to Amanda Clarke, social worker, joining the DYP liaison team.')),
            (L(lang, 'Chiffres du mois', 'Numbers of the month'), L(lang, '4 212 visites à l\'urgence, 318 naissances suivies, 1 040 vaccins administrés.',
                                                                  '4,212 ED visits, 318 births followed, 1,040 vaccines given.'))]
    html = '<table width="600"><tr><td><h1>%s</h1>' % L(lang, 'L\'Aurore – bulletin interne', 'The Aurora – staff newsletter') + \
        '\n' + '\n'.join('<h3>%s</h3><p>%s</p>' % (htmlmod.escape(a), htmlmod.escape(b)) for a, b in rng.sample(news, 3)) + '\n' + \
        '<p style="font-size:9pt">%s · %s</p></td></tr></table>' % (htmlmod.escape(HOSP[lang]), htmlmod.escape(HOSP_ADDR[lang]))
    spec = Spec(lang, ('Communications', 'communications@' + HOSP_DOM), [all_staff(lang, rng)], L(lang, 'L\'Aurore – édition de %s', 'The Aurora – %s edition') % (
        MONTHS_FR[when.month - 1] if lang == 'fr' else MONTHS_EN[when.month - 1]), html_to_text(html), html=html,
                transport=rng.choice(['html-utf8-qp', 'alt-utf8-qp', 'html-cp1252-8bit', 'alt-cp1252-qp']))
    return spec, 'internal newsletter'


def N_room_thread(w, lang, when):
    rng = w.rng
    a_name, a = admin_addr(rng)
    b = staff_addr(rng.choice(STAFF[:13]))
    room = rng.choice(['B-1120', 'C-230', '3.214', 'A-015'])
    earlier = when - dt.timedelta(hours=rng.randint(3, 30))
    first = L(lang, 'Bonjour, est-ce que la salle %s est libre jeudi de 12 h à 13 h pour la rencontre d\'équipe du développement ? On sera une douzaine.',
              'Hi, is room %s free Thursday 12-1 for the development team meeting? About twelve of us.') % room
    reply = L(lang, 'Oui, c\'est réservé à ton nom (réservation R-%06d). Le projecteur est dans l\'armoire, code 4471.', 'Yes, booked under your name (booking R-%06d). Projector is in the cabinet, code 4471.') % rng.randint(0, 999999)
    body = reply + '\n\n' + a_name + '\n' + L(lang, 'Réservation des salles – poste 2210', 'Room bookings – ext. 2210') + '\n\n' + quoted_header(lang, rng, b, earlier, formataddr(a)) + '\n' + quote(first + '\n\n' + b[0]) + '\n'
    spec = Spec(lang, a, [b], L(lang, 'RE : Salle %s jeudi', 'RE: Room %s Thursday') % room, body)
    return spec, 'room booking reply thread'


def N_school_vax_ics(w, lang, when):
    rng = w.rng
    st = rng.choice(SCHOOL_NURSES)
    school = rng.choice([x for x in (SCHOOLS_FR if lang == 'fr' else SCHOOLS_EN) if 'secondaire' not in x and 'High' not in x and 'Middle' not in x])
    d = when.date() + dt.timedelta(days=rng.randint(7, 30))
    start = dt.datetime.combine(d, dt.time(8, 30))
    dom = 'cssrb.example' if lang == 'fr' else 'lbsb.example'
    ics = make_ics('vax-%s@%s' % (d.isoformat(), dom), L(lang, 'Vaccination 4e année – %s', 'Grade 4 vaccination – %s') % school, start, start + dt.timedelta(hours=4),
                   school, L(lang, '3 groupes, environ 75 élèves. VPH-9 et HB. Apporter la glacière et les formulaires de consentement.',
                             '3 classes, about 75 pupils. HPV9 and HB. Bring the cooler and consent forms.'), (st[0], '%s@%s' % (st[3], dom)))
    lines = [greet(lang, rng), '', L(lang, 'Invitation pour la journée de vaccination à %s.', 'Invite for the vaccination day at %s.') % school, '', st[0], L(lang, st[1], st[2])]
    spec = Spec(lang, (st[0], '%s@%s' % (st[3], dom)), [(L(lang, 'Direction de l\'école', 'School principal'), 'direction@' + dom), staff_addr(STAFF[8])],
                L(lang, 'Vaccination en milieu scolaire – %s', 'School vaccination – %s') % fdate(d, lang, rng), '\n'.join(lines) + '\n', atts=[('vaccination.ics', 'text', 'calendar', ics)])
    return spec, 'school vaccination day calendar invite'


def N_vcard_staff(w, lang, when):
    rng = w.rng
    st = rng.choice([STAFF[10], STAFF[9], STAFF[12], STAFF[11], STAFF[18]])
    vc = make_vcard(st[0], '%s;%s;;;' % (st[0].split()[-1], st[0].split()[0]), [('WORK', '514 555-01%02d' % rng.randint(0, 99))], staff_addr(st)[1], None, None,
                    HOSP[lang], L(lang, st[1], st[2]))
    name, frm = admin_addr(rng)
    lines = [greet(lang, rng), '', L(lang, 'Voici la fiche contact de %s, %s, nouvelle personne-ressource pour les écoles du secteur.',
                                      'Here is the contact card for %s, %s, the new liaison for schools in our area.') % (st[0], L(lang, st[1], st[2])),
             admin_sig(name, L(lang, 'Adjointe administrative', 'Administrative assistant'), lang, rng)]
    spec = Spec(lang, frm, [(L(lang, 'Infirmières scolaires', 'School nurses'), 'infirmieres@' + ('cssrb.example' if lang == 'fr' else 'lbsb.example'))],
                L(lang, 'Nouvelle personne-ressource', 'New liaison contact'), '\n'.join(lines) + '\n', atts=[('%s.vcf' % st[3], 'text', 'vcard', vc)])
    return spec, 'staff vCard'


def N_zip_policies(w, lang, when):
    rng = w.rng
    st = rng.choice([STAFF[8], STAFF[15], STAFF[0]])
    files = [(L(lang, 'PIQ_mises_a_jour_%d.pdf', 'PIQ_updates_%d.pdf') % when.year,
              make_pdf(L(lang, 'Protocole d\'immunisation – mises à jour', 'Immunization protocol – updates'),
                       [L(lang, 'VPH : calendrier à 1 dose chez les 9-20 ans.', 'HPV: single-dose schedule for ages 9-20.'),
                        L(lang, 'Nirsevimab pour tous les nourrissons de moins de 8 mois pendant la saison du VRS.', 'Nirsevimab for all infants under 8 months during RSV season.')], st[0])),
             (L(lang, 'politique_courriel_clinique.docx', 'clinical_email_policy.docx'),
              make_docx(L(lang, 'Politique – renseignements cliniques par courriel', 'Policy – clinical information by e-mail'),
                        [L(lang, 'Tout envoi externe doit être chiffré.', 'All external sending must be encrypted.'),
                         L(lang, 'Le NAM et le numéro de dossier ne doivent pas figurer dans l\'objet.', 'Health insurance and chart numbers must not appear in the subject line.')], None, st[0]))]
    lines = [greet(lang, rng), '', L(lang, 'Voici les documents de référence mis à jour (zip).', 'Here are the updated reference documents (zip).'), sig(st, lang, rng)]
    spec = Spec(lang, staff_addr(st), [all_staff(lang, rng)], L(lang, 'Documents de référence %d', 'Reference documents %d') % when.year, '\n'.join(lines) + '\n',
                atts=[('documents_reference.zip', 'application', 'zip', make_zip(files))])
    return spec, 'ZIP of policy documents'


def N_supplier_fwd(w, lang, when):
    rng = w.rng
    earlier = when - dt.timedelta(days=1)
    inner = Spec(lang, ('Service clientèle NutriPed', 'service@nutriped.example'), [('Pharmacie CHPSA', 'pharmacie@' + HOSP_DOM)],
                 L(lang, 'Avis de rupture – préparation Neocate 400 g', 'Shortage notice – Neocate 400 g'),
                 L(lang, 'Bonjour,\n\nNous vous informons d\'une rupture temporaire de la préparation à base d\'acides aminés (lots 24K118, 24K119) jusqu\'au %s. Alternative : Puramino.\n\nService clientèle NutriPed\n1-800-555-0166\n',
                   'Hello,\n\nPlease note a temporary shortage of the amino-acid formula (lots 24K118, 24K119) until %s. Alternative: Puramino.\n\nNutriPed Customer Service\n1-800-555-0166\n') % fdate(when.date() + dt.timedelta(days=40), lang, rng),
                 date=earlier)
    st = STAFF[11]
    em = inner_eml(inner, rng, '<%08x@nutriped.example>' % rng.getrandbits(32))
    lines = [L(lang, 'Pour info – à discuter au comité de nutrition. Les familles concernées seront contactées par la clinique.',
               'FYI – to discuss at the nutrition committee. Affected families will be contacted by the clinic.'), sig(st, lang, rng)]
    spec = Spec(lang, staff_addr(st), [staff_addr(STAFF[1]), staff_addr(STAFF[0])], L(lang, 'TR : ', 'FW: ') + inner.subject, '\n'.join(lines) + '\n',
                atts=[('avis_fournisseur.eml' if lang == 'fr' else 'supplier_notice.eml', 'message', 'rfc822', em)])
    return spec, 'forwarded supplier notice as .eml'


def N_lab_catalog(w, lang, when):
    rng = w.rng
    name, frm = admin_addr(rng)
    lines = [greet(lang, rng), '', L(lang, 'À compter du %s, le laboratoire adopte de nouveaux intervalles de référence pédiatriques (CALIPER) :',
                                      'Effective %s, the lab adopts new paediatric reference intervals (CALIPER):') % fdate(when.date() + dt.timedelta(days=14), lang, rng), '',
             L(lang, '  Ferritine 1-5 ans : 12-140 µg/L', '  Ferritin 1-5 y: 12-140 ug/L'), L(lang, '  TSH 1-12 ans : 0,7-4,2 mUI/L', '  TSH 1-12 y: 0.7-4.2 mIU/L'),
             L(lang, '  Phosphatase alcaline 10-13 ans : 129-417 U/L', '  Alkaline phosphatase 10-13 y: 129-417 U/L'), '',
             L(lang, 'Tube : bouchon or (SST) 1 mL minimum. Délai de réponse : 24 h.', 'Tube: gold top (SST) 1 mL minimum. Turnaround: 24 h.'),
             admin_sig(name, L(lang, 'Laboratoire de biochimie', 'Clinical biochemistry'), lang, rng)]
    spec = Spec(lang, frm, [all_staff(lang, rng)], L(lang, 'Nouveaux intervalles de référence', 'New reference intervals'), '\n'.join(lines) + '\n')
    return spec, 'lab reference ranges (no patient)'


def N_formulary(w, lang, when):
    rng = w.rng
    st = rng.choice(STAFF[:8])
    lines = [greet(lang, rng), '', L(lang, 'Modifications à la liste locale de médicaments pédiatriques adoptées par le comité de pharmacologie :', 'Paediatric formulary changes approved by P&T:'),
             L(lang, '- Amoxicilline : 90 mg/kg/j div. BID pour OMA (max 4 g/j).', '- Amoxicillin: 90 mg/kg/day div. BID for AOM (max 4 g/day).'),
             L(lang, '- Dexaméthasone 0,6 mg/kg x 1 dose pour laryngite (max 10 mg).', '- Dexamethasone 0.6 mg/kg x 1 for croup (max 10 mg).'),
             L(lang, '- Retrait du sirop de codéine chez les moins de 18 ans.', '- Codeine syrup removed for under-18s.'), sig(st, lang, rng)]
    spec = Spec(lang, staff_addr(st), [(L(lang, 'Prescripteurs', 'Prescribers'), 'prescripteurs@' + HOSP_DOM)], L(lang, 'Liste de médicaments – changements', 'Formulary changes'), '\n'.join(lines) + '\n')
    return spec, 'formulary changes with weight-based doses'


def N_audit(w, lang, when):
    rng = w.rng
    st = STAFF[15]
    n = rng.randint(30, 60)
    lines = [greet(lang, rng), '', L(lang, 'Résultats de l\'audit de dossiers – clinique de suivi néonatal (%d dossiers tirés au hasard) :', 'Chart audit results – neonatal follow-up clinic (%d random charts):') % n,
             L(lang, '- Courbe de croissance à jour : %d %%', '- Growth chart up to date: %d%%') % rng.randint(70, 95),
             L(lang, '- Âge corrigé documenté : %d %%', '- Corrected age documented: %d%%') % rng.randint(60, 98),
             L(lang, '- Statut vaccinal vérifié : %d %%', '- Immunization status checked: %d%%') % rng.randint(55, 90),
             L(lang, 'Aucun renseignement nominatif n\'est conservé dans la grille.', 'No identifying information is kept in the audit grid.'), sig(st, lang, rng)]
    spec = Spec(lang, staff_addr(st), [staff_addr(STAFF[1])], L(lang, 'Audit dossiers suivi néonatal', 'Neonatal follow-up chart audit'), '\n'.join(lines) + '\n')
    return spec, 'chart audit aggregates'


def N_volunteer(w, lang, when):
    rng = w.rng
    vols = rng.sample(['Denis Arcand', 'Huguette Sirois', 'Mary-Lou Fenwick', 'Raymond Cliche', 'Agathe Lemire', 'Patrick Doyle'], 4)
    lines = [greet(lang, rng), '', L(lang, 'Horaire des bénévoles « câlineurs » de l\'USIN pour le mois :', 'NICU "cuddler" volunteer schedule for the month:')]
    for i, v in enumerate(vols):
        lines.append('  %s – %s %s' % (v, L(lang, ['lundi', 'mardi', 'jeudi', 'samedi'][i], ['Monday', 'Tuesday', 'Thursday', 'Saturday'][i]), rng.choice(['9 h-12 h', '13 h-16 h', '18 h-20 h'])))
    lines += [L(lang, 'Rappel : vaccin antigrippal obligatoire et lavage des mains à l\'entrée.', 'Reminder: flu shot required and hand hygiene at entry.'),
              admin_sig('Diane Whitmore', L(lang, 'Coordonnatrice des bénévoles', 'Volunteer coordinator'), lang, rng)]
    spec = Spec(lang, ('Diane Whitmore', 'diane.whitmore@' + HOSP_DOM), [(L(lang, 'Bénévoles USIN', 'NICU volunteers'), 'benevoles@' + HOSP_DOM)],
                L(lang, 'Horaire bénévoles USIN', 'NICU volunteer schedule'), '\n'.join(lines) + '\n')
    return spec, 'volunteer schedule'


NEG_TEMPLATES = [
    ('vax_stats', N_vax_stats), ('parent_leaflet', N_parent_leaflet), ('staff_schedule', N_staff_schedule), ('fundraising', N_fundraising),
    ('school_newsletter', N_school_newsletter), ('blank_form', N_blank_form), ('teaching_case', N_teaching_case), ('oncall', N_oncall),
    ('grand_rounds', N_grand_rounds), ('invoice', N_invoice), ('it_notice', N_it_notice), ('facilities', N_facilities),
    ('job_posting', N_job_posting), ('committee', N_committee), ('hr_occupational', N_hr_occupational), ('staff_leave', N_staff_leave),
    ('cold_chain', N_cold_chain), ('nicu_stats', N_nicu_stats), ('training', N_training), ('research', N_research),
    ('dpj_partnership', N_dpj_partnership), ('social_event', N_social_event), ('hosp_newsletter', N_hosp_newsletter),
    ('room_thread', N_room_thread), ('school_vax_ics', N_school_vax_ics), ('vcard_staff', N_vcard_staff), ('zip_policies', N_zip_policies),
    ('supplier_fwd', N_supplier_fwd), ('lab_catalog', N_lab_catalog), ('formulary', N_formulary), ('audit', N_audit), ('volunteer', N_volunteer),
]

# ---------------------------------------------------------------------------
# text extraction (for identifier scanning and the self-check)
# ---------------------------------------------------------------------------

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name', 'diagnosis',
         'medication', 'lab_result', 'patient_contact', 'social_information']
ID_TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn']


def pdf_text(data):
    import zlib
    out = []
    for m in re.finditer(rb'stream\r?\n(.*?)\s*endstream', data, re.S):
        raw = m.group(1)
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            try:
                import base64 as b64
                raw = zlib.decompress(b64.a85decode(raw.strip(), adobe=True))
            except Exception:
                pass
        for t in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw):
            t = re.sub(rb'\\([0-7]{1,3})', lambda m: bytes([int(m.group(1), 8)]), t)
            t = re.sub(rb'\\([()\\])', rb'\1', t)
            out.append(t.decode('cp1252', 'replace'))
    for t in re.findall(rb'/(?:Title|Author)\s*\(((?:\\.|[^\\)])*)\)', data):
        out.append(t.decode('latin-1', 'replace'))
    return '\n'.join(out)


def zip_text(data):
    out = []
    z = zipfile.ZipFile(io.BytesIO(data))
    for info in z.infolist():
        out.append(info.filename)
        content = z.read(info.filename)
        if info.filename.endswith('.xml') or info.filename.endswith('.rels'):
            out.append(re.sub(r'<[^>]+>', ' ', content.decode('utf-8', 'replace')))
        elif info.filename.endswith('.pdf'):
            out.append(pdf_text(content))
        elif info.filename.endswith(('.docx', '.xlsx', '.zip')):
            out.append(zip_text(content))
        else:
            out.append(content.decode('utf-8', 'replace'))
    return '\n'.join(out)


def message_text(msg):
    """Decode every part; return all human-readable text (headers, bodies, attachments, file names)."""
    out = []
    for h in ('Subject', 'From', 'To', 'Cc'):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        if part.is_multipart():
            if part.get_content_type() == 'message/rfc822':
                continue
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        content = part.get_content()
        if isinstance(content, str):
            if ct == 'text/html':
                content = html_to_text(content)
            out.append(content)
        elif isinstance(content, bytes):
            if ct == 'application/pdf':
                assert content.startswith(b'%PDF'), 'bad pdf'
                out.append(pdf_text(content))
            elif ct in ('application/zip', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.document'):
                out.append(zip_text(content))
            elif part.get_content_maintype() == 'text':
                out.append(content.decode(part.get_content_charset() or 'utf-8', 'replace'))
            else:
                raise AssertionError('undecodable part %s' % ct)
        else:
            # message/rfc822 when not treated as multipart
            out.append(message_text(content))
    # sub-messages' headers
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822' and part is not msg:
            for sub in part.get_payload():
                for h in ('Subject', 'From', 'To'):
                    if sub[h]:
                        out.append(str(sub[h]))
    return '\n'.join(out)


def squash(text):
    return re.sub(r'(?<=[0-9A-Za-z])[ .\-/](?=[0-9A-Za-z])', '', text).upper()


def found_ids(text, people, registry):
    sq = squash(text)
    found = {}
    nams = [p.nam for p in people if p.nam in sq]
    if nams:
        found['ramq_nam'] = nams
    for kind, vals in registry.items():
        hits = [v for v in vals if re.search(r'(?<![0-9])%s(?![0-9])' % v, sq)]
        if hits:
            found[kind] = hits
    return found


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------


def plan(rng, templates, n):
    start = {name: rng.randint(0, 1) for name, _ in templates}
    seen = {name: 0 for name, _ in templates}
    slots = []
    while len(slots) < n:
        order = templates[:]
        rng.shuffle(order)
        for name, fn in order:
            if len(slots) >= n:
                break
            lang = ['fr', 'en'][(seen[name] + start[name]) % 2]
            seen[name] += 1
            slots.append((name, fn, lang))
    rng.shuffle(slots)
    # balance languages exactly: flip surplus from the more frequent language
    fr = [i for i, s in enumerate(slots) if s[2] == 'fr']
    en = [i for i, s in enumerate(slots) if s[2] == 'en']
    while abs(len(fr) - len(en)) > 1:
        big, small = (fr, en) if len(fr) > len(en) else (en, fr)
        i = big.pop(rng.randrange(len(big)))
        name, fn, lang = slots[i]
        slots[i] = (name, fn, 'en' if lang == 'fr' else 'fr')
        small.append(i)
    return slots


def msg_id(rng, when, dom):
    style = rng.randint(0, 2)
    if style == 0:
        return '<%s.%08x@%s>' % (when.strftime('%Y%m%d%H%M%S'), rng.getrandbits(32), dom)
    if style == 1:
        return '<YQ%dPR01MB%04d%012X@prod.outlook.example>' % (rng.randint(1, 9), rng.randint(1000, 9999), rng.getrandbits(48))
    return '<CA+%s@mail.%s>' % (''.join(rng.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(24)), dom)


def generate(out, seed):
    rng = random.Random(seed)
    people = load_nam_people()
    for p in people:
        assert nam_consistent(p), p.nam
    w = World(rng, people)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    for kind, templates, n in (('positive', POS_TEMPLATES, N_POS), ('negative', NEG_TEMPLATES, N_NEG)):
        for i, (cat, fn, lang) in enumerate(plan(rng, templates, n), 1):
            when = mk_date(rng)
            w.msg_no += 1
            res = fn(w, lang, when)
            if kind == 'positive':
                spec, T, note = res
            else:
                (spec, note), T = res, set()
            spec.date = when
            msg, transport = build_message(spec, rng, msg_id(rng, when, spec.frm[1].split('@')[1]))
            data, eol = serialize(msg, rng)
            # identifier types are derived from what is actually present in the decoded message
            parsed = email.message_from_bytes(data, policy=email.policy.default)
            ids = found_ids(message_text(parsed), people, w.registry)
            if kind == 'positive':
                for t in ID_TYPES:
                    if t in ids:
                        T.add(t)
                    else:
                        T.discard(t)
            else:
                assert not ids, ('identifier in negative', cat, ids)
            rel = '%s/%s%03d_%s.eml' % (kind, kind[0], i, cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': kind == 'positive', 'types': [t for t in TYPES if t in T], 'lang': lang,
                           'note': '%s [%s, %s]' % (note, transport, eol)}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)))
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    people = load_nam_people()
    nams = {p.nam for p in people}
    counts = {'positive': 0, 'negative': 0}
    langs = {}
    for f in files:
        assert f.endswith('.eml')
        with open(os.path.join(out, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['From'] and msg['Subject'] is not None and msg['Date'] and msg['Message-ID'], f
        text = message_text(msg)          # decodes every part (raises on failure)
        lab = labels[f]
        kind = f.split('/')[0]
        counts[kind] += 1
        langs[(kind, lab['lang'])] = langs.get((kind, lab['lang']), 0) + 1
        assert lab['lang'] in ('fr', 'en')
        assert all(t in TYPES for t in lab['types'])
        sq = squash(text)
        cand = set(re.findall(r'[A-Z]{4}[0-9]{8}', sq))
        if kind == 'positive':
            assert lab['confidential'] is True and lab['types'], f
            if 'ramq_nam' in lab['types']:
                assert cand & nams, f
        else:
            assert lab['confidential'] is False and lab['types'] == [], f
            assert not (cand & nams), f
    assert counts == {'positive': N_POS, 'negative': N_NEG}, counts
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode() + b'\0' + data + b'\0')
    return counts, langs, h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    generate(args.out, args.seed)
    counts, langs, digest = self_check(args.out)
    print('positives: %d (fr %d, en %d)' % (counts['positive'], langs.get(('positive', 'fr'), 0), langs.get(('positive', 'en'), 0)))
    print('negatives: %d (fr %d, en %d)' % (counts['negative'], langs.get(('negative', 'fr'), 0), langs.get(('negative', 'en'), 0)))
    print('sha256: %s' % digest)


if __name__ == '__main__':
    main()
