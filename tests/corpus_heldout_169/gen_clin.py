"""Cardiology vocabulary and coherent clinical pictures (bilingual)."""

PICTURES = {
    "hf": {
        "dx_fr": ["insuffisance cardiaque à FEVG réduite (FEVG {ef} %), NYHA {nyha}",
                  "cardiomyopathie dilatée non ischémique, FEVG {ef} %",
                  "ICFEr d'origine ischémique, FEVG {ef} %, NYHA {nyha}",
                  "IC décompensée, OAP il y a 3 semaines"],
        "dx_en": ["heart failure with reduced EF (LVEF {ef}%), NYHA class {nyha}",
                  "non-ischemic dilated cardiomyopathy, EF {ef}%",
                  "ischemic cardiomyopathy, HFrEF, EF {ef}%",
                  "acute decompensated HF, admitted last month with pulmonary edema"],
        "meds": [("sacubitril/valsartan", "Entresto", "49/51 mg BID"), ("bisoprolol", "Monocor", "5 mg DIE"),
                 ("spironolactone", "Aldactone", "25 mg DIE"), ("dapagliflozine", "Forxiga", "10 mg DIE"),
                 ("furosémide", "Lasix", "40 mg BID"), ("carvédilol", "Coreg", "12,5 mg BID"),
                 ("empagliflozine", "Jardiance", "10 mg DIE"), ("éplérénone", "Inspra", "25 mg DIE")],
        "labs": ["nt", "k", "cr", "na", "hb", "ferr"],
    },
    "af": {
        "dx_fr": ["fibrillation auriculaire paroxystique, CHA2DS2-VASc {chads}",
                  "FA persistante symptomatique, échec de cardioversion",
                  "flutter auriculaire typique", "FA permanente à réponse ventriculaire rapide"],
        "dx_en": ["paroxysmal atrial fibrillation, CHA2DS2-VASc {chads}",
                  "persistent AF, symptomatic, failed DCCV", "typical atrial flutter",
                  "permanent AF with rapid ventricular response"],
        "meds": [("apixaban", "Eliquis", "5 mg BID"), ("rivaroxaban", "Xarelto", "20 mg DIE"),
                 ("métoprolol", "Lopresor", "50 mg BID"), ("diltiazem", "Cardizem CD", "180 mg DIE"),
                 ("amiodarone", "Cordarone", "200 mg DIE"), ("warfarine", "Coumadin", "selon RNI"),
                 ("digoxine", "Lanoxin", "0,0625 mg DIE"), ("flécaïnide", "Tambocor", "100 mg BID")],
        "labs": ["inr", "tsh", "cr", "k"],
    },
    "cad": {
        "dx_fr": ["NSTEMI, maladie tritronculaire", "angine stable CCS {ccs}, ischémie inférieure à la scintigraphie",
                  "STEMI antérieur traité par ICP de l'IVA", "SCA sans sus-décalage, troponine positive"],
        "dx_en": ["NSTEMI, three-vessel disease", "stable angina CCS {ccs}, inferior ischemia on MIBI",
                  "anterior STEMI, primary PCI to LAD", "NSTE-ACS, positive troponin"],
        "meds": [("ticagrélor", "Brilinta", "90 mg BID"), ("clopidogrel", "Plavix", "75 mg DIE"),
                 ("AAS", "Aspirin", "80 mg DIE"), ("rosuvastatine", "Crestor", "40 mg HS"),
                 ("atorvastatine", "Lipitor", "80 mg DIE"), ("nitroglycérine", "Nitrolingual", "0,4 mg SL PRN"),
                 ("ramipril", "Altace", "5 mg DIE"), ("métoprolol", "Lopresor", "25 mg BID")],
        "labs": ["trop", "ldl", "cr", "hba1c"],
    },
    "valve": {
        "dx_fr": ["sténose aortique sévère (AVA 0,7 cm², gradient moyen 48 mmHg)",
                  "insuffisance mitrale sévère primaire, prolapsus P2",
                  "bioprothèse aortique dégénérée", "sténose aortique sévère symptomatique, évaluation TAVI"],
        "dx_en": ["severe aortic stenosis (AVA 0.7 cm2, mean gradient 48 mmHg)",
                  "severe primary mitral regurgitation, P2 prolapse", "degenerated aortic bioprosthesis",
                  "symptomatic severe AS, TAVI work-up"],
        "meds": [("furosémide", "Lasix", "20 mg DIE"), ("apixaban", "Eliquis", "2,5 mg BID"),
                 ("amlodipine", "Norvasc", "5 mg DIE"), ("atorvastatine", "Lipitor", "40 mg DIE")],
        "labs": ["nt", "cr", "hb"],
    },
    "brady": {
        "dx_fr": ["BAV complet, stimulateur double chambre", "maladie du sinus avec pauses de 4,2 s",
                  "syncope sur BAV 2:1", "bloc de branche gauche, resynchronisation (CRT-P)"],
        "dx_en": ["complete heart block, dual-chamber pacemaker", "sick sinus syndrome, pauses up to 4.2 s",
                  "syncope with 2:1 AV block", "LBBB, CRT-P implanted"],
        "meds": [("apixaban", "Eliquis", "5 mg BID"), ("ramipril", "Altace", "2,5 mg DIE"),
                 ("furosémide", "Lasix", "20 mg DIE")],
        "labs": ["k", "cr", "tsh"],
    },
    "icd": {
        "dx_fr": ["TV soutenue, DCI en prévention secondaire", "cardiomyopathie hypertrophique, DCI primaire",
                  "choc approprié du DCI pour TV à 210/min", "orage rythmique, 3 chocs en 24 h"],
        "dx_en": ["sustained VT, secondary-prevention ICD", "hypertrophic cardiomyopathy, primary ICD",
                  "appropriate ICD shock for VT at 210 bpm", "electrical storm, 3 shocks in 24 h"],
        "meds": [("amiodarone", "Cordarone", "200 mg DIE"), ("sotalol", "Sotacor", "80 mg BID"),
                 ("mexilétine", "Mexitil", "200 mg TID"), ("bisoprolol", "Monocor", "10 mg DIE")],
        "labs": ["k", "mg", "tsh", "cr"],
    },
}

