"""Invented organisations, staff, patients and dental / OMFS vocabulary."""
import datetime

from gen_common import (Person, FR_GIVEN_F, FR_GIVEN_M, EN_GIVEN_F, EN_GIVEN_M, PATIENT_SURNAMES,
                        STAFF_SURNAMES, BE_SURNAMES, BE_GIVEN_F, BE_GIVEN_M, FR_SURNAMES,
                        strip_accents, make_sin, make_ohn, make_niss, make_nir, make_mrn)


class Org:
    def __init__(self, key, fr, en, domain, phone, fax, addr):
        self.key, self.fr, self.en, self.domain = key, fr, en, domain
        self.phone, self.fax, self.addr = phone, fax, addr

    def name(self, lang):
        return self.fr if lang == 'fr' else self.en


ORGS = {o.key: o for o in [
    Org('clinic', 'Clinique dentaire Boréal', 'Boréal Dental Clinic', 'boreal-dentaire.example',
        '450-555-0110', '450-555-0111', '2150, boul. des Laurentides, bureau 200, Saint-Jérôme (Québec)'),
    Org('omfs', 'Service de chirurgie buccale et maxillo-faciale — Hôpital régional des Hautes-Rivières',
        'Oral and Maxillofacial Surgery — Hautes-Rivières Regional Hospital', 'hr-hautesrivieres.example',
        '450-555-0120', '450-555-0121', '400, rue de l\'Hôpital, pavillon B, 3e étage'),
    Org('gmf', 'GMF des Berges', 'GMF des Berges family medicine group', 'gmf-berges.example',
        '450-555-0130', '450-555-0131', '85, rue Principale Est'),
    Org('pharm', 'Pharmacie Fleury et Audet', 'Fleury & Audet Pharmacy', 'pharmafa.example',
        '450-555-0140', '450-555-0141', '1020, rue Laviolette'),
    Org('lab', 'Laboratoire dentaire Prothélab', 'Prothélab Dental Laboratory', 'prothelab.example',
        '450-555-0150', '450-555-0151', '17, rue de l\'Industrie, local 4'),
    Org('ins', 'Mutuelle Laurentide — Assurance collective', 'Mutuelle Laurentide Group Benefits',
        'mutuelle-laurentide.example', '1-800-555-0160', '1-800-555-0162', 'C.P. 4400, succursale Centre'),
    Org('ins2', 'Cedarline Avantages sociaux', 'Cedarline Benefits', 'cedarline.example',
        '1-888-555-0161', '1-888-555-0163', 'PO Box 920 Station A'),
    Org('dpj', 'Direction de la protection de la jeunesse — Hautes-Rivières',
        'Youth Protection (DPJ) — Hautes-Rivières', 'dpj-hautesrivieres.example',
        '450-555-0170', '450-555-0171', '300, rue Saint-Georges'),
    Org('ortho', 'Orthodontie Lemay', 'Lemay Orthodontics', 'ortho-lemay.example',
        '450-555-0180', '450-555-0181', '44, rue Labelle'),
    Org('ont', 'Équipe de santé familiale Riverside', 'Riverside Family Health Team',
        'riverside-fht.example', '613-555-0175', '613-555-0176', '1500 Riverside Drive, Suite 3'),
    Org('gat', 'Clinique dentaire Rideau-Outaouais', 'Rideau-Outaouais Dental', 'rideau-dentaire.example',
        '819-555-0185', '819-555-0186', '210, boul. Saint-Joseph, Gatineau'),
    Org('be', 'Mutualité Escaut-Meuse', 'Escaut-Meuse Mutual', 'mut-escautmeuse.example',
        '+32 2 555 01 90', '+32 2 555 01 91', 'Rue des Tanneurs 12, Bruxelles'),
    Org('frm', 'Mutuelle Hexagone Santé', 'Hexagone Santé mutual', 'hexasante.example',
        '+33 1 55 50 01 95', '+33 1 55 50 01 96', '8 rue Lafayette, Paris'),
    Org('cdap', 'CHSLD des Érables', 'Des Érables long-term care centre', 'chsld-erables.example',
        '450-555-0125', '450-555-0126', '55, chemin des Érables'),
    Org('school', 'Programme de santé dentaire publique — CISSS', 'Public dental health program — CISSS',
        'sante-publique-hr.example', '450-555-0135', '450-555-0136', '120, rue Parent'),
]}


