"""Clinical and social phrase pools (French / English) for geriatrics."""

DX = {
    'fr': ["trouble neurocognitif majeur de type Alzheimer, stade léger",
           "TNC léger amnésique (MCI)", "démence mixte (Alzheimer + vasculaire)",
           "maladie à corps de Lewy probable", "TNC majeur d'origine vasculaire",
           "dégénérescence lobaire frontotemporale, variante comportementale",
           "TNC majeur stade modéré avec SCPD (errance, agitation vespérale)",
           "délirium résolu sur TNC sous-jacent", "maladie de Parkinson avec TNC léger",
           "dépression gériatrique avec plaintes cognitives"],
    'en': ["major neurocognitive disorder due to Alzheimer's disease, mild stage",
           "mild cognitive impairment, amnestic type", "mixed dementia (Alzheimer + vascular)",
           "probable Lewy body dementia", "vascular major neurocognitive disorder",
           "behavioural variant frontotemporal dementia",
           "moderate dementia with BPSD (wandering, sundowning)",
           "resolved delirium on underlying dementia", "Parkinson's disease with MCI",
           "late-life depression with cognitive complaints"],
}
COMORB = {
    'fr': ["HTA", "DB2 sous metformine", "FA anticoagulée", "IRC stade 3a", "MPOC", "ostéoporose",
           "hypothyroïdie", "IC à FEVG préservée", "arthrose des genoux", "dégénérescence maculaire",
           "hypoacousie bilatérale", "AVC ischémique 2019 sans séquelle"],
    'en': ["HTN", "T2DM on metformin", "AFib on anticoagulation", "CKD stage 3a", "COPD", "osteoporosis",
           "hypothyroidism", "HFpEF", "knee OA", "macular degeneration", "bilateral hearing loss",
           "ischemic stroke 2019, no residual deficit"],
}
MEDS = ["donépézil (Aricept) 10 mg DIE", "galantamine ER 16 mg DIE", "rivastigmine timbre 9,5 mg/24 h",
        "mémantine (Ebixa) 10 mg BID", "quétiapine 12,5 mg HS", "citalopram 10 mg DIE",
        "lorazépam (Ativan) 0,5 mg HS", "zopiclone 7,5 mg HS", "amlodipine 5 mg DIE",
        "apixaban (Eliquis) 2,5 mg BID", "furosémide 20 mg DIE", "lévothyroxine 75 mcg DIE",
        "vitamine D 1000 UI DIE", "alendronate 70 mg 1x/sem", "oxybutynine 5 mg BID",
        "mirtazapine 15 mg HS", "tamsulosine 0,4 mg DIE", "acétaminophène 650 mg QID PRN",
        "metformine 500 mg BID", "ramipril 5 mg DIE", "atorvastatine 20 mg DIE", "cyanocobalamine 1000 mcg IM q mois"]
MEDS_EN = ["donepezil (Aricept) 10 mg daily", "galantamine ER 16 mg daily", "rivastigmine patch 9.5 mg/24 h",
           "memantine (Ebixa) 10 mg BID", "quetiapine 12.5 mg qHS", "citalopram 10 mg daily",
           "lorazepam (Ativan) 0.5 mg qHS", "zopiclone 7.5 mg qHS", "amlodipine 5 mg daily",
           "apixaban (Eliquis) 2.5 mg BID", "furosemide 20 mg daily", "levothyroxine 75 mcg daily",
           "vitamin D 1000 IU daily", "alendronate 70 mg weekly", "oxybutynin 5 mg BID",
           "mirtazapine 15 mg qHS", "tamsulosin 0.4 mg daily", "acetaminophen 650 mg QID PRN",
           "metformin 500 mg BID", "ramipril 5 mg daily", "atorvastatin 20 mg daily",
           "vitamin B12 1000 mcg IM monthly"]


def meds(rng, lang, n):
    pool = MEDS if lang == 'fr' else MEDS_EN
    return rng.sample(pool, n)


