"""Identifiers, people pools and small helpers (deterministic, driven by a random.Random)."""
import os
import unicodedata
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- RAMQ holders
def load_nams(path=None):
    path = path or os.path.join(HERE, '..', 'blind_nams.txt')
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append({'surname': sur, 'given': giv, 'dob': dob, 'sex': sex, 'nam': nam,
                        'age': 2025 - int(dob[:4])})
    return out


# ---------------------------------------------------------------- pools
PATIENT_SURNAMES = [
    'Tremblay', 'Côté', 'Bergeron', 'Dubé', 'Lévesque', 'Lemieux', 'Desjardins', 'Poulin', 'Gingras',
    'Beaulieu', 'Ménard', 'Hébert', 'Vézina', 'Charest', 'Lavoie', 'Dion', 'Bisson', 'Lachance', 'Perron',
    'Carrier', 'Rioux', 'Boivin', 'Nguyen', 'Haddad', 'Kowalski', "O'Brien", 'Fitzgerald', 'Chen', 'Singh',
    'Da Silva', 'Joseph', 'Petit-Frère', 'Ndiaye', 'Benali', 'Ouimet', 'Sauvé', 'Marchand', 'Langlois',
    'Proulx', 'Turcotte', 'St-Pierre', 'Laflamme', 'Grenier', 'Lepage', 'Bolduc', 'Pouliot', 'Couture',
    'Giroux', 'Labrie', 'Mercier', 'Patel', 'Murphy', 'Kelly', 'Stewart', 'Campbell', 'Henderson',
    'Gallant', 'Arsenault', 'Doucet', 'Vautour', 'Ferreira', 'Lussier', 'Auclair', 'Bernier', 'Robitaille',
]
FR_SURNAMES = ['Moreau', 'Lefebvre', 'Dubois', 'Rousseau', 'Garnier', 'Chevalier', 'Faure', 'Renaud']
BE_SURNAMES = ['Janssens', 'Peeters', 'Maes', 'Claes', 'Wouters', 'Goossens', 'Vermeulen', 'Dupont-Lambert']
STAFF_SURNAMES = [
    'Vachon', 'Deschênes', 'Lacasse', 'Brassard', 'Paradis', 'Roberge', 'Asselin', 'Cormier', 'Falardeau',
    'Hamel', 'Jobin', 'Lalonde', 'Laroche', 'Nolet', 'Rochon', 'Sirois', 'Thériault', 'Veilleux',
    'Whitfield', 'Abernathy', 'Okafor', 'Rahimi', 'Kapoor', 'Zhang', 'Moretti', 'Ferland', 'Gosselin',
    'Bédard', 'Labbé', 'Plamondon', 'Tessier', 'Goulet', 'Lavigne', 'Drouin', 'Beaudoin', 'Gendron',
    'Dufresne', 'Provencher', 'McKenna', 'Harrington', 'Sheridan', 'Donnelly',
]
GIVEN_F = ['Jacqueline', 'Lise', 'Francine', 'Chantal', 'Nicole', 'Isabelle', 'Mélanie', 'Karine', 'Julie',
           'Annie', 'Valérie', 'Maude', 'Noémie', 'Rachel', 'Linda', 'Karen', 'Priya', 'Amina', 'Thi Lan',
           'Margaret', 'Olivia', 'Hélène', 'Suzanne', 'Monique', 'Claudette', 'Yasmine', 'Stéphanie']
GIVEN_M = ['Réjean', 'Gaétan', 'Normand', 'Sylvain', 'Martin', 'Éric', 'Stéphane', 'François', 'Yves',
           'Benoît', 'Mathieu', 'Olivier', 'Kevin', 'Raymond', 'Patrick', 'Daniel', 'Hamid', 'Arjun', 'Minh',
           'Thomas', 'William', 'Jean-Guy', 'Denis', 'Luc', 'Samuel', 'Fabrice', 'Karim']
FR_GIVEN = {'F': ['Camille', 'Élodie', 'Sandrine', 'Brigitte'], 'M': ['Thierry', 'Julien', 'Laurent', 'Bruno']}
BE_GIVEN = {'F': ['Annelies', 'Sofie', 'Véronique', 'Els'], 'M': ['Pieter', 'Koen', 'Wim', 'Jean-Marc']}

STAFF_GIVEN_F = ['Hélène', 'Catherine', 'Geneviève', 'Nadia', 'Émilie', 'Véronique', 'Pascale', 'Kathleen', 'Rebecca',
                 'Laurence', 'Audrey', 'Fatima', 'Caroline']
