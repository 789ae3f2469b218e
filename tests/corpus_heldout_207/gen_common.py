"""Shared helpers: organisation, people, identifiers, dates and text snippets.

Audiology, ENT and cochlear implant programme of a (fictional) health network.
Every person, institution, address and number here is invented.
"""
import datetime as dt
import os
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

DOMAIN = 'hauteriviere.example'

ORG = {
    'fr': {
        'network': 'Réseau de santé Haute-Rivière',
        'hospital': 'Hôpital régional Saint-Aubert',
        'ci': "Programme d'implant cochléaire (PIC)",
        'audio': "Centre d'audiologie Mont-Ferrier",
        'vest': 'Clinique vestibulaire',
        'ent': "Service d'ORL et chirurgie cervico-faciale",
        'addr': '1450, boulevard des Récollets, Trois-Lacs (Québec) G8Z 0X4',
        'addr2': '220, rue du Moulin-Rouge, pavillon B, Trois-Lacs (Québec) G8Y 0R2',
    },
    'en': {
        'network': 'Haute-Rivière Health Network',
        'hospital': 'St. Aubert Regional Hospital',
        'ci': 'Cochlear Implant Program',
        'audio': 'Mont-Ferrier Audiology Centre',
        'vest': 'Vestibular Clinic',
        'ent': 'Department of Otolaryngology – Head & Neck Surgery',
        'addr': '1450 Récollets Blvd, Trois-Lacs, QC  G8Z 0X4',
        'addr2': '220 Moulin-Rouge St., Building B, Trois-Lacs, QC  G8Y 0R2',
    },
}

# ---------------------------------------------------------------- names
PAT_SUR_FR = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Desjardins', 'Boivin', 'Gingras',
              'Lemieux', 'Dufour', 'Vachon', 'Bilodeau', 'Beaulieu', 'Lachance', 'Hébert',
              'Veilleux', 'Poulin', 'Rioux', 'Dion', 'Perreault', 'Mercier', 'Charest',
              'Drouin', 'Théberge', 'Laflamme', 'Couture', 'Grondin', 'Labrecque', 'Marcoux',
              'Bédard', 'Goulet', 'St-Pierre', 'Lévesque', 'Fréchette', 'Turcotte', 'Trudel',
              'Carrier', 'Comeau', 'Dumont', 'Paradis', 'Michaud', 'Ouimette', 'Lanctôt']
PAT_GIV_FR_F = ['Ginette', 'Lucie', 'Monique', 'Chantal', 'Francine', 'Josiane', 'Mélanie',
                'Céline', 'Hélène', 'Léa', 'Zoé', 'Éloïse', 'Florence', 'Noémie', 'Rosalie',
                'Jacinthe', 'Micheline', 'Lise', 'Gilberte', 'Huguette', 'Annie', 'Karine',
                'Solange', 'Rachel', 'Maëlle']
PAT_GIV_FR_M = ['Réjean', 'Gaétan', 'Yvon', 'Normand', 'Stéphane', 'Benoît', 'Jérôme',
                'Raymond', 'Mathis', 'Thomas', 'Olivier', 'Alexis', 'Félix', 'Marcel', 'Roch',
                'Denis', 'Sébastien', 'Ghislain', 'Rosaire', 'Éric', 'Antoine', 'Zacharie']
PAT_SUR_EN = ['Whitfield', 'Harrington', "O'Connor", 'Kowalski', 'Nguyen', 'Patel', 'Fraser',
              'McAllister', 'Donnelly', 'Greenberg', 'Rossi', 'Chen', 'Singh', 'Abernathy',
              'Okafor', 'Lindqvist', 'Petrov', 'Haddad', 'Murphy', 'Sullivan', 'Kaur',
              'Delaney', 'Fitzgerald', 'Barker', 'Gallagher', 'Thornton', 'Wong', 'Horvath',
              'Castillo', 'Bishop', 'Mendes', 'Ashby']
