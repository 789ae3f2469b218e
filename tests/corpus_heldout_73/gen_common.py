"""Shared helpers: seeded RNG, people pools, identifiers, institutions, signatures.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 7373
HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_FILE = os.path.join(HERE, '..', 'blind_nams.txt')
REF_DATE = datetime.date(2025, 3, 1)


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.address = None
        self.city = None
        self.postal = None
        self.phone = None
        self.email = None
        self.mrn = None

    # name forms -------------------------------------------------------
    def full(self):
        return f'{self.given} {self.surname}'

    def title(self, lang='fr'):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def titled(self, lang='fr'):
        return f'{self.title(lang)} {self.full()}'

    def last_first(self):
        return f'{self.surname.upper()}, {self.given}'

    def initials_surname(self):
        return f'{self.given[0]}. {self.surname}'

    def lower(self):
        return f'{self.surname.lower()} {self.given.lower()}'

    def age(self, on=REF_DATE):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def dob_iso(self):
        return self.dob.isoformat()

    def dob_fr(self):
        return self.dob.strftime('%d/%m/%Y')

    def dob_long(self, lang='fr'):
        if lang == 'fr':
            d = self.dob.day
            return f"{'1er' if d == 1 else d} {MOIS[self.dob.month - 1]} {self.dob.year}"
        return f'{MONTHS[self.dob.month - 1]} {self.dob.day}, {self.dob.year}'


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def load_holders():
    out = []
    with open(NAMS_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(Person(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


HOLDERS = load_holders()
HOLDER_SURNAMES = {p.surname for p in HOLDERS}


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


# Staff surnames: never a NAM holder's surname, so negatives stay clean.
STAFF_SURNAMES = ['Tremblay', 'Côté', 'Lavoie', 'Bergeron', 'Gosselin', 'Leclerc', 'Lévesque',
                  'Desjardins', 'Ménard', 'Vachon', 'Dufour', 'Beaulieu', 'Gingras', 'Poulin',
                  'Fradette', 'Marcoux', 'Dion', 'Lemieux', 'Rioux', 'Demers', 'Carrier',
                  'Hébert', 'Turcotte', 'Pépin', 'Langlois', 'Drouin', 'Plante', 'Bérubé',
                  'Grenier', 'Labbé', 'Auclair', 'Boivin', 'Thériault', 'Corriveau', 'Nguyen',
                  'Haddad', 'Benali', 'Mukendi', 'Castillo', "O'Neill", 'Patel', 'Kowalski',
                  'Fitzgerald', 'Chen', 'Lachance', 'Brassard', 'Vézina', 'Sirois', 'Paradis']
STAFF_GIVEN_F = ['Isabelle', 'Nadia', 'Julie', 'Mélanie', 'Karine', 'Chantal', 'Véronique',
                 'Annie', 'Marie-Ève', 'Stéphanie', 'Catherine', 'Amélie', 'Audrey', 'Hélène',
                 'Rachel', 'Fatima', 'Linda', 'Kathleen', 'Émilie', 'Johanne']
STAFF_GIVEN_M = ['François', 'Mathieu', 'Sébastien', 'Éric', 'Patrick', 'Martin', 'Yannick',
                 'Olivier', 'Karim', 'Daniel', 'Steve', 'Hugo', 'Jean-François', 'Benoît',
                 'Kevin', 'Raphaël', 'Simon', 'Alexandre']

# Patient surnames without a NAM: also disjoint from holders' surnames.
PAT_SURNAMES = ['Bélisle', 'Charest', 'Lamontagne', 'Gervais', 'Ouimet', 'Trudel', 'Boisvert',
                'Lussier', 'Cormier', 'Bouffard', 'Picard', 'Rochette', 'Lafrance', 'Desrosiers',
                'Massé', 'Jodoin', 'Vaillancourt', 'Robitaille', 'Larouche', 'Comeau', 'Ndiaye',
                'Diallo', 'Joseph', 'Saint-Fleur', 'Alvarez', 'Rahimi', 'Petrov', 'Kelly',
                'Walsh', 'Harper', 'Sinclair', 'Nowak', 'Tran', 'Khoury', 'Lebrun', 'Aubé',
                'Giroux', 'Dumont', 'Légaré', 'Cyr', 'Proulx', 'Marchand', 'Villeneuve',
                'Bissonnette', 'Cadieux', 'Mercier', 'Daigle', 'Blais', 'Laberge', 'Gilbert']
PAT_GIVEN_F = ['Jessica', 'Audrey-Anne', 'Noémie', 'Valérie', 'Lucie', 'Aïcha', 'Rosalie',
               'Maude', 'Camille', 'Laurence', 'Ginette', 'Monique', 'Yvette', 'Brianna',
               'Olivia', 'Thérèse', 'Mireille', 'Léa', 'Zoé', 'Océane', 'Rita', 'Colette']
PAT_GIVEN_M = ['Jonathan', 'Maxime', 'Gabriel', 'Félix', 'Samuel', 'Rémi', 'Yves', 'Gaston',
               'Normand', 'Jérémie', 'Tyler', 'Ahmed', 'Mamadou', 'Wilfrid', 'Dylan', 'Noah',
               'Thomas', 'Réjean', 'Marcel', 'Denis', 'Loïc', 'Éloi']

STREETS = ['rue des Érables', 'boulevard Laurier', 'rue Principale', 'avenue du Parc',
           'rue Saint-Jacques', 'chemin du Lac-Noir', 'rue de la Fabrique', 'rang Saint-Joseph',
           'rue Notre-Dame Ouest', 'avenue des Pins', 'rue Champlain', 'boulevard des Forges',
           'rue King Est', 'Maple Street', 'rue Wellington Nord', 'montée du Moulin']
CITIES = [('Saint-Aubin-des-Bois', 'J0K'), ('Val-Cartier-Nord', 'G3A'), ('Lac-Boisé', 'J8L'),
          ('Rivière-aux-Saules', 'G0R'), ('Sainte-Adèle-du-Lac', 'J0T'), ('Pointe-Verte', 'H9R'),
          ('Beaumont-sur-Rive', 'G6W'), ('Port-Laurier', 'G4X'), ('Granby-Est', 'J2H'),
          ('Montréal', 'H2L'), ('Montréal', 'H4C'), ('Québec', 'G1K'), ('Gatineau', 'J8Y')]
AREA = ['418', '450', '514', '819', '438', '581', '873', '367']


class Ctx:
    """Per-run context with its own RNG and allocation state."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.holders = list(HOLDERS)
        self.rng.shuffle(self.holders)
        self.holder_use = {p.nam: 0 for p in self.holders}
        self.used_pat = set()
        self.serial = 0
        for p in self.holders:
            self._decorate(p)

    # -------------------------------------------------------------- basic
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def phone(self):
        return f'{self.pick(AREA)} 555-01{self.rng.randint(0, 99):02d}'

    def _decorate(self, p):
        r = self.rng
        city, fsa = r.choice(CITIES)
        p.address = f'{r.randint(12, 4890)}, {r.choice(STREETS)}'
        if r.random() < 0.3:
            p.address = f'{r.randint(1, 12)}-' + p.address
        p.city = city
        p.postal = f'{fsa} {r.randint(1, 9)}{r.choice("ABCEGHJKLMNPRSTVWXYZ")}{r.randint(0, 9)}'
        p.phone = self.phone()
        tag = fold(p.given.split('-')[0])[:6] + '.' + fold(p.surname).replace(' ', '').replace("'", '')[:8]
        p.email = f'{tag}{r.randint(1, 99)}@{r.choice(["courriel", "mail", "boite", "webmail"])}.example'
        p.mrn = self.mrn()

    def mrn(self):
        r = self.rng
        style = r.randint(0, 3)
        if style == 0:
            return f'{r.randint(100000, 999999)}'
        if style == 1:
            return f'H{r.randint(1000000, 9999999)}'
        if style == 2:
            return f'{r.randint(10, 99)}-{r.randint(10000, 99999)}'
        return f'0{r.randint(100000, 999999)}'

    # -------------------------------------------------------------- patients
    def holder(self, min_age=0, max_age=120, sex=None):
        cands = [p for p in self.holders if min_age <= p.age() <= max_age and (sex is None or p.sex == sex)]
        if not cands:
            cands = self.holders
        least = min(self.holder_use[p.nam] for p in cands)
        cands = [p for p in cands if self.holder_use[p.nam] == least]
        p = self.rng.choice(cands)
        self.holder_use[p.nam] += 1
        return p

    def patient(self, min_age=1, max_age=90, sex=None):
        r = self.rng
        for _ in range(500):
            sx = sex or r.choice('FM')
            given = r.choice(PAT_GIVEN_F if sx == 'F' else PAT_GIVEN_M)
            sur = r.choice(PAT_SURNAMES)
            if (given, sur) not in self.used_pat:
                break
        self.used_pat.add((given, sur))
        age = r.randint(min_age, max_age)
        y = REF_DATE.year - age - 1
        dob = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
        if self.age_ok(dob, min_age, max_age) is False:
            dob = datetime.date(REF_DATE.year - min_age - 1, 1, 15)
        p = Person(sur, given, dob, sx)
        self._decorate(p)
        return p

    @staticmethod
    def age_ok(dob, lo, hi):
        a = REF_DATE.year - dob.year - ((REF_DATE.month, REF_DATE.day) < (dob.month, dob.day))
        return lo <= a <= hi

    def staff(self, sex=None):
        r = self.rng
        sx = sex or r.choice('FFM')
        given = r.choice(STAFF_GIVEN_F if sx == 'F' else STAFF_GIVEN_M)
        return Staff(given, r.choice(STAFF_SURNAMES), sx)

    # -------------------------------------------------------------- ids
    def sin(self):
        r = self.rng
        while True:
            base = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
            n = base + luhn.calc_check_digit(base)
            if ca_sin.is_valid(n):
                return n

    def ohip(self):
        r = self.rng
        base = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
        n = base + luhn.calc_check_digit(base)
        assert luhn.is_valid(n)
        return n

    def niss(self, dob, sex):
        r = self.rng
        while True:
            cnt = r.randint(1, 997)
            if (cnt % 2 == 1) != (sex == 'M'):
                continue
            body = f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{cnt:03d}'
            base = ('2' + body) if dob.year >= 2000 else body
            chk = 97 - int(base) % 97
            n = f'{body}{chk:02d}'
            if be_nn.is_valid(n):
                return n

    def nir(self, dob, sex):
        r = self.rng
        while True:
            dept = r.choice(['75', '69', '13', '33', '44', '59', '35', '67', '31', '76'])
            body = f'{1 if sex == "M" else 2}{dob.year % 100:02d}{dob.month:02d}{dept}{r.randint(1, 999):03d}{r.randint(1, 999):03d}'
            n = body + fr_nir.calc_check_digits(body)
            if fr_nir.is_valid(n):
                return n

    # -------------------------------------------------------------- dates
    def day(self, start=datetime.date(2024, 9, 3), end=datetime.date(2025, 6, 20)):
        span = (end - start).days
        d = start + datetime.timedelta(days=self.rng.randint(0, span))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def dtime(self, d=None):
        d = d or self.day()
        h = self.rng.randint(7, 18)
        m = self.rng.randint(0, 59)
        s = self.rng.randint(0, 59)
        off = -4 if 3 <= d.month <= 10 else -5
        tz = datetime.timezone(datetime.timedelta(hours=off))
        return datetime.datetime(d.year, d.month, d.day, h, m, s, tzinfo=tz)

    def next_serial(self):
        self.serial += 1
        return self.serial


