"""Seeded context, NAM holders, identifier generation and disguise, patient records, dates."""
import os
import datetime as dt
import random

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

import gen_data as D

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def load_nams():
    holders = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            holders.append(dict(surname=sur, given=giv, dob=dt.date.fromisoformat(dob),
                                sex=sex, nam=nam))
    return holders


# ------------------------------------------------------------ formatting
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": f"{a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "dash": f"{a}-{b}-{c}",
        "slash": f"{a}/{b}/{c}",
        "lower": nam.lower(),
        "wide": fullwidth(f"{a} {b} {c}"),
        "odd": f"{a} {nam[4:6]} {nam[6:10]} {nam[10:]}",
    }[style]


def fmt_digits(d, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    return sep.join(out)


def fmt_sin(s, style):
    return {"plain": s, "space": fmt_digits(s, (3, 3, 3), " "), "dash": fmt_digits(s, (3, 3, 3), "-"),
            "dot": fmt_digits(s, (3, 3, 3), "."), "wide": fullwidth(fmt_digits(s, (3, 3, 3), " "))}[style]


def fmt_ohn(s, vc, style):
    base = {"plain": s, "space": fmt_digits(s, (4, 3, 3), " "), "dash": fmt_digits(s, (4, 3, 3), "-"),
            "wide": fullwidth(fmt_digits(s, (4, 3, 3), " "))}[style]
    return f"{base} {vc}" if vc else base


def fmt_niss(s, style):
    return {"plain": s, "be": be_nn.format(s), "space": fmt_digits(s, (6, 3, 2), " "),
            "dot": fmt_digits(s, (2, 2, 2, 3, 2), ".")}[style]


def fmt_nir(s, style):
    return {"plain": s, "space": fmt_digits(s, (1, 2, 2, 2, 3, 3, 2), " "),
            "dot": fmt_digits(s, (1, 2, 2, 2, 3, 3, 2), "."), "wide": fullwidth(fmt_digits(s, (1, 2, 2, 2, 3, 3, 2), " "))}[style]


def fmt_date(d, style, lang="fr"):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        if lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "short_en":
        return f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


DATE_STYLES = ["iso", "dmy", "ymd_slash", "dmy_dash", "long", "short_en", "compact"]


def fmt_day(d, lang):
    """appointment-style date: 'jeudi 13 mars' / 'Thursday, March 13'."""
    if lang == "fr":
        return f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]}"
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


SEX_TOKENS = {
    "fr": {"F": ["Sexe : F", "sexe F", "(F)", "Sexe: F", "féminin"],
           "M": ["Sexe : M", "sexe M", "(M)", "Sexe: M", "masculin"]},
    "en": {"F": ["Sex: F", "sex F", "(F)", "Sex : F", "female"],
           "M": ["Sex: M", "sex M", "(M)", "Sex : M", "male"]},
}


