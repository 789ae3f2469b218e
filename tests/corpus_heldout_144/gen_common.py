"""Shared data and helpers: invented organisation, people, identifiers, formatting.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

SEED = 25144

# --------------------------------------------------------------------------
# Organisation (invented)
# --------------------------------------------------------------------------
ORG_FR = 'Réseau de santé Deux-Rives'
ORG_EN = 'Two Rivers Health Network'
QC_DOM = 'rs-deuxrives.example'
ON_DOM = 'tworivershealth.example'

SITES = {
    'SA': {'fr': 'Hôpital Sainte-Aurélie', 'en': 'Sainte-Aurélie Hospital', 'city': 'Val-Aurèle', 'prov': 'QC',
           'addr': '2250, boulevard des Cascatelles', 'pc': 'J8V 3K1', 'area': '819', 'dom': QC_DOM,
           'mrn': 'SA'},
    'MV': {'fr': 'Hôpital du Mont-Vallier', 'en': 'Mont-Vallier Hospital', 'city': 'Saint-Ours-des-Monts',
           'prov': 'QC', 'addr': '480, rue Dollard-Vallier', 'pc': 'J0X 2M4', 'area': '819', 'dom': QC_DOM,
           'mrn': 'MV'},
    'HG': {'fr': 'Hôpital général de Hartwell', 'en': 'Hartwell General Hospital', 'city': 'Hartwell',
           'prov': 'ON', 'addr': '1105 Rideau Bend Road', 'pc': 'K7H 4R2', 'area': '613', 'dom': ON_DOM,
           'mrn': 'HG'},
    'MB': {'fr': 'Centre hospitalier de Millbridge', 'en': 'Millbridge Community Hospital', 'city': 'Millbridge',
           'prov': 'ON', 'addr': '77 Carrick Street North', 'pc': 'K0G 1T9', 'area': '343', 'dom': ON_DOM,
           'mrn': 'MB'},
}

UNITS_FR = {
    'burn': 'Unité des grands brûlés',
    'plast': 'Service de chirurgie plastique et reconstructive',
    'hand': 'Clinique de la main',
    'therapy': 'Réadaptation de la main (ergothérapie)',
    'aesth': 'Clinique de chirurgie esthétique',
    'gp': 'GMF des Cascatelles (médecine familiale)',
    'derm': 'Service de dermatologie',
    'admin': 'Services administratifs',
    'research': 'Centre de recherche',
    'anesth': 'Département d\u2019anesthésiologie',
}
UNITS_EN = {
    'burn': 'Regional Burn Unit',
    'plast': 'Plastic & Reconstructive Surgery',
    'hand': 'Hand & Upper Limb Clinic',
    'therapy': 'Hand Therapy',
    'aesth': 'Aesthetic Surgery Clinic',
    'gp': 'Cascatelles Family Medicine Group',
    'derm': 'Dermatology',
    'admin': 'Administrative Services',
    'research': 'Research Institute',
    'anesth': 'Department of Anesthesiology',
}

# surnames of NAM holders are excluded from every invented pool below
PATIENT_SURNAMES_FR = [
    'Tremblay', 'Bergeron', 'Côté', 'Lavoie', 'Dubé', 'Gingras', 'Desjardins', 'Vachon', 'Beaulieu',
    'Arsenault', 'Lachance', 'Boudreau', 'Hébert', 'Vaillancourt', 'Charbonneau', 'Gosselin', 'Demers',
    'Laplante', 'Rioux', 'Brassard', 'Perreault', 'Dufresne', 'Labelle', 'Turcotte', 'Lévesque',
    'Cormier', 'Proulx', 'Dionne', 'Lacroix', 'Gervais', 'Beauchemin', 'Plamondon', 'Tessier',
    'Labrecque', 'Bissonnette', "D'Amours", 'St-Onge', 'Lafrenière', 'Ouimet', 'Bélisle',
]
PATIENT_SURNAMES_EN = [
    'Campbell', 'Murray', "O'Neill", 'Fraser', 'Kowalski', 'Singh', 'Nguyen', 'Chen', 'Patel', 'Ahmed',
    'Hughes', 'Reid', 'Bennett', 'Doyle', 'Sullivan', 'Grant', 'Walsh', 'Morrison', 'Kaur', 'Okafor',
    'Rossi', 'Ferreira', 'Duncan', 'Armstrong', 'Lindqvist', 'Park', 'Gallagher', 'Stewart',
    'McKenna', 'Bailey', 'Hayes', 'Van der Berg', 'Petrovic', 'Abbott',
]
GIVEN_FR = {
    'F': ['Ginette', 'Louise', 'Chantal', 'Martine', 'Isabelle', 'Mélanie', 'Julie', 'Karine', 'Véronique',
          'Hélène', 'Francine', 'Lucie', 'Audrey', 'Émilie', 'Noémie', 'Rosalie', 'Maude', 'Suzanne',
          'Jocelyne', 'Micheline', 'Léa', 'Annabelle'],
    'M': ['Réjean', 'Gaétan', 'Yves', 'Sylvain', 'Mathieu', 'Jean-François', 'Éric', 'Stéphane', 'Normand',
          'Benoît', 'Alexandre', 'Olivier', 'Félix', 'Raymond', 'Guy', 'Luc', 'Denis', 'Patrice', 'Jérôme',
          'Maxime', 'Ghislain', 'Zachary'],
}
GIVEN_EN = {
    'F': ['Margaret', 'Heather', 'Jennifer', 'Karen', 'Priya', 'Aisha', 'Olivia', 'Hannah', 'Brenda',
          'Linda', 'Megan', 'Chloe', 'Fatima', 'Grace', 'Tanya', 'Rachel', 'Deborah', 'Noor'],
    'M': ['Robert', 'Kevin', 'Brian', 'Daniel', 'Arjun', 'Omar', 'Ethan', 'Tyler', 'Gordon', 'Wayne',
          'Trevor', 'Samuel', 'Connor', 'Derek', 'Patrick', 'Kwame', 'Mateo', 'Dmitri'],
}

# staff: a separate invented pool (never patients)
STAFF = [
    # (given, surname, sex, role_fr, role_en, site, unit, kind)
    ('Valérie', 'Lemieux', 'F', 'chirurgienne plasticienne', 'plastic surgeon', 'MV', 'plast', 'md'),
    ('Karim', 'Haddad', 'M', 'chirurgien plasticien', 'plastic surgeon', 'SA', 'burn', 'md'),
    ('Sophie', 'Marchand', 'F', 'chirurgienne de la main', 'hand surgeon', 'SA', 'hand', 'md'),
    ('Jonathan', 'Whitfield', 'M', 'chirurgien plasticien', 'plastic surgeon', 'HG', 'plast', 'md'),
    ('Amira', 'Benali', 'F', 'résidente R3 en chirurgie plastique', 'plastic surgery resident (PGY-3)', 'SA', 'burn', 'res'),
    ('Nicolas', 'Fréchette', 'M', 'résident R2', 'PGY-2 resident', 'MV', 'plast', 'res'),
    ('Catherine', 'Ménard', 'F', 'infirmière-chef, grands brûlés', 'nurse manager, burn unit', 'SA', 'burn', 'nurse'),
    ('Patrick', 'Oduya', 'M', 'infirmier clinicien', 'clinical nurse', 'SA', 'burn', 'nurse'),
    ('Marie-Ève', 'Carrier', 'F', 'ergothérapeute en thérapie de la main', 'hand therapist (OT)', 'SA', 'therapy', 'allied'),
    ('Heidi', 'Lambrecht', 'F', 'physiothérapeute', 'physiotherapist', 'HG', 'therapy', 'allied'),
    ('Rachel', 'Dunmore', 'F', 'infirmière praticienne', 'nurse practitioner', 'HG', 'hand', 'nurse'),
    ('Simon', 'Archambault', 'M', 'pharmacien', 'pharmacist', 'SA', 'burn', 'allied'),
    ('Julie', 'Provencher', 'F', 'agente administrative', 'unit clerk', 'MV', 'plast', 'clerk'),
    ('Tanya', 'Kowalczyk', 'F', 'agente administrative', 'booking clerk', 'HG', 'hand', 'clerk'),
    ('Louis-Philippe', 'Drolet', 'M', 'travailleur social', 'social worker', 'SA', 'burn', 'allied'),
    ('Grace', 'Adeyemi', 'F', 'travailleuse sociale', 'social worker', 'HG', 'plast', 'allied'),
    ('François', 'Audet', 'M', 'chef de service, chirurgie plastique', 'division head, plastic surgery', 'MV', 'plast', 'md'),
    ('Evelyn', 'Mortimer', 'F', 'gestionnaire de programme', 'program manager', 'HG', 'hand', 'mgr'),
    ('Martin', 'Quesnel', 'M', 'technicien en informatique', 'IT analyst', 'SA', 'admin', 'admin'),
    ('Isabelle', 'Vézina', 'F', 'conseillère en ressources humaines', 'HR advisor', 'MV', 'admin', 'admin'),
    ('Andrew', 'Kilbride', 'M', 'acheteur', 'procurement officer', 'HG', 'admin', 'admin'),
    ('Nadia', 'Rahmani', 'F', 'infirmière, clinique externe', 'outpatient nurse', 'MV', 'aesth', 'nurse'),
    ('Owen', 'Fitzgerald', 'M', 'anesthésiologiste', 'anesthesiologist', 'HG', 'anesth', 'md'),
    ('Hélène', 'Brisebois', 'F', 'archiviste médicale', 'health records technician', 'SA', 'admin', 'admin'),
    ('Daniel', 'Szabo', 'M', 'médecin de famille', 'family physician', 'MV', 'gp', 'md'),
    ('Priya', 'Raman', 'F', 'dermatologue', 'dermatologist', 'HG', 'derm', 'md'),
    ('Mélissa', 'Thériault', 'F', 'coordonnatrice des soins', 'care coordinator', 'SA', 'hand', 'clerk'),
    ('Benoît', 'Lanctôt', 'M', 'gestionnaire, services techniques', 'facilities manager', 'SA', 'admin', 'admin'),
    ('Samantha', 'Greaves', 'F', 'coordonnatrice en recherche', 'research coordinator', 'HG', 'research', 'admin'),
    ('Yannick', 'Bourque', 'M', 'préposé aux bénéficiaires', 'patient care attendant', 'SA', 'burn', 'aide'),
    ('Sandra', 'Pellerin', 'F', 'agente administrative', 'unit clerk', 'SA', 'burn', 'clerk'),
    ('Jason', 'MacLellan', 'M', 'secrétaire médical', 'medical secretary', 'HG', 'plast', 'clerk'),
]

STREETS_QC = ['rue des Érables-Rouges', 'boulevard Saint-Aurèle', 'rue du Héron-Bleu', 'chemin de la Savane-Haute',
              'avenue Morency', 'rue des Pins-Gris', 'rang du Petit-Brûlé', 'rue Albéric-Tanguay',
              'montée des Trois-Ruisseaux', 'rue de la Fonderie-Vieille']
STREETS_ON = ['Birchmount Crescent', 'Quarry Lane', 'Ashbury Road', 'Kingfisher Drive', 'Tamarack Way',
              'Old Mill Line', 'Larkspur Court', 'Gainsford Avenue', 'Heron Point Road']
CITIES_QC = [('Val-Aurèle', 'J8V'), ('Saint-Ours-des-Monts', 'J0X'), ('Lac-Brûlé', 'J0W'),
             ('Pointe-Verchère', 'J9A'), ('Sainte-Odile-du-Lac', 'J0X')]
CITIES_ON = [('Hartwell', 'K7H'), ('Millbridge', 'K0G'), ('Cedar Falls', 'K0K'), ('Port Ainslie', 'K7M')]

FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
EN_MON3 = [m[:3] for m in EN_MONTHS]

FINDING_TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss',
                 'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
                 'social_information']
IDENTITY_TYPES = ['patient_name', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn']


def fold(s):
    """lower case, accents removed, non-alphanumerics collapsed to one space."""
    s = unicodedata.normalize('NFKD', unicodedata.normalize('NFKC', s))
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else ' ')
    return ' '.join(''.join(out).split())


def compact(s):
    """NFKC, upper case, only letters and digits kept (for identifier search)."""
    s = unicodedata.normalize('NFKC', s).upper()
    return ''.join(c for c in s if c.isalnum())


def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '0' <= c <= '9' else c for c in s)


def load_nams():
    rows = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            rows.append({'surname': sur, 'given': given, 'dob': datetime.date.fromisoformat(dob),
                         'sex': sex, 'nam': nam})
    return rows


def nam_holder_surnames(nams):
    return sorted({r['surname'] for r in nams})


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
def make_sin(rng):
    while True:
        body = rng.choice('1234567') + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    """Ontario health number: 10 digits, Luhn over the whole number (check = 10th digit)."""
    body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
    return body + luhn.calc_check_digit(body)


def ohip_valid(num):
    d = ''.join(c for c in num if c.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def make_niss(rng, dob, sex):
    serial = rng.randrange(1, 997)
    if (serial % 2 == 1) != (sex == 'M'):
        serial += 1
    base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, serial)
    val = int(('2' + base) if dob.year >= 2000 else base)
    num = base + '%02d' % (97 - val % 97)
    assert be_nn.is_valid(num), num
    return num


def make_nir(rng, dob, sex):
    dept = rng.choice(['75', '69', '13', '33', '59', '44', '67', '31', '35', '06'])
    commune = '%03d' % rng.randrange(1, 400)
    order = '%03d' % rng.randrange(1, 999)
    base = '%s%02d%02d%s%s%s' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month, dept, commune, order)
    num = base + fr_nir.calc_check_digits(base)
    assert fr_nir.is_valid(num), num
    return num


def make_mrn(rng, site):
    style = SITES[site]['mrn']
    if SITES[site]['prov'] == 'QC':
        return '%s%07d' % (style, rng.randrange(100000, 9999999))
    return '%s-%08d' % (style, rng.randrange(1000000, 99999999))


def make_luhn_serial(rng, n=9):
    """checksum-valid serial numbers for hard negatives (look like SINs / health numbers)."""
    body = rng.choice('1234567') + ''.join(rng.choice('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def fmt_nam(nam, style):
    if style == 'plain':
        return nam
    if style == 'space':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'dash':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'dot':
        return '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'lower':
        return nam.lower()
    if style == 'wide':
        return nam[:4] + ' ' + fullwidth(nam[4:])
    if style == 'slash':
        return '%s/%s/%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'odd':
        return '%s %s %s %s' % (nam[:4], nam[4:6], nam[6:10], nam[10:])
    raise ValueError(style)


def fmt_sin(n, style):
    if style == 'plain':
        return n
    if style == 'space':
        return '%s %s %s' % (n[:3], n[3:6], n[6:])
    if style == 'dash':
        return '%s-%s-%s' % (n[:3], n[3:6], n[6:])
    if style == 'dot':
        return '%s.%s.%s' % (n[:3], n[3:6], n[6:])
    if style == 'wide':
        return fullwidth('%s %s %s' % (n[:3], n[3:6], n[6:]))
    raise ValueError(style)


def fmt_ohip(n, style, vc=''):
    if style == 'plain':
        s = n
    elif style == 'dash':
        s = '%s-%s-%s' % (n[:4], n[4:7], n[7:])
    elif style == 'space':
        s = '%s %s %s' % (n[:4], n[4:7], n[7:])
    elif style == 'slash':
        s = '%s/%s/%s' % (n[:4], n[4:7], n[7:])
    elif style == 'wide':
        s = fullwidth('%s %s %s' % (n[:4], n[4:7], n[7:]))
    else:
        raise ValueError(style)
    return (s + ' ' + vc) if vc else s


def fmt_niss(n, style):
    if style == 'std':
        return be_nn.format(n)
    if style == 'plain':
        return n
    if style == 'space':
        return '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    raise ValueError(style)


def fmt_nir(n, style):
    if style == 'std':
        return fr_nir.format(n)
    if style == 'plain':
        return n
    if style == 'dot':
        return '.'.join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]])
    raise ValueError(style)


def fmt_mrn(m, style):
    if style == 'plain':
        return m
    if style == 'space':
        return ' '.join([m[:2], m[2:5], m[5:]]) if '-' not in m else m.replace('-', ' ')
    if style == 'wide':
        return m[:2] + fullwidth(m[2:])
    if style == 'dot':
        return m[:2] + '.' + '.'.join([m[2:].strip('-')[i:i + 3] for i in range(0, len(m[2:].strip('-')), 3)])
    raise ValueError(style)


# --------------------------------------------------------------------------
# dates, phones, addresses
# --------------------------------------------------------------------------
def fmt_date(d, lang, style):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, FR_MONTHS[d.month - 1], d.year)
        return '%s %d, %d' % (EN_MONTHS[d.month - 1], d.day, d.year)
    if style == 'mon':
        return '%02d-%s-%d' % (d.day, EN_MON3[d.month - 1], d.year)
    if style == 'dots':
        return d.strftime('%d.%m.%Y')
    if style == 'ymd_slash':
        return d.strftime('%Y/%m/%d')
    raise ValueError(style)


def phone(rng, area=None):
    return '%s-555-01%02d' % (area or rng.choice(['819', '613', '514', '343', '873']), rng.randrange(0, 100))


def rand_dob(rng, lo=1938, hi=2019):
    y = rng.randrange(lo, hi + 1)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return datetime.date(y, m, d)


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def postcode(rng, fsa):
    L = 'ABCEGHJKLMNPRSTVXY'
    return '%s %d%s%d' % (fsa, rng.randrange(10), rng.choice(L), rng.randrange(10))


def address(rng, prov):
    if prov == 'QC':
        city, fsa = rng.choice(CITIES_QC)
        return '%d, %s, %s (Québec) %s' % (rng.randrange(12, 3900), rng.choice(STREETS_QC), city,
                                          postcode(rng, fsa))
    city, fsa = rng.choice(CITIES_ON)
    return '%d %s, %s, ON %s' % (rng.randrange(12, 3900), rng.choice(STREETS_ON), city, postcode(rng, fsa))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
class Patient:
    def __init__(self, surname, given, sex, dob, nam=None, prov='QC'):
        self.surname = surname
        self.given = given
        self.sex = sex
        self.dob = dob
        self.nam = nam
        self.prov = prov

    def name(self, style, lang='fr'):
        s, g = self.surname, self.given
        if style == 'full':
            return '%s %s' % (g, s)
        if style == 'title':
            if lang == 'fr':
                return '%s %s %s' % ('Mme' if self.sex == 'F' else 'M.', g, s)
            return '%s %s %s' % ('Ms.' if self.sex == 'F' else 'Mr.', g, s)
        if style == 'title_sur':
            if lang == 'fr':
                return '%s %s' % ('Mme' if self.sex == 'F' else 'M.', s)
            return '%s %s' % ('Mrs.' if self.sex == 'F' else 'Mr.', s)
        if style == 'upper_comma':
            return '%s, %s' % (s.upper(), g)
        if style == 'upper':
            return '%s %s' % (s.upper(), g)
        if style == 'lower':
            return '%s %s' % (g.lower(), s.lower())
        if style == 'lower_rev':
            return '%s %s' % (s.lower(), g.lower())
        if style == 'initial':
            return '%s. %s' % (g[0], s)
        if style == 'sur_initial':
            return '%s %s.' % (s, g[0])
        if style == 'given':
            return g
        if style == 'comma':
            return '%s, %s' % (s, g)
        raise ValueError(style)

    def pron(self, lang):
        if lang == 'fr':
            return 'elle' if self.sex == 'F' else 'il'
        return 'she' if self.sex == 'F' else 'he'

    def poss(self, lang):
        return 'her' if self.sex == 'F' else 'his'

    def obj(self):
        return 'her' if self.sex == 'F' else 'him'

    def e(self):
        """French feminine agreement suffix."""
        return 'e' if self.sex == 'F' else ''


class Staff:
    def __init__(self, row):
        (self.given, self.surname, self.sex, self.role_fr, self.role_en, self.site, self.unit, self.kind) = row
        self.doctor = self.kind in ('md', 'res')

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def titled(self, lang):
        if self.kind == 'md':
            if lang == 'fr':
                return ('Dre ' if self.sex == 'F' else 'Dr ') + self.full
            return 'Dr. ' + self.full
        return self.full

    @property
    def email(self):
        def asc(x):
            x = unicodedata.normalize('NFKD', x)
            return ''.join(c for c in x if not unicodedata.combining(c)).lower().replace(' ', '').replace("'", '')
        return '%s.%s@%s' % (asc(self.given), asc(self.surname), SITES[self.site]['dom'])

    def site_name(self, lang):
        return SITES[self.site][lang]

    def unit_name(self, lang):
        return (UNITS_FR if lang == 'fr' else UNITS_EN)[self.unit]

    def ext(self):
        return 'poste %d' % (4000 + (sum(map(ord, self.full)) % 900))

    def signature(self, lang, rng=None, short=False):
        s = SITES[self.site]
        role = self.role_fr if lang == 'fr' else self.role_en
        if short:
            return '%s\n%s' % (self.titled(lang) if self.doctor else self.full, role)
        tel = '%s-555-01%02d' % (s['area'], sum(map(ord, self.surname)) % 100)
        fax = '%s-555-01%02d' % (s['area'], (sum(map(ord, self.given)) + 7) % 100)
        lines = [self.titled(lang) if self.doctor else self.full, role,
                 self.unit_name(lang), s[lang], s['addr'] + ', ' + s['city'] + (' (Québec) ' if s['prov'] == 'QC' else ', ON ') + s['pc'],
                 ('Tél. : %s, %s  |  Téléc. : %s' % (tel, self.ext(), fax)) if lang == 'fr'
                 else ('Tel: %s ext. %s  |  Fax: %s' % (tel, self.ext().split()[-1], fax))]
        if lang == 'fr':
            lines.append('Ce courriel peut contenir des renseignements confidentiels. '
                         'Si vous l\u2019avez reçu par erreur, veuillez le détruire et aviser l\u2019expéditeur.')
        else:
            lines.append('This e-mail may contain confidential information. If you received it in error, '
                         'please delete it and notify the sender.')
        return '\n'.join(lines)


STAFF_OBJS = [Staff(r) for r in STAFF]


def staff_by(surname):
    for s in STAFF_OBJS:
        if s.surname == surname:
            return s
    raise KeyError(surname)


class Ctx:
    """Per-run context: deterministic RNG and patient pools."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        order = list(range(len(self.nams)))
        self.rng.shuffle(order)
        self._nam_order = order
        self._nam_use = {}
        self._used_names = set()

    def nam_patient(self, adult=False):
        """next NAM holder, least used first (adult: born 2005 or earlier)."""
        best = None
        for pos, idx in enumerate(self._nam_order):
            row = self.nams[idx]
            if adult and row['dob'].year > 2005:
                continue
            key = (self._nam_use.get(idx, 0), pos)
            if best is None or key < best[0]:
                best = (key, idx)
        idx = best[1]
        self._nam_use[idx] = self._nam_use.get(idx, 0) + 1
        row = self.nams[idx]
        return Patient(row['surname'], row['given'], row['sex'], row['dob'], nam=row['nam'], prov='QC')

    def new_patient(self, lang='fr', prov=None, lo=1938, hi=2004, sex=None):
        rng = self.rng
        for _ in range(200):
            sx = sex or rng.choice('FM')
            if lang == 'fr':
                sur = rng.choice(PATIENT_SURNAMES_FR)
                giv = rng.choice(GIVEN_FR[sx])
            else:
                sur = rng.choice(PATIENT_SURNAMES_EN)
                giv = rng.choice(GIVEN_EN[sx])
            if (sur, giv) not in self._used_names:
                break
        self._used_names.add((sur, giv))
        return Patient(sur, giv, sx, rand_dob(rng, lo, hi), prov=prov or ('QC' if lang == 'fr' else 'ON'))

    def staff(self, *, unit=None, doctor=None, prov=None, exclude=(), kind=None):
        """clinical staff by default (no admin, research, GP, dermatology or anaesthesia)."""
        def ok(s, use_prov=True):
            if s in exclude:
                return False
            if unit is None:
                if s.unit in ('gp', 'derm', 'anesth', 'admin', 'research') or s.kind in ('admin', 'aide'):
                    return False
            elif s.unit not in (unit if isinstance(unit, tuple) else (unit,)):
                return False
            if kind is not None and s.kind not in (kind if isinstance(kind, tuple) else (kind,)):
                return False
            if doctor is not None and s.doctor != doctor:
                return False
            if use_prov and prov is not None and SITES[s.site]['prov'] != prov:
                return False
            return True
        cands = [s for s in STAFF_OBJS if ok(s)] or [s for s in STAFF_OBJS if ok(s, False)]
        assert cands, (unit, doctor, prov, kind)
        return self.rng.choice(cands)

    def clerk(self, lang, unit=None):
        return self.staff(kind='clerk', prov='QC' if lang == 'fr' else 'ON',
                          unit=unit if unit else ('plast', 'burn', 'hand'))

    def msg_date(self, lo=(2024, 9, 3), hi=(2025, 6, 27)):
        a = datetime.date(*lo).toordinal()
        b = datetime.date(*hi).toordinal()
        while True:
            d = datetime.date.fromordinal(self.rng.randrange(a, b + 1))
            if d.weekday() < 5 or self.rng.random() < 0.15:
                break
        h = self.rng.choice([6, 7, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 22])
        return datetime.datetime(d.year, d.month, d.day, h, self.rng.randrange(60), self.rng.randrange(60))
