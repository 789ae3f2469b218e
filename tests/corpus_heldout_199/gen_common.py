"""Shared data, identifiers and formatting helpers for the imaging-department corpus.

Everything here is invented: people, institutions, addresses and numbers.
Domains end in .example and phone numbers use 555-01xx.
"""
import datetime as dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25199
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

ORG_FR = 'Hôpital régional de Val-des-Cèdres'
ORG_EN = 'Val-des-Cèdres Regional Hospital'
DEPT_FR = "Service d'imagerie médicale"
DEPT_EN = 'Medical Imaging Department'
DOMAIN = 'hrvc.example'
ORG_ADDR = '2250, boulevard des Cèdres, Val-des-Cèdres (Québec)  J0X 1C0'
ORG_MAIN_PHONE = '819-555-0100'


def load_nams():
    """Read the NAM holders list that sits one level above this folder."""
    holders = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            parts = line.split()
            holders.append(dict(surname=parts[0], given=' '.join(parts[1:-3]),
                                dob=dt.date.fromisoformat(parts[-3]),
                                sex=parts[-2], nam=parts[-1]))
    return holders


def fold(s):
    """Lower-case, accent-free form used for name comparisons."""
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


# --------------------------------------------------------------------------
# Staff of the department and partners (never patients).
# key: (given, surname, sex, role_fr, role_en, mailbox, is_md)
STAFF = {
    'rad_neuro': ('Hélène', 'Vaillancourt', 'F', 'Radiologiste, neuroradiologie', 'Radiologist, neuroradiology', 'helene.vaillancourt', True),
    'rad_body': ('Karim', 'Benali', 'M', 'Radiologiste, imagerie abdominale', 'Radiologist, body imaging', 'karim.benali', True),
    'rad_breast': ('Anh', 'Tran', 'F', 'Radiologiste, imagerie du sein', 'Radiologist, breast imaging', 'anh.tran', True),
    'rad_ir': ('Olivier', 'Desrosiers', 'M', 'Radiologiste d\'intervention', 'Interventional radiologist', 'olivier.desrosiers', True),
    'rad_msk': ('Samuel', 'Whitfield', 'M', 'Radiologiste, musculosquelettique', 'Radiologist, musculoskeletal', 'samuel.whitfield', True),
    'rad_chest': ('Isabelle', 'Comeau', 'F', 'Radiologiste, imagerie thoracique', 'Radiologist, chest imaging', 'isabelle.comeau', True),
    'rad_peds': ('Rajiv', 'Menon', 'M', 'Radiologiste pédiatrique', 'Paediatric radiologist', 'rajiv.menon', True),
    'tech_mri': ('Mélanie', 'Guérin', 'F', 'Technologue en IRM', 'MRI technologist', 'melanie.guerin', False),
    'tech_ct': ('Kevin', 'Arsenault', 'M', 'Technologue en tomodensitométrie', 'CT technologist', 'kevin.arsenault', False),
    'tech_mammo': ('Jessica', 'Laroche', 'F', 'Technologue en mammographie', 'Mammography technologist', 'jessica.laroche', False),
    'tech_us': ('Nadia', 'Bouzid', 'F', 'Technologue en échographie', 'Sonographer', 'nadia.bouzid', False),
    'tech_ir': ('Tom', 'Ashworth', 'M', 'Technologue en radiologie d\'intervention', 'IR technologist', 'tom.ashworth', False),
    'tech_chief': ('Sébastien', 'Caouette', 'M', 'Technologue coordonnateur', 'Charge technologist', 'sebastien.caouette', False),
    'clerk_book': ('Lucie', 'Drolet', 'F', 'Agente administrative, rendez-vous', 'Booking clerk', 'lucie.drolet', False),
    'clerk_mammo': ('Annie', 'Bergevin', 'F', 'Agente administrative, dépistage du sein', 'Breast screening clerk', 'annie.bergevin', False),
    'clerk_rec': ('Priya', 'Raman', 'F', 'Archiviste médicale', 'Health records technician', 'priya.raman', False),
    'pacs_admin': ('Frédéric', 'Lamontagne', 'M', 'Administrateur PACS/RIS', 'PACS/RIS administrator', 'frederic.lamontagne', False),
    'it_analyst': ('Daniel', 'Kerr', 'M', 'Analyste, technologies de l\'information', 'IT analyst', 'daniel.kerr', False),
    'chief': ('Chantal', 'Ménard', 'F', 'Chef de service, imagerie médicale', 'Head of Medical Imaging', 'chantal.menard', False),
    'manager': ('Brian', 'Holloway', 'M', 'Gestionnaire des opérations', 'Operations manager', 'brian.holloway', False),
    'nurse_ir': ('Valérie', 'Lussier', 'F', 'Infirmière, radiologie d\'intervention', 'IR nurse', 'valerie.lussier', False),
    'nurse_ir2': ('Émilie', 'Pépin', 'F', 'Infirmière clinicienne, imagerie', 'Imaging clinical nurse', 'emilie.pepin', False),
    'physicist': ('Marc-André', 'Joly', 'M', 'Physicien médical', 'Medical physicist', 'marc-andre.joly', False),
    'hr': ('Stéphanie', 'Gadbois', 'F', 'Conseillère en ressources humaines', 'Human resources advisor', 'stephanie.gadbois', False),
    'payroll': ('Martine', 'Lafrenière', 'F', 'Technicienne en paie', 'Payroll technician', 'martine.lafreniere', False),
    'buyer': ('Patrick', 'Dupré', 'M', 'Acheteur, approvisionnement', 'Procurement officer', 'patrick.dupre', False),
    'pharm_hosp': ('Geneviève', 'Charest', 'F', 'Pharmacienne', 'Pharmacist', 'genevieve.charest', False),
    'social_w': ('Nancy', 'Bellavance', 'F', 'Travailleuse sociale', 'Social worker', 'nancy.bellavance', False),
    'quality': ('Ruth', 'Abernathy', 'F', 'Conseillère qualité et gestion des risques', 'Quality and risk advisor', 'ruth.abernathy', False),
    'facilities': ('Alain', 'Robichaud', 'M', 'Contremaître, installations matérielles', 'Facilities foreman', 'alain.robichaud', False),
    'teach': ('Claire', 'Villeneuve', 'F', 'Radiologiste, responsable de l\'enseignement', 'Radiologist, education lead', 'claire.villeneuve', True),
}

