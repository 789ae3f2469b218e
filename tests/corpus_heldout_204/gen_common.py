"""Shared data, identifier helpers and message containers for the corpus.

Organisation (invented): Hopital de l'Enfance Boreale / Boreal Children's
Hospital, Aurore paediatric haematology-oncology centre, Montreal.
"""
import datetime
import os
import random
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss',
         'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']

# --------------------------------------------------------------------------- holders
@dataclass
class Holder:
    surname: str
    given: str
    dob: datetime.date
    sex: str
    nam: str


def load_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, datetime.date.fromisoformat(dob), sex, nam))
    return out


# --------------------------------------------------------------------------- organisation
DOM = 'enfanceboreale.example'
ORG_FR = "Hôpital de l'Enfance Boréale"
ORG_EN = "Boreal Children's Hospital"
CENTRE_FR = "Centre d'hémato-oncologie pédiatrique Aurore"
CENTRE_EN = "Aurore Paediatric Haematology-Oncology Centre"
ADDR = "4100, boulevard des Érables, Montréal (Québec)  H2X 0A4"
ADDR_EN = "4100 des Érables Blvd., Montreal, QC  H2X 0A4"


def phone(n):
    return '514-555-01%02d' % (n % 100)


@dataclass
class Person:
    key: str
    title: str      # Dr, Dre, Mme, M., Ms., Mr.
    given: str
    surname: str
    role_fr: str
    role_en: str
    email: str
    ext: int
    lang: str = 'fr'
    domain: str = DOM
    org: bool = False

    @property
    def name(self):
        return ('%s %s' % (self.given, self.surname)).strip()

    @property
    def addr(self):
        return '%s@%s' % (self.email, self.domain)

    def tname(self):
        return ('%s %s' % (self.title, self.name)) if self.title in ('Dr', 'Dre', 'Dr.') else self.name

    def sig(self, lang, rng=None, short=False):
        role = self.role_fr if lang == 'fr' else self.role_en
        if short:
            return '%s\n%s' % (self.given if rng and rng.random() < 0.5 else self.name, role)
        if self.domain != DOM:
            area = {'ovchc.example': '613', 'chr-valdespins.example': '819', 'clinique-desmoulins.example': '450',
                    'campfeuxfollets.example': '819', 'campfirefly.example': '819'}.get(self.domain, '514')
            tel = ('Tél. : %s' if lang == 'fr' else 'Tel: %s') % (area + phone(self.ext)[3:])
            return '%s\n%s\n%s' % (self.tname(), role, tel)
        centre = CENTRE_FR if lang == 'fr' else CENTRE_EN
        org = ORG_FR if lang == 'fr' else ORG_EN
        adr = ADDR if lang == 'fr' else ADDR_EN
        tel = 'Tél. : %s, poste %d' % (phone(self.ext), 2000 + self.ext) if lang == 'fr' else \
            'Tel: %s ext. %d' % (phone(self.ext), 2000 + self.ext)
        return '%s\n%s\n%s | %s\n%s\n%s' % (self.tname(), role, centre, org, adr, tel)


def _p(key, title, given, surname, rfr, ren, email, ext, lang='fr', domain=DOM):
    return Person(key, title, given, surname, rfr, ren, email, ext, lang, domain)


def orgp(key, name, rfr, ren, email, ext, lang='fr', domain=DOM):
    """A service mailbox rather than a person."""
    return Person(key, '', name, '', rfr, ren, email, ext, lang, domain, True)


