"""Builder used by the positive scenarios: keeps track of finding types,
identifiers and patients while the text is written."""
import gen_data as D
import gen_ids as I
import gen_text as T

IDENT_TYPE = {"nam": "ramq_nam", "sin": "ca_sin", "ohn": "ca_health_number",
              "niss": "be_niss", "nir": "fr_nir", "mrn": "mrn"}


class Pos:
    def __init__(self, ctx, lang, ident):
        self.ctx = ctx
        self.rng = ctx["rng"]
        self.pf = ctx["pf"]
        self.when = ctx["when"]
        self.lang = lang
        self.ident = ident
        self.types = set()
        self.ids = []  # (kind, canonical value, extra)
        self.patients = []
        self.nam_shown = []

    # ---------------------------------------------------------- patients
    def patient(self, want=None, **kw):
        """want: 'nam' for a NAM holder; otherwise an invented patient."""
        if want == "nam":
            p = self.pf.nam_holder(kw.get("min_age"), kw.get("max_age"))
        else:
            p = self.pf.invented(**kw)
        self.patients.append(p)
        return p

    def main_patient(self, **kw):
        return self.patient("nam" if self.ident == "nam" else None, **kw)

    def t(self, *types):
        for x in types:
            assert x in ALL_TYPES, x
            self.types.add(x)

    # ---------------------------------------------------------- renderings
    def name(self, p, forms=None):
        self.t("patient_name")
        if p.get("holder"):
            forms = [f for f in (forms or ["full", "upper_comma", "comma", "title", "lower", "upper"])
                     if f in ("full", "upper_comma", "comma", "title", "lower", "upper")] or ["full"]
        return T.name_forms(p, self.rng, self.lang, forms)

    def dob(self, p, style=None):
        self.t("date_of_birth")
        return I.fmt_date(p["dob"], self.lang, style or self.rng.choice(I.DOB_STYLES))

    def phone(self, p):
        self.t("patient_contact")
        return p["phone"]

    def address(self, p):
        self.t("patient_contact")
        return T.addr_line(p)

    def sex(self, p):
        if self.lang == "fr":
            return "F" if p["sex"] == "F" else "M"
        return "F" if p["sex"] == "F" else "M"

    def dx(self, p, acute=False):
        self.t("diagnosis")
        if acute:
            return p["acute"][0] if self.lang == "fr" else p["acute"][1]
        return p["cond"][self.lang]

    def meds(self, p, n=None):
        self.t("medication")
        m = list(p["cond"]["meds_" + self.lang])
        return m[:n] if n else m

    def acute_rx(self, p):
        """Treatment that fits the acute problem (None when no drug)."""
        rx = p["acute"][2] if self.lang == "fr" else p["acute"][3]
        if rx:
            self.t("medication")
        return rx

    def specialty(self, p):
        return p["cond"]["spec_" + self.lang]

    def lab_for(self, p, generic=("Hémoglobine", "Potassium", "Créatinine", "Ferritine", "Vitamine B12")):
        """An abnormal lab that fits the patient's chronic condition."""
        name = p["cond"]["lab"] or self.rng.choice(list(generic))
        test = next(t for t in D.LABS_TESTS if t[0] == name)
        return self.lab(which=test)

    def lab(self, rng=None, which=None):
        """Return (name, value, unit, range) for an abnormal lab."""
        self.t("lab_result")
        rng = rng or self.rng
        test = which or rng.choice(D.LABS_TESTS)
        val = rng.choice(test[4])
        nm = test[0] if self.lang == "fr" else test[1]
        unit, rg = test[2], test[3]
        if self.lang == "en":
            val, rg, unit = D.en_num(val), D.en_num(rg), unit.replace("mUI", "mIU").replace("1,73", "1.73")
        return nm, val, unit, rg

    # ---------------------------------------------------------- identifiers
    def ident_value(self, p, kind=None, style=None):
        """Render the identifier of the message's kind for patient p."""
        kind = kind or self.ident
        rng = self.rng
        if kind == "nam":
            assert p.get("holder")
            st = style or rng.choice(I.NAM_STYLES)
            self.ids.append(("nam", p["nam"], p))
            self.t("ramq_nam")
            return I.fmt_nam(p["nam"], st)
        if kind == "sin":
            num = p.setdefault("sin", I.make_sin(rng))
            self.ids.append(("sin", num, p))
            self.t("ca_sin")
            return I.fmt_sin(num, style or rng.choice(["plain", "space", "space", "dash", "dot", "slash", "fw", "wide"]))
        if kind == "ohn":
            if "ohn" not in p:
                p["ohn"] = I.make_ohn(rng)
            num, ver = p["ohn"]
            self.ids.append(("ohn", num, p))
            self.t("ca_health_number")
            return I.fmt_ohn(num, ver, style or rng.choice(["plain", "dash", "dash", "space", "dot", "fw"]))
        if kind == "niss":
            num = p.setdefault("niss", I.make_niss(rng, p["dob"], p["sex"]))
            self.ids.append(("niss", num, p))
            self.t("be_niss")
            return I.fmt_niss(num, style or rng.choice(["std", "std", "plain", "space", "dash", "slash", "fw"]))
        if kind == "nir":
            num = p.setdefault("nir", I.make_nir(rng, p["dob"], p["sex"]))
            self.ids.append(("nir", num, p))
            self.t("fr_nir")
            return I.fmt_nir(num, style or rng.choice(["plain", "space", "space", "dot", "dash", "fw", "key"]))
        if kind == "mrn":
            if "mrn" not in p:
                p["mrn"] = I.make_mrn(rng, rng.choice(["hosp", "gmf", "other"]))
            self.ids.append(("mrn", p["mrn"], p))
            self.t("mrn")
            return I.fmt_mrn(p["mrn"], style or rng.choice(["plain", "plain", "space", "dash", "fw", "dot"]))
        raise ValueError(kind)

    def ident_label(self, kind=None):
        kind = kind or self.ident
        fr = self.lang == "fr"
        rng = self.rng
        return {
            "nam": rng.choice(["NAM", "No RAMQ", "Carte soleil", "No d'assurance maladie"] if fr
                              else ["RAMQ", "Medicare #", "RAMQ no.", "Health card (QC)"]),
            "sin": rng.choice(["NAS", "No d'assurance sociale", "N.A.S."] if fr else ["SIN", "Social Insurance No.", "S.I.N."]),
            "ohn": rng.choice(["No carte Santé Ontario", "OHIP", "Carte santé ON"] if fr else ["OHIP", "Ontario health card", "HCN (ON)"]),
            "niss": rng.choice(["NISS", "No de registre national (BE)"] if fr else ["Belgian NISS", "BE national no."]),
            "nir": rng.choice(["NIR", "No sécu (France)", "No de sécurité sociale FR"] if fr else ["French NIR", "French social security no."]),
            "mrn": rng.choice(["No dossier", "Dossier", "No de dossier CH", "# dossier"] if fr else ["MRN", "Chart #", "Chart no.", "Hosp. chart"]),
        }[kind]

    def id_block(self, p, layout=None):
        """Identification header with name, birth date, sex and the message's
        identifier (if any).  Returns a list of lines."""
        rng = self.rng
        fr = self.lang == "fr"
        layout = layout or rng.choice(["lines", "inline", "pipe"])
        nm = self.name(p, ["upper_comma", "full", "comma", "upper"])
        dob = self.dob(p)
        sx = self.sex(p)
        idv = self.ident_value(p) if self.ident else None
        lab = self.ident_label() if self.ident else None
        if layout == "lines":
            out = [(("Patiente : " if p["sex"] == "F" else "Patient : ") if fr else "Patient: ") + nm,
                   ("DDN : " if fr else "DOB: ") + dob + ("   Sexe : " if fr else "   Sex: ") + sx]
            if idv:
                out.append(f"{lab} : {idv}" if fr else f"{lab}: {idv}")
            return out
        if layout == "inline":
            s = f"{nm} ({sx}), {'née le' if fr and p['sex'] == 'F' else 'né le' if fr else 'born'} {dob}"
            if idv:
                s += f", {lab} {idv}"
            return [s]
        parts = [nm, ("DDN " if fr else "DOB ") + dob, ("Sexe " if fr else "Sex ") + sx]
        if idv:
            parts.append(f"{lab} {idv}")
        return [" | ".join(parts)]

    # ---------------------------------------------------------- result
    def spec(self, **kw):
        assert self.types, "positive without types"
        d = dict(kw)
        d["lang"] = self.lang
        d["types"] = sorted(self.types)
        d["ids"] = self.ids
        d["patients"] = self.patients
        d["confidential"] = True
        return d


ALL_TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
             "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
             "social_information"]