class Staff:
    def __init__(self, given, surname, sex):
        self.given = given
        self.surname = surname
        self.sex = sex

    def full(self):
        return f'{self.given} {self.surname}'

    def addr(self, domain):
        g = fold(self.given).replace(' ', '')
        s = fold(self.surname).replace(' ', '').replace("'", '')
        return f'{g}.{s}@{domain}'


# ---------------------------------------------------------------- formatting of ids
FW = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def fullwidth(s):
    return ''.join(FW.get(c, c) for c in s)


def fmt_nam(nam, style=0):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return [f'{a} {b} {c}', nam, f'{a}-{b}-{c}', f'{a}.{b}.{c}', f'{a} {b}{c}',
            f'{a}/{b}/{c}', fullwidth(f'{a} {b} {c}'), f'{a.lower()} {b} {c}',
            ' '.join(nam), f'{a}  {b}  {c}'][style]


def fmt_sin(n, style=0):
    return [f'{n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]}-{n[3:6]}-{n[6:]}', n,
            fullwidth(f'{n[:3]} {n[3:6]} {n[6:]}'), f'{n[:3]}.{n[3:6]}.{n[6:]}'][style]


def fmt_ohip(n, style=0, vc=''):
    return [f'{n[:4]} {n[4:7]} {n[7:]}{(" " + vc) if vc else ""}',
            f'{n[:4]}-{n[4:7]}-{n[7:]}{("-" + vc) if vc else ""}', n + vc,
            f'{n[:4]}.{n[4:7]}.{n[7:]}'][style]