class Staff:
    def __init__(self, given, surname, role_fr, role_en, org, dr=False, sex='F'):
        self.given, self.surname = given, surname
        self.role_fr, self.role_en = role_fr, role_en
        self.org, self.dr, self.sex = org, dr, sex
        local = strip_accents('%s.%s' % (given, surname)).lower().replace(' ', '').replace("'", '')
        self.email = '%s@%s' % (local, ORGS[org].domain)

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def title(self, lang):
        if not self.dr:
            return self.full
        if lang == 'fr':
            return '%s %s' % ('Dre' if self.sex == 'F' else 'Dr', self.full)
        return 'Dr. %s' % self.full

    def short(self, lang):
        if self.dr:
            if lang == 'fr':
                return '%s %s' % ('Dre' if self.sex == 'F' else 'Dr', self.surname)
            return 'Dr. %s' % self.surname
        return self.given

    def role(self, lang):
        return self.role_fr if lang == 'fr' else self.role_en

    def addr(self, lang):
        return (self.title(lang), self.email)


ROLES = [
    # key, fr, en, org, dr, count
    ('dentist', 'dentiste généraliste', 'general dentist', 'clinic', True, 4),
    ('hyg', 'hygiéniste dentaire', 'dental hygienist', 'clinic', False, 4),
    ('assist', 'assistante dentaire', 'dental assistant', 'clinic', False, 2),
    ('recep', 'réception / prise de rendez-vous', 'front desk', 'clinic', False, 3),
    ('mgr', 'gestionnaire de la clinique', 'clinic manager', 'clinic', False, 1),
    ('omfs', 'chirurgien buccal et maxillo-facial', 'oral and maxillofacial surgeon', 'omfs', True, 4),
    ('resident', 'résident en chirurgie buccale et maxillo-faciale', 'OMFS resident', 'omfs', True, 3),
    ('omfs_sec', 'agente administrative, chirurgie maxillo-faciale', 'OMFS unit clerk', 'omfs', False, 2),
    ('nurse', 'infirmière, bloc opératoire', 'OR nurse', 'omfs', False, 2),
    ('anesth', 'anesthésiologiste', 'anesthesiologist', 'omfs', True, 1),
    ('onco', 'radio-oncologue', 'radiation oncologist', 'omfs', True, 1),
    ('sw', 'travailleuse sociale', 'social worker', 'omfs', False, 1),
    ('it', 'technicien en informatique', 'IT technician', 'omfs', False, 1),
    ('hr', 'conseillère en ressources humaines', 'HR advisor', 'omfs', False, 1),
    ('md', 'médecin de famille', 'family physician', 'gmf', True, 3),
    ('pharm', 'pharmacien', 'pharmacist', 'pharm', False, 2),
    ('labtech', 'denturologiste / technicien dentaire', 'dental technician', 'lab', False, 2),
    ('insurer', 'analyste des réclamations dentaires', 'dental claims analyst', 'ins', False, 2),
    ('insurer2', 'claims adjudicator', 'claims adjudicator', 'ins2', False, 1),
    ('dpj', 'intervenante à l\'évaluation', 'intake worker', 'dpj', False, 1),
    ('ortho', 'orthodontiste', 'orthodontist', 'ortho', True, 1),
    ('ontmd', 'family physician', 'family physician', 'ont', True, 1),
    ('gat', 'dentiste', 'dentist', 'gat', True, 1),
    ('chsld', 'infirmière-chef', 'nurse manager', 'cdap', False, 1),
    ('pubhealth', 'hygiéniste en santé publique', 'public health hygienist', 'school', False, 1),
    ('be', 'conseillère soins de santé', 'healthcare adviser', 'be', False, 1),
    ('frm', 'gestionnaire prestations', 'benefits officer', 'frm', False, 1),
]


