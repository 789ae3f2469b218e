"""Patient helper: one identity, many ways of writing it."""
from gen_common import fmt_date, fmt_nam, strip_accents


class Person:
    def __init__(self, given, surname, sex, dob, nam=None, rec=None):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.nam = nam
        self.rec = rec

    @classmethod
    def from_rec(cls, rec):
        return cls(rec["given"], rec["surname"], rec["sex"], rec["dob"], rec["nam"], rec)

    @classmethod
    def invented(cls, g, kind="child", sex=None, lo=None, hi=None):
        p = g.patient(sex)
        if kind == "child":
            dob = g.dob_child(lo or 2010, hi or 2019)
        elif kind == "baby":
            dob = g.date(2025, 1, 6)
        elif kind == "teen":
            dob = g.dob_child(lo or 2007, hi or 2011)
        else:
            dob = g.dob_adult(lo or 1986, hi or 2003)
        return cls(p["given"], p["surname"], p["sex"], dob)

    # --- renderings
    def full(self):
        return f"{self.given} {self.surname}"

    def sur_first(self, upper=True):
        return f"{self.surname.upper() if upper else self.surname}, {self.given}"

    def lower(self):
        return self.full().lower()

    def initials(self):
        parts = self.given.replace("-", " -").split(" ")
        ini = "".join((p[0] if not p.startswith("-") else "-" + p[1]) + "." for p in parts if p)
        return f"{ini} {self.surname}"

    def titled(self, lang):
        if lang == "fr":
            return ("Mme " if self.sex == "F" else "M. ") + self.surname
        return ("Ms. " if self.sex == "F" else "Mr. ") + self.surname

    def titled_full(self, lang):
        if lang == "fr":
            return ("Mme " if self.sex == "F" else "M. ") + self.full()
        return ("Ms. " if self.sex == "F" else "Mr. ") + self.full()

    def name(self, style, lang="fr"):
        return {"full": self.full, "sur_first": self.sur_first,
                "sur_first_plain": lambda: self.sur_first(False), "lower": self.lower,
                "initials": self.initials, "given": lambda: self.given,
                "titled": lambda: self.titled(lang), "titled_full": lambda: self.titled_full(lang),
                "ascii": lambda: strip_accents(self.full()),
                "upper": lambda: self.full().upper()}[style]()

    def dob_s(self, style):
        return fmt_date(self.dob, style)

    def nam_s(self, style):
        return fmt_nam(self.nam, style)

    def sex_s(self, lang):
        if lang == "fr":
            return self.sex
        return self.sex

    def age(self, ref):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))

    def il(self, lang):
        """Pronoun for notes."""
        if lang == "fr":
            return "elle" if self.sex == "F" else "il"
        return "she" if self.sex == "F" else "he"

    def ident_block(self, lang, g, nam_style=None, dob_style=None, sep="\n"):
        """Labelled identity lines; always includes name, DOB, sex and NAM when there is one."""
        dob_style = dob_style or g.choice(["iso", "iso", "dmy", "fr_long" if lang == "fr" else "en_long"])
        nam_style = nam_style or g.choice(["plain", "space", "plain", "dot", "dash", "slash", "fw",
                                           "space_fw", "lower"])
        nm = g.choice(["sur_first", "full", "sur_first_plain"])
        if lang == "fr":
            lines = [f"Nom : {self.name(nm)}", f"Date de naissance : {self.dob_s(dob_style)}",
                     f"Sexe : {self.sex}"]
            if self.nam:
                lines.append(f"NAM : {self.nam_s(nam_style)}")
        else:
            lines = [f"Name: {self.name(nm)}", f"DOB: {self.dob_s(dob_style)}", f"Sex: {self.sex}"]
            if self.nam:
                lines.append(f"RAMQ: {self.nam_s(nam_style)}")
        return sep.join(lines)
