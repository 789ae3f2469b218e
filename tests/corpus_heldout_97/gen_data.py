"""Invented people, places and identifiers for the stroke / neurology / rehab corpus.

Everything here is synthetic.  RAMQ NAMs come only from ../blind_nams.txt and are
always used with their holder's name, birth date and sex.
"""
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


# --------------------------------------------------------------------------- NAM holders
def load_nam_holders(path=NAM_FILE):
    people = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            people.append(dict(surname=surname, given=given, dob=(y, m, d), sex=sex,
                               nam=nam, holder=True))
    return people


NAM_HOLDERS = load_nam_holders()
NAM_SURNAMES = sorted({p['surname'] for p in NAM_HOLDERS})


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------- name pools
FR_GIVEN_M = ['Jean', 'Luc', 'Normand', 'Réjean', 'Gaétan', 'Sylvain', 'Stéphane', 'Yves', 'Benoît',
              'Mathieu', 'Alexandre', 'Guy', 'Serge', 'Denis', 'Raymond', 'Gérard', 'Jean-Guy',
              'Pierre-Yves', 'Rosaire', 'Marcel', 'Éric', 'François', 'Hugo', 'Olivier', 'Réal',
              'Jean-François', 'Germain', 'Laurent', 'Félix', 'Maxime']
FR_GIVEN_F = ['Hélène', 'Lucie', 'Francine', 'Monique', 'Chantal', 'Julie', 'Isabelle', 'Catherine',
              'Louise', 'Lise', 'Nicole', 'Suzanne', 'Claudette', 'Marie-Ève', 'Annie', 'Mélanie',
              'Véronique', 'Johanne', 'Carole', 'Rachel', 'Thérèse', 'Micheline', 'Gisèle',
              'Marie-Claude', 'Jocelyne', 'Noémie', 'Camille', 'Rolande', 'Pierrette', 'Andrée']
FR_SURNAMES = ['Tremblay', 'Côté', 'Bergeron', 'Lévesque', 'Dubé', 'Gingras', 'Ouimet', 'Leclerc',
               'Beaulieu', 'Desjardins', 'Lemieux', 'Charbonneau', 'Dufour', 'Gosselin', 'Hébert',
               'Paré', 'Tessier', 'Vachon', 'Boisvert', 'Lacroix', 'Fréchette', 'Rioux', 'Bérubé',
               'Labbé', 'Vaillancourt', 'Bilodeau', 'Aubin', 'Turcotte', 'Lachance', 'Mercier',
               'Plante', 'Brisebois', 'Tanguay', 'Deschênes', 'Gaudreault', 'Lafrance', 'Marcoux',
               'Veilleux', 'Poulin', 'Arsenault', 'Nolin', 'Carrier', 'Bélisle', 'Jolicoeur',
               'Duchesne', 'Proulx', 'St-Onge', 'Langevin', 'Desrosiers', 'Ménard', 'Larouche',
               'Guérin', 'Beauchemin', 'Laflamme', 'Trudel', 'Sirois', 'Ratté', 'Quirion']
EN_GIVEN_M = ['James', 'Kevin', 'Brian', 'Patrick', 'Daniel', 'Graham', 'Thomas', 'Ethan', 'Omar',
              'Raj', 'Gordon', 'Stuart', 'Warren', 'Trevor', 'Malcolm', 'Derek', 'Howard', 'Neil']
EN_GIVEN_F = ['Margaret', 'Linda', 'Karen', 'Heather', 'Jennifer', 'Priya', 'Fatima', 'Olivia',
              'Rebecca', 'Megan', 'Alice', 'Grace', 'Joan', 'Doreen', 'Shirley', 'Eileen', 'Leah',
              'Wendy']