# External physicians and partners: (given, surname, sex, organisation, domain)
EXTERNAL_MD = [
    ('Julien', "Prud'homme", 'M', 'GMF de la Rivière-Bleue', 'gmf-riviere-bleue.example'),
    ('Catherine', 'Ouimet', 'F', 'Clinique médicale des Lauriers', 'clinique-lauriers.example'),
    ('Ahmed', 'Saleh', 'M', 'Clinique médicale Nord-Est', 'cmnordest.example'),
    ('Laura', 'Finch', 'F', 'Hollowbrook Family Health Team', 'hollowbrook-fht.example'),
    ('Mireille', 'Dion', 'F', 'GMF Saint-Aubert', 'gmf-staubert.example'),
    ('Gregory', 'Nakamura', 'M', 'Ottawa Valley Orthopaedics', 'ov-ortho.example'),
    ('Sandrine', 'Labbé', 'F', 'CLSC de la Pointe-aux-Hérons', 'clsc-pah.example'),
    ('Victor', 'Amponsah', 'M', 'Lakeshore Urology Clinic', 'lakeshore-uro.example'),
]

# Patient name pools (kept apart from staff and from the NAM holders list).
PAT_SUR_FR = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Dubé', 'Gingras', 'Hébert', 'Lemieux',
              'Desjardins', 'Charbonneau', 'Vachon', 'Poulin', 'Beaulieu', 'Lachance', 'Gosselin',
              'Rioux', 'Dufour', 'Lévesque', 'Mercier', 'Fontaine', 'Bédard', 'Cyr', 'Allard',
              'Proulx', 'Bilodeau', 'Turcotte', 'Marchand', 'Champagne', 'St-Pierre', 'Beauchamp',
              'Deschênes', 'Thériault', 'Boivin', 'Sirois', 'Plamondon', 'Lacasse', 'Veilleux',
              'Labrecque', 'Duchesne', 'Guay', 'Ricard', 'Paradis']
