"""Clinical vocabulary (FR-CA / EN) for an outpatient psychiatry department."""

DX = [
    # (fr, en, code)
    ("schizophrénie paranoïde", "paranoid schizophrenia", "F20.0"),
    ("trouble schizoaffectif, type bipolaire", "schizoaffective disorder, bipolar type", "F25.0"),
    ("trouble bipolaire de type I, épisode maniaque", "bipolar I disorder, manic episode", "F31.1"),
    ("trouble bipolaire de type II, épisode dépressif", "bipolar II disorder, current episode depressed", "F31.81"),
    ("dépression majeure sévère, sans symptômes psychotiques", "major depressive disorder, severe, without psychotic features", "F32.2"),
    ("dépression majeure avec caractéristiques psychotiques", "major depressive disorder with psychotic features", "F32.3"),
    ("trouble de la personnalité limite", "borderline personality disorder", "F60.3"),
    ("premier épisode psychotique", "first-episode psychosis", "F23"),
    ("psychose induite par le cannabis", "cannabis-induced psychotic disorder", "F12.5"),
    ("trouble de stress post-traumatique", "post-traumatic stress disorder", "F43.1"),
    ("trouble délirant persistant", "delusional disorder", "F22"),
    ("trouble anxieux généralisé avec attaques de panique", "generalized anxiety disorder with panic attacks", "F41.1"),
    ("trouble de l'usage de l'alcool, sévère", "alcohol use disorder, severe", "F10.2"),
    ("trouble obsessionnel-compulsif", "obsessive-compulsive disorder", "F42"),
]
PSYCHOTIC = [0, 1, 2, 5, 7, 8, 10]

SYMPTOMS_FR = [
    "hallucinations auditives commandantes", "idées délirantes de persécution envers les voisins",
    "idées suicidaires avec plan (médicaments)", "insomnie depuis 5 jours, logorrhée, dépenses excessives",
    "retrait social, ne s'alimente plus", "agressivité verbale envers la famille",
    "automutilation (coupures aux avant-bras)", "désorganisation importante, hygiène négligée",
    "idées de mort passives, sans plan", "propos menaçants envers l'ex-conjoint",
    "non-adhésion à la médication depuis 3 semaines", "consommation de cannabis quotidienne",
]
SYMPTOMS_EN = [
    "command auditory hallucinations", "persecutory delusions about the neighbours",
    "suicidal ideation with a plan (overdose)", "no sleep for 5 days, pressured speech, overspending",
    "social withdrawal, not eating", "verbal aggression toward family members",
    "self-harm (superficial cuts to forearms)", "marked disorganisation, poor self-care",
    "passive death wishes, no plan", "threats toward ex-partner",
    "stopped medication about 3 weeks ago", "daily cannabis use",
]

LAI = [
    # (brand, generic_fr, generic_en, doses, interval_fr, interval_en)
    ("Invega Sustenna", "palmitate de palipéridone", "paliperidone palmitate", ["100 mg", "150 mg", "75 mg"], "aux 4 semaines", "q4 weeks"),
    ("Invega Trinza", "palmitate de palipéridone", "paliperidone palmitate", ["350 mg", "525 mg"], "aux 3 mois", "q3 months"),
    ("Abilify Maintena", "aripiprazole monohydraté", "aripiprazole monohydrate", ["400 mg", "300 mg"], "aux 4 semaines", "q4 weeks"),
    ("Aristada", "aripiprazole lauroxil", "aripiprazole lauroxil", ["662 mg", "882 mg"], "aux 6 semaines", "q6 weeks"),
    ("Haldol LA", "décanoate d'halopéridol", "haloperidol decanoate", ["100 mg", "150 mg", "50 mg"], "aux 4 semaines", "q4 weeks"),
    ("Fluanxol Dépôt", "décanoate de flupenthixol", "flupentixol decanoate", ["20 mg", "40 mg"], "aux 2 semaines", "q2 weeks"),
    ("Modecate", "décanoate de fluphénazine", "fluphenazine decanoate", ["25 mg", "12,5 mg"], "aux 3 semaines", "q3 weeks"),
    ("Risperdal Consta", "rispéridone à libération prolongée", "long-acting risperidone", ["37,5 mg", "50 mg"], "aux 2 semaines", "q2 weeks"),
]

