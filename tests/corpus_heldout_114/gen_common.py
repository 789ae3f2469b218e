"""Shared data and helpers for the synthetic coroner / forensic-medicine mail corpus.

Everything here is invented: people, institutions, *.example domains, 555-01xx phones.
RAMQ NAMs come only from ../blind_nams.txt and are always used with their holder.
"""
import datetime as _dt
import os
import random
import re
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _be_nn
from stdnum.fr import nir as _fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


# ---------------------------------------------------------------- NAM holders
class Person:
    """A patient / decedent / victim."""

    def __init__(self, given, surname, sex, dob, nam=None):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.nam = nam
        self.mrn = None
        self.phone = None
        self.address = None

    # names -----------------------------------------------------------
    def full(self):
        return f'{self.given} {self.surname}'

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def age_at(self, d):
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))


def load_nam_holders(path=NAM_FILE):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(Person(given, surname, sex, _dt.date(y, m, d), nam))
    return out


NAM_HOLDERS = load_nam_holders()
HOLDER_SURNAMES = {unicodedata.normalize('NFKD', p.surname).encode('ascii', 'ignore').decode().lower()
                   for p in NAM_HOLDERS}


def _plain(s):
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()


# ---------------------------------------------------------------- name pools
# Surnames deliberately exclude every NAM holder's surname.
SURNAMES_FR = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Dubé', 'Desjardins', 'Hébert', 'Lemieux', 'Vachon',
               'Beaulieu', 'Poulin', 'Gosselin', 'Lachance', 'Mercier', 'Drouin', 'Chabot', 'Marchand', 'Dion',
               'Goulet', 'Rioux', 'Langlois', 'Perreault', 'Bisson', 'Gendron', 'Turcotte', 'Dupuis', 'Fontaine',
               'Leclerc', 'Gingras', 'Vaillancourt', 'Champagne', 'Proulx', 'Lemay', 'Boivin', 'Bernier', 'Ouimet',
               'Doucet', 'Arsenault', 'Cormier', 'Chiasson', 'Landry', 'Giroux', 'Labbé', 'Thériault', 'Asselin',
               'Bédard', 'Charest', 'Grenier', 'Huard', 'Laflamme', 'Lévesque', 'Michaud', 'Paradis', 'Rousseau',
               'St-Onge', 'Veilleux', 'Allard', 'Brisson', 'Cyr', 'Daigle', 'Faucher', 'Guay', 'Jacques', 'Labrecque',
               'Morissette', 'Nolet', 'Pépin', 'Quirion', 'Richard', 'Sirois', 'Trudel', 'Vézina']
SURNAMES_EN = ['Murphy', "O'Brien", 'Kowalski', 'Patel', 'Nguyen', 'Singh', 'Haddad', 'Khoury', 'Campbell',
               'Fraser', 'Henderson', 'McKenna', 'Russo', 'Schultz', 'Walsh', 'Hughes', 'Kaur', 'Chen', 'Ibrahim',
               'Okafor', 'Petrov', 'Delgado', 'Ferreira', 'Novak', 'Sullivan', 'Wright', 'Bennett', 'Doyle',
               'Gallagher', 'Hamilton', 'Jensen', 'Kim', 'Lindqvist', 'Mendes', 'Osei', 'Price', 'Reilly', 'Stewart']
GIVEN_F = ['Gisèle', 'Chantal', 'Isabelle', 'Julie', 'Mélanie', 'Sophie', 'Karine', 'Nicole', 'Lise', 'Francine',
           'Annie', 'Véronique', 'Audrey', 'Camille', 'Léa', 'Rosalie', 'Marie-Ève', 'Hélène', 'Jocelyne', 'Patricia',
           'Linda', 'Karen', 'Rachel', 'Megan', 'Olivia', 'Priya', 'Amira', 'Fatima', 'Grace', 'Heather',
           'Yolande', 'Thérèse', 'Claudette', 'Émilie', 'Noémie', 'Maude', 'Ariane', 'Valérie']
GIVEN_M = ['Marcel', 'Réjean', 'Normand', 'Sylvain', 'Stéphane', 'Éric', 'Mathieu', 'Guillaume', 'Jean-François',
           'Benoît', 'Yves', 'Luc', 'Gaétan', 'Richard', 'Daniel', 'Patrick', 'Kevin', 'Brian', 'Thomas', 'Ryan',
           'Arjun', 'Omar', 'Karim', 'Samuel', 'Félix', 'Olivier', 'Maxime', 'Alexandre', 'Raymond', 'Gérard',
           'Denis', 'Hugo', 'Antoine', 'Ethan', 'Noah', 'Victor', 'Dominic', 'Jérôme']