PAT_SUR_EN = ['Henderson', 'MacLeod', 'Patel', 'Nguyen', "O'Brien", 'Fraser', 'Kowalski', 'Singh',
              'Chen', 'Murphy', 'Reid', 'Stewart', 'Grant', 'Fitzgerald', 'Delgado', 'Haddad',
              'Okafor', 'Ramirez', 'Sullivan', 'Abbott', 'Kaur', 'Doyle', 'Morrison', 'Yilmaz',
              'Lindqvist', 'Petrov', 'McAllister', 'Osei']
PAT_SUR_BE = ['Peeters', 'Janssens', 'Maes', 'Wouters', 'Claes', 'Goossens', 'Lambrechts', 'Dewulf']
PAT_SUR_FRA = ['Moreau', 'Lefèvre', 'Garnier', 'Faure', 'Rousseau', 'Blanchard', 'Chevalier', 'Perrin']
PAT_GIV_FR = {'F': ['Ginette', 'Josiane', 'Micheline', 'Lise', 'Carole', 'Chloé', 'Léa', 'Francine',
                    'Huguette', 'Rachel', 'Maude', 'Véronique', 'Jocelyne', 'Raymonde', 'Solange',
                    'Rosalie', 'Noémie', 'Thérèse'],
              'M': ['Réjean', 'Gaétan', 'Normand', 'Yvon', 'Denis', 'Mathieu', 'Félix', 'Rosaire',
                    'Benoît', 'Luc', 'Hugo', 'Jean-Guy', 'Raynald', 'Ghislain', 'Zacharie', 'Éloi']}
PAT_GIV_EN = {'F': ['Margaret', 'Eileen', 'Priyanka', 'Olivia', 'Hannah', 'Dorothy', 'Grace', 'Aisha',
                    'Linda', 'Maureen', 'Chloe', 'Beverly', 'Ingrid', 'Fatima'],
              'M': ['Harold', 'Raymond', 'Ethan', 'Arjun', 'Patrick', 'Douglas', 'Omar', 'Wesley',
                    'Gordon', 'Trevor', 'Nikolai', 'Desmond', 'Kwame', 'Stuart']}
PAT_GIV_BE = {'F': ['Annelies', 'Sofie', 'Els', 'Marie-Claire'], 'M': ['Pieter', 'Jan', 'Wim', 'Luc']}
PAT_GIV_FRA = {'F': ['Sandrine', 'Camille', 'Élodie', 'Brigitte'], 'M': ['Thierry', 'Julien', 'Bertrand', 'Yann']}

STREETS_FR = ['rue des Pivoines', 'chemin du Lac-Brûlé', 'avenue Laflèche', 'rang Saint-Isidore',
              'rue Principale Est', 'boulevard des Hérons', 'rue du Moulin', 'croissant des Érables',
              'rue Notre-Dame Ouest', 'chemin de la Grève']
STREETS_EN = ['Maple Crescent', 'Birchwood Road', 'Mill Street', 'Lakeview Drive', 'Kingsmere Avenue',
              'Elm Court', 'Riverside Lane']
TOWNS = [('Val-des-Cèdres', 'QC', 'J0X'), ('Saint-Aubert-du-Lac', 'QC', 'J0W'),
         ('Pointe-aux-Hérons', 'QC', 'J0V'), ('Lac-Mirabelle', 'QC', 'J0T'),
         ('Sainte-Brigitte-des-Saules', 'QC', 'J0Y'), ('Hollowbrook', 'ON', 'K0J'),
         ('Fairhaven', 'ON', 'K0L')]


def all_person_surnames():
    out = [v[1] for v in STAFF.values()] + [m[1] for m in EXTERNAL_MD]
    out += PAT_SUR_FR + PAT_SUR_EN + PAT_SUR_BE + PAT_SUR_FRA
    return out


# --------------------------------------------------------------------------
# Identifier generators (all checksum-valid).

def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, serial)
        pref = '2' if dob.year >= 2000 else ''
        chk = 97 - int(pref + base) % 97
        num = base + '%02d' % chk
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '59', '44', '35', '67'])
        body = '%s%02d%02d%s%03d%03d' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month,
                                         dept, rng.randint(1, 990), rng.randint(1, 999))
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng):
    return '%07d' % rng.randint(300000, 2999999)


def checksum_serial(rng, n=9):
    """A Luhn-valid serial or lot number (used in negatives on purpose)."""
    body = ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------
# Formatting helpers.

def fullwidth_digits(s):
    return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for s_ in [s] for c in s_)


