"""Clinical vocabulary and the Draft helper that tracks finding types."""
import datetime as dt

import gen_common as C

DX = {
    "ra": dict(fr="polyarthrite rhumatoïde séropositive", frs="PR", en="seropositive rheumatoid arthritis", ens="RA"),
    "psa": dict(fr="arthrite psoriasique", frs="APso", en="psoriatic arthritis", ens="PsA"),
    "axspa": dict(fr="spondylarthrite ankylosante", frs="SpA", en="ankylosing spondylitis", ens="AS"),
    "sle": dict(fr="lupus érythémateux disséminé", frs="LED", en="systemic lupus erythematosus", ens="SLE"),
    "ln": dict(fr="néphrite lupique classe IV", frs="NL IV", en="class IV lupus nephritis", ens="LN class IV"),
    "gca": dict(fr="artérite à cellules géantes", frs="ACG", en="giant cell arteritis", ens="GCA"),
    "aav": dict(fr="granulomatose avec polyangéite", frs="GPA", en="granulomatosis with polyangiitis", ens="GPA"),
    "gout": dict(fr="goutte tophacée réfractaire", frs="goutte", en="refractory tophaceous gout", ens="gout"),
    "ssc": dict(fr="sclérodermie systémique avec ulcères digitaux", frs="ScS", en="systemic sclerosis with digital ulcers", ens="SSc"),
    "op": dict(fr="ostéoporose avec fracture de fragilité", frs="OP", en="osteoporosis with fragility fracture", ens="OP"),
}

