"""Rheumatology vocabulary (French and English) and lab-value generators."""

# (fr, en, fr_abbr, en_abbr, group)
DX = [
    ("polyarthrite rhumatoïde séropositive", "seropositive rheumatoid arthritis", "PR", "RA", "ra"),
    ("polyarthrite rhumatoïde érosive", "erosive rheumatoid arthritis", "PR", "RA", "ra"),
    ("spondylarthrite ankylosante", "ankylosing spondylitis", "SpA", "AS", "spa"),
    ("rhumatisme psoriasique", "psoriatic arthritis", "RPso", "PsA", "spa"),
    ("lupus érythémateux disséminé", "systemic lupus erythematosus", "LED", "SLE", "lupus"),
    ("néphrite lupique classe IV", "class IV lupus nephritis", "NL", "LN", "lupus"),
    ("artérite à cellules géantes", "giant cell arteritis", "ACG", "GCA", "vasc"),
    ("granulomatose avec polyangéite", "granulomatosis with polyangiitis", "GPA", "GPA", "vasc"),
    ("polyangéite microscopique", "microscopic polyangiitis", "PAM", "MPA", "vasc"),
    ("pseudopolyarthrite rhizomélique", "polymyalgia rheumatica", "PPR", "PMR", "vasc"),
    ("goutte tophacée", "tophaceous gout", "goutte", "gout", "oa"),
    ("gonarthrose", "knee osteoarthritis", "gonarthrose", "knee OA", "oa"),
    ("syndrome de Sjögren", "Sjögren's syndrome", "Sjögren", "Sjögren's", "ctd"),
    ("sclérodermie systémique", "systemic sclerosis", "ScS", "SSc", "ctd"),
]


def dx_of(r, groups=None):
    pool = [d for d in DX if groups is None or d[4] in groups]
    return r.choice(pool)


# biologics / advanced therapies: (generic, brands, iv, dose_fr, dose_en, groups)
BIO = [
    ("infliximab", ["Remicade", "Inflectra", "Renflexis", "Avsola"], True, "5 mg/kg IV aux 8 semaines", "5 mg/kg IV q8 weeks", ["ra", "spa"]),
    ("tocilizumab", ["Actemra"], True, "8 mg/kg IV aux 4 semaines", "8 mg/kg IV q4 weeks", ["ra", "vasc"]),
    ("rituximab", ["Rituxan", "Truxima", "Riximyo", "Ruxience"], True, "1 000 mg IV J1 et J15", "1000 mg IV days 1 and 15", ["ra", "vasc", "lupus"]),
    ("abatacept", ["Orencia"], True, "750 mg IV aux 4 semaines", "750 mg IV q4 weeks", ["ra"]),
    ("belimumab", ["Benlysta"], True, "10 mg/kg IV aux 4 semaines", "10 mg/kg IV q4 weeks", ["lupus"]),
    ("anifrolumab", ["Saphnelo"], True, "300 mg IV aux 4 semaines", "300 mg IV q4 weeks", ["lupus"]),
    ("golimumab", ["Simponi I.V."], True, "2 mg/kg IV aux 8 semaines", "2 mg/kg IV q8 weeks", ["ra", "spa"]),
    ("adalimumab", ["Humira", "Hadlima", "Amgevita", "Hyrimoz", "Yuflyma"], False, "40 mg SC aux 2 semaines", "40 mg SC every 2 weeks", ["ra", "spa"]),
    ("etanercept", ["Enbrel", "Erelzi", "Brenzys"], False, "50 mg SC par semaine", "50 mg SC weekly", ["ra", "spa"]),
    ("secukinumab", ["Cosentyx"], False, "150 mg SC par mois", "150 mg SC monthly", ["spa"]),
    ("upadacitinib", ["Rinvoq"], False, "15 mg PO die", "15 mg PO daily", ["ra", "spa"]),
    ("tofacitinib", ["Xeljanz"], False, "5 mg PO BID", "5 mg PO BID", ["ra"]),
    ("avacopan", ["Tavneos"], False, "30 mg PO BID", "30 mg PO BID", ["vasc"]),
    ("voclosporine", ["Lupkynis"], False, "23,7 mg PO BID", "23.7 mg PO BID", ["lupus"]),
]


