"""Shared helpers: seeded randomness, people, institutions, identifiers."""
import datetime as dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_PATH = os.path.join(HERE, '..', 'blind_nams.txt')


def fold(s):
    """Lower-case, accent-free form used for name comparisons."""
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def load_nams(path=NAMS_PATH):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({'surname': sur, 'given': given,
                        'dob': dt.date.fromisoformat(dob), 'sex': sex,
                        'nam': nam, 'holder': True})
    return out


NAM_HOLDERS = load_nams()
NAM_SURNAMES = {fold(p['surname']) for p in NAM_HOLDERS}

# ---------------------------------------------------------------- people
STAFF_GIVEN_F = ['Isabelle', 'Nadia', 'Chantal', 'Mélanie', 'Karine', 'Véronique',
                 'Julie', 'Annie', 'Stéphanie', 'Hélène', 'Priya', 'Rachel',
                 'Marie-Ève', 'Catherine', 'Lucie', 'Amélie', 'Fatima', 'Jennifer']
STAFF_GIVEN_M = ['Étienne', 'Mathieu', 'François', 'Olivier', 'Sébastien', 'Yannick',
                 'Kevin', 'Raj', 'Daniel', 'Patrick', 'Benoît', 'Hugo', 'Samir',
                 'Martin', 'Philippe', 'Alexandre', 'Tom', 'Vincent']
STAFF_SURNAMES = ['Fréchette', 'Vachon', 'Ferland', 'Beaudoin', 'Dubé', 'Côté',
                  'Gravel', 'Laroche', 'Boisvert', 'Ouimet', 'Lemieux', 'Deschênes',
                  'Paradis', 'Bergeron', 'Chartrand', 'Proulx', 'Rioux', 'Lachance',
                  'Veilleux', 'Cormier', 'Hébert', 'Lamarre', 'Patel', "O'Neill",
                  'Kowalski', 'Nguyen', 'Henderson', 'Murphy', 'Singh', 'Campbell',
                  'Gendron', 'Villeneuve', 'Arsenault', 'Dufresne', 'Sauvé']

PAT_GIVEN_M = ['Réjean', 'Gaétan', 'Normand', 'Serge', 'Yvon', 'Denis', 'Raymond',
               'Luc', 'Bernard', 'Richard', 'Alain', 'Jean-Guy', 'Marcel', 'Roger',
               'Gerald', 'Kenneth', 'Douglas', 'Stephen', 'Ahmed', 'Tuan', 'Dominic',
               'Jacques-Yves', 'Sylvain', 'Bruno']
PAT_GIVEN_F = ['Lise', 'Monique', 'Francine', 'Huguette', 'Carole', 'Johanne',
               'Nicole', 'Louise', 'Margaret', 'Doris', 'Linda', 'Aïcha', 'Suzanne',
               'Réjeanne', 'Pierrette', 'Brenda', 'Gisèle', 'Colette']
PAT_SURNAMES = ['Beauchemin', 'Desrosiers', 'Thériault', 'Pilon', 'Marchand',
                'Gingras', 'Lacasse', 'Guérin', 'Turcotte', 'Labelle', 'Charbonneau',
                'Dionne', 'Fraser', 'MacLeod', 'Duncan', 'Whitfield', 'Kerr',
                'Sullivan', 'Lalonde', 'Brisebois', 'Desjardins', 'Auclair',
                'St-Onge', 'Beaulieu', 'Lévesque', 'Poulin', 'Ménard', 'Houle',
                'Jodoin', 'Bilodeau', 'Mercier', 'Belisle', 'Haddad', 'Tran']
BE_SURNAMES = ['Vandenbroucke', 'Peeters', 'Lambrechts', 'Janssens', 'Dewulf', 'Maes']
FR_SURNAMES = ['Lefebvre', 'Moreau', 'Garnier', 'Rousseau', 'Chevalier', 'Faure']

assert not (NAM_SURNAMES & {fold(s) for s in STAFF_SURNAMES})
assert not (NAM_SURNAMES & {fold(s) for s in PAT_SURNAMES + BE_SURNAMES + FR_SURNAMES})

