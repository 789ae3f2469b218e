"""Clinical vocabulary pools (French / English) for cardiology mail."""

HF_DX = [
    ("IC à FEVG réduite, cardiomyopathie ischémique (FEVG 25 %)",
     "HFrEF, ischemic cardiomyopathy (LVEF 25%)"),
    ("cardiomyopathie dilatée non ischémique, FEVG 30 %",
     "non-ischemic dilated cardiomyopathy, LVEF 30%"),
    ("IC à FEVG préservée avec FA permanente",
     "HFpEF with permanent atrial fibrillation"),
    ("amylose cardiaque à transthyrétine (ATTR) confirmée par scintigraphie",
     "transthyretin cardiac amyloidosis (ATTR), confirmed on PYP scan"),
    ("IC décompensée sur sténose aortique sévère, en attente de TAVI",
     "decompensated HF with severe aortic stenosis, awaiting TAVI"),
    ("cardiomyopathie hypertrophique obstructive",
     "hypertrophic obstructive cardiomyopathy"),
    ("IC à FEVG légèrement réduite (41 %) post-IDM antérieur",
     "HFmrEF (LVEF 41%) after anterior MI"),
    ("cardiomyopathie toxique (alcool), FEVG 30 %",
     "alcohol-related cardiomyopathy, LVEF 30%"),
]

DEVICE_DX = [
    ("BAV complet, stimulateur double chambre", "complete heart block, dual-chamber pacemaker"),
    ("maladie du sinus avec pauses symptomatiques", "sick sinus syndrome with symptomatic pauses"),
    ("DCI en prévention primaire, FEVG 28 %", "primary-prevention ICD, LVEF 28%"),
    ("CRT-D pour BBG et FEVG 22 %", "CRT-D for LBBB and LVEF 22%"),
    ("DCI en prévention secondaire après arrêt cardiaque sur FV", "secondary-prevention ICD after VF arrest"),
    ("FA lente avec BAV, stimulateur simple chambre", "slow AF with AV block, single-chamber pacemaker"),
]

PED_DX = [
    ("bloc AV congénital complet, stimulateur épicardique", "congenital complete heart block, epicardial pacemaker"),
    ("syndrome du QT long type 2, DCI sous-cutané", "long QT syndrome type 2, subcutaneous ICD"),
    ("tétralogie de Fallot opérée, TV non soutenue", "repaired tetralogy of Fallot, non-sustained VT"),
    ("cardiomyopathie hypertrophique familiale", "familial hypertrophic cardiomyopathy"),
]

ALERTS = [
    ("FA/flutter : charge {n} % sur 24 h, épisode le plus long {h} h {m} min",
     "AT/AF burden {n}% over 24 h, longest episode {h} h {m} min", "diag"),
    ("TV soutenue à {r} bpm traitée par ATP, retour en rythme sinusal",
     "sustained VT at {r} bpm treated with ATP, terminated", "diag"),
    ("choc délivré (35 J) pour FV à {r} bpm", "shock delivered (35 J) for VF at {r} bpm", "diag"),
    ("impédance sonde VD {z} ohms (hausse brutale, valeur antérieure 520 ohms)",
     "RV lead impedance {z} ohms (abrupt rise, previous 520 ohms)", "lab"),
    ("batterie au seuil de remplacement électif (ERI)", "battery at elective replacement indicator (ERI)", "lab"),
    ("index de congestion thoracique au-dessus du seuil depuis {d} jours",
     "thoracic fluid index above threshold for {d} days", "lab"),
    ("stimulation biventriculaire {p} % (baisse)", "biventricular pacing {p}% (decreased)", "lab"),
]

