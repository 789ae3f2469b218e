# -*- coding: utf-8 -*-
"""Invented vocabulary, people and institutions for the outpatient specialty clinics corpus."""

SURNAMES_QC = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Gingras', 'Desjardins', 'Thibodeau',
               'Pelletier', 'Bélanger', 'Laroche', 'Vézina', 'Harvey', 'Beaulieu', 'Dufresne',
               'Nguyen', 'Haddad', 'Benali', 'Joseph', 'St-Pierre', "D'Amours", 'Lévesque']
SURNAMES_ON = ['MacLeod', "O'Brien", 'Kowalski', 'Singh', 'Patel', 'Ferreira', 'Campbell',
               'Henderson', 'Zhang', 'Abernathy', 'McIntyre', 'Greenwood', 'Osei']
SURNAMES_BE = ['Peeters', 'Janssens', 'Maes', 'Willems', 'Claes', 'Dumont', 'Lambotte',
               'Verhoeven', 'Delvaux', 'Collignon']
SURNAMES_FR = ['Lefèvre', 'Moreau', 'Girardin', 'Rousseau', 'Mercier', 'Chevalier', 'Perrin',
               'Bonnet', 'Fabre', 'Brunel']
GIVEN_F = ['Julie', 'Catherine', 'Émilie', 'Hélène', 'Amélie', 'Karine', 'Louise', 'Jeanne',
           'Priya', 'Fatima', 'Margaret', 'Olivia', 'Chloé', 'Nadia', 'Lucie', 'Agnès', 'Inès']
GIVEN_M = ['François', 'Mathieu', 'Étienne', 'Yves', 'Rémi', 'Samuel', 'Omar', 'Raj', 'Kevin',
           'Patrick', 'Hugo', 'Thomas', 'Benoît', 'Luc', 'Gaëtan', 'Arnaud', 'Wim']

# ---------------------------------------------------------------- institutions
INST = {
    'chu': dict(fr='CHU de Val-des-Cèdres', en='Val-des-Cèdres University Hospital',
                dom='chuvdc.example', addr='2250, boulevard des Cèdres, Val-des-Cèdres (Québec) J7Z 4K1',
                tel='450-555-0100'),
    'hsr': dict(fr='Hôpital Sainte-Rosalie', en='Sainte-Rosalie Hospital', dom='hsterosalie.example',
                addr='880, rue Notre-Dame Est, Sainte-Rosalie (Québec) J2R 1L8', tel='450-555-0177'),
    'vis': dict(fr='Clinique Vision Boréale', en='Vision Boréale Eye Clinic', dom='visionboreale.example',
                addr='415, rue Principale, bureau 200, Saint-Jérôme (Québec) J7Y 2B5', tel='450-555-0123'),
    'orl': dict(fr='Clinique ORL Rive-Sud', en='Rive-Sud ENT Clinic', dom='orlrivesud.example',
                addr='1200, chemin de Chambly, Longueuil (Québec) J4J 3X2', tel='450-555-0148'),
    'derm': dict(fr='DermaSanté Laurentides', en='DermaSanté Laurentides', dom='dermasante-laurentides.example',
                 addr='66, rue Labelle, Sainte-Agathe (Québec) J8C 2Z4', tel='819-555-0166'),
    'dent': dict(fr='Centre dentaire des Érables', en='Érables Dental Centre', dom='dentaire-erables.example',
                 addr='3010, boulevard des Érables, Laval (Québec) H7T 1E9', tel='450-555-0131'),
    'allg': dict(fr='Clinique Allergie-Plus', en='Allergie-Plus Clinic', dom='allergieplus.example',
                 addr='55, avenue du Parc, Montréal (Québec) H2V 4E5', tel='514-555-0190'),
    'lake': dict(fr='Lakeshore ENT Associates', en='Lakeshore ENT Associates', dom='lakeshore-ent.example',
                 addr='740 Front Road, Suite 3, Kingston, ON K7M 4L9', tel='613-555-0112'),
    'ovec': dict(fr='Ottawa Valley Eye Centre', en='Ottawa Valley Eye Centre', dom='oveyecentre.example',
                 addr='18 Carling Crescent, Ottawa, ON K2A 1N3', tel='613-555-0160'),
    'remi': dict(fr='Clinique Saint-Rémi', en='Clinique Saint-Rémi', dom='stremi-namur.example',
                 addr='Rue de Bruxelles 120, 5000 Namur, Belgique', tel='+32 81 555 21 40'),
    'terr': dict(fr='Centre ophtalmologique des Terreaux', en='Terreaux Eye Centre', dom='ophtalmo-terreaux.example',
                 addr='12, place des Terreaux, 69001 Lyon, France', tel='+33 4 55 55 01 12'),
    'ins': dict(fr='Assurances Boréal-Vie', en='Boréal-Vie Insurance', dom='borealvie.example',
                addr='C.P. 555, succursale Centre-Ville, Montréal (Québec) H3C 0A1', tel='1-800-555-0150'),
    'tadp': dict(fr='Transport adapté Val-des-Cèdres', en='Val-des-Cèdres Paratransit', dom='tavdc.example',
                 addr='90, rue de la Gare, Val-des-Cèdres (Québec) J7Z 2A2', tel='450-555-0109'),
    'phar': dict(fr='Pharmacie J. Lemire', en='Lemire Pharmacy', dom='pharmalemire.example',
                 addr='701, rue King Ouest, Sherbrooke (Québec) J1H 1R6', tel='819-555-0114'),
    'clsc': dict(fr='CLSC des Trois-Ponts', en='Trois-Ponts CLSC', dom='clsc-troisponts.example',
                 addr='240, rue Saint-Georges, Val-des-Cèdres (Québec) J7Z 5B3', tel='450-555-0155'),
}

