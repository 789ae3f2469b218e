"""Shared data and helpers: organisation, people, identifiers, dates, formatting.

Everything here is invented.  RAMQ NAMs are read only from ../blind_nams.txt
(relative to this file).
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
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

ORG = 'CISSS des Deux-Rives'
DOM = 'deuxrives.example'
SITE_FR = 'Hôpital Saint-Anselme'
SITE_EN = 'Rivermount General Hospital'
SITE_FR_ADDR = '1200, boulevard du Rivage, Saint-Anselme-des-Rives (Québec)  J0X 1A0'
SITE_EN_ADDR = '455 Mountview Road, Rivermount, QC  H0X 2B0'
CLSCS = ['CLSC du Vieux-Moulin', 'CLSC des Battures', 'CLSC Rivermount-Ouest', 'CLSC de la Presqu\'île']
CHSLDS = ['CHSLD des Pins-Gris', 'CHSLD Marguerite-Lavigne', 'Rivermount Long-Term Care Pavilion']
AREA = ['450', '514', '438', '819', '579']


# --------------------------------------------------------------------------- NAM holders

class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam


def load_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, datetime.date.fromisoformat(dob), sex, nam))
    return out


HOLDERS = load_holders()
HOLDER_SURNAMES = sorted({h.surname for h in HOLDERS})


def fold(s):
    """Lower-case, accent-free, compatibility-normalised text."""
    s = unicodedata.normalize('NFKC', s)
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


# --------------------------------------------------------------------------- name pools
# Patient pools never use a NAM-holder surname; staff pools use a third set.
_hs = {fold(s) for s in HOLDER_SURNAMES}

PAT_SUR_FR = [s for s in [
    'Tremblay', 'Côté', 'Lavoie', 'Bergeron', 'Dufour', 'Gingras', 'Lemieux', 'Desjardins', 'Beaulieu',
    'Vachon', 'Poulin', 'Lachance', 'Rioux', 'Dionne', 'Hébert', 'Bélisle', 'Marchand', 'Drouin', 'Lacroix',
    'Ménard', 'Tessier', 'Boivin', 'Charest', 'Lévesque', 'Perron', 'Paradis', 'Dubé', 'Fréchette', 'Labbé',
    'Turcotte', 'Giguère', 'Bissonnette', 'Arsenault', 'Chiasson', 'Lambert', 'Mercier', 'Provost',
    'Rousseau', 'Sirois', 'Villeneuve', 'Thériault', 'Gosselin', 'Pépin', 'Veilleux', 'Bolduc', 'Larouche',
    'Doucet', 'Harvey', 'Couture', 'Jolicoeur'] if fold(s) not in _hs]
PAT_SUR_EN = [s for s in [
    'Campbell', 'Murphy', 'Kelly', "O'Brien", 'Fraser', 'Stewart', 'Reid', 'Grant', 'Henderson', 'Walsh',
    'Doyle', 'Sinclair', 'Morrison', 'Hughes', 'Patterson', 'Bennett', 'Crawford', 'Ferguson', 'McKenna',
    'Gallagher', 'Donovan', 'Hayes', 'Nguyen', 'Haddad', 'Khalil', 'Diallo', 'Joseph', 'Santos',
    'Kowalski', 'Rossi', 'Chen', 'Singh', 'Papadopoulos', 'Ferreira', 'Lindsay', 'Burke', 'Quinn'] if fold(s) not in _hs]
GIV_F_FR = ['Ginette', 'Thérèse', 'Lise', 'Huguette', 'Monique', 'Francine', 'Réjeanne', 'Carole', 'Hélène',
            'Jocelyne', 'Micheline', 'Nicole', 'Louise', 'Chantal', 'Isabelle', 'Mélanie', 'Karine', 'Valérie',
            'Annie', 'Émilie', 'Noémie', 'Rosalie', 'Léa', 'Yvette', 'Gisèle', 'Pierrette']
GIV_M_FR = ['Gaston', 'Réal', 'Marcel', 'Jean-Guy', 'Raymond', 'Fernand', 'Gérard', 'Normand', 'Claude',
            'Serge', 'Richard', 'Daniel', 'Alain', 'Sylvain', 'Martin', 'Patrice', 'Mathieu', 'Olivier',
            'Félix', 'Samuel', 'Maxime', 'Rosaire', 'Lucien', 'Yvon', 'Benoît', 'Jean-Marc']
GIV_F_EN = ['Margaret', 'Dorothy', 'Eileen', 'Patricia', 'Barbara', 'Joan', 'Linda', 'Susan', 'Karen',
            'Deborah', 'Heather', 'Tracy', 'Amanda', 'Jessica', 'Megan', 'Chloe', 'Hannah', 'Ruth', 'Agnes',
            'Maureen', 'Evelyn', 'Shirley']
GIV_M_EN = ['Harold', 'Walter', 'Frank', 'Kenneth', 'Donald', 'Gordon', 'Douglas', 'Stanley', 'Bernard',
            'Kevin', 'Brian', 'Trevor', 'Shawn', 'Derek', 'Tyler', 'Ryan', 'Connor', 'Ethan', 'Arthur',
            'Leonard', 'Raymond', 'Neil']

STAFF_SUR_FR = ['Beauchemin', 'Lafleur', 'Marcotte', 'Robitaille', 'St-Onge', 'Corriveau', 'Grondin',
                'Langlois', 'Brisson', 'Pageau', 'Nolin', 'Dallaire', 'Lanctôt', 'Primeau', 'Desrochers',
                'Vézina', 'Auclair', 'Cormier', 'Lussier', 'Thivierge', 'Bédard', 'Labrecque', 'Proulx',
                'Fontaine', 'Rivard', 'Ducharme']
STAFF_SUR_EN = ['Whitfield', 'Ashworth', 'Kerr', 'Pryce', 'Lindqvist', 'Okafor', 'Mehta', 'Abernathy',
                'Holloway', 'Carrington', 'Pemberton', 'Vasquez', 'Osei', 'Dunleavy', 'Kaplan', 'Sorensen',
                'Fairbanks', 'Ng', 'Banerjee', 'Heller', 'McAllister', 'Ridley']
STAFF_GIV_FR = ['Julie', 'Isabelle', 'Caroline', 'Marie-Ève', 'Geneviève', 'Stéphanie', 'Nancy',
                'Marie-Claude', 'Catherine', 'Josiane', 'Audrey', 'Sophie', 'Vincent', 'François', 'Éric',
                'Jean-François', 'Simon', 'Luc', 'Hugo', 'Annie', 'Véronique', 'Mylène']
STAFF_GIV_EN = ['Rachel', 'Laura', 'Melissa', 'Jennifer', 'Nicole', 'Sarah-Jane', 'Alison', 'Colleen',
                'Priya', 'Grace', 'Daniel', 'Matthew', 'Adam', 'Graham', 'Kwame', 'Owen', 'Philip',
                'Erin', 'Tamara', 'Beth']
for _s in STAFF_SUR_FR + STAFF_SUR_EN:
    assert fold(_s) not in _hs, _s

STREETS_FR = ['rue des Érables', 'rue Principale', 'rang Saint-Joseph', 'avenue du Parc', 'rue Notre-Dame',
              'rue des Pins', 'boulevard des Hauts-Bois', 'rue Sainte-Cécile', 'chemin du Lac-Vert',
              'rue de la Fabrique', 'montée Robillard', 'rue Champêtre', 'rue du Moulin']
STREETS_EN = ['Elm Street', 'Maple Crescent', 'Riverside Drive', 'Cedar Avenue', 'Lakeview Road',
              'Hillcrest Lane', 'Birch Street', 'Mountview Road', 'Church Street', 'Willow Court']
CITIES_QC = [('Saint-Anselme-des-Rives', 'J0X'), ('Rivermount', 'H0X'), ('Sainte-Adèle-du-Lac', 'J0Y'),
             ('Pointe-aux-Battures', 'J0W'), ('Vieux-Moulin', 'J0V'), ('Rivermount-Ouest', 'H0Y')]
CITIES_ON = [('Ottawa', 'K0A'), ('Hawkesbury', 'K0B'), ('Cornwall', 'K0C'), ('Rockland', 'K0D')]

TODAY = datetime.date(2024, 10, 15)

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def age(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------- dates

def dob_variants(d):
    """Every rendering of a birth date the generator may use (and the checker accepts)."""
    return [
        d.isoformat(),
        d.strftime('%d/%m/%Y'),
        d.strftime('%Y/%m/%d'),
        d.strftime('%d-%m-%Y'),
        d.strftime('%Y%m%d'),
        '%d %s %d' % (d.day, MOIS[d.month - 1], d.year),
        '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year),
        '%d %s %d' % (d.day, MONTHS[d.month - 1][:3], d.year),
        d.strftime('%d.%m.%Y'),
    ]


def fmt_dob(rng, d, lang):
    if lang == 'fr':
        idx = rng.choice([0, 1, 1, 2, 3, 5, 5, 8])
    else:
        idx = rng.choice([0, 0, 6, 6, 7, 1, 2])
    return dob_variants(d)[idx]


def fr_date(d, weekday=False):
    s = '%d %s' % (d.day, MOIS[d.month - 1])
    if d.day == 1:
        s = '1er %s' % MOIS[d.month - 1]
    return (JOURS[d.weekday()] + ' ' + s) if weekday else s


def en_date(d, weekday=False):
    s = '%s %d' % (MONTHS[d.month - 1], d.day)
    return (DAYS[d.weekday()] + ', ' + s) if weekday else s


def workday(rng, start=datetime.date(2024, 9, 3), end=datetime.date(2024, 11, 29)):
    span = (end - start).days
    while True:
        d = start + datetime.timedelta(days=rng.randrange(span + 1))
        if d.weekday() < 5:
            return d


def stamp(rng, d=None, weekend_ok=False):
    """An RFC 5322 Date header value with Quebec offset."""
    d = d or workday(rng)
    t = datetime.datetime(d.year, d.month, d.day, rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59))
    off = '-0400' if d < datetime.date(2024, 11, 3) else '-0500'
    wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][t.weekday()]
    mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.month - 1]
    return t, '%s, %02d %s %d %02d:%02d:%02d %s' % (wd, t.day, mon, t.year, t.hour, t.minute, t.second, off)


# --------------------------------------------------------------------------- identifiers

FW = {ord(c): chr(0xFF10 + i) for i, c in enumerate('0123456789')}


def fullwidth(s):
    return s.translate(FW)


def make_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        s = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(s):
            return s


def fmt_sin(s, style):
    return {'plain': s, 'space': '%s %s %s' % (s[:3], s[3:6], s[6:]), 'hyphen': '%s-%s-%s' % (s[:3], s[3:6], s[6:]),
            'dots': '%s.%s.%s' % (s[:3], s[3:6], s[6:]), 'fullwidth': fullwidth('%s %s %s' % (s[:3], s[3:6], s[6:])),
            'slash': '%s/%s/%s' % (s[:3], s[3:6], s[6:])}[style]


def make_ohip(rng):
    base = str(rng.randint(1, 9)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    return base + luhn.calc_check_digit(base)


def ohip_valid(s):
    return len(s) == 10 and s.isdigit() and luhn.is_valid(s)


def fmt_ohip(s, style, vc=''):
    g = '%s-%s-%s' % (s[:4], s[4:7], s[7:])
    return {'plain': s + vc, 'hyphen': g + ('-' + vc if vc else ''), 'space': '%s %s %s' % (s[:4], s[4:7], s[7:]) + (' ' + vc if vc else ''),
            'fullwidth': fullwidth('%s %s %s' % (s[:4], s[4:7], s[7:])) + (' ' + vc if vc else '')}[style]


def make_niss(rng, dob, sex):
    yy, mm, dd = dob.strftime('%y'), dob.strftime('%m'), dob.strftime('%d')
    while True:
        serial = rng.randrange(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        first9 = '%s%s%s%03d' % (yy, mm, dd, serial)
        num = int(('2' if dob.year >= 2000 else '') + first9)
        chk = 97 - num % 97
        s = first9 + '%02d' % chk
        if be_nn.is_valid(s):
            return s


def fmt_niss(s, style):
    return {'plain': s, 'official': '%s.%s.%s-%s.%s' % (s[:2], s[2:4], s[4:6], s[6:9], s[9:]),
            'space': '%s %s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:9], s[9:]),
            'hyphen': '%s-%s-%s-%s-%s' % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])}[style]


def make_nir(rng, dob, sex):
    dep = rng.choice(['75', '69', '13', '33', '59', '44', '35', '67', '31', '06'])
    while True:
        body = '%s%s%s%s%03d%03d' % ('1' if sex == 'M' else '2', dob.strftime('%y'), dob.strftime('%m'), dep,
                                     rng.randrange(1, 990), rng.randrange(1, 999))
        key = 97 - int(body) % 97
        s = body + '%02d' % key
        if fr_nir.is_valid(s):
            return s


def fmt_nir(s, style):
    g = '%s %s %s %s %s %s %s' % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])
    return {'plain': s, 'space': g, 'dots': g.replace(' ', '.'), 'key': '%s %s' % (s[:13], s[13:])}[style]


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {'plain': nam, 'space': '%s %s %s' % (a, b, c), 'hyphen': '%s-%s-%s' % (a, b, c),
            'dots': '%s.%s.%s' % (a, b, c), 'slash': '%s/%s/%s' % (a, b, c), 'lower': ('%s %s %s' % (a, b, c)).lower(),
            'fullwidth': '%s %s %s' % (a, fullwidth(b), fullwidth(c)), 'odd': '%s  %s%s %s' % (a, b[:2], b[2:] , c),
            'spaced': ' '.join(nam)}[style]


def make_mrn(rng, site='fr'):
    return '%07d' % rng.randrange(100000, 9999999) if site == 'fr' else '%06d' % rng.randrange(100000, 999999)


def fmt_mrn(m, style, site='fr'):
    if site == 'fr':
        return {'plain': m, 'h': 'H' + m, 'hyph': 'H-' + m, 'space': '%s %s %s' % (m[:3], m[3:5], m[5:]),
                'dots': '%s.%s.%s' % (m[:2], m[2:4], m[4:]), 'fullwidth': fullwidth(m), 'slash': 'HSA/' + m}[style]
    return {'plain': m, 'h': 'RG' + m, 'hyph': 'RG-' + m, 'space': 'RG %s %s' % (m[:3], m[3:]),
            'dots': '%s.%s' % (m[:3], m[3:]), 'fullwidth': 'RG-' + fullwidth(m), 'slash': 'RG/' + m}[style]


def phone(rng, area=None):
    return '%s-555-01%02d' % (area or rng.choice(AREA), rng.randrange(100))


def fmt_phone(p, style):
    a, _, rest = p.partition('-')
    return {'plain': p, 'paren': '(%s) %s' % (a, rest), 'space': '%s %s' % (a, rest.replace('-', ' ')),
            'dots': '%s.%s' % (a, rest.replace('-', '.'))}[style]


# --------------------------------------------------------------------------- people

class Patient:
    """A patient of the organisation; NAM holders keep their listed name, birth date and sex."""

    def __init__(self, rng, surname, given, dob, sex, nam=None, lang='fr', ontario=False):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.lang = lang
        self.mrn = make_mrn(rng, 'fr' if lang == 'fr' else 'en')
        if ontario:
            city, fsa = rng.choice(CITIES_ON)
            self.phone = phone(rng, '613')
            self.address = '%d %s' % (rng.randint(10, 990), rng.choice(STREETS_EN))
            self.city = city
            self.postal = '%s %d%s%d' % (fsa, rng.randrange(10), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randrange(10))
            self.prov = 'ON'
        else:
            city, fsa = rng.choice(CITIES_QC)
            self.phone = phone(rng)
            if lang == 'fr':
                self.address = '%d, %s' % (rng.randint(10, 2990), rng.choice(STREETS_FR))
            else:
                self.address = '%d %s' % (rng.randint(10, 2990), rng.choice(STREETS_EN))
            if rng.random() < 0.4:
                self.address += (', app. %d' if lang == 'fr' else ', apt. %d') % rng.randint(1, 24)
            self.city = city
            self.postal = '%s %d%s%d' % (fsa, rng.randrange(10), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randrange(10))
            self.prov = 'QC'
        self.room = '%d%02d' % (rng.randint(2, 7), rng.randint(1, 40))
        self.bed = rng.choice(['', '-1', '-2', 'A', 'B'])

    @property
    def age(self):
        return age(self.dob)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Mrs.' if self.sex == 'F' and self.age > 60 else ('Ms.' if self.sex == 'F' else 'Mr.')

    def name(self, style, lang='fr'):
        s, g = self.surname, self.given
        return {
            'full': '%s %s' % (g, s),
            'title': '%s %s' % (self.title(lang), s),
            'title_full': '%s %s %s' % (self.title(lang), g, s),
            'upper_comma': '%s, %s' % (s.upper(), g),
            'comma': '%s, %s' % (s, g),
            'upper': '%s %s' % (s.upper(), g),
            'lower': ('%s %s' % (g, s)).lower(),
            'lower_rev': ('%s %s' % (s, g)).lower(),
            'initial': '%s. %s' % (g[0], s),
            'rev': '%s %s' % (s, g),
            'given': g,
        }[style]

    def pron(self, lang):
        if lang == 'fr':
            return ('elle', 'la', 'sa', 'née') if self.sex == 'F' else ('il', 'le', 'son', 'né')
        return ('she', 'her', 'her') if self.sex == 'F' else ('he', 'him', 'his')

    def full_address(self, lang='fr', oneline=True):
        if self.prov == 'ON':
            parts = [self.address, '%s, ON  %s' % (self.city, self.postal)]
        elif lang == 'fr':
            parts = [self.address, '%s (Québec)  %s' % (self.city, self.postal)]
        else:
            parts = [self.address, '%s, QC  %s' % (self.city, self.postal)]
        return ', '.join(parts) if oneline else '\n'.join(parts)


class Pools:
    """Hands out NAM holders and invented patients without repetition."""

    def __init__(self, seed):
        self.rng = random.Random('%s-pools' % seed)
        self.holders = list(HOLDERS)
        self.rng.shuffle(self.holders)
        self.used_holders = set()
        self.used_names = set()

    def holder(self, rng, amin=0, amax=200, lang='fr'):
        cands = [h for h in self.holders if h.nam not in self.used_holders and amin <= age(h.dob) <= amax]
        if not cands:
            return None
        h = cands[0]
        self.used_holders.add(h.nam)
        return Patient(rng, h.surname, h.given, h.dob, h.sex, nam=h.nam, lang=lang)

    def invented(self, rng, amin=20, amax=95, lang='fr', sex=None, ontario=False):
        sex = sex or rng.choice('FM')
        while True:
            if lang == 'fr' and rng.random() < 0.85 or lang == 'en' and rng.random() < 0.2:
                sur = rng.choice(PAT_SUR_FR)
                giv = rng.choice(GIV_F_FR if sex == 'F' else GIV_M_FR)
            else:
                sur = rng.choice(PAT_SUR_EN)
                giv = rng.choice(GIV_F_EN if sex == 'F' else GIV_M_EN)
            if (sur, giv) not in self.used_names:
                self.used_names.add((sur, giv))
                break
        a = rng.randint(amin, amax)
        y = TODAY.year - a - 1
        dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        if age(dob) < amin:
            dob = dob.replace(year=dob.year - 1)
        return Patient(rng, sur, giv, dob, sex, lang=lang, ontario=ontario)

    def patient(self, rng, amin=20, amax=95, lang='fr', p_holder=0.5, ontario=False):
        if not ontario and rng.random() < p_holder:
            p = self.holder(rng, amin, amax, lang)
            if p:
                return p
        return self.invented(rng, amin, amax, lang, ontario=ontario)


def ascii_fold(s):
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


class Staff:
    def __init__(self, given, surname, role, lang, site=None, ext=None, dept=None):
        self.given, self.surname, self.role, self.lang = given, surname, role, lang
        self.site = site or (SITE_FR if lang == 'fr' else SITE_EN)
        self.ext = ext
        self.dept = dept

    @property
    def name(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def email(self):
        local = ascii_fold('%s.%s' % (self.given, self.surname)).lower().replace(' ', '').replace("'", '')
        return '%s@%s' % (local, DOM)

    def sig(self, rng, short=False):
        if short:
            return self.given if rng.random() < 0.6 else '%s\n%s' % (self.name, self.role)
        lines = [self.name, self.role]
        if self.dept:
            lines.append(self.dept)
        lines.append(self.site)
        if self.lang == 'fr':
            lines.append('Tél. : 450-555-01%02d, poste %d' % (rng.randrange(100), self.ext or rng.randint(2000, 4999)))
            if rng.random() < 0.4:
                lines.append('Téléc. : 450-555-01%02d' % rng.randrange(100))
        else:
            lines.append('Tel. 514-555-01%02d ext. %d' % (rng.randrange(100), self.ext or rng.randint(2000, 4999)))
            if rng.random() < 0.4:
                lines.append('Fax 514-555-01%02d' % rng.randrange(100))
        if rng.random() < 0.35:
            lines.append(SITE_FR_ADDR if self.lang == 'fr' else SITE_EN_ADDR)
        if rng.random() < 0.25:
            lines.append('AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels.'
                         if self.lang == 'fr' else
                         'CONFIDENTIALITY NOTICE: this e-mail may contain privileged information.')
        return '\n'.join(lines)


ROLES_FR = ['Travailleuse sociale', 'Travailleur social', 'Infirmière de liaison', 'Agente administrative',
            'Chef de service – Service social', 'Ergothérapeute', 'Technicienne en travail social',
            'Coordonnatrice de la trajectoire NSA', 'Archiviste médicale', 'Conseillère en gestion des RH']
ROLES_EN = ['Social Worker', 'Liaison Nurse', 'Administrative Agent', 'Manager, Social Work Services',
            'Occupational Therapist', 'Social Work Technician', 'ALC Flow Coordinator', 'Health Records Officer',
            'HR Advisor']


MALE_FR = ('Vincent', 'François', 'Éric', 'Jean-François', 'Simon', 'Luc', 'Hugo')


def fit_role(given, role):
    """French job title agreeing with the person's gender."""
    if given in MALE_FR:
        for a, b in (('Agente administrative', 'Agent administratif'), ('Travailleuse sociale', 'Travailleur social'),
                     ('Infirmière', 'Infirmier'), ('Agente', 'Agent'), ('Coordonnatrice', 'Coordonnateur'),
                     ('Technicienne', 'Technicien'), ('Conseillère', 'Conseiller'), ('Superviseure', 'Superviseur')):
            role = role.replace(a, b)
    else:
        role = role.replace('Technicien en informatique', 'Technicienne en informatique')
    return role


