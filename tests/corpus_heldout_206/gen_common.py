"""Shared constants, people, identifiers and formatting helpers.

Everything here is invented. Domains end in .example, phones use 555-01xx.
"""
import datetime
import hashlib
import os
import random

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25206
HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_PATH = os.path.join(HERE, '..', 'blind_nams.txt')

FLAVOUR = ("occupational medicine clinic serving employers (pre-employment and fitness-to-work "
           "examinations, drug and alcohol testing, commercial drivers' medicals, workers' "
           "compensation files, audiometry and spirometry surveillance)")


def rng_for(key):
    """Independent, reproducible random stream for one message."""
    return random.Random('%d:%s' % (SEED, key))


def hexid(key, n=16):
    return hashlib.sha256(('%d|%s' % (SEED, key)).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- NAM list
def load_nams():
    rows = []
    with open(NAMS_PATH, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            rows.append({'surname': sur, 'given': given,
                         'dob': datetime.date.fromisoformat(dob), 'sex': sex, 'nam': nam})
    return rows


NAMS = load_nams()
NAM_SURNAMES = {r['surname'] for r in NAMS}


def adult_nams(min_year=1935, max_year=2007):
    return [r for r in NAMS if min_year <= r['dob'].year <= max_year]


# ---------------------------------------------------------------- organisation
CLINIC_FR = 'Clinique Santé-Travail Rive-Nord'
CLINIC_EN = 'Rive-Nord Occupational Health'
DOM = 'santetravail-rivenord.example'
ADDR_FR = '2210, rue des Forges-Neuves, bureau 300\nTrois-Rivières-Ouest (Québec)  G9A 0B7'
ADDR_ON = '415 Bankfield Crescent, Suite 12\nNepean Mills, ON  K2J 0C4'
PHONE_QC = '819 555-0142'
FAX_QC = '819 555-0143'
PHONE_ON = '613 555-0171'
FAX_ON = '613 555-0172'

# clinic staff: key -> (display, email local part, role fr, role en)
STAFF = {
    'carrier': ('Dre Hélène Carrier', 'h.carrier', 'Médecin-chef, médecine du travail',
                'Medical Director, Occupational Medicine'),
    'benali': ('Dr Karim Benali', 'k.benali', 'Médecin du travail', 'Occupational physician'),
    'fitz': ('Dr. Owen Fitzgerald', 'o.fitzgerald', 'Médecin du travail (Ontario)',
             'Occupational physician, Ontario office'),
    'dufresne': ('Dre Mireille Dufresne', 'm.dufresne', 'Médecin examinateur (MRO)',
                 'Medical Review Officer'),
    'lemay': ('Annick Lemay', 'a.lemay', 'Infirmière clinicienne', 'Clinical nurse'),
    'beaulieu': ('Jonathan Beaulieu', 'j.beaulieu', 'Inhalothérapeute', 'Respiratory therapist'),
    'mitchell': ('Laura Mitchell', 'l.mitchell', 'Audiologiste', 'Audiologist'),
    'arsenault': ('Sylvain Arsenault', 's.arsenault', 'Coordonnateur, services aux employeurs',
                  'Employer services coordinator'),
    'haddad': ('Nadia Haddad', 'n.haddad', 'Adjointe administrative', 'Administrative assistant'),
    'raman': ('Priya Raman', 'p.raman', 'Coordonnatrice, bureau de l\'Ontario',
              'Clinic coordinator, Ontario office'),
    'vachon': ('Chantal Vachon', 'c.vachon', 'Ressources humaines', 'Human resources'),
    'lalonde': ('Éric Lalonde', 'e.lalonde', 'Soutien informatique', 'IT support'),
    'duchesne': ('Marie-Ève Duchesne', 'me.duchesne', 'Facturation', 'Billing'),
    'obrien': ('Kevin O\'Brien', 'k.obrien', 'Technicien, installations', 'Facilities technician'),
    'wong': ('Tiffany Wong', 't.wong', 'Réceptionniste', 'Receptionist'),
    'deslauriers': ('Isabelle Deslauriers', 'i.deslauriers', 'Infirmière auxiliaire',
                    'Licensed practical nurse'),
}


def staff_addr(key):
    d = STAFF[key]
    return (d[0].replace('Dre ', '').replace('Dr. ', '').replace('Dr ', ''), '%s@%s' % (d[1], DOM))


# client employers and partners: key -> (name, domain, contact name, contact local, lang)
PARTNERS = {
    'translaur': ('Transports Laurentides inc.', 'transports-laurentides.example',
                  'Julie Marchand', 'jmarchand', 'fr'),
    'metstm': ('Métallurgie Saint-Maurice', 'metallurgie-stmaurice.example',
               'Patrick Drolet', 'pdrolet', 'fr'),
    'norcan': ('Norcan Warehousing Ltd.', 'norcan-warehousing.example',
               'Derek Hughes', 'dhughes', 'en'),
    'boreal': ('Construction Boréal', 'construction-boreal.example',
               'Stéphanie Rioux', 'srioux', 'fr'),
    'mine': ('Mine Lac-Sauvageau', 'lacsauvageau-mine.example',
             'Frédéric Babin', 'fbabin', 'fr'),
    'rideau': ('Rideau Valley Logistics', 'rideauvalley-logistics.example',
               'Amanda Kerr', 'akerr', 'en'),
    'kanata': ('Kanata Precision Castings', 'kanata-castings.example',
               'Wesley Brandt', 'wbrandt', 'en'),
    'bouleaux': ('Résidence Les Bouleaux', 'residence-bouleaux.example',
                 'Lucie Ferland', 'lferland', 'fr'),
    'ville': ('Ville de Sainte-Hermine', 'ste-hermine.example',
              'Daniel Poitras', 'dpoitras', 'fr'),
    'vigie': ('Assurances Vigie', 'vigie-assurances.example',
              'Sophie Lacombe', 'gestion.invalidite', 'fr'),
    'northway': ('Northway Life', 'northwaylife.example',
                 'Case Management', 'disability.claims', 'en'),
    'toxinord': ('Laboratoire Toxi-Nord', 'toxinord.example',
                 'Résultats', 'resultats', 'fr'),
    'chdr': ('Centre hospitalier des Deux-Rives', 'ch-deuxrives.example',
             'Archives médicales', 'archives', 'fr'),
    'tanguay': ('Pharmacie J. Tanguay', 'pharm-tanguay.example',
                'Pharmacie', 'ordonnances', 'fr'),
    'orl': ('Clinique ORL des Rapides', 'orl-rapides.example',
            'Secrétariat', 'secretariat', 'fr'),
    'physio': ('Physio Bankfield', 'physio-bankfield.example',
               'Front desk', 'intake', 'en'),
    'eap': ('Programme d\'aide Horizon', 'pae-horizon.example',
            'Accueil', 'accueil', 'fr'),
    'pneumo': ('Clinique de pneumologie Saint-Laurent', 'pneumo-stlaurent.example',
               'Secrétariat', 'rdv', 'fr'),
    'medsupply': ('MediSource Canada', 'medisource.example',
                  'Customer service', 'orders', 'en'),
    'calib': ('AudioCal Services', 'audiocal.example', 'Service desk', 'service', 'en'),
}


def partner_addr(key, person=None):
    p = PARTNERS[key]
    return (person or p[2], '%s@%s' % (p[3], p[1]))


# ---------------------------------------------------------------- invented patients
FR_GIVEN_M = ['Stéphane', 'Mathieu', 'Yannick', 'Sébastien', 'Jean-François', 'Luc', 'Dominic',
              'Maxime', 'Alexandre', 'Guillaume', 'Réjean', 'Normand', 'Francis', 'Olivier',
              'Samuel', 'Kevin', 'Martin', 'Benoît', 'Denis', 'Félix', 'Gaétan', 'Jérôme']
FR_GIVEN_F = ['Véronique', 'Isabelle', 'Mélanie', 'Karine', 'Julie', 'Annie', 'Caroline',
              'Nancy', 'Marie-Claude', 'Josiane', 'Audrey', 'Chantale', 'Émilie', 'Valérie',
              'Catherine', 'Lyne', 'Maude', 'Sonia', 'Jessica', 'Francine']
FR_SUR = ['Tremblay', 'Bergeron', 'Lavoie', 'Desrochers', 'Gingras', 'Lachance', 'Robitaille',
          'Boudreau', 'Vaillancourt', 'Paradis', 'Rousseau', 'Dufour', 'Lemieux', 'Perreault',
          'Turcotte', 'Caouette', 'Gosselin', 'Labrecque', 'Dionne', 'Champagne', 'Plourde',
          'Beauchemin', 'Asselin', 'Guay', 'Marcoux', 'Bisson', 'Charest', 'Grenier',
          'Laflamme', 'Mercier', 'Béland', 'Thériault', 'Allard', 'Cyr', 'Fréchette', 'Giguère',
          'Hamel', 'Jobin', 'Lacasse', 'Nolet', 'Pépin', 'Quirion', 'Rancourt', 'Séguin',
          'Veilleux', 'Brisson', 'Lévesque', 'St-Onge', 'Bédard', 'Ménard']
EN_GIVEN_M = ['Tyler', 'Jason', 'Brandon', 'Ryan', 'Darren', 'Curtis', 'Raj', 'Ahmed', 'Trevor',
              'Kyle', 'Nathan', 'Marcus', 'Dale', 'Gurpreet', 'Wayne', 'Colin', 'Adrian', 'Emeka']
EN_GIVEN_F = ['Ashley', 'Jennifer', 'Brittany', 'Megan', 'Priyanka', 'Samantha', 'Heather',
              'Kayla', 'Tanya', 'Lindsay', 'Chloe', 'Fatima', 'Rebecca', 'Dana']
EN_SUR = ['Harrison', 'Patel', 'Kowalski', 'Nguyen', "O'Neill", 'McAllister', 'Singh', 'Fraser',
          'Campbell', 'Reid', 'Doyle', 'Chen', 'Ferreira', 'Da Silva', 'Kaur', 'Murphy',
          'Stewart', 'Grant', 'Sullivan', 'Walsh', 'Bennett', 'Rahman', 'Okafor', 'Mensah',
          'Novak', 'Petrov', 'Andersen', 'Lindqvist', 'Mahmoud', 'Dhillon', 'Costa', 'Boyd']
BE_GIVEN = [('Pieter', 'M'), ('Thomas', 'M'), ('Lien', 'F'), ('Sarah', 'F'), ('Wouter', 'M'),
            ('Elise', 'F')]
BE_SUR = ['Van den Berghe', 'Peeters', 'Janssens', 'De Smet', 'Vermeulen', 'Claes']
FRA_GIVEN = [('Baptiste', 'M'), ('Camille', 'F'), ('Antoine', 'M'), ('Océane', 'F'),
             ('Julien', 'M'), ('Margaux', 'F')]
FRA_SUR = ['Garnier', 'Lefèvre', 'Moreau', 'Rousset', 'Chevalier', 'Mallet']

for _s in FR_SUR + EN_SUR + BE_SUR + FRA_SUR:
    assert _s not in NAM_SURNAMES, _s


class Person:
    def __init__(self, given, surname, sex, dob, lang):
        self.given, self.surname, self.sex, self.dob, self.lang = given, surname, sex, dob, lang
        self.nam = None

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)


class PatientFactory:
    """Hands out invented patients without repeats across the whole corpus."""

    def __init__(self):
        self.used = set()
        self.nam_pool = adult_nams()
        self.nam_used = set()

    def _dob(self, rng, lo=1962, hi=2004):
        y = rng.randint(lo, hi)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        return datetime.date(y, m, d)

    def make(self, rng, lang='fr', sex=None, origin=None, lo=1962, hi=2004):
        for _ in range(500):
            sex = sex or rng.choice('MF')
            if origin == 'be':
                given, sx = rng.choice(BE_GIVEN)
                sur = rng.choice(BE_SUR)
                sex = sx
            elif origin == 'fra':
                given, sx = rng.choice(FRA_GIVEN)
                sur = rng.choice(FRA_SUR)
                sex = sx
            elif lang == 'fr':
                given = rng.choice(FR_GIVEN_M if sex == 'M' else FR_GIVEN_F)
                sur = rng.choice(FR_SUR)
            else:
                given = rng.choice(EN_GIVEN_M if sex == 'M' else EN_GIVEN_F)
                sur = rng.choice(EN_SUR + FR_SUR[:12])
            if (given, sur) in self.used:
                sex = None if origin is None else sex
                continue
            self.used.add((given, sur))
            return Person(given, sur, sex, self._dob(rng, lo, hi), lang)
        raise RuntimeError('name pool exhausted')

    def nam_holder(self, rng, lang='fr', lo=1935, hi=2007):
        cands = [r for r in self.nam_pool if r['nam'] not in self.nam_used
                 and lo <= r['dob'].year <= hi]
        r = rng.choice(cands)
        self.nam_used.add(r['nam'])
        p = Person(r['given'], r['surname'], r['sex'], r['dob'], lang)
        p.nam = r['nam']
        return p


# ---------------------------------------------------------------- identifiers
FULLWIDTH = str.maketrans('0123456789', '０１２３４５６７８９')


def fullwidth(s):
    return s.translate(FULLWIDTH)


def make_sin(rng):
    while True:
        first = rng.choice('1234567')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohn(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohn_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    while True:
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, seq)
        n = base if dob.year < 2000 else '2' + base
        chk = 97 - (int(n) % 97)
        num = base + '%02d' % chk
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93])
        commune = '%03d' % rng.randint(1, 400)
        order = '%03d' % rng.randint(1, 999)
        base = '%s%02d%02d%s%s%s' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month,
                                     dept, commune, order)
        num = base + fr_nir.calc_check_digits(base)
        if fr_nir.is_valid(num):
            return num