def fmt_niss(n, style=0):
    return [be_nn.format(n), f'{n[:6]} {n[6:9]} {n[9:]}', n,
            f'{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}-{n[9:]}'][style]


def fmt_nir(n, style=0):
    return [fr_nir.format(n), n, f'{n[:13]} {n[13:]}', fr_nir.format(n, '.')][style]


# ---------------------------------------------------------------- institutions
ORGS = {
    'dsp': ('Direction de santé publique de la Côte-Boisée', 'dsp-coteboisee.example'),
    'ciusss': ('CIUSSS du Haut-Richelieu–Vallée', 'ciusss-hrv.example'),
    'clsc': ('CLSC des Érables', 'clsc-erables.example'),
    'clsc2': ('CLSC du Vieux-Moulin', 'clsc-vieuxmoulin.example'),
    'hosp': ('Hôpital Sainte-Adèle-du-Lac', 'hsadl.example'),
    'hosp2': ('Centre hospitalier régional de Port-Laurier', 'chrpl.example'),
    'lab': ('Laboratoire régional de microbiologie Val-Cartier', 'lrm-valcartier.example'),
    'chsld': ('CHSLD Saint-Aubin', 'chsld-staubin.example'),
    'chsld2': ('Résidence Les Jardins du Fleuve (RPA)', 'jardinsdufleuve.example'),
    'travel': ('Clinique santé-voyage Rive-Nord', 'santevoyage-rn.example'),
    'scs': ("Site de consommation supervisée L'Escale", 'lescale-scs.example'),
    'cdp': ('Clinique de dépistage ITSS Le Relais', 'cliniquelerelais.example'),
    'school': ('Centre de services scolaire des Trois-Lacs', 'cs3lacs.example'),
    'gmf': ('GMF de la Seigneurie', 'gmf-seigneurie.example'),
    'pharm': ('Pharmacie Rioux et Bérubé', 'pharm-rb.example'),
    'en_clinic': ('Westbrook Community Health Centre', 'westbrook-chc.example'),
    'en_hosp': ('Lakeshore Memorial Hospital', 'lakeshore-mh.example'),
    'ontario': ('Ottawa Valley Public Health Unit', 'ovphu.example'),
    'be': ('Cellule de surveillance des maladies infectieuses – AViSanté Wallonie', 'avisante-wallonie.example'),
    'be2': ('Centre hospitalier universitaire de Sambre-et-Meuse', 'chu-sambremeuse.example'),
    'fr': ("Agence régionale de santé Loire-Atlantique-Vendée – Veille sanitaire", 'ars-lav.example'),
    'fr2': ('Centre de lutte antituberculeuse de Nantes-Est', 'clat-nantes-est.example'),
    'dpj': ('Direction de la protection de la jeunesse – Côte-Boisée', 'dpj-coteboisee.example'),
    'msss': ('Ministère – Direction de la vigie sanitaire (fictif)', 'vigie-sanitaire.example'),
    'shelter': ('Maison d’hébergement Le Tremplin', 'letremplin.example'),
    'supplier': ('Distribution BioVacc Canada inc.', 'biovacc-distribution.example'),
}


