"""Shared pieces: seed, organisation, people, identifiers, formatting helpers.

Everything here is invented.  Domains end in .example, phones use 555-01xx.
"""
import os
import random
import unicodedata
from datetime import date, datetime, timedelta, timezone

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 124361
HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_PATH = os.path.join(HERE, '..', 'blind_nams.txt')

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss',
         'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']

# --------------------------------------------------------------------------- organisation
ORG = {
    'fr': "Hôpital général de Pointe-Verchère",
    'en': "Pointe-Verchère General Hospital",
    'dept_fr': "Département de pathologie et cytologie",
    'dept_en': "Department of Pathology and Cytology",
    'addr_fr': "2150, boulevard des Récollets, pavillon C, 2e étage, Pointe-Verchère (Québec) H9X 0A1",
    'addr_en': "2150 Récollets Blvd, Pavilion C, 2nd floor, Pointe-Verchère, QC H9X 0A1",
    'domain': 'hgpv.example',
    'phone': '514 555-0130',
    'fax': '514 555-0131',
}

EXT = {
    'gmf': ('GMF du Vieux-Moulin', 'gmf-vieuxmoulin.example', '450 555-0162'),
    'clsc': ('CLSC des Trois-Ruisseaux', 'clsc-troisruisseaux.example', '450 555-0177'),
    'ontario': ('Kingsbridge General Hospital', 'kingsbridge-gh.example', '613 555-0119'),
    'belgium': ('Clinique universitaire Saint-Vérand', 'stverand.example', '+32 4 555 01 48'),
    'france': ('CHU de Vallon-sur-Loire', 'chu-vallon.example', '+33 2 55 50 01 93'),
    'registry': ('Registre régional du cancer', 'registre-cancer.example', '418 555-0105'),
    'insurer_fr': ('Assurances Boréal Vie', 'borealvie.example', '1 800 555-0188'),
    'insurer_en': ('Northshield Life', 'northshield.example', '1 888 555-0141'),
    'pharmacy': ('Pharmacie Lemay & Ruel', 'pharm-lemayruel.example', '450 555-0153'),
    'courier': ('Coursiers Express Montérégie', 'cem-courrier.example', '450 555-0124'),
    'vendor1': ('HistoFourn inc.', 'histofourn.example', '1 877 555-0110'),
    'vendor2': ('CytoPrep Canada', 'cytoprep.example', '1 866 555-0137'),
    'vendor3': ('Bioréactifs Laurentides', 'bioreactifs.example', '450 555-0199'),
    'oqlm': ('Programme d\'assurance qualité externe', 'peeq-labo.example', '514 555-0172'),
    'cpq': ('Association des pathologistes (congrès)', 'congres-patho.example', '514 555-0166'),
}

D = ORG['domain']


class Person:
    def __init__(self, title, given, surname, role_fr, role_en, email, ext=None, sex='F'):
        self.title, self.given, self.surname = title, given, surname
        self.role_fr, self.role_en, self.email, self.ext, self.sex = role_fr, role_en, email, ext, sex

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def display(self):
        return (self.title + ' ' if self.title else '') + self.full

    def role(self, lang):
        return self.role_fr if lang == 'fr' else self.role_en


def _p(title, given, surname, rf, re_, local, ext=None, sex='F', dom=D):
    return Person(title, given, surname, rf, re_, f"{local}@{dom}", ext, sex)


