"""Allocation of patients (NAM holders and invented people) and name rendering."""
import datetime

import gen_common as G


class Ctx:
    """Per-run state: the random generator and who has been used already."""

    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = holders
        self.hold_use = {h.nam: 0 for h in holders}
        self.used_names = set()
        self.mid = 0

    # ------------------------------------------------------------ NAM holders
    def holder(self, lo=0, hi=120):
        cands = [h for h in self.holders if lo <= h.age() <= hi]
        least = min(self.hold_use[h.nam] for h in cands)
        pool = [h for h in cands if self.hold_use[h.nam] == least]
        h = self.rng.choice(pool)
        self.hold_use[h.nam] += 1
        self._fill(h, "qc")
        return h

    # ------------------------------------------------------------ invented patients
    def patient(self, origin="qc", lo=18, hi=90, sex=None, lang="fr"):
        rng = self.rng
        sex = sex or rng.choice("FM")
        young = hi <= 17
        for _ in range(1000):
            if origin == "be":
                sur = rng.choice(G.PATIENT_SURNAMES_BE)
            elif origin == "france":
                sur = rng.choice(G.PATIENT_SURNAMES_FRANCE)
            elif origin == "on" or lang == "en":
                sur = rng.choice(G.PATIENT_SURNAMES_EN if rng.random() < 0.8 else G.PATIENT_SURNAMES_FR)
            else:
                sur = rng.choice(G.PATIENT_SURNAMES_FR if rng.random() < 0.85 else G.PATIENT_SURNAMES_EN)
            en = sur in G.PATIENT_SURNAMES_EN
            if young:
                pool = {("F", True): G.YOUNG_EN_F, ("F", False): G.YOUNG_FR_F,
                        ("M", True): G.YOUNG_EN_M, ("M", False): G.YOUNG_FR_M}[(sex, en)]
            elif sex == "F":
                pool = G.GIVEN_EN_F if en else G.GIVEN_FR_F
            else:
                pool = G.GIVEN_EN_M if en else G.GIVEN_FR_M
            giv = rng.choice(pool)
            if (giv, sur) not in self.used_names:
                break
        self.used_names.add((giv, sur))
        age = rng.randint(lo, hi)
        y = 2025 - age - (1 if rng.random() < 0.4 else 0)
        dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        p = G.Person(sur, giv, dob, sex)
        self._fill(p, origin)
        return p

    def _fill(self, p, origin):
        rng = self.rng
        if p.mrn is None:
            p.mrn = G.make_mrn(rng)
        if p.phone is None:
            p.phone = G.phone(rng, "613" if origin == "on" else None)
        if p.street is None:
            if origin == "on":
                p.street = f"{rng.randrange(12, 980)} {rng.choice(G.STREETS_EN)}"
                p.city, p.postal = rng.choice(G.TOWNS_ON)
            else:
                p.street = f"{rng.randrange(12, 2980)}, {rng.choice(G.STREETS)}"
                p.city, p.postal = rng.choice(G.TOWNS)
        if origin == "on" and p.ohn is None:
            p.ohn = G.make_ohn(rng)
            p.ohn_vc = rng.choice(["", "AB", "KT", "MX", "RD"]) or None
        if origin == "be" and p.niss is None:
            p.niss = G.make_niss(rng, p.dob, p.sex)
        if origin == "france" and p.nir is None:
            p.nir = G.make_nir(rng, p.dob, p.sex)

    def sin_for(self, p):
        if p.sin is None:
            p.sin = G.make_sin(self.rng)
        return p.sin

    def ohn_for(self, p):
        if p.ohn is None:
            p.ohn = G.make_ohn(self.rng)
            p.ohn_vc = self.rng.choice(["", "AB", "KT"]) or None
        return p.ohn

    def msgid(self, domain=G.DOMAIN):
        self.mid += 1
        h = "".join(self.rng.choice("0123456789ABCDEF") for _ in range(16))
        return f"<{h}.{self.mid:04d}@{domain}>"


TITLE = {("fr", "F"): "Mme", ("fr", "M"): "M.", ("en", "F"): "Ms.", ("en", "M"): "Mr."}


def nm(p, style, lang="fr"):
    """Render a patient's name in one of many styles."""
    t = TITLE[(lang, p.sex)]
    if style == "full":
        return f"{p.given} {p.surname}"
    if style == "title":
        return f"{t} {p.given} {p.surname}"
    if style == "title_sur":
        return f"{t} {p.surname}"
    if style == "upper_comma":
        return f"{p.surname.upper()}, {p.given}"
    if style == "comma":
        return f"{p.surname}, {p.given}"
    if style == "lower":
        return f"{p.given.lower()} {p.surname.lower()}"
    if style == "initial":
        return f"{p.given[0]}. {p.surname}"
    if style == "sur_given":
        return f"{p.surname} {p.given}"
    if style == "upper_sur":
        return f"{p.surname.upper()} {p.given}"
    if style == "given":
        return p.given
    if style == "initials":
        return f"{p.given[0]}.{p.surname[0]}."
    raise ValueError(style)


FULL_STYLES = ["full", "title", "upper_comma", "comma", "lower", "sur_given", "upper_sur"]
ANY_STYLES = FULL_STYLES + ["initial", "title_sur"]


def sex_word(p, lang, style=0):
    if lang == "fr":
        return [p.sex, "féminin" if p.sex == "F" else "masculin"][style % 2]
    return [p.sex, "female" if p.sex == "F" else "male"][style % 2]