def org(key):
    return ORGS[key]


ROLES_FR = ['Infirmière clinicienne – Maladies infectieuses', 'Médecin-conseil en santé publique',
            'Agente de planification, de programmation et de recherche', 'Épidémiologiste',
            'Technicienne en administration', 'Coordonnatrice – Programme de vaccination',
            'Infirmière – Équipe ITSS', 'Infirmier – Équipe TB', 'Intervenant de proximité',
            'Travailleuse sociale', 'Agente administrative', 'Conseillère en prévention des infections',
            'Infirmière scolaire', 'Chef de service – Protection', 'Pharmacienne']
ROLES_EN = ['Public Health Nurse', 'Medical Officer of Health', 'Epidemiologist',
            'Infection Control Practitioner', 'Program Coordinator', 'Outreach Worker',
            'Travel Health Nurse', 'Administrative Assistant', 'Data Analyst']


ROLE_BY_ORG = {
    'dsp': (['Infirmière clinicienne – Maladies infectieuses', 'Médecin-conseil en santé publique',
             'Agente de planification, de programmation et de recherche', 'Épidémiologiste',
             'Technicienne en administration', 'Coordonnatrice – Programme de vaccination',
             'Infirmière – Équipe ITSS', 'Infirmière – Équipe TB', 'Agente administrative'],
            ['Public Health Nurse', 'Medical Officer of Health', 'Epidemiologist', 'Program Coordinator',
             'Administrative Assistant', 'Data Analyst']),
    'ciusss': (['Conseillère en ressources humaines', 'Technicienne en administration', 'Conseillère en communication',
                'Agente administrative'], ['HR Advisor', 'Administrative Assistant']),
    'clsc': (['Infirmière clinicienne', 'Agente administrative', 'Travailleuse sociale', 'Infirmière – Services courants',
              'Assistante au supérieur immédiat'], ['Nurse', 'Clerk', 'Social Worker']),
    'hosp': (['Infirmière – Prévention des infections', 'Archiviste médicale', 'Agente administrative – Urgence',
              'Microbiologiste-infectiologue'], ['Infection Control Practitioner', 'Health Records Technician', 'Unit Clerk']),
    'lab': (['Technologiste médicale', 'Microbiologiste', 'Agente administrative – Laboratoire'],
            ['Medical Technologist', 'Lab Clerk']),
    'chsld': (['Conseillère en prévention des infections', 'Infirmière-chef', 'Directrice des soins'],
              ['Infection Control Lead', 'Director of Care']),
    'travel': (['Infirmière en santé-voyage', 'Agente administrative'], ['Travel Health Nurse', 'Clinic Clerk']),
    'scs': (['Intervenante de proximité', 'Infirmière de proximité', 'Coordonnatrice clinique', 'Travailleuse sociale'],
            ['Outreach Worker', 'Harm Reduction Nurse', 'Clinical Coordinator']),
    'cdp': (['Infirmière – Dépistage ITSS', 'Médecin', 'Agente administrative'], ['Sexual Health Nurse', 'Clerk']),
    'school': (['Infirmière scolaire', 'Secrétaire d’école', 'Directrice adjointe'], ['School Nurse', 'Vice-Principal']),
    'gmf': (['Infirmière praticienne spécialisée', 'Médecin de famille', 'Adjointe administrative'],
            ['Nurse Practitioner', 'Family Physician', 'Office Manager']),
    'pharm': (['Pharmacienne', 'Assistante technique en pharmacie'], ['Pharmacist', 'Pharmacy Technician']),
    'en_clinic': (['Infirmière clinicienne', 'Réceptionniste'], ['Community Health Nurse', 'Nurse Practitioner', 'Receptionist']),
    'ontario': (['Infirmière en santé publique'], ['Public Health Nurse', 'Epidemiologist', 'Program Manager']),
    'be': (['Médecin inspecteur d’hygiène', 'Infirmière de surveillance', 'Chargée de projets', 'Épidémiologiste'], ['Epidemiologist']),
    'fr': (['Médecin de santé publique – Veille sanitaire', 'Infirmière – Veille sanitaire', 'Ingénieure d’études sanitaires',
            'Chargée de mission'], ['Public Health Officer']),
    'dpj': (['Intervenante – Réception et traitement des signalements'], ['Intake Worker']),
    'msss': (['Agente de recherche'], ['Research Officer']),
    'shelter': (['Intervenante', 'Coordonnatrice'], ['Case Worker']),
    'supplier': (['Service à la clientèle', 'Comptes recevables', 'Affaires réglementaires'],
                 ['Customer Service', 'Accounts Receivable']),
}
ROLE_BY_ORG.update({'clsc2': ROLE_BY_ORG['clsc'], 'hosp2': ROLE_BY_ORG['hosp'], 'en_hosp': ROLE_BY_ORG['hosp'],
                    'chsld2': ROLE_BY_ORG['chsld'], 'be2': ROLE_BY_ORG['be'], 'fr2': ROLE_BY_ORG['fr']})

