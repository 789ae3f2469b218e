"""Common data, identifiers and helpers for the school-health / youth-clinic corpus.

Everything here is invented except the RAMQ NAM holders, which are read from
../blind_nams.txt (relative to this file).  All randomness goes through the
Random instance held by Ctx so that the corpus is reproducible from the seed.
"""
import datetime
import os
import random
import re
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


def strip_accents(s):
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r'[^a-z0-9]+', '.', strip_accents(s).lower()).strip('.')


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
class Person:
    """A patient (student / young person).  Holders come from blind_nams.txt."""

    def __init__(self, given, surname, sex, dob, nam=None):
        self.given = given
        self.surname = surname
        self.sex = sex            # 'F' or 'M'
        self.dob = dob            # datetime.date
        self.nam = nam            # only for holders
        self.school = None
        self.mother = None
        self.father = None
        self.address = None
        self.phone = None
        self.email = None

    @property
    def full(self):
        return f'{self.given} {self.surname}'

    def __repr__(self):
        return f'<Person {self.full}>'


def load_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(Person(given, surname, sex, datetime.date(y, m, d), nam))
    return out


# --------------------------------------------------------------------------
# Invented pools
# --------------------------------------------------------------------------
KID_GIVEN_F_FR = ['Léa', 'Zoé', 'Florence', 'Alice', 'Rosalie', 'Maëlle', 'Océane', 'Chloé', 'Jade',
                  'Charlotte', 'Camille', 'Mégane', 'Laurie', 'Ariane', 'Maïka', 'Élodie', 'Noémie',
                  'Justine', 'Annabelle', 'Aïcha', 'Fatou', 'Maya', 'Éloïse', 'Clara', 'Marilou']
KID_GIVEN_M_FR = ['Noah', 'William', 'Thomas', 'Jacob', 'Félix', 'Samuel', 'Loïc', 'Nathan', 'Édouard',
                  'Mohamed', 'Xavier', 'Olivier', 'Raphaël', 'Zachary', 'Antoine', 'Émile', 'Mathis',
                  'Benjamin', 'Alexis', 'Jérémy', 'Yanis', 'Kevin', 'Hugo', 'Anthony', 'Maxime']
KID_GIVEN_F_EN = ['Olivia', 'Ava', 'Mia', 'Hannah', 'Grace', 'Chloe', 'Abigail', 'Madison', 'Keira',
                  'Priya', 'Sienna', 'Layla', 'Brooke', 'Harper', 'Nadia']
KID_GIVEN_M_EN = ['Ethan', 'Lucas', 'Jayden', 'Owen', 'Caleb', 'Dylan', 'Ryan', 'Aiden', 'Connor',
                  'Arjun', 'Tyler', 'Logan', 'Evan', 'Isaac', 'Malik']
KID_SURNAMES_FR = ['Tremblay', 'Côté', 'Lavoie', 'Dion', 'Rioux', 'Sirois', 'Landry', 'Perreault',
                   'Beaudoin', 'Vachon', 'Deschênes', 'Lacroix', 'Poulin', 'Veilleux', 'Bolduc', 'Dumont',
                   'Ménard', 'Hamel', 'Drouin', 'Giguère', 'Nguyen', 'Diallo', 'Joseph', 'Pierre-Louis',
                   'Mercier', 'Lemire', 'Boisvert', 'Carrier', 'Paradis', 'Blais', 'Boudreau', 'Asselin',
                   'Bisson', 'Labrecque', 'St-Onge', 'Rancourt', 'Fafard', 'Bérubé', 'Ouimet', 'Trudel',
                   'Benali', 'Kouamé', 'Lalonde', 'Marcoux', 'Guay']
KID_SURNAMES_EN = ['Murphy', "O'Brien", 'Patel', 'Singh', 'Kowalski', 'Chen', 'Sanchez', 'Campbell',
                   'Henderson', 'Walker', 'Fitzgerald', 'Nakamura', 'Stewart', 'Reid', 'Kaur', 'Hughes']
ADULT_GIVEN_F = ['Martine', 'Isabelle', 'Caroline', 'Mélissa', 'Valérie', 'Annie', 'Karine', 'Julie',
                 'Sandra', 'Jennifer', 'Amélie', 'Nancy', 'Kathleen', 'Rachida', 'Laura', 'Michelle']
ADULT_GIVEN_M = ['Éric', 'Stéphane', 'Patrick', 'Sébastien', 'Daniel', 'Mathieu', 'Jonathan',
                 'Frédéric', 'Karim', 'Steve', 'Brian', 'Mark', 'Dominic', 'Hugo', 'Yves']

