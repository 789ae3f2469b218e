"""Small helpers shared by the message templates."""
import datetime as dt

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_mime import Att, Spec  # noqa: F401  (re-exported for templates)


def pair(s, lang="fr"):
    return (s.display(lang), s.email)


def hello(c, s=None, generic=False):
    if generic or s is None:
        return c.pick(["Bonjour,", "Bonjour à tous,", "Allo,"]) if c.fr else c.pick(["Hello,", "Hi all,", "Good morning,"])
    return c.pick([f"Bonjour {s.given},", f"Salut {s.given},", f"Bonjour {s.given}!"]) if c.fr else \
        c.pick([f"Hi {s.given},", f"Hello {s.given},", f"{s.given},"])


def thanks(c):
    return c.pick(["Merci!", "Merci beaucoup,", "Bonne journée,", "Merci et bonne fin de journée,"]) if c.fr \
        else c.pick(["Thanks,", "Thank you,", "Best,", "Many thanks,"])


def safe(s):
    return C.ascii_fold(s).replace(" ", "_").replace("'", "").replace(",", "")


def stamp(c, hours_back=0):
    return c.when - dt.timedelta(hours=hours_back)


def pdf_att(c, filename, title, lines, rfc2231=False):
    return Att(filename, "application/pdf", A.pdf(title, lines, c.when, author=C.ORG), kind="pdf",
               rfc2231=rfc2231)


def docx_att(c, filename, title, paras, table=None, rfc2231=False):
    return Att(filename, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               A.docx(title, paras, c.when, table=table), kind="docx", rfc2231=rfc2231)


def xlsx_att(c, filename, sheets, rfc2231=False):
    return Att(filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               A.xlsx(sheets, c.when), kind="xlsx", rfc2231=rfc2231)


def csv_att(c, filename, rows, sep=";", charset=None, cte=None):
    charset = charset or c.pick(["utf-8", "windows-1252", "iso-8859-1"])
    text = A.csv_text(rows, sep)
    if not M.can_encode(text, charset):
        charset = "utf-8"
    return Att(filename, "text/csv", text, charset=charset,
               cte=cte or c.pick(["base64", "quoted-printable", "base64"]), kind="csv")


def ics_att(c, filename, **kw):
    text = A.ics(**kw)
    return Att(filename, "text/calendar", text, charset="utf-8", cte=c.pick(["base64", "quoted-printable", "8bit"]),
               kind="ics")


def vcf_att(c, filename, **kw):
    text = A.vcard(**kw)
    return Att(filename, c.pick(["text/vcard", "text/x-vcard"]), text, charset="utf-8",
               cte=c.pick(["base64", "quoted-printable", "8bit"]), kind="vcf")


def zip_att(c, filename, members):
    return Att(filename, c.pick(["application/zip", "application/x-zip-compressed"]),
               A.zipfile_bytes(members, c.when), kind="zip")


def msgid(c, dom=C.DOM):
    return f"<{c.rng.randrange(16 ** 12):012x}.{c.rng.randrange(10 ** 6):06d}@{dom}>"


def eml_att(c, inner_spec, hours_back=20, filename=None):
    """an attached message (message/rfc822) built from another spec"""
    tr = {"mode": c.pick(["plain", "alt"]), "charset": "utf-8", "cte": c.pick(["8bit", "quoted-printable", "base64"]),
          "eol": "lf", "subj_enc": "auto", "mailer": None}
    d = stamp(c, hours_back)
    raw = M.build(inner_spec, tr, c.rng, f"in{c.rng.randrange(10 ** 6):06d}", d, msgid(c))
    return Att(filename or (C.ascii_fold(inner_spec.subject)[:40].strip().replace("/", "-") + ".eml"),
               "message/rfc822", raw, kind="eml")


def quote_intro(c, who, d):
    if c.fr:
        return f"Le {C.JOURS[d.weekday()]} {d.day} {C.MOIS[d.month - 1]} {d.year} à {d.hour:02d}:{d.minute:02d}, {who} a écrit :"
    h = d.hour % 12 or 12
    return f"On {C.DAYS[d.weekday()][:3]}, {C.MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'} {who} wrote:"


def quoted(text):
    return "\n".join(("> " + x) if x else ">" for x in text.split("\n"))


def outlook_header(c, sender, to, subject, d):
    if c.fr:
        return ("-----Message d'origine-----\n"
                f"De : {sender[0]} <{sender[1]}>\n"
                f"Envoyé : {C.JOURS[d.weekday()]} {d.day} {C.MOIS[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}\n"
                f"À : {to[0]} <{to[1]}>\n"
                f"Objet : {subject}\n")
    return ("-----Original Message-----\n"
            f"From: {sender[0]} <{sender[1]}>\n"
            f"Sent: {C.DAYS[d.weekday()]}, {C.MONTHS[d.month - 1]} {d.day}, {d.year} {d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}\n"
            f"To: {to[0]} <{to[1]}>\n"
            f"Subject: {subject}\n")


def fwd_header(c, sender, to, subject, d):
    if c.fr:
        return ("-------- Message transféré --------\n"
                f"Sujet : {subject}\nDate : {d.strftime('%Y-%m-%d %H:%M')}\n"
                f"De : {sender[0]} <{sender[1]}>\nPour : {to[0]} <{to[1]}>\n")
    return ("---------- Forwarded message ---------\n"
            f"From: {sender[0]} <{sender[1]}>\nDate: {d.strftime('%a, %b %d, %Y at %I:%M %p')}\n"
            f"Subject: {subject}\nTo: {to[0]} <{to[1]}>\n")


def nam_block(c, p, types):
    """identification line of a NAM holder (name, birth date, sex, NAM) when the patient has one"""
    if not getattr(p, "nam", None):
        return ""
    types |= {"date_of_birth", "ramq_nam"}
    return c.ident_line(p) + "\n"


def html_table(head, rows, intro="", outro=""):
    import html as _h
    intro = _h.escape(intro).replace("\n", "<br>\n")
    outro = _h.escape(outro).replace("\n", "<br>\n")
    cells = "".join(f"<th style='border:1px solid #999;padding:3px'>{h}</th>" for h in head)
    body = []
    for r in rows:
        body.append("<tr>" + "".join(f"<td style='border:1px solid #999;padding:3px'>{v}</td>" for v in r) + "</tr>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            f"<p>{intro}</p>\n<table style='border-collapse:collapse'>\n<tr>{cells}</tr>\n" + "\n".join(body) +
            f"\n</table>\n<p>{outro}</p>\n</body></html>")


def text_table(head, rows, sep=" | "):
    return "\n".join([sep.join(head)] + [sep.join(str(v) for v in r) for r in rows])
