#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus (held-out set 44) for DLP evaluation.

Flavour: psychiatry, paediatrics, obstetrics, youth protection (DPJ) and social
work.  Positives are notes about patients and families (school liaison, court
and guardianship matters, appointments ...); negatives are staff/team mail of
the same services, training, research and quality committees, parents'
leaflets, job postings, IT and purchasing.

Deterministic: everything derives from --seed (default 4444).  All people,
institutions, addresses and domains are invented (*.example, 555 numbers).
Every RAMQ NAM comes from ../blind_nams.txt (relative to this file).
"""
import argparse
import csv
import datetime as dt
import email
import email.policy
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
from email.message import EmailMessage

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 4444
N_POS, N_NEG = 120, 180
ZIP_DT = (2025, 1, 15, 9, 0, 0)
FIXED_DOC_DT = dt.datetime(2025, 1, 15, 9, 0, 0)

# ---------------------------------------------------------------------------
# name material (invented combinations)
# ---------------------------------------------------------------------------
FR_GIVEN_F = ['Léa', 'Zoé', 'Florence', 'Alice', 'Juliette', 'Rosalie', 'Béatrice', 'Maëlle', 'Laurence',
              'Camille', 'Éloïse', 'Mégane', 'Noémie', 'Coralie', 'Annabelle', 'Jade', 'Charlotte']
FR_GIVEN_M = ['Noah', 'William', 'Thomas', 'Jacob', 'Félix', 'Raphaël', 'Olivier', 'Émile', 'Samuel',
              'Nathan', 'Antoine', 'Xavier', 'Loïc', 'Zachary', 'Éthan', 'Mathis', 'Justin']
EN_GIVEN_F = ['Olivia', 'Ava', 'Chloe', 'Hannah', 'Grace', 'Emily', 'Abigail', 'Madison', 'Megan', 'Kayla']
EN_GIVEN_M = ['Ethan', 'Owen', 'Lucas', 'Jack', 'Ryan', 'Dylan', 'Tyler', 'Connor', 'Logan', 'Evan']
SURNAMES = ['Côté', 'Bergeron', 'Lavoie', 'Fortier', 'Desjardins', 'Dubé', 'Lemieux', 'Vachon', 'Arsenault',
            'Hébert', 'Pépin', 'Landry', 'Poulin', 'Gingras', 'Beaulieu', 'Ménard', 'Lachapelle', "O'Brien",
            'Campbell', 'Murphy', 'Nguyen', 'Haddad', 'Diallo', 'Traoré', 'Petrov', 'Ramirez', 'Kovacs',
            'Sirois', 'Boisvert', 'Théberge', 'McLeod', 'Fraser', 'Grenier', 'Labbé', 'Drouin']
BE_SURNAMES = ['Peeters', 'Janssens', 'Wouters', 'Maes', 'Dubois', 'Lambert', 'Claes', 'Goossens', 'Delvaux']
FR_FR_SURNAMES = ['Moreau', 'Girardot', 'Lefèvre', 'Mercier', 'Rousseau', 'Fontaine', 'Chevalier', 'Perrin']
PARENT_F = ['Karine', 'Mélanie', 'Stéphanie', 'Valérie', 'Isabelle', 'Jessica', 'Amanda', 'Jennifer', 'Cindy',
            'Vanessa', 'Marie-Pier', 'Audrey', 'Nancy']
PARENT_M = ['Steve', 'Jonathan', 'Maxime', 'Frédéric', 'Kevin', 'Patrick', 'Éric', 'Jason', 'Michael',
            'Sébastien', 'Dave', 'Martin']

CITIES_QC = [('Saint-Aurèle', 'J0X 2K0', '819'), ('Val-Clair', 'J9Z 1B4', '819'), ('Beaulac', 'J0E 1M0', '450'),
             ('Sainte-Odile-des-Pins', 'J0K 3H0', '450'), ('Rivière-aux-Saules', 'G0L 4B0', '418'),
             ('Lac-Hérissé', 'J0T 1N0', '819')]
STREETS_FR = ['rue des Érables', 'boul. du Lac', 'rang Saint-Joseph', 'rue Principale', 'ch. de la Grève',
              'rue des Hirondelles', 'av. du Parc', 'montée Lavigne', 'rue Notre-Dame Ouest', 'croissant des Pins']
STREETS_EN = ['Maple Crescent', 'Elm Street', 'Birchwood Ave', 'Riverside Drive', 'Cedar Lane', 'Lakeshore Rd']

# ---------------------------------------------------------------------------
# staff directory (invented)
# ---------------------------------------------------------------------------
ORG = {
    'cisss': ('CISSS des Trois-Collines', 'Trois-Collines Health and Social Services Centre', 'troiscollines.example'),
    'hsa': ('Hôpital Saint-Aurèle', 'Saint-Aurèle Hospital', 'hsa.troiscollines.example'),
    'child': ("Hôpital pour enfants de la Rive", "Riverbend Children's Hospital", 'riverbend-children.example'),
    'imsm': ('Institut en santé mentale du Mont-Aubin', 'Mont-Aubin Mental Health Institute', 'imsma.example'),
    'dpj': ('DPJ des Trois-Collines', 'Youth Protection (DYP) Trois-Collines', 'dpj.troiscollines.example'),
    'yps': ('Services de protection de la jeunesse Rivermont', 'Rivermont Youth Protection Services', 'rivermont-yps.example'),
    'css': ('Centre de services scolaire des Érables', 'Érables School Service Centre', 'cserables.example'),
    'lhsb': ('Commission scolaire Laurentian Heights', 'Laurentian Heights School Board', 'lhsb.example'),
    'gmf': ('GMF de la Rivière-aux-Saules', 'Rivière-aux-Saules Family Medicine Group', 'gmf-saules.example'),
    'aide': ('Aide juridique de Saint-Aurèle', 'Saint-Aurèle Legal Aid', 'aidejuridique-sa.example'),
    'pharm': ('Pharmacie Guimond et Poitras', 'Guimond & Poitras Pharmacy', 'pharm-guimond.example'),
    'tac': ('Transport adapté des Collines', 'Collines Paratransit', 'tac-collines.example'),
    'opm': ('Office de protection des majeurs', 'Office for the Protection of Adults', 'opm-quebec.example'),
    'rvgh': ('Riverside Valley General Hospital', 'Riverside Valley General Hospital', 'rvgh.example'),
    'valmosan': ('Centre hospitalier du Val-Mosan', 'Val-Mosan Hospital Centre', 'chvalmosan.example'),
    'chuv': ('CHU de Valmont', 'Valmont University Hospital', 'chu-valmont.example'),
    'univ': ('Université de Saint-Aurèle', 'Saint-Aurèle University', 'usa-univ.example'),
}

# role -> list of (given, surname, title_fr, title_en, org, lang)
STAFF = {
    'psy': [('Isabelle', 'Comeau', 'Dre', 'psychiatre', 'psychiatrist', 'hsa', 'fr'),
            ('Alan', 'Whitaker', 'Dr', 'psychiatre', 'psychiatrist', 'imsm', 'en'),
            ('Rémi', 'Beausoleil', 'Dr', 'psychiatre', 'psychiatrist', 'imsm', 'fr'),
            ('Farah', 'Nasser', 'Dr', 'psychiatre', 'psychiatrist', 'hsa', 'en')],
    'pedopsy': [('Catherine', 'Ouimet', 'Dre', 'pédopsychiatre', 'child psychiatrist', 'child', 'fr'),
                ('Omar', 'Siddiqui', 'Dr', 'pédopsychiatre', 'child psychiatrist', 'child', 'en')],
    'ped': [('François', 'Béliveau', 'Dr', 'pédiatre', 'pediatrician', 'child', 'fr'),
            ('Priya', 'Raman', 'Dr', 'pédiatre', 'pediatrician', 'child', 'en'),
            ('Hélène', 'Jodoin', 'Dre', 'pédiatre', 'pediatrician', 'hsa', 'fr')],
    'obs': [('Nadia', 'Haddad-Roy', 'Dre', 'obstétricienne-gynécologue', 'OB/GYN', 'hsa', 'fr'),
            ('Emily', 'Chen', 'Dr', 'obstétricienne-gynécologue', 'OB/GYN', 'hsa', 'en')],
    'ts': [('Marie-Ève', 'Lachance', '', 'travailleuse sociale', 'social worker', 'hsa', 'fr'),
           ('Sarah', 'Goldberg', '', 'travailleuse sociale', 'social worker', 'child', 'en'),
           ('Jean-Philippe', 'Caron-Leduc', '', 'travailleur social', 'social worker', 'cisss', 'fr'),
           ('Tom', 'Bradley', '', 'travailleur social', 'social worker', 'imsm', 'en')],
    'inf': [('Julie', 'Turcotte', '', 'infirmière clinicienne', 'nurse clinician', 'hsa', 'fr'),
            ('Rachel', 'Stein', '', 'infirmière en périnatalité', 'perinatal nurse', 'hsa', 'en'),
            ('Mélissa', 'Gauvreau', '', 'infirmière CLSC', 'CLSC nurse', 'cisss', 'fr'),
            ('Brenda', 'Kelly', '', 'infirmière', 'community nurse', 'cisss', 'en')],
    'psyed': [('Mathieu', 'Gervais', '', 'psychoéducateur', 'psychoeducator', 'child', 'fr'),
              ('Laura', 'Benedetti', '', 'psychoéducatrice', 'psychoeducator', 'child', 'en')],
    'dpj': [('Karine', 'Dufresne', '', 'intervenante DPJ', 'youth protection worker', 'dpj', 'fr'),
            ('Kevin', "O'Neill", '', 'intervenant', 'youth protection worker', 'yps', 'en'),
            ('Annie', 'Bolduc', '', 'agente de relations humaines', 'case worker', 'dpj', 'fr')],
    'school': [('Chantal', 'Pelchat', '', 'directrice adjointe', 'vice-principal', 'css', 'fr'),
               ('Linda', 'Morrison', '', 'directrice', 'principal', 'lhsb', 'en'),
               ('Stéphane', 'Bisson', '', 'psychologue scolaire', 'school psychologist', 'css', 'fr')],
    'lawyer': [('Louis-Philippe', 'Garneau', 'Me', 'avocat, contentieux', 'legal counsel', 'cisss', 'fr'),
               ('Diane', 'Ferreira', 'Me', 'avocate', 'lawyer', 'aide', 'en')],
    'sec': [('Sylvie', 'Marcoux', '', 'agente administrative', 'medical secretary', 'hsa', 'fr'),
            ('Jennifer', 'Walsh', '', 'secrétaire médicale', 'medical secretary', 'child', 'en'),
            ('Nathalie', 'Provencher', '', 'agente administrative', 'unit clerk', 'child', 'fr')],
    'pharm': [('Patrick', 'Lemay', '', 'pharmacien', 'pharmacist', 'hsa', 'fr'),
              ('Daniel', 'Kowalski', '', 'pharmacien', 'pharmacist', 'pharm', 'en')],
    'gp': [('Vincent', 'Lapierre', 'Dr', 'médecin de famille', 'family physician', 'gmf', 'fr'),
           ('Susan', 'McAllister', 'Dr', 'médecin de famille', 'family physician', 'gmf', 'en')],
    'sf': [('Geneviève', 'Racine', '', 'sage-femme', 'midwife', 'cisss', 'fr'),
           ('Hannah', 'Lindqvist', '', 'sage-femme', 'midwife', 'cisss', 'en')],
    'mgr': [('Josiane', 'Labrecque', '', 'chef de service santé mentale jeunesse', 'youth mental health manager', 'cisss', 'fr'),
            ('Mark', 'Holloway', '', 'chef de programme', 'program manager', 'child', 'en'),
            ('Caroline', 'Thivierge', '', 'coordonnatrice clinique', 'clinical coordinator', 'hsa', 'fr')],
    'hr': [('Sophie', 'Lalonde', '', 'conseillère RH', 'HR advisor', 'cisss', 'fr'),
           ('Gregory', 'Adams', '', 'conseiller RH', 'HR advisor', 'cisss', 'en')],
    'it': [('Yannick', 'Poisson', '', 'technicien informatique', 'IT technician', 'cisss', 'fr'),
           ('Ben', 'Carter', '', 'analyste TI', 'IT analyst', 'cisss', 'en')],
    'quality': [('Marc-André', 'Vézina', '', 'conseiller qualité', 'quality advisor', 'cisss', 'fr'),
                ('Natasha', 'Ivanova', '', 'conseillère qualité', 'quality advisor', 'cisss', 'en')],
    'research': [('Élodie', 'Brassard', '', 'coordonnatrice de recherche', 'research coordinator', 'imsm', 'fr'),
                 ('Michael', 'Brennan', '', 'coordonnateur du CER', 'REB coordinator', 'imsm', 'en')],
    'opm': [('Roxanne', 'Després', '', 'conseillère OPM', 'OPA officer', 'opm', 'fr')],
    'transport': [('Guy', 'Lafrance', '', 'répartiteur', 'dispatcher', 'tac', 'fr')],
    'ont': [('Rebecca', 'Hughes', 'Dr', 'psychiatre', 'psychiatrist', 'rvgh', 'en'),
            ('Paul', 'Desrochers', '', 'travailleur social', 'social worker', 'rvgh', 'en')],
    'be': [('Sophie', 'Vandenberghe', 'Dr', 'pédiatre', 'paediatrician', 'valmosan', 'fr')],
    'frc': [('Claire', 'Aubertin', 'Dr', 'psychiatre', 'psychiatrist', 'chuv', 'fr')],
    'univ': [('Louise', 'Tanguay', '', 'conseillère, services aux étudiants', 'student services advisor', 'univ', 'fr')],
}

CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement à la personne ou à l'organisme à qui il "
           "est adressé et peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, "
           "veuillez en aviser l'expéditeur et le détruire.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee and may contain confidential "
           "information. If you received it in error, please notify the sender and delete it.")

FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
def load_nams():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            assert re.fullmatch(r'[A-Z]{4}\d{8}', nam), nam
            people.append(dict(surname=sur, given=given, dob=dt.date.fromisoformat(dob), sex=sex, nam=nam))
    return people


def gen_sin(r):
    while True:
        s = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        s += luhn.calc_check_digit(s)
        if ca_sin.is_valid(s):
            return s


def gen_luhn_digits(r, n):
    s = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(n - 2))
    return s + luhn.calc_check_digit(s)


def gen_on_hcn(r):
    s = gen_luhn_digits(r, 10)
    assert luhn.is_valid(s)
    return s, r.choice(['AB', 'KT', 'ZR', 'HM', 'PX', 'BC'])


def gen_niss(r, dob, sex):
    while True:
        serial = r.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        n = int(('2' + base) if dob.year >= 2000 else base)
        s = base + '%02d' % (97 - n % 97)
        if be_nn.is_valid(s):
            return s


def gen_nir(r, dob, sex):
    while True:
        dept = r.choice(['75', '69', '33', '44', '13', '35', '59', '67'])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % r.randint(1, 899) + \
            '%03d' % r.randint(1, 999)
        s = body + '%02d' % (97 - int(body) % 97)
        if fr_nir.is_valid(s):
            return s


def fmt_sin(r, s):
    return r.choice([f'{s[:3]} {s[3:6]} {s[6:]}', f'{s[:3]}-{s[3:6]}-{s[6:]}', s])


def fmt_hcn(r, s, vc):
    return r.choice([f'{s[:4]}-{s[4:7]}-{s[7:]}-{vc}', f'{s[:4]} {s[4:7]} {s[7:]} {vc}', f'{s} {vc}', s])


def fmt_niss(r, s):
    return r.choice([f'{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}', s, f'{s[:6]} {s[6:9]} {s[9:]}'])


def fmt_nir(r, s):
    return r.choice([f'{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}', s,
                     f'{s[:13]} {s[13:]}'])


def fmt_nam(r, nam, allow_odd=True):
    opts = [nam, f'{nam[:4]} {nam[4:8]} {nam[8:]}', f'{nam[:4]} {nam[4:8]} {nam[8:]}']
    if allow_odd:
        opts += [nam.lower(), f'{nam[:4]}-{nam[4:8]}-{nam[8:]}', f'{nam[:4]} {nam[4:]}']
    return r.choice(opts)


def gen_mrn(r):
    d = r.randint(100000, 999999)
    return r.choice([f'{d:08d}', f'H{r.randint(1000000, 9999999)}', f'{str(d)[:3]}-{str(d)[3:]}',
                     f'{r.randint(1, 9)} {str(d)[:3]} {str(d)[3:]}', f'{r.randint(1000000, 9999999)}'])


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
def strip_accents(s):
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')


def typoify(r, text, rate=0.03):
    def sw(m):
        w = m.group(0)
        if r.random() < rate and len(w) >= 5:
            i = r.randint(1, len(w) - 3)
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        return w
    # only lowercase words; names, codes and numbers stay intact
    return re.sub(r'(?<![\w@./-])[a-zàâçéèêëîïôûùüÿœ]{5,}(?![\w@-])', sw, text)


LATIN1_FIX = {'’': "'", '‘': "'", '“': '"', '”': '"', '—': '-', '–': '-', '…': '...', 'œ': 'oe', 'Œ': 'OE',
              '€': 'EUR', '•': '*', '\u00a0': ' ', '≥': '>=', '≤': '<=', '→': '->'}


def to_charset(s, cs):
    if cs == 'iso-8859-1':
        for k, v in LATIN1_FIX.items():
            s = s.replace(k, v)
    elif cs == 'windows-1252':
        for k in ('≥', '≤', '→'):
            s = s.replace(k, LATIN1_FIX[k])
    return s


def html_entities(s):
    out = []
    for ch in s:
        if ord(ch) > 127:
            name = htmlmod.entities.codepoint2name.get(ord(ch))
            out.append(f'&{name};' if name else f'&#{ord(ch)};')
        else:
            out.append(ch)
    return ''.join(out)


def text_to_html(text, entities=False, font='Calibri'):
    blocks, cur, in_quote = [], [], False
    lines = text.split('\n')
    parts = []
    para = []
    ul = []

    def flush_para():
        if para:
            parts.append('<p>' + '<br>\n'.join(para) + '</p>')
            para.clear()

    def flush_ul():
        if ul:
            parts.append('<ul>' + ''.join(f'<li>{x}</li>' for x in ul) + '</ul>')
            ul.clear()

    quote = []

    def flush_quote():
        if quote:
            inner = text_to_html('\n'.join(quote), False, None)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                         + inner + '</blockquote>')
            quote.clear()

    for ln in lines:
        if ln.startswith('>'):
            flush_para(); flush_ul()
            quote.append(ln[1:].lstrip(' ') if ln.startswith('> ') or ln == '>' else ln[1:])
            continue
        flush_quote()
        st = ln.strip()
        if not st:
            flush_para(); flush_ul()
        elif re.match(r'^[-*•]\s+', st):
            flush_para()
            ul.append(htmlmod.escape(re.sub(r'^[-*•]\s+', '', st)))
        else:
            flush_ul()
            para.append(htmlmod.escape(ln))
    flush_para(); flush_ul(); flush_quote()
    body = '\n'.join(parts)
    if font is None:
        return body
    doc = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           f'<body><div style="font-family:{font},Arial,sans-serif;font-size:11pt">\n{body}\n</div></body></html>')
    return html_entities(doc) if entities else doc


def html_table(rows, header=True):
    out = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
    for i, row in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join(f'<{tag}>{htmlmod.escape(str(x))}</{tag}>' for x in row) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows, sep=' | '):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join(sep.join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip() for r in rows)


def fold_ics(line):
    b = line.encode('utf-8')
    if len(b) <= 74:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


# ---------------------------------------------------------------------------
# binary attachments (deterministic)
# ---------------------------------------------------------------------------
def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                              rb'\g<1>2025-01-15T09:00:00Z\g<3>', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if '\u00e9' in name or any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def make_pdf(title, lines, author='', compress=True):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(to_charset(title, 'windows-1252'))
    c.setAuthor(author)
    c.setCreator('Trois-Collines DocGen')
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(54, y, to_charset(title, 'windows-1252'))
    y -= 26
    c.setFont('Helvetica', 10)
    for raw in lines:
        raw = to_charset(raw, 'windows-1252')
        chunks = [raw[i:i + 95] for i in range(0, max(len(raw), 1), 95)] if raw else ['']
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 740
            c.drawString(54, y, ch)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None, author='CISSS'):
    from docx import Document
    d = Document()
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                t.cell(i, j).text = str(val)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DOC_DT
    cp.modified = FIXED_DOC_DT
    cp.revision = 1
    cp.title = title
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def make_xlsx(sheets, author='CISSS'):
    from openpyxl import Workbook
    wb = Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for row in rows:
            ws.append(list(row))
    wb.properties.creator = author
    wb.properties.created = FIXED_DOC_DT
    wb.properties.modified = FIXED_DOC_DT
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def make_csv(rows, delim=','):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for row in rows:
        w.writerow(row)
    return s.getvalue()


def make_ics(uid, stamp, start, end, summary, location, description, organizer, attendees, lang):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0',
             f'PRODID:-//Trois-Collines//Agenda 4.2//{"FR" if lang == "fr" else "EN"}', 'METHOD:REQUEST',
             'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:' + stamp.strftime('%Y%m%dT%H%M%SZ'),
             'DTSTART;TZID=America/Toronto:' + start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Toronto:' + end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:' + ics_escape(summary), 'LOCATION:' + ics_escape(location),
             'DESCRIPTION:' + ics_escape(description),
             f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for a in attendees:
        lines.append(f'ATTENDEE;CN={a[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a[1]}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold_ics(x) for x in lines) + '\r\n'


def make_vcard(given, surname, tel=None, adr=None, email_=None, note=None, org=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    if tel:
        lines.append(f'TEL;TYPE=CELL:{tel}')
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + ';'.join(ics_escape(x) for x in adr))
    if email_:
        lines.append(f'EMAIL;TYPE=INTERNET:{email_}')
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(fold_ics(x) for x in lines) + '\r\n'


# ---------------------------------------------------------------------------
# context
# ---------------------------------------------------------------------------
class World:
    def __init__(self):
        self.nams = load_nams()


class Ctx:
    def __init__(self, r, lang, world, base_date):
        self.r = r
        self.lang = lang
        self.fr = lang == 'fr'
        self.w = world
        self.date = base_date
        self.types = set()
        self.atts = []
        self.used = set()

    # generic helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def L(self, fr, en):
        return fr if self.fr else en

    def chance(self, p):
        return self.r.random() < p

    def T(self, *types):
        self.types.update(types)

    # people
    def staff(self, role, lang=None):
        lang = lang or self.lang
        pool = [s for s in STAFF[role] if s[6] == lang and s[:2] not in self.used] or \
            [s for s in STAFF[role] if s[:2] not in self.used] or STAFF[role]
        g, s, ttl, tfr, ten, org, lg = self.pick(pool)
        self.used.add((g, s))
        dom = ORG[org][2]
        local = strip_accents(f'{g}.{s}').lower().replace("'", '').replace(' ', '')
        return dict(given=g, surname=s, name=f'{g} {s}', ttl=ttl, title=tfr if self.fr else ten,
                    org=ORG[org][0] if self.fr else ORG[org][1], email=f'{local}@{dom}', dom=dom, orgkey=org,
                    phone=f'{self.pick(["819", "450"])}-555-01{self.r.randint(10, 99)}')

    def disp(self, st, with_title=None):
        if with_title is None:
            with_title = self.chance(0.5)
        if with_title and st['ttl']:
            t = st['ttl'] if self.fr or st['ttl'] == 'Me' else st['ttl'] + '.'
            return f'{t} {st["surname"]}'
        return st['given']

    def nam_person(self, kind='any'):
        ref = self.date.date()
        pool = []
        for p in self.w.nams:
            a = age(p['dob'], ref)
            if kind == 'child' and a < 18:
                pool.append(p)
            elif kind == 'teen' and 13 <= a < 18:
                pool.append(p)
            elif kind == 'young' and a < 26:
                pool.append(p)
            elif kind == 'adult' and 18 <= a < 80:
                pool.append(p)
            elif kind == 'elder' and a >= 70:
                pool.append(p)
            elif kind == 'ob' and p['sex'] == 'F' and 18 <= a <= 45:
                pool.append(p)
            elif kind == 'any':
                pool.append(p)
        return dict(self.pick(pool))

    def new_person(self, kind='adult', origin='qc'):
        r = self.r
        sex = 'F' if kind == 'ob' else r.choice('MF')
        if origin == 'be':
            sur = r.choice(BE_SURNAMES)
        elif origin == 'frfr':
            sur = r.choice(FR_FR_SURNAMES)
        else:
            sur = r.choice(SURNAMES)
        if self.fr or origin in ('be', 'frfr'):
            given = r.choice(FR_GIVEN_F if sex == 'F' else FR_GIVEN_M)
        else:
            given = r.choice(EN_GIVEN_F if sex == 'F' else EN_GIVEN_M)
        y = self.date.year
        rng_years = {'child': (y - 16, y - 2), 'teen': (y - 17, y - 14), 'young': (y - 25, y - 18),
                     'adult': (y - 65, y - 20), 'elder': (y - 92, y - 72), 'ob': (y - 40, y - 19)}[kind]
        dob = dt.date(r.randint(*rng_years), r.randint(1, 12), r.randint(1, 28))
        return dict(surname=sur, given=given, dob=dob, sex=sex, nam=None)

    def patient(self, kind='adult', p_nam=0.6):
        return self.nam_person(kind) if self.chance(p_nam) else self.new_person(kind)

    def pn(self, p, style=None):
        """patient name in a random realistic style"""
        g, s = p['given'], p['surname']
        styles = ['full', 'full', 'sf', 'SF', 'title', 'surcomma']
        style = style or self.pick(styles)
        if style == 'full':
            return f'{g} {s}'
        if style == 'sf':
            return f'{s} {g}'
        if style == 'SF':
            return f'{s.upper()} {g}'
        if style == 'surcomma':
            return f'{s.upper()}, {g}'
        if style == 'title':
            if age(p['dob'], self.date.date()) < 16:
                return f'{g} {s}'
            if self.fr:
                return f'{"Mme" if p["sex"] == "F" else "M."} {g} {s}' if self.chance(0.5) else \
                    f'{"Mme" if p["sex"] == "F" else "M."} {s}'
            return f'{"Ms." if p["sex"] == "F" else "Mr."} {s}' if self.chance(0.6) else \
                f'{"Mrs" if p["sex"] == "F" else "Mr"} {g} {s}'
        return f'{g} {s}'

    def dob(self, d):
        r = self.r
        if self.fr:
            return r.choice([d.isoformat(), d.strftime('%d/%m/%Y'), f'{d.day} {FR_MONTHS[d.month - 1]} {d.year}',
                             d.strftime('%Y/%m/%d'), d.strftime('%d-%m-%Y')])
        return r.choice([d.isoformat(), f'{EN_MONTHS[d.month - 1]} {d.day}, {d.year}', d.strftime('%Y/%m/%d'),
                         d.strftime('%d-%b-%Y').upper(), f'{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}'])

    def nam(self, p):
        return fmt_nam(self.r, p['nam'])

    def age(self, p):
        return age(p['dob'], self.date.date())

    def il(self, p):
        return self.L('elle' if p['sex'] == 'F' else 'il', 'she' if p['sex'] == 'F' else 'he')

    def his(self, p):
        return 'her' if p['sex'] == 'F' else 'his'

    def e(self, p):
        return 'e' if p['sex'] == 'F' else ''

    def phone(self, area=None):
        return f'{area or self.pick(["819", "450", "418"])}-555-01{self.r.randint(10, 99)}'

    def address(self):
        city, pc, area = self.pick(CITIES_QC)
        no = self.r.randint(12, 4980)
        if self.fr or self.chance(0.5):
            st = self.pick(STREETS_FR)
            return f'{no}, {st}', city, pc, area
        st = self.pick(STREETS_EN)
        return f'{no} {st}', city, pc, area

    def day(self, delta_days, hour=None, minute=None):
        d = self.date + dt.timedelta(days=delta_days)
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        if hour is not None:
            d = d.replace(hour=hour, minute=minute or 0)
        return d

    def fdate(self, d, with_time=False, short=False):
        if self.fr:
            if short:
                s = d.strftime('%d/%m')
            else:
                s = f'{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]}'
            if with_time:
                s += f' à {d.hour}h{d.minute:02d}' if d.minute else f' à {d.hour}h'
            return s
        if short:
            s = d.strftime('%m/%d')
        else:
            s = f'{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}'
        if with_time:
            h = d.hour % 12 or 12
            s += f' at {h}:{d.minute:02d} {"AM" if d.hour < 12 else "PM"}'
        return s

    # message furniture
    def greet(self, name=None):
        if self.fr:
            opts = ['Bonjour {n},', 'Bonjour {n}', 'Allo {n},', 'Salut {n},', 'Bonjour,'] if name else \
                ['Bonjour,', 'Bonjour à tous,', 'Allo,', 'Bonjour à toutes et à tous,']
        else:
            opts = ['Hi {n},', 'Hello {n},', '{n},', 'Good morning {n},', 'Hi,'] if name else \
                ['Hi all,', 'Hello everyone,', 'Good morning,', 'Hi team,']
        return self.pick(opts).format(n=name)

    def close(self):
        return self.pick(['Merci!', 'Merci beaucoup,', 'Bonne journée', 'Merci et bonne fin de journée,',
                          'Cordialement,', 'Au plaisir,', 'Merci à l\'avance']) if self.fr else \
            self.pick(['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Thanks!', 'Kind regards,', 'Thx'])

    def sig(self, st, conf=None):
        style = self.r.randint(0, 3)
        full = st['name'] if not st['ttl'] else (
            f'{st["ttl"]} {st["name"]}' if self.fr or st['ttl'] == 'Me' else f'{st["name"]}, MD')
        if st['title'] in ('travailleuse sociale', 'travailleur social') and self.chance(0.6):
            full = f'{st["name"]}, T.S.'
        elif st['title'] == 'social worker' and self.chance(0.6):
            full = f'{st["name"]}, MSW'
        if style == 0:
            s = st['given']
        elif style == 1:
            s = f'{full}\n{st["title"]}'
        else:
            tel = self.L('Tél. :', 'Tel.:')
            s = f'{full}\n{st["title"][0].upper() + st["title"][1:]}\n{st["org"]}\n{tel} {st["phone"]}' \
                f'{" poste " if self.fr else " ext. "}{self.r.randint(2000, 7999)}'
            if style == 3:
                s += f'\n{self.L("Téléc. :", "Fax:")} {st["phone"][:8]}{self.r.randint(1000, 9999)}'
        if conf is None:
            conf = self.chance(0.35)
        if conf:
            s += '\n\n' + self.L(CONF_FR, CONF_EN)
        return s

    def quote(self, who, when, text, subject, to):
        style = self.pick(['gmail', 'outlook', 'outlook'])
        if style == 'gmail':
            if self.fr:
                hdr = (f'Le {FR_DAYS[when.weekday()][:3]}. {when.day} {FR_MONTHS[when.month - 1]} {when.year} à '
                       f'{when.hour:02d}:{when.minute:02d}, {who["name"]} <{who["email"]}> a écrit :')
            else:
                h = when.hour % 12 or 12
                hdr = (f'On {EN_DAYS[when.weekday()][:3]}, {EN_MONTHS[when.month - 1][:3]} {when.day}, {when.year} '
                       f'at {h}:{when.minute:02d} {"AM" if when.hour < 12 else "PM"} {who["name"]} '
                       f'<{who["email"]}> wrote:')
            return hdr + '\n' + '\n'.join(('> ' + ln) if ln else '>' for ln in text.split('\n'))
        if self.fr:
            hdr = (f"-----Message d'origine-----\nDe : {who['name']} <{who['email']}>\n"
                   f"Envoyé : {FR_DAYS[when.weekday()]} {when.day} {FR_MONTHS[when.month - 1]} {when.year} "
                   f"{when.hour:02d}:{when.minute:02d}\nÀ : {to}\nObjet : {subject}\n")
        else:
            h = when.hour % 12 or 12
            hdr = (f"-----Original Message-----\nFrom: {who['name']} <{who['email']}>\n"
                   f"Sent: {EN_DAYS[when.weekday()]}, {EN_MONTHS[when.month - 1]} {when.day}, {when.year} "
                   f"{h}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}\nTo: {to}\nSubject: {subject}\n")
        return hdr + '\n' + text

    def fwd(self, who, when, text, subject, to):
        if self.fr:
            hdr = (f'---------- Message transféré ---------\nDe : {who["name"]} <{who["email"]}>\n'
                   f'Date : {FR_DAYS[when.weekday()][:3]}. {when.day} {FR_MONTHS[when.month - 1]} {when.year} à '
                   f'{when.hour:02d}:{when.minute:02d}\nObjet : {subject}\nÀ : {to}\n')
        else:
            hdr = (f'---------- Forwarded message ---------\nFrom: {who["name"]} <{who["email"]}>\n'
                   f'Date: {EN_DAYS[when.weekday()][:3]}, {EN_MONTHS[when.month - 1][:3]} {when.day}, {when.year}\n'
                   f'Subject: {subject}\nTo: {to}\n')
        return hdr + '\n' + text

    # attachments
    def att_bytes(self, data, maintype, subtype, filename):
        self.atts.append(('bytes', data, maintype, subtype, filename))

    def att_text(self, text, subtype, filename, charset='utf-8'):
        self.atts.append(('text', text, subtype, charset, filename))

    def att_eml(self, msg, filename):
        self.atts.append(('eml', msg, filename))


def age(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def safe_fn(s):
    return re.sub(r'[^\w.-]+', '_', strip_accents(s)).strip('_')


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
def render(c, spec, outer=True):
    r = c.r
    m = EmailMessage()
    frm = spec['from']
    m['From'] = f'{frm["name"]} <{frm["email"]}>' if c.chance(0.85) else frm['email']
    m['To'] = ', '.join(spec['to'])
    if spec.get('cc'):
        m['Cc'] = ', '.join(spec['cc'])
    m['Subject'] = spec['subject']
    d = spec.get('date', c.date)
    off = '-0400' if dt.date(d.year, 3, 9) <= d.date() < dt.date(d.year, 11, 2) else '-0500'
    m['Date'] = d.strftime('%a, %d %b %Y %H:%M:%S ') + off
    m['Message-ID'] = f'<{r.getrandbits(64):016x}.{r.getrandbits(32):08x}@{frm["dom"]}>'
    if spec.get('in_reply_to'):
        m['In-Reply-To'] = spec['in_reply_to']
    m['MIME-Version'] = '1.0'
    if outer and c.chance(0.6):
        m['X-Mailer'] = c.pick(['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0.17928.20114',
                                'Mozilla Thunderbird 128.3', 'Apple Mail (2.3776)', 'Zimbra 10.0.6'])
    if spec.get('importance'):
        m['Importance'] = 'High'
    text = spec['text']
    mode = spec.get('mode') or c.pick(['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    charset = spec.get('charset') or c.pick(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = spec.get('cte') or c.pick(['quoted-printable', 'quoted-printable', 'base64', '8bit'])
    text = to_charset(text, charset)
    html = spec.get('html')
    if html is None and mode != 'plain':
        html = text_to_html(text, entities=c.chance(0.3), font=c.pick(['Calibri', 'Aptos', 'Arial', 'Segoe UI']))
    if html is not None:
        html = to_charset(html, charset)
        html = html.replace('charset=utf-8', f'charset={charset}')
    if mode == 'plain':
        m.set_content(text, charset=charset, cte=cte)
    elif mode == 'html':
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(text, charset=charset, cte=cte)
        m.add_alternative(html, subtype='html', charset=charset,
                          cte=c.pick(['quoted-printable', 'base64']) if cte == '8bit' else cte)
    for att in spec.get('atts', []):
        if att[0] == 'bytes':
            _, data, mt, st, fn = att
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        elif att[0] == 'text':
            _, data, st, cs, fn = att
            data = to_charset(data, cs)
            m.add_attachment(data, subtype=st, charset=cs, filename=fn,
                             cte=c.pick(['base64', 'quoted-printable']))
        elif att[0] == 'eml':
            _, inner, fn = att
            m.add_attachment(inner, filename=fn)
    return m


def fix_boundaries(r, m):
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary(r.choice(['----=_NextPart_', '===============', '_000_', '--Boundary_']) +
                              f'{r.getrandbits(64):016x}{r.getrandbits(32):08x}' + r.choice(['==', '', '_']))
        elif part.get_content_type() == 'message/rfc822':
            for sub in part.get_payload():
                fix_boundaries(r, sub)


def serialize(c, m, spec):
    fix_boundaries(c.r, m)
    ls = spec.get('linesep') or c.pick(['\r\n', '\n'])
    return m.as_bytes(policy=email.policy.default.clone(linesep=ls))


# ---------------------------------------------------------------------------
# POSITIVE templates
# ---------------------------------------------------------------------------
PSY_DX = [('trouble bipolaire de type I, épisode maniaque avec caractéristiques psychotiques',
           'bipolar I disorder, manic episode with psychotic features'),
          ('épisode dépressif majeur sévère avec idéations suicidaires', 'severe major depressive episode with suicidal ideation'),
          ('schizophrénie, décompensation psychotique', 'schizophrenia, acute psychotic decompensation'),
          ('trouble schizo-affectif', 'schizoaffective disorder'),
          ('premier épisode psychotique, consommation de cannabis', 'first-episode psychosis with cannabis use'),
          ('trouble de personnalité limite, geste autodommageable (lacérations avant-bras)',
           'borderline personality disorder, self-harm (forearm lacerations)')]
PSY_MEDS = [('lithium 900 mg HS', 'lithium 900 mg qHS'), ('olanzapine 10 mg HS', 'olanzapine 10 mg qHS'),
            ('quétiapine XR 300 mg', 'quetiapine XR 300 mg'), ('aripiprazole 15 mg DIE', 'aripiprazole 15 mg daily'),
            ('sertraline 100 mg DIE', 'sertraline 100 mg daily'), ('palipéridone LAI 150 mg IM q 4 sem',
                                                                  'paliperidone palmitate 150 mg IM q4 weeks'),
            ('lorazépam 1 mg PRN', 'lorazepam 1 mg PRN')]
PED_DX = [('retard staturo-pondéral', 'failure to thrive'), ('TDAH de type combiné', 'ADHD, combined type'),
          ('trouble du spectre de l\'autisme (TSA) niveau 2', 'autism spectrum disorder, level 2'),
          ('diabète de type 1 mal contrôlé', 'poorly controlled type 1 diabetes'),
          ('épilepsie focale', 'focal epilepsy'), ('anorexie mentale de type restrictif', 'anorexia nervosa, restrictive type'),
          ('trouble anxieux généralisé avec refus scolaire', 'generalized anxiety disorder with school refusal'),
          ('asthme persistant modéré', 'moderate persistent asthma')]
OB_DX = [('diabète gestationnel', 'gestational diabetes'), ('prééclampsie légère', 'mild pre-eclampsia'),
         ('placenta praevia marginal', 'marginal placenta previa'), ('RCIU (poids foetal estimé < 10e percentile)',
                                                                      'IUGR (EFW < 10th percentile)'),
         ('hyperémèse gravidique', 'hyperemesis gravidarum'), ('menace d\'accouchement prématuré',
                                                               'threatened preterm labour')]


def spec_base(c, frm, to, subject, text, **kw):
    d = dict(**{'from': frm}, to=to if isinstance(to, list) else [to], subject=subject, text=text)
    d.update(kw)
    return d


def addr(st):
    return f'{st["name"]} <{st["email"]}>'


def p_psy_discharge(c):
    p = c.patient('adult')
    doc, gp = c.staff('psy'), c.staff('gp')
    dx = c.pick(PSY_DX)[0 if c.fr else 1]
    meds = c.r.sample(PSY_MEDS, 2)
    meds = [m[0 if c.fr else 1] for m in meds]
    c.T('patient_name', 'diagnosis', 'medication')
    adm = c.day(-c.r.randint(20, 40))
    dis = c.day(-c.r.randint(1, 6))
    ident = ''
    if p['nam'] and c.chance(0.6):
        ident = f' (NAM {c.nam(p)})' if c.fr else f' (RAMQ {c.nam(p)})'
        c.T('ramq_nam')
    elif c.chance(0.5):
        ident = f' ({c.L("dossier", "MRN")} {gen_mrn(c.r)})'
        c.T('mrn')
    li = f'{c.r.choice([0.6, 0.7, 0.8, 0.9, 1.0])}'.replace('.', ',' if c.fr else '.')
    social = c.pick([c.L('Vit seul' + c.e(p) + ' en appartement, a perdu son emploi en janvier.',
                         'Lives alone, lost job in January.'),
                     c.L('Retourne vivre chez sa mère temporairement; conjoint a quitté le domicile.',
                         'Moving back with mother for now; partner has left the home.'),
                     c.L('Situation financière précaire, demande d\'aide sociale en cours.',
                         'Precarious finances, welfare application pending.')])
    c.T('social_information')
    short = c.chance(0.4)
    pname = c.pn(p)
    if c.fr:
        body = f"""{c.greet(c.disp(gp, True))}

