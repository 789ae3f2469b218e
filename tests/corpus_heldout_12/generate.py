#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic hospital outbound-mail corpus (heldout_12).

Usage: python generate.py [--out DIR] [--seed N]
"""
import argparse, csv, datetime, email, email.policy, hashlib, html, io, json, os, random, sys, zipfile
from email.message import EmailMessage
from email.utils import format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 1212121
N_POS, N_NEG = 120, 180
HERE = os.path.dirname(os.path.abspath(__file__))
NAMFILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
FIXED_ZIP_DATE = (2026, 1, 1, 0, 0, 0)

R = None  # random.Random, set in main

def pick(seq):
    return R.choice(seq)

def T(lang, fr, en):
    return fr if lang == 'fr' else en

# ---------------------------------------------------------------- people
FR_M = ['Jean', 'Luc', 'Marc-André', 'Gilles', 'Réjean', 'Denis', 'Mathieu', 'Yves', 'Olivier', 'Benoît', 'Jérôme', 'Rémi']
FR_F = ['Josée', 'Nathalie', 'Geneviève', 'Lise', 'Hélène', 'Chantal', 'Émilie', 'Isabelle', 'Marie-Ève', 'Sylvie', 'Ginette', 'Maude']
FR_L = ['Tremblay', 'Gagnon', 'Bouchard', 'Côté', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Girard',
        'Fortin', 'Ouellet', 'Gauthier', 'Morin', 'Dubé', 'Paquette', 'Thibodeau', 'Poirier', 'Beaulieu', 'Caron']
EN_M = ['James', 'Robert', 'Michael', 'David', 'Kevin', 'Brian', 'Steven', 'Mark', 'Paul', 'Ravi', 'Ahmed', 'Wei']
EN_F = ['Linda', 'Susan', 'Karen', 'Jennifer', 'Heather', 'Amanda', 'Megan', 'Priya', 'Fatima', 'Rebecca', 'Donna', 'Grace']
EN_L = ['Smith', 'MacDonald', 'Campbell', 'Anderson', 'Thompson', 'Patel', 'Nguyen', 'Reid', 'Fraser', 'Kowalski',
        'O\'Brien', 'Singh', 'Murray', 'Chen', 'Walsh', 'Henderson', 'Gill', 'Boyd', 'Sutherland', 'Hughes']
BE_L = ['Peeters', 'Janssens', 'Maes', 'Dupont', 'Lambert', 'Dubois', 'Renard', 'Claes', 'Willems', 'Lejeune']
FRA_L = ['Martin', 'Bernard', 'Moreau', 'Laurent', 'Lefebvre', 'Roux', 'Fournier', 'Girardot', 'Bonnet', 'Mercier']

ORGS = {
    'qc': ('CHU Exemple', 'chu-exemple.example', '514'),
    'qc2': ('CISSS de la Rivière', 'cisss-riviere.example', '819'),
    'on': ('Lakeshore Regional Health', 'lakeshore-health.example', '416'),
    'on2': ('Northbay General Hospital', 'northbay-general.example', '705'),
    'be': ('CHR Val-de-Meuse', 'chr-valdemeuse.example', '+32 4'),
    'fr': ('CH Saint-Aubin', 'ch-saintaubin.example', '+33 4'),
}
EXT_DOMAINS = ['clinique-du-parc.example', 'gmf-des-erables.example', 'clsc-nord.example', 'pharmacie-central.example',
               'transport-adapte.example', 'familymed-oakville.example', 'homecare-ontario.example', 'gmail.example',
               'videotron.example', 'assureur-vie.example', 'labo-biomed.example', 'maisonmedicale-liege.example',
               'cabinet-dr-roux.example', 'mutualite-exemple.example', 'sympatico.example', 'rogers.example']

def person(lang, sex=None):
    sex = sex or pick('MF')
    if lang == 'fr':
        return pick(FR_M if sex == 'M' else FR_F), pick(FR_L), sex
    return pick(EN_M if sex == 'M' else EN_F), pick(EN_L), sex

def email_of(first, last, dom):
    import unicodedata
    s = (first[0] + '.' + last).lower().replace("'", '').replace(' ', '')
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return f'{s}@{dom}'

def phone(region):
    area = ORGS.get(region, ORGS['qc'])[2]
    if region == 'be':
        return f'+32 4 555 {R.randint(10,99)} {R.randint(10,99)}'
    if region == 'fr':
        return f'+33 4 55 5{R.randint(0,9)} {R.randint(10,99)} {R.randint(10,99)}'
    a = pick(['514', '450', '819', '418']) if region.startswith('qc') else pick(['416', '905', '613', '705'])
    return f'{a}-555-{R.randint(1000,9999):04d}' if R.random() < 0.6 else f'({a}) 555-{R.randint(1000,9999):04d}'

STREETS_FR = ['rue des Érables', 'boul. Saint-Joseph', 'rue Principale', 'av. du Parc', 'rang Saint-Charles', 'rue Notre-Dame Est']
STREETS_EN = ['Maple Ave', 'King St W', 'Lakeshore Rd', 'Elm Crescent', 'Queen St E', 'Birchwood Dr']
CITIES = {'qc': ['Montréal, QC', 'Laval, QC', 'Longueuil, QC', 'Sherbrooke, QC', 'Trois-Rivières, QC'],
          'on': ['Toronto, ON', 'Mississauga, ON', 'Oakville, ON', 'North Bay, ON', 'Kingston, ON'],
          'be': ['4000 Liège', '4020 Liège', '5000 Namur'], 'fr': ['69003 Lyon', '42000 Saint-Étienne', '38000 Grenoble']}

def address(region):
    r = region[:2]
    if r == 'be':
        return f'{pick(["Rue Saint-Gilles", "Avenue Rogier", "Rue de la Station"])} {R.randint(1,220)}, {pick(CITIES["be"])}'
    if r == 'fr':
        return f'{R.randint(1,90)} {pick(["rue Garibaldi", "avenue Jean-Jaurès", "chemin des Vignes"])}, {pick(CITIES["fr"])}'
    streets = STREETS_FR if r == 'qc' else STREETS_EN
    apt = f' app. {R.randint(1,40)}' if R.random() < 0.3 else ''
    return f'{R.randint(10,9999)} {pick(streets)}{apt}, {pick(CITIES[r])}'

# ---------------------------------------------------------------- identifiers
NAMS = []
def load_nams():
    out = []
    with open(NAMFILE, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.startswith('#'):
                continue
            p = line.split()
            out.append(dict(last=p[0], first=p[1], dob=p[2], sex=p[3], nam=p[4]))
    return out

def gen_sin():
    while True:
        base = str(pick([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(R.randint(0, 9)) for _ in range(7))
        s = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(s):
            return s

def gen_ohn():
    base = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(8))
    s = base + luhn.calc_check_digit(base)
    assert luhn.is_valid(s)
    return s

def gen_niss(dob, sex):
    y, m, d = dob.split('-')
    seq = R.randint(1, 997)
    if (seq % 2 == 1) != (sex == 'M'):
        seq += 1
    first9 = f'{y[2:]}{m}{d}{seq:03d}'
    n = int(('2' if int(y) >= 2000 else '') + first9)
    s = first9 + f'{97 - n % 97:02d}'
    assert be_nn.is_valid(s), s
    return s

def gen_nir(dob, sex):
    y, m, d = dob.split('-')
    body = ('1' if sex == 'M' else '2') + y[2:] + m + f'{pick([69, 42, 38, 75, 13]):02d}' + f'{R.randint(1,999):03d}' + f'{R.randint(1,999):03d}'
    s = body + f'{97 - int(body) % 97:02d}'
    assert fr_nir.is_valid(s), s
    return s

def gen_mrn(region):
    k = R.randint(0, 4)
    if k == 0: return str(R.randint(1000000, 9999999))
    if k == 1: return f'{R.randint(10000000, 99999999)}'
    if k == 2: return f'{pick(["H", "M", "CH", "RV"])}{R.randint(100000, 9999999)}'
    if k == 3: return f'{R.randint(10,99)}-{R.randint(10,99)}-{R.randint(100,999)}'
    return f'{R.randint(100,999)} {R.randint(100,999)} {R.randint(0,9)}'

FW = str.maketrans('0123456789', '０１２３４５６７８９')
def fmt_id(s, style=None):
    style = style or pick(['plain'] * 5 + ['spaces', 'dots', 'hyphens', 'fullwidth', 'split'])
    if style == 'plain': return s
    if style == 'spaces': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if len(s) == 12 else ' '.join(s[i:i + 3] for i in range(0, len(s), 3))
    if style == 'dots': return '.'.join(s[i:i + 4] for i in range(0, len(s), 4)) if len(s) == 12 else '.'.join(s[i:i + 3] for i in range(0, len(s), 3))
    if style == 'hyphens': return '-'.join(s[i:i + 4] for i in range(0, len(s), 4)) if len(s) == 12 else '-'.join(s[i:i + 3] for i in range(0, len(s), 3))
    if style == 'fullwidth': return s.translate(FW)
    if style == 'split': return s[:len(s) // 2] + '\n' + s[len(s) // 2:]
    return s

def fmt_sin(s):
    return pick([s, f'{s[:3]} {s[3:6]} {s[6:]}', f'{s[:3]}-{s[3:6]}-{s[6:]}'])

def fmt_ohn(s):
    v = pick(['', '', ' ' + pick(['AB', 'KL', 'ZX', 'MC'])])
    return pick([s, f'{s[:4]}-{s[4:7]}-{s[7:]}', f'{s[:4]} {s[4:7]} {s[7:]}']) + v

def fmt_niss(s):
    return pick([s, f'{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}', f'{s[:6]} {s[6:9]} {s[9:]}'])

def fmt_nir(s):
    return pick([s, f'{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}'])

def fmt_dob(dob, lang):
    y, m, d = dob.split('-')
    k = R.randint(0, 3)
    if k == 0: return dob
    if k == 1: return f'{d}/{m}/{y}'
    if k == 2: return f'{d}-{m}-{y}' if lang == 'fr' else f'{m}/{d}/{y}'
    mois_fr = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
    mon_en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return f'{int(d)} {mois_fr[int(m) - 1]} {y}' if lang == 'fr' else f'{mon_en[int(m) - 1]} {int(d)}, {y}'

NAM_IDX = [0]
def patient(lang, region):
    """region: qc, on, be, fr"""
    if region == 'qc' and R.random() < 0.8:
        e = NAMS[NAM_IDX[0] % len(NAMS)]; NAM_IDX[0] += 1
        p = dict(first=e['first'], last=e['last'], dob=e['dob'], sex=e['sex'], nam=e['nam'])
    else:
        first, last, sex = person(lang)
        if region == 'be': last = pick(BE_L)
        if region == 'fr': last = pick(FRA_L)
        y = R.randint(1932, 2020)
        p = dict(first=first, last=last, dob=f'{y}-{R.randint(1,12):02d}-{R.randint(1,28):02d}', sex=sex, nam=None)
    p['region'] = region
    p['mrn'] = gen_mrn(region)
    if region == 'on': p['ohn'] = gen_ohn()
    if region == 'be': p['niss'] = gen_niss(p['dob'], p['sex'])
    if region == 'fr': p['nir'] = gen_nir(p['dob'], p['sex'])
    p['addr'] = address(region)
    p['tel'] = phone(region)
    p['age'] = 2026 - int(p['dob'][:4])
    return p

def pname(p, lang, style=None):
    style = style or pick(['full', 'full', 'title', 'upper', 'comma', 'init'])
    f, l = p['first'], p['last']
    if style == 'full': return f'{f} {l}'
    if style == 'title':
        t = T(lang, 'M.' if p['sex'] == 'M' else 'Mme', 'Mr.' if p['sex'] == 'M' else 'Ms.')
        return f'{t} {f} {l}'
    if style == 'upper': return f'{l.upper()}, {f}'
    if style == 'comma': return f'{l}, {f}'
    return f'{f[0]}. {l}'

def main_id(p, lang, types, style=None):
    """Return a string like 'NAM : XXXX' for the region's main insurance identifier; add type."""
    r = p['region']
    if r == 'qc' and p.get('nam'):
        types.add('ramq_nam')
        return f"{pick(['NAM', 'RAMQ', 'No RAMQ', 'Carte soleil' if lang == 'fr' else 'Medicare'])}: {fmt_id(p['nam'], style)}"
    if r == 'on':
        types.add('ca_health_number')
        return f"{pick(['OHIP', 'HCN', 'Health card', 'OHIP #'])}: {fmt_ohn(p['ohn'])}"
    if r == 'be':
        types.add('be_niss')
        return f"{pick(['NISS', 'N° national', 'Numéro de registre national'])} : {fmt_niss(p['niss'])}"
    if r == 'fr':
        types.add('fr_nir')
        return f"{pick(['NIR', 'N° SS', 'N° sécu'])} : {fmt_nir(p['nir'])}"
    types.add('mrn')
    return T(lang, 'Dossier', 'MRN') + f": {p['mrn']}"

