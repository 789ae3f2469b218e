"""Clinical vocabulary of a home dialysis programme (French-Canadian / English)."""

# cause of kidney failure (fr, en)
CAUSES = [
    ("néphropathie diabétique", "diabetic nephropathy"),
    ("glomérulonéphrite à IgA", "IgA nephropathy"),
    ("polykystose rénale autosomique dominante", "autosomal dominant polycystic kidney disease"),
    ("néphroangiosclérose hypertensive", "hypertensive nephrosclerosis"),
    ("néphrite lupique classe IV", "class IV lupus nephritis"),
    ("glomérulosclérose segmentaire et focale", "focal segmental glomerulosclerosis"),
    ("vascularite à ANCA", "ANCA vasculitis"),
    ("néphropathie interstitielle chronique", "chronic interstitial nephritis"),
]
PEDS_CAUSES = [
    ("valves de l'urètre postérieur", "posterior urethral valves"),
    ("hypoplasie rénale bilatérale", "bilateral renal hypoplasia"),
    ("syndrome néphrotique corticorésistant", "steroid-resistant nephrotic syndrome"),
    ("syndrome d'Alport", "Alport syndrome"),
]
COMORB = [
    ("diabète de type 2", "type 2 diabetes"), ("insuffisance cardiaque (FEVG 35 %)", "heart failure (LVEF 35%)"),
    ("MPOC", "COPD"), ("fibrillation auriculaire", "atrial fibrillation"), ("cardiopathie ischémique", "coronary artery disease"),
    ("apnée du sommeil", "sleep apnoea"), ("hypothyroïdie", "hypothyroidism"), ("goutte", "gout"),
    ("dépression majeure", "major depression"), ("rétinopathie diabétique", "diabetic retinopathy"),
]
COMPLICATIONS = [
    ("péritonite (liquide trouble)", "peritonitis (cloudy effluent)", "PD"),
    ("infection du site de sortie du cathéter", "exit-site infection", "PD"),
    ("hernie ombilicale", "umbilical hernia", "PD"),
    ("fuite péritonéale péricathéter", "pericatheter dialysate leak", "PD"),
    ("ultrafiltration insuffisante", "ultrafiltration failure", "PD"),
    ("hyperkaliémie", "hyperkalaemia", "any"),
    ("surcharge volémique avec œdème des membres inférieurs", "fluid overload with leg oedema", "any"),
    ("thrombose de la fistule artérioveineuse", "AV fistula thrombosis", "HD"),
    ("sténose veineuse de la fistule", "venous stenosis of the fistula", "HD"),
    ("hypotension perdialytique", "intradialytic hypotension", "HD"),
    ("anémie réfractaire", "refractory anaemia", "any"),
    ("hyperparathyroïdie secondaire", "secondary hyperparathyroidism", "any"),
    ("bactériémie à S. aureus sur cathéter", "S. aureus catheter-related bacteraemia", "HD"),
    ("prurit urémique", "uraemic pruritus", "any"),
]
MODALITY = {
    "PD": ("dialyse péritonéale", "peritoneal dialysis"),
    "APD": ("dialyse péritonéale automatisée (cycleur de nuit)", "automated peritoneal dialysis (night cycler)"),
    "CAPD": ("DPCA, 4 échanges par jour", "CAPD, 4 exchanges a day"),
    "HHD": ("hémodialyse à domicile", "home haemodialysis"),
    "NHHD": ("hémodialyse nocturne à domicile", "nocturnal home haemodialysis"),
}

# medications (fr, en)
MEDS = [
    ("darbépoétine alfa 40 mcg SC aux 2 semaines", "darbepoetin alfa 40 mcg SC every 2 weeks"),
    ("époétine alfa 4 000 U SC 3 fois par semaine", "epoetin alfa 4,000 units SC three times weekly"),
    ("sucrose de fer 100 mg IV x 5 doses", "iron sucrose 100 mg IV x 5 doses"),
    ("sevelamer 800 mg 2 co. TID aux repas", "sevelamer 800 mg 2 tabs TID with meals"),
    ("carbonate de calcium 500 mg TID aux repas", "calcium carbonate 500 mg TID with meals"),
    ("carbonate de lanthane 500 mg TID", "lanthanum carbonate 500 mg TID"),
    ("calcitriol 0,25 mcg die", "calcitriol 0.25 mcg daily"),
    ("cinacalcet 30 mg die", "cinacalcet 30 mg daily"),
    ("furosémide 80 mg BID", "furosemide 80 mg BID"),
    ("amlodipine 10 mg die", "amlodipine 10 mg daily"),
    ("bisoprolol 5 mg die", "bisoprolol 5 mg daily"),
    ("Replavite 1 co. die", "Replavite 1 tab daily"),
    ("patiromer 8,4 g die", "patiromer 8.4 g daily"),
    ("polystyrène sulfonate de sodium 15 g die", "sodium polystyrene sulfonate 15 g daily"),
    ("insuline glargine 18 U HS", "insulin glargine 18 units at bedtime"),
    ("apixaban 2,5 mg BID", "apixaban 2.5 mg BID"),
    ("mupirocine onguent au site de sortie", "mupirocin ointment to exit site"),
    ("gentamicine crème 0,1 % au site de sortie die", "gentamicin 0.1% cream to exit site daily"),
]
PD_SOLUTIONS = [
    ("dextrose 1,5 % 5 L", "dextrose 1.5% 5 L"), ("dextrose 2,5 % 5 L", "dextrose 2.5% 5 L"),
    ("dextrose 4,25 % 2 L", "dextrose 4.25% 2 L"), ("icodextrine 7,5 % 2 L", "icodextrin 7.5% 2 L"),
    ("dextrose 1,5 % 2 L (poches DPCA)", "dextrose 1.5% 2 L (CAPD bags)"),
]
IP_ANTIBIOTICS = [
    ("vancomycine 2 g IP dans l'échange de longue durée, puis selon dosage", "vancomycin 2 g IP in the long dwell, then per level"),
    ("céfazoline 1 g IP die + ceftazidime 1 g IP die", "cefazolin 1 g IP daily + ceftazidime 1 g IP daily"),
    ("gentamicine 0,6 mg/kg IP die", "gentamicin 0.6 mg/kg IP daily"),
    ("céphalexine 500 mg PO BID x 14 jours", "cephalexin 500 mg PO BID x 14 days"),
    ("ciprofloxacine 250 mg PO BID", "ciprofloxacin 250 mg PO BID"),
]