_MASC = [('Infirmière', 'Infirmier'), ('Conseillère', 'Conseiller'), ('Agente', 'Agent'), ('Technicienne', 'Technicien'),
         ('Coordonnatrice', 'Coordonnateur'), ('Travailleuse', 'Travailleur'), ('Pharmacienne', 'Pharmacien'),
         ('Chercheuse', 'Chercheur'), ('Intervenante', 'Intervenant'), ('Directrice', 'Directeur'),
         ('Assistante', 'Assistant'), ('Chargée', 'Chargé'), ('Ingénieure', 'Ingénieur'), ('Adjointe', 'Adjoint'),
         ('médicale', 'médical'), ('praticienne spécialisée', 'praticien spécialisé'), ('clinicienne', 'clinicien'),
         ('Réceptionniste', 'Réceptionniste'), ('Secrétaire', 'Secrétaire')]


def gender_role(role, sex):
    import re as _re
    if sex == 'M':
        for f, m in _MASC:
            role = _re.sub(r'\b' + f + r'\b', m, role)
    else:
        for f, m in _MASC:
            role = _re.sub(r'\b' + m + r'\b(?!e)', f, role)
    return role


def signature(ctx, staff, orgkey, lang='fr', role=None, short=False):
    name, dom = org(orgkey)
    r = ctx.rng
    pools = ROLE_BY_ORG.get(orgkey, (ROLES_FR, ROLES_EN))
    role = role or r.choice(pools[0] if lang == 'fr' else pools[1])
    role = gender_role(role, staff.sex)
    ph = ctx.phone()
    ext = r.randint(2000, 7999)
    if short:
        return f'{staff.given[0]}. {staff.surname}' if r.random() < 0.5 else staff.given
    style = r.randint(0, 3)
    if lang == 'fr':
        lines = [staff.full(), role, name]
        if style == 0:
            lines += [f'Tél. : {ph}, poste {ext}', f'Téléc. : {ctx.phone()}']
        elif style == 1:
            lines += [f'{ph} p. {ext}', staff.addr(dom)]
        elif style == 2:
            lines = [f'{staff.full()} | {role}', name, f'T {ph} #{ext}']
        else:
            lines += [f'Téléphone : {ph}', '',
                      "AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement au destinataire "
                      "visé. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur."]
    else:
        lines = [staff.full(), role, name]
        if style in (0, 1):
            lines += [f'Tel: {ph} ext. {ext}']
        elif style == 2:
            lines = [f'{staff.full()}, {role}', name, f'P: {ph} | F: {ctx.phone()}']
        else:
            lines += [f'Phone {ph}', '',
                      'This e-mail may contain privileged information. If you are not the intended '
                      'recipient, please delete it and notify the sender.']
    return '\n'.join(lines)