FR_GIVEN_F = ['Aurélie', 'Margaux', 'Céline', 'Sandrine', 'Élodie', 'Pauline']
FR_GIVEN_M = ['Thibaut', 'Benoît', 'Loïc', 'Arnaud', 'Quentin', 'Grégoire']
FR_SURNAMES = ['Lefèvre', 'Moreau', 'Garnier', 'Rousselot', 'Chevalier', 'Delorme', 'Peyrac', 'Vasseur']
BE_SURNAMES = ['Peeters', 'Janssens', 'Maes', 'Claes', 'Wouters', 'Dubois-Lambert', 'Vandenberghe', 'Goossens']
BE_GIVEN_F = ['Anouk', 'Lotte', 'Els', 'Sarah-Louise', 'Inès']
BE_GIVEN_M = ['Pieter', 'Wout', 'Jonas', 'Arnaud', 'Maarten']

for _s in SURNAMES_FR + SURNAMES_EN + FR_SURNAMES + BE_SURNAMES:
    assert _plain(_s) not in HOLDER_SURNAMES, _s

STREETS_FR = ['rue des Érables', 'rue Principale', 'boulevard des Cèdres', 'rang Saint-Joseph', 'rue du Moulin',
              'avenue des Pins', 'chemin du Lac-Vert', 'rue Notre-Dame Ouest', 'rue de la Fabrique',
              'montée des Bouleaux', 'rue Sainte-Cécile', 'avenue Laurier']
STREETS_EN = ['Maple Crescent', 'Elm Street', 'Harbour Road', 'Lakeshore Drive', 'Birchwood Avenue',
              'Queen Street East', 'Mill Lane', 'Cedar Court']
TOWNS_QC = [('Saint-Aurèle', 'J0X'), ('Rivière-aux-Saules', 'J5W'), ('Lac-Brumeux', 'J0T'),
            ('Sainte-Clotilde-du-Nord', 'G0L'), ('Mont-Vallier', 'J8B'), ('Pointe-aux-Hérons', 'G4Z'),
            ('Val-des-Brumes', 'J9P')]
TOWNS_ON = [('Port Ashby', 'K0L'), ('Millbrook Falls', 'K9V'), ('North Elgin', 'N0G')]

