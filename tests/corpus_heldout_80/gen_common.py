"""Shared data pools, identifiers and small helpers for the corpus generator.

Everything here is invented: people, institutions, *.example domains and
555-01xx phone numbers.  RAMQ NAMs come only from ../blind_nams.txt.
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

ORG = 'CHU Boréal'
ORG_LONG = 'Centre hospitalier universitaire Boréal'
ORG_EN = 'Boreal University Hospital Centre'
DOM = 'chuboreal.example'


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
class Person:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given = given
        self.surname = surname
        self.sex = sex            # 'F' or 'M'
        self.dob = dob            # datetime.date
        self.nam = nam
        self.mrn = None
        self.phone = None
        self.address = None
        self.email = None
        self.ids = {}             # type -> compact value

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(Person(given, sur, sex, datetime.date.fromisoformat(dob), nam))
    return out


NAM_HOLDERS = load_nams()
NAM_SURNAMES = sorted({p.surname for p in NAM_HOLDERS})


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


# --------------------------------------------------------------------------
# Name pools (disjoint from NAM holder surnames)
# --------------------------------------------------------------------------
PAT_SURNAMES = [
    'Tremblay', 'Côté', 'Bergeron', 'Lévesque', 'Dubé', 'Lemieux', 'Vachon', 'Mercier',
    'Desjardins', 'Rousseau', 'Ménard', 'Painchaud', 'Béliveau', 'Hébert', 'Champagne',
    'Dufour', 'Lachance', 'Turcotte', 'Villeneuve', 'Beaulieu', 'Perreault', 'St-Pierre',
    'Nguyen', 'Haddad', 'Diallo', 'Joseph', 'Singh', 'Rossi', 'Kowalski', "O'Brien",
    'Fernandes', 'Chen', 'Bouffard', 'Lavoie', 'Gingras', 'Poulin', 'Demers', 'Asselin',
    'Boisvert', 'Laflamme', 'Grenier', 'Brassard', 'Drouin', 'Fleury', 'Guay', 'Jacques',
    'Langlois', 'Moreau', 'Paradis', 'Richard', 'Sirois', 'Tessier', 'Vaillancourt',
    'Benoît', 'Carrier', 'Dionne', 'Leclerc', 'Thériault', 'Cardinal', 'Bélisle',
    'Murphy', 'Campbell', 'Hughes', 'Kim', 'Abboud', 'Mensah', 'Petrov', 'Dos Santos',
]
PAT_GIVEN_F = [
    'Julie', 'Catherine', 'Amélie', 'Marie-Ève', 'Isabelle', 'Stéphanie', 'Mélanie', 'Karine',
    'Valérie', 'Audrey', 'Émilie', 'Jessica', 'Kim', 'Laurence', 'Noémie', 'Rosalie', 'Maude',
    'Chloé', 'Fatima', 'Aïcha', 'Mei', 'Priya', 'Olivia', 'Hannah', 'Rachel', 'Megan',
    'Ashley', 'Lauren', 'Annie', 'Véronique', 'Joannie', 'Myriam', 'Sabrina', 'Gabrielle',
    'Ariane', 'Roxanne', 'Élodie', 'Samira', 'Lina', 'Grace',
]
PAT_GIVEN_M = [
    'Mathieu', 'Jean-François', 'Maxime', 'Alexandre', 'Simon', 'Kevin', 'Olivier', 'Étienne',
    'Samuel', 'Vincent', 'Yannick', 'Karim', 'Mohamed', 'Daniel', 'Ryan', 'Tyler', 'Jordan',
    'Ethan', 'Francis', 'Guillaume', 'Jérémie', 'Philippe', 'Raphaël', 'Antoine', 'Nicolas',
    'Sébastien', 'Kwame', 'Luca', 'Hugo', 'Benjamin',
]

STAFF_SURNAMES = [
    'Arsenault', 'Bisson', 'Charest', 'Deschamps', 'Forget', 'Giguère', 'Houle', 'Jobin',
    'Labelle', 'Marchand', 'Normandin', 'Ouimet', 'Proulx', 'Quirion', 'Rioux', 'Sauvé',
    'Trudel', 'Vézina', 'Whitfield', 'Yates', 'Zhang', 'Patel', 'Okafor', 'Kaur', 'Baptiste',
    'Lamarre', 'Beauchemin', 'Cyr', 'Doucet', 'Huot', 'Isabel', 'Jutras', 'Kirouac',
    'Laberge', 'Massé', 'Nolin', 'Rivard-Dion', 'Plamondon', 'Rancourt', 'Sasseville',
    'Toupin', 'Vigneault', 'Abernathy', 'Delorme', 'Ferland', 'Gosselin', 'Harvey', 'Lafrance',
]
STAFF_GIVEN_F = ['Hélène', 'Chantal', 'Caroline', 'Nadia', 'Sophie', 'Anne-Marie', 'Josiane',
                 'Martine', 'Louise', 'Patricia', 'Elena', 'Mireille', 'Line', 'France', 'Claire',
                 'Janet', 'Meera', 'Ngozi', 'Brigitte', 'Élise', 'Marjolaine', 'Valérie', 'Lucie']
STAFF_GIVEN_M = ['François', 'Stéphane', 'Luc', 'Éric', 'Benoît', 'Martin', 'Richard', 'Yves',
                 'Alain', 'Patrick', 'Denis', 'Raj', 'Tomás', 'Normand', 'Sylvain', 'Charles',
                 'Jean-Philippe', 'Frédéric', 'Marc-André', 'Hugues']

assert not set(PAT_SURNAMES) & set(NAM_SURNAMES)
assert not set(STAFF_SURNAMES) & set(NAM_SURNAMES)
assert not set(STAFF_SURNAMES) & set(PAT_SURNAMES)

# role key -> (fr title, en title, service fr, service en, doctor?)
ROLES = {
    'rei': ('Médecin, endocrinologie de la reproduction et infertilité', 'Physician, Reproductive Endocrinology & Infertility',
            'Centre de procréation assistée', 'Assisted Reproduction Centre', True),
    'ivfnurse': ('Infirmier coordonnateur FIV|Infirmière coordonnatrice FIV', 'IVF Nurse Coordinator',
                 'Centre de procréation assistée', 'Assisted Reproduction Centre', False),
    'embryo': ('Embryologiste principal|Embryologiste principale', 'Senior Embryologist',
               'Laboratoire de FIV', 'IVF Laboratory', False),
    'gc': ('Conseiller en génétique|Conseillère en génétique', 'Genetic Counsellor',
           'Service de génétique médicale', 'Medical Genetics Service', False),
    'geneticist': ('Médecin généticien|Médecin généticienne', 'Medical Geneticist',
                   'Service de génétique médicale', 'Medical Genetics Service', True),
    'mfm': ('Médecine fœto-maternelle', 'Maternal-Fetal Medicine',
            'Clinique de diagnostic prénatal', 'Prenatal Diagnosis Clinic', True),
    'sono': ('Technologue en échographie|Technologue en échographie', 'Sonographer',
             'Clinique de diagnostic prénatal', 'Prenatal Diagnosis Clinic', False),
    'shnurse': ('Infirmier clinicien, santé sexuelle|Infirmière clinicienne, santé sexuelle', 'Sexual Health Nurse',
                'Clinique de santé sexuelle', 'Sexual Health Clinic', False),
    'idmd': ('Médecin, microbiologie-infectiologie', 'Physician, Infectious Diseases',
             'Clinique de santé sexuelle', 'Sexual Health Clinic', True),
    'pharm': ('Pharmacien|Pharmacienne', 'Pharmacist', 'Département de pharmacie', 'Pharmacy Department', False),
    'clerk': ('Agent administratif|Agente administrative', 'Administrative Clerk',
              'Accueil – Cliniques externes', 'Outpatient Reception', False),
    'manager': ('Chef de service|Cheffe de service', 'Service Manager',
                'Direction des services multidisciplinaires', 'Multidisciplinary Services', False),
    'sw': ('Travailleur social|Travailleuse sociale', 'Social Worker', 'Service social', 'Social Work', False),
    'labtech': ('Technologiste médical|Technologiste médicale', 'Medical Technologist',
                'Laboratoire de génétique moléculaire', 'Molecular Genetics Laboratory', False),
    'labdir': ('Directeur médical du laboratoire|Directrice médicale du laboratoire', 'Laboratory Medical Director',
               'Grappe OPTILAB – génétique', 'OPTILAB cluster – genetics', True),
    'quality': ('Conseiller qualité|Conseillère qualité', 'Quality Advisor', 'Bureau qualité et agrément',
                'Quality & Accreditation Office', False),
    'hr': ('Conseiller en ressources humaines|Conseillère en ressources humaines', 'HR Advisor', 'Direction des ressources humaines',
           'Human Resources', False),
    'it': ('Technicien en informatique|Technicienne en informatique', 'IT Technician', 'Direction des ressources informationnelles',
           'Information Technology', False),
    'research': ('Coordonnateur de recherche|Coordonnatrice de recherche', 'Research Coordinator', 'Centre de recherche',
                 'Research Centre', False),
    'resident': ('Résident R3|Résidente R3', 'PGY-3 Resident', 'Obstétrique-gynécologie', 'Obstetrics & Gynecology', True),
    'admin': ('Adjoint administratif|Adjointe administrative', 'Administrative Assistant', 'Direction médicale',
              'Medical Directorate', False),
}


def role_title(role, sex, lang):
    fr, en = ROLES[role][0], ROLES[role][1]
    if lang != 'fr':
        return en
    if '|' in fr:
        m, f = fr.split('|')
        return f if sex == 'F' else m
    return fr


class Staff:
    def __init__(self, given, surname, sex, role, ext):
        self.given, self.surname, self.sex, self.role, self.ext = given, surname, sex, role, ext
        self.email = '%s.%s@%s' % (ascii_slug(given), ascii_slug(surname), DOM)

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def doctor(self):
        return ROLES[self.role][4]

    def display(self, lang):
        if self.doctor:
            if lang == 'fr':
                return ('Dre ' if self.sex == 'F' else 'Dr ') + self.full
            return 'Dr. ' + self.full
        return self.full

    def short(self, lang):
        if self.doctor:
            if lang == 'fr':
                return ('Dre ' if self.sex == 'F' else 'Dr ') + self.surname
            return 'Dr. ' + self.surname
        return self.given


def ascii_slug(s):
    s = strip_accents(s).lower()
    return ''.join(c if c.isalnum() else '-' for c in s).strip('-').replace('--', '-')


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
def luhn_complete(rng, prefix, length):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def make_sin(rng):
    while True:
        n = luhn_complete(rng, str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])), 9)
        if ca_sin.is_valid(n):
            return n


def make_ohip(rng):
    while True:
        n = luhn_complete(rng, str(rng.randrange(1, 10)), 10)
        if luhn.is_valid(n):
            return n


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def make_niss(rng, dob, sex):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    while True:
        cnt = rng.randrange(1, 998)
        if (cnt % 2 == 1) != (sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (yy, mm, dd, cnt)
        num = ('2' + base) if dob.year >= 2000 else base
        chk = 97 - int(num) % 97
        n = base + '%02d' % chk
        if be_nn.is_valid(n):
            return n


def make_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([13, 31, 33, 35, 38, 44, 59, 67, 69, 75, 76, 92, 93, 94])
        body = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dept,
                                       rng.randrange(1, 990), rng.randrange(1, 999))
        n = body + fr_nir.calc_check_digits(body + '00')
        if fr_nir.is_valid(n):
            return n


def make_mrn(rng):
    return '%07d' % rng.randrange(100000, 9999999)


def fmt_mrn(rng, mrn, lang):
    style = rng.randrange(6)
    if style == 0:
        return mrn
    if style == 1:
        return 'CHB-' + mrn
    if style == 2:
        return '%s %s %s' % (mrn[:1], mrn[1:4], mrn[4:])
    if style == 3:
        return 'B' + mrn
    if style == 4:
        return mrn[:3] + '-' + mrn[3:]
    return '00' + mrn


def mrn_label(rng, lang):
    if lang == 'fr':
        return rng.choice(['No dossier', 'Dossier', 'N° de dossier', '# dossier', 'No DME', 'dossier'])
    return rng.choice(['MRN', 'Chart #', 'Chart no.', 'Hospital #', 'MRN:', 'chart'])


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def disguise_nam(rng, nam, style=None):
    if style is None:
        style = rng.choice(['plain', 'plain', 'space', 'space', 'space3', 'dash', 'dots',
                            'lower', 'slash', 'wide', 'spaced'])
    if style == 'plain':
        return nam
    if style == 'space':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'space3':
        return '%s %s' % (nam[:4], nam[4:])
    if style == 'dash':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'dots':
        return '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'lower':
        return nam.lower()
    if style == 'slash':
        return '%s/%s/%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'wide':
        return ''.join(FULLWIDTH.get(c, c) for c in nam)
    if style == 'spaced':
        return ' '.join(nam)
    return nam


def disguise_digits(rng, s, groups, seps=(' ', '-', '.', '', '/'), wide=False):
    sep = rng.choice(seps)
    parts, i = [], 0
    for g in groups:
        parts.append(s[i:i + g])
        i += g
    if i < len(s):
        parts.append(s[i:])
    out = sep.join(parts)
    if wide:
        out = ''.join(FULLWIDTH.get(c, c) for c in out)
    return out


def fmt_sin(rng, n):
    return disguise_digits(rng, n, (3, 3, 3), (' ', '-', ' ', '', '.'), wide=rng.random() < 0.1)


def fmt_ohip(rng, n):
    out = disguise_digits(rng, n, (4, 3, 3), (' ', '-', ' ', ''))
    if rng.random() < 0.6:
        out += (' ' if rng.random() < 0.5 else '-') + rng.choice(['AB', 'KT', 'ZX', 'HM', 'PA'])
    return out


def fmt_niss(rng, n):
    if rng.random() < 0.5:
        return be_nn.format(n)
    return disguise_digits(rng, n, (2, 2, 2, 3, 2), (' ', '', '-'))


def fmt_nir(rng, n):
    r = rng.random()
    if r < 0.5:
        return fr_nir.format(n)
    if r < 0.8:
        return n
    return n[:13] + ' ' + n[13:]


# --------------------------------------------------------------------------
# Dates, phones, addresses
# --------------------------------------------------------------------------
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MOIS_ABR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(rng, d, lang, style=None):
    if style is None:
        style = rng.randrange(5)
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%m/%d/%Y')
    if style == 2:
        if lang == 'fr':
            return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 3:
        return d.strftime('%Y/%m/%d')
    if lang == 'fr':
        return '%s %s %d' % ('1er' if d.day == 1 else str(d.day), MOIS_ABR[d.month - 1], d.year)
    return '%d %s %d' % (d.day, MONTHS[d.month - 1][:3], d.year)


def fmt_day(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def phone(rng, area=None):
    area = area or rng.choice(['514', '438', '450', '418', '819', '581', '579'])
    num = '555-01%02d' % rng.randrange(100)
    style = rng.randrange(4)
    if style == 0:
        return '%s-%s' % (area, num)
    if style == 1:
        return '(%s) %s' % (area, num)
    if style == 2:
        return '%s %s' % (area, num.replace('-', ' '))
    return '%s.%s' % (area, num.replace('-', '.'))


STREETS = ['rue des Érables', 'boulevard Saint-Joseph', 'rue Beaubien Est', 'avenue du Parc-Lafontaine',
           'rue de la Commune', 'chemin du Lac-Vert', 'rue Principale', 'boulevard des Hirondelles',
           'rue Notre-Dame Ouest', 'avenue Champlain', 'rue du Coteau', 'rue Saint-Olivier',
           'Maple Crescent', 'Elm Street', 'rue des Pins', 'montée Sainte-Julie']
CITIES = [('Montréal', 'H2J'), ('Laval', 'H7N'), ('Longueuil', 'J4K'), ('Québec', 'G1R'),
          ('Gatineau', 'J8Y'), ('Terrebonne', 'J6W'), ('Sherbrooke', 'J1H'), ('Saint-Jérôme', 'J7Z'),
          ('Lévis', 'G6V'), ('Repentigny', 'J6A')]


def address(rng):
    city, fsa = rng.choice(CITIES)
    apt = rng.choice(['', '', ', app. %d' % rng.randrange(1, 12), ', #%d' % rng.randrange(100, 410)])
    return '%d, %s%s, %s (Québec) %s %d%s%d' % (
        rng.randrange(10, 9999), rng.choice(STREETS), apt, city, fsa, rng.randrange(10),
        rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randrange(10))


# --------------------------------------------------------------------------
# Context passed to templates
# --------------------------------------------------------------------------
class Ctx:
    """Per-message helper bound to one RNG and one language."""

    def __init__(self, rng, lang, world):
        self.rng = rng
        self.lang = lang
        self.w = world
        self.seen = set()   # NAM holders already used in this message

    def t(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def staff(self, role):
        return self.rng.choice(self.w.staff_by_role[role])

    def date(self, d, style=None):
        return fmt_date(self.rng, d, self.lang, style)

    def day(self, d):
        return fmt_day(d, self.lang)

    def nam_holder(self, kind='any'):
        p = self.w.take_nam(self.rng, kind, self.seen)
        self.seen.add(p)
        return p

    def patient(self, sex=None, age=(20, 45)):
        return self.w.new_patient(self.rng, sex, age)

    def when(self):
        return self.w.msg_date(self.rng)


class World:
    """Holds the staff directory, the NAM holders still unused and a clock."""

    def __init__(self, seed):
        rng = random.Random(seed * 7 + 1)
        self.staff_by_role = {}
        used = set()
        for role in ROLES:
            n = 4 if role in ('rei', 'ivfnurse', 'gc', 'shnurse', 'clerk', 'geneticist') else 3
            lst = []
            while len(lst) < n:
                sex = rng.choice('FFM') if role not in ('rei', 'idmd', 'labdir', 'geneticist', 'it') else rng.choice('FM')
                given = rng.choice(STAFF_GIVEN_F if sex == 'F' else STAFF_GIVEN_M)
                sur = rng.choice(STAFF_SURNAMES)
                if (given, sur) in used:
                    continue
                used.add((given, sur))
                lst.append(Staff(given, sur, sex, role, '%d' % rng.randrange(2000, 7999)))
            self.staff_by_role[role] = lst
        self.nam_pool = list(NAM_HOLDERS)
        rng.shuffle(self.nam_pool)
        self.nam_used = []
        self.pat_used = set()
        self.ref = datetime.date(2025, 10, 20)

    def all_staff(self):
        for lst in self.staff_by_role.values():
            yield from lst

    def take_nam(self, rng, kind, exclude=()):
        def ok(p):
            age = p.age(self.ref)
            if kind == 'repro_f':
                return p.sex == 'F' and 18 <= age <= 47
            if kind == 'repro':
                return 18 <= age <= 48
            if kind == 'repro_m':
                return p.sex == 'M' and 18 <= age <= 55
            if kind == 'adult':
                return age >= 18
            if kind == 'child':
                return age < 18
            if kind == 'older':
                return age >= 50
            return True
        pool = [p for p in self.nam_pool if p not in exclude]
        cands = [p for p in pool if ok(p) and p not in self.nam_used]
        if not cands:
            cands = [p for p in pool if ok(p)]
        if not cands:
            cands = [p for p in pool if p not in self.nam_used] or pool
        p = rng.choice(cands)
        if p not in self.nam_used:
            self.nam_used.append(p)
        self.decorate(rng, p)
        return p

    def new_patient(self, rng, sex=None, age=(20, 45)):
        while True:
            sx = sex or rng.choice('FFM')
            given = rng.choice(PAT_GIVEN_F if sx == 'F' else PAT_GIVEN_M)
            sur = rng.choice(PAT_SURNAMES)
            if (given, sur) not in self.pat_used:
                break
        self.pat_used.add((given, sur))
        y = self.ref.year - rng.randint(age[0], age[1])
        dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        p = Person(given, sur, sx, dob)
        self.decorate(rng, p)
        return p

    def decorate(self, rng, p):
        if p.mrn is None:
            p.mrn = make_mrn(rng)
            p.phone = phone(rng)
            p.address = address(rng)
            p.email = '%s.%s%d@%s' % (ascii_slug(p.given), ascii_slug(p.surname)[:6], rng.randrange(10, 99),
                                      rng.choice(['courriel.example', 'mail.example', 'netmail.example']))

    def msg_date(self, rng):
        start = datetime.datetime(2025, 1, 6, 7, 0)
        dt = start + datetime.timedelta(days=rng.randrange(0, 285), minutes=rng.randrange(0, 11 * 60),
                                        seconds=rng.randrange(60))
        if dt.weekday() >= 5 and rng.random() < 0.8:
            dt -= datetime.timedelta(days=dt.weekday() - 4)
        return dt


def name_variant(rng, p, lang, style=None):
    """A patient's name written in one of the ways people write it."""
    styles = ['full', 'full', 'title', 'surfirst', 'SURFIRST', 'lower', 'initial', 'title_sur', 'init_sur']
    style = style or rng.choice(styles)
    if style == 'full':
        return p.full
    if style == 'title':
        return '%s %s' % (p.title(lang), p.full)
    if style == 'surfirst':
        return '%s, %s' % (p.surname, p.given)
    if style == 'SURFIRST':
        return '%s %s' % (p.surname.upper(), p.given)
    if style == 'lower':
        return ('%s %s' % (p.surname, p.given)).lower()
    if style == 'initial':
        return '%s. %s' % (p.given[0], p.surname)
    if style == 'title_sur':
        return '%s %s' % (p.title(lang), p.surname)
    if style == 'init_sur':
        return '%s %s.' % (p.surname, p.given[0])
    return p.full
