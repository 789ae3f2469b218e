"""Shared data, seeded randomness, identifiers and formatting helpers.

Everything here is invented.  The only external input is ../blind_nams.txt,
located relative to this file.
"""
import datetime as dt
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as std_nn
from stdnum.ca import sin as std_sin
from stdnum.fr import nir as std_nir

SEED = 25174
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

DOM = 'csrdr.example'
ORG_FR = 'Centre de santé respiratoire des Deux-Rives'
ORG_EN = 'Deux-Rives Respiratory Health Centre'
ORG_SHORT = 'CSRDR'
ORG_ADDR_FR = '2250, boulevard des Érables, Trois-Lacs (Québec)  J0K 2R0'
ORG_ADDR_EN = '2250 boulevard des Érables, Trois-Lacs, QC  J0K 2R0'
ORG_PHONE = '819 555-0142'
ORG_FAX = '819 555-0143'

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss',
         'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MOIS_ABR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.',
            'nov.', 'déc.']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


# --------------------------------------------------------------------------- holders
def load_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()[:5]
            out.append({'surname': sur, 'given': given, 'dob': dt.date.fromisoformat(dob),
                        'sex': sex, 'nam': nam})
    return out


def fold(s):
    """Lower-case, accent-free, alphanumerics only (NFKC first, so full-width folds)."""
    s = unicodedata.normalize('NFKC', s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s.casefold() if c.isalnum() and not unicodedata.combining(c))


def words(s):
    s = unicodedata.normalize('NFKC', s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c if (c.isalnum() and not unicodedata.combining(c)) else
                ('' if unicodedata.combining(c) else ' ') for c in s.casefold())
    return s.split()


# --------------------------------------------------------------------------- staff
def _st(key, title, first, last, role_fr, role_en, ext, cred=''):
    return {'key': key, 'title': title, 'first': first, 'last': last, 'role_fr': role_fr,
            'role_en': role_en, 'ext': ext, 'cred': cred,
            'email': '%s.%s@%s' % (fold(first), fold(last), DOM)}


