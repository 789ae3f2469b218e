"""Shared data and helpers: NAM holders, invented people, staff, sites, identifiers.

Everything here is invented (except the NAM list, read from ../blind_nams.txt,
which is itself synthetic).  Phone numbers are 555-01xx, domains end in .example.
"""
import datetime as dt
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


# --------------------------------------------------------------------------
# Person
# --------------------------------------------------------------------------
class Person:
    def __init__(self, given, surname, dob, sex, nam=None):
        self.given = given
        self.surname = surname
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.phone = None
        self.cell = None
        self.street = None
        self.city = None
        self.prov = None
        self.postal = None
        self.email = None
        self.mrn = None

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def rev(self):
        return '%s, %s' % (self.surname, self.given)

    @property
    def upper_rev(self):
        return '%s, %s' % (self.surname.upper(), self.given)

    @property
    def initials(self):
        parts = self.given.replace('-', ' -').split()
        ini = ''.join(p[0] + '.' if not p.startswith('-') else '-' + p[1] + '.' for p in parts)
        return '%s %s' % (ini, self.surname)

    def title(self, lang):
        if lang == 'fr':
            return 'M.' if self.sex == 'M' else 'Mme'
        return 'Mr.' if self.sex == 'M' else 'Ms.'

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def addr_line(self):
        return '%s, %s (%s) %s' % (self.street, self.city, self.prov, self.postal)


def load_nam_holders(path=NAM_FILE):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()[:5]
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(Person(giv, sur, dt.date(y, m, d), sex, nam))
    return out


# --------------------------------------------------------------------------
# Name pools (disjoint from the NAM holders' surnames and from each other)
# --------------------------------------------------------------------------
PAT_GIVEN_FR_M = ['Jean-Guy', 'Normand', 'Ghislain', 'Yvon', 'Raymond', 'Sébastien', 'Maxime',
                  'Gabriel', 'Benoît', 'Denis', 'Réal', 'Rosaire', 'Mathis', 'Jean-Paul', 'Léo']
PAT_GIVEN_FR_F = ['Réjeanne', 'Lucille', 'Francine', 'Micheline', 'Huguette', 'Mélissa', 'Audrey',
                  'Rosalie', 'Éloïse', 'Zoé', 'Lise', 'Carole', 'Gisèle', 'Thérèse', 'Annick']
PAT_SUR_FR = ['Tremblay', 'Côté', 'Landry', 'Arsenault', 'Cormier', 'Doiron', 'Robichaud', 'Hébert',
              'Gallant', 'Babineau', 'Richard', 'Daigle', 'Goguen', 'Melanson', 'Thériault', 'Bourque',
              'Comeau', 'Allain', 'Vienneau', 'Savoie', 'Bergeron', 'Dionne', 'Lachance', 'Boudreau',
              'Chiasson', 'Després', 'Gionet', 'Haché', 'Losier', 'Mallet', 'Vachon-Doucet', 'St-Onge']
PAT_GIVEN_EN_M = ['Wayne', 'Trevor', 'Glenn', 'Shawn', 'Tyler', 'Dylan', 'Douglas', 'Colin', 'Omar',
                  'Darren', 'Kyle', 'Brent']
PAT_GIVEN_EN_F = ['Heather', 'Brenda', 'Darlene', 'Crystal', 'Megan', 'Kayla', 'Patricia', 'Jennifer',
                  'Priya', 'Mei', 'Fatima', 'Tammy', 'Courtney']
PAT_SUR_EN = ['McKenzie', "O'Brien", 'Campbell', 'Murray', 'Fraser', 'Stewart', 'Chen', 'Nguyen',
              'Patel', 'Singh', 'Haddad', 'Kowalski', 'Okafor', 'Steeves', 'Crossman', 'Wheaton',
              'Kinney', 'Blakney', 'Colpitts', 'Estabrooks', 'Fitzgerald', 'McGraw']
PAT_BE = [('Lotte', 'Vermeulen', 'F'), ('Thibaut', 'Lambrechts', 'M'), ('Anaïs', 'Delvaux', 'F'),
          ('Wouter', 'Claessens', 'M'), ('Céline', 'Wauters', 'F')]
PAT_FR = [('Clémence', 'Faure', 'F'), ('Yannick', 'Le Goff', 'M'), ('Solène', 'Marchetti', 'F'),
          ('Bastien', 'Raynaud', 'M'), ('Margaux', 'Lacombe', 'F')]

