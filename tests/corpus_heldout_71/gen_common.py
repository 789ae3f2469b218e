"""Shared helpers: randomness, people, identifiers, disguises, staff, signatures.

Everything here is synthetic.  RAMQ NAMs come only from ../blind_nams.txt.
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
REF_DATE = datetime.date(2025, 4, 1)

# ---------------------------------------------------------------- NAM list

def load_nams():
    path = os.path.join(HERE, '..', 'blind_nams.txt')
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(dict(surname=sur, given=given,
                            dob=datetime.date.fromisoformat(dob), sex=sex,
                            nam=nam, prov='QC'))
    return out


NAMS = load_nams()
NAM_SURNAMES = sorted({p['surname'] for p in NAMS})
NAM_FULLNAMES = sorted({(p['given'], p['surname']) for p in NAMS})


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s)
                   if not unicodedata.combining(c))


_NAM_SUR_KEYS = {strip_accents(s).lower() for s in NAM_SURNAMES}


def is_nam_surname(s):
    return strip_accents(s).lower() in _NAM_SUR_KEYS


# ---------------------------------------------------------------- name pools
SUR_EN = ['OBrien', 'MacLeod', 'Kowalczyk', 'Rossi', 'Cohen', 'Chen', 'Patel',
          'Singh', 'Nguyen', 'Fitzgerald', 'Campbell', 'Stewart', 'Murphy',
          'Greenberg', 'Papadopoulos', 'DAmico', 'Sutherland', 'Kaur',
          'Armstrong', 'Delaney', 'Henderson', 'Iqbal', 'Johansson', 'Kovacs',
          'Lindqvist', 'McKenna', 'Novak', 'Okafor', 'Petrov', 'Quinlan',
          'Rasmussen', 'Shapiro', 'Tanaka', 'Underhill', 'Vasquez', 'Whitfield',
          'Yilmaz', 'Zimmerman', 'Abernathy', 'Baptiste', 'Carmichael',
          'Donnelly', 'Ellsworth', 'Fairbanks', 'Gallagher', 'Halloran',
          'Ingram', 'Jablonski', 'Keegan', 'Lachlan', 'Moretti', 'Nakamura',
          'Oyelaran', 'Pryce', 'Rahman', 'Sokolov', 'Trudell', 'Vickers',
          'Weinstein', 'Xiao', 'Young-Reid', 'Zacharias', 'Bianchi', 'Chowdhury',
          'Fernandes', 'Goldfarb', 'Hussain', 'Iannone', 'Kerrigan', 'Levesque-Hart']
SUR_EN = [s.replace('OBrien', "O'Brien").replace('DAmico', "D'Amico") for s in SUR_EN]
SUR_FR = ['Tremblay', 'Côté', 'Lavoie', 'Bergeron', 'Desjardins', 'Lemieux',
          'Beaulieu', 'Dufour', 'Hébert', 'Lefebvre', 'Mercier', 'Béland',
          'Charbonneau', 'Deschamps', 'Gervais', 'Houle', 'Jodoin', 'Laflamme',
          'Marcoux', 'Ouimet', 'Perreault', 'Rivard', 'Séguin', 'Turcotte',
          'Vachon', 'Arsenault', 'Brisson', 'Chartrand', 'Dubé', 'Fréchette',
          'Gingras', 'Lacasse', 'Labelle', 'Proulx', 'Robitaille', 'St-Onge',
          'Thériault', 'Vaillancourt', 'Bélisle', 'Doucet', 'Giguère', 'Lacroix']
GIV_EN_M = ['James', 'Robert', 'Michael', 'William', 'Richard', 'Thomas', 'Daniel',
            'Kevin', 'Brian', 'Gary', 'Stephen', 'Patrick', 'Arjun', 'Wei', 'Omar',
            'Hugh', 'Ian', 'Colin', 'Malcolm', 'Dmitri', 'Samuel', 'Aaron', 'Raj',
            'Desmond', 'Neil', 'Owen', 'Trevor', 'Howard', 'Lloyd', 'Morris']
GIV_EN_F = ['Margaret', 'Patricia', 'Linda', 'Barbara', 'Elizabeth', 'Susan',
            'Karen', 'Nancy', 'Dorothy', 'Helen', 'Fiona', 'Priya', 'Mei', 'Aisha',
            'Ruth', 'Joan', 'Eileen', 'Gwen', 'Irene', 'Maureen', 'Naomi', 'Rosa',
            'Yuki', 'Beverly', 'Judith', 'Shirley', 'Carol', 'Leah', 'Tanya', 'Olga']
GIV_FR_M = ['Jean', 'Réjean', 'Gaétan', 'Normand', 'Yves', 'Benoît', 'Luc',
            'Sylvain', 'Stéphane', 'Mathieu', 'François', 'Raymond', 'Denis',
            'Marcel', 'Jacques-Yves', 'Alain', 'Hugues', 'Rosaire']
GIV_FR_F = ['Francine', 'Lise', 'Huguette', 'Monique', 'Chantal', 'Suzanne',
            'Jocelyne', 'Lucie', 'Nicole', 'Hélène', 'Isabelle', 'Micheline',
            'Carole', 'Thérèse', 'Ghislaine', 'Marie-Ève', 'Rachel', 'Colette']
# staff pools never use a NAM holder's surname
STAFF_SUR = [s for s in SUR_EN + SUR_FR + [
    'Marchand', 'Raman', 'Ostrowski', 'Delisle', 'Haddad', 'Forsythe', 'Lussier',
    'Abboud', 'Kim', 'Mendes', 'Barrette', 'Choquette', 'Nadler', 'Ferreira',
    'Hamelin', 'Bisson', 'Grenier', 'Kaplan', 'Lau', 'Mailloux', 'Renaud',
    'Sarkis', 'Villeneuve', 'Wong', 'Aubin', 'Brodeur', 'Desrosiers', 'Elkaim',
    'Fontaine', 'Gosselin'] if not is_nam_surname(s)]
STAFF_GIV_M = ['Éric', 'Martin', 'Karim', 'Vincent', 'Jonathan', 'Philippe',
               'Andrew', 'Paul', 'Simon', 'Ahmed', 'Nicolas', 'Ben', 'Sébastien',
               'Graham', 'Hassan', 'Olivier', 'Ravi', 'Tom']
STAFF_GIV_F = ['Julie', 'Catherine', 'Annie', 'Sandra', 'Priya', 'Mélanie',
               'Jennifer', 'Amélie', 'Rebecca', 'Nadia', 'Émilie', 'Laura',
               'Stéphanie', 'Heather', 'Valérie', 'Samira', 'Kathleen', 'Audrey',
               'Chloé', 'Megan']

# ---------------------------------------------------------------- network
ORG = {
    'name': "St. Brendan's Heart & Lung Network",
    'short': 'SBHLN',
    'dom': 'stbrendans.example',
}
SITES = [
    dict(key='sbh', name="St. Brendan's Hospital", city='Montréal', prov='QC',
         addr='2250 Westhaven Avenue, Montréal QC H4B 0X1', area='514'),
    dict(key='lkr', name='Lakeshore Cardiac Rehab Centre', city='Pointe-Claire', prov='QC',
         addr='180 boul. des Sources-Fictives, Pointe-Claire QC H9R 0Z2', area='514'),
    dict(key='glm', name='Glengarry Memorial Hospital', city='Cornwall', prov='ON',
         addr='900 Montreal Road West, Cornwall ON K6H 0A9', area='613'),
    dict(key='orr', name='Ottawa River Respiratory Institute', city='Hawkesbury', prov='ON',
         addr='45 Spence Lane, Hawkesbury ON K6A 0B3', area='613'),
]
DEPTS = {
    'hf': ('Heart Failure Clinic', 'Clinique d’insuffisance cardiaque'),
    'ac': ('Anticoagulation Clinic', 'Clinique d’anticoagulothérapie'),
    'rehab': ('Cardiac Rehabilitation', 'Réadaptation cardiaque'),
    'sleep': ('Sleep Laboratory', 'Laboratoire du sommeil'),
    'pft': ('Pulmonary Function Laboratory', 'Laboratoire de fonction pulmonaire'),
    'csurg': ('Cardiac Surgery', 'Chirurgie cardiaque'),
    'ccu': ('Coronary Care Unit', 'Unité coronarienne'),
    'research': ('Cardiorespiratory Research Unit', 'Unité de recherche cardiorespiratoire'),
    'resp': ('Respirology', 'Pneumologie'),
    'cardio': ('Cardiology', 'Cardiologie'),
    'pharm': ('Pharmacy', 'Pharmacie'),
    'sw': ('Social Work', 'Service social'),
    'echo': ('Echocardiography Lab', 'Laboratoire d’échocardiographie'),
    'cath': ('Cardiac Catheterization Lab', 'Hémodynamie'),
    'it': ('Information Technology', 'Technologies de l’information'),
    'hr': ('Human Resources', 'Ressources humaines'),
    'admin': ('Administration', 'Administration'),
    'rt': ('Respiratory Therapy', 'Inhalothérapie'),
}
ROLES = {
    'cardiologist': ('Cardiologist', 'Cardiologue', True),
    'respirologist': ('Respirologist', 'Pneumologue', True),
    'surgeon': ('Cardiac Surgeon', 'Chirurgien cardiaque', True),
    'fellow': ('Cardiology Fellow', 'Résident en cardiologie', True),
    'nurse_hf': ('Heart Failure Nurse Clinician', 'Infirmière clinicienne, IC', False),
    'nurse_ac': ('Anticoagulation Nurse', 'Infirmière, anticoagulothérapie', False),
    'np': ('Nurse Practitioner', 'IPS', False),
    'rt': ('Registered Respiratory Therapist', 'Inhalothérapeute', False),
    'sleeptech': ('Sleep Technologist', 'Technologue en polysomnographie', False),
    'pfttech': ('PFT Technologist', 'Technologue, fonction pulmonaire', False),
    'kin': ('Kinesiologist', 'Kinésiologue', False),
    'clerk': ('Unit Clerk', 'Agente administrative', False),
    'booking': ('Booking Coordinator', 'Coordonnatrice des rendez-vous', False),
    'manager': ('Clinical Manager', 'Chef de service', False),
    'pharmacist': ('Clinical Pharmacist', 'Pharmacienne', False),
    'sw': ('Social Worker', 'Travailleuse sociale', False),
    'crc': ('Clinical Research Coordinator', 'Coordonnatrice de recherche', False),
    'it': ('IT Analyst', 'Analyste TI', False),
    'hr': ('HR Advisor', 'Conseillère RH', False),
    'dietitian': ('Registered Dietitian', 'Nutritionniste', False),
    'perfusion': ('Chief Perfusionist', 'Perfusionniste en chef', False),
    'waitlist': ('Surgical Wait List Coordinator', 'Coordonnatrice de la liste d’attente', False),
}


ROLE_DEPTS = {
    'cardiologist': ['cardio', 'hf', 'echo', 'cardio'], 'respirologist': ['resp', 'sleep', 'pft', 'resp'],
    'surgeon': ['csurg'], 'fellow': ['cardio', 'ccu'], 'nurse_hf': ['hf'], 'nurse_ac': ['ac'],
    'np': ['hf', 'cardio', 'ccu'], 'rt': ['rt', 'sleep'], 'sleeptech': ['sleep'], 'pfttech': ['pft'],
    'kin': ['rehab'], 'clerk': ['hf', 'ac', 'sleep', 'pft', 'cardio', 'resp', 'rehab'],
    'booking': ['cath', 'echo', 'sleep', 'cardio'], 'manager': ['hf', 'ac', 'sleep', 'pft', 'rehab', 'cardio', 'rt'],
    'pharmacist': ['pharm'], 'sw': ['sw'], 'crc': ['research'], 'it': ['it'], 'hr': ['hr'],
    'dietitian': ['rehab'], 'perfusion': ['csurg'], 'waitlist': ['csurg'],
}


class Ctx:
    """Deterministic random context shared by all templates."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self._nam_order = list(range(len(NAMS)))
        self.rng.shuffle(self._nam_order)
        self._nam_pos = 0
        self._used_names = set()
        self._phone_pool = list(range(100, 200))
        self.rng.shuffle(self._phone_pool)
        self._phone_pos = 0
        self.staff = self._make_staff()

    # -- basic helpers
    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def phone(self, area=None):
        area = area or self.choice(['514', '438', '450', '613', '343', '819'])
        n = self._phone_pool[self._phone_pos % 100]
        self._phone_pos += 1
        return '%s-555-01%02d' % (area, n % 100)

    def date(self, start=datetime.date(2024, 9, 2), days=300):
        return start + datetime.timedelta(days=self.randint(0, days))

    # -- staff
    def _make_staff(self):
        staff = []
        used = set()
        roles = list(ROLES)
        for i in range(90):
            role = roles[i % len(roles)]
            female = self.chance(0.6)
            while True:
                giv = self.choice(STAFF_GIV_F if female else STAFF_GIV_M)
                sur = self.choice(STAFF_SUR)
                if (giv, sur) not in used:
                    used.add((giv, sur))
                    break
            site = self.choice(SITES)
            local = strip_accents('%s.%s' % (giv, sur)).lower().replace(' ', '').replace("'", '')
            dom = self.choice([ORG['dom'], ORG['dom'], 'glengarry.' + ORG['dom'], 'orri.example'])
            if site['prov'] == 'QC':
                dom = ORG['dom']
            dept = self.choice(ROLE_DEPTS[role])
            staff.append(dict(given=giv, surname=sur, female=female, role=role, dept=dept,
                              site=site, email='%s@%s' % (local, dom),
                              ext=str(self.randint(2000, 7999)),
                              phone='%s-555-01%02d' % (site['area'], self.randint(0, 99))))
        return staff

    def person(self, role=None, roles=None):
        pool = [s for s in self.staff if (role is None or s['role'] == role)
                and (roles is None or s['role'] in roles)]
        return self.choice(pool)

    # -- patients
    def nam_patient(self, min_age=18, max_age=110):
        n = len(NAMS)
        for _ in range(n * 2):
            p = NAMS[self._nam_order[self._nam_pos % n]]
            self._nam_pos += 1
            if min_age <= age(p['dob']) <= max_age:
                q = dict(p)
                q['kind'] = 'qc'
                self._decorate(q, 'QC')
                return q
        raise RuntimeError('no NAM holder in age range %s-%s' % (min_age, max_age))

    def patient(self, prov='QC', min_age=30, max_age=92, sex=None, lang=None):
        sex = sex or self.choice('MF')
        lang = lang or ('fr' if (prov == 'QC' and self.chance(0.45)) else 'en')
        if prov in ('BE', 'FR'):
            lang = 'fr'
        for _ in range(200):
            if lang == 'fr':
                giv = self.choice(GIV_FR_M if sex == 'M' else GIV_FR_F)
                sur = self.choice(SUR_FR + SUR_FR + SUR_EN)
            else:
                giv = self.choice(GIV_EN_M if sex == 'M' else GIV_EN_F)
                sur = self.choice(SUR_EN + SUR_EN + SUR_FR)
            if prov == 'BE':
                sur = self.choice(['Janssens', 'Peeters', 'Maes', 'Dubois', 'Lambert',
                                   'Dupont', 'Claes', 'Goossens', 'Wouters', 'Renard'])
            if prov == 'FR':
                sur = self.choice(['Moreau', 'Laurent', 'Garnier', 'Chevalier', 'Rousseau',
                                   'Faure', 'Blanchard', 'Guérin', 'Boyer', 'Lemaire'])
            key = (giv, sur)
            if key in NAM_FULLNAMES or key in self._used_names:
                continue
            self._used_names.add(key)
            break
        a = self.randint(min_age, max_age)
        dob = REF_DATE.replace(year=REF_DATE.year - a - 1) + datetime.timedelta(days=self.randint(0, 364))
        p = dict(given=giv, surname=sur, sex=sex, dob=dob, kind=prov.lower(), prov=prov)
        self._decorate(p, prov)
        return p

    def _decorate(self, p, prov):
        area = {'QC': self.choice(['514', '438', '450']), 'ON': '613'}.get(prov, '514')
        p['phone'] = self.phone(area)
        p['mrn'] = self.mrn()
        p['addr'] = self.address(prov)
        local = strip_accents(p['given'][0] + p['surname']).lower().replace(' ', '').replace("'", '').replace('-', '')
        p['email'] = '%s%d@%s' % (local, self.randint(1, 99),
                                  self.choice(['mailbox.example', 'courriel.example', 'netmail.example',
                                               'videotron-mail.example']))
        if prov == 'ON':
            p['ohip'] = make_ohip(self.rng)
            p['ohip_vc'] = self.choice(['', 'AB', 'KX', 'MZ', 'RT', 'EH'])
        if prov == 'BE':
            p['niss'] = make_niss(self.rng, p['dob'], p['sex'])
        if prov == 'FR':
            p['nir'] = make_nir(self.rng, p['dob'], p['sex'])

    def mrn(self):
        return str(self.randint(1000000, 4999999))

    def address(self, prov):
        if prov == 'QC':
            num = self.randint(12, 9800)
            street = self.choice(['rue des Érables-Argentés', 'avenue Hingston-Fictive',
                                  'boul. Saint-Jean-Fictif', 'Westminster Crescent',
                                  'rue de la Pinède', 'chemin du Lac-Caché',
                                  'Oakridge Drive', 'rue Cartier-Ouest', 'Beaconsfield Place'])
            city = self.choice([('Montréal', 'H4A'), ('Pointe-Claire', 'H9S'), ('Dorval', 'H9P'),
                                ('Lachine', 'H8S'), ('Vaudreuil-Dorion', 'J7V'),
                                ('Kirkland', 'H9H'), ('Verdun', 'H4G')])
            apt = self.choice(['', '', 'app. %d, ' % self.randint(1, 40), 'apt %d-' % self.randint(1, 12)])
            if apt.startswith('apt'):
                return '%s%d %s, %s QC %s 0%s%d' % (apt, num, street, city[0], city[1],
                                                  self.choice('ABCEGHJ'), self.randint(1, 9))
            return '%s%d %s, %s QC %s 0%s%d' % (apt, num, street, city[0], city[1],
                                              self.choice('ABCEGHJ'), self.randint(1, 9))
        if prov == 'ON':
            num = self.randint(3, 2400)
            street = self.choice(['Sydney Street', 'Glengarry Rd', 'Pitt Street North',
                                  'Cumberland Lane', 'County Road 34', 'Marleau Avenue',
                                  'Maple Grove Crescent'])
            city = self.choice([('Cornwall', 'K6H'), ('Hawkesbury', 'K6A'), ('Alexandria', 'K0C'),
                                ('Embrun', 'K0A'), ('Ottawa', 'K1Y')])
            return '%d %s, %s ON %s 0%s%d' % (num, street, city[0], city[1],
                                            self.choice('ABCEGHJ'), self.randint(1, 9))
        if prov == 'BE':
            return 'Rue des Tilleuls %d, %d Namur, Belgique' % (self.randint(1, 120), 5000 + self.randint(0, 99))
        return '%d rue des Cordeliers, 690%02d Lyon, France' % (self.randint(1, 90), self.randint(1, 9))


