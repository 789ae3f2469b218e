"""Shared helpers: seed, people, identifiers, formatting and the per-message context.

Everything here is invented. Domains end in .example, phone numbers use 555-01xx.
"""
import datetime
import os
import random
import textwrap
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25202
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss',
         'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']

DOMAIN = 'carrefour-clinique.example'
CLINIC = {
    'fr': 'Clinique Carrefour — Santé sexuelle et Médecine des voyages',
    'en': 'Carrefour Clinic — Sexual Health & Travel Medicine',
    'addr_fr': '1180, rue des Tisserands, bureau 300, Gatineau (Québec) J8T 0A4',
    'addr_en': '1180 rue des Tisserands, Suite 300, Gatineau, QC J8T 0A4',
    'tel': '819-555-0140', 'fax': '819-555-0141', 'travel': '819-555-0143',
}

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fold(s):
    """Lower case, accents removed, compatibility forms folded (full-width digits)."""
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return s.lower()


def alnum(s):
    return ''.join(c for c in fold(s) if c.isalnum()).upper()


# ---------------------------------------------------------------- staff ----
class Staff:
    def __init__(self, key, given, surname, cred_fr, cred_en, role_fr, role_en, ext, dr=False,
                 domain=DOMAIN, sex='F'):
        self.key, self.given, self.surname = key, given, surname
        self.cred_fr, self.cred_en, self.role_fr, self.role_en = cred_fr, cred_en, role_fr, role_en
        self.ext, self.dr, self.domain, self.sex = ext, dr, domain, sex
        base = fold(given).replace(' ', '').replace('-', '').replace("'", '')
        sur = fold(surname).replace(' ', '').replace('-', '').replace("'", '')
        self.email = f'{base[0]}.{sur}@{domain}' if key != 'generic' else f'{given}@{domain}'

    @property
    def full(self):
        return f'{self.given} {self.surname}'

    def title(self, lang):
        if self.dr:
            return ('Dre ' if self.sex == 'F' else 'Dr ') + self.surname if lang == 'fr' else 'Dr. ' + self.surname
        if lang == 'fr':
            return ('Mme ' if self.sex == 'F' else 'M. ') + self.surname
        return ('Ms. ' if self.sex == 'F' else 'Mr. ') + self.surname

    def addr(self):
        return (self.full, self.email)