STAFF_GIVEN_M = ['Marc-André', 'Philippe', 'Alexandre', 'Jonathan', 'Simon', 'Ahmed', 'Vincent', 'Richard', 'Jérôme',
                 'Owen', 'Dominique']
STAFF_GIVEN = STAFF_GIVEN_F + STAFF_GIVEN_M

STREETS = ['rue des Érables', 'boul. Saint-Joseph', 'rue Principale', 'chemin du Lac-Bleu', 'rue Wellington',
           'av. des Pins', 'rue Notre-Dame Est', 'rang Saint-Isidore', 'rue King Ouest', 'montée Gagné',
           'rue de la Fabrique', 'Maple Street', 'rue Sherbrooke', 'chemin Sainte-Foy', 'rue du Couvent']
TOWNS = [('Val-Bleu', 'QC', 'J0B'), ('Lac-Argent', 'QC', 'J8L'), ('Saint-Rémi-des-Monts', 'QC', 'J0T'),
         ('Gatineau', 'QC', 'J8Y'), ('Sherbrooke', 'QC', 'J1H'), ('Magog', 'QC', 'J1X'),
         ('Drummondville', 'QC', 'J2B'), ('Granby', 'QC', 'J2G')]

SITES = [
    {'name': 'Hôpital Sainte-Geneviève-des-Monts', 'short': 'HSGM', 'dom': 'hsgm.example', 'tel': '(819) 555-0100'},
    {'name': 'Centre hospitalier régional de Val-Bleu', 'short': 'CHRVB', 'dom': 'chrvb.example', 'tel': '(450) 555-0120'},
    {'name': 'CISSS Boréal — Hôpital de Lac-Argent', 'short': 'HLA', 'dom': 'santeboreal.example', 'tel': '(819) 555-0140'},
]
CLINICS = ['clinique-gmf-riviere.example', 'gmf-des-pins.example', 'cliniquemedicale-ducentre.example',
           'mdcliniq.example', 'gmfu-val-bleu.example']
PERSONAL = ['videotron.example', 'hotmail.example', 'gmail.example', 'sympatico.example', 'outlook.example']


def phone(rng, area=None):
    area = area or rng.choice(['819', '450', '514', '873', '613'])
    return '%s-555-01%02d' % (area, rng.randrange(0, 100))


def phone_fmt(rng, area=None):
    n = phone(rng, area)
    a, b, c = n.split('-')
    return rng.choice(['(%s) %s-%s' % (a, b, c), '%s-%s-%s' % (a, b, c), '%s %s-%s' % (a, b, c),
                       '%s.%s.%s' % (a, b, c)])


def address(rng):
    town, prov, fsa = rng.choice(TOWNS)
    pc = '%s %d%s%d' % (fsa, rng.randrange(1, 10), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randrange(0, 10))
    num = rng.randrange(12, 2400)
    apt = rng.choice(['', '', '', 'app. %d, ' % rng.randrange(1, 12)])
    return '%s%d, %s' % (apt, num, rng.choice(STREETS)), '%s (%s)  %s' % (town, prov, pc)


def dob(rng, lo=1935, hi=2005):
    y = rng.randrange(lo, hi + 1)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return '%04d-%02d-%02d' % (y, m, d)