VENDORS = [
    dict(name='OptiMed Instruments Canada', dom='optimed.example', tel='1-888-555-0102'),
    dict(name='Sonora Audiologie inc.', dom='sonora-audio.example', tel='514-555-0188'),
    dict(name='DentaLine Équipements', dom='dentaline.example', tel='1-877-555-0136'),
    dict(name='Lumatek Lasers', dom='lumatek.example', tel='1-866-555-0147'),
    dict(name='Stérilabo Québec', dom='sterilabo.example', tel='418-555-0119'),
]

# ---------------------------------------------------------------- staff (never patients)
# (given, surname, sex, role_fr, role_en, inst, specialty key)
STAFF = [
    ('Isabelle', 'Marchand', 'F', 'ophtalmologiste', 'ophthalmologist', 'chu', 'oph'),
    ('Karim', 'Benali', 'M', 'oto-rhino-laryngologiste', 'otolaryngologist', 'chu', 'ent'),
    ('Owen', 'Fitzgerald', 'M', 'dermatologue', 'dermatologist', 'chu', 'derm'),
    ('Chantal', 'Roy', 'F', 'chirurgienne buccale et maxillo-faciale', 'oral and maxillofacial surgeon', 'chu', 'dent'),
    ('Paul', 'Vachon', 'M', 'allergologue', 'allergist', 'chu', 'allg'),
    ('Mélanie', 'Gagnon', 'F', 'ophtalmologiste (rétine)', 'retina specialist', 'vis', 'oph'),
    ('Denis', 'Taylor', 'M', 'ORL', 'ENT surgeon', 'orl', 'ent'),
    ('Sophie', 'Lachance', 'F', 'dermatologue', 'dermatologist', 'derm', 'derm'),
    ('Alain', 'Tremblay', 'M', 'dentiste généraliste', 'general dentist', 'dent', 'dent'),
    ('Rania', 'Saleh', 'F', 'immunologue clinique', 'clinical immunologist', 'allg', 'allg'),
    ('Graham', 'Whitfield', 'M', 'ORL', 'otolaryngologist', 'lake', 'ent'),
    ('Anita', 'Deshpande', 'F', 'ophtalmologiste', 'ophthalmologist', 'ovec', 'oph'),
    ('Pieter', 'Vandamme', 'M', 'dermatologue', 'dermatologist', 'remi', 'derm'),
    ('Claire', 'Dumas-Roche', 'F', 'ophtalmologiste', 'ophthalmologist', 'terr', 'oph'),
    ('Valérie', 'Fortin', 'F', 'chirurgienne buccale', 'oral surgeon', 'hsr', 'dent'),
    ('Marc-André', 'Simard', 'M', 'ORL', 'ENT', 'hsr', 'ent'),
]
NURSES = [('Josiane', 'Paradis', 'F', 'chu'), ('Kevin', 'Bouchard', 'M', 'chu'), ('Linda', 'Morin', 'F', 'hsr'),
          ('Nathalie', 'Caron', 'F', 'vis'), ('Brenda', 'Lowry', 'F', 'lake'), ('Sylvain', 'Gauthier', 'M', 'allg'),
          ('Ève', 'Lessard', 'F', 'derm'), ('Maude', 'Poirier', 'F', 'dent')]
