"""Clinical and social vocabulary for palliative care, French and English."""
import hashlib

# (fr, en)
DIAG = [
    ('cancer du pancréas métastatique (foie, péritoine)', 'metastatic pancreatic cancer (liver, peritoneum)'),
    ('néoplasie pulmonaire stade IV avec métastases cérébrales', 'stage IV lung cancer with brain metastases'),
    ('SLA (sclérose latérale amyotrophique), atteinte bulbaire', 'ALS with bulbar involvement'),
    ('insuffisance cardiaque terminale, FEVG 15 %', 'end-stage heart failure, EF 15%'),
    ('MPOC sévère, O2 à domicile 3 L', 'severe COPD on 3 L home oxygen'),
    ('démence d\'Alzheimer avancée, FAST 7d', 'advanced Alzheimer dementia, FAST 7d'),
    ('glioblastome multiforme en progression', 'progressive glioblastoma'),
    ('cancer du sein avec métastases osseuses diffuses', 'breast cancer with diffuse bone metastases', 'F'),
    ('néo colorectal avec carcinomatose péritonéale', 'colorectal cancer with peritoneal carcinomatosis'),
    ('insuffisance rénale terminale, arrêt de l\'hémodialyse', 'end-stage renal disease, dialysis withdrawn'),
    ('cirrhose décompensée (Child C), ascite réfractaire', 'decompensated cirrhosis (Child C), refractory ascites'),
    ('myélome multiple réfractaire', 'refractory multiple myeloma'),
    ('cancer de l\'ovaire récidivant, occlusion intestinale maligne', 'recurrent ovarian cancer with malignant bowel obstruction', 'F'),
    ('mélanome métastatique', 'metastatic melanoma'),
    ('cancer ORL (base de langue) avec plaie tumorale', 'head and neck cancer (base of tongue) with fungating wound'),
    ('néo de la prostate résistant à la castration, métastases osseuses', 'castration-resistant prostate cancer, bone metastases', 'M'),
    ('fibrose pulmonaire idiopathique terminale', 'end-stage idiopathic pulmonary fibrosis'),
    ('cholangiocarcinome avec obstruction biliaire', 'cholangiocarcinoma with biliary obstruction'),
]

SYMPT = [
    ('douleur incidente mal contrôlée', 'poorly controlled incident pain'),
    ('dyspnée au moindre effort', 'dyspnea on minimal exertion'),
    ('délirium hyperactif la nuit', 'hyperactive delirium at night'),
    ('nausées et vomissements persistants', 'persistent nausea and vomiting'),
    ('râles terminaux', 'terminal secretions'),
    ('constipation depuis 5 jours malgré laxatifs', 'constipation for 5 days despite laxatives'),
    ('anxiété importante, crises de panique', 'severe anxiety with panic episodes'),
    ('prurit généralisé', 'generalized pruritus'),
    ('hoquet incoercible', 'intractable hiccups'),
    ('somnolence accrue, PPS 30 %', 'increased drowsiness, PPS 30%'),
    ('dysphagie, ne prend plus ses comprimés', 'dysphagia, can no longer swallow pills'),
    ('myoclonies depuis l\'augmentation des opioïdes', 'myoclonus since opioid increase'),
    ('agitation terminale', 'terminal agitation'),
    ('chutes répétées à domicile', 'repeated falls at home'),
]

MEDS = [
    ('hydromorphone 1 mg SC q1h PRN', 'hydromorphone 1 mg SC q1h PRN'),
    ('morphine 5 mg PO q4h régulier + 2,5 mg q1h PRN', 'morphine 5 mg PO q4h regular + 2.5 mg q1h PRN'),
    ('fentanyl timbre 25 mcg/h q72h', 'fentanyl patch 25 mcg/h q72h'),
    ('méthadone 2,5 mg PO BID', 'methadone 2.5 mg PO BID'),
    ('midazolam 2,5 mg SC q30 min PRN', 'midazolam 2.5 mg SC q30min PRN'),
    ('halopéridol 0,5 mg SC q4h PRN', 'haloperidol 0.5 mg SC q4h PRN'),
    ('glycopyrrolate 0,4 mg SC q4h PRN', 'glycopyrrolate 0.4 mg SC q4h PRN'),
    ('dexaméthasone 4 mg PO die', 'dexamethasone 4 mg PO daily'),
    ('méthylnaltrexone 12 mg SC', 'methylnaltrexone 12 mg SC'),
    ('lorazépam 0,5 mg SL q4h PRN', 'lorazepam 0.5 mg SL q4h PRN'),
    ('métoclopramide 10 mg SC q6h', 'metoclopramide 10 mg SC q6h'),
    ('octréotide 100 mcg SC q8h', 'octreotide 100 mcg SC q8h'),
    ('méthotriméprazine (Nozinan) 6,25 mg SC HS', 'methotrimeprazine 6.25 mg SC qHS'),
    ('perfusion SC continue de midazolam 1 mg/h (sédation palliative continue)', 'continuous SC midazolam 1 mg/h (continuous palliative sedation)'),
    ('oxycodone 10 mg PO q4h', 'oxycodone 10 mg PO q4h'),
    ('sennosides 2 co HS + PEG 17 g die', 'sennosides 2 tabs qHS + PEG 17 g daily'),
    ('kétamine 10 mg SC q6h', 'ketamine 10 mg SC q6h'),
    ('furosémide 40 mg SC BID', 'furosemide 40 mg SC BID'),
]

