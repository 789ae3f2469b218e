"""Identifier makers and writers (SIN, Ontario health number, NISS, NIR, MRN,
NAM disguises) plus date writers in French and English.  All identifiers that
are put in a positive are valid by their checksum (checked again by
gen_verify with python-stdnum)."""
import datetime

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

FW = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FW_UP = {c: chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def fullwidth(s, letters=False):
    out = []
    for c in s:
        if c in FW:
            out.append(FW[c])
        elif letters and c in FW_UP:
            out.append(FW_UP[c])
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- SIN
def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return {
        "plain": num, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}", "slash": f"{a}/{b}/{c}", "fw": fullwidth(f"{a} {b} {c}"),
        "wide": f"{a}  {b}  {c}",
    }[style]


# ---------------------------------------------------------------- Ontario HN
def make_ohn(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    version = rng.choice(["", "AB", "KT", "MX", "HZ", "PL"])
    return num, version


def ohn_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def fmt_ohn(num, version, style):
    a, b, c = num[:4], num[4:7], num[7:]
    v = version
    return {
        "plain": num + v, "dash": f"{a}-{b}-{c}" + (f"-{v}" if v else ""),
        "space": f"{a} {b} {c}" + (f" {v}" if v else ""),
        "dot": f"{a}.{b}.{c}" + (f".{v}" if v else ""),
        "fw": fullwidth(f"{a} {b} {c}") + (f" {v}" if v else ""),
    }[style]


# ---------------------------------------------------------------- Belgian NISS
def make_niss(rng, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = yymmdd + f"{serial:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        check = 97 - (n % 97)
        num = base + f"{check:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    a, b, c, d, e = num[:2], num[2:4], num[4:6], num[6:9], num[9:]
    return {
        "plain": num, "std": f"{a}.{b}.{c}-{d}.{e}", "space": f"{a}{b}{c} {d} {e}",
        "dash": f"{a}{b}{c}-{d}-{e}", "slash": f"{a}{b}{c}/{d}/{e}",
        "fw": fullwidth(f"{a}.{b}.{c}-{d}.{e}"),
    }[style]


# ---------------------------------------------------------------- French NIR
def make_nir(rng, dob, sex):
    while True:
        s = "1" if sex == "M" else "2"
        dept = rng.choice(["75", "69", "13", "33", "44", "59", "35", "67", "31"])
        commune = f"{rng.randint(1, 399):03d}"
        order = f"{rng.randint(1, 999):03d}"
        base = s + dob.strftime("%y%m") + dept + commune + order
        key = 97 - (int(base) % 97)
        num = base + f"{key:02d}"
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    parts = [num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:]]
    return {
        "plain": num, "space": " ".join(parts), "dot": ".".join(parts),
        "dash": "-".join(parts[:6]) + " " + parts[6], "fw": fullwidth(" ".join(parts)),
        "key": num[:13] + " / " + num[13:],
    }[style]


# ---------------------------------------------------------------- chart numbers
def make_mrn(rng, kind):
    if kind == "hosp":
        return "".join(rng.choice("0123456789") for _ in range(7))
    if kind == "gmf":
        return str(rng.randint(10000, 99999))
    return "".join(rng.choice("0123456789") for _ in range(6))


def fmt_mrn(num, style):
    if style == "plain":
        return num
    if style == "space":
        return " ".join([num[:3], num[3:]])
    if style == "dash":
        return num[:2] + "-" + num[2:]
    if style == "fw":
        return fullwidth(num)
    if style == "dot":
        return ".".join([num[:3], num[3:]])
    return num


# ---------------------------------------------------------------- NAM
def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}", "lower": nam.lower(), "slash": f"{a}/{b}/{c}",
        "fw": a + fullwidth(b + c), "fwsp": fullwidth(f"{a} {b} {c}", letters=True),
        "space2": f"{a} {b}{c}",
    }[style]


NAM_STYLES = ["plain", "plain", "space", "space", "dash", "dot", "lower", "slash",
              "fw", "fwsp", "space2"]

# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
            "oct.", "nov.", "déc."]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        if lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        if lang == "fr":
            return f"{d.day:02d} {MOIS_ABR[d.month - 1]} {d.year}"
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


DOB_STYLES = ["iso", "iso", "slash", "long", "abbr", "ymd_slash", "dot"]


def all_date_forms(d):
    """Every rendering fmt_date can produce (used by the verifier)."""
    out = []
    for lang in ("fr", "en"):
        for st in ("iso", "slash", "long", "abbr", "ymd_slash", "dot"):
            out.append(fmt_date(d, lang, st))
    return out


def weekday_fr(d):
    return JOURS[d.weekday()]


def weekday_en(d):
    return DAYS[d.weekday()]


def age_on(dob, when):
    years = when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))
    return years


def add_days(d, n):
    return d + datetime.timedelta(days=n)
