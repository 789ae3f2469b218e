"""Shared data, identifiers and small helpers for the corpus generator.

Everything here is invented (people, organisations, *.example domains, 555-01xx
numbers) except the RAMQ NAMs, which come from ../blind_nams.txt.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def L(lang, fr, en):
    return fr if lang == 'fr' else en


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, given, surname, dob, sex, nam=None):
        self.given, self.surname, self.dob, self.sex, self.nam = given, surname, dob, sex, nam
        self.extra = {}

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def rev(self):
        return '%s, %s' % (self.surname.upper(), self.given)

    def title(self, lang):
        if lang == 'fr':
            return 'M.' if self.sex == 'M' else 'Mme'
        return 'Mr.' if self.sex == 'M' else 'Ms.'

    def titled(self, lang):
        return '%s %s' % (self.title(lang), self.full)

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def initials(self):
        return '%s. %s' % (self.given[0], self.surname)


def load_nam_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(Person(given, sur, datetime.date(y, m, d), sex, nam))
    return out


PAT_GIVEN_F = ['Lucie', 'Monique', 'Huguette', 'Thérèse', 'Jocelyne', 'Francine', 'Chantal', 'Louise',
               'Micheline', 'Rita', 'Gisèle', 'Yvette', 'Carmen', 'Nicole', 'Pierrette', 'Margaret',
               'Dorothy', 'Helen', 'Patricia', 'Linda', 'Fatima', 'Amina', 'Mei', 'Rosa', 'Chloé',
               'Léa', 'Zoé', 'Alice', 'Raymonde', 'Lise']
PAT_GIVEN_M = ['Gérard', 'Réjean', 'Marcel', 'Yvon', 'Fernand', 'Roger', 'Normand', 'Gaston', 'Raymond',
               'Denis', 'Luc', 'Richard', 'George', 'Walter', 'Kenneth', 'Harold', 'Ahmed', 'Karim',
               'Wei', 'Antonio', 'Mathis', 'Félix', 'Noah', 'Olivier', 'Conrad', 'Jean-Guy']
PAT_SURNAMES = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Desjardins', 'Hébert', 'Lemieux', 'Dufour',
                'Dubé', 'Vachon', 'Poulin', 'Beaulieu', 'Lachance', 'Mercier', 'Dion', 'Turcotte',
                'Perreault', 'Charbonneau', 'Landry', 'Bernier', 'Labbé', 'Villeneuve', 'Gosselin',
                'Leclerc', 'Grenier', 'Lambert', 'Proulx', 'Rioux', 'Fontaine', 'Marchand', 'Robichaud',
                'Arsenault', 'Chiasson', "O'Brien", 'Kowalski', 'Nguyen', 'Haddad', 'Ferreira', 'Campbell',
                'Murphy', 'Stewart', 'Chen', 'Papadopoulos', 'Rossi', 'Dumont', 'Ménard', 'Séguin',
                'Lalonde', 'Giroux', 'Bastien', 'Cyr', 'Lévesque', 'Boivin']

STAFF_GIVEN = ['Julie', 'Isabelle', 'Karine', 'Stéphanie', 'Mélanie', 'Valérie', 'Annie', 'Nancy', 'Sophie',
               'Caroline', 'Émilie', 'Jennifer', 'Rachel', 'Priya', 'Nadia', 'Hélène', 'Marie-Ève',
               'Marc-André', 'Jean-François', 'Éric', 'Patrick', 'Martin', 'Sébastien', 'Mathieu', 'Kevin',
               'Daniel', 'Steve', 'Yannick', 'Samir', 'Tom', 'Brian', 'Omar', 'Alexandre', 'Vincent']
STAFF_SURNAMES = ['Desrosiers', 'Beauchamp', 'Lacasse', 'Bolduc', 'St-Pierre', 'Bouffard', 'Lefebvre',
                  'Aubin', 'Jodoin', 'Trudel', 'Lussier', 'Gravel', 'Demers', 'Vaillancourt', 'Massicotte',
                  'Brisebois', 'Labelle', 'Sirois', 'Asselin', 'Gingras', 'Carrier', 'Provencher', 'Hamel',
                  'Dallaire', 'Boisvert', 'Kelly', 'Harper', 'Walsh', 'Patel', 'Morrison', 'Fraser',
                  'Duncan', 'Ramirez', 'Ibrahim', 'Kaur', 'Lindqvist', 'Corriveau', 'Ouimet']

CITIES = ['Longueuil', 'Laval', 'Terrebonne', 'Saint-Jérôme', 'Granby', 'Drummondville', 'Sherbrooke',
          'Lévis', 'Rimouski', 'Joliette', 'Saint-Hyacinthe', 'Mirabel', 'Blainville', 'Châteauguay',
          'Gatineau', 'Trois-Rivières', 'Repentigny', 'Sainte-Thérèse']
STREETS_FR = ['rue des Érables', 'rue Principale', 'boul. Saint-Laurent', 'rue du Couvent', 'rue des Pins',
              'rue Notre-Dame', 'rue Champlain', 'chemin de la Rivière', 'rue des Lilas', 'avenue Bellevue',
              'rue du Moulin', 'rang Saint-Joseph', 'montée Gagné', 'rue de la Fabrique']
STREETS_EN = ['Maple Street', 'Oak Avenue', 'Elm Street', 'Victoria Road', 'Cedar Crescent', 'Lakeshore Road',
              'Birch Lane', 'Church Street', 'Pine Ridge Drive']
AREA = ['514', '450', '438', '418', '819', '579']

# ---------------------------------------------------------------- organisations
HOSPITALS = [
    dict(key='hsa', fr='Hôpital Saint-Aurèle', en='Saint-Aurèle Hospital', dom='hsa.example', city='Longueuil',
         addr='3120, boul. Taschereau, Longueuil (Québec) J4V 2H9', mrn='H{7}'),
    dict(key='chrvb', fr='Centre hospitalier régional de Val-Brûlé', en='Val-Brûlé Regional Hospital Centre',
         dom='chrvb.example', city='Saint-Jérôme', addr='290, rue De Montigny, Saint-Jérôme (Québec) J7Z 5T3',
         mrn='VB-{6}'),
    dict(key='cisssbl', fr='CISSS des Basses-Laurentides', en='CISSS des Basses-Laurentides',
         dom='cisssbl.example', city='Blainville', addr='1000, boul. Curé-Labelle, Blainville (Québec) J7C 2L6',
         mrn='{8}'),
    dict(key='lrgh', fr='Hôpital général Lakeshore Ridge', en='Lakeshore Ridge General Hospital',
         dom='lrgh.example', city='Pointe-Claire', addr='175 Stillview Ave, Pointe-Claire, QC H9R 4S3',
         mrn='LR{6}'),
    dict(key='cnrap', fr='Centre de néphrologie Rivière-aux-Pins', en='Rivière-aux-Pins Nephrology Centre',
         dom='nephro-rap.example', city='Laval', addr='2500, boul. Le Corbusier, Laval (Québec) H7S 2K1',
         mrn='NRP{5}'),
    dict(key='iucm', fr='Institut universitaire de cardiologie de la Montérégie', en='Montérégie Heart Institute',
         dom='iucm.example', city='Saint-Hyacinthe', addr='1800, rue Dessaulles, Saint-Hyacinthe (Québec) J2S 2T2',
         mrn='C{7}'),
]
CLINICS = [
    dict(key='cmvm', fr='Clinique médicale du Vieux-Moulin', en='Vieux-Moulin Medical Clinic', dom='cmvm.example',
         addr='45, rue du Moulin, Terrebonne (Québec) J6W 3K2'),
    dict(key='clsc3c', fr='CLSC des Trois-Chutes', en='CLSC des Trois-Chutes', dom='clsc3c.example',
         addr='600, rue Saint-Georges, Joliette (Québec) J6E 5N4'),
    dict(key='gmfbel', fr='GMF Bellerive', en='Bellerive Family Medicine Group', dom='gmf-bellerive.example',
         addr='88, avenue Bellevue, Granby (Québec) J2G 4R8'),
    dict(key='cliresp', fr='Clinique respiratoire des Deux-Rives', en='Deux-Rives Respiratory Clinic',
         dom='resp-2rives.example', addr='1400, rue King Ouest, Sherbrooke (Québec) J1J 2C3'),
]
SUPPLIERS = [
    dict(key='amb', fr='Ambulances Boréal-Express inc.', en='Boréal-Express Ambulances Inc.',
         dom='boreal-ambulances.example', kind='ambulance', addr='1200, boul. Industriel, Terrebonne (Québec) J6Y 1V9'),
    dict(key='ta', fr='Transport adapté Rive-Sud', en='Rive-Sud Adapted Transit', dom='ta-rivesud.example',
         kind='adapted', addr='2150, chemin de Chambly, Longueuil (Québec) J4J 3Y5'),
    dict(key='oxy', fr='OxyDom Santé respiratoire', en='OxyDom Home Respiratory', dom='oxydom.example',
         kind='oxygen', addr='75, rue Émilien-Marcoux, Blainville (Québec) J7C 0B4'),
    dict(key='dia', fr='Médisource Dialyse à domicile', en='Medisource Home Dialysis', dom='medisource-dialyse.example',
         kind='dialysis', addr='9800, boul. Pie-IX, Montréal (Québec) H1Z 3X2'),
    dict(key='eqp', fr='Location Médi-Équip', en='Medi-Equip Rentals', dom='medi-equip.example', kind='rental',
         addr='3300, boul. Industriel, Laval (Québec) H7L 4R9'),
    dict(key='soins', fr='Soins Horizon à domicile', en='Horizon Home Care Nursing', dom='soinshorizon.example',
         kind='nursing', addr='410, rue Saint-Charles Ouest, Longueuil (Québec) J4H 1G2'),
    dict(key='cb', fr='CareBridge Soins infirmiers', en='CareBridge Home Nursing', dom='carebridge.example',
         kind='nursing', addr='5 Place Ville-Marie Ouest, bureau 900, Montréal (Québec) H3B 2G2'),
    dict(key='taxi', fr='Taxi médical Beauce-Etchemin', en='Beauce-Etchemin Medical Taxi', dom='taximed-be.example',
         kind='adapted', addr='12, route 173, Saint-Georges (Québec) G5Y 2B4'),
]
ORG_BY_KEY = {o['key']: o for o in HOSPITALS + CLINICS + SUPPLIERS}


def sup(kind, rng):
    return rng.choice([s for s in SUPPLIERS if s['kind'] == kind])


def oname(org, lang):
    return org['fr'] if lang == 'fr' else org['en']


# ---------------------------------------------------------------- clinical vocabulary
DIAG = {
    'copd': ('MPOC sévère (GOLD 4)', 'severe COPD (GOLD 4)'),
    'chf': ('insuffisance cardiaque, FEVG 25 %', 'heart failure, LVEF 25%'),
    'esrd': ('insuffisance rénale chronique terminale', 'end-stage renal disease'),
    'ipf': ('fibrose pulmonaire idiopathique', 'idiopathic pulmonary fibrosis'),
    'stroke': ('AVC ischémique avec hémiparésie gauche', 'ischemic stroke with left hemiparesis'),
    'hip': ('fracture de la hanche droite opérée', 'right hip fracture, post-ORIF'),
    'als': ('sclérose latérale amyotrophique (SLA)', 'amyotrophic lateral sclerosis (ALS)'),
    'dementia': ('démence de type Alzheimer modérée', "moderate Alzheimer's dementia"),
    'foot': ('ulcère du pied diabétique', 'diabetic foot ulcer'),
    'lungca': ('néoplasie pulmonaire métastatique', 'metastatic lung cancer'),
    'ms': ('sclérose en plaques progressive', 'progressive multiple sclerosis'),
    'para': ('paraplégie post-traumatique', 'post-traumatic paraplegia'),
    'bpd': ('dysplasie bronchopulmonaire', 'bronchopulmonary dysplasia'),
    'cp': ('paralysie cérébrale', 'cerebral palsy'),
    'osa': ('apnée obstructive du sommeil sévère', 'severe obstructive sleep apnea'),
    'pe': ('embolie pulmonaire bilatérale', 'bilateral pulmonary embolism'),
    'cirr': ('cirrhose hépatique décompensée', 'decompensated cirrhosis'),
    'sepsis': ('ostéomyélite du calcanéum', 'calcaneal osteomyelitis'),
}
MEDS = [
    ('furosémide 40 mg PO BID', 'furosemide 40 mg PO BID'),
    ('apixaban 5 mg PO BID', 'apixaban 5 mg PO BID'),
    ('warfarine 4 mg PO die', 'warfarin 4 mg PO daily'),
    ('insuline glargine 22 U SC HS', 'insulin glargine 22 units SC at bedtime'),
    ('tiotropium 18 mcg inh. die', 'tiotropium 18 mcg inhaled daily'),
    ('hydromorphone 1 mg PO q4h PRN', 'hydromorphone 1 mg PO q4h PRN'),
    ('ceftriaxone 2 g IV die', 'ceftriaxone 2 g IV daily'),
    ('vancomycine 1 g IV q12h', 'vancomycin 1 g IV q12h'),
    ('darbépoétine 40 mcg SC q2 sem.', 'darbepoetin 40 mcg SC every 2 weeks'),
    ('sevelamer 800 mg PO TID aux repas', 'sevelamer 800 mg PO TID with meals'),
    ('métoprolol 25 mg PO BID', 'metoprolol 25 mg PO BID'),
    ('prednisone 40 mg PO die x 5 jours', 'prednisone 40 mg PO daily x 5 days'),
    ('donépézil 10 mg PO HS', 'donepezil 10 mg PO at bedtime'),
    ('enoxaparine 40 mg SC die', 'enoxaparin 40 mg SC daily'),
]


# ---------------------------------------------------------------- identifiers
def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def make_sin(rng):
    while True:
        body = rng.choice('1234567') + digits(rng, 7)
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = rng.choice('123456789') + digits(rng, 8)
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num, rng.choice(['AB', 'KT', 'MX', 'RC', 'HV', 'ZP'])


def make_niss(rng, dob, sex):
    yymmdd = dob.strftime('%y%m%d')
    while True:
        ctr = rng.randrange(1, 998)
        if (ctr % 2 == 1) != (sex == 'M'):
            continue
        base = yymmdd + '%03d' % ctr
        n = int(('2' + base) if dob.year >= 2000 else base)
        num = base + '%02d' % (97 - n % 97)
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob:
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '59', '35', '44', '67', '2A'])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randrange(1, 990) + \
            '%03d' % rng.randrange(1, 999)
        num = body + fr_nir.calc_check_digits(body + '00')
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng, hosp):
    pat = hosp['mrn']
    out, i = '', 0
    while i < len(pat):
        if pat[i] == '{':
            j = pat.index('}', i)
            out += rng.choice('123456789') + digits(rng, int(pat[i + 1:j]) - 1)
            i = j + 1
        else:
            out += pat[i]
            i += 1
    return out


def fmt_sin(n, style=0):
    return [n[:3] + ' ' + n[3:6] + ' ' + n[6:], n[:3] + '-' + n[3:6] + '-' + n[6:], n,
            n[:3] + '.' + n[3:6] + '.' + n[6:]][style % 4]


def fmt_ohip(n, vc, style=0):
    return ['%s-%s-%s-%s' % (n[:4], n[4:7], n[7:], vc), '%s %s %s %s' % (n[:4], n[4:7], n[7:], vc),
            n + ' ' + vc, '%s %s %s' % (n[:4], n[4:7], n[7:])][style % 4]


def fmt_nam(nam, style=0):
    s = style % 6
    if s == 0:
        return nam
    if s == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if s == 2:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if s == 3:
        return '%s.%s.%s' % (nam[:4].lower(), nam[4:8], nam[8:])
    if s == 4:
        return nam[:4] + ''.join(chr(0xFF10 + int(c)) for c in nam[4:])
    return '%s / %s / %s' % (nam[:4], nam[4:8], nam[8:])


# ---------------------------------------------------------------- dates, phones, addresses
BASE = datetime.date(2025, 1, 6)


def work_day(rng, span=170):
    while True:
        d = BASE + datetime.timedelta(days=rng.randrange(span))
        if d.weekday() < 5:
            return d


def msg_datetime(rng, day):
    h = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 19, 22])
    off = -4 if datetime.date(2025, 3, 9) <= day <= datetime.date(2025, 11, 2) else -5
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(day.year, day.month, day.day, h, rng.randrange(60), rng.randrange(60), tzinfo=tz)


def plus_days(d, n, weekdays=True):
    d = d + datetime.timedelta(days=n)
    while weekdays and d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def fdate(d, lang, style=0):
    s = style % 5
    if s == 0:
        return ('%d %s %d' % (d.day, MOIS[d.month - 1], d.year)) if lang == 'fr' else \
            '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if s == 1:
        return d.isoformat()
    if s == 2:
        return d.strftime('%d/%m/%Y')
    if s == 3:
        return ('%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])) if lang == 'fr' else \
            '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)
    return d.strftime('%Y/%m/%d') if lang == 'fr' else d.strftime('%d-%b-%Y')


def fday(d, lang):
    return fdate(d, lang, 3)


def phone(rng, area=None):
    return '%s 555-01%02d' % (area or rng.choice(AREA), rng.randrange(100))


def phone_fmt(p, style):
    a, rest = p.split(' ')
    return [p, '(%s) %s' % (a, rest), '%s-%s' % (a, rest), '%s.%s' % (a, rest.replace('-', '.'))][style % 4]


def postal(rng):
    L_ = 'ABCEGHJKLMNPRSTVXY'
    return '%s%d%s %d%s%d' % (rng.choice('GHJ'), rng.randrange(10), rng.choice(L_), rng.randrange(10),
                              rng.choice(L_), rng.randrange(10))


def address(rng, lang, city=None):
    city = city or rng.choice(CITIES)
    n = rng.randrange(12, 9900)
    if lang == 'fr' or rng.random() < 0.3:
        apt = rng.choice(['', '', ', app. %d' % rng.randrange(1, 40)])
        return '%d, %s%s, %s (Québec) %s' % (n, rng.choice(STREETS_FR), apt, city, postal(rng))
    apt = rng.choice(['', '', 'Apt %d, ' % rng.randrange(1, 40)])
    return '%s%d %s, %s, QC %s' % (apt, n, rng.choice(STREETS_EN), city, postal(rng))


def time_str(rng, lang, h=None, m=None):
    h = h if h is not None else rng.choice([6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    m = m if m is not None else rng.choice([0, 0, 15, 30, 30, 45])
    if lang == 'fr':
        return '%dh%02d' % (h, m) if m else '%dh' % h
    ap = 'a.m.' if h < 12 else 'p.m.'
    hh = h if h <= 12 else h - 12
    return '%d:%02d %s' % (hh, m, ap)


# ---------------------------------------------------------------- world: patients and staff
class World:
    def __init__(self, rng):
        self.rng = rng
        self.nam_holders = load_nam_holders()
        self._nam_queue = list(self.nam_holders)
        rng.shuffle(self._nam_queue)
        self._nam_pos = 0
        self._used_inv = []

    def nam_patient(self, min_age=0, max_age=200, on=datetime.date(2025, 3, 1)):
        """Next NAM holder (round robin) fitting the age bracket."""
        n = len(self._nam_queue)
        for k in range(n):
            p = self._nam_queue[(self._nam_pos + k) % n]
            if min_age <= p.age(on) <= max_age:
                self._nam_queue.pop((self._nam_pos + k) % n)
                self._nam_queue.append(p)
                return p
        return self._nam_queue[0]

    def invented_patient(self, min_age=20, max_age=95, on=datetime.date(2025, 3, 1)):
        rng = self.rng
        sex = rng.choice('MF')
        given = rng.choice(PAT_GIVEN_M if sex == 'M' else PAT_GIVEN_F)
        sur = rng.choice(PAT_SURNAMES)
        age = rng.randrange(min_age, max_age + 1)
        dob = datetime.date(on.year - age, rng.randrange(1, 13), rng.randrange(1, 29))
        if rng.random() < 0.12:
            sur = '%s-%s' % (sur, rng.choice(PAT_SURNAMES))
        return Person(given, sur, dob, sex)

    def patient(self, nam_prob=0.5, **kw):
        if self.rng.random() < nam_prob:
            return self.nam_patient(**{k: v for k, v in kw.items() if k in ('min_age', 'max_age')})
        return self.invented_patient(**{k: v for k, v in kw.items() if k in ('min_age', 'max_age')})

    def staff(self, sex=None):
        rng = self.rng
        return '%s %s' % (rng.choice(STAFF_GIVEN), rng.choice(STAFF_SURNAMES))

    def doctor(self, lang):
        rng = self.rng
        g = rng.choice(STAFF_GIVEN)
        fem = g in STAFF_GIVEN[:17]
        t = ('Dre' if fem else 'Dr') if lang == 'fr' else 'Dr.'
        return '%s %s %s' % (t, g, rng.choice(STAFF_SURNAMES))


def email_of(name, dom, rng, style=None):
    base = strip_accents(name).lower().replace("'", '')
    parts = [p for p in base.replace('-', ' ').split() if p not in ('dr', 'dre', 'dr.')]
    g, s = parts[0], parts[-1]
    style = rng.randrange(4) if style is None else style
    local = ['%s.%s' % (g, s), '%s%s' % (g[0], s), '%s_%s' % (g, s), '%s.%s' % (s, g[0])][style]
    return '%s@%s' % (local, dom)


ROLES = {
    'ambulance': [('Répartitrice', 'Dispatcher'), ('Coordonnateur des opérations', 'Operations coordinator'),
                  ('Agente de facturation', 'Billing clerk')],
    'adapted': [('Agente de réservation', 'Booking agent'), ('Répartiteur', 'Dispatcher'),
                ('Coordonnatrice à la clientèle', 'Customer coordinator')],
    'oxygen': [('Inhalothérapeute', 'Respiratory therapist'), ('Coordonnatrice clinique', 'Clinical coordinator'),
               ('Service à la clientèle', 'Customer service')],
    'dialysis': [('Coordonnatrice des livraisons', 'Delivery coordinator'), ('Infirmière conseil', 'Nurse consultant'),
                 ('Représentant technique', 'Technical representative')],
    'rental': [('Conseiller en location', 'Rental advisor'), ('Technicien en aides techniques', 'Equipment technician'),
               ('Responsable des comptes', 'Account manager')],
    'nursing': [('Infirmière coordonnatrice', 'Nurse coordinator'), ('Directrice des soins', 'Director of care'),
                ('Agente de planification', 'Scheduling agent')],
    'hospital': [('Infirmière de liaison', 'Liaison nurse'), ('Travailleuse sociale', 'Social worker'),
                 ('Agente administrative, néphrologie', 'Administrative officer, nephrology'),
                 ('Commis à l\'admission', 'Admitting clerk'), ('Infirmière-chef, 4e Nord', 'Nurse manager, 4 North'),
                 ('Planificatrice des congés', 'Discharge planner'), ('Inhalothérapeute', 'Respiratory therapist')],
}

DISCLAIMER_FR = ['AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes sont destinés exclusivement au '
                 'destinataire. Si vous l\'avez reçu par erreur, veuillez le détruire et en aviser l\'expéditeur.',
                 'Ce courriel peut contenir des renseignements confidentiels. Merci de ne pas le transférer sans '
                 'autorisation.']
DISCLAIMER_EN = ['CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee. '
                 'If you received it in error, please delete it and notify the sender.',
                 'This message may contain privileged information. Please consider the environment before printing.']


FEM_TO_MASC = [('Travailleuse sociale', 'Travailleur social'), ('Répartitrice', 'Répartiteur'), ('Agente', 'Agent'),
               ('Coordonnatrice', 'Coordonnateur'), ('Directrice', 'Directeur'), ('Planificatrice', 'Planificateur'),
               ('Infirmière', 'Infirmier'), ('Conseillère', 'Conseiller'), ('Technicienne', 'Technicien'),
               ('Acheteuse', 'Acheteur'), ('Pharmacienne', 'Pharmacien'), ('Représentante', 'Représentant')]


def is_fem(name):
    g = name.split()[0]
    return g in STAFF_GIVEN[:17]


def gender_role(role, name):
    fem = is_fem(name)
    if role.startswith('Directeur(trice)'):
        return ('Directrice' if fem else 'Directeur') + role[len('Directeur(trice)'):]
    for f, m in FEM_TO_MASC:
        if fem and role.startswith(m) and not role.startswith(f):
            return f + role[len(m):]
        if not fem and role.startswith(f):
            return m + role[len(f):]
    return role


def signature(rng, name, role, org, lang, ph=None, disclaimer=None):
    role = gender_role(role, name)
    ph = ph or phone(rng, rng.choice(['450', '514', '819']))
    st = rng.randrange(5)
    on = oname(org, lang)
    if st == 0:
        s = '-- \n%s\n%s | %s\n%s %s' % (name, role, on, L(lang, 'Tél. :', 'Tel:'), ph)
    elif st == 1:
        s = '%s\n%s\n%s\n%s\nT %s  F %s' % (name, role, on, org.get('addr', ''), ph, phone(rng, ph[:3]))
    elif st == 2:
        s = '%s, %s\n%s\n%s %s %d' % (name, role.lower(), on, ph, L(lang, 'poste', 'ext.'), rng.randrange(100, 4999))
    elif st == 3:
        s = '%s\n%s' % (name.split()[0], on)
    else:
        s = '_____________________\n%s\n%s\n%s\n%s' % (name, role, on, ph)
    if disclaimer is None:
        disclaimer = rng.random() < 0.3
    if disclaimer:
        s += '\n\n' + rng.choice(DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN)
    return s


def greet(rng, lang, name=None):
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour %s,' % name if name else 'Bonjour à tous,', 'Bonjour à l\'équipe,', 'Salut,',
                'Madame, Monsieur,']
    else:
        opts = ['Hi,', 'Hello %s,' % name if name else 'Hello all,', 'Good morning,', 'Hi team,', 'Dear colleagues,']
    return rng.choice(opts)


def closing(rng, lang):
    return rng.choice(['Merci,', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,', 'Merci à l\'avance,']
                      if lang == 'fr' else ['Thanks,', 'Thank you,', 'Regards,', 'Best,', 'Many thanks,'])


def actor(world, org, lang, kind=None):
    """A staff member of an organisation: (name, email, role, signature)."""
    rng = world.rng
    name = world.staff()
    kind = kind or org.get('kind', 'hospital')
    role = rng.choice(ROLES.get(kind, ROLES['hospital']))
    role = gender_role(role[0], name) if lang == 'fr' else role[1]
    return dict(name=name, addr=email_of(name, org['dom'], rng), role=role, org=org,
                sig=signature(rng, name, role, org, lang))


def hosp(rng):
    return rng.choice(HOSPITALS)


def clinic(rng):
    return rng.choice(CLINICS)


def care_org(rng):
    return rng.choice(HOSPITALS + HOSPITALS + CLINICS)
