#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus for a fictional Québec regional health network
(CISSS des Hautes-Rivières / CISSS de la Plaine-d'Achigan), labelled for confidentiality.

Deterministic from a seed.  Writes positive/, negative/ and labels.json next to this
file (or under --out DIR).  All people, institutions, addresses and domains are invented.
NAMs come only from ../blind_nams.txt.
"""
import argparse
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import shutil
import sys
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 2929
N_POS, N_NEG = 120, 180
FIXED_ZIP_TIME = (2024, 1, 15, 8, 0, 0)
FIXED_DT = dt.datetime(2024, 1, 15, 8, 0, 0)
TZ = dt.timezone(dt.timedelta(hours=-5))

# ----------------------------------------------------------------------------- people

class Person:
    def __init__(self, sur, given, dob, sex, nam=None):
        self.sur, self.given, self.dob, self.sex, self.nam = sur, given, dob, sex, nam


def load_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            people.append(Person(sur, given, dt.date.fromisoformat(dob), sex, nam))
    return people


EXTRA_SUR = ['Lavoie', 'Bergeron', 'Desjardins', 'Thériault', 'Lefebvre', 'Paradis', 'Dubé', 'Côté',
             'Rioux', 'Vachon', 'Harvey', 'Beaulieu', 'Dufour', 'Poulin', 'Ménard', 'Charbonneau']
EXTRA_GIVEN_F = ['Chantal', 'Isabelle', 'Mélanie', 'Julie', 'Karine', 'Lucie', 'Amélie', 'Hélène']
EXTRA_GIVEN_M = ['Yves', 'Mathieu', 'Sébastien', 'François', 'Luc', 'Éric', 'Benoît', 'Stéphane']
STAFF = [('Annie', 'Gravel', 'infirmière clinicienne', 'nurse clinician'),
         ('Marc-André', 'Boisvert', 'travailleur social', 'social worker'),
         ('Josiane', 'Lachance', 'pharmacienne', 'pharmacist'),
         ('Dre Hélène', 'Drouin', 'psychiatre', 'psychiatrist'),
         ('Dr Olivier', 'Bastien', 'radiologiste', 'radiologist'),
         ('Valérie', 'Champagne', 'agente administrative', 'administrative officer'),
         ('Kevin', 'O\'Connor', 'coordonnateur SAD', 'home care coordinator'),
         ('Nancy', 'Lamarche', 'sage-femme', 'midwife'),
         ('Patrick', 'St-Onge', 'conseiller RH', 'HR advisor'),
         ('Sylvain', 'Turcotte', 'technicien en informatique', 'IT technician'),
         ('Geneviève', 'Brisebois', 'chef de service', 'service manager'),
         ('Rachel', 'Whitfield', 'agente de liaison', 'liaison officer'),
         ('Dre Amira', 'Haddad', 'obstétricienne-gynécologue', 'obstetrician-gynecologist'),
         ('Jonathan', 'Miller', 'acheteur', 'buyer'),
         ('Louise', 'Carrière', 'conseillère qualité', 'quality advisor'),
         ('Dr Philippe', 'Sauvé', 'médecin de famille', 'family physician')]
ORGS = [('CISSS des Hautes-Rivières', 'cisss-hautesrivieres.example'),
        ("CISSS de la Plaine-d'Achigan", 'cisss-plaineachigan.example')]
SITES = ['Hôpital régional de Saint-Ferréol-des-Pins', 'CLSC des Trois-Lacs', 'CLSC de Val-Bérard',
         'CHSLD Le Boisé-Doré', 'Centre jeunesse Achigan-Nord', 'Hôpital de Lac-Brûlé',
         'Centre de réadaptation en dépendance Le Tournant']
TOWNS = ['Saint-Ferréol-des-Pins', 'Val-Bérard', 'Lac-Brûlé', 'Sainte-Mélodie', 'Notre-Dame-des-Cèdres',
         "Saint-Cyrille-de-l'Achigan", 'Saint-Ambroise-des-Lacs']
STREETS = ['rue des Érables', 'chemin du Lac-Vert', 'rue Principale', 'montée Gagnon', 'rang Sainte-Rose',
           'rue de la Fabrique', 'boul. des Laurentides-Est', 'chemin des Pionniers', 'rue Papineau-Nord']

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']

# ----------------------------------------------------------------------------- identifiers

def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(n, style):
    return [n, f'{n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]}-{n[3:6]}-{n[6:]}'][style % 3]


def gen_on_hcn(rng):
    while True:
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n, rng.choice(['AB', 'KT', 'MX', 'ZZ', 'PL'])


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 996)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + f'{serial:03d}'
        num = int(('2' + base) if dob.year >= 2000 else base)
        chk = 97 - num % 97
        n = base + f'{chk:02d}'
        if be_nn.is_valid(n):
            return n


def fmt_niss(n):
    return f'{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}'


def gen_nir(rng, dob, sex):
    while True:
        s = '1' if sex == 'M' else '2'
        dept = rng.choice(['75', '69', '13', '33', '59', '44', '35'])
        base = s + dob.strftime('%y%m') + dept + f'{rng.randint(1, 999):03d}' + f'{rng.randint(1, 999):03d}'
        key = 97 - int(base) % 97
        n = base + f'{key:02d}'
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n):
    return f'{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}'


def gen_mrn(rng):
    n = rng.randint(100000, 999999)
    return rng.choice([f'{n}', f'00{n}', f'H{n}', f'DOS-{n}', f'{n // 1000:03d}-{n % 1000:03d}'])


def luhn_serial(rng, length=9):
    body = ''.join(str(rng.randint(0, 9)) for _ in range(length - 1))
    return body + luhn.calc_check_digit(body)


def fmt_nam(nam, style):
    return [nam, f'{nam[:4]} {nam[4:8]} {nam[8:]}', nam.lower(), f'{nam[:4]}-{nam[4:8]}-{nam[8:]}',
            f'{nam[:4]} {nam[4:]}', ' '.join(nam[:4]) + ' ' + nam[4:]][style % 6]


def fmt_dob(d, lang, style):
    style %= 4
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.strftime('%d/%m/%Y')
    if style == 2:
        return f'{d.day} {MONTHS_FR[d.month - 1]} {d.year}' if lang == 'fr' else f'{MONTHS_EN[d.month - 1]} {d.day}, {d.year}'
    return d.strftime('%y-%m-%d')


def title(p, lang):
    if lang == 'fr':
        return 'Mme' if p.sex == 'F' else 'M.'
    return 'Mrs.' if p.sex == 'F' else 'Mr.'


def typo_name(s, rng):
    if len(s) < 4:
        return s
    i = rng.randint(1, len(s) - 3)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def fmt_name(p, lang, rng, style=None):
    style = rng.randint(0, 7) if style is None else style
    return [f'{p.given} {p.sur}', f'{title(p, lang)} {p.given} {p.sur}', f'{p.sur.upper()}, {p.given}',
            f'{title(p, lang)} {p.sur}', f'{p.given[0]}. {p.sur}', f'{p.sur} {p.given}',
            f'{p.given} {typo_name(p.sur, rng)}', f'{p.given.lower()} {p.sur.lower()}'][style]


def age(p, ref=dt.date(2024, 6, 1)):
    return ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))


def address(rng):
    return f'{rng.randint(12, 2990)}, {rng.choice(STREETS)}, {rng.choice(TOWNS)} (Québec) J{rng.randint(0, 9)}{rng.choice("KLTNEW")} {rng.randint(1, 9)}{rng.choice("ABCHKR")}{rng.randint(0, 9)}'


def phone(rng):
    return f'{rng.choice(["450", "579", "819"])}-555-{rng.randint(100, 199):04d}'


# ----------------------------------------------------------------------------- clinical vocab (fr, en)

MH_DX = [('trouble dépressif majeur, épisode récurrent', 'major depressive disorder, recurrent'),
         ('trouble bipolaire de type I, phase maniaque', 'bipolar I disorder, manic phase'),
         ('schizophrénie paranoïde', 'paranoid schizophrenia'),
         ('trouble de personnalité limite', 'borderline personality disorder'),
         ('trouble anxieux généralisé avec attaques de panique', 'generalized anxiety disorder with panic attacks'),
         ('trouble de stress post-traumatique', 'post-traumatic stress disorder'),
         ('psychose induite par substances', 'substance-induced psychosis')]
ADD_DX = [('trouble lié à l\'usage des opioïdes (fentanyl)', 'opioid use disorder (fentanyl)'),
          ('trouble lié à l\'usage de l\'alcool, sévère', 'severe alcohol use disorder'),
          ('trouble lié à l\'usage de la méthamphétamine', 'methamphetamine use disorder'),
          ('trouble lié à l\'usage du cannabis avec épisodes psychotiques', 'cannabis use disorder with psychotic episodes')]
MED_DX = [('MPOC avec exacerbations fréquentes', 'COPD with frequent exacerbations'),
          ('insuffisance cardiaque (FEVG 30 %)', 'heart failure (LVEF 30%)'),
          ('diabète de type 2 mal contrôlé', 'poorly controlled type 2 diabetes'),
          ('plaie de pression stade 3 au sacrum', 'stage 3 pressure injury, sacrum'),
          ("maladie d'Alzheimer, stade modéré", "Alzheimer's disease, moderate stage"),
          ('IRC stade 5 en hémodialyse', 'stage 5 CKD on haemodialysis'),
          ('néoplasie du sein gauche', 'left breast carcinoma'),
          ('AVC ischémique avec hémiparésie droite', 'ischaemic stroke with right hemiparesis'),
          ('fracture de la hanche droite opérée', 'right hip fracture, post-op')]
MH_MEDS = ['sertraline 150 mg DIE', 'quétiapine XR 300 mg HS', 'lithium 900 mg/jour', 'olanzapine 15 mg HS',
           'clozapine 350 mg/jour', 'aripiprazole LAI 400 mg IM q4 sem', 'venlafaxine XR 225 mg',
           'lorazépam 1 mg PRN', 'paliperidone palmitate 150 mg IM q mois']
ADD_MEDS = ['méthadone 85 mg DIE', 'buprénorphine-naloxone 16 mg DIE', 'naltrexone 50 mg DIE',
            'Kadian 400 mg (TAOi)', 'acamprosate 666 mg TID', 'gabapentine 300 mg TID']
MED_MEDS = ['apixaban 5 mg BID', 'furosémide 40 mg DIE', 'insuline glargine 24 U HS', 'metformine 1000 mg BID',
            'warfarine 5 mg (INR cible 2-3)', 'hydromorphone 2 mg SC q4h PRN', 'donépézil 10 mg DIE',
            'salbutamol 100 mcg 2 inh QID PRN', 'tiotropium 18 mcg DIE']
LABS = [('lithémie 1,6 mmol/L', 'lithium level 1.6 mmol/L'), ('K+ 6,3 mmol/L', 'K+ 6.3 mmol/L'),
        ('INR 4,9', 'INR 4.9'), ('Hb 71 g/L', 'Hb 71 g/L'),
        ('dépistage urinaire positif fentanyl et cocaïne', 'urine drug screen positive for fentanyl and cocaine'),
        ('HbA1c 10,2 %', 'HbA1c 10.2%'), ('créatinine 388 µmol/L', 'creatinine 388 µmol/L'),
        ('troponine 412 ng/L', 'troponin 412 ng/L'), ('TSH 14,1 mUI/L', 'TSH 14.1 mIU/L')]
SOCIAL = [('vit seule, aucun réseau de soutien, refuse l\'aide de sa fille', 'lives alone, no support network, refuses help from daughter'),
          ('en situation d\'itinérance depuis mars, dort au refuge', 'homeless since March, sleeping at the shelter'),
          ('sous curatelle publique', 'under public curatorship'),
          ('contexte de violence conjugale, conjoint sous interdit de contact', 'domestic violence context, partner under no-contact order'),
          ('perte de logement imminente (avis d\'éviction)', 'imminent loss of housing (eviction notice)'),
          ('prestataire d\'aide sociale, dettes importantes', 'on social assistance, significant debts'),
          ('ordonnance d\'hébergement et de soins en vigueur', 'court-ordered care and housing order in effect')]
IMG = [('TDM cérébral : lésion hypodense frontale gauche évoquant un AVC subaigu',
        'CT head: left frontal hypodense lesion consistent with subacute stroke'),
       ('Mammographie : masse spiculée QSE sein gauche, BI-RADS 5',
        'Mammogram: spiculated mass left UOQ, BI-RADS 5'),
       ('Radiographie pulmonaire : condensation lobaire inférieure droite',
        'Chest X-ray: right lower lobe consolidation'),
       ('Échographie abdominale : lithiase vésiculaire avec cholécystite',
        'Abdominal ultrasound: cholelithiasis with cholecystitis'),
       ('IRM lombaire : hernie discale L4-L5 avec compression radiculaire',
        'Lumbar MRI: L4-L5 disc herniation with root compression')]

# ----------------------------------------------------------------------------- attachments

def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = content.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>2024-01-15T08:00:00Z\g<3>', txt)
                content = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return out.getvalue()


def make_pdf(title_, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title_)
    c.setAuthor('')
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title_)
    c.setFont('Helvetica', 10)
    y -= 28
    for line in lines:
        for chunk in [line[i:i + 95] for i in range(0, max(len(line), 1), 95)]:
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 740
            c.drawString(60, y, chunk)
            y -= 14
    c.save()
    return buf.getvalue()


def make_docx(title_, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CISSS'
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = 'CISSS'
    d.add_heading(title_, level=1)
    for p in paras:
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


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = 'CISSS'
    ws = wb.active
    ws.title = sheet[:31]
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, enc='utf-8', delim=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc, errors='replace')


def make_ics(summary, desc, start, location, uid):
    def esc(t):
        return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    end = start + dt.timedelta(hours=1)
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CISSS//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'UID:{uid}', 'DTSTAMP:20240115T130000Z', f'DTSTART:{start:%Y%m%dT%H%M%S}', f'DTEND:{end:%Y%m%dT%H%M%S}',
             f'SUMMARY:{esc(summary)}', f'LOCATION:{esc(location)}', f'DESCRIPTION:{esc(desc)}',
             'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def make_vcf(fn, sur, given, tel, adr, note, org=''):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{sur};{given};;;', f'FN:{fn}']
    if org:
        lines.append(f'ORG:{org}')
    if tel:
        lines.append(f'TEL;TYPE=HOME,VOICE:{tel}')
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + adr.replace(',', '\\,') + ';;;;')
    if note:
        lines.append('NOTE:' + note.replace(',', '\\,'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


# ----------------------------------------------------------------------------- context helpers

class Ctx:
    def __init__(self, rng, lang, people, idx):
        self.rng, self.lang, self.people, self.idx = rng, lang, people, idx
        self.org, self.dom = rng.choice(ORGS)
        self.site = rng.choice(SITES)
        self.sender = rng.choice(STAFF)
        self.recip = rng.choice([s for s in STAFF if s != self.sender])

    def fr(self):
        return self.lang == 'fr'

    def t(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pick(self, pairs):
        p = self.rng.choice(pairs)
        return p[0] if self.fr() else p[1]

    def person(self):
        return self.rng.choice(self.people)

    def extra_person(self):
        sex = self.rng.choice('FM')
        given = self.rng.choice(EXTRA_GIVEN_F if sex == 'F' else EXTRA_GIVEN_M)
        d = dt.date(self.rng.randint(1935, 2012), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return Person(self.rng.choice(EXTRA_SUR), given, d, sex)

    def staff_addr(self, s):
        given = s[0].replace('Dre ', '').replace('Dr ', '')
        local = re.sub(r'[^a-z.-]', '', (given + '.' + s[1]).lower().replace('é', 'e').replace('è', 'e')
                       .replace('ç', 'c').replace("'", '').replace(' ', ''))
        return local + '.' + ('cisss' if 'hautes' in self.dom else 'cpa') + '@ssss.' + self.dom

    def sig(self):
        s = self.sender
        role = s[2] if self.fr() else s[3]
        style = self.rng.randint(0, 3)
        if style == 0:
            return f'\n-- \n{s[0]} {s[1]}\n{role}\n{self.site}\n{self.org}\nTél. : {phone(self.rng)} poste {self.rng.randint(2000, 7999)}'
        if style == 1:
            return f'\n{s[0].split()[-1]}'
        if style == 2:
            return (f'\nMerci,\n\n{s[0]} {s[1]} | {role}\n{self.org} — {self.site}\n'
                    f'{self.rng.randint(100, 999)}, rue du Dispensaire, {self.rng.choice(TOWNS)} (Québec)\n'
                    f'{phone(self.rng)} | téléc. {phone(self.rng)}\n'
                    'AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels.'
                    if self.fr() else
                    f'\nThanks,\n\n{s[0]} {s[1]} | {role}\n{self.org} — {self.site}\n{phone(self.rng)}\n'
                    'CONFIDENTIALITY NOTICE: this e-mail may contain confidential information.')
        return f'\n{self.t("Bonne journée", "Regards")},\n{s[0]} {s[1]}, {role}'

    def greet(self):
        r = self.recip
        first = r[0].split()[-1]
        if self.fr():
            return self.rng.choice([f'Bonjour {first},', 'Bonjour,', f'Allo {first}', 'Bonjour à tous,', f'{first},'])
        return self.rng.choice([f'Hi {first},', 'Hello,', f'Good morning {first},', 'Hi all,', f'{first} -'])


TYPOS_FR = [('rendez-vous', 'rendez-vou'), ('demain', 'demian'), ('patient', 'patinet'), ('suivi', 'suvi'),
            ('merci', 'mrci'), ('dossier', 'dosier'), ('semaine', 'semiane')]
TYPOS_EN = [('appointment', 'appointmnet'), ('tomorrow', 'tomorow'), ('patient', 'pateint'), ('follow', 'folow'),
            ('thanks', 'thansk'), ('please', 'plese'), ('week', 'weke')]


def add_typos(text, lang, rng):
    for a, b in (TYPOS_FR if lang == 'fr' else TYPOS_EN):
        if a in text and rng.random() < 0.25:
            text = text.replace(a, b, 1)
    return text


def quote_reply(ctx, inner_subject, inner_body, reply_text):
    rng = ctx.rng
    who = f'{ctx.recip[0]} {ctx.recip[1]}'
    d = dt.datetime(2024, rng.randint(1, 11), rng.randint(1, 28), rng.randint(7, 17), rng.randint(0, 59))
    if ctx.fr():
        hdr = rng.choice([f'Le {d.day} {MONTHS_FR[d.month - 1]} {d.year} à {d:%H:%M}, {who} a écrit :',
                          f'De : {who}\nEnvoyé : {d:%Y-%m-%d %H:%M}\nObjet : {inner_subject}'])
    else:
        hdr = rng.choice([f'On {MONTHS_EN[d.month - 1]} {d.day}, {d.year}, at {d:%I:%M %p}, {who} wrote:',
                          f'From: {who}\nSent: {d:%A, %B %d, %Y %I:%M %p}\nSubject: {inner_subject}'])
    if hdr.startswith(('Le ', 'On ')):
        q = '\n'.join('> ' + l if l else '>' for l in inner_body.split('\n'))
    else:
        q = inner_body
    return f'{reply_text}\n\n{hdr}\n{q}'


def forward(ctx, inner_subject, inner_body, note):
    who = f'{ctx.recip[0]} {ctx.recip[1]} <{ctx.staff_addr(ctx.recip)}>'
    if ctx.fr():
        hdr = f'-------- Message transféré --------\nDe : {who}\nDate : 2024-{ctx.rng.randint(1, 11):02d}-{ctx.rng.randint(1, 28):02d}\nObjet : {inner_subject}'
    else:
        hdr = f'---------- Forwarded message ---------\nFrom: {who}\nDate: 2024-{ctx.rng.randint(1, 11):02d}-{ctx.rng.randint(1, 28):02d}\nSubject: {inner_subject}'
    return f'{note}\n\n{hdr}\n\n{inner_body}'


# ----------------------------------------------------------------------------- positive templates
# each returns dict(subject, body, atts=[(filename, maintype, subtype, bytes)], types=set, note)

def id_block(ctx, p, use_dob=True, mrn=False):
    """returns (text, types) for a patient identification block"""
    rng = ctx.rng
    types = {'patient_name'}
    parts = [fmt_name(p, ctx.lang, rng, rng.choice([0, 1, 2, 5, 6]))]
    if rng.random() < 0.8:
        parts.append(('NAM ' if ctx.fr() else rng.choice(['RAMQ ', 'HIN ', 'NAM '])) + fmt_nam(p.nam, rng.randint(0, 5)))
        types.add('ramq_nam')
    if use_dob and rng.random() < 0.7:
        parts.append(ctx.t('DDN ', 'DOB ') + fmt_dob(p.dob, ctx.lang, rng.randint(0, 3)))
        types.add('date_of_birth')
    if mrn or rng.random() < 0.3:
        parts.append(ctx.t('dossier ', 'chart ') + gen_mrn(rng))
        types.add('mrn')
    sep = rng.choice([', ', ' - ', ' / ', '\n'])
    return sep.join(parts), types


def pos_mh_referral(ctx):
    p = ctx.person()
    idt, types = id_block(ctx, p)
    dx, med = ctx.pick(MH_DX), ctx.rng.choice(MH_MEDS)
    types |= {'diagnosis', 'medication'}
    soc = ''
    if ctx.rng.random() < 0.5:
        soc = ctx.pick(SOCIAL)
        types.add('social_information')
    if ctx.fr():
        subj = ctx.rng.choice(['Référence GASM', 'Demande de suivi en santé mentale', f'Réf. psychiatrie - {p.sur}', 'URGENT référence santé mentale adulte'])
        body = (f'{ctx.greet()}\n\nJe vous réfère l\'usager suivant pour évaluation au guichet d\'accès santé mentale :\n\n{idt}\n\n'
                f'Motif : {dx}. Hospitalisation récente à l\'unité de psychiatrie ({ctx.rng.randint(5, 30)} jours). '
                f'Médication au congé : {med}.\n{("Contexte : " + soc + ".") if soc else ""}\n'
                f'Merci de prioriser, risque de rechute élevé.\n{ctx.sig()}')
    else:
        subj = ctx.rng.choice(['Mental health referral', f'Referral - {p.sur}', 'Adult MH access point referral'])
        body = (f'{ctx.greet()}\n\nPlease find below a referral for assessment by the adult mental health access point:\n\n{idt}\n\n'
                f'Reason: {dx}. Recently discharged from the psychiatric unit after {ctx.rng.randint(5, 30)} days. '
                f'Discharge meds: {med}.\n{("Social: " + soc + ".") if soc else ""}\nHigh relapse risk, please prioritize.\n{ctx.sig()}')
    return dict(subject=subj, body=body, types=types, note='mental health referral in body')


def pos_addiction(ctx):
    p = ctx.person()
    name = fmt_name(p, ctx.lang, ctx.rng)
    med, lab = ctx.rng.choice(ADD_MEDS), ctx.pick(LABS[4:5])
    types = {'patient_name', 'medication', 'lab_result', 'diagnosis'}
    nam = ''
    if ctx.rng.random() < 0.6:
        nam = fmt_nam(p.nam, ctx.rng.randint(0, 5))
        types.add('ramq_nam')
    if ctx.fr():
        subj = ctx.rng.choice(['TAO - ajustement de dose', 'Suboxone / méthadone pharmacie communautaire', 'Dépistage urinaire'])
        body = (f'{ctx.greet()}\n\nPour {name}{(" (" + nam + ")") if nam else ""}, suivie en TAO au CRD Le Tournant : '
                f'{ctx.pick(ADD_DX)}.\nRésultat de cette semaine : {lab}. On maintient {med}, mais on retire les doses '
                f'à emporter jusqu\'à nouvel ordre.\nPouvez-vous aviser la pharmacie communautaire?\n{ctx.sig()}')
    else:
        subj = ctx.rng.choice(['OAT dose adjustment', 'Carries suspended', 'UDS result'])
        body = (f'{ctx.greet()}\n\nRe {name}{(" (RAMQ " + nam + ")") if nam else ""}, followed in our OAT program for '
                f'{ctx.pick(ADD_DX)}.\nThis week\'s result: {lab}. Continuing {med} but carries are suspended until further notice.\n'
                f'Could you let the community pharmacy know?\n{ctx.sig()}')
    return dict(subject=subj, body=body, types=types, note='addiction treatment with drug screen')


def pos_home_care(ctx):
    p = ctx.person()
    name = fmt_name(p, ctx.lang, ctx.rng, ctx.rng.choice([0, 1, 2, 3]))
    adr, tel = address(ctx.rng), phone(ctx.rng)
    dx = ctx.pick(MED_DX)
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    if ctx.fr():
        subj = ctx.rng.choice(['Visite SAD demain', 'Nouvelle demande SAD', 'soins de plaie à domicile', 'Tournée infirmière - ajout'])
        body = (f'{ctx.greet()}\n\nAjout à la tournée de demain AM :\n- {name}\n- {adr}\n- tél. {tel} (sonner 2 fois, '
                f'malentendant{"e" if p.sex == "F" else ""})\n- {dx}, pansement aux 48 h\n\n'
                f'Le code de la porte est dans le dossier. Merci!\n{ctx.sig()}')
    else:
        subj = ctx.rng.choice(['Home care visit tomorrow', 'New home care request', 'Wound care at home'])
        body = (f'{ctx.greet()}\n\nAdding to tomorrow morning\'s route:\n- {name}\n- {adr}\n- phone {tel}\n'
                f'- {dx}, dressing change every 48h\n\nKey box code is in the chart. Thanks!\n{ctx.sig()}')
    return dict(subject=subj, body=body, types=types, note='home care visit with address')


def pos_youth(ctx):
    p = ctx.person()
    child = p if age(p) < 18 else ctx.extra_person()
    if age(child) >= 18:
        child.dob = dt.date(2014, child.dob.month, child.dob.day)
    types = {'patient_name', 'social_information', 'date_of_birth'}
    nam = ''
    if child.nam and ctx.rng.random() < 0.7:
        nam = fmt_nam(child.nam, ctx.rng.randint(0, 5))
        types.add('ramq_nam')
    dob = fmt_dob(child.dob, ctx.lang, ctx.rng.randint(0, 3))
    if ctx.fr():
        subj = ctx.rng.choice(['Liaison DPJ', 'Signalement - suivi', 'Placement famille d\'accueil - info santé', 'confidentiel'])
        body = (f'{ctx.greet()}\n\nSuite au signalement retenu (négligence, art. 38 b LPJ), l\'enfant {child.given} {child.sur} '
                f'(né{"e" if child.sex == "F" else ""} le {dob}{", NAM " + nam if nam else ""}) a été confié{"e" if child.sex == "F" else ""} '
                f'à une famille d\'accueil de {ctx.rng.choice(TOWNS)}.\nLa mère a des contacts supervisés 1x/semaine. '
                f'Merci de transférer le carnet de vaccination et le suivi pédiatrique au CLSC de secteur.\n{ctx.sig()}')
    else:
        subj = ctx.rng.choice(['Youth protection liaison', 'DPJ placement - health follow-up'])
        body = (f'{ctx.greet()}\n\nFollowing the retained report (neglect), the child {child.given} {child.sur} '
                f'(DOB {dob}{", RAMQ " + nam if nam else ""}) has been placed in a foster family.\n'
                f'Supervised visits with the mother once a week. Please transfer the vaccination record to the local CLSC.\n{ctx.sig()}')
    return dict(subject=subj, body=body, types=types, note='youth protection placement')


def pos_pharmacy(ctx):
    p = ctx.person()
    mrn = gen_mrn(ctx.rng)
    meds = ctx.rng.sample(MED_MEDS + MH_MEDS, 4)
    types = {'mrn', 'medication', 'patient_name'}
    name = fmt_name(p, ctx.lang, ctx.rng, ctx.rng.choice([2, 5, 3]))
    if ctx.fr():
        subj = ctx.rng.choice(['Bilan comparatif des médicaments', 'BCM admission', 'Ordonnance à clarifier', 'Interaction - à valider'])
        lines = '\n'.join(f'{i + 1}. {m}' for i, m in enumerate(meds))
        body = (f'{ctx.greet()}\n\nBCM pour {name} (dossier {mrn}), admis{"e" if p.sex == "F" else ""} à l\'unité 3 Nord :\n{lines}\n\n'
                f'Le {meds[0].split()[0]} ne figure pas au DSQ, pouvez-vous confirmer avec la pharmacie communautaire?\n{ctx.sig()}')
    else:
        subj = ctx.rng.choice(['Med rec on admission', 'Prescription clarification', 'Best possible medication history'])
        lines = '\n'.join(f'{i + 1}. {m}' for i, m in enumerate(meds))
        body = (f'{ctx.greet()}\n\nMed rec for {name} (MRN {mrn}), admitted to 3 North:\n{lines}\n\n'
                f'{meds[0].split()[0]} isn\'t in the provincial drug record, can you confirm with the community pharmacy?\n{ctx.sig()}')
    return dict(subject=subj, body=body, types=types, note='medication reconciliation with chart number')


def pos_imaging(ctx):
    p = ctx.person()
    idt, types = id_block(ctx, p, mrn=True)
    finding = ctx.pick(IMG)
    types.add('diagnosis')
    pdf_lines = [idt.replace('\n', ' | '), '', finding, '', ctx.t('Radiologiste : Dr Olivier Bastien', 'Radiologist: Dr Olivier Bastien')]
    atts = []
    if ctx.rng.random() < 0.5:
        fn = ctx.rng.choice([f'rapport_imagerie_{p.sur}.pdf', 'rapport.pdf', f'{p.nam}_TDM.pdf', 'scan0042.pdf'])
        atts.append((fn, 'application', 'pdf', make_pdf(ctx.t('Rapport d\'imagerie médicale', 'Medical imaging report'), pdf_lines)))
        body = ctx.t(f'{ctx.greet()}\n\nRapport ci-joint, résultat significatif à communiquer au médecin traitant aujourd\'hui.\n{ctx.sig()}',
                     f'{ctx.greet()}\n\nReport attached, significant finding to be communicated to the family doctor today.\n{ctx.sig()}')
        note = 'imaging report in PDF attachment'
    else:
        body = ctx.t(f'{ctx.greet()}\n\nRésultat critique :\n{idt}\n{finding}\nMerci d\'aviser le Dr Sauvé.\n{ctx.sig()}',
                     f'{ctx.greet()}\n\nCritical result:\n{idt}\n{finding}\nPlease notify Dr Sauvé.\n{ctx.sig()}')
        note = 'imaging critical finding in body'
    subj = ctx.t(ctx.rng.choice(['Résultat imagerie', 'Rapport TDM', 'Résultat critique radiologie']),
                 ctx.rng.choice(['Imaging result', 'CT report', 'Critical radiology finding']))
    return dict(subject=subj, body=body, atts=atts, types=types, note=note)


def pos_obstetrics(ctx):
    fem = [x for x in ctx.people if x.sex == 'F' and 1975 <= x.dob.year <= 2006]
    p = ctx.rng.choice(fem)
    name = fmt_name(p, ctx.lang, ctx.rng)
    types = {'patient_name', 'diagnosis', 'lab_result', 'medication'}
    g = ctx.rng.randint(2, 5)
    extra = ''
    if ctx.rng.random() < 0.5:
        extra = ctx.t(f' DDN {fmt_dob(p.dob, "fr", 1)}', f' DOB {fmt_dob(p.dob, "en", 0)}')
        types.add('date_of_birth')
    if ctx.fr():
        subj = ctx.rng.choice(['Suivi de grossesse - transfert', 'Obstétrique : SGB+', 'Prise en charge prénatale'])
        body = (f'{ctx.greet()}\n\n{name}{extra}, G{g}P{g - 1}, {ctx.rng.randint(28, 39)} sem. Diabète gestationnel sous insuline, '
                f'SGB positif au dépistage, β-hCG initiale {ctx.rng.randint(900, 3000)} UI/L.\n'
                f'Accouchement prévu au Centre mère-enfant. Antécédent de dépression post-partum.\n{ctx.sig()}')
    else:
        subj = ctx.rng.choice(['Prenatal transfer of care', 'OB: GBS positive'])
        body = (f'{ctx.greet()}\n\n{name}{extra}, G{g}P{g - 1}, {ctx.rng.randint(28, 39)} weeks. Gestational diabetes on insulin, '
                f'GBS positive on screening.\nPlanned delivery at the birthing centre. History of postpartum depression.\n{ctx.sig()}')
    return dict(subject=subj, body=body, types=types, note='obstetric follow-up')


def pos_ltc(ctx):
    old = [x for x in ctx.people if x.dob.year < 1950]
    p = ctx.rng.choice(old)
    idt, types = id_block(ctx, p)
    dx, soc = ctx.pick(MED_DX[4:5] + MED_DX[7:]), ctx.pick(SOCIAL[:3] + SOCIAL[6:])
    types |= {'diagnosis', 'social_information'}
    tbl = [[ctx.t('Champ', 'Field'), ctx.t('Valeur', 'Value')], [ctx.t('Usager', 'Resident'), idt.replace('\n', ' ')],
           [ctx.t('Diagnostic', 'Diagnosis'), dx], [ctx.t('Situation sociale', 'Social situation'), soc],
           ['ISO-SMAF', f'profil {ctx.rng.randint(9, 14)}']]
    if ctx.rng.random() < 0.5:
        atts = [(ctx.rng.choice(['demande_hebergement.docx', f'MSSS_hebergement_{p.sur}.docx']), 'application',
                 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                 make_docx(ctx.t('Demande d\'hébergement CHSLD', 'LTC admission request'), [ctx.t('Mécanisme d\'accès à l\'hébergement', 'Access mechanism')], tbl))]
        body = ctx.t(f'{ctx.greet()}\n\nVoici la demande pour le comité d\'orientation de jeudi.\n{ctx.sig()}',
                     f'{ctx.greet()}\n\nHere is the request for Thursday\'s placement committee.\n{ctx.sig()}')
        note = 'LTC admission request in DOCX'
    else:
        atts = []
        rows = '\n'.join(f'{a}: {b}' for a, b in tbl[1:])
        body = ctx.t(f'{ctx.greet()}\n\nDemande d\'hébergement CHSLD Le Boisé-Doré :\n{rows}\n{ctx.sig()}',
                     f'{ctx.greet()}\n\nLTC admission request, CHSLD Le Boisé-Doré:\n{rows}\n{ctx.sig()}')
        note = 'LTC admission request in body'
    subj = ctx.t(ctx.rng.choice(['Demande d\'hébergement', 'Comité d\'orientation - dossier', 'Admission CHSLD']),
                 ctx.rng.choice(['LTC admission', 'Placement committee file']))
    return dict(subject=subj, body=body, atts=atts, types=types, note=note)


def pos_transport(ctx):
    p = ctx.person()
    name = fmt_name(p, ctx.lang, ctx.rng, ctx.rng.choice([0, 2, 5, 3]))
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    adr, tel = address(ctx.rng), phone(ctx.rng)
    if ctx.fr():
        subj = ctx.rng.choice(['Transport adapté - dialyse', 'Réservation transport', 'transport lundi'])
        body = (f'{ctx.greet()}\n\nSVP réserver le transport pour {name}, hémodialyse lun-mer-ven 7 h 30.\n'
                f'Adresse : {adr}\nCell : {tel}\nFauteuil roulant, oxygène 2 L.\n{ctx.sig()}')
    else:
        subj = ctx.rng.choice(['Transport booking - dialysis', 'Paratransit request'])
        body = (f'{ctx.greet()}\n\nPlease book transport for {name}, haemodialysis Mon-Wed-Fri 7:30.\n'
                f'Pickup: {adr}\nCell: {tel}\nWheelchair, O2 2 L.\n{ctx.sig()}')
    return dict(subject=subj, body=body, types=types, note='transport booking with address and dialysis')


def pos_lab(ctx):
    p = ctx.person()
    mrn = gen_mrn(ctx.rng)
    lab = ctx.pick(LABS)
    types = {'patient_name', 'mrn', 'lab_result'}
    name = fmt_name(p, ctx.lang, ctx.rng, ctx.rng.choice([2, 5, 4]))
    if ctx.fr():
        subj = ctx.rng.choice(['Valeur critique labo', 'Résultat à transmettre', f'{p.sur.upper()} - résultat'])
        body = f'{ctx.greet()}\n\nValeur critique {name} # {mrn} : {lab} (prélevé ce matin au CLSC).\nMD avisé? Merci\n{ctx.sig()}'
    else:
        subj = ctx.rng.choice(['Critical lab value', 'Result to forward'])
        body = f'{ctx.greet()}\n\nCritical value for {name} #{mrn}: {lab} (drawn this morning at the CLSC).\nWas the MD notified?\n{ctx.sig()}'
    return dict(subject=subj, body=body, types=types, note='critical lab value')


def pos_roster(ctx):
    pts = ctx.rng.sample(ctx.people, ctx.rng.randint(4, 8))
    kind = ctx.rng.choice(['xlsx', 'csv', 'body', 'zip'])
    head = [ctx.t('Nom', 'Surname'), ctx.t('Prénom', 'Given'), 'NAM', ctx.t('DDN', 'DOB'), ctx.t('Diagnostic', 'Diagnosis'), ctx.t('Intervenant', 'Worker')]
    rows = [head] + [[x.sur.upper(), x.given, x.nam, x.dob.isoformat(), ctx.pick(MH_DX + MED_DX), ctx.rng.choice(STAFF)[1]] for x in pts]
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'}
    atts = []
    base = ctx.rng.choice(['liste_attente', 'caseload', 'roster_SAD', 'usagers_GASM'])
    if kind == 'xlsx':
        atts.append((base + '.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Liste', rows)))
    elif kind == 'csv':
        atts.append((base + '.csv', 'text', 'csv', make_csv(rows, ctx.rng.choice(['utf-8', 'cp1252']))))
    elif kind == 'zip':
        atts.append((base + '.zip', 'application', 'zip', make_zip([(base + '.csv', make_csv(rows)), ('LISEZMOI.txt', b'Liste interne\r\n')])))
    body_tbl = ''
    if kind == 'body':
        body_tbl = '\n'.join(' | '.join(r) for r in rows)
    body = ctx.t(f'{ctx.greet()}\n\nVoici la liste à jour pour la rencontre d\'équipe.\n\n{body_tbl}\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nUpdated list for the team meeting.\n\n{body_tbl}\n{ctx.sig()}')
    subj = ctx.t(ctx.rng.choice(['Liste d\'attente à jour', 'Charge de cas', 'Liste des usagers']),
                 ctx.rng.choice(['Updated waitlist', 'Caseload', 'Client list']))
    return dict(subject=subj, body=body, atts=atts, types=types, note=f'patient roster ({kind})')


def pos_out_of_province(ctx):
    p = ctx.extra_person()
    kind = ctx.rng.choice(['on', 'fr', 'be', 'sin'])
    name = f'{p.given} {p.sur}'
    dx = ctx.pick(MED_DX + MH_DX)
    types = {'patient_name', 'diagnosis'}
    if kind == 'on':
        n, vc = gen_on_hcn(ctx.rng)
        ident = ctx.rng.choice([f'OHIP {n[:4]}-{n[4:7]}-{n[7:]}-{vc}', f'Ontario HN {n} {vc}', f'carte santé Ontario {n}'])
        types.add('ca_health_number')
    elif kind == 'fr':
        n = gen_nir(ctx.rng, p.dob, p.sex)
        ident = ctx.rng.choice([f'n° sécu {fmt_nir(n)}', f'NIR {n}', f'INSEE {fmt_nir(n)}'])
        types.add('fr_nir')
    elif kind == 'be':
        n = gen_niss(ctx.rng, p.dob, p.sex)
        ident = ctx.rng.choice([f'NISS {fmt_niss(n)}', f'numéro national {n}', f'INSZ {fmt_niss(n)}'])
        types.add('be_niss')
    else:
        n = gen_sin(ctx.rng)
        ident = ctx.t(f'NAS {fmt_sin(n, ctx.rng.randint(0, 2))}', f'SIN {fmt_sin(n, ctx.rng.randint(0, 2))}')
        types |= {'ca_sin', 'social_information'}
    if ctx.rng.random() < 0.5:
        ident += ctx.t(f', né{"e" if p.sex == "F" else ""} le {fmt_dob(p.dob, "fr", 2)}', f', born {fmt_dob(p.dob, "en", 2)}')
        types.add('date_of_birth')
    if kind == 'sin':
        body = ctx.t(f'{ctx.greet()}\n\nPour la demande de prestations de {name} ({ident}) : {dx}, inapte au travail pour 6 mois. '
                     f'Sans revenu depuis la fin de son assurance-emploi.\n{ctx.sig()}',
                     f'{ctx.greet()}\n\nFor {name}\'s benefits application ({ident}): {dx}, unable to work for 6 months. '
                     f'No income since EI ended.\n{ctx.sig()}')
        subj = ctx.t('Formulaire médical - aide financière', 'Medical form - income support')
    else:
        body = ctx.t(f'{ctx.greet()}\n\nUsager hors Québec vu à l\'urgence : {name}, {ident}.\nDx : {dx}. '
                     f'Facturation hors province à faire, copie du sommaire à la RAMQ.\n{ctx.sig()}',
                     f'{ctx.greet()}\n\nOut-of-province patient seen in ER: {name}, {ident}.\nDx: {dx}. '
                     f'Out-of-province billing needed.\n{ctx.sig()}')
        subj = ctx.t(ctx.rng.choice(['Facturation hors Québec', 'Usager hors province']), 'Out-of-province billing')
    return dict(subject=subj, body=body, types=types, note=f'non-Quebec identifier ({kind})')


def pos_ics(ctx):
    p = ctx.person()
    name = fmt_name(p, ctx.lang, ctx.rng, ctx.rng.choice([0, 5]))
    dx = ctx.pick(MH_DX + MED_DX)
    start = dt.datetime(2024, ctx.rng.randint(1, 11), ctx.rng.randint(1, 28), ctx.rng.randint(8, 15), 0)
    types = {'patient_name', 'diagnosis'}
    desc = ctx.t(f'Usager : {name}\nMotif : {dx}', f'Patient: {name}\nReason: {dx}')
    if ctx.rng.random() < 0.5:
        desc += f'\nNAM {p.nam}'
        types.add('ramq_nam')
    ics = make_ics(ctx.t(f'Rencontre interdisciplinaire - {p.sur}', f'Case conference - {p.sur}'), desc, start,
                   ctx.t('Salle 2.14', 'Room 2.14'), f'case-{ctx.idx}@{ctx.dom}')
    body = ctx.t(f'{ctx.greet()}\n\nInvitation pour la rencontre clinique.\n{ctx.sig()}', f'{ctx.greet()}\n\nInvite for the case conference.\n{ctx.sig()}')
    return dict(subject=ctx.t('Invitation : rencontre clinique', 'Invitation: case conference'), body=body,
                atts=[('invite.ics', 'text', 'calendar', ics)], types=types, note='calendar invite with patient case')


def pos_vcard(ctx):
    p = ctx.person()
    adr, tel = address(ctx.rng), phone(ctx.rng)
    dx = ctx.pick(MED_DX)
    vcf = make_vcf(f'{p.given} {p.sur}', p.sur, p.given, tel, adr, ctx.t(f'Usager SAD - {dx}', f'Home care client - {dx}'))
    body = ctx.t(f'{ctx.greet()}\n\nFiche contact de l\'usager pour la tournée.\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nClient contact card for the route.\n{ctx.sig()}')
    return dict(subject=ctx.t('contact usager', 'client contact'), body=body,
                atts=[(f'{p.given}_{p.sur}.vcf', 'text', 'vcard', vcf)],
                types={'patient_name', 'patient_contact', 'diagnosis'}, note='patient vCard with care note')


POS_CORE = [pos_mh_referral, pos_addiction, pos_home_care, pos_youth, pos_pharmacy, pos_imaging, pos_obstetrics,
            pos_ltc, pos_transport, pos_lab, pos_roster, pos_out_of_province, pos_ics, pos_vcard]


def swapped(ctx, fn):
    ctx.sender, ctx.recip = ctx.recip, ctx.sender
    r = fn(ctx)
    ctx.sender, ctx.recip = ctx.recip, ctx.sender
    return r


def pos_quoted(ctx):
    inner = swapped(ctx, ctx.rng.choice(POS_CORE[:10]))
    inner['atts'] = inner.get('atts', [])
    reply = ctx.t(ctx.rng.choice(['C\'est noté, merci.', 'Ok je m\'en occupe.', 'Reçu. On le voit mardi.']),
                  ctx.rng.choice(['Noted, thanks.', 'OK, on it.', 'Got it, we will see them Tuesday.']))
    inner['body'] = quote_reply(ctx, inner['subject'], inner['body'], reply + ctx.sig())
    inner['subject'] = ctx.t('RE: ', 'RE: ') + inner['subject']
    inner['note'] += '; only in quoted reply'
    return inner


def pos_forward(ctx):
    inner = swapped(ctx, ctx.rng.choice(POS_CORE[:10]))
    if ctx.rng.random() < 0.5:
        note = ctx.t('Pour info, voir ci-dessous.', 'FYI, see below.')
        inner['body'] = forward(ctx, inner['subject'], inner['body'], note)
        inner['subject'] = ctx.t('TR: ', 'Fwd: ') + inner['subject']
        inner['note'] += '; inline forward'
    else:
        inner['as_eml'] = True
        inner['note'] += '; forwarded as attached .eml'
    return inner


def pos_subject_only(ctx):
    p = ctx.person()
    dx = ctx.pick(MH_DX[:3] + MED_DX)
    subj = ctx.t(f'{p.sur} {p.given} - {dx}', f'{p.given} {p.sur} - {dx}')
    body = ctx.t(f'{ctx.greet()}\n\nVoir sujet. Peux-tu me rappeler?\n{ctx.sig()}', f'{ctx.greet()}\n\nSee subject. Can you call me back?\n{ctx.sig()}')
    return dict(subject=subj, body=body, types={'patient_name', 'diagnosis'}, note='patient name and diagnosis in subject only')


def pos_pdf_discharge(ctx):
    p = ctx.person()
    idt, types = id_block(ctx, p)
    dx, med = ctx.pick(MED_DX + MH_DX), ctx.rng.choice(MED_MEDS + MH_MEDS)
    types |= {'diagnosis', 'medication'}
    lines = [idt.replace('\n', ' | '), ctx.t(f'Diagnostic principal : {dx}', f'Main diagnosis: {dx}'),
             ctx.t(f'Médication au congé : {med}', f'Discharge medication: {med}'),
             ctx.t('Suivi CLSC dans 7 jours.', 'CLSC follow-up within 7 days.')]
    kind = ctx.rng.choice(['pdf', 'docx', 'zip'])
    fn = ctx.rng.choice(['sommaire_hospit', 'discharge_summary', 'doc_' + p.sur.lower(), 'Numérisation_001'])
    pdf = make_pdf(ctx.t('Sommaire d\'hospitalisation', 'Discharge summary'), lines)
    if kind == 'pdf':
        atts = [(fn + '.pdf', 'application', 'pdf', pdf)]
    elif kind == 'docx':
        atts = [(fn + '.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                 make_docx(ctx.t('Sommaire d\'hospitalisation', 'Discharge summary'), lines))]
    else:
        atts = [(fn + '.zip', 'application', 'zip', make_zip([(fn + '.pdf', pdf)]))]
    body = ctx.t(f'{ctx.greet()}\n\nCi-joint le sommaire pour le suivi post-hospit.\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nAttached is the summary for post-discharge follow-up.\n{ctx.sig()}')
    return dict(subject=ctx.t('Sommaire', 'Summary'), body=body, atts=atts, types=types, note=f'discharge summary in {kind}')


POS_CATS = [('santementale', pos_mh_referral), ('dependance', pos_addiction), ('sad', pos_home_care),
            ('dpj', pos_youth), ('pharmacie', pos_pharmacy), ('imagerie', pos_imaging), ('obstetrique', pos_obstetrics),
            ('chsld', pos_ltc), ('transport', pos_transport), ('labo', pos_lab), ('liste', pos_roster),
            ('horsquebec', pos_out_of_province), ('agenda', pos_ics), ('vcard', pos_vcard), ('reponse', pos_quoted),
            ('transfert', pos_forward), ('objet', pos_subject_only), ('sommaire', pos_pdf_discharge)]

# ----------------------------------------------------------------------------- negative templates

def neg_schedule(ctx):
    staff = ctx.rng.sample(STAFF, 6)
    rows = [[ctx.t('Nom', 'Name'), ctx.t('Lun', 'Mon'), ctx.t('Mar', 'Tue'), ctx.t('Mer', 'Wed'), ctx.t('Jeu', 'Thu'), ctx.t('Ven', 'Fri')]]
    for s in staff:
        rows.append([f'{s[1].upper()}, {s[0].replace("Dre ", "").replace("Dr ", "")}'] +
                    [ctx.rng.choice(['J', 'S', 'N', 'C', 'MAL', 'FÉR', '-']) for _ in range(5)])
    atts = []
    if ctx.rng.random() < 0.5:
        atts = [('horaire_semaine.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Horaire', rows))]
        tbl = ''
    else:
        tbl = '\n'.join(' | '.join(r) for r in rows)
    body = ctx.t(f'{ctx.greet()}\n\nHoraire de la semaine prochaine, unité de psychiatrie 4 Sud. MAL = congé maladie, '
                 f'FÉR = férié. Besoin d\'une remplaçante le mercredi soir.\n\n{tbl}\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nNext week\'s schedule, 4 South psychiatry. MAL = sick leave. Need a replacement Wednesday evening.\n\n{tbl}\n{ctx.sig()}')
    return dict(subject=ctx.t('Horaire 4 Sud', 'Schedule 4 South'), body=body, atts=atts, note='staff schedule with sick leave codes')


def neg_hr_health(ctx):
    s = ctx.rng.choice(STAFF)
    mat = ctx.rng.randint(100000, 999999)
    body = ctx.t(f'{ctx.greet()}\n\nRetour progressif de {s[0]} {s[1]} (matricule {mat}) à compter du 2024-0{ctx.rng.randint(1, 9)}-0{ctx.rng.randint(1, 9)} '
                 f'selon les recommandations du bureau de santé au travail : 3 jours/semaine, pas de levée de charge. '
                 f'Dossier CNESST {luhn_serial(ctx.rng, 9)} en cours.\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nGradual return to work for {s[0]} {s[1]} (employee no. {mat}) per occupational health: '
                 f'3 days/week, no lifting. Workers\' comp claim {luhn_serial(ctx.rng, 9)} open.\n{ctx.sig()}')
    return dict(subject=ctx.t('Retour progressif - employé', 'Gradual return to work'), body=body, note='employee occupational health (HR)')


def neg_payroll(ctx):
    body = ctx.t(f'{ctx.greet()}\n\nLa paie du {ctx.rng.randint(1, 28)} sera déposée normalement. Les primes de soir (4 %) et '
                 f'de soins critiques seront ajustées rétroactivement sur la période {ctx.rng.randint(1, 26)}. '
                 f'Pour toute question, référence de lot de paie {luhn_serial(ctx.rng, 9)}.\n\nService de la paie\n{ctx.org}',
                 f'{ctx.greet()}\n\nPayday on the {ctx.rng.randint(1, 28)}th is unchanged. Evening and critical-care premiums will be '
                 f'adjusted retroactively for period {ctx.rng.randint(1, 26)}. Payroll batch ref {luhn_serial(ctx.rng, 9)}.\n\nPayroll\n{ctx.org}')
    return dict(subject=ctx.t('Avis de la paie', 'Payroll notice'), body=body, note='payroll notice with batch number')


def neg_procurement(ctx):
    items = [('Seringues 3 mL Luer-Lock', 'Syringes 3 mL'), ('Pansements hydrocolloïdes 10x10', 'Hydrocolloid dressings'),
             ('Naloxone 4 mg vaporisateur nasal (trousses)', 'Naloxone nasal spray kits'), ('Gel échographique 5 L', 'Ultrasound gel 5 L'),
             ('Bandelettes glycémie', 'Glucose strips')]
    rows = [[ctx.t('Article', 'Item'), 'Lot', ctx.t('Qté', 'Qty'), ctx.t('Prix', 'Price')]]
    for it in ctx.rng.sample(items, 3):
        rows.append([ctx.pick([it]), luhn_serial(ctx.rng, 10), str(ctx.rng.randint(5, 500)), f'{ctx.rng.randint(10, 900)},{ctx.rng.randint(10, 99)} $'])
    po = f'BC-2024-{ctx.rng.randint(10000, 99999)}'
    kind = ctx.rng.choice(['pdf', 'csv', 'body'])
    atts, tbl = [], ''
    if kind == 'pdf':
        atts = [(f'{po}.pdf', 'application', 'pdf', make_pdf(f'Bon de commande {po}', [' | '.join(r) for r in rows]))]
    elif kind == 'csv':
        atts = [(f'{po}.csv', 'text', 'csv', make_csv(rows, 'cp1252'))]
    else:
        tbl = '\n'.join(' | '.join(r) for r in rows)
    body = ctx.t(f'{ctx.greet()}\n\nBon de commande {po} approuvé, fournisseur MédiDistribution (fictif). Livraison au quai du '
                 f'{ctx.site}.\n{tbl}\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nPO {po} approved, vendor MediDistribution. Delivery to the {ctx.site} dock.\n{tbl}\n{ctx.sig()}')
    return dict(subject=ctx.t(f'Approvisionnement - {po}', f'Procurement - {po}'), body=body, atts=atts, note='purchase order with lot numbers')


def neg_it(ctx):
    srv = ctx.rng.choice(['DSQ', 'Cristal-Net', 'RSIPA', 'i-CLSC', 'PACS', 'SIRTF'])
    body = ctx.t(f'Bonjour à tous,\n\nMaintenance planifiée de {srv} le samedi de 22 h à 2 h. Les postes (actif #{luhn_serial(ctx.rng, 8)} et suivants) '
                 f'redémarreront automatiquement. Ouvrez un billet au centre de services au poste 5555 en cas de problème.\n\n'
                 f'Direction des ressources informationnelles\n{ctx.org}',
                 f'Hello all,\n\nPlanned maintenance of {srv} Saturday 10 pm to 2 am. Workstations (asset #{luhn_serial(ctx.rng, 8)} and up) '
                 f'will reboot automatically. Open a ticket with the service desk at ext. 5555.\n\nIT Department\n{ctx.org}')
    return dict(subject=ctx.t(f'[DRI] Maintenance {srv}', f'[IT] {srv} maintenance'), body=body, note='IT maintenance notice')


def neg_quality(ctx):
    n = [ctx.rng.randint(3, 60) for _ in range(5)]
    body = ctx.t(f'{ctx.greet()}\n\nBilan trimestriel du comité de gestion des risques :\n- Chutes : {n[0]} (dont {n[1] % 5} avec blessure)\n'
                 f'- Erreurs de médication : {n[2]} (surtout opioïdes et anticoagulants)\n- Plaies de pression acquises : {n[3]}\n'
                 f'- Isolements/contentions en psychiatrie : {n[4]}\nAucune donnée nominative. Rapport complet à la prochaine rencontre.\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nQuarterly risk management summary:\n- Falls: {n[0]}\n- Medication errors: {n[2]} (mostly opioids and anticoagulants)\n'
                 f'- Hospital-acquired pressure injuries: {n[3]}\n- Seclusion/restraint in psychiatry: {n[4]}\nNo identifying data.\n{ctx.sig()}')
    return dict(subject=ctx.t('Comité de gestion des risques - bilan T2', 'Risk committee - Q2 summary'), body=body, note='aggregate quality stats')


def neg_training(ctx):
    topic = ctx.pick([('Prise en charge du trouble bipolaire en première ligne', 'Managing bipolar disorder in primary care'),
                      ('TAO : méthadone, buprénorphine et Kadian', 'OAT: methadone, buprenorphine and Kadian'),
                      ('Prévention du suicide - formation sentinelle', 'Suicide prevention gatekeeper training'),
                      ('Soins de plaies complexes', 'Complex wound care'), ('Hémorragie post-partum : simulation', 'Postpartum haemorrhage simulation')])
    sp = ctx.rng.choice([s for s in STAFF if s[0].startswith('Dr')])
    body = ctx.t(f'Bonjour,\n\nFormation : « {topic} »\nConférencière/conférencier : {sp[0]} {sp[1]}, {sp[2]}\n'
                 f'Date : {ctx.rng.randint(1, 28)} {ctx.rng.choice(MONTHS_FR)} 2024, 12 h à 13 h, Teams\n'
                 f'Inscription via l\'ENA, code de cours {ctx.rng.randint(10000, 99999)}. 1 h de formation continue reconnue.\n{ctx.sig()}',
                 f'Hello,\n\nTraining: "{topic}"\nSpeaker: {sp[0]} {sp[1]}, {sp[3]}\nDate: {ctx.rng.choice(MONTHS_EN)} {ctx.rng.randint(1, 28)}, noon, Teams\n'
                 f'Register on the e-learning platform, course code {ctx.rng.randint(10000, 99999)}.\n{ctx.sig()}')
    atts = []
    if ctx.rng.random() < 0.4:
        atts = [('formation.ics', 'text', 'calendar', make_ics(topic, 'Formation continue', dt.datetime(2024, 5, 14, 12, 0), 'Teams', f'trn-{ctx.idx}@{ctx.dom}'))]
    return dict(subject=ctx.t('Formation midi', 'Lunch & learn'), body=body, atts=atts, note='training announcement, speaker and topic')


def neg_union(ctx):
    body = ctx.t(f'À tous les membres,\n\nLe Syndicat des professionnelles en soins des Hautes-Rivières (fictif) tiendra une assemblée '
                 f'générale le {ctx.rng.randint(1, 28)} {ctx.rng.choice(MONTHS_FR)}. Ordre du jour : temps supplémentaire obligatoire, '
                 f'ratios infirmière-patients en CHSLD, griefs no {ctx.rng.randint(2024001, 2024999)}.\nSolidairement,\nL\'exécutif',
                 f'To all members,\n\nThe union general assembly will be held on {ctx.rng.choice(MONTHS_EN)} {ctx.rng.randint(1, 28)}. '
                 f'Agenda: mandatory overtime, nurse-patient ratios in LTC, grievance #{ctx.rng.randint(2024001, 2024999)}.\nIn solidarity,\nThe executive')
    return dict(subject=ctx.t('Avis syndical - assemblée générale', 'Union notice - general assembly'), body=body, note='union notice')


def neg_newsletter(ctx):
    body = ctx.t('INFOLETTRE DU CISSS\n\n1. Nouvelle clinique d\'accès rapide en santé mentale jeunesse au CLSC des Trois-Lacs.\n'
                 '2. La vaccination contre l\'influenza débute le 15 octobre; 62 % des employés vaccinés l\'an dernier.\n'
                 '3. Félicitations à l\'équipe d\'obstétrique : 1 214 naissances en 2023.\n'
                 '4. Rappel : la naloxone est disponible gratuitement dans toutes les pharmacies.\n\nBonne lecture!',
                 'CISSS NEWSLETTER\n\n1. New rapid-access youth mental health clinic at CLSC des Trois-Lacs.\n'
                 '2. Flu vaccination starts October 15; 62% of staff vaccinated last year.\n'
                 '3. Congratulations to obstetrics: 1,214 births in 2023.\n4. Reminder: naloxone is free at all pharmacies.\n\nEnjoy!')
    atts = []
    if ctx.rng.random() < 0.5:
        atts = [('infolettre.pdf', 'application', 'pdf', make_pdf('Infolettre', body.split('\n')))]
    return dict(subject=ctx.t('Infolettre - édition automne', 'Newsletter - fall edition'), body=body, atts=atts, note='newsletter', html_pref=True)


def neg_blank_form(ctx):
    lines = [ctx.t('Nom de l\'usager : ______________________', 'Patient name: ______________________'),
             'NAM : ____ ____ ____', ctx.t('Date de naissance : AAAA-MM-JJ', 'Date of birth: YYYY-MM-DD'),
             ctx.t('Diagnostic : ______________', 'Diagnosis: ______________'), ctx.t('Médication actuelle : ______', 'Current medication: ______'),
             ctx.t('Signature du référent : ________', 'Referrer signature: ________')]
    kind = ctx.rng.choice(['docx', 'pdf'])
    if kind == 'docx':
        att = ('formulaire_reference_vierge.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
               make_docx(ctx.t('Formulaire de référence GASM', 'MH referral form'), lines))
    else:
        att = ('AH-223_formulaire.pdf', 'application', 'pdf', make_pdf(ctx.t('Formulaire de référence', 'Referral form'), lines))
    body = ctx.t(f'{ctx.greet()}\n\nVoici le nouveau formulaire de référence (version 2024). Merci de ne plus utiliser l\'ancien.\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nHere is the new referral form (2024 version). Please stop using the old one.\n{ctx.sig()}')
    return dict(subject=ctx.t('Nouveau formulaire de référence', 'New referral form'), body=body, atts=[att], note='blank form')


def neg_teaching(ctx):
    body = ctx.t(f'{ctx.greet()}\n\nCas clinique pour la journée d\'enseignement (anonymisé) :\nFemme de 34 ans, G3P2, se présente à 36 sem. '
                 f'avec céphalées et TA 162/104. Protéinurie 2+. ATCD de trouble dépressif traité par sertraline.\n'
                 f'Questions : 1) Dx différentiel? 2) Prise en charge initiale? 3) Quand induire?\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nTeaching case (de-identified):\n34-year-old woman, G3P2, 36 weeks, headache, BP 162/104, 2+ proteinuria. '
                 f'History of depression on sertraline.\nQuestions: 1) Differential? 2) Initial management? 3) When to induce?\n{ctx.sig()}')
    return dict(subject=ctx.t('Cas clinique - enseignement', 'Teaching case'), body=body, note='anonymised teaching case')


def neg_directory(ctx):
    docs = [s for s in STAFF if s[0].startswith('Dr')]
    lines = [f'{d[0]} {d[1]} — {d[2] if ctx.fr() else d[3]} — {ctx.pick([("troubles psychotiques", "psychotic disorders"), ("grossesses à risque", "high-risk pregnancy"), ("imagerie du sein", "breast imaging"), ("MPOC et insuffisance cardiaque", "COPD and heart failure")])} — poste {ctx.rng.randint(2000, 7999)}' for d in docs]
    body = ctx.t('Bottin des médecins - mise à jour\n\n' + '\n'.join(lines) + '\n\nSecrétariat médical',
                 'Physician directory - update\n\n' + '\n'.join(lines) + '\n\nMedical secretariat')
    atts = []
    if ctx.rng.random() < 0.4:
        d = docs[0]
        atts = [(f'{d[1]}.vcf', 'text', 'vcard', make_vcf(f'{d[0]} {d[1]}', d[1], d[0], phone(ctx.rng), '', '', ctx.org))]
    return dict(subject=ctx.t('Bottin médical', 'Physician directory'), body=body, atts=atts, note='physician directory with specialties')


def neg_shortage(ctx):
    drug = ctx.rng.choice(['quétiapine XR 50 mg', 'méthylphénidate 18 mg', 'amoxicilline suspension', 'insuline lispro cartouches', 'salbutamol inhalateur'])
    body = ctx.t(f'{ctx.greet()}\n\nRupture d\'approvisionnement : {drug}, DIN {ctx.rng.randint(2200000, 2499999):08d}. '
                 f'Retour prévu dans 6 semaines. Substitution proposée par le comité de pharmacologie. Lot rappelé : {luhn_serial(ctx.rng, 9)}.\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nDrug shortage: {drug}, DIN {ctx.rng.randint(2200000, 2499999):08d}. Expected back in 6 weeks. '
                 f'Recalled lot: {luhn_serial(ctx.rng, 9)}.\n{ctx.sig()}')
    return dict(subject=ctx.t('Pharmacie - rupture de stock', 'Pharmacy - drug shortage'), body=body, note='drug shortage notice')


def neg_equipment(ctx):
    sn = luhn_serial(ctx.rng, 12)
    body = ctx.t(f'{ctx.greet()}\n\nL\'appareil d\'IRM (no de série {sn}) sera hors service mardi pour l\'entretien préventif. '
                 f'Les examens seront redistribués à l\'Hôpital de Lac-Brûlé. Liste d\'attente actuelle : {ctx.rng.randint(300, 900)} examens.\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nThe MRI unit (serial {sn}) will be down Tuesday for preventive maintenance. '
                 f'Exams moved to Lac-Brûlé. Current waitlist: {ctx.rng.randint(300, 900)} exams.\n{ctx.sig()}')
    return dict(subject=ctx.t('Imagerie - entretien IRM', 'Imaging - MRI maintenance'), body=body, note='equipment serial')


def neg_job(ctx):
    body = ctx.t(f'Affichage interne no {ctx.rng.randint(2024100, 2024999)}\nPoste : infirmière clinicienne, équipe de suivi intensif en santé mentale\n'
                 f'Lieu : {ctx.site}\nStatut : temps complet permanent, jour\nExigences : BAC en sciences infirmières, 2 ans d\'expérience en psychiatrie\n'
                 f'Date limite : 2024-0{ctx.rng.randint(1, 9)}-15',
                 f'Internal posting #{ctx.rng.randint(2024100, 2024999)}\nPosition: clinical nurse, intensive mental health follow-up team\n'
                 f'Site: {ctx.site}\nFull-time permanent, days\nRequirements: BScN, 2 years psychiatry experience')
    return dict(subject=ctx.t('Affichage de poste', 'Job posting'), body=body, note='job posting', html_pref=True)


def neg_facilities(ctx):
    body = ctx.t(f'{ctx.greet()}\n\nTravaux de réfection du stationnement P2 du {ctx.site} du 3 au 14 juin. Les vignettes no '
                 f'{ctx.rng.randint(10000, 99999)} à {ctx.rng.randint(100000, 199999)} devront utiliser le P4. '
                 f'L\'entrée de l\'urgence demeure accessible.\n\nServices techniques',
                 f'{ctx.greet()}\n\nParking lot P2 at {ctx.site} under repair June 3 to 14. Permits {ctx.rng.randint(10000, 99999)} and up must use P4.\n\nFacilities')
    return dict(subject=ctx.t('Travaux stationnement', 'Parking works'), body=body, note='facilities')


def neg_stats(ctx):
    rows = [[ctx.t('CLSC', 'CLSC'), ctx.t('Demandes SAD', 'Home care requests'), ctx.t('Délai moyen (j)', 'Mean wait (d)'), ctx.t('Usagers actifs', 'Active clients')]]
    for t in ['Trois-Lacs', 'Val-Bérard', 'Lac-Brûlé', 'Sainte-Mélodie']:
        rows.append([t, ctx.rng.randint(40, 400), ctx.rng.randint(3, 60), ctx.rng.randint(200, 3000)])
    kind = ctx.rng.choice(['xlsx', 'csv', 'zip'])
    if kind == 'xlsx':
        att = ('tableau_bord_SAD.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('TdB', rows))
    elif kind == 'csv':
        att = ('stats_SAD.csv', 'text', 'csv', make_csv([[str(c) for c in r] for r in rows]))
    else:
        att = ('stats_P6.zip', 'application', 'zip', make_zip([('stats.csv', make_csv([[str(c) for c in r] for r in rows])),
                                                              ('notes.txt', 'Données agrégées, période 6.\r\n'.encode('utf-8'))]))
    body = ctx.t(f'{ctx.greet()}\n\nTableau de bord période {ctx.rng.randint(1, 13)} ci-joint (données agrégées).\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nDashboard for period {ctx.rng.randint(1, 13)} attached (aggregate data).\n{ctx.sig()}')
    return dict(subject=ctx.t('Tableau de bord SAD', 'Home care dashboard'), body=body, atts=[att], note=f'aggregate stats ({kind})')


def neg_meeting(ctx):
    ics = make_ics(ctx.t('Comité de vigilance et de la qualité', 'Quality and vigilance committee'),
                   ctx.t('Ordre du jour : plaintes (agrégées), rapport du commissaire, agrément', 'Agenda: complaints (aggregate), ombudsman report, accreditation'),
                   dt.datetime(2024, ctx.rng.randint(1, 11), ctx.rng.randint(1, 28), 13, 30), 'Salle du conseil', f'cvq-{ctx.idx}@{ctx.dom}')
    body = ctx.t(f'{ctx.greet()}\n\nVeuillez trouver l\'invitation au prochain comité.\n{ctx.sig()}', f'{ctx.greet()}\n\nInvitation to the next committee meeting.\n{ctx.sig()}')
    return dict(subject=ctx.t('Comité de vigilance', 'Vigilance committee'), body=body, atts=[('invitation.ics', 'text', 'calendar', ics)], note='committee meeting invite')


def neg_staff_chat(ctx):
    a, b = ctx.rng.sample(STAFF, 2)
    body = ctx.t(f'{ctx.greet()}\n\nPeux-tu couvrir ma garde de psychiatrie vendredi? J\'ai un rendez-vous médical (rien de grave). '
                 f'Il y a 3 admissions prévues à l\'unité et la réunion sur les contentions est à 10 h. {a[0]} {a[1]} est en vacances.\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nCan you cover my psych on-call Friday? I have a doctor\'s appointment (nothing serious). '
                 f'3 admissions planned and the restraint meeting is at 10. {a[0]} {a[1]} is on vacation.\n{ctx.sig()}')
    return dict(subject=ctx.t('garde vendredi', 'Friday on-call'), body=body, note='staff coverage request')


def neg_bed_census(ctx):
    n = [ctx.rng.randint(0, 30) for _ in range(6)]
    body = ctx.t(f'Occupation des lits 7 h :\nMédecine : {n[0]}/32\nPsychiatrie : {n[1]}/24 (2 en isolement)\nObstétrique : {n[2]}/18\n'
                 f'Civières urgence : {n[3]}\nNSA en attente CHSLD : {n[4]}\nGestion des lits',
                 f'Bed census 7 am:\nMedicine: {n[0]}/32\nPsychiatry: {n[1]}/24\nObstetrics: {n[2]}/18\nER stretchers: {n[3]}\nALC awaiting LTC: {n[4]}\nBed management')
    return dict(subject=ctx.t('Occupation des lits', 'Bed census'), body=body, note='aggregate bed census')


def neg_policy_zip(ctx):
    files = [('PRO-SM-012_isolement_contention.txt', 'Protocole d\'application des mesures de contrôle. Version 4.\r\n'.encode('utf-8')),
             ('PRO-PH-044_naloxone.txt', 'Ordonnance collective naloxone. Aucune donnée patient.\r\n'.encode('utf-8'))]
    body = ctx.t(f'{ctx.greet()}\n\nVoici les protocoles révisés pour l\'agrément.\n{ctx.sig()}', f'{ctx.greet()}\n\nRevised protocols for accreditation.\n{ctx.sig()}')
    return dict(subject=ctx.t('Protocoles révisés', 'Revised protocols'), body=body,
                atts=[('protocoles_2024.zip', 'application', 'zip', make_zip(files))], note='policy documents zip')


def neg_it_forward(ctx):
    inner = swapped(ctx, neg_it)
    inner['as_eml'] = True
    inner['note'] += '; forwarded as .eml'
    return inner


def neg_reply_chain(ctx):
    inner = swapped(ctx, ctx.rng.choice([neg_schedule, neg_training, neg_procurement, neg_quality, neg_staff_chat]))
    reply = ctx.t(ctx.rng.choice(['Parfait, merci!', 'Je confirme ma présence.', 'ok pour moi']), ctx.rng.choice(['Perfect, thanks!', 'I\'ll be there.', 'works for me']))
    inner['body'] = quote_reply(ctx, inner['subject'], inner['body'], reply + ctx.sig())
    inner['subject'] = 'RE: ' + inner['subject']
    inner['note'] += '; reply'
    return inner


def neg_staff_vcard(ctx):
    s = ctx.rng.choice(STAFF)
    vcf = make_vcf(f'{s[0]} {s[1]}', s[1], s[0], phone(ctx.rng), f'{ctx.rng.randint(100, 999)}, rue du Dispensaire, {ctx.rng.choice(TOWNS)}',
                   s[2], ctx.org)
    body = ctx.t(f'{ctx.greet()}\n\nMes coordonnées professionnelles, je suis la nouvelle ressource au soutien à domicile.\n{ctx.sig()}',
                 f'{ctx.greet()}\n\nMy work contact card, I am the new home care resource.\n{ctx.sig()}')
    return dict(subject=ctx.t('Coordonnées', 'Contact info'), body=body, atts=[(f'{s[1]}.vcf', 'text', 'vcard', vcf)], note='staff vCard')


NEG_CATS = [('horaire', neg_schedule), ('santetravail', neg_hr_health), ('paie', neg_payroll), ('achats', neg_procurement),
            ('ti', neg_it), ('qualite', neg_quality), ('formation', neg_training), ('syndicat', neg_union),
            ('infolettre', neg_newsletter), ('formulaire', neg_blank_form), ('enseignement', neg_teaching),
            ('bottin', neg_directory), ('rupture', neg_shortage), ('equipement', neg_equipment), ('poste', neg_job),
            ('batiment', neg_facilities), ('statistiques', neg_stats), ('comite', neg_meeting), ('garde', neg_staff_chat),
            ('lits', neg_bed_census), ('protocoles', neg_policy_zip), ('tieml', neg_it_forward), ('reponse', neg_reply_chain),
            ('vcard', neg_staff_vcard)]

# ----------------------------------------------------------------------------- MIME serialisation

class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary


def enc_header(value, charset='utf-8'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = 'utf-8'
        return Header(value, charset, maxlinelen=76).encode(linesep='\n')


def text_to_html(text):
    out, para, in_list = [], [], False
    for line in text.split('\n'):
        if ' | ' in line:
            cells = ''.join(f'<td>{html.escape(c)}</td>' for c in line.split(' | '))
            out.append(f'<table border="1" cellspacing="0"><tr>{cells}</tr></table>')
        elif line.startswith('- '):
            out.append(f'<ul><li>{html.escape(line[2:])}</li></ul>')
        elif line.startswith('>'):
            out.append(f'<blockquote>{html.escape(line.lstrip("> "))}</blockquote>')
        elif line.strip() == '':
            out.append('<br>')
        else:
            out.append(f'<div>{html.escape(line)}</div>')
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">\n'
            + '\n'.join(out) + '\n</body></html>')


def leaf_text(text, subtype, charset, cte):
    text = text.replace('\r\n', '\n')
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
        raw = text.encode(charset)
    if cte == '8bit' and all(b < 128 for b in raw):
        cte = '7bit'
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    return Part([('Content-Type', f'text/{subtype}; charset="{charset}"'), ('Content-Transfer-Encoding', cte)], body)


def leaf_att(fn, maintype, subtype, data, rng):
    fn_h = fn
    try:
        fn.encode('ascii')
        disp = f'attachment; filename="{fn}"'
        ctype = f'{maintype}/{subtype}; name="{fn}"'
    except UnicodeEncodeError:
        enc = email.utils.encode_rfc2231(fn, 'utf-8')
        disp = f"attachment; filename*={enc}"
        ctype = f'{maintype}/{subtype}'
    if maintype == 'text' and rng.random() < 0.5:
        cte = 'quoted-printable'
        body = quopri.encodestring(data.replace(b'\r\n', b'\n'))
    else:
        cte = 'base64'
        body = base64.encodebytes(data)
    return Part([('Content-Type', ctype), ('Content-Transfer-Encoding', cte), ('Content-Disposition', disp)], body)


def serialize(part, nl):
    out = []
    for k, v in part.headers:
        out.append(f'{k}: {v}'.replace('\n', nl))
    head = nl.join(out).encode('utf-8') + nl.encode()
    if part.children is None:
        body = part.body.replace(b'\r\n', b'\n').replace(b'\n', nl.encode())
        return head + nl.encode() + body
    b = part.boundary
    chunks = [head, nl.encode(), b'This is a multi-part message in MIME format.' + nl.encode()]
    for c in part.children:
        chunks.append(f'{nl}--{b}{nl}'.encode())
        chunks.append(serialize(c, nl))
    chunks.append(f'{nl}--{b}--{nl}'.encode())
    return b''.join(chunks)


def build_message(ctx, spec, positive, idx):
    rng = ctx.rng
    nl = rng.choice(['\r\n', '\n'])
    charset = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = rng.choice(['quoted-printable', 'base64', '8bit'])
    body = add_typos(spec['body'], ctx.lang, rng)
    atts = list(spec.get('atts', []))
    subj = spec['subject']
    if spec.get('as_eml'):
        inner = Part([('From', formataddr((f'{ctx.recip[0]} {ctx.recip[1]}', ctx.staff_addr(ctx.recip)), charset='utf-8')),
                      ('To', formataddr((f'{ctx.sender[0]} {ctx.sender[1]}', ctx.staff_addr(ctx.sender)), charset='utf-8')),
                      ('Subject', enc_header(subj)), ('Date', 'Mon, 15 Jan 2024 09:12:00 -0500'),
                      ('Message-ID', f'<inner.{idx}.{"p" if positive else "n"}@{ctx.dom}>'), ('MIME-Version', '1.0')], b'')
        leaf = leaf_text(body, 'plain', 'utf-8', rng.choice(['quoted-printable', 'base64']))
        inner.headers += leaf.headers
        inner.body = leaf.body
        inner_bytes = serialize(inner, nl)
        atts_parts = [Part([('Content-Type', 'message/rfc822'), ('Content-Disposition', 'attachment; filename="message_transfere.eml"')],
                           inner_bytes)]
        body = ctx.t('Je te transfère le courriel ci-joint.', 'Forwarding the attached message.') + ctx.sig()
        subj = ctx.t('TR: ', 'Fwd: ') + subj
    else:
        atts_parts = []
    for fn, mt, st, data in atts:
        atts_parts.append(leaf_att(fn, mt, st, data, rng))
    mode = rng.choice(['plain', 'plain', 'alt', 'alt', 'html'])
    if spec.get('html_pref') and rng.random() < 0.6:
        mode = 'html'
    if mode == 'plain':
        content = leaf_text(body, 'plain', charset, cte)
    elif mode == 'html':
        content = leaf_text(text_to_html(body), 'html', charset, cte)
    else:
        content = Part([('Content-Type', f'multipart/alternative; boundary="alt_{idx:03d}_{positive:d}"')], children=[
            leaf_text(body, 'plain', charset, cte), leaf_text(text_to_html(body), 'html', charset, rng.choice(['quoted-printable', 'base64']))],
            boundary=f'alt_{idx:03d}_{positive:d}')
    if atts_parts:
        bnd = f'mix_{idx:03d}_{positive:d}_{rng.randint(100000, 999999)}'
        top = Part([('Content-Type', f'multipart/mixed; boundary="{bnd}"')], children=[content] + atts_parts, boundary=bnd)
    else:
        top = content
    d = dt.datetime(2024, rng.randint(1, 11), rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59), tzinfo=TZ)
    to = ctx.recip
    ext = positive and rng.random() < 0.3
    to_addr = (f'{to[0]} {to[1]}', ctx.staff_addr(to)) if not ext else (rng.choice(['Pharmacie Lavigne', 'Clinique médicale des Cèdres', 'Transport adapté Achigan', 'CRDS']),
                                                                       rng.choice(['info@pharmacie-lavigne.example', 'reception@clinique-cedres.example', 'reservation@ta-achigan.example']))
    headers = [('From', formataddr((f'{ctx.sender[0]} {ctx.sender[1]}', ctx.staff_addr(ctx.sender)), charset='utf-8')),
               ('To', formataddr(to_addr, charset='utf-8')),
               ('Subject', enc_header(subj, charset if charset != 'windows-1252' else 'utf-8')),
               ('Date', format_datetime(d)),
               ('Message-ID', f'<{"p" if positive else "n"}{idx:03d}.{rng.randint(10 ** 8, 10 ** 9)}@{ctx.dom}>'),
               ('MIME-Version', '1.0')]
    if rng.random() < 0.3:
        headers.insert(2, ('Cc', formataddr(('Secrétariat', 'secretariat@ssss.' + ctx.dom), charset='utf-8')))
    if rng.random() < 0.4:
        headers.append(('X-Mailer', rng.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Thunderbird 115.8'])))
    top.headers = headers + top.headers
    return serialize(top, nl)


# ----------------------------------------------------------------------------- main

def lang_plan(rng, n, n_fr):
    langs = ['fr'] * n_fr + ['en'] * (n - n_fr)
    rng.shuffle(langs)
    return langs


def self_check(out, labels):
    files = sorted(os.path.relpath(os.path.join(r, f), out) for d in ('positive', 'negative')
                   for r, _, fs in os.walk(os.path.join(out, d)) for f in fs)
    assert files == sorted(labels), 'labels do not match files'
    for rel in files:
        with open(os.path.join(out, rel), 'rb') as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        assert msg['Subject'] is not None and msg['From'] is not None, rel
        for part in msg.walk():
            if part.is_multipart():
                continue
            c = part.get_content()
            if part.get_content_type() in ('application/zip',) or part.get_content_type().startswith('application/vnd.openxml'):
                zipfile.ZipFile(io.BytesIO(c)).testzip()
            if part.get_content_type() == 'application/pdf':
                assert c.startswith(b'%PDF'), rel
        lab = labels[rel]
        if rel.startswith('positive/'):
            assert lab['confidential'] and len(lab['types']) >= 1, rel
        else:
            assert not lab['confidential'] and lab['types'] == [], rel
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as f:
            data = f.read()
        h.update(rel.encode() + b'\0' + hashlib.sha256(data).digest())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = a.out
    people = load_people()
    rng = random.Random(a.seed)
    for d in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
        os.makedirs(os.path.join(out, d))
    labels = {}
    pos_langs = lang_plan(rng, N_POS, 84)
    neg_langs = lang_plan(rng, N_NEG, 126)
    for i in range(N_POS):
        cat, fn = POS_CATS[i % len(POS_CATS)]
        ctx = Ctx(random.Random(f'{a.seed}-p-{i}'), pos_langs[i], people, i + 1)
        spec = fn(ctx)
        data = build_message(ctx, spec, True, i + 1)
        rel = f'positive/p{i + 1:03d}_{cat}.eml'
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(data)
        labels[rel] = {'confidential': True, 'types': sorted(spec['types']), 'lang': ctx.lang, 'note': spec['note']}
    for i in range(N_NEG):
        cat, fn = NEG_CATS[i % len(NEG_CATS)]
        ctx = Ctx(random.Random(f'{a.seed}-n-{i}'), neg_langs[i], people, i + 1)
        spec = fn(ctx)
        data = build_message(ctx, spec, False, i + 1)
        rel = f'negative/n{i + 1:03d}_{cat}.eml'
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(data)
        labels[rel] = {'confidential': False, 'types': [], 'lang': ctx.lang, 'note': spec['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    digest = self_check(out, labels)
    npos = sum(1 for v in labels.values() if v['confidential'])
    by = {}
    for v in labels.values():
        k = ('pos' if v['confidential'] else 'neg') + '_' + v['lang']
        by[k] = by.get(k, 0) + 1
    print(f'positives={npos} negatives={len(labels) - npos} ' + ' '.join(f'{k}={by[k]}' for k in sorted(by)))
    print(f'sha256={digest}')


if __name__ == '__main__':
    main()
