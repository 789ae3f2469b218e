"""Clinical vocabulary per study, in both languages (diagnoses, labs, drugs, adverse events)."""


def _num(c, lo, hi, dec=0):
    v = lo + (hi - lo) * c.rng.random()
    s = ("%." + str(dec) + "f") % v
    return s.replace(".", ",") if c.fr else s


DX = {
    "CARDIO-HF 301": (
        ["IC-FER, FEVG 30 %", "insuffisance cardiaque NYHA II, FEVG 35 %", "cardiomyopathie ischémique, FEVG 25 %",
         "ICFEr NYHA III + FA permanente", "CMP dilatée non ischémique, FEVG 28 %"],
        ["HFrEF, LVEF 30%", "HF NYHA class II, EF 35%", "ischemic cardiomyopathy, EF 25%",
         "HFrEF NYHA III with permanent AF", "non-ischemic dilated CM, LVEF 28%"]),
    "ONCO-BR 12": (
        ["néo sein HER2+ métastatique (os)", "carcinome canalaire HER2+ avec méta hépatiques",
         "cancer du sein HER2+ récidivant", "néo du sein gauche HER2+, méta cérébrales traitées"],
        ["HER2+ metastatic breast ca (bone)", "HER2+ ductal carcinoma with liver mets",
         "recurrent HER2+ breast cancer", "L breast ca HER2+, treated brain mets"]),
    "DIAB-REN 2": (
        ["DB2 avec néphropathie, IRC stade 3b", "diabète type 2 + IRC 3a, albuminurie", "néphropathie diabétique, HTA",
         "DB2 insulinotraité, IRC stade 3"],
        ["T2DM with nephropathy, CKD 3b", "type 2 diabetes, CKD 3a with albuminuria", "diabetic nephropathy, HTN",
         "insulin-treated T2DM, CKD stage 3"]),
    "NEURO-PD 7": (
        ["Parkinson précoce, Hoehn-Yahr 1", "maladie de Parkinson dx 2022, tremblement D", "Parkinson débutant, H&Y 2",
         "syndrome parkinsonien idiopathique"],
        ["early PD, Hoehn & Yahr 1", "Parkinson's dx 2022, R-sided tremor", "early Parkinson's, H&Y 2",
         "idiopathic parkinsonism"]),
    "PEDI-ASTH 4": (
        ["asthme sévère non contrôlé", "asthme éosinophilique sévère", "asthme sévère, 3 visites à l'urgence cette année"],
        ["severe uncontrolled asthma", "severe eosinophilic asthma", "severe asthma, 3 ED visits this year"]),
    "HEPA-C 9": (
        ["hépatite C chronique génotype 1a, F3", "VHC chronique avec fibrose F2", "hépatite C, cirrhose compensée"],
        ["chronic HCV genotype 1a, F3", "chronic hep C with F2 fibrosis", "HCV with compensated cirrhosis"]),
}

MEDS = {
    "CARDIO-HF 301": ["sacubitril-valsartan 49/51 mg BID", "Entresto 97/103 mg bid", "bisoprolol 5 mg DIE",
                      "spironolactone 25 mg DIE", "furosémide 40 mg die", "dapagliflozine 10 mg die",
                      "Forxiga 10 mg", "apixaban 5 mg BID", "Eliquis 2,5 mg bid"],
    "ONCO-BR 12": ["trastuzumab q3sem", "pertuzumab + trastuzumab", "docétaxel 75 mg/m2", "Herceptin SC",
                   "ondansétron 8 mg PRN", "dexaméthasone 4 mg BID x 3 j", "Neulasta 6 mg SC"],
    "DIAB-REN 2": ["metformine 500 mg BID", "insuline glargine 24 U HS", "Lantus 30 U", "empagliflozine 10 mg",
                   "Jardiance 25 mg", "ramipril 10 mg die", "atorvastatine 40 mg", "Ozempic 0,5 mg/sem"],
    "NEURO-PD 7": ["lévodopa-carbidopa 100/25 TID", "Sinemet 100/25", "pramipexole 0,25 mg TID", "rasagiline 1 mg",
                   "Azilect 1 mg die", "mélatonine 3 mg HS"],
    "PEDI-ASTH 4": ["fluticasone-salmétérol 250/50 bid", "Advair 250", "montélukast 5 mg", "Singulair 5 mg",
                    "salbutamol PRN", "prednisone 40 mg x 5 j", "Ventolin 100 mcg 2 inh PRN"],
    "HEPA-C 9": ["sofosbuvir-velpatasvir", "Epclusa 1 co die", "propranolol 20 mg BID", "spironolactone 50 mg",
                 "méthadone 60 mg die", "lactulose 30 mL BID"],
}

AE = (["neutropénie fébrile", "pneumonie communautaire", "hyperkaliémie à 6,2", "chute avec fracture du poignet",
       "FA rapide", "insuffisance rénale aiguë", "syncope", "thrombose veineuse profonde MIG",
       "exacerbation d'asthme", "hémorragie digestive haute", "réaction à la perfusion", "décompensation cardiaque"],
      ["febrile neutropenia", "community-acquired pneumonia", "hyperkalemia 6.2", "fall with wrist fracture",
       "AF with RVR", "acute kidney injury", "syncope", "left leg DVT", "asthma exacerbation", "upper GI bleed",
       "infusion reaction", "acute decompensated heart failure"])


