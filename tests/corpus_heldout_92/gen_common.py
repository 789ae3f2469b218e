"""Shared pools, random helpers, dates, names and identifiers (pharmacy flavour)."""
import datetime as _dt
import os
import random

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _be_nn
from stdnum.fr import nir as _nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_PATH = os.path.join(HERE, '..', 'blind_nams.txt')


# ---------------------------------------------------------------- NAM holders
def load_nam_holders(path=NAMS_PATH):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append({'surname': sur, 'given': given, 'dob': _dt.date(y, m, d),
                        'sex': sex, 'nam': nam, 'region': 'QC', 'nam_holder': True})
    return out


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = sorted({h['surname'] for h in NAM_HOLDERS})


# ---------------------------------------------------------------- name pools
_FR_SUR = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Dubé', 'Beaulieu', 'Deschênes', 'Lemieux',
           'Vachon', 'Gingras', 'Dufour', 'Lachance', 'Perreault', 'Hébert', 'Desjardins', 'Bisson',
           'Charbonneau', 'Lévesque', 'Drouin', 'Proulx', 'Rioux', 'Turcotte', 'Laroche', 'Boisvert',
           'Fontaine', 'Massé', 'Giroux', 'Marchand', 'Arsenault', 'Champagne', 'Therrien', 'Lussier',
           'Vaillancourt', 'Beauchemin', 'Grenier', 'Poulin', 'Labrecque', 'Ménard', 'Brassard',
           'Desrosiers', 'Gosselin', 'Auclair', 'Jolicoeur', 'Paradis', 'Robitaille', 'Sirois',
           "D'Amours", 'St-Onge', 'Lefebvre', 'Boudreau', 'Carrier', 'Daigle', 'Veilleux', 'Labonté']
_EN_SUR = ['Patel', 'Nguyen', "O'Connor", 'Campbell', 'Stewart', 'Anderson', 'Murphy', 'Kowalski',
           'Singh', 'Chen', 'Wong', 'Mitchell', 'Fraser', 'Henderson', 'Robertson', 'Ferreira',
           'Haddad', 'Kaur', 'Ahmed', 'Sullivan', 'McKenzie', 'Gallagher', 'Novak', 'Osei', 'Rossi',
           'Bennett', 'Hughes', 'Kim', 'Park', 'Lindqvist', 'Okafor', 'Delgado', 'Hussain', 'Walsh',
           'Doyle', 'Sinclair', 'Kerr', 'Abernathy', 'Yilmaz', 'Greenberg', 'Moreau', 'Da Silva']
_FR_GIVEN_F = ['Julie', 'Isabelle', 'Chantal', 'Lucie', 'Maude', 'Véronique', 'Hélène', 'Caroline',
               'Audrey', 'Mélanie', 'Francine', 'Lise', 'Jocelyne', 'Annie', 'Rosalie', 'Camille',
               'Léa', 'Marie-Ève', 'Solange', 'Gisèle', 'Nicole', 'Karine', 'Émilie', 'Thérèse']
_FR_GIVEN_M = ['Jean', 'Luc', 'Yves', 'Réjean', 'Normand', 'Mathieu', 'Simon', 'François', 'Alain',
               'Guy', 'Benoît', 'Raymond', 'Gaétan', 'Éric', 'Stéphane', 'Olivier', 'Félix', 'Hugo',
               'Denis', 'Marcel', 'Jean-Guy', 'Sébastien', 'Maxime', 'Roger']
_EN_GIVEN_F = ['Margaret', 'Linda', 'Karen', 'Priya', 'Emily', 'Olivia', 'Grace', 'Hannah', 'Joan',
               'Barbara', 'Fatima', 'Mei', 'Rebecca', 'Heather', 'Chloe', 'Ava', 'Dorothy', 'Nadia',
               'Amanda', 'Jasmine']
_EN_GIVEN_M = ['James', 'Robert', 'William', 'Daniel', 'Ahmed', 'Raj', 'Kevin', 'Thomas', 'Patrick',
               'George', 'Arthur', 'Ethan', 'Noah', 'Brian', 'Walter', 'Omar', 'Victor', 'Hamza',
               'Douglas', 'Kenneth']