MEDS = [
    ("sacubitril/valsartan (Entresto) 49/51 mg BID", "sacubitril/valsartan (Entresto) 49/51 mg BID"),
    ("bisoprolol 5 mg DIE", "bisoprolol 5 mg daily"),
    ("spironolactone 25 mg DIE", "spironolactone 25 mg daily"),
    ("dapagliflozine (Forxiga) 10 mg DIE", "dapagliflozin (Forxiga) 10 mg daily"),
    ("empagliflozine 10 mg DIE", "empagliflozin (Jardiance) 10 mg once daily"),
    ("furosémide (Lasix) 40 mg BID", "furosemide (Lasix) 40 mg BID"),
    ("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID"),
    ("amiodarone 200 mg DIE", "amiodarone 200 mg daily"),
    ("métoprolol 25 mg BID", "metoprolol tartrate 25 mg BID"),
    ("digoxine 0,0625 mg DIE", "digoxin 0.0625 mg daily"),
    ("ivabradine 5 mg BID", "ivabradine 5 mg BID"),
    ("warfarine (Coumadin) selon RNI", "warfarin (Coumadin) per INR"),
    ("atorvastatine 40 mg HS", "atorvastatin 40 mg at bedtime"),
    ("hydralazine 25 mg TID + dinitrate d'isosorbide 20 mg TID",
     "hydralazine 25 mg TID + isosorbide dinitrate 20 mg TID"),
    ("tafamidis 61 mg DIE", "tafamidis 61 mg daily"),
    ("carvédilol 12,5 mg BID", "carvedilol 12.5 mg BID"),
]


MED_CLASSES = [
    [0],            # ARNI
    [1, 8, 15],     # beta-blocker
    [2],            # MRA
    [3, 4],         # SGLT2 inhibitor
    [5],            # loop diuretic
    [6, 11],        # anticoagulant
    [7, 9, 10, 12, 13],  # other
]


def meds(rng, lang, n):
    """A clinically coherent list: at most one drug per class, GDMT first."""
    i = 0 if lang == "fr" else 1
    classes = MED_CLASSES[:5]
    extra = rng.sample(MED_CLASSES[5:], 2)
    chosen = rng.sample(classes, min(n, 5)) if n <= 3 else classes[:n] if n <= 5 else classes + extra[:n - 5]
    order = {id(c): k for k, c in enumerate(MED_CLASSES)}
    chosen = sorted(chosen, key=lambda c: order[id(c)])
    if n >= 3 and rng.random() < 0.4:
        chosen[-1] = rng.choice(extra)
    return [MEDS[rng.choice(c)][i] for c in chosen]


def labs(rng, lang):
    k = round(rng.uniform(3.1, 6.2), 1)
    cr = rng.randrange(78, 231)
    na = rng.randrange(126, 142)
    bnp = rng.randrange(380, 14800)
    hb = rng.randrange(88, 141)
    if lang == "fr":
        return [f"K+ {k} mmol/L".replace(".", ","), f"créat {cr} µmol/L", f"Na {na}",
                f"NT-proBNP {bnp} ng/L", f"Hb {hb} g/L"]
    return [f"K {k} mmol/L", f"creat {cr} umol/L", f"Na {na}", f"NT-proBNP {bnp} ng/L", f"Hb {hb} g/L"]


def alert_text(rng, lang):
    a = rng.choice(ALERTS)
    txt = a[0] if lang == "fr" else a[1]
    return txt.format(n=rng.randrange(6, 64), h=rng.randrange(1, 23), m=rng.randrange(0, 60),
                      r=rng.randrange(172, 248), z=rng.randrange(1400, 3000), d=rng.randrange(3, 15),
                      p=rng.randrange(71, 90)), a[2]


ECHO_FR = [
    "VG dilaté (DTDVG {d} mm), hypokinésie globale, FEVG {ef} % (Simpson biplan). IM {im}. PSVD {p} mmHg. "
    "TAPSE {t} mm. OG dilatée ({v} mL/m2).",
    "FEVG {ef} %, akinésie antéro-apicale, pas de thrombus apical visualisé. IM {im}. PSVD {p} mmHg. "
    "VCI dilatée non compliante.",
]
ECHO_EN = [
    "Dilated LV (LVEDD {d} mm), global hypokinesis, LVEF {ef}% (biplane Simpson). {im} MR. RVSP {p} mmHg. "
    "TAPSE {t} mm. LA volume index {v} mL/m2.",
    "LVEF {ef}%, anteroapical akinesis, no LV thrombus seen. {im} MR. RVSP {p} mmHg. Plethoric IVC.",
]