PAT_GIV_EN_F = ['Margaret', 'Deborah', 'Priya', 'Caroline', 'Aisha', 'Heather', 'Wendy',
                'Chloe', 'Maya', 'Dorothy', 'Lorraine', 'Fiona', 'Bridget', 'Ava', 'Joan',
                'Olivia', 'Tamara', 'Ruth']
PAT_GIV_EN_M = ['Harold', 'Kevin', 'Owen', 'Trevor', 'Gordon', 'Nathan', 'Ethan', 'Stanley',
                'Colin', 'Imran', 'Dennis', 'Noah', 'Lucas', 'Warren', 'Arthur', 'Samuel',
                'Victor', 'Declan']

# staff: a separate pool (never shares a surname with a patient pool)
STAFF_SUR_FR = ['Archambault', 'Beauchemin', 'Cyr', 'Desrosiers', 'Forget', 'Giguère', 'Houle',
                'Jodoin', 'Lafrance', 'Marchand', 'Nolet', 'Ouimet', 'Plamondon', 'Quintal',
                'Rochon', 'Sauvé', 'Vézina', 'Yelle', 'Blais', 'Corriveau', 'Lalonde', 'Brisson',
                'Dagenais', 'Fontaine']
STAFF_GIV_FR = [('Isabelle', 'F'), ('Véronique', 'F'), ('Nadia', 'F'), ('Geneviève', 'F'),
                ('Marie-Ève', 'F'), ('Catherine', 'F'), ('Julie', 'F'), ('Amélie', 'F'),
                ('Caroline', 'F'), ('Mathieu', 'M'), ('François', 'M'), ('Philippe', 'M'),
                ('Martin', 'M'), ('Jean-François', 'M'), ('Simon', 'M'), ('Guillaume', 'M'),
                ('Patrice', 'M'), ('Étienne', 'M')]
STAFF_SUR_EN = ['Atwood', 'Bellamy', 'Carrington', 'Dunmore', 'Ellison', 'Forsyth', 'Galloway',
                'Hensley', 'Ingram', 'Jarvis', 'Keating', 'Lockwood', 'Mercer', 'Norwood',
                'Prescott', 'Radcliffe', 'Stanhope', 'Tennant', 'Vance', 'Whitaker']
STAFF_GIV_EN = [('Rebecca', 'F'), ('Laura', 'F'), ('Megan', 'F'), ('Susan', 'F'),
                ('Hannah', 'F'), ('Jessica', 'F'), ('Alison', 'F'), ('Daniel', 'M'),
                ('Andrew', 'M'), ('Graham', 'M'), ('Patrick', 'M'), ('Michael', 'M'),
                ('Jonathan', 'M'), ('Peter', 'M'), ('Ian', 'M')]

ROLES = {
    'orl': ('ORL', 'Otolaryngologist'),
    'otol': ('Otologiste', 'Otologist / neurotologist'),
    'audio': ('Audiologiste', 'Audiologist'),
    'ci_audio': ('Audiologiste – Programme d\'implant cochléaire', 'Cochlear implant audiologist'),
    'nurse': ('Infirmière clinicienne, ORL', 'Clinical nurse, ENT'),
    'clerk': ('Agente administrative', 'Clinic clerk'),
    'sw': ('Travailleuse sociale', 'Social worker'),
    'manager': ('Chef de service – Audiologie', 'Manager, Audiology Services'),
    'physio': ('Physiothérapeute – réadaptation vestibulaire', 'Vestibular physiotherapist'),
    'fm': ('Médecin de famille', 'Family physician'),
    'resident': ('Résidente en ORL', 'ENT resident'),
    'biomed': ('Technicien en génie biomédical', 'Biomedical technician'),
    'it': ('Soutien informatique', 'IT service desk'),
    'hr': ('Conseillère en ressources humaines', 'HR advisor'),
    'pharm': ('Pharmacienne', 'Pharmacist'),
    'speech': ('Orthophoniste', 'Speech-language pathologist'),
}

MASC_FR = [('Infirmière clinicienne', 'Infirmier clinicien'), ('Agente administrative', 'Agent administratif'),
           ('Travailleuse sociale', 'Travailleur social'), ('Conseillère', 'Conseiller'),
           ('Pharmacienne', 'Pharmacien'), ('Résidente', 'Résident')]

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate('0123456789')}