STAFF = {p.key: p for p in [
    _p('roussel', 'Dre', 'Amélie', 'Roussel', 'Hémato-oncologue pédiatrique', 'Paediatric haematologist-oncologist', 'amelie.roussel', 11),
    _p('belhadj', 'Dr', 'Karim', 'Belhadj', 'Hémato-oncologue pédiatrique', 'Paediatric haematologist-oncologist', 'karim.belhadj', 12),
    _p('fitz', 'Dr', 'Owen', 'Fitzgerald', 'Hématologue pédiatrique (hémostase)', 'Paediatric haematologist, haemostasis and thrombosis', 'owen.fitzgerald', 13, 'en'),
    _p('lam', 'Dre', 'Sophie', 'Lam', 'Hématologue pédiatrique, hémoglobinopathies', 'Paediatric haematologist, haemoglobinopathies', 'sophie.lam', 14),
    _p('vaill', 'Dr', 'Étienne', 'Vaillancourt', 'Neuro-oncologue pédiatrique', 'Paediatric neuro-oncologist', 'etienne.vaillancourt', 15),
    _p('kessler', 'Dre', 'Hannah', 'Kessler', 'Greffe de cellules souches hématopoïétiques', 'Stem cell transplant physician', 'hannah.kessler', 16, 'en'),
    _p('corriveau', 'Dr', 'Julien', 'Corriveau', 'Résident, hémato-oncologie', 'Fellow, haematology-oncology', 'julien.corriveau', 17),
    _p('asselin', 'Dre', 'Mireille', 'Asselin', 'Radio-oncologue', 'Radiation oncologist', 'mireille.asselin', 18),
    _p('garneau', 'Mme', 'Isabelle', 'Garneau', 'Infirmière pivot en oncologie pédiatrique', 'Paediatric oncology nurse navigator', 'isabelle.garneau', 21),
    _p('doyle', 'Ms.', 'Kathleen', 'Doyle', 'Infirmière clinicienne, accès vasculaires', 'Clinical nurse specialist, vascular access', 'kathleen.doyle', 22, 'en'),
    _p('ferland', 'Mme', 'Nadia', 'Ferland', 'Pharmacienne, oncologie pédiatrique', 'Oncology pharmacist', 'nadia.ferland', 23),
    _p('ng', 'Mr.', 'Patrick', 'Ng', 'Pharmacien, oncologie pédiatrique', 'Paediatric oncology pharmacist', 'patrick.ng', 24, 'en'),
    _p('sauve', 'Mme', 'Valérie', 'Sauvé', "Spécialiste en milieu de vie de l'enfant", 'Child life specialist', 'valerie.sauve', 25),
    _p('albright', 'Ms.', 'Megan', 'Albright', "Spécialiste en milieu de vie de l'enfant", 'Certified child life specialist', 'megan.albright', 26, 'en'),
    _p('poulin', 'Mme', 'Chantal', 'Poulin', 'Enseignante, liaison scolaire', 'Hospital school liaison teacher', 'chantal.poulin', 27),
    _p('castell', 'Mr.', 'Ryan', 'Castellano', 'Enseignant, liaison scolaire', 'School liaison teacher', 'ryan.castellano', 28, 'en'),
    _p('cardinal', 'Mme', 'Marie-Ève', 'Cardinal', 'Travailleuse sociale', 'Social worker', 'marie-eve.cardinal', 29),
    _p('okonkwo', 'Ms.', 'Tanya', 'Okonkwo', 'Travailleuse sociale', 'Social worker', 'tanya.okonkwo', 30, 'en'),
    _p('berube', 'Mme', 'Louise', 'Bérubé', 'Agente administrative, rendez-vous', 'Booking clerk', 'louise.berube', 31),
    _p('duchesne', 'M.', 'Gabriel', 'Duchesne', 'Technologiste, banque de sang', 'Blood bank technologist', 'gabriel.duchesne', 32),
    _p('laliberte', 'Dr', 'Frédéric', 'Laliberté', 'Médecine transfusionnelle', 'Transfusion medicine physician', 'frederic.laliberte', 33),
    _p('arsenault', 'Mme', 'Sandrine', 'Arsenault', 'Nutritionniste', 'Dietitian', 'sandrine.arsenault', 34),
    _p('demers', 'Mme', 'Lucie', 'Demers', 'Conseillère en ressources humaines', 'HR advisor', 'lucie.demers', 40),
    _p('provost', 'M.', 'Alain', 'Provost', 'Service de la paie', 'Payroll', 'alain.provost', 41),
    _p('huard', 'M.', 'Daniel', 'Huard', 'Services techniques', 'Facilities', 'daniel.huard', 42),
    _p('lacombe', 'Mme', 'Josiane', 'Lacombe', 'Chef de service, hémato-oncologie', 'Nurse manager, haematology-oncology', 'josiane.lacombe', 43),
    _p('mendes', 'Ms.', 'Carla', 'Mendes', 'Coordonnatrice de la recherche clinique', 'Clinical research coordinator', 'carla.mendes', 44, 'en'),
    _p('kaur', 'Ms.', 'Simran', 'Kaur', 'Infirmière, clinique externe', 'Outpatient oncology nurse', 'simran.kaur', 45, 'en'),
    _p('beaudry', 'Mme', 'Ariane', 'Beaudry', 'Infirmière, clinique de jour', 'Day hospital nurse', 'ariane.beaudry', 46),
    _p('whitfield', 'Dr', 'Noah', 'Whitfield', 'Résident R3, pédiatrie', 'PGY-3 paediatrics resident', 'noah.whitfield', 47, 'en'),
]}

