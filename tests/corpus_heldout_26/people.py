# Invented people, sites and patient factory (all synthetic).
import datetime, os
from core import gen_on_hn, gen_sin

HERE = os.path.dirname(os.path.abspath(__file__))

SITES = {
    'ON': dict(dom='kingston-general-ex.example', name='Kingston General (EX) Hospital',
               addr='410 Lakeview Crescent, Kingston ON  K7L 9Z9', phone='613-555-0142'),
    'QC': dict(dom='westisland-hosp.example', name='West Island Hospital / Hôpital de l\'Ouest-de-l\'Île',
               addr='2250 boul. des Sources-Est, Pointe-Claire QC  H9R 0Z9', phone='514-555-0170'),
}

STAFF = {
    'ON': [
        ('Priya Raman', 'MD, FRCSC', 'Orthopaedic Surgery', 'praman'),
        ('Owen McAllister', 'MD, FRCSC', 'General Surgery', 'omcallister'),
        ('Kevin Oduya', 'MD, CCFP(EM)', 'Emergency Department', 'koduya'),
        ('Sarah Whitfield', 'RN', 'Surgical Inpatient Unit 5', 'swhitfield'),
        ('Mike Dunlop', '', 'Patient Registration', 'mdunlop'),
        ('Janet Kowalski', '', 'OHIP Billing Office', 'jkowalski'),
        ('Aaron Feldman', 'PT', 'Physiotherapy & Rehab', 'afeldman'),
        ('Lisa Chen', 'MRT(R)', 'Diagnostic Imaging', 'lchen'),
        ('Gillian Forsyth', 'MD, FRCPC', 'Diagnostic Imaging - Radiology', 'gforsyth'),
        ('Ravi Banerjee', 'MD', 'General Surgery Resident PGY3', 'rbanerjee'),
        ('Tanya Morrison', 'MSW, RSW', 'Social Work', 'tmorrison'),
        ('Derek Hollis', '', 'Health Records', 'dhollis'),
        ('Colleen Barrett', 'RPh', 'Pharmacy', 'cbarrett'),
        ('Heather Lang', '', 'Human Resources', 'hlang'),
        ('Brian Stokes', '', 'IT Service Desk', 'bstokes'),
        ('Amanda Reilly', 'RN, BScN', 'Patient Flow', 'areilly'),
    ],
    'QC': [
        ('Marc-André Lefebvre', 'MD, FRCSC', 'Orthopaedics / Orthopédie', 'malefebvre'),
        ('Hélène Tremblay-Ward', 'MD', 'General Surgery / Chirurgie générale', 'htremblayward'),
        ('Jonathan Katz', 'MD', 'Emergency / Urgence', 'jkatz'),
        ('Stéphanie Côté', 'inf.', 'Unité de chirurgie 3 Ouest', 'scote'),
        ('Rosa Ferreira', '', 'Admission / Registration', 'rferreira'),
        ('Daniel O\'Brien', 'pht', 'Physiothérapie / Physiotherapy', 'dobrien'),
        ('Nadia Haddad', 'T.I.M.', 'Imagerie médicale', 'nhaddad'),
        ('Caroline Dufresne', 'T.S.', 'Service social', 'cdufresne'),
        ('Paul Grenier', 'pharm.', 'Pharmacie', 'pgrenier'),
        ('Émilie Bergeron', 'archiviste médicale', 'Archives médicales', 'ebergeron'),
        ('Sophie Lalonde', '', 'Ressources humaines', 'slalonde'),
        ('Kim Nguyen', 'RN', 'Family Medicine Unit / GMF-U', 'knguyen'),
        ('Alain Vachon', '', 'Informatique / IT', 'avachon'),
    ],
}

EXTERNAL = {
    'ON': {'fht': ('Dr. Fiona Gallagher', 'fgallagher@lakeshore-fht.example'),
           'homecare': ('Intake Coordinator', 'intake@homecare-seo.example'),
           'clinic': ('Dr. Martin Abbott', 'mabbott@frontenac-clinic.example'),
           'insurer': ('Claims Unit', 'claims@sunridge-insurance.example'),
           'imaging': ('Booking', 'booking@limestone-imaging.example'),
           'ortho': ('Referrals', 'referrals@quinte-ortho.example'),
           'transport': ('Patient Transfer', 'dispatch@eastontario-transport.example'),
           'research': ('Research Office', 'studies@queensway-research.example'),
           'social': ('Community Support Services', 'intake@kfla-community.example')},
    'QC': {'fht': ('Dre Julie Pelletier', 'jpelletier@gmf-pierrefonds.example'),
           'social': ('Accueil CLSC', 'accueil.clsc@cisss-ouest.example'),
           'clinic': ('Dr Samuel Levine', 'slevine@lakeshore-medical.example'),
           'insurer': ('Service des réclamations', 'reclamations@assur-quebec.example'),
           'transport': ('Transport adapté', 'transport@stm-adapte.example'),
           'homecare': ('Soutien à domicile', 'sad@cisss-ouest.example'),
           'research': ('Centre de recherche', 'recherche@crwi.example'),
           'imaging': ('Imagerie Dorval', 'rdv@imagerie-dorval.example'),
           'ortho': ('Clinique ortho Lakeshore', 'ortho@lakeshore-medical.example')},
}

