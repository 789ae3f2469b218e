"""Clinical vocabulary (French-Canadian / English) for the mental-health positives."""

# key: (fr long, fr short, en long, en short, typical medication keys)
DX = {
    "mdd": ("trouble dépressif majeur, épisode récurrent", "TDM", "major depressive disorder, recurrent", "MDD",
            ["sertraline", "venlafaxine", "escitalopram", "mirtazapine", "bupropion"]),
    "bp1": ("trouble bipolaire de type I", "TB I", "bipolar I disorder", "BPAD I", ["lithium", "divalproex", "quetiapine"]),
    "bp2": ("trouble bipolaire de type II, épisode dépressif actuel", "TB II", "bipolar II disorder, current episode depressed",
            "BP II", ["lamotrigine", "quetiapine", "lithium"]),
    "scz": ("schizophrénie", "schizo", "schizophrenia", "SCZ", ["clozapine", "paliperidone", "olanzapine", "aripiprazole"]),
    "sza": ("trouble schizo-affectif", "TSA", "schizoaffective disorder", "SZA", ["paliperidone", "lithium", "olanzapine"]),
    "fep": ("premier épisode psychotique", "PEP", "first-episode psychosis", "FEP", ["aripiprazole", "risperidone"]),
    "bpd": ("trouble de la personnalité limite", "TPL", "borderline personality disorder", "BPD", ["quetiapine", "sertraline"]),
    "gad": ("trouble d'anxiété généralisée", "TAG", "generalized anxiety disorder", "GAD", ["escitalopram", "venlafaxine", "lorazepam"]),
    "ptsd": ("trouble de stress post-traumatique", "TSPT", "post-traumatic stress disorder", "PTSD", ["sertraline", "prazosin"]),
    "panic": ("trouble panique avec agoraphobie", "TP/agoraphobie", "panic disorder with agoraphobia", "PD/AG",
              ["escitalopram", "clonazepam"]),
    "ocd": ("trouble obsessionnel-compulsif", "TOC", "obsessive-compulsive disorder", "OCD", ["fluvoxamine", "sertraline"]),
    "aud": ("trouble lié à l'usage de l'alcool, sévère", "TUA", "alcohol use disorder, severe", "AUD", ["naltrexone", "acamprosate"]),
    "adhd": ("trouble déficitaire de l'attention avec hyperactivité", "TDAH", "attention-deficit/hyperactivity disorder", "ADHD",
             ["methylphenidate", "guanfacine"]),
    "an": ("anorexie mentale, type restrictif", "AM", "anorexia nervosa, restricting type", "AN", ["olanzapine"]),
    "adj": ("trouble de l'adaptation avec humeur anxio-dépressive", "TA", "adjustment disorder with mixed anxiety and depressed mood",
            "AjD", ["trazodone"]),
}
CHILD_DX = ["adhd", "gad", "ptsd", "adj", "mdd", "ocd"]

# generic: (brand, fr dose, en dose)
MEDS = {
    "sertraline": ("Zoloft", "100 mg DIE", "100 mg daily"),
    "venlafaxine": ("Effexor XR", "150 mg DIE", "150 mg once daily"),
    "escitalopram": ("Cipralex", "15 mg DIE", "15 mg daily"),
    "mirtazapine": ("Remeron", "30 mg HS", "30 mg at bedtime"),
    "bupropion": ("Wellbutrin XL", "300 mg le matin", "300 mg q AM"),
    "lithium": ("Carbolith", "900 mg HS", "900 mg qhs"),
    "divalproex": ("Epival", "750 mg BID", "750 mg BID"),
    "quetiapine": ("Seroquel XR", "300 mg HS", "300 mg qhs"),
    "lamotrigine": ("Lamictal", "150 mg DIE", "150 mg daily"),
    "clozapine": ("Clozaril", "350 mg HS", "350 mg qhs"),
    "paliperidone": ("Invega Sustenna", "150 mg IM q 4 sem.", "150 mg IM q4 weeks"),
    "olanzapine": ("Zyprexa", "10 mg HS", "10 mg qhs"),
    "aripiprazole": ("Abilify Maintena", "400 mg IM q 4 sem.", "400 mg IM monthly"),
    "risperidone": ("Risperdal", "2 mg HS", "2 mg qhs"),
    "lorazepam": ("Ativan", "1 mg SL PRN max 3/j", "1 mg SL PRN, max 3/day"),
    "clonazepam": ("Rivotril", "0,5 mg BID PRN", "0.5 mg BID PRN"),
    "prazosin": ("Minipress", "2 mg HS", "2 mg qhs"),
    "fluvoxamine": ("Luvox", "100 mg BID", "100 mg BID"),
    "naltrexone": ("Revia", "50 mg DIE", "50 mg daily"),
    "acamprosate": ("Campral", "666 mg TID", "666 mg TID"),
    "methylphenidate": ("Concerta", "36 mg le matin", "36 mg q AM"),
    "guanfacine": ("Intuniv XR", "2 mg DIE", "2 mg daily"),
    "trazodone": ("Desyrel", "50 mg HS PRN", "50 mg qhs PRN"),
}


def med_text(key, lang, rng, brand=None):
    b, dfr, den = MEDS[key]
    if brand is None:
        brand = rng.random() < 0.4
    name = b if brand else key
    if lang == "fr" and not brand:
        name = {"quetiapine": "quétiapine", "divalproex": "divalproex sodique", "lamotrigine": "lamotrigine",
                "methylphenidate": "méthylphénidate", "olanzapine": "olanzapine"}.get(key, key)
    return f"{name} {dfr if lang == 'fr' else den}"