EXTERNAL = {p.key: p for p in [
    _p('bastarache', 'Dr', 'Simon', 'Bastarache', 'Pédiatre, CH régional de Val-des-Pins', 'Paediatrician, Val-des-Pins Regional Hospital', 'sbastarache', 61, 'fr', 'chr-valdespins.example'),
    _p('comtois', 'Dre', 'Annie', 'Comtois', 'Pédiatre, Clinique pédiatrique des Moulins', 'Paediatrician, Des Moulins Paediatric Clinic', 'acomtois', 62, 'fr', 'clinique-desmoulins.example'),
    _p('harrington', 'Dr', 'Paul', 'Harrington', 'Paediatrician, Lakeshore Family Health', 'Paediatrician, Lakeshore Family Health', 'pharrington', 63, 'en', 'lakeshorefh.example'),
    _p('vezina', 'M.', 'Luc', 'Vézina', 'Pharmacien propriétaire, Pharmacie Vézina & Lemay', 'Pharmacist, Vézina & Lemay Pharmacy', 'labo', 64, 'fr', 'pharmavezina.example'),
    _p('quinlan', 'Ms.', 'Erin', 'Quinlan', 'Pharmacist, Westmount Park Pharmacy', 'Pharmacist, Westmount Park Pharmacy', 'rx', 65, 'en', 'wpp-rx.example'),
    _p('lortie', 'Mme', 'Hélène', 'Lortie', 'Directrice, École primaire des Hirondelles', 'Principal, Hirondelles Elementary', 'direction.hirondelles', 66, 'fr', 'cssriviere.example'),
    _p('dunn', 'Ms.', 'Rachel', 'Dunn', 'Vice-principal, Maplecrest Elementary', 'Vice-principal, Maplecrest Elementary', 'rdunn', 67, 'en', 'maplecrest-sb.example'),
    _p('theriault', 'Mme', 'Josiane', 'Thériault', 'Coordonnatrice, Fondation Les Lucioles', 'Coordinator, Les Lucioles Foundation', 'josiane', 68, 'fr', 'fondation-lucioles.example'),
    _p('mckenna', 'Mr.', 'Brandon', 'McKenna', 'Directeur, Camp Feux-Follets', 'Director, Camp Firefly Lake', 'brandon', 69, 'en', 'campfirefly.example'),
    _p('sylvestre', 'Mme', 'Roxanne', 'Sylvestre', 'Infirmière du camp Feux-Follets', 'Camp nurse, Camp Feux-Follets', 'infirmerie', 70, 'fr', 'campfeuxfollets.example'),
    _p('mahoney', 'Dr', 'Gregory', 'Mahoney', "Paediatric oncologist, Ottawa Valley Children's Health Centre", "Paediatric oncologist, Ottawa Valley Children's Health Centre", 'gmahoney', 71, 'en', 'ovchc.example'),
    _p('wauters', 'Dre', 'Lieve', 'Wauters', 'Hémato-oncologue pédiatre, Cliniques universitaires Saint-Remacle', 'Paediatric oncologist, Saint-Remacle University Clinics', 'lieve.wauters', 72, 'fr', 'saint-remacle.example'),
    _p('marchetti', 'Dr', 'Lucas', 'Marchetti', 'Pédiatre oncologue, CHU de Valmont', 'Paediatric oncologist, Valmont University Hospital', 'l.marchetti', 73, 'fr', 'chu-valmont.example'),
    _p('horizon', 'M.', 'Olivier', 'Desaulniers', 'Analyste, Assurances Horizon Vie', 'Claims analyst, Horizon Life Insurance', 'reclamations', 74, 'fr', 'horizonvie.example'),
    _p('dpj', 'Mme', 'Karine', 'Lafrenière', 'Intervenante, DPJ — réception et traitement des signalements', 'Youth protection worker', 'k.lafreniere', 75, 'fr', 'dpj-region.example'),
    _p('irving', 'Dr', 'Malcolm', 'Irving', 'Interventional radiologist', 'Interventional radiologist', 'mirving', 76, 'en', DOM),
]}

