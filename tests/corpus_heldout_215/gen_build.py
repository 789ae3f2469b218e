# -*- coding: utf-8 -*-
"""Message specification and rendering with varied transports."""
import email.utils
import html as htmlmod

import gen_common as C
import gen_mime as M

JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
            "oct.", "nov.", "déc."]


class Msg:
    def __init__(self, lang, cat, note):
        self.lang, self.cat, self.note = lang, cat, note
        self.types = set()
        self.ids = []          # (kind, compact value) inserted identifiers
        self.nam_people = []   # Person objects whose NAM is used
        self.frm = None
        self.to, self.cc = [], []
        self.subject = ""
        self.text = ""
        self.html = None
        self.attachments = []  # dicts
        self.emls = []         # (bytes, filename or None)
        self.extra = []        # extra headers (name, value)
        self.date = None
        self.tx = {}           # transport overrides

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def add(self, *types):
        for t in types:
            assert t in C.FINDING_TYPES, t
            self.types.add(t)

    def attach(self, data, ctype, filename, **kw):
        d = {"data": data, "ctype": ctype, "filename": filename}
        d.update(kw)
        self.attachments.append(d)


# ---------------------------------------------------------------- text helpers
def signature(p, lang, role, site=0, phone_idx=0, ext=None, confid=False):
    name_site, adr = C.SITES[site % len(C.SITES)]
    ph = C.CLINIC_PHONES[phone_idx % len(C.CLINIC_PHONES)]
    ext = ext or (2200 + (len(p.surname) * 37 + len(p.given) * 11) % 700)
    if lang == "fr":
        lines = ["--", p.full, role, C.CLINIC_FR, "%s | %s" % (name_site, adr),
                 "Tél. : %s, poste %d | Téléc. : %s" % (ph, ext, C.CLINIC_FAX)]
        if confid:
            lines += ["", "AVIS DE CONFIDENTIALITÉ : ce message est destiné uniquement à la personne "
                      "ou à l'organisme à qui il est adressé. Si vous l'avez reçu par erreur, "
                      "veuillez en aviser l'expéditeur et le détruire."]
    else:
        lines = ["--", p.full, role, C.CLINIC_EN, "%s | %s" % (name_site, adr),
                 "Tel. %s ext. %d | Fax %s" % (ph, ext, C.CLINIC_FAX)]
        if confid:
            lines += ["", "CONFIDENTIALITY NOTICE: this e-mail is intended only for the addressee. "
                      "If you received it in error, please notify the sender and delete it."]
    return "\n".join(lines)


def fr_when(d):
    return "%s %d %s %d à %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS_ABR[d.month - 1],
                                        d.year, d.hour, d.minute)


def en_when(d):
    return d.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " ")


def quote(text, who_name, who_mail, when, lang, style="gmail", subject=""):
    if style == "outlook":
        if lang == "fr":
            head = ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s\nObjet : %s\n"
                    % (who_name, who_mail, fr_when(when), subject))
        else:
            head = ("-----Original Message-----\nFrom: %s <%s>\nSent: %s\nSubject: %s\n"
                    % (who_name, who_mail, en_when(when), subject))
        return head + "\n" + text
    if lang == "fr":
        head = "Le %s, %s <%s> a écrit :" % (fr_when(when), who_name, who_mail)
    else:
        head = "On %s, %s <%s> wrote:" % (en_when(when), who_name, who_mail)
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def forward_block(text, who_name, who_mail, to_name, to_mail, when, subject, lang):
    if lang == "fr":
        head = ("---------- Message transféré ----------\nDe : %s <%s>\nDate : %s\nObjet : %s\n"
                "À : %s <%s>\n" % (who_name, who_mail, fr_when(when), subject, to_name, to_mail))
    else:
        head = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n"
                "To: %s <%s>\n" % (who_name, who_mail, en_when(when), subject, to_name, to_mail))
    return head + "\n" + text


def text_to_html(text):
    out, quote_open = [], False
    for line in text.split("\n"):
        is_q = line.startswith(">")
        if is_q and not quote_open:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote_open = True
        if not is_q and quote_open:
            out.append("</blockquote>")
            quote_open = False
        body = line[1:].lstrip() if is_q else line
        out.append((htmlmod.escape(body, quote=False) or "&nbsp;") + "<br>")
    if quote_open:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n<div>'
            + "\n".join(out) + "</div>\n</body></html>\n")


