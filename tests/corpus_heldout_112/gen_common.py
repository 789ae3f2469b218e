"""Shared helpers: people, identifiers, formatting variants (step 1 of the generator).

Everything here is invented except the RAMQ NAMs, which come from ../blind_nams.txt.
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

# --------------------------------------------------------------------------- organisations
HOSP = {
    'name_fr': 'Hôpital Sainte-Brigitte-du-Lac',
    'name_en': 'Sainte-Brigitte-du-Lac Hospital',
    'org': 'CISSS de la Haute-Rivière',
    'dom': 'hsbl.cisss-hr.example',
    'bb_fr': 'Banque de sang et service de médecine transfusionnelle',
    'bb_en': 'Blood Bank and Transfusion Service',
    'addr': '2200, boulevard du Lac, Val-des-Brumes (Québec) J0X 9Z9',
    'phone': '819 555-0100',
}
OTHER_SITES = [
    ('Centre hospitalier régional de Val-des-Érables', 'chrve.cisss-hr.example'),
    ('Hôpital de Saint-Anselme-des-Monts', 'hsam.cisss-hr.example'),
    ('CLSC des Trois-Rivages', 'clsc3r.cisss-hr.example'),
    ('GMF du Vieux-Moulin', 'gmf-vieuxmoulin.example'),
    ('Clinique médicale Pont-Rouge-Est', 'cm-pontrouge.example'),
]
HEMAQ_DOM = 'hema-quebec.example'
ONT_HOSP = ('Upper Ottawa Valley General Hospital', 'uovgh.example')

# --------------------------------------------------------------------------- name pools
# Invented patients: surnames deliberately disjoint from the NAM-holder surnames.
PAT_SURNAMES = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Gendron', 'Dubé', 'Desjardins', 'Lemieux',
                'Vachon', 'Beaulieu', 'Turcotte', 'Ayotte', 'Nguyen', 'Haddad', 'Da Silva', 'Okafor',
                'Pham', 'Rahman', 'Kowalski', 'Singh', "O'Neill", 'Murphy', 'Campbell', 'Fraser',
                'Lachance', 'Gosselin', 'Bérubé', 'Plourde', 'Thériault', 'Boisvert', 'Laroche',
                'Perreault', 'Lefebvre', 'Beauchemin', 'Arsenault', 'Cormier', 'Landry', 'Doucet',
                'Benali', 'Mbaye', 'Castillo', 'Ferreira', 'Wong', 'Chartrand', 'Pépin', 'Rioux']
PAT_GIVEN_F = ['Yvette', 'Lise', 'Huguette', 'Chloé', 'Amira', 'Fatima', 'Priya', 'Thérèse', 'Dolores',
               'Jacinthe', 'Francine', 'Rosalie', 'Maude', 'Aïcha', 'Linh', 'Heather', 'Brenda',
               'Colette', 'Marie-Ève', 'Gisèle', 'Noémie', 'Agathe', 'Karine', 'Solange']
PAT_GIVEN_M = ['Réjean', 'Gaétan', 'Maxime', 'Noah', 'Oumar', 'Kevin', 'Wei', 'Jean-Guy', 'Raymond',
               'Armand', 'Benoît', 'Rosaire', 'Yannick', 'Karim', 'Trevor', 'Doug', 'Lucien',
               'Serge', 'Hugo', 'Mathis', 'Émile', 'Gérald', 'Ti-Paul', 'Rémi']

# Staff: surnames also disjoint from NAM-holder surnames.
STAFF_SURNAMES = ['Marchand', 'Desrosiers', 'Laflamme', 'Provencher', 'Hébert', 'Béland', 'Chénier',
                  'St-Pierre', 'Vézina', 'Charbonneau', 'Labelle', 'Kim', 'Patel', 'Mercier', 'Ferland',
                  'Lacasse', 'Goulet', 'Rousseau', 'Bilodeau', 'Dion', 'Fontaine', 'Asselin', 'Sauvé',
                  'Trudel', 'Villeneuve', 'Lalonde', 'Audet', 'Brisson', 'Guay', 'Lanctôt', 'Ouimet',
                  'Racine', 'Sirois', 'Tardif', 'Valois', 'Zhang', 'Ahmed', 'Ramirez', 'Kaur', 'Dupuis']
STAFF_GIVEN = ['Hélène', 'Mathieu', 'Julie', 'Stéphane', 'Isabelle', 'François', 'Caroline', 'Patrick',
               'Annie', 'Sébastien', 'Véronique', 'Éric', 'Mélanie', 'Alexandre', 'Nadia', 'Olivier',
               'Catherine', 'Martin', 'Geneviève', 'Jonathan', 'Marie-Claude', 'Simon', 'Audrey',
               'Vincent', 'Émilie', 'Kathleen', 'Ravi', 'Mei', 'Samir', 'Paula', 'Steve', 'Lucie']

ROLES = {
    'tech': ('T.M., technologiste médicale', 'MLT, medical laboratory technologist'),
    'chieftech': ('Coordonnatrice technique, banque de sang', 'Technical coordinator, blood bank'),
    'hemato': ('Hématologue, médecine transfusionnelle', 'Hematologist, transfusion medicine'),
    'hemato2': ('Hématologue-oncologue', 'Hematologist-oncologist'),
    'cst': ('Conseillère en sécurité transfusionnelle', 'Transfusion safety officer'),
    'nurse': ('Infirmière clinicienne', 'Registered nurse'),
    'pbm': ('Infirmière pivot, gestion du sang du patient', 'Patient blood management nurse coordinator'),
    'pharm': ('Pharmacien', 'Pharmacist'),
    'manager': ('Chef de service, laboratoires', 'Laboratory manager'),
    'clerk': ('Agente administrative', 'Administrative officer'),
    'surgeon': ('Chirurgien orthopédiste', 'Orthopaedic surgeon'),
    'anesth': ('Anesthésiologiste', 'Anaesthesiologist'),
    'obgyn': ('Obstétricienne-gynécologue', 'Obstetrician-gynaecologist'),
    'social': ('Travailleuse sociale', 'Social worker'),
    'resident': ('Résident R2, médecine interne', 'PGY-2 internal medicine resident'),
    'archivist': ('Archiviste médicale', 'Health records technician'),
    'hr': ('Conseillère en gestion des ressources humaines', 'Human resources advisor'),
    'it': ('Analyste, Direction des ressources informationnelles', 'Analyst, IT department'),
    'buyer': ('Acheteuse, approvisionnement', 'Procurement officer'),
    'gp': ('Médecin de famille', 'Family physician'),
}

STAFF_MALE = {'Mathieu', 'Stéphane', 'François', 'Patrick', 'Sébastien', 'Éric', 'Alexandre', 'Olivier', 'Martin',
              'Jonathan', 'Simon', 'Vincent', 'Ravi', 'Samir', 'Steve'}
_TO_MASC = [('Coordonnatrice', 'Coordonnateur'), ('Conseillère', 'Conseiller'), ('Infirmière pivot', 'Infirmier pivot'),
            ('Infirmière clinicienne', 'Infirmier clinicien'), ('Agente administrative', 'Agent administratif'),
            ('Travailleuse sociale', 'Travailleur social'), ('Obstétricienne', 'Obstétricien'),
            ('technologiste médicale', 'technologiste médical'), ('Acheteuse', 'Acheteur'), ('Archiviste médicale', 'Archiviste médical')]
_TO_FEM = [('Chirurgien orthopédiste', 'Chirurgienne orthopédiste'), ('Pharmacien', 'Pharmacienne'), ('Résident R2', 'Résidente R2')]


def role_title(p, lang):
    r = ROLES.get(p.role, ('', ''))[0 if lang == 'fr' else 1]
    if lang == 'fr':
        for a, b in (_TO_FEM if getattr(p, 'fem', True) else _TO_MASC):
            r = r.replace(a, b)
    return r


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
MON3 = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower().replace("'", '').replace(' ', '-')
    return ''.join(c for c in s if c.isalnum() or c in '-.')


# --------------------------------------------------------------------------- people
class Person:
    def __init__(self, surname, given, dob=None, sex=None, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.mrn = None
        self.phone = None
        self.address = None
        self.role = None
        self.email = None
        self.ids = {}

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nam_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = map(int, dob.split('-'))
            out.append(Person(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


STREETS = ['rue des Érables', 'rang Saint-Joseph', 'avenue du Parc', 'rue Principale', 'chemin du Lac-Noir',
           'boulevard Laurier', 'rue de la Fabrique', 'montée des Pins', 'rue Champlain', 'rue Notre-Dame Est',
           'avenue des Pionniers', 'rue du Couvent']
TOWNS = [('Val-des-Brumes', 'J0X 1B2'), ('Saint-Anselme-des-Monts', 'J0X 2C4'), ('Lac-aux-Hérons', 'J0Y 3K1'),
         ('Pont-Rouge-Est', 'J0Z 4L7'), ('Sainte-Brigitte-du-Lac', 'J0X 5M3'), ('Val-des-Érables', 'J0W 6N8')]


class World:
    """Deterministic pools of patients, staff and identifiers, driven by one Random."""

    def __init__(self, rng):
        self.rng = rng
        self.holders = load_nam_holders()
        self.holder_full = {(h.surname, h.given) for h in self.holders}
        order = list(range(len(self.holders)))
        rng.shuffle(order)
        self._hq = order
        self._hi = 0
        self._used_mrn = set()
        self._used_pat = set()
        self.staff = self._make_staff()

    # ---- staff
    def _make_staff(self):
        rng = self.rng
        staff = {}
        sur = STAFF_SURNAMES[:]
        giv = STAFF_GIVEN[:]
        rng.shuffle(sur)
        rng.shuffle(giv)
        i = 0
        for role in ROLES:
            lst = []
            for _ in range(3):
                p = Person(sur[i % len(sur)], giv[(i * 7) % len(giv)])
                i += 1
                p.role = role
                p.fem = p.given not in STAFF_MALE
                p.dr = 'Dre' if p.fem else 'Dr'
                p.email = '%s.%s@%s' % (slug(p.given), slug(p.surname), HOSP['dom'])
                lst.append(p)
            staff[role] = lst
        return staff

    def st(self, role):
        return self.rng.choice(self.staff[role])

    # ---- patients
    def holder(self, sex=None, min_age=0, max_age=200, on=datetime.date(2025, 1, 15)):
        n = len(self._hq)
        for k in range(n):
            h = self.holders[self._hq[(self._hi + k) % n]]
            if (sex is None or h.sex == sex) and min_age <= h.age(on) <= max_age:
                # move the chosen one to the current position so rotation stays fair
                i, j = (self._hi + k) % n, self._hi % n
                self._hq[i], self._hq[j] = self._hq[j], self._hq[i]
                break
        else:
            h = self.holders[self._hq[self._hi % n]]
        self._hi += 1
        self._equip(h)
        return h

    def patient(self, sex=None, age_range=(18, 92), on=datetime.date(2025, 1, 15)):
        rng = self.rng
        while True:
            sex_ = sex or rng.choice('FM')
            given = rng.choice(PAT_GIVEN_F if sex_ == 'F' else PAT_GIVEN_M)
            sur = rng.choice(PAT_SURNAMES)
            if (sur, given) in self.holder_full or (sur, given) in self._used_pat:
                continue
            break
        self._used_pat.add((sur, given))
        age = rng.randint(*age_range)
        dob = on - datetime.timedelta(days=age * 365 + rng.randint(0, 364))
        p = Person(sur, given, dob, sex_)
        self._equip(p)
        return p

    def _equip(self, p):
        rng = self.rng
        if p.mrn is None:
            while True:
                m = '%07d' % rng.randint(100000, 2999999)
                if m not in self._used_mrn:
                    break
            self._used_mrn.add(m)
            p.mrn = m
            p.phone = '%s 555-01%02d' % (rng.choice(['819', '450', '514', '873']), rng.randint(0, 99))
            town, pc = rng.choice(TOWNS)
            p.address = '%d, %s, %s (Québec) %s' % (rng.randint(12, 2890), rng.choice(STREETS), town, pc)
        return p

    # ---- identifiers (validated with python-stdnum)
    def sin(self):
        rng = self.rng
        while True:
            body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
            num = body + luhn.calc_check_digit(body)
            if ca_sin.is_valid(num):
                return num

    def ohn(self):
        rng = self.rng
        while True:
            body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
            num = body + luhn.calc_check_digit(body)
            if luhn.is_valid(num):
                return num, rng.choice(['AB', 'KT', 'MV', 'XE', 'HR', ''])

    def niss(self, dob, sex):
        rng = self.rng
        while True:
            seq = rng.randint(1, 498) * 2 + (1 if sex == 'M' else 0)
            if seq > 997:
                continue
            first9 = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, seq)
            base = int(('2' + first9) if dob.year >= 2000 else first9)
            num = first9 + '%02d' % (97 - base % 97)
            if be_nn.is_valid(num):
                return num

    def nir(self, dob, sex):
        rng = self.rng
        while True:
            dept = '%02d' % rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94])
            first13 = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dept,
                                                rng.randint(1, 400), rng.randint(1, 999))
            num = first13 + fr_nir.calc_check_digits(first13)
            if fr_nir.is_valid(num):
                return num

    def luhn_serial(self, n=9):
        """Equipment / asset serials that happen to pass a Luhn check (hard negatives)."""
        rng = self.rng
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 2))
        return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------- formatting variants
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'}


def fullwidth(s):
    return ''.join(FULLWIDTH.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'plain': nam,
        'space': '%s %s %s' % (a, b, c),
        'space2': '%s %s' % (a, nam[4:]),
        'dash': '%s-%s-%s' % (a, b, c),
        'lower': nam.lower(),
        'dots': '%s.%s.%s' % (a, b, c),
        'slash': '%s/%s/%s' % (a, b, c),
        'wide': fullwidth(nam),
        'widesp': fullwidth('%s %s %s' % (a, b, c)).replace(' ', '\u3000'),
        'odd': '%s  %s %s' % (a, nam[4:6] + ' ' + nam[6:8], c),
    }[style]


def fmt_sin(s, style):
    return {'space': '%s %s %s' % (s[:3], s[3:6], s[6:]), 'dash': '%s-%s-%s' % (s[:3], s[3:6], s[6:]),
            'plain': s, 'dots': '%s.%s.%s' % (s[:3], s[3:6], s[6:])}[style]


def fmt_ohn(num, vc, style):
    base = {'dash': '%s-%s-%s' % (num[:4], num[4:7], num[7:]), 'space': '%s %s %s' % (num[:4], num[4:7], num[7:]),
            'plain': num}[style]
    return (base + ' ' + vc).strip() if vc else base


def fmt_niss(n, style):
    return {'std': '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            'plain': n, 'space': '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])}[style]


def fmt_nir(n, style):
    return {'std': '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
            'plain': n, 'key': '%s %s' % (n[:13], n[13:])}[style]


def fmt_mrn(m, style):
    return {'plain': m, 'h': 'H' + m, 'sp': '%s %s %s' % (m[:3], m[3:5], m[5:]), 'dash': '%s-%s' % (m[:3], m[3:]),
            'slash': '%s/%s' % (m[:2], m[2:]), 'short': m.lstrip('0'), 'wide': fullwidth(m),
            'dots': '%s.%s.%s' % (m[:1], m[1:4], m[4:])}[style]


def fmt_date(d, style, lang='fr'):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return '%02d/%02d/%04d' % (d.day, d.month, d.year)
    if style == 'mdy':
        return '%02d/%02d/%04d' % (d.month, d.day, d.year)
    if style == 'long':
        if lang == 'fr':
            return '%s %s %d' % ('1er' if d.day == 1 else d.day, MONTHS_FR[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 'mon':
        return '%02d-%s-%04d' % (d.day, MON3[d.month - 1], d.year)
    if style == 'dots':
        return '%02d.%02d.%04d' % (d.day, d.month, d.year)
    raise ValueError(style)


def title(p, lang):
    if lang == 'fr':
        return 'Mme' if p.sex == 'F' else 'M.'
    return 'Mrs.' if p.sex == 'F' else 'Mr.'


def fmt_name(p, style, lang='fr'):
    return {
        'full': p.full,
        'title': '%s %s' % (title(p, lang), p.full),
        'titlesur': '%s %s' % (title(p, lang), p.surname),
        'upper': '%s, %s' % (p.surname.upper(), p.given),
        'comma': '%s, %s' % (p.surname, p.given),
        'surfirst': '%s %s' % (p.surname, p.given),
        'lower': ('%s %s' % (p.surname, p.given)).lower(),
        'lowerfull': p.full.lower(),
        'init': '%s. %s' % (p.given[0], p.surname),
        'caps': p.full.upper(),
    }[style]


def born(p, lang):
    if lang == 'fr':
        return 'née' if p.sex == 'F' else 'né'
    return 'born'


def sexw(p, lang):
    if lang == 'fr':
        return 'F' if p.sex == 'F' else 'M'
    return 'female' if p.sex == 'F' else 'male'


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]