# --------------------------------------------------------------------------- name pools
GIVEN_F = ['Léa', 'Florence', 'Zoé', 'Charlotte', 'Olivia', 'Mia', 'Éloïse', 'Maëlle', 'Béatrice', 'Alice',
           'Rosalie', 'Jade', 'Laurence', 'Anaïs', 'Élodie', 'Clara', 'Juliette', 'Maya', 'Chloe', 'Harper',
           'Isla', 'Priya', 'Amara', 'Aaliyah', 'Noémie', 'Romane', 'Ophélie', 'Yasmine', 'Inès', 'Camille']
GIVEN_M = ['Noah', 'Thomas', 'Jacob', 'Raphaël', 'Édouard', 'Xavier', 'Nathan', 'Félix', 'Mathis', 'Loïc',
           'Samuel', 'Hugo', 'Benjamin', 'Owen', 'Ethan', 'Aiden', 'Caleb', 'Arjun', 'Kofi', 'Yusuf', 'Mateo',
           'Émile', 'Zacharie', 'Antoine', 'Victor', 'Adam', 'Elliot', 'Théo', 'Malik', 'Jayden']
SURNAMES = ['Bergeron', 'Lavoie', 'Côté', 'Dubé', 'Fontaine', 'Gingras', 'Hébert', 'Lachance', 'Marchand',
            'Ménard', 'Nolet', 'Paradis', 'Quirion', 'Rioux', 'St-Pierre', 'Turcotte', 'Vachon', 'Beaulieu',
            'Desrosiers', 'Boivin', 'Charbonneau', 'Dufresne', 'Lemire', 'Plamondon', 'Veilleux', 'Okafor',
            'Nguyen', 'Haddad', 'Kowalski', "O'Brien", 'Patel', 'Singh', 'MacLeod', 'Petrov', 'Fernandes',
            'Achour', 'Benali', 'Diallo', 'Mensah', 'Ferreira', 'Lévesque-Hamel', 'Da Silva', 'Trudel',
            'Goulet', 'Auclair', 'Bisson', 'Carrier', 'Doiron', 'Jalbert', 'Kirouac', 'Labrecque', 'Mercier',
            'Normandin', 'Pépin', 'Rancourt', 'Sirois', 'Tanguay', 'Villeneuve', 'Wong', 'Yilmaz']
PARENT_F = ['Julie', 'Stéphanie', 'Karine', 'Mélanie', 'Audrey', 'Émilie', 'Jessica', 'Amanda', 'Nora', 'Fatima',
            'Annick', 'Valérie', 'Sabrina', 'Rebecca', 'Lina']
PARENT_M = ['Mathieu', 'Jonathan', 'Maxime', 'Sébastien', 'Kevin', 'David', 'Hassan', 'Frédéric', 'Daniel',
            'Patrice', 'Ryan', 'Olivier', 'Samir', 'Eric', 'Vincent']
STREETS = ['rue des Pruniers', 'avenue Laurier Est', 'rue Saint-Hubert', 'boulevard Gouin Ouest',
           'rue de la Montagne-Verte', 'chemin du Lac-Noir', 'rue Dorion', 'avenue des Cèdres', 'rue Principale',
           'montée Sainte-Julie', 'rue Beaubien Est', '3e Avenue']
STREETS_EN = ['Maple Crescent', 'Westminster Ave. N.', 'Elm Street', 'Lakeshore Road', 'Brookside Drive',
              'Cedar Lane', 'Sherbrooke Street West', 'Aberdeen Ave.']