# generic, brand, fr regimen, en regimen, weight based
IV = {
    "infliximab": (["Inflectra", "Renflexis", "Avsola"], "5 mg/kg IV aux 8 semaines", "5 mg/kg IV q8 weeks", True, 5),
    "rituximab": (["Truxima", "Riximyo", "Ruxience"], "1000 mg IV J1 et J15", "1000 mg IV day 1 and day 15", False, 1000),
    "tocilizumab": (["Actemra"], "8 mg/kg IV aux 4 semaines", "8 mg/kg IV q4 weeks", True, 8),
    "abatacept": (["Orencia"], "750 mg IV aux 4 semaines", "750 mg IV q4 weeks", False, 750),
    "golimumab": (["Simponi I.V."], "2 mg/kg IV aux 8 semaines", "2 mg/kg IV q8 weeks", True, 2),
    "belimumab": (["Benlysta"], "10 mg/kg IV aux 4 semaines", "10 mg/kg IV q4 weeks", True, 10),
    "anifrolumab": (["Saphnelo"], "300 mg IV aux 4 semaines", "300 mg IV q4 weeks", False, 300),
    "pegloticase": (["Krystexxa"], "8 mg IV aux 2 semaines + MTX 15 mg/sem", "8 mg IV q2 weeks with MTX 15 mg weekly", False, 8),
    "acide zolédronique": (["Aclasta"], "5 mg IV une fois par année", "5 mg IV once yearly", False, 5),
    "cyclophosphamide": (["Procytox"], "500 mg IV aux 2 semaines x 6 (Euro-Lupus)", "500 mg IV q2 weeks x 6 (Euro-Lupus)", False, 500),
    "iloprost": (["Iloprost"], "0,5 à 2 ng/kg/min sur 6 h, 5 jours consécutifs", "0.5-2 ng/kg/min over 6 h, 5 consecutive days", False, 0),
}
IV_BY_DX = {
    "ra": ["infliximab", "rituximab", "tocilizumab", "abatacept", "golimumab"],
    "psa": ["infliximab", "golimumab"],
    "axspa": ["infliximab", "golimumab"],
    "sle": ["belimumab", "anifrolumab"],
    "ln": ["belimumab", "cyclophosphamide", "rituximab"],
    "aav": ["rituximab"],
    "gca": ["tocilizumab"],
    "gout": ["pegloticase"],
    "ssc": ["iloprost", "cyclophosphamide"],
    "op": ["acide zolédronique"],
}
BACKGROUND = {
    "ra": [("méthotrexate 20 mg s.c. 1x/sem + acide folique 5 mg 1x/sem", "methotrexate 20 mg SC weekly + folic acid 5 mg weekly"),
           ("Plaquenil 200 mg bid", "hydroxychloroquine 200 mg BID"),
           ("léflunomide (Arava) 20 mg die", "leflunomide 20 mg daily"),
           ("prednisone 5 mg die", "prednisone 5 mg daily")],
    "psa": [("MTX 15 mg p.o. 1x/sem", "MTX 15 mg PO weekly"), ("naproxène 500 mg bid PRN", "naproxen 500 mg BID PRN")],
    "axspa": [("célécoxib 200 mg die", "celecoxib 200 mg daily"), ("naproxène 500 mg bid", "naproxen 500 mg BID")],
    "sle": [("hydroxychloroquine 300 mg die", "hydroxychloroquine 300 mg daily"), ("prednisone 7,5 mg die", "prednisone 7.5 mg daily"),
            ("azathioprine 100 mg die", "azathioprine 100 mg daily")],
    "ln": [("mycophénolate mofétil (CellCept) 1,5 g bid", "mycophenolate mofetil 1.5 g BID"), ("prednisone 20 mg die en sevrage", "prednisone 20 mg daily, tapering"),
           ("ramipril 5 mg die", "ramipril 5 mg daily"), ("HCQ 200 mg die", "HCQ 200 mg daily")],
    "gca": [("prednisone 25 mg die (sevrage en cours)", "prednisone 25 mg daily (taper ongoing)"), ("alendronate 70 mg 1x/sem", "alendronate 70 mg weekly")],
    "aav": [("prednisone 10 mg die", "prednisone 10 mg daily"), ("Septra DS 3x/sem en prophylaxie", "TMP-SMX DS three times weekly (PJP prophylaxis)")],
    "gout": [("colchicine 0,6 mg die", "colchicine 0.6 mg daily"), ("MTX 15 mg p.o. 1x/sem", "MTX 15 mg PO weekly")],
    "ssc": [("nifédipine XL 30 mg die", "nifedipine XL 30 mg daily"), ("sildénafil 20 mg tid", "sildenafil 20 mg TID")],
    "op": [("vitamine D 1000 UI die", "vitamin D 1000 IU daily"), ("carbonate de calcium 500 mg die", "calcium carbonate 500 mg daily")],
}


def dx_name(key, lang, short=False):
    d = DX[key]
    if lang == "fr":
        return d["frs"] if short else d["fr"]
    return d["ens"] if short else d["en"]


def dx_art(key, prep=""):
    """French diagnosis with indefinite article: 'une polyarthrite...', \"d'un lupus...\"."""
    masc = key in ("sle",)
    name = DX[key]["fr"]
    if prep == "de":
        return ("d'un " if masc else "d'une ") + name
    return ("un " if masc else "une ") + name


def iv_dose(rng, drug, weight):
    brands, rfr, ren, wb, unit = IV[drug]
    if wb:
        mg = unit * weight
        mg = int(round(mg / 100.0) * 100) if drug == "infliximab" else int(round(mg / 10.0) * 10)
        if drug == "tocilizumab":
            mg = min(mg, 800)
        return mg
    return unit


def labs_inflam(rng, lang):
    crp = rng.choice([3.1, 8.4, 14.2, 22.7, 37.5, 51.0, 6.9])
    esr = rng.choice([12, 18, 27, 34, 46, 58])
    if lang == "fr":
        return f"CRP {str(crp).replace('.', ',')} mg/L, VS {esr} mm/h"
    return f"CRP {crp} mg/L, ESR {esr} mm/h"