class World:
    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = holders
        hs = {h.surname for h in holders}
        self.pat_surnames = [s for s in PATIENT_SURNAMES if s not in hs]
        staff_sn = [s for s in STAFF_SURNAMES if s not in hs]
        rng.shuffle(staff_sn)
        self.staff = {}
        i = 0
        for key, fr, en, org, dr, count in ROLES:
            lst = []
            for _ in range(count):
                sex = rng.choice('FM')
                pool = (FR_GIVEN_F if sex == 'F' else FR_GIVEN_M) if rng.random() < 0.7 else \
                       (EN_GIVEN_F if sex == 'F' else EN_GIVEN_M)
                if fr.endswith('ière') or fr.startswith('assistante') or fr.startswith('infirmière') \
                        or fr.startswith('travailleuse') or fr.startswith('conseillère') \
                        or fr.startswith('intervenante') or fr.startswith('agente'):
                    sex = 'F'
                    pool = FR_GIVEN_F
                lst.append(Staff(rng.choice(pool), staff_sn[i % len(staff_sn)], fr, en, org, dr, sex))
                i += 1
            self.staff[key] = lst
        self.used_patient_names = set()
        self.holder_queue = list(holders)
        rng.shuffle(self.holder_queue)
        self.holder_pos = 0

    def s(self, key):
        return self.rng.choice(self.staff[key])

    def org(self, key):
        return ORGS[key]

    # ---------------------------------------------------------- patients
    def _decorate(self, p):
        rng = self.rng
        p.mrn = make_mrn(rng)
        area = rng.choice(['450', '514', '579', '819', '438'])
        p.phone = '%s-555-01%02d' % (area, rng.randrange(0, 100))
        streets = ['rue des Pins', 'rue Saint-Georges', 'montée Sainte-Thérèse', 'rue Blainville',
                   'chemin du Lac-Bertrand', 'rue de Martigny', 'avenue du Parc', 'rue Dubois',
                   'boul. Lachapelle', 'rang Sainte-Marguerite', 'rue des Hirondelles']
        towns = ['Saint-Jérôme', 'Prévost', 'Mirabel', 'Sainte-Sophie', 'Lafontaine', 'Saint-Colomban',
                 'Sainte-Adèle', 'Val-David']
        p.address = '%d, %s, %s' % (rng.randrange(10, 3999), rng.choice(streets), rng.choice(towns))
        p.sin = make_sin(rng)
        return p

    def holder(self):
        h = self.holder_queue[self.holder_pos % len(self.holder_queue)]
        self.holder_pos += 1
        if h.mrn is None:
            self._decorate(h)
        return h

    def holder_where(self, pred):
        """Next holder (in queue order) satisfying pred; falls back to any."""
        n = len(self.holder_queue)
        for k in range(n):
            h = self.holder_queue[(self.holder_pos + k) % n]
            if pred(h):
                # swap to keep rotation fair
                j = (self.holder_pos + k) % n
                i = self.holder_pos % n
                q = self.holder_queue
                q[i], q[j] = q[j], q[i]
                return self.holder()
        return self.holder()

    def patient(self, lang='fr', min_age=18, max_age=90, kind='qc', on=datetime.date(2025, 6, 1)):
        rng = self.rng
        while True:
            sex = rng.choice('FM')
            if kind == 'be':
                given = rng.choice(BE_GIVEN_F if sex == 'F' else BE_GIVEN_M)
                sur = rng.choice(BE_SURNAMES)
            elif kind == 'fr':
                given = rng.choice(FR_GIVEN_F if sex == 'F' else FR_GIVEN_M)
                sur = rng.choice(FR_SURNAMES)
            else:
                if lang == 'en' and rng.random() < 0.7:
                    given = rng.choice(EN_GIVEN_F if sex == 'F' else EN_GIVEN_M)
                else:
                    given = rng.choice(FR_GIVEN_F if sex == 'F' else FR_GIVEN_M)
                sur = rng.choice(self.pat_surnames)
            if (given, sur) not in self.used_patient_names:
                self.used_patient_names.add((given, sur))
                break
        age = rng.randrange(min_age, max_age + 1)
        dob = datetime.date(on.year - age - 1, rng.randrange(1, 13), rng.randrange(1, 29))
        p = Person(sur, given, dob, sex)
        self._decorate(p)
        if kind == 'be':
            p.niss = make_niss(rng, dob, sex)
        if kind == 'fr':
            p.nir = make_nir(rng, dob, sex)
        p.ohn = make_ohn(rng)
        return p

    def holder_or_patient(self, lang, p_holder=0.5, **kw):
        if self.rng.random() < p_holder:
            return self.holder()
        return self.patient(lang, **kw)