def mrn_str(p, lang, types):
    types.add('mrn')
    lab = pick([T(lang, 'No dossier', 'MRN'), T(lang, 'Dossier', 'Chart #'), T(lang, 'N° de dossier', 'Chart'), 'MRN', T(lang, 'DME', 'EMR')])
    return f'{lab} {p["mrn"]}'

def region_for(lang):
    if lang == 'fr':
        return pick(['qc'] * 6 + ['be', 'be', 'fr', 'fr'])
    return pick(['on'] * 5 + ['qc'] * 4)

# ---------------------------------------------------------------- staff / signatures
def staff(lang, region=None):
    f, l, s = person(lang)
    return f, l, s

def org_of(region):
    return ORGS[region if region in ORGS else 'qc'] if not region.startswith('qc') else ORGS[pick(['qc', 'qc', 'qc2'])]

def signature(lang, region, f, l, role=None):
    org, dom, _ = org_of(region)
    role = role or pick(T(lang, ['inf. clinicienne', 'md, FRCPC', 'agente administrative', 'T.S.', 'pharmacien', 'coordonnatrice', 'M.D.', 'inf. aux.'],
                          ['RN', 'MD, FRCPC', 'Unit Clerk', 'MSW, RSW', 'RPh', 'Coordinator', 'NP', 'Admin Assistant']))
    svc = pick(T(lang, ['Médecine interne', 'Cardiologie', 'Soutien à domicile', 'Service social', 'Pharmacie', 'Urgence', 'Archives médicales', 'Oncologie'],
                     ['Internal Medicine', 'Cardiology', 'Home & Community Care', 'Social Work', 'Pharmacy', 'Emergency', 'Health Records', 'Oncology']))
    lines = [f'{f} {l}, {role}', svc, org, f'{R.randint(100,9999)} {pick(["boul. de l’Hôpital", "rue Sherbrooke", "University Ave", "Hospital Rd"])}',
             f'Tél. {phone(region)} poste {R.randint(1000,9999)}' if lang == 'fr' else f'T {phone(region)} ext. {R.randint(1000,9999)}']
    if R.random() < 0.5:
        lines.append(T(lang, 'AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. Si vous l’avez reçu par erreur, veuillez le détruire et en aviser l’expéditeur.',
                         'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, please delete it and notify the sender.'))
    return '\n'.join(lines)

def gen_date(i):
    base = datetime.datetime(2026, 11, 23, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    return base + datetime.timedelta(minutes=7 * i + R.randint(0, 6), days=R.randint(0, 4))

# ---------------------------------------------------------------- attachments
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                import re
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-01-01T00:00:00Z\g<3>', blob)
            z.writestr(zi, blob)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont('Helvetica-Bold', 13); c.drawString(60, y, title); y -= 26
    c.setFont('Helvetica', 10)
    for ln in lines:
        for sub in ln.split('\n'):
            c.drawString(60, y, sub[:110]); y -= 14
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 740
    c.save()
    return buf.getvalue()

def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 1, 1)
    d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.core_properties.author = 'rédaction'
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO(); d.save(buf)
    return normalize_zip(buf.getvalue())

def make_xlsx(rows, sheet='Feuil1'):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2026, 1, 1)
    wb.properties.modified = datetime.datetime(2026, 1, 1)
    wb.properties.creator = 'export'
    ws = wb.active; ws.title = sheet
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO(); wb.save(buf)
    return normalize_zip(buf.getvalue())

def make_csv(rows, sep=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    for r in rows: w.writerow(r)
    return buf.getvalue().encode('utf-8')

def make_ics(summary, desc, start, location, organizer):
    s = start.strftime('%Y%m%dT%H%M%S')
    e = (start + datetime.timedelta(minutes=30)).strftime('%Y%m%dT%H%M%S')
    desc = desc.replace('\\', '\\\\').replace('\n', '\\n').replace(',', '\\,').replace(';', '\\;')
    summary = summary.replace(',', '\\,').replace(';', '\\;')
    location = location.replace(',', '\\,').replace(';', '\\;')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Exemple//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'UID:{R.randint(10**8, 10**9)}@agenda.example', 'DTSTAMP:20261120T120000Z', f'DTSTART;TZID=America/Toronto:{s}',
             f'DTEND;TZID=America/Toronto:{e}', f'SUMMARY:{summary}', f'DESCRIPTION:{desc}', f'LOCATION:{location}',
             f'ORGANIZER:mailto:{organizer}', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')

def make_vcf(first, last, tel, addr, note, org=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{last};{first};;;', f'FN:{first} {last}', f'TEL;TYPE=HOME:{tel}',
             'ADR;TYPE=HOME:;;' + addr.replace(',', '\\,') + ';;;;']
    if org: lines.append(f'ORG:{org}')
    if note: lines.append('NOTE:' + note.replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()

MIME = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
        'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip'), 'txt': ('text', 'plain')}

# ================================================================ POSITIVE templates
DX = {'fr': ['insuffisance cardiaque décompensée', 'MPOC exacerbée', 'pneumonie LID', 'FA rapide', 'diabète type 2 mal contrôlé', 'IRC stade 4',
             'cellulite jambe G', 'AVC ischémique', 'néo du sein G', 'delirium', 'fracture hanche D', 'embolie pulmonaire', 'cirrhose ROH', 'dépression majeure'],
      'en': ['CHF exacerbation', 'COPD flare', 'RLL pneumonia', 'AFib with RVR', 'poorly controlled T2DM', 'CKD stage 4', 'L leg cellulitis',
             'ischemic stroke', 'L breast ca', 'delirium', 'R hip fracture', 'PE', 'alcoholic cirrhosis', 'major depressive disorder']}
MEDS = ['apixaban 5 mg BID', 'metformine 500 mg BID', 'furosémide 40 mg DIE', 'ramipril 5 mg die', 'atorvastatine 40 mg HS', 'insuline glargine 22 u HS',
        'hydromorphone 1 mg q4h PRN', 'quétiapine 25 mg HS', 'warfarine selon INR', 'pantoprazole 40 mg die', 'salbutamol 2 inh QID PRN', 'méthadone 60 mg die']
LABS = [('K+', '6.8 mmol/L'), ('Hb', '62 g/L'), ('INR', '5.9'), ('troponine hs', '1840 ng/L'), ('Na', '118 mmol/L'), ('glucose', '1.9 mmol/L'),
        ('créatinine', '412 µmol/L'), ('lactate', '5.2 mmol/L'), ('plaquettes', '14 x10^9/L')]

def dx(lang): return pick(DX[lang])

def P_referral(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'diagnosis', 'date_of_birth'}
    spec = pick(T(lang, ['cardiologie', 'néphrologie', 'gériatrie', 'pneumologie', 'gastro'], ['cardiology', 'nephrology', 'geriatrics', 'respirology', 'GI']))
    d = dx(lang); m = pick(MEDS); t.add('medication')
    sf, sl, _ = staff(lang)
    body = T(lang,
        f"Bonjour,\n\nDemande de consultation en {spec} pour {pname(p, lang)}, né{'e' if p['sex']=='F' else ''} le {fmt_dob(p['dob'], lang)}.\n{main_id(p, lang, t)}\nRaison : {d}, détérioration depuis 3 sem.\nRx actuelle : {m}\nPriorité B svp.\n\nMerci\n",
        f"Hi,\n\nReferral to {spec} for {pname(p, lang)}, DOB {fmt_dob(p['dob'], lang)}.\n{main_id(p, lang, t)}\nReason: {d}, worsening x3 wks.\nCurrent meds: {m}\nPlease book semi-urgent.\n\nThanks\n")
    subj = T(lang, f'Demande de consultation - {spec}', f'Referral - {spec}')
    if R.random() < 0.3: subj += f' - {p["last"]}'
    return dict(cat='referral', subject=subj, body=body, types=t, region=reg, note='referral naming patient with DOB, insurance id, diagnosis, medication', sender=(sf, sl))

