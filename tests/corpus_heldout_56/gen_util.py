"""Shared helpers: people, identifiers, dates, wording.

Every NAM comes from ../blind_nams.txt; every other identifier is generated
and validated with python-stdnum.  All names, places, institutions, domains
and phone numbers are invented (.example domains, 555 numbers).
"""
import datetime
import os

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet',
        'août', 'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

FR_F = ['Marie', 'Julie', 'Isabelle', 'Nathalie', 'Sylvie', 'Chantal', 'Josée', 'Mélanie',
        'Geneviève', 'Émilie', 'Catherine', 'Annie', 'Karine', 'Valérie', 'Stéphanie',
        'Sophie', 'Louise', 'Francine', 'Ginette', 'Lise', 'Monique', 'Diane', 'Hélène',
        'Véronique', 'Maryse', 'Caroline', 'Audrey', 'Camille', 'Léa', 'Rosalie',
        'Jeannine', 'Thérèse', 'Gisèle', 'Rolande', 'Lucie', 'Manon', 'Nancy', 'Marie-Ève',
        'Anne-Sophie', 'Gabrielle', 'Mireille', 'Pierrette']
FR_M = ['Jean', 'Pierre', 'Michel', 'André', 'Claude', 'Luc', 'Marc', 'Sylvain', 'Stéphane',
        'Martin', 'Éric', 'François', 'Yves', 'Réjean', 'Gilles', 'Normand', 'Benoît',
        'Mathieu', 'Olivier', 'Guillaume', 'Simon', 'Alexandre', 'Jérôme', 'Gaétan', 'Denis',
        'Rosaire', 'Gérard', 'Raymond', 'Félix', 'Samuel', 'Jean-François', 'Marc-André',
        'Ghislain', 'Serge', 'Richard', 'Bruno']
FR_S = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie',
        'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron',
        'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Caron', 'Beaulieu', 'Cloutier',
        'Dubé', 'Poirier', 'Fournier', 'Leclerc', 'Lefebvre', 'Poulin', 'Thibault',
        'St-Pierre', 'Nadeau', 'Martel', 'Gilbert', 'Hébert', 'Desjardins', 'Langlois',
        'Villeneuve', 'Bérubé', 'Thériault', 'Vachon', 'Lachance', 'Plante', 'Dufour',
        'Grenier', 'Savard', 'Mercier', 'Proulx', 'Charbonneau', 'Gingras', 'Beaudoin',
        'Turcotte', 'Drouin', 'Labelle', 'Marcoux', 'Paradis', 'Rioux', 'Asselin', 'Bisson',
        'Doucet', 'Allard', 'Perron', 'Champagne', 'Desrosiers', 'Lemieux', 'Ménard']
EN_F = ['Emily', 'Sarah', 'Jessica', 'Olivia', 'Megan', 'Laura', 'Karen', 'Linda', 'Susan',
        'Rachel', 'Hannah', 'Grace', 'Chloe', 'Amanda', 'Heather', 'Priya', 'Fatima', 'Mei']
EN_M = ['James', 'John', 'Robert', 'Michael', 'David', 'Daniel', 'Ryan', 'Kevin', 'Brian',
        'Thomas', 'Patrick', 'Liam', 'Ethan', 'Nathan', 'Owen', 'Arjun', 'Kwame', 'Omar']
EN_S = ['Smith', 'Brown', 'Wilson', 'MacDonald', 'Campbell', 'Stewart', 'Anderson', 'Taylor',
        'Thompson', 'Murphy', "O'Brien", 'Kelly', 'Walsh', 'Patel', 'Singh', 'Nguyen', 'Chen',
        'Wong', 'Reid', 'Fraser', 'Morrison', 'Hughes', 'Bennett', 'Graham', 'Sullivan',
        'Kowalski', 'Haddad', 'Mensah', 'Okafor', 'Santos', 'Ferreira', 'Ibrahim']
BE_S = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens',
        'Wouters', 'Dubois', 'Lambert', 'Dupont', 'Lemaire', 'Renard', 'Hermans', 'Vandamme']
FRA_S = ['Martin', 'Bernard', 'Durand', 'Moreau', 'Laurent', 'Garnier', 'Rousseau', 'Blanc',
         'Guérin', 'Faure', 'Chevalier', 'Lemoine', 'Marchand', 'Perrin', 'Roux', 'Fabre']