STREETS = ['rue des Érables', 'rue Principale', 'boulevard des Forges', 'rue Saint-Aubin', 'avenue du Parc-Vert',
           'rue des Hérons', 'chemin du Moulin', 'rue Lafontaine', 'montée des Pins', 'rue de la Gare',
           'rue Champlain', 'avenue des Ormes', 'rue du Ruisseau', 'Maple Street', 'Riverside Drive']
TOWNS = [('Val-des-Saules', 'J0X 2B0'), ('Saint-Aubin-des-Prés', 'J0X 3C0'), ('Pointe-aux-Hérons', 'J0X 1K0'),
         ('Val-des-Saules', 'J0X 2B4'), ('Sainte-Clotilde-du-Lac', 'J0X 4H0')]
AREA = ['450', '579', '514', '438', '819']

ORG = {
    'ciusss_fr': 'CIUSSS de la Rivière-des-Saules',
    'ciusss_en': 'CIUSSS de la Rivière-des-Saules',
    'dom': 'ciusss-rds.example',
    'css_fr': 'Centre de services scolaire du Val-des-Saules',
    'css_dom': 'cssvds.example',
    'board_en': 'Riverbend English School Board',
    'board_dom': 'rbesb.example',
    'hosp_fr': 'Hôpital régional de la Rivière-des-Saules',
    'hosp_short': 'HRRS',
    'hosp_dom': 'hrrs.example',
    'chu_fr': 'Centre mère-enfant du Haut-Fleuve',
    'chu_dom': 'cmehf.example',
    'hosp_en': "Westvale Children's Hospital",
    'hosp_en_dom': 'westvale-ch.example',
    'dpj': 'Direction de la protection de la jeunesse',
    'dpj_dom': 'dpj-rds.example',
}

CLSCS = [
    {'name': 'CLSC du Vieux-Moulin', 'addr': '1250, boulevard des Forges, Val-des-Saules (Québec) J0X 2B0',
     'tel': '450 555-0110'},
    {'name': 'CLSC de la Pointe-aux-Hérons', 'addr': '48, rue de la Gare, Pointe-aux-Hérons (Québec) J0X 1K0',
     'tel': '450 555-0120'},
    {'name': 'CLSC Saint-Aubin-des-Prés', 'addr': '300, rue Saint-Aubin, Saint-Aubin-des-Prés (Québec) J0X 3C0',
     'tel': '579 555-0130'},
]
YOUTH_CLINICS = ['Clinique jeunesse du Vieux-Moulin', 'Clinique des jeunes 12-24 — Pointe-aux-Hérons',
                 'Clinique jeunesse Saint-Aubin']

SCHOOLS = [
    # name, level, lang, domain
    ('École primaire des Cèdres-Bleus', 'prim', 'fr', 'cssvds.example'),
    ('École du Ruisseau-Doré', 'prim', 'fr', 'cssvds.example'),
    ('École Sainte-Clotilde-des-Prés', 'prim', 'fr', 'cssvds.example'),
    ('École primaire Jardin-des-Lilas', 'prim', 'fr', 'cssvds.example'),
    ('École secondaire de la Rivière-Noire', 'sec', 'fr', 'cssvds.example'),
    ('Polyvalente Armand-Lussier', 'sec', 'fr', 'cssvds.example'),
    ('École secondaire des Hérons', 'sec', 'fr', 'cssvds.example'),
    ('Riverbend Elementary School', 'prim', 'en', 'rbesb.example'),
    ('Maplecrest Elementary', 'prim', 'en', 'rbesb.example'),
    ('Riverbend Regional High School', 'sec', 'en', 'rbesb.example'),
]
CEGEPS = ['Cégep de la Rivière-des-Saules', 'Centre de formation professionnelle des Forges']

PHARMACIES = [('Pharmacie Lamarre et Ouimet', '450 555-0141'), ('Pharmacie du Carré Dufresne', '450 555-0142'),
              ('Pharmacie Haddad-Roux', '579 555-0143'), ('Riverside Pharmacy', '514 555-0144')]