STAFF = {s['key']: s for s in [
    _st('lemieux', 'Dre', 'Isabelle', 'Lemieux', 'Pneumologue, clinique des nodules pulmonaires',
        'Respirologist, Lung Nodule Clinic', '2231', 'MD, FRCPC'),
    _st('bergeron', 'Dr', 'François', 'Bergeron', 'Pneumologue, directeur du laboratoire de fonction pulmonaire',
        'Respirologist, Director, Pulmonary Function Laboratory', '2210', 'MD, FRCPC'),
    _st('desjardins', 'Dre', 'Nadia', 'Desjardins', 'Médecin du sommeil, clinique du sommeil',
        'Sleep physician, Sleep Clinic', '2305', 'MD, FRCPC, DABSM'),
    _st('cote', 'Dr', 'Olivier', 'Côté', 'Pneumologue, réadaptation pulmonaire',
        'Respirologist, Pulmonary Rehabilitation', '2260', 'MD, FRCPC'),
    _st('theriault', '', 'Hélène', 'Thériault', "Inhalothérapeute, programme d'oxygénothérapie à domicile",
        'Respiratory therapist, Home Oxygen Program', '2281'),
    _st('vachon', '', 'Karine', 'Vachon', 'Inhalothérapeute, laboratoire de fonction pulmonaire',
        'Respiratory therapist, PFT Lab', '2214'),
    _st('bernier', '', 'Julie', 'Bernier', 'Infirmière clinicienne, enseignement MPOC et asthme',
        'Clinical nurse, COPD and Asthma Education', '2240', 'inf., B. Sc.'),
    _st('dube', '', 'Mathieu', 'Dubé', 'Technologue en polysomnographie', 'Polysomnography technologist', '2311'),
    _st('lachance', '', 'Sylvain', 'Lachance', 'Kinésiologue, réadaptation pulmonaire',
        'Kinesiologist, Pulmonary Rehabilitation', '2264'),
    _st('hebert', '', 'Chantal', 'Hébert', 'Agente administrative, clinique du sommeil',
        'Administrative officer, Sleep Clinic', '2300'),
    _st('arsenault', '', 'Marie-Ève', 'Arsenault', 'Travailleuse sociale', 'Social worker', '2290', 'T.S.'),
    _st('beaulieu', '', 'Stéphane', 'Beaulieu', 'Chef de service, pneumologie', 'Service chief, Respiratory Medicine', '2200'),
    _st('fillion', '', 'Lucie', 'Fillion', 'Commis, prise de rendez-vous', 'Booking clerk', '2202'),
    _st('rioux', '', 'Annie', 'Rioux', 'Pharmacienne', 'Pharmacist', '2150', 'B. Pharm., M. Sc.'),
    _st('dufour', '', 'Guillaume', 'Dufour', 'Technicien en informatique', 'IT technician', '2099'),
    _st('marchand', '', 'Josiane', 'Marchand', 'Conseillère en ressources humaines', 'Human resources advisor', '2055'),
    _st('chabot', '', 'Patrick', 'Chabot', 'Acheteur, approvisionnement', 'Buyer, Procurement', '2072'),
    _st('perron', '', 'Martine', 'Perron', 'Adjointe à la direction', 'Executive assistant', '2001'),
    _st('guay', '', 'Éric', 'Guay', 'Service des installations matérielles', 'Facilities', '2090'),
    _st('whitfield', 'Dr.', 'Rachel', 'Whitfield', 'Pneumologue, clinique d\'asthme sévère',
        'Respirologist, Severe Asthma Clinic', '2235', 'MD, FRCPC'),
    _st('okafor', 'Dr.', 'Samuel', 'Okafor', 'Médecin du sommeil', 'Sleep physician', '2307', 'MD, FRCPC'),
    _st('patel', 'Dr.', 'Priya', 'Patel', 'Pneumologue interventionnelle', 'Interventional respirologist', '2237', 'MD, FRCPC'),
    _st('henderson', '', 'Linda', 'Henderson', 'Inhalothérapeute, programme d\'oxygène', 'RRT, Home Oxygen Program', '2283', 'RRT'),
    _st('kowalski', '', 'Tom', 'Kowalski', 'Technologue en fonction pulmonaire', 'PFT technologist', '2216', 'RRT, CPFT'),
    _st('nguyen', '', 'Grace', 'Nguyen', 'Infirmière éducatrice', 'Nurse educator, COPD/Asthma', '2242', 'RN, CAE'),
    _st('obrien', '', 'Kevin', "O'Brien", 'Physiothérapeute', 'Physiotherapist, Pulmonary Rehab', '2266', 'PT'),
    _st('fraser', '', 'Megan', 'Fraser', 'Commis d\'unité', 'Unit clerk, 6 West', '2120'),
    _st('campbell', '', 'Alan', 'Campbell', 'Gestionnaire, services ambulatoires', 'Manager, Ambulatory Services', '2005'),
    _st('reid', '', 'Susan', 'Reid', 'Paie', 'Payroll officer', '2060'),
    _st('chen', '', 'Daniel', 'Chen', 'Informatique', 'IT Service Desk', '2098'),
    _st('sinclair', '', 'Fiona', 'Sinclair', 'Coordonnatrice de recherche', 'Research coordinator', '2270'),
    _st('hughes', '', 'Brian', 'Hughes', 'Installations', 'Facilities supervisor', '2091'),
    _st('dunn', '', 'Amanda', 'Dunn', 'Travailleuse sociale', 'Social worker', '2292', 'MSW, RSW'),
    _st('greer', 'Dr.', 'Michael', 'Greer', 'Résident en pneumologie', 'Respirology resident (R4)', '2239', 'MD'),
]}

STAFF_FR_KEYS = ['lemieux', 'bergeron', 'desjardins', 'cote', 'theriault', 'vachon', 'bernier', 'dube',
                 'lachance', 'hebert', 'arsenault', 'beaulieu', 'fillion', 'rioux']
