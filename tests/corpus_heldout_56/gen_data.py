"""Clinical vocabulary used by the templates (FR / EN)."""

# MADO: key -> (fr name, en name, fr lab, en lab, specimen fr, specimen en, med fr/en or None)
MADO = {
    'tb': ('tuberculose pulmonaire active', 'active pulmonary tuberculosis',
           'TAAN M. tuberculosis complexe détecté; frottis BAAR 2+', 'M. tuberculosis complex NAAT detected; AFB smear 2+',
           'expectorations x3', 'sputum x3', 'RIPE (isoniazide, rifampicine, pyrazinamide, éthambutol)',
           'RIPE (isoniazid, rifampin, pyrazinamide, ethambutol)'),
    'measles': ('rougeole', 'measles', 'TAAN rougeole positif; IgM rougeole positive',
                'measles NAAT positive; measles IgM positive', 'écouvillon nasopharyngé + urine',
                'NP swab + urine', None, None),
    'pertussis': ('coqueluche', 'pertussis', 'TAAN Bordetella pertussis positif', 'Bordetella pertussis NAAT positive',
                  'écouvillon nasopharyngé', 'NP swab', 'azithromycine 5 jours', 'azithromycin x 5 days'),
    'imd': ('infection invasive à méningocoque', 'invasive meningococcal disease',
            'Neisseria meningitidis sérogroupe B isolé du LCR', 'Neisseria meningitidis serogroup B isolated from CSF',
            'LCR', 'CSF', 'ceftriaxone IV', 'IV ceftriaxone'),
    'hepa': ('hépatite A', 'hepatitis A', 'IgM anti-VHA positif; ALT 1840 U/L', 'anti-HAV IgM positive; ALT 1840 U/L',
             'sérum', 'serum', None, None),
    'legio': ('légionellose', 'legionellosis', 'antigène urinaire Legionella pneumophila sg1 positif',
              'Legionella pneumophila sg1 urinary antigen positive', 'urine', 'urine', 'lévofloxacine', 'levofloxacin'),
    'syph': ('syphilis infectieuse (secondaire)', 'infectious syphilis (secondary)', 'RPR 1:64, TP-PA réactif',
             'RPR 1:64, TP-PA reactive', 'sérum', 'serum', 'pénicilline G benzathine 2,4 M UI IM',
             'benzathine penicillin G 2.4 MU IM'),
    'gono': ('infection gonococcique', 'gonococcal infection', 'TAAN N. gonorrhoeae positif',
             'N. gonorrhoeae NAAT positive', 'urine 1er jet', 'first-void urine', 'ceftriaxone 500 mg IM',
             'ceftriaxone 500 mg IM'),
    'chlam': ('infection à Chlamydia trachomatis', 'Chlamydia trachomatis infection', 'TAAN C. trachomatis positif',
              'C. trachomatis NAAT positive', 'écouvillon vaginal', 'vaginal swab', 'doxycycline 100 mg BID x 7 j',
              'doxycycline 100 mg BID x 7 d'),
    'salmo': ('salmonellose', 'salmonellosis', 'Salmonella Enteritidis isolée (coproculture)',
              'Salmonella Enteritidis isolated (stool culture)', 'selles', 'stool', None, None),
    'shig': ('shigellose', 'shigellosis', 'Shigella sonnei isolée, résistante à la ciprofloxacine',
             'Shigella sonnei isolated, ciprofloxacin-resistant', 'selles', 'stool', 'azithromycine',
             'azithromycin'),
    'stec': ('infection à E. coli producteur de shigatoxines (O157:H7)', 'STEC O157:H7 infection',
             'E. coli O157:H7, stx2 détecté', 'E. coli O157:H7, stx2 detected', 'selles', 'stool', None, None),
    'listeria': ('listériose invasive', 'invasive listeriosis', 'Listeria monocytogenes isolée (hémoculture)',
                 'Listeria monocytogenes isolated (blood culture)', 'hémocultures', 'blood cultures',
                 'ampicilline IV', 'IV ampicillin'),
    'mumps': ('oreillons', 'mumps', 'TAAN oreillons positif (écouvillon buccal)', 'mumps NAAT positive (buccal swab)',
              'écouvillon buccal', 'buccal swab', None, None),
    'igas': ('infection invasive à streptocoque du groupe A', 'invasive group A streptococcal disease',
             'Streptococcus pyogenes isolé (hémoculture), emm1', 'Streptococcus pyogenes isolated (blood culture), emm1',
             'hémocultures', 'blood cultures', 'pénicilline + clindamycine IV', 'IV penicillin + clindamycin'),
    'hepb': ('hépatite B aiguë', 'acute hepatitis B', 'AgHBs positif, anti-HBc IgM positif',
             'HBsAg positive, anti-HBc IgM positive', 'sérum', 'serum', None, None),
    'mpox': ('mpox (variole simienne)', 'mpox', 'TAAN virus mpox (clade II) détecté', 'mpox virus (clade II) NAAT detected',
             'écouvillon de lésion', 'lesion swab', None, None),
    'lyme': ('maladie de Lyme', 'Lyme disease', 'sérologie Lyme: ELISA + immunobuvardage IgG positifs',
             'Lyme serology: EIA + IgG immunoblot positive', 'sérum', 'serum', 'doxycycline 21 jours',
             'doxycycline x 21 days'),
}

