"""Clinical content banks for an imaging department (French-Canadian and English)."""

# Each exam: names, whether contrast is usual, indications and findings per language.
EXAMS = [
    dict(key='mri_brain', mod='MR', contrast='gado',
         fr='IRM cérébrale', en='MRI brain', fr_short='IRM tête', en_short='MR head',
         ind_fr=['céphalées progressives depuis 3 mois, r/o lésion expansive',
                 'suivi sclérose en plaques, dernière IRM il y a 14 mois',
                 'vertiges et diplopie intermittente, r/o AVC du tronc'],
         ind_en=['progressive headaches x 3 months, r/o mass lesion',
                 'MS follow-up, last MRI 14 months ago',
                 'vertigo and intermittent diplopia, r/o brainstem stroke'],
         find_fr=['Multiples hypersignaux T2/FLAIR périventriculaires dont deux rehaussés, compatibles avec une poussée de SEP.',
                  'Lésion extra-axiale de 22 mm à base d\'implantation durale frontale droite, évoquant un méningiome.',
                  'Infarctus lacunaire récent du pont à gauche.'],
         find_en=['Multiple periventricular T2/FLAIR hyperintensities, two enhancing, consistent with active MS.',
                  '22 mm extra-axial dural-based right frontal lesion, likely meningioma.',
                  'Recent left pontine lacunar infarct.']),
    dict(key='mri_lspine', mod='MR', contrast=None,
         fr='IRM colonne lombaire', en='MRI lumbar spine', fr_short='IRM lombaire', en_short='MR L-spine',
         ind_fr=['lombosciatalgie gauche réfractaire, déficit L5', 'lombalgie + perte de poids, ATCD néo sein'],
         ind_en=['refractory left sciatica with L5 weakness', 'back pain with weight loss, hx breast cancer'],
         find_fr=['Hernie discale L4-L5 paramédiane gauche comprimant la racine L5 gauche.',
                  'Lésions osseuses multiples en hyposignal T1 (L2, L4, sacrum) suspectes de métastases.'],
         find_en=['Left paracentral L4-5 disc herniation compressing the traversing left L5 root.',
                  'Multiple T1 hypointense osseous lesions (L2, L4, sacrum) suspicious for metastases.']),
    dict(key='mri_knee', mod='MR', contrast=None,
         fr='IRM genou droit', en='MRI right knee', fr_short='IRM genou', en_short='MR knee',
         ind_fr=['blocage mécanique, r/o déchirure méniscale', 'instabilité post-trauma ski'],
         ind_en=['locking, r/o meniscal tear', 'instability after skiing injury'],
         find_fr=['Déchirure complexe de la corne postérieure du ménisque interne.',
                  'Rupture complète du LCA avec contusions osseuses typiques.'],
         find_en=['Complex tear of the posterior horn of the medial meniscus.',
                  'Complete ACL rupture with typical pivot-shift bone bruises.']),
    dict(key='mri_prostate', mod='MR', contrast='gado',
         fr='IRM prostate multiparamétrique', en='Multiparametric prostate MRI', fr_short='IRM prostate', en_short='mpMRI prostate',
         ind_fr=['APS 9,4 µg/L en hausse, biopsie antérieure négative'],
         ind_en=['rising PSA 9.4 ug/L, prior negative biopsy'],
         find_fr=['Lésion PI-RADS 4 de 11 mm de la zone périphérique postéro-latérale gauche.'],
         find_en=['11 mm PI-RADS 4 lesion, left posterolateral peripheral zone.']),
    dict(key='ct_chest', mod='CT', contrast='iodine',
         fr='TDM thoracique (angio-TDM)', en='CT pulmonary angiogram', fr_short='angio-TDM', en_short='CTPA',
         ind_fr=['dyspnée + D-dimères 2,1, r/o EP', 'nodule 8 mm LSD au suivi'],
         ind_en=['dyspnoea, D-dimer 2.1, r/o PE', 'follow-up of 8 mm RUL nodule'],
         find_fr=['Embolie pulmonaire segmentaire du lobe inférieur droit, sans surcharge droite.',
                  'Nodule solide de 11 mm du LSD, en croissance (8 mm antérieurement). Lung-RADS 4A.'],
         find_en=['Segmental pulmonary embolism in the right lower lobe, no right heart strain.',
                  'Solid 11 mm RUL nodule, enlarging (previously 8 mm). Lung-RADS 4A.']),
    dict(key='ct_abdo', mod='CT', contrast='iodine',
         fr='TDM abdomino-pelvienne', en='CT abdomen/pelvis', fr_short='TDM A/P', en_short='CT A/P',
         ind_fr=['douleur FID, fièvre, r/o appendicite', 'bilan d\'extension adénocarcinome du côlon',
                 'hématurie macroscopique'],
         ind_en=['RLQ pain and fever, r/o appendicitis', 'staging of colon adenocarcinoma',
                 'gross haematuria'],
         find_fr=['Appendicite aiguë non compliquée, appendice de 11 mm.',
                  'Deux lésions hépatiques hypodenses (segments VI et VII) suspectes de métastases.',
                  'Masse rénale gauche de 3,4 cm rehaussante, suspecte d\'un carcinome à cellules rénales.'],
         find_en=['Acute uncomplicated appendicitis, appendix 11 mm.',
                  'Two hypodense liver lesions (segments VI and VII) suspicious for metastases.',
                  '3.4 cm enhancing left renal mass, suspicious for renal cell carcinoma.']),
    dict(key='ct_head', mod='CT', contrast=None,
         fr='TDM cérébrale sans contraste', en='CT head non-contrast', fr_short='TDM tête', en_short='CT head',
         ind_fr=['chute, sous anticoagulant, céphalée', 'confusion aiguë'],
         ind_en=['fall while anticoagulated, headache', 'acute confusion'],
         find_fr=['Hématome sous-dural aigu fronto-pariétal droit de 9 mm, effet de masse discret.',
                  'Pas d\'hémorragie. Atrophie et leucoaraïose modérées.'],
         find_en=['Acute right frontoparietal subdural haematoma, 9 mm, mild mass effect.',
                  'No haemorrhage. Moderate atrophy and small-vessel change.']),
    dict(key='us_abdo', mod='US', contrast=None,
         fr='échographie abdominale', en='abdominal ultrasound', fr_short='écho abdo', en_short='US abdo',
         ind_fr=['douleur HCD postprandiale', 'bilan hépatique perturbé'],
         ind_en=['postprandial RUQ pain', 'abnormal liver enzymes'],
         find_fr=['Cholélithiase multiple sans signe de cholécystite.', 'Stéatose hépatique modérée, foie de 18 cm.'],
         find_en=['Multiple gallstones without signs of cholecystitis.', 'Moderate hepatic steatosis, liver 18 cm.']),
    dict(key='us_pelvis', mod='US', contrast=None,
         fr='échographie pelvienne endovaginale', en='transvaginal pelvic ultrasound', fr_short='écho pelvienne', en_short='TV US',
         ind_fr=['saignement post-ménopausique', 'douleur pelvienne, r/o kyste ovarien'],
         ind_en=['postmenopausal bleeding', 'pelvic pain, r/o ovarian cyst'],
         find_fr=['Endomètre épaissi à 14 mm, hétérogène.', 'Kyste ovarien droit complexe de 5,2 cm.'],
         find_en=['Thickened heterogeneous endometrium, 14 mm.', 'Complex right ovarian cyst, 5.2 cm.']),
    dict(key='us_doppler', mod='US', contrast=None,
         fr='écho-Doppler veineux membre inférieur', en='lower-limb venous Doppler', fr_short='Doppler MI', en_short='LE Doppler',
         ind_fr=['mollet gauche œdématié et douloureux'],
         ind_en=['swollen painful left calf'],
         find_fr=['Thrombose veineuse profonde poplitée et fémorale superficielle gauche.'],
         find_en=['Left popliteal and femoral vein deep vein thrombosis.']),
    dict(key='us_thyroid', mod='US', contrast=None,
         fr='échographie thyroïdienne', en='thyroid ultrasound', fr_short='écho thyroïde', en_short='US thyroid',
         ind_fr=['nodule palpable lobe droit'],
         ind_en=['palpable right lobe nodule'],
         find_fr=['Nodule solide hypoéchogène de 1,8 cm du lobe droit, TI-RADS 4. Cytoponction recommandée.'],
         find_en=['1.8 cm solid hypoechoic right lobe nodule, TI-RADS 4. FNA recommended.']),
    dict(key='mammo', mod='MG', contrast=None,
         fr='mammographie de dépistage', en='screening mammogram', fr_short='mammo', en_short='mammo',
         ind_fr=['dépistage biennal'], ind_en=['biennial screening'],
         find_fr=['Asymétrie focale du QSE gauche, BI-RADS 0 : clichés complémentaires requis.',
                  'Microcalcifications groupées pléomorphes du sein droit, BI-RADS 4B.'],
         find_en=['Focal asymmetry left UOQ, BI-RADS 0: additional views required.',
                  'Grouped pleomorphic microcalcifications right breast, BI-RADS 4B.']),
    dict(key='dexa', mod='DX', contrast=None,
         fr='ostéodensitométrie', en='bone densitometry (DXA)', fr_short='DMO', en_short='DXA',
         ind_fr=['ménopause précoce, corticothérapie prolongée'], ind_en=['early menopause, long-term steroids'],
         find_fr=['T-score col fémoral -2,8 ; L1-L4 -2,5 : ostéoporose.'],
         find_en=['Femoral neck T-score -2.8; L1-L4 -2.5: osteoporosis.']),
]

