#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus for a DLP evaluation (held-out set 45).

Flavour: an English-language teaching hospital in Montreal that also serves
eastern Ontario (radiology, oncology, cardiology, clinical trials / research
ethics, tumour boards, referrals to and from Ontario).  Everything here is
invented: people, institutions, addresses, domains (*.example) and 555 phone
numbers.  RAMQ NAMs come only from ../blind_nams.txt; every other identifier
is generated valid and checked with python-stdnum.

Usage:  python generate.py [--seed N] [--out DIR]
"""
import argparse
import copy
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import unicodedata
import zipfile

import email
import email.charset
import email.policy
import email.utils
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 4545
N_POS = 120
N_NEG = 180
FIXED_ZIP_DT = (2025, 1, 6, 8, 30, 0)
FIXED_DOC_DT = dt.datetime(2025, 1, 6, 8, 30, 0)
TZ = dt.timezone(dt.timedelta(hours=-5))
TZ_EDT = dt.timezone(dt.timedelta(hours=-4))

TYPE_ORDER = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
              'date_of_birth', 'patient_name', 'diagnosis', 'medication', 'lab_result',
              'patient_contact', 'social_information']


# --------------------------------------------------------------------------
# Organisations (all invented)
# --------------------------------------------------------------------------
H_DOM = 'rluh.example'
H_EN = 'Royal Laurentian University Hospital'
H_FR = 'Hôpital universitaire Royal-Laurentien'
H_ADDR_EN = '2250 Récollets Boulevard, Montreal, QC  H3X 4K7'
H_ADDR_FR = '2250, boulevard des Récollets, Montréal (Québec)  H3X 4K7'
H_MAIN = '514-555-0100'

ORGS = {
    'cornwall': dict(name='Cornwall Riverside General Hospital', dom='cornwallriverside.example',
                     addr='415 Riverdale Avenue, Cornwall, ON  K6H 2R8', tel='613-555-0140'),
    'ovrcc': dict(name='Ottawa Valley Regional Cancer Centre', dom='ovrcc.example',
                  addr='1900 Alta Vista Crescent, Ottawa, ON  K1H 5T3', tel='613-555-0172'),
    'prch': dict(name='Prescott-Russell Community Hospital', dom='prch.example',
                 addr='77 Main Street East, Hawkesbury, ON  K6A 1A3', tel='613-555-0119'),
    'gmf': dict(name='GMF Clinique médicale des Érables', dom='gmf-erables.example',
                addr='3120, rue des Érables, Laval (Québec)  H7N 2K1', tel='450-555-0133'),
    'clsc': dict(name='CLSC des Trois-Ruisseaux', dom='cisss-troisruisseaux.example',
                 addr='845, rue Saint-Hubert-Nord, Montréal (Québec)  H2R 2N6', tel='514-555-0188'),
    'namur': dict(name='Clinique universitaire Sainte-Gudule', dom='csg-namur.example',
                  addr='Rue des Tilleuls 14, 5000 Namur, Belgique', tel='+32 81 55 50 12'),
    'chvo': dict(name="Centre hospitalier de la Vallée-de-l'Orge", dom='chvo.example',
                 addr="12, avenue des Peupliers, 91260 Juvisy-la-Vallée, France", tel='+33 1 55 50 40 20'),
    'cpam': dict(name="Caisse d'assurance maladie de l'Essonne-Sud (service international)",
                 dom='cam-essonne-sud.example', addr='', tel=''),
    'cro': dict(name='Northbridge Clinical Research', dom='northbridge-cro.example',
                addr='60 Queen Street, Suite 900, Ottawa, ON  K1P 5Y7', tel='613-555-0190'),
    'sponsor': dict(name='Helvora Therapeutics', dom='helvora.example', addr='', tel=''),
    'insurer': dict(name='Great Pines Life Assurance', dom='greatpines.example',
                    addr='PO Box 5550, Station A, Toronto, ON', tel='1-800-555-0166'),
    'assureur': dict(name='Assurances Boréale', dom='boreale-assurances.example',
                     addr='1500, rue Sherbrooke Ouest, Montréal', tel='1-888-555-0127'),
    'transport': dict(name='Eastern Ontario Patient Transfer Services', dom='eopts.example',
                      addr='', tel='613-555-0155'),
    'transport_qc': dict(name='Transport médical Rive-Nord', dom='tmrivenord.example',
                         addr='', tel='450-555-0161'),
    'lumascan': dict(name='LumaScan Imaging Systems', dom='lumascan.example', addr='', tel='1-877-555-0114'),
    'corvex': dict(name='Corvex Cardio Systems', dom='corvex.example', addr='', tel='1-866-555-0178'),
    'medsupply': dict(name='MedSupply Laurentides inc.', dom='medsupply-laurentides.example', addr='', tel='450-555-0149'),
    'fund': dict(name='Canadian Foundation for Health Discovery', dom='cfhd.example', addr='', tel=''),
    'frq': dict(name='Fonds québécois pour la santé et les sciences de la vie', dom='fqssv.example', addr='', tel=''),
    'society': dict(name='Eastern Canada Oncology Society', dom='ecos-onco.example', addr='', tel=''),
    'societe_cardio': dict(name='Société québécoise de cardiologie clinique', dom='sqcc.example', addr='', tel=''),
}

PERSONAL_DOMAINS = ['netmail.example', 'courriel.example', 'maboite.example', 'lavallee-net.example',
                    'ontmail.example', 'boreal-web.example']


def ascii_fold(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode('ascii')
    return s.lower().replace("'", '').replace(' ', '')


# --------------------------------------------------------------------------
# Staff (all invented; surnames chosen not to overlap patient surnames)
# --------------------------------------------------------------------------
class Staff:
    def __init__(self, key, given, surname, creds, role_en, role_fr, dept_en, dept_fr, ext,
                 title_en='', title_fr='', dom=H_DOM, org_en=H_EN, org_fr=H_FR, tel=H_MAIN, sex='F'):
        self.key = key
        self.given, self.surname = given, surname
        self.creds = creds
        self.role_en, self.role_fr = role_en, role_fr
        self.dept_en, self.dept_fr = dept_en, dept_fr
        self.ext = ext
        self.title_en, self.title_fr = title_en, title_fr
        self.dom = dom
        self.org_en, self.org_fr = org_en, org_fr
        self.tel = tel
        self.sex = sex

    @property
    def email(self):
        return '%s@%s' % (ascii_fold('%s.%s' % (self.given, self.surname)), self.dom)

    def name(self, lang='en', title=True):
        if not title or not (self.title_en or self.title_fr):
            return '%s %s' % (self.given, self.surname)
        t = self.title_fr if lang == 'fr' else self.title_en
        return '%s %s %s' % (t, self.given, self.surname)

    def addr(self):
        return '%s %s <%s>' % (self.given, self.surname, self.email)


def _s(key, given, surname, creds, ren, rfr, den, dfr, ext, doctor=False, sex='F', **kw):
    if doctor:
        kw.setdefault('title_en', 'Dr.')
        kw.setdefault('title_fr', 'Dre' if sex == 'F' else 'Dr')
    return Staff(key, given, surname, creds, ren, rfr, den, dfr, ext, sex=sex, **kw)


STAFF = [
    _s('rad1', 'Amrit', 'Sandhu', 'MD, FRCPC', 'Radiologist', 'Radiologiste', 'Department of Medical Imaging',
       "Département d'imagerie médicale", '4410', doctor=True, sex='M'),
    _s('rad2', 'Nadia', 'Haddad', 'MD, FRCPC', 'Neuroradiologist', 'Neuroradiologiste', 'Department of Medical Imaging',
       "Département d'imagerie médicale", '4415', doctor=True),
    _s('radonc', 'Isabelle', 'Charest', 'MD, FRCPC', 'Radiation Oncologist', 'Radio-oncologue', 'Radiation Oncology',
       'Radio-oncologie', '4620', doctor=True),
    _s('medonc', 'Mei-Lin', 'Zhao', 'MD, FRCPC', 'Medical Oncologist', 'Oncologue médicale', 'Medical Oncology',
       'Oncologie médicale', '4633', doctor=True),
    _s('hemonc', 'Hélène', 'Dufresne', 'MD, FRCPC', 'Hematologist-Oncologist', 'Hémato-oncologue',
       'Hematology-Oncology', 'Hémato-oncologie', '4641', doctor=True),
    _s('thor', 'Patrick', "O'Rourke", 'MD, FRCSC', 'Thoracic Surgeon', 'Chirurgien thoracique', 'Thoracic Surgery',
       'Chirurgie thoracique', '4710', doctor=True, sex='M'),
    _s('cardio1', 'Kwame', 'Mensah', 'MD, FRCPC', 'Cardiologist', 'Cardiologue', 'Division of Cardiology',
       'Service de cardiologie', '4820', doctor=True, sex='M'),
    _s('cardio2', 'Marc-Antoine', 'Bérubé', 'MD, FRCPC', 'Interventional Cardiologist', 'Cardiologue d’intervention',
       'Division of Cardiology', 'Service de cardiologie', '4826', doctor=True, sex='M'),
    _s('path', 'Samuel', 'Friedman', 'MD, FRCPC', 'Pathologist', 'Pathologiste', 'Department of Pathology',
       'Département de pathologie', '4902', doctor=True, sex='M'),
    _s('pivot', 'Karen', 'Doyle', 'RN, BScN, CON(C)', 'Nurse Navigator, Lung Cancer', 'Infirmière pivot en oncologie pulmonaire',
       'Cancer Centre', "Centre de cancérologie", '4650'),
    _s('nurse_fr', 'Julie', 'Ménard', 'inf. clinicienne', 'Clinical Nurse', 'Infirmière clinicienne', 'Cardiology Clinic',
       'Clinique de cardiologie', '4831'),
    _s('crc1', 'Olivia', 'Grant', 'BSc, CCRP', 'Clinical Research Coordinator', 'Coordonnatrice de recherche clinique',
       'Cancer Clinical Trials Unit', "Unité d'essais cliniques en oncologie", '4675'),
    _s('crc2', 'Mathieu', 'Lachance', 'M.Sc.', 'Clinical Research Coordinator', 'Coordonnateur de recherche clinique',
       'Cardiovascular Research Unit', 'Unité de recherche cardiovasculaire', '4877', sex='M'),
    _s('sw', 'Sophie', 'Lavigne', 'T.S.', 'Social Worker', 'Travailleuse sociale', 'Psychosocial Oncology',
       'Oncologie psychosociale', '4690'),
    _s('pharm', 'David', 'Chen', 'PharmD', 'Oncology Pharmacist', 'Pharmacien en oncologie', 'Pharmacy Department',
       'Département de pharmacie', '4560', sex='M'),
    _s('clerk', 'Linda', 'Vachon', '', 'Administrative Agent', 'Agente administrative', 'Medical Imaging Bookings',
       "Rendez-vous d'imagerie", '4400'),
    _s('reb', 'Catherine', 'Dubé', 'M.A.', 'REB Coordinator', "Coordonnatrice du comité d'éthique de la recherche",
       'Research Ethics Office', "Bureau d'éthique de la recherche", '4950'),
    _s('it', 'Service', 'Desk', '', 'IT Service Desk', 'Centre de services TI', 'Information Technology',
       'Technologies de l’information', '4000'),
    _s('biomed', 'Tomasz', 'Kowalski', 'ing.', 'Biomedical Engineer', 'Ingénieur biomédical', 'Biomedical Engineering',
       'Génie biomédical', '4150', sex='M'),
    _s('grants', 'Ama', 'Okafor', 'MBA', 'Grants Officer', 'Agente de subventions', 'Research Institute — Grants Office',
       'Institut de recherche — Bureau des subventions', '4960'),
    _s('comms', 'Chloé', 'Desrosiers', '', 'Communications Advisor', 'Conseillère en communication',
       'Research Institute Communications', "Communications de l'Institut de recherche", '4970'),
    _s('tbcoord', 'Rachel', 'Whitfield', 'RN', 'Tumour Board Coordinator', 'Coordonnatrice des comités des tumeurs',
       'Cancer Centre', 'Centre de cancérologie', '4655'),
    _s('cardfellow', 'Arjun', 'Patel', 'MD', 'Cardiology Fellow', 'Résident en cardiologie', 'Division of Cardiology',
       'Service de cardiologie', '4829', doctor=True, sex='M'),
    _s('onconurse', 'Émilie', 'Castonguay', 'inf.', 'Chemotherapy Nurse', 'Infirmière en chimiothérapie',
       'Oncology Day Hospital', "Hôpital de jour d'oncologie", '4660'),
    _s('hr', 'Nathalie', 'Arsenault', 'CRHA', 'HR Advisor', 'Conseillère en ressources humaines', 'Human Resources',
       'Ressources humaines', '4020'),
    _s('ohs', 'Pierre-Luc', 'St-Onge', 'inf.', 'Occupational Health Nurse', 'Infirmier en santé au travail',
       'Occupational Health and Safety', 'Santé et sécurité au travail', '4030', sex='M'),
    _s('lab', 'Farah', 'Iqbal', 'T.M.', 'Medical Laboratory Technologist', 'Technologiste médicale',
       'Clinical Biochemistry', 'Biochimie clinique', '4520'),
    _s('echo', 'Yuki', 'Nakamura', 'RDCS', 'Cardiac Sonographer', 'Technologue en échocardiographie',
       'Echocardiography Laboratory', "Laboratoire d'échocardiographie", '4840'),
    _s('purch', 'Luc', 'Boisvert', '', 'Purchasing Agent', "Agent d'approvisionnement", 'Procurement',
       'Approvisionnement', '4110', sex='M'),
    _s('resdir', 'Jonathan', 'Abernathy', 'PhD', 'Associate Director, Research', 'Directeur adjoint de la recherche',
       'Research Institute', 'Institut de recherche', '4900', sex='M'),
    _s('pneumo', 'Laurence', 'Hamelin', 'MD, FRCPC', 'Respirologist', 'Pneumologue', 'Respiratory Medicine',
       'Pneumologie', '4725', doctor=True),
    _s('gyneonc', 'Beatriz', 'Ferreira', 'MD, FRCSC', 'Gynecologic Oncologist', 'Gynéco-oncologue',
       'Gynecologic Oncology', 'Gynéco-oncologie', '4681', doctor=True),
    _s('uro', 'Olivier', 'Larivière', 'MD, FRCSC', 'Urologist', 'Urologue', 'Urology', 'Urologie', '4744',
       doctor=True, sex='M'),
    _s('neurosx', 'Daniel', 'Quesnel', 'MD, FRCSC', 'Neurosurgeon', 'Neurochirurgien', 'Neurosurgery',
       'Neurochirurgie', '4760', doctor=True, sex='M'),
    _s('secr', 'Josiane', 'Poitras', '', 'Medical Secretary', 'Secrétaire médicale', 'Medical Oncology Clinic',
       "Clinique d'oncologie médicale", '4630'),
    _s('gallant', 'Marie-Ève', 'Gallant', 'inf. aux.', 'Nursing Assistant', 'Infirmière auxiliaire',
       'Cardiology Ward 7E', 'Unité de cardiologie 7E', '4871'),
]
STAFF_BY_KEY = {s.key: s for s in STAFF}

EXT_STAFF = {
    'fp_gmf': _s('fp_gmf', 'Geneviève', 'Paquin', 'MD', 'Family Physician', 'Médecin de famille', '', '', '',
                 doctor=True, dom=ORGS['gmf']['dom'], org_en=ORGS['gmf']['name'], org_fr=ORGS['gmf']['name'],
                 tel=ORGS['gmf']['tel']),
    'im_cornwall': _s('im_cornwall', 'Thomas', 'Beaulieu', 'MD, FRCPC', 'Internist', 'Interniste', 'Internal Medicine',
                      'Médecine interne', '', doctor=True, sex='M', dom=ORGS['cornwall']['dom'],
                      org_en=ORGS['cornwall']['name'], org_fr=ORGS['cornwall']['name'], tel=ORGS['cornwall']['tel']),
    'onc_ottawa': _s('onc_ottawa', 'Aisha', 'Rahman', 'MD, FRCPC', 'Radiation Oncologist', 'Radio-oncologue', '', '', '',
                     doctor=True, dom=ORGS['ovrcc']['dom'], org_en=ORGS['ovrcc']['name'], org_fr=ORGS['ovrcc']['name'],
                     tel=ORGS['ovrcc']['tel']),
    'ovrcc_intake': _s('ovrcc_intake', 'New Patient', 'Intake', '', 'New Patient Referral Office', '', '', '', '',
                       dom=ORGS['ovrcc']['dom'], org_en=ORGS['ovrcc']['name'], org_fr=ORGS['ovrcc']['name'],
                       tel=ORGS['ovrcc']['tel']),
    'prch_np': _s('prch_np', 'Heather', 'Lindqvist', 'NP-PHC', 'Nurse Practitioner', 'Infirmière praticienne', '', '',
                  '', dom=ORGS['prch']['dom'], org_en=ORGS['prch']['name'], org_fr=ORGS['prch']['name'],
                  tel=ORGS['prch']['tel']),
    'clsc_inf': _s('clsc_inf', 'Annie', 'Brassard', 'inf.', 'Nurse, Home Care', 'Infirmière, soutien à domicile', '',
                   'Soutien à domicile', '', dom=ORGS['clsc']['dom'], org_en=ORGS['clsc']['name'],
                   org_fr=ORGS['clsc']['name'], tel=ORGS['clsc']['tel']),
    'namur_card': _s('namur_card', 'Benoît', 'Verhaegen', 'MD', 'Cardiologist', 'Cardiologue', '', 'Service de cardiologie',
                     '', doctor=True, sex='M', dom=ORGS['namur']['dom'], org_en=ORGS['namur']['name'],
                     org_fr=ORGS['namur']['name'], tel=ORGS['namur']['tel'], title_fr='Dr'),
    'chvo_med': _s('chvo_med', 'Claire', 'Aubertin', 'MD', 'Physician', 'Médecin', '', 'Service de cardiologie', '',
                   doctor=True, dom=ORGS['chvo']['dom'], org_en=ORGS['chvo']['name'], org_fr=ORGS['chvo']['name'],
                   tel=ORGS['chvo']['tel']),
    'cra': _s('cra', 'Jennifer', 'Holloway', 'CCRA', 'Clinical Research Associate', 'Associée de recherche clinique', '',
              '', '', dom=ORGS['cro']['dom'], org_en=ORGS['cro']['name'], org_fr=ORGS['cro']['name'],
              tel=ORGS['cro']['tel']),
    'sponsor_safety': _s('sponsor_safety', 'Drug', 'Safety', '', 'Pharmacovigilance', 'Pharmacovigilance', '', '', '',
                         dom=ORGS['sponsor']['dom'], org_en=ORGS['sponsor']['name'], org_fr=ORGS['sponsor']['name'],
                         tel=''),
    'insurer_case': _s('insurer_case', 'Brenda', 'McAllister', '', 'Disability Case Manager', '', '', '', '',
                       dom=ORGS['insurer']['dom'], org_en=ORGS['insurer']['name'], org_fr=ORGS['insurer']['name'],
                       tel=ORGS['insurer']['tel']),
    'assureur_case': _s('assureur_case', 'Véronique', 'Labrie', '', "Gestionnaire de dossiers d'invalidité", '', '', '',
                        '', dom=ORGS['assureur']['dom'], org_en=ORGS['assureur']['name'],
                        org_fr=ORGS['assureur']['name'], tel=ORGS['assureur']['tel']),
    'transport_on': _s('transport_on', 'Dispatch', 'Desk', '', 'Dispatch', 'Répartition', '', '', '',
                       dom=ORGS['transport']['dom'], org_en=ORGS['transport']['name'],
                       org_fr=ORGS['transport']['name'], tel=ORGS['transport']['tel']),
    'transport_qc': _s('transport_qc', 'Répartition', 'Centrale', '', 'Dispatch', 'Répartition', '', '', '',
                       dom=ORGS['transport_qc']['dom'], org_en=ORGS['transport_qc']['name'],
                       org_fr=ORGS['transport_qc']['name'], tel=ORGS['transport_qc']['tel']),
    'vendor_lumascan': _s('vendor_lumascan', 'Greg', 'Tanaka', '', 'Field Service Engineer', '', '', '', '', sex='M',
                          dom=ORGS['lumascan']['dom'], org_en=ORGS['lumascan']['name'],
                          org_fr=ORGS['lumascan']['name'], tel=ORGS['lumascan']['tel']),
    'vendor_corvex': _s('vendor_corvex', 'Sandrine', 'Morissette', '', 'Représentante technique', '', '', '', '',
                        dom=ORGS['corvex']['dom'], org_en=ORGS['corvex']['name'], org_fr=ORGS['corvex']['name'],
                        tel=ORGS['corvex']['tel']),
    'vendor_medsupply': _s('vendor_medsupply', 'Kevin', 'Lussier', '', 'Service à la clientèle', '', '', '', '', sex='M',
                           dom=ORGS['medsupply']['dom'], org_en=ORGS['medsupply']['name'],
                           org_fr=ORGS['medsupply']['name'], tel=ORGS['medsupply']['tel']),
    'society': _s('society', 'Programme', 'Committee', '', 'Scientific Programme Committee', '', '', '', '',
                  dom=ORGS['society']['dom'], org_en=ORGS['society']['name'], org_fr=ORGS['society']['name'], tel=''),
}

DL_LISTS = {
    'tb_lung': 'tumour-board-lung@' + H_DOM,
    'tb_gyn': 'ctd-gyneco@' + H_DOM,
    'cardio_all': 'cardiologie-tous@' + H_DOM,
    'research_all': 'institut-recherche-tous@' + H_DOM,
    'all_staff': 'tout-le-personnel@' + H_DOM,
    'imaging': 'imagerie-tous@' + H_DOM,
    'onc_all': 'oncology-all@' + H_DOM,
    'reb_members': 'cer-membres@' + H_DOM,
    'trials_unit': 'essais-onco@' + H_DOM,
    'residents': 'residents-medecine@' + H_DOM,
    'pharmacy': 'pharmacie@' + H_DOM,
}


# --------------------------------------------------------------------------
# Name pools for generated (non-NAM) patients
# --------------------------------------------------------------------------
QC_GIVEN = {'F': ['Ghislaine', 'Lise', 'Huguette', 'Francine', 'Micheline', 'Thérèse', 'Jocelyne', 'Carole',
                  'Chantal', 'Pierrette', 'Margaret', 'Heather', 'Solange', 'Rachida', 'Mélanie', 'Yolande'],
            'M': ['Jean-Guy', 'Réjean', 'Gaétan', 'Normand', 'Yvon', 'Rosaire', 'Raymond', 'Denis', 'Sylvain',
                  'Marcel', 'Kevin', 'Brian', 'Donald', 'Karim', 'Benoît', 'Guy']}
QC_SURN = ['Tremblay', 'Côté', 'Dubois', 'Lavoie', 'Leclerc', 'Mercier', 'Hébert', 'Vaillancourt', 'Desjardins',
           'Charbonneau', 'Brisebois', 'Gendron', 'Beauchamp', 'Poulin', 'Bissonnette', 'Thériault', 'Dion',
           'Ouimet', 'Papineau', 'Benali', 'Tran', 'Rossi', 'Kovacs', 'Lévesque']
ON_GIVEN = {'F': ['Patricia', 'Barbara', 'Dorothy', 'Carol', 'Elaine', 'Joan', 'Shirley', 'Donna', 'Monique',
                  'Lorraine', 'Wendy', 'Kathleen'],
            'M': ['Robert', 'Gary', 'Wayne', 'Douglas', 'Gordon', 'Keith', 'Ronald', 'Gerald', 'Réal', 'Lucien',
                  'Stuart', 'Murray']}
ON_SURN = ['Kelly', "O'Neill", 'Campbell', 'Stewart', 'Robertson', 'MacLeod', 'McIntyre', 'Lalonde', 'Séguin',
           'Villeneuve', 'Racine', 'Bourgon', 'Lefebvre', 'Kennedy', 'Hughes', 'Ferguson', 'Dunlop', 'Fraser',
           'Holmes', 'Larocque', 'Crête', 'McRae']
BE_GIVEN = {'F': ['Anne', 'Sophie', 'Nathalie', 'Véronique', 'Martine', 'Els'],
            'M': ['Luc', 'Benoît', 'Thierry', 'Didier', 'Pascal', 'Jef']}
BE_SURN = ['Janssens', 'Peeters', 'Dupont', 'Lambert', 'Willems', 'Claes', 'Goossens', 'Lemaire', 'Renard', 'Wouters']
FR_GIVEN = {'F': ['Isabelle', 'Sandrine', 'Céline', 'Valérie', 'Sylvie', 'Aurélie'],
            'M': ['Philippe', 'Christophe', 'Laurent', 'Olivier', 'Thierry', 'Stéphane']}
FR_SURN = ['Martin', 'Bernard', 'Durand', 'Lefèvre', 'Moreau', 'Roux', 'Fontaine', 'Chevalier', 'Garnier', 'Perrin']

QC_STREETS = ['rue des Ormes-Rouges', 'avenue du Parc-Lafontaine', 'rue Saint-Zotique Est', 'boulevard Gouin Ouest',
              'rue de la Visitation', 'rue Beaubien Est', 'avenue Querbes', 'rue des Pivoines', 'chemin du Golf',
              'rue Fleury Ouest', 'boulevard Lévesque Est', 'rue Notre-Dame-des-Anges']
QC_CITIES = [('Montréal', 'QC', 'H2S'), ('Montréal', 'QC', 'H1M'), ('Laval', 'QC', 'H7G'), ('Longueuil', 'QC', 'J4K'),
             ('Terrebonne', 'QC', 'J6W'), ('Châteauguay', 'QC', 'J6J'), ('Vaudreuil-Dorion', 'QC', 'J7V'),
             ('Saint-Jérôme', 'QC', 'J7Z'), ('Gatineau', 'QC', 'J8T')]
QC_AREA = ['514', '514', '438', '450', '450', '819']
ON_STREETS = ['Pinecrest Lane', 'Second Street West', 'Sydney Street', 'County Road 18', 'Laurier Street',
              'Maple Grove Drive', 'Tupper Street', 'Concession Road 4', "St. Andrew's Road", 'Water Street East',
              'Chemin de la Rivière', 'Mill Street']
ON_CITIES = [('Cornwall', 'ON', 'K6H'), ('Cornwall', 'ON', 'K6J'), ('Hawkesbury', 'ON', 'K6A'),
             ('Alexandria', 'ON', 'K0C'), ('Rockland', 'ON', 'K4K'), ('Casselman', 'ON', 'K0A'),
             ('Embrun', 'ON', 'K0A'), ('Orléans', 'ON', 'K1C'), ('Brockville', 'ON', 'K6V'),
             ('Vankleek Hill', 'ON', 'K0B'), ('Long Sault', 'ON', 'K0C'), ('Morrisburg', 'ON', 'K0C')]


# --------------------------------------------------------------------------
# Patients and identifiers
# --------------------------------------------------------------------------
class Patient:
    def __init__(self, surname, given, dob, sex):
        self.surname, self.given, self.dob, self.sex = surname, given, dob, sex
        self.nam = self.hcn = self.hcn_vc = self.sin = self.niss = self.nir = None
        self.mrn = None
        self.street = self.city = self.prov = self.postal = None
        self.phone = self.email = None
        self.kin = None

    def age(self, ref=dt.date(2025, 2, 15)):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))


def load_nams():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            people.append((surname, given, dt.date.fromisoformat(dob), sex, nam))
    if not people:
        raise SystemExit('no NAMs in %s' % NAM_FILE)
    return people


def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_hcn(rng):
    while True:
        body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num) and len(num) == 10:
            return num


def gen_niss(rng, dob, sex):
    while True:
        ctr = rng.randrange(1, 998)
        if (ctr % 2 == 1) != (sex == 'M'):
            continue
        first9 = dob.strftime('%y%m%d') + '%03d' % ctr
        base = int(('2' if dob.year >= 2000 else '') + first9)
        num = first9 + '%02d' % (97 - base % 97)
        if be_nn.is_valid(num):
            return num


FR_PLACES = ['75115', '69383', '13055', '91228', '33063', '59350', '31555', '67482', '44109', '92012']


def gen_nir(rng, dob, sex):
    while True:
        num = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + rng.choice(FR_PLACES) + '%03d' % rng.randrange(1, 999)
        num = num + fr_nir.calc_check_digits(num)
        if fr_nir.is_valid(num):
            return num


def luhn_number(rng, ndigits, first=None):
    body = (str(first) if first is not None else str(rng.randrange(1, 10))) + \
        ''.join(str(rng.randrange(10)) for _ in range(ndigits - 2))
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------
# Types accumulator
# --------------------------------------------------------------------------
class T:
    def __init__(self, *initial):
        self.s = []
        for x in initial:
            self.add(x)

    def add(self, *names):
        for n in names:
            assert n in TYPE_ORDER, n
            if n not in self.s:
                self.s.append(n)
        return self

    def list(self):
        return [t for t in TYPE_ORDER if t in self.s]


# --------------------------------------------------------------------------
# Generation context
# --------------------------------------------------------------------------
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']


def L(lang, en, fr):
    return fr if lang == 'fr' else en


class Ctx:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.nams = load_nams()
        order = list(range(len(self.nams)))
        self.rng.shuffle(order)
        self.nam_order = order
        self.nam_i = 0
        self.used_mrn = []
        self.clock = dt.datetime(2025, 1, 13, 7, 40, tzinfo=TZ)

    # -- randomness helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def digits(self, n):
        return ''.join(str(self.rng.randrange(10)) for _ in range(n))

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    # -- time
    def when(self):
        """Monotonic-ish send time, business hours, Jan-Mar 2025 (EST)."""
        self.clock += dt.timedelta(minutes=self.rng.randrange(20, 420))
        if self.clock.hour >= 18:
            self.clock = (self.clock + dt.timedelta(days=1)).replace(hour=7, minute=self.rng.randrange(0, 59))
        while self.clock.weekday() >= 5:
            self.clock += dt.timedelta(days=1)
        if self.clock.date() >= dt.date(2025, 3, 9):
            return self.clock.replace(tzinfo=TZ_EDT)
        return self.clock

    def future_date(self, base, lo=1, hi=30):
        d = (base + dt.timedelta(days=self.rng.randrange(lo, hi))).date()
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    # -- identifiers
    def mrn(self):
        while True:
            m = str(self.rng.randrange(1, 4)) + self.digits(6)
            if m not in self.used_mrn:
                self.used_mrn.append(m)
                return m

    def _address(self, p, where):
        rng = self.rng
        if where == 'ON':
            city, prov, fsa = rng.choice(ON_CITIES)
            p.street = '%d %s' % (rng.randrange(12, 3900), rng.choice(ON_STREETS))
            p.phone = '613-555-0%03d' % rng.randrange(100, 200)
        else:
            city, prov, fsa = rng.choice(QC_CITIES)
            p.street = '%d, %s' % (rng.randrange(100, 9900), rng.choice(QC_STREETS))
            if rng.random() < 0.3:
                p.street = 'app. %d, ' % rng.randrange(1, 30) + p.street
            area = {'Laval': '450', 'Longueuil': '450', 'Terrebonne': '450', 'Châteauguay': '450',
                    'Vaudreuil-Dorion': '450', 'Saint-Jérôme': '450', 'Gatineau': '819'}.get(city, rng.choice(['514', '438']))
            p.phone = '%s-555-0%03d' % (area, rng.randrange(100, 200))
        p.city, p.prov = city, prov
        p.postal = '%s %d%s%d' % (fsa, rng.randrange(10), rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randrange(10))
        base = ascii_fold('%s.%s' % (p.given.split('-')[0], p.surname))
        if rng.random() < 0.4:
            base = base.replace('.', '') + str(rng.randrange(10, 99))
        p.email = '%s@%s' % (base, rng.choice(PERSONAL_DOMAINS))

    def qc_patient(self):
        """Quebec patient with a NAM from blind_nams.txt (cycled)."""
        surname, given, dob, sex, nam = self.nams[self.nam_order[self.nam_i % len(self.nams)]]
        self.nam_i += 1
        p = Patient(surname, given, dob, sex)
        p.nam = nam
        p.mrn = self.mrn()
        self._address(p, 'QC')
        return p

    def _dob(self, lo=1938, hi=1992):
        return dt.date(self.rng.randrange(lo, hi), self.rng.randrange(1, 13), self.rng.randrange(1, 29))

    def qc_plain_patient(self):
        sex = self.pick('FM')
        p = Patient(self.pick(QC_SURN), self.pick(QC_GIVEN[sex]), self._dob(), sex)
        p.mrn = self.mrn()
        self._address(p, 'QC')
        return p

    def on_patient(self):
        sex = self.pick('FM')
        p = Patient(self.pick(ON_SURN), self.pick(ON_GIVEN[sex]), self._dob(), sex)
        p.hcn = gen_hcn(self.rng)
        p.hcn_vc = ''.join(self.rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2)) if self.chance(0.6) else ''
        p.mrn = self.mrn()
        self._address(p, 'ON')
        return p

    def be_patient(self):
        sex = self.pick('FM')
        p = Patient(self.pick(BE_SURN), self.pick(BE_GIVEN[sex]), self._dob(1940, 1999), sex)
        p.niss = gen_niss(self.rng, p.dob, sex)
        p.mrn = self.mrn()
        self._address(p, 'QC')
        return p

    def fr_patient(self):
        sex = self.pick('FM')
        p = Patient(self.pick(FR_SURN), self.pick(FR_GIVEN[sex]), self._dob(1945, 1995), sex)
        p.nir = gen_nir(self.rng, p.dob, sex)
        p.mrn = self.mrn()
        self._address(p, 'QC')
        p.phone = '+33 6 55 %02d %02d %02d' % (self.rng.randrange(100), self.rng.randrange(100), self.rng.randrange(100))
        return p

    def any_patient(self, lang):
        r = self.rng.random()
        if r < 0.55:
            return self.qc_patient()
        if r < 0.75 and lang == 'en':
            return self.on_patient()
        return self.qc_plain_patient()

    # -- formatting of identifiers / names
    def pname(self, p, lang, style=None):
        styles = ['full', 'full', 'rev', 'revc', 'title', 'titlefull', 'init', 'upperrev', 'revsp']
        style = style or self.pick(styles)
        t = {'F': L(lang, self.pick(['Mrs.', 'Ms.', 'Ms', 'Mrs']), 'Mme'),
             'M': L(lang, self.pick(['Mr.', 'Mr']), 'M.')}[p.sex]
        if style == 'full':
            return '%s %s' % (p.given, p.surname)
        if style == 'rev':
            return '%s, %s' % (p.surname.upper(), p.given)
        if style == 'revc':
            return '%s, %s' % (p.surname, p.given)
        if style == 'revsp':
            return '%s %s' % (p.surname, p.given)
        if style == 'title':
            return '%s %s' % (t, p.surname)
        if style == 'titlefull':
            return '%s %s %s' % (t, p.given, p.surname)
        if style == 'init':
            return '%s. %s' % (p.given[0], p.surname)
        if style == 'upperrev':
            return '%s %s' % (p.surname.upper(), p.given.upper())
        if style == 'lower':
            return '%s %s' % (p.given.lower(), p.surname.lower())
        raise ValueError(style)

    def typo(self, word):
        if len(word) < 5:
            return word
        i = self.rng.randrange(1, len(word) - 2)
        if self.chance(0.5):
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        return word[:i] + word[i + 1:]

    def fdate(self, d, lang, style=None):
        style = style or self.pick(['iso', 'iso', 'dmy', 'long', 'short'])
        if style == 'iso':
            return d.isoformat()
        if style == 'dmy':
            return d.strftime('%d/%m/%Y')
        if style == 'mdy':
            return d.strftime('%m/%d/%Y')
        if style == 'short':
            return '%02d-%s-%d' % (d.day, MONTHS_EN[d.month - 1][:3], d.year) if lang == 'en' \
                else '%d %s %d' % (d.day, MONTHS_FR[d.month - 1][:4].rstrip('.') + '.', d.year)
        if lang == 'fr':
            return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)

    def dayname(self, d, lang):
        if lang == 'fr':
            return '%s %d %s' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
        return '%s, %s %d' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)

    def fnam(self, nam, style=None):
        style = style or self.pick(['plain', 'plain', 'plain', 'space', 'space', 'dash', 'lower', 'mixed'])
        if style == 'plain':
            return nam
        if style == 'space':
            return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
        if style == 'dash':
            return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
        if style == 'lower':
            return nam.lower()
        if style == 'mixed':
            return '%s %s' % (nam[:4], nam[4:])
        raise ValueError(style)

    def fmrn(self, mrn, lang, label=True):
        style = self.pick(['a', 'b', 'c', 'd', 'e'])
        val = {'a': mrn, 'b': '%s-%s' % (mrn[:3], mrn[3:]), 'c': mrn, 'd': 'RLUH-' + mrn,
               'e': '%s %s' % (mrn[:3], mrn[3:])}[style]
        if not label:
            return val
        lab = L(lang, self.pick(['MRN', 'MRN:', 'Chart #', 'chart no.', 'Hosp. #', 'MRN#']),
                self.pick(['No dossier :', 'dossier', '# dossier', 'N° de dossier', 'Dossier RLUH']))
        return '%s %s' % (lab, val)

    def ident_num(self, p, lang, t, p_nam=0.5):
        """NAM (when the patient has one, with probability p_nam) or chart number; records the type."""
        if p.nam and self.chance(p_nam):
            t.add('ramq_nam')
            return self.pick(['NAM ', 'RAMQ ', 'NAM: ', '']) + self.fnam(p.nam)
        t.add('mrn')
        return self.fmrn(p.mrn, lang)

    def fhcn(self, p):
        h = p.hcn
        style = self.pick(['dash', 'space', 'plain'])
        base = {'dash': '%s-%s-%s' % (h[:4], h[4:7], h[7:]), 'space': '%s %s %s' % (h[:4], h[4:7], h[7:]),
                'plain': h}[style]
        if p.hcn_vc:
            base += self.pick([' ', '-', ' ']) + p.hcn_vc
        return base

    def fsin(self, s):
        return self.pick(['%s %s %s' % (s[:3], s[3:6], s[6:]), '%s-%s-%s' % (s[:3], s[3:6], s[6:]), s])

    def fniss(self, n):
        return self.pick(['%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]), n,
                          '%s %s %s' % (n[:6], n[6:9], n[9:])])

    def fnir(self, n):
        return self.pick(['%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
                          n, '%s %s' % (n[:13], n[13:])])

    def paddr(self, p, lang, oneline=True):
        if oneline:
            if p.prov == 'QC':
                return '%s, %s (%s) %s' % (p.street, p.city, 'Québec' if lang == 'fr' else 'QC', p.postal)
            return '%s, %s, ON  %s' % (p.street, p.city, p.postal)
        return '%s\n%s %s  %s' % (p.street, p.city, p.prov, p.postal)

    # -- signatures
    def sig(self, s, lang, disclaimer=None):
        lines = ['-- ' if self.chance(0.3) else '', s.name(lang, title=self.chance(0.6))]
        role = s.role_fr if lang == 'fr' and s.role_fr else s.role_en
        if s.creds and self.chance(0.6):
            lines[-1] += ', ' + s.creds
        lines.append(role)
        dept = s.dept_fr if lang == 'fr' and s.dept_fr else s.dept_en
        if dept:
            lines.append(dept)
        lines.append(s.org_fr if lang == 'fr' else s.org_en)
        if s.dom == H_DOM:
            lines.append(L(lang, 'T: %s ext. %s' % (H_MAIN, s.ext), 'Tél. : %s, poste %s' % (H_MAIN, s.ext)))
            if self.chance(0.3):
                lines.append(L(lang, H_ADDR_EN, H_ADDR_FR))
        elif s.tel:
            lines.append(L(lang, 'T: ', 'Tél. : ') + s.tel)
        if disclaimer is None:
            disclaimer = self.chance(0.35)
        if disclaimer:
            lines.append('')
            lines.append(L(lang,
                           'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only '
                           'for the addressee. If you received it in error, please notify the sender and delete it.',
                           "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels "
                           "destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez en aviser "
                           "l'expéditeur et le détruire."))
        return '\n'.join(x for x in lines if x is not None).lstrip('\n')

    def greet(self, who, lang):
        if who is None:
            return L(lang, self.pick(['Hi all,', 'Hello everyone,', 'Good morning,', 'Dear colleagues,']),
                     self.pick(['Bonjour à tous,', 'Bonjour,', 'Chers collègues,', 'Bonjour à toutes et à tous,']))
        if isinstance(who, Staff):
            nm = who.given if self.chance(0.6) else who.name(lang)
        else:
            nm = who
        return L(lang, self.pick(['Hi %s,', 'Dear %s,', 'Hello %s,', '%s,']) % nm,
                 self.pick(['Bonjour %s,', 'Allo %s,', '%s,', 'Bonjour %s,']) % nm)

    def closing(self, lang):
        return L(lang, self.pick(['Thanks,', 'Thank you,', 'Best regards,', 'Regards,', 'Many thanks,', 'Cheers,']),
                 self.pick(['Merci,', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,', 'Merci et bonne journée,']))

    def msgid(self, when, dom=H_DOM):
        return '<%s.%s@%s>' % (when.strftime('%Y%m%d%H%M%S'), '%08x' % self.rng.getrandbits(32), dom)


# --------------------------------------------------------------------------
# Attachment builders (deterministic bytes)
# --------------------------------------------------------------------------
def normalise_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                content = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                                 rb'\g<1>2025-01-06T08:30:00Z\3', content)
                content = re.sub(rb'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', rb'\g<1>2025-01-06T08:30:00Z\2',
                                 content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if isinstance(content, str):
                content = content.encode('utf-8')
            z.writestr(zi, content)
    return out.getvalue()


def _esc(s):
    return htmlmod.escape(s, quote=False).replace('\n', '<br/>')


def make_pdf(title, blocks, author='RLUH', footer=None):
    """blocks: list of (kind, payload): h1/h2/p/kv/table/small/space."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, title=title, author=author, subject=title, creator='RLUH DocGen',
                            leftMargin=0.8 * inch, rightMargin=0.8 * inch, topMargin=0.7 * inch,
                            bottomMargin=0.7 * inch, invariant=1)
    flow = []
    for kind, payload in blocks:
        if kind == 'h1':
            flow.append(Paragraph(_esc(payload), st['Title']))
        elif kind == 'h2':
            flow.append(Paragraph(_esc(payload), st['Heading2']))
        elif kind == 'p':
            flow.append(Paragraph(_esc(payload), st['BodyText']))
        elif kind == 'small':
            flow.append(Paragraph('<font size="7">%s</font>' % _esc(payload), st['BodyText']))
        elif kind == 'space':
            flow.append(Spacer(1, 8))
        elif kind in ('kv', 'table'):
            rows = payload
            if kind == 'kv':
                rows = [[Paragraph('<b>%s</b>' % _esc(k), st['BodyText']), Paragraph(_esc(v), st['BodyText'])]
                        for k, v in payload]
                tbl = Table(rows, colWidths=[1.8 * inch, 4.9 * inch])
            else:
                rows = [[Paragraph(_esc(str(c)), st['BodyText']) for c in r] for r in payload]
                tbl = Table(rows, repeatRows=1)
            style = [('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            if kind == 'table':
                style.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6f0')))
            tbl.setStyle(TableStyle(style))
            flow.append(tbl)
            flow.append(Spacer(1, 6))
    if footer:
        flow.append(Spacer(1, 14))
        flow.append(Paragraph('<font size="7">%s</font>' % _esc(footer), st['BodyText']))
    doc.build(flow)
    return buf.getvalue()


def make_docx(title, blocks, author='RLUH'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_DT
    cp.modified = FIXED_DOC_DT
    cp.last_printed = FIXED_DOC_DT
    cp.revision = 1
    for kind, payload in blocks:
        if kind == 'h1':
            d.add_heading(payload, level=1)
        elif kind == 'h2':
            d.add_heading(payload, level=2)
        elif kind in ('p', 'small'):
            d.add_paragraph(payload)
        elif kind == 'space':
            d.add_paragraph('')
        elif kind == 'kv':
            t = d.add_table(rows=0, cols=2)
            t.style = 'Table Grid'
            for k, v in payload:
                r = t.add_row().cells
                r[0].text, r[1].text = k, v
        elif kind == 'table':
            t = d.add_table(rows=0, cols=len(payload[0]))
            t.style = 'Table Grid'
            for row in payload:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def make_xlsx(sheets, author='RLUH', title=''):
    """sheets: list of (sheet_name, rows); first row bold."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED_DOC_DT
    wb.properties.modified = FIXED_DOC_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for c in ws[1]:
            c.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


def make_csv(rows, delim=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
        b = b  # continuation lines are prefixed below
    out.append(b.decode('utf-8'))
    return '\r\n '.join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees, method='REQUEST',
             stamp=None):
    stamp = stamp or dt.datetime(2025, 1, 6, 13, 30, 0)
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//RLUH//Calendar Gateway 4.2//EN', 'VERSION:2.0', 'METHOD:' + method,
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + stamp.strftime('%Y%m%dT%H%M%SZ'),
             'DTSTART;TZID=America/Toronto:' + start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Toronto:' + end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:' + ics_escape(summary), 'DESCRIPTION:' + ics_escape(description),
             'LOCATION:' + ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (ics_escape(organizer[0]), organizer[1])]
    for cn, addr in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s'
                     % (ics_escape(cn), addr))
    lines += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(x) for x in lines) + '\r\n'


def make_vcard(given, surname, tel=None, email_addr=None, adr=None, note=None, org=None, title=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if tel:
        lines.append('TEL;TYPE=HOME,VOICE:' + tel)
    if email_addr:
        lines.append('EMAIL;TYPE=HOME:' + email_addr)
    if adr:
        street, city, prov, postal = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street.replace(',', '\\,'), city, prov, postal))
    if bday:
        lines.append('BDAY:' + bday.isoformat())
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


class Att:
    """An attachment: kind in bytes/text/eml."""

    def __init__(self, filename, data, maintype='application', subtype='octet-stream', charset='utf-8',
                 params=None, inline=False):
        self.filename = filename
        self.data = data
        self.maintype, self.subtype = maintype, subtype
        self.charset = charset
        self.params = params or {}
        self.inline = inline


def pdf_att(fn, data):
    return Att(fn, data, 'application', 'pdf')


def docx_att(fn, data):
    return Att(fn, data, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')


def xlsx_att(fn, data):
    return Att(fn, data, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')


def zip_att(fn, data):
    return Att(fn, data, 'application', 'zip')


def csv_att(fn, text, charset='utf-8'):
    if not _can(text, charset):
        charset = 'utf-8'
    return Att(fn, text, 'text', 'csv', charset=charset)


def ics_att(fn, text, method='REQUEST'):
    return Att(fn, text, 'text', 'calendar', params={'method': method})


def vcf_att(fn, text):
    return Att(fn, text, 'text', 'vcard')


def eml_att(fn, raw):
    return Att(fn, raw, 'message', 'rfc822')


# --------------------------------------------------------------------------
# Quoting helpers
# --------------------------------------------------------------------------
def quote_reply(G, lang, orig_from, orig_when, orig_text, style=None, orig_subject='', orig_to=''):
    style = style or G.pick(['gt', 'outlook', 'gt', 'outlook_fr' if lang == 'fr' else 'outlook'])
    if style == 'gt':
        if lang == 'fr':
            head = 'Le %s à %s, %s a écrit :' % (G.fdate(orig_when.date(), 'fr', 'long'), orig_when.strftime('%H:%M'),
                                                  orig_from)
        else:
            head = 'On %s at %s, %s wrote:' % (orig_when.strftime('%a, %b %d, %Y'), orig_when.strftime('%I:%M %p'),
                                               orig_from)
        body = '\n'.join(('> ' + l) if l else '>' for l in orig_text.split('\n'))
        return head + '\n' + body
    if style == 'outlook_fr' or (style == 'outlook' and lang == 'fr'):
        head = ('De : %s\nEnvoyé : %s %s\nÀ : %s\nObjet : %s'
                % (orig_from, G.fdate(orig_when.date(), 'fr', 'long'), orig_when.strftime('%H:%M'), orig_to,
                   orig_subject))
        return '-----Message d\'origine-----\n' + head + '\n\n' + orig_text
    head = ('From: %s\nSent: %s\nTo: %s\nSubject: %s'
            % (orig_from, orig_when.strftime('%A, %B %d, %Y %I:%M %p'), orig_to, orig_subject))
    return '-----Original Message-----\n' + head + '\n\n' + orig_text


def forward_block(G, lang, orig_from, orig_when, orig_to, orig_subject, orig_text):
    if lang == 'fr':
        head = ('---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s'
                % (orig_from, orig_when.strftime('%d/%m/%Y %H:%M'), orig_subject, orig_to))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s'
                % (orig_from, orig_when.strftime('%a, %b %d, %Y at %I:%M %p'), orig_subject, orig_to))
    return head + '\n\n' + orig_text


def text_to_html(text, G=None, style='outlook'):
    paras = text.split('\n\n')
    out = []
    for para in paras:
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(_esc(l.lstrip('> ')) for l in lines)
            out.append('<blockquote style="border-left:2px solid #1f4e79;margin:0 0 0 6px;padding-left:8px">%s'
                       '</blockquote>' % inner)
        elif all(l.startswith(('- ', '* ', '• ')) for l in lines if l) and len(lines) > 1:
            out.append('<ul>\n' + '\n'.join('<li>%s</li>' % _esc(l[2:]) for l in lines if l) + '\n</ul>')
        else:
            out.append('<p class=MsoNormal>%s</p>' % '<br>\n'.join(_esc(l) for l in lines))
    body = '\n'.join(out)
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang=EN-CA link="#0563C1">\n<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n'
                % body)
    return '<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n%s\n</body></html>\n' % body


def html_table(rows, border=True):
    head = rows[0]
    out = ['<table %s cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
           % ('border="1"' if border else 'border="0"')]
    out.append('<tr style="background:#dde6f0">' + ''.join('<th align="left">%s</th>' % _esc(str(c)) for c in head)
               + '</tr>')
    for r in rows[1:]:
        out.append('<tr>' + ''.join('<td>%s</td>' % _esc(str(c)) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append('  '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append('  '.join('-' * w for w in widths))
    return '\n'.join(out)


# --------------------------------------------------------------------------
# MIME rendering
# --------------------------------------------------------------------------
MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'Thunderbird 128.5.2',
           'RLUH WebMail 7.1', None, None]


def _can(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_charset(G, texts):
    opts = ['utf-8', 'utf-8', 'utf-8']
    if all(_can(t, 'iso-8859-1') for t in texts):
        opts += ['iso-8859-1', 'iso-8859-1']
    if all(_can(t, 'windows-1252') for t in texts):
        opts += ['windows-1252', 'windows-1252']
    return G.pick(opts)


def choose_cte(G, texts, cs):
    ascii_only = all(_can(t, 'ascii') for t in texts)
    long_lines = any(len(l.encode(cs)) > 900 for t in texts for l in t.split('\n'))
    opts = ['quoted-printable', 'quoted-printable', 'base64']
    if not long_lines:
        opts.append('8bit')
        if ascii_only:
            opts += ['7bit', '7bit']
    return G.pick(opts)


def _modern_attach(msg, a, G):
    disp = 'inline' if a.inline else 'attachment'
    if a.maintype == 'message':
        inner = email.message_from_bytes(a.data, policy=email.policy.default)
        msg.add_attachment(inner, disposition=disp, filename=a.filename)
    elif a.maintype == 'text':
        cs = a.charset
        cte = G.pick(['quoted-printable', 'base64']) if not _can(a.data, 'ascii') else G.pick(['7bit', 'base64',
                                                                                                  'quoted-printable'])
        msg.add_attachment(a.data, subtype=a.subtype, charset=cs, cte=cte, disposition=disp, filename=a.filename,
                           params=a.params or None)
    else:
        msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, disposition=disp, filename=a.filename)


def _legacy_text(text, subtype, cs, cte):
    c = email.charset.Charset(cs)
    c.body_encoding = {'quoted-printable': email.charset.QP, 'base64': email.charset.BASE64}.get(cte)
    if cte in ('7bit', '8bit'):
        c.body_encoding = None
    return MIMEText(text, subtype, c)


def _legacy_attach(a, G):
    if a.maintype == 'message':
        part = MIMEMessage(email.message_from_bytes(a.data))
    elif a.maintype == 'text':
        part = _legacy_text(a.data, a.subtype, a.charset, 'base64' if not _can(a.data, 'ascii') else '7bit')
        for k, v in a.params.items():
            part.set_param(k, v)
    else:
        part = MIMEApplication(a.data, a.subtype)
        part.replace_header('Content-Type', '%s/%s' % (a.maintype, a.subtype))
        part.set_param('name', a.filename if _can(a.filename, 'ascii') else ('utf-8', '', a.filename))
    fn = a.filename if _can(a.filename, 'ascii') else ('utf-8', '', a.filename)
    part.add_header('Content-Disposition', 'inline' if a.inline else 'attachment', filename=fn)
    return part


def _fmt_addr_list(addrs):
    return ', '.join(addrs)


def render(G, item):
    """Return bytes of the RFC 5322 message described by item."""
    text = item['text']
    html = item.get('html')
    atts = item.get('atts', [])
    mode = item.get('mode') or G.rng.choices(['plain', 'alt', 'html'], weights=[5, 4, 2])[0]
    if mode in ('alt', 'html') and not html:
        html = text_to_html(text, G, G.pick(['outlook', 'simple']))
    legacy = item.get('legacy')
    if legacy is None:
        legacy = G.chance(0.22)
    crlf = item.get('crlf')
    if crlf is None:
        crlf = G.chance(0.35)
    bodies = [text] if mode == 'plain' else ([html] if mode == 'html' else [text, html])
    cs = item.get('charset') or choose_charset(G, bodies + [item['subject']])
    cte = item.get('cte') or choose_cte(G, bodies, cs)
    if html and cs != 'utf-8':
        html = html.replace('charset=utf-8', 'charset=' + cs)
        bodies = [text] if mode == 'plain' else ([html] if mode == 'html' else [text, html])
    when = item['when']
    dom = item.get('msgid_dom') or item['frm'].rsplit('@', 1)[-1].rstrip('>')
    mailer = item.get('mailer', G.pick(MAILERS))
    lang = item.get('lang', 'en')
    tag = '%010x' % G.rng.getrandbits(40)

    if not legacy:
        msg = EmailMessage()
        msg['From'] = item['frm']
        msg['To'] = _fmt_addr_list(item['to'])
        if item.get('cc'):
            msg['Cc'] = _fmt_addr_list(item['cc'])
        msg['Subject'] = item['subject']
        msg['Date'] = email.utils.format_datetime(when)
        msg['Message-ID'] = G.msgid(when, dom)
        if item.get('in_reply_to'):
            msg['In-Reply-To'] = item['in_reply_to']
            msg['References'] = item['in_reply_to']
        if mailer:
            msg['X-Mailer'] = mailer
        if G.chance(0.5):
            msg['Content-Language'] = 'fr-CA' if lang == 'fr' else 'en-CA'
        if item.get('importance'):
            msg['Importance'] = item['importance']
        if mode == 'plain':
            msg.set_content(text, charset=cs, cte=cte)
        elif mode == 'html':
            msg.set_content(html, subtype='html', charset=cs, cte=cte)
        else:
            msg.set_content(text, charset=cs, cte=cte)
            msg.add_alternative(html, subtype='html', charset=cs, cte=cte)
        for a in atts:
            _modern_attach(msg, a, G)
        pol = email.policy.default.clone(linesep='\r\n' if crlf else '\n')
    else:
        if mode == 'plain':
            body = _legacy_text(text, 'plain', cs, cte)
        elif mode == 'html':
            body = _legacy_text(html, 'html', cs, cte)
        else:
            body = MIMEMultipart('alternative')
            body.attach(_legacy_text(text, 'plain', cs, cte))
            body.attach(_legacy_text(html, 'html', cs, cte))
        if atts:
            msg = MIMEMultipart('mixed')
            msg.attach(body)
            for a in atts:
                msg.attach(_legacy_attach(a, G))
        else:
            msg = body
        hcs = 'iso-8859-1' if (cs != 'utf-8' and _can(item['subject'], 'iso-8859-1')) else 'utf-8'

        def enc_addr(a):
            nm, ad = email.utils.parseaddr(a)
            if nm and not _can(nm, 'ascii'):
                return email.utils.formataddr((nm, ad), charset=hcs)
            return email.utils.formataddr((nm, ad)) if nm else ad

        msg['From'] = enc_addr(item['frm'])
        msg['To'] = ', '.join(enc_addr(a) for a in item['to'])
        if item.get('cc'):
            msg['Cc'] = ', '.join(enc_addr(a) for a in item['cc'])
        subj = item['subject']
        msg['Subject'] = subj if _can(subj, 'ascii') else Header(subj, hcs).encode()
        msg['Date'] = email.utils.format_datetime(when)
        msg['Message-ID'] = G.msgid(when, dom)
        if item.get('in_reply_to'):
            msg['In-Reply-To'] = item['in_reply_to']
            msg['References'] = item['in_reply_to']
        if mailer:
            msg['X-Mailer'] = mailer
        if 'MIME-Version' not in msg:
            msg['MIME-Version'] = '1.0'
        pol = email.policy.compat32.clone(linesep='\r\n' if crlf else '\n')
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('----=_Part_%s_%d' % (tag, n))
            n += 1
    return msg.as_bytes(policy=pol)


def inner_eml(G, item):
    """Render a message to be attached as message/rfc822 (always LF, modern)."""
    it = dict(item)
    it.setdefault('legacy', False)
    it['crlf'] = False
    return render(G, it)


# --------------------------------------------------------------------------
# Clinical vocabulary (EN, FR)
# --------------------------------------------------------------------------
ONC_DX = [
    ('non-small cell lung adenocarcinoma, stage IIIA (cT2bN2M0)', 'adénocarcinome pulmonaire non à petites cellules, stade IIIA (cT2bN2M0)', 'lung'),
    ('squamous cell carcinoma of the right upper lobe', 'carcinome épidermoïde du lobe supérieur droit', 'lung'),
    ('extensive-stage small cell lung cancer', 'cancer du poumon à petites cellules, stade étendu', 'lung'),
    ('invasive ductal carcinoma of the left breast, ER+/PR+/HER2-', 'carcinome canalaire infiltrant du sein gauche, RE+/RP+/HER2-', 'breast'),
    ('triple-negative breast cancer', 'cancer du sein triple négatif', 'breast'),
    ('metastatic colorectal adenocarcinoma with liver metastases', 'adénocarcinome colorectal avec métastases hépatiques', 'gi'),
    ('adenocarcinoma of the pancreatic head', 'adénocarcinome de la tête du pancréas', 'gi'),
    ('diffuse large B-cell lymphoma, stage III', 'lymphome diffus à grandes cellules B, stade III', 'heme'),
    ('multiple myeloma (IgG kappa)', 'myélome multiple (IgG kappa)', 'heme'),
    ('prostate adenocarcinoma, Gleason 4+3=7', 'adénocarcinome de la prostate, Gleason 4+3=7', 'gu'),
    ('glioblastoma, IDH-wildtype', 'glioblastome, IDH de type sauvage', 'cns'),
    ('p16-positive squamous cell carcinoma of the oropharynx', "carcinome épidermoïde de l'oropharynx p16+", 'hn'),
    ('high-grade serous ovarian carcinoma, FIGO IIIC', "carcinome séreux de haut grade de l'ovaire, FIGO IIIC", 'gyn'),
    ('endometrial carcinoma, FIGO IB', "carcinome de l'endomètre, FIGO IB", 'gyn'),
    ('metastatic melanoma, BRAF V600E', 'mélanome métastatique BRAF V600E', 'skin'),
]
REGIMENS = {
    'lung': [('carboplatin / pemetrexed / pembrolizumab', 'carboplatine / pémétrexed / pembrolizumab'),
             ('durvalumab consolidation', 'durvalumab en consolidation'),
             ('cisplatin / etoposide', 'cisplatine / étoposide'), ('osimertinib 80 mg daily', 'osimertinib 80 mg die')],
    'breast': [('AC-T (doxorubicin/cyclophosphamide then paclitaxel)', 'AC-T (doxorubicine/cyclophosphamide puis paclitaxel)'),
               ('letrozole + palbociclib', 'létrozole + palbociclib'), ('tamoxifen 20 mg daily', 'tamoxifène 20 mg die')],
    'gi': [('FOLFOX', 'FOLFOX'), ('FOLFIRINOX', 'FOLFIRINOX'), ('gemcitabine / nab-paclitaxel', 'gemcitabine / nab-paclitaxel'),
           ('capecitabine 1000 mg/m2 BID', 'capécitabine 1000 mg/m2 BID')],
    'heme': [('R-CHOP', 'R-CHOP'), ('daratumumab / lenalidomide / dexamethasone', 'daratumumab / lénalidomide / dexaméthasone')],
    'gu': [('enzalutamide 160 mg daily', 'enzalutamide 160 mg die'), ('leuprolide 22.5 mg q3 months', 'leuprolide 22,5 mg q3 mois')],
    'cns': [('temozolomide 75 mg/m2 with RT', 'témozolomide 75 mg/m2 avec RT')],
    'hn': [('weekly cisplatin 40 mg/m2 with RT', 'cisplatine hebdomadaire 40 mg/m2 avec RT')],
    'gyn': [('carboplatin / paclitaxel', 'carboplatine / paclitaxel'), ('olaparib maintenance', "olaparib d'entretien")],
    'skin': [('dabrafenib / trametinib', 'dabrafénib / tramétinib'), ('nivolumab / ipilimumab', 'nivolumab / ipilimumab')],
}
CARD_DX = [
    ('severe aortic stenosis (AVA 0.7 cm2)', 'sténose aortique sévère (SVA 0,7 cm2)'),
    ('heart failure with reduced ejection fraction', 'insuffisance cardiaque à fraction d’éjection réduite'),
    ('paroxysmal atrial fibrillation', 'fibrillation auriculaire paroxystique'),
    ('NSTEMI', 'infarctus sans élévation du ST (IAMSEST)'),
    ('three-vessel coronary artery disease', 'maladie coronarienne tritronculaire'),
    ('hypertrophic obstructive cardiomyopathy', 'cardiomyopathie hypertrophique obstructive'),
    ('complete heart block', 'bloc auriculo-ventriculaire complet'),
    ('severe mitral regurgitation', 'insuffisance mitrale sévère'),
    ('anthracycline-related cardiomyopathy', 'cardiomyopathie liée aux anthracyclines'),
]
CARD_MEDS = ['apixaban 5 mg BID', 'metoprolol 25 mg BID', 'sacubitril/valsartan 49/51 mg BID', 'atorvastatin 80 mg',
             'ticagrelor 90 mg BID', 'furosemide 40 mg daily', 'dapagliflozin 10 mg daily', 'amiodarone 200 mg daily',
             'warfarin (target INR 2-3)', 'bisoprolol 5 mg daily', 'spironolactone 25 mg daily', 'ASA 81 mg daily',
             'rivaroxaban 20 mg daily', 'ramipril 5 mg daily']
OTHER_MEDS = ['metformin 1000 mg BID', 'levothyroxine 75 mcg', 'pantoprazole 40 mg', 'hydromorphone 2 mg q4h PRN',
              'gabapentin 300 mg TID', 'insulin glargine 22 units HS', 'sertraline 100 mg', 'ondansetron 8 mg PRN',
              'dexamethasone 4 mg BID', 'lorazepam 1 mg SL PRN', 'morphine SR 30 mg BID', 'prednisone 50 mg',
              'quetiapine 25 mg HS', 'methadone 60 mg daily']
LABS = [
    ('creatinine 168 µmol/L (eGFR 34)', 'créatinine 168 µmol/L (DFGe 34)'),
    ('hemoglobin 78 g/L', 'hémoglobine 78 g/L'),
    ('neutrophils 0.4 x10^9/L', 'neutrophiles 0,4 x10^9/L'),
    ('potassium 6.4 mmol/L', 'potassium 6,4 mmol/L'),
    ('hs-troponin T 1 240 ng/L', 'troponine T hs 1 240 ng/L'),
    ('NT-proBNP 6 850 ng/L', 'NT-proBNP 6 850 ng/L'),
    ('INR 4.6', 'RNI 4,6'),
    ('platelets 38 x10^9/L', 'plaquettes 38 x10^9/L'),
    ('CA-125 842 kU/L', 'CA-125 842 kU/L'),
    ('PSA 18.6 µg/L', 'APS 18,6 µg/L'),
    ('calcium (corrected) 3.21 mmol/L', 'calcium corrigé 3,21 mmol/L'),
    ('sodium 121 mmol/L', 'sodium 121 mmol/L'),
    ('ALT 412 U/L, bilirubin 58 µmol/L', 'ALT 412 U/L, bilirubine 58 µmol/L'),
    ('HbA1c 10.2 %', 'HbA1c 10,2 %'),
]
IMAGING = [
    ('CT chest/abdomen/pelvis with contrast', 'TDM thorax-abdomen-pelvis avec contraste'),
    ('MRI brain with gadolinium', 'IRM cérébrale avec gadolinium'),
    ('PET-CT (FDG)', 'TEP-TDM (FDG)'),
    ('bone scan', 'scintigraphie osseuse'),
    ('MRI pelvis (prostate protocol)', 'IRM pelvienne (protocole prostate)'),
    ('CT coronary angiography', 'coroscanner'),
    ('cardiac MRI', 'IRM cardiaque'),
    ('bilateral diagnostic mammogram and ultrasound', 'mammographie diagnostique bilatérale et échographie'),
]
FINDINGS = [
    ('3.4 cm spiculated right upper lobe mass with ipsilateral hilar and subcarinal adenopathy, suspicious for primary lung malignancy.',
     'Masse spiculée de 3,4 cm du lobe supérieur droit avec adénopathies hilaires et sous-carinaires homolatérales, suspecte de néoplasie pulmonaire primaire.'),
    ('Multiple new hypodense hepatic lesions, the largest 2.8 cm in segment VII, consistent with metastatic disease.',
     'Multiples nouvelles lésions hépatiques hypodenses, la plus grande de 2,8 cm au segment VII, compatibles avec une atteinte métastatique.'),
    ('Enhancing 4.1 cm left temporal lesion with central necrosis and vasogenic oedema; 6 mm midline shift.',
     'Lésion temporale gauche de 4,1 cm rehaussée avec nécrose centrale et œdème vasogénique; déviation de la ligne médiane de 6 mm.'),
    ('Diffuse osteoblastic lesions of the pelvis and lumbar spine in keeping with skeletal metastases.',
     'Lésions ostéoblastiques diffuses du bassin et du rachis lombaire, compatibles avec des métastases osseuses.'),
    ('Interval decrease of the dominant left breast mass from 3.1 to 1.2 cm; partial response.',
     'Diminution de la masse dominante du sein gauche de 3,1 à 1,2 cm; réponse partielle.'),
    ('New 1.8 cm pulmonary embolus in the right lower lobe segmental arteries; no right heart strain.',
     'Embolie pulmonaire segmentaire du lobe inférieur droit; pas de dilatation des cavités droites.'),
    ('PI-RADS 5 lesion of the left peripheral zone with extracapsular extension.',
     "Lésion PI-RADS 5 de la zone périphérique gauche avec extension extracapsulaire."),
    ('Severe (>70%) stenosis of the proximal LAD and mid RCA.', 'Sténose sévère (>70 %) de l’IVA proximale et de la CD moyenne.'),
]
SOCIAL = [
    ('lives alone on the 3rd floor without an elevator; daughter in Calgary', 'vit seul{e} au 3e étage sans ascenseur; sa fille habite à Calgary'),
    ('recently separated, shared custody of two children, currently staying at a shelter', "récemment séparé{e}, garde partagée de deux enfants, hébergé{e} en refuge actuellement"),
    ('lost {his} job in November; cannot afford the co-pay for oral chemotherapy', "a perdu son emploi en novembre; n'a pas les moyens de payer la franchise pour la chimio orale"),
    ('primary caregiver for {his} spouse with advanced dementia', 'proche aidant{e} principal{e} de son conjoint atteint de démence avancée'),
    ('asylum claimant, IFHP coverage only, needs a Dari interpreter', "demandeu{r_se} d'asile, couverture PFSI seulement, besoin d'un interprète dari"),
    ('history of alcohol use disorder, sober since 2021, attends AA', "antécédents de trouble lié à l'alcool, abstinent{e} depuis 2021, fréquente les AA"),
    ('reports intimate partner violence; safety plan discussed', 'rapporte de la violence conjugale; plan de sécurité discuté'),
    ('no fixed address; uses a friend\'s phone', "sans adresse fixe; utilise le téléphone d'un ami"),
    ('works night shifts at a warehouse, no sick leave', "travaille de nuit dans un entrepôt, sans congés de maladie"),
    ('on income support; transport to appointments is a barrier', "prestataire de l'aide sociale; le transport aux rendez-vous est un obstacle"),
]


def gx(p, m, f):
    return f if p.sex == 'F' else m


def social(G, p, lang, exclude=()):
    opts = [x for i, x in enumerate(SOCIAL) if i not in exclude]
    en, fr = G.pick(opts)
    kw = dict(e=gx(p, '', 'e'), his=gx(p, 'his', 'her'), r_se=gx(p, 'r', 'se'))
    return L(lang, en, fr).format(**kw)


# --------------------------------------------------------------------------
# Shared positive helpers
# --------------------------------------------------------------------------
def S(key):
    return STAFF_BY_KEY[key] if key in STAFF_BY_KEY else EXT_STAFF[key]


def id_lines(G, p, lang, t, want=('mrn',), dob=None):
    """Return a list of (label, value) identifier pairs for a patient and record types."""
    out = []
    if dob is None:
        dob = G.chance(0.6)
    if dob:
        out.append((L(lang, G.pick(['DOB', 'Date of birth', 'D.O.B.']), G.pick(['DDN', 'Date de naissance', 'Né(e) le'])),
                    G.fdate(p.dob, lang)))
        t.add('date_of_birth')
    if 'mrn' in want and p.mrn:
        out.append((L(lang, G.pick(['MRN', 'Chart #', 'Hospital #']), G.pick(['No dossier', 'Dossier', 'N° de dossier'])),
                    G.fmrn(p.mrn, lang, label=False)))
        t.add('mrn')
    if p.nam and ('nam' in want or G.chance(0.75)):
        out.append((L(lang, G.pick(['RAMQ', 'NAM', 'Medicare (RAMQ)']), G.pick(['NAM', 'No RAMQ', "Carte d'assurance maladie"])),
                    G.fnam(p.nam)))
        t.add('ramq_nam')
    if p.hcn and ('hcn' in want or G.chance(0.7)):
        out.append((L(lang, G.pick(['OHIP', 'Ontario HCN', 'Health card']), 'Carte santé Ontario'), G.fhcn(p)))
        t.add('ca_health_number')
    if p.niss:
        out.append((L(lang, 'NISS (Belgium)', 'NISS'), G.fniss(p.niss)))
        t.add('be_niss')
    if p.nir:
        out.append((L(lang, 'NIR (France)', 'NIR'), G.fnir(p.nir)))
        t.add('fr_nir')
    return out


def kv_text(pairs, sep=': '):
    return '\n'.join('%s%s%s' % (k, sep, v) for k, v in pairs)


SEX_SITES = {'F': ('breast', 'gyn'), 'M': ('gu',)}


def odx(G, p=None, sites=None):
    """Pick an oncology diagnosis compatible with the patient's recorded sex (and optional sites)."""
    opts = list(ONC_DX)
    if sites:
        opts = [x for x in opts if x[2] in sites]
    if p is not None:
        other = 'M' if p.sex == 'F' else 'F'
        opts = [x for x in opts if x[2] not in SEX_SITES[other]] or opts
    return G.pick(opts)


def onc_case(G, lang, p=None):
    en, fr, site = odx(G, p)
    reg = G.pick(REGIMENS[site])
    return L(lang, en, fr), L(lang, reg[0], reg[1]), site


def onc_doc_for(site):
    return {'lung': 'thor', 'breast': 'medonc', 'gi': 'medonc', 'heme': 'hemonc', 'gu': 'uro', 'cns': 'neurosx',
            'hn': 'radonc', 'gyn': 'gyneonc', 'skin': 'medonc'}[site]


def item(G, lang, frm, to, subject, text, cc=None, atts=None, html=None, mode=None, **kw):
    d = dict(lang=lang, frm=frm.addr() if isinstance(frm, Staff) else frm,
             to=[x.addr() if isinstance(x, Staff) else x for x in to],
             cc=[x.addr() if isinstance(x, Staff) else x for x in (cc or [])],
             subject=subject, text=text, html=html, atts=atts or [], mode=mode, when=kw.pop('when', None) or G.when())
    d.update(kw)
    return d


def pfile(G, p, stem, ext, with_name=None):
    """Attachment file name, sometimes carrying the patient's name or chart number."""
    r = G.rng.random() if with_name is None else (0.1 if with_name else 0.9)
    if r < 0.35:
        base = '%s_%s_%s' % (stem, p.surname.replace(' ', ''), p.given.replace(' ', ''))
        return base + '.' + ext, True
    if r < 0.55:
        return '%s_%s.%s' % (stem, p.mrn, ext), 'mrn'
    return '%s_%s.%s' % (stem, G.clock.strftime('%Y%m%d'), ext), False


# ==========================================================================
# POSITIVE TEMPLATES  -> (item, T, note)
# ==========================================================================
def p_radiology_report(G, lang):
    p = G.any_patient(lang)
    t = T('patient_name', 'diagnosis')
    rad = G.pick([S('rad1'), S('rad2')])
    if p.hcn:
        ref = S('im_cornwall')
    elif p.nam and G.chance(0.5):
        ref = S('fp_gmf')
    else:
        ref = G.pick([S('medonc'), S('thor'), S('pneumo'), S('uro')])
    ex_i = G.rng.randrange(len(IMAGING))
    exam = L(lang, *IMAGING[ex_i])
    short = L(lang, *[('CT', 'TDM'), ('MRI', 'IRM'), ('PET-CT', 'TEP'), ('Bone scan', 'Scintigraphie'), ('MRI', 'IRM'), ('CT', 'Coroscanner'), ('Cardiac MRI', 'IRM cardiaque'), ('Mammo', 'Mammo')][ex_i])
    fnd = L(lang, *G.pick(FINDINGS))
    exam_date = (G.clock - dt.timedelta(days=G.rng.randrange(1, 6))).date()
    ids = id_lines(G, p, lang, t, want=('mrn',))
    kv = [(L(lang, 'Patient', 'Patient(e)'), G.pname(p, lang, G.pick(['rev', 'revc', 'full'])))] + ids + [
        (L(lang, 'Examination', 'Examen'), exam), (L(lang, 'Exam date', "Date de l'examen"), G.fdate(exam_date, lang)),
        (L(lang, 'Referring physician', 'Médecin référent'), ref.name(lang)),
        (L(lang, 'Accession #', "N° d'accession"), 'A%s' % G.digits(8))]
    impression = L(lang, 'IMPRESSION: ', 'CONCLUSION : ') + fnd
    blocks = [('h1', L(lang, H_EN, H_FR)), ('p', L(lang, 'Department of Medical Imaging — Final Report',
                                                   "Département d'imagerie médicale — Rapport final")),
              ('kv', kv), ('h2', L(lang, 'Clinical information', 'Renseignements cliniques')),
              ('p', L(lang, 'Staging / follow-up. Known malignancy.', 'Bilan d’extension / suivi. Néoplasie connue.')
               if G.chance(0.5) else L(lang, 'Rule out progression.', 'Éliminer une progression.')),
              ('h2', L(lang, 'Findings', 'Constatations')), ('p', fnd),
              ('p', L(lang, 'No other significant abnormality.', 'Pas d’autre anomalie significative.')),
              ('h2', 'Impression' if lang == 'en' else 'Conclusion'), ('p', impression),
              ('p', L(lang, 'Electronically signed by ', 'Signé électroniquement par ') + rad.name(lang))]
    fn, fn_has = pfile(G, p, L(lang, 'report', 'rapport'), 'pdf')
    if fn_has == 'mrn':
        t.add('mrn')
    pdf = make_pdf(L(lang, 'Imaging report', "Rapport d'imagerie"), blocks, author=rad.name('en', False))
    sender = G.pick([rad, S('clerk')])
    body_name = G.chance(0.5)
    if lang == 'fr':
        subj = G.pick(['Rapport %s' % short, 'Rapport d’imagerie – votre patient(e)', 'Résultat imagerie'])
        if body_name:
            subj += ' – ' + G.pname(p, lang, 'title')
        lines = [G.greet(ref, lang), '',
                 'Vous trouverez ci-joint le rapport final de l’examen (%s) réalisé le %s%s.'
                 % (exam, G.fdate(exam_date, lang), (' pour ' + G.pname(p, lang, 'titlefull')) if body_name else ''),
                 G.pick(['Compte tenu des trouvailles, un suivi rapproché est suggéré.',
                         'Je vous appelle cet après-midi pour en discuter.', 'Le dossier a été transmis à l’infirmière pivot.'])]
    else:
        subj = G.pick(['%s report' % short, 'Imaging report for your patient', 'Final report attached'])
        if body_name:
            subj += ' - ' + G.pname(p, lang, G.pick(['title', 'rev', 'full']))
        lines = [G.greet(ref, lang), '',
                 'Please find attached the final report of the %s performed on %s%s.'
                 % (exam, G.fdate(exam_date, lang), (' for ' + G.pname(p, lang, 'titlefull')) if body_name else ''),
                 G.pick(['Given the findings I have flagged it as a critical result.',
                         'I will call your office this afternoon to discuss next steps.',
                         'A copy was sent to the lung nurse navigator.', ''])]
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(sender, lang)])
    it = item(G, lang, sender, [ref], subj, text, atts=[pdf_att(fn, pdf)])
    return it, t, 'imaging report PDF to referring physician'


def p_mri_booking(G, lang):
    p = G.qc_patient() if G.chance(0.6) else (G.on_patient() if lang == 'en' else G.qc_plain_patient())
    t = T('patient_name', 'patient_contact', 'diagnosis')
    clerk = S('clerk')
    d = G.future_date(G.clock, 3, 20)
    hr = G.pick(['07:15', '08:40', '11:20', '14:05', '19:30', '21:10'])
    exam = L(lang, *G.pick([IMAGING[1], IMAGING[4], IMAGING[6], IMAGING[0]]))
    dx_en, dx_fr, site = odx(G, p)
    indic = L(lang, dx_en, dx_fr)
    lab_en, lab_fr = LABS[0]
    use_lab = G.chance(0.5)
    use_med = G.chance(0.5)
    if lang == 'fr':
        subj = G.pick(['Confirmation de rendez-vous – IRM', 'Votre rendez-vous en imagerie', 'RDV IRM %s' % G.fdate(d, 'fr')])
        lines = [G.pick(['Bonjour %s,' % G.pname(p, 'fr', 'titlefull'), 'Bonjour %s,' % G.pname(p, 'fr', 'title')]), '',
                 'Nous confirmons votre rendez-vous pour l’examen suivant : %s, le %s à %s, pavillon C, niveau S1.'
                 % (exam, G.dayname(d, 'fr'), hr.replace(':', 'h')),
                 'Indication inscrite sur la requête : %s.' % indic,
                 'Nous avons tenté de vous joindre au %s sans succès; la requête sera postée au %s.'
                 % (p.phone, G.paddr(p, 'fr'))]
        if use_lab:
            lines.append('Votre dernière %s : l’injection de gadolinium sera ajustée selon le protocole rénal.' % lab_fr)
            t.add('lab_result')
        if use_med:
            lines.append('Puisque vous êtes claustrophobe, le Dr %s a prescrit du lorazépam 1 mg sublingual à prendre '
                         '30 minutes avant l’examen. Venez accompagné%s.' % (S('rad1').surname, gx(p, '', 'e')))
            t.add('medication')
        lines += ['', 'Apportez votre carte d’assurance maladie et la liste de vos médicaments.']
    else:
        subj = G.pick(['Appointment confirmation - MRI', 'Your imaging appointment', 'MRI booking %s' % G.fdate(d, 'en')])
        lines = [G.pick(['Dear %s,' % G.pname(p, 'en', 'titlefull'), 'Hello %s,' % p.given]), '',
                 'This confirms your %s on %s at %s (Pavilion C, level S1).' % (exam, G.dayname(d, 'en'), hr),
                 'Reason on the requisition: %s.' % indic,
                 'We tried to reach you at %s; your requisition will be mailed to %s.' % (p.phone, G.paddr(p, 'en'))]
        if use_lab:
            lines.append('Your most recent %s, so the contrast dose will follow the renal protocol.' % lab_en)
            t.add('lab_result')
        if use_med:
            lines.append('As discussed, Dr. %s prescribed lorazepam 1 mg SL 30 minutes before the scan for claustrophobia; '
                         'please have someone drive you home.' % S('rad1').surname)
            t.add('medication')
        lines += ['', 'Please bring your health card and a list of your current medications.']
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(clerk, lang, disclaimer=True)])
    atts = []
    if G.chance(0.4):
        start = dt.datetime.combine(d, dt.time(int(hr[:2]), int(hr[3:])))
        ics = make_ics('mri-%s@%s' % (G.digits(10), H_DOM), start, start + dt.timedelta(minutes=45),
                       L(lang, 'MRI appointment - RLUH', 'Rendez-vous IRM - HURL'),
                       L(lang, 'Exam: %s. Bring your health card.' % exam, 'Examen : %s. Apportez votre carte.' % exam),
                       L(lang, 'Pavilion C, level S1', 'Pavillon C, niveau S1'), (clerk.name('en', False), clerk.email),
                       [('%s %s' % (p.given, p.surname), p.email)])
        atts.append(ics_att('invite.ics', ics))
    it = item(G, lang, clerk, ['%s %s <%s>' % (p.given, p.surname, p.email)], subj, text, atts=atts)
    return it, t, 'imaging booking sent to patient personal address'


