"""Shared helpers: deterministic randomness, people, identifiers, formatting.

Everything here is invented except the RAMQ NAM holders, which are read from
../blind_nams.txt (relative to this file) and always used with their own name,
birth date and sex.
"""
import datetime
import hashlib
import os
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from stdnum import luhn
from stdnum.ca import sin as sin_mod
from stdnum.be import nn as nn_mod
from stdnum.fr import nir as nir_mod

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


def sub_rng(seed, *tags):
    """Independent, reproducible RNG for a given tag path."""
    key = '|'.join([str(seed)] + [str(t) for t in tags])
    h = hashlib.sha256(key.encode('utf-8')).hexdigest()
    return random.Random(int(h[:16], 16))


# ---------------------------------------------------------------- people
@dataclass
class Person:
    given: str
    surname: str
    dob: datetime.date
    sex: str                      # 'M' / 'F'
    nam: Optional[str] = None     # RAMQ, only for blind list holders
    ohip: Optional[str] = None    # Ontario health number (10 digits)
    ohip_vc: str = ''
    sin: Optional[str] = None
    niss: Optional[str] = None
    nir: Optional[str] = None
    mrn: Optional[str] = None
    street: str = ''
    city: str = ''
    prov: str = ''
    postal: str = ''
    phone: str = ''
    email: str = ''
    extra: dict = field(default_factory=dict)

    @property
    def full(self):
        return f'{self.given} {self.surname}'

    @property
    def age_2024(self):
        d = datetime.date(2024, 6, 1)
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))


def load_nam_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(Person(given=given, surname=sur, dob=datetime.date(y, m, d), sex=sex, nam=nam,
                              prov='QC'))
    return out


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = sorted({p.surname for p in NAM_HOLDERS})
NAM_FULLNAMES = sorted({(p.given, p.surname) for p in NAM_HOLDERS})

FEMALE_GIVEN = {'Sofia', 'Mary', 'Manon', 'Emma', 'Sylvie', 'Diane', 'Denise', 'Ginette', 'Nathalie',
                'Sarah', 'Josée', 'Geneviève'}


def title_ok(p):
    """A title (Mr/Mrs, M./Mme) is only used when it agrees with both listed sex and first name."""
    fem = p.given in FEMALE_GIVEN or p.extra.get('fem_name')
    return (p.sex == 'F') == bool(fem)


def title(p, lang):
    if lang == 'fr':
        return 'Mme' if p.sex == 'F' else 'M.'
    return 'Mrs.' if p.sex == 'F' else 'Mr.'


# Non-NAM patient pools (surnames disjoint from the NAM list)
EN_GIVEN_F = ['Heather', 'Kimberly', 'Brenda', 'Janet', 'Megan', 'Olivia', 'Chloe', 'Harriet', 'Eileen',
              'Priya', 'Ruth', 'Colleen', 'Tanya', 'Wendy', 'Abigail', 'Fiona', 'Gwen', 'Lorna']
EN_GIVEN_M = ['Gordon', 'Trevor', 'Kyle', 'Dwayne', 'Malcolm', 'Derek', 'Stuart', 'Owen', 'Graham',
              'Rajesh', 'Ian', 'Wesley', 'Brent', 'Curtis', 'Neil', 'Declan', 'Hamish', 'Roland']
EN_SUR = ['Harrison', 'McAllister', "O'Brien", 'Kowalski', 'Patel', 'Nguyen', 'Henderson', 'Fraser',
          'Sinclair', 'Whitaker', 'Doyle', 'Kerr', 'Lindqvist', 'Morrison', 'Gallagher', 'Hughes',
          'Mercer', 'Pritchard', 'Dunlop', 'Munro', 'Ferguson', 'McKenna', 'Sutherland', 'Brennan',
          'Zielinski', 'Hawthorne', 'Caldwell', 'Ryerson', 'Petrie', 'Kilbride', 'Draper', 'Ahmadi']
FR_GIVEN_F = ['Chantal', 'Lucie', 'Francine', 'Isabelle', 'Mélanie', 'Jacinthe', 'Rosalie', 'Élise',
              'Monique', 'Véronique', 'Maude', 'Solange', 'Annick', 'Line']
