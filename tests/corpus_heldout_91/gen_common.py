"""Shared data and helpers: seed, NAM holders, invented people, identifiers.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

SEED = 9101
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


def rng_for(kind, idx, seed=None):
    """Independent deterministic RNG per message."""
    return random.Random('%s-%s-%d' % (SEED if seed is None else seed, kind, idx))


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s)
                   if not unicodedata.combining(c))


# ---------------------------------------------------------------- NAM holders
class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob            # 'YYYY-MM-DD'
        self.sex = sex            # 'F' / 'M'
        self.nam = nam

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def rev(self):
        return '%s, %s' % (self.surname.upper(), self.given)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Mrs.' if self.sex == 'F' else 'Mr.'

    def age(self, year=2025):
        return year - int(self.dob[:4])

    def dob_fr(self):
        y, m, d = self.dob.split('-')
        return '%s/%s/%s' % (d, m, y)

    def dob_long(self, lang):
        y, m, d = (int(x) for x in self.dob.split('-'))
        if lang == 'fr':
            mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet',
                    'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]
            return '%d %s %d' % (d, mois, y)
        mon = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December'][m - 1]
        return '%s %d, %d' % (mon, d, y)


def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Person(sur, giv, dob, sex, nam))
    return out


NAM_HOLDERS = load_nams()
NAM_SURNAMES = {strip_accents(p.surname).lower() for p in NAM_HOLDERS}
NAM_GIVENS = {strip_accents(p.given).lower() for p in NAM_HOLDERS}


def age_group(p):
    y = int(p.dob[:4])
    if y >= 2007:
        return 'child'
    if y >= 1976:
        return 'young'
    return 'adult'


class NamPool:
    """Hands out NAM holders of an age group in a fixed shuffled order (cycling if needed)."""

    def __init__(self, seed):
        self.pools = {}
        for grp in ('adult', 'young', 'child'):
            items = [p for p in NAM_HOLDERS if age_group(p) == grp]
            random.Random('%s-nampool-%s' % (seed, grp)).shuffle(items)
            self.pools[grp] = items
        self.idx = {k: 0 for k in self.pools}

    def take(self, grp='adult'):
        items = self.pools[grp]
        p = items[self.idx[grp] % len(items)]
        self.idx[grp] += 1
        return p


def disguise_nam(nam, r):
    """A NAM written the way people actually type it."""
    style = r.choice(['plain', 'plain', 'plain', 'spaced', 'spaced', 'lower',
                      'dotted', 'dash', 'fullwidth'])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'spaced':
        return '%s %s %s' % (a, b, c)
    if style == 'lower':
        return nam.lower()
    if style == 'dotted':
        return '%s.%s.%s' % (a, b, c)
    if style == 'dash':
        return '%s-%s-%s' % (a, b, c)
    if style == 'fullwidth':
        return a + ''.join(chr(0xFF10 + int(ch)) for ch in b + c)
    return nam


# ------------------------------------------------------------ invented names
_PAT_SUR_FR = ['Tremblay', 'Côté', 'Lavoie', 'Bergeron', 'Lévesque', 'Demers', 'Dubé',
               'Vachon', 'Desjardins', 'Beaulieu', 'Hébert', 'Lemieux', 'Mercier',
               'Dufour', 'Rioux', 'Vaillancourt', 'Turcotte', 'Laflamme', 'Boivin',
               'Grenier', 'Labbé', 'Picard', 'Lachance', 'Bilodeau', 'Gosselin',
               'Drouin', 'Plante', 'Lefebvre', 'Carrier', 'Giroux', 'Bédard',
               'Paré', 'Tanguay', 'Proulx', 'Dionne', 'Jacques', 'Poulin', 'Lajoie']
_PAT_SUR_EN = ["O'Brien", 'Murphy', 'Kowalski', 'Nguyen', 'Singh', 'Patel', 'Campbell',
               'Stewart', 'Fraser', 'Henderson', 'Greenberg', 'Rossi', 'Haddad',
               'Papadopoulos', 'Chen', 'McKenna', 'Doyle', 'Friedman', 'Sullivan']
_PAT_GIV_F = ['Jeannine', 'Huguette', 'Pierrette', 'Lise', 'Micheline', 'Rachel',
              'Francine', 'Colette', 'Gisèle', 'Monique', 'Thérèse', 'Carole',
              'Margaret', 'Eleanor', 'Dorothy', 'Linda', 'Rita', 'Agnes', 'Anita',
              'Yvette', 'Lucie', 'Suzanne', 'Ruth', 'Fatima']
_PAT_GIV_M = ['Gaétan', 'Réjean', 'Normand', 'Yvon', 'Fernand', 'Raymond', 'Marcel',
              'Roger', 'Bernard', 'Lucien', 'Conrad', 'Jean-Guy', 'Walter', 'Harold',
              'Frank', 'Stanley', 'George', 'Arthur', 'Hamid', 'Donald', 'Rénald',
              'Serge', 'Denis', 'Richard']
_STAFF_SUR = ['Corriveau', 'Archambault', 'Beauchemin', 'Charbonneau', 'Desrosiers',
              'Duchesne', 'Forget', 'Gendron', 'Jodoin', 'Lacasse', 'Marcoux', 'Nolin',
              'Paradis', 'Rivard', 'Sauvé', 'Trudel', 'Vézina', 'Whitfield', 'Kaplan',
              'Okafor', 'Mendes', 'Lindqvist', 'Brassard', 'Lemay', 'Audet', 'Hamel',
              'Leclerc', 'Ménard', 'Sirois', 'Blais', 'Harrington', 'Ferreira',
              'Asselin', 'Goulet', 'Rancourt', 'Dagenais', 'Mailloux', 'Bisson']
_STAFF_GIV = ['Isabelle', 'Mathieu', 'Catherine', 'Julie', 'Annie', 'François',
              'Valérie', 'Stéphanie', 'Karine', 'Olivier', 'Mélanie', 'Étienne',
              'Caroline', 'Sébastien', 'Véronique', 'Maxime', 'Émilie', 'Nicolas',
              'Rebecca', 'Daniel', 'Hannah', 'Kevin', 'Priya', 'Chloé', 'Alexandre',
              'Marie-Ève', 'Patrick', 'Josiane', 'Vincent', 'Amélie', 'Laura', 'Ahmed']


def _ok(s):
    return strip_accents(s).lower() not in NAM_SURNAMES


PAT_SUR_FR = [s for s in _PAT_SUR_FR if _ok(s)]
PAT_SUR_EN = [s for s in _PAT_SUR_EN if _ok(s)]
STAFF_SUR = [s for s in _STAFF_SUR if _ok(s)]
PAT_GIV_F = [g for g in _PAT_GIV_F if strip_accents(g).lower() not in NAM_GIVENS]
PAT_GIV_M = [g for g in _PAT_GIV_M if strip_accents(g).lower() not in NAM_GIVENS]
STAFF_GIV = [g for g in _STAFF_GIV if strip_accents(g).lower() not in NAM_GIVENS]


_YOUNG_GIV_F = ['Léa', 'Zoé', 'Florence', 'Rosalie', 'Alice', 'Maëlle', 'Océane', 'Jessica', 'Audrey',
                 'Camille', 'Charlotte', 'Ava', 'Mégane', 'Noémie']
_YOUNG_GIV_M = ['Noah', 'Félix', 'Thomas', 'Jacob', 'Nathan', 'Édouard', 'Arnaud', 'William', 'Samuel',
                'Zachary', 'Justin', 'Raphaël', 'Logan', 'Antoine']
YOUNG_GIV_F = [g for g in _YOUNG_GIV_F if strip_accents(g).lower() not in NAM_GIVENS]
YOUNG_GIV_M = [g for g in _YOUNG_GIV_M if strip_accents(g).lower() not in NAM_GIVENS]


def invented_patient(r, lang='fr', year_lo=1928, year_hi=1975):
    sex = r.choice('FM')
    if lang == 'en' and r.random() < 0.7:
        sur = r.choice(PAT_SUR_EN)
    else:
        sur = r.choice(PAT_SUR_FR)
    if year_lo >= 1976:
        giv = r.choice(YOUNG_GIV_F if sex == 'F' else YOUNG_GIV_M)
    else:
        giv = r.choice(PAT_GIV_F if sex == 'F' else PAT_GIV_M)
    y = r.randint(year_lo, year_hi)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return Person(sur, giv, '%04d-%02d-%02d' % (y, m, d), sex)


def relative(r, surname=None, sex=None):
    """An invented relative: (full name, sex)."""
    sex = sex or r.choice('FM')
    sur = surname or r.choice(PAT_SUR_FR + PAT_SUR_EN)
    giv = r.choice(PAT_GIV_F if sex == 'F' else PAT_GIV_M)
    return '%s %s' % (giv, sur), sex


def relative_name(r, surname=None, sex=None):
    return relative(r, surname, sex)[0]


REL_WORDS = {  # (kind, sex) -> (fr, en)
    ('child', 'F'): ('fille', 'daughter'), ('child', 'M'): ('fils', 'son'),
    ('spouse', 'F'): ('conjointe', 'wife'), ('spouse', 'M'): ('conjoint', 'husband'),
    ('sibling', 'F'): ('sœur', 'sister'), ('sibling', 'M'): ('frère', 'brother'),
    ('parent', 'F'): ('mère', 'mother'), ('parent', 'M'): ('père', 'father'),
}


def rel_word(kind, sex, lang):
    return REL_WORDS[(kind, sex)][0 if lang == 'fr' else 1]


class Staff:
    def __init__(self, given, surname, role_fr, role_en, doctor=False):
        self.given, self.surname = given, surname
        self.role_fr, self.role_en = role_fr, role_en
        self.doctor = doctor

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def email(self, dom):
        loc = strip_accents('%s.%s' % (self.given, self.surname)).lower()
        loc = loc.replace(' ', '').replace("'", '')
        return '%s@%s' % (loc, dom)

    def display(self, lang):
        if self.doctor:
            return ('Dr ' if lang == 'en' else ('Dre ' if self._fem() else 'Dr ')) + self.full
        return self.full

    def short(self, lang):
        if self.doctor:
            return ('Dr ' if lang == 'en' or not self._fem() else 'Dre ') + self.surname
        return self.given

    def _fem(self):
        return self.given in _FEM_STAFF


ROLES = [
    ('infirmière clinicienne, soins palliatifs à domicile', 'palliative home-care nurse', False),
    ('médecin, équipe de soins palliatifs', 'palliative care physician', True),
    ('travailleuse sociale, SAD', 'social worker, home care', False),
    ('pharmacienne, USP', 'pharmacist, palliative care unit', False),
    ('assistante infirmière-chef, unité de soins palliatifs', 'assistant nurse manager, PCU', False),
    ('agente administrative, soins palliatifs', 'unit clerk, palliative care', False),
    ('intervenante en soins spirituels', 'spiritual care counsellor', False),
    ('coordonnatrice des bénévoles, maison de soins palliatifs', 'volunteer coordinator, hospice', False),
    ('conseillère en deuil', 'bereavement counsellor', False),
    ('chef de service, soins palliatifs', 'head of palliative care service', True),
    ('inhalothérapeute', 'respiratory therapist', False),
    ('ergothérapeute, SAD', 'occupational therapist, home care', False),
    ('gestionnaire, Groupe interdisciplinaire de soutien (GIS) AMM', 'MAID support group coordinator', False),
    ('infirmière praticienne spécialisée (IPS)', 'nurse practitioner', False),
]


_FEM_STAFF = {'Isabelle', 'Catherine', 'Julie', 'Annie', 'Valérie', 'Stéphanie', 'Karine', 'Mélanie',
              'Caroline', 'Véronique', 'Émilie', 'Rebecca', 'Hannah', 'Priya', 'Chloé', 'Marie-Ève',
              'Josiane', 'Amélie', 'Laura'}
_MASC_ROLE = [('travailleuse sociale', 'travailleur social'), ('agente administrative', 'agent administratif'),
              ('infirmière', 'infirmier'), ('clinicienne', 'clinicien'), ('travailleuse', 'travailleur'),
              ('pharmacienne', 'pharmacien'), ('assistante', 'assistant'), ('agente', 'agent'),
              ('intervenante', 'intervenant'), ('coordonnatrice', 'coordonnateur'), ('conseillère', 'conseiller'),
              ('praticienne spécialisée', 'praticien spécialisé'), ('directrice', 'directeur'),
              ('technicienne', 'technicien')]


def masc_role(role_fr):
    for f, m in _MASC_ROLE:
        role_fr = role_fr.replace(f, m)
    return role_fr


def staff_member(r, role=None):
    giv = r.choice(STAFF_GIV)
    sur = r.choice(STAFF_SUR)
    if role is None:
        role = r.choice(ROLES)
    rf = role[0] if giv in _FEM_STAFF else masc_role(role[0])
    return Staff(giv, sur, rf, role[1], role[2])


def doctor(r):
    return staff_member(r, ROLES[1])


# ------------------------------------------------------------ organisations
ORGS = [
    ('CISSS des Laurentides-Sud', 'cisss-laurentides-sud.example'),
    ('CIUSSS du Centre-Est-de-l\'Île', 'ciusss-centre-est.example'),
    ('Maison de soins palliatifs Le Phare-Bleu', 'phare-bleu.example'),
    ('Hôpital Sainte-Brigitte', 'hsb-sante.example'),
    ('CISSS de la Rive-Verte', 'rive-verte-sante.example'),
    ('Residence Saint-Alban Hospice', 'stalban-hospice.example'),
    ('Centre hospitalier Val-des-Pins', 'chvdp.example'),
]
CLSC = ['CLSC des Érables', 'CLSC du Vieux-Moulin', 'CLSC Rivière-aux-Outardes',
        'CLSC Pointe-Claire-Est', 'CLSC de la Côte-Fleurie']
PHARMA = ['Pharmacie Dionne & Lemay', 'Pharmacie du Carrefour', 'Pharmaprix (fict.) Boul. Taché',
          'Pharmacie J.-L. Sirois', 'Pharmacie Familiprix Saint-Rédempteur']
STREETS = ['rue des Pins', 'boul. Saint-Joseph', 'rue Principale', 'chemin du Lac-Vert',
           'avenue des Érables', 'rang Sainte-Anne', 'rue Wellington', 'Maple Street',
           'rue de la Fabrique', 'montée Saint-Michel', 'rue Notre-Dame Ouest', 'Lakeshore Road']
TOWNS = ['Saint-Jérôme', 'Laval', 'Longueuil', 'Gatineau', 'Lévis', 'Rimouski', 'Sherbrooke',
         'Trois-Rivières', 'Mirabel', 'Pointe-Claire', 'Saint-Eustache', 'Chicoutimi',
         'Granby', 'Joliette', 'Beaconsfield']


def org(r):
    return r.choice(ORGS)


def phone(r):
    return '%s-555-01%02d' % (r.choice(['514', '450', '819', '418', '438', '579', '873']),
                              r.randint(0, 99))


def address(r):
    return '%d, %s, %s (Québec) %s' % (r.randint(12, 9870), r.choice(STREETS),
                                        r.choice(TOWNS), postal(r))


def postal(r):
    L = 'ABCEGHJKLMNPRSTVXY'
    return '%s%d%s %d%s%d' % (r.choice('GHJK'), r.randint(0, 9), r.choice(L),
                              r.randint(0, 9), r.choice(L), r.randint(0, 9))


def mrn(r):
    style = r.choice(['num7', 'num8', 'pref', 'slash', 'dotted'])
    if style == 'num7':
        return '%07d' % r.randint(1000000, 9999999)
    if style == 'num8':
        return '%08d' % r.randint(10000000, 99999999)
    if style == 'pref':
        return 'H%06d' % r.randint(100000, 999999)
    if style == 'slash':
        return '%02d/%05d' % (r.randint(10, 99), r.randint(10000, 99999))
    n = '%07d' % r.randint(1000000, 9999999)
    return '%s.%s.%s' % (n[:2], n[2:5], n[5:])


# ---------------------------------------------------- valid foreign numbers
def _luhn_complete(prefix):
    return prefix + luhn.calc_check_digit(prefix)


def make_sin(r):
    while True:
        body = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        n = _luhn_complete(body)
        if std_sin.is_valid(n):
            return n


def fmt_sin(n, r):
    return r.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (n[:3], n[3:6], n[6:])


def make_ohip(r):
    while True:
        body = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
        n = _luhn_complete(body)
        if valid_ohip(n):
            return n


def valid_ohip(n):
    return len(n) == 10 and n.isdigit() and n[0] != '0' and luhn.is_valid(n)


def fmt_ohip(n, r, version=True):
    v = ''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2)) if version else ''
    s = r.choice(['%s-%s-%s', '%s %s %s', '%s%s%s']) % (n[:4], n[4:7], n[7:])
    return (s + ' ' + v).strip() if v and r.random() < 0.6 else s


def make_niss(r, person):
    y, m, d = (int(x) for x in person.dob.split('-'))
    while True:
        serial = r.randint(1, 997)
        if (serial % 2 == 1) != (person.sex == 'M'):
            continue
        first9 = '%02d%02d%02d%03d' % (y % 100, m, d, serial)
        base = int(('2' if y >= 2000 else '') + first9)
        chk = 97 - base % 97
        n = first9 + '%02d' % chk
        if std_nn.is_valid(n):
            return n


def fmt_niss(n, r):
    return r.choice(['%s.%s.%s-%s.%s', '%s%s%s-%s%s', '%s %s %s %s %s']) % (
        n[:2], n[2:4], n[4:6], n[6:9], n[9:])


def make_nir(r, person):
    y, m, _ = (int(x) for x in person.dob.split('-'))
    sex = '2' if person.sex == 'F' else '1'
    while True:
        dept = '%02d' % r.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94])
        body = '%s%02d%02d%s%03d%03d' % (sex, y % 100, m, dept, r.randint(1, 990), r.randint(1, 999))
        key = 97 - int(body) % 97
        n = body + '%02d' % key
        if std_nir.is_valid(n):
            return n


def fmt_nir(n, r):
    return r.choice(['%s %s %s %s %s %s %s', '%s%s%s%s%s%s %s', '%s.%s.%s.%s.%s.%s.%s']) % (
        n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])


# ----------------------------------------------------------- misc pickers
def pick(r, seq, k=None):
    if k is None:
        return r.choice(seq)
    return r.sample(list(seq), k)


def date_fr(r, month=None):
    mo = month or r.randint(1, 12)
    d = r.randint(1, 28)
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
            'septembre', 'octobre', 'novembre', 'décembre'][mo - 1]
    return '%d %s' % (d, mois)


def date_en(r, month=None):
    mo = month or r.randint(1, 12)
    d = r.randint(1, 28)
    mon = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December'][mo - 1]
    return '%s %d' % (mon, d)


def dates(r, lang, month, n):
    """n distinct dates in ascending order within a month."""
    days = sorted(r.sample(range(1, 29), n))
    fmt = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
           'novembre', 'décembre'] if lang == 'fr' else \
        ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']
    if lang == 'fr':
        return ['%d %s' % (d, fmt[month - 1]) for d in days]
    return ['%s %d' % (fmt[month - 1], d) for d in days]


def hour(r):
    return '%dh%s' % (r.randint(8, 16), r.choice(['00', '15', '30', '45']))


def hour_en(r):
    h = r.randint(8, 16)
    return '%d:%s %s' % (h if h <= 12 else h - 12, r.choice(['00', '15', '30', '45']),
                         'a.m.' if h < 12 else 'p.m.')