class Staff:
    def __init__(self, given, surname, role_fr, role_en, cred='', dom=None, sex='F', site=None):
        self.given, self.surname = given, surname
        self.role_fr, self.role_en, self.cred = role_fr, role_en, cred
        self.dom = dom or ORG['dom']
        self.sex = sex
        self.site = site

    @property
    def full(self):
        return f'{self.given} {self.surname}'

    @property
    def email(self):
        return f'{slug(self.given)}.{slug(self.surname)}@{self.dom}'

    def is_md(self):
        return any(w in self.role_fr for w in ('médecin', 'pédiatre', 'psychiatre'))

    def dr(self, lang='fr'):
        if not self.is_md():
            return self.given
        if lang == 'fr':
            return ('Dre ' if self.sex == 'F' else 'Dr ') + self.surname
        return 'Dr. ' + self.surname

    def short_title(self, lang='fr'):
        if 'médecin' in self.role_fr or 'pédiatre' in self.role_fr or 'psychiatre' in self.role_fr:
            if lang == 'fr':
                return ('Dre ' if self.sex == 'F' else 'Dr ') + self.full
            return 'Dr. ' + self.full
        return self.full


def _staff():
    D = ORG['dom']
    S = [
        Staff('Isabelle', 'Bergeron', 'infirmière en santé scolaire', 'school nurse', 'inf., B. Sc.'),
        Staff('Karine', 'Desrosiers', 'infirmière clinicienne, santé scolaire', 'school health nurse', 'inf. clin.'),
        Staff('Mélanie', 'Thériault', 'infirmière scolaire', 'school nurse', 'inf.'),
        Staff('Julie', 'Vaillancourt', 'infirmière clinicienne, clinique jeunesse', 'youth clinic nurse', 'inf. clin., M. Sc.'),
        Staff('Annie', 'Lavigne', 'infirmière praticienne spécialisée en soins de première ligne', 'nurse practitioner (primary care)', 'IPSPL'),
        Staff('Catherine', 'Dufresne', 'infirmière scolaire', 'school nurse', 'inf.'),
        Staff('Sophie', 'Charbonneau', 'assistante du supérieur immédiat, santé scolaire', 'assistant nurse manager', 'inf.'),
        Staff('Emily', "O'Connor", 'infirmière scolaire (secteur anglophone)', 'school nurse (English sector)', 'RN, BScN'),
        Staff('Priya', 'Raman', 'infirmière clinicienne', 'clinical nurse', 'RN'),
        Staff('Mathieu', 'Laberge', 'travailleur social', 'social worker', 'T.S.', sex='M'),
        Staff('Roxanne', 'Pépin', 'psychoéducatrice', 'psychoeducator', 'ps. éd.'),
        Staff('Laurence', 'Gingras', 'sexologue', 'sexologist', 'M.A. sexologie'),
        Staff('Hélène', 'Marchand', 'pédiatre', 'paediatrician', 'MD, FRCPC', dom=ORG['hosp_dom']),
        Staff('François', 'Lemay', 'médecin de famille', 'family physician', 'MD', sex='M'),
        Staff('Yannick', 'Beaulieu', 'pédopsychiatre', 'child psychiatrist', 'MD, FRCPC', dom=ORG['chu_dom'], sex='M'),
        Staff('Amira', 'Haddad', 'médecin, clinique jeunesse', 'youth clinic physician', 'MD'),
        Staff('Kevin', 'Walsh', 'pédiatre', 'paediatrician', 'MD, FRCPC', dom=ORG['hosp_en_dom'], sex='M'),
        Staff('Lise', 'Turcotte', 'agente administrative', 'administrative officer', ''),
        Staff('Chantal', 'Dubé', 'agente administrative, accueil', 'reception clerk', ''),
        Staff('Patrick', 'Lévesque', 'chef de programme Jeunesse', 'Youth programme manager', '', sex='M'),
        Staff('Véronique', 'Gendron', 'coordonnatrice santé scolaire', 'school health coordinator', 'inf., M. Sc.'),
        Staff('Nadia', 'Belhadj', 'intervenante psychosociale', 'psychosocial worker', 'T.S.'),
        Staff('Guylaine', 'Hébert', 'technicienne en administration', 'administrative technician', ''),
        Staff('Rachel', 'Goldberg', 'nurse, youth clinic', 'youth clinic nurse', 'RN', ),
        Staff('Stéphanie', 'Proulx', 'pharmacienne', 'pharmacist', 'pharm. D.'),
        Staff('Dominique', 'Bellefeuille', 'conseiller en ressources humaines', 'HR advisor', 'CRHA', sex='M'),
        Staff('Jean-Philippe', 'Séguin', 'technicien informatique', 'IT technician', '', sex='M'),
        Staff('Marc-André', 'Fontaine', 'responsable des installations', 'facilities manager', '', sex='M'),
        Staff('Sylvain', 'Ducharme', 'agent d\'approvisionnement', 'procurement officer', '', sex='M'),
    ]
    return S


