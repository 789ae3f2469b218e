"""Helpers shared by the message templates: specs, quoting, forwarding, attachments."""
import datetime
import hashlib

import gen_attach as A
from gen_common import DOMAIN, date_en, date_fr
from gen_mime import build

MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TZ = datetime.timezone(datetime.timedelta(hours=-4))


def spec(category, lang, frm, to, subject, text=None, html=None, atts=(), types=(),
         note="", cc=(), nams=(), ids=(), reply=None, extra_headers=()):
    return dict(category=category, lang=lang, frm=frm, to=list(to), cc=list(cc),
                subject=subject, text=text, html=html, attachments=list(atts),
                types=sorted(set(types)), note=note, nams=list(nams), ids=list(ids),
                in_reply_to=reply, extra_headers=list(extra_headers))


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.rstrip("\n").split("\n"))


def reply_header(lang, when, person, style=0):
    if lang == "fr":
        if style == 0:
            return f"Le {date_fr(when.date(), 2)} à {when:%H:%M}, {person.full} <{person.email}> a écrit :"
        return ("-----Message d'origine-----\nDe : " + person.full + f" <{person.email}>\n"
                f"Envoyé : {date_fr(when.date(), 2)} {when:%H:%M}\n")
    if style == 0:
        return f"On {date_en(when.date(), 1)}, at {when:%H:%M}, {person.full} <{person.email}> wrote:"
    return ("-----Original Message-----\nFrom: " + person.full + f" <{person.email}>\n"
            f"Sent: {date_en(when.date(), 1)} {when:%I:%M %p}\n")


def forward_block(lang, when, frm, to, subject, body):
    if lang == "fr":
        head = ("---------- Message transféré ---------\n"
                f"De : {frm.full} <{frm.email}>\n"
                f"Date : {date_fr(when.date(), 2)} à {when:%H:%M}\n"
                f"Objet : {subject}\n"
                f"À : {to.full} <{to.email}>\n")
    else:
        head = ("---------- Forwarded message ---------\n"
                f"From: {frm.full} <{frm.email}>\n"
                f"Date: {date_en(when.date(), 1)} at {when:%H:%M}\n"
                f"Subject: {subject}\n"
                f"To: {to.full} <{to.email}>\n")
    return head + "\n" + body


def ext_addr(display, local, domain):
    return (display, f"{local}@{domain}")


def list_addr(local, display=""):
    return (display, f"{local}@{DOMAIN}")


# ---------------------------------------------------------------- attachments
def att_pdf(filename, title, lines, author="Banque de sang", fn_style=None):
    a = dict(filename=filename, ctype="application/pdf",
             data=A.make_pdf(title, lines, author=author))
    if fn_style:
        a["fn_style"] = fn_style
    return a


def att_docx(filename, title, paragraphs, table=None, author="Banque de sang", fn_style=None):
    a = dict(filename=filename, ctype=MIME_DOCX,
             data=A.make_docx(title, paragraphs, table, author=author))
    if fn_style:
        a["fn_style"] = fn_style
    return a


def att_xlsx(filename, sheets, author="Banque de sang", fn_style=None):
    a = dict(filename=filename, ctype=MIME_XLSX, data=A.make_xlsx(sheets, author=author))
    if fn_style:
        a["fn_style"] = fn_style
    return a


def att_csv(filename, rows, delimiter=",", bom=False, cte=None):
    a = dict(filename=filename, ctype="text/csv",
             data=A.make_csv(rows, delimiter=delimiter, bom=bom))
    if cte:
        a["cte"] = cte
    return a


def att_ics(filename, **kw):
    return dict(filename=filename, ctype="text/calendar", data=A.make_ics(**kw))


def att_vcf(filename, **kw):
    return dict(filename=filename, ctype="text/vcard", data=A.make_vcard(**kw))


def att_zip(filename, members):
    return dict(filename=filename, ctype="application/zip", data=A.make_zip(members))


def inner_eml(sp, lang, when, charset="utf-8", cte="quoted-printable", body="plain"):
    """Build a complete message (bytes, LF) to attach as message/rfc822."""
    mid = "<" + hashlib.sha1((sp["subject"] + when.isoformat()).encode()).hexdigest()[:20] \
        + f"@mail.{DOMAIN}>"
    prof = dict(body=body, charset=charset, cte=cte, crlf=False, subj_mode="auto",
                mailer="Microsoft Outlook 16.0")
    return build(sp, prof, when, mid, lang)


def att_eml(filename, sp, lang, when, **kw):
    return dict(filename=filename, ctype="message/rfc822", data=inner_eml(sp, lang, when, **kw))


def dt(d, h, m=0):
    return datetime.datetime(d.year, d.month, d.day, h, m, tzinfo=TZ)