LABS = [
    ('calcium corrigé 3,12 mmol/L', 'corrected calcium 3.12 mmol/L'),
    ('créatinine 287 µmol/L (était 140)', 'creatinine 287 umol/L (was 140)'),
    ('albumine 21 g/L', 'albumin 21 g/L'),
    ('Hb 71 g/L', 'Hb 71 g/L'),
    ('sodium 123 mmol/L', 'sodium 123 mmol/L'),
    ('bilirubine totale 186 µmol/L', 'total bilirubin 186 umol/L'),
    ('plaquettes 18 x 10^9/L', 'platelets 18 x 10^9/L'),
    ('INR 3,4', 'INR 3.4'),
    ('CRP 212 mg/L', 'CRP 212 mg/L'),
    ('potassium 6,1 mmol/L', 'potassium 6.1 mmol/L'),
    ('glycémie 24,6 mmol/L', 'glucose 24.6 mmol/L'),
    ('ammoniémie 96 µmol/L', 'ammonia 96 umol/L'),
]

SOCIAL = [
    ('vit seul(e) au 2e étage sans ascenseur, aucun proche à proximité',
     'lives alone on a 2nd floor walk-up, no family nearby'),
    ('épuisement du proche aidant principal (conjoint), demande de répit',
     'spouse is the caregiver and is exhausted, respite requested'),
    ('a perdu son logement le mois dernier, hébergé(e) temporairement chez sa sœur',
     'lost housing last month, staying temporarily at sister\'s'),
    ('prestataire de l\'aide sociale, difficulté à payer les médicaments non couverts',
     'on social assistance, cannot afford uncovered medications'),
    ('deux enfants mineurs, suivi DPJ en cours pour la plus jeune',
     'two minor children, youth protection (DPJ) follow-up for the youngest'),
    ('contexte de violence conjugale signalé par la fille',
     'history of intimate partner violence reported by daughter'),
    ('mandat de protection homologué, la fille est mandataire',
     'protection mandate homologated, daughter is the mandatary'),
    ('conflit familial important au sujet du niveau de soins',
     'significant family conflict about level of care'),
    ('fils incarcéré, demande de permission de sortie pour visite',
     'son is incarcerated, escorted leave requested for a visit'),
    ('demande de prestations de compassion (AE) pour la fille',
     'compassionate care EI benefits being requested by daughter'),
    ('consommation d\'alcool active, proche aidant absent',
     'active alcohol use, no caregiver'),
    ('hébergé(e) en RPA, la résidence refuse le retour',
     'lives in a seniors\' residence which refuses readmission'),
]

AMM_FR = ['première demande d\'AMM signée', 'deuxième évaluation AMM à planifier',
          'demande d\'aide médicale à mourir (AMM) formulée verbalement',
          'évaluation d\'admissibilité AMM complétée, personne admissible',
          'demande anticipée d\'AMM', 'retrait de la demande d\'AMM']
AMM_EN = ['first MAID request signed', 'second MAID assessment to schedule',
          'verbal request for medical assistance in dying (MAID)',
          'MAID eligibility assessment completed, patient eligible',
          'advance request for MAID', 'MAID request withdrawn']

NIVEAU = [('niveau de soins D (confort)', 'level of care D (comfort only)'),
          ('NIM C', 'goals of care C'),
          ('pas de RCR, pas de transfert', 'DNR, no transfer to hospital')]


