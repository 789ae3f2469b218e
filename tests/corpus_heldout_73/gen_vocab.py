"""Clinical / public-health vocabulary (fr / en)."""

# key: (fr name, en name, lab result fr, lab result en, treatment fr, treatment en)
MADO = {
    'pertussis': ('coqueluche', 'pertussis', 'TAAN Bordetella pertussis positif (écouvillon nasopharyngé)',
                  'Bordetella pertussis NAAT positive (NP swab)', 'azithromycine 500 mg J1 puis 250 mg J2-J5',
                  'azithromycin 500 mg day 1 then 250 mg days 2-5'),
    'measles': ('rougeole', 'measles', 'IgM rougeole positives, TAAN rougeole positif (urine)',
                'measles IgM positive, measles PCR positive (urine)', 'vitamine A 200 000 UI x 2 jours',
                'vitamin A 200,000 IU x 2 days'),
    'salmonella': ('salmonellose', 'salmonellosis', 'coproculture : Salmonella Enteritidis',
                   'stool culture: Salmonella Enteritidis', 'aucun antibiotique, réhydratation orale',
                   'no antibiotics, oral rehydration'),
    'campylo': ('campylobactériose', 'campylobacteriosis', 'coproculture : Campylobacter jejuni',
                'stool culture: Campylobacter jejuni', 'azithromycine 500 mg DIE x 3 jours',
                'azithromycin 500 mg daily x 3 days'),
    'hepA': ('hépatite A', 'hepatitis A', 'IgM anti-VHA positives, ALT 1840 U/L',
             'anti-HAV IgM positive, ALT 1840 U/L', 'soins de soutien', 'supportive care'),
    'hepB': ('hépatite B aiguë', 'acute hepatitis B', 'AgHBs positif, anti-HBc IgM positif',
             'HBsAg positive, anti-HBc IgM positive', 'suivi en hépatologie', 'hepatology follow-up'),
    'imd': ('infection invasive à méningocoque', 'invasive meningococcal disease',
            'hémoculture : Neisseria meningitidis sérogroupe B', 'blood culture: Neisseria meningitidis serogroup B',
            'ceftriaxone 2 g IV q12h', 'ceftriaxone 2 g IV q12h'),
    'legionella': ('légionellose', 'legionellosis', 'antigène urinaire Legionella positif',
                   'Legionella urinary antigen positive', 'lévofloxacine 750 mg DIE', 'levofloxacin 750 mg daily'),
    'lyme': ('maladie de Lyme', 'Lyme disease', 'sérologie Lyme (EIA + immunobuvardage) positive',
             'Lyme serology (EIA + immunoblot) positive', 'doxycycline 100 mg BID x 14 jours',
             'doxycycline 100 mg BID x 14 days'),
    'shigella': ('shigellose', 'shigellosis', 'coproculture : Shigella sonnei (BLSE)',
                 'stool culture: Shigella sonnei (ESBL)', 'ciprofloxacine 500 mg BID x 3 jours',
                 'ciprofloxacin 500 mg BID x 3 days'),
    'igas': ('infection invasive à streptocoque du groupe A', 'invasive group A streptococcal disease',
             'hémoculture : Streptococcus pyogenes', 'blood culture: Streptococcus pyogenes',
             'pénicilline G IV + clindamycine', 'IV penicillin G + clindamycin'),
    'ecoli': ('infection à E. coli O157:H7', 'E. coli O157:H7 infection', 'coproculture : E. coli producteur de shigatoxine O157',
              'stool culture: Shiga toxin-producing E. coli O157', 'aucun antibiotique (risque de SHU)',
              'no antibiotics (HUS risk)'),
    'mumps': ('oreillons', 'mumps', 'TAAN oreillons positif (écouvillon buccal)', 'mumps PCR positive (buccal swab)',
              'isolement 5 jours', 'isolation 5 days'),
    'giardia': ('giardiase', 'giardiasis', 'recherche de parasites : Giardia lamblia', 'ova and parasites: Giardia lamblia',
                'métronidazole 250 mg TID x 5 jours', 'metronidazole 250 mg TID x 5 days'),
}