STAFF = {s.key: s for s in [
    Staff('vaillancourt', 'Hélène', 'Vaillancourt', 'M.D.', 'MD', 'Médecin, santé sexuelle', 'Physician, sexual health', 221, True),
    Staff('okafor', 'Samuel', 'Okafor', 'M.D., FRCPC', 'MD, FRCPC', 'Médecin-conseil, médecine des voyages', 'Travel medicine physician', 232, True, sex='M'),
    Staff('desjardins', 'Mireille', 'Desjardins', 'M.D.', 'MD', 'Médecin, clinique PrEP', 'Physician, PrEP clinic', 224, True),
    Staff('lindqvist', 'Thomas', 'Lindqvist', 'M.D.', 'MD', 'Médecin de famille', 'Family physician', 226, True, sex='M'),
    Staff('chartrand', 'Isabelle', 'Chartrand', 'inf. clin.', 'RN', 'Infirmière clinicienne — IPPAP', 'Clinical nurse — partner notification', 214),
    Staff('arsenault', 'Kevin', 'Arsenault', 'inf.', 'RN', 'Infirmier, santé-voyage', 'Travel health nurse', 236, sex='M'),
    Staff('haddad', 'Nadia', 'Haddad', 'IPSPL', 'NP', 'Infirmière praticienne spécialisée', 'Nurse practitioner', 218),
    Staff('patel', 'Priya', 'Patel', 'inf. clin.', 'RN, BScN', 'Coordonnatrice PrEP', 'PrEP program coordinator', 219),
    Staff('beaulieu', 'Julie', 'Beaulieu', '', '', 'Agente administrative', 'Administrative officer', 201),
    Staff('bedard', 'Marc-André', 'Bédard', '', '', 'Chef d’administration de programmes', 'Program manager', 205, sex='M'),
    Staff('lemieux', 'Sophie', 'Lemieux', 'pharm.', 'BPharm', 'Pharmacienne', 'Pharmacist', 240),
    Staff('fitzgerald', 'Daniel', 'Fitzgerald', '', '', 'Technicien en informatique', 'IT technician', 290, sex='M'),
    Staff('proulx', 'Chantal', 'Proulx', 'CRHA', 'CHRP', 'Conseillère en ressources humaines', 'HR advisor', 280),
    Staff('gosselin', 'Amélie', 'Gosselin', '', '', 'Archiviste médicale', 'Health records technician', 203),
    Staff('daigle', 'Éric', 'Daigle', '', '', 'Responsable des installations', 'Facilities supervisor', 295, sex='M'),
    Staff('comeau', 'Lucie', 'Comeau', '', '', 'Gestionnaire, services ambulatoires', 'Manager, ambulatory services', 206),
    Staff('kowalski', 'Emma', 'Kowalski', 'RN', 'RN', 'Infirmière, santé-voyage', 'Travel health nurse', 237),
    Staff('mercier', 'Gabriel', 'Mercier', 'T.S.', 'MSW', 'Travailleur social', 'Social worker', 250, sex='M'),
]}
STAFF['ahmed'] = Staff('ahmed', 'Rami', 'Ahmed', 'M.D.', 'MD', 'Microbiologiste-infectiologue', 'Medical microbiologist', 0, True, 'hrc-collines.example', 'M')
STAFF['benjelloun'] = Staff('benjelloun', 'Aïcha', 'Benjelloun', 'M.D.', 'MD', 'Médecin-conseil, maladies infectieuses', 'Public health physician', 0, True, 'dsp-collines.example')
STAFF['obrien'] = Staff('obrien', 'Patrick', "O'Brien", 'MD', 'MD', 'Médecin-hygiéniste adjoint', 'Associate Medical Officer of Health', 0, True, 'eastbank-ph.example', 'M')
STAFF['nguyen'] = Staff('nguyen', 'Linh', 'Nguyen', 'T.M.', 'MLT', 'Technologiste médicale', 'Medical laboratory technologist', 0, False, 'hrc-collines.example')
STAFF['rioux'] = Staff('rioux', 'Valérie', 'Rioux', 'inf.', 'RN', 'Infirmière en maladies infectieuses', 'Communicable disease nurse', 0, False, 'dsp-collines.example')
STAFF['hebert'] = Staff('hebert', 'Josiane', 'Hébert', 'pharm.', 'BPharm', 'Pharmacienne propriétaire', 'Pharmacist-owner', 0, False, 'pharmacie-ruisseau.example')
STAFF['singh'] = Staff('singh', 'Arjun', 'Singh', 'RPh', 'RPh', 'Pharmacien', 'Pharmacist', 0, False, 'rideaupharmacy.example', 'M')
STAFF['villeneuve'] = Staff('villeneuve', 'Catherine', 'Villeneuve', '', '', 'Gestionnaire de réclamations', 'Claims examiner', 0, False, 'boreal-assurances.example')
STAFF['drouin'] = Staff('drouin', 'Martin', 'Drouin', '', '', 'Représentant', 'Account representative', 0, False, 'distrivax.example', 'M')
STAFF['labelle'] = Staff('labelle', 'Nathan', 'Labelle', 'M.D.', 'MD', 'Urgentologue', 'Emergency physician', 0, True, 'hrc-collines.example', 'M')
STAFF['therrien'] = Staff('therrien', 'Karine', 'Therrien', 'M.D.', 'MD', 'Médecin de famille, GMF des Rapides', 'Family physician', 0, True, 'gmf-rapides.example')
STAFF['campeau'] = Staff('campeau', 'Sylvain', 'Campeau', '', '', 'Intervenant communautaire', 'Community outreach worker', 0, False, 'maison-passage.example', 'M')
STAFF['fleming'] = Staff('fleming', 'Grace', 'Fleming', 'MD', 'MD', 'Médecin de famille', 'Family physician', 0, True, 'glebefamilyhealth.example')
STAFF['tanaka'] = Staff('tanaka', 'Hiro', 'Tanaka', '', '', 'Claims adjuster', 'Claims adjuster', 0, False, 'mapleshield.example', 'M')

CLINIC_STAFF = [k for k, s in STAFF.items() if s.domain == DOMAIN]