ON_FIRST_M = ['James', 'Robert', 'William', 'Donald', 'Gary', 'Kyle', 'Trevor', 'Ahmed', 'Raymond', 'Ethan', 'Harold', 'Wayne']
ON_FIRST_F = ['Linda', 'Patricia', 'Brenda', 'Karen', 'Megan', 'Ashley', 'Doris', 'Fatima', 'Joan', 'Chloe', 'Marjorie', 'Tracy']
ON_LAST = ['Henderson', 'McLeod', 'Baxter', 'Quinn', 'Sinclair', 'Dawson', 'Pritchard', 'Boyle', 'Kaur', 'Vanderberg',
           'Lockhart', 'Fitzgerald', 'Macintyre', 'Osei', 'Rutherford', 'Campbell', 'Haines', 'Ferguson']
ON_STREETS = ['Bath Rd', 'Princess St', 'Sydenham Rd', 'Division St', 'Counter St', 'Old Front Rd', 'Woodbine Rd', 'Elmwood Ave']
ON_TOWNS = [('Kingston', 'K7M'), ('Kingston', 'K7K'), ('Amherstview', 'K7N'), ('Napanee', 'K7R'), ('Gananoque', 'K7G')]
QC_STREETS = ['rue Sunnybrooke', 'boul. Gouin Ouest', 'av. Donegani', 'rue Roger-Pilon', 'boul. Saint-Charles', 'rue Cherrier', 'ch. du Bord-du-Lac']
QC_TOWNS = [('Pierrefonds', 'H8Y'), ('Dollard-des-Ormeaux', 'H9B'), ('Kirkland', 'H9J'), ('Beaconsfield', 'H9W'), ('Pointe-Claire', 'H9R')]


def load_nams():
    rows = []
    with open(os.path.join(HERE, '..', 'blind_nams.txt'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            sur, given, dob, sex, nam = line.split()
            rows.append(dict(last=sur, first=given, dob=datetime.date.fromisoformat(dob), sex=sex, nam=nam))
    return rows


def postal(rng, fsa):
    L = 'ABCEGHJKLMNPRSTVWXYZ'
    return '%s %d%s%d' % (fsa, rng.randint(1, 9), rng.choice(L), rng.randint(0, 9))


class PatientFactory:
    def __init__(self, rng, nams):
        self.rng = rng
        self.nams = list(nams)
        rng.shuffle(self.nams)
        self.i = 0

    def make(self, site):
        r = self.rng
        if site == 'QC':
            d = dict(self.nams[self.i % len(self.nams)])
            self.i += 1
            d['mrn'] = r.choice(['%07d' % r.randint(100000, 9999999), '%08d' % r.randint(10000000, 99999999),
                                 'W%07d' % r.randint(0, 9999999)])
            town, fsa = r.choice(QC_TOWNS)
            d['address'] = '%d %s, %s QC  %s' % (r.randint(10, 19999), r.choice(QC_STREETS), town, postal(r, fsa))
            d['phone'] = '514-555-%04d' % r.randint(100, 9999)
            d['hn'] = None
        else:
            sex = r.choice('MF')
            first = r.choice(ON_FIRST_M if sex == 'M' else ON_FIRST_F)
            d = dict(first=first, last=r.choice(ON_LAST), sex=sex,
                     dob=datetime.date(r.randint(1932, 2021), r.randint(1, 12), r.randint(1, 28)))
            d['hn'] = gen_on_hn(r)
            d['vc'] = r.choice(['', '', 'AB', 'KP', 'HT', 'ZX'])
            d['nam'] = None
            d['mrn'] = r.choice(['K%07d' % r.randint(0, 9999999), '%08d' % r.randint(10000000, 99999999),
                                 'KGH-%06d' % r.randint(0, 999999)])
            town, fsa = r.choice(ON_TOWNS)
            d['address'] = '%d %s, %s ON  %s' % (r.randint(10, 2999), r.choice(ON_STREETS), town, postal(r, fsa))
            d['phone'] = '613-555-%04d' % r.randint(100, 9999)
        d['site'] = site
        d['sin'] = gen_sin(r)
        return d


def hon(p, lang):
    if lang == 'fr':
        return 'M.' if p['sex'] == 'M' else 'Mme'
    return 'Mr.' if p['sex'] == 'M' else 'Ms.'


def pro(p, lang, kind='subj'):
    if lang == 'fr':
        return {'subj': 'il' if p['sex'] == 'M' else 'elle', 'obj': 'le' if p['sex'] == 'M' else 'la',
                'adj_e': '' if p['sex'] == 'M' else 'e'}[kind]
    return {'subj': 'he' if p['sex'] == 'M' else 'she', 'obj': 'him' if p['sex'] == 'M' else 'her',
            'pos': 'his' if p['sex'] == 'M' else 'her'}[kind]


def age(p, ref=datetime.date(2026, 11, 15)):
    d = p['dob']
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))