Vous trouverez {'ci-joint' if short else 'ci-dessous'} le résumé de congé de {pname}{ident}, hospitalisé{c.e(p)} à l'unité de psychiatrie 4 Nord du {adm.day} {FR_MONTHS[adm.month-1]} au {dis.day} {FR_MONTHS[dis.month-1]}.
"""
        if not short:
            body += f"""
Dx principal : {dx}
Rx au congé :
- {meds[0]}
- {meds[1]}
Dernière lithémie / bilan : {li} mmol/L, fonction rénale et TSH normales.
{social}

Suivi prévu en clinique externe avec {c.disp(doc, True)} dans 2 semaines. Merci de renouveler la médication d'ici là si besoin.
"""
            c.T('lab_result')
        body += f"\n{c.close()}\n\n{c.sig(doc if c.chance(0.5) else c.staff('sec'))}"
        subj = c.pick([f'Résumé de congé - {pname}', 'Résumé de congé psychiatrie', f'Congé 4 Nord - {p["surname"].upper()}'])
    else:
        body = f"""{c.greet(c.disp(gp, True))}

Please find {'attached' if short else 'below'} the discharge summary for {pname}{ident}, admitted to the 4 North psychiatry unit from {EN_MONTHS[adm.month-1]} {adm.day} to {EN_MONTHS[dis.month-1]} {dis.day}.
"""
        if not short:
            body += f"""
Primary dx: {dx}
Meds on discharge:
- {meds[0]}
- {meds[1]}
Last level/labs: {li} mmol/L, renal function and TSH WNL.
{social}

Outpatient follow-up with {c.disp(doc, True)} in 2 weeks. Please renew meds in the meantime if needed.
"""
            c.T('lab_result')
        body += f"\n{c.close()}\n\n{c.sig(doc if c.chance(0.5) else c.staff('sec'))}"
        subj = c.pick([f'Discharge summary - {pname}', 'Discharge summary (psychiatry)', f'D/C summary {p["surname"].upper()}'])
    if 'Résumé de congé psychiatrie' == subj or 'Discharge summary (psychiatry)' == subj:
        pass
    if short or c.chance(0.5):
        lines = [c.L('Patient : ', 'Patient: ') + f'{p["surname"].upper()}, {p["given"]}',
                 c.L('Date de naissance : ', 'Date of birth: ') + c.dob(p['dob'])]
        c.T('date_of_birth')
        if p['nam']:
            lines.append(f'NAM : {p["nam"]}' if c.fr else f'RAMQ: {p["nam"]}')
            c.T('ramq_nam')
        lines += ['', c.L('Diagnostic principal : ', 'Principal diagnosis: ') + dx,
                  c.L('Médication au congé : ', 'Discharge medication: ') + '; '.join(meds),
                  c.L(f'Lithémie au congé : {li} mmol/L', f'Lithium level at discharge: {li} mmol/L'),
                  c.L('Contexte psychosocial : ', 'Psychosocial: ') + social,
                  '', c.L('Signé électroniquement par ', 'Electronically signed by ') + doc['name']]
        c.T('lab_result')
        c.att_bytes(make_pdf(c.L('Résumé de congé - Psychiatrie', 'Discharge Summary - Psychiatry'), lines, doc['name']),
                    'application', 'pdf', c.pick([f'Resume_conge_{safe_fn(p["surname"])}.pdf', 'resume_conge.pdf',
                                                  f'DC_{safe_fn(p["surname"]).upper()}_{p["given"][0]}.pdf'])
                    if c.fr else c.pick([f'DC_summary_{safe_fn(p["surname"])}.pdf', 'discharge_summary.pdf']))
    return spec_base(c, c.staff('sec') if c.chance(0.3) else doc, addr(gp), subj, body,
                     note='psychiatric discharge summary to family physician')


def p_court_care_order(c):
    p = c.patient('adult')
    doc, law = c.staff('psy'), c.staff('lawyer')
    dx = c.pick(PSY_DX[1:4])[0 if c.fr else 1]
    mrn = gen_mrn(c.r)
    hearing = c.day(c.r.randint(5, 15), 9, 30)
    kind = c.pick(['AS', 'GE'])
    c.T('patient_name', 'diagnosis', 'social_information', 'mrn')
    if c.fr:
        what = 'requête en autorisation de soins' if kind == 'AS' else 'requête pour garde en établissement (garde provisoire)'
        body = f"""Me {law['surname']},

Comme discuté au téléphone, nous souhaitons déposer une {what} pour {c.pn(p)}, dossier {mrn}. {c.il(p).capitalize()} refuse catégoriquement la médication depuis l'admission et nie être malade ({dx}). L'équipe craint un danger pour {'elle' if p['sex']=='F' else 'lui'}-même : arrêt d'alimentation, menaces envers sa soeur chez qui {c.il(p)} habitait.

La famille (soeur et père) est au courant et appuie la démarche. {c.pick(['Pas de représentant légal.', 'Le patient a un avocat de l’aide juridique, Me Ferreira.', 'Mandat de protection non homologué à notre connaissance.'])}

Date visée pour l'audience : {c.fdate(hearing, True)}, palais de justice de Saint-Aurèle.
Je vous joins le rapport psychiatrique signé.

{c.sig(doc)}"""
        subj = c.pick([f'Requête {kind} - {p["surname"].upper()} {p["given"]}', f'Dossier {mrn} - requête {kind}',
                       f'URGENT requête {kind} {c.pn(p, "full")}'])
    else:
        what = 'application for authorization of care' if kind == 'AS' else 'application for confinement in an institution'
        body = f"""Dear Me {law['surname']},

