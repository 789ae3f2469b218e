# -*- coding: utf-8 -*-
"""Shared pools, identifier generation and formatting helpers for the corpus.

Everything here is invented: people, institutions, streets, domains
(*.example) and telephone numbers (555-01xx).  Identifiers other than the
RAMQ NAM are generated valid and verified with python-stdnum; NAMs are read
only from ../blind_nams.txt.
"""
import datetime
import os

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet',
        'août', 'septembre', 'octobre', 'novembre', 'décembre']
MOIS_ABR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.',
            'août', 'sept.', 'oct.', 'nov.', 'déc.']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


# ---------------------------------------------------------------- people pools
QC_GIVEN_F = ['Chantal', 'Josée', 'Isabelle', 'Nicole', 'Ginette', 'Karine',
              'Mélanie', 'Geneviève', 'Linda', 'Heather', 'Brenda', 'Olivia',
              'Aurélie', 'Yasmine', 'Fatima', 'Mei', 'Lise', 'Francine',
              'Rosalie', 'Marie-Ève', 'Annie', 'Carole', 'Danielle', 'Noémie']
QC_GIVEN_M = ['Réjean', 'Denis', 'Yves', 'Stéphane', 'Mathieu', 'Kevin', 'Brian',
              'Raymond', 'Jean-Guy', 'Karim', 'Samuel', 'Hugo', 'Omar',
              'Patrick', 'Gaétan', 'Luc', 'Alain', 'Félix', 'Benoît', 'Ahmed',
              'Trevor', 'Michel', 'Normand', 'Éric']
QC_SURNAMES = ['Tremblay', 'Bergeron', 'Côté', 'Morin', 'Ouellet', 'Bélanger',
               'Lévesque', 'Girard', 'Roy', 'Paquette', 'Boivin', 'Desjardins',
               'Thibault', 'Ménard', 'MacDonald', "O'Neill", 'Kowalski',
               'Nguyen', 'Haddad', 'Benali', 'Martel', 'St-Pierre',
               'Vaillancourt', 'Lachance', 'Beaulieu', 'Dufour', 'Arsenault',
               'Chartrand', 'Fontaine', 'Proulx', 'Guérin', 'Harvey', 'Labelle']
FR_GIVEN_F = ['Camille', 'Léa', 'Nathalie', 'Élodie', 'Sandrine', 'Manon',
              'Clémence', 'Agathe']
FR_GIVEN_M = ['Thomas', 'Antoine', 'Julien', 'Pierre', 'Nicolas', 'Baptiste',
              'Mathis', 'Olivier']
FR_SURNAMES = ['Dubois', 'Moreau', 'Laurent', 'Lefebvre', 'Garnier',
               'Chevalier', 'Rousseau', 'Mercier', 'Faure', 'Blanchard']
BE_GIVEN_F = ['Lotte', 'Sarah', 'Florence', 'Elke', 'Inès', 'Justine']
BE_GIVEN_M = ['Pieter', 'Wim', 'Maxime', 'Luc', 'Arnaud', 'Jelle']
BE_SURNAMES = ['Peeters', 'Janssens', 'Maes', 'Claes', 'Wouters', 'Dumont',
               'Lambert', 'Dupont', 'Vermeulen', 'Goossens']

STAFF_GIVEN = ['Josée', 'Martine', 'Kathleen', 'Rachid', 'Sophie', 'Hélène',
               'Paul', 'Nancy', 'Guylaine', 'Marc-André', 'Julie', 'Daniel',
               'Caroline', 'Sylvain', 'Valérie', 'Steve', 'Amélie', 'Louise',
               'Frédéric', 'Nadia', 'Jennifer', 'Robert', 'Catherine', 'Pascal',
               'Manon', 'Claude', 'Sofia', 'Emma']
STAFF_SURNAMES = ['Bilodeau', 'Rioux', 'Byrne', 'El-Amrani', 'Caouette',
                  'Gagnon', 'Tremblay', 'Lalonde', 'Pinard', 'Hébert', 'Simard',
                  'Poulin', 'Fortin', 'Doucet', 'Chabot', 'Leclerc', 'Turcotte',
                  'Wilson', 'Gauthier', 'Savard', 'Lapointe', 'Boucher',
                  'Cloutier', 'Mercier', 'Dionne', 'Asselin', 'Belzile', 'Kerr']

