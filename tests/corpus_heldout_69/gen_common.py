# -*- coding: utf-8 -*-
"""Shared pools, identifiers and formatting helpers for the corpus generator.

Everything here is invented: people, institutions, addresses, domains
(*.example) and phone numbers (555-01xx).
"""
import datetime as dt
import os

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

# ---------------------------------------------------------------- institutions
CHU = {
    'name_fr': 'CHU de Saint-Aurèle',
    'name_en': 'Saint-Aurèle University Hospital',
    'dom': 'chu-staurele.example',
    'addr': '2250, boulevard des Récollets, Saint-Aurèle (Québec) H9Z 0A1',
    'endo_fr': "Clinique d'endocrinologie", 'endo_en': 'Endocrinology Clinic',
    'cde_fr': "Centre d'enseignement du diabète (CED)", 'cde_en': 'Diabetes Education Centre',
    'tx_fr': 'Clinique de greffe rénale', 'tx_en': 'Kidney Transplant Clinic',
    'nut_fr': 'Service de nutrition clinique', 'nut_en': 'Clinical Nutrition',
}
ONT = {'name': 'Lakeshore Ridge Health Centre', 'dom': 'lakeshoreridge.example',
       'addr': '900 Quarry Bend Road, Port Aldwin, ON K0Z 9Z9'}
BEL = {'name': 'Hôpital universitaire de Haute-Senne', 'dom': 'hus-senne.example',
       'addr': 'Avenue des Tilleuls-Argentés 41, 7999 Haute-Senne'}
FRA = {'name': "CHU de Val-d'Orgeval", 'dom': 'chu-valorgeval.example',
       'addr': "12 allée des Cordiers, 99990 Val-d'Orgeval"}
CLSC = {'name': 'CLSC des Trois-Ruisseaux', 'dom': 'clsc-3ruisseaux.example'}
LAB = {'name': 'Laboratoires Boréal', 'dom': 'labo-boreal.example'}
SUPPLIERS = [
    {'name': 'NovaPump Canada', 'dom': 'novapump.example', 'product': 'NovaPump X3',
     'rep': ('Patrick', 'Lavallée'), 'lang': 'fr'},
    {'name': 'GlucoSense Medical', 'dom': 'glucosense.example', 'product': 'GlucoSense Flow 2',
     'rep': ('Megan', 'Forsythe'), 'lang': 'en'},
    {'name': 'MédiFournitures Nord', 'dom': 'medifournitures-nord.example',
     'product': 'bandelettes GlycoCheck', 'rep': ('Sylvain', 'Brochu'), 'lang': 'fr'},
    {'name': 'Orbis Infusion Systems', 'dom': 'orbis-infusion.example', 'product': 'Orbis Patch Pump',
     'rep': ('Daniel', 'Whitfield'), 'lang': 'en'},
]
TRANSPORT = {'name': 'Transport adapté Rive-Nord', 'dom': 'ta-rivenord.example'}

