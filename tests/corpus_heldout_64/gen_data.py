"""Invented institutions, staff, suppliers and clinical vocabulary."""

# ------------------------------------------------------------ institutions
CHHR = {
    'fr': "Centre hospitalier de Haute-Rivière (CHHR)",
    'en': "Haute-Rivière Hospital Centre (CHHR)",
    'dom': 'chhr.example',
    'addr': "1200, boulevard des Hospitalières, Haute-Rivière (Québec)  G0X 2K0",
}
CLSC = {'fr': "CLSC du Vieux-Moulin – Soutien à domicile", 'en': "Vieux-Moulin CLSC – Home Care",
        'dom': 'clsc-vieuxmoulin.example', 'addr': "45, rue du Moulin, Haute-Rivière (Québec)  G0X 2K0"}
MAISON = {'fr': "Maison de soins palliatifs Aube-Claire", 'en': "Aube-Claire Palliative Care Residence",
          'dom': 'aubeclaire.example', 'addr': "8, chemin de la Grève, Pointe-aux-Hérons (Québec)  G5T 1M4"}
LRCP = {'en': "Lakeshore Regional Cancer Program", 'fr': "Programme régional de cancérologie Lakeshore",
        'dom': 'lrcp.example', 'addr': "300 Harbour Road, Port Ashby ON  K0L 2P0"}
HADELIN = {'fr': "Clinique Saint-Hadelin – Oncologie", 'en': "Saint-Hadelin Clinic – Oncology",
           'dom': 'st-hadelin.example', 'addr': "Rue des Tanneurs 14, 4555 Verlaine-sur-Ourthe, Belgique"}
ORNAIN = {'fr': "Centre hospitalier de Val-d'Ornain – Pharmacie à usage intérieur",
          'en': "Val-d'Ornain Hospital – Pharmacy", 'dom': 'ch-valdornain.example',
          'addr': "2 avenue du Général-Sarrail, 55555 Val-d'Ornain, France"}

SUPPLIERS = [
    {'name': 'Distripharm Nord-Est', 'dom': 'distripharm.example', 'rep': ('Sandra Kim', 'skim'),
     'phone': '1-800-555-0143'},
    {'name': 'OncoSource Canada', 'dom': 'oncosource.example', 'rep': ('Raphaël Gendron', 'rgendron'),
     'phone': '1-888-555-0177'},
    {'name': 'Bioveris Pharma', 'dom': 'bioveris-pharma.example', 'rep': ('Megan Doyle', 'mdoyle'),
     'phone': '1-877-555-0121'},
    {'name': 'Laboratoires Hérault-Santé', 'dom': 'herault-sante.example',
     'rep': ('Julien Marchand', 'jmarchand'), 'phone': '1-866-555-0110'},
    {'name': 'CytoSafe Systems', 'dom': 'cytosafe.example', 'rep': ('Derek Olsen', 'dolsen'),
     'phone': '1-855-555-0166'},
]
SPONSOR = {'name': 'Nordalis Therapeutics', 'dom': 'nordalis.example'}
CRO = {'name': 'Clinivia Research', 'dom': 'clinivia.example'}
TRANSPORT = {'name': 'Transport adapté Rive-Nord', 'dom': 'transport-rivenord.example'}
FAMILY_DOMS = ['courriel.example', 'mailbox.example', 'videotron-mail.example', 'webpost.example']