# Invented places -----------------------------------------------------------
CITIES_QC = [('Saint-Aubin-des-Monts', 'J0T'), ('Bellerive-Nord', 'J7Z'),
             ('Lac-aux-Hérons', 'J0K'), ('Val-Sainte-Odile', 'G0X'),
             ('Sainte-Mélisande', 'J5W'), ('Pointe-aux-Ormes', 'H9X'),
             ('Rivière-Cendrée', 'G0L'), ('Notre-Dame-des-Brumes', 'J0W')]
STREETS_FR = ['rue des Érables-Rouges', 'rang du Petit-Brûlé', 'avenue des Hérons',
              'rue Principale Ouest', 'boul. des Cèdres-Bleus', 'chemin du Lac-Caché',
              'rue de la Fabrique-Vieille', 'montée des Pins-Gris', 'rue Saint-Ambroise-Nord',
              'croissant des Mésanges', 'rue du Moulin-Rompu', 'avenue Bellerive']
CITIES_ON = [('Lakeshore Ridge', 'ON', 'K0L'), ('Port Elmsworth', 'ON', 'L0R'),
             ('North Cobalt Falls', 'ON', 'P0J')]
STREETS_EN = ['Maple Hollow Rd', 'Birchwood Crescent', 'Old Mill Lane', 'Harbourview Dr',
              'Elmsworth Ave', 'Cedar Bluff St']

HOSP = [
    {'name': 'Hôpital Sainte-Odile-du-Lac', 'short': 'HSOL', 'dom': 'hsol.ciusss-hauteriviere.example',
     'mrn': 'H', 'area': '450'},
    {'name': 'Centre hospitalier de Bellerive-Nord', 'short': 'CHBN', 'dom': 'chbn.ciusss-hauteriviere.example',
     'mrn': 'BN', 'area': '819'},
    {'name': 'Hôpital régional de Rivière-Cendrée', 'short': 'HRRC', 'dom': 'hrrc.cisss-cendree.example',
     'mrn': '', 'area': '418'},
]
DSP = {'name': 'Direction de santé publique de la Haute-Rivière', 'short': 'DSPu',
       'dom': 'dsp.ciusss-hauteriviere.example', 'area': '450'}
LAB = {'name': 'Laboratoire régional de microbiologie Haute-Rivière', 'dom': 'labo-hauteriviere.example'}
CHSLD = ['CHSLD des Pins-Gris', "CHSLD Marguerite-d'Aubigny", 'CHSLD du Lac-Caché']
RPA = ["Résidence Les Jardins d'Ambroise", 'Manoir des Trois-Hérons', 'Résidence Le Boisé-Doré']
SCHOOLS = ['École primaire des Mésanges', 'École secondaire du Plateau-Bleu',
           'CPE Les Petits Hérons', 'Garderie Les Lucioles']
ON_HOSP = {'name': 'Lakeshore Ridge General Hospital', 'dom': 'lrgh.example', 'area': '613'}
BE_HOSP = {'name': 'Clinique universitaire Saint-Rombaut', 'dom': 'clinique-strombaut.example'}
FR_HOSP = {'name': 'Centre hospitalier de Vauclair-sur-Loire', 'dom': 'ch-vauclair.example'}

UNITS_FR = ['4B médecine', '3 Nord', '5e chirurgie', 'unité de gériatrie (2A)', 'USI',
            'UCDG', 'médecine interne 6e', 'unité de courte durée', 'unité 7 Est', 'urgence']
UNITS_EN = ['4B Medicine', '3 North', 'Surgery 5', 'Geriatrics 2A', 'ICU', 'Internal Medicine 6',
            'Unit 7 East', 'Emergency']


def fdate(d, lang, style=None, rng=None):
    """Format a date in one of several human styles."""
    if style is None:
        style = rng.choice(['iso', 'num', 'long', 'short']) if rng else 'iso'
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'num':
        return d.strftime('%d/%m/%Y')
    if style == 'short':
        return d.strftime('%d-%m-%y') if lang == 'fr' else d.strftime('%m/%d/%y')
    if lang == 'fr':
        return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
    return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)


def fday(d, lang):
    """'mardi 4 mars' / 'Tuesday, March 4'."""
    if lang == 'fr':
        return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def L(lang, fr, en):
    return fr if lang == 'fr' else en


class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.mrn = None
        self.ohip = None
        self.ohip_vc = None
        self.niss = None
        self.nir = None
        self.sin = None
        self.address = None
        self.phone = None
        self.email = None

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def full(self):
        return '%s %s' % (self.given, self.surname)