# Nosocomial organisms: key -> (fr, en, lab fr, lab en, precautions fr, precautions en)
NOSO = {
    'sarm': ('SARM', 'MRSA', 'dépistage nasal SARM positif', 'MRSA nasal screen positive',
             'précautions contact', 'contact precautions'),
    'erv': ('ERV', 'VRE', 'dépistage rectal ERV positif (E. faecium vanA)', 'VRE rectal screen positive (E. faecium vanA)',
            'précautions contact', 'contact precautions'),
    'epc': ('BGNPC (EPC, KPC)', 'CPE (KPC)', 'dépistage rectal: K. pneumoniae productrice de KPC',
            'rectal screen: KPC-producing K. pneumoniae', 'précautions contact renforcées', 'enhanced contact precautions'),
    'cdiff': ('C. difficile', 'C. difficile', 'TAAN toxine C. difficile positif', 'C. difficile toxin PCR positive',
              'précautions contact + chambre privée', 'contact precautions, private room'),
    'flu': ('influenza A', 'influenza A', 'TAAN influenza A (H3) positif', 'influenza A (H3) PCR positive',
            'précautions gouttelettes-contact', 'droplet/contact precautions'),
    'rsv': ('VRS', 'RSV', 'TAAN VRS positif', 'RSV PCR positive', 'précautions gouttelettes-contact',
            'droplet/contact precautions'),
    'covid': ('COVID-19', 'COVID-19', 'TAAN SARS-CoV-2 détecté (Ct 22)', 'SARS-CoV-2 PCR detected (Ct 22)',
              'précautions gouttelettes-contact + N95 si IMGA', 'droplet/contact, N95 for AGMP'),
    'noro': ('norovirus', 'norovirus', 'TAAN norovirus GII positif (selles)', 'norovirus GII PCR positive (stool)',
             'précautions contact entérique', 'enteric contact precautions'),
}

SYMPT_FR = ['fièvre', 'toux', 'diarrhée', 'vomissements', 'mal de gorge', 'myalgies', 'dyspnée', 'confusion',
            'éruption maculopapulaire', 'conjonctivite', 'rhinorrhée']
SYMPT_EN = ['fever', 'cough', 'diarrhea', 'vomiting', 'sore throat', 'myalgia', 'shortness of breath', 'confusion',
            'maculopapular rash', 'conjunctivitis', 'runny nose']

# Vaccines: (fr, en, lot prefix)
VACC = [('vaccin contre l\'influenza (VII)', 'influenza vaccine (IIV)', 'FL'),
        ('COVID-19 ARNm', 'COVID-19 mRNA', 'CV'),
        ('Pneu-C-20', 'Pneu-C-20', 'PN'),
        ('RRO (rougeole-rubéole-oreillons)', 'MMR', 'MR'),
        ('dcaT (coqueluche)', 'Tdap', 'TD'),
        ('zona (VZR)', 'shingles (RZV)', 'ZR'),
        ('VPH-9', 'HPV9', 'HP'),
        ('hépatite B', 'hepatitis B', 'HB'),
        ('DCaT-VPI-Hib', 'DTaP-IPV-Hib', 'DH')]

AEFI_FR = ['réaction locale étendue (> 10 cm) au bras gauche', 'anaphylaxie 15 min post-vaccination, épinéphrine IM x1',
           'syncope avec chute, lacération au front', 'fièvre 40,1 °C et convulsion fébrile',
           'paralysie faciale périphérique (Bell) à J+9', 'urticaire généralisée à J+1',
           'syndrome de Guillain-Barré suspecté à J+14', 'douleur et limitation du bras (SIRVA) persistante']
AEFI_EN = ['extensive local reaction (> 10 cm) left arm', 'anaphylaxis 15 min post-vaccination, IM epinephrine x1',
           'syncope with fall, forehead laceration', 'fever 40.1 C and febrile seizure',
           'peripheral facial palsy (Bell) on day 9', 'generalized urticaria on day 1',
           'suspected Guillain-Barré syndrome on day 14', 'persistent shoulder pain and limited motion (SIRVA)']

SOCIAL_FR = ['en situation d\'itinérance, hébergé au refuge Le Phare-Nord', 'vit seul(e), sans réseau de soutien',
             'demandeur d\'asile arrivé il y a 4 mois', 'consommation de drogues par injection active',
             'sortie récente de détention (établissement de détention de la Haute-Rivière)',
             'travailleur agricole temporaire, loge avec 6 collègues', 'mère monoparentale de 3 enfants',
             'travaille comme cuisinier dans un restaurant', 'travailleuse du sexe',
             'HARSAH, 4 partenaires dans les 3 derniers mois', 'fréquente une garderie en milieu familial']
SOCIAL_EN = ['experiencing homelessness, staying at Harbour Light shelter', 'lives alone, no support network',
             'asylum claimant, arrived 4 months ago', 'active injection drug use',
             'recently released from detention', 'temporary farm worker sharing housing with 6 co-workers',
             'single mother of 3 children', 'works as a line cook in a restaurant', 'sex worker',
             'gbMSM, 4 partners in the past 3 months', 'attends a home daycare']
