"""Clinical vocabulary for nutrition, speech-language pathology and dysphagia."""

from gen_common import fnum

DX_SWALLOW = {
    "fr": [
        "dysphagie oropharyngée post-AVC ischémique sylvien gauche",
        "AVC du tronc cérébral avec dysphagie sévère",
        "maladie de Parkinson avancée, dysphagie oropharyngée",
        "SLA forme bulbaire, dysarthrie et dysphagie progressives",
        "pneumonie d'aspiration récidivante",
        "néo de la base de langue T3N1 post-chimioradiothérapie, dysphagie",
        "démence de type Alzheimer stade avancé, troubles de déglutition",
        "sclérose en plaques, dysphagie aux liquides",
        "diverticule de Zenker, dysphagie haute",
        "dysphagie post-extubation (intubation 9 jours)",
        "myasthénie grave, fatigabilité à la mastication",
        "TCC modéré, dysphagie et dysarthrie",
    ],
    "en": [
        "oropharyngeal dysphagia following left MCA ischemic stroke",
        "brainstem stroke with severe dysphagia",
        "advanced Parkinson's disease with oropharyngeal dysphagia",
        "bulbar-onset ALS, progressive dysarthria and dysphagia",
        "recurrent aspiration pneumonia",
        "base of tongue SCC T3N1, post chemoradiation dysphagia",
        "advanced Alzheimer dementia with feeding and swallowing difficulty",
        "multiple sclerosis, dysphagia to thin liquids",
        "Zenker's diverticulum",
        "post-extubation dysphagia (intubated 9 days)",
        "myasthenia gravis with fatigable chewing",
        "moderate TBI with dysphagia and dysarthria",
    ],
}

DX_NUTR = {
    "fr": [
        "dénutrition protéino-énergétique sévère (critères GLIM)",
        "risque élevé de syndrome de renutrition",
        "maladie de Crohn iléale avec sténose",
        "gastroparésie diabétique",
        "insuffisance rénale chronique stade 4",
        "pancréatite aiguë nécrosante",
        "anorexie mentale de type restrictif",
        "cachexie néoplasique (néo du pancréas)",
        "fistule entéro-cutanée à haut débit",
        "syndrome de l'intestin court",
        "fibrose kystique avec insuffisance pancréatique",
        "plaies de pression stade 3, apport protéique insuffisant",
    ],
    "en": [
        "severe protein-energy malnutrition (GLIM criteria)",
        "high risk of refeeding syndrome",
        "ileal Crohn's disease with stricture",
        "diabetic gastroparesis",
        "CKD stage 4",
        "necrotizing acute pancreatitis",
        "anorexia nervosa, restrictive type",
        "cancer cachexia (pancreatic adenocarcinoma)",
        "high-output enterocutaneous fistula",
        "short bowel syndrome",
        "cystic fibrosis with pancreatic insufficiency",
        "stage 3 pressure injury with inadequate protein intake",
    ],
}

DX_KID = {
    "fr": [
        "trouble développemental du langage (TDL), versant expressif",
        "retard de langage important, suspicion de TSA",
        "bégaiement persistant",
        "dyspraxie verbale",
        "trouble alimentaire pédiatrique (sélectivité sévère)",
        "fente palatine opérée, hypernasalité",
        "surdité de perception bilatérale appareillée, retard de langage",
        "trisomie 21, difficultés d'alimentation et de langage",
    ],
    "en": [
        "developmental language disorder, expressive",
        "significant language delay, query ASD",
        "persistent developmental stuttering",
        "childhood apraxia of speech",
        "paediatric feeding disorder (severe selectivity)",
        "repaired cleft palate with hypernasality",
        "bilateral sensorineural hearing loss, aided, with language delay",
        "Down syndrome with feeding and language difficulties",
    ],
}

DX_VOICE = {
    "fr": [
        "nodules bilatéraux des cordes vocales",
        "paralysie de la corde vocale gauche post-thyroïdectomie",
        "dysphonie par tension musculaire",
        "polype de la corde vocale droite",
        "presbyphonie",
        "laryngectomie totale - réhabilitation vocale par prothèse",
    ],
    "en": [
        "bilateral vocal fold nodules",
        "left vocal fold paralysis after thyroidectomy",
        "muscle tension dysphonia",
        "right vocal fold polyp",
        "presbyphonia",
        "total laryngectomy, TE voice prosthesis",
    ],
}

