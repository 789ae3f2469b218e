"""Helpers shared by the positive scenarios: choosing a patient and writing
its identifiers, always recording which finding types were written."""
from gen_common import (ALL_STYLES, FULL_STYLES, fmt_date, fmt_mrn, fmt_nam,
                        fmt_nir, fmt_niss, fmt_ohip, fmt_sin, name, phone_fmt,
                        sex_label)

NAM_STYLES = ["plain", "plain", "spaced", "spaced", "dotted", "slashed",
              "hyphen", "fullwidth", "lower"]
MRN_STYLES = ["plain", "plain", "spaced", "dotted", "hyphen", "prefixed",
              "slashed", "fullwidth"]


def pick(c, nam=0.45, min_age=19, max_age=88):
    """A NAM holder (always shown with NAM, DOB and sex) or an invented patient."""
    r = c.rng
    want = (r.random() < nam) if isinstance(nam, float) else nam
    if want:
        try:
            return c.f.holder(max_age=max_age, min_age=min_age)
        except RuntimeError:
            pass
    return c.f.patient(min_age=max(min_age, 1), max_age=max_age)


def nm(c, p, lang, style=None, full_only=False):
    """Patient name in a random (or given) style; records patient_name."""
    c.types.add("patient_name")
    if style is None:
        pool = FULL_STYLES if (p.holder or full_only) else ALL_STYLES
        style = c.rng.choice(pool)
    if p.holder and style not in FULL_STYLES:
        style = "full"
    return name(p, style, lang)


def dob(c, p, lang, style=None):
    c.types.add("date_of_birth")
    style = style or c.rng.choice(["iso", "iso", "dmy", "ymd_slash", "long",
                                   "dotted", "mon"])
    return fmt_date(p.dob, style, lang)


def nam(c, p, style=None):
    assert p.holder
    c.types.add("ramq_nam")
    c.ids.append(("ramq_nam", p.nam))
    if p not in c.holders:
        c.holders.append(p)
    return fmt_nam(p.nam, style or c.rng.choice(NAM_STYLES))


def mrn(c, p, style=None):
    c.types.add("mrn")
    c.ids.append(("mrn", p.mrn))
    return fmt_mrn(p.mrn, style or c.rng.choice(MRN_STYLES))


def sin(c, p, style=None):
    c.types.add("ca_sin")
    c.ids.append(("ca_sin", p.sin))
    return fmt_sin(p.sin, style or c.rng.choice(
        ["plain", "spaced", "spaced", "hyphen", "dotted", "fullwidth"]))


def ohip(c, p, style=None):
    c.types.add("ca_health_number")
    c.ids.append(("ca_health_number", p.ohip))
    return fmt_ohip(p.ohip, style or c.rng.choice(
        ["plain", "hyphen", "hyphen", "spaced", "dotted", "slashed"]),
        c.rng.choice(["AB", "KT", "MX", "RP"]))


def niss(c, p, style=None):
    c.types.add("be_niss")
    c.ids.append(("be_niss", p.niss))
    return fmt_niss(p.niss, style or c.rng.choice(
        ["std", "std", "plain", "spaced", "slashed"]))


def nir(c, p, style=None):
    c.types.add("fr_nir")
    c.ids.append(("fr_nir", p.nir))
    return fmt_nir(p.nir, style or c.rng.choice(
        ["spaced", "spaced", "plain", "dotted", "key", "fullwidth"]))


def tel(c, p, which="phone"):
    c.types.add("patient_contact")
    return phone_fmt(getattr(p, which), c.rng)


def addr(c, p, lang):
    c.types.add("patient_contact")
    return p.addr if lang == "fr" else p.addr_en


def sexl(c, p, lang):
    return sex_label(p, lang, c.rng)


def ident_lines(c, p, lang, mrn_p=0.7, style=None):
    """Identification block.  Holders always get NAM + DOB + sex."""
    r = c.rng
    L = []
    if lang == "fr":
        L.append(f"Nom : {nm(c, p, lang, style)}")
        if p.holder or r.random() < 0.6:
            L.append(f"Date de naissance : {dob(c, p, lang)}")
        if p.holder:
            L.append(f"NAM : {nam(c, p)}")
            L.append(sexl(c, p, lang))
        if r.random() < mrn_p:
            L.append(r.choice(["No dossier", "Dossier", "N° de dossier",
                               "# dossier"]) + f" : {mrn(c, p)}")
    else:
        L.append(f"Name: {nm(c, p, lang, style)}")
        if p.holder or r.random() < 0.6:
            L.append(r.choice(["DOB", "Date of birth"]) + f": {dob(c, p, lang)}")
        if p.holder:
            L.append(f"RAMQ: {nam(c, p)}")
            L.append(sexl(c, p, lang))
        if r.random() < mrn_p:
            L.append(r.choice(["MRN", "Chart #", "Chart no."]) + f": {mrn(c, p)}")
    return L


def surname_file(p, r):
    """A file-name fragment with the patient's name."""
    s = p.surname.replace(" ", "").replace("'", "")
    g = p.given.replace(" ", "")
    return r.choice([f"{s.upper()}_{g}", f"{s}_{g[0]}", f"{s}{g}",
                     f"{s.upper()}-{g.upper()}", f"{s}"]) if not p.holder \
        else r.choice([f"{s.upper()}_{g}", f"{s}{g}", f"{s.upper()}-{g.upper()}"])
