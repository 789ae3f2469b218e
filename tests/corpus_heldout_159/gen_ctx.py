"""Per-message context handed to every template: randomness, people, identifiers
and the bookkeeping of finding types and facts used by the verifier."""
import datetime as _dt

import gen_common as C


class Registry:
    """State shared by all messages of one run."""

    def __init__(self, rng, holders):
        self.holders = list(holders)
        self.use = {h.nam: 0 for h in self.holders}
        self.used_names = set((h.given, h.surname) for h in self.holders)
        self.rng = rng


class Result:
    def __init__(self, mail, category, note, types, facts, lang):
        self.mail = mail
        self.category = category
        self.note = note
        self.types = sorted(types)
        self.facts = facts
        self.lang = lang


class Ctx:
    def __init__(self, rng, reg, day, lang, positive):
        self.rng = rng
        self.reg = reg
        self.day = day
        self.lang = lang
        self.positive = positive
        self.types = set()
        self.facts = {"nam": [], "sin": [], "ohn": [], "niss": [], "nir": [], "mrn": [], "names": [],
                      "dobs": [], "contact": []}

    # ---- randomness -------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def when(self, hour=None, minute=None, day=None):
        d = day or self.day
        h = hour if hour is not None else self.rng.choice([7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21])
        m = minute if minute is not None else self.rng.randint(0, 59)
        return _dt.datetime(d.year, d.month, d.day, h, m, self.rng.randint(0, 59), tzinfo=C.tz_for(d))

    def later(self, lo=2, hi=30):
        d = self.day + _dt.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += _dt.timedelta(days=1)
        return d

    def earlier(self, lo=2, hi=40):
        d = self.day - _dt.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d -= _dt.timedelta(days=1)
        return d

    def slot(self):
        return self.pick(["8 h 30", "9 h", "9 h 45", "10 h 30", "13 h", "13 h 30", "14 h 15", "15 h"]) \
            if self.lang == "fr" else self.pick(["8:30 a.m.", "9:00 a.m.", "9:45 a.m.", "10:30 a.m.", "1:00 p.m.", "1:30 p.m.", "2:15 p.m.", "3:00 p.m."])

    # ---- types ------------------------------------------------------------
    def t(self, *types):
        for x in types:
            self.types.add(x)

    # ---- people -----------------------------------------------------------
    def kid(self, ages=(2, 12), holder=None):
        if holder is None:
            holder = self.positive and self.chance(0.35)
        if holder:
            h = self._holder(ages)
            if h is not None:
                return C.make_patient(self.rng, self.reg.used_names, holder=h)
        lo = self.day.year - ages[1] - 1
        hi = min(self.day.year - ages[0], 2025)
        p = C.make_patient(self.rng, self.reg.used_names, min_year=max(lo, 2005), max_year=max(hi, lo + 1))
        return p

    def _holder(self, ages, sex=None):
        cands = []
        for h in self.reg.holders:
            if sex and h.sex != sex:
                continue
            a = self.day.year - h.dob.year - ((self.day.month, self.day.day) < (h.dob.month, h.dob.day))
            if ages[0] <= a <= ages[1]:
                cands.append(h)
        if not cands:
            return None
        low = min(self.reg.use[h.nam] for h in cands)
        cands = [h for h in cands if self.reg.use[h.nam] == low]
        h = self.rng.choice(cands)
        self.reg.use[h.nam] += 1
        return h

    def adult_holder(self, ages=(25, 50), sex=None):
        h = self._holder(ages, sex)
        return C.make_patient(self.rng, self.reg.used_names, holder=h)

    def name(self, p, style="full"):
        self.t("patient_name")
        self.facts["names"].append([p.given, p.surname])
        g, s = p.given, p.surname
        return {
            "full": "%s %s" % (g, s),
            "sf": "%s, %s" % (s, g),
            "SF": "%s, %s" % (s.upper(), g),
            "sfn": "%s %s" % (s, g),
            "SFN": "%s %s" % (s.upper(), g),
            "lower": ("%s %s" % (g, s)).lower(),
            "init": "%s. %s" % (g[0], s),
            "upper": ("%s %s" % (g, s)).upper(),
            "surname": s,
        }[style]

    def rname(self, p, choices=("full", "full", "sf", "SF", "sfn", "lower", "init")):
        return self.name(p, self.pick(choices))

    def nam(self, p, style=None):
        assert p.nam, "NAM requested for a non-holder"
        self.t("ramq_nam")
        self.facts["nam"].append([p.nam, p.given, p.surname, p.dob.isoformat(), p.sex])
        style = style or self.pick(["plain", "plain", "space", "space", "dot", "hyph", "slash", "fw", "lower"])
        return C.fmt_nam(p.nam, style)

    def dob(self, p, style=None):
        self.t("date_of_birth")
        style = style or self.pick(["iso", "iso", "slash", "long", "abbr", "dash"] if self.lang == "fr"
                                   else ["iso", "iso", "long", "abbr", "slash", "compact"])
        s = C.fdate(p.dob, style, self.lang)
        self.facts["dobs"].append([p.dob.isoformat(), s])
        return s

    def mrn(self, p, style=None, hosp=False):
        self.t("mrn")
        if hosp:
            style = style or self.pick(["plain", "space", "dot", "fw", "slash"])
            raw = p.hosp_mrn
            s = {"plain": raw, "space": raw[:3] + " " + raw[3:], "dot": raw[:2] + "." + raw[2:5] + "." + raw[5:],
                 "fw": C.fullwidth(raw), "slash": raw[:3] + "/" + raw[3:]}[style]
        else:
            style = style or self.pick(["plain", "plain", "space", "dot", "nopre", "fw", "slash"])
            raw = p.mrn
            s = C.fmt_mrn(raw, style)
        self.facts["mrn"].append(raw)
        return s

    def sin(self, style=None):
        self.t("ca_sin")
        v = C.gen_sin(self.rng)
        self.facts["sin"].append(v)
        return C.fmt_sin(v, style or self.pick(["space", "hyph", "plain", "space"]))

    def ohn(self, style=None):
        self.t("ca_health_number")
        v, vc = C.gen_ohn(self.rng)
        self.facts["ohn"].append(v)
        return C.fmt_ohn(v, vc, style or self.pick(["space", "hyph", "plain"]))

    def niss(self, p, style=None):
        self.t("be_niss")
        v = C.gen_niss(self.rng, p.dob, p.sex)
        self.facts["niss"].append(v)
        return C.fmt_niss(v, style or self.pick(["std", "std", "plain", "space"]))

    def nir(self, p, style=None, sex=None, dob=None):
        self.t("fr_nir")
        v = C.gen_nir(self.rng, dob or p.dob, sex or p.sex)
        self.facts["nir"].append(v)
        return C.fmt_nir(v, style or self.pick(["space", "space", "plain", "key"]))

    def phone(self, p):
        self.t("patient_contact")
        self.facts["contact"].append(p.phone)
        return p.phone

    def address(self, p):
        self.t("patient_contact")
        self.facts["contact"].append(p.address)
        return p.address

    def age(self, p):
        return C.age_str(p, self.day, self.lang)

    def result(self, mail, category, note):
        if self.positive:
            assert self.types, category
        return Result(mail, category, note, self.types, self.facts, self.lang)


def staff(key):
    return (C.staff_name(key), C.staff_addr(key))


def ext(key):
    e = C.EXTERNAL[key]
    return (e[0] if not e[0].startswith("Dr") else e[0], e[4])