EXAM_BY_KEY = {e['key']: e for e in EXAMS}

IR_PROCS = [
    dict(fr='biopsie hépatique percutanée sous écho', en='US-guided percutaneous liver biopsy',
         ind_fr='lésion hépatique de 2,3 cm du segment VI, r/o métastase', ind_en='2.3 cm segment VI liver lesion, r/o metastasis'),
    dict(fr='drainage percutané d\'abcès', en='percutaneous abscess drainage',
         ind_fr='collection pelvienne de 6 cm post-sigmoïdectomie', ind_en='6 cm pelvic collection after sigmoid resection'),
    dict(fr='installation de PICC', en='PICC line insertion',
         ind_fr='antibiothérapie IV 6 semaines pour ostéomyélite', ind_en='6 weeks of IV antibiotics for osteomyelitis'),
    dict(fr='néphrostomie percutanée droite', en='right percutaneous nephrostomy',
         ind_fr='hydronéphrose droite obstructive, créat en hausse', ind_en='obstructive right hydronephrosis, rising creatinine'),
    dict(fr='embolisation des artères utérines', en='uterine artery embolisation', sex='F',
         ind_fr='fibromes symptomatiques, ménorragies, Hb basse', ind_en='symptomatic fibroids with menorrhagia and anaemia'),
    dict(fr='vertébroplastie T12', en='T12 vertebroplasty',
         ind_fr='fracture ostéoporotique douloureuse T12', ind_en='painful osteoporotic T12 compression fracture'),
    dict(fr='biopsie rénale sous écho', en='US-guided renal biopsy',
         ind_fr='protéinurie néphrotique, r/o glomérulonéphrite', ind_en='nephrotic-range proteinuria, r/o glomerulonephritis'),
    dict(fr='paracentèse évacuatrice', en='large-volume paracentesis',
         ind_fr='ascite réfractaire sur cirrhose', ind_en='refractory ascites from cirrhosis'),
]