def _strip_nam_surnames(pool):
    bad = {s.lower() for s in NAM_SURNAMES}
    return [s for s in pool if s.lower() not in bad]


FR_SUR = _strip_nam_surnames(_FR_SUR)
EN_SUR = _strip_nam_surnames(_EN_SUR)
FR_GIVEN = {'F': _FR_GIVEN_F, 'M': _FR_GIVEN_M}
BE_SUR = _strip_nam_surnames(['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Wouters',
                              'Dupont', 'Lambert', 'Dubois', 'Renard', 'Lejeune', 'Hermans'])
FRA_SUR = _strip_nam_surnames(['Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Lefèvre', 'Garnier', 'Chevalier',
                               'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Fabre'])
EU_GIVEN = {'F': ['Manon', 'Chloé', 'Inès', 'Juliette', 'Elise', 'Amandine', 'Pauline', 'Margaux', 'Anaïs'],
            'M': ['Thomas', 'Lucas', 'Maxime', 'Antoine', 'Quentin', 'Arnaud', 'Julien', 'Nicolas', 'Bastien']}
EN_GIVEN = {'F': _EN_GIVEN_F, 'M': _EN_GIVEN_M}


# ---------------------------------------------------------------- text helpers
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(d, lang, style=0):
    """Human date. style 0 long, 1 ISO, 2 dd/mm/yyyy (fr) or mm/dd/yyyy (en), 3 short."""
    if style == 1:
        return d.isoformat()
    if lang == 'fr':
        if style == 0:
            return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
        if style == 2:
            return d.strftime('%d/%m/%Y')
        return '%d %s' % (d.day, MOIS[d.month - 1][:4].rstrip('.') + '.') if style == 3 else d.isoformat()
    if style == 0:
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 2:
        return d.strftime('%m/%d/%Y')
    return '%s %d' % (MONTHS[d.month - 1][:3], d.day)


def fmt_day(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def fmt_dob(d, lang, rng):
    """Birth date in one of several formats people actually type."""
    choice = rng.randrange(6)
    if choice == 0:
        return d.isoformat()
    if choice == 1:
        return d.strftime('%d/%m/%Y') if lang == 'fr' else '%s %d, %d' % (MONTHS[d.month - 1][:3], d.day, d.year)
    if choice == 2:
        return fmt_date(d, lang, 0)
    if choice == 3:
        return d.strftime('%Y/%m/%d')
    if choice == 4:
        return d.strftime('%d-%m-%Y') if lang == 'fr' else d.strftime('%d-%b-%Y')
    return d.strftime('%Y-%m-%d')


def fullwidth(s):
    out = []
    for ch in s:
        if '0' <= ch <= '9' or 'A' <= ch <= 'Z' or 'a' <= ch <= 'z':
            out.append(chr(ord(ch) - 0x21 + 0xFF01))
        else:
            out.append(ch)
    return ''.join(out)


def phone(rng, area=None):
    area = area or rng.choice(['514', '438', '418', '819', '450', '613', '416', '905', '705'])
    return '(%s) 555-01%02d' % (area, rng.randrange(100))


def phone_plain(rng, area):
    return '%s-555-01%02d' % (area, rng.randrange(100))


# ---------------------------------------------------------------- identifiers
def luhn_complete(rng, prefix, length):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(length - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def make_sin(rng):
    while True:
        n = luhn_complete(rng, str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])), 9)
        if _sin.is_valid(n):
            return n


def fmt_sin(n, rng):
    return rng.choice(['%s %s %s', '%s-%s-%s', '%s%s%s', '%s %s %s']) % (n[:3], n[3:6], n[6:])


def make_ohip(rng):
    while True:
        n = luhn_complete(rng, str(rng.randrange(1, 10)), 10)
        if luhn.is_valid(n):
            return n


def fmt_ohip(n, rng, version=True):
    vc = ''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2)) if version else ''
    style = rng.randrange(6)
    if style == 5:
        return fullwidth('%s %s %s' % (n[:4], n[4:7], n[7:]))
    if style == 0:
        s = '%s-%s-%s' % (n[:4], n[4:7], n[7:])
        return s + ('-' + vc if vc else '')
    if style == 1:
        return '%s %s %s' % (n[:4], n[4:7], n[7:]) + (' ' + vc if vc else '')
    if style == 2:
        return n + (vc if vc else '')
    if style == 3:
        return '%s %s %s' % (n[:4], n[4:7], n[7:])
    return '%s.%s.%s' % (n[:4], n[4:7], n[7:]) + (' (' + vc + ')' if vc else '')