STREETS = ['rue des Érables', 'boul. Saint-Joseph', 'rang du Petit-Brûlé', 'rue Principale',
           'avenue des Pins', 'chemin de la Rivière', 'rue Notre-Dame Ouest',
           'montée Sainte-Thérèse', 'rue Champlain', 'Maple Street', 'Lakeshore Road',
           'rue du Couvent', 'croissant des Lilas', 'boul. Laurier']
TOWNS = [('Val-Morin', 'J0T 2R0'), ('Saint-Aubin-des-Bois', 'J5R 1K4'),
         ('Lac-Brûlé', 'J8C 3A9'), ('Sainte-Rose-du-Nord', 'G0V 1T0'),
         ('Pointe-aux-Saules', 'H9X 2B7'), ('Rivière-Claire', 'J7Z 4M2'),
         ('Hawkesbury', 'K6A 1P9'), ('Granby-Est', 'J2H 0C5')]
AREA = ['514', '450', '819', '438', '579', '613', '418']

# ---------------------------------------------------------------- institutions
ORGS = {
    'hsl': ('Hôpital Saint-Laurent-du-Nord', 'hsln.example'),
    'chu': ('CHU de Saint-Aubin', 'chu-staubin.example'),
    'cisss': ('CISSS des Hautes-Rivières', 'cisss-hautesrivieres.example'),
    'gmf': ('GMF du Vieux-Moulin', 'gmf-vieuxmoulin.example'),
    'gmf2': ('Clinique médicale des Deux-Rives', 'deuxrives-med.example'),
    'pharm': ('Pharmacie Lemay & Ouimet', 'pharmalemay.example'),
    'clsc': ('CLSC des Érables', 'clsc-erables.example'),
    'ont': ('Riverside Valley Health (Ontario)', 'rvhealth.example'),
    'lab': ('Laboratoire régional Biomédis', 'biomedis.example'),
    'vendor': ('UroMedTech Canada inc.', 'uromedtech.example'),
    'vendor2': ('LithoServ Solutions', 'lithoserv.example'),
}
PATIENT_MAIL_DOMAINS = ['videotron-mail.example', 'courriel.example', 'mailbox.example',
                        'sympatico-net.example', 'hotmail-like.example']