# Staff of the laboratory (never NAM holders' surnames)
STAFF = {
    'path1': _p('Dre', 'Hélène', 'Marchand-Roussel', 'Pathologiste, cheffe de département', 'Pathologist, Head of Department', 'h.marchand-roussel', '2201'),
    'path2': _p('Dr', 'Karim', 'Belkacem', 'Pathologiste', 'Pathologist', 'k.belkacem', '2207', 'M'),
    'path3': _p('Dre', 'Audrey', 'Vachon', 'Pathologiste (gynécopathologie)', 'Pathologist (gynaecologic pathology)', 'a.vachon', '2209'),
    'path4': _p('Dr', 'Owen', 'Whitcombe', 'Pathologiste (cytopathologie)', 'Pathologist (cytopathology)', 'o.whitcombe', '2212', 'M'),
    'path5': _p('Dre', 'Nadia', 'Kaddouri', 'Pathologiste (hémato-pathologie)', 'Pathologist (haematopathology)', 'n.kaddouri', '2215'),
    'path6': _p('Dr', 'Philippe', 'Sauvageau', 'Pathologiste', 'Pathologist', 'p.sauvageau', '2218', 'M'),
    'res1': _p('Dre', 'Camille', 'Nantel', 'Résidente R3, pathologie', 'Pathology resident (PGY-3)', 'c.nantel', '2230'),
    'res2': _p('Dr', 'Youssef', 'Amrani', 'Résident R2, pathologie', 'Pathology resident (PGY-2)', 'y.amrani', '2231', 'M'),
    'cyto1': _p('', 'Julie', 'Fortier', 'Cytotechnologiste principale', 'Senior cytotechnologist', 'j.fortier', '2240'),
    'cyto2': _p('', 'Kevin', 'Ashdown', 'Cytotechnologiste', 'Cytotechnologist', 'k.ashdown', '2241', 'M'),
    'tech1': _p('', 'Mireille', 'Tanguay', 'Technologiste médicale, histologie', 'Medical technologist, histology', 'm.tanguay', '2250'),
    'tech2': _p('', 'Dominic', 'Breton', 'Technologiste, réception des spécimens', 'Technologist, specimen reception', 'd.breton', '2252', 'M'),
    'sec1': _p('', 'Sonia', 'Lemay', 'Secrétaire médicale, pathologie', 'Medical secretary, pathology', 's.lemay', '2203'),
    'sec2': _p('', 'Brigitte', 'Raymond', 'Agente administrative', 'Administrative officer', 'b.raymond', '2204'),
    'mgr': _p('', 'Stéphane', 'Courchesne', 'Coordonnateur technique, laboratoire de pathologie', 'Technical coordinator, pathology laboratory', 's.courchesne', '2260', 'M'),
    'qa': _p('', 'Laurence', 'Beaupré', 'Conseillère qualité, laboratoires', 'Quality advisor, laboratories', 'l.beaupre', '2265'),
    'reg': _p('', 'Ariane', 'Desjardins', 'Archiviste médicale, registre des tumeurs', 'Health records technician, tumour registry', 'a.desjardins', '2270'),
    'it': _p('', 'Marc-Olivier', 'Grégoire', 'Analyste, soutien SIL', 'LIS support analyst', 'mo.gregoire', '3105', 'M'),
    'hr': _p('', 'Patricia', 'Lussier', 'Conseillère en ressources humaines', 'Human resources advisor', 'p.lussier', '1410'),
    'pay': _p('', 'Annick', 'Boisvert', 'Technicienne en administration, paie', 'Payroll clerk', 'a.boisvert', '1432'),
    'buyer': _p('', 'Rémi', 'Chartrand', 'Acheteur, approvisionnement', 'Buyer, procurement', 'r.chartrand', '1520', 'M'),
    'facil': _p('', 'Gino', 'Valiquette', 'Contremaître, installations matérielles', 'Facilities foreman', 'g.valiquette', '1605', 'M'),
    'tbcoord': _p('', 'Émilie', 'Trudel', 'Infirmière pivot en oncologie, coordination des comités des tumeurs', 'Oncology nurse navigator, tumour board coordination', 'e.trudel', '2405'),
    'dirmed': _p('Dr', 'Jean-François', 'Archambault', 'Directeur des services professionnels', 'Director of Professional Services', 'jf.archambault', '1001', 'M'),
}

