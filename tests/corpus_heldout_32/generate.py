#!/usr/bin/env python3
"""Synthetic labelled outbound e-mail corpus (blind writer, held-out set 32).

Flavour: a network of family-medicine groups (GMF) and a regional hospital in the
Eastern Townships / Estrie, with Belgian and French partner clinics.  Everything is
invented.  Deterministic from --seed (default 3232).

Usage:  python generate.py [--seed 3232] [--out DIR]
"""
import argparse
import datetime as dt
import hashlib
import html
import io
import json
import os
import random
import re
import shutil
import sys
import unicodedata
import zipfile
import email
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 3232
N_POS, N_NEG = 120, 180
FIXED_ZIP_TIME = (2024, 3, 1, 9, 0, 0)
FIXED_DT = dt.datetime(2024, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# People, organisations
# ---------------------------------------------------------------------------


class Person:
    def __init__(self, surname, given, dob, sex, nam=None, origin='QC'):
        self.surname, self.given, self.dob, self.sex, self.nam, self.origin = surname, given, dob, sex, nam, origin

    @property
    def female(self):
        return self.sex == 'F'


def load_people():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()[:5]
            out.append(Person(sur, giv, dt.date.fromisoformat(dob), sex, nam))
    return out


ORGS = {
    'gmf1': ("GMF des Trois-Collines", "Trois-Collines Family Medicine Group", 'gmf-troiscollines.example',
             "412, rue des Merisiers, Val-Orford (Québec)  J1X 9Z9", '819-555-0142', '819-555-0143'),
    'gmf2': ("GMF des Érables-Rouges", "Red Maples FMG", 'gmf-erablesrouges.example',
             "88, chemin du Ruisseau-Clair, Saint-Élie-des-Monts (Québec)  J0B 9Z8", '819-555-0177', '819-555-0178'),
    'gmf3': ("GMF-U du Lac-Argenté", "Lac-Argenté Teaching FMG", 'gmfu-lacargente.example',
             "1500, boul. de la Rivière-Noire, Lac-Argenté (Québec)  J0E 9Z7", '450-555-0119', '450-555-0120'),
    'hosp': ("Hôpital régional de l'Estrie-Sud (HRES)", "Estrie-Sud Regional Hospital (HRES)", 'hres.example',
             "2200, rue de l'Hôpital, Val-Orford (Québec)  J1X 9Z1", '819-555-0100', '819-555-0101'),
    'be': ("Centre médical de la Haute-Vesdre", "Haute-Vesdre Medical Centre", 'cm-hautevesdre.example',
           "Rue des Tilleuls 14, 4999 Vesdre-Haute (Belgique)", '+32 87 55 55 10', '+32 87 55 55 11'),
    'fr': ("Maison de santé pluriprofessionnelle du Val-de-Sorne", "Val-de-Sorne Health Centre", 'msp-valdesorne.example',
           "3 place du Marché, 39999 Val-de-Sorne (France)", '+33 3 55 55 12 40', '+33 3 55 55 12 41'),
    'pharm': ("Pharmacie Giroux-Lafleur", "Giroux-Lafleur Pharmacy", 'pharmagiroux.example',
              "27, rue Principale Nord, Val-Orford (Québec)  J1X 9Z4", '819-555-0166', '819-555-0167'),
}

# (title_fr, title_en, given, surname, role_fr, role_en, org)
STAFF = [
    ('Dre', 'Dr.', 'Hélène', 'Vachon', 'médecin de famille', 'family physician', 'gmf1'),
    ('Dr', 'Dr.', 'Karim', 'Benali', 'médecin de famille', 'family physician', 'gmf1'),
    ('Dre', 'Dr.', 'Julie', 'Tremblay-Roux', 'médecin de famille', 'family physician', 'gmf2'),
    ('Dr', 'Dr.', 'Olivier', 'Desrochers', 'médecin de famille', 'family physician', 'gmf2'),
    ('Dre', 'Dr.', 'Anne-Sophie', 'Lemieux', 'médecin de famille, responsable périnatalité', 'family physician, perinatal lead', 'gmf3'),
    ('Dr', 'Dr.', 'Thomas', 'Wright', 'médecin de famille', 'family physician', 'gmf3'),
    ('Dre', 'Dr.', 'Priya', 'Raman', 'médecin de famille', 'family physician', 'gmf3'),
    ('Dr', 'Dr.', 'Kevin', "O'Neill", 'médecin de famille', 'family physician', 'gmf2'),
]
SPECIALISTS = {
    'cardio': ('Dr', 'Dr.', 'Martin', 'Lachance', 'cardiologue', 'cardiologist', 'hosp'),
    'pneumo': ('Dr', 'Dr.', 'Ahmed', 'Haddad', 'pneumologue', 'respirologist', 'hosp'),
    'endo': ('Dre', 'Dr.', 'Nadia', 'Rahimi', 'endocrinologue', 'endocrinologist', 'hosp'),
    'obst': ('Dr', 'Dr.', 'Paul', 'Hébert-Snow', 'obstétricien-gynécologue', 'obstetrician-gynaecologist', 'hosp'),
    'psy': ('Dre', 'Dr.', 'Chantal', 'Dufresne', 'psychiatre', 'psychiatrist', 'hosp'),
    'radio': ('Dre', 'Dr.', 'Isabelle', 'Côté-Ferland', 'radiologiste', 'radiologist', 'hosp'),
}
NURSES = [
    ('', '', 'Marie-Claude', 'Perron', 'infirmière clinicienne, suivi diabète', 'clinical nurse, diabetes follow-up', 'gmf1'),
    ('', '', 'Sandrine', 'Lavigne', 'IPSPL', 'primary care nurse practitioner', 'gmf2'),
    ('', '', 'Karen', 'McAllister', 'infirmière clinicienne', 'RN, chronic disease clinic', 'gmf3'),
    ('', '', 'Véronique', 'Asselin', 'infirmière en périnatalité', 'perinatal nurse', 'gmf3'),
    ('', '', 'Josiane', 'Bilodeau', 'infirmière auxiliaire, vaccination', 'LPN, immunization clinic', 'gmf1'),
]
ADMIN = [
    ('', '', 'Lucie', 'Beaudoin', 'adjointe administrative', 'administrative assistant', 'gmf1'),
    ('', '', 'Patrick', 'Morissette', 'technicien en informatique', 'IT technician', 'hosp'),
    ('', '', 'Nancy', 'Gilbert', 'approvisionnement', 'procurement', 'hosp'),
    ('', '', 'Sylvain', 'Labrecque', 'agent de facturation', 'billing officer', 'gmf2'),
    ('', '', 'Guylaine', 'Poulin', 'conseillère RH', 'HR advisor', 'hosp'),
    ('', '', 'Steve', 'Hamel', 'chef de service, installations matérielles', 'facilities manager', 'hosp'),
    ('', '', 'Mélanie', 'Trudel', 'travailleuse sociale', 'social worker', 'gmf2'),
    ('', '', 'Catherine', 'Giroux', 'pharmacienne', 'pharmacist', 'pharm'),
    ('', '', 'Julien', 'Fortier-Lamy', 'coordonnateur télésanté', 'telehealth coordinator', 'hosp'),
    ('', '', 'Annie', 'Roberge', 'secrétaire médicale, imagerie', 'medical secretary, imaging', 'hosp'),
]
PARTNERS = [
    ('Dr', 'Dr.', 'Jean-Luc', 'Mertens', 'médecin généraliste', 'general practitioner', 'be'),
    ('Dre', 'Dr.', 'Émilie', 'Vandenbroeck', 'médecin généraliste', 'general practitioner', 'be'),
    ('Dre', 'Dr.', 'Claire', 'Dubreuil', 'médecin généraliste', 'general practitioner', 'fr'),
    ('Dr', 'Dr.', 'Mathieu', 'Lherbier', 'coordonnateur des échanges', 'exchange coordinator', 'fr'),
]

BE_SUR = ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Dupont', 'Claes', 'Goossens', 'Wouters', 'Lejeune']
BE_GIV = [('Lucas', 'M'), ('Louise', 'F'), ('Noah', 'M'), ('Elise', 'F'), ('Arthur', 'M'), ('Olivia', 'F'), ('Victor', 'M'), ('Chloé', 'F')]
FR_SUR = ['Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Fabre', 'Mercier', 'Blanc', 'Garnier']
FR_GIV = [('Camille', 'F'), ('Hugo', 'M'), ('Léa', 'F'), ('Théo', 'M'), ('Inès', 'F'), ('Nathan', 'M'), ('Jade', 'F'), ('Louis', 'M')]
ON_SUR = ['Henderson', 'Kowalski', 'Nguyen', 'Patterson', 'Singh', 'Campbell']
ON_GIV = [('Emily', 'F'), ('Ryan', 'M'), ('Hannah', 'F'), ('Tyler', 'M'), ('Megan', 'F'), ('Jordan', 'M')]

STREETS = ['rue des Pruches', 'chemin du Lac-Doré', 'rue Wellington Sud', 'avenue des Cèdres', 'rang 7',
           'rue de la Fabrique', 'chemin Dunant', 'rue Belvédère Nord', 'montée des Sources', 'rue King Ouest']
TOWNS = ['Val-Orford', 'Saint-Élie-des-Monts', 'Ruisseau-Clair', 'Lac-Argenté', 'Brome-Nord', 'Sainte-Aurélie-des-Cantons']
MAILHOSTS = ['netplus.example', 'courriel.example', 'mailbox.example', 'videomail.example']


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def staff_name(s, lang, title=True):
    t = s[0] if lang == 'fr' else s[1]
    n = f"{s[2]} {s[3]}"
    return f"{t} {n}" if (title and t) else n


def staff_addr(s):
    local = strip_accents(f"{s[2]}.{s[3]}").lower().replace("'", '').replace(' ', '')
    return f"{local}@{ORGS[s[6]][2]}"


def org_name(key, lang):
    return ORGS[key][0] if lang == 'fr' else ORGS[key][1]


# ---------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------


def make_sin(rng):
    while True:
        body = rng.choice('1234567') + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def make_niss(rng, dob, sex):
    for _ in range(100):
        serial = rng.randrange(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            serial += 1
        base = f"{dob:%y%m%d}{serial:03d}"
        n = int(('2' if dob.year >= 2000 else '') + base)
        num = base + f"{97 - n % 97:02d}"
        if be_nn.is_valid(num):
            return num
    raise RuntimeError('niss')


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '59', '21', '25', '39', '71', '74'])
        base = f"{'1' if sex == 'M' else '2'}{dob:%y}{dob:%m}{dept}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
        num = base + f"{97 - int(base) % 97:02d}"
        if fr_nir.is_valid(num):
            return num


def fmt_niss(n, style):
    if style == 0:
        return f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:11]}"
    if style == 1:
        return n
    return f"{n[0:6]} {n[6:9]} {n[9:11]}"


def fmt_nir(n, style):
    if style == 0:
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:15]}"
    if style == 1:
        return n
    return f"{n[:13]} {n[13:]}"


def fmt_sin(n, style):
    return [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n][style % 3]


def fmt_ohip(n, rng):
    vc = rng.choice(['', ' AB', '-KT', ' ZX', ''])
    return rng.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}{vc}", f"{n[:4]} {n[4:7]} {n[7:]}{vc}", n + vc.strip()])


def fmt_nam(nam, rng, allow_disguise=True):
    styles = ['plain', 'plain', 'space', 'space', 'dash', 'lower']
    if allow_disguise:
        styles += ['letters', 'split', 'mixed']
    s = rng.choice(styles)
    if s == 'plain':
        return nam
    if s == 'space':
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if s == 'dash':
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if s == 'lower':
        return nam.lower()
    if s == 'letters':
        return ' '.join(nam[:4]) + ' ' + nam[4:8] + ' ' + nam[8:]
    if s == 'split':
        return f"{nam[:4]} {nam[4:]}"
    return f"{nam[:4].capitalize()} {nam[4:6]} {nam[6:8]} {nam[8:]}"


def make_mrn(rng):
    return f"{rng.randrange(100000, 999999)}"


def fmt_mrn(m, rng, lang):
    if lang == 'fr':
        return rng.choice([f"dossier HRES {m}", f"no de dossier : {m}", f"# dossier {m[:3]} {m[3:]}", f"Dossier : 00{m}", f"MRN {m}"])
    return rng.choice([f"MRN {m}", f"chart # {m}", f"HRES chart {m}", f"MRN: 00{m}", f"hospital file {m[:3]}-{m[3:]}"])


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def fmt_date(d, lang, rng):
    if lang == 'fr':
        return rng.choice([d.isoformat(), f"{d:%d/%m/%Y}", f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{d:%Y/%m/%d}", f"{d:%d-%m-%Y}"])
    return rng.choice([d.isoformat(), f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d:%m/%d/%Y}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"{d:%Y/%m/%d}"])


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# Generation context
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, rng, people):
        self.rng = rng
        self.people = people
        self.queue = []
        self.lang = 'fr'
        self.now = dt.date(2024, 6, 1)

    def T(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def person(self):
        if not self.queue:
            self.queue = list(self.people)
            self.rng.shuffle(self.queue)
        return self.queue.pop()

    def persons(self, k):
        out = []
        while len(out) < k:
            p = self.person()
            if p not in out:
                out.append(p)
        return out

    def foreign(self, origin):
        sur, giv = {'BE': (BE_SUR, BE_GIV), 'FR': (FR_SUR, FR_GIV), 'ON': (ON_SUR, ON_GIV)}[origin]
        g, sex = self.pick(giv)
        dob = dt.date(self.rng.randrange(1940, 2006), self.rng.randrange(1, 13), self.rng.randrange(1, 29))
        return Person(self.pick(sur), g, dob, sex, None, origin)

    # -- patient fragments --
    def title(self, p):
        if self.lang == 'fr':
            return 'Mme' if p.female else 'M.'
        return self.pick(['Ms.', 'Mrs.']) if p.female else 'Mr.'

    def pname(self, p, style=None):
        styles = ['full', 'full', 'last_first', 'upper', 'title_full', 'title_full', 'lower', 'noaccent', 'initial']
        s = style or self.pick(styles)
        if s == 'full':
            return f"{p.given} {p.surname}"
        if s == 'last_first':
            return f"{p.surname}, {p.given}"
        if s == 'upper':
            return f"{p.surname.upper()} {p.given}"
        if s == 'title_full':
            return f"{self.title(p)} {p.given} {p.surname}"
        if s == 'lower':
            return f"{p.given.lower()} {p.surname.lower()}"
        if s == 'noaccent':
            return strip_accents(f"{p.surname} {p.given}")
        return f"{p.given[0]}. {p.surname}"

    def dob(self, p):
        return fmt_date(p.dob, self.lang, self.rng)

    def dob_label(self):
        return self.T(self.pick(['DDN', 'Date de naissance', 'né(e) le', 'D.N.']), self.pick(['DOB', 'Date of birth', 'born', 'D.O.B.']))

    def nam(self, p, disguise=True):
        return fmt_nam(p.nam, self.rng, disguise)

    def nam_label(self):
        return self.T(self.pick(['NAM', 'NAM', 'no RAMQ', 'carte soleil', 'Assurance maladie']), self.pick(['RAMQ', 'NAM', 'health card', 'Medicare #']))

    def phone(self):
        return f"{self.pick(['819', '450', '819', '873'])}-555-{self.rng.randrange(200, 999):04d}"

    def address(self):
        return f"{self.rng.randrange(12, 2999)}, {self.pick(STREETS)}, {self.pick(TOWNS)}"

    def pmail(self, p):
        return f"{strip_accents(p.given).lower()}.{strip_accents(p.surname).lower()}{self.rng.randrange(1, 99)}@{self.pick(MAILHOSTS)}"

    def date_near(self, days=60):
        return self.now + dt.timedelta(days=self.rng.randrange(-days, days))

    # -- mail fragments --
    def greet(self, s=None):
        if s is None:
            return self.T(self.pick(['Bonjour,', 'Bonjour à tous,', 'Allo,', 'Bonjour l\'équipe,']), self.pick(['Hi,', 'Hello,', 'Hi all,', 'Good morning,']))
        if self.lang == 'fr':
            return self.pick([f"Bonjour {s[2]},", f"Bonjour {staff_name(s, 'fr')},", f"Allo {s[2]},", f"Bonjour {s[0] + ' ' if s[0] else ''}{s[3]},"])
        return self.pick([f"Hi {s[2]},", f"Hello {staff_name(s, 'en')},", f"Dear {s[1] + ' ' if s[1] else ''}{s[3]},", f"{s[2]} -"])

    def close(self):
        return self.T(self.pick(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne fin de journée', 'Au plaisir,']),
                      self.pick(['Thanks,', 'Thank you,', 'Best regards,', 'Cheers,', 'Regards,', 'Many thanks']))

    def sig(self, s, full=None):
        full = self.chance(0.7) if full is None else full
        if not full:
            return f"{s[2]}" if self.chance(0.5) else f"{s[2][0]}. {s[3]}"
        o = ORGS[s[6]]
        role = s[4] if self.lang == 'fr' else s[5]
        lines = [staff_name(s, self.lang), role, org_name(s[6], self.lang), o[3],
                 self.T(f"Tél. : {o[4]} poste {self.rng.randrange(200, 499)}", f"Tel: {o[4]} ext. {self.rng.randrange(200, 499)}")]
        if self.chance(0.5):
            lines.append(self.T(f"Téléc. : {o[5]}", f"Fax: {o[5]}"))
        sep = self.pick(['--', '__', '', '-- '])
        return (sep + '\n' if sep else '') + '\n'.join(lines)

    def footer(self):
        if not self.chance(0.35):
            return ''
        return '\n\n' + self.T(
            "AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont destinés exclusivement au destinataire. "
            "S'il vous est parvenu par erreur, veuillez le détruire et en aviser l'expéditeur.",
            "CONFIDENTIALITY NOTICE: This e-mail and any attachment are intended only for the addressee. "
            "If you received it in error, please delete it and notify the sender.")


def quote_block(ctx, text, who, when, lang):
    if lang == 'fr':
        head = ctx.pick([f"Le {when}, {who} a écrit :", f"De : {who}\nEnvoyé : {when}\nObjet : RE", f"-----Message d'origine-----\nDe : {who}\nDate : {when}"])
    else:
        head = ctx.pick([f"On {when}, {who} wrote:", f"From: {who}\nSent: {when}", f"-----Original Message-----\nFrom: {who}\nDate: {when}"])
    if head.startswith(('Le ', 'On ')):
        return head + '\n' + '\n'.join('> ' + ln if ln else '>' for ln in text.split('\n'))
    return head + '\n\n' + text


def forward_block(ctx, text, who, to, when, subject, lang):
    if lang == 'fr':
        head = f"---------- Message transféré ----------\nDe : {who}\nDate : {when}\nObjet : {subject}\nÀ : {to}"
    else:
        head = f"---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\nSubject: {subject}\nTo: {to}"
    return head + '\n\n' + text


def when_str(ctx, lang):
    d = ctx.date_near(20)
    h = ctx.rng.randrange(7, 18)
    m = ctx.pick([0, 5, 12, 27, 34, 41, 58])
    if lang == 'fr':
        return f"{d.day} {MOIS[d.month - 1]} {d.year} à {h:02d}:{m:02d}"
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"


# ---------------------------------------------------------------------------
# Attachments (deterministic)
# ---------------------------------------------------------------------------


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2024-03-01T09:00:00Z\g<3>', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('HRES')
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title)
    y -= 26
    c.setFont('Helvetica', 10)
    for ln in lines:
        for chunk in [ln[i:i + 95] for i in range(0, max(len(ln), 1), 95)] or ['']:
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 740
            c.drawString(60, y, chunk)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = 'GMF'
    d.core_properties.author = 'GMF'
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1, cols=len(header))
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheet, header, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = 'HRES'
    ws = wb.active
    ws.title = sheet[:30]
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, sep=';'):
    lines = [sep.join(header)] + [sep.join(str(v) for v in r) for r in rows]
    return '\r\n'.join(lines) + '\r\n'