# ---------------------------------------------------------------------- staff
# (given, surname, title_fr, title_en, role, lang, unit)
STAFF = [
    ('Hélène', 'Bastarache', 'Dre', 'Dr.', 'endo', 'fr', 'endo'),
    ('Marc-Antoine', 'Villeneuve', 'Dr', 'Dr.', 'endo', 'fr', 'endo'),
    ('Priya', 'Raghunathan', 'Dre', 'Dr.', 'endo', 'en', 'endo'),
    ('Étienne', 'Marchildon', 'Dr', 'Dr.', 'nephro', 'fr', 'tx'),
    ('Nadia', 'Benkirane', 'Dre', 'Dr.', 'nephro', 'fr', 'tx'),
    ('Graham', 'Whitcombe', 'Dr', 'Dr.', 'nephro', 'en', 'tx'),
    ('Josée', 'Thibodeau', '', '', 'nurse', 'fr', 'cde'),
    ('Karine', 'Lemelin', '', '', 'nurse', 'fr', 'cde'),
    ("Sarah", "O'Donnell", '', '', 'nurse', 'en', 'cde'),
    ('Amélie', 'Charbonneau', '', '', 'txcoord', 'fr', 'tx'),
    ('Mélanie', 'Poitras', '', '', 'txcoord', 'fr', 'tx'),
    ('Valérie', 'Desrochers', '', '', 'dietitian', 'fr', 'nut'),
    ('Chloé', 'Fortier-Lavoie', '', '', 'dietitian', 'fr', 'nut'),
    ('Rachel', 'Abernathy', '', '', 'dietitian', 'en', 'nut'),
    ('Frédéric', 'Ouimet', '', '', 'pharm', 'fr', 'tx'),
    ('Lindsay', 'Park', '', '', 'pharm', 'en', 'endo'),
    ('Isabelle', 'Ducharme', '', '', 'sw', 'fr', 'tx'),
    ('Nathalie', 'Gingras', '', '', 'admin', 'fr', 'endo'),
    ('Kevin', 'Marsh', '', '', 'admin', 'en', 'tx'),
    ('Simone', 'Arsenault', 'Dre', 'Dr.', 'research', 'fr', 'endo'),
    ('Julien', 'Picard', '', '', 'rescoord', 'fr', 'endo'),
    ('Amara', 'Osei', 'Dr', 'Dr.', 'research', 'en', 'tx'),
    ('Geneviève', 'Rancourt', '', '', 'manager', 'fr', 'cde'),
    ('Tom', 'Nakashima', '', '', 'it', 'en', 'it'),
]
ROLE_FR = {'endo': 'Endocrinologue', 'nephro': 'Néphrologue, greffe rénale', 'nurse': 'Infirmière clinicienne, éducatrice en diabète',
           'txcoord': 'Infirmière coordonnatrice, greffe rénale', 'dietitian': 'Nutritionniste, Dt.P.',
           'pharm': 'Pharmacien', 'sw': 'Travailleuse sociale', 'admin': 'Agente administrative',
           'research': 'Chercheuse clinicienne', 'rescoord': 'Coordonnateur de recherche', 'manager': 'Chef de service',
           'it': 'Soutien informatique'}
ROLE_EN = {'endo': 'Endocrinologist', 'nephro': 'Transplant Nephrologist', 'nurse': 'RN, Certified Diabetes Educator',
           'txcoord': 'Transplant Nurse Coordinator', 'dietitian': 'Registered Dietitian',
           'pharm': 'Clinical Pharmacist', 'sw': 'Social Worker', 'admin': 'Clinic Clerk',
           'research': 'Clinician Scientist', 'rescoord': 'Research Coordinator', 'manager': 'Unit Manager',
           'it': 'IT Service Desk'}
ROLE_FR_OVERRIDE = {'Kevin': 'Agent administratif', 'Lindsay': 'Pharmacienne', 'Sarah': 'Infirmière clinicienne, éducatrice en diabète',
                    'Amara': 'Chercheur clinicien'}
UNIT_EXT = {'endo': '0142', 'cde': '0157', 'tx': '0163', 'nut': '0171', 'it': '0190'}


def staff(role=None, lang=None, rng=None, exclude=()):
    pool = [s for s in STAFF if (role is None or s[4] == role or (isinstance(role, tuple) and s[4] in role))
            and s not in exclude]
    if lang:
        pref = [s for s in pool if s[5] == lang]
        if pref and rng.random() < 0.8:
            pool = pref
    return rng.choice(pool)


def staff_addr(s):
    g = strip_accents(s[0]).lower().replace(' ', '').replace("'", '')
    n = strip_accents(s[1]).lower().replace(' ', '').replace("'", '')
    return '%s.%s@%s' % (g, n, CHU['dom'])


def staff_name(s, lang='fr', title=True):
    t = s[2] if lang == 'fr' else s[3]
    if title and t:
        return '%s %s %s' % (t, s[0], s[1])
    return '%s %s' % (s[0], s[1])