FR_GIVEN_M = ['Réjean', 'Gaétan', 'Sébastien', 'Yves', 'Normand', 'Benoît', 'Martin', 'Jean-Guy',
              'Éric', 'Alain', 'Mathieu', 'Denis', 'Raymond', 'Olivier']
FR_SUR = ['Beaulieu', 'Desrosiers', 'Lachance', 'Trépanier', 'Vaillancourt', 'Charbonneau', 'Gervais',
          'Lavigne', 'Marcoux', 'Bergeron', 'Dufresne', 'Rioux', 'Bisson', 'Lemieux', 'Paradis', 'Côté',
          'Laflamme', 'Groulx', 'Séguin', 'Lalonde', 'Chartrand', 'Brisebois', 'Larocque', 'Sabourin']
BE_SUR = ['Vandenbroucke', 'Janssens', 'Peeters', 'Claes', 'Wouters', 'Goossens', 'Lambrechts',
          'Dewulf', 'Hermans', 'Verstraeten']
BE_GIVEN_F = ['Lotte', 'Annelies', 'Inès', 'Margaux', 'Elke']
BE_GIVEN_M = ['Pieter', 'Wouter', 'Arnaud', 'Thibaut', 'Bram']
FRN_SUR = ['Lefèvre', 'Moreau', 'Garnier', 'Rousseau', 'Chevalier', 'Faure', 'Mercier', 'Blanchard',
           'Perrin', 'Guillot', 'Barbier', 'Renaud']
FRN_GIVEN_F = ['Camille', 'Océane', 'Brigitte', 'Aurélie', 'Pauline', 'Clémence']
FRN_GIVEN_M = ['Thierry', 'Loïc', 'Bertrand', 'Yannick', 'Gaspard', 'Hervé']

# Staff pools (again disjoint from NAM surnames and from the patient pools)
STAFF = [
    # (given, surname, role_en, role_fr)
    ('Amara', 'Osei', 'Emergency physician', 'Urgentologue'),
    ('Hélène', 'Marchand', 'Internist', 'Interniste'),
    ('Karen', 'Whitfield', 'RN, charge nurse', 'Inf., assistante-infirmière-chef'),
    ('Julien', 'Beauchemin', 'Out-of-province billing clerk', 'Agent de facturation hors Québec'),
    ('Nadia', 'Haddad', 'Cardiologist', 'Cardiologue'),
    ('Patrick', 'Lanthier', 'Social worker', 'Travailleur social'),
    ('Colette', 'Aubry', 'Nurse navigator', 'Infirmière pivot'),
    ('Devon', 'Ashcroft', 'Medical director, air medical', 'Directeur médical, transport aérien'),
    ('Marie-Ève', 'Dansereau', 'Case manager', 'Gestionnaire de cas'),
    ('Samuel', 'Kwan', 'Pharmacist', 'Pharmacien'),
    ('Isabel', 'Ferreira', 'Family physician', 'Médecin de famille'),
    ('Luc', 'Villeneuve', 'Head of admitting', 'Chef de l\'admission'),
    ('Rebecca', 'Thornbury', 'Clinic coordinator', 'Coordonnatrice de la clinique'),
    ('François', 'Gingras', 'Orthopaedic surgeon', 'Chirurgien orthopédiste'),
    ('Anjali', 'Mehta', 'Hospitalist', 'Hospitaliste'),
    ('Gabriel', 'Proulx', 'Transfer coordinator', 'Coordonnateur des transferts'),
    ('Sandra', 'Okonkwo', 'Assistance medical officer', 'Médecin-conseil, assistance'),
    ('Étienne', 'Levasseur', 'Finance manager', 'Chef des finances'),
    ('Margaret', 'Fairbairn', 'HR advisor', 'Conseillère RH'),
    ('Yasmine', 'Belkacem', 'Clinical nurse specialist', 'Infirmière clinicienne spécialisée'),
    ('Thomas', 'Radcliffe', 'IT service desk lead', 'Responsable du centre de services TI'),
    ('Sophie', 'Brassard', 'Medical records archivist', 'Archiviste médicale'),
    ('Owen', 'Tremblay-Hale', 'Paramedic supervisor', 'Superviseur paramédic'),
    ('Lina', 'Rahimi', 'Obstetrician', 'Obstétricienne'),
    ('Vincent', 'Désilets', 'Psychiatrist', 'Psychiatre'),
    ('Claire', 'Ashdown', 'Claims adjuster', 'Experte en sinistres'),
    ('Raphaël', 'Lévesque-Ward', 'Purchasing agent', 'Agent d\'approvisionnement'),
    ('Nicole', 'Stanfield', 'Nephrologist', 'Néphrologue'),
    ('Benoît', 'Carrier', 'Nurse manager, ED', 'Chef d\'unité, urgence'),
    ('Grace', 'Achterberg', 'Community outreach worker', 'Intervenante communautaire'),
]

