"""Clinical vocabulary (orthopaedics), in French and English, plus the spec helper."""

# (fr, en, kind) kind: arthro = elective joint, fx = fracture, peds = paediatric, soft = soft tissue
DX = [
    ('gonarthrose tricompartimentale droite', 'severe tricompartmental osteoarthritis, right knee', 'arthro'),
    ('gonarthrose médiale gauche, genu varum', 'medial compartment OA left knee with varus deformity', 'arthro'),
    ('coxarthrose gauche stade IV', 'end-stage left hip osteoarthritis', 'arthro'),
    ('coxarthrose droite sur dysplasie', 'right hip OA secondary to dysplasia', 'arthro'),
    ('nécrose avasculaire de la tête fémorale droite', 'avascular necrosis of the right femoral head', 'arthro'),
    ('fracture du radius distal gauche (Colles), déplacée', 'displaced left distal radius fracture (Colles)', 'fx'),
    ('fracture bimalléolaire de la cheville droite', 'right bimalleolar ankle fracture', 'fx'),
    ('fracture du scaphoïde droit, taille non déplacée', 'undisplaced right scaphoid waist fracture', 'fx'),
    ('fracture de la base du 5e métatarsien gauche', 'left fifth metatarsal base fracture', 'fx'),
    ('fracture de l\'humérus proximal droit, 2 fragments', 'two-part right proximal humerus fracture', 'fx'),
    ('fracture de la clavicule gauche, tiers moyen', 'left midshaft clavicle fracture', 'fx'),
    ('fracture du plateau tibial latéral gauche', 'left lateral tibial plateau fracture', 'fx'),
    ('fracture intertrochantérienne droite', 'right intertrochanteric hip fracture', 'hip'),
    ('fracture sous-capitale du col fémoral gauche', 'left subcapital femoral neck fracture', 'hip'),
    ('rupture du tendon d\'Achille droit', 'right Achilles tendon rupture', 'soft'),
    ('déchirure méniscale interne gauche', 'left medial meniscal tear', 'soft'),
    ('entorse grave de la cheville gauche', 'severe left ankle sprain', 'soft'),
    ('fracture supracondylienne de l\'humérus gauche (Gartland II)', 'left supracondylar humerus fracture (Gartland II)', 'peds'),
    ('fracture en motte de beurre du radius distal droit', 'right distal radius buckle fracture', 'peds'),
    ('fracture des deux os de l\'avant-bras gauche', 'left both-bone forearm fracture', 'peds'),
    ('fracture Salter-Harris II du tibia distal', 'Salter-Harris II distal tibia fracture', 'peds'),
]

PROC = {
    'PTG': ('prothèse totale du genou', 'total knee arthroplasty', 'TKA'),
    'PTH': ('prothèse totale de la hanche', 'total hip arthroplasty', 'THA'),
    'PUC': ('prothèse unicompartimentale du genou', 'unicompartmental knee arthroplasty', 'UKA'),
    'RPTH': ('révision de prothèse de hanche', 'revision hip arthroplasty', 'rTHA'),
}

MEDS = [
    ('apixaban (Eliquis) 2,5 mg PO BID x 35 jours', 'apixaban 2.5 mg PO BID x 35 days'),
    ('rivaroxaban (Xarelto) 10 mg PO DIE x 14 jours', 'Xarelto 10 mg daily x 14 days'),
    ('énoxaparine (Lovenox) 40 mg SC DIE', 'enoxaparin 40 mg SC daily'),
    ('acétaminophène 1 g PO QID', 'acetaminophen 1 g PO QID'),
    ('hydromorphone 1 à 2 mg PO q4h PRN', 'hydromorphone 1-2 mg PO q4h PRN'),
    ('célécoxib (Celebrex) 200 mg PO DIE x 10 jours', 'celecoxib 200 mg daily x 10 days'),
    ('oxycodone 5 mg PO q6h PRN, max 4/jour', 'oxycodone 5 mg q6h PRN (max 4/day)'),
    ('pantoprazole 40 mg DIE', 'pantoprazole 40 mg daily'),
    ('naproxène 500 mg BID avec repas', 'naproxen 500 mg BID with food'),
    ('docusate 100 mg BID + sennosides HS', 'docusate 100 mg BID, senna HS'),
    ('céfazoline 2 g IV q8h x 24 h', 'cefazolin 2 g IV q8h x 24 h'),
    ('acide tranexamique 1 g IV', 'tranexamic acid 1 g IV'),
]