def fold(s):
    """Lower-case, accent-free version of a string (used for matching)."""
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def ascii_slug(s):
    return fold(s).replace(' ', '').replace("'", '').replace('-', '')


def L(lang, fr, en):
    return fr if lang == 'fr' else en


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def fw(s):
    """Full-width digits."""
    return s.translate(FULLWIDTH)


# ---------------------------------------------------------------- dates
def d_fr(d):
    return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)


def d_en(d):
    return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)


def d_long(d, lang):
    return d_fr(d) if lang == 'fr' else d_en(d)


def d_day(d, lang):
    if lang == 'fr':
        return '%s %s' % (DAYS_FR[d.weekday()], d_fr(d))
    return '%s, %s' % (DAYS_EN[d.weekday()], d_en(d))


def d_iso(d):
    return d.isoformat()


def d_dmy(d, sep='/'):
    return '%02d%s%02d%s%d' % (d.day, sep, d.month, sep, d.year)


def d_mdy(d):
    return '%02d/%02d/%d' % (d.month, d.day, d.year)


def dob_str(rng, d, lang):
    """A birth date written one of the ways people write it."""
    forms = [d_iso(d), d_dmy(d), d_dmy(d, '-'), d_long(d, lang), d.strftime('%Y.%m.%d')]
    if lang == 'en':
        forms.append(d.strftime('%d-%b-%Y'))
    return pick(rng, forms)


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def workday_after(rng, d, lo, hi):
    x = d + dt.timedelta(days=rng.randint(lo, hi))
    while x.weekday() >= 5:
        x += dt.timedelta(days=1)
    return x


def hhmm(rng, lang):
    h = rng.choice([8, 8, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15])
    m = rng.choice([0, 0, 15, 30, 45])
    return ('%d h %02d' % (h, m)) if lang == 'fr' else ('%d:%02d %s' % (h if h <= 12 else h - 12, m, 'AM' if h < 12 else 'PM'))


# ---------------------------------------------------------------- identifiers
def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        v = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(v):
            return v


def gen_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randrange(10)) for _ in range(8))
        v = body + luhn.calc_check_digit(body)
        if luhn.is_valid(v):
            return v


