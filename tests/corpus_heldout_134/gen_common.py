"""Shared data and helpers: organisation, people, identifiers, formats.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import hashlib
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 13419
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

DOMAIN = 'cisdr.example'
ORG_FR = 'Centre intégré de santé des Deux-Rivières'
ORG_EN = 'Deux-Rivières Integrated Health Centre'
HOSP = 'Hôpital Saint-Aurèle'
UNIT_FR = "Centre de jour d'oncologie"
UNIT_EN = 'Oncology Day Unit'
PHARM_FR = 'Pharmacie oncologique'
PHARM_EN = 'Oncology Pharmacy'
ORG_ADDR = '1450, rue des Ormes, Val-des-Cèdres (Québec)  J9X 0A1'
ORG_ADDR_EN = '1450 des Ormes St., Val-des-Cèdres, QC  J9X 0A1'

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss',
         'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def phone(rng, area=None):
    area = area or rng.choice(['819', '873', '450', '613'])
    return '%s 555-01%02d' % (area, rng.randrange(0, 100))


def org_phone(rng):
    return '819 555-01%02d' % rng.randrange(10, 60)


# ---------------------------------------------------------------- staff
# Staff surnames never collide with a NAM holder's surname (checked in verify).
STAFF_FR = [
    ('Isabelle', 'Vachon', 'F', 'pharmacienne en oncologie', 'ivachon'),
    ('Mathieu', 'Cyr', 'M', 'pharmacien, Pharmacie oncologique', 'mcyr'),
    ('Karine', 'Dufresne', 'F', 'infirmière pivot en oncologie', 'kdufresne'),
    ('Nadia', 'Koulibaly', 'F', 'hémato-oncologue', 'nkoulibaly'),
    ('Julien', 'Arsenault', 'M', 'oncologue médical', 'jarsenault'),
    ('Sophie', 'Lamarre', 'F', 'ATP, cheffe d’équipe salle blanche', 'slamarre'),
    ('Éric', 'Bastien', 'M', 'chef du département de pharmacie', 'ebastien'),
    ('Marie-Ève', 'Trudel', 'F', 'agente administrative, centre de jour', 'metrudel'),
    ('Valérie', 'Hamel', 'F', 'travailleuse sociale, oncologie', 'vhamel'),
    ('Hélène', 'Desjardins', 'F', 'infirmière-chef, centre de jour', 'hdesjardins'),
    ('Annie', 'Provost', 'F', 'infirmière clinicienne', 'aprovost'),
    ('Guillaume', 'Beaulieu', 'M', 'coordonnateur clinico-administratif', 'gbeaulieu'),
    ('François', 'Champagne', 'M', 'pharmacien résident', 'fchampagne'),
    ('Caroline', 'Demers', 'F', 'infirmière, suivi téléphonique', 'cdemers'),
    ('Stéphane', 'Robitaille', 'M', 'hématologue', 'srobitaille'),
    ('Josiane', 'Fleury', 'F', 'ATP, préparation stérile', 'jfleury'),
]
STAFF_EN = [
    ('Rachel', 'Kim', 'F', 'Oncology Pharmacist', 'rkim'),
    ('David', 'Okafor', 'M', 'Pharmacy Technician Lead, Sterile Compounding', 'dokafor'),
    ('Imran', 'Qureshi', 'M', 'Medical Oncologist', 'iqureshi'),
    ('Laura', 'Stein', 'F', 'Hematologist', 'lstein'),
    ('Megan', 'Doyle', 'F', 'RN, Oncology Day Unit', 'mdoyle'),
    ('Patrick', 'Walsh', 'M', 'Pharmacy Manager', 'pwalsh'),
    ('Aisha', 'Rahman', 'F', 'Clinical Trials Coordinator', 'arahman'),
    ('Tom', 'Brennan', 'M', 'IT Service Desk', 'tbrennan'),
    ('Colleen', 'Murphy', 'F', 'HR Advisor', 'cmurphy'),
    ('Greg', 'Lindqvist', 'M', 'Facilities Supervisor', 'glindqvist'),
    ('Hannah', 'Ferris', 'F', 'Oncology Nurse Navigator', 'hferris'),
    ('Owen', 'Prescott', 'M', 'Pharmacy Resident', 'oprescott'),
    ('Zoe', 'Castellano', 'F', 'Unit Clerk, Oncology Day Unit', 'zcastellano'),
    ('Samuel', 'Achebe', 'M', 'Social Worker, Oncology', 'sachebe'),
    ('Renee', 'Dubois-Hart', 'F', 'Nurse Manager, Ambulatory Oncology', 'rduboishart'),
]


class Person:
    def __init__(self, given, surname, sex, role='', login=None, domain=DOMAIN):
        self.given, self.surname, self.sex, self.role = given, surname, sex, role
        self.login = login or (strip_accents(given[0] + surname).lower().replace(' ', '').replace("'", ''))
        self.domain = domain

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def addr(self):
        return '%s@%s' % (self.login, self.domain)

    def title_fr(self):
        if 'logue' in self.role or self.role.startswith('héma'):
            return ('Dre ' if self.sex == 'F' else 'Dr ') + self.full
        return self.full

    def title_en(self):
        if 'ologist' in self.role:
            return 'Dr. ' + self.full
        return self.full


def staff(lang, i):
    pool = STAFF_FR if lang == 'fr' else STAFF_EN
    g, s, sex, role, login = pool[i % len(pool)]
    return Person(g, s, sex, role, login)


def staff_by(lang, surname):
    pool = STAFF_FR if lang == 'fr' else STAFF_EN
    for g, s, sex, role, login in pool:
        if s == surname:
            return Person(g, s, sex, role, login)
    raise KeyError(surname)


def signature(p, lang, rng, short=False):
    ext = rng.randrange(2000, 4999)
    if lang == 'fr':
        if short:
            return '%s\n%s\n%s, poste %d' % (p.title_fr(), p.role, org_phone(rng), ext)
        return ('%s\n%s\n%s — %s\n%s\n%s\nTél. : %s, poste %d | Téléc. : %s\n%s' % (
            p.title_fr(), p.role, UNIT_FR if rng.random() < .5 else PHARM_FR, HOSP, ORG_FR,
            ORG_ADDR, org_phone(rng), ext, org_phone(rng), p.addr))
    if short:
        return '%s\n%s\n%s ext. %d' % (p.title_en(), p.role, org_phone(rng), ext)
    return ('%s\n%s | %s\n%s\n%s\nT %s ext. %d  F %s' % (
        p.title_en(), p.role, UNIT_EN if rng.random() < .5 else PHARM_EN, ORG_EN, ORG_ADDR_EN,
        org_phone(rng), ext, org_phone(rng)))


CONF_FR = ('AVIS DE CONFIDENTIALITÉ : Ce message est destiné exclusivement au destinataire. '
           'S’il vous a été transmis par erreur, veuillez le détruire et en aviser l’expéditeur.')
CONF_EN = ('This e-mail is intended only for the addressee. If you received it in error, '
           'please delete it and notify the sender.')

# ---------------------------------------------------------------- external parties
EXT = {
    'pharm_comm': ('Pharmacie Brassard et Fils', 'labo@pharmabrassard.example'),
    'pharm_comm2': ('Pharmacie du Vieux-Moulin', 'ordonnances@pvmoulin.example'),
    'pharm_en': ('Riverside Community Pharmacy', 'rx@riversidepharm.example'),
    'insurer': ('Assurances Laurentia — Médicaments', 'autorisations@laurentia-assur.example'),
    'insurer_en': ('Northway Life — Group Benefits', 'claims@northwaylife.example'),
    'ovcp': ('Ottawa Valley Cancer Program', 'referrals@ovcp.example'),
    'liege': ('Clinique Saint-Hubert — Oncologie', 'oncologie@csh-liege.example'),
    'valence': ('CH Valence-Sud — Hôpital de jour', 'hdj.oncologie@chvs.example'),
    'wholesaler': ('MédiDistrib Québec', 'service@medidistrib.example'),
    'transport': ('Transport bénévole des Deux-Rivières', 'repartition@tbdr.example'),
    'home_care': ('Soutien à domicile — CLSC des Érables', 'sad.erables@cisdr.example'),
    'chu_ped': ('CHU pédiatrique de la Capitale — Hémato-onco', 'hemonc.ped@chuped.example'),
    'sponsor': ('Boreal Oncology Research Group', 'safety@borealonc.example'),
}

# ---------------------------------------------------------------- patients
PAT_GIVEN_FR = [('Jocelyne', 'F'), ('Réjean', 'M'), ('Lise', 'F'), ('Gaétan', 'M'), ('Francine', 'F'),
                ('Normand', 'M'), ('Huguette', 'F'), ('Serge', 'M'), ('Micheline', 'F'), ('Yvon', 'M'),
                ('Carole', 'F'), ('Denis', 'M'), ('Lucie', 'F'), ('Rénald', 'M'), ('Monique', 'F'),
                ('Ghislain', 'M'), ('Claudette', 'F'), ('Marcel', 'M'), ('Suzanne', 'F'),
                ('Raymond', 'M'), ('Johanne', 'F'), ('Bernard', 'M'), ('Gilberte', 'F'),
                ('Jean-Guy', 'M'), ('Thérèse', 'F'), ('Alain', 'M'), ('Paulette', 'F'),
                ('Maurice', 'M'), ('Nicole', 'F'), ('Réal', 'M'), ('France', 'F'), ('Luc', 'M')]
PAT_SUR_FR = ['Tremblay', 'Lavoie', 'Bergeron', 'Côté', 'Dubé', 'Lacasse', 'Bilodeau', 'Gingras',
              'Desrosiers', 'Boisvert', 'Labrecque', 'Vaillancourt', 'Rioux', 'Lachance', 'Poulin',
              'Turcotte', 'Carrier', 'Drouin', 'Veilleux', 'Brisson', 'Charest', 'Beaudoin',
              'Lemieux', 'Sirois', 'Mercier', 'Ménard', 'Plourde', 'Gosselin', 'Fréchette',
              'Auclair', 'Jodoin', 'Thériault', "D'Amours", 'St-Onge']
PAT_GIVEN_EN = [('Margaret', 'F'), ('Harold', 'M'), ('Dorothy', 'F'), ('Kenneth', 'M'), ('Beverly', 'F'),
                ('Wayne', 'M'), ('Gloria', 'F'), ('Dennis', 'M'), ('Shirley', 'F'), ('Trevor', 'M'),
                ('Brenda', 'F'), ('Keith', 'M'), ('Ruth', 'F'), ('Gordon', 'M'), ('Janice', 'F'),
                ('Douglas', 'M'), ('Fatima', 'F'), ('Dmitri', 'M'), ('Priya', 'F'), ('Kwame', 'M'),
                ('Mei', 'F'), ('Arjun', 'M'), ('Olga', 'F'), ('Tomasz', 'M'), ('Siobhan', 'F'),
                ('Colin', 'M'), ('Aurelia', 'F'), ('Nkechi', 'F'), ('Bea', 'F'), ('Elliot', 'M')]
PAT_SUR_EN = ["O'Neill", 'Halvorsen', 'Adeyemi', 'Volkov', 'Park', 'McAllister', 'Fitzgerald',
              'Kowalski', 'Nakamura', 'Sandhu', 'Whitaker', 'Pryce', 'Lindgren', 'Abernathy',
              'Oyelaran', 'Castellanos', 'Dunmore', 'Ferreira', 'Hutchins', 'Mbatha', 'Sørensen',
              'Kaur', 'Greenberg', 'Rasmussen', 'Ashworth', 'Tremaine', 'Nguyen', 'Hollis']
PAT_BE = [('Wouter', 'Claes', 'M'), ('Nathalie', 'Dewulf', 'F'), ('Marc', 'Delvaux', 'M'),
          ('Anne-Sophie', 'Lambotte', 'F')]
PAT_FR = [('Bernadette', 'Loiseau', 'F'), ('Thierry', 'Marchetti', 'M'), ('Odile', 'Garnier', 'F'),
          ('Yannick', 'Le Goff', 'M')]

STREETS_FR = ['rue des Pins', 'rang Saint-Joseph', 'avenue Papineau', 'rue Principale', 'chemin du Lac-Vert',
              'rue Notre-Dame Ouest', 'boulevard des Hauteurs', 'rue de la Fabrique', 'montée Paiement',
              'rue Champlain']
STREETS_EN = ['Maple Crescent', 'Riverview Road', 'Elgin Street', 'Pembroke Avenue', 'Cedar Lane',
              'Wellington Street', 'Birch Court', 'Mill Road']
TOWNS_QC = [('Val-des-Cèdres', 'J9X 2K4'), ('Saint-Aurèle', 'J9Y 1B7'), ('Lac-Doré', 'J0W 1H0'),
            ('Sainte-Rose-du-Nord-Est', 'J0X 3C2'), ('Grand-Remous-Sud', 'J0W 2N5')]
TOWNS_ON = [('Pembroke', 'K8A 6W3'), ('Arnprior', 'K7S 2B9'), ('Renfrew', 'K7V 1P4')]


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


class Patient:
    def __init__(self, given, surname, sex, dob, nam=None, origin='qc'):
        self.given, self.surname, self.sex, self.dob, self.nam, self.origin = \
            given, surname, sex, dob, nam, origin
        self.mrn = None
        self.phone = None
        self.address = None

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def age(self, at):
        return at.year - self.dob.year - ((at.month, at.day) < (self.dob.month, self.dob.day))

    def initials(self):
        return ''.join(w[0] for w in self.given.replace('-', ' ').split()) + '.'


def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(Patient(given, sur, sex, datetime.date.fromisoformat(dob), nam=nam))
    return out


class Pools:
    """Deterministic pools of invented patients and NAM holders, consumed in order."""

    def __init__(self, seed):
        rng = random.Random('%s-pools' % seed)
        self.rng = rng
        self.holders = load_nams()
        holder_names = {(strip_accents(h.given).lower(), strip_accents(h.surname).lower())
                        for h in self.holders}
        adults = [h for h in self.holders if h.dob.year <= 2006]
        kids = [h for h in self.holders if h.dob.year > 2006]
        rng.shuffle(adults)
        rng.shuffle(kids)
        self.adults, self.kids = adults, kids
        pats = {}
        for lang, gl, sl in (('fr', PAT_GIVEN_FR, PAT_SUR_FR), ('en', PAT_GIVEN_EN, PAT_SUR_EN)):
            combos = [(g, sx, s) for g, sx in gl for s in sl
                      if (strip_accents(g).lower(), strip_accents(s).lower()) not in holder_names]
            rng.shuffle(combos)
            seen, uniq, rest = set(), [], []
            for c in combos:  # one combo per surname first, then the rest
                (rest if c[2] in seen else uniq).append(c)
                seen.add(c[2])
            pats[lang] = uniq + rest
        self.pats = pats
        self.used_mrn = set()
        self.be = list(PAT_BE)
        self.fr = list(PAT_FR)

    def _dob(self, lo=1938, hi=1992):
        y = self.rng.randrange(lo, hi)
        return datetime.date(y, self.rng.randrange(1, 13), self.rng.randrange(1, 29))

    def _finish(self, p, lang):
        while True:
            m = '%07d' % self.rng.randrange(1000000, 3999999)
            if m not in self.used_mrn:
                self.used_mrn.add(m)
                break
        p.mrn = m
        p.phone = phone(self.rng, '613' if p.origin == 'on' else None)
        if p.origin == 'on':
            town, pc = self.rng.choice(TOWNS_ON)
            p.address = '%d %s, %s, ON  %s' % (self.rng.randrange(12, 980), self.rng.choice(STREETS_EN), town, pc)
        elif lang == 'en':
            town, pc = self.rng.choice(TOWNS_QC)
            p.address = '%d %s, %s, QC  %s' % (self.rng.randrange(12, 980), self.rng.choice(STREETS_EN), town, pc)
        else:
            town, pc = self.rng.choice(TOWNS_QC)
            p.address = '%d, %s, %s (Québec)  %s' % (self.rng.randrange(12, 980), self.rng.choice(STREETS_FR), town, pc)
        return p

    def patient(self, lang, origin='qc'):
        g, sx, s = self.pats[lang].pop(0)
        return self._finish(Patient(g, s, sx, self._dob(), origin=origin), lang)

    def holder(self, lang, kid=False):
        h = (self.kids if kid else self.adults).pop(0)
        return self._finish(h, lang)

    def belgian(self):
        g, s, sx = self.be.pop(0)
        return self._finish(Patient(g, s, sx, self._dob(1950, 1990), origin='be'), 'fr')

    def french(self):
        g, s, sx = self.fr.pop(0)
        return self._finish(Patient(g, s, sx, self._dob(1950, 1990), origin='fr'), 'fr')


# ---------------------------------------------------------------- identifiers
FW = str.maketrans('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                   ''.join(chr(0xFF10 + i) for i in range(10)) + ''.join(chr(0xFF21 + i) for i in range(26)))


def fullwidth(s):
    return s.translate(FW)


def gen_sin(rng):
    while True:
        body = str(rng.choice('1234567')) + ''.join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohn(rng):
    while True:
        body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n


def ohn_valid(n):
    return len(n) == 10 and n.isdigit() and n[0] != '0' and luhn.is_valid(n)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        num = int(('2' + base) if dob.year >= 2000 else base)
        n = base + '%02d' % (97 - num % 97)
        if be_nn.is_valid(n):
            return n


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['26', '69', '75', '13', '38', '07'])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + \
            '%03d' % rng.randrange(1, 990) + '%03d' % rng.randrange(1, 990)
        n = body + '%02d' % (97 - int(body) % 97)
        if fr_nir.is_valid(n):
            return n


def fmt_nam(nam, style):
    if style == 'plain':
        return nam
    if style == 'space':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'dash':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'dots':
        return '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'lower':
        return nam.lower()
    if style == 'wide':
        return nam[:4] + fullwidth(nam[4:])
    if style == 'slash':
        return '%s/%s/%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'spaced':
        return ' '.join(nam)
    raise ValueError(style)


def fmt_sin(n, style):
    return {'plain': n, 'space': '%s %s %s' % (n[:3], n[3:6], n[6:]),
            'dash': '%s-%s-%s' % (n[:3], n[3:6], n[6:]), 'dots': '%s.%s.%s' % (n[:3], n[3:6], n[6:]),
            'wide': fullwidth('%s %s %s' % (n[:3], n[3:6], n[6:]))}[style]


def fmt_ohn(n, style, vc=''):
    return {'plain': n + vc, 'dash': '%s-%s-%s%s' % (n[:4], n[4:7], n[7:], ('-' + vc) if vc else ''),
            'space': '%s %s %s %s' % (n[:4], n[4:7], n[7:], vc),
            'slash': '%s/%s/%s' % (n[:4], n[4:7], n[7:])}[style].strip()


def fmt_niss(n, style):
    return {'plain': n, 'be': '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            'space': '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])}[style]


def fmt_nir(n, style):
    return {'plain': n, 'space': '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
            'key': '%s %s' % (n[:13], n[13:])}[style]


def fmt_mrn(m, style):
    return {'plain': m, 'space': '%s %s %s' % (m[0], m[1:4], m[4:]), 'dash': '%s-%s-%s' % (m[:1], m[1:4], m[4:]),
            'h': 'H' + m, 'dots': '%s.%s.%s' % (m[:1], m[1:4], m[4:]), 'wide': fullwidth(m),
            'slash': '%s/%s' % (m[:3], m[3:])}[style]


def fmt_date(d, style, lang='fr'):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'ymd_slash':
        return d.strftime('%Y/%m/%d')
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 'dmon':
        return '%02d-%s-%d' % (d.day, MONTHS[d.month - 1][:3], d.year)
    raise ValueError(style)


def dob_variants(d):
    out = {d.isoformat(), d.strftime('%d/%m/%Y'), d.strftime('%Y/%m/%d'), d.strftime('%Y%m%d'),
           '%d %s %d' % (d.day, MOIS[d.month - 1], d.year), '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year),
           '%02d-%s-%d' % (d.day, MONTHS[d.month - 1][:3], d.year), d.strftime('%d-%m-%Y')}
    return out


def day_fr(d):
    return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])


def day_en(d):
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def next_weekday(d, n=1):
    while n > 0:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def stable_hex(*parts, n=16):
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()[:n]


def luhn_lot(rng, prefix='', n=8):
    body = ''.join(str(rng.randrange(1 if i == 0 else 0, 10)) for i in range(n - 1))
    return prefix + body + luhn.calc_check_digit(body)