# ---------------------------------------------------------------- organisations
ORG = {
    'coroner': dict(fr='Bureau du coroner — région Centre-Sud', en="Coroner's Office — Centre-South region",
                    dom='coroner-cs.example', addr='1701, rue des Carrières, bureau 300, Saint-Aurèle (Québec) J0X 2B4',
                    tel='418 555-0110'),
    'lml': dict(fr='Laboratoire de médecine légale de l\'Est', en='Eastern Forensic Medicine Laboratory',
                dom='lml-est.example', addr='2250, boulevard de la Science, Rivière-aux-Saules (Québec) J5W 3K1',
                tel='450 555-0121'),
    'hsa': dict(fr='Hôpital Sainte-Aurélie', en='Hôpital Sainte-Aurélie', dom='hsa.example',
                addr='455, rue de l\'Hôpital, Saint-Aurèle (Québec) J0X 1A0', tel='418 555-0130', mrn='HSA'),
    'chhr': dict(fr='Centre hospitalier de la Haute-Rivière', en='Haute-Rivière Hospital Centre',
                 dom='chhr.example', addr='90, avenue des Pionniers, Lac-Brumeux (Québec) J0T 1L0',
                 tel='819 555-0140', mrn='CHHR'),
    'sbgh': dict(fr="Hôpital général St. Brendan", en="St. Brendan's General Hospital", dom='stbrendans.example',
                 addr='3300 Harbour Road, Mont-Vallier (Québec) J8B 4R2', tel='514 555-0150', mrn='SBGH'),
    'don': dict(fr='Don-Vie Québec (coordination du don d\'organes)', en='Don-Vie Québec (organ donation coordination)',
                dom='donvie.example', addr='800, rue de la Gauchetière, bureau 12, Mont-Vallier (Québec) J8B 1C1',
                tel='1 888 555-0160'),
    'police': dict(fr='Service de police de Rivière-aux-Saules', en='Rivière-aux-Saules Police Service',
                   dom='sprs.example', addr='45, rue Principale, Rivière-aux-Saules (Québec) J5W 1A3',
                   tel='450 555-0170'),
    'pharm': dict(fr='Pharmacie Lachance & Nolet', en='Lachance & Nolet Pharmacy', dom='pharmalachance.example',
                  addr='128, rue Notre-Dame, Saint-Aurèle (Québec) J0X 1B3', tel='418 555-0181'),
    'funeral': dict(fr='Résidence funéraire Gendron-Paradis', en='Gendron-Paradis Funeral Home',
                    dom='gendronparadis.example', addr='600, boulevard des Cèdres, Saint-Aurèle (Québec) J0X 1C8',
                    tel='418 555-0184'),
    'law1': dict(fr='Desrosiers Khoury avocats s.e.n.c.r.l.', en='Desrosiers Khoury LLP', dom='desrosiers-khoury.example',
                 addr='1000, rue Sherbrooke Ouest, bureau 2100, Mont-Vallier (Québec) J8B 2A2', tel='514 555-0191'),
    'law2': dict(fr='Harrington & Vale LLP', en='Harrington & Vale LLP', dom='harringtonvale.example',
                 addr='77 King Street West, Suite 1500, Port Ashby, Ontario K0L 2T0', tel='705 555-0193'),
    'ins': dict(fr='Assurances Boréale inc.', en='Boréale Insurance Inc.', dom='boreale-assurances.example',
                addr='2, place des Assureurs, Mont-Vallier (Québec) J8B 3E3', tel='1 800 555-0195'),
    'onhosp': dict(fr='Port Ashby Regional Health Centre', en='Port Ashby Regional Health Centre',
                   dom='parhc.example', addr='12 Hospital Drive, Port Ashby, Ontario K0L 1B0', tel='705 555-0197',
                   mrn='PARHC'),
    'consulat': dict(fr='Consulat général (section consulaire, service des affaires sociales)',
                     en='Consulate General (consular affairs)', dom='consulat-fr.example',
                     addr='25, rue Saint-Louis, Mont-Vallier (Québec) J8B 5A5', tel='514 555-0175'),
    'consulbe': dict(fr='Consulat honoraire de Belgique (fictif)', en='Honorary Consulate of Belgium (fictitious)',
                     dom='consulat-be.example', addr='31, avenue Laurier, Mont-Vallier (Québec) J8B 5C2',
                     tel='514 555-0176'),
    'dpj': dict(fr='Direction de la protection de la jeunesse — Centre-Sud', en='Youth Protection Directorate — Centre-South',
                dom='dpj-cs.example', addr='300, rue Sainte-Cécile, Saint-Aurèle (Québec) J0X 1D4', tel='418 555-0178'),
    'dpcp': dict(fr='Bureau des poursuites criminelles — Centre-Sud (fictif)', en='Crown Prosecution Office — Centre-South (fictitious)',
                 dom='poursuites-cs.example', addr='1, rue du Palais, Saint-Aurèle (Québec) J0X 1E5', tel='418 555-0186'),
    'cavac': dict(fr='Centre d\'aide aux victimes (fictif)', en='Victim Support Centre (fictitious)', dom='aidevictimes.example',
                  addr='22, rue de la Fabrique, Saint-Aurèle (Québec) J0X 1F2', tel='418 555-0187'),
    'cnt': dict(fr='Commission de la santé et sécurité au travail (fictive)', en='Workplace Safety Board (fictitious)',
                dom='csst-fictive.example', addr='10, rue du Travail, Mont-Vallier (Québec) J8B 6B6', tel='1 866 555-0179'),
}