# Clinicians who send / receive reports
CLIN = {
    'surg1': _p('Dr', 'Étienne', 'Paradis', 'Chirurgien général', 'General surgeon', 'e.paradis', '2610', 'M'),
    'surg2': _p('Dre', 'Marie-Pier', 'Lafrenière', 'Gynécologue-oncologue', 'Gynaecologic oncologist', 'mp.lafreniere', '2620'),
    'surg3': _p('Dr', 'Aaron', 'Feldstein', 'Urologue', 'Urologist', 'a.feldstein', '2630', 'M'),
    'surg4': _p('Dre', 'Julia', 'Kwan', 'ORL', 'Otolaryngologist', 'j.kwan', '2640'),
    'surg5': _p('Dr', 'Bruno', 'Cassidy', 'Chirurgien thoracique', 'Thoracic surgeon', 'b.cassidy', '2650', 'M'),
    'onco1': _p('Dre', 'Anne-Sophie', 'Brault', 'Hémato-oncologue', 'Medical oncologist', 'as.brault', '2710'),
    'onco2': _p('Dr', 'Michael', 'Osei', 'Oncologue médical', 'Medical oncologist', 'm.osei', '2715', 'M'),
    'gi': _p('Dr', 'Vincent', 'Laberge', 'Gastro-entérologue', 'Gastroenterologist', 'v.laberge', '2660', 'M'),
    'derm': _p('Dre', 'Sabrina', 'Lalonde', 'Dermatologue', 'Dermatologist', 's.lalonde', '2670'),
    'fam1': _p('Dre', 'Chloé', 'Demers', 'Médecin de famille', 'Family physician', 'c.demers', None, 'F', 'gmf-vieuxmoulin.example'),
    'fam2': _p('Dr', 'Ravi', 'Menon', 'Médecin de famille', 'Family physician', 'r.menon', None, 'M', 'gmf-vieuxmoulin.example'),
    'ipsl': _p('', 'Valérie', 'Guérin', 'IPS en soins de première ligne', 'Primary care nurse practitioner', 'v.guerin', None, 'F', 'clsc-troisruisseaux.example'),
    'ont': _p('Dr', 'Graham', 'Ashworth', 'Pathologist', 'Pathologist', 'gashworth', None, 'M', 'kingsbridge-gh.example'),
    'ont2': _p('', 'Tracy', 'Donnelly', 'Pathology secretary', 'Pathology secretary', 'tdonnelly', None, 'F', 'kingsbridge-gh.example'),
    'bel': _p('Dr', 'Thibaut', 'Van Roey', 'Anatomopathologiste', 'Pathologist', 'thibaut.vanroey', None, 'M', 'stverand.example'),
    'fra': _p('Pr', 'Agnès', 'Castaing', 'Anatomie et cytologie pathologiques', 'Pathologist', 'agnes.castaing', None, 'F', 'chu-vallon.example'),
    'regagent': _p('', 'Nathan', 'Lévêque', 'Agent de déclaration', 'Notification officer', 'declarations', None, 'M', 'registre-cancer.example'),
    'ins_fr': _p('', 'Caroline', 'Mercier', 'Analyste, invalidité', 'Disability analyst', 'c.mercier', None, 'F', 'borealvie.example'),
    'ins_en': _p('', 'Derek', 'Holloway', 'Disability claims analyst', 'Disability claims analyst', 'd.holloway', None, 'M', 'northshield.example'),
    'pharm': _p('', 'Isabelle', 'Ruel', 'Pharmacienne', 'Pharmacist', 'iruel', None, 'F', 'pharm-lemayruel.example'),
}

LISTS = {
    'pathos': ('Pathologistes HGPV', f'pathologistes@{D}'),
    'labo': ('Personnel du laboratoire de pathologie', f'labo-patho@{D}'),
    'cyto': ('Équipe de cytologie', f'cytologie@{D}'),
    'recep': ('Réception des spécimens', f'reception-specimens@{D}'),
    'secr': ('Secrétariat de pathologie', f'secretariat-patho@{D}'),
    'all': ('Tout le personnel - Laboratoires', f'tous-labos@{D}'),
    'tb': ('Comité des tumeurs', f'comite-tumeurs@{D}'),
    'med': ('Médecins HGPV', f'medecins@{D}'),
}