def P_signout(lang):
    reg = region_for(lang); t = {'patient_name', 'diagnosis'}
    n = R.randint(4, 7); rows = []
    for i in range(n):
        p = patient(lang, reg)
        room = f'{pick(["4B", "5A", "6N", "7S", "USI"])}-{R.randint(1,40):02d}'
        nm = pick([f'{p["last"].upper()} {p["first"][0]}.', f'{p["last"]}, {p["first"]}', f'{p["first"]} {p["last"]}', p['last']])
        todo = pick(T(lang, ['suivre K+ 6h', 'INR ce soir', 'NPO minuit pour endo', 'si fièvre: hémocs x2', 'famille appelle, DNR à discuter', 'surveiller sevrage ROH'],
                          ['f/u K+ at 6', 'INR tonight', 'NPO after MN for scope', 'if febrile: BC x2', 'family calling re: DNR', 'watch for EtOH withdrawal']))
        mrn = p['mrn'] if R.random() < 0.5 else ''
        rows.append([room, nm, mrn, dx(lang), todo])
    if any(r[2] for r in rows): t.add('mrn')
    hdr = T(lang, ['Lit', 'Patient', 'Dossier', 'Dx', 'À faire'], ['Bed', 'Patient', 'MRN', 'Dx', 'To do'])
    lines = [' | '.join(x for x in r if x) for r in rows]
    body = T(lang, 'Salut, voici la liste pour la garde de nuit:\n\n', 'Hey, sign-out for tonight:\n\n') + '\n'.join(lines) + T(lang, '\n\nBonne nuit\n', '\n\nPage me if anything\n')
    atts = []
    if R.random() < 0.35:
        fmt = pick(['xlsx', 'csv', 'docx', 'pdf'])
        data = {'xlsx': lambda: make_xlsx([hdr] + rows), 'csv': lambda: make_csv([hdr] + rows, pick([',', ';'])),
                'docx': lambda: make_docx('Sign-out', [T(lang, 'Liste de transfert', 'Handover list')], [hdr] + rows),
                'pdf': lambda: make_pdf('Sign-out', [' | '.join(hdr)] + lines)}[fmt]()
        atts.append((f'signout_{pick(["4B", "med", "nuit", "HO"])}.{fmt}', data))
        body = T(lang, 'Liste de garde en PJ. 2 instables (lits 4 et 12).\n', 'Sign-out attached. 2 sick ones flagged.\n')
    return dict(cat='signout_list', subject=T(lang, pick(['Liste de garde', 'Signout 4B', 'Transfert de garde - med int']), pick(['Sign-out', 'Handover 5A', 'night list'])),
                body=body, types=t, region=reg, atts=atts, note='handover list of several patients with rooms, names and problems', table=[hdr] + rows)

def P_booking(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'patient_contact'}
    clinic = pick(T(lang, ['clinique de diabète', 'endoscopie', 'IRM', 'clinique préop', 'ophtalmo'], ['diabetes clinic', 'endoscopy', 'MRI', 'pre-op clinic', 'ophthalmology']))
    if R.random() < 0.5: t.add('date_of_birth')
    body = T(lang,
        f"Bonjour,\nPouvez-vous reporter le RV de {pname(p, lang)} en {clinic} prévu jeudi? {'Elle' if p['sex']=='F' else 'Il'} est hospitalisé{'e' if p['sex']=='F' else ''} chez sa fille.\nTél. pour la rejoindre : {p['tel']}\n" + (f"DDN {fmt_dob(p['dob'], lang)}\n" if 'date_of_birth' in t else '') + "Merci!\n",
        f"Hello,\nCould you rebook {pname(p, lang)}'s {clinic} appt from Thursday? {'She' if p['sex']=='F' else 'He'} is unable to attend - staying with family.\nBest number: {p['tel']}\n" + (f"DOB {fmt_dob(p['dob'], lang)}\n" if 'date_of_birth' in t else '') + "Thx\n")
    if R.random() < 0.4:
        body += mrn_str(p, lang, t) + '\n'
    atts = []
    if R.random() < 0.35:
        org, dom, _ = org_of(reg)
        atts.append(('rendez-vous.ics' if lang == 'fr' else 'appointment.ics',
                     make_ics(f'{clinic} - {p["last"]} {p["first"]}', T(lang, f'Patient: {p["first"]} {p["last"]} tel {p["tel"]}', f'Pt: {p["first"]} {p["last"]} ph {p["tel"]}'),
                              datetime.datetime(2026, 12, R.randint(1, 20), R.randint(8, 15), 0), f'{org} {clinic}', f'rdv@{dom}')))
    return dict(cat='booking', subject=T(lang, 'Report de RV', 'Rebooking request'), body=body, types=t, region=reg, atts=atts,
                note='rebooking request naming patient with personal phone')

def P_critical(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'lab_result'}
    a, v = pick(LABS)
    body = T(lang,
        f"VALEUR CRITIQUE\n{pname(p, lang, pick(['upper', 'comma']))} - {mrn_str(p, lang, t)}\n{a} = {v} (prélevé 06:40)\nMD traitant avisé? SVP confirmer réception.\nLabo biochimie\n",
        f"CRITICAL VALUE\n{pname(p, lang, pick(['upper', 'comma']))} - {mrn_str(p, lang, t)}\n{a} = {v} (collected 06:40)\nPlease confirm MRP notified.\nCore Lab\n")
    return dict(cat='critical_value', subject=T(lang, f'Valeur critique {a}', f'Critical {a}') + (f' - {p["last"]}' if R.random() < 0.5 else ''),
                body=body, types=t, region=reg, note='critical lab value for named patient with chart number')

def P_lab_followup(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'lab_result'}
    doc = p['last'] if R.random() < 0.3 else pick(FR_L if lang == 'fr' else EN_L)
    res = pick(T(lang, ['HbA1c 9,8 %', 'TSH 0,01', 'PSA 14,2', 'ferritine 4', 'culture urine: E. coli BLSE', 'biopsie: adénocarcinome'],
                     ['HbA1c 9.8%', 'TSH 0.01', 'PSA 14.2', 'ferritin 4', 'urine cx: ESBL E. coli', 'biopsy: adenocarcinoma']))
    body = T(lang,
        f"Dr {doc},\nRésultat reçu pour votre patient{'e' if p['sex']=='F' else ''} {pname(p, lang)} ({fmt_dob(p['dob'], lang)}) : {res}.\nMerci de faire le suivi, {'elle' if p['sex']=='F' else 'il'} n'a pas de RV prévu.\n",
        f"Dr. {doc},\nResult in for your patient {pname(p, lang)} ({fmt_dob(p['dob'], lang)}): {res}.\nPls follow up - no appt booked.\n")
    t.add('date_of_birth')
    if R.random() < 0.5: body += main_id(p, lang, t) + '\n'
    return dict(cat='lab_followup', subject=T(lang, 'Suivi de résultat', 'Result follow-up'), body=body, types=t, region=reg, note='result follow-up for named patient with DOB')

def P_discharge(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'diagnosis', 'medication', 'date_of_birth'}
    d = dx(lang); meds = [pick(MEDS) for _ in range(3)]
    idl = main_id(p, lang, t)
    lines = [T(lang, 'Nom', 'Name') + f': {p["last"].upper()}, {p["first"]}', T(lang, 'DDN', 'DOB') + f': {p["dob"]}', idl, mrn_str(p, lang, t),
             T(lang, 'Admission', 'Admitted') + ': 2026-11-14   ' + T(lang, 'Congé', 'Discharged') + ': 2026-11-22',
             T(lang, 'Diagnostic principal', 'Most responsible dx') + f': {d}', T(lang, 'Médication au congé', 'Discharge meds') + ':'] + ['  - ' + m for m in meds] + \
            [T(lang, 'Suivi MD famille 2 sem.', 'F/u with FP in 2 wks.')]
    kind = pick(['pdf', 'docx', 'inline'])
    atts = []
    if kind == 'pdf':
        atts.append((f'sommaire_conge_{p["last"]}.pdf' if lang == 'fr' else f'discharge_{p["mrn"].replace(" ", "")}.pdf', make_pdf(T(lang, 'Résumé de départ', 'Discharge summary'), lines)))
        body = T(lang, 'Bonjour, ci-joint le résumé de départ. Bonne journée.\n', 'Hi, discharge summary attached.\n')
    elif kind == 'docx':
        atts.append(('resume_depart.docx' if lang == 'fr' else 'discharge_summary.docx', make_docx(T(lang, 'Résumé de départ', 'Discharge summary'), lines)))
        body = T(lang, 'Voir document joint. Dicté par Dr ' + pick(FR_L) + '.\n', 'See attached. Dictated by Dr ' + pick(EN_L) + '.\n')
    else:
        body = T(lang, 'Résumé de départ:\n\n', 'Discharge summary:\n\n') + '\n'.join(lines) + '\n'
    return dict(cat='discharge_summary', subject=T(lang, 'Résumé de départ', 'Discharge summary'), body=body, types=t, region=reg, atts=atts,
                note='discharge summary (inline or attached) with name, ids, diagnosis and medications')

def P_medrec(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'medication'}
    meds = sorted(set(pick(MEDS) for _ in range(4)))
    body = T(lang,
        f"Bonjour pharmacie {pick(['Jean Coutu', 'Familiprix', 'Uniprix', 'du Village'])},\nBilan comparatif pour {pname(p, lang)}, {'Mme' if p['sex']=='F' else 'M.'} tél {p['tel']}.\nPouvez-vous confirmer le profil? Nous avons:\n" + '\n'.join('- ' + m for m in meds) + "\nCessé: AINS (IRA).\n",
        f"Hi,\nMed rec for {pname(p, lang)}, ph {p['tel']}. Can you fax/e-mail the community profile? We have:\n" + '\n'.join('- ' + m for m in meds) + "\nStopped: NSAIDs (AKI).\n")
    t.add('patient_contact')
    if R.random() < 0.5: body += main_id(p, lang, t) + '\n'
    return dict(cat='pharmacy_medrec', subject=T(lang, 'Bilan comparatif des médicaments', 'Med rec request'), body=body, types=t, region=reg, note='medication reconciliation for named patient')

def P_homecare(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'patient_contact', 'diagnosis'}
    body = T(lang,
        f"Demande SAD - {pname(p, lang)}\nAdresse : {p['addr']}\nTél : {p['tel']}\nSoins : pansement plaie sacrée stade 3, 3x/sem. Vit seul{'e' if p['sex']=='F' else ''}, clé chez voisine.\nDébut : lundi\n",
        f"Home care referral - {pname(p, lang)}\nAddress: {p['addr']}\nPhone: {p['tel']}\nNeeds: sacral wound dressing (stage 3) 3x/wk. Lives alone, key with neighbour.\nStart Monday.\n")
    if R.random() < 0.5: body += main_id(p, lang, t) + '\n'
    atts = []
    if R.random() < 0.3:
        atts.append((f'{p["last"]}.vcf', make_vcf(p['first'], p['last'], p['tel'], p['addr'], T(lang, 'Client SAD - plaie sacrée', 'Home care client - sacral wound'))))
    return dict(cat='home_care', subject=T(lang, 'Référence soutien à domicile', 'Home care referral'), body=body, types=t, region=reg, atts=atts,
                note='home care request with patient name, home address, phone and wound care')