CLERKS = [('Diane', 'Ouellette', 'F', 'chu'), ('Francine', 'Leblanc', 'F', 'chu'), ('Marco', 'Rinaldi', 'M', 'hsr'),
          ('Lise', 'Savard', 'F', 'vis'), ('Tammy', 'Greer', 'F', 'lake'), ('Annie', 'Cloutier', 'F', 'orl'),
          ('Gisèle', 'Nadeau', 'F', 'dent'), ('Roxanne', 'Pépin', 'F', 'allg')]
MANAGERS = [('Hélène', 'Brisebois', 'F', 'chu', 'chef de service des cliniques externes', 'Outpatient Clinics Manager'),
            ('Jean-Guy', 'Martel', 'M', 'chu', 'coordonnateur, génie biomédical', 'Biomedical Engineering Coordinator'),
            ('Patricia', 'Olson', 'F', 'lake', 'gestionnaire de clinique', 'Practice Manager'),
            ('Stéphane', 'Girard', 'M', 'hsr', 'chef, approvisionnement', 'Procurement Lead'),
            ('Noémie', 'Fournier', 'F', 'chu', 'conseillère RH', 'HR Advisor')]

SPECIALTY = {
    'oph': dict(fr='ophtalmologie', en='ophthalmology', clinic_fr="Clinique externe d'ophtalmologie",
                clinic_en='Ophthalmology Outpatient Clinic'),
    'ent': dict(fr='ORL', en='ENT', clinic_fr="Clinique d'oto-rhino-laryngologie", clinic_en='ENT Clinic'),
    'derm': dict(fr='dermatologie', en='dermatology', clinic_fr='Clinique de dermatologie', clinic_en='Dermatology Clinic'),
    'dent': dict(fr='chirurgie buccale et maxillo-faciale', en='oral and maxillofacial surgery',
                 clinic_fr='Clinique de chirurgie buccale', clinic_en='Oral Surgery Clinic'),
    'allg': dict(fr='allergie et immunologie', en='allergy and immunology', clinic_fr="Clinique d'allergie",
                 clinic_en='Allergy Clinic'),
}