ANTICOAG = [
    dict(fr='apixaban (Eliquis) 5 mg BID', en='apixaban (Eliquis) 5 mg BID', hold_fr='cesser 48 h avant', hold_en='hold 48 h before'),
    dict(fr='rivaroxaban (Xarelto) 20 mg DIE', en='rivaroxaban 20 mg daily', hold_fr='cesser 48 h avant', hold_en='hold 48 h prior'),
    dict(fr='warfarine (Coumadin) 4 mg', en='warfarin 4 mg', hold_fr='cesser 5 jours avant, INR le matin', hold_en='stop 5 days before, INR that morning'),
    dict(fr='clopidogrel (Plavix) 75 mg', en='clopidogrel (Plavix) 75 mg', hold_fr='cesser 5 jours avant', hold_en='hold 5 days'),
    dict(fr='enoxaparine (Lovenox) 80 mg SC BID', en='enoxaparin 80 mg SC q12h', hold_fr='dernière dose 24 h avant', hold_en='last dose 24 h before'),
]

OTHER_MEDS_FR = ['metformine 1000 mg BID', 'Glucophage 850 mg TID', 'levothyroxine 100 mcg', 'ASA 80 mg DIE',
                 'atorvastatine 40 mg', 'ramipril 10 mg', 'insuline glargine 22 U HS', 'tamoxifène 20 mg',
                 'méthotrexate 15 mg/sem.', 'prednisone 10 mg DIE']