def make_niss(rng, dob, sex):
    while True:
        counter = rng.randrange(1, 998)
        if (counter % 2 == 1) != (sex == 'M'):
            counter += 1
        if not 1 <= counter <= 997:
            continue
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, counter)
        num = int(('2' + base) if dob.year >= 2000 else base)
        n = base + '%02d' % (97 - num % 97)
        if _be_nn.is_valid(n):
            return n


def fmt_niss(n, rng):
    return rng.choice(['%s.%s.%s-%s.%s', '%s %s %s %s %s', '%s%s%s-%s-%s']) % (
        n[:2], n[2:4], n[4:6], n[6:9], n[9:])


def make_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 76, 92, 93, 94])
        base = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dept,
                                          rng.randrange(1, 990), rng.randrange(1, 999))
        n = base + _nir.calc_check_digits(base)
        if _nir.is_valid(n):
            return n


def fmt_nir(n, rng):
    if rng.random() < 0.6:
        return _nir.format(n)
    return n[:13] + ' ' + n[13:]


def make_mrn(rng, inst):
    digits = ''.join(str(rng.randrange(10)) for _ in range(inst['mrn_len']))
    return inst['mrn_prefix'] + digits


def fmt_mrn(m, rng):
    """Occasional odd spacing / separators for chart numbers."""
    style = rng.randrange(8)
    head = ''.join(ch for ch in m if not ch.isdigit())
    if style == 7:
        return head + fullwidth(''.join(ch for ch in m if ch.isdigit()))
    digs = ''.join(ch for ch in m if ch.isdigit())
    if style <= 2:
        return m
    if style == 3:
        return head + ' '.join(digs[i:i + 2] for i in range(0, len(digs), 2))
    if style == 4:
        return head + '/'.join([digs[:2], digs[2:4], digs[4:]])
    if style == 5:
        return head + '.'.join([digs[:3], digs[3:]])
    return head + '-'.join([digs[:len(digs) - 3], digs[-3:]])


def fmt_nam(nam, rng, allow_fw=True):
    style = rng.randrange(9)
    if style <= 2:
        return nam
    if style == 3:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 4:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 5:
        return nam.lower()
    if style == 6:
        return '%s %s %s %s' % (nam[:4], nam[4:6], nam[6:8], nam[8:])
    if style == 7 and allow_fw:
        return nam[:4] + fullwidth(nam[4:])
    return '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:])


# ---------------------------------------------------------------- people
def rand_date(rng, start, end):
    span = (end - start).days
    return start + _dt.timedelta(days=rng.randrange(span + 1))


class NamPool:
    """Hands out NAM holders in a seeded order (cycles if exhausted)."""

    def __init__(self, rng):
        self.items = list(NAM_HOLDERS)
        rng.shuffle(self.items)
        self.i = 0
        self.used = []

    def take(self):
        h = dict(self.items[self.i % len(self.items)])
        self.i += 1
        self.used.append(h['nam'])
        return h


def invent_person(rng, lang, region, sex=None, dob_range=(1932, 2021)):
    sex = sex or rng.choice('FM')
    if lang == 'fr' or (region == 'QC' and rng.random() < 0.5):
        given = rng.choice(FR_GIVEN[sex])
        sur = rng.choice(FR_SUR)
    else:
        given = rng.choice(EN_GIVEN[sex])
        sur = rng.choice(EN_SUR if rng.random() < 0.75 else FR_SUR)
    dob = rand_date(rng, _dt.date(dob_range[0], 1, 1), _dt.date(dob_range[1], 12, 28))
    return {'given': given, 'surname': sur, 'sex': sex, 'dob': dob, 'region': region,
            'nam_holder': False}


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def name_as(p, rng, lang, style=None):
    """Render a patient name in one of the ways staff write them."""
    g, s = p['given'], p['surname']
    style = rng.randrange(9) if style is None else style
    if style == 0:
        return '%s %s' % (g, s)
    if style == 1:
        return '%s, %s' % (s.upper(), g)
    if style == 2:
        return '%s %s' % (s, g)
    if style == 3:
        return '%s %s' % (g.lower(), s.lower())
    if style == 4:
        return '%s. %s' % (g[0], s)
    if style == 5:
        if lang == 'fr':
            return ('Mme ' if p['sex'] == 'F' else 'M. ') + s
        return ('Mrs. ' if p['sex'] == 'F' else 'Mr. ') + s
    if style == 6:
        return '%s %s' % (s.upper(), g)
    if style == 7:
        if lang == 'fr':
            return ('Mme ' if p['sex'] == 'F' else 'M. ') + '%s %s' % (g, s)
        return ('Ms ' if p['sex'] == 'F' else 'Mr ') + '%s %s' % (g, s)
    return '%s %s' % (g, s)


