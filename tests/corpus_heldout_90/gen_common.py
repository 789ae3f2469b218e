"""Shared helpers for the corpus generator: people, identifiers, formatting.

Everything here is synthetic.  RAMQ NAMs come only from ../blind_nams.txt and
are always used with their holder's name, birth date and sex.
"""
import datetime
import os
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

# --------------------------------------------------------------------------
# NAM holders

@dataclass
class Holder:
    surname: str
    given: str
    dob: datetime.date
    sex: str
    nam: str


def load_holders(path=NAM_FILE):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, datetime.date.fromisoformat(dob), sex, nam))
    return out


HOLDERS = load_holders()
HOLDER_SURNAMES = {h.surname for h in HOLDERS}


def fold(s):
    """Lower-case, accent-free form used for name comparisons."""
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


# --------------------------------------------------------------------------
# name pools (disjoint from NAM holders' surnames)

PATIENT_SURNAMES = [
    'Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Dubois', 'Gingras', 'Desjardins',
    'Beaulieu', 'Lévesque', 'Poulin', 'Pépin', 'Dufour', 'Hébert', 'Lemieux',
    'Plante', 'Vachon', 'Boivin', 'Turcotte', 'Rioux', 'Labbé', 'Carrier',
    'Mercier', 'Gosselin', 'Marchand', 'Charest', 'Brisson', 'Lacasse',
    'Arsenault', 'Ndiaye', 'Haddad', 'Nguyen', 'Tran', 'Khoury', 'Benali',
    'Ouimet', 'Vaillancourt', 'Létourneau', 'Bisson', 'Lalonde', 'Chiasson',
    'St-Pierre', "O'Brien", 'Kowalski', 'Patel', 'Singh', 'Campbell', 'Murphy',
    'Walsh', 'Cohen', 'Rossi', 'Santos', 'Mukendi', 'Dupuis', 'Grenier',
    'Langlois', 'Aubin', 'Bédard', 'Cyr', 'Leclerc', 'Michaud', 'Perron',
    'Racine', 'Sirois', 'Thériault', 'Villeneuve', 'Desrosiers', 'Lapierre',
]
STAFF_SURNAMES = [
    'Lavallée', 'Sauvé', 'Bertrand', 'Lemire', 'Ducharme', 'Paradis', 'Gendron',
    'Trudel', 'Brassard', 'Comeau', 'Deschênes', 'Houle', 'Larocque', 'Provost',
    'Rivard', 'Séguin', 'Valois', 'Beauchemin', 'Caouette', 'Demers', 'Fafard',
    'Guérin', 'Jodoin', 'Lafrenière', 'Marcoux', 'Normandin', 'Pichette',
    'Quintal', 'Robitaille', 'Sicotte', 'Veilleux', 'Whitfield', 'Ahmed', 'Chen',
    'Okafor', 'Petrov', 'Moreau', 'Fraser', 'McKenna', 'Goldberg', 'Ramirez',
    'Dhillon', 'Abboud', 'Nakamura', 'Lussier', 'Archambault', 'Bastien',
]
assert not (set(PATIENT_SURNAMES) & HOLDER_SURNAMES)
assert not (set(STAFF_SURNAMES) & HOLDER_SURNAMES)
assert not (set(STAFF_SURNAMES) & set(PATIENT_SURNAMES))

STAFF_GIVEN_F = ['Julie', 'Isabelle', 'Karine', 'Mélanie', 'Stéphanie', 'Annie',
                 'Catherine', 'Valérie', 'Nadia', 'Marie-Ève', 'Caroline',
                 'Priya', 'Rachel', 'Megan', 'Laura', 'Hélène', 'Josiane']
STAFF_GIVEN_M = ['Patrick', 'François', 'Martin', 'Mathieu', 'Jean-François',
                 'Éric', 'Simon', 'Alexandre', 'Kevin', 'Daniel', 'Omar', 'Wei',
                 'Chinedu', 'Benoît', 'Olivier']