def P_transport(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'patient_contact'}
    body = T(lang,
        f"Bonjour,\nTransport adapté svp pour {pname(p, lang)}\nCueillette : {p['addr']}\nTél : {p['tel']}\nRV dialyse lun-mer-ven 7h30, fauteuil roulant, O2 2L.\n",
        f"Hi,\nPlease book transport for {pname(p, lang)}\nPickup: {p['addr']}\nPhone: {p['tel']}\nDialysis MWF 07:30, wheelchair, on 2L O2.\n")
    t.add('diagnosis')
    return dict(cat='transport', subject=T(lang, 'Transport - dialyse', 'Transport booking - dialysis'), body=body, types=t, region=reg, note='transport request with patient address and care need')

def P_social(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'social_information'}
    issue = pick(T(lang, ['signalement DPJ fait ce matin pour les 2 enfants', 'perte de logement, refuge à trouver', 'violence conjugale, ne pas divulguer sa présence à l’étage',
                          'demande d’aide sociale en cours', 'sans statut, pas de couverture RAMQ', 'conjoint incarcéré, curatelle à évaluer'],
                     ['CAS report filed this am re: 2 children', 'losing housing, shelter needed', 'IPV - do not disclose presence on unit',
                      'ODSP application pending', 'no status, uninsured', 'partner incarcerated, capacity assessment pending']))
    body = T(lang,
        f"Bonjour,\nPour info concernant {pname(p, lang)} ({p['age']} ans, ch. {R.randint(400,799)}) : {issue}.\nJe reprends demain.\n",
        f"Hi,\nFYI re {pname(p, lang)} ({p['age']} y/o, rm {R.randint(400,799)}): {issue}.\nWill f/u tomorrow.\n")
    if R.random() < 0.5: body += mrn_str(p, lang, t) + '\n'
    return dict(cat='social_work', subject=T(lang, 'Service social - suivi', 'SW note') + (f' {p["last"]}' if R.random() < 0.4 else ''), body=body, types=t, region=reg,
                note='social work note naming patient with social situation')

def P_insurance(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'ca_sin', 'diagnosis'}
    s = gen_sin()
    body = T(lang,
        f"Objet : réclamation invalidité\nAssuré{'e' if p['sex']=='F' else ''} : {pname(p, lang)}\nNAS : {fmt_sin(s)}\nDiagnostic : {dx(lang)}\nArrêt de travail du 2026-10-02 au 2026-12-15.\nFormulaire APS en pièce jointe à venir.\n",
        f"Re: disability claim\nClaimant: {pname(p, lang)}\nSIN: {fmt_sin(s)}\nDx: {dx(lang)}\nOff work 2026-10-02 to 2026-12-15.\nAPS form to follow.\n")
    atts = []
    if R.random() < 0.4:
        atts.append(('formulaire_assureur.pdf' if lang == 'fr' else 'APS_form.pdf', make_pdf('APS', [f'{p["last"]}, {p["first"]}', f'SIN/NAS {s}', f'DOB {p["dob"]}', dx(lang)])))
        t.add('date_of_birth')
    return dict(cat='insurance_billing', subject=T(lang, 'Réclamation - ' + p['last'], 'Claim - ' + p['last']), body=body, types=t, region=reg, atts=atts,
                note='insurer claim with claimant name, SIN and diagnosis')

def P_research(lang):
    reg = region_for(lang); t = {'patient_name', 'mrn'}
    rows = [[T(lang, 'Code étude', 'Study ID'), T(lang, 'Nom', 'Name'), T(lang, 'Dossier', 'MRN'), T(lang, 'Visite', 'Visit')]]
    for i in range(R.randint(3, 6)):
        p = patient(lang, reg)
        rows.append([f'HF-{R.randint(100,999)}', f'{p["last"]}, {p["first"]}', p['mrn'], pick(['V2', 'V3', 'screening', 'EOS'])])
    body = T(lang, 'Bonjour, voici les participants à voir cette semaine (ne pas transférer).\n\n', 'Hi, participants due this week (do not forward).\n\n') + \
        '\n'.join('\t'.join(r) for r in rows) + '\n'
    return dict(cat='research_coord', subject=T(lang, 'Visites étude HF-REDUCE', 'HF-REDUCE visits'), body=body, types=t, region=reg, table=rows,
                note='research participant list with names and chart numbers')

def P_incident(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'mrn'}
    body = T(lang,
        f"Rapport AH-223\nDate : 2026-11-21 03h10\nUsager : {pname(p, lang)}, {mrn_str(p, lang, set())}\nÉvénement : chute en se levant seul{'e' if p['sex']=='F' else ''}, lacération arcade, sous {pick(MEDS)}.\nConséquence : points de suture, scan tête normal.\n",
        f"Incident report\nDate: 2026-11-21 03:10\nPatient: {pname(p, lang)}, {mrn_str(p, lang, set())}\nEvent: unwitnessed fall, lac to brow, on {pick(MEDS)}.\nOutcome: sutures, CT head neg.\n")
    t |= {'medication'}
    return dict(cat='incident_report', subject=T(lang, 'Déclaration incident/accident', 'Safety incident report'), body=body, types=t, region=reg,
                note='incident report about named patient fall with chart number')

def P_family(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'diagnosis'}
    rel = pick(T(lang, ['fille', 'fils', 'conjointe', 'frère'], ['daughter', 'son', 'wife', 'brother']))
    body = T(lang,
        f"Bonjour Madame,\nComme discuté au téléphone, votre {'mère' if p['sex']=='F' else 'père'}, {pname(p, lang, 'full')}, est stable ce matin. Le diagnostic de {dx(lang)} est confirmé; la rencontre familiale aura lieu mercredi 14h.\nCordialement\n",
        f"Dear {pick(EN_F)},\nAs discussed, your {'mother' if p['sex']=='F' else 'father'} {pname(p, lang, 'full')} is stable this morning. The {dx(lang)} diagnosis is confirmed; family meeting Wednesday 2 pm.\nRegards\n")
    return dict(cat='family_letter', subject=T(lang, f'Nouvelles de votre {"mère" if p["sex"]=="F" else "père"}', 'Update on your ' + ('mother' if p['sex'] == 'F' else 'father')),
                body=body, types=t, region=reg, ext_personal=True, note='message to family member naming patient and diagnosis')

def P_subject_only(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'mrn'}
    what = pick(T(lang, ['résultat biopsie', 'scan abdo', 'congé demain', 'VIH +', 'grossesse confirmée'], ['biopsy result', 'CT abdo', 'd/c tomorrow', 'HIV +', 'pregnancy confirmed']))
    t.add('diagnosis' if 'VIH' in what or 'HIV' in what or 'grossesse' in what or 'pregnancy' in what else 'lab_result')
    subj = f'{p["last"]} {p["first"]} {p["mrn"]} - {what}'
    body = pick(T(lang, ['Vu, merci. Je l’appelle demain.', 'ok je m’en occupe', 'Reçu.'], ['Seen, thanks. Will call pt tomorrow.', 'ok on it', 'Got it.'])) + '\n'
    return dict(cat='subject_only', subject=subj, body=body, types=t, region=reg, note='patient name, chart number and finding in the Subject only')

def P_split(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'diagnosis'}
    subj = T(lang, f'Re: {p["last"]}', f'RE: {p["last"]}')
    body = T(lang, f"{p['first']} a été revu{'e' if p['sex']=='F' else ''} ce matin, {dx(lang)} en amélioration. ", f"{p['first']} seen this am, {dx(lang)} improving. ") + \
        main_id(p, lang, t, pick(['plain', 'spaces', 'split'])) + '\n'
    return dict(cat='split_subject_body', subject=subj, body=body, types=t, region=reg, note='surname in Subject, given name, diagnosis and identifier in body')

def P_disguised(lang):
    reg = pick(['qc', 'qc', 'on']) if lang == 'en' else 'qc'
    p = patient(lang, reg)
    while reg == 'qc' and not p.get('nam'):
        p = patient(lang, reg)
    t = {'patient_name', 'diagnosis'}
    if reg == 'qc':
        t.add('ramq_nam'); n = p['nam']
        idtxt = pick([' '.join(n), n[:4].lower() + ' ' + n[4:8] + ' ' + n[8:], n[:4] + ' / ' + n[4:].translate(FW), n[:6] + '-\n' + n[6:]])
    else:
        t.add('ca_health_number'); n = p['ohn']
        idtxt = pick([' '.join(n), n[:3] + ' . ' + n[3:6] + ' . ' + n[6:], n.translate(FW)])
    body = T(lang,
        f"(j’écris le numéro espacé pour que le filtre ne bloque pas)\n{p['first']} {p['last']} - {idtxt}\nSuivi {dx(lang)}, svp rappeler.\n",
        f"(spacing the number so the filter won't bounce it)\n{p['first']} {p['last']} - {idtxt}\nF/u {dx(lang)}, please call back.\n")
    return dict(cat='disguised_id', subject=T(lang, 'suivi', 'follow up'), body=body, types=t, region=reg, note='identifier deliberately spaced/obfuscated next to patient name and diagnosis')

def P_export(lang):
    reg = region_for(lang); t = {'patient_name', 'date_of_birth'}
    hdr = [T(lang, 'Nom', 'Last'), T(lang, 'Prénom', 'First'), T(lang, 'DDN', 'DOB'), 'ID', T(lang, 'Motif', 'Reason')]
    rows = [hdr]
    for i in range(R.randint(5, 12)):
        p = patient(lang, reg); idt = set(); s = main_id(p, lang, idt, 'plain').split(': ')[-1].strip()
        t |= idt
        rows.append([p['last'], p['first'], p['dob'], s, dx(lang)])
    t.add('diagnosis')
    fmt = pick(['csv', 'xlsx', 'zip'])
    if fmt == 'csv':
        atts = [('liste_attente.csv' if lang == 'fr' else 'waitlist.csv', make_csv(rows, pick([',', ';'])))]
    elif fmt == 'xlsx':
        atts = [('liste_attente.xlsx' if lang == 'fr' else 'waitlist.xlsx', make_xlsx(rows))]
    else:
        atts = [('export.zip', make_zip([('waitlist.csv', make_csv(rows)), ('lisezmoi.txt', b'Export DME\r\n')]))]
    body = T(lang, 'Bonjour,\nExport de la liste d’attente tel que demandé.\n', 'Hi,\nWaitlist export as requested.\n')
    return dict(cat='waitlist_export', subject=T(lang, 'Export liste d’attente', 'Waitlist export'), body=body, types=t, region=reg, atts=atts,
                note='attached export listing patients with DOB, identifiers and reasons')