DX_APHASIA = {
    "fr": [
        "aphasie de Broca post-AVC",
        "aphasie fluente de type Wernicke",
        "aphasie primaire progressive, variante logopénique",
        "dysarthrie hypokinétique (Parkinson)",
        "aphasie globale post-AVC hémorragique",
    ],
    "en": [
        "Broca's aphasia post stroke",
        "fluent (Wernicke-type) aphasia",
        "primary progressive aphasia, logopenic variant",
        "hypokinetic dysarthria (Parkinson's)",
        "global aphasia after haemorrhagic stroke",
    ],
}

MEDS = {
    "fr": [
        "Sinemet 100/25 mg 1 co TID", "lévodopa-carbidopa (Sinemet) 100/25, 1½ co QID",
        "pantoprazole 40 mg DIE", "Pantoloc 40 mg die", "métoclopramide 10 mg QID AC",
        "dompéridone 10 mg TID", "mirtazapine 15 mg HS", "Remeron 15 mg au coucher",
        "thiamine 100 mg IV DIE x 5 j", "phosphate de potassium 15 mmol IV",
        "insuline glargine (Lantus) 18 U HS", "apixaban 5 mg BID",
        "donépézil 10 mg DIE", "glycopyrrolate 1 mg BID (hypersialorrhée)",
        "baclofène 10 mg TID", "vitamine D3 1000 UI DIE", "Creon 25 000, 2 caps aux repas",
        "Megace 400 mg DIE", "lansoprazole ODT 30 mg (écrasable)", "lévétiracétam 500 mg BID",
    ],
    "en": [
        "Sinemet 100/25 one tab TID", "levodopa-carbidopa 100/25 1.5 tabs QID",
        "pantoprazole 40 mg daily", "metoclopramide 10 mg QID AC",
        "domperidone 10 mg TID", "mirtazapine 15 mg qhs", "Remeron 15 mg at bedtime",
        "thiamine 100 mg IV daily x5d", "K-Phos 15 mmol IV",
        "insulin glargine 18 units qhs", "apixaban 5 mg BID", "Eliquis 5 mg bid",
        "donepezil 10 mg daily", "glycopyrrolate 1 mg BID for sialorrhea",
        "baclofen 10 mg TID", "vitamin D3 1000 IU daily", "Creon 25,000 two caps with meals",
        "megestrol 400 mg daily", "lansoprazole ODT 30 mg", "levetiracetam 500 mg BID",
    ],
}

FORMULAS = {
    "fr": ["formule polymérique 1,5 kcal/mL", "formule semi-élémentaire (peptides) 1,2 kcal/mL",
           "formule hyperprotéinée 1,2 kcal/mL avec fibres", "formule rénale 1,8 kcal/mL",
           "formule standard 1,0 kcal/mL avec fibres"],
    "en": ["1.5 kcal/mL polymeric formula", "1.2 kcal/mL peptide-based formula",
           "high-protein 1.2 kcal/mL with fibre", "renal 1.8 kcal/mL formula",
           "standard 1.0 kcal/mL with fibre"],
}

IDDSI = {
    "fr": ["IDDSI 7 (régulier)", "IDDSI 6 (tendre et en petits morceaux)",
           "IDDSI 5 (haché humide)", "IDDSI 4 (purée)", "IDDSI 3 (liquéfié)"],
    "en": ["IDDSI 7 regular", "IDDSI 6 soft & bite-sized", "IDDSI 5 minced & moist",
           "IDDSI 4 pureed", "IDDSI 3 liquidised"],
}
LIQ = {
    "fr": ["liquides clairs (IDDSI 0)", "liquides légèrement épaissis (IDDSI 2)",
           "liquides modérément épaissis (IDDSI 3)", "liquides très légèrement épaissis (IDDSI 1)"],
    "en": ["thin liquids (IDDSI 0)", "mildly thick liquids (IDDSI 2)",
           "moderately thick liquids (IDDSI 3)", "slightly thick liquids (IDDSI 1)"],
}

