"""Small helpers used by the message writers."""
import datetime

from gen_common import (CLINICS, EMPLOYERS, HOSPITALS, NAM_HOLDERS, SST, STAFF, Person, random_employee,
                        random_patient, slug)
import gen_mime as M


def org_staff(org, role_part=None):
    out = [s for s in STAFF if s.org is org]
    if role_part:
        out = [s for s in out if role_part.lower() in s.role_en.lower()]
    return out


def clinic_team(rng):
    c = rng.choice(CLINICS)
    team = org_staff(c)
    doc = [s for s in team if s.doctor][0]
    others = [s for s in team if not s.doctor]
    return c, doc, others


def clinic_admin(others, doc):
    """The clinic's secretary / receptionist / coordinator (falls back to the physician)."""
    for s in others:
        if any(w in s.role_en for w in ("secretary", "Receptionist", "coordinator")):
            return s
    return doc


def worker_patient(rng, use_nam, min_year=1958, max_year=2007, sex=None):
    """An outside worker seen as a patient.  NAM holders keep their own name, date and sex."""
    if use_nam:
        cands = [p for p in NAM_HOLDERS if min_year <= p.dob.year <= max_year and (sex is None or p.sex == sex)]
        return rng.choice(cands)
    while True:
        p = random_patient(rng, min_year, max_year)
        if sex is None or p.sex == sex:
            return p


def employer(rng):
    return rng.choice(EMPLOYERS)


def contact_person(rng):
    g, s, f = random_employee(rng)
    return g, s, f


def contact_email(g, s, domain):
    return "%s.%s@%s" % (slug(g)[:1], slug(s), domain)


def inner_eml(frm, to, subject, text, date, msgid, charset="utf-8", cte="quoted-printable"):
    hdrs = M.std_headers(frm, to, subject, date, msgid, hcs="utf-8", henc="Q")
    return M.build_message(hdrs, M.Leaf("text/plain", text, charset=charset, cte=cte), "inner" + msgid[:6])


def fdt(d, lang):
    if lang == "fr":
        return d.strftime("%Y-%m-%d %H:%M")
    return d.strftime("%a %b %d, %Y %I:%M %p")


def mk(cat, lang, frm, to, subject, text=None, html=None, atts=None, types=(), note="", cc=None,
       reply_to_id=None, html_only=False, extra_headers=None):
    return {"cat": cat, "lang": lang, "frm": frm, "to": to, "cc": cc or [], "subject": subject,
            "text": text, "html": html, "atts": atts or [], "types": sorted(set(types)), "note": note,
            "reply_to_id": reply_to_id, "html_only": html_only, "extra_headers": extra_headers or []}


def att(ctype, data, filename, fn_style=None, inline=False):
    return {"kind": "file", "ctype": ctype, "data": data, "filename": filename, "fn_style": fn_style,
            "inline": inline}


def att_eml(data, filename="message.eml", as_octet=False):
    return {"kind": "eml", "data": data, "filename": filename, "as_octet": as_octet}


def who(s, lang):
    """(display name, e-mail) of a Staff."""
    return (s.display(lang), s.email)


def add_days(d, n):
    return d + datetime.timedelta(days=n)


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIP = "application/zip"
CSV = "text/csv"
ICS = "text/calendar"
VCF = "text/vcard"

__all__ = ["org_staff", "clinic_team", "clinic_admin", "worker_patient", "employer", "contact_person", "contact_email",
           "inner_eml", "fdt", "mk", "att", "att_eml", "who", "add_days", "PDF", "DOCX", "XLSX", "ZIP",
           "CSV", "ICS", "VCF", "Person", "HOSPITALS", "SST", "CLINICS"]