ORAL = [
    # (fr, en)
    ("clozapine 350 mg HS", "clozapine 350 mg qhs"),
    ("olanzapine (Zyprexa) 15 mg HS", "olanzapine (Zyprexa) 15 mg qhs"),
    ("quétiapine XR 300 mg HS", "quetiapine XR 300 mg qhs"),
    ("lithium (Carbolith) 300 mg, 3 co. HS", "lithium carbonate 900 mg qhs"),
    ("divalproex (Epival) 750 mg BID", "divalproex (Epival) 750 mg bid"),
    ("sertraline 150 mg DIE", "sertraline 150 mg daily"),
    ("escitalopram (Cipralex) 20 mg DIE", "escitalopram (Cipralex) 20 mg daily"),
    ("venlafaxine XR 225 mg DIE", "venlafaxine XR 225 mg daily"),
    ("lorazépam 1 mg PO q6h PRN anxiété", "lorazepam 1 mg PO q6h PRN anxiety"),
    ("mirtazapine 30 mg HS", "mirtazapine 30 mg qhs"),
    ("lamotrigine 200 mg DIE", "lamotrigine 200 mg daily"),
    ("benztropine 1 mg BID", "benztropine 1 mg bid"),
    ("rispéridone 3 mg HS", "risperidone 3 mg qhs"),
    ("aripiprazole 15 mg DIE", "aripiprazole 15 mg daily"),
    ("bupropion XL 300 mg DIE", "bupropion XL 300 mg daily"),
    ("naltrexone 50 mg DIE", "naltrexone 50 mg daily"),
]

LABS_FR = [
    "lithémie 1,32 mmol/L (cible 0,6-1,0)", "lithémie 0,48 mmol/L", "NAN 1,4 x 10^9/L",
    "NAN 2,9 x 10^9/L", "TSH 7,8 mUI/L", "créatinine 112 µmol/L, DFGe 58",
    "HbA1c 7,2 %", "glycémie à jeun 8,1 mmol/L", "LDL 4,3 mmol/L, TG 3,1",
    "prolactine 96 µg/L", "QTc 486 ms à l'ECG", "dépistage urinaire positif cannabis et amphétamines",
    "CK 2 340 U/L", "ALT 142 U/L", "valproémie 38 mg/L", "sodium 128 mmol/L",
]
LABS_EN = [
    "lithium level 1.32 mmol/L (target 0.6-1.0)", "lithium 0.48 mmol/L", "ANC 1.4 x10^9/L",
    "ANC 2.9", "TSH 7.8 mIU/L", "creatinine 112 umol/L, eGFR 58", "HbA1c 7.2%",
    "fasting glucose 8.1 mmol/L", "LDL 4.3, TG 3.1", "prolactin 96 ug/L", "QTc 486 ms on ECG",
    "urine tox positive for THC and amphetamines", "CK 2340 U/L", "ALT 142 U/L",
    "valproate level 38 mg/L", "Na 128",
]

SOCIAL_FR = [
    "vit seul en chambre; avis d'éviction reçu pour loyers impayés",
    "séjourne au refuge La Halte depuis deux semaines",
    "prestataire du programme de solidarité sociale",
    "signalement retenu par la DPJ concernant ses deux jeunes enfants",
    "victime de violence conjugale; l'ex-conjoint est sous ordonnance de non-communication",
    "ouverture d'un régime de protection (tutelle) en cours",
    "perte d'emploi récente et dettes importantes",
    "habite chez sa mère de 78 ans, qui se dit épuisée",
    "sans domicile fixe depuis l'automne",
    "en attente d'une place en ressource intermédiaire (RI)",
]
SOCIAL_EN = [
    "lives alone in a rooming house; eviction notice for unpaid rent",
    "staying at the La Halte shelter for the past two weeks",
    "on social assistance (social solidarity program)",
    "youth protection (DPJ) report retained regarding the patient's two young children",
    "victim of intimate partner violence; ex-partner under a no-contact order",
    "protective supervision (tutorship) application in progress",
    "recent job loss, significant debts",
    "lives with an elderly mother (78), who reports being exhausted",
    "homeless since the fall",
    "waiting for a placement in an intermediate resource (RI)",
]


def lai_line(lai, dose, lang):
    brand, gfr, gen, doses, ifr, ien = lai
    if lang == "fr":
        return f"{brand} ({gfr}) {dose} IM {ifr}"
    return f"{brand} ({gen}) {dose} IM {ien}"


def cap(s):
    return s[:1].upper() + s[1:]


def social(lang, age, rng):
    """A social situation plausible for the patient's age."""
    lst = SOCIAL_FR if lang == "fr" else SOCIAL_EN
    ok = []
    for i, s in enumerate(lst):
        if i == 3 and not 20 <= age <= 50:
            continue
        if i == 7 and age >= 58:
            continue
        if i in (2, 6) and age >= 65:
            continue
        ok.append(s)
    return rng.choice(ok)