OTHER_MEDS_EN = ['metformin 1000 mg BID', 'Glucophage 850 mg TID', 'levothyroxine 100 mcg', 'ASA 81 mg daily',
                 'atorvastatin 40 mg', 'ramipril 10 mg', 'insulin glargine 22 units qhs', 'tamoxifen 20 mg',
                 'methotrexate 15 mg weekly', 'prednisone 10 mg daily']

PREMED_FR = ('prednisone 50 mg PO 13 h, 7 h et 1 h avant l\'examen + diphénhydramine (Benadryl) 50 mg PO 1 h avant')
PREMED_EN = ('prednisone 50 mg PO at 13 h, 7 h and 1 h before the scan, plus diphenhydramine (Benadryl) 50 mg PO 1 h before')

SEDATION_FR = ['lorazépam (Ativan) 1 mg SL 30 min avant l\'IRM', 'lorazépam 0,5 mg SL, à répéter x 1 PRN']
SEDATION_EN = ['lorazepam (Ativan) 1 mg SL 30 min before the MRI', 'lorazepam 0.5 mg SL, may repeat once']

CONTRAST_FR = {'gado': 'gadobutrol (Gadovist) 0,1 mmol/kg', 'iodine': 'iohexol (Omnipaque 350) 80 mL'}
CONTRAST_EN = {'gado': 'gadobutrol (Gadovist) 0.1 mmol/kg', 'iodine': 'iohexol (Omnipaque 350) 80 mL'}

IMPLANTS_FR = ['stimulateur cardiaque Medtrix (conditionnel IRM selon la fiche)', 'clip d\'anévrisme cérébral (1998, modèle inconnu)',
               'neurostimulateur médullaire', 'éclat métallique intra-oculaire (soudeur)', 'implant cochléaire gauche',
               'valve cardiaque mécanique', 'pompe à insuline (à retirer)']
IMPLANTS_EN = ['Medtrix pacemaker (MR-conditional per card)', 'cerebral aneurysm clip (1998, model unknown)',
               'spinal cord stimulator', 'intra-ocular metal fragment (welder)', 'left cochlear implant',
               'mechanical heart valve', 'insulin pump (to be removed)']


def lab_values(rng, lang):
    """Return a dict of plausible lab strings (with units) in the given language."""
    creat = rng.randint(58, 188)
    egfr = max(18, min(95, int(110 - creat * 0.45 + rng.randint(-6, 6))))
    inr = rng.choice(['0,9', '1,0', '1,1', '1,3', '1,6', '2,4'])
    plt = rng.randint(62, 340)
    hb = rng.randint(84, 146)
    psa = rng.choice(['6,8', '9,4', '12,1', '4,9'])
    if lang == 'en':
        inr = inr.replace(',', '.')
        psa = psa.replace(',', '.')
        return dict(creat='creatinine %d umol/L' % creat, egfr='eGFR %d mL/min/1.73m2' % egfr,
                    inr='INR %s' % inr, plt='platelets %d x10^9/L' % plt, hb='Hb %d g/L' % hb,
                    psa='PSA %s ug/L' % psa, hcg='beta-hCG negative (<5 IU/L)',
                    egfr_num=egfr, creat_num=creat)
    return dict(creat='créat %d µmol/L' % creat, egfr='DFGe %d mL/min/1,73 m²' % egfr,
                inr='INR %s' % inr, plt='plaquettes %d x 10⁹/L' % plt, hb='Hb %d g/L' % hb,
                psa='APS %s µg/L' % psa, hcg='β-hCG négatif (< 5 UI/L)',
                egfr_num=egfr, creat_num=creat)
