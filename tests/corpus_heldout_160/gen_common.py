"""Shared data, identifiers and name/number rendering for the nephrology corpus generator.

Everything here is invented: people, institutions, addresses, numbers.  The only
external input is ../blind_nams.txt (relative to this file), which holds the
synthetic RAMQ NAMs and their holders.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

SEED = 25160
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

FINDING_TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number',
                 'be_niss', 'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result',
                 'patient_contact', 'social_information']


def rng_for(key):
    """Independent, reproducible RNG for one message (str seeds are hashed with sha512)."""
    return random.Random('%d/%s' % (SEED, key))


# ---------------------------------------------------------------- organisation
ORG_FR = "Programme régional de néphrologie et de greffe rénale — Centre hospitalier des Deux-Rives"
ORG_EN = "Regional Nephrology and Kidney Transplant Program - Deux-Rives Hospital Centre"
DOM = 'deuxrives.example'
CLINIC_ADDR = '1250, boulevard des Draveurs, pavillon C, 3e étage, Gatineau (Québec) J8T 0A5'
CLINIC_ADDR_EN = '1250 des Draveurs Blvd., Pavilion C, 3rd floor, Gatineau, QC J8T 0A5'
CLINIC_TEL = '819-555-0142'
CLINIC_FAX = '819-555-0143'
TX_TEL = '819-555-0147'
HAWK_TEL = '613-555-0118'

PARTNERS = {
    'chu': ('CHU Laurentien — Centre de transplantation', 'chulaurentien.example'),
    'hawk': ('Hôpital Sainte-Brigitte de Hawkesbury', 'stebrigitte.example'),
    'corn': ('Cornwall Riverside Community Hospital', 'cornwallriverside.example'),
    'lab': ('Laboratoire régional de biologie médicale de l\'Outaouais', 'labro.example'),
    'path': ('Service de pathologie rénale — CHU Laurentien', 'chulaurentien.example'),
    'hla': ('Laboratoire HLA / immunologie de greffe', 'hla-chul.example'),
    'gmf': ('GMF du Plateau-Vert', 'gmfplateauvert.example'),
    'fhteo': ('Prescott-Russell Family Health Team', 'prfht.example'),
    'pharm1': ('Pharmacie Beaulac et Ouimet', 'pharmabeaulac.example'),
    'pharm2': ('Rideau Street Pharmacy', 'rideaupharmacy.example'),
    'transp': ('Transport adapté Collines-Outaouais', 'tacollines.example'),
    'insur': ('Assurances Boréal inc.', 'assurboreal.example'),
    'insur2': ('Northgate Life Assurance', 'northgatelife.example'),
    'supply': ('Dialysa Médical ltée', 'dialysa.example'),
    'home': ('Soins à domicile Vallée-de-la-Lièvre', 'soinslievre.example'),
}

# Staff of the programme (never NAM holders; no holder surname is used).
STAFF = [
    # key, display name, title fr, title en, local part
    ('vachon', 'Hélène Vachon-Ruel', 'néphrologue', 'nephrologist', 'h.vachonruel'),
    ('asante', 'Kwame Asante', 'néphrologue', 'nephrologist', 'k.asante'),
    ('brisebois', 'Olivier Brisebois', 'néphrologue — greffe', 'transplant nephrologist', 'o.brisebois'),
    ('raman', 'Priya Raman', 'néphrologue', 'nephrologist', 'p.raman'),
    ('despres', 'Mathieu Després', 'résident R4 néphrologie', 'nephrology resident (R4)', 'm.despres'),
    ('charette', 'Isabelle Charette', 'infirmière coordonnatrice de greffe', 'transplant nurse coordinator', 'i.charette'),
    ('orourke', "Kevin O'Rourke", 'infirmier coordonnateur — donneurs vivants', 'living donor nurse coordinator', 'k.orourke'),
    ('lafreniere', 'Maude Lafrenière', 'infirmière clinicienne — prédialyse', 'pre-dialysis nurse clinician', 'm.lafreniere'),
    ('theriault', 'Annick Thériault-Blais', 'travailleuse sociale', 'social worker', 'a.theriaultblais'),
    ('benali', 'Farid Benali', 'pharmacien', 'pharmacist', 'f.benali'),
    ('carriere', 'Lise Carrière', 'agente administrative', 'unit clerk', 'l.carriere'),
    ('ducharme', 'Stéphane Ducharme', 'chef de service', 'program manager', 's.ducharme'),
    ('mcallister', 'Jenna McAllister', 'nutritionniste', 'renal dietitian', 'j.mcallister'),
    ('houle', 'Chantal Houle', 'assistante infirmière-chef', 'assistant nurse manager', 'c.houle'),
    ('sauve', 'Valérie Sauvé', 'conseillère RH', 'HR advisor', 'v.sauve'),
    ('lemay', 'Patrick Lemay-Doucet', 'technicien TI', 'IT technician', 'p.lemaydoucet'),
    ('okafor', 'Chidi Okafor', 'néphrologue', 'nephrologist', 'c.okafor'),
    ('nguyen', 'Thi Lan Nguyen-Hébert', 'infirmière — dialyse (HD et DP)', 'dialysis nurse (HD and PD)', 'tl.nguyenhebert'),
]
STAFF_BY_KEY = {s[0]: s for s in STAFF}

PHYS_KEYS = ['vachon', 'asante', 'brisebois', 'raman', 'okafor']


def staff(key):
    k, name, tfr, ten, local = STAFF_BY_KEY[key]
    return {'key': k, 'name': name, 'tfr': tfr, 'ten': ten, 'addr': '%s@%s' % (local, DOM)}


def dr(key, lang):
    s = staff(key)
    female = key in ('vachon', 'raman')
    if lang == 'fr':
        return ('Dre ' if female else 'Dr ') + s['name']
    return 'Dr. ' + s['name']


def signature(key, lang, short=False):
    s = staff(key)
    if short:
        return '%s\n%s' % (s['name'], s['tfr'] if lang == 'fr' else s['ten'])
    if lang == 'fr':
        return '%s\n%s\n%s\n%s\nTél. : %s  |  Téléc. : %s' % (
            s['name'], s['tfr'], ORG_FR, CLINIC_ADDR, CLINIC_TEL, CLINIC_FAX)
    return '%s\n%s\n%s\n%s\nTel: %s | Fax: %s' % (
        s['name'], s['ten'], ORG_EN, CLINIC_ADDR_EN, CLINIC_TEL, CLINIC_FAX)


# External correspondents (invented).
EXTERNAL = [
    ('Dre Sophie Lanthier', 'slanthier@gmfplateauvert.example'),
    ('Dr Benoît Giguère', 'bgiguere@gmfplateauvert.example'),
    ('Dr. Alan Fitzgerald', 'afitzgerald@prfht.example'),
    ('Dr. Meera Subramanian', 'msubramanian@cornwallriverside.example'),
    ('Dr Julien Aubertin', 'jaubertin@stebrigitte.example'),
    ('Dre Karine Ostiguy', 'kostiguy@chulaurentien.example'),
]

# --------------------------------------------------------------------- names
# Pools deliberately exclude every surname of ../blind_nams.txt.
SURNAMES_FR = ['Tremblay', 'Lavoie', 'Bergeron', 'Côté', 'Dufresne', 'Lalonde', 'Séguin', 'Charbonneau',
               'Desjardins', 'Villeneuve', 'Beauchamp', 'Perreault', 'Laplante', 'Courville', 'Dumais',
               'Ménard', 'Théberge', 'Legault', 'Gervais', 'Brunet', 'Lacasse', 'Rochon', 'Bisson',
               'Proulx', 'Groulx', 'Lamarche', 'Chartrand', 'Labelle', 'Guindon', 'Sabourin', 'Quesnel',
               'Lafleur', 'St-Pierre', 'Bélisle', 'Poulin', 'Giroux', 'Boisvert', 'Deschênes',
               'Lachance', 'Tessier', 'Robichaud', 'Vaillancourt', 'Gratton', 'Brazeau', 'Dagenais',
               'Lévesque-Ouimet', 'Mercier', 'Charlebois', 'Larocque', 'Maisonneuve']
SURNAMES_EN = ['Thompson', "O'Neill", 'Campbell', 'MacLeod', 'Fraser', 'Patel', 'Nguyen-Tran', 'Haddad',
               'Okonkwo', 'Kowalski', 'Ferreira', 'Mbala', 'Achour', 'Whitfield', 'Henderson', 'McKenna',
               'Sinclair', 'Dawson', 'Harrington', 'Kaur', 'Papadakis', 'Abernethy', 'Lindqvist',
               'Morrison-Hale', 'Yeung', 'Castellano', 'Burgess', 'Donnelly', 'Greer', 'Osei']
GIVEN_FR_F = ['Huguette', 'Jocelyne', 'Francine', 'Thérèse', 'Ghislaine', 'Carole', 'Mireille', 'Nicole',
              'Lucie', 'Réjeanne', 'Micheline', 'Suzanne', 'Solange', 'Annie', 'Karine', 'Mélanie',
              'Lorraine', 'Murielle', 'Colette', 'Pierrette', 'Danielle', 'Véronique']
GIVEN_FR_M = ['Réjean', 'Normand', 'Yvon', 'Gaétan', 'Marcel', 'Raymond', 'Serge', 'Luc', 'Benoît',
              'Jean-Guy', 'Fernand', 'Rosaire', 'Ghislain', 'Alain', 'Sylvain', 'Éric', 'Mario', 'Richard',
              'Jean-Paul', 'Denis', 'Laurent', 'Maxime']
GIVEN_EN_F = ['Margaret', 'Patricia', 'Heather', 'Brenda', 'Linda', 'Shirley', 'Fatima', 'Olena',
              'Deborah', 'Karen', 'Joanne', 'Priscilla', 'Amina', 'Rachel', 'Tanya', 'Gwen']
GIVEN_EN_M = ['Donald', 'Gordon', 'Wayne', 'Trevor', 'Douglas', 'Ahmed', 'Kenneth', 'Stuart', 'Dale',
              'Terrence', 'Ravi', 'Graham', 'Neil', 'Ian', 'Curtis', 'Bernard']

CITIES_QC = [('Gatineau', 'J8P'), ('Gatineau', 'J9H'), ('Gatineau', 'J8Y'), ('Buckingham', 'J8L'),
             ('Thurso', 'J0X'), ('Papineauville', 'J0V'), ('Maniwaki', 'J9E'), ('Chelsea', 'J9B'),
             ('Val-des-Monts', 'J8N'), ('Shawville', 'J0X'), ('Montebello', 'J0V')]
CITIES_ON = [('Hawkesbury', 'K6A'), ('Rockland', 'K4K'), ('Embrun', 'K0A'), ('Casselman', 'K0A'),
             ('Cornwall', 'K6H'), ('Alexandria', 'K0C'), ('Plantagenet', 'K0B'), ('Vankleek Hill', 'K0B'),
             ('Orléans', 'K1C'), ('Limoges', 'K0A')]
STREETS_FR = ['rue des Érables', 'rue Principale', 'chemin de la Montagne', 'rue Saint-Louis',
              'montée Paiement', 'rue Notre-Dame', 'rue du Ruisseau', 'boulevard Maloney Est',
              'rue Champlain', 'rue des Pins', 'chemin Lavigne', 'rue Bellehumeur']
STREETS_EN = ['Main Street East', 'County Road 17', 'Laurier Street', 'Pitt Street', 'Higginson Street',
              'Water Street', 'Kent Street', 'St. Philippe Street', 'Cameron Street', 'Front Road']


def all_pool_surnames():
    return SURNAMES_FR + SURNAMES_EN + ['Vandenberghe', 'Peeters', 'Janssens', 'Lefèvre', 'Garnier',
                                        'Rousseau-Vidal', 'Wouters']


# ---------------------------------------------------------------- NAM holders
def load_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append({'surname': sur, 'given': given, 'dob': datetime.date.fromisoformat(dob),
                        'sex': sex, 'nam': nam})
    return out


# --------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(num):
            return num


def make_ohip(rng):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    vc = rng.choice(['AB', 'KL', 'MX', 'TZ', 'HC', 'RP', 'EW', 'GN'])
    return num, vc


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    yymmdd = dob.strftime('%y%m%d')
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = yymmdd + '%03d' % serial
        val = int(('2' + base) if dob.year >= 2000 else base)
        chk = 97 - (val % 97)
        num = base + '%02d' % chk
        if std_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dep = rng.choice(['75', '69', '13', '33', '59', '67', '44', '2A', '35', '31'])
        com = '%03d' % rng.randrange(1, 990)
        order = '%03d' % rng.randrange(1, 999)
        first = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dep + com + order
        num = first + std_nir.calc_check_digits(first)
        if std_nir.is_valid(num):
            return num


def luhn_serial(rng, length):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


# ------------------------------------------------------------- disguises
FW = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def fullwidth(s):
    return ''.join(FW.get(c, c) for c in s)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_nam(nam, style):
    g = (4, 4, 4)
    return {
        'plain': nam,
        'spaced': group(nam, g, ' '),
        'dotted': group(nam, g, '.'),
        'hyphen': group(nam, g, '-'),
        'slashed': group(nam, g, '/'),
        'lower': group(nam.lower(), g, ' '),
        'fullwidth': fullwidth(nam),
        'fw_spaced': fullwidth(group(nam, g, ' ')),
        'wide': ' '.join(nam[:4]) + ' ' + group(nam[4:], (2, 2, 2, 2), ' '),
    }[style]


def fmt_sin(sin, style):
    g = (3, 3, 3)
    return {'plain': sin, 'spaced': group(sin, g, ' '), 'hyphen': group(sin, g, '-'),
            'dotted': group(sin, g, '.'), 'slashed': group(sin, g, '/'),
            'fullwidth': fullwidth(group(sin, g, ' '))}[style]


def fmt_ohip(num, vc, style):
    g = (4, 3, 3)
    return {'plain': num + vc, 'spaced': group(num, g, ' ') + ' ' + vc, 'hyphen': group(num, g, '-') + '-' + vc,
            'novc': group(num, g, ' '), 'dotted': group(num, g, '.') + ' ' + vc,
            'fullwidth': fullwidth(group(num, g, ' ')) + ' ' + vc}[style]


def fmt_niss(n, style):
    std = '%s.%s.%s-%s.%s' % (n[0:2], n[2:4], n[4:6], n[6:9], n[9:11])
    return {'std': std, 'plain': n, 'spaced': group(n, (6, 3, 2), ' '), 'fullwidth': fullwidth(std)}[style]


def fmt_nir(n, style):
    std = group(n, (1, 2, 2, 2, 3, 3, 2), ' ')
    return {'std': std, 'plain': n, 'key': n[:13] + ' ' + n[13:], 'dotted': group(n, (1, 2, 2, 2, 3, 3, 2), '.')}[style]


def norm_id_text(s):
    """Upper-case alphanumerics only, after NFKC (undoes full-width, spacing, dots, slashes)."""
    s = unicodedata.normalize('NFKC', s)
    return ''.join(c for c in s.upper() if c.isalnum())


# -------------------------------------------------------------- dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

DOB_STYLES = ['iso', 'dmy', 'long_fr', 'long_en', 'dotted', 'ymd_slash', 'short_en', 'dmy_dash']


def fmt_date(d, style):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'dmy_dash':
        return d.strftime('%d-%m-%Y')
    if style == 'long_fr':
        return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
    if style == 'long_en':
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 'dotted':
        return d.strftime('%d.%m.%Y')
    if style == 'ymd_slash':
        return d.strftime('%Y/%m/%d')
    if style == 'short_en':
        return '%s %d %d' % (MONTHS[d.month - 1][:3], d.day, d.year)
    raise ValueError(style)


def all_date_forms(d):
    forms = {fmt_date(d, s) for s in DOB_STYLES}
    forms.add('%d %s %d' % (d.day, MOIS[d.month - 1], d.year))
    forms.add('1er %s %d' % (MOIS[d.month - 1], d.year))
    forms.add('%s %d, %d' % (MONTHS[d.month - 1][:3], d.day, d.year))
    forms.add('%02d %s %d' % (d.day, MOIS[d.month - 1], d.year))
    return forms


def day_fr(d):
    return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])


def day_en(d):
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def date_fr(d):
    return ('1er' if d.day == 1 else str(d.day)) + ' ' + MOIS[d.month - 1] + ' ' + str(d.year)


def date_en(d):
    return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- people
class Person:
    """An invented patient (or a NAM holder from ../blind_nams.txt)."""

    def __init__(self, given, surname, sex, dob, province='QC'):
        self.given, self.surname, self.sex, self.dob, self.province = given, surname, sex, dob, province
        self.nam = None
        self.ohip = self.ohip_vc = None
        self.sin = self.niss = self.nir = None
        self.mrn = None
        self.street = self.city = self.postal = self.phone = self.email = None

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'


def _postal(rng, fsa):
    L = 'ABCEGHJKLMNPRSTVXY'
    return '%s %d%s%d' % (fsa, rng.randrange(10), rng.choice(L), rng.randrange(10))


def fill_contact(p, rng):
    if p.province == 'ON':
        city, fsa = rng.choice(CITIES_ON)
        p.street = '%d %s' % (rng.randrange(12, 2900), rng.choice(STREETS_EN))
        p.phone = rng.choice(['613', '343']) + '-555-01%02d' % rng.randrange(100)
        p.postal = _postal(rng, fsa)
        p.city = city + ', ON'
    else:
        city, fsa = rng.choice(CITIES_QC)
        p.street = '%d, %s' % (rng.randrange(12, 2900), rng.choice(STREETS_FR))
        if rng.random() < 0.35:
            p.street += ', app. %d' % rng.randrange(1, 40)
        p.phone = rng.choice(['819', '873']) + '-555-01%02d' % rng.randrange(100)
        p.postal = _postal(rng, fsa)
        p.city = city + ' (Québec)'
    return p


def make_mrn(rng, site='chdr'):
    if site == 'chdr':
        return 'D%07d' % rng.randrange(100000, 9999999)
    if site == 'hawk':
        return 'SB-%06d' % rng.randrange(100000, 999999)
    if site == 'corn':
        return 'CRH%07d' % rng.randrange(1000000, 9999999)
    return 'U%07d' % rng.randrange(1000000, 9999999)


def fmt_mrn(mrn, style):
    digits = ''.join(c for c in mrn if c.isdigit())
    prefix = mrn[:len(mrn) - len(digits)]
    if style == 'plain':
        return mrn
    if style == 'spaced':
        return prefix.rstrip('-') + ' ' + group(digits, (3, 4) if len(digits) == 7 else (3, 3), ' ')
    if style == 'dashed':
        return prefix.rstrip('-') + '-' + group(digits, (3, 4) if len(digits) == 7 else (3, 3), '-')
    if style == 'digits':
        return digits
    if style == 'fullwidth':
        return prefix + fullwidth(digits)
    raise ValueError(style)


def new_patient(rng, province='QC', lang='fr', sex=None, age_range=(24, 86), ref=None):
    sex = sex or rng.choice('FM')
    if lang == 'fr' or rng.random() < 0.25:
        given = rng.choice(GIVEN_FR_F if sex == 'F' else GIVEN_FR_M)
        surname = rng.choice(SURNAMES_FR if rng.random() < 0.85 else SURNAMES_EN)
    else:
        given = rng.choice(GIVEN_EN_F if sex == 'F' else GIVEN_EN_M)
        surname = rng.choice(SURNAMES_EN if rng.random() < 0.7 else SURNAMES_FR)
    ref = ref or datetime.date(2025, 6, 1)
    age = rng.randrange(*age_range)
    dob = datetime.date(ref.year - age, rng.randrange(1, 13), rng.randrange(1, 29))
    p = Person(given, surname, sex, dob, province)
    p.mrn = make_mrn(rng, 'chdr' if province == 'QC' else rng.choice(['hawk', 'corn']))
    if province == 'ON':
        p.ohip, p.ohip_vc = make_ohip(rng)
    fill_contact(p, rng)
    return p


def holder_patient(h, rng):
    p = Person(h['given'], h['surname'], h['sex'], h['dob'], 'QC')
    p.nam = h['nam']
    p.mrn = make_mrn(rng, 'chdr')
    fill_contact(p, rng)
    return p


class Ctx:
    """Generation-wide state: hands out NAM holders in a fixed order."""

    def __init__(self):
        self.holders = load_holders()
        adults = [h for h in self.holders if h['dob'].year <= 2004]
        self.queue = list(adults)
        random.Random(SEED).shuffle(self.queue)
        self.pos = 0
        self.used = []

    def holder(self, rng, age_range=None):
        """Next NAM holder (least used first, fixed order) whose age fits; None if none fits."""
        ref = datetime.date(2025, 6, 1)
        best = None
        for h in self.queue:
            if age_range and not (age_range[0] <= age_on(h['dob'], ref) < age_range[1]):
                continue
            n = self.used.count(h['nam'])
            if best is None or n < best[0]:
                best = (n, h)
        if best is None:
            return None
        h = best[1]
        self.used.append(h['nam'])
        return holder_patient(h, rng)

    def qc_patient(self, rng, lang, p_holder=0.7, **kw):
        if rng.random() < p_holder:
            p = self.holder(rng, kw.get('age_range'))
            if p is not None:
                return p
        return new_patient(rng, 'QC', lang, **kw)
