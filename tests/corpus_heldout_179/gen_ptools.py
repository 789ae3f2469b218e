"""Helpers shared by the positive templates: patient choice and identity blocks."""
from gen_common import DOB_STYLES, MRN_STYLES, NAM_STYLES, STRONG_NAME_STYLES

PDF_SAFE_NAM = ["plain", "space", "dot", "slash", "hyphen", "lower", "odd"]
PDF_SAFE_MRN = ["plain", "prefix", "zero", "dash", "space", "slash", "dot"]


def patient(c, sex=None, min_age=18, max_age=95, p_nam=0.6, origin="qc"):
    if origin == "qc" and c.chance(p_nam):
        p = c.pool.nam_patient(sex, min_age, max_age)
        if p:
            return p
    return c.pool.invented(sex, max(min_age, 18), max_age, origin)


def nstyle(c, plain_only=False):
    if plain_only:
        return c.ch(["full", "title_full", "upper_comma", "comma", "upper_given"])
    return c.ch(STRONG_NAME_STYLES)


def idblock(c, p, oneline=None, mrn=None, name_style=None, pdf=False, labels=True, dob=None):
    """Identity block. NAM holders always get name, DOB and sex alongside the NAM."""
    t, fr = c.t, c.lang == "fr"
    ns = name_style or nstyle(c)
    if p.nam and ns in ("initial", "given", "sur_upper_only", "title_sur"):
        ns = "full"
    name = t.name(p, ns)
    oneline = c.chance(0.4) if oneline is None else oneline
    dob_style = c.ch(["iso", "dmy", "long", "ymd_slash", "dmy_dash", "abbr_en" if not fr else "dmy"])
    want_dob = True if (p.nam or dob) else (c.chance(0.6) if dob is None else dob)
    fields = []
    if want_dob:
        fields.append((c.L("DDN", "DOB"), t.dob(p, dob_style)))
    if p.nam or c.chance(0.5):
        fields.append((c.L("Sexe", "Sex"), t.sex(p)))
    if p.nam:
        st = c.ch(PDF_SAFE_NAM if pdf else NAM_STYLES)
        fields.append(("NAM" if fr else c.ch(["RAMQ", "HIN", "RAMQ no."]), t.nam(p, st)))
    if p.ohip:
        fields.append((c.L("No carte santé Ontario", "OHIP"), t.ohip(p, c.ch(["dash_vc", "space_vc", "plain", "dash"] + ([] if pdf else ["fullwidth"])))))
    if p.niss:
        fields.append((c.L("NISS", "Belgian NISS"), t.niss(p, c.ch(["be", "plain", "space"] + ([] if pdf else ["fullwidth"])))))
    if p.nir:
        fields.append((c.L("NIR", "French NIR"), t.nir(p, c.ch(["space", "plain", "key"] + ([] if pdf else ["fullwidth"])))))
    want_mrn = c.chance(0.55) if mrn is None else mrn
    if not (p.nam or p.ohip or p.niss or p.nir):
        want_mrn = True if mrn is None else mrn
    if want_mrn:
        fields.append((c.L(c.ch(["Dossier", "No dossier", "# dossier"]), c.ch(["MRN", "Chart", "Chart #"])),
                       t.mrn(p, c.ch(PDF_SAFE_MRN if pdf else MRN_STYLES))))
    if oneline:
        if labels:
            return name + " — " + ", ".join(f"{k} {v}" for k, v in fields) if fr else \
                name + " - " + ", ".join(f"{k} {v}" for k, v in fields)
        return name + " (" + ", ".join(v for _, v in fields) + ")"
    key = c.L("Patient(e)", "Patient") if c.chance(0.5) else c.L("Nom", "Name")
    sep = " : " if fr else ": "
    return "\n".join([f"{key}{sep}{name}"] + [f"{k}{sep}{v}" for k, v in fields])


def id_rows(c, p, pdf=True):
    """Label/value rows for forms (PDF/DOCX)."""
    t, fr = c.t, c.lang == "fr"
    rows = [(c.L("Nom, prénom", "Surname, given name"), t.name(p, c.ch(["comma", "upper_comma"])))]
    rows.append((c.L("Date de naissance", "Date of birth"), t.dob(p, c.ch(["iso", "dmy", "ymd_slash"]))))
    rows.append((c.L("Sexe", "Sex"), t.sex(p)))
    if p.nam:
        rows.append((c.L("NAM (RAMQ)", "RAMQ number"), t.nam(p, c.ch(PDF_SAFE_NAM if pdf else NAM_STYLES))))
    if p.ohip:
        rows.append((c.L("Carte santé Ontario", "Ontario health card"), t.ohip(p, c.ch(["dash_vc", "plain"]))))
    if p.niss:
        rows.append(("NISS", t.niss(p, "be")))
    if p.nir:
        rows.append(("NIR", t.nir(p, c.ch(["space", "plain"]))))
    rows.append((c.L("No de dossier", "Chart number"), t.mrn(p, c.ch(PDF_SAFE_MRN if pdf else MRN_STYLES))))
    return rows


def file_token(p, style):
    """A patient token as it would appear in an attachment's file name."""
    from gen_common import fold
    s = fold(p.surname).replace(" ", "").replace("'", "").capitalize()
    g = fold(p.given).replace(" ", "")
    return {"sur_init": f"{s}_{g[0].upper()}", "sur_given": f"{s}_{g.capitalize()}",
            "upper": f"{s.upper()}_{g.capitalize()}", "accent": f"{p.surname.replace(' ', '_')}_{p.given}"}[style]


def fname_tok(c, p, style=None):
    """Register and return a patient token for use in an attachment file name."""
    c.t.add("patient_name")
    if (p.given, p.surname) not in c.t.names:
        c.t.names.append((p.given, p.surname))
    return file_token(p, style or c.ch(["sur_init", "sur_given", "upper", "accent"]))


def spec(c, cat, note, frm, to, subject, text=None, **kw):
    d = {"cat": cat, "note": note, "lang": c.lang, "frm": frm, "to": to, "subject": subject, "text": text}
    d.update(kw)
    return d