TOWNS = [('Montréal', 'QC', 'H1M'), ('Laval', 'QC', 'H7N'), ('Longueuil', 'QC', 'J4K'), ('Terrebonne', 'QC', 'J6W'),
         ('Saint-Jérôme', 'QC', 'J7Z'), ('Granby', 'QC', 'J2G'), ('Joliette', 'QC', 'J6E'), ('Pointe-Claire', 'QC', 'H9R'),
         ('Val-des-Pins', 'QC', 'J0T'), ('Châteauguay', 'QC', 'J6J')]


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def check_pools(holders):
    hs = {strip_accents(h.surname).lower() for h in holders}
    allnames = SURNAMES + [p.surname for p in list(STAFF.values()) + list(EXTERNAL.values())]
    for s in allnames:
        for part in s.replace('-', ' ').split():
            assert strip_accents(part).lower() not in hs, s


# --------------------------------------------------------------------------- diagnoses
# key: (fr, en, abbrev fr, abbrev en, drugs)
DX = {
    'ball': ('leucémie lymphoblastique aiguë de la lignée B', 'B-cell acute lymphoblastic leukaemia', 'LLA-B', 'B-ALL',
             ['vincristine', 'dexaméthasone', 'PEG-asparaginase', 'méthotrexate', 'mercaptopurine (6-MP)', 'daunorubicine']),
    'tall': ('leucémie lymphoblastique aiguë T', 'T-cell acute lymphoblastic leukaemia', 'LLA-T', 'T-ALL',
             ['vincristine', 'prednisone', 'nelarabine', 'cyclophosphamide', 'cytarabine']),
    'aml': ('leucémie myéloïde aiguë', 'acute myeloid leukaemia', 'LMA', 'AML',
            ['cytarabine', 'daunorubicine', 'étoposide', 'gemtuzumab ozogamicine', 'mitoxantrone']),
    'hodgkin': ('lymphome de Hodgkin classique', 'classical Hodgkin lymphoma', 'LH', 'cHL',
                ['brentuximab védotine', 'doxorubicine', 'vincristine', 'étoposide', 'prednisone', 'cyclophosphamide']),
    'nbl': ('neuroblastome à haut risque', 'high-risk neuroblastoma', 'NB-HR', 'HR-NBL',
            ['cisplatine', 'étoposide', 'cyclophosphamide', 'topotécan', 'dinutuximab']),
    'wilms': ('néphroblastome (tumeur de Wilms)', 'Wilms tumour', 'Wilms', 'Wilms',
              ['vincristine', 'dactinomycine', 'doxorubicine']),
    'medullo': ('médulloblastome', 'medulloblastoma', 'MB', 'MB',
                ['cisplatine', 'lomustine (CCNU)', 'vincristine', 'cyclophosphamide']),
    'osteo': ('ostéosarcome du fémur distal', 'osteosarcoma of the distal femur', 'OS', 'OS',
              ['méthotrexate haute dose', 'doxorubicine', 'cisplatine']),
    'ewing': ("sarcome d'Ewing", 'Ewing sarcoma', 'Ewing', 'Ewing',
              ['vincristine', 'doxorubicine', 'cyclophosphamide', 'ifosfamide', 'étoposide']),
    'rms': ('rhabdomyosarcome embryonnaire', 'embryonal rhabdomyosarcoma', 'RMS', 'RMS',
            ['vincristine', 'dactinomycine', 'cyclophosphamide']),
    'scd': ('drépanocytose (HbSS)', 'sickle cell disease (HbSS)', 'HbSS', 'HbSS',
            ['hydroxyurée', 'acide folique', 'pénicilline V']),
    'itp': ('purpura thrombopénique immunologique', 'immune thrombocytopenia', 'PTI', 'ITP',
            ['IgIV', 'prednisone', 'eltrombopag']),
    'hemoA': ('hémophilie A sévère', 'severe haemophilia A', 'hémophilie A', 'haemophilia A',
              ['émicizumab (Hemlibra)', 'facteur VIII recombinant']),
    'thal': ('bêta-thalassémie majeure', 'beta-thalassaemia major', 'β-thal', 'β-thal major',
             ['déférasirox (Jadenu)', 'acide folique']),
    'saa': ('aplasie médullaire sévère', 'severe aplastic anaemia', 'AMS', 'SAA',
            ['cyclosporine', 'globuline antithymocyte', 'eltrombopag']),
}

