"""Clinical vocabulary (French / English) for nephrology, dialysis and transplant."""

CAUSES = {
    "fr": ["néphropathie diabétique", "polykystose rénale autosomique dominante",
           "néphropathie à IgA", "néphrite lupique classe IV", "HSF (hyalinose segmentaire et focale)",
           "néphroangiosclérose hypertensive", "syndrome d'Alport", "uropathie obstructive",
           "vascularite à ANCA", "néphropathie tubulo-interstitielle chronique"],
    "en": ["diabetic nephropathy", "ADPKD", "IgA nephropathy", "class IV lupus nephritis",
           "FSGS", "hypertensive nephrosclerosis", "Alport syndrome", "obstructive uropathy",
           "ANCA vasculitis", "chronic interstitial nephritis"],
}
COMORB = {
    "fr": ["diabète de type 2 insulinotraité", "MCAS avec PAC x3 en 2019", "FA sous apixaban",
           "insuffisance cardiaque FEVG 35 %", "MPOC", "MVAS avec amputation orteil D",
           "hépatite C traitée", "obésité (IMC 38)", "apnée du sommeil appareillée",
           "dépression majeure suivie en psychiatrie", "goutte", "hypothyroïdie"],
    "en": ["type 2 diabetes on insulin", "CAD s/p CABG x3 (2019)", "AFib on apixaban",
           "HFrEF, EF 35%", "COPD", "PVD with R toe amputation", "treated hep C",
           "obesity (BMI 38)", "OSA on CPAP", "major depression followed by psychiatry",
           "gout", "hypothyroidism"],
}
ACUTE = {
    "fr": ["hyperkaliémie", "surcharge volémique avec OAP", "thrombose de la FAV",
           "bactériémie à S. aureus sur cathéter", "péritonite sur DP",
           "calciphylaxie", "rejet aigu cellulaire (Banff IB)", "reprise retardée de fonction du greffon",
           "néphropathie à virus BK", "virémie CMV", "sténose de l'anastomose veineuse",
           "hypotension per-dialytique récidivante", "hyperparathyroïdie secondaire"],
    "en": ["hyperkalemia", "volume overload with pulmonary edema", "AVF thrombosis",
           "S. aureus line bacteremia", "PD peritonitis", "calciphylaxis",
           "acute cellular rejection (Banff IB)", "delayed graft function", "BK nephropathy",
           "CMV viremia", "venous anastomosis stenosis", "recurrent intradialytic hypotension",
           "secondary hyperparathyroidism"],
}
MEDS = {
    "fr": ["darbépoétine 40 mcg SC q 1 sem", "époétine alfa 6000 U IV 3x/sem",
           "fer sucrose 100 mg IV en dialyse x 10", "sévélamer 800 mg TID aux repas",
           "carbonate de calcium 1250 mg TID", "cinacalcet 30 mg DIE", "alfacalcidol 0,5 mcg 3x/sem",
           "tacrolimus LP 4 mg DIE", "mycophénolate mofétil 750 mg BID", "prednisone 5 mg DIE",
           "valganciclovir 450 mg 2x/sem", "amlodipine 10 mg DIE", "furosémide 80 mg BID",
           "insuline glargine 18 U HS", "apixaban 2,5 mg BID", "héparine 1000 U/h en dialyse",
           "polystyrène sulfonate de sodium 15 g", "céfazoline 2 g IV post-dialyse",
           "vancomycine 1 g IV post-HD"],
    "en": ["darbepoetin 40 mcg SC weekly", "epoetin alfa 6000 U IV TIW",
           "iron sucrose 100 mg IV with HD x10", "sevelamer 800 mg TID with meals",
           "calcium carbonate 1250 mg TID", "cinacalcet 30 mg daily", "alfacalcidol 0.5 mcg TIW",
           "tacrolimus XR 4 mg daily", "mycophenolate mofetil 750 mg BID", "prednisone 5 mg daily",
           "valganciclovir 450 mg twice weekly", "amlodipine 10 mg daily", "furosemide 80 mg BID",
           "insulin glargine 18 U qHS", "apixaban 2.5 mg BID", "heparin 1000 U/h on HD",
           "sodium polystyrene sulfonate 15 g", "cefazolin 2 g IV post-dialysis",
           "vancomycin 1 g IV post-HD"],
}
ACCESS = {
    "fr": ["FAV radio-céphalique G", "FAV brachio-céphalique D", "FAV brachio-basilique transposée G",
           "greffon PTFE avant-bras G", "CVC tunnellisé jugulaire interne D", "CVC fémoral temporaire",
           "cathéter de DP"],
    "en": ["L radiocephalic AVF", "R brachiocephalic AVF", "L transposed brachiobasilic AVF",
           "L forearm PTFE graft", "R IJ tunneled CVC", "temporary femoral line", "PD catheter"],
}