STAFF = _staff()


def staff(surname):
    for s in STAFF:
        if s.surname == surname:
            return s
    raise KeyError(surname)


# school-side people (teachers, principals, secretaries) — invented
SCHOOL_PEOPLE_FR = [('Marie-Claude', 'Ferland', 'enseignante'), ('Benoît', 'Gosselin', 'directeur'),
                    ('Nathalie', 'Rousseau', 'secrétaire'), ('Josiane', 'Lauzon', 'enseignante de 4e année'),
                    ('Francis', 'Beauchemin', 'enseignant d\'éducation physique'), ('Audrey', 'Bourassa', 'TES'),
                    ('Mireille', 'Chabot', 'directrice adjointe'), ('Geneviève', 'Allard', 'psychologue scolaire'),
                    ('Simon', 'Desjardins', 'conseiller d\'orientation'), ('Claudia', 'Sauvé', 'orthopédagogue')]
SCHOOL_PEOPLE_EN = [('Jennifer', 'McKay', 'Grade 5 teacher'), ('Robert', 'Dunn', 'principal'),
                    ('Angela', 'Russo', 'school secretary'), ('Tom', 'Okafor', 'guidance counsellor'),
                    ('Leah', 'Bernstein', 'resource teacher'), ('Carla', 'Mendes', 'special education technician')]