class World:
    """All random choices for one corpus, driven by one seed."""

    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        holders = list(NAM_HOLDERS)
        self.rng.shuffle(holders)
        self._holders = holders
        self._hi = 0
        self._used_pat = set()
        self._staff_cache = {}

    # -------------------------------------------------- dates
    def mail_date(self):
        base = dt.datetime(2025, 1, 6, 7, 0)
        d = base + dt.timedelta(days=self.rng.randrange(0, 170),
                                minutes=self.rng.randrange(0, 11 * 60))
        off = -4 if dt.date(2025, 3, 9) <= d.date() < dt.date(2025, 11, 2) else -5
        return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))

    def future_date(self, after, lo=3, hi=60):
        d = after.date() + dt.timedelta(days=self.rng.randrange(lo, hi))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    # -------------------------------------------------- staff
    def staff(self, role='md', sex=None, org='hsl'):
        r = self.rng
        sex = sex or r.choice('FM')
        given = r.choice(STAFF_GIVEN_F if sex == 'F' else STAFF_GIVEN_M)
        sur = r.choice(STAFF_SURNAMES)
        orgname, dom = ORGS[org]
        local = fold(given).replace(' ', '').replace('-', '').replace('é', 'e')
        local = ''.join(c for c in local if c.isalnum())
        surl = ''.join(c for c in fold(sur) if c.isalnum())
        email = r.choice(['%s.%s', '%s%s', '%s_%s']) % (local, surl) + '@' + dom
        if r.random() < 0.3:
            email = (local[0] + surl + '@' + dom)
        return {'given': given, 'surname': sur, 'sex': sex, 'role': role,
                'org': orgname, 'domain': dom, 'email': email,
                'full': '%s %s' % (given, sur)}

    def generic_box(self, org, local):
        return '%s@%s' % (local, ORGS[org][1])

    # -------------------------------------------------- phones
    def phone(self, area=None, style=None):
        r = self.rng
        area = area or r.choice(AREA)
        n = '555-01%02d' % r.randrange(0, 100)
        style = style if style is not None else r.randrange(4)
        if style == 0:
            return '(%s) %s' % (area, n)
        if style == 1:
            return '%s-%s' % (area, n)
        if style == 2:
            return '%s %s' % (area, n)
        return '%s.%s' % (area, n.replace('-', '.'))

    def clinic_phone(self):
        return '%s 555-01%02d poste %d' % (self.rng.choice(AREA[:4]), self.rng.randrange(0, 100),
                                           self.rng.randrange(2000, 7999))

    # -------------------------------------------------- patients
    def holder(self):
        """Next adult NAM holder (children are kept for paediatric cases)."""
        return self.holder_where(lambda x: x['dob'].year < 2008)

    def holder_where(self, pred):
        for _ in range(len(self._holders) * 2):
            p = self._holders[self._hi % len(self._holders)]
            self._hi += 1
            if pred(p):
                return self._decorate(dict(p))
        raise RuntimeError('no holder')

    def patient(self, sex=None, min_age=25, max_age=90, pool='qc'):
        r = self.rng
        for _ in range(200):
            sx = sex or r.choice('MF')
            given = r.choice(PAT_GIVEN_M if sx == 'M' else PAT_GIVEN_F)
            sur = r.choice({'qc': PAT_SURNAMES, 'be': BE_SURNAMES, 'fr': FR_SURNAMES}[pool])
            if (given, sur) not in self._used_pat:
                break
        self._used_pat.add((given, sur))
        age = r.randrange(min_age, max_age)
        dob = dt.date(2025 - age, r.randrange(1, 13), r.randrange(1, 29))
        return self._decorate({'surname': sur, 'given': given, 'dob': dob, 'sex': sx,
                               'nam': None, 'holder': False})

    def _decorate(self, p):
        r = self.rng
        p['age'] = 2025 - p['dob'].year - (1 if (p['dob'].month, p['dob'].day) > (5, 1) else 0)
        p['phone'] = self.phone()
        town, pc = r.choice(TOWNS)
        prov = 'Ontario' if town == 'Hawkesbury' else 'Québec'
        p['address'] = '%d, %s, %s (%s) %s' % (r.randrange(12, 3999), r.choice(STREETS), town, prov, pc)
        p['town'] = town
        p['mrn'] = self.mrn_raw()
        loc = fold(p['given'])[:1] + ''.join(c for c in fold(p['surname']) if c.isalnum())
        p['email'] = '%s%d@%s' % (loc, r.randrange(1, 99), r.choice(PATIENT_MAIL_DOMAINS))
        p['full'] = '%s %s' % (p['given'], p['surname'])
        return p

    # -------------------------------------------------- identifiers
    def mrn_raw(self):
        return '%07d' % self.rng.randrange(100000, 9999999)

    def mrn(self, p, style=None):
        r = self.rng
        m = p['mrn']
        style = style if style is not None else r.randrange(7)
        return [m, 'H' + m, m[:3] + '-' + m[3:5] + '-' + m[5:], m[:2] + ' ' + m[2:5] + ' ' + m[5:],
                '%s/%s' % (m[:4], m[4:]), 'HSL-' + m, fullwidth(m)][style]

    def sin(self):
        r = self.rng
        while True:
            body = r.choice('1234567') + ''.join(r.choice('0123456789') for _ in range(7))
            n = body + luhn.calc_check_digit(body)
            if ca_sin.is_valid(n):
                return n

    def ohip(self):
        r = self.rng
        while True:
            body = r.choice('123456789') + ''.join(r.choice('0123456789') for _ in range(8))
            n = body + luhn.calc_check_digit(body)
            if luhn.is_valid(n):
                return n

    def luhn_number(self, length):
        r = self.rng
        body = r.choice('123456789') + ''.join(r.choice('0123456789') for _ in range(length - 2))
        return body + luhn.calc_check_digit(body)

    def niss(self, dob, sex):
        r = self.rng
        while True:
            cnt = r.randrange(1, 997)
            if (cnt % 2 == 1) != (sex == 'M'):
                continue
            base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, cnt)
            num = int(('2' + base) if dob.year >= 2000 else base)
            n = base + '%02d' % (97 - num % 97)
            if be_nn.is_valid(n):
                return n

    def nir(self, dob, sex):
        r = self.rng
        while True:
            dep = '%02d' % r.choice([13, 31, 33, 44, 59, 69, 75, 92, 93, 67])
            body = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month,
                                             dep, r.randrange(1, 990), r.randrange(1, 999))
            n = body + fr_nir.calc_check_digits(body)
            if fr_nir.is_valid(n):
                return n