EN_SURNAMES = ["O'Brien", 'Kowalski', 'Nguyen', 'Haddad', 'Patel', 'Fitzgerald', 'Chen', 'Murphy',
               'Campbell', 'Stewart', 'Greenberg', 'Kaur', 'Russo', 'Cohen', 'Ahmed', 'Reid',
               'Sinclair', 'Doyle', 'Harrington', 'Walsh', 'McKenna', 'Lindqvist', 'Abernathy',
               'Okafor', 'Petrov', 'Baker', 'Hughes', 'Morrison', 'Fraser', 'Gallagher', 'Kerr',
               'Whitfield', 'Dunbar', 'Ferreira', 'Novak', 'Sandhu']

# staff surnames are drawn from a separate pool so that staff never look like patients
STAFF_SURNAMES_FR = ['Beauregard', 'Lalonde', 'Massicotte', 'Thériault', 'Fiset', 'Laberge',
                     'Champagne', 'Dionne', 'Bourque', 'Provencher', 'Lapierre', 'Brassard',
                     'Cyr', 'Forget', 'Giroux', 'Létourneau', 'Rochon', 'Séguin', 'Vézina',
                     'Dagenais', 'Auclair', 'Hamel', 'Jobin', 'Lortie', 'Pagé', 'Rivest']
STAFF_SURNAMES_EN = ['Ashworth', 'Blackwood', 'Carrington', 'Delaney', 'Ellison', 'Fairbanks',
                     'Goldstein', 'Hollis', 'Iverson', 'Jankowski', 'Keating', 'Lockhart',
                     'Mendelson', 'Northcott', 'Pemberton', 'Quinlan', 'Rasmussen', 'Shah',
                     'Tennant', 'Vasquez', 'Yamamoto', 'Zielinski']
STAFF_GIVEN_FR_F = ['Geneviève', 'Annick', 'Karine', 'Josiane', 'Nadia', 'Élise', 'Caroline', 'Valérie',
                    'Amélie', 'Audrey', 'Émilie', 'Stéphanie', 'Maude', 'Isabeau']
STAFF_GIVEN_FR_M = ['Sébastien', 'Patrice', 'Martin', 'Frédéric', 'Simon', 'Jérôme', 'Philippe', 'Vincent',
                    'Mathis', 'Yannick']
STAFF_GIVEN_EN_F = ['Rachel', 'Natasha', 'Erin', 'Simone', 'Laura', 'Tara', 'Claire', 'Farah', 'Hannah']
STAFF_GIVEN_EN_M = ['Andrew', 'Colin', 'Adam', 'Marcus', 'Owen', 'Victor', 'Ian']

for _pool in (FR_SURNAMES, EN_SURNAMES, STAFF_SURNAMES_FR, STAFF_SURNAMES_EN):
    for _s in _pool:
        assert strip_accents(_s).lower() not in {strip_accents(x).lower() for x in NAM_SURNAMES}, _s