def _tb_rows(G, lang, n, site_filter=None, with_dob=False, with_nam=False):
    rows = []
    pats = []
    for _ in range(n):
        p = G.qc_patient() if G.chance(0.6) else G.qc_plain_patient()
        tries = 0
        while site_filter == ('gyn',) and p.sex != 'F' and tries < 20:
            p = G.qc_patient() if G.chance(0.6) else G.qc_plain_patient()
            tries += 1
        dx_en, dx_fr, site = odx(G, p, site_filter)
        q = L(lang, G.pick(['surgical candidacy?', 'SBRT vs surgery', 'adjuvant therapy?', 'restaging - progression?',
                             'review path / molecular', 'clinical trial eligibility']),
              G.pick(['candidat(e) chirurgical(e)?', 'SBRT vs chirurgie', 'traitement adjuvant?', 'réévaluation',
                      'revoir patho / moléculaire', 'admissibilité à un essai']))
        r = [G.pname(p, lang, G.pick(['rev', 'revc', 'upperrev'])), p.mrn]
        if with_dob:
            r.append(p.dob.isoformat())
        elif G.chance(0.5) or True:
            r.append(str(p.age()))
        if with_nam:
            r.append(p.nam or '')
        r += [L(lang, dx_en, dx_fr), q, G.pick(['Zhao', "O'Rourke", 'Charest', 'Hamelin', 'Ferreira', 'Dufresne'])]
        rows.append(r)
        pats.append(p)
    head = [L(lang, 'Patient (Last, First)', 'Patient (Nom, Prénom)'), L(lang, 'MRN', 'Dossier'),
            L(lang, 'DOB', 'DDN') if with_dob else L(lang, 'Age', 'Âge')]
    if with_nam:
        head.append('NAM')
    head += [L(lang, 'Diagnosis', 'Diagnostic'), L(lang, 'Question', 'Question'), L(lang, 'Presenter', 'Présentateur')]
    return [head] + rows, pats


