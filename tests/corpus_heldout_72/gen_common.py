"""Shared data and helpers: organisations, staff, invented patients, identifiers, formatting.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime as dt
import os
import random

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import ssn as std_bessn
from stdnum.fr import nir as std_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

# --------------------------------------------------------------------------- organisations
HOSP = {
    'fr': 'Centre hospitalier régional de Val-Sainte-Anne',
    'en': 'Val-Sainte-Anne Regional Hospital Centre',
    'short': 'CHRVSA',
    'dom': 'chrvsa.example',
    'addr': '1250, boulevard des Hospitalières, Val-Sainte-Anne (Québec)  G0X 1Z0',
    'phone': '418-555-0100',
}
CLINICS = {
    'ophtalmo': {'fr': "Clinique d'ophtalmologie Boréale", 'en': 'Boreal Eye Clinic',
                 'dom': 'ophtaboreale.example', 'phone': '418-555-0131',
                 'addr': '45, rue des Érables, bureau 200, Val-Sainte-Anne (Québec)  G0X 1Z2'},
    'orl': {'fr': 'Centre ORL-Audiologie du Fleuve', 'en': 'Fleuve ENT & Audiology Centre',
            'dom': 'orlfleuve.example', 'phone': '418-555-0134',
            'addr': '310, chemin du Quai, Val-Sainte-Anne (Québec)  G0X 1Z3'},
    'derm': {'fr': 'Dermatologie Rive-Sud Plus', 'en': 'Rive-Sud Plus Dermatology',
             'dom': 'dermarivesud.example', 'phone': '418-555-0137',
             'addr': '77, avenue Principale, local 4, Saint-Octave-du-Lac (Québec)  G0X 2A1'},
    'dent': {'fr': 'Centre dentaire et de chirurgie buccale des Érables',
             'en': 'Les Érables Dental & Oral Surgery Centre',
             'dom': 'dentaireerables.example', 'phone': '418-555-0140',
             'addr': '1020, boulevard Laurier-Est, Val-Sainte-Anne (Québec)  G0X 1Z5'},
    'allergie': {'fr': "Clinique d'allergie et d'immunologie Laurentienne",
                 'en': 'Laurentian Allergy & Immunology Clinic',
                 'dom': 'allergielaurentienne.example', 'phone': '418-555-0143',
                 'addr': '12, place du Marché, Val-Sainte-Anne (Québec)  G0X 1Z6'},
    'imagerie': {'fr': 'Imagerie médicale Horizon', 'en': 'Horizon Medical Imaging',
                 'dom': 'imageriehorizon.example', 'phone': '418-555-0146',
                 'addr': '980, rue de la Gare, Val-Sainte-Anne (Québec)  G0X 1Z7'},
    'gmf': {'fr': 'GMF des Deux-Rivières', 'en': 'Deux-Rivières Family Medicine Group',
            'dom': 'gmf2rivieres.example', 'phone': '418-555-0149',
            'addr': '555, rue Saint-Joseph, Saint-Octave-du-Lac (Québec)  G0X 2A3'},
    'hosp': {'fr': HOSP['fr'], 'en': HOSP['en'], 'dom': HOSP['dom'], 'phone': HOSP['phone'],
             'addr': HOSP['addr']},
}
PERSONAL_DOMAINS = ['courriel.example', 'webmail.example', 'maison.example', 'fournisseur.example',
                    'boitemail.example', 'netvillage.example']

# --------------------------------------------------------------------------- staff (invented)
# key: (title_fr, title_en, given, surname, role_fr, role_en, org, lang, email-local)
_STAFF = [
    ('Dre', 'Dr.', 'Hélène', 'Vaillancourt', 'ophtalmologiste', 'Ophthalmologist', 'ophtalmo', 'fr'),
    ('Dr', 'Dr.', 'Karim', 'Benali', 'ophtalmologiste (rétine)', 'Retina specialist', 'ophtalmo', 'fr'),
    ('', '', 'Marie-Ève', 'Dussault', 'optométriste', 'Optometrist', 'ophtalmo', 'fr'),
    ('', '', 'Nancy', 'Lapierre', 'agente administrative', 'Administrative officer', 'ophtalmo', 'fr'),
    ('Dr', 'Dr.', 'Patrick', "O'Neill", 'oto-rhino-laryngologiste', 'Otolaryngologist', 'orl', 'en'),
    ('', '', 'Julie', 'Desrosiers', 'audiologiste', 'Audiologist', 'orl', 'fr'),
    ('', '', 'Rebecca', 'Hollis', 'audiologiste', 'Audiologist', 'orl', 'en'),
    ('Dre', 'Dr.', 'Amélie', 'Ruel', 'dermatologue', 'Dermatologist', 'derm', 'fr'),
    ('Dr', 'Dr.', 'Owen', 'Pritchard', 'dermatologue', 'Dermatologist', 'derm', 'en'),
    ('', '', 'Karine', 'Laflamme', 'infirmière clinicienne', 'Clinical nurse', 'derm', 'fr'),
    ('Dr', 'Dr.', 'Samuel', 'Kaplan', 'chirurgien buccal et maxillo-facial', 'Oral and maxillofacial surgeon', 'dent', 'en'),
    ('Dre', 'Dr.', 'Nadia', 'Haddad', 'dentiste', 'Dentist', 'dent', 'fr'),
    ('', '', 'Sophie', 'Grenier', 'hygiéniste dentaire', 'Dental hygienist', 'dent', 'fr'),
    ('Dre', 'Dr.', 'Priya', 'Raman', 'allergologue-immunologue', 'Allergist-immunologist', 'allergie', 'en'),
    ('Dr', 'Dr.', 'Mathieu', 'Fréchette', 'allergologue', 'Allergist', 'allergie', 'fr'),
    ('', '', 'Caroline', 'Vézina', 'infirmière', 'Nurse', 'allergie', 'fr'),
    ('Dr', 'Dr.', 'Étienne', 'Marchand', 'radiologiste', 'Radiologist', 'imagerie', 'fr'),
    ('Dre', 'Dr.', 'Laura', 'Whitfield', 'radiologiste', 'Radiologist', 'hosp', 'en'),
    ('Dr', 'Dr.', 'Félix', 'Archambault', 'radiologiste (neuroradiologie)', 'Neuroradiologist', 'hosp', 'fr'),
    ('', '', 'Chantal', 'Boisvert', "coordonnatrice de la liste d'attente IRM", 'MRI wait-list coordinator', 'hosp', 'fr'),
    ('', '', 'Kevin', 'Tran', 'administrateur PACS', 'PACS administrator', 'hosp', 'en'),
    ('', '', 'Isabelle', 'Gendron', 'technologue en imagerie médicale', 'Medical imaging technologist', 'imagerie', 'fr'),
    ('', '', 'Mélanie', 'Côté', 'travailleuse sociale', 'Social worker', 'hosp', 'fr'),
    ('', '', 'Vincent', 'Laroche', 'pharmacien', 'Pharmacist', 'hosp', 'fr'),
    ('', '', 'Sylvain', 'Bernier', 'chef de service, imagerie médicale', 'Manager, Medical Imaging', 'hosp', 'fr'),
    ('', '', 'Heather', 'McKenna', 'chef des services ambulatoires', 'Outpatient services manager', 'hosp', 'en'),
    ('Dr', 'Dr.', 'François', 'Lemay', 'médecin de famille', 'Family physician', 'gmf', 'fr'),
    ('Dre', 'Dr.', 'Anna', 'Kowalczyk', 'médecin de famille', 'Family physician', 'gmf', 'en'),
    ('', '', 'Josianne', 'Trudel', 'agente administrative, accueil', 'Front-desk clerk', 'imagerie', 'fr'),
    ('', '', 'Daniel', 'Ross', 'agent de soutien informatique', 'IT support analyst', 'hosp', 'en'),
    ('', '', 'Martine', 'Lévesque', 'conseillère en ressources humaines', 'HR advisor', 'hosp', 'fr'),
    ('', '', 'Gregory', 'Hale', 'acheteur, approvisionnement', 'Buyer, procurement', 'hosp', 'en'),
    ('', '', 'Valérie', 'Dion', 'infirmière, bloc de chirurgie d\'un jour', 'Day-surgery nurse', 'hosp', 'fr'),
    ('Dr', 'Dr.', 'Jonathan', 'Weiss', 'résident en ORL', 'ENT resident', 'hosp', 'en'),
]


def _slug(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s.lower() if c.isalnum() or c in '-.')


class Staff:
    def __init__(self, t):
        (self.title_fr, self.title_en, self.given, self.surname, self.role_fr, self.role_en,
         self.org, self.lang) = t
        self.email = '%s.%s@%s' % (_slug(self.given), _slug(self.surname).replace("'", ''),
                                   CLINICS[self.org]['dom'])
        self.ext = None

    def name(self, lang=None, title=True):
        lang = lang or self.lang
        t = self.title_fr if lang == 'fr' else self.title_en
        return ('%s %s %s' % (t, self.given, self.surname)).strip() if title and t else \
            '%s %s' % (self.given, self.surname)

    def role(self, lang):
        return self.role_fr if lang == 'fr' else self.role_en

    def org_name(self, lang):
        return CLINICS[self.org][lang]

    def is_md(self):
        return bool(self.title_fr)


STAFF = [Staff(t) for t in _STAFF]
for _i, _s in enumerate(STAFF):
    _s.ext = str(2100 + 37 * _i)[-4:]


NONCLINICAL = ('Lévesque', 'Ross', 'Hale', 'Tran')


def staff_by(org=None, md=None, rng=None, lang=None, exclude=(), clinical=False):
    c = [s for s in STAFF if (org is None or s.org == org) and (md is None or s.is_md() == md)
         and s not in exclude and not (clinical and s.surname in NONCLINICAL)]
    if not c:
        c = [s for s in STAFF if s not in exclude and not (clinical and s.surname in NONCLINICAL)]
    return rng.choice(c) if rng else c


def staff_named(surname):
    for s in STAFF:
        if s.surname == surname:
            return s
    raise KeyError(surname)


# --------------------------------------------------------------------------- NAM holders
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']


class Person:
    """A patient (or a patient's relative)."""

    def __init__(self, given, surname, dob, sex, nam=None, holder=False):
        self.given, self.surname, self.dob, self.sex, self.nam = given, surname, dob, sex, nam
        self.holder = holder
        self.mrn = None
        self.phone = None
        self.cell = None
        self.address = None
        self.email = None
        self.sin = self.ohip = self.niss = self.nir = None

    def age(self, on=dt.date(2025, 3, 1)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def title(self, lang):
        if lang == 'fr':
            return 'M.' if self.sex == 'M' else 'Mme'
        return 'Mr.' if self.sex == 'M' else 'Ms.'

    def full(self):
        return '%s %s' % (self.given, self.surname)

    def name(self, style='full', lang='fr'):
        g, s = self.given, self.surname
        if style == 'full':
            return '%s %s' % (g, s)
        if style == 'title':
            return '%s %s %s' % (self.title(lang), g, s)
        if style == 'title_sur':
            return '%s %s' % (self.title(lang), s)
        if style == 'last_first':
            return '%s %s' % (s, g)
        if style == 'LAST_comma':
            return '%s, %s' % (s.upper(), g)
        if style == 'comma':
            return '%s, %s' % (s, g)
        if style == 'lower':
            return ('%s %s' % (g, s)).lower()
        if style == 'lower_last':
            return ('%s %s' % (s, g)).lower()
        if style == 'initial':
            return '%s. %s' % (g[0], s)
        if style == 'initial_title':
            return '%s %s. %s' % (self.title(lang), g[0], s)
        if style == 'sur_initial':
            return '%s %s.' % (s, g[0])
        if style == 'UPPER':
            return '%s %s' % (g.upper(), s.upper())
        raise ValueError(style)

    def sex_word(self, lang):
        if lang == 'fr':
            return 'homme' if self.sex == 'M' else 'femme'
        return 'male' if self.sex == 'M' else 'female'

    def ne(self):
        return 'né' if self.sex == 'M' else 'née'


NAME_STYLES = ['full', 'title', 'title_sur', 'last_first', 'LAST_comma', 'comma', 'lower', 'lower_last',
               'initial', 'initial_title', 'sur_initial', 'UPPER']


def load_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = map(int, dob.split('-'))
            out.append(Person(giv, sur, dt.date(y, m, d), sex, nam=nam, holder=True))
    return out


HOLDERS = load_holders()
HOLDER_SURNAMES = sorted({p.surname for p in HOLDERS})

# --------------------------------------------------------------------------- invented names
SURNAMES_FR = ['Tremblay', 'Lavoie', 'Bergeron', 'Dubé', 'Hébert', 'Mercier', 'Desjardins', 'Gingras',
               'Vachon', 'Lachance', 'Poulin', 'Dufour', 'Beaulieu', 'Bédard', 'Ménard', 'Charbonneau',
               'Parent', 'Rousseau', 'Girouard', 'Arsenault', 'Villeneuve', 'Fontaine', 'Chabot',
               'Demers', 'Perron', 'Langlois', 'Gosselin', 'Lefebvre', 'Thériault', 'Plante', 'Bolduc',
               'Proulx', 'Turcotte', 'Leclerc', 'Veilleux', 'Labbé', 'Boudreau', 'St-Pierre', 'Drouin',
               'Lussier', 'Marcoux', 'Paradis', 'Rioux', 'Sirois', 'Talbot', 'Caouette', 'Bellavance']
SURNAMES_EN = ['Campbell', 'Stewart', "O'Brien", 'Murphy', 'Kelly', 'Johnston', 'Reid', 'Fraser',
               'Grant', 'Hughes', 'Patel', 'Nguyen', 'Singh', 'Chen', 'Kowalski', 'Rossi', 'Haddadi',
               'Diallo', 'Mensah', 'Walsh', 'Gallagher', 'Barker', 'Fleming', 'Okafor', 'Ramirez']
GIVEN_F_FR = ['Julie', 'Isabelle', 'Chantale', 'Lucie', 'France', 'Mireille', 'Audrey', 'Maude',
              'Léa', 'Florence', 'Rosalie', 'Jeanne', 'Yvette', 'Huguette', 'Solange', 'Annie',
              'Véronique', 'Stéphanie', 'Thérèse', 'Rachel', 'Noémie', 'Camille']
GIVEN_M_FR = ['Jean-Guy', 'Réjean', 'Benoît', 'Yves', 'Mathis', 'Olivier', 'Gaétan', 'Normand',
              'Éric', 'Stéphane', 'Alexis', 'Raymond', 'Mario', 'Simon', 'Félix', 'Luc', 'Laurent',
              'Hugo', 'Sébastien', 'Jacques-Yves']
GIVEN_F_EN = ['Margaret', 'Karen', 'Jennifer', 'Olivia', 'Chloe', 'Patricia', 'Aisha', 'Hannah',
              'Linda', 'Grace', 'Megan', 'Zoe']
GIVEN_M_EN = ['Kevin', 'Brian', 'Thomas', 'Ethan', 'Noah', 'Richard', 'Samuel', 'Arjun', 'Connor',
              'Dylan', 'Gerald', 'Wei']
# France / Belgium
SURNAMES_FRANCE = ['Garnier', 'Chevalier', 'Faure', 'Rolland', 'Perrin', 'Morel', 'Guérin', 'Bonnet',
                   'Lemoine', 'Barbier']
SURNAMES_BE = ['Peeters', 'Janssens', 'Claes', 'Wouters', 'Maes', 'Dubois', 'Lemaire', 'Goossens',
               'Renard', 'Marchal']
GIVEN_F_EU = ['Camille', 'Élodie', 'Margaux', 'Inès', 'Sophie', 'Anouk', 'Lotte', 'Chloé']
GIVEN_M_EU = ['Thibaut', 'Julien', 'Maxime', 'Bastien', 'Pieter', 'Arnaud', 'Quentin', 'Lucas']

assert not set(SURNAMES_FR + SURNAMES_EN + SURNAMES_FRANCE + SURNAMES_BE) & set(HOLDER_SURNAMES)
assert not {s.surname for s in STAFF} & set(HOLDER_SURNAMES)

STREETS = ['rue des Pins', 'rue Saint-Jean', 'avenue du Parc', 'rang Sainte-Marie', 'chemin du Lac-Vert',
           'rue Principale', 'boulevard Champlain', 'rue de la Fabrique', 'montée des Bouleaux',
           'rue Notre-Dame Est', 'rue du Couvent', 'chemin des Patriotes', 'rue Racine', 'avenue Bégin']
TOWNS = [('Val-Sainte-Anne', 'G0X 1Z%d'), ('Saint-Octave-du-Lac', 'G0X 2A%d'),
         ('Lac-aux-Hérons', 'G0Y 1K%d'), ('Sainte-Béatrix-des-Monts', 'G0Y 3B%d'),
         ('Pointe-aux-Outardes-Nord', 'G0Z 1H%d')]


def gen_phone(rng, area=None):
    area = area or rng.choice(['418', '418', '581', '819', '367'])
    return '%s-555-01%02d' % (area, rng.randrange(0, 100))


def fmt_phone(num, rng):
    a, _, rest = num.split('-', 2)
    style = rng.randrange(5)
    return ['%s-555-%s' % (a, rest), '(%s) 555-%s' % (a, rest), '%s 555-%s' % (a, rest),
            '%s.555.%s' % (a, rest), '1 %s 555 %s' % (a, rest)][style]


def gen_address(rng):
    town, pc = rng.choice(TOWNS)
    n = rng.randrange(12, 2900)
    app = rng.choice(['', '', '', ', app. %d' % rng.randrange(1, 12)])
    return '%d, %s%s, %s (Québec)  %s' % (n, rng.choice(STREETS), app, town, pc % rng.randrange(10))


def rand_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randrange(a, b))


def invented_patient(rng, lang='fr', age=(18, 90), sex=None, origin='qc'):
    sex = sex or rng.choice('MF')
    if origin == 'france':
        sur = rng.choice(SURNAMES_FRANCE)
        giv = rng.choice(GIVEN_M_EU if sex == 'M' else GIVEN_F_EU)
    elif origin == 'be':
        sur = rng.choice(SURNAMES_BE)
        giv = rng.choice(GIVEN_M_EU if sex == 'M' else GIVEN_F_EU)
    elif lang == 'fr':
        sur = rng.choice(SURNAMES_FR)
        giv = rng.choice(GIVEN_M_FR if sex == 'M' else GIVEN_F_FR)
    else:
        sur = rng.choice(SURNAMES_EN + SURNAMES_FR[:10])
        giv = rng.choice(GIVEN_M_EN if sex == 'M' else GIVEN_F_EN)
    y = 2025 - rng.randrange(age[0], age[1] + 1)
    dob = rand_date(rng, y, y)
    p = Person(giv, sur, dob, sex)
    enrich(p, rng)
    return p


def enrich(p, rng):
    p.mrn = gen_mrn(rng)
    p.phone = gen_phone(rng)
    p.cell = gen_phone(rng)
    p.address = gen_address(rng)
    p.email = '%s.%s%d@%s' % (_slug(p.given), _slug(p.surname).replace("'", ''), rng.randrange(1, 99),
                              rng.choice(PERSONAL_DOMAINS))
    return p


class HolderPool:
    """Spread use of NAM holders evenly and deterministically."""

    def __init__(self, rng):
        self.rng = rng
        self.use = {p.nam: 0 for p in HOLDERS}
        for p in HOLDERS:
            enrich(p, random.Random('holder-' + p.nam))

    def pick(self, age=(0, 120), exclude=(), sex=None):
        c = [p for p in HOLDERS if age[0] <= p.age() <= age[1] and p not in exclude and (sex is None or p.sex == sex)]
        if not c:
            c = [p for p in HOLDERS if p not in exclude and (sex is None or p.sex == sex)]
        m = min(self.use[p.nam] for p in c)
        c = [p for p in c if self.use[p.nam] == m]
        p = self.rng.choice(c)
        self.use[p.nam] += 1
        return p

    def pick_n(self, n, age=(0, 120)):
        out = []
        for _ in range(n):
            out.append(self.pick(age, exclude=out))
        return out


# --------------------------------------------------------------------------- identifiers
def gen_mrn(rng):
    return '%07d' % rng.randrange(100000, 9999999)


def fmt_mrn(mrn, rng, lang):
    style = rng.randrange(8)
    if style == 0:
        v = mrn
    elif style == 1:
        v = '%s %s' % (mrn[:3], mrn[3:])
    elif style == 2:
        v = 'H' + mrn
    elif style == 3:
        v = '%s-%s-%s' % (mrn[0], mrn[1:4], mrn[4:])
    elif style == 4:
        v = '00' + mrn
    elif style == 5:
        v = '%s.%s' % (mrn[:4], mrn[4:])
    elif style == 6:
        v = ' '.join(mrn)
    else:
        v = 'VSA-' + mrn
    lab = rng.choice(['No dossier', 'N° de dossier', '# dossier', 'Dossier', 'No dossier CH', 'MRN']
                     if lang == 'fr' else ['MRN', 'Chart #', 'Chart no.', 'Hosp. chart', 'MRN#', 'File no.'])
    return lab, v


def gen_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        for c in range(10):
            n = base + str(c)
            if std_sin.is_valid(n):
                return n


def fmt_sin(n, rng):
    return rng.choice(['%s-%s-%s', '%s %s %s', '%s%s%s', '%s.%s.%s']) % (n[:3], n[3:6], n[6:])


def gen_ohip(rng):
    while True:
        base = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
        for c in range(10):
            n = base + str(c)
            if luhn.is_valid(n):
                return n


def fmt_ohip(n, rng):
    vc = rng.choice(['', ' AB', '-KX', ' TZ', ''])
    return rng.choice(['%s-%s-%s', '%s %s %s', '%s%s%s']) % (n[:4], n[4:7], n[7:]) + vc


def gen_niss(rng, dob, sex):
    yy = '%02d%02d%02d' % (dob.year % 100, dob.month, dob.day)
    while True:
        cnt = rng.randrange(1, 998)
        if (cnt % 2 == 1) != (sex == 'M'):
            continue
        for chk in range(100):
            n = '%s%03d%02d' % (yy, cnt, chk)
            if std_bessn.is_valid(n):
                return n


def fmt_niss(n, rng):
    return rng.choice(['%s.%s.%s-%s.%s', '%s%s%s-%s%s', '%s %s %s %s %s', '%s.%s.%s-%s %s']) % (
        n[:2], n[2:4], n[4:6], n[6:9], n[9:])


def gen_nir(rng, dob, sex):
    dep = rng.choice(['75', '69', '13', '33', '59', '44', '35', '67'])
    while True:
        n13 = '%s%02d%02d%s%03d%03d' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month, dep,
                                         rng.randrange(1, 999), rng.randrange(1, 999))
        key = 97 - int(n13) % 97
        n = n13 + '%02d' % key
        if std_nir.is_valid(n):
            return n


