"""Shared helpers: seeded randomness, name pools, NAM holders, identifiers,
formatting of names / dates / identifiers, and the per-message context that
records which finding types a message carries."""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number',
         'be_niss', 'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result',
         'patient_contact', 'social_information']


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def fold(s):
    """Lower-case, accent-free, NFKC form used for name matching."""
    return strip_accents(unicodedata.normalize('NFKC', s)).casefold()


# ---------------------------------------------------------------- NAM holders
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)


def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, dob, sex, nam))
    return out


# ---------------------------------------------------------------- name pools
FR_SURNAMES = ['Tremblay', 'Gingras', 'Lavoie', 'Bergeron', 'Côté', 'Pelland', 'Dufresne',
               'Beaulieu', 'Lemieux', 'Desrosiers', 'Champagne', 'Vaillancourt', 'Lachance',
               'Poulin', 'Gendron', 'Charbonneau', 'Labelle', 'Thériault', 'Dion', 'Bédard',
               'Cyr', 'Lévesque', 'Hébert', 'Dubé', 'Giguère', 'Rioux', 'Vachon', 'Provencher',
               'Turcotte', 'Laflamme', 'St-Onge', 'Fontaine', 'Brisson', 'Marchand', 'Drouin',
               'Lacasse', 'Perron', 'Asselin', 'Beauchemin', 'Trudel', 'Sauvé', 'Lalonde',
               'Boisvert', 'Arsenault', 'Lussier', 'Grenier', 'Audet', 'Daigle', 'Plourde',
               'Morissette', 'Bouffard', 'Jolicoeur', 'Pépin', 'Carrier', 'Lanctôt']
EN_SURNAMES = ['Hill', 'Whitfield', "O'Brien", 'Kowalski', 'Nguyen', 'Patel', 'Singh', 'Chen',
               'Fraser', 'McKenna', 'Delaney', 'Ferreira', 'Abboud', 'Haddad', 'Okafor',
               'Mensah', 'Kim', 'Ivanova', 'Rossi', 'Schultz', 'Kaur', 'Murphy', 'Walsh',
               'Campbell', 'Sutherland', 'Bernstein', 'Greenberg', 'Mahmoud', 'Santos',
               'Dimitriou', 'Novak', 'Hughes', 'Parsons', 'Lindsay', 'Whitehorse', 'Morrison',
               'Ahmadi', 'Tran', 'Costa', 'Kaczmarek', 'Reid', 'Donnelly', 'Osei', 'Yamamoto']
FR_GIVEN_F = ['Thérèse', 'Lucie', 'Huguette', 'Françoise', 'Lise', 'Jocelyne', 'Raymonde',
              'Hélène', 'Léa', 'Zoé', 'Élodie', 'Monique', 'Carole', 'Pierrette', 'Micheline',
              'Rolande', 'Chloé', 'Annie', 'Solange', 'Gisèle', 'Madeleine', 'Rose-Aimée']
FR_GIVEN_M = ['Réjean', 'Gaétan', 'Yvon', 'Normand', 'Benoît', 'Mathis', 'Noah', 'Fernand',
              'Jean-Guy', 'Gérard', 'Raymond', 'Rosaire', 'Éloi', 'Laurent', 'Hugo', 'Denis',
              'Marcel', 'Ghislain', 'Rémi', 'Jacob', 'Clément', 'Aurèle']
EN_GIVEN_F = ['Margaret', 'Doreen', 'Priya', 'Aisha', 'Olivia', 'Grace', 'Eileen', 'Joan',
              'Beverly', 'Shirley', 'Harpreet', 'Nadia', 'Ruth', 'Evelyn', 'Chantelle', 'Mei',
              'Abigail', 'Fatima', 'Kathleen', 'Lorraine']
EN_GIVEN_M = ['Harold', 'Walter', 'Kevin', 'Ethan', 'Gordon', 'Arthur', 'Desmond', 'Raj',
              'Stanley', 'Leonard', 'Owen', 'Tariq', 'Vincent', 'Bernard', 'Colin', 'Samuel',
              'Theo', 'Kwame', 'Douglas', 'Wei']
FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
EN_MON3 = [m[:3] for m in EN_MONTHS]

FULLWIDTH = str.maketrans('0123456789', '０１２３４５６７８９')


# ---------------------------------------------------------------- staff
class Staff:
    def __init__(self, given, surname, role_fr, role_en, email, title_fr='', title_en='',
                 phone='', site='hsl'):
        self.given, self.surname = given, surname
        self.role_fr, self.role_en = role_fr, role_en
        self.email, self.title_fr, self.title_en = email, title_fr, title_en
        self.phone, self.site = phone, site

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def named(self, lang):
        t = self.title_fr if lang == 'fr' else self.title_en
        return (t + ' ' + self.full).strip()


ORG_FR = 'CISSS des Deux-Rives — Hôpital Sainte-Lucie'
ORG_EN = 'CISSS des Deux-Rives — Sainte-Lucie Hospital'
DEPT_FR = "Service d'ophtalmologie"
DEPT_EN = 'Department of Ophthalmology'
ORG_ADDR = '455, boulevard des Cèdres, Val-des-Pins (Québec) J9X 2K4'
D = 'deuxrives.example'

STAFF = {
    'ducharme': Staff('Isabelle', 'Ducharme', 'ophtalmologiste, rétine médicale', 'ophthalmologist, medical retina',
                      'isabelle.ducharme@' + D, 'Dre', 'Dr.', '819 555-0142 poste 4410'),
    'benali': Staff('Karim', 'Benali', 'ophtalmologiste, glaucome', 'ophthalmologist, glaucoma',
                    'karim.benali@' + D, 'Dr', 'Dr.', '819 555-0142 poste 4412'),
    'rousseau': Staff('Étienne', 'Rousseau-Lambert', 'ophtalmologiste, cornée et cataracte',
                      'ophthalmologist, cornea and cataract', 'etienne.rousseau-lambert@' + D, 'Dr', 'Dr.',
                      '819 555-0142 poste 4415'),
    'quesnel': Staff('Mélanie', 'Quesnel', 'ophtalmologiste pédiatrique', 'paediatric ophthalmologist',
                     'melanie.quesnel@' + D, 'Dre', 'Dr.', '819 555-0142 poste 4420'),
    'mehta': Staff('Arjun', 'Mehta', 'rétine chirurgicale', 'vitreoretinal surgeon',
                   'arjun.mehta@' + D, 'Dr', 'Dr.', '819 555-0142 poste 4418'),
    'gallagher': Staff('Fiona', 'Gallagher', 'oculoplastie', 'oculoplastics',
                       'fiona.gallagher@' + D, 'Dre', 'Dr.', '819 555-0142 poste 4422'),
    'kourouma': Staff('Nadia', 'Kourouma', 'uvéite et inflammation oculaire', 'uveitis',
                      'nadia.kourouma@' + D, 'Dre', 'Dr.', '819 555-0142 poste 4424'),
    'lortie': Staff('Sébastien', 'Lortie', 'ophtalmologiste, chirurgie de la cataracte',
                    'ophthalmologist, cataract surgery', 'sebastien.lortie@' + D, 'Dr', 'Dr.',
                    '819 555-0142 poste 4416'),
    'whitaker': Staff('Paul', 'Whitaker', 'neuro-ophtalmologie', 'neuro-ophthalmology',
                      'paul.whitaker@' + D, 'Dr', 'Dr.', '819 555-0142 poste 4426'),
    'veilleux': Staff('Chantal', 'Veilleux', 'optométriste', 'optometrist',
                      'c.veilleux@cliniquedessaules.example', 'Dre', 'Dr.', '819 555-0163', 'saules'),
    'bissonnette': Staff('Marc-André', 'Bissonnette', 'optométriste', 'optometrist',
                         'mabissonnette@optoriviera.example', 'Dr', 'Dr.', '819 555-0171', 'riviera'),
    'lindqvist': Staff('Hannah', 'Lindqvist', 'optométriste', 'optometrist',
                       'hlindqvist@ottawavalleyeye.example', 'Dre', 'Dr.', '613 555-0128', 'ovec'),
    'okonkwo': Staff('Chidi', 'Okonkwo', 'optométriste', 'optometrist',
                     'chidi@visionboreale.example', 'Dr', 'Dr.', '819 555-0176', 'boreale'),
    'lafreniere': Staff('Josiane', 'Lafrenière', 'agente administrative, rendez-vous',
                        'administrative officer, booking', 'josiane.lafreniere@' + D, '', '',
                        '819 555-0142 poste 4401'),
    'menard': Staff('Sonia', 'Ménard', 'infirmière clinicienne, clinique IVT',
                    'nurse clinician, injection clinic', 'sonia.menard@' + D, '', '',
                    '819 555-0142 poste 4430'),
    'moore': Staff('Kathleen', 'Moore', 'commis à la programmation chirurgicale', 'surgical booking clerk',
                   'kathleen.moore@' + D, '', '', '819 555-0142 poste 4403'),
    'dupuis': Staff('Rachel', 'Dupuis', 'coordonnatrice du bloc opératoire', 'OR coordinator',
                    'rachel.dupuis@' + D, '', '', '819 555-0142 poste 4440'),
    'girouard': Staff('Amélie', 'Girouard', 'secrétaire médicale', 'medical secretary',
                      'amelie.girouard@' + D, '', '', '819 555-0142 poste 4402'),
    'brennan': Staff('Tyler', 'Brennan', 'technicien, soutien informatique', 'IT support technician',
                     'tyler.brennan@' + D, '', '', '819 555-0199'),
    'nolet': Staff('François', 'Nolet', "chef de service d'ophtalmologie", 'Chief of Ophthalmology',
                   'francois.nolet@' + D, 'Dr', 'Dr.', '819 555-0142 poste 4400'),
    'harel': Staff('Jean-Philippe', 'Harel', 'agent d\'approvisionnement', 'procurement officer',
                   'jp.harel@' + D, '', '', '819 555-0145'),
    'ferland': Staff('Linda', 'Ferland', 'conseillère en ressources humaines', 'HR advisor',
                     'linda.ferland@' + D, '', '', '819 555-0146'),
    'cormier': Staff('Vanessa', 'Cormier', 'orthoptiste', 'orthoptist', 'vanessa.cormier@' + D, '', '',
                     '819 555-0142 poste 4421'),
    'poitras': Staff('Guy', 'Poitras', 'technicien en ophtalmologie', 'ophthalmic technician',
                     'guy.poitras@' + D, '', '', '819 555-0142 poste 4432'),
    'akande': Staff('Bisi', 'Akande', 'travailleuse sociale', 'social worker', 'bisi.akande@' + D, '', '',
                    '819 555-0142 poste 4450'),
    'lemay': Staff('Caroline', 'Lemay', 'spécialiste en orientation et mobilité',
                   'orientation and mobility specialist', 'clemay@lumen-readaptation.example', '', '',
                   '819 555-0181', 'lumen'),
    'pharm': Staff('Olivier', 'Brassard', 'pharmacien', 'pharmacist', 'olivier.brassard@' + D, '', '',
                   '819 555-0147'),
    'nursemgr': Staff('Marie-Ève', 'Jodoin', "infirmière-chef, cliniques externes d'ophtalmologie",
                      'nurse manager, ophthalmology outpatient clinics', 'marie-eve.jodoin@' + D, '', '',
                      '819 555-0142 poste 4405'),
    'resident': Staff('Youssef', 'Haddadi', 'résident R3 en ophtalmologie', 'PGY-3 ophthalmology resident',
                      'youssef.haddadi@' + D, 'Dr', 'Dr.', ''),
    'resident2': Staff('Claire', 'Ashworth', 'résidente R2 en ophtalmologie', 'PGY-2 ophthalmology resident',
                       'claire.ashworth@' + D, 'Dre', 'Dr.', ''),
    'comm': Staff('Geneviève', 'Dallaire', 'conseillère en communication', 'communications advisor',
                  'communications@' + D, '', '', '819 555-0148'),
    'facil': Staff('Martin', 'Legault', 'chef des installations matérielles', 'facilities manager',
                   'martin.legault@' + D, '', '', '819 555-0149'),
    'research': Staff('Aline', 'Forget', 'coordonnatrice de recherche clinique', 'clinical research coordinator',
                      'aline.forget@' + D, '', '', '819 555-0150'),
    'payroll': Staff('Denis', 'Larocque', 'service de la paie', 'payroll services', 'paie@' + D, '', '',
                     '819 555-0151'),
}

