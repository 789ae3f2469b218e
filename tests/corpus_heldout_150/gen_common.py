"""Shared data and helpers: the invented CIUSSS, people, identifiers, formatting.

Everything here is invented.  Domains end in .example, phones use 555-01xx.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_PATH = os.path.join(HERE, '..', 'blind_nams.txt')

SEED = 25150
DOM = 'ciusss-vdh.example'
ORG_FR = 'CIUSSS de la Vallée-des-Hérons'
ORG_EN = 'CIUSSS de la Vallée-des-Hérons'

# ----------------------------------------------------------------------------
# Sites and services
# ----------------------------------------------------------------------------
SITES = [
    dict(code='HSA', fr='Hôpital de Saint-Ambroise-des-Hérons', en='Saint-Ambroise-des-Hérons Hospital',
         addr='1250, boulevard des Hérons', city='Saint-Ambroise-des-Hérons (Québec)  J0K 3R7',
         tel='450 555-0110', fax='450 555-0119'),
    dict(code='HLB', fr='Hôpital Laroche-Bellerive', en='Laroche-Bellerive Hospital',
         addr='88, rue du Quai', city='Laroche (Québec)  J0K 2T4', tel='450 555-0120', fax='450 555-0129'),
    dict(code='CPG', fr='CLSC des Pins-Gris', en='CLSC des Pins-Gris',
         addr='402, rue Principale', city='Sainte-Rosalie-des-Pins (Québec)  J0K 1W2',
         tel='450 555-0130', fax='450 555-0139'),
    dict(code='CBM', fr='CHSLD du Boisé-Marcoux', en='CHSLD du Boisé-Marcoux',
         addr='15, chemin Marcoux', city='Laroche (Québec)  J0K 2T6', tel='450 555-0140', fax='450 555-0149'),
    dict(code='CRP', fr='Centre de réadaptation La Passerelle', en='La Passerelle Rehabilitation Centre',
         addr='733, avenue des Érables', city='Beauvallon (Québec)  J0L 1B9', tel='450 555-0150',
         fax='450 555-0159'),
]

SERVICE_FR = ['Service des archives médicales', 'Archives médicales – Accès à l\'information',
              'Service de la gestion de l\'information clinique (archives)',
              'Bureau de l\'accès aux dossiers des usagers']
SERVICE_EN = ['Health Records Department', 'Health Information Management – Release of Information',
              'Medical Records / Release of Information', 'Health Records – Access to Information Office']

# ----------------------------------------------------------------------------
# Staff (never a NAM holder's surname)
# ----------------------------------------------------------------------------
def _p(given, surname, sex, role_fr, role_en, site=0, title=None, email=None):
    login = (strip_accents(given) + '.' + strip_accents(surname)).lower().replace(' ', '').replace("'", '')
    return dict(given=given, surname=surname, sex=sex, role_fr=role_fr, role_en=role_en, site=site,
                title=title, email=email or (login + '.vdh@' + DOM))


OWN_SERVICE = {
    'Charron': ('Bureau de la protection des renseignements personnels', 'Privacy Office'),
    'Comeau': ('Direction des services professionnels', 'Professional Services Directorate'),
    'Pratt': ('Direction des ressources informationnelles', 'Information Technology Directorate'),
    'Lamarre': ('Direction des ressources humaines', 'Human Resources Directorate'),
    'Audet': ('Direction des services techniques', 'Technical Services Directorate'),
    'St-Onge': ('Direction de la logistique – approvisionnement', 'Logistics – Procurement'),
}


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


STAFF = [
    _p('Véronique', 'Desrochers', 'F', 'Chef de service – Archives médicales', 'Manager, Health Records'),
    _p('Karine', 'Thériault', 'F', 'Archiviste médicale', 'Health information professional'),
    _p('Mélanie', 'Bergeron-Dion', 'F', 'Archiviste médicale – Accès à l\'information', 'ROI archivist', 1),
    _p('Nicolas', 'Lafrenière', 'M', 'Archiviste médical – codification', 'Coding archivist'),
    _p('Julie', 'Provencher', 'F', 'Agente administrative classe 2 – Archives', 'Records clerk'),
    _p('Sonia', 'Marchand', 'F', 'Agente administrative – Accès à l\'information', 'ROI clerk', 1),
    _p('Chantal', 'Beaudry', 'F', 'Technicienne en administration – Archives', 'Records technician', 2),
    _p('Isabelle', 'Grenon', 'F', 'Technicienne en gestion de l\'information', 'HIM technician', 3),
    _p('Heather', 'McAllister', 'F', 'Coordonnatrice – Accès à l\'information', 'Release of Information Coordinator'),
    _p('Kevin', 'Osei', 'M', 'Agent administratif – numérisation', 'Scanning clerk'),
    _p('Francis', 'Dagenais', 'M', 'Archiviste médical – sites Laroche', 'Health records archivist', 1),
    _p('Amélie', 'Charron', 'F', 'Conseillère – protection des renseignements personnels', 'Privacy advisor',
       title='Me'),
    _p('Lise', 'Comeau', 'F', 'Adjointe à la direction des services professionnels', 'Executive assistant, DSP'),
    _p('Colin', 'Pratt', 'M', 'Analyste – Direction des ressources informationnelles', 'IT analyst'),
    _p('Roxanne', 'Lamarre', 'F', 'Agente de gestion du personnel', 'HR officer'),
    _p('Patrick', 'Audet', 'M', 'Chef de service – Installations matérielles', 'Facilities manager'),
    _p('Mireille', 'St-Onge', 'F', 'Acheteuse – Approvisionnement', 'Buyer, Procurement'),
    _p('Samira', 'Belkacem', 'F', 'Archiviste médicale', 'Health information professional', 2),
]

PHYS = [
    dict(given='Annie', surname='Lacasse', sex='F', spec_fr='psychiatrie', spec_en='psychiatry'),
    dict(given='Olivier', surname='Beauregard', sex='M', spec_fr='médecine d\'urgence', spec_en='emergency medicine'),
    dict(given='Samuel', surname='Kwan', sex='M', spec_fr='hémato-oncologie', spec_en='hemato-oncology'),
    dict(given='Fatima', surname='Benali', sex='F', spec_fr='pédiatrie', spec_en='paediatrics'),
    dict(given='Étienne', surname='Dufresne', sex='M', spec_fr='chirurgie orthopédique', spec_en='orthopaedic surgery'),
    dict(given='Raj', surname='Malhotra', sex='M', spec_fr='médecine interne', spec_en='internal medicine'),
    dict(given='Catherine', surname='Hébert', sex='F', spec_fr='obstétrique-gynécologie', spec_en='obstetrics'),
    dict(given='Marc-André', surname='Turgeon', sex='M', spec_fr='cardiologie', spec_en='cardiology'),
    dict(given='Hélène', surname='Vézina', sex='F', spec_fr='gériatrie', spec_en='geriatrics'),
    dict(given='Yannick', surname='Proulx', sex='M', spec_fr='médecine familiale', spec_en='family medicine'),
    dict(given='Nadia', surname='Rahal', sex='F', spec_fr='néphrologie', spec_en='nephrology'),
    dict(given='Benoît', surname='Carrier', sex='M', spec_fr='pneumologie', spec_en='respirology'),
]
for _s in STAFF:
    if _s['surname'] in OWN_SERVICE:
        _s['svc'] = OWN_SERVICE[_s['surname']]
for _d in PHYS:
    _d['email'] = (strip_accents(_d['given']) + '.' + strip_accents(_d['surname'])).lower().replace("'", '') \
        + '.vdh@' + DOM


def dr(ph, lang='fr'):
    if lang == 'fr':
        return ('Dre ' if ph['sex'] == 'F' else 'Dr ') + ph['given'] + ' ' + ph['surname']
    return 'Dr. ' + ph['given'] + ' ' + ph['surname']


# ----------------------------------------------------------------------------
# External parties
# ----------------------------------------------------------------------------
INSURERS = [
    dict(name='Assurance vie Boréalis', dom='borealis-vie.example', lang='fr', dept='Service des réclamations invalidité'),
    dict(name='La Mutuelle des Deux-Caps', dom='mutuelle2caps.example', lang='fr', dept='Règlement des sinistres – assurance salaire'),
    dict(name='Great Lakes Mutual Life', dom='glml.example', lang='en', dept='Disability Claims Unit'),
    dict(name='Northmark Benefits Inc.', dom='northmark-benefits.example', lang='en', dept='Group Life & Health Claims'),
]
LAWFIRMS = [
    dict(name='Vachon Lemieux Giroux s.e.n.c.r.l.', dom='vlg-avocats.example', lang='fr',
         lawyer=('Me', 'Frédéric', 'Giroux'), para=('Mme', 'Annick', 'Laberge')),
    dict(name='Cabinet Arsenault Drouin avocats', dom='arsenault-drouin.example', lang='fr',
         lawyer=('Me', 'Stéphanie', 'Drouin'), para=('M.', 'Jonathan', 'Hamelin')),
    dict(name='Fraser & Kline LLP', dom='fraserkline.example', lang='en',
         lawyer=('Ms.', 'Rebecca', 'Kline'), para=('Mr.', 'Owen', 'Castellano')),
    dict(name='Whitlock Barristers', dom='whitlock-law.example', lang='en',
         lawyer=('Mr.', 'Adrian', 'Whitlock'), para=('Ms.', 'Priya', 'Raman')),
]
INSTITUTIONS = [
    dict(name='CISSS des Monts-Bleus', short='CISSS MB', dom='cisss-montsbleus.example', lang='fr', prov='QC'),
    dict(name='CHU de l\'Estuaire', short='CHUE', dom='chu-estuaire.example', lang='fr', prov='QC'),
    dict(name='Rideau Bend General Hospital', short='RBGH', dom='rbgh.example', lang='en', prov='ON'),
    dict(name='Kingsmere Health Centre', short='KHC', dom='kingsmere-health.example', lang='en', prov='ON'),
    dict(name='Centre hospitalier de Vallon-sur-Loue', short='CHVL', dom='ch-vallonloue.example', lang='fr', prov='FR'),
    dict(name='Clinique universitaire Saint-Hadelin', short='CUSH', dom='clinique-sthadelin.example', lang='fr', prov='BE'),
]
CORONER = dict(fr='Bureau du coroner – région de Beauvallon', en='Office of the Coroner – Beauvallon region',
               dom='coroner-beauvallon.example', people=[('Dre', 'Maude', 'Ferland'), ('Me', 'Denis', 'Arsenal')])
COURT_FR = ['Cour supérieure – district de Beauvallon', 'Cour du Québec – chambre civile, district de Beauvallon',
            'Tribunal administratif du travail – division santé et sécurité']
COURT_EN = ['Superior Court – District of Beauvallon', 'Ontario Superior Court of Justice – Ottawa',
            'Court of Québec – Civil Division, District of Beauvallon']

PATIENT_MAIL_DOMS = ['courriel.example', 'monfournisseur.example', 'mail.example', 'videoweb.example', 'boitemail.example']

# ----------------------------------------------------------------------------
# Patients (non-NAM) pools; surnames never equal to a NAM holder surname
# ----------------------------------------------------------------------------
QC_SURNAMES = ['Tremblay', 'Côté', 'Lavoie', 'Dubé', 'Lévesque', 'Gervais', 'Ménard', 'Desjardins', 'Lachance',
               'Vaillancourt', 'Bisson', 'Robichaud', 'Hudon', 'Champagne', 'Asselin', 'Laflamme', 'Boisvert',
               'Charest', 'Daigle', 'Poulin', 'Labbé', 'Rioux', 'Fontaine', 'Perron', 'Turcotte', 'Guay', 'Blais',
               'Mercier', 'Bolduc', 'Joseph', 'Saint-Fleur', 'Pierre-Louis', 'Haddad', 'Nguyen', 'Kowalski',
               'Lemay', 'Gendron', 'Bernier', 'Brassard', 'Duchesne', 'Gingras', 'Jolicoeur', 'Ouimet', 'Sirois']
QC_GIVEN_F = ['Lucie', 'Francine', 'Huguette', 'Jacinthe', 'Thérèse', 'Chloé', 'Léa', 'Rosalie', 'Monique',
              'Carole', 'Yolande', 'Marie-Ève', 'Annabelle', 'Gisèle', 'Rachelle', 'Suzanne', 'Mégane', 'Linda']
QC_GIVEN_M = ['Gaétan', 'Réjean', 'Yvon', 'Raymond', 'Benoît', 'Mathis', 'Normand', 'Jean-Guy', 'Sylvain',
              'Éric', 'Félix', 'Maxime', 'Rosaire', 'Bertrand', 'Alexis', 'Hugo', 'Serge', 'Ghislain']
EN_SURNAMES = ['O\'Brien', 'Fraser', 'Campbell', 'Stewart', 'Murphy', 'Chen', 'Patel', 'Singh', 'Kaur', 'Santos',
               'Ferreira', 'Hughes', 'Kowalczyk', 'Morrison', 'Delaney', 'Abernathy', 'Okafor', 'Lindqvist',
               'Gallagher', 'Reid', 'McKenna', 'Harrington', 'Baptiste', 'Novak']
EN_GIVEN_F = ['Margaret', 'Ashley', 'Kimberly', 'Heidi', 'Eleanor', 'Grace', 'Olivia', 'Bridget', 'Tamara',
              'Joanne', 'Harriet', 'Nicole', 'Fiona', 'Ruth']
EN_GIVEN_M = ['Douglas', 'Trevor', 'Kenneth', 'Brandon', 'Harold', 'Ethan', 'Wesley', 'Graham', 'Darren',
              'Victor', 'Neil', 'Curtis', 'Arthur', 'Owen']
FR_SURNAMES = ['Lefebvre', 'Morel', 'Giraud', 'Chevalier', 'Renaud', 'Perrin', 'Moulin', 'Barbier']
FR_GIVEN = [('Camille', 'F'), ('Élodie', 'F'), ('Antoine', 'M'), ('Baptiste', 'M'), ('Manon', None)]
BE_SURNAMES = ['Janssens', 'Peeters', 'Maes', 'Dewulf', 'Claes', 'Goossens', 'Wouters', 'Vermeulen']
BE_GIVEN = [('Lotte', 'F'), ('Sander', 'M'), ('Inès', 'F'), ('Thibaut', 'M'), ('Amandine', 'F')]

STREETS_QC = ['rue des Pins', 'rang Saint-Joseph', 'avenue Bellerive', 'rue Notre-Dame', 'chemin du Lac-Vert',
              'rue des Cerisiers', 'boulevard Laroche', 'rue Principale Ouest', 'montée Gagné', 'rue de l\'Église',
              'rue Saint-Laurent', 'avenue du Parc', 'rue des Hirondelles', '5e Avenue']
CITIES_QC = [('Laroche', 'J0K 2T1'), ('Saint-Ambroise-des-Hérons', 'J0K 3R2'), ('Beauvallon', 'J0L 1B3'),
             ('Sainte-Rosalie-des-Pins', 'J0K 1W5'), ('Val-Marcoux', 'J0K 4A8'), ('Pointe-aux-Sarcelles', 'J0L 2C6')]
CITIES_ON = [('Ottawa', 'K1S 2P4'), ('Kanata', 'K2L 3H9'), ('Cornwall', 'K6H 5R1'), ('Hawkesbury', 'K6A 2L7')]
STREETS_ON = ['Bank Street', 'Elgin Crescent', 'Pembroke Road', 'Maple Grove Drive', 'Riverside Lane']

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_FR_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']


def load_nam_holders():
    out = []
    with open(NAMS_PATH, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(dict(surname=sur, given=giv, dob=datetime.date.fromisoformat(dob), sex=sex, nam=nam))
    return out


# ----------------------------------------------------------------------------
# Identifier generators (valid by checksum)
# ----------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohip(rng):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    return body + luhn.calc_check_digit(body)


def ohip_valid(n):
    n = ''.join(c for c in n if c.isdigit())
    return len(n) == 10 and luhn.is_valid(n)


def gen_niss(rng, dob, sex):
    while True:
        counter = rng.randrange(1, 998)
        if (counter % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % counter
        num = ('2' + base) if dob.year >= 2000 else base
        check = 97 - (int(num) % 97)
        n = base + '%02d' % check
        if be_nn.is_valid(n):
            return n


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '25', '39', '33', '59', '67'])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randrange(1, 990) \
            + '%03d' % rng.randrange(1, 999)
        n = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(n):
            return n


def gen_mrn(rng, style=None):
    style = style or rng.choice(['h7', 'd8', 'yy', 'p6'])
    if style == 'h7':
        return 'H' + '%07d' % rng.randrange(100000, 9999999)
    if style == 'd8':
        return '%08d' % rng.randrange(100000, 99999999)
    if style == 'yy':
        return '%02d%06d' % (rng.randrange(0, 25), rng.randrange(0, 999999))
    return '%06d' % rng.randrange(100000, 999999)


# ----------------------------------------------------------------------------
# Formatting helpers
# ----------------------------------------------------------------------------
FW = {c: chr(ord(c) + 0xFEE0) for c in '0123456789'}


def fullwidth(s):
    return ''.join(FW.get(c, c) for c in s)


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def fmt_nam(nam, style):
    if style == 'plain':
        return nam
    if style == 'card':
        return group(nam, [4, 4, 4], ' ')
    if style == 'dots':
        return group(nam, [4, 4, 4], '.')
    if style == 'hyphen':
        return group(nam, [4, 4, 4], '-')
    if style == 'slash':
        return group(nam, [4, 6, 2], '/')
    if style == 'wide':
        return nam[:4] + ' ' + fullwidth(nam[4:])
    if style == 'odd':
        return ' '.join(nam[:4]) + '  ' + group(nam[4:], [2, 2, 2, 2], ' ')
    if style == 'lower':
        return group(nam.lower(), [4, 4, 4], ' ')
    raise ValueError(style)


NAM_STYLES = ['plain', 'card', 'card', 'dots', 'hyphen', 'slash', 'wide', 'odd', 'lower']


def fmt_digits(n, style, sizes):
    if style == 'plain':
        return n
    if style == 'space':
        return group(n, sizes, ' ')
    if style == 'hyphen':
        return group(n, sizes, '-')
    if style == 'dots':
        return group(n, sizes, '.')
    if style == 'slash':
        return group(n, sizes, '/')
    if style == 'wide':
        return fullwidth(group(n, sizes, ' '))
    if style == 'odd':
        return '  '.join(n[i:i + 2] for i in range(0, len(n), 2))
    raise ValueError(style)


ID_STYLES = ['plain', 'space', 'space', 'hyphen', 'dots', 'slash', 'wide', 'odd']


def fmt_sin(n, style):
    return fmt_digits(n, style, [3, 3, 3])


def fmt_ohip(n, style, vc=''):
    s = fmt_digits(n, style, [4, 3, 3])
    return s + ((' ' if style != 'hyphen' else '-') + vc if vc else '')


def fmt_niss(n, style):
    if style == 'be':
        return '%s.%s.%s-%s.%s' % (n[0:2], n[2:4], n[4:6], n[6:9], n[9:11])
    return fmt_digits(n, style, [6, 3, 2])


def fmt_nir(n, style):
    if style == 'fr':
        return ' '.join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:15]])
    return fmt_digits(n, style, [1, 2, 2, 2, 3, 3, 2])


def fmt_mrn(m, style):
    if style == 'plain':
        return m
    if m[0].isalpha():
        d = m[1:]
        return {'space': m[0] + ' ' + group(d, [3, 4], ' '), 'hyphen': m[0] + '-' + d,
                'dots': m[0] + '.' + group(d, [3, 4], '.'), 'slash': m[0] + '/' + d,
                'wide': m[0] + fullwidth(d), 'odd': m[0] + '  ' + ' '.join(d)}.get(style, m)
    return fmt_digits(m, style, [2, 3, 3] if len(m) == 8 else [3, 3])


def fmt_date(d, lang, style):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'ymd_slash':
        return d.strftime('%Y/%m/%d')
    if style == 'dmy_dots':
        return d.strftime('%d.%m.%Y')
    if style == 'long':
        if lang == 'fr':
            return ('1er' if d.day == 1 else str(d.day)) + ' ' + MONTHS_FR[d.month - 1] + ' ' + str(d.year)
        return MONTHS_EN[d.month - 1] + ' ' + str(d.day) + ', ' + str(d.year)
    if style == 'short':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MONTHS_FR_ABBR[d.month - 1], d.year)
        return '%02d %s %d' % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
    raise ValueError(style)


DATE_STYLES = ['iso', 'iso', 'dmy', 'long', 'long', 'short', 'ymd_slash', 'dmy_dots']


def all_date_renderings(d):
    out = set()
    for lang in ('fr', 'en'):
        for st in ['iso', 'dmy', 'ymd_slash', 'dmy_dots', 'long', 'short']:
            out.add(fmt_date(d, lang, st))
    out.add(str(d.day) + ' ' + MONTHS_FR[d.month - 1] + ' ' + str(d.year))
    return out


def phone(rng, area=None):
    return '%s 555-01%02d' % (area or rng.choice(['450', '819', '579', '514']), rng.randrange(0, 100))


def fmt_phone(p, style):
    a, rest = p.split(' ')
    if style == 0:
        return p
    if style == 1:
        return '(%s) %s' % (a, rest)
    if style == 2:
        return '%s-%s' % (a, rest)
    return '%s.%s' % (a, rest.replace('-', '.'))


# ----------------------------------------------------------------------------
# Patients
# ----------------------------------------------------------------------------
class Patient:
    def __init__(self, given, surname, sex, dob, nam=None, origin='QC'):
        self.given, self.surname, self.sex, self.dob, self.nam, self.origin = given, surname, sex, dob, nam, origin
        self.mrn = None
        self.sin = self.ohip = self.niss = self.nir = None
        self.addr = self.city = self.phone = self.email = None

    def full(self):
        return self.given + ' ' + self.surname


def rand_dob(rng, lo=1930, hi=2021):
    y = rng.randrange(lo, hi)
    start = datetime.date(y, 1, 1)
    return start + datetime.timedelta(days=rng.randrange(0, 365))


def new_patient(rng, origin='QC', used=None, lo=1930, hi=2021):
    used = used if used is not None else set()
    while True:
        if origin == 'QC':
            sur = rng.choice(QC_SURNAMES)
            sex = rng.choice('FM')
            giv = rng.choice(QC_GIVEN_F if sex == 'F' else QC_GIVEN_M)
        elif origin in ('EN', 'ON'):
            sur = rng.choice(EN_SURNAMES)
            sex = rng.choice('FM')
            giv = rng.choice(EN_GIVEN_F if sex == 'F' else EN_GIVEN_M)
        elif origin == 'FR':
            sur = rng.choice(FR_SURNAMES)
            giv, sex = rng.choice(FR_GIVEN)
            sex = sex or 'F'
        else:
            sur = rng.choice(BE_SURNAMES)
            giv, sex = rng.choice(BE_GIVEN)
        if (giv, sur) not in used:
            used.add((giv, sur))
            break
    p = Patient(giv, sur, sex, rand_dob(rng, lo, hi), origin=origin)
    p.mrn = gen_mrn(rng)
    _contact(rng, p)
    if origin == 'ON':
        p.ohip = gen_ohip(rng)
    if origin == 'FR':
        p.nir = gen_nir(rng, p.dob, p.sex)
    if origin == 'BE':
        p.niss = gen_niss(rng, p.dob, p.sex)
    p.sin = gen_sin(rng)
    return p


def nam_patient(rng, h):
    p = Patient(h['given'], h['surname'], h['sex'], h['dob'], nam=h['nam'])
    p.mrn = gen_mrn(rng)
    p.sin = gen_sin(rng)
    _contact(rng, p)
    return p


def _contact(rng, p):
    if p.origin == 'ON':
        c, pc = rng.choice(CITIES_ON)
        p.addr = '%d %s' % (rng.randrange(10, 2400), rng.choice(STREETS_ON))
        p.city = '%s, ON  %s' % (c, pc)
        p.phone = phone(rng, rng.choice(['613', '343']))
    elif p.origin in ('FR', 'BE'):
        c, pc = rng.choice(CITIES_QC)
        p.addr = '%d, %s, app. %d' % (rng.randrange(10, 2400), rng.choice(STREETS_QC), rng.randrange(1, 12))
        p.city = '%s (Québec)  %s' % (c, pc)
        p.phone = phone(rng, '514')
    else:
        c, pc = rng.choice(CITIES_QC)
        p.addr = '%d, %s' % (rng.randrange(10, 2400), rng.choice(STREETS_QC))
        p.city = '%s (Québec)  %s' % (c, pc)
        p.phone = phone(rng)
    login = strip_accents(p.given[0] + p.surname).lower().replace("'", '').replace('-', '').replace(' ', '')
    p.email = login + str(rng.randrange(10, 99)) + '@' + rng.choice(PATIENT_MAIL_DOMS)


class Facts:
    """Renders patient facts and records which finding types were used."""

    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.types = set()
        self.ids = []   # (kind, compact value)
        self.nams = []

    def add(self, *types):
        self.types.update(types)

    def name(self, p, style=None):
        self.types.add('patient_name')
        r = self.rng
        style = style or r.choice(['full', 'full', 'title', 'upper', 'upper', 'lower', 'init', 'rev', 'surcomma'])
        fr = self.lang == 'fr'
        if style == 'full':
            return p.given + ' ' + p.surname
        if style == 'title':
            if fr:
                return ('Mme ' if p.sex == 'F' else 'M. ') + p.given + ' ' + p.surname
            return ('Ms. ' if p.sex == 'F' else 'Mr. ') + p.given + ' ' + p.surname
        if style == 'titlesur':
            if fr:
                return ('Mme ' if p.sex == 'F' else 'M. ') + p.surname
            return ('Mrs. ' if p.sex == 'F' else 'Mr. ') + p.surname
        if style == 'upper':
            return p.surname.upper() + ', ' + p.given
        if style == 'lower':
            return (p.given + ' ' + p.surname).lower()
        if style == 'init':
            return p.given[0] + '. ' + p.surname
        if style == 'rev':
            return p.surname + ' ' + p.given
        if style == 'surcomma':
            return p.surname + ', ' + p.given
        if style == 'given':
            return p.given
        if style == 'fname':
            return strip_accents(p.surname).upper().replace(' ', '-') + '_' + strip_accents(p.given).replace(' ', '-')
        raise ValueError(style)

    def dob(self, p, style=None):
        self.types.add('date_of_birth')
        return fmt_date(p.dob, self.lang, style or self.rng.choice(DATE_STYLES))

    def sex(self, p, style=None):
        style = style or self.rng.choice(['letter', 'word'])
        if style == 'letter':
            return p.sex
        if self.lang == 'fr':
            return 'féminin' if p.sex == 'F' else 'masculin'
        return 'female' if p.sex == 'F' else 'male'

    def nam(self, p, style=None):
        self.types.add('ramq_nam')
        self.nams.append(p.nam)
        self.ids.append(('nam', p.nam))
        return fmt_nam(p.nam, style or self.rng.choice(NAM_STYLES))

    def sin(self, p, style=None):
        self.types.add('ca_sin')
        self.ids.append(('sin', p.sin))
        return fmt_sin(p.sin, style or self.rng.choice(ID_STYLES))

    def ohip(self, p, style=None):
        self.types.add('ca_health_number')
        self.ids.append(('ohip', p.ohip))
        vc = self.rng.choice(['', 'AB', 'KT', 'XR', ''])
        return fmt_ohip(p.ohip, style or self.rng.choice(['plain', 'space', 'hyphen', 'hyphen', 'dots', 'wide']), vc)

    def niss(self, p, style=None):
        self.types.add('be_niss')
        self.ids.append(('niss', p.niss))
        return fmt_niss(p.niss, style or self.rng.choice(['be', 'be', 'plain', 'space', 'wide']))

    def nir(self, p, style=None):
        self.types.add('fr_nir')
        self.ids.append(('nir', p.nir))
        return fmt_nir(p.nir, style or self.rng.choice(['fr', 'fr', 'plain', 'dots', 'wide']))

    def mrn(self, p, style=None):
        self.types.add('mrn')
        self.ids.append(('mrn', p.mrn))
        return fmt_mrn(p.mrn, style or self.rng.choice(ID_STYLES))

    def addr(self, p):
        self.types.add('patient_contact')
        return p.addr + ', ' + p.city

    def phone(self, p):
        self.types.add('patient_contact')
        return fmt_phone(p.phone, self.rng.randrange(4))

    def email(self, p):
        self.types.add('patient_contact')
        return p.email

    def ident_block(self, p, with_nam=True, sep='\n', style=None):
        """Name, birth date, sex and NAM together (a NAM never travels alone)."""
        fr = self.lang == 'fr'
        L = []
        L.append(('Nom de l\'usager : ' if fr else 'Patient name: ') + self.name(p, style or self.rng.choice(['upper', 'full', 'surcomma'])))
        L.append(('Date de naissance : ' if fr else 'Date of birth: ') + self.dob(p))
        L.append(('Sexe : ' if fr else 'Sex: ') + self.sex(p))
        if with_nam and p.nam:
            L.append(('NAM : ' if fr else 'RAMQ number: ') + self.nam(p))
        return sep.join(L)


# ----------------------------------------------------------------------------
# People helpers for mail
# ----------------------------------------------------------------------------
def person_name(s):
    return s['given'] + ' ' + s['surname']


def signature(rng, s, lang, disclaimer=None):
    site = SITES[s.get('site', 0)]
    fr = lang == 'fr'
    ext = rng.randrange(2100, 6999)
    L = ['--' if rng.random() < 0.5 else '', (s.get('title') + ' ' if s.get('title') else '') + person_name(s),
         s['role_fr'] if fr else s['role_en']]
    if s.get('svc'):
        L.append(s['svc'][0] if fr else s['svc'][1])
    else:
        L.append(rng.choice(SERVICE_FR if fr else SERVICE_EN))
    L.append(site['fr'] if fr else site['en'])
    L.append(ORG_FR if fr else ORG_EN)
    if rng.random() < 0.7:
        L.append(site['addr'] + ', ' + site['city'])
    L.append(('Tél. : ' if fr else 'Tel. ') + site['tel'] + (', poste ' if fr else ', ext. ') + str(ext))
    if rng.random() < 0.6:
        L.append(('Téléc. : ' if fr else 'Fax ') + site['fax'])
    L = [x for x in L if x != '']
    if disclaimer is None:
        disclaimer = rng.random() < 0.45
    if disclaimer:
        L.append('')
        if fr:
            L.append(rng.choice([
                'AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes peuvent contenir des renseignements '
                'confidentiels. Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le détruire.',
                'Ce courriel est destiné exclusivement à son destinataire. Toute diffusion non autorisée est interdite.',
                'Avis : ce courriel peut contenir de l\'information confidentielle ou privilégiée. Merci de ne pas '
                'le transférer sans autorisation.']))
        else:
            L.append(rng.choice([
                'CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. '
                'If you received it in error, please notify the sender and delete it.',
                'This message is intended only for the addressee. Any unauthorised use or disclosure is prohibited.']))
    return '\n'.join(L)


def ext_sig(lines):
    return '\n'.join(lines)


def addr_of(s):
    return (person_name(s), s['email'])


def pick_staff(rng, lang=None, exclude=()):
    pool = [s for s in STAFF if s not in exclude and s['surname'] not in ('Lamarre', 'Audet', 'St-Onge', 'Pratt')]
    if lang == 'en' and rng.random() < 0.45 and STAFF[8] not in exclude:
        return STAFF[8]
    return rng.choice(pool)


def staff_by(surname):
    for s in STAFF:
        if s['surname'] == surname:
            return s
    raise KeyError(surname)


def quote(text, header):
    lines = [header]
    for ln in text.split('\n'):
        lines.append('> ' + ln if ln else '>')
    return '\n'.join(lines)


def quote_header(lang, dt, who, addr, rng):
    if lang == 'fr':
        j = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'][dt.weekday()]
        return rng.choice([
            'Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :' % (j, dt.day, MONTHS_FR[dt.month - 1], dt.year, dt.hour, dt.minute, who, addr),
            'Le %s, %s a écrit :' % (dt.strftime('%Y-%m-%d %H:%M'), who)])
    return rng.choice([
        'On %s, %s <%s> wrote:' % (dt.strftime('%a, %b %d, %Y at %I:%M %p'), who, addr),
        'On %s %s wrote:' % (dt.strftime('%Y-%m-%d %H:%M'), who)])


def forward_block(lang, dt, frm, to, subject, text):
    if lang == 'fr':
        h = ['-------- Message transféré --------', 'De : ' + frm, 'Date : ' + dt.strftime('%Y-%m-%d %H:%M'),
             'À : ' + to, 'Objet : ' + subject, '']
    else:
        h = ['---------- Forwarded message ---------', 'From: ' + frm, 'Date: ' + dt.strftime('%a, %b %d, %Y %H:%M'),
             'To: ' + to, 'Subject: ' + subject, '']
    return '\n'.join(h) + '\n' + text


def outlook_block(lang, dt, frm, to, subject, text):
    if lang == 'fr':
        h = ['', '________________________________', 'De : ' + frm, 'Envoyé : ' + dt.strftime('%d/%m/%Y %H:%M'),
             'À : ' + to, 'Objet : ' + subject, '']
    else:
        h = ['', '________________________________', 'From: ' + frm, 'Sent: ' + dt.strftime('%A, %B %d, %Y %I:%M %p'),
             'To: ' + to, 'Subject: ' + subject, '']
    return '\n'.join(h) + '\n' + text


def req_no(rng, year=None):
    return 'DA-%d-%04d' % (year or rng.choice([2024, 2025]), rng.randrange(1, 3000))


def base_date(rng):
    start = datetime.datetime(2024, 9, 2, 7, 0)
    d = start + datetime.timedelta(days=rng.randrange(0, 300), minutes=rng.randrange(0, 11 * 60))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def table_text(rows, sep=' | '):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return '\n'.join(out)


def table_html(rows, border=True):
    h = ['<table%s cellpadding="3" style="border-collapse:collapse;font-family:Calibri,Arial;font-size:11pt">'
         % (' border="1"' if border else '')]
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        h.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html_escape(str(c)), tag) for c in r) + '</tr>')
    h.append('</table>')
    return '\n'.join(h)


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def choice_w(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]
