"""Invented people, organisations, phones, addresses and dates."""
import datetime

from gen_ids import make_mrn

# ---------------------------------------------------------------- organisations
CLINIC = {
    'fr': 'Clinique multispécialités des Deux-Rives',
    'en': 'Deux-Rives Multispecialty Clinic',
    'dom': 'cmdr.example',
    'addr_fr': '2250, boulevard des Ormeaux, bureau 300, Saint-Aubin (Québec) J7Z 0X4',
    'addr_en': '2250 des Ormeaux Blvd, Suite 300, Saint-Aubin, QC J7Z 0X4',
    'phone': '450-555-0142', 'fax': '450-555-0143',
}
CRDS = {
    'fr': 'CRDS — Centre de répartition des demandes de services, région des Deux-Rives',
    'short': 'CRDS Deux-Rives',
    'dom': 'crds-deuxrives.example',
    'phone': '450-555-0160', 'fax': '450-555-0161',
}
HOSPITALS = [
    ('Hôpital régional Saint-Aubin', 'hrsa.example', '450-555-0170'),
    ('Centre hospitalier du Haut-Fleuve', 'chhf.example', '819-555-0118'),
    ('Lakeview General Hospital', 'lakeview-gh.example', '613-555-0125'),
    ('Hôpital Notre-Dame-des-Érables', 'hnde.example', '450-555-0177'),
]
PHARMACIES = [
    ('Pharmacie Lachance & Viau', 'pharm-lv.example', '450-555-0151'),
    ('Pharmacie du Vieux-Moulin', 'pvmoulin.example', '450-555-0155'),
    ('Riverside Drug Mart', 'riversidedrug.example', '613-555-0157'),
]
INSURERS = [
    ('Assurances Boréal', 'boreal-assur.example'),
    ('Northway Life', 'northwaylife.example'),
    ('Mutuelle des Cantons', 'mutcantons.example'),
    ('Great Plains Benefits', 'gpbenefits.example'),
]
INTERP = ('Banque régionale d\'interprètes (BRI)', 'bri-deuxrives.example', '450-555-0188')
PERSONAL_DOMS = ['posteweb.example', 'monmail.example', 'inbox.example', 'courrielplus.example',
                 'northmail.example', 'famille.example']

SPECIALTIES = [
    # key, fr, en, clinic code
    ('gastro', 'gastro-entérologie', 'gastroenterology'),
    ('cardio', 'cardiologie', 'cardiology'),
    ('ortho', 'orthopédie', 'orthopedics'),
    ('dermato', 'dermatologie', 'dermatology'),
    ('uro', 'urologie', 'urology'),
    ('orl', 'ORL', 'ENT'),
    ('endo', 'endocrinologie', 'endocrinology'),
    ('gyneco', 'gynécologie', 'gynecology'),
    ('pneumo', 'pneumologie', 'respirology'),
    ('neuro', 'neurologie', 'neurology'),
    ('ophtalmo', 'ophtalmologie', 'ophthalmology'),
    ('rhumato', 'rhumatologie', 'rheumatology'),
]
SPEC = {k: (f, e) for k, f, e in SPECIALTIES}

# physicians: (title_fr, given, surname, specialty key, sex)
PHYSICIANS = [
    ('Dre', 'Hélène', 'Marcil', 'gastro', 'F'),
    ('Dr', 'Samir', 'Benali', 'cardio', 'M'),
    ('Dr', 'Kevin', "O'Donnell", 'ortho', 'M'),
    ('Dre', 'Amélie', 'Rioux', 'dermato', 'F'),
    ('Dr', 'Wei', 'Zhang', 'uro', 'M'),
    ('Dre', 'Françoise', 'Lanctôt', 'orl', 'F'),
    ('Dr', 'Rajiv', 'Mehta', 'endo', 'M'),
    ('Dre', 'Julie', 'Beaudoin', 'gyneco', 'F'),
    ('Dr', 'Tom', 'Ferguson', 'pneumo', 'M'),
    ('Dre', 'Catherine', 'Vézina', 'neuro', 'F'),
    ('Dr', 'Olivier', 'Dumont-Hébert', 'ophtalmo', 'M'),
    ('Dre', 'Ingrid', 'Halvorsen', 'rhumato', 'F'),
    ('Dr', 'Étienne', 'Lafrenière', 'gastro', 'M'),
    ('Dre', 'Maude', 'Desrosiers', 'cardio', 'F'),
    ('Dr', 'Arjun', 'Sethi', 'neuro', 'M'),
]
# family physicians (referring)
GPS = [
    ('Dre', 'Sophie', 'Lamontagne', 'GMF des Tilleuls', 'gmf-tilleuls.example'),
    ('Dr', 'Marc-André', 'Veilleux', 'GMF-U Saint-Aubin', 'gmfu-staubin.example'),
    ('Dr', 'Patrick', 'Kavanagh', 'Westwood Family Health Team', 'westwoodfht.example'),
    ('Dre', 'Nour', 'El-Khoury', 'Clinique médicale Mont-Rouge', 'cmmontrouge.example'),
    ('Dr', 'Alain', 'Beauregard', 'GMF Vallée-Verte', 'gmf-valleeverte.example'),
]

