"""Generation context shared by the template modules."""
import datetime as dt
import re

import gen_common as G


class Ctx:
    def __init__(self, rng, holders):
        self.rng = rng
        self.used = set()
        self.holders = list(holders)
        rng.shuffle(self.holders)
        self.nam_used = []

    # patients (adults unless a template asks for another birth-year range)
    @staticmethod
    def _adult(kw):
        if "min_year" not in kw and "max_year" not in kw:
            kw = dict(kw, min_year=1930, max_year=2005)
        return kw

    def be(self, **kw):
        return G.new_patient(self.rng, "BE", self.used, **self._adult(kw))

    def fr(self, **kw):
        return G.new_patient(self.rng, "FR", self.used, **self._adult(kw))

    def qc(self, **kw):
        return G.new_patient(self.rng, "QC", self.used, **self._adult(kw))

    def on(self, **kw):
        return G.new_patient(self.rng, "ON", self.used, **self._adult(kw))

    def nam(self, adult=False):
        for i, h in enumerate(self.holders):
            if not adult or h.dob.year <= 2006:
                self.holders.pop(i)
                self.nam_used.append(h)
                return G.nam_patient(h, self.rng)
        raise RuntimeError("NAM list exhausted")

    def any_patient(self, origins="BBBFFQ"):
        o = self.rng.choice(origins)
        return {"B": self.be, "F": self.fr, "Q": self.qc, "O": self.on}[o]()

    # time
    def when(self):
        r = self.rng
        d = dt.date(2025, 1, 6) + dt.timedelta(days=r.randrange(0, 320))
        return dt.datetime(d.year, d.month, d.day, r.randrange(7, 20), r.randrange(60), r.randrange(60))

    def later(self, base, lo=1, hi=30):
        return (base + dt.timedelta(days=self.rng.randrange(lo, hi))).date()

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


class Types:
    def __init__(self):
        self.s = set()
        self.ids = []

    def add(self, *ts):
        self.s.update(ts)

    def idn(self, t, v):
        self.s.add(t)
        self.ids.append((t, v))

    def out(self):
        return sorted(self.s)


def id_line(p, lang, style=None, rng=None, label=True):
    """Render the patient's main identifier; returns (text, type, value)."""
    st = style if style is not None else (rng.randrange(6) if rng else 0)
    if p.nam:
        lab = "NAM" if lang == "fr" else rng.choice(["RAMQ", "NAM", "Medicare (RAMQ)"]) if rng else "RAMQ"
        return (f"{lab} : " if lang == "fr" else f"{lab}: ") * label + G.fmt_nam(p.nam, st), "ramq_nam", p.nam
    if p.niss:
        lab = rng.choice(["NISS", "N° NISS", "n° registre national", "INSS"]) if rng and lang == "fr" else "NISS"
        return (f"{lab} : " if lang == "fr" else f"{lab}: ") * label + G.fmt_niss(p.niss, st), "be_niss", p.niss
    if p.nir:
        lab = rng.choice(["NIR", "N° sécu", "N° SS", "NIR (INSEE)"]) if rng and lang == "fr" else "NIR"
        return (f"{lab} : " if lang == "fr" else f"{lab}: ") * label + G.fmt_nir(p.nir, st), "fr_nir", p.nir
    if p.ohn:
        return ("Ontario health card: " if lang == "en" else "carte santé Ontario : ") * label + G.fmt_ohn(p.ohn, st), "ca_health_number", p.ohn
    lab = "dossier" if lang == "fr" else "MRN"
    return f"{lab} {p.mrn}", "mrn", p.mrn


def gx(text, sex):
    """Resolve French inclusive forms for one patient: patient(e), il/elle, le/la."""
    if not sex or not text:
        return text
    f = sex == "F"
    text = re.sub(r"(\w+)\(e\)", lambda m: m.group(1) + ("e" if f else ""), text)
    for a, fem, mas in (("il/elle", "elle", "il"), ("Il/elle", "Elle", "Il"), ("le/la", "la", "le"), ("Le/la", "La", "Le")):
        text = text.replace(a, fem if f else mas)
    return text