Following our call, we would like to file an {what} for {c.pn(p)}, chart {mrn}. {c.il(p).capitalize()} has refused all medication since admission and denies being ill ({dx}). The team is concerned about danger to self: not eating, threats toward the sister {c.il(p)} was living with.

Family (sister and father) is aware and supports the application. {c.pick(['No legal representative.', 'Patient has a legal aid lawyer.', 'No homologated protection mandate that we know of.'])}

Target hearing date: {c.fdate(hearing, True)}, Saint-Aurèle courthouse.
Signed psychiatric report attached.

{c.sig(doc)}"""
        subj = c.pick([f'Application {kind} - {p["surname"].upper()} {p["given"]}', f'Chart {mrn} - court application',
                       f'URGENT court application - {c.pn(p, "full")}'])
    paras = [c.L('Nom : ', 'Name: ') + f'{p["given"]} {p["surname"]}',
             c.L('Date de naissance : ', 'Date of birth: ') + c.dob(p['dob']),
             c.L('No de dossier : ', 'Chart no.: ') + mrn,
             c.L('Diagnostic : ', 'Diagnosis: ') + dx,
             c.L("Le patient présente une inaptitude à consentir aux soins. Traitement proposé : ",
                 'The patient is incapable of consenting to care. Proposed treatment: ')
             + c.pick(PSY_MEDS[1:6])[0 if c.fr else 1] + c.L(' pour une durée de 3 ans.', ' for 3 years.'),
             c.L('Signature du psychiatre : ', 'Psychiatrist signature: ') + f'{doc["ttl"]} {doc["name"]}']
    c.T('date_of_birth', 'medication')
    c.att_bytes(make_docx(c.L('Rapport psychiatrique', 'Psychiatric report'), paras, author=doc['name']),
                'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                c.pick([f'Rapport_psy_{safe_fn(p["surname"])}.docx', f'rapport {kind} {p["surname"]}.docx',
                        'rapport_psychiatrique_signe.docx']))
    return spec_base(c, doc, addr(law), subj, body, cc=[addr(c.staff('ts'))] if c.chance(0.5) else None,
                     importance=c.chance(0.5), note='court application (care authorization/confinement) with report')


def p_clozapine(c):
    n = c.r.randint(1, 4)
    pts = [c.patient('adult') for _ in range(n)]
    ph, doc = c.staff('pharm'), c.staff('psy')
    c.T('patient_name', 'medication', 'lab_result')
    rows = [[c.L('Patient', 'Patient'), c.L('Date', 'Date'), 'GB/WBC', c.L('NAN', 'ANC'), c.L('Zone', 'Zone')]]
    for p in pts:
        for k in range(c.r.randint(1, 3)):
            d = c.day(-7 * k)
            anc = round(c.r.uniform(1.1, 4.5), 1)
            zone = c.L('verte', 'green') if anc >= 2 else (c.L('jaune', 'yellow') if anc >= 1.5 else c.L('rouge', 'red'))
            rows.append([f'{p["surname"].upper()}, {p["given"]}', d.strftime('%Y-%m-%d'),
                         round(anc + c.r.uniform(1.5, 3.5), 1), anc, zone])
    main = pts[0]
    idn = ''
    if main['nam'] and c.chance(0.5):
        idn = f' - {c.nam(main)}'
        c.T('ramq_nam')
    if c.fr:
        body = f"""{c.greet(c.disp(doc))}

Suivi clozapine de la semaine. Pour {c.pn(main)}{idn} le NAN est {rows[1][3]} ({rows[1][4]}) — {c.pick(['on continue la surveillance hebdo', 'je te suggère de reprendre une FSC demain', 'dispensation suspendue en attendant ton avis'])}.
"""
        if c.chance(0.5):
            body += '\n' + text_table(rows) + '\n'
        body += f"\nSchizophrénie résistante, dose actuelle clozapine {c.pick(['300', '350', '400', '450'])} mg/j.\n\n{c.sig(ph)}"
        subj = c.pick(['Clozapine - NAN de la semaine', f'Clozapine {main["surname"]}', 'RE: registre clozapine'])
    else:
        body = f"""{c.greet(c.disp(doc))}

Weekly clozapine monitoring. For {c.pn(main)}{idn} ANC is {rows[1][3]} ({rows[1][4]}) — {c.pick(['continue weekly monitoring', 'suggest repeat CBC tomorrow', 'dispensing on hold pending your call'])}.
"""
        if c.chance(0.5):
            body += '\n' + text_table(rows) + '\n'
        body += f"\nTreatment-resistant schizophrenia, current clozapine dose {c.pick(['300', '350', '400', '450'])} mg/day.\n\n{c.sig(ph)}"
        subj = c.pick(['Clozapine - weekly ANC', f'Clozapine {main["surname"]}', 'RE: clozapine registry'])
    c.T('diagnosis')
    if c.chance(0.6):
        c.att_text(make_csv(rows, c.pick([',', ';'])), 'csv', c.L('clozapine_NAN.csv', 'clozapine_ANC.csv'),
                   c.pick(['utf-8', 'windows-1252']))
    return spec_base(c, ph, addr(doc), subj, body, note='clozapine ANC monitoring')


def p_lithium_reply(c):
    p = c.patient('adult')
    inf, doc = c.staff('inf'), c.staff('psy')
    lvl = c.pick(['1.3', '1.4', '1.5', '1.6', '0.3', '0.4'])
    c.T('patient_name', 'medication', 'lab_result')
    q0 = c.date - dt.timedelta(hours=c.r.randint(1, 5))
    if c.fr:
        lv = lvl.replace('.', ',')
        orig = f"""Bonjour {c.disp(doc)},
Lithémie de ce matin pour {c.pn(p)} (ch. {c.r.randint(401, 432)}) : {lv} mmol/L. {c.pick(['Tremblements +, un peu confus' + c.e(p) + '.', 'Nausées depuis hier.', 'Pas de symptômes.'])}
Créat {c.r.randint(70, 130)}. On donne la dose de ce soir?
{inf['given']}"""
        reply = c.pick([f"On suspend la dose ce soir et on reprend lithémie + créat demain AM. Hydratation. {doc['given'][0]}.",
                        "Non, on cesse le lithium pour l'instant. Je passe voir " + ('la' if p['sex'] == 'F' else 'le') + " patient" + c.e(p) + " vers 16h.",
                        "Ok on garde 900 mg, probable prise irrégulière à domicile. Contrôle dans 5 jours."])
        subj = c.pick([f'RE: lithémie {p["surname"]}', 'RE: lithémie', f'RE: {p["given"]} {p["surname"]} - Li'])
    else:
        orig = f"""Hi {c.disp(doc)},
This morning's lithium level for {c.pn(p)} (room {c.r.randint(401, 432)}): {lvl} mmol/L. {c.pick(['Tremor +, a bit confused.', 'Nauseous since yesterday.', 'No symptoms.'])}
Creat {c.r.randint(70, 130)}. Do we give tonight's dose?
{inf['given']}"""
        reply = c.pick(["Hold tonight's dose, repeat Li + creat tomorrow AM. Push fluids.",
                        "No, stop lithium for now. I'll come see the patient around 4.",
                        "Keep 900 mg, likely inconsistent intake at home. Recheck in 5 days."])
        subj = c.pick([f'RE: Li level {p["surname"]}', 'RE: lithium level', f'RE: {p["given"]} {p["surname"]} - Li'])
    body = reply + '\n\n' + c.quote(inf, q0, orig, subj[4:], addr(doc))
    if c.chance(0.4):
        body = typoify(c.r, body, 0.06)
    return spec_base(c, doc, addr(inf), subj, body, mode=c.pick(['plain', 'alt']),
                     note='short reply about lithium level')


def p_dpj_followup(c):
    child = c.patient('child', 0.7)
    ts, dpj = c.staff('ts'), c.staff('dpj')
    mother = c.pick(PARENT_F)
    c.T('patient_name', 'social_information')
    a = c.age(child)
    dx = c.pick([c.L('fracture spiralée du fémur non expliquée', 'unexplained spiral femur fracture'),
                 c.L('retard staturo-pondéral important', 'significant failure to thrive'),
                 c.L('intoxication accidentelle au cannabis (jujubes)', 'accidental cannabis edible ingestion'),
                 c.L('plusieurs ecchymoses d\'âges différents', 'multiple bruises of different ages')])
    c.T('diagnosis')
    extra_id = ''
    if child['nam'] and c.chance(0.5):
        extra_id = c.L(f', NAM {c.nam(child)}', f', RAMQ {c.nam(child)}')
        c.T('ramq_nam')
    if c.chance(0.5):
        extra_id += c.L(f', né{c.e(child)} le {c.dob(child["dob"])}', f', DOB {c.dob(child["dob"])}')
        c.T('date_of_birth')
    if c.fr:
        body = f"""{c.greet(c.disp(dpj))}

Suivi de notre appel de ce matin concernant {c.pn(child, 'full')} ({a} ans{extra_id}), admis{c.e(child)} en pédiatrie depuis {c.fdate(c.day(-3))} pour {dx}.

Ce que j'ai pu observer :
- la mère ({mother}) est présente de façon irrégulière, arrive souvent en soirée et semble intoxiquée à 2 reprises selon les infirmières
- le conjoint de la mère n'est pas le père biologique; le père ({c.pick(PARENT_M)}) serait en détention jusqu'en {c.pick(FR_MONTHS)}
- fratrie : 2 demi-soeurs, 7 et 9 ans, qui fréquentent l'école des Hirondelles
- la famille a été évincée de son logement le mois dernier, hébergée chez la grand-mère maternelle

Le Dr {c.staff('ped', 'fr')['surname']} considère le congé médical possible {c.pick(['lundi', 'mardi', 'jeudi'])}. J'aimerais savoir si le signalement est retenu et si des mesures de protection immédiates sont prévues avant le congé.

{c.close()}
{c.sig(ts, True)}"""
        subj = c.pick([f'Signalement - {c.pn(child, "full")}', f'Suivi signalement {child["surname"].upper()}',
                       'Suivi de notre appel - pédiatrie', f'DPJ {child["given"]} {child["surname"]}'])
    else:
        body = f"""{c.greet(c.disp(dpj))}

Following up on our call this morning about {c.pn(child, 'full')} ({a} y/o{extra_id}), admitted to pediatrics since {c.fdate(c.day(-3))} for {dx}.

What I observed:
- mother ({mother}) visits irregularly, usually late evening, appeared intoxicated twice per nursing
- mother's partner is not the biological father; father ({c.pick(PARENT_M)}) reportedly incarcerated until {c.pick(EN_MONTHS)}
- siblings: 2 half-sisters, 7 and 9, attending Maple Ridge Elementary
- family was evicted last month, staying with maternal grandmother

Dr. {c.staff('ped', 'en')['surname']} thinks medical discharge is possible {c.pick(['Monday', 'Tuesday', 'Thursday'])}. Can you let me know whether the report was retained and whether immediate protective measures are planned before discharge?

{c.close()}
{c.sig(ts, True)}"""
        subj = c.pick([f'Report - {c.pn(child, "full")}', f'DYP report follow-up {child["surname"].upper()}',
                       'Follow-up on our call - pediatrics', f'Youth protection - {child["given"]} {child["surname"]}'])
    return spec_base(c, ts, addr(dpj), subj, body, importance=c.chance(0.3),
                     note='social worker to youth protection about hospitalized child')


def p_youth_court_ics(c):
    child = c.patient('child', 0.7)
    dpj, ts = c.staff('dpj'), c.staff('ts')
    law = c.staff('lawyer')
    start = c.day(c.r.randint(7, 30), 9, 30)
    end = start + dt.timedelta(hours=2)
    file_no = f'{c.pick(["525", "415", "760"])}-41-{c.r.randint(100000, 999999):06d}-{str(start.year)[2:]}{c.r.randint(1, 9)}'
    c.T('patient_name', 'social_information')
    measure = c.pick([c.L('prolongation du placement en famille d\'accueil', 'extension of foster placement'),
                      c.L('hébergement obligatoire chez la tante maternelle', 'mandatory placement with maternal aunt'),
                      c.L('contacts supervisés avec le père', 'supervised visits with father'),
                      c.L('placement jusqu\'à majorité', 'placement until majority')])
    desc = c.L(f'Audience Chambre de la jeunesse - {child["given"]} {child["surname"]} - {measure}. '
               f'Dossier {file_no}. Témoins : intervenante DPJ, TS hôpital.',
               f'Youth Division hearing - {child["given"]} {child["surname"]} - {measure}. '
               f'File {file_no}. Witnesses: DYP worker, hospital SW.')
    if c.chance(0.4):
        desc += c.L(f' Enfant né{c.e(child)} le {child["dob"].isoformat()}.', f' Child DOB {child["dob"].isoformat()}.')
        c.T('date_of_birth')
    if c.chance(0.5):
        desc += c.L(' Rapport pédopsy (TSPT) à déposer.', ' Child psychiatry report (PTSD) to be filed.')
        c.T('diagnosis')
    ics = make_ics(f'{c.r.getrandbits(48):012x}@{dpj["dom"]}', FIXED_DOC_DT, start, end,
                   c.L(f'Audience - {child["surname"]} {child["given"][0]}.', f'Hearing - {child["surname"]} {child["given"][0]}.'),
                   c.L('Palais de justice de Saint-Aurèle, salle 2.14', 'Saint-Aurèle courthouse, room 2.14'),
                   desc, (dpj['name'], dpj['email']), [(ts['name'], ts['email']), (law['name'], law['email'])], c.lang)
    c.att_text(ics, 'calendar', 'invite.ics')
    if c.fr:
        body = f"""{c.greet()}

Invitation pour l'audience concernant {c.pick([child['given'], c.pn(child, 'full')])} (dossier {file_no}). Votre présence comme témoin est requise; prévoir la matinée.

Merci de confirmer et de m'envoyer vos notes d'évolution d'ici {c.fdate(start - dt.timedelta(days=3))}.

{c.sig(dpj)}"""
        subj = c.pick(['Invitation : audience Chambre de la jeunesse', f'Audience {file_no}', f'Audience {c.fdate(start, short=True)} - témoins'])
    else:
        body = f"""{c.greet()}

Invitation for the hearing regarding {c.pick([child['given'], c.pn(child, 'full')])} (file {file_no}). You are required as a witness; please block the morning.

Please confirm and send me your progress notes by {c.fdate(start - dt.timedelta(days=3))}.

{c.sig(dpj)}"""
        subj = c.pick(['Invitation: Youth Division hearing', f'Hearing {file_no}', f'Hearing {c.fdate(start, short=True)} - witnesses'])
    return spec_base(c, dpj, [addr(ts), addr(law)], subj, body, note='court hearing invitation with child name in ICS')


def p_school_liaison(c):
    child = c.patient('child', 0.7)
    psyed, sch = c.staff(c.pick(['psyed', 'ts'])), c.staff('school')
    dx = c.pick(PED_DX[1:3] + PED_DX[6:7])[0 if c.fr else 1]
    med = c.pick([('Concerta 36 mg le matin', 'Concerta 36 mg every morning'), ('Vyvanse 30 mg', 'Vyvanse 30 mg'),
                  ('guanfacine XR 2 mg', 'guanfacine XR 2 mg'), ('fluoxétine 10 mg', 'fluoxetine 10 mg')])[0 if c.fr else 1]
    grade = c.pick(['3e', '4e', '5e', '6e', 'sec. 1', 'sec. 2']) if c.fr else c.pick(['Grade 3', 'Grade 5', 'Grade 6', 'Sec 1', 'Sec 2'])
    c.T('patient_name', 'diagnosis', 'social_information')
    nm = c.pn(child, c.pick(['full', 'sf', 'full']))
    if c.fr:
        body = f"""{c.greet(c.disp(sch, False))}

Suite à la rencontre de lundi, voici les éléments pour le plan d'intervention de {nm} ({grade}). Les parents ont signé l'autorisation de communiquer (copie dans le dossier).

- Dx posé par la pédopsychiatre en {c.pick(FR_MONTHS)} : {dx}
- {"Médication : " + med + " (début il y a 3 semaines, à surveiller : appétit, sommeil)" if c.chance(0.7) else "Pas de médication pour le moment, les parents veulent attendre"}
- Parents séparés, garde partagée une semaine/une semaine; la transmission d'info entre les deux maisons est difficile
- Absences fréquentes les lundis ({c.r.randint(8, 19)} absences depuis septembre)

Recommandations : place près de l'enseignante, pauses actives, tâches fractionnées, accès au local de retrait. On pourrait se revoir avec l'orthopédagogue dans 6 semaines?

{c.close()}
{c.sig(psyed)}"""
        subj = c.pick([f'PI - {nm}', f'Plan d\'intervention {child["given"]}', 'Suivi rencontre école',
                       f'{child["surname"].upper()} {child["given"]} - école'])
    else:
        body = f"""{c.greet(c.disp(sch, False))}

Following Monday's meeting, here is what we discussed for {nm}'s IEP ({grade}). Parents signed the consent to share information (copy on file).

- Diagnosis made by child psychiatry in {c.pick(EN_MONTHS)}: {dx}
- {"Medication: " + med + " (started 3 weeks ago, watch appetite and sleep)" if c.chance(0.7) else "No medication for now, parents prefer to wait"}
- Parents separated, week-on/week-off custody; communication between the two homes is difficult
- Frequent Monday absences ({c.r.randint(8, 19)} since September)

Recommendations: seat near teacher, movement breaks, chunked tasks, access to the quiet room. Could we meet again with the resource teacher in 6 weeks?

{c.close()}
{c.sig(psyed)}"""
        subj = c.pick([f'IEP - {nm}', f'IEP follow-up {child["given"]}', 'School meeting follow-up',
                       f'{child["surname"].upper()} {child["given"]} - school'])
    if 'Médication : ' in body or 'Medication: ' in body:
        c.T('medication')
    if c.chance(0.4):
        paras = [c.L('Élève : ', 'Student: ') + f'{child["given"]} {child["surname"]}',
                 c.L('Date de naissance : ', 'Date of birth: ') + c.dob(child['dob']),
                 c.L('Besoins : ', 'Needs: ') + dx,
                 c.L('Objectif 1 : augmenter le temps de travail autonome à 15 min.',
                     'Goal 1: increase independent work time to 15 min.')]
        c.T('date_of_birth')
        c.att_bytes(make_docx(c.L("Plan d'intervention - ébauche", 'IEP - draft'), paras, author=psyed['name']),
                    'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                    c.L(f'PI_{safe_fn(child["given"])}.docx', f'IEP_{safe_fn(child["given"])}_draft.docx'))
    return spec_base(c, psyed, addr(sch), subj, body, note='school liaison / IEP about a child with diagnosis')


def p_peds_referral(c):
    child = c.nam_person('child') if c.chance(0.8) else c.new_person('child')
    gp, ped = c.staff('gp'), c.staff('ped')
    dx = c.pick(PED_DX)[0 if c.fr else 1]
    c.T('patient_name', 'diagnosis', 'date_of_birth')
    ids = []
    if child['nam']:
        ids.append(f'NAM : {c.nam(child)}' if c.fr else f'RAMQ: {c.nam(child)}')
        c.T('ramq_nam')
    else:
        ids.append(c.L('Dossier : ', 'Chart: ') + gen_mrn(c.r))
        c.T('mrn')
    lab = c.pick([('TSH 7,8 mU/L, T4L 10', 'TSH 7.8 mU/L, FT4 10'), ('Hb 94 g/L, ferritine 6', 'Hb 94 g/L, ferritin 6'),
                  ('HbA1c 10,2 %', 'HbA1c 10.2%'), ('anti-transglutaminase IgA 86 U/mL (élevé)', 'tTG-IgA 86 U/mL (high)')])
    parent = c.pick(PARENT_F + PARENT_M)
    tel = c.phone()
    c.T('lab_result', 'patient_contact')
    if c.fr:
        body = f"""Demande de consultation en pédiatrie

Nom : {c.pn(child, c.pick(['surcomma', 'SF', 'full']))}
DDN : {c.dob(child['dob'])}
{ids[0]}
Parent : {parent} — {tel}

Motif : {dx}. {c.pick(['Courbe de poids qui croise 2 percentiles depuis 1 an.', 'Parents inquiets, consultation à l’urgence x2 ce mois-ci.', 'Suivi difficile en GMF, besoin d’évaluation spécialisée.'])}
Labos récents : {lab[0]}
Priorité : {c.pick(['B', 'C', 'D'])}

Merci,
{c.sig(gp)}"""
        subj = c.pick(['Demande de consultation pédiatrie', f'Consult péd - {child["surname"]}', 'Référence CRDS pédiatrie'])
    else:
        body = f"""Pediatric consultation request

Name: {c.pn(child, c.pick(['surcomma', 'SF', 'full']))}
DOB: {c.dob(child['dob'])}
{ids[0]}
Parent: {parent} — {tel}

Reason: {dx}. {c.pick(['Weight curve has crossed 2 percentiles over 1 year.', 'Parents worried, 2 ER visits this month.', 'Hard to manage in primary care, needs specialist assessment.'])}
Recent labs: {lab[1]}
Priority: {c.pick(['B', 'C', 'D'])}

Thanks,
{c.sig(gp)}"""
        subj = c.pick(['Pediatric consult request', f'Peds consult - {child["surname"]}', 'Referral - pediatrics'])
    return spec_base(c, gp, addr(ped), subj, body, mode=c.pick(['plain', 'alt', 'html']),
                     note='pediatric referral with identifiers')


def p_obs_prenatal(c):
    p = c.nam_person('ob') if c.chance(0.6) else c.new_person('ob')
    obs, inf = c.staff('obs'), c.staff(c.pick(['inf', 'sf']))
    ga = c.r.randint(24, 30)
    g = c.r.randint(1, 4)
    v = [round(c.r.uniform(5.1, 5.6), 1), round(c.r.uniform(10.0, 11.8), 1), round(c.r.uniform(8.4, 9.6), 1)]
    c.T('patient_name', 'lab_result', 'diagnosis')
    idtxt = ''
    if p['nam'] and c.chance(0.5):
        idtxt = f' — {c.nam(p)}'
        c.T('ramq_nam')
    elif c.chance(0.4):
        idtxt = f' — {c.L("dossier", "chart")} {gen_mrn(c.r)}'
        c.T('mrn')
    if c.fr:
        vs = [str(x).replace('.', ',') for x in v]
        body = f"""{c.greet(c.disp(obs))}

{c.pn(p)}{idtxt}, G{g}P{g-1}, {ga} SA + {c.r.randint(0, 6)} j.
HGPO 75 g : {vs[0]} / {vs[1]} / {vs[2]} mmol/L → 2 valeurs anormales, donc diabète gestationnel.
{c.pick(['Elle est déjà très anxieuse (suivi psy pour TAG avant la grossesse).', 'IMC prégrossesse 34.', 'ATCD de DG à la grossesse précédente.'])}

Je l'ai référée à la nutritionniste et lui ai montré le glucomètre. Veux-tu débuter l'insuline ou on attend 1 semaine de glycémies?

{c.sig(inf)}"""
        subj = c.pick([f'HGPO {p["surname"]}', 'DG - à discuter', f'RE: suivi grossesse {p["given"]} {p["surname"]}'])
    else:
        body = f"""{c.greet(c.disp(obs))}