def p_tumour_board_xlsx(G, lang):
    t = T('patient_name', 'mrn', 'diagnosis')
    with_dob = G.chance(0.4)
    with_nam = G.chance(0.5)
    rows, pats = _tb_rows(G, lang, G.rng.randrange(5, 10), site_filter=('lung',), with_dob=with_dob, with_nam=with_nam)
    if with_dob:
        t.add('date_of_birth')
    if with_nam and any(p.nam for p in pats):
        t.add('ramq_nam')
    coord = S('tbcoord')
    d = G.future_date(G.clock, 1, 7)
    xl = make_xlsx([(L(lang, 'Cases', 'Cas'), rows)], author=coord.name('en', False),
                   title=L(lang, 'Tumour board list', 'Liste CDT'))
    fn = G.pick(['TB_%s.xlsx' % d.strftime('%Y%m%d'), L(lang, 'Thoracic_TB_list.xlsx', 'Liste_CDT_thoracique.xlsx'),
                 'CDT-%s.xlsx' % d.strftime('%d-%m')])
    if lang == 'fr':
        subj = 'Comité des tumeurs thoraciques – %s – liste des cas' % G.fdate(d, 'fr', 'long')
        body = [G.greet(None, 'fr'), '', 'Voici la liste des cas pour le comité de %s (salle B-3120 et Teams).'
                % G.dayname(d, 'fr'),
                'Merci de m’envoyer les demandes de révision d’imagerie avant midi la veille.', '',
                G.pick(['Deux cas ajoutés à la dernière minute (fin de liste).', 'Le Dr Friedman présentera la patho.',
                        ''])]
    else:
        subj = G.pick(['Thoracic tumour board %s - case list' % G.fdate(d, 'en', 'short'), 'TB list for Thursday',
                       'MCC lung - final list'])
        body = [G.greet(None, 'en'), '', 'Attached is the case list for %s\'s tumour board (room B-3120 / Teams).'
                % G.dayname(d, 'en'),
                'Please send imaging review requests to Radiology by noon the day before.', '',
                G.pick(['Two late add-ons at the bottom.', 'Pathology will present slides for cases 2 and 5.', ''])]
    if G.chance(0.35):
        r = rows[1]
        body += [L(lang, 'Note: %s (%s) has moved up because of the new PET result.' % (r[0], r[1]),
                   'N.B. : %s (%s) est remonté(e) à cause du nouveau TEP.' % (r[0], r[1]))]
    text = '\n'.join(body + ['', G.closing(lang), G.sig(coord, lang)])
    it = item(G, lang, coord, [DL_LISTS['tb_lung']], subj, text, atts=[xlsx_att(fn, xl)])
    return it, t, 'tumour board case list XLSX, surname-first'


def p_tumour_board_ics(G, lang):
    t = T('patient_name', 'mrn', 'diagnosis')
    coord = S('tbcoord')
    rows, pats = _tb_rows(G, lang, G.rng.randrange(3, 6), site_filter=('gyn',))
    d = G.future_date(G.clock, 1, 10)
    start = dt.datetime.combine(d, dt.time(7, 30))
    desc_lines = [L(lang, 'Gynecologic oncology tumour board - cases:', 'CDT gynéco-oncologie - cas :')]
    for i, r in enumerate(rows[1:], 1):
        desc_lines.append('%d. %s (%s %s) - %s - %s' % (i, r[0], L(lang, 'MRN', 'dossier'), r[1], r[3], r[4]))
    desc_lines.append(L(lang, 'Teams link in the meeting body.', 'Lien Teams dans le corps de la réunion.'))
    desc = '\n'.join(desc_lines)
    ics = make_ics('tb-%s@%s' % (G.digits(12), H_DOM), start, start + dt.timedelta(hours=1),
                   L(lang, 'Tumour Board - Gyn Onc', 'CDT - gynéco-oncologie'), desc, L(lang, 'Room B-3120 / Teams', 'Salle B-3120 / Teams'),
                   (coord.name('en', False), coord.email),
                   [(s.name('en', False), s.email) for s in (S('gyneonc'), S('radonc'), S('path'), S('rad2'))])
    in_body = G.chance(0.4)
    text = '\n'.join([L(lang, 'Tumour board invitation - cases listed in the calendar entry.',
                         'Invitation au comité des tumeurs - cas dans l’invitation.')]
                     + (['', desc] if in_body else [])
                     + ['', G.sig(coord, lang, disclaimer=False)])
    it = item(G, lang, coord, [DL_LISTS['tb_gyn']], L(lang, 'Invitation: Tumour Board - Gyn Onc @ %s 07:30' % G.fdate(d, 'en', 'short'),
                                                       'Invitation : CDT gynéco-oncologie le %s 7 h 30' % G.fdate(d, 'fr', 'long')),
              text, atts=[ics_att('invite.ics', ics)])
    return it, t, 'tumour board calendar invitation listing cases'


def p_referral_to_ontario(G, lang):
    p = G.on_patient()
    t = T('patient_name', 'ca_health_number', 'diagnosis', 'patient_contact')
    src = G.pick([S('radonc'), S('medonc'), S('thor')])
    dx, reg, site = onc_case(G, 'en', p)
    soc = social(G, p, 'en', exclude=(4,))
    meds = G.sample(OTHER_MEDS, 2)
    t.add('medication')
    kv = [('Patient', '%s, %s' % (p.surname.upper(), p.given)), ('DOB', G.fdate(p.dob, 'en')),
          ('OHIP', G.fhcn(p)), ('RLUH MRN', p.mrn), ('Address', G.paddr(p, 'en')), ('Phone', p.phone),
          ('Diagnosis', dx), ('Treatment to date', reg), ('Current medications', ', '.join(meds)),
          ('Psychosocial', soc)]
    t.add('date_of_birth', 'mrn', 'social_information')
    ask = G.pick(['palliative RT to the spine closer to home (20 Gy / 5)', 'continuation of systemic therapy at your centre',
                  'consultation for radical RT - patient prefers treatment in Ottawa', 'follow-up imaging and bloodwork locally'])
    use_pdf = G.chance(0.55)
    lines = [G.greet(S('onc_ottawa') if G.chance(0.5) else 'Intake team', 'en'), '',
             'We would like to refer the following patient for %s.' % ask]
    atts = []
    if use_pdf:
        blocks = [('h1', 'Referral to ' + ORGS['ovrcc']['name']), ('p', 'From: %s, %s' % (src.name('en'), H_EN)),
                  ('kv', kv), ('p', 'Reports attached separately: pathology, last CT, clinic notes.')]
        fn = G.pick(['Referral_%s.pdf' % p.surname, 'OVRCC_referral.pdf', 'referral_%s.pdf' % p.mrn])
        atts.append(pdf_att(fn, make_pdf('Referral', blocks, author=src.name('en', False))))
        lines += ['Referral form attached. %s lives in %s and would rather not travel to Montreal.'
                  % (p.given, p.city)]
    else:
        lines += ['', kv_text(kv)]
    lines += ['', 'Please call our nurse navigator at %s ext. 4650 if anything is missing.' % H_MAIN]
    text = '\n'.join(lines + ['', G.closing('en'), G.sig(src, 'en')])
    subj = G.pick(['Referral - %s' % G.pname(p, 'en', G.pick(['rev', 'full'])), 'New referral from RLUH (%s)' % site,
                   'Referral for RT closer to home'])
    it = item(G, 'en', src, [S('ovrcc_intake')], subj, text, atts=atts, cc=[S('pivot')] if G.chance(0.5) else None)
    return it, t, 'oncology referral to Ontario centre with OHIP number'


def p_referral_from_ontario(G, lang):
    p = G.on_patient()
    t = T('patient_name', 'ca_health_number', 'diagnosis')
    ref = S('im_cornwall') if G.chance(0.6) else S('prch_np')
    dx = G.pick(CARD_DX)[0]
    meds = G.sample(CARD_MEDS, 3)
    lab = G.pick([LABS[5], LABS[4], LABS[0]])[0]
    t.add('medication', 'lab_result')
    orig_when = G.clock - dt.timedelta(days=G.rng.randrange(2, 9), hours=3)
    orig = '\n'.join([
        'Dear colleagues,', '',
        'Referring %s, %s-year-old, %s' % (G.pname(p, 'en', 'titlefull'), p.age(), G.pick(['retired farmer', 'former mill worker', 'school bus driver', 'retired teacher'])),
        'HCN %s, DOB %s' % (G.fhcn(p), G.fdate(p.dob, 'en', 'iso')),
        'for assessment of %s.' % dx, '',
        'Echo here: LVEF %d%%. Last labs: %s.' % (G.rng.randrange(20, 55), lab),
        'Meds: ' + '; '.join(meds), '',
        'Thanks, ' + ref.given, ref.name('en'), ref.org_en, ref.tel])
    t.add('date_of_birth')
    nurse = S('nurse_fr') if G.chance(0.5) else S('cardfellow')
    appt = G.future_date(G.clock, 5, 40)
    reply = [G.greet(ref, 'en'), '',
             G.pick(['Received, thank you. %s is booked with Dr. Mensah on %s at 09:30 (clinic 7B).',
                     'Thanks for the referral. We have an opening for %s on %s, 13:15 - I will call the patient.',
                     'Got it - %s will be seen in the valve clinic on %s.'])
             % (G.pname(p, 'en', G.pick(['title', 'full'])), G.dayname(appt, 'en')),
             G.pick(['Could you fax the last Holter report to 514-555-0139?', 'No need to repeat bloodwork before.',
                     'Please ask %s to bring the medication list.' % gx(p, 'him', 'her')])]
    if G.chance(0.5):
        reply.append('MRN created on our side: %s.' % p.mrn)
        t.add('mrn')
    text = '\n'.join(reply + ['', G.closing('en'), G.sig(nurse, 'en'), '',
                              quote_reply(G, 'en', ref.addr(), orig_when, orig, orig_subject='Referral - cardiology',
                                          orig_to='cardiology.referrals@' + H_DOM)])
    it = item(G, 'en', nurse, [ref], 'RE: Referral - cardiology', text, cc=['cardiology.referrals@' + H_DOM],
              in_reply_to=G.msgid(orig_when, ref.dom))
    return it, t, 'reply quoting Ontario referral (HCN, labs, meds)'


def p_chemo_orders(G, lang):
    p = G.qc_patient() if G.chance(0.6) else G.any_patient(lang)
    t = T('diagnosis', 'medication', 'lab_result')
    ph = S('pharm')
    to = G.pick([S('onconurse'), S('medonc'), S('hemonc')])
    dx, reg, site = onc_case(G, lang, p)
    lab = L(lang, *G.pick([LABS[0], LABS[2], LABS[7], LABS[12]]))
    nm_style = G.pick(['init', 'title', 'full', 'revsp', 'none'])
    who = ''
    if nm_style != 'none':
        who = G.pname(p, lang, nm_style)
        t.add('patient_name')
    mrn = G.ident_num(p, lang, t, 0.35)
    cyc = G.rng.randrange(2, 9)
    red = G.pick([20, 25, 15])
    if lang == 'fr':
        subj = G.pick(['Ordonnance C%d – ajustement de dose' % cyc, 'Chimio demain – %s' % (who or mrn),
                       'Re: %s cycle %d' % (reg.split(' ')[0], cyc)])
        lines = [G.greet(to, 'fr'), '', '%s (%s), %s.' % (who or 'Patient(e)', mrn, dx),
                 'Cycle %d de %s prévu demain à l’hôpital de jour.' % (cyc, reg),
                 'Bilan ce matin : %s. Selon le protocole, je propose une réduction de %d %% ; '
                 'ondansétron 8 mg et dexaméthasone 8 mg en prémédication.' % (lab, red),
                 G.pick(['Pouvez-vous confirmer avant 15 h ?', 'Ordonnance modifiée dans ARIA, à cosigner.', ''])]
    else:
        subj = G.pick(['C%d dose adjustment' % cyc, 'Chemo tomorrow - %s' % (who or mrn), 'Re: %s cycle %d' % (reg.split(' ')[0], cyc)])
        lines = [G.greet(to, 'en'), '', '%s (%s) - %s.' % (who or 'Pt', mrn, dx),
                 'Cycle %d of %s is scheduled tomorrow in the day hospital.' % (cyc, reg),
                 'This morning\'s labs: %s. Per protocol I suggest a %d%% dose reduction; premeds ondansetron 8 mg and '
                 'dexamethasone 8 mg unchanged.' % (lab, red),
                 G.pick(['Can you confirm before 3 pm?', 'Order modified in ARIA, needs your co-signature.', ''])]
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(ph, lang)])
    it = item(G, lang, ph, [to], subj, text)
    return it, t, 'pharmacist dose-adjustment message'


