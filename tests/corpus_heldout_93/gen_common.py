"""Shared data pools, identifier generators and formatting helpers.

Everything here is invented: people, institutions, studies, *.example domains
and 555-01xx phone numbers.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 9303
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append({'surname': sur, 'given': giv, 'dob': datetime.date(y, m, d),
                        'sex': sex, 'nam': nam, 'region': 'qc', 'nam_holder': True})
    return out


# --------------------------------------------------------------------------
# Name pools (no surname of a NAM holder is reused anywhere else)
# --------------------------------------------------------------------------
QC_SURNAMES = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Beaulieu', 'Dubé', 'Hébert', 'Desjardins',
               'Vachon', 'Caouette', 'Lachance', 'Boivin', 'Marcoux', 'Lemieux', 'Drouin', 'Gingras',
               'Plante', 'Riopel', 'Paradis', 'Séguin', 'Turcotte', 'Rousseau', 'Giroux', 'Bédard',
               'Demers', 'Thériault', 'Allard', 'Lévesque', 'Beaudoin', 'Ménard', 'Champagne', 'Poulin',
               'Carrier', 'Gosselin', 'Laflamme', 'Robichaud', 'Sirois', 'Couture', 'Lacasse', 'Proulx',
               "D'Amours", 'Saint-Onge', 'Brisebois', 'Lafrenière', 'Ouimet', 'Trudel', 'Vaillancourt']
BE_SURNAMES = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens',
               'Wouters', 'Dubois', 'Lambert', 'Dupont', 'Renard', 'Lejeune', 'Collignon', 'Delvaux',
               'Dethier', 'Michaux', 'Lemaire', 'Denis', 'Hanssens', 'Vandenberghe', 'Van Damme',
               'De Smet', 'Lecomte', 'Massart', 'Gilson', 'Hennuy', 'Piron', 'Bastin', 'Jadot',
               'Rasquin', 'Wathelet', 'Dewulf', 'Van den Bossche', 'Lhoest', 'Thonon']
FR_SURNAMES = ['Lefebvre', 'Moreau', 'Duhamel', 'Leroux', 'Carpentier', 'Delattre', 'Wattiez',
               'Vasseur', 'Dufour', 'Lemoine']
EN_SURNAMES = ['Harrison', 'Patel', 'Nguyen', "O'Brien", 'Kowalski', 'Chen', 'Singh', 'Murphy',
               'Walsh', 'Fraser', 'McKenzie', 'Campbell', 'Stewart', 'Robertson', 'Douglas', 'Khan',
               'Ibrahim', 'Haddad', 'Ferreira', 'Santos', 'Okafor', 'Mensah', 'Lindqvist', 'Abbott']

GIVEN = {
    'qc': {'F': ['Jeanne', 'Réjeanne', 'Lucie', 'Francine', 'Huguette', 'Chantal', 'Mélanie', 'Annie',
                 'Noémie', 'Rosalie', 'Micheline', 'Lise', 'Carole', 'Jocelyne', 'Monique', 'Suzanne',
                 'Thérèse', 'Pierrette', 'Johanne', 'Marie-Josée', 'Line', 'Nicole'],
           'M': ['Réjean', 'Gaétan', 'Yvon', 'Normand', 'Luc', 'Mario', 'Sylvain', 'Jean-Guy', 'Raymond',
                 'Roger', 'Marcel', 'Alain', 'Denis', 'Stéphane', 'Éric', 'Simon', 'Maxime', 'Félix',
                 'Gabriel', 'Jean-François', 'Richard', 'Bruno']},
    'be': {'F': ['Marie-Claire', 'Christiane', 'Nadine', 'Martine', 'Véronique', 'Anne', 'Brigitte',
                 'Fabienne', 'Els', 'Griet', 'Josiane', 'Monique', 'Ghislaine', 'Murielle', 'Carine'],
           'M': ['Jean-Luc', 'Philippe', 'Freddy', 'Guy', 'Patrick', 'Didier', 'Willy', 'Jos', 'Dirk',
                 'Koen', 'Michel', 'Jean-Marie', 'Fernand', 'Luc', 'Eddy']},
    'fr': {'F': ['Sandrine', 'Nathalie', 'Corinne', 'Laetitia', 'Valérie'],
           'M': ['Thierry', 'Franck', 'Pascal', 'Ludovic', 'Hervé']},
    'en': {'F': ['Margaret', 'Linda', 'Patricia', 'Karen', 'Heather', 'Jennifer', 'Amanda', 'Grace',
                 'Olivia', 'Deborah', 'Shirley', 'Fatima', 'Priscilla'],
           'M': ['William', 'Kenneth', 'Gary', 'Brian', 'Daniel', 'Ryan', 'Ethan', 'Noah', 'Trevor',
                 'Graham', 'Arjun', 'Tomasz', 'Kwame']},
    'kid': {'F': ['Zoé', 'Chloé', 'Florence', 'Alice', 'Maëlle', 'Juliette'],
            'M': ['Léo', 'Mathis', 'Jacob', 'Nathan', 'Elliot', 'Arthur']},
}

# Staff: (title, given, surname, sex, role_fr, role_en, site)
STAFF = [
    ('Dre', 'Isabelle', 'Marchand', 'F', 'chercheuse principale, endocrinologie', 'Principal Investigator, Endocrinology', 'mtl'),
    ('Dr', 'Étienne', 'Laroche', 'M', 'cochercheur, cardiologie', 'Sub-Investigator, Cardiology', 'mtl'),
    ('', 'Karine', 'Bissonnette', 'F', 'coordonnatrice de recherche clinique', 'Clinical Research Coordinator', 'mtl'),
    ('', 'Marie-Ève', 'Dagenais', 'F', 'infirmière de recherche', 'Research Nurse', 'mtl'),
    ('', 'Jonathan', 'Leduc', 'M', 'assistant de recherche', 'Research Assistant', 'mtl'),
    ('', 'Valérie', 'Chartrand', 'F', 'pharmacienne, pharmacie de recherche', 'Research Pharmacist', 'mtl'),
    ('Dre', 'Nadia', 'Ferland', 'F', 'chercheuse principale, neurologie cognitive', 'Principal Investigator, Cognitive Neurology', 'mtl'),
    ('', 'Amélie', 'Rochon', 'F', 'gestionnaire des données', 'Data Manager', 'mtl'),
    ('', 'Mathieu', 'Girouard', 'M', 'adjoint administratif, Bureau de la recherche', 'Administrative Assistant, Research Office', 'mtl'),
    ('', 'Caroline', 'St-Pierre', 'F', 'agente de gestion financière', 'Finance Officer', 'mtl'),
    ('Dr', 'Samuel', 'Okoye', 'M', 'chercheur principal, rhumatologie', 'Principal Investigator, Rheumatology', 'gat'),
    ('', 'Émilie', 'Fontaine', 'F', 'coordonnatrice de recherche', 'Research Coordinator', 'gat'),
    ('', 'Anne-Marie', 'Corriveau', 'F', "conseillère en éthique, CÉR", 'Ethics Advisor, REB', 'reb'),
    ('Pr', 'Olivier', 'Dumont', 'M', 'investigateur principal, pneumologie', 'Principal Investigator, Pulmonology', 'bxl'),
    ('Dr', 'Hélène', 'Vanderlinden', 'F', 'investigatrice, hépatologie', 'Investigator, Hepatology', 'bxl'),
    ('', 'Sophie', 'Lambrechts', 'F', "coordinatrice d'études cliniques", 'Study Coordinator', 'bxl'),
    ('', 'Frédéric', 'Hallet', 'M', 'infirmier de recherche', 'Research Nurse', 'lie'),
    ('', 'Laurence', 'Vermeulen', 'F', 'data manager', 'Data Manager', 'lie'),
    ('Dr', 'Thomas', 'Delcourt', 'M', 'investigateur principal, néphrologie pédiatrique', 'Principal Investigator, Paediatric Nephrology', 'lie'),
    ('', 'Benoît', 'Charlier', 'M', 'pharmacien hospitalier, essais cliniques', 'Clinical Trials Pharmacist', 'lie'),
    ('', 'Julie', 'Marchetti', 'F', 'attachée de recherche clinique (ARC)', 'Clinical Research Associate', 'cro'),
    ('', 'Kevin', 'Ostrowski', 'M', 'moniteur principal', 'Lead CRA', 'cro'),
    ('Dr.', 'Priya', 'Raman', 'F', 'médecin de pharmacovigilance', 'Drug Safety Physician', 'spon'),
    ('', 'Rachel', 'Goldberg', 'F', 'gestionnaire de projet clinique', 'Clinical Project Manager', 'spon'),
    ('', 'Hugo', 'Verhaegen', 'M', 'contract & budget specialist', 'Contracts & Budget Specialist', 'spon'),
    ('', 'Tanya', 'Whitfield', 'F', 'technicienne, laboratoire central', 'Central Lab Project Specialist', 'lab'),
    ('Dr', 'Yannick', 'Bourgault', 'M', 'médecin de famille', 'Family Physician', 'gmf'),
    ('Dre', 'Catherine', 'Mailloux', 'F', 'interniste', 'Internist', 'mtl'),
    ('', 'Patrice', 'Quenneville', 'M', 'technicien informatique, Direction des ressources informationnelles', 'IT Technician', 'mtl'),
    ('', 'Nancy', 'Beausoleil', 'F', 'conseillère en ressources humaines', 'HR Advisor', 'mtl'),
    ('Dr', 'Jan', 'Verstraete', 'M', 'médecin généraliste', 'General Practitioner', 'gp_be'),
    ('', 'Inès', 'Benali', 'F', 'study nurse', 'Study Nurse', 'bxl'),
    ('', 'Gwendoline', 'Ruelle', 'F', 'secrétaire du comité d\'éthique', 'Ethics Committee Secretary', 'ceb'),
    ('Dr', 'Marcus', 'Henley', 'M', 'internist', 'Internist', 'ott'),
]

SITES = {
    'mtl': {'name_fr': 'Centre de recherche clinique du CHU de Montrivière', 'name_en': 'Montrivière University Hospital Clinical Research Centre',
            'short': 'CRC Montrivière', 'domain': 'crc-montriviere.example', 'addr': '4200, rue Sherbrooke Est, pavillon C, 3e étage\nMontréal (Québec)  H1X 0B7',
            'phone': '514 555-0134', 'country': 'qc', 'tz': '-0500'},
    'gat': {'name_fr': "Unité de recherche clinique, Hôpital de l'Outaouais-Sud", 'name_en': 'Clinical Research Unit, Outaouais-Sud Hospital',
            'short': 'URC Outaouais-Sud', 'domain': 'hos-outaouais.example', 'addr': '55, boulevard de la Cité-des-Jeunes\nGatineau (Québec)  J8Y 0C2',
            'phone': '819 555-0171', 'country': 'qc', 'tz': '-0500'},
    'reb': {'name_fr': "Comité d'éthique de la recherche (CÉR) du CHU de Montrivière", 'name_en': 'Montrivière University Hospital Research Ethics Board',
            'short': 'CÉR', 'domain': 'cer-montriviere.example', 'addr': '4200, rue Sherbrooke Est, local A-1120\nMontréal (Québec)  H1X 0B7',
            'phone': '514 555-0139', 'country': 'qc', 'tz': '-0500'},
    'bxl': {'name_fr': "Unité d'essais cliniques, Cliniques universitaires Saint-Aubain", 'name_en': 'Clinical Trials Unit, Saint-Aubain University Clinics',
            'short': 'UEC Saint-Aubain', 'domain': 'cusa-bruxelles.example', 'addr': 'Avenue des Tilleuls 112, bâtiment B\n1200 Bruxelles',
            'phone': '+32 2 555 01 40', 'country': 'be', 'tz': '+0100'},
    'lie': {'name_fr': 'Centre d\'investigation clinique, CHU Sart-Rivage', 'name_en': 'Clinical Investigation Centre, CHU Sart-Rivage',
            'short': 'CIC Sart-Rivage', 'domain': 'chu-sartrivage.example', 'addr': 'Rue de l\'Hôpital 9, B35\n4000 Liège',
            'phone': '+32 4 555 01 62', 'country': 'be', 'tz': '+0100'},
    'ceb': {'name_fr': "Comité d'éthique hospitalo-facultaire Saint-Aubain", 'name_en': 'Saint-Aubain Hospital-Faculty Ethics Committee',
            'short': 'CEHF', 'domain': 'cusa-bruxelles.example', 'addr': 'Avenue des Tilleuls 112, bâtiment A\n1200 Bruxelles',
            'phone': '+32 2 555 01 45', 'country': 'be', 'tz': '+0100'},
    'cro': {'name_fr': 'CliniReach Research', 'name_en': 'CliniReach Research', 'short': 'CliniReach',
            'domain': 'clinireach.example', 'addr': '1250, boul. René-Lévesque O., bureau 900\nMontréal (Québec)  H3B 0E9',
            'phone': '514 555-0188', 'country': 'qc', 'tz': '-0500'},
    'spon': {'name_fr': 'Novalence Pharma inc.', 'name_en': 'Novalence Pharma Inc.', 'short': 'Novalence',
             'domain': 'novalence.example', 'addr': '300 Unity Park Drive, Suite 400\nMississauga, ON  L5N 0A1',
             'phone': '905 555-0107', 'country': 'on', 'tz': '-0500'},
    'lab': {'name_fr': 'BioCentral Labs', 'name_en': 'BioCentral Labs', 'short': 'BioCentral',
            'domain': 'biocentral-labs.example', 'addr': 'Industriepark 14\n2800 Mechelen',
            'phone': '+32 15 555 01 90', 'country': 'be', 'tz': '+0100'},
    'gmf': {'name_fr': 'GMF des Trois-Ponts', 'name_en': 'Trois-Ponts Family Medicine Group', 'short': 'GMF Trois-Ponts',
            'domain': 'gmf-troisponts.example', 'addr': '880, rue Principale\nSaint-Jérôme (Québec)  J7Z 0A3',
            'phone': '450 555-0123', 'country': 'qc', 'tz': '-0500'},
    'gp_be': {'name_fr': 'Cabinet médical du Parc', 'name_en': 'Parc Medical Practice', 'short': 'Cabinet du Parc',
              'domain': 'cabinetduparc.example', 'addr': 'Rue du Parc 27\n7000 Mons',
              'phone': '+32 65 555 01 18', 'country': 'be', 'tz': '+0100'},
    'ott': {'name_fr': 'Clinique médicale Rideau', 'name_en': 'Rideau Internal Medicine Clinic', 'short': 'Rideau IM',
            'domain': 'rideau-im.example', 'addr': '410 Bank Street, Suite 203\nOttawa, ON  K2P 0A4',
            'phone': '613 555-0156', 'country': 'on', 'tz': '-0500'},
}

STUDIES = [
    {'code': 'DIAB-NOVA-301', 'dx_fr': 'diabète de type 2', 'dx_en': 'type 2 diabetes', 'ip': 'NVL-2201',
     'ip_desc_fr': 'agoniste oral du GLP-1', 'ip_desc_en': 'oral GLP-1 receptor agonist', 'site': 'mtl', 'pi': 'Marchand'},
    {'code': 'MEMORIA-AD', 'dx_fr': "maladie d'Alzheimer à un stade précoce", 'dx_en': "early Alzheimer's disease", 'ip': 'NRX-090',
     'ip_desc_fr': 'anticorps monoclonal anti-amyloïde IV', 'ip_desc_en': 'IV anti-amyloid monoclonal antibody', 'site': 'mtl', 'pi': 'Ferland'},
    {'code': 'PROTECT-HF', 'dx_fr': 'insuffisance cardiaque à fraction d\'éjection réduite', 'dx_en': 'heart failure with reduced ejection fraction',
     'ip': 'ZT-418', 'ip_desc_fr': 'inhibiteur oral de la myosine', 'ip_desc_en': 'oral cardiac myosin modulator', 'site': 'mtl', 'pi': 'Laroche'},
    {'code': 'LUMEN-RA', 'dx_fr': 'polyarthrite rhumatoïde', 'dx_en': 'rheumatoid arthritis', 'ip': 'BX-7712',
     'ip_desc_fr': 'inhibiteur de JAK sous-cutané', 'ip_desc_en': 'subcutaneous JAK inhibitor', 'site': 'gat', 'pi': 'Okoye'},
    {'code': 'NEPHRO-KID', 'dx_fr': "syndrome néphrotique de l'enfant", 'dx_en': 'childhood nephrotic syndrome', 'ip': 'KD-55',
     'ip_desc_fr': 'anti-CD20 de nouvelle génération', 'ip_desc_en': 'next-generation anti-CD20', 'site': 'lie', 'pi': 'Delcourt'},
    {'code': 'HEPA-CLEAR', 'dx_fr': 'stéatohépatite associée à une dysfonction métabolique (MASH)', 'dx_en': 'metabolic dysfunction-associated steatohepatitis (MASH)',
     'ip': 'HCL-310', 'ip_desc_fr': 'agoniste FXR oral', 'ip_desc_en': 'oral FXR agonist', 'site': 'bxl', 'pi': 'Vanderlinden'},
    {'code': 'BREATHE-COPD', 'dx_fr': 'BPCO sévère', 'dx_en': 'severe COPD', 'ip': 'RSP-44',
     'ip_desc_fr': 'bronchodilatateur inhalé à longue action', 'ip_desc_en': 'long-acting inhaled bronchodilator', 'site': 'bxl', 'pi': 'Dumont'},
]

STUDY_NOTES = {
    'DIAB-NOVA-301': [('glycémie capillaire — hypoglycémie la semaine dernière', 'capillary glucose - hypoglycaemia last week', 'diagnosis'),
                      ('ajuster insuline glargine selon journal', 'adjust insulin glargine per diary', 'medication'),
                      ('HbA1c 9,1 % à V3, revoir observance NVL-2201', 'HbA1c 9.1% at V3, review NVL-2201 adherence', 'lab_result')],
    'MEMORIA-AD': [('IRM de sécurité avant perfusion (ARIA-E à V4)', 'safety MRI before infusion (ARIA-E at V4)', 'diagnosis'),
                   ('perfusion NRX-090 10 mg/kg', 'NRX-090 10 mg/kg infusion', 'medication'),
                   ('MoCA de suivi, accompagnée de sa fille', 'follow-up MoCA, daughter attending', None)],
    'PROTECT-HF': [('pesée + NT-proBNP (œdème des membres inférieurs)', 'weight + NT-proBNP (leg oedema)', 'diagnosis'),
                   ('échographie cardiaque, FEVG 28 % à V1', 'echo, LVEF 28% at V1', 'lab_result'),
                   ('dose ZT-418 après ECG', 'ZT-418 dose after ECG', 'medication')],
    'LUMEN-RA': [('injection BX-7712 + DAS28', 'BX-7712 injection + DAS28', 'medication'),
                 ('suspendre méthotrexate jusqu\'à résultat', 'hold methotrexate pending result', 'medication'),
                 ('poussée de polyarthrite, CRP à refaire', 'RA flare, repeat CRP', 'diagnosis')],
    'NEPHRO-KID': [('protéinurie sur bandelette, perfusion KD-55', 'urine dipstick protein, KD-55 infusion', 'medication'),
                   ('rechute néphrotique — albumine 18 g/L', 'nephrotic relapse - albumin 18 g/L', 'lab_result')],
    'HEPA-CLEAR': [('FibroScan + bilan hépatique (ALT 3 × LSN)', 'FibroScan + LFTs (ALT 3 x ULN)', 'lab_result'),
                   ('comprimés HCL-310 — retour des flacons', 'HCL-310 tablets - bottle return', 'medication')],
    'BREATHE-COPD': [('spirométrie post-BD, exacerbation BPCO récente', 'post-BD spirometry, recent COPD exacerbation', 'diagnosis'),
                     ('technique d\'inhalation RSP-44 à revoir', 'review RSP-44 inhaler technique', 'medication')],
}

AE_TERMS = [
    ('pneumonie communautaire', 'community-acquired pneumonia'),
    ('hypoglycémie sévère', 'severe hypoglycaemia'),
    ('pancréatite aiguë', 'acute pancreatitis'),
    ('fibrillation auriculaire rapide', 'atrial fibrillation with rapid ventricular response'),
    ('insuffisance rénale aiguë', 'acute kidney injury'),
    ('réaction liée à la perfusion', 'infusion-related reaction'),
    ('ARIA-E (œdème vasogénique)', 'ARIA-E (vasogenic oedema)'),
    ('hépatite médicamenteuse', 'drug-induced liver injury'),
    ('chute avec fracture de la hanche', 'fall with hip fracture'),
    ('syncope', 'syncope'),
    ('éruption maculopapuleuse généralisée', 'generalised maculopapular rash'),
    ('neutropénie fébrile', 'febrile neutropenia'),
    ('AVC ischémique', 'ischaemic stroke'),
    ('exacerbation aiguë de BPCO', 'acute exacerbation of COPD'),
    ('zona thoracique', 'thoracic herpes zoster'),
    ('thrombose veineuse profonde', 'deep vein thrombosis'),
]

LABS = [
    ('potassium 6,4 mmol/L', 'potassium 6.4 mmol/L'),
    ('ALT 212 U/L (5,3 × LSN)', 'ALT 212 U/L (5.3 x ULN)'),
    ('DFGe 38 mL/min/1,73 m²', 'eGFR 38 mL/min/1.73m2'),
    ('HbA1c 6,2 %', 'HbA1c 6.2%'),
    ('créatinine 168 µmol/L', 'creatinine 168 umol/L'),
    ('hémoglobine 84 g/L', 'haemoglobin 84 g/L'),
    ('plaquettes 62 × 10^9/L', 'platelets 62 x 10^9/L'),
    ('INR 4,8', 'INR 4.8'),
    ('lipase 540 U/L', 'lipase 540 U/L'),
    ('sodium 124 mmol/L', 'sodium 124 mmol/L'),
    ('glycémie à jeun 2,9 mmol/L', 'fasting glucose 2.9 mmol/L'),
    ('troponine hs 88 ng/L', 'hs-troponin 88 ng/L'),
    ('NT-proBNP 4 870 pg/mL', 'NT-proBNP 4,870 pg/mL'),
    ('neutrophiles 0,7 × 10^9/L', 'neutrophils 0.7 x 10^9/L'),
]

MEDS = [
    ('metformine 1000 mg BID', 'metformin 1000 mg BID'),
    ('insuline glargine 22 U au coucher', 'insulin glargine 22 units at bedtime'),
    ('apixaban 5 mg BID', 'apixaban 5 mg BID'),
    ('atorvastatine 40 mg DIE', 'atorvastatin 40 mg daily'),
    ('méthotrexate 15 mg par semaine', 'methotrexate 15 mg weekly'),
    ('prednisone 40 mg DIE', 'prednisone 40 mg daily'),
    ('furosémide 40 mg DIE', 'furosemide 40 mg daily'),
    ('sacubitril-valsartan 49/51 mg BID', 'sacubitril-valsartan 49/51 mg BID'),
    ('donépézil 10 mg DIE', 'donepezil 10 mg daily'),
    ('warfarine 5 mg', 'warfarin 5 mg'),
    ('tiotropium 2,5 µg 2 inhalations DIE', 'tiotropium 2.5 mcg 2 puffs daily'),
    ('bisoprolol 5 mg DIE', 'bisoprolol 5 mg daily'),
    ('sertraline 50 mg DIE', 'sertraline 50 mg daily'),
    ('empagliflozine 10 mg DIE', 'empagliflozin 10 mg daily'),
]

SOCIAL = [
    ("a perdu son logement le mois dernier et est hébergé(e) temporairement dans un refuge",
     "lost their apartment last month and is staying at a shelter"),
    ("vit seul(e) depuis le décès de son conjoint, aucun proche aidant disponible",
     "lives alone since their spouse died, no caregiver available"),
    ("prestataire de l'aide sociale, ne peut pas avancer les frais de stationnement",
     "is on social assistance and cannot front the parking costs"),
    ("situation de violence conjugale : ne pas laisser de message au domicile",
     "intimate partner violence: do not leave messages at home"),
    ("curatelle en cours, la fille agit comme représentante légale",
     "under guardianship proceedings, the daughter is the legal representative"),
    ("a perdu son emploi et n'a plus d'assurance médicaments privée",
     "recently lost their job and their private drug insurance"),
]
SOCIAL_BE = [
    "bénéficie du revenu d'intégration via le CPAS de sa commune",
    "est sous administration de biens (protection judiciaire), l'administratrice doit contresigner",
    "vit en maison d'accueil depuis son expulsion du logement",
    "est en procédure de médiation de dettes, ne peut avancer les frais de transport",
    "situation de violences intrafamiliales signalée par l'assistante sociale",
]

PERSONAL_DOMAINS = ['webmail.example', 'courriel-qc.example', 'boitemail.example', 'netvie.example',
                    'skynet-mail.example', 'mailbox.example']
QC_STREETS = ['rue des Érables', 'avenue Papineau', 'rue Beaubien Est', 'boulevard Rosemont', 'rue de la Visitation',
              'chemin du Lac-Noir', 'rue Saint-Hubert', 'avenue du Parc', 'rue Principale', 'rang Saint-Joseph']
QC_CITIES = [('Montréal', 'H2G'), ('Laval', 'H7N'), ('Longueuil', 'J4K'), ('Saint-Jérôme', 'J7Z'),
             ('Terrebonne', 'J6W'), ('Gatineau', 'J8T'), ('Repentigny', 'J6A')]
BE_STREETS = ['rue de la Station', 'avenue Albert Ier', 'rue du Moulin', 'chaussée de Waterloo', 'rue des Glycines',
              'rue Saint-Gilles', 'rue Haute']
BE_CITIES = [('Liège', '4020'), ('Seraing', '4100'), ('Bruxelles', '1030'), ('Schaerbeek', '1030'),
             ('Mons', '7000'), ('Namur', '5000'), ('Charleroi', '6000'), ('Herstal', '4040')]
ON_STREETS = ['Bronson Avenue', 'Carling Avenue', 'Somerset Street West', 'Merivale Road']
FR_CITIES = [('Lille', '59000'), ('Maubeuge', '59600'), ('Tourcoing', '59200'), ('Charleville-Mézières', '08000')]

FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fold(s):
    """Accent-fold, lower-case, keep letters/digits separated by single spaces."""
    s = unicodedata.normalize('NFKD', unicodedata.normalize('NFKC', s))
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else ' ')
    return ' '.join(''.join(out).split())


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def fullwidth(s):
    return ''.join(FULLWIDTH.get(c, c) for c in s)


class Gen:
    """Random helpers bound to one deterministic RNG."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        self._nam_order = list(range(len(self.nams)))
        self.rng.shuffle(self._nam_order)
        self._nam_pos = 0
        self._used_names = set()
        self._used_numbers = set()
        self._msg_no = 0

    # ---- basic choices -------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def shuffle(self, seq):
        self.rng.shuffle(seq)
        return seq

    # ---- dates ---------------------------------------------------------
    def msg_date(self):
        base = datetime.datetime(2025, 1, 6, 7, 0, 0)
        d = base + datetime.timedelta(days=self.randint(0, 170), minutes=self.randint(0, 11 * 60))
        if d.weekday() >= 5:
            d -= datetime.timedelta(days=d.weekday() - 4)
        return d

    def future(self, d, lo=1, hi=30):
        f = (d + datetime.timedelta(days=self.randint(lo, hi))).date()
        while f.weekday() >= 5:
            f += datetime.timedelta(days=1)
        return f

    def past(self, d, lo=1, hi=30):
        f = (d - datetime.timedelta(days=self.randint(lo, hi))).date()
        while f.weekday() >= 5:
            f -= datetime.timedelta(days=1)
        return f

    # ---- people --------------------------------------------------------
    def nam_person(self, kind='adult'):
        """Next NAM holder (least used first); kind: adult, kid (< 18) or senior (>= 60)."""
        if not hasattr(self, '_nam_use'):
            self._nam_use = [0] * len(self.nams)

        def ok(p):
            a = age_at(p['dob'], datetime.date(2025, 3, 1))
            return {'adult': a >= 18, 'kid': a < 18, 'senior': a >= 60, 'any': True}[kind]
        cands = [i for i in self._nam_order if ok(self.nams[i])]
        best = min(cands, key=lambda i: (self._nam_use[i], cands.index(i)))
        self._nam_use[best] += 1
        p = dict(self.nams[best])
        p['email'] = self.personal_email(p)
        return p

    def person(self, region='qc', kid=False, sex=None, age=None):
        sex = sex or self.pick(['F', 'M'])
        pool = {'qc': QC_SURNAMES, 'be': BE_SURNAMES, 'fr': FR_SURNAMES, 'en': EN_SURNAMES,
                'on': EN_SURNAMES + QC_SURNAMES[:10]}[region]
        gpool = GIVEN['kid' if kid else {'on': 'en'}.get(region, region)][sex]
        for _ in range(200):
            sur, giv = self.pick(pool), self.pick(gpool)
            if (sur, giv) not in self._used_names:
                break
        self._used_names.add((sur, giv))
        if age is None:
            age = self.randint(4, 15) if kid else self.randint(34, 84)
        dob = datetime.date(2025 - age, self.randint(1, 12), self.randint(1, 28))
        p = {'surname': sur, 'given': giv, 'sex': sex, 'dob': dob, 'region': region, 'nam_holder': False}
        p['email'] = self.personal_email(p)
        return p

    def staff(self, site=None, exclude=()):
        cands = [s for s in STAFF if (site is None or s[6] == site) and s[2] not in exclude]
        t, g, s, sex, rf, re_, st = self.pick(cands)
        return {'title': t, 'given': g, 'surname': s, 'sex': sex, 'role_fr': rf, 'role_en': re_, 'site': st,
                'email': '%s.%s@%s' % (fold(g).replace(' ', '-'), fold(s).replace(' ', '-'), SITES[st]['domain'])}

    def staff_named(self, surname):
        for t, g, s, sex, rf, re_, st in STAFF:
            if s == surname:
                return {'title': t, 'given': g, 'surname': s, 'sex': sex, 'role_fr': rf, 'role_en': re_, 'site': st,
                        'email': '%s.%s@%s' % (fold(g).replace(' ', '-'), fold(s).replace(' ', '-'), SITES[st]['domain'])}
        raise KeyError(surname)

    def study(self, site=None):
        c = [s for s in STUDIES if site is None or s['site'] == site]
        return self.pick(c or STUDIES)

    def subject_code(self, site_no=None):
        return '%03d-%03d' % (site_no or self.pick([101, 104, 112, 201, 203, 311]), self.randint(1, 60))

    # ---- identifiers -----------------------------------------------------
    def _unique(self, fn):
        for _ in range(1000):
            v = fn()
            if v is not None and v not in self._used_numbers:
                self._used_numbers.add(v)
                return v
        raise RuntimeError('no unique number')

    def sin(self):
        def mk():
            body = str(self.pick([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(self.randint(0, 9)) for _ in range(7))
            n = body + luhn.calc_check_digit(body)
            assert ca_sin.is_valid(n)
            return n
        return self._unique(mk)

    def ohip(self):
        def mk():
            body = str(self.randint(1, 9)) + ''.join(str(self.randint(0, 9)) for _ in range(8))
            n = body + luhn.calc_check_digit(body)
            assert luhn.is_valid(n)
            return n
        return self._unique(mk)

    def niss(self, dob, sex):
        def mk():
            yy, mm, dd = dob.year % 100, dob.month, dob.day
            cnt = self.randint(1, 498) * 2 - (1 if sex == 'M' else 0)
            if sex == 'F' and cnt % 2:
                cnt += 1
            nine = '%02d%02d%02d%03d' % (yy, mm, dd, cnt)
            base = int(nine) if dob.year < 2000 else int('2' + nine)
            n = nine + '%02d' % (97 - base % 97)
            if be_nn.is_valid(n) and be_nn.get_birth_date(n) == dob:
                return n
            return None
        return self._unique(mk)

    def nir(self, dob, sex, dept=None):
        def mk():
            d = dept or self.pick(['59', '59', '62', '08', '75', '02'])
            commune = '%03d' % self.randint(1, 650)
            order = '%03d' % self.randint(1, 999)
            body = '%d%02d%02d%s%s%s' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, d, commune, order)
            n = body + fr_nir.calc_check_digits(body)
            assert fr_nir.is_valid(n), n
            return n
        return self._unique(mk)

    def mrn(self, site='mtl'):
        def mk():
            if site in ('mtl', 'gat', 'reb'):
                st = self.pick(['%08d', 'H%07d', '%07d', 'MRN-%07d'])
                return st % self.randint(100000, 9999999)
            st = self.pick(['%d.%03d.%03d', 'IPP%d%06d', '%d/%06d'])
            if st.count('%') == 3:
                return st % (self.randint(1, 9), self.randint(0, 999), self.randint(0, 999))
            return st % (self.randint(10, 99), self.randint(0, 999999))
        return self._unique(mk)

    def phone(self, country='qc', mobile=True):
        x = self.randint(0, 99)
        if country == 'qc':
            return '%s 555-01%02d' % (self.pick(['514', '438', '450', '819', '579']), x)
        if country == 'on':
            return '613-555-01%02d' % x
        if country == 'fr':
            return '+33 6 55 50 01 %02d' % x
        return self.pick(['0470 55 01 %02d' % x, '+32 475 55 01 %02d' % x, '0486/55.01.%02d' % x])

    def address(self, country='qc'):
        if country == 'qc':
            city, fsa = self.pick(QC_CITIES)
            return '%d, %s, app. %d\n%s (Québec)  %s %d%s%d' % (
                self.randint(100, 9999), self.pick(QC_STREETS), self.randint(1, 12), city, fsa,
                self.randint(1, 9), self.pick('ABCEGHJKLMNPRSTVXY'), self.randint(0, 9))
        if country == 'on':
            return '%d %s, Apt %d\nOttawa, ON  K1%s %d%s%d' % (
                self.randint(10, 999), self.pick(ON_STREETS), self.randint(1, 40), self.pick('RSYZ'),
                self.randint(1, 9), self.pick('ABCEGHJ'), self.randint(0, 9))
        if country == 'fr':
            city, cp = self.pick(FR_CITIES)
            return '%d rue %s\n%s %s' % (self.randint(1, 120), self.pick(['Nationale', 'Jean Jaurès', 'des Tisserands']), cp, city)
        city, cp = self.pick(BE_CITIES)
        street = self.pick(BE_STREETS)
        return '%s %d%s\n%s %s' % (street[0].upper() + street[1:], self.randint(1, 180),
                                  self.pick(['', '', '/2', ' bte 3']), cp, city)

    def personal_email(self, p):
        return '%s.%s%s@%s' % (fold(p['given']).replace(' ', ''), fold(p['surname']).replace(' ', ''),
                               self.pick(['', str(p['dob'].year % 100), '_%d' % self.randint(1, 99)]),
                               self.pick(PERSONAL_DOMAINS))


# --------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------
def dfr(d, style=0):
    if style == 1:
        return d.strftime('%Y-%m-%d')
    if style == 2:
        return d.strftime('%d/%m/%Y')
    if style == 3:
        return d.strftime('%d.%m.%Y')
    return '%d %s %d' % (d.day, FR_MONTHS[d.month - 1], d.year)


def den(d, style=0):
    if style == 1:
        return d.strftime('%Y-%m-%d')
    if style == 2:
        return '%02d%s%d' % (d.day, EN_MONTHS[d.month - 1][:3].upper(), d.year)
    if style == 3:
        return '%d-%s-%d' % (d.day, EN_MONTHS[d.month - 1][:3], d.year)
    return '%s %d, %d' % (EN_MONTHS[d.month - 1], d.day, d.year)


def dlang(lang, d, style=0):
    return dfr(d, style) if lang == 'fr' else den(d, style)


def dayname(lang, d):
    return (FR_DAYS if lang == 'fr' else EN_DAYS)[d.weekday()]


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def name_style(g, p, style=None, lang='fr'):
    """Render a patient's name in one of many realistic ways."""
    giv, sur = p['given'], p['surname']
    styles = ['full', 'full', 'title', 'surfirst', 'SURfirst', 'lower', 'initial', 'title_sur', 'SURNAME Given']
    st = style or g.pick(styles)
    fem = p['sex'] == 'F'
    title = ('Mme' if fem else 'M.') if lang == 'fr' else ('Mrs.' if fem and g.chance(0.3) else 'Ms.' if fem else 'Mr.')
    if st == 'full':
        return '%s %s' % (giv, sur)
    if st == 'title':
        return '%s %s %s' % (title, giv, sur)
    if st == 'title_sur':
        return '%s %s' % (title, sur)
    if st == 'surfirst':
        return '%s, %s' % (sur, giv)
    if st == 'SURfirst':
        return '%s, %s' % (sur.upper(), giv)
    if st == 'SURNAME Given':
        return '%s %s' % (sur.upper(), giv)
    if st == 'lower':
        return '%s %s' % (sur.lower(), giv.lower())
    if st == 'initial':
        parts = giv.split('-')
        ini = '-'.join(x[0] + '.' for x in parts)
        return '%s %s' % (ini, sur)
    raise ValueError(st)


def nam_fmt(g, nam, style=None, allow_fw=True):
    st = style or g.pick(['plain', 'plain', 'space4', 'space', 'lower', 'dash', 'dots', 'slash', 'fullwidth', 'spaced'])
    if st == 'fullwidth' and not allow_fw:
        st = 'space4'
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {'plain': nam, 'space4': '%s %s %s' % (a, b, c), 'space': '%s %s' % (a, nam[4:]),
            'lower': nam.lower(), 'dash': '%s-%s-%s' % (a, b, c), 'dots': '%s.%s.%s' % (a, b, c),
            'slash': '%s/%s/%s' % (a, b, c), 'fullwidth': fullwidth(nam), 'spaced': ' '.join(nam)}[st]


def sin_fmt(g, n, allow_fw=True):
    st = g.pick(['sp', 'dash', 'plain', 'dots', 'fw'])
    if st == 'fw' and not allow_fw:
        st = 'sp'
    return {'sp': '%s %s %s' % (n[:3], n[3:6], n[6:]), 'dash': '%s-%s-%s' % (n[:3], n[3:6], n[6:]),
            'plain': n, 'dots': '%s.%s.%s' % (n[:3], n[3:6], n[6:]), 'fw': fullwidth('%s %s %s' % (n[:3], n[3:6], n[6:]))}[st]


def ohip_fmt(g, n, vc=True):
    v = (' ' + g.pick(['AB', 'KP', 'XY', 'HT', 'MD'])) if vc and g.chance(0.6) else ''
    st = g.pick(['dash', 'sp', 'plain'])
    core = {'dash': '%s-%s-%s' % (n[:4], n[4:7], n[7:]), 'sp': '%s %s %s' % (n[:4], n[4:7], n[7:]), 'plain': n}[st]
    return core + (v.replace(' ', '-') if st == 'dash' and v else v)


def niss_fmt(g, n, allow_fw=True):
    st = g.pick(['std', 'std', 'plain', 'sp', 'slash', 'fw'])
    if st == 'fw' and not allow_fw:
        st = 'std'
    return {'std': be_nn.format(n), 'plain': n, 'sp': '%s %s %s' % (n[:6], n[6:9], n[9:]),
            'slash': '%s/%s/%s-%s-%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
            'fw': fullwidth(be_nn.format(n))}[st]


def nir_fmt(g, n):
    st = g.pick(['sp', 'plain', 'dots'])
    return {'sp': fr_nir.format(n), 'plain': n, 'dots': fr_nir.format(n, '.')}[st]


def title_of(staff, lang='fr'):
    t = staff['title']
    if not t:
        return '%s %s' % (staff['given'], staff['surname'])
    if lang == 'en':
        t = {'Dre': 'Dr.', 'Dr': 'Dr.', 'Pr': 'Prof.'}.get(t, t)
    return '%s %s %s' % (t, staff['given'], staff['surname'])


def dear(g, staff, lang):
    """A greeting line addressed to a staff member."""
    t = staff['title']
    if lang == 'fr':
        opts = ['Bonjour %s,' % staff['given'], 'Bonjour,', 'Salut %s,' % staff['given'],
                'Bonjour %s %s,' % ({'Dre': 'Dre', 'Dr': 'Dr', 'Pr': 'Professeur', 'Dr.': 'Dr'}.get(t, 'Mme' if staff['sex'] == 'F' else 'M.'), staff['surname']),
                '%s,' % staff['given'], 'Bonjour à toutes et à tous,', 'Chère %s,' % staff['given'] if staff['sex'] == 'F' else 'Cher %s,' % staff['given']]
    else:
        opts = ['Hi %s,' % staff['given'], 'Hello %s,' % staff['given'], 'Dear %s,' % (('Dr. ' + staff['surname']) if t else staff['given']),
                'Good morning,', '%s -' % staff['given'], 'Hi all,']
    return g.pick(opts)


def closing(g, lang, be=False):
    if lang == 'fr':
        opts = ['Merci!', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,', 'Merci de votre collaboration,',
                'Au plaisir,', 'Salutations,', 'Bien à vous,' if be else 'Bonne fin de journée,',
                'Meilleures salutations,' if be else 'Merci à l\'avance,', 'Bàv,' if be else 'Merci et bonne journée!']
    else:
        opts = ['Thanks,', 'Best regards,', 'Kind regards,', 'Many thanks,', 'Cheers,', 'Best,', 'Regards,', 'Thank you,']
    return g.pick(opts)


NON_CLIN = ('Quenneville', 'Beausoleil', 'St-Pierre', 'Girouard', 'Corriveau', 'Ruelle')

CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes peuvent contenir des renseignements "
           "confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. "
           "If you received it in error, please notify the sender and delete it.")