class Staff:
    def __init__(self, given, surname, sex, role, email, phone, ext):
        self.given, self.surname, self.sex = given, surname, sex
        self.role, self.email, self.phone, self.ext = role, email, phone, ext

    def full(self):
        return '%s %s' % (self.given, self.surname)


def load_nams():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            parts = line.split()
            surname, given, dob, sex, nam = parts[0], parts[1], parts[2], parts[3], parts[4]
            y, m, d = (int(x) for x in dob.split('-'))
            people.append(Person(surname, given, datetime.date(y, m, d), sex, nam))
    return people


# Identifier generators (validated) -------------------------------------------
def gen_sin(rng):
    while True:
        first = rng.choice('1234567')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num) and len(num) == 10:
            return num


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        val = int(('2' + base) if dob.year >= 2000 else base)
        check = 97 - (val % 97)
        num = base + '%02d' % check
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob:
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '44', '33', '59', '37', '45', '21', '63'])
        body = '%s%s%02d%s%03d%03d' % ('1' if sex == 'M' else '2', dob.strftime('%y'), dob.month,
                                       dept, rng.randint(1, 990), rng.randint(1, 999))
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def check_ids(p):
    """Assert generated identifiers are valid."""
    if p.sin:
        assert ca_sin.is_valid(p.sin), p.sin
    if p.ohip:
        assert luhn.is_valid(p.ohip) and len(p.ohip) == 10
    if p.niss:
        assert be_nn.is_valid(p.niss)
    if p.nir:
        assert fr_nir.is_valid(p.nir)


# Presentation variants (including light disguise) ---------------------------
def show_nam(nam, rng):
    v = rng.random()
    if v < 0.35:
        return nam
    if v < 0.65:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if v < 0.75:
        return ('%s %s %s' % (nam[:4], nam[4:8], nam[8:])).lower()
    if v < 0.85:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if v < 0.93:
        return '%s %s' % (nam[:4], nam[4:])
    return ' '.join(nam[:4]) + ' ' + nam[4:]


def show_sin(s, rng):
    return rng.choice([s, '%s %s %s' % (s[:3], s[3:6], s[6:]), '%s-%s-%s' % (s[:3], s[3:6], s[6:])])


def show_ohip(p, rng):
    h = p.ohip
    v = rng.random()
    if v < 0.4:
        return '%s-%s-%s-%s' % (h[:4], h[4:7], h[7:], p.ohip_vc)
    if v < 0.7:
        return '%s %s %s %s' % (h[:4], h[4:7], h[7:], p.ohip_vc)
    if v < 0.85:
        return h + p.ohip_vc
    return h


def show_niss(n, rng):
    return rng.choice(['%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
                       n, '%s %s %s' % (n[:6], n[6:9], n[9:])])


def show_nir(n, rng):
    return rng.choice(['%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
                       n, '%s %s' % (n[:13], n[13:])])


def show_name(p, lang, rng, style=None):
    styles = ['full', 'title_full', 'title_sur', 'sur_comma', 'upper_comma', 'lower',
              'sur_given', 'initial']
    if style is None:
        style = rng.choice(styles)
    if style == 'full':
        return p.full()
    if style == 'title_full':
        return '%s %s' % (p.title(lang), p.full())
    if style == 'title_sur':
        return '%s %s' % (p.title(lang), p.surname)
    if style == 'sur_comma':
        return '%s, %s' % (p.surname, p.given)
    if style == 'upper_comma':
        return '%s, %s' % (p.surname.upper(), p.given)
    if style == 'lower':
        return p.full().lower()
    if style == 'sur_given':
        return '%s %s' % (p.surname.upper(), p.given)
    return '%s %s.' % (p.surname, p.given[0])


def typo(text, rng, rate=0.04):
    """Introduce a few realistic typos in free text words (never digits)."""
    words = text.split(' ')
    out = []
    for w in words:
        if len(w) > 4 and w.isalpha() and w.islower() and rng.random() < rate:
            i = rng.randint(1, len(w) - 2)
            k = rng.random()
            if k < 0.5:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif k < 0.8:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return ' '.join(out)


def strip_accents_maybe(text, rng, p=0.15):
    """Some people type without accents."""
    if rng.random() >= p:
        return text
    table = str.maketrans('éèêëàâîïôûùçÉÈÊÀÇ', 'eeeeaaiiouucEEEAC')
    return text.translate(table)


def dde(x):
    """French elision: 'de X' or "d'X"."""
    return ("d'" + x) if x[:1].lower() in 'aeiouyéèêàâîôûh' else ('de ' + x)