LAB_FR = {
    "nt": ("NT-proBNP", lambda r: f"{r.choice([1240, 2870, 4850, 6420, 9310, 15600])} ng/L"),
    "k": ("K+", lambda r: f"{r.choice(['3,2', '5,6', '5,9', '4,1', '6,1'])} mmol/L"),
    "cr": ("créat", lambda r: f"{r.choice([98, 142, 168, 187, 221])} µmol/L"),
    "na": ("Na", lambda r: f"{r.choice([128, 131, 133, 136])} mmol/L"),
    "hb": ("Hb", lambda r: f"{r.choice([92, 98, 104, 117])} g/L"),
    "ferr": ("ferritine", lambda r: f"{r.choice([18, 45, 62, 88])} µg/L, sat. transferrine {r.choice([9, 14, 17])} %"),
    "inr": ("RNI", lambda r: r.choice(["1,4", "3,8", "4,6", "2,1"])),
    "tsh": ("TSH", lambda r: f"{r.choice(['0,08', '6,9', '11,2'])} mUI/L"),
    "trop": ("troponine T hs", lambda r: f"{r.choice([64, 212, 1240, 3380])} ng/L"),
    "ldl": ("C-LDL", lambda r: f"{r.choice(['2,9', '3,4', '1,9'])} mmol/L"),
    "hba1c": ("HbA1c", lambda r: f"{r.choice(['7,4', '8,1', '9,3'])} %"),
    "mg": ("Mg", lambda r: f"{r.choice(['0,58', '0,62', '0,66'])} mmol/L"),
}


def lab_en(key, rng):
    name, f = LAB_FR[key]
    v = f(rng).replace(",", ".").replace("sat. transferrine", "TSAT").replace("mUI/L", "mIU/L")
    name = {"créat": "creat", "ferritine": "ferritin", "RNI": "INR", "C-LDL": "LDL-C",
            "troponine T hs": "hs-TnT"}.get(name, name)
    return name, v


def picture(rng, kind=None):
    kind = kind or rng.choice(list(PICTURES))
    P = PICTURES[kind]
    vals = {"ef": rng.choice([15, 20, 25, 30, 35]), "nyha": rng.choice(["II", "III", "II-III", "IIIb"]),
            "chads": rng.randint(2, 6), "ccs": rng.choice(["II", "III"])}
    i = rng.randrange(len(P["dx_fr"]))
    meds = rng.sample(P["meds"], k=min(len(P["meds"]), rng.randint(2, 4)))
    labkeys = rng.sample(P["labs"], k=min(len(P["labs"]), rng.randint(1, 3)))
    labs_fr = [(LAB_FR[k][0], LAB_FR[k][1](rng)) for k in labkeys]
    labs_en = [lab_en(k, rng) for k in labkeys]
    return {
        "kind": kind,
        "dx_fr": P["dx_fr"][i].format(**vals),
        "dx_en": P["dx_en"][i].format(**vals),
        "meds": meds,
        "labs_fr": labs_fr,
        "labs_en": labs_en,
        "ef": vals["ef"],
    }


EN_GENERIC = {"furosémide": "furosemide", "carvédilol": "carvedilol", "dapagliflozine": "dapagliflozin",
              "empagliflozine": "empagliflozin", "éplérénone": "eplerenone", "métoprolol": "metoprolol",
              "warfarine": "warfarin", "digoxine": "digoxin", "flécaïnide": "flecainide", "ticagrélor": "ticagrelor",
              "AAS": "ASA", "rosuvastatine": "rosuvastatin", "atorvastatine": "atorvastatin",
              "nitroglycérine": "nitroglycerin", "mexilétine": "mexiletine"}


def med_str(m, lang, style):
    gen, brand, dose = m
    if lang == "en":
        gen = EN_GENERIC.get(gen, gen)
        dose = dose.replace(",", ".").replace("DIE", "daily" if style % 2 else "OD").replace("selon RNI", "per INR")
        dose = dose.replace("HS", "qhs")
    if style == 0:
        return f"{gen} {dose}"
    if style == 1:
        return f"{brand} ({gen}) {dose}"
    if style == 2:
        return f"{brand} {dose}"
    return f"{gen.capitalize()} {dose}"


def meds_block(pic, lang, rng, bullet="- "):
    style = rng.randrange(4)
    return "\n".join(bullet + med_str(m, lang, style) for m in pic["meds"])


def labs_inline(pic, lang):
    labs = pic["labs_fr"] if lang == "fr" else pic["labs_en"]
    return ", ".join(f"{a} {b}" for a, b in labs)


PROC_FR = ["échographie transthoracique", "ETO", "écho de stress à la dobutamine", "Holter 48 h",
           "épreuve d'effort sur tapis", "IRM cardiaque", "coronarographie", "cardioversion élective",
           "implantation d'un DCI", "changement de boîtier de stimulateur", "ablation de FA", "MAPA 24 h"]
PROC_EN = ["transthoracic echo", "TEE", "dobutamine stress echo", "48-hour Holter", "treadmill stress test",
           "cardiac MRI", "coronary angiogram", "elective cardioversion", "ICD implant", "pacemaker generator change",
           "AF ablation", "24-h ambulatory BP monitoring"]
