"""Patients (NAM holders and invented ones) and the per-message context that
records which finding types a message actually carries."""
import datetime
import random

import gen_common as C


REF_DATE = datetime.date(2025, 1, 1)


class Patient:
    def __init__(self, given, surname, sex, dob, origin, nam=None):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.origin = origin  # qc, on, be, fr
        self.nam = nam
        self.mrn = None
        self.ohip = None
        self.ohip_vc = ""
        self.niss = None
        self.nir = None
        self.sin = None
        self.phone = None
        self.address = None


class Allocator:
    """Hands out patients deterministically; each NAM holder is used at most once."""

    def __init__(self, seed):
        self.r = random.Random("alloc-%s" % seed)
        self.holders = C.load_nams()
        q = list(self.holders)
        self.r.shuffle(q)
        self.queue = q
        self.used_holders = []

    def _dob(self, lo=1938, hi=2004):
        y = self.r.randint(lo, hi)
        return datetime.date(y, self.r.randint(1, 12), self.r.randint(1, 28))

    def _finish(self, p):
        r = self.r
        p.mrn = C.make_mrn(r)
        if p.origin in ("qc", "fr", "be"):
            street = r.choice(C.STREETS_FR)
            town, pc = r.choice(C.TOWNS_FR)
            app = (", app. %d" % r.randint(1, 12)) if r.random() < 0.35 else ""
            p.address = "%d, %s%s, %s (Québec)  %s %d%s%d" % (
                r.randint(12, 2990), street, app, town, pc, r.randint(1, 9),
                r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(1, 9))
            p.phone = "%s 555-01%02d" % (r.choice(["450", "579", "514"]), r.randint(0, 99))
        else:
            street = r.choice(C.STREETS_EN)
            town, prov, pc = r.choice(C.TOWNS_EN)
            p.address = "%d %s, %s, %s  %s %d%s%d" % (r.randint(12, 990), street, town, prov, pc,
                                                      r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"),
                                                      r.randint(1, 9))
            p.phone = "%s-555-01%02d" % (r.choice(["613", "343", "819"]), r.randint(0, 99))
        p.sin = C.make_sin(r)
        return p

    def qc(self, want_nam=True, child=False):
        """A Quebec patient; NAM holders are handed out once each, adults and children kept apart."""
        if want_nam:
            for i, h in enumerate(self.queue):
                if (C.age_at(h.dob, REF_DATE) < 18) == child:
                    self.queue.pop(i)
                    self.used_holders.append(h)
                    return self._finish(Patient(h.given, h.surname, h.sex, h.dob, "qc", nam=h.nam))
        sex = self.r.choice("FM")
        given = self.r.choice(C.PAT_FR_F if sex == "F" else C.PAT_FR_M)
        dob = self._dob(2008, 2019) if child else self._dob()
        return self._finish(Patient(given, self.r.choice(C.PAT_FR_SUR), sex, dob, "qc"))

    def on(self):
        sex = self.r.choice("FM")
        given = self.r.choice(C.PAT_EN_F if sex == "F" else C.PAT_EN_M)
        p = Patient(given, self.r.choice(C.PAT_EN_SUR), sex, self._dob(), "on")
        p.ohip = C.make_ohip(self.r)
        p.ohip_vc = self.r.choice(["", "AB", "KX", "HT", "ZR"])
        return self._finish(p)

    def en(self):
        sex = self.r.choice("FM")
        given = self.r.choice(C.PAT_EN_F if sex == "F" else C.PAT_EN_M)
        return self._finish(Patient(given, self.r.choice(C.PAT_EN_SUR), sex, self._dob(), "en"))

    def be(self):
        sex = self.r.choice("FM")
        given = self.r.choice(C.PAT_BE_F if sex == "F" else C.PAT_BE_M)
        p = Patient(given, self.r.choice(C.PAT_BE_SUR), sex, self._dob(1950, 2003), "be")
        p.niss = C.make_niss(self.r, p.dob, sex)
        return self._finish(p)

    def foreign(self):
        """Alternate Belgian and French patients."""
        self._foreign = getattr(self, "_foreign", 0) + 1
        return self.be() if self._foreign % 2 else self.fr()

    def fr(self):
        sex = self.r.choice("FM")
        given = self.r.choice(C.PAT_FRA_F if sex == "F" else C.PAT_FRA_M)
        p = Patient(given, self.r.choice(C.PAT_FRA_SUR), sex, self._dob(1948, 2002), "fr")
        p.nir = C.make_nir(self.r, p.dob, sex)
        return self._finish(p)


NAME_STYLES_FR = ["full", "title_full", "title_sur", "upper_first", "sur_first", "lower", "initial"]
NAME_STYLES_EN = ["full", "title_full", "title_sur", "upper_first", "sur_first", "lower", "initial"]


