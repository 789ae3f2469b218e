"""Clinical vocabulary for a rheumatology / biologic infusion clinic, and small helpers."""
import gen_common as C

# key: (fr, en, fr_abbr, en_abbr, infusion drugs, other drugs)
DX = {
    "ra": ("polyarthrite rhumatoïde séropositive", "seropositive rheumatoid arthritis", "PAR", "RA",
           ["infliximab", "tocilizumab", "abatacept", "rituximab", "golimumab"],
           ["methotrexate", "hcq", "leflunomide", "sulfa", "upadacitinib", "tofacitinib", "adalimumab",
            "etanercept", "prednisone"]),
    "psa": ("arthrite psoriasique", "psoriatic arthritis", "APso", "PsA",
            ["infliximab", "golimumab"], ["methotrexate", "adalimumab", "secukinumab", "upadacitinib"]),
    "as": ("spondylarthrite ankylosante", "ankylosing spondylitis", "SpA", "AS",
           ["infliximab", "golimumab"], ["adalimumab", "etanercept", "secukinumab", "naproxen"]),
    "sle": ("lupus érythémateux disséminé", "systemic lupus erythematosus", "LED", "SLE",
            ["belimumab", "cyclophosphamide", "rituximab"], ["hcq", "prednisone", "mycophenolate"]),
    "ln": ("néphrite lupique classe IV", "class IV lupus nephritis", "NL", "LN",
           ["cyclophosphamide", "belimumab"], ["mycophenolate", "prednisone", "hcq"]),
    "gca": ("artérite à cellules géantes", "giant cell arteritis", "ACG", "GCA",
            ["tocilizumab", "methylpred"], ["prednisone", "alendronate"]),
    "gpa": ("granulomatose avec polyangéite (vascularite à ANCA)", "granulomatosis with polyangiitis",
            "GPA", "GPA", ["rituximab", "cyclophosphamide"], ["prednisone", "tmp_smx"]),
    "gout": ("goutte tophacée réfractaire", "refractory tophaceous gout", "goutte", "gout",
             ["pegloticase"], ["allopurinol", "colchicine", "febuxostat"]),
    "ssc": ("sclérodermie systémique diffuse", "diffuse systemic sclerosis", "ScS", "SSc",
            ["iloprost", "cyclophosphamide"], ["mycophenolate", "nifedipine"]),
    "pmr": ("pseudopolyarthrite rhizomélique", "polymyalgia rheumatica", "PPR", "PMR",
            ["tocilizumab"], ["prednisone"]),
    "opo": ("ostéoporose cortisonique", "glucocorticoid-induced osteoporosis", "OP", "GIOP",
            ["zoledronic"], ["denosumab", "alendronate", "vitd"]),
    "jia": ("arthrite juvénile idiopathique polyarticulaire", "polyarticular juvenile idiopathic arthritis",
            "AJI", "JIA", ["tocilizumab", "infliximab", "abatacept"], ["methotrexate", "etanercept"]),
    "sjogren": ("syndrome de Sjögren primaire", "primary Sjögren's syndrome", "Sjögren", "Sjogren's",
                ["rituximab"], ["hcq", "pilocarpine"]),
}