# ------------------------------------------------------------ staff
# (given, surname, userid, role_fr, role_en, title)
STAFF = {
    'pharm': [
        ('Isabelle', 'Morin-Chartrand', 'imorinchartrand', 'Pharmacienne, oncologie', 'Oncology pharmacist', ''),
        ('Kevin', 'Tran', 'ktran', 'Pharmacien, oncologie', 'Oncology pharmacist', ''),
        ('Nadia', 'Belkacem', 'nbelkacem', 'Pharmacienne, soins palliatifs', 'Palliative care pharmacist', ''),
        ('Olivier', 'Desrosiers', 'odesrosiers', 'Chef adjoint, pharmacie', 'Assistant head of pharmacy', ''),
        ('Priya', 'Raman', 'praman', 'Pharmacienne, essais cliniques', 'Clinical trials pharmacist', ''),
        ('Hélène', 'Vachon', 'hvachon', 'Chef du département de pharmacie', 'Head of pharmacy', ''),
    ],
    'onc': [
        ('Catherine', 'Beaulieu', 'cbeaulieu', 'Hémato-oncologue', 'Hematologist-oncologist', 'Dre'),
        ('Samuel', 'Okafor', 'sokafor', 'Oncologue médical (digestif)', 'Medical oncologist (GI)', 'Dr'),
        ('François', 'Lemire', 'flemire', 'Radio-oncologue', 'Radiation oncologist', 'Dr'),
        ('Rania', 'Haddad', 'rhaddad', 'Gynéco-oncologue', 'Gynecologic oncologist', 'Dre'),
        ('Étienne', 'Fradette', 'efradette', 'Oncologue médical (thoracique)', 'Medical oncologist (thoracic)', 'Dr'),
    ],
    'pall': [
        ('Amélie', 'Trudel', 'atrudel', 'Médecin, soins palliatifs', 'Palliative care physician', 'Dre'),
        ('Daniel', 'Kowalski', 'dkowalski', 'Médecin, soins palliatifs à domicile', 'Home palliative care physician', 'Dr'),
    ],
    'nurse': [
        ('Sophie', 'Grenier', 'sgrenier', 'Infirmière pivot en oncologie', 'Oncology nurse navigator', ''),
        ('Maxime', 'Dubé', 'mdube', 'Infirmier, soutien à domicile', 'Home care nurse', ''),
        ('Laura', 'McNeil', 'lmcneil', 'Infirmière clinicienne, clinique de chimiothérapie', 'Chemo day unit RN', ''),
        ('Chantal', 'Boisvert', 'cboisvert', 'Assistante infirmière-chef, oncologie', 'Assistant nurse manager, oncology', ''),
    ],
    'clsc': [
        ('Maxime', 'Dubé', 'mdube', 'Infirmier, soutien à domicile', 'Home care nurse', ''),
        ('Julie', 'Tessier', 'jtessier', 'Infirmière, soutien à domicile', 'Home care nurse', ''),
        ('Nathan', 'Bergeron', 'nbergeron', 'Infirmier clinicien, soins palliatifs à domicile', 'Home palliative care nurse', ''),
    ],
    'sw': [
        ('Geneviève', 'Roy', 'groy', 'Travailleuse sociale, oncologie', 'Social worker, oncology', ''),
        ('Mark', 'Ellison', 'mellison', 'Travailleur social, soins palliatifs', 'Social worker, palliative care', ''),
    ],
    'research': [
        ('Annie', 'Lachance', 'alachance', 'Coordonnatrice de recherche clinique', 'Clinical research coordinator', ''),
        ('Tom', 'Brennan', 'tbrennan', 'Associé de recherche clinique', 'Clinical research associate', ''),
    ],
    'tech': [
        ('Patrick', 'Ouellet', 'pouellet', 'Assistant technique en pharmacie', 'Pharmacy technician', ''),
        ('Mélanie', 'Côté', 'mcote', 'ATP – salle blanche', 'Pharmacy technician – cleanroom', ''),
    ],
    'admin': [
        ('Josiane', 'Labbé', 'jlabbe', 'Agente administrative, oncologie', 'Administrative officer, oncology', ''),
        ('Robert', 'Gingras', 'rgingras', 'Agent d\'approvisionnement', 'Procurement officer', ''),
        ('Valérie', 'Poulin', 'vpoulin', 'Conseillère en ressources humaines', 'HR advisor', ''),
        ('Steve', 'Bolduc', 'sbolduc', 'Technicien, génie biomédical', 'Biomedical engineering technician', ''),
    ],
}


def staff_name(s, lang, with_title=True):
    t = s[5]
    if t and with_title:
        if lang == 'en':
            t = 'Dr.'
        return '%s %s %s' % (t, s[0], s[1])
    return '%s %s' % (s[0], s[1])