# staff: yet another disjoint pool
class Staff:
    def __init__(self, given, surname, role_fr, role_en, site, sex, dr=False):
        self.given, self.surname = given, surname
        self.role_fr, self.role_en = role_fr, role_en
        self.site, self.sex, self.dr = site, sex, dr

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def dname(self, lang):
        if not self.dr:
            return self.full
        if lang == 'fr':
            return ('Dre ' if self.sex == 'F' else 'Dr ') + self.full
        return 'Dr. ' + self.full

    def role(self, lang):
        return self.role_fr if lang == 'fr' else self.role_en

    def email(self):
        dom = SITES[self.site]['domain']
        loc = '%s.%s' % (strip_accents(self.given).lower().replace(' ', '').replace("'", ''),
                         strip_accents(self.surname).lower().replace(' ', '').replace("'", ''))
        return '%s@%s' % (loc, dom)


SITES = {
    'qc': dict(name_fr='Clinique Dermato-Plastique Boréale', name_en='Boréale Dermatology & Plastic Surgery Clinic',
               domain='boreale-dermato.example', street='1240, boulevard des Érables, bureau 300',
               city='Québec', prov='QC', postal='G1X 0A7', phone='418 555-0142', fax='418 555-0143'),
    'lav': dict(name_fr='Clinique Boréale – point de service Laval', name_en='Boréale Clinic – Laval office',
                domain='boreale-dermato.example', street='455, rue des Forges-Neuves',
                city='Laval', prov='QC', postal='H7T 0B9', phone='450 555-0160', fax='450 555-0161'),
    'nb': dict(name_fr="Centre de dermatologie et de chirurgie plastique de l'Atlantique",
               name_en='Atlantic Skin & Plastic Surgery Centre', domain='atlanticskin.example',
               street='88 Marsh Hollow Road, Suite 210', city='Dieppe', prov='NB', postal='E1A 0H4',
               phone='506 555-0118', fax='506 555-0119'),
    'td': dict(name_fr='TéléDerm Nord – plateforme de télédermatologie', name_en='TeleDerm North',
               domain='teledermnord.example', street='', city='Québec', prov='QC', postal='',
               phone='1 877 555-0107', fax=''),
    'path': dict(name_fr='Laboratoire de dermatopathologie Laurentien', name_en='Laurentian Dermatopathology Lab',
                 domain='dermpath-laurentien.example', street='70, rue du Cap-Blanc', city='Lévis', prov='QC',
                 postal='G6V 0C2', phone='418 555-0175', fax='418 555-0176'),
    'mpath': dict(name_fr='Services de dermatopathologie des Maritimes', name_en='Maritime Dermatopathology Services',
                  domain='maritimedermpath.example', street='15 Foundry Lane', city='Moncton', prov='NB',
                  postal='E1C 0J1', phone='506 555-0181', fax='506 555-0182'),
    'hqc': dict(name_fr='Hôpital Saint-Aurèle', name_en='Saint-Aurèle Hospital', domain='hsa-sante.example',
                street='3100, avenue du Parc-Vert', city='Québec', prov='QC', postal='G1M 0B3',
                phone='418 555-0130', fax='418 555-0131'),
    'hnb': dict(name_fr='Hôpital régional Champlain-Est', name_en='Champlain East Regional Hospital',
                domain='champlaineast-health.example', street='400 Tidewater Avenue', city='Moncton', prov='NB',
                postal='E1C 0K5', phone='506 555-0150', fax='506 555-0151'),
    'gmf': dict(name_fr='GMF du Vieux-Moulin', name_en='Vieux-Moulin Family Medicine Group',
                domain='gmf-vieuxmoulin.example', street='22, rue du Moulin', city='Lévis', prov='QC',
                postal='G6W 0A1', phone='418 555-0112', fax='418 555-0113'),
    'fam': dict(name_fr='Clinique familiale Petitcodiac', name_en='Petitcodiac Family Practice',
                domain='petitcodiacfp.example', street='9 Railway Street', city='Petitcodiac', prov='NB',
                postal='E4Z 0A3', phone='506 555-0124', fax='506 555-0125'),
    'home': dict(name_fr='Soins à domicile Acadie-Sud', name_en='Acadie-Sud Home Care',
                 domain='acadiesud-domicile.example', street='12 rue Acadie', city='Shediac', prov='NB',
                 postal='E4P 0B2', phone='506 555-0133', fax=''),
    'clsc': dict(name_fr='CLSC des Rivières', name_en='CLSC des Rivières', domain='clsc-rivieres.example',
                 street='500, boulevard Guillaume-Couture', city='Lévis', prov='QC', postal='G6V 0E5',
                 phone='418 555-0137', fax='418 555-0138'),
    'pharm': dict(name_fr='Pharmacie Lemay & Vachon', name_en='Lemay & Vachon Pharmacy',
                  domain='lemayvachon-pharma.example', street='1800, route des Rivières', city='Lévis',
                  prov='QC', postal='G6Z 0A2', phone='418 555-0188', fax='418 555-0189'),
    'npharm': dict(name_fr='Pharmacie Main Street', name_en='Main Street Pharmacy', domain='mainstrx.example',
                   street='701 Main Street', city='Moncton', prov='NB', postal='E1C 0L8',
                   phone='506 555-0191', fax='506 555-0192'),
}