def signature(st, lang, style=0):
    """A signature block; clinic phone numbers and addresses are not patient data."""
    org = CLINIC['fr'] if lang == 'fr' else CLINIC['en']
    if st.domain != DOMAIN:
        org = EXT_ORG.get(st.domain, (st.domain, st.domain))[0 if lang == 'fr' else 1]
    cred = st.cred_fr if lang == 'fr' else st.cred_en
    role = st.role_fr if lang == 'fr' else st.role_en
    name = ('Dre ' if st.sex == 'F' else 'Dr ') + st.full if (st.dr and lang == 'fr' and style == 2) else st.full
    if style == 1:
        return f'-- \n{st.given}'
    if style == 3:
        return f'{st.given[0]}{st.surname[0]}'
    lines = [name + (', ' + cred if cred else ''), role, org]
    if st.domain == DOMAIN:
        addr = CLINIC['addr_fr'] if lang == 'fr' else CLINIC['addr_en']
        lines.append(addr)
        if lang == 'fr':
            lines.append(f'Tél. : {CLINIC["tel"]}, poste {st.ext} | Téléc. : {CLINIC["fax"]}')
        else:
            lines.append(f'Tel. {CLINIC["tel"]} ext. {st.ext} | Fax {CLINIC["fax"]}')
    else:
        lines.append(EXT_PHONE.get(st.domain, '819-555-0100'))
    return '\n'.join(lines)


EXT_ORG = {
    'hrc-collines.example': ('Laboratoire de microbiologie, Hôpital régional des Collines',
                             'Microbiology laboratory, Hôpital régional des Collines'),
    'dsp-collines.example': ('Direction de santé publique des Collines — Maladies infectieuses',
                             'Direction de santé publique des Collines — Infectious diseases'),
    'eastbank-ph.example': ('Santé publique Eastbank', 'Eastbank Public Health Unit'),
    'pharmacie-ruisseau.example': ('Pharmacie du Ruisseau', 'Pharmacie du Ruisseau'),
    'rideaupharmacy.example': ('Pharmacie Rideau', 'Rideau Pharmacy'),
    'boreal-assurances.example': ('Assurances Boréal — Réclamations voyage', 'Boréal Insurance — Travel claims'),
    'distrivax.example': ('Distrivax inc.', 'Distrivax Inc.'),
    'gmf-rapides.example': ('GMF des Rapides', 'GMF des Rapides'),
    'maison-passage.example': ('Maison Passage — hébergement et accompagnement', 'Maison Passage — housing support'),
    'glebefamilyhealth.example': ('Glebe Family Health Team', 'Glebe Family Health Team'),
    'mapleshield.example': ('Maple Shield Assurance voyage', 'Maple Shield Travel Insurance'),
}
EXT_PHONE = {
    'hrc-collines.example': 'Tél. 819-555-0160', 'dsp-collines.example': 'Tél. 819-555-0170',
    'eastbank-ph.example': 'Tel. 613-555-0180', 'pharmacie-ruisseau.example': 'Tél. 819-555-0152',
    'rideaupharmacy.example': 'Tel. 613-555-0155', 'boreal-assurances.example': '1-800-555-0190',
    'distrivax.example': '1-888-555-0193', 'gmf-rapides.example': 'Tél. 819-555-0165',
    'maison-passage.example': 'Tél. 819-555-0176', 'glebefamilyhealth.example': 'Tel. 613-555-0167',
    'mapleshield.example': '1-877-555-0195',
}

DISCLAIMER_FR = ('AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. '
                 'Si vous l’avez reçu par erreur, veuillez en aviser l’expéditeur et le détruire.')
DISCLAIMER_EN = ('CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you '
                 'received it in error, please notify the sender and delete it.')

# ------------------------------------------------------------- patients ----
NAM_SURNAMES = set()


def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(dict(surname=sur, given=given, dob=datetime.date.fromisoformat(dob), sex=sex, nam=nam))
            NAM_SURNAMES.add(sur)
    return out


class Patient:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.sin = self.ohn = self.niss = self.nir = self.mrn = None
        self.phone = self.address = None

    @property
    def full(self):
        return f'{self.given} {self.surname}'