def fmt_nir(n, rng):
    parts = (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return rng.choice(['%s %s %s %s %s %s %s', '%s%s%s%s%s%s %s', '%s%s%s%s%s%s%s']) % parts


FULLWIDTH = {c: chr(0xFF10 + i) for i, c in enumerate('0123456789')}
FULLWIDTH.update({c: chr(0xFF21 + i) for i, c in enumerate('ABCDEFGHIJKLMNOPQRSTUVWXYZ')})


def fmt_nam(nam, rng, style=None):
    styles = ['plain', 'spaced', 'spaced', 'dots', 'slash', 'fullwidth', 'lower', 'dash', 'spaced_all',
              'spaced']
    style = style or rng.choice(styles)
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'plain':
        return nam
    if style == 'spaced':
        return '%s %s %s' % (a, b, c)
    if style == 'dots':
        return '%s.%s.%s' % (a, b, c)
    if style == 'slash':
        return '%s/%s/%s' % (a, b, c)
    if style == 'dash':
        return '%s-%s-%s' % (a, b, c)
    if style == 'lower':
        return rng.choice(['%s%s%s', '%s %s %s']) % (a.lower(), b, c)
    if style == 'fullwidth':
        return ''.join(FULLWIDTH.get(ch, ch) for ch in rng.choice([nam, '%s %s %s' % (a, b, c)]))
    if style == 'spaced_all':
        return ' '.join(nam)
    raise ValueError(style)


def nam_label(lang, rng):
    return rng.choice(['NAM', 'NAM', 'No RAMQ', 'Carte RAMQ', "No d'assurance maladie", 'Assurance maladie']
                      if lang == 'fr' else ['RAMQ #', 'Medicare (RAMQ)', 'Health card', 'HIN', 'RAMQ no.', 'NAM'])


# --------------------------------------------------------------------------- dates
def fmt_date(d, lang, rng, style=None):
    style = style if style is not None else rng.randrange(6)
    if lang == 'fr':
        return [d.isoformat(), '%02d/%02d/%d' % (d.day, d.month, d.year),
                '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year),
                '%02d-%02d-%d' % (d.day, d.month, d.year), '%d/%02d/%02d' % (d.year, d.month, d.day),
                '%d %s %d' % (d.day, MONTHS_FR[d.month - 1][:4].rstrip('.') + '.', d.year)][style]
    return [d.isoformat(), '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year),
            '%02d/%02d/%d' % (d.month, d.day, d.year), '%02d-%s-%d' % (d.day, MONTHS_EN[d.month - 1][:3], d.year),
            '%d %s %d' % (d.day, MONTHS_EN[d.month - 1], d.year), '%d/%02d/%02d' % (d.year, d.month, d.day)][style]


def fmt_dob(p, lang, rng):
    d = fmt_date(p.dob, lang, rng)
    if lang == 'fr':
        return rng.choice(['DDN : %s', 'DDN %s', 'date de naissance : %s', '%s le %s' % (p.ne(), '%s'),
                           'né(e) le %s']) % d
    return rng.choice(['DOB: %s', 'DOB %s', 'date of birth %s', 'born %s', 'D.O.B. %s']) % d


def day_fr(d):
    jours = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
    return '%s %d %s' % (jours[d.weekday()], d.day, MONTHS_FR[d.month - 1])


def day_en(d):
    days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    return '%s, %s %d' % (days[d.weekday()], MONTHS_EN[d.month - 1], d.day)


def day(d, lang):
    return day_fr(d) if lang == 'fr' else day_en(d)


def hhmm(rng, lang, h0=7, h1=17):
    h = rng.randrange(h0, h1)
    m = rng.choice([0, 15, 30, 45, 0, 30, 10, 40])
    return ('%d h %02d' % (h, m) if rng.random() < 0.5 else '%dh%02d' % (h, m)) if lang == 'fr' else \
        ('%d:%02d %s' % (h if h <= 12 else h - 12, m, 'a.m.' if h < 12 else 'p.m.'))


# --------------------------------------------------------------------------- prose helpers
def greeting(rng, lang, who=None):
    if who:
        parts = who.split()
        if parts[0] in ('Dr', 'Dre', 'Dr.') and len(parts) >= 3:
            r = rng.random()
            who = (parts[0] + ' ' + ' '.join(parts[2:])) if r < 0.6 else (parts[1] if r < 0.85 else who)
        elif len(parts) >= 2 and rng.random() < 0.75:
            who = parts[0]
    if lang == 'fr':
        if who:
            return rng.choice(['Bonjour %s,', 'Bonjour %s,', 'Salut %s,', '%s,', 'Bonjour à vous %s,',
                               'Allo %s,']) % who
        return rng.choice(['Bonjour,', 'Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Bon matin,',
                           'Bonjour,', 'Allo,', ''])
    if who:
        return rng.choice(['Hi %s,', 'Hello %s,', 'Dear %s,', '%s,', 'Good morning %s,', 'Hey %s,']) % who
    return rng.choice(['Hi all,', 'Hello,', 'Good morning,', 'Hi team,', 'Dear colleagues,', 'Hello everyone,', ''])


def closing(rng, lang):
    if lang == 'fr':
        return rng.choice(['Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne journée !',
                           'Au plaisir,', 'Salutations,', 'Merci à l\'avance,', 'Bien à vous,', ''])
    return rng.choice(['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Kind regards,', 'Cheers,',
                       'Many thanks,', 'Thanks in advance,', ''])


def signature(st, lang, rng):
    """Staff signature: clinic phone/address are not confidential."""
    org = CLINICS[st.org]
    style = rng.randrange(5)
    if style == 0:
        return '%s\n%s' % (st.name(lang, title=False), st.role(lang))
    if style == 1:
        return '%s\n%s\n%s\n%s %s, %s %s' % (st.name(lang), st.role(lang), org[lang],
                                             'Tél.' if lang == 'fr' else 'Tel.', org['phone'],
                                             'poste' if lang == 'fr' else 'ext.', st.ext)
    if style == 2:
        return '-- \n%s | %s\n%s\n%s\n%s' % (st.name(lang, title=False), st.role(lang), org[lang], org['addr'],
                                             org['phone'])
    if style == 3:
        return st.given
    conf = ('AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. '
            "S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur."
            if lang == 'fr' else
            'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received '
            'it in error, please delete it and notify the sender.')
    return '%s\n%s – %s\n%s\n\n%s' % (st.name(lang), st.role(lang), org[lang], org['phone'], conf)


def msg_date(rng, start=dt.date(2024, 3, 1), end=dt.date(2025, 10, 31)):
    d = dt.date.fromordinal(rng.randrange(start.toordinal(), end.toordinal()))
    while d.weekday() >= 5 and rng.random() < 0.8:
        d = d + dt.timedelta(days=1)
    t = dt.datetime(d.year, d.month, d.day, rng.randrange(7, 19), rng.randrange(60), rng.randrange(60))
    # Eastern time: DST roughly March-November
    off = -4 if 3 < d.month < 11 or (d.month == 3 and d.day > 10) or (d.month == 11 and d.day < 3) else -5
    return t.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def later(d, rng, lo=3, hi=90):
    if isinstance(d, dt.datetime):
        d = d.date()
    x = d + dt.timedelta(days=rng.randrange(lo, hi))
    while x.weekday() >= 5:
        x += dt.timedelta(days=1)
    return x