STAFF = [
    Staff('Catherine', 'Lavallée', 'dermatologue', 'Dermatologist', 'qc', 'F', True),
    Staff('Étienne', 'Provencher', 'dermatologue', 'Dermatologist', 'qc', 'M', True),
    Staff('Amélie', 'Beauchemin', 'dermatologue', 'Dermatologist', 'lav', 'F', True),
    Staff('Owen', 'Whitfield', 'dermatologue', 'Dermatologist', 'nb', 'M', True),
    Staff('Simran', 'Kaur', 'dermatologue', 'Dermatologist', 'nb', 'F', True),
    Staff('Mathieu', 'Vaillancourt', 'chirurgien plasticien', 'Plastic Surgeon', 'qc', 'M', True),
    Staff('Hélène', 'Sirois', 'chirurgienne plasticienne', 'Plastic Surgeon', 'qc', 'F', True),
    Staff('Adebayo', 'Okonkwo', 'chirurgien plasticien', 'Plastic Surgeon', 'nb', 'M', True),
    Staff('Julie', 'Marchand', 'infirmière clinicienne', 'Clinical Nurse', 'qc', 'F'),
    Staff('Karine', 'Trudel', 'infirmière – soins de plaies', 'Wound Care Nurse', 'qc', 'F'),
    Staff('Natasha', 'Novak', 'infirmière autorisée', 'Registered Nurse', 'nb', 'F'),
    Staff('Isabelle', 'Dufresne', 'infirmière – biologiques', 'Biologics Nurse Coordinator', 'lav', 'F'),
    Staff('Mélanie', 'Fontaine', 'agente administrative', 'Administrative Officer', 'qc', 'F'),
    Staff('Chantal', 'Beaulieu', 'secrétaire médicale', 'Medical Secretary', 'qc', 'F'),
    Staff('Brenda', 'Harrington', 'réceptionniste', 'Receptionist', 'nb', 'F'),
    Staff('Sophie', 'Desrosiers', 'coordonnatrice télédermatologie', 'Teledermatology Coordinator', 'td', 'F'),
    Staff('Kevin', 'Lindqvist', 'gestionnaire de clinique', 'Clinic Manager', 'nb', 'M'),
    Staff('Marc-André', 'Dubé', 'directeur des opérations', 'Director of Operations', 'qc', 'M'),
    Staff('Frédéric', 'Gosselin', 'pharmacien', 'Pharmacist', 'pharm', 'M'),
    Staff('Aisha', 'Rahman', 'pharmacienne', 'Pharmacist', 'npharm', 'F'),
    Staff('Patrick', 'Ferreira', 'technicien informatique', 'IT Technician', 'qc', 'M'),
    Staff('Nadia', 'Castellanos', 'conseillère RH', 'HR Advisor', 'qc', 'F'),
    Staff('Jean-François', 'Hamel', 'médecin de famille', 'Family Physician', 'gmf', 'M', True),
    Staff('Marie-Claude', 'Plourde', 'médecin de famille', 'Family Physician', 'gmf', 'F', True),
    Staff('Rachel', 'Adeyemi', 'médecin de famille', 'Family Physician', 'fam', 'F', True),
    Staff('Gregory', 'Lindsay', 'médecin de famille', 'Family Physician', 'fam', 'M', True),
    Staff('Valérie', 'Ménard', 'dermatopathologiste', 'Dermatopathologist', 'path', 'F', True),
    Staff('Ian', 'Sutherland', 'dermatopathologiste', 'Dermatopathologist', 'mpath', 'M', True),
    Staff('Josiane', 'Lacasse', 'infirmière soins à domicile', 'Home Care Nurse', 'clsc', 'F'),
    Staff('Ryan', 'Bastarache', 'infirmier – soins à domicile', 'Home Care Nurse', 'home', 'M'),
    Staff('Laurence', 'Picard', 'résidente en chirurgie plastique', 'Plastic Surgery Resident', 'hqc', 'F', True),
    Staff('Tomás', 'Quintero', 'résident en dermatologie', 'Dermatology Resident', 'hnb', 'M', True),
    Staff('Annie', 'Mercier-Blais', 'travailleuse sociale', 'Social Worker', 'hqc', 'F'),
    Staff('Derek', 'MacPhail', 'travailleur social', 'Social Worker', 'hnb', 'M'),
    Staff('Vanessa', 'Gervais', 'esthéticienne médicale', 'Medical Aesthetician', 'qc', 'F'),
    Staff('Olivia', 'Brennan', 'coordonnatrice – esthétique', 'Cosmetic Patient Coordinator', 'nb', 'F'),
    Staff('Luc', 'Tanguay', 'responsable des approvisionnements', 'Purchasing Lead', 'qc', 'M'),
]