def staff_addr(s, dom='chhr.example'):
    return '%s@%s' % (s[2], dom)


# ------------------------------------------------------------ clinical vocabulary
# (fr, en, typical regimens)
DIAGNOSES = [
    ("adénocarcinome du côlon stade IV (métastases hépatiques)", "stage IV colon adenocarcinoma (liver mets)", 'FOLFOX'),
    ("adénocarcinome pancréatique métastatique", "metastatic pancreatic adenocarcinoma", 'FOLFIRINOX'),
    ("cancer du sein HER2 positif", "HER2-positive breast cancer", 'TCH'),
    ("cancer du sein triple négatif", "triple-negative breast cancer", 'AC-T'),
    ("carcinome pulmonaire non à petites cellules, EGFR muté", "EGFR-mutated non-small cell lung cancer", 'osimertinib'),
    ("CPNPC stade IIIB", "stage IIIB NSCLC", 'carbo-paclitaxel'),
    ("lymphome diffus à grandes cellules B", "diffuse large B-cell lymphoma", 'R-CHOP'),
    ("myélome multiple", "multiple myeloma", 'VRd'),
    ("cancer de l'ovaire séreux de haut grade", "high-grade serous ovarian cancer", 'carbo-paclitaxel'),
    ("mélanome métastatique", "metastatic melanoma", 'nivolumab'),
    ("glioblastome", "glioblastoma", 'temozolomide'),
    ("carcinome épidermoïde de l'oropharynx", "oropharyngeal squamous cell carcinoma", 'cisplatine-RT'),
    ("cancer de la prostate résistant à la castration", "castration-resistant prostate cancer", 'docetaxel'),
    ("leucémie myéloïde chronique", "chronic myeloid leukemia", 'imatinib'),
    ("cancer du poumon à petites cellules", "small cell lung cancer", 'carbo-etoposide'),
    ("cholangiocarcinome", "cholangiocarcinoma", 'gem-cis'),
]

REGIMENS = {
    'FOLFOX': ("FOLFOX-6m : oxaliplatine 85 mg/m², leucovorine 400 mg/m², 5-FU 400 mg/m² bolus puis 2400 mg/m² en 46 h",
               "mFOLFOX6: oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus then 2400 mg/m2 over 46 h"),
    'FOLFIRINOX': ("FOLFIRINOX modifié : oxaliplatine 85 mg/m², irinotécan 150 mg/m², leucovorine 400 mg/m², 5-FU 2400 mg/m² en 46 h",
                   "modified FOLFIRINOX: oxaliplatin 85 mg/m2, irinotecan 150 mg/m2, leucovorin 400 mg/m2, 5-FU 2400 mg/m2 over 46 h"),
    'TCH': ("TCH : docétaxel 75 mg/m², carboplatine ASC 6, trastuzumab 6 mg/kg",
            "TCH: docetaxel 75 mg/m2, carboplatin AUC 6, trastuzumab 6 mg/kg"),
    'AC-T': ("AC dose-dense : doxorubicine 60 mg/m², cyclophosphamide 600 mg/m² q14j, puis paclitaxel",
             "dose-dense AC: doxorubicin 60 mg/m2, cyclophosphamide 600 mg/m2 q14d, then paclitaxel"),
    'osimertinib': ("osimertinib 80 mg PO die", "osimertinib 80 mg PO daily"),
    'carbo-paclitaxel': ("carboplatine ASC 5 + paclitaxel 175 mg/m² q21j", "carboplatin AUC 5 + paclitaxel 175 mg/m2 q21d"),
    'R-CHOP': ("R-CHOP-21 : rituximab 375 mg/m², cyclophosphamide 750 mg/m², doxorubicine 50 mg/m², vincristine 1,4 mg/m² (max 2 mg), prednisone 100 mg J1-5",
               "R-CHOP-21: rituximab 375 mg/m2, cyclophosphamide 750 mg/m2, doxorubicin 50 mg/m2, vincristine 1.4 mg/m2 (cap 2 mg), prednisone 100 mg D1-5"),
    'VRd': ("VRd : bortézomib 1,3 mg/m² SC, lénalidomide 25 mg J1-14, dexaméthasone 40 mg hebdo",
            "VRd: bortezomib 1.3 mg/m2 SC, lenalidomide 25 mg D1-14, dexamethasone 40 mg weekly"),
    'nivolumab': ("nivolumab 480 mg IV q4sem", "nivolumab 480 mg IV q4w"),
    'temozolomide': ("témozolomide 150 mg/m² J1-5 q28j", "temozolomide 150 mg/m2 D1-5 q28d"),
    'cisplatine-RT': ("cisplatine 100 mg/m² q21j concomitant à la radiothérapie", "cisplatin 100 mg/m2 q21d with concurrent RT"),
    'docetaxel': ("docétaxel 75 mg/m² q21j + prednisone 5 mg BID", "docetaxel 75 mg/m2 q21d + prednisone 5 mg BID"),
    'imatinib': ("imatinib 400 mg PO die", "imatinib 400 mg PO daily"),
    'carbo-etoposide': ("carboplatine ASC 5 J1 + étoposide 100 mg/m² J1-3", "carboplatin AUC 5 D1 + etoposide 100 mg/m2 D1-3"),
    'gem-cis': ("gemcitabine 1000 mg/m² + cisplatine 25 mg/m² J1, J8 q21j", "gemcitabine 1000 mg/m2 + cisplatin 25 mg/m2 D1, D8 q21d"),
}