# ---------------------------------------------------------------- vocabulary (fr, en)
TEETH_3M = ['18', '28', '38', '48']
TEETH = ['11', '12', '13', '14', '15', '16', '17', '21', '22', '23', '24', '25', '26', '27',
         '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '47']

DX_ORAL = [
    ('dent de sagesse {t} incluse, péricoronarite récidivante', 'impacted {t} with recurrent pericoronitis'),
    ('parodontite stade III grade B généralisée', 'generalised stage III grade B periodontitis'),
    ('abcès périapical sur la {t}', 'periapical abscess on {t}'),
    ('kyste dentigère mandibulaire gauche associé à la 38', 'left mandibular dentigerous cyst associated with 38'),
    ('leucoplasie de la face latérale gauche de la langue', 'leukoplakia of the left lateral tongue'),
    ('ostéonécrose de la mâchoire liée aux médicaments (MRONJ), stade 2',
     'medication-related osteonecrosis of the jaw (MRONJ), stage 2'),
    ('fracture de l\'angle mandibulaire droit', 'right mandibular angle fracture'),
    ('déplacement discal sans réduction de l\'ATM droite', 'right TMJ disc displacement without reduction'),
    ('alvéolite sèche au site de la {t}', 'dry socket at the {t} site'),
    ('lichen plan buccal érosif', 'erosive oral lichen planus'),
    ('cellulite faciale d\'origine dentaire (sous-mandibulaire)', 'odontogenic submandibular cellulitis'),
    ('paresthésie du nerf alvéolaire inférieur gauche', 'left inferior alveolar nerve paresthesia'),
    ('communication bucco-sinusienne après extraction de la {t}', 'oro-antral communication after extraction of {t}'),
    ('fracture verticale de la racine de la {t}', 'vertical root fracture of {t}'),
    ('péri-implantite autour de l\'implant en {t}', 'peri-implantitis around the implant at {t}'),
    ('ostéoradionécrose de la mandibule', 'osteoradionecrosis of the mandible'),
    ('mucocèle de la lèvre inférieure', 'lower lip mucocele'),
    ('améloblastome présumé, branche montante droite', 'suspected ameloblastoma of the right ramus'),
]
DX_MED = [
    ('diabète de type 2 mal contrôlé', 'poorly controlled type 2 diabetes'),
    ('fibrillation auriculaire sous anticoagulothérapie', 'atrial fibrillation on anticoagulation'),
    ('ostéoporose', 'osteoporosis'),
    ('cancer de l\'oropharynx, radiothérapie prévue', 'oropharyngeal cancer, radiotherapy planned'),
    ('valve aortique mécanique', 'mechanical aortic valve'),
    ('insuffisance rénale chronique stade 4', 'stage 4 chronic kidney disease'),
    ('hépatite C chronique', 'chronic hepatitis C'),
    ('épilepsie', 'epilepsy'),
    ('grossesse de 24 semaines', '24-week pregnancy'),
    ('myélome multiple', 'multiple myeloma'),
    ('apnée obstructive du sommeil sévère', 'severe obstructive sleep apnea'),
    ('trouble anxieux généralisé, phobie dentaire', 'generalised anxiety disorder with dental phobia'),
    ('maladie de Parkinson', 'Parkinson disease'),
    ('cancer du sein métastatique', 'metastatic breast cancer'),
    ('VIH bien contrôlé', 'well-controlled HIV'),
]
MEDS = [
    ('apixaban 5 mg BID', 'apixaban 5 mg BID'),
    ('warfarine 4 mg die', 'warfarin 4 mg daily'),
    ('alendronate 70 mg une fois par semaine depuis 6 ans', 'alendronate 70 mg weekly for 6 years'),
    ('dénosumab (Prolia) 60 mg aux 6 mois', 'denosumab (Prolia) 60 mg every 6 months'),
    ('zolédronate IV mensuel', 'monthly IV zoledronic acid'),
    ('clopidogrel 75 mg die', 'clopidogrel 75 mg daily'),
    ('metformine 1000 mg BID', 'metformin 1000 mg BID'),
    ('prednisone 10 mg die', 'prednisone 10 mg daily'),
    ('méthotrexate 15 mg par semaine', 'methotrexate 15 mg weekly'),
    ('insuline glargine 30 U HS', 'insulin glargine 30 U at bedtime'),
    ('lévétiracétam 500 mg BID', 'levetiracetam 500 mg BID'),
    ('méthadone 60 mg die', 'methadone 60 mg daily'),
]
RX_DENT = [
    ('amoxicilline 500 mg TID x 7 jours', 'amoxicillin 500 mg TID x 7 days'),
    ('clindamycine 300 mg QID x 7 jours', 'clindamycin 300 mg QID x 7 days'),
    ('chlorhexidine 0,12 % rince-bouche BID', 'chlorhexidine 0.12% rinse BID'),
    ('ibuprofène 600 mg q6h PRN', 'ibuprofen 600 mg q6h PRN'),
    ('acétaminophène 1 g q6h', 'acetaminophen 1 g q6h'),
    ('hydromorphone 1 mg q4h PRN (12 co.)', 'hydromorphone 1 mg q4h PRN (12 tabs)'),
    ('acétaminophène-codéine 300/30, 15 co.', 'acetaminophen-codeine 300/30, 15 tabs'),
    ('métronidazole 500 mg BID', 'metronidazole 500 mg BID'),
    ('acide tranexamique 5 % en rince-bouche', 'tranexamic acid 5% mouthwash'),
    ('triazolam 0,25 mg 1 h avant le rendez-vous', 'triazolam 0.25 mg 1 h before the appointment'),
    ('fluorure de sodium 1,1 % en gel HS', 'sodium fluoride 1.1% gel at bedtime'),
    ('nystatine suspension 100 000 U/mL', 'nystatin suspension 100,000 U/mL'),
]
LABS = [
    ('INR {inr}', 'INR {inr}'),
    ('HbA1c {a1c} %', 'HbA1c {a1c}%'),
    ('plaquettes {plt} x 10^9/L', 'platelets {plt} x 10^9/L'),
    ('hémoglobine {hb} g/L', 'haemoglobin {hb} g/L'),
    ('créatinine {cr} µmol/L', 'creatinine {cr} µmol/L'),
    ('glycémie capillaire {glu} mmol/L', 'capillary glucose {glu} mmol/L'),
    ('CTX sérique {ctx} pg/mL', 'serum CTX {ctx} pg/mL'),
    ('neutrophiles {neu} x 10^9/L', 'neutrophils {neu} x 10^9/L'),
]
PATHO = [
    ('dysplasie épithéliale modérée, marges atteintes', 'moderate epithelial dysplasia, margins involved'),
    ('carcinome épidermoïde bien différencié, invasion 3 mm', 'well-differentiated squamous cell carcinoma, 3 mm depth of invasion'),
    ('kyste radiculaire, aucune atypie', 'radicular cyst, no atypia'),
    ('hyperkératose sans dysplasie', 'hyperkeratosis without dysplasia'),
    ('améloblastome de type folliculaire', 'follicular ameloblastoma'),
    ('lichen plan, compatible', 'consistent with lichen planus'),
    ('kératokyste odontogène', 'odontogenic keratocyst'),
]
PROCS = [
    ('extraction des 4 dents de sagesse sous sédation IV', 'removal of four third molars under IV sedation'),
    ('pose d\'implant en {t}', 'implant placement at {t}'),
    ('greffe osseuse et élévation sinusienne', 'bone graft and sinus lift'),
    ('biopsie excisionnelle', 'excisional biopsy'),
    ('ostéotomie sagittale bilatérale', 'bilateral sagittal split osteotomy'),
    ('réduction ouverte et fixation interne', 'open reduction and internal fixation'),
    ('extractions multiples et alvéoloplastie', 'multiple extractions with alveoloplasty'),
    ('traitement de canal de la {t}', 'root canal treatment on {t}'),
    ('surfaçage radiculaire 4 quadrants', 'four-quadrant scaling and root planing'),
    ('couronne zircone sur la {t}', 'zirconia crown on {t}'),
]


def pick(rng, lst, lang, **kw):
    fr, en = rng.choice(lst)
    s = fr if lang == 'fr' else en
    if '{t}' in s and ('sagesse' in fr or 'bucco-sinusienne' in fr):
        kw['t'] = rng.choice(TEETH_3M if 'sagesse' in fr else ['16', '17', '26', '27'])
    elif '{t}' in s and 't' not in kw:
        kw['t'] = rng.choice(TEETH)
    return s.format(**kw) if kw else s


def lab_values(rng, lang):
    dec = (lambda x: x.replace('.', ',')) if lang == 'fr' else (lambda x: x)
    return dict(inr=dec('%.1f' % rng.uniform(1.8, 3.9)), a1c=dec('%.1f' % rng.uniform(7.2, 11.5)),
                plt=rng.randrange(38, 120), hb=rng.randrange(82, 118), cr=rng.randrange(140, 390),
                glu=dec('%.1f' % rng.uniform(9.5, 19.8)), ctx=rng.randrange(60, 180),
                neu=dec('%.1f' % rng.uniform(0.4, 1.4)))


def pick_lab(rng, lang):
    fr, en = rng.choice(LABS)
    return (fr if lang == 'fr' else en).format(**lab_values(rng, lang))


# ---------------------------------------------------------------- greetings / signatures
def greeting(rng, lang, who=None):
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour {w},', 'Salut {w},', 'Bonjour à tous,', 'Chère collègue,',
                'Cher confrère,', 'Allo {w},', '{w},', 'Bon matin,']
    else:
        opts = ['Hi,', 'Hi {w},', 'Hello {w},', 'Dear {w},', 'Good morning,', '{w} -', 'Hello all,',
                'Dear colleague,']
    g = rng.choice(opts)
    if '{w}' in g:
        g = g.format(w=who or ('collègue' if lang == 'fr' else 'team'))
    return g