STAFF_BY = {s.surname: s for s in STAFF}


def staff(surname):
    return STAFF_BY[surname]


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


# --------------------------------------------------------------------------
# Places for invented patients
# --------------------------------------------------------------------------
QC_PLACES = [('Québec', 'G1R'), ('Lévis', 'G6V'), ('Saint-Lambert-de-Lauzon', 'G0S'), ('Beauport', 'G1E'),
             ('Montmagny', 'G5V'), ('Laval', 'H7N'), ('Sherbrooke', 'J1H'), ('Rimouski', 'G5L'),
             ('Thetford Mines', 'G6G'), ('Saint-Georges', 'G5Y')]
NB_PLACES = [('Moncton', 'E1C'), ('Dieppe', 'E1A'), ('Shediac', 'E4P'), ('Riverview', 'E1B'),
             ('Sackville', 'E4L'), ('Bouctouche', 'E4S'), ('Fredericton', 'E3B'), ('Saint John', 'E2L'),
             ('Memramcook', 'E4K'), ('Richibucto', 'E4W')]
STREETS_FR = ['rue des Peupliers', 'rue Principale', 'avenue des Pins', 'rue du Ruisseau', 'chemin du Lac-Vert',
              'rue Saint-Joseph', 'rang Sainte-Anne', 'rue des Hirondelles', 'boulevard de la Rive']
STREETS_EN = ['Elmwood Drive', 'Mountain Road', 'Gorge Road', 'Birch Street', 'Lakeview Crescent',
              'Shediac Road', 'Pine Glen Road', 'Cedar Street', 'Coverdale Road']

LETTERS = 'ABCEGHJKLMNPRSTVWXYZ'


def postal(rng, prefix):
    return '%s %d%s%d' % (prefix, rng.randrange(10), rng.choice(LETTERS), rng.randrange(10))


INSTITUTION_SUFFIXES = {12, 13, 18, 19, 24, 25, 30, 31, 33, 37, 38, 42, 43, 50, 51, 60, 61, 75, 76, 81, 82, 88, 89,
                        91, 92, 7}
PHONE_SUFFIXES = [n for n in range(100) if n not in INSTITUTION_SUFFIXES]


def phone(rng, area=None):
    area = area or rng.choice(['418', '581', '450', '514', '819'])
    return '%s 555-01%02d' % (area, rng.choice(PHONE_SUFFIXES))


def fmt_phone(rng, p):
    area, rest = p.split(' ')
    style = rng.randrange(4)
    if style == 0:
        return '(%s) %s' % (area, rest)
    if style == 1:
        return '%s-%s' % (area, rest)
    if style == 2:
        return '%s.%s' % (area, rest.replace('-', '.'))
    return p


