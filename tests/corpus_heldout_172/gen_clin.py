"""Clinical vocabulary (ophthalmology) and the message Builder used by positive templates."""
import datetime as _dt

import gen_common as C

EYE = {"fr": ["OD", "OG", "ODG", "œil droit", "œil gauche"], "en": ["OD", "OS", "OU", "right eye", "left eye"]}


def eye(rng, lang, both=True):
    e = EYE[lang] if both else [x for x in EYE[lang] if x not in ("ODG", "OU")]
    return rng.choice(e)


# ---------------------------------------------------------------- retina
RET_DX = [
    ("DMLA exsudative", "DMLAn", "neovascular AMD", "nAMD"),
    ("œdème maculaire diabétique", "OMD", "diabetic macular edema", "DME"),
    ("occlusion de la veine centrale de la rétine avec œdème maculaire", "OVCR + OM", "central retinal vein occlusion with macular edema", "CRVO/CME"),
    ("occlusion de branche veineuse rétinienne", "OBVR", "branch retinal vein occlusion", "BRVO"),
    ("néovascularisation choroïdienne myopique", "NVC myopique", "myopic choroidal neovascularization", "myopic CNV"),
    ("rétinopathie diabétique proliférante", "RDP", "proliferative diabetic retinopathy", "PDR"),
]
RET_DRUG = [
    ("aflibercept", "Eylea", "2 mg"), ("ranibizumab", "Lucentis", "0,5 mg"),
    ("faricimab", "Vabysmo", "6 mg"), ("bevacizumab", "Avastin", "1,25 mg"),
    ("aflibercept", "Eylea HD", "8 mg"), ("ranibizumab biosimilaire", "Byooviz", "0,5 mg"),
]


def ret_dx(rng, lang, abbrev=None):
    d = rng.choice(RET_DX)
    ab = rng.random() < 0.5 if abbrev is None else abbrev
    if lang == "fr":
        return d[1] if ab else d[0]
    return d[3] if ab else d[2]


def ret_drug(rng, lang):
    g, b, dose = rng.choice(RET_DRUG)
    if lang == "en":
        dose = dose.replace(",", ".")
    return rng.choice([b, g, f"{b} {dose}", f"{g} ({b}) {dose}", b.upper()])


def interval(rng, lang):
    w = rng.choice([4, 5, 6, 8, 10, 12, 14, 16])
    if lang == "fr":
        return rng.choice([f"q{w}s", f"q {w} sem", f"{w} semaines", f"T&E {w} sem"])
    return rng.choice([f"q{w}w", f"q{w} wks", f"{w} weeks", f"T&E {w}w"])


def oct_line(rng, lang):
    cst = rng.randint(245, 560)
    prev = cst + rng.randint(-140, 60)
    fl_fr = rng.choice(["LSR+", "LIR++", "LSR et LIR", "DEP séreux", "sec", "LIR résiduel"])
    fl_en = rng.choice(["SRF+", "IRF++", "SRF and IRF", "serous PED", "dry", "residual IRF"])
    if lang == "fr":
        return rng.choice([f"ÉMC {cst} µm (préc. {prev}), {fl_fr}", f"OCT : épaisseur centrale {cst} µm vs {prev} µm, {fl_fr}",
                           f"CST {cst} µm, {fl_fr}"])
    return rng.choice([f"CST {cst} um (prev {prev}), {fl_en}", f"OCT: central subfield {cst} µm vs {prev} µm last visit, {fl_en}",
                       f"CMT {cst}, {fl_en}"])


def va(rng, lang):
    sn = rng.choice(["20/25", "20/30", "20/40", "20/50", "20/60", "20/80", "20/100", "20/200", "CF 2 m", "6/12", "6/18"])
    sn2 = rng.choice(["20/20", "20/25", "20/30", "20/40", "20/70"])
    if lang == "fr":
        return rng.choice([f"AV OD {sn}, OG {sn2}", f"AVcc {sn} / {sn2}", f"AV {sn} OD"])
    return rng.choice([f"VA OD {sn}, OS {sn2}", f"BCVA {sn} / {sn2}", f"VAsc {sn} OD"])