def lab_panel(rng, lang, kind="hd"):
    """Return a list of (name, value, unit) for one set of bloods."""
    dec = "," if lang == "fr" else "."

    def f(x, nd=1):
        return f"{x:.{nd}f}".replace(".", dec)
    if kind == "hd":
        return [("Hb", str(rng.randint(82, 128)), "g/L"),
                ("K", f(rng.uniform(4.1, 6.9)), "mmol/L"),
                ("PO4", f(rng.uniform(1.1, 2.8), 2), "mmol/L"),
                ("Ca corr.", f(rng.uniform(2.0, 2.6), 2), "mmol/L"),
                ("PTH", str(rng.randint(12, 140)), "pmol/L"),
                ("Albumine" if lang == "fr" else "Albumin", str(rng.randint(28, 41)), "g/L"),
                ("Ferritine" if lang == "fr" else "Ferritin", str(rng.randint(80, 900)), "µg/L"),
                ("Sat. transferrine" if lang == "fr" else "TSAT", str(rng.randint(11, 45)), "%"),
                ("Kt/V", f(rng.uniform(1.05, 1.75), 2), ""),
                ("URR" if lang == "en" else "RRU", str(rng.randint(58, 78)), "%")]
    # transplant
    return [("Créatinine" if lang == "fr" else "Creatinine", str(rng.randint(95, 260)), "µmol/L"),
            ("DFGe" if lang == "fr" else "eGFR", str(rng.randint(22, 75)), "mL/min/1,73m²" if lang == "fr" else "mL/min/1.73m2"),
            ("Tacrolimus (creux)" if lang == "fr" else "Tacrolimus trough", f(rng.uniform(3.5, 14.5)), "µg/L"),
            ("K", f(rng.uniform(3.6, 6.1)), "mmol/L"),
            ("Hb", str(rng.randint(95, 145)), "g/L"),
            ("Leuco" if lang == "fr" else "WBC", f(rng.uniform(2.1, 9.5)), "x10^9/L"),
            ("BK PCR", rng.choice(["non détecté" if lang == "fr" else "not detected",
                                   f"{rng.randint(2, 90)*1000} copies/mL"]), ""),
            ("Protéinurie (RPC)" if lang == "fr" else "UPCR", str(rng.randint(8, 240)), "mg/mmol")]


def blood_group(rng):
    return rng.choice(["O+", "O-", "A+", "A-", "B+", "AB+", "B-"])


SEROLOGY = {
    "fr": lambda r: (f"AgHBs nég., anti-HBs {r.randint(10, 900)} UI/L, anti-VHC nég., VIH nég. "
                     f"(prélevés le {r.randint(1, 28)}/0{r.randint(1, 9)}/2025)"),
    "en": lambda r: (f"HBsAg neg, anti-HBs {r.randint(10, 900)} IU/L, anti-HCV neg, HIV neg "
                     f"(drawn 2025-0{r.randint(1, 9)}-{r.randint(10, 28)})"),
}

SOCIAL = {
    "fr": ["vit seul(e) dans un 3e étage sans ascenseur",
           "prestataire de l'aide sociale, difficulté à payer les repas",
           "avis d'éviction reçu pour la fin du mois",
           "hébergé(e) temporairement en refuge",
           "aidante naturelle (conjointe) épuisée, demande de répit",
           "ne conduit plus, aucun proche disponible pour le transport",
           "barrière linguistique importante, interprète requis (espagnol)",
           "consommation d'alcool quotidienne rapportée par la famille",
           "sous régime de protection (curatelle) depuis 2023",
           "inquiétudes de violence conjugale rapportées à l'infirmière",
           "statut migratoire précaire, couverture RAMQ en attente"],
    "en": ["lives alone in a 3rd-floor walk-up",
           "on ODSP, struggling to afford groceries",
           "received an eviction notice for end of month",
           "currently staying at a shelter",
           "spouse is sole caregiver and burning out, asking for respite",
           "no longer drives, no family available for rides",
           "significant language barrier, needs Punjabi interpreter",
           "daily alcohol use reported by family",
           "has a substitute decision-maker (PGT involved)",
           "disclosed intimate partner violence to the nurse",
           "precarious immigration status, OHIP coverage pending"],
}
