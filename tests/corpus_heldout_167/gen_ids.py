"""Identifiers, dates, phones and addresses."""
import datetime
import os

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_data as D

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FULLWIDTH = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FULLWIDTH.update({chr(65 + i): chr(0xFF21 + i) for i in range(26)})


def load_nams(path=NAM_FILE):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            rows.append({"surname": surname, "given": given,
                         "dob": datetime.date.fromisoformat(dob), "sex": sex, "nam": nam})
    return rows


# ---------------------------------------------------------------- generators

def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    version = rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ")
    return num, version


def ohip_is_valid(num):
    digits = "".join(c for c in num if c.isdigit())
    return len(digits) == 10 and luhn.is_valid(digits)


def make_niss(rng, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    serial = rng.randrange(1, 997)
    if sex == "M" and serial % 2 == 0:
        serial += 1
    if sex == "F" and serial % 2 == 1:
        serial += 1
    base = yymmdd + "%03d" % serial
    n = int(("2" + base) if dob.year >= 2000 else base)
    num = base + "%02d" % (97 - n % 97)
    assert be_nn.is_valid(num), num
    return num


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "44", "33", "59", "37", "45"])
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randrange(1, 990) \
        + "%03d" % rng.randrange(1, 999)
    num = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(num), num
    return num


def make_mrn(rng):
    return "%07d" % rng.randrange(100000, 4999999)


def make_luhn_serial(rng, length=9):
    """A serial / lot number that happens to pass a Luhn check (hard negative)."""
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def make_mod97_lot(rng):
    """An 11-digit lot number with a mod-97 tail (shape of a Belgian NISS)."""
    base = "%09d" % rng.randrange(100000000, 999999999)
    return base + "%02d" % (97 - int(base) % 97)


# ---------------------------------------------------------------- formatting

def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "spaced":
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if style == "dotted":
        return "%s.%s.%s" % (nam[:4], nam[4:8], nam[8:])
    if style == "hyphen":
        return "%s-%s-%s" % (nam[:4], nam[4:8], nam[8:])
    if style == "slash":
        return "%s/%s/%s" % (nam[:4], nam[4:8], nam[8:])
    if style == "lower":
        return nam.lower()
    if style == "wide":
        return "".join(FULLWIDTH.get(c, c) for c in nam[:4] + " " + nam[4:8] + " " + nam[8:])
    if style == "widedigits":
        return nam[:4] + "".join(FULLWIDTH.get(c, c) for c in nam[4:])
    if style == "loose":
        return " ".join(nam[i:i + 2] for i in range(0, 12, 2))
    raise ValueError(style)


NAM_STYLES = ["plain", "plain", "plain", "spaced", "spaced", "dotted", "hyphen", "slash",
              "lower", "wide", "widedigits", "loose"]


def fmt_digits(num, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def fmt_sin(num, style):
    if style == "wide":
        return "".join(FULLWIDTH[c] for c in num[:3]) + " " + "".join(FULLWIDTH[c] for c in num[3:6]) \
            + " " + "".join(FULLWIDTH[c] for c in num[6:])
    sep = {"plain": "", "spaced": " ", "hyphen": "-", "dotted": ".", "slash": "/"}[style]
    return fmt_digits(num, (3, 3, 3), sep)


def fmt_ohip(num, version, style):
    if style == "plain":
        return num + version
    if style == "spaced":
        return "%s %s %s %s" % (num[:4], num[4:7], num[7:], version)
    if style == "hyphen":
        return "%s-%s-%s-%s" % (num[:4], num[4:7], num[7:], version)
    if style == "dotted":
        return "%s.%s.%s %s" % (num[:4], num[4:7], num[7:], version)
    if style == "wide":
        return "".join(FULLWIDTH[c] for c in num) + " " + version
    raise ValueError(style)


def fmt_niss(num, style):
    if style == "official":
        return "%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    if style == "plain":
        return num
    if style == "spaced":
        return "%s %s %s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    if style == "slash":
        return "%s/%s/%s-%s-%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    raise ValueError(style)


def fmt_nir(num, style):
    if style == "spaced":
        return "%s %s %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    if style == "plain":
        return num
    if style == "dotted":
        return "%s.%s.%s.%s.%s.%s.%s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    if style == "key":
        return "%s %s" % (num[:13], num[13:])
    raise ValueError(style)


def fmt_mrn(mrn, style):
    if style == "plain":
        return mrn
    if style == "h":
        return "H" + mrn
    if style == "hyph":
        return "%s-%s-%s" % (mrn[:1], mrn[1:4], mrn[4:])
    if style == "spaced":
        return "%s %s" % (mrn[:3], mrn[3:])
    if style == "slash":
        return "%s/%s" % (ORG_YEAR_PREFIX, mrn)
    if style == "wide":
        return "".join(FULLWIDTH[c] for c in mrn)
    raise ValueError(style)


ORG_YEAR_PREFIX = "VB"
MRN_STYLES = ["plain", "plain", "h", "hyph", "spaced", "slash", "wide"]


# ---------------------------------------------------------------- dates

def fmt_date(d, style, lang):
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
            return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "short":
        if lang == "fr":
            return "%02d %s %d" % (d.day, MOIS[d.month - 1][:4].rstrip("."), d.year)
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


DOB_STYLES = ["iso", "iso", "dmy", "ymd_slash", "dmy_dash", "long", "short"]


def dob_renderings(d):
    out = set()
    for st in ("iso", "dmy", "ymd_slash", "dmy_dash", "long", "short", "compact"):
        for lang in ("fr", "en"):
            out.add(fmt_date(d, st, lang).lower())
    out.add(d.strftime("%d.%m.%Y"))
    out.add("%d %s %d" % (d.day, MOIS[d.month - 1], d.year))
    out.add(("%s %d %d" % (MONTHS[d.month - 1], d.day, d.year)).lower())
    out.add(("%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)).lower())
    out.add(d.strftime("%Y-%m-%d"))
    return out


def day_name(d, lang):
    return JOURS[d.weekday()] if lang == "fr" else DAYS[d.weekday()]


def short_day(d, lang):
    if lang == "fr":
        return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return "%s %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- contact

def make_phone(rng, area=None):
    area = area or rng.choice(["819", "819", "450", "514", "873"])
    return "%s-555-01%02d" % (area, rng.randrange(30, 100))


def fmt_phone(p, style):
    a, b, c = p.split("-")
    if style == "dash":
        return p
    if style == "paren":
        return "(%s) %s-%s" % (a, b, c)
    if style == "dots":
        return "%s.%s.%s" % (a, b, c)
    if style == "spaces":
        return "%s %s %s" % (a, b, c)
    return p


def make_postal(rng, fsa):
    return "%s %d%s%d" % (fsa, rng.randrange(10), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randrange(10))


def make_address(rng, lang="fr", province="QC"):
    if province == "ON":
        city, fsa = rng.choice(D.CITIES_ON)
        street = rng.choice(D.STREETS_EN)
        return "%d %s, %s, ON  %s" % (rng.randrange(12, 2400), street, city, make_postal(rng, fsa))
    city, fsa = rng.choice(D.CITIES_QC)
    if lang == "fr":
        street = rng.choice(D.STREETS_FR)
        apt = rng.choice(["", "", "", ", app. %d" % rng.randrange(1, 12)])
        return "%d, %s%s, %s (Québec)  %s" % (rng.randrange(12, 2400), street, apt, city, make_postal(rng, fsa))
    street = rng.choice(D.STREETS_EN + D.STREETS_FR)
    return "%d %s, %s, QC  %s" % (rng.randrange(12, 2400), street, city, make_postal(rng, fsa))
