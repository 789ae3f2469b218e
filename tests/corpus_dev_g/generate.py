#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (CHU Montréal flavour).

Usage: python generate.py [--out DIR] [--seed 7073]
All people, institutions, numbers and domains are invented (*.example, 555 phones).
"""
import argparse, base64, csv, datetime as dt, email, email.policy, hashlib, html, io, json, os, quopri
import random, re, shutil, sys, zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir
from stdnum import luhn as std_luhn

HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMS_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
FIXED = dt.datetime(2026, 11, 2, 9, 0, 0)

# ----------------------------------------------------------------------------------------- data
FR_STAFF = [("Geneviève", "Tremblay"), ("Marc-André", "Gagnon"), ("Isabelle", "Roy"), ("Sylvie", "Côté"),
            ("Patrick", "Bouchard"), ("Nathalie", "Gauthier"), ("Julien", "Morin"), ("Catherine", "Lavoie"),
            ("François", "Fortin"), ("Mélanie", "Gagné"), ("Étienne", "Ouellet"), ("Chantal", "Pelletier"),
            ("Dominique", "Bélanger"), ("Josée", "Lévesque"), ("Mathieu", "Bergeron"), ("Annie", "Leblanc"),
            ("Hugo", "Paquette"), ("Karine", "Girard"), ("Simon", "Dufresne"), ("Véronique", "Poirier"),
            ("Louis-Philippe", "Caron"), ("Marie-Ève", "Beaulieu"), ("Stéphane", "Cloutier"), ("Amélie", "Fournier")]
EN_STAFF = [("Sarah", "Mitchell"), ("David", "Chen"), ("Priya", "Raman"), ("Michael", "O'Brien"),
            ("Emily", "Foster"), ("Jason", "Kowalski"), ("Rachel", "Goldberg"), ("Kevin", "Nguyen"),
            ("Amanda", "Clarke"), ("Omar", "Haddad"), ("Laura", "McKenzie"), ("Daniel", "Rosen"),
            ("Hannah", "Whitfield"), ("Ravi", "Shankar"), ("Megan", "Doyle"), ("Tom", "Brennan")]
BE_STAFF = [("Pieter", "Janssens"), ("Sophie", "Dubois"), ("Luc", "Peeters"), ("Anne", "Lambert"),
            ("Thomas", "Maes"), ("Els", "Claes"), ("Olivier", "Renard"), ("Françoise", "Delvaux")]
FR_FR_STAFF = [("Claire", "Moreau"), ("Antoine", "Girardin"), ("Hélène", "Fabre"), ("Nicolas", "Mercier"),
               ("Sandrine", "Faure"), ("Julien", "Chevalier"), ("Aurélie", "Rousseau"), ("Bruno", "Lemaire")]
PT_FR = [("Lise", "Bouchard", "F"), ("Gilles", "Marchand", "M"), ("Réjean", "Thibodeau", "M"),
         ("Ginette", "Lachance", "F"), ("Yvon", "Desrosiers", "M"), ("Carole", "Gingras", "F"),
         ("Denis", "Vaillancourt", "M"), ("Huguette", "Sauvé", "F"), ("Normand", "Bérubé", "M"),
         ("Francine", "Dionne", "F"), ("Jacques", "Plamondon", "M"), ("Monique", "Hébert", "F"),
         ("Raymond", "Labrecque", "M"), ("Suzanne", "Charbonneau", "F"), ("Maxime", "Turcotte", "M"),
         ("Léa", "Gosselin", "F"), ("Kevin", "Lapierre", "M"), ("Noémie", "St-Onge", "F"),
         ("Rolande", "Paradis", "F"), ("Gaétan", "Boisvert", "M"), ("Lucie", "Rioux", "F"), ("Fernand", "Pagé", "M"),
         ("Diane", "Lemieux", "F"), ("Claude", "Asselin", "M"), ("Yolande", "Marcoux", "F"), ("Mario", "Sénécal", "M"),
         ("Jessica", "Ouimet", "F"), ("Samuel", "Drouin", "M"), ("Thérèse", "Auclair", "F"), ("Benoît", "Laflamme", "M")]
PT_EN = [("Margaret", "Sullivan", "F"), ("George", "Patterson", "M"), ("Linda", "Harrington", "F"),
         ("Brian", "McAllister", "M"), ("Donna", "Fitzgerald", "F"), ("Arthur", "Bellamy", "M"),
         ("Susan", "Kerr", "F"), ("Wayne", "Dobson", "M"), ("Joyce", "Whelan", "F"), ("Harold", "Grant", "M"),
         ("Ayesha", "Siddiqui", "F"), ("Ethan", "Vaughn", "M"), ("Olivia", "Brandt", "F"), ("Raj", "Malhotra", "M"),
         ("Dorothy", "Ames", "F"), ("Frank", "Lindqvist", "M"), ("Carol", "Pemberton", "F"), ("Stanley", "Rourke", "M"),
         ("Nadia", "Petrov", "F"), ("Victor", "Oyelaran", "M"), ("Gail", "Thornton", "F"), ("Peter", "Vasquez", "M")]
PT_BE = [("Marcel", "Vandenberghe", "M"), ("Josiane", "Lejeune", "F"), ("Jean-Luc", "Wauters", "M"),
         ("Nadine", "Collignon", "F"), ("Freddy", "Verhaegen", "M"), ("Martine", "Dethier", "F"),
         ("Roger", "Hanssens", "M"), ("Ginette", "Bastin", "F"), ("Didier", "Moens", "M")]
PT_FRA = [("Christiane", "Lefort", "F"), ("Michel", "Barbier", "M"), ("Sylvie", "Perrin", "F"),
          ("Alain", "Guérin", "M"), ("Odile", "Marchal", "F"), ("Pascal", "Roussel", "M"),
          ("Brigitte", "Vidal", "F"), ("Gérard", "Caillaud", "M")]

DOM = "chu-exemple.example"
EXT_FR = ["clsc-rive-nord.example", "cisss-laurentides.example", "gmf-plateau.example", "cliniquemedicale-verdun.example",
          "pharmacie-dufresne.example", "ciusss-estrie.example", "hopital-regional-joliette.example"]
EXT_EN = ["ottawa-general-partner.example", "westisland-clinic.example", "lakeshore-fhn.example",
          "kingston-health.example", "stmarys-partner.example", "mcgill-fmg.example"]
BE_DOM = ["chu-liege-partenaire.example", "cliniques-saintluc-bxl.example", "chr-namur.example"]
FRA_DOM = ["chu-lyon-partenaire.example", "hopital-bordeaux-partenaire.example", "chu-lille-partenaire.example"]

STREETS_QC = ["rue Saint-Denis", "boul. Rosemont", "rue Beaubien Est", "av. du Parc", "rue Ontario Est",
              "boul. Gouin Ouest", "rue Wellington", "ch. de la Côte-des-Neiges", "rue Fleury Ouest", "av. Papineau"]
CITIES_QC = [("Montréal", "H2J"), ("Laval", "H7N"), ("Longueuil", "J4K"), ("Montréal", "H1V"), ("Terrebonne", "J6W")]
UNITS = ["6 Nord", "7 Sud", "4B", "USI", "5 Est", "8 Ouest", "Urgence", "Hémato-onco 9N"]

DX_FR = [("insuffisance cardiaque décompensée", "furosémide 40 mg IV bid"),
         ("MPOC exacerbée", "prednisone 40 mg die x 5 j"),
         ("diabète type 2 mal contrôlé, HbA1c 10,2 %", "metformine 1000 mg bid, gliclazide 60 mg"),
         ("FA rapide nouvellement dx", "apixaban 5 mg bid, métoprolol 25 mg bid"),
         ("pneumonie communautaire", "ceftriaxone 1 g IV die"),
         ("néo du sein gauche, post-tumorectomie", "létrozole 2,5 mg die"),
         ("IRC stade 4", "calcitriol 0,25 mcg die"),
         ("cellulite jambe droite", "céfazoline 2 g IV q8h"),
         ("dépression majeure avec idées suicidaires", "sertraline 100 mg die"),
         ("maladie de Crohn en poussée", "adalimumab 40 mg sc q2sem")]
DX_EN = [("CHF exacerbation", "furosemide 40 mg IV BID"), ("COPD exacerbation", "prednisone 40 mg daily x5d"),
         ("new-onset AFib", "apixaban 5 mg BID"), ("community-acquired pneumonia", "ceftriaxone 1 g IV daily"),
         ("type 2 diabetes, poorly controlled (A1c 9.8%)", "insulin glargine 18 U qhs"),
         ("NSTEMI s/p PCI", "ticagrelor 90 mg BID, ASA 81 mg"), ("DVT left leg", "rivaroxaban 15 mg BID"),
         ("alcohol withdrawal", "lorazepam per CIWA"), ("pyelonephritis", "ciprofloxacin 500 mg BID"),
         ("metastatic colon cancer", "FOLFOX cycle 4")]

# ----------------------------------------------------------------------------------------- identifiers

def load_nams():
    out = []
    with open(NAMS_FILE, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.startswith('#'):
                continue
            s, g, d, sex, nam = line.split()
            out.append(dict(last=s, first=g, dob=d, sex=sex, nam=nam))
    return out


def luhn_complete(rng, prefix, length):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + std_luhn.calc_check_digit(body)


def gen_sin(rng):
    while True:
        s = luhn_complete(rng, str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])), 9)
        if std_sin.is_valid(s):
            return s


def gen_ohip(rng):
    while True:
        s = luhn_complete(rng, str(rng.randrange(1, 10)), 10)
        if std_luhn.is_valid(s):
            return s


def gen_niss(rng, dob, sex):
    y, m, d = dob.year, dob.month, dob.day
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        first = '%02d%02d%02d%03d' % (y % 100, m, d, seq)
        base = int(('2' if y >= 2000 else '') + first)
        chk = 97 - base % 97
        s = first + '%02d' % chk
        if std_nn.is_valid(s):
            return s


def gen_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([69, 33, 59, 75, 13, 38, 42, 1])
        first = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dept,
                                          rng.randrange(1, 990), rng.randrange(1, 999))
        key = 97 - int(first) % 97
        s = first + '%02d' % key
        if std_nir.is_valid(s):
            return s


def gen_mrn(rng):
    shape = rng.randrange(6)
    if shape == 0:
        return '%07d' % rng.randrange(10 ** 6, 10 ** 7)
    if shape == 1:
        return '%08d' % rng.randrange(10 ** 5, 10 ** 8)
    if shape == 2:
        return 'H%07d' % rng.randrange(10 ** 7)
    if shape == 3:
        return 'CHU-%06d' % rng.randrange(10 ** 6)
    if shape == 4:
        return 'M%d-%04d' % (rng.randrange(10, 99), rng.randrange(10 ** 4))
    return '%d %03d %03d' % (rng.randrange(1, 10), rng.randrange(1000), rng.randrange(1000))


FW = str.maketrans('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ''.join(chr(0xFF10 + i) for i in range(10)) +
                   ''.join(chr(0xFF21 + i) for i in range(26)))


def fmt_nam(rng, nam, style=None):
    style = style if style is not None else rng.choice(['plain', 'sp', 'sp', 'dash', 'dot', 'lower'])
    if style == 'plain':
        return nam
    if style == 'sp':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'dash':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'dot':
        return '.'.join(nam[i:i + 2] for i in range(0, 12, 2))
    if style == 'lower':
        return nam.lower()
    if style == 'fw':
        return nam.translate(FW)
    if style == 'letters':
        return ' '.join(nam)
    if style == 'slash':
        return '%s/%s/%s' % (nam[:4], nam[4:8], nam[8:])
    return nam


# ----------------------------------------------------------------------------------------- helpers
def ascii_fold(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def addr(first, last, dom):
    local = re.sub(r'[^a-z\-]', '', ascii_fold(first).lower().replace(' ', '-')) + '.' + \
        re.sub(r'[^a-z\-]', '', ascii_fold(last).lower().replace("'", ''))
    return local + '@' + dom


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.nams = load_nams()
        rng.shuffle(self.nams)
        self.nam_i = 0
        self.pts = {'fr': list(PT_FR), 'en': list(PT_EN), 'be': list(PT_BE), 'fra': list(PT_FRA)}
        for v in self.pts.values():
            rng.shuffle(v)
        self.pt_i = {k: 0 for k in self.pts}
        self.seen = {}

    def lang_pick(self):
        self.lang_i = getattr(self, 'lang_i', 0) + 1
        return ['en', 'fr', 'en', 'en', 'fr'][self.lang_i % 5]

    def c(self, seq):
        return self.rng.choice(seq)

    def nam_person(self):
        p = self.nams[self.nam_i % len(self.nams)]
        self.nam_i += 1
        if 'mrn' not in p:
            p['mrn'] = gen_mrn(self.rng)
        return p

    def patient(self, pool='fr', min_age=20, max_age=92):
        lst = self.pts[pool]
        f, l, sex = lst[self.pt_i[pool] % len(lst)]
        self.pt_i[pool] += 1
        key = (pool, f, l)
        if key not in self.seen:
            y = 2026 - self.rng.randint(min_age, max_age)
            dob = dt.date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))
            self.seen[key] = dict(first=f, last=l, sex=sex, dob=dob.isoformat(), mrn=gen_mrn(self.rng))
        return self.seen[key]

    def ident(self, p, kind):
        if kind not in p:
            dob = dt.date.fromisoformat(p['dob'])
            p[kind] = {'niss': lambda: gen_niss(self.rng, dob, p['sex']), 'nir': lambda: gen_nir(self.rng, dob, p['sex']),
                       'ohip': lambda: gen_ohip(self.rng), 'sin': lambda: gen_sin(self.rng)}[kind]()
        return p[kind]

    def staff(self, pool=None):
        pool = pool or FR_STAFF
        return self.c(pool)

    def phone(self, area=None):
        return '%s 555-%04d' % (area or self.c(['514', '450', '438']), self.rng.randrange(100, 9999))

    def home_address(self):
        city, fsa = self.c(CITIES_QC)
        return '%d, %s, app. %d, %s (QC) %s %d%s%d' % (
            self.rng.randint(100, 9999), self.c(STREETS_QC), self.rng.randint(1, 12), city, fsa,
            self.rng.randint(1, 9), self.c('ABCEGHJKLMNPRSTVXY'), self.rng.randint(0, 9))

    def date(self, start=(2026, 10, 1), days=70):
        return dt.date(*start) + dt.timedelta(days=self.rng.randrange(days))


def age_of(dob):
    d = dt.date.fromisoformat(dob)
    return 2026 - d.year - ((11, 15) < (d.month, d.day))


def dfr(d):
    d = dt.date.fromisoformat(d) if isinstance(d, str) else d
    return d.strftime('%d/%m/%Y')


def den(d):
    d = dt.date.fromisoformat(d) if isinstance(d, str) else d
    return d.strftime('%b %d, %Y')


def civ(p, lang='fr'):
    if lang == 'fr':
        return 'Mme' if p['sex'] == 'F' else 'M.'
    return 'Ms.' if p['sex'] == 'F' else 'Mr.'


def ne(p):
    return 'née' if p['sex'] == 'F' else 'né'


SIG_FR = ["{n}, inf. clin.\nUnité {u} — CHU Exemple\n1560, rue Sherbrooke Est, Montréal (QC) H2L 4M1\nT 514 555-2130 poste {x}",
          "{n}\nSoutien administratif, {d}\nCHU Exemple | 514 555-3300 p. {x}",
          "Dr {n}, MD FRCPC\nService de {s}, CHU Exemple\nPavillon D, 3e étage\nTél. : 514 555-4100 poste {x} | Téléc. : 514 555-4199",
          "--\n{n}\nConseil clinique, Direction des soins infirmiers\nCHU Exemple",
          "{n} | pharm., M.Sc.\nDépartement de pharmacie — CHU Exemple\n514 555-2870 p. {x}",
          "{n}, T.S.\nService social — CHU Exemple\n514 555-2290 poste {x}\nPrésente lun-jeu"]
SIG_EN = ["{n}, RN\n{u} Unit, CHU Exemple\n1560 Sherbrooke St E, Montreal QC H2L 4M1\nTel 514-555-2130 ext. {x}",
          "Dr. {n}, MD, FRCPC\nDepartment of {s}\nCHU Exemple — Montreal\nP: 514-555-4100 x{x} F: 514-555-4199",
          "{n}\nAdministrative Assistant, {d}\nCHU Exemple",
          "-- \n{n} | Research Coordinator\nCentre de recherche du CHU Exemple (CRCHUE)\n900 St-Denis, Montreal QC H2X 0A9"]
DISC_FR = ["\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
           "\n\n*** Ce message est destiné uniquement au destinataire. Toute diffusion non autorisée est interdite. ***", ""]
DISC_EN = ["\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the "
           "addressee. If you received it in error, please notify the sender and delete it.", ""]
SERV_FR = ["cardiologie", "médecine interne", "gériatrie", "néphrologie", "pneumologie", "hémato-oncologie", "psychiatrie"]
SERV_EN = ["Cardiology", "Internal Medicine", "Geriatrics", "Nephrology", "Respirology", "Oncology"]
DEPT_FR = ["Direction des ressources humaines", "Direction des ressources financières", "Archives médicales",
           "Direction des ressources informationnelles", "Bureau de l'enseignement"]


def sig(ctx, lang, who):
    n = '%s %s' % who
    caller = sys._getframe(1).f_code.co_name
    clinical = caller.startswith('p_') and caller != 'p_research_xlsx'
    if lang == 'en':
        s = ctx.c(SIG_EN[:3] if clinical else SIG_EN).format(n=n, u=ctx.c(UNITS), s=ctx.c(SERV_EN), d=ctx.c(['Finance', 'HR', 'IT Service Desk']),
                                 x=ctx.rng.randint(2000, 7999))
        return '\n\n' + s + ctx.c(DISC_EN)
    s = ctx.c(SIG_FR).format(n=n, u=ctx.c(UNITS), s=ctx.c(SERV_FR), d=ctx.c(DEPT_FR), x=ctx.rng.randint(2000, 7999))
    return '\n\n' + s + ctx.c(DISC_FR)


def greet(ctx, lang, who=None):
    if lang == 'en':
        if who and ctx.rng.random() < .7:
            return ctx.c(['Hi %s,' % who[0], 'Hello Dr. %s,' % who[1], '%s -' % who[0], 'Good morning %s,' % who[0]]) + '\n\n'
        return ctx.c(['Hi,', 'Hello,', 'Hi all,', 'Good morning,', '']) + '\n\n'
    if who and ctx.rng.random() < .7:
        return ctx.c(['Bonjour %s,' % who[0], 'Bonjour Dr %s,' % who[1], 'Salut %s,' % who[0], 'Allo %s,' % who[0], 'Bonjour %s %s,' % who]) + '\n\n'
    return ctx.c(['Bonjour,', 'Bonjour à tous,', 'Allo,', 'Bonjour à toutes et à tous,', 'Bonjour,']) + '\n\n'


# ----------------------------------------------------------------------------------------- attachments
def fix_zip(data, core=True):
    """Rewrite an OOXML/zip blob with fixed timestamps and fixed core properties (determinism)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if core and info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-11-02T09:00:00Z\g<3>', b)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('CHU Exemple')
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title)
    y -= 26
    c.setFont('Helvetica', 10)
    for ln in lines:
        for chunk in [ln[i:i + 95] for i in range(0, max(len(ln), 1), 95)] or ['']:
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 740
            c.drawString(60, y, chunk)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CHU Exemple'
    d.core_properties.title = title
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = 'CHU Exemple'
    d.core_properties.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = 'CHU Exemple'
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = sheet[:30]
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def make_csv(rows, sep=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def make_ics(uid, summary, start, minutes, organizer, attendees, description, location):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU Exemple//Agenda//FR', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20261102T090000Z',
             'DTSTART;TZID=America/Montreal:' + start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Montreal:' + (start + dt.timedelta(minutes=minutes)).strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:' + ics_esc(summary), 'LOCATION:' + ics_esc(location),
             'DESCRIPTION:' + ics_esc(description), 'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, a))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:  # fold at 73 chars
        while len(ln) > 73:
            out.append(ln[:73]); ln = ' ' + ln[73:]
        out.append(ln)
    return '\r\n'.join(out) + '\r\n'


def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_vcf(first, last, org, tel, adr, note, email_addr=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s %s' % (first, last)]
    if org:
        lines.append('ORG:' + org)
    if tel:
        lines.append('TEL;TYPE=HOME,VOICE:' + tel)
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + adr.replace(',', '\\,') + ';;;;')
    if email_addr:
        lines.append('EMAIL:' + email_addr)
    if note:
        lines.append('NOTE:' + ics_esc(note))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# ----------------------------------------------------------------------------------------- MIME writer
def enc_header(rng, value, lang):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        cs = 'utf-8'
        if lang == 'fr' and rng.random() < .35:
            try:
                value.encode('iso-8859-1'); cs = 'iso-8859-1'
            except UnicodeEncodeError:
                pass
        return Header(value, cs).encode(linesep='\n')


def fmt_addr(rng, name, a):
    if not name or rng.random() < .12:
        return a
    return formataddr((name, a), charset='utf-8')


def encode_text(rng, text, charset, cte):
    if not text.endswith('\n'):
        text += '\n'
    b = text.encode(charset)
    if cte == 'base64':
        e = base64.encodebytes(b).decode('ascii')
    elif cte == 'quoted-printable':
        e = quopri.encodestring(b).decode('ascii')
    else:
        e = b.decode('utf-8') if charset == 'utf-8' else b.decode('ascii', 'surrogateescape')
    return e


def leaf_text(rng, text, subtype, lang, force=None):
    """Return (headers list, body str) for a text/* leaf with chosen charset and CTE."""
    ascii_ok = all(ord(c) < 128 for c in text)
    if force:
        cs, cte = force
    else:
        if lang == 'fr':
            cs = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
        else:
            cs = rng.choice(['utf-8', 'utf-8', 'us-ascii', 'windows-1252'])
        cte = rng.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit'])
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    if cs == 'us-ascii' and cte == '8bit':
        cte = '7bit'
    if ascii_ok and cte == '8bit' and rng.random() < .5:
        cte = '7bit'
    if not ascii_ok and cte == '7bit':
        cte = 'quoted-printable'
    if cte in ('8bit', '7bit') and max(len(l) for l in text.split('\n')) > 900:
        cte = 'quoted-printable'
    text = text.replace('@@CS@@', cs)
    hdr = ['Content-Type: text/%s; charset="%s"' % (subtype, cs), 'Content-Transfer-Encoding: ' + cte]
    return hdr, encode_text(rng, text, cs, cte)


def leaf_bin(name, mime, data, rng, text_ok=False):
    fn = name
    try:
        name.encode('ascii'); fnh = 'filename="%s"' % name
    except UnicodeEncodeError:
        fnh = "filename*=utf-8''" + ''.join(c if c.isalnum() or c in '._-' else '%%%02X' % b
                                            for c in name for b in c.encode('utf-8'))
        fnh = "filename*=utf-8''" + re.sub(r'[^A-Za-z0-9._-]', lambda m: ''.join('%%%02X' % x for x in m.group().encode()), name)
    if isinstance(data, str):
        mt, sub = mime.split('/')
        h, body = leaf_text(rng, data, sub, 'fr', force=('utf-8', rng.choice(['base64', 'quoted-printable'])))
        h[0] = h[0] + '; name="%s"' % ascii_fold(name) if 'method' not in mime else h[0]
        if sub == 'calendar':
            h[0] = 'Content-Type: text/calendar; method=REQUEST; charset="utf-8"; name="%s"' % ascii_fold(name)
        elif sub in ('vcard', 'x-vcard'):
            h[0] = 'Content-Type: %s; charset="utf-8"; name="%s"' % (mime, ascii_fold(name))
        else:
            h[0] = 'Content-Type: %s; charset="utf-8"; name="%s"' % (mime, ascii_fold(name))
        h.append('Content-Disposition: attachment; ' + fnh)
        return h, body
    h = ['Content-Type: %s; name="%s"' % (mime, ascii_fold(name)), 'Content-Transfer-Encoding: base64',
         'Content-Disposition: attachment; ' + fnh]
    return h, base64.encodebytes(data).decode('ascii')


def text_to_html(text, rng):
    out = []
    style = rng.choice(['font-family:Calibri,Arial,sans-serif;font-size:11pt',
                        'font-family:Segoe UI,sans-serif;font-size:10pt', 'font-family:Arial;font-size:10pt'])
    table = []

    def flush():
        if table:
            out.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">')
            for i, row in enumerate(table):
                tag = 'th' if i == 0 else 'td'
                out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(c.strip()), tag) for c in row) + '</tr>')
            out.append('</table>')
            table.clear()
    quoting = False
    for ln in text.split('\n'):
        if ln.startswith('|') and ln.count('|') >= 2:
            table.append([c for c in ln.strip().strip('|').split('|')])
            continue
        flush()
        if ln.startswith('>'):
            if not quoting:
                out.append('<blockquote style="border-left:2px solid #1f4e79;padding-left:6px;margin-left:4px">')
                quoting = True
            out.append(html.escape(ln.lstrip('> ')) + '<br>')
            continue
        if quoting:
            out.append('</blockquote>'); quoting = False
        out.append((html.escape(ln) if ln.strip() else '&nbsp;') + '<br>')
    flush()
    if quoting:
        out.append('</blockquote>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=@@CS@@"></head>\n'
            '<body><div style="%s">\n' % style + '\n'.join(out) + '\n</div></body></html>\n')