# ---------------------------------------------------------------- clinical content per specialty
# each entry: (diagnosis fr, diagnosis en, medication fr/en, lab fr, lab en, procedure fr, procedure en)
CLIN = {
    'oph': [
        ('glaucome primaire à angle ouvert OD>OG', 'primary open-angle glaucoma, OD>OS',
         'latanoprost 0,005 % 1 gtt HS OU + timolol 0,5 % BID', 'latanoprost 0.005% 1 gtt qhs OU + timolol 0.5% bid',
         'PIO 29 mmHg OD / 22 mmHg OG, C/D 0,8', 'IOP 29 mmHg OD / 22 mmHg OS, C/D 0.8',
         'trabéculoplastie sélective (SLT)', 'selective laser trabeculoplasty'),
        ('DMLA exsudative OG', 'wet AMD, left eye', 'aflibercept 2 mg IVT q8 sem.', 'aflibercept 2 mg intravitreal q8 weeks',
         'OCT : épaisseur centrale 412 µm, liquide sous-rétinien', 'OCT central subfield 412 µm with subretinal fluid',
         'injection intravitréenne', 'intravitreal injection'),
        ('cataracte sénile nucléaire 3+ OD', 'nuclear sclerotic cataract 3+ OD', 'tamsulosine 0,4 mg DIE (risque IFIS)',
         'tamsulosin 0.4 mg daily (IFIS risk)', 'AV 20/200 OD, biométrie LA 23,91 mm', 'VA 20/200 OD, axial length 23.91 mm',
         'phacoémulsification + LIO', 'phacoemulsification with IOL'),
        ('rétinopathie diabétique proliférante OU', 'proliferative diabetic retinopathy OU',
         'insuline glargine 32 U HS, metformine 1 g BID', 'insulin glargine 32 U qhs, metformin 1 g bid',
         'HbA1c 9,4 %', 'HbA1c 9.4%', 'panphotocoagulation au laser', 'panretinal photocoagulation'),
        ('uvéite antérieure aiguë HLA-B27+', 'acute anterior uveitis, HLA-B27 positive',
         'acétate de prednisolone 1 % q1h, cyclopentolate 1 % BID', 'prednisolone acetate 1% q1h, cyclopentolate 1% bid',
         'HLA-B27 positif, VS 38 mm/h', 'HLA-B27 positive, ESR 38 mm/h', 'suivi en lampe à fente', 'slit-lamp follow-up'),
        ('kératocône évolutif OG', 'progressive keratoconus OS', 'larmes artificielles sans préservatif',
         'preservative-free artificial tears', 'Kmax 58,2 D, pachymétrie 438 µm', 'Kmax 58.2 D, pachymetry 438 µm',
         'réticulation du collagène cornéen', 'corneal collagen cross-linking'),
    ],
    'ent': [
        ('surdité neurosensorielle bilatérale asymétrique', 'asymmetric bilateral sensorineural hearing loss',
         'bétahistine 24 mg BID', 'betahistine 24 mg bid', 'audiogramme : SRT 55 dB OD, 30 dB OG',
         'audiogram: PTA 55 dB right, 30 dB left', 'IRM des conduits auditifs internes', 'MRI of internal auditory canals'),
        ('polypose nasosinusienne avec asthme', 'chronic rhinosinusitis with nasal polyps and asthma',
         'furoate de mométasone 2 vap. BID, prednisone 30 mg x 5 j', 'mometasone furoate 2 sprays bid, prednisone 30 mg x 5 days',
         'éosinophiles 0,9 x10^9/L, score Lund-Mackay 18', 'eosinophils 0.9 x10^9/L, Lund-Mackay score 18',
         'chirurgie endoscopique des sinus', 'functional endoscopic sinus surgery'),
        ('otite moyenne chronique avec cholestéatome OD', 'chronic otitis media with cholesteatoma, right ear',
         'gouttes ciprofloxacine-dexaméthasone', 'ciprofloxacin-dexamethasone drops',
         'tympanométrie type B OD', 'tympanometry type B right', 'tympanomastoïdectomie', 'tympanomastoidectomy'),
        ("apnée obstructive du sommeil sévère", 'severe obstructive sleep apnea', 'CPAP 10 cm H2O (non toléré)',
         'CPAP 10 cm H2O (not tolerated)', 'IAH 41/h, SpO2 nadir 78 %', 'AHI 41/h, SpO2 nadir 78%',
         'uvulopalatopharyngoplastie', 'uvulopalatopharyngoplasty'),
        ('carcinome épidermoïde de la corde vocale gauche T2N0', 'squamous cell carcinoma of the left vocal cord T2N0',
         'oméprazole 20 mg DIE', 'omeprazole 20 mg daily', 'biopsie : carcinome épidermoïde modérément différencié',
         'biopsy: moderately differentiated squamous cell carcinoma', 'laryngoscopie en suspension', 'suspension microlaryngoscopy'),
        ('vertige positionnel paroxystique bénin', 'benign paroxysmal positional vertigo',
         'dimenhydrinate 50 mg PRN', 'dimenhydrinate 50 mg prn', 'Dix-Hallpike positif à droite', 'Dix-Hallpike positive on the right',
         "manœuvre d'Epley", 'Epley manoeuvre'),
    ],
    'derm': [
        ('mélanome superficiel extensif, dos', 'superficial spreading melanoma, back', 'pembrolizumab adjuvant à discuter',
         'adjuvant pembrolizumab under discussion', 'Breslow 1,2 mm, Clark IV, marges atteintes', 'Breslow 1.2 mm, Clark IV, margins involved',
         'réexcision élargie + ganglion sentinelle', 'wide re-excision with sentinel node biopsy'),
        ('psoriasis en plaques modéré à sévère', 'moderate to severe plaque psoriasis', 'méthotrexate 15 mg/sem + acide folique',
         'methotrexate 15 mg weekly + folic acid', 'PASI 18,4, ALT 88 U/L', 'PASI 18.4, ALT 88 U/L', 'photothérapie UVB-NB',
         'NB-UVB phototherapy'),
        ('acné nodulokystique', 'nodulocystic acne', 'isotrétinoïne 40 mg DIE', 'isotretinoin 40 mg daily',
         'β-hCG négatif, triglycérides 2,9 mmol/L', 'beta-hCG negative, triglycerides 2.9 mmol/L', 'suivi mensuel',
         'monthly follow-up'),
        ('hidradénite suppurée Hurley II', 'hidradenitis suppurativa Hurley stage II', 'adalimumab 40 mg SC q1sem',
         'adalimumab 40 mg SC weekly', 'QuantiFERON négatif', 'QuantiFERON negative', 'drainage et déroofing', 'deroofing'),
        ('carcinome basocellulaire nodulaire, aile du nez', 'nodular basal cell carcinoma, nasal ala', 'imiquimod 5 % (échec)',
         'imiquimod 5% (failed)', 'biopsie au poinçon : CBC nodulaire', 'punch biopsy: nodular BCC', 'chirurgie de Mohs',
         'Mohs surgery'),
        ('dermatite atopique sévère', 'severe atopic dermatitis', 'dupilumab 300 mg SC q2sem', 'dupilumab 300 mg SC q2w',
         'IgE totales 4 100 kU/L, EASI 31', 'total IgE 4100 kU/L, EASI 31', 'photos de suivi', 'follow-up photos'),
    ],
    'dent': [
        ('troisièmes molaires incluses 38 et 48 avec péricoronarite', 'impacted third molars 38 and 48 with pericoronitis',
         'amoxicilline 500 mg TID x 7 j', 'amoxicillin 500 mg tid x 7 days', 'panoramique : contact avec le canal mandibulaire',
         'panoramic: contact with the inferior alveolar canal', 'extraction sous sédation IV', 'extraction under IV sedation'),
        ('ostéonécrose de la mâchoire liée aux bisphosphonates', 'medication-related osteonecrosis of the jaw',
         'alendronate 70 mg/sem (cessé), chlorhexidine 0,12 %', 'alendronate 70 mg weekly (stopped), chlorhexidine 0.12%',
         'CTX sérique 110 pg/mL', 'serum CTX 110 pg/mL', 'séquestrectomie', 'sequestrectomy'),
        ('kyste radiculaire maxillaire 21-22', 'radicular cyst, maxilla 21-22', 'ibuprofène 600 mg PRN',
         'ibuprofen 600 mg prn', 'histologie : kyste radiculaire sans atypie', 'histology: radicular cyst, no atypia',
         'énucléation du kyste', 'cyst enucleation'),
        ('parodontite sévère stade III sous anticoagulant', 'stage III periodontitis on anticoagulation',
         'warfarine 5 mg DIE', 'warfarin 5 mg daily', 'RNI 3,1 le matin de la chirurgie', 'INR 3.1 on the morning of surgery',
         'extractions multiples', 'multiple extractions'),
        ('abcès dentaire 46 avec cellulite sous-mandibulaire', 'abscessed 46 with submandibular cellulitis',
         'clindamycine 300 mg QID (allergie pénicilline)', 'clindamycin 300 mg qid (penicillin allergy)',
         'GB 15,8, CRP 112', 'WBC 15.8, CRP 112', 'incision et drainage', 'incision and drainage'),
    ],
    'allg': [
        ("allergie aux arachides avec anaphylaxie", 'peanut allergy with prior anaphylaxis', 'EpiPen 0,3 mg x 2',
         'EpiPen 0.3 mg x 2', 'IgE spécifiques arachide 45 kU/L, Ara h 2 18 kU/L', 'peanut-specific IgE 45 kU/L, Ara h 2 18 kU/L',
         'test de provocation orale', 'oral food challenge'),
        ('allergie à la pénicilline rapportée (urticaire)', 'reported penicillin allergy (hives)', 'céfuroxime 500 mg BID (substitut)',
         'cefuroxime 500 mg bid (substitute)', 'test cutané PPL/MDM négatif', 'PPL/MDM skin test negative', "provocation à l'amoxicilline",
         'amoxicillin challenge'),
        ('urticaire chronique spontanée', 'chronic spontaneous urticaria', 'omalizumab 300 mg SC q4sem, cétirizine 20 mg BID',
         'omalizumab 300 mg SC q4w, cetirizine 20 mg bid', 'UAS7 32, TSH normale', 'UAS7 32, TSH normal',
         "renouvellement d'omalizumab", 'omalizumab renewal'),
        ('rhinite allergique saisonnière sévère (pollen de bouleau)', 'severe seasonal allergic rhinitis (birch pollen)',
         'immunothérapie sublinguale, fluticasone', 'sublingual immunotherapy, fluticasone', 'prick test bouleau 9 mm',
         'birch prick test 9 mm', "début d'immunothérapie", 'start of immunotherapy'),
        ('allergie au venin de guêpe, réaction systémique grade III', 'wasp venom allergy, grade III systemic reaction',
         'EpiPen, immunothérapie au venin', 'EpiPen, venom immunotherapy', 'tryptase basale 14,2 µg/L',
         'baseline tryptase 14.2 µg/L', 'immunothérapie accélérée', 'rush venom immunotherapy'),
    ],
}