def p_echo_results(G, lang):
    p = G.any_patient(lang)
    t = T('diagnosis', 'lab_result')
    frm = G.pick([S('echo'), S('cardio1'), S('cardfellow')])
    to = G.pick([S('cardio2'), S('medonc'), S('fp_gmf')])
    dx = L(lang, *G.pick(CARD_DX))
    ef = G.rng.randrange(18, 50)
    name_mode = G.pick(['name', 'name', 'mrn_only', 'both'])
    ident = []
    if name_mode in ('name', 'both'):
        ident.append(G.pname(p, lang))
        t.add('patient_name')
    if name_mode in ('mrn_only', 'both'):
        ident.append(G.ident_num(p, lang, t, 0.4))
    ident = ', '.join(ident)
    if lang == 'fr':
        subj = G.pick(['Écho %s' % ident, 'Résultat échocardiographie', 'FEVG basse – à revoir'])
        lines = [G.greet(to, 'fr'), '', 'Échographie transthoracique faite ce matin pour %s :' % ident,
                 '- FEVG %d %% (Simpson biplan), hypokinésie globale' % ef,
                 '- %s' % dx, '- PAPS estimée %d mmHg' % G.rng.randrange(30, 65),
                 '', G.pick(['Vu sa chimiothérapie aux anthracyclines, je suggère de suspendre la prochaine dose.',
                             'À discuter à la réunion valvulaire de jeudi.', 'Je l’ajoute à la liste de la clinique IC.'])]
    else:
        subj = G.pick(['Echo - %s' % ident, 'TTE result', 'Low EF - please review'])
        lines = [G.greet(to, 'en'), '', 'TTE done this morning on %s:' % ident,
                 '- LVEF %d%% (biplane Simpson), global hypokinesis' % ef,
                 '- %s' % dx, '- RVSP est. %d mmHg' % G.rng.randrange(30, 65),
                 '', G.pick(['Given the anthracycline exposure I would hold the next dose.',
                             'For discussion at Thursday\'s valve rounds.', 'Adding to the HF clinic list.'])]
    if 'anthracycl' in lines[-1]:
        t.add('medication')
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(frm, lang)])
    return item(G, lang, frm, [to], subj, text), t, 'echo result with EF'


def p_cathlab_list(G, lang):
    t = T('patient_name', 'diagnosis')
    frm = G.pick([S('gallant'), S('cardio2'), S('nurse_fr')])
    n = G.rng.randrange(4, 8)
    rows = [[L(lang, 'Room', 'Salle'), L(lang, 'Time', 'Heure'), L(lang, 'Patient', 'Patient'),
             'NAM / MRN', L(lang, 'Procedure', 'Intervention'), L(lang, 'Anticoag.', 'Anticoag.'),
             L(lang, 'Allergies / Cr', 'Allergies / Cr')]]
    any_nam = any_mrn = False
    for i in range(n):
        p = G.qc_patient() if G.chance(0.7) else G.qc_plain_patient()
        ident = p.nam if p.nam and G.chance(0.6) else p.mrn
        any_nam = any_nam or ident == p.nam
        any_mrn = any_mrn or ident == p.mrn
        rows.append(['%d' % G.rng.randrange(1, 4), '%02d:%02d' % (7 + i, G.pick([0, 15, 30, 45])),
                     G.pname(p, lang, G.pick(['rev', 'revsp', 'upperrev'])), ident,
                     L(lang, G.pick(['Coronary angio ± PCI', 'TAVI work-up', 'PCI LAD', 'Right heart cath', 'PPM dual-chamber']),
                       G.pick(['Coronarographie ± ICP', 'Bilan TAVI', 'ICP IVA', 'Cathé droit', 'Stimulateur double chambre'])),
                     G.pick(['apixaban held 48h', 'warfarin - INR 1.4', 'none', 'ticagrelor', 'rivaroxaban held', 'ASA']),
                     G.pick(['iodine (hives)', 'NKA', 'Cr 142', 'Cr 96', 'penicillin', 'NKA'])])
    if any_mrn:
        t.add('mrn')
    if any_nam:
        t.add('ramq_nam')
    if any(r[5] != 'none' for r in rows[1:]):
        t.add('medication')
    if any('Cr ' in r[6] for r in rows[1:]) or any('INR' in r[5] for r in rows[1:]):
        t.add('lab_result')
    d = G.future_date(G.clock, 1, 3)
    intro = L(lang, 'Cath lab schedule for %s - please review anticoagulation holds.' % G.dayname(d, 'en'),
              'Horaire de l’hémodynamie pour %s — vérifier les arrêts d’anticoagulants svp.' % G.dayname(d, 'fr'))
    html = ('<html><body style="font-family:Calibri,Arial;font-size:11pt">\n<p>%s</p>\n%s\n<p>%s</p>\n<pre>%s</pre>\n'
            '</body></html>\n') % (_esc(intro), html_table(rows),
                                   _esc(L(lang, 'Add-ons go through the charge nurse.', 'Les ajouts passent par l’AIC.')),
                                   _esc(G.sig(frm, lang, disclaimer=False)))
    text = intro + '\n\n' + text_table(rows) + '\n\n' + G.sig(frm, lang, disclaimer=False)
    mode = G.pick(['html', 'alt'])
    it = item(G, lang, frm, [DL_LISTS['cardio_all']], L(lang, 'Cath lab list %s' % d.isoformat(), 'Liste hémo %s' % d.isoformat()),
              text, html=html, mode=mode)
    return it, t, 'HTML cath lab schedule table with patients'


def p_trial_screening_csv(G, lang):
    t = T('patient_name', 'mrn', 'diagnosis')
    crc = S('crc1')
    cra = S('cra')
    proto = G.pick(['HELV-301', 'NBCR-2207', 'ECOS-LU-14', 'HELV-118'])
    rows = [['screen_id', 'patient', 'mrn', 'dob', 'diagnosis', 'ecog', 'eligible', 'reason']]
    with_dob = G.chance(0.6)
    for i in range(G.rng.randrange(5, 12)):
        p = G.qc_patient() if G.chance(0.5) else G.qc_plain_patient()
        dx, _, _ = onc_case(G, 'en', p)
        ok = G.chance(0.4)
        rows.append(['S%03d' % (i + 1), G.pname(p, 'en', G.pick(['rev', 'revc', 'init'])), p.mrn,
                     p.dob.isoformat() if with_dob else '', dx, str(G.rng.randrange(0, 3)), 'Y' if ok else 'N',
                     '' if ok else G.pick(['EGFR exon 19 del', 'prior pembrolizumab', 'eGFR 38', 'brain mets untreated',
                                           'ALT 3.5x ULN', 'declined'])])
    if with_dob:
        t.add('date_of_birth')
    else:
        rows = [r[:3] + r[4:] for r in rows]
    if any(('eGFR' in r[-1]) or ('ALT' in r[-1]) for r in rows[1:]):
        t.add('lab_result')
    if any('pembrolizumab' in r[-1] for r in rows[1:]):
        t.add('medication')
    cs = G.pick(['utf-8', 'windows-1252'])
    fn = G.pick(['%s_screening_log.csv' % proto, 'screening_export_%s.csv' % G.clock.strftime('%Y%m%d'), 'log.csv'])
    text = '\n'.join([G.greet(cra, 'en'), '', G.pick([
        'As requested for the monitoring visit, here is the screening log export for %s.' % proto,
        'Screening log attached (export from the CTMS) ahead of next week\'s visit - %s.' % proto]),
        G.pick(['I did not have time to redact it, sorry - please delete after use.', 'Let me know if the format works.', '']),
        '', G.closing('en'), G.sig(crc, 'en')])
    it = item(G, 'en', crc, [cra], '%s - screening log' % proto, text,
              atts=[csv_att(fn, make_csv(rows, G.pick([',', ';'])), charset=cs)])
    return it, t, 'unredacted trial screening log CSV sent to CRO'


def p_trial_sae(G, lang):
    p = G.any_patient(lang)
    t = T('diagnosis', 'medication', 'date_of_birth')
    crc = G.pick([S('crc1'), S('crc2')])
    proto = G.pick(['HELV-301', 'HELV-118', 'NBCR-2207'])
    subj_id = '%s-%03d' % (G.pick(['1043', '1043', '2210']), G.rng.randrange(1, 40))
    ev = L(lang, *G.pick([('febrile neutropenia', 'neutropénie fébrile'), ('grade 3 pneumonitis', 'pneumonite de grade 3'),
                          ('pulmonary embolism', 'embolie pulmonaire'), ('immune-mediated colitis', 'colite immunitaire')]))
    lab = L(lang, *G.pick([LABS[2], LABS[12], LABS[1]]))
    t.add('lab_result')
    name_leak = G.chance(0.45)
    nm = G.pname(p, lang, G.pick(['title', 'titlefull', 'full'])) if name_leak else None
    if nm:
        t.add('patient_name')
    t.add('mrn')
    adm = (G.clock - dt.timedelta(days=1)).date()
    if lang == 'fr':
        subj = 'EIG initial – %s – sujet %s' % (proto, subj_id)
        lines = ['Bonjour,', '', 'Déclaration initiale d’événement indésirable grave (délai 24 h) :',
                 '- Sujet : %s, initiales %s%s, DDN %s' % (subj_id, p.given[0], p.surname[0], G.fdate(p.dob, 'fr', 'iso')),
                 '- Dossier hospitalier : %s' % p.mrn,
                 '- Événement : %s, hospitalisation le %s' % (ev, G.fdate(adm, 'fr')), '- Bilan : %s' % lab,
                 '- Produit à l’étude (HLV-221) : suspendu; dernière dose J%d du cycle %d' % (G.pick([1, 8, 15]), G.rng.randrange(1, 6))]
        if nm:
            lines.append('%s est actuellement à l’unité 7E, stable.' % nm)
    else:
        subj = 'SAE initial report - %s - subject %s' % (proto, subj_id)
        lines = ['Hello,', '', 'Initial SAE notification (24 h):',
                 '- Subject: %s, initials %s%s, DOB %s' % (subj_id, p.given[0], p.surname[0], G.fdate(p.dob, 'en', 'iso')),
                 '- Hospital chart: %s' % p.mrn,
                 '- Event: %s, admitted %s' % (ev, G.fdate(adm, 'en')), '- Labs: %s' % lab,
                 '- Study drug (HLV-221): held; last dose D%d of cycle %d' % (G.pick([1, 8, 15]), G.rng.randrange(1, 6))]
        if nm:
            lines.append('%s is on 7E, stable, family aware.' % nm)
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(crc, lang)])
    return item(G, lang, crc, [S('sponsor_safety')], subj, text, cc=[S('cra')]), t, 'SAE report with DOB and chart number'


def p_trial_stipend_sin(G, lang):
    p = G.qc_patient() if G.chance(0.5) else (G.on_patient() if lang == 'en' else G.qc_plain_patient())
    p.sin = gen_sin(G.rng)
    t = T('ca_sin', 'patient_name', 'patient_contact')
    crc = G.pick([S('crc1'), S('crc2')])
    proto, indic_en, indic_fr = G.pick([('HELV-301', 'metastatic HER2-low breast cancer', 'cancer du sein métastatique HER2-faible'),
                                        ('CARDIO-REACH', 'heart failure with reduced EF', 'insuffisance cardiaque à FE réduite'),
                                        ('NBCR-2207', 'stage III NSCLC', 'CPNPC de stade III')])
    t.add('diagnosis')
    amount = G.pick(['150,00', '225,00', '75,00', '300,00'])
    fin = 'comptes-payables-recherche@' + H_DOM
    rows = [(L(lang, 'Participant', 'Participant(e)'), '%s %s' % (p.given, p.surname)),
            (L(lang, 'SIN (for T4A/RL-1)', 'NAS (pour T4A/RL-1)'), G.fsin(p.sin)),
            (L(lang, 'Mailing address', 'Adresse postale'), G.paddr(p, lang)),
            (L(lang, 'Study', 'Étude'), '%s — %s' % (proto, L(lang, indic_en, indic_fr))),
            (L(lang, 'Visits reimbursed', 'Visites remboursées'), G.pick(['C1D1, C1D8, C2D1', 'V3, V4', 'Screening + V1'])),
            (L(lang, 'Amount', 'Montant'), amount + ' $')]
    if G.chance(0.5):
        rows.insert(2, (L(lang, 'Date of birth', 'Date de naissance'), G.fdate(p.dob, lang)))
        t.add('date_of_birth')
    atts = []
    if G.chance(0.5):
        blocks = [('h1', L(lang, 'Participant compensation request', 'Demande de compensation – participant(e)')),
                  ('kv', rows), ('p', L(lang, 'Approved by PI: ', 'Approuvé par le chercheur principal : ') + S('medonc').name(lang))]
        atts.append(pdf_att(G.pick(['compensation_%s.pdf' % proto, 'formulaire_paiement.pdf', 'stipend_form.pdf']),
                            make_pdf('Compensation', blocks)))
        body = L(lang, 'Please process the attached compensation request (parking and meals).',
                 'Merci de traiter la demande de compensation ci-jointe (stationnement et repas).')
    else:
        body = L(lang, 'Please process the following compensation (parking and meals):\n\n',
                 'Merci de traiter le paiement suivant (stationnement et repas) :\n\n') + kv_text(rows)
    text = '\n'.join([G.greet(None, lang), '', body, '', G.closing(lang), G.sig(crc, lang)])
    subj = L(lang, G.pick(['Participant payment - %s' % proto, 'Stipend request', 'Reimbursement %s' % proto]),
             G.pick(['Paiement participant – %s' % proto, 'Demande de remboursement', 'Compensation %s' % proto]))
    return item(G, lang, crc, [fin], subj, text, atts=atts), t, 'trial participant payment with SIN'


def p_ethics_deviation(G, lang):
    p = G.any_patient(lang)
    t = T('patient_name')
    crc = G.pick([S('crc1'), S('crc2')])
    reb = S('reb')
    proto = G.pick(['MP-37-2024-1183', 'MP-37-2025-0412', 'MP-37-2023-0971'])
    issue_en, issue_fr = G.pick([
        ('was consented without a certified interpreter (speaks only Tigrinya); {his} nephew translated',
         'a été consenti{e} sans interprète certifié (parle seulement le tigrigna); son neveu a traduit'),
        ('signed the consent while under hydromorphone after surgery; capacity was questionable',
         'a signé le consentement sous hydromorphone après la chirurgie; aptitude douteuse'),
        ('is under public curatorship; the curator was not contacted before randomisation',
         "est sous curatelle publique; le curateur n'a pas été contacté avant la randomisation"),
        ('is currently incarcerated and attended the visit with correctional officers',
         'est présentement incarcéré{e} et s’est présenté{e} à la visite accompagné{e} d’agents correctionnels')])
    kw = dict(e=gx(p, '', 'e'), his=gx(p, 'his', 'her'))
    issue_en, issue_fr = issue_en.format(**kw), issue_fr.format(**kw)
    if 'hydromorphone' in issue_en:
        t.add('medication')
    else:
        t.add('social_information')
    ident = G.pname(p, lang, G.pick(['full', 'titlefull', 'rev']))
    if G.chance(0.6):
        ident += ' (%s)' % G.ident_num(p, lang, t, 0.3)
    if lang == 'fr':
        subj = 'Déviation au protocole %s – déclaration' % proto
        lines = [G.greet(reb, 'fr'), '', 'Je déclare une déviation majeure pour le projet %s.' % proto,
                 '%s %s %s.' % (gx(p, 'Le participant', 'La participante'), ident, issue_fr),
                 'Le chercheur principal a été avisé le jour même; le participant a été re-consenti.',
                 'Le formulaire F-12 suivra.']
    else:
        subj = 'Protocol deviation report - %s' % proto
        lines = [G.greet(reb, 'en'), '', 'I am reporting a major deviation for study %s.' % proto,
                 'Participant %s %s.' % (ident, issue_en),
                 'The PI was notified the same day and the participant has been re-consented.',
                 'Form F-12 to follow.']
    if G.chance(0.4):
        lines.append(L(lang, '%s is being followed for %s.' % (gx(p, 'He', 'She'), odx(G, p)[0]),
                       '%s est suivi%s pour %s.' % (gx(p, 'Il', 'Elle'), gx(p, '', 'e'), odx(G, p)[1])))
        t.add('diagnosis')
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(crc, lang)])
    return item(G, lang, crc, [reb], subj, text), t, 'protocol deviation naming participant'


def p_critical_lab(G, lang):
    p = G.any_patient(lang)
    t = T('lab_result')
    lab = S('lab')
    to = G.pick([S('cardfellow'), S('medonc'), S('gallant'), S('hemonc')])
    lab_en, lab_fr = G.pick([LABS[3], LABS[6], LABS[2], LABS[10], LABS[11], LABS[4]])
    val = L(lang, lab_en, lab_fr)
    ident = []
    if G.chance(0.75):
        ident.append(G.pname(p, lang, G.pick(['upperrev', 'rev', 'full', 'revsp'])))
        t.add('patient_name')
    ident.append(G.ident_num(p, lang, t, 0.4))
    loc = G.pick(['7E-12', 'Urgence civière 18', 'Day hosp. chair 4', '5W-03', 'CCU-2'])
    called = G.pick(['13:42', '02:15', '09:05', '16:50'])
    if lang == 'fr':
        subj = 'VALEUR CRITIQUE – %s' % ident[0]
        lines = ['Valeur critique – confirmation écrite', '', 'Patient : %s' % ' / '.join(ident), 'Unité : %s' % loc,
                 'Résultat : %s' % val, 'Communiqué par téléphone à %s à %s (relecture faite).' % (to.name('fr'), called)]
        if G.chance(0.5):
            lines.append('Note : sous %s selon la requête.' % G.pick(['warfarine', 'spironolactone', 'furosémide', 'carboplatine']))
            t.add('medication')
    else:
        subj = 'CRITICAL VALUE - %s' % ident[0]
        lines = ['Critical value - written confirmation', '', 'Patient: %s' % ' / '.join(ident), 'Location: %s' % loc,
                 'Result: %s' % val, 'Phoned to %s at %s (read-back done).' % (to.name('en'), called)]
        if G.chance(0.5):
            lines.append('Note: on %s per requisition.' % G.pick(['warfarin', 'spironolactone', 'furosemide', 'carboplatin']))
            t.add('medication')
    text = '\n'.join(lines + ['', G.sig(lab, lang, disclaimer=False)])
    return item(G, lang, lab, [to], subj, text, importance='High'), t, 'critical lab value notification'


def p_transport_booking(G, lang):
    if lang == 'en':
        p = G.on_patient()
        disp = S('transport_on')
    else:
        p = G.qc_patient() if G.chance(0.6) else G.qc_plain_patient()
        disp = S('transport_qc')
    t = T('patient_name', 'patient_contact')
    frm = G.pick([S('pivot'), S('clerk'), S('onconurse')])
    d = G.future_date(G.clock, 2, 14)
    reason_en, reason_fr = G.pick([('daily radiotherapy (15 fractions) for %s' % odx(G, p)[0], None),
                                   ('chemotherapy day hospital', None), ('cardiac catheterisation', None)])
    if reason_fr is None:
        reason_fr = {'chemotherapy day hospital': 'hôpital de jour (chimiothérapie)',
                     'cardiac catheterisation': 'cathétérisme cardiaque'}.get(reason_en, 'radiothérapie quotidienne (15 fractions)')
    t.add('diagnosis')
    mob = L(lang, *G.pick([('wheelchair, needs 2-person transfer', 'fauteuil roulant, transfert à deux'),
                           ('ambulatory with walker, on home O2 2 L', 'marche avec déambulateur, O2 à domicile 2 L'),
                           ('stretcher', 'civière')]))
    soc = G.chance(0.5)
    if lang == 'fr':
        lines = [G.greet(None, 'fr'), '', 'Demande de transport :',
                 'Nom : %s' % G.pname(p, 'fr', G.pick(['rev', 'full', 'titlefull'])),
                 'Adresse de prise en charge : %s' % G.paddr(p, 'fr'), 'Téléphone : %s' % p.phone,
                 'Destination : %s, %s' % (H_FR, H_ADDR_FR), 'Motif : %s' % reason_fr,
                 'Date : %s, arrivée souhaitée 8 h 15, retour vers 11 h' % G.dayname(d, 'fr'), 'Mobilité : %s' % mob]
        if p.nam and G.chance(0.6):
            lines.insert(4, 'NAM : %s' % G.fnam(p.nam))
            t.add('ramq_nam')
        if soc:
            lines.append('Vit seul%s; sonner deux fois, la concierge a une clé.' % gx(p, '', 'e'))
            t.add('social_information')
    else:
        lines = [G.greet(None, 'en'), '', 'Transport request:',
                 'Name: %s' % G.pname(p, 'en', G.pick(['rev', 'full', 'titlefull'])),
                 'Pick-up: %s' % G.paddr(p, 'en'), 'Phone: %s' % p.phone,
                 'Destination: %s, %s' % (H_EN, H_ADDR_EN), 'Reason: %s' % reason_en,
                 'Date: %s, arrival 08:15, return approx. 11:00' % G.dayname(d, 'en'), 'Mobility: %s' % mob]
        if G.chance(0.6):
            lines.insert(4, 'OHIP: %s' % G.fhcn(p))
            t.add('ca_health_number')
        if soc:
            lines.append('Lives alone, hard of hearing - please knock loudly; spouse in long-term care.')
            t.add('social_information')
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(frm, lang)])
    subj = L(lang, G.pick(['Transport request - %s' % G.fdate(d, 'en', 'short'), 'Booking: patient transport', 'Ride for RT']),
             G.pick(['Demande de transport – %s' % G.fdate(d, 'fr'), 'Transport patient', 'Réservation transport']))
    return item(G, lang, frm, [disp], subj, text), t, 'patient transport booking with home address'


def p_homecare_clsc(G, lang):
    p = G.qc_patient()
    t = T('patient_name', 'ramq_nam', 'patient_contact', 'diagnosis', 'medication')
    frm = G.pick([S('pivot'), S('sw'), S('nurse_fr')])
    clsc = S('clsc_inf')
    dx = (odx(G, p) if G.chance(0.6) else G.pick(CARD_DX))[1]
    meds = G.pick([['morphine SC 2,5 mg q4h PRN', 'métoclopramide 10 mg'], ['furosémide 40 mg', 'apixaban 5 mg BID'],
                   ['dexaméthasone 4 mg', 'pantoprazole 40 mg', 'hydromorphone 1 mg PO PRN']])
    lines = [G.greet(clsc, 'fr'), '', 'Référence pour soutien à domicile (congé prévu le %s) :'
             % G.fdate(G.future_date(G.clock, 1, 5), 'fr', 'long'), '',
             '%s, %s le %s' % (G.pname(p, 'fr', G.pick(['titlefull', 'rev', 'revsp'])), gx(p, 'né', 'née'), G.fdate(p.dob, 'fr')),
             'NAM %s' % G.fnam(p.nam), 'Adresse : %s' % G.paddr(p, 'fr'), 'Tél. : %s' % p.phone, '',
             'Dx : %s' % dx, 'Rx au congé : %s' % ', '.join(meds),
             'Besoins : %s' % G.pick(['soins de plaie (stomie), prise de sang hebdo', 'évaluation ergo, bain',
                                      'soins palliatifs, pompe SC, soutien à la famille'])]
    t.add('date_of_birth')
    if G.chance(0.7):
        lines.append('Contexte social : %s.' % social(G, p, 'fr'))
        t.add('social_information')
    text = '\n'.join(lines + ['', G.closing('fr'), G.sig(frm, 'fr')])
    subj = G.pick(['Référence SAD – %s' % p.surname.upper(), 'Nouvelle référence soutien à domicile',
                   'Congé – suivi CLSC requis'])
    return item(G, 'fr', frm, [clsc], subj, text), t, 'home care referral to CLSC'


def p_social_work(G, lang):
    p = G.any_patient(lang)
    t = T('patient_name', 'social_information')
    sw = S('sw')
    soc = social(G, p, lang)
    dest = G.pick(['accueil@maison-hebergement-aurore.example', 'intake@foodbank-sdg.example',
                   'benevoles@transport-entraide.example', 'info@fondation-espoir-cancer.example'])
    dx_en, dx_fr, _ = odx(G, p)
    with_dx = G.chance(0.7)
    with_phone = G.chance(0.7)
    if lang == 'fr':
        lines = [G.greet(None, 'fr'), '', 'Je vous réfère %s, %d ans, suivi%s chez nous%s.'
                 % (G.pname(p, 'fr', G.pick(['titlefull', 'full'])), p.age(), gx(p, '', 'e'),
                    (' pour ' + dx_fr) if with_dx else ''),
                 'Situation : %s.' % soc]
        if with_phone:
            lines.append('La personne accepte d’être contactée au %s (laisser un message).' % p.phone)
        lines.append('Pouvez-vous m’indiquer vos délais actuels ?')
    else:
        lines = [G.greet(None, 'en'), '', 'I would like to refer %s, %d, followed in our clinic%s.'
                 % (G.pname(p, 'en', G.pick(['titlefull', 'full'])), p.age(), (' for ' + dx_en) if with_dx else ''),
                 'Situation: %s.' % soc]
        if with_phone:
            lines.append('The client has agreed to be contacted at %s (ok to leave a message).' % p.phone)
        lines.append('Could you let me know your current wait time?')
    if with_dx:
        t.add('diagnosis')
    if with_phone:
        t.add('patient_contact')
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(sw, lang)])
    subj = L(lang, G.pick(['Referral - community support', 'New referral from RLUH social work', 'Client referral']),
             G.pick(['Référence – soutien communautaire', 'Nouvelle référence (service social HURL)', 'Référence']))
    return item(G, lang, sw, [dest], subj, text), t, 'social work referral to community organisation'


def p_discharge_docx(G, lang):
    p = G.any_patient(lang)
    t = T('patient_name', 'diagnosis', 'medication')
    frm = G.pick([S('cardfellow'), S('cardio1'), S('medonc')])
    fp = S('im_cornwall') if p.hcn else S('fp_gmf')
    card = frm.key.startswith('card')
    dx = L(lang, *G.pick(CARD_DX)) if card else L(lang, *odx(G, p)[:2])
    meds = G.sample(CARD_MEDS if card else OTHER_MEDS, 4)
    ids = id_lines(G, p, lang, t, want=('mrn',), dob=True)
    adm = (G.clock - dt.timedelta(days=G.rng.randrange(4, 12))).date()
    blocks = [('h1', L(lang, 'Discharge Summary', 'Résumé de départ')),
              ('kv', [(L(lang, 'Patient', 'Patient(e)'), G.pname(p, lang, 'revc'))] + ids +
               [(L(lang, 'Admission', 'Admission'), G.fdate(adm, lang)), (L(lang, 'Discharge', 'Congé'), G.fdate(G.clock.date(), lang))]),
              ('h2', L(lang, 'Principal diagnosis', 'Diagnostic principal')), ('p', dx),
              ('h2', L(lang, 'Hospital course', 'Évolution')),
              ('p', L(lang, 'Admitted via ED. Managed medically; uneventful recovery. ', 'Admis%s par l’urgence. Traitement médical; évolution favorable. ' % gx(p, '', 'e'))
               + L(lang, *G.pick(LABS)) + '.'),
              ('h2', L(lang, 'Discharge medications', 'Médicaments au congé')), ('table', [[L(lang, 'Medication', 'Médicament'), L(lang, 'Change', 'Changement')]] +
                                                                                    [[m, G.pick(['new', 'unchanged', 'dose ↑', 'stopped']) if lang == 'en' else G.pick(['nouveau', 'inchangé', 'dose ↑', 'cessé'])] for m in meds]),
              ('h2', L(lang, 'Follow-up', 'Suivi')), ('p', L(lang, 'Clinic in 4-6 weeks; bloodwork in 1 week.', 'Clinique dans 4-6 semaines; bilan sanguin dans 1 semaine.'))]
    t.add('lab_result')
    doc = make_docx(L(lang, 'Discharge summary', 'Résumé de départ'), blocks, author=frm.name('en', False))
    fn, has = pfile(G, p, L(lang, 'Discharge_summary', 'Resume_depart'), 'docx')
    text = '\n'.join([G.greet(fp, lang), '', L(lang, 'Discharge summary for your patient attached, for follow-up.',
                                               'Ci-joint le résumé de départ de votre patient%s pour le suivi.' % gx(p, '', 'e')),
                      '', G.closing(lang), G.sig(frm, lang)])
    subj = L(lang, G.pick(['Discharge summary', 'Discharge summary - follow-up needed', 'D/C summary']),
             G.pick(['Résumé de départ', 'Sommaire d’hospitalisation', 'Congé – résumé']))
    return item(G, lang, frm, [fp], subj, text, atts=[docx_att(fn, doc)]), t, 'discharge summary DOCX to family doctor'


def p_med_rec(G, lang):
    p = G.any_patient(lang)
    t = T('patient_name', 'medication')
    ph = S('pharm')
    comm = G.pick(['pharmacie.lessard-ouimet@pharmacie-quartier.example', 'rx@pharmacie-des-erables.example',
                   'dispensary@cornwall-drugmart.example'])
    meds = G.sample(CARD_MEDS + OTHER_MEDS, 6)
    ident = G.pname(p, lang, G.pick(['titlefull', 'rev', 'full']))
    dob = G.chance(0.6)
    if dob:
        ident += L(lang, ' (DOB %s)' % G.fdate(p.dob, 'en'), ' (DDN %s)' % G.fdate(p.dob, 'fr'))
        t.add('date_of_birth')
    if p.nam and G.chance(0.6):
        ident += L(lang, ', RAMQ %s' % G.fnam(p.nam), ', NAM %s' % G.fnam(p.nam))
        t.add('ramq_nam')
    if lang == 'fr':
        lines = [G.greet(None, 'fr'), '', 'Bilan comparatif des médicaments au congé pour %s :' % ident, '']
        lines += ['- %s' % m for m in meds]
        lines += ['', 'Cessés : %s.' % G.pick(['naproxène', 'ramipril (hyperkaliémie)', 'zopiclone'])]
        if 'hyperkali' in lines[-1]:
            t.add('diagnosis')
        lines.append('Merci de mettre à jour le profil et de préparer le pilulier (dispill) hebdomadaire.')
    else:
        lines = [G.greet(None, 'en'), '', 'Discharge medication reconciliation for %s:' % ident, '']
        lines += ['- %s' % m for m in meds]
        lines += ['', 'Stopped: %s.' % G.pick(['naproxen', 'ramipril (hyperkalemia)', 'zopiclone'])]
        if 'hyperkal' in lines[-1]:
            t.add('diagnosis')
        lines.append('Please update the profile and prepare weekly blister packs.')
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(ph, lang)])
    subj = L(lang, 'Med rec - ' + G.pname(p, 'en', 'rev'), 'BCM – ' + G.pname(p, 'fr', 'rev'))
    if G.chance(0.4):
        subj = L(lang, 'Medication reconciliation at discharge', 'Bilan comparatif au congé')
    return item(G, lang, ph, [comm], subj, text), t, 'medication reconciliation to community pharmacy'


