"""Shared helpers: seeded randomness, invented people and places, identifiers,
disguises, date formats, and the Doc accumulator that tracks finding types."""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

# --------------------------------------------------------------------------
# Organisation (all invented)
# --------------------------------------------------------------------------
ORG_FR = 'Réseau de santé Boréal-Estrie'
ORG_EN = 'Boréal-Estrie Health Network'
PROG_FR = 'Programme régional de chirurgie bariatrique et de médecine de l\'obésité'
PROG_EN = 'Regional Bariatric Surgery and Obesity Medicine Program'
DOM = 'rsbe.example'
SITES = [
    ('Hôpital Saint-Aurèle', '2200, rue des Pionniers, Val-Brûlé (Québec) J9X 3B7', '819 555-0120'),
    ('Centre hospitalier de Lac-Argenté', '45, chemin du Quai, Lac-Argenté (Québec) J0Y 1R4', '819 555-0131'),
    ('Clinique de médecine de l\'obésité Des Forges', '310, boul. Des Forges, bureau 204, Val-Brûlé (Québec) J9X 2L8', '819 555-0146'),
]
SITES_EN = ['Saint-Aurèle Hospital', 'Lac-Argenté Hospital Centre', 'Des Forges Obesity Medicine Clinic']

# --------------------------------------------------------------------------
# Name pools.  None of these surnames is a holder surname in blind_nams.txt.
# --------------------------------------------------------------------------
PAT_SURNAMES = ['Tremblay', 'Bergeron', 'Lavoie', 'Gingras', 'Dufour', 'Béland', 'Cormier', 'Carrier',
                'Vaillancourt', 'Poulin', 'Lemieux', 'Desjardins', 'Dumont', 'Landry', 'Beaulieu',
                'Perreault', 'Hébert', 'Lachance', 'Grenier', 'Charron', 'Doucet', 'Rioux', 'Bédard',
                'Marcoux', 'Turcotte', 'Vachon', 'Blouin', 'Pagé', 'Okafor', 'Henderson', 'Kowalski',
                'Nguyen', 'Patel', 'Fraser', 'McAllister', "O'Brien", 'Singh', 'Da Silva', 'Ferreira',
                'Haddad', 'Castillo', 'Ivanova', 'Sutherland', 'Bishop', 'Reyes', 'Abboud', 'Morrison',
                'Kaur', 'Gendron', 'Lapierre', 'Bolduc', 'Lévesque', 'Corriveau', 'Mailloux', 'Dion']
PAT_GIVEN_F = ['Ginette', 'Chantal', 'Nancy', 'Mélanie', 'Karine', 'Josianne', 'France', 'Lise', 'Julie',
               'Annie', 'Tanya', 'Keisha', 'Priya', 'Megan', 'Fatima', 'Rosa', 'Heather', 'Gurpreet',
               'Maryse', 'Édith', 'Solange', 'Véronique', 'Amélie', 'Noémie', 'Linda', 'Brenda']
PAT_GIVEN_M = ['Réjean', 'Sylvain', 'Patrick', 'Steve', 'Stéphane', 'Yannick', 'Normand', 'Martin', 'Éric',
               'Dany', 'Derek', 'Brandon', 'Wei', 'Oluwaseun', 'Curtis', 'Dmitri', 'Tyrone', 'Gaétan',
               'Jocelyn', 'Mathieu', 'Kevin', 'Raymond', 'Ghislain', 'Omar']