# ---------------------------------------------------------------- context
class Ctx:
    """Deterministic random context shared by all templates."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        holders = list(NAM_HOLDERS)
        self.rng.shuffle(holders)
        self._holders = holders
        self._holder_i = 0
        self._used_full = set()
        self._staff = {}
        self._mid = 0

    # ----------------------------------------------------------- basics
    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def date_between(self, start, end):
        a, b = start.toordinal(), end.toordinal()
        return _dt.date.fromordinal(self.rng.randint(a, b))

    def sent(self, start=_dt.date(2024, 2, 1), end=_dt.date(2025, 9, 30)):
        d = self.date_between(start, end)
        h = self.rng.choice([7, 8, 8, 9, 9, 10, 11, 13, 14, 15, 16, 17, 19, 22])
        m = self.rng.randint(0, 59)
        s = self.rng.randint(0, 59)
        # EDT roughly April-October, EST otherwise
        off = -4 if 4 <= d.month <= 10 else -5
        return _dt.datetime(d.year, d.month, d.day, h, m, s, tzinfo=_dt.timezone(_dt.timedelta(hours=off)))

    def message_id(self, dom):
        self._mid += 1
        return f'<{self._mid:04d}.{self.rng.getrandbits(40):010x}@{dom}>'

    # ----------------------------------------------------------- people
    def nam_person(self, min_age=0, max_age=200, ref=_dt.date(2025, 1, 1)):
        """Next NAM holder (cycling) whose age at ref is within range."""
        n = len(self._holders)
        for k in range(n):
            p = self._holders[(self._holder_i + k) % n]
            if min_age <= p.age_at(ref) <= max_age:
                self._holders.remove(p)
                self._holders.append(p)
                self._decorate(p)
                return p
        raise RuntimeError('no NAM holder in age range')

    def _decorate(self, p):
        if p.mrn is None:
            p.mrn = self.mrn_digits()
            p.phone = self.phone()
            p.address = self.address()

    def person(self, sex=None, min_age=1, max_age=92, pool='qc', ref=_dt.date(2025, 1, 1)):
        sex = sex or self.choice('FM')
        for _ in range(200):
            if pool == 'fr':
                given = self.choice(FR_GIVEN_F if sex == 'F' else FR_GIVEN_M)
                surname = self.choice(FR_SURNAMES)
            elif pool == 'be':
                given = self.choice(BE_GIVEN_F if sex == 'F' else BE_GIVEN_M)
                surname = self.choice(BE_SURNAMES)
            elif pool == 'en':
                given = self.choice(GIVEN_F if sex == 'F' else GIVEN_M)
                surname = self.choice(SURNAMES_EN + SURNAMES_FR[:12])
            else:
                given = self.choice(GIVEN_F if sex == 'F' else GIVEN_M)
                surname = self.choice(SURNAMES_FR + SURNAMES_EN[:10])
            if (given, surname) not in self._used_full:
                break
        self._used_full.add((given, surname))
        age = self.randint(min_age, max_age)
        dob = ref - _dt.timedelta(days=int(age * 365.25) + self.randint(0, 360))
        p = Person(given, surname, sex, dob)
        self._decorate(p)
        if pool == 'en' and self.chance(0.5):
            p.address = self.address(ontario=True)
        return p

    def staff(self, key, lang='fr'):
        """Stable staff member for a role key (e.g. 'pathologist1')."""
        if key not in self._staff:
            sex = self.choice('FM')
            for _ in range(100):
                given = self.choice(GIVEN_F if sex == 'F' else GIVEN_M)
                surname = self.choice(SURNAMES_FR + SURNAMES_EN)
                if (given, surname) not in self._used_full:
                    break
            self._used_full.add((given, surname))
            self._staff[key] = Person(given, surname, sex, None)
        return self._staff[key]

    # ----------------------------------------------------------- identifiers
    def mrn_digits(self):
        return f'{self.randint(100000, 9999999):07d}'

    def phone(self, area=None):
        area = area or self.choice(['418', '450', '514', '819', '581', '438'])
        return f'{area} 555-01{self.randint(0, 99):02d}'

    def address(self, ontario=False):
        if ontario:
            town, fsa = self.choice(TOWNS_ON)
            return (f'{self.randint(10, 990)} {self.choice(STREETS_EN)}, {town}, Ontario '
                    f'{fsa} {self.randint(1, 9)}{self.choice("ABCEGHJKLMNPRSTVWXYZ")}{self.randint(0, 9)}')
        town, fsa = self.choice(TOWNS_QC)
        apt = f', app. {self.randint(1, 12)}' if self.chance(0.3) else ''
        return (f'{self.randint(10, 4990)}, {self.choice(STREETS_FR)}{apt}, {town} (Québec) '
                f'{fsa} {self.randint(1, 9)}{self.choice("ABCEGHJKLMNPRSTVWXYZ")}{self.randint(0, 9)}')

    def sin(self):
        while True:
            body = str(self.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(self.randint(0, 9)) for _ in range(7))
            n = body + luhn.calc_check_digit(body)
            if _sin.is_valid(n):
                return n

    def ohip(self):
        body = str(self.randint(1, 9)) + ''.join(str(self.randint(0, 9)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        assert luhn.is_valid(n) and len(n) == 10
        return n

    def niss(self, dob, sex):
        while True:
            seq = self.randint(1, 997)
            if (seq % 2 == 1) != (sex == 'M'):
                continue
            base = f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:03d}'
            num = int(('2' + base) if dob.year >= 2000 else base)
            n = base + f'{97 - num % 97:02d}'
            if _be_nn.is_valid(n):
                return n

    def nir(self, dob, sex):
        dept = self.choice(['75', '69', '13', '33', '59', '35', '44', '67'])
        commune = f'{self.randint(1, 400):03d}'
        order = f'{self.randint(1, 999):03d}'
        base = f'{1 if sex == "M" else 2}{dob.year % 100:02d}{dob.month:02d}{dept}{commune}{order}'
        n = base + f'{97 - int(base) % 97:02d}'
        assert _fr_nir.is_valid(n), n
        return n

    def luhn_serial(self, n=10):
        body = ''.join(str(self.randint(0, 9)) for _ in range(n - 1))
        return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- formatting helpers
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'}

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def fullwidth(s):
    return ''.join(FULLWIDTH.get(ch, ch) for ch in s)


def fmt_date(d, lang, style=None, rng=None):
    if style is None:
        style = rng.choice(['iso', 'long', 'slash', 'long', 'iso', 'dash']) if rng else 'iso'
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return f'{d.day:02d}/{d.month:02d}/{d.year}' if lang == 'fr' else f'{d.month:02d}/{d.day:02d}/{d.year}'
    if style == 'dash':
        return f'{d.day:02d}-{d.month:02d}-{d.year}' if lang == 'fr' else f'{d.day:02d}-{MON3[d.month - 1]}-{d.year}'
    if style == 'ymdslash':
        return f'{d.year}/{d.month:02d}/{d.day:02d}'
    # long
    if lang == 'fr':
        return f'{"1er" if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}'
    return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'


def fmt_nam(nam, rng, style=None):
    style = style or rng.choice(['plain', 'plain', 'space', 'space', 'dash', 'lower', 'fw', 'dots', 'slash', 'space2'])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {'plain': nam, 'space': f'{a} {b} {c}', 'dash': f'{a}-{b}-{c}', 'lower': f'{a.lower()} {b} {c}',
            'fw': fullwidth(f'{a} {b} {c}'), 'dots': f'{a}.{b}.{c}', 'slash': f'{a}/{b}{c}',
            'space2': f'{a} {b[:2]} {b[2:]} {c}'}[style]


def fmt_sin(n, rng, style=None):
    style = style or rng.choice(['space', 'dash', 'plain', 'fw', 'dots'])
    a, b, c = n[:3], n[3:6], n[6:]
    return {'space': f'{a} {b} {c}', 'dash': f'{a}-{b}-{c}', 'plain': n, 'fw': fullwidth(f'{a} {b} {c}'),
            'dots': f'{a}.{b}.{c}'}[style]


def fmt_ohip(n, rng, style=None):
    vc = rng.choice(['', ' ' + rng.choice(['AB', 'KM', 'XT', 'HC', 'PL']), '-' + rng.choice(['RD', 'ZY'])])
    style = style or rng.choice(['dash', 'space', 'plain'])
    a, b, c = n[:4], n[4:7], n[7:]
    return {'dash': f'{a}-{b}-{c}', 'space': f'{a} {b} {c}', 'plain': n}[style] + vc


def fmt_niss(n, rng, style=None):
    style = style or rng.choice(['official', 'plain', 'space'])
    return {'official': f'{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}', 'plain': n,
            'space': f'{n[:6]} {n[6:9]} {n[9:]}'}[style]


def fmt_nir(n, rng, style=None):
    style = style or rng.choice(['space', 'plain', 'key'])
    if style == 'space':
        return f'{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}'
    if style == 'key':
        return f'{n[:13]} {n[13:]}'
    return n


def fmt_mrn(p, org, rng, lang, style=None):
    pre = ORG[org].get('mrn', 'HSA')
    d = p.mrn
    style = style or rng.choice(['a', 'b', 'c', 'd', 'e', 'f'])
    if style == 'a':
        return (f'no de dossier {pre} {d}' if lang == 'fr' else f'{pre} MRN {d}')
    if style == 'b':
        return (f'dossier : {d}' if lang == 'fr' else f'MRN: {d}')
    if style == 'c':
        return (f'# dossier {pre}-{d[:3]} {d[3:]}' if lang == 'fr' else f'chart # {pre}-{d[:3]} {d[3:]}')
    if style == 'd':
        return (f'N° dossier hospitalier {d[:2]}.{d[2:4]}.{d[4:]}' if lang == 'fr' else f'Chart no. {d[:2]}.{d[2:4]}.{d[4:]}')
    if style == 'e':
        return (f'dossier {fullwidth(d)}' if lang == 'fr' else f'MRN {fullwidth(d)}')
    return (f'dossier médical n° {d}' if lang == 'fr' else f'medical record number {d}')


def fmt_name(p, lang, rng, style=None):
    style = style or rng.choice(['full', 'full', 'title', 'last_first', 'upper', 'lower', 'initial', 'full'])
    if style == 'full':
        return p.full()
    if style == 'title':
        return f'{p.title(lang)} {p.full()}'
    if style == 'title_last':
        return f'{p.title(lang)} {p.surname}'
    if style == 'last_first':
        return f'{p.surname}, {p.given}'
    if style == 'upper':
        return f'{p.surname.upper()} {p.given}'
    if style == 'lower':
        return p.full().lower()
    if style == 'initial':
        return f'{p.given[0]}. {p.surname}'
    raise ValueError(style)


def pr(p, lang):
    """Gendered words for a person."""
    f = p.sex == 'F'
    if lang == 'fr':
        return dict(il='elle' if f else 'il', Il='Elle' if f else 'Il', ne='née' if f else 'né',
                    dec='décédée' if f else 'décédé', le_def='la défunte' if f else 'le défunt',
                    La_def='La défunte' if f else 'Le défunt', trouve='retrouvée' if f else 'retrouvé',
                    patient='la patiente' if f else 'le patient', Patient='La patiente' if f else 'Le patient',
                    connu='connue' if f else 'connu', admis='admise' if f else 'admis', age='âgée' if f else 'âgé',
                    sexe='F' if f else 'M', homme='femme' if f else 'homme', lui='elle' if f else 'lui',
                    son='sa' if f else 'son', victime='la victime', transporte='transportée' if f else 'transporté')
    return dict(he='she' if f else 'he', He='She' if f else 'He', his='her' if f else 'his', His='Her' if f else 'His',
                him='her' if f else 'him', man='woman' if f else 'man', sexe='F' if f else 'M',
                male='female' if f else 'male')


def to_ascii_safe(s):
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()


def email_local(p, style=0):
    g = to_ascii_safe(p.given).lower().replace(' ', '').replace("'", '')
    s = to_ascii_safe(p.surname).lower().replace(' ', '').replace("'", '')
    return [f'{g}.{s}', f'{g[0]}{s}', f'{s}.{g}', f'{g[0]}.{s}'][style % 4]


# ---------------------------------------------------------------- staff, signatures
ROLES = {
    'coroner': ('Me', 'coroner', 'Coroner', 'coroner'),
    'coroner_sec': ('', 'Adjoint(e) administratif(ve)', 'Administrative assistant', 'coroner'),
    'pathologist': ('Dr', 'Pathologiste judiciaire', 'Forensic pathologist', 'lml'),
    'toxicologist': ('', 'Toxicologue', 'Forensic toxicologist', 'lml'),
    'lml_tech': ('', 'Technicien(ne) en pathologie judiciaire', 'Forensic pathology technician', 'lml'),
    'lml_admin': ('', 'Agent(e) administratif(ve), secrétariat médical', 'Medical secretary', 'lml'),
    'archives': ('', 'Archiviste médical(e) — Service des archives', 'Health information management', 'hsa'),
    'archives2': ('', 'Technicien(ne) en gestion de l\'information de santé', 'Health records technician', 'chhr'),
    'archives3': ('', 'Health Records — Release of Information', 'Health Records — Release of Information', 'sbgh'),
    'icu_md': ('Dr', 'Intensiviste', 'Intensivist', 'hsa'),
    'icu_md2': ('Dr', 'Intensiviste', 'Intensivist', 'sbgh'),
    'er_md': ('Dr', 'Urgentologue', 'Emergency physician', 'chhr'),
    'don_coord': ('', 'Infirmière coordonnatrice en don d\'organes', 'Organ donation nurse coordinator', 'don'),
    'don_coord2': ('', 'Coordonnateur clinique', 'Clinical coordinator', 'don'),
    'detective': ('', 'Sergent-détective, Section des crimes majeurs', 'Detective Sergeant, Major Crimes', 'police'),
    'constable': ('', 'Agent enquêteur', 'Investigating constable', 'police'),
    'lawyer': ('Me', 'Avocat(e)', 'Lawyer', 'law1'),
    'lawyer_en': ('', 'Associate', 'Associate', 'law2'),
    'paralegal': ('', 'Parajuriste', 'Paralegal', 'law1'),
    'adjuster': ('', 'Analyste en réclamations — assurance vie', 'Life claims analyst', 'ins'),
    'pharmacist': ('', 'Pharmacien(ne) propriétaire', 'Pharmacist-owner', 'pharm'),
    'funeral_dir': ('', 'Directeur(trice) funéraire', 'Funeral director', 'funeral'),
    'consul': ('', 'Chargé(e) des affaires consulaires', 'Consular officer', 'consulat'),
    'consul_be': ('', 'Consul honoraire', 'Honorary consul', 'consulbe'),
    'dpj_worker': ('', 'Intervenante, application des mesures', 'Youth protection worker', 'dpj'),
    'on_records': ('', 'Privacy & Release of Information Officer', 'Privacy & Release of Information Officer', 'onhosp'),
    'cnt_insp': ('', 'Inspecteur(trice)', 'Inspector', 'cnt'),
    'crown': ('Me', 'Procureur(e) aux poursuites criminelles', 'Crown prosecutor', 'dpcp'),
    'sane': ('', 'Infirmière examinatrice médico-légale', 'Forensic nurse examiner', 'chhr'),
    'hr': ('', 'Conseillère en gestion des ressources humaines', 'Human resources advisor', 'lml'),
    'hr2': ('', 'Agente de gestion du personnel', 'Staffing officer', 'coroner'),
    'it': ('', 'Soutien informatique', 'IT support', 'lml'),
    'manager': ('', 'Cheffe de service, pathologie judiciaire', 'Manager, forensic pathology', 'lml'),
    'director': ('Dr', 'Directeur médical', 'Medical director', 'lml'),
    'chief_coroner': ('Me', 'Coroner en chef adjoint(e)', 'Deputy chief coroner', 'coroner'),
    'facilities': ('', 'Service des installations matérielles', 'Facilities', 'lml'),
    'procurement': ('', 'Acheteuse, approvisionnement', 'Procurement officer', 'lml'),
    'comms': ('', 'Conseillère en communication', 'Communications advisor', 'coroner'),
    'quality': ('', 'Responsable qualité', 'Quality lead', 'lml'),
    'resident': ('Dr', 'Résident(e) en pathologie', 'Pathology resident', 'lml'),
    'educ': ('', 'Conseillère pédagogique', 'Clinical educator', 'don'),
    'research': ('Dr', 'Chercheur(e) principal(e)', 'Principal investigator', 'lml'),
    'vendor': ('', 'Représentant(e) des ventes', 'Sales representative', None),
    'social': ('', 'Travailleuse sociale', 'Social worker', 'hsa'),
    'nurse': ('', 'Infirmière, soins intensifs', 'ICU nurse', 'hsa'),
    'pharm_hosp': ('', 'Pharmacien(ne), département de pharmacie', 'Hospital pharmacist', 'hsa'),
}


def staff_info(c, key, lang):
    p = c.staff(key)
    hon, tfr, ten, org = ROLES[key]
    if hon == 'Dr':
        hon = 'Dre' if (p.sex == 'F' and lang == 'fr') else 'Dr'
    title = tfr if lang == 'fr' else ten
    title = re.sub(r'(\w+)\((ne|e|trice|ve)\)', lambda m: _gender_word(m.group(1), m.group(2), p.sex), title)
    if p.sex == 'M' and lang == 'fr':
        for fem, masc in MASC.items():
            title = title.replace(fem, masc)
    dom = ORG[org]['dom'] if org else 'medisupply.example'
    addr = f'{email_local(p, len(p.surname))}@{dom}'
    disp = f'{hon + " " if hon and c.chance(0.3) else ""}{p.full()}'
    return dict(p=p, hon=hon, title=title, org=org, addr=addr, disp=disp.strip())


def staff_pair(c, keys_a, keys_b, lang):
    """Two different staff members."""
    a = staff_info(c, c.choice(keys_a), lang)
    for _ in range(20):
        b = staff_info(c, c.choice(keys_b), lang)
        if b['p'] is not a['p']:
            return a, b
    raise RuntimeError('no distinct staff')


def _gender_word(w, suf, sex):
    if sex != 'F':
        return w
    if suf == 'trice':
        return w[:-3] + 'rice'
    if suf == 've':
        return w[:-1] + 've'
    return w + suf


MASC = {'Infirmière coordonnatrice': 'Infirmier coordonnateur', 'Infirmière': 'Infirmier', 'Travailleuse': 'Travailleur',
        'Conseillère': 'Conseiller', 'Agente de gestion': 'Agent de gestion', 'Acheteuse': 'Acheteur', 'Cheffe': 'Chef',
        'Intervenante': 'Intervenant', 'Conseillère pédagogique': 'Conseiller pédagogique',
        'examinatrice': 'examinateur'}


def cap1(s):
    return s[:1].upper() + s[1:]


def signature(c, s, lang, style=None):
    """Signature block; clinic phone/address only (never a patient's)."""
    style = style if style is not None else c.randint(0, 4)
    p = s['p']
    org = ORG[s['org']] if s['org'] else dict(fr='MédiSupply Canada inc.', en='MediSupply Canada Inc.',
                                               addr='55 Industrial Park Road, Mont-Vallier (Québec) J8B 7Z7',
                                               tel='1 877 555-0188')
    name = f'{s["hon"]} {p.full()}'.strip()
    orgname = org[lang]
    if style == 0:
        return f'{name}\n{s["title"]}\n{orgname}'
    if style == 1:
        ext = f' poste {c.randint(2000, 6999)}' if lang == 'fr' else f' ext. {c.randint(2000, 6999)}'
        return f'--\n{name}\n{s["title"]} | {orgname}\nT. {org["tel"]}{ext}\n{org["addr"]}'
    if style == 2:
        return f'{p.given}'
    if style == 3:
        conf = ('AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. '
                'Si vous l\'avez reçu par erreur, veuillez le détruire et en aviser l\'expéditeur.') if lang == 'fr' else (
                'CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it in error, '
                'please delete it and notify the sender.')
        return f'{name}\n{s["title"]}\n{orgname}\nTél. : {org["tel"]}\n\n{conf}' if lang == 'fr' else \
            f'{name}\n{s["title"]}\n{orgname}\nTel: {org["tel"]}\n\n{conf}'
    return f'{name} — {s["title"]}\n{orgname} · {org["tel"]}'


def greeting(c, lang, who=None):
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour {w},', 'Bonjour {w},', 'Bon matin,', 'Salut {w},', 'Madame, Monsieur,', 'Allô,']
    else:
        opts = ['Hi,', 'Hello {w},', 'Hi {w},', 'Good morning,', 'Dear {w},', 'Hello,', '{w} -']
    g = c.choice(opts)
    if '{w}' in g:
        if not who:
            return 'Bonjour,' if lang == 'fr' else 'Hello,'
        return g.format(w=who)
    return g


def closing(c, lang):
    if lang == 'fr':
        return c.choice(['Merci,', 'Merci à l\'avance,', 'Cordialement,', 'Bonne journée,', 'Salutations,',
                         'Merci de votre collaboration,', 'Bien à vous,', ''])
    return c.choice(['Thanks,', 'Thank you,', 'Regards,', 'Best,', 'Kind regards,', 'Cheers,', 'Many thanks,', ''])


def join_body(*parts):
    return '\n\n'.join(p for p in parts if p)


# ---------------------------------------------------------------- spec helpers
def A(s):
    """(display, address) from a staff_info dict or a tuple."""
    if isinstance(s, tuple):
        return s
    return (s['disp'], s['addr'])


def S(lang, cat, types, note, frm, to, subject, text=None, html=None, atts=None, cc=None, force=None,
      reply=False, date=None, headers=None):
    return dict(lang=lang, cat=cat, types=sorted(set(types)), note=note, frm=A(frm), to=[A(t) for t in to],
                cc=[A(t) for t in (cc or [])], subject=subject, text=text, html=html, atts=atts or [],
                force=force, reply=reply, date=date, headers=headers or [])


def case_no(c, year=None):
    year = year or c.choice([2024, 2025])
    return c.choice([f'A-{c.randint(300000, 399999)}', f'C-{year}-{c.randint(1000, 9999):05d}',
                     f'{year}-{c.randint(100, 2999):04d}'])


def aut_no(c, year=None):
    year = year or c.choice([2024, 2025])
    return c.choice([f'LML-{year % 100}-{c.randint(100, 1400):04d}', f'AUT {year}/{c.randint(10, 999):03d}',
                     f'PM-{year % 100}-{c.randint(100, 999)}'])


def gz(text, p, lang='fr'):
    """Resolve gendered placeholders."""
    f = p.sex == 'F'
    w = pr(p, lang)
    text = text.replace('conducteur(trice)', 'conductrice' if f else 'conducteur')
    text = text.replace('(e)', 'e' if f else '')
    for k, v in w.items():
        text = text.replace('{' + k + '}', v)
    return text