# ------------------------------------------------------------ context
class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.holders = load_nams()
        self.used_holders = set()
        self.used_names = set()
        self.msgid_n = 0
        self.base = dt.datetime(2024, 10, 1, 8, 0)

    # -- random helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def hexid(self, n=12):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def when(self):
        """A weekday timestamp between 2024-10-01 and 2025-06-27 (local, with tz)."""
        while True:
            d = self.base + dt.timedelta(days=self.rng.randrange(0, 270),
                                         minutes=self.rng.randrange(0, 11 * 60))
            if d.weekday() < 5 or self.chance(0.1):
                break
        # Eastern time; DST roughly from 9 March to 2 November
        dst = dt.datetime(2025, 3, 9) <= d < dt.datetime(2025, 11, 2) or d < dt.datetime(2024, 11, 3)
        tz = dt.timezone(dt.timedelta(hours=-4 if dst else -5))
        return d.replace(tzinfo=tz)

    def future_day(self, ref, lo=2, hi=30):
        d = (ref + dt.timedelta(days=self.rng.randrange(lo, hi))).date()
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    def phone(self, area=None):
        area = area or self.pick(["819", "873", "450", "514"])
        return f"{area} 555-01{self.rng.randrange(0, 100):02d}"

    def phone_fmt(self, area=None):
        n = self.phone(area)
        a, rest = n.split(" ")
        return self.pick([f"({a}) {rest}", f"{a}-{rest}", f"{a} {rest}", f"{a}.{rest.replace('-', '.')}",
                          f"+1 {a} {rest}"])

    def mrn(self):
        n = self.rng.randrange(100000, 9999999)
        return self.pick([f"{n:07d}", f"H-{n:07d}", f"{n // 1000:04d} {n % 1000:03d}", f"B{n:07d}",
                          f"{n:07d}"[:2] + "-" + f"{n:07d}"[2:]])

    def postal(self, fsa):
        L = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{fsa} {self.rng.randrange(1, 10)}{self.pick(L)}{self.rng.randrange(0, 10)}"

    def address_qc(self):
        town, fsa = self.pick(D.TOWNS_QC)
        apt = self.pick(["", "", f", app. {self.rng.randrange(1, 12)}"])
        return f"{self.rng.randrange(12, 3900)}, {self.pick(D.STREETS_FR)}{apt}, {town} (Québec) {self.postal(fsa)}"

    def address_on(self):
        town, fsa = self.pick(D.TOWNS_ON)
        return f"{self.rng.randrange(12, 2900)} {self.pick(D.STREETS_EN)}, {town} ON {self.postal(fsa)}"

    def msgid(self, domain):
        self.msgid_n += 1
        return f"<{self.hexid(8)}.{self.msgid_n:04d}.{self.hexid(6)}@{domain}>"

    # -- identifiers
    def new_sin(self):
        while True:
            first = self.pick("1234567")
            body = first + "".join(str(self.rng.randrange(10)) for _ in range(7))
            s = body + luhn.calc_check_digit(body)
            if ca_sin.is_valid(s):
                return s

    def new_ohn(self):
        while True:
            body = str(self.rng.randrange(1, 10)) + "".join(str(self.rng.randrange(10)) for _ in range(8))
            s = body + luhn.calc_check_digit(body)
            if luhn.is_valid(s):
                return s, self.pick(["", "", "AB", "KT", "XY", "LM"])

    def new_niss(self, dob, sex):
        while True:
            serial = self.rng.randrange(1, 998)
            if (serial % 2 == 1) != (sex == "M"):
                continue
            first = dob.strftime("%y%m%d") + f"{serial:03d}"
            num = int(("2" + first) if dob.year >= 2000 else first)
            s = first + f"{97 - num % 97:02d}"
            if be_nn.is_valid(s):
                return s

    def new_nir(self, dob, sex):
        while True:
            dep = self.pick(["69", "38", "42", "01", "75", "13"])
            com = f"{self.rng.randrange(1, 400):03d}"
            order = f"{self.rng.randrange(1, 999):03d}"
            first = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dep + com + order
            s = first + fr_nir.calc_check_digits(first)
            if fr_nir.is_valid(s):
                return s

    # -- people
    def take_holder(self, pred):
        cands = [h for h in self.holders if h["nam"] not in self.used_holders and pred(h)]
        if not cands:
            return None
        h = self.pick(cands)
        self.used_holders.add(h["nam"])
        return h

    def dob_for(self, kind):
        if kind in ("prenatal", "partner"):
            y = self.rng.randrange(1980, 2004)
        elif kind == "child":
            y = self.rng.randrange(2012, 2024)
        elif kind == "newborn":
            return dt.date(2024, 9, 1) + dt.timedelta(days=self.rng.randrange(0, 270))
        elif kind == "senior":
            y = self.rng.randrange(1940, 1965)
        else:
            y = self.rng.randrange(1960, 2000)
        return dt.date(y, self.rng.randrange(1, 13), self.rng.randrange(1, 29))

    def patient(self, lang, kind="adult", sex=None, origin="qc", nam=None):
        """Build a patient. nam=True forces trying a NAM holder, None lets chance decide."""
        sex = sex or ("F" if kind == "prenatal" else self.pick("FM"))
        want_nam = (self.chance(0.8) if nam is None else nam) and origin == "qc"
        p = None
        if want_nam:
            ref = dt.date(2025, 1, 1)

            def age(h):
                return (ref - h["dob"]).days / 365.25

            preds = {
                "prenatal": lambda h: h["sex"] == "F" and 17 <= age(h) <= 44,
                "child": lambda h: 4 <= age(h) <= 15,
                "newborn": lambda h: age(h) < 8,
                "senior": lambda h: age(h) >= 60 and h["sex"] == sex,
                "adult": lambda h: 20 <= age(h) <= 70 and h["sex"] == sex,
                "partner": lambda h: 18 <= age(h) <= 50 and h["sex"] == sex,
            }
            h = self.take_holder(preds[kind])
            if h:
                p = dict(surname=h["surname"], given=h["given"], sex=h["sex"], dob=h["dob"],
                         nam=h["nam"], holder=True)
        if p is None:
            for _ in range(100):
                if origin == "be":
                    sur, giv = self.pick(D.PAT_SUR_BE), self.pick(D.PAT_GIV_BE_F)
                    sex = "F"
                elif origin == "fra":
                    sur = self.pick(D.PAT_SUR_FRA)
                    giv = self.pick(D.PAT_GIV_FRA_F if sex == "F" else D.PAT_GIV_FRA_M)
                elif lang == "fr" or origin == "qc" and self.chance(0.3):
                    sur = self.pick(D.PAT_SUR_FR)
                    pool = (D.PAT_GIV_FR_CHILD if kind in ("child", "newborn")
                            else D.PAT_GIV_FR_F if sex == "F" else D.PAT_GIV_FR_M)
                    giv = self.pick(pool)
                else:
                    sur = self.pick(D.PAT_SUR_EN)
                    pool = (D.PAT_GIV_EN_CHILD if kind in ("child", "newborn")
                            else D.PAT_GIV_EN_F if sex == "F" else D.PAT_GIV_EN_M)
                    giv = self.pick(pool)
                if (sur, giv) not in self.used_names:
                    break
            self.used_names.add((sur, giv))
            p = dict(surname=sur, given=giv, sex=sex, dob=self.dob_for(kind), nam=None, holder=False)
        p["kind"] = kind
        p["origin"] = origin
        p["mrn"] = self.mrn()
        if origin == "on":
            p["address"] = self.address_on()
            p["phone"] = self.phone_fmt(self.pick(["613", "343"]))
            p["ohn"], p["ohn_vc"] = self.new_ohn()
        else:
            p["address"] = self.address_qc()
            p["phone"] = self.phone_fmt()
        if origin == "be":
            p["niss"] = self.new_niss(p["dob"], p["sex"])
        if origin == "fra":
            p["nir"] = self.new_nir(p["dob"], p["sex"])
        p["sin"] = self.new_sin()
        return p


