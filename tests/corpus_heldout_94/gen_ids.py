"""Identifiers, people and formatting helpers (all deterministic from an rng)."""
import datetime as dt

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

import gen_data as D

FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


# ------------------------------------------------------------------ numbers
def make_sin(rng, first=None):
    while True:
        head = str(first if first is not None else rng.choice([1, 2, 3, 4, 5, 6, 7, 9]))
        body = head + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(rng, num):
    return rng.choice([
        f"{num[:3]} {num[3:6]} {num[6:]}", f"{num[:3]}-{num[3:6]}-{num[6:]}", num,
        f"{num[:3]}.{num[3:6]}.{num[6:]}"])


def make_ohip(rng):
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice(["", "AB", "KT", "XM", "HP", "RC"])
            return num, vc


def fmt_ohip(rng, num, vc):
    base = rng.choice([f"{num[:4]}-{num[4:7]}-{num[7:]}", f"{num[:4]} {num[4:7]} {num[7:]}", num])
    if vc:
        base += rng.choice([f" {vc}", f"-{vc}", f" ({vc})"])
    return base


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        body = dob.strftime("%y%m%d") + f"{serial:03d}"
        n = int(("2" + body) if dob.year >= 2000 else body)
        chk = 97 - n % 97
        num = body + f"{chk:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(rng, num):
    return rng.choice([f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}",
                       f"{num[:6]} {num[6:9]} {num[9:]}", num,
                       f"{num[:2]}{num[2:4]}{num[4:6]}-{num[6:9]}-{num[9:]}"])


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "31", "44", "35", "67", "2A", "93"])
        commune = f"{rng.randrange(1, 990):03d}"
        order = f"{rng.randrange(1, 999):03d}"
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
        n = int(body.replace("2A", "19").replace("2B", "18"))
        key = 97 - n % 97
        num = body + f"{key:02d}"
        if fr_nir.is_valid(num):
            return num


def fmt_nir(rng, num):
    parts = [num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:]]
    return rng.choice([" ".join(parts), num, " ".join(parts[:-1]) + " - " + parts[-1],
                       ".".join(parts)])


def make_mrn(rng, style=None):
    style = style or rng.choice(["H7", "N8", "dash", "plain6"])
    if style == "H7":
        return "H" + "".join(str(rng.randrange(10)) for _ in range(7))
    if style == "N8":
        return "".join(str(rng.randrange(10)) for _ in range(8))
    if style == "dash":
        return f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(100, 999)}"
    return "RS" + "".join(str(rng.randrange(10)) for _ in range(6))


def disguise_nam(rng, nam, allow_fancy=True):
    s = nam
    opts = ["plain", "plain", "space4", "space_all", "dots", "lower", "slash", "dash"]
    if allow_fancy:
        opts += ["fullwidth", "mixed_space"]
    st = rng.choice(opts)
    if st == "space4":
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if st == "space_all":
        return " ".join(s[:4]) + " " + " ".join(s[4:])
    if st == "dots":
        return f"{s[:4]}.{s[4:8]}.{s[8:]}"
    if st == "lower":
        return s.lower()
    if st == "slash":
        return f"{s[:4]}/{s[4:8]}/{s[8:]}"
    if st == "dash":
        return f"{s[:4]}-{s[4:6]}{s[6:8]}-{s[8:]}"
    if st == "fullwidth":
        return s[:4] + "".join(FULLWIDTH.get(c, c) for c in s[4:])
    if st == "mixed_space":
        return f"{s[:4]}  {s[4:6]} {s[6:8]}  {s[8:]}"
    return s


# ------------------------------------------------------------------ dates
def age(dob, ref=D.REF_DATE):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def fmt_date(rng, d, lang, style=None):
    styles = ["iso", "long", "num"] if style is None else [style]
    st = rng.choice(styles)
    if st == "iso":
        return d.isoformat()
    if lang == "fr":
        if st == "long":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {D.MONTHS_FR[d.month - 1]} {d.year}"
        return d.strftime("%d/%m/%Y")
    if st == "long":
        return f"{D.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    return rng.choice([d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"), f"{d.day} {D.MONTHS_EN[d.month-1][:3]} {d.year}"])


def fmt_day(d, lang):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{D.DAYS_FR[d.weekday()]} {day} {D.MONTHS_FR[d.month - 1]}"
    return f"{D.DAYS_EN[d.weekday()]}, {D.MONTHS_EN[d.month - 1]} {d.day}"