DRUG_EN = {'dexaméthasone': 'dexamethasone', 'méthotrexate': 'methotrexate', 'mercaptopurine (6-MP)': 'mercaptopurine (6-MP)',
           'daunorubicine': 'daunorubicin', 'cytarabine': 'cytarabine', 'étoposide': 'etoposide',
           'gemtuzumab ozogamicine': 'gemtuzumab ozogamicin', 'brentuximab védotine': 'brentuximab vedotin',
           'doxorubicine': 'doxorubicin', 'cisplatine': 'cisplatin', 'topotécan': 'topotecan',
           'dactinomycine': 'dactinomycin', 'lomustine (CCNU)': 'lomustine (CCNU)', 'méthotrexate haute dose': 'high-dose methotrexate',
           'hydroxyurée': 'hydroxyurea', 'acide folique': 'folic acid', 'pénicilline V': 'penicillin V',
           'IgIV': 'IVIG', 'émicizumab (Hemlibra)': 'emicizumab (Hemlibra)', 'facteur VIII recombinant': 'recombinant factor VIII',
           'déférasirox (Jadenu)': 'deferasirox (Jadenu)', 'globuline antithymocyte': 'anti-thymocyte globulin',
           'cyclophosphamide': 'cyclophosphamide', 'ifosfamide': 'ifosfamide', 'nelarabine': 'nelarabine',
           'mitoxantrone': 'mitoxantrone', 'dinutuximab': 'dinutuximab', 'cyclosporine': 'ciclosporin',
           'eltrombopag': 'eltrombopag', 'prednisone': 'prednisone', 'vincristine': 'vincristine',
           'PEG-asparaginase': 'PEG-asparaginase'}

HOME_MEDS = {
    'ball': (['mercaptopurine', 'méthotrexate PO hebdomadaire', 'TMP-SMX (sam-dim)'], ['mercaptopurine', 'weekly oral methotrexate', 'TMP-SMX (weekends)']),
    'tall': (['mercaptopurine', 'méthotrexate PO hebdomadaire', 'TMP-SMX (sam-dim)'], ['mercaptopurine', 'weekly oral methotrexate', 'TMP-SMX (weekends)']),
    'aml': (['TMP-SMX', 'posaconazole'], ['TMP-SMX', 'posaconazole']),
    'hodgkin': (['aucun (traitement terminé)'], ['none (therapy completed)']),
    'nbl': (['TMP-SMX', 'isotrétinoïne (cycles)'], ['TMP-SMX', 'isotretinoin (cycles)']),
    'wilms': (['TMP-SMX'], ['TMP-SMX']),
    'medullo': (['TMP-SMX', 'ondansétron PRN'], ['TMP-SMX', 'ondansetron PRN']),
    'osteo': (['TMP-SMX', 'ondansétron PRN'], ['TMP-SMX', 'ondansetron PRN']),
    'ewing': (['TMP-SMX', 'ondansétron PRN'], ['TMP-SMX', 'ondansetron PRN']),
    'rms': (['TMP-SMX', 'ondansétron PRN'], ['TMP-SMX', 'ondansetron PRN']),
    'scd': (['hydroxyurée', 'pénicilline V', 'acide folique'], ['hydroxyurea', 'penicillin V', 'folic acid']),
    'itp': (['aucun'], ['none']),
    'hemoA': (['émicizumab (Hemlibra)'], ['emicizumab (Hemlibra)']),
    'thal': (['déférasirox (Jadenu)', 'acide folique'], ['deferasirox (Jadenu)', 'folic acid']),
    'saa': (['cyclosporine', 'TMP-SMX'], ['ciclosporin', 'TMP-SMX']),
}


def home_meds(dx, lang):
    return ', '.join(HOME_MEDS[dx][0 if lang == 'fr' else 1])


ONCO = ['ball', 'tall', 'aml', 'hodgkin', 'nbl', 'wilms', 'medullo', 'osteo', 'ewing', 'rms']
HEME = ['scd', 'itp', 'hemoA', 'thal', 'saa']


def dx_name(key, lang, short=False):
    d = DX[key]
    if lang == 'fr':
        return d[2] if short else d[0]
    return d[3] if short else d[1]


def drug(name, lang):
    return DRUG_EN.get(name, name) if lang == 'en' else name


# --------------------------------------------------------------------------- patients
@dataclass
class Child:
    given: str
    surname: str
    sex: str
    dob: datetime.date
    mrn: str
    dx: str
    weight: float
    bsa: float
    holder: object = None
    parent_given: str = ''
    parent_rel: str = 'mère'