def fill_contact(rng, p, region):
    """Invent home address / phones for a person (region 'qc' or 'nb')."""
    if region == 'qc':
        city, pre = rng.choice(QC_PLACES)
        p.street = '%d, %s' % (rng.randrange(12, 2900), rng.choice(STREETS_FR))
        p.prov = 'QC'
        area = rng.choice(['418', '581'] if pre.startswith('G') else ['450', '514', '819'])
    else:
        city, pre = rng.choice(NB_PLACES)
        p.street = '%d %s' % (rng.randrange(12, 990), rng.choice(STREETS_EN + ['rue Champlain', 'rue Acadie']))
        p.prov = 'NB'
        area = '506'
    p.city = city
    p.postal = postal(rng, pre)
    p.phone = phone(rng, area)
    p.cell = phone(rng, area)
    dom = rng.choice(['courriel.example', 'mailbox.example', 'videotron-client.example', 'nbnet.example'])
    p.email = '%s.%s%d@%s' % (strip_accents(p.given).lower().replace('-', '').replace(' ', '')[:8],
                             strip_accents(p.surname).lower().replace("'", '').replace(' ', '')[:10],
                             rng.randrange(10, 99), dom)
    return p


def rand_dob(rng, lo=1935, hi=2006):
    y = rng.randrange(lo, hi + 1)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return dt.date(y, m, d)


def new_patient(rng, lang, region=None, sex=None, lo=1935, hi=2006):
    sex = sex or rng.choice('MF')
    if lang == 'fr':
        giv = rng.choice(PAT_GIVEN_FR_M if sex == 'M' else PAT_GIVEN_FR_F)
        sur = rng.choice(PAT_SUR_FR)
    else:
        if rng.random() < 0.25:
            giv = rng.choice(PAT_GIVEN_FR_M if sex == 'M' else PAT_GIVEN_FR_F)
            sur = rng.choice(PAT_SUR_FR)
        else:
            giv = rng.choice(PAT_GIVEN_EN_M if sex == 'M' else PAT_GIVEN_EN_F)
            sur = rng.choice(PAT_SUR_EN)
    p = Person(giv, sur, rand_dob(rng, lo, hi), sex)
    region = region or ('qc' if lang == 'fr' and rng.random() < 0.7 else 'nb')
    fill_contact(rng, p, region)
    p.mrn = mrn(rng, region)
    return p


def holder(rng, holders, used=None, lang=None):
    """Pick a NAM holder, with contact details invented deterministically."""
    h = rng.choice(holders)
    if h.street is None:
        fill_contact(rng, h, 'qc')
        h.mrn = mrn(rng, 'qc')
    return h


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
def mrn(rng, region):
    if region == 'qc':
        return '%07d' % rng.randrange(100000, 9999999)
    return 'M%08d' % rng.randrange(10000000, 99999999)


def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(rng, n):
    return rng.choice(['%s %s %s', '%s-%s-%s', '%s%s%s', '%s %s %s']) % (n[:3], n[3:6], n[6:])


def gen_ohip(rng):
    while True:
        body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def fmt_ohip(rng, n, vc=True):
    s = rng.choice(['%s-%s-%s', '%s %s %s', '%s%s%s']) % (n[:4], n[4:7], n[7:])
    if vc:
        s += rng.choice([' ', '-', ' ']) + rng.choice(['AK', 'BX', 'MN', 'TP', 'HG'])
    return s


def gen_niss(rng, dob, sex):
    yy = dob.strftime('%y%m%d')
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        base = '%s%03d' % (yy, seq)
        num = int(base) if dob.year < 2000 else int('2' + base)
        n = base + '%02d' % (97 - num % 97)
        if be_nn.is_valid(n):
            return n


def gen_nir(rng, dob, sex):
    while True:
        dep = rng.choice(['75', '69', '13', '33', '44', '2A', '35', '59'])
        body = '%d%s%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.strftime('%y'), dob.month, dep,
                                        rng.randrange(1, 990), rng.randrange(1, 999))
        n = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n):
    return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])