def future_day(rng, lo=1, hi=30):
    """A future working day (weekends pushed to Monday)."""
    d = D.REF_DATE + dt.timedelta(days=rng.randrange(lo, hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def past_day(rng, lo=1, hi=60):
    return D.REF_DATE - dt.timedelta(days=rng.randrange(lo, hi))


# ------------------------------------------------------------------ people
class People:
    """Hands out invented patients and NAM holders without repetition."""

    def __init__(self, rng):
        self.rng = rng
        self.holders = D.load_nam_holders()
        banned = {h["surname"] for h in self.holders}
        for pool in (D.SURN_FR, D.SURN_EN, D.SURN_OT):
            assert not banned & set(pool)
        self.adult_holders = [h for h in self.holders if age(h["dob"]) >= 20]
        self.teen_holders = [h for h in self.holders if 14 <= age(h["dob"]) < 20]
        self.kid_holders = [h for h in self.holders if age(h["dob"]) < 14]
        for lst in (self.adult_holders, self.teen_holders, self.kid_holders):
            rng.shuffle(lst)
        self._idx = {"adult": 0, "teen": 0, "kid": 0}
        self.used_names = set()
        self.log = []

    def holder(self, kind="adult"):
        lst = {"adult": self.adult_holders, "teen": self.teen_holders, "kid": self.kid_holders}[kind]
        h = lst[self._idx[kind] % len(lst)]
        self._idx[kind] += 1
        p = dict(h)
        self._complete(p)
        return p

    def invented(self, lang="fr", sex=None, min_age=19, max_age=68):
        rng = self.rng
        sex = sex or rng.choice("MF")
        for _ in range(200):
            r = rng.random()
            if lang == "en" and r < 0.55:
                given = rng.choice(D.GIVEN_M_EN if sex == "M" else D.GIVEN_F_EN)
                surname = rng.choice(D.SURN_EN + D.SURN_FR[:10])
            elif r < 0.72:
                given = rng.choice(D.GIVEN_M_FR if sex == "M" else D.GIVEN_F_FR)
                surname = rng.choice(D.SURN_FR)
            else:
                given = rng.choice(D.GIVEN_M_OT if sex == "M" else D.GIVEN_F_OT)
                surname = rng.choice(D.SURN_OT + D.SURN_FR[:6])
            if (given, surname) not in self.used_names:
                break
        self.used_names.add((given, surname))
        y = D.REF_DATE.year - rng.randrange(min_age, max_age + 1)
        dob = dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
        p = {"given": given, "surname": surname, "sex": sex, "dob": dob, "nam": None, "holder": False}
        self._complete(p)
        return p

    def _complete(self, p):
        rng = self.rng
        self.log.append(f"{p['given']} {p['surname']}")
        p["phone"] = rng.choice(["514", "438", "514", "450"]) + f"-555-01{rng.randrange(10, 99)}"
        p["address"] = f"{rng.randrange(1100, 4990)}, {rng.choice(D.STREETS)}, app. {rng.randrange(1, 40)}"
        p["postal"] = rng.choice(D.POSTAL)
        p["mrn"] = make_mrn(rng)
        p["email"] = (p["given"][0] + p["surname"].replace("'", "").replace(" ", "").replace("-", "")
                      ).lower().encode("ascii", "ignore").decode() + str(rng.randrange(10, 99)) + "@" + \
            rng.choice(["courriel.example", "mail.example", "videotron-mail.example"])


def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name(rng, p, lang="fr", style=None):
    """Format a patient name in one of the styles the definition mentions."""
    g, s = p["given"], p["surname"]
    styles = ["full", "full", "full", "surname_first", "upper_surname", "lower", "title", "initial", "surname_initial"]
    st = style or rng.choice(styles)
    if st == "full":
        return f"{g} {s}"
    if st == "surname_first":
        return f"{s}, {g}"
    if st == "upper_surname":
        return f"{s.upper()}, {g}"
    if st == "lower":
        return rng.choice([f"{g} {s}".lower(), f"{s} {g}".lower(), strip_accents(f"{g} {s}").lower()])
    if st == "title":
        if lang == "fr":
            return ("M. " if p["sex"] == "M" else "Mme ") + s
        return ("Mr. " if p["sex"] == "M" else rng.choice(["Ms. ", "Mrs. ", "Ms "])) + s
    if st == "initial":
        return f"{g[0]}. {s}"
    if st == "surname_initial":
        return f"{s} {g[0]}."
    return f"{g} {s}"


def sexword(p, lang):
    if lang == "fr":
        return "F" if p["sex"] == "F" else "M"
    return "F" if p["sex"] == "F" else "M"


def e(p, fr_m, fr_f):
    """Pick masculine / feminine French form according to the recorded sex."""
    sex = p["sex"] if isinstance(p, dict) else p.sex
    return fr_f if sex == "F" else fr_m