def render_part(p):
    h, body = p
    return '\n'.join(h) + '\n\n' + body


def multipart(rng, subtype, parts):
    bnd = '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5), rng.randrange(10 ** 9), rng.randrange(10 ** 12))
    h = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, bnd)]
    body = 'This is a multi-part message in MIME format.\n\n' if rng.random() < .5 else ''
    for p in parts:
        body += '--' + bnd + '\n' + render_part(p).rstrip('\n') + '\n'
    body += '--' + bnd + '--\n'
    return h, body


def busy(rng, text):
    """Phone-typed look: some accents dropped, abbreviations, double spaces (labels unaffected)."""
    out = []
    for ln in text.split('\n'):
        if rng.random() < .25:
            ln = ln.replace('é', 'e').replace('è', 'e').replace('à', 'a')
        if rng.random() < .15:
            ln = ln.replace(' pour ', ' pr ').replace(' patient ', ' pt ').replace(' please ', ' pls ').replace(' avec ', ' ac ')
        if rng.random() < .1:
            ln = ln.replace('. ', '.  ', 1)
        out.append(ln)
    return '\n'.join(out)


def build(ctx, m, transport=None):
    """Render message dict m into bytes (LF endings). Returns (bytes, transport description)."""
    rng = ctx.rng
    lang = m['lang']
    text = m['body']
    if rng.random() < .3:
        cut = text.find('\n\n\n')
        text = busy(rng, text[:cut]) + text[cut:] if cut > 0 else busy(rng, text)
    if not m.get('cc') and rng.random() < .2:
        m = dict(m, cc=[me(ctx, lang)[1]])
    atts = list(m.get('atts', []))
    kind = transport or rng.choice(['plain', 'plain', 'plain', 'html', 'alt', 'alt'])
    if kind == 'html':
        body_part = leaf_text(rng, text_to_html(text, rng), 'html', lang)
    elif kind == 'alt':
        body_part = multipart(rng, 'alternative', [leaf_text(rng, text, 'plain', lang),
                                                   leaf_text(rng, text_to_html(text, rng), 'html', lang)])
    else:
        body_part = leaf_text(rng, text, 'plain', lang)
    if atts:
        parts = [body_part]
        for a in atts:
            if a[1] == 'message/rfc822':
                inner = a[2]
                cte = '8bit' if any(b > 127 for b in inner) else '7bit'
                parts.append((['Content-Type: message/rfc822; name="%s"' % ascii_fold(a[0]),
                               'Content-Transfer-Encoding: ' + cte,
                               'Content-Disposition: attachment; filename="%s"' % ascii_fold(a[0])],
                              inner.decode('utf-8', 'surrogateescape')))
            else:
                parts.append(leaf_bin(a[0], a[1], a[2], rng))
        top = multipart(rng, 'mixed', parts)
        kind = 'mixed+' + kind
    else:
        top = body_part
    mins = rng.randrange(24 * 60) if m['cat'] in ('lab_critical', 'signout_list', 'ed_boarders') else \
        rng.choice([7, 8, 9, 10, 13, 14, 15]) * 60 + rng.randrange(150)
    d = m.get('date') or (dt.datetime(2026, 10, 1, 0, 0) + dt.timedelta(days=rng.randrange(70), minutes=mins))
    tz = dt.timezone(dt.timedelta(hours=-4 if d.month < 11 else -5))
    hdr = ['From: ' + fmt_addr(rng, *m['from']), 'To: ' + ', '.join(fmt_addr(rng, *t) for t in m['to'])]
    if m.get('cc'):
        hdr.append('Cc: ' + ', '.join(fmt_addr(rng, *t) for t in m['cc']))
    hdr += ['Subject: ' + enc_header(rng, m['subject'], lang),
            'Date: ' + format_datetime(d.replace(tzinfo=tz)),
            'Message-ID: <%s.%d@%s>' % ('%012x' % rng.getrandbits(48), rng.randrange(1000), DOM)]
    if m.get('reply'):
        ref = '<%012x@%s>' % (rng.getrandbits(48), m['reply'])
        hdr += ['In-Reply-To: ' + ref, 'References: ' + ref]
    if rng.random() < .5:
        hdr.append('X-Mailer: ' + rng.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'Zimbra 9.0',
                                             'Mozilla Thunderbird 128.4']))
    if rng.random() < .3:
        hdr.append('Content-Language: ' + ('fr-CA' if lang == 'fr' else 'en-CA'))
    if m.get('importance'):
        hdr.append('Importance: high')
    hdr.append('MIME-Version: 1.0')
    raw = '\n'.join(hdr) + '\n' + render_part(top)
    return raw.encode('utf-8', 'surrogateescape'), kind


