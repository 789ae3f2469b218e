"""People, places and identifiers (all invented)."""
import datetime
import os

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')


class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob  # datetime.date
        self.sex = sex  # 'F' / 'M'
        self.nam = nam
        self.ident = {}

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def rev(self):
        return '%s, %s' % (self.surname.upper(), self.given)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def age(self, on=datetime.date(2024, 10, 1)):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            people.append(Person(sur, giv, datetime.date(y, m, d), sex, nam))
    return people


# ---------------------------------------------------------------- NAM spelling
def nam_variant(nam, rng, allow_odd=True):
    """Return a way a human might write the NAM, plus a description."""
    forms = [
        (nam, 'compact'),
        ('%s %s %s' % (nam[:4], nam[4:8], nam[8:]), 'spaced'),
        ('%s %s %s' % (nam[:4], nam[4:8], nam[8:]), 'spaced'),
        ('%s-%s-%s' % (nam[:4], nam[4:8], nam[8:]), 'dashed'),
        ('%s %s' % (nam[:4], nam[4:]), 'split'),
    ]
    if allow_odd:
        forms += [
            (nam.lower(), 'lowercase'),
            ('%s %s %s' % (nam[:4].lower(), nam[4:8], nam[8:]), 'lower-spaced'),
            (' '.join(nam[:4]) + ' ' + ' '.join(nam[4:]), 'letter-spaced'),
            ('%s.%s.%s' % (nam[:4], nam[4:8], nam[8:]), 'dotted'),
        ]
    return rng.choice(forms)


# ---------------------------------------------------------------- other ids
def make_sin(rng):
    while True:
        first = rng.choice('1234567')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, rng):
    return rng.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (num[:3], num[3:6], num[6:])


def make_on_hcn(rng):
    """Ontario health number: 10 digits, Luhn check digit; plus version code."""
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice(['', 'AB', 'KT', 'XJ', 'MC', 'RN'])
            return num, vc


def fmt_on_hcn(num, vc, rng):
    style = rng.randrange(3)
    if style == 0:
        s = '%s-%s-%s' % (num[:4], num[4:7], num[7:])
    elif style == 1:
        s = '%s %s %s' % (num[:4], num[4:7], num[7:])
    else:
        s = num
    return (s + (' ' + vc if vc and style != 2 else vc)).strip()


def make_niss(person, rng):
    d = person.dob
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (person.sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (d.year % 100, d.month, d.day, seq)
        n = int(base)
        if d.year >= 2000:
            n += 2000000000
        chk = 97 - (n % 97)
        num = base + '%02d' % chk
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, rng):
    if rng.random() < 0.5:
        return '%s.%s.%s-%s.%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    return num


def make_nir(person, rng):
    d = person.dob
    while True:
        dept = rng.choice(['75', '69', '13', '33', '59', '44', '31', '67', '35', '2A', '06'])
        commune = '%03d' % rng.randrange(1, 990)
        order = '%03d' % rng.randrange(1, 999)
        base = '%d%02d%02d%s%s%s' % (1 if person.sex == 'M' else 2, d.year % 100, d.month,
                                     dept, commune, order)
        num_for_key = base.replace('2A', '19').replace('2B', '18')
        key = 97 - (int(num_for_key) % 97)
        num = base + '%02d' % key
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, rng):
    if rng.random() < 0.6:
        return '%s %s %s %s %s %s %s' % (num[0], num[1:3], num[3:5], num[5:7], num[7:10],
                                         num[10:13], num[13:])
    return num


def make_mrn(rng):
    """Clinic / hospital chart number with a Luhn check digit."""
    while True:
        body = ''.join(rng.choice('0123456789') for _ in range(6))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def fmt_mrn(num, rng, lang):
    style = rng.randrange(5)
    if style == 0:
        return num
    if style == 1:
        return 'D-' + num
    if style == 2:
        return '%s %s' % (num[:3], num[3:])
    if style == 3:
        return 'GMF' + num
    return '00' + num


# Luhn-valid numbers for negatives (serials, assets)
def luhn_serial(rng, n=9):
    body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- invented world