STAFF_EN_KEYS = ['whitfield', 'okafor', 'patel', 'henderson', 'kowalski', 'nguyen', 'obrien', 'fraser',
                 'campbell', 'greer', 'dunn', 'sinclair']

# extra invented staff/people for negatives (HR lists, speakers, candidates)
EXTRA_PEOPLE = [
    ('Véronique', 'Lavoie'), ('Benoît', 'Turcotte'), ('Sophie', 'Ferland'), ('Jean-Philippe', 'Drouin'),
    ('Caroline', 'Vaillancourt'), ('Marc-André', 'Poulin'), ('Émilie', 'Guérette'), ('Yannick', 'Caouette'),
    ('Audrey', 'Lefrançois'), ('Sébastien', 'Charest'), ('Mélanie', 'Dostie'), ('Alexandre', 'Morissette'),
    ('Heather', 'Lindgren'), ('Omar', 'Haddad'), ('Jessica', 'Tran'), ('Ryan', 'McKenna'),
    ('Natasha', 'Ivanova'), ('Carlos', 'Mendoza'), ('Laura', 'Beckett'), ('Ian', 'Ferguson'),
    ('Catherine', 'Quenneville'), ('Philippe', 'Auclair'), ('Mireille', 'Bolduc'), ('Hugo', 'Lamontagne'),
]

SPEAKERS = [
    ('Dre', 'Anne-Marie', 'Tessier', "pneumologue pédiatrique", 'paediatric respirologist'),
    ('Dr', 'Luc', 'Fradette', 'pneumologue, CHU de la Capitale', 'respirologist'),
    ('Dre', 'Hoda', 'Mansour', "médecin du sommeil", 'sleep physician'),
    ('Dr', 'Kenji', 'Watanabe', 'radiologiste thoracique', 'thoracic radiologist'),
    ('Dre', 'Élise', 'Gendron', 'chirurgienne thoracique', 'thoracic surgeon'),
    ('Dr', 'Patrick', 'Nolan', 'physiologiste respiratoire', 'respiratory physiologist'),
    ('Dre', 'Sabrina', 'Khoury', 'allergologue', 'allergist'),
    ('Dr', 'Yves', 'Larochelle', 'pneumologue, soins palliatifs', 'respirologist, palliative care'),
]

# --------------------------------------------------------------------------- patient pools (non-holders)
SUR_FR = ['Lavallée', 'Boisvert', 'Charron', 'Dionne', 'Gosselin', 'Laroche', 'Leduc', 'Mailloux', 'Ouimet',
          'Pépin', 'Rochon', 'Sauvé', 'Trudel', 'Villeneuve', 'Brassard', 'Duchesne', 'Grenier', 'Labbé', 'Bédard',
          'Cyr', 'Desrosiers', 'Lacasse', 'Provencher', 'St-Pierre', 'Tanguay', 'Vézina', 'Asselin', 'Bourque',
          'Dumont', 'Lepage', 'Beauchemin', 'Carrier', 'Fecteau', 'Gingras', 'Houle', 'Jolicoeur', 'Lafrance',
          'Maheu', 'Nolet', 'Paradis', 'Rivard', 'Sirois', 'Thivierge', 'Veilleux', 'Aubin', 'Bilodeau',
          'Champagne', 'Deschênes', 'Gauvin', 'Huard', 'Lemay', 'Normandeau', 'Plamondon', 'Racine']
GIV_FR = {'F': ['Lise', 'Rita', 'Francine', 'Huguette', 'Thérèse', 'Micheline', 'Colette', 'Jocelyne', 'Suzanne',
                'Murielle', 'Carole', 'Lucille', 'Monique', 'Pierrette', 'Nicole', 'Gisèle', 'Réjeanne', 'Louise',
                'Solange', 'Danielle', 'Marie-Claude', 'Johanne'],
          'M': ['Jean-Guy', 'Raymond', 'Gaétan', 'Réjean', 'Normand', 'Yvon', 'Armand', 'Fernand', 'Roger',
                'Laurent', 'Ghislain', 'Bruno', 'Denis', 'Serge', 'Clément', 'Gilbert', 'Maurice', 'Rosaire',
                'Luc', 'Jean-Marc', 'Réal', 'Benoît']}
