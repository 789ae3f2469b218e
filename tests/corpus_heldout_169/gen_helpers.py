"""Small helpers shared by the positive and negative templates."""
import datetime as dt

from gen_build import staff_addr
from gen_common import (PARTNERS, d_en, d_fr, fmt_nam, name_as, sex_word, title_of)

NAM_STYLES = ["space", "space", "plain", "plain", "dot", "hyphen", "slash", "lower", "fullwidth", "odd"]


def partner(key, local):
    name, dom = PARTNERS[key]
    return f"{local}@{dom}"


def sender(w, role):
    s = w.pick_staff(role)
    return s, staff_addr(s)


def hello(lang, rng, to_name=None):
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour à vous,", "Salut,", "Bonjour {n},", "Allô {n},"]
    else:
        opts = ["Hi,", "Hello,", "Hi {n},", "Good morning,", "Hello {n},"]
    o = rng.choice(opts)
    if "{n}" in o:
        return o.format(n=to_name) if to_name else ("Bonjour," if lang == "fr" else "Hi,")
    return o


def thanks(lang, rng):
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup,", "Merci et bonne journée,", "Bonne journée,", "Merci à l'avance,"])
    return rng.choice(["Thanks!", "Thank you,", "Many thanks,", "Thanks in advance,", "Best,"])


def dob_str(p, lang, rng):
    s = rng.randrange(4)
    return d_fr(p.dob, s) if lang == "fr" else d_en(p.dob, s)


def id_block(w, p, lang, nam=True, mrn=True, sex=True, dob=True, name_style=None, sep=" : "):
    """Labelled identity block. Returns (text, types, shown_name)."""
    r = w.rng
    types = {"patient_name"}
    name_style = name_style or r.choice(["sf_caps", "full", "sf", "title"])
    nm = name_as(p, name_style, lang)
    if lang != "fr":
        sep = ": "
    lines = []
    if lang == "fr":
        lines.append(f"Nom{sep}{nm}")
        if dob:
            lines.append(f"{r.choice(['DDN', 'Date de naissance', 'Né(e) le'])}{sep}{dob_str(p, lang, r)}")
            types.add("date_of_birth")
        if sex:
            lines.append(f"Sexe{sep}{p.sex}")
        if nam and p.nam:
            lines.append(f"{r.choice(['NAM', 'No RAMQ', 'Assurance maladie'])}{sep}{fmt_nam(p.nam, r.choice(NAM_STYLES))}")
            types.add("ramq_nam")
        if mrn:
            lines.append(f"{r.choice(['No dossier', 'Dossier', '# dossier ICVB'])}{sep}{p.mrn}")
            types.add("mrn")
    else:
        lines.append(f"Patient{sep}{nm}")
        if dob:
            lines.append(f"{r.choice(['DOB', 'Date of birth'])}{sep}{dob_str(p, lang, r)}")
            types.add("date_of_birth")
        if sex:
            lines.append(f"Sex{sep}{p.sex}")
        if nam and p.nam:
            lines.append(f"{r.choice(['RAMQ', 'Medicare (RAMQ)', 'NAM'])}{sep}{fmt_nam(p.nam, r.choice(NAM_STYLES))}")
            types.add("ramq_nam")
        if mrn:
            lines.append(f"{r.choice(['MRN', 'Chart #', 'Hospital no.'])}{sep}{p.mrn}")
            types.add("mrn")
    if p.nam and nam:
        assert dob and sex
    return "\n".join(lines), types, nm


def inline_ident(w, p, lang, with_nam=True):
    """One-line identity: 'Mme Ginette Morin (F, DDN 1960-06-12, NAM MORG ...)'."""
    r = w.rng
    nm = name_as(p, r.choice(["title", "full", "sf_caps"]), lang)
    bits = [p.sex if r.random() < 0.5 else sex_word(p, lang, 1)]
    types = {"patient_name", "date_of_birth"}
    if lang == "fr":
        bits.append(f"DDN {dob_str(p, lang, r)}" if r.random() < 0.6 else f"née le {dob_str(p, lang, r)}"
                    if p.sex == "F" else f"né le {dob_str(p, lang, r)}")
    else:
        bits.append(f"DOB {dob_str(p, lang, r)}")
    if with_nam and p.nam:
        bits.append(f"NAM {fmt_nam(p.nam, r.choice(NAM_STYLES))}")
        types.add("ramq_nam")
    return f"{nm} ({', '.join(bits)})", types, nm


def appt_time(w, base, lo=3, hi=35):
    d = w.future(base, lo, hi)
    h = w.rng.choice([7, 8, 8, 9, 10, 11, 13, 13, 14, 15])
    m = w.rng.choice([0, 0, 15, 30, 45])
    return dt.datetime(d.year, d.month, d.day, h, m)


def hhmm(t, lang):
    return f"{t.hour} h {t.minute:02d}" if lang == "fr" else f"{t.hour % 12 or 12}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"


def fr_the(p):
    return "Mme" if p.sex == "F" else "M."


def il(p):
    return "elle" if p.sex == "F" else "il"


def he(p):
    return "she" if p.sex == "F" else "he"


def his(p):
    return "her" if p.sex == "F" else "his"


def e_(p):
    """French agreement suffix."""
    return "e" if p.sex == "F" else ""


__all__ = ["partner", "sender", "hello", "thanks", "dob_str", "id_block", "inline_ident", "appt_time", "hhmm",
           "fr_the", "il", "he", "his", "e_", "title_of", "name_as"]


def g(p, masc, fem):
    """Pick the masculine or feminine form for a patient."""
    return fem if p.sex == "F" else masc