# --------------------------------------------------------------------------- places
SITES = [
    dict(name='Hôpital régional de Val-Boisé', short='HRVB', kind='regional', dom='hrvb.example', city='Val-Boisé',
         phone='819 555-0142', fax='819 555-0143', en=False, mrn='HRVB-{6}'),
    dict(name='CHU Saint-Laurent-des-Monts', short='CHUSLM', kind='hub', dom='chuslm.example',
         city='Saint-Laurent-des-Monts', phone='418 555-0110', fax='418 555-0111', en=False,
         mrn='{7}'),
    dict(name='Centre de réadaptation Le Phare', short='CR Le Phare', kind='rehab', dom='crlephare.example',
         city='Rivière-aux-Saules', phone='450 555-0127', fax='450 555-0128', en=False,
         mrn='RP{6}'),
    dict(name='Institut neurologique de la Rive-Nord', short='INRN', kind='hub', dom='inrn.example',
         city='Sainte-Adèle-du-Lac', phone='450 555-0163', fax='450 555-0164', en=False,
         mrn='N-{3}-{4}'),
    dict(name='Hôpital de Mont-Argent', short='HMA', kind='regional', dom='hma.example', city='Mont-Argent',
         phone='819 555-0171', fax='819 555-0172', en=False, mrn='MA{7}'),
    dict(name='Pinecrest Regional Hospital', short='PRH', kind='regional', dom='pinecrest-hosp.example',
         city='Pointe-Clairmont', phone='514 555-0135', fax='514 555-0136', en=True,
         mrn='PR{7}'),
    dict(name='St. Aldric Neurological Institute', short='SANI', kind='hub', dom='staldric.example',
         city='Montréal-Ouest-des-Îles', phone='514 555-0181', fax='514 555-0182', en=True,
         mrn='{8}'),
    dict(name='Eastbrook Rehabilitation Centre', short='ERC', kind='rehab', dom='eastbrook-rehab.example',
         city='Lennox-sur-Lac', phone='819 555-0157', fax='819 555-0158', en=True, mrn='ER-{6}'),
    dict(name='GMF du Vieux-Moulin', short='GMF Vieux-Moulin', kind='gmf', dom='gmf-vieuxmoulin.example',
         city='Val-Boisé', phone='819 555-0191', fax='819 555-0192', en=False, mrn='{5}'),
    dict(name='Clinique médicale Lakeview', short='Lakeview', kind='gmf', dom='lakeview-clinic.example',
         city='Pointe-Clairmont', phone='514 555-0195', fax='514 555-0196', en=True, mrn='{5}'),
]

STREETS_FR = ['rue des Érables', 'boulevard Saint-Joseph', 'rue Principale', 'avenue du Parc',
              'rang Sainte-Anne', 'rue de la Montagne', 'chemin du Lac-Noir', 'rue Notre-Dame',
              'rue des Pins', 'montée Lavoie', 'rue Saint-Cyrille', 'croissant des Bouleaux']
STREETS_EN = ['Maple Crescent', 'Lakeshore Road', 'Elm Street', 'Victoria Avenue', 'Cedar Lane',
              'Aberdeen Street', 'Birch Hill Road', 'Queen Street']
TOWNS = ['Val-Boisé', 'Saint-Laurent-des-Monts', 'Rivière-aux-Saules', 'Sainte-Adèle-du-Lac',
         'Mont-Argent', 'Pointe-Clairmont', 'Lennox-sur-Lac', 'Saint-Isidore-de-Beaulac',
         'Lac-aux-Hérons']