def bio_of(r, iv=None, group=None):
    pool = [b for b in BIO if (iv is None or b[2] == iv) and (group is None or group in b[5])]
    if not pool:
        pool = [b for b in BIO if iv is None or b[2] == iv]
    return r.choice(pool)


def bio_name(r, b):
    """generic, brand, or 'brand (generic)'."""
    k = r.random()
    if k < 0.35:
        return b[0]
    if k < 0.7:
        return r.choice(b[1])
    return "%s (%s)" % (r.choice(b[1]), b[0])


# conventional DMARDs: (fr, en, dose_fr, dose_en, monitoring)
DMARD = [
    ("méthotrexate", "methotrexate", "20 mg SC une fois par semaine", "20 mg SC once weekly", "cbc_lft"),
    ("méthotrexate", "methotrexate", "15 mg PO le lundi", "15 mg PO every Monday", "cbc_lft"),
    ("léflunomide (Arava)", "leflunomide (Arava)", "20 mg PO die", "20 mg PO daily", "cbc_lft"),
    ("hydroxychloroquine (Plaquenil)", "hydroxychloroquine (Plaquenil)", "200 mg BID", "200 mg BID", "eye"),
    ("sulfasalazine", "sulfasalazine", "1 g BID", "1 g BID", "cbc_lft"),
    ("azathioprine (Imuran)", "azathioprine (Imuran)", "100 mg die", "100 mg daily", "cbc_lft"),
    ("mycophénolate mofétil (CellCept)", "mycophenolate mofetil (CellCept)", "1 g BID", "1 g BID", "cbc_lft"),
]


def dmard_of(r, monitoring=None):
    pool = [d for d in DMARD if monitoring is None or d[4] == monitoring]
    return r.choice(pool)


# (joint fr, joint en, diagnoses fr, diagnoses en)
JOINT_DX = [
    ("genou droit", "right knee", ["gonarthrose", "PR", "goutte", "CPPD"], ["knee OA", "RA flare", "gout", "CPPD"]),
    ("genou gauche", "left knee", ["gonarthrose", "PR", "arthrite psoriasique"], ["knee OA", "RA flare", "PsA"]),
    ("épaule droite (sous-acromial)", "right shoulder (subacromial)", ["tendinopathie de la coiffe", "bursite sous-acromiale"],
     ["rotator cuff tendinopathy", "subacromial bursitis"]),
    ("épaule gauche (gléno-humérale)", "left shoulder (glenohumeral)", ["capsulite rétractile"], ["frozen shoulder"]),
    ("poignet droit", "right wrist", ["PR", "ténosynovite de De Quervain"], ["RA flare", "De Quervain's tenosynovitis"]),
    ("cheville gauche", "left ankle", ["goutte", "PR"], ["gout", "RA flare"]),
    ("hanche droite (écho-guidée)", "right hip (US-guided)", ["coxarthrose"], ["hip OA"]),
    ("bourse trochantérienne gauche", "left trochanteric bursa", ["bursite trochantérienne"], ["trochanteric bursitis"]),
    ("2e MCP droite", "right 2nd MCP", ["PR"], ["RA flare"]),
]

JOINTS_FR = ["genou droit", "genou gauche", "épaule droite (sous-acromial)", "épaule gauche",
             "poignet droit", "cheville gauche", "hanche droite (écho-guidée)", "bourse trochantérienne gauche",
             "2e MCP droite"]
JOINTS_EN = ["right knee", "left knee", "right shoulder (subacromial)", "left shoulder", "right wrist",
             "left ankle", "right hip (US-guided)", "left trochanteric bursa", "right 2nd MCP"]