def staff(rng, lang, role=None):
    sex = rng.choice('FM')
    if lang == 'fr' or rng.random() < 0.3:
        g, s = rng.choice(FR_GIVEN[sex]), rng.choice(FR_SUR)
    else:
        g, s = rng.choice(EN_GIVEN[sex]), rng.choice(EN_SUR)
    return {'given': g, 'surname': s, 'sex': sex, 'full': '%s %s' % (g, s), 'role': role}


def email_local(person):
    import unicodedata
    raw = ('%s.%s' % (person['given'], person['surname'])).lower()
    raw = unicodedata.normalize('NFKD', raw).encode('ascii', 'ignore').decode()
    return raw.replace("'", '').replace(' ', '').replace('-', '')


def doctor(rng, lang, region, specialty=None):
    p = staff(rng, lang)
    if lang == 'fr':
        title = 'Dre' if p['sex'] == 'F' else 'Dr'
        spec = specialty or rng.choice(['omnipraticien' + ('ne' if p['sex'] == 'F' else ''),
                                        'médecin de famille', 'cardiologue', 'interniste',
                                        'psychiatre', 'pédiatre', 'gériatre'])
    else:
        title = 'Dr.' if rng.random() < 0.6 else 'Dr'
        spec = specialty or rng.choice(['family physician', 'GP', 'cardiologist', 'internist',
                                        'psychiatrist', 'paediatrician', 'geriatrician', 'NP'])
    if spec == 'NP':
        title = ''
        lic = 'RN(EC) #%05d' % rng.randrange(10000, 99999)
    elif region == 'QC':
        lic = ('permis ' if lang == 'fr' else 'licence ') + '%d-%05d' % (rng.randrange(1, 3), rng.randrange(100000))
    else:
        lic = 'CPSO #%05d' % rng.randrange(10000, 99999)
    p.update({'title': title, 'spec': spec, 'lic': lic,
              'disp': ('%s %s' % (title, p['full'])).strip()})
    return p


def pharmacist(rng, lang, region, hosp=False):
    p = staff(rng, lang)
    if region == 'QC':
        p['lic'] = ('no de permis ' if lang == 'fr' else 'OPQ licence ') + '%06d' % rng.randrange(100000, 999999)
    else:
        p['lic'] = 'OCP #%06d' % rng.randrange(100000, 699999)
    f = p['sex'] == 'F'
    ph = 'Pharmacienne' if f else 'Pharmacien'
    if lang == 'fr' and hosp:
        p['title'] = rng.choice([ph, ph + ' d\'établissement', ph + ' – soins intensifs', ph + ' – médecine interne',
                                 'Chef adjoint' + ('e' if f else '') + ' aux services pharmaceutiques'])
    elif lang == 'fr':
        p['title'] = rng.choice([ph, ph + ' propriétaire', ph + ' salarié' + ('e' if f else ''),
                                 ph + ' remplaçant' + ('e' if f else '')])
    elif hosp:
        p['title'] = rng.choice(['Clinical Pharmacist', 'Pharmacist, Internal Medicine', 'Pharmacist - Critical Care',
                                 'Pharmacy Clinical Coordinator'])
    else:
        p['title'] = rng.choice(['Pharmacist', 'Staff Pharmacist', 'Pharmacist-Manager', 'Relief Pharmacist',
                                 'RPh, Pharmacy Manager'])
    return p