PALLIATIVE_MEDS = [
    ("hydromorphone 1 mg SC q1h PRN", "hydromorphone 1 mg SC q1h PRN"),
    ("hydromorphone 0,5 mg/h en perfusion SC continue (CADD)", "hydromorphone 0.5 mg/h continuous SC infusion (CADD)"),
    ("morphine 5 mg PO q4h régulier + 2,5 mg PRN", "morphine 5 mg PO q4h regular + 2.5 mg PRN"),
    ("midazolam 2,5 mg SC q30 min PRN (détresse)", "midazolam 2.5 mg SC q30min PRN (distress)"),
    ("méthotriméprazine (Nozinan) 6,25 mg SC HS", "methotrimeprazine 6.25 mg SC HS"),
    ("halopéridol 0,5 mg SC q8h PRN nausées", "haloperidol 0.5 mg SC q8h PRN nausea"),
    ("butylbromure de scopolamine 20 mg SC q4h PRN sécrétions", "hyoscine butylbromide 20 mg SC q4h PRN secretions"),
    ("fentanyl timbre 25 mcg/h q72h", "fentanyl patch 25 mcg/h q72h"),
    ("dexaméthasone 4 mg PO die", "dexamethasone 4 mg PO daily"),
    ("méthadone 2,5 mg PO q8h", "methadone 2.5 mg PO q8h"),
]

SUPPORT_MEDS = [
    ("ondansétron 8 mg PO BID x 3 jours", "ondansetron 8 mg PO BID x 3 days"),
    ("aprépitant 125/80/80 mg", "aprepitant 125/80/80 mg"),
    ("filgrastim 300 mcg SC J3 à J7", "filgrastim 300 mcg SC D3-D7"),
    ("pegfilgrastim 6 mg SC J2", "pegfilgrastim 6 mg SC D2"),
    ("énoxaparine 1 mg/kg SC BID", "enoxaparin 1 mg/kg SC BID"),
    ("apixaban 5 mg BID", "apixaban 5 mg BID"),
    ("allopurinol 300 mg die", "allopurinol 300 mg daily"),
    ("acyclovir 400 mg BID", "acyclovir 400 mg BID"),
    ("warfarine 5 mg die", "warfarin 5 mg daily"),
    ("phénytoïne 100 mg TID", "phenytoin 100 mg TID"),
]