SYN_FR = [('Véronique', 'Turcotte', 'F'), ('Mathieu', 'Lachance', 'M'), ('Karine', 'Dumont', 'F'),
          ('Alexandre', 'Pichette', 'M'), ('Catherine', 'Marchand', 'F'), ('Jonathan', 'Asselin', 'M'),
          ('Mélanie', 'Bisson', 'F'), ('Félix', 'Charron', 'M'), ('Stéphanie', 'Fontaine', 'F'),
          ('Maxime', 'Guérin', 'M'), ('Annie', 'Jolicoeur', 'F'), ('Patrick', 'Lafleur', 'M'),
          ('Valérie', 'Mailloux', 'F'), ('Sébastien', 'Nolet', 'M'), ('Audrey', 'Pagé', 'F'),
          ('Olivier', 'Quesnel', 'M'), ('Dominique', 'Sauvé', 'F'), ('Yannick', 'Thériault', 'M'),
          ('Marie-Ève', 'Vézina', 'F'), ('Guillaume', 'Beauchemin', 'M'), ('Kim', 'Cyr', 'F'),
          ('Jean-François', 'Lavallée', 'M'), ('Émilie', 'Desrosiers', 'F'), ('Francis', 'Poulin', 'M'),
          ('Noémie', 'Rancourt', 'F'), ('Rémi', 'Brisebois', 'M'), ('Gabrielle', 'Lortie', 'F'),
          ('Étienne', 'Corbeil', 'M'), ('Laurence', 'Duquette', 'F'), ('Hugo', 'Marcoux', 'M'),
          ('Sandrine', 'Béliveau', 'F'), ('Vincent', 'Gingras', 'M'), ('Josianne', 'Lacasse', 'F'),
          ('Mathis', 'Dionne', 'M'), ('Caroline', 'Paiement', 'F'), ('Antoine', 'Legault', 'M'),
          ('Myriam', 'Bolduc', 'F'), ('Samuel', 'Larivière', 'M'), ('Isabeau', 'Cournoyer', 'F'),
          ('Jérémie', 'Auclair', 'M'), ('Ariane', 'Fréchette', 'F'), ('Raphaël', 'Tessier', 'M'),
          ('Chloé', 'Brassard', 'F'), ('Louis-Philippe', 'Jodoin', 'M'), ('Maude', 'Lemay', 'F'),
          ('Benoît', 'Charbonneau', 'M'), ('Élodie', 'Trudel', 'F'), ('Zacharie', 'Plamondon', 'M'),
          ('Florence', 'Giguère', 'F'), ('Denis', 'Ménard', 'M')]
SYN_EN = [('Kevin', 'Wong', 'M'), ('Ana', 'Delgado', 'F'), ('Kwame', 'Mensah', 'M'), ('Harpreet', 'Kaur', 'F'),
          ('Rania', 'Abboud', 'F'), ('Abdi', 'Farah', 'M'), ('Petra', 'Novak', 'F'), ('Ji-woo', 'Kim', 'F'),
          ('Sean', 'Murphy', 'M'), ('Erin', 'Walsh', 'F'), ('Daniel', 'Hughes', 'M'), ('Brianna', 'Kelly', 'F'),
          ('Jordan', 'Price', 'M'), ('Lucas', 'Ferreira', 'M'), ('Mariam', 'Diallo', 'F'), ('Ousmane', 'Cissé', 'M'),
          ('Yasmine', 'Benali', 'F'), ('Dmitri', 'Petrov', 'M'), ('Camila', 'Alvarez', 'F'), ('Ken', 'Nakamura', 'M'),
          ('Ama', 'Osei', 'F'), ('Miguel', 'Reyes', 'M'), ('Fiona', 'Campbell', 'F'), ('Tyler', 'Bennett', 'M'),
          ('Chloe', 'Marsh', 'F'), ('Marcus', 'Grant', 'M'), ('Leah', 'Goldberg', 'F'), ('Omar', 'Siddiqui', 'M'),
          ('Hannah', 'Fraser', 'F'), ('Nikhil', 'Rao', 'M'), ('Megan', 'Doyle', 'F'), ('Ryan', 'Sutherland', 'M'),
          ('Aisha', 'Bello', 'F'), ('Connor', 'McLeod', 'M'), ('Sophia', 'Russo', 'F'), ('Ethan', 'Park', 'M'),
          ('Grace', 'Okonkwo', 'F'), ('Noah', 'Friedman', 'M'), ('Zara', 'Hussain', 'F'), ('Julian', 'Moreno', 'M'),
          ('Olivia', 'Chan', 'F'), ('Caleb', 'Whitfield', 'M'), ('Nadia', 'Karimi', 'F'), ('Isaac', 'Levine', 'M'),
          ('Maya', 'Thompson', 'F'), ('Andre', 'Baptiste', 'M'), ('Rosa', 'Castillo', 'F'), ('Felix', 'Schmidt', 'M'),
          ('Priyanka', 'Iyer', 'F'), ('Marco', 'Bianchi', 'M'), ('Tessa', 'Lund', 'F'), ('Jamal', 'Robinson', 'M'),
          ('Ingrid', 'Halvorsen', 'F'), ('Victor', 'Lindahl', 'M')]