# ---------------------------------------------------------------- glaucoma
GL_DX = [
    ("glaucome primaire à angle ouvert", "GPAO", "primary open-angle glaucoma", "POAG"),
    ("glaucome pseudo-exfoliatif", "GPEX", "pseudoexfoliation glaucoma", "PXF glaucoma"),
    ("glaucome par fermeture de l'angle", "GFA", "angle-closure glaucoma", "PACG"),
    ("glaucome pigmentaire", "glaucome pigm.", "pigmentary glaucoma", "PDS/PG"),
    ("glaucome à pression normale", "GPN", "normal-tension glaucoma", "NTG"),
    ("hypertension oculaire", "HTO", "ocular hypertension", "OHT"),
]
GL_DRUG = [
    ("latanoprost 0,005 % 1 gtte HS", "Xalatan 1 gtt qhs"),
    ("timolol 0,5 % 1 gtte BID", "timolol 0.5% BID"),
    ("Cosopt (dorzolamide-timolol) BID", "dorzolamide/timolol (Cosopt) BID"),
    ("brimonidine (Alphagan P) TID", "Alphagan P TID"),
    ("bimatoprost (Lumigan) 0,01 % HS", "bimatoprost 0.01% qhs"),
    ("Simbrinza BID", "brinzolamide/brimonidine (Simbrinza) BID"),
    ("acétazolamide (Diamox) 250 mg PO QID", "acetazolamide 250 mg PO qid"),
    ("netarsudil (Rhopressa) HS", "netarsudil qhs"),
]


def gl_dx(rng, lang, abbrev=None):
    d = rng.choice(GL_DX)
    ab = rng.random() < 0.5 if abbrev is None else abbrev
    return (d[1] if ab else d[0]) if lang == "fr" else (d[3] if ab else d[2])


def gl_drug(rng, lang):
    d = rng.choice(GL_DRUG)
    return d[0] if lang == "fr" else d[1]


def iop(rng, lang):
    a, b = rng.randint(12, 38), rng.randint(11, 30)
    if lang == "fr":
        return rng.choice([f"PIO {a}/{b} mmHg", f"PIO OD {a} OG {b}", f"Tap {a} / {b}"])
    return rng.choice([f"IOP {a}/{b} mmHg", f"IOP OD {a} OS {b}", f"Tapp {a}/{b}"])


def vf(rng, lang):
    md = -round(rng.uniform(1.2, 22.5), 1)
    psd = round(rng.uniform(1.5, 11.0), 1)
    if lang == "fr":
        return rng.choice([f"CV 24-2 : DM {md} dB, PSD {psd} dB".replace(".", ","), f"HVF 24-2 DM {md} dB", f"champ visuel 10-2 DM {md} dB".replace(".", ",")])
    return rng.choice([f"HVF 24-2 MD {md} dB, PSD {psd}", f"VF 24-2: MD {md} dB, GHT outside normal limits", f"10-2 MD {md} dB"])


def cd(rng, lang):
    a = rng.choice(["0,6", "0,7", "0,8", "0,85", "0,9", "0,95"])
    b = rng.choice(["0,4", "0,5", "0,6", "0,7"])
    if lang == "fr":
        return f"E/P {a} / {b}"
    return f"C/D {a.replace(',', '.')} / {b.replace(',', '.')}"


def rnfl(rng, lang):
    v = rng.randint(52, 88)
    return f"RNFL moyen {v} µm" if lang == "fr" else f"avg RNFL {v} um"


# ---------------------------------------------------------------- cataract
CAT_DX = [
    ("cataracte nucléaire 3+", "nuclear sclerotic cataract 3+"),
    ("cataracte sous-capsulaire postérieure", "posterior subcapsular cataract"),
    ("cataracte corticale", "cortical cataract"),
    ("cataracte mature (blanche)", "mature white cataract"),
    ("cataracte cortico-nucléaire", "mixed nuclear/cortical cataract"),
]
CAT_RISK = [  # (fr, en, has medication, has test result)
    ("sous tamsulosine (Flomax) — risque IFIS", "on tamsulosin (Flomax) - IFIS risk", True, False),
    ("apixaban (Eliquis) 5 mg BID — ne pas cesser", "apixaban (Eliquis) 5 mg BID - do not hold", True, False),
    ("warfarine, RNI 2,6", "warfarin, INR 2.6", True, True),
    ("pseudo-exfoliation, zonules fragiles", "pseudoexfoliation, weak zonules", False, False),
    ("diabète type 2 sous metformine", "type 2 diabetes on metformin", True, False),
    ("monophtalme fonctionnel", "functionally monocular", False, False),
    ("", "", False, False),
]


def cat_dx(rng, lang):
    d = rng.choice(CAT_DX)
    return d[0] if lang == "fr" else d[1]


