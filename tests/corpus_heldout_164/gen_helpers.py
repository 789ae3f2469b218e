"""Helpers used by the positive templates to insert identifiers and record labels."""
from gen_common import (fmt_date, fmt_nam, fmt_sin, fmt_ohip, fmt_niss, fmt_nir, fmt_mrn, norm)

NAME_STYLES = ["full", "title", "title_sur", "caps", "last_first", "lower", "init", "sur_init"]
NAM_NAME_STYLES = ["full", "title", "caps", "last_first", "lower"]
DATE_STYLES = ["iso", "slash_dmy", "dash_dmy", "slash_ymd", "long"]
DATE_STYLES_EN = ["iso", "long", "abbr", "slash_ymd"]
ID_STYLES = ["plain", "spaced", "spaced", "dotted", "slashed", "hyphen", "fullwidth"]


def name(m, p, style=None, rng=None, lang=None):
    style = style or rng.choice(NAME_STYLES)
    m.types.add("patient_name")
    m.evidence.append(p.given if style == "given" else p.surname)
    return p.name(style, lang or m.lang)


def dob(m, p, rng, style=None):
    style = style or rng.choice(DATE_STYLES if m.lang == "fr" else DATE_STYLES_EN)
    s = fmt_date(p.dob, m.lang, style)
    m.types.add("date_of_birth")
    m.evidence.append(s)
    return s


def nam(m, p, rng, style=None):
    s = fmt_nam(p.nam, style or rng.choice(ID_STYLES))
    m.types.add("ramq_nam")
    m.nams.append(p.nam)
    m.ids.append(("ramq_nam", p.nam))
    m.evidence.append(s)
    return s


def nam_full(m, p, rng, style=None, sexstyle=None):
    """Name + DOB + sex + NAM of a NAM holder, as listed.  Returns dict of strings."""
    nm = name(m, p, style or rng.choice(NAM_NAME_STYLES), rng)
    m.evidence += [p.given]
    d = dob(m, p, rng)
    sx = p.sex_text(m.lang, sexstyle or rng.choice(["letter", "letter", "word"]))
    m.evidence.append(sx)
    return dict(name=nm, dob=d, sex=sx, nam=nam(m, p, rng))


def sin(m, value, rng, style=None):
    s = fmt_sin(value, style or rng.choice(ID_STYLES))
    m.types.add("ca_sin")
    m.ids.append(("ca_sin", value))
    m.evidence.append(s)
    return s


def ohip(m, value, rng, style=None):
    vc = rng.choice(["", "AB", "KX", "TP"])
    s = fmt_ohip(value, style or rng.choice(["plain", "spaced", "hyphen", "hyphen", "fullwidth"]), vc)
    m.types.add("ca_health_number")
    m.ids.append(("ca_health_number", value))
    m.evidence.append(s.replace(" " + vc, "") if vc else s)
    return s


def niss(m, value, rng, style=None):
    s = fmt_niss(value, style or rng.choice(["official", "official", "plain", "spaced", "dotted"]))
    m.types.add("be_niss")
    m.ids.append(("be_niss", value))
    m.evidence.append(s)
    return s


def nir(m, value, rng, style=None):
    s = fmt_nir(value, style or rng.choice(["official", "official", "plain", "spaced", "fullwidth"]))
    m.types.add("fr_nir")
    m.ids.append(("fr_nir", value))
    m.evidence.append(s)
    return s


def mrn(m, p, rng, style=None):
    s = fmt_mrn(p.mrn, style or rng.choice(["plain", "dash", "prefix", "spaced", "dotted", "fullwidth"]))
    m.types.add("mrn")
    m.ids.append(("mrn", p.mrn))
    m.evidence.append(s)
    return s


def contact(m, p, what="phone"):
    m.types.add("patient_contact")
    s = p.phone if what == "phone" else p.address
    m.evidence.append(s)
    return s


def add(m, *types):
    m.types.update(types)


def ev(m, *strings):
    m.evidence.extend(strings)


def slug(s):
    """File-name friendly form keeping accents (some names will need RFC 2231)."""
    return s.replace(" ", "_").replace(",", "").replace("'", "")


def check_evidence(text_norm, m):
    """Return the evidence strings missing from the normalised text."""
    return [e for e in m.evidence if norm(e) and norm(e) not in text_norm]