SITES = {
    'hsl': ('Hôpital Sainte-Lucie — ' + DEPT_FR, ORG_ADDR, '819 555-0142', 'Téléc. 819 555-0143'),
    'saules': ('Clinique visuelle des Saules', '210, rue Principale, Val-des-Pins (Québec) J9X 1B6',
               '819 555-0163', 'Téléc. 819 555-0164'),
    'riviera': ('Optométristes Riviera', '88, avenue du Lac, Saint-Aubin-des-Monts (Québec) J0W 2H1',
                '819 555-0171', 'Téléc. 819 555-0172'),
    'ovec': ('Ottawa Valley Eye Care', '1400 Riverside Road, Unit 5, Pembroke Falls ON K8B 0C2',
             '613 555-0128', 'Fax 613 555-0129'),
    'boreale': ('Vision Boréale', '15, rue du Quai, Lac-Argenté (Québec) J0Z 3E9', '819 555-0176',
                'Téléc. 819 555-0177'),
    'lumen': ('Centre Lumen de réadaptation en déficience visuelle',
              '300, chemin des Érables, Val-des-Pins (Québec) J9X 4A2', '819 555-0181',
              'Téléc. 819 555-0182'),
}


def signature(st, lang, short=False):
    if short:
        return '%s\n%s' % (st.named(lang), st.role_fr if lang == 'fr' else st.role_en)
    name, addr, tel, fax = SITES[st.site]
    if st.site == 'hsl' and lang == 'en':
        name = 'Sainte-Lucie Hospital — ' + DEPT_EN
    lines = [st.named(lang), st.role_fr if lang == 'fr' else st.role_en, name, addr]
    lines.append(('Tél. ' if lang == 'fr' else 'Tel. ') + (st.phone or tel) + ' | ' + fax)
    return '\n'.join(lines)


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        body = str(rng.choice('1234567')) + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and num[0] != '0' and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        val = int(('2' + base) if dob.year >= 2000 else base)
        num = base + '%02d' % (97 - val % 97)
        if std_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['69', '75', '13', '33', '44', '59', '67', '31', '38', '42'])
        com = '%03d' % rng.randrange(1, 400)
        order = '%03d' % rng.randrange(1, 999)
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + com + order
        num = base + std_nir.calc_check_digits(base)
        if std_nir.is_valid(num):
            return num


