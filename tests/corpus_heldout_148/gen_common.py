"""Shared data for the Deux-Rives orthopaedics corpus: seed, people, identifiers, formatting.

Everything here is invented. Phone numbers use 555-01xx, domains end in .example.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 25148
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

ORG_FR = 'Hôpital des Deux-Rives'
ORG_EN = 'Two Rivers Hospital'
DOM = 'deuxrives.example'
SITE_QC = 'Pavillon Pontbriand, 410, boul. des Draveurs, Pontbriand (Québec) J0X 2R0'
SITE_ON = 'Carleton Mills Site, 85 Mill Race Road, Carleton Mills, ON K0B 1T0'
TEL_FRACT = '819-555-0114'
TEL_PLATRES = '819-555-0115'
TEL_ARTHRO = '819-555-0121'
TEL_ON_FRACT = '613-555-0132'
TEL_ON_ARTHRO = '613-555-0137'
FAX_QC = '819-555-0119'
FAX_ON = '613-555-0139'


# --------------------------------------------------------------------------- staff
class Person:
    def __init__(self, given, surname, role_fr, role_en, email, sex='F', title=None, phone=None):
        self.given, self.surname = given, surname
        self.role_fr, self.role_en = role_fr, role_en
        self.email, self.sex, self.title, self.phone = email, sex, title, phone

    @property
    def full(self):
        return f'{self.given} {self.surname}'

    def dr(self, lang):
        if not self.title:
            return self.full
        if lang == 'fr':
            return ('Dre ' if self.sex == 'F' else 'Dr ') + self.full
        return 'Dr. ' + self.full


def _p(given, surname, rfr, ren, local, sex, title=None, phone=None, dom=DOM):
    return Person(given, surname, rfr, ren, f'{local}@{dom}', sex, title, phone)


STAFF = {
    'lacasse': _p('Étienne', 'Lacasse', 'chirurgien orthopédiste, arthroplastie', 'orthopaedic surgeon, arthroplasty', 'etienne.lacasse', 'M', 'dr', TEL_ARTHRO),
    'vachon': _p('Hélène', 'Vachon', 'chirurgienne orthopédiste, traumatologie', 'orthopaedic surgeon, trauma', 'helene.vachon', 'F', 'dr', TEL_FRACT),
    'patel': _p('Rajiv', 'Patel', 'chirurgien orthopédiste, main et poignet', 'orthopaedic surgeon, hand and wrist', 'rajiv.patel', 'M', 'dr', TEL_ON_FRACT),
    'fraser': _p('Colin', 'Fraser', 'orthopédiste pédiatrique', 'paediatric orthopaedic surgeon', 'colin.fraser', 'M', 'dr', TEL_ON_FRACT),
    'dionne': _p('Amélie', 'Dionne', 'chirurgienne orthopédiste, médecine sportive', 'orthopaedic surgeon, sports medicine', 'amelie.dionne', 'F', 'dr', TEL_FRACT),
    'okafor': _p('Chidi', 'Okafor', 'chirurgien orthopédiste, arthroplastie', 'orthopaedic surgeon, arthroplasty', 'chidi.okafor', 'M', 'dr', TEL_ON_ARTHRO),
    'nguyen': _p('Kevin', 'Nguyen', 'résident R3 orthopédie', 'PGY-3 orthopaedics resident', 'kevin.nguyen', 'M', 'dr'),
    'gosselin': _p('Karine', 'Gosselin', 'infirmière pivot, programme d\'arthroplastie', 'nurse navigator, joint replacement program', 'karine.gosselin', 'F', None, TEL_ARTHRO),
    'harper': _p('Jenna', 'Harper', 'infirmière, clinique de fractures', 'RN, fracture clinic', 'jenna.harper', 'F', None, TEL_ON_FRACT),
    'bisson': _p('Luc', 'Bisson', 'technicien en orthopédie, salle des plâtres', 'orthopaedic technologist, cast room', 'luc.bisson', 'M', None, TEL_PLATRES),
    'walsh': _p('Megan', 'Walsh', 'physiothérapeute', 'physiotherapist', 'megan.walsh', 'F', None),
    'menard': _p('Julien', 'Ménard', 'physiothérapeute, coordonnateur', 'physiotherapist, coordinator', 'julien.menard', 'M', None),
    'rioux': _p('Nadia', 'Rioux', 'agente administrative, liste d\'attente chirurgicale', 'administrative officer, surgical wait list', 'nadia.rioux', 'F', None, TEL_ARTHRO),
    'kowalski': _p('Tanya', 'Kowalski', 'commis aux rendez-vous', 'booking clerk, orthopaedics', 'tanya.kowalski', 'F', None, TEL_ON_FRACT),
    'labrecque': _p('Sophie', 'Labrecque', 'travailleuse sociale', 'social worker', 'sophie.labrecque', 'F', None),
    'gervais': _p('Patrick', 'Gervais', 'chef de service, orthopédie', 'department head, orthopaedics', 'patrick.gervais', 'M', 'dr'),
    'ramsay': _p('Linda', 'Ramsay', 'gestionnaire, programme d\'arthroplastie', 'program manager, joint replacement', 'linda.ramsay', 'F', None),
    'huot': _p('Olivier', 'Huot', 'pharmacien', 'pharmacist', 'olivier.huot', 'M', None),
    'desrosiers': _p('Chantal', 'Desrosiers', 'conseillère en ressources humaines', 'HR advisor', 'chantal.desrosiers', 'F', None),
    'baxter': _p('Owen', 'Baxter', 'approvisionnement', 'procurement officer', 'owen.baxter', 'M', None),
    'lemieux': _p('Isabelle', 'Lemieux', 'AIC, unité de chirurgie 4e', 'nurse manager, 4th floor surgery', 'isabelle.lemieux', 'F', None),
    'quinn': _p('Declan', 'Quinn', 'technicien en orthopédie', 'orthopaedic technologist', 'declan.quinn', 'M', None, TEL_ON_FRACT),
    'perreault': _p('Mélanie', 'Perreault', 'archiviste médicale', 'health records technician', 'melanie.perreault', 'F', None),
    'hebert': _p('Simon', 'Hébert', 'anesthésiologiste', 'anaesthesiologist', 'simon.hebert', 'M', 'dr'),
}

EXTERNAL = {
    'gmf': Person('Marie-Claude', 'Turcotte', 'médecin de famille, GMF Pontbriand', 'family physician', 'mc.turcotte@gmf-pontbriand.example', 'F', 'dr', '819-555-0160'),
    'gmf2': Person('Benoît', 'Charbonneau', 'médecin de famille, GMF des Écluses', 'family physician', 'b.charbonneau@gmf-ecluses.example', 'M', 'dr', '819-555-0163'),
    'fp_on': Person('Andrew', 'Henderson', 'médecin de famille', 'family physician, Carleton Mills FHT', 'ahenderson@carletonmills-fht.example', 'M', 'dr', '613-555-0171'),
    'fp_on2': Person('Priya', 'Sandhu', 'médecin de famille', 'family physician, Riverside Family Practice', 'psandhu@riversidefp.example', 'F', 'dr', '613-555-0174'),
    'physio_qc': Person('Geneviève', 'Lachance', 'physiothérapeute, Physio Action Rive-Nord', 'physiotherapist', 'reception@physioaction-rn.example', 'F', None, '819-555-0181'),
    'physio_on': Person('Marcus', 'Doyle', 'physiotherapist', 'physiotherapist, Carleton Mills Physio & Rehab', 'intake@cmphysio.example', 'M', None, '613-555-0183'),
    'pharm_qc': Person('Anne', 'Gingras', 'pharmacienne, Pharmacie Gingras et Audet', 'pharmacist', 'ordonnances@pharmgingras.example', 'F', None, '819-555-0186'),
    'pharm_on': Person('Daniel', 'Kerr', 'pharmacist', 'pharmacist, Mill Street Pharmacy', 'rx@millstreetrx.example', 'M', None, '613-555-0187'),
    'clsc': Person('Josiane', 'Poulin', 'intervenante, soutien à domicile CLSC des Draveurs', 'home care', 'sad.draveurs@cisss-rives.example', 'F', None, '819-555-0190'),
    'hcc': Person('Renée', 'Whitfield', 'coordonnatrice', 'care coordinator, Home and Community Care', 'intake.east@homecare-on.example', 'F', None, '613-555-0191'),
    'cnesst': Person('Service', 'des réclamations', 'CNESST', 'CNESST', 'documents.medicaux@cnesst.example', 'F'),
    'wsib': Person('Health Care', 'Services', 'WSIB', 'WSIB', 'healthcare.reports@wsib.example', 'F'),
    'dpj': Person('Réception', 'des signalements', 'DPJ', 'DPJ', 'signalement@dpj-rives.example', 'F'),
    'cas': Person('Intake', 'Team', 'CAS', 'Children\'s Aid Society intake', 'intake@cas-prescottriver.example', 'F'),
    'transport_qc': Person('Centrale', 'transport', 'Transport adapté', 'transport', 'reservations@transport-adapte-rives.example', 'F'),
    'transport_on': Person('Booking', 'Desk', 'Accessible transit', 'Accessible transit', 'bookings@rivertransit.example', 'F'),
    'insurer': Person('Assistance', 'Voyage', 'Assistance voyage', 'Travel assistance', 'dossiers@assist-horizon.example', 'F'),
    'vendor': Person('Claire', 'Ferreira', 'représentante, Orthéon Médical', 'sales rep, Ortheon Medical', 'c.ferreira@ortheon.example', 'F', None, '514-555-0150'),
    'vendor2': Person('Graham', 'Lindqvist', 'représentant, Kestrel Implants', 'territory manager, Kestrel Implants', 'glindqvist@kestrel-implants.example', 'M', None, '416-555-0152'),
}


def sig(p, lang, site=None):
    """A signature block (lines) with the clinic address and phone."""
    role = p.role_fr if lang == 'fr' else p.role_en
    lines = [p.dr(lang) if p.title else p.full, role[0].upper() + role[1:]]
    org = ORG_FR if lang == 'fr' else ORG_EN
    if p.email.endswith('@' + DOM):
        lines.append(org)
        if site is None:
            site = SITE_QC if lang == 'fr' else SITE_ON
        lines.append(site)
    if p.phone:
        lines.append(('Tél. : ' if lang == 'fr' else 'Tel: ') + p.phone)
    return lines


# --------------------------------------------------------------------------- NAM holders
def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Patient(giv, sur, datetime.date.fromisoformat(dob), sex, nam=nam, holder=True))
    return out


# --------------------------------------------------------------------------- patients
PAT_SURNAMES_FR = ['Tremblay', 'Bergeron', 'Côté', 'Lavoie', 'Dufour', 'Beaulieu', 'Deschênes', 'Villeneuve',
                   'Lachapelle', 'Desjardins', 'Pelchat', 'Boisvert', 'Drouin', 'Lacroix', 'Lapierre',
                   'Perron', 'Turgeon', 'Bédard', 'Laflamme', 'Cyr', 'Audet', 'Dubé', 'St-Pierre', 'Larouche',
                   'Trudel', 'Lévesque', 'Gaudreault', 'Brisson', 'Fréchette', 'Landry', 'Beauchemin', 'Rochon',
                   'Vaillancourt', 'Sirois', 'Paradis', 'Thériault', 'Lafrenière', 'Provencher', 'Mercier', 'Guay']
PAT_SURNAMES_EN = ['Campbell', 'Murray', "O'Neill", 'McKenna', 'Robertson', 'Sutherland', 'Gallagher', 'Novak',
                   'Haddad', 'Osei', 'Kaminski', 'Fitzgerald', 'Moreau-Clarke', 'Abbott', 'Dunn', 'Greer',
                   'Patterson', 'Sinclair', 'Vandermeer', 'Kowal', 'Ahmadi', 'Bellamy', 'Crawford', 'Dimitriou',
                   'Ellison', 'Forsyth', 'Hollis', 'Ivanova', 'Jansen', 'Lockhart', 'Mendes', 'Petrakis']
GIVEN_F_FR = ['Yolande', 'Lucie', 'Jocelyne', 'Francine', 'Carole', 'Hélène', 'Mireille', 'Suzanne', 'Lise',
              'Nicole', 'Chloé', 'Léa', 'Rosalie', 'Annie', 'Véronique', 'Thérèse', 'Huguette', 'Maude']
GIVEN_M_FR = ['Réjean', 'Yvon', 'Gaétan', 'Normand', 'Serge', 'Denis', 'Mathis', 'Félix', 'Jean-Guy', 'Raymond',
              'Benoît', 'Sébastien', 'Rémi', 'Alain', 'Gilbert', 'Laurent', 'Hugo', 'Éric']
GIVEN_F_EN = ['Margaret', 'Linda', 'Heather', 'Brenda', 'Kimberly', 'Olivia', 'Joan', 'Patricia', 'Shannon',
              'Dorothy', 'Ava', 'Chelsea', 'Ruth', 'Tamara', 'Fiona', 'Gwen']
GIVEN_M_EN = ['Douglas', 'Kenneth', 'Trevor', 'Gordon', 'Wayne', 'Bradley', 'Ethan', 'Noah', 'Harold', 'Stuart',
              'Curtis', 'Darren', 'Raymond', 'Ian', 'Mitchell', 'Owen']

STREETS_QC = ['rue des Érables', 'rang Saint-Joachim', 'rue Principale', 'chemin du Lac-Vert', 'rue Notre-Dame',
              'avenue des Pins', 'rue de la Fabrique', 'montée Leduc', 'rue des Saules', 'chemin de la Rivière']
TOWNS_QC = [('Pontbriand', 'J0X 2R0'), ('Saint-Aurèle-des-Rives', 'J0X 3B0'), ('Lac-aux-Outardes', 'J0X 1H0'),
            ('Val-Drapeau', 'J0X 2M0')]
STREETS_ON = ['Mill Race Road', 'Concession 4', 'Elgin Street', 'Maple Crescent', 'County Road 17',
              'Riverside Drive', 'Tannery Lane', 'Pine Hollow Road', 'Queen Street', 'Beech Avenue']
TOWNS_ON = [('Carleton Mills', 'K0B 1T0'), ('North Glengarry Falls', 'K0C 2A0'), ('Alfred Crossing', 'K0B 1A0'),
            ('Plantagenet Bend', 'K0B 1L0')]
PERSONAL_DOMAINS = ['courriel.example', 'maboite.example', 'mailbox.example', 'netmail.example']


class Patient:
    def __init__(self, given, surname, dob, sex, nam=None, holder=False):
        self.given, self.surname, self.dob, self.sex = given, surname, dob, sex
        self.nam, self.holder = nam, holder
        self.ohn = self.ohn_vc = self.sin = self.niss = self.nir = self.mrn = None
        self.street = self.town = self.postal = self.phone = self.email = None
        self.province = 'QC'

    @property
    def full(self):
        return f'{self.given} {self.surname}'

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def address(self, lang='fr'):
        if self.province == 'QC':
            return f'{self.street}, {self.town} (Québec) {self.postal}'
        return f'{self.street}, {self.town}, ON {self.postal}'


# --------------------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        body = str(rng.choice('1234567')) + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def ohn_valid(num):
    num = ''.join(ch for ch in num if ch.isdigit())
    return len(num) == 10 and num[0] != '0' and luhn.is_valid(num)


def make_ohn(rng):
    body = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(8))
    return body + luhn.calc_check_digit(body)


def make_niss(rng, dob, sex):
    for _ in range(1000):
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        n = int(('2' if dob.year >= 2000 else '') + base)
        num = base + '%02d' % (97 - n % 97)
        if be_nn.is_valid(num):
            return num
    raise RuntimeError('niss')


def make_nir(rng, dob, sex):
    for _ in range(1000):
        dept = '%02d' % rng.choice([13, 31, 33, 35, 38, 44, 59, 67, 69, 75, 76, 92])
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randint(1, 990) + \
            '%03d' % rng.randint(1, 999)
        num = base + '%02d' % (97 - int(base) % 97)
        if fr_nir.is_valid(num):
            return num
    raise RuntimeError('nir')


def make_mrn(rng):
    return '%07d' % rng.randint(100000, 2999999)


FW_OFFSET = 0xFEE0


def fullwidth(s):
    return ''.join(chr(ord(c) + FW_OFFSET) if ('0' <= c <= '9' or 'A' <= c <= 'Z' or 'a' <= c <= 'z') else
                   ('\u3000' if c == ' ' else c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {'plain': nam, 'std': f'{a} {b} {c}', 'dots': f'{a}.{b}.{c}', 'slash': f'{a}/{b}/{c}',
            'dash': f'{a}-{b}-{c}', 'wide': fullwidth(f'{a} {b} {c}'), 'lower': f'{a} {b} {c}'.lower(),
            'odd': f'{a[:2]} {a[2:]} {b} {c}'}[style]


def fmt_sin(s, style):
    a, b, c = s[:3], s[3:6], s[6:]
    return {'plain': s, 'std': f'{a} {b} {c}', 'dash': f'{a}-{b}-{c}', 'dots': f'{a}.{b}.{c}',
            'slash': f'{a}/{b}/{c}', 'wide': fullwidth(f'{a} {b} {c}'), 'odd': f'{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}'}[style]


def fmt_ohn(s, vc, style):
    a, b, c = s[:4], s[4:7], s[7:]
    v = (' ' + vc) if vc else ''
    return {'plain': s + (vc or ''), 'std': f'{a}-{b}-{c}{v}', 'space': f'{a} {b} {c}{v}',
            'dots': f'{a}.{b}.{c}{v}', 'slash': f'{a}/{b}/{c}', 'wide': fullwidth(f'{a} {b} {c}') + v,
            'odd': f'{s[:2]} {s[2:6]} {s[6:]}{v}'}[style]


def fmt_niss(s, style):
    return {'plain': s, 'std': f'{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}', 'space': f'{s[:6]} {s[6:9]} {s[9:]}',
            'wide': fullwidth(f'{s[:6]} {s[6:9]} {s[9:]}')}[style]


def fmt_nir(s, style):
    return {'plain': s, 'std': f'{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}',
            'dots': f'{s[0]}.{s[1:3]}.{s[3:5]}.{s[5:7]}.{s[7:10]}.{s[10:13]}.{s[13:]}',
            'wide': fullwidth(f'{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}')}[style]


def fmt_mrn(s, style):
    return {'plain': s, 'dash': f'{s[:3]}-{s[3:]}', 'space': f'{s[:3]} {s[3:]}', 'pref': f'DR-{s}',
            'dots': f'{s[:3]}.{s[3:]}', 'wide': fullwidth(s), 'slash': f'{s[:3]}/{s[3:]}'}[style]


# --------------------------------------------------------------------------- dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def dob_formats(d):
    """Every way a birth date may be written in this corpus (used by the checker)."""
    return [d.isoformat(), d.strftime('%d/%m/%Y'), d.strftime('%Y/%m/%d'), d.strftime('%d-%m-%Y'),
            f'{d.day} {MOIS[d.month - 1]} {d.year}', f'{MONTHS[d.month - 1]} {d.day}, {d.year}',
            f'{d.day} {MONTHS[d.month - 1]} {d.year}', d.strftime('%Y%m%d'), d.strftime('%d.%m.%Y'),
            f'{MONTHS[d.month - 1][:3]} {d.day}, {d.year}', d.strftime('%m/%d/%Y')]


def fmt_date(d, lang, style='long'):
    if style == 'iso':
        return d.isoformat()
    if style == 'num':
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%Y/%m/%d')
    if lang == 'fr':
        return f'{d.day} {MOIS[d.month - 1]} {d.year}'
    return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'


def fmt_day(d, lang):
    if lang == 'fr':
        return f'{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}'
    return f'{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}'


def wkday(d):
    """Move a date forward to the next weekday."""
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------- context
class Ctx:
    """Per-run state: a single RNG and the patient pools."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.holders = load_nams()
        self.used_holders = []
        self._pcount = 0
        start = datetime.datetime(2024, 9, 3, 8, 0)
        self.start = start
        self.msgno = 0

    # dates: a message date between Sep 2024 and Jun 2025, office hours mostly
    def msg_date(self):
        r = self.rng
        d = self.start + datetime.timedelta(days=r.randint(0, 290), hours=r.randint(0, 10),
                                            minutes=r.randint(0, 59), seconds=r.randint(0, 59))
        if d.weekday() >= 5 and r.random() < 0.8:
            d -= datetime.timedelta(days=d.weekday() - 4)
        return d

    def pick(self, seq):
        return self.rng.choice(seq)

    def holder(self, min_age=0, max_age=120, on=None):
        on = on or datetime.date(2025, 1, 15)
        cand = [h for h in self.holders if min_age <= h.age(on) <= max_age and h not in self.used_holders]
        if not cand:
            cand = [h for h in self.holders if min_age <= h.age(on) <= max_age]
        if not cand:
            cand = [h for h in self.holders if h not in self.used_holders] or list(self.holders)
        h = self.rng.choice(cand)
        if h not in self.used_holders:
            self.used_holders.append(h)
        self._fill(h, 'QC')
        return h

    def patient(self, province='QC', min_age=18, max_age=90, sex=None, lang=None):
        r = self.rng
        sex = sex or r.choice('FM')
        fr = (lang or ('fr' if province == 'QC' else 'en')) == 'fr'
        if fr:
            given = r.choice(GIVEN_F_FR if sex == 'F' else GIVEN_M_FR)
            sur = r.choice(PAT_SURNAMES_FR)
        else:
            given = r.choice(GIVEN_F_EN if sex == 'F' else GIVEN_M_EN)
            sur = r.choice(PAT_SURNAMES_EN)
        age = r.randint(min_age, max_age)
        dob = datetime.date(2025 - age, r.randint(1, 12), r.randint(1, 28))
        p = Patient(given, sur, dob, sex)
        self._fill(p, province)
        return p

    def _fill(self, p, province):
        r = self.rng
        if p.mrn:
            return
        p.province = province
        p.mrn = make_mrn(r)
        if province == 'QC':
            p.street = f'{r.randint(12, 2900)}, {r.choice(STREETS_QC)}'
            p.town, p.postal = r.choice(TOWNS_QC)
            p.phone = f'{r.choice(["819", "873"])}-555-01{r.randint(0, 99):02d}'
        else:
            p.street = f'{r.randint(12, 2900)} {r.choice(STREETS_ON)}'
            p.town, p.postal = r.choice(TOWNS_ON)
            p.phone = f'{r.choice(["613", "343"])}-555-01{r.randint(0, 99):02d}'
            p.ohn = make_ohn(r)
            p.ohn_vc = r.choice(['', 'AB', 'KT', 'MH', 'XR', 'DP'])
        p.sin = make_sin(r)
        loc = ascii_fold(p.given.lower().replace(' ', '').replace("'", '')) + '.' + \
            ascii_fold(p.surname.lower().replace(' ', '').replace("'", '')) + str(r.randint(1, 89))
        p.email = f'{loc}@{r.choice(PERSONAL_DOMAINS)}'

    def foreign(self, kind, lang='fr'):
        """A visiting patient from France (NIR) or Belgium (NISS)."""
        r = self.rng
        sex = r.choice('FM')
        if kind == 'fr':
            given = r.choice(['Camille', 'Manon', 'Inès', 'Clément', 'Théo', 'Baptiste', 'Margaux', 'Louise'])
            sur = r.choice(['Garnier', 'Rousseau', 'Lefebvre', 'Chevalier', 'Fabre', 'Marchal', 'Perrin'])
        else:
            given = r.choice(['Lotte', 'Wout', 'Amélie', 'Maxime', 'Jolien', 'Arnaud', 'Eline', 'Sander'])
            sur = r.choice(['Peeters', 'Janssens', 'Claes', 'Wouters', 'Dubois', 'Lambert', 'Goossens'])
        if given in ('Camille', 'Manon', 'Inès', 'Margaux', 'Louise', 'Lotte', 'Amélie', 'Jolien', 'Eline'):
            sex = 'F'
        else:
            sex = 'M'
        age = r.randint(19, 64)
        dob = datetime.date(2025 - age, r.randint(1, 12), r.randint(1, 28))
        p = Patient(given, sur, dob, sex)
        p.mrn = make_mrn(r)
        p.province = 'XX'
        if kind == 'fr':
            p.nir = make_nir(r, dob, sex)
            p.street = f'{r.randint(2, 80)} rue {r.choice(["des Tanneurs", "Victor-Hugo", "de la République", "du Moulin"])}'
            p.town, p.postal = r.choice([('Annecy', '74000'), ('Grenoble', '38000'), ('Rennes', '35000')])
            p.phone = f'{r.choice(["819", "613"])}-555-01{r.randint(0, 99):02d}'
        else:
            p.niss = make_niss(r, dob, sex)
            p.street = f'{r.choice(["Kerkstraat", "Rue de Namur", "Stationsstraat", "Avenue Brugmann"])} {r.randint(2, 120)}'
            p.town, p.postal = r.choice([('Leuven', '3000'), ('Namur', '5000'), ('Gent', '9000')])
            p.phone = f'{r.choice(["819", "613"])}-555-01{r.randint(0, 99):02d}'
        return p