def html_table(rows, header=True):
    h = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">']
    for i, row in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(str(c), quote=False), tag) for c in row) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows)


# ---------------------------------------------------------------- rendering
def choose_transport(m, idx, tag):
    r = C.rng_for(tag + "/tx")
    tx = {}
    kinds = ["plain", "alt", "plain", "html", "alt", "plain", "alt", "html"]
    tx["body"] = kinds[(idx * 5 + r.randint(0, 7)) % len(kinds)]
    if m.lang == "fr":
        tx["charset"] = r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    else:
        tx["charset"] = r.choice(["us-ascii", "utf-8", "utf-8", "windows-1252", "iso-8859-1"])
    tx["cte"] = r.choice(["quoted-printable", "quoted-printable", "8bit", "base64", "7bit"])
    tx["html_cte"] = r.choice(["quoted-printable", "base64", "quoted-printable", "8bit"])
    tx["eol"] = "\r\n" if r.random() < 0.38 else "\n"
    tx["hmode"] = "Q" if r.random() < 0.4 else "B"
    tx["fname"] = r.choice(["plain", "rfc2231", "rfc2047", "rfc2047"])
    tx["mailer"] = r.choice([None, "Microsoft Outlook 16.0", None, "Mozilla Thunderbird 115.6",
                             "Zimbra 9.0 (ZimbraWebClient)", None])
    tx.update(m.tx)
    return tx


def _body_part(m, tx, tag):
    text = m.text if m.text.endswith("\n") else m.text + "\n"
    kind = tx["body"]
    if kind == "plain":
        return M.text_part(text, "plain", tx["charset"], tx["cte"])
    html = m.html or text_to_html(text)
    hcs = tx["charset"] if tx["charset"] != "us-ascii" else "utf-8"
    if m.html is None:
        html = html.replace("charset=utf-8", "charset=" + hcs)
    hp = M.text_part(html, "html", hcs, tx["html_cte"])
    if kind == "html":
        return hp
    tp = M.text_part(text, "plain", tx["charset"], tx["cte"])
    return M.multipart("alternative", [tp, hp], C.boundary(tag, 1))


def render(m, idx, tag):
    tx = choose_transport(m, idx, tag)
    body = _body_part(m, tx, tag)
    parts = [body]
    for a in m.attachments:
        fname_style = a.get("fname", tx["fname"])
        parts.append(M.binary_part(a["data"], a["ctype"], a["filename"], fname_style,
                                   a.get("disposition", "attachment"), a.get("cte", "base64"),
                                   a.get("text_charset")))
    for data, fname in m.emls:
        parts.append(M.rfc822_part(data, fname))
    root = body if len(parts) == 1 else M.multipart("mixed", parts, C.boundary(tag, 2))
    cs = tx["charset"] if tx["charset"] not in ("us-ascii",) else "utf-8"
    hm = tx["hmode"]
    frm_dom = m.frm[1].split("@")[1]
    hdrs = [("From", M.addr(m.frm[0], m.frm[1], cs, hm)),
            ("To", ", ".join(M.addr(n, a, cs, hm) for n, a in m.to))]
    if m.cc:
        hdrs.append(("Cc", ", ".join(M.addr(n, a, cs, hm) for n, a in m.cc)))
    hdrs.append(("Subject", M.enc_words(m.subject, cs, hm)))
    hdrs.append(("Date", email.utils.format_datetime(m.date)))
    hdrs.append(("Message-ID", C.msgid(tag, frm_dom)))
    hdrs.extend(m.extra)
    if tx["mailer"]:
        hdrs.append(("X-Mailer", tx["mailer"]))
    return M.render_message(hdrs, root, tx["eol"])


def inner_eml(frm, to, subject, date, text, tag, lang="fr", charset="utf-8", cte="8bit"):
    """A small stand-alone message (for message/rfc822 attachments)."""
    body = M.text_part(text if text.endswith("\n") else text + "\n", "plain", charset, cte)
    dom = frm[1].split("@")[1]
    hdrs = [("From", M.addr(frm[0], frm[1])), ("To", M.addr(to[0], to[1])),
            ("Subject", M.enc_words(subject)), ("Date", email.utils.format_datetime(date)),
            ("Message-ID", C.msgid(tag + "/inner", dom))]
    return M.render_message(hdrs, body, "\n")