KID_GIVEN_F = ['Léa', 'Florence', 'Zoé', 'Charlotte', 'Alice', 'Rosalie', 'Juliette',
               'Béatrice', 'Maëlle', 'Olivia', 'Chloé', 'Anaïs', 'Clara', 'Jade',
               'Mila', 'Éloïse', 'Mia', 'Ava', 'Isla', 'Grace', 'Noor', 'Amira',
               'Laurence', 'Océane']
KID_GIVEN_M = ['Noah', 'William', 'Thomas', 'Jacob', 'Félix', 'Nathan', 'Léo',
               'Édouard', 'Samuel', 'Arthur', 'Logan', 'Émile', 'Mohamed', 'Adam',
               'Raphaël', 'Loïc', 'Xavier', 'Antoine', 'Mathis', 'Ethan', 'Aiden',
               'Owen', 'Lucas', 'Caleb', 'Jayden', 'Riley', 'Zachary']
PARENT_GIVEN_F = ['Marie-Claude', 'Véronique', 'Audrey', 'Émilie', 'Jessica',
                  'Amélie', 'Roxanne', 'Vanessa', 'Chantal', 'Mireille', 'Jennifer',
                  'Ashley', 'Melissa', 'Heather', 'Nicole', 'Samira', 'Fatou']
PARENT_GIVEN_M = ['Maxime', 'Jonathan', 'Sébastien', 'Guillaume', 'Dominic',
                  'Frédéric', 'Jean-Philippe', 'Yannick', 'Steve', 'Carl', 'Ryan',
                  'Jason', 'Matthew', 'Tyler', 'Andrew', 'Hassan', 'Moussa']

# --------------------------------------------------------------------------
# organisations (all invented, *.example domains)

HOSP = {'fr': 'Hôpital pour enfants Saint-Aubin', 'en': "Saint-Aubin Children's Hospital"}
HOSP_SHORT = 'HESA'
HOSP_DOMAIN = 'hesa.example'
HOSP_ADDR = {'fr': '4500, boulevard Saint-Aubin, Montréal (Québec)  H3X 9Z9',
             'en': '4500 Saint-Aubin Blvd, Montreal, QC  H3X 9Z9'}
DEPTS = {
    'dev': ('Clinique de développement', 'Developmental Clinic'),
    'tsa': ("Clinique d'évaluation TSA", 'Autism Assessment Clinic'),
    'neo': ('Clinique de suivi néonatal', 'Neonatal Follow-up Clinic'),
    'cl': ("Service de vie de l'enfant", 'Child Life Service'),
    'endo': ('Endocrinologie pédiatrique', 'Paediatric Endocrinology'),
    'neuro': ('Neurologie pédiatrique', 'Paediatric Neurology'),
    'gi': ('Gastroentérologie, hépatologie et nutrition', 'Gastroenterology, Hepatology & Nutrition'),
    'school': ('Liaison scolaire et services de garde', 'School & Daycare Liaison'),
    'home': ('Soins à domicile pédiatriques', 'Paediatric Home Care'),
    'sw': ('Service social', 'Social Work'),
    'pharm': ('Département de pharmacie', 'Pharmacy Department'),
    'found': ('Fondation HESA', 'HESA Foundation'),
    'vol': ('Service des bénévoles', 'Volunteer Services'),
    'teach': ("Direction de l'enseignement", 'Teaching Office'),
    'res': ('Centre de recherche HESA', 'HESA Research Centre'),
    'hr': ('Direction des ressources humaines', 'Human Resources'),
    'it': ('Technologies de l\'information', 'Information Technology'),
    'fac': ('Services techniques', 'Facilities'),
    'lab': ('Laboratoires de biologie médicale', 'Clinical Laboratories'),
    'biomed': ('Génie biomédical', 'Biomedical Engineering'),
    'qual': ('Qualité et gestion des risques', 'Quality & Risk Management'),
    'occ': ('Santé et sécurité au travail', 'Occupational Health & Safety'),
    'appro': ('Approvisionnement', 'Procurement'),
    'comm': ('Communications', 'Communications'),
}
DEPT_MAIL = {
    'dev': 'clinique.developpement', 'tsa': 'clinique.tsa', 'neo': 'suivi.neonatal',
    'cl': 'vie.enfant', 'endo': 'endocrino', 'neuro': 'neurologie', 'gi': 'gastro',
    'school': 'liaison.scolaire', 'home': 'sad.pediatrique', 'sw': 'service.social',
    'pharm': 'pharmacie', 'found': 'fondation', 'vol': 'benevoles', 'teach': 'enseignement',
    'res': 'recherche', 'hr': 'rh', 'it': 'centre.services.ti', 'fac': 'services.techniques',
    'lab': 'laboratoire', 'biomed': 'genie.biomedical', 'qual': 'qualite', 'occ': 'sst',
    'appro': 'approvisionnement', 'comm': 'communications',
}
EXT_ORGS = {
    'clsc': ('CLSC du Vieux-Moulin', 'cisss-vieuxmoulin.example'),
    'dpj': ('DPJ – CISSS du Vieux-Moulin', 'cisss-vieuxmoulin.example'),
    'school': ('École primaire Les Tournesols', 'csdesrives.example'),
    'school2': ('École secondaire du Boisé', 'csdesrives.example'),
    'cpe': ('CPE Les Petits Hiboux', 'cpe-hiboux.example'),
    'cpe2': ('CPE La Marelle', 'cpelamarelle.example'),
    'pharma': ('Pharmacie Doré et Associés', 'pharmadore.example'),
    'gmf': ('GMF des Trois-Rives', 'gmf3rives.example'),
    'ont': ('Ottawa Valley Children’s Health Centre', 'ovchc.example'),
    'be': ('Centre hospitalier du Brabant-Est', 'chbe.example'),
    'fr': ('CHU de Vaurenne', 'chu-vaurenne.example'),
    'transport': ('Transport adapté Rive-Nord', 'tarn.example'),
}
PARENT_DOMAINS = ['courriel.example', 'mailbox.example', 'famille.example',
                  'netmail.example', 'poste.example']