SUR_EN = ['Harrington', 'McAllister', 'Kowalczyk', 'Fitzgerald', 'Donnelly', 'Prentice', 'Yusuf', 'Baptiste',
          'Oyelaran', 'Kerr', 'Lindqvist', 'Marchetti', 'Pritchard', 'Sullivan', 'Hawthorne', 'Abernathy', 'Delgado',
          'Petrakis', 'Wozniak', 'Greenberg', 'Mbeki', 'Ashworth', 'Quinlan', 'Rasmussen', 'Castellano', 'Burke',
          'Hollis', 'Sandhu', 'Ferreira', 'Nakamura', 'Gallagher', "O'Neill", 'Duffy', 'Pearson', 'Hamid', 'Novak',
          'Kaplan', 'Whitaker', 'Lam', 'Osei', 'Dempsey', 'Morrison', 'Kingsley', 'Varga', 'Bishop', 'Thornton',
          'Zielinski', 'Ahmed', 'Costa', 'Mulroney']
GIV_EN = {'F': ['Joan', 'Maureen', 'Gail', 'Shirley', 'Eileen', 'Carol', 'Helen', 'Ruth', 'Bernadette', 'Nina',
                'Vera', 'Patricia', 'Dorothy', 'Beverly', 'Janet', 'Marlène', 'Thandiwe', 'Lúcia', 'Agnes', 'Priscilla'],
          'M': ['Walter', 'Edward', 'Frank', 'Abdi', 'Tunde', 'Erik', 'Dennis', 'Glen', 'Manuel', 'Stan', 'Neil',
                'Karl', 'Desmond', 'Harjit', 'Ken', 'Gordon', 'Trevor', 'Leonard', 'Victor', 'Wesley']}
SUR_BE = ['Vandenberghe', 'Claes', 'Janssens', 'Dubois-Verhaegen', 'Peeters', 'Wouters', 'Maes', 'Goossens']
GIV_BE = {'F': ['Els', 'Annelies', 'Marijke', 'Sofie', 'Nathalie-Anne'], 'M': ['Pieter', 'Luc', 'Jan', 'Koen', 'Wim']}
SUR_FRA = ['Lefèvre', 'Garnier', 'Rousseau', 'Faure', 'Chevalier', 'Barbier', 'Fontaine', 'Perrin']
GIV_FRA = {'F': ['Camille', 'Chloé', 'Manon-Lise', 'Léa', 'Inès'], 'M': ['Thomas', 'Julien', 'Hugo', 'Maxime', 'Théo']}
POOLS = {'fr': (SUR_FR, GIV_FR), 'en': (SUR_EN, GIV_EN), 'be': (SUR_BE, GIV_BE), 'fra': (SUR_FRA, GIV_FRA)}

STREETS_FR = ['rue des Cormiers', 'rue Principale', 'rang Saint-Joachim', 'avenue des Pionniers',
              'rue du Moulin', 'boulevard Lacroix', 'rue des Hérons', 'chemin du Lac-Vert',
              'rue Notre-Dame Ouest', 'rue des Merisiers', 'montée Lavigne', 'rue de la Fabrique']
STREETS_EN = ['Maple Crescent', 'Elgin Road', 'Birchwood Avenue', 'Lakeshore Drive', 'Cedar Lane',
              'Victoria Street', 'Hillcrest Road', 'Pine Ridge Court', 'Church Street', 'Oakdale Avenue']
CITIES_QC = [('Trois-Lacs', 'J0K'), ('Saint-Ours-du-Lac', 'J0G'), ('Pointe-aux-Hérons', 'J5Z'),
             ('Val-des-Aulnes', 'J8N'), ('Sainte-Brigitte-des-Saults', 'J0C'), ('Lac-Mésange', 'J0T')]
CITIES_ON = [('Ottawa', 'K1S'), ('Cornwall', 'K6H'), ('Hawkesbury', 'K6A'), ('Orléans', 'K1C')]