INST = {
    'hro': dict(fr='Hôpital régional de Rivière-Outaouais', en='Rivière-Outaouais Regional Hospital',
                city='Gatineau', prov='QC', dom='hro-outaouais.example', tel='819-555-0110'),
    'hpe': dict(fr='Hôpital du Pontiac-Est', en='East Pontiac Hospital', city='Shawville', prov='QC',
                dom='hpe-pontiac.example', tel='819-555-0123'),
    'cst': dict(fr='Centre de santé du Témiscamingue-Nord', en='North Témiscamingue Health Centre',
                city='Ville-Marie', prov='QC', dom='cst-nord.example', tel='819-555-0131'),
    'chaf': dict(fr='Centre hospitalier Abitibi-Frontière', en='Abitibi-Frontière Hospital Centre',
                 city='Rouyn-Noranda', prov='QC', dom='chaf.example', tel='819-555-0147'),
    'pcn': dict(fr='Réseau communautaire de santé du Pontiac', en='Pontiac Community Health Network',
                city='Shawville', prov='QC', dom='pontiac-chn.example', tel='819-555-0158'),
    'oecc': dict(fr='Clinique communautaire anglophone de l\'Outaouais', en='Outaouais English Community Clinic',
                 city='Aylmer', prov='QC', dom='oecc.example', tel='819-555-0162'),
    'ovgh': dict(fr='Hôpital général de la vallée de l\'Outaouais', en='Ottawa Valley General Hospital',
                 city='Ottawa', prov='ON', dom='ovgh.example', tel='613-555-0170'),
    'hpdh': dict(fr='Hôpital de district Hawkesbury-Prescott', en='Hawkesbury & Prescott District Hospital',
                 city='Hawkesbury', prov='ON', dom='hpdh.example', tel='613-555-0176'),
    'tshc': dict(fr='Centre de santé de Temiskaming Shores', en='Temiskaming Shores Health Centre',
                 city='Temiskaming Shores', prov='ON', dom='tshc.example', tel='705-555-0181'),
    'crh': dict(fr='Hôpital Riverside de Cornwall', en='Cornwall Riverside Hospital', city='Cornwall',
                prov='ON', dom='crh-cornwall.example', tel='613-555-0189'),
}
COMPANIES = {
    'northstar': dict(name='NorthStar Travel Assist', dom='northstar-assist.example', tel='1-888-555-0102',
                      lang='en'),
    'boreal': dict(name='Boréal Assistance Voyage', dom='boreal-assistance.example', tel='1-877-555-0114',
                   lang='fr'),
    'maple': dict(name='Maple Shield Travel Insurance', dom='mapleshield.example', tel='1-866-555-0127',
                  lang='en'),
    'avl': dict(name='Assurances Voyageurs Laurentides', dom='avl-assurances.example', tel='1-855-555-0139',
                lang='fr'),
    'eurosecours': dict(name='EuroSecours Assistance', dom='eurosecours.example', tel='+33 1 55 50 01 44',
                        lang='fr'),
    'horizon': dict(name='Mutualité Horizon', dom='mutualite-horizon.example', tel='+32 2 555 01 52',
                    lang='fr'),
    'aeromedic': dict(name='Aéro-Médic Outaouais', dom='aeromedic-outaouais.example', tel='819-555-0193',
                      lang='fr'),
    'northwing': dict(name='NorthWing Air Medical', dom='northwing-medevac.example', tel='705-555-0197',
                      lang='en'),
}