def p_quoted_reply(G, lang):
    """Innocuous reply on top; patient details only in the quoted original."""
    p = G.any_patient(lang)
    t = T('patient_name', 'diagnosis')
    a = G.pick([S('pivot'), S('nurse_fr'), S('secr'), S('onconurse')])
    b = G.pick([S('medonc'), S('cardio1'), S('radonc'), S('thor')])
    orig_when = G.clock - dt.timedelta(hours=G.rng.randrange(2, 30))
    dx = L(lang, *odx(G, p)[:2])
    extra = []
    if G.chance(0.5):
        extra.append(L(lang, 'Last labs: %s.' % G.pick(LABS)[0], 'Dernier bilan : %s.' % G.pick(LABS)[1]))
        t.add('lab_result')
    if G.chance(0.5):
        extra.append(L(lang, 'Number on file: %s (cell).' % p.phone, 'Numéro au dossier : %s (cell.).' % p.phone))
        t.add('patient_contact')
    if G.chance(0.5):
        extra.append(G.ident_num(p, lang, t, 0.5))
    if lang == 'fr':
        osubj = G.pick(['À rappeler', 'Patient(e) à voir cette semaine', 'Question'])
        orig = '\n'.join(['%s,' % a.given, '', 'Peux-tu appeler %s ? Nouveau diagnostic de %s confirmé hier, '
                          '%s est très anxieu%s et veut devancer le rendez-vous.' % (G.pname(p, 'fr', G.pick(['titlefull', 'full', 'title'])), dx, gx(p, 'il', 'elle'), gx(p, 'x', 'se'))]
                         + extra + ['', 'Merci', b.given])
        top = G.pick(['C’est fait, rendez-vous devancé à mardi.', 'Ok, je m’en occupe.', 'Appelé(e), message laissé.',
                      'Fait. Je l’ai mis%s sur la liste d’attente aussi.' % gx(p, '', 'e')])
        subj = 'RE: ' + osubj
    else:
        osubj = G.pick(['Call back please', 'Pt to see this week', 'Quick question'])
        orig = '\n'.join(['%s,' % a.given, '', 'Could you call %s? New diagnosis of %s confirmed yesterday - very '
                          'anxious and wants to move the appointment up.' % (G.pname(p, 'en', G.pick(['titlefull', 'full', 'title'])), dx)]
                         + extra + ['', 'Thx', b.given])
        top = G.pick(['Done - moved to Tuesday.', 'Ok, on it.', 'Called, left a voicemail.', 'Done. Also added to the cancellation list.'])
        subj = 'RE: ' + osubj
    text = top + '\n\n' + a.given + '\n\n' + quote_reply(G, lang, b.addr(), orig_when, orig, orig_subject=osubj, orig_to=a.addr())
    return item(G, lang, a, [b], subj, text, in_reply_to=G.msgid(orig_when)), t, 'short reply; details in quoted original'


def p_forward_eml(G, lang):
    p = G.any_patient(lang)
    t = T('patient_name', 'diagnosis', 'medication', 'patient_contact')
    fam_given = G.pick(['Julie', 'Mark', 'Nancy', 'Steve', 'Karine', 'Éric'])
    fam_addr = '%s %s <%s.%s@%s>' % (fam_given, p.surname, ascii_fold(fam_given), ascii_fold(p.surname),
                                     G.pick(PERSONAL_DOMAINS))
    recv = G.pick([S('secr'), S('pivot'), S('nurse_fr')])
    fwd_to = G.pick([S('medonc'), S('cardio1'), S('sw'), S('hemonc')])
    dx, reg, _ = onc_case(G, lang, p)
    when0 = G.clock - dt.timedelta(hours=G.rng.randrange(3, 40))
    if lang == 'fr':
        rel_fr = G.pick(['le fils', 'la fille', gx(p, 'la conjointe', 'le conjoint')])
        inner_text = '\n'.join(['Bonjour,', '', 'Je suis %s de %s (%s le %s). Depuis le début du %s pour son %s, '
                                '%s ne mange presque plus et a perdu 6 kg. %s prend aussi %s.'
                                % (rel_fr, G.pname(p, 'fr', 'full'), gx(p, 'né', 'née'), G.fdate(p.dob, 'fr'), reg, dx,
                                   gx(p, 'il', 'elle'), gx(p, 'Il', 'Elle'), G.pick(OTHER_MEDS)),
                                'Vous pouvez me joindre au %s. Nous habitons %s.' % (p.phone, G.paddr(p, 'fr')),
                                '', 'Merci,', fam_given])
        isubj = 'Question pour l’équipe – %s' % G.pname(p, 'fr', 'full')
    else:
        inner_text = '\n'.join(['Hello,', '', 'I am %s\'s %s (born %s). Since starting %s for the %s, '
                                '%s is barely eating and has lost 6 kg. Also taking %s.'
                                % (G.pname(p, 'en', 'full'), G.pick(['son', 'daughter', 'partner']), G.fdate(p.dob, 'en'), reg, dx,
                                   gx(p, 'he', 'she'), G.pick(OTHER_MEDS)),
                                'You can reach me at %s. We live at %s.' % (p.phone, G.paddr(p, 'en')),
                                '', 'Thank you,', fam_given])
        isubj = 'Question for the team - %s' % G.pname(p, 'en', 'full')
    t.add('date_of_birth')
    inner = inner_eml(G, dict(lang=lang, frm=fam_addr, to=[recv.addr()], cc=[], subject=isubj, text=inner_text,
                              atts=[], mode='plain', when=when0))
    top = L(lang, G.pick(['FYI - see the family\'s message attached. Can you call them?', 'Forwarding, please advise.',
                          'See below/attached.']),
            G.pick(['Pour info – message de la famille en pièce jointe. Peux-tu les rappeler ?', 'Je te transfère, merci de me dire.',
                    'Voir la pièce jointe.']))
    text = '\n'.join([G.greet(fwd_to, lang), '', top, '', recv.given])
    it = item(G, lang, recv, [fwd_to], L(lang, 'FW: ', 'TR: ') + isubj if G.chance(0.5) else L(lang, 'FW: family message', 'TR : message famille'),
              text, atts=[eml_att(G.pick(['message.eml', 'Famille.eml', 'forwarded.eml']), inner)])
    return it, t, 'forward with attached .eml from family member'


def p_zip_archive(G, lang):
    t = T('patient_name', 'mrn', 'diagnosis')
    frm = G.pick([S('radonc'), S('crc1'), S('tbcoord')])
    to = G.pick([S('onc_ottawa'), S('cra'), 'physics@ovrcc.example'])
    rows = [['nom' if lang == 'fr' else 'name', 'mrn', 'site', 'dose_Gy', 'fractions', 'start']]
    pats = []
    for _ in range(G.rng.randrange(3, 8)):
        p = G.any_patient(lang)
        pats.append(p)
        dx_en, dx_fr, site = odx(G, p)
        rows.append([G.pname(p, lang, G.pick(['rev', 'revc'])), p.mrn, L(lang, dx_en, dx_fr),
                     *G.pick([('60', '30'), ('50', '25'), ('20', '5'), ('30', '10'), ('35', '5'), ('66', '33')]),
                     G.future_date(G.clock, 2, 20).isoformat()])
    files = [('rt_plan_list.csv', make_csv(rows))]
    if G.chance(0.5):
        p = pats[0]
        ids = id_lines(G, p, lang, t, want=('mrn',))
        files.append(('%s_summary.txt' % p.mrn, '\n'.join(['%s: %s' % kv for kv in ids] +
                                                          [L(lang, 'Name: ', 'Nom : ') + G.pname(p, lang, 'full'),
                                                           L(lang, 'Prior RT: none. Pacemaker: no.', 'RT antérieure : aucune. Stimulateur : non.')])))
    if G.chance(0.4):
        files.append(('README.txt', L(lang, 'Exported from ARIA. Password sent separately.', 'Exporté d’ARIA. Mot de passe envoyé séparément.')))
    z = make_zip(files)
    text = '\n'.join([G.greet(to if isinstance(to, Staff) else None, lang), '',
                      L(lang, 'Archive with the transfer list attached (zipped because of the size limit).',
                        'Archive avec la liste de transfert ci-jointe (compressée à cause de la limite de taille).'),
                      '', G.closing(lang), G.sig(frm, lang)])
    it = item(G, lang, frm, [to], L(lang, 'RT transfer list', 'Liste de transfert RT'), text,
              atts=[zip_att(G.pick(['transfer.zip', 'export_%s.zip' % G.clock.strftime('%Y%m%d'), 'liste.zip']), z)])
    return it, t, 'ZIP archive containing patient list CSV'


def p_vcard_patient(G, lang):
    p = G.any_patient(lang)
    t = T('patient_name', 'patient_contact')
    frm = G.pick([S('pivot'), S('sw'), S('nurse_fr')])
    to = G.pick([S('clsc_inf'), S('prch_np')]) if lang == 'fr' or not p.hcn else S('prch_np')
    note = L(lang, G.pick(['Palliative - on SC morphine pump. Daughter is POA.', 'Post-op wound care, diabetic.',
                           'Home O2, end-stage heart failure.']),
             G.pick(['Soins palliatifs – pompe de morphine SC. Sa fille est mandataire.', 'Soins de plaie post-op, diabétique.',
                     'O2 à domicile, insuffisance cardiaque terminale.']))
    t.add('diagnosis')
    if 'morphine' in note:
        t.add('medication')
    if 'fille' in note or 'Daughter' in note:
        t.add('social_information')
    bday = p.dob if G.chance(0.5) else None
    if bday:
        t.add('date_of_birth')
    vc = make_vcard(p.given, p.surname, tel=p.phone, email_addr=p.email if G.chance(0.5) else None,
                    adr=(p.street, p.city, p.prov, p.postal), note=note, bday=bday)
    text = '\n'.join([G.greet(to, lang), '', L(lang, 'Contact card for the patient we discussed this morning is attached.',
                                               'Voici la fiche contact du patient dont on a parlé ce matin.'),
                      '', G.closing(lang), G.sig(frm, lang)])
    fn = '%s %s.vcf' % (p.given, p.surname) if G.chance(0.6) else 'contact.vcf'
    return item(G, lang, frm, [to], L(lang, 'Contact card', 'Fiche contact'), text, atts=[vcf_att(fn, vc)]), t, 'vCard of patient with note'


def p_filename_leak(G, lang):
    p = G.qc_patient() if G.chance(0.6) else G.any_patient(lang)
    t = T('patient_name', 'diagnosis')
    frm = G.pick([S('secr'), S('path'), S('clerk')])
    to = G.pick([S('fp_gmf'), S('im_cornwall'), S('medonc')])
    dx_tag = G.pick([('biopsie_adenocarcinome', 'biopsy_adenocarcinoma'), ('IRM_glioblastome', 'MRI_glioblastoma'),
                     ('TEP_metastases_osseuses', 'PET_bone_mets'), ('echo_FEVG25', 'echo_EF25')])
    parts = [p.surname.upper(), p.given]
    if p.nam and G.chance(0.6):
        parts.append(p.nam)
        t.add('ramq_nam')
    else:
        parts.append(p.mrn)
        t.add('mrn')
    if 'FEVG' in dx_tag[0]:
        t.add('lab_result')
    fn = '_'.join(parts + [L(lang, dx_tag[1], dx_tag[0])]) + '.pdf'
    pdf = make_pdf('Scan', [('p', L(lang, 'Scanned document - page 1 of 1', 'Document numérisé - page 1 de 1')),
                            ('small', 'SCAN-%s  %s' % (G.digits(6), G.clock.strftime('%Y-%m-%d %H:%M')))])
    text = '\n'.join([G.greet(to, lang), '', L(lang, G.pick(['As requested, see attached.', 'Attached as discussed.', 'Here it is.']),
                                               G.pick(['Tel que demandé, voir pièce jointe.', 'Ci-joint comme convenu.', 'Voici.'])),
                      '', G.closing(lang), G.sig(frm, lang)])
    return item(G, lang, frm, [to], L(lang, 'Document', 'Document'), text, atts=[pdf_att(fn, pdf)]), t, 'identity and diagnosis only in attachment file name'


def p_belgian_niss(G, lang):
    p = G.be_patient()
    t = T('patient_name', 'be_niss', 'diagnosis', 'medication')
    bel = S('namur_card')
    rl = G.pick([S('cardio1'), S('cardio2'), S('nurse_fr')])
    dx = L(lang, *G.pick(CARD_DX))
    meds = G.sample(CARD_MEDS, 3)
    dob = G.chance(0.6)
    if dob:
        t.add('date_of_birth')
    if lang == 'fr':
        lines = ['Cher confrère,' if bel.sex == 'M' else 'Chère consœur,', '',
                 'Je vous adresse %s%s, NISS %s, qui s’installe à Montréal pour deux ans.'
                 % (G.pname(p, 'fr', G.pick(['titlefull', 'full'])), (', %s le %s' % (gx(p, 'né', 'née'), G.fdate(p.dob, 'fr'))) if dob else '',
                    G.fniss(p.niss)),
                 'Antécédents : %s, suivi%s chez nous depuis 2019.' % (dx, gx(p, '', 'e')),
                 'Traitement actuel : %s.' % ', '.join(meds),
                 'Je joins le dernier compte rendu ; merci de me tenir informé du suivi.']
        subj = G.pick(['Transfert de suivi – %s' % G.pname(p, 'fr', 'upperrev'), gx(p, 'Patient belge', 'Patiente belge') + ' – suivi cardiologique à Montréal'])
    else:
        lines = ['Dear colleague,', '', 'I am referring %s%s, Belgian NISS %s, who is relocating to Montreal for two years.'
                 % (G.pname(p, 'en', 'titlefull'), (', born %s' % G.fdate(p.dob, 'en')) if dob else '', G.fniss(p.niss)),
                 'History: %s, followed here since 2019.' % dx, 'Current treatment: %s.' % ', '.join(meds),
                 'Latest report attached; please keep me informed.']
        subj = 'Transfer of care - %s' % G.pname(p, 'en', 'rev')
    atts = []
    if G.chance(0.5):
        atts.append(pdf_att('compte_rendu_%s.pdf' % p.surname.lower(),
                            make_pdf('Compte rendu', [('h1', ORGS['namur']['name']), ('p', 'Service de cardiologie'),
                                                      ('kv', [('Patient', '%s %s' % (p.surname.upper(), p.given)),
                                                              ('NISS', G.fniss(p.niss)), ('Diagnostic', L('fr', *G.pick(CARD_DX)))])])))
    text = '\n'.join(lines + ['', 'Bien confraternellement,' if lang == 'fr' else 'Kind regards,', G.sig(bel, lang)])
    direction = G.chance(0.5)
    if direction:
        # RLUH forwarding the Belgian letter to the clinic
        text = '\n'.join([G.greet(S('secr'), lang), '', L(lang, 'Please open a chart and book with me. Letter below.',
                                                          'Merci d’ouvrir un dossier et de me %s céduler. Lettre ci-dessous.' % gx(p, 'le', 'la')),
                          '', rl.given, '', forward_block(G, lang, bel.addr(), G.clock - dt.timedelta(days=2), rl.addr(), subj, text)])
        return item(G, lang, rl, [S('secr')], L(lang, 'FW: ', 'TR : ') + subj, text, atts=atts), t, 'Belgian patient transfer with NISS (forwarded)'
    return item(G, lang, bel, [rl], subj, text, atts=atts, msgid_dom=bel.dom), t, 'Belgian patient transfer letter with NISS'


def p_french_nir(G, lang):
    p = G.fr_patient()
    t = T('patient_name', 'fr_nir', 'diagnosis')
    frm = G.pick([S('cardio1'), S('nurse_fr'), S('secr')])
    to = G.pick([S('chvo_med'), 'international@%s' % ORGS['cpam']['dom']])
    dx = L(lang, *G.pick(CARD_DX[:5]))
    adm = (G.clock - dt.timedelta(days=G.rng.randrange(3, 10))).date()
    with_med = G.chance(0.6)
    with_contact = G.chance(0.5)
    if lang == 'fr':
        lines = ['Madame, Monsieur,' if not isinstance(to, Staff) else 'Chère consœur,', '',
                 'Nous avons pris en charge %s (NIR %s), de passage au Québec, du %s au %s pour %s.'
                 % (G.pname(p, 'fr', 'titlefull'), G.fnir(p.nir), G.fdate(adm, 'fr'), G.fdate(G.clock.date(), 'fr'), dx)]
        if with_med:
            lines.append('Traitement de sortie : %s.' % ', '.join(G.sample(CARD_MEDS, 3)))
        if with_contact:
            lines.append('%s rentre en France le %s ; joignable au %s.' % (gx(p, 'Le patient', 'La patiente'), G.fdate(G.future_date(G.clock, 2, 8), 'fr'), p.phone))
        lines.append('Vous trouverez ci-joint la facture détaillée pour la prise en charge (formulaire SE 401-Q-102).')
        subj = G.pick(['Prise en charge – %s' % G.pname(p, 'fr', 'upperrev'), 'Hospitalisation d’un assuré français'])
    else:
        lines = ['Dear colleague,' if isinstance(to, Staff) else 'To whom it may concern,', '',
                 'We treated %s (French NIR %s), visiting Quebec, from %s to %s for %s.'
                 % (G.pname(p, 'en', 'titlefull'), G.fnir(p.nir), G.fdate(adm, 'en'), G.fdate(G.clock.date(), 'en'), dx)]
        if with_med:
            lines.append('Discharge medications: %s.' % ', '.join(G.sample(CARD_MEDS, 3)))
        if with_contact:
            lines.append('The patient flies home on %s; reachable at %s.' % (G.fdate(G.future_date(G.clock, 2, 8), 'en'), p.phone))
        lines.append('The itemised invoice for reimbursement is attached (form SE 401-Q-102).')
        subj = 'Hospitalisation of a French insured person - %s' % G.pname(p, 'en', 'rev')
    if with_med:
        t.add('medication')
    if with_contact:
        t.add('patient_contact')
    inv = make_pdf('Facture', [('h1', L(lang, 'Itemised invoice', 'Facture détaillée')), ('kv', [
        (L(lang, 'Patient', 'Patient(e)'), '%s %s' % (p.surname.upper(), p.given)), ('NIR', G.fnir(p.nir)),
        (L(lang, 'Stay', 'Séjour'), '%s - %s' % (adm.isoformat(), G.clock.date().isoformat())),
        (L(lang, 'Total (CAD)', 'Total (CAD)'), '%d,%02d $' % (G.rng.randrange(8000, 42000), G.rng.randrange(100)))])])
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(frm, lang)])
    return item(G, lang, frm, [to], subj, text, atts=[pdf_att(G.pick(['facture.pdf', 'invoice_%s.pdf' % p.mrn]), inv)]), t, 'French visitor with NIR, hospital stay and invoice'


def p_subject_only(G, lang):
    p = G.qc_patient() if G.chance(0.6) else G.any_patient(lang)
    t = T('patient_name', 'diagnosis')
    frm = G.pick([S('medonc'), S('thor'), S('cardio1'), S('pivot')])
    to = G.pick([S('secr'), S('pivot'), S('sw'), S('radonc')])
    idp = G.fnam(p.nam, 'plain') if p.nam and G.chance(0.5) else p.mrn
    t.add('ramq_nam' if p.nam and idp == p.nam else 'mrn')
    dx = L(lang, *G.pick([('biopsy + for adenoca', 'biopsie + adénoca'), ('PET: new liver mets', 'TEP : nouvelles métas hépatiques'),
                          ('EF 20% - hold trastuzumab', 'FE 20 % - suspendre trastuzumab'), ('relapse DLBCL', 'rechute LDGCB')]))
    if 'EF' in dx or 'FE' in dx:
        t.add('lab_result', 'medication')
    subj = '%s %s %s - %s' % (G.pick(['', 'URGENT', 'Re:', '']), G.pname(p, lang, G.pick(['upperrev', 'revsp', 'rev'])), idp, dx)
    subj = subj.strip()
    text = L(lang, G.pick(['see subject - please call me when you can', 'pls book asap', 'FYI, I will tell the family tomorrow', '?']),
             G.pick(['voir objet - appelle-moi svp', 'svp céduler rapidement', 'pour info, je vois la famille demain', '?']))
    text += '\n\n' + (frm.given if G.chance(0.5) else G.sig(frm, lang, disclaimer=False))
    return item(G, lang, frm, [to], subj, text, mode='plain'), t, 'identity and finding in Subject only'


def p_html_clinic_list(G, lang):
    t = T('patient_name', 'diagnosis')
    frm = G.pick([S('secr'), S('clerk'), S('onconurse')])
    doc = G.pick([S('medonc'), S('hemonc'), S('radonc'), S('cardio1')])
    d = G.future_date(G.clock, 1, 4)
    rows = [[L(lang, 'Time', 'Heure'), L(lang, 'Patient', 'Patient'), L(lang, 'Chart', 'Dossier'), L(lang, 'Phone', 'Téléphone'),
             L(lang, 'Reason', 'Motif'), L(lang, 'Notes', 'Notes')]]
    for i in range(G.rng.randrange(5, 11)):
        p = G.any_patient(lang)
        dx = L(lang, *odx(G, p)[:2]) if doc.key != 'cardio1' else L(lang, *G.pick(CARD_DX))
        chart = p.mrn
        if p.nam and G.chance(0.35):
            chart = G.fnam(p.nam)
            t.add('ramq_nam')
        rows.append(['%02d:%02d' % (8 + i // 2, 30 * (i % 2)), G.pname(p, lang, G.pick(['rev', 'revc', 'full'])), chart,
                     p.phone if G.chance(0.5) else '', dx,
                     G.pick(['', '', L(lang, 'interpreter (Arabic)', 'interprète (arabe)'), L(lang, 'bloodwork before', 'prise de sang avant'),
                             L(lang, 'new patient', 'nouveau patient'), L(lang, 'wheelchair', 'fauteuil roulant')])])
    if any(r[2].isdigit() for r in rows[1:]):
        t.add('mrn')
    if any(r[3] for r in rows[1:]):
        t.add('patient_contact')
    if any(('interp' in r[5]) for r in rows[1:]):
        t.add('social_information')
    head = L(lang, 'Clinic list - %s - %s' % (doc.name('en'), G.dayname(d, 'en')),
             'Liste de clinique – %s – %s' % (doc.name('fr'), G.dayname(d, 'fr')))
    html = ('<html><head><meta charset="utf-8"><style>td,th{font-family:Segoe UI,Arial;font-size:9pt}</style></head>'
            '<body>\n<h3>%s</h3>\n%s\n<p style="color:#777;font-size:8pt">%s</p>\n</body></html>\n'
            % (_esc(head), html_table(rows), _esc(G.sig(frm, lang, disclaimer=True)).replace('<br/>', '<br>')))
    return item(G, lang, frm, [doc], head, '', html=html, mode='html'), t, 'HTML-only clinic list'


def p_pathology_result(G, lang):
    p = G.any_patient(lang)
    t = T('diagnosis')
    path = S('path')
    en, fr, site = odx(G, p)
    to = S(onc_doc_for(site))
    spec = 'S25-%s' % G.digits(5)
    nm = G.chance(0.7)
    ident = []
    if nm:
        ident.append(G.pname(p, lang, G.pick(['init', 'full', 'rev', 'titlefull'])))
        t.add('patient_name')
    if not nm or G.chance(0.5):
        ident.append(G.ident_num(p, lang, t, 0.4))
    marker = G.pick(['PD-L1 TPS 60%', 'Ki-67 35%', 'EGFR exon 21 L858R detected', 'MSI-high', 'HER2 IHC 1+'])
    t.add('lab_result')
    if lang == 'fr':
        subj = G.pick(['Résultat patho %s' % spec, 'Patho – %s' % ident[0], 'Biopsie – résultat préliminaire'])
        lines = [G.greet(to, 'fr'), '', 'Résultat préliminaire, spécimen %s (%s) :' % (spec, ', '.join(ident)),
                 fr + '.', 'Marqueurs : %s. Rapport final signé d’ici 48 h.' % marker]
    else:
        subj = G.pick(['Path result %s' % spec, 'Path - %s' % ident[0], 'Biopsy - preliminary result'])
        lines = [G.greet(to, 'en'), '', 'Preliminary result, specimen %s (%s):' % (spec, ', '.join(ident)),
                 en[0].upper() + en[1:] + '.', 'Markers: %s. Final report signed within 48 h.' % marker]
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(path, lang)])
    return item(G, lang, path, [to], subj, text), t, 'pathology preliminary result'


def p_patient_email_reply(G, lang):
    p = G.any_patient(lang)
    t = T('patient_name', 'patient_contact', 'diagnosis', 'medication')
    nurse = G.pick([S('pivot'), S('nurse_fr'), S('onconurse')])
    dx, reg, _ = onc_case(G, lang, p)
    when0 = G.clock - dt.timedelta(hours=G.rng.randrange(5, 48))
    paddr = '%s %s <%s>' % (p.given, p.surname, p.email)
    if lang == 'fr':
        osubj = 'question effets secondaires'
        orig = '\n'.join(['Bonjour Madame,' if nurse.sex == 'F' else 'Bonjour,', '',
                          'depuis mon traitement de %s (%s) j’ai des engourdissements aux doigts et la diarrhée 5 fois par jour. '
                          'est-ce que je peux prendre du lopéramide ? je prends déjà %s' % (reg, dx, G.pick(OTHER_MEDS)),
                          '', p.given + ' ' + p.surname, p.phone]
                         + (['ma carte : %s' % G.fnam(p.nam, 'lower')] if p.nam and G.chance(0.5) else []))
        if 'ma carte' in orig:
            t.add('ramq_nam')
        top = ['Bonjour %s,' % G.pname(p, 'fr', 'title'), '',
               'Oui, vous pouvez prendre du lopéramide 2 mg après chaque selle liquide (max 16 mg/jour). '
               'Si la diarrhée persiste plus de 24 h ou si vous faites de la fièvre, présentez-vous à l’urgence.',
               'J’en parle à la Dre %s demain pour les engourdissements.' % S('medonc').surname, '', G.sig(nurse, 'fr')]
    else:
        osubj = 'side effects question'
        orig = '\n'.join(['Hi,', '', 'since my %s for the %s I have numb fingers and diarrhea 5x a day. can I take imodium? '
                          'I\'m already on %s' % (reg, dx, G.pick(OTHER_MEDS)), '', p.given, p.phone])
        top = ['Hello %s,' % G.pname(p, 'en', G.pick(['title', 'full'])), '',
               'Yes, you can take loperamide 2 mg after each loose stool (max 16 mg/day). If the diarrhea lasts more '
               'than 24 h or you have a fever, please go to the emergency department.',
               'I will mention the numbness to Dr. %s tomorrow.' % S('medonc').surname, '', G.sig(nurse, 'en')]
    text = '\n'.join(top) + '\n\n' + quote_reply(G, lang, paddr, when0, orig, orig_subject=osubj, orig_to=nurse.addr())
    return item(G, lang, nurse, [paddr], L(lang, 'Re: ', 'RE : ') + osubj, text, in_reply_to='<%s@%s>' % (G.digits(12), p.email.split('@')[1])), t, 'nurse reply to patient quoting symptoms'


def p_insurance_form_sin(G, lang):
    p = G.any_patient(lang)
    p.sin = gen_sin(G.rng)
    t = T('ca_sin', 'patient_name', 'diagnosis')
    frm = G.pick([S('secr'), S('sw'), S('medonc')])
    ins = S('insurer_case') if lang == 'en' else S('assureur_case')
    dx, reg, _ = onc_case(G, lang, p) if G.chance(0.6) else (L(lang, *G.pick(CARD_DX)), G.pick(CARD_MEDS), 'card')
    t.add('medication')
    kv = [(L(lang, 'Claimant', 'Réclamant(e)'), '%s %s' % (p.given, p.surname)),
          (L(lang, 'SIN', 'NAS'), G.fsin(p.sin)), (L(lang, 'Policy / certificate', 'Police / certificat'), 'GP-%s / %s' % (G.digits(6), G.digits(8))),
          (L(lang, 'Diagnosis', 'Diagnostic'), dx), (L(lang, 'Treatment', 'Traitement'), reg),
          (L(lang, 'Expected return to work', 'Retour au travail prévu'), G.pick(['not before June 2025', 'indéterminé', 'gradual, 8 weeks']))]
    if G.chance(0.5):
        kv.insert(2, (L(lang, 'Date of birth', 'Date de naissance'), G.fdate(p.dob, lang)))
        t.add('date_of_birth')
    if p.nam and G.chance(0.5):
        kv.insert(2, (L(lang, 'Health insurance (RAMQ)', 'Assurance maladie (NAM)'), G.fnam(p.nam)))
        t.add('ramq_nam')
    if G.chance(0.5):
        kv.append((L(lang, 'Occupation', 'Emploi'), G.pick(['truck driver', 'préposée aux bénéficiaires', 'cashier', 'mechanic'])))
        t.add('social_information')
    pdf = make_pdf(L(lang, 'Attending physician statement', 'Déclaration du médecin traitant'),
                   [('h1', L(lang, 'Attending Physician Statement', 'Déclaration du médecin traitant')), ('kv', kv),
                    ('p', L(lang, 'Signed: ', 'Signé : ') + S('medonc').name(lang))])
    inline = G.chance(0.4)
    body = [G.greet(ins, lang), '', L(lang, 'Completed form attached for the claim of %s.' % G.pname(p, 'en', 'titlefull'),
                                      'Formulaire complété ci-joint pour la demande de %s.' % G.pname(p, 'fr', 'titlefull'))]
    if inline:
        body += ['', kv_text(kv)]
    text = '\n'.join(body + ['', G.closing(lang), G.sig(frm, lang)])
    return item(G, lang, frm, [ins], L(lang, 'Disability claim - APS', 'Demande d’invalidité – formulaire médical'), text,
                atts=[pdf_att(G.pick(['APS.pdf', 'formulaire_assureur.pdf', 'claim_%s.pdf' % p.surname]), pdf)]), t, 'insurer form with SIN and diagnosis'


SPELL_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']


def p_disguised(G, lang):
    p = G.qc_patient()
    t = T('diagnosis')
    frm = G.pick([S('cardfellow'), S('onconurse'), S('pivot'), S('crc2')])
    to = G.pick([S('medonc'), S('cardio1'), 'k.doyle.home@%s' % G.pick(PERSONAL_DOMAINS)])
    style = G.pick(['spelled_mrn', 'spaced_nam', 'leet_name', 'dotted'])
    if style == 'spelled_mrn':
        ident = 'chart ' + '-'.join(SPELL_EN[int(c)] for c in p.mrn)
        t.add('mrn')
        nm = '%s.%s.' % (p.given[0], p.surname[0])
    elif style == 'spaced_nam':
        ident = 'card ' + ' '.join(p.nam)
        t.add('ramq_nam')
        nm = p.given
        t.add('patient_name')
    elif style == 'leet_name':
        nm = (p.given + ' ' + p.surname).lower().replace('o', '0').replace('i', '1').replace('e', '3')
        ident = 'mrn ' + ' '.join(p.mrn)
        t.add('patient_name', 'mrn')
    else:
        nm = '.'.join(p.surname.upper()) + ' ' + p.given
        ident = 'NAM ' + '.'.join([p.nam[:4], p.nam[4:8], p.nam[8:]])
        t.add('patient_name', 'ramq_nam')
    dx = G.pick(['HFrEF, EF 25%, on sacubitril/valsartan', 'stage IV lung adenoca on pembro', 'new AF, started apixaban',
                 'DLBCL, R-CHOP C3'])
    t.add('medication')
    if 'EF' in dx:
        t.add('lab_result')
    text = '\n'.join([G.pick(['hey', 'hi', 'quick one -']), '',
                      'pt %s, %s - %s. %s' % (nm, ident, dx, G.pick(['can you look at the file tonight? not putting the full name in email lol',
                                                                    'sending from phone, details tmrw', 'pls dont fwd']))
                      , '', frm.given[0].lower()])
    return item(G, 'en', frm, [to], G.pick(['pt', 'quick q', '(no subject)', 'fyi']), text, mode='plain'), t, 'obfuscated identifier written to evade filters'


def p_ics_patient_appt(G, lang):
    p = G.any_patient(lang)
    t = T('patient_name', 'patient_contact', 'diagnosis')
    frm = G.pick([S('secr'), S('clerk'), S('pivot')])
    doc = G.pick([S('radonc'), S('medonc'), S('uro'), S('gyneonc')])
    d = G.future_date(G.clock, 3, 25)
    start = dt.datetime.combine(d, dt.time(G.pick([8, 9, 10, 13, 14]), G.pick([0, 15, 30, 45])))
    dx = L(lang, *odx(G, p)[:2])
    summary = L(lang, 'Consultation - %s - %s' % (doc.name('en'), dx), 'Consultation – %s – %s' % (doc.name('fr'), dx))
    desc = L(lang, 'Patient: %s %s. Please arrive 30 min early for bloodwork. Bring your medication list.' % (p.given, p.surname),
             'Patient(e) : %s %s. Présentez-vous 30 min à l’avance pour la prise de sang. Apportez la liste de vos médicaments.' % (p.given, p.surname))
    if G.chance(0.5):
        desc += L(lang, ' Contact on file: %s.' % p.phone, ' Contact au dossier : %s.' % p.phone)
    ics = make_ics('appt-%s@%s' % (G.digits(10), H_DOM), start, start + dt.timedelta(minutes=60), summary, desc,
                   L(lang, 'Cancer Centre, 4th floor, clinic D', 'Centre de cancérologie, 4e étage, clinique D'),
                   (frm.name('en', False), frm.email), [('%s %s' % (p.given, p.surname), p.email)])
    text = '\n'.join([L(lang, 'Hello %s,' % p.given, 'Bonjour %s,' % G.pname(p, 'fr', 'title')), '',
                      L(lang, 'Your appointment is attached; please accept the invitation.',
                        'Votre rendez-vous est en pièce jointe; merci d’accepter l’invitation.'),
                      '', G.sig(frm, lang, disclaimer=True)])
    return item(G, lang, frm, ['%s %s <%s>' % (p.given, p.surname, p.email)], summary, text,
                atts=[ics_att('rendez-vous.ics' if lang == 'fr' else 'appointment.ics', ics)]), t, 'ICS appointment invitation to patient'