STREETS_QC = ['rue des Pins', 'boulevard des Érables', 'rue Principale',
              'avenue du Parc-Riverain', 'rue Sainte-Clotilde', 'chemin du Lac-Vert',
              'rue de la Colline', 'montée Saint-Aurèle', 'rue Dorion-Ouest',
              'avenue des Ormes', 'rang du Petit-Brûlé', 'rue Champlain-Nord']
STREETS_EN = ['Maple Crescent', 'Birchwood Drive', 'Lakeview Road', 'Elm Street',
              'Cedar Lane', 'Harbour Street', 'Willow Court', 'Kingsmere Avenue']
TOWNS_QC = [('Saint-Laurent-des-Monts', 'QC', 'J7Z'), ('Val-Brûlé', 'QC', 'J0K'),
            ('Belle-Anse', 'QC', 'G0L'), ('Pointe-Verte', 'QC', 'H9X'),
            ('Lac-Verdier', 'QC', 'J0T'), ('Sainte-Aurèle', 'QC', 'J5R'),
            ('Rivière-aux-Saules', 'QC', 'G5Y')]
TOWNS_ON = [('Glenmoor', 'ON', 'K7S'), ('Harrowfield', 'ON', 'K2W'),
            ('Port Aldous', 'ON', 'K0A')]
TOWNS_FR = [('Montclair-sur-Loire', '49'), ('Saint-Aubin-des-Landes', '35'),
            ('Villeneuve-les-Prés', '69')]
TOWNS_BE = [('Hauterive-sur-Meuse', '5100'), ('Sint-Oudenberg', '8400'),
            ('Ottignies-le-Val', '1340')]


# ---------------------------------------------------------------- institutions
HOSPITALS = [
    dict(key='chslm', lang='fr', name='Centre hospitalier Saint-Laurent-des-Monts',
         short='CHSLM', domain='chslm.example',
         addr='1200, boulevard des Érables, Saint-Laurent-des-Monts (Québec)  J7Z 4K2',
         tel='450-555-0100', fax='450-555-0199'),
    dict(key='hr', lang='fr', name='CISSS des Hautes-Rivières — Hôpital de Val-Brûlé',
         short='CISSS-HR', domain='cisss-hautesrivieres.example',
         addr='75, rue de l\'Hôpital, Val-Brûlé (Québec)  J0K 2T0',
         tel='819-555-0140', fax='819-555-0141'),
    dict(key='lvgh', lang='en', name='Lakeshore Valley General Hospital',
         short='LVGH', domain='lvgh.example',
         addr='4500 Lakeview Road, Pointe-Verte, QC  H9X 2Y8',
         tel='514-555-0172', fax='514-555-0173'),
    dict(key='hrba', lang='fr', name='Hôpital régional de Belle-Anse',
         short='HRBA', domain='hrba.example',
         addr='30, avenue du Phare, Belle-Anse (Québec)  G0L 1B0',
         tel='418-555-0118', fax='418-555-0119'),
]

DEPTS = {
    'roi': dict(fr='Service des archives médicales — Accès à l\'information',
                en='Health Records — Release of Information',
                mbox=['archives', 'roi', 'dossiers.medicaux', 'acces.dossiers']),
    'access': dict(fr='Bureau de l\'accès à l\'information et de la protection des renseignements personnels',
                   en='Access to Information and Privacy Office',
                   mbox=['acces.information', 'aiprp', 'privacy', 'atip']),
    'commissioner': dict(fr='Commissariat aux plaintes et à la qualité des services',
                         en='Office of the Service Quality and Complaints Commissioner',
                         mbox=['commissaire.plaintes', 'plaintes', 'complaints']),
    'relations': dict(fr='Relations avec la clientèle', en='Patient Relations',
                      mbox=['relations.clientele', 'patient.relations', 'usagers']),
    'risk': dict(fr='Direction de la qualité — Gestion intégrée des risques',
                 en='Quality and Risk Management',
                 mbox=['gestion.risques', 'qualite.risques', 'risk.management']),
    'privacy': dict(fr='Bureau de la protection des renseignements personnels',
                    en='Privacy Office', mbox=['vie.privee', 'privacy', 'confidentialite']),
}