# ---------------------------------------------------------------- formatting
FW = {ord(c): ord(c) + 0xFEE0 for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def fullwidth(s):
    return s.translate(FW)


def nam_fmt(nam, style):
    """Several ways people really type a NAM."""
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return [nam, '%s %s %s' % (a, b, c), '%s-%s-%s' % (a, b, c), nam.lower(),
            '%s.%s.%s' % (a, b, c), ' '.join(nam), fullwidth('%s %s %s' % (a, b, c)),
            '%s/%s/%s' % (a, b, c), '%s %s%s' % (a, b, c)][style % 9]


def sin_fmt(n, style):
    return [n, '%s %s %s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:]),
            '%s.%s.%s' % (n[:3], n[3:6], n[6:]), fullwidth(n)][style % 5]


def ohip_fmt(n, style, version='AB'):
    return ['%s-%s-%s-%s' % (n[:4], n[4:7], n[7:], version), '%s %s %s %s' % (n[:4], n[4:7], n[7:], version),
            n + version, n, '%s %s %s' % (n[:4], n[4:7], n[7:])][style % 5]


def niss_fmt(n, style):
    return ['%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]), n,
            '%s%s%s-%s-%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])][style % 4]


def nir_fmt(n, style):
    return [fr_nir.format(n), n, fr_nir.format(n)[:-3] + ' - ' + n[13:], fr_nir.format(n, '.')][style % 4]


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def dfmt(d, lang, style):
    if lang == 'fr':
        return [d.isoformat(), '%d %s %d' % (d.day, MOIS[d.month - 1], d.year),
                '%02d/%02d/%d' % (d.day, d.month, d.year), '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1]),
                '%d-%02d-%02d' % (d.year, d.month, d.day)][style % 5]
    return [d.isoformat(), '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year),
            '%02d/%02d/%d' % (d.month, d.day, d.year), '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1][:3], d.day),
            '%d %s %d' % (d.day, MONTHS[d.month - 1][:3], d.year)][style % 5]


def dob_fmt(d, lang, style):
    if lang == 'fr':
        return [d.isoformat(), '%02d/%02d/%d' % (d.day, d.month, d.year), '%d %s %d' % (d.day, MOIS[d.month - 1], d.year),
                '%d/%02d/%02d' % (d.year, d.month, d.day)][style % 4]
    return [d.isoformat(), '%02d/%02d/%d' % (d.month, d.day, d.year), '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year),
            '%d-%s-%d' % (d.day, MONTHS[d.month - 1][:3], d.year)][style % 4]


def title(p, lang):
    if lang == 'fr':
        return 'M.' if p['sex'] == 'M' else 'Mme'
    return 'Mr.' if p['sex'] == 'M' else 'Ms.'


def name_fmt(p, style, lang='fr'):
    """Many ways a patient name shows up in real mail."""
    g, s = p['given'], p['surname']
    opts = ['%s %s' % (g, s), '%s, %s' % (s.upper(), g), '%s %s' % (title(p, lang), s),
            '%s %s %s' % (title(p, lang), g, s), '%s. %s' % (g[0], s), '%s %s' % (s, g),
            '%s %s' % (g.lower(), s.lower()), '%s %s' % (s.upper(), g.upper()),
            '%s, %s.' % (s, g[0])]
    return opts[style % len(opts)]


def wrap(text, width=76):
    """Hard-wrap long paragraphs like a mail client, never inside a spaced number/identifier."""
    import re
    import textwrap
    text = re.sub(r'(?<=[0-9A-Z\uFF10-\uFF3A]) (?=[0-9\uFF10-\uFF19])', '\u2060', text)
    text = re.sub(r'(?<=\b[0-9A-Z]) (?=[0-9A-Z]\b)', '\u2060', text)
    out = []
    for para in text.split('\n'):
        if len(para) <= width or para.startswith((' ', '>', '|', '-', '*', '\t')) or ' | ' in para:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_on_hyphens=False, break_long_words=False) or [''])
    return '\n'.join(out).replace('\u2060', ' ')