def echo_text(rng, lang):
    ef = rng.choice([15, 20, 25, 30, 35, 40, 45, 55])
    im_fr = rng.choice(["légère", "modérée", "modérée à sévère", "sévère"])
    im_en = {"légère": "Mild", "modérée": "Moderate", "modérée à sévère": "Moderate-to-severe",
             "sévère": "Severe"}[im_fr]
    vals = dict(d=rng.randrange(52, 74), ef=ef, p=rng.randrange(28, 64), t=rng.randrange(11, 22),
                v=rng.randrange(34, 68))
    if lang == "fr":
        return rng.choice(ECHO_FR).format(im=im_fr, **vals), ef
    return rng.choice(ECHO_EN).format(im=im_en, **vals), ef


HOLTER_FR = [
    "Rythme sinusal moyen {hr} bpm. FA paroxystique {n} % du temps, épisode le plus long {h} h. "
    "Pauses jusqu'à {s} s (nocturnes).",
    "ESV {n} % (charge élevée), {k} salves de TVNS, la plus longue 7 battements à 176 bpm.",
    "BAV du 2e degré Mobitz II nocturne, FC minimale {lo} bpm, pause max {s} s. Symptômes notés au journal "
    "à 03 h 10 (étourdissements).",
]
HOLTER_EN = [
    "Sinus rhythm, mean HR {hr} bpm. Paroxysmal AF {n}% of recording, longest episode {h} h. "
    "Pauses up to {s} s (nocturnal).",
    "PVC burden {n}% (high), {k} runs of NSVT, longest 7 beats at 176 bpm.",
    "Nocturnal Mobitz II second-degree AV block, min HR {lo} bpm, max pause {s} s. Diary: lightheaded at 03:10.",
]


def holter_text(rng, lang):
    vals = dict(hr=rng.randrange(58, 96), n=rng.randrange(4, 31), h=rng.randrange(1, 14),
                s=f"{rng.randrange(2, 6)}.{rng.randrange(0, 10)}", k=rng.randrange(2, 9), lo=rng.randrange(28, 41))
    t = rng.choice(HOLTER_FR if lang == "fr" else HOLTER_EN).format(**vals)
    return t.replace(f"{vals['s']} s", vals["s"].replace(".", ",") + " s") if lang == "fr" else t


REHAB_FR = ["TM6M {m} m (entrée {m0} m)", "FC repos {hr}, TA {sys}/{dia}", "Borg dyspnée {b}/10",
            "VO2 pic {vo} mL/kg/min", "poids {w} kg", "PHQ-9 {phq}"]
REHAB_EN = ["6MWT {m} m (baseline {m0} m)", "resting HR {hr}, BP {sys}/{dia}", "Borg dyspnea {b}/10",
            "peak VO2 {vo} mL/kg/min", "weight {w} kg", "PHQ-9 {phq}"]


def rehab_values(rng):
    m0 = rng.randrange(180, 420)
    return dict(m=m0 + rng.randrange(-20, 140), m0=m0, hr=rng.randrange(52, 92), sys=rng.randrange(96, 152),
                dia=rng.randrange(54, 92), b=rng.randrange(1, 7), vo=f"{rng.randrange(10, 24)}.{rng.randrange(10)}",
                w=f"{rng.randrange(52, 118)}.{rng.randrange(10)}", phq=rng.randrange(2, 19))


SOCIAL_FR = [
    "vit seule au 3e étage sans ascenseur, son propriétaire a signifié une reprise de logement pour le 1er février",
    "prestataire de l'aide sociale, n'arrive plus à payer ses médicaments en fin de mois",
    "a confié à l'infirmière que son conjoint la contrôle financièrement et l'a bousculée la semaine dernière; "
    "elle ne souhaite pas porter plainte pour l'instant",
    "proche aidant de sa conjointe atteinte d'Alzheimer, épuisement important, aucun répit",
    "en situation d'itinérance depuis septembre, hébergé au refuge du centre-ville",
    "insécurité alimentaire, dépend de la banque alimentaire; ne peut suivre la diète hyposodée",
]
SOCIAL_EN = [
    "lives alone on a third floor walk-up and the landlord has served an eviction notice for February 1",
    "on income support (social assistance) and has been skipping doses at month end to stretch the supply",
    "disclosed to the nurse that her partner controls the money and pushed her last week; she does not want "
    "police involvement for now",
    "is the sole caregiver for his wife with dementia and reports severe caregiver burnout, no respite",
    "has been homeless since September, staying at the downtown shelter",
    "food insecure, relies on the food bank and cannot follow the low-sodium diet",
]