# --------------------------------------------------------------------------- NAM holders
def load_holders():
    out = []
    with open(NAMS_PATH, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            out.append({'surname': surname, 'given': given, 'dob': dob, 'sex': sex, 'nam': nam})
    return out


HOLDERS = load_holders()
HOLDER_SURNAMES = sorted({h['surname'] for h in HOLDERS})


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


_HS = {strip_accents(s).lower() for s in HOLDER_SURNAMES}

# --------------------------------------------------------------------------- other patients
SUR_FR = ['Tremblay', 'Côté', 'Bergeron', 'Lévesque', 'Gendron', 'Dufour', 'Lavoie', 'Ménard', 'Bisson',
          'Vézina', 'Desrosiers', 'Turcotte', 'Beaulieu', 'Leclerc', 'Lemieux', 'Hébert', 'Dion', 'Rioux',
          'Villeneuve', 'Charest', 'Boudreau', 'Plourde', 'Labbé', 'Auclair', 'Arsenault', 'Gaudreault',
          'Larouche', 'Pépin', 'Vaillancourt', 'Déziel', 'Ouimet', 'Robitaille', 'Grenier', 'Sirois',
          'Lachance', 'Bernier', 'Chouinard', 'Drolet', 'Lacasse', 'Fréchette', 'Provencher', 'Doucet']
SUR_EN = ["O'Neill", 'Patterson', 'Kowalski', 'Nguyen', 'Fitzgerald', 'Harrington', 'Murphy', 'Campbell',
          'Sinclair', 'Reid', 'Henderson', 'Khan', 'Singh', 'Okafor', 'Delgado', 'Petrov', 'Ferreira',
          'Graham', 'Sutherland', 'Brennan', 'Chen', 'Walsh', 'Kaur', 'Mensah', 'Abboud', 'Haddad', 'Novak',
          'Lindqvist', 'McAllister', 'Duarte']
SUR_BE = ['Vandenberghe', 'Lambert', 'Dubois', 'Peeters', 'Janssens', 'Mertens', 'Claes', 'Wauters']
SUR_FRA = ['Lefèvre', 'Garnier', 'Rousseau', 'Chevalier', 'Fontaine', 'Mercier', 'Blanchard', 'Perrin']
GIV_F_FR = ['Ginette', 'Lise', 'Francine', 'Jocelyne', 'Chantal', 'Mélanie', 'Isabelle', 'Nicole', 'Véronique',
            'Annie', 'Maude', 'Karine', 'Rosalie', 'Huguette', 'Thérèse', 'Murielle', 'Solange', 'Carole']
GIV_M_FR = ['Réjean', 'Gaétan', 'Normand', 'Yvon', 'Benoît', 'Sylvain', 'Mathieu', 'Éric', 'Jean-Guy',
            'Serge', 'Raymond', 'Alain', 'Luc', 'Roger', 'Denis', 'Bertrand']
GIV_F_EN = ['Margaret', 'Heather', 'Linda', 'Karen', 'Olivia', 'Priya', 'Grace', 'Deborah', 'Fiona', 'Amira',
            'Shirley', 'Joanne', 'Tanya', 'Aisha']
GIV_M_EN = ['Kevin', 'Douglas', 'Trevor', 'Arjun', 'Patrick', 'Gordon', 'Wei', 'Tomasz', 'Colin', 'Stuart',
            'Dwayne', 'Harold', 'Emeka', 'Neil']

STREETS_FR = ['rue des Érables', 'rang Saint-Édouard', 'avenue Laurier', 'rue Principale', 'chemin du Lac-Noir',
              'rue de la Fabrique', 'boulevard Taschereau', 'rue Sainte-Marguerite', 'montée des Pionniers',
              'rue du Ruisselet']
STREETS_EN = ['Maple Crescent', 'Lakeshore Road', 'Birch Street', 'Wellington Avenue', 'Orchard Lane',
              'Church Street', 'Pine Ridge Drive', 'Victoria Street']
TOWNS_QC = [('Pointe-Verchère', 'H9X 2K7'), ('Saint-Aurèle-de-Beauchemin', 'J0L 1B4'), ('Lac-Bellerive', 'J0K 3M9'),
            ('Sainte-Clothilde-des-Prés', 'J0S 1P2'), ('Val-Morency', 'J7R 4T1'), ('Île-Perrault', 'H9S 3E8')]
TOWNS_ON = [('Kingsbridge, ON', 'K6H 2N4'), ('Long Sault, ON', 'K0C 1P0'), ('Alexandria Mills, ON', 'K0C 1A3')]


class Patient:
    pass


def phone555(rng, area=None):
    area = area or rng.choice(['514', '450', '438', '579'])
    return f"{area} 555-01{rng.randint(0, 99):02d}"


def make_patient(rng, lang, kind='qc', sex=None, age=(25, 85), used=None):
    """Fictitious patient whose surname is never a NAM holder's surname."""
    p = Patient()
    p.sex = sex or rng.choice('FM')
    if kind == 'be':
        sur = SUR_BE
    elif kind == 'fra':
        sur = SUR_FRA
    elif kind == 'on' or lang == 'en':
        sur = SUR_EN + SUR_FR[:12]
    else:
        sur = SUR_FR
    for _ in range(100):
        s = rng.choice(sur)
        if p.sex == 'F':
            g = rng.choice(GIV_F_EN if (lang == 'en' and kind != 'be') else GIV_F_FR)
        else:
            g = rng.choice(GIV_M_EN if (lang == 'en' and kind != 'be') else GIV_M_FR)
        key = (s, g)
        if strip_accents(s).lower() not in _HS and (used is None or key not in used):
            break
    if used is not None:
        used.add((s, g))
    p.surname, p.given = s, g
    y = 2025 - rng.randint(*age)
    p.dob = date(y, rng.randint(1, 12), rng.randint(1, 28))
    p.mrn = f"{rng.randint(100000, 999999)}"
    p.nam = None
    if kind == 'on':
        town, pc = rng.choice(TOWNS_ON)
        p.address = f"{rng.randint(12, 988)} {rng.choice(STREETS_EN)}, {town} {pc}"
        p.phone = phone555(rng, '613')
    else:
        town, pc = rng.choice(TOWNS_QC)
        if lang == 'fr':
            p.address = f"{rng.randint(12, 988)}, {rng.choice(STREETS_FR)}, {town} (Québec) {pc}"
        else:
            p.address = f"{rng.randint(12, 988)} {rng.choice(STREETS_EN)}, {town}, QC {pc}"
        p.phone = phone555(rng)
    return p


def holder_patient(h, rng, lang):
    p = Patient()
    p.surname, p.given, p.sex, p.nam = h['surname'], h['given'], h['sex'], h['nam']
    y, m, d_ = (int(x) for x in h['dob'].split('-'))
    p.dob = date(y, m, d_)
    p.dob_iso = h['dob']
    p.mrn = f"{rng.randint(100000, 999999)}"
    town, pc = rng.choice(TOWNS_QC)
    if lang == 'fr':
        p.address = f"{rng.randint(12, 988)}, {rng.choice(STREETS_FR)}, {town} (Québec) {pc}"
    else:
        p.address = f"{rng.randint(12, 988)} {rng.choice(STREETS_EN)}, {town}, QC {pc}"
    p.phone = phone555(rng)
    return p


class HolderPool:
    """Hands out NAM holders in a seeded order; each is used in at most one positive."""

    def __init__(self, rng):
        self.items = list(HOLDERS)
        rng.shuffle(self.items)
        self.taken = set()

    def take(self, sex=None, years=(1900, 2100)):
        for j, h in enumerate(self.items):
            if (j not in self.taken and (sex is None or h['sex'] == sex)
                    and years[0] <= int(h['dob'][:4]) <= years[1]):
                self.taken.add(j)
                return h
        raise RuntimeError('NAM holders exhausted')


# --------------------------------------------------------------------------- identifiers
FW = {ord(c): chr(0xFF10 + i) for i, c in enumerate('0123456789')}


def fullwidth(s):
    return s.translate(FW)


def digits_only(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(c for c in s if c.isdigit())


def alnum_only(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(c for c in s if c.isalnum()).upper()


def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohip(rng):
    body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
    return body + luhn.calc_check_digit(body)


def ohip_valid(n):
    n = digits_only(n)
    return len(n) == 10 and luhn.is_valid(n)


def gen_niss(rng, dob, sex):
    for _ in range(1000):
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        first = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:03d}"
        base = int(('2' if dob.year >= 2000 else '') + first)
        chk = 97 - base % 97
        n = f"{first}{chk:02d}"
        if be_nn.is_valid(n):
            return n
    raise RuntimeError('niss')


def gen_nir(rng, dob, sex):
    for _ in range(1000):
        dept = rng.choice(['37', '41', '45', '49', '72', '86'])
        first = (('1' if sex == 'M' else '2') + f"{dob.year % 100:02d}{dob.month:02d}" + dept +
                 f"{rng.randint(1, 400):03d}{rng.randint(1, 350):03d}")
        key = 97 - int(first) % 97
        n = f"{first}{key:02d}"
        if fr_nir.is_valid(n):
            return n
    raise RuntimeError('nir')


def fmt_sin(n, style):
    return {'plain': n, 'space': f"{n[:3]} {n[3:6]} {n[6:]}", 'dash': f"{n[:3]}-{n[3:6]}-{n[6:]}",
            'dot': f"{n[:3]}.{n[3:6]}.{n[6:]}", 'fw': fullwidth(f"{n[:3]} {n[3:6]} {n[6:]}"),
            'slash': f"{n[:3]}/{n[3:6]}/{n[6:]}"}[style]


def fmt_ohip(n, style, vc=''):
    return {'plain': n + vc, 'space': f"{n[:4]} {n[4:7]} {n[7:]} {vc}".strip(),
            'dash': f"{n[:4]}-{n[4:7]}-{n[7:]}" + (f"-{vc}" if vc else ''),
            'dot': f"{n[:4]}.{n[4:7]}.{n[7:]}", 'fw': fullwidth(f"{n[:4]} {n[4:7]} {n[7:]}"),
            'slash': f"{n[:4]}/{n[4:7]}/{n[7:]}"}[style]


def fmt_niss(n, style):
    return {'plain': n, 'dot': f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            'space': f"{n[:6]} {n[6:9]} {n[9:]}", 'dash': f"{n[:6]}-{n[6:9]}-{n[9:]}",
            'fw': fullwidth(f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"),
            'slash': f"{n[:6]}/{n[6:9]}/{n[9:]}"}[style]


def fmt_nir(n, style):
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    return {'plain': n, 'space': ' '.join(parts), 'dot': '.'.join(parts[:-1]) + ' ' + parts[-1],
            'dash': '-'.join(parts), 'fw': fullwidth(' '.join(parts)), 'slash': '/'.join(parts)}[style]


def fmt_nam(n, style):
    return {'plain': n, 'space': f"{n[:4]} {n[4:8]} {n[8:]}", 'dash': f"{n[:4]}-{n[4:8]}-{n[8:]}",
            'dot': f"{n[:4]}.{n[4:8]}.{n[8:]}", 'fw': n[:4] + fullwidth(n[4:]),
            'lower': n.lower(), 'slash': f"{n[:4]}/{n[4:8]}/{n[8:]}",
            'wide': ' '.join(n)}[style]


def fmt_mrn(m, style, lang='fr'):
    return {'plain': m, 'h': f"H-{m}", 'zero': f"00{m}", 'space': f"{m[:3]} {m[3:]}",
            'dot': f"{m[:3]}.{m[3:]}", 'fw': fullwidth(m), 'slash': f"{m[:2]}/{m[2:4]}/{m[4:]}",
            'hash': f"#{m}"}[style]


def mrn_label(rng, lang):
    if lang == 'fr':
        return rng.choice(['No dossier', 'Dossier', 'N° de dossier', 'Dossier HGPV', 'No de dossier', '# dossier'])
    return rng.choice(['MRN', 'Chart #', 'Chart no.', 'Hosp. chart', 'MRN#', 'Medical record no.'])


# --------------------------------------------------------------------------- names and dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def fmt_date(d, style, lang='fr'):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'ymd_slash':
        return d.strftime('%Y/%m/%d')
    if style == 'long':
        if lang == 'fr':
            return f"{d.day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 'short':
        if lang == 'fr':
            return f"{d.day:02d}-{MOIS[d.month - 1][:3]}-{d.year}"
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    raise ValueError(style)


def title_for(p, lang):
    if lang == 'fr':
        return 'Mme' if p.sex == 'F' else 'M.'
    return 'Ms.' if p.sex == 'F' else 'Mr.'


def name_as(p, style, lang='fr'):
    g, s = p.given, p.surname
    if style == 'full':
        return f"{g} {s}"
    if style == 'title':
        return f"{title_for(p, lang)} {g} {s}"
    if style == 'title_sur':
        return f"{title_for(p, lang)} {s}"
    if style == 'upper_comma':
        return f"{s.upper()}, {g}"
    if style == 'upper_sur':
        return f"{s.upper()} {g}"
    if style == 'lower':
        return f"{g.lower()} {s.lower()}"
    if style == 'lower_sur':
        return f"{s.lower()}, {g.lower()}"
    if style == 'initial':
        return f"{g[0]}. {s}"
    if style == 'initial_upper':
        return f"{s.upper()} {g[0]}."
    if style == 'comma':
        return f"{s}, {g}"
    raise ValueError(style)


NAME_STYLES = ['full', 'title', 'title_sur', 'upper_comma', 'upper_sur', 'lower', 'lower_sur', 'initial',
               'initial_upper', 'comma']
# styles that still contain the full given name and surname (required for NAM holders)
FULL_STYLES = ['full', 'title', 'upper_comma', 'upper_sur', 'lower', 'lower_sur', 'comma']


def age_of(dob, ref=date(2025, 3, 15)):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------- accession numbers, dates
def accession(rng, kind='S'):
    return f"{kind}25-{rng.randint(1000, 19999):05d}"


BASE_DT = datetime(2025, 2, 3, 7, 30, tzinfo=timezone(timedelta(hours=-5)))


def msg_datetime(rng, idx):
    """Deterministic send time between February and May 2025, local Eastern time."""
    dt = BASE_DT + timedelta(days=(idx * 37) % 100, minutes=rng.randint(0, 11 * 60))
    if dt.weekday() >= 5:
        dt += timedelta(days=7 - dt.weekday())
    if dt.month >= 4 or (dt.month == 3 and dt.day >= 9):
        dt = dt.replace(tzinfo=timezone(timedelta(hours=-4)))
    return dt


def signature(person, lang, rng=None, short=False):
    if short:
        return f"{person.given}" if not person.title else f"{person.display}"
    lines = [person.display, person.role(lang)]
    if person.email.endswith('@' + D):
        lines.append(ORG['dept_fr'] if lang == 'fr' else ORG['dept_en'])
        lines.append(ORG['fr'] if lang == 'fr' else ORG['en'])
        lines.append(ORG['addr_fr'] if lang == 'fr' else ORG['addr_en'])
        tel = f"Tél. : {ORG['phone']}" if lang == 'fr' else f"Tel.: {ORG['phone']}"
        if person.ext:
            tel += f", poste {person.ext}" if lang == 'fr' else f" ext. {person.ext}"
        lines.append(tel)
    else:
        dom = person.email.split('@')[1]
        for k, (nm, dm, ph) in EXT.items():
            if dm == dom:
                lines.append(nm)
                lines.append(('Tél. : ' if lang == 'fr' else 'Tel.: ') + ph)
    lines.append(person.email)
    return '\n'.join(lines)


CONF_FOOTER = {
    'fr': "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
          "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
    'en': "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you received it "
          "in error, please delete it and notify the sender.",
}


def sub_rng(tag):
    return random.Random(f"{SEED}:{tag}")