def age(dob, ref=REF_DATE):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- identifiers

def make_sin(rng):
    while True:
        body = str(rng.choice('1234567')) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def make_luhn_serial(rng, length):
    """Serial / asset numbers that happen to pass Luhn (hard negatives)."""
    body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def make_niss(rng, dob, sex):
    for _ in range(1000):
        cnt = rng.randint(1, 997)
        if (cnt % 2 == 1) != (sex == 'M'):
            continue
        first9 = dob.strftime('%y%m%d') + '%03d' % cnt
        base = int(('2' + first9) if dob.year >= 2000 else first9)
        num = first9 + '%02d' % (97 - base % 97)
        if be_nn.is_valid(num):
            return num
    raise RuntimeError('niss')


def make_nir(rng, dob, sex):
    for _ in range(1000):
        dept = rng.choice(['69', '75', '13', '33', '59', '31', '44', '38', '67', '06'])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + \
            '%03d' % rng.randint(1, 400) + '%03d' % rng.randint(1, 999)
        num = body + '%02d' % (97 - int(body) % 97)
        if fr_nir.is_valid(num):
            return num
    raise RuntimeError('nir')


FW = {ord(c): ord(c) - 0x30 + 0xFF10 for c in '0123456789'}
FW.update({ord(c): ord(c) - 0x41 + 0xFF21 for c in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'})


def fullwidth(s):
    return s.translate(FW)


def group(s, sizes, sep=' '):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_nam(ctx, nam, style=None):
    style = style or ctx.choice(['plain', 'plain', 'space', 'space', 'dash', 'dots', 'lower',
                                 'fw', 'spread', 'pairs', 'slash'])
    if style == 'plain':
        return nam
    if style == 'space':
        return group(nam, [4, 4, 4])
    if style == 'dash':
        return group(nam, [4, 4, 4], '-')
    if style == 'dots':
        return group(nam, [4, 4, 4], '.')
    if style == 'lower':
        return group(nam.lower(), [4, 4, 4], ctx.choice(['', ' ']))
    if style == 'fw':
        return fullwidth(group(nam, [4, 4, 4], ctx.choice(['', ' '])))
    if style == 'spread':
        return ' '.join(nam)
    if style == 'pairs':
        return group(nam, [4, 2, 2, 2, 2])
    if style == 'slash':
        return group(nam, [4, 4, 4], '/')
    return nam


def fmt_sin(ctx, s, style=None):
    style = style or ctx.choice(['space', 'dash', 'plain', 'dots', 'fw', 'odd'])
    if style == 'space':
        return group(s, [3, 3, 3])
    if style == 'dash':
        return group(s, [3, 3, 3], '-')
    if style == 'dots':
        return group(s, [3, 3, 3], '.')
    if style == 'fw':
        return fullwidth(group(s, [3, 3, 3]))
    if style == 'odd':
        return group(s, [2, 4, 3], ' ')
    return s


def fmt_ohip(ctx, p, style=None):
    s = p['ohip']
    vc = p.get('ohip_vc', '')
    style = style or ctx.choice(['dash', 'space', 'plain', 'fw', 'slash'])
    if style == 'dash':
        r = group(s, [4, 3, 3], '-')
    elif style == 'space':
        r = group(s, [4, 3, 3])
    elif style == 'fw':
        r = fullwidth(group(s, [4, 3, 3]))
    elif style == 'slash':
        r = group(s, [4, 3, 3], '/')
    else:
        r = s
    if vc:
        r += ctx.choice([' ', '-', ' ']) + vc
    return r


def fmt_niss(ctx, s):
    style = ctx.choice(['std', 'space', 'plain'])
    if style == 'std':
        return be_nn.format(s)
    if style == 'space':
        return group(s, [2, 2, 2, 3, 2])
    return s


def fmt_nir(ctx, s):
    style = ctx.choice(['std', 'plain', 'key'])
    if style == 'std':
        return fr_nir.format(s)
    if style == 'key':
        return s[:13] + ' ' + s[13:]
    return s


def fmt_mrn(ctx, m, lang='en'):
    style = ctx.choice(['a', 'b', 'c', 'd', 'e'])
    if lang == 'fr':
        return ctx.choice(['dossier %s', 'no de dossier : %s', 'dossier #%s', 'N° dossier %s']) % (
            m if style != 'c' else group(m, [3, 4], '-'))
    if style == 'a':
        return 'MRN %s' % m
    if style == 'b':
        return 'MRN: %s' % group(m, [3, 4], ' ')
    if style == 'c':
        return 'chart #%s' % m
    if style == 'd':
        return 'Chart no. %s' % group(m, [1, 3, 3], '-')
    return 'hosp. no %s' % m


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']


def fmt_date(ctx, d, lang='en', style=None):
    style = style or ctx.choice(['iso', 'long', 'num', 'slash'])
    if style == 'iso':
        return d.isoformat()
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)
        return ctx.choice(['%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year),
                           '%d %s %d' % (d.day, MONTHS_EN[d.month - 1][:3], d.year)])
    if style == 'num':
        return d.strftime('%d/%m/%Y')
    return d.strftime('%Y/%m/%d')


def fmt_dob(ctx, p, lang='en'):
    d = fmt_date(ctx, p['dob'], lang)
    if lang == 'fr':
        return ctx.choice(['DDN : %s', 'né%s le %%s' % ('e' if p['sex'] == 'F' else ''),
                           'date de naissance : %s', 'DDN %s']) % d
    return ctx.choice(['DOB %s', 'DOB: %s', 'D.O.B. %s', 'born %s', 'date of birth %s']) % d


def title(p, lang='en'):
    if lang == 'fr':
        return 'M.' if p['sex'] == 'M' else 'Mme'
    if p['sex'] == 'M':
        return 'Mr.'
    return 'Ms.' if age(p['dob']) < 45 else 'Mrs.'


def pron(p, lang='en'):
    if lang == 'fr':
        return 'il' if p['sex'] == 'M' else 'elle'
    return 'he' if p['sex'] == 'M' else 'she'


def poss(p):
    return 'his' if p['sex'] == 'M' else 'her'


def obj(p):
    return 'him' if p['sex'] == 'M' else 'her'


def name(ctx, p, style=None, lang='en'):
    style = style or ctx.choice(['full', 'full', 'full', 'title', 'surfirst', 'lower',
                                 'initial', 'upper_sur', 'title_full'])
    g, s = p['given'], p['surname']
    if style == 'full':
        return '%s %s' % (g, s)
    if style == 'title':
        return '%s %s' % (title(p, lang), s)
    if style == 'title_full':
        return '%s %s %s' % (title(p, lang), g, s)
    if style == 'surfirst':
        return '%s, %s' % (s.upper(), g)
    if style == 'surfirst_plain':
        return '%s %s' % (s, g)
    if style == 'lower':
        return ('%s %s' % (g, s)).lower()
    if style == 'initial':
        return '%s. %s' % (g[0], s)
    if style == 'upper_sur':
        return '%s %s' % (g, s.upper())
    return '%s %s' % (g, s)


def staff_name(s, with_title=True, lang='en'):
    phys = ROLES[s['role']][2]
    if phys and with_title:
        if lang == 'fr':
            return '%s %s %s' % ('Dre' if s['female'] else 'Dr', s['given'], s['surname'])
        return 'Dr. %s %s' % (s['given'], s['surname'])
    return '%s %s' % (s['given'], s['surname'])


def dr(s, lang='en'):
    if lang == 'fr':
        return '%s %s' % ('Dre' if s['female'] else 'Dr', s['surname'])
    return 'Dr. %s' % s['surname']


def signature(ctx, s, lang='en', dept=None, style=None):
    style = style or ctx.choice(['full', 'full', 'short', 'mobile', 'initial', 'disclaimer', 'bilingual'])
    role_en, role_fr, phys = ROLES[s['role']]
    dept = s.get('dept') or dept or ctx.choice(list(DEPTS))
    d_en, d_fr = DEPTS[dept]
    site = s['site']
    nm = staff_name(s, lang=lang)
    if style == 'initial':
        return '-- \n' + s['given'][0]
    if style == 'mobile':
        return '%s\n\n%s' % (s['given'], 'Envoyé de mon iPhone' if lang == 'fr' else
                             ctx.choice(['Sent from my iPhone', 'Sent from my BlackBerry 10 smartphone',
                                         'Get Outlook for Android']))
    if style == 'short':
        return '%s\n%s | %s\n%s ext. %s' % (nm, role_fr if lang == 'fr' else role_en,
                                           d_fr if lang == 'fr' else d_en, s['phone'], s['ext'])
    lines = ['-- ', nm, role_fr if lang == 'fr' else role_en, d_fr if lang == 'fr' else d_en,
             site['name'], site['addr'],
             ('Tél. : %s, poste %s' if lang == 'fr' else 'Tel: %s ext. %s') % (s['phone'], s['ext']),
             ('Téléc. : ' if lang == 'fr' else 'Fax: ') + '%s-555-01%02d' % (site['area'], ctx.randint(0, 99)),
             s['email']]
    if style == 'bilingual':
        lines[2] = '%s / %s' % (role_en, role_fr)
        lines[3] = '%s / %s' % (d_en, d_fr)
    if style in ('disclaimer', 'bilingual') or ctx.chance(0.25):
        lines.append('')
        if lang == 'fr' or style == 'bilingual':
            lines.append('AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements '
                         'confidentiels. Si vous l’avez reçu par erreur, veuillez en aviser '
                         'l’expéditeur et le détruire.')
        if lang == 'en' or style == 'bilingual':
            lines.append('CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain '
                         'confidential information intended only for the addressee. If you '
                         'received it in error, please notify the sender and delete it.')
    return '\n'.join(lines)


def greet(ctx, who, lang='en', formal=None):
    """who: staff dict or a plain string."""
    if isinstance(who, dict):
        phys = ROLES[who['role']][2]
        first = who['given']
        if lang == 'fr':
            opts = ['Bonjour %s,' % first, 'Salut %s,' % first, 'Bonjour,']
            if phys:
                opts += ['Bonjour %s,' % dr(who, 'fr'), 'Bonjour Docteur%s,' % ('e' if who['female'] else '')]
        else:
            opts = ['Hi %s,' % first, 'Hello %s,' % first, '%s,' % first, 'Hi,', 'Good morning %s,' % first]
            if phys:
                opts += ['Dear %s,' % dr(who), 'Hi %s,' % dr(who)]
        return ctx.choice(opts)
    if lang == 'fr':
        return ctx.choice(['Bonjour %s,', 'Bonjour %s !', 'Allô %s,']) % who
    return ctx.choice(['Hi %s,', 'Hello %s,', 'Dear %s,']) % who


def addr(s):
    return (staff_name(s, with_title=False), s['email'])