ROLES = {
    'roi_clerk': ('agente administrative, archives médicales', 'Release of Information Clerk'),
    'archivist': ('archiviste médicale', 'Health Information Manager'),
    'archivist_chief': ('chef du service des archives', 'Manager, Health Records'),
    'commissioner': ('commissaire aux plaintes et à la qualité des services',
                     'Service Quality and Complaints Commissioner'),
    'deputy_commissioner': ('commissaire adjointe aux plaintes', 'Deputy Complaints Commissioner'),
    'relations_officer': ('agente de relations avec la clientèle', 'Patient Relations Officer'),
    'risk_advisor': ('conseillère en gestion des risques', 'Risk Management Advisor'),
    'quality_director': ('directrice de la qualité, de l\'évaluation et de la performance',
                         'Director, Quality and Performance'),
    'privacy_officer': ('responsable de la protection des renseignements personnels',
                        'Chief Privacy Officer'),
    'legal': ('conseillère juridique, affaires juridiques', 'Legal Counsel'),
    'nurse_manager': ('chef d\'unité de soins', 'Nurse Manager'),
    'secretary': ('secrétaire de direction', 'Administrative Assistant'),
}

EXT_ORGS = {
    'law_fr': [('Bérubé Lapierre avocats', 'berubelapierre.example'),
               ('Gendron Saint-Amour s.e.n.c.r.l.', 'gsa-avocats.example'),
               ('Cabinet Morissette & Vallée', 'morissettevallee.example')],
    'law_en': [('Morrison & Kalt LLP', 'morrisonkalt.example'),
               ('Whitcombe Rourke Barristers', 'whitcomberourke.example'),
               ('Delacroix Shaw LLP', 'delacroixshaw.example')],
    'insurer_fr': [('Assurance-vie Boréale', 'boreale-vie.example'),
                   ('La Mutuelle des Trois-Pignons', 'troispignons.example'),
                   ('Groupe Assurances Cap-Rouge', 'caprouge-assurances.example')],
    'insurer_en': [('Northgate Life Insurance', 'northgatelife.example'),
                   ('Cobalt Mutual Group Benefits', 'cobaltmutual.example'),
                   ('Beacon Ridge Assurance', 'beaconridge.example')],
    'insurer_fr_fr': [('Mutuelle Santé Horizon', 'mutuelle-horizon.example'),
                      ('AssistMonde Rapatriement', 'assistmonde.example')],
    'insurer_be': [('Mutualité Sainte-Aurore', 'msa-mutualite.example'),
                   ('Euro-Assist Benelux', 'euroassist-benelux.example')],
    'police': [('Service de police de Belle-Anse', 'spba.example'),
               ('Régie de police des Hautes-Rivières', 'rphr.example')],
    'coroner': [('Bureau du coroner — région des Hautes-Rivières', 'coroner-hr.example')],
    'dpj': [('Direction de la protection de la jeunesse — CISSS des Hautes-Rivières',
             'dpj.cisss-hautesrivieres.example')],
    'workcomp': [('Commission des normes et de la sécurité du travail (bureau régional fictif)',
                  'cnst-regional.example')],
    'vendor': [('Numérix Archives inc.', 'numerix-archives.example'),
               ('DocuSûr Destruction sécurisée', 'docusur.example'),
               ('Scanline Health Imaging Ltd.', 'scanline.example')],
    'personal': ['courriel.example', 'mailbox.example', 'webpost.example',
                 'videotron-mail.example', 'sympatico-mail.example'],
}