def biometry(rng, lang):
    al = round(rng.uniform(21.8, 26.4), 2)
    k = round(rng.uniform(41.5, 46.0), 2)
    iol = round(rng.choice([x / 2 for x in range(30, 52)]), 1)
    s = f"LA {al} mm, K moy. {k} D, LIO +{iol} D" if lang == "fr" else f"AL {al} mm, mean K {k} D, IOL +{iol} D"
    return s.replace(".", ",") if lang == "fr" else s


# ---------------------------------------------------------------- other
OTHER_DX = [
    ("artérite temporale (ACG) suspectée", "suspected giant cell arteritis"),
    ("névrite optique", "optic neuritis"),
    ("uvéite antérieure aiguë HLA-B27", "acute anterior uveitis, HLA-B27"),
    ("kératite à Acanthamoeba", "Acanthamoeba keratitis"),
    ("zona ophtalmique", "herpes zoster ophthalmicus"),
    ("décollement de rétine macula-off", "macula-off retinal detachment"),
    ("trou maculaire pleine épaisseur", "full-thickness macular hole"),
    ("membrane épirétinienne", "epiretinal membrane"),
    ("ulcère cornéen à Pseudomonas", "Pseudomonas corneal ulcer"),
    ("amblyopie anisométropique", "anisometropic amblyopia"),
    ("ésotropie accommodative", "accommodative esotropia"),
    ("kératocône évolutif", "progressive keratoconus"),
]

POSTOP_DROPS = [
    ("prednisolone acétate 1 % (Pred Forte) QID x 4 sem, dégression", "prednisolone acetate 1% (Pred Forte) QID x 4 wks then taper"),
    ("moxifloxacine (Vigamox) QID x 7 jours", "moxifloxacin (Vigamox) QID x 1 week"),
    ("kétorolac (Acular) TID x 1 mois", "ketorolac (Acular) TID x 1 month"),
    ("Maxitrol QID x 2 sem", "Maxitrol QID x 2 wks"),
    ("Tobradex QID", "Tobradex QID"),
    ("néomycine-dexaméthasone onguent HS", "dexamethasone/neomycin ointment qhs"),
]

SOCIAL = [
    ("vit sans proche aidant, personne pour l'accompagner aux injections", "lives alone, nobody available to bring them to injections"),
    ("a perdu son logement le mois dernier, hébergée temporairement au refuge Le Phare", "lost housing last month, staying at the Lighthouse shelter for now"),
    ("prestataire de l'aide sociale, ne peut payer le taxi", "on social assistance, cannot afford taxi fare"),
    ("proche aidant épuisé, conjoint atteint d'Alzheimer", "caregiver burnout, spouse has Alzheimer's"),
    ("suivi par la DPJ, famille d'accueil depuis janvier", "youth protection file open, in foster care since January"),
    ("contexte de violence conjugale rapporté à l'urgence", "intimate partner violence disclosed in the ER"),
    ("demandeur d'asile, couverture PFSI seulement", "refugee claimant, IFHP coverage only"),
    ("n'a plus de permis de conduire depuis la perte visuelle, isolement", "lost driving licence due to vision loss, socially isolated"),
]


def social(rng, lang, idx=None):
    s = SOCIAL[rng.choice(idx)] if idx else rng.choice(SOCIAL)
    return s[0] if lang == "fr" else s[1]