CLINICS = [
    # name_fr, name_en, domain, street, city, phone
    ('GMF des Érables', 'Érables FMG', 'gmf-erables.example', '1420, boul. des Érables', 'Saint-Laurent-du-Lac', '(450) 555-0142'),
    ('GMF-U du Vieux-Moulin', 'Vieux-Moulin Teaching FMG', 'gmfu-vieuxmoulin.example', '88, rue du Moulin', 'Rivière-aux-Pins', '(819) 555-0188'),
    ('Clinique médicale Sans rendez-vous Beaulac', 'Beaulac Walk-in Clinic', 'cliniquebeaulac.example', '305, chemin Beaulac', 'Lac-Beaulac', '(418) 555-0305'),
    ('GMF Horizon Santé', 'Horizon Health FMG', 'horizonsante-gmf.example', '2200, av. Principale, bureau 110', 'Val-des-Cèdres', '(514) 555-0220'),
    ('Clinique familiale Pointe-Bleue', 'Pointe-Bleue Family Clinic', 'pointebleue-clinique.example', '47, rue Wellington', 'Pointe-Bleue', '(450) 555-0047'),
]

PHARMACIES = [
    ('Pharmacie L. Comtois et A. Nguyen', 'pharm-comtois.example', '(450) 555-0190'),
    ('Pharmacie Jean-Talon Plus', 'pharmajt.example', '(514) 555-0133'),
    ('Pharmacie du Carrefour (Hébert)', 'pharmacarrefour.example', '(819) 555-0171'),
    ('Lakeside Pharmacy', 'lakesiderx.example', '(613) 555-0129'),
]

HOSPITALS = [
    ('Hôpital régional de la Vallée-Verte', 'hrvv.example'),
    ('Centre hospitalier des Trois-Ponts', 'ch3ponts.example'),
    ('Hôpital Sainte-Rosalie-du-Nord', 'hsrn.example'),
    ('Ottawa Valley General Hospital', 'ovgh.example'),
]

LABS = [('Biolab Laurentides', 'biolab-laurentides.example'), ('Labo-Médic Express', 'labomedic.example')]

SUPPLIERS = [
    ('Fournitures Médicales Boréal inc.', 'boreal-med.example'),
    ('MedAxis Distribution', 'medaxis.example'),
    ('Papeterie Bureau Nord', 'bureaunord.example'),
    ('Distribution Vaccinord', 'vaccinord.example'),
    ('TechnoSanté Solutions TI', 'technosante-ti.example'),
]

STAFF_GIVEN_F = ['Julie', 'Isabelle', 'Karine', 'Mélanie', 'Chantal', 'Nadia', 'Émilie', 'Catherine',
                 'Véronique', 'Amélie', 'Rachel', 'Priya', 'Fatima', 'Hélène', 'Annie', 'Marie-Ève']
STAFF_GIVEN_M = ['François', 'Mathieu', 'Sébastien', 'Éric', 'Olivier', 'Jean-Philippe', 'Samuel',
                 'Daniel', 'Karim', 'Stéphane', 'Nicolas', 'Alexandre', 'Kevin', 'Yannick']
STAFF_SURNAMES = ['Tremblay', 'Gagnon', 'Côté', 'Bergeron', 'Lavoie', 'Desjardins', 'Morin', 'Pelletier',
                  'Dufour', 'Beaulieu', 'Mercier', 'Lefebvre', 'Nguyen', 'Haddad', 'Vaillancourt',
                  'Poulin', 'Lachance', 'Patel', 'Ouellette', 'Rousseau', 'St-Pierre', 'Boivin']

PATIENT_GIVEN_F = ['Lucie', 'Monique', 'Carole', 'Jacinthe', 'Audrey', 'Laurence', 'Charlotte', 'Inès',
                   'Claire', 'Margaux', 'Élodie', 'Anne-Sophie', 'Ruth', 'Linda']
PATIENT_GIVEN_M = ['Réjean', 'Gaétan', 'Benoît', 'Thomas', 'Hugo', 'Antoine', 'Maxime', 'Julien',
                   'Bastien', 'Luc', 'Raymond', 'Arnaud', 'Wesley', 'Tyler']