def labs_cbc(rng, lang):
    hb = rng.randint(96, 141)
    wbc = rng.choice([3.1, 4.6, 5.8, 7.2, 9.4])
    neut = round(wbc * rng.uniform(0.45, 0.7), 1)
    plt = rng.randint(140, 420)
    if lang == "fr":
        return f"Hb {hb} g/L, GB {str(wbc).replace('.', ',')}, neutros {str(neut).replace('.', ',')}, plaq {plt}"
    return f"Hb {hb} g/L, WBC {wbc}, neut {neut}, plt {plt}"


def labs_liver(rng, lang, high=False):
    alt = rng.randint(88, 164) if high else rng.randint(14, 38)
    ast = int(alt * rng.uniform(0.6, 0.9))
    return (f"ALT {alt} U/L, AST {ast} U/L") if lang == "en" else (f"ALT {alt} U/L, AST {ast} U/L")


def labs_lupus(rng, lang):
    dsdna = rng.choice([48, 86, 152, 210, 340])
    c3 = rng.choice([0.48, 0.56, 0.62, 0.71])
    c4 = rng.choice([0.05, 0.07, 0.09, 0.11])
    upcr = rng.choice([64, 112, 186, 245, 310])
    creat = rng.randint(68, 141)
    if lang == "fr":
        f = lambda x: str(x).replace(".", ",")
        return (f"anti-ADNdb {dsdna} UI/mL, C3 {f(c3)} g/L, C4 {f(c4)} g/L, RPC urinaire {upcr} mg/mmol, "
                f"créatinine {creat} µmol/L")
    return (f"anti-dsDNA {dsdna} IU/mL, C3 {c3} g/L, C4 {c4} g/L, urine PCR {upcr} mg/mmol, creatinine {creat} umol/L")


def qft_result(rng, lang, outcome=None):
    outcome = outcome or rng.choice(["pos", "neg", "ind"])
    if outcome == "pos":
        tb1, tb2 = rng.choice([(0.62, 0.88), (1.41, 2.06), (0.44, 0.37), (3.2, 4.1)])
        nil = rng.choice([0.03, 0.06, 0.11])
        if lang == "fr":
            f = lambda x: str(x).replace(".", ",")
            return outcome, f"QuantiFERON-TB Gold Plus POSITIF (TB1 {f(tb1)} / TB2 {f(tb2)} UI/mL, nil {f(nil)})"
        return outcome, f"QuantiFERON-TB Gold Plus POSITIVE (TB1 {tb1} / TB2 {tb2} IU/mL, nil {nil})"
    if outcome == "neg":
        return outcome, ("QuantiFERON-TB Gold Plus négatif" if lang == "fr" else "QuantiFERON-TB Gold Plus negative")
    return outcome, ("QuantiFERON indéterminé (réponse mitogène faible, sous prednisone)" if lang == "fr"
                     else "QuantiFERON indeterminate (low mitogen response, on prednisone)")


# --------------------------------------------------------------------------
# Draft: a message under construction that records what it contains
# --------------------------------------------------------------------------
NAM_STYLES = ["plain", "plain", "plain", "plain", "space", "space", "dash", "dot", "slash", "lower", "fw", "fwspace"]
NAM_STYLES_DOC = ["plain", "plain", "space", "dash", "dot", "lower"]