VFSS_FINDINGS = {
    "fr": [
        "pénétration laryngée aux liquides clairs (PAS 5), aspiration silencieuse au 3e essai (PAS 8)",
        "résidus valléculaires modérés, aucune aspiration avec liquides légèrement épaissis",
        "retard de déclenchement du réflexe de déglutition, aspiration avant la déglutition aux liquides clairs (PAS 7)",
        "ouverture incomplète du SSO, résidus sinus piriformes ++",
        "bonne protection des voies aériennes avec la manoeuvre menton-poitrine",
    ],
    "en": [
        "laryngeal penetration with thin liquids (PAS 5), silent aspiration on third trial (PAS 8)",
        "moderate vallecular residue, no aspiration with mildly thick liquids",
        "delayed swallow initiation, aspiration before the swallow on thin (PAS 7)",
        "reduced UES opening, marked pyriform sinus residue",
        "adequate airway protection with chin tuck",
    ],
}


def labs(rng, lang, n=4):
    pool = [
        ("Alb", "albumine", "albumin", rng.randint(21, 33), "g/L", 0),
        ("PA", "préalbumine", "prealbumin", rng.uniform(0.07, 0.16), "g/L", 2),
        ("PO4", "phosphore", "phosphate", rng.uniform(0.41, 0.74), "mmol/L", 2),
        ("K", "potassium", "potassium", rng.uniform(2.8, 3.4), "mmol/L", 1),
        ("Mg", "magnésium", "magnesium", rng.uniform(0.48, 0.66), "mmol/L", 2),
        ("Na", "sodium", "sodium", rng.randint(126, 133), "mmol/L", 0),
        ("CRP", "CRP", "CRP", rng.randint(38, 160), "mg/L", 0),
        ("Hb", "hémoglobine", "Hb", rng.randint(84, 109), "g/L", 0),
        ("HbA1c", "HbA1c", "HbA1c", rng.uniform(7.9, 11.4), "%", 1),
        ("Créat", "créatinine", "creatinine", rng.randint(140, 310), "umol/L", 0),
        ("Ferritine", "ferritine", "ferritin", rng.randint(6, 14), "ug/L", 0),
        ("Gluc", "glycémie", "glucose", rng.uniform(11.2, 19.8), "mmol/L", 1),
    ]
    chosen = rng.sample(pool, n)
    out = []
    terse = rng.random() < 0.5
    for ab, fr, en, val, unit, nd in chosen:
        v = fnum(val, lang, nd) if nd else str(int(val))
        if terse:
            out.append("%s %s" % (ab if lang == "fr" else (ab if ab != "Créat" else "Cr"), v))
        else:
            out.append("%s %s %s" % (fr if lang == "fr" else en, v, unit))
    return ", ".join(out)


def weight_story(rng, lang):
    w0 = rng.randint(58, 92)
    loss = rng.randint(6, 14)
    w1 = w0 - loss
    pct = 100.0 * loss / w0
    months = rng.choice([2, 3, 4, 6])
    if lang == "fr":
        return "poids %d kg (habituel %d kg), perte de %s %% en %d mois" % (
            w1, w0, fnum(pct, lang), months)
    return "weight %d kg (usual %d kg), %s%% loss over %d months" % (w1, w0, fnum(pct, lang), months)


def cap(s):
    """Capitalise the first letter only (keeps acronyms such as PAS, IDDSI, SLA)."""
    return s[:1].upper() + s[1:]


def short(s, n):
    """Shorten at a word boundary for table cells."""
    if len(s) <= n:
        return s
    cut = s[:n].rsplit(" ", 1)[0].rstrip(",;(")
    return cut


def pas_worst(finding, rng):
    """Worst Penetration-Aspiration Scale score consistent with a findings sentence."""
    import re
    nums = [int(x) for x in re.findall(r"PAS (\d)", finding)]
    if nums:
        return max(nums)
    return rng.randint(1, 3)


MEDS_ORAL = {k: [m for m in v if " IV" not in m] for k, v in MEDS.items()}
MEDS_NUTR = {
    "fr": ["pantoprazole 40 mg DIE", "lansoprazole ODT 30 mg (écrasable)", "métoclopramide 10 mg QID AC",
           "dompéridone 10 mg TID", "vitamine D3 1000 UI DIE", "Creon 25 000, 2 caps aux repas",
           "thiamine 100 mg DIE x 10 j", "multivitamines liquides 5 mL DIE", "sulfate ferreux 300 mg DIE"],
    "en": ["pantoprazole 40 mg daily", "lansoprazole ODT 30 mg", "metoclopramide 10 mg QID AC",
           "domperidone 10 mg TID", "vitamin D3 1000 IU daily", "Creon 25,000 two caps with meals",
           "thiamine 100 mg daily x10d", "liquid multivitamin 5 mL daily", "ferrous sulfate 300 mg daily"],
}
