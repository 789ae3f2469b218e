"""Helpers shared by the message templates: language switch, identity blocks, quoting, forwarding."""
import datetime

from email.utils import format_datetime

import gen_common as C
import gen_mime as M


def L(ctx, fr, en):
    return fr if ctx.lang == "fr" else en


def who(s):
    """(display name, address) of a staff tuple."""
    return (C.staff_name(s), C.staff_addr(s))


def ext(name, local, domain):
    return (name, "%s@%s" % (local, domain))


def pname(ctx, p, forms=None):
    """Patient name in some shape; a NAM holder always gets given name + surname."""
    ctx.t("patient_name")
    if p.nam:
        forms = [f for f in (forms or ["full", "upper_comma", "lower", "sur_first"])
                 if f in ("full", "upper_comma", "lower", "sur_first")] or ["full"]
    return C.name_form(ctx.rng, p, ctx.lang, forms)


def dob(ctx, p):
    ctx.t("date_of_birth")
    return C.fmt_dob(ctx.rng, p.dob, ctx.lang)


def sex_word(ctx, p):
    return L(ctx, "Sexe : %s" % p.sex, "Sex: %s" % p.sex)


def mrn(ctx, style=None):
    v = C.make_mrn(ctx.rng, style)
    ctx.t("mrn")
    ctx.ids.append(("mrn", v))
    return v


def idblock(ctx, p, layout=None, want_mrn=None, name_forms=None):
    """Identity lines for a patient: name, birth date, sex and NAM when the patient holds one,
    otherwise name plus chart number and/or birth date."""
    r = ctx.rng
    layout = layout or r.choice(["lines", "inline", "pipe"])
    nm = pname(ctx, p, name_forms)
    fields = []
    if p.nam:
        fields.append((L(ctx, "Nom", "Name"), nm))
        fields.append((L(ctx, "DDN", "DOB"), dob(ctx, p)))
        fields.append((L(ctx, "Sexe", "Sex"), p.sex))
        fields.append(("NAM" if ctx.lang == "fr" else r.choice(["RAMQ", "NAM", "RAMQ no."]), C.nam_text(ctx, p)))
        if want_mrn:
            fields.append((L(ctx, "No dossier", "MRN"), mrn(ctx)))
    else:
        fields.append((L(ctx, "Nom", "Patient"), nm))
        if want_mrn is None:
            want_mrn = r.random() < 0.7
        if want_mrn:
            fields.append((r.choice(L(ctx, ["No dossier", "Dossier", "# dossier"], ["MRN", "Chart #", "Chart"])),
                           mrn(ctx)))
        if r.random() < 0.6 or not want_mrn:
            fields.append((L(ctx, "DDN", "DOB"), dob(ctx, p)))
        if r.random() < (0.12 if ctx.lang == "en" else 0.04):
            num, vc = C.make_ohip(r)
            ctx.t("ca_health_number")
            ctx.ids.append(("ca_health_number", num))
            fields.append((L(ctx, "Carte santé Ont.", "OHIP"), "%s-%s" % (
                C.disguise(r, num, [4, 3, 3], r.choice(["space", "hyphen", "plain"])), vc)))
    if layout == "lines":
        return "\n".join("%s : %s" % f if ctx.lang == "fr" else "%s: %s" % f for f in fields)
    if layout == "pipe":
        return " | ".join("%s %s" % f for f in fields)
    return ", ".join("%s %s" % f for f in fields)


DOW_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]


def quote(ctx, text, author, when, prefix="> "):
    """A reply header and quoted text. author: (name, addr)."""
    if ctx.lang == "fr":
        head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            DOW_FR[when.weekday()], when.day, C.MOIS[when.month - 1], when.year, when.hour, when.minute,
            author[0], author[1])
    else:
        head = "On %s, %s <%s> wrote:" % (when.strftime("%a, %b %d, %Y at %H:%M"), author[0], author[1])
    body = "\n".join((prefix + ln).rstrip() for ln in text.rstrip("\n").split("\n"))
    return head + "\n" + body + "\n"


def outlook_quote(ctx, text, author, to, when, subject):
    if ctx.lang == "fr":
        head = "De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (
            author[0], author[1], "%s %d %s %d %02d:%02d" % (DOW_FR[when.weekday()], when.day, C.MOIS[when.month - 1],
                                                            when.year, when.hour, when.minute), to[0], subject)
    else:
        head = "From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s" % (
            author[0], author[1], when.strftime("%A, %B %d, %Y %I:%M %p"), to[0], subject)
    return "\n________________________________\n" + head + "\n\n" + text


def forward(ctx, text, author, to, when, subject):
    if ctx.lang == "fr":
        head = "---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s <%s>" % (
            author[0], author[1], format_datetime(when), subject, to[0], to[1])
    else:
        head = "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s <%s>" % (
            author[0], author[1], format_datetime(when), subject, to[0], to[1])
    return head + "\n\n" + text


def earlier(ctx, hours_min=2, hours_max=70):
    return ctx.dt - datetime.timedelta(hours=ctx.rng.randint(hours_min, hours_max), minutes=ctx.rng.randint(0, 59))


def inner_message(ctx, frm, to, subject, text, when, attachments=None, html=None):
    spec = {"lang": ctx.lang, "from": frm, "to": to, "subject": subject, "text": text, "date": when,
            "msgid": ctx.msgid("inner"), "attachments": attachments or [], "html": html}
    return M.nested_eml(spec, ctx.style, ctx.bseed + "n")


def spec(ctx, category, note, frm, to, subject, text, cc=None, attachments=None, html=None, reply_to_id=None):
    return {"category": category, "note": note, "from": frm, "to": to, "cc": cc or [], "subject": subject,
            "text": text, "attachments": attachments or [], "html": html, "in_reply_to": reply_to_id}


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, M.html.escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def wrap_html(ctx, pre, table_html, post):
    esc = lambda s: "<br>\n".join(M.html.escape(x) for x in s.split("\n"))
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;'
            'font-size:10.5pt">\n<p>%s</p>\n%s\n<p>%s</p>\n</body></html>\n' % (esc(pre), table_html, esc(post)))