STREETS = ['rue des Ormes', 'avenue du Parc-Lafontaine', 'rue Saint-Hubert',
           'boulevard des Laurentides', 'rue de la Gare', 'chemin du Lac',
           'rue Principale', 'avenue des Érables', 'rue Jean-Talon Est',
           'croissant des Pins', 'rue Notre-Dame Ouest', 'montée Sainte-Julie']
CITIES = [('Montréal', 'H2', '514'), ('Laval', 'H7', '450'), ('Longueuil', 'J4', '450'),
          ('Terrebonne', 'J6', '450'), ('Saint-Jérôme', 'J7', '450'),
          ('Gatineau', 'J8', '819'), ('Repentigny', 'J5', '450'),
          ('Brossard', 'J4', '438')]

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']


# --------------------------------------------------------------------------
# people

@dataclass
class Person:
    given: str
    surname: str
    sex: str
    dob: datetime.date
    nam: str = ''
    mrn: str = ''
    phone: str = ''
    email: str = ''
    street: str = ''
    city: str = ''
    postal: str = ''
    guardian: 'Person' = None
    extra: dict = field(default_factory=dict)

    @property
    def full(self):
        return f'{self.given} {self.surname}'

    def address(self, lang='fr'):
        return f'{self.street}, {self.city} (Québec) {self.postal}' if lang == 'fr' \
            else f'{self.street}, {self.city}, QC {self.postal}'


@dataclass
class Staff:
    given: str
    surname: str
    sex: str
    role: str
    dept: str
    email: str
    ext: str

    @property
    def full(self):
        return f'{self.given} {self.surname}'