# ====================================================================== builder
class B:
    """Accumulates types, patients and identifiers while a template writes its message."""

    def __init__(self, ctx, lang, cat, note):
        self.ctx, self.rng, self.lang, self.cat, self.note = ctx, ctx.rng, lang, cat, note
        self.types = set()
        self.patients = []
        self.ids = []
        self.attachments = []

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def il(self, p):
        return "elle" if p["sex"] == "F" else "il"

    def le(self, p):
        return "la" if p["sex"] == "F" else "le"

    def e(self, p):
        return "e" if p["sex"] == "F" else ""

    def t(self, *types):
        for x in types:
            assert x in C.ALLOWED_TYPES, x
            self.types.add(x)

    def pat(self, use_nam, min_age=40, max_age=92, sex=None):
        p = self.ctx.patient(use_nam, min_age, max_age, sex)
        self.patients.append(p)
        return p

    # -- identity pieces
    def name(self, p, style=None, full=None):
        self.t("patient_name")
        return C.pname(self.rng, p, self.lang, style, full)

    def dob(self, p):
        self.t("date_of_birth")
        return C.fmt_dob(self.rng, p["dob"], self.lang)

    def sex(self, p):
        return C.sex_word(self.rng, p["sex"], self.lang)

    def nam(self, p, allow_fw=True):
        assert p["is_nam"]
        self.t("ramq_nam")
        return C.fmt_nam(self.rng, p["nam"], allow_fw)

    def mrn(self, p, allow_fw=True):
        self.t("mrn")
        return C.fmt_mrn(self.rng, p["mrn"], self.lang, allow_fw)

    def mrn_bare(self, p):
        self.t("mrn")
        return p["mrn"]

    def sin(self, p, allow_fw=True):
        self.t("ca_sin")
        p.setdefault("sin", C.make_sin(self.rng))
        self.ids.append(("ca_sin", p["sin"]))
        return C.fmt_sin(self.rng, p["sin"], allow_fw)

    def ohip(self, p, allow_fw=True):
        self.t("ca_health_number")
        p.setdefault("ohip", C.make_ohip(self.rng))
        self.ids.append(("ca_health_number", p["ohip"]))
        return C.fmt_ohip(self.rng, p["ohip"], allow_fw)

    def niss(self, p, allow_fw=True):
        self.t("be_niss")
        p.setdefault("niss", C.make_niss(self.rng, p["dob"], p["sex"]))
        self.ids.append(("be_niss", p["niss"]))
        return C.fmt_niss(self.rng, p["niss"], allow_fw)

    def nir(self, p, allow_fw=True):
        self.t("fr_nir")
        p.setdefault("nir", C.make_nir(self.rng, p["dob"], p["sex"]))
        self.ids.append(("fr_nir", p["nir"]))
        return C.fmt_nir(self.rng, p["nir"], allow_fw)

    def addr(self, p):
        self.t("patient_contact")
        p.setdefault("addr", C.patient_address(self.rng, self.lang))
        return p["addr"]

    def phone(self, p):
        self.t("patient_contact")
        p.setdefault("phone", C.personal_phone(self.rng))
        return p["phone"]

    def ident_line(self, p, allow_fw=True, with_mrn=None):
        """A one-line identification: full name, DOB, sex, NAM (holders) or chart number."""
        r = self.rng
        nm = self.name(p, full=True) if p["is_nam"] else self.name(p)
        parts = [nm]
        if p["is_nam"] or r.random() < 0.6:
            d = self.dob(p)
            parts.append(r.choice([self.L("DDN ", "DOB ") + d, self.L("né" + self.e(p) + " le ", "born ") + d, d]))
        if p["is_nam"]:
            parts.append(self.sex(p))
            parts.append(r.choice(["NAM ", "NAM: ", "RAMQ ", self.L("no RAMQ ", "RAMQ # ")]) + self.nam(p, allow_fw))
        if with_mrn or (with_mrn is None and r.random() < 0.5):
            parts.append(self.mrn(p, allow_fw))
        sep = r.choice([", ", " — ", " | ", " / ", "  "])
        return sep.join(parts)

    def ident_row(self, p, allow_fw=True, nam_col=True):
        """Columns for a table: name, DOB, sex, NAM-or-chart."""
        nm = self.name(p, style=self.rng.choice(["SUR_given", "given_sur", "sur_given_comma", "SUR_GIVEN"]), full=True)
        d = self.dob(p)
        sx = p["sex"]
        if p["is_nam"] and nam_col:
            ident = self.nam(p, allow_fw)
        else:
            ident = self.mrn_bare(p)
        return [nm, d, sx, ident]

    def att(self, a):
        self.attachments.append(a)

    def spec(self, frm, to, subject, blocks, cc=None, **kw):
        assert self.types, self.cat
        d = {"cat": self.cat, "lang": self.lang, "note": self.note, "types": sorted(self.types),
             "from": frm, "to": to, "cc": cc or [], "subject": subject, "blocks": blocks,
             "attachments": self.attachments, "patients": self.patients, "ids": self.ids}
        d.update(kw)
        return d


def addr_of(s, lang):
    return (C.staff_name(s, lang, title=False), s["email"])


def future_day(rng, base=None, span=40):
    base = base or _dt.date(2025, 3, 3)
    d = base + _dt.timedelta(days=rng.randint(1, span))
    while d.weekday() >= 5:
        d += _dt.timedelta(days=1)
    return d


def hhmm(rng, lang):
    h, m = rng.randint(7, 15), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    return f"{h}h{m:02d}" if lang == "fr" else f"{h}:{m:02d}"