def fmt_sin(rng, num, allow_fw=True):
    styles = ['%s %s %s', '%s-%s-%s', '%s%s%s', '%s.%s.%s', '%s / %s / %s']
    s = rng.choice(styles) % (num[:3], num[3:6], num[6:])
    if allow_fw and rng.random() < 0.3:
        s = fullwidth(s)
    return s


def fmt_ohn(rng, num, allow_fw=True):
    vc = rng.choice(['', ' AB', '-KX', ' HT', ''])
    styles = ['%s-%s-%s', '%s %s %s', '%s%s%s', '%s.%s.%s']
    s = rng.choice(styles) % (num[:4], num[4:7], num[7:]) + vc
    if allow_fw and rng.random() < 0.3:
        s = fullwidth(s)
    return s


def fmt_niss(rng, num):
    styles = [be_nn.format(num), num, '%s %s %s %s %s' % (num[:2], num[2:4], num[4:6],
                                                          num[6:9], num[9:]),
              '%s%s%s-%s-%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])]
    return rng.choice(styles)


def fmt_nir(rng, num):
    styles = [fr_nir.format(num), num, fr_nir.format(num, '.'),
              '%s %s' % (num[:13], num[13:])]
    return rng.choice(styles)


def fmt_nam(rng, nam, allow_fw=True):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    styles = ['%s %s %s', '%s%s%s', '%s-%s-%s', '%s.%s.%s', '%s/%s/%s', '%s %s%s']
    s = rng.choice(styles) % (a, b, c)
    if rng.random() < 0.12:
        s = s.lower()
    elif allow_fw and rng.random() < 0.2:
        s = fullwidth(s)
    return s


def make_mrn(rng):
    kind = rng.randrange(5)
    n = rng.randint(10000, 999999)
    if kind == 0:
        return 'ST-%06d' % n
    if kind == 1:
        return '%07d' % rng.randint(100000, 9999999)
    if kind == 2:
        return 'D%06d' % n
    if kind == 3:
        return '%02d-%05d' % (rng.randint(18, 25), rng.randint(1000, 99999))
    return 'RN%06d' % n


# ---------------------------------------------------------------- dates / names
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_dob(rng, d, lang):
    if lang == 'fr':
        styles = [d.isoformat(), d.strftime('%d/%m/%Y'), '%d %s %d' % (d.day, MOIS[d.month - 1],
                                                                        d.year),
                  d.strftime('%Y/%m/%d'), d.strftime('%d-%m-%Y')]
    else:
        styles = [d.isoformat(), '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year),
                  d.strftime('%Y/%m/%d'), '%d %s %d' % (d.day, MONTHS[d.month - 1][:3], d.year),
                  d.strftime('%d-%b-%Y')]
    return rng.choice(styles)


def fmt_day(d, lang, weekday=True):
    if lang == 'fr':
        s = '%d %s' % (d.day, MOIS[d.month - 1])
        return ('%s %s' % (JOURS[d.weekday()], s)) if weekday else s
    s = '%s %d' % (MONTHS[d.month - 1], d.day)
    return ('%s, %s' % (DAYS[d.weekday()], s)) if weekday else s


def name_variant(rng, p, lang, styles=None):
    """Render a patient's name in one of the ways people write it."""
    title_fr = 'M.' if p.sex == 'M' else 'Mme'
    title_en = 'Mr.' if p.sex == 'M' else 'Ms.'
    opts = {
        'plain': p.full,
        'upper_comma': '%s, %s' % (p.surname.upper(), p.given),
        'comma': '%s, %s' % (p.surname, p.given),
        'lower': p.full.lower(),
        'initial': '%s. %s' % (p.given[0], p.surname),
        'title': '%s %s' % (title_fr if lang == 'fr' else title_en, p.surname),
        'title_full': '%s %s' % (title_fr if lang == 'fr' else title_en, p.full),
        'upper_first': '%s %s' % (p.surname.upper(), p.given),
        'sur_first': '%s %s' % (p.surname, p.given),
    }
    keys = styles or list(opts)
    return opts[rng.choice(keys)]


def msg_date(rng, lo=(2024, 1, 8), hi=(2025, 6, 27)):
    a = datetime.date(*lo).toordinal()
    b = datetime.date(*hi).toordinal()
    while True:
        d = datetime.date.fromordinal(rng.randint(a, b))
        if d.weekday() < 5 or rng.random() < 0.1:
            break
    hh = rng.randint(7, 18)
    mm = rng.randint(0, 59)
    ss = rng.randint(0, 59)
    dst = 3 <= d.month <= 10
    return datetime.datetime(d.year, d.month, d.day, hh, mm, ss,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=-4 if dst else -5)))


def add_days(dt, n):
    return (dt + datetime.timedelta(days=n))


def workday_after(d, n, rng=None):
    x = d
    k = 0
    while k < n:
        x = x + datetime.timedelta(days=1)
        if x.weekday() < 5:
            k += 1
    return x


def luhn_serial(rng, length=9):
    body = ''.join(rng.choice('0123456789') for _ in range(length - 1))
    if body[0] == '0':
        body = '4' + body[1:]
    return body + luhn.calc_check_digit(body)


def mod97_serial(rng):
    """11-digit number whose last two digits are a mod-97 key (passes a Belgian-style check)."""
    base = '%09d' % rng.randint(10 ** 8, 10 ** 9 - 1)
    return base + '%02d' % (97 - int(base) % 97)
