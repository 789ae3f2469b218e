#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus (held-out 20): CIUSSS de l'Exemple + Ottawa General (fictional).
Seeded, byte-for-byte deterministic. Usage: python generate.py [--out DIR]"""
import argparse, csv, datetime, hashlib, html, io, json, os, random, shutil, sys, zipfile
import email
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from stdnum.ca import sin as SIN
from stdnum.be import nn as BENN
from stdnum.fr import nir as FRNIR
from stdnum import luhn

SEED = 2020
FIXED_DT = datetime.datetime(2025, 3, 1, 9, 0, 0)

NAMS = [
    ('Wilson', 'Sofia', '1958-03-04', 'F', 'WILS58530495'),
    ('Taylor', 'André', '2002-11-11', 'F', 'TAYA02611115'),
    ('Lapointe', 'Mary', '2007-06-06', 'F', 'LAPM07560671'),
    ('Lessard', 'Manon', '1983-04-01', 'M', 'LESM83040153'),
    ('Caron', 'Liam', '1937-10-23', 'F', 'CARL37602340'),
    ('Bouchard', 'Sofia', '1965-10-19', 'M', 'BOUS65101945'),
    ('Leblanc', 'André', '1960-03-01', 'M', 'LEBA60030127'),
    ('Gagnon', 'Manon', '1993-11-09', 'F', 'GAGM93610984'),
    ('Fortin', 'Emma', '1961-06-06', 'F', 'FORE61560692'),
    ('Poirier', 'Marc', '1947-01-22', 'F', 'POIM47512222'),
    ('Fournier', 'John', '2011-11-05', 'M', 'FOUJ11110519'),
    ('Smith', 'Sylvie', '2006-11-18', 'M', 'SMIS06111890'),
    ('Simard', 'Sofia', '1961-04-14', 'F', 'SIMS61541457'),
    ('Taylor', 'Diane', '1967-04-06', 'F', 'TAYD67540632'),
    ('Gagnon', 'Claude', '1981-06-10', 'F', 'GAGC81561056'),
    ('Savard', 'Liam', '2015-10-03', 'M', 'SAVL15100327'),
    ('Taylor', 'Claude', '1977-07-09', 'F', 'TAYC77570976'),
    ('Gauthier', 'John', '1976-02-16', 'M', 'GAUJ76021662'),
    ('Nadeau', 'Gilles', '1933-06-03', 'M', 'NADG33060331'),
    ('Cloutier', 'Liam', '1960-11-21', 'M', 'CLOL60112139'),
    ('Gauthier', 'John', '1998-04-16', 'M', 'GAUJ98041697'),
    ('Fournier', 'André', '1941-07-27', 'M', 'FOUA41072762'),
    ('Lessard', 'Denise', '2011-03-18', 'F', 'LESD11531827'),
    ('Morin', 'Pierre', '1995-10-01', 'F', 'MORP95600191'),
    ('Bouchard', 'Robert', '1947-04-10', 'F', 'BOUR47541011'),
    ('Boucher', 'Denise', '1993-12-21', 'F', 'BOUD93622188'),
    ('Cloutier', 'David', '1941-10-09', 'M', 'CLOD41100927'),
    ('Gagnon', 'Ginette', '1960-06-12', 'M', 'GAGG60061239'),
    ('Girard', 'Nathalie', '2018-01-22', 'M', 'GIRN18012277'),
    ('Leblanc', 'Diane', '1964-01-18', 'M', 'LEBD64011887'),
    ('Ouellet', 'Sarah', '1967-02-02', 'F', 'OUES67520217'),
    ('Bouchard', 'Liam', '1940-01-24', 'M', 'BOUL40012435'),
    ('Fournier', 'Michel', '1991-07-26', 'F', 'FOUM91572674'),
    ('Brown', 'Jacques', '1972-02-11', 'M', 'BROJ72021120'),
    ('Roy', 'Denise', '2001-06-19', 'M', 'ROYD01061987'),
    ('MacDonald', 'Sofia', '1979-05-02', 'M', 'MACS79050243'),
    ('Simard', 'Emma', '1958-09-23', 'M', 'SIME58092343'),
    ('Bélanger', 'Josée', '1976-02-05', 'F', 'BELJ76520558'),
    ('Morin', 'Nathalie', '1939-08-20', 'F', 'MORN39582071'),
    ('Pelletier', 'Liam', '1964-11-02', 'F', 'PELL64610262'),
    ('Simard', 'Manon', '1968-03-21', 'F', 'SIMM68532154'),
    ('Savard', 'Denise', '1972-10-12', 'M', 'SAVD72101217'),
    ('Bouchard', 'Geneviève', '1959-11-11', 'F', 'BOUG59611164'),
    ('Cloutier', 'Geneviève', '2010-11-06', 'F', 'CLOG10610620'),
    ('Martel', 'Denise', '2005-08-27', 'M', 'MARD05082733'),
    ('Boucher', 'Josée', '1941-10-17', 'F', 'BOUJ41601744'),
    ('Paquette', 'Ginette', '1947-10-16', 'F', 'PAQG47601681'),
    ('Roy', 'Louis', '2002-01-10', 'M', 'ROYL02011012'),
    ('Thibault', 'Michel', '2019-09-23', 'M', 'THIM19092335'),
    ('Nadeau', 'Geneviève', '1951-12-22', 'M', 'NADG51122271'),
    ('Paquette', 'Josée', '1982-03-03', 'F', 'PAQJ82530350'),
    ('Lapointe', 'André', '1943-12-12', 'M', 'LAPA43121277'),
    ('Thibault', 'Sylvie', '1942-11-26', 'F', 'THIS42612691'),
    ('Simard', 'Louis', '1975-04-19', 'M', 'SIML75041978'),
    ('Ouellet', 'Marc', '1993-08-27', 'F', 'OUEM93582722'),
    ('Lessard', 'Sarah', '2019-03-11', 'F', 'LESS19531117'),
    ('Pelletier', 'Nathalie', '2003-05-28', 'M', 'PELN03052875'),
    ('Lapointe', 'Mary', '1995-02-04', 'M', 'LAPM95020421'),
    ('Cloutier', 'Manon', '2015-07-28', 'M', 'CLOM15072881'),
    ('Leblanc', 'Gilles', '1945-10-11', 'F', 'LEBG45601162'),
]

# ---------------------------------------------------------------- identifiers
def gen_sin(r):
    while True:
        s = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(r.randint(0, 9)) for _ in range(8))
        if SIN.is_valid(s):
            return s

def gen_ohn(r):
    while True:
        s = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(9))
        if luhn.is_valid(s):
            return s

def gen_luhn(r, n):
    while True:
        s = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(n - 1))
        if luhn.is_valid(s):
            return s

def gen_niss(r, dob, sex):
    y, m, d = dob.split('-')
    seq = r.randrange(1, 997, 2) if sex == 'M' else r.randrange(2, 998, 2)
    base = '%s%s%s%03d' % (y[2:], m, d, seq)
    n = int(base) if int(y) < 2000 else int('2' + base)
    s = base + '%02d' % (97 - n % 97)
    assert BENN.is_valid(s), s
    return s

def gen_nir(r, dob, sex):
    y, m, d = dob.split('-')
    dep = r.choice(['75', '69', '13', '59', '33', '67'])
    base = '%s%s%s%s%03d%03d' % ('1' if sex == 'M' else '2', y[2:], m, dep, r.randint(1, 999), r.randint(1, 999))
    s = base + '%02d' % (97 - int(base) % 97)
    assert FRNIR.is_valid(s), s
    return s

FW = str.maketrans('0123456789', '０１２３４５６７８９')

def fmt_nam(n, style):
    a, b, c = n[:4], n[4:8], n[8:]
    return {0: n, 1: '%s %s %s' % (a, b, c), 2: '%s-%s-%s' % (a, b, c), 3: '%s.%s.%s' % (a.lower(), b, c),
            4: ' '.join(n), 5: (a + ' ' + b + ' ' + c).translate(FW), 6: '%s %s%s' % (a, b, c)}[style]

def fmt_sin(s, style):
    return {0: s, 1: '%s %s %s' % (s[:3], s[3:6], s[6:]), 2: '%s-%s-%s' % (s[:3], s[3:6], s[6:]),
            3: '%s.%s.%s' % (s[:3], s[3:6], s[6:])}[style]

def fmt_ohn(s, style, vc=''):
    return {0: s, 1: '%s-%s-%s' % (s[:4], s[3:6] if False else s[4:7], s[7:]), 2: '%s %s %s' % (s[:4], s[4:7], s[7:]),
            3: s + vc}[style] + ('' if style == 3 or not vc else ' ' + vc)

def gen_mrn(r, shape=None):
    shape = r.randint(0, 5) if shape is None else shape
    if shape == 0: return '%07d' % r.randint(1000000, 9999999)
    if shape == 1: return '00%06d' % r.randint(100000, 999999)
    if shape == 2: return 'H%07d' % r.randint(100000, 9999999)
    if shape == 3: return 'OG-%06d' % r.randint(100000, 999999)
    if shape == 4: return '%08d' % r.randint(10000000, 99999999)
    return 'M%d-%04d' % (r.randint(10, 99), r.randint(0, 9999))

# ---------------------------------------------------------------- people
FR_SUR = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Pelletier', 'Bélanger', 'Lévesque',
          'Ouellet', 'Paquette', 'Girard', 'Fournier', 'Caron', 'Dubé', 'Poirier', 'Leblanc', 'Cyr', 'Thibault',
          'Vachon', 'Drouin', 'Lachance', 'Nadeau', 'Boivin']
FR_GIV_M = ['Jean-François', 'Mathieu', 'Gilles', 'Réjean', 'Olivier', 'Samuel', 'Zachary', 'Normand', 'Éric', 'Louis']
FR_GIV_F = ['Ginette', 'Chloé', 'Nathalie', 'Léa', 'Monique', 'Émilie', 'Rose', 'Sylvie', 'Jacqueline', 'Maude']
EN_SUR = ['Smith', 'MacDonald', "O'Brien", 'Patel', 'Nguyen', 'Campbell', 'Kowalski', 'Singh', 'Fraser', 'Henderson',
          'Murphy', 'Chen', 'Brooks', 'Walsh', 'Ibrahim', 'Morrison']
EN_GIV_M = ['Kevin', 'Tyler', 'Liam', 'Dylan', 'Gordon', 'Raj', 'Owen', 'Marcus', 'Daniel', 'Connor']
EN_GIV_F = ['Brittany', 'Heather', 'Priya', 'Megan', 'Ashley', 'Linda', 'Kayla', 'Donna', 'Grace', 'Olivia']

STAFF_FR = [('Julie', 'Bergeron', 'inf. clin.', 'Soutien à domicile – secteur Est'),
            ('Marc-André', 'Lavoie', 'T.S.', 'Service social – DPJ, application des mesures'),
            ('Isabelle', 'Fortin', 'M.D., FRCPC', 'Psychiatrie adulte'),
            ('Karine', 'Simard', 'pharmacienne', 'Département de pharmacie'),
            ('Patrick', 'Deschênes', 'agent administratif', 'Guichet d\'accès en santé mentale (GASM)'),
            ('Annie', 'Gosselin', 'inf. aux.', 'CHSLD Saint-Exemple'),
            ('François', 'Trudel', 'M.D.', 'Pédiatrie'),
            ('Sophie', 'Dion', 'coordonnatrice', 'Services en dépendance'),
            ('Nadia', 'Belkacem', 'ergothérapeute', 'Soutien à domicile – secteur Ouest'),
            ('Vincent', 'Roy', 'chef de service', 'Hébergement – CHSLD'),
            ('Hélène', 'Marchand', 'psychoéducatrice', 'Jeunesse – CLSC du Parc'),
            ('Stéphane', 'Cloutier', 'technicien informatique', 'Direction des ressources informationnelles')]
STAFF_EN = [('Sarah', 'Whitfield', 'RN', 'Mental Health Inpatient Unit 6W'),
            ('David', 'Okafor', 'MD, FRCPC', 'Department of Psychiatry'),
            ('Emily', 'Tran', 'PharmD', 'Pharmacy Services'),
            ('Michael', 'Brennan', 'MSW, RSW', 'Social Work'),
            ('Jennifer', 'Lalonde', 'Clinic Coordinator', 'Pediatric Outpatient Clinic'),
            ('Robert', 'Kim', 'MD', 'Emergency Medicine'),
            ('Laura', 'McKenzie', 'Unit Clerk', 'Addictions & Concurrent Disorders'),
            ('Thomas', 'Gray', 'Manager', 'Facilities & Logistics')]

ROLE_KEYS = {}
CUR = {'fn': None}

def staff(r, lang):
    pool = STAFF_FR if lang == 'fr' else STAFF_EN
    keys = ROLE_KEYS.get(CUR['fn'], {}).get(lang)
    if keys:
        sub = [x for x in pool if any(k.lower() in (x[2] + ' ' + x[3]).lower() for k in keys)]
        pool = sub or pool
    g, s, t, svc = r.choice(pool)
    return {'given': g, 'sur': s, 'title': t, 'svc': svc, 'lang': lang}

def addr_of(st, lang=None):
    dom = 'ciusss-exemple.example' if st['lang'] == 'fr' else 'ottawa-general.example'
    local = (st['given'].split('-')[0] + '.' + st['sur']).lower()
    for a, b in (('é', 'e'), ('è', 'e'), ('ê', 'e'), ('ç', 'c'), ('ô', 'o'), ('î', 'i')):
        local = local.replace(a, b)
    return '%s %s <%s@%s>' % (st['given'], st['sur'], local, dom)

def sig(r, st):
    if st['lang'] == 'fr':
        lines = ['--', '%s %s, %s' % (st['given'], st['sur'], st['title']), st['svc'],
                 "CIUSSS de l'Exemple", r.choice(['1200, boul. des Exemples, Laval (Québec) H7X 1A1',
                                                  '455, rue Fictive, bureau 210, Montréal (Québec) H2X 3Y9',
                                                  "88, chemin de l'Essai, Saint-Jérôme (Québec) J7Z 0Z0"]),
                 'Tél. : %s-555-%04d, poste %d' % (r.choice(['450', '514', '819']), r.randint(100, 199), r.randint(2000, 7999))]
        if r.random() < 0.5:
            lines += ['', "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                          "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire."]
    else:
        lines = ['--', '%s %s, %s' % (st['given'], st['sur'], st['title']), st['svc'],
                 'Ottawa General Hospital (fictional)', '501 Example Rd, Ottawa ON K1X 0X0',
                 'T 613-555-%04d ext. %d' % (r.randint(100, 199), r.randint(1000, 8999))]
        if r.random() < 0.5:
            lines += ['', 'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only '
                          'for the addressee. If you received it in error, please notify the sender and delete it.']
    return '\n'.join(lines)

EXT_FR = ['reception@pharmacie-lafleur.example', 'labo@pharmacie-du-quartier.example', 'secretariat@gmf-des-rivieres.example',
          'intake@ressource-le-phare.example', 'direction@ecole-secondaire-exemple.example', 'transport@coop-ambulance.example',
          'admission@chsld-prive-bellevue.example', 'greffe@tribunal-jeunesse.example', 'info@organisme-entraide.example',
          'facturation@clinique-medicale-nord.example']
EXT_EN = ['referrals@ottawa-general.example', 'fax2mail@westend-pharmacy.example', 'intake@carelink-homecare.example',
          'records@riverside-fht.example', 'billing@ohip-agent.example', 'office@dr-sandhu-clinic.example',
          'research@ottawa-general.example', 'csc@childrens-services.example']

def ext(r, lang):
    return r.choice(EXT_FR if lang == 'fr' else EXT_EN)

def person(r, lang, nam=True, minage=0, maxage=99):
    """A patient. lang fr -> Québec (NAM from the blind list when nam=True), en -> Ontario (OHN)."""
    if lang == 'fr' and nam:
        cand = [x for x in NAMS if minage <= 2025 - int(x[2][:4]) <= maxage] or NAMS
        s, g, dob, sex, n = r.choice(cand)
        return {'sur': s, 'given': g, 'dob': dob, 'sex': sex, 'nam': n, 'age': 2025 - int(dob[:4]), 'prov': 'QC'}
    sex = r.choice('MF')
    if lang == 'fr':
        s, g = r.choice(FR_SUR), r.choice(FR_GIV_M if sex == 'M' else FR_GIV_F)
    else:
        s, g = r.choice(EN_SUR), r.choice(EN_GIV_M if sex == 'M' else EN_GIV_F)
    y = r.randint(max(1925, 2025 - maxage), min(2023, 2025 - minage))
    dob = '%04d-%02d-%02d' % (y, r.randint(1, 12), r.randint(1, 28))
    p = {'sur': s, 'given': g, 'dob': dob, 'sex': sex, 'nam': None, 'age': 2025 - y, 'prov': 'QC' if lang == 'fr' else 'ON'}
    if lang == 'en':
        p['ohn'] = gen_ohn(r)
        p['vc'] = r.choice(['', 'AB', 'KT', 'MR'])
    return p

def civ(p, lang):
    if lang == 'fr':
        return 'M.' if p['sex'] == 'M' else 'Mme'
    return 'Mr.' if p['sex'] == 'M' else 'Ms.'

def full(p, lang, style=0):
    if style == 0: return '%s %s %s' % (civ(p, lang), p['given'], p['sur'])
    if style == 1: return '%s, %s' % (p['sur'].upper(), p['given'])
    if style == 2: return '%s %s' % (p['given'], p['sur'])
    return '%s %s.' % (p['sur'], p['given'][0])

def il(p): return 'il' if p['sex'] == 'M' else 'elle'
def he(p): return 'he' if p['sex'] == 'M' else 'she'
def his(p): return 'his' if p['sex'] == 'M' else 'her'
def e_(p): return '' if p['sex'] == 'M' else 'e'

def dfr(dob):
    y, m, d = dob.split('-'); return '%s/%s/%s' % (d, m, y) if True else dob

def when(r):
    d = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randint(0, 300))
    if d.weekday() >= 5:
        d += datetime.timedelta(days=7 - d.weekday())
    return d

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
def dtxt(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return d.strftime('%A %B ') + str(d.day)

def phone(r, area=None):
    return '%s-555-%04d' % (area or r.choice(['514', '450', '438', '819', '613', '343']), r.randint(100, 9999))

STREETS_FR = ['rue des Érables', 'boul. Exemple', 'rue Principale', 'av. du Parc-Fictif', 'rue Saint-Essai', 'montée des Pins']
STREETS_EN = ['Maple Cres.', 'Bank Example St.', 'Riverside Dr.', 'Carling Example Ave.', 'Elm St.']
def home_addr(r, lang):
    if lang == 'fr':
        return '%d, %s, app. %d, %s (Québec) H%dX %dZ%d' % (r.randint(10, 9999), r.choice(STREETS_FR), r.randint(1, 12),
                                                          r.choice(['Laval', 'Montréal', 'Saint-Jérôme', 'Terrebonne']),
                                                          r.randint(1, 9), r.randint(1, 9), r.randint(1, 9))
    return '%d %s, Unit %d, Ottawa ON K%dZ %dX%d' % (r.randint(10, 999), r.choice(STREETS_EN), r.randint(1, 30),
                                                    r.randint(1, 4), r.randint(1, 9), r.randint(1, 9))

# ---------------------------------------------------------------- attachments (deterministic)
def _norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    import re
    for info in sorted(zin.infolist(), key=lambda i: i.filename):
        blob = zin.read(info.filename)
        if info.filename == 'docProps/core.xml':
            blob = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?', b'2025-03-01T09:00:00Z', blob)
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, blob)
    zout.close()
    return out.getvalue()

def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, blob in files:
        zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, blob)
    z.close()
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, 750, title)
    c.setFont('Helvetica', 10)
    y = 725
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 750
        c.drawString(50, y, ln)
        y -= 15
    c.showPage(); c.save()
    return buf.getvalue()

def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.author = 'CIUSSS'
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO(); d.save(buf)
    return _norm_zip(buf.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = 'CIUSSS'
    ws = wb.active; ws.title = sheet[:30]
    for row in rows:
        ws.append(list(row))
    buf = io.BytesIO(); wb.save(buf)
    return _norm_zip(buf.getvalue())

def make_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for row in rows: w.writerow(row)
    return buf.getvalue()

def make_ics(uid, summary, d, hour, desc, loc, org, attendees):
    st = '%04d%02d%02dT%02d0000' % (d.year, d.month, d.day, hour)
    en = '%04d%02d%02dT%02d0000' % (d.year, d.month, d.day, hour + 1)
    def fold(line):
        out = []
        while len(line.encode('utf-8')) > 73:
            cut = 73
            while len(line[:cut].encode('utf-8')) > 73: cut -= 1
            out.append(line[:cut]); line = ' ' + line[cut:]
        out.append(line); return '\r\n'.join(out)
    esc = lambda s: s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Exemple//Agenda 1.0//FR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT',
         'UID:' + uid, 'DTSTAMP:20250301T090000Z', 'DTSTART;TZID=America/Toronto:' + st,
         'DTEND;TZID=America/Toronto:' + en, 'SUMMARY:' + esc(summary), 'LOCATION:' + esc(loc),
         'DESCRIPTION:' + esc(desc), 'ORGANIZER:mailto:' + org]
    L += ['ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:' + a for a in attendees]
    L += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'

def make_vcf(fn, sur, given, tel, adr, note, email_=None, org=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, given), 'FN:' + fn]
    if org: L.append('ORG:' + org)
    if tel: L.append('TEL;TYPE=HOME,VOICE:' + tel)
    if adr: L.append('ADR;TYPE=HOME:;;' + adr.replace(',', '\\,'))
    if email_: L.append('EMAIL:' + email_)
    if note: L.append('NOTE:' + note.replace(',', '\\,'))
    L.append('END:VCARD')
    return '\r\n'.join(L) + '\r\n'

# ---------------------------------------------------------------- message assembly
def to_html(text):
    out = []
    for block in text.split('\n\n'):
        lines = block.split('\n')
        if all(l.startswith('>') for l in lines if l):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' %
                       '<br>'.join(html.escape(l.lstrip('> ')) for l in lines))
        elif len(lines) > 1 and all(l.startswith(('- ', '* ', '• ')) for l in lines):
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % html.escape(l[2:]) for l in lines))
        else:
            out.append('<p>%s</p>' % '<br>'.join(html.escape(l) for l in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>' % '\n'.join(out))

def pick_cs(r, text):
    try:
        text.encode('iso-8859-1'); return r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    except UnicodeEncodeError:
        pass
    try:
        text.encode('windows-1252'); return r.choice(['utf-8', 'windows-1252'])
    except UnicodeEncodeError:
        return 'utf-8'

TZ = datetime.timezone(datetime.timedelta(hours=-5))
STATS = {'transport': {}, 'charset': {}, 'cte': {}, 'eol': {}}
def _bump(k, v): STATS[k][v] = STATS[k].get(v, 0) + 1

def assemble(r, m, inner=False):
    """m: dict(frm, to, cc, subject, body, attachments=[(mime, filename, data)], fwd_msg, html_only, reply_to_id)"""
    body = m['body']
    atts = m.get('attachments', [])
    mode = m.get('mode') or r.choices(['plain', 'html', 'alt'], [5, 2, 4])[0]
    cs = pick_cs(r, body + m['subject'])
    cte = r.choice(['quoted-printable', 'base64', '8bit'])
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m.get('cc'): msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    d = datetime.datetime(2025, 1, 6, 7, 0, tzinfo=TZ) + datetime.timedelta(minutes=r.randint(0, 60 * 24 * 300))
    msg['Date'] = format_datetime(d)
    dom = m['frm'].split('@')[-1].rstrip('>')
    msg['Message-ID'] = '<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), '%012x' % r.getrandbits(48), dom)
    if m.get('reply'):
        rid = '<%012x@%s>' % (r.getrandbits(48), m.get('reply_dom', 'ciusss-exemple.example'))
        msg['In-Reply-To'] = rid; msg['References'] = rid
    if r.random() < 0.4:
        msg['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0.0', 'Apple Mail (2.3774)', 'Thunderbird 115.8'])
    if mode == 'html':
        msg.set_content(to_html(body), subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        if mode == 'alt':
            msg.add_alternative(to_html(body), subtype='html', charset=cs,
                                cte=r.choice(['quoted-printable', 'base64']))
    tr = {'plain': 'text/plain', 'html': 'text/html', 'alt': 'multipart/alternative'}[mode]
    if atts or m.get('fwd_msg') is not None:
        tr = 'multipart/mixed'
        for mime, fn, data in atts:
            mt, st = mime.split('/')
            if isinstance(data, str):
                params = {'method': 'REQUEST'} if st == 'calendar' else {}
                msg.add_attachment(data, subtype=st, charset='utf-8', filename=fn,
                                   cte=r.choice(['quoted-printable', 'base64']), params=params)
            else:
                msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        if m.get('fwd_msg') is not None:
            msg.add_attachment(m['fwd_msg'])
            tr += '+rfc822'
    if not inner:
        _bump('transport', tr); _bump('charset', cs); _bump('cte', cte)
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%016x' % r.getrandbits(64))
    return msg

def serialize(r, msg):
    eol = r.choice(['\r\n', '\n'])
    _bump('eol', 'CRLF' if eol == '\r\n' else 'LF')
    return msg.as_bytes(policy=policy.default.clone(linesep=eol))

def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))

def reply_wrap(r, lang, top, old_from, old_date, old_subject, old_body):
    if lang == 'fr':
        hdr = r.choice(['Le %s, %s a écrit :' % (old_date, old_from),
                        '-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nObjet : %s' % (old_from, old_date, old_subject)])
    else:
        hdr = r.choice(['On %s, %s wrote:' % (old_date, old_from),
                        '-----Original Message-----\nFrom: %s\nSent: %s\nSubject: %s' % (old_from, old_date, old_subject)])
    if hdr.startswith('-----'):
        return top + '\n\n' + hdr + '\n\n' + old_body
    return top + '\n\n' + hdr + '\n' + quote(old_body)

def fwd_inline(lang, top, old_from, old_date, old_to, old_subject, old_body):
    if lang == 'fr':
        h = '---------- Message transféré ----------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s' % (old_from, old_date, old_to, old_subject)
    else:
        h = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s' % (old_from, old_date, old_to, old_subject)
    return top + '\n\n' + h + '\n\n' + old_body

# ================================================================ POSITIVES
DX_PSY_FR = ['trouble bipolaire de type I, épisode maniaque', 'schizophrénie, décompensation psychotique', 'trouble dépressif majeur avec idées suicidaires',
             'trouble de personnalité limite, gestes automutilatoires', 'trouble lié à l\'usage d\'opioïdes', 'TSPT complexe']
DX_PSY_EN = ['bipolar I disorder, current episode manic', 'schizophrenia with acute psychosis', 'major depressive disorder with passive SI',
             'alcohol use disorder, withdrawal', 'opioid use disorder on buprenorphine', 'first-episode psychosis']
MEDS = ['lithium 900 mg DIE', 'quétiapine 300 mg HS', 'olanzapine 10 mg HS', 'sertraline 100 mg DIE', 'clozapine 250 mg BID',
        'méthadone 85 mg DIE', 'buprénorphine-naloxone 16 mg DIE', 'aripiprazole 15 mg DIE', 'lorazépam 1 mg PRN', 'paliperidone 150 mg IM q4sem']
MEDS_EN = ['lithium 900 mg daily', 'quetiapine 300 mg qhs', 'clozapine 250 mg bid', 'methadone 85 mg daily', 'Suboxone 16 mg daily',
           'sertraline 100 mg daily', 'olanzapine 10 mg qhs', 'naltrexone 50 mg daily']

def P(lang, S, to, subject, body, types, note, **kw):
    d = dict(frm=addr_of(S), to=to, subject=subject, body=body, types=types, note=note, lang=lang)
    d.update(kw)
    if d['to'] == d['frm']:
        d['to'] = 'equipe-clinique@ciusss-exemple.example' if S['lang'] == 'fr' else 'team-mh@ottawa-general.example'
    return d

def p_referral_psy(r, lang):
    S = staff(r, lang); p = person(r, lang, minage=18, maxage=80)
    if lang == 'fr':
        dx = r.choice(DX_PSY_FR)
        b = ('Bonjour,\n\nJe vous réfère %s, né%s le %s (NAM %s), pour évaluation en psychiatrie adulte.\n'
             'Motif : %s. Suivi au GMF depuis 2019, %s.\nRx actuelle : %s.\n\nMerci de contacter %s au %s pour le RV.\n\n%s') % (
            full(p, 'fr'), e_(p), dfr(p['dob']), fmt_nam(p['nam'], r.choice([0, 1, 6])), dx,
            r.choice(['plusieurs visites à l\'urgence dans les 3 derniers mois', 'refus de la médication à 2 reprises', 'vit seul%s, isolement' % e_(p)]),
            r.choice(MEDS), 'la patiente' if p['sex'] == 'F' else 'le patient', phone(r), sig(r, S))
        return P(lang, S, ext(r, lang), r.choice(['Référence psychiatrie', 'Réf. GASM – urgent', 'Demande de consultation psy']), b,
                 ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'], 'referral letter with name, NAM, DOB, diagnosis')
    dx = r.choice(DX_PSY_EN)
    b = ('Hi,\n\nReferring %s (DOB %s, OHN %s) to the early psychosis / outpatient psychiatry program.\nReason: %s.\nMeds: %s.\n'
         'Pt aware of referral and consents. Best reached at %s.\n\nThanks,\n%s') % (
        full(p, 'en', 2), p['dob'], fmt_ohn(p['ohn'], r.choice([1, 2]), p['vc']), dx, r.choice(MEDS_EN), phone(r, '613'), sig(r, S))
    return P(lang, S, ext(r, lang), 'Referral - adult psychiatry', b,
             ['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'], 'referral with name, OHN, dx')

def p_consult_reply(r, lang):
    S = staff(r, 'en'); p = person(r, 'en', minage=16)
    b = ('Dr. %s,\n\nThank you for asking us to see %s, %d y.o., OHN %s, seen in ED consult on %s.\n\n'
         'Impression: %s. No acute risk to self at time of assessment; collateral from %s obtained.\n'
         'Plan: start %s, f/u in our rapid access clinic in 2 wks. Discharged home with crisis line info.\n\n%s') % (
        r.choice(['Gagnon', 'Pelletier', 'Brault']), full(p, 'en', 2), p['age'], fmt_ohn(p['ohn'], 2), dtxt(when(r), 'en'),
        r.choice(DX_PSY_EN), r.choice(['mother', 'partner', 'group home staff']), r.choice(MEDS_EN), sig(r, S))
    return P('en', S, r.choice(['secretariat@gmf-des-rivieres.example', 'dr.gagnon@ciusss-exemple.example']),
             'RE: Consult - %s %s' % (p['sur'], p['given'][0]), b,
             ['patient_name', 'ca_health_number', 'diagnosis', 'medication'], 'consult reply with name, OHN, impression, plan', reply=True)

def p_signout(r, lang):
    S = staff(r, lang); n = r.randint(4, 7)
    pts = [person(r, lang, nam=False, minage=18) for _ in range(n)]
    if lang == 'fr':
        notes = ['IS, surveillance 1:1', 'refus Rx, évaluer P-38', 'sevrage ROH J2, CIWA q4h', 'attente place en RI', 'clozapine – FSC demain',
                 'congé prévu jeudi si stable', 'contention retirée 14h', 'DPJ avisée (enfants)']
        lines = ['Ch. %d – %s (%d) – %s' % (rm, full(q, 'fr', 1), q['age'], r.choice(notes)) for q, rm in zip(pts, sorted(r.sample(range(601, 640), n)))]
        b = 'Salut,\n\nListe de relève nuit unité 6e psy :\n\n' + '\n'.join(lines) + '\n\nBonne nuit\n' + sig(r, S)
        subj = 'Relève 6e – ' + dtxt(when(r), 'fr')
    else:
        notes = ['on 1:1 for SI', 'Form 1 expires 0900, needs reassessment', 'CIWA q4h, last score 12', 'lithium level pending',
                 'AWOL risk', 'CAS involved re: kids', 'await bed at detox', 'd/c tomorrow if stable']
        lines = ['Rm %d  %s  %dy  %s' % (rm, full(q, 'en', 3), q['age'], r.choice(notes)) for q, rm in zip(pts, sorted(r.sample(range(601, 640), n)))]
        b = 'Night handover 6W:\n\n' + '\n'.join(lines) + '\n\n' + sig(r, S)
        subj = 'handover 6W ' + when(r).isoformat()
    return P(lang, S, addr_of(staff(r, lang)), subj, b, ['patient_name', 'diagnosis', 'medication'], 'sign-out list of inpatients with names and clinical notes')

def p_dpj_report(r, lang):
    S = staff(r, 'fr'); c = person(r, 'fr', minage=5, maxage=16)
    mom = r.choice(FR_GIV_F) + ' ' + c['sur']
    b = ('Bonjour,\n\nSuite au signalement retenu pour %s %s (né%s le %s, NAM %s), l\'évaluation est complétée.\n'
         'Motif de compromission : %s (art. 38 LPJ). La mère, %s, %s.\n'
         'Orientation : %s. Prochaine rencontre à l\'école le %s.\n\nMerci de ne pas transférer.\n%s') % (
        'l\'enfant' if c['age'] < 12 else 'l\'adolescent' + e_(c), c['given'] + ' ' + c['sur'], e_(c), dfr(c['dob']),
        fmt_nam(c['nam'], r.choice([0, 1, 2])),
        r.choice(['négligence sur le plan de la santé', 'exposition à la violence conjugale', 'abus physique', 'troubles de comportement sérieux']),
        mom, r.choice(['est en démarche en dépendance', 'a quitté la résidence familiale', 'collabore partiellement']),
        r.choice(['application des mesures', 'entente sur mesures volontaires', 'placement en famille d\'accueil temporaire']),
        dtxt(when(r), 'fr'), sig(r, S))
    return P('fr', S, r.choice(['direction@ecole-secondaire-exemple.example', 'h.marchand@ciusss-exemple.example']),
             'Suivi dossier DPJ – ' + c['sur'], b,
             ['patient_name', 'ramq_nam', 'date_of_birth', 'social_information'], 'youth protection evaluation for named child with NAM')

def p_dpj_court(r, lang):
    S = staff(r, lang); c = person(r, 'fr', nam=False, minage=2, maxage=15)
    dos = '%d-%02d-%06d' % (r.randint(500, 799), r.randint(20, 25), r.randint(1000, 999999))
    if lang == 'fr':
        b = ('Me %s,\n\nVoici les éléments pour l\'audience du %s concernant l\'enfant %s %s (%d ans), dossier %s.\n'
             '- contacts supervisés avec le père 1x/sem\n- rapport de la famille d\'accueil joint sous pli séparé\n'
             '- recommandation : prolongation de l\'hébergement 12 mois\n\n%s') % (
            r.choice(['Lemieux', 'Auclair', 'Poulin']), dtxt(when(r), 'fr'), c['given'], c['sur'], c['age'], dos, sig(r, S))
        return P('fr', S, 'greffe@tribunal-jeunesse.example', 'Audience – dossier ' + dos, b,
                 ['patient_name', 'mrn', 'social_information'], 'court hearing on custody/placement of named child')
    b = ('Hi,\n\nRe: %s %s, age %d, file %s — the hearing at the Youth Court is moved to %s.\n'
         'Foster parents will bring him/her; bio mother has supervised visits only. Please update the school.\n\n%s') % (
        c['given'], c['sur'], c['age'], dos, dtxt(when(r), 'en'), sig(r, S))
    b = b.replace('him/her', 'him' if c['sex'] == 'M' else 'her')
    return P('en', S, 'csc@childrens-services.example', 'Youth court date change', b,
             ['patient_name', 'mrn', 'social_information'], 'youth protection court date for named child')

def p_chsld_admission(r, lang):
    S = staff(r, 'fr'); p = person(r, 'fr', minage=65)
    b = ('Bonjour,\n\nAdmission confirmée au CHSLD Saint-Exemple le %s pour %s (%s), NAM %s.\n'
         'Dx : %s. Allergies : %s.\nRx à prévoir : %s, %s.\nFamille : %s, %s.\n\nMerci\n%s') % (
        dtxt(when(r), 'fr'), full(p, 'fr'), dfr(p['dob']), fmt_nam(p['nam'], r.choice([0, 1])),
        r.choice(['trouble neurocognitif majeur type Alzheimer, SCPD', 'MPOC O2 2 L', 'AVC avec hémiparésie G', 'Parkinson avancé']),
        r.choice(['pénicilline', 'aucune connue', 'sulfa']), r.choice(MEDS), r.choice(['donépézil 10 mg DIE', 'furosémide 40 mg DIE', 'warfarine selon INR']),
        r.choice([r.choice(FR_GIV_F) + ' ' + p['sur'] + ' (fille)', r.choice(FR_GIV_M) + ' ' + p['sur'] + ' (fils)']), phone(r), sig(r, S))
    return P('fr', S, r.choice(['admission@chsld-prive-bellevue.example', 'k.simard@ciusss-exemple.example']),
             r.choice(['Admission CHSLD', 'Nouvelle admission – unité 2', 'Admission hébergement']), b,
             ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'], 'CHSLD admission with NAM, dx, meds')

def p_sad_visit(r, lang):
    S = staff(r, lang); pts = [person(r, lang, nam=False, minage=60) for _ in range(r.randint(2, 4))]
    if lang == 'fr':
        lines = ['%s – %s – %s – %s' % (full(q, 'fr', 1), home_addr(r, 'fr'), phone(r), r.choice(['pansement ulcère jambe D', 'prise de sang INR', 'injection B12', 'évaluation chute', 'bain + soins d\'hygiène']))
                 for q in pts]
        b = 'Bonjour,\n\nVoici ta tournée SAD de %s (secteur Est) :\n\n%s\n\nCode porte pour %s : %d#\n\n%s' % (
            dtxt(when(r), 'fr'), '\n'.join(lines), pts[0]['sur'], r.randint(1000, 9999), sig(r, S))
        return P('fr', S, r.choice(['inf.remplacante@agence-soins.example', 'intake@carelink-homecare.example']), 'Tournée SAD', b,
                 ['patient_name', 'patient_contact', 'diagnosis'], 'home-care route with patient names, addresses, phones, care')
    lines = ['%s, %s, tel %s — %s' % (full(q, 'en', 2), home_addr(r, 'en'), phone(r, '613'), r.choice(['wound care sacrum', 'med pack delivery', 'PICC flush', 'fall risk assessment']))
             for q in pts]
    b = 'Hi team,\n\nHome visits for %s:\n\n%s\n\n%s' % (dtxt(when(r), 'en'), '\n'.join(lines), sig(r, S))
    return P('en', S, 'intake@carelink-homecare.example', 'home visits tomorrow', b,
             ['patient_name', 'patient_contact', 'diagnosis'], 'home visit list with names, addresses, care')

def p_transport(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=r.random() < 0.5, minage=40)
    d = when(r)
    if lang == 'fr':
        b = ('Bonjour,\n\nTransport adapté SVP pour %s, %s, tél. %s.\nRV : %s 10h30, hémodialyse, Pavillon B.\n'
             'Fauteuil roulant, accompagnateur non requis.%s\n\nMerci!\n%s') % (
            full(p, 'fr'), home_addr(r, 'fr'), phone(r), dtxt(d, 'fr'),
            (' NAM : ' + fmt_nam(p['nam'], 1)) if p['nam'] else '', sig(r, S))
        t = ['patient_name', 'patient_contact', 'diagnosis'] + (['ramq_nam'] if p['nam'] else [])
        return P('fr', S, 'transport@coop-ambulance.example', 'Demande de transport – ' + p['sur'], b, t, 'transport booking with patient name and home address')
    b = ('Please book a stretcher transfer for %s (DOB %s) from %s to OGH Psychiatric Emergency on %s, 0900. '
         'Pt on Form 1. Contact sister at %s.\n\n%s') % (full(p, 'en', 2), p['dob'], home_addr(r, 'en'), dtxt(d, 'en'), phone(r, '613'), sig(r, S))
    return P('en', S, 'dispatch@patient-transfer.example', 'Transport request', b,
             ['patient_name', 'date_of_birth', 'patient_contact', 'social_information'], 'transport booking with name, DOB, address')

def p_pharm_medrec(r, lang):
    S = staff(r, lang); p = person(r, lang, minage=30)
    if lang == 'fr':
        ms = r.sample(MEDS, 3)
        b = ('Bonjour,\n\nPour le bilan comparatif de %s (DDN %s), pourriez-vous nous faxer le profil des 6 derniers mois?\n'
             'À l\'admission %s déclare :\n- %s\n- %s\n- %s\nDoute sur l\'observance de la %s.\n\nMerci,\n%s') % (
            full(p, 'fr'), dfr(p['dob']), il(p), ms[0], ms[1], ms[2], ms[0].split()[0], sig(r, S))
        return P('fr', S, r.choice(['reception@pharmacie-lafleur.example', 'labo@pharmacie-du-quartier.example']),
                 'Profil pharmaco – ' + full(p, 'fr', 3), b, ['patient_name', 'date_of_birth', 'medication'], 'med reconciliation request with name, DOB, meds')
    ms = r.sample(MEDS_EN, 3)
    b = ('Hello,\n\nMed rec for %s, DOB %s, admitted to 6W. Your profile shows %s and %s; pt says %s was stopped in Jan. Can you confirm last fill dates?\n\n%s') % (
        full(p, 'en', 2), p['dob'], ms[0], ms[1], ms[2].split()[0], sig(r, S))
    return P('en', S, 'fax2mail@westend-pharmacy.example', 'med rec query', b, ['patient_name', 'date_of_birth', 'medication'], 'pharmacy med rec with name and meds')

def p_oat(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=False, minage=20, maxage=60)
    if lang == 'fr':
        dose = r.choice([40, 60, 85, 110])
        b = ('Bonjour,\n\n%s %s (DDN %s) : nouvelle dose de méthadone %d mg DIE à partir du %s, prise observée en pharmacie.\n'
             'Pas de doses emportées tant que les dépistages urinaires sont positifs (fentanyl x2).\nOrdonnance signée en pièce jointe à suivre.\n\n%s') % (
            civ(p, 'fr'), p['sur'], dfr(p['dob']), dose, dtxt(when(r), 'fr'), sig(r, S))
        return P('fr', S, 'reception@pharmacie-lafleur.example', 'TAO – ajustement de dose', b,
                 ['patient_name', 'date_of_birth', 'medication', 'lab_result', 'social_information'], 'OAT dose change for named patient')
    b = ('Hi,\n\nFYI %s missed 3 consecutive Suboxone doses (last witnessed %s). Per protocol pls do not dispense until seen by Dr Okafor. '
         'Pt was at ED overnight with an overdose, naloxone x2.\n\nThanks\n%s') % (full(p, 'en', 2), dtxt(when(r), 'en'), sig(r, S))
    return P('en', S, 'fax2mail@westend-pharmacy.example', 'OAT – missed doses ' + p['sur'], b,
             ['patient_name', 'medication', 'diagnosis', 'social_information'], 'OAT missed doses and overdose for named patient')

def p_critical_lab(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=False)
    mrn = gen_mrn(r)
    if lang == 'fr':
        val = r.choice(['lithium 2,1 mmol/L', 'K+ 6,8 mmol/L', 'clozapine : neutrophiles 0,9 x10⁹/L', 'INR 6,2'])
        b = ('Valeur critique – à aviser au médecin traitant\n\nPatient : %s\nDossier : %s\nRésultat : %s (prélevé %s 07h10)\n'
             'Médecin avisé : Dre Fortin, 11h42\n\n%s') % (full(p, 'fr', 1), mrn, val, dtxt(when(r), 'fr'), sig(r, S))
        return P('fr', S, addr_of(staff(r, 'fr')), 'VALEUR CRITIQUE ' + mrn, b, ['patient_name', 'mrn', 'lab_result'], 'critical lab value with name and chart number')
    val = r.choice(['lithium 2.1 mmol/L', 'K 6.8', 'ANC 0.9 on clozapine', 'ethanol 78 mmol/L'])
    b = 'Critical value called to Dr. Kim 14:05.\n\nPt: %s  MRN %s\nResult: %s\n\n%s' % (full(p, 'en', 1), mrn, val, sig(r, S))
    return P('en', S, addr_of(staff(r, 'en')), 'Critical result', b, ['patient_name', 'mrn', 'lab_result'], 'critical lab with name and MRN')

def p_discharge_pdf(r, lang):
    S = staff(r, lang); p = person(r, lang, minage=18)
    if lang == 'fr':
        lines = ['Patient : ' + full(p, 'fr', 1), 'DDN : ' + dfr(p['dob']), 'NAM : ' + p['nam'],
                 'Admission : 2025-%02d-%02d   Congé : 2025-%02d-%02d' % (r.randint(1, 6), r.randint(1, 28), r.randint(7, 10), r.randint(1, 28)),
                 'Diagnostic principal : ' + r.choice(DX_PSY_FR), 'Médication au congé : ' + ', '.join(r.sample(MEDS, 2)),
                 'Suivi : GASM / intervenant pivot, RV dans 7 jours.']
        pdf = make_pdf('Résumé de dossier – congé', lines)
        b = 'Bonjour,\n\nCi-joint le résumé de congé pour votre patient%s. Bonne journée.\n\n%s' % (e_(p), sig(r, S))
        return P('fr', S, 'secretariat@gmf-des-rivieres.example', 'Résumé de congé', b,
                 ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'], 'PDF discharge summary attached',
                 attachments=[('application/pdf', 'resume_conge_%s.pdf' % p['sur'].lower(), pdf)])
    lines = ['Patient: ' + full(p, 'en', 1), 'DOB: ' + p['dob'], 'OHN: ' + fmt_ohn(p['ohn'], 1, p['vc']),
             'Dx: ' + r.choice(DX_PSY_EN), 'Discharge meds: ' + ', '.join(r.sample(MEDS_EN, 2)), 'Follow-up: family physician 1 wk.']
    pdf = make_pdf('Discharge Summary', lines)
    b = 'Please find attached the discharge summary.\n\n' + sig(r, S)
    return P('en', S, 'records@riverside-fht.example', 'Discharge summary', b,
             ['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis', 'medication'], 'PDF discharge summary attached',
             attachments=[('application/pdf', 'DS_%06d.pdf' % r.randint(0, 999999), pdf)])

def p_booking(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=False)
    d = when(r)
    if lang == 'fr':
        b = ('Bonjour %s,\n\nVotre rendez-vous en clinique des troubles anxieux est déplacé au %s à 13h15 (Dr Trudel). '
             'Merci de confirmer au %s.\n\n%s') % (full(p, 'fr'), dtxt(d, 'fr'), phone(r, '450'), sig(r, S))
        to = '%s %s <%s.%s@courriel.example>' % (p['given'], p['sur'], p['given'].lower()[:3], 'x%d' % r.randint(10, 99))
        return P('fr', S, to, 'Changement de rendez-vous', b, ['patient_name', 'diagnosis'], 'appointment change sent to patient for named clinic')
    b = ('Hi,\n\nCan we move %s (MRN %s) from Tue to %s? Pt has a court date Tuesday. Same clinic, Dr Okafor, 45 min f/u.\n\nThx\n%s') % (
        full(p, 'en', 2), gen_mrn(r, r.choice([0, 2, 3])), dtxt(d, 'en'), sig(r, S))
    return P('en', S, addr_of(staff(r, 'en')), 'reschedule', b, ['patient_name', 'mrn', 'social_information'], 'reschedule request with name and MRN')

def p_subject_only(r, lang):
    S = staff(r, lang); p = person(r, lang)
    if lang == 'fr':
        subj = 'Suivi %s %s – NAM %s – résultat lithémie' % (civ(p, 'fr'), p['sur'], fmt_nam(p['nam'], 1))
        b = 'Voir objet. Peux-tu me rappeler avant 15h?\n\nMerci\n' + sig(r, S)
        return P('fr', S, addr_of(staff(r, 'fr')), subj, b, ['patient_name', 'ramq_nam', 'lab_result'], 'identifiers and test in Subject only')
    subj = '%s %s OHN %s - pls call re positive UDS' % (p['given'], p['sur'], p['ohn'])
    b = 'see subject. thx\n\n' + sig(r, S)
    return P('en', S, addr_of(staff(r, 'en')), subj, b, ['patient_name', 'ca_health_number', 'lab_result'], 'identifiers and result in Subject only')

def p_waitlist_xlsx(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        rows = [['Nom', 'Prénom', 'DDN', 'NAM', 'Priorité', 'Motif']]
        for _ in range(r.randint(5, 9)):
            p = person(r, 'fr')
            rows.append([p['sur'], p['given'], p['dob'], p['nam'], r.choice(['P1', 'P2', 'P3']), r.choice(['TDAH', 'anxiété', 'dépression', 'TUS cannabis', 'TCA'])])
        b = 'Bonjour,\n\nListe d\'attente GASM à jour en pièce jointe. Attention aux P1.\n\n' + sig(r, S)
        return P('fr', S, addr_of(staff(r, 'fr')), 'Liste d\'attente GASM', b,
                 ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], 'XLSX waitlist of patients with NAM and reason',
                 attachments=[('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'liste_attente_gasm.xlsx', make_xlsx('attente', rows))])
    rows = [['Last', 'First', 'DOB', 'OHN', 'Referral reason']]
    for _ in range(r.randint(5, 8)):
        p = person(r, 'en')
        rows.append([p['sur'], p['given'], p['dob'], p['ohn'], r.choice(DX_PSY_EN)])
    b = 'Updated waitlist attached.\n\n' + sig(r, S)
    return P('en', S, 'intake@ottawa-general.example', 'waitlist update', b,
             ['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis'], 'XLSX waitlist with OHNs',
             attachments=[('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'waitlist.xlsx', make_xlsx('waitlist', rows))])

def p_census_csv(r, lang):
    S = staff(r, lang)
    hdr = ['mrn', 'nom', 'prenom', 'unite', 'dx'] if lang == 'fr' else ['mrn', 'last', 'first', 'unit', 'dx']
    rows = [hdr]
    for _ in range(r.randint(6, 10)):
        p = person(r, lang, nam=False)
        rows.append([gen_mrn(r, r.choice([0, 4])), p['sur'], p['given'], r.choice(['6W', '6E', 'CHSLD-2', 'PED-3']),
                     r.choice(DX_PSY_EN if lang == 'en' else DX_PSY_FR)])
    b = ('Census export as requested.\n\n' if lang == 'en' else 'Extraction du recensement tel que demandé.\n\n') + sig(r, S)
    return P(lang, S, addr_of(staff(r, lang)), 'census export' if lang == 'en' else 'recensement unités', b,
             ['patient_name', 'mrn', 'diagnosis'], 'CSV census with MRN, names, dx',
             attachments=[('text/csv', 'census.csv', make_csv(rows))])

def p_case_ics(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=False, maxage=17)
    d = when(r)
    if lang == 'fr':
        summ = 'Plan de services – %s %s (%d ans)' % (p['given'], p['sur'], p['age'])
        desc = 'Discussion de cas : retour à l\'école, suivi pédopsy, implication DPJ. Présence des parents à confirmer.'
        b = 'Invitation à la rencontre interdisciplinaire.\n\n' + sig(r, S)
    else:
        summ = 'Case conference - %s %s' % (p['given'], p['sur'])
        desc = 'Discuss discharge plan, ADHD med trial, CAS involvement and school re-entry.'
        b = 'Invite attached.\n\n' + sig(r, S)
    ics = make_ics('%x@ciusss-exemple.example' % r.getrandbits(40), summ, d, r.randint(9, 15), desc, 'Salle 3.14',
                   addr_of(S).split('<')[1].rstrip('>'), ['h.marchand@ciusss-exemple.example', 'direction@ecole-secondaire-exemple.example'])
    return P(lang, S, 'direction@ecole-secondaire-exemple.example', summ, b,
             ['patient_name', 'diagnosis', 'social_information'], 'ICS case conference for named child',
             attachments=[('text/calendar', 'invite.ics', ics)])

def p_vcard_patient(r, lang):
    S = staff(r, 'fr'); p = person(r, 'fr', minage=60)
    vcf = make_vcf('%s %s' % (p['given'], p['sur']), p['sur'], p['given'], phone(r), home_addr(r, 'fr'),
                   'Usager SAD – NAM %s – %s' % (p['nam'], r.choice(['diabète type 2, insuline', 'soins palliatifs à domicile', 'démence, vit seul' + e_(p)])))
    b = 'Salut,\n\nJe t\'envoie la fiche contact de ' + ('ma' if True else '') + ' nouvelle usagère/usager pour ta tournée de mardi.\n\n' + sig(r, S)
    b = b.replace('ma nouvelle usagère/usager', 'ma nouvelle usagère' if p['sex'] == 'F' else 'mon nouvel usager')
    return P('fr', S, addr_of(staff(r, 'fr')), 'Fiche contact', b,
             ['patient_name', 'ramq_nam', 'patient_contact', 'diagnosis'], 'vCard of a home-care client with NAM and condition',
             attachments=[('text/vcard', '%s_%s.vcf' % (p['sur'].lower(), p['given'].lower()[:1]), vcf)])

def _inner_msg(r, lang, subj, body, frm, to):
    m = dict(frm=frm, to=to, subject=subj, body=body, mode='plain')
    return assemble(r, m, inner=True)

def p_fwd_eml(r, lang):
    S = staff(r, lang); p = person(r, lang)
    if lang == 'fr':
        ib = ('Bonjour,\n\nDemande d\'évaluation en dépendance pour %s, NAM %s. Consommation de cocaïne quotidienne, '
              'perte de logement le mois dernier, hébergé%s en refuge.\n\nMerci') % (full(p, 'fr'), fmt_nam(p['nam'], 2), e_(p))
        inner = _inner_msg(r, 'fr', 'Demande services dépendance', ib, 'intake@ressource-le-phare.example', addr_of(S))
        b = 'Je te transfère la demande ci-jointe, peux-tu l\'ouvrir au guichet?\n\n' + sig(r, S)
        return P('fr', S, addr_of(staff(r, 'fr')), 'TR: Demande services dépendance', b,
                 ['patient_name', 'ramq_nam', 'diagnosis', 'social_information'], 'forwarded .eml attachment with addiction referral',
                 fwd_msg=inner)
    ib = ('Hello,\n\nReferral for %s, DOB %s, OHN %s - alcohol use disorder, 2 withdrawal seizures this year. Pls triage for residential treatment.') % (
        full(p, 'en', 2), p['dob'], fmt_ohn(p['ohn'], 2))
    inner = _inner_msg(r, 'en', 'Referral - residential tx', ib, 'office@dr-sandhu-clinic.example', addr_of(S))
    b = 'Fwd as attachment — can you add to the list?\n\n' + sig(r, S)
    return P('en', S, addr_of(staff(r, 'en')), 'Fw: Referral - residential tx', b,
             ['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis'], 'referral attached as message/rfc822', fwd_msg=inner)

def p_zip_docs(r, lang):
    S = staff(r, lang); p = person(r, lang, minage=10, maxage=17)
    if lang == 'fr':
        dx = make_docx('Rapport d\'évaluation psychoéducative', ['Jeune : %s %s, %s' % (p['given'], p['sur'], dfr(p['dob'])),
                       'NAM : ' + p['nam'], 'Hypothèse : TDAH présentation combinée, anxiété de séparation.',
                       'Contexte : garde partagée conflictuelle, suivi DPJ antérieur (2022).'])
        z = make_zip([('rapport_eval.docx', dx), ('lisez-moi.txt', 'Mot de passe transmis par téléphone.\r\n'.encode())])
        b = 'Bonjour,\n\nCi-joint le dossier compressé demandé.\n\n' + sig(r, S)
        return P('fr', S, 'direction@ecole-secondaire-exemple.example', 'Documents demandés', b,
                 ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'social_information'], 'ZIP with DOCX evaluation of named youth',
                 attachments=[('application/zip', 'documents.zip', z)])
    dx = make_docx('Assessment note', ['Client: %s %s  DOB %s' % (p['given'], p['sur'], p['dob']), 'OHN ' + p['ohn'],
                   'Presenting: cannabis use disorder, school refusal, self-harm (superficial cuts).'])
    z = make_zip([('assessment.docx', dx)])
    b = 'Zip attached as discussed.\n\n' + sig(r, S)
    return P('en', S, 'csc@childrens-services.example', 'files', b,
             ['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis'], 'ZIP with DOCX assessment of named youth',
             attachments=[('application/zip', 'files.zip', z)])

def p_disguised(r, lang):
    S = staff(r, lang); p = person(r, 'fr')
    n = p['nam']
    if lang == 'fr':
        way = r.choice([fmt_nam(n, 4), fmt_nam(n, 5), '%s / %s / %s' % (n[:4], n[4:8], n[8:]), '%s\n%s' % (n[:6], n[6:])])
        b = ('Salut,\n\nJ\'écris le numéro comme ça pour que le filtre ne bloque pas :\n%s\n'
             'C\'est pour %s %s, la dame/le monsieur du 4e qui refuse sa %s. Peux-tu vérifier son profil?\n\n%s') % (
            way, civ(p, 'fr'), p['sur'], r.choice(['clozapine', 'quétiapine', 'médication']), sig(r, S))
        b = b.replace('la dame/le monsieur', 'la dame' if p['sex'] == 'F' else 'le monsieur')
        return P('fr', S, 'labo@pharmacie-du-quartier.example', 'pour vérif', b,
                 ['patient_name', 'ramq_nam', 'medication'], 'NAM deliberately spaced/split with name and medication')
    way = fmt_nam(n, r.choice([3, 4]))
    b = ('Spelling it out so it goes through: %s — %s %s, the one transferred from Laval. Need %s last lithium level.\n\n%s') % (
        way, p['given'], p['sur'], his(p), sig(r, S))
    return P('en', S, addr_of(staff(r, 'fr')), 'quick one', b, ['patient_name', 'ramq_nam', 'lab_result'], 'NAM spelled out with spaces plus name')

def p_ohip(r, lang):
    S = staff(r, 'en'); p = person(r, 'en')
    code = r.choice(['A195', 'K623', 'H102', 'K007'])
    b = ('Hi,\n\nClaim rejected (EH1 – version code mismatch) for %s, HN %s%s, DOS %s, fee code %s. '
         'Can you check the card on file and resubmit?\n\n%s') % (
        full(p, 'en', 1), fmt_ohn(p['ohn'], r.choice([0, 1, 2])), (' ' + p['vc']) if p['vc'] else '', when(r).isoformat(), code, sig(r, S))
    return P('en', S, 'billing@ohip-agent.example', 'OHIP reject ' + p['sur'], b,
             ['patient_name', 'ca_health_number'], 'OHIP claim rejection with patient name and health number')

def p_income(r, lang):
    S = staff(r, lang); p = person(r, 'fr' if lang == 'fr' else 'en', nam=False, minage=20)
    s = gen_sin(r)
    if lang == 'fr':
        b = ('Bonjour,\n\nDemande d\'aide sociale pour %s (NAS %s), actuellement hospitalisé%s en psychiatrie. '
             'Sans revenu depuis %s, risque de perte du logement. Le formulaire SR-2100 est joint.\n\n%s') % (
            full(p, 'fr'), fmt_sin(s, r.choice([1, 2, 3])), e_(p), r.choice(['janvier', 'mars', 'juin']), sig(r, S))
        return P('fr', S, 'agent@solidarite-sociale.example', 'Demande d\'aide – ' + p['sur'], b,
                 ['patient_name', 'ca_sin', 'social_information', 'diagnosis'], 'income support request with SIN')
    b = ('Hello,\n\nODSP application support for %s, SIN %s. Client has been in hospital 6 wks (psychosis) and will be discharged to a shelter. '
         'Medical form to follow.\n\n%s') % (full(p, 'en', 2), fmt_sin(s, r.choice([1, 2])), sig(r, S))
    return P('en', S, 'caseworker@odsp-office.example', 'ODSP application', b,
             ['patient_name', 'ca_sin', 'social_information', 'diagnosis'], 'disability income application with SIN')

def p_research(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=False, minage=18)
    mrn = gen_mrn(r, r.choice([2, 3, 4]))
    if lang == 'fr':
        b = ('Bonjour,\n\nNouveau participant randomisé dans l\'étude KETA-DEP : %s, dossier %s, code R-%03d, bras B. '
             'Visite J0 le %s. MADRS de base 34.\n\n%s') % (full(p, 'fr', 1), mrn, r.randint(1, 200), dtxt(when(r), 'fr'), sig(r, S))
        return P('fr', S, 'research@ottawa-general.example', 'KETA-DEP – inclusion', b,
                 ['patient_name', 'mrn', 'diagnosis'], 'study enrolment with name and chart number')
    b = ('Hi,\n\nEnrolled %s (MRN %s) in the CLOZ-RAPID study today, participant ID CR-%03d. Baseline ANC normal. '
         'Consent scanned to the shared drive.\n\n%s') % (full(p, 'en', 1), mrn, r.randint(1, 200), sig(r, S))
    return P('en', S, 'research@ottawa-general.example', 'CR enrolment', b, ['patient_name', 'mrn', 'lab_result', 'medication'], 'study enrolment with name and MRN')

def p_incident(r, lang):
    S = staff(r, 'fr'); p = person(r, 'fr', nam=r.random() < 0.5, minage=70)
    b = ('Rapport AH-223 – déclaration d\'incident/accident\n\nRésident%s : %s, ch. %d%s\nÉvénement : %s le %s vers 3h15.\n'
         'Conséquences : %s. Famille avisée (%s).\nMesures : détecteur de mouvement, révision Rx (%s).\n\n%s') % (
        'e' if p['sex'] == 'F' else '', full(p, 'fr'), r.randint(101, 260), (', NAM ' + p['nam']) if p['nam'] else '',
        r.choice(['chute de la chaise', 'chute au lever', 'erreur de médicament (dose doublée)', 'fugue de l\'unité']),
        dtxt(when(r), 'fr'), r.choice(['ecchymose hanche G, RX négative', 'aucune conséquence', 'fracture du poignet, transfert urgence']),
        r.choice(FR_GIV_F) + ' ' + p['sur'], r.choice(['zopiclone', 'lorazépam', 'quétiapine']), sig(r, S))
    t = ['patient_name', 'diagnosis', 'medication'] + (['ramq_nam'] if p['nam'] else [])
    return P('fr', S, 'gestion.risques@ciusss-exemple.example', 'Déclaration AH-223 – CHSLD', b, t, 'incident report naming a resident')

def p_quoted_reply(r, lang):
    S = staff(r, lang); S2 = staff(r, lang); p = person(r, lang, nam=r.random() < 0.6)
    if lang == 'fr':
        old = ('Bonjour,\n\n%s (%s) a manqué ses 2 derniers RV au CRD. Dernière injection de palipéridone le %s. '
               'Pouvez-vous faire une visite?\n\n%s %s') % (full(p, 'fr'), ('NAM ' + p['nam']) if p['nam'] else 'DDN ' + dfr(p['dob']),
                                                          dtxt(when(r), 'fr'), S2['given'], S2['sur'])
        top = r.choice(['Ok, on y va jeudi.', 'Reçu, je m\'en occupe.', 'Vu. Je te reviens.'])
        b = reply_wrap(r, 'fr', top + '\n\n' + S['given'], addr_of(S2), '12 mars 2025 à 09:14', 'Absence RV', old)
        return P('fr', S, addr_of(S2), 'RE: Absence RV', b,
                 ['patient_name', 'ramq_nam' if p['nam'] else 'date_of_birth', 'medication'], 'short reply; patient details only in quoted text', reply=True)
    old = ('Hi,\n\n%s (OHN %s) presented again last night intoxicated, BAL 61. Can addiction services reach out? Cell %s.\n\n%s') % (
        full(p, 'en', 2), fmt_ohn(p['ohn'], 2), phone(r, '613'), S2['given'])
    top = r.choice(['Will do, thanks.', 'Noted — added to tomorrow\'s list.', 'ok'])
    b = reply_wrap(r, 'en', top, addr_of(S2), 'Mar 12, 2025, at 9:14 AM', 'ED f/u', old)
    return P('en', S, addr_of(S2), 'RE: ED f/u', b,
             ['patient_name', 'ca_health_number', 'lab_result', 'patient_contact', 'diagnosis'], 'short reply; patient details in quoted text', reply=True)

def p_paeds(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=lang == 'fr', minage=6, maxage=12)
    if lang == 'fr':
        b = ('Bonjour,\n\nSuivi de %s %s (%d ans, NAM %s) en clinique de pédiatrie : %s. '
             'Poids %s kg (< 3e percentile). Je demande un suivi nutrition et une évaluation sociale (famille hébergée en maison d\'hébergement).\n\n%s') % (
            p['given'], p['sur'], p['age'], fmt_nam(p['nam'], r.choice([0, 1])),
            r.choice(['retard staturo-pondéral', 'asthme mal contrôlé, 3 visites urgence', 'retard de langage, suspicion TSA']),
            ('%0.1f' % r.uniform(15, 30)).replace('.', ','), sig(r, S))
        return P('fr', S, 'secretariat@gmf-des-rivieres.example', 'Suivi pédiatrie', b,
                 ['patient_name', 'ramq_nam', 'diagnosis', 'social_information'], 'paediatric follow-up with NAM and social context')
    b = ('Hi,\n\n%s %s (DOB %s) – ADHD f/u: methylphenidate increased to 36 mg. Mom reports poor sleep. Next visit in 6 wks.\n\n%s') % (
        p['given'], p['sur'], p['dob'], sig(r, S))
    return P('en', S, 'office@dr-sandhu-clinic.example', 'f/u note', b, ['patient_name', 'date_of_birth', 'diagnosis', 'medication'], 'paediatric ADHD follow-up')

def p_school(r, lang):
    S = staff(r, 'fr'); p = person(r, 'fr', nam=False, minage=6, maxage=16)
    b = ('Bonjour Mme la directrice,\n\nAvec l\'accord des parents, voici les recommandations pour %s %s (%s année) suite à son évaluation : '
         '%s. Merci de prévoir du temps supplémentaire aux examens et un local calme.\n\n%s') % (
        p['given'], p['sur'], r.choice(['2e', '4e', '6e', 'sec. 2']),
        r.choice(['TDAH et dyslexie', 'trouble anxieux généralisé', 'TSA niveau 1', 'trouble de l\'opposition']), sig(r, S))
    return P('fr', S, 'direction@ecole-secondaire-exemple.example', 'Recommandations – élève ' + p['sur'], b,
             ['patient_name', 'diagnosis'], 'school liaison about a named child with diagnosis')

def p_careplan_docx(r, lang):
    S = staff(r, 'fr'); p = person(r, 'fr', minage=60)
    dx = make_docx('Plan d\'intervention – Soutien à domicile', [], table=[
        ['Usager', full(p, 'fr', 1)], ['NAM', p['nam']], ['DDN', p['dob']], ['Adresse', home_addr(r, 'fr')],
        ['Problèmes', r.choice(['Démence, risque d\'errance', 'Insuffisance cardiaque, œdème MI', 'Dépression, isolement social'])],
        ['Interventions', 'AVQ 3x/sem, popote roulante, répit aidant'], ['Aidant', r.choice(FR_GIV_F) + ' (fille), ' + phone(r)]])
    b = 'Bonjour,\n\nPlan d\'intervention mis à jour en pièce jointe pour signature.\n\n' + sig(r, S)
    return P('fr', S, addr_of(staff(r, 'fr')), 'PI à signer', b,
             ['patient_name', 'ramq_nam', 'date_of_birth', 'patient_contact', 'diagnosis'], 'DOCX care plan for home-care client',
             attachments=[('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PI_%s.docx' % p['sur'], dx)])

def p_eu_transfer(r, lang):
    S = staff(r, 'fr'); sex = r.choice('MF')
    sur = r.choice(['Dupont', 'Janssens', 'Peeters', 'Lefèvre', 'Moreau']); giv = r.choice(FR_GIV_M if sex == 'M' else FR_GIV_F)
    dob = '%04d-%02d-%02d' % (r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28))
    if r.random() < 0.5:
        idn = gen_niss(r, dob, sex); lab = 'NISS'; t = 'be_niss'; idf = '%s.%s.%s-%s.%s' % (idn[:2], idn[2:4], idn[4:6], idn[6:9], idn[9:])
        org = 'un hôpital de Liège'
    else:
        idn = gen_nir(r, dob, sex); lab = 'NIR'; t = 'fr_nir'; idf = '%s %s %s %s %s %s %s' % (idn[0], idn[1:3], idn[3:5], idn[5:7], idn[7:10], idn[10:13], idn[13:])
        org = 'le CHU de Lyon'
    b = ('Bonjour,\n\nTransfert de dossier pour %s %s %s, né%s le %s, %s %s, hospitalisé%s chez nous pour %s. '
         'Nous transmettons le résumé à %s à la demande de la famille.\n\n%s') % (
        'M.' if sex == 'M' else 'Mme', giv, sur, '' if sex == 'M' else 'e', dfr(dob), lab, idf, '' if sex == 'M' else 'e',
        r.choice(DX_PSY_FR), org, sig(r, S))
    return P('fr', S, r.choice(['archives@chu-lyon.example', 'dossiers@chr-liege.example']), 'Transfert de dossier', b,
             ['patient_name', t, 'date_of_birth', 'diagnosis'], 'record transfer with European identifier')

def p_overdose(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=False, minage=16, maxage=50)
    if lang == 'fr':
        b = ('Bonjour,\n\n%s (%s) a été vu%s à l\'urgence cette nuit pour surdose d\'opioïdes (fentanyl), naloxone x3. '
             'Refuse l\'hospitalisation. Vit en refuge, cell %s. Peux-tu tenter un contact avec l\'équipe de proximité?\n\n%s') % (
            full(p, 'fr', 2), dfr(p['dob']), e_(p), phone(r, '514'), sig(r, S))
        return P('fr', S, 'intake@ressource-le-phare.example', 'Surdose – relance', b,
                 ['patient_name', 'date_of_birth', 'diagnosis', 'patient_contact', 'social_information'], 'overdose follow-up with name and contact')
    b = ('Outreach request: %s, %d, seen in ED for fentanyl OD, naloxone kit given. No fixed address; usually at the Bank St drop-in. '
         'Phone %s.\n\n%s') % (full(p, 'en', 2), p['age'], phone(r, '613'), sig(r, S))
    return P('en', S, 'outreach@sandy-hill-chc.example', 'outreach request', b,
             ['patient_name', 'diagnosis', 'patient_contact', 'social_information'], 'overdose outreach request with name')

def p_chart_pull(r, lang):
    S = staff(r, lang); mrns = [gen_mrn(r, r.choice([0, 2, 4])) for _ in range(r.randint(1, 3))]
    if lang == 'fr':
        b = 'Bonjour,\n\nSVP sortir les dossiers suivants pour la clinique de demain (ECT) :\n' + '\n'.join('- ' + m for m in mrns) + '\n\nMerci\n' + sig(r, S)
        return P('fr', S, 'archives@ciusss-exemple.example', 'Dossiers à sortir', b, ['mrn', 'diagnosis'], 'chart numbers for an ECT clinic list')
    b = 'pls pull charts ' + ', '.join(mrns) + ' for tomorrow\'s ECT list. thx\n\n' + sig(r, S)
    return P('en', S, 'health.records@ottawa-general.example', 'chart pull', b, ['mrn', 'diagnosis'], 'chart numbers only, ECT list')

def p_split(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=False, minage=20)
    if lang == 'fr':
        subj = '%s %s' % (p['sur'].upper(), p['given'])
        b = ('Résultat reçu ce matin : test de grossesse positif + dépistage urinaire positif aux amphétamines. '
             'Elle/Il n\'est pas au courant, on en parle à la réunion?\n\n%s') % sig(r, S)
        b = b.replace('Elle/Il', 'Elle' if p['sex'] == 'F' else 'Il')
        if p['sex'] == 'M': b = b.replace('test de grossesse positif + ', '')
        return P('fr', S, addr_of(staff(r, 'fr')), subj, b, ['patient_name', 'lab_result'], 'name in Subject, result in body')
    subj = 'Re: %s %s' % (p['given'], p['sur'])
    b = 'HIV viral load came back detectable again — adherence issue. Can SW see %s before Friday?\n\n%s' % ('him' if p['sex'] == 'M' else 'her', sig(r, S))
    return P('en', S, addr_of(staff(r, 'en')), subj, b, ['patient_name', 'lab_result', 'diagnosis'], 'name in Subject, result in body', reply=True)

POS = [  # (category, function, n_fr, n_en)
    ('referral_psy', p_referral_psy, 2, 2), ('consult_reply', p_consult_reply, 0, 3), ('signout_list', p_signout, 3, 2),
    ('dpj_report', p_dpj_report, 4, 0), ('dpj_court', p_dpj_court, 2, 2), ('chsld_admission', p_chsld_admission, 3, 0),
    ('home_care_route', p_sad_visit, 2, 2), ('transport', p_transport, 2, 2), ('pharm_medrec', p_pharm_medrec, 2, 2),
    ('oat_liaison', p_oat, 2, 2), ('critical_lab', p_critical_lab, 2, 2), ('discharge_pdf', p_discharge_pdf, 2, 2),
    ('booking', p_booking, 2, 2), ('subject_only', p_subject_only, 2, 1), ('waitlist_xlsx', p_waitlist_xlsx, 2, 1),
    ('census_csv', p_census_csv, 1, 2), ('case_conf_ics', p_case_ics, 2, 1), ('vcard_client', p_vcard_patient, 2, 0),
    ('fwd_eml', p_fwd_eml, 2, 2), ('zip_docs', p_zip_docs, 2, 1), ('disguised_id', p_disguised, 3, 1),
    ('ohip_billing', p_ohip, 0, 3), ('income_support', p_income, 2, 2), ('research_enrol', p_research, 1, 2),
    ('incident_chsld', p_incident, 3, 0), ('quoted_reply', p_quoted_reply, 2, 2), ('paeds_followup', p_paeds, 2, 1),
    ('school_liaison', p_school, 2, 0), ('care_plan_docx', p_careplan_docx, 2, 0), ('eu_transfer', p_eu_transfer, 2, 0),
    ('overdose_followup', p_overdose, 1, 2), ('chart_pull', p_chart_pull, 1, 2), ('split_subject', p_split, 2, 1),
]

# ================================================================ NEGATIVES
def N(lang, S, to, subject, body, note, **kw):
    d = dict(frm=addr_of(S), to=to, subject=subject, body=body, types=[], note=note, lang=lang)
    d.update(kw)
    if d['to'] == d['frm']:
        d['to'] = 'equipe@ciusss-exemple.example' if S['lang'] == 'fr' else 'all-staff@ottawa-general.example'
    return d

def staffname(r, lang):
    st = staff(r, lang); return '%s %s' % (st['given'], st['sur'])

def n_schedule(r, lang):
    S = staff(r, lang); d = when(r)
    names = r.sample([x for x in (STAFF_FR if lang == 'fr' else STAFF_EN)], 4)
    if lang == 'fr':
        rows = ['%s %s : %s' % (g, s, r.choice(['J 7h-15h', 'S 15h-23h', 'N 23h-7h', 'congé', 'formation'])) for g, s, _, _ in names]
        b = 'Bonjour à tous,\n\nHoraire de la fin de semaine du %s (unité 6e) :\n\n%s\n\nÉchanges à me faire approuver avant jeudi.\n\n%s' % (dtxt(d, 'fr'), '\n'.join(rows), sig(r, S))
        return N('fr', S, 'equipe-6e@ciusss-exemple.example', 'Horaire fin de semaine', b, 'staff weekend schedule')
    rows = ['%s %s - %s' % (g, s, r.choice(['D 0700-1900', 'N 1900-0700', 'off', 'orientation'])) for g, s, _, _ in names]
    b = 'Hi all,\n\nSchedule for the week of %s:\n\n%s\n\nShift swaps through the portal please.\n\n%s' % (dtxt(d, 'en'), '\n'.join(rows), sig(r, S))
    return N('en', S, 'mh-6w-staff@ottawa-general.example', 'Schedule week of ' + d.isoformat(), b, 'staff schedule')

def n_hr_leave(r, lang):
    S = staff(r, lang); d = when(r)
    emp = '%06d' % r.randint(100000, 999999)
    if lang == 'fr':
        b = ('Bonjour,\n\nJe vous confirme l\'absence de %s (matricule %s) du %s pour 3 semaines (congé maladie, billet médical reçu). '
             'Merci d\'ajuster la liste de rappel.\n\n%s') % (staffname(r, 'fr'), emp, dtxt(d, 'fr'), sig(r, S))
        return N('fr', S, 'rh-paie@ciusss-exemple.example', 'Absence – employé ' + emp, b, 'employee sick leave notice (staff, not patient)')
    b = ('Hi,\n\nFYI %s will be on leave starting %s (return TBD). Please route her/his clinic to the float RN. Employee # %s.\n\n%s') % (
        staffname(r, 'en'), dtxt(d, 'en'), emp, sig(r, S))
    return N('en', S, 'hr@ottawa-general.example', 'Staff leave', b.replace('her/his', 'the'), 'staff leave notice')

def n_training(r, lang):
    S = staff(r, lang); d = when(r)
    if lang == 'fr':
        t = r.choice(['Oméga – intervention en situation d\'agressivité', 'RCR – recertification', 'Approche adaptée à la personne âgée',
                      'Prévention du suicide – formation de 2 jours', 'Administration de la naloxone'])
        b = 'Bonjour,\n\nFormation « %s » le %s, salle 2.10, 8h30 à 16h. Inscription via l\'intranet avant le %s. Places limitées (20).\n\n%s' % (
            t, dtxt(d, 'fr'), dtxt(d - datetime.timedelta(days=7), 'fr'), sig(r, S))
        return N('fr', S, 'tous-sad@ciusss-exemple.example', 'Formation : ' + t, b, 'staff training announcement')
    t = r.choice(['Non-violent crisis intervention', 'BLS recertification', 'Trauma-informed care', 'Naloxone train-the-trainer'])
    b = 'Reminder: %s on %s, 0830-1230, Room B-214. Register on the LMS. Mandatory for new hires.\n\n%s' % (t, dtxt(d, 'en'), sig(r, S))
    return N('en', S, 'all-mh-staff@ottawa-general.example', 'Training: ' + t, b, 'training announcement')

def n_newsletter(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        topic = r.choice([('la dépression post-partum', 'Environ 1 femme sur 7 présente des symptômes dépressifs après l\'accouchement.'),
                          ('le trouble lié à l\'usage du cannabis chez les jeunes', 'La consommation quotidienne est associée à un risque accru de psychose.'),
                          ('la maladie d\'Alzheimer', 'Les SCPD touchent jusqu\'à 90 % des personnes atteintes au cours de la maladie.')])
        b = ('INFOLETTRE SANTÉ MENTALE – no %d\n\nCe mois-ci : %s\n%s\n\n• Nouveau : ligne 811 option 2\n• Webinaire le %s\n• Ressources pour les proches aidants\n\n'
             'Pour vous désabonner, répondez « STOP ».\n\n%s') % (r.randint(20, 80), topic[0], topic[1], dtxt(when(r), 'fr'), sig(r, S))
        return N('fr', S, 'liste-infolettre@ciusss-exemple.example', 'Infolettre – ' + topic[0], b, 'newsletter about a condition, no patient')
    topic = r.choice(['Understanding opioid withdrawal', 'Eating disorders in adolescents', 'Lithium monitoring: what to know'])
    b = ('MENTAL HEALTH MATTERS — %s\n\nIn this issue: %s. Key points for clinicians, new patient handouts, and upcoming rounds.\n\n'
         'Read online: https://intranet.ottawa-general.example/news\n\n%s') % (when(r).strftime('%B %Y'), topic, sig(r, S))
    return N('en', S, 'newsletter@ottawa-general.example', 'Mental Health Matters: ' + topic, b, 'newsletter')

def n_drug_bulletin(r, lang):
    S = staff(r, lang); lot = '%s%d' % (r.choice(['AB', 'KL', 'X']), r.randint(10000, 99999))
    din = '%08d' % r.randint(2000000, 2499999)
    if lang == 'fr':
        b = ('Bulletin pharmaceutique\n\nRappel de lot : %s (DIN %s), lot %s, exp. 2026-03. Retirer les stocks des armoires décentralisées et retourner à la pharmacie centrale.\n'
             'Alternative : format générique disponible.\n\n%s') % (r.choice(['quétiapine 25 mg', 'lorazépam 1 mg SL', 'méthylphénidate LP 18 mg']), din, lot, sig(r, S))
        return N('fr', S, 'chefs-unite@ciusss-exemple.example', 'Rappel de lot – ' + lot, b, 'drug recall bulletin with lot/DIN numbers')
    b = ('Pharmacy bulletin: %s (DIN %s) lot %s recalled by manufacturer. Quarantine affected stock and contact pharmacy stores.\n\n%s') % (
        r.choice(['naloxone nasal 4 mg', 'olanzapine ODT 5 mg', 'buprenorphine 2 mg SL']), din, lot, sig(r, S))
    return N('en', S, 'nursing-managers@ottawa-general.example', 'Recall notice lot ' + lot, b, 'drug recall bulletin')

def n_invoice(r, lang):
    S = staff(r, lang); no = 'F-%06d' % r.randint(0, 999999)
    amt = r.randint(300, 25000) + r.randint(0, 99) / 100
    lines = ['Facture %s' % no if lang == 'fr' else 'Invoice %s' % no, 'Client : CIUSSS de l\'Exemple – Approvisionnement' if lang == 'fr' else 'Bill to: Ottawa General Hospital - Accounts Payable',
             '%s  x%d' % (r.choice(['Gants nitrile M', 'Seringues 3 mL', 'Bandes de glycémie', 'Fauteuils gériatriques']), r.randint(2, 200)),
             'Sous-total / Subtotal: %.2f $' % amt, 'TPS 5 % / TVQ 9,975 %', 'No TPS 8%08d RT0001' % r.randint(0, 99999999)]
    pdf = make_pdf('FACTURE / INVOICE', lines)
    if lang == 'fr':
        b = 'Bonjour,\n\nVeuillez trouver ci-joint la facture %s, payable net 30 jours.\n\nService à la clientèle\nFournitures Médicales Exemple inc.' % no
        return N('fr', S, 'comptes-payables@ciusss-exemple.example', 'Facture ' + no, b, 'supplier invoice PDF',
                 attachments=[('application/pdf', no + '.pdf', pdf)], frm='Fournitures Exemple <facturation@fournitures-exemple.example>')
    b = 'Hello,\n\nAttached is invoice %s. Payment terms net 30.\n\nAccounts Receivable\nNorthMed Supply (fictional)' % no
    return N('en', S, 'ap@ottawa-general.example', 'Invoice ' + no, b, 'supplier invoice PDF',
             attachments=[('application/pdf', no + '.pdf', pdf)], frm='NorthMed AR <ar@northmed-supply.example>')

def n_po(r, lang):
    S = staff(r, lang); po = gen_luhn(r, 10)
    if lang == 'fr':
        b = ('Bonjour,\n\nBon de commande %s approuvé :\n- 40 matelas thérapeutiques (CHSLD Saint-Exemple)\n- 12 lève-personnes sur rail\n'
             'Livraison quai 3, entre 7h et 14h.\n\n%s') % (po, sig(r, S))
        return N('fr', S, 'ventes@equipement-exemple.example', 'BC ' + po, b, 'purchase order (10-digit number, not an identifier)')
    b = 'PO %s approved for 6 bariatric beds + 2 med carts. Deliver to loading dock B. Ref quote Q-%d.\n\n%s' % (po, r.randint(1000, 9999), sig(r, S))
    return N('en', S, 'orders@medequip.example', 'PO ' + po, b, 'purchase order')

def n_conference(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = ('Colloque régional en santé mentale jeunesse – programme\n\n8h30  Accueil\n9h00  Dre Isabelle Fortin, psychiatre : « Premier épisode psychotique chez l\'adolescent »\n'
             '10h30 Marc-André Lavoie, T.S. : « Négligence et LPJ : nouveaux repères »\n13h00 Table ronde : dépendances et jeunes adultes\n\nLieu : Centre des congrès Exemple\n\n%s') % sig(r, S)
        return N('fr', S, 'tous@ciusss-exemple.example', 'Programme du colloque', b, 'conference programme with speakers and topics')
    b = ('Grand Rounds — %s\n\nDr. David Okafor: "Clozapine-resistant schizophrenia: what next?"\nDr. Robert Kim: "ED management of stimulant toxicity"\n'
         'Noon, Auditorium A. Lunch provided. 1 Section 1 credit.\n\n%s') % (dtxt(when(r), 'en'), sig(r, S))
    return N('en', S, 'all-physicians@ottawa-general.example', 'Grand Rounds', b, 'grand rounds programme')

def n_committee(r, lang):
    S = staff(r, lang); d = when(r)
    if lang == 'fr':
        c = r.choice(['Comité de pharmacologie', 'Comité des usagers', 'CECII', 'Comité de gestion des risques'])
        b = ('Bonjour,\n\nLa prochaine rencontre du %s aura lieu le %s à 12h (Teams).\nOrdre du jour :\n1. Adoption du PV\n2. Suivi du plan d\'action\n3. Indicateurs T3\n4. Varia\n\n%s') % (
            c, dtxt(d, 'fr'), sig(r, S))
        return N('fr', S, 'membres-comite@ciusss-exemple.example', 'Convocation – ' + c, b, 'committee notice')
    b = 'Pharmacy & Therapeutics Committee meets %s 1200h. Agenda: formulary review (long-acting injectables), antimicrobial stewardship update.\n\n%s' % (dtxt(d, 'en'), sig(r, S))
    return N('en', S, 'pt-committee@ottawa-general.example', 'P&T agenda', b, 'committee notice')

def n_job(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        t = r.choice(['Infirmière clinicienne – GASM', 'Travailleur social – DPJ', 'Préposé aux bénéficiaires – CHSLD', 'Pharmacien – soins de longue durée'])
        b = ('AFFICHAGE INTERNE no %d\n\nTitre : %s\nStatut : temps complet permanent, jour\nExigences : membre de l\'ordre professionnel, 2 ans d\'expérience\n'
             'Salaire selon l\'échelle en vigueur. Postuler avant le %s.\n\n%s') % (r.randint(1000, 9999), t, dtxt(when(r), 'fr'), sig(r, S))
        return N('fr', S, 'tous@ciusss-exemple.example', 'Affichage : ' + t, b, 'job posting')
    t = r.choice(['Addictions Counsellor', 'RN - Child & Adolescent Psychiatry', 'Peer Support Worker'])
    b = 'Job posting #%d: %s (permanent full-time). Apply on the careers site by %s.\n\n%s' % (r.randint(10000, 99999), t, dtxt(when(r), 'en'), sig(r, S))
    return N('en', S, 'careers@ottawa-general.example', 'Posting: ' + t, b, 'job posting')

def n_it(r, lang):
    S = {'given': 'Stéphane', 'sur': 'Cloutier', 'title': 'technicien informatique', 'svc': 'Direction des ressources informationnelles', 'lang': 'fr'} if lang == 'fr' else staff(r, 'en')
    d = when(r)
    if lang == 'fr':
        b = r.choice([
            'Bonjour,\n\nMaintenance du NAS \\\\nas-laval-02 le %s de 22h à 2h. Les lecteurs partagés P: et S: seront indisponibles.\n\n%s',
            'Bonjour,\n\nPanne du DSQ/Cristal-Net en cours depuis 9h10. Procédure dégradée : formulaires papier. Suivi au billet INC%07d.\n\n%s',
            'Rappel : changement de mot de passe obligatoire d\'ici le %s. Ne jamais communiquer votre mot de passe par courriel.\n\n%s'])
        if 'INC' in b: b = b % (r.randint(0, 9999999), sig(r, S))
        else: b = b % (dtxt(d, 'fr'), sig(r, S))
        return N('fr', S, 'tous@ciusss-exemple.example', r.choice(['Avis DRI', 'Interruption de service', 'Maintenance planifiée']), b, 'IT notice (NAS = storage)')
    b = r.choice(['Scheduled downtime: EMR read-only %s 0100-0400. Use downtime reports on the local PC.\n\n%s',
                  'Phishing alert (%s): do not open the "Invoice overdue" email from outside. Report it to the service desk.\n\n%s'])
    b = b % (dtxt(d, 'en'), sig(r, S))
    return N('en', S, 'all-staff@ottawa-general.example', r.choice(['IT downtime', 'Phishing alert', 'Service desk notice']), b, 'IT notice')

def n_facilities(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = r.choice(['Bonjour,\n\nLe stationnement P2 sera fermé le %s pour le déneigement. Utilisez le P4. Vignettes valides.\n\n%s',
                      'Bonjour,\n\nCoupure d\'eau chaude au pavillon B le %s de 8h à 11h (CHSLD aile 2 incluse). Merci de prévoir les bains en après-midi.\n\n%s',
                      'Avis : travaux de peinture dans le corridor du 3e à partir du %s. Port du masque recommandé.\n\n%s'])
        return N('fr', S, 'tous@ciusss-exemple.example', r.choice(['Stationnement', 'Avis aux occupants', 'Travaux']), b % (dtxt(when(r), 'fr'), sig(r, S)), 'facilities notice')
    S = {'given': 'Thomas', 'sur': 'Gray', 'title': 'Manager', 'svc': 'Facilities & Logistics', 'lang': 'en'}
    b = r.choice(['Lot C closed %s for line painting. Staff please use Lot E.\n\n%s', 'Elevator 3 out of service %s. Use the freight elevator for stretchers.\n\n%s'])
    return N('en', S, 'all-staff@ottawa-general.example', 'Facilities notice', b % (dtxt(when(r), 'en'), sig(r, S)), 'facilities notice')

def n_cafeteria(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = 'Menu de la cafétéria – semaine du %s\nLundi : pâté chinois\nMardi : poulet au beurre\nMercredi : soupe aux pois + sandwich\nJeudi : pâtes primavera\nVendredi : poisson pané\n\nBon appétit!' % dtxt(when(r), 'fr')
        return N('fr', S, 'tous@ciusss-exemple.example', 'Menu de la semaine', b, 'cafeteria menu', frm='Service alimentaire <cafeteria@ciusss-exemple.example>')
    b = 'Cafeteria hours change: closing at 7 pm on weekends starting %s. Vending machines on level 1 remain available.' % dtxt(when(r), 'en')
    return N('en', S, 'all-staff@ottawa-general.example', 'Cafeteria hours', b, 'cafeteria notice', frm='Food Services <food@ottawa-general.example>')

def n_ph_bulletin(r, lang):
    S = staff(r, lang)
    n1, n2 = r.randint(5, 60), r.randint(1, 15)
    if lang == 'fr':
        b = ('Direction de santé publique – Vigie\n\nSemaine %d : %d surdoses suspectées aux opioïdes sur le territoire, dont %d décès. '
             'Présence de nitazènes détectée dans des comprimés vendus comme oxycodone.\nRecommandations : distribuer la naloxone, aviser les usagers.\n\n%s') % (
            r.randint(1, 52), n1, n2, sig(r, S))
        return N('fr', S, 'partenaires@ciusss-exemple.example', 'Vigie surdoses', b, 'public health bulletin with aggregates')
    b = 'Ottawa Public Health (fictional): %d ED visits for suspected opioid poisoning last week (%d in youth <25). Naloxone kits available at all pharmacies.\n\n%s' % (n1, n2, sig(r, S))
    return N('en', S, 'ed-physicians@ottawa-general.example', 'Opioid surveillance update', b, 'public health aggregates')

def n_stats_xlsx(r, lang):
    S = staff(r, lang)
    hdr = ['Installation', 'Usagers actifs', 'Attente > 30 j', 'Délai moyen (j)'] if lang == 'fr' else ['Site', 'Active clients', 'Waiting >30 d', 'Mean wait (d)']
    rows = [hdr] + [[s, r.randint(50, 900), r.randint(0, 120), round(r.uniform(5, 90), 1)] for s in ['Laval', 'Montréal-Nord', 'Saint-Jérôme', 'Terrebonne']]
    x = make_xlsx('stats', rows)
    b = ('Bonjour,\n\nTableau de bord T%d en pièce jointe (données agrégées, aucune donnée nominative).\n\n' % r.randint(1, 4) if lang == 'fr'
         else 'Attached Q%d dashboard (aggregate only).\n\n' % r.randint(1, 4)) + sig(r, S)
    return N(lang, S, 'direction@ciusss-exemple.example' if lang == 'fr' else 'leadership@ottawa-general.example',
             'Tableau de bord' if lang == 'fr' else 'Dashboard', b, 'aggregate statistics XLSX',
             attachments=[('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'tableau_bord.xlsx', x)])

def n_teaching(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        age = r.randint(18, 80)
        b = ('Cas clinique pour la séance de jeudi :\n\nUn%s %s de %d ans se présente à l\'urgence avec agitation, insomnie depuis 5 jours et idées de grandeur. '
             'ATCD : %s. Lithémie à 0,3.\n\nQuestions :\n1. Diagnostic différentiel?\n2. Conduite initiale?\n\n%s') % (
            '', r.choice(['homme', 'jeune homme']), age,
            r.choice(['trouble bipolaire', 'usage de cannabis', 'aucun']), sig(r, S))
        b = b.replace('Un ', 'Un ')
        return N('fr', S, 'residents-psy@ciusss-exemple.example', 'Cas clinique – séance de jeudi', b, 'anonymised teaching case')
    b = ('Teaching case (de-identified): a %d-year-old woman on clozapine presents with fever and sore throat. ANC pending. '
         'What are your next steps? Discuss at Friday rounds.\n\n%s') % (r.randint(20, 60), sig(r, S))
    return N('en', S, 'residents@ottawa-general.example', 'Case for rounds', b, 'anonymised teaching case')

def n_blank_form(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        dx = make_docx('Formulaire de demande de services – SAD', ['Nom de l\'usager : ______________', 'NAM : ____ ____ ____', 'Date de naissance : __/__/____',
                                                                  'Motif de la demande : ______________', 'Signature du référent : ______________'])
        b = 'Bonjour,\n\nVoici le gabarit mis à jour du formulaire de demande (version 2025-02). Merci de détruire les anciennes versions.\n\n' + sig(r, S)
        return N('fr', S, 'gmf-partenaires@ciusss-exemple.example', 'Nouveau formulaire de demande SAD', b, 'blank form template DOCX',
                 attachments=[('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'formulaire_SAD_v2025.docx', dx)])
    dx = make_docx('Referral form - Addictions program', ['Client name: __________', 'Health card #: __________  Version: __', 'DOB (YYYY-MM-DD): ______', 'Substances used: [ ] alcohol [ ] opioids [ ] other'])
    b = 'Updated blank referral form attached. Please use this version from now on.\n\n' + sig(r, S)
    return N('en', S, 'referrers@ottawa-general.example', 'Updated referral form', b, 'blank referral form DOCX',
             attachments=[('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'referral_form.docx', dx)])

def n_vendor(r, lang):
    S = staff(r, lang); imei = gen_luhn(r, 15); sn = 'SN%s' % gen_luhn(r, 9)
    if lang == 'fr':
        b = ('Bonjour,\n\nLe téléphone cellulaire de garde (IMEI %s) a été remplacé. Nouveau numéro de série de la pompe volumétrique : %s. '
             'Garantie jusqu\'en 2027.\n\n%s') % (imei, sn, sig(r, S))
        return N('fr', S, 'soutien@telecom-exemple.example', 'Remplacement appareil', b, 'vendor/device mail with IMEI and serial numbers')
    b = ('Hi,\n\nRMA for infusion pump %s approved. Loaner unit IMEI %s shipped via courier, tracking %d.\n\nBest,\nField Service\nMedPump Canada (fictional)') % (
        sn, imei, r.randint(10**11, 10**12))
    return N('en', S, 'biomed@ottawa-general.example', 'RMA approved ' + sn, b, 'vendor mail with serials, IMEI',
             frm='MedPump Field Service <service@medpump.example>')

def n_roster(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        L = ['Ch. garde %d – %s %s – %s – ext. %d' % (r.randint(1, 9), g, s, r.choice(['garde psy', 'garde pédiatrie', 'relève', 'en disponibilité']), r.randint(2000, 7999))
             for g, s, _, _ in r.sample(STAFF_FR, 5)]
        b = 'Liste de garde de la semaine :\n\n' + '\n'.join(L) + '\n\nÉchanges : aviser la centrale.\n\n' + sig(r, S)
        return N('fr', S, 'centrale@ciusss-exemple.example', 'Liste de garde', b, 'staff on-call roster that looks like a list')
    L = ['Pager %d  %s %s  %s' % (r.randint(1000, 9999), g, s, r.choice(['1st call psych', '2nd call', 'CL psych', 'peds on call'])) for g, s, _, _ in r.sample(STAFF_EN, 5)]
    b = 'On-call roster this week:\n\n' + '\n'.join(L) + '\n\n' + sig(r, S)
    return N('en', S, 'switchboard@ottawa-general.example', 'On-call roster', b, 'staff on-call roster')

def n_colleague(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = r.choice(['Bonjour,\n\nDre Fortin, spécialiste du trouble bipolaire et de la schizophrénie réfractaire, se joint à l\'équipe de la clinique des troubles psychotiques à partir du %s. '
                      'Elle fera aussi les consultations en CHSLD pour les SCPD.\n\n%s',
                      'Bonjour,\n\nLa clinique de la dépendance aux opioïdes du Dr Trudel déménage au 2e étage dès le %s. Les demandes de TAO passent désormais par le guichet.\n\n%s'])
        return N('fr', S, 'tous@ciusss-exemple.example', 'Nouvelles de l\'équipe', b % (dtxt(when(r), 'fr'), sig(r, S)), 'physician named next to conditions they treat')
    b = 'Welcome Dr. Okafor, who specialises in treatment-resistant depression and ketamine therapy; clinic starts %s.\n\n%s' % (dtxt(when(r), 'en'), sig(r, S))
    return N('en', S, 'dept-psych@ottawa-general.example', 'Welcome Dr. Okafor', b, 'physician with specialty')

def n_policy(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = ('Bonjour,\n\nLa politique sur l\'utilisation des mesures de contrôle (contention, isolement) a été révisée (PO-%03d). '
             'Principaux changements : réévaluation aux 60 min, formulaire électronique. Entrée en vigueur : %s.\n\n%s') % (r.randint(1, 300), dtxt(when(r), 'fr'), sig(r, S))
        return N('fr', S, 'gestionnaires@ciusss-exemple.example', 'Politique révisée – mesures de contrôle', b, 'policy update')
    b = 'Updated policy: Mental Health Act Forms — documentation now in the EMR only, effective %s. See intranet policy MH-%03d.\n\n%s' % (dtxt(when(r), 'en'), r.randint(1, 300), sig(r, S))
    return N('en', S, 'mh-managers@ottawa-general.example', 'Policy update', b, 'policy update')

def n_meeting_ics(r, lang):
    S = staff(r, lang); d = when(r)
    summ = r.choice(['Réunion d\'équipe SAD', 'Comité qualité CHSLD', 'Rencontre GASM – processus']) if lang == 'fr' else r.choice(['Team huddle 6W', 'Addictions program planning', 'Peds clinic ops'])
    ics = make_ics('%x@ciusss-exemple.example' % r.getrandbits(40), summ, d, r.randint(8, 15), 'Ordre du jour à venir' if lang == 'fr' else 'Agenda to follow',
                   'Teams', addr_of(S).split('<')[1].rstrip('>'), ['equipe@ciusss-exemple.example'])
    b = ('Invitation ci-jointe.\n\n' if lang == 'fr' else 'Invite attached.\n\n') + sig(r, S)
    return N(lang, S, 'equipe@ciusss-exemple.example' if lang == 'fr' else 'team@ottawa-general.example', summ, b, 'staff meeting ICS',
             attachments=[('text/calendar', 'invite.ics', ics)])

def n_vcard_staff(r, lang):
    S = staff(r, lang)
    vcf = make_vcf('%s %s' % (S['given'], S['sur']), S['sur'], S['given'], None, None, S['title'] + ' – ' + S['svc'],
                   email_=addr_of(S).split('<')[1].rstrip('>'), org="CIUSSS de l'Exemple" if lang == 'fr' else 'Ottawa General Hospital')
    vcf = vcf.replace('END:VCARD', 'TEL;TYPE=WORK:%s\r\nEND:VCARD' % phone(r))
    b = ('Ma carte de contact, au besoin.\n\n' if lang == 'fr' else 'My contact card, as requested.\n\n') + sig(r, S)
    return N(lang, S, ext(r, lang), 'Coordonnées' if lang == 'fr' else 'Contact info', b, 'staff vCard',
             attachments=[('text/vcard', '%s.vcf' % S['sur'].lower(), vcf)])

def n_quality(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = ('Indicateurs qualité – CHSLD, période %d\n\n- Chutes : %d (taux 4,1/1000 jours-présence)\n- Plaies de pression stade 2+ : %d\n- Usage d\'antipsychotiques sans dx : %d %%\n- Contentions : %d\n\n%s') % (
            r.randint(1, 13), r.randint(5, 40), r.randint(0, 9), r.randint(8, 25), r.randint(0, 6), sig(r, S))
        return N('fr', S, 'comite-qualite@ciusss-exemple.example', 'Indicateurs qualité', b, 'aggregated quality indicators')
    b = 'Q%d: 30-day readmission rate MH 11.2%%, restraint events %d, mean LOS %d days. Full report on SharePoint.\n\n%s' % (r.randint(1, 4), r.randint(3, 30), r.randint(8, 25), sig(r, S))
    return N('en', S, 'quality@ottawa-general.example', 'Quality indicators', b, 'aggregated quality indicators')

def n_directory(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        L = ['%s : %s' % (x, phone(r, '450')) for x in ['GASM', 'Accueil psychosocial', 'Info-Social 811 (option 2)', 'CHSLD Saint-Exemple – poste infirmier', 'Pharmacie centrale']]
        b = 'Numéros utiles mis à jour :\n\n' + '\n'.join(L) + '\n\n' + sig(r, S)
        return N('fr', S, 'tous@ciusss-exemple.example', 'Bottin – numéros utiles', b, 'clinic phone directory')
    L = ['%s: %s' % (x, phone(r, '613')) for x in ['Crisis line', 'Rapid Access Addiction Medicine', 'Peds clinic', 'Pharmacy']]
    b = 'Updated directory:\n\n' + '\n'.join(L) + '\n\n' + sig(r, S)
    return N('en', S, 'all-staff@ottawa-general.example', 'Phone directory', b, 'clinic phone directory')

def n_payroll(r, lang):
    S = staff(r, lang); emp = gen_luhn(r, 9); acc = gen_luhn(r, 10)
    if lang == 'fr':
        b = ('Bonjour,\n\nCorrection de paie pour le matricule %s (prime de soir non versée, période 14). Centre de coût %s. '
             'Le rétro sera sur la paie du %s.\n\n%s') % (fmt_sin(emp, 1), acc, dtxt(when(r), 'fr'), sig(r, S))
        return N('fr', S, 'paie@ciusss-exemple.example', 'Correction de paie', b, 'payroll correction with employee/cost-centre numbers (checksum-valid look-alikes)')
    b = 'Payroll: employee %s missing shift premium pp14. Cost centre %s.\n\n%s' % (emp, acc, sig(r, S))
    return N('en', S, 'payroll@ottawa-general.example', 'Payroll correction', b, 'payroll with look-alike numbers')

def n_accreditation(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = 'Bonjour,\n\nLa visite d\'Agrément Canada aura lieu du %s au vendredi. Pratiques organisationnelles requises à réviser : bilan comparatif des médicaments, prévention des chutes, prévention du suicide.\n\n%s' % (dtxt(when(r), 'fr'), sig(r, S))
        return N('fr', S, 'gestionnaires@ciusss-exemple.example', 'Agrément – préparation', b, 'accreditation notice')
    b = 'Accreditation survey starts %s. Review ROPs: medication reconciliation, suicide risk assessment, falls prevention.\n\n%s' % (dtxt(when(r), 'en'), sig(r, S))
    return N('en', S, 'managers@ottawa-general.example', 'Accreditation prep', b, 'accreditation notice')

def n_shortage(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = 'Rupture d\'approvisionnement : %s jusqu\'à nouvel ordre. Substitution thérapeutique approuvée par le CPT : voir tableau sur l\'intranet.\n\n%s' % (r.choice(['méthylphénidate LP 54 mg', 'lisdexamfétamine 30 mg', 'lithium 150 mg']), sig(r, S))
        return N('fr', S, 'prescripteurs@ciusss-exemple.example', 'Pénurie de médicament', b, 'drug shortage notice')
    b = 'Shortage: %s. Pharmacy will auto-substitute per P&T. No action needed unless allergy.\n\n%s' % (r.choice(['lorazepam inj.', 'haloperidol decanoate', 'Vivitrol']), sig(r, S))
    return N('en', S, 'prescribers@ottawa-general.example', 'Drug shortage', b, 'drug shortage notice')

def n_dpj_stats(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = ('Bilan trimestriel DPJ – secteur Laval\n\nSignalements reçus : %d\nRetenus : %d\nDélai moyen avant évaluation : %d jours\nPlacements en famille d\'accueil : %d\n\n'
             'Aucune donnée nominative. Diffusion interne.\n\n%s') % (r.randint(300, 900), r.randint(100, 300), r.randint(10, 60), r.randint(10, 80), sig(r, S))
        return N('fr', S, 'direction-jeunesse@ciusss-exemple.example', 'Bilan trimestriel DPJ', b, 'youth protection aggregate statistics')
    b = 'Youth protection Q%d summary (anglophone sector): %d reports received, %d retained. Aggregate only.\n\n%s' % (r.randint(1, 4), r.randint(100, 400), r.randint(30, 150), sig(r, S))
    return N('en', S, 'youth-directorate@ciusss-exemple.example', 'Quarterly summary', b, 'youth protection aggregates')

def n_route(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = ('Bonjour,\n\nNouvelle répartition des secteurs SAD à partir du %s :\n- Secteur Est : codes postaux H7A à H7E (4 infirmières)\n- Secteur Ouest : H7R à H7X (3 infirmières + 1 ergo)\n'
             'Le véhicule de service 12 est disponible le mardi.\n\n%s') % (dtxt(when(r), 'fr'), sig(r, S))
        return N('fr', S, 'equipe-sad@ciusss-exemple.example', 'Répartition des secteurs', b, 'home-care sector planning, no clients')
    b = 'Home care zones update: Zone 2 expands to K2B/K2C from %s. Mileage forms due Friday.\n\n%s' % (dtxt(when(r), 'en'), sig(r, S))
    return N('en', S, 'homecare-team@ottawa-general.example', 'Zone update', b, 'home care zone planning')

def n_social(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = r.choice(['Bonjour à tous,\n\n5 à 7 pour souligner le départ à la retraite de Ginette (30 ans au CHSLD!) le %s à la salle du personnel. Contribution pour le cadeau : 5 $.\n\n%s',
                      'Bonjour,\n\nMerci à toute l\'équipe pour la campagne de vaccination : objectif atteint! Dîner pizza offert le %s.\n\n%s'])
        return N('fr', S, 'equipe@ciusss-exemple.example', r.choice(['Retraite de Ginette', 'Merci!']), b % (dtxt(when(r), 'fr'), sig(r, S)), 'social event for staff')
    b = 'Potluck for the 6W team on %s! Sign-up sheet in the staff room.\n\n%s' % (dtxt(when(r), 'en'), sig(r, S))
    return N('en', S, 'mh-6w-staff@ottawa-general.example', 'Potluck!', b, 'staff social event')

def n_ethics(r, lang):
    S = staff(r, lang)
    pid = '%d-%04d' % (r.randint(2023, 2025), r.randint(1, 9999))
    if lang == 'fr':
        b = ('Bonjour,\n\nLe CÉR a approuvé le projet %s « Efficacité d\'une intervention de proximité en dépendance ». Recrutement prévu : 120 participants. '
             'Renouvellement annuel requis.\n\n%s') % (pid, sig(r, S))
        return N('fr', S, 'chercheurs@ciusss-exemple.example', 'Approbation CÉR ' + pid, b, 'research ethics approval (study level)')
    b = 'REB approval for protocol %s (Youth mental health app pilot). Target enrolment 80. Approval valid 12 months.\n\n%s' % (pid, sig(r, S))
    return N('en', S, 'research@ottawa-general.example', 'REB approval ' + pid, b, 'REB approval')

def n_admin_thread(r, lang):
    S = staff(r, lang); S2 = staff(r, lang)
    if lang == 'fr':
        old = 'Bonjour,\n\nEst-ce que quelqu\'un a la clé du local de rangement 2.14? Le fournisseur vient livrer les fauteuils demain.\n\n%s' % S2['given']
        b = reply_wrap(r, 'fr', r.choice(['Oui, elle est au poste de garde.', 'Voir avec la sécurité, poste 4400.']) + '\n\n' + S['given'], addr_of(S2), '4 mars 2025 à 10:02', 'Clé local 2.14', old)
        return N('fr', S, addr_of(S2), 'RE: Clé local 2.14', b, 'admin reply thread', reply=True)
    old = 'Hi,\n\nCan someone cover the Thursday family education session? 4 pm, Room 2. Slides are on the shared drive.\n\n%s' % S2['given']
    b = reply_wrap(r, 'en', 'I can do it.', addr_of(S2), 'Mar 4, 2025, at 10:02 AM', 'Family education session', old)
    return N('en', S, addr_of(S2), 'RE: Family education session', b, 'admin reply thread', reply=True)

def n_fwd_vendor(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        ib = 'Bonjour,\n\nNous vous offrons une démonstration de notre nouvelle solution de distribution automatisée des médicaments pour CHSLD.\n\nÉquipe des ventes'
        inner = _inner_msg(r, 'fr', 'Démonstration – cabinet automatisé', ib, 'ventes@pharma-robot.example', addr_of(S))
        b = 'Pour info, est-ce que ça vous intéresse?\n\n' + sig(r, S)
        return N('fr', S, addr_of(staff(r, 'fr')), 'TR: Démonstration – cabinet automatisé', b, 'vendor pitch forwarded as attachment', fwd_msg=inner)
    ib = 'Hello,\n\nJoin our webinar on remote patient monitoring for home care programs. Register at the link below.\n\nMarketing team'
    b = fwd_inline('en', 'FYI - might be useful for the home care pilot.', 'events@rpm-vendor.example', 'Mar 3, 2025', addr_of(S), 'RPM webinar', ib)
    return N('en', S, addr_of(staff(r, 'en')), 'Fwd: RPM webinar', b, 'vendor webinar inline forward')

def n_lookalike_namesake(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = ('Bonjour,\n\nLe Dr Gagnon (pédiatrie) sera absent du %s au %s (congrès). Ses cliniques de TDAH sont reportées ; '
             'le secrétariat communiquera avec les familles.\n\n%s') % (dtxt(when(r), 'fr'), dtxt(when(r), 'fr'), sig(r, S))
        return N('fr', S, 'secretariat-pediatrie@ciusss-exemple.example', 'Absence Dr Gagnon', b, 'physician absence; clinic type mentioned')
    b = 'Dr. Patel\'s eating disorder clinic is cancelled %s (staff illness). Clerks will rebook.\n\n%s' % (dtxt(when(r), 'en'), sig(r, S))
    return N('en', S, 'peds-clerks@ottawa-general.example', 'Clinic cancelled', b, 'clinic cancellation for staff reasons')

def n_pharm_liaison_generic(r, lang):
    S = staff(r, lang)
    if lang == 'fr':
        b = ('Bonjour aux pharmacies partenaires,\n\nÀ compter du %s, les ordonnances de TAO émises par nos prescripteurs seront transmises par le DSQ. '
             'Pour toute question : ligne de liaison pharmacie %s.\n\n%s') % (dtxt(when(r), 'fr'), phone(r, '450'), sig(r, S))
        return N('fr', S, 'pharmacies-partenaires@ciusss-exemple.example', 'Liaison pharmacie communautaire – TAO', b, 'general info to community pharmacies')
    b = 'To our community pharmacy partners: blister pack requests for discharged clients now go through the liaison inbox. Turnaround 48 h.\n\n%s' % sig(r, S)
    return N('en', S, 'pharmacy-partners@ottawa-general.example', 'Community pharmacy liaison', b, 'general pharmacy liaison info')

def n_eu_supplier(r, lang):
    S = staff(r, 'fr')
    while True:
        base = r.randint(2000000, 9999999) * 10 // 10
        ent = '0%09d' % base if False else '0%07d' % base
        chk = 97 - int(ent) % 97
        num = ent + '%02d' % chk
        if len(num) == 10: break
    b = ('Bonjour,\n\nNous confirmons la commande de 200 kits de naloxone auprès de notre fournisseur belge '
         '(n° d\'entreprise BE %s.%s.%s, TVA intracommunautaire). Livraison prévue sous 3 semaines, dédouanement à Montréal.\n\n%s') % (
        num[:4], num[4:7], num[7:], sig(r, S))
    return N('fr', S, 'commandes@pharma-belgique.example', 'Commande naloxone – fournisseur BE', b, 'supplier with Belgian enterprise number (look-alike)')

NEG = [
    ('staff_schedule', n_schedule, 3, 3), ('hr_leave', n_hr_leave, 3, 2), ('training', n_training, 3, 3), ('newsletter', n_newsletter, 3, 3),
    ('drug_bulletin', n_drug_bulletin, 3, 3), ('invoice_pdf', n_invoice, 3, 3), ('purchase_order', n_po, 3, 2), ('conference', n_conference, 3, 3),
    ('committee', n_committee, 3, 2), ('job_posting', n_job, 3, 2), ('it_notice', n_it, 3, 3), ('facilities', n_facilities, 3, 3),
    ('cafeteria', n_cafeteria, 2, 2), ('public_health', n_ph_bulletin, 3, 2), ('stats_xlsx', n_stats_xlsx, 2, 2), ('teaching_case', n_teaching, 3, 3),
    ('blank_form', n_blank_form, 3, 2), ('vendor_device', n_vendor, 2, 4), ('staff_roster', n_roster, 2, 3), ('physician_specialty', n_colleague, 3, 2),
    ('policy_update', n_policy, 3, 2), ('meeting_ics', n_meeting_ics, 3, 2), ('vcard_staff', n_vcard_staff, 2, 2), ('quality_aggregate', n_quality, 3, 2),
    ('phone_directory', n_directory, 2, 2), ('payroll', n_payroll, 3, 2), ('accreditation', n_accreditation, 2, 2), ('drug_shortage', n_shortage, 2, 2),
    ('dpj_stats', n_dpj_stats, 3, 1), ('homecare_sectors', n_route, 3, 2), ('social_event', n_social, 2, 2), ('ethics_approval', n_ethics, 2, 2),
    ('admin_thread', n_admin_thread, 2, 3), ('vendor_fwd', n_fwd_vendor, 2, 2), ('clinic_absence', n_lookalike_namesake, 2, 2),
    ('pharmacy_liaison', n_pharm_liaison_generic, 2, 2), ('eu_supplier', n_eu_supplier, 2, 0),
]

# ---------------------------------------------------------------- plausible senders per category
_PSY = {'fr': ['psychiatr', 'GASM', 'dépendance'], 'en': ['psychiatr', 'Mental Health', 'Addictions', 'Emergency']}
_SAD = {'fr': ['domicile', 'ergo'], 'en': ['Social Work', 'Mental Health']}
_CHSLD = {'fr': ['CHSLD', 'Hébergement'], 'en': ['Mental Health']}
_PHARM = {'fr': ['pharmac'], 'en': ['Pharm']}
_YOUTH = {'fr': ['DPJ', 'Jeunesse', 'Pédiatrie'], 'en': ['Social Work', 'Pediatric']}
_ADD = {'fr': ['dépendance', 'psychiatr'], 'en': ['Addictions', 'Emergency', 'Social Work']}
_ADMIN = {'fr': ['agent administratif', 'chef', 'coordonnat'], 'en': ['Manager', 'Coordinator', 'Clerk']}
_IT = {'fr': ['informatique'], 'en': ['Manager']}
ROLE_KEYS.update({
    'p_referral_psy': {'fr': ['GASM', 'Pédiatrie', 'domicile'], 'en': ['Emergency', 'Social Work']}, 'p_consult_reply': _PSY, 'p_signout': _PSY,
    'p_dpj_report': _YOUTH, 'p_dpj_court': _YOUTH, 'p_chsld_admission': _CHSLD, 'p_sad_visit': _SAD, 'p_transport': {'fr': ['domicile', 'CHSLD', 'administratif'], 'en': ['Clerk', 'Mental Health']},
    'p_pharm_medrec': {'fr': ['pharmac', 'inf.'], 'en': ['Pharm', 'RN']}, 'p_oat': _ADD, 'p_critical_lab': {'fr': ['inf.', 'pharmac'], 'en': ['RN', 'Emergency']},
    'p_discharge_pdf': _PSY, 'p_booking': {'fr': ['administratif', 'Pédiatrie'], 'en': ['Clerk', 'Coordinator']}, 'p_subject_only': _PSY,
    'p_waitlist_xlsx': {'fr': ['GASM'], 'en': ['Clerk', 'Coordinator']}, 'p_census_csv': {'fr': ['administratif', 'chef'], 'en': ['Clerk', 'Manager']},
    'p_case_ics': _YOUTH, 'p_vcard_patient': _SAD, 'p_fwd_eml': _ADD, 'p_zip_docs': _YOUTH, 'p_disguised': {'fr': ['pharmac', 'domicile', 'CHSLD'], 'en': ['Pharm', 'RN']},
    'p_ohip': {'fr': ['administratif'], 'en': ['Clerk', 'Coordinator']}, 'p_income': {'fr': ['T.S.'], 'en': ['Social Work']},
    'p_research': {'fr': ['psychiatr'], 'en': ['psychiatr', 'Pharm']}, 'p_incident': _CHSLD, 'p_quoted_reply': _ADD, 'p_paeds': {'fr': ['Pédiatrie'], 'en': ['Pediatric']},
    'p_school': {'fr': ['Jeunesse', 'Pédiatrie'], 'en': ['Pediatric']}, 'p_careplan_docx': _SAD, 'p_eu_transfer': {'fr': ['psychiatr', 'administratif'], 'en': ['Clerk']},
    'p_overdose': _ADD, 'p_chart_pull': {'fr': ['administratif', 'psychiatr'], 'en': ['Clerk', 'RN']}, 'p_split': _PSY,
    'n_schedule': {'fr': ['chef', 'coordonnat'], 'en': ['RN', 'Manager', 'Coordinator']}, 'n_hr_leave': _ADMIN, 'n_training': {'fr': ['coordonnat', 'chef'], 'en': ['Manager', 'Coordinator']},
    'n_newsletter': {'fr': ['coordonnat', 'psychiatr'], 'en': ['psychiatr', 'Coordinator']}, 'n_drug_bulletin': _PHARM, 'n_po': {'fr': ['chef', 'administratif'], 'en': ['Manager']},
    'n_conference': {'fr': ['coordonnat'], 'en': ['Coordinator', 'psychiatr']}, 'n_committee': _ADMIN, 'n_job': {'fr': ['chef'], 'en': ['Manager']},
    'n_it': _IT, 'n_ph_bulletin': {'fr': ['coordonnat', 'dépendance'], 'en': ['Emergency']}, 'n_stats_xlsx': _ADMIN, 'n_teaching': {'fr': ['psychiatr', 'Pédiatrie'], 'en': ['psychiatr', 'Emergency']},
    'n_blank_form': {'fr': ['domicile', 'GASM'], 'en': ['Addictions', 'Coordinator']}, 'n_vendor': {'fr': ['informatique'], 'en': ['Manager']},
    'n_roster': _ADMIN, 'n_colleague': {'fr': ['chef', 'coordonnat', 'psychiatr'], 'en': ['psychiatr', 'Manager']}, 'n_policy': {'fr': ['chef', 'coordonnat'], 'en': ['Manager']},
    'n_quality': {'fr': ['chef', 'Hébergement'], 'en': ['Manager']}, 'n_directory': _ADMIN, 'n_payroll': _ADMIN, 'n_accreditation': {'fr': ['chef', 'coordonnat'], 'en': ['Manager']},
    'n_shortage': _PHARM, 'n_dpj_stats': {'fr': ['DPJ'], 'en': ['Social Work']}, 'n_route': _SAD, 'n_ethics': {'fr': ['psychiatr', 'coordonnat'], 'en': ['psychiatr']},
    'n_lookalike_namesake': {'fr': ['Pédiatrie', 'administratif'], 'en': ['Pediatric', 'Clerk']}, 'n_pharm_liaison_generic': _PHARM,
})

def p_inline_fwd(r, lang):
    S = staff(r, lang); p = person(r, lang, minage=18)
    if lang == 'fr':
        old = ('Bonjour,\n\n%s (NAM %s) s\'est présenté%s au comptoir pour renouveler sa %s mais l\'ordonnance est échue. '
               '%s semble désorganisé%s, propos suicidaires rapportés par le technicien.\n\nPharmacie Lafleur') % (
            full(p, 'fr'), fmt_nam(p['nam'], r.choice([0, 1, 2])), e_(p), r.choice(['quétiapine', 'lithium', 'sertraline']), il(p).capitalize(), e_(p))
        b = fwd_inline('fr', 'Pour suivi urgent svp – peux-tu appeler ' + ('la patiente' if p['sex'] == 'F' else 'le patient') + ' aujourd\'hui?',
                       'reception@pharmacie-lafleur.example', '3 avril 2025 11:20', addr_of(S), 'Renouvellement', old)
        return P('fr', S, addr_of(staff(r, 'fr')), 'TR: Renouvellement', b + '\n\n' + sig(r, S),
                 ['patient_name', 'ramq_nam', 'medication', 'diagnosis'], 'inline forward of pharmacy note about named patient')
    old = 'Hi,\n\nYour client %s (DOB %s) missed %s depot injection today. Last seen intoxicated.\n\nCarelink' % (full(p, 'en', 2), p['dob'], his(p))
    b = fwd_inline('en', 'FYI — can ACT team follow up?', 'intake@carelink-homecare.example', 'Apr 3, 2025', addr_of(S), 'missed depot', old)
    return P('en', S, addr_of(staff(r, 'en')), 'Fwd: missed depot', b + '\n\n' + sig(r, S),
             ['patient_name', 'date_of_birth', 'medication', 'social_information'], 'inline forward about named patient')

def p_namesake(r, lang):
    if lang == 'fr':
        S = staff(r, 'fr')
        b = ('Petite précision pour éviter la confusion : la Mme Fortin de la ch. 412 n\'est pas parente avec la Dre Fortin. '
             'C\'est %s Fortin, née en %d, admise pour %s. Merci d\'inscrire « homonyme » au Kardex.\n\n%s') % (
            r.choice(FR_GIV_F), r.randint(1940, 1970), r.choice(['sevrage aux benzodiazépines', 'dépression majeure', 'délirium']), sig(r, S))
        return P('fr', S, addr_of(staff(r, 'fr')), 'Homonyme ch. 412', b, ['patient_name', 'diagnosis'],
                 'patient shares surname with a staff physician; named with admission reason')
    S = staff(r, 'en')
    b = ('Heads up: the Okafor in bed 6 is NOT Dr. Okafor\'s relative — %s Okafor, %d, admitted last night for alcohol withdrawal. '
         'Please don\'t discuss at the nursing station.\n\n%s') % (r.choice(['Samuel', 'Grace']), r.randint(30, 70), sig(r, S))
    return P('en', S, addr_of(staff(r, 'en')), 'bed 6', b, ['patient_name', 'diagnosis'], 'patient sharing surname with physician, with diagnosis')

def p_bath_roster(r, lang):
    S = staff(r, 'fr')
    pts = [person(r, 'fr', nam=False, minage=70) for _ in range(r.randint(5, 7))]
    rows = ['%s  %d  %s  %s' % (d, rm, full(q, 'fr', 3), r.choice(['bain tourbillon', 'douche', 'bain au lit', 'lève-personne, 2 PAB', 'diabétique – glycémie avant'])) 
            for q, rm, d in zip(pts, sorted(r.sample(range(101, 140), len(pts))), r.choices(['lun', 'mar', 'mer', 'jeu', 'ven'], k=len(pts)))]
    b = 'Bonjour l\'équipe,\n\nHoraire des bains – aile B :\n\n' + '\n'.join(rows) + '\n\nMerci de cocher au cartable.\n\n' + sig(r, S)
    return P('fr', S, 'equipe-aile-b@ciusss-exemple.example', 'Horaire des bains aile B', b, ['patient_name', 'diagnosis'],
             'residents roster that looks like a staff schedule, with care needs')

def p_homevisit_ics(r, lang):
    S = staff(r, lang); p = person(r, lang, nam=False, minage=60); d = when(r)
    a = home_addr(r, lang)
    if lang == 'fr':
        summ = 'Visite à domicile – %s %s' % (civ(p, 'fr'), p['sur'])
        desc = 'Évaluation AVQ/AVD, suivi plaie pied diabétique. Tél. domicile %s. Sonner 2 fois.' % phone(r)
        b = 'Je t\'ajoute à la visite conjointe.\n\n' + sig(r, S)
    else:
        summ = 'Home visit - %s %s' % (p['given'], p['sur'])
        desc = 'Joint OT/RN visit, falls and cognition screen. Home phone %s.' % phone(r, '613')
        b = 'Adding you to the joint visit.\n\n' + sig(r, S)
    ics = make_ics('%x@ciusss-exemple.example' % r.getrandbits(40), summ, d, r.randint(9, 15), desc, a,
                   addr_of(S).split('<')[1].rstrip('>'), [addr_of(staff(r, lang)).split('<')[1].rstrip('>')])
    return P(lang, S, addr_of(staff(r, lang)), summ, b, ['patient_name', 'patient_contact', 'diagnosis'], 'ICS home visit with client address',
             attachments=[('text/calendar', 'visite.ics' if lang == 'fr' else 'visit.ics', ics)])

POS += [('inline_fwd', p_inline_fwd, 2, 1), ('namesake', p_namesake, 1, 1), ('bath_roster', p_bath_roster, 2, 0), ('homevisit_ics', p_homevisit_ics, 1, 1)]
ROLE_KEYS.update({'p_inline_fwd': _PSY, 'p_namesake': {'fr': ['inf.', 'chef'], 'en': ['RN']}, 'p_bath_roster': _CHSLD, 'p_homevisit_ics': _SAD})

# ================================================================ driver
def build_all(out):
    r = random.Random(SEED)
    jobs = []
    for kind, table, pre in (('positive', POS, 'p'), ('negative', NEG, 'n')):
        items = []
        for cat, fn, nfr, nen in table:
            items += [(cat, fn, 'fr')] * nfr + [(cat, fn, 'en')] * nen
        r.shuffle(items)
        for i, (cat, fn, lang) in enumerate(items, 1):
            jobs.append((kind, '%s%03d_%s.eml' % (pre, i, cat), cat, fn, lang))
    for d in ('positive', 'negative'):
        p = os.path.join(out, d)
        if os.path.isdir(p): shutil.rmtree(p)
        os.makedirs(p)
    labels = {}
    percat = {}
    for kind, fname, cat, fn, lang in jobs:
        rr = random.Random('%d/%s' % (SEED, fname))
        CUR['fn'] = fn.__name__
        m = fn(rr, lang)
        msg = assemble(rr, m)
        data = serialize(rr, msg)
        rel = '%s/%s' % (kind, fname)
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(data)
        pos = kind == 'positive'
        types = sorted(set(m['types'])) if pos else []
        labels[rel] = {'confidential': pos, 'types': types, 'lang': m['lang'], 'note': m['note']}
        percat.setdefault(kind, {}).setdefault(cat, 0)
        percat[kind][cat] += 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    return labels, percat

def check(out, labels):
    files = sorted('%s/%s' % (d, f) for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for rel in files:
        raw = open(os.path.join(out, rel), 'rb').read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (rel, part.defects)
            if part.is_multipart():
                continue
            c = part.get_content()
            if part.get_content_type() == 'message/rfc822':
                for sub in c.walk():
                    assert not sub.defects, (rel, sub.defects)
                    if not sub.is_multipart(): sub.get_content()
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert msg[h], (rel, h)
        L = labels[rel]
        assert L['confidential'] == rel.startswith('positive/')
        assert (len(L['types']) > 0) == L['confidential'], rel
        assert L['lang'] in ('fr', 'en')
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        h.update(rel.encode() + b'\0')
        h.update(open(os.path.join(out, rel), 'rb').read())
    return h.hexdigest()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    labels, percat = build_all(a.out)
    dig = check(a.out, labels)
    npos = sum(1 for v in labels.values() if v['confidential'])
    print('positives: %d  negatives: %d  total: %d' % (npos, len(labels) - npos, len(labels)))
    for kind in ('positive', 'negative'):
        print('%s categories (%d): %s' % (kind, len(percat[kind]), ', '.join('%s=%d' % kv for kv in sorted(percat[kind].items()))))
    for kind in (True, False):
        c = {}
        for v in labels.values():
            if v['confidential'] == kind: c[v['lang']] = c.get(v['lang'], 0) + 1
        print('lang (%s): %s' % ('pos' if kind else 'neg', c))
    for k, v in STATS.items():
        print('%s: %s' % (k, dict(sorted(v.items()))))
    print('sha256:', dig)

if __name__ == '__main__':
    main()