class People:
    """Hands out distinct patients and staff (each full name used once for patients)."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.staff_used = {}

    def patient(self, sex=None, kind='qc', lo=1935, hi=2005):
        rng = self.rng
        for _ in range(500):
            s = sex or rng.choice('FM')
            if kind == 'fr':
                sur, giv = rng.choice(FR_SURNAMES), rng.choice(FR_GIVEN[s])
            elif kind == 'be':
                sur, giv = rng.choice(BE_SURNAMES), rng.choice(BE_GIVEN[s])
            else:
                sur, giv = rng.choice(PATIENT_SURNAMES), rng.choice(GIVEN_F if s == 'F' else GIVEN_M)
            if (sur, giv) in self.used:
                continue
            self.used.add((sur, giv))
            return {'surname': sur, 'given': giv, 'sex': s, 'dob': dob(rng, lo, hi)}
        raise RuntimeError('pool exhausted')

    def staff(self, role=None):
        rng = self.rng
        sex = rng.choice('FM')
        return {'surname': rng.choice(STAFF_SURNAMES), 'given': rng.choice(STAFF_GIVEN_F if sex == 'F' else STAFF_GIVEN_M),
                'sex': sex}


def mrn(rng):
    n = rng.randrange(100000, 9999999)
    return rng.choice(['%07d' % n, 'H%07d' % n, '%s-%06d' % (rng.choice(['VB', 'LA', 'GM']), n % 1000000),
                       '%07d' % n])


def email_of(given, surname, dom):
    g = strip_accents(given).lower().replace(' ', '').replace("'", '')
    s = strip_accents(surname).lower().replace(' ', '').replace("'", '')
    return '%s.%s@%s' % (g, s, dom)


# ---------------------------------------------------------------- national identifiers
def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(n, style):
    return {'sp': '%s %s %s' % (n[:3], n[3:6], n[6:]), 'dash': '%s-%s-%s' % (n[:3], n[3:6], n[6:]),
            'plain': n, 'dot': '%s.%s.%s' % (n[:3], n[3:6], n[6:])}[style]


def make_ohip(rng):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num) and len(num) == 10
    return num


def fmt_ohip(n, style, vc=''):
    return {'sp': '%s %s %s' % (n[:4], n[4:7], n[7:]), 'dash': '%s-%s-%s' % (n[:4], n[4:7], n[7:]),
            'plain': n}[style] + ((' ' + vc) if vc and style != 'plain' else vc)


def make_niss(rng, dob_s, sex):
    y, m, d = dob_s.split('-')
    yymmdd = y[2:] + m + d
    ser = rng.randrange(1, 998)
    if (ser % 2 == 1) != (sex == 'M'):
        ser += 1
    ser = '%03d' % ser
    base = yymmdd + ser
    pre = ('2' + base) if int(y) >= 2000 else base
    chk = '%02d' % (97 - int(pre) % 97)
    num = base + chk
    be_nn.validate(num)
    return num


def fmt_niss(n, style):
    return {'std': '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            'sp': '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]), 'plain': n}[style]


def make_nir(rng, dob_s, sex):
    y, m, _ = dob_s.split('-')
    dept = rng.choice(['75', '69', '13', '33', '44', '59', '67', '31'])
    body = ('1' if sex == 'M' else '2') + y[2:] + m + dept + '%03d' % rng.randrange(1, 990) + '%03d' % rng.randrange(1, 999)
    key = '%02d' % (97 - int(body) % 97)
    num = body + key
    fr_nir.validate(num)
    return num


def fmt_nir(n, style):
    return {'sp': '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
            'plain': n, 'key': '%s %s' % (n[:13], n[13:])}[style]


# ---------------------------------------------------------------- disguises
FW = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'plain':
        return nam
    if style == 'sp':
        return '%s %s %s' % (a, b, c)
    if style == 'dash':
        return '%s-%s-%s' % (a, b, c)
    if style == 'dot':
        return '%s.%s.%s' % (a, b, c)
    if style == 'slash':
        return '%s/%s/%s' % (a, b, c)
    if style == 'lower':
        return nam.lower()
    if style == 'fw':
        return ''.join(FW.get(ch, ch) for ch in nam)
    if style == 'odd':
        return '%s %s %s %s' % (nam[:2], nam[2:6], nam[6:9], nam[9:])
    if style == 'lowsp':
        return '%s %s %s' % (a.lower(), b, c)
    raise ValueError(style)


NAM_STYLES = ['plain', 'sp', 'sp', 'sp', 'dash', 'dot', 'slash', 'slash', 'lower', 'fw', 'fw', 'odd', 'lowsp', 'plain']


def name_forms(p, lang, rng, style=None):
    """Return a written form of the patient's name."""
    g, s, sex = p['given'], p['surname'], p['sex']
    t_fr = 'Mme' if sex == 'F' else 'M.'
    t_en = 'Mrs.' if sex == 'F' else 'Mr.'
    forms = {
        'full': '%s %s' % (g, s),
        'upper_last': '%s, %s' % (s.upper(), g),
        'last_first': '%s %s' % (s, g),
        'comma': '%s, %s' % (s, g),
        'title': '%s %s %s' % (t_fr if lang == 'fr' else t_en, g, s),
        'title_last': '%s %s' % (t_fr if lang == 'fr' else t_en, s),
        'lower': '%s %s' % (g.lower(), s.lower()),
        'initial': '%s. %s' % (g[0], s),
        'last_init': '%s %s.' % (s, g[0]),
    }
    st = style or rng.choice(list(forms))
    return forms[st]


def fr_date(d, with_day=False):
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
            'novembre', 'décembre']
    y, m, dd = d.split('-')
    return '%d %s %s' % (int(dd), mois[int(m) - 1], y)


def en_date(d):
    mon = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December']
    y, m, dd = d.split('-')
    return '%s %d, %s' % (mon[int(m) - 1], int(dd), y)


def dob_fmt(d, rng):
    y, m, dd = d.split('-')
    return rng.choice(['%s-%s-%s' % (y, m, dd), '%s/%s/%s' % (dd, m, y), '%s/%s/%s' % (y, m, dd),
                       '%s.%s.%s' % (dd, m, y)])