DX_AGE = {'ball': (2, 15), 'tall': (4, 17), 'aml': (1, 17), 'hodgkin': (10, 17), 'nbl': (1, 6), 'wilms': (1, 7),
          'medullo': (3, 14), 'osteo': (9, 17), 'ewing': (8, 17), 'rms': (2, 15), 'scd': (1, 17), 'itp': (1, 12),
          'hemoA': (1, 17), 'thal': (1, 17), 'saa': (3, 17)}


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def new_mrn(rng):
    return '%07d' % rng.randint(1000000, 3999999)


def make_child(rng, ref, dx=None, min_age=1, max_age=17, holder=None):
    if dx is None:
        dx = rng.choice(ONCO + ONCO + HEME)
    if holder is not None:
        given, surname, sex, dob = holder.given, holder.surname, holder.sex, holder.dob
    else:
        sex = rng.choice('FM')
        given = rng.choice(GIVEN_F if sex == 'F' else GIVEN_M)
        surname = rng.choice(SURNAMES)
        lo, hi = DX_AGE.get(dx, (1, 17)) if dx else (1, 17)
        lo2, hi2 = max(lo, min_age), min(hi, max_age)
        if lo2 > hi2:
            lo2, hi2 = min_age, max_age
        age_days = rng.randint(lo2 * 365 + 20, hi2 * 365 + 300)
        dob = ref - datetime.timedelta(days=age_days)
    if dx is None:
        dx = rng.choice(ONCO + ONCO + HEME)
    a = max(age_on(dob, ref), 0)
    weight = round(min(8 + 2.6 * a + rng.uniform(-2, 4), 72), 1)
    height = min(75 + 6.2 * a + rng.uniform(-5, 5), 178)
    bsa = round(((weight * height) / 3600) ** 0.5, 2)
    rel = rng.choice(['mère', 'père', 'mère', 'mère'])
    pg = rng.choice(PARENT_F if rel == 'mère' else PARENT_M)
    return Child(given, surname, sex, dob, new_mrn(rng), dx, weight, bsa, holder, pg, rel)


# --------------------------------------------------------------------------- formats
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fdate(d, lang, style=0):
    """Several ways of writing a date; style chosen by caller."""
    if style == 0:
        return d.isoformat()
    if lang == 'fr':
        if style == 1:
            return '%s %s %d' % ('1er' if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)
        if style == 2:
            return d.strftime('%d/%m/%Y')
        return '%s %s %s' % (JOURS[d.weekday()], '1er' if d.day == 1 else str(d.day), MOIS[d.month - 1])
    if style == 1:
        return '%s %d, %Y'.replace('%Y', str(d.year)) % (MONTHS[d.month - 1], d.day)
    if style == 2:
        return d.strftime('%d-%b-%Y')
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate('0123456789')}


def fullwidth(s):
    return s.translate(FULLWIDTH)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'plain': nam, 'space': '%s %s %s' % (a, b, c), 'dot': '%s.%s.%s' % (a, b, c),
        'dash': '%s-%s-%s' % (a, b, c), 'slash': '%s/%s/%s' % (a, b, c), 'full': a + fullwidth(b + c),
        'lower': ('%s %s %s' % (a, b, c)).lower(), 'odd': ' '.join(nam[:4]) + '  ' + b + ' ' + c,
    }[style]


NAM_STYLES = ['plain', 'space', 'dot', 'dash', 'slash', 'full', 'lower', 'odd']


def new_sin(rng):
    first = rng.choice('1234567')
    body = first + ''.join(rng.choice('0123456789') for _ in range(7))
    n = body + luhn.calc_check_digit(body)
    assert ca_sin.is_valid(n)
    return n


def fmt_sin(n, style):
    return {'plain': n, 'space': '%s %s %s' % (n[:3], n[3:6], n[6:]), 'dash': '%s-%s-%s' % (n[:3], n[3:6], n[6:]),
            'dot': '%s.%s.%s' % (n[:3], n[3:6], n[6:]), 'full': fullwidth('%s %s %s' % (n[:3], n[3:6], n[6:]))}[style]