def signature(s, lang, rng, style=None):
    style = style if style is not None else rng.randrange(4)
    unit = s[6]
    if unit == 'it':
        unitname = 'Technologies de l\'information' if lang == 'fr' else 'Information Technology'
    else:
        unitname = CHU[unit + ('_fr' if lang == 'fr' else '_en')]
    role = (ROLE_FR if lang == 'fr' else ROLE_EN)[s[4]]
    if lang == 'fr':
        role = ROLE_FR_OVERRIDE.get(s[0], role)
    phone = '514 555-%s' % UNIT_EXT[unit]
    if style == 0:
        return '-- \n%s\n%s\n%s\n%s\nTél. %s' % (staff_name(s, lang), role, unitname,
                                                   CHU['name_fr'] if lang == 'fr' else CHU['name_en'], phone) \
            if lang == 'fr' else '-- \n%s\n%s\n%s\n%s\nTel. %s' % (staff_name(s, lang), role, unitname, CHU['name_en'], phone)
    if style == 1:
        return '%s %s\n%s | %s\n%s\n%s poste %s' % (s[0], s[1], role, unitname, CHU['addr'], phone, rng.randrange(20000, 29999)) \
            if lang == 'fr' else '%s %s\n%s | %s\n%s\n%s ext. %s' % (s[0], s[1], role, unitname, CHU['addr'], phone, rng.randrange(20000, 29999))
    if style == 2:
        return s[0]
    conf = ("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
            "Si vous l'avez reçu par erreur, veuillez le détruire et aviser l'expéditeur."
            if lang == 'fr' else
            "CONFIDENTIALITY NOTICE: this message may contain privileged information. If you received it in error, "
            "please delete it and notify the sender.")
    return '%s\n%s\n%s\n\n%s' % (staff_name(s, lang), role, phone, conf)


# -------------------------------------------------------------------- people
GIVEN_F = ['Josiane', 'Caroline', 'Émilie', 'Sylvie', 'Diane', 'Rosalie', 'Mireille', 'Lucie', 'Jennifer', 'Ashley',
           'Fatima', 'Linh', 'Océane', 'Gabrielle', 'Denise', 'Margaret', 'Noémie', 'Ginette', 'Yasmine', 'Patricia']
GIVEN_M = ['Réjean', 'Sébastien', 'Mathieu', 'Alain', 'Benoît', 'Kevin', 'Yves', 'Hamid', 'Trevor', 'Normand',
           'Dominic', 'Luc', 'Raymond', 'Jonathan', 'Karim', 'Gaétan', 'William', 'Marcel', 'Steve', 'Olivier']
SURN_QC = ['Bergeron', 'Pelletier', 'Desjardins', 'Lacasse', 'Boucher', 'Thériault', 'Vaillancourt', 'Cormier',
           'Gauthier', 'Paradis', 'Beauchemin', 'Lévesque', 'Fontaine', 'Ménard', 'Rioux', 'Nadeau', 'Sirois', 'Harvey']
SURN_ON = ['MacPherson', 'Okafor', 'Delaney', 'Brennan', 'Sutherland', 'Kowalczyk', 'Harrington', 'Fitzgerald',
           'Mahmoud', 'Nguyen', 'Lindqvist', 'Carrington', 'Patel', 'Abbott', 'Sinclair']
SURN_BE = ['Vandenbroucke', 'Delvaux', 'Janssens', 'Dumoulin', 'Lambotte', 'Peeters', 'Wauters', 'Collignon',
           'Renard', 'Gilson']
SURN_FR = ['Moreau', 'Lefebvre', 'Garnier', 'Rousseau', 'Chevalier', 'Perrin', 'Marchand', 'Brunet', 'Faure',
           'Giraud']
GIVEN_BEFR_F = ['Amandine', 'Laure', 'Chantal', 'Manon', 'Inès', 'Sophie', 'Élodie', 'Brigitte']
GIVEN_BEFR_M = ['Thierry', 'Jean-Luc', 'Quentin', 'Pascal', 'Benoît', 'Arnaud', 'Didier', 'Hugo']