class Draft:
    def __init__(self, ctx, lang, category, note):
        self.ctx = ctx
        self.rng = ctx.rng
        self.lang = lang
        self.category = category
        self.note = note
        self.types = set()
        self.ids = []          # (type, canonical value)
        self.holders = []      # NAM holders shown
        self.pnames = []       # patients named
        self.frm = None
        self.to = []
        self.cc = []
        self.subject = ""
        self.text = ""
        self.html = None
        self.atts = []
        self.layout = None
        self.extra = []

    # ---- identity -------------------------------------------------------
    def tag(self, *types):
        self.types.update(types)

    def pname(self, p, style=None):
        if style is None:
            style = self.rng.choice(["full", "full", "upper_comma", "comma",
                                     "title_fr" if self.lang == "fr" else "title_en"])
        if "nam" in p and style in ("initial", "title_sur_fr", "title_sur_en"):
            style = "full"
        self.types.add("patient_name")
        self.pnames.append(p["given"] if style == "given" else p["sur"])
        if style == "given":
            return p["given"]
        return C.name_style(p, style)

    def dob(self, p, style=None):
        if style is None:
            style = self.rng.choice(["iso", "dmy", "long_fr" if self.lang == "fr" else "long_en", "iso", "ymd_dot"])
        self.types.add("date_of_birth")
        return C.dob_fmt(p["dob"], style)

    def sex(self, p):
        if self.lang == "fr":
            return "F" if p["sex"] == "F" else "M"
        return p["sex"]

    def nam(self, p, style=None, doc=False):
        assert "nam" in p
        style = style or self.rng.choice(NAM_STYLES_DOC if doc else NAM_STYLES)
        self.types.add("ramq_nam")
        self.ids.append(("ramq_nam", p["nam"]))
        if p not in self.holders:
            self.holders.append(p)
        return C.fmt_nam(p["nam"], style)

    def sin(self, p, style=None, doc=False):
        p.setdefault("sin", C.gen_sin(self.rng))
        style = style or self.rng.choice(["space", "dash", "plain", "space"] + ([] if doc else ["fw", "dot"]))
        self.types.add("ca_sin")
        self.ids.append(("ca_sin", p["sin"]))
        return C.fmt_sin(p["sin"], style)

    def ohn(self, p, style=None, doc=False):
        p.setdefault("ohn", C.gen_ohn(self.rng))
        p.setdefault("vc", self.rng.choice(["", "AB", "KT", "XR", "MN"]))
        style = style or self.rng.choice(["dash", "space", "plain"] + ([] if doc else ["fw"]))
        self.types.add("ca_health_number")
        self.ids.append(("ca_health_number", p["ohn"]))
        return C.fmt_ohn(p["ohn"], style, p["vc"])

    def niss(self, p, style=None):
        p.setdefault("niss", C.gen_niss(self.rng, p["dob"], p["sex"]))
        style = style or self.rng.choice(["std", "std", "space", "plain", "slash"])
        self.types.add("be_niss")
        self.ids.append(("be_niss", p["niss"]))
        return C.fmt_niss(p["niss"], style)

    def nir(self, p, style=None):
        p.setdefault("nir", C.gen_nir(self.rng, p["dob"], p["sex"]))
        style = style or self.rng.choice(["space", "space", "key", "plain", "dot"])
        self.types.add("fr_nir")
        self.ids.append(("fr_nir", p["nir"]))
        return C.fmt_nir(p["nir"], style)

    def mrn(self, p, style=None, doc=False):
        p.setdefault("mrn", C.gen_mrn(self.rng))
        style = style or self.rng.choice(["plain", "plain", "H", "space", "dash", "slash"] + ([] if doc else ["fw"]))
        self.types.add("mrn")
        self.ids.append(("mrn", p["mrn"]))
        return C.fmt_mrn(p["mrn"], style)

    def phone(self, p):
        p.setdefault("phone", C.patient_phone(self.rng))
        self.types.add("patient_contact")
        return p["phone"]

    def address(self, p, province="QC"):
        p.setdefault("addr", C.patient_address(self.rng, self.lang, province))
        self.types.add("patient_contact")
        return p["addr"]

    # ---- people ---------------------------------------------------------
    def holder(self, kid=False):
        h = dict(self.ctx.next_nam_holder(kid=kid))
        return h

    def patient(self, **kw):
        return self.ctx.new_patient(**kw)

    def staff(self, key):
        return (C.staff_name(key, self.lang), C.staff_addr(key))

    def t(self, fr, en):
        return fr if self.lang == "fr" else en


def weight_kg(rng):
    return rng.choice([52, 58, 61, 64, 67, 70, 73, 76, 79, 82, 88, 94, 101])