def gen_niss(rng, dob, sex):
    while True:
        seq = rng.randrange(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            seq += 1
        base = dob.strftime('%y%m%d') + '%03d' % seq
        n = int(('2' + base) if dob.year >= 2000 else base)
        v = base + '%02d' % (97 - n % 97)
        if be_nn.is_valid(v):
            return v


def gen_nir(rng, dob, sex):
    dept = rng.choice(['75', '69', '13', '33', '59', '44', '67', '31', '35', '76'])
    base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + \
        '%03d' % rng.randint(1, 990) + '%03d' % rng.randint(1, 400)
    v = base + fr_nir.calc_check_digits(base)
    assert fr_nir.is_valid(v)
    return v


def gen_mrn(rng):
    n = rng.randint(100000, 2999999)
    style = rng.randrange(5)
    if style == 0:
        return 'H%07d' % n, '%07d' % n
    if style == 1:
        return '%08d' % n, '%08d' % n
    if style == 2:
        s = '%07d' % n
        return '%s-%s-%s' % (s[:3], s[3:5], s[5:]), s
    if style == 3:
        return 'SA-%07d' % n, '%07d' % n
    s = '%07d' % n
    return '%s %s' % (s[:4], s[4:]), s


def sep_digits(s, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


def fmt_sin(rng, v):
    st = rng.randrange(7)
    if st == 0:
        return v
    if st == 1:
        return sep_digits(v, (3, 3, 3), ' ')
    if st == 2:
        return sep_digits(v, (3, 3, 3), '-')
    if st == 3:
        return sep_digits(v, (3, 3, 3), '.')
    if st == 4:
        return fw(sep_digits(v, (3, 3, 3), ' '))
    if st == 5:
        return ' '.join(v)
    return sep_digits(v, (3, 3, 3), ' / ')


def fmt_ohip(rng, v, vc):
    st = rng.randrange(6)
    if st == 0:
        return sep_digits(v, (4, 3, 3), '-') + ('-' + vc if vc else '')
    if st == 1:
        return sep_digits(v, (4, 3, 3), ' ') + (' ' + vc if vc else '')
    if st == 2:
        return v + vc
    if st == 3:
        return sep_digits(v, (4, 3, 3), '.') + (' ' + vc if vc else '')
    if st == 4:
        return fw(sep_digits(v, (4, 3, 3), ' ')) + (' ' + vc if vc else '')
    return sep_digits(v, (4, 3, 3), ' - ')


def fmt_niss(rng, v):
    st = rng.randrange(5)
    if st == 0:
        return be_nn.format(v)
    if st == 1:
        return v
    if st == 2:
        return sep_digits(v, (2, 2, 2, 3, 2), ' ')
    if st == 3:
        return sep_digits(v, (6, 3, 2), '-')
    return fw(be_nn.format(v))


def fmt_nir(rng, v):
    st = rng.randrange(4)
    if st == 0:
        return fr_nir.format(v)
    if st == 1:
        return v
    if st == 2:
        return fr_nir.format(v, '.')
    return fr_nir.format(v)[:-3] + ' / ' + v[-2:]


def fmt_nam(rng, v):
    st = rng.randrange(8)
    if st == 0:
        return v
    if st == 1:
        return '%s %s %s' % (v[:4], v[4:8], v[8:])
    if st == 2:
        return '%s-%s-%s' % (v[:4], v[4:8], v[8:])
    if st == 3:
        return v.lower()
    if st == 4:
        return '%s %s' % (v[:4], fw(v[4:]))
    if st == 5:
        return '%s.%s.%s' % (v[:4], v[4:8], v[8:])
    if st == 6:
        return ' '.join([v[:4], v[4:6], v[6:8], v[8:10], v[10:]])
    return '%s/%s' % (v[:4], v[4:])


def luhn_serial(rng, n):
    """Checksum-valid serial number (used on the negative side too)."""
    body = str(rng.randint(1, 9)) + ''.join(str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- NAM holders
def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append({'surname': sur, 'given': giv, 'dob': dt.date.fromisoformat(dob),
                        'sex': sex, 'nam': nam})
    return out


class Patient:
    def __init__(self, surname, given, sex, dob, nam=None):
        self.surname, self.given, self.sex, self.dob, self.nam = surname, given, sex, dob, nam
        self.mrn = None
        self.mrn_digits = None
        self.phone = None
        self.addr = None

    def fem(self):
        return self.sex == 'F'


CITIES = [('Trois-Lacs', 'G8Z'), ('Saint-Aubert', 'G9B'), ('Val-des-Cèdres', 'J0K'),
          ('Sainte-Odile-du-Lac', 'G0X'), ('Pointe-aux-Hérons', 'G9T'), ('Lac-Ferrier', 'J0L'),
          ('Beaurivage-Est', 'G0S')]
STREETS_FR = ['rue des Érables', 'rue Principale', 'chemin du Rang-Double', 'avenue des Pins',
              'rue Sainte-Cécile', 'boulevard du Lac', 'rue de la Fabrique', 'montée des Sources',
              'rue Notre-Dame Ouest', 'rang Saint-Joseph']
AREA = ['819', '873', '418', '450', '514']


def phone(rng, area=None):
    return '%s 555-01%02d' % (area or pick(rng, AREA), rng.randint(0, 99))


def phone_fmt(rng, p):
    a, rest = p.split(' ')
    st = rng.randrange(4)
    if st == 0:
        return '(%s) %s' % (a, rest)
    if st == 1:
        return '%s-%s' % (a, rest)
    if st == 2:
        return '%s.%s' % (a, rest.replace('-', '.'))
    return p


def address(rng, lang):
    city, fsa = pick(rng, CITIES)
    no = rng.randint(12, 2890)
    street = pick(rng, STREETS_FR)
    apt = rng.random() < 0.3
    pc = '%s %d%s%d' % (fsa, rng.randint(1, 9), pick(rng, 'ABCEHJKLMNPRSTVX'), rng.randint(0, 9))
    if lang == 'fr':
        line1 = ('%d, %s, app. %d' % (no, street, rng.randint(1, 12))) if apt else '%d, %s' % (no, street)
        return {'line1': line1, 'city': city, 'pc': pc, 'one': '%s, %s (Québec) %s' % (line1, city, pc)}
    line1 = ('%d %s, apt %d' % (no, street, rng.randint(1, 12))) if apt else '%d %s' % (no, street)
    return {'line1': line1, 'city': city, 'pc': pc, 'one': '%s, %s, QC %s' % (line1, city, pc)}


class People:
    """Makes invented patients and staff; hands out NAM holders once each."""

    def __init__(self, rng):
        self.rng = rng
        self.nams = load_nams()
        self.nam_surnames = sorted({n['surname'] for n in self.nams})
        order = list(range(len(self.nams)))
        rng.shuffle(order)
        self.nam_free = order
        self.used = set()
        self.staff_used = {}
        self.patients = []

    def take_nam(self, ref, age_lo=0, age_hi=120):
        for k, i in enumerate(self.nam_free):
            n = self.nams[i]
            if age_lo <= age_at(n['dob'], ref) <= age_hi:
                del self.nam_free[k]
                p = Patient(n['surname'], n['given'], n['sex'], n['dob'], n['nam'])
                return self._finish(p)
        return None

    def new(self, lang, ref, age_lo=18, age_hi=90, sex=None, nam=False):
        rng = self.rng
        if nam:
            p = self.take_nam(ref, age_lo, age_hi)
            if p:
                return p
        sex = sex or rng.choice('FM')
        while True:
            if lang == 'fr' or rng.random() < 0.2:
                sur = pick(rng, PAT_SUR_FR)
                giv = pick(rng, PAT_GIV_FR_F if sex == 'F' else PAT_GIV_FR_M)
            else:
                sur = pick(rng, PAT_SUR_EN)
                giv = pick(rng, PAT_GIV_EN_F if sex == 'F' else PAT_GIV_EN_M)
            if (sur, giv) not in self.used:
                break
        age = rng.randint(age_lo, age_hi)
        dob = dt.date(ref.year - age - 1, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        if age_at(dob, ref) < age_lo:
            dob = dob.replace(year=dob.year - 1) if not (dob.month == 2 and dob.day == 29) else dob - dt.timedelta(days=366)
        return self._finish(Patient(sur, giv, sex, dob))

    def _finish(self, p):
        rng = self.rng
        self.used.add((p.surname, p.given))
        p.mrn, p.mrn_digits = gen_mrn(rng)
        p.phone = phone(rng)
        p.addr = address(rng, 'fr')
        self.patients.append(p)
        return p

    def staff(self, lang, role, key=None):
        """Staff member; the same key returns the same person."""
        rng = self.rng
        if key and key in self.staff_used:
            return self.staff_used[key]
        if lang == 'fr' or rng.random() < 0.25:
            giv, sex = pick(rng, STAFF_GIV_FR)
            sur = pick(rng, STAFF_SUR_FR)
        else:
            giv, sex = pick(rng, STAFF_GIV_EN)
            sur = pick(rng, STAFF_SUR_EN)
        role_fr, role_en = ROLES[role]
        if sex == 'M':
            for a, b in MASC_FR:
                role_fr = role_fr.replace(a, b)
        elif role == 'biomed':
            role_fr = role_fr.replace('Technicien', 'Technicienne')
        doctor = role in ('orl', 'otol', 'fm', 'resident')
        s = {'given': giv, 'surname': sur, 'sex': sex, 'role': role,
             'name': '%s %s' % (giv, sur),
             'title': L(lang, ('Dre ' if sex == 'F' else 'Dr ') + sur, 'Dr. ' + sur) if doctor else
             L(lang, ('Mme ' if sex == 'F' else 'M. ') + sur, ('Ms. ' if sex == 'F' else 'Mr. ') + sur),
             'doctor': doctor,
             'role_label': L(lang, role_fr, role_en),
             'email': '%s.%s@%s' % (ascii_slug(giv), ascii_slug(sur), DOMAIN),
             'ext': str(rng.randint(2100, 6999))}
        if key:
            self.staff_used[key] = s
        return s


def signature(rng, s, lang, unit=None, short=False):
    o = ORG[lang]
    unit = unit or pick(rng, [o['ci'], o['audio'], o['ent'], o['vest']])
    name = s['name']
    if s['doctor'] and rng.random() < 0.6:
        name = L(lang, ('Dre ' if s['sex'] == 'F' else 'Dr ') + name, 'Dr. ' + name)
    if short:
        return '%s\n%s' % (name, s['role_label'])
    if s['role'] == 'fm':
        gmf = unit or L(lang, 'GMF de la Rivière', 'Riverside Family Medicine Group')
        lines = ['--', name, s['role_label'], gmf,
                 L(lang, '85, rue du Pont, Saint-Aubert (Québec) G9B 0C1', '85 Pont St., Saint-Aubert, QC  G9B 0C1'),
                 L(lang, 'Tél. : 819 555-01%02d  Téléc. : 819 555-01%02d', 'Tel. 819 555-01%02d  Fax 819 555-01%02d')
                 % (rng.randint(0, 99), rng.randint(0, 99))]
        return '\n'.join(lines)
    tel = '819 555-01%02d' % rng.randint(0, 99)
    lines = ['--', name, s['role_label'], unit, o['hospital'] + ' | ' + o['network'],
             o['addr'] if rng.random() < 0.6 else o['addr2'],
             L(lang, 'Tél. : %s, poste %s' % (tel, s['ext']), 'Tel.: %s ext. %s' % (tel, s['ext']))]
    if rng.random() < 0.4:
        lines.append(L(lang, 'Téléc. : 819 555-01%02d' % rng.randint(0, 99), 'Fax: 819 555-01%02d' % rng.randint(0, 99)))
    if rng.random() < 0.5:
        lines.append(L(lang,
                       "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                       "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
                       'CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you '
                       'received it in error, please delete it and notify the sender.'))
    return '\n'.join(lines)


def greet(rng, lang, who=None):
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour %s,' % who if who else 'Bonjour à tous,', 'Salut,', 'Bonjour à vous,']
    else:
        opts = ['Hi,', 'Hello,', 'Hi %s,' % who if who else 'Hi all,', 'Good morning,']
    return pick(rng, opts)


def thanks(rng, lang):
    return pick(rng, ['Merci!', 'Merci beaucoup,', 'Merci et bonne journée,', 'Bonne journée,'] if lang == 'fr'
                else ['Thanks,', 'Thank you,', 'Many thanks,', 'Best,', 'Cheers,'])


def quote(text, lang, who, when, style):
    """Return a quoted-reply block for `text` written by `who` at datetime `when`."""
    if style == 'gmail':
        if lang == 'fr':
            head = 'Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :' % (
                DAYS_FR[when.weekday()][:3] + '.', when.day, MONTHS_FR[when.month - 1], when.year,
                when.hour, when.minute, who['name'], who['email'])
        else:
            head = 'On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:' % (
                DAYS_EN[when.weekday()][:3], MONTHS_EN[when.month - 1][:3], when.day, when.year,
                (when.hour - 1) % 12 + 1, when.minute, 'AM' if when.hour < 12 else 'PM', who['name'], who['email'])
        return head + '\n' + '\n'.join(('> ' + ln) if ln else '>' for ln in text.split('\n'))
    if lang == 'fr':
        head = ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s %02d:%02d\nObjet : %s\n" % (
            who['name'], who['email'], d_day(when.date(), 'fr'), when.hour, when.minute, '%SUBJ%'))
    else:
        head = ('-----Original Message-----\nFrom: %s <%s>\nSent: %s %d:%02d %s\nSubject: %s\n' % (
            who['name'], who['email'], d_day(when.date(), 'en'), (when.hour - 1) % 12 + 1, when.minute,
            'AM' if when.hour < 12 else 'PM', '%SUBJ%'))
    return head + '\n' + text


def forward(text, lang, who, to, when, subj):
    if lang == 'fr':
        head = ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s à %02d:%02d\n'
                'Objet : %s\nÀ : %s <%s>\n' % (who['name'], who['email'], d_day(when.date(), 'fr'),
                                                when.hour, when.minute, subj, to['name'], to['email']))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s at %d:%02d %s\n'
                'Subject: %s\nTo: %s <%s>\n' % (who['name'], who['email'], d_day(when.date(), 'en'),
                                                 (when.hour - 1) % 12 + 1, when.minute,
                                                 'AM' if when.hour < 12 else 'PM', subj, to['name'], to['email']))
    return head + '\n' + text