{c.pn(p)}{idtxt}, G{g}P{g-1}, {ga}+{c.r.randint(0, 6)} weeks.
75 g OGTT: {v[0]} / {v[1]} / {v[2]} mmol/L → 2 abnormal values, so gestational diabetes.
{c.pick(['Already quite anxious (followed for GAD before pregnancy).', 'Pre-pregnancy BMI 34.', 'Hx of GDM in previous pregnancy.'])}

Referred to the dietitian and showed her the glucometer. Do you want to start insulin or wait one week of sugars?

{c.sig(inf)}"""
        subj = c.pick([f'OGTT {p["surname"]}', 'GDM - to discuss', f'RE: prenatal {p["given"]} {p["surname"]}'])
    if c.chance(0.4):
        rows = [[c.L('Date', 'Date'), c.L('À jeun', 'Fasting'), c.L('1h post-déj', '1h post-bkfst'),
                 c.L('1h post-dîner', '1h post-lunch'), c.L('1h post-souper', '1h post-supper')]]
        for k in range(7):
            d = c.day(-7 + k)
            rows.append([d.strftime('%Y-%m-%d')] + [round(c.r.uniform(4.6, 8.9), 1) for _ in range(4)])
        c.att_bytes(make_xlsx([(c.L('Glycémies', 'Glucose log'), rows)], inf['name']), 'application',
                    'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                    f'glycemies_{safe_fn(p["surname"])}.xlsx' if c.fr else f'glucose_{safe_fn(p["surname"])}.xlsx')
    return spec_base(c, inf, addr(obs), subj, body, note='prenatal follow-up with OGTT results')


def p_obs_us_fwd(c):
    p = c.nam_person('ob') if c.chance(0.5) else c.new_person('ob')
    obs, gp = c.staff('obs'), c.staff(c.pick(['gp', 'sf']))
    rad = dict(name=c.L('Imagerie médicale HSA', 'HSA Medical Imaging'), email='imagerie@hsa.troiscollines.example',
               dom='hsa.troiscollines.example')
    dx = c.pick(OB_DX[2:4])[0 if c.fr else 1]
    mrn = gen_mrn(c.r)
    ga = c.r.randint(20, 34)
    c.T('patient_name', 'diagnosis', 'mrn')
    when = c.date - dt.timedelta(hours=c.r.randint(2, 30))
    if c.fr:
        orig = f"""RAPPORT D'ÉCHOGRAPHIE OBSTÉTRICALE
Patiente : {p['surname'].upper()}, {p['given']}   No dossier : {mrn}
Âge gestationnel : {ga} sem.
Grossesse unique, présentation céphalique. Liquide amniotique normal.
Conclusion : {dx}. Suggestion : contrôle dans 4 semaines."""
        body = f"""{c.pick(['FYI', 'Pour info', 'À voir'])} — {c.pick(['je la vois jeudi', 'peux-tu la rappeler?', 'on en parle à la réunion'])}.

{c.fwd(rad, when, orig, 'Résultat écho - ' + mrn, obs['email'])}"""
        subj = c.pick([f'TR: Résultat écho - {mrn}', f'TR: écho {p["surname"]}', 'TR: Résultat échographie'])
    else:
        orig = f"""OBSTETRICAL ULTRASOUND REPORT
Patient: {p['surname'].upper()}, {p['given']}   MRN: {mrn}
Gestational age: {ga} wks
Singleton, cephalic. Normal amniotic fluid.
Impression: {dx}. Suggest follow-up in 4 weeks."""
        body = f"""{c.pick(['FYI', 'See below', 'Heads up'])} — {c.pick(['seeing her Thursday', 'can you call her back?', 'let’s discuss at rounds'])}.

{c.fwd(rad, when, orig, 'US result - ' + mrn, obs['email'])}"""
        subj = c.pick([f'Fwd: US result - {mrn}', f'FW: ultrasound {p["surname"]}', 'Fwd: Ultrasound report'])
    if c.chance(0.3):
        body = body.replace(orig, orig + c.L(f'\nDDN : {p["dob"].isoformat()}', f'\nDOB: {p["dob"].isoformat()}'))
        c.T('date_of_birth')
    return spec_base(c, obs, addr(gp), subj, body, note='forwarded obstetrical ultrasound report')


def p_postpartum(c):
    p = c.nam_person('ob') if c.chance(0.6) else c.new_person('ob')
    inf, ts = c.staff('inf'), c.staff('ts')
    epds = c.r.randint(14, 23)
    weeks = c.r.randint(2, 10)
    c.T('patient_name', 'diagnosis', 'social_information')
    baby = c.pick(FR_GIVEN_F + FR_GIVEN_M)
    if c.fr:
        body = f"""{c.greet(c.disp(ts, False))}

Je te réfère {c.pn(p)}, {c.age(p)} ans, accouchée il y a {weeks} semaines (bébé {baby}). EPDS à {epds} lors de la visite à domicile, pleure tous les jours, ne dort plus même quand le bébé dort. Pas d'IS active mais dit « ils seraient mieux sans moi ».
Contexte : conjoint a perdu son emploi, loyer en retard de 2 mois, pas de famille dans la région (arrivée de {c.pick(['Côte d’Ivoire', 'Colombie', 'Gaspésie', 'Ontario'])} il y a un an).
{"Dre " + c.staff('psy', 'fr')['surname'] + " a débuté sertraline 25 mg." if c.chance(0.5) else "Pas de médication pour l'instant, elle allaite et hésite."}

Peux-tu la contacter cette semaine? {c.pick(['Elle préfère les textos.', 'Meilleur moment : en après-midi.', ''])}
{c.sig(inf)}"""
        subj = c.pick(['Référence TS - dépression post-partum', f'Réf. TS {p["surname"]}', 'Référence périnatalité'])
    else:
        body = f"""{c.greet(c.disp(ts, False))}

Referring {c.pn(p)}, {c.age(p)}, delivered {weeks} weeks ago (baby {baby}). EPDS {epds} at the home visit, crying daily, can't sleep even when baby sleeps. No active SI but said "they'd be better off without me".
Context: partner lost his job, rent 2 months behind, no family in the area (moved from {c.pick(['Côte d’Ivoire', 'Colombia', 'Nova Scotia', 'Ontario'])} a year ago).
{"Dr. " + c.staff('psy', 'en')['surname'] + " started sertraline 25 mg." if c.chance(0.5) else "No medication for now, she is breastfeeding and hesitant."}

Could you reach out this week? {c.pick(['She prefers texts.', 'Afternoons are best.', ''])}
{c.sig(inf)}"""
        subj = c.pick(['SW referral - postpartum depression', f'SW referral {p["surname"]}', 'Perinatal referral'])
    if 'sertraline' in body:
        c.T('medication')
    if c.chance(0.5):
        tel = c.phone()
        body = body.replace(c.L('Peux-tu la contacter', 'Could you reach out'),
                            c.L(f'Son cell : {tel}. Peux-tu la contacter', f'Her cell: {tel}. Could you reach out'))
        c.T('patient_contact')
    return spec_base(c, inf, addr(ts), subj, body, note='postpartum depression referral to social work')


def p_home_visits(c):
    inf = c.staff('inf')
    n = c.r.randint(2, 5)
    rows = []
    c.T('patient_name', 'patient_contact', 'diagnosis')
    for k in range(n):
        p = c.nam_person('ob') if c.chance(0.5) else c.new_person('ob')
        street, city, pc, area = c.address()
        issue = c.pick([c.L('allaitement difficile, perte de poids bébé 9 %', 'breastfeeding difficulty, baby weight loss 9%'),
                        c.L('ictère néonatal, bili à recontrôler', 'neonatal jaundice, recheck bili'),
                        c.L('césarienne, plaie à vérifier', 'C-section, check wound'),
                        c.L('HTA gestationnelle, TA à prendre', 'gestational HTN, BP check'),
                        c.L('EPDS 15 à l\'hôpital', 'EPDS 15 in hospital')])
        rows.append((c.pn(p, c.pick(['sf', 'full', 'SF'])), f'{street}, {city}', f'{area}-555-01{c.r.randint(10, 99)}', issue))
    if c.chance(0.5):
        tbl = [[c.L('Nom', 'Name'), c.L('Adresse', 'Address'), c.L('Tél.', 'Phone'), c.L('Raison', 'Reason')]] + [list(x) for x in rows]
        listing = text_table(tbl)
        html = text_to_html(c.L('Voici les visites postnatales de demain :', "Tomorrow's postnatal home visits:"), font=None) + \
            html_table(tbl) + text_to_html(c.sig(inf), font=None)
        html = f'<html><body style="font-family:Arial">{html}</body></html>'
    else:
        listing = '\n'.join(f'{i + 1}. {a} — {b} — {t} — {d}' for i, (a, b, t, d) in enumerate(rows))
        html = None
    body = f"""{c.greet()}

{c.L('Voici les visites postnatales de demain :', "Tomorrow's postnatal home visits:")}

{listing}

{c.L("Je prends le secteur nord, qui peut prendre le reste?", "I'll take the north sector, who can take the rest?")}
{c.sig(inf)}"""
    subj = c.L(c.pick(['Visites PP demain', 'Visites postnatales', 'Liste VAD périnatalité']),
               c.pick(['PP visits tomorrow', 'Postnatal home visits', 'Home visit list']))
    return spec_base(c, inf, f'perinatalite@{inf["dom"]}' if c.fr else f'perinatal.team@{inf["dom"]}', subj, body,
                     html=html, mode='alt' if html else None, note='postnatal home visit list with addresses')


def p_transport(c):
    p = c.patient(c.pick(['elder', 'adult']))
    sec, tac = c.staff('sec'), c.staff('transport', 'fr')
    street, city, pc, area = c.address()
    tel = c.phone(area)
    when = c.day(c.r.randint(3, 14), c.r.choice([8, 9, 10, 13]), c.r.choice([0, 30]))
    clinic = c.pick([c.L('clinique de psychiatrie gériatrique', 'geriatric psychiatry clinic'),
                     c.L('clinique externe de psychiatrie (ECT)', 'psychiatry outpatient clinic (ECT)'),
                     c.L('clinique des troubles de l\'humeur', 'mood disorders clinic')])
    c.T('patient_name', 'patient_contact')
    extra = c.pick([c.L('Fauteuil roulant, accompagnateur (fille).', 'Wheelchair, escort (daughter).'),
                    c.L('Patient avec trouble neurocognitif, ne pas laisser seul à l\'entrée.',
                        'Patient has a neurocognitive disorder, do not leave alone at the entrance.'),
                    c.L('Se déplace avec marchette.', 'Uses a walker.')])
    if 'neuro' in extra:
        c.T('diagnosis')
    if c.fr:
        body = f"""Bonjour,

Demande de transport adapté :
Usager : {c.pn(p, c.pick(['full', 'title', 'surcomma']))}
Adresse : {street}, {city} (Québec) {pc}
Tél. : {tel}
RDV : {c.fdate(when, True)} — {clinic}, Hôpital Saint-Aurèle, 3e étage
Retour : vers {when.hour + 2}h
{extra}

{c.sig(sec)}"""
        subj = c.pick(['Demande de transport adapté', f'Transport {c.fdate(when, short=True)} - {p["surname"]}', 'Réservation transport'])
    else:
        body = f"""Hello,

Paratransit request:
Client: {c.pn(p, c.pick(['full', 'title', 'surcomma']))}
Address: {street}, {city}, QC {pc}
Phone: {tel}
Appointment: {c.fdate(when, True)} — {clinic}, Saint-Aurèle Hospital, 3rd floor
Return: around {(when.hour + 2) % 12 or 12} {'AM' if when.hour + 2 < 12 else 'PM'}
{extra}

{c.sig(sec)}"""
        subj = c.pick(['Paratransit request', f'Transport {c.fdate(when, short=True)} - {p["surname"]}', 'Transport booking'])
    if c.chance(0.4) and p['nam']:
        body = body.replace(c.L('Adresse :', 'Address:'), (f'NAM : {c.nam(p)}\n' if c.fr else f'RAMQ: {c.nam(p)}\n') + c.L('Adresse :', 'Address:'), 1)
        c.T('ramq_nam')
    c.T('diagnosis') if 'psychiatr' in clinic or 'humeur' in clinic or 'mood' in clinic else None
    return spec_base(c, sec, f'reservations@{tac["dom"]}', subj, body, mode=c.pick(['plain', 'html']),
                     note='transport booking with patient address and psychiatry clinic')


def p_appt_ics(c):
    child = c.patient(c.pick(['child', 'teen']), 0.5)
    sec = c.staff('sec')
    mrn = gen_mrn(c.r)
    start = c.day(c.r.randint(10, 60), c.r.choice([8, 9, 10, 13, 14]), c.r.choice([0, 15, 30]))
    end = start + dt.timedelta(hours=c.r.choice([1, 2, 3]))
    clinic = c.pick([c.L('Clinique TSA - évaluation diagnostique', 'ASD clinic - diagnostic assessment'),
                     c.L('Clinique des troubles alimentaires', 'Eating disorders clinic'),
                     c.L('Pédopsychiatrie - évaluation TDAH', 'Child psychiatry - ADHD assessment'),
                     c.L('Clinique de neurologie - EEG', 'Neurology clinic - EEG')])
    c.T('patient_name', 'mrn', 'diagnosis')
    parent_mail = f'{strip_accents(c.pick(PARENT_F)).lower()}.{strip_accents(child["surname"]).lower().replace(" ", "")}@courriel.example'
    desc = c.L(f'{clinic}\nPatient : {child["given"]} {child["surname"]} - dossier {mrn}\n'
               'Apporter le carnet de santé et les bulletins scolaires. Questionnaires à remplir avant la visite.',
               f'{clinic}\nPatient: {child["given"]} {child["surname"]} - MRN {mrn}\n'
               'Bring the health booklet and school report cards. Questionnaires to be completed before the visit.')
    ics = make_ics(f'{c.r.getrandbits(48):012x}@{sec["dom"]}', FIXED_DOC_DT, start, end,
                   c.L(f'RDV {child["given"]} {child["surname"]}', f'Appt {child["given"]} {child["surname"]}'),
                   c.L("Hôpital pour enfants de la Rive, 2e étage, bloc C", "Riverbend Children's Hospital, 2nd floor, C wing"),
                   desc, (sec['name'], sec['email']), [(c.L('Parent', 'Parent'), parent_mail)], c.lang)
    c.att_text(ics, 'calendar', c.pick(['rendez-vous.ics', 'invite.ics', 'appointment.ics']))
    c.T('patient_contact')
    if c.fr:
        body = f"""Bonjour,

Un rendez-vous a été fixé pour votre enfant le {c.fdate(start, True)}. Les détails sont dans l'invitation jointe. Pour annuler, appelez le 819-555-0160 au moins 48 h à l'avance.

{c.sig(sec, False)}"""
        subj = c.pick(['Confirmation de rendez-vous', f'Rendez-vous - {child["given"]}', 'Invitation : rendez-vous clinique'])
    else:
        body = f"""Hello,

An appointment has been booked for your child on {c.fdate(start, True)}. Details are in the attached invitation. To cancel, call 514-555-0160 at least 48 hours ahead.

{c.sig(sec, False)}"""
        subj = c.pick(['Appointment confirmation', f'Appointment - {child["given"]}', 'Invitation: clinic appointment'])
    return spec_base(c, sec, parent_mail, subj, body, note='appointment invitation (ICS) naming child and clinic')


def p_caseload_xlsx(c):
    mgr, ts = c.staff('mgr'), c.staff('ts')
    n = c.r.randint(5, 12)
    hdr = [c.L('NOM, Prénom', 'SURNAME, Given'), c.L('DDN', 'DOB'), 'NAM' if c.fr else 'RAMQ', 'Dx',
           c.L('Intervenant', 'Worker'), c.L('Prochain RDV', 'Next appt'), c.L('Notes', 'Notes')]
    rows = [hdr]
    kind = c.pick(['child', 'adult'])
    seen = set()
    for _ in range(n):
        p = c.nam_person(kind)
        if p['nam'] in seen:
            continue
        seen.add(p['nam'])
        dx = c.pick(PED_DX if kind == 'child' else PSY_DX)[0 if c.fr else 1].split(',')[0]
        note = c.pick(['', c.L('DPJ impliquée', 'DYP involved'), c.L('famille d\'accueil', 'foster care'),
                       c.L('absentéisme', 'school absences'), c.L('curatelle', 'under curatorship'),
                       c.L('itinérance', 'homeless'), ''])
        rows.append([f'{p["surname"].upper()}, {p["given"]}', p['dob'].isoformat(), p['nam'], dx,
                     c.pick([ts['given'], 'MEL', 'JPCL', 'SG']), c.day(c.r.randint(1, 30)).strftime('%Y-%m-%d'), note])
    c.T('patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'social_information')
    xl = make_xlsx([(c.L('Dossiers actifs', 'Active caseload'), rows)], mgr['name'])
    fn = c.pick([c.L('liste_dossiers_actifs.xlsx', 'active_caseload.xlsx'),
                 c.L(f'Dossiers_{c.date.strftime("%Y-%m")}.xlsx', f'Caseload_{c.date.strftime("%Y-%m")}.xlsx')])
    c.att_bytes(xl, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', fn)
    body = c.L(f"""{c.greet()}

Voici la liste à jour des dossiers actifs pour la rencontre clinique de {c.pick(FR_DAYS[:5])}. SVP vérifier vos dossiers et m'indiquer les fermetures d'ici mercredi.

{c.sig(mgr)}""", f"""{c.greet()}

Here is the updated active caseload for {c.pick(EN_DAYS[:5])}'s clinical meeting. Please check your files and let me know about closures by Wednesday.

{c.sig(mgr)}""")
    subj = c.L(c.pick(['Liste des dossiers actifs', 'Rencontre clinique - liste', 'Dossiers actifs à jour']),
               c.pick(['Active caseload list', 'Clinical meeting - list', 'Updated caseload']))
    return spec_base(c, mgr, f'equipe.smj@{mgr["dom"]}' if c.fr else f'ymh.team@{mgr["dom"]}', subj, body,
                     note='caseload roster XLSX with NAM, DOB, diagnosis')


def p_waitlist_csv(c):
    sec, mgr = c.staff('sec'), c.staff('mgr')
    hdr = [c.L('nom', 'last_name'), c.L('prenom', 'first_name'), c.L('ddn', 'dob'), c.L('dossier', 'mrn'),
           c.L('tel_parent', 'parent_phone'), c.L('motif', 'reason'), c.L('date_reference', 'referral_date')]
    rows = [hdr]
    for _ in range(c.r.randint(4, 10)):
        p = c.patient('child', 0.5)
        reason = c.pick([c.L('suspicion TSA', 'suspected ASD'), c.L('TDAH ? + anxiété', 'ADHD? + anxiety'),
                         c.L('retard de langage', 'language delay'), c.L('comportements agressifs', 'aggressive behaviour'),
                         c.L('refus scolaire', 'school refusal')])
        rows.append([p['surname'], p['given'], p['dob'].isoformat(), gen_mrn(c.r), c.phone(), reason,
                     c.day(-c.r.randint(60, 500)).strftime('%Y-%m-%d')])
    c.T('patient_name', 'date_of_birth', 'mrn', 'patient_contact', 'diagnosis')
    cs = c.pick(['utf-8', 'windows-1252', 'iso-8859-1'])
    c.att_text(make_csv(rows, c.pick([';', ','])), 'csv', c.L('liste_attente_pedopsy.csv', 'waitlist_childpsych.csv'), cs)
    body = c.L(f"""{c.greet(c.disp(mgr, False))}

Tel que demandé, l'extraction de la liste d'attente (priorités C et D) en date d'aujourd'hui. {c.pick(['Il y a des doublons, je les enlève la semaine prochaine.', 'Les numéros de tél. sont ceux inscrits à la référence.', ''])}

{c.sig(sec)}""", f"""{c.greet(c.disp(mgr, False))}

As requested, today's waitlist extraction (priorities C and D). {c.pick(['There are some duplicates, I will clean them next week.', 'Phone numbers are the ones on the referral.', ''])}

{c.sig(sec)}""")
    subj = c.L(c.pick(['Liste d\'attente pédopsy', 'Extraction liste d\'attente', 'liste attente']),
               c.pick(['Child psych waitlist', 'Waitlist extract', 'waitlist']))
    return spec_base(c, sec, addr(mgr), subj, body, note='waitlist CSV with children identifiers')


def p_guardianship(c):
    p = c.patient('elder', 0.6)
    ts, opm = c.staff('ts'), c.staff('opm', 'fr')
    sin = gen_sin(c.r)
    c.T('patient_name', 'ca_sin', 'diagnosis', 'social_information')
    dx = c.pick([c.L('trouble neurocognitif majeur de type Alzheimer, stade modéré', 'major neurocognitive disorder (Alzheimer type), moderate'),
                 c.L('schizophrénie chronique avec déficits cognitifs', 'chronic schizophrenia with cognitive deficits'),
                 c.L('démence vasculaire', 'vascular dementia')])
    if c.fr:
        body = f"""Madame {opm['surname']},

Je vous transmets l'évaluation psychosociale en vue de l'ouverture d'une tutelle au majeur pour {c.pn(p, c.pick(['title', 'full']))}, NAS {fmt_sin(c.r, sin)}{', NAM ' + c.nam(p) if p['nam'] else ''}.

Résumé : {dx}. Vit seul{c.e(p)} dans un 4 ½, factures impayées depuis 6 mois, avis de la SHQ. Un neveu a procuration bancaire et des retraits inhabituels ont été notés (environ 14 000 $ depuis janvier). Aucun autre proche disponible; la fille unique réside à l'extérieur du pays.
L'évaluation médicale du Dr {c.staff('psy', 'fr')['surname']} suivra cette semaine.

{c.sig(ts, True)}"""
        subj = c.pick(['Évaluation psychosociale - ouverture régime de protection', f'Tutelle - {p["surname"].upper()}', 'Régime de protection - dossier'])
    else:
        body = f"""Ms. {opm['surname']},

Please find the psychosocial assessment for the opening of tutorship for {c.pn(p, c.pick(['title', 'full']))}, SIN {fmt_sin(c.r, sin)}{', RAMQ ' + c.nam(p) if p['nam'] else ''}.

Summary: {dx}. Lives alone in a 2-bedroom, bills unpaid for 6 months, eviction notice received. A nephew holds bank power of attorney and unusual withdrawals were noted (about $14,000 since January). No other relative available; only daughter lives abroad.
Medical assessment by Dr. {c.staff('psy', 'en')['surname']} will follow this week.