# --------------------------------------------------------------------------- identifiers
def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s)


def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        v = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(v):
            return v


def gen_ohip(rng):
    while True:
        body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
        v = body + luhn.calc_check_digit(body)
        if luhn.is_valid(v):
            return v


def ohip_valid(v):
    d = ''.join(c for c in v if c.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        first9 = dob.strftime('%y%m%d') + '%03d' % serial
        base = int(('2' + first9) if dob.year >= 2000 else first9)
        v = first9 + '%02d' % (97 - base % 97)
        if std_nn.is_valid(v):
            return v


def gen_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([13, 31, 33, 38, 44, 59, 67, 69, 75, 92, 93, 94])
        first13 = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randrange(1, 990) \
            + '%03d' % rng.randrange(1, 990)
        v = first13 + '%02d' % (97 - int(first13) % 97)
        if std_nir.is_valid(v):
            return v


def gen_mrn(rng):
    return '%07d' % rng.randrange(200000, 9999999)


def luhn_serial(rng, n=9):
    """Checksum-valid serial numbers for equipment (hard negatives)."""
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'plain': nam, 'space': '%s %s %s' % (a, b, c), 'dash': '%s-%s-%s' % (a, b, c),
        'dots': '%s.%s.%s' % (a, b, c), 'slash': '%s/%s/%s' % (a, b, c),
        'lower': ('%s %s %s' % (a, b, c)).lower(), 'odd': '%s %s %s %s %s' % (a, b[:2], b[2:], c[:2], c[2:]),
        'full': fullwidth(nam), 'fullsp': fullwidth('%s %s %s' % (a, b, c)), 'tight': '%s%s %s' % (a, b, c),
    }[style]


NAM_STYLES = ['plain', 'space', 'space', 'dash', 'dots', 'slash', 'lower', 'odd', 'full', 'fullsp', 'tight']


def fmt_sin(v, style):
    return {'plain': v, 'space': '%s %s %s' % (v[:3], v[3:6], v[6:]), 'dash': '%s-%s-%s' % (v[:3], v[3:6], v[6:]),
            'dots': '%s.%s.%s' % (v[:3], v[3:6], v[6:]), 'full': fullwidth('%s %s %s' % (v[:3], v[3:6], v[6:])),
            'slash': '%s/%s/%s' % (v[:3], v[3:6], v[6:])}[style]


def fmt_ohip(v, style, vc='AB'):
    return {'plain': v, 'dash': '%s-%s-%s' % (v[:4], v[4:7], v[7:]),
            'dashvc': '%s-%s-%s-%s' % (v[:4], v[4:7], v[7:], vc),
            'space': '%s %s %s %s' % (v[:4], v[4:7], v[7:], vc), 'dots': '%s.%s.%s' % (v[:4], v[4:7], v[7:]),
            'full': fullwidth('%s %s %s' % (v[:4], v[4:7], v[7:]))}[style]


def fmt_niss(v, style):
    return {'plain': v, 'std': std_nn.format(v), 'space': '%s %s %s' % (v[:6], v[6:9], v[9:]),
            'slash': '%s/%s/%s-%s' % (v[:2], v[2:4], v[4:6], v[6:]), 'full': fullwidth(std_nn.format(v))}[style]


def fmt_nir(v, style):
    return {'plain': v, 'std': std_nir.format(v), 'dash': '%s-%s-%s-%s-%s-%s %s' % (
        v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]),
        'key': '%s clé %s' % (v[:13], v[13:]), 'full': fullwidth(std_nir.format(v))}[style]


def fmt_mrn(v, style):
    return {'plain': v, 'space': '%s %s' % (v[:3], v[3:]), 'dash': '%s-%s' % (v[:3], v[3:]),
            'pref': 'CSR-%s' % v, 'dots': '%s.%s.%s' % (v[:1], v[1:4], v[4:]),
            'slash': '%s/%s' % (v[:4], v[4:]), 'full': fullwidth(v)}[style]