# clerical / admin staff: (given, surname, role_fr, role_en)
STAFF = [
    ('Isabelle', 'Lavoie', 'secrétaire médicale', 'medical secretary'),
    ('Chantal', 'Bergeron', 'agente administrative', 'administrative clerk'),
    ('Karine', 'Dubé', 'secrétaire médicale', 'medical secretary'),
    ('Mélanie', 'Gendron', 'agente de prise de rendez-vous', 'booking clerk'),
    ('Priya', 'Natarajan', 'secrétaire médicale', 'medical secretary'),
    ('Heather', 'McKinnon', 'réceptionniste', 'receptionist'),
    ('Stéphanie', 'Vachon', 'coordonnatrice de la réception', 'front desk coordinator'),
    ('Lucie', 'Ouimet', 'agente administrative — archives', 'health records clerk'),
    ('Nadia', 'Haddad', 'secrétaire médicale', 'medical secretary'),
    ('Kim', 'Tran', 'commis à la liste d\'attente', 'wait-list clerk'),
    ('Valérie', 'Turcotte', 'secrétaire médicale', 'medical secretary'),
    ('Jennifer', 'Walsh', 'agente administrative', 'unit clerk'),
    ('Francis', 'Desjardins', 'agent administratif', 'admitting clerk'),
    ('Annie', 'Lemieux', 'secrétaire médicale', 'medical secretary'),
    ('Rebecca', 'Stein', 'réceptionniste', 'receptionist'),
    ('Sylvain', 'Dufour', 'agent de liaison CRDS', 'CRDS liaison officer'),
    ('Marie-Ève', 'Gingras', 'agente de liaison CRDS', 'CRDS liaison officer'),
    ('Linda', 'Kowalski', 'commis aux archives', 'records clerk'),
]
MANAGERS = [
    ('Nathalie', 'Poulin-Arsenault', 'chef de service, accueil et secrétariat', 'manager, reception & clerical services'),
    ('Richard', 'Mercier', 'gestionnaire des opérations', 'operations manager'),
    ('Joanne', 'Fleury', 'coordonnatrice CRDS', 'CRDS coordinator'),
    ('David', 'Ostrowski', 'directeur administratif', 'administrative director'),
]
INTERPRETERS = [('Ana', 'Ferreira', 'portugais'), ('Hamid', 'Rezaei', 'farsi / dari'),
                ('Lina', 'Saleh', 'arabe'), ('Mateo', 'Quintero', 'espagnol'),
                ('Thi Mai', 'Vo', 'vietnamien'), ('Olena', 'Kravets', 'ukrainien'),
                ('Jean-Robert', 'Pierre-Louis', 'créole haïtien'), ('Xu', 'Ming', 'mandarin')]
LANG_EN = {'portugais': 'Portuguese', 'farsi / dari': 'Farsi / Dari', 'arabe': 'Arabic',
           'espagnol': 'Spanish', 'vietnamien': 'Vietnamese', 'ukrainien': 'Ukrainian',
           'créole haïtien': 'Haitian Creole', 'mandarin': 'Mandarin',
           'inuktitut': 'Inuktitut', 'tigrinya': 'Tigrinya', 'langue des signes québécoise (LSQ)': 'LSQ (Quebec Sign Language)'}

# invented patients (surnames chosen to avoid every NAM holder surname)
PAT_GIVEN_F = ['Ghislaine', 'Micheline', 'Émilie', 'Chloé', 'Rose-Marie', 'Yolande', 'Farah', 'Aisha',
               'Brenda', 'Kathleen', 'Jessica', 'Olivia', 'Maryse', 'Solange', 'Lise', 'Thérèse',
               'Mégane', 'Noémie', 'Carmen', 'Dolores', 'Fatima', 'Linh', 'Paula', 'Agnès']
PAT_GIVEN_M = ['Réjean', 'Gaétan', 'Raymond', 'Normand', 'Yvon', 'Maxime', 'Félix', 'Antoine',
               'Brian', 'Douglas', 'Kenneth', 'Ethan', 'Ahmed', 'Karim', 'Duc', 'Mario',
               'Bruno', 'Fernand', 'Léo', 'Omar', 'Conrad', 'Hugo', 'Jérôme', 'Trevor']
PAT_SURNAMES = ['Therrien', 'Boivin', 'Charest', 'Paradis', 'Fiset', 'Marcoux', 'Pelchat', 'Lachapelle',
                'Bilodeau', 'Doucet', 'Carrier', 'Asselin', 'Rivard', 'Brassard', 'Lepage', 'Cormier',
                'Gervais', 'Labbé', 'Sirois', 'Vaillancourt', 'Nolin', 'Houle', 'Jutras', 'Ménard',
                'Fitzgerald', 'Morrison', 'Kaur', 'Singh', 'Abboud', 'Lopez', 'Campbell', 'Murphy',
                'Nguyen', 'Okafor', 'Petrov', 'Da Silva', 'Hussain', 'McLean', 'Grant', 'Byrne',
                'Tessier', 'Plourde', 'Bédard', 'Lacasse', 'Dionne', 'Turgeon', 'Auclair', 'Guérin']