HOME_MEDS = [
    ('metformine 500 mg BID', 'metformin 500 mg BID'), ('ramipril 5 mg DIE', 'ramipril 5 mg daily'),
    ('atorvastatine 20 mg HS', 'atorvastatin 20 mg qhs'), ('lévothyroxine 75 mcg DIE', 'levothyroxine 75 mcg daily'),
    ('hydrochlorothiazide 25 mg DIE', 'HCTZ 25 mg daily'), ('amlodipine 5 mg DIE', 'amlodipine 5 mg daily'),
    ('warfarine selon RNI', 'warfarin per INR'), ('alendronate 70 mg 1 fois/sem.', 'alendronate 70 mg weekly'),
    ('sertraline 50 mg DIE', 'sertraline 50 mg daily'), ('prednisone 5 mg DIE', 'prednisone 5 mg daily'),
]

ATCD_FR = ['HTA', 'DB2', 'DLP', 'MPOC légère', 'FA sous anticoagulant', 'obésité (IMC 36)', 'hypothyroïdie',
           'SAOS appareillé', 'IRC stade 3a', 'ostéoporose', 'polyarthrite rhumatoïde', 'dépression']
ATCD_EN = ['HTN', 'T2DM', 'dyslipidemia', 'mild COPD', 'AFib on anticoagulation', 'obesity (BMI 36)',
           'hypothyroidism', 'OSA on CPAP', 'CKD 3a', 'osteoporosis', 'rheumatoid arthritis', 'depression']

ALLERG_FR = ['pénicilline (urticaire)', 'sulfa', 'codéine (nausées)', 'latex', 'aucune allergie connue']
ALLERG_EN = ['penicillin (hives)', 'sulfa', 'codeine (nausea)', 'latex', 'NKDA']

WORK_FR = ['préposé à l\'entrepôt', 'menuisier', 'aide-soignante en CHSLD', 'mécanicien', 'caissière',
           'opérateur de chariot élévateur', 'couvreur', 'éducatrice en CPE', 'camionneur', 'soudeur']
WORK_EN = ['warehouse associate', 'carpenter', 'PSW in long-term care', 'millwright', 'cashier',
           'forklift operator', 'roofer', 'ECE at a daycare', 'long-haul driver', 'welder']
MECH_FR = ['chute d\'une échelle d\'environ 2 m', 'glissade sur surface glacée dans le stationnement de l\'employeur',
           'torsion du genou en descendant d\'un camion', 'chute dans un escalier en transportant une boîte',
           'main coincée sous une palette', 'faux pas sur une plateforme de chargement']
MECH_EN = ['fell about 6 ft from a ladder', 'slipped on ice in the employer parking lot',
           'twisted knee stepping down from a truck cab', 'fell on stairs carrying a box',
           'hand crushed under a pallet', 'missed a step on a loading dock']


def dx_of(rng, kinds):
    return rng.choice([x for x in DX if x[2] in kinds])


def labs_fr(rng):
    hb = rng.choice([88, 94, 101, 107, 112])
    return hb, [f'Hb {hb} g/L', f'plaquettes {rng.randint(140, 380)}', f'créat {rng.randint(62, 148)} µmol/L',
                f'DFGe {rng.randint(38, 90)}', f'HbA1c {rng.choice(["6,4", "7,1", "8,3", "9,0"])} %',
                f'RNI {rng.choice(["1,0", "1,1", "1,4"])}', f'ferritine {rng.randint(8, 60)} µg/L']


def labs_en(rng):
    hb = rng.choice([88, 94, 101, 107, 112])
    return hb, [f'Hgb {hb}', f'plt {rng.randint(140, 380)}', f'Cr {rng.randint(62, 148)}',
                f'eGFR {rng.randint(38, 90)}', f'A1c {rng.choice(["6.4", "7.1", "8.3", "9.0"])}%',
                f'INR {rng.choice(["1.0", "1.1", "1.4"])}', f'ferritin {rng.randint(8, 60)}']


ID_TYPES = ('ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn')


def S(category, lang, note, frm, to, subject, date, blocks, types=(), attachments=None, cc=None, ids=(),
      holders=(), patients=(), reply=False, importance=False, force=None, raw_text=None, raw_html=None):
    """Build a message spec; identifier and name types are added from ids/patients."""
    t = list(types)
    for k, _ in ids:
        if k not in t:
            t.append(k)
    if patients and 'patient_name' not in t:
        t.append('patient_name')
    order = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
             'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']
    t = [x for x in order if x in t]
    return dict(category=category, lang=lang, note=note, **{'from': frm}, to=list(to), cc=list(cc or []),
                subject=subject, date=date, blocks=blocks, attachments=list(attachments or []), types=t,
                ids=list(ids), holders=list(holders), patients=list(patients), reply=reply, importance=importance,
                force=dict(force or {}), raw_text=raw_text, raw_html=raw_html)