# --------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.holders = load_holders()
        self.holder_surnames = sorted({h.surname for h in self.holders})
        self.msg_counter = 0
        self.used = {'sin': [], 'ohip': [], 'niss': [], 'nir': []}
        self._check_pools()

    def _check_pools(self):
        bad = {strip_accents(s).lower() for s in self.holder_surnames}
        for s in KID_SURNAMES_FR + KID_SURNAMES_EN + [p.surname for p in STAFF] + \
                [p[1] for p in SCHOOL_PEOPLE_FR + SCHOOL_PEOPLE_EN]:
            assert strip_accents(s).lower() not in bad, s

    # random helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def date(self, start=datetime.date(2024, 9, 3), end=datetime.date(2025, 6, 20), weekday=True):
        span = (end - start).days
        while True:
            d = start + datetime.timedelta(days=self.rng.randint(0, span))
            if not weekday or d.weekday() < 5:
                return d

    def dt(self, d=None):
        d = d or self.date()
        h = self.rng.choice([7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21])
        return datetime.datetime(d.year, d.month, d.day, h, self.rng.randint(0, 59), self.rng.randint(0, 59))

    def phone(self, area=None):
        return f'{area or self.pick(AREA)} 555-01{self.randint(0, 99):02d}'

    def phone_fmt(self, num=None):
        num = num or self.phone()
        a, rest = num.split(' ')
        style = self.pick(['sp', 'paren', 'dash', 'dot'])
        if style == 'paren':
            return f'({a}) {rest}'
        if style == 'dash':
            return f'{a}-{rest}'
        if style == 'dot':
            return f'{a}.{rest.replace("-", ".")}'
        return num

    def address(self):
        town, pc = self.pick(TOWNS)
        return f'{self.randint(12, 2890)}, {self.pick(STREETS[:13])}', town, pc

    # ---- people --------------------------------------------------------
    def adult(self, sex, surname=None):
        g = self.pick(ADULT_GIVEN_F if sex == 'F' else ADULT_GIVEN_M)
        s = surname or self.pick(KID_SURNAMES_FR)
        return (g, s)

    def kid(self, lang='fr', min_age=5, max_age=17, ref=datetime.date(2024, 9, 30), sex=None):
        sex = sex or self.pick('FM')
        if lang == 'fr':
            g = self.pick(KID_GIVEN_F_FR if sex == 'F' else KID_GIVEN_M_FR)
            s = self.pick(KID_SURNAMES_FR)
        else:
            g = self.pick(KID_GIVEN_F_EN if sex == 'F' else KID_GIVEN_M_EN)
            s = self.pick(KID_SURNAMES_EN + KID_SURNAMES_FR[:10])
        age = self.randint(min_age, max_age)
        dob = datetime.date(ref.year - age, self.randint(1, 12), self.randint(1, 28))
        p = Person(g, s, sex, dob)
        self._furnish(p, lang)
        return p

    def holder(self, min_age=0, max_age=99, ref=datetime.date(2024, 9, 30)):
        cands = [h for h in self.holders if min_age <= age_at(h.dob, ref) <= max_age]
        h = self.pick(cands)
        p = Person(h.given, h.surname, h.sex, h.dob, h.nam)
        self._furnish(p, 'fr')
        return p

    def _furnish(self, p, lang):
        mg, ms = self.adult('F')
        p.mother = (mg, ms if self.chance(0.3) else self.pick(KID_SURNAMES_FR))
        fg, _ = self.adult('M')
        p.father = (fg, p.surname)
        street, town, pc = self.address()
        p.address = (street, town, pc)
        p.phone = self.phone()
        p.email = f'{slug(p.given)}.{slug(p.surname)[:6]}{self.randint(1, 99)}@' + \
            self.pick(['courriel.example', 'mail.example', 'videoweb.example', 'jeunesnet.example'])
        lvl = grade_index(p.dob)
        if lvl <= 11:
            want = 'prim' if lvl <= 6 else 'sec'
            opts = [s for s in SCHOOLS if s[1] == want and (s[2] == lang or lang == 'fr' and s[2] == 'fr')]
            p.school = self.pick(opts)

    # ---- identifiers ----------------------------------------------------
    def sin(self):
        while True:
            first = self.pick('1234567')
            body = first + ''.join(str(self.randint(0, 9)) for _ in range(7))
            num = body + luhn.calc_check_digit(body)
            if ca_sin.is_valid(num) and num not in self.used['sin']:
                self.used['sin'].append(num)
                return num

    def ohip(self):
        while True:
            body = str(self.randint(1, 9)) + ''.join(str(self.randint(0, 9)) for _ in range(8))
            num = body + luhn.calc_check_digit(body)
            if luhn.is_valid(num) and num not in self.used['ohip']:
                self.used['ohip'].append(num)
                return num

    def niss(self, dob, sex):
        while True:
            ctr = self.randint(1, 997)
            if (ctr % 2 == 1) != (sex == 'M'):
                continue
            base = f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{ctr:03d}'
            pre = ('2' + base) if dob.year >= 2000 else base
            chk = 97 - int(pre) % 97
            num = base + f'{chk:02d}'
            if be_nn.is_valid(num) and num not in self.used['niss']:
                self.used['niss'].append(num)
                return num

    def nir(self, dob, sex):
        while True:
            dept = self.pick(['75', '69', '13', '33', '59', '44', '31', '67', '35', '2A'])
            commune = f'{self.randint(1, 400):03d}'
            order = f'{self.randint(1, 999):03d}'
            body = f'{1 if sex == "M" else 2}{dob.year % 100:02d}{dob.month:02d}{dept}{commune}{order}'
            n = body.replace('2A', '19').replace('2B', '18')
            key = 97 - int(n) % 97
            num = body + f'{key:02d}'
            if fr_nir.is_valid(num) and num not in self.used['nir']:
                self.used['nir'].append(num)
                return num

    def mrn(self, kind=None):
        kind = kind or self.pick(['hrrs', 'cme', 'clsc', 'wch'])
        if kind == 'hrrs':
            return f'HRRS-{self.randint(100000, 999999)}'
        if kind == 'cme':
            return f'{self.randint(1000000, 9999999)}'
        if kind == 'clsc':
            return f'{self.randint(10, 99)}-{self.randint(100000, 999999)}'
        return f'W{self.randint(10000000, 99999999)}'


# --------------------------------------------------------------------------
# Formatting helpers
# --------------------------------------------------------------------------
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def grade_index(dob, school_year=2024):
    cohort = dob.year if (dob.month, dob.day) <= (9, 30) else dob.year + 1
    return school_year - cohort - 5


def grade_label(dob, lang='fr'):
    g = grade_index(dob)
    if lang == 'fr':
        if g <= 0:
            return 'maternelle 5 ans'
        if g <= 6:
            return ('1re' if g == 1 else f'{g}e') + ' année'
        if g <= 11:
            return ('1re' if g == 7 else f'{g - 6}e') + ' secondaire'
        return 'niveau collégial'
    if g <= 0:
        return 'Kindergarten'
    if g <= 6:
        return f'Grade {g}'
    if g <= 11:
        return f'Secondary {g - 6}'
    return 'CEGEP'