QC_PLACES = [('Gatineau', 'J8T'), ('Gatineau', 'J9H'), ('Shawville', 'J0X'), ('Campbell\'s Bay', 'J0X'),
             ('Ville-Marie', 'J9V'), ('Rouyn-Noranda', 'J9X'), ('Temiscaming', 'J0Z'), ('Fort-Coulonge', 'J0X'),
             ('Buckingham', 'J8L'), ('Chelsea', 'J9B'), ('Notre-Dame-du-Nord', 'J0Z')]
ON_PLACES = [('Ottawa', 'K1Z'), ('Ottawa', 'K2B'), ('Hawkesbury', 'K6A'), ('Pembroke', 'K8A'),
             ('Arnprior', 'K7S'), ('Cornwall', 'K6H'), ('Temiskaming Shores', 'P0J'), ('Kirkland Lake', 'P2N'),
             ('Hearst', 'P0L'), ('Rockland', 'K4K'), ('Renfrew', 'K7V'), ('Mattawa', 'P0H')]
STREETS_FR = ['rue des Érables', 'chemin de la Montagne', 'rue Principale', 'boulevard des Hautes-Plaines',
              'rue du Lac-Beauchamp', 'rang Sainte-Anne', 'rue Notre-Dame', 'avenue de la Gappe']
STREETS_EN = ['Maple Crescent', 'Riverside Drive', 'Pine Street', 'Lakeview Road', 'Boundary Road',
              'Mill Street', 'Victoria Avenue', 'Concession Road 4', 'Centennial Lane', 'Opeongo Road']
AREA = {'QC': ['819', '873'], 'ON': ['613', '343', '705']}


def phone(rng, prov='QC'):
    return f'{rng.choice(AREA.get(prov, ["613"]))}-555-01{rng.randint(0, 99):02d}'


def postal_code(rng, fsa):
    L = 'ABCEGHJKLMNPRSTVWXYZ'
    return f'{fsa} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(0, 9)}'


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# ------------------------------------------------------------ identifiers
def gen_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if sin_mod.is_valid(num):
            return num


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            serial += 1
        if serial > 997:
            continue
        base = dob.strftime('%y%m%d') + f'{serial:03d}'
        n = int(base) if dob.year < 2000 else int('2' + base)
        num = base + f'{97 - n % 97:02d}'
        if nn_mod.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = f'{rng.choice([13, 33, 35, 44, 59, 67, 69, 75, 76, 92, 94]):02d}'
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + f'{rng.randint(1, 899):03d}' + \
            f'{rng.randint(1, 999):03d}'
        num = base + f'{97 - int(base) % 97:02d}'
        if nir_mod.is_valid(num):
            return num


def gen_mrn(rng, style=None):
    style = style if style is not None else rng.randint(0, 5)
    n = rng.randint(100000, 9999999)
    return [f'{n:07d}', f'H{n:07d}', f'{n // 1000:04d}-{n % 1000:03d}', f'MRN {n:07d}'[4:],
            f'OV{n:08d}', f'{n:07d}'][style]


def vc_letters(rng):
    L = 'ABCDEFGHJKLMNPRSTVWXYZ'
    return rng.choice(L) + rng.choice(L)


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def fullwidth(s):
    return ''.join(FULLWIDTH.get(c, c) for c in s)


def fmt_nam(nam, style=0):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return [f'{a} {b} {c}', nam, f'{a}-{b}-{c}', f'{a}.{b}.{c}', f'{a} {b}{c}', f'{a}/{b}/{c}',
            fullwidth(f'{a} {b} {c}'), f'{a}  {b}  {c}', f'{a}{b} {c}'][style % 9]


def fmt_ohip(num, vc='', style=0):
    a, b, c = num[:4], num[4:7], num[7:]
    s = [f'{a}-{b}-{c}', f'{a} {b} {c}', num, f'{a}.{b}.{c}', fullwidth(f'{a} {b} {c}'), f'{a}/{b}/{c}',
         f'{a}-{b}-{c}'][style % 7]
    if vc and style % 3 != 2:
        s += (' ' if style % 2 else '-') + vc
    return s