STEROID_INJ = ["triamcinolone acétonide (Kenalog-40) 40 mg", "méthylprednisolone (Depo-Medrol) 80 mg",
               "Kenalog 40 mg + lidocaïne 1 % 2 mL", "Depo-Medrol 40 mg"]
STEROID_INJ_EN = ["triamcinolone acetonide (Kenalog-40) 40 mg", "methylprednisolone acetate (Depo-Medrol) 80 mg",
                  "Kenalog 40 mg + 2 mL lidocaine 1%", "Depo-Medrol 40 mg"]


def _v(r, lo, hi, nd=0):
    x = r.uniform(lo, hi)
    return ("%." + str(nd) + "f") % x


def labs_dmard(r, lang="fr", abnormal=True):
    """CBC + liver + renal panel for DMARD monitoring: list of (label, value)."""
    fr = lang == "fr"
    alt_hi = abnormal and r.random() < 0.6
    neut_lo = abnormal and not alt_hi
    rows = [
        ("Hb", _v(r, 108, 142) + " g/L"),
        ("GB" if fr else "WBC", (_v(r, 2.1, 3.2, 1) if neut_lo else _v(r, 4.2, 9.8, 1)) + " x10^9/L"),
        ("Neutrophiles" if fr else "Neutrophils", (_v(r, 0.9, 1.4, 1) if neut_lo else _v(r, 2.0, 6.5, 1)) + " x10^9/L"),
        ("Plaquettes" if fr else "Platelets", _v(r, 140, 390) + " x10^9/L"),
        ("ALT", (_v(r, 78, 160) if alt_hi else _v(r, 12, 38)) + " U/L"),
        ("AST", (_v(r, 60, 120) if alt_hi else _v(r, 14, 35)) + " U/L"),
        ("Créatinine" if fr else "Creatinine", _v(r, 58, 118) + " µmol/L"),
        ("DFGe" if fr else "eGFR", _v(r, 52, 98) + " mL/min/1,73 m²" if fr else _v(r, 52, 98) + " mL/min/1.73m2"),
    ]
    return rows, ("alt" if alt_hi else ("neut" if neut_lo else "ok"))


def labs_lupus(r, lang="fr"):
    fr = lang == "fr"
    return [
        ("Anti-ADNdb" if fr else "anti-dsDNA", _v(r, 88, 420) + " UI/mL" if fr else _v(r, 88, 420) + " IU/mL"),
        ("C3", _v(r, 0.42, 0.78, 2) + " g/L"),
        ("C4", _v(r, 0.04, 0.11, 2) + " g/L"),
        ("RPC urinaire" if fr else "UPCR", _v(r, 48, 310) + " mg/mmol"),
        ("Créatinine" if fr else "Creatinine", _v(r, 70, 160) + " µmol/L"),
        ("Hb", _v(r, 96, 128) + " g/L"),
        ("Plaquettes" if fr else "Platelets", _v(r, 88, 190) + " x10^9/L"),
    ]


def labs_vasc(r, lang="fr", target=None):
    fr = lang == "fr"
    target = target or r.choice(["PR3", "PR3", "MPO"])
    return [
        ("VS" if fr else "ESR", _v(r, 12, 88) + " mm/h"),
        ("CRP", _v(r, 2, 96, 1) + " mg/L"),
        ("ANCA", r.choice(["%s positif", "%s +"]) % target if fr else r.choice(["%s positive", "%s +"]) % target),
        (("Anti-" if fr else "anti-") + target, _v(r, 12, 140, 1) + (" UI/mL" if fr else " IU/mL")),
        ("Créatinine" if fr else "Creatinine", _v(r, 66, 190) + " µmol/L"),
        ("Hématurie" if fr else "Urine RBC", r.choice(["2+", "traces", "négative"]) if fr else r.choice(["2+", "trace", "negative"])),
    ]