def dx_text(key, lang, short=False):
    fr, frs, en, ens, _ = DX[key]
    if lang == "fr":
        return frs if short else fr
    return ens if short else en


def dx_meds(key):
    return DX[key][4]


# lab generators: return (fr, en) strings; the values are invented
def lab_for(med, rng):
    if med == "lithium":
        v = rng.choice(["0,6", "0,8", "1,1", "1,3", "1,6"])
        return (f"lithémie {v} mmol/L (12 h post-dose), créat. {rng.randint(70, 130)} µmol/L, TSH {rng.choice(['2,1', '4,8', '6,3'])} mUI/L",
                f"Li level {v.replace(',', '.')} mmol/L (12-h trough), Cr {rng.randint(70, 130)} umol/L, TSH {rng.choice(['2.1', '4.8', '6.3'])} mIU/L")
    if med == "clozapine":
        anc = rng.choice(["1,4", "1,9", "2,6", "3,8"])
        return (f"NAN {anc} x 10^9/L, GB {rng.choice(['3,9', '5,2', '6,1'])}, clozapinémie {rng.randint(280, 720)} ng/mL",
                f"ANC {anc.replace(',', '.')} x10^9/L, WBC {rng.choice(['3.9', '5.2', '6.1'])}, clozapine level {rng.randint(280, 720)} ng/mL")
    if med == "divalproex":
        v = rng.randint(280, 760)
        return (f"valproémie {v} µmol/L, ALT {rng.randint(18, 95)} U/L, plaquettes {rng.randint(98, 260)}",
                f"VPA level {v} umol/L, ALT {rng.randint(18, 95)} U/L, plt {rng.randint(98, 260)}")
    if med in ("olanzapine", "quetiapine", "paliperidone", "risperidone", "aripiprazole"):
        a1c = rng.choice(["5,9", "6,4", "7,1"])
        return (f"HbA1c {a1c} %, glycémie à jeun {rng.choice(['5,8', '6,9', '7,4'])} mmol/L, TG {rng.choice(['1,9', '2,8', '3,6'])} mmol/L, prolactine {rng.randint(18, 96)} µg/L",
                f"HbA1c {a1c.replace(',', '.')}%, FBG {rng.choice(['5.8', '6.9', '7.4'])} mmol/L, TG {rng.choice(['1.9', '2.8', '3.6'])} mmol/L, prolactin {rng.randint(18, 96)} ug/L")
    if med in ("naltrexone", "acamprosate"):
        return (f"GGT {rng.randint(60, 240)} U/L, AST {rng.randint(30, 110)}, ALT {rng.randint(25, 90)}, VGM {rng.randint(96, 104)} fL",
                f"GGT {rng.randint(60, 240)} U/L, AST {rng.randint(30, 110)}, ALT {rng.randint(25, 90)}, MCV {rng.randint(96, 104)} fL")
    q = rng.randint(440, 505)
    return (f"ECG : QTc {q} ms, TSH {rng.choice(['1,2', '3,4', '7,9'])} mUI/L, dépistage urinaire positif cannabis",
            f"ECG QTc {q} ms, TSH {rng.choice(['1.2', '3.4', '7.9'])} mIU/L, UDS positive for cannabis")


SYMPTOMS_FR = [
    "idéations suicidaires actives avec plan (médicaments accumulés à la maison), sans passage à l'acte",
    "idées suicidaires passives, désespoir, insomnie initiale depuis 3 semaines",
    "propos désorganisés, hallucinations auditives commandantes, cessation de la médication depuis ~1 mois",
    "agitation, diminution du besoin de sommeil, dépenses impulsives — virage hypomaniaque probable",
    "attaques de panique quotidiennes, ne sort plus de chez elle/lui depuis 2 semaines",
    "automutilations (coupures avant-bras) en hausse, crise après rupture",
    "consommation d'alcool ++ (26 consommations/sem.), tremblements le matin",
    "reviviscences et cauchemars quotidiens depuis l'agression, hypervigilance",
]
SYMPTOMS_EN = [
    "active suicidal ideation with a plan (stockpiled pills at home), no attempt",
    "passive SI, hopelessness, initial insomnia x 3 weeks",
    "disorganized speech, command auditory hallucinations, off meds for about a month",
    "agitated, decreased need for sleep, impulsive spending, likely hypomanic switch",
    "daily panic attacks, has not left the apartment in 2 weeks",
    "escalating self-harm (forearm cutting) after a breakup",
    "heavy drinking (about 26 drinks/week), morning tremor",
    "nightly nightmares and flashbacks since the assault, hypervigilant",
]

SOCIAL_FR = [
    "avis d'éviction reçu, loyer impayé depuis 2 mois — risque d'itinérance",
    "vit en refuge depuis la séparation; violence conjugale rapportée (conjoint, voies de fait)",
    "prestataire de l'aide sociale, aucune autre source de revenu",
    "dossier ouvert à la DPJ pour les deux enfants (négligence)",
    "perte d'emploi récente, dettes importantes, isolement social",
    "sous curatelle publique depuis 2019",
    "hébergé temporairement chez sa mère, conflit familial important",
]
SOCIAL_EN = [
    "received an eviction notice, two months behind on rent, at risk of homelessness",
    "staying at a shelter since the separation; reports intimate partner violence",
    "on social assistance, no other income",
    "child protection file open for both children (neglect)",
    "recently lost job, significant debt, socially isolated",
    "under public curatorship since 2019",
    "staying with his/her mother for now, serious family conflict",
]