def greet(ctx, lang, who=None):
    r = ctx.rng
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour {g},', 'Allô {g},', 'Salut {g},', 'Bonjour à tous,',
                'Madame, Monsieur,', 'Bon matin,', 'Bonjour {g}, ']
    else:
        opts = ['Hi,', 'Hi {g},', 'Hello {g},', 'Good morning,', 'Dear colleagues,', 'Hello all,']
    g = r.choice(opts)
    if '{g}' in g:
        g = g.format(g=who.given if who else '')
        if g.strip() in ('Bonjour ,', 'Hi ,', 'Hello ,', 'Allô ,', 'Salut ,'):
            g = 'Bonjour,' if lang == 'fr' else 'Hi,'
    return g.rstrip()


def closing(ctx, lang):
    if lang == 'fr':
        return ctx.pick(['Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,',
                         'Merci à l’avance,', 'Au plaisir,', 'Bonne fin de journée,', 'Salutations,'])
    return ctx.pick(['Thanks,', 'Thank you,', 'Best regards,', 'Regards,', 'Cheers,', 'Many thanks,'])


def fr_date(d, weekday=False):
    s = f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    return (JOURS[d.weekday()] + ' ' + s) if weekday else s


def en_date(d, weekday=False):
    s = f'{MONTHS[d.month - 1]} {d.day}, {d.year}'
    return (DAYS[d.weekday()] + ', ' + s) if weekday else s


def ldate(d, lang, weekday=False):
    return fr_date(d, weekday) if lang == 'fr' else en_date(d, weekday)