STREETS_FR = ['rue des Érables', 'rue Principale', 'chemin du Lac-Vert', 'avenue des Pins', 'rue Saint-Jean-Baptiste',
              'boulevard Laurier-Est', 'rang Sainte-Claire', 'rue du Moulin', 'montée Robillard', 'rue de la Fabrique']
STREETS_EN = ['Maple Street', 'Riverside Drive', 'Cedar Crescent', 'Elm Avenue', 'Birch Road', 'Lakeshore Road',
              'Pine Court', 'Willow Lane']
TOWNS = [('Saint-Aubin', 'J7Z'), ('Sainte-Clotilde-du-Lac', 'J0K'), ('Val-Brûlé', 'J5T'),
         ('Pointe-aux-Hérons', 'J8N'), ('Hawkridge', 'J0X'), ('Saint-Élzéar-de-Beauce', 'J0M')]


def phone(rng, area=None):
    area = area or rng.choice(['450', '514', '438', '819', '579'])
    return f"{area}-555-01{rng.randint(0, 99):02d}"


def phone_styled(rng, area=None):
    p = phone(rng, area)
    a, b, c = p.split('-')
    return rng.choice([p, f"({a}) {b}-{c}", f"{a} {b}-{c}", f"{a}.{b}.{c}"])


def address(rng, lang):
    town, fsa = rng.choice(TOWNS)
    pc = f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"
    num = rng.randint(12, 4890)
    if lang == 'fr' or rng.random() < 0.3:
        st = rng.choice(STREETS_FR)
        apt = rng.choice(['', '', f', app. {rng.randint(1, 12)}'])
        return f"{num}, {st}{apt}, {town} (Québec) {pc}"
    st = rng.choice(STREETS_EN)
    apt = rng.choice(['', '', f', Apt {rng.randint(1, 12)}'])
    return f"{num} {st}{apt}, {town}, QC {pc}"


class Patient:
    def __init__(self, given, surname, sex, dob, nam=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.mrn = None
        self.phone = None
        self.addr = None
        self.email = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"


def patient_from_holder(rng, h, lang='fr'):
    p = Patient(h.given, h.surname, h.sex, h.dob, h.nam)
    _fill(rng, p, lang)
    return p


def invented_patient(rng, lang='fr', used=None, child=False):
    while True:
        sex = rng.choice('FM')
        given = rng.choice(PAT_GIVEN_F if sex == 'F' else PAT_GIVEN_M)
        surname = rng.choice(PAT_SURNAMES)
        if used is None or (given, surname) not in used:
            break
    if used is not None:
        used.add((given, surname))
    y = rng.randint(2009, 2021) if child else rng.randint(1932, 2005)
    dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
    p = Patient(given, surname, sex, dob)
    _fill(rng, p, lang)
    return p


def _fill(rng, p, lang):
    p.mrn = make_mrn(rng)
    p.phone = phone_styled(rng)
    p.addr = address(rng, lang)
    from gen_ids import strip_accents
    local = strip_accents(rng.choice([f"{p.given}.{p.surname}", f"{p.given[0]}{p.surname}",
                                      f"{p.surname}{rng.randint(50, 99)}", f"{p.given}{p.surname[:3]}"]))
    local = local.lower().replace(' ', '').replace("'", '')
    p.email = f"{local}@{rng.choice(PERSONAL_DOMS)}"


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MOIS_ABR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def dlong(d, lang, weekday=False):
    if lang == 'fr':
        s = f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
        return f"{JOURS[d.weekday()]} {s}" if weekday else s
    s = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{DAYS[d.weekday()]}, {s}" if weekday else s


def dob_str(d, rng, lang):
    return rng.choice([d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", dlong(d, lang),
                       f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.day:02d}-{MOIS_ABR[d.month-1] if lang=='fr' else MONTHS[d.month-1][:3]}-{d.year}"])


def workday_after(rng, d, lo=2, hi=60):
    x = d + datetime.timedelta(days=rng.randint(lo, hi))
    while x.weekday() > 4:
        x += datetime.timedelta(days=1)
    return x


def hhmm(rng, lang):
    h = rng.choice([8, 8, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15, 15, 16])
    m = rng.choice([0, 0, 15, 30, 45])
    if lang == 'fr':
        return f"{h} h {m:02d}" if m else f"{h} h"
    hh = h if h <= 12 else h - 12
    return f"{hh}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}" if rng.random() < .5 else f"{hh}:{m:02d} {'AM' if h < 12 else 'PM'}"