class Ctx:
    """Deterministic context: one random.Random and helpers drawing from it."""

    def __init__(self, rng, ref_date=datetime.date(2025, 6, 1)):
        self.rng = rng
        self.ref = ref_date
        self.used_mrn = set()
        self.kid_holders = [h for h in HOLDERS if h.dob.year >= 2005]
        self.young_holders = [h for h in HOLDERS if 1995 <= h.dob.year < 2005]
        self.adult_holders = [h for h in HOLDERS if 1976 <= h.dob.year < 1995]
        self.old_holders = [h for h in HOLDERS if h.dob.year < 1976]
        self._cycle = {}
        self.used_holders = set()

    # ---- random helpers
    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def cycle(self, key, seq):
        """Round-robin through a shuffled copy of seq (even use of holders)."""
        if key not in self._cycle or not self._cycle[key]:
            lst = list(seq)
            self.rng.shuffle(lst)
            self._cycle[key] = lst
        return self._cycle[key].pop()

    # ---- phones, mail, addresses
    def phone(self, area=None, style=None):
        area = area or self.choice(['514', '450', '438', '819', '579'])
        n = self.randint(100, 199)
        style = style if style is not None else self.randint(0, 3)
        tail = f'555-01{n % 100:02d}'
        return [f'{area}-{tail}', f'({area}) {tail}', f'{area}.{tail.replace("-", ".")}',
                f'{area} {tail.replace("-", " ")}'][style]

    def parent_email(self, given, surname):
        base = fold(given).replace(' ', '').replace("'", '')
        sur = fold(surname).replace(' ', '').replace("'", '').replace('-', '')
        pat = self.randint(0, 3)
        local = [f'{base}.{sur}', f'{base[0]}{sur}{self.randint(10, 99)}',
                 f'{sur}.{base}', f'{base}{self.randint(70, 99)}'][pat]
        return f'{local}@{self.choice(PARENT_DOMAINS)}'

    def postal(self, prefix):
        L = 'ABCEGHJKLMNPRSTVXY'
        return f'{prefix}{self.choice(L)} {self.randint(0, 9)}{self.choice(L)}{self.randint(0, 9)}'

    # ---- MRN
    def mrn(self):
        while True:
            m = f'{self.randint(0, 2)}{self.randint(100000, 999999)}'
            if m not in self.used_mrn:
                self.used_mrn.add(m)
                return m

    # ---- people
    def dob_between(self, y0, y1):
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 28).toordinal()
        return datetime.date.fromordinal(self.randint(start, end))

    def _fill(self, p, area_city=None):
        city, pre, area = area_city or self.choice(CITIES)
        p.city = city
        p.postal = self.postal(pre)
        p.street = f'{self.randint(12, 9980)}, {self.choice(STREETS)}'
        p.phone = self.phone(area)
        if not p.mrn:
            p.mrn = self.mrn()
        return p

    def parent_for(self, kid, sex=None, holder=None):
        if holder is not None:
            par = Person(holder.given, holder.surname, holder.sex, holder.dob, nam=holder.nam)
            self.used_holders.add(holder.nam)
        else:
            sex = sex or ('F' if self.chance(0.65) else 'M')
            g = self.choice(PARENT_GIVEN_F if sex == 'F' else PARENT_GIVEN_M)
            s = kid.surname if self.chance(0.6) else self.choice(PATIENT_SURNAMES)
            par = Person(g, s, sex, self.dob_between(1978, 1996))
        par.email = self.parent_email(par.given, par.surname)
        return par

    def kid(self, y0=2010, y1=2022, holder=False, holder_pool=None):
        """A child patient; holder=True draws a NAM holder among the young ones."""
        if holder:
            pool = holder_pool or self.kid_holders
            h = self.cycle(('kid', tuple(x.nam for x in pool)), pool)
            self.used_holders.add(h.nam)
            p = Person(h.given, h.surname, h.sex, h.dob, nam=h.nam)
        else:
            sex = 'F' if self.chance(0.5) else 'M'
            g = self.choice(KID_GIVEN_F if sex == 'F' else KID_GIVEN_M)
            p = Person(g, self.choice(PATIENT_SURNAMES), sex, self.dob_between(y0, y1))
        self._fill(p)
        p.guardian = self.parent_for(p)
        p.guardian.phone = p.phone
        return p

    def adult_holder(self, sex=None, pool=None):
        pool = pool or (self.adult_holders + self.young_holders)
        if sex:
            pool = [h for h in pool if h.sex == sex]
        h = self.cycle(('adult', sex, tuple(x.nam for x in pool)), pool)
        return h

    def staff(self, dept, role=None, sex=None):
        sex = sex or ('F' if self.chance(0.62) else 'M')
        g = self.choice(STAFF_GIVEN_F if sex == 'F' else STAFF_GIVEN_M)
        s = self.choice(STAFF_SURNAMES)
        local = f'{fold(g).replace(" ", "").replace("-", "")}.{fold(s).replace(" ", "")}'
        return Staff(g, s, sex, role or '', dept, f'{local}@{HOSP_DOMAIN}',
                     str(self.randint(2000, 7999)))

    def msg_date(self):
        start = datetime.datetime(2025, 1, 6, 7, 0).timestamp()
        end = datetime.datetime(2025, 11, 28, 18, 0).timestamp()
        ts = self.rng.uniform(start, end)
        d = datetime.datetime.fromtimestamp(int(ts), datetime.timezone.utc)
        local = -4 if 3 <= d.month <= 10 else -5
        tz = datetime.timezone(datetime.timedelta(hours=local))
        d = d.astimezone(tz).replace(hour=self.randint(7, 19))
        return d

    def future(self, d, days_min=2, days_max=60):
        return (d + datetime.timedelta(days=self.randint(days_min, days_max))).date()