STAFF = [  # (given, surname, sex, role_fr, role_en)
    ('Anne-Marie', 'Vézina', 'F', 'chirurgienne bariatrique', 'bariatric surgeon'),
    ('Kwame', 'Mensah', 'M', 'chirurgien général et bariatrique', 'general and bariatric surgeon'),
    ('Hélène', 'Arsenault', 'F', 'endocrinologue', 'endocrinologist'),
    ('Olivier', 'Tardif', 'M', 'interniste, médecine de l\'obésité', 'internist, obesity medicine'),
    ('Priscilla', 'Whitfield', 'F', 'médecin de famille, médecine de l\'obésité', 'family physician, obesity medicine'),
    ('Rachid', 'Kapoor', 'M', 'gastro-entérologue', 'gastroenterologist'),
    ('Ingrid', 'Lindqvist', 'F', 'anesthésiologiste', 'anesthesiologist'),
    ('Benoît', 'Drapeau', 'M', 'pneumologue (sommeil)', 'respirologist (sleep)'),
    ('Sophie', 'Lafrenière', 'F', 'nutritionniste', 'dietitian'),
    ('Caroline', 'Bissonnette', 'F', 'infirmière pivot bariatrique', 'bariatric nurse navigator'),
    ('Jean-Philippe', 'Giguère', 'M', 'psychologue', 'psychologist'),
    ('Valérie', 'Paradis', 'F', 'travailleuse sociale', 'social worker'),
    ('Luc', 'Ouimet', 'M', 'pharmacien', 'pharmacist'),
    ('Nadia', 'Labelle', 'F', 'agente administrative', 'administrative officer'),
    ('Marie-Ève', 'Thériault', 'F', 'infirmière clinicienne', 'clinical nurse'),
    ('Daniel', 'Comeau', 'M', 'résident R3 chirurgie', 'surgery resident (PGY-3)'),
    ('Yuki', 'Nakamura', 'F', 'kinésiologue', 'kinesiologist'),
    ('Samuel', 'Osei', 'M', 'radiologiste', 'radiologist'),
    ('Fiona', 'Brennan', 'F', 'gestionnaire du programme', 'program manager'),
    ('Alejandro', 'Delgado', 'M', 'chef du service de chirurgie', 'chief of surgery'),
    ('Isabelle', 'Rousseau', 'F', 'agente de planification', 'planning officer'),
    ('Francis', 'Lussier', 'M', 'technicien en informatique', 'IT technician'),
    ('Geneviève', 'Jodoin', 'F', 'conseillère en ressources humaines', 'HR advisor'),
    ('Marc-André', 'St-Onge', 'M', 'acheteur, approvisionnement', 'procurement buyer'),
    ('Chloé', 'Brassard', 'F', 'adjointe administrative', 'administrative assistant'),
    ('Patrice', 'Fontaine', 'M', 'chef des installations', 'facilities manager'),
    ('Mireille', 'Desrosiers', 'F', 'coordonnatrice de la recherche', 'research coordinator'),
    ('Étienne', 'Veilleux', 'M', 'agent de paie', 'payroll officer'),
    ('Rosalie', 'Provencher', 'F', 'infirmière, santé au travail', 'occupational health nurse'),
    ('Thomas', 'Beauchemin', 'M', 'médecin de famille (GMF)', 'family physician (FMG)'),
    ('Aïcha', 'Benali', 'F', 'médecin de famille (GMF)', 'family physician (FMG)'),
    ('Gregory', 'Halvorsen', 'M', 'internist (Ontario partner)', 'internist (Ontario partner)'),
]
EXTRA_STAFF_GIVEN = ['Audrey', 'Simon', 'Laurence', 'Vincent', 'Émilie', 'Hugo', 'Catherine', 'Maxime',
                     'Kim', 'Nicolas', 'Joanie', 'Philippe', 'Jessica', 'Raphaël', 'Sabrina', 'Alexandre']
EXTRA_STAFF_SURNAMES = ['Gosselin', 'Lacasse', 'Dubuc', 'Ménard', 'Laflamme', 'Trudel', 'Cyr', 'Lefrançois',
                        'Boisvert', 'Lamontagne', 'Choquette', 'Séguin', 'Bernier', 'Godin', 'Huard', 'Pilon']


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def email_of(given, surname, dom=DOM):
    g = strip_accents(given).lower().replace(' ', '').replace("'", '')
    s = strip_accents(surname).lower().replace(' ', '').replace("'", '')
    return f'{g}.{s}@{dom}'


def staff(rng, role_filter=None):
    pool = [s for s in STAFF if role_filter is None or role_filter(s)]
    return pick(rng, pool)


def staff_name(s, lang, title=True):
    g, sn, sex, rfr, ren = s
    doc = any(w in ren for w in ('surgeon', 'physician', 'internist', 'endocrinologist', 'gastroenterologist',
                                 'radiologist', 'anesthesiologist', 'respirologist', 'resident'))
    if not title:
        return f'{g} {sn}'
    if doc and 'résident' not in rfr:
        if lang == 'fr':
            return f'{"Dre" if sex == "F" else "Dr"} {g} {sn}'
        return f'Dr. {g} {sn}' if pick_title_variant(g) else f'Dr {g} {sn}'
    return f'{g} {sn}'


def pick_title_variant(g):
    return len(g) % 2 == 0


