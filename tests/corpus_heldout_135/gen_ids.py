"""Identifiers (generation + the many ways people type them) and date formats."""
import datetime as dt
import os

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

FW = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   "".join(chr(0xFF10 + i) for i in range(10)) +
                   "".join(chr(0xFF21 + i) for i in range(26)))
FW_DIGITS = str.maketrans("0123456789", "".join(chr(0xFF10 + i) for i in range(10)))


def fullwidth(s, letters=False):
    return s.translate(FW if letters else FW_DIGITS)


# ---------------------------------------------------------------- RAMQ list
def nam_list_path():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, os.pardir, "blind_nams.txt")


def load_nams():
    out, seen = [], set()
    with open(nam_list_path(), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            if nam in seen:
                continue
            seen.add(nam)
            out.append(dict(surname=surname, given=given,
                            dob=dt.date.fromisoformat(dob), sex=sex, nam=nam))
    return out


# ---------------------------------------------------------------- generators
def gen_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        s = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(s):
            return s


def gen_ohn(rng):
    """Ontario health number: 10 digits, Luhn-valid, plus a version code."""
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        s = body + luhn.calc_check_digit(body)
        if luhn.is_valid(s):
            return s, rng.choice(["AB", "KT", "XR", "MJ", "EP", "ZC"])


def gen_niss(rng, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        ser = rng.randrange(1, 997)
        if (ser % 2 == 1) != (sex == "M"):
            continue
        base = yymmdd + "%03d" % ser
        num = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - (num % 97)
        s = base + "%02d" % chk
        if be_nn.is_valid(s):
            return s


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["69", "75", "13", "33", "38", "74", "59", "44"])
        commune = "%03d" % rng.randrange(1, 400)
        order = "%03d" % rng.randrange(1, 999)
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
        key = 97 - (int(base) % 97)
        s = base + "%02d" % key
        if fr_nir.is_valid(s):
            return s


def gen_mrn(rng):
    return "%07d" % rng.randrange(100000, 9999999)


# ---------------------------------------------------------------- formatting
def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "spaced": f"{a} {b} {c}",
        "dotted": f"{a}.{b}.{c}",
        "hyphen": f"{a}-{b}-{c}",
        "slash": f"{a}/{b}/{c}",
        "lower": f"{a.lower()} {b} {c}",
        "fullwidth": fullwidth(f"{a} {b} {c}", letters=True),
        "fwdigits": a + " " + fullwidth(b + c),
        "wide": " ".join(nam[:4]) + "  " + " ".join(b) + " " + " ".join(c),
    }[style]


NAM_STYLES = ["plain", "spaced", "spaced", "dotted", "hyphen", "slash", "lower",
              "fullwidth", "fwdigits", "wide"]


def fmt_sin(s, style):
    return {
        "plain": s, "spaced": f"{s[:3]} {s[3:6]} {s[6:]}", "hyphen": f"{s[:3]}-{s[3:6]}-{s[6:]}",
        "dotted": f"{s[:3]}.{s[3:6]}.{s[6:]}", "fullwidth": fullwidth(f"{s[:3]} {s[3:6]} {s[6:]}"),
    }[style]


def fmt_ohn(num, vc, style):
    return {
        "plain": num + vc, "hyphen": f"{num[:4]}-{num[4:7]}-{num[7:]}-{vc}",
        "spaced": f"{num[:4]} {num[4:7]} {num[7:]} {vc}", "dotted": f"{num[:4]}.{num[4:7]}.{num[7:]}",
        "fullwidth": fullwidth(f"{num[:4]}-{num[4:7]}-{num[7:]}") + " " + vc,
    }[style]


def fmt_niss(s, style):
    return {
        "plain": s, "official": f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}",
        "spaced": f"{s[:6]} {s[6:9]} {s[9:]}", "slash": f"{s[:2]}/{s[2:4]}/{s[4:6]}-{s[6:9]}-{s[9:]}",
    }[style]


def fmt_nir(s, style):
    parts = [s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]]
    return {
        "plain": s, "spaced": " ".join(parts), "dotted": ".".join(parts),
        "keysep": s[:13] + "  " + s[13:],
    }[style]


def fmt_mrn(m, style):
    return {
        "plain": m, "hyphen": f"{m[:3]}-{m[3:]}", "spaced": f"{m[:2]} {m[2:5]} {m[5:]}",
        "prefixed": "H" + m, "slash": f"{m[:2]}/{m[2:]}", "dotted": f"{m[:3]}.{m[3:]}",
        "fullwidth": fullwidth(m), "wide": " ".join(m),
    }[style]


MRN_STYLES = ["plain", "plain", "hyphen", "spaced", "prefixed", "slash", "dotted", "fullwidth", "wide"]

# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "long":
        if lang == "fr":
            return f"{d.day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


DOB_STYLES = ["iso", "iso", "dmy", "long", "ymd_slash", "abbr"]


def dob_variants(d):
    out = set()
    for lang in ("fr", "en"):
        for st in ("iso", "dmy", "ymd_slash", "long", "abbr", "compact"):
            out.add(fmt_date(d, lang, st))
    out.add(f"1er {MOIS[d.month - 1]} {d.year}" if d.day == 1 else fmt_date(d, "fr", "long"))
    return out


def fmt_day(d, lang):
    if lang == "fr":
        return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}"
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def fmt_time(h, m, lang):
    if lang == "fr":
        return f"{h} h {m:02d}" if m else f"{h} h"
    suffix = "a.m." if h < 12 else "p.m."
    hh = h if h <= 12 else h - 12
    return f"{hh}:{m:02d} {suffix}"


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def next_weekday(d, n=1):
    """n-th working day after d."""
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d