def P_be_fr_letter(lang):
    reg = pick(['be', 'fr']); lang = 'fr'; p = patient('fr', reg); t = {'patient_name', 'diagnosis', 'date_of_birth'}
    body = (f"Cher Confrère,\n\nJe vous adresse {pname(p, 'fr', 'title')}, né{'e' if p['sex']=='F' else ''} le {fmt_dob(p['dob'], 'fr')}, "
            f"{main_id(p, 'fr', t)}, pour prise en charge d’une {pick(['BPCO stade III', 'polyarthrite rhumatoïde', 'néoplasie colique', 'insuffisance rénale'])}.\n"
            f"Traitement en cours : {pick(MEDS)}.\n\nBien confraternellement,\n")
    t.add('medication')
    return dict(cat='letter_be_fr', subject='Adressage ' + ('patient' if R.random() < 0.5 else p['last']), body=body, types=t, region=reg, lang='fr',
                note='physician letter (Belgium/France) with patient name, DOB, NISS/NIR and diagnosis')

def P_ics_patient(lang):
    reg = region_for(lang); p = patient(lang, reg); t = {'patient_name', 'diagnosis'}
    org, dom, _ = org_of(reg)
    what = pick(T(lang, ['Chimio C3', 'Rencontre famille', 'Ponction lombaire', 'Colonoscopie'], ['Chemo C3', 'Family meeting', 'Lumbar puncture', 'Colonoscopy']))
    desc = f'{p["first"]} {p["last"]} - {dx(lang)}\n' + mrn_str(p, lang, t)
    ics = make_ics(f'{what} - {p["last"]}', desc, datetime.datetime(2026, 12, R.randint(1, 18), R.randint(8, 15), 30), f'{org} salle {R.randint(1,9)}', f'agenda@{dom}')
    body = T(lang, 'Invitation ci-jointe.\n', 'Calendar invite attached.\n')
    return dict(cat='ics_appointment', subject=T(lang, 'Invitation: ', 'Invitation: ') + what, body=body, types=t, region=reg, atts=[('invite.ics', ics)],
                note='calendar invitation whose event names the patient, diagnosis and chart')

POS_T = [(P_referral, 10), (P_signout, 10), (P_booking, 8), (P_critical, 7), (P_lab_followup, 7), (P_discharge, 8), (P_medrec, 6), (P_homecare, 7),
         (P_transport, 6), (P_social, 7), (P_insurance, 5), (P_research, 4), (P_incident, 5), (P_family, 5), (P_subject_only, 5), (P_split, 5),
         (P_disguised, 4), (P_export, 5), (P_be_fr_letter, 4), (P_ics_patient, 2)]

# ================================================================ NEGATIVE templates
def lookalike_9():
    b = str(R.randint(10000000, 99999999)); return b + luhn.calc_check_digit(b)

def lookalike_10():
    b = str(R.randint(100000000, 999999999)); return b + luhn.calc_check_digit(b)