{c.sig(ts, True)}"""
        subj = c.pick(['Psychosocial assessment - protective supervision', f'Tutorship - {p["surname"].upper()}', 'Protective regime - file'])
    if p['nam']:
        c.T('ramq_nam')
    if c.chance(0.5):
        lines = [c.L('ÉVALUATION PSYCHOSOCIALE', 'PSYCHOSOCIAL ASSESSMENT'), '',
                 c.L('Nom : ', 'Name: ') + f'{p["given"]} {p["surname"]}', c.L('Né(e) le : ', 'Born: ') + c.dob(p['dob']),
                 c.L('NAS : ', 'SIN: ') + sin, '', c.L('Aptitudes : ', 'Capacities: ') +
                 c.L('inapte à gérer ses biens et à prendre soin de sa personne', 'unable to manage property or care for self')]
        c.T('date_of_birth')
        c.att_bytes(make_pdf(c.L('Évaluation psychosociale', 'Psychosocial assessment'), lines, ts['name'], c.chance(0.5)),
                    'application', 'pdf', c.L(f'Eval_psychosociale_{safe_fn(p["surname"])}.pdf', f'psychosocial_{safe_fn(p["surname"])}.pdf'))
    return spec_base(c, ts, addr(opm), subj, body, note='guardianship psychosocial assessment with SIN')


def p_vcard_parent(c):
    child = c.patient('child', 0.6)
    dpj, ts = c.staff('dpj'), c.staff('ts')
    pg = c.pick(PARENT_F)
    psur = c.pick(SURNAMES)
    street, city, pc, area = c.address()
    tel = c.phone(area)
    c.T('patient_name', 'patient_contact', 'social_information')
    note = c.L(f'Mère de {child["given"]} {child["surname"]} - suivi DPJ, contacts supervisés seulement',
               f'Mother of {child["given"]} {child["surname"]} - DYP file, supervised contact only')
    vc = make_vcard(pg, psur, tel, [street, city, 'QC', pc, 'Canada'], None, note)
    c.att_text(vc, 'vcard', f'{safe_fn(pg)}_{safe_fn(psur)}.vcf')
    body = c.L(f"""{c.greet(c.disp(ts, False))}

Comme promis, les coordonnées de la mère de {c.pick([child['given'], c.pn(child, 'full')])} en pièce jointe. Elle a changé d'adresse depuis la dernière ordonnance. Rappel : pas de contact non supervisé, et elle ne doit pas connaître l'adresse de la famille d'accueil.

{c.sig(dpj)}""", f"""{c.greet(c.disp(ts, False))}

As promised, contact info for {c.pick([child['given'], c.pn(child, 'full')])}'s mother attached. She moved since the last court order. Reminder: no unsupervised contact, and she must not be given the foster home's address.

{c.sig(dpj)}""")
    if child['given'] not in body.split('\n\n')[1] or child['surname'] not in body:
        pass
    subj = c.L(c.pick(['Coordonnées mère', f'Coordonnées - dossier {child["surname"]}', 'contact mère']),
               c.pick(["Mother's contact info", f'Contact - {child["surname"]} file', 'contact info']))
    return spec_base(c, dpj, addr(ts), subj, body, note='vCard of parent with DPJ note naming child')


def p_fwd_eml(c):
    p = c.patient(c.pick(['teen', 'young', 'adult']))
    a, b, dest = c.staff('inf'), c.staff(c.pick(['psy', 'pedopsy'])), c.staff('ts')
    c.T('patient_name', 'diagnosis')
    when = c.date - dt.timedelta(hours=c.r.randint(6, 40))
    if c.fr:
        t = f"""{c.disp(b)},
Cette nuit à l'urgence : {c.pn(p)}, {c.age(p)} ans, amené{c.e(p)} par les policiers (P-38) après une intox volontaire, {c.pick(['~20 co de quétiapine', 'acétaminophène 10 g', 'alcool + benzos'])}. {c.pick(['Acétaminophénémie 4 h : 1450 µmol/L, NAC débutée.', 'Stable, surveillance cardiaque.', 'Éthanol 38 mmol/L.'])}
Rupture amoureuse récente, vit chez ses parents, a déjà fait une TS en {c.date.year - 2}.
À évaluer par la psychiatrie ce matin.
{a['given']}"""
        isub = f'Urgence cette nuit - {p["surname"]}'
        body = f"""{c.greet(c.disp(dest, False))}

Je te transfère la note de la nuit, {c.pick(['peux-tu rencontrer la famille?', 'on aura besoin de toi pour le congé.', 'à discuter au caucus.'])}

{c.sig(b)}"""
        subj = f'TR: {isub}'
    else:
        t = f"""{c.disp(b)},
Overnight in the ED: {c.pn(p)}, {c.age(p)}, brought in by police (Form 1/P-38) after an intentional overdose, {c.pick(['~20 quetiapine tabs', 'acetaminophen 10 g', 'alcohol + benzos'])}. {c.pick(['4 h acetaminophen level 1450 µmol/L, NAC started.', 'Stable, on cardiac monitoring.', 'EtOH 38 mmol/L.'])}
Recent breakup, lives with parents, previous attempt in {c.date.year - 2}.
Needs psychiatry assessment this morning.
{a['given']}"""
        isub = f'ED overnight - {p["surname"]}'
        body = f"""{c.greet(c.disp(dest, False))}

Forwarding last night's note, {c.pick(['can you meet with the family?', "we'll need you for discharge planning.", "let's discuss at huddle."])}

{c.sig(b)}"""
        subj = f'FW: {isub}'
    c.T('social_information', 'medication')
    if any(k in t for k in ('µmol', 'mmol')):
        c.T('lab_result')
    inner_c = Ctx(c.r, c.lang, c.w, when)
    inner = render(inner_c, spec_base(inner_c, a, addr(b), isub, t, mode='plain', charset='utf-8',
                                      cte=c.pick(['quoted-printable', '8bit', 'base64'])), outer=False)
    c.att_eml(inner, c.pick([f'{safe_fn(isub)}.eml', 'note.eml', 'message.eml']))
    return spec_base(c, b, addr(dest), subj, body, note='forward with original ED note attached as .eml')


def p_zip_report(c):
    child = c.patient(c.pick(['child', 'teen']), 0.6)
    ts, law = c.staff('ts'), c.staff('lawyer')
    c.T('patient_name', 'social_information', 'diagnosis')
    paras = [c.L('RAPPORT D’ÉVALUATION PSYCHOSOCIALE — Chambre de la jeunesse', 'PSYCHOSOCIAL ASSESSMENT — Youth Division'),
             c.L('Enfant : ', 'Child: ') + f'{child["given"]} {child["surname"]}',
             c.L('Date de naissance : ', 'DOB: ') + c.dob(child['dob']),
             c.L("Motif : négligence sur le plan de la santé et de l'éducation; exposition à la violence conjugale.",
                 'Grounds: neglect of health and education; exposure to domestic violence.'),
             c.L("L'enfant présente un " + c.pick(['TSPT', 'trouble réactionnel de l’attachement', 'TDAH non traité']) +
                 ". Retard scolaire de deux ans. Le père a des antécédents judiciaires en matière de violence.",
                 'The child presents with ' + c.pick(['PTSD', 'reactive attachment disorder', 'untreated ADHD']) +
                 '. Two years behind in school. Father has a criminal record for violence.'),
             c.L('Recommandation : placement en famille d’accueil jusqu’au 18 ans.',
                 'Recommendation: foster placement until age 18.')]
    c.T('date_of_birth')
    files = [(c.L(f'Rapport_{safe_fn(child["surname"])}.docx', f'Report_{safe_fn(child["surname"])}.docx'),
              make_docx(paras[0], paras[1:], author=ts['name']))]
    if c.chance(0.5):
        files.append(('notes_evolution.txt', ('\n'.join(paras[1:]) + '\n').encode(c.pick(['utf-8', 'cp1252']))))
    z = make_zip(files)
    c.att_bytes(z, 'application', c.pick(['zip', 'x-zip-compressed']),
                c.pick([c.L('rapport_tribunal.zip', 'court_report.zip'), f'{safe_fn(child["surname"])}.zip']))
    body = c.L(f"""Me {law['surname']},

Voici mon rapport pour l'audience de la semaine prochaine (zip, trop gros pour le système autrement). {c.pick(['Je suis disponible jeudi pour la préparation.', 'Les notes d’évolution sont incluses.', ''])}

{c.sig(ts, True)}""", f"""Dear Me {law['surname']},

Here is my report for next week's hearing (zipped, too large otherwise). {c.pick(["I'm available Thursday to prepare.", 'Progress notes are included.', ''])}

{c.sig(ts, True)}""")
    subj = c.L(c.pick(['Rapport pour audience', 'Rapport - Chambre de la jeunesse', 'rapport tribunal']),
               c.pick(['Report for hearing', 'Report - Youth Division', 'court report']))
    return spec_base(c, ts, addr(law), subj, body, note='ZIP with psychosocial court report')


def p_ontario(c):
    p = c.new_person(c.pick(['teen', 'young', 'adult']))
    hcn, vc = gen_on_hcn(c.r)
    ont, dest = c.staff('ont', 'en'), c.staff(c.pick(['psy', 'pedopsy']))
    c.T('patient_name', 'ca_health_number', 'diagnosis', 'medication', 'date_of_birth')
    dx = c.pick(['major depressive disorder with psychotic features', 'anorexia nervosa (BMI 14.8)',
                 'bipolar I, current episode mixed', 'acute psychosis NYD'])
    med = c.pick(['olanzapine 5 mg qHS', 'sertraline 50 mg', 'lithium 600 mg bid', 'risperidone 1 mg bid'])
    if c.fr:
        body = f"""Bonjour {c.disp(dest, True)},

Suite à notre conversation, nous demandons le transfert de {c.pn(p, 'full')} (né{c.e(p)} le {c.dob(p['dob'])}, carte santé de l'Ontario {fmt_hcn(c.r, hcn, vc)}) vers votre unité. La famille vient de déménager à Val-Clair.

Dx : {dx}
Rx : {med}
{c.pick(['Sous Formulaire 1 jusqu’à jeudi.', 'Admission volontaire.', 'Surveillance 1:1 la nuit dernière.'])}

Le résumé de dossier suit par télécopieur.
{c.sig(ont)}"""
        subj = c.pick(['Demande de transfert interprovincial', f'Transfert - {p["surname"]}', 'Transfert RVGH'])
    else:
        body = f"""Hello {c.disp(dest, True)},

Further to our call, we are requesting transfer of {c.pn(p, 'full')} (DOB {c.dob(p['dob'])}, OHIP {fmt_hcn(c.r, hcn, vc)}) to your unit. The family has just moved to Val-Clair, QC.

Dx: {dx}
Meds: {med}
{c.pick(['On a Form 1 until Thursday.', 'Voluntary admission.', 'Was on 1:1 observation last night.'])}

Chart summary to follow by fax.
{c.sig(ont)}"""
        subj = c.pick(['Interprovincial transfer request', f'Transfer - {p["surname"]}', 'Transfer from RVGH'])
    c.T('social_information')
    return spec_base(c, ont, addr(dest), subj, body, note='Ontario transfer with health number')


def p_belgian(c):
    child = c.new_person('child', 'be')
    niss = gen_niss(c.r, child['dob'], child['sex'])
    ped, be = c.staff('ped'), c.staff('be', 'fr')
    c.T('patient_name', 'be_niss', 'diagnosis', 'medication', 'social_information', 'date_of_birth')
    dx = c.pick([('épilepsie absence', 'childhood absence epilepsy', 'éthosuximide 250 mg bid', 'ethosuximide 250 mg bid'),
                 ('diabète de type 1', 'type 1 diabetes', 'insuline glargine 12 U', 'insulin glargine 12 U'),
                 ('mucoviscidose', 'cystic fibrosis', 'Creon 10 000 aux repas', 'Creon 10,000 with meals')])
    if c.fr:
        body = f"""Chère consoeur,

La famille {child['surname']} s'est installée au Québec en {c.pick(FR_MONTHS)} (permis de travail du père, mère sans statut pour l'instant, en attente de la RAMQ). Pouvez-vous nous transmettre le dossier de {child['given']} {child['surname']}, né{c.e(child)} le {c.dob(child['dob'])}, NISS {fmt_niss(c.r, niss)}?

Suivi chez vous pour {dx[0]}, traitement actuel {dx[2]}. Nous voulons éviter une rupture de suivi.

Consentement signé des parents en pièce jointe.
{c.sig(ped)}"""
        subj = c.pick(['Demande de dossier médical - patient arrivant de Belgique', f'Dossier {child["surname"]} - transfert', 'Transfert de dossier pédiatrique'])
    else:
        body = f"""Dear colleague,