def luhn_decoy(rng, length):
    """Serial / lot / asset numbers that happen to pass a Luhn check (negatives)."""
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def fmt_nam(rng, nam, style=None):
    """Formats seen in real mail, including disguises."""
    styles = ['plain', 'space', 'space', 'lower', 'dots', 'slash', 'fullwidth', 'dash', 'spread']
    style = style or rng.choice(styles)
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'plain':
        return nam
    if style == 'space':
        return '%s %s %s' % (a, b, c)
    if style == 'lower':
        return ('%s %s %s' % (a, b, c)).lower()
    if style == 'dots':
        return '%s.%s.%s' % (a, b, c)
    if style == 'slash':
        return '%s/%s/%s' % (a, b, c)
    if style == 'dash':
        return '%s-%s-%s' % (a, b, c)
    if style == 'spread':
        return ' '.join(nam[i:i + 2] for i in range(0, 12, 2))
    if style == 'fullwidth':
        return ''.join(chr(ord(ch) + 0xFEE0) if ch.isalnum() else ch for ch in '%s %s %s' % (a, b, c))
    return nam


def fmt_date(rng, d, lang, style=None):
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
            'octobre', 'novembre', 'décembre']
    months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
              'October', 'November', 'December']
    style = style if style is not None else rng.randrange(4)
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%m/%d/%Y')
    if style == 2:
        if lang == 'fr':
            return '%d %s %d' % (d.day, mois[d.month - 1], d.year)
        return '%s %d, %d' % (months[d.month - 1], d.day, d.year)
    return d.strftime('%Y/%m/%d') if lang == 'fr' else '%d-%s-%d' % (d.day, months[d.month - 1][:3], d.year)


def fmt_day(d, lang):
    jours = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
    days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
            'octobre', 'novembre', 'décembre']
    months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
              'October', 'November', 'December']
    if lang == 'fr':
        return '%s %d %s' % (jours[d.weekday()], d.day, mois[d.month - 1])
    return '%s, %s %d' % (days[d.weekday()], months[d.month - 1], d.day)


def signature(rng, st, lang, short=False):
    s = SITES[st.site]
    name = s['name_fr'] if lang == 'fr' else s['name_en']
    if short or rng.random() < 0.2:
        return '%s\n%s' % (st.dname(lang) if rng.random() < 0.5 else st.given, name)
    lines = ['--', st.dname(lang), st.role(lang).capitalize() if lang == 'fr' else st.role(lang), name]
    if s['street']:
        if s['prov'] == 'QC':
            lines.append('%s, %s (Québec) %s' % (s['street'], s['city'], s['postal']))
        else:
            lines.append('%s, %s NB  %s' % (s['street'], s['city'], s['postal']))
    tel = 'Tél. ' if lang == 'fr' else 'Tel. '
    ln = tel + s['phone']
    if s['fax'] and rng.random() < 0.6:
        ln += ('  |  Téléc. ' if lang == 'fr' else '  |  Fax ') + s['fax']
    lines.append(ln)
    if rng.random() < 0.5:
        lines.append(st.email())
    if rng.random() < 0.45:
        if lang == 'fr':
            lines.append('\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements '
                         'confidentiels. Si vous l\'avez reçu par erreur, veuillez le détruire et en aviser l\'expéditeur.')
        else:
            lines.append('\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information. '
                         'If you received it in error, please delete it and notify the sender.')
    return '\n'.join(lines)


def greet(rng, lang, name=None):
    if lang == 'fr':
        if name:
            return rng.choice(['Bonjour %s,', 'Bonjour %s,', '%s,', 'Salut %s,' if ' ' not in name else 'Bonjour %s,']) % name
        return rng.choice(['Bonjour,', 'Bonjour,', 'Allo,', 'Bon matin,', 'Bonjour,'])
    if name:
        return rng.choice(['Hi %s,', 'Hello %s,', 'Dear %s,', '%s,', 'Good morning %s,']) % name
    return rng.choice(['Hi,', 'Hello,', 'Good morning,', 'Hi there,', 'Hello,'])


def greet_name(st, lang):
    """How colleagues address each other in a greeting line."""
    if st.dr:
        if lang == 'fr':
            return ('Dre ' if st.sex == 'F' else 'Dr ') + st.surname
        return 'Dr. ' + st.surname
    return st.given


def bye(rng, lang):
    if lang == 'fr':
        return rng.choice(['Merci,', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,', 'Au plaisir,', 'Merci !'])
    return rng.choice(['Thanks,', 'Thank you,', 'Regards,', 'Best,', 'Cheers,', 'Many thanks,'])


def T(lang, fr, en):
    return fr if lang == 'fr' else en
