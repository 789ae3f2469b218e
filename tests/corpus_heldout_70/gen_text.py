# -*- coding: utf-8 -*-
"""Greetings, signatures, quoting, HTML rendering."""
import html

from gen_common import ORG, date_fr, date_en, MONTHS_FR

DISCLAIMER_FR = [
    "AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes peuvent contenir des renseignements "
    "confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
    "Ce message est destiné uniquement au(x) destinataire(s) indiqué(s). Toute diffusion non autorisée est interdite.",
    "*** Courriel externe – soyez prudent avec les liens et les pièces jointes ***",
]
DISCLAIMER_EN = [
    "CONFIDENTIALITY NOTICE: This e-mail may contain privileged or confidential information. If you "
    "received it in error, please notify the sender and delete it.",
    "This message is intended only for the addressee. Please consider the environment before printing.",
]

GREET_FR = ["Bonjour,", "Bonjour,", "Bonjour {n},", "Bonjour {n},", "Salut {n},", "Bonjour à tous,", "Bonsoir,", "Allo {n},",
            "Madame, Monsieur,", "Bonjour,", "Re-bonjour,", ""]
GREET_EN = ["Hi,", "Hi {n},", "Hello {n},", "Good morning,", "Dear colleagues,", "Hello,", "{n},", ""]
CLOSE_FR = ["Merci,", "Merci,", "Merci beaucoup,", "Cordialement,", "Bonne journée,", "Salutations,",
            "Merci de votre collaboration,", "Au plaisir,", "", "Bien à vous,", "Cordialement,"]
CLOSE_EN = ["Thanks,", "Thank you,", "Regards,", "Best,", "Cheers,", "Kind regards,", ""]


def greet(g, lang, who=None):
    pool = GREET_FR if lang == "fr" else GREET_EN
    s = g.choice(pool)
    if who is None and ("{n}" in s or "{s}" in s):
        s = "Bonjour," if lang == "fr" else "Hi,"
    if who is not None:
        s = s.replace("{n}", who.given).replace("{s}", who.surname)
    return s


def close(g, lang):
    return g.choice(CLOSE_FR if lang == "fr" else CLOSE_EN)


def signature(g, staff, org="hop", lang="fr", disclaimer=None):
    name, dom, phone = ORG[org]
    style = g.randint(0, 4)
    ext = g.randint(2000, 7999)
    if style == 0:
        s = f"--\n{staff.display}\n{staff.role}\n{name}\nTél. : {phone}, poste {ext}" if lang == "fr" else \
            f"--\n{staff.display}\n{staff.role}\n{name}\nTel: {phone} ext. {ext}"
    elif style == 1:
        s = f"{staff.given}"
    elif style == 2:
        s = f"{staff.display} | {staff.role} | {name}"
    elif style == 3:
        s = f"{staff.full}\n{staff.role}\n{phone} #{ext}\n{staff.email(org)}"
    else:
        s = f"{staff.given} {staff.surname[0]}.\nEnvoyé de mon iPhone" if lang == "fr" else \
            f"{staff.given}\nSent from my phone"
    if disclaimer is None:
        disclaimer = g.chance(0.3)
    if disclaimer:
        s += "\n\n" + g.choice(DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN)
    return s


def body(g, lang, who, paragraphs, staff, org="hop", disclaimer=None):
    parts = []
    gr = greet(g, lang, who)
    if gr:
        parts.append(gr)
    parts.extend(paragraphs)
    cl = close(g, lang)
    sig = signature(g, staff, org, lang, disclaimer)
    parts.append((cl + "\n" if cl else "") + sig)
    return "\n\n".join(parts) + "\n"


def fmt_dt_fr(dt):
    days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    return f"{days[dt.weekday()]} {dt.day} {MONTHS_FR[dt.month - 1]} {dt.year} {dt:%H:%M}"


def fmt_dt_en(dt):
    return f"{dt:%a}, {dt:%b} {dt.day}, {dt.year} at {dt:%I:%M %p}"


def quote(text, style, sender, sender_addr, dt, to=None, subject=None):
    """Return quoted block of an earlier message."""
    if style == "gt_fr":
        head = f"Le {fmt_dt_fr(dt).replace(dt.strftime('%H:%M'), 'à ' + dt.strftime('%H:%M'))}, {sender} <{sender_addr}> a écrit :"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    if style == "gt_en":
        head = f"On {fmt_dt_en(dt)}, {sender} <{sender_addr}> wrote:"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    if style == "outlook_fr":
        head = (f"-----Message d'origine-----\nDe : {sender} <{sender_addr}>\nEnvoyé : {fmt_dt_fr(dt)}\n"
                f"À : {to or ''}\nObjet : {subject or ''}\n")
        return head + "\n" + text
    head = (f"-----Original Message-----\nFrom: {sender} <{sender_addr}>\nSent: {fmt_dt_en(dt)}\n"
            f"To: {to or ''}\nSubject: {subject or ''}\n")
    return head + "\n" + text


def forward_block(text, lang, sender, sender_addr, dt, to, subject):
    if lang == "fr":
        head = (f"---------- Message transféré ---------\nDe : {sender} <{sender_addr}>\nDate : {fmt_dt_fr(dt)}\n"
                f"Objet : {subject}\nÀ : {to}\n")
    else:
        head = (f"---------- Forwarded message ---------\nFrom: {sender} <{sender_addr}>\nDate: {fmt_dt_en(dt)}\n"
                f"Subject: {subject}\nTo: {to}\n")
    return head + "\n" + text


def to_html(text, g=None, table=None):
    """Render plain text to a mail-client-like HTML document.
    table: optional (header, rows) rendered where a line '[[TABLE]]' appears."""
    style = g.randint(0, 2) if g else 0
    out = []
    quote_open = False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if para.strip() == "[[TABLE]]" and table:
            hdr, rows = table
            t = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">']
            t.append("<tr>" + "".join(f"<th>{html.escape(str(h))}</th>" for h in hdr) + "</tr>")
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            continue
        is_quote = all(l.startswith(">") for l in lines if l)
        if is_quote and not quote_open:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            quote_open = True
        if not is_quote and quote_open:
            out.append("</blockquote>")
            quote_open = False
        if is_quote:
            lines = [l[1:].lstrip() if l.startswith(">") else l for l in lines]
        inner = "<br>\n".join(html.escape(l) for l in lines)
        if style == 0:
            out.append(f"<p>{inner}</p>")
        elif style == 1:
            out.append(f'<div dir="ltr">{inner}</div><div><br></div>')
        else:
            out.append(f'<p class="MsoNormal"><span style="font-family:Calibri,sans-serif">{inner}</span></p>')
    if quote_open:
        out.append("</blockquote>")
    body = "\n".join(out)
    if style == 2:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt} --></style>\n</head>\n'
                f'<body lang="FR-CA">\n<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    return f"<html><head></head><body>\n{body}\n</body></html>\n"


def table_text(hdr, rows, sep=" | "):
    widths = [max(len(str(x)) for x in col) for col in zip(hdr, *rows)]
    lines = [sep.join(str(h).ljust(w) for h, w in zip(hdr, widths)).rstrip()]
    lines.append("-" * len(lines[0]))
    for r in rows:
        lines.append(sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(lines)
