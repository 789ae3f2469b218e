# -*- coding: utf-8 -*-
"""Helpers shared by the positive (confidential) templates."""
import gen_common as C
import gen_clin as K
from gen_build import Msg

EXT = {
    "gmf": "gmf-lac-brunelle.example",
    "gmf2": "gmf-des-quatre-vents.example",
    "pharm": "pharmacie-du-cormoran.example",
    "pharm2": "pharmaplus-val-heron.example",
    "supplier": "stomaplus.example",
    "npwt": "thera-vac.example",
    "insurer": "assurances-borealis.example",
    "insurer2": "mutuelle-laurentienne-sud.example",
    "transport": "transport-adapte-vdh.example",
    "on": "kingsbridge-gh.example",
    "be": "chu-valdemeuse.example",
    "fr": "ch-pontlieu.example",
    "agency": "aide-financiere-vdh.example",
    "dpj": "dpj.cisss-vdh.example",
    "clsc": "clsc4v.cisss-vdh.example",
}


class Ctx:
    def __init__(self, i, lang, people, kind_tag, prefix="p"):
        self.i, self.lang, self.P = i, lang, people
        self.tag = "%s%03d" % (prefix, i)
        self.r = C.rng_for(self.tag + "/" + kind_tag)
        self.date = C.msg_datetime(self.r)

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def msg(self, cat, note):
        m = Msg(self.lang, cat, note)
        m.date = self.date
        return m

    def staff(self, sex=None):
        return self.P.staff(self.r, sex)


def sex_word(p, lang):
    if lang == "fr":
        return "F" if p.sex == "F" else "M"
    return "F" if p.sex == "F" else "M"


def nam_block(m, p, r, style=None, layout=None):
    """Name + DOB + sex + NAM, as one of several layouts. Registers types."""
    lang = m.lang
    style = style or r.choice(C.NAM_STYLES)
    nam = C.fmt_nam(p.nam, style)
    dstyle = r.choice(["iso", "dmy", "fr_long" if lang == "fr" else "en_long", "dots"])
    dob = C.fmt_date(p.dob, dstyle)
    layout = layout or r.choice(["lines", "inline", "pipe", "form"])
    nform = r.choice(["upper_comma", "full", "title_full", "surname_upper", "comma", "lower"])
    name = p.form(nform, lang)
    sx = sex_word(p, lang)
    if layout == "lines":
        txt = m.L("Nom : %s\nDDN : %s   Sexe : %s\nNAM : %s" % (name, dob, sx, nam),
                  "Name: %s\nDOB: %s   Sex: %s\nRAMQ: %s" % (name, dob, sx, nam))
    elif layout == "inline":
        txt = m.L("%s (sexe %s, %s le %s), NAM %s" % (name, sx, C.gx(p, "née", "né"), dob, nam),
                  "%s (sex %s, born %s), health card (RAMQ) %s" % (name, sx, dob, nam))
    elif layout == "pipe":
        txt = m.L("%s | DDN %s | sexe %s | NAM %s" % (name, dob, sx, nam),
                  "%s | DOB %s | sex %s | RAMQ %s" % (name, dob, sx, nam))
    else:
        txt = m.L("Patient(e) : %s\nDate de naissance : %s\nSexe : %s\nN° assurance maladie : %s"
                  % (name, dob, sx, nam),
                  "Patient: %s\nDate of birth: %s\nSex: %s\nQuebec health insurance no.: %s"
                  % (name, dob, sx, nam))
    m.add("patient_name", "date_of_birth", "ramq_nam")
    m.ids.append(("nam", p.nam))
    m.nam_people.append(p)
    return txt


def nam_fields(m, p, r, style=None):
    """Separate pieces, for tables / forms. Registers types."""
    style = style or r.choice(C.NAM_STYLES)
    m.add("patient_name", "date_of_birth", "ramq_nam")
    m.ids.append(("nam", p.nam))
    m.nam_people.append(p)
    return {"name": p.form(r.choice(["upper_comma", "full", "comma"]), m.lang),
            "dob": C.fmt_date(p.dob, r.choice(["iso", "dmy"])),
            "sex": sex_word(p, m.lang), "nam": C.fmt_nam(p.nam, style)}


def mrn(m, r, style=None):
    v = C.make_mrn(r)
    m.ids.append(("mrn", v))
    m.add("mrn")
    return C.fmt_mrn(v, style or r.choice(C.MRN_STYLES))


def mrn_label(m, r):
    return r.choice(m.L(["Dossier", "N° dossier", "No de dossier", "Dos."],
                        ["MRN", "Chart #", "Chart no.", "Hospital no."]))


def dx(m, c, key="dx"):
    m.add("diagnosis")
    return K.pick(c, key, m.lang)


def med(m, c):
    v = K.pick(c, "med", m.lang)
    if v:
        m.add("medication")
    return v


def lab(m, c):
    v = K.pick(c, "lab", m.lang)
    if v:
        m.add("lab_result")
    return v


def plan(m, c):
    return K.pick(c, "plan", m.lang)


def contact(m, r, with_phone=True, with_addr=True):
    m.add("patient_contact")
    parts = []
    if with_addr:
        parts.append(C.home_address(r))
    if with_phone:
        parts.append(C.phone(r))
    return parts


def greet(m, p=None, informal=False):
    if p is None:
        return m.L("Bonjour,", "Hello,")
    if informal:
        return m.L("Salut %s," % p.given, "Hi %s," % p.given)
    return m.L("Bonjour %s," % p.given, "Hi %s," % p.given)


def thanks(m):
    return m.L("Merci!", "Thanks,")


REF = C.dt.date(2025, 1, 1)
ADULT_KINDS = [k for k in K.KINDS if k != "peds_colo"]
TEEN_KINDS = ["pilonidal", "hs", "retracted", "fistula"]


def case_for(r, p, kinds=None):
    age = C.age_on(p.dob, REF) if p.dob else 50
    if age < 13:
        pool = ["peds_colo"]
    elif age < 18:
        pool = TEEN_KINDS
    else:
        pool = kinds or ADULT_KINDS
        if age < 40:
            pool = [k for k in pool if k not in ("arterial", "skin_tear", "oab", "venous")] or pool
    return K.case(r, r.choice(pool))


def ext_sig(p, org, ph, lang, title=None):
    lines = ["--", title or p.full, org, ("Tél. : " if lang == "fr" else "Tel. ") + ph]
    return "\n".join(lines)