# ---------------------------------------------------------------- envelopes, quoting
FUNCTIONAL = {
    'dsp': [('Vigie sanitaire – MADO', 'vigie.mado'), ('Équipe Tuberculose', 'equipe.tb'),
            ('Équipe ITSS', 'itss'), ('Immunisation – Vaccination', 'vaccination'),
            ('Santé environnementale', 'sante.env'), ('Maladies infectieuses – garde', 'mi.garde')],
    'clsc': [('Accueil santé', 'accueil'), ('Vaccination CLSC', 'vaccin')],
    'lab': [('Résultats – Microbiologie', 'resultats.micro')],
    'travel': [('Rendez-vous santé-voyage', 'rdv')],
    'scs': [('Coordination', 'coordination')],
}


def envelope(ctx, from_org, to_org, lang='fr', sender=None, recipient=None, functional_to=False,
             cc_org=None, box=None):
    s = sender or ctx.staff()
    r = recipient or ctx.staff()
    fdom = org(from_org)[1]
    tdom = org(to_org)[1]
    spec = {'frm': (s.full(), s.addr(fdom)), 'date': ctx.dtime()}
    if functional_to and to_org in FUNCTIONAL:
        opts = FUNCTIONAL[to_org]
        if box is not None:
            opts = [o for o in opts if o[1] == box] or opts
        nm, bx = ctx.pick(opts)
        spec['to'] = [(nm, f'{bx}@{tdom}')]
    else:
        spec['to'] = [(r.full(), r.addr(tdom))]
    if cc_org:
        c = ctx.staff()
        spec['cc'] = [(c.full(), c.addr(org(cc_org)[1]))]
    return spec, s, r


def hdr_date(dt, lang):
    if lang == 'fr':
        return f'{JOURS[dt.weekday()]} {dt.day} {MOIS[dt.month - 1]} {dt.year} {dt:%H:%M}'
    return f'{DAYS[dt.weekday()]}, {MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt:%I:%M %p}'


def quote_block(ctx, lang, frm, dt, subject, body, to=None, style=None):
    style = style or ctx.pick(['gt', 'outlook', 'outlook'])
    name, addr = frm
    if style == 'gt':
        if lang == 'fr':
            head = f'Le {hdr_date(dt, lang)}, {name} <{addr}> a écrit :'
        else:
            head = f'On {hdr_date(dt, lang)}, {name} <{addr}> wrote:'
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n'))
    if lang == 'fr':
        lines = ['-----Message d\'origine-----' if ctx.chance(0.5) else '________________________________',
                 f'De : {name} <{addr}>', f'Envoyé : {hdr_date(dt, lang)}']
        if to:
            lines.append(f'À : {to[0]} <{to[1]}>')
        lines.append(f'Objet : {subject}')
    else:
        lines = ['-----Original Message-----' if ctx.chance(0.5) else '________________________________',
                 f'From: {name} <{addr}>', f'Sent: {hdr_date(dt, lang)}']
        if to:
            lines.append(f'To: {to[0]} <{to[1]}>')
        lines.append(f'Subject: {subject}')
    return '\n'.join(lines) + '\n\n' + body


def forward_block(lang, frm, dt, subject, body, to=None):
    if lang == 'fr':
        lines = ['---------- Message transféré ---------', f'De : {frm[0]} <{frm[1]}>',
                 f'Date : {hdr_date(dt, lang)}', f'Objet : {subject}']
        if to:
            lines.append(f'À : {to[0]} <{to[1]}>')
    else:
        lines = ['---------- Forwarded message ---------', f'From: {frm[0]} <{frm[1]}>',
                 f'Date: {hdr_date(dt, lang)}', f'Subject: {subject}']
        if to:
            lines.append(f'To: {to[0]} <{to[1]}>')
    return '\n'.join(lines) + '\n\n' + body


def earlier(ctx, dt, hours=(1, 72)):
    import datetime as _dt
    d = dt - _dt.timedelta(hours=ctx.rng.randint(*hours), minutes=ctx.rng.randint(0, 59))
    if d.hour < 7 or d.hour > 21:
        d = d.replace(hour=ctx.rng.randint(8, 20))
    return d


def name_form(ctx, p, lang='fr', forms=None):
    """A varied way of writing a patient's name."""
    forms = forms or ['full', 'titled', 'last_first', 'full', 'titled']
    f = ctx.pick(forms)
    if f == 'full':
        return p.full()
    if f == 'titled':
        return p.titled(lang)
    if f == 'last_first':
        return p.last_first()
    if f == 'initials':
        return p.initials_surname()
    if f == 'lower':
        return p.lower()
    if f == 'upper':
        return f'{p.surname.upper()} {p.given.upper()}'
    return p.full()