class Gen:
    """Deterministic factory for invented people and identifiers."""

    def __init__(self, rng):
        self.rng = rng
        self.used_names = set()
        self.nam_order = list(range(len(NAM_HOLDERS)))
        rng.shuffle(self.nam_order)
        self.nam_idx = 0

    # ---------------------------------------------------------------- helpers
    def digits(self, n):
        return ''.join(self.rng.choice('0123456789') for _ in range(n))

    def phone(self, area=None):
        area = area or self.rng.choice(['514', '450', '418', '819', '438', '581', '873'])
        return '%s 555-01%02d' % (area, self.rng.randint(0, 99))

    def postal(self):
        L = 'ABCEGHJKLMNPRSTVXY'
        r = self.rng
        return '%s%d%s %d%s%d' % (r.choice('GHJ'), r.randint(0, 9), r.choice(L), r.randint(0, 9),
                                  r.choice(L), r.randint(0, 9))

    def address_parts(self, en=False):
        """(street line, town, postal code)"""
        r = self.rng
        num = r.randint(12, 4890)
        town = r.choice(TOWNS)
        if en:
            apt = r.choice(['', '', 'Apt. %d, ' % r.randint(1, 12)])
            return '%s%d %s' % (apt, num, r.choice(STREETS_EN)), town, self.postal()
        apt = r.choice(['', '', ', app. %d' % r.randint(1, 12)])
        return '%d, %s%s' % (num, r.choice(STREETS_FR), apt), town, self.postal()

    def address(self, en=False, parts=None):
        street, town, pc = parts or self.address_parts(en)
        if en:
            return '%s, %s, QC %s' % (street, town, pc)
        return '%s, %s (Québec) %s' % (street, town, pc)

    def dob(self, lo=1932, hi=2004):
        r = self.rng
        y = r.randint(lo, hi)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        return (y, m, d)

    # ---------------------------------------------------------------- people
    def patient(self, lang='fr', holder=None, age_range=(1932, 2004)):
        """holder=True: a NAM holder; False: an invented person without NAM."""
        r = self.rng
        if holder:
            lo, hi = age_range
            ok = [i for i in self.nam_order if lo <= NAM_HOLDERS[i]['dob'][0] <= hi]
            if not ok:
                ok = list(self.nam_order)
            use = self.__dict__.setdefault('nam_use', {})
            i = min(ok, key=lambda k: (use.get(k, 0), self.nam_order.index(k)))
            use[i] = use.get(i, 0) + 1
            return dict(NAM_HOLDERS[i])
        for _ in range(200):
            fr_name = (lang == 'fr') if r.random() < 0.8 else (lang != 'fr')
            sex = r.choice('MF')
            if fr_name:
                given = r.choice(FR_GIVEN_M if sex == 'M' else FR_GIVEN_F)
                surname = r.choice(FR_SURNAMES)
            else:
                given = r.choice(EN_GIVEN_M if sex == 'M' else EN_GIVEN_F)
                surname = r.choice(EN_SURNAMES)
            if (given, surname) not in self.used_names:
                break
        self.used_names.add((given, surname))
        return dict(surname=surname, given=given, dob=self.dob(*age_range), sex=sex, nam=None,
                    holder=False)

    def staff(self, lang='fr', title=None):
        r = self.rng
        sex = 'F' if r.random() < 0.62 else 'M'
        if lang == 'fr':
            given = r.choice(STAFF_GIVEN_FR_F if sex == 'F' else STAFF_GIVEN_FR_M)
            surname = r.choice(STAFF_SURNAMES_FR)
        else:
            given = r.choice(STAFF_GIVEN_EN_F if sex == 'F' else STAFF_GIVEN_EN_M)
            surname = r.choice(STAFF_SURNAMES_EN)
        return dict(given=given, surname=surname, title=title, sex=sex)

    # ---------------------------------------------------------------- identifiers
    def sin(self):
        while True:
            base = self.rng.choice('1234567') + self.digits(7)
            num = base + luhn.calc_check_digit(base)
            if ca_sin.is_valid(num):
                return num

    def ohip(self):
        while True:
            base = self.rng.choice('123456789') + self.digits(8)
            num = base + luhn.calc_check_digit(base)
            if luhn.is_valid(num):
                return num, ''.join(self.rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))

    def niss(self, dob, sex):
        y, m, d = dob
        while True:
            ctr = self.rng.randint(1, 997)
            if (ctr % 2 == 1) != (sex == 'M'):
                ctr += 1
            body = '%02d%02d%02d%03d' % (y % 100, m, d, ctr)
            key = 97 - (int(('2' + body) if y >= 2000 else body) % 97)
            num = body + '%02d' % key
            if be_nn.is_valid(num):
                return num

    def nir(self, dob, sex):
        y, m, _ = dob
        while True:
            dept = '%02d' % self.rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94])
            body = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, y % 100, m, dept,
                                             self.rng.randint(1, 990), self.rng.randint(1, 999))
            num = body + '%02d' % (97 - int(body) % 97)
            if fr_nir.is_valid(num):
                return num

    def mrn(self, site):
        pat = site['mrn']
        out = ''
        i = 0
        while i < len(pat):
            if pat[i] == '{':
                j = pat.index('}', i)
                out += self.digits(int(pat[i + 1:j]))
                i = j + 1
            else:
                out += pat[i]
                i += 1
        return out