def labs_screen(r, lang="fr"):
    fr = lang == "fr"
    qft = r.choice(["négatif", "négatif", "positif (0,62 UI/mL)", "indéterminé"]) if fr else \
        r.choice(["negative", "negative", "positive (0.62 IU/mL)", "indeterminate"])
    return [
        ("QuantiFERON-TB", qft),
        ("AgHBs" if fr else "HBsAg", "non réactif" if fr else "non-reactive"),
        ("Anti-HBc", r.choice(["non réactif", "réactif"]) if fr else r.choice(["non-reactive", "reactive"])),
        ("Anti-VHC" if fr else "HCV Ab", "non réactif" if fr else "non-reactive"),
        ("VIH" if fr else "HIV", "non réactif" if fr else "non-reactive"),
        ("Rx pulmonaire" if fr else "CXR", r.choice(["N", "sans particularité", "granulome calcifié LSD"]) if fr
         else r.choice(["normal", "NAD", "calcified granuloma RUL"])),
    ]


def labs_ra(r, lang="fr"):
    fr = lang == "fr"
    return [
        ("FR" if fr else "RF", _v(r, 34, 410) + " UI/mL" if fr else _v(r, 34, 410) + " IU/mL"),
        ("Anti-CCP", "> 250 U/mL" if r.random() < 0.4 else _v(r, 21, 240) + " U/mL"),
        ("CRP", _v(r, 4, 62, 1) + " mg/L"),
        ("VS" if fr else "ESR", _v(r, 18, 70) + " mm/h"),
        ("DAS28-CRP", _v(r, 3.3, 6.4, 1)),
    ]


def labs_inline(rows, sep=", "):
    return sep.join("%s %s" % (a, b) for a, b in rows)


def labs_gca(r, lang="fr"):
    fr = lang == "fr"
    return [
        ("VS" if fr else "ESR", _v(r, 14, 96) + " mm/h"),
        ("CRP", _v(r, 2, 88, 1) + " mg/L"),
        ("Hb", _v(r, 104, 136) + " g/L"),
        ("Plaquettes" if fr else "Platelets", _v(r, 280, 520) + " x10^9/L"),
        ("Glycémie à jeun" if fr else "Fasting glucose", _v(r, 5.1, 8.2, 1) + " mmol/L"),
    ]


def is_anca(dx):
    return dx[3] in ("GPA", "MPA")


def labs_for_dx(r, dx, lang="fr", n=4):
    """Lab results that fit the diagnosis."""
    fr = lang == "fr"
    g = dx[4]
    if g == "lupus":
        rows = labs_lupus(r, lang)
    elif g == "vasc":
        rows = labs_vasc(r, lang, "PR3" if dx[3] == "GPA" else "MPO") if is_anca(dx) else labs_gca(r, lang)
    elif g == "ra":
        rows = labs_ra(r, lang)
    elif g == "spa":
        rows = [("CRP", _v(r, 6, 40, 1) + " mg/L"), ("HLA-B27", r.choice(["positif", "négatif"]) if fr else r.choice(["positive", "negative"])),
                ("VS" if fr else "ESR", _v(r, 8, 50) + " mm/h")]
    elif dx[3] == "SSc":
        rows = [("AAN" if fr else "ANA", "1:1280 centromère" if fr else "1:1280 centromere"),
                ("Anti-Scl-70", "négatif" if fr else "negative"),
                ("NT-proBNP", "%d ng/L" % r.randint(80, 600)), ("DLCO", "%d %%" % r.randint(48, 85))]
    elif g == "ctd":
        rows = [("AAN" if fr else "ANA", "1:640 moucheté" if fr else "1:640 speckled"),
                ("Anti-SSA/Ro", "positif" if fr else "positive"), ("FR" if fr else "RF", "%d UI/mL" % r.randint(20, 90) if fr else "%d IU/mL" % r.randint(20, 90)),
                ("IgG", "%.1f g/L" % r.uniform(16, 24))]
    elif dx[3] == "gout":
        rows = [("Acide urique" if fr else "Urate", "%d µmol/L" % r.randint(420, 610)), ("CRP", _v(r, 3, 60, 1) + " mg/L"),
                ("Créatinine" if fr else "Creatinine", "%d µmol/L" % r.randint(70, 140))]
    else:
        rows = [("Liquide synovial" if fr else "Synovial fluid", ("%d GB/mm³, pas de cristaux" if fr else "%d WBC/mm3, no crystals")
                 % r.randint(300, 1800)), ("CRP", _v(r, 1, 9, 1) + " mg/L"),
                ("Rx genou" if fr else "Knee X-ray", "pincement fémoro-tibial interne" if fr else "medial joint space narrowing")]
    return rows[:n]