SYN_BE = [('Lotte', 'Van den Broeck', 'F'), ('Jonas', 'Peeters', 'M'), ('Amandine', 'Dubois', 'F'),
          ('Thibaut', 'Lambert', 'M'), ('Elise', 'Claes', 'F'), ('Arnaud', 'Wauters', 'M')]
SYN_FRANCE = [('Mathilde', 'Garnier', 'F'), ('Théo', 'Lefebvre', 'M'), ('Clémence', 'Rousseau', 'F'),
              ('Baptiste', 'Bernard', 'M'), ('Inès', 'Moreau', 'F'), ('Quentin', 'Girardot', 'M')]

STREETS_QC = ['rue des Pivoines', 'rue Labrosse', 'boul. de la Cité-des-Jeunes', 'rue Papineau-Sud',
              'rue du Sommet-Vert', 'chemin de la Savane', 'rue Jean-Dallaire', 'rue des Hirondelles',
              'avenue du Golf-Nord', 'rue Saint-Rédempteur-Est', 'rue de la Futaie', 'rue Notre-Dame-de-l’Île']
CITIES_QC = [('Gatineau', 'J8Y'), ('Gatineau', 'J9H'), ('Chelsea', 'J9B'), ('Cantley', 'J8V'),
             ('Val-des-Monts', 'J8N'), ('Gatineau', 'J8P')]
STREETS_ON = ['Larch Crescent', 'Bayview Terrace', 'Fernhill Avenue', 'Cobalt Lane', 'Driftwood Street',
              'Kilbarry Road', 'Meadowlark Drive', 'Wren Court']


class PatientFactory:
    """Hands out patients without repetition, deterministically."""

    def __init__(self, rng):
        self.rng = rng
        self.nam = [Patient(d['given'], d['surname'], d['sex'], d['dob'], d['nam']) for d in load_nams()]
        rng.shuffle(self.nam)
        self.pools = {}
        for key, src, y0, y1 in [('fr', SYN_FR, 1952, 2006), ('en', SYN_EN, 1950, 2006),
                                 ('be', SYN_BE, 1985, 2005), ('france', SYN_FRANCE, 1988, 2005)]:
            lst = []
            for given, sur, sex in src:
                assert sur not in NAM_SURNAMES
                y = rng.randint(y0, y1)
                dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
                lst.append(Patient(given, sur, sex, dob))
            rng.shuffle(lst)
            self.pools[key] = lst
        self.used = set()
        self.nam_used = []

    def take_nam(self, y0=1900, y1=2030):
        for p in self.nam:
            if id(p) not in self.used and y0 <= p.dob.year <= y1:
                self.used.add(id(p))
                self.nam_used.append(p)
                return p
        for p in self.nam:  # second pass: allow a holder to appear twice
            if y0 <= p.dob.year <= y1:
                return p
        raise RuntimeError('no NAM holder in range')

    def take(self, pool, y0=1900, y1=2030, sex=None):
        ok = lambda p: y0 <= p.dob.year <= y1 and (sex is None or p.sex == sex)
        for p in self.pools[pool]:
            if id(p) not in self.used and ok(p):
                self.used.add(id(p))
                return p
        return self.rng.choice([p for p in self.pools[pool] if ok(p)])


# ---------------------------------------------------------- identifiers ----
def gen_sin(rng):
    while True:
        s = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        s += luhn.calc_check_digit(s)
        if ca_sin.is_valid(s):
            return s


def gen_ohn(rng):
    s = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
    s += luhn.calc_check_digit(s)
    assert luhn.is_valid(s) and len(s) == 10
    return s