def signature(s, lang, rng, site=None):
    g, sn, sex, rfr, ren = s
    site = site if site is not None else rng.randrange(len(SITES))
    sname, addr, phone = SITES[site]
    ext = rng.randrange(2000, 4999)
    role = rfr if lang == 'fr' else ren
    if lang == 'fr':
        lines = [f'{staff_name(s, lang)}', role[0].upper() + role[1:], PROG_FR, sname, addr,
                 f'Tél. : {phone}, poste {ext}']
    else:
        lines = [f'{staff_name(s, lang)}', role[0].upper() + role[1:], PROG_EN,
                 SITES_EN[site] if rng.random() < 0.6 else sname, addr, f'Tel. {phone} ext. {ext}']
    style = rng.randrange(3)
    if style == 0:
        return '-- \n' + '\n'.join(lines)
    if style == 1:
        return '\n'.join(lines[:2] + lines[3:4] + lines[-1:])
    return lines[0] + '\n' + ' | '.join(lines[1:2] + lines[3:4]) + '\n' + lines[-1]


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def dob_variants(d):
    """Every way the generator may print a birth date (the verifier checks these)."""
    return [
        d.strftime('%Y-%m-%d'),
        d.strftime('%d/%m/%Y'),
        d.strftime('%Y/%m/%d'),
        f'{d.day} {MOIS[d.month - 1]} {d.year}',
        f'{d.day:02d} {MOIS[d.month - 1]} {d.year}',
        f'{MONTHS[d.month - 1]} {d.day}, {d.year}',
        f'{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}',
        d.strftime('%d.%m.%Y'),
    ]


def fmt_dob(rng, d, lang):
    v = dob_variants(d)
    if lang == 'fr':
        return v[pick(rng, [0, 0, 1, 2, 3, 4, 7])]
    return v[pick(rng, [0, 0, 2, 5, 5, 6])]


def fmt_date(d, lang, style=0):
    if lang == 'fr':
        if style == 0:
            return f'{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}'
        if style == 1:
            return f'{d.day} {MOIS[d.month - 1]} {d.year}'
        return d.strftime('%Y-%m-%d')
    if style == 0:
        return f'{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}'
    if style == 1:
        return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'
    return d.strftime('%Y-%m-%d')


def workday_after(d, rng, lo=2, hi=40):
    x = d + datetime.timedelta(days=rng.randint(lo, hi))
    while x.weekday() >= 5:
        x += datetime.timedelta(days=1)
    return x