SOCIAL = {
    'fr': ['vit seule depuis le décès de son conjoint', "sans domicile fixe, hébergé à la Maison d'Accueil Cèdre",
           "a besoin d'un interprète (arabe)", 'en arrêt de travail, difficultés financières importantes',
           'aidante naturelle de sa mère en perte d\'autonomie', 'dossier actif à la DPJ (garde partagée contestée)',
           'consommation d\'alcool quotidienne rapportée', 'demandeur d\'asile, couverture PFSI seulement',
           'vit en CHSLD, consentement par la fille (mandataire)', 'incarcéré, escorte des services correctionnels requise'],
    'en': ['lives alone since her husband passed away', 'currently homeless, staying at Cedar House shelter',
           'needs an Arabic interpreter', 'off work, serious financial difficulties', 'primary caregiver for a parent with dementia',
           'active child protection file (contested custody)', 'reports daily alcohol use',
           'refugee claimant, IFHP coverage only', 'lives in long-term care, daughter is substitute decision-maker',
           'incarcerated, correctional escort required'],
}

STREETS = ['rue des Lilas', 'avenue Bellevue', 'rue Champlain', 'boulevard Saint-Joseph', 'rue du Moulin',
           'chemin du Lac-Vert', 'rue Wellington', 'rang Saint-Édouard', 'rue Papineau', 'avenue des Pins']
CITIES_QC = [('Val-des-Cèdres', 'J7Z'), ('Saint-Jérôme', 'J7Y'), ('Laval', 'H7N'), ('Longueuil', 'J4K'),
             ('Sainte-Agathe', 'J8C'), ('Mirabel', 'J7J')]
STREETS_ON = ['Princess Street', 'Bath Road', 'Elm Avenue', 'Concession Road 4', 'Sydenham Street']
CITIES_ON = [('Kingston', 'K7L'), ('Napanee', 'K7R'), ('Ottawa', 'K1Y')]