# ==========================================================================
# NEGATIVE TEMPLATES -> (item, note)
# ==========================================================================
SEMINARS = [
    ('Immune checkpoint inhibitors beyond melanoma: what the internist should know', 'Dr. Mei-Lin Zhao'),
    ('Cardio-oncology: monitoring anthracycline cardiotoxicity', 'Dr. Kwame Mensah'),
    ('Liquid biopsy in NSCLC: from research to routine', 'Dr. Samuel Friedman'),
    ('TAVI in 2025: low-risk patients and durability', 'Dr. Marc-Antoine Bérubé'),
    ('Hypofractionation for prostate cancer: the eastern Ontario experience', 'Dr. Aisha Rahman'),
    ('AI triage of chest CT: promise and pitfalls', 'Dr. Amrit Sandhu'),
    ('Consentement éclairé et populations vulnérables', 'Me Catherine Dubé'),
    ('Glioblastoma: updates from the RLUH neuro-oncology programme', 'Dr. Daniel Quesnel'),
]


def n_research_newsletter(G, lang):
    comms = S('comms')
    month = G.pick(['January', 'February', 'March']) if lang == 'en' else G.pick(['janvier', 'février', 'mars'])
    enrol = G.rng.randrange(30, 140)
    items_en = [
        'Dr. Mei-Lin Zhao receives a $%d,000 CFHD operating grant to study resistance to osimertinib in EGFR-mutant lung cancer.' % G.rng.randrange(300, 900),
        'The HELV-301 breast cancer trial has enrolled %d participants across 11 sites; RLUH is the top recruiter.' % enrol,
        'Cardio-oncology clinic: %d new referrals last quarter, median wait 19 days.' % G.rng.randrange(60, 200),
        'Congratulations to Dr. Patrick O\'Rourke, new chair of the Thoracic Surgery research committee.',
        'New publication: "Outcomes of TAVI in patients over 85" (J Card Interv 2025;14:221-230).',
    ]
    items_fr = [
        'La Dre Hélène Dufresne obtient une subvention de %d 000 $ du FQSSV pour un projet sur le myélome multiple réfractaire.' % G.rng.randrange(200, 700),
        'L’essai HELV-301 (cancer du sein) compte maintenant %d participantes dans 11 centres.' % enrol,
        'Biobanque : %d nouveaux échantillons de tumeurs pulmonaires ajoutés ce trimestre.' % G.rng.randrange(100, 400),
        'Félicitations au Dr Marc-Antoine Bérubé, nommé responsable du programme TAVI.',
        'Nouvelle publication : « Hypofractionnement et qualité de vie dans le cancer de la prostate » (Can J Radiat Oncol 2025).',
    ]
    its = items_fr if lang == 'fr' else items_en
    sem = G.sample(SEMINARS, 3)
    title = L(lang, 'RLUH Research Institute - %s bulletin' % month, 'Institut de recherche HURL – bulletin de %s' % month)
    rows = [[L(lang, 'Date', 'Date'), L(lang, 'Seminar', 'Séminaire'), L(lang, 'Speaker', 'Conférencier')]] + \
        [[G.fdate(G.future_date(G.clock, 3, 40), lang), s[0], s[1]] for s in sem]
    html = ('<html><body style="margin:0;background:#f4f4f4">\n<table width="640" align="center" style="background:#fff;'
            'font-family:Georgia,serif">\n<tr><td style="background:#1f4e79;color:#fff;padding:16px"><h1 style="margin:0">'
            '%s</h1></td></tr>\n<tr><td style="padding:16px">\n<ul>\n%s\n</ul>\n<h3>%s</h3>\n%s\n<p style="font-size:8pt;'
            'color:#888">%s</p>\n</td></tr></table>\n</body></html>\n') % (
        _esc(title), '\n'.join('<li>%s</li>' % _esc(x) for x in its), _esc(L(lang, 'Upcoming seminars', 'Séminaires à venir')),
        html_table(rows), _esc(L(lang, 'You receive this bulletin as a member of the RLUH Research Institute. Unsubscribe.',
                                 'Vous recevez ce bulletin en tant que membre de l’Institut de recherche HURL. Désabonnement.')))
    text = title + '\n\n' + '\n'.join('* ' + x for x in its) + '\n\n' + text_table(rows)
    return item(G, lang, comms, [DL_LISTS['research_all']], title, text, html=html, mode=G.pick(['html', 'alt'])), 'research newsletter'


def n_grant_budget(G, lang):
    go = S('grants')
    pi = G.pick([S('medonc'), S('cardio1'), S('hemonc'), S('radonc')])
    gnum = G.pick(['CFHD-PJT-2025-%s' % G.digits(6), 'FQSSV-%s-%s' % (G.pick(['J1', 'J2', 'CP']), G.digits(6))])
    rows = [[L(lang, 'Budget line', 'Poste budgétaire'), 'Y1', 'Y2', 'Y3', L(lang, 'Notes', 'Notes')],
            [L(lang, 'Research coordinator (1.0 FTE)', 'Coordonnatrice de recherche (1,0 ETP)'), 68500, 70555, 72672, 'Olivia Grant'],
            [L(lang, 'Research nurse (0.5 FTE)', 'Infirmière de recherche (0,5 ETP)'), 41200, 42436, 43709, ''],
            [L(lang, 'Biostatistician (0.2 FTE)', 'Biostatisticien (0,2 ETP)'), 19800, 20394, 21006, ''],
            [L(lang, 'Sequencing (per sample $420 x 120)', 'Séquençage (420 $ x 120 échantillons)'), 25200, 25200, 0, ''],
            [L(lang, 'Participant compensation', 'Compensation des participants'), 6000, 6000, 3000, '$50/visit'],
            [L(lang, 'Open-access publication', 'Publication en libre accès'), 0, 3500, 3500, ''],
            [L(lang, 'Institutional overhead (25%)', 'Frais indirects (25 %)'), '=SUM(B2:B7)*0.25', '=SUM(C2:C7)*0.25', '=SUM(D2:D7)*0.25', '']]
    xl = make_xlsx([('Budget', rows)], author=go.name('en', False), title=gnum)
    text = '\n'.join([G.greet(pi, lang), '', L(lang,
        'Attached is the draft budget for %s. Please check the salary scales (2025 collective agreement) and confirm the '
        'sequencing quote from the genomics platform before Friday. The internal deadline for signatures is %s.'
        % (gnum, G.fdate(G.future_date(G.clock, 5, 15), 'en')),
        'Voici l’ébauche de budget pour %s. Merci de vérifier les échelles salariales (convention 2025) et de confirmer la '
        'soumission de la plateforme de génomique avant vendredi. La date limite interne pour les signatures est le %s.'
        % (gnum, G.fdate(G.future_date(G.clock, 5, 15), 'fr'))), '', G.closing(lang), G.sig(go, lang)])
    return item(G, lang, go, [pi], L(lang, 'Budget draft - %s' % gnum, 'Ébauche budgétaire – %s' % gnum), text,
                atts=[xlsx_att('Budget_%s.xlsx' % gnum, xl)]), 'grant budget spreadsheet'


def n_grant_deadline(G, lang):
    go = S('grants')
    progs = [('CFHD Project Grant - Spring 2025 competition', 'registration %s, full application %s'),
             ('FQSSV Chercheurs-boursiers Junior 1', 'lettre d’intention %s, demande complète %s'),
             ('ECOS Young Investigator Award in thoracic oncology', 'LOI %s, application %s'),
             ('Heart & Stroke-type seed grant (internal)', 'application %s, decision %s')]
    lines = [G.greet(None, lang), '', L(lang, 'Upcoming funding deadlines (internal deadlines are 10 working days earlier):',
                                        'Prochaines dates limites de financement (les dates internes sont 10 jours ouvrables plus tôt) :'), '']
    for name, fmt in G.sample(progs, 3):
        a = G.future_date(G.clock, 10, 40)
        b = G.future_date(dt.datetime.combine(a, dt.time(9, 0), tzinfo=TZ), 20, 60)
        lines.append('- %s: %s' % (name, fmt % (G.fdate(a, lang), G.fdate(b, lang))))
    lines += ['', L(lang, 'Budget templates and the institutional letter request form are on the intranet (Research > Grants).',
                    'Les gabarits de budget et le formulaire de lettre institutionnelle sont sur l’intranet (Recherche > Subventions).'),
              L(lang, 'CV (CCV) help sessions: Tuesdays 12:00-13:00, room R-204.', 'Ateliers CV commun : mardis 12 h-13 h, salle R-204.'),
              '', G.sig(go, lang)]
    return item(G, lang, go, [DL_LISTS['research_all']], L(lang, 'Funding opportunities and deadlines', 'Occasions de financement et dates limites'),
                '\n'.join(lines)), 'grant deadline reminder'


REB_STUDIES = [
    ('MP-37-2025-%s', 'Phase III randomised trial of HLV-221 versus docetaxel in previously treated NSCLC', 'Dr. Mei-Lin Zhao'),
    ('MP-37-2025-%s', 'Remote monitoring of heart failure with an implantable pressure sensor', 'Dr. Kwame Mensah'),
    ('MP-37-2024-%s', 'Biobank of glioblastoma tissue for organoid models', 'Dr. Daniel Quesnel'),
    ('MP-37-2025-%s', 'Étude qualitative sur l’expérience des proches aidants en soins palliatifs', 'Sophie Lavigne, T.S.'),
    ('MP-37-2024-%s', 'Hypofractionated vs conventional RT in intermediate-risk prostate cancer', 'Dr. Isabelle Charest'),
    ('MP-37-2025-%s', 'Registry of TAVI outcomes in patients aged 85 and older', 'Dr. Marc-Antoine Bérubé'),
    ('MP-37-2023-%s', 'PARP inhibitor maintenance in BRCA-wildtype ovarian cancer (HELV-118)', 'Dr. Beatriz Ferreira'),
]


def n_reb_agenda(G, lang):
    reb = S('reb')
    d = G.future_date(G.clock, 3, 15)
    studies = G.sample(REB_STUDIES, 4)
    lines = [G.greet(None, lang), '', L(lang, 'Agenda - Research Ethics Board (Biomedical panel), %s, 12:00-14:00, room R-310 / Teams'
                                        % G.dayname(d, 'en'),
                                        'Ordre du jour – CER (comité biomédical), %s, 12 h à 14 h, salle R-310 / Teams' % G.dayname(d, 'fr')), '',
             L(lang, '1. Adoption of the agenda and minutes of the previous meeting', '1. Adoption de l’ordre du jour et du procès-verbal'),
             L(lang, '2. Initial reviews (full board):', '2. Évaluations initiales (comité plénier) :')]
    for num, title, pi in studies[:2]:
        lines.append('   - %s - %s (PI: %s)' % (num % G.digits(4), title, pi))
    lines.append(L(lang, '3. Amendments and continuing reviews:', '3. Modifications et renouvellements :'))
    for num, title, pi in studies[2:]:
        lines.append('   - %s - %s (%s)' % (num % G.digits(4), title, pi))
    lines += [L(lang, '4. Reportable events: 3 SAE summaries (aggregate), 1 privacy incident (closed)',
                '4. Événements à déclarer : 3 sommaires d’EIG (agrégés), 1 incident de confidentialité (fermé)'),
              L(lang, '5. Varia - SOP 401 (consent of adults unable to consent) revision', '5. Varia – révision de la PON 401 (consentement des majeurs inaptes)'),
              '', L(lang, 'Documents are in the REB portal. Please declare conflicts of interest at the start of the meeting.',
                    'Les documents sont dans le portail du CER. Merci de déclarer vos conflits d’intérêts en début de séance.'),
              '', G.sig(reb, lang)]
    return item(G, lang, reb, [DL_LISTS['reb_members']], L(lang, 'REB agenda - %s' % d.isoformat(), 'ODJ CER – %s' % d.isoformat()),
                '\n'.join(lines)), 'REB meeting agenda'


def n_reb_approval(G, lang):
    reb = S('reb')
    num, title, pi = G.pick(REB_STUDIES)
    num = num % G.digits(4)
    amd = G.rng.randrange(2, 7)
    blocks = [('h1', L(lang, 'Research Ethics Board - Approval of Amendment', 'Comité d’éthique de la recherche – Approbation de modification')),
              ('kv', [(L(lang, 'Project', 'Projet'), num), (L(lang, 'Title', 'Titre'), title), (L(lang, 'Principal investigator', 'Chercheur principal'), pi),
                      (L(lang, 'Amendment', 'Modification'), '#%d (protocol v%d.0, ICF v%d.1 EN/FR)' % (amd, amd + 2, amd)),
                      (L(lang, 'Decision', 'Décision'), L(lang, 'Approved (delegated review)', 'Approuvée (évaluation déléguée)')),
                      (L(lang, 'Approval date', 'Date d’approbation'), G.fdate(G.clock.date(), lang)),
                      (L(lang, 'Renewal due', 'Renouvellement'), G.fdate(G.clock.date() + dt.timedelta(days=365), lang))]),
              ('p', L(lang, 'The REB is constituted and operates according to the TCPS2 and ICH-GCP E6(R3). Any change to the approved '
                            'documents must be submitted before implementation.',
                      'Le CER est constitué et fonctionne conformément à l’EPTC2 et aux BPC de l’ICH E6(R3). Toute modification '
                      'doit être soumise avant sa mise en œuvre.')),
              ('p', 'Catherine Dubé, %s' % L(lang, 'for the Chair', 'pour la présidence'))]
    pdf = make_pdf('REB approval', blocks, author='RLUH REB')
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'Please find attached the approval letter for amendment #%d of %s.' % (amd, num),
                                                 'Veuillez trouver ci-jointe la lettre d’approbation de la modification no %d du projet %s.' % (amd, num)),
                      '', G.sig(reb, lang)])
    return item(G, lang, reb, [S('crc1') if G.chance(0.5) else S('crc2')], L(lang, 'Approval - %s amendment %d' % (num, amd), 'Approbation – %s modif. %d' % (num, amd)),
                text, atts=[pdf_att('Approval_%s_A%d.pdf' % (num, amd), pdf)]), 'REB approval letter PDF'


def n_blank_consent(G, lang):
    crc = G.pick([S('crc1'), S('crc2'), S('reb')])
    proto = G.pick(['HELV-301', 'CARDIO-REACH', 'NBCR-2207'])
    blocks = [('h1', L(lang, 'Information and Consent Form', 'Formulaire d’information et de consentement')),
              ('p', L(lang, 'Study %s - version 4.1 (EN) - 2025-01-10' % proto, 'Étude %s – version 4.1 (FR) – 2025-01-10' % proto)),
              ('p', L(lang, 'You are invited to take part in a research study because you have been diagnosed with the disease studied. '
                            'Participation is voluntary. The study drug may cause nausea, fatigue, low blood counts and, rarely, '
                            'inflammation of the lungs.',
                      'Vous êtes invité(e) à participer à un projet de recherche parce que vous êtes atteint(e) de la maladie étudiée. '
                      'Votre participation est volontaire. Le médicament à l’étude peut causer des nausées, de la fatigue, une baisse '
                      'des globules et, rarement, une inflammation des poumons.')),
              ('kv', [(L(lang, 'Participant name', 'Nom du participant'), '______________________________'),
                      (L(lang, 'Date of birth', 'Date de naissance'), '____ / ____ / ________'),
                      (L(lang, 'Chart number', 'Numéro de dossier'), '______________'),
                      (L(lang, 'Signature', 'Signature'), '______________________________'),
                      (L(lang, 'Person obtaining consent', 'Personne qui obtient le consentement'), '______________________________')])]
    if G.chance(0.5):
        att = pdf_att('ICF_%s_v4.1_%s_BLANK.pdf' % (proto, lang.upper()), make_pdf('ICF', blocks))
    else:
        att = docx_att('FIC_%s_v4-1_vierge.docx' % proto, make_docx('ICF', blocks))
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'The approved blank consent form (v4.1) is attached. Please destroy the v3.0 copies in the clinic binder.',
                                                 'Le formulaire de consentement vierge approuvé (v4.1) est joint. Merci de détruire les copies v3.0 du cartable de la clinique.'),
                      '', G.sig(crc, lang)])
    return item(G, lang, crc, [DL_LISTS['trials_unit']], L(lang, '%s - new ICF version (blank)' % proto, '%s – nouvelle version du FIC (vierge)' % proto),
                text, atts=[att]), 'blank consent form'


def n_journal_club(G, lang):
    org = G.pick([S('cardfellow'), S('medonc'), S('resdir')])
    topic, speaker = G.pick(SEMINARS)
    art = G.pick(['Apixaban for cancer-associated VTE (Caravaggio) - critical appraisal',
                  'Durvalumab after chemoradiotherapy in stage III NSCLC (PACIFIC 5-year update)',
                  'Dapagliflozin in heart failure with preserved EF (DELIVER)',
                  'Hypofractionated RT for prostate cancer (CHHiP) - 10-year results'])
    d = G.future_date(G.clock, 2, 20)
    start = dt.datetime.combine(d, dt.time(12, 0))
    desc = L(lang, 'Journal club. Article: %s. Presenter: PGY-3 resident. Lunch provided by the department (no industry sponsorship).' % art,
             'Club de lecture. Article : %s. Présentation : résident(e) R3. Dîner offert par le département (sans commandite).' % art)
    ics = make_ics('jc-%s@%s' % (G.digits(9), H_DOM), start, start + dt.timedelta(hours=1), L(lang, 'Journal club', 'Club de lecture') + ' - ' + art[:40],
                   desc, 'R-204', (org.name('en', False), org.email), [('Residents', DL_LISTS['residents'])])
    text = '\n'.join([G.greet(None, lang), '', desc, '', G.sig(org, lang, disclaimer=False)])
    return item(G, lang, org, [DL_LISTS['residents']], L(lang, 'Journal club - %s' % G.fdate(d, 'en', 'short'), 'Club de lecture – %s' % G.fdate(d, 'fr')),
                text, atts=[ics_att('invite.ics', ics)]), 'journal club invitation'


def n_conference_programme(G, lang):
    soc = EXT_STAFF['society']
    rows = [['Time', 'Session', 'Speaker']]
    t0 = 8
    for i, (topic, speaker) in enumerate(G.sample(SEMINARS, 6)):
        rows.append(['%02d:%s' % (t0 + i, G.pick(['00', '30'])), topic, speaker])
    blocks = [('h1', 'Eastern Canada Oncology Society - Annual Scientific Meeting 2025'),
              ('p', 'Ottawa Convention Centre (fictional) - %s' % G.fdate(G.future_date(G.clock, 30, 90), 'en', 'long')),
              ('table', rows), ('p', 'Accredited for up to 6.5 Section 1 credits. Poster session: 45 abstracts on lung, breast, '
                                     'colorectal and hematologic malignancies.')]
    pdf = make_pdf('ECOS programme', blocks, author='ECOS')
    text = '\n'.join(['Dear members,' if lang == 'en' else 'Chers membres,', '',
                      L(lang, 'The preliminary programme for our annual meeting is attached. Early registration closes on %s.'
                        % G.fdate(G.future_date(G.clock, 10, 30), 'en'),
                        'Le programme préliminaire du congrès annuel est joint. L’inscription hâtive se termine le %s.'
                        % G.fdate(G.future_date(G.clock, 10, 30), 'fr')), '', 'ECOS Programme Committee', 'info@ecos-onco.example'])
    return item(G, lang, soc, [DL_LISTS['onc_all']], L(lang, 'ECOS 2025 - preliminary programme', 'ECOS 2025 – programme préliminaire'),
                text, atts=[pdf_att('ECOS2025_programme.pdf', pdf)], msgid_dom=soc.dom), 'conference programme PDF'


def n_vendor_service(G, lang):
    v = G.pick([EXT_STAFF['vendor_lumascan'], EXT_STAFF['vendor_corvex']])
    bio = S('biomed')
    serial = luhn_number(G.rng, 9, first=G.pick([1, 2, 4, 5]))
    sys_sn = '%s %s %s' % (serial[:3], serial[3:6], serial[6:])
    po = '45%s' % G.digits(8)
    case = 'CS%s' % G.digits(7)
    if v.key == 'vendor_lumascan':
        body_en = ('Field service report for the 3T MRI (system S/N %s, magnet S/N MG-%s) in room C-S1-04.\n'
                   'Work done: cold head replaced, helium topped up to 94.2%%, shim verified, QA phantom passed.\n'
                   'Parts: cold head assy p/n LSCH %s %s (lot %s).\nDowntime: 07:00-15:30. Case %s, PO %s.'
                   % (sys_sn, G.digits(6), G.digits(4), G.digits(4), G.digits(6), case, po))
        body_fr = ('Rapport d’intervention pour l’IRM 3T (N/S système %s, aimant MG-%s), salle C-S1-04.\n'
                   'Travaux : tête froide remplacée, hélium complété à 94,2 %%, shim vérifié, fantôme AQ conforme.\n'
                   'Pièces : p/n LSCH %s %s (lot %s).\nArrêt : 7 h à 15 h 30. Dossier %s, BC %s.'
                   % (sys_sn, G.digits(6), G.digits(4), G.digits(4), G.digits(6), case, po))
    else:
        body_en = ('Preventive maintenance completed on the cath lab recording system (S/N %s) and 2 ICE consoles.\n'
                   'Firmware updated to 8.4.2. Calibration of pressure transducers within tolerance.\nCase %s, PO %s.'
                   % (sys_sn, case, po))
        body_fr = ('Entretien préventif complété sur le polygraphe d’hémodynamie (N/S %s) et 2 consoles ICE.\n'
                   'Micrologiciel mis à jour (8.4.2). Étalonnage des capteurs de pression conforme.\nDossier %s, BC %s.'
                   % (sys_sn, case, po))
    text = '\n'.join([G.greet(bio, lang), '', L(lang, body_en, body_fr), '', L(lang, 'Signed service report attached to the case in the portal.',
                                                                                'Le rapport signé est dans le portail.'),
                      '', G.closing(lang), G.sig(v, lang, disclaimer=False)])
    return item(G, lang, v, [bio], L(lang, 'Service report - case %s' % case, 'Rapport de service – dossier %s' % case), text, msgid_dom=v.dom), 'vendor field service report with serial numbers'


def n_vendor_invoice(G, lang):
    v = EXT_STAFF['vendor_medsupply']
    purch = S('purch')
    inv = 'F%s' % G.digits(7)
    po = '45%s' % G.digits(8)
    items_ = [('Cathéter guide 6F JL4 (boîte de 5)', 'CATH %s %s' % (G.digits(4), G.digits(4)), 3, 412.50),
              ('Électrodes ECG adultes (caisse 600)', 'ELEC-%s' % G.digits(6), 10, 89.90),
              ('Gants nitrile M (caisse 1000)', 'GNM-%s' % G.digits(5), 40, 62.00),
              ('Tubulure de perfusion chimio sans DEHP', 'TUBE %s %s' % (G.digits(4), G.digits(4)), 12, 148.75)]
    rows = [['Description', 'Réf.', 'Qté', 'Prix', 'Lot']]
    tot = 0
    for dsc, ref, q, pr in G.sample(items_, 3):
        rows.append([dsc, ref, q, '%.2f' % pr, 'L%s%s' % (G.digits(2), G.pick('ABCDEFGH') + G.digits(3))])
        tot += q * pr
    blocks = [('h1', 'FACTURE %s' % inv), ('kv', [('Client', '%s — Approvisionnement' % H_FR), ('Bon de commande', po),
                                                   ('TPS', '8%s RT0001' % G.digits(8)), ('TVQ', '1%s TQ0001' % G.digits(9)),
                                                   ('Date', G.fdate(G.clock.date(), 'fr'))]),
              ('table', rows), ('p', 'Sous-total : %.2f $   TPS 5 %% : %.2f $   TVQ 9,975 %% : %.2f $' % (tot, tot * 0.05, tot * 0.09975))]
    pdf = make_pdf('Facture', blocks, author='MedSupply')
    text = '\n'.join([G.greet(purch, lang), '', L(lang, 'Please find invoice %s for PO %s attached. Payment terms net 30.' % (inv, po),
                                                  'Vous trouverez ci-jointe la facture %s pour le BC %s. Modalités : net 30 jours.' % (inv, po)),
                      '', G.closing(lang), G.sig(v, lang, disclaimer=False)])
    return item(G, lang, v, [purch, 'comptes-payables@' + H_DOM], L(lang, 'Invoice %s' % inv, 'Facture %s' % inv), text,
                atts=[pdf_att('%s.pdf' % inv, pdf)], msgid_dom=v.dom), 'supplier invoice with PO and lot numbers'


def n_device_recall(G, lang):
    frm = G.pick([S('biomed'), S('purch'), S('pharm')])
    lots = ['%s%s' % (G.pick(['24', '25']), G.pick('ABCDEFGH') + G.digits(4)) for _ in range(G.rng.randrange(3, 7))]
    sns = [luhn_number(G.rng, 10) for _ in range(2)]
    if lang == 'fr':
        lines = [G.greet(None, 'fr'), '', 'Avis de rappel volontaire (classe II) – fabricant Corvex Cardio Systems.',
                 'Produit : gaine introductrice radiale 6F, réf. RADX 6011 0725.', 'Lots visés : ' + ', '.join(lots),
                 'Moniteurs de pression visés (N/S) : ' + ', '.join('%s-%s-%s' % (s[:4], s[4:7], s[7:]) for s in sns),
                 'Problème : risque de séparation de la valve hémostatique. Aucun incident rapporté chez nous.',
                 'Action : retirer les boîtes des lots visés de l’hémodynamie et des salles d’électrophysiologie et les déposer '
                 'au magasin central (quarantaine) d’ici vendredi.']
    else:
        lines = [G.greet(None, 'en'), '', 'Voluntary recall notice (Class II) - Corvex Cardio Systems.',
                 'Product: 6F radial introducer sheath, ref. RADX 6011 0725.', 'Affected lots: ' + ', '.join(lots),
                 'Affected pressure monitors (S/N): ' + ', '.join('%s-%s-%s' % (s[:4], s[4:7], s[7:]) for s in sns),
                 'Issue: possible separation of the haemostatic valve. No incidents reported at RLUH.',
                 'Action: remove affected boxes from the cath and EP labs and return them to central stores (quarantine) by Friday.']
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(frm, lang)])
    return item(G, lang, frm, [DL_LISTS['cardio_all']], L(lang, 'RECALL - radial introducer sheaths', 'RAPPEL – gaines introductrices radiales'),
                text, importance='High'), 'device recall with lot and serial numbers'


def n_it_downtime(G, lang):
    it = S('it')
    d = G.future_date(G.clock, 2, 12)
    sysname = G.pick(['PACS (imaging)', 'ARIA (radiation oncology)', 'the EMR', 'the lab information system', 'Cardio-PACS'])
    sys_fr = {'PACS (imaging)': 'le PACS (imagerie)', 'ARIA (radiation oncology)': 'ARIA (radio-oncologie)', 'the EMR': 'le DCI',
              'the lab information system': 'le SIL (laboratoire)', 'Cardio-PACS': 'le Cardio-PACS'}[sysname]
    chg = 'CHG%s' % G.digits(7)
    rows = [[L(lang, 'Step', 'Étape'), L(lang, 'Start', 'Début'), L(lang, 'End', 'Fin'), L(lang, 'Impact', 'Impact')],
            ['1', '22:00', '23:30', L(lang, 'Read-only', 'Lecture seule')], ['2', '23:30', '03:00', L(lang, 'Unavailable', 'Indisponible')],
            ['3', '03:00', '05:00', L(lang, 'Validation', 'Validation')]]
    intro = L(lang, 'Planned downtime of %s on %s (change %s).' % (sysname, G.dayname(d, 'en'), chg),
              'Interruption planifiée pour %s le %s (changement %s).' % (sys_fr, G.dayname(d, 'fr'), chg))
    proc = L(lang, 'Use downtime procedures (paper requisitions, forms DT-04 and DT-07). Critical results will be phoned by the lab. '
                   'Call the Service Desk at ext. 4000 for urgent issues.',
             'Utilisez les procédures de relève (requêtes papier, formulaires DT-04 et DT-07). Les résultats critiques seront '
             'téléphonés par le laboratoire. Centre de services : poste 4000.')
    html = '<html><body style="font-family:Segoe UI,Arial"><h2 style="color:#b00">%s</h2>\n%s\n<p>%s</p>\n<p>%s</p></body></html>\n' % (
        _esc(L(lang, 'IT NOTICE', 'AVIS TI')), _esc(intro), html_table(rows), _esc(proc))
    text = intro + '\n\n' + text_table(rows) + '\n\n' + proc
    return item(G, lang, it, [DL_LISTS['all_staff']], L(lang, 'IT notice - planned downtime %s' % d.isoformat(), 'Avis TI – interruption planifiée %s' % d.isoformat()),
                text, html=html, mode=G.pick(['html', 'alt', 'alt'])), 'IT planned downtime notice'


def n_it_phishing(G, lang):
    it = S('it')
    inc = 'INC%s' % G.digits(7)
    if lang == 'fr':
        lines = ['Bonjour à tous,', '', 'Plusieurs employés ont reçu ce matin un courriel frauduleux intitulé « Mise à jour de votre '
                 'dossier de paie » provenant de paie-rluh@secure-portal.example.', 'NE CLIQUEZ PAS sur le lien et ne saisissez pas '
                 'vos identifiants. Si vous l’avez fait, changez votre mot de passe et appelez le poste 4000 (billet %s).' % inc,
                 '', 'Rappel : le HURL ne vous demandera jamais votre mot de passe par courriel.', '', 'Sécurité de l’information']
    else:
        lines = ['Hello all,', '', 'Several staff received a fraudulent e-mail this morning titled "Update your payroll record" '
                 'from payroll-rluh@secure-portal.example.', 'DO NOT click the link or enter your credentials. If you did, change your '
                 'password now and call ext. 4000 (ticket %s).' % inc, '', 'Reminder: RLUH will never ask for your password by e-mail.',
                 '', 'Information Security Office']
    return item(G, lang, it, [DL_LISTS['all_staff']], L(lang, 'Security alert - phishing campaign', 'Alerte de sécurité – hameçonnage'),
                '\n'.join(lines), importance='High'), 'IT phishing warning'


CARD_STAFF_ROSTER = ['MENSAH, Kwame', 'BÉRUBÉ, Marc-Antoine', 'PATEL, Arjun (fellow)', 'NAKASHIMA, Erin', 'LAFLEUR, Dominique',
                     'ABERGEL, Simon', 'THORNTON, Claire', 'DESCHÊNES, Rémi']


def n_oncall_roster(G, lang):
    frm = G.pick([S('cardio1'), S('secr'), S('cardfellow')])
    start = G.future_date(G.clock, 3, 10)
    rows = [[L(lang, 'Date', 'Date'), L(lang, 'Day', 'Jour'), L(lang, 'Cardiology on call', 'Garde cardiologie'),
             L(lang, 'Cath lab', 'Hémodynamie'), L(lang, 'Pager', 'Téléavertisseur')]]
    for i in range(14):
        d = start + dt.timedelta(days=i)
        rows.append([d.isoformat(), L(lang, DAYS_EN[d.weekday()][:3], DAYS_FR[d.weekday()][:3]), G.pick(CARD_STAFF_ROSTER),
                     G.pick(CARD_STAFF_ROSTER[:2] + CARD_STAFF_ROSTER[3:5]), '514-555-0%03d' % G.rng.randrange(200, 300)])
    use_xlsx = G.chance(0.5)
    intro = L(lang, 'On-call schedule for the next two weeks. Swaps must be approved by Dr. Mensah and entered in the scheduling tool.',
              'Horaire de garde pour les deux prochaines semaines. Les échanges doivent être approuvés par le Dr Mensah et saisis dans l’outil.')
    if use_xlsx:
        text = '\n'.join([G.greet(None, lang), '', intro, '', G.sig(frm, lang, disclaimer=False)])
        return item(G, lang, frm, [DL_LISTS['cardio_all']], L(lang, 'On-call schedule', 'Horaire de garde'), text,
                    atts=[xlsx_att('garde_cardio_%s.xlsx' % start.strftime('%Y%m%d'), make_xlsx([('Garde', rows)]))]), 'on-call roster XLSX (staff)'
    html = '<html><body><p>%s</p>%s</body></html>\n' % (_esc(intro), html_table(rows))
    return item(G, lang, frm, [DL_LISTS['cardio_all']], L(lang, 'On-call schedule', 'Horaire de garde'), intro + '\n\n' + text_table(rows),
                html=html, mode='alt'), 'on-call roster table (staff)'


