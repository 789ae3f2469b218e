#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (hospital admin & support services).

Usage: python generate.py [--seed 2424] [--out DIR]
Writes positive/*.eml, negative/*.eml and labels.json, checks them, prints counts and a sha256 digest.
All people, numbers, domains and addresses are invented.
"""
import argparse, base64, csv, datetime as dt, email, email.header, email.policy, hashlib, html, io, json, os, quopri
import random, re, shutil, sys, zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

import stdnum.ca.sin, stdnum.be.nn, stdnum.fr.nir, stdnum.luhn

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
N_POS, N_NEG = 120, 180
FIXED_ZIP_TIME = (2026, 10, 1, 9, 0, 0)

# ----------------------------------------------------------------------------------------------- data
DOM = 'cisss-ouest.example'
SURN = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Dubé', 'Hébert', 'Ménard', 'Vézina', 'Charest', 'Beaulieu',
        'Lachance', 'Poulin', 'Dufour', 'Leclerc', 'Desjardins', 'Grenier', 'Jodoin', 'Rioux', 'Paradis', 'Turcotte',
        'Nguyen', 'Kowalski', 'Haddad', 'Singh', "O'Neill", 'Campbell', 'Murphy', 'Stewart', 'Ferreira', 'Benali']
GIV_F = ['Isabelle', 'Catherine', 'Mélanie', 'Julie', 'Chantal', 'Karine', 'Annie', 'Valérie', 'Linda', 'Sarah',
         'Jennifer', 'Émilie', 'Nadia', 'Audrey', 'Patricia', 'Heather', 'Fatima', 'Lucie']
GIV_M = ['François', 'Martin', 'Stéphane', 'Éric', 'Patrick', 'Mathieu', 'Alain', 'Kevin', 'Daniel', 'Yannick',
         'Sébastien', 'Steven', 'Richard', 'Karim', 'Olivier', 'Benoît', 'Ryan', 'Luc']
BE_SURN = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Dupont', 'Lambert', 'Dubois', 'Claes']
BE_GIV = [('Lotte', 'F'), ('Bram', 'M'), ('Elise', 'F'), ('Wout', 'M'), ('Amélie', 'F'), ('Thibaut', 'M'),
          ('Noémie', 'F'), ('Arnaud', 'M')]
FR_SURN = ['Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Garnier', 'Faure', 'Rousseau', 'Blanc']
FR_GIV = [('Camille', 'F'), ('Hugo', 'M'), ('Chloé', 'F'), ('Théo', 'M'), ('Manon', 'F'), ('Lucas', 'M'),
          ('Inès', 'F'), ('Mathis', 'M')]
STREETS = ['rue des Érables', 'boul. Saint-Charles', 'rue Cartier', 'av. Lakeview', 'rue Principale', 'ch. du Bord-du-Lac',
           'rue Sainte-Anne', 'Maple Street', 'rue Beaurepaire', 'av. Donegani', 'rue Westminster', 'croissant des Pins']
CITIES = [('Pointe-Claire', 'H9R'), ('Kirkland', 'H9H'), ('Dorval', 'H9S'), ('Beaconsfield', 'H9W'),
          ('Vaudreuil-Dorion', 'J7V'), ('Sainte-Anne-de-Bellevue', 'H9X'), ('Pierrefonds', 'H8Z'), ('Île-Perrot', 'J7V')]
UNITS = ['3A', '3B', '4B', '5 Nord', '6 Est', '7C', 'USI', 'UCDG', 'urgence civière', 'médecine 2']
DEPTS = {
    'records': ('Archives médicales', 'Health Records', 'archives'),
    'roi': ('Accès à l\'information - dossiers', 'Release of Information', 'acces.dossiers'),
    'admission': ('Admission et inscription', 'Admitting and Registration', 'admission'),
    'billing': ('Facturation et comptes patients', 'Patient Billing', 'facturation'),
    'transport': ('Transport des usagers', 'Patient Transport', 'transport.usagers'),
    'beds': ('Gestion des lits', 'Bed Management', 'gestion.lits'),
    'quality': ('Qualité et gestion des risques', 'Quality and Risk Management', 'qualite.risques'),
    'complaints': ('Commissariat aux plaintes et à la qualité des services', 'Service Quality and Complaints Commissioner', 'plaintes'),
    'ethics': ('Bureau de l\'éthique et de la recherche', 'Research Ethics Office', 'recherche'),
    'it': ('Direction des ressources informationnelles', 'IT Services', 'soutien.ti'),
    'hr': ('Ressources humaines', 'Human Resources', 'rh'),
    'purchasing': ('Approvisionnement', 'Purchasing', 'approvisionnement'),
    'foundation': ('Fondation', 'Foundation', 'fondation'),
    'comms': ('Communications', 'Communications', 'communications'),
    'social': ('Service social', 'Social Work', 'service.social'),
    'pharmacy': ('Pharmacie', 'Pharmacy', 'pharmacie'),
    'lab': ('Laboratoire', 'Laboratory', 'labo'),
    'facilities': ('Services techniques', 'Facilities', 'services.techniques'),
}
EXT = {
    'lawyer': ('Me {n}', 'morel-avocats.example'), 'insurer': ('{n}', 'assurances-laurentide.example'),
    'insurer2': ('{n}', 'northstar-life.example'), 'transport': ('{n}', 'transport-medical-ouest.example'),
    'gmf': ('Dr {n}', 'gmf-des-rapides.example'), 'clinic': ('{n}', 'clinique-lakeshore.example'),
    'be': ('{n}', 'chu-liege-partenaire.example'), 'fr': ('{n}', 'chu-lyon-partenaire.example'),
    'ohip': ('{n}', 'ottawa-general-billing.example'), 'vendor': ('{n}', 'medifourniture.example'),
    'vendor2': ('{n}', 'techsante-solutions.example'), 'media': ('{n}', 'journal-ouest.example'),
    'univ': ('{n}', 'univ-recherche.example'), 'cnesst': ('{n}', 'indemnisation-travail.example'),
    'clsc': ('{n}', 'clsc-lac-saint-louis.example'), 'sponsor': ('{n}', 'pharmacorp-trials.example'),
    'ministry': ('{n}', 'ministere-sante.example'), 'personal': ('{n}', 'courriel-perso.example'),
}
FW = str.maketrans('0123456789', '０１２３４５６７８９')


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.nams = []
        with open(NAM_FILE, encoding='utf-8') as f:
            for line in f:
                if line.startswith('#') or not line.strip():
                    continue
                s, g, b, sx, nam = line.split()
                self.nams.append(dict(surname=s, given=g, dob=b, sex=sx, nam=nam))
        self.nam_order = list(range(len(self.nams)))
        self.r.shuffle(self.nam_order)
        self.nam_i = 0
        self.used_ids = set()

    # ------------------------------------------------------------------ people
    def staff(self):
        r = self.r
        sx = r.choice('FM')
        g = r.choice(GIV_F if sx == 'F' else GIV_M)
        return dict(given=g, surname=r.choice(SURN), sex=sx)

    def sname(self, p):
        return f"{p['given']} {p['surname']}"

    def nam_patient(self):
        p = dict(self.nams[self.nam_order[self.nam_i % len(self.nams)]])
        self.nam_i += 1
        return p

    def plain_patient(self):
        r = self.r
        sx = r.choice('FM')
        y = r.randint(1930, 2020)
        return dict(surname=r.choice(SURN + ['Gagnon', 'Roy', 'Fortin', 'Morin', 'Simard']),
                    given=r.choice(GIV_F if sx == 'F' else GIV_M), sex=sx,
                    dob=f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")

    def patient(self):
        return self.nam_patient() if self.r.random() < 0.6 else self.plain_patient()

    def mrn(self):
        r = self.r
        k = r.randint(0, 4)
        if k == 0:
            return str(r.randint(1000000, 9999999))
        if k == 1:
            return f"{r.randint(100000, 999999):08d}"
        if k == 2:
            return 'H' + str(r.randint(100000, 999999))
        if k == 3:
            return f"{r.randint(10, 99)}-{r.randint(10000, 99999)}"
        return 'CO' + str(r.randint(1000000, 9999999))

    def sin(self):
        r = self.r
        while True:
            base = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
            s = base + stdnum.luhn.calc_check_digit(base)
            if stdnum.ca.sin.is_valid(s):
                return s

    def luhn_num(self, n, first=None):
        r = self.r
        base = (first or str(r.randint(1, 9))) + ''.join(str(r.randint(0, 9)) for _ in range(n - 2))
        v = base + stdnum.luhn.calc_check_digit(base)
        assert stdnum.luhn.is_valid(v)
        return v

    def ohn(self):
        v = self.luhn_num(10)
        assert stdnum.luhn.is_valid(v[:10])
        return v

    def be_patient(self):
        r = self.r
        g, sx = r.choice(BE_GIV)
        y, m, d = r.randint(1940, 2015), r.randint(1, 12), r.randint(1, 28)
        while True:
            serial = r.randint(1, 997)
            if (serial % 2 == 1) == (sx == 'M'):
                break
        body = f"{y % 100:02d}{m:02d}{d:02d}{serial:03d}"
        num = int(('2' if y >= 2000 else '') + body)
        niss = body + f"{97 - num % 97:02d}"
        assert stdnum.be.nn.is_valid(niss), niss
        assert stdnum.be.nn.get_birth_date(niss) == dt.date(y, m, d)
        return dict(surname=r.choice(BE_SURN), given=g, sex=sx, dob=f"{y}-{m:02d}-{d:02d}", niss=niss)

    def fr_patient(self):
        r = self.r
        g, sx = r.choice(FR_GIV)
        y, m, d = r.randint(1940, 2015), r.randint(1, 12), r.randint(1, 28)
        dep = r.choice(['69', '75', '13', '38', '01', '42'])
        body = f"{1 if sx == 'M' else 2}{y % 100:02d}{m:02d}{dep}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
        nir = body + f"{97 - int(body) % 97:02d}"
        assert stdnum.fr.nir.is_valid(nir), nir
        return dict(surname=r.choice(FR_SURN), given=g, sex=sx, dob=f"{y}-{m:02d}-{d:02d}", nir=nir)

    def address(self):
        r = self.r
        c, fsa = r.choice(CITIES)
        return f"{r.randint(10, 9999)} {r.choice(STREETS)}, {c} (QC) {fsa} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}"

    def phone(self):
        return f"{self.r.choice(['514', '450', '438'])} 555-{self.r.randint(100, 199):04d}"

    # ------------------------------------------------------------------ formatting helpers
    def fmt_nam(self, nam, allow_split=True):
        r = self.r
        k = r.randint(0, 7 if allow_split else 6)
        if k <= 2:
            return nam
        if k == 3:
            return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
        if k == 4:
            return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
        if k == 5:
            return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
        if k == 6:
            return nam[:4] + nam[4:].translate(FW)
        return f"{nam[:6]}\n{nam[6:]}"

    def fmt_sin(self, s):
        return self.r.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])

    def fmt_niss(self, n):
        return self.r.choice([n, f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", f"{n[:6]} {n[6:9]} {n[9:]}"])

    def fmt_nir(self, n):
        return self.r.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])

    def fmt_ohn(self, n):
        return self.r.choice([n, f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n[:4]} {n[4:7]} {n[7:]} {self.r.choice(['AB', 'KT', 'ZX'])}"])

    def dob(self, p, lang):
        y, m, d = p['dob'].split('-')
        k = self.r.randint(0, 3)
        if k == 0:
            return p['dob']
        if k == 1:
            return f"{d}/{m}/{y}"
        if k == 2:
            return f"{d}-{m}-{y}" if lang == 'fr' else f"{m}/{d}/{y}"
        months_fr = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
        months_en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
        return f"{int(d)} {months_fr[int(m) - 1]} {y}" if lang == 'fr' else f"{months_en[int(m) - 1]} {int(d)}, {y}"


def hon(p, lang):
    if lang == 'fr':
        return 'Mme' if p['sex'] == 'F' else 'M.'
    return 'Ms.' if p['sex'] == 'F' else 'Mr.'


def g(p, fr_f, fr_m):
    return fr_f if p['sex'] == 'F' else fr_m


def pname(ctx, p, lang, style=None):
    r = ctx.r
    k = style if style is not None else r.randint(0, 4)
    if k == 0:
        return f"{hon(p, lang)} {p['given']} {p['surname']}"
    if k == 1:
        return f"{p['surname'].upper()}, {p['given']}"
    if k == 2:
        return f"{p['given']} {p['surname']}"
    if k == 3:
        return f"{hon(p, lang)} {p['surname']}"
    return f"{p['surname']} {p['given']}"


# ----------------------------------------------------------------------------------------------- signatures
def signature(ctx, dept, person, lang, full=True):
    fr, en, box = DEPTS[dept]
    r = ctx.r
    title_fr = {'records': 'Archiviste médicale', 'roi': 'Technicienne en gestion des dossiers', 'admission': "Agent(e) d'admission",
                'billing': 'Technicien(ne) en administration', 'transport': 'Répartiteur(trice)', 'beds': 'Coordonnatrice des lits',
                'quality': 'Conseillère en gestion des risques', 'complaints': 'Commissaire adjointe aux plaintes',
                'ethics': 'Coordonnatrice de la recherche', 'it': 'Analyste, soutien aux utilisateurs', 'hr': 'Conseiller(ère) RH',
                'purchasing': 'Acheteur(se)', 'foundation': 'Conseillère aux dons', 'comms': 'Conseiller en communication',
                'social': 'Travailleuse sociale', 'pharmacy': 'Pharmacien(ne)', 'lab': 'Technologiste médicale', 'facilities': 'Chef de service'}[dept]
    title_en = {'records': 'Health Records Analyst', 'roi': 'Release of Information Clerk', 'admission': 'Admitting Clerk',
                'billing': 'Billing Officer', 'transport': 'Transport Dispatcher', 'beds': 'Patient Flow Coordinator',
                'quality': 'Risk Management Advisor', 'complaints': 'Deputy Complaints Commissioner',
                'ethics': 'Research Coordinator', 'it': 'Service Desk Analyst', 'hr': 'HR Advisor', 'purchasing': 'Buyer',
                'foundation': 'Donor Relations Officer', 'comms': 'Communications Advisor', 'social': 'Social Worker',
                'pharmacy': 'Pharmacist', 'lab': 'Medical Technologist', 'facilities': 'Facilities Manager'}[dept]
    name = ctx.sname(person)
    title_fr = gender_title(title_fr, person['sex'])
    if dept == 'social':
        name += ', T.S.'
    elif dept == 'pharmacy':
        name += ', pharm., M.Sc.'
    elif dept == 'records' and r.random() < 0.5:
        name += ', AMA'
    if not full:
        return f"\n{person['given']}\n" if r.random() < 0.5 else f"\n-- \n{name}\n"
    lines = ['', '-- ', name, title_fr if lang == 'fr' else title_en, fr if lang == 'fr' else en,
             "CISSS de l'Ouest-de-l'Île (fictif) | Hôpital du Lac",
             f"1200, boul. des Sources, Pointe-Claire (Québec) H9R 0Z{r.randint(1, 9)}",
             f"Tél. : 514 555-0{r.randint(100, 199)} poste {r.randint(2000, 4999)}"]
    if r.random() < 0.5:
        lines.append('')
        lines.append("AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. S'il vous est parvenu "
                     "par erreur, veuillez le détruire et en aviser l'expéditeur." if lang == 'fr' else
                     "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, "
                     "please delete it and notify the sender.")
    return '\n'.join(lines) + '\n'


TITLE_M = [('Archiviste médicale', 'Archiviste médical'), ('Technicienne', 'Technicien'), ('Agent(e)', 'Agent'),
           ('Technicien(ne)', 'Technicien'), ('Répartiteur(trice)', 'Répartiteur'), ('Coordonnatrice', 'Coordonnateur'),
           ('Conseillère', 'Conseiller'), ('Commissaire adjointe', 'Commissaire adjoint'), ('Conseiller(ère)', 'Conseiller'),
           ('Acheteur(se)', 'Acheteur'), ('Travailleuse sociale', 'Travailleur social'), ('Pharmacien(ne)', 'Pharmacien'),
           ('Technologiste médicale', 'Technologiste médical')]
TITLE_F = [('Agent(e)', 'Agente'), ('Technicien(ne)', 'Technicienne'), ('Répartiteur(trice)', 'Répartitrice'),
           ('Conseiller(ère)', 'Conseillère'), ('Acheteur(se)', 'Acheteuse'), ('Pharmacien(ne)', 'Pharmacienne'),
           ('Conseiller en communication', 'Conseillère en communication'), ('Chef de service', 'Cheffe de service')]


def gender_title(t, sex):
    for a, b in (TITLE_M if sex == 'M' else TITLE_F):
        t = t.replace(a, b)
    return t


def ext_addr(ctx, key, lang=None):
    fmt, dom = EXT[key]
    p = ctx.staff()
    disp = fmt.format(n=ctx.sname(p))
    local = (p['given'][0] + '.' + p['surname']).lower()
    local = re.sub(r'[^a-z.]', '', local.translate(str.maketrans('éèêëàâîïôöùûüç', 'eeeeaaiioouuuc')))
    return formataddr_safe(disp, f"{local}@{dom}"), p


def int_addr(ctx, p, box=None):
    if box:
        return f"{box}@{DOM}"
    local = (p['given'] + '.' + p['surname']).lower()
    local = re.sub(r'[^a-z.\-]', '', local.translate(str.maketrans('éèêëàâîïôöùûüç', 'eeeeaaiioouuuc')))
    return formataddr_safe(ctx.sname(p), f"{local}@{DOM}")


def formataddr_safe(name, addr):
    return formataddr((name, addr), charset='utf-8')


# ----------------------------------------------------------------------------------------------- attachments
def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            b = zin.read(name)
            if name.endswith('core.xml'):
                b = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z', b'2026-10-01T09:00:00Z', b)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab import rl_config
    rl_config.invariant = 1
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, 740, title)
    c.setFont('Helvetica', 10)
    y = 715
    for ln in lines:
        for sub in (ln[i:i + 95] for i in range(0, max(len(ln), 1), 95)):
            c.drawString(60, y, sub)
            y -= 14
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 740
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, lines, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CISSS Ouest'
    d.add_heading(title, level=1)
    for ln in lines:
        d.add_paragraph(ln)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO()
    d.save(b)
    return norm_zip(b.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:30]
    for row in rows:
        ws.append(list(row))
    wb.properties.creator = 'CISSS Ouest'
    wb.properties.created = dt.datetime(2026, 10, 1, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 10, 1, 9, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    return norm_zip(b.getvalue())


def make_csv(rows, sep=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator='\r\n')
    for row in rows:
        w.writerow(row)
    return s.getvalue().encode('utf-8-sig')


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(ctx, summary, desc, start, minutes, location, organizer):
    end = start + dt.timedelta(minutes=minutes)
    uid = f"{ctx.r.getrandbits(64):016x}@{DOM}"
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CISSS Ouest//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'UID:{uid}', 'DTSTAMP:20261001T130000Z', f"DTSTART;TZID=America/Montreal:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID=America/Montreal:{end:%Y%m%dT%H%M%S}", f'SUMMARY:{ics_escape(summary)}',
             f'DESCRIPTION:{ics_escape(desc)}', f'LOCATION:{ics_escape(location)}', f'ORGANIZER:mailto:{organizer}',
             'END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:
        b = ln.encode('utf-8')
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut]); b = b' ' + b[cut:]
        out.append(b)
    return b'\r\n'.join(out) + b'\r\n'


def make_vcf(fn, n, tel=None, adr=None, email_=None, note=None, org=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'FN:{fn}', f'N:{n}']
    if org:
        lines.append(f'ORG:{org}')
    if tel:
        lines.append(f'TEL;TYPE=HOME,VOICE:{tel}')
    if adr:
        a = adr.replace(',', '\\,')
        lines.append(f'ADR;TYPE=HOME:;;{a};;;;')
    if email_:
        lines.append(f'EMAIL:{email_}')
    if note:
        lines.append(f'NOTE:{ics_escape(note)}')
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


MIMETYPES = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
             'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
             'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip'), 'txt': ('text', 'plain')}


# ----------------------------------------------------------------------------------------------- MIME serializer
class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=True):
        self.headers, self.body, self.children, self.boundary, self.preamble = headers, body, children, boundary, preamble

    def to_bytes(self):
        out = b''.join(f"{k}: {v}\n".encode('ascii') for k, v in self.headers) + b'\n'
        if self.children is None:
            body = self.body
            if not body.endswith(b'\n'):
                body += b'\n'
            return out + body
        out += b'This is a multi-part message in MIME format.\n\n' if self.preamble else b''
        for ch in self.children:
            out += f"--{self.boundary}\n".encode() + ch.to_bytes()
        out += f"--{self.boundary}--\n".encode()
        return out


def enc_body(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw


def text_part(text, subtype, charset, cte):
    raw = text.encode(charset)
    if cte in ('8bit', '7bit'):
        cte = '7bit' if all(b < 128 for b in raw) else '8bit'
        lines = raw.split(b'\n')
        if any(len(l) > 900 for l in lines):
            cte = 'quoted-printable'
    return Part([('Content-Type', f'text/{subtype}; charset="{charset}"'), ('Content-Transfer-Encoding', cte)],
                enc_body(raw, cte))


def att_part(fname, data, ctx=None):
    ext = fname.rsplit('.', 1)[1].lower()
    mt, st = MIMETYPES[ext]
    extra = '; charset="utf-8"' if mt == 'text' else ''
    if ext == 'ics':
        extra += '; method=REQUEST'
    return Part([('Content-Type', f'{mt}/{st}{extra}; name="{fname}"'), ('Content-Disposition', f'attachment; filename="{fname}"'),
                 ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(data))


def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode(maxlinelen=76)


def to_html(text):
    paras = text.split('\n\n')
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split('\n')]
        if p.startswith('> ') or p.startswith('>'):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px;margin-left:4px">' +
                       '<br>\n'.join(l.lstrip('&gt;').lstrip() for l in lines) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return ('<!DOCTYPE html>\n<html><head></head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


# ----------------------------------------------------------------------------------------------- threads
def rand_date(ctx):
    r = ctx.r
    d = dt.date(2026, 9, 1) + dt.timedelta(days=r.randint(0, 90))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    tz = dt.timezone(dt.timedelta(hours=-4 if d < dt.date(2026, 11, 1) else -5))
    return dt.datetime(d.year, d.month, d.day, r.randint(7, 17), r.randint(0, 59), r.randint(0, 59), tzinfo=tz)


def disp(addr):
    return str(email.header.make_header(email.header.decode_header(addr)))


def quote_reply(ctx, top, orig_from, orig_body, lang, when=None):
    when = when or rand_date(ctx)
    orig_from = disp(orig_from)
    if lang == 'fr':
        intro = ctx.r.choice([f"Le {when:%d/%m/%Y à %H:%M}, {orig_from} a écrit :",
                              f"De : {orig_from}\nEnvoyé : {when:%Y-%m-%d %H:%M}\nObjet : RE"])
    else:
        intro = ctx.r.choice([f"On {when:%a, %b %d, %Y at %H:%M}, {orig_from} wrote:",
                              f"From: {orig_from}\nSent: {when:%A, %B %d, %Y %I:%M %p}"])
    if intro.startswith('De :') or intro.startswith('From:'):
        return f"{top}\n\n________________________________\n{intro}\n\n{orig_body}"
    q = '\n'.join('> ' + l if l else '>' for l in orig_body.split('\n'))
    return f"{top}\n\n{intro}\n{q}"


def inline_fwd(ctx, top, orig_from, orig_to, orig_subj, orig_body, lang):
    when = rand_date(ctx)
    orig_from = disp(orig_from)
    if lang == 'fr':
        h = (f"---------- Message transféré ---------\nDe : {orig_from}\nDate : {when:%d/%m/%Y %H:%M}\n"
             f"Objet : {orig_subj}\nÀ : {orig_to}")
    else:
        h = (f"---------- Forwarded message ---------\nFrom: {orig_from}\nDate: {when:%a, %b %d, %Y at %H:%M}\n"
             f"Subject: {orig_subj}\nTo: {orig_to}")
    return f"{top}\n\n{h}\n\n{orig_body}"


# ----------------------------------------------------------------------------------------------- message assembly
def pick_transport(ctx, spec):
    r = ctx.r
    has_att = bool(spec.get('atts')) or bool(spec.get('attach_eml'))
    if has_att:
        structure = 'mixed'
        inner = r.choice(['plain', 'plain', 'alt', 'html'])
    else:
        structure = r.choices(['plain', 'html', 'alt'], [45, 15, 40])[0]
        inner = structure
    charset = r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [60, 20, 20])[0]
    cte = r.choices(['quoted-printable', 'base64', '8bit'], [40, 30, 30])[0]
    eol = r.choices(['LF', 'CRLF'], [60, 40])[0]
    return dict(structure=structure, inner=inner, charset=charset, cte=cte, eol=eol)


def body_parts(ctx, text, inner, charset, cte):
    for cs in (charset, 'utf-8'):
        try:
            text.encode(cs)
            charset = cs
            break
        except UnicodeEncodeError:
            continue
    if inner == 'plain':
        return text_part(text, 'plain', charset, cte), charset
    if inner == 'html':
        return text_part(to_html(text), 'html', charset, cte), charset
    b = '=_alt_' + f"{ctx.r.getrandbits(48):012x}"
    return Part([('Content-Type', f'multipart/alternative; boundary="{b}"')], children=[
        text_part(text, 'plain', charset, cte), text_part(to_html(text), 'html', charset, cte)], boundary=b, preamble=False), charset


def build_message(ctx, spec, tr=None, date=None):
    tr = tr or pick_transport(ctx, spec)
    date = date or rand_date(ctx)
    text = spec['body'].replace('\r\n', '\n')
    bp, used_cs = body_parts(ctx, text, tr['inner'], tr['charset'], tr['cte'])
    tr['charset'] = used_cs
    headers = [('From', spec['from']), ('To', ', '.join(spec['to']))]
    if spec.get('cc'):
        headers.append(('Cc', ', '.join(spec['cc'])))
    headers += [('Subject', hdr(spec['subject'])), ('Date', format_datetime(date)),
                ('Message-ID', f"<{ctx.r.getrandbits(80):020x}.{ctx.r.randint(1000, 9999)}@{DOM}>")]
    if spec.get('reply'):
        ref = f"<{ctx.r.getrandbits(64):016x}@{spec.get('ref_dom', DOM)}>"
        headers += [('In-Reply-To', ref), ('References', ref)]
    if ctx.r.random() < 0.3:
        headers.append(('X-Mailer', ctx.r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0 (ZimbraWebClient)', 'Apple Mail (2.3774)'])))
    headers.append(('MIME-Version', '1.0'))
    if tr['structure'] != 'mixed':
        part = Part(headers + bp.headers, bp.body, bp.children, bp.boundary)
    else:
        children = [bp]
        for fname, data in spec.get('atts', []):
            children.append(att_part(fname, data))
        if spec.get('attach_eml'):
            inner_spec = spec['attach_eml']
            itr = dict(structure='plain', inner='plain', charset='utf-8', cte=ctx.r.choice(['quoted-printable', 'base64']), eol='LF')
            raw = build_message(ctx, inner_spec, itr, rand_date(ctx))
            fname = inner_spec.get('fname', 'message.eml')
            children.append(Part([('Content-Type', f'message/rfc822; name="{fname}"'),
                                  ('Content-Disposition', f'attachment; filename="{fname}"')], raw))
        b = '=_mix_' + f"{ctx.r.getrandbits(48):012x}"
        part = Part(headers + [('Content-Type', f'multipart/mixed; boundary="{b}"')], children=children, boundary=b)
    data = part.to_bytes()
    if tr['eol'] == 'CRLF':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ----------------------------------------------------------------------------------------------- checks
def check_file(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    if msg.defects:
        problems.append(f"msg defects {msg.defects}")
    for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[k] is None:
            problems.append(f'missing {k}')
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.get_content_type()} {part.defects}")
        for k, v in part.items():
            if getattr(v, 'defects', None):
                problems.append(f"header defects {k}: {v.defects}")
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == 'message/rfc822':
            continue
        if part.get_content_maintype() == 'text':
            c = part.get_content()
            if not c.strip():
                problems.append('empty text part')
        else:
            p = part.get_payload(decode=True)
            if not p:
                problems.append(f'empty payload {ct}')
    return problems


# ----------------------------------------------------------------------------------------------- helpers for categories
def me(ctx, dept, box_prob=0.25):
    p = ctx.staff()
    addr = int_addr(ctx, p)
    if ctx.r.random() < box_prob:
        fr, en, box = DEPTS[dept]
        addr = formataddr_safe(fr, f"{box}@{DOM}")
    return p, addr


def colleague(ctx):
    p = ctx.staff()
    return p, int_addr(ctx, p)


def L(lang, fr, en):
    return fr if lang == 'fr' else en


def greet(ctx, lang, p=None):
    r = ctx.r
    if p is None:
        return r.choice(L(lang, ['Bonjour,', 'Bonjour à tous,', 'Allo,', 'Bonjour'], ['Hi,', 'Hello,', 'Good morning,', 'Hi all,']))
    return r.choice(L(lang, [f"Bonjour {p['given']},", f"Bonjour {hon(p, 'fr')} {p['surname']},", f"Salut {p['given']},"],
                      [f"Hi {p['given']},", f"Hello {p['given']},", f"Dear {hon(p, 'en')} {p['surname']},"]))


def thanks(ctx, lang):
    return ctx.r.choice(L(lang, ['Merci!', 'Merci de votre collaboration.', 'Merci et bonne journée', 'Cordialement,', 'Merci beaucoup'],
                          ['Thanks!', 'Thank you,', 'Regards,', 'Thanks in advance.', 'Best,']))


DX_FR = ['MPOC exacerbée', 'fracture de la hanche droite', 'insuffisance cardiaque', 'pneumonie', 'AVC ischémique',
         'cellulite MID', 'diabète type 2 décompensé', 'démence avec SCPD', 'néo du sein (en traitement)', 'IRC stade 4',
         'chute à domicile, TCC léger', 'psychose (P-38)', 'délirium post-op', 'hémorragie digestive haute']
DX_EN = ['COPD exacerbation', 'right hip fracture', 'CHF', 'community-acquired pneumonia', 'ischemic stroke',
         'LLE cellulitis', 'uncontrolled type 2 diabetes', 'dementia with BPSD', 'breast cancer (on chemo)', 'CKD stage 4',
         'fall at home, mild TBI', 'first-episode psychosis', 'post-op delirium', 'upper GI bleed']
MEDS = ['apixaban 5 mg BID', 'metformine 500 mg BID', 'furosémide 40 mg DIE', 'quétiapine 25 mg HS', 'hydromorphone 1 mg q4h PRN',
        'insuline glargine 18 U HS', 'warfarine selon RNI', 'lévothyroxine 75 mcg', 'méthadone 60 mg DIE', 'clozapine 200 mg']
SOC_FR = ['signalement DPJ en cours', "vit seul, risque d'expulsion du logement", "prestataire de l'aide sociale",
          'contexte de violence conjugale, ne pas divulguer adresse', 'garde partagée contestée (ordonnance de la Cour)',
          "statut d'immigration précaire (demandeur d'asile)", 'sortie de détention récente', 'suivi au CRD pour dépendance']
SOC_EN = ['youth protection (DPJ) report in progress', 'lives alone, facing eviction', 'on social assistance',
          'domestic violence context - do NOT disclose address', 'custody dispute, court order on file',
          'refugee claimant, precarious status', 'recently released from detention', 'followed at addiction rehab centre']


def dxi(ctx):
    return ctx.r.randrange(len(DX_FR))


# ================================================================================================ POSITIVE CATEGORIES
def p_roi_request(ctx, lang):
    r = ctx.r
    pt = ctx.nam_patient()
    s, frm = me(ctx, 'roi')
    to, _ = ext_addr(ctx, r.choice(['lawyer', 'insurer', 'insurer2']))
    mrn = ctx.mrn()
    req = f"DA-{r.randint(2026000, 2026999)}"
    if lang == 'fr':
        body = (f"{greet(ctx, lang)}\n\nSuite à votre demande d'accès ({req}), vous trouverez ci-joint copie des documents "
                f"autorisés pour {pname(ctx, pt, lang)} (dossier {mrn}, NAM {ctx.fmt_nam(pt['nam'], False)}), "
                f"{g(pt, 'née', 'né')} le {ctx.dob(pt, lang)}.\n\nPériode couverte : hospitalisation du {r.randint(1, 28)} "
                f"{r.choice(['mars', 'avril', 'mai', 'juin'])} 2026 — notes d'évolution, protocole opératoire, résumé de départ.\n"
                f"Les frais de reproduction ({r.randint(2, 9)}0 pages) vous seront facturés séparément.\n\n{thanks(ctx, lang)}"
                f"{signature(ctx, 'roi', s, lang)}")
        subj = r.choice([f"Demande d'accès {req} - copie de dossier", f"Réponse à votre demande {req} / {pt['surname']}"])
    else:
        body = (f"{greet(ctx, lang)}\n\nFurther to request {req}, please find attached the authorized records for "
                f"{pname(ctx, pt, lang)} (chart {mrn}, RAMQ {ctx.fmt_nam(pt['nam'], False)}), DOB {ctx.dob(pt, lang)}.\n\n"
                f"Included: ED notes, operative report and discharge summary from the 2026 admission.\n"
                f"Copy fees will be invoiced separately.\n\n{thanks(ctx, lang)}{signature(ctx, 'roi', s, lang)}")
        subj = r.choice([f"Records request {req}", f"ROI {req} - {pt['surname']}, {pt['given']}"])
    pdf = make_pdf(L(lang, 'Résumé de départ', 'Discharge summary'),
                   [f"{pt['surname'].upper()}, {pt['given']}   Dossier/Chart: {mrn}   NAM: {pt['nam']}",
                    f"DDN/DOB: {pt['dob']}   Sexe: {pt['sex']}", '', L(lang, f"Dx principal : {DX_FR[dxi(ctx)]}", f"Main Dx: {DX_EN[dxi(ctx)]}"),
                    L(lang, f"Médication au départ : {r.choice(MEDS)}", f"Discharge meds: {r.choice(MEDS)}")])
    return dict(subject=subj, body=body, **{'from': frm}, to=[to], atts=[(f"copie_dossier_{req}.pdf", pdf)],
                types=['patient_name', 'ramq_nam', 'mrn', 'date_of_birth', 'diagnosis', 'medication'],
                note='release-of-information reply with chart copy (pdf) for a named patient')


def p_chart_pull(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'records')
    c, to = colleague(ctx)
    rows = []
    for _ in range(r.randint(3, 6)):
        pt = ctx.patient()
        rows.append((ctx.mrn(), f"{pt['surname'].upper()}, {pt['given']}", pt['dob'], r.choice(['Cardio', 'Ortho', 'Onco', 'GMF', 'Pneumo'])))
    if r.random() < 0.5:
        lst = '\n'.join(f"{a}  {b}  {c_}  {d}" for a, b, c_, d in rows)
        atts = []
        note = 'chart pull list for clinics, inline, names and chart numbers'
    else:
        lst = L(lang, '(voir fichier joint)', '(see attached file)')
        atts = [('liste_sortie_dossiers.xlsx', make_xlsx('Sorties', [('Dossier', 'Nom', 'DDN', 'Clinique')] + rows))]
        note = 'chart pull list for clinics in xlsx attachment'
    body = L(lang, f"{greet(ctx, lang, c)}\n\nVoici les dossiers à sortir pour les cliniques de demain matin :\n\n{lst}\n\n"
                   f"Les dossiers papier sont au local B-0{r.randint(10, 40)}.\n{thanks(ctx, lang)}{signature(ctx, 'records', s, lang, r.random() < 0.5)}",
             f"{greet(ctx, lang, c)}\n\nCharts to pull for tomorrow's clinics:\n\n{lst}\n\nPaper charts in room B-0{r.randint(10, 40)}.\n"
             f"{thanks(ctx, lang)}{signature(ctx, 'records', s, lang, r.random() < 0.5)}")
    subj = L(lang, f"Sortie de dossiers - cliniques du {r.randint(1, 28)}/{r.randint(9, 11)}", 'Chart pull list - tomorrow AM clinics')
    return dict(subject=subj, body=body, **{'from': frm}, to=[to], atts=atts, types=['mrn', 'patient_name', 'date_of_birth'], note=note)


def p_admission_notice(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'admission')
    to, _ = ext_addr(ctx, 'gmf')
    mrn = ctx.mrn()
    i = dxi(ctx)
    unit = r.choice(UNITS)
    body = L(lang, f"{greet(ctx, lang)}\n\nPour votre information, votre {g(pt, 'patiente', 'patient')} {pname(ctx, pt, lang)} "
                   f"(dossier {mrn}) a été {g(pt, 'admise', 'admis')} le {r.randint(1, 28)}/{r.randint(9, 11)} à l'unité {unit} "
                   f"pour {DX_FR[i]}.\nLe médecin traitant à l'interne est le Dr {r.choice(SURN)}.\n\n{thanks(ctx, lang)}"
                   f"{signature(ctx, 'admission', s, lang)}",
             f"{greet(ctx, lang)}\n\nFYI your patient {pname(ctx, pt, lang)} (MRN {mrn}) was admitted to unit {unit} "
             f"on {r.randint(1, 28)}/{r.randint(9, 11)} for {DX_EN[i]}.\nAttending: Dr. {r.choice(SURN)}.\n\n{thanks(ctx, lang)}"
             f"{signature(ctx, 'admission', s, lang)}")
    subj = L(lang, r.choice(['Avis d\'admission', f"Admission - {pt['surname']}", 'Avis au médecin de famille']),
             r.choice(['Admission notice', f"Admission notice - {pt['surname']}", 'Your patient was admitted']))
    return dict(subject=subj, body=body, **{'from': frm}, to=[to], types=['patient_name', 'mrn', 'diagnosis'],
                note='admission notice to family physician for a named patient')


def p_registration_fix(ctx, lang):
    r = ctx.r
    pt = ctx.nam_patient()
    s, frm = me(ctx, 'admission')
    c, to = colleague(ctx)
    body = L(lang, f"{greet(ctx, lang, c)}\n\nErreur à l'inscription ce matin : le NAM saisi pour {pt['surname'].upper()} {pt['given']} "
                   f"({g(pt, 'née', 'né')} le {ctx.dob(pt, lang)}) avait deux chiffres inversés.\nLe bon est {ctx.fmt_nam(pt['nam'])}.\n"
                   f"Peux-tu corriger dans le SIH et refaire la carte? {g(pt, 'Elle', 'Il')} revient en hémodialyse jeudi.\n\n"
                   f"{thanks(ctx, lang)}{signature(ctx, 'admission', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nRegistration error this morning: RAMQ entered for {pt['surname'].upper()} {pt['given']} "
             f"(DOB {ctx.dob(pt, lang)}) had two digits swapped.\nCorrect one is {ctx.fmt_nam(pt['nam'])}.\n"
             f"Can you fix it in the HIS and reprint the card? {g(pt, 'She', 'He')} is back for dialysis Thursday.\n\n"
             f"{thanks(ctx, lang)}{signature(ctx, 'admission', s, lang, False)}")
    subj = L(lang, 'Correction NAM à l\'inscription', 'RAMQ number correction')
    return dict(subject=subj, body=body, **{'from': frm}, to=[to], types=['ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis'],
                note='registration correction of a patient health number with name and DOB')


def p_insurer_claim(ctx, lang):
    r = ctx.r
    pt = ctx.plain_patient()
    s, frm = me(ctx, 'billing')
    to, _ = ext_addr(ctx, r.choice(['insurer', 'insurer2']))
    sin = ctx.sin()
    pol = f"{r.choice(['GR', 'POL', 'LT'])}-{r.randint(100000, 999999)}"
    amt = f"{r.randint(800, 9000)},{r.randint(10, 99)}"
    i = dxi(ctx)
    body = L(lang, f"{greet(ctx, lang)}\n\nNous vous transmettons la réclamation pour chambre semi-privée de votre "
                   f"{g(pt, 'assurée', 'assuré')} :\n\nNom : {pt['given']} {pt['surname']}\nNAS : {ctx.fmt_sin(sin)}\n"
                   f"Police : {pol}\nSéjour : {r.randint(2, 14)} jours, motif : {DX_FR[i]}\nMontant : {amt} $\n\n"
                   f"{thanks(ctx, lang)}{signature(ctx, 'billing', s, lang)}",
             f"{greet(ctx, lang)}\n\nPlease find below the semi-private room claim for your insured member:\n\n"
             f"Name: {pt['given']} {pt['surname']}\nSIN: {ctx.fmt_sin(sin)}\nPolicy: {pol}\nStay: {r.randint(2, 14)} days, reason: {DX_EN[i]}\n"
             f"Amount: ${amt.replace(',', '.')}\n\n{thanks(ctx, lang)}{signature(ctx, 'billing', s, lang)}")
    subj = L(lang, f"Réclamation {pol}", f"Claim {pol} - semi-private")
    return dict(subject=subj, body=body, **{'from': frm}, to=[to], types=['patient_name', 'ca_sin', 'diagnosis'],
                note='insurer claim with patient name, SIN and reason for stay')


def p_ramq_reject(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'billing')
    c, to = colleague(ctx)
    rows = [('NAM', 'Nom', 'Prénom', 'Date service', 'Code refus')]
    for _ in range(r.randint(3, 7)):
        pt = ctx.nam_patient()
        rows.append((pt['nam'], pt['surname'], pt['given'], f"2026-{r.randint(8, 10):02d}-{r.randint(1, 28):02d}", str(r.choice([163, 107, 250, 312]))))
    fmt = r.choice(['csv', 'xlsx'])
    att = ('refus_ramq.csv', make_csv(rows)) if fmt == 'csv' else ('refus_ramq.xlsx', make_xlsx('Refus', rows))
    body = L(lang, f"{greet(ctx, lang, c)}\n\nCi-joint les refus de la dernière période de facturation. Surtout des codes 163 "
                   f"(NAM invalide/expiré). Peux-tu valider avec l'admission?\n\n{thanks(ctx, lang)}{signature(ctx, 'billing', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nAttached are the RAMQ rejections for last billing period, mostly code 163 (invalid/expired card). "
             f"Can you check with admitting?\n\n{thanks(ctx, lang)}{signature(ctx, 'billing', s, lang, False)}")
    return dict(subject=L(lang, 'Refus RAMQ période 2026-' + str(r.randint(18, 24)), 'RAMQ rejections'), body=body, **{'from': frm},
                to=[to], atts=[att], types=['ramq_nam', 'patient_name'], note=f'billing rejection list with patient health numbers ({fmt})')


def p_transport_request(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'transport')
    to, _ = ext_addr(ctx, 'transport')
    adr, tel = ctx.address(), ctx.phone()
    mob = L(lang, r.choice(['civière', 'fauteuil roulant', 'marchette, O2 2 L']), r.choice(['stretcher', 'wheelchair', 'walker, O2 2 L']))
    when = f"{r.randint(1, 28)}/{r.randint(9, 11)} {r.randint(7, 15)}h{r.choice(['00', '30'])}"
    body = L(lang, f"{greet(ctx, lang)}\n\nDemande de transport retour à domicile :\n{pname(ctx, pt, lang, 0)}\n{adr}\nTél. : {tel}\n"
                   f"Départ : {when}, unité {r.choice(UNITS)}\nMobilité : {mob}\nParticularité : {r.choice([g(pt, 'dialysée', 'dialysé') + ' lun-mer-ven', g(pt, 'porteuse', 'porteur') + ' de SARM', g(pt, 'malentendante', 'malentendant'), 'chien méchant, sonner 2 fois'])}\n\n"
                   f"{thanks(ctx, lang)}{signature(ctx, 'transport', s, lang)}",
             f"{greet(ctx, lang)}\n\nTransport request (return home):\n{pname(ctx, pt, lang, 0)}\n{adr}\nPhone: {tel}\n"
             f"Pick-up: {when}, unit {r.choice(UNITS)}\nMobility: {mob}\nNotes: {r.choice(['dialysis Mon-Wed-Fri', 'MRSA carrier', 'hard of hearing', 'dog on premises'])}\n\n"
             f"{thanks(ctx, lang)}{signature(ctx, 'transport', s, lang)}")
    return dict(subject=L(lang, f"Transport {pt['surname']} {when}", f"Transport booking {when}"), body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='patient transport booking with home address and phone')


def p_bed_flow(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'beds')
    c, to = colleague(ctx)
    lines = []
    for _ in range(r.randint(3, 6)):
        pt = ctx.patient()
        i = dxi(ctx)
        lines.append(f"- {r.choice(['Civ', 'C', 'Urg'])} {r.randint(1, 40)} : {pt['surname'].upper()} {pt['given'][0]}. "
                     f"({ctx.mrn()}) {L(lang, DX_FR[i], DX_EN[i])} -> {r.choice(UNITS)}")
    body = L(lang, f"{greet(ctx, lang)}\n\nCaucus des lits 8h30, patients en attente d'un lit à l'urgence :\n" + '\n'.join(lines) +
             f"\n\nCongés prévus : {r.randint(3, 12)}. Merci d'accélérer les départs avant 11h.{signature(ctx, 'beds', s, lang, False)}",
             f"{greet(ctx, lang)}\n\n8:30 bed huddle - ED patients waiting for a bed:\n" + '\n'.join(lines) +
             f"\n\nExpected discharges: {r.randint(3, 12)}. Please push discharges before 11.{signature(ctx, 'beds', s, lang, False)}")
    return dict(subject=L(lang, 'Caucus des lits - liste urgence', 'Bed huddle - ED boarders'), body=body, **{'from': frm}, to=[to],
                cc=[int_addr(ctx, ctx.staff())], types=['patient_name', 'mrn', 'diagnosis'], note='bed huddle list of ED boarders')


def p_incident_report(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'quality')
    c, to = colleague(ctx)
    no = f"AH-223-{r.randint(10000, 99999)}"
    med = r.choice(MEDS)
    body = L(lang, f"{greet(ctx, lang, c)}\n\nJe fais suite au rapport d'incident {no} déclaré sur l'unité {r.choice(UNITS)}.\n"
                   f"{g(pt, 'Usagère', 'Usager')} : {pname(ctx, pt, lang, 1)}, dossier {ctx.mrn()}\n"
                   f"Événement : erreur d'administration, {med} donné en double dose. Gravité : {r.choice(['C', 'D', 'E1'])}.\n"
                   f"Divulgation faite à la famille le {r.randint(1, 28)}/{r.randint(9, 11)}.\n\nPeux-tu compléter la section analyse d'ici vendredi?"
                   f"{signature(ctx, 'quality', s, lang)}",
             f"{greet(ctx, lang, c)}\n\nFollowing up on incident report {no} from unit {r.choice(UNITS)}.\n"
             f"Patient: {pname(ctx, pt, lang, 1)}, chart {ctx.mrn()}\nEvent: medication error, {med} given twice. Severity {r.choice(['C', 'D', 'E1'])}.\n"
             f"Disclosure to family done.\n\nCould you complete the analysis section by Friday?{signature(ctx, 'quality', s, lang)}")
    return dict(subject=L(lang, f"Incident {no}", f"Incident report {no}"), body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'mrn', 'medication'], note='incident follow-up naming the patient and medication error')


def p_complaint_file(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'complaints')
    c, to = colleague(ctx)
    no = f"PL-2026-{r.randint(100, 999)}"
    i = dxi(ctx)
    body = L(lang, f"{greet(ctx, lang, c)}\n\nNous avons reçu une plainte ({no}) de la fille de {pname(ctx, pt, lang)}, "
                   f"{g(pt, 'hospitalisée', 'hospitalisé')} pour {DX_FR[i]}. Elle reproche un délai de {r.randint(6, 30)} h avant "
                   f"l'évaluation de la douleur et l'absence de suivi des glycémies.\nCoordonnées de la plaignante : {ctx.phone()}.\n\n"
                   f"Pourriez-vous me transmettre votre version des faits d'ici 10 jours ouvrables?{signature(ctx, 'complaints', s, lang)}",
             f"{greet(ctx, lang, c)}\n\nWe received a complaint ({no}) from the son of {pname(ctx, pt, lang)}, admitted for {DX_EN[i]}. "
             f"He reports a {r.randint(6, 30)}-hour wait for pain assessment and missed glucose checks.\nComplainant phone: {ctx.phone()}.\n\n"
             f"Please send me your account of events within 10 business days.{signature(ctx, 'complaints', s, lang)}")
    return dict(subject=L(lang, f"Plainte {no} - demande de version des faits", f"Complaint {no} - request for comments"), body=body,
                **{'from': frm}, to=[to], types=['patient_name', 'diagnosis'], note='complaint file naming the patient and their care')


def p_complaint_reply(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'complaints')
    ext, ep = ext_addr(ctx, 'personal')
    no = f"PL-2026-{r.randint(100, 999)}"
    orig = L(lang, f"Bonjour,\nJe veux porter plainte. {g(pt, 'Ma mère', 'Mon père')} {pt['given']} {pt['surname']} a été "
                   f"{g(pt, 'laissée', 'laissé')} sur une civière 3 jours, {g(pt, 'elle', 'il')} a {r.choice(['la maladie de Parkinson', 'un cancer du poumon', 'une démence'])} "
                   f"et personne ne lui donnait ses pilules.\n{ep['given']}",
             f"Hello,\nI want to file a complaint. My {g(pt, 'mother', 'father')} {pt['given']} {pt['surname']} was left on a stretcher "
             f"for 3 days; {g(pt, 'she', 'he')} has {r.choice(['Parkinson disease', 'lung cancer', 'dementia'])} and nobody gave the meds.\n{ep['given']}")
    top = L(lang, f"Bonjour {hon(ep, 'fr')} {ep['surname']},\n\nNous accusons réception de votre plainte, dossier {no}. "
                  f"Un examen sera fait dans les 45 jours prévus par la Loi.{signature(ctx, 'complaints', s, lang)}",
            f"Dear {hon(ep, 'en')} {ep['surname']},\n\nWe acknowledge receipt of your complaint, file {no}. It will be examined within "
            f"the 45 days set by law.{signature(ctx, 'complaints', s, lang)}")
    body = quote_reply(ctx, top, ext, orig, lang)
    return dict(subject=L(lang, f"RE: plainte - {no}", f"RE: complaint - {no}"), body=body, **{'from': frm}, to=[ext], reply=True,
                ref_dom='courriel-perso.example', types=['patient_name', 'diagnosis'],
                note='acknowledgement of complaint quoting the family message about named patient')


def p_research_participant(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'ethics')
    to, _ = ext_addr(ctx, r.choice(['sponsor', 'univ']))
    proto = f"MP-{r.randint(10, 99)}-2026-{r.randint(1000, 9999)}"
    lab = r.choice(['HbA1c 9,8 %', 'créat 212 µmol/L', 'Hb 78 g/L', 'ALT 310 U/L'])
    body = L(lang, f"{greet(ctx, lang)}\n\nProtocole {proto} : {g(pt, 'la participante', 'le participant')} {pt['given']} {pt['surname']} "
                   f"(dossier {ctx.mrn()}, DDN {ctx.dob(pt, lang)}) a présenté un EIG — hospitalisation, {lab} à la visite 4.\n"
                   f"Formulaire EIG à suivre dans les 24 h.{signature(ctx, 'ethics', s, lang)}",
             f"{greet(ctx, lang)}\n\nProtocol {proto}: participant {pt['given']} {pt['surname']} (MRN {ctx.mrn()}, DOB {ctx.dob(pt, lang)}) "
             f"had an SAE - hospitalized, {lab.replace('créat', 'creat').replace(',', '.')} at visit 4.\nSAE form to follow within 24 h.{signature(ctx, 'ethics', s, lang)}")
    return dict(subject=L(lang, f"EIG - {proto}", f"SAE notification {proto}"), body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'mrn', 'date_of_birth', 'lab_result'], note='research SAE notice identifying a participant')


def p_it_ticket_patient(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'it', 0)
    to = formataddr_safe('Centre de services TI', f"servicedesk@{DOM}")
    t = f"INC{r.randint(1000000, 9999999)}"
    mrn = ctx.mrn()
    body = L(lang, f"{greet(ctx, lang)}\n\nBillet {t} : dans le DCI, le dossier {mrn} ({pt['surname']}, {pt['given']}) affiche les "
                   f"résultats de {r.choice(['glycémie', 'troponine', 'potassium'])} d'un autre usager. Le médecin a failli ajuster l'insuline "
                   f"sur la mauvaise valeur. Capture d'écran dans le billet.\nPriorité 2 svp.\n{s['given']}",
             f"{greet(ctx, lang)}\n\nTicket {t}: in the EHR, chart {mrn} ({pt['surname']}, {pt['given']}) shows another patient's "
             f"{r.choice(['glucose', 'troponin', 'potassium'])} results. Screenshot in the ticket.\nP2 please.\n{s['given']}")
    return dict(subject=f"{t} - " + L(lang, 'résultats mélangés entre deux dossiers', 'results mixed between two charts'), body=body,
                **{'from': frm}, to=[to], types=['patient_name', 'mrn', 'lab_result'], note='IT ticket mentioning a named patient chart and results')


def p_foundation_patient(ctx, lang):
    r = ctx.r
    pt = ctx.plain_patient()
    s, frm = me(ctx, 'foundation')
    c, to = colleague(ctx)
    i = dxi(ctx)
    body = L(lang, f"{greet(ctx, lang, c)}\n\nPour la campagne des Fêtes, l'unité d'oncologie suggère {pt['given']} {pt['surname']}, "
                   f"{g(pt, 'traitée', 'traité')} ici pour {DX_FR[i]} et toujours en chimio. {g(pt, 'Elle', 'Il')} habite au {ctx.address()}. "
                   f"A-t-on le consentement écrit avant que je l'appelle?{signature(ctx, 'foundation', s, lang)}",
             f"{greet(ctx, lang, c)}\n\nFor the holiday campaign, oncology suggested {pt['given']} {pt['surname']}, treated here for "
             f"{DX_EN[i]}. {g(pt, 'She', 'He')} lives at {ctx.address()}. Do we have written consent before I call?{signature(ctx, 'foundation', s, lang)}")
    return dict(subject=L(lang, 'Témoignage patient - campagne', 'Patient story - campaign'), body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'diagnosis', 'patient_contact'], note='foundation mail naming a patient and their treatment')


def p_media_request(ctx, lang):
    r = ctx.r
    pt = ctx.plain_patient()
    s, frm = me(ctx, 'comms')
    c, to = colleague(ctx)
    media, mp = ext_addr(ctx, 'media')
    orig = L(lang, f"Bonjour, on nous dit que {pt['given']} {pt['surname']}, {r.randint(20, 80)} ans, {g(pt, 'blessée', 'blessé')} dans l'accident de la 20, "
                   f"est aux soins intensifs chez vous. Pouvez-vous confirmer son état?",
             f"Hi, we hear {pt['given']} {pt['surname']}, injured in the Hwy 20 crash, is in your ICU. Can you confirm condition?")
    top = L(lang, f"{c['given']}, pour info. Je confirme à l'interne : {g(pt, 'elle', 'il')} est à l'USI, {g(pt, 'intubée', 'intubé')}, état critique. "
                  f"On ne confirme RIEN au journaliste.{signature(ctx, 'comms', s, lang, False)}",
            f"{c['given']}, FYI. Internally: {g(pt, 'she', 'he')} is in ICU, intubated, critical. We confirm NOTHING to the reporter."
            f"{signature(ctx, 'comms', s, lang, False)}")
    body = inline_fwd(ctx, top, media, f"communications@{DOM}", L(lang, 'Demande médias', 'Media request'), orig, lang)
    return dict(subject=L(lang, 'TR: Demande médias - accident A-20', 'FW: media request - Hwy 20 crash'), body=body, **{'from': frm},
                to=[to], types=['patient_name', 'diagnosis'], note='inline forward of media request with internal status of named patient')


def p_be_transfer(ctx, lang):
    r = ctx.r
    pt = ctx.be_patient()
    s, frm = me(ctx, 'admission')
    to, tp = ext_addr(ctx, 'be')
    i = dxi(ctx)
    body = L(lang, f"{greet(ctx, lang, tp)}\n\n{pname(ctx, pt, lang, 0)}, {g(pt, 'née', 'né')} le {ctx.dob(pt, lang)}, NISS {ctx.fmt_niss(pt['niss'])}, "
                   f"en séjour au Québec, a été {g(pt, 'hospitalisée', 'hospitalisé')} chez nous pour {DX_FR[i]}.\n"
                   f"Pouvez-vous nous confirmer la prise en charge par sa mutualité et nous envoyer l'attestation?\n\n{thanks(ctx, lang)}"
                   f"{signature(ctx, 'admission', s, lang)}",
             f"{greet(ctx, lang, tp)}\n\n{pname(ctx, pt, lang, 0)}, DOB {ctx.dob(pt, lang)}, NISS {ctx.fmt_niss(pt['niss'])}, visiting Quebec, "
             f"was admitted here for {DX_EN[i]}.\nCould you confirm coverage by the mutuality and send the certificate?\n\n{thanks(ctx, lang)}"
             f"{signature(ctx, 'admission', s, lang)}")
    return dict(subject=L(lang, 'Prise en charge - patient belge', 'Coverage - Belgian patient'), body=body, **{'from': frm}, to=[to],
                types=['be_niss', 'patient_name', 'date_of_birth', 'diagnosis'], note='Belgian partner coverage request with NISS')


def p_fr_transfer(ctx, lang):
    r = ctx.r
    pt = ctx.fr_patient()
    s, frm = me(ctx, 'records')
    to, tp = ext_addr(ctx, 'fr')
    i = dxi(ctx)
    nir = ctx.fmt_nir(pt['nir'])
    body = L(lang, f"{greet(ctx, lang, tp)}\n\nComme convenu, ci-joint le résumé d'hospitalisation de {pname(ctx, pt, lang, 0)} "
                   f"(NIR {nir}) pour la continuité des soins à Lyon. Diagnostic : {DX_FR[i]}.\n\n{thanks(ctx, lang)}{signature(ctx, 'records', s, lang)}",
             f"{greet(ctx, lang, tp)}\n\nAs agreed, attached is the hospital summary for {pname(ctx, pt, lang, 0)} (NIR {nir}) for "
             f"continuity of care in Lyon. Diagnosis: {DX_EN[i]}.\n\n{thanks(ctx, lang)}{signature(ctx, 'records', s, lang)}")
    doc = make_docx(L(lang, "Résumé d'hospitalisation", 'Hospital summary'),
                    [f"{pt['surname'].upper()} {pt['given']} - NIR {pt['nir']} - {pt['dob']}", L(lang, DX_FR[i], DX_EN[i]),
                     f"{r.choice(MEDS)}"])
    return dict(subject=L(lang, 'Résumé hospitalisation - transfert Lyon', 'Hospital summary - Lyon transfer'), body=body,
                **{'from': frm}, to=[to], atts=[('resume_hospitalisation.docx', doc)],
                types=['fr_nir', 'patient_name', 'diagnosis', 'medication'], note='French partner transfer with NIR and summary docx')


def p_ontario_billing(ctx, lang):
    r = ctx.r
    pt = ctx.plain_patient()
    s, frm = me(ctx, 'billing')
    to, _ = ext_addr(ctx, 'ohip')
    hn = ctx.ohn()
    body = L(lang, f"{greet(ctx, lang)}\n\nFacturation interprovinciale : {pt['given']} {pt['surname']}, carte Santé Ontario "
                   f"{ctx.fmt_ohn(hn)}, DDN {ctx.dob(pt, lang)}, vu à l'urgence le {r.randint(1, 28)}/{r.randint(9, 11)}. "
                   f"La carte est refusée, pouvez-vous valider l'admissibilité?\n{thanks(ctx, lang)}{signature(ctx, 'billing', s, lang)}",
             f"{greet(ctx, lang)}\n\nInterprovincial billing: {pt['given']} {pt['surname']}, Ontario health card {ctx.fmt_ohn(hn)}, "
             f"DOB {ctx.dob(pt, lang)}, seen in our ED on {r.randint(1, 28)}/{r.randint(9, 11)}. Card rejected - can you check eligibility?\n"
             f"{thanks(ctx, lang)}{signature(ctx, 'billing', s, lang)}")
    return dict(subject=L(lang, 'Validation carte Ontario', 'Ontario card eligibility'), body=body, **{'from': frm}, to=[to],
                types=['ca_health_number', 'patient_name', 'date_of_birth'], note='out-of-province billing with Ontario health number')


def p_disability_form(ctx, lang):
    r = ctx.r
    pt = ctx.plain_patient()
    s, frm = me(ctx, 'roi')
    to, _ = ext_addr(ctx, r.choice(['insurer2', 'cnesst']))
    sin = ctx.sin()
    i = dxi(ctx)
    doc = make_docx(L(lang, 'Attestation médicale - invalidité', 'Attending physician statement'),
                    [f"{L(lang, 'Nom', 'Name')}: {pt['given']} {pt['surname']}", f"NAS/SIN: {sin}", f"DDN/DOB: {pt['dob']}",
                     f"Dx: {L(lang, DX_FR[i], DX_EN[i])}", L(lang, 'Arrêt de travail prévu : 12 semaines', 'Expected time off: 12 weeks')])
    body = L(lang, f"{greet(ctx, lang)}\n\nCi-joint le formulaire complété par le médecin pour votre dossier de réclamation "
                   f"(réf. {r.randint(100000, 999999)}).\n{thanks(ctx, lang)}{signature(ctx, 'roi', s, lang)}",
             f"{greet(ctx, lang)}\n\nAttached is the completed attending physician statement for your claim ref. {r.randint(100000, 999999)}.\n"
             f"{thanks(ctx, lang)}{signature(ctx, 'roi', s, lang)}")
    return dict(subject=L(lang, 'Formulaire invalidité complété', 'Completed APS form'), body=body, **{'from': frm}, to=[to],
                atts=[('formulaire_invalidite.docx', doc)], types=['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis'],
                note='disability form in docx with SIN and diagnosis of a patient')


def p_discharge_pdf(ctx, lang):
    r = ctx.r
    pt = ctx.nam_patient()
    s, frm = me(ctx, 'records')
    to, _ = ext_addr(ctx, r.choice(['gmf', 'clsc']))
    i = dxi(ctx)
    pdf = make_pdf(L(lang, 'Sommaire d\'hospitalisation', 'Discharge summary'),
                   [f"{L(lang, 'Usager', 'Patient')}: {pt['surname']}, {pt['given']}  ({pt['sex']})  DDN {pt['dob']}",
                    f"NAM: {pt['nam']}", f"Dx: {L(lang, DX_FR[i], DX_EN[i])}", f"Rx: {r.choice(MEDS)}; {r.choice(MEDS)}",
                    L(lang, 'Suivi GMF dans 2 semaines.', 'Follow-up with family MD in 2 weeks.')])
    body = L(lang, f"{greet(ctx, lang)}\n\nSommaire d'hospitalisation en pièce jointe (transmission automatisée).\n"
                   f"Ne pas répondre à ce courriel.{signature(ctx, 'records', s, lang)}",
             f"{greet(ctx, lang)}\n\nDischarge summary attached (automated transmission). Do not reply.{signature(ctx, 'records', s, lang)}")
    return dict(subject=L(lang, f"Sommaire - {pt['surname'].upper()}", 'Discharge summary'), body=body, **{'from': frm}, to=[to],
                atts=[(f"sommaire_{r.randint(1000, 9999)}.pdf", pdf)],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'], note='discharge summary pdf to clinic')


def p_med_rec(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'pharmacy')
    to, _ = ext_addr(ctx, 'clinic')
    meds = r.sample(MEDS, 3)
    body = L(lang, f"{greet(ctx, lang)}\n\nBilan comparatif pour {pname(ctx, pt, lang)} (dossier {ctx.mrn()}) :\n"
                   + '\n'.join(f"- {m}" for m in meds) + f"\nÉcart : {meds[0]} cessé à l'admission, à clarifier.\n\n{thanks(ctx, lang)}"
                   f"{signature(ctx, 'pharmacy', s, lang)}",
             f"{greet(ctx, lang)}\n\nMed rec for {pname(ctx, pt, lang)} (chart {ctx.mrn()}):\n" + '\n'.join(f"- {m}" for m in meds) +
             f"\nDiscrepancy: {meds[0]} held on admission, please clarify.\n\n{thanks(ctx, lang)}{signature(ctx, 'pharmacy', s, lang)}")
    return dict(subject=L(lang, 'Bilan comparatif des médicaments', 'Medication reconciliation'), body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'mrn', 'medication'], note='medication reconciliation for a named patient')


def p_social_work(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'social')
    to, _ = ext_addr(ctx, 'clsc')
    k = r.randrange(len(SOC_FR))
    body = L(lang, f"{greet(ctx, lang)}\n\nRéférence CLSC pour {pname(ctx, pt, lang)}, {g(pt, 'née', 'né')} le {ctx.dob(pt, lang)}. "
                   f"Contexte : {SOC_FR[k]}. Congé prévu demain.\nMerci de prendre contact rapidement.{signature(ctx, 'social', s, lang)}",
             f"{greet(ctx, lang)}\n\nCLSC referral for {pname(ctx, pt, lang)}, DOB {ctx.dob(pt, lang)}. Context: {SOC_EN[k]}. "
             f"Discharge planned tomorrow.\nPlease reach out quickly.{signature(ctx, 'social', s, lang)}")
    return dict(subject=L(lang, 'Référence psychosociale', 'Psychosocial referral'), body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'date_of_birth', 'social_information'], note='social work referral with social context')


def p_critical_value(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'lab')
    to, _ = ext_addr(ctx, 'gmf')
    v = r.choice(['K+ 6,9 mmol/L', 'Na+ 118 mmol/L', 'INR 7,4', 'glucose 1,9 mmol/L', 'Hb 58 g/L'])
    body = L(lang, f"VALEUR CRITIQUE\n\n{pname(ctx, pt, lang, 1)} - dossier {ctx.mrn()}\n{v} (prélèvement externe du {r.randint(1, 28)}/{r.randint(9, 11)})\n"
                   f"Le médecin n'a pu être joint au téléphone, merci de rappeler le labo au poste {r.randint(2000, 4999)}.{signature(ctx, 'lab', s, lang, False)}",
             f"CRITICAL VALUE\n\n{pname(ctx, pt, lang, 1)} - MRN {ctx.mrn()}\n{v.replace(',', '.')}\nPhysician could not be reached by phone, "
             f"please call the lab at ext. {r.randint(2000, 4999)}.{signature(ctx, 'lab', s, lang, False)}")
    return dict(subject=L(lang, 'URGENT valeur critique', 'URGENT critical lab value'), body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'mrn', 'lab_result'], note='critical lab value for a named patient')


def p_booking_ics(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'admission', 0)
    to, _ = ext_addr(ctx, 'personal')
    start = dt.datetime(2026, r.randint(10, 12), r.randint(1, 28), r.randint(8, 15), r.choice([0, 30]))
    exam = L(lang, r.choice(['Coloscopie', 'IRM lombaire', 'Échographie cardiaque', 'Biopsie prostatique']),
             r.choice(['Colonoscopy', 'Lumbar MRI', 'Echocardiogram', 'Prostate biopsy']))
    ics = make_ics(ctx, f"{exam} - {pt['given']} {pt['surname']}", L(lang, f"Dossier {ctx.mrn()}. À jeun depuis minuit.", f"Chart {ctx.mrn()}. NPO after midnight."),
                   start, 60, 'Hôpital du Lac, pavillon B', f"admission@{DOM}")
    body = L(lang, f"{greet(ctx, lang, pt)}\n\nVotre rendez-vous est confirmé (invitation jointe). Apportez votre carte d'assurance maladie.\n"
                   f"{thanks(ctx, lang)}{signature(ctx, 'admission', s, lang)}",
             f"{greet(ctx, lang, pt)}\n\nYour appointment is confirmed (invitation attached). Please bring your health card.\n"
             f"{thanks(ctx, lang)}{signature(ctx, 'admission', s, lang)}")
    return dict(subject=L(lang, f"Confirmation de rendez-vous - {exam}", f"Appointment confirmation - {exam}"), body=body,
                **{'from': frm}, to=[to], atts=[('rendez-vous.ics', ics)], types=['patient_name', 'mrn', 'diagnosis'],
                note='appointment confirmation to patient with ICS naming exam')


def p_vcard_patient(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'transport')
    to, _ = ext_addr(ctx, 'clsc')
    adr, tel = ctx.address(), ctx.phone()
    vcf = make_vcf(f"{pt['given']} {pt['surname']}", f"{pt['surname']};{pt['given']};;;", tel, adr,
                   note=L(lang, 'Soins à domicile - pansement jambe, diabétique', 'Home care - leg dressing, diabetic'))
    body = L(lang, f"{greet(ctx, lang)}\n\nCoordonnées de {g(pt, 'la patiente', 'du patient')} pour le suivi à domicile (fiche jointe). "
                   f"Première visite infirmière souhaitée d'ici 48 h.{signature(ctx, 'transport', s, lang, False)}",
             f"{greet(ctx, lang)}\n\nPatient contact card for home-care follow-up attached. First nursing visit within 48 h please."
             f"{signature(ctx, 'transport', s, lang, False)}")
    return dict(subject=L(lang, 'Suivi à domicile - coordonnées', 'Home care follow-up - contact'), body=body, **{'from': frm},
                to=[to], atts=[(f"{pt['surname'].lower().replace(' ', '')}.vcf".encode('ascii', 'ignore').decode() or 'contact.vcf', vcf)],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='vCard with patient home contact for home care')


def p_chart_merge(ctx, lang):
    r = ctx.r
    pt = ctx.nam_patient()
    s, frm = me(ctx, 'records')
    c, to = colleague(ctx)
    m1, m2 = ctx.mrn(), ctx.mrn()
    body = L(lang, f"{greet(ctx, lang, c)}\n\nDoublon détecté :\n{m1} {pt['surname'].upper()} {pt['given']} {pt['dob']} {ctx.fmt_nam(pt['nam'])}\n"
                   f"{m2} {pt['surname'].upper()} {pt['given'][0]}. {pt['dob']} (sans NAM)\nFusion vers {m1}. "
                   f"Attention, résultats de pathologie dans le {m2}.{signature(ctx, 'records', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nDuplicate found:\n{m1} {pt['surname'].upper()} {pt['given']} {pt['dob']} {ctx.fmt_nam(pt['nam'])}\n"
             f"{m2} {pt['surname'].upper()} {pt['given'][0]}. {pt['dob']} (no RAMQ)\nMerge into {m1}. Pathology results sit in {m2}."
             f"{signature(ctx, 'records', s, lang, False)}")
    return dict(subject=L(lang, 'Fusion de dossiers', 'Chart merge request'), body=body, **{'from': frm}, to=[to],
                types=['mrn', 'patient_name', 'date_of_birth', 'ramq_nam'], note='duplicate chart merge with identifiers')


def p_fwd_eml(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'roi')
    c, to = colleague(ctx)
    ext, ep = ext_addr(ctx, 'lawyer')
    inner_body = L(lang, f"Madame, Monsieur,\n\nNous représentons {pname(ctx, pt, lang, 0)} ({g(pt, 'née', 'né')} le {ctx.dob(pt, lang)}) dans un dossier "
                         f"de responsabilité suite à {r.choice(['une chute au 4B', 'une infection post-opératoire', 'un retard de diagnostic de cancer'])}. "
                         f"Veuillez transmettre le dossier complet.\n", 
                   f"Dear Sir/Madam,\n\nWe act for {pname(ctx, pt, lang, 0)} (DOB {ctx.dob(pt, lang)}) in a liability matter following "
                   f"{r.choice(['a fall on 4B', 'a post-operative infection', 'a delayed cancer diagnosis'])}. Please send the complete chart.\n")
    inner = dict(subject=L(lang, 'Demande de dossier complet', 'Request for complete chart'), body=inner_body, **{'from': ext},
                 to=[f"acces.dossiers@{DOM}"], fname='demande_avocat.eml')
    body = L(lang, f"{c['given']},\nDemande d'avocat en pièce jointe, à traiter en priorité (délai 20 jours).\n{s['given']}",
             f"{c['given']},\nLawyer's request attached, please prioritize (20-day deadline).\n{s['given']}")
    return dict(subject=L(lang, 'TR: Demande de dossier complet', 'FW: Request for complete chart'), body=body, **{'from': frm},
                to=[to], attach_eml=inner, types=['patient_name', 'date_of_birth', 'diagnosis'],
                note='forward as attachment of a lawyer letter about a named patient')


def p_zip_export(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'quality')
    to, _ = ext_addr(ctx, 'ministry')
    rows = [('mrn', 'nom', 'ddn', 'date_chute', 'blessure')]
    for _ in range(r.randint(3, 6)):
        pt = ctx.patient()
        rows.append((ctx.mrn(), f"{pt['surname']} {pt['given']}", pt['dob'], f"2026-{r.randint(7, 10):02d}-{r.randint(1, 28):02d}",
                     r.choice(['fracture', 'TCC', 'aucune', 'lacération'])))
    z = make_zip([('chutes_T3/audit_chutes.csv', make_csv(rows)), ('chutes_T3/lisezmoi.txt', b'Extraction SIH T3 2026\r\n')])
    body = L(lang, f"{greet(ctx, lang)}\n\nVoici l'extraction nominative demandée pour l'audit des chutes du T3 (zip).\n"
                   f"Mot de passe envoyé par texto.{signature(ctx, 'quality', s, lang)}",
             f"{greet(ctx, lang)}\n\nHere is the patient-level extract for the Q3 falls audit (zip). Password sent by text.{signature(ctx, 'quality', s, lang)}")
    return dict(subject=L(lang, 'Audit chutes T3 - extraction', 'Q3 falls audit - extract'), body=body, **{'from': frm}, to=[to],
                atts=[('audit_chutes_T3.zip', z)], types=['mrn', 'patient_name', 'date_of_birth', 'diagnosis'],
                note='zip with patient-level falls audit csv')


def p_subject_only(ctx, lang):
    r = ctx.r
    pt = ctx.nam_patient()
    s, frm = me(ctx, r.choice(['records', 'admission', 'quality']))
    c, to = colleague(ctx)
    subj = L(lang, r.choice([f"{pt['surname'].upper()} {pt['given']} {pt['nam']} - chute + fx poignet",
                             f"NAM {pt['nam']} décédé(e)?? dossier à fermer"]),
             r.choice([f"{pt['surname']}, {pt['given']} {pt['nam']} - fall + wrist fx", f"RAMQ {pt['nam']} deceased? close chart"]))
    body = L(lang, r.choice(['Voir objet. Peux-tu vérifier?', 'Tout est dans l\'objet, merci de me revenir ce pm.', 'svp voir objet']),
             r.choice(['See subject. Can you check?', 'All in the subject line, thx', 'pls see subject']))
    body += '\n' + s['given']
    return dict(subject=subj, body=body, **{'from': frm}, to=[to], types=['patient_name', 'ramq_nam', 'diagnosis'],
                note='patient name and health number in the Subject only')


def p_disguised(ctx, lang):
    r = ctx.r
    pt = ctx.nam_patient()
    s, frm = me(ctx, r.choice(['billing', 'admission']))
    to, _ = ext_addr(ctx, r.choice(['clinic', 'gmf', 'insurer']))
    nm = pt['nam']
    dis = r.choice([' '.join(nm), '-'.join([nm[:2], nm[2:4], nm[4:6], nm[6:8], nm[8:10], nm[10:]]),
                    nm[:4].lower() + ' / ' + nm[4:8] + ' / ' + nm[8:], nm[:4] + ' ' + nm[4:].translate(FW)])
    body = L(lang, f"{greet(ctx, lang)}\n\n(j'ai mis des espaces pour que le courriel passe le filtre)\n\n{pt['surname']} {pt['given'][0]} - {dis}\n"
                   f"{g(pt, 'Elle', 'Il')} a besoin de son renouvellement de {r.choice(MEDS)} avant vendredi.\n{s['given']}",
             f"{greet(ctx, lang)}\n\n(spaced it out so the email doesn't get blocked)\n\n{pt['surname']} {pt['given'][0]} - {dis}\n"
             f"{g(pt, 'She', 'He')} needs the {r.choice(MEDS)} renewal before Friday.\n{s['given']}")
    return dict(subject=L(lang, 'renouvellement', 'renewal'), body=body, **{'from': frm}, to=[to],
                types=['ramq_nam', 'patient_name', 'medication'], note='health number deliberately spaced/disguised with medication')


def p_signout_roster(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'beds', 0)
    c, to = colleague(ctx)
    rows = [('Lit', 'Nom', 'Dossier', 'Problème', 'À faire')]
    for b in range(r.randint(4, 7)):
        pt = ctx.patient()
        i = dxi(ctx)
        rows.append((f"{r.choice(['4B', '5N', '6E'])}-{r.randint(1, 30):02d}", f"{pt['surname']}, {pt['given']}", ctx.mrn(),
                     L(lang, DX_FR[i], DX_EN[i]), L(lang, r.choice(['FSC AM', 'revoir INR', 'congé?', 'TS à voir']),
                                                     r.choice(['CBC AM', 'check INR', 'dc?', 'SW to see']))))
    body = L(lang, f"{greet(ctx, lang, c)}\n\nListe de passation de garde ci-jointe (fin de semaine).\n{s['given']}",
             f"{greet(ctx, lang, c)}\n\nWeekend sign-out list attached.\n{s['given']}")
    return dict(subject=L(lang, 'Horaire / passation fin de semaine', 'Weekend schedule / sign-out'), body=body, **{'from': frm},
                to=[to], atts=[('passation_fds.xlsx', make_xlsx('Passation', rows))], types=['patient_name', 'mrn', 'diagnosis'],
                note='sign-out list in xlsx titled like a schedule')


def p_namesake(ctx, lang):
    r = ctx.r
    pt = ctx.plain_patient()
    doc = ctx.staff(); doc['surname'] = pt['surname']
    s, frm = me(ctx, 'admission', 0)
    c, to = colleague(ctx)
    body = L(lang, f"{greet(ctx, lang, c)}\n\nPetite confusion à l'urgence : {pt['given']} {pt['surname']} (usager{g(pt, 'e', '')}, dossier "
                   f"{ctx.mrn()}) n'est PAS parent avec le Dr {doc['given']} {doc['surname']}. {g(pt, 'Elle', 'Il')} est ici pour "
                   f"{DX_FR[dxi(ctx)]}; ne pas transférer les résultats au Dr {doc['surname']}.{signature(ctx, 'admission', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nMix-up in the ED: {pt['given']} {pt['surname']} (patient, MRN {ctx.mrn()}) is NOT related to "
             f"Dr. {doc['given']} {doc['surname']}. {g(pt, 'She', 'He')} is here for {DX_EN[dxi(ctx)]}; don't route results to Dr. {doc['surname']}."
             f"{signature(ctx, 'admission', s, lang, False)}")
    return dict(subject=L(lang, f"{pt['surname']} - homonyme", f"{pt['surname']} - name mix-up"), body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'mrn', 'diagnosis'], note='patient sharing a physician surname, with chart and reason')


def p_stats_with_name(ctx, lang):
    r = ctx.r
    pt = ctx.patient()
    s, frm = me(ctx, 'quality')
    c, to = colleague(ctx)
    lst = '\n'.join(f"{u}: {r.randint(0, 12)} {L(lang, 'chutes', 'falls')}" for u in r.sample(UNITS, 4))
    body = L(lang, f"{greet(ctx, lang, c)}\n\nChutes du mois par unité :\n{lst}\n\nÀ noter : la chute avec fracture du fémur au 4B est "
                   f"{pname(ctx, pt, lang, 0)} (ch. {r.randint(401, 430)}), {g(pt, 'celle', 'celui')} qui était sous {r.choice(MEDS)}. "
                   f"La famille a été avisée.{signature(ctx, 'quality', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nFalls this month by unit:\n{lst}\n\nNote: the fall with femur fracture on 4B is "
             f"{pname(ctx, pt, lang, 0)} (room {r.randint(401, 430)}), who was on {r.choice(MEDS)}. Family notified.{signature(ctx, 'quality', s, lang, False)}")
    return dict(subject=L(lang, 'Chutes - données du mois', 'Monthly falls data'), body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'diagnosis', 'medication'], note='aggregate falls report with one named patient in it')


POS_CATS = [p_roi_request, p_chart_pull, p_admission_notice, p_registration_fix, p_insurer_claim, p_ramq_reject,
            p_transport_request, p_bed_flow, p_incident_report, p_complaint_file, p_complaint_reply, p_research_participant,
            p_it_ticket_patient, p_foundation_patient, p_media_request, p_be_transfer, p_fr_transfer, p_ontario_billing,
            p_disability_form, p_discharge_pdf, p_med_rec, p_social_work, p_critical_value, p_booking_ics, p_vcard_patient,
            p_chart_merge, p_fwd_eml, p_zip_export, p_subject_only, p_disguised, p_signout_roster, p_namesake, p_stats_with_name]


# ================================================================================================ NEGATIVE CATEGORIES
def neg(subject, body, frm, to, note, atts=None, cc=None, **kw):
    d = dict(subject=subject, body=body, to=to, atts=atts or [], cc=cc or [], types=[], note=note, **kw)
    d['from'] = frm
    return d


def all_staff(ctx):
    return formataddr_safe(ctx.r.choice(['Tout le personnel', 'Personnel - Hôpital du Lac', 'All staff']), f"tous@{DOM}")


def n_it_outage(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'it', 1)
    sys_ = r.choice(['DCI', 'PACS', 'Zimbra', 'le VPN', 'GESTRED', 'le système de paie'])
    d = f"{r.randint(1, 28)}/{r.randint(9, 12)}"
    body = L(lang, f"{greet(ctx, lang)}\n\nInterruption planifiée de {sys_} le {d} de 22 h à 2 h (changement {r.choice(['CHG', 'RFC'])}{r.randint(100000, 999999)}).\n"
                   f"Les procédures de relève papier s'appliquent. Le NAS-{r.randint(1, 9):02d} (stockage réseau) sera aussi redémarré.\n\n"
                   f"{signature(ctx, 'it', s, lang)}",
             f"{greet(ctx, lang)}\n\nPlanned outage of {sys_.replace('le ', '')} on {d}, 22:00-02:00 (change CHG{r.randint(100000, 999999)}).\n"
             f"Downtime paper procedures apply. NAS-{r.randint(1, 9):02d} storage will also be rebooted.\n\n{signature(ctx, 'it', s, lang)}")
    return neg(L(lang, f"[TI] Interruption planifiée - {sys_}", f"[IT] Planned outage - {sys_.replace('le ', '')}"), body, frm,
               [all_staff(ctx)], 'IT planned outage notice')


def n_it_ticket(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'it', 0)
    c, to = colleague(ctx)
    t = f"INC{r.randint(1000000, 9999999)}"
    asset = f"CISSSO-{r.randint(10000, 99999)}"
    body = L(lang, f"{greet(ctx, lang, c)}\n\nVotre billet {t} est résolu : le poste {asset} (S/N {r.choice(['5CG', 'PF3', 'MXL'])}{r.randint(1000000, 9999999)}) "
                   f"a été réimagé, l'imprimante {r.choice(['IMP-4B-02', 'IMP-ADM-11'])} est remappée.\n"
                   f"Si le problème persiste, répondez à ce courriel en conservant le numéro de billet.\n\n{signature(ctx, 'it', s, lang)}",
             f"{greet(ctx, lang, c)}\n\nYour ticket {t} is resolved: workstation {asset} (S/N PF3{r.randint(1000000, 9999999)}) was re-imaged and "
             f"printer IMP-ADM-{r.randint(10, 40)} remapped.\nReply to this e-mail keeping the ticket number if the issue persists.\n\n{signature(ctx, 'it', s, lang)}")
    return neg(f"{t} - " + L(lang, 'Résolu', 'Resolved'), body, frm, [to], 'IT ticket resolution with asset and serial numbers')


def n_staff_roster(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'hr', 0)
    c, to = colleague(ctx)
    rows = [('Employé', 'No emp.', 'Unité', 'Quart', 'Lun', 'Mar', 'Mer')]
    for _ in range(r.randint(5, 9)):
        p = ctx.staff()
        rows.append((f"{p['surname']}, {p['given']}", ctx.luhn_num(9, r.choice('1234567')), r.choice(UNITS),
                     r.choice(['J', 'S', 'N']), *(r.choice(['X', '', 'FO', 'CM']) for _ in range(3))))
    inline = r.random() < 0.4
    lst = '\n'.join(f"{a:<22} {b}  {c_:<8} {d}" for a, b, c_, d, *_ in rows[1:])
    body = L(lang, f"{greet(ctx, lang, c)}\n\nHoraire des préposés et infirmières pour la période {r.randint(1, 26)}"
                   + (f" :\n\n{lst}\n" if inline else " en pièce jointe.\n") + "FO = formation, CM = congé maladie.\n"
                   f"{thanks(ctx, lang)}{signature(ctx, 'hr', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nStaff schedule for pay period {r.randint(1, 26)}" + (f":\n\n{lst}\n" if inline else " attached.\n") +
             f"FO = training, CM = sick leave.\n{thanks(ctx, lang)}{signature(ctx, 'hr', s, lang, False)}")
    atts = [] if inline else [('horaire_periode.xlsx', make_xlsx('Horaire', rows))]
    return neg(L(lang, 'Horaire - liste de garde', 'Schedule - on-call list'), body, frm, [to],
               'staff schedule with employee numbers and units (no patients)', atts)


def n_hr_leave(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'hr', 0)
    c, to = colleague(ctx)
    e = ctx.staff()
    body = L(lang, f"{greet(ctx, lang, c)}\n\n{e['given']} {e['surname']} (employé{g(e, 'e', '')} {r.randint(100000, 999999)}) sera en "
                   f"congé de maladie du {r.randint(1, 28)}/{r.randint(9, 11)} pour {r.randint(2, 8)} semaines "
                   f"({r.choice(['chirurgie du genou', 'épuisement professionnel', 'fracture du poignet'])}). Merci de prévoir le remplacement au "
                   f"{r.choice(UNITS)}.\nLe billet médical est au dossier d'employé.{signature(ctx, 'hr', s, lang)}",
             f"{greet(ctx, lang, c)}\n\n{e['given']} {e['surname']} (employee {r.randint(100000, 999999)}) will be on sick leave from "
             f"{r.randint(1, 28)}/{r.randint(9, 11)} for {r.randint(2, 8)} weeks ({r.choice(['knee surgery', 'burnout', 'wrist fracture'])}). "
             f"Please plan replacement on {r.choice(UNITS)}.\nMedical note is in the employee file.{signature(ctx, 'hr', s, lang)}")
    return neg(L(lang, 'Absence prolongée - remplacement', 'Extended leave - replacement'), body, frm, [to],
               'HR notice about a staff member sick leave (staff, not a patient)')


def n_job_posting(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'hr', 1)
    post = L(lang, r.choice(['Archiviste médical(e)', "Agent(e) administratif(ve) classe 2 - admission", 'Technicien(ne) en administration - facturation',
                             'Répartiteur(trice) transport', 'Conseiller(ère) en gestion des risques']),
             r.choice(['Health Records Technician', 'Admitting Clerk', 'Billing Officer', 'Patient Transport Dispatcher', 'Risk Management Advisor']))
    body = L(lang, f"AFFICHAGE INTERNE {r.randint(2026100, 2026999)}\n\nPoste : {post}\nStatut : temps complet permanent, jour\n"
                   f"Échelle salariale : {r.randint(24, 30)},{r.randint(10, 99)} $ à {r.randint(31, 40)},{r.randint(10, 99)} $/h\n"
                   f"Exigences : DEC en archivistique médicale ou équivalent, connaissance de la Loi sur les services de santé.\n"
                   f"Postulez avant le {r.randint(1, 28)}/{r.randint(10, 12)} via le portail RH.{signature(ctx, 'hr', s, lang)}",
             f"INTERNAL POSTING {r.randint(2026100, 2026999)}\n\nPosition: {post}\nStatus: full-time permanent, days\n"
             f"Pay: ${r.randint(24, 30)}.{r.randint(10, 99)} to ${r.randint(31, 40)}.{r.randint(10, 99)}/h\n"
             f"Requirements: DEC in health records or equivalent; bilingual.\nApply by {r.randint(1, 28)}/{r.randint(10, 12)} on the HR portal."
             f"{signature(ctx, 'hr', s, lang)}")
    return neg(L(lang, f"Affichage - {post}", f"Job posting - {post}"), body, frm, [all_staff(ctx)], 'internal job posting')


def n_purchase_order(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'purchasing')
    to, _ = ext_addr(ctx, r.choice(['vendor', 'vendor2']))
    po = f"BC-{r.randint(4500000, 4599999)}"
    items = [(f"{r.randint(100000, 999999)}", L(lang, it[0], it[1]), r.randint(1, 50), f"{r.randint(5, 900)}.{r.randint(10, 99)}")
             for it in r.sample([('Gants nitrile M (boîte 100)', 'Nitrile gloves M (box 100)'), ('Chemises de dossier médical', 'Chart folders'),
                                 ('Bracelets d\'identification', 'ID wristbands'), ('Étiquettes code-barres', 'Barcode labels'),
                                 ('Civière de transport', 'Transport stretcher'), ('Cartouches toner', 'Toner cartridges')], 3)]
    lst = '\n'.join(f"{a}  {b}  x{c}  {d} $" for a, b, c, d in items)
    body = L(lang, f"{greet(ctx, lang)}\n\nVeuillez trouver notre bon de commande {po} :\n\n{lst}\n\nLivraison : quai de réception, pavillon A. "
                   f"Centre de coût {r.randint(6000, 6999)}-{r.randint(100, 999)}.{signature(ctx, 'purchasing', s, lang)}",
             f"{greet(ctx, lang)}\n\nPlease find our purchase order {po}:\n\n{lst}\n\nDeliver to receiving dock, pavilion A. Cost centre "
             f"{r.randint(6000, 6999)}-{r.randint(100, 999)}.{signature(ctx, 'purchasing', s, lang)}")
    return neg(L(lang, f"Bon de commande {po}", f"Purchase order {po}"), body, frm, [to], 'purchase order to a supplier')


def n_vendor_invoice(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'purchasing', 0)
    c, to = colleague(ctx)
    inv = f"F{r.randint(20260000, 20269999)}"
    pdf = make_pdf(f"FACTURE / INVOICE {inv}", [f"MédiFourniture inc. - TPS {ctx.luhn_num(9)} RT0001", f"Client: CISSS Ouest, compte {r.randint(10000, 99999)}",
                                               f"Lot {r.randint(100000, 999999)}A  Qté 40  Pansements hydrocolloïdes  412,80 $",
                                               f"Total: {r.randint(500, 9000)},{r.randint(10, 99)} $"])
    body = L(lang, f"{greet(ctx, lang, c)}\n\nFacture {inv} à approuver (écart de prix de {r.randint(2, 9)} % vs contrat). Peux-tu valider?\n"
                   f"{thanks(ctx, lang)}{signature(ctx, 'purchasing', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nInvoice {inv} needs approval (price variance {r.randint(2, 9)}% vs contract). Can you validate?\n"
             f"{thanks(ctx, lang)}{signature(ctx, 'purchasing', s, lang, False)}")
    return neg(L(lang, f"Facture {inv} à approuver", f"Invoice {inv} for approval"), body, frm, [to], 'supplier invoice pdf for approval',
               [(f"facture_{inv}.pdf", pdf)])


def n_foundation_event(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'foundation', 1)
    body = L(lang, f"{greet(ctx, lang)}\n\nLa Fondation vous invite à son {r.choice(['Gala des Sources', 'Tournoi de golf', 'Défi vélo'])} le "
                   f"{r.randint(1, 28)} {r.choice(['octobre', 'novembre', 'mai'])}. Objectif : {r.randint(200, 900)} 000 $ pour le nouvel appareil "
                   f"d'IRM.\nBillets : {r.randint(150, 400)} $ (reçu fiscal de {r.randint(50, 150)} $). No d'enregistrement d'organisme : "
                   f"{ctx.luhn_num(9)} RR0001.{signature(ctx, 'foundation', s, lang)}",
             f"{greet(ctx, lang)}\n\nThe Foundation invites you to its {r.choice(['Gala', 'Golf Classic', 'Bike Challenge'])} on "
             f"{r.choice(['October', 'November', 'May'])} {r.randint(1, 28)}. Goal: ${r.randint(200, 900)},000 for the new MRI.\n"
             f"Tickets ${r.randint(150, 400)}. Charity registration {ctx.luhn_num(9)} RR0001.{signature(ctx, 'foundation', s, lang)}")
    return neg(L(lang, 'Invitation - Fondation', 'Foundation invitation'), body, frm, [all_staff(ctx)], 'foundation fundraising event')


def n_newsletter(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'comms', 1)
    topic = L(lang, r.choice(['la prévention des chutes', 'la vaccination antigrippale', "l'hygiène des mains", 'le diabète de type 2',
                              'la santé mentale au travail']),
              r.choice(['fall prevention', 'flu vaccination', 'hand hygiene', 'type 2 diabetes', 'workplace mental health']))
    body = L(lang, f"L'INFO DU LAC - édition {r.randint(30, 90)}\n\n1. Dossier du mois : {topic}\n2. Bienvenue aux {r.randint(10, 60)} nouveaux employés\n"
                   f"3. Le Dr {r.choice(SURN)}, cardiologue, prendra sa retraite après 32 ans\n4. Travaux au stationnement P2\n\n"
                   f"Pour vous désabonner, écrivez à communications@{DOM}.",
             f"LAKE NEWS - issue {r.randint(30, 90)}\n\n1. Feature: {topic}\n2. Welcome to our {r.randint(10, 60)} new employees\n"
             f"3. Dr. {r.choice(SURN)}, cardiologist, retires after 32 years\n4. P2 parking work\n\nTo unsubscribe write to communications@{DOM}.")
    return neg(L(lang, f"L'Info du Lac - {topic}", f"Lake News - {topic}"), body, frm, [all_staff(ctx)], 'internal newsletter')


def n_quality_stats(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'quality')
    c, to = colleague(ctx)
    rows = [('Unité', 'Chutes', 'Erreurs méd.', 'Plaies de pression', 'Taux/1000 j-p')]
    for u in r.sample(UNITS, 5):
        rows.append((u, r.randint(0, 14), r.randint(0, 20), r.randint(0, 6), f"{r.uniform(0.5, 6):.2f}"))
    lst = '\n'.join(' | '.join(str(x) for x in row) for row in rows)
    body = L(lang, f"{greet(ctx, lang)}\n\nTableau de bord qualité T{r.randint(1, 4)} :\n\n{lst}\n\nTotal : {r.randint(80, 200)} incidents/accidents "
                   f"déclarés, dont {r.randint(1, 6)} sentinelles. {r.randint(20, 60)} patients diabétiques ont eu une hypoglycémie.\n"
                   f"Présentation au comité de gestion des risques jeudi.{signature(ctx, 'quality', s, lang)}",
             f"{greet(ctx, lang)}\n\nQ{r.randint(1, 4)} quality dashboard:\n\n{lst}\n\nTotal {r.randint(80, 200)} incidents reported, "
             f"{r.randint(1, 6)} sentinel events. {r.randint(20, 60)} diabetic patients had hypoglycemia.\nTo be presented at risk committee Thursday."
             f"{signature(ctx, 'quality', s, lang)}")
    return neg(L(lang, 'Tableau de bord qualité', 'Quality dashboard'), body, frm, [to], 'aggregate quality statistics by unit')


def n_committee_ics(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, r.choice(['quality', 'ethics', 'records']), 0)
    c, to = colleague(ctx)
    name = L(lang, r.choice(['Comité de gestion des risques', 'Comité des usagers', 'Comité de la tenue des dossiers', "Comité d'éthique de la recherche"]),
             r.choice(['Risk Management Committee', "Users' Committee", 'Health Records Committee', 'Research Ethics Board']))
    start = dt.datetime(2026, r.randint(10, 12), r.randint(1, 28), r.choice([9, 13, 14]), 0)
    ics = make_ics(ctx, name, L(lang, 'Ordre du jour : 1. PV 2. Suivis 3. Indicateurs T3 4. Divers', 'Agenda: 1. Minutes 2. Follow-ups 3. Q3 KPIs 4. Other'),
                   start, 90, 'Salle 2.114 / Teams', frm if '<' not in frm else f"comites@{DOM}")
    body = L(lang, f"{greet(ctx, lang)}\n\nVous êtes convoqué(e) à la rencontre du {name}. Documents à venir.{signature(ctx, 'quality', s, lang, False)}",
             f"{greet(ctx, lang)}\n\nYou are invited to the {name} meeting. Documents to follow.{signature(ctx, 'quality', s, lang, False)}")
    return neg(L(lang, f"Convocation : {name}", f"Invitation: {name}"), body, frm, [to], 'committee meeting invitation (ics)',
               [('invitation.ics', ics)], cc=[int_addr(ctx, ctx.staff())])


def n_training(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'hr', 1)
    t = L(lang, r.choice(['Confidentialité et accès aux dossiers', 'Déclaration des incidents (AH-223)', 'Code blanc', 'Nouveau module de facturation']),
          r.choice(['Privacy and records access', 'Incident reporting (AH-223)', 'Code White', 'New billing module']))
    body = L(lang, f"{greet(ctx, lang)}\n\nFormation obligatoire : {t}\nDates : {r.randint(1, 28)}/{r.randint(10, 12)} et {r.randint(1, 28)}/{r.randint(10, 12)}, "
                   f"9 h-11 h, salle {r.randint(1, 3)}.{r.randint(100, 199)}\nInscription dans l'ENA avant vendredi. Code d'activité {r.randint(10000, 99999)}."
                   f"{signature(ctx, 'hr', s, lang)}",
             f"{greet(ctx, lang)}\n\nMandatory training: {t}\nDates: {r.randint(1, 28)}/{r.randint(10, 12)}, 9-11 am, room {r.randint(1, 3)}.{r.randint(100, 199)}\n"
             f"Register in the LMS before Friday. Activity code {r.randint(10000, 99999)}.{signature(ctx, 'hr', s, lang)}")
    return neg(L(lang, f"Formation - {t}", f"Training - {t}"), body, frm, [all_staff(ctx)], 'staff training announcement')


def n_conference(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'ethics', 1)
    talks = []
    topics = list(zip(["Insuffisance cardiaque : nouveautés", "La MPOC en 2026", "Démence et délirium", "Cancer du sein : parcours",
                       "Antibiothérapie et C. difficile", "Dossier patient électronique : bilan"],
                      ['Heart failure update', 'COPD in 2026', 'Dementia and delirium', 'Breast cancer pathway',
                       'Antibiotics and C. difficile', 'EHR roll-out: lessons learned']))
    for k, (tf, te) in enumerate(r.sample(topics, 4)):
        p = ctx.staff()
        talks.append(f"{9 + k * 2}h{r.choice(['00', '30'])}  {L(lang, 'Dr' if p['sex'] == 'M' else 'Dre', 'Dr.')} {p['given']} {p['surname']} - " + L(lang, tf, te))
    body = L(lang, f"JOURNÉE SCIENTIFIQUE DE LA RECHERCHE - {r.randint(1, 28)} novembre\n\n" + '\n'.join(talks) +
             f"\n\nInscription gratuite, {r.randint(3, 6)} h de DPC reconnues.{signature(ctx, 'ethics', s, lang)}",
             f"RESEARCH DAY - November {r.randint(1, 28)}\n\n" + '\n'.join(talks) + f"\n\nFree registration, {r.randint(3, 6)} CME hours."
             f"{signature(ctx, 'ethics', s, lang)}")
    return neg(L(lang, 'Programme - Journée scientifique', 'Programme - Research Day'), body, frm, [all_staff(ctx)],
               'conference programme with speakers and disease topics')


def n_roi_policy(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'roi')
    to, _ = ext_addr(ctx, r.choice(['lawyer', 'insurer', 'personal']))
    doc = make_docx(L(lang, "Formulaire de demande d'accès au dossier de l'usager", 'Request for access to health records'),
                    [L(lang, 'Nom de l\'usager : ______________________', 'Patient name: ______________________'),
                     L(lang, 'NAM : ____ ____ ____    Date de naissance : __/__/____', 'RAMQ: ____ ____ ____    DOB: __/__/____'),
                     L(lang, 'Documents demandés : ☐ sommaire ☐ imagerie ☐ dossier complet', 'Documents: ☐ summary ☐ imaging ☐ full chart'),
                     L(lang, 'Signature de l\'usager ou du représentant : ____________', 'Signature: ____________')])
    body = L(lang, f"{greet(ctx, lang)}\n\nPour obtenir une copie d'un dossier, nous avons besoin du formulaire ci-joint signé par l'usager "
                   f"(ou son représentant légal) et d'une pièce d'identité. Délai de traitement : 20 jours. Frais selon le règlement.\n\n"
                   f"{thanks(ctx, lang)}{signature(ctx, 'roi', s, lang)}",
             f"{greet(ctx, lang)}\n\nTo obtain a copy of a record we need the attached form signed by the patient (or legal representative) and ID. "
             f"Processing time: 20 days. Fees per regulation.\n\n{thanks(ctx, lang)}{signature(ctx, 'roi', s, lang)}")
    return neg(L(lang, "Demande d'accès - procédure", 'Records access - procedure'), body, frm, [to],
               'blank records-access form and procedure', [('formulaire_acces.docx', doc)])


def n_blank_template(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, r.choice(['admission', 'transport', 'billing']))
    c, to = colleague(ctx)
    rows = [(L(lang, 'Nom', 'Name'), L(lang, 'Prénom', 'First name'), 'NAM', L(lang, 'Dossier', 'MRN'), L(lang, 'Adresse', 'Address'),
             L(lang, 'Téléphone', 'Phone'))] + [('', '', '', '', '', '')] * 3
    body = L(lang, f"{greet(ctx, lang, c)}\n\nVoici le gabarit révisé (v{r.randint(2, 6)}.{r.randint(0, 9)}) à utiliser dès lundi. Ne pas "
                   f"modifier les colonnes SVP.\n{thanks(ctx, lang)}{signature(ctx, 'admission', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nHere's the revised template (v{r.randint(2, 6)}.{r.randint(0, 9)}) to use starting Monday. Please don't change the columns.\n"
             f"{thanks(ctx, lang)}{signature(ctx, 'admission', s, lang, False)}")
    return neg(L(lang, 'Nouveau gabarit', 'New template'), body, frm, [to], 'blank template spreadsheet (headers only)',
               [('gabarit_vierge.xlsx', make_xlsx('Gabarit', rows))])


def n_parking(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'facilities', 1)
    body = L(lang, f"{greet(ctx, lang)}\n\nLe stationnement P{r.randint(1, 4)} sera fermé du {r.randint(1, 28)} au {r.randint(1, 28)} {r.choice(['octobre', 'novembre'])} "
                   f"pour le déneigement/asphaltage. Les vignettes {r.randint(1000, 1999)} à {r.randint(2000, 2999)} doivent utiliser le P5.\n"
                   f"Navette aux 15 minutes.{signature(ctx, 'facilities', s, lang)}",
             f"{greet(ctx, lang)}\n\nParking P{r.randint(1, 4)} will be closed for paving. Permits {r.randint(1000, 1999)}-{r.randint(2000, 2999)} "
             f"must use P5. Shuttle every 15 min.{signature(ctx, 'facilities', s, lang)}")
    return neg(L(lang, 'Fermeture stationnement', 'Parking closure'), body, frm, [all_staff(ctx)], 'parking notice')


def n_cafeteria(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'facilities', 1)
    body = L(lang, f"Menu de la semaine - cafétéria\n\nLundi : pâté chinois\nMardi : saumon, riz\nMercredi : chili végé\nJeudi : poulet au beurre\n"
                   f"Vendredi : poisson & frites\n\nCarte employé : 10 % de rabais. Terminal TPV no {r.randint(100000, 999999)} hors service.",
             f"Cafeteria menu this week\n\nMon: shepherd's pie\nTue: salmon & rice\nWed: veggie chili\nThu: butter chicken\nFri: fish & chips\n\n"
             f"10% off with employee card.")
    return neg(L(lang, 'Menu cafétéria', 'Cafeteria menu'), body, frm, [all_staff(ctx)], 'cafeteria menu')


def n_public_health(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'quality', 1)
    body = L(lang, f"{greet(ctx, lang)}\n\nBulletin de santé publique, semaine {r.randint(36, 50)} :\n- Influenza A : {r.randint(5, 80)} cas confirmés dans la région, "
                   f"{r.randint(1, 12)} cas à l'unité {r.choice(UNITS)} (éclosion déclarée)\n- COVID-19 : {r.randint(2, 30)} hospitalisations\n"
                   f"- VRS : en hausse chez les 0-2 ans\nRappel : masque obligatoire aux unités en éclosion.{signature(ctx, 'quality', s, lang)}",
             f"{greet(ctx, lang)}\n\nPublic health bulletin, week {r.randint(36, 50)}:\n- Influenza A: {r.randint(5, 80)} confirmed cases in the region, "
             f"{r.randint(1, 12)} on unit {r.choice(UNITS)} (outbreak declared)\n- COVID-19: {r.randint(2, 30)} admissions\n- RSV rising in 0-2 yr olds\n"
             f"Masks mandatory on outbreak units.{signature(ctx, 'quality', s, lang)}")
    return neg(L(lang, 'Bulletin santé publique / éclosions', 'Public health bulletin / outbreaks'), body, frm, [all_staff(ctx)],
               'public health bulletin with aggregate case counts')


def n_teaching_case(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'ethics', 0)
    age = r.randint(30, 88)
    body = L(lang, f"{greet(ctx, lang)}\n\nCas clinique pour la séance de jeudi (anonymisé) :\n\nUne femme de {age} ans se présente à l'urgence "
                   f"pour dyspnée progressive. ATCD : HTA, FA sous anticoagulant. TA 168/94, SpO2 88 %. BNP {r.randint(800, 3000)}.\n"
                   f"Questions : 1) Dx différentiel? 2) Prise en charge initiale?\n{signature(ctx, 'ethics', s, lang, False)}",
             f"{greet(ctx, lang)}\n\nTeaching case for Thursday (de-identified):\n\nA {age}-year-old man presents with progressive dyspnea. "
             f"PMH: HTN, AF on anticoagulation. BP 168/94, SpO2 88%. BNP {r.randint(800, 3000)}.\nQuestions: 1) DDx? 2) Initial management?"
             f"{signature(ctx, 'ethics', s, lang, False)}")
    return neg(L(lang, 'Cas clinique - séance de jeudi', 'Teaching case - Thursday rounds'), body, frm, [int_addr(ctx, ctx.staff())],
               'anonymised teaching case with no identifier')


def n_ethics_agenda(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'ethics')
    items = '\n'.join(f"{i + 1}. MP-{r.randint(10, 99)}-2026-{r.randint(1000, 9999)} - " +
                      L(lang, r.choice(['nouvelle demande', 'modification', 'renouvellement annuel', 'rapport EIG agrégé']),
                        r.choice(['new submission', 'amendment', 'annual renewal', 'aggregate SAE report'])) for i in range(r.randint(3, 6)))
    body = L(lang, f"{greet(ctx, lang)}\n\nOrdre du jour du CÉR du {r.randint(1, 28)}/{r.randint(10, 12)} :\n\n{items}\n\nQuorum requis : 5 membres.{signature(ctx, 'ethics', s, lang)}",
             f"{greet(ctx, lang)}\n\nREB agenda for {r.randint(1, 28)}/{r.randint(10, 12)}:\n\n{items}\n\nQuorum: 5 members.{signature(ctx, 'ethics', s, lang)}")
    return neg(L(lang, 'CÉR - ordre du jour', 'REB agenda'), body, frm, [int_addr(ctx, ctx.staff())], 'research ethics board agenda with protocol numbers')


def n_billing_rates(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'billing')
    to, _ = ext_addr(ctx, r.choice(['insurer', 'insurer2', 'ohip']))
    body = L(lang, f"{greet(ctx, lang)}\n\nTarifs 2026-2027 pour les non-résidents :\n- Jour-présence soins généraux : {r.randint(2500, 4000)} $\n"
                   f"- Soins intensifs : {r.randint(6000, 9000)} $\n- Visite à l'urgence : {r.randint(500, 900)} $\n- Chambre semi-privée (supplément) : {r.randint(40, 90)} $\n"
                   f"Entente no {r.randint(1000, 9999)}-{r.randint(10, 99)}.{signature(ctx, 'billing', s, lang)}",
             f"{greet(ctx, lang)}\n\n2026-27 non-resident rates:\n- Inpatient day (general): ${r.randint(2500, 4000)}\n- ICU day: ${r.randint(6000, 9000)}\n"
             f"- ED visit: ${r.randint(500, 900)}\n- Semi-private supplement: ${r.randint(40, 90)}\nAgreement #{r.randint(1000, 9999)}-{r.randint(10, 99)}."
             f"{signature(ctx, 'billing', s, lang)}")
    return neg(L(lang, 'Tarifs non-résidents 2026-2027', 'Non-resident rates 2026-27'), body, frm, [to], 'billing rate schedule')


def n_bed_stats(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'beds', 1)
    lst = '\n'.join(f"{u:<16} {r.randint(10, 36)}/{r.randint(28, 36)} {L(lang, 'occupés', 'occupied')}  NSA: {r.randint(0, 9)}" for u in r.sample(UNITS, 6))
    body = L(lang, f"Portrait de 7 h :\n\n{lst}\n\nUrgence : {r.randint(20, 60)} patients sur civière, {r.randint(2, 20)} > 24 h. DMS {r.uniform(5, 30):.1f} h.\n"
                   f"Niveau de débordement : {r.randint(1, 4)}.{signature(ctx, 'beds', s, lang, False)}",
             f"7 am snapshot:\n\n{lst}\n\nED: {r.randint(20, 60)} stretcher patients, {r.randint(2, 20)} > 24 h. Mean LOS {r.uniform(5, 30):.1f} h.\n"
             f"Surge level {r.randint(1, 4)}.{signature(ctx, 'beds', s, lang, False)}")
    return neg(L(lang, 'Occupation des lits - 7 h', 'Bed occupancy - 7 am'), body, frm, [int_addr(ctx, ctx.staff()), int_addr(ctx, ctx.staff())],
               'bed occupancy counts by unit')


def n_asset_inventory(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'it', 0)
    c, to = colleague(ctx)
    rows = [('Actif', 'Type', 'No série', 'IMEI', 'Assigné à', 'Local')]
    for _ in range(r.randint(5, 9)):
        p = ctx.staff()
        rows.append((f"CISSSO-{r.randint(10000, 99999)}", r.choice(['iPhone 14', 'Zebra TC52', 'Vocera B3000']), f"F{r.randint(10 ** 9, 10 ** 10 - 1)}",
                     ctx.luhn_num(15, '35'), f"{p['given']} {p['surname']}", f"{r.choice('ABC')}-{r.randint(100, 499)}"))
    body = L(lang, f"{greet(ctx, lang, c)}\n\nInventaire des appareils mobiles à jour (joint). Merci de confirmer les IMEI avant l'envoi à Telus.\n"
                   f"{signature(ctx, 'it', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nUpdated mobile device inventory attached. Please confirm IMEIs before we send to the carrier.{signature(ctx, 'it', s, lang, False)}")
    return neg(L(lang, 'Inventaire appareils mobiles', 'Mobile device inventory'), body, frm, [to], 'asset inventory with serials and IMEIs',
               [('inventaire_mobiles.csv', make_csv(rows))])


def n_phone_directory(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'comms', 1)
    lst = '\n'.join(f"{n:<32} {ctx.phone()} poste {r.randint(2000, 4999)}" for n in
                    r.sample(['Archives médicales', 'Admission', 'Facturation', 'Commissaire aux plaintes', 'Gestion des lits', 'Centre de services TI',
                              'Clinique de diabète', 'Clinique d\'oncologie', 'Bureau de la recherche', 'Transport des usagers'], 6))
    p = ctx.staff()
    vcf = make_vcf(f"{p['given']} {p['surname']}", f"{p['surname']};{p['given']};;;", None, None, f"{p['given'][0].lower()}.{re.sub('[^a-z]', '', p['surname'].lower())}@{DOM}",
                   org="CISSS de l'Ouest (fictif)")
    body = L(lang, f"Bottin téléphonique mis à jour :\n\n{lst}\n\nFiche de la nouvelle responsable jointe.",
             f"Updated phone directory:\n\n{lst}\n\nContact card of the new manager attached.")
    return neg(L(lang, 'Bottin - numéros des services', 'Directory - department numbers'), body, frm, [all_staff(ctx)],
               'department phone directory and staff vCard', [('contact.vcf', vcf)])


def n_complaints_report(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'complaints')
    to, _ = ext_addr(ctx, 'ministry')
    body = L(lang, f"{greet(ctx, lang)}\n\nRapport annuel du commissaire 2025-2026 (sommaire) :\n- Plaintes reçues : {r.randint(300, 700)}\n"
                   f"- Conclues dans les 45 jours : {r.randint(60, 95)} %\n- Motifs : soins et services {r.randint(30, 45)} %, relations interpersonnelles "
                   f"{r.randint(15, 25)} %, accessibilité {r.randint(10, 20)} %\n- Interventions : {r.randint(20, 60)}\nAucune donnée nominative.{signature(ctx, 'complaints', s, lang)}",
             f"{greet(ctx, lang)}\n\nCommissioner's annual report 2025-26 (summary):\n- Complaints received: {r.randint(300, 700)}\n"
             f"- Closed within 45 days: {r.randint(60, 95)}%\n- Top reasons: care and services, interpersonal relations, access\n"
             f"- Interventions: {r.randint(20, 60)}{signature(ctx, 'complaints', s, lang)}")
    return neg(L(lang, 'Rapport annuel - plaintes', 'Annual complaints report'), body, frm, [to], 'aggregate complaints report')


def n_partner_meeting(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'records')
    key = r.choice(['be', 'fr'])
    to, tp = ext_addr(ctx, key)
    body = L(lang, f"{greet(ctx, lang, tp)}\n\nSuite à notre visioconférence, je résume : l'entente d'échange de dossiers entre nos établissements "
                   f"sera révisée d'ici janvier. Les transmissions passeront par la plateforme sécurisée (plus de courriel). "
                   f"Prochaine rencontre le {r.randint(1, 28)}/{r.randint(11, 12)} à 15 h (heure de {'Bruxelles' if key == 'be' else 'Paris'}).\n\n"
                   f"{thanks(ctx, lang)}{signature(ctx, 'records', s, lang)}",
             f"{greet(ctx, lang, tp)}\n\nFollowing our video call: the records exchange agreement between our institutions will be revised by "
             f"January, and transfers will move to the secure platform (no more e-mail). Next meeting {r.randint(1, 28)}/{r.randint(11, 12)} 3 pm CET.\n\n"
             f"{thanks(ctx, lang)}{signature(ctx, 'records', s, lang)}")
    return neg(L(lang, 'Suivi - entente d\'échange', 'Follow-up - exchange agreement'), body, frm, [to], 'partner meeting follow-up, no patient')


def n_payroll(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'hr', 0)
    c, to = colleague(ctx)
    lst = '\n'.join(f"{ctx.luhn_num(9, r.choice('1234567'))}  {ctx.staff()['surname']}  {r.choice(['prime de soir', 'TS', 'rétro', 'ajust. échelon'])}  "
                    f"{r.randint(40, 900)},{r.randint(10, 99)} $" for _ in range(r.randint(3, 6)))
    body = L(lang, f"{greet(ctx, lang, c)}\n\nAjustements de paie à saisir avant jeudi midi (no employé, nom, motif, montant) :\n\n{lst}\n\n"
                   f"{signature(ctx, 'hr', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nPayroll adjustments to enter before Thursday noon (employee no., name, reason, amount):\n\n{lst}\n\n"
             f"{signature(ctx, 'hr', s, lang, False)}")
    return neg(L(lang, 'Ajustements de paie', 'Payroll adjustments'), body, frm, [to], 'payroll adjustments with employee numbers')


def n_nas_storage(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'it', 0)
    c, to = colleague(ctx)
    body = L(lang, f"{greet(ctx, lang, c)}\n\nLe NAS {r.choice(['Synology', 'NetApp'])} des archives (\\\\nas-arch-{r.randint(1, 9):02d}\\numerisation) est à "
                   f"{r.randint(85, 98)} % de capacité. Migration vers le nouveau NAS prévue samedi; les lots de numérisation {r.randint(1000, 1999)} à "
                   f"{r.randint(2000, 2999)} seront indisponibles 4 h.{signature(ctx, 'it', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nThe records NAS (\\\\nas-arch-{r.randint(1, 9):02d}\\scanning) is at {r.randint(85, 98)}% capacity. Migration to the new "
             f"NAS on Saturday; scanning batches will be unavailable for 4 h.{signature(ctx, 'it', s, lang, False)}")
    return neg(L(lang, 'NAS archives - capacité', 'Records NAS - capacity'), body, frm, [to], 'IT network storage (NAS) capacity notice')


def n_transport_fleet(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'transport', 0)
    to, _ = ext_addr(ctx, 'transport')
    lst = '\n'.join(f"{L(lang, 'Véhicule', 'Vehicle')} {r.randint(100, 199)} (VIN ...{r.randint(10000, 99999)})  {L(lang, 'chauffeur', 'driver')} "
                    f"{ctx.sname(ctx.staff())}  {r.choice(['7h-15h', '11h-19h', '15h-23h'])}" for _ in range(r.randint(3, 5)))
    body = L(lang, f"{greet(ctx, lang)}\n\nAffectation des véhicules la semaine prochaine :\n\n{lst}\n\nVolume prévu : {r.randint(40, 120)} transports/jour."
                   f"{signature(ctx, 'transport', s, lang)}",
             f"{greet(ctx, lang)}\n\nVehicle assignment next week:\n\n{lst}\n\nExpected volume: {r.randint(40, 120)} trips/day.{signature(ctx, 'transport', s, lang)}")
    return neg(L(lang, 'Affectation des véhicules', 'Vehicle assignment'), body, frm, [to], 'transport fleet and driver schedule')


def n_records_stats(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'roi')
    c, to = colleague(ctx)
    rows = [('Mois', 'Demandes', 'Avocats', 'Assureurs', 'Usagers', 'Délai moyen (j)')]
    for m in ['2026-07', '2026-08', '2026-09']:
        rows.append((m, r.randint(200, 500), r.randint(20, 80), r.randint(50, 150), r.randint(80, 200), r.randint(5, 25)))
    body = L(lang, f"{greet(ctx, lang, c)}\n\nStatistiques trimestrielles de l'accès à l'information (joint). On dépasse le délai légal dans "
                   f"{r.randint(2, 15)} % des cas.\n{signature(ctx, 'roi', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\nQuarterly ROI statistics attached. We exceed the legal deadline in {r.randint(2, 15)}% of cases.\n"
             f"{signature(ctx, 'roi', s, lang, False)}")
    return neg(L(lang, 'Stats accès T3', 'ROI stats Q3'), body, frm, [to], 'aggregate release-of-information statistics',
               [('stats_acces_T3.xlsx', make_xlsx('T3', rows))])


def n_insurer_contract(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'billing', 0)
    to, tp = ext_addr(ctx, r.choice(['insurer', 'insurer2']))
    orig = L(lang, f"Bonjour,\nPouvez-vous nous confirmer la nouvelle adresse de facturation et le numéro de fournisseur?\n{tp['given']}",
             f"Hi,\nCould you confirm the new billing address and your provider number?\n{tp['given']}")
    top = L(lang, f"{greet(ctx, lang, tp)}\n\nNuméro de fournisseur : {r.randint(100000, 999999)}. TPS {ctx.luhn_num(9)} RT0001, TVQ {r.randint(1000000000, 1999999999)} TQ0001.\n"
                  f"Adresse : 1200, boul. des Sources, bureau 3.210, Pointe-Claire.{signature(ctx, 'billing', s, lang)}",
            f"{greet(ctx, lang, tp)}\n\nProvider number: {r.randint(100000, 999999)}. GST {ctx.luhn_num(9)} RT0001.\nAddress: 1200 boul. des Sources, suite 3.210, Pointe-Claire."
            f"{signature(ctx, 'billing', s, lang)}")
    return neg(L(lang, 'RE: Coordonnées de facturation', 'RE: Billing details'), quote_reply(ctx, top, to, orig, lang), frm, [to],
               'reply to insurer with provider/tax numbers', reply=True)


def n_colleague_dx(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, r.choice(['ethics', 'comms', 'hr']), 0)
    c, to = colleague(ctx)
    d = ctx.staff()
    body = L(lang, f"{greet(ctx, lang, c)}\n\nLa Dre {d['surname']} (endocrinologie) accepte de présenter « Diabète de type 1 chez l'adulte » au "
                   f"midi-conférence du {r.randint(1, 28)}/{r.randint(10, 12)}. Le Dr {ctx.staff()['surname']}, oncologue, animera la période de questions "
                   f"sur le cancer colorectal. Réserve la salle {r.randint(1, 3)}.{r.randint(100, 199)} stp.\n{s['given']}",
             f"{greet(ctx, lang, c)}\n\nDr. {d['surname']} (endocrinology) agreed to present 'Type 1 diabetes in adults' at the noon rounds on "
             f"{r.randint(1, 28)}/{r.randint(10, 12)}. Dr. {ctx.staff()['surname']}, oncologist, will moderate the colorectal cancer Q&A. Please book "
             f"room {r.randint(1, 3)}.{r.randint(100, 199)}.\n{s['given']}")
    return neg(L(lang, 'Midi-conférence - conférenciers', 'Noon rounds - speakers'), body, frm, [to], 'physicians named next to the diseases they present')


def n_risk_training(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'quality', 1)
    body = L(lang, f"{greet(ctx, lang)}\n\nRappel : tout incident ou accident doit être déclaré sur le formulaire AH-223 dans les 24 h. "
                   f"N'inscrivez JAMAIS le nom ou le numéro de dossier de l'usager dans l'objet d'un courriel. Utilisez le numéro de rapport "
                   f"(ex. AH-223-00000).\nCapsule vidéo : intranet > Qualité > Déclaration.{signature(ctx, 'quality', s, lang)}",
             f"{greet(ctx, lang)}\n\nReminder: every incident must be reported on form AH-223 within 24 h. NEVER put the patient's name or chart "
             f"number in an e-mail subject; use the report number (e.g. AH-223-00000).\nVideo: intranet > Quality > Reporting.{signature(ctx, 'quality', s, lang)}")
    return neg(L(lang, 'Rappel - déclaration des incidents', 'Reminder - incident reporting'), body, frm, [all_staff(ctx)], 'risk management reminder, no patient')


def n_oncall_list(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'beds', 1)
    svc = r.sample([('Médecine interne', 'Internal medicine'), ('Chirurgie', 'Surgery'), ('Cardiologie', 'Cardiology'), ('Psychiatrie', 'Psychiatry'),
                    ('Gériatrie', 'Geriatrics'), ('Pédiatrie', 'Pediatrics'), ('Anesthésie', 'Anesthesia')], 5)
    lst = '\n'.join(f"{L(lang, a, b):<18} {ctx.sname(ctx.staff())}  {L(lang, 'pagette', 'pager')} {r.randint(1000, 9999)}  cell. {ctx.phone()}" for a, b in svc)
    body = L(lang, f"Liste de garde médicale - fin de semaine du {r.randint(1, 28)}/{r.randint(9, 12)}\n\n{lst}\n\nCoordonnatrice d'activités : poste {r.randint(2000, 4999)}."
                   f"{signature(ctx, 'beds', s, lang, False)}",
             f"Medical on-call list - weekend of {r.randint(1, 28)}/{r.randint(9, 12)}\n\n{lst}\n\nAdministrator on call: ext. {r.randint(2000, 4999)}."
             f"{signature(ctx, 'beds', s, lang, False)}")
    return neg(L(lang, 'Liste de garde fin de semaine', 'Weekend on-call list'), body, frm, [all_staff(ctx)], 'physician on-call list (staff only)')


def n_nurse_assignment(ctx, lang):
    r = ctx.r
    s, frm = me(ctx, 'beds', 0)
    c, to = colleague(ctx)
    unit = r.choice(['4B', '5 Nord', '6 Est', '7C'])
    lst = '\n'.join(f"{L(lang, 'Lits', 'Beds')} {i * 6 + 1}-{i * 6 + 6} : {ctx.sname(ctx.staff())} ({r.choice(['inf.', 'inf. aux.', 'CEPI'])})"
                    for i in range(r.randint(4, 6)))
    body = L(lang, f"{greet(ctx, lang, c)}\n\nAssignation du personnel {unit}, quart de nuit :\n{lst}\nPAB flottante : {ctx.sname(ctx.staff())}\n"
                   f"Pauses : 1 h 30 et 3 h.{signature(ctx, 'beds', s, lang, False)}",
             f"{greet(ctx, lang, c)}\n\n{unit} night shift staff assignment:\n{lst}\nFloat PCA: {ctx.sname(ctx.staff())}\nBreaks 1:30 and 3:00."
             f"{signature(ctx, 'beds', s, lang, False)}")
    return neg(L(lang, f"Assignation {unit} nuit", f"{unit} night assignment"), body, frm, [to], 'nurse-to-bed assignment listing staff only')


NEG_CATS = [n_it_outage, n_it_ticket, n_staff_roster, n_hr_leave, n_job_posting, n_purchase_order, n_vendor_invoice,
            n_foundation_event, n_newsletter, n_quality_stats, n_committee_ics, n_training, n_conference, n_roi_policy,
            n_blank_template, n_parking, n_cafeteria, n_public_health, n_teaching_case, n_ethics_agenda, n_billing_rates,
            n_bed_stats, n_asset_inventory, n_phone_directory, n_complaints_report, n_partner_meeting, n_payroll,
            n_nas_storage, n_transport_fleet, n_records_stats, n_insurer_contract, n_colleague_dx, n_risk_training,
            n_oncall_list, n_nurse_assignment]


# ================================================================================================ driver
def generic_reply(ctx, spec, lang):
    """Turn a message into a colleague's reply quoting it (the original content stays in the quote)."""
    p, addr = colleague(ctx)
    top = ctx.r.choice(L(lang, ['Ok, c\'est fait.', 'Reçu, je m\'en occupe.', 'Vu. Je te reviens demain.', 'Merci, noté.'],
                         ['Done.', 'Got it, on it.', 'Seen - will get back to you tomorrow.', 'Thanks, noted.']))
    top += f"\n{p['given']}"
    body = quote_reply(ctx, top, spec['from'], spec['body'], lang)
    new = dict(spec)
    new.update(body=body, subject=L(lang, 'RE: ', 'RE: ') + spec['subject'], to=[spec['from']], cc=[], reply=True)
    new['from'] = addr
    return new


def generic_fwd_inline(ctx, spec, lang):
    p, addr = colleague(ctx)
    q, to = colleague(ctx)
    top = ctx.r.choice(L(lang, ['Pour info.', 'FYI, peux-tu regarder?', 'À traiter svp.', 'Je te transfère, je suis en congé demain.'],
                         ['FYI.', 'Can you take a look?', 'Please handle.', 'Forwarding - I am off tomorrow.'])) + f"\n{p['given']}"
    body = inline_fwd(ctx, top, spec['from'], ', '.join(disp(t) for t in spec['to']), spec['subject'], spec['body'], lang)
    new = dict(spec)
    new.update(body=body, subject=L(lang, 'TR: ', 'FW: ') + spec['subject'], to=[to], cc=[])
    new['from'] = addr
    return new


def generic_fwd_attach(ctx, spec, lang):
    p, addr = colleague(ctx)
    q, to = colleague(ctx)
    inner = dict(spec)
    inner['fname'] = re.sub(r'[^A-Za-z0-9_-]+', '_', disp(spec['subject']).encode('ascii', 'ignore').decode())[:40].strip('_') + '.eml'
    body = ctx.r.choice(L(lang, ['Voir le courriel ci-joint.', 'Message original en pièce jointe, merci de faire le suivi.'],
                          ['See attached message.', 'Original message attached, please follow up.'])) + f"\n{p['given']}"
    new = dict(spec)
    new.update(body=body, subject=L(lang, 'TR: ', 'FW: ') + spec['subject'], to=[to], cc=[], atts=[], attach_eml=inner)
    new['from'] = addr
    return new


def assign(ctx, cats, n, n_fr):
    plan = [cats[i % len(cats)] for i in range(n)]
    langs = ['fr'] * n_fr + ['en'] * (n - n_fr)
    ctx.r.shuffle(langs)
    return list(zip(plan, langs))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=2424)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args(argv)
    ctx = Ctx(a.seed)
    out = a.out
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels, stats = {}, {'structure': {}, 'charset': {}, 'cte': {}, 'eol': {}, 'thread': {}, 'lang': {}, 'category': {}}
    jobs = [('p', f, lg) for f, lg in assign(ctx, POS_CATS, N_POS, round(N_POS * 0.6))] + \
           [('n', f, lg) for f, lg in assign(ctx, NEG_CATS, N_NEG, round(N_NEG * 0.6))]
    counters = {'p': 0, 'n': 0}
    problems = []
    for kind, f, lang in jobs:
        spec = f(ctx, lang)
        if not spec.get('reply') and not spec.get('atts') and not spec.get('attach_eml') and 'Message transféré' not in spec['body'] \
                and 'Forwarded message' not in spec['body']:
            x = ctx.r.random()
            if x < 0.12:
                spec = generic_reply(ctx, spec, lang)
            elif x < 0.19:
                spec = generic_fwd_inline(ctx, spec, lang)
            elif x < 0.24:
                spec = generic_fwd_attach(ctx, spec, lang)
        thread = 'reply' if spec.get('reply') else 'fwd_attach' if spec.get('attach_eml') else \
            'fwd_inline' if ('Message transféré' in spec['body'] or 'Forwarded message' in spec['body']) else 'none'
        tr = pick_transport(ctx, spec)
        data = build_message(ctx, spec, tr)
        counters[kind] += 1
        cat = f.__name__[2:]
        rel = f"{'positive' if kind == 'p' else 'negative'}/{kind}{counters[kind]:03d}_{cat}.eml"
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        pb = check_file(data)
        if pb:
            problems.append((rel, pb))
        types = spec['types']
        if (kind == 'p') != bool(types):
            problems.append((rel, 'types/label mismatch'))
        labels[rel] = {'confidential': kind == 'p', 'types': sorted(set(types)), 'lang': lang, 'note': spec['note']}
        for k, v in (('structure', tr['structure']), ('charset', tr['charset']), ('cte', tr['cte']), ('eol', tr['eol']),
                     ('thread', thread), ('lang', f"{kind}:{lang}"), ('category', f"{kind}:{cat}")):
            stats[k][v] = stats[k].get(v, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    # coverage check
    files = sorted(f"{sub}/{n}" for sub in ('positive', 'negative') for n in os.listdir(os.path.join(out, sub)))
    if files != sorted(labels):
        problems.append(('labels.json', 'does not cover exactly the files'))
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        h.update(rel.encode() + b'\0')
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(fh.read())
    npos = sum(1 for v in labels.values() if v['confidential'])
    print(f"positives: {npos}  negatives: {len(labels) - npos}  total: {len(labels)}")
    for k in ('lang', 'structure', 'charset', 'cte', 'eol', 'thread'):
        print(f"{k}: " + ', '.join(f"{a}={b}" for a, b in sorted(stats[k].items())))
    pc = sorted(c for c in stats['category'] if c.startswith('p:'))
    nc = sorted(c for c in stats['category'] if c.startswith('n:'))
    print(f"positive categories ({len(pc)}): " + ', '.join(f"{c[2:]}={stats['category'][c]}" for c in pc))
    print(f"negative categories ({len(nc)}): " + ', '.join(f"{c[2:]}={stats['category'][c]}" for c in nc))
    if problems:
        for p in problems[:30]:
            print('PROBLEM', p)
        print(f"{len(problems)} problems")
        sys.exit(1)
    print('all checks passed')
    print(f"sha256: {h.hexdigest()}")


if __name__ == '__main__':
    main()