def lab_panel(rng, lang, abnormal=True):
    """Monthly bloodwork: list of (label, value string)."""
    dec = (lambda x: str(x).replace(".", ",")) if lang == "fr" else str
    hb = rng.randint(78, 128)
    k = round(rng.uniform(3.4, 6.8), 1)
    po4 = round(rng.uniform(0.9, 2.6), 2)
    ca = round(rng.uniform(2.02, 2.61), 2)
    pth = round(rng.uniform(12, 140), 1)
    alb = rng.randint(27, 41)
    ferr = rng.randint(60, 890)
    tsat = rng.randint(9, 41)
    bic = rng.randint(17, 28)
    urea = round(rng.uniform(12, 34), 1)
    crea = rng.randint(520, 1240)
    fr = [("Hémoglobine", f"{hb} g/L"), ("Potassium", f"{dec(k)} mmol/L"), ("Phosphate", f"{dec(po4)} mmol/L"),
          ("Calcium corrigé", f"{dec(ca)} mmol/L"), ("PTH", f"{dec(pth)} pmol/L"), ("Albumine", f"{alb} g/L"),
          ("Ferritine", f"{ferr} µg/L"), ("Sat. transferrine", f"{tsat} %"), ("Bicarbonate", f"{bic} mmol/L"),
          ("Urée", f"{dec(urea)} mmol/L"), ("Créatinine", f"{crea} µmol/L")]
    en = [("Haemoglobin", f"{hb} g/L"), ("Potassium", f"{k} mmol/L"), ("Phosphate", f"{po4} mmol/L"),
          ("Corrected calcium", f"{ca} mmol/L"), ("PTH", f"{pth} pmol/L"), ("Albumin", f"{alb} g/L"),
          ("Ferritin", f"{ferr} ug/L"), ("TSAT", f"{tsat}%"), ("Bicarbonate", f"{bic} mmol/L"),
          ("Urea", f"{urea} mmol/L"), ("Creatinine", f"{crea} umol/L")]
    raw = dict(hb=hb, k=k, po4=po4, ca=ca, pth=pth, alb=alb, ferr=ferr, tsat=tsat, bic=bic, urea=urea, crea=crea)
    return (fr if lang == "fr" else en), raw


def effluent_count(rng, lang):
    wbc = rng.randint(160, 3400)
    pmn = rng.randint(55, 94)
    org = rng.choice([("Staphylococcus epidermidis", "Staphylococcus epidermidis"),
                      ("Staphylococcus aureus sensible à la méthicilline", "methicillin-sensitive Staphylococcus aureus"),
                      ("Streptococcus viridans", "viridans streptococci"),
                      ("Escherichia coli", "Escherichia coli"),
                      ("culture négative à 48 h", "no growth at 48 h"),
                      ("Pseudomonas aeruginosa", "Pseudomonas aeruginosa")])
    if lang == "fr":
        return f"décompte cellulaire du dialysat : {wbc} leucocytes/µL, {pmn} % de neutrophiles; culture : {org[0]}"
    return f"effluent cell count {wbc} WBC/uL, {pmn}% neutrophils; culture: {org[1]}"


def adequacy(rng, lang, mod):
    if mod in ("PD", "APD", "CAPD"):
        ktv = round(rng.uniform(1.45, 2.3), 2)
        rrf = rng.randint(0, 900)
        s = (f"Kt/V hebdomadaire {str(ktv).replace('.', ',')}, diurèse résiduelle {rrf} mL/24 h"
             if lang == "fr" else f"weekly Kt/V {ktv}, residual urine output {rrf} mL/24 h")
    else:
        ktv = round(rng.uniform(1.1, 1.9), 2)
        urr = rng.randint(58, 79)
        s = (f"Kt/V par séance {str(ktv).replace('.', ',')}, RRU {urr} %" if lang == "fr"
             else f"spKt/V {ktv}, URR {urr}%")
    return s


def t(lang, pair):
    return pair[0] if lang == "fr" else pair[1]