STI = {
    'chlamydia': ('infection à Chlamydia trachomatis', 'Chlamydia trachomatis infection',
                  'TAAN C. trachomatis positif (urine)', 'C. trachomatis NAAT positive (urine)',
                  'doxycycline 100 mg BID x 7 jours', 'doxycycline 100 mg BID x 7 days'),
    'gono': ('infection gonococcique', 'gonorrhea', 'TAAN N. gonorrhoeae positif (gorge et rectum)',
             'N. gonorrhoeae NAAT positive (throat and rectum)', 'ceftriaxone 500 mg IM dose unique',
             'ceftriaxone 500 mg IM single dose'),
    'syphilis': ('syphilis infectieuse (secondaire)', 'infectious syphilis (secondary)',
                 'EIA syphilis réactif, RPR 1:32, TPPA réactif', 'syphilis EIA reactive, RPR 1:32, TPPA reactive',
                 'pénicilline G benzathine 2,4 M UI IM', 'benzathine penicillin G 2.4 MU IM'),
    'lgv': ('lymphogranulomatose vénérienne', 'lymphogranuloma venereum', 'génotypage L2b positif (rectum)',
            'L2b genotype positive (rectal)', 'doxycycline 100 mg BID x 21 jours', 'doxycycline 100 mg BID x 21 days'),
}

TB_MEDS_FR = 'isoniazide 300 mg, rifampicine 600 mg, pyrazinamide 1500 mg et éthambutol 1200 mg DIE'
TB_MEDS_EN = 'isoniazid 300 mg, rifampin 600 mg, pyrazinamide 1500 mg and ethambutol 1200 mg daily'
TB_LABS_FR = ['frottis BAAR 2+, TAAN M. tuberculosis complexe positif', 'culture positive M. tuberculosis, sensible à tous',
              'frottis BAAR négatif, culture positive à 3 semaines', 'frottis BAAR 3+, cavitation lobe supérieur droit']
TB_LABS_EN = ['AFB smear 2+, M. tuberculosis complex NAAT positive', 'culture positive for M. tuberculosis, pan-susceptible',
              'AFB smear negative, culture positive at 3 weeks', 'AFB smear 3+, right upper lobe cavitation']

RELATIONS_FR = ['conjointe', 'conjoint', 'fils', 'fille', 'colocataire', 'collègue de travail', 'mère', 'père',
                'ami(e)', 'beau-frère', 'grand-mère', 'voisin']
RELATIONS_EN = ['spouse', 'son', 'daughter', 'roommate', 'co-worker', 'mother', 'father', 'friend', 'brother-in-law']

SYMPT_FR = ['fièvre', 'toux', 'diarrhée', 'vomissements', 'éruption maculopapulaire', 'céphalée',
            'douleurs abdominales', 'conjonctivite', 'mal de gorge', 'myalgies']
SYMPT_EN = ['fever', 'cough', 'diarrhea', 'vomiting', 'maculopapular rash', 'headache', 'abdominal pain',
            'conjunctivitis', 'sore throat', 'myalgia']

VACCINES = [('Influvac Tetra', 'influenza'), ('Comirnaty', 'COVID-19'), ('Boostrix', 'dcaT'),
            ('Priorix-Tetra', 'RRO-Var'), ('Engerix-B', 'hépatite B'), ('Twinrix', 'hépatites A et B'),
            ('Gardasil 9', 'VPH'), ('Shingrix', 'zona'), ('Pneumovax 23', 'pneumocoque'),
            ('Menveo', 'méningocoque ACYW'), ('Imovax Rage', 'rage'), ('Havrix', 'hépatite A'),
            ('Vivotif', 'typhoïde'), ('Dukoral', 'choléra/ETEC'), ('Ixiaro', 'encéphalite japonaise'),
            ('Jynneos (Imvamune)', 'mpox'), ('Arexvy', 'VRS')]

DESTS = [('Inde', 'India'), ('Pérou', 'Peru'), ('Sénégal', 'Senegal'), ('Haïti', 'Haiti'), ('Vietnam', 'Vietnam'),
         ('Kenya', 'Kenya'), ('Colombie', 'Colombia'), ('Indonésie (Bali)', 'Indonesia (Bali)'),
         ('République dominicaine', 'Dominican Republic'), ('Tanzanie', 'Tanzania'), ('Népal', 'Nepal'),
         ('Cameroun', 'Cameroon'), ('Arabie saoudite (Hajj)', 'Saudi Arabia (Hajj)')]

LOTS = ['U7845AA', 'HB4471', 'T0293-2B', 'X3J82', 'AFLUA914BA', 'FN8874', 'MK2207', 'R12P45', 'W3311-01',
        'S08XT4', 'LT52190', 'GH771K']