DIAG = {  # (fr, en)
    'fracture_hanche': ('fracture de la hanche droite', 'right hip fracture'),
    'mpoc': ('MPOC exacerbée', 'COPD exacerbation'),
    'diabete': ('diabète de type 2 mal contrôlé', 'poorly controlled type 2 diabetes'),
    'depression': ('dépression majeure avec idées suicidaires', 'major depression with suicidal ideation'),
    'psychose': ('épisode psychotique (schizophrénie)', 'psychotic episode (schizophrenia)'),
    'avc': ('AVC ischémique gauche', 'left ischemic stroke'),
    'infarctus': ('infarctus du myocarde (STEMI)', 'myocardial infarction (STEMI)'),
    'cancer_sein': ('carcinome canalaire infiltrant du sein gauche', 'invasive ductal carcinoma, left breast'),
    'commotion': ('traumatisme craniocérébral léger', 'mild traumatic brain injury'),
    'whiplash': ('entorse cervicale (coup de fouet)', 'cervical sprain (whiplash)'),
    'pneumonie': ('pneumonie communautaire', 'community-acquired pneumonia'),
    'sepsis': ('choc septique d\'origine urinaire', 'urosepsis with septic shock'),
    'alcool': ('intoxication éthylique aiguë', 'acute alcohol intoxication'),
    'surdose': ('surdose d\'opioïdes', 'opioid overdose'),
    'vih': ('infection au VIH', 'HIV infection'),
    'grossesse': ('interruption volontaire de grossesse', 'therapeutic abortion'),
    'demence': ('trouble neurocognitif majeur (Alzheimer)', 'major neurocognitive disorder (Alzheimer type)'),
    'ulcere': ('plaie de pression de stade 3 au sacrum', 'stage 3 sacral pressure injury'),
    'appendicite': ('appendicite perforée', 'perforated appendicitis'),
    'lombalgie': ('hernie discale L4-L5', 'L4-L5 disc herniation'),
    'epilepsie': ('épilepsie', 'epilepsy'),
    'anorexie': ('anorexie mentale', 'anorexia nervosa'),
    'insuf_renale': ('insuffisance rénale chronique stade 4', 'stage 4 chronic kidney disease'),
    'embolie': ('embolie pulmonaire', 'pulmonary embolism'),
    'fracture_poignet': ('fracture du poignet gauche', 'left wrist fracture'),
    'brulure': ('brûlure du 2e degré à l\'avant-bras', 'second-degree burn of the forearm'),
}

DIAG_FEM = {'fracture_hanche', 'mpoc', 'depression', 'whiplash', 'pneumonie', 'alcool', 'surdose', 'vih',
            'grossesse', 'ulcere', 'appendicite', 'lombalgie', 'epilepsie', 'anorexie', 'insuf_renale', 'embolie',
            'fracture_poignet', 'brulure'}


def de(word):
    """French 'de' with elision."""
    return ("d'" if word[:1].lower() in 'aeiouyéèêàâîôûh' else 'de ') + word


MEDS = ['hydromorphone 2 mg', 'warfarine 5 mg', 'metformine 850 mg', 'insuline glargine 20 U',
        'quétiapine 100 mg', 'lorazépam 1 mg', 'apixaban 5 mg', 'méthadone 60 mg',
        'sertraline 100 mg', 'héparine 5000 U', 'furosémide 40 mg', 'clozapine 200 mg',
        'olanzapine 10 mg', 'oxycodone 10 mg', 'lithium 300 mg', 'morphine 5 mg',
        'vancomycine 1 g', 'pipéracilline-tazobactam 4,5 g', 'prednisone 50 mg',
        'Biktarvy', 'buprénorphine-naloxone 8 mg']
MEDS_EN = ['hydromorphone 2 mg', 'warfarin 5 mg', 'metformin 850 mg', 'insulin glargine 20 units',
           'quetiapine 100 mg', 'lorazepam 1 mg', 'apixaban 5 mg', 'methadone 60 mg',
           'sertraline 100 mg', 'heparin 5,000 units', 'furosemide 40 mg', 'clozapine 200 mg',
           'olanzapine 10 mg', 'oxycodone 10 mg', 'lithium 300 mg', 'morphine 5 mg',
           'vancomycin 1 g', 'piperacillin-tazobactam 4.5 g', 'prednisone 50 mg',
           'Biktarvy', 'buprenorphine-naloxone 8 mg']

LABS = [('INR', '4,8', '4.8'), ('HbA1c', '9,4 %', '9.4%'), ('créatinine', '312 µmol/L', '312 umol/L'),
        ('troponine T hs', '1 240 ng/L', '1,240 ng/L'), ('potassium', '6,1 mmol/L', '6.1 mmol/L'),
        ('alcoolémie', '41 mmol/L', '41 mmol/L'), ('hémoglobine', '71 g/L', '71 g/L'),
        ('charge virale VIH', '< 20 copies/mL', '<20 copies/mL'), ('TSH', '0,02 mUI/L', '0.02 mIU/L'),
        ('lithémie', '1,9 mmol/L', '1.9 mmol/L'), ('lactate', '5,6 mmol/L', '5.6 mmol/L'),
        ('glycémie', '27,3 mmol/L', '27.3 mmol/L'), ('DFGe', '18 mL/min', '18 mL/min')]
LAB_EN_NAME = {'créatinine': 'creatinine', 'alcoolémie': 'blood alcohol',
               'hémoglobine': 'hemoglobin', 'charge virale VIH': 'HIV viral load',
               'lithémie': 'lithium level', 'glycémie': 'glucose', 'DFGe': 'eGFR'}