def labs(rng, lang):
    b12 = rng.choice([118, 142, 156, 210, 305, 412])
    tsh = rng.choice([0.9, 1.8, 2.6, 3.4, 6.8])
    na = rng.choice([131, 134, 138, 140])
    cr = rng.choice([78, 96, 112, 134])
    hb = rng.choice([104, 118, 126, 137])
    d = rng.choice([28, 41, 57, 76])
    if lang == 'fr':
        return [f"B12 {b12} pmol/L" + (" (bas)" if b12 < 160 else ""), f"TSH {tsh} mUI/L", f"Na {na} mmol/L",
                f"créat {cr} µmol/L (DFGe {rng.choice([38, 47, 55, 63])})", f"Hb {hb} g/L", f"25-OH vit D {d} nmol/L"]
    return [f"B12 {b12} pmol/L" + (" (low)" if b12 < 160 else ""), f"TSH {tsh} mIU/L", f"Na {na} mmol/L",
            f"creat {cr} umol/L (eGFR {rng.choice([38, 47, 55, 63])})", f"Hb {hb} g/L", f"25-OH vit D {d} nmol/L"]


def moca(rng, lang):
    tot = rng.randrange(12, 26)
    rec = rng.randrange(0, 4)
    flu = rng.randrange(4, 12)
    if lang == 'fr':
        return tot, f"MoCA {tot}/30 (rappel différé {rec}/5, fluence {flu} mots/min, horloge {rng.randrange(1, 4)}/3)"
    return tot, f"MoCA {tot}/30 (delayed recall {rec}/5, fluency {flu} words/min, clock {rng.randrange(1, 4)}/3)"


SOCIAL = {
    'fr': ["vit seul(e) dans un 3e étage sans ascenseur depuis le décès du conjoint",
           "le conjoint, proche aidant principal, montre des signes d'épuisement",
           "la fille (proche aidante) habite à 2 h et ne peut plus assurer les visites quotidiennes",
           "revenu limité à la PSV et au SRG, difficulté à payer le loyer",
           "mandat de protection non homologué; le fils gère les comptes",
           "soupçon d'exploitation financière par un neveu qui cohabite",
           "a perdu son permis de conduire, isolement social important",
           "logement insalubre signalé par le CLSC, accumulation d'objets",
           "refuse les services à domicile; voisins inquiets",
           "conjoint(e) hébergé(e) en CHSLD depuis 2023, vit seul(e) en RPA"],
    'en': ["lives alone in a third-floor walk-up since the spouse died",
           "spouse is the main caregiver and shows signs of burnout",
           "daughter (caregiver) lives two hours away and can no longer visit daily",
           "income limited to OAS and GIS, struggling with rent",
           "protection mandate not yet homologated; son manages the accounts",
           "suspected financial exploitation by a nephew living in the home",
           "driver's licence suspended, significant social isolation",
           "unsanitary housing reported by the CLSC, hoarding",
           "refuses home care services; neighbours worried",
           "spouse in a CHSLD since 2023, lives alone in a seniors' residence"],
}

FALLS = {
    'fr': ["3 chutes en 6 mois, dont une avec fracture du poignet droit",
           "chute dans la salle de bain la nuit, longue lie au sol (~4 h)",
           "chutes à répétition à la levée, étourdissements",
           "chute dans l'escalier extérieur, contusion hanche G, radiographie négative",
           "peur de tomber, ne sort plus du domicile"],
    'en': ["3 falls in 6 months, one with a right wrist fracture",
           "fall in the bathroom at night, long lie (~4 h)",
           "recurrent falls on standing, dizziness",
           "fall on outside stairs, left hip contusion, X-ray negative",
           "fear of falling, no longer leaves home"],
}


def orthostatic(rng):
    s1, d1 = rng.randrange(128, 162), rng.randrange(70, 90)
    return f"{s1}/{d1} → {s1 - rng.randrange(22, 40)}/{d1 - rng.randrange(8, 16)}"


def mobility(rng, lang):
    tug = rng.randrange(13, 28)
    berg = rng.randrange(32, 50)
    if lang == 'fr':
        return f"TUG {tug} s, Berg {berg}/56, vitesse de marche {rng.choice(['0,6', '0,7', '0,8', '0,9'])} m/s"
    return f"TUG {tug} s, Berg {berg}/56, gait speed {rng.choice(['0.6', '0.7', '0.8', '0.9'])} m/s"