def make_ics(uid, summary, start, minutes, location, description, organizer):
    end = start + dt.timedelta(minutes=minutes)

    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    return '\r\n'.join([
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//HRES//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
        f'UID:{uid}', 'DTSTAMP:20240301T140000Z', f'DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}',
        f'DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}', f'SUMMARY:{esc(summary)}', f'LOCATION:{esc(location)}',
        f'DESCRIPTION:{esc(description)}', f'ORGANIZER:mailto:{organizer}', 'END:VEVENT', 'END:VCALENDAR', ''])


def make_vcf(fn, n_parts, tel=None, emailaddr=None, adr=None, org=None, note=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{n_parts}', f'FN:{fn}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    if tel:
        lines.append(f'TEL;TYPE=CELL:{tel}')
    if emailaddr:
        lines.append(f'EMAIL;TYPE=INTERNET:{emailaddr}')
    if adr:
        adr_esc = adr.replace(',', '\\,')
        lines.append(f'ADR;TYPE=HOME:;;{adr_esc};;;;')
    if note:
        lines.append('NOTE:' + note.replace(',', '\\,').replace('\n', '\\n'))
    lines += ['END:VCARD', '']
    return '\r\n'.join(lines)


def text_table(header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    fmt = lambda r: ' | '.join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip()
    return '\n'.join([fmt(header), '-+-'.join('-' * w for w in widths)] + [fmt(r) for r in rows])


def html_table(header, rows):
    h = ''.join(f'<th style="border:1px solid #999;padding:2px 6px">{html.escape(str(x))}</th>' for x in header)
    body = ''.join('<tr>' + ''.join(f'<td style="border:1px solid #999;padding:2px 6px">{html.escape(str(v))}</td>' for v in r) + '</tr>' for r in rows)
    return f'<table style="border-collapse:collapse">\n<tr>{h}</tr>\n{body}\n</table>'


# ---------------------------------------------------------------------------
# MIME assembly
# ---------------------------------------------------------------------------


def addr_of(x, lang):
    if isinstance(x, tuple) and len(x) == 7:
        return f'"{staff_name(x, lang)}" <{staff_addr(x)}>' if x[0] or x[1] else f'"{x[2]} {x[3]}" <{staff_addr(x)}>'
    if isinstance(x, tuple):
        return f'"{x[0]}" <{x[1]}>' if x[0] else x[1]
    return x


def pick_charset(rng, texts):
    cs = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [55, 20, 25])[0]
    for t in texts:
        try:
            t.encode(cs)
        except UnicodeEncodeError:
            return 'utf-8'
    return cs


def render_text(spec):
    t = spec['text']
    if spec.get('table'):
        t = t.replace('[[TABLE]]', text_table(*spec['table']))
    return t


def render_html(spec, charset):
    if spec.get('html'):
        body = spec['html']
    else:
        out, inq = [], False
        for line in spec['text'].split('\n'):
            if line == '[[TABLE]]' and spec.get('table'):
                out.append(html_table(*spec['table']))
                continue
            q = line.startswith('>')
            if q and not inq:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                inq = True
            if not q and inq:
                out.append('</blockquote>')
                inq = False
            content = line[1:].lstrip(' ') if q else line
            out.append(html.escape(content, quote=False) + '<br>')
        if inq:
            out.append('</blockquote>')
        body = '\n'.join(out)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
            f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{body}\n</div></body></html>\n')


MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.8', 'Apple Mail (2.3774)', 'Zimbra 9.0 (ZimbraWebClient)',
           'Roundcube Webmail/1.6', None, None]