def closing(rng, lang):
    if lang == 'fr':
        return rng.choice(['Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,',
                           'Au plaisir,', 'Merci à l\'avance,', 'Salutations,', 'Bien à vous,', ''])
    return rng.choice(['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Kind regards,', 'Cheers,',
                       'Many thanks,', ''])


DISCLAIMER_FR = ('AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements '
                 'confidentiels. Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur '
                 'et le détruire.')
DISCLAIMER_EN = ('CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you '
                 'received it in error, please notify the sender and delete it.')


def signature(rng, staff, lang):
    org = ORGS[staff.org]
    style = rng.randrange(6)
    if style == 0:
        return [staff.given]
    if style == 1:
        return [staff.title(lang), staff.role(lang)]
    lines = [staff.title(lang), staff.role(lang), org.name(lang)]
    if style >= 3:
        lines.append(org.addr)
    lines.append(('Tél. ' if lang == 'fr' else 'Tel. ') + org.phone +
                 ((' | Téléc. ' if lang == 'fr' else ' | Fax ') + org.fax if style != 3 else ''))
    if style == 4:
        lines.append(staff.email)
    if style >= 4 or rng.random() < 0.3:
        lines += ['', DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN]
    return lines


# diagnosis -> planned procedure, with the teeth each pair may use
CONSULT_PAIRS = [
    (TEETH_3M, 'dent de sagesse {t} incluse, péricoronarite récidivante', 'impacted {t} with recurrent pericoronitis',
     'extraction des dents de sagesse sous sédation IV', 'removal of the third molars under IV sedation'),
    (['38'], 'kyste dentigère mandibulaire gauche associé à la 38', 'left mandibular dentigerous cyst associated with 38',
     'énucléation du kyste et extraction de la 38', 'cyst enucleation and removal of 38'),
    (['-'], 'leucoplasie de la face latérale gauche de la langue', 'leukoplakia of the left lateral tongue',
     'biopsie excisionnelle', 'excisional biopsy'),
    (['14', '15', '24', '25', '35', '45', '46', '36'], 'fracture verticale de la racine de la {t}', 'vertical root fracture of {t}',
     'extraction de la {t} avec greffe alvéolaire, implant dans 4 mois', 'extraction of {t} with socket graft, implant in 4 months'),
    (['16', '26'], 'édentation postérieure en {t} avec sinus pneumatisé', 'missing {t} with a pneumatised sinus',
     'greffe osseuse et élévation sinusienne', 'bone graft and sinus lift'),
    (['-'], 'déplacement discal sans réduction de l\'ATM droite', 'right TMJ disc displacement without reduction',
     'arthrocentèse de l\'ATM droite', 'right TMJ arthrocentesis'),
    (['16', '17', '26', '27'], 'communication bucco-sinusienne après extraction de la {t}', 'oro-antral communication after extraction of {t}',
     'fermeture par lambeau d\'avancement vestibulaire', 'closure with a buccal advancement flap'),
    (['36', '46', '14', '25'], 'péri-implantite autour de l\'implant en {t}', 'peri-implantitis around the implant at {t}',
     'débridement chirurgical et décontamination de l\'implant', 'surgical debridement and implant decontamination'),
    (['-'], 'mucocèle de la lèvre inférieure', 'lower lip mucocele', 'exérèse de la mucocèle', 'mucocele excision'),
    (['-'], 'améloblastome présumé, branche montante droite', 'suspected ameloblastoma of the right ramus',
     'biopsie incisionnelle sous anesthésie générale', 'incisional biopsy under general anaesthesia'),
    (['36', '37', '46', '47', '26'], 'abcès périapical sur la {t}, dent non restaurable', 'periapical abscess on {t}, tooth not restorable',
     'extraction de la {t}', 'extraction of {t}'),
]


def pick_pair(rng, lang):
    teeth, dfr, den, pfr, pen = rng.choice(CONSULT_PAIRS)
    t = rng.choice(teeth)
    if lang == 'fr':
        return dfr.format(t=t), pfr.format(t=t)
    return den.format(t=t), pen.format(t=t)


def pick_dxmed(rng, lang, p, lst=None):
    """Medical history item compatible with the patient's sex and age."""
    lst = lst or DX_MED
    age = 2025 - p.dob.year
    ok = [x for x in lst if not (x[1].startswith('24-week') and (p.sex != 'F' or not 18 <= age <= 45))]
    fr, en = rng.choice(ok)
    return fr if lang == 'fr' else en