def dx(c, code):
    return c.ch(*DX[code][0 if c.fr else 1])


def med(c, code):
    m = c.ch(*MEDS[code])
    if not c.fr:
        m = (m.replace("die", "daily").replace("DIE", "daily").replace("furosémide", "furosemide")
             .replace("docétaxel", "docetaxel").replace("ondansétron", "ondansetron")
             .replace("dexaméthasone", "dexamethasone").replace("lévodopa", "levodopa")
             .replace("rasagiline", "rasagiline").replace("mélatonine", "melatonin")
             .replace("métformine", "metformin").replace("metformine", "metformin")
             .replace("atorvastatine", "atorvastatin").replace("montélukast", "montelukast")
             .replace("fluticasone-salmétérol", "fluticasone-salmeterol").replace("méthadone", "methadone")
             .replace("insuline", "insulin").replace("q3sem", "q3w").replace(" x 3 j", " x 3 d")
             .replace(" x 5 j", " x 5 d").replace("/sem", "/wk").replace("0,5", "0.5").replace("2,5", "2.5")
             .replace("co die", "tab daily").replace("dapagliflozine", "dapagliflozin")
             .replace("empagliflozine", "empagliflozin"))
    return m


def ae(c):
    return c.ch(*AE[0 if c.fr else 1])


def lab(c, code=None):
    """One terse lab value."""
    k = c.rng.randrange(9)
    if code == "CARDIO-HF 301" and k < 3:
        return "NT-proBNP %s ng/L" % c.rng.randrange(650, 7800)
    if code == "DIAB-REN 2" and k < 3:
        return (("DFGe %s mL/min" if c.fr else "eGFR %s mL/min") % c.rng.randrange(28, 58))
    if code == "ONCO-BR 12" and k < 3:
        return ("neutro %s x10^9/L" if c.fr else "ANC %s x10^9/L") % _num(c, 0.3, 1.4, 1)
    if code == "HEPA-C 9" and k < 3:
        return ("ALT %d U/L" % c.rng.randrange(60, 240))
    if code == "PEDI-ASTH 4" and k < 3:
        return ("éos %s x10^9/L" if c.fr else "eos %s x10^9/L") % _num(c, 0.3, 1.2, 2)
    opts = [
        lambda: "K %s mmol/L" % _num(c, 3.1, 6.4, 1),
        lambda: ("créat %d µmol/L" if c.fr else "creat %d umol/L") % c.rng.randrange(70, 240),
        lambda: "Hb %d g/L" % c.rng.randrange(78, 150),
        lambda: "HbA1c %s %%" % _num(c, 6.1, 10.9, 1),
        lambda: "Na %d mmol/L" % c.rng.randrange(124, 146),
        lambda: ("plaq. %d" if c.fr else "plt %d") % c.rng.randrange(40, 390),
        lambda: "INR %s" % _num(c, 0.9, 4.2, 1),
        lambda: "TSH %s mUI/L" % _num(c, 0.1, 9.5, 2) if c.fr else "TSH %s mIU/L" % _num(c, 0.1, 9.5, 2),
        lambda: "ALT %d U/L" % c.rng.randrange(18, 190),
    ]
    return opts[k]()


def labs(c, code=None, n=3):
    seen, out = set(), []
    for _ in range(n * 3):
        x = lab(c, code)
        key = x.split(" ")[0]
        if key not in seen:
            seen.add(key)
            out.append(x)
        if len(out) == n:
            break
    return out


SYMPT = (["nausées et vomissements depuis 2 jours", "dyspnée à l'effort augmentée", "œdème des chevilles",
          "étourdissements au lever", "diarrhée grade 2", "fatigue importante", "éruption cutanée au thorax",
          "toux nocturne", "palpitations", "chute à domicile sans perte de conscience"],
         ["nausea and vomiting x 2 days", "worse shortness of breath on exertion", "ankle swelling",
          "dizziness on standing", "grade 2 diarrhea", "marked fatigue", "rash on the chest", "night cough",
          "palpitations", "fall at home, no LOC"])


def sympt(c):
    s = c.ch(*SYMPT[0 if c.fr else 1])
    return s.replace("œ", "oe") if c.rng.random() < 0.5 else s


RELIEF = (["acétaminophène 500 mg au besoin", "Gravol 50 mg", "lopéramide (Imodium) 2 mg", "ondansétron 4 mg SL",
           "Tylenol extra-fort", "dimenhydrinate 25 mg"],
          ["acetaminophen 500 mg PRN", "Gravol 50 mg", "loperamide 2 mg", "ondansetron 4 mg SL",
           "Tylenol Extra Strength", "dimenhydrinate 25 mg"])


def relief(c):
    return c.ch(*RELIEF[0 if c.fr else 1])