# ---------------------------------------------------------------- naming a patient
def name_as(rng, p, lang, style=None):
    """Render a patient's name in one of many real-world forms."""
    styles = ['full', 'title', 'surfirst', 'lower', 'initial', 'upper', 'title_sur', 'surfirst_lc']
    style = style or pick(rng, styles)
    f = p.fem()
    if style == 'full':
        return '%s %s' % (p.given, p.surname)
    if style == 'title':
        return L(lang, ('Mme ' if f else 'M. '), ('Mrs. ' if f else 'Mr. ')) + '%s %s' % (p.given, p.surname)
    if style == 'surfirst':
        return '%s, %s' % (p.surname.upper(), p.given)
    if style == 'lower':
        return ('%s %s' % (p.given, p.surname)).lower()
    if style == 'initial':
        return '%s. %s' % (p.given[0], p.surname)
    if style == 'upper':
        return '%s %s' % (p.surname.upper(), p.given.upper())
    if style == 'title_sur':
        return L(lang, ('Mme ' if f else 'M. '), ('Ms. ' if f else 'Mr. ')) + p.surname
    if style == 'surfirst_lc':
        return '%s %s' % (p.surname.lower(), p.given.lower())
    raise ValueError(style)


def sex_str(rng, p, lang):
    if lang == 'fr':
        return pick(rng, ['Sexe : ' + p.sex, 'sexe ' + p.sex, 'Sexe: ' + p.sex])
    return pick(rng, ['Sex: ' + p.sex, 'sex ' + p.sex, 'Sex ' + p.sex])


