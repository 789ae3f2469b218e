"""Small helpers: deterministic randomness, dates, identifier generation and disguise."""
import datetime as _dt
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

SEED = 25180

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rng_for(*parts):
    """A private Random for one message / one purpose, derived from the seed."""
    return random.Random("%d|%s" % (SEED, "|".join(str(p) for p in parts)))


def fold(s):
    """Lower case, accents removed, full-width folded (for checks)."""
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------- dates

def parse_date(s):
    return _dt.date(*[int(x) for x in s.split("-")])


def fmt_date(d, style, lang):
    """Render a date in one of several styles as clinicians and clerks write them."""
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "ymd/":
        return d.strftime("%Y/%m/%d")
    if style == "ymd.":
        return d.strftime("%Y.%m.%d")
    if style == "long":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "short":
        if lang == "fr":
            return "%d %s %d" % (d.day, MOIS_ABR[d.month - 1], d.year)
        return "%d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    raise ValueError(style)


def day_label(d, lang, with_year=False):
    if lang == "fr":
        s = "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    else:
        s = "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)
    if with_year:
        s += " %d" % d.year if lang == "fr" else ", %d" % d.year
    return s


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- identifiers

FULLWIDTH = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def fullwidth(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def make_sin(r):
    while True:
        n = str(r.choice("1234579")) + "".join(r.choice("0123456789") for _ in range(7))
        n = n + luhn.calc_check_digit(n)
        if _sin.is_valid(n):
            return n


def make_ohn(r):
    """Ontario health number: 10 digits, Luhn-valid (version code kept apart)."""
    while True:
        n = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(8))
        n = n + luhn.calc_check_digit(n)
        if luhn.is_valid(n):
            return n


def ohn_version(r):
    return r.choice(["", "AB", "KL", "XT", "MZ", "HP"])


def make_niss(r, dob, sex):
    """Belgian national number from birth date and sex (odd serial = male)."""
    while True:
        serial = r.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + "%03d" % serial
        num = int(("2" + base) if dob.year >= 2000 else base)
        check = 97 - num % 97
        n = base + "%02d" % check
        if _nn.is_valid(n):
            return n


def make_nir(r, dob, sex):
    while True:
        dept = r.choice(["75", "69", "13", "33", "59", "44", "31", "67", "38", "06"])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + \
            "%03d" % r.randint(1, 990) + "%03d" % r.randint(1, 999)
        n = body + _nir.calc_check_digits(body)
        if _nir.is_valid(n):
            return n


def make_mrn(r, style=None):
    style = style or r.choice(["H7", "D6", "HR8"])
    if style == "H7":
        return "H" + "".join(r.choice("0123456789") for _ in range(7))
    if style == "D6":
        return "%06d" % r.randint(100000, 999999)
    return "HR" + "%08d" % r.randint(10000000, 99999999)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "spaced": "%s %s %s" % (a, b, c),
        "dotted": "%s.%s.%s" % (a, b, c),
        "slashed": "%s/%s/%s" % (a, b, c),
        "hyphen": "%s-%s-%s" % (a, b, c),
        "fullwidth": a + fullwidth(b + c),
        "lower": nam.lower(),
        "gap": "%s %s%s" % (a, b, c),
    }[style]


def fmt_sin(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {
        "plain": n, "spaced": "%s %s %s" % (a, b, c), "hyphen": "%s-%s-%s" % (a, b, c),
        "dotted": "%s.%s.%s" % (a, b, c), "fullwidth": fullwidth("%s %s %s" % (a, b, c)),
        "slashed": "%s/%s/%s" % (a, b, c),
    }[style]


def fmt_ohn(n, vc, style):
    a, b, c = n[:4], n[4:7], n[7:]
    s = {
        "plain": n, "spaced": "%s %s %s" % (a, b, c), "hyphen": "%s-%s-%s" % (a, b, c),
        "dotted": "%s.%s.%s" % (a, b, c), "fullwidth": fullwidth(n),
        "slashed": "%s/%s/%s" % (a, b, c),
    }[style]
    if vc:
        s += ("-" if style == "hyphen" else " ") + vc
    return s


def fmt_niss(n, style):
    s = {
        "canon": "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
        "plain": n, "spaced": "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
        "fullwidth": fullwidth(n),
    }
    return s[style]


def fmt_nir(n, style):
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    return {
        "canon": " ".join(parts), "plain": n, "dotted": ".".join(parts),
        "fullwidth": fullwidth(" ".join(parts)),
    }[style]


def fmt_mrn(m, style):
    if style == "plain":
        return m
    if style == "spaced":
        return " ".join(m[i:i + 3] for i in range(0, len(m), 3))
    if style == "dotted":
        return ".".join(m[i:i + 3] for i in range(0, len(m), 3))
    if style == "fullwidth":
        return fullwidth(m)
    if style == "slashed":
        return m[:len(m) // 2] + "/" + m[len(m) // 2:]
    raise ValueError(style)


def luhn_serial(r, length=9):
    """A device serial that happens to pass the Luhn check (for hard negatives)."""
    n = "".join(r.choice("0123456789") for _ in range(length - 1))
    return n + luhn.calc_check_digit(n)


def phone(r, area=None):
    area = area or r.choice(["819", "613", "450", "514", "873"])
    return "%s 555-01%02d" % (area, r.randint(0, 99))


def phone_fmt(p, style):
    area, rest = p.split(" ")
    return {"paren": "(%s) %s" % (area, rest), "dash": "%s-%s" % (area, rest),
            "dot": "%s.%s" % (area, rest.replace("-", ".")), "space": p}[style]