def n_staff_leave(G, lang):
    mgr = G.pick([S('pivot'), S('tbcoord'), S('hr')])
    emp = G.pick(['Émilie Castonguay', 'Yuki Nakamura', 'Marie-Ève Gallant', 'Farah Iqbal', 'Josiane Poitras'])
    emp_no = G.digits(6)
    d1 = G.future_date(G.clock, 10, 60)
    d2 = d1 + dt.timedelta(days=G.pick([4, 9, 13]))
    kind = G.pick(['vac', 'sick', 'mat'])
    if lang == 'fr':
        what = {'vac': 'vacances annuelles', 'sick': 'congé de maladie (certificat médical reçu)', 'mat': 'retrait préventif de la travailleuse enceinte'}[kind]
        lines = [G.greet(None, 'fr'), '', 'Demande approuvée : %s (matricule %s), %s du %s au %s inclusivement.'
                 % (emp, emp_no, what, G.fdate(d1, 'fr'), G.fdate(d2, 'fr')),
                 'Le remplacement sera assuré par l’équipe volante. Merci de mettre à jour Logibec.']
    else:
        what = {'vac': 'annual vacation', 'sick': 'sick leave (medical certificate received)', 'mat': 'preventive withdrawal (pregnant worker)'}[kind]
        lines = [G.greet(None, 'en'), '', 'Request approved: %s (employee #%s), %s from %s to %s inclusive.'
                 % (emp, emp_no, what, G.fdate(d1, 'en'), G.fdate(d2, 'en')),
                 'Coverage will come from the float team. Please update the scheduling system.']
    text = '\n'.join(lines + ['', G.closing(lang), G.sig(mgr, lang)])
    return item(G, lang, mgr, ['horaires@' + H_DOM], L(lang, 'Leave approved - %s' % emp, 'Congé approuvé – %s' % emp), text), 'staff leave approval (HR)'


def n_occ_health(G, lang):
    ohs = S('ohs')
    emp = G.pick([S('gallant'), S('echo'), S('onconurse'), S('clerk'), S('lab')])
    kind = G.pick(['tst', 'fit', 'flu', 'rtw'])
    if lang == 'fr':
        msg = {'tst': 'Votre test cutané à la tuberculine (TCT) lu le %s : 0 mm, négatif. Aucun suivi requis avant votre prochain dépistage annuel.',
               'fit': 'Votre essai d’ajustement du masque N95 (modèle 1870+, taille M) est réussi le %s. Prochain essai dans 2 ans.',
               'flu': 'Notre registre indique que votre vaccin antigrippal n’a pas été reçu en date du %s. Clinique mobile mardi, 4e étage.',
               'rtw': 'Suite à votre arrêt de travail, le retour progressif est autorisé à partir du %s (3 jours/semaine, sans levée > 10 kg).'}[kind]
        subj = 'Santé au travail – suivi'
    else:
        msg = {'tst': 'Your tuberculin skin test read on %s: 0 mm, negative. No follow-up needed until your next annual screening.',
               'fit': 'Your N95 fit test (model 1870+, size M) passed on %s. Next fit test due in 2 years.',
               'flu': 'Our records show your influenza vaccine had not been received as of %s. Mobile clinic Tuesday, 4th floor.',
               'rtw': 'Following your leave, a gradual return to work is authorised starting %s (3 days/week, no lifting > 10 kg).'}[kind]
        subj = 'Occupational health - follow-up'
    text = '\n'.join([G.greet(emp, lang), '', msg % G.fdate(G.clock.date(), lang), '',
                      L(lang, 'This message concerns your employment file and is not shared with your manager beyond fitness for duty.',
                        'Ce message concerne votre dossier d’employé(e); seule l’aptitude au travail est transmise au gestionnaire.'),
                      '', G.sig(ohs, lang)])
    return item(G, lang, ohs, [emp], subj, text), 'employee occupational health (HR)'


def n_tb_stats(G, lang):
    coord = S('tbcoord')
    sites = ['Lung', 'Breast', 'GI', 'GU', 'Gyn', 'CNS', 'Head & neck', 'Hematology', 'Melanoma'] if lang == 'en' else \
        ['Poumon', 'Sein', 'Digestif', 'Génito-urinaire', 'Gynéco', 'SNC', 'Tête et cou', 'Hématologie', 'Mélanome']
    rows = [[L(lang, 'Site', 'Siège'), L(lang, 'Meetings', 'Réunions'), L(lang, 'Cases', 'Cas'), L(lang, 'New dx', 'Nouveaux dx'),
             L(lang, 'Trial referrals', 'Référés à un essai'), L(lang, 'Median age', 'Âge médian'), L(lang, '% Ontario residents', '% résidents Ontario')]]
    for s in sites:
        c = G.rng.randrange(40, 400)
        rows.append([s, G.rng.randrange(10, 52), c, int(c * G.rng.uniform(0.5, 0.8)), G.rng.randrange(2, 40), G.rng.randrange(52, 72),
                     '%.1f' % G.rng.uniform(4, 22)])
    if G.chance(0.5):
        att = csv_att('tumour_board_stats_2024.csv', make_csv(rows))
    else:
        att = xlsx_att('CDT_statistiques_2024.xlsx', make_xlsx([('2024', rows)]))
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'Annual tumour board activity for 2024 is attached (aggregate, for the accreditation file). '
                                                 'Lung remains the busiest board; eastern Ontario referrals increased by 14%.',
                                                 'Le bilan annuel des comités des tumeurs 2024 est joint (données agrégées, pour l’agrément). '
                                                 'Le comité poumon demeure le plus actif; les références de l’est ontarien ont augmenté de 14 %.'),
                      '', G.sig(coord, lang)])
    return item(G, lang, coord, [DL_LISTS['onc_all']], L(lang, 'Tumour board statistics 2024', 'Statistiques CDT 2024'), text, atts=[att]), 'aggregate tumour board statistics'


def n_teaching_case(G, lang):
    frm = G.pick([S('rad1'), S('cardfellow'), S('medonc'), S('path')])
    age = G.rng.randrange(38, 84)
    case = G.pick([
        ('A %d-year-old former smoker presents with haemoptysis. CT shows a 3.4 cm spiculated RUL mass with hilar nodes. '
         'EBUS confirms adenocarcinoma, PD-L1 60%%. What is the stage and what would you offer?',
         'Un patient de %d ans, ex-fumeur, consulte pour hémoptysie. La TDM montre une masse spiculée de 3,4 cm du LSD avec '
         'adénopathies hilaires. L’EBUS confirme un adénocarcinome, PD-L1 60 %%. Stade et traitement ?'),
        ('A %d-year-old woman on doxorubicin develops dyspnoea; LVEF has dropped from 62%% to 41%%, troponin mildly elevated. '
         'How would you manage her cardio-oncology follow-up?',
         'Une femme de %d ans sous doxorubicine devient dyspnéique; la FEVG passe de 62 %% à 41 %%, troponine légèrement élevée. '
         'Quelle prise en charge en cardio-oncologie ?'),
        ('A %d-year-old man with syncope: ECG shows complete heart block, K 4.1, no ischaemia. Next steps?',
         'Un homme de %d ans avec syncope : l’ECG montre un BAV complet, K 4,1, pas d’ischémie. Prochaines étapes ?'),
    ])
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'Case of the week for Thursday teaching (fully anonymised - images stripped of DICOM headers):',
                                                 'Cas de la semaine pour l’enseignement de jeudi (entièrement anonymisé – en-têtes DICOM retirés) :'),
                      '', L(lang, case[0], case[1]) % age, '', L(lang, 'Answers and discussion next week.', 'Réponses et discussion la semaine prochaine.'),
                      '', G.sig(frm, lang, disclaimer=False)])
    atts = []
    if G.chance(0.4):
        atts.append(pdf_att('case_of_the_week.pdf', make_pdf('Teaching case', [('h1', L(lang, 'Teaching case', 'Cas clinique')),
                                                                               ('p', L(lang, case[0], case[1]) % age),
                                                                               ('small', L(lang, 'Anonymised for teaching. Case ID TC-2025-%s' % G.digits(3),
                                                                                           'Anonymisé pour l’enseignement. Cas TC-2025-%s' % G.digits(3)))])))
    return item(G, lang, frm, [DL_LISTS['residents']], L(lang, 'Case of the week', 'Cas de la semaine'), text, atts=atts), 'anonymised teaching case'


def n_job_posting(G, lang):
    hr = S('hr')
    post = G.pick([('Clinical Research Coordinator - Cardiovascular Research Unit', 'Coordonnateur(trice) de recherche clinique – Unité cardiovasculaire'),
                   ('Nurse Navigator - Lung Cancer Program', 'Infirmière pivot – programme de cancer du poumon'),
                   ('MRI Technologist (evening shift)', 'Technologue en IRM (soir)'),
                   ('Research Ethics Board Coordinator', 'Coordonnateur(trice) du CER')])
    num = 'RLUH-%s-%s' % (G.pick(['2025', '25']), G.digits(4))
    lines = [L(lang, 'JOB POSTING %s' % num, 'AFFICHAGE DE POSTE %s' % num), '', L(lang, *post), '',
             L(lang, 'Status: permanent full-time (35 h/week). Salary: $%d - $%d according to the collective agreement.' % (G.rng.randrange(50, 60) * 1000, G.rng.randrange(75, 95) * 1000),
               'Statut : permanent temps complet (35 h/sem.). Salaire : %d $ à %d $ selon la convention collective.' % (G.rng.randrange(50, 60) * 1000, G.rng.randrange(75, 95) * 1000)),
             L(lang, 'Requirements: bilingualism (French/English), experience in oncology or cardiology, GCP certification an asset.',
               'Exigences : bilinguisme (français/anglais), expérience en oncologie ou cardiologie, certification BPC un atout.'),
             L(lang, 'Apply by %s via the careers portal.' % G.fdate(G.future_date(G.clock, 10, 25), 'en'),
               'Postulez d’ici le %s sur le portail carrières.' % G.fdate(G.future_date(G.clock, 10, 25), 'fr')), '', G.sig(hr, lang, disclaimer=False)]
    return item(G, lang, hr, [DL_LISTS['all_staff']], L(lang, 'Job posting: %s' % post[0], 'Affichage : %s' % post[1]), '\n'.join(lines)), 'job posting'


def n_committee_notice(G, lang):
    frm = G.pick([S('pharm'), S('resdir'), S('reb')])
    com = G.pick([('Pharmacy & Therapeutics Committee', 'Comité de pharmacologie'),
                  ('Cancer Program Quality Committee', 'Comité qualité du programme de cancérologie'),
                  ('Cardiac Sciences Research Committee', 'Comité de la recherche en sciences cardiaques')])
    d = G.future_date(G.clock, 4, 20)
    agenda = L(lang, ['Formulary request: dapagliflozin for HFpEF', 'Biosimilar switch: trastuzumab and bevacizumab',
                      'Review of chemotherapy extravasation protocol', 'Budget impact of pembrolizumab q6-weekly dosing'],
               ['Demande d’ajout au formulaire : dapagliflozine pour l’ICFEP', 'Passage aux biosimilaires : trastuzumab et bévacizumab',
                'Révision du protocole d’extravasation de chimiothérapie', 'Impact budgétaire du pembrolizumab aux 6 semaines'])
    lines = [G.greet(None, lang), '', L(lang, 'The next meeting of the %s will be held on %s at 16:00, room A-1102.' % (com[0], G.dayname(d, 'en')),
                                        'La prochaine réunion du %s aura lieu le %s à 16 h, salle A-1102.' % (com[1][0].lower() + com[1][1:], G.dayname(d, 'fr'))),
             '', L(lang, 'Agenda:', 'Ordre du jour :')] + ['- ' + a for a in G.sample(agenda, 3)] + \
        ['', L(lang, 'Quorum: 7 voting members. Please confirm attendance.', 'Quorum : 7 membres votants. Merci de confirmer votre présence.'),
         '', G.sig(frm, lang)]
    return item(G, lang, frm, ['comite-%s@%s' % (G.pick(['pharmaco', 'qualite-onco', 'recherche-cardio']), H_DOM)],
                L(lang, 'Notice of meeting - %s' % com[0], 'Convocation – %s' % com[1]), '\n'.join(lines)), 'committee meeting notice'


def n_trial_recruitment(G, lang):
    crc = G.pick([S('crc1'), S('crc2')])
    proto, dz_en, dz_fr = G.pick([('HELV-301', 'HER2-low metastatic breast cancer', 'cancer du sein métastatique HER2-faible'),
                                  ('CARDIO-REACH', 'heart failure with LVEF ≤ 35%', 'insuffisance cardiaque avec FEVG ≤ 35 %'),
                                  ('NBCR-2207', 'unresectable stage III NSCLC', 'CPNPC de stade III non résécable')])
    inc = L(lang, ['Age 18 or older', 'Diagnosis of %s' % dz_en, 'ECOG 0-1', 'Adequate organ function (creatinine clearance ≥ 45 mL/min)'],
            ['18 ans et plus', 'Diagnostic de %s' % dz_fr, 'ECOG 0-1', 'Fonction organique adéquate (clairance de la créatinine ≥ 45 mL/min)'])
    exc = L(lang, ['Untreated brain metastases', 'Prior anti-PD-1 therapy', 'Pregnancy'],
            ['Métastases cérébrales non traitées', 'Traitement anti-PD-1 antérieur', 'Grossesse'])
    lines = [G.greet(None, lang), '', L(lang, 'We are now recruiting for %s (%s). Please think of your patients!' % (proto, dz_en),
                                        'Le recrutement est ouvert pour %s (%s). Pensez à vos patients !' % (proto, dz_fr)), '',
             L(lang, 'Main inclusion criteria:', 'Principaux critères d’inclusion :')] + ['- ' + x for x in inc] + \
        ['', L(lang, 'Main exclusion criteria:', 'Principaux critères d’exclusion :')] + ['- ' + x for x in exc] + \
        ['', L(lang, 'To refer, page the research coordinator at 514-555-0277 or e-mail %s - no patient identifiers by e-mail please; '
                     'we will call you.' % crc.email,
               'Pour référer, téléavertir la coordonnatrice au 514-555-0277 ou écrire à %s – pas d’identifiants de patients par '
               'courriel svp; nous vous rappellerons.' % crc.email), '', G.sig(crc, lang)]
    text = '\n'.join(lines)
    return item(G, lang, crc, [DL_LISTS['onc_all'] if 'CARDIO' not in proto else DL_LISTS['cardio_all']],
                L(lang, 'Now recruiting: %s' % proto, 'Recrutement ouvert : %s' % proto), text), 'trial recruitment call'


def n_protocol_amendment(G, lang):
    cra = S('cra')
    proto = G.pick(['HELV-301', 'HELV-118', 'NBCR-2207'])
    amd = G.rng.randrange(2, 6)
    lines = [G.greet(None, lang), '', L(lang, 'Protocol amendment %d for %s has been released. Key changes:' % (amd, proto),
                                        'La modification %d du protocole %s est publiée. Principaux changements :' % (amd, proto)),
             L(lang, '- Dose of HLV-221 reduced from 6.4 to 5.4 mg/kg for new participants after review of interstitial lung disease events',
               '- Dose de HLV-221 réduite de 6,4 à 5,4 mg/kg pour les nouveaux participants après revue des pneumopathies interstitielles'),
             L(lang, '- Added ECHO/MUGA at cycle 4 (LVEF monitoring)', '- Ajout d’une ÉCHO/MUGA au cycle 4 (surveillance de la FEVG)'),
             L(lang, '- Visit window extended to ±3 days', '- Fenêtre de visite élargie à ±3 jours'),
             L(lang, '- Updated ICF (v5.0) - re-consent required at next visit', '- FIC mis à jour (v5.0) – reconsentement à la prochaine visite'),
             '', L(lang, 'Please submit to your REB; activation once approval is filed in the eTMF. Site training slides attached to the portal.',
                   'Merci de soumettre à votre CER; activation une fois l’approbation déposée dans l’eTMF.'), '', G.sig(cra, lang, disclaimer=True)]
    return item(G, lang, cra, [DL_LISTS['trials_unit']], L(lang, '%s - Protocol Amendment %d released' % (proto, amd), '%s – modification %d publiée' % (proto, amd)),
                '\n'.join(lines), msgid_dom=cra.dom), 'protocol amendment from CRO'


def n_drug_shortage(G, lang):
    ph = S('pharm')
    drug = G.pick([('carboplatin 10 mg/mL', 'carboplatine 10 mg/mL', 'cisplatin where appropriate'),
                   ('furosemide injection 10 mg/mL', 'furosémide injectable 10 mg/mL', 'bumetanide IV'),
                   ('dexamethasone 4 mg tablets', 'dexaméthasone 4 mg co.', 'prednisone equivalents'),
                   ('heparin 5000 units/mL', 'héparine 5000 unités/mL', 'enoxaparin')])
    lines = [L(lang, 'DRUG SHORTAGE BULLETIN #%d-2025' % G.rng.randrange(3, 30), 'BULLETIN DE PÉNURIE no %d-2025' % G.rng.randrange(3, 30)), '',
             L(lang, 'Product: %s - supply interrupted until approx. %s.' % (drug[0], G.fdate(G.future_date(G.clock, 20, 60), 'en')),
               'Produit : %s – approvisionnement interrompu jusqu’au %s environ.' % (drug[1], G.fdate(G.future_date(G.clock, 20, 60), 'fr'))),
             L(lang, 'Current stock: ~%d days. Recommended alternative: %s (see table in the P&T memo).' % (G.rng.randrange(5, 20), drug[2]),
               'Stock actuel : ~%d jours. Solution de rechange : %s (voir tableau du comité).' % (G.rng.randrange(5, 20), drug[2])),
             L(lang, 'Prescribers: please do not stockpile on the units. Questions: pharmacy ext. 4560.',
               'Prescripteurs : ne pas constituer de réserves sur les unités. Questions : pharmacie poste 4560.'), '', G.sig(ph, lang, disclaimer=False)]
    return item(G, lang, ph, [DL_LISTS['all_staff']], L(lang, 'Drug shortage - %s' % drug[0], 'Pénurie – %s' % drug[1]), '\n'.join(lines)), 'drug shortage bulletin'


def n_referral_guide(G, lang):
    frm = G.pick([S('secr'), S('pivot'), S('resdir')])
    rows = [[L(lang, 'Clinic', 'Clinique'), L(lang, 'Physicians', 'Médecins'), L(lang, 'Conditions', 'Pathologies'), L(lang, 'Fax', 'Télécopieur')],
            [L(lang, 'Heart failure', 'Insuffisance cardiaque'), 'Dr. K. Mensah, Dr. E. Nakashima', L(lang, 'HFrEF, cardio-oncology, amyloidosis', 'ICFEr, cardio-oncologie, amylose'), '514-555-0139'],
            [L(lang, 'Structural heart', 'Cardiopathie structurale'), 'Dr. M.-A. Bérubé', L(lang, 'aortic stenosis (TAVI), mitral regurgitation', 'sténose aortique (TAVI), insuffisance mitrale'), '514-555-0138'],
            [L(lang, 'Thoracic oncology', 'Oncologie thoracique'), "Dr. M.-L. Zhao, Dr. P. O'Rourke, Dr. L. Hamelin", L(lang, 'lung cancer, mesothelioma, thymoma', 'cancer du poumon, mésothéliome, thymome'), '514-555-0131'],
            [L(lang, 'Malignant hematology', 'Hématologie maligne'), 'Dr. H. Dufresne', L(lang, 'lymphoma, myeloma', 'lymphome, myélome'), '514-555-0135'],
            [L(lang, 'Gyn oncology', 'Gynéco-oncologie'), 'Dr. B. Ferreira', L(lang, 'ovarian, endometrial, cervical cancer', 'cancers de l’ovaire, de l’endomètre, du col'), '514-555-0136']]
    intro = L(lang, 'Updated referral guide for community physicians in Montreal and eastern Ontario. Referrals from Ontario require the '
                    'OHIP referral form (blank copy on our website) and the most recent imaging on CD or via the regional image exchange.',
              'Guide de référence mis à jour pour les médecins de Montréal et de l’est ontarien. Les références de l’Ontario exigent le '
              'formulaire de référence OHIP (vierge sur notre site) et l’imagerie la plus récente sur CD ou par l’échange régional.')
    html = '<html><body style="font-family:Calibri"><p>%s</p>\n%s\n<p>%s</p></body></html>\n' % (_esc(intro), html_table(rows),
                                                                                                   _esc(G.sig(frm, lang)).replace('<br/>', '<br>'))
    text = intro + '\n\n' + text_table(rows) + '\n\n' + G.sig(frm, lang)
    return item(G, lang, frm, [G.pick([EXT_STAFF['fp_gmf'].addr(), EXT_STAFF['im_cornwall'].addr(), 'medecins-referents@' + H_DOM])],
                L(lang, 'RLUH referral guide - 2025 update', 'Guide de référence HURL – mise à jour 2025'), text, html=html,
                mode=G.pick(['html', 'alt'])), 'referral guide: physicians with conditions they treat'


def n_clinic_hours(G, lang):
    frm = G.pick([S('secr'), S('clerk'), S('comms')])
    hol = G.pick([('Good Friday', 'Vendredi saint', dt.date(2025, 4, 18)), ('Easter Monday', 'Lundi de Pâques', dt.date(2025, 4, 21)),
                  ('National Patriots\' Day', 'Journée nationale des patriotes', dt.date(2025, 5, 19))])
    lines = [G.greet(None, lang), '', L(lang, 'Clinic hours for %s (%s):' % (hol[0], G.fdate(hol[2], 'en')),
                                        'Horaire des cliniques pour le %s (%s) :' % (hol[1], G.fdate(hol[2], 'fr'))),
             L(lang, '- Oncology day hospital: open 8:00-16:00 (chemotherapy only)', '- Hôpital de jour d’oncologie : ouvert 8 h-16 h (chimiothérapie seulement)'),
             L(lang, '- Radiation oncology: treatments as usual; no new consultations', '- Radio-oncologie : traitements habituels; pas de nouvelles consultations'),
             L(lang, '- Cardiology and echo lab: closed; urgent echo via on-call fellow', '- Cardiologie et écho : fermées; écho urgente via le résident de garde'),
             L(lang, '- Imaging bookings (514-555-0102): closed', '- Rendez-vous d’imagerie (514-555-0102) : fermé'), '',
             L(lang, 'Main entrance: %s. Parking P2 free that day.' % H_ADDR_EN, 'Entrée principale : %s. Stationnement P2 gratuit ce jour-là.' % H_ADDR_FR),
             '', G.sig(frm, lang)]
    return item(G, lang, frm, [DL_LISTS['all_staff']], L(lang, 'Holiday clinic hours - %s' % hol[0], 'Horaire férié – %s' % hol[1]), '\n'.join(lines)), 'holiday clinic hours'


def n_quality_indicators(G, lang):
    frm = G.pick([S('resdir'), S('tbcoord'), S('cardio1')])
    months = ['2024-10', '2024-11', '2024-12', '2025-01']
    rows = [[L(lang, 'Indicator', 'Indicateur')] + months,
            [L(lang, 'Median wait referral→consult, lung (days)', 'Délai médian référence→consultation, poumon (jours)')] + [G.rng.randrange(9, 28) for _ in months],
            [L(lang, '% chemo started within 14 days', '% chimio débutée en ≤ 14 jours')] + ['%d%%' % G.rng.randrange(70, 96) for _ in months],
            [L(lang, 'TAVI volume', 'Volume TAVI')] + [G.rng.randrange(12, 30) for _ in months],
            [L(lang, '30-day readmissions HF (%)', 'Réadmissions IC 30 jours (%)')] + ['%.1f' % G.rng.uniform(12, 24) for _ in months],
            [L(lang, 'MRI wait P3 (days, 90th pct)', 'Attente IRM P3 (jours, 90e cent.)')] + [G.rng.randrange(40, 120) for _ in months]]
    att = xlsx_att('indicateurs_qualite_T4.xlsx', make_xlsx([('KPI', rows)])) if G.chance(0.5) else csv_att('kpi_dashboard.csv', make_csv(rows, ';'), charset='windows-1252' if G.chance(0.5) else 'utf-8')
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'Quarterly quality dashboard attached (aggregate data, no patient-level information).',
                                                 'Tableau de bord qualité trimestriel ci-joint (données agrégées, aucune donnée nominative).'),
                      '', G.sig(frm, lang)])
    return item(G, lang, frm, [DL_LISTS['onc_all'], DL_LISTS['cardio_all']], L(lang, 'Quality dashboard Q4', 'Tableau de bord qualité T4'), text, atts=[att]), 'aggregate quality indicators'


def n_grand_rounds(G, lang):
    org = G.pick([S('resdir'), S('comms'), S('cardio1')])
    topic, speaker = G.pick(SEMINARS)
    d = G.future_date(G.clock, 3, 25)
    start = dt.datetime.combine(d, dt.time(8, 0))
    desc = L(lang, 'Medical Grand Rounds. %s - %s. Accredited for 1 Section 1 credit. Teams link available.' % (topic, speaker),
             'Grandes conférences médicales. %s – %s. Accrédité pour 1 crédit de section 1. Lien Teams disponible.' % (topic, speaker))
    ics = make_ics('gr-%s@%s' % (G.digits(8), H_DOM), start, start + dt.timedelta(hours=1), L(lang, 'Grand Rounds: ', 'Grandes conférences : ') + topic,
                   desc, L(lang, 'Amphitheatre A / Teams', 'Amphithéâtre A / Teams'), (org.name('en', False), org.email), [('All staff', DL_LISTS['all_staff'])])
    text = '\n'.join([desc, '', G.sig(org, lang, disclaimer=False)])
    return item(G, lang, org, [DL_LISTS['all_staff']], L(lang, 'Grand Rounds - %s' % topic, 'Grandes conférences – %s' % topic), text,
                atts=[ics_att('grandrounds.ics', ics)], mode=G.pick(['alt', 'plain'])), 'grand rounds invitation'


def n_facilities(G, lang):
    frm = G.pick(['installations@' + H_DOM, 'facilities@' + H_DOM])
    what = G.pick([('Elevators 7 and 8 (Pavilion B) will be out of service for modernisation from %s. Patients going to the cardiology '
                    'clinic (7B) should use elevators 3-4.', 'Les ascenseurs 7 et 8 (pavillon B) seront hors service pour modernisation à partir du %s. '
                    'Les patients de la clinique de cardiologie (7B) doivent utiliser les ascenseurs 3-4.'),
                   ('Parking P1 will be closed on %s for resurfacing. Staff permits are valid at P3 that day.',
                    'Le stationnement P1 sera fermé le %s pour resurfaçage. Les vignettes du personnel sont valides au P3.'),
                   ('Water will be shut off in the C-wing (radiation oncology) on %s from 22:00 to 04:00 for valve replacement.',
                    'L’eau sera coupée dans l’aile C (radio-oncologie) le %s de 22 h à 4 h pour remplacement de vannes.')])
    d = G.future_date(G.clock, 3, 20)
    wo = 'WO-%s' % G.digits(6)
    text = '\n'.join([G.greet(None, lang), '', L(lang, what[0], what[1]) % G.fdate(d, lang), L(lang, 'Work order %s.' % wo, 'Bon de travail %s.' % wo),
                      '', L(lang, 'Facilities Management - ext. 4190', 'Service des installations – poste 4190')])
    return item(G, lang, frm, [DL_LISTS['all_staff']], L(lang, 'Facilities notice', 'Avis des installations'), text, mode=G.pick(['plain', 'alt'])), 'facilities notice'


def n_asset_inventory(G, lang):
    bio = S('biomed')
    rows = [[L(lang, 'Asset #', 'No d’actif'), L(lang, 'Device', 'Appareil'), L(lang, 'Model', 'Modèle'), 'S/N', L(lang, 'Location', 'Emplacement'),
             L(lang, 'Last PM', 'Dernier EP'), L(lang, 'Part ref.', 'Réf. pièce')]]
    devs = [('Infusion pump', 'Pompe volumétrique', 'VP-900'), ('ECG cart', 'Électrocardiographe', 'ECG-12x'),
            ('Echo scanner', 'Échographe', 'EchoPro 7'), ('Defibrillator', 'Défibrillateur', 'DF-3'),
            ('Syringe pump', 'Pousse-seringue', 'SP-22'), ('Vital signs monitor', 'Moniteur signes vitaux', 'VSM-40')]
    for _ in range(G.rng.randrange(8, 15)):
        dv = G.pick(devs)
        a = luhn_number(G.rng, 10)
        sn = luhn_number(G.rng, 9, first=G.pick([1, 2, 3, 4, 5, 6, 7]))
        part = '%s%s%s' % (G.pick(['PUMP', 'BATT', 'CABL', 'PROB', 'FILT']), G.pick(['%02d' % G.rng.randrange(1, 13), '%02d' % G.rng.randrange(51, 63)]),
                           G.digits(6))
        rows.append(['%s-%s-%s' % (a[:4], a[4:7], a[7:]), L(lang, dv[0], dv[1]), dv[2], sn, G.pick(['7E', '5W', 'CCU', 'Day hosp.', 'ED', 'Echo lab']),
                     (G.clock.date() - dt.timedelta(days=G.rng.randrange(20, 400))).isoformat(), part])
    xl = make_xlsx([(L(lang, 'Inventory', 'Inventaire'), rows)])
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'Inventory extract for the accreditation visit attached. Devices overdue for PM are highlighted in the CMMS.',
                                                 'Extrait d’inventaire pour la visite d’agrément ci-joint. Les appareils en retard d’EP sont identifiés dans la GMAO.'),
                      '', G.sig(bio, lang)])
    return item(G, lang, bio, [S('purch'), 'genie-biomedical@' + H_DOM], L(lang, 'Equipment inventory extract', 'Extrait d’inventaire des équipements'),
                text, atts=[xlsx_att('inventaire_GMAO_%s.xlsx' % G.clock.strftime('%Y%m%d'), xl)]), 'equipment inventory with asset/serial numbers'


def n_purchase_order(G, lang):
    purch = S('purch')
    v = G.pick([EXT_STAFF['vendor_lumascan'], EXT_STAFF['vendor_corvex'], EXT_STAFF['vendor_medsupply']])
    po = '45%s' % G.digits(8)
    rows = [['Line', 'Item', 'Qty', 'Unit price', 'Cost centre']]
    for i, (it_, pr) in enumerate(G.sample([('MRI coil 16-ch knee (refurb.)', 18400), ('ICE catheter 8F', 2150), ('Echo probe TEE adult', 24900),
                                             ('Pressure transducer kit (box 20)', 780), ('Service contract extension 12 months', 36500)], 3), 1):
        rows.append([i, it_, G.rng.randrange(1, 6), '%.2f' % pr, '71%s' % G.digits(4)])
    pdf = make_pdf('PO ' + po, [('h1', 'PURCHASE ORDER %s' % po), ('kv', [('Vendor', v.org_en), ('Vendor #', 'V%s' % G.digits(6)),
                                                                           ('Ship to', H_ADDR_EN + ' - Receiving dock 2'),
                                                                           ('Buyer', purch.name('en', False))]), ('table', rows)])
    text = '\n'.join([G.greet(v, lang), '', L(lang, 'Please find PO %s attached. Quote the PO number on all invoices and packing slips.' % po,
                                              'Veuillez trouver ci-joint le BC %s. Indiquez ce numéro sur toutes les factures et bordereaux.' % po),
                      '', G.closing(lang), G.sig(purch, lang)])
    return item(G, lang, purch, [v], L(lang, 'PO %s' % po, 'Bon de commande %s' % po), text, atts=[pdf_att('PO_%s.pdf' % po, pdf)]), 'purchase order PDF'