# --------------------------------------------------------------------------- dates
def fr_date(d, weekday=False, abbr=False):
    j = '1er' if d.day == 1 else str(d.day)
    m = MOIS_ABR[d.month - 1] if abbr else MOIS[d.month - 1]
    s = '%s %s %d' % (j, m, d.year)
    return (JOURS[d.weekday()] + ' ' + s) if weekday else s


def en_date(d, weekday=False, abbr=False):
    m = MONTHS[d.month - 1][:3] if abbr else MONTHS[d.month - 1]
    s = '%s %d, %d' % (m, d.day, d.year)
    return (DAYS[d.weekday()] + ', ' + s) if weekday else s


DOB_STYLES = ['iso', 'dmy', 'long', 'dmyd', 'abbr', 'ymds', 'dmydot']


def fmt_dob(d, style, lang):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'dmyd':
        return d.strftime('%d-%m-%Y')
    if style == 'ymds':
        return d.strftime('%Y/%m/%d')
    if style == 'dmydot':
        return d.strftime('%d.%m.%Y')
    if style == 'long':
        return fr_date(d) if lang == 'fr' else en_date(d)
    if style == 'abbr':
        return ('%02d-%s-%d' % (d.day, MONTHS[d.month - 1][:3].upper(), d.year)) if lang == 'en' else fr_date(d, abbr=True)
    raise ValueError(style)


def dob_variants(d):
    """Folded forms any fmt_dob style can produce (for verification)."""
    out = set()
    for st in DOB_STYLES:
        for lg in ('fr', 'en'):
            out.add(fold(fmt_dob(d, st, lg)))
    return out


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------- patients
class Patient:
    def __init__(self, surname, given, sex, dob, nam=None, lang='fr'):
        self.surname, self.given, self.sex, self.dob, self.nam, self.lang = surname, given, sex, dob, nam, lang
        self.mrn = None
        self.phone = None
        self.addr = None
        self.holder = nam is not None

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def name(self, style, lang='fr'):
        g, s = self.given, self.surname
        return {
            'full': '%s %s' % (g, s), 'title_full': '%s %s %s' % (self.title(lang), g, s),
            'title_sur': '%s %s' % (self.title(lang), s), 'SUR_g': '%s, %s' % (s.upper(), g),
            'Sur_g': '%s, %s' % (s, g), 'lower': ('%s %s' % (g, s)).lower(), 'init_sur': '%s. %s' % (g[0], s),
            'sur_init': '%s %s.' % (s, g[0]), 'upper': ('%s %s' % (g, s)).upper(), 'given': g,
            'SUR g': '%s %s' % (s.upper(), g), 'lower_sg': ('%s %s' % (s, g)).lower(),
        }[style]


FULL_NAME_STYLES = ['full', 'SUR_g', 'Sur_g', 'lower', 'upper', 'SUR g', 'lower_sg']
ANY_NAME_STYLES = FULL_NAME_STYLES + ['title_full', 'title_sur', 'init_sur', 'sur_init']


def rand_phone(rng, area=None):
    area = area or rng.choice(['450', '514', '819', '438', '579'])
    return '%s 555-01%02d' % (area, rng.randrange(0, 100))


def rand_addr_qc(rng, lang='fr'):
    city, fsa = rng.choice(CITIES_QC)
    post = '%s %d%s%d' % (fsa, rng.randrange(10), rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randrange(10))
    if lang == 'fr' or rng.random() < 0.6:
        apt = rng.choice(['', '', ', app. %d' % rng.randrange(1, 12)])
        return '%d, %s%s, %s (Québec)  %s' % (rng.randrange(12, 4800), rng.choice(STREETS_FR), apt, city, post)
    return '%d %s, %s, QC  %s' % (rng.randrange(12, 4800), rng.choice(STREETS_EN), city, post)


def split_addr(a):
    """(street, city, postal code) from an address made by rand_addr_qc / rand_addr_on."""
    import re
    mt = re.match(r'^(.*), ([^,]+?) \(Québec\)\s+(\S+ \S+)$', a) or re.match(r'^(.*), ([^,]+), (?:QC|ON)\s+(\S+ \S+)$', a)
    return mt.group(1), mt.group(2), mt.group(3)