SHORTAGE_DRUGS = [
    ('carboplatine 10 mg/mL fiole 45 mL', 'carboplatin 10 mg/mL 45 mL vial'),
    ('cisplatine 1 mg/mL fiole 100 mL', 'cisplatin 1 mg/mL 100 mL vial'),
    ('vincristine 1 mg/mL fiole 2 mL', 'vincristine 1 mg/mL 2 mL vial'),
    ('leucovorine calcique 10 mg/mL', 'leucovorin calcium 10 mg/mL'),
    ('fluorouracile 50 mg/mL fiole 100 mL', 'fluorouracil 50 mg/mL 100 mL vial'),
    ('dacarbazine 200 mg', 'dacarbazine 200 mg'),
    ('méthotrexate 25 mg/mL', 'methotrexate 25 mg/mL'),
    ('BCG intravésical', 'intravesical BCG'),
    ('hydromorphone HP 10 mg/mL', 'hydromorphone HP 10 mg/mL'),
    ('midazolam 5 mg/mL fiole 10 mL', 'midazolam 5 mg/mL 10 mL vial'),
]

TRIALS = [
    ('NRD-4471', 'NORDIC-PANC', "étude de phase II, inhibiteur KRAS G12D en 2e ligne, adénocarcinome pancréatique",
     "phase II, second-line KRAS G12D inhibitor, pancreatic adenocarcinoma",
     [("adénocarcinome pancréatique métastatique", "metastatic pancreatic adenocarcinoma", 'FOLFIRINOX')]),
    ('CLV-2210', 'HORIZON-B', "phase III, conjugué anticorps-médicament vs chimiothérapie, cancer du sein HER2-faible",
     "phase III, antibody-drug conjugate vs chemotherapy, HER2-low breast cancer",
     [("cancer du sein HER2-faible métastatique", "metastatic HER2-low breast cancer", 'AC-T')]),
    ('NRD-3902', 'PALLIA-SLEEP', "essai randomisé, mélatonine vs placebo pour l'insomnie en soins palliatifs",
     "randomised trial, melatonin vs placebo for insomnia in palliative care", None),
    ('CCTG-XR17', 'MYEL-XR', "phase II, anticorps bispécifique, myélome en rechute",
     "phase II, bispecific antibody, relapsed myeloma",
     [("myélome multiple en rechute après 3 lignes", "multiple myeloma relapsed after 3 lines", 'VRd')]),
]

LABS_FR = [
    ("NAN", lambda r: '%.1f x 10⁹/L' % r.choice([0.4, 0.6, 0.8, 0.9, 1.1, 1.3])),
    ("plaquettes", lambda r: '%d x 10⁹/L' % r.choice([38, 52, 64, 71, 88, 96])),
    ("Hb", lambda r: '%d g/L' % r.choice([72, 79, 84, 91, 98])),
    ("créatinine", lambda r: '%d µmol/L' % r.choice([118, 134, 142, 167, 189])),
    ("ClCr (Cockcroft-Gault)", lambda r: '%d mL/min' % r.choice([28, 34, 38, 44, 52])),
    ("bilirubine totale", lambda r: '%d µmol/L' % r.choice([31, 38, 46, 58])),
    ("ALT", lambda r: '%d U/L' % r.choice([88, 112, 145, 203])),
    ("CA 19-9", lambda r: '%d kU/L' % r.choice([412, 980, 1850, 3120])),
    ("ACE", lambda r: '%.1f µg/L' % r.choice([12.4, 27.9, 54.0, 118.5])),
    ("calcium corrigé", lambda r: '%.2f mmol/L' % r.choice([2.81, 2.94, 3.12, 3.35])),
    ("INR", lambda r: '%.1f' % r.choice([2.9, 3.4, 4.1, 4.8])),
    ("magnésium", lambda r: '%.2f mmol/L' % r.choice([0.48, 0.55, 0.59])),
]
LABS_EN = [
    ("ANC", lambda r: '%.1f x 10^9/L' % r.choice([0.4, 0.6, 0.8, 0.9, 1.1, 1.3])),
    ("platelets", lambda r: '%d x 10^9/L' % r.choice([38, 52, 64, 71, 88, 96])),
    ("Hgb", lambda r: '%d g/L' % r.choice([72, 79, 84, 91, 98])),
    ("creatinine", lambda r: '%d umol/L' % r.choice([118, 134, 142, 167, 189])),
    ("CrCl (Cockcroft-Gault)", lambda r: '%d mL/min' % r.choice([28, 34, 38, 44, 52])),
    ("total bilirubin", lambda r: '%d umol/L' % r.choice([31, 38, 46, 58])),
    ("ALT", lambda r: '%d U/L' % r.choice([88, 112, 145, 203])),
    ("CA 19-9", lambda r: '%d kU/L' % r.choice([412, 980, 1850, 3120])),
    ("CEA", lambda r: '%.1f ug/L' % r.choice([12.4, 27.9, 54.0, 118.5])),
    ("corrected calcium", lambda r: '%.2f mmol/L' % r.choice([2.81, 2.94, 3.12, 3.35])),
    ("INR", lambda r: '%.1f' % r.choice([2.9, 3.4, 4.1, 4.8])),
    ("magnesium", lambda r: '%.2f mmol/L' % r.choice([0.48, 0.55, 0.59])),
]