STREETS_QC = ['rue des Pruniers', 'avenue Beaulac', 'chemin du Coteau-Vert', 'rue Saint-Éloi-des-Prés', 'rang du Ruisseau-Noir',
              'rue de la Fabrique-Vieille', 'boulevard des Hérons', 'rue Mont-Clair', 'avenue des Ormeaux-Bleus',
              'montée des Quatre-Vents']
CITIES_QC = [('Saint-Aurèle', 'H9Z'), ('Lac-Bellerive', 'J0X'), ('Sainte-Odile-des-Monts', 'J8Y'),
             ('Pointe-aux-Merles', 'G0Z'), ('Val-Bruyère', 'J6W'), ('Saint-Isidore-du-Lac', 'J0W')]
STREETS_ON = ['Birchmount Crescent', 'Tamarack Lane', 'Old Mill Sideroad', 'Huron Bluff Drive', 'Kestrel Court',
              'Fenwick Avenue']
CITIES_ON = [('Port Aldwin', 'K0Z'), ('Greyhaven', 'N0Z'), ('Elmsford Falls', 'P0Z')]
STREETS_BE = ['rue des Glycines-Hautes', 'chaussée de Montbrison', 'avenue du Vieux-Moulin', 'rue Haute-Fagne']
STREETS_FR = ['rue des Tanneurs-Neufs', 'impasse du Pré-Carré', 'avenue Jean-Orvault', 'chemin des Aubépines']

PHONE_AREAS_QC = ['514', '450', '438', '819']
PHONE_AREAS_ON = ['613', '705', '519']

_ACC = str.maketrans('àâäáãçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÇÉÈÊËÎÏÔÖÙÛÜŒœÆæ', 'aaaaaceeeeiiiinooooouuuuyyAAAACEEEEIIOOUUUOoAa')


def strip_accents(s):
    return s.translate(_ACC)