# --------------------------------------------------------------------------
# formatting helpers

def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else
                   ('\u3000' if c == ' ' else c) for c in s)


def fmt_nam(nam, style=0):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return [f'{a} {b} {c}', nam, f'{a}-{b}-{c}', f'{a} {b} {c}'.lower(),
            fullwidth(nam), ' '.join(nam), f'{a}.{b}.{c}', f'{a}/{b}/{c}',
            f'{a}  {b}{c}'][style]


def fmt_mrn(mrn, style=0):
    return [mrn, f'{mrn[:3]}-{mrn[3:5]}-{mrn[5:]}', f'{mrn[:3]} {mrn[3:]}',
            f'H{mrn}', fullwidth(mrn), f'{mrn[:3]}.{mrn[3:5]}.{mrn[5:]}',
            f'{mrn[:2]}/{mrn[2:]}', f'0{mrn}'][style]


def fmt_date(d, lang, style=0):
    if lang == 'fr':
        return [d.isoformat(), d.strftime('%d/%m/%Y'), f'{d.day} {MONTHS_FR[d.month - 1]} {d.year}',
                d.strftime('%d-%m-%Y'), d.strftime('%Y/%m/%d'), d.strftime('%d.%m.%y')][style % 6]
    return [d.isoformat(), f'{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}',
            f'{d.day} {MONTHS_EN[d.month - 1]} {d.year}', d.strftime('%Y/%m/%d'),
            f'{MONTHS_EN[d.month - 1]} {d.day}, {d.year}', d.strftime('%d-%b-%Y')][style % 6]


def fmt_dt(d, lang):
    """Human date-time for quoted headers."""
    if lang == 'fr':
        days = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
        return f'{days[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}'
    days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    return f'{days[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} {d.hour % 12 or 12}:{d.minute:02d} {"AM" if d.hour < 12 else "PM"}'


def age_text(dob, on, lang):
    months = (on.year - dob.year) * 12 + on.month - dob.month - (1 if on.day < dob.day else 0)
    y, m = divmod(max(months, 0), 12)
    if lang == 'fr':
        if y == 0:
            return f'{m} mois'
        return f'{y} an{"s" if y > 1 else ""}' + (f' {m} mois' if m and y < 6 else '')
    if y == 0:
        return f'{m} months'
    return f'{y} year{"s" if y > 1 else ""}' + (f' {m} month{"s" if m > 1 else ""}' if m and y < 6 else '') + ' old'


def name_style(p, style, lang='fr'):
    g, s = p.given, p.surname
    if style == 'full':
        return f'{g} {s}'
    if style == 'last_first':
        return f'{s}, {g}'
    if style == 'LAST':
        return f'{s.upper()} {g}'
    if style == 'LAST,':
        return f'{s.upper()}, {g}'
    if style == 'last_space':
        return f'{s} {g}'
    if style == 'lower':
        return f'{g} {s}'.lower()
    if style == 'lower_last':
        return f'{s} {g}'.lower()
    if style == 'initial':
        return f'{g[0]}. {s}'
    if style == 'title':
        if lang == 'fr':
            return ('Mme ' if p.sex == 'F' else 'M. ') + s
        return ('Ms. ' if p.sex == 'F' else 'Mr. ') + s
    if style == 'kid_title':
        if lang == 'fr':
            return f"l'enfant {g} {s}"
        return f'young {g} {s}'
    raise ValueError(style)