# --------------------------------------------------------------------------- formatting helpers
FW = {c: chr(0xFF10 + int(c)) for c in '0123456789'}
FW.update({c: chr(0xFF21 + ord(c) - 65) for c in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'})


def fullwidth(s):
    return ''.join(FW.get(c, c) for c in s)


def fmt_nam(nam, style):
    """Ways NAMs are written in real mail."""
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'plain': nam,
        'space': '%s %s %s' % (a, b, c),
        'space2': '%s %s %s %s' % (a, nam[4:6], nam[6:10], nam[10:]),
        'dash': '%s-%s-%s' % (a, b, c),
        'dots': '%s.%s.%s' % (a, b, c),
        'slash': '%s/%s/%s' % (a, b, c),
        'lower': ('%s %s %s' % (a, b, c)).lower(),
        'wide': fullwidth('%s %s %s' % (a, b, c)),
        'odd': '%s  %s %s' % (' '.join(a), b, c),
    }[style]


def fmt_sin(n, style):
    return {'space': '%s %s %s' % (n[:3], n[3:6], n[6:]),
            'dash': '%s-%s-%s' % (n[:3], n[3:6], n[6:]),
            'plain': n, 'dots': '%s.%s.%s' % (n[:3], n[3:6], n[6:]),
            'wide': fullwidth('%s %s %s' % (n[:3], n[3:6], n[6:]))}[style]


def fmt_ohip(n, vc, style):
    return {'dash': '%s-%s-%s-%s' % (n[:4], n[4:7], n[7:], vc),
            'space': '%s %s %s %s' % (n[:4], n[4:7], n[7:], vc),
            'plain': n + vc, 'novc': '%s %s %s' % (n[:4], n[4:7], n[7:])}[style]


def fmt_niss(n, style):
    return {'std': '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            'space': '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            'plain': n}[style]


def fmt_nir(n, style):
    return {'space': '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13],
                                                n[13:]),
            'plain': n, 'key': '%s %s' % (n[:13], n[13:])}[style]


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']


def fmt_date(d, style, lang='fr'):
    y, m, dd = d
    if style == 'iso':
        return '%04d-%02d-%02d' % (y, m, dd)
    if style == 'dmy':
        return '%02d/%02d/%04d' % (dd, m, y)
    if style == 'mdy':
        return '%02d/%02d/%04d' % (m, dd, y)
    if style == 'long':
        if lang == 'fr':
            return '%s %s %d' % ('1er' if dd == 1 else dd, MONTHS_FR[m - 1], y)
        return '%s %d, %d' % (MONTHS_EN[m - 1], dd, y)
    if style == 'dots':
        return '%02d.%02d.%04d' % (dd, m, y)
    if style == 'compact':
        return '%04d%02d%02d' % (y, m, dd)
    raise ValueError(style)


def age_at(dob, ref=(2025, 3, 1)):
    y, m, d = dob
    a = ref[0] - y
    if (ref[1], ref[2]) < (m, d):
        a -= 1
    return a


def title(p, lang):
    if lang == 'fr':
        return 'M.' if p['sex'] == 'M' else 'Mme'
    return 'Mr.' if p['sex'] == 'M' else 'Ms.'


def name_form(p, style, lang='fr'):
    """Ways a patient's name turns up in mail."""
    g, s = p['given'], p['surname']
    ini = '-'.join(x[0] + '.' for x in g.split('-'))
    return {
        'full': '%s %s' % (g, s),
        'title': '%s %s' % (title(p, lang), s),
        'title_full': '%s %s %s' % (title(p, lang), g, s),
        'last_first': '%s, %s' % (s.upper(), g),
        'last_first_plain': '%s %s' % (s, g),
        'lower': ('%s %s' % (g, s)).lower(),
        'initial': '%s %s' % (ini, s),
        'upper': ('%s %s' % (s, g)).upper(),
    }[style]