def med_for_dx(r, dx, lang="fr"):
    """A plausible current medication for the diagnosis."""
    fr = lang == "fr"
    g = dx[4]
    pools = {
        "ra": (["méthotrexate 20 mg SC/sem", "prednisone 10 mg die", "hydroxychloroquine 200 mg BID", "naproxène 500 mg BID"],
               ["methotrexate 20 mg SC weekly", "prednisone 10 mg daily", "hydroxychloroquine 200 mg BID", "naproxen 500 mg BID"]),
        "spa": (["naproxène 500 mg BID", "célécoxib 200 mg die", "sulfasalazine 1 g BID"],
                ["naproxen 500 mg BID", "celecoxib 200 mg daily", "sulfasalazine 1 g BID"]),
        "lupus": (["hydroxychloroquine 200 mg BID", "prednisone 7,5 mg die", "mycophénolate 1 g BID"],
                  ["hydroxychloroquine 200 mg BID", "prednisone 7.5 mg daily", "mycophenolate 1 g BID"]),
        "vasc": (["prednisone 40 mg die", "prednisone 60 mg die débutée à l'urgence", "prednisone 20 mg en sevrage"],
                 ["prednisone 40 mg daily", "prednisone 60 mg started in the ER", "prednisone 20 mg, tapering"]),
        "ctd": (["nifédipine XL 30 mg die", "hydroxychloroquine 200 mg die", "oméprazole 40 mg die"],
                ["nifedipine XL 30 mg daily", "hydroxychloroquine 200 mg daily", "omeprazole 40 mg daily"]),
        "gout": (["colchicine 0,6 mg BID", "allopurinol 100 mg die", "naproxène 500 mg BID"],
                 ["colchicine 0.6 mg BID", "allopurinol 100 mg daily", "naproxen 500 mg BID"]),
        "oa": (["acétaminophène 1 g TID", "diclofénac topique QID", "naproxène 375 mg BID"],
               ["acetaminophen 1 g TID", "topical diclofenac QID", "naproxen 375 mg BID"]),
    }
    if dx[3] == "gout":
        g = "gout"
    return r.choice(pools[g][0 if fr else 1])


def bio_for_dx(r, dx, iv=None):
    """An advanced therapy that fits the diagnosis."""
    g = dx[4]
    if g == "vasc":
        names = ["rituximab", "avacopan"] if is_anca(dx) else ["tocilizumab"]
    elif dx[3] == "LN":
        names = ["belimumab", "voclosporine", "rituximab"]
    elif g == "lupus":
        names = ["belimumab", "anifrolumab", "rituximab"]
    else:
        names = [b[0] for b in BIO if g in b[5]]
    pool = [b for b in BIO if b[0] in names and (iv is None or b[2] == iv)] or [b for b in BIO if b[0] in names]
    return r.choice(pool)


def dx_for_bio(r, b, lang_groups=("ra", "spa", "lupus", "vasc")):
    """A diagnosis that fits an advanced therapy."""
    pool = [d for d in DX if d[4] in b[5] and d[4] in lang_groups]
    if b[0] == "tocilizumab":
        pool = [d for d in pool if d[4] == "ra" or d[3] in ("GCA",)]
    if b[0] in ("rituximab", "avacopan"):
        pool = [d for d in pool if d[4] != "vasc" or is_anca(d)]
    return r.choice(pool)