def pron(p, lang):
    if lang == 'fr':
        return ('elle', 'la', 'sa', 'fille') if p.sex == 'F' else ('il', 'le', 'son', 'garçon')
    return ('she', 'her', 'her', 'girl') if p.sex == 'F' else ('he', 'him', 'his', 'boy')


def e_(p, lang):
    """French feminine agreement suffix."""
    return 'e' if (lang == 'fr' and p.sex == 'F') else ''


# --------------------------------------------------------------------------
# identifiers other than NAM (validated with python-stdnum)

def gen_sin(ctx):
    while True:
        body = str(ctx.randint(1, 7)) + ''.join(str(ctx.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(n, style=0):
    return [f'{n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]}-{n[3:6]}-{n[6:]}', n,
            fullwidth(f'{n[:3]} {n[3:6]} {n[6:]}'), f'{n[:3]}.{n[3:6]}.{n[6:]}'][style]


def gen_ohip(ctx):
    while True:
        body = str(ctx.randint(1, 9)) + ''.join(str(ctx.randint(0, 9)) for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            vc = ctx.choice(['', 'AB', 'KT', 'MZ', 'RF', 'HC'])
            return n, vc


def fmt_ohip(n, vc, style=0):
    return [f'{n[:4]}-{n[4:7]}-{n[7:]}' + (f'-{vc}' if vc else ''),
            f'{n[:4]} {n[4:7]} {n[7:]}' + (f' {vc}' if vc else ''),
            n + vc, f'{n[:4]}{n[4:7]}{n[7:]}' + (f' {vc}' if vc else '')][style]


def gen_niss(ctx, dob, sex):
    while True:
        serial = ctx.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            serial += 1
        if serial > 997:
            continue
        base = f'{dob:%y%m%d}{serial:03d}'
        num = ('2' + base) if dob.year >= 2000 else base
        cd = 97 - int(num) % 97
        n = f'{base}{cd:02d}'
        if be_nn.is_valid(n) and be_nn.get_birth_date(n) == dob:
            return n


def fmt_niss(n, style=0):
    return [be_nn.format(n), n, f'{n[:6]} {n[6:9]} {n[9:]}', f'{n[:6]}-{n[6:9]}-{n[9:]}'][style]


def gen_nir(ctx, dob, sex):
    while True:
        dept = ctx.choice(['75', '69', '13', '33', '59', '31', '44', '67', '2A', '35'])
        commune = f'{ctx.randint(1, 399):03d}'
        order = f'{ctx.randint(1, 999):03d}'
        body = f'{1 if sex == "M" else 2}{dob:%y%m}{dept}{commune}{order}'
        n = body + fr_nir.calc_check_digits(body + '00')
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n, style=0):
    return [fr_nir.format(n), n, f'{n[:13]} {n[13:]}', fr_nir.format(n, '.')][style]


# --------------------------------------------------------------------------
# greetings, closings, signatures, disclaimers

def greet(ctx, lang, who=None, formal=True):
    if lang == 'fr':
        if who is None:
            return ctx.choice(['Bonjour,', 'Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Allô,', 'Bonjour'])
        return ctx.choice([f'Bonjour {who},', f'Bonjour {who}', f'Allô {who},', f'{who},', f'Bon matin {who},'])
    if who is None:
        return ctx.choice(['Hi all,', 'Hello,', 'Good morning,', 'Hi everyone,', 'Dear colleagues,'])
    return ctx.choice([f'Hi {who},', f'Dear {who},', f'Hello {who},', f'{who} -', f'Good morning {who},'])


def closing(ctx, lang):
    if lang == 'fr':
        return ctx.choice(['Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,',
                           'Au plaisir,', 'Merci et bonne fin de journée,', 'Salutations,', 'Merci!'])
    return ctx.choice(['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Kind regards,',
                       'Many thanks,', 'Cheers,', 'Thx'])


ROLE_TXT = {
    'md': ('Pédiatre', 'Paediatrician'), 'neuro': ('Neurologue pédiatrique', 'Paediatric neurologist'),
    'endo': ('Endocrinologue pédiatrique', 'Paediatric endocrinologist'),
    'gi': ('Gastroentérologue pédiatrique', 'Paediatric gastroenterologist'),
    'dev': ('Pédiatre du développement', 'Developmental paediatrician'),
    'nurse': ('Infirmière clinicienne', 'Clinical nurse'), 'ips': ('IPS – soins pédiatriques', 'Nurse practitioner (paediatrics)'),
    'sec': ('Agente administrative', 'Clinic clerk'), 'sw': ('Travailleuse sociale', 'Social worker'),
    'cl': ("Spécialiste en vie de l'enfant", 'Child Life Specialist'),
    'psy': ('Psychologue', 'Psychologist'), 'ot': ('Ergothérapeute', 'Occupational therapist'),
    'slp': ('Orthophoniste', 'Speech-language pathologist'), 'pharm': ('Pharmacien(ne)', 'Pharmacist'),
    'diet': ('Nutritionniste', 'Dietitian'), 'coord': ('Coordonnatrice', 'Coordinator'),
    'mgr': ('Chef de service', 'Service manager'), 'tech': ('Technicien(ne)', 'Technician'),
    'res': ('Résident(e) en pédiatrie', 'Paediatrics resident'),
    'school_nurse': ('Infirmière scolaire', 'School nurse'),
    'educ': ('Éducatrice spécialisée', 'Special-needs educator'),
}

DISCLAIMER = {
    'fr': ("AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes peuvent contenir des "
           "renseignements confidentiels destinés uniquement à la personne visée. Si vous l'avez "
           "reçu par erreur, veuillez en aviser l'expéditeur et le détruire."),
    'en': ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential "
           "information intended only for the addressee. If you received it in error, please "
           "notify the sender and delete it."),
}


def signature(ctx, st, lang, org=None, disclaimer=None, short=None):
    li = 0 if lang == 'fr' else 1
    role = ROLE_TXT.get(st.role, (st.role, st.role))[li] if st.role else ''
    if st.role in ('md', 'neuro', 'endo', 'gi', 'dev'):
        title = ('Dre ' if st.sex == 'F' else 'Dr ') if lang == 'fr' else 'Dr. '
    else:
        title = ''
    short = ctx.chance(0.2) if short is None else short
    if short:
        return f'{st.given[0] if ctx.chance(0.4) else st.given}'
    dept = DEPTS.get(st.dept, (st.dept, st.dept))[li]
    org = org or HOSP[lang]
    lines = [f'{title}{st.full}', role, dept, org]
    if ctx.chance(0.7):
        lines.append(HOSP_ADDR[lang] if org == HOSP[lang] else '')
    tel = f'514-555-01{ctx.randint(0, 99):02d}'
    lines.append((f'Tél. : {tel}, poste {st.ext}' if lang == 'fr' else f'Tel: {tel} ext. {st.ext}')
                 if ctx.chance(0.8) else f'T {tel} | F 514-555-01{ctx.randint(0, 99):02d}')
    if ctx.chance(0.3):
        lines.append(st.email)
    sig = '\n'.join(l for l in lines if l)
    if disclaimer is None:
        disclaimer = ctx.chance(0.35)
    if disclaimer:
        sig += '\n\n' + DISCLAIMER[lang]
    return sig


def dr(st, lang):
    if lang == 'fr':
        return ('Dre ' if st.sex == 'F' else 'Dr ') + st.surname
    return 'Dr. ' + st.surname


def dec(x, lang, nd=1):
    s = f'{x:.{nd}f}'
    return s.replace('.', ',') if lang == 'fr' else s


def dept_addr(dept):
    return f'{DEPT_MAIL[dept]}@{HOSP_DOMAIN}'


def dept_name(dept, lang):
    return DEPTS[dept][0 if lang == 'fr' else 1]