# ============================================================================ POSITIVE categories
def me(ctx, lang='fr', pool=None):
    who = ctx.staff(pool or (FR_STAFF if lang == 'fr' else EN_STAFF))
    dom = ctx.c([DOM, DOM, DOM, 'crc-exemple.example']) if True else DOM
    return who, ('%s %s' % who, addr(who[0], who[1], dom))


def ext(ctx, lang='fr', pool=None, doms=None):
    who = ctx.staff(pool or (FR_STAFF if lang == 'fr' else EN_STAFF))
    return who, ('%s %s' % who, addr(who[0], who[1], ctx.c(doms or (EXT_FR if lang == 'fr' else EXT_EN))))


def p_referral_qc(ctx):
    p = ctx.nam_person(); a, frm = me(ctx); b, to = ext(ctx)
    dx, rx = ctx.c(DX_FR)
    nam = fmt_nam(ctx.rng, p['nam'])
    subj = ctx.c(['Référence – %s %s' % (p['last'], p['first']), 'Demande de consultation - %s' % p['last'].upper(),
                  'Réf. pour suivi', 'TR: référence %s' % p['last']])
    body = greet(ctx, 'fr', b) + (
        "Je vous réfère %s %s %s, %s le %s (NAM %s), %d ans, pour %s.\n\n"
        "ATCD : %s%s.\nRx actuelle : %s.\n%s\n\nMerci de la convoquer dès que possible, "
        "le dossier complet suit par fax.\n" % (
            civ(p), p['first'], p['last'], ne(p), dfr(p['dob']), nam, age_of(p['dob']), dx,
            'HTA, dyslipidémie' if age_of(p['dob']) > 30 else 'asthme léger',
            ctx.c(['', ', ancien tabagisme', ', SAHS appareillé']), rx,
            ctx.c(['Dernière créat 142.', 'Écho cardiaque prévue.', 'Allergie : pénicilline (rash).', ''])))
    body = body.replace('la convoquer', 'le convoquer') if p['sex'] == 'M' else body
    return dict(cat='referral', lang='fr', subject=subj, body=body + sig(ctx, 'fr', a), **{'from': frm}, to=[to],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'],
                note='referral letter: patient name, NAM, DOB, diagnosis and medication in body')


def p_referral_on(ctx):
    p = ctx.patient('en'); a, frm = me(ctx, 'en'); b, to = ext(ctx, 'en')
    dx, rx = ctx.c(DX_EN); hn = ctx.ident(p, 'ohip')
    hn_s = ctx.c([hn, '%s-%s-%s' % (hn[:4], hn[4:7], hn[7:]), '%s %s %s %s' % (hn[:4], hn[4:7], hn[7:], ctx.c(['AB', 'KX', 'TR']))])
    body = greet(ctx, 'en', b) + (
        "Referring %s %s %s (DOB %s, OHIP %s) for %s. Pt moved back to Ottawa area, needs local follow-up.\n"
        "Meds: %s. Last labs attached in OTN.\nPlease call the pt at %s to book.\n\nThanks,\n" % (
            civ(p, 'en'), p['first'], p['last'], den(p['dob']), hn_s, dx, rx, ctx.phone('613')))
    return dict(cat='referral', lang='en', subject=ctx.c(['Referral - %s, %s' % (p['last'], p['first']), 'New referral', 'Referral for f/u']),
                body=body + sig(ctx, 'en', a), **{'from': frm}, to=[to],
                types=['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'],
                note='Ontario referral: name, OHIP number, DOB, diagnosis, meds, phone')


def p_signout_en(ctx):
    a, frm = me(ctx, 'en'); b, to = me(ctx, 'en')
    rows = ['|Bed|Patient|MRN|Issues|To do|']
    unit = ctx.c(['7S', '6N', '5E', 'CCU'])
    for i in range(ctx.rng.randint(4, 7)):
        p = ctx.patient(ctx.c(['en', 'fr'])); dx, rx = ctx.c(DX_EN)
        rows.append('|%s-%02d|%s, %s|%s|%s|%s|' % (unit, ctx.rng.randint(1, 30), p['last'].upper(), p['first'], p['mrn'], dx,
                                                ctx.c(['f/u K in AM', 'call family re GOC', 'f/u cultures', 'INR 2200h', 'ok, nothing']) ))
    body = ctx.c(['Hey,\n\nSign-out for tonight below.\n\n', 'Handover ' + unit + ':\n\n', 'Night list:\n\n']) + '\n'.join(rows) + \
        '\n\nPager on me till 0800. Full list in the shared drive.\n' + sig(ctx, 'en', a)
    return dict(cat='signout_list', lang='en', subject=ctx.c(['Sign-out %s' % unit, 'handover tonight', 'night list %s' % unit]),
                body=body, **{'from': frm}, to=[to], types=['patient_name', 'mrn', 'diagnosis'],
                note='sign-out table of inpatients with names, MRNs and active problems')


def p_liste_garde(ctx):
    a, frm = me(ctx); b, to = me(ctx)
    unit = ctx.c(UNITS[:6])
    lines = []
    for i in range(ctx.rng.randint(4, 7)):
        p = ctx.patient('fr'); dx, rx = ctx.c(DX_FR)
        lines.append('- ch.%d %s %s (dos. %s) — %s ; %s%s' % (ctx.rng.randint(401, 640), p['last'].upper(), p['first'],
                                                              p['mrn'], dx, rx,
                                                              ctx.c(['', ', K+ 5,9 ce matin', ', hb 71 -> transfuser 1 CG', ', NPO minuit'])))
    body = 'Liste de garde %s pour ce soir :\n\n' % unit + '\n'.join(lines) + \
        '\n\nRien d\'autre, bonne garde.\n' + sig(ctx, 'fr', a)
    return dict(cat='signout_list', lang='fr', subject=ctx.c(['liste garde ' + unit, 'Passation %s' % unit, 'garde ce soir']),
                body=body, **{'from': frm}, to=[to], types=['patient_name', 'mrn', 'diagnosis', 'medication', 'lab_result'],
                note='French handover list: surname-first patient names with chart numbers, diagnoses, meds, labs')


def p_consult_reply(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); b, to = ext(ctx, lang)
    p = ctx.patient('fr' if lang == 'fr' else 'en'); mrn = p['mrn']
    if lang == 'fr':
        dx, rx = ctx.c(DX_FR)
        q = ("Le %s, %s %s a écrit :\n> Bonjour, pourriez-vous voir %s %s, dossier %s, pour %s ?\n> Merci\n> %s" % (
            dfr(ctx.date()), b[0], b[1], p['last'], p['first'], mrn, dx, b[0]))
        body = ctx.c(['Vu ce matin. ', 'Vu. ', 'Patient vu en consultation. ']) + \
            "Je suggère %s et réévaluation dans 6 sem. Je vais %s revoir en clinique externe.\n" % (rx, 'la' if p['sex'] == 'F' else 'le') + sig(ctx, 'fr', a) + '\n\n' + q
        subj = 'RE: consultation %s' % p['last']
        types = ['patient_name', 'mrn', 'diagnosis', 'medication']
    else:
        dx, rx = ctx.c(DX_EN)
        q = ("On %s, %s %s wrote:\n> Could you see %s %s (MRN %s) re %s? Thx\n" % (den(ctx.date()), b[0], b[1], p['first'], p['last'], mrn, dx))
        body = "Seen today. Agree with dx. Started %s, will follow in clinic in 4 wks.\n" % rx + sig(ctx, 'en', a) + '\n\n' + q
        subj = ctx.c(['RE: consult request', 'Re: consult - %s' % p['last']])
        types = ['patient_name', 'mrn', 'diagnosis', 'medication']
    return dict(cat='consult_reply', lang=lang, subject=subj, body=body, **{'from': frm}, to=[to], reply=to[1].split('@')[1],
                types=types, note='consult reply on top of quoted request naming the patient with chart number and diagnosis')


def p_booking(ctx):
    p = ctx.patient('fr'); a, frm = me(ctx); b, to = ext(ctx)
    exam = ctx.c(['écho abdominale', 'coloscopie', 'IRM lombaire', 'TDM thoracique', 'épreuve d\'effort', 'biopsie prostatique'])
    body = greet(ctx, 'fr') + "Pouvez-vous replanifier le RDV de %s %s (dossier %s) pour %s ? %s\nTél. maison : %s%s\n\nMerci!\n" % (
        p['last'], p['first'], p['mrn'], exam,
        ctx.c(['Elle ne peut pas le 12.', 'Le patient est hospitalisé ailleurs.', 'Préparation non faite.', 'Transport pas dispo.']),
        ctx.phone(), ctx.c(['', ' (cell. de sa fille : %s)' % ctx.phone()]))
    return dict(cat='booking', lang='fr', subject=ctx.c(['Replanification RDV', 'RDV %s' % p['last'], 'changement rdv ' + exam]),
                body=body + sig(ctx, 'fr', a), **{'from': frm}, to=[to], types=['patient_name', 'mrn', 'patient_contact'],
                note='booking change for a named patient with chart number, exam and home phone')


def p_lab_critical(ctx):
    p = ctx.patient('en'); a, frm = me(ctx, 'en'); b, to = me(ctx, 'en')
    val = ctx.c(['K 6.8 mmol/L', 'Na 118 mmol/L', 'Hb 58 g/L', 'troponin hs 2140 ng/L', 'glucose 1.9 mmol/L', 'INR 7.4',
                 'blood culture +ve GPC in clusters'])
    body = "Critical value called to Dr. %s at %02d:%02d:\n\n%s, %s  MRN %s  Loc %s\n%s\n\nRead back confirmed. Pls document.\n" % (
        b[1], ctx.rng.randint(0, 23), ctx.rng.randint(0, 59), p['last'].upper(), p['first'], p['mrn'], ctx.c(UNITS), val)
    return dict(cat='lab_critical', lang='en', subject=ctx.c(['CRITICAL VALUE', 'Critical lab - ' + p['last'], 'critical result called']),
                body=body + sig(ctx, 'en', a), **{'from': frm}, to=[to], importance=True,
                types=['patient_name', 'mrn', 'lab_result'], note='critical lab value notification with patient name and MRN')


def p_discharge_pdf(ctx):
    p = ctx.nam_person(); a, frm = me(ctx); b, to = ext(ctx)
    dx, rx = ctx.c(DX_FR)
    lines = ['Nom : %s, %s' % (p['last'].upper(), p['first']), 'NAM : %s     Date de naissance : %s     Sexe : %s' % (p['nam'], p['dob'], p['sex']),
             'Dossier : %s' % p['mrn'], 'Admission : %s   Départ : %s' % (dfr(ctx.date()), dfr(ctx.date())), '',
             'Diagnostic principal : %s' % dx, 'Évolution : favorable, afébrile depuis 48 h.',
             'Médication au départ : %s' % rx, 'Suivi : médecin de famille dans 2 semaines, bilan sanguin dans 1 semaine.',
             '', 'Dr %s %s' % a]
    pdf = make_pdf('Résumé de départ', lines)
    body = greet(ctx, 'fr', b) + ctx.c(['Ci-joint le résumé de départ de votre patient(e).', 'Voir résumé en pj.',
                                        'Résumé de départ en pièce jointe, comme demandé.']) + '\n' + sig(ctx, 'fr', a)
    return dict(cat='discharge_summary', lang='fr', subject=ctx.c(['Résumé de départ', 'RD - suivi GMF', 'Résumé d\'hospitalisation']),
                body=body, **{'from': frm}, to=[to], atts=[('resume_depart_%s.pdf' % ascii_fold(p['last']).lower(), 'application/pdf', pdf)],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'mrn', 'diagnosis', 'medication'],
                note='discharge summary PDF attached with name, NAM, DOB, chart number, diagnosis, meds; body generic')