def d_fr(d, style='long'):
    if style == 'long':
        return f'{d.day if d.day != 1 else "1er"} {MOIS[d.month - 1]} {d.year}'
    if style == 'day':
        return f'{JOURS[d.weekday()]} {d.day if d.day != 1 else "1er"} {MOIS[d.month - 1]}'
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return f'{d.day:02d}/{d.month:02d}/{d.year}'
    if style == 'dash':
        return f'{d.day:02d}-{d.month:02d}-{d.year}'
    return d.isoformat()


def d_en(d, style='long'):
    if style == 'long':
        return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'
    if style == 'day':
        return f'{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}'
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return f'{d.month:02d}/{d.day:02d}/{d.year}'
    if style == 'abbr':
        return f'{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}'
    return d.isoformat()


def d_any(ctx, d, lang):
    if lang == 'fr':
        return d_fr(d, ctx.pick(['long', 'iso', 'slash', 'long', 'dash']))
    return d_en(d, ctx.pick(['long', 'iso', 'abbr', 'long', 'slash']))


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def fmt_nam(ctx, nam, style=None):
    style = style or ctx.pick(['std', 'std', 'plain', 'dash', 'dots', 'slash', 'lower', 'full', 'spaced',
                               'std_lower'])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'std':
        return f'{a} {b} {c}'
    if style == 'plain':
        return nam
    if style == 'dash':
        return f'{a}-{b}-{c}'
    if style == 'dots':
        return f'{a}.{b}.{c}'
    if style == 'slash':
        return f'{a}/{b}/{c}'
    if style == 'lower':
        return nam.lower()
    if style == 'std_lower':
        return f'{a.lower()} {b} {c}'
    if style == 'full':
        return ''.join(FULLWIDTH.get(ch, ch) for ch in f'{a} {b} {c}')
    if style == 'spaced':
        return ' '.join(nam)
    return nam


def fmt_sin(ctx, s):
    st = ctx.pick(['sp', 'dash', 'plain', 'sp'])
    if st == 'sp':
        return f'{s[:3]} {s[3:6]} {s[6:]}'
    if st == 'dash':
        return f'{s[:3]}-{s[3:6]}-{s[6:]}'
    return s


def fmt_ohip(ctx, s, version=True):
    vc = (ctx.pick('ABCDEFGHJKLMNPRSTVWXY') + ctx.pick('ABCDEFGHJKLMNPRSTVWXY')) if version else ''
    st = ctx.pick(['dash', 'sp', 'plain'])
    if st == 'dash':
        r = f'{s[:4]}-{s[4:7]}-{s[7:]}'
        return r + (f'-{vc}' if vc else '')
    if st == 'sp':
        r = f'{s[:4]} {s[4:7]} {s[7:]}'
        return r + (f' {vc}' if vc else '')
    return s + vc


def fmt_niss(ctx, s):
    st = ctx.pick(['std', 'plain', 'sp'])
    if st == 'std':
        return f'{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}'
    if st == 'sp':
        return f'{s[:6]} {s[6:9]} {s[9:]}'
    return s


def fmt_nir(ctx, s):
    st = ctx.pick(['std', 'plain', 'std'])
    if st == 'std':
        return f'{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}'
    return s


def title_of(p, lang='fr'):
    if lang == 'fr':
        return 'Mme' if p.sex == 'F' else 'M.'
    return 'Ms.' if p.sex == 'F' else 'Mr.'


def name_as(ctx, p, style=None, lang='fr'):
    """A display form of a patient's name; returns the string."""
    style = style or ctx.pick(['full', 'full', 'full', 'last_first', 'upper_last', 'lower', 'initial',
                               'title_full'])
    if style == 'full':
        return p.full
    if style == 'last_first':
        return f'{p.surname}, {p.given}'
    if style == 'upper_last':
        return f'{p.surname.upper()} {p.given}'
    if style == 'upper_comma':
        return f'{p.surname.upper()}, {p.given}'
    if style == 'lower':
        return p.full.lower()
    if style == 'initial':
        return f'{p.given[0]}. {p.surname}'
    if style == 'title_full':
        return f'{title_of(p, lang)} {p.full}'
    if style == 'title':
        return f'{title_of(p, lang)} {p.surname}'
    if style == 'given':
        return p.given
    return p.full


def pron(p, lang='fr'):
    if lang == 'fr':
        return ('elle', 'la', 'sa', 'e') if p.sex == 'F' else ('il', 'le', 'son', '')
    return ('she', 'her', 'her', '') if p.sex == 'F' else ('he', 'him', 'his', '')


def eleve(p):
    return "l'élève" if True else ''


def fr_e(p):
    """feminine agreement suffix"""
    return 'e' if p.sex == 'F' else ''