# key: (generic, brands, dose fr, dose en)
DRUG = {
    "infliximab": ("infliximab", ["Remicade", "Inflectra", "Renflexis", "Avsola"],
                   "5 mg/kg IV aux 8 semaines", "5 mg/kg IV q8 weeks"),
    "tocilizumab": ("tocilizumab", ["Actemra"], "8 mg/kg IV aux 4 semaines", "8 mg/kg IV q4 weeks"),
    "abatacept": ("abatacept", ["Orencia"], "750 mg IV aux 4 semaines", "750 mg IV q4 weeks"),
    "rituximab": ("rituximab", ["Rituxan", "Truxima", "Riximyo", "Ruxience"],
                  "1000 mg IV J1 et J15", "1000 mg IV day 1 and day 15"),
    "golimumab": ("golimumab IV", ["Simponi I.V."], "2 mg/kg IV aux 8 semaines", "2 mg/kg IV q8 weeks"),
    "belimumab": ("bélimumab", ["Benlysta"], "10 mg/kg IV aux 4 semaines", "10 mg/kg IV q4 weeks"),
    "cyclophosphamide": ("cyclophosphamide", ["Procytox"], "500 mg IV aux 2 semaines (Euro-Lupus)",
                         "500 mg IV q2 weeks (Euro-Lupus)"),
    "methylpred": ("méthylprednisolone", ["Solu-Medrol"], "500 mg IV die x 3 jours", "500 mg IV daily x 3 days"),
    "pegloticase": ("pegloticase", ["Krystexxa"], "8 mg IV aux 2 semaines", "8 mg IV q2 weeks"),
    "iloprost": ("iloprost", ["Ventavis"], "perfusion IV 5 jours", "IV infusion over 5 days"),
    "zoledronic": ("acide zolédronique", ["Aclasta"], "5 mg IV une fois par année", "5 mg IV once yearly"),
    "methotrexate": ("méthotrexate", ["Metoject"], "20 mg SC 1 fois par semaine", "20 mg SC once weekly"),
    "hcq": ("hydroxychloroquine", ["Plaquenil"], "200 mg PO BID", "200 mg PO BID"),
    "leflunomide": ("léflunomide", ["Arava"], "20 mg PO DIE", "20 mg PO daily"),
    "sulfa": ("sulfasalazine", ["Salazopyrin EN"], "1 g PO BID", "1 g PO BID"),
    "upadacitinib": ("upadacitinib", ["Rinvoq"], "15 mg PO DIE", "15 mg PO daily"),
    "tofacitinib": ("tofacitinib", ["Xeljanz"], "5 mg PO BID", "5 mg PO BID"),
    "adalimumab": ("adalimumab", ["Humira", "Hadlima", "Amgevita", "Yuflyma"],
                   "40 mg SC aux 2 semaines", "40 mg SC every other week"),
    "etanercept": ("étanercept", ["Enbrel", "Brenzys", "Erelzi"], "50 mg SC 1 fois par semaine",
                   "50 mg SC once weekly"),
    "secukinumab": ("sécukinumab", ["Cosentyx"], "150 mg SC aux 4 semaines", "150 mg SC q4 weeks"),
    "prednisone": ("prednisone", ["Winpred"], "15 mg PO DIE, sevrage de 2,5 mg aux 2 semaines",
                   "15 mg PO daily, taper by 2.5 mg every 2 weeks"),
    "mycophenolate": ("mycophénolate mofétil", ["CellCept"], "1 g PO BID", "1 g PO BID"),
    "allopurinol": ("allopurinol", ["Zyloprim"], "300 mg PO DIE", "300 mg PO daily"),
    "colchicine": ("colchicine", ["Colchicine Odan"], "0,6 mg PO DIE", "0.6 mg PO daily"),
    "febuxostat": ("fébuxostat", ["Uloric"], "80 mg PO DIE", "80 mg PO daily"),
    "denosumab": ("dénosumab", ["Prolia"], "60 mg SC aux 6 mois", "60 mg SC every 6 months"),
    "alendronate": ("alendronate", ["Fosamax"], "70 mg PO 1 fois par semaine", "70 mg PO weekly"),
    "vitd": ("vitamine D3", ["D-Vi-Sol"], "1000 UI PO DIE", "1000 IU PO daily"),
    "naproxen": ("naproxène", ["Naprosyn"], "500 mg PO BID", "500 mg PO BID"),
    "tmp_smx": ("triméthoprime-sulfaméthoxazole", ["Septra DS"], "1 co. PO 3 fois par semaine",
                "1 DS tab PO three times weekly"),
    "nifedipine": ("nifédipine XL", ["Adalat XL"], "30 mg PO DIE", "30 mg PO daily"),
    "pilocarpine": ("pilocarpine", ["Salagen"], "5 mg PO TID", "5 mg PO TID"),
}


def drug_name(r, key, lang="fr", brand=None):
    g, brands, _, _ = DRUG[key]
    if lang == "en":
        g = {"méthotrexate": "methotrexate", "léflunomide": "leflunomide", "bélimumab": "belimumab",
             "étanercept": "etanercept", "sécukinumab": "secukinumab", "méthylprednisolone": "methylprednisolone",
             "acide zolédronique": "zoledronic acid", "mycophénolate mofétil": "mycophenolate mofetil",
             "dénosumab": "denosumab", "vitamine D3": "vitamin D3", "naproxène": "naproxen",
             "triméthoprime-sulfaméthoxazole": "TMP-SMX", "nifédipine XL": "nifedipine XL",
             "fébuxostat": "febuxostat"}.get(g, g)
    b = r.choice(brands)
    style = brand if brand is not None else r.randint(0, 3)
    if style == 0:
        return g
    if style == 1:
        return b
    if style == 2:
        return f"{g} ({b})"
    return f"{b} ({g})"


def drug_dose(key, lang):
    return DRUG[key][2] if lang == "fr" else DRUG[key][3]


def dx_name(key, lang, abbr=False):
    d = DX[key]
    if lang == "fr":
        return d[2] if abbr else d[0]
    return d[3] if abbr else d[1]


def pick_dx(r, keys=None):
    keys = keys or ["ra", "psa", "as", "sle", "gca", "gpa", "gout", "pmr", "ra", "ra", "psa", "as"]
    return r.choice(keys)


def infusion_drug(r, dx):
    return r.choice(DX[dx][4])