PATIENT_SURNAMES = ['Lemieux', 'Charron', 'Dionne', 'Fontaine', 'Giroux', 'Hamel', 'Jolicoeur',
                    'Laberge', 'Marchand', 'Paradis', 'Robitaille', 'Turcotte', 'Vézina', 'Dupuis',
                    'Janssens', 'Peeters', 'Maes', 'Willems', 'Lambert', 'Moreau', 'Girard', 'Mercier',
                    'Kowalski', 'Henderson', 'Mitchell', 'Clarke']

STREETS = ['rue des Lilas', 'rue Saint-Georges', 'avenue du Parc', 'chemin du Lac-Noir', 'rue Champlain',
           'boulevard Laurier', 'rue de la Fabrique', 'rang Sainte-Anne', 'rue Principale', 'Maple Street',
           'rue des Pins', 'croissant des Hirondelles', 'rue Papineau', 'avenue Cartier']
TOWNS = ['Saint-Laurent-du-Lac', 'Rivière-aux-Pins', 'Lac-Beaulac', 'Val-des-Cèdres', 'Pointe-Bleue',
         'Sainte-Rosalie-du-Nord', 'Saint-Isidore-des-Monts']
AREA = ['450', '514', '819', '418', '438', '579', '613']


def phone(rng, style=None):
    a = rng.choice(AREA)
    n = '555-%04d' % rng.randrange(100, 200)
    style = rng.randrange(4) if style is None else style
    if style == 0:
        return '(%s) %s' % (a, n)
    if style == 1:
        return '%s-%s' % (a, n)
    if style == 2:
        return '%s %s' % (a, n.replace('-', ' '))
    return '%s.%s' % (a, n.replace('-', '.'))


def home_address(rng):
    num = rng.randrange(12, 4800)
    apt = rng.choice(['', '', '', ', app. %d' % rng.randrange(1, 30), ' #%d' % rng.randrange(101, 412)])
    pc = '%s%d%s %d%s%d' % (rng.choice('GHJJ'), rng.randrange(0, 9), rng.choice('ABCEGHJKLMNPRSTVXY'),
                             rng.randrange(0, 9), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randrange(0, 9))
    return '%d %s%s, %s (Québec) %s' % (num, rng.choice(STREETS), apt, rng.choice(TOWNS), pc)


def personal_email(person, rng):
    import unicodedata
    def plain(s):
        return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c)).lower()
    g, s = plain(person.given), plain(person.surname)
    user = rng.choice(['%s.%s' % (g, s), '%s%s%02d' % (g[0], s, person.dob.year % 100),
                       '%s_%s' % (s, g), '%s.%s%d' % (g, s, rng.randrange(1, 99))])
    dom = rng.choice(['courriel.example', 'videotron-mail.example', 'maboite.example', 'netmail.example'])
    return user.replace(' ', '').replace("'", '') + '@' + dom


def ascii_local(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c)).lower().replace(' ', '')


def staff(rng, role=None):
    if rng.random() < 0.55:
        g = rng.choice(STAFF_GIVEN_F)
        sex = 'F'
    else:
        g = rng.choice(STAFF_GIVEN_M)
        sex = 'M'
    s = rng.choice(STAFF_SURNAMES)
    return {'given': g, 'surname': s, 'sex': sex, 'full': '%s %s' % (g, s),
            'local': '%s.%s' % (ascii_local(g), ascii_local(s)), 'role': role}


def invented_patient(rng, age_lo=1, age_hi=90):
    sex = rng.choice('FM')
    g = rng.choice(PATIENT_GIVEN_F if sex == 'F' else PATIENT_GIVEN_M)
    s = rng.choice(PATIENT_SURNAMES)
    y = 2024 - rng.randrange(age_lo, age_hi)
    dob = datetime.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
    return Person(s, g, dob, sex)


def fmt_date(d, lang, rng, style=None):
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
            'octobre', 'novembre', 'décembre']
    months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
              'October', 'November', 'December']
    if style is None:
        style = rng.randrange(4)
    if style == 0:
        return d.isoformat()
    if style == 1:
        return '%02d/%02d/%04d' % (d.day, d.month, d.year)
    if style == 2:
        if lang == 'fr':
            return '%d %s %d' % (d.day, mois[d.month - 1], d.year)
        return '%s %d, %d' % (months[d.month - 1], d.day, d.year)
    return '%04d/%02d/%02d' % (d.year, d.month, d.day)