def ohn_valid(s):
    d = ''.join(c for c in s if c.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + f'{serial:03d}'
        n = int(('2' + base) if dob.year >= 2000 else base)
        s = base + f'{97 - n % 97:02d}'
        if be_nn.is_valid(s):
            return s


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '44', '59', '31', '67'])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + f'{rng.randint(1, 399):03d}' + f'{rng.randint(1, 999):03d}'
        s = body + f'{97 - int(body) % 97:02d}'
        if fr_nir.is_valid(s):
            return s


FW = {c: chr(0xFF10 + int(c)) for c in '0123456789'}
FW.update({c: chr(0xFF21 + ord(c) - 65) for c in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'})


def fmt_id(s, groups, style):
    """Write an identifier plainly, grouped, or disguised."""
    parts, i = [], 0
    for g in groups:
        parts.append(s[i:i + g])
        i += g
    if i < len(s):
        parts.append(s[i:])
    if style == 'plain':
        return s
    if style == 'space':
        return ' '.join(parts)
    if style == 'dot':
        return '.'.join(parts)
    if style == 'slash':
        return '/'.join(parts)
    if style == 'hyphen':
        return '-'.join(parts)
    if style == 'spaced':
        return ' '.join(s)
    if style == 'fullwidth':
        return ''.join(FW.get(c, c) for c in s)
    if style == 'fullwidth_space':
        return ' '.join(''.join(FW.get(c, c) for c in p) for p in parts)
    if style == 'dblspace':
        return '  '.join(parts)
    raise ValueError(style)


# ----------------------------------------------------------------- dates ----
def d_fr(d, style=0):
    return [f'{d.isoformat()}', f'{d.day:02d}/{d.month:02d}/{d.year}', f'{d.day} {MOIS[d.month - 1]} {d.year}',
            f'{d.day:02d}-{d.month:02d}-{d.year}', f'{d.year}/{d.month:02d}/{d.day:02d}'][style]


def d_en(d, style=0):
    return [f'{d.isoformat()}', f'{MONTHS[d.month - 1]} {d.day}, {d.year}', f'{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}',
            f'{d.year}/{d.month:02d}/{d.day:02d}', f'{d.day} {MONTHS[d.month - 1][:3]} {d.year}'][style]


def date_variants(d):
    out = set()
    for i in range(5):
        out.add(d_fr(d, i))
        out.add(d_en(d, i))
    out.add(f'{d.day}er {MOIS[d.month - 1]} {d.year}')
    return out


def day_fr(d):
    return f'{JOURS[d.weekday()]} {d.day}{"er" if d.day == 1 else ""} {MOIS[d.month - 1]}'


def day_en(d):
    return f'{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}'


def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ------------------------------------------------------------- wrapping ----
def wrap_text(text, width=76):
    out = []
    for line in text.split('\n'):
        if len(line) <= width or ' | ' in line or line.startswith('  ') or '\t' in line:
            out.append(line)
            continue
        prefix = ''
        while line.startswith('>'):
            prefix += '> '
            line = line[1:].lstrip(' ')
        out.extend(textwrap.wrap(line, width - len(prefix), break_long_words=False,
                                 break_on_hyphens=False, initial_indent=prefix, subsequent_indent=prefix) or [prefix.rstrip()])
    return '\n'.join(out)


def quote(text):
    return '\n'.join(('>' + l if l.startswith('>') else ('> ' + l if l else '>')) for l in wrap_text(text).split('\n'))


def table_text(rows, sep=' | '):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


# --------------------------------------------------- per-message context ----
class G:
    """Context for writing one message: rng, date, finding types, registered identifiers."""

    def __init__(self, idx, positive, lang, factory, date):
        self.idx, self.positive, self.lang, self.factory = idx, positive, lang, factory
        self.rng = random.Random(f'{SEED}-{"p" if positive else "n"}{idx}')
        self.date = date
        self.types = set()
        self.ids = []          # (kind, raw value)
        self.people = []       # (patient, style)
        self.shown = set()     # for NAM holders: which of 'dob', 'sex' were shown

    def add(self, *t):
        for x in t:
            assert x in TYPES, x
            assert self.positive, 'finding type in a negative: ' + x
            self.types.add(x)

    def choice(self, seq):
        return self.rng.choice(seq)

    # patients --------------------------------------------------------------
    def pat(self, pool='fr', y0=1900, y1=2030, sex=None):
        return self.factory.take(pool, y0, y1, sex)

    def nam_pat(self, y0=1900, y1=2030):
        return self.factory.take_nam(y0, y1)

    def name(self, p, style=None):
        """Name a patient in one of many ways (adds patient_name)."""
        full_only = p.nam is not None
        styles = ['full', 'last_first_caps', 'last_first', 'lower', 'upper', 'full', 'title_full']
        if not full_only:
            styles += ['title', 'initials', 'title', 'initial_last']
        st = style or self.rng.choice(styles)
        if full_only and st not in ('full', 'last_first_caps', 'last_first', 'lower', 'upper', 'lower_last_first'):
            st = 'full'
        self.add('patient_name')
        self.people.append((p, st))
        g, s = p.given, p.surname
        if st == 'full':
            return f'{g} {s}'
        if st == 'last_first_caps':
            return f'{s.upper()}, {g}'
        if st == 'last_first':
            return f'{s}, {g}'
        if st == 'lower':
            return f'{g} {s}'.lower()
        if st == 'lower_last_first':
            return f'{s} {g}'.lower()
        if st == 'upper':
            return f'{g} {s}'.upper()
        if st == 'title':
            return self.title(p) + ' ' + s
        if st == 'title_full':
            return self.title(p) + ' ' + f'{g} {s}'
        if st == 'initials':
            ini = '-'.join(x[0] + '.' for x in g.split('-'))
            return f'{ini} {s}'
        if st == 'initial_last':
            return f'{s} {g[0]}.'
        if st == 'given':
            return g
        if st == 'surname':
            return s
        raise ValueError(st)

    def title(self, p):
        if self.lang == 'fr':
            return 'Mme' if p.sex == 'F' else 'M.'
        return 'Ms.' if p.sex == 'F' else 'Mr.'

    def dob(self, p, style=None):
        self.add('date_of_birth')
        self.shown.add(('dob', id(p)))
        st = self.rng.randint(0, 4) if style is None else style
        return d_fr(p.dob, st) if self.lang == 'fr' else d_en(p.dob, st)

    def sex(self, p):
        self.shown.add(('sex', id(p)))
        return p.sex

    def nam(self, p, style=None):
        assert p.nam
        self.add('ramq_nam')
        self.ids.append(('nam', p.nam, p))
        st = style or self.rng.choice(['plain', 'plain', 'space', 'space', 'dot', 'hyphen', 'slash',
                                        'fullwidth', 'spaced', 'fullwidth_space', 'dblspace'])
        return fmt_id(p.nam, (4, 4, 4), st)

    def ident(self, p, inline=False):
        """Name + NAM + birth date + sex on one line, as a holder must always be written."""
        if self.lang == 'fr':
            forms = [
                lambda: f'{self.name(p)} — NAM {self.nam(p)} — DDN {self.dob(p)} — sexe {self.sex(p)}',
                lambda: f'{self.name(p)}, {"née" if p.sex == "F" else "né"} le {self.dob(p, 2)} ({self.sex(p)}), NAM : {self.nam(p)}',
                lambda: f'Nom : {self.name(p)}\nDate de naissance : {self.dob(p)}\nSexe : {self.sex(p)}\nNAM : {self.nam(p)}',
                lambda: f'{self.name(p)} ({self.sex(p)}) DDN: {self.dob(p)} RAMQ: {self.nam(p)}',
            ]
        else:
            forms = [
                lambda: f'{self.name(p)} - RAMQ {self.nam(p)} - DOB {self.dob(p)} - sex {self.sex(p)}',
                lambda: f'{self.name(p)}, born {self.dob(p, 1)} ({self.sex(p)}), Quebec health card {self.nam(p)}',
                lambda: f'Name: {self.name(p)}\nDate of birth: {self.dob(p)}\nSex: {self.sex(p)}\nRAMQ no.: {self.nam(p)}',
                lambda: f'{self.name(p)} ({self.sex(p)}) DOB {self.dob(p)} | NAM {self.nam(p)}',
            ]
        if inline:
            forms = forms[:2] + forms[3:]
        return self.rng.choice(forms)()

    def sin(self, p, style=None):
        if not p.sin:
            p.sin = gen_sin(self.factory.rng)
        self.add('ca_sin')
        self.ids.append(('sin', p.sin, p))
        return fmt_id(p.sin, (3, 3, 3), style or self.rng.choice(['space', 'hyphen', 'plain', 'dot', 'fullwidth_space']))

    def ohn(self, p, style=None):
        if not p.ohn:
            p.ohn = gen_ohn(self.factory.rng)
            p.ohn_vc = self.factory.rng.choice(['AB', 'KT', 'MN', 'XP', 'RC', ''])
        self.add('ca_health_number')
        self.ids.append(('ohn', p.ohn, p))
        v = fmt_id(p.ohn, (4, 3, 3), style or self.rng.choice(['hyphen', 'space', 'plain', 'dot', 'fullwidth']))
        return (v + ' ' + p.ohn_vc).strip() if self.rng.random() < 0.6 else v

    def niss(self, p, style=None):
        if not p.niss:
            p.niss = gen_niss(self.factory.rng, p.dob, p.sex)
        self.add('be_niss')
        self.ids.append(('niss', p.niss, p))
        st = style or self.rng.choice(['official', 'plain', 'space', 'dot'])
        s = p.niss
        if st == 'official':
            return f'{s[0:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:11]}'
        return fmt_id(s, (6, 3, 2), st)

    def nir(self, p, style=None):
        if not p.nir:
            p.nir = gen_nir(self.factory.rng, p.dob, p.sex)
        self.add('fr_nir')
        self.ids.append(('nir', p.nir, p))
        st = style or self.rng.choice(['official', 'plain', 'official', 'dot'])
        s = p.nir
        if st == 'official':
            return f'{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:15]}'
        if st == 'dot':
            return f'{s[0]}.{s[1:3]}.{s[3:5]}.{s[5:7]}.{s[7:10]}.{s[10:13]}.{s[13:15]}'
        return s

    def mrn(self, p=None, style=None):
        if p is None or not p.mrn:
            num = f'{self.factory.rng.randint(100000, 9999999):07d}'
            if p is not None:
                p.mrn = num
        else:
            num = p.mrn
        self.add('mrn')
        self.ids.append(('mrn', num, p))
        st = style or self.rng.choice(['hrc', 'dossier', 'plain', 'split', 'fw'])
        if st == 'hrc':
            return 'HRC-' + num
        if st == 'dossier':
            return f'{num[:3]}-{num[3:]}'
        if st == 'split':
            return f'{num[:2]} {num[2:5]} {num[5:]}'
        if st == 'fw':
            return fmt_id(num, (7,), 'fullwidth')
        return num

    def phone(self, p, area=None):
        if not p.phone:
            area = area or self.rng.choice(['819', '873', '819', '613'])
            p.phone = f'{area}-555-01{self.factory.rng.randint(0, 99):02d}'
        self.add('patient_contact')
        return self.rng.choice([p.phone, p.phone.replace('-', ' '), '(' + p.phone[:3] + ') ' + p.phone[4:]])

    def address(self, p, province='QC'):
        if not p.address:
            r = self.factory.rng
            if province == 'ON':
                p.address = f'{r.randint(12, 2890)} {r.choice(STREETS_ON)}, Ottawa, ON K{r.randint(1, 4)}{r.choice("ABCGHJ")} {r.randint(0, 9)}{r.choice("ABCEGH")}{r.randint(0, 9)}'
            else:
                city, fsa = r.choice(CITIES_QC)
                apt = f', app. {r.randint(1, 12)}' if r.random() < 0.4 else ''
                p.address = f'{r.randint(12, 990)}, {r.choice(STREETS_QC)}{apt}, {city} (Québec) {fsa} {r.randint(0, 9)}{r.choice("ABCEGHJK")}{r.randint(0, 9)}'
        self.add('patient_contact')
        return p.address

    # dates relative to the message -------------------------------------------
    def days(self, n):
        d = self.date + datetime.timedelta(days=n)
        while n > 0 and d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def dfmt(self, d, style=None):
        st = self.rng.randint(0, 2) if style is None else style
        return d_fr(d, st) if self.lang == 'fr' else d_en(d, [0, 1, 4][st] if st < 3 else st)

    def day(self, d):
        return day_fr(d) if self.lang == 'fr' else day_en(d)

    def staff(self, key):
        return STAFF[key]

    def sig(self, key, style=None):
        return signature(STAFF[key], self.lang, self.rng.choice([0, 0, 0, 1, 2, 3]) if style is None else style)

    def disclaimer(self, p=0.35):
        if self.rng.random() < p:
            return '\n\n' + (DISCLAIMER_FR if self.lang == 'fr' else DISCLAIMER_EN)
        return ''