def fmt_sin(num, style=0):
    a, b, c = num[:3], num[3:6], num[6:]
    return [f'{a} {b} {c}', f'{a}-{b}-{c}', num, f'{a}.{b}.{c}', fullwidth(f'{a} {b} {c}')][style % 5]


def fmt_niss(num, style=0):
    return [f'{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}', num,
            f'{num[:6]} {num[6:9]} {num[9:]}', f'{num[:6]}-{num[6:9]}-{num[9:]}'][style % 4]


def fmt_nir(num, style=0):
    p = [num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:]]
    return [' '.join(p), num, '-'.join(p), '.'.join(p), num[:13] + ' ' + num[13:]][style % 5]


# ------------------------------------------------------------------ dates
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']


def fmt_date(d, lang, style=0):
    if lang == 'fr':
        day = '1er' if d.day == 1 else str(d.day)
        return [d.isoformat(), f'{d.day:02d}/{d.month:02d}/{d.year}', f'{day} {MONTHS_FR[d.month - 1]} {d.year}',
                f'{d.day:02d}-{d.month:02d}-{d.year}'][style % 4]
    return [d.isoformat(), f'{MONTHS_EN[d.month - 1]} {d.day}, {d.year}', f'{d.day:02d}/{d.month:02d}/{d.year}',
            f'{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}', f'{d.month:02d}/{d.day:02d}/{d.year}'][style % 5]


# ------------------------------------------------------------ name forms
def name_form(p, lang, style=0):
    g, s = p.given, p.surname
    forms = [f'{g} {s}', f'{s.upper()}, {g}', f'{s}, {g}', f'{g[0]}. {s}', f'{s} {g}', f'{g} {s}'.lower(),
             f'{s.upper()} {g}', f'{s} {g[0]}.']
    if title_ok(p):
        forms.append(f'{title(p, lang)} {s}')
        forms.append(f'{title(p, lang)} {g} {s}')
    return forms[style % len(forms)]