# ---------------------------------------------------------------- identifiers
def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()[:5]
            people.append(dict(surname=sur, given=giv,
                               dob=datetime.date.fromisoformat(dob),
                               sex=sex, nam=nam))
    return people


def make_sin(rng):
    while True:
        first = rng.choice('1234567' + '9')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num) and len(num) == 10:
            return num


def make_niss(rng, dob, sex):
    while True:
        counter = rng.randrange(1, 998)
        if (counter % 2 == 1) != (sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, counter)
        val = int(base) if dob.year < 2000 else int('2' + base)
        num = base + '%02d' % (97 - val % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex, dept=None):
    while True:
        d = dept or rng.choice(['35', '49', '69', '75', '13', '59', '33', '44'])
        commune = '%03d' % rng.randrange(1, 400)
        order = '%03d' % rng.randrange(1, 999)
        base = '%s%02d%02d%s%s%s' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month,
                                     d, commune, order)
        num = base + '%02d' % (97 - int(base) % 97)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng, style=None):
    n = rng.randrange(100000, 9999999)
    style = style or rng.choice(['plain7', 'plain6', 'H', 'dash'])
    if style == 'plain7':
        return '%07d' % n
    if style == 'plain6':
        return '%06d' % (n % 1000000)
    if style == 'H':
        return 'H%07d' % n
    s = '%07d' % n
    return s[:3] + '-' + s[3:]


def fmt_nam(rng, nam, mode=None):
    mode = mode or rng.choice(['plain', 'plain', 'spaced', 'spaced', 'lower', 'dash', 'split2'])
    if mode == 'plain':
        return nam
    if mode == 'spaced':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if mode == 'lower':
        return nam.lower()
    if mode == 'dash':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    return '%s %s' % (nam[:4], nam[4:])


def fmt_sin(rng, s):
    return rng.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (s[:3], s[3:6], s[6:])


def fmt_ohip(rng, s):
    vc = rng.choice(['', ' ' + rng.choice(['AB', 'KT', 'XR', 'MG'])])
    return rng.choice(['%s-%s-%s', '%s %s %s', '%s%s%s']) % (s[:4], s[4:7], s[7:]) + vc


def fmt_niss(rng, s):
    return rng.choice(['%s.%s.%s-%s.%s', '%s%s%s %s %s', '%s%s%s-%s-%s']) % (
        s[:2], s[2:4], s[4:6], s[6:9], s[9:])


def fmt_nir(rng, s):
    if rng.random() < 0.6:
        return '%s %s %s %s %s %s %s' % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])
    return s


# ---------------------------------------------------------------- dates
def fmt_date(rng, d, lang, style=None):
    styles = ['iso', 'long', 'slash', 'short']
    style = style or rng.choice(styles)
    if style == 'iso':
        return d.isoformat()
    if lang == 'fr':
        if style == 'long':
            return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
        if style == 'slash':
            return '%02d/%02d/%d' % (d.day, d.month, d.year)
        return '%d %s %d' % (d.day, MOIS_ABR[d.month - 1], d.year)
    if style == 'long':
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 'slash':
        return '%02d/%02d/%d' % (d.month, d.day, d.year)
    return '%d %s %d' % (d.day, MONTHS[d.month - 1][:3], d.year)


def rand_date(rng, start=(2024, 1, 8), span_days=520):
    base = datetime.date(*start)
    return base + datetime.timedelta(days=rng.randrange(span_days))


def rand_dob(rng, lo=1932, hi=2020):
    return datetime.date(rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- text helpers
def typo(rng, text, p=0.12):
    """Introduce at most one small typo in ordinary prose."""
    if rng.random() > p:
        return text
    words = text.split(' ')
    cands = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha() and w.islower()]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    k = rng.randrange(1, len(w) - 2)
    kind = rng.random()
    if kind < 0.5:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif kind < 0.8:
        w = w[:k] + w[k + 1:]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return ' '.join(words)


def strip_accents(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def phone(rng, area=None):
    area = area or rng.choice(['450', '514', '819', '418', '438', '579'])
    return rng.choice(['%s-555-01%02d', '(%s) 555-01%02d', '%s 555-01%02d', '%s.555.01%02d']) % (
        area, rng.randrange(0, 100))
