"""Identifiers, people and small formatting helpers for the ENT/audiology corpus.

Everything here is synthetic.  RAMQ NAMs come only from ../blind_nams.txt;
SIN, Ontario health numbers, Belgian NISS and French NIR are generated and
validated with python-stdnum.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


class Person:
    def __init__(self, given, surname, sex, dob=None, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.mrn = None
        self.phone = None
        self.address = None
        self.extra = {}

    @property
    def full(self):
        return f'{self.given} {self.surname}'

    @property
    def rev(self):
        return f'{self.surname}, {self.given}'

    def title(self, lang):
        if lang == 'fr':
            return 'M.' if self.sex == 'M' else 'Mme'
        return 'Mr.' if self.sex == 'M' else 'Ms.'

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            p = Person(giv, sur, sex, datetime.date.fromisoformat(dob), nam)
            out.append(p)
    return out


NAM_HOLDERS = load_nams()
NAM_SURNAMES = sorted({p.surname for p in NAM_HOLDERS})

# Staff (clinicians, clerks, managers, suppliers).  No NAM holder surname here.
STAFF_SURNAMES = ['Tremblay', 'Desjardins', 'Ménard', 'Patel', 'Chen', 'Lacroix', 'Dion', 'Cyr',
                  'Tessier', 'Sirois', 'Vézina', 'Fontaine', 'Mercier', 'Arsenault', 'Légaré',
                  'Singh', 'Ahmed', 'Rossi', 'Moreau', 'Da Silva', 'Lambert', 'Bernier', 'Poulin',
                  'Gendron', 'Lachance', 'Marchand', 'Robitaille', 'Turcotte', 'Plante', 'Ricard',
                  'Kim', 'Lindqvist', 'Abboud', 'Benali', 'Ouimet', 'Harvey', 'Nolet', 'Boisvert']
STAFF_GIVEN_F = ['Julie', 'Isabelle', 'Karine', 'Nadia', 'Priya', 'Hélène', 'Chantal', 'Catherine',
                 'Amélie', 'Rachel', 'Laura', 'Sandrine', 'Mélanie', 'Valérie', 'Anne-Marie', 'Wei']
STAFF_GIVEN_M = ['François', 'Mathieu', 'Stéphane', 'Omar', 'Vincent', 'Patrick', 'Olivier',
                 'Simon', 'Kevin', 'Yannick', 'Jean-Philippe', 'Éric', 'Hugo', 'Raj', 'Benoît']

# Patients without a NAM (other provinces, countries, or shown with MRN only).
PAT_SURNAMES = ['Côté', 'Lavoie', 'Bergeron', 'Dubé', 'Lévesque', 'Landry', 'Hébert', 'Lemieux',
                'Gosselin', 'Charbonneau', 'Vachon', 'Proulx', 'Rioux', 'Beaulieu', 'Dufresne',
                'Bilodeau', 'Kowalski', 'Haddad', 'Ferreira', 'Okafor', 'Nguyen', "O'Connor",
                'Murphy', 'Campbell', 'Stewart', 'Chevalier', 'Langlois', 'Drouin', 'Boivin',
                'Giroux', 'Paradis', 'Lajoie', 'Carrier', 'Pham', 'Belhadj', 'Santos', 'Dumont',
                'Jacques', 'Deschênes', 'Audet', 'Kovacs', 'Mensah', 'Kaplan', 'Reid', 'Fraser']
PAT_GIVEN_F = ['Lucie', 'Monique', 'Françoise', 'Louise', 'Aïcha', 'Maria', 'Jennifer', 'Linda',
               'Carole', 'Annie', 'Noémie', 'Léa', 'Rosalie', 'Fatima', 'Yvette', 'Marguerite',
               'Olga', 'Grace', 'Thérèse', 'Zoé', 'Chloé', 'Maëlle', 'Solange']
PAT_GIVEN_M = ['Réjean', 'Gaston', 'Normand', 'Luc', 'Yves', 'Mohamed', 'Paul', 'Gérald',
               'Thomas', 'Raymond', 'Denis', 'Alain', 'Joseph', 'Nathan', 'Félix', 'Samuel',
               'Victor', 'Kwame', 'Tuan', 'Roger', 'Jacob', 'Émile', 'Bruno']

STREETS = ['rue des Érables', 'boul. Saint-Joseph', 'rue Principale', 'avenue du Parc',
           'rang Saint-Isidore', 'rue Wellington', 'chemin du Lac', 'rue Notre-Dame Ouest',
           'rue de la Montagne', 'avenue des Pins', 'boul. René-Lévesque', 'rue Sherbrooke Est',
           'croissant des Lilas', 'rue Sainte-Catherine', 'montée du Moulin', 'rue Beaubien Est']
STREETS_ON = ['Maple Street', 'King Street East', 'Elm Avenue', 'Pitt Street', 'Rideau Street']
CITIES_QC = [('Montréal', 'H2X 1Y4'), ('Laval', 'H7N 2K9'), ('Longueuil', 'J4K 3B2'),
             ('Québec', 'G1R 4P5'), ('Sherbrooke', 'J1H 5N3'), ('Trois-Rivières', 'G9A 2B8'),
             ('Gatineau', 'J8X 1C6'), ('Saint-Jérôme', 'J7Z 4M1'), ('Rimouski', 'G5L 3A7')]
CITIES_ON = [('Ottawa', 'K1N 6N5'), ('Cornwall', 'K6H 4R2'), ('Hawkesbury', 'K6A 1N8')]
AREA_QC = ['514', '438', '450', '418', '819', '581', '579']


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


class Ids:
    """Random generator of people and identifiers, driven by one seeded Random."""

    def __init__(self, rng):
        self.rng = rng
        self.used_full = set()
        self.used_mrn = set()
        self.holder_queue = list(NAM_HOLDERS)
        rng.shuffle(self.holder_queue)
        self.holder_i = 0

    # ---------- people ----------
    def staff(self, sex=None):
        r = self.rng
        sex = sex or r.choice('MF')
        giv = r.choice(STAFF_GIVEN_M if sex == 'M' else STAFF_GIVEN_F)
        return Person(giv, r.choice(STAFF_SURNAMES), sex)

    def _dob(self, lo, hi):
        r = self.rng
        y = r.randint(lo, hi)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        return datetime.date(y, m, d)

    def patient(self, lo=1935, hi=2005, sex=None):
        """A patient who is not a NAM holder."""
        r = self.rng
        while True:
            s = sex or r.choice('MF')
            giv = r.choice(PAT_GIVEN_M if s == 'M' else PAT_GIVEN_F)
            sur = r.choice(PAT_SURNAMES)
            if (giv, sur) not in self.used_full:
                self.used_full.add((giv, sur))
                break
        p = Person(giv, sur, s, self._dob(lo, hi))
        self.fill(p)
        return p

    def holder(self, lo=1900, hi=2030):
        """Next NAM holder whose birth year is in [lo, hi] (cycles through the list)."""
        n = len(self.holder_queue)
        for k in range(n):
            p = self.holder_queue[(self.holder_i + k) % n]
            if lo <= p.dob.year <= hi:
                self.holder_queue.append(self.holder_queue.pop((self.holder_i + k) % n))
                q = Person(p.given, p.surname, p.sex, p.dob, p.nam)
                self.fill(q)
                return q
        raise RuntimeError('no holder in range')

    def fill(self, p):
        p.mrn = self.mrn_digits()
        p.phone = self.phone()
        p.address = self.address()

    # ---------- contact ----------
    def phone(self, area=None):
        r = self.rng
        a = area or r.choice(AREA_QC)
        return f'{a}-555-01{r.randint(0, 99):02d}'

    def address(self, province='QC'):
        r = self.rng
        city, pc = r.choice(CITIES_QC if province == 'QC' else CITIES_ON)
        num = r.randint(12, 9870)
        apt = r.choice(['', '', '', f', app. {r.randint(1, 24)}'])
        return f'{num} {r.choice(STREETS)}{apt}, {city} (QC) {pc}' if province == 'QC' else \
            f'{num} {r.choice(STREETS_ON)}, {city}, ON {pc}'

    # ---------- identifiers ----------
    def mrn_digits(self):
        while True:
            m = f'{self.rng.randint(100000, 9999999):07d}'
            if m not in self.used_mrn:
                self.used_mrn.add(m)
                return m

    def sin(self):
        r = self.rng
        while True:
            body = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
            num = body + luhn.calc_check_digit(body)
            if ca_sin.is_valid(num):
                return num

    def ohip(self):
        """Ontario health number: 10 digits, Luhn check digit, + version code."""
        r = self.rng
        while True:
            body = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
            num = body + luhn.calc_check_digit(body)
            if luhn.is_valid(num):
                ver = r.choice(['', 'AB', 'KL', 'XY', 'MT'])
                return num, ver

    def niss(self, dob, sex):
        r = self.rng
        while True:
            serial = r.randint(1, 997)
            if (serial % 2 == 1) != (sex == 'M'):
                continue
            first = f'{dob:%y%m%d}{serial:03d}'
            base = ('2' + first) if dob.year >= 2000 else first
            check = 97 - int(base) % 97
            num = f'{first}{check:02d}'
            if be_nn.is_valid(num):
                return num

    def nir(self, dob, sex):
        r = self.rng
        while True:
            dept = r.choice(['75', '69', '13', '33', '59', '31', '44', '67'])
            body = f'{1 if sex == "M" else 2}{dob:%y%m}{dept}{r.randint(1, 899):03d}{r.randint(1, 999):03d}'
            num = body + fr_nir.calc_check_digits(body)
            if fr_nir.is_valid(num):
                return num


# ---------- disguises & formats ----------
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return ''.join(FW.get(c, chr(ord(c) + 0xFEE0) if 'A' <= c <= 'Z' else c) for c in s)


def nam_fmt(nam, style):
    if style == 'plain':
        return nam
    if style == 'space':
        return f'{nam[:4]} {nam[4:8]} {nam[8:]}'
    if style == 'space2':
        return f'{nam[:4]} {nam[4:6]} {nam[6:8]} {nam[8:]}'
    if style == 'dots':
        return f'{nam[:4]}.{nam[4:8]}.{nam[8:]}'
    if style == 'lower':
        return nam.lower()
    if style == 'dash':
        return f'{nam[:4]}-{nam[4:8]}-{nam[8:]}'
    if style == 'fullwidth':
        return fullwidth(nam)
    if style == 'slash':
        return f'{nam[:4]}/{nam[4:8]}/{nam[8:]}'
    if style == 'spaced':
        return ' '.join(nam)
    raise ValueError(style)


def sin_fmt(n, style):
    return {'plain': n, 'space': f'{n[:3]} {n[3:6]} {n[6:]}', 'dash': f'{n[:3]}-{n[3:6]}-{n[6:]}',
            'dots': f'{n[:3]}.{n[3:6]}.{n[6:]}', 'fullwidth': fullwidth(f'{n[:3]} {n[3:6]} {n[6:]}')}[style]


def ohip_fmt(num, ver, style):
    if style == 'dash':
        s = f'{num[:4]}-{num[4:7]}-{num[7:]}'
    elif style == 'space':
        s = f'{num[:4]} {num[4:7]} {num[7:]}'
    else:
        s = num
    return f'{s} {ver}'.strip() if ver else s


def niss_fmt(n, style):
    if style == 'official':
        return be_nn.format(n)
    if style == 'space':
        return f'{n[:6]} {n[6:9]} {n[9:]}'
    return n


def nir_fmt(n, style):
    if style == 'space':
        return fr_nir.format(n)
    if style == 'dots':
        return fr_nir.format(n, '.')
    return n


def mrn_fmt(m, style, site='HRV'):
    if style == 'plain':
        return m
    if style == 'space':
        return f'{m[:1]} {m[1:4]} {m[4:]}'
    if style == 'slash':
        return f'{m[:3]}/{m[3:]}'
    if style == 'site':
        return f'{site}-{m}'
    if style == 'dots':
        return f'{m[:2]}.{m[2:5]}.{m[5:]}'
    if style == 'fullwidth':
        return fullwidth(m)
    raise ValueError(style)


def date_fmt(d, style):
    if style == 'iso':
        return d.isoformat()
    if style == 'fr':
        return f'{d.day} {MOIS[d.month - 1]} {d.year}'
    if style == 'dmy':
        return f'{d.day:02d}/{d.month:02d}/{d.year}'
    if style == 'en':
        return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'
    if style == 'mdy':
        return f'{d.month:02d}/{d.day:02d}/{d.year}'
    if style == 'dmon':
        return f'{d.day:02d}-{MON3[d.month - 1]}-{d.year}'
    if style == 'compact':
        return f'{d:%Y%m%d}'
    raise ValueError(style)


def fr_weekday(d):
    return ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][d.weekday()]


def en_weekday(d):
    return ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
            'Saturday', 'Sunday'][d.weekday()]