def other_drug(r, dx):
    return r.choice(DX[dx][5])


def num(x, lang, nd=1):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if lang == "fr" else s


def labs(r, lang, kinds, abnormal=None):
    """Return list of terse lab strings."""
    out = []
    for k in kinds:
        bad = abnormal is not None and k in abnormal
        if k == "crp":
            v = r.uniform(18, 96) if bad else r.uniform(0.6, 4.8)
            out.append(f"CRP {num(v, lang)} mg/L")
        elif k == "esr":
            v = r.randint(42, 98) if bad else r.randint(4, 18)
            out.append(("VS" if lang == "fr" else "ESR") + f" {v} mm/h")
        elif k == "hb":
            v = r.randint(88, 109) if bad else r.randint(122, 148)
            out.append(f"Hb {v} g/L")
        elif k == "wbc":
            v = r.uniform(2.1, 3.2) if bad else r.uniform(4.5, 9.8)
            out.append(("GB" if lang == "fr" else "WBC") + f" {num(v, lang)}")
        elif k == "anc":
            v = r.uniform(0.6, 1.2) if bad else r.uniform(2.2, 6.1)
            out.append(("neutro" if lang == "fr" else "ANC") + f" {num(v, lang)} x10^9/L")
        elif k == "plt":
            v = r.randint(62, 110) if bad else r.randint(180, 390)
            out.append(("plaq" if lang == "fr" else "plt") + f" {v}")
        elif k == "alt":
            v = r.randint(96, 240) if bad else r.randint(12, 38)
            out.append(f"ALT {v} U/L" + (" (3-5 x LSN)" if bad and lang == "fr" else " (3-5x ULN)" if bad else ""))
        elif k == "creat":
            v = r.randint(128, 215) if bad else r.randint(54, 92)
            out.append(f"créat {v} µmol/L" if lang == "fr" else f"creat {v} umol/L")
        elif k == "ccp":
            v = r.randint(120, 480)
            out.append(f"anti-CCP {v} U/mL")
        elif k == "rf":
            v = r.randint(40, 220)
            out.append(("FR" if lang == "fr" else "RF") + f" {v} UI/mL" if lang == "fr" else f"RF {v} IU/mL")
        elif k == "ana":
            out.append(("AAN" if lang == "fr" else "ANA") + f" 1:{r.choice([320, 640, 1280])} " +
                       ("moucheté" if lang == "fr" else "speckled"))
        elif k == "dsdna":
            out.append(("anti-ADNdb" if lang == "fr" else "anti-dsDNA") + f" {r.randint(85, 400)} UI/mL")
        elif k == "c3":
            out.append(f"C3 {num(r.uniform(0.42, 0.71), lang, 2)} g/L, C4 {num(r.uniform(0.04, 0.09), lang, 2)} g/L")
        elif k == "urate":
            out.append(("acide urique" if lang == "fr" else "uric acid") + f" {r.randint(480, 640)} µmol/L")
        elif k == "qft":
            pos = bad
            out.append("QuantiFERON " + (("POSITIF" if pos else "négatif") if lang == "fr"
                                         else ("POSITIVE" if pos else "negative")))
        elif k == "hbv":
            out.append(("AgHBs nég, anti-HBc " if lang == "fr" else "HBsAg neg, anti-HBc ") +
                       (("POSITIF" if bad else "nég") if lang == "fr" else ("POSITIVE" if bad else "neg")))
        elif k == "upcr":
            out.append(("RPC urinaire " if lang == "fr" else "UPCR ") + f"{r.randint(110, 420)} mg/mmol")
        elif k == "anca":
            out.append("PR3-ANCA " + f"{r.randint(40, 180)} U/mL")
        elif k == "igg":
            out.append(f"IgG {num(r.uniform(3.1, 5.4), lang)} g/L")
    return out


def nam_line(p, lang, r, style=None, sep=" - "):
    st = style or r.choice(["plain", "spaced", "dotted", "slashed", "hyphen", "lower", "fullwidth", "odd", "plain"])
    dst = r.choice(["iso", "long", "slash", "dash"])
    dob = C.fmt_date(p.dob, lang, dst)
    sx = C.fmt_sex(p.sex, lang, r.choice(["label", "paren"]))
    if lang == "fr":
        return f"NAM : {C.fmt_nam(p.nam, st)}{sep}DDN : {dob}{sep}{sx}"
    return f"RAMQ: {C.fmt_nam(p.nam, st)}{sep}DOB: {dob}{sep}{sx}"


def weight(r):
    return r.randint(48, 112)


def chair(r):
    return f"{r.choice(['A', 'B', 'C'])}{r.randint(1, 8)}"


def de(s):
    """French 'de' with elision."""
    return ("d'" if s[:1].lower() in "aeiouyéèêàâîôûh" else "de ") + s