class Ctx:
    """Collects finding types and identifiers as a template renders them."""

    def __init__(self, r, lang, alloc):
        self.r = r
        self.lang = lang
        self.alloc = alloc
        self.types = set()
        self.ids = []      # (kind, value) of checksum identifiers placed in the message
        self.nams = []     # NAMs placed in the message
        self.seen = []     # (type, rendering) of other identifying renderings, for presence checks
        self.fw = False    # full-width digits used

    def rec(self, kind, value):
        self.seen.append((kind, value))
        return value

    def t(self, *types):
        self.types.update(types)

    def title(self, p):
        if self.lang == "fr":
            return "Mme" if p.sex == "F" else "M."
        return self.r.choice(["Ms.", "Mrs."]) if p.sex == "F" else "Mr."

    def name(self, p, style=None):
        return self.rec("patient_name", self._name(p, style))

    def _name(self, p, style=None):
        self.t("patient_name")
        if style is None:
            style = self.r.choice(NAME_STYLES_FR if self.lang == "fr" else NAME_STYLES_EN)
        g, s = p.given, p.surname
        if style == "full":
            return "%s %s" % (g, s)
        if style == "title_full":
            return "%s %s %s" % (self.title(p), g, s)
        if style == "title_sur":
            return "%s %s" % (self.title(p), s)
        if style == "upper_first":
            return "%s, %s" % (s.upper(), g)
        if style == "sur_first":
            return "%s %s" % (s, g) if self.r.random() < 0.5 else "%s, %s" % (s, g)
        if style == "lower":
            return ("%s %s" % (g, s)).lower()
        if style == "initial":
            return "%s. %s" % (g[0], s)
        if style == "given":
            return g
        if style == "upper":
            return "%s %s" % (s.upper(), g.upper())
        raise ValueError(style)

    def full_name(self, p):
        """A rendering that always carries given name and surname."""
        return self.name(p, self.r.choice(["full", "title_full", "upper_first", "sur_first", "lower", "upper"]))

    def dob(self, p, style=None):
        self.t("date_of_birth")
        if style is None:
            style = self.r.choice(C.DOB_FR if self.lang == "fr" else C.DOB_EN)
        if style == "fullwidth":
            self.fw = True
        return self.rec("date_of_birth", C.fmt_date(p.dob, style))

    def sex(self, p):
        return p.sex

    def nam(self, p, style=None):
        assert p.nam
        self.t("ramq_nam")
        self.nams.append(p.nam)
        style = style or self.r.choice(C.NAM_STYLES)
        if style == "fullwidth":
            self.fw = True
        return C.fmt_nam(p.nam, style)

    def _fw(self, style):
        if style == "fullwidth":
            self.fw = True

    def sin(self, p, style=None):
        self.t("ca_sin")
        self.ids.append(("ca_sin", p.sin))
        style = style or self.r.choice(["plain", "spaced", "spaced", "hyphen", "dotted", "fullwidth"])
        self._fw(style)
        return C.fmt_sin(p.sin, style)

    def ohip(self, p, style=None):
        self.t("ca_health_number")
        self.ids.append(("ca_health_number", p.ohip))
        style = style or self.r.choice(["plain", "spaced", "hyphen", "hyphen", "dotted", "fullwidth"])
        self._fw(style)
        return C.fmt_ohip(p.ohip, style, p.ohip_vc)

    def niss(self, p, style=None):
        self.t("be_niss")
        self.ids.append(("be_niss", p.niss))
        style = style or self.r.choice(["plain", "official", "official", "spaced", "slashed", "fullwidth"])
        self._fw(style)
        return C.fmt_niss(p.niss, style)

    def nir(self, p, style=None):
        self.t("fr_nir")
        self.ids.append(("fr_nir", p.nir))
        style = style or self.r.choice(["plain", "spaced", "spaced", "hyphen", "dotted", "fullwidth"])
        self._fw(style)
        return C.fmt_nir(p.nir, style)

    def mrn(self, p, style=None):
        self.t("mrn")
        style = style or self.r.choice(["plain", "H", "dash", "spaced", "zero", "slashed", "fullwidth"])
        self._fw(style)
        return self.rec("mrn", C.fmt_mrn(p.mrn, style))

    def phone(self, p):
        self.t("patient_contact")
        return self.rec("patient_contact", p.phone)

    def address(self, p):
        self.t("patient_contact")
        return self.rec("patient_contact", p.address)

    def ident_line(self, p, with_mrn=None):
        """Full identity: name + birth date + sex + NAM (when the patient has one)."""
        r = self.r
        fr = self.lang == "fr"
        nm = self.full_name(p)
        parts = [nm]
        if fr:
            parts.append(r.choice(["DDN", "Date de naissance :", "né(e) le", "DN"]) + " " + self.dob(p))
            parts.append(r.choice(["Sexe : %s", "sexe %s", "(%s)", "%s"]) % p.sex)
        else:
            parts.append(r.choice(["DOB", "DOB:", "born", "D.O.B."]) + " " + self.dob(p))
            parts.append(r.choice(["Sex: %s", "sex %s", "(%s)", "%s"]) % p.sex)
        if p.nam:
            parts.append(r.choice(["NAM", "NAM :", "RAMQ", "No RAMQ", "Carte RAMQ"] if fr else
                                  ["RAMQ", "RAMQ #", "Medicare (QC)", "NAM"]) + " " + self.nam(p))
        sep = r.choice([" — ", ", ", " | ", " / ", "  "])
        if with_mrn or (with_mrn is None and r.random() < 0.4):
            parts.append((r.choice(["dossier", "no dossier", "# dossier"]) if fr else r.choice(["MRN", "chart", "Chart #"]))
                         + " " + self.mrn(p))
        return sep.join(parts)

    def ident_fields(self, p, with_mrn=True):
        """Labelled fields (list of (label, value)) for a form or a PDF/DOCX."""
        fr = self.lang == "fr"
        out = [("Nom" if fr else "Surname", p.surname.upper() if self.r.random() < 0.5 else p.surname),
               ("Prénom" if fr else "Given name", p.given)]
        self.t("patient_name")
        self.rec("patient_name", p.surname)
        out.append(("Date de naissance" if fr else "Date of birth", self.dob(p)))
        out.append(("Sexe" if fr else "Sex", p.sex))
        if p.nam:
            out.append(("NAM (RAMQ)" if fr else "RAMQ number", self.nam(p, self.r.choice(["plain", "spaced", "hyphen"]))))
        if with_mrn:
            out.append(("No de dossier" if fr else "Chart number", self.mrn(p, self.r.choice(["plain", "H", "dash", "zero"]))))
        return out