SOCIAL_FR = [
    "vit seule, fille à Montréal, peu de soutien sur place",
    "proche aidant : conjoint de 84 ans, lui-même en perte d'autonomie",
    "difficultés financières, a perdu son emploi depuis le diagnostic",
    "ne conduit plus, dépend de sa voisine pour les rendez-vous",
    "logement au 3e étage sans ascenseur",
    "consommation d'alcool quotidienne rapportée par la famille",
    "conflit familial entre les enfants au sujet du lieu de décès",
    "souhaite mourir à domicile, entourée de ses petits-enfants",
    "aidant principal : fils, travaille de nuit",
    "réside en RPA, transfert en CHSLD envisagé",
]
SOCIAL_EN = [
    "lives alone, daughter in Toronto, little local support",
    "main caregiver is 84-year-old husband, himself frail",
    "financial strain, lost his job since diagnosis",
    "no longer drives, relies on a neighbour for appointments",
    "third-floor walk-up apartment, no elevator",
    "family reports daily alcohol use",
    "family conflict between the children about place of death",
    "wishes to die at home with her grandchildren around",
    "primary caregiver is son, works nights",
    "lives in a seniors' residence, long-term care placement being discussed",
]


# shortage drug (index in SHORTAGE_DRUGS[:6]) -> regimens using it, extra diagnoses, plans (fr, en)
SHORTAGE_PLAN = [
    (['TCH', 'carbo-paclitaxel', 'carbo-etoposide'],
     ['report 1 sem.', 'passage au cisplatine', 'dose arrondie à la fiole', 'maintenir – stock réservé'],
     ['delay 1 wk', 'switch to cisplatin', 'round to vial size', 'keep - reserved stock']),
    (['cisplatine-RT', 'gem-cis'],
     ['passage au carboplatine ASC 5', 'report 1 sem.', 'maintenir – stock réservé'],
     ['switch to carboplatin AUC 5', 'delay 1 wk', 'keep - reserved stock']),
    (['R-CHOP'],
     ['omettre la vincristine ce cycle', 'maintenir – dose plafonnée 2 mg', 'report 1 sem.'],
     ['omit vincristine this cycle', 'keep - capped at 2 mg', 'delay 1 wk']),
    (['FOLFOX', 'FOLFIRINOX'],
     ['passage à la lévoleucovorine', 'omettre la leucovorine', 'maintenir'],
     ['switch to levoleucovorin', 'omit leucovorin', 'keep']),
    (['FOLFOX', 'FOLFIRINOX'],
     ['passage à la capécitabine', 'omettre le bolus de 5-FU', 'report 1 sem.', 'maintenir'],
     ['switch to capecitabine', 'omit 5-FU bolus', 'delay 1 wk', 'keep']),
    (['ABVD', 'DTIC'],
     ['passage à AVD', 'report 1 sem.', 'maintenir – stock réservé'],
     ['switch to AVD', 'delay 1 wk', 'keep - reserved stock']),
]
EXTRA_DX = {'ABVD': ("lymphome de Hodgkin classique", "classical Hodgkin lymphoma", 'ABVD'),
            'DTIC': ("mélanome métastatique", "metastatic melanoma", 'DTIC')}