def signature(g, staff, lang):
    site = SITES[staff['site']]
    name = title_of(staff, lang)
    role = staff['role_fr'] if lang == 'fr' else staff['role_en']
    ext = g.randint(2000, 4999)
    style = g.randint(0, 5)
    lines = []
    if style == 0:
        lines = ['--', name, role, site['name_fr' if lang == 'fr' else 'name_en'],
                 'T. %s%s' % (site['phone'], (' poste %d' % ext) if site['country'] == 'qc' and lang == 'fr' else (' ext. %d' % ext) if site['country'] in ('qc', 'on') else ''),
                 staff['email']]
    elif style == 1:
        lines = ['', name, role + ' | ' + site['short'], site['addr'], site['phone']]
    elif style == 2:
        lines = ['', staff['given']]
    elif style == 3:
        lines = ['', '%s %s' % (staff['given'], staff['surname']), role, site['short']]
    elif style == 4:
        lines = ['', name, role, site['name_fr' if lang == 'fr' else 'name_en'], site['addr'],
                 ('Tél. : ' if lang == 'fr' else 'Tel: ') + site['phone'],
                 ('Courriel : ' if lang == 'fr' else 'Email: ') + staff['email']]
    else:
        lines = ['', '%s %s' % (staff['given'], staff['surname'][0] + '.'),
                 'Envoyé de mon iPhone' if lang == 'fr' else 'Sent from my iPhone']
    if g.chance(0.25):
        lines += ['', CONF_FR if lang == 'fr' else CONF_EN]
    elif g.chance(0.1) and lang == 'fr':
        lines += ['', "Pensez à l'environnement avant d'imprimer ce courriel."]
    return '\n'.join(lines)
