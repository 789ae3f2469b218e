"""Identifiers, NAM holders, and the many ways people write names, dates and numbers."""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")
REF_DATE = datetime.date(2025, 6, 1)


class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.age = (REF_DATE - dob).days // 365

    def key(self):
        return self.nam


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, datetime.date.fromisoformat(dob), sex, nam))
    return out


# ---------------------------------------------------------------- checksummed numbers
def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def make_ohip(rng):
    """Ontario health number: 10 digits, Luhn over the 10 digits."""
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    return body + luhn.calc_check_digit(body)


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def make_niss(rng, dob, sex):
    first6 = dob.strftime("%y%m%d")
    serial = rng.randrange(1, 998)
    if (serial % 2 == 1) != (sex == "M"):
        serial += 1
    first9 = first6 + "%03d" % serial
    base = int(("2" if dob.year >= 2000 else "") + first9)
    n = first9 + "%02d" % (97 - base % 97)
    assert be_nn.is_valid(n), n
    return n


def make_nir(rng, dob, sex):
    dept = "%02d" % rng.choice([13, 31, 33, 44, 59, 67, 69, 75, 92, 93, 94])
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randrange(1, 990) \
        + "%03d" % rng.randrange(1, 999)
    n = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(n), n
    return n


def make_mrn(rng):
    return "%07d" % rng.randrange(100000, 2999999)


def make_luhn_serial(rng, length=9):
    body = "".join(str(rng.randrange(10)) for _ in range(length - 1))
    if body[0] == "0":
        body = "4" + body[1:]
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- disguises
FW = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FW.update({c: chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def fullwidth(s, letters=True):
    return "".join(FW.get(c, c) if (letters or c.isdigit()) else c for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "spaced": f"{a} {b} {c}",
        "dotted": f"{a}.{b}.{c}",
        "slashed": f"{a}/{b}/{c}",
        "hyphen": f"{a}-{b}-{c}",
        "lower": nam.lower(),
        "fullwidth": fullwidth(nam),
        "fw_digits": a + fullwidth(b + c, letters=False),
        "odd": f"{a} {b[:2]} {b[2:]} {c}",
    }[style]


def fmt_sin(n, style):
    return {"plain": n, "spaced": f"{n[:3]} {n[3:6]} {n[6:]}", "hyphen": f"{n[:3]}-{n[3:6]}-{n[6:]}",
            "dotted": f"{n[:3]}.{n[3:6]}.{n[6:]}", "fullwidth": fullwidth(f"{n[:3]} {n[3:6]} {n[6:]}")}[style]


def fmt_ohip(n, style, vc="XK"):
    return {"plain": n, "hyphen": f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", "spaced": f"{n[:4]} {n[4:7]} {n[7:]} {vc}",
            "dotted": f"{n[:4]}.{n[4:7]}.{n[7:]}"}[style]


def fmt_niss(n, style):
    return {"plain": n, "std": be_nn.format(n), "spaced": f"{n[:6]} {n[6:9]} {n[9:]}",
            "slashed": f"{n[:6]}/{n[6:9]}/{n[9:]}"}[style]


def fmt_nir(n, style):
    return {"plain": n, "spaced": f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}",
            "key": f"{n[:13]} {n[13:]}", "dotted": f"{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:]}"}[style]


def fmt_mrn(n, style):
    return {"plain": n, "spaced": f"{n[:3]} {n[3:]}", "hyphen": f"{n[:2]}-{n[2:4]}-{n[4:]}",
            "prefixed": "HSA" + n, "slashed": f"HSA/{n}", "dotted": f"{n[:1]}.{n[1:4]}.{n[4:]}",
            "fullwidth": fullwidth(n)}[style]


# ---------------------------------------------------------------- names
def initials(given):
    parts = given.replace("-", " - ").split()
    out = ""
    for p in parts:
        out += "-" if p == "-" else p[0] + "."
    return out


def fmt_name(p, style, lang="fr"):
    g, s = p.given, p.surname
    fem = p.sex == "F"
    t_fr = "Mme" if fem else "M."
    t_en = "Ms." if fem else "Mr."
    return {
        "full": f"{g} {s}",
        "title": f"{t_fr if lang == 'fr' else t_en} {g} {s}",
        "title_sur": f"{t_fr if lang == 'fr' else t_en} {s}",
        "sur_first": f"{s.upper()}, {g}",
        "sur_first_plain": f"{s} {g}",
        "lower": f"{g} {s}".lower(),
        "initials": f"{initials(g)} {s}",
        "given": g,
    }[style]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "long":
        if lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dotted":
        return d.strftime("%d.%m.%Y")
    if style == "short":
        return f"{d.day} {MOIS[d.month - 1][:4].rstrip('.')}. {d.year}" if lang == "fr" else \
            f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year}"
    raise ValueError(style)


def normalize_for_search(text):
    t = unicodedata.normalize("NFKC", text).upper()
    for ch in " .-/\u00a0\t\r\n_":
        t = t.replace(ch, "")
    return t
