"""Shared data and helpers: seeded RNG, people, institutions, identifiers.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 117443
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


def rng_for(tag):
    """Independent deterministic RNG for one message / purpose."""
    return random.Random('%d/%s' % (SEED, tag))


# ---------------------------------------------------------------- text utils
def strip_accents(s):
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('’', "'").replace('«\u00a0', '"')
    s = s.replace('\u00a0»', '"').replace('«', '"').replace('»', '"').replace('—', '-').replace('–', '-')
    s = s.replace('\u00a0', ' ').replace('…', '...').replace('µ', 'u')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def fold(s):
    """Accent- and case-insensitive comparison key."""
    return strip_accents(unicodedata.normalize('NFKC', s)).lower()


FW = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def fullwidth(s):
    return ''.join(FW.get(c, c) for c in s)


# ---------------------------------------------------------------- NAM holders
class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.mrn = None

    def full(self):
        return '%s %s' % (self.given, self.surname)

    def rev(self):
        return '%s, %s' % (self.surname.upper(), self.given)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def age(self, on):
        d = self.dob
        return on.year - d.year - ((on.month, on.day) < (d.month, d.day))

    def __repr__(self):
        return 'Person(%s)' % self.full()


def load_nam_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = map(int, dob.split('-'))
            out.append(Person(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = {fold(p.surname) for p in NAM_HOLDERS}


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'plain': nam,
        'space': '%s %s %s' % (a, b, c),
        'dash': '%s-%s-%s' % (a, b, c),
        'dots': '%s.%s.%s' % (a, b, c),
        'slash': '%s/%s/%s' % (a, b, c),
        'lower': nam.lower(),
        'lowerspace': ('%s %s %s' % (a, b, c)).lower(),
        'wide': fullwidth(nam),
        'widesp': fullwidth(a) + ' ' + fullwidth(b) + ' ' + fullwidth(c),
        'odd': '%s %s %s %s' % (a, b[:2], b[2:], c),
        'double': '%s  %s  %s' % (a, b, c),
    }[style]


# ---------------------------------------------------------------- name pools
STAFF_GIVEN_F = ['Évelyne', 'Isabelle', 'Karine', 'Mélanie', 'Chantal', 'Julie', 'Stéphanie', 'Caroline',
                 'Anne-Marie', 'Véronique', 'Amélie', 'Nadia', 'Priya', 'Fatima', 'Rachel', 'Heather',
                 'Claudia', 'Marie-Ève', 'Joanie', 'Hélène', 'Lise', 'Annie', 'Sophie', 'Catherine']
STAFF_GIVEN_M = ['François', 'Jean-Philippe', 'Mathieu', 'Sébastien', 'Patrick', 'Olivier', 'Étienne',
                 'Alexandre', 'Yannick', 'Kevin', 'Daniel', 'Raymond', 'Samir', 'Hugo', 'Benoît', 'Simon',
                 'Nicolas', 'Vincent', 'Guillaume', 'Martin']
STAFF_SURNAMES = ['Lussier', 'Desrosiers', 'Beauchemin', 'Charbonneau', 'Vézina', 'Lemieux', 'Archambault',
                  'Hébert', 'Dufresne', 'Marcotte', 'Turcotte', 'Provencher', 'Gingras', 'Rioux', 'Belzile',
                  'Lachance', 'Dion', 'Landry', 'Mercier', 'Bisson', 'Grenier', 'Labbé', 'Ouimet', 'Plante',
                  'Robitaille', 'St-Onge', 'Vaillancourt', 'Chartrand', 'Chevalier', 'Patel', 'Nguyen',
                  'Haddad', 'Okafor', 'Kowalski', "O'Neill", 'Campbell', 'Fraser', 'Diallo', 'Benali',
                  'Rodriguez', 'Lafrenière', 'Deschênes', 'Brassard', 'Corriveau']
PAT_GIVEN_F = ['Lucie', 'Huguette', 'Jeannine', 'Monique', 'Gisèle', 'Thérèse', 'Rita', 'Colette', 'Yolande',
               'Micheline', 'Francine', 'Carole', 'Louise', 'Margaret', 'Doris', 'Linda', 'Suzanne',
               'Pierrette', 'Lorraine', 'Aline', 'Johanne', 'Brenda', 'Irène', 'Solange']
PAT_GIVEN_M = ['Yvon', 'Réal', 'Gaétan', 'Rosaire', 'Marcel', 'Normand', 'Jean-Guy', 'Roger', 'Fernand',
               'Bertrand', 'Conrad', 'Gérald', 'Ronald', 'Kenneth', 'Lionel', 'Armand', 'Denis', 'Clément',
               'Ghislain', 'Raynald', 'Wayne', 'Laurent', 'Aurèle', 'Jacques-Yves']
PAT_SURNAMES = ['Tremblay', 'Bergeron', 'Desjardins', 'Lévesque', 'Gosselin', 'Beaulieu', 'Côté', 'Fiset',
                'Lachapelle', 'Bilodeau', 'Pépin', 'Boisvert', 'Rouleau', 'Doucet', 'Auclair', 'Gendron',
                'Lamontagne', 'Sirois', 'Thériault', 'Vachon', 'Blais', 'Leclerc', 'Drouin', 'Hamelin',
                'Jolicoeur', 'Riendeau', 'Quintal', 'Asselin', 'McKenna', 'Henderson', 'Kowalczyk', 'Ferreira',
                'Arsenault', 'Painchaud', 'Ducharme', 'Fontaine', 'Lepage', 'Marchand', 'Trudel', 'Paradis']

for _s in STAFF_SURNAMES + PAT_SURNAMES:
    assert fold(_s) not in NAM_SURNAMES, _s


def staff(r, sex=None):
    sex = sex or r.choice('FM')
    g = r.choice(STAFF_GIVEN_F if sex == 'F' else STAFF_GIVEN_M)
    return g, r.choice(STAFF_SURNAMES), sex


CHILD_GIVEN_F = ['Léa', 'Florence', 'Rosalie', 'Maëlle', 'Charlie', 'Zoé', 'Alicia', 'Béatrice', 'Olivia']
CHILD_GIVEN_M = ['Félix', 'Thomas', 'Zachary', 'Nathan', 'Logan', 'Jacob', 'Édouard', 'Samuel', 'Arnaud']


def invent_patient(r, ref_date, age_range=(48, 96), sex=None):
    sex = sex or r.choice('FM')
    if age_range[1] < 18:
        g = r.choice(CHILD_GIVEN_F if sex == 'F' else CHILD_GIVEN_M)
    else:
        g = r.choice(PAT_GIVEN_F if sex == 'F' else PAT_GIVEN_M)
    s = r.choice(PAT_SURNAMES)
    age = r.randint(*age_range)
    dob = datetime.date(ref_date.year - age, r.randint(1, 12), r.randint(1, 28))
    return Person(s, g, dob, sex)


# ---------------------------------------------------------------- organisations
ORGS = {
    'maison': dict(fr='Maison de soins palliatifs Le Havre-des-Pins', en='Havre-des-Pins Palliative Care Residence',
                   dom='havredespins.example', tel='450 555-0112', fax='450 555-0113',
                   addr='2180, chemin du Lac-aux-Hérons, Val-des-Érables (Québec)  J0R 2K0'),
    'sad': dict(fr='Soutien à domicile – CLSC des Trois-Rivages', en='Home Care – Trois-Rivages CLSC',
                dom='cisss-vde.example', tel='450 555-0140', fax='450 555-0141',
                addr='55, rue Principale Nord, Val-des-Érables (Québec)  J0R 1C4'),
    'ecsp': dict(fr='Équipe de consultation en soins palliatifs – HRVE',
                 en='Palliative Care Consult Team – HRVE', dom='hrve.example', tel='450 555-0163',
                 fax='450 555-0164', addr='900, boul. des Cèdres, Val-des-Érables (Québec)  J0R 1E1'),
    'hopital': dict(fr='Hôpital régional du Val-des-Érables', en='Val-des-Érables Regional Hospital',
                    dom='hrve.example', tel='450 555-0160', fax='450 555-0161',
                    addr='900, boul. des Cèdres, Val-des-Érables (Québec)  J0R 1E1'),
    'pharma': dict(fr='Pharmacie Dubreuil & Hamel', en='Dubreuil & Hamel Pharmacy', dom='pharmadubreuil.example',
                   tel='450 555-0178', fax='450 555-0179',
                   addr='310, rue Saint-Georges, Val-des-Érables (Québec)  J0R 1B6'),
    'gmf': dict(fr='GMF des Cèdres', en='GMF des Cèdres family medicine group', dom='gmfcedres.example',
                tel='450 555-0125', fax='450 555-0126', addr='1200, boul. des Cèdres, bureau 200, Val-des-Érables'),
    'amm': dict(fr="Coordination de l'aide médicale à mourir – CISSS du Val-des-Érables",
                en='MAID coordination office – CISSS du Val-des-Érables', dom='cisss-vde.example',
                tel='450 555-0150', fax='450 555-0151', addr='55, rue Principale Nord, Val-des-Érables'),
    'deuil': dict(fr='Service de suivi de deuil – Le Havre-des-Pins', en='Bereavement service – Havre-des-Pins',
                  dom='havredespins.example', tel='450 555-0115', fax='450 555-0113',
                  addr='2180, chemin du Lac-aux-Hérons, Val-des-Érables'),
    'benevole': dict(fr='Service des bénévoles – Le Havre-des-Pins', en='Volunteer services – Havre-des-Pins',
                     dom='havredespins.example', tel='450 555-0116', fax='450 555-0113',
                     addr='2180, chemin du Lac-aux-Hérons, Val-des-Érables'),
    'lucioles': dict(fr='Maison de répit pédiatrique Les Lucioles', en='Les Lucioles paediatric respite house',
                     dom='lucioles.example', tel='819 555-0132', fax='819 555-0133',
                     addr='47, rue des Ormes, Pointe-aux-Merles (Québec)  J0T 3A2'),
    'fondation': dict(fr='Fondation du Havre-des-Pins', en='Havre-des-Pins Foundation', dom='havredespins.example',
                      tel='450 555-0118', fax='450 555-0113', addr='2180, chemin du Lac-aux-Hérons'),
    'ottawa': dict(fr='Programme régional de soins palliatifs de l\'Outaouais-Est',
                   en='Ottawa East Regional Hospice Program', dom='oerhp.example', tel='613 555-0147',
                   fax='613 555-0148', addr='1450 Riverside Crescent, Ottawa ON  K1G 0Z9'),
}
PERSONAL_DOMAINS = ['courriel.example', 'mail.example', 'monfournisseur.example', 'netbox.example',
                    'postebleue.example']
TOWNS = ['Val-des-Érables', 'Lac-aux-Hérons', 'Saint-Amable-des-Pins', 'Pointe-aux-Merles',
         'Rivière-Noire-Nord', 'Sainte-Perpétue-des-Monts']
STREETS = ['rue des Merisiers', 'chemin du Rang-Double', 'rue Principale', 'montée Gagné-Sud', 'rue des Pins',
           'avenue des Bouleaux', 'rang Saint-Joseph', 'rue de la Fabrique', 'croissant des Lilas',
           'chemin de la Grève', 'rue du Moulin', 'boulevard Laurier-Est']
POSTAL = ['J0R 1A0', 'J0R 2K0', 'J0T 3A2', 'J0R 1H3', 'J0T 1B7', 'J0R 2M5']


def address(r):
    return '%d, %s, %s (Québec)  %s' % (r.randint(12, 3980), r.choice(STREETS), r.choice(TOWNS), r.choice(POSTAL))


def phone(r, area=None):
    return '%s 555-01%02d' % (area or r.choice(['450', '450', '819', '514', '579']), r.randint(0, 99))


def email_addr(given, surname, dom, r=None, style=None):
    g = strip_accents(given).lower().replace(' ', '').replace("'", '')
    s = strip_accents(surname).lower().replace(' ', '').replace("'", '')
    style = style or (r.choice(['dot', 'initial', 'full']) if r else 'dot')
    if style == 'dot':
        loc = '%s.%s' % (g, s)
    elif style == 'initial':
        loc = '%s%s' % (g[0], s)
    else:
        loc = '%s_%s' % (g, s)
    return '%s@%s' % (loc, dom)


# ---------------------------------------------------------------- identifiers
def gen_sin(r):
    while True:
        base = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        n = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(n, style='space'):
    return {'space': '%s %s %s', 'dash': '%s-%s-%s', 'plain': '%s%s%s', 'dot': '%s.%s.%s'}[style] % (
        n[:3], n[3:6], n[6:])


def gen_ohip(r):
    base = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
    n = base + luhn.calc_check_digit(base)
    assert luhn.is_valid(n) and len(n) == 10
    vc = r.choice(['AB', 'KZ', 'MN', 'XT', 'HG', ''])
    return n, vc


def fmt_ohip(n, vc, style='dash'):
    core = {'dash': '%s-%s-%s', 'space': '%s %s %s', 'plain': '%s%s%s'}[style] % (n[:4], n[4:7], n[7:])
    return core + ((' ' if style != 'plain' else '') + vc if vc else '')


def gen_niss(r, dob, sex):
    while True:
        serial = r.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        first9 = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, serial)
        num = int(('2' if dob.year >= 2000 else '') + first9)
        n = first9 + '%02d' % (97 - num % 97)
        if be_nn.is_valid(n):
            return n


def fmt_niss(n, style='be'):
    if style == 'be':
        return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if style == 'space':
        return '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return n


def gen_nir(r, dob, sex):
    while True:
        dept = r.choice(['75', '69', '13', '33', '59', '2A', '44', '67', '31'])
        d13 = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dept,
                                        r.randint(1, 990), r.randint(1, 999))
        n = d13 + fr_nir.calc_check_digits(d13)
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n, style='space'):
    if style == 'space':
        return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return n


def gen_mrn(r):
    style = r.choice(['hrve', 'num', 'h', 'dossier'])
    num = r.randint(100000, 999999)
    if style == 'hrve':
        return 'HRVE-%07d' % num
    if style == 'h':
        return 'H%07d' % num
    if style == 'num':
        return '%d' % r.randint(1000000, 9999999)
    return '%06d' % num


def luhn_serial(r, length):
    base = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(length - 2))
    return base + luhn.calc_check_digit(base)


# ---------------------------------------------------------------- dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fdate(d, lang, style='long'):
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'num':
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%Y-%m-%d')
    if style == 'dots':
        return d.strftime('%Y.%m.%d')
    if style == 'day':
        if lang == 'fr':
            return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
        return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)
    if lang == 'fr':
        return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
    return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)


def msg_date(r):
    d = datetime.date(2024, 9, 2) + datetime.timedelta(days=r.randint(0, 290))
    return datetime.datetime(d.year, d.month, d.day, r.randint(6, 22), r.randint(0, 59), r.randint(0, 59))