def ascii_ok(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def phone(rng, areas=PHONE_AREAS_QC, sep=None):
    a = rng.choice(areas)
    n = '555-01%02d' % rng.randrange(100)
    sep = sep if sep is not None else rng.randrange(3)
    if sep == 0:
        return '(%s) %s' % (a, n)
    if sep == 1:
        return '%s-%s' % (a, n)
    return '%s %s' % (a, n.replace('-', ' '))


def postal(rng, fsa):
    L = 'ABCEGHJKLMNPRSTVWXYZ'
    return '%s %d%s%d' % (fsa, rng.randrange(10), rng.choice(L), rng.randrange(10))


class Person(object):
    """A patient. `region` is qc / on / be / fr."""

    def __init__(self, surname, given, dob, sex, region, nam=None):
        self.surname, self.given, self.dob, self.sex, self.region = surname, given, dob, sex, region
        self.nam = nam
        self.ids = {}

    def age(self, on=dt.date(2025, 3, 1)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def full(self):
        return '%s %s' % (self.given, self.surname)


def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            people.append(Person(sur, giv, dt.date.fromisoformat(dob), sex, 'qc', nam))
    return people


def add_contact(p, rng):
    if p.region == 'qc':
        city, fsa = rng.choice(CITIES_QC)
        p.street = '%d, %s' % (rng.randrange(12, 9800), rng.choice(STREETS_QC))
        p.city = city
        p.address = '%s, %s (Québec) %s' % (p.street, city, postal(rng, fsa))
        p.phone = phone(rng)
    elif p.region == 'on':
        city, fsa = rng.choice(CITIES_ON)
        p.street = '%d %s' % (rng.randrange(12, 980), rng.choice(STREETS_ON))
        p.city = city
        p.address = '%s, %s, ON %s' % (p.street, city, postal(rng, fsa))
        p.phone = phone(rng, PHONE_AREAS_ON)
    elif p.region == 'be':
        p.street = '%s %d' % (rng.choice(STREETS_BE), rng.randrange(1, 160))
        p.city = 'Haute-Senne'
        p.address = '%s, 79%02d Haute-Senne' % (p.street, rng.randrange(90, 100))
        p.phone = '+32 4 555 01 %02d' % rng.randrange(100)
    else:
        p.street = '%d %s' % (rng.randrange(1, 120), rng.choice(STREETS_FR))
        p.city = "Val-d'Orgeval"
        p.address = "%s, 9999%d Val-d'Orgeval" % (p.street, rng.randrange(10))
        p.phone = '+33 6 55 50 01 %02d' % rng.randrange(100)
    user = strip_accents('%s.%s' % (p.given, p.surname)).lower().replace(' ', '').replace("'", '')
    p.email = '%s%02d@%s' % (user, p.dob.year % 100, rng.choice(['courriel.example', 'mailbox.example', 'videotron-mail.example']))
    return p


def random_person(rng, region, age_range=(25, 80), sex=None):
    sex = sex or rng.choice('FM')
    if region in ('qc',):
        given = rng.choice(GIVEN_F if sex == 'F' else GIVEN_M)
        sur = rng.choice(SURN_QC)
    elif region == 'on':
        given = rng.choice(GIVEN_F if sex == 'F' else GIVEN_M)
        sur = rng.choice(SURN_ON)
    else:
        given = rng.choice(GIVEN_BEFR_F if sex == 'F' else GIVEN_BEFR_M)
        sur = rng.choice(SURN_BE if region == 'be' else SURN_FR)
    age = rng.randrange(age_range[0], age_range[1] + 1)
    dob = dt.date(2025 - age, rng.randrange(1, 13), rng.randrange(1, 29))
    return Person(sur, given, dob, sex, region)


# --------------------------------------------------------------- identifiers
def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohn(rng):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n) and len(n) == 10
    vc = rng.choice(['', 'AB', 'KT', 'MP', 'XR', 'HG'])
    return n, vc


def gen_niss(rng, dob, sex):
    while True:
        cnt = rng.randrange(1, 998)
        if (cnt % 2 == 1) != (sex == 'M'):
            cnt += 1
        if cnt > 997:
            continue
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, cnt)
        num = int(('2' + base) if dob.year >= 2000 else base)
        chk = 97 - (num % 97)
        n = base + '%02d' % chk
        if be_nn.is_valid(n):
            return n


def gen_nir(rng, dob, sex):
    dept = rng.choice(['75', '69', '13', '33', '59', '67', '31', '44', '35', '63'])
    first = ('1' if sex == 'M' else '2') + '%02d%02d' % (dob.year % 100, dob.month) + dept + \
        '%03d' % rng.randrange(1, 990) + '%03d' % rng.randrange(1, 999)
    n = first + fr_nir.calc_check_digits(first)
    assert fr_nir.is_valid(n)
    return n


def gen_mrn(rng):
    return '%07d' % rng.randrange(100000, 9999999)


def fmt_nam(nam, rng, style=None):
    style = rng.randrange(6) if style is None else style
    if style == 0:
        return nam
    if style == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 2:
        return nam.lower()
    if style == 3:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 4:
        return '%s %s' % (nam[:4], nam[4:])
    return ' '.join(nam)  # spelled out, disguised


def fmt_sin(n, rng):
    st = rng.randrange(3)
    return [n, '%s %s %s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:])][st]


def fmt_ohn(n, vc, rng):
    st = rng.randrange(3)
    base = [n, '%s-%s-%s' % (n[:4], n[4:7], n[7:]), '%s %s %s' % (n[:4], n[4:7], n[7:])][st]
    return (base + (' ' if st else '') + vc) if vc else base


def fmt_niss(n, rng):
    st = rng.randrange(3)
    if st == 0:
        return n
    if st == 1:
        return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return '%s %s %s' % (n[:6], n[6:9], n[9:])


def fmt_nir(n, rng):
    if rng.random() < 0.5:
        return n
    return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])