def rand_addr_on(rng):
    city, fsa = rng.choice(CITIES_ON)
    post = '%s %d%s%d' % (fsa, rng.randrange(10), rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randrange(10))
    unit = rng.choice(['', 'Unit %d, ' % rng.randrange(2, 40)])
    return '%s%d %s, %s, ON  %s' % (unit, rng.randrange(10, 990), rng.choice(STREETS_EN), city, post)


class PatientFactory:
    """Hands out patients: holders (with NAM) in a shuffled order, others from pools."""

    def __init__(self, rng):
        self.rng = rng
        self.holders = load_holders()
        order = list(range(len(self.holders)))
        rng.shuffle(order)
        self.h_order = order
        self.h_next = 0
        self.h_used = []
        self.pools = {}
        for key in sorted(POOLS):
            sur = list(POOLS[key][0])
            rng.shuffle(sur)
            self.pools[key] = sur
        self.used = {k: 0 for k in self.pools}

    def holder(self, lang='fr', age=(18, 120), ref=dt.date(2024, 10, 15)):
        """Next unused holder whose age fits the clinical scenario (falls back to any unused one)."""
        pick = None
        for i in self.h_order:
            if i in self.h_used:
                continue
            if age[0] <= age_at(self.holders[i]['dob'], ref) <= age[1]:
                pick = i
                break
        if pick is None:
            pick = next((i for i in self.h_order if i not in self.h_used), self.h_order[self.h_next % len(self.h_order)])
        self.h_used.append(pick)
        self.h_next += 1
        h = self.holders[pick]
        p = Patient(h['surname'], h['given'], h['sex'], h['dob'], nam=h['nam'], lang=lang)
        self._extras(p, lang)
        return p

    def other(self, pool='fr', lang=None, age=(35, 88), ref=dt.date(2024, 10, 15)):
        rng = self.rng
        lst = self.pools[pool]
        sur = lst[self.used[pool] % len(lst)]
        self.used[pool] += 1
        sex = rng.choice('FM')
        given = rng.choice(POOLS[pool][1][sex])
        y = ref.year - rng.randrange(age[0], age[1])
        dob = dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
        p = Patient(sur, given, sex, dob, lang=lang or ('fr' if pool in ('fr', 'be', 'fra') else 'en'))
        self._extras(p, p.lang)
        return p

    def _extras(self, p, lang):
        rng = self.rng
        p.mrn = gen_mrn(rng)
        p.phone = rand_phone(rng)
        p.addr = rand_addr_qc(rng, lang)


# --------------------------------------------------------------------------- signatures
def signature(st, lang, rng, short=False):
    name = ('%s %s %s' % (st['title'], st['first'], st['last'])).strip() if st['title'] and rng.random() < 0.4 \
        else '%s %s' % (st['first'], st['last'])
    if st['cred'] and not st['title']:
        name += ', ' + st['cred']
    elif st['cred'] and rng.random() < 0.5:
        name = '%s %s, %s' % (st['first'], st['last'], st['cred'])
    if short:
        return name
    role = st['role_fr'] if lang == 'fr' else st['role_en']
    org = ORG_FR if lang == 'fr' else ORG_EN
    addr = ORG_ADDR_FR if lang == 'fr' else ORG_ADDR_EN
    if lang == 'fr':
        tel = 'Tél. : %s, poste %s | Téléc. : %s' % (ORG_PHONE, st['ext'], ORG_FAX)
    else:
        tel = 'T %s ext. %s | F %s' % (ORG_PHONE, st['ext'], ORG_FAX)
    lines = [name, role, org]
    if rng.random() < 0.6:
        lines.append(addr)
    lines.append(tel)
    return '\n'.join(lines)


CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes peuvent contenir des renseignements "
           "confidentiels destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez "
           "en aviser l'expéditeur et le détruire.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information "
           "intended only for the addressee. If you received it in error, please notify the sender and delete it.")


def conf_notice(lang):
    return CONF_FR if lang == 'fr' else CONF_EN