def N_schedule(lang):
    reg = region_for(lang)
    days = T(lang, ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'], ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    hdr = [T(lang, 'Employé', 'Staff'), T(lang, 'Matricule', 'Emp #')] + days
    rows = [hdr]
    for i in range(R.randint(6, 10)):
        f, l, _ = staff(lang)
        rows.append([f'{l}, {f}', str(R.randint(100000, 9999999))] + [pick(['J', 'S', 'N', '-', '-', 'CM' if lang == 'fr' else 'SL', 'V']) for _ in days])
    body = T(lang, 'Bonjour à tous,\nHoraire de la semaine du 30 nov. Légende : J=jour S=soir N=nuit CM=congé maladie V=vacances.\nÉchanges à faire approuver par Josée.\n\n',
             'Hi all,\nSchedule for week of Nov 30. J=day S=evening N=night SL=sick leave V=vacation.\nShift swaps via the manager please.\n\n')
    body += '\n'.join(' | '.join(r) for r in rows) + '\n'
    atts = [('horaire.xlsx' if lang == 'fr' else 'schedule.xlsx', make_xlsx(rows))] if R.random() < 0.4 else []
    return dict(cat='staff_schedule', subject=T(lang, 'Horaire 4B - semaine du 30 nov.', '5A schedule - week of Nov 30'), body=body, types=set(), region=reg, table=rows, atts=atts,
                note='nursing staff schedule with employee numbers and leave codes')

def N_sick_leave(lang):
    reg = region_for(lang); f, l, s = staff(lang)
    body = T(lang,
        f"Bonjour,\nPour votre info, {f} {l} (inf., 4B) sera en congé maladie à partir du 1er déc. pour une chirurgie (retour prévu fin janvier). Merci de ne pas lui assigner de formation d’ici là.\nRH - Gestion de la présence au travail\n",
        f"Hi,\nFYI {f} {l} (RN, 5A) will be on medical leave from Dec 1 for surgery, expected back end of January. Please remove from the orientation roster.\nHR - Attendance Management\n")
    return dict(cat='hr_leave', subject=T(lang, 'Absence - personnel 4B', 'Staff leave - 5A'), body=body, types=set(), region=reg, note='HR notice of an employee medical leave')

def N_newsletter(lang):
    reg = region_for(lang); f, l, _ = staff(lang)
    topic = pick(T(lang, ['le diabète de type 2', 'l’insuffisance cardiaque', 'la maladie de Lyme', 'la MPOC', 'le cancer colorectal'],
                       ['type 2 diabetes', 'heart failure', 'Lyme disease', 'COPD', 'colorectal cancer']))
    body = T(lang,
        f"INFOLETTRE CLINIQUE - novembre\n\nCe mois-ci : {topic}.\nLa Dre {f} {l}, endocrinologue, rappelle que 1 adulte sur 10 est atteint. Nouveautés : iSGLT2, suivi en GMF, trajectoire de soins.\nÀ lire aussi : campagne de vaccination antigrippale, 68 % du personnel vacciné.\n\nPour vous désabonner, répondez « désabonner ».\n",
        f"CLINICAL NEWSLETTER - November\n\nThis month: {topic}.\nDr. {f} {l}, our new lead, reminds us that 1 in 10 adults is affected. New: SGLT2i pathway, FHT follow-up, care pathway.\nAlso: flu campaign - 68% of staff vaccinated.\n\nTo unsubscribe reply STOP.\n")
    return dict(cat='newsletter', subject=T(lang, 'Infolettre clinique - ', 'Clinical newsletter - ') + topic, body=body, types=set(), region=reg, html_pref=True,
                note='newsletter about a disease naming a staff physician')

def N_invoice(lang):
    reg = region_for(lang); inv = lookalike_9(); po = lookalike_10()
    vendor = pick(['Médi-Fournitures inc.', 'Northern Surgical Supply Ltd.', 'Labo Biomed SENC', 'OrthoTech Canada'])
    lines = [f'{T(lang, "Facture", "Invoice")} {inv[:3]} {inv[3:6]} {inv[6:]}', f'PO {po}', f'{T(lang, "Lot", "Lot")} {R.randint(10**6, 10**7)}-{pick("ABCD")}',
             f'{T(lang, "Gants nitrile M x 50 boîtes", "Nitrile gloves M x 50 boxes")}  412,50 $', f'{T(lang, "Cathéters 20G x 200", "20G catheters x 200")}  318,00 $', 'TPS/TVQ/HST  ...']
    body = T(lang, f'Bonjour,\nVeuillez trouver la facture {inv} ({vendor}) pour le bon de commande {po}. Paiement net 30 jours.\n',
             f'Hello,\nPlease find invoice {inv} from {vendor} for PO {po}. Terms net 30.\n')
    atts = [(f'facture_{inv}.pdf' if lang == 'fr' else f'invoice_{inv}.pdf', make_pdf(vendor, lines))] if R.random() < 0.6 else []
    if not atts: body += '\n'.join(lines) + '\n'
    return dict(cat='invoice', subject=T(lang, f'Facture {inv}', f'Invoice {inv}'), body=body, types=set(), region=reg, atts=atts, note='supplier invoice with checksum-valid invoice/PO numbers')

def N_po(lang):
    reg = region_for(lang)
    hdr = ['Item', T(lang, 'Description', 'Description'), 'Lot', 'Qty', 'No série' if lang == 'fr' else 'Serial']
    rows = [hdr] + [[str(R.randint(1000000, 9999999)), pick(['Pompe volumétrique', 'Infusion pump', 'Saturomètre', 'Bladder scanner', 'Thermomètre tympanique']),
                     f'L{R.randint(10**5, 10**6)}', str(R.randint(1, 20)), lookalike_9()] for _ in range(R.randint(3, 6))]
    atts = [('bon_commande.xlsx' if lang == 'fr' else 'purchase_order.xlsx', make_xlsx(rows))]
    body = T(lang, f'Bonjour,\nBon de commande {lookalike_10()} en PJ. Livraison quai 3, réception des marchandises.\n', f'Hi,\nPO {lookalike_10()} attached. Deliver to dock 3, Receiving.\n')
    return dict(cat='purchase_order', subject=T(lang, 'Bon de commande - génie biomédical', 'Purchase order - Biomed'), body=body, types=set(), region=reg, atts=atts,
                note='purchase order spreadsheet with item, lot and serial numbers')

def N_committee(lang):
    reg = region_for(lang); org, dom, _ = org_of(reg)
    com = pick(T(lang, ['Comité de prévention des infections', 'CMDP', 'Comité de gestion des risques', 'Comité de pharmacologie'],
                     ['Infection Prevention Committee', 'Medical Advisory Committee', 'Quality & Patient Safety Committee', 'P&T Committee']))
    body = T(lang, f'Bonjour,\nLa prochaine rencontre du {com} aura lieu le 9 décembre, 12h, salle B-214 et Teams.\nOrdre du jour : taux d’ERV par unité, audit hygiène des mains (81 %), politique d’isolement.\n',
             f'Hello,\nThe next {com} meeting is Dec 9, noon, room B-214 / Teams.\nAgenda: VRE rates by unit, hand hygiene audit (81%), isolation policy.\n')
    atts = [('invitation.ics', make_ics(com, T(lang, 'Ordre du jour en PJ', 'Agenda to follow'), datetime.datetime(2026, 12, 9, 12, 0), 'B-214', f'secretariat@{dom}'))] if R.random() < 0.6 else []
    return dict(cat='committee_notice', subject=T(lang, 'Convocation - ', 'Meeting notice - ') + com, body=body, types=set(), region=reg, atts=atts, note='committee meeting notice with aggregate agenda items')

def N_conference(lang):
    reg = region_for(lang)
    talks = []
    for h in ['8h30', '9h15', '10h30', '11h15', '13h30']:
        f, l, _ = staff(lang)
        talks.append(f'{h}  Dr{pick(["", "e"]) if lang == "fr" else "."} {f} {l} - ' + pick(T(lang, ['Prise en charge de la sclérose en plaques', 'Nouveautés en oncologie thoracique', 'Le delirium chez l’aîné', 'Hépatite C : vers l’élimination', 'Insuffisance cardiaque à FE préservée'],
                                                                                     ['Managing multiple sclerosis', 'Updates in lung cancer', 'Delirium in older adults', 'Hep C elimination', 'HFpEF in 2026'])))
    title = T(lang, 'Journée scientifique annuelle', 'Annual Medical Education Day')
    atts = [('programme.docx' if lang == 'fr' else 'programme.docx', make_docx(title, talks))] if R.random() < 0.5 else []
    body = title + '\n\n' + '\n'.join(talks) + T(lang, '\n\nInscription : formation@', '\n\nRegister: cme@') + org_of(reg)[1] + '\n'
    return dict(cat='conference_programme', subject=title, body=body, types=set(), region=reg, atts=atts, html_pref=True, note='conference programme with speakers and disease topics')

def N_it(lang):
    reg = region_for(lang)
    body = pick([T(lang, f'AVIS TI : maintenance du NAS-{R.randint(1,9):02d} (stockage réseau) samedi 22h à dimanche 4h. Les lecteurs partagés P: et S: seront indisponibles. Billet #{lookalike_9()}.\nCentre de services TI\n',
                        f'IT NOTICE: NAS-{R.randint(1,9):02d} (network storage) maintenance Sat 22:00-Sun 04:00. P: and S: drives unavailable. Ticket #{lookalike_9()}.\nIT Service Desk\n'),
                  T(lang, f'Bonjour,\nVotre appareil a été enrôlé. IMEI {R.randint(10**14, 10**15)}, actif n° {R.randint(100000, 999999)}. Mot de passe temporaire envoyé par SMS.\n',
                        f'Hi,\nYour device is enrolled. IMEI {R.randint(10**14, 10**15)}, asset tag {R.randint(100000, 999999)}. Temporary password sent by SMS.\n'),
                  T(lang, 'Panne du DME : l’accès aux résultats est rétabli depuis 10h12. Merci de votre patience.\n', 'EMR outage resolved as of 10:12. Results viewer is back up.\n')])
    return dict(cat='it_notice', subject=T(lang, 'Avis TI', 'IT notice'), body=body, types=set(), region=reg, note='IT notice (network storage, devices, outages)')

def N_facilities(lang):
    reg = region_for(lang)
    body = pick([T(lang, 'Stationnement P2 fermé le 3 déc. pour déneigement. Vignettes employés acceptées au P4.\n', 'P2 parking closed Dec 3 for snow removal. Staff permits honoured at P4.\n'),
                  T(lang, 'Cafétéria : menu des fêtes le 17 déc. Dinde, tourtière, bûche. 9,50 $.\n', 'Cafeteria: holiday lunch Dec 17. Turkey, tourtière, yule log. $9.50.\n'),
                  T(lang, 'Ascenseur 3 (pavillon B) hors service jusqu’à jeudi. Utiliser les ascenseurs 1-2.\n', 'Elevator 3 (B wing) out of service until Thursday.\n')])
    return dict(cat='facilities', subject=T(lang, 'Avis - services techniques', 'Facilities notice'), body=body, types=set(), region=reg, note='facilities notice')

def N_public_health(lang):
    reg = region_for(lang)
    n1, n2, n3 = R.randint(20, 300), R.randint(2, 40), R.randint(1, 12)
    body = T(lang,
        f"BULLETIN DE SANTÉ PUBLIQUE - sem. 47\nInfluenza A : {n1} cas confirmés dans la région (+18 %).\nVRS : {n2} hospitalisations pédiatriques.\nÉclosions en CHSLD : {n3}.\nRappel : déclaration obligatoire des MADO.\nDirection régionale de santé publique\n",
        f"PUBLIC HEALTH BULLETIN - week 47\nInfluenza A: {n1} lab-confirmed cases in the region (+18%).\nRSV: {n2} paediatric admissions.\nLTC outbreaks: {n3}.\nReminder: reportable diseases must be notified.\nRegional Public Health Unit\n")
    return dict(cat='public_health_bulletin', subject=T(lang, 'Bulletin de surveillance - sem. 47', 'Surveillance bulletin - wk 47'), body=body, types=set(), region=reg, html_pref=True,
                note='public health bulletin with aggregate case counts')

def N_unit_stats(lang):
    reg = region_for(lang)
    hdr = [T(lang, 'Unité', 'Unit'), 'C. diff', T(lang, 'Chutes', 'Falls'), T(lang, 'Plaies', 'Pressure inj.'), T(lang, 'Taux occ.', 'Occupancy')]
    rows = [hdr] + [[u, str(R.randint(0, 5)), str(R.randint(0, 9)), str(R.randint(0, 6)), f'{R.randint(85, 118)} %'] for u in ['4B', '5A', '6N', '7S', 'USI', 'URG']]
    body = T(lang, 'Bonjour,\nIndicateurs qualité d’octobre par unité :\n\n', 'Hi,\nOctober quality indicators by unit:\n\n') + '\n'.join('\t'.join(r) for r in rows) + '\n'
    return dict(cat='unit_statistics', subject=T(lang, 'Indicateurs qualité - octobre', 'Quality dashboard - October'), body=body, types=set(), region=reg, table=rows,
                note='per-unit aggregate quality statistics')

def N_job(lang):
    reg = region_for(lang); org = org_of(reg)[0]
    body = T(lang, f'AFFICHAGE DE POSTE #{R.randint(2026000, 2026999)}\nInfirmière clinicienne - oncologie, temps complet, jour.\n{org}\nExigences : BAC, membre OIIQ.\nSalaire selon convention. Postuler avant le 15 déc.\n',
             f'JOB POSTING #{R.randint(2026000, 2026999)}\nRegistered Nurse - Oncology, full-time days.\n{org}\nRequirements: BScN, CNO registration.\nPer collective agreement. Apply by Dec 15.\n')
    return dict(cat='job_posting', subject=T(lang, 'Affichage interne', 'Internal posting'), body=body, types=set(), region=reg, note='job posting')

def N_teaching(lang):
    reg = region_for(lang); age = R.randint(30, 85)
    body = T(lang,
        f"Cas clinique de la semaine (résidents)\nUn homme de {age} ans se présente à l’urgence pour dyspnée progressive. ATCD : HTA, tabagisme 40 paquets-années. TA 158/92, SpO2 88 %. Rx : infiltrat LID.\nQuestions : 1) DDx? 2) Prise en charge initiale?\nRéponses vendredi.\n",
        f"Case of the week (residents)\nA {age}-year-old man presents to the ED with progressive dyspnea. PMHx HTN, 40 pack-years. BP 158/92, SpO2 88%. CXR: RLL infiltrate.\nQ1: DDx? Q2: initial management?\nAnswers Friday.\n")
    return dict(cat='teaching_case', subject=T(lang, 'Cas clinique de la semaine', 'Case of the week'), body=body, types=set(), region=reg, note='anonymised teaching case')

def N_foundation(lang):
    reg = region_for(lang); f, l, s = person(lang)
    body = T(lang,
        f"Chers amis de la Fondation,\nNotre porte-parole, l’animatrice {f} {l}, qui a parlé publiquement de son combat contre le cancer du sein, lance la campagne « Ensemble en oncologie ». Objectif : 2 M$ pour le nouvel appareil de radiothérapie.\nMerci de votre générosité!\n",
        f"Dear Friends of the Foundation,\nOur campaign ambassador, broadcaster {f} {l}, who has spoken publicly about living with type 1 diabetes, launches 'Stronger Together'. Goal: $2M for the new diabetes education centre.\nThank you!\n")
    return dict(cat='foundation', subject=T(lang, 'Campagne annuelle de la Fondation', 'Foundation annual campaign'), body=body, types=set(), region=reg, html_pref=True,
                note='foundation mail naming a public figure and disease')

def N_media(lang):
    reg = region_for(lang); f, l, _ = person(lang)
    body = T(lang,
        f"COMMUNIQUÉ - Pour diffusion immédiate\nLa ministre {f} {l} annonce 14 M$ pour l’agrandissement de l’unité d’hémodialyse. « Plus de 300 patients par semaine en bénéficieront », a-t-elle déclaré.\nRelations médias : 514-555-0199\n",
        f"NEWS RELEASE - For immediate release\nMinister {f} {l} announced $14M to expand the dialysis unit, which will serve more than 300 patients a week.\nMedia contact: 416-555-0199\n")
    return dict(cat='media_release', subject=T(lang, 'Communiqué - hémodialyse', 'News release - dialysis expansion'), body=body, types=set(), region=reg, note='press release naming a minister and aggregate patient numbers')

def N_blank_form(lang):
    reg = region_for(lang)
    lines = [T(lang, 'Nom du patient : ____________', 'Patient name: ____________'), T(lang, 'NAM : ____ ____ ____', 'Health card #: ____-___-___'),
             T(lang, 'Date de naissance : AAAA-MM-JJ', 'DOB: YYYY-MM-DD'), T(lang, 'Diagnostic : ___________', 'Diagnosis: ___________'), T(lang, 'Signature du médecin : ______', 'Physician signature: ______')]
    fmt = pick(['pdf', 'docx'])
    data = make_pdf(T(lang, 'Formulaire de demande', 'Requisition form'), lines) if fmt == 'pdf' else make_docx(T(lang, 'Formulaire de demande', 'Requisition form'), lines)
    body = T(lang, 'Bonjour,\nNouvelle version du formulaire de demande de consultation (gabarit vierge). Merci de détruire les anciennes copies.\n',
             'Hi,\nUpdated consult requisition template (blank). Please discard old versions.\n')
    return dict(cat='blank_form', subject=T(lang, 'Nouveau formulaire', 'Updated requisition template'), body=body, types=set(), region=reg, atts=[(f'formulaire.{fmt}', data)], note='blank form template')

def N_training(lang):
    reg = region_for(lang)
    names = [' '.join(staff(lang)[:2]) for _ in range(R.randint(4, 8))]
    body = T(lang, 'Bonjour,\nLes personnes suivantes sont inscrites au RCR/SIR du 8 déc. (salle C-101) :\n', 'Hi,\nThe following are registered for BLS/ACLS recert on Dec 8 (room C-101):\n') + \
        '\n'.join(f'- {n} ({pick(["4B", "5A", "URG", "USI", "Bloc"])})' for n in names) + T(lang, '\nApportez votre carte d’employé.\n', '\nBring your staff ID.\n')
    return dict(cat='training', subject=T(lang, 'Inscriptions RCR', 'BLS recert list'), body=body, types=set(), region=reg, note='list of staff registered for training (looks like a roster)')

def N_vendor(lang):
    reg = region_for(lang)
    body = T(lang, f'AVIS DE RAPPEL - Santé Canada\nProduit : pompe à perfusion modèle VX-200, lots {R.randint(10**5,10**6)} à {R.randint(10**5,10**6)}, numéros de série {lookalike_10()} et suivants.\nRisque : occlusion non détectée. Retirer de la circulation.\n',
             f'RECALL NOTICE - Health Canada\nProduct: VX-200 infusion pump, lots {R.randint(10**5,10**6)}-{R.randint(10**5,10**6)}, serials {lookalike_10()} onward.\nRisk: undetected occlusion. Remove from service.\n')
    return dict(cat='vendor_recall', subject=T(lang, 'Rappel de produit', 'Product recall'), body=body, types=set(), region=reg, note='vendor recall with lots and serial numbers')

def N_directory(lang):
    reg = region_for(lang)
    hdr = [T(lang, 'Médecin', 'Physician'), T(lang, 'Spécialité', 'Specialty'), T(lang, 'Poste', 'Ext'), T(lang, 'Garde', 'On call')]
    specs = T(lang, ['Oncologie', 'Néphrologie (dialyse)', 'Psychiatrie', 'Maladies infectieuses (VIH)', 'Hépatologie', 'Gériatrie'],
              ['Oncology', 'Nephrology (dialysis)', 'Psychiatry', 'ID (HIV clinic)', 'Hepatology', 'Geriatrics'])
    rows = [hdr] + [[f'Dr {" ".join(staff(lang)[:2])}', pick(specs), str(R.randint(2000, 7999)), pick(['lun', 'mar', 'mer', 'jeu', 'ven'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])] for _ in range(R.randint(5, 9))]
    body = T(lang, 'Liste de garde des médecins - décembre\n\n', 'Physician on-call list - December\n\n') + '\n'.join(' | '.join(r) for r in rows) + '\n'
    return dict(cat='oncall_directory', subject=T(lang, 'Liste de garde MD - décembre', 'MD on-call - December'), body=body, types=set(), region=reg, table=rows,
                note='physician on-call list with specialties (disease words next to staff names)')

def N_grand_rounds(lang):
    reg = region_for(lang); f, l, s = staff(lang)
    body = T(lang, f'Visite académique jeudi 12h : Dr{"e" if s=="F" else ""} {f} {l}, hématologue, présentera « Leucémie lymphoïde chronique : 10 ans de thérapies ciblées ». Lunch servi. Crédits FMOQ.\n',
             f'Grand Rounds Thursday noon: Dr. {f} {l}, hematologist, "CLL: a decade of targeted therapy". Lunch provided. Mainpro+ credits.\n')
    return dict(cat='grand_rounds', subject=T(lang, 'Visite académique', 'Grand Rounds'), body=body, types=set(), region=reg, note='speaker named with disease topic')

def N_research_agg(lang):
    reg = region_for(lang)
    body = T(lang, f'Bonjour,\nMise à jour HF-REDUCE : {R.randint(30, 90)} participants recrutés (cible 120), {R.randint(1,5)} retraits, 2 EIG déclarés au CÉR. Prochaine réunion d’équipe le 10 déc.\n',
             f'Hi,\nHF-REDUCE update: {R.randint(30, 90)} enrolled (target 120), {R.randint(1,5)} withdrawals, 2 SAEs reported to REB. Next team meeting Dec 10.\n')
    return dict(cat='research_aggregate', subject=T(lang, 'Recrutement HF-REDUCE', 'HF-REDUCE enrolment'), body=body, types=set(), region=reg, note='research enrolment aggregates')

def N_staff_surname(lang):
    # staff member who shares a surname typical of patients, about their own admin
    reg = region_for(lang); f, l, s = staff(lang)
    body = T(lang, f'Bonjour {f},\nTon remboursement de frais (congrès de cardiologie à Québec) est approuvé : 842,17 $. Numéro d’employé {R.randint(100000, 999999)}.\nComptes payables\n',
             f'Hi {f},\nYour expense claim (cardiology conference, Ottawa) is approved: $842.17. Employee #{R.randint(100000, 999999)}.\nAccounts Payable\n')
    return dict(cat='hr_expense', subject=T(lang, f'Remboursement - {l}', f'Expense claim - {l}'), body=body, types=set(), region=reg, note='employee expense reimbursement')

def N_ethics_template(lang):
    reg = region_for(lang)
    body = T(lang, 'Rappel : ne jamais inscrire le nom, le NAM ou le numéro de dossier d’un usager dans l’objet d’un courriel. Utiliser les initiales et le lit, ou la messagerie sécurisée.\nBureau de la protection des renseignements personnels\n',
             'Reminder: never put a patient\'s name, health card or MRN in an e-mail subject line. Use secure messaging.\nPrivacy Office\n')
    return dict(cat='privacy_reminder', subject=T(lang, 'Rappel - confidentialité', 'Privacy reminder'), body=body, types=set(), region=reg, html_pref=True, note='privacy office reminder, no patient data')

def N_assignment(lang):
    reg = region_for(lang)
    rows = []
    for a, b in [(1, 6), (7, 12), (13, 18), (19, 24), (25, 30)]:
        f, l, _ = staff(lang)
        rows.append(T(lang, f'Lits {a}-{b} : {f} {l} (inf.)', f'Beds {a}-{b}: {f} {l} (RN)') + (T(lang, ' + PAB ', ' + PSW ') + ' '.join(staff(lang)[:2]) if R.random() < 0.5 else ''))
    body = T(lang, 'Assignation de nuit - 6N\n\n', 'Night assignment - 6N\n\n') + '\n'.join(rows) + \
        T(lang, f'\n\nAssistante : {" ".join(staff(lang)[:2])}. {R.randint(2, 4)} isolements contact à l’étage (ERV), voir tableau.\n', f'\n\nCharge: {" ".join(staff(lang)[:2])}. {R.randint(2, 4)} contact-precaution rooms on the unit (VRE), see board.\n')
    return dict(cat='staff_assignment', subject=T(lang, 'Assignation 6N nuit', '6N night assignment'), body=body, types=set(), region=reg,
                note='nurse-to-bed-range assignment with staff names only and unit counts')

NEG_T = [(N_schedule, 9), (N_assignment, 5), (N_sick_leave, 9), (N_newsletter, 11), (N_invoice, 12), (N_po, 8), (N_committee, 10), (N_conference, 9), (N_it, 10),
         (N_facilities, 8), (N_public_health, 9), (N_unit_stats, 9), (N_job, 7), (N_teaching, 9), (N_foundation, 6), (N_media, 6), (N_blank_form, 6),
         (N_training, 8), (N_vendor, 5), (N_directory, 9), (N_grand_rounds, 6), (N_research_agg, 4), (N_staff_surname, 3), (N_ethics_template, 2)]

# ================================================================ transport
REPLY_TOP = {'fr': ['Merci, c’est noté.', 'Ok pour moi.', 'Voir plus bas, peux-tu t’en occuper svp?', 'Reçu, je fais le suivi.', 'Parfait merci!', 'Je transmets à l’équipe.'],
             'en': ['Thanks, noted.', 'Ok.', 'See below - can you take care of this?', 'Got it, will f/u.', 'Perfect thx', 'Passing along to the team.']}
FWD_TOP = {'fr': ['Pour info.', 'À traiter svp.', 'FYI - voir ci-dessous', 'Bonjour, je vous transfère ce courriel.'],
           'en': ['FYI.', 'Please action.', 'Forwarding - see below', 'Hi, passing this along.']}

def text_to_html(text, table=None, body=None):
    parts = []
    if table:
        rowset = set()
        for r in table:
            rowset |= {' | '.join(r), '\t'.join(r), ' | '.join(x for x in r if x)}
        lines = [ln for ln in text.split('\n') if ln not in rowset]
        txt = '\n'.join(lines)
        th = '<table border="1" cellpadding="3" style="border-collapse:collapse">' + ''.join(
            '<tr>' + ''.join(f'<{"th" if i == 0 else "td"}>{html.escape(c)}</{"th" if i == 0 else "td"}>' for c in r) + '</tr>' for i, r in enumerate(table)) + '</table>'
        idx = txt.find('\n\n')
        head, tail = (txt[:idx], txt[idx:]) if idx >= 0 else (txt, '')
        parts.append('<p>' + html.escape(head).replace('\n', '<br>\n') + '</p>\n' + th + '\n<p>' + html.escape(tail.strip()).replace('\n', '<br>\n') + '</p>')
    else:
        for para in text.split('\n\n'):
            if para.startswith('>'):
                parts.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' + html.escape('\n'.join(l.lstrip('> ') for l in para.split('\n'))).replace('\n', '<br>\n') + '</blockquote>')
            else:
                parts.append('<p>' + html.escape(para).replace('\n', '<br>\n') + '</p>')
    style = pick(['font-family:Calibri,sans-serif;font-size:11pt', 'font-family:Arial', 'font-family:Segoe UI,Helvetica'])
    return f'<html><head><meta charset="utf-8"></head><body style="{style}">\n' + '\n'.join(parts) + '\n</body></html>\n'

def set_body(part, text, subtype, cs, cte):
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    if cte == '8bit' and any(len(l) > 900 for l in text.split('\n')):
        cte = 'quoted-printable'
    part.set_content(text, subtype=subtype, charset=cs, cte=cte)
    return cs

def attach(msg, fname, data):
    ext = fname.rsplit('.', 1)[-1]
    mt, st = MIME.get(ext, ('application', 'octet-stream'))
    params = {'method': 'REQUEST'} if ext == 'ics' else {}
    msg.add_attachment(data, maintype=mt, subtype=st, filename=fname, params=params)

def fmt_date_local(dt, lang):
    return dt.strftime('%Y-%m-%d %H:%M') if lang == 'fr' else dt.strftime('%a, %b %d, %Y at %I:%M %p')

def build(spec, i, positive, stats):
    lang = spec['lang']; reg = spec['region']
    org, dom, _ = org_of(reg)
    sf, sl = spec.get('sender') or staff(lang)[:2]
    from_addr = email_of(sf, sl, dom)
    if spec.get('ext_personal'):
        rf, rl, _ = person(lang); to_addr = email_of(rf, rl, pick(['gmail.example', 'videotron.example', 'sympatico.example', 'rogers.example']))
        to_name = f'{rf} {rl}'
    elif not positive and R.random() < 0.4:
        to_name = pick(T(lang, ['Tout le personnel', 'Chefs de service', 'Infirmières 4B', 'Comité'], ['All Staff', 'Managers', '5A Nursing', 'Committee']))
        to_addr = pick(['tous', 'gestionnaires', 'liste-4b', 'all-staff', 'managers', 'comite']) + '@' + dom
    else:
        rf, rl, _ = staff(lang); to_addr = email_of(rf, rl, pick(EXT_DOMAINS + [dom])); to_name = f'{rf} {rl}'
    sig = signature(lang, reg, sf, sl)
    core = spec['body'].rstrip('\n') + '\n\n-- \n' + sig + '\n'
    subj = spec['subject']
    date = gen_date(i)
    wrap = pick(['none'] * 12 + ['reply'] * 4 + ['fwd_inline'] * 3 + ['fwd_attach'] * 2)
    atts = list(spec.get('atts') or [])
    inner = None
    table = spec.get('table')
    if wrap == 'reply':
        of, ol, _ = staff(lang)
        odate = date - datetime.timedelta(hours=R.randint(1, 30))
        if R.random() < 0.5:
            hdr = T(lang, f'Le {fmt_date_local(odate, lang)}, {sf} {sl} <{from_addr}> a écrit :', f'On {fmt_date_local(odate, lang)}, {sf} {sl} <{from_addr}> wrote:')
            quoted = hdr + '\n' + '\n'.join('> ' + l if l else '>' for l in core.split('\n'))
        else:
            quoted = T(lang, '-----Message d’origine-----\nDe : ', '-----Original Message-----\nFrom: ') + f'{sf} {sl} <{from_addr}>\n' + \
                T(lang, 'Envoyé : ', 'Sent: ') + fmt_date_local(odate, lang) + '\n' + T(lang, 'Objet : ', 'Subject: ') + subj + '\n\n' + core
        nf, nl, _ = staff(lang)
        text = pick(REPLY_TOP[lang]) + '\n\n' + nf + '\n\n' + quoted
        from_addr, sf, sl = email_of(nf, nl, dom), nf, nl
        to_addr = email_of(of, ol, pick(EXT_DOMAINS)); to_name = f'{of} {ol}'
        subj = T(lang, pick(['RE: ', 'Re: ', 'RÉP : ']), pick(['RE: ', 'Re: '])) + subj
        table = None
    elif wrap == 'fwd_inline':
        odate = date - datetime.timedelta(hours=R.randint(1, 30))
        nf, nl, _ = staff(lang)
        fwd = T(lang, '---------- Message transféré ---------\nDe : ', '---------- Forwarded message ---------\nFrom: ') + f'{sf} {sl} <{from_addr}>\n' + \
            T(lang, 'Date : ', 'Date: ') + fmt_date_local(odate, lang) + '\n' + T(lang, 'Objet : ', 'Subject: ') + subj + '\n' + T(lang, 'À : ', 'To: ') + f'{to_addr}\n\n' + core
        text = pick(FWD_TOP[lang]) + '\n' + nf + '\n\n' + fwd
        from_addr, sf, sl = email_of(nf, nl, dom), nf, nl
        subj = T(lang, pick(['TR: ', 'Fwd: ', 'TR : ']), pick(['Fwd: ', 'FW: '])) + subj
        table = None
    elif wrap == 'fwd_attach':
        inner = EmailMessage()
        inner['From'] = f'{sf} {sl} <{from_addr}>'; inner['To'] = f'{to_name} <{to_addr}>'; inner['Subject'] = subj
        inner['Date'] = format_datetime(date - datetime.timedelta(hours=R.randint(1, 30)))
        inner['Message-ID'] = f'<{i:04d}.{R.randint(10**6, 10**7)}.orig@{dom}>'
        set_body(inner, core, 'plain', pick(['utf-8', 'windows-1252']), pick(['quoted-printable', 'base64']))
        for fn, data in atts:
            attach(inner, fn, data)
        atts = []
        nf, nl, _ = staff(lang)
        text = pick(FWD_TOP[lang]) + T(lang, ' (courriel d’origine en pièce jointe)', ' (original attached)') + '\n\n' + nf + '\n'
        from_addr, sf, sl = email_of(nf, nl, dom), nf, nl
        subj = T(lang, 'TR: ', 'Fwd: ') + subj
        table = None
    else:
        text = core
    if R.random() < 0.12:
        text = text.replace('\n', '\r\n') if False else text
    # body form
    form = pick(['plain'] * 4 + ['html'] * 2 + ['alt'] * 4)
    if spec.get('html_pref') and form == 'plain' and R.random() < 0.6:
        form = 'alt'
    cs = pick(['utf-8'] * 5 + ['iso-8859-1'] * 2 + ['windows-1252'] * 3)
    cte = pick(['quoted-printable'] * 4 + ['base64'] * 3 + ['8bit'] * 3)
    msg = EmailMessage()
    msg['From'] = f'"{sf} {sl}" <{from_addr}>' if R.random() < 0.5 else f'{sf} {sl} <{from_addr}>'
    msg['To'] = f'{to_name} <{to_addr}>'
    if R.random() < 0.25:
        cf, cl, _ = staff(lang); msg['Cc'] = email_of(cf, cl, dom)
    msg['Subject'] = subj
    msg['Date'] = format_datetime(date)
    msg['Message-ID'] = f'<{hashlib.sha1(f"{SEED}-{i}".encode()).hexdigest()[:16]}@{dom}>'
    if wrap == 'reply':
        msg['In-Reply-To'] = f'<{i:04d}.prev@{dom}>'
    if R.random() < 0.4:
        msg['X-Mailer'] = pick(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Apple Mail (2.3731)', 'Thunderbird 128.3'])
    if form == 'plain':
        cs = set_body(msg, text, 'plain', cs, cte)
    elif form == 'html':
        cs = set_body(msg, text_to_html(text, table), 'html', cs, cte)
    else:
        cs = set_body(msg, text, 'plain', cs, cte)
        h = text_to_html(text, table)
        try:
            h.encode(cs); hcs = cs
        except UnicodeEncodeError:
            hcs = 'utf-8'
        msg.add_alternative(h, subtype='html', charset=hcs, cte=pick(['quoted-printable', 'base64']))
    for fn, data in atts:
        attach(msg, fn, data)
    if inner is not None:
        msg.add_attachment(inner, filename=T(lang, 'message_origine.eml', 'original_message.eml'))
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary(f'----=_Part_{i:04d}_{n:02d}_{SEED}'); n += 1
    linesep = '\r\n' if R.random() < 0.35 else '\n'
    raw = msg.as_bytes(policy=email.policy.default.clone(linesep=linesep))
    transport = ('mixed' if (atts or inner is not None) else form)
    stats['transport'][transport] = stats['transport'].get(transport, 0) + 1
    stats['charset'][cs] = stats['charset'].get(cs, 0) + 1
    stats['cte'][cte] = stats['cte'].get(cte, 0) + 1
    stats['wrap'][wrap] = stats['wrap'].get(wrap, 0) + 1
    stats['eol']['CRLF' if linesep == '\r\n' else 'LF'] = stats['eol'].get('CRLF' if linesep == '\r\n' else 'LF', 0) + 1
    return raw

# ================================================================ main
def expand(tlist, n):
    out = []
    for f, w in tlist:
        out += [f] * w
    assert len(out) == n, (len(out), n)
    return out

def check(outdir, labels):
    files = sorted(os.path.relpath(os.path.join(d, f), outdir) for sub in ('positive', 'negative')
                   for d, _, fs in os.walk(os.path.join(outdir, sub)) for f in fs)
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    for f in files:
        raw = open(os.path.join(outdir, f), 'rb').read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart():
                part.get_content()
        lab = labels[f]
        assert lab['confidential'] == f.startswith('positive/'), f
        assert (len(lab['types']) > 0) == lab['confidential'], f
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode() + b'\0' + open(os.path.join(outdir, f), 'rb').read())
    return h.hexdigest()

def main():
    global R, NAMS
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=SEED)
    a = ap.parse_args()
    R = random.Random(a.seed)
    random.seed(a.seed)
    NAMS = load_nams()
    out = a.out
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    labels = {}
    stats = {k: {} for k in ('transport', 'charset', 'cte', 'wrap', 'eol')}
    cats = {}; langs = {}
    for positive, tl, n, prefix, sub in ((True, POS_T, N_POS, 'p', 'positive'), (False, NEG_T, N_NEG, 'n', 'negative')):
        items = expand(tl, n); R.shuffle(items)
        forced = sum(1 for f in items if f is P_be_fr_letter)
        free = [x for x in items if x is not P_be_fr_letter]
        lang_pool = ['fr'] * (n // 2 - forced) + ['en'] * (n - n // 2)
        R.shuffle(lang_pool)
        k = 0
        for j, f in enumerate(items):
            if f is P_be_fr_letter:
                lang = 'fr'
            else:
                lang = lang_pool[k]; k += 1
            spec = f(lang)
            spec.setdefault('lang', lang)
            spec['lang'] = spec.get('lang') or lang
            idx = j + (0 if positive else N_POS)
            raw = build(spec, idx, positive, stats)
            name = f'{sub}/{prefix}{j + 1:03d}_{spec["cat"]}.eml'
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(raw)
            labels[name] = {'confidential': positive, 'types': sorted(spec['types']) if positive else [], 'lang': spec['lang'], 'note': spec['note']}
            cats[spec['cat']] = cats.get(spec['cat'], 0) + 1
            langs[(sub, spec['lang'])] = langs.get((sub, spec['lang']), 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    digest = check(out, labels)
    print(f'positives={sum(1 for v in labels.values() if v["confidential"])} negatives={sum(1 for v in labels.values() if not v["confidential"])}')
    print('lang:', dict(sorted((f'{a}/{b}', c) for (a, b), c in langs.items())))
    print('categories:', dict(sorted(cats.items())))
    for k, v in stats.items():
        print(f'{k}:', dict(sorted(v.items())))
    print('sha256:', digest)

if __name__ == '__main__':
    main()