def new_ohip(rng):
    body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def fmt_ohip(n, style, vc='AB'):
    return {'plain': n, 'space': '%s %s %s' % (n[:4], n[4:7], n[7:]), 'dash': '%s-%s-%s' % (n[:4], n[4:7], n[7:]),
            'vc': '%s-%s-%s-%s' % (n[:4], n[4:7], n[7:], vc), 'dot': '%s.%s.%s' % (n[:4], n[4:7], n[7:])}[style]


def new_niss(rng, dob, sex):
    while True:
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % seq
        pre = ('2' + base) if dob.year >= 2000 else base
        chk = 97 - (int(pre) % 97)
        n = base + '%02d' % chk
        if be_nn.is_valid(n):
            return n


def fmt_niss(n, style):
    return {'plain': n, 'be': '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            'space': '%s %s %s' % (n[:6], n[6:9], n[9:]), 'dash': '%s-%s-%s' % (n[:6], n[6:9], n[9:])}[style]


def new_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '44', '59', '31', '67', '37', '49'])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randint(1, 899) + \
            '%03d' % rng.randint(1, 999)
        key = 97 - (int(body) % 97)
        n = body + '%02d' % key
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n, style):
    sp = '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return {'plain': n, 'space': sp, 'full': fullwidth(sp), 'key': '%s / %s' % (n[:13], n[13:])}[style]


def fmt_mrn(m, style):
    return {'plain': m, 'space': '%s %s' % (m[:3], m[3:]), 'dash': '%s-%s-%s' % (m[:2], m[2:4], m[4:]),
            'h': 'H-' + m, 'dot': '%s.%s' % (m[:4], m[4:]), 'full': fullwidth(m)}[style]


MRN_STYLES = ['plain', 'space', 'dash', 'h', 'dot', 'plain', 'full']


def luhn_serial(rng, n):
    body = ''.join(rng.choice('0123456789') for _ in range(n - 1))
    if body[0] == '0':
        body = '4' + body[1:]
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------- names
def nm(ch, style, lang='fr'):
    g, s = ch.given, ch.surname
    if style == 'full':
        return '%s %s' % (g, s)
    if style == 'upper':
        return '%s, %s' % (s.upper(), g)
    if style == 'lower':
        return ('%s %s' % (g, s)).lower()
    if style == 'init':
        return '%s. %s' % (g[0], s)
    if style == 'surinit':
        return '%s %s.' % (s, g[0])
    if style == 'given':
        return g
    if style == 'upperfull':
        return '%s %s' % (s.upper(), g.upper())
    raise ValueError(style)


# --------------------------------------------------------------------------- containers
@dataclass
class Att:
    filename: str
    ctype: str
    data: object            # bytes, or str for text types, or Mail for message/rfc822
    kind: str
    fn_style: str = 'plain'  # plain | rfc2231 | rfc2047
    charset: str = None
    cte: str = None


@dataclass
class Mail:
    cat: str
    lang: str
    note: str
    frm: Person
    to: list
    subject: str
    text: str = None
    html: str = None
    cc: list = field(default_factory=list)
    atts: list = field(default_factory=list)
    types: list = field(default_factory=list)
    ids: list = field(default_factory=list)       # (kind, compact value)
    nams: list = field(default_factory=list)      # (Holder, dob display, sex display)
    extra: list = field(default_factory=list)     # extra headers (name, value)
    date: datetime.datetime = None
    hint: dict = field(default_factory=dict)      # transport hints

    def add(self, *types):
        for t in types:
            assert t in TYPES, t
            if t not in self.types:
                self.types.append(t)


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, seed, tag, idx, lang, date):
        self.rng = random.Random('%s:%s:%d' % (seed, tag, idx))
        self.seed = seed
        self.idx = idx
        self.lang = lang
        self.date = date          # datetime with tz
        self.today = date.date()

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def child(self, **kw):
        return make_child(self.rng, self.today, **kw)

    def staff(self, *keys):
        return STAFF[self.rng.choice(keys)]

    def ddays(self, n):
        return self.today + datetime.timedelta(days=n)

    def workday(self, lo, hi):
        d = self.ddays(self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def ph(self):
        return phone(self.rng.randint(0, 99))


def cap1(s):
    return s[:1].upper() + s[1:]


def tt(lang, fr, en):
    return fr if lang == 'fr' else en