class World:
    """Creates invented patients; hands out NAM holders in a shuffled cycle."""

    def __init__(self, seed):
        self.seed = seed
        self.rng = sub_rng(seed, 'world')
        self._nam_cycle = []
        self._used_names = set(NAM_FULLNAMES)
        self.counter = 0

    def nam_holder(self, rng, pred=None):
        if not self._nam_cycle or (pred and not any(pred(x) for x in self._nam_cycle)):
            self._nam_cycle = list(NAM_HOLDERS) + self._nam_cycle
            self.rng.shuffle(self._nam_cycle)
        idx = max(i for i, x in enumerate(self._nam_cycle) if pred is None or pred(x))
        p = self._nam_cycle.pop(idx)
        q = Person(**{k: getattr(p, k) for k in ('given', 'surname', 'dob', 'sex', 'nam', 'prov')})
        self._fill_address(q, rng, 'QC')
        q.mrn = gen_mrn(rng)
        return q

    def _fill_address(self, p, rng, prov):
        if prov == 'QC':
            city, fsa = rng.choice(QC_PLACES)
            p.street = f'{rng.randint(12, 2890)}, {rng.choice(STREETS_FR)}'
        else:
            city, fsa = rng.choice(ON_PLACES)
            p.street = f'{rng.randint(12, 2890)} {rng.choice(STREETS_EN)}'
        p.city, p.prov, p.postal = city, prov, postal_code(rng, fsa)
        p.phone = phone(rng, prov)
        mail_user = strip_accents(f'{p.given[0]}{p.surname}').lower().replace("'", '').replace(' ', '')
        p.email = f'{mail_user}{rng.randint(1, 99)}@{rng.choice(["mail.example", "courriel.example", "webmail.example", "netplus.example"])}'

    def _name(self, rng, kind, sex):
        for _ in range(200):
            if kind == 'en':
                g = rng.choice(EN_GIVEN_F if sex == 'F' else EN_GIVEN_M); s = rng.choice(EN_SUR)
            elif kind == 'fr':
                g = rng.choice(FR_GIVEN_F if sex == 'F' else FR_GIVEN_M); s = rng.choice(FR_SUR)
            elif kind == 'be':
                g = rng.choice(BE_GIVEN_F if sex == 'F' else BE_GIVEN_M); s = rng.choice(BE_SUR)
            else:
                g = rng.choice(FRN_GIVEN_F if sex == 'F' else FRN_GIVEN_M); s = rng.choice(FRN_SUR)
            if (g, s) not in self._used_names:
                self._used_names.add((g, s))
                return g, s
        raise RuntimeError('name pool exhausted')

    def person(self, rng, kind='en', prov='ON', sex=None, age=(1, 92)):
        sex = sex or rng.choice('MF')
        g, s = self._name(rng, kind, sex)
        y = 2024 - rng.randint(*age)
        dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        p = Person(given=g, surname=s, dob=dob, sex=sex)
        p.extra['fem_name'] = sex == 'F'
        self._fill_address(p, rng, prov if prov in ('QC', 'ON') else 'ON')
        if kind == 'be':
            p.niss = gen_niss(rng, dob, sex)
            p.city, p.prov, p.postal = rng.choice(['Namur', 'Liège', 'Gent', 'Leuven']), 'BE', str(rng.randint(1000, 9990))
            p.street = f'{rng.choice(["rue de Fer", "Kerkstraat", "avenue Albert Ier"])} {rng.randint(1, 140)}'
            p.phone = f'+32 4 555 01 {rng.randint(0, 99):02d}'
        elif kind == 'frn':
            p.nir = gen_nir(rng, dob, sex)
            p.city, p.prov, p.postal = rng.choice(['Nantes', 'Lyon', 'Rennes', 'Lille']), 'FR', f'{rng.randint(10, 95)}0{rng.randint(10, 99)}'
            p.street = f'{rng.randint(1, 80)} {rng.choice(["rue des Tanneurs", "allée des Tilleuls", "boulevard Voltaire"])}'
            p.phone = f'+33 6 55 50 01 {rng.randint(0, 99):02d}'
        if prov == 'ON':
            p.ohip = gen_ohip(rng)
            p.ohip_vc = vc_letters(rng)
        p.mrn = gen_mrn(rng)
        return p


GROUPS = {
    'md': ['Osei', 'Marchand', 'Haddad', 'Ferreira', 'Gingras', 'Mehta', 'Rahimi', 'Désilets', 'Stanfield'],
    'nurse': ['Whitfield', 'Aubry', 'Belkacem', 'Carrier'],
    'other_clin': ['Kwan', 'Lanthier', 'Proulx', 'Achterberg', 'Thornbury', 'Tremblay-Hale'],
    'admin': ['Beauchemin', 'Villeneuve', 'Levasseur', 'Fairbairn', 'Radcliffe', 'Brassard', 'Lévesque-Ward'],
    'assist': ['Dansereau', 'Ashdown', 'Okonkwo'],
}
GROUPS['clin'] = GROUPS['md'] + GROUPS['nurse'] + GROUPS['other_clin']
GROUPS['gp'] = ['Osei', 'Marchand', 'Ferreira', 'Mehta']
GROUPS['spec'] = ['Haddad', 'Gingras', 'Rahimi', 'Désilets', 'Stanfield', 'Marchand']
GROUPS['clerk'] = ['Beauchemin', 'Villeneuve', 'Brassard', 'Thornbury']
GROUPS['hosp'] = GROUPS['clin'] + GROUPS['admin']


def staff(rng, n=1, exclude=(), kind='hosp'):
    allowed = GROUPS[kind]
    pool = [s for s in STAFF if s[1] in allowed and s[1] not in exclude]
    picks = rng.sample(pool, n)
    return picks if n > 1 else picks[0]


def staff_addr(st, dom):
    g, s = strip_accents(st[0]).lower().replace(' ', ''), strip_accents(st[1]).lower().replace(' ', '')
    return f'{g}.{s}@{dom}'


def _selfcheck_pools():
    bad = [s for s in EN_SUR + FR_SUR + BE_SUR + FRN_SUR + [x[1] for x in STAFF] if s in NAM_SURNAMES]
    assert not bad, bad


_selfcheck_pools()