def msg_datetime(rng):
    base = datetime.date(2025, 1, 6)
    day = base + datetime.timedelta(days=rng.randrange(0, 172))
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    dst = datetime.date(2025, 3, 9) <= day
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return datetime.datetime(day.year, day.month, day.day, rng.randint(7, 18), rng.randrange(60),
                             rng.randrange(60), tzinfo=tz)


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# NAMs from ../blind_nams.txt
# --------------------------------------------------------------------------
def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sn, gn, dob, sex, nam = line.split()
            out.append({'surname': sn, 'given': gn, 'dob': datetime.date.fromisoformat(dob), 'sex': sex,
                        'nam': nam})
    return out


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
FW = str.maketrans('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                   '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ')


def fullwidth(s):
    return s.translate(FW)


def make_sin(rng):
    while True:
        body = str(pick(rng, [1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def make_ohip(rng):
    body = str(rng.randint(1, 9)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and n[0] != '0' and luhn.is_valid(n)


def make_niss(rng, dob, sex):
    seq = rng.randrange(1, 997)
    if (seq % 2 == 1) != (sex == 'M'):
        seq += 1
    base = dob.strftime('%y%m%d') + f'{seq:03d}'
    num = int(('2' + base) if dob.year >= 2000 else base)
    n = base + f'{97 - num % 97:02d}'
    assert be_nn.is_valid(n), n
    return n


def make_nir(rng, dob, sex):
    dept = pick(rng, ['69', '42', '38', '01', '75', '13', '59', '33'])
    base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + f'{rng.randint(1, 400):03d}' + \
        f'{rng.randint(1, 999):03d}'
    n = base + fr_nir.calc_check_digits(base)
    assert fr_nir.is_valid(n), n
    return n


def make_mrn(rng):
    return str(rng.randint(100000, 999999)) if rng.random() < 0.3 else str(rng.randint(1000000, 9899999))


def disguise(groups, style, sep_plain=''):
    """Write an identifier from its groups in one of several styles."""
    if style == 'plain':
        return sep_plain.join(groups)
    if style == 'spaced':
        return ' '.join(groups)
    if style == 'dotted':
        return '.'.join(groups)
    if style == 'slashed':
        return '/'.join(groups)
    if style == 'hyphen':
        return '-'.join(groups)
    if style == 'fullwidth':
        return fullwidth(' '.join(groups))
    if style == 'fullwidth_plain':
        return fullwidth(''.join(groups))
    if style == 'odd':
        s = ''.join(groups)
        return '  '.join(s[i:i + 3] for i in range(0, len(s), 3))
    raise ValueError(style)


def fmt_nam(nam, style):
    g = [nam[:4], nam[4:8], nam[8:]]
    if style == 'lower':
        return ' '.join(g).lower()
    return disguise(g, style)


def fmt_sin(n, style):
    return disguise([n[:3], n[3:6], n[6:]], style)


def fmt_ohip(n, style, version=''):
    s = disguise([n[:4], n[4:7], n[7:]], style)
    return (s + (' ' if style in ('spaced', 'fullwidth') else '-') + version) if version else s


def fmt_niss(n, style):
    if style == 'official':
        return be_nn.format(n)
    return disguise([n[:2], n[2:4], n[4:6], n[6:9], n[9:]], style)


def fmt_nir(n, style):
    g = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    if style == 'key':
        return ' '.join(g[:-1]) + ' clé ' + g[-1]
    return disguise(g, style)


def fmt_mrn(n, style):
    if style == 'plain':
        return n
    if len(n) == 7:
        g = [n[0], n[1:4], n[4:]]
    else:
        g = [n[:3], n[3:]]
    return disguise(g, style)


PHONE_AREAS = ['819', '873', '450', '514', '613', '418']


def make_phone(rng, style=None):
    a = pick(rng, PHONE_AREAS)
    n = f'{rng.randint(0, 99):02d}'
    style = style if style is not None else rng.randrange(4)
    return [f'{a} 555-01{n}', f'({a}) 555-01{n}', f'{a}-555-01{n}', f'{a}.555.01{n}'][style]


STREETS = ['rue des Mélèzes', 'rang Saint-Joseph', 'avenue Laviolette', 'rue Principale Nord', 'chemin du Lac-Vert',
           'boul. des Hauts-Bois', 'rue Champlain', 'montée Gagné-Hardy', 'rue de la Fonderie', 'croissant des Saules',
           'rue Notre-Dame Ouest', 'avenue des Cèdres']
TOWNS = [('Val-Brûlé', 'J9X'), ('Lac-Argenté', 'J0Y'), ('Sainte-Odile-du-Nord', 'J0Z'), ('Pont-Roussel', 'J9T'),
         ('Grandes-Fourches', 'J0W'), ('Saint-Aurèle', 'J9Y')]


def make_address(rng, oneline=True):
    num = rng.randint(12, 2890)
    street = pick(rng, STREETS)
    town, fsa = pick(rng, TOWNS)
    apt = f', app. {rng.randint(1, 12)}' if rng.random() < 0.25 else ''
    pc = f'{fsa} {rng.randint(1, 9)}{pick(rng, "ABCEGHJKLMNPRSTVWXYZ")}{rng.randint(0, 9)}'
    if oneline:
        return f'{num}, {street}{apt}, {town} (Québec) {pc}'
    return f'{num}, {street}{apt}\n{town} (Québec)  {pc}'


# --------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------
class Patient:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.mrn = None
        self.phone = None
        self.address = None


def new_patient(rng, used, age_lo=22, age_hi=66):
    while True:
        sex = 'F' if rng.random() < 0.68 else 'M'
        given = pick(rng, PAT_GIVEN_F if sex == 'F' else PAT_GIVEN_M)
        surname = pick(rng, PAT_SURNAMES)
        if (given, surname) not in used:
            used.add((given, surname))
            break
    year = 2025 - rng.randint(age_lo, age_hi)
    dob = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    p = Patient(given, surname, sex, dob)
    p.mrn = make_mrn(rng)
    return p


def nam_patient(rec, rng):
    p = Patient(rec['given'], rec['surname'], rec['sex'], rec['dob'], rec['nam'])
    p.mrn = make_mrn(rng)
    return p


def age_group(p, when=datetime.date(2025, 4, 1)):
    a = age_on(p.dob, when)
    if a < 12:
        return 'child'
    if a < 19:
        return 'teen'
    if a < 68:
        return 'adult'
    return 'senior'


# --------------------------------------------------------------------------
# Doc: accumulates the finding types actually written into a message
# --------------------------------------------------------------------------
class Doc:
    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.types = set()
        self.ids = []            # (kind, compact value) for verification
        self.nams = []           # NAM holder records used
        self.sex_shown = set()

    # --- identity --------------------------------------------------------
    def name(self, p, style=None):
        self.types.add('patient_name')
        rng = self.rng
        style = style or pick(rng, ['full', 'full', 'title', 'title_last', 'last_first', 'lower', 'initial',
                                    'upper_last'])
        g, s = p.given, p.surname
        if style == 'full':
            return f'{g} {s}'
        if style == 'title':
            if self.lang == 'fr':
                return f'{"Mme" if p.sex == "F" else "M."} {g} {s}'
            return f'{"Ms." if p.sex == "F" else "Mr."} {g} {s}'
        if style == 'title_last':
            if self.lang == 'fr':
                return f'{"Mme" if p.sex == "F" else "M."} {s}'
            return f'{pick(rng, ["Ms.", "Mrs", "Ms"]) if p.sex == "F" else pick(rng, ["Mr.", "Mr"])} {s}'
        if style == 'last_first':
            return f'{s.upper()}, {g}'
        if style == 'last_first_plain':
            return f'{s}, {g}'
        if style == 'lower':
            return f'{g} {s}'.lower()
        if style == 'initial':
            return f'{g[0]}. {s}'
        if style == 'upper_last':
            return f'{g} {s.upper()}'
        if style == 'given':
            return g
        if style == 'surname':
            return s
        if style == 'file':
            return strip_accents(f'{s}_{g}').replace(' ', '-').replace("'", '')
        if style == 'file_last':
            return strip_accents(s).replace(' ', '-').replace("'", '').upper()
        raise ValueError(style)

    def dob(self, p, fmt=None):
        self.types.add('date_of_birth')
        if fmt is not None:
            return dob_variants(p.dob)[fmt]
        return fmt_dob(self.rng, p.dob, self.lang)

    def sex(self, p, style=None):
        self.sex_shown.add(id(p))
        style = style if style is not None else self.rng.randrange(3)
        if style == 0:
            return p.sex
        if self.lang == 'fr':
            return ('F' if p.sex == 'F' else 'M') if style == 1 else ('féminin' if p.sex == 'F' else 'masculin')
        return ('F' if p.sex == 'F' else 'M') if style == 1 else ('female' if p.sex == 'F' else 'male')

    def nam(self, p, style=None):
        assert p.nam
        self.types.add('ramq_nam')
        self.nams.append(p)
        style = style or pick(self.rng, ['plain', 'plain', 'spaced', 'spaced', 'hyphen', 'dotted', 'slashed',
                                         'lower', 'fullwidth', 'fullwidth_plain', 'odd'])
        return fmt_nam(p.nam, style)

    def mrn(self, p, style=None):
        self.types.add('mrn')
        style = style or pick(self.rng, ['plain', 'plain', 'plain', 'spaced', 'hyphen', 'dotted', 'fullwidth_plain'])
        return fmt_mrn(p.mrn, style)

    def sin(self, n, style=None):
        self.types.add('ca_sin')
        self.ids.append(('ca_sin', n))
        return fmt_sin(n, style or pick(self.rng, ['spaced', 'spaced', 'hyphen', 'plain', 'dotted', 'fullwidth', 'odd']))

    def ohip(self, n, style=None, version=''):
        self.types.add('ca_health_number')
        self.ids.append(('ca_health_number', n))
        return fmt_ohip(n, style or pick(self.rng, ['hyphen', 'spaced', 'plain', 'hyphen']), version)

    def niss(self, n, style=None):
        self.types.add('be_niss')
        self.ids.append(('be_niss', n))
        return fmt_niss(n, style or pick(self.rng, ['official', 'official', 'plain', 'spaced', 'dotted']))

    def nir(self, n, style=None):
        self.types.add('fr_nir')
        self.ids.append(('fr_nir', n))
        return fmt_nir(n, style or pick(self.rng, ['spaced', 'spaced', 'plain', 'key']))

    # --- content ---------------------------------------------------------
    def dx(self, text):
        self.types.add('diagnosis')
        return text

    def med(self, text):
        self.types.add('medication')
        return text

    def lab(self, text):
        self.types.add('lab_result')
        return text

    def contact(self, text):
        self.types.add('patient_contact')
        return text

    def social(self, text):
        self.types.add('social_information')
        return text

    def phone(self, p):
        if p.phone is None:
            p.phone = make_phone(self.rng)
        return self.contact(p.phone)

    def address(self, p, oneline=True):
        if p.address is None:
            p.address = make_address(self.rng, oneline)
        return self.contact(p.address)

    def finish(self):
        for p in self.nams:
            assert 'date_of_birth' in self.types and id(p) in self.sex_shown, 'NAM needs DOB and sex'
        return sorted(self.types)