DIAG_YOUNG = [
    ('sarcome d\'Ewing métastatique (poumons)', 'metastatic Ewing sarcoma (lungs)'),
    ('glioblastome en progression malgré radio-chimiothérapie', 'glioblastoma progressing despite chemoradiation'),
    ('cancer du col de l\'utérus récidivant', 'recurrent cervical cancer', 'F'),
    ('cancer colorectal métastatique (foie)', 'metastatic colorectal cancer (liver)'),
    ('leucémie myéloïde aiguë réfractaire', 'refractory acute myeloid leukemia'),
    ('fibrose kystique terminale, greffe refusée', 'end-stage cystic fibrosis, not a transplant candidate'),
    ('cancer du sein triple négatif métastatique', 'metastatic triple-negative breast cancer', 'F'),
    ('SLA à début précoce', 'early-onset ALS'),
]
DIAG_CHILD = [
    ('gliome infiltrant du tronc cérébral (DIPG)', 'diffuse intrinsic pontine glioma (DIPG)'),
    ('neuroblastome réfractaire de stade 4', 'refractory stage 4 neuroblastoma'),
    ('amyotrophie spinale de type 1', 'spinal muscular atrophy type 1'),
    ('leucémie lymphoblastique aiguë en 2e rechute', 'acute lymphoblastic leukemia, second relapse'),
    ('ostéosarcome métastatique', 'metastatic osteosarcoma'),
    ('encéphalopathie épileptique sévère, paralysie cérébrale', 'severe epileptic encephalopathy with cerebral palsy'),
    ('dystrophie musculaire de Duchenne avancée', 'advanced Duchenne muscular dystrophy'),
]
SOCIAL_CHILD = [
    ('parents séparés, garde partagée ; tensions au sujet des décisions de fin de vie',
     'parents separated with shared custody; tension over end-of-life decisions'),
    ('signalement DPJ antérieur, famille d\'accueil de proximité', 'previous youth protection report, kinship foster family'),
    ('mère monoparentale en arrêt de travail, difficultés financières', 'single mother off work, financial hardship'),
    ('fratrie de 3 enfants ; le grand frère présente des signes de détresse', 'three siblings; older brother showing distress'),
    ('famille nouvellement arrivée, statut d\'immigration précaire, interprète requis',
     'newly arrived family, precarious immigration status, interpreter needed'),
]


def _group(p):
    if p is None:
        return 'adult'
    y = int(p.dob[:4])
    return 'child' if y >= 2007 else ('young' if y >= 1976 else 'adult')


def dx(r, lang, p=None):
    """Diagnosis suited to the patient's age; stable for a given patient."""
    lst = {'adult': DIAG, 'young': DIAG_YOUNG, 'child': DIAG_CHILD}[_group(p)]
    if p is not None:
        lst = [d for d in lst if len(d) < 3 or d[2] == p.sex]
    if p is None:
        return r.choice(lst)[0 if lang == 'fr' else 1]
    if getattr(p, '_dx', None) is None:
        if p.nam:
            p._dx = int(hashlib.sha1(p.nam.encode()).hexdigest(), 16) % len(lst)
        else:
            p._dx = r.randrange(len(lst))
    return lst[p._dx][0 if lang == 'fr' else 1]


def sx(r, lang):
    return r.choice(SYMPT)[0 if lang == 'fr' else 1]


def med(r, lang):
    return r.choice(MEDS)[0 if lang == 'fr' else 1]


def lab(r, lang):
    return r.choice(LABS)[0 if lang == 'fr' else 1]


def soc(r, lang, p=None):
    lst = SOCIAL_CHILD if _group(p) == 'child' else SOCIAL
    if _group(p) == 'young':
        lst = [x for x in lst if 'RPA' not in x[0]]
    txt = r.choice(lst)[0 if lang == 'fr' else 1]
    if p is not None:
        txt = txt.replace('(e)', 'e' if p.sex == 'F' else '')
    return txt


def amm(r, lang):
    return r.choice(AMM_FR if lang == 'fr' else AMM_EN)


def niveau(r, lang):
    return r.choice(NIVEAU)[0 if lang == 'fr' else 1]


def meds(r, lang, k):
    return [m[0 if lang == 'fr' else 1] for m in r.sample(MEDS, k)]


def dxs(r, lang, k):
    return [d[0 if lang == 'fr' else 1] for d in r.sample(DIAG, k)]


def cap(s):
    """Upper-case the first letter only (str.capitalize would lower-case the rest)."""
    return s[:1].upper() + s[1:]


SC_MEDS = [('hydromorphone 1 mg SC q1h PRN', 'hydromorphone 1 mg SC q1h PRN'),
           ('midazolam 2,5 mg SC q30 min PRN', 'midazolam 2.5 mg SC q30min PRN'),
           ('perfusion SC continue d\'hydromorphone 0,5 mg/h', 'continuous SC hydromorphone 0.5 mg/h'),
           ('glycopyrrolate 0,4 mg SC q4h PRN', 'glycopyrrolate 0.4 mg SC q4h PRN'),
           ('perfusion SC continue de midazolam 1 mg/h', 'continuous SC midazolam 1 mg/h')]


def sc_med(r, lang):
    return r.choice(SC_MEDS)[0 if lang == 'fr' else 1]