def staff(rng, lang='fr', role=None, used=None):
    used = used if used is not None else set()
    while True:
        if lang == 'fr':
            g, s = rng.choice(STAFF_GIV_FR), rng.choice(STAFF_SUR_FR)
        else:
            g, s = rng.choice(STAFF_GIV_EN), rng.choice(STAFF_SUR_EN)
        if (g, s) not in used:
            used.add((g, s))
            break
    if role is None:
        role = rng.choice(ROLES_FR[:3] if lang == 'fr' else ROLES_EN[:2])
    if lang == 'fr':
        role = fit_role(g, role)
    return Staff(g, s, role, lang, ext=rng.randint(2000, 4999),
                 dept=rng.choice([None, 'Service social hospitalier', 'Direction SAPA']) if lang == 'fr'
                 else rng.choice([None, 'Social Work Department', 'Discharge Planning']))


def doctor(rng, lang='fr'):
    if lang == 'fr':
        g = rng.choice(['Annie', 'Marc-André', 'Nadia', 'Pierre-Luc', 'Sonia', 'Jérôme', 'Chloé'])
        s = rng.choice(['Vézina', 'Lanctôt', 'Primeau', 'Desrochers', 'Auclair', 'Bédard', 'Rivard'])
        t = 'Dre' if g in ('Annie', 'Nadia', 'Sonia', 'Chloé') else 'Dr'
    else:
        g = rng.choice(['Helen', 'Rajiv', 'Marcus', 'Ingrid', 'Samuel', 'Fiona', 'Tobias'])
        s = rng.choice(['Okafor', 'Mehta', 'Holloway', 'Sorensen', 'Banerjee', 'Heller', 'Ridley'])
        t = 'Dr.'
    return '%s %s %s' % (t, g, s)


def le_dr(d, prep=''):
    """French article before a physician's title: 'le Dr X' / 'la Dre Y' (with 'de'/'par' contractions)."""
    fem = d.startswith('Dre ')
    if prep == 'de':
        return ('de la ' if fem else 'du ') + d
    return ('la ' if fem else 'le ') + d


def ext_person(rng, lang='fr'):
    """A relative / community worker (never a holder surname)."""
    if lang == 'fr':
        return '%s %s' % (rng.choice(STAFF_GIV_FR), rng.choice(PAT_SUR_FR))
    return '%s %s' % (rng.choice(STAFF_GIV_EN), rng.choice(PAT_SUR_EN))


def email_of(name, domain):
    local = ascii_fold(name).lower().replace(' ', '.').replace("'", '')
    return '%s@%s' % (local, domain)