def pat_word(p, lang, cap=False):
    w = L(lang, 'patiente' if p.fem() else 'patient', 'patient')
    return w.capitalize() if cap else w


def he(p, lang):
    return L(lang, 'elle' if p.fem() else 'il', 'she' if p.fem() else 'he')


def his(p):
    return 'her' if p.fem() else 'his'


def ne(p):
    return 'née' if p.fem() else 'né'


class Spec:
    """What a template returns: content plus labels, before MIME assembly."""

    def __init__(self, cat, lang, sender, to, subject, text, types=(), note='', html=None,
                 atts=None, cc=None):
        self.cat, self.lang, self.sender, self.to, self.cc = cat, lang, sender, to, cc or []
        self.subject, self.text, self.html = subject, text, html
        self.atts = atts or []
        self.types = sorted(set(types))
        self.note = note
        self.ids = []          # (type, compact value) pairs that must be present and valid
        self.nams = []         # (nam, surname, given, dob_str, sex_str)
        self.names = []        # name tokens that must be present for patient_name
        self.flags = []        # 'reply', 'forward'
        self.prefer = None     # optional transport hints

    def add_nam(self, p, dob_s, sex_s):
        self.nams.append((p.nam, p.surname, p.given, dob_s, sex_s))
        self.ids.append(('ramq_nam', p.nam))

    def add_id(self, typ, value):
        self.ids.append((typ, value))


class Att:
    def __init__(self, filename, ctype, data, kind):
        self.filename, self.ctype, self.data, self.kind = filename, ctype, data, kind