def p_medrec_docx(ctx):
    p = ctx.patient('en'); a, frm = me(ctx, 'en'); b, to = ext(ctx, 'en', doms=['pharmacy-lakeshore.example', 'shoppers-partner.example'])
    meds = ctx.rng.sample(['metoprolol 25 mg BID', 'apixaban 5 mg BID', 'atorvastatin 40 mg qhs', 'furosemide 40 mg daily',
                           'pantoprazole 40 mg daily', 'insulin glargine 20 U qhs', 'sertraline 50 mg daily', 'levothyroxine 100 mcg'], 5)
    tab = [['Medication', 'Home', 'Discharge', 'Comment']] + [[m, 'Y', ctx.c(['Y', 'changed', 'stopped']), ''] for m in meds]
    docx_b = make_docx('Medication Reconciliation', ['Patient: %s %s' % (p['first'], p['last']), 'DOB: %s   MRN: %s' % (p['dob'], p['mrn']),
                                                     'Allergies: sulfa'], tab)
    body = greet(ctx, 'en', b) + "Attached is the BPMH / discharge med rec for our mutual patient. Pls call if questions.\n" + sig(ctx, 'en', a)
    return dict(cat='med_reconciliation', lang='en', subject=ctx.c(['Med rec', 'BPMH - discharge', 'Medication reconciliation']),
                body=body, **{'from': frm}, to=[to], atts=[('MedRec_%s.docx' % p['last'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx_b)],
                types=['patient_name', 'date_of_birth', 'mrn', 'medication'], note='medication reconciliation DOCX with patient name, DOB, MRN and drug list')


def p_transport(ctx):
    p = ctx.patient('fr'); a, frm = me(ctx); b, to = ext(ctx, doms=['transport-adapte-mtl.example', 'ambulances-urgence.example'])
    body = greet(ctx, 'fr') + "Demande de transport pour %s %s %s\nAdresse : %s\nTél. : %s\nMotif : %s, %s. %s\n\nMerci\n" % (
        civ(p), p['first'], p['last'], ctx.home_address(), ctx.phone(),
        ctx.c(['hémodialyse lun-mer-ven 7h00', 'radiothérapie quotidienne x 5 sem', 'RDV clinique de plaies jeudi 10h']),
        ctx.c(['fauteuil roulant', 'civière', 'marchette, accompagnateur']), ctx.c(['Oxygène 2 L.', 'Diabétique.', '']))
    return dict(cat='transport_request', lang='fr', subject=ctx.c(['Demande transport', 'Transport adapté - %s' % p['last'], 'transport dialyse']),
                body=body + sig(ctx, 'fr', a), **{'from': frm}, to=[to], types=['patient_name', 'patient_contact', 'diagnosis'],
                note='transport request with patient name, home address, phone and treatment')


def p_homecare(ctx):
    p = ctx.patient(ctx.c(['en', 'fr'])); a, frm = me(ctx, 'en'); b, to = ext(ctx, 'en', doms=['clsc-ndg.example', 'homecare-westisland.example'])
    body = greet(ctx, 'en') + ("Home care referral: %s %s, %s, MRN %s\nAddress: %s\nPhone: %s\n"
                               "Needs: daily dressing change (stage 3 sacral ulcer), INR monitoring on warfarin, lives alone.\n" % (
                                   p['first'], p['last'], den(p['dob']), p['mrn'], ctx.home_address(), ctx.phone()))
    return dict(cat='home_care', lang='en', subject='Home care referral', body=body + sig(ctx, 'en', a), **{'from': frm}, to=[to],
                types=['patient_name', 'date_of_birth', 'mrn', 'patient_contact', 'diagnosis', 'medication'],
                note='home care referral: name, DOB, MRN, home address, phone, wound and anticoagulation')


def p_social(ctx):
    p = ctx.patient('fr', 18, 40); a, frm = me(ctx); b, to = ext(ctx, doms=['dpj-laval.example', 'cisss-laurentides.example', 'omh-montreal.example'])
    what = ctx.c([
        "La mère, %s %s (dossier %s), a accouché hier; signalement DPJ fait ce matin (consommation active, pas de logement stable)." ,
        "%s %s (dos. %s) quitte l'hôpital sans domicile fixe; demande d'hébergement d'urgence et de suivi en dépendance.",
        "%s %s (dos. %s) déclare de la violence conjugale; plan de sécurité fait, ne pas divulguer son adresse actuelle au conjoint.",
        "%s %s (dos. %s) : statut d'immigration précaire, sans RAMQ, demande d'aide financière de dernier recours en cours."])
    body = greet(ctx, 'fr', b) + what % (p['first'], p['last'], p['mrn']) + "\nJe vous appelle cet après-midi.\n"
    return dict(cat='social_work', lang='fr', subject=ctx.c(['Suivi psychosocial', 'Signalement', 'URGENT - travail social', 'Situation sociale']),
                body=body + sig(ctx, 'fr', a), **{'from': frm}, to=[to], types=['patient_name', 'mrn', 'social_information'],
                note='social work mail: named patient with chart number and youth-protection/housing/violence/immigration situation')


def p_billing_csv(ctx):
    a, frm = me(ctx, 'en'); b, to = ext(ctx, 'en', doms=['facturation-medicale-plus.example'])
    rows = [['NAM', 'Nom', 'Prenom', 'DDN', 'Date_service', 'Code_acte', 'Dx_CIM9']]
    for i in range(ctx.rng.randint(4, 8)):
        p = ctx.nam_person()
        rows.append([p['nam'], p['last'], p['first'], p['dob'], ctx.date().isoformat(), ctx.c(['00094', '08877', '15182', '00093']),
                     ctx.c(['4280', '4912', '25000', '4019', '2962'])])
    body = greet(ctx, 'en', b) + "Here's the October batch for the billing agency. %d rows. Let me know if rejects.\n" % (len(rows) - 1) + sig(ctx, 'en', a)
    return dict(cat='billing', lang='en', subject=ctx.c(['Billing batch Oct', 'RAMQ billing - rejects', 'facturation oct']),
                body=body, **{'from': frm}, to=[to], atts=[('facturation_oct.csv', 'text/csv', make_csv(rows, ctx.c([',', ';'])))],
                types=['ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis'],
                note='billing CSV with NAM, names, DOB and diagnosis codes per patient')


def p_research_xlsx(ctx):
    a, frm = me(ctx); b, to = ext(ctx, doms=['crc-exemple.example', 'cro-partner.example'])
    rows = [['Participant', 'Nom', 'Dossier', 'Visite', 'EI', 'Commentaire']]
    for i in range(ctx.rng.randint(4, 7)):
        p = ctx.patient(ctx.c(['fr', 'en']))
        rows.append(['ETU-%03d' % (i + 11), '%s %s' % (p['first'], p['last']), p['mrn'], 'V%d' % ctx.rng.randint(1, 6),
                     ctx.c(['aucun', 'nausées gr 2', 'neutropénie gr 3', 'hospitalisé (pneumonie)']), ''])
    x = make_xlsx('Suivi', rows)
    body = greet(ctx, 'fr', b) + "Voici le suivi des visites pour l'étude %s. J'ai laissé les noms pour la réconciliation, à retirer avant envoi au promoteur.\n" % ctx.c(['ONCO-22', 'CARDIO-HF3', 'NEPH-07']) + sig(ctx, 'fr', a)
    return dict(cat='research_coordination', lang='fr', subject=ctx.c(['Suivi participants', 'tableau visites', 'Recrutement - mise à jour']),
                body=body, **{'from': frm}, to=[to], atts=[('suivi_visites.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)],
                types=['patient_name', 'mrn', 'diagnosis'], note='research tracking XLSX with participant names, chart numbers and adverse events')


def p_incident(ctx):
    p = ctx.patient('fr', 60, 95); a, frm = me(ctx); b, to = me(ctx)
    body = greet(ctx, 'fr') + "Rapport AH-223 #%d : chute de %s %s (dossier %s), ch. %d, %s, nuit du %s. %s\n\nDéclaration faite au comité de gestion des risques.\n" % (
        ctx.rng.randint(10000, 99999), p['first'], p['last'], p['mrn'], ctx.rng.randint(401, 640), ctx.c(UNITS[:6]), dfr(ctx.date()),
        ctx.c(['Fracture de hanche G confirmée à la radio.', 'Plaie au cuir chevelu, 4 points.', 'Sous anticoagulant, TDM cérébrale négative.']))
    return dict(cat='incident_report', lang='fr', subject=ctx.c(['Déclaration incident/accident', 'AH-223 chute', 'Rapport incident']),
                body=body + sig(ctx, 'fr', a), **{'from': frm}, to=[to], types=['patient_name', 'mrn', 'diagnosis'],
                note='incident report of a fall naming the patient with chart number and injury')


def p_belgian(ctx):
    p = ctx.patient('be'); dob = dt.date.fromisoformat(p['dob']); niss = ctx.ident(p, 'niss')
    a, frm = me(ctx); b, to = ext(ctx, pool=BE_STAFF, doms=BE_DOM)
    dx, rx = ctx.c(DX_FR)
    niss_s = ctx.c([niss, '%s.%s.%s-%s.%s' % (niss[:2], niss[2:4], niss[4:6], niss[6:9], niss[9:]), '%s %s %s' % (niss[:6], niss[6:9], niss[9:])])
    body = "Cher confrère,\n\nSuite à notre appel, je vous transmets les infos pour le rapatriement de %s %s %s, %s le %s, NISS %s, %s chez nous depuis le %s pour %s. Traitement : %s.\n" \
           "La mutuelle a confirmé la prise en charge. Vol prévu le %s.\n\nConfraternellement,\n" % (
               civ(p), p['first'], p['last'].upper(), ne(p), dfr(p['dob']), niss_s, 'hospitalisée' if p['sex'] == 'F' else 'hospitalisé', dfr(ctx.date()), dx, rx, dfr(ctx.date((2026, 12, 1), 20)))
    return dict(cat='partner_transfer_be', lang='fr', subject=ctx.c(['Rapatriement - %s' % p['last'], 'Transfert patient belge', 'Retour en Belgique']),
                body=body + sig(ctx, 'fr', a), **{'from': frm}, to=[to], types=['patient_name', 'be_niss', 'date_of_birth', 'diagnosis', 'medication'],
                note='repatriation to Belgian partner: name, NISS, DOB, diagnosis, treatment')


def p_french(ctx):
    p = ctx.patient('fra'); dob = dt.date.fromisoformat(p['dob']); nir = ctx.ident(p, 'nir')
    a, frm = me(ctx); b, to = ext(ctx, pool=FR_FR_STAFF, doms=FRA_DOM)
    dx, rx = ctx.c(DX_FR)
    nir_s = ctx.c([nir, '%s %s %s %s %s %s %s' % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:])])
    lines = ['Patient(e) : %s %s' % (p['last'].upper(), p['first']), 'N° de sécurité sociale : %s' % nir, 'Date de naissance : %s' % dfr(p['dob']),
             'Motif : %s' % dx, 'Traitement en cours : %s' % rx, 'Conclusion : stable, retour en France autorisé.']
    atts = []
    if ctx.rng.random() < .5:
        atts = [('CR_%s.pdf' % ascii_fold(p['last']), 'application/pdf', make_pdf('Compte rendu de consultation', lines))]
        body = "Bonjour %s,\n\nCi-joint le compte rendu pour %s %s (NIR %s).\nBien à vous,\n" % (b[1], civ(p), p['last'], nir_s)
    else:
        body = "Bonjour %s,\n\nComme convenu, voici le CR :\n\n" % b[1] + '\n'.join(lines) + '\n\nBien cordialement,\n'
    return dict(cat='partner_report_fr', lang='fr', subject=ctx.c(['Compte rendu - %s' % p['last'], 'CR consultation', 'Patiente suivie à Montréal']),
                body=body + sig(ctx, 'fr', a), **{'from': frm}, to=[to], atts=atts,
                types=['patient_name', 'fr_nir', 'date_of_birth', 'diagnosis', 'medication'] if not atts else ['patient_name', 'fr_nir', 'date_of_birth', 'diagnosis', 'medication'],
                note='report to French partner with patient name, NIR, DOB, diagnosis (body or PDF)')


def p_ics(ctx):
    p = ctx.patient('en'); a, frm = me(ctx, 'en'); mrn = p['mrn']
    att = [ext(ctx, 'en')[1] for _ in range(2)] + [me(ctx, 'en')[1]]
    start = dt.datetime.combine(ctx.date(), dt.time(ctx.c([9, 13, 14, 15]), 0))
    summ = ctx.c(['Family meeting - %s %s (%s)' % (p['first'], p['last'], mrn), 'GOC meeting %s, MRN %s' % (p['last'], mrn)])
    ics = make_ics('%x@chu-exemple.example' % ctx.rng.getrandbits(40), summ, start, 60, frm, att,
                   'Goals of care discussion, metastatic disease, daughter attending. Pall care consult.', 'Salle 7S-112')
    body = "Invitation: %s\n\nWhen: %s\nWhere: Salle 7S-112\n\nPlease confirm.\n" % (ctx.c(['family meeting 7S', 'GOC meeting']), start.strftime('%a %b %d %H:%M'))
    return dict(cat='calendar_invite', lang='en', subject=ctx.c(['Invitation: family meeting', 'Invitation: GOC meeting']),
                body=body, **{'from': frm}, to=att, atts=[('invite.ics', 'text/calendar', ics)],
                types=['patient_name', 'mrn', 'diagnosis'], note='ICS invitation whose summary names the patient with MRN; description has diagnosis')


def p_vcard(ctx):
    p = ctx.patient('fr', 60, 95); a, frm = me(ctx); b, to = ext(ctx, doms=['clsc-rive-nord.example'])
    v = make_vcf(p['first'], p['last'], None, ctx.phone(), ctx.home_address(), 'Usager SAD - pansement ulcère veineux 3x/sem, diabétique')
    body = greet(ctx, 'fr', b) + "Voici la fiche contact de l'usager pour le soutien à domicile, congé demain.\n" + sig(ctx, 'fr', a)
    return dict(cat='home_care', lang='fr', subject=ctx.c(['Contact usager SAD', 'Congé demain - SAD']), body=body, **{'from': frm}, to=[to],
                atts=[('%s_%s.vcf' % (ascii_fold(p['last']), ascii_fold(p['first'])), 'text/vcard', v)],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='vCard of a home-care patient with home phone, address and wound care note')


def p_zip(ctx):
    a, frm = me(ctx, 'en'); b, to = ext(ctx, 'en')
    rows = [['date', 'room', 'patient', 'mrn', 'procedure', 'surgeon']]
    for i in range(ctx.rng.randint(5, 8)):
        p = ctx.patient(ctx.c(['en', 'fr']))
        rows.append([ctx.date().isoformat(), 'OR%d' % ctx.rng.randint(1, 12), '%s %s' % (p['last'], p['first']), p['mrn'],
                     ctx.c(['lap chole', 'TKA R', 'CABG x3', 'TURP', 'hemicolectomy R']), 'Dr %s' % ctx.staff(EN_STAFF)[1]])
    z = make_zip([('or_schedule_week%d.csv' % ctx.rng.randint(40, 50), make_csv(rows).encode('utf-8')), ('readme.txt', b'OR schedule export\n')])
    body = greet(ctx, 'en', b) + "Zipped the OR schedule export you asked for. PW by text.\n" + sig(ctx, 'en', a)
    return dict(cat='or_schedule', lang='en', subject='OR schedule export', body=body, **{'from': frm}, to=[to],
                atts=[('or_export.zip', 'application/zip', z)], types=['patient_name', 'mrn', 'diagnosis'],
                note='ZIP containing CSV OR schedule with patient names, MRNs and procedures')


def p_fwd_eml(ctx):
    lang = ctx.lang_pick()
    inner_m = ctx.c([p_referral_qc, p_lab_critical, p_booking])(ctx) if lang == 'fr' else ctx.c([p_lab_critical, p_referral_on])(ctx)
    inner, _ = build(ctx, inner_m, 'plain')
    a, frm = me(ctx, lang); b, to = ext(ctx, lang)
    body = (greet(ctx, lang, b) + ("Je te transfère le courriel ci-joint, peux-tu t'en occuper?\n" if lang == 'fr' else
                                   "FYI see attached, can you action this?\n")) + sig(ctx, lang, a)
    return dict(cat='forward_attached', lang=lang, subject=('TR: ' if lang == 'fr' else 'FW: ') + inner_m['subject'], body=body,
                **{'from': frm}, to=[to], atts=[('message.eml', 'message/rfc822', inner)], types=inner_m['types'],
                note='forward as attached .eml; the inner message carries the patient data (' + inner_m['cat'] + ')')


def p_inline_fwd(ctx):
    inner_m = p_referral_on(ctx) if ctx.rng.random() < .5 else p_lab_critical(ctx)
    a, frm = me(ctx, 'en'); b, to = ext(ctx, 'en')
    body = "Please see below and book. Thx\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nSubject: %s\n\n%s" % (
        inner_m['from'][0], inner_m['from'][1], inner_m['subject'], inner_m['body'])
    return dict(cat='forward_inline', lang='en', subject='Fwd: ' + inner_m['subject'], body=body, **{'from': frm}, to=[to],
                types=inner_m['types'], note='inline forward of a message carrying patient data')


def p_disguised(ctx):
    p = ctx.nam_person(); lang = ctx.lang_pick(); a, frm = me(ctx, lang); b, to = ext(ctx, lang)
    style = ctx.c(['fw', 'letters', 'split', 'slash', 'words'])
    n = p['nam']
    if style == 'split':
        nid = '%s\n%s' % (n[:6], n[6:])
    elif style == 'words':
        nid = '%s (4 lettres) puis %s %s' % (n[:4], n[4:8], n[8:]) if lang == 'fr' else '%s then %s-%s' % (n[:4].lower(), n[4:8], n[8:])
    else:
        nid = fmt_nam(ctx.rng, n, style)
    if lang == 'fr':
        body = "Je mets le NAM en morceaux pour que le filtre ne bloque pas :\n%s\n%s, %s, %s ans, suivi pour %s.\n" % (
            nid, p['last'], p['first'], age_of(p['dob']), ctx.c(DX_FR)[0])
        subj = ctx.c(['info', 'pour ton dossier', 'comme demandé'])
    else:
        body = "Spacing it out so the mail doesn't bounce:\n%s\nPt %s %s, DOB %s, f/u for %s.\n" % (nid, p['first'], p['last'], p['dob'], ctx.c(DX_EN)[0])
        subj = ctx.c(['info you asked', 'as discussed', 'the number'])
    return dict(cat='disguised_identifier', lang=lang, subject=subj, body=body + sig(ctx, lang, a), **{'from': frm}, to=[to],
                types=['ramq_nam', 'patient_name', 'diagnosis'] + (['date_of_birth'] if lang == 'en' else []),
                note='NAM deliberately disguised (%s) next to patient name and condition' % style)


def p_subject_only(ctx):
    p = ctx.nam_person(); a, frm = me(ctx); b, to = ext(ctx)
    subj = ctx.c(['%s %s %s - résultat biopsie positif' % (p['last'].upper(), p['first'], p['nam']),
                  '%s, %s NAM %s rappeler svp (VIH)' % (p['last'], p['first'], fmt_nam(ctx.rng, p['nam'], 'sp')),
                  'Résultat %s %s / %s : HbA1c 11,4' % (p['last'], p['first'], p['nam'])])
    body = ctx.c(['svp rappeler', 'Voir objet. Merci', 'cf objet', '.\n\nEnvoyé de mon iPhone'])
    types = ['patient_name', 'ramq_nam', 'diagnosis' if 'VIH' in subj or 'biopsie' in subj else 'lab_result']
    return dict(cat='subject_only', lang='fr', subject=subj, body=body, **{'from': frm}, to=[to], types=types,
                note='all patient data is in the Subject line (name, NAM, result); body nearly empty')


def p_split(ctx):
    p = ctx.patient('fr'); a, frm = me(ctx); b, to = me(ctx)
    dx = ctx.c(DX_FR)[0]
    return dict(cat='subject_body_split', lang='fr', subject='%s %s' % (p['last'], p['first']),
                body="dossier %s\n%s, à revoir lundi.\n" % (p['mrn'], dx) + sig(ctx, 'fr', a), **{'from': frm}, to=[to],
                types=['patient_name', 'mrn', 'diagnosis'], note='patient name only in Subject, chart number and diagnosis only in body')


def p_sin_claim(ctx):
    p = ctx.patient(ctx.c(['en', 'fr'])); a, frm = me(ctx, 'en'); b, to = ext(ctx, 'en', doms=['wsib-claims-partner.example', 'insurer-sunlife-partner.example'])
    sin = ctx.ident(p, 'sin'); sin_s = ctx.c([sin, '%s %s %s' % (sin[:3], sin[3:6], sin[6:]), '%s-%s-%s' % (sin[:3], sin[3:6], sin[6:])])
    body = greet(ctx, 'en', b) + ("Re: claim for %s %s, SIN %s, DOB %s.\nWorkplace injury %s: %s. Off work 6 weeks, physio 2x/wk.\n"
                                  "Form attached to follow by fax.\n" % (p['first'], p['last'], sin_s, den(p['dob']), den(ctx.date()),
                                                                        ctx.c(['L4-L5 disc herniation', 'R wrist fracture', 'rotator cuff tear', 'concussion'])))
    return dict(cat='insurance_claim', lang='en', subject=ctx.c(['Claim - %s' % p['last'], 'Disability claim form', 'WSIB claim info']),
                body=body + sig(ctx, 'en', a), **{'from': frm}, to=[to], types=['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis'],
                note='insurance claim with patient name, SIN, DOB and injury')


def p_same_surname(ctx):
    # hard case: patient shares the attending's surname
    a, frm = me(ctx, 'en'); b, to = ext(ctx, 'en')
    f, sx = ctx.c([('Jean', 'M'), ('Robert', 'M'), ('Claire', 'F')])
    p = dict(first=f, last=a[1], sex=sx)
    mrn = gen_mrn(ctx.rng)
    body = greet(ctx, 'en') + "No relation :) but %s %s, MRN %s, is on my list for ERCP Thursday - choledocholithiasis, bili 78. Can you squeeze in?\n" % (
        p['first'], p['last'], mrn) + sig(ctx, 'en', a)
    return dict(cat='booking', lang='en', subject='ERCP add-on', body=body, **{'from': frm}, to=[to],
                types=['patient_name', 'mrn', 'diagnosis', 'lab_result'], note='patient sharing the physician-sender surname, with MRN and diagnosis')


def p_physio_list(ctx):
    a, frm = me(ctx); tos = [me(ctx)[1] for _ in range(2)]
    unit = ctx.c(['6N', '7S', '8O'])
    lines = []
    for _ in range(ctx.rng.randint(5, 8)):
        p = ctx.patient('fr', 50, 95)
        lines.append('%s %s. — %s-%d — dos. %s — %s' % (p['last'], p['first'][0], unit, ctx.rng.randint(401, 440), p['mrn'],
                                                     ctx.c(['PTH G J2, MEC totale', 'PTG D J1', 'AVC sylvien G, héminégligence', 'déconditionnement, risque chute élevé', 'fx hanche opérée, MEC partielle'])))
    body = greet(ctx, 'fr') + "Liste physio/ergo %s pour demain :\n\n" % unit + '\n'.join(lines) + "\n\nPriorité aux congés prévus.\n" + sig(ctx, 'fr', a)
    return dict(cat='rehab_list', lang='fr', subject='liste physio ' + unit, body=body, **{'from': frm}, to=tos,
                types=['patient_name', 'mrn', 'diagnosis'], note='rehab work list that looks like a staff roster: surname + initial, room, chart number, diagnosis')


def p_ed_xlsx(ctx):
    a, frm = me(ctx, 'en'); tos = [me(ctx, 'en')[1] for _ in range(2)]
    rows = [['Stretcher', 'Name', 'Age', 'MRN', 'Complaint', 'Waiting for']]
    for i in range(ctx.rng.randint(5, 9)):
        p = ctx.patient(ctx.c(['en', 'fr']))
        rows.append(['C%02d' % (i + 1), '%s, %s' % (p['last'], p['first']), age_of(p['dob']), p['mrn'],
                     ctx.c(['chest pain', 'GI bleed', 'sepsis ?urinary', 'CHF', 'fall, ?hip fx', 'psych hold']), ctx.c(['bed 7S', 'CT', 'consult IM', 'psych'])])
    body = greet(ctx, 'en') + "ED boarders as of 06:00 attached for bed meeting.\n" + sig(ctx, 'en', a)
    return dict(cat='ed_boarders', lang='en', subject='ED boarders 0600', body=body, **{'from': frm}, to=tos,
                atts=[('ED_boarders.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('ED', rows))],
                types=['patient_name', 'mrn', 'diagnosis'], note='XLSX of ED boarders with names, ages, MRNs and complaints')


def p_be_reply(ctx):
    p = ctx.patient('be'); dob = dt.date.fromisoformat(p['dob']); niss = ctx.ident(p, 'niss')
    a, frm = me(ctx); b, to = ext(ctx, pool=BE_STAFF, doms=BE_DOM)
    q = ("Le %s, %s %s a écrit :\n> Bonjour,\n> Pourriez-vous nous confirmer la date de retour de %s %s (NISS %s) ?\n"
         "> Sa famille s'inquiète, la dialyse est organisée au CHR à partir du 15.\n> Bien à vous" % (dfr(ctx.date()), b[0], b[1], civ(p), p['last'], niss))
    body = "Bonjour %s,\n\nConfirmé pour le %s, vol de nuit, accompagnement infirmier.\n" % (b[0], dfr(ctx.date((2026, 12, 1), 14))) + sig(ctx, 'fr', a) + '\n\n' + q
    return dict(cat='partner_transfer_be', lang='fr', subject='RE: retour de %s %s' % (civ(p), p['last']), body=body, **{'from': frm}, to=[to],
                reply=to[1].split('@')[1], types=['patient_name', 'be_niss', 'diagnosis'],
                note='short reply whose quoted Belgian message carries the patient name, NISS and dialysis')


def p_docx_letter(ctx):
    p = ctx.nam_person(); a, frm = me(ctx); b, to = ext(ctx)
    dx, rx = ctx.c(DX_FR)
    d = make_docx('Lettre de consultation', ['Montréal, le %s' % dfr(ctx.date()), 'Objet : %s %s — NAM %s — DDN %s' % (p['last'].upper(), p['first'], p['nam'], p['dob']),
                                             'Cher collègue,', 'J\'ai vu en consultation votre patient(e) pour %s. Je recommande %s.' % (dx, rx),
                                             'Dr %s %s' % a])
    body = greet(ctx, 'fr', b) + "Lettre en pj.\n" + sig(ctx, 'fr', a)
    return dict(cat='consult_letter', lang='fr', subject=ctx.c(['Lettre consultation', 'Consultation - lettre']), body=body, **{'from': frm}, to=[to],
                atts=[('lettre_consult.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', d)],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'], note='consultation letter DOCX with name, NAM, DOB, diagnosis')


def p_pharmacy(ctx):
    p = ctx.patient('fr', 20, 60); a, frm = me(ctx); b, to = ext(ctx, doms=['pharmacie-dufresne.example', 'pharmacie-plateau.example'])
    body = greet(ctx, 'fr', b) + ("Congé aujourd'hui de %s %s (dossier %s). Reprise méthadone %d mg die, dernière dose reçue ici ce matin 8h; "
                                  "prise observée svp. Suivi au CRD. Naloxone remise.\n" % (p['first'], p['last'], p['mrn'], ctx.rng.choice([60, 80, 95, 110])))
    return dict(cat='pharmacy', lang='fr', subject=ctx.c(['Congé - TAO', 'Méthadone - congé', 'Transmission pharmacie']), body=body + sig(ctx, 'fr', a),
                **{'from': frm}, to=[to], types=['patient_name', 'mrn', 'medication', 'social_information'],
                note='pharmacy handover of opioid agonist therapy for a named patient with chart number')


def p_mrn_only(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); b, to = me(ctx, lang)
    mrn = gen_mrn(ctx.rng)
    if lang == 'fr':
        body = ctx.c(["Dossier %s : sérologie VIH positive, Western blot en cours. Rappeler l'usager avant vendredi, ne pas laisser de message.\n",
                      "Pour le dossier %s, la biopsie revient adénocarcinome, RDV à devancer stp.\n"]) % mrn
        subj = ctx.c(['résultat à rappeler', 'urgent - résultat', 'dossier ' + mrn])
    else:
        body = ctx.c(["Chart %s: HIV serology positive, confirmatory pending. Pls call pt before Fri, do not leave voicemail.\n",
                      "Re MRN %s - path came back adenocarcinoma, need to move up the appt.\n"]) % mrn
        subj = ctx.c(['result to call back', 'path result', 'MRN ' + mrn])
    return dict(cat='identifier_only', lang=lang, subject=subj, body=body + sig(ctx, lang, a), **{'from': frm}, to=[to],
                types=['mrn', 'diagnosis', 'lab_result'], note='chart number alone (no name) with a sensitive result')


POSITIVES = [(p_referral_qc, 4), (p_referral_on, 4), (p_signout_en, 4), (p_liste_garde, 4), (p_consult_reply, 4), (p_booking, 4),
             (p_lab_critical, 3), (p_discharge_pdf, 4), (p_medrec_docx, 3), (p_transport, 4), (p_homecare, 3), (p_social, 4),
             (p_billing_csv, 3), (p_research_xlsx, 3), (p_incident, 3), (p_belgian, 5), (p_french, 5), (p_ics, 2), (p_vcard, 2),
             (p_zip, 2), (p_fwd_eml, 3), (p_inline_fwd, 2), (p_disguised, 4), (p_subject_only, 3), (p_split, 2), (p_sin_claim, 2),
             (p_same_surname, 1), (p_physio_list, 2), (p_ed_xlsx, 1), (p_be_reply, 1), (p_docx_letter, 1), (p_pharmacy, 1), (p_mrn_only, 2)]


# ============================================================================ NEGATIVE categories
def N(cat, lang, subj, body, frm, to, note, **kw):
    d = dict(cat=cat, lang=lang, subject=subj, body=body, to=to, types=[], note=note, **kw)
    d['from'] = frm
    return d


def n_staff_sched_fr(ctx):
    a, frm = me(ctx); tos = [me(ctx)[1] for _ in range(ctx.rng.randint(2, 4))]
    rows = ['|Date|Unité|Résident|Patron de garde|Téléavertisseur|']
    for i in range(7):
        d = ctx.date((2026, 12, 1), 30)
        r = ctx.staff(); s = ctx.staff()
        rows.append('|%s|%s|%s %s (R%d)|Dr %s|%d|' % (dfr(d), ctx.c(UNITS[:6]), r[1].upper(), r[0][0] + '.', ctx.rng.randint(1, 5), s[1], ctx.rng.randint(1000, 9999)))
    body = greet(ctx, 'fr') + "Voici l'horaire de garde des résidents de médecine interne pour décembre. Les échanges doivent être approuvés par la coordonnatrice.\n\n" + \
        '\n'.join(rows) + "\n\nMerci de vérifier vos dates.\n" + sig(ctx, 'fr', a)
    return N('staff_schedule', 'fr', ctx.c(['Horaire de garde - décembre', 'Garde résidents MI déc.', 'Calendrier de garde v2']), body, frm, tos,
             'resident on-call roster: staff names, units, pagers (looks like a list but no patients)')


def n_oncall_en(ctx):
    a, frm = me(ctx, 'en'); tos = [me(ctx, 'en')[1] for _ in range(3)]
    lines = ['%s: %s %s (pager %d) / backup Dr. %s' % (d.strftime('%a %b %d'), s[0], s[1], ctx.rng.randint(1000, 9999), ctx.staff(EN_STAFF)[1])
             for d, s in [(ctx.date((2026, 12, 1), 31), ctx.staff(EN_STAFF)) for _ in range(6)]]
    body = greet(ctx, 'en') + "Holiday call schedule for Cardiology is final:\n\n" + '\n'.join(sorted(lines)) + \
        "\n\nSwaps through me only. Switchboard has the updated list (514-555-4000).\n" + sig(ctx, 'en', a)
    return N('staff_schedule', 'en', ctx.c(['Holiday call schedule', 'Call schedule Dec', 'On-call - final']), body, frm, tos, 'staff on-call schedule')


def n_hr_leave(ctx):
    a, frm = me(ctx); emp = ctx.staff(); b, to = me(ctx)
    mat = luhn_complete(ctx.rng, '7', 9)
    body = greet(ctx, 'fr', b) + ctx.c([
        "%s %s (matricule %s) sera en congé de maladie du %s au %s (chirurgie élective). Merci d'ajuster l'horaire du 6 Nord.\n",
        "Suite au retour progressif de %s %s (matricule %s), le médecin du travail recommande des quarts de jour seulement du %s au %s.\n",
        "%s %s (matricule %s) est en congé parental à partir du %s jusqu'au %s. Poste affiché à l'interne.\n"]) % (
        emp[0], emp[1], mat, dfr(ctx.date()), dfr(ctx.date((2026, 12, 1))))
    return N('hr', 'fr', ctx.c(['Absence - ajustement horaire', 'Retour progressif', 'Congé employé']), body + sig(ctx, 'fr', a), frm, [to],
             'HR mail about an employee leave with employee number (staff, not patient)')


def n_minutes(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); tos = [me(ctx, lang)[1] for _ in range(3)]
    pres = ', '.join('%s %s' % x for x in ctx.rng.sample(FR_STAFF if lang == 'fr' else EN_STAFF, 5))
    if lang == 'fr':
        text = ["Procès-verbal — Comité de prévention des infections, %s" % dfr(ctx.date()), "Présents : " + pres, "",
                "1. Adoption de l'ordre du jour : adopté.", "2. Surveillance : %d cas de C. difficile nosocomial en octobre (taux 4,1/10 000 jours-présence), "
                "%d ERV, éclosion d'influenza à l'unité 4B fermée le %s." % (ctx.rng.randint(2, 9), ctx.rng.randint(0, 5), dfr(ctx.date())),
                "3. Hygiène des mains : conformité 78 % (cible 80 %).", "4. Varia : audit des chariots d'isolement.", "Prochaine rencontre : %s" % dfr(ctx.date((2026, 12, 1)))]
        subj = 'PV comité PCI'
    else:
        text = ["Minutes - Pharmacy & Therapeutics Committee, %s" % den(ctx.date()), "Present: " + pres, "",
                "1. Formulary: apixaban generic switch approved.", "2. Medication incidents Q3: %d reported, %d with harm (none severe)." % (ctx.rng.randint(40, 90), ctx.rng.randint(1, 5)),
                "3. Antimicrobial stewardship: carbapenem DOT down 12%.", "4. Next meeting: %s" % den(ctx.date((2026, 12, 1)))]
        subj = 'P&T minutes'
    atts = []
    if ctx.rng.random() < .5:
        atts = [('PV.docx' if lang == 'fr' else 'minutes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(text[0], text[1:]))]
        body = greet(ctx, lang) + ('Vous trouverez le PV en pièce jointe.' if lang == 'fr' else 'Minutes attached.') + '\n' + sig(ctx, lang, a)
    else:
        body = '\n'.join(text) + '\n' + sig(ctx, lang, a)
    return N('committee_minutes', lang, subj, body, frm, tos, 'committee minutes with aggregate counts only', atts=atts)


def n_newsletter(ctx):
    a, frm = me(ctx)
    topic = ctx.c([("Saison grippale", "La vaccination antigrippale du personnel débute le 2 novembre. %d employés vaccinés la première semaine. "
                    "Rappel : oseltamivir selon l'ordonnance collective OC-12."),
                   ("Nouveau protocole insuline", "Le protocole d'insulinothérapie sous-cutanée est en vigueur. Les %d patients diabétiques hospitalisés "
                    "en moyenne par jour bénéficieront d'un suivi glycémique harmonisé."),
                   ("Sepsis : chaque heure compte", "Depuis janvier, %d cas de sepsis ont été pris en charge à l'urgence avec un délai médian d'antibiotique de 52 min.")])
    body = "INFO-CHU — Bulletin hebdomadaire\n\n%s\n%s\n\nAussi cette semaine : ouverture de la nouvelle salle d'allaitement, résultats du sondage de mobilisation, "\
           "et hommage à Dre %s pour ses 30 ans de carrière en néphrologie.\n\nPour vous désabonner : communications@chu-exemple.example\n" % (
               topic[0], topic[1] % ctx.rng.randint(30, 900), ctx.staff()[1])
    return N('newsletter', 'fr', 'INFO-CHU | ' + topic[0], body, ('Communications CHU Exemple', 'communications@' + DOM),
             [('Tout le personnel', 'tous@' + DOM)], 'internal newsletter about disease/drug topics, aggregates only')


def n_conference(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang)
    talks = [('Dr. %s %s' % ctx.staff(EN_STAFF + FR_STAFF), t) for t in ctx.rng.sample(
        ['Heart failure with preserved EF: what is new', 'Managing hepatitis C in people who inject drugs', 'Early-onset dementia: diagnostic pitfalls',
         'Lymphoma in the elderly', 'HIV PrEP in 2026', 'Delirium prevention on surgical wards', 'Pediatric asthma action plans'], 4)]
    body = (greet(ctx, lang) + ("Programme of the %s Medical Grand Rounds:\n\n" % ctx.c(['December', 'Winter']) if lang == 'en' else
                                "Programme des grandes conférences de médecine :\n\n") +
            '\n'.join('%s %s — %s: "%s"' % (den(ctx.date((2026, 12, 1))), ctx.c(['8h00', '12h00']), s, t) for s, t in talks) +
            ("\n\nAmphithéâtre Roger-Gaudry & Teams. 1 credit/hr (Section 1).\n" if lang == 'en' else "\n\nAmphithéâtre, aussi sur Teams. Crédits DPC.\n"))
    return N('conference_programme', lang, ctx.c(['Grand Rounds programme', 'Conférences midi', 'Medical Grand Rounds - December']),
             body + sig(ctx, lang, a), frm, [('Département de médecine', 'medecine-tous@' + DOM)], 'conference programme: speakers next to disease topics')


def n_job(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang)
    post = ctx.c(['Infirmière clinicienne — Hémato-oncologie', 'Agent(e) administratif(ve) classe 2 — Archives médicales',
                  'Technologue en imagerie médicale', 'Pharmacien(ne) — soins intensifs', 'Analyste en sécurité informatique'])
    body = ("Affichage interne n° %d-%d\n\nTitre : %s\nStatut : temps complet permanent\nQuart : jour/soir\nÉchelle salariale : %d,%02d $ à %d,%02d $\n"
            "Exigences : permis valide, 2 ans d'expérience.\nPostuler avant le %s via le portail RH.\n" % (
                2026, ctx.rng.randint(100, 999), post, ctx.rng.randint(25, 35), ctx.rng.randint(0, 99), ctx.rng.randint(40, 55), ctx.rng.randint(0, 99), dfr(ctx.date((2026, 12, 1)))))
    if lang == 'en':
        body = "Internal posting #%d\n\nPosition: %s\nFull time, permanent. Bilingualism required.\nApply through the HR portal before %s.\n" % (
            ctx.rng.randint(1000, 9999), post, den(ctx.date((2026, 12, 1))))
    return N('job_posting', lang, ('Affichage : ' if lang == 'fr' else 'Job posting: ') + post, body + sig(ctx, lang, a), frm,
             [('Dotation', 'dotation@' + DOM)], 'job posting')


def n_invoice(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); b, to = ext(ctx, lang, doms=['medivendor.example', 'fournitures-medicales-qc.example', 'labequip.example'])
    items = [(ctx.c(['Gants nitrile M (bte 100)', 'Cathéter IV 20G', 'Seringue 10 mL', 'Pansement Mepilex 10x10', 'Tubulure pompe Alaris']),
              ctx.rng.randint(5, 200), ctx.rng.randint(2, 90) + .5, 'LOT' + luhn_complete(ctx.rng, '4', 10)) for _ in range(4)]
    rows = [['Article', 'Qté', 'Prix unitaire', 'Lot']] + [[i[0], i[1], i[2], i[3]] for i in items]
    po = 'BC-%d' % ctx.rng.randint(4500000000, 4599999999)
    x = make_xlsx('Facture', rows + [['Fournisseur', luhn_complete(ctx.rng, '1', 9), '', '']])
    body = greet(ctx, lang, b) + (("Please find attached invoice for PO %s. Payment terms net 30. GST/QST numbers on the invoice.\n") if lang == 'en' else
                                  "Ci-joint la facture du bon de commande %s. Conditions : net 30 jours.\n") % po
    return N('invoice', lang, ('Invoice ' if lang == 'en' else 'Facture ') + po, body + sig(ctx, lang, a), frm, [to],
             'invoice / purchase order with lot numbers and supplier number (checksum-valid look-alikes)',
             atts=[('facture_%s.xlsx' % po, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)])


def n_it_outage(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang)
    nas = 'NAS-%s-%02d' % (ctx.c(['PAV-D', 'CRCHUE', 'ARCH']), ctx.rng.randint(1, 9))
    sn = luhn_complete(ctx.rng, '8', 12)
    if lang == 'fr':
        body = ("AVIS DE MAINTENANCE\n\nLe serveur de stockage %s (n° de série %s) sera arrêté le %s de 22h à 2h pour remplacement de disques. "
                "Les lecteurs partagés J: et K: seront indisponibles. Le DPE et Cristal-Net ne sont pas touchés.\n\nCentre de services TI — poste 4357\n") % (nas, sn, dfr(ctx.date()))
        subj = ctx.c(['Maintenance planifiée - %s' % nas, 'Interruption lecteurs réseau', 'Panne NAS résolue'])
    else:
        body = ("Service interruption: Citrix and %s (S/N %s) down Sat %s 23:00-03:00 for firmware upgrade. Save your work. "
                "Ticket INC%07d.\n\nIT Service Desk x4357\n") % (nas, sn, den(ctx.date()), ctx.rng.randint(10 ** 6, 10 ** 7))
        subj = 'Planned outage - Citrix/NAS'
    return N('it_notice', lang, subj, body, ('Centre de services TI', 'servicedesk@' + DOM), [('Tous', 'tous@' + DOM)],
             'IT maintenance notice: NAS (network storage) with serial number')


def n_it_asset(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); b, to = me(ctx, lang)
    imei = luhn_complete(ctx.rng, '35', 15)
    rows = [['Asset tag', 'Model', 'Serial', 'IMEI', 'User']]
    for i in range(ctx.rng.randint(3, 6)):
        u = ctx.staff(FR_STAFF + EN_STAFF)
        rows.append(['CHU-%06d' % ctx.rng.randint(0, 999999), ctx.c(['Latitude 5450', 'iPhone 15', 'ThinkPad T14', 'Zebra TC52']),
                     luhn_complete(ctx.rng, '5', 11), luhn_complete(ctx.rng, '35', 15), '%s %s' % u])
    body = greet(ctx, lang, b) + ("Your replacement device is ready (IMEI %s). Please return the old one to room D-02.104. Inventory attached.\n" % imei if lang == 'en'
                                  else "Votre appareil de remplacement est prêt (IMEI %s). Retournez l'ancien au local D-02.104. Inventaire en pj.\n" % imei)
    return N('it_asset', lang, ctx.c(['Device replacement', 'Remplacement cellulaire', 'Inventaire postes']), body + sig(ctx, lang, a), frm, [to],
             'IT asset mail with IMEIs, serials and asset tags (checksum-valid look-alikes)', atts=[('inventaire.csv', 'text/csv', make_csv(rows, ';'))])


def n_facilities(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang)
    t = ctx.c([("Stationnement P3 fermé", "Le stationnement P3 sera fermé du %s au %s pour travaux de déneigement. Utilisez le P1 (accès rue Sanguinet). Vignettes valides."),
               ("Cafétéria - menu des Fêtes", "Le repas des Fêtes sera servi le %s de 11h à 14h. Option végé disponible. Cafétéria fermée le %s au soir."),
               ("Coupure d'eau pavillon C", "Coupure d'eau chaude au pavillon C le %s de 6h à 9h, puis essai des génératrices le %s.")])
    body = t[1] % (dfr(ctx.date()), dfr(ctx.date())) + "\n\nServices techniques — poste 5555\n"
    if lang == 'en':
        body = "Parking lot P3 closed %s to %s for snow removal. Use P1. Shuttle every 15 min from the Berri metro.\n\nFacilities x5555\n" % (den(ctx.date()), den(ctx.date()))
        t = ('Parking P3 closure', '')
    return N('facilities', lang, t[0], body, ('Services techniques', 'services-techniques@' + DOM), [('Tous', 'tous@' + DOM)], 'facilities notice')


def n_public_health(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang)
    n1, n2 = ctx.rng.randint(20, 400), ctx.rng.randint(2, 40)
    if lang == 'fr':
        body = ("Bulletin de vigie — Direction régionale de santé publique\n\nSemaine %d : %d cas d'influenza A confirmés sur le territoire, %d éclosions en CHSLD, "
                "%d cas de rougeole liés à un voyage. Positivité VRS 14 %%.\nRecommandation : masque en salle d'attente, vaccination.\n") % (ctx.rng.randint(40, 50), n1, n2, ctx.rng.randint(0, 4))
        subj = 'Vigie - influenza et VRS'
    else:
        body = "Public health advisory: %d confirmed measles cases in the region (week %d), %d hospitalized. Verify staff immunity. No patient info to be sent by email.\n" % (n2, ctx.rng.randint(40, 50), ctx.rng.randint(0, 5))
        subj = 'Measles advisory'
    return N('public_health', lang, subj, body + sig(ctx, lang, a), frm, [('Médecins', 'medecins@' + DOM)], 'public health bulletin with aggregate case counts')


def n_teaching(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang)
    if lang == 'fr':
        case = ctx.c(["Un homme de %d ans, diabétique, se présente à l'urgence pour dyspnée progressive et œdème des membres inférieurs. TA 168/94, crépitants bibasaux. BNP 1450.",
                      "Une femme de %d ans consulte pour fatigue et perte de poids de 8 kg. Hb 94, ferritine 6. Quelle est votre démarche ?",
                      "Un patient de %d ans sous warfarine présente une hématurie. INR 6,2. Discutez de la prise en charge."]) % ctx.rng.randint(25, 85)
        body = greet(ctx, 'fr') + "Cas clinique pour l'APP de jeudi (externes, groupe %d) :\n\n%s\n\nQuestions : diagnostic différentiel, investigation, traitement initial.\n" % (ctx.rng.randint(1, 8), case)
        subj = 'Cas APP jeudi'
    else:
        case = ctx.c(["A %d-year-old woman presents with fever, dysuria and flank pain. WBC 16. What is your management?",
                      "A %d-year-old man with a history of alcohol use disorder presents with confusion and ataxia. Discuss.",
                      "A %d-year-old with new AFib and CHA2DS2-VASc of 3: anticoagulate?"]) % ctx.rng.randint(25, 85)
        body = greet(ctx, 'en') + "Case for Friday morning report:\n\n%s\n\nPlease prepare a 5-min differential.\n" % case
        subj = 'Morning report case'
    atts = []
    if ctx.rng.random() < .35:
        atts = [('cas_clinique.pdf', 'application/pdf', make_pdf('Cas clinique / Teaching case', [case, '', 'Objectifs : raisonnement clinique.']))]
    return N('teaching_case', lang, subj, body + sig(ctx, lang, a), frm, [('Externes', 'externes@' + DOM)], 'anonymised teaching case (age and findings only)', atts=atts)


def n_foundation(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang)
    frm = ('%s %s' % a, addr(a[0], a[1], 'fondation-chu-exemple.example'))
    donor = ctx.c([('Bernard', 'Lavallée'), ('Margaret', 'Holt'), ('Famille', 'Desjardins-Roy'), ('Henry', 'Ashworth')])
    amt = ctx.c(['5 000', '25 000', '100 000', '1 500'])
    to = ('%s %s' % donor, addr(donor[0], donor[1], 'gmail.example'))
    if lang == 'fr':
        body = "Cher(e) %s %s,\n\nAu nom de la Fondation du CHU Exemple, merci pour votre don de %s $ à la campagne « Cœur et innovation ». " \
               "Votre reçu fiscal n° %s est joint. Votre générosité soutient l'achat d'un nouvel appareil d'IRM.\n\nAvec reconnaissance,\n" % (
                   donor[0], donor[1], amt, luhn_complete(ctx.rng, '2', 9))
        subj = 'Merci pour votre don'
    else:
        body = "Dear %s %s,\n\nThank you for your gift of $%s to the Cancer Research Fund. Tax receipt #%s attached. " \
               "You are invited to our donor appreciation evening on %s.\n\nWith gratitude,\n" % (donor[0], donor[1], amt.replace(' ', ','), luhn_complete(ctx.rng, '2', 9), den(ctx.date((2026, 12, 1))))
        subj = 'Thank you for your gift'
    rec = make_pdf('Reçu officiel / Official receipt', ['Donateur : %s %s' % donor, 'Montant : %s $' % amt, 'N° organisme de bienfaisance : 10816 %d RR0001' % ctx.rng.randint(1000, 9999)])
    fsig = '\n%s %s\n%s\nFondation du CHU Exemple | 514 555-6200 | fondation-chu-exemple.example\nN° d\'enregistrement organisme de bienfaisance : 10816 2342 RR0001\n' % (
        a[0], a[1], 'Conseiller(ère) principal(e), dons majeurs' if lang == 'fr' else 'Senior Advisor, Major Gifts')
    return N('foundation', lang, subj, body + fsig, frm, [to], 'foundation donor thank-you with tax receipt (donor, not a patient)',
             atts=[('recu.pdf', 'application/pdf', rec)] if ctx.rng.random() < .6 else [])


def n_legal(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); b, to = ext(ctx, lang, doms=['cabinet-avocats-lemieux.example', 'notaires-associes.example'])
    if lang == 'fr':
        body = greet(ctx, 'fr', b) + ("Pour toute demande d'accès à un dossier médical, la procédure est la suivante : formulaire AR-12 signé par l'usager "
                                      "ou son mandataire, copie d'une pièce d'identité, délai de traitement de 20 jours (art. 19 LSSSS). Frais de reproduction selon le règlement. "
                                      "Nous ne pouvons transmettre aucun renseignement par courriel.\n\nLe formulaire vierge est joint.\n")
        subj = ctx.c(["Procédure - demande d'accès au dossier", 'Archives : délais de conservation', 'Réponse à votre demande (procédure)'])
        att = ('AR-12_formulaire_vierge.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
               make_docx("Demande d'accès au dossier de l'usager", ['Nom de l\'usager : ______________________', 'NAM : ____ ____ ____',
                                                                     'Date de naissance : __/__/____', 'Signature : ______________']))
    else:
        body = greet(ctx, 'en', b) + ("Records retention schedule reminder: inpatient charts are kept 10 years after last visit, minors until age 28. "
                                      "Destruction lots are certified by our vendor (certificate no. %s). Subpoenas must be served to the Legal Affairs office, not to the units.\n" % luhn_complete(ctx.rng, '6', 10))
        subj = 'Records retention / subpoenas'
        att = None
    return N('legal_archives', lang, subj, body + sig(ctx, lang, a), frm, [to], 'legal/archives mail about access procedure or retention, blank form',
             atts=[att] if att else [])


def n_blank_form(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); tos = [me(ctx, lang)[1]]
    if lang == 'fr':
        fields = ['Nom, prénom de l\'usager : ____________', 'NAM : __________  Exp. : __/__', 'N° de dossier : ________', 'Diagnostic : ____________',
                  'Transport : ☐ civière ☐ fauteuil ☐ assis']
        body = greet(ctx, 'fr') + "Nouvelle version du formulaire de demande de transport (gabarit). Merci de détruire les anciennes copies.\n"
        title, subj = 'Formulaire de demande de transport', 'Nouveau gabarit - demande transport'
    else:
        fields = ['Patient name: ____________', 'MRN: ________', 'DOB: YYYY-MM-DD', 'Allergies: ________', 'Home medications (list): ________']
        body = greet(ctx, 'en') + "Updated BPMH template attached (v3.2). Fields are fillable. Example MRN format: 1234567.\n"
        title, subj = 'Best Possible Medication History - template', 'BPMH template v3.2'
    kind = ctx.c(['docx', 'pdf'])
    att = ('gabarit.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, fields)) if kind == 'docx' else \
        ('template.pdf', 'application/pdf', make_pdf(title, fields))
    return N('blank_form', lang, subj, body + sig(ctx, lang, a), frm, tos, 'blank form/template with empty patient fields', atts=[att])


def n_research_admin(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); b, to = ext(ctx, lang, doms=['crc-exemple.example', 'cer-partenaire.example'])
    proj = 'MP-02-%d-%d' % (2026, ctx.rng.randint(1000, 9999))
    if lang == 'en':
        body = greet(ctx, 'en', b) + "The REB approved amendment 3 of %s. Recruitment to date: %d/120 participants (%d screen failures). DSMB meeting %s.\n" % (
            proj, ctx.rng.randint(20, 110), ctx.rng.randint(3, 20), den(ctx.date((2026, 12, 1))))
        subj = 'REB approval - ' + proj
    else:
        body = greet(ctx, 'fr', b) + "Le CER a approuvé la modification 3 du projet %s. Recrutement : %d participants sur 120. Rapport annuel à déposer avant le %s.\n" % (
            proj, ctx.rng.randint(20, 110), dfr(ctx.date((2026, 12, 1))))
        subj = 'Approbation CER - ' + proj
    return N('research_admin', lang, subj, body + sig(ctx, lang, a), frm, [to], 'research ethics admin with aggregate recruitment numbers')


def n_be_partner(ctx):
    a, frm = me(ctx); b, to = ext(ctx, pool=BE_STAFF, doms=BE_DOM)
    body = "Cher %s,\n\n" % b[1] + ctx.c([
        "Suite à notre réunion, voici les dates proposées pour l'échange de résidents en gériatrie (avril-juin). Deux candidats de Liège, un de Montréal. "
        "La convention interuniversitaire est à signer par vos affaires académiques.",
        "Merci pour l'invitation au symposium belgo-québécois de soins intensifs à Namur le %s. Dr %s présentera nos données sur le délirium (cohorte de 412 patients)." % (dfr(ctx.date((2026, 12, 1))), ctx.staff()[1]),
        "Comme convenu, nous partageons notre protocole de prise en charge du sepsis (version anonymisée, sans données patients)."]) + "\n\nBien à vous,\n"
    return N('partner_be', 'fr', ctx.c(['Échange de résidents', 'Symposium Namur', 'Protocole sepsis - partage', 'Convention de collaboration']),
             body + sig(ctx, 'fr', a), frm, [to], 'mail with Belgian partner hospital about exchanges/symposium, no patient')


def n_fr_partner(ctx):
    a, frm = me(ctx); b, to = ext(ctx, pool=FR_FR_STAFF, doms=FRA_DOM)
    body = "Bonjour %s,\n\n" % b[1] + ctx.c([
        "Nous confirmons la venue de deux internes de votre CHU pour un stage de 6 mois en hémato-oncologie. Merci de nous envoyer leurs attestations RPPS et l'assurance.",
        "Le webinaire franco-québécois sur la télémédecine aura lieu le %s (16h Paris / 10h Montréal). Ordre du jour joint." % dfr(ctx.date((2026, 12, 1))),
        "Merci pour le tableau comparatif des durées moyennes de séjour (DMS) : 6,4 j chez vous vs 7,1 j chez nous pour l'insuffisance cardiaque."]) + "\n\nBien cordialement,\n"
    return N('partner_fr', 'fr', ctx.c(['Stage internes', 'Webinaire télémédecine', 'Comparatif DMS']), body + sig(ctx, 'fr', a), frm, [to],
             'mail with French partner hospital, staff and aggregates only')


def n_vendor_recall(ctx):
    a, frm = me(ctx, 'en'); tos = [me(ctx, 'en')[1] for _ in range(2)]
    lots = ', '.join(luhn_complete(ctx.rng, '2', 9) for _ in range(3))
    body = greet(ctx, 'en') + ("Vendor recall notice (Class II): Alaris infusion set model 2420-0007, lots %s. Check stock in all units and return to Materials Management. "
                               "Health Canada recall ID RA-%d.\n" % (lots, ctx.rng.randint(10000, 99999)))
    return N('vendor_recall', 'en', 'Recall notice - infusion sets', body + sig(ctx, 'en', a), frm, tos, 'device recall with lot numbers')


def n_quality(ctx):
    a, frm = me(ctx); tos = [me(ctx)[1] for _ in range(2)]
    rows = [['Indicateur', 'Unité', 'T1', 'T2', 'Cible']] + [[i, ctx.c(UNITS), ctx.rng.randint(60, 99), ctx.rng.randint(60, 99), 85] for i in
                                                         ['Hygiène des mains %', 'Chutes / 1000 j-p', 'Plaies de pression %', 'Bilan comparatif médicaments %']]
    body = greet(ctx, 'fr') + "Tableau de bord qualité pour la période 7. Aucune donnée nominative.\n" + sig(ctx, 'fr', a)
    return N('quality_stats', 'fr', 'Tableau de bord qualité P7', body, frm, tos, 'quality dashboard XLSX with aggregates',
             atts=[('tableau_bord_P7.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('P7', rows))])


def n_colleague_disease(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); b, to = ext(ctx, lang)
    s = ctx.staff(EN_STAFF if lang == 'en' else FR_STAFF)
    if lang == 'en':
        body = greet(ctx, 'en', b) + ctx.c([
            "For your hep C patients, Dr. %s %s is our viral hepatitis lead; her clinic (514-555-4420) takes direct referrals." % s,
            "Dr. %s %s, who runs the MS clinic, will cover my multiple sclerosis patients while I'm away." % s,
            "Just so you know, %s %s is off for a few weeks after knee surgery; Dr. Parkinson is covering the movement disorders clinic." % s])
        subj = 'Coverage / referrals'
    else:
        body = greet(ctx, 'fr', b) + ctx.c([
            "Pour vos patients atteints de sclérose en plaques, la Dre %s %s reçoit les références au 514 555-4470." % s,
            "%s %s (notre infirmière pivot en oncologie) sera absente deux semaines; la clinique du cancer du sein reste ouverte." % s,
            "La Dre %s %s présentera sur la maladie de Crohn au congrès de l'AGEQ." % s])
        subj = 'Couverture et références'
    return N('colleague_disease', lang, subj, body + sig(ctx, lang, a), frm, [to], 'staff physician named next to a disease they treat / staff absence')


def n_training(ctx):
    a, frm = me(ctx); tos = [me(ctx)[1] for _ in range(3)]
    rows = ['|Matricule|Nom|Unité|Date RCR|']
    for _ in range(ctx.rng.randint(5, 8)):
        s = ctx.staff()
        rows.append('|%s|%s, %s|%s|%s|' % (luhn_complete(ctx.rng, ctx.c(['1', '2', '4']), 9), s[1].upper(), s[0], ctx.c(UNITS), dfr(ctx.date())))
    body = greet(ctx, 'fr') + "Voici la liste des employés inscrits à la formation RCR/DEA, salle B-1203. Apportez votre carte d'employé.\n\n" + '\n'.join(rows) + '\n' + sig(ctx, 'fr', a)
    return N('training', 'fr', 'Formation RCR - liste des inscrits', body, frm, tos, 'staff training roster with employee numbers (9-digit, checksum-valid look-alikes)')


def n_ics_meeting(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); att = [me(ctx, lang)[1] for _ in range(3)]
    start = dt.datetime.combine(ctx.date(), dt.time(ctx.c([8, 12, 16]), 0))
    summ = ctx.c(['Comité de direction', 'Budget review FY27', 'Rencontre équipe TI - migration DPE', 'M&M rounds planning'])
    ics = make_ics('%x@chu-exemple.example' % ctx.rng.getrandbits(40), summ, start, 60, frm, att, 'Ordre du jour à suivre / agenda to follow', 'Salle du conseil A-1001')
    body = ('Invitation : %s\nQuand : %s\n' if lang == 'fr' else 'Invitation: %s\nWhen: %s\n') % (summ, start.strftime('%Y-%m-%d %H:%M'))
    return N('calendar_invite', lang, 'Invitation: ' + summ, body, frm, att, 'staff meeting calendar invitation', atts=[('invite.ics', 'text/calendar', ics)])


def n_patient_exp(ctx):
    a, frm = me(ctx, 'en'); tos = [me(ctx, 'en')[1] for _ in range(2)]
    body = greet(ctx, 'en') + "Q3 patient experience survey: %d respondents, %d%% would recommend, top complaint: noise at night (%d comments). Details by unit in the shared folder.\n" % (
        ctx.rng.randint(300, 900), ctx.rng.randint(70, 95), ctx.rng.randint(20, 80))
    return N('patient_experience', 'en', 'Patient experience Q3', body + sig(ctx, 'en', a), frm, tos, 'patient experience survey aggregates')


def n_finance(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); tos = [me(ctx, lang)[1] for _ in range(2)]
    cc = '%d-%d' % (ctx.rng.randint(6000, 7999), ctx.rng.randint(100, 999))
    body = greet(ctx, lang) + (("Rappel : la fermeture de la période 8 est le %s. Les demandes de paiement du centre de coûts %s doivent être approuvées dans SIGAF. "
                                "Écart budgétaire actuel : -42 310 $.\n") % (dfr(ctx.date()), cc) if lang == 'fr' else
                               "Reminder: period 8 close is %s. Cost centre %s is over budget by $42,310 (overtime). Please submit justifications.\n" % (den(ctx.date()), cc))
    return N('finance', lang, ctx.c(['Fermeture P8', 'Period 8 close', 'Écarts budgétaires']), body + sig(ctx, lang, a), frm, tos, 'finance period close, cost centres')


def n_census_agg(ctx):
    a, frm = me(ctx, 'en'); tos = [me(ctx, 'en')[1]]
    body = greet(ctx, 'en') + "Bed census 07:00: %d/%d occupied, %d in ED waiting for beds, %d isolation rooms in use (C. diff x%d, MRSA x%d), %d ALC. Code yellow lifted.\n" % (
        ctx.rng.randint(380, 420), 430, ctx.rng.randint(5, 30), ctx.rng.randint(8, 20), ctx.rng.randint(1, 6), ctx.rng.randint(1, 6), ctx.rng.randint(20, 60))
    return N('bed_census', 'en', 'Bed census', body + sig(ctx, 'en', a), frm, tos, 'bed census aggregates with disease counts')


def n_reply_admin(ctx):
    if ctx.rng.random() < .5:
        a, frm = me(ctx, 'en'); b, to = ext(ctx, 'en')
        q = "On %s, %s %s wrote:\n> Hi, do you have the AV set-up details for the simulation centre on the 14th?\n> Thanks" % (den(ctx.date()), b[0], b[1])
        body = "Yes - HDMI + Teams room, tech on site from 7:30. Parking vouchers at the front desk.\n" + sig(ctx, 'en', a) + '\n\n' + q
        return N('room_booking', 'en', 'RE: sim centre set-up', body, frm, [to], 'reply about a room set-up', reply=to[1].split('@')[1])
    a, frm = me(ctx); b, to = ext(ctx)
    q = "Le %s, %s %s a écrit :\n> Bonjour, est-ce que la salle B-1203 est libre mardi pour la réunion du comité des usagers ?\n> Merci" % (dfr(ctx.date()), b[0], b[1])
    body = "Oui, réservée de 13h à 15h. Projecteur disponible, le code wifi est au babillard.\n" + sig(ctx, 'fr', a) + '\n\n' + q
    return N('room_booking', 'fr', 'RE: réservation de salle', body, frm, [to], 'reply about a room booking', reply=to[1].split('@')[1])


def n_roster_assign(ctx):
    a, frm = me(ctx, 'en'); tos = [me(ctx, 'en')[1] for _ in range(2)]
    unit = ctx.c(['7S', '6N', '5E'])
    lines = []
    for k in range(5):
        s = ctx.staff(EN_STAFF + FR_STAFF)
        lines.append('%s-%02d to %02d: %s %s., %s (ext. %d)' % (unit, k * 6 + 1, k * 6 + 6, s[1].upper(), s[0][0], ctx.c(['RN', 'RN', 'LPN', 'RN charge']), ctx.rng.randint(2000, 7999)))
    body = greet(ctx, 'en') + "Night assignments %s:\n\n" % unit + '\n'.join(lines) + "\nFloat: 1 PAB from pool. Break relief 0200-0400.\n" + sig(ctx, 'en', a)
    return N('staff_schedule', 'en', 'Night assignments ' + unit, body, frm, tos, 'nurse bed-range assignment roster (staff only, looks like a sign-out)')


def n_deid_dataset(ctx):
    lang = ctx.lang_pick(); a, frm = me(ctx, lang); b, to = ext(ctx, lang, doms=['biostat-universite.example', 'crc-exemple.example'])
    rows = [['study_id', 'age_band', 'sex', 'dx_group', 'los_days', 'readmit_30d']]
    for i in range(40):
        rows.append(['S%04d' % (i + 1), ctx.c(['40-49', '50-59', '60-69', '70-79', '80+']), ctx.c(['F', 'M']), ctx.c(['HF', 'COPD', 'PNA', 'AF']),
                     ctx.rng.randint(1, 25), ctx.c(['0', '0', '1'])])
    body = greet(ctx, lang, b) + ("Jeu de données dépersonnalisé (identifiants d'étude seulement, tranches d'âge) approuvé par le CER. Clé de correspondance conservée au CRCHUE.\n"
                                  if lang == 'fr' else "De-identified extract (study IDs and age bands only), REB-approved. Linkage key stays at the CRCHUE.\n")
    return N('research_dataset', lang, ctx.c(['Extraction dépersonnalisée', 'De-identified extract']), body + sig(ctx, lang, a), frm, [to],
             'de-identified research CSV with study IDs and age bands only', atts=[('extract_deid.csv', 'text/csv', make_csv(rows))])


def n_privacy_memo(ctx):
    a, frm = me(ctx)
    body = ("Rappel du Bureau de la protection des renseignements personnels :\n\n- Ne jamais transmettre un NAM (format AAAA 0000 0000) ou un numéro de dossier par courriel externe.\n"
            "- Utiliser la messagerie sécurisée pour les références.\n- Les exemples de la formation utilisent des numéros fictifs (ex. XXXX 9999 9999).\n"
            "- Signaler tout envoi par erreur à confidentialite@chu-exemple.example.\n")
    return N('privacy_memo', 'fr', 'Rappel - confidentialité des courriels', body + sig(ctx, 'fr', a), frm, [('Tout le personnel', 'tous@' + DOM)],
             'privacy reminder with identifier format placeholders only')


def n_it_ticket(ctx):
    lang = ctx.lang_pick(); s = ctx.staff(FR_STAFF if lang == 'fr' else EN_STAFF)
    t = 'INC%07d' % ctx.rng.randint(10 ** 6, 10 ** 7)
    body = (("Billet %s : %s %s (matricule %s) n'a plus accès au DPE depuis la mise à jour. Poste CHU-%06d, S/N %s. Réinitialisation du jeton faite, à confirmer.\n"
             if lang == 'fr' else "Ticket %s: %s %s (employee %s) locked out of the EHR after update. Workstation CHU-%06d, S/N %s. Token reset done, pls confirm.\n")
            % (t, s[0], s[1], luhn_complete(ctx.rng, '3', 9), ctx.rng.randint(0, 999999), luhn_complete(ctx.rng, '9', 12)))
    return N('it_ticket', lang, '[%s] %s' % (t, 'Accès DPE' if lang == 'fr' else 'EHR access'), body, ('Centre de services TI', 'servicedesk@' + DOM),
             [('%s %s' % s, addr(s[0], s[1], DOM))], 'IT ticket about a staff account with employee number and serial')


NEGATIVES = [(n_staff_sched_fr, 5), (n_oncall_en, 4), (n_hr_leave, 5), (n_minutes, 5), (n_newsletter, 5), (n_conference, 5), (n_job, 5),
             (n_invoice, 5), (n_it_outage, 5), (n_it_asset, 5), (n_facilities, 5), (n_public_health, 5), (n_teaching, 7), (n_foundation, 5),
             (n_legal, 5), (n_blank_form, 5), (n_research_admin, 4), (n_be_partner, 5), (n_fr_partner, 4), (n_vendor_recall, 2), (n_quality, 3),
             (n_colleague_disease, 5), (n_training, 3), (n_ics_meeting, 3), (n_patient_exp, 2), (n_finance, 3), (n_census_agg, 2), (n_reply_admin, 2), (n_roster_assign, 2), (n_deid_dataset, 2), (n_privacy_memo, 1), (n_it_ticket, 1)]


def wrap_forward_inline(ctx, m):
    lang = m['lang']
    a, frm = me(ctx, lang); b, to = ext(ctx, lang)
    hdr = ('---------- Message transféré ----------\nDe : %s <%s>\nObjet : %s\n\n' if lang == 'fr' else
           '-----Original Message-----\nFrom: %s <%s>\nSubject: %s\n\n') % (m['from'][0], m['from'][1], m['subject'])
    top = ctx.c(['FYI', 'Please circulate.', 'see below']) if lang == 'en' else ctx.c(['Pour info', 'voir plus bas', 'À transmettre à ton équipe svp.'])
    m2 = dict(m)
    m2.update(subject=('TR : ' if lang == 'fr' else 'FW: ') + m['subject'], body=top + '\n' + sig(ctx, lang, a) + '\n\n' + hdr + m['body'],
              to=[to], note=m['note'] + ' (inline forward)')
    m2['from'] = frm
    return m2


def wrap_forward_attached(ctx, m):
    inner, _ = build(ctx, m, 'plain')
    lang = m['lang']
    a, frm = me(ctx, lang); b, to = ext(ctx, lang)
    m2 = dict(m)
    m2.update(subject=('TR: ' if lang == 'fr' else 'Fwd: ') + m['subject'], body=(ctx.c(['See attached.', 'fyi']) if lang == 'en' else ctx.c(['Voir message joint.', 'pour info'])) + sig(ctx, lang, a),
              to=[to], atts=[('original.eml', 'message/rfc822', inner)], note=m['note'] + ' (forwarded as attached .eml)')
    m2['from'] = frm
    return m2


def check_message(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append('defects %r' % part.defects)
        for k, v in part.items():
            if getattr(v, 'defects', None):
                problems.append('header %s defects %r' % (k, v.defects))
        if not part.is_multipart():
            try:
                c = part.get_content()
                if isinstance(c, str) and '\ufffd' in c:
                    problems.append('replacement char in ' + part.get_content_type())
            except Exception as e:  # noqa
                problems.append('decode error %s: %s' % (part.get_content_type(), e))
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=7073)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ctx = Ctx(rng)
    out = args.out
    for sub in ('positive', 'negative'):
        if os.path.isdir(os.path.join(out, sub)):
            shutil.rmtree(os.path.join(out, sub))
        os.makedirs(os.path.join(out, sub))
    plans = {}
    for key, table in (('p', POSITIVES), ('n', NEGATIVES)):
        plan = [f for f, n in table for _ in range(n)]
        rng.shuffle(plan)
        plans[key] = plan
    labels = {}
    stats = {'transport': {}, 'charset': {}, 'cte': {}, 'eol': {}, 'cat': {}, 'lang': {}}
    errors = []
    for key, plan in (('p', plans['p']), ('n', plans['n'])):
        nneg_fwd = 0
        for i, f in enumerate(plan, 1):
            m = f(ctx)
            if key == 'n' and f not in (n_ics_meeting,) and not m.get('atts'):
                r = rng.random()
                if r < .06:
                    m = wrap_forward_attached(ctx, m)
                elif r < .14:
                    m = wrap_forward_inline(ctx, m)
            raw, kind = build(ctx, m)
            eol = 'CRLF' if rng.random() < .4 else 'LF'
            if eol == 'CRLF':
                raw = raw.replace(b'\n', b'\r\n')
            name = '%s%03d_%s.eml' % (key, i, m['cat'])
            rel = ('positive/' if key == 'p' else 'negative/') + name
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            pr = check_message(raw)
            if pr:
                errors.append((rel, pr))
            types = sorted(set(m['types']))
            if (key == 'p') != bool(types):
                errors.append((rel, ['label/type mismatch']))
            labels[rel] = {'confidential': key == 'p', 'types': types, 'lang': m['lang'], 'note': m['note']}
            stats['transport'][kind] = stats['transport'].get(kind, 0) + 1
            stats['eol'][eol] = stats['eol'].get(eol, 0) + 1
            ck = ('pos:' if key == 'p' else 'neg:') + m['cat']
            stats['cat'][ck] = stats['cat'].get(ck, 0) + 1
            lk = ('pos:' if key == 'p' else 'neg:') + m['lang']
            stats['lang'][lk] = stats['lang'].get(lk, 0) + 1
            for cs in re.findall(rb'charset="([^"]+)"', raw):
                stats['charset'][cs.decode()] = stats['charset'].get(cs.decode(), 0) + 1
            for ce in re.findall(rb'Content-Transfer-Encoding: ([\w-]+)', raw):
                stats['cte'][ce.decode()] = stats['cte'].get(ce.decode(), 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    files = sorted('%s/%s' % (d, f) for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)))
    if sorted(labels) != files:
        errors.append(('labels.json', ['labels do not cover exactly the files']))
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        h.update(rel.encode() + b'\0')
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(fh.read())
    npos = sum(1 for v in labels.values() if v['confidential'])
    print('files: %d  positives: %d  negatives: %d' % (len(files), npos, len(files) - npos))
    for k in ('lang', 'cat', 'transport', 'charset', 'cte', 'eol'):
        print(k + ':', json.dumps(dict(sorted(stats[k].items())), ensure_ascii=False))
    types = {}
    for v in labels.values():
        for t in v['types']:
            types[t] = types.get(t, 0) + 1
    print('types:', json.dumps(dict(sorted(types.items()))))
    print('sha256:', h.hexdigest())
    if errors:
        for e in errors:
            print('ERROR', e)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