def make_luhn_digits(rng, n):
    """Checksum-valid digit strings used as serial / lot / asset numbers."""
    body = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'plain': nam, 'space': '%s %s %s' % (a, b, c), 'dot': '%s.%s.%s' % (a, b, c),
        'hyphen': '%s-%s-%s' % (a, b, c), 'slash': '%s/%s/%s' % (a, b, c),
        'lower': ('%s %s %s' % (a, b, c)).lower(), 'fullwidth': a + ' ' + (b + c).translate(FULLWIDTH),
        'odd': '%s %s  %s' % (a, b[:2] + ' ' + b[2:], c),
    }[style]


def fmt_sin(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {'plain': n, 'space': '%s %s %s' % (a, b, c), 'hyphen': '%s-%s-%s' % (a, b, c),
            'dot': '%s.%s.%s' % (a, b, c), 'fullwidth': ('%s %s %s' % (a, b, c)).translate(FULLWIDTH),
            'slash': '%s/%s/%s' % (a, b, c)}[style]


def fmt_ohip(n, style, vc=''):
    a, b, c = n[:4], n[4:7], n[7:]
    s = {'plain': n, 'space': '%s %s %s' % (a, b, c), 'hyphen': '%s-%s-%s' % (a, b, c),
         'dot': '%s.%s.%s' % (a, b, c), 'fullwidth': ('%s-%s-%s' % (a, b, c)).translate(FULLWIDTH)}[style]
    return s + ((' ' if style != 'plain' else '') + vc if vc else '')


def fmt_niss(n, style):
    return {'plain': n, 'std': '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            'space': '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            'hyphen': '%s-%s-%s' % (n[:6], n[6:9], n[9:])}[style]


def fmt_nir(n, style):
    parts = (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return {'plain': n, 'space': ' '.join(parts), 'dot': '.'.join(parts),
            'key': n[:13] + ' clé ' + n[13:]}[style]


def fmt_mrn(n, style):
    return {'plain': n, 'dash': n[:2] + '-' + n[2:4] + '-' + n[4:], 'space': n[:3] + ' ' + n[3:],
            'prefix': 'H' + n, 'zero': '00' + n, 'slash': n[:2] + '/' + n[2:]}[style]


# ---------------------------------------------------------------- dates
def fmt_date(d, style, lang='fr'):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'ymd_slash':
        return d.strftime('%Y/%m/%d')
    if style == 'dmy_dot':
        return d.strftime('%d.%m.%Y')
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, FR_MONTHS[d.month - 1], d.year)
        return '%s %d, %d' % (EN_MONTHS[d.month - 1], d.day, d.year)
    if style == 'mon3':
        return '%02d-%s-%d' % (d.day, EN_MON3[d.month - 1], d.year)
    if style == 'mdy':
        return d.strftime('%m/%d/%Y')
    raise ValueError(style)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def tz_offset(dt):
    """Eastern time: EDT between the 2nd Sunday of March and the 1st Sunday of November."""
    y = dt.year
    mar = datetime.date(y, 3, 8)
    mar += datetime.timedelta(days=(6 - mar.weekday()) % 7)
    nov = datetime.date(y, 11, 1)
    nov += datetime.timedelta(days=(6 - nov.weekday()) % 7)
    return -4 if mar <= dt.date() < nov else -5


# ---------------------------------------------------------------- patients
class Patient:
    def __init__(self, surname, given, sex, dob, lang, nam=None):
        self.surname, self.given, self.sex, self.dob = surname, given, sex, dob
        self.lang, self.nam = lang, nam
        self.sin = self.ohip = self.niss = self.nir = self.mrn = None
        self.ohip_vc = ''
        self.address = self.phone = None


STREETS_FR = ['rue des Merisiers', 'rue Saint-Viateur', 'chemin du Rang-Double', 'rue des Pruches',
              'avenue Laurier', 'rue de la Fabrique', 'montée des Bouleaux', 'rue Champlain',
              'boulevard du Lac', 'rue des Hirondelles', 'rang Sainte-Anne', 'rue Principale Nord']
STREETS_EN = ['Birchwood Crescent', 'Maple Grove Road', 'Elgin Street', 'Cedar Lane', 'Albert Street',
              'Riverview Drive', 'Pine Hollow Court', 'Wellington Avenue', 'Hemlock Way']
TOWNS_QC = [('Val-des-Pins', 'J9X'), ('Saint-Aubin-des-Monts', 'J0W'), ('Lac-Argenté', 'J0Z'),
            ('Pointe-aux-Hérons', 'J0X'), ('Sainte-Brigide-du-Nord', 'J0V')]
TOWNS_ON = [('Pembroke Falls', 'K8A'), ('Arnprior Mills', 'K7S'), ('Renfrew Station', 'K7V'),
            ('Ottawa', 'K1Y'), ('Orléans', 'K4A')]


class Gen:
    """Per-run generator state: rng, NAM queue, patient pools."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.holders = load_nams()
        nam_surnames = {fold(h.surname) for h in self.holders}
        self.fr_surnames = [s for s in FR_SURNAMES if fold(s) not in nam_surnames]
        self.en_surnames = [s for s in EN_SURNAMES if fold(s) not in nam_surnames]
        order = list(range(len(self.holders)))
        self.rng.shuffle(order)
        self.nam_queue = order
        self.used_names = set()
        self.msg_counter = 0
        self.mrn_used = set()

    def next_holder(self):
        idx = self.nam_queue.pop(0)
        return self.holders[idx]

    def _letter_code(self):
        r = self.rng
        return ''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))

    def patient(self, lang='fr', kind='plain', sex=None, age=None, origin=None):
        r = self.rng
        if kind == 'nam':
            h = self.next_holder()
            p = Patient(h.surname, h.given, h.sex, h.dob, lang, nam=h.nam)
        else:
            while True:
                sex = sex or r.choice('FM')
                pool_s = self.fr_surnames if lang == 'fr' or r.random() < 0.2 else self.en_surnames
                if lang == 'fr':
                    pool_g = FR_GIVEN_F if sex == 'F' else FR_GIVEN_M
                else:
                    pool_g = (EN_GIVEN_F if sex == 'F' else EN_GIVEN_M) if r.random() < 0.8 else \
                        (FR_GIVEN_F if sex == 'F' else FR_GIVEN_M)
                s, g = r.choice(pool_s), r.choice(pool_g)
                if (s, g) not in self.used_names:
                    self.used_names.add((s, g))
                    break
            if age is None:
                age = r.randint(45, 92)
            y = 2025 - age
            dob = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
            p = Patient(s, g, sex, dob, lang)
        p.origin = origin or ('on' if kind == 'ohip' else 'qc')
        # MRN always available; other identifiers on demand
        while True:
            m = '%06d' % r.randrange(100000, 999999)
            if m not in self.mrn_used:
                self.mrn_used.add(m)
                break
        p.mrn = m
        if p.origin == 'on':
            town, fsa = r.choice(TOWNS_ON)
            p.address = '%d %s, %s ON %s %d%s%d' % (r.randint(12, 2400), r.choice(STREETS_EN), town, fsa,
                                                   r.randint(1, 9), r.choice('ABCEGHJKLMNPRSTVXY'), r.randint(0, 9))
            p.phone = '613-555-01%02d' % r.randint(0, 99)
        else:
            town, fsa = r.choice(TOWNS_QC)
            p.address = '%d, %s, %s (Québec) %s %d%s%d' % (r.randint(12, 2400), r.choice(STREETS_FR), town, fsa,
                                                           r.randint(1, 9), r.choice('ABCEGHJKLMNPRSTVXY'), r.randint(0, 9))
            p.phone = '819-555-01%02d' % r.randint(0, 99)
        p.sin = make_sin(r)
        p.ohip = make_ohip(r)
        p.ohip_vc = self._letter_code()
        p.niss = make_niss(r, p.dob, p.sex)
        p.nir = make_nir(r, p.dob, p.sex)
        return p


class Ctx:
    """Records, for one message, the finding types and the exact strings that
    back them (verified after writing)."""

    def __init__(self, g, lang, positive):
        self.g, self.lang, self.positive = g, lang, positive
        self.types = set()
        self.must = []          # strings that must appear in decoded text
        self.ids = []           # (kind, raw value, rendered)
        self.nam_holders = []   # (patient, rendered nam)

    def add(self, *types):
        for t in types:
            assert t in TYPES, t
            self.types.add(t)

    def _need(self, s):
        self.must.append(s)
        return s

    # names ---------------------------------------------------------------
    def title(self, p):
        if self.lang == 'fr':
            return 'Mme' if p.sex == 'F' else 'M.'
        return self.g.rng.choice(['Mrs.', 'Ms.', 'Mrs', 'Ms']) if p.sex == 'F' else self.g.rng.choice(['Mr.', 'Mr'])

    def name(self, p, style='full'):
        if p.nam and style in ('initial', 'sur_initial', 'title_sur'):
            # a NAM always travels with its holder's full name
            style = {'sur_initial': 'upper', 'initial': 'full', 'title_sur': 'title'}[style]
        if style == 'full':
            s = '%s %s' % (p.given, p.surname)
        elif style == 'title':
            s = '%s %s %s' % (self.title(p), p.given, p.surname)
        elif style == 'title_sur':
            s = '%s %s' % (self.title(p), p.surname)
        elif style == 'upper':
            s = '%s, %s' % (p.surname.upper(), p.given)
        elif style == 'upper_all':
            s = '%s %s' % (p.surname.upper(), p.given.upper())
        elif style == 'comma':
            s = '%s, %s' % (p.surname, p.given)
        elif style == 'lower':
            s = ('%s %s' % (p.given, p.surname)).lower()
        elif style == 'lower_rev':
            s = ('%s %s' % (p.surname, p.given)).lower()
        elif style == 'initial':
            s = '%s. %s' % (p.given[0], p.surname)
        elif style == 'sur_initial':
            s = '%s %s.' % (p.surname, p.given[0])
        elif style == 'given':
            s = p.given
        elif style == 'surname':
            s = p.surname
        else:
            raise ValueError(style)
        self.add('patient_name')
        return self._need(s)

    def name_any(self, p, styles=None):
        styles = styles or ['full', 'title', 'upper', 'comma', 'lower', 'initial', 'title_sur', 'sur_initial']
        return self.name(p, self.g.rng.choice(styles))

    # birth date ----------------------------------------------------------
    def dob(self, p, style=None):
        style = style or self.g.rng.choice(['iso', 'dmy', 'long', 'ymd_slash'] if self.lang == 'fr'
                                           else ['iso', 'long', 'mon3', 'dmy', 'ymd_slash'])
        self.add('date_of_birth')
        return self._need(fmt_date(p.dob, style, self.lang))

    def sex(self, p):
        return p.sex

    # identifiers -----------------------------------------------------------
    def nam(self, p, style=None):
        assert p.nam, 'patient has no NAM'
        style = style or self.g.rng.choice(['plain', 'space', 'space', 'dot', 'hyphen', 'slash', 'lower',
                                            'fullwidth', 'odd'])
        s = fmt_nam(p.nam, style)
        self.add('ramq_nam')
        self.ids.append(('nam', p.nam, s))
        self.nam_holders.append(p)
        return self._need(s)

    def sin(self, p, style=None):
        style = style or self.g.rng.choice(['plain', 'space', 'hyphen', 'dot', 'fullwidth', 'slash'])
        s = fmt_sin(p.sin, style)
        self.add('ca_sin')
        self.ids.append(('sin', p.sin, s))
        return self._need(s)

    def ohip(self, p, style=None, vc=None):
        style = style or self.g.rng.choice(['plain', 'space', 'hyphen', 'dot', 'fullwidth'])
        if vc is None:
            vc = p.ohip_vc if self.g.rng.random() < 0.6 else ''
        s = fmt_ohip(p.ohip, style, vc)
        self.add('ca_health_number')
        self.ids.append(('ohip', p.ohip, s))
        return self._need(s)

    def niss(self, p, style=None):
        style = style or self.g.rng.choice(['plain', 'std', 'std', 'space', 'hyphen'])
        s = fmt_niss(p.niss, style)
        self.add('be_niss')
        self.ids.append(('niss', p.niss, s))
        return self._need(s)

    def nir(self, p, style=None):
        style = style or self.g.rng.choice(['plain', 'space', 'space', 'dot', 'key'])
        s = fmt_nir(p.nir, style)
        self.add('fr_nir')
        self.ids.append(('nir', p.nir, s))
        return self._need(s)

    def mrn(self, p, style=None):
        style = style or self.g.rng.choice(['plain', 'dash', 'space', 'prefix', 'zero', 'slash'])
        s = fmt_mrn(p.mrn, style)
        self.add('mrn')
        return self._need(s)

    def address(self, p):
        self.add('patient_contact')
        return self._need(p.address)

    def phone(self, p):
        self.add('patient_contact')
        return self._need(p.phone)