The {child['surname']} family moved to Québec in {c.pick(EN_MONTHS)} (father on a work permit, mother's status pending, RAMQ coverage not yet active). Could you send us the file of {child['given']} {child['surname']}, DOB {c.dob(child['dob'])}, NISS {fmt_niss(c.r, niss)}?

Followed at your centre for {dx[1]}, current treatment {dx[3]}. We want to avoid a gap in care.

Parents' signed consent attached.
{c.sig(ped)}"""
        subj = c.pick(['Medical records request - patient from Belgium', f'{child["surname"]} file - transfer', 'Paediatric file transfer'])
    consent = make_pdf(c.L('Autorisation de communiquer des renseignements', 'Authorization to release information'),
                       [c.L('Enfant : ', 'Child: ') + f'{child["given"]} {child["surname"]}', f'NISS : {niss}',
                        c.L('Signé par les parents', 'Signed by parents')], ped['name'])
    c.att_bytes(consent, 'application', 'pdf', c.L('consentement.pdf', 'consent.pdf'))
    return spec_base(c, ped, addr(be), subj, body, note='records request for Belgian child with NISS')


def p_french_student(c):
    p = c.new_person('young', 'frfr')
    nir = gen_nir(c.r, p['dob'], p['sex'])
    doc, uni = c.staff('psy'), c.staff('univ', 'fr')
    c.T('patient_name', 'fr_nir', 'diagnosis', 'social_information')
    if c.fr:
        body = f"""Bonjour {uni['given']},

{c.pn(p, 'full')}, étudiant{c.e(p)} français{c.e(p)} en échange, a été hospitalisé{c.e(p)} chez nous depuis {c.fdate(c.day(-5))} pour {c.pick(['un épisode psychotique aigu', 'un épisode dépressif sévère avec idées suicidaires', 'un trouble des conduites alimentaires'])}. {c.il(p).capitalize()} nous a autorisés à vous contacter.

Pour la facturation via l'entente France-Québec, voici son numéro de sécurité sociale : {fmt_nir(c.r, nir)}. Son formulaire SE-401-Q-106 n'était pas dans ses affaires.

Il faudra aussi prévoir un aménagement de ses examens de fin de session; les parents arrivent de Lyon {c.pick(['samedi', 'dimanche', 'lundi'])}.

{c.sig(doc)}"""
        subj = c.pick(['Étudiant(e) en échange hospitalisé(e)', f'{p["surname"]} - entente France-Québec', 'Hospitalisation étudiant échange'])
    else:
        body = f"""Hello {uni['given']},

{c.pn(p, 'full')}, a French exchange student, has been admitted to our unit since {c.fdate(c.day(-5))} for {c.pick(['an acute psychotic episode', 'a severe depressive episode with suicidal ideation', 'an eating disorder'])}. The student consented to us contacting you.

For billing under the France-Québec agreement, French social security number (NIR): {fmt_nir(c.r, nir)}. The SE-401-Q-106 form was not among the student's belongings.

Exam accommodations will be needed for the end of term; parents arrive from Lyon on {c.pick(['Saturday', 'Sunday', 'Monday'])}.

{c.sig(doc)}"""
        subj = c.pick(['Exchange student admitted', f'{p["surname"]} - France-Québec agreement', 'Exchange student hospitalization'])
    return spec_base(c, doc, addr(uni), subj, body, note='French exchange student with NIR')


def p_crisis_short(c):
    p = c.patient(c.pick(['teen', 'young', 'adult']), 0.5)
    a, b = c.staff(c.pick(['inf', 'ts'])), c.staff(c.pick(['psy', 'ts', 'pedopsy']))
    c.T('patient_name', 'diagnosis')
    nm = c.pick([p['given'], c.pn(p, 'full'), p['surname'].upper() + ' ' + p['given'][0] + '.', c.pn(p, 'sf')])
    if nm == p['given']:
        # first name alone: add surname in subject so the patient stays identifiable
        subj_nm = f'{p["given"]} {p["surname"]}'
    else:
        subj_nm = p['surname']
    if c.fr:
        body = c.pick([
            f"pt {nm} revu ce soir, IS+ avec plan (pendaison), pas d'autocritique. gardé{c.e(p)} sous P-38 preventive, 1:1 la nuit. Mere avisee.",
            f"{nm} : décompensation, arret de son invega depuis 2 mois, hallucinations auditives commandantes. Garde prev. Ctrl demain AM",
            f"vu {nm} a l'urgence, crise suicidaire suite a rupture + perte d'emploi. Pas de plan, bonne alliance. Congé avec filet de sécurité et rdv CLSC jeudi."])
        subj = c.pick([f'{subj_nm} urg', f'urgence - {subj_nm}', f'{subj_nm} - ce soir'])
    else:
        body = c.pick([
            f"pt {nm} reassessed tonight, SI+ with plan (hanging), no insight. held on preventive detention, 1:1 overnight. mom notified.",
            f"{nm}: decompensated, off invega x2 mo, command AH. Held. Reassess AM",
            f"saw {nm} in ED, suicidal crisis after breakup + job loss. No plan, good alliance. D/C with safety plan and CLSC appt Thursday."])
        subj = c.pick([f'{subj_nm} ED', f'ED - {subj_nm}', f'{subj_nm} - tonight'])
    if 'invega' in body:
        c.T('medication')
    if any(k in body for k in ('Mere', 'mom', 'rupture', 'breakup')):
        c.T('social_information')
    body = body + '\n\n' + c.pick([a['given'], a['given'][0] + '.', c.L('Envoyé de mon iPhone', 'Sent from my iPhone')])
    if c.chance(0.5):
        body = typoify(c.r, body, 0.08)
    return spec_base(c, a, addr(b), subj, body, mode='plain', note='short crisis note, abbreviations')


def p_subject_only(c):
    kind = c.r.randint(0, 3)
    p = c.patient(['adult', 'child', 'adult', 'ob'][kind])
    a, b = c.staff(c.pick(['sec', 'inf'])), c.staff([c.pick(['gp', 'psy']), c.pick(['ts', 'ped']), 'psy', 'obs'][kind])
    c.T('patient_name')
    if kind == 0:
        subj = c.L(f'{p["surname"]} {p["given"]} - résultats TSH + ajustement synthroid',
                   f'{p["surname"]} {p["given"]} - TSH results + synthroid adjustment')
        c.T('lab_result', 'medication')
    elif kind == 1:
        subj = c.L(f'RE: DPJ - {p["given"]} {p["surname"]} - placement', f'RE: DYP - {p["given"]} {p["surname"]} - placement')
        c.T('social_information')
    elif kind == 2:
        subj = c.L(f'{p["surname"].upper()} - retour hospit psy / lithium', f'{p["surname"].upper()} {p["given"]} - psych readmission / lithium')
        if c.fr:
            subj = f'{p["surname"].upper()} {p["given"]} - retour hospit psy / lithium'
        c.T('medication')
    else:
        subj = c.L(f'TR: {c.pn(p, "full")} — IVG {c.pick(["mardi", "jeudi"])}', f'FW: {c.pn(p, "full")} — TA {c.pick(["Tuesday", "Thursday"])}')
    c.T('diagnosis') if kind != 1 else None
    body = c.pick([c.L('voir ci-dessus', 'see subject'), 'fyi', c.L('ok pour moi', 'ok with me'), c.L('Merci', 'Thanks'),
                   c.L('pj', 'see attached'), '?'])
    body += '\n\n' + c.pick([a['given'], c.sig(a, False)])
    return spec_base(c, a, addr(b), subj, body, mode=c.pick(['plain', 'html']),
                     note='patient info carried only in the Subject')


def p_med_renewal(c):
    young = c.chance(0.5)
    p = c.patient(c.pick(['child', 'teen']) if young else 'adult')
    ph, doc = c.staff('pharm'), c.staff('pedopsy' if young else c.pick(['psy', 'gp']))
    if young:
        med = c.pick([('Concerta 36 mg', 'TDAH'), ('Vyvanse 40 mg', 'TDAH'), ('Biphentin 20 mg', 'TDAH'),
                      ('Abilify 5 mg', 'TSA - irritabilité')])
    else:
        med = c.pick([('Seroquel XR 200 mg', 'trouble bipolaire'), ('Wellbutrin XL 150 mg', 'dépression'),
                      ('Vyvanse 40 mg', 'TDAH')])
    pickup = [c.L('la mère passera la chercher', 'mother will pick it up')] if young else \
        [c.L('le patient n’a plus de comprimés demain', 'patient runs out tomorrow')]
    dx_en = {'TDAH': 'ADHD', 'trouble bipolaire': 'bipolar disorder', 'dépression': 'depression',
             'TSA - irritabilité': 'ASD - irritability'}[med[1]]
    c.T('patient_name', 'medication', 'date_of_birth')
    dx_in = c.chance(0.6)
    if dx_in:
        c.T('diagnosis')
    ident = ''
    if p['nam'] and c.chance(0.6):
        ident = f'\nNAM : {c.nam(p)}' if c.fr else f'\nRAMQ: {c.nam(p)}'
        c.T('ramq_nam')
    if c.fr:
        body = f"""Demande de renouvellement d'ordonnance

Patient : {c.pn(p, c.pick(['surcomma', 'full', 'SF']))}
DDN : {c.dob(p['dob'])}{ident}
Médicament : {med[0]}, 1 co DIE, 30 jours{f'  (indication : {med[1]})' if dx_in else ''}
Dernier renouvellement : {c.day(-c.r.randint(80, 100)).strftime('%Y-%m-%d')}
Prescripteur : {doc['ttl']} {doc['name']}

Médicament d'exception / stupéfiant : ordonnance originale requise{', ' + pickup[0] if c.chance(0.6) else ''}.

{c.sig(ph)}"""
        subj = c.pick(['Demande de renouvellement', f'Renouvellement {med[0].split()[0]} - {p["surname"]}', 'Renouvellement ordonnance'])
    else:
        body = f"""Prescription renewal request

Patient: {c.pn(p, c.pick(['surcomma', 'full', 'SF']))}
DOB: {c.dob(p['dob'])}{ident}
Drug: {med[0]}, 1 tab daily, 30 days{f'  (indication: {dx_en})' if dx_in else ''}
Last refill: {c.day(-c.r.randint(80, 100)).strftime('%Y-%m-%d')}
Prescriber: {doc['ttl']}. {doc['name']}

Controlled drug: original prescription required{', ' + pickup[0] if c.chance(0.6) else ''}.

{c.sig(ph)}"""
        subj = c.pick(['Renewal request', f'Renewal {med[0].split()[0]} - {p["surname"]}', 'Rx renewal'])
    return spec_base(c, ph, addr(doc), subj, body, note='pharmacy renewal request')


def p_family_meeting(c):
    p = c.patient(c.pick(['teen', 'child']), 0.6)
    ts, team = c.staff('ts'), [c.staff('pedopsy'), c.staff('psyed'), c.staff('inf')]
    when = c.day(c.r.randint(2, 9), c.r.choice([10, 13, 14, 15]), 0)
    c.T('patient_name', 'social_information', 'diagnosis')
    if c.fr:
        body = f"""{c.greet()}

Rencontre de famille pour {c.pn(p, 'full')} (unité de pédopsychiatrie, ch. {c.r.randint(1, 12)}) le {c.fdate(when, True)}, salle 3.107.

Points :
1. Évolution depuis l'admission ({c.pick(['anorexie', 'crise suicidaire', 'TSPT', 'psychose'])}) — Dre {team[0]['surname']}
2. Garde : les parents sont en litige; ordonnance intérimaire accorde la garde à la mère, le père a des droits d'accès le week-end seulement
3. Retour à l'école — plan de réintégration progressive
4. Signalement DPJ antérieur (fermé en {c.date.year - 1}) — à clarifier avec la famille

Attention : le père ne doit pas être présent en même temps que la mère (ordonnance de non-contact entre eux). On fera deux rencontres distinctes.

{c.sig(ts)}"""
        subj = c.pick([f'Rencontre de famille - {p["surname"]}', 'Rencontre famille jeudi', f'Rencontre {p["given"]}'])
    else:
        body = f"""{c.greet()}

Family meeting for {c.pn(p, 'full')} (child psychiatry unit, room {c.r.randint(1, 12)}) on {c.fdate(when, True)}, room 3.107.

Agenda:
1. Progress since admission ({c.pick(['anorexia', 'suicidal crisis', 'PTSD', 'psychosis'])}) — Dr. {team[0]['surname']}
2. Custody: parents in litigation; interim order gives custody to mother, father has weekend access only
3. Return to school — gradual reintegration plan
4. Previous DYP report (closed {c.date.year - 1}) — to clarify with family

Note: father must not attend at the same time as mother (no-contact order between them). We'll hold two separate meetings.

{c.sig(ts)}"""
        subj = c.pick([f'Family meeting - {p["surname"]}', 'Family meeting Thursday', f'Meeting re {p["given"]}'])
    if not any(x in subj for x in (p['surname'], p['given'])) and p['given'] not in body:
        pass
    return spec_base(c, ts, [addr(x) for x in team], subj, body, note='family meeting with custody issues')


def p_identifier_only(c):
    p = c.nam_person(c.pick(['adult', 'young', 'ob']))
    a, b = c.staff(c.pick(['inf', 'sec', 'pharm'])), c.staff(c.pick(['psy', 'obs', 'gp']))
    c.T('ramq_nam')
    nam = fmt_nam(c.r, p['nam'])
    kind = c.r.randint(0, 2)
    if kind == 0:
        t = c.L(f"Résultat reçu pour le NAM {nam} : dépistage urinaire positif cannabis + amphétamines. C'est un patient de la clinique premier épisode psychotique, à qui je l'envoie?",
                f"Result received for RAMQ {nam}: urine drug screen positive for cannabis + amphetamines. This is a first-episode psychosis clinic patient, who do I send it to?")
        c.T('lab_result', 'diagnosis')
    elif kind == 1:
        t = c.L(f"Pouvez-vous corriger la requête? Le NAM {nam} est associé à la mauvaise usagère dans le système. Bêta-hCG 12 400 UI/L, grossesse confirmée, suivi en GARE.",
                f"Can you fix the requisition? RAMQ {nam} is linked to the wrong client in the system. Beta-hCG 12,400 IU/L, pregnancy confirmed, high-risk OB follow-up.")
        c.T('lab_result', 'diagnosis')
    else:
        t = c.L(f"{nam} - refus de la RAMQ pour le médicament d'exception (clozapine). Le patient est sans emploi, ne peut pas payer. Formulaire à refaire avec la justification schizophrénie résistante.",
                f"{nam} - RAMQ refused the exception drug (clozapine). Patient is unemployed, cannot pay. Form to redo with treatment-resistant schizophrenia justification.")
        c.T('medication', 'diagnosis', 'social_information')
    body = f"{c.greet(c.disp(b))}\n\n{t}\n\n{c.sig(a)}"
    subj = c.L(c.pick(['Correction requête', 'Résultat à attribuer', 'Question RAMQ', f'NAM {nam}']),
               c.pick(['Requisition fix', 'Result to assign', 'RAMQ question', f'RAMQ {nam}']))
    return spec_base(c, a, addr(b), subj, body, note='identifier only (NAM) with medical info, no name')


POSITIVES = [
    ('psy_discharge', p_psy_discharge), ('court_care_order', p_court_care_order), ('clozapine', p_clozapine),
    ('lithium_reply', p_lithium_reply), ('dpj_followup', p_dpj_followup), ('youth_court_ics', p_youth_court_ics),
    ('school_liaison', p_school_liaison), ('peds_referral', p_peds_referral), ('obs_prenatal', p_obs_prenatal),
    ('obs_us_fwd', p_obs_us_fwd), ('postpartum', p_postpartum), ('home_visits', p_home_visits),
    ('transport', p_transport), ('appt_ics', p_appt_ics), ('caseload_xlsx', p_caseload_xlsx),
    ('waitlist_csv', p_waitlist_csv), ('guardianship', p_guardianship), ('vcard_parent', p_vcard_parent),
    ('fwd_eml', p_fwd_eml), ('zip_report', p_zip_report), ('ontario_transfer', p_ontario),
    ('belgian_family', p_belgian), ('french_student', p_french_student), ('crisis_short', p_crisis_short),
    ('subject_only', p_subject_only), ('med_renewal', p_med_renewal), ('family_meeting', p_family_meeting),
    ('identifier_only', p_identifier_only),
]


# ---------------------------------------------------------------------------
# NEGATIVE templates (no patient can be identified)
# ---------------------------------------------------------------------------
def staff_people(c, n, roles=('inf', 'ts', 'psyed', 'psy', 'ped', 'sec', 'dpj', 'obs', 'sf', 'pedopsy')):
    out, seen = [], set()
    for _ in range(n * 3):
        st = c.staff(c.pick(roles), c.pick(['fr', 'en']))
        if st['name'] in seen:
            continue
        seen.add(st['name'])
        out.append(st)
        if len(out) == n:
            break
    # add a few invented extra staff names (some share surnames with common patient names)
    extra_g = ['Sofia', 'Manon', 'Claude', 'Liam', 'Josée', 'Nathalie', 'Michel', 'Diane', 'Geneviève', 'Louis']
    extra_s = ['Gagnon', 'Bouchard', 'Roy', 'Simard', 'Cloutier', 'Lessard', 'Pelletier', 'Morin', 'Fortin']
    while len(out) < n:
        g, s = c.pick(extra_g), c.pick(extra_s)
        out.append(dict(given=g, surname=s, name=f'{g} {s}', ttl='', title='', email='', dom='', phone='', org=''))
    return out


def n_oncall(c):
    mgr = c.staff('mgr')
    si = c.r.randint(0, 3)
    svc = [c.L('pédopsychiatrie', 'child psychiatry'), c.L('obstétrique', 'obstetrics'),
           c.L('psychiatrie adulte', 'adult psychiatry'), c.L('pédiatrie', 'pediatrics')][si]
    docs = [dict(name=f'{s[2]} {s[0]} {s[1]}' if c.fr or not s[2] else f'{s[2]}. {s[0]} {s[1]}')
            for s in STAFF[['pedopsy', 'obs', 'psy', 'ped'][si]]]
    extra = ['Gagnon', 'Roy', 'Simard', 'Bouchard', 'Nguyen', 'Lavoie', 'Haddad', 'Côté']
    while len(docs) < 5:
        docs.append(dict(name=c.L('Dre ', 'Dr. ') + c.pick(FR_GIVEN_F + EN_GIVEN_F) + ' ' + c.pick(extra)))
    start = c.day(c.r.randint(5, 20))
    start -= dt.timedelta(days=start.weekday())
    rows = [[c.L('Semaine du', 'Week of'), c.L('Garde 1re ligne', '1st call'), c.L('Garde 2e ligne', '2nd call'),
             c.L('Téléavertisseur', 'Pager')]]
    for k in range(c.r.randint(4, 8)):
        d = start + dt.timedelta(days=7 * k)
        a, b = c.r.sample(docs, 2)
        rows.append([d.strftime('%Y-%m-%d'), a['name'], b['name'], f'{c.r.randint(1000, 9999)}'])
    body = c.L(f"""{c.greet()}

Voici l'horaire de garde en {svc} pour les prochaines semaines. Les échanges doivent m'être signalés au moins 72 h à l'avance. La centrale (poste 0) a reçu une copie.

{text_table(rows)}

{c.sig(mgr)}""", f"""{c.greet()}

Here is the {svc} on-call schedule for the coming weeks. Swaps must be reported to me at least 72 h in advance. Switchboard (ext. 0) has a copy.

{text_table(rows)}

{c.sig(mgr)}""")
    if c.chance(0.5):
        c.att_bytes(make_xlsx([(c.L('Garde', 'On-call'), rows)], mgr['name']), 'application',
                    'vnd.openxmlformats-officedocument.spreadsheetml.sheet', c.L('horaire_garde.xlsx', 'oncall_schedule.xlsx'))
    subj = c.L(f'Horaire de garde {svc}', f'{svc.capitalize()} on-call schedule')
    return spec_base(c, mgr, f'medecins.{safe_fn(svc).lower()}@{mgr["dom"]}', subj, body,
                     html=(f'<html><body><p>{htmlmod.escape(c.greet())}</p>' + html_table(rows) + '</body></html>') if c.chance(0.3) else None,
                     note='physician on-call schedule')


def n_team_meeting(c):
    mgr = c.staff('mgr')
    when = c.day(c.r.randint(1, 8), c.r.choice([8, 9, 13]), 30)
    body = c.L(f"""{c.greet()}

Ordre du jour de la réunion d'équipe du {c.fdate(when, True)} (salle 2.204 et Teams) :

1. Mot de la chef de service — nouvelles orientations du programme jeunesse
2. Statistiques du trimestre : {c.r.randint(140, 260)} nouvelles demandes, délai moyen de prise en charge {c.r.randint(30, 90)} jours
3. Révision du protocole de gestion du risque suicidaire (version 3)
4. Discussions cliniques : 2 situations complexes présentées de façon anonymisée par Mathieu et Marie-Ève
5. Retour sur la formation ASIST
6. Varia — party de Noël, stationnement

Merci de m'envoyer vos points de varia d'ici {FR_DAYS[max(0, when.weekday() - 1)]}.
{c.sig(mgr)}""", f"""{c.greet()}

Agenda for the team meeting on {c.fdate(when, True)} (room 2.204 and Teams):

1. Manager's update — new youth program directions
2. Quarterly stats: {c.r.randint(140, 260)} new referrals, average wait to first appointment {c.r.randint(30, 90)} days
3. Review of the suicide risk management protocol (v3)
4. Case discussions: 2 complex situations presented anonymously by Laura and Tom
5. Feedback on the ASIST training
6. Other business — holiday party, parking

Send me other business items by {EN_DAYS[max(0, when.weekday() - 1)]}.
{c.sig(mgr)}""")
    subj = c.L(f'Réunion d\'équipe {c.fdate(when, short=True)} - ODJ', f'Team meeting {c.fdate(when, short=True)} - agenda')
    return spec_base(c, mgr, f'equipe@{mgr["dom"]}', subj, body, note='team meeting agenda with aggregate stats')


def n_training(c):
    org = c.staff('mgr')
    spk = c.staff(c.pick(['psy', 'pedopsy', 'obs', 'ped']))
    start = c.day(c.r.randint(10, 40), c.r.choice([8, 12, 13]), c.r.choice([0, 30]))
    topic = c.pick([c.L('Évaluation et gestion du risque suicidaire chez l\'adolescent', 'Suicide risk assessment in adolescents'),
                    c.L('Dépression périnatale : dépistage avec l\'EPDS', 'Perinatal depression: screening with the EPDS'),
                    c.L('TDAH et comorbidités : mise à jour pharmacologique', 'ADHD and comorbidities: pharmacology update'),
                    c.L('Trauma complexe et attachement chez les enfants placés', 'Complex trauma and attachment in children in care'),
                    c.L('Surveillance de la clozapine et du lithium', 'Clozapine and lithium monitoring'),
                    c.L('Loi sur la protection de la jeunesse : les modifications récentes', 'Youth Protection Act: recent amendments')])
    desc = c.L(f'{topic}\nConférencière/conférencier : {spk["ttl"]} {spk["name"]}, {spk["title"]}\nAccréditation : 1,5 h de formation continue',
               f'{topic}\nSpeaker: {spk["ttl"]}{"." if spk["ttl"] else ""} {spk["name"]}, {spk["title"]}\nAccreditation: 1.5 CME hours')
    ics = make_ics(f'{c.r.getrandbits(48):012x}@{org["dom"]}', FIXED_DOC_DT, start, start + dt.timedelta(minutes=90),
                   c.L('Formation : ', 'Training: ') + topic, c.L('Amphithéâtre B et Teams', 'Auditorium B and Teams'),
                   desc, (org['name'], org['email']), [], c.lang)
    c.att_text(ics, 'calendar', c.L('formation.ics', 'training.ics'))
    body = c.L(f"""{c.greet()}

Vous êtes invités à la prochaine formation clinique :

« {topic} »
{spk['ttl']} {spk['name']}, {spk['title']} — {spk['org']}
{c.fdate(start, True)}, amphithéâtre B (diffusion Teams)

Au programme : données probantes, outils de dépistage, vignettes cliniques fictives et période de questions. Inscription obligatoire via l'intranet (places limitées à 80).

{c.sig(org)}""", f"""{c.greet()}

You are invited to our next clinical training:

"{topic}"
{spk['ttl']}{'.' if spk['ttl'] else ''} {spk['name']}, {spk['title']} — {spk['org']}
{c.fdate(start, True)}, Auditorium B (streamed on Teams)

Content: evidence review, screening tools, fictional case vignettes and Q&A. Registration required via the intranet (80 seats).

{c.sig(org)}""")
    return spec_base(c, org, f'tous.cliniciens@{org["dom"]}', c.L('Formation : ', 'Training: ') + topic, body,
                     note='training session with speaker and clinical topic')


def n_research(c):
    res = c.staff('research')
    pi = c.staff(c.pick(['psy', 'pedopsy', 'obs']))
    proto = f'{c.r.randint(2023, 2025)}-{c.r.randint(1000, 9999)}'
    n = c.r.randint(80, 400)
    tbl = [[c.L('Groupe', 'Group'), 'n', c.L('Âge moyen', 'Mean age'), c.L('Score initial', 'Baseline score'),
            c.L('Score 12 sem.', '12-wk score')],
           [c.L('Intervention', 'Intervention'), n // 2, round(c.r.uniform(13, 35), 1), round(c.r.uniform(18, 24), 1), round(c.r.uniform(9, 14), 1)],
           [c.L('Contrôle', 'Control'), n - n // 2, round(c.r.uniform(13, 35), 1), round(c.r.uniform(18, 24), 1), round(c.r.uniform(14, 19), 1)]]
    body = c.L(f"""{c.greet(c.disp(pi, True))}

Le comité d'éthique de la recherche a examiné le projet {proto} « {c.pick(['Intervention familiale précoce chez les adolescents avec premier épisode psychotique', 'Dépistage universel de la dépression périnatale', 'Méthylphénidate et sommeil chez les 6-12 ans'])} » lors de sa séance du {c.fdate(c.day(-7))}.

Décision : approbation conditionnelle. Modifications demandées :
- préciser la procédure de retrait pour les participants mineurs de 14 ans et plus
- retirer la date de naissance complète du formulaire de collecte (mois/année suffisent)
- ajouter le numéro de la ligne de crise dans le formulaire de consentement

Résultats intérimaires présentés (agrégés, n = {n}) :
{text_table(tbl)}

{c.sig(res)}""", f"""{c.greet(c.disp(pi, True))}

The Research Ethics Board reviewed project {proto} "{c.pick(['Early family intervention for adolescents with first-episode psychosis', 'Universal perinatal depression screening', 'Methylphenidate and sleep in 6-12 year olds'])}" at its meeting of {c.fdate(c.day(-7))}.

Decision: conditional approval. Requested changes:
- clarify the withdrawal procedure for minor participants aged 14+
- remove full date of birth from the data collection form (month/year is enough)
- add the crisis line number to the consent form

Interim results presented (aggregate, n = {n}):
{text_table(tbl)}

{c.sig(res)}""")
    subj = c.L(f'CER - projet {proto} - décision', f'REB - protocol {proto} - decision')
    return spec_base(c, res, addr(pi), subj, body, html=None, note='research ethics decision, aggregate results')


def n_quality(c):
    q = c.staff('quality')
    units = ['4 Nord (psy)', c.L('Pédopsy', 'Child psych'), c.L('Obstétrique', 'Obstetrics'), c.L('Pédiatrie', 'Pediatrics'),
             c.L('Urgence psy', 'Psych ED')]
    rows = [[c.L('Unité', 'Unit'), c.L('Chutes', 'Falls'), c.L('Erreurs de médication', 'Medication errors'),
             c.L('Mesures de contrôle', 'Restraint/seclusion'), c.L('Fugues', 'AWOL')]]
    for u in units:
        rows.append([u] + [c.r.randint(0, 25) for _ in range(4)])
    body = c.L(f"""{c.greet()}

En vue du comité de gestion des risques de {c.pick(FR_DAYS[:5])}, vous trouverez le tableau des déclarations d'incidents/accidents (AH-223) du trimestre, par unité. Aucune donnée nominative.

Faits saillants :
- hausse des mesures de contrôle à l'urgence psychiatrique (+{c.r.randint(10, 40)} %)
- 2 événements sentinelles en obstétrique, analyses en cours
- taux de conformité à la double vérification des opioïdes : {c.r.randint(82, 97)} %

{c.sig(q)}""", f"""{c.greet()}

For {c.pick(EN_DAYS[:5])}'s risk management committee, attached is the quarter's incident/accident report (AH-223) summary by unit. No identifying data.

Highlights:
- increase in restraint/seclusion in the psych ED (+{c.r.randint(10, 40)}%)
- 2 sentinel events in obstetrics, reviews under way
- compliance with opioid double-check: {c.r.randint(82, 97)}%

{c.sig(q)}""")
    c.att_bytes(make_xlsx([(c.L('AH-223 trimestre', 'AH-223 quarter'), rows)], q['name']), 'application',
                'vnd.openxmlformats-officedocument.spreadsheetml.sheet', c.L('incidents_T3.xlsx', 'incidents_Q3.xlsx'))
    return spec_base(c, q, f'comite.risques@{q["dom"]}', c.L('Comité de gestion des risques - données', 'Risk committee - data'),
                     body, note='quality committee aggregate incidents')


LEAFLETS = [
    (('La fièvre chez l\'enfant', ['La fièvre est une réaction normale du corps à une infection.',
      'Consultez si votre enfant a moins de 3 mois et une température rectale de 38,0 °C ou plus.',
      'Acétaminophène : 15 mg/kg toutes les 4 à 6 heures, maximum 5 doses par 24 h.',
      'Ibuprofène : 10 mg/kg toutes les 6 à 8 heures, à partir de 6 mois.', 'Info-Santé : composez le 811.']),
     ('Fever in children', ['Fever is a normal body response to infection.',
      'See a doctor if your child is under 3 months with a rectal temperature of 38.0 °C or more.',
      'Acetaminophen: 15 mg/kg every 4-6 hours, max 5 doses in 24 h.',
      'Ibuprofen: 10 mg/kg every 6-8 hours, from 6 months of age.', 'Info-Santé: dial 811.'])),
    (('Le baby blues et la dépression post-partum', ['Jusqu\'à 80 % des mères vivent un baby blues dans les jours suivant l\'accouchement.',
      'Si la tristesse dure plus de deux semaines, parlez-en à votre infirmière ou médecin.',
      'Ligne de crise 24/7 : 1-866-555-0199.']),
     ('Baby blues and postpartum depression', ['Up to 80% of mothers experience baby blues in the days after birth.',
      'If sadness lasts more than two weeks, talk to your nurse or doctor.', 'Crisis line 24/7: 1-866-555-0199.'])),
    (('Le TDAH : guide pour les parents', ['Le TDAH touche environ 5 % des enfants d\'âge scolaire.',
      'Le traitement combine souvent des stratégies éducatives et une médication (ex. méthylphénidate).',
      'Les effets secondaires fréquents : baisse d\'appétit, difficultés de sommeil.']),
     ('ADHD: a guide for parents', ['ADHD affects about 5% of school-age children.',
      'Treatment often combines parenting strategies and medication (e.g. methylphenidate).',
      'Common side effects: reduced appetite, trouble sleeping.'])),
    (('Votre enfant et la DPJ : vos droits', ['Vous avez le droit d\'être informé des motifs de l\'intervention.',
      'Vous pouvez être accompagné d\'un avocat à toutes les étapes.', 'Commissaire aux plaintes : 819-555-0111.']),
     ('Your child and youth protection: your rights', ['You have the right to be told why youth protection is involved.',
      'You may be assisted by a lawyer at every stage.', 'Complaints commissioner: 819-555-0111.'])),
]


def n_leaflet(c):
    st = c.staff(c.pick(['inf', 'sf', 'ts']))
    title, lines = c.pick(LEAFLETS)[0 if c.fr else 1]
    c.att_bytes(make_pdf(title, lines + ['', c.L('Document d\'information générale - ne remplace pas un avis médical.',
                                                    'General information - does not replace medical advice.')], st['org'],
                         c.chance(0.5)), 'application', 'pdf', safe_fn(title)[:40] + '.pdf')
    body = c.L(f"""{c.greet()}

Voici la nouvelle version du dépliant « {title} » pour les parents, validée par le comité des documents aux usagers. Merci de retirer les anciennes copies des salles d'attente et d'utiliser celle-ci à partir du 1er {c.pick(FR_MONTHS)}.

{c.sig(st)}""", f"""{c.greet()}

Here is the new version of the parent leaflet "{title}", approved by the patient documents committee. Please remove old copies from waiting rooms and use this one from the 1st of {c.pick(EN_MONTHS)}.

{c.sig(st)}""")
    return spec_base(c, st, f'equipe@{st["dom"]}', c.L('Dépliant parents - ', 'Parent leaflet - ') + title, body,
                     note='parent information leaflet')


def n_job(c):
    hr = c.staff('hr')
    post = c.pick([c.L('Travailleuse sociale / travailleur social - DPJ, évaluation-orientation', 'Social worker - Youth Protection, intake'),
                   c.L('Psychoéducatrice / psychoéducateur - pédopsychiatrie', 'Psychoeducator - child psychiatry'),
                   c.L('Infirmière clinicienne - périnatalité', 'Nurse clinician - perinatal'),
                   c.L('Agente administrative - clinique externe de psychiatrie', 'Medical secretary - psychiatry outpatient clinic')])
    no = f'{c.date.year}-{c.pick(["TS", "PSE", "INF", "ADM"])}-{c.r.randint(100, 999):04d}'
    body = c.L(f"""AFFICHAGE INTERNE/EXTERNE — No {no}

{post}
Statut : temps complet permanent (35 h/sem.), jour
Port d'attache : CLSC des Pins, 455 boul. du Lac, Saint-Aurèle
Échelle salariale : {c.r.randint(29, 33)},{c.r.randint(10, 99)} $ à {c.r.randint(45, 55)},{c.r.randint(10, 99)} $ / h

Exigences : membre de l'ordre professionnel, expérience auprès des jeunes en difficulté et de leur famille, permis de conduire.
Atouts : connaissance de la LPJ, de la LSJPA et des troubles de santé mentale chez l'enfant.

Postulez avant le {c.fdate(c.day(14))} : recrutement@{hr['dom']} (mentionner le numéro d'affichage).
{c.sig(hr, False)}""", f"""JOB POSTING — No. {no}

{post}
Status: full-time permanent (35 h/wk), days
Base: CLSC des Pins, 455 boul. du Lac, Saint-Aurèle
Salary: ${c.r.randint(29, 33)}.{c.r.randint(10, 99)} to ${c.r.randint(45, 55)}.{c.r.randint(10, 99)}/h

Requirements: member of the professional order, experience with youth in difficulty and their families, driver's licence.
Assets: knowledge of the Youth Protection Act and child mental health disorders; bilingualism.

Apply by {c.fdate(c.day(14))}: recruitment@{hr['dom']} (quote the posting number).
{c.sig(hr, False)}""")
    return spec_base(c, hr, f'affichage@{hr["dom"]}' if c.fr else f'postings@{hr["dom"]}', c.L('Affichage ', 'Posting ') + no,
                     body, note='job posting')


def n_staff_leave(c):
    mgr = c.staff('mgr')
    team = staff_people(c, 4, ('inf', 'ts', 'psyed', 'sec'))
    a = team[0]
    body = c.L(f"""{c.greet()}

Quelques nouvelles de l'équipe :
- {a['given']} {a['surname']} sera en retour progressif à partir de {c.fdate(c.day(5))} (3 jours/sem.) après son arrêt de travail; merci de l'accueillir et de ne pas lui assigner de nouveaux dossiers pour l'instant.
- {team[1]['given']} est en vacances du {c.day(10).day} {FR_MONTHS[c.day(10).month - 1]} au {c.day(24).day} {FR_MONTHS[c.day(24).month - 1]}, {team[2]['given']} la remplace pour les urgences.
- {team[3]['given']} commence son congé de maternité à la fin du mois. Félicitations!

Le calendrier des vacances d'été est affiché au poste. Date limite pour les demandes : 15 {c.pick(FR_MONTHS)}.

{c.sig(mgr)}""", f"""{c.greet()}

A few team updates:
- {a['given']} {a['surname']} starts a gradual return to work on {c.fdate(c.day(5))} (3 days/wk) after sick leave; please welcome her and don't assign new files for now.
- {team[1]['given']} is on vacation from {EN_MONTHS[c.day(10).month - 1]} {c.day(10).day} to {EN_MONTHS[c.day(24).month - 1]} {c.day(24).day}, {team[2]['given']} is covering urgent matters.
- {team[3]['given']} starts maternity leave at the end of the month. Congratulations!

The summer vacation calendar is posted at the nursing station. Deadline for requests: {c.pick(EN_MONTHS)} 15.

{c.sig(mgr)}""")
    return spec_base(c, mgr, f'equipe@{mgr["dom"]}', c.L('Nouvelles de l\'équipe', 'Team updates'), body,
                     note='staff leave and HR news')


def n_it(c):
    it = c.staff('it')
    when = c.day(c.r.randint(2, 10), 22, 0)
    assets = [f'{c.pick(["HSA", "CLSC", "PED"])}-{c.r.randint(10000, 99999)}' for _ in range(3)]
    serials = [gen_luhn_digits(c.r, 10) for _ in range(2)]
    body = c.L(f"""{c.greet()}

Une interruption du dossier clinique informatisé (DCI) est prévue le {c.fdate(when, True)} jusqu'à 2 h. Pendant l'arrêt, utilisez les formulaires papier de contingence (ordonnances, notes d'évolution, feuilles d'administration des médicaments). Les unités de psychiatrie et l'obstétrique recevront les rapports de contingence imprimés à 21 h.

Imprimantes à remplacer la même nuit :
- {assets[0]} (4 Nord, poste infirmier) — no de série {serials[0]}
- {assets[1]} (Salle d'accouchement 2) — no de série {serials[1]}
- {assets[2]} (Clinique externe pédopsy)

Centre de services TI : poste 4357.
{c.sig(it)}""", f"""{c.greet()}

The electronic health record will be down on {c.fdate(when, True)} until 2 AM. During the downtime, use the paper contingency forms (orders, progress notes, MARs). Psychiatry units and obstetrics will get printed contingency reports at 9 PM.

Printers to be replaced the same night:
- {assets[0]} (4 North, nursing station) — serial {serials[0]}
- {assets[1]} (Labour room 2) — serial {serials[1]}
- {assets[2]} (Child psych outpatient clinic)

IT service desk: ext. 4357.
{c.sig(it)}""")
    return spec_base(c, it, f'tous@{it["dom"]}', c.L('Interruption DCI planifiée', 'Planned EHR downtime'), body,
                     note='IT downtime notice with asset and serial numbers')


def n_invoice(c):
    buyer = c.staff(c.pick(['mgr', 'sec']))
    vendor = c.pick(['Médico-Pro Distribution', 'Santé Équipements Nord', 'BabyCare Medical Supply'])
    po = f'PO-{c.r.randint(4500000000, 4599999999)}'
    items = [(c.L('Tire-lait électrique double', 'Double electric breast pump'), c.r.randint(2, 6), 389.00),
             (c.L('Balance pèse-bébé numérique', 'Digital infant scale'), c.r.randint(1, 3), 612.50),
             (c.L('Ensemble de contention douce (psychiatrie)', 'Soft restraint kit (psychiatry)'), c.r.randint(2, 8), 145.00),
             (c.L('Moniteur foetal - sondes', 'Fetal monitor - transducers'), c.r.randint(1, 4), 875.00)]
    rows = [[c.L('Article', 'Item'), c.L('Qté', 'Qty'), c.L('Prix unit.', 'Unit price'), c.L('Lot / série', 'Lot / serial')]]
    tot = 0
    for name, q, pr in c.r.sample(items, 3):
        rows.append([name, q, f'{pr:.2f}', gen_luhn_digits(c.r, 9) if c.chance(0.6) else f'LOT{c.r.randint(100000, 999999)}'])
        tot += q * pr
    body = c.L(f"""{c.greet()}

Ci-joint la facture pour le bon de commande {po} ({vendor}). Total avant taxes : {tot:.2f} $. Réception faite au quai le {c.fdate(c.day(-3))}, tout est conforme sauf 1 article en rupture (livraison partielle).

{text_table(rows)}

Merci d'approuver dans le système d'approvisionnement.
{c.sig(buyer)}""", f"""{c.greet()}

Attached is the invoice for purchase order {po} ({vendor}). Total before tax: ${tot:.2f}. Received at the dock on {c.fdate(c.day(-3))}, everything matches except 1 backordered item (partial delivery).

{text_table(rows)}

Please approve in the procurement system.
{c.sig(buyer)}""")
    pdf = make_pdf(c.L('FACTURE', 'INVOICE') + f' {c.r.randint(100000, 999999)}',
                   [vendor, f'{po}', ''] + [' | '.join(str(x) for x in r) for r in rows] +
                   ['', c.L('Total : ', 'Total: ') + f'{tot:.2f}', 'TPS/GST 12345 6789 RT0001'], vendor)
    c.att_bytes(pdf, 'application', 'pdf', f'facture_{po}.pdf' if c.fr else f'invoice_{po}.pdf')
    return spec_base(c, buyer, f'approvisionnement@{buyer["dom"]}', c.L(f'Facture {po}', f'Invoice {po}'), body,
                     note='invoice with PO, lot and serial numbers')


def n_blank_form(c):
    st = c.staff(c.pick(['ts', 'dpj', 'sec', 'mgr']))
    kind = c.pick(['consent', 'signalement', 'transport'])
    if kind == 'consent':
        title = c.L('Autorisation de communiquer des renseignements', 'Authorization to share information')
        paras = [c.L('Nom de l\'usager : ______________________', 'Client name: ______________________'),
                 c.L('Date de naissance : ____ / ____ / ______', 'Date of birth: ____ / ____ / ______'),
                 c.L('NAM : __________________  No de dossier : __________', 'RAMQ: __________________  Chart no.: __________'),
                 c.L('J\'autorise l\'établissement à communiquer à : ______________', 'I authorize the facility to share with: ______________'),
                 c.L('Signature de l\'usager ou du titulaire de l\'autorité parentale : __________', 'Signature of client or parent: __________')]
    elif kind == 'signalement':
        title = c.L('Formulaire de signalement à la DPJ', 'Youth protection report form')
        paras = [c.L('Identification de l\'enfant : nom ______ prénom ______ DDN ______', 'Child: last name ______ first name ______ DOB ______'),
                 c.L('Parents / tuteurs : ______________________', 'Parents / guardians: ______________________'),
                 c.L('Motif (cocher) : [ ] négligence [ ] abus physiques [ ] abus sexuels [ ] mauvais traitements psychologiques [ ] troubles de comportement',
                     'Grounds (check): [ ] neglect [ ] physical abuse [ ] sexual abuse [ ] psychological ill-treatment [ ] behavioural disturbance'),
                 c.L('Faits observés : ______________________', 'Observed facts: ______________________'),
                 c.L('Signalant : nom, fonction, téléphone', 'Reporter: name, role, phone')]
    else:
        title = c.L('Demande de transport adapté (gabarit)', 'Paratransit request (template)')
        paras = [c.L('Usager : [NOM, Prénom]', 'Client: [LAST, First]'), c.L('Adresse : [adresse complète]', 'Address: [full address]'),
                 c.L('Téléphone : [###-555-####]', 'Phone: [###-555-####]'), c.L('Rendez-vous : [date, heure, clinique]', 'Appointment: [date, time, clinic]')]
    c.att_bytes(make_docx(title, paras, author=st['name']), 'application',
                'vnd.openxmlformats-officedocument.wordprocessingml.document', safe_fn(title)[:45] + '.docx')
    body = c.L(f"""{c.greet()}

Voici le gabarit vierge à jour « {title} » (version {c.date.strftime('%Y-%m')}). Merci de ne plus utiliser les anciennes versions imprimées. Une fois rempli, le formulaire doit être numérisé au dossier et non envoyé par courriel.

{c.sig(st)}""", f"""{c.greet()}

Here is the updated blank template "{title}" (version {c.date.strftime('%Y-%m')}). Please stop using old printed versions. Once completed, the form must be scanned to the chart, not e-mailed.

{c.sig(st)}""")
    return spec_base(c, st, f'equipe@{st["dom"]}', c.L('Gabarit à jour : ', 'Updated template: ') + title, body,
                     note='blank form template')


def n_teaching_case(c):
    doc = c.staff(c.pick(['psy', 'pedopsy', 'obs', 'ped']))
    case = c.pick([
        c.L("Patiente de 31 ans, G3P2, 36 SA, se présente pour céphalées et TA 162/104. Protéinurie 0,6 g/24 h. Plaquettes 98. Quelle est votre prise en charge?",
            "31-year-old G3P2 at 36 weeks presents with headache and BP 162/104. Proteinuria 0.6 g/24 h. Platelets 98. What is your management?"),
        c.L("Adolescent de 15 ans, amené par ses parents pour isolement, baisse des résultats scolaires et propos bizarres depuis 6 mois. Consommation quotidienne de cannabis. Diagnostic différentiel?",
            "15-year-old brought by parents for withdrawal, falling grades and odd speech for 6 months. Daily cannabis use. Differential diagnosis?"),
        c.L("Enfant de 4 ans, retard de langage, peu de contact visuel, intérêts restreints. Quels outils d'évaluation et quelles ressources proposer?",
            "4-year-old with language delay, poor eye contact, restricted interests. Which assessment tools and resources would you suggest?"),
        c.L("Homme de 42 ans sous lithium depuis 10 ans, lithémie 1,8 mmol/L après une gastro-entérite. Signes cliniques à rechercher?",
            "42-year-old man on lithium for 10 years, level 1.8 mmol/L after gastroenteritis. Which clinical signs to look for?")])
    when = c.day(c.r.randint(2, 12), 7, 30)
    body = c.L(f"""{c.greet('résidents')}

Pour le club de lecture / séance de cas du {c.fdate(when, True)} : cas fictif inspiré de la pratique (aucune donnée réelle).

{case}

Lectures : lignes directrices SOGC / AACAP 2024 (PDF sur le portail). Préparez 2-3 diapos.
{c.sig(doc)}""", f"""{c.greet('residents')}

For the case conference on {c.fdate(when, True)}: fictional case based on practice (no real patient data).

{case}

Readings: SOGC / AACAP 2024 guidelines (PDF on the portal). Prepare 2-3 slides.
{c.sig(doc)}""")
    return spec_base(c, doc, f'residents@{doc["dom"]}', c.L('Cas clinique - séance', 'Teaching case - conference'), body,
                     note='anonymised teaching case')


def n_directory(c):
    sec = c.staff('sec')
    docs = [c.staff(k) for k in ('psy', 'pedopsy', 'obs', 'ped')]
    lines = []
    spec_fr = ['troubles de l\'humeur et lithium', 'TSA et TDAH chez l\'enfant', 'grossesses à risque, diabète gestationnel',
               'épilepsie pédiatrique et troubles du sommeil']
    spec_en = ['mood disorders and lithium clinic', 'ASD and ADHD in children', 'high-risk pregnancy, gestational diabetes',
               'pediatric epilepsy and sleep disorders']
    for i, d in enumerate(docs):
        lines.append(f'- {d["ttl"]}{"" if c.fr or not d["ttl"] else "."} {d["name"]} — {spec_fr[i] if c.fr else spec_en[i]} — '
                     f'{c.L("poste", "ext.")} {c.r.randint(2000, 7999)}, {c.L("téléav.", "pager")} {c.r.randint(1000, 9999)}')
    body = c.L(f"""{c.greet()}

Mise à jour du bottin des médecins consultants (à afficher au poste) :

{chr(10).join(lines)}

Clinique externe : 819-555-0150, télécopieur 819-555-0151. Demandes de consultation via le CRDS seulement.

{c.sig(sec)}""", f"""{c.greet()}

Updated consultant directory (please post at the station):

{chr(10).join(lines)}

Outpatient clinic: 514-555-0150, fax 514-555-0151. Consult requests through the central referral desk only.

{c.sig(sec)}""")
    return spec_base(c, sec, f'postes.infirmiers@{sec["dom"]}', c.L('Bottin des consultants - mise à jour', 'Consultant directory - update'),
                     body, note='physician directory with specialties')


def n_newsletter(c):
    st = c.staff(c.pick(['mgr', 'quality']))
    html = f"""<html><body style="font-family:Georgia,serif">
<h2>{c.L('Bulletin Périnatalité &amp; Jeunesse', 'Perinatal &amp; Youth Bulletin')} — {c.L(FR_MONTHS[c.date.month - 1], EN_MONTHS[c.date.month - 1])} {c.date.year}</h2>
<h3>{c.L('En chiffres', 'By the numbers')}</h3>
<ul>
<li>{c.r.randint(180, 260)} {c.L('naissances au Centre mère-enfant ce mois-ci', 'births at the Mother-Child Centre this month')}</li>
<li>{c.L("Taux d'allaitement exclusif au congé", 'Exclusive breastfeeding at discharge')} : {c.r.randint(65, 85)} %</li>
<li>{c.L('Signalements reçus à la DPJ (région)', 'Youth protection reports received (region)')} : {c.r.randint(900, 1400)}, {c.L('dont', 'of which')} {c.r.randint(30, 45)} % {c.L('retenus', 'retained')}</li>
<li>{c.L("Délai médian pour l'évaluation TSA", 'Median wait for ASD assessment')} : {c.r.randint(10, 20)} {c.L('mois', 'months')}</li>
</ul>
<h3>{c.L('Nouvelles', 'News')}</h3>
<p>{c.L("La Dre Ouimet, pédopsychiatre, lance un groupe de soutien pour parents d'adolescents anxieux. Le Dr Béliveau reçoit le prix d'excellence en enseignement de la pédiatrie.", "Dr. Siddiqui, child psychiatrist, is launching a support group for parents of anxious teens. Dr. Raman received the pediatric teaching excellence award.")}</p>
<p>{c.L('Rappel : la Semaine de la santé mentale a lieu en mai — kiosques à la cafétéria.', 'Reminder: Mental Health Week is in May — booths in the cafeteria.')}</p>
<p style="font-size:9pt">{c.L('Pour vous désabonner, écrivez à', 'To unsubscribe, write to')} bulletin@{st['dom']}</p>
</body></html>"""
    text = re.sub(r'<[^>]+>', '', html.replace('&amp;', '&'))
    return spec_base(c, st, f'tout.le.personnel@{st["dom"]}', c.L('Bulletin Périnatalité & Jeunesse', 'Perinatal & Youth Bulletin'),
                     text, html=html, mode=c.pick(['html', 'alt']), note='newsletter with aggregate statistics')


def n_dpj_stats(c):
    st = c.staff(c.pick(['mgr', 'quality']))
    rows = [[c.L('Groupe d\'âge', 'Age group'), c.L('Reçus', 'Received'), c.L('Retenus', 'Retained'),
             c.L('Négligence', 'Neglect'), c.L('Abus physiques', 'Physical abuse'), c.L('Troubles de comportement', 'Behavioural')]]
    for g in ['0-5', '6-12', '13-17']:
        rec = c.r.randint(80, 300)
        rows.append([g, rec, int(rec * c.r.uniform(0.3, 0.5)), c.r.randint(10, 80), c.r.randint(5, 40), c.r.randint(0, 60)])
    c.att_bytes(make_xlsx([(c.L('Signalements', 'Reports'), rows)], st['name']), 'application',
                'vnd.openxmlformats-officedocument.spreadsheetml.sheet', c.L('stats_signalements.xlsx', 'report_stats.xlsx'))
    body = c.L(f"""{c.greet()}

Statistiques mensuelles des signalements ({FR_MONTHS[c.date.month - 1]}) en pièce jointe, ventilées par groupe d'âge et motif. Les petits nombres (< 5) sont masqués selon la règle habituelle.

{text_table(rows)}

{c.sig(st)}""", f"""{c.greet()}

Monthly report statistics ({EN_MONTHS[c.date.month - 1]}) attached, broken down by age group and grounds. Small cells (< 5) are suppressed per the usual rule.

{text_table(rows)}

{c.sig(st)}""")
    return spec_base(c, st, f'direction.dpj@{st["dom"]}', c.L('Statistiques mensuelles DPJ', 'Monthly youth protection statistics'),
                     body, note='aggregate youth protection statistics')


def n_pharm_committee(c):
    ph = c.staff('pharm')
    body = c.L(f"""{c.greet()}

Résumé des décisions du comité de pharmacologie du {c.fdate(c.day(-4))} :

1. Ajout au formulaire : eskétamine intranasale (dépression résistante) — usage restreint à la psychiatrie, protocole de surveillance TA 2 h.
2. Clozapine : passage au suivi NAN aux 4 semaines après 12 mois de traitement stable (conforme à la monographie).
3. Ondansétron en grossesse : maintien au formulaire, mise à jour de l'ordonnance collective nausées-vomissements.
4. Méthylphénidate LP : substitution automatique autorisée en situation de pénurie.
5. Retrait : prométhazine injectable en pédiatrie (< 2 ans).

Procès-verbal complet sur l'intranet.
{c.sig(ph)}""", f"""{c.greet()}

Summary of the Pharmacy & Therapeutics committee decisions of {c.fdate(c.day(-4))}:

1. Formulary addition: intranasal esketamine (treatment-resistant depression) — restricted to psychiatry, 2-hour BP monitoring protocol.
2. Clozapine: move to ANC every 4 weeks after 12 months of stable treatment (per monograph).
3. Ondansetron in pregnancy: stays on formulary, nausea-vomiting standing order updated.
4. Long-acting methylphenidate: automatic substitution allowed during shortages.
5. Removed: injectable promethazine in pediatrics (< 2 years).

Full minutes on the intranet.
{c.sig(ph)}""")
    return spec_base(c, ph, f'medecins@{ph["dom"]}', c.L('Comité de pharmacologie - décisions', 'P&T committee - decisions'), body,
                     note='pharmacy committee decisions (formulary)')


def n_clinic_move(c):
    sec = c.staff('sec')
    street, city, pc, area = c.address()
    body = c.L(f"""{c.greet()}

À compter du {c.fdate(c.day(20))}, la clinique externe de pédopsychiatrie déménage :

Nouvelle adresse : {street}, {city} (Québec) {pc}, 2e étage
Téléphone : {area}-555-0170 (inchangé pour les rendez-vous : {area}-555-0171)
Télécopieur : {area}-555-0172

Les rendez-vous de la semaine du déménagement seront faits en télésanté. Merci de mettre à jour vos signatures et vos lettres types.

{c.sig(sec)}""", f"""{c.greet()}

As of {c.fdate(c.day(20))}, the child psychiatry outpatient clinic is moving:

New address: {street}, {city}, QC {pc}, 2nd floor
Phone: {area}-555-0170 (appointments unchanged: {area}-555-0171)
Fax: {area}-555-0172

Appointments during moving week will be virtual. Please update your signatures and template letters.

{c.sig(sec)}""")
    return spec_base(c, sec, f'partenaires@{sec["dom"]}', c.L('Déménagement de la clinique de pédopsychiatrie', 'Child psychiatry clinic is moving'),
                     body, note='clinic address change')


def n_shortage(c):
    ph = c.staff('pharm')
    drug = c.pick([('Concerta 27 mg', 'méthylphénidate LP', 'methylphenidate ER'), ('Lithium 300 mg caps', 'carbonate de lithium', 'lithium carbonate'),
                   ('Diclectin', 'doxylamine-pyridoxine', 'doxylamine-pyridoxine'), ('Salbutamol 100 mcg', 'salbutamol', 'salbutamol')])
    lots = [f'{c.pick(["A", "B", "K"])}{c.r.randint(10000, 99999)}' for _ in range(2)]
    din = gen_luhn_digits(c.r, 8)
    body = c.L(f"""{c.greet()}

AVIS DE PÉNURIE — {drug[0]} ({drug[1]}), DIN {din}
Durée estimée : {c.r.randint(4, 12)} semaines. Lots touchés par le rappel fournisseur : {', '.join(lots)}.

Alternatives :
- ajuster à une autre teneur disponible (ex. 18 mg + 9 mg)
- autre formulation à libération prolongée après discussion avec le prescripteur

Aucune action requise pour les patients hospitalisés : la pharmacie fera la substitution. Pour les ordonnances externes, aviser les familles de contacter leur pharmacie communautaire.

{c.sig(ph)}""", f"""{c.greet()}

SHORTAGE NOTICE — {drug[0]} ({drug[2]}), DIN {din}
Estimated duration: {c.r.randint(4, 12)} weeks. Lots affected by the supplier recall: {', '.join(lots)}.

Alternatives:
- adjust to another available strength (e.g. 18 mg + 9 mg)
- another extended-release formulation after discussion with the prescriber

No action needed for inpatients: pharmacy will substitute. For outpatient prescriptions, advise families to contact their community pharmacy.

{c.sig(ph)}""")
    return spec_base(c, ph, f'prescripteurs@{ph["dom"]}', c.L('Pénurie - ', 'Shortage - ') + drug[0], body,
                     importance=True, note='drug shortage notice with DIN and lot numbers')


def n_protocol(c):
    st = c.staff(c.pick(['obs', 'psy', 'ped', 'quality']))
    p = c.pick([
        c.L("Prophylaxie SGB : pénicilline G 5 M UI IV puis 2,5 M UI q4h jusqu'à l'accouchement. Allergie non sévère : céfazoline 2 g IV puis 1 g q8h. Dépistage par culture vagino-rectale entre 35 et 37 SA.",
            "GBS prophylaxis: penicillin G 5 M units IV then 2.5 M units q4h until delivery. Non-severe allergy: cefazolin 2 g IV then 1 g q8h. Vaginal-rectal culture screening at 35-37 weeks."),
        c.L("Lithium : lithémie 12 h post-dose, cible 0,6-1,0 mmol/L en maintien. Si > 1,5 mmol/L : cesser et aviser le médecin. Créatinine, TSH et calcium aux 6 mois.",
            "Lithium: 12-h trough level, maintenance target 0.6-1.0 mmol/L. If > 1.5 mmol/L: hold and notify physician. Creatinine, TSH and calcium every 6 months."),
        c.L("Hypoglycémie néonatale : glycémie capillaire à 2 h de vie chez les bébés à risque; si < 2,6 mmol/L, gel de glucose 40 % 0,5 mL/kg et mise au sein.",
            "Neonatal hypoglycemia: capillary glucose at 2 h of life in at-risk babies; if < 2.6 mmol/L, 40% dextrose gel 0.5 mL/kg and feed."),
        c.L("Agitation aiguë : olanzapine 5-10 mg PO/IM ou halopéridol 5 mg + lorazépam 2 mg IM; réévaluer aux 30 min; mesures de contrôle en dernier recours selon le protocole.",
            "Acute agitation: olanzapine 5-10 mg PO/IM or haloperidol 5 mg + lorazepam 2 mg IM; reassess q30min; restraint as last resort per protocol.")])
    body = c.L(f"""{c.greet()}

Le protocole suivant a été révisé et entre en vigueur le {c.fdate(c.day(7))} :

{p}

La version intégrale (PRO-{c.r.randint(100, 999)}, rév. {c.r.randint(2, 6)}) est sur l'intranet. Merci de la lire et de signer la feuille d'émargement au poste.
{c.sig(st)}""", f"""{c.greet()}

The following protocol was revised and takes effect on {c.fdate(c.day(7))}:

{p}

Full version (PRO-{c.r.randint(100, 999)}, rev. {c.r.randint(2, 6)}) is on the intranet. Please read it and sign the sheet at the station.
{c.sig(st)}""")
    return spec_base(c, st, f'soins@{st["dom"]}', c.L('Protocole révisé', 'Revised protocol'), body,
                     note='clinical protocol update with doses and thresholds')


def n_room(c):
    sec = c.staff('sec')
    start = c.day(c.r.randint(3, 20), c.r.choice([9, 12, 14]), 0)
    ics = make_ics(f'{c.r.getrandbits(48):012x}@{sec["dom"]}', FIXED_DOC_DT, start, start + dt.timedelta(hours=2),
                   c.L('Réservation salle 3.107 - comité clinique', 'Room 3.107 booking - clinical committee'),
                   c.L('Salle 3.107, pavillon C', 'Room 3.107, C wing'),
                   c.L('Projecteur et système de visioconférence requis. 12 personnes.', 'Projector and video-conference needed. 12 people.'),
                   (sec['name'], sec['email']), [], c.lang)
    c.att_text(ics, 'calendar', 'reservation.ics')
    body = c.L(f"Bonjour,\n\nLa salle 3.107 est réservée pour le comité clinique le {c.fdate(start, True)}. Invitation jointe.\n\n{c.sig(sec)}",
               f"Hello,\n\nRoom 3.107 is booked for the clinical committee on {c.fdate(start, True)}. Invitation attached.\n\n{c.sig(sec)}")
    return spec_base(c, sec, f'comite.clinique@{sec["dom"]}', c.L('Réservation de salle', 'Room booking'), body,
                     note='room booking ICS')


def n_students(c):
    coord = c.staff(c.pick(['ts', 'mgr']))
    studs = [(c.pick(FR_GIVEN_F + EN_GIVEN_F + FR_GIVEN_M), c.pick(SURNAMES), c.pick(['T.S.', 'psychoéducation', 'sc. infirmières', 'MSW']))
             for _ in range(c.r.randint(3, 6))]
    rows = [[c.L('Stagiaire', 'Student'), c.L('Programme', 'Program'), c.L('Superviseur', 'Supervisor'), c.L('Jours', 'Days')]]
    for g, s, prog in studs:
        rows.append([f'{g} {s}', prog, c.staff(c.pick(['ts', 'psyed', 'inf']))['name'], c.pick(['lun-mer', 'mar-jeu', 'mer-ven'])])
    body = c.L(f"""{c.greet()}

Les stagiaires de la session d'hiver arrivent le {c.fdate(c.day(10))}. Accueil à 8 h 30, salle 1.010 (carte d'accès, formation DCI, engagement de confidentialité).

{text_table(rows)}

Merci aux superviseurs de prévoir des dossiers adaptés au niveau de chacun.
{c.sig(coord)}""", f"""{c.greet()}

Winter-term students start on {c.fdate(c.day(10))}. Orientation at 8:30, room 1.010 (badges, EHR training, confidentiality pledge).

{text_table(rows)}

Supervisors, please plan caseloads suited to each student's level.
{c.sig(coord)}""")
    return spec_base(c, coord, f'superviseurs@{coord["dom"]}', c.L('Arrivée des stagiaires', 'Student placements'), body,
                     note='student placement schedule (staff/students only)')


def n_supervision(c):
    mgr = c.staff('mgr')
    people = staff_people(c, 5, ('ts', 'psyed', 'dpj'))
    lines = [f'- {p["given"]} {p["surname"]} : {c.pick(FR_DAYS[:5] if c.fr else EN_DAYS[:5])} {c.r.choice([9, 10, 13, 14, 15])}h' for p in people]
    body = c.L(f"""{c.greet()}

Horaire de supervision clinique individuelle (aux 2 semaines) avec moi :
{chr(10).join(lines)}

Préparez au besoin une situation clinique à discuter (sans identifier l'usager à l'écrit). La supervision de groupe reste le 1er jeudi du mois.
{c.sig(mgr)}""", f"""{c.greet()}

Individual clinical supervision schedule (every 2 weeks) with me:
{chr(10).join(lines).replace(' : ', ': ')}

Bring a clinical situation to discuss if you wish (no identifying details in writing). Group supervision stays on the first Thursday of the month.
{c.sig(mgr)}""")
    return spec_base(c, mgr, f'equipe.ts@{mgr["dom"]}', c.L('Supervision clinique - horaire', 'Clinical supervision - schedule'), body,
                     note='supervision schedule')


def n_social(c):
    st = c.staff(c.pick(['sec', 'inf', 'mgr']))
    hon = staff_people(c, 1, ('inf', 'ts', 'psy'))[0]
    body = c.L(f"""{c.greet()}

Après {c.r.randint(22, 38)} ans au service des familles, {hon['given']} {hon['surname']} prend sa retraite! Un 5 à 7 est organisé le {c.fdate(c.day(c.r.randint(7, 20)))} au Bistro du Lac (455 boul. du Lac). Contribution pour le cadeau : 10 $ auprès de {st['given']} d'ici vendredi.

Anniversaires du mois : {c.pick(['Julie', 'Karine', 'Mathieu'])} (le 12), {c.pick(['Sylvie', 'Annie', 'Patrick'])} (le 23). Gâteau au poste jeudi!

{st['given']}""", f"""{c.greet()}

After {c.r.randint(22, 38)} years serving families, {hon['given']} {hon['surname']} is retiring! Farewell drinks on {c.fdate(c.day(c.r.randint(7, 20)))} at Bistro du Lac (455 boul. du Lac). $10 toward the gift, see {st['given']} by Friday.

Birthdays this month: {c.pick(['Rachel', 'Brenda', 'Laura'])} (12th), {c.pick(['Tom', 'Jennifer', 'Daniel'])} (23rd). Cake at the station Thursday!

{st['given']}""")
    return spec_base(c, st, f'equipe@{st["dom"]}', c.L('Départ à la retraite 🎉', 'Retirement party 🎉'), body,
                     note='staff social event')


def n_staff_vcard(c):
    mgr = c.staff('mgr')
    new = c.staff(c.pick(['ts', 'psyed', 'inf', 'psy']))
    vc = make_vcard(new['given'], new['surname'], new['phone'], None, new['email'], None, new['org'], new['title'])
    c.att_text(vc, 'vcard', f'{safe_fn(new["given"])}_{safe_fn(new["surname"])}.vcf')
    body = c.L(f"""{c.greet()}

Bienvenue à {new['given']} {new['surname']}, {new['title']}, qui se joint à l'équipe {c.pick(['périnatalité', 'santé mentale jeunesse', 'DPJ - application des mesures'])} lundi. Ses coordonnées professionnelles sont en pièce jointe.

{c.sig(mgr)}""", f"""{c.greet()}

Please welcome {new['given']} {new['surname']}, {new['title']}, joining the {c.pick(['perinatal', 'youth mental health', 'youth protection'])} team on Monday. Work contact card attached.

{c.sig(mgr)}""")
    return spec_base(c, mgr, f'equipe@{mgr["dom"]}', c.L('Bienvenue ', 'Welcome ') + new['given'], body,
                     note='new colleague vCard')


def n_school_partner(c):
    mgr, sch = c.staff('mgr'), c.staff('school')
    body = c.L(f"""{c.greet(c.disp(sch, False))}

Suite au comité de partenariat CISSS–CSS, voici les grandes lignes de l'entente de collaboration {c.date.year}-{c.date.year + 1} :

- une intervenante-pivot par école secondaire, présente une demi-journée par semaine
- trajectoire de référence pour les élèves présentant des idées suicidaires (formulaire commun, retour à l'école dans les 48 h)
- formation conjointe sur l'anxiété de performance en octobre
- indicateurs de suivi : nombre de références, délai de premier contact (agrégés, aucune donnée nominative)

Les échanges d'information sur un élève précis continuent de se faire avec le consentement écrit des parents ou de l'élève de 14 ans et plus.

{c.sig(mgr)}""", f"""{c.greet(c.disp(sch, False))}

Following the partnership committee, here are the main points of the {c.date.year}-{c.date.year + 1} collaboration agreement:

- one liaison worker per high school, half a day per week
- referral pathway for students with suicidal ideation (shared form, return-to-school meeting within 48 h)
- joint training on performance anxiety in October
- monitoring indicators: number of referrals, time to first contact (aggregate, no identifying data)

Information about a specific student is still shared only with written consent from parents or from students aged 14+.

{c.sig(mgr)}""")
    return spec_base(c, mgr, addr(sch), c.L('Entente de collaboration école-santé', 'School-health collaboration agreement'), body,
                     note='school partnership agreement, no students')


def n_court_info(c):
    law = c.staff('lawyer')
    body = c.L(f"""{c.greet()}

Information du contentieux : à partir du {c.fdate(c.day(15))}, le dépôt des rapports à la Chambre de la jeunesse se fait par le greffe numérique. Format attendu du nom de fichier : 525-41-XXXXXX-YYZ_type-de-document.pdf (aucun nom d'enfant dans le nom du fichier).

Rappels :
- les témoins doivent être disponibles par visioconférence s'ils ne peuvent se présenter
- les notes personnelles ne font pas partie du dossier, mais peuvent être assignées
- délai de dépôt : 5 jours ouvrables avant l'audience

Une séance d'information aura lieu le {c.fdate(c.day(8), True)}.
{c.sig(law)}""", f"""{c.greet()}

Legal services update: starting {c.fdate(c.day(15))}, reports to the Youth Division are filed through the digital registry. Expected file name format: 525-41-XXXXXX-YYZ_document-type.pdf (no child name in the file name).

Reminders:
- witnesses must be available by video if unable to attend in person
- personal notes are not part of the record but may be subpoenaed
- filing deadline: 5 business days before the hearing

An information session will be held on {c.fdate(c.day(8), True)}.
{c.sig(law)}""")
    return spec_base(c, law, f'intervenants@{law["dom"]}', c.L('Dépôt numérique - Chambre de la jeunesse', 'Digital filing - Youth Division'),
                     body, note='general court procedure information')


def n_recall(c):
    bio = c.staff('it')
    model = c.pick(['Isolette NX-200', 'Warmer InfaCare 3', 'Pompe volumétrique VP-7'])
    serials = [gen_luhn_digits(c.r, c.pick([9, 10])) for _ in range(c.r.randint(3, 6))]
    rows = [[c.L('No de série', 'Serial'), c.L('Unité', 'Unit'), c.L('No d\'actif', 'Asset')]] + \
        [[s, c.pick(['USIN', 'NICU', 'Obst.', 'Pédiatrie', '4 Nord']), f'GBM-{c.r.randint(10000, 99999)}'] for s in serials]
    body = c.L(f"""{c.greet()}

Avis de rappel du fabricant pour le modèle {model} (risque de défaillance du capteur de température). Génie biomédical procédera à l'inspection des appareils suivants :

{text_table(rows)}

Merci de ne pas utiliser ces appareils avant la pose de l'étiquette verte « inspecté ».
{c.sig(bio)}""", f"""{c.greet()}

Manufacturer recall notice for model {model} (risk of temperature sensor failure). Biomedical engineering will inspect the following devices:

{text_table(rows)}

Please do not use these devices until the green "inspected" tag is applied.
{c.sig(bio)}""")
    if c.chance(0.5):
        c.att_text(make_csv(rows), 'csv', c.L('appareils_rappel.csv', 'recall_devices.csv'))
    return spec_base(c, bio, f'chefs.unites@{bio["dom"]}', c.L('Rappel fabricant - ', 'Manufacturer recall - ') + model, body,
                     note='equipment recall with Luhn-valid serial numbers')


def n_wait_stats(c):
    mgr = c.staff('mgr')
    rows = [[c.L('Clinique', 'Clinic'), c.L('En attente', 'Waiting'), c.L('Délai médian (j)', 'Median wait (d)'),
             c.L('Priorité A respectée', 'Priority A met')]]
    for cl in [c.L('Évaluation TSA', 'ASD assessment'), c.L('Pédopsychiatrie', 'Child psychiatry'),
               c.L('Troubles alimentaires', 'Eating disorders'), c.L('Psychiatrie périnatale', 'Perinatal psychiatry'),
               c.L('Premier épisode psychotique', 'First-episode psychosis')]:
        rows.append([cl, c.r.randint(12, 480), c.r.randint(14, 420), f'{c.r.randint(60, 100)} %'])
    body = c.L(f"""{c.greet()}

Tableau de bord des listes d'attente au {c.date.strftime('%Y-%m-%d')} (données agrégées du mécanisme d'accès) :

{text_table(rows)}

La clinique TSA reste notre enjeu principal. Proposition à discuter au CODIR : 2 blocs d'évaluation supplémentaires par mois.
{c.sig(mgr)}""", f"""{c.greet()}

Waitlist dashboard as of {c.date.strftime('%Y-%m-%d')} (aggregate data from the access desk):

{text_table(rows)}

ASD clinic remains the main issue. Proposal for the leadership meeting: 2 extra assessment blocks per month.
{c.sig(mgr)}""")
    html = f'<html><body><p>{htmlmod.escape(c.greet())}</p>' + html_table(rows) + f'<p>{htmlmod.escape(c.sig(mgr)).replace(chr(10), "<br>")}</p></body></html>'
    return spec_base(c, mgr, f'codir@{mgr["dom"]}', c.L('Tableau de bord - listes d\'attente', 'Waitlist dashboard'), body,
                     html=html if c.chance(0.5) else None, mode='alt', note='aggregate waitlist statistics')


def n_reply_chain(c):
    a, b = staff_people(c, 2, ('inf', 'ts', 'psyed', 'sec'))[:2]
    a, b = c.staff('inf'), c.staff('ts')
    when = c.date - dt.timedelta(hours=c.r.randint(2, 20))
    d1, d2 = c.day(5), c.day(12)
    orig = c.L(f"""Salut {b['given']},
Est-ce que tu pourrais prendre ma garde de soir du {c.fdate(d1)}? Je te donne mon {c.fdate(d2)} en échange. J'ai un rendez-vous chez le dentiste pour ma fille.
{a['given']}""", f"""Hi {b['given']},
Could you take my evening shift on {c.fdate(d1)}? I'd give you my {c.fdate(d2)} in exchange. I have a dentist appointment for my daughter.
{a['given']}""")
    subj = c.L('Échange de garde', 'Shift swap')
    body = c.L(f"Pas de trouble, c'est beau pour moi. J'avise {c.staff('mgr', 'fr')['given']}.\n\n", f"No problem, works for me. I'll let {c.staff('mgr', 'en')['given']} know.\n\n") + \
        c.quote(a, when, orig, subj, addr(b))
    return spec_base(c, b, addr(a), c.L('RE: ', 'RE: ') + subj, body, note='staff shift swap reply chain')


def n_conference(c):
    org = c.staff('research')
    spk = [c.staff(k) for k in ('psy', 'pedopsy', 'obs')]
    prog = [c.L(f'9 h — {spk[0]["ttl"]} {spk[0]["name"]} : Lithium en 2025, encore le premier choix?', f'9:00 — {spk[0]["ttl"]}. {spk[0]["name"]}: Lithium in 2025, still first line?'),
            c.L(f'10 h 30 — {spk[1]["ttl"]} {spk[1]["name"]} : Schizophrénie à début précoce', f'10:30 — {spk[1]["ttl"]}. {spk[1]["name"]}: Early-onset schizophrenia'),
            c.L(f'13 h — {spk[2]["ttl"]} {spk[2]["name"]} : Psychotropes pendant la grossesse et l\'allaitement', f'1:00 — {spk[2]["ttl"]}. {spk[2]["name"]}: Psychotropics in pregnancy and breastfeeding'),
            c.L('14 h 30 — Table ronde : l\'enfant placé et la santé mentale', '2:30 — Panel: children in care and mental health')]
    body = c.L(f"""{c.greet()}

Le programme du Colloque régional en santé mentale jeunesse et périnatale ({c.fdate(c.day(45))}, Centre des congrès de Val-Clair) est en ligne :

{chr(10).join(prog)}

Appel de résumés (affiches) jusqu'au {c.fdate(c.day(20))}. Les résumés ne doivent contenir aucune donnée permettant d'identifier un usager.
Inscription : 95 $ (gratuit pour les résidents et les stagiaires).

{c.sig(org)}""", f"""{c.greet()}

The program for the Regional Youth and Perinatal Mental Health Conference ({c.fdate(c.day(45))}, Val-Clair Convention Centre) is online:

{chr(10).join(prog)}

Call for poster abstracts until {c.fdate(c.day(20))}. Abstracts must not contain any patient-identifying data.
Registration: $95 (free for residents and students).

{c.sig(org)}""")
    return spec_base(c, org, f'colloque@{org["dom"]}', c.L('Colloque régional - programme', 'Regional conference - program'), body,
                     note='conference program with speakers and topics')


NEGATIVES = [
    ('oncall_schedule', n_oncall), ('team_meeting', n_team_meeting), ('training', n_training), ('research_reb', n_research),
    ('quality_committee', n_quality), ('parent_leaflet', n_leaflet), ('job_posting', n_job), ('staff_leave', n_staff_leave),
    ('it_downtime', n_it), ('invoice_po', n_invoice), ('blank_form', n_blank_form), ('teaching_case', n_teaching_case),
    ('physician_directory', n_directory), ('newsletter', n_newsletter), ('dpj_stats', n_dpj_stats),
    ('pharm_committee', n_pharm_committee), ('clinic_move', n_clinic_move), ('drug_shortage', n_shortage),
    ('protocol_update', n_protocol), ('room_booking', n_room), ('student_placement', n_students),
    ('supervision', n_supervision), ('social_event', n_social), ('staff_vcard', n_staff_vcard),
    ('school_partnership', n_school_partner), ('court_procedure', n_court_info), ('equipment_recall', n_recall),
    ('waitlist_stats', n_wait_stats), ('shift_swap', n_reply_chain), ('conference', n_conference),
]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
def msg_date(r):
    start = dt.datetime(2025, 1, 6, 0, 0)
    while True:
        d = start + dt.timedelta(days=r.randint(0, 320))
        if d.weekday() < 5 or r.random() < 0.08:
            break
    return d.replace(hour=r.randint(7, 18), minute=r.randint(0, 59), second=r.randint(0, 59))


def slots(cats, n):
    k = len(cats)
    return [(cats[i % k][0], cats[i % k][1], 'fr' if (i + i // k) % 2 == 0 else 'en') for i in range(n)]


def decode_all(part, depth=0):
    """decode every part recursively; raise on failure"""
    n = 0
    if part.is_multipart():
        for sub in part.iter_parts():
            n += decode_all(sub, depth + 1)
        return n
    ct = part.get_content_type()
    if ct == 'message/rfc822':
        inner = part.get_content()
        return 1 + decode_all(inner, depth + 1)
    content = part.get_content()
    if part.get_content_maintype() == 'text':
        assert isinstance(content, str)
    else:
        assert isinstance(content, (bytes, bytearray)) and len(content) > 0
        if ct in ('application/zip', 'application/x-zip-compressed') or part.get_filename('').endswith(('.docx', '.xlsx')):
            zipfile.ZipFile(io.BytesIO(content)).testzip()
    return 1


def generate(seed, out):
    world = World()
    os.makedirs(os.path.join(out, 'positive'), exist_ok=True)
    os.makedirs(os.path.join(out, 'negative'), exist_ok=True)
    for sub in ('positive', 'negative'):
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    order = random.Random(f'{seed}-order')
    pos = slots(POSITIVES, N_POS)
    neg = slots(NEGATIVES, N_NEG)
    order.shuffle(pos)
    order.shuffle(neg)
    labels = {}
    for kind, lst, prefix in (('positive', pos, 'p'), ('negative', neg, 'n')):
        for i, (cat, fn, lang) in enumerate(lst, 1):
            r = random.Random(f'{seed}-{prefix}-{i}')
            c = Ctx(r, lang, world, msg_date(r))
            spec = fn(c)
            spec['atts'] = c.atts
            if lang == 'fr' and kind == 'positive' and spec.get('mode', 'plain') == 'plain' and r.random() < 0.15:
                spec['text'] = strip_accents(spec['text'])  # typed on a phone / keyboard without accents
            m = render(c, spec)
            data = serialize(c, m, spec)
            name = f'{kind}/{prefix}{i:03d}_{cat}.eml'
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(data)
            types = sorted(c.types) if kind == 'positive' else []
            labels[name] = {'confidential': kind == 'positive', 'types': types, 'lang': lang, 'note': spec.get('note', cat)}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(f'{d}/{f}' for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)) if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    allowed = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
               'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}
    nparts = 0
    h = hashlib.sha256()
    for f in files:
        lab = labels[f]
        with open(os.path.join(out, f), 'rb') as fh:
            data = fh.read()
        h.update(f.encode() + b'\0' + data + b'\0')
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert msg['Subject'] is not None and msg['From'] is not None
        nparts += decode_all(msg)
        if f.startswith('positive/'):
            assert lab['confidential'] is True and lab['types'], f
        else:
            assert lab['confidential'] is False and not lab['types'], f
        assert set(lab['types']) <= allowed, f
        assert lab['lang'] in ('fr', 'en')
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    assert len(pos) == N_POS and len(neg) == N_NEG
    by = {}
    for f in files:
        k = (f.split('/')[0], labels[f]['lang'])
        by[k] = by.get(k, 0) + 1
    print(f'positives: {len(pos)}  negatives: {len(neg)}  parts decoded: {nparts}')
    for k in sorted(by):
        print(f'  {k[0]:8s} {k[1]}: {by[k]}')
    print(f'sha256: {h.hexdigest()}')
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    generate(a.seed, a.out)
    self_check(a.out)


if __name__ == '__main__':
    main()
