"""Shared helpers: seeded randomness, invented people and organisations, identifiers.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt and are
always used with the holder's own name, birth date and sex.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

# ---------------------------------------------------------------- NAM holders


class Person:
    """A patient (invented, or a NAM holder from the blind list)."""

    def __init__(self, first, last, sex, dob, nam=None):
        self.first, self.last, self.sex, self.dob, self.nam = first, last, sex, dob, nam
        self.extra = {}

    # -- name renderings -------------------------------------------------
    def full(self):
        return f'{self.first} {self.last}'

    def formal(self):
        return f'{self.last.upper()}, {self.first}'

    def title(self, lang):
        if lang == 'fr':
            return 'M.' if self.sex == 'M' else 'Mme'
        return 'Mr.' if self.sex == 'M' else 'Ms.'

    def initials_last(self):
        parts = self.first.replace('-', ' ').split()
        ini = '.-'.join(p[0] for p in parts) + '.'
        return f'{ini} {self.last}'

    def name_as(self, rng, lang, styles=None):
        styles = styles or ['full', 'formal', 'title', 'lastfirst', 'lower', 'upperlast', 'initials']
        st = rng.choice(styles)
        if st == 'full':
            return self.full()
        if st == 'formal':
            return self.formal()
        if st == 'title':
            return f'{self.title(lang)} {self.last}'
        if st == 'lastfirst':
            return f'{self.last} {self.first}'
        if st == 'lower':
            return f'{self.last.lower()} {self.first.lower()}'
        if st == 'upperlast':
            return f'{self.last.upper()} {self.first}'
        return self.initials_last()

    def he(self, lang):
        if lang == 'fr':
            return 'il' if self.sex == 'M' else 'elle'
        return 'he' if self.sex == 'M' else 'she'

    def his(self, lang):
        return 'his' if self.sex == 'M' else 'her'

    def age(self, ref=datetime.date(2025, 3, 1)):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))

    def e(self):
        """French feminine agreement suffix."""
        return '' if self.sex == 'M' else 'e'


def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            last, first, dob, sex, nam = line.split()
            out.append(Person(first, last, sex, datetime.date.fromisoformat(dob), nam))
    return out


NAM_HOLDERS = load_nams()
NAM_SURNAMES = {p.last for p in NAM_HOLDERS}

# ---------------------------------------------------------------- name pools
FIRST_M_FR = ['Jean-François', 'Mathieu', 'Sébastien', 'Éric', 'Steve', 'Yannick', 'Kevin', 'Jonathan',
              'Maxime', 'Alexandre', 'Patrick', 'Dany', 'Frédéric', 'Olivier', 'Guillaume', 'Simon',
              'Marc-André', 'Jérémie', 'Benoît', 'Réjean', 'Normand', 'Samuel', 'Félix', 'Carl']
FIRST_F_FR = ['Mélanie', 'Isabelle', 'Karine', 'Julie', 'Stéphanie', 'Valérie', 'Audrey', 'Marie-Ève',
              'Chantal', 'Jessica', 'Annie', 'Véronique', 'Caroline', 'Mélissa', 'Émilie', 'Kim']
FIRST_M_EN = ['Tyler', 'Justin', 'Brandon', 'Ryan', 'Derek', 'Shawn', 'Cody', 'Dustin', 'Travis',
              'Adam', 'Curtis', 'Wayne', 'Darren', 'Jordan', 'Kyle', 'Mohamed', 'Ahmed', 'Tuan']
FIRST_F_EN = ['Ashley', 'Brittany', 'Crystal', 'Tanya', 'Amber', 'Kayla', 'Samantha', 'Heather',
              'Amanda', 'Courtney', 'Fatima', 'Linh']
LAST_PAT_FR = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Dubé', 'Lévesque', 'Desjardins', 'Grenier',
               'Vachon', 'Beaulieu', 'Rioux', 'Poulin', 'Charbonneau', 'Lemay', 'Proulx', 'Dion',
               'Marchand', 'Lachance', 'Robichaud', 'Beauchemin', 'Houle', 'Gingras', 'Bolduc',
               'Turcotte', 'Paradis', 'Cormier', 'St-Pierre', 'Lafleur', 'Boudreau', 'Guérin',
               'Ménard', 'Chartrand', 'Labelle', 'Bisson', 'Sirois', 'Lacasse', 'Audet', 'Carrier',
               'Pépin', 'Drolet', 'Gaudreault', 'Laroche']
LAST_PAT_EN = ['Campbell', 'Stewart', 'Murphy', 'Kelly', "O'Brien", 'Grant', 'Harper', 'Flett',
               'Morrison', 'Anderson', 'McKay', 'Sinclair', 'Bennett', 'Walsh', 'Fraser', 'Thompson',
               'Okafor', 'Haddad', 'Nguyen', 'Mendoza', 'Diallo', 'Joseph', 'Pierre-Louis', 'Kowalski',
               'Singh', 'Ahmed', 'Beardy', 'Whitford']
# staff: disjoint from patients and from NAM holders
STAFF_FR = [('Line', 'Vézina', 'F'), ('Josiane', 'Daigle', 'F'), ('Nicolas', 'Bernier', 'M'),
            ('Hélène', 'Fontaine', 'F'), ('Pascal', 'Lambert', 'M'), ('Geneviève', 'Chabot', 'F'),
            ('Richard', 'Desrosiers', 'M'), ('Sophie', 'Picard', 'F'), ('Luc', 'Arsenault', 'M'),
            ('Nadia', 'Gosselin', 'F'), ('Martin', 'Huard', 'M'), ('Francine', 'Lalonde', 'F'),
            ('Alain', 'Mercier', 'M'), ('Catherine', 'Renaud', 'F'), ('Denis', 'Perreault', 'M'),
            ('Marie-Claude', 'Rousseau', 'F'), ('Yves', 'Tanguay', 'M'), ('Lucie', 'Vaillancourt', 'F'),
            ('Guy', 'Hamel', 'M'), ('Johanne', 'Brassard', 'F'), ('Mario', 'Fleury', 'M'),
            ('Anne-Marie', 'Lemieux', 'F'), ('Stéphane', 'Ouimet', 'M'), ('Louise', 'Boisvert', 'F'),
            ('Danielle', 'Beaudoin', 'F'), ('Serge', 'Laliberté', 'M'), ('Élise', 'Marcoux', 'F'),
            ('Maryse', 'Thériault', 'F'), ('Jocelyn', 'Bédard', 'M'), ('Isabelle', 'Normandin', 'F'),
            ('François', 'Lapierre', 'M'), ('Ariane', 'Desmarais', 'F'), ('Bruno', 'Gagné', 'M'),
            ('Sylvianne', 'Côté-Roberge', 'F'), ('Éric', 'Paquin', 'M'), ('Natacha', 'Villeneuve', 'F'),
            ('Philippe', 'Bourassa', 'M'), ('Roxanne', 'Leduc', 'F'), ('Gabriel', 'Trudel', 'M'),
            ('Mireille', 'Sauvé', 'F'), ('Raymond', 'Giroux', 'M'), ('Joëlle', 'Maheu', 'F')]
STAFF_EN = [('Priya', 'Patel', 'F'), ('Andrew', 'Reid', 'M'), ('Grace', 'Chen', 'F'), ('Neil', 'Gordon', 'M'),
            ('Fiona', 'Sutherland', 'F'), ('Owen', 'Hughes', 'M'), ('Karen', 'Lindsay', 'F'),
            ('Ian', 'Mackenzie', 'M'), ('Abena', 'Osei', 'F'), ('Imran', 'Rahman', 'M'),
            ('Laura', 'Whitfield', 'F'), ('Colin', 'Baxter', 'M'), ('Meghan', 'Doyle', 'F'),
            ('Trevor', 'Kerr', 'M'), ('Rebecca', 'Hollis', 'F'), ('Daniel', 'Okonkwo', 'M'), ('Sarah-Jane', 'Pruitt', 'F'),
            ('Marcus', 'Ellery', 'M'), ('Hannah', 'Voss', 'F'), ('Victor', 'Ashdown', 'M'), ('Yasmin', 'Qureshi', 'F')]
assert not ({s[1] for s in STAFF_FR + STAFF_EN} & NAM_SURNAMES)
assert not (set(LAST_PAT_FR + LAST_PAT_EN) & NAM_SURNAMES)
assert not (set(LAST_PAT_FR + LAST_PAT_EN) & {s[1] for s in STAFF_FR + STAFF_EN})

# ---------------------------------------------------------------- organisations
ORG = {
    'edpe': dict(fr='Établissement de détention de Pointe-aux-Érables', en='Pointe-aux-Érables Detention Centre',
                 short='EDPE', unit_fr='Services de santé — EDPE', unit_en='Health Services — EDPE',
                 parent='CISSS des Basses-Laurentides', domain='cisssbl.example',
                 addr='2100, chemin de la Pointe, Pointe-aux-Érables (Québec)  J0X 1K0',
                 phone='(450) 555-0142', fax='(450) 555-0143'),
    'mtc': dict(fr='Établissement Mont-Corbeau', en='Mont-Corbeau Institution', short='MTC',
                unit_fr='Services de santé — Établissement Mont-Corbeau',
                unit_en='Health Services — Mont-Corbeau Institution',
                parent='Service correctionnel — Région du Québec', domain='scc-mtcorbeau.example',
                addr='1, chemin du Pénitencier, Saint-Ours-du-Nord (Québec)  J0L 2P0',
                phone='(450) 555-0161', fax='(450) 555-0162'),
    'crt': dict(fr='Centre régional de traitement Bellerive', en='Bellerive Regional Treatment Centre',
                short='CRT', unit_fr='Psychiatrie légale — CRT Bellerive', unit_en='Forensic Psychiatry — Bellerive RTC',
                parent='Service correctionnel — Région du Québec', domain='crt-bellerive.example',
                addr='75, rang du Ruisseau, Bellerive (Québec)  J0K 3B0', phone='(450) 555-0177', fax='(450) 555-0178'),
    'hrsa': dict(fr='Hôpital régional de Saint-Anselme', en='Saint-Anselme Regional Hospital', short='HRSA',
                 domain='hrsa.example', addr='300, boulevard de l\'Hôpital, Saint-Anselme (Québec)  J0X 2E0',
                 phone='(450) 555-0110', fax='(450) 555-0111'),
    'chle': dict(fr='Centre hospitalier Laurier-Est', en='Laurier-Est Hospital Centre', short='CHLE',
                 domain='chle.example', addr='5400, rue Laurier Est, Montréal (Québec)  H1X 0A0',
                 phone='(514) 555-0123', fax='(514) 555-0124'),
    'bay': dict(fr='Bayfield Regional Health Centre', en='Bayfield Regional Health Centre', short='BRHC',
                domain='bayfieldrhc.example', addr='88 Harbour Road, Bayfield, Ontario  K0H 1Z0',
                phone='(613) 555-0131', fax='(613) 555-0132'),
    'relais': dict(fr='Clinique Relais Saint-Roch', en='Relais Saint-Roch Clinic', short='Relais',
                   domain='relais-stroch.example', addr='410, rue Saint-Roch, bureau 200, Saint-Anselme (Québec)  J0X 2E1',
                   phone='(450) 555-0155', fax='(450) 555-0156'),
    'clsc': dict(fr='CLSC des Trois-Ponts', en='Trois-Ponts CLSC', short='CLSC', domain='cisssbl.example',
                 addr='12, rue du Pont, Trois-Ponts (Québec)  J0X 3P0', phone='(450) 555-0188', fax='(450) 555-0189'),
    'park': dict(fr='Parkview Community Health Centre', en='Parkview Community Health Centre', short='Parkview',
                 domain='parkviewchc.example', addr='215 Queen Street West, Bayfield, Ontario  K0H 1Z2',
                 phone='(613) 555-0147', fax='(613) 555-0148'),
    'pharm': dict(fr='Pharmacie Lacombe-Hudon', en='Lacombe-Hudon Pharmacy', short='Pharm', domain='pharmalacombe.example',
                  addr='88, rue Principale, Saint-Anselme (Québec)  J0X 2E0', phone='(450) 555-0166', fax='(450) 555-0167'),
    'crc': dict(fr="Centre résidentiel communautaire L'Escale-Nord", en="L'Escale-Nord Community Residential Centre",
                short='CRC', domain='escale-nord.example', addr='455, rue Dufresne, Saint-Anselme (Québec)  J0X 2E3',
                phone='(450) 555-0192', fax='(450) 555-0193'),
    'harbour': dict(fr='Harbour House CRF', en='Harbour House Community Residential Facility', short='HH',
                    domain='harbourhouse.example', addr='19 Ferry Lane, Bayfield, Ontario  K0H 1Z3',
                    phone='(613) 555-0171', fax='(613) 555-0172'),
}

# ---------------------------------------------------------------- helpers
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate('0123456789')}

BASE_DATE = datetime.date(2025, 2, 3)


def fmt_date(d, rng, lang, styles=None):
    styles = styles or (['iso', 'dmy', 'long'] if lang == 'fr' else ['iso', 'mdy_long', 'dmon'])
    st = rng.choice(styles)
    if st == 'iso':
        return d.isoformat()
    if st == 'dmy':
        return d.strftime('%d/%m/%Y')
    if st == 'long':
        return f'{d.day} {MONTHS_FR[d.month - 1]} {d.year}'
    if st == 'mdy_long':
        return f'{MONTHS_EN[d.month - 1]} {d.day}, {d.year}'
    if st == 'dmon':
        return f'{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}'
    if st == 'ymd_slash':
        return d.strftime('%Y/%m/%d')
    return d.isoformat()


def day_name(d, lang):
    return (DAYS_FR if lang == 'fr' else DAYS_EN)[d.weekday()]


def short_day(d, lang):
    if lang == 'fr':
        return f'{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]}'
    return f'{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}'


def phone(rng, area=None):
    area = area or rng.choice(['450', '514', '819', '438', '579'])
    return f'({area}) 555-01{rng.randint(0, 99):02d}'


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def fullwidth(s):
    return s.translate(FULLWIDTH)

# ---------------------------------------------------------------- identifiers


def fmt_nam(nam, rng, styles=None):
    styles = styles or ['space', 'plain', 'dash', 'lower', 'fullwidth', 'dots', 'slash', 'space']
    st = rng.choice(styles)
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if st == 'space':
        return f'{a} {b} {c}'
    if st == 'plain':
        return nam
    if st == 'dash':
        return f'{a}-{b}-{c}'
    if st == 'lower':
        return f'{a.lower()} {b} {c}'
    if st == 'fullwidth':
        return f'{a} {fullwidth(b)} {fullwidth(c)}'
    if st == 'dots':
        return f'{a}.{b}.{c}'
    if st == 'slash':
        return f'{a}/{b}/{c}'
    return nam


def make_sin(rng):
    while True:
        first = rng.choice('1234567')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, rng, styles=None):
    styles = styles or ['space', 'dash', 'plain', 'dots', 'space', 'fullwidth']
    st = rng.choice(styles)
    a, b, c = num[:3], num[3:6], num[6:]
    if st == 'space':
        return f'{a} {b} {c}'
    if st == 'dash':
        return f'{a}-{b}-{c}'
    if st == 'dots':
        return f'{a}.{b}.{c}'
    if st == 'fullwidth':
        return fullwidth(f'{a} {b} {c}')
    return num


def make_ohn(rng):
    body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num) and len(num) == 10
    vc = rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') + rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')
    return num, vc


def fmt_ohn(num, vc, rng, styles=None):
    styles = styles or ['dash_vc', 'space_vc', 'plain', 'space', 'dash']
    st = rng.choice(styles)
    a, b, c = num[:4], num[4:7], num[7:]
    if st == 'dash_vc':
        return f'{a}-{b}-{c}-{vc}'
    if st == 'space_vc':
        return f'{a} {b} {c} {vc}'
    if st == 'space':
        return f'{a} {b} {c}'
    if st == 'dash':
        return f'{a}-{b}-{c}'
    return num


def make_niss(person, rng):
    yymmdd = person.dob.strftime('%y%m%d')
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (person.sex == 'M'):
            continue
        base = yymmdd + f'{serial:03d}'
        n = int(('2' + base) if person.dob.year >= 2000 else base)
        num = base + f'{97 - n % 97:02d}'
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, rng):
    st = rng.choice(['std', 'plain', 'space'])
    if st == 'std':
        return be_nn.format(num)
    if st == 'space':
        return f'{num[:6]} {num[6:9]} {num[9:]}'
    return num


def make_nir(person, rng):
    sex = '1' if person.sex == 'M' else '2'
    dept = rng.choice(['75', '69', '13', '59', '33', '44', '67', '35', '31', '06'])
    commune = f'{rng.randint(1, 400):03d}'
    order = f'{rng.randint(1, 999):03d}'
    base = sex + person.dob.strftime('%y%m') + dept + commune + order
    num = base + fr_nir.calc_check_digits(base)
    assert fr_nir.is_valid(num)
    return num


def fmt_nir(num, rng):
    if rng.random() < 0.6:
        return fr_nir.format(num)
    return num


def make_mrn(rng, org):
    if org == 'hrsa':
        return f'{rng.randint(100000, 999999):06d}'
    if org == 'chle':
        return f'C{rng.randint(1000000, 9999999)}'
    if org == 'bay':
        return f'BR-{rng.randint(100000, 999999)}'
    if org == 'mtc':
        return f'{rng.randint(100000, 999999)}{rng.choice("ABCDE")}'   # FPS-like offender number
    if org == 'edpe':
        return f'DS-{rng.randint(2019, 2025)}-{rng.randint(1000, 9999)}'
    return f'{rng.randint(10000, 99999)}'


# ---------------------------------------------------------------- context

class Ctx:
    """Per-corpus state: hands out patients deterministically."""

    def __init__(self, rng):
        self.rng = rng
        adults = [p for p in NAM_HOLDERS if 1945 <= p.dob.year <= 2006]
        minors = [p for p in NAM_HOLDERS if p.dob.year > 2006]
        rng.shuffle(adults)
        rng.shuffle(minors)
        self._adults, self._minors = adults, minors
        self._ai = 0
        self._mi = 0
        self.used_invented = set()

    def nam_adult(self):
        p = self._adults[self._ai % len(self._adults)]
        self._ai += 1
        return p

    def nam_minor(self):
        p = self._minors[self._mi % len(self._minors)]
        self._mi += 1
        return p

    def invented(self, rng, lang='fr', sex=None, min_year=1958, max_year=2005):
        want = sex
        while True:
            sex = want or rng.choice('MMMMF')
            if lang == 'fr' and rng.random() < 0.85 or lang == 'en' and rng.random() < 0.2:
                first = rng.choice(FIRST_M_FR if sex == 'M' else FIRST_F_FR)
                last = rng.choice(LAST_PAT_FR if rng.random() < 0.85 else LAST_PAT_EN)
            else:
                first = rng.choice(FIRST_M_EN if sex == 'M' else FIRST_F_EN)
                last = rng.choice(LAST_PAT_EN if rng.random() < 0.8 else LAST_PAT_FR)
            if (first, last) in self.used_invented:
                continue
            self.used_invented.add((first, last))
            y = rng.randint(min_year, max_year)
            dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
            return Person(first, last, sex, dob)

    def patient(self, rng, lang='fr', nam=False, **kw):
        if nam:
            return self.nam_adult()
        return self.invented(rng, lang, **kw)


def staff(rng, lang, sex=None):
    pool = STAFF_FR if (lang == 'fr' or rng.random() < 0.3) else STAFF_EN
    if sex:
        pool = [s for s in pool if s[2] == sex]
    f, l, s = rng.choice(pool)
    return dict(first=f, last=l, sex=s, name=f'{f} {l}')


ROLES = {
    'inf': ('Infirmière', 'Infirmier', 'Nurse'),
    'infc': ('Infirmière clinicienne', 'Infirmier clinicien', 'Clinical Nurse'),
    'md': ('Médecin', 'Médecin', 'Physician'),
    'psy': ('Psychiatre', 'Psychiatre', 'Psychiatrist'),
    'pharm': ('Pharmacienne', 'Pharmacien', 'Pharmacist'),
    'ts': ('Travailleuse sociale', 'Travailleur social', 'Social Worker'),
    'chef': ('Cheffe de service', 'Chef de service', 'Health Services Manager'),
    'adm': ('Agente administrative', 'Agent administratif', 'Administrative Assistant'),
    'alc': ('Agente de libération conditionnelle', 'Agent de libération conditionnelle', 'Parole Officer'),
    'coord': ('Coordonnatrice clinique', 'Coordonnateur clinique', 'Clinical Coordinator'),
    'asc': ("Agente des services correctionnels", "Agent des services correctionnels", 'Correctional Officer'),
    'rh': ('Conseillère en ressources humaines', 'Conseiller en ressources humaines', 'HR Advisor'),
    'ti': ('Technicienne en informatique', 'Technicien en informatique', 'IT Technician'),
    'achat': ('Agente d\'approvisionnement', 'Agent d\'approvisionnement', 'Procurement Officer'),
    'pci': ('Conseillère en prévention des infections', 'Conseiller en prévention des infections',
            'Infection Control Practitioner'),
}


def role_title(role, sex, lang):
    t = ROLES[role]
    if lang == 'en':
        return t[2]
    return t[0] if sex == 'F' else t[1]


def email_of(person_dict, org):
    f = strip_accents(person_dict['first']).lower().replace(' ', '').replace("'", '')
    l = strip_accents(person_dict['last']).lower().replace(' ', '').replace("'", '')
    return f'{f}.{l}@{ORG[org]["domain"]}'


def make_staff(rng, lang, role, org, sex=None):
    s = staff(rng, lang, sex)
    s['role'] = role
    s['org'] = org
    s['email'] = email_of(s, org)
    s['title'] = role_title(role, s['sex'], lang)
    pre = ''
    if role in ('md', 'psy'):
        pre = ('Dre ' if s['sex'] == 'F' else 'Dr ') if lang == 'fr' else 'Dr. '
    s['dname'] = pre + s['name']
    return s


def signature(rng, s, lang, style=None):
    o = ORG[s['org']]
    style = style if style is not None else rng.randint(0, 4)
    unit = o.get('unit_fr' if lang == 'fr' else 'unit_en') or o[lang]
    if style == 0:
        return f"{s['dname']}\n{s['title']}\n{unit}\nTél. : {o['phone']}  Téléc. : {o['fax']}" if lang == 'fr' else \
               f"{s['dname']}\n{s['title']}\n{unit}\nTel: {o['phone']}  Fax: {o['fax']}"
    if style == 1:
        return f"{s['first']}"
    if style == 2:
        return f"--\n{s['dname']}, {s['title'].lower() if lang == 'fr' else s['title']}\n{o[lang]}\n{o['addr']}\n{o['phone']}"
    if style == 3:
        conf = ("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.") if lang == 'fr' else \
               ("CONFIDENTIALITY NOTICE: this message may contain privileged information. If you received it in "
                "error, please delete it and notify the sender.")
        return f"{s['dname']} | {s['title']}\n{unit} | {o['phone']}\n\n{conf}"
    return f"{s['name']}\n{s['title']} — {o['short']}\n{o['phone']} poste {rng.randint(2000, 2999)}" if lang == 'fr' else \
           f"{s['name']}\n{s['title']} — {o['short']}\n{o['phone']} ext. {rng.randint(2000, 2999)}"


def greet(rng, lang, name=None):
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour à tous,', 'Bonjour {n},', 'Salut {n},', 'Allo,', '{n},', 'Bonjour {n}']
    else:
        opts = ['Hi,', 'Hello,', 'Hi {n},', 'Good morning,', '{n},', 'Hello {n},', 'Hi all,']
    g = rng.choice(opts)
    if '{n}' in g:
        return g.format(n=name) if name else ('Bonjour,' if lang == 'fr' else 'Hi,')
    return g


def closing(rng, lang):
    if lang == 'fr':
        return rng.choice(['Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne fin de journée,', 'Au plaisir,', 'Merci!', ''])
    return rng.choice(['Thanks,', 'Thank you,', 'Regards,', 'Best,', 'Cheers,', 'Thanks again,', ''])