def fmt_mrn(m, rng, lang):
    st = rng.randrange(6)
    if st == 0:
        return ('no dossier %s' if lang == 'fr' else 'MRN %s') % m
    if st == 1:
        return ('dossier # %s-%s' if lang == 'fr' else 'chart # %s-%s') % (m[:3], m[3:])
    if st == 2:
        return ('# dossier : H%s' if lang == 'fr' else 'Hosp. no. H%s') % m
    if st == 3:
        return ('dos. %s' if lang == 'fr' else 'MRN: %s') % m
    if st == 4:
        return 'MRN %s' % m
    return ('N° de dossier %s' if lang == 'fr' else 'chart no. %s') % m


def luhn_serial(rng, n=10, prefix=''):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(n - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


# ------------------------------------------------------------- name variants
def name_variant(p, rng, lang, style=None):
    st = rng.randrange(8) if style is None else style
    hon_fr = 'Mme' if p.sex == 'F' else 'M.'
    hon_en = 'Mrs.' if p.sex == 'F' else 'Mr.'
    hon_en = rng.choice([hon_en, 'Ms.']) if p.sex == 'F' else hon_en
    hon = hon_fr if lang == 'fr' else hon_en
    if st == 0:
        return p.full()
    if st == 1:
        return '%s %s' % (hon, p.full())
    if st == 2:
        return '%s, %s' % (p.surname.upper(), p.given)
    if st == 3:
        return '%s %s' % (hon, p.surname)
    if st == 4:
        return '%s %s' % (p.surname, p.given)
    if st == 5:
        return '%s, %s' % (p.surname, p.given)
    if st == 6:
        return '%s %s.' % (p.given, p.surname[0])  # first name + initial
    return '%s %s' % (p.given.lower(), p.surname.lower())  # sloppy


# ---------------------------------------------------------------- dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MOIS_ABR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(d, lang, rng=None, style=None):
    st = (rng.randrange(4) if rng else 0) if style is None else style
    if st == 0:
        return d.isoformat()
    if st == 1:
        return ('%d %s %d' % (d.day, MOIS[d.month - 1], d.year)) if lang == 'fr' else \
            ('%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year))
    if st == 2:
        return ('%02d/%02d/%04d' % (d.day, d.month, d.year)) if lang == 'fr' else \
            ('%02d/%02d/%04d' % (d.month, d.day, d.year))
    return ('%d-%s-%d' % (d.day, MOIS_ABR[d.month - 1], d.year)) if lang == 'fr' else \
        ('%d-%s-%d' % (d.day, MONTHS[d.month - 1][:3], d.year))


def fmt_dob(p, lang, rng):
    d = fmt_date(p.dob, lang, rng)
    lab = rng.choice(['DDN', 'né(e) le', 'date de naissance', 'DN']) if lang == 'fr' else \
        rng.choice(['DOB', 'D.O.B.', 'born', 'date of birth'])
    if lab in ('né(e) le',):
        lab = 'née le' if p.sex == 'F' else 'né le'
    return '%s %s' % (lab, d) if lab in ('née le', 'né le', 'born') else '%s : %s' % (lab, d) if lang == 'fr' else '%s: %s' % (lab, d)


def day_text(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def msg_date(rng):
    base = dt.datetime(2024, 3, 4, 7, 0, 0)
    d = base + dt.timedelta(days=rng.randrange(0, 420), minutes=rng.randrange(0, 11 * 60))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    tz = dt.timezone(dt.timedelta(hours=-4 if 3 <= d.month <= 10 else -5))
    return d.replace(tzinfo=tz)


# ---------------------------------------------------------------- typos
def typo(text, rng, n=1):
    """Introduce n small typos in words of 5+ letters (never touching digits)."""
    words = text.split(' ')
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
    for _ in range(n):
        if not idx:
            break
        i = rng.choice(idx)
        w = words[i]
        k = rng.randrange(1, len(w) - 2)
        op = rng.randrange(3)
        if op == 0:
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == 1:
            w = w[:k] + w[k + 1:]
        else:
            w = w[:k] + w[k] + w[k:]
        words[i] = w
    return ' '.join(words)


def pick(rng, *opts):
    return rng.choice(opts)
