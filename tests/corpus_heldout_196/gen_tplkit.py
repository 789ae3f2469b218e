"""Small helpers shared by the message templates."""
import datetime
import random

import gen_pools as P
from gen_common import Att, Table, ascii_fold


def kv(c, pairs, force=None):
    """Labelled fields, either as 'Label : value' lines or as a two-column table."""
    mode = force or c.pick(["lines", "lines", "table", "dash"])
    if mode == "table":
        return Table(c.L(["Champ", "Information"], ["Field", "Details"]), [list(p) for p in pairs])
    sep = " : " if c.lang == "fr" else ": "
    if mode == "dash":
        return "\n".join(f"- {k}{sep}{v}" for k, v in pairs)
    return "\n".join(f"{k}{sep}{v}" for k, v in pairs)


def bullets(c, items):
    mark = c.pick(["- ", "* ", "• ", ""])
    if not mark:
        return "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items))
    return "\n".join(mark + x for x in items)


def fname(*parts, ext, sep="_"):
    s = sep.join(p for p in parts if p)
    return s.replace(" ", sep).replace("/", "-").replace(",", "") + "." + ext


def pdf(filename, title, lines, author="", meta_title=None, compress=True, subject=""):
    return Att("pdf", filename, dict(title=title, lines=lines, author=author, meta_title=meta_title or title,
                                     compress=compress, subject=subject))


def docx(filename, title, paras, author="", meta_title=None):
    return Att("docx", filename, dict(title=title, paras=paras, author=author, meta_title=meta_title or title))


def xlsx(filename, sheets, author="", meta_title=""):
    return Att("xlsx", filename, dict(sheets=sheets, author=author, meta_title=meta_title))


def csv(filename, rows, sep=";"):
    return Att("csv", filename, dict(rows=rows, sep=sep))


def ics(c, filename, start, minutes, summary, description, location, organizer, attendees, method="REQUEST"):
    uid = f"{c.rng.getrandbits(64):016x}-{c.rng.getrandbits(32):08x}@agenda.{P.DOM}"
    return Att("ics", filename, dict(uid=uid, stamp=c.date, start=start, end=start + datetime.timedelta(minutes=minutes),
                                     summary=summary, description=description, location=location,
                                     organizer=organizer, attendees=attendees, method=method))


def vcf(filename, **kw):
    return Att("vcf", filename, kw)


def eml(c, doc, hours_before=3):
    date = c.date - datetime.timedelta(hours=hours_before, minutes=c.rng.randint(1, 59))
    sub_rng = random.Random(c.rng.getrandbits(64))
    return Att("eml", ascii_fold(doc.subject)[:60].replace("/", "-").replace(":", "").strip() + ".eml",
               dict(doc=doc, rng=sub_rng, date=date, dom=P.DOM))


def zipped(filename, members):
    return Att("zip", filename, members)


def prefix(c, kinds=("", "", "re", "fw")):
    k = c.pick(kinds)
    if k == "re":
        return c.pick(["RE: ", "Re: ", "RE : "]) if c.lang == "fr" else c.pick(["RE: ", "Re: "])
    if k == "fw":
        return c.pick(["TR: ", "Tr : ", "Fwd: "]) if c.lang == "fr" else c.pick(["FW: ", "Fwd: ", "Fw: "])
    return ""


def md_name(c, st):
    if c.lang == "fr":
        return ("Dre " if st.sex == "F" else "Dr ") + st.surname
    return "Dr. " + st.surname


def spec_of(c, md):
    return md.extra[0] if c.lang == "fr" else md.extra[1]


def community_clinic(c, comm):
    name = comm[2] if c.lang == "fr" else comm[3]
    return name, comm[4]


def clinic_staff(c, comm, role="cnurse"):
    rec = c.pick(P.STAFF[role])
    from gen_common import Staff, email_local
    return Staff(rec[0], rec[1], rec[2], role, f"{email_local(rec[0], rec[1])}@{comm[4]}",
                 f"819-555-01{c.rng.randint(10, 99)}", tuple(rec[3:]))


def plang(c, p):
    key = p.community[1]
    return (P.LANG_FR if c.lang == "fr" else P.LANG_EN)[key]


def md_for(c, case):
    """A physician whose specialty matches the case when one exists."""
    from gen_common import Staff, email_local
    want = case["spec"][0].split(" ")[0]
    recs = [r for r in P.STAFF["md"] if r[3].split(" ")[0] == want or r[3] == case["spec"][0]] or P.STAFF["md"]
    r = c.pick(recs)
    return Staff(r[0], r[1], r[2], "md", f"{email_local(r[0], r[1])}@{P.DOM}", f"418-555-01{c.rng.randint(10, 99)}", tuple(r[3:]))


def home(c):
    return c.pick(P.HOMES)


def luhn_serial(c, n=9, sizes=(3, 3, 3), sep=" "):
    """A checksum-valid (Luhn) serial/asset number - deliberately SIN-shaped when n == 9."""
    from stdnum import luhn
    from gen_common import groups
    body = str(c.rng.randint(1, 7)) + "".join(str(c.rng.randrange(10)) for _ in range(n - 2))
    num = body + luhn.calc_check_digit(body)
    return groups(num, sizes, sep) if sep is not None else num


def lot(c):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return c.pick([f"{c.pick(letters)}{c.pick(letters)}{c.rng.randint(1000, 9999)}{c.pick(letters)}",
                   f"{c.rng.randint(10, 99)}{c.pick(letters)}{c.rng.randint(100, 999)}",
                   f"L{c.rng.randint(100000, 999999)}"])


def staff_pick(c, role, k):
    recs = c.sample(P.STAFF[role], min(k, len(P.STAFF[role])))
    return recs