def fullwidth_all(s):
    out = []
    for c in s:
        if '!' <= c <= '~':
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return ''.join(out)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


ID_STYLES_TEXT = ['plain', 'spaced', 'dotted', 'hyphen', 'slash', 'fullwidth', 'odd']
ID_STYLES_SAFE = ['plain', 'spaced', 'dotted', 'hyphen', 'slash', 'odd']


def fmt_nam(nam, style):
    if style == 'plain':
        return nam
    if style == 'spaced':
        return group(nam, [4, 4, 4], ' ')
    if style == 'dotted':
        return group(nam, [4, 4, 4], '.')
    if style == 'hyphen':
        return group(nam, [4, 4, 4], '-')
    if style == 'slash':
        return group(nam, [4, 2, 2, 4], '/')
    if style == 'fullwidth':
        return fullwidth_all(group(nam, [4, 4, 4], ' '))
    if style == 'odd':
        return nam[:4] + '  ' + ' '.join(nam[4:6]) + ' ' + nam[6:]
    if style == 'lower':
        return group(nam.lower(), [4, 4, 4], ' ')
    raise ValueError(style)


def fmt_digits(num, sizes, style):
    if style == 'plain':
        return num
    if style == 'spaced':
        return group(num, sizes, ' ')
    if style == 'dotted':
        return group(num, sizes, '.')
    if style == 'hyphen':
        return group(num, sizes, '-')
    if style == 'slash':
        return group(num, sizes, '/')
    if style == 'fullwidth':
        return fullwidth_digits(group(num, sizes, ' '))
    if style == 'odd':
        return ' '.join(num[:2]) + '  ' + group(num[2:], sizes[1:], ' ')
    raise ValueError(style)


def fmt_sin(num, style):
    return fmt_digits(num, [3, 3, 3], style)


def fmt_ohip(num, style, version=''):
    s = fmt_digits(num, [4, 3, 3], style)
    return (s + ' ' + version).strip() if version else s


def fmt_niss(num, style):
    if style == 'official':
        return be_nn.format(num)
    return fmt_digits(num, [2, 2, 2, 3, 2], style)


def fmt_nir(num, style):
    if style == 'official':
        return fr_nir.format(num)
    return fmt_digits(num, [1, 2, 2, 2, 3, 3, 2], style)


def fmt_mrn(num, style):
    if style in ('plain', 'fullwidth') or style == 'odd':
        return num if style == 'plain' else (fullwidth_digits(num) if style == 'fullwidth' else ' '.join(num))
    return fmt_digits(num, [3, 4], style)


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
DATE_STYLES_NUM = ['iso', 'dmy_slash', 'ymd_slash', 'dmy_dash', 'dmy_dot', 'iso_compact']


def fmt_date(d, style, lang):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy_slash':
        return d.strftime('%d/%m/%Y')
    if style == 'ymd_slash':
        return d.strftime('%Y/%m/%d')
    if style == 'dmy_dash':
        return d.strftime('%d-%m-%Y')
    if style == 'dmy_dot':
        return d.strftime('%d.%m.%Y')
    if style == 'iso_compact':
        return d.strftime('%Y%m%d')
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 'mon':
        return '%02d-%s-%d' % (d.day, MONTHS_EN[d.month - 1][:3].upper(), d.year)
    raise ValueError(style)


def fmt_day(d, lang):
    """A date as people write it in running text (no year)."""
    if lang == 'fr':
        jours = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
        return '%s %d %s' % (jours[d.weekday()], d.day, MONTHS_FR[d.month - 1])
    days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    return '%s, %s %d' % (days[d.weekday()], MONTHS_EN[d.month - 1], d.day)


def phone(rng, area=None):
    area = area or rng.choice(['819', '450', '873', '613'])
    return '%s-555-01%02d' % (area, rng.randint(0, 99))


def phone_styled(rng, area=None):
    p = phone(rng, area)
    style = rng.randint(0, 3)
    if style == 1:
        return '(%s) %s' % (p[:3], p[4:])
    if style == 2:
        return p.replace('-', '.')
    if style == 3:
        return p.replace('-', ' ')
    return p


def postal(rng, prefix):
    letters = 'ABCEGHJKLMNPRSTVXY'
    return '%s %d%s%d' % (prefix, rng.randint(0, 9), rng.choice(letters), rng.randint(0, 9))


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