def build_message(ctx, spec, idx, kind):
    rng, lang = ctx.rng, ctx.lang
    msg = EmailMessage()
    msg['From'] = addr_of(spec['frm'], lang)
    msg['To'] = ', '.join(addr_of(t, lang) for t in spec['to'])
    if spec.get('cc'):
        msg['Cc'] = ', '.join(addr_of(t, lang) for t in spec['cc'])
    msg['Subject'] = spec['subject']
    d = dt.datetime.combine(ctx.date_near(200), dt.time(rng.randrange(7, 19), rng.randrange(60), rng.randrange(60)))
    tz = dt.timezone(dt.timedelta(hours=-4 if 4 <= d.month <= 10 else -5))
    msg['Date'] = format_datetime(d.replace(tzinfo=tz))
    dom = addr_of(spec['frm'], lang).split('@')[-1].rstrip('>')
    msg['Message-ID'] = f"<{kind}{idx:03d}.{rng.getrandbits(48):012x}@{dom}>"
    if spec['subject'].lower().startswith(('re:', 'tr:', 'fw:', 'fwd:', 'réf')) or spec.get('reply'):
        ref = f"<{rng.getrandbits(56):014x}@{dom}>"
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    mailer = rng.choice(MAILERS)
    if mailer:
        msg['X-Mailer' if rng.random() < 0.5 else 'User-Agent'] = mailer
    if rng.random() < 0.3:
        msg['Content-Language'] = 'fr-CA' if lang == 'fr' else 'en-CA'
    if spec.get('importance'):
        msg['Importance'] = 'High'
    text = render_text(spec)
    mode = spec.get('mode') or rng.choices(['plain', 'alt', 'html'], [45, 35, 20])[0]
    cs = pick_charset(rng, [text, spec.get('html') or ''])
    cte = rng.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
    if mode == 'plain':
        msg.set_content(text, charset=cs, cte=cte)
    elif mode == 'html':
        msg.set_content(render_html(spec, cs), subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(text, charset=cs, cte=cte)
        msg.add_alternative(render_html(spec, cs), subtype='html', charset=cs, cte=rng.choice(['quoted-printable', 'base64']))
    for att in spec.get('atts', []):
        if att[0] == 'bytes':
            _, fn, mt, st, data = att
            msg.add_attachment(data, mt, st, filename=fn)
        elif att[0] == 'text':
            _, fn, st, data, acs = att
            msg.add_attachment(data, subtype=st, charset=acs, cte=rng.choice(['base64', 'quoted-printable']), filename=fn)
        elif att[0] == 'eml':
            _, fn, inner = att
            msg.add_attachment(inner, filename=fn)
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            n += 1
            part.set_boundary(f"=_{kind}{idx:03d}_{n}_{rng.getrandbits(40):010x}")
    linesep = rng.choice(['\n', '\r\n'])
    return msg.as_bytes(policy=email.policy.default.clone(linesep=linesep)), mode, cs, cte, linesep


def inner_eml(ctx, frm, to, subject, text, when_dt=None):
    m = EmailMessage()
    m['From'] = addr_of(frm, ctx.lang)
    m['To'] = addr_of(to, ctx.lang)
    m['Subject'] = subject
    d = when_dt or dt.datetime.combine(ctx.date_near(90), dt.time(ctx.rng.randrange(7, 18), ctx.rng.randrange(60)))
    m['Date'] = format_datetime(d.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    m['Message-ID'] = f"<{ctx.rng.getrandbits(56):014x}@{addr_of(frm, ctx.lang).split('@')[-1].rstrip('>')}>"
    m.set_content(text, charset='utf-8', cte=ctx.pick(['quoted-printable', 'base64']))
    return m


# ---------------------------------------------------------------------------
# Clinical vocabulary
# ---------------------------------------------------------------------------

# specialty -> list of (diagnosis_fr, diagnosis_en, [meds], lab_fr or None, lab_en or None)
CONDS = {
    'cardio': [
        ("fibrillation auriculaire nouvellement diagnostiquée (CHA2DS2-VASc 3)", "new-onset atrial fibrillation (CHA2DS2-VASc 3)",
         ['apixaban 5 mg BID', 'métoprolol 25 mg BID'], "TSH 1,8; créat 88 µmol/L", "TSH 1.8, creat 88 umol/L"),
        ("insuffisance cardiaque FEVG 35 %, dyspnée NYHA III", "heart failure, LVEF 35%, NYHA class III dyspnea",
         ['sacubitril/valsartan 49/51 mg BID', 'furosémide 40 mg DIE', 'bisoprolol 5 mg'], "NT-proBNP 2450 ng/L", "NT-proBNP 2450 ng/L"),
        ("douleur thoracique atypique, ECG : sous-décalage ST V4-V6", "atypical chest pain, ECG: ST depression V4-V6",
         ['AAS 81 mg DIE', 'atorvastatine 40 mg'], None, None),
    ],
    'pneumo': [
        ("MPOC GOLD 3, deux exacerbations dans la dernière année", "COPD GOLD 3, two exacerbations in the past year",
         ['tiotropium/olodatérol 2 inh DIE', 'salbutamol PRN'], "VEMS 41 % prédit, VEMS/CVF 0,52", "FEV1 41% predicted, FEV1/FVC 0.52"),
        ("nodule pulmonaire de 9 mm au lobe supérieur droit, ex-fumeur 40 paquets-années", "9 mm right upper lobe nodule, ex-smoker 40 pack-years",
         [], None, None),
        ("apnée du sommeil soupçonnée, ronflements et somnolence diurne (Epworth 16)", "suspected sleep apnea, Epworth score 16",
         [], "IAH 34/h à la polygraphie", "AHI 34/h on home sleep test"),
    ],
    'endo': [
        ("diabète de type 2 mal contrôlé malgré bithérapie", "poorly controlled type 2 diabetes despite dual therapy",
         ['metformine 1000 mg BID', 'gliclazide MR 60 mg DIE'], "HbA1c 9,6 %, glycémie à jeun 12,1 mmol/L", "HbA1c 9.6%, fasting glucose 12.1 mmol/L"),
        ("nodule thyroïdien de 2,3 cm, TI-RADS 4", "2.3 cm thyroid nodule, TI-RADS 4",
         [], "TSH 0,21 mUI/L", "TSH 0.21 mIU/L"),
        ("diabète de type 1 avec hypoglycémies nocturnes répétées", "type 1 diabetes with recurrent nocturnal hypoglycemia",
         ['insuline glargine 22 U HS', 'insuline asparte selon échelle'], "HbA1c 6,1 %", "HbA1c 6.1%"),
    ],
    'obst': [
        ("grossesse 26 SA, hypertension gestationnelle", "pregnancy at 26 weeks, gestational hypertension",
         ['labétalol 100 mg BID', 'AAS 162 mg HS'], "TA 148/96, protéinurie 0,4 g/24 h", "BP 148/96, proteinuria 0.4 g/24h"),
        ("diabète gestationnel à 27 SA", "gestational diabetes at 27 weeks",
         ['insuline NPH 8 U HS'], "HGPO 75 g : 5,6 / 11,2 / 9,1 mmol/L", "75 g OGTT: 5.6 / 11.2 / 9.1 mmol/L"),
    ],
    'psy': [
        ("dépression post-partum, EPDS 19, idées suicidaires passives", "postpartum depression, EPDS 19, passive suicidal ideation",
         ['sertraline 50 mg DIE'], None, None),
        ("trouble bipolaire type II, épisode dépressif actuel", "bipolar II disorder, current depressive episode",
         ['lamotrigine 100 mg DIE', 'quétiapine 50 mg HS'], "lithémie non applicable; TSH 2,4", "TSH 2.4"),
    ],
}
SPEC_LABEL = {'cardio': ('cardiologie', 'cardiology'), 'pneumo': ('pneumologie', 'respirology'), 'endo': ('endocrinologie', 'endocrinology'),
              'obst': ('obstétrique', 'obstetrics'), 'psy': ('psychiatrie', 'psychiatry')}

SOCIAL_FR = ["vit seule depuis le décès de son conjoint, peu de soutien familial",
             "perte de logement le mois dernier, hébergée temporairement chez une amie",
             "situation de violence conjugale rapportée, plan de sécurité discuté",
             "signalement à la DPJ en cours pour négligence",
             "prestataire d'aide sociale, difficulté à payer ses médicaments",
             "consommation d'alcool à risque (AUDIT 18), arrêt de travail prolongé",
             "statut de demandeur d'asile, pas encore de carte RAMQ permanente"]
SOCIAL_EN = ["lives alone since her/his spouse died, little family support",
             "lost housing last month, staying temporarily with a friend",
             "disclosed intimate partner violence, safety plan discussed",
             "youth protection (DPJ) report in progress for neglect",
             "on social assistance, struggling to pay for medications",
             "hazardous drinking (AUDIT 18), on extended sick leave",
             "asylum claimant, no permanent RAMQ card yet"]

VACCINES = [('DCaT-VPI-Hib', 'DTaP-IPV-Hib'), ('Pneu-C-15', 'Pneu-C-15'), ('RRO-Var', 'MMR-Var'), ('Rotavirus', 'Rotavirus'),
            ('Men-C-C', 'Men-C-C'), ('Influenza', 'Influenza'), ('VRS (nirsévimab)', 'RSV (nirsevimab)'), ('dcaT', 'Tdap'),
            ('COVID-19 XBB', 'COVID-19 XBB'), ('Zona (RZV)', 'Shingles (RZV)')]


def lot(rng):
    return rng.choice(['U', 'T', 'R', 'W', 'AF', 'X']) + str(rng.randrange(1000, 9999)) + rng.choice(['AA', 'AB', 'BA', 'CF', ''])


def cond(ctx, spec=None):
    spec = spec or ctx.pick(list(CONDS))
    c = ctx.pick(CONDS[spec])
    d = c[0] if ctx.lang == 'fr' else c[1]
    lab = c[3] if ctx.lang == 'fr' else c[4]
    meds = [m if ctx.lang == 'fr' else m.replace('DIE', 'daily').replace('HS', 'qhs').replace('insuline', 'insulin').replace('metformine', 'metformin').replace('furosémide', 'furosemide').replace('atorvastatine', 'atorvastatin').replace('selon échelle', 'sliding scale').replace('AAS', 'ASA').replace('quétiapine', 'quetiapine').replace('labétalol', 'labetalol').replace('olodatérol', 'olodaterol').replace('métoprolol', 'metoprolol') for m in c[2]]
    return spec, d, meds, lab


# ---------------------------------------------------------------------------
# Positive scenarios
# ---------------------------------------------------------------------------

def sep(c):
    return ' : ' if c.lang == 'fr' else ': '


def id_lines(c, p, types, nam_p=0.8, dob_p=0.7, mrn_p=0.0):
    out = []
    if p.nam and c.chance(nam_p):
        out.append(f"{c.nam_label()}{sep(c)}{c.nam(p)}")
        types.add('ramq_nam')
    if c.chance(dob_p):
        out.append(f"{c.dob_label()}{sep(c)}{c.dob(p)}")
        types.add('date_of_birth')
    if c.chance(mrn_p):
        out.append(fmt_mrn(make_mrn(c.rng), c.rng, c.lang))
        types.add('mrn')
    return out


def p_referral(c):
    p = c.person(); gp = c.pick(STAFF)
    key, dx, meds, lab = cond(c, c.pick(['cardio', 'pneumo', 'endo', 'psy']))
    sp = SPECIALISTS[key]
    types = {'patient_name', 'diagnosis'}
    ids = id_lines(c, p, types)
    name = c.pname(p)
    L = [c.greet(sp), '']
    L.append(c.T(f"J'aimerais vous référer {name} pour évaluation en {SPEC_LABEL[key][0]}.",
                 f"I would like to refer {name} to you for a {SPEC_LABEL[key][1]} assessment."))
    L += ids
    L += ['', c.T('Motif : ', 'Reason: ') + dx]
    if lab and c.chance(0.7):
        L.append(c.T('Bilan récent : ', 'Recent work-up: ') + lab); types.add('lab_result')
    if meds:
        L.append(c.T('Rx actuelle : ', 'Current meds: ') + ', '.join(meds)); types.add('medication')
    if c.chance(0.4):
        tel = c.phone(); L.append(c.T(f"Joindre la patiente au {tel} (cell.)", f"Patient can be reached at {tel} (cell)")); types.add('patient_contact')
    L += ['', c.T('Priorité B (moins de 10 jours) svp.', 'Priority B (within 10 days) please.') if c.chance(0.5) else '',
          c.close(), c.sig(gp)]
    subj = c.pick([c.T(f"Consultation {SPEC_LABEL[key][0]} - {p.surname} {p.given}", f"Referral {SPEC_LABEL[key][1]} - {p.given} {p.surname}"),
                   c.T('Demande de consultation', 'Consult request'),
                   c.T(f"Réf. {SPEC_LABEL[key][0]} : {p.surname.upper()}", f"Referral: {p.surname.upper()}")])
    return dict(cat='referral', frm=gp, to=[sp], subject=subj, text='\n'.join(L) + c.footer(), types=types,
                note='referral to specialist with identifiers and clinical reason')


def p_radiology(c):
    p = c.person(); gp = c.pick(STAFF); rad = c.pick([SPECIALISTS['radio'], ADMIN[9]])
    mrn = make_mrn(c.rng)
    types = {'patient_name', 'mrn', 'diagnosis'}
    exam, finding = c.pick([
        (c.T('TDM thorax sans contraste', 'CT chest without contrast'), c.T('Nodule spiculé de 14 mm au LSD, suspect de néoplasie. Emphysème centrolobulaire.', 'Spiculated 14 mm RUL nodule, suspicious for malignancy. Centrilobular emphysema.')),
        (c.T('Échographie obstétricale 20 SA', 'Obstetric ultrasound 20 weeks'), c.T('Placenta praevia marginal. Croissance au 8e percentile.', 'Marginal placenta praevia. Growth at 8th percentile.')),
        (c.T('Radiographie pulmonaire PA/latérale', 'Chest X-ray PA/lateral'), c.T('Consolidation lobaire inférieure gauche compatible avec une pneumonie.', 'Left lower lobe consolidation consistent with pneumonia.')),
        (c.T('Mammographie diagnostique', 'Diagnostic mammogram'), c.T('Masse irrégulière de 11 mm QSE sein droit, BI-RADS 4C. Biopsie recommandée.', 'Irregular 11 mm mass right breast UOQ, BI-RADS 4C. Biopsy recommended.')),
        (c.T('Échographie abdominale', 'Abdominal ultrasound'), c.T('Stéatose hépatique modérée. Lithiase vésiculaire sans cholécystite.', 'Moderate hepatic steatosis. Cholelithiasis without cholecystitis.')),
    ])
    name = c.pname(p, c.pick(['upper', 'last_first', 'full']))
    rep = [f"{c.T('Patient', 'Patient')}{sep(c)}{name}", fmt_mrn(mrn, c.rng, c.lang)]
    if c.chance(0.6):
        rep.append(f"{c.dob_label()}{sep(c)}{c.dob(p)}"); types.add('date_of_birth')
    if c.chance(0.4):
        rep.append(f"{c.nam_label()}{sep(c)}{c.nam(p, False)}"); types.add('ramq_nam')
    rep += [c.T('Examen', 'Exam') + sep(c) + exam, c.T('Requérant', 'Ordering') + sep(c) + staff_name(gp, c.lang), '',
            c.T('CONCLUSION', 'IMPRESSION') + sep(c) + finding, '', c.T('Signé électroniquement par ', 'Electronically signed by ') + staff_name(SPECIALISTS['radio'], c.lang)]
    atts = []
    if c.chance(0.5):
        fn = c.pick([f"rapport_{mrn}.pdf", 'RapportImagerie.pdf' if c.lang == 'fr' else 'ImagingReport.pdf', f"{p.surname}_{exam.split()[0]}.pdf"])
        if p.surname in fn:
            types.add('patient_name')
        atts.append(('bytes', fn, 'application', 'pdf', make_pdf(c.T("Rapport d'imagerie - HRES", 'Imaging report - HRES'), rep)))
        body = [c.greet(gp), '', c.T('Voici le rapport pour votre patient(e), résultat significatif, à voir rapidement.', 'Please find the report for your patient attached; significant finding, please review promptly.'), '', c.close(), c.sig(rad)]
        if c.chance(0.5):
            body.insert(3, f"{name} - {fmt_mrn(mrn, c.rng, c.lang)}")
    else:
        body = [c.greet(gp), '', c.T('Rapport final ci-dessous :', 'Final report below:'), ''] + rep + ['', c.sig(rad)]
    subj = c.T(f"Rapport imagerie - {exam}", f"Imaging report - {exam}") if c.chance(0.6) else c.T(f"Résultat significatif dossier {mrn}", f"Significant result MRN {mrn}")
    return dict(cat='radiology_report', frm=rad, to=[gp], subject=subj, text='\n'.join(body), atts=atts,
                types=types, note='radiology report with patient name and chart number', importance=c.chance(0.3))


def p_diabetes_lab(c):
    p = c.person(); nurse = NURSES[0] if c.lang == 'fr' else NURSES[2]; gp = c.pick(STAFF)
    types = {'patient_name', 'lab_result', 'diagnosis'}
    a1c = round(c.rng.uniform(6.4, 11.8), 1); ldl = round(c.rng.uniform(1.2, 4.2), 1); egfr = c.rng.randrange(28, 95); acr = round(c.rng.uniform(0.8, 42), 1)
    dec = (lambda x: str(x).replace('.', ',')) if c.lang == 'fr' else str
    L = [c.greet(gp), '', c.T(f"Suivi diabète de {c.pname(p)} :", f"Diabetes follow-up for {c.pname(p)}:")]
    L += id_lines(c, p, types, 0.6, 0.4)
    L += [f"- HbA1c {dec(a1c)} %", f"- LDL {dec(ldl)} mmol/L", f"- {c.T('DFGe', 'eGFR')} {egfr} mL/min/1,73m2", f"- {c.T('RAC', 'ACR')} {dec(acr)} mg/mmol"]
    if c.chance(0.7):
        med = c.pick(['empagliflozine 10 mg', 'sémaglutide 0,5 mg/sem', 'sitagliptine 100 mg', 'insuline glargine 14 U'])
        L += ['', c.T(f"Je propose d'ajouter {med} (protocole collectif). Ok pour toi?", f"I suggest adding {med.replace('empagliflozine', 'empagliflozin').replace('sémaglutide', 'semaglutide').replace('sitagliptine', 'sitagliptin').replace('insuline', 'insulin')} per the medical directive. OK with you?")]
        types.add('medication')
    if c.chance(0.3):
        L.append(c.T("Pied : monofilament diminué à droite, référée en podiatrie.", "Foot: reduced monofilament sensation right, referred to podiatry."))
    L += ['', c.close(), c.sig(nurse)]
    subj = c.pick([c.T('Suivi diabète', 'Diabetes f/u'), c.T(f"Résultats HbA1c - {p.surname}", f"A1c results - {p.surname}"), c.T('Ajustement Rx db2', 'T2DM med adjustment')])
    return dict(cat='diabetes_followup', frm=nurse, to=[gp], subject=subj, text='\n'.join(L) + c.footer(), types=types, note='diabetes follow-up labs')


def p_copd(c):
    p = c.person(); gp = c.pick(STAFF); nurse = c.pick(NURSES[:3])
    types = {'patient_name', 'diagnosis', 'medication'}
    fev = c.rng.randrange(28, 66)
    L = [c.greet(gp), '', c.T(f"Appel de {c.pname(p)} ce matin : augmentation de la dyspnée et expectorations purulentes depuis 3 jours.",
                              f"Call from {c.pname(p)} this morning: increased dyspnea and purulent sputum for 3 days.")]
    L += id_lines(c, p, types, 0.5, 0.5, 0.3)
    L.append(c.T(f"MPOC connue, VEMS {fev} % de la valeur prédite (spiro 2023). Sat 89 % AA à domicile selon oxymètre.",
                 f"Known COPD, FEV1 {fev}% predicted (2023 spiro). Sat 89% RA at home per oximeter."))
    types.add('lab_result')
    L.append(c.T("Plan d'action : prednisone 40 mg x 5 j et amoxicilline-clavulanate 875 mg BID x 7 j débutés hier.",
                 "Action plan: prednisone 40 mg x 5 d and amoxicillin-clavulanate 875 mg BID x 7 d started yesterday."))
    if c.chance(0.5):
        tel = c.phone(); L.append(c.T(f"Peux-tu la rappeler au {tel}? Elle est seule à la maison.", f"Can you call back at {tel}? Lives alone.")); types |= {'patient_contact', 'social_information'}
    L += ['', c.close(), c.sig(nurse)]
    subj = c.pick([c.T('Exacerbation MPOC', 'COPD exacerbation'), c.T(f"MPOC - {p.surname}, {p.given}", f"COPD - {p.surname}, {p.given}"), c.T('appel patient - à rappeler', 'patient call - please call back')])
    return dict(cat='copd_followup', frm=nurse, to=[gp], subject=subj, text='\n'.join(L), types=types, importance=c.chance(0.4), note='COPD exacerbation call')


def p_perinatal(c):
    p = c.person(); nurse = NURSES[3]; ob = SPECIALISTS['obst']; gp = STAFF[4]
    key, dx, meds, lab = cond(c, 'obst')
    types = {'patient_name', 'diagnosis'}
    ga = c.rng.randrange(12, 38)
    L = [c.greet(ob), '', c.T(f"Transfert de suivi pour {c.pname(p)}, G{c.rng.randrange(1, 4)}P{c.rng.randrange(0, 3)}, {ga} SA. DPA : {fmt_date(c.date_near(120), 'fr', c.rng)}.",
                              f"Transfer of care for {c.pname(p)}, G{c.rng.randrange(1, 4)}P{c.rng.randrange(0, 3)}, {ga} weeks. EDD: {fmt_date(c.date_near(120), 'en', c.rng)}.")]
    L += id_lines(c, p, types, 0.7, 0.5)
    L.append(c.T('Problème : ', 'Issue: ') + dx)
    if lab:
        L.append(lab); types.add('lab_result')
    if meds:
        L.append('Rx : ' + ', '.join(meds)); types.add('medication')
    if c.chance(0.4):
        L.append(c.T('Contexte : ', 'Context: ') + c.pick(SOCIAL_FR if c.lang == 'fr' else SOCIAL_EN)); types.add('social_information')
    if c.chance(0.4):
        L.append(c.T(f"Adresse : {c.address()} - tél. {c.phone()}", f"Address: {c.address()} - phone {c.phone()}")); types.add('patient_contact')
    sender = c.pick([nurse, gp])
    L += ['', c.close(), c.sig(sender)]
    atts = []
    if c.chance(0.4):
        rows = [(f"{ga - 8} SA", '118/72', '-', c.T('N', 'N')), (f"{ga - 4} SA", '132/84', c.T('trace', 'trace'), '-'), (f"{ga} SA", '148/96', '1+', c.T('céphalées', 'headache'))]
        atts.append(('bytes', c.T('suivi_prenatal.docx', 'prenatal_record.docx'), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                     make_docx(c.T('Suivi prénatal', 'Prenatal record'), [f"{p.surname}, {p.given} - {c.dob_label()} {p.dob.isoformat()}", dx], (['Visite', 'TA', 'Prot.', 'Note'], rows))))
        types |= {'date_of_birth', 'lab_result'}
    subj = c.pick([c.T('Transfert suivi grossesse', 'Pregnancy care transfer'), c.T(f"Périnat - {p.surname}", f"Perinatal - {p.surname}"), c.T('Suivi obstétrical - HTG', 'OB follow-up')])
    return dict(cat='perinatal', frm=sender, to=[ob], cc=[gp] if c.chance(0.3) else None, subject=subj, text='\n'.join(L), atts=atts,
                types=types, note='prenatal follow-up transfer')


def p_vaccination_child(c):
    p = c.person(); nurse = NURSES[4]
    types = {'patient_name', 'date_of_birth', 'medication'}
    parent = c.pick(['Mélissa', 'Jonathan', 'Karine', 'Mathieu', 'Jessica', 'Kevin'])
    vs = c.rng.sample(VACCINES, 3)
    L = [c.greet(), '', c.T(f"Vaccins administrés aujourd'hui à {c.pname(p, 'full')} ({c.dob_label()} {c.dob(p)}) :",
                             f"Vaccines given today to {c.pname(p, 'full')} ({c.dob_label()} {c.dob(p)}):")]
    for v in vs:
        L.append(f"  - {v[0] if c.lang == 'fr' else v[1]}  lot {lot(c.rng)}  {c.pick(['deltoïde G', 'cuisse D', 'deltoïde D', 'cuisse G']) if c.lang == 'fr' else c.pick(['L deltoid', 'R thigh', 'R deltoid'])}")
    if c.chance(0.6):
        L.append(f"{c.nam_label()}{sep(c)}{c.nam(p)}"); types.add('ramq_nam')
    if c.chance(0.5):
        L.append(c.T(f"Réaction : fièvre 39,2 et pleurs inconsolables 3 h après la dose précédente (ESI déclarée).", "Reaction: fever 39.2 and inconsolable crying 3 h after previous dose (AEFI reported)."))
        types.add('diagnosis')
    if c.chance(0.5):
        L.append(c.T(f"Parent : {parent} {p.surname}, {c.phone()}", f"Parent: {parent} {p.surname}, {c.phone()}")); types.add('patient_contact')
    L += ['', c.T("Merci d'inscrire au registre de vaccination.", 'Please enter in the immunization registry.'), c.sig(nurse)]
    subj = c.T(c.pick(['Vaccination - saisie registre', 'Vaccins donnés', f"Vaccin {p.given} {p.surname}"]), c.pick(['Immunization entry', 'Vaccines given', f"Shots {p.given} {p.surname}"]))
    return dict(cat='vaccination', frm=nurse, to=[ADMIN[0]], subject=subj, text='\n'.join(L), types=types, note='vaccination record with DOB')


def p_telehealth(c):
    p = c.person(); coord = ADMIN[8]; doc = c.pick(STAFF + [SPECIALISTS['psy'], SPECIALISTS['endo']])
    types = {'patient_name', 'patient_contact'}
    start = dt.datetime.combine(c.date_near(30), dt.time(c.rng.randrange(8, 16), c.pick([0, 15, 30, 45])))
    reason = c.pick([c.T('suivi anxiété, ajustement escitalopram', 'anxiety follow-up, escitalopram adjustment'),
                     c.T('revue glycémies, pompe à insuline', 'glucose review, insulin pump'),
                     c.T('suivi MPOC post-hospitalisation', 'COPD follow-up after admission'),
                     c.T('résultats biopsie prostate', 'prostate biopsy results')])
    types.add('diagnosis')
    if any(w in reason for w in ('escitalopram', 'insuline', 'insulin')):
        types.add('medication')
    tel, mail = c.phone(), c.pmail(p)
    L = [c.greet(doc), '', c.T(f"Téléconsultation planifiée avec {c.pname(p)} le {fmt_date(start.date(), 'fr', c.rng)} à {start:%H:%M}.",
                                f"Virtual visit booked with {c.pname(p)} on {fmt_date(start.date(), 'en', c.rng)} at {start:%H:%M}."),
         c.T('Motif : ', 'Reason: ') + reason, c.T(f"Lien envoyé à {mail}; numéro de rappel {tel}.", f"Link sent to {mail}; call-back number {tel}.")]
    if c.chance(0.4):
        L.append(c.T("La patiente n'a pas de caméra, prévoir appel téléphonique.", 'No camera at home, plan a phone call.'))
    L += ['', c.close(), c.sig(coord)]
    atts = []
    if c.chance(0.6):
        desc = f"{p.surname}, {p.given} - {reason}\n{tel}"
        atts.append(('text', 'invite.ics', 'calendar', make_ics(f"tele-{c.rng.getrandbits(32):08x}@hres.example", c.T('Téléconsultation - ', 'Virtual visit - ') + f"{p.surname} {p.given[0]}.",
                                                                 start, 30, 'Teams', desc, staff_addr(coord)), 'utf-8'))
    subj = c.T(f"Téléconsultation {start:%d/%m} - {p.surname}", f"Virtual visit {start:%m/%d} - {p.surname}")
    return dict(cat='telehealth', frm=coord, to=[doc], subject=subj, text='\n'.join(L), atts=atts, types=types, note='telehealth booking with patient contact')


def p_homecare(c):
    p = c.person(); sw = c.pick([ADMIN[6], NURSES[1]])
    types = {'patient_name', 'patient_contact'}
    need = c.pick([c.T('transport adapté pour ses séances d\'hémodialyse (IRC stade 5)', 'para-transit for hemodialysis sessions (CKD stage 5)'),
                   c.T('soins de plaie à domicile, ulcère du pied diabétique', 'home wound care, diabetic foot ulcer'),
                   c.T('soutien à domicile après chute, fracture du poignet', 'home support after a fall, wrist fracture'),
                   c.T('oxygénothérapie à domicile (MPOC)', 'home oxygen (COPD)')])
    types.add('diagnosis')
    L = [c.greet(), '', c.T(f"Demande de service pour {c.pname(p)} : {need}.", f"Service request for {c.pname(p)}: {need}."),
         c.T(f"Adresse : {c.address()}", f"Address: {c.address()}"), c.T(f"Tél. : {c.phone()}", f"Phone: {c.phone()}")]
    if c.chance(0.5):
        L.append(c.T('Code de porte 4412, chien dans la cour.', 'Door code 4412, dog in the yard.'))
    if c.chance(0.5):
        L.append(c.pick(SOCIAL_FR[:2] + SOCIAL_FR[4:5]) if c.lang == 'fr' else c.pick(SOCIAL_EN[:2] + SOCIAL_EN[4:5])); types.add('social_information')
    L += id_lines(c, p, types, 0.4, 0.4)
    L += ['', c.close(), c.sig(sw)]
    to = ('Transport adapté des Monts', 'reservation@transport-adapte-monts.example') if 'transport' in need else ('Soutien à domicile SAD', 'sad@hres.example')
    subj = c.T(c.pick(['Demande SAD', 'Réservation transport', f"Demande service - {p.surname}"]), c.pick(['Home care request', 'Transport booking', f"Service request - {p.surname}"]))
    return dict(cat='home_care', frm=sw, to=[to], subject=subj, text='\n'.join(L), types=types, note='home care / transport with address and phone')


def p_belgian(c):
    be = c.pick(PARTNERS[:2]); gp = c.pick(STAFF)
    if c.chance(0.5):
        p = c.person(); local = True
    else:
        p = c.foreign('BE'); local = False
    niss = make_niss(c.rng, p.dob, p.sex)
    types = {'patient_name', 'be_niss', 'diagnosis'}
    dx = c.pick([c.T('fracture de la cheville droite (Weber B) traitée par plâtre', 'right ankle fracture (Weber B), casted'),
                 c.T('pyélonéphrite aiguë, hospitalisation 3 jours', 'acute pyelonephritis, 3-day admission'),
                 c.T('première crise d\'épilepsie, EEG anormal', 'first seizure, abnormal EEG'),
                 c.T('décompensation diabétique avec acidocétose', 'diabetic ketoacidosis')])
    L = [c.greet(gp), '', c.T(f"Votre patient(e) {c.pname(p)} a été vu(e) chez nous pendant son séjour d'échange en Belgique.",
                              f"Your patient {c.pname(p)} was seen at our centre during the exchange stay in Belgium."),
         f"NISS{sep(c)}{fmt_niss(niss, c.rng.randrange(3))}"]
    if c.chance(0.6):
        L.append(f"{c.dob_label()}{sep(c)}{c.dob(p)}"); types.add('date_of_birth')
    if local and c.chance(0.7):
        L.append(f"NAM{sep(c)}{c.nam(p)}"); types.add('ramq_nam')
    L.append(c.T('Diagnostic : ', 'Diagnosis: ') + dx)
    if c.chance(0.7):
        L.append(c.T('Traitement : ', 'Treatment: ') + c.pick(['ciprofloxacine 500 mg 2x/j 7 j', 'lévétiracétam 500 mg 2x/j', 'paracétamol 1 g 4x/j, énoxaparine 40 mg/j'])); types.add('medication')
    L += ['', c.T('Le rapport complet suit en pièce jointe.', 'Full report attached.'), c.close(), c.sig(be)]
    atts = []
    if c.chance(0.6):
        atts.append(('bytes', c.pick(['rapport_sortie.pdf', f"lettre_{p.surname}.pdf", 'verslag.pdf']), 'application', 'pdf',
                     make_pdf(org_name('be', 'fr'), [f"Patient : {p.surname} {p.given}", f"NISS : {fmt_niss(niss, 0)}", f"Né(e) le {p.dob:%d/%m/%Y}", f"Diagnostic : {dx}"])))
        types.add('date_of_birth')
    subj = c.T(c.pick(['Patient vu en Belgique - suivi', 'Rapport de consultation', f"Votre patient {p.surname}"]), c.pick(['Patient seen in Belgium - follow-up', 'Consultation report', f"Your patient {p.surname}"]))
    return dict(cat='cross_border_be', frm=be, to=[gp], subject=subj, text='\n'.join(L), atts=atts, types=types, note='Belgian partner report with NISS')


def p_french(c):
    fr = PARTNERS[2]; gp = c.pick(STAFF)
    p = c.foreign('FR') if c.chance(0.6) else c.person()
    nir = make_nir(c.rng, p.dob, p.sex)
    types = {'patient_name', 'fr_nir'}
    L = [c.greet(fr), '', c.T(f"Dans le cadre du programme d'échange, nous avons suivi {c.pname(p)} à notre GMF pendant son stage.",
                              f"As part of the exchange programme we followed {c.pname(p)} at our FMG during the internship.")]
    L.append(c.T(f"NIR (n° sécu) : {fmt_nir(nir, c.rng.randrange(3))}", f"NIR (French social security no.): {fmt_nir(nir, c.rng.randrange(3))}"))
    if c.chance(0.6):
        L.append(f"{c.dob_label()}{sep(c)}{c.dob(p)}"); types.add('date_of_birth')
    if p.nam and c.chance(0.5):
        L.append(f"NAM{sep(c)}{c.nam(p)}"); types.add('ramq_nam')
    item = c.pick([(c.T('Test tuberculinique positif (induration 14 mm), RX pulmonaire normale; traitement d\'ITL par rifampicine 4 mois débuté.', 'Positive TST (14 mm), normal CXR; 4-month rifampin LTBI treatment started.'), {'lab_result', 'diagnosis', 'medication'}),
                   (c.T('Suivi de grossesse 1er trimestre, échographie de datation 11 SA, nausées sévères sous Diclectin.', 'First-trimester pregnancy care, dating US 11 weeks, severe nausea on Diclectin.'), {'diagnosis', 'medication'}),
                   (c.T('Asthme mal maîtrisé, DEP 60 %, ajout de budésonide/formotérol.', 'Poorly controlled asthma, PEF 60%, budesonide/formoterol added.'), {'diagnosis', 'medication', 'lab_result'}),
                   (c.T('Entorse du genou, IRM : déchirure du LCA.', 'Knee sprain, MRI: ACL tear.'), {'diagnosis'})])
    L.append(item[0]); types |= item[1]
    L += ['', c.T("Merci d'assurer la continuité à son retour en France.", 'Please ensure continuity on return to France.'), c.close(), c.sig(gp)]
    subj = c.T(c.pick(['Continuité des soins - retour en France', 'Échange - suivi patient', f"Suivi {p.surname} {p.given}"]), c.pick(['Continuity of care - return to France', f"Follow-up {p.surname}"]))
    return dict(cat='cross_border_fr', frm=gp, to=[fr], subject=subj, text='\n'.join(L), types=types, note='French partner, NIR')


def p_ontario(c):
    p = c.foreign('ON'); gp = c.pick(STAFF); bill = ADMIN[3]
    hn = make_ohip(c.rng)
    types = {'patient_name', 'ca_health_number', 'diagnosis'}
    L = [c.greet(), '', c.T(f"Patiente de l'Ontario vue à l'urgence du HRES : {c.pname(p)}, carte santé ON {fmt_ohip(hn, c.rng)}.",
                             f"Ontario patient seen in the HRES ED: {c.pname(p)}, ON health card {fmt_ohip(hn, c.rng)}.")]
    if c.chance(0.5):
        L.append(f"{c.dob_label()}{sep(c)}{c.dob(p)}"); types.add('date_of_birth')
    L.append(c.T(f"Dx : {c.pick(['lacération main gauche 4 cm, sutures', 'colique néphrétique, calcul 5 mm', 'entorse cheville grade II', 'angine streptococcique'])}",
                 f"Dx: {c.pick(['4 cm left hand laceration, sutured', 'renal colic, 5 mm stone', 'grade II ankle sprain', 'strep throat'])}"))
    if c.chance(0.4):
        L.append(c.T(f"Adresse en Ontario : {c.rng.randrange(10, 999)} Maple Crescent, Kingsford ON", f"Ontario address: {c.rng.randrange(10, 999)} Maple Crescent, Kingsford ON")); types.add('patient_contact')
    sender = c.pick([gp, ADMIN[0]])
    L += [c.T('Réclamation interprovinciale à soumettre, la carte était expirée?', 'Interprovincial claim to submit - was the card expired?'), '', c.close(), c.sig(sender)]
    subj = c.T('Patient hors province - réclamation', 'Out-of-province patient - claim') if c.chance(0.6) else f"OHIP {p.surname}"
    return dict(cat='out_of_province', frm=sender, to=[bill], subject=subj, text='\n'.join(L), types=types, note='Ontario health number, ED visit')


def p_social_sin(c):
    p = c.person(); sw = ADMIN[6]; gp = c.pick(STAFF)
    sn = make_sin(c.rng)
    types = {'patient_name', 'ca_sin', 'social_information'}
    soc = c.pick(SOCIAL_FR if c.lang == 'fr' else SOCIAL_EN)
    L = [c.greet(gp), '', c.T(f"Pour le formulaire de contraintes sévères à l'emploi de {c.pname(p)}, j'ai besoin de ta signature.",
                              f"For {c.pname(p)}'s severe employment constraints form, I need your signature."),
         c.T(f"NAS : {fmt_sin(sn, c.rng.randrange(3))}", f"SIN: {fmt_sin(sn, c.rng.randrange(3))}"), c.T('Situation : ', 'Situation: ') + soc]
    if c.chance(0.6):
        L.append(c.T('Diagnostics à inscrire : trouble anxieux généralisé, lombalgie chronique.', 'Diagnoses to list: generalized anxiety disorder, chronic low back pain.')); types.add('diagnosis')
    L += id_lines(c, p, types, 0.4, 0.5)
    L += ['', c.close(), c.sig(sw)]
    atts = []
    if c.chance(0.4):
        atts.append(('bytes', c.T('formulaire_SR-2100.pdf', 'form_SR-2100.pdf'), 'application', 'pdf',
                     make_pdf(c.T('Rapport médical - contraintes à l\'emploi', 'Medical report - employment constraints'),
                              [f"{p.surname}, {p.given}", f"NAS/SIN {fmt_sin(sn, 0)}", soc])))
    subj = c.T(c.pick(['Formulaire aide sociale - signature', 'Dossier social', f"Formulaire {p.surname}"]), c.pick(['Social assistance form - signature', f"Form for {p.surname}"]))
    return dict(cat='social_work', frm=sw, to=[gp], subject=subj, text='\n'.join(L), atts=atts, types=types, note='social worker with SIN and social context')


def roster_rows(c, ps, kind):
    rows = []
    for p in ps:
        if kind == 'db':
            rows.append((p.surname.upper(), p.given, p.dob.isoformat(), fmt_nam(p.nam, c.rng, False), f"{round(c.rng.uniform(6.2, 11.5), 1)}", c.pick(['db2', 'db2', 'db1', 'prédb' if c.lang == 'fr' else 'pre-DM'])))
        elif kind == 'copd':
            rows.append((f"{p.surname}, {p.given}", p.dob.isoformat(), f"{c.rng.randrange(25, 75)} %", c.pick(['GOLD 2', 'GOLD 3', 'GOLD 4']), c.pick(['LAMA', 'LAMA/LABA', 'LAMA/LABA/ICS'])))
        else:
            rows.append((p.surname, p.given, f"{p.dob:%d/%m/%Y}", c.pick(VACCINES)[0 if c.lang == 'fr' else 1], lot(c.rng)))
    return rows


def p_roster_xlsx(c):
    ps = c.persons(c.rng.randrange(4, 9)); nurse = c.pick(NURSES[:3]); gp = c.pick(STAFF)
    kind = c.pick(['db', 'copd'])
    if kind == 'db':
        header = [c.T('Nom', 'Last name'), c.T('Prénom', 'First name'), c.T('DDN', 'DOB'), 'NAM', 'HbA1c', 'Dx']
        types = {'patient_name', 'date_of_birth', 'ramq_nam', 'lab_result', 'diagnosis'}
    else:
        header = [c.T('Patient', 'Patient'), c.T('DDN', 'DOB'), c.T('VEMS % préd.', 'FEV1 % pred'), 'GOLD', 'Rx']
        types = {'patient_name', 'date_of_birth', 'lab_result', 'diagnosis', 'medication'}
    rows = roster_rows(c, ps, kind)
    fname = c.pick([c.T('liste_suivi_diabete.xlsx', 'diabetes_recall.xlsx') if kind == 'db' else c.T('clinique_MPOC.xlsx', 'COPD_clinic.xlsx'), 'export_GMF.xlsx', 'Classeur1.xlsx'])
    L = [c.greet(gp), '', c.T('Voici la liste des patients à relancer pour le suivi (voir fichier).', 'Here is the list of patients due for recall (see file).')]
    if c.chance(0.4):
        L += ['', '[[TABLE]]']
        spec_table = (header, rows)
    else:
        spec_table = None
    L += ['', c.close(), c.sig(nurse)]
    atts = [('bytes', fname, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(c.T('Liste', 'List'), header, rows))]
    subj = c.T(c.pick(['Liste de rappel', 'Relance suivis', 'Patients à revoir']), c.pick(['Recall list', 'Patients due', 'Clinic roster']))
    return dict(cat='roster', frm=nurse, to=[gp], subject=subj, text='\n'.join(L), table=spec_table, atts=atts, types=types, note='patient roster spreadsheet')


def p_vacc_csv(c):
    ps = c.persons(c.rng.randrange(5, 10)); nurse = NURSES[4]
    header = [c.T('Nom', 'Surname'), c.T('Prénom', 'Given'), c.T('DDN', 'DOB'), c.T('Vaccin', 'Vaccine'), 'Lot']
    rows = roster_rows(c, ps, 'vacc')
    types = {'patient_name', 'date_of_birth', 'medication'}
    if c.chance(0.5):
        header.append('NAM'); rows = [r + (fmt_nam(p.nam, c.rng, False),) for r, p in zip(rows, ps)]; types.add('ramq_nam')
    acs = c.pick(['utf-8', 'windows-1252'])
    body = [c.greet(), '', c.T("Export de la clinique de vaccination de samedi, à importer dans le registre.", "Export from Saturday's immunization clinic, for registry import."), '', c.close(), c.sig(nurse)]
    atts = [('text', c.pick(['vaccination_export.csv', 'clinique_vaccin.csv', 'registre.csv']), 'csv', make_csv(header, rows, c.pick([';', ','])), acs)]
    subj = c.T('Export vaccination', 'Immunization export')
    return dict(cat='vaccination_list', frm=nurse, to=[ADMIN[0]], subject=subj, text='\n'.join(body), atts=atts, types=types, note='CSV of vaccinated patients')


def p_vcard(c):
    p = c.person(); nurse = c.pick(NURSES)
    types = {'patient_name', 'patient_contact'}
    tel, adr = c.phone(), c.address()
    note = c.pick([c.T('Patiente MPOC sous O2 - appeler avant visite', 'COPD patient on home O2 - call before visit'),
                   c.T('Suivi plaie pied diabétique 2x/sem', 'Diabetic foot wound care twice weekly'),
                   c.T('Démence légère, contacter la fille', 'Mild dementia, contact daughter')])
    types.add('diagnosis')
    vcf = make_vcf(f"{p.given} {p.surname}", f"{p.surname};{p.given};;;", tel, c.pmail(p) if c.chance(0.5) else None, adr, None, note)
    L = [c.greet(), '', c.T('Je vous transmets la fiche contact de la patiente pour les visites à domicile.', 'Forwarding the patient contact card for home visits.'), '', c.sig(nurse)]
    atts = [('text', f"{strip_accents(p.given)} {strip_accents(p.surname)}.vcf" if c.chance(0.6) else 'contact.vcf', 'vcard', vcf, 'utf-8')]
    return dict(cat='contact_card', frm=nurse, to=[c.pick(NURSES)], subject=c.T('Fiche contact', 'Contact card'), text='\n'.join(L), atts=atts, types=types, note='vCard of patient with note')


def p_zip_referral(c):
    p = c.person(); gp = c.pick(STAFF); key, dx, meds, lab = cond(c, c.pick(['cardio', 'endo', 'pneumo']))
    sp = SPECIALISTS[key]
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'}
    lines = [f"{c.T('Patient', 'Patient')}: {p.surname}, {p.given}", f"NAM: {p.nam}", f"{c.dob_label()}: {p.dob.isoformat()}", f"{c.T('Motif', 'Reason')}: {dx}"]
    if meds:
        lines.append('Rx: ' + ', '.join(meds)); types.add('medication')
    if lab:
        lines.append(lab); types.add('lab_result')
    files = [(c.T('demande_consultation.pdf', 'referral.pdf'), make_pdf(c.T('Demande de consultation', 'Consultation request'), lines))]
    if c.chance(0.5):
        files.append((c.T('notes_evolution.docx', 'progress_notes.docx'), make_docx(c.T("Notes d'évolution", 'Progress notes'), lines[:1] + [dx, c.T('Patient informé de la référence.', 'Patient aware of referral.')])))
    L = [c.greet(sp), '', c.T('Dossier de référence en pièce jointe (zip, mot de passe envoyé séparément... oups, pas de mot de passe finalement).', 'Referral package attached (zip).'), '', c.close(), c.sig(gp)]
    zname = c.pick(['reference.zip', f"ref_{p.surname.lower()}.zip", 'documents.zip'])
    atts = [('bytes', zname, 'application', 'zip', make_zip(files))]
    return dict(cat='referral_zip', frm=gp, to=[sp], subject=c.T('Référence - documents', 'Referral - documents'), text='\n'.join(L), atts=atts, types=types, note='zip with referral pdf')


def p_attached_eml(c):
    p = c.person(); gp = c.pick(STAFF); lab = ('Laboratoire HRES', 'labo@hres.example')
    types = {'patient_name', 'lab_result'}
    k = c.rng.uniform(6.0, 6.8)
    inner_text = c.T(f"VALEUR CRITIQUE\nPatient : {p.surname} {p.given}\n{fmt_mrn(make_mrn(c.rng), c.rng, 'fr')}\nPotassium : {k:.1f} mmol/L (3,5-5,0)\nCréatinine : {c.rng.randrange(180, 420)} µmol/L\nAppelé au médecin de garde.",
                     f"CRITICAL VALUE\nPatient: {p.surname} {p.given}\n{fmt_mrn(make_mrn(c.rng), c.rng, 'en')}\nPotassium: {k:.1f} mmol/L (3.5-5.0)\nCreatinine: {c.rng.randrange(180, 420)} umol/L\nCalled to on-call physician.")
    types.add('mrn')
    if c.chance(0.5):
        inner_text += c.T(f"\nDx : insuffisance rénale aiguë sur IRC, sous spironolactone", "\nDx: AKI on CKD, on spironolactone"); types |= {'diagnosis', 'medication'}
    inner = inner_eml(c, lab, gp, c.T('Valeur critique', 'Critical value'), inner_text)
    L = [c.greet(), '', c.T('Pour info, voir le courriel du labo ci-joint. Peux-tu faire le suivi demain?', 'FYI see attached lab e-mail. Can you follow up tomorrow?'), '', c.sig(gp, False)]
    atts = [('eml', c.pick(['Valeur critique.eml', 'fwd.eml', 'labo.eml']), inner)]
    return dict(cat='forwarded_lab', frm=gp, to=[c.pick(STAFF)], subject=c.T('TR: Valeur critique', 'FW: Critical value'), text='\n'.join(L), atts=atts, types=types, note='attached eml with critical lab')


def p_reply_quote(c):
    p = c.person(); a = c.pick(STAFF); b = c.pick([s for s in STAFF if s != a])
    key, dx, meds, lab = cond(c)
    types = {'patient_name', 'diagnosis'}
    orig = [c.greet(b), '', c.T(f"Pourrais-tu voir {c.pname(p)} cette semaine en mon absence? {dx}.", f"Could you see {c.pname(p)} this week while I'm away? {dx}.")]
    orig += id_lines(c, p, types, 0.5, 0.4)
    if meds:
        orig.append(c.T('Elle prend ', 'Currently on ') + ', '.join(meds)); types.add('medication')
    orig += ['', a[2]]
    reply = c.pick([c.T('Oui, pas de problème, je la mets jeudi PM.', "Sure, I'll book her Thursday PM."), c.T('Ok je m\'en occupe.', "Ok, I'll take care of it."), c.T('Je ne suis pas là jeudi, demande à Sandrine?', "I'm off Thursday, ask Sandrine?")])
    text = reply + '\n\n' + b[2] + '\n\n' + quote_block(c, '\n'.join(orig), staff_name(a, c.lang), when_str(c, c.lang), c.lang)
    return dict(cat='reply_chain', frm=b, to=[a], subject=c.T('RE: Patiente à voir', 'RE: Patient to see'), text=text, types=types, note='reply quoting patient details')


def p_subject_only(c):
    p = c.person(); a = c.pick(STAFF + NURSES)
    key, dx, meds, lab = cond(c)
    types = {'patient_name', 'diagnosis'}
    short = dx.split(',')[0]
    subj = c.pick([f"{p.surname} {p.given} - {short}", f"{c.title(p)} {p.surname} ({p.dob.isoformat()}) {short}", f"{p.given} {p.surname} / {short}"])
    if p.dob.isoformat() in subj:
        types.add('date_of_birth')
    body = c.pick([c.T('Voir ci-dessus, rappelle-moi svp.', 'See subject, please call me.'), c.T('Dossier sur ton bureau.', 'Chart is on your desk.'), '?', c.T('à discuter au caucus', 'to discuss at huddle')])
    return dict(cat='subject_leak', frm=a, to=[c.pick(STAFF)], subject=subj, text=body + '\n\n' + c.sig(a, False), types=types, note='identity and diagnosis in subject only')


def p_filename_only(c):
    p = c.person(); a = c.pick(STAFF); key, dx, meds, lab = cond(c)
    types = {'patient_name', 'ramq_nam', 'diagnosis'}
    fn = c.pick([f"Consult_{strip_accents(p.surname)}_{strip_accents(p.given)}_{p.nam}.pdf", f"{p.nam}_{strip_accents(p.surname)}.pdf", f"{strip_accents(p.surname).upper()}-{p.given[0]}_{p.nam.lower()}.docx"])
    lines = [dx] + ([', '.join(meds)] if meds else [])
    if meds:
        types.add('medication')
    if fn.endswith('.pdf'):
        att = ('bytes', fn, 'application', 'pdf', make_pdf(c.T('Note de consultation', 'Consult note'), lines))
    else:
        att = ('bytes', fn, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(c.T('Note', 'Note'), lines))
    body = c.pick([c.T('voir pj', 'see attached'), c.T('Ci-joint. Merci', 'Attached, thanks'), '']) + '\n\n' + c.sig(a, False)
    return dict(cat='filename_leak', frm=a, to=[c.pick(list(SPECIALISTS.values()))], subject=c.pick(['Document', c.T('Note', 'Note'), 'Scan']), text=body, atts=[att], types=types, note='identity in attachment file name')


def p_pharmacy(c):
    p = c.person(); ph = ADMIN[7]; gp = c.pick(STAFF)
    types = {'patient_name', 'medication'}
    meds = c.rng.sample(['metformine 500 mg 2 co BID', 'ramipril 10 mg DIE', 'atorvastatine 20 mg HS', 'tiotropium 18 mcg DIE', 'lévothyroxine 88 mcg',
                         'salbutamol 100 mcg 2 inh PRN', 'escitalopram 10 mg', 'warfarine selon INR', 'prégabaline 75 mg BID', 'hydromorphone 1 mg q4h PRN'], 3)
    L = [c.greet(gp), '', c.T(f"Demande de renouvellement pour {c.pname(p)} :", f"Renewal request for {c.pname(p)}:")] + [f" * {m}" for m in meds]
    L += id_lines(c, p, types, 0.6, 0.7)
    if c.chance(0.4):
        L.append(c.T('INR ce matin : 3,8 (cible 2-3).', 'INR this morning: 3.8 (target 2-3).')); types.add('lab_result')
    if c.chance(0.3):
        L.append(c.T('Patient en perte d\'autonomie, livraison à domicile.', 'Patient losing autonomy, home delivery.')); types.add('social_information')
    L += ['', c.T('Merci de retourner signé par télécopieur ou courriel sécurisé.', 'Please return signed by fax or secure e-mail.'), c.sig(ph)]
    subj = c.T(c.pick(['Renouvellement Rx', 'Demande de renouvellement', f"Renouv. {p.surname}"]), c.pick(['Rx renewal', 'Renewal request', f"Renewal {p.surname}"]))
    return dict(cat='pharmacy_renewal', frm=ph, to=[gp], subject=subj, text='\n'.join(L), types=types, note='pharmacy renewal')


def p_discharge(c):
    p = c.person(); sp = c.pick(list(SPECIALISTS.values())[:5]); gp = c.pick(STAFF)
    key, dx, meds, lab = cond(c)
    mrn = make_mrn(c.rng)
    types = {'patient_name', 'mrn', 'diagnosis', 'ramq_nam'}
    paras = [f"{c.T('Nom', 'Name')}: {p.surname.upper()}, {p.given}", f"MRN: {mrn}   NAM: {p.nam}", f"{c.T('Admission', 'Admitted')}: {c.date_near(40).isoformat()}",
             f"{c.T('Diagnostic principal', 'Main diagnosis')}: {dx}"]
    if meds:
        paras.append(c.T('Médicaments au congé : ', 'Discharge meds: ') + '; '.join(meds)); types.add('medication')
    if lab:
        paras.append(lab); types.add('lab_result')
    paras.append(c.T('Suivi GMF dans 7 à 10 jours.', 'FMG follow-up in 7-10 days.'))
    atts = [('bytes', c.pick([c.T('sommaire_hospitalisation.docx', 'discharge_summary.docx'), f"DS_{mrn}.docx"]), 'application',
             'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(c.T('Sommaire de congé', 'Discharge summary'), paras))]
    L = [c.greet(gp), '', c.T(f"Sommaire de congé de votre patient(e) ci-joint (dossier {mrn}).", f"Discharge summary for your patient attached (MRN {mrn})."), '', c.close(), c.sig(sp)]
    return dict(cat='discharge_summary', frm=sp, to=[gp], subject=c.T('Sommaire de congé', 'Discharge summary'), text='\n'.join(L), atts=atts, types=types, note='discharge summary docx')


def p_html_table_note(c):
    p = c.person(); ips = NURSES[1]; gp = c.pick(STAFF)
    key, dx, meds, lab = cond(c, c.pick(['endo', 'cardio', 'pneumo']))
    types = {'patient_name', 'diagnosis'}
    rows = [(c.T('Patient', 'Patient'), c.pname(p, 'last_first'))]
    if c.chance(0.7):
        rows.append(('NAM', c.nam(p))); types.add('ramq_nam')
    if c.chance(0.6):
        rows.append((c.T('DDN', 'DOB'), p.dob.isoformat())); types.add('date_of_birth')
    rows.append(('Dx', dx))
    if meds:
        rows.append(('Rx', ', '.join(meds))); types.add('medication')
    if lab:
        rows.append((c.T('Labo', 'Labs'), lab)); types.add('lab_result')
    text = '\n'.join([c.greet(gp), '', c.T('Résumé de ma visite IPS :', 'Summary of my NP visit:'), '', '[[TABLE]]', '', c.close(), c.sig(ips)])
    return dict(cat='np_note', frm=ips, to=[gp], subject=c.T('Visite IPS - résumé', 'NP visit summary'), text=text, table=([c.T('Élément', 'Item'), c.T('Détail', 'Detail')], rows), types=types,
                mode=c.pick(['html', 'alt']), note='nurse practitioner note in html table')


def p_mental_social(c):
    p = c.person(); sw = ADMIN[6]; psy = SPECIALISTS['psy']
    types = {'patient_name', 'social_information', 'diagnosis'}
    soc = c.pick(SOCIAL_FR if c.lang == 'fr' else SOCIAL_EN)
    L = [c.greet(psy), '', c.T(f"Je vous écris au sujet de {c.pname(p)} que je suis en travail social.", f"I'm writing about {c.pname(p)}, whom I follow in social work."),
         soc + '.', c.T(f"Symptômes dépressifs importants (PHQ-9 = {c.rng.randrange(15, 26)}), a cessé la sertraline d'elle-même.", f"Significant depressive symptoms (PHQ-9 = {c.rng.randrange(15, 26)}), stopped sertraline on her own.")]
    types |= {'lab_result', 'medication'}
    L += id_lines(c, p, types, 0.4, 0.5)
    L += ['', c.T('Une évaluation rapide serait appréciée.', 'A timely assessment would be appreciated.'), c.sig(sw)]
    subj = c.T(c.pick(['Situation préoccupante', 'Demande évaluation psy', 'Confidentiel - suivi']), c.pick(['Concerning situation', 'Psych assessment request', 'Confidential - follow-up']))
    return dict(cat='mental_health_social', frm=sw, to=[psy], subject=subj, text='\n'.join(L), types=types, note='social and mental health info')


def p_ramq_patient(c):
    p = c.person(); bill = ADMIN[3]; gp = c.pick(STAFF)
    types = {'patient_name', 'ramq_nam', 'diagnosis'}
    code = c.pick([('250', c.T('diabète', 'diabetes')), ('496', 'MPOC' if c.lang == 'fr' else 'COPD'), ('V22', c.T('grossesse normale', 'normal pregnancy')), ('311', c.T('dépression', 'depression'))])
    L = [c.greet(gp), '', c.T(f"La RAMQ a refusé la demande de paiement pour {c.pname(p)} (NAM {c.nam(p)}), code diagnostic {code[0]} ({code[1]}), message d'explication 103.",
                              f"RAMQ rejected the claim for {c.pname(p)} (NAM {c.nam(p)}), diagnosis code {code[0]} ({code[1]}), explanation code 103."),
         c.T("Peux-tu confirmer la date de service et si c'était une visite de suivi de clientèle vulnérable?", 'Can you confirm the date of service and whether it was a vulnerable-patient follow-up?'), '', c.close(), c.sig(bill)]
    return dict(cat='billing_patient', frm=bill, to=[gp], subject=c.T('Refus RAMQ - à corriger', 'RAMQ rejection - to fix'), text='\n'.join(L), types=types, note='RAMQ claim about one identified patient')


def p_disguised(c):
    p = c.person(); a = c.pick(STAFF + NURSES)
    types = {'patient_name', 'ramq_nam'}
    nm = ' '.join(p.nam[:4].lower()) + ' ' + ' '.join(p.nam[4:])
    nm = c.pick([nm, f"{p.nam[:4]}.{p.nam[4:8]}.{p.nam[8:]}", f"{p.nam[:4].lower()} {p.nam[4:6]} {p.nam[6:8]} {p.nam[8:10]} {p.nam[10:]}", f"{p.nam[:4]}_{p.nam[4:]}"])
    dxs = c.pick([c.T('suivi VIH, charge virale indétectable', 'HIV follow-up, undetectable viral load'), c.T('IVG prévue la semaine prochaine', 'abortion scheduled next week'),
                  c.T('hépatite C traitée', 'treated hepatitis C'), c.T('trouble lié à l\'usage des opioïdes, sous Suboxone', 'opioid use disorder on Suboxone')])
    types.add('diagnosis')
    if 'Suboxone' in dxs:
        types.add('medication')
    if 'charge virale' in dxs or 'viral load' in dxs:
        types.add('lab_result')
    L = [c.pick(['slt', 'Allo', 'Hey', 'Bonjour']) if c.lang == 'fr' else c.pick(['hey', 'Hi']), '',
         c.T(f"pt {p.given.lower()} {p.surname.lower()} ({nm}) - {dxs}. tu peux checker son dossier stp", f"pt {p.given.lower()} {p.surname.lower()} ({nm}) - {dxs}. can u check the chart pls"), '', a[2]]
    return dict(cat='disguised_id', frm=a, to=[c.pick(STAFF)], subject=c.pick(['?', 'question', c.T('pt à voir', 'pt to see'), 'urgent']), text='\n'.join(L), types=types, note='disguised NAM spelling, sensitive diagnosis')


def p_mrn_only(c):
    a = c.pick(STAFF); mrn = make_mrn(c.rng)
    types = {'mrn', 'diagnosis'}
    L = [c.greet(), '', c.T(f"Dossier {mrn} : la patiente a reçu son diagnostic de cancer du sein hier, elle est très ébranlée.", f"Chart {mrn}: the patient received her breast cancer diagnosis yesterday and is very shaken."),
         c.T("Pourriez-vous l'appeler pour le suivi psychosocial?", 'Could you call her for psychosocial follow-up?')]
    if c.chance(0.5):
        L.append(c.T('Elle a mentionné des difficultés financières importantes.', 'She mentioned major financial difficulties.')); types.add('social_information')
    L += ['', c.close(), c.sig(a)]
    return dict(cat='mrn_only', frm=a, to=[ADMIN[6]], subject=c.T(f"Suivi dossier {mrn}", f"Follow-up chart {mrn}"), text='\n'.join(L), types=types, note='chart number with diagnosis, no name')


def p_clinic_list_body(c):
    ps = c.persons(c.rng.randrange(3, 7)); nurse = c.pick(NURSES[:3])
    types = {'patient_name', 'diagnosis'}
    rows = []
    for p in ps:
        t = dt.time(c.rng.randrange(8, 16), c.pick([0, 20, 40]))
        reason = c.pick([c.T('suivi db2', 'T2DM f/u'), c.T('MPOC - spiro', 'COPD - spiro'), c.T('suivi grossesse 32 SA', 'prenatal 32 wk'), c.T('HTA', 'HTN'), c.T('dépression', 'depression')])
        rows.append((f"{t:%H:%M}", f"{p.surname.upper()}, {p.given}", reason))
    if c.chance(0.4):
        rows = [r + (p.dob.isoformat(),) for r, p in zip(rows, ps)]; header = [c.T('Heure', 'Time'), 'Patient', c.T('Motif', 'Reason'), c.T('DDN', 'DOB')]; types.add('date_of_birth')
    else:
        header = [c.T('Heure', 'Time'), 'Patient', c.T('Motif', 'Reason')]
    text = '\n'.join([c.greet(), '', c.T('Horaire de la clinique de demain :', "Tomorrow's clinic schedule:"), '', '[[TABLE]]', '', c.sig(nurse, False)])
    return dict(cat='clinic_list', frm=nurse, to=[c.pick(STAFF)], subject=c.T('Clinique de demain', "Tomorrow's clinic"), text=text, table=(header, rows), types=types, note='clinic list in body')


def p_forward_inline(c):
    p = c.person(); pa = ('', c.pmail(p)); gp = c.pick(STAFF); adm = ADMIN[0]
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    orig = c.T(f"Bonjour,\nJe suis {p.given} {p.surname}, patiente du Dr {gp[3]}. Mes pertes de sang ont recommencé depuis ma fausse couche et j'ai besoin d'un rendez-vous.\nMon numéro : {c.phone()}\nMerci",
               f"Hello,\nThis is {p.given} {p.surname}, patient of Dr. {gp[3]}. The bleeding has started again since my miscarriage and I need an appointment.\nMy number: {c.phone()}\nThanks")
    if c.chance(0.5):
        orig += c.T(f"\nMa carte soleil : {c.nam(p)}", f"\nMy health card: {c.nam(p)}"); types.add('ramq_nam')
    text = c.T('Dre, voir message ci-dessous reçu sur la boîte générale. Je lui donne une place demain?', 'Doc, see below from the general inbox. Should I book her tomorrow?') + '\n\n' + adm[2] + '\n\n' + \
        forward_block(c, orig, f"{p.given} {p.surname} <{pa[1]}>", f"info@{ORGS['gmf1'][2]}", when_str(c, c.lang), c.T('rendez-vous', 'appointment'), c.lang)
    return dict(cat='forward_inline', frm=adm, to=[gp], subject=c.T('TR: rendez-vous', 'Fwd: appointment'), text=text, types=types, note='inline forward of patient message')


POSITIVES = [p_referral, p_radiology, p_diabetes_lab, p_copd, p_perinatal, p_vaccination_child, p_telehealth, p_homecare, p_belgian, p_french,
             p_ontario, p_social_sin, p_roster_xlsx, p_vacc_csv, p_vcard, p_zip_referral, p_attached_eml, p_reply_quote, p_subject_only,
             p_filename_only, p_pharmacy, p_discharge, p_html_table_note, p_mental_social, p_ramq_patient, p_disguised, p_mrn_only,
             p_clinic_list_body, p_forward_inline, p_belgian, p_french]


# ---------------------------------------------------------------------------
# Negative scenarios (no identifiable patient)
# ---------------------------------------------------------------------------

def all_staff():
    return STAFF + list(SPECIALISTS.values()) + NURSES


def n_oncall(c):
    adm = ADMIN[0]
    start = c.date_near(30)
    rows = []
    for i in range(7):
        d = start + dt.timedelta(days=i)
        s = c.pick(STAFF)
        rows.append((fmt_date(d, c.lang, c.rng) if i == 0 else d.isoformat(), staff_name(s, c.lang), ORGS[s[6]][4], c.pick(['8h-16h', '16h-24h', '24 h']) if c.lang == 'fr' else c.pick(['8-16', '16-24', '24h'])))
    header = [c.T('Date', 'Date'), c.T('Médecin de garde', 'On-call physician'), c.T('Téléphone', 'Phone'), c.T('Quart', 'Shift')]
    text = '\n'.join([c.greet(), '', c.T('Voici la liste de garde de la semaine prochaine. Les échanges doivent être approuvés par la DSP.', "Here is next week's on-call list. Swaps must be approved by the DPS."), '', '[[TABLE]]', '', c.close(), c.sig(adm)])
    atts = [('bytes', 'garde.xlsx' if c.lang == 'fr' else 'oncall.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Garde', header, rows))] if c.chance(0.5) else []
    return dict(cat='schedule', frm=adm, to=[('Médecins GMF', 'medecins@gmf-troiscollines.example')], subject=c.T('Liste de garde', 'On-call schedule'), text=text, table=(header, rows), atts=atts, note='staff on-call schedule')


def n_leave(c):
    s = c.pick(all_staff()); hr = ADMIN[4]
    d1 = c.date_near(90); d2 = d1 + dt.timedelta(days=c.rng.randrange(3, 15))
    L = [c.greet(hr), '', c.T(f"Je souhaite prendre mes vacances du {fmt_date(d1, 'fr', c.rng)} au {fmt_date(d2, 'fr', c.rng)}. {c.pick(['Karim', 'Julie', 'Olivier'])} accepte de me remplacer pour le suivi de ma clientèle diabétique.",
                             f"I'd like to take vacation from {fmt_date(d1, 'en', c.rng)} to {fmt_date(d2, 'en', c.rng)}. {c.pick(['Karim', 'Julie', 'Olivier'])} will cover my diabetes follow-ups."),
         c.T(f"No d'employé : {c.rng.randrange(100000, 999999)}", f"Employee no.: {c.rng.randrange(100000, 999999)}"), '', c.close(), c.sig(s)]
    return dict(cat='leave_request', frm=s, to=[hr], subject=c.T('Demande de congé', 'Leave request'), text='\n'.join(L), note='staff leave')


def n_occ_health(c):
    s = c.pick(NURSES + ADMIN[:6]); hr = ('Santé et sécurité au travail', 'sst@hres.example')
    L = [c.greet(s), '', c.T(f"Selon nos registres, votre sérologie anti-HBs est à {c.rng.randrange(2, 9)} UI/L (non protectrice). Une dose de rappel d'Engerix-B vous est offerte au bureau SST.",
                             f"Our records show your anti-HBs titre is {c.rng.randrange(2, 9)} IU/L (non-protective). An Engerix-B booster is offered at the OHS office."),
         c.T(f"Matricule : {c.rng.randrange(100000, 999999)}. Votre retour progressif suite à votre entorse lombaire est approuvé.", f"Employee ID: {c.rng.randrange(100000, 999999)}. Your graduated return after your lumbar sprain is approved."),
         '', c.T('Service de santé et sécurité au travail', 'Occupational Health and Safety')]
    return dict(cat='occupational_health', frm=hr, to=[s], subject=c.T('SST - suivi employé', 'OHS - employee follow-up'), text='\n'.join(L), note='employee occupational health (HR)')


def n_ramq_batch(c):
    bill = ADMIN[3]
    rows = [(f"{c.rng.randrange(10000, 99999)}", f"{c.rng.randrange(20, 400)}", f"{c.rng.uniform(2000, 60000):.2f}", f"{c.rng.randrange(0, 12)}") for _ in range(c.rng.randrange(3, 7))]
    header = [c.T('No lot', 'Batch'), c.T('Nb demandes', 'Claims'), c.T('Montant ($)', 'Amount ($)'), c.T('Refus', 'Rejected')]
    L = [c.greet(), '', c.T('État de compte RAMQ de la période 2024-07 : ', 'RAMQ statement for period 2024-07:'), '', '[[TABLE]]', '',
         c.T(f"Principaux messages de refus : 103 (date de service), 176 (code de diagnostic manquant). Numéro de groupe {c.rng.randrange(10000, 99999)}.",
             f"Main rejection codes: 103 (date of service), 176 (missing diagnosis code). Group number {c.rng.randrange(10000, 99999)}."),
         c.T("Aucune donnée nominative dans ce rapport; les détails sont dans le portail.", 'No patient data here; details are in the portal.'), '', c.sig(bill)]
    return dict(cat='billing_ramq', frm=bill, to=[c.pick(STAFF)], subject=c.T('État de compte RAMQ', 'RAMQ statement'), text='\n'.join(L), table=(header, rows), note='aggregate RAMQ claims')


def n_invoice(c):
    proc = ADMIN[2]
    po = make_sin(c.rng)  # 9-digit Luhn-valid purchase order number (hard negative)
    items = c.rng.sample([('Glucomètre FreeStyle (boîte 10)', 'FreeStyle meter (box of 10)', 189.0), ('Bandelettes glycémie x50', 'Glucose strips x50', 32.5),
                          ('Spiromètre portable SP-20', 'Portable spirometer SP-20', 1450.0), ('Seringues 1 mL x100', '1 mL syringes x100', 18.9),
                          ('Embouts de spirométrie x200', 'Spirometry mouthpieces x200', 96.0), ('Doppler fœtal DF-3', 'Fetal doppler DF-3', 620.0)], 3)
    rows = [(it[0] if c.lang == 'fr' else it[1], c.rng.randrange(1, 12), f"{it[2]:.2f}", f"SN{c.rng.randrange(10 ** 9, 10 ** 10)}") for it in items]
    header = [c.T('Article', 'Item'), c.T('Qté', 'Qty'), c.T('Prix unit.', 'Unit price'), c.T('No série', 'Serial')]
    L = [c.greet(proc), '', c.T(f"Facture pour le bon de commande {po} ci-dessous.", f"Invoice for purchase order {po} below."), '', '[[TABLE]]', '',
         c.T(f"Conditions : net 30 jours. TPS 123456789 RT0001.", 'Terms: net 30. GST 123456789 RT0001.'), '', 'Fournitures Médicales Estrie-Nord', 'comptes@fme-nord.example', '819-555-0190']
    atts = [('bytes', f"facture_{c.rng.randrange(10000, 99999)}.pdf", 'application', 'pdf', make_pdf('Facture / Invoice', [f"PO {po}"] + [' | '.join(map(str, r)) for r in rows]))] if c.chance(0.6) else []
    return dict(cat='invoice', frm=('Fournitures Médicales Estrie-Nord', 'comptes@fme-nord.example'), to=[proc], subject=c.T(f"Facture - BC {po}", f"Invoice - PO {po}"), text='\n'.join(L), table=(header, rows), atts=atts, note='invoice with PO and serial numbers')


def n_supplies(c):
    s = c.pick(NURSES); proc = ADMIN[2]
    L = [c.greet(proc), '', c.T('Pourrais-tu commander pour la clinique de vaccination et la clinique MPOC :', 'Could you order for the immunization and COPD clinics:'),
         c.T('- 4 boîtes de gants nitrile M\n- 2 boîtes aiguilles 25G 1"\n- 1 caisse de chambres d\'inhalation AeroChamber\n- 3 thermomètres frigo (data logger)',
             '- 4 boxes nitrile gloves M\n- 2 boxes 25G 1" needles\n- 1 case AeroChamber spacers\n- 3 fridge data-logger thermometers'),
         c.T(f"Centre de coût : {c.rng.randrange(1000, 9999)}-{c.rng.randrange(100, 999)}", f"Cost centre: {c.rng.randrange(1000, 9999)}-{c.rng.randrange(100, 999)}"), '', c.close(), c.sig(s)]
    return dict(cat='supplies', frm=s, to=[proc], subject=c.T('Commande matériel', 'Supply order'), text='\n'.join(L), note='supply order')


def n_vaccine_inventory(c):
    s = NURSES[4]
    rows = [(v[0] if c.lang == 'fr' else v[1], lot(c.rng), (c.date_near(200) + dt.timedelta(days=200)).isoformat(), c.rng.randrange(0, 80)) for v in c.rng.sample(VACCINES, 5)]
    header = [c.T('Produit', 'Product'), 'Lot', c.T('Expiration', 'Expiry'), c.T('Doses', 'Doses')]
    text = '\n'.join([c.greet(), '', c.T('Inventaire des vaccins au frigo 2 (actif HRES-FR-00231) :', 'Vaccine inventory, fridge 2 (asset HRES-FR-00231):'), '', '[[TABLE]]', '', c.T('Commande à passer au CIUSSS-dépôt avant jeudi.', 'Order from the regional depot before Thursday.'), c.sig(s)])
    return dict(cat='vaccine_inventory', frm=s, to=[ADMIN[2]], subject=c.T('Inventaire vaccins', 'Vaccine inventory'), text=text, table=(header, rows), note='vaccine lots and counts')


def n_cold_chain(c):
    s = c.pick(NURSES)
    L = [c.greet(), '', c.T(f"Bris de chaîne de froid au frigo de vaccins (no série {c.rng.randrange(10 ** 7, 10 ** 8)}) : température max 11,4 °C pendant 2 h 40 la nuit dernière.",
                             f"Cold-chain break in vaccine fridge (serial {c.rng.randrange(10 ** 7, 10 ** 8)}): max 11.4 °C for 2 h 40 last night."),
         c.T('Les vaccins sont en quarantaine, ne pas utiliser avant l\'avis de la santé publique. Aucun patient n\'a reçu de dose de ces lots.', 'Vaccines quarantined; do not use until public health advises. No patient received doses from these lots.'),
         c.T(f"Lots concernés : {lot(c.rng)}, {lot(c.rng)}", f"Lots involved: {lot(c.rng)}, {lot(c.rng)}"), '', c.sig(s)]
    return dict(cat='cold_chain', frm=s, to=[('Santé publique - vaccination', 'vaccination@sp-estrie.example')], subject=c.T('Bris de chaîne de froid', 'Cold chain excursion'), text='\n'.join(L), importance=True, note='cold chain incident, lots only')


def n_cme(c):
    sp = c.pick(list(SPECIALISTS.values())); org = ADMIN[0]
    topic = c.pick([c.T('Nouveautés dans la prise en charge du diabète de type 2 : iSGLT2 et arGLP-1', 'Update on type 2 diabetes: SGLT2i and GLP-1 RA'),
                    c.T('MPOC : quand référer en réadaptation pulmonaire?', 'COPD: when to refer to pulmonary rehab?'),
                    c.T('Dépistage du diabète gestationnel : algorithme québécois 2024', 'Gestational diabetes screening: 2024 algorithm'),
                    c.T('Vaccination VRS chez l\'adulte de 60 ans et plus', 'RSV vaccination in adults 60+')])
    start = dt.datetime.combine(c.date_near(60), dt.time(12, 0))
    L = [c.greet(), '', c.T(f"Midi-conférence : « {topic} », présentée par {staff_name(sp, 'fr')}, {sp[4]} au HRES.", f"Lunch & learn: \"{topic}\", presented by {staff_name(sp, 'en')}, {sp[5]} at HRES."),
         c.T(f"Date : {fmt_date(start.date(), 'fr', c.rng)}, 12 h à 13 h, salle 2.114 et en visio.", f"Date: {fmt_date(start.date(), 'en', c.rng)}, noon-1 pm, room 2.114 and online."),
         c.T('1 heure de crédits de catégorie A (DPC). Lunch fourni.', '1 hour Category A CPD credit. Lunch provided.'), '', c.sig(org)]
    atts = [('text', 'midi-conference.ics', 'calendar', make_ics(f"cme-{c.rng.getrandbits(32):08x}@hres.example", topic, start, 60, 'Salle 2.114 / Teams', topic, staff_addr(org)), 'utf-8')] if c.chance(0.5) else []
    return dict(cat='continuing_education', frm=org, to=[('Tous les médecins', 'medecins@hres.example')], subject=c.T('Midi-conférence', 'Lunch & learn') + ' - ' + topic[:40], text='\n'.join(L), atts=atts, note='CME speaker and topic')


def n_minutes(c):
    sec = ADMIN[0]
    n1, n2 = c.rng.randrange(150, 400), c.rng.randrange(20, 70)
    L = [c.T('Procès-verbal - Comité qualité GMF', 'Minutes - FMG Quality Committee'), '', c.T(f"Présents : {', '.join(staff_name(s, 'fr') for s in c.rng.sample(STAFF, 4))}, {NURSES[0][2]} {NURSES[0][3]}", f"Present: {', '.join(staff_name(s, 'en') for s in c.rng.sample(STAFF, 4))}, {NURSES[2][2]} {NURSES[2][3]}"),
         '', c.T(f"1. Indicateurs diabète : {n1} patients inscrits; {n2} % avec HbA1c > 8 %. Objectif 2025 : < 25 %.", f"1. Diabetes indicators: {n1} registered patients; {n2}% with HbA1c > 8%. 2025 target: < 25%."),
         c.T(f"2. Clinique MPOC : délai moyen pour spirométrie {c.rng.randrange(3, 12)} semaines.", f"2. COPD clinic: mean wait for spirometry {c.rng.randrange(3, 12)} weeks."),
         c.T(f"3. Périnatalité : {c.rng.randrange(40, 90)} suivis de grossesse actifs, 3 transferts en obstétrique ce trimestre.", f"3. Perinatal: {c.rng.randrange(40, 90)} active pregnancies, 3 OB transfers this quarter."),
         c.T("4. Divers : accréditation en novembre, rappel du protocole de désinfection des spiromètres.", '4. Other: accreditation in November, reminder of spirometer cleaning protocol.'),
         '', c.T('Prochaine rencontre : 2e mardi du mois.', 'Next meeting: 2nd Tuesday of the month.'), c.sig(sec)]
    atts = [('bytes', c.T('PV_comite_qualite.docx', 'quality_minutes.docx'), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(L[0], L[2:9]))] if c.chance(0.5) else []
    return dict(cat='committee_minutes', frm=sec, to=[('Comité qualité', 'qualite@gmf-troiscollines.example')], subject=c.T('PV comité qualité', 'Quality committee minutes'), text='\n'.join(L), atts=atts, note='minutes with aggregates')


def n_newsletter(c):
    items = [c.T('Campagne de vaccination antigrippale : début le 1er novembre, sans rendez-vous les mardis.', 'Flu campaign starts November 1, walk-in Tuesdays.'),
             c.T('Télésanté : nouvelle plateforme de visioconférence, guide en pièce jointe.', 'Telehealth: new video platform, guide attached.'),
             c.T('Bienvenue à la Dre Maude Charest, qui se joint au GMF des Érables-Rouges!', 'Welcome to Dr. Maude Charest, joining the Red Maples FMG!'),
             c.T('Rappel : la clinique de périnatalité déménage au 2e étage.', 'Reminder: the perinatal clinic moves to the 2nd floor.'),
             c.T('Statistiques : 4 212 téléconsultations au dernier trimestre (+18 %).', 'Stats: 4,212 virtual visits last quarter (+18%).')]
    c.rng.shuffle(items)
    body = ''.join(f'<h3>{html.escape(i.split(":")[0])}</h3><p>{html.escape(i)}</p>' for i in items[:4])
    htmlbody = f'<table width="600"><tr><td><h1>{c.T("Le Fil GMF - bulletin", "The FMG Wire - newsletter")}</h1>{body}<p style="font-size:8pt">{c.T("Pour vous désabonner", "Unsubscribe")}: bulletin@hres.example</p></td></tr></table>'
    text = '\n\n'.join(items[:4])
    return dict(cat='newsletter', frm=('Communications HRES', 'bulletin@hres.example'), to=[('Personnel', 'tous@hres.example')], subject=c.T('Le Fil GMF - édition ', 'The FMG Wire - issue ') + str(c.rng.randrange(10, 60)),
                text=text, html=htmlbody, mode=c.pick(['html', 'alt']), note='newsletter')


def n_it(c):
    it = ADMIN[1]; s = c.pick(all_staff())
    L = [c.greet(s), '', c.pick([c.T(f"Votre billet no {c.rng.randrange(100000, 999999)} est résolu : le mot de passe du DMÉ a été réinitialisé. Connectez-vous avec le code temporaire envoyé par texto.", f"Ticket #{c.rng.randrange(100000, 999999)} resolved: your EMR password was reset. Log in with the temporary code sent by SMS."),
                                 c.T('Maintenance du VPN samedi de 22 h à 2 h. La télésanté et le DSQ seront indisponibles.', 'VPN maintenance Saturday 10 pm-2 am. Telehealth and DSQ unavailable.'),
                                 c.T(f"L'imprimante du poste des infirmières (actif IMP-{c.rng.randrange(1000, 9999)}, IP 10.22.{c.rng.randrange(1, 254)}.{c.rng.randrange(1, 254)}) a été remplacée.", f"The nursing station printer (asset PRN-{c.rng.randrange(1000, 9999)}) was replaced.")]),
         '', c.sig(it)]
    return dict(cat='it_notice', frm=it, to=[s], subject=c.T('Soutien informatique', 'IT support'), text='\n'.join(L), note='IT mail')


def n_facilities(c):
    f = ADMIN[5]
    L = [c.greet(), '', c.pick([c.T('Travaux de ventilation dans l\'aile B (imagerie) du 14 au 18; prévoir du bruit.', 'HVAC work in wing B (imaging) from the 14th to 18th; expect noise.'),
                                c.T('Le stationnement P3 sera fermé pour le déneigement mardi nuit.', 'Parking P3 closed Tuesday night for snow removal.'),
                                c.T('Inspection de l\'ascenseur 2 jeudi matin; utiliser l\'ascenseur de service pour les civières.', 'Elevator 2 inspection Thursday AM; use the service elevator for stretchers.')]),
         '', c.sig(f)]
    return dict(cat='facilities', frm=f, to=[('Tout le personnel', 'tous@hres.example')], subject=c.T('Avis - installations', 'Facilities notice'), text='\n'.join(L), note='facilities')


def n_job(c):
    hr = ADMIN[4]
    role = c.pick([c.T('Infirmier(ère) clinicien(ne) - périnatalité', 'Clinical nurse - perinatal'), c.T('IPSPL - GMF des Érables-Rouges', 'Primary care NP - Red Maples FMG'),
                   c.T('Technologue en imagerie médicale', 'Medical imaging technologist'), c.T('Agent(e) administratif(ve) classe 2', 'Administrative officer')])
    L = [c.T(f"Affichage interne no {c.rng.randrange(2024000, 2024999)} : {role}", f"Internal posting #{c.rng.randrange(2024000, 2024999)}: {role}"), '',
         c.T('Poste permanent temps complet, 35 h/sem. Expérience en suivi de grossesse, diabète ou MPOC un atout. Bilinguisme requis pour nos partenariats avec la Belgique et la France.',
             'Permanent full-time, 35 h/week. Experience in prenatal care, diabetes or COPD an asset. Bilingualism required for our Belgian and French partnerships.'),
         c.T('Date limite : dans 14 jours. Postuler via le portail RH.', 'Deadline: 14 days. Apply via HR portal.'), '', c.sig(hr)]
    return dict(cat='job_posting', frm=hr, to=[('Personnel', 'tous@hres.example')], subject=c.T('Affichage de poste', 'Job posting') + ' - ' + role, text='\n'.join(L), note='job posting')


def n_blank_form(c):
    a = c.pick(STAFF + [ADMIN[0]])
    fields = [c.T('Nom du patient : ______________________', 'Patient name: ______________________'), c.T('NAM : ____ ____ ____', 'RAMQ no.: ____ ____ ____'),
              c.T('Date de naissance : AAAA-MM-JJ', 'Date of birth: YYYY-MM-DD'), c.T('Motif de consultation : ________', 'Reason for referral: ________'),
              c.T('Médication actuelle : ________', 'Current medication: ________'), c.T('Priorité : A / B / C / D / E', 'Priority: A / B / C / D / E')]
    L = [c.greet(), '', c.T('Voici le nouveau formulaire de demande de consultation (version 2024-06). Merci de ne plus utiliser l\'ancienne version.', 'Here is the new referral form (2024-06 version). Please stop using the old one.'), '', c.close(), c.sig(a)]
    att = c.pick([('bytes', c.T('formulaire_consultation_vierge.pdf', 'blank_referral_form.pdf'), 'application', 'pdf', make_pdf(c.T('Demande de consultation', 'Consultation request'), fields)),
                  ('bytes', c.T('formulaire_vierge.docx', 'blank_form.docx'), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(c.T('Demande de consultation', 'Consultation request'), fields))])
    return dict(cat='blank_form', frm=a, to=[('Médecins', 'medecins@gmf-erablesrouges.example')], subject=c.T('Nouveau formulaire de consultation', 'New referral form'), text='\n'.join(L), atts=[att], note='blank form')


def n_teaching_case(c):
    t = STAFF[5] if c.lang == 'en' else STAFF[4]
    case = c.pick([c.T('Femme de 34 ans, G2P1, 28 SA, HGPO anormale (5,4 / 10,9 / 9,0). Discussion : seuils diagnostiques et début de l\'insuline.', 'Woman, 34, G2P1 at 28 weeks, abnormal OGTT (5.4 / 10.9 / 9.0). Discussion: thresholds and starting insulin.'),
                   c.T('Homme de 67 ans, MPOC GOLD 3, VEMS 38 %, 3e exacerbation. Quelle triple thérapie? Quand l\'O2?', 'Man, 67, COPD GOLD 3, FEV1 38%, 3rd exacerbation. Which triple therapy? When O2?'),
                   c.T('Adolescent de 15 ans, fatigue, polyurie, glycémie aléatoire 19 mmol/L. Approche en première ligne.', '15-year-old, fatigue, polyuria, random glucose 19 mmol/L. Primary care approach.')])
    L = [c.greet(), '', c.T('Cas clinique pour la demi-journée académique des résidents (anonymisé) :', 'Teaching case for residents\' academic half-day (anonymised):'), '', case, '',
         c.T('Préparez vos réponses, on en discute mercredi.', 'Prepare answers, discussion Wednesday.'), c.sig(t)]
    return dict(cat='teaching_case', frm=t, to=[('Résidents GMF-U', 'residents@gmfu-lacargente.example')], subject=c.T('Cas clinique - demi-journée académique', 'Teaching case - academic half-day'), text='\n'.join(L), note='anonymised teaching case')


def n_stats(c):
    j = ADMIN[8]
    rows = [(org_name(k, c.lang), c.rng.randrange(200, 1800), f"{c.rng.uniform(5, 25):.1f}", c.rng.randrange(20, 60)) for k in ['gmf1', 'gmf2', 'gmf3']]
    header = [c.T('Site', 'Site'), c.T('Téléconsultations', 'Virtual visits'), c.T('% non-présentation', '% no-show'), c.T('Diabétiques HbA1c>8 (%)', 'Diabetics A1c>8 (%)')]
    L = [c.greet(), '', c.T('Statistiques trimestrielles télésanté et maladies chroniques (données agrégées) :', 'Quarterly telehealth & chronic disease stats (aggregate):'), '', '[[TABLE]]', '', c.sig(j)]
    atts = [('bytes', c.T('stats_T2.xlsx', 'stats_Q2.xlsx'), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Stats', header, rows))] if c.chance(0.6) else []
    return dict(cat='statistics', frm=j, to=[('Direction', 'direction@hres.example')], subject=c.T('Statistiques T2', 'Q2 statistics'), text='\n'.join(L), table=(header, rows), atts=atts, note='aggregate stats')


def n_exchange_admin(c):
    pa = c.pick(PARTNERS); s = c.pick(STAFF)
    L = [c.greet(s), '', c.T(f"Nous confirmons l'arrivée de deux internes de médecine générale pour l'échange d'automne. Ils seront hébergés à la résidence du GMF-U (logement 4B).",
                             f"We confirm two general-practice residents arriving for the fall exchange. They will stay at the teaching FMG residence (unit 4B)."),
         c.T(f"Numéro INAMI du superviseur belge : 1-{c.rng.randrange(10000, 99999)}-{c.rng.randrange(10, 99)}-{c.rng.randrange(100, 999)}. Convention signée le 12 mars.", f"Belgian supervisor INAMI number: 1-{c.rng.randrange(10000, 99999)}-{c.rng.randrange(10, 99)}-{c.rng.randrange(100, 999)}. Agreement signed March 12."),
         c.T('Programme : GMF (médecine familiale, suivi diabète, MPOC), périnatalité, télésanté.', 'Rotation: FMG (family medicine, diabetes, COPD), perinatal, telehealth.'), '', c.close(), c.sig(pa)]
    return dict(cat='exchange_programme', frm=pa, to=[s], subject=c.T('Échange - arrivée des internes', 'Exchange - residents arriving'), text='\n'.join(L), note='exchange programme logistics')


def n_equipment(c):
    f = c.pick([ADMIN[5], ADMIN[9]])
    L = [c.greet(), '', c.T(f"Le tomodensitomètre (no série {c.pick(['CT', 'SOM', 'GE'])}{c.rng.randrange(10 ** 7, 10 ** 8)}) sera en maintenance préventive mardi de 7 h à 13 h. Les examens électifs sont reportés; urgences dirigées vers l'appareil 2.",
                             f"The CT scanner (serial {c.pick(['CT', 'SOM', 'GE'])}{c.rng.randrange(10 ** 7, 10 ** 8)}) will be down for preventive maintenance Tuesday 7 am-1 pm. Elective exams rescheduled; emergencies to unit 2."),
         c.T(f"Actif : {c.pick(['HRES', 'MAGO', 'VALO'])}{c.rng.randrange(10 ** 7, 10 ** 8)}", f"Asset: {c.pick(['HRES', 'MAGO', 'VALO'])}{c.rng.randrange(10 ** 7, 10 ** 8)}"), '', c.sig(f)]
    return dict(cat='equipment_maintenance', frm=f, to=[('Imagerie', 'imagerie@hres.example')], subject=c.T('Maintenance TDM', 'CT maintenance'), text='\n'.join(L), note='asset and serial numbers')


def n_meeting_reply(c):
    a, b = c.rng.sample(STAFF, 2)
    orig = '\n'.join([c.greet(b), '', c.T('Est-ce qu\'on peut déplacer la rencontre sur les protocoles MPOC à jeudi 13 h?', 'Can we move the COPD protocol meeting to Thursday 1 pm?'), '', a[2]])
    text = c.T('Jeudi me convient. J\'apporte les données de la clinique (agrégées).', 'Thursday works. I\'ll bring the clinic data (aggregate).') + '\n\n' + b[2] + '\n\n' + quote_block(c, orig, staff_name(a, c.lang), when_str(c, c.lang), c.lang)
    return dict(cat='meeting', frm=b, to=[a], subject=c.T('RE: Rencontre protocoles MPOC', 'RE: COPD protocol meeting'), text=text, note='staff meeting reply')


def n_directory(c):
    rows = [(staff_name(s, c.lang), s[4] if c.lang == 'fr' else s[5], c.pick([c.T('MPOC, asthme, apnée du sommeil', 'COPD, asthma, sleep apnea'), c.T('diabète, thyroïde', 'diabetes, thyroid'), c.T('grossesse à risque', 'high-risk pregnancy'), c.T('insuffisance cardiaque, FA', 'heart failure, AF'), c.T('troubles de l\'humeur', 'mood disorders')]), ORGS[s[6]][4] + f" #{c.rng.randrange(200, 499)}")
            for s in SPECIALISTS.values()]
    header = [c.T('Médecin', 'Physician'), c.T('Spécialité', 'Specialty'), c.T('Champs d\'intérêt', 'Areas of interest'), c.T('Poste', 'Extension')]
    text = '\n'.join([c.greet(), '', c.T('Bottin mis à jour des spécialistes pour les références :', 'Updated specialist directory for referrals:'), '', '[[TABLE]]', '', c.sig(ADMIN[0])])
    return dict(cat='directory', frm=ADMIN[0], to=[('Médecins GMF', 'medecins@gmf-troiscollines.example')], subject=c.T('Bottin des spécialistes', 'Specialist directory'), text=text, table=(header, rows), note='physicians with diseases they treat')


def n_protocol(c):
    a = c.pick([NURSES[0], NURSES[1], SPECIALISTS['endo']])
    L = [c.greet(), '', c.T('Mise à jour de l\'ordonnance collective d\'ajustement de l\'insuline basale :', 'Update to the basal insulin titration medical directive:'),
         c.T('- Débuter glargine 10 U HS ou 0,1-0,2 U/kg\n- Augmenter de 1 U/jour jusqu\'à glycémie à jeun 4-7 mmol/L\n- Si hypoglycémie < 4, diminuer de 10-20 %\n- Contre-indications : DFGe < 15, grossesse (référer)',
             '- Start glargine 10 U qhs or 0.1-0.2 U/kg\n- Increase by 1 U/day until fasting glucose 4-7 mmol/L\n- If hypoglycemia < 4, reduce by 10-20%\n- Contraindications: eGFR < 15, pregnancy (refer)'),
         '', c.T('Approuvée par le CMDP. Entrée en vigueur le 1er du mois.', 'Approved by the CMDP. Effective 1st of the month.'), c.sig(a)]
    return dict(cat='clinical_protocol', frm=a, to=[('Infirmières GMF', 'infirmieres@gmf-troiscollines.example')], subject=c.T('OC insuline basale - mise à jour', 'Basal insulin directive - update'), text='\n'.join(L), note='generic protocol, no patient')


def n_shortage(c):
    ph = ADMIN[7]
    drug = c.pick([('salbutamol 100 mcg (Ventolin)', '02241497'), ('sémaglutide 1 mg (Ozempic)', '02471477'), ('amoxicilline 250 mg/5 mL susp.', '00628123'), ('insuline NPH', '02024233')])
    L = [c.greet(), '', c.T(f"Rupture d'approvisionnement : {drug[0]} (DIN {drug[1]}) jusqu'à nouvel ordre. Alternatives proposées dans le tableau de l'APES.",
                             f"Shortage: {drug[0]} (DIN {drug[1]}) until further notice. Alternatives listed in the pharmacists' table."),
         c.T('Merci d\'en tenir compte dans vos ordonnances pour vos patients diabétiques et MPOC.', 'Please take this into account when prescribing for diabetic and COPD patients.'), '', c.sig(ph)]
    return dict(cat='drug_shortage', frm=ph, to=[('Prescripteurs', 'prescripteurs@gmf-troiscollines.example')], subject=c.T('Rupture de stock', 'Drug shortage'), text='\n'.join(L), note='drug shortage with DIN')


def n_lab_notice(c):
    lab = ('Laboratoire HRES', 'labo@hres.example')
    L = [c.greet(), '', c.T('À compter du 3 juin, le laboratoire change d\'analyseur pour l\'HbA1c. Intervalle de référence : 4,0-6,0 %. Les résultats pourraient varier de ± 0,2 %.',
                             'Starting June 3, the lab switches HbA1c analyzer. Reference interval: 4.0-6.0%. Results may shift by ± 0.2%.'),
         c.T('Valeurs critiques inchangées : K+ > 6,0 mmol/L, glucose < 2,5 mmol/L.', 'Critical values unchanged: K+ > 6.0 mmol/L, glucose < 2.5 mmol/L.'), '', 'Laboratoire HRES - ' + ORGS['hosp'][4]]
    return dict(cat='lab_notice', frm=lab, to=[('Médecins', 'medecins@hres.example')], subject=c.T('Avis du laboratoire', 'Lab notice'), text='\n'.join(L), note='lab service notice')


def n_prenatal_classes(c):
    n = NURSES[3]
    L = [c.greet(), '', c.T('Les rencontres prénatales de groupe reprennent : mardis 18 h 30, 6 semaines. Sujets : alimentation, diabète gestationnel, allaitement, dépression post-partum (dépistage), sommeil du nouveau-né.',
                             'Group prenatal classes resume: Tuesdays 6:30 pm, 6 weeks. Topics: nutrition, gestational diabetes, breastfeeding, postpartum depression screening, newborn sleep.'),
         c.T('Inscription au 819-555-0142 poste 300. Merci de distribuer l\'affiche dans vos salles d\'attente.', 'Register at 819-555-0142 ext. 300. Please post the flyer in waiting rooms.'), '', c.sig(n)]
    atts = [('bytes', c.T('affiche_prenatal.pdf', 'prenatal_flyer.pdf'), 'application', 'pdf', make_pdf(c.T('Rencontres prénatales', 'Prenatal classes'), L[2:4]))] if c.chance(0.5) else []
    return dict(cat='perinatal_service', frm=n, to=[('GMF réseau', 'reseau@gmf-troiscollines.example')], subject=c.T('Rencontres prénatales', 'Prenatal classes'), text='\n'.join(L), atts=atts, note='public service announcement')


def n_resident_eval(c):
    t = STAFF[4]
    rows = [(f"R{c.pick([1, 2])}", c.pick(['Gabriel Sirois', 'Laurence Ménard', 'Samuel Ouimet', 'Ariane Leduc', 'Noah Bélisle']), c.date_near(40).isoformat(), staff_name(c.pick(STAFF), c.lang)) for _ in range(4)]
    header = [c.T('Niveau', 'Level'), c.T('Résident', 'Resident'), c.T('Date éval.', 'Eval date'), c.T('Superviseur', 'Supervisor')]
    text = '\n'.join([c.greet(), '', c.T('Calendrier des évaluations de mi-stage :', 'Mid-rotation evaluation schedule:'), '', '[[TABLE]]', '', c.sig(t)])
    return dict(cat='teaching_admin', frm=t, to=[('Superviseurs', 'superviseurs@gmfu-lacargente.example')], subject=c.T('Évaluations mi-stage', 'Mid-rotation evaluations'), text=text, table=(header, rows), note='resident schedule')


def n_accreditation(c):
    d = ADMIN[0]
    L = [c.greet(), '', c.T('Visite d\'Agrément : les visiteurs examineront la tenue des dossiers, la double identification des usagers (nom + date de naissance) et la chaîne de froid des vaccins.',
                             'Accreditation visit: surveyors will review record keeping, two-identifier patient identification (name + date of birth) and vaccine cold chain.'),
         c.T('Aucune information sur les usagers ne doit être laissée sur les comptoirs.', 'No patient information should be left on counters.'), '', c.sig(d)]
    return dict(cat='accreditation', frm=d, to=[('Tout le personnel', 'tous@gmf-troiscollines.example')], subject=c.T('Préparation Agrément', 'Accreditation prep'), text='\n'.join(L), note='accreditation notice')


def n_telehealth_guide(c):
    j = ADMIN[8]
    L = [c.greet(), '', c.T('Guide rapide de la plateforme de téléconsultation :', 'Quick guide to the virtual visit platform:'),
         c.T('1. Ouvrir le rendez-vous dans l\'agenda\n2. Vérifier l\'identité : nom, date de naissance et NAM (ex. XXXX 0000 0000)\n3. Envoyer le lien par texto\n4. Documenter « consentement verbal à la télésanté »',
             '1. Open the appointment in the calendar\n2. Verify identity: name, DOB and health card (e.g. XXXX 0000 0000)\n3. Send link by SMS\n4. Document "verbal consent to telehealth"'),
         '', c.T('Soutien : poste 4444.', 'Support: ext. 4444.'), c.sig(j)]
    atts = [('bytes', c.T('guide_telesante.pdf', 'telehealth_guide.pdf'), 'application', 'pdf', make_pdf(c.T('Guide télésanté', 'Telehealth guide'), L[2].split('\n') + L[3].split('\n')))] if c.chance(0.6) else []
    return dict(cat='telehealth_admin', frm=j, to=[('Cliniciens', 'cliniciens@hres.example')], subject=c.T('Guide télésanté', 'Telehealth guide'), text='\n'.join(L), atts=atts, note='guide with placeholder identifiers')


def n_retirement(c):
    s = c.pick(all_staff())
    L = [c.greet(), '', c.T(f"Après 31 ans au GMF, {s[2]} {s[3]} prend sa retraite! 5 à 7 le vendredi {c.date_near(30).day}, au café La Grange. Contribution pour le cadeau : 10 $ auprès de Lucie.",
                             f"After 31 years at the FMG, {s[2]} {s[3]} is retiring! Party Friday the {c.date_near(30).day}, at La Grange café. Gift contribution: $10 to Lucie."), '', c.sig(ADMIN[0], False)]
    return dict(cat='social_event', frm=ADMIN[0], to=[('Équipe', 'equipe@gmf-troiscollines.example')], subject=c.T('Départ à la retraite', 'Retirement party'), text='\n'.join(L), note='staff retirement')


def n_timesheet(c):
    hr = ADMIN[4]
    L = [c.greet(), '', c.T(f"Rappel : les feuilles de temps de la période {c.rng.randrange(1, 26)} doivent être approuvées avant lundi midi. Les primes de garde et de télésanté doivent être codées (code 047).",
                             f"Reminder: timesheets for pay period {c.rng.randrange(1, 26)} must be approved by Monday noon. On-call and telehealth premiums must be coded (code 047)."), '', c.sig(hr)]
    return dict(cat='payroll', frm=hr, to=[('Gestionnaires', 'gestionnaires@hres.example')], subject=c.T('Feuilles de temps', 'Timesheets'), text='\n'.join(L), note='payroll reminder')


def n_ramq_codes(c):
    b = ADMIN[3]
    rows = [('250', c.T('Diabète sucré', 'Diabetes mellitus')), ('496', c.T('Obstruction chronique des voies respiratoires', 'Chronic airway obstruction')),
            ('V22', c.T('Surveillance de grossesse normale', 'Supervision of normal pregnancy')), ('V04', c.T('Vaccination', 'Vaccination')), ('311', c.T('Trouble dépressif', 'Depressive disorder'))]
    L = [c.greet(), '', c.T('Rappel des codes de diagnostic les plus utilisés pour la facturation RAMQ (liste générale, aucune donnée patient) :', 'Reminder of common diagnosis codes for RAMQ billing (general list, no patient data):'), '', '[[TABLE]]', '',
         c.T('Entente FMOQ : nouveaux codes de forfait pour le suivi à distance en vigueur.', 'New telehealth follow-up fee codes now in effect.'), c.sig(b)]
    return dict(cat='billing_codes', frm=b, to=[('Médecins', 'medecins@gmf-erablesrouges.example')], subject=c.T('Codes de facturation', 'Billing codes'), text='\n'.join(L), table=([c.T('Code', 'Code'), c.T('Libellé', 'Label')], rows), note='billing codes, no patient')


def n_partner_agreement(c):
    pa = c.pick(PARTNERS[2:]); d = ('Direction des services professionnels', 'dsp@hres.example')
    L = [c.greet(), '', c.T(f"Ci-joint la convention de partenariat avec {org_name('fr', 'fr')} (FINESS {c.rng.randrange(10 ** 8, 10 ** 9)}) et {org_name('be', 'fr')} (INAMI {c.rng.randrange(10 ** 10, 10 ** 11)}).",
                             f"Attached is the partnership agreement with {org_name('fr', 'en')} (FINESS {c.rng.randrange(10 ** 8, 10 ** 9)}) and {org_name('be', 'en')} (INAMI {c.rng.randrange(10 ** 10, 10 ** 11)})."),
         c.T('Article 7 : les échanges de renseignements cliniques se font uniquement par la messagerie sécurisée.', 'Section 7: clinical information is exchanged only via secure messaging.'), '', c.sig(pa)]
    atts = [('bytes', 'convention_partenariat.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx('Convention de partenariat', L[2:4]))]
    return dict(cat='partnership', frm=pa, to=[d], subject=c.T('Convention de partenariat', 'Partnership agreement'), text='\n'.join(L), atts=atts, note='institution numbers only')


def n_recall(c):
    p = ADMIN[2]
    L = [c.greet(), '', c.T(f"Avis de rappel du fabricant : lecteurs de glycémie modèle GX-200, numéros de série {c.rng.randrange(10 ** 6, 10 ** 7)} à {c.rng.randrange(10 ** 6, 10 ** 7)}. Risque d'affichage erroné en mmol/L.",
                             f"Manufacturer recall: GX-200 glucose meters, serials {c.rng.randrange(10 ** 6, 10 ** 7)} to {c.rng.randrange(10 ** 6, 10 ** 7)}. Risk of wrong unit display."),
         c.T('Vérifiez vos stocks et retournez les appareils concernés à l\'approvisionnement.', 'Check your stock and return affected units to procurement.'), '', c.sig(p)]
    return dict(cat='device_recall', frm=p, to=[('Cliniques', 'cliniques@hres.example')], subject=c.T('Rappel de produit', 'Product recall'), text='\n'.join(L), note='device recall with serials')


def n_interpreter(c):
    a = ADMIN[0]
    L = [c.greet(), '', c.T('Horaire des interprètes (espagnol, arabe, dari) pour le mois : lundis et jeudis AM au GMF-U. Réservez 48 h d\'avance via le formulaire.',
                             'Interpreter schedule (Spanish, Arabic, Dari) this month: Mondays and Thursdays AM at the teaching FMG. Book 48 h ahead via the form.'), '', c.sig(a)]
    return dict(cat='interpreter_services', frm=a, to=[('Cliniciens', 'cliniciens@gmfu-lacargente.example')], subject=c.T('Interprètes - horaire', 'Interpreters - schedule'), text='\n'.join(L), note='service schedule')


def n_safety_report(c):
    q = ('Gestion des risques', 'risques@hres.example')
    L = [c.greet(), '', c.T(f"Bilan trimestriel des événements indésirables : {c.rng.randrange(20, 80)} déclarations AH-223, dont {c.rng.randrange(3, 12)} erreurs de médication (aucune conséquence grave), {c.rng.randrange(1, 6)} chutes.",
                             f"Quarterly adverse events summary: {c.rng.randrange(20, 80)} incident reports, incl. {c.rng.randrange(3, 12)} medication errors (no serious harm), {c.rng.randrange(1, 6)} falls."),
         c.T('Thème du mois : double vérification de l\'insuline et des anticoagulants.', 'Theme of the month: double-check insulin and anticoagulants.'), '', q[0]]
    return dict(cat='risk_management', frm=q, to=[('Gestionnaires', 'gestionnaires@hres.example')], subject=c.T('Bilan des événements indésirables', 'Adverse events summary'), text='\n'.join(L), note='aggregate incidents')


def n_forward_admin(c):
    a = c.pick(STAFF); adm = ADMIN[0]
    orig = c.T(f"Bonjour,\nLe congrès de la FMOQ aura lieu du 6 au 8 novembre. Le GMF rembourse l'inscription (max 600 $).\nMerci de confirmer avant le 30.\n{adm[2]}",
               f"Hello,\nThe family medicine conference is November 6-8. The FMG reimburses registration (max $600).\nPlease confirm by the 30th.\n{adm[2]}")
    text = c.T('Je serai présente les 3 jours.', "I'll attend all 3 days.") + '\n\n' + a[2] + '\n\n' + forward_block(c, orig, f"{adm[2]} {adm[3]} <{staff_addr(adm)}>", 'medecins@gmf-troiscollines.example', when_str(c, c.lang), c.T('Congrès', 'Conference'), c.lang)
    return dict(cat='conference', frm=a, to=[adm], subject=c.T('TR: Congrès', 'Fwd: Conference'), text=text, note='staff forwarding admin info')


def n_staff_vaccination(c):
    n = NURSES[4]
    L = [c.greet(), '', c.T('Clinique de vaccination antigrippale pour les employés : salle 1.020, 7 h à 15 h du 4 au 8 novembre. Apportez votre carte d\'employé.',
                             'Staff flu vaccination clinic: room 1.020, 7 am-3 pm, Nov 4-8. Bring your employee badge.'),
         c.T(f"Taux de vaccination du personnel l'an dernier : {c.rng.randrange(40, 75)} %.", f"Staff vaccination rate last year: {c.rng.randrange(40, 75)}%."), '', c.sig(n)]
    return dict(cat='staff_vaccination', frm=n, to=[('Tout le personnel', 'tous@hres.example')], subject=c.T('Vaccination du personnel', 'Staff flu shots'), text='\n'.join(L), note='staff vaccination campaign')


def n_reply_logistics(c):
    a, b = c.rng.sample(NURSES, 2)
    orig = c.T("As-tu la clé du local de spirométrie? Le technicien du fournisseur (Bernard, cell 819-555-0455) arrive à 10 h pour la calibration.",
               "Do you have the key to the spirometry room? The vendor tech (Bernard, cell 819-555-0455) arrives at 10 for calibration.")
    text = c.T('Oui, dans le tiroir du poste. Bonne journée!', 'Yes, in the nursing station drawer.') + '\n\n' + quote_block(c, orig, f"{a[2]} {a[3]}", when_str(c, c.lang), c.lang)
    return dict(cat='logistics', frm=b, to=[a], subject=c.T('RE: clé local spiro', 'RE: spiro room key'), text=text, note='staff logistics with vendor phone')


NEGATIVES = [n_oncall, n_leave, n_occ_health, n_ramq_batch, n_invoice, n_supplies, n_vaccine_inventory, n_cold_chain, n_cme, n_minutes,
             n_newsletter, n_it, n_facilities, n_job, n_blank_form, n_teaching_case, n_stats, n_exchange_admin, n_equipment, n_meeting_reply,
             n_directory, n_protocol, n_shortage, n_lab_notice, n_prenatal_classes, n_resident_eval, n_accreditation, n_telehealth_guide,
             n_retirement, n_timesheet, n_ramq_codes, n_partner_agreement, n_recall, n_interpreter, n_safety_report, n_forward_admin,
             n_staff_vaccination, n_reply_logistics]


# ---------------------------------------------------------------------------
# Driver, self-check
# ---------------------------------------------------------------------------

ALLOWED_TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
                 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


def generate(seed, out):
    rng = random.Random(seed)
    ctx = Ctx(rng, load_people())
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith('.eml'):
                    os.remove(os.path.join(d, f))
        os.makedirs(d, exist_ok=True)
    labels = {}
    for kind, funcs, n, n_en in (('p', POSITIVES, N_POS, 30), ('n', NEGATIVES, N_NEG, 45)):
        plan = (funcs * (n // len(funcs) + 1))[:n]
        rng.shuffle(plan)
        langs = ['en'] * n_en + ['fr'] * (n - n_en)
        rng.shuffle(langs)
        for i, (fn, lang) in enumerate(zip(plan, langs), 1):
            ctx.lang = lang
            spec = fn(ctx)
            data, mode, cs, cte, ls = build_message(ctx, spec, i, kind)
            rel = f"{'positive' if kind == 'p' else 'negative'}/{kind}{i:03d}_{spec['cat']}.eml"
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            types = sorted(spec.get('types', ())) if kind == 'p' else []
            note = f"{spec.get('note', '')}; {mode}, {cs}, {cte}, {'CRLF' if ls == chr(13) + chr(10) else 'LF'}"
            if spec.get('atts'):
                note += '; attachments: ' + ', '.join(a[1] for a in spec['atts'])
            labels[rel] = {'confidential': kind == 'p', 'types': types, 'lang': lang, 'note': note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(f"{sub}/{f}" for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for rel in files:
        lab = labels[rel]
        if rel.startswith('positive/'):
            assert lab['confidential'] is True and lab['types'], rel
            assert set(lab['types']) <= ALLOWED_TYPES, rel
        else:
            assert lab['confidential'] is False and lab['types'] == [], rel
        assert lab['lang'] in ('fr', 'en')
        with open(os.path.join(out, rel), 'rb') as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert msg['Subject'] is not None and msg['From'] is not None
        nparts = 0
        for part in msg.walk():
            if part.is_multipart():
                continue
            content = part.get_content()
            nparts += 1
            ctype = part.get_content_type()
            if ctype == 'application/pdf':
                assert content.startswith(b'%PDF'), rel
            elif ctype in ('application/zip',) or ctype.startswith('application/vnd.openxmlformats'):
                zipfile.ZipFile(io.BytesIO(content)).testzip()
            elif part.get_content_maintype() == 'text':
                assert isinstance(content, str)
        assert nparts >= 1, rel
    return labels


def digest(out):
    h = hashlib.sha256()
    rels = sorted(f"{sub}/{f}" for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml')) + ['labels.json']
    for rel in rels:
        h.update(rel.encode() + b'\0')
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    generate(a.seed, a.out)
    labels = self_check(a.out)
    pos = [v for v in labels.values() if v['confidential']]
    neg = [v for v in labels.values() if not v['confidential']]
    print(f"positives: {len(pos)} (fr {sum(v['lang'] == 'fr' for v in pos)}, en {sum(v['lang'] == 'en' for v in pos)})")
    print(f"negatives: {len(neg)} (fr {sum(v['lang'] == 'fr' for v in neg)}, en {sum(v['lang'] == 'en' for v in neg)})")
    tc = {}
    for v in pos:
        for t in v['types']:
            tc[t] = tc.get(t, 0) + 1
    print('types:', ', '.join(f"{k}={tc[k]}" for k in sorted(tc)))
    print('sha256:', digest(a.out))


if __name__ == '__main__':
    main()