def n_research_aggregate(G, lang):
    frm = G.pick([S('crc2'), S('resdir'), S('crc1')])
    rows = [['age_band', 'sex', 'diagnosis', 'n', 'median_followup_months', 'events']]
    for ab in ['<50', '50-59', '60-69', '70-79', '80+']:
        for sx in ['F', 'M']:
            rows.append([ab, sx, G.pick(['HFrEF', 'AS', 'NSCLC']), G.rng.randrange(6, 80), '%.1f' % G.rng.uniform(6, 36), G.rng.randrange(0, 15)])
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'De-identified aggregate table for the abstract (cells < 5 suppressed in the final version). '
                                                 'No dates, no chart numbers.',
                                                 'Tableau agrégé dépersonnalisé pour le résumé (cellules < 5 supprimées dans la version finale). '
                                                 'Aucune date, aucun numéro de dossier.'), '', G.sig(frm, lang)])
    return item(G, lang, frm, [G.pick(['biostat@' + H_DOM, S('resdir').addr(), 'coauthors-tavi@' + H_DOM])],
                L(lang, 'Aggregate table for abstract', 'Tableau agrégé pour le résumé'), text,
                atts=[csv_att('aggregate_cohort.csv', make_csv(rows))]), 'de-identified aggregate research table'


def n_gcp_training(G, lang):
    frm = G.pick([S('resdir'), S('reb')])
    staff = ['Grant, Olivia', 'Lachance, Mathieu', 'Castonguay, Émilie', 'Nakamura, Yuki', 'Doyle, Karen', 'Iqbal, Farah', 'Patel, Arjun']
    rows = [[L(lang, 'Staff member', 'Employé(e)'), L(lang, 'Employee #', 'Matricule'), L(lang, 'GCP expiry', 'Échéance BPC'),
             L(lang, 'TCPS2 CORE', 'EPTC2 FER'), L(lang, 'TDG (dry ice)', 'TMD (glace sèche)')]]
    for s in G.sample(staff, 5):
        rows.append([s, G.digits(6), G.future_date(G.clock, -60, 200).isoformat(), G.pick(['yes', 'oui', 'expired', 'expirée']), G.pick(['2024-06-11', 'n/a', '2023-11-02'])])
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'Training compliance for the research unit (staff). Please renew anything expiring before the sponsor audit.',
                                                 'Conformité des formations de l’unité de recherche (personnel). Merci de renouveler ce qui expire avant l’audit.'),
                      '', text_table(rows), '', G.sig(frm, lang)])
    return item(G, lang, frm, [DL_LISTS['trials_unit']], L(lang, 'GCP training compliance', 'Conformité formation BPC'), text,
                mode=G.pick(['plain', 'alt'])), 'staff training compliance list'


def n_referral_form_blank(G, lang):
    frm = G.pick([S('secr'), S('pivot'), S('clerk')])
    blocks = [('h1', L(lang, 'Referral to RLUH Cancer Centre', 'Référence au Centre de cancérologie du HURL')),
              ('p', L(lang, 'Fax to 514-555-0131 or send via the Ontario eReferral hub. Incomplete referrals will be returned.',
                      'Télécopier au 514-555-0131 ou transmettre par le guichet de référence électronique. Les références incomplètes seront retournées.')),
              ('kv', [(L(lang, 'Patient name', 'Nom du patient'), ''), (L(lang, 'Date of birth (YYYY-MM-DD)', 'Date de naissance (AAAA-MM-JJ)'), ''),
                      (L(lang, 'RAMQ / OHIP number', 'NAM / no OHIP'), ''), (L(lang, 'Address / phone', 'Adresse / téléphone'), ''),
                      (L(lang, 'Suspected or confirmed diagnosis', 'Diagnostic soupçonné ou confirmé'), ''),
                      (L(lang, 'Pathology attached (Y/N)', 'Patho jointe (O/N)'), ''), (L(lang, 'Referring physician / billing #', 'Médecin référent / no de facturation'), '')]),
              ('small', 'Form RLUH-ONC-REF-03 rev. 2025-01')]
    pdf = make_pdf('Referral form', blocks)
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'As requested, here is our blank referral form (rev. January 2025). Referrals from eastern Ontario '
                                                 'should also include the OHIP number and the most recent imaging report.',
                                                 'Tel que demandé, voici notre formulaire de référence vierge (rév. janvier 2025). Les références de l’est ontarien '
                                                 'doivent aussi inclure le numéro OHIP et le plus récent rapport d’imagerie.'),
                      '', G.closing(lang), G.sig(frm, lang)])
    to = G.pick([EXT_STAFF['im_cornwall'].addr(), EXT_STAFF['prch_np'].addr(), EXT_STAFF['fp_gmf'].addr()])
    return item(G, lang, frm, [to], L(lang, 'Blank referral form', 'Formulaire de référence vierge'), text,
                atts=[pdf_att('RLUH-ONC-REF-03_blank.pdf', pdf)]), 'blank referral form'


def n_abstract_submission(G, lang):
    soc = G.pick([EXT_STAFF['society'], 'abstracts@%s' % ORGS['societe_cardio']['dom']])
    to = G.pick([S('cardfellow'), S('crc2'), S('medonc')])
    aid = 'ABS-2025-%s' % G.digits(4)
    title = G.pick(['Outcomes of TAVI in nonagenarians: a single-centre cohort of 212 patients',
                    'Real-world durvalumab consolidation in stage III NSCLC across Quebec and eastern Ontario',
                    'Cardiotoxicity surveillance adherence in HER2-positive breast cancer'])
    lines = [G.greet(to, lang), '', L(lang, 'Thank you for your submission %s: "%s".' % (aid, title),
                                      'Merci pour votre soumission %s : « %s ».' % (aid, title)),
             L(lang, 'Results (as submitted): median age 78 (IQR 71-84); 30-day mortality 2.4%; no patient identifiers may appear in posters.',
               'Résultats (tels que soumis) : âge médian 78 ans (EIQ 71-84); mortalité à 30 jours 2,4 %; aucun identifiant de patient sur les affiches.'),
             L(lang, 'Decisions will be sent by %s.' % G.fdate(G.future_date(G.clock, 20, 50), 'en'),
               'Les décisions seront envoyées d’ici le %s.' % G.fdate(G.future_date(G.clock, 20, 50), 'fr')), '',
             L(lang, 'Scientific Programme Committee', 'Comité scientifique')]
    frm = soc.addr() if isinstance(soc, Staff) else soc
    return item(G, lang, frm, [to], L(lang, 'Submission received - %s' % aid, 'Soumission reçue – %s' % aid), '\n'.join(lines),
                msgid_dom=frm.split('@')[-1].rstrip('>')), 'abstract submission confirmation'


def n_retirement_party(G, lang):
    frm = G.pick([S('secr'), S('comms'), S('gallant')])
    who = G.pick(['Dr. Samuel Friedman', 'Rachel Whitfield', 'Linda Vachon', 'Dr. Laurence Hamelin'])
    yrs = G.rng.randrange(18, 38)
    d = G.future_date(G.clock, 7, 30)
    lines = [G.greet(None, lang), '', L(lang, 'After %d years at RLUH, %s is retiring! Join us on %s at 16:30 in the 9th-floor lounge.' % (yrs, who, G.dayname(d, 'en')),
                                        'Après %d ans au HURL, %s prend sa retraite ! Joignez-vous à nous le %s à 16 h 30 au salon du 9e.' % (yrs, who, G.dayname(d, 'fr'))),
             L(lang, 'Collection for a gift with Josiane (clinic 4D) until Friday. Cake is gluten-free this time.',
               'Collecte pour un cadeau auprès de Josiane (clinique 4D) jusqu’à vendredi. Gâteau sans gluten cette fois.'), '', frm.given]
    return item(G, lang, frm, [DL_LISTS['onc_all']], L(lang, 'Retirement party - %s' % who, 'Fête de départ – %s' % who), '\n'.join(lines),
                mode=G.pick(['plain', 'html', 'alt'])), 'staff social event'


def n_vendor_webinar(G, lang):
    v = EXT_STAFF['vendor_lumascan']
    title = L(lang, 'Webinar: AI-assisted lung nodule detection - reduce reading time by 30%',
              'Webinaire : détection des nodules pulmonaires assistée par IA – réduisez le temps de lecture de 30 %')
    body = L(lang, ['Join LumaScan and guest radiologists for a live demo of NoduleSight 3.0.',
                    'Health Canada licence class II. Validated on 48,000 anonymised CT studies.',
                    'Includes integration with PACS and structured reporting (Lung-RADS).'],
             ['Joignez-vous à LumaScan et à des radiologistes invités pour une démonstration de NoduleSight 3.0.',
              'Homologation de classe II de Santé Canada. Validé sur 48 000 examens TDM anonymisés.',
              'Intégration au PACS et compte rendu structuré (Lung-RADS).'])
    html = ('<html><body style="font-family:Helvetica,Arial;background:#eef3f8">\n<div style="max-width:600px;margin:auto;background:#fff;padding:20px">'
            '<h2 style="color:#0a5">%s</h2>\n%s\n<p><a href="https://events.lumascan.example/register?utm_source=email">%s</a></p>\n'
            '<p style="font-size:8pt;color:#999">LumaScan Imaging Systems, 1-877-555-0114. %s</p></div></body></html>\n') % (
        _esc(title), '\n'.join('<p>%s</p>' % _esc(x) for x in body), _esc(L(lang, 'Register now', 'Inscrivez-vous')),
        _esc(L(lang, 'Unsubscribe / manage preferences', 'Se désabonner / gérer mes préférences')))
    return item(G, lang, 'LumaScan Events <events@lumascan.example>', [S('rad1'), S('rad2')] if G.chance(0.5) else [DL_LISTS['imaging']],
                title, '\n\n'.join(body), html=html, mode='html', msgid_dom='lumascan.example'), 'vendor marketing webinar'


def n_lab_reference(G, lang):
    lab = S('lab')
    d = G.future_date(G.clock, 5, 20)
    lines = [L(lang, 'LABORATORY MEMO - change in reference intervals and critical values effective %s' % G.fdate(d, 'en'),
               'NOTE DE SERVICE DU LABORATOIRE – changements des intervalles de référence et valeurs critiques à compter du %s' % G.fdate(d, 'fr')), '',
             L(lang, '- hs-troponin T: 99th percentile 14 ng/L (sex-specific cut-offs withdrawn)', '- Troponine T hs : 99e centile 14 ng/L (seuils selon le sexe retirés)'),
             L(lang, '- Potassium critical high: 6.0 mmol/L (was 6.5)', '- Potassium critique haut : 6,0 mmol/L (auparavant 6,5)'),
             L(lang, '- NT-proBNP: age-adjusted cut-offs 450/900/1800 ng/L', '- NT-proBNP : seuils selon l’âge 450/900/1800 ng/L'),
             L(lang, '- eGFR now reported with CKD-EPI 2021 (race-free)', '- DFGe maintenant calculé avec CKD-EPI 2021'), '',
             L(lang, 'Questions: clinical biochemistry, ext. 4520.', 'Questions : biochimie clinique, poste 4520.'), '', G.sig(lab, lang, disclaimer=False)]
    return item(G, lang, lab, [DL_LISTS['all_staff']], L(lang, 'Lab memo - reference interval changes', 'Note labo – changement des intervalles'),
                '\n'.join(lines)), 'lab reference interval memo'


def n_reply_chain_admin(G, lang):
    a = G.pick([S('medonc'), S('cardio1'), S('radonc'), S('thor')])
    b = G.pick([S('tbcoord'), S('secr'), S('resdir')])
    when0 = G.clock - dt.timedelta(hours=G.rng.randrange(3, 30))
    n_cases = G.rng.randrange(6, 14)
    if lang == 'fr':
        osubj = 'Comité des tumeurs – changement de salle'
        orig = '\n'.join(['Bonjour,', '', 'Comme nous avons %d cas cette semaine (dont 3 nouveaux diagnostics de cancer du poumon), '
                          'je propose de déplacer le comité à l’amphithéâtre B et de commencer à 7 h 15.' % n_cases,
                          'La Dre Charest sera absente; le Dr Sandhu couvrira la radiologie.', '', b.given])
        top = G.pick(['Parfait pour moi. Pouvez-vous aviser l’équipe de Cornwall pour le lien Teams ?', 'D’accord, merci.',
                      'Je ne pourrai être là qu’à 7 h 45, mettez mes cas à la fin svp.'])
    else:
        osubj = 'Tumour board - room change'
        orig = '\n'.join(['Hi all,', '', 'Since we have %d cases this week (including 3 new lung cancer diagnoses), I suggest we move to '
                          'amphitheatre B and start at 07:15.' % n_cases, 'Dr. Charest is away; Dr. Sandhu will cover radiology.', '', b.given])
        top = G.pick(['Works for me. Can you let the Cornwall team know about the Teams link?', 'Fine, thanks.',
                      'I can only join at 07:45, please put my cases at the end.'])
    text = top + '\n\n' + a.given + '\n\n' + quote_reply(G, lang, b.addr(), when0, orig, orig_subject=osubj, orig_to=DL_LISTS['tb_lung'])
    return item(G, lang, a, [b], L(lang, 'RE: ', 'RE : ') + osubj, text, cc=[DL_LISTS['tb_lung']], in_reply_to=G.msgid(when0)), 'reply chain about meeting logistics'


def n_reb_renewal_reminder(G, lang):
    reb = S('reb')
    rows = [[L(lang, 'Project', 'Projet'), L(lang, 'PI', 'Chercheur'), L(lang, 'Expires', 'Échéance')]]
    for num, title, pi in G.sample(REB_STUDIES, 4):
        rows.append([num % G.digits(4), pi, G.future_date(G.clock, 10, 60).isoformat()])
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'The following approvals expire within 60 days. Submit form F-9 (annual renewal) in the portal; '
                                                 'recruitment must stop if approval lapses.',
                                                 'Les approbations suivantes expirent d’ici 60 jours. Soumettez le formulaire F-9 (renouvellement annuel) dans le portail; '
                                                 'le recrutement doit cesser si l’approbation échoit.'), '', text_table(rows), '', G.sig(reb, lang)])
    return item(G, lang, reb, [DL_LISTS['research_all']], L(lang, 'REB renewals due', 'Renouvellements CER à venir'), text), 'REB renewal reminder'


def n_sop_update(G, lang):
    frm = G.pick([S('resdir'), S('crc1'), S('reb')])
    sop = 'SOP-CT-%03d' % G.rng.randrange(100, 140)
    lines = [G.greet(None, lang), '', L(lang, '%s (SAE reporting) version 6 is effective next Monday. Main changes:' % sop,
                                        'La %s (déclaration des EIG) version 6 entre en vigueur lundi prochain. Principaux changements :' % sop),
             L(lang, '- Use the participant study ID only (format SSSS-NNN). Never include names, chart numbers or dates of birth in sponsor e-mails.',
               '- Utiliser uniquement le code d’étude du participant (format SSSS-NNN). Jamais de nom, numéro de dossier ou date de naissance dans les courriels au promoteur.'),
             L(lang, '- Initial reports within 24 h via the sponsor portal; follow-ups within 7 days.',
               '- Rapport initial en 24 h via le portail du promoteur; suivis en 7 jours.'),
             L(lang, '- Grade per CTCAE v5.0.', '- Gradation selon CTCAE v5.0.'), '',
             L(lang, 'Read-and-sign in the training module by end of month.', 'Lecture et signature dans le module de formation d’ici la fin du mois.'), '', G.sig(frm, lang)]
    return item(G, lang, frm, [DL_LISTS['trials_unit']], L(lang, '%s v6 - SAE reporting' % sop, '%s v6 – déclaration des EIG' % sop), '\n'.join(lines)), 'SOP update'


def n_newsletter_forward(G, lang):
    a = G.pick([S('cardio1'), S('medonc'), S('pivot')])
    b = G.pick([S('cardfellow'), S('onconurse'), S('crc1')])
    when0 = G.clock - dt.timedelta(days=G.rng.randrange(1, 5))
    osubj = L(lang, 'ECOS news - new guideline on cancer-associated thrombosis', 'Nouvelles SQCC – nouvelle ligne directrice sur la FA')
    orig = L(lang, 'ECOS NEWS\n\nThe 2025 guideline on cancer-associated thrombosis recommends apixaban or rivaroxaban as first-line for most patients, '
                   'with LMWH preferred in luminal GI cancers. Drug interactions with CYP3A4 inhibitors should be reviewed.\n\n'
                   'Webinar: March 12, 12:00 ET.',
             'NOUVELLES SQCC\n\nLa ligne directrice 2025 sur la fibrillation auriculaire recommande l’anticoagulation orale directe dès un score '
             'CHA2DS2-VA ≥ 2. L’ablation précoce est discutée chez les jeunes patients symptomatiques.\n\nWebinaire : 12 mars, 12 h.')
    text = '\n'.join([G.greet(b, lang), '', L(lang, 'Worth a read before our journal club. Could you summarise it for Thursday?',
                                              'À lire avant le club de lecture. Peux-tu en faire un résumé pour jeudi ?'), '', a.given, '',
                      forward_block(G, lang, 'ECOS <news@ecos-onco.example>' if lang == 'en' else 'SQCC <nouvelles@sqcc.example>', when0, a.addr(), osubj, orig)])
    return item(G, lang, a, [b], L(lang, 'Fwd: ', 'TR : ') + osubj, text), 'forwarded society newsletter'


def n_room_booking(G, lang):
    frm = G.pick([S('secr'), S('tbcoord'), S('crc2')])
    d = G.future_date(G.clock, 2, 15)
    room = G.pick(['R-204', 'B-3120', 'A-1102', 'R-310'])
    bk = 'BK%s' % G.digits(6)
    text = '\n'.join([L(lang, 'Your booking is confirmed.', 'Votre réservation est confirmée.'), '',
                      L(lang, 'Room: %s (capacity 24, videoconference)' % room, 'Salle : %s (capacité 24, visioconférence)' % room),
                      L(lang, 'Date: %s, 12:00-13:30' % G.dayname(d, 'en'), 'Date : %s, 12 h à 13 h 30' % G.dayname(d, 'fr')),
                      L(lang, 'Purpose: Cardio-oncology research meeting', 'Objet : réunion de recherche en cardio-oncologie'),
                      L(lang, 'Booking #: %s' % bk, 'No de réservation : %s' % bk), '',
                      L(lang, 'Room Booking System - do not reply', 'Système de réservation de salles – ne pas répondre')])
    return item(G, lang, 'Room Booking <noreply-salles@%s>' % H_DOM, [frm], L(lang, 'Booking confirmed %s' % bk, 'Réservation confirmée %s' % bk),
                text, mode=G.pick(['plain', 'html'])), 'room booking confirmation'


def n_staff_contact_vcard(G, lang):
    frm = G.pick([S('secr'), S('pivot')])
    s = G.pick([S('cardio1'), S('medonc'), S('sw'), S('crc1')])
    vc = make_vcard(s.given, s.surname, tel='%s x%s' % (H_MAIN, s.ext), email_addr=s.email, org=H_EN, title=s.role_en)
    vc = vc.replace('TEL;TYPE=HOME,VOICE', 'TEL;TYPE=WORK,VOICE').replace('EMAIL;TYPE=HOME', 'EMAIL;TYPE=WORK')
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'Contact card for %s attached, as requested by the Cornwall team.' % s.name('en'),
                                                 'Voici la fiche de %s, tel que demandé par l’équipe de Cornwall.' % s.name('fr')), '', G.sig(frm, lang)])
    return item(G, lang, frm, [EXT_STAFF['im_cornwall']], L(lang, 'Contact - %s' % s.name('en', False), 'Coordonnées – %s' % s.name('fr', False)), text,
                atts=[vcf_att('%s %s.vcf' % (s.given, s.surname), vc)]), 'staff vCard'


def n_trial_enrolment_update(G, lang):
    cra = S('cra')
    proto = G.pick(['HELV-301', 'NBCR-2207', 'HELV-118'])
    rows = [[L(lang, 'Site', 'Site'), L(lang, 'Screened', 'Sélectionnés'), L(lang, 'Randomised', 'Randomisés'), L(lang, 'Screen-fail %', '% échecs')]]
    for site in ['RLUH Montreal', 'OVRCC Ottawa', 'Cornwall Riverside', 'Site 1107 Sherbrooke', 'Site 1112 Kingston']:
        sc = G.rng.randrange(5, 60)
        rd = G.rng.randrange(1, sc)
        rows.append([site, sc, rd, '%.0f' % (100 * (sc - rd) / sc)])
    text = '\n'.join([G.greet(None, lang), '', L(lang, 'Enrolment update for %s (aggregate by site):' % proto, 'Mise à jour du recrutement pour %s (agrégé par site) :' % proto),
                      '', text_table(rows), '', L(lang, 'Target: 120 randomised by Q3. Thank you all!', 'Cible : 120 randomisés d’ici le T3. Merci à tous !'), '', G.sig(cra, lang)])
    return item(G, lang, cra, [DL_LISTS['trials_unit']], L(lang, '%s enrolment update' % proto, '%s – état du recrutement' % proto), text,
                mode=G.pick(['plain', 'alt']), msgid_dom=cra.dom), 'aggregate trial enrolment by site'


# ==========================================================================
# Plan, generation, self-check
# ==========================================================================
POS_PLAN = [  # (template, n_en, n_fr)
    (p_radiology_report, 5, 1), (p_mri_booking, 3, 0), (p_tumour_board_xlsx, 3, 1), (p_tumour_board_ics, 3, 0),
    (p_referral_to_ontario, 6, 0), (p_referral_from_ontario, 5, 0), (p_chemo_orders, 3, 1), (p_echo_results, 3, 1),
    (p_cathlab_list, 2, 2), (p_trial_screening_csv, 5, 0), (p_trial_sae, 3, 0), (p_trial_stipend_sin, 2, 1),
    (p_ethics_deviation, 2, 1), (p_critical_lab, 3, 1), (p_transport_booking, 3, 1), (p_homecare_clsc, 0, 3),
    (p_social_work, 2, 0), (p_discharge_docx, 3, 1), (p_med_rec, 2, 1), (p_quoted_reply, 3, 1), (p_forward_eml, 3, 1),
    (p_zip_archive, 2, 1), (p_vcard_patient, 2, 1), (p_filename_leak, 2, 1), (p_belgian_niss, 1, 2), (p_french_nir, 1, 2),
    (p_subject_only, 3, 1), (p_html_clinic_list, 3, 1), (p_pathology_result, 3, 1), (p_patient_email_reply, 2, 1),
    (p_insurance_form_sin, 2, 1), (p_disguised, 3, 0), (p_ics_patient_appt, 2, 1),
]
NEG_PLAN = [
    (n_research_newsletter, 4, 1), (n_grant_budget, 3, 1), (n_grant_deadline, 3, 1), (n_reb_agenda, 3, 2),
    (n_reb_approval, 3, 1), (n_blank_consent, 3, 1), (n_journal_club, 3, 1), (n_conference_programme, 3, 1),
    (n_vendor_service, 4, 1), (n_vendor_invoice, 3, 1), (n_device_recall, 3, 1), (n_it_downtime, 4, 1),
    (n_it_phishing, 3, 1), (n_oncall_roster, 3, 1), (n_staff_leave, 3, 1), (n_occ_health, 3, 1), (n_tb_stats, 3, 1),
    (n_teaching_case, 3, 1), (n_job_posting, 3, 1), (n_committee_notice, 3, 1), (n_trial_recruitment, 3, 1),
    (n_protocol_amendment, 3, 1), (n_drug_shortage, 3, 1), (n_referral_guide, 3, 1), (n_clinic_hours, 3, 1),
    (n_quality_indicators, 3, 1), (n_grand_rounds, 3, 1), (n_facilities, 3, 1), (n_asset_inventory, 3, 1),
    (n_purchase_order, 3, 1), (n_research_aggregate, 3, 1), (n_gcp_training, 3, 1), (n_referral_form_blank, 3, 1),
    (n_abstract_submission, 3, 1), (n_retirement_party, 3, 1), (n_vendor_webinar, 3, 1), (n_lab_reference, 3, 1),
    (n_reply_chain_admin, 3, 1), (n_reb_renewal_reminder, 3, 1), (n_sop_update, 3, 1), (n_newsletter_forward, 3, 1),
    (n_room_booking, 3, 1), (n_staff_contact_vcard, 3, 1), (n_trial_enrolment_update, 3, 1),
]


def build_plan(G):
    plan = []
    for kind, spec in (('pos', POS_PLAN), ('neg', NEG_PLAN)):
        for fn, ne, nf in spec:
            plan += [(kind, fn, 'en')] * ne + [(kind, fn, 'fr')] * nf
    npos = sum(1 for k, _, _ in plan if k == 'pos')
    nneg = len(plan) - npos
    assert (npos, nneg) == (N_POS, N_NEG), (npos, nneg)
    G.rng.shuffle(plan)
    return plan


def generate(seed):
    G = Ctx(seed)
    plan = build_plan(G)
    files, labels = {}, {}
    ip = ineg = 0
    for kind, fn, lang in plan:
        cat = fn.__name__[2:]
        if kind == 'pos':
            it, t, note = fn(G, lang)
            types = t.list()
            ip += 1
            rel = 'positive/p%03d_%s.eml' % (ip, cat)
        else:
            it, note = fn(G, lang)
            types = []
            ineg += 1
            rel = 'negative/n%03d_%s.eml' % (ineg, cat)
        it.setdefault('lang', lang)
        files[rel] = render(G, it)
        labels[rel] = {'confidential': kind == 'pos', 'types': types, 'lang': lang, 'note': note}
    return files, labels


def _check_leaf(part, rel):
    ct = part.get_content_type()
    payload = part.get_content()
    if ct in ('text/plain', 'text/html', 'text/csv', 'text/calendar', 'text/vcard'):
        assert isinstance(payload, str), (rel, ct)
        if ct == 'text/calendar':
            assert 'BEGIN:VCALENDAR' in payload, rel
        if ct == 'text/vcard':
            assert 'BEGIN:VCARD' in payload, rel
    elif ct == 'application/pdf':
        assert payload.startswith(b'%PDF'), rel
    elif ct in ('application/zip',) or 'openxmlformats' in ct:
        z = zipfile.ZipFile(io.BytesIO(payload))
        assert z.testzip() is None, rel
        for n in z.namelist():
            z.read(n)
    return ct


def self_check(out, labels):
    on_disk = []
    for sub in ('positive', 'negative'):
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if f.endswith('.eml'):
                on_disk.append('%s/%s' % (sub, f))
    assert sorted(on_disk) == sorted(labels), 'labels do not cover exactly the files'
    counts = {'pos': 0, 'neg': 0, 'pos_en': 0, 'pos_fr': 0, 'neg_en': 0, 'neg_fr': 0}
    ctypes = {}
    for rel in on_disk:
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['From'] and msg['Date'] and msg['Message-ID'] is not None, rel
        str(msg['Subject'])
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = _check_leaf(part, rel)
            ctypes[ct] = ctypes.get(ct, 0) + 1
        lab = labels[rel]
        assert lab['lang'] in ('en', 'fr'), rel
        if rel.startswith('positive/'):
            assert lab['confidential'] is True and len(lab['types']) >= 1, rel
            assert all(t in TYPE_ORDER for t in lab['types']), rel
            counts['pos'] += 1
            counts['pos_' + lab['lang']] += 1
        else:
            assert lab['confidential'] is False and lab['types'] == [], rel
            counts['neg'] += 1
            counts['neg_' + lab['lang']] += 1
    assert counts['pos'] == N_POS and counts['neg'] == N_NEG, counts
    return counts, ctypes


def digest(out, rels):
    h = hashlib.sha256()
    for rel in sorted(rels) + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


README_TMPL = """# corpus_heldout_45 — synthetic outbound hospital e-mail (held-out DLP test set)

## Flavour
An English-language teaching hospital in Montreal (the invented *Royal Laurentian University Hospital*,
`rluh.example`) that also serves eastern Ontario: medical imaging, medical/radiation oncology, hematology,
cardiology (cath lab, echo, heart-failure clinic), clinical trials and research ethics, tumour boards,
referrals to and from Ontario centres (Cornwall, Hawkesbury, Ottawa), CLSC home care, a few Belgian and French
patients. Negatives are the hospital's ordinary outbound mail: research newsletters, grant and REB administration,
journal clubs and grand rounds, conference programmes, vendor/equipment/purchasing mail, IT notices, staff
rosters/leave/occupational health, aggregates and anonymised teaching cases. About a quarter of the messages are
in French (Quebec usage). Every person, organisation, address and domain is invented (`*.example`, 555 numbers).

## Layout
- `generate.py` — the generator (standard library + python-stdnum + reportlab, python-docx, openpyxl).
- `positive/pNNN_<category>.eml` — {npos} confidential messages.
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages.
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "en"|"fr", "note": "..."}}}}`.

Counts: positives {npos} (en {pos_en}, fr {pos_fr}); negatives {nneg} (en {neg_en}, fr {neg_fr}).

## Definition used
A message is confidential when a reader could identify a patient (name, or an identifier: RAMQ NAM, SIN, Ontario
health number, Belgian NISS, French NIR, hospital chart number/MRN — sometimes spaced, dotted, lower-cased,
spelled out or in leetspeak) **and** learn something personal, medical or social about them, anywhere in the
message: Subject, body, quoted reply, inline forward, attachment content (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,
attached .eml) or attachment file name. A patient's home address or personal phone/e-mail with their name in a
care context (transport, home care, booking) counts.
Not confidential: staff information (rosters, leave, employee occupational health), physicians named with the
conditions they treat, speakers and topics, aggregates, newsletters, blank forms, anonymised teaching cases,
invoices/POs, serial/lot/asset/part numbers (some pass a Luhn check or look like a NAM or health number), clinic
phone numbers and addresses in signatures, IT/facilities mail, job postings, committee notices.

Finding types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth, patient_name, diagnosis,
medication, lab_result, patient_contact, social_information. NAMs come only from `../blind_nams.txt`, used with
that person's name, birth date and sex; SIN, Ontario health numbers (Luhn), NISS and NIR are generated valid and
checked with python-stdnum.

## Transports
text/plain, HTML-only and multipart/alternative bodies; multipart/mixed with attachments; charsets utf-8,
iso-8859-1 and windows-1252; quoted-printable, base64, 7bit and 8bit; CRLF and LF line endings; modern
(`EmailMessage`) and legacy (`email.mime`, RFC 2047/2231 headers) construction; replies quoting earlier
messages (`>` and Outlook style), inline forwards, attached message/rfc822, ICS invitations (METHOD:REQUEST),
vCards, CSV (comma/semicolon), XLSX, DOCX, PDF, ZIP. Content types seen: {ctypes}.

## Regenerate
    python generate.py            # default seed {seed}, writes next to generate.py
    python generate.py --seed N --out DIR

Output is byte-for-byte reproducible (fixed dates, Message-IDs, MIME boundaries, ZIP/DOCX/XLSX timestamps and
reportlab invariant mode). The generator re-parses every file with `email.policy.default`, decodes every part,
opens every ZIP-based attachment, checks that labels cover exactly the files, that every positive has at least
one type and every negative none, then prints the counts and the digest.

## Digest
sha256 over the sorted relative paths of all .eml files followed by `labels.json` (each as path, NUL, bytes,
NUL): `{digest}` (seed {seed}).
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    files, labels = generate(args.seed)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    for rel, raw in files.items():
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(raw)
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    counts, ctypes = self_check(out, labels)
    dg = digest(out, list(files))
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(README_TMPL.format(npos=counts['pos'], nneg=counts['neg'], pos_en=counts['pos_en'], pos_fr=counts['pos_fr'],
                                    neg_en=counts['neg_en'], neg_fr=counts['neg_fr'], seed=args.seed, digest=dg,
                                    ctypes=', '.join(sorted(ctypes))))
    print('positives: %d (en %d, fr %d)' % (counts['pos'], counts['pos_en'], counts['pos_fr']))
    print('negatives: %d (en %d, fr %d)' % (counts['neg'], counts['neg_en'], counts['neg_fr']))
    print('sha256: %s' % dg)
    return 0


if __name__ == '__main__':
    sys.exit(main())