# ------------------------------------------------------------ name forms
def name_form(ctx, p, style=None, lang="fr"):
    """Return a way of writing the patient's name. Full forms keep given + surname."""
    s, g = p["surname"], p["given"]
    style = style or ctx.pick(["full", "sur_first", "upper_sur", "title", "lower", "initials"])
    if style == "full":
        return f"{g} {s}"
    if style == "sur_first":
        return f"{s}, {g}"
    if style == "upper_sur":
        return f"{s.upper()}, {g}"
    if style == "upper_sur2":
        return f"{s.upper()} {g}"
    if style == "title":
        if lang == "fr":
            t = "Mme" if p["sex"] == "F" else "M."
        else:
            t = "Ms." if p["sex"] == "F" else "Mr."
        return f"{t} {g} {s}"
    if style == "title_sur":
        if lang == "fr":
            t = "Mme" if p["sex"] == "F" else "M."
        else:
            t = ctx.pick(["Ms.", "Mrs."]) if p["sex"] == "F" else "Mr."
        return f"{t} {s}"
    if style == "lower":
        return f"{g} {s}".lower()
    if style == "initials":
        parts = g.replace("-", " -").split()
        ini = "".join(x[0] + "." if not x.startswith("-") else "-" + x[1] + "." for x in parts)
        return f"{ini} {s}"
    raise ValueError(style)


FULL_STYLES = ["full", "sur_first", "upper_sur", "upper_sur2", "title", "lower"]
