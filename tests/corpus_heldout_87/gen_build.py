"""Turns a Mail description into RFC 5322 bytes, choosing transports deterministically."""
import html as _html

import gen_mime as M
from gen_common import (CLINIC_EN, CLINIC_FR, HOSP, CLINIC_ADDR, HOSP_ADDR, staff_name,
                        staff_addr, phone_sig, HOSP_DOM, CLINIC_DOM)


class Mail:
    def __init__(self, cat, lang, types=(), note=""):
        self.cat, self.lang, self.types, self.note = cat, lang, list(types), note
        self.subject = ""
        self.frm = None            # (display, address)
        self.to = []               # list of (display, address)
        self.cc = []
        self.date = None
        self.text = None           # plain text body
        self.html = None           # html body (str) or True to derive from text
        self.atts = []             # list of dicts: data, ctype, filename, kind
        self.ids = {}              # type -> list of raw numbers (for the self-check)
        self.nams = []
        self.force = {}            # transport overrides: charset, cte, eol, subj_enc, fn_style

    def attach(self, data, ctype, filename, cte="base64", fn_style=None, inline=False):
        self.atts.append(dict(data=data, ctype=ctype, filename=filename, cte=cte,
                              fn_style=fn_style, inline=inline, kind="file"))

    def attach_eml(self, msg_bytes, filename=None):
        self.atts.append(dict(data=msg_bytes, kind="eml", filename=filename))

    def add_id(self, typ, raw):
        self.ids.setdefault(typ, []).append(raw)


def text_to_html(text, rng):
    font = rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif",
                       "'Segoe UI', sans-serif", "Verdana, sans-serif"])
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           "</head>", '<body style="font-family:%s;font-size:11pt">' % font]
    quote = False
    para = []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(_html.escape(x, quote=False) for x in para)
                       + "</p>")
            para.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            if not quote:
                flush()
                out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px;'
                           'margin-left:4px">')
                quote = True
            para.append(line.lstrip("> ").rstrip())
            continue
        if quote:
            flush()
            out.append("</blockquote>")
            quote = False
        if not line.strip():
            flush()
        else:
            para.append(line)
    flush()
    if quote:
        out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out)


def html_table(rows, rng):
    border = rng.choice(['border="1" cellpadding="3"', 'style="border-collapse:collapse" '
                         'border="1" cellpadding="4"'])
    out = ["<table %s>" % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _html.escape(str(c)), tag)
                                    for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def pick_charset(rng, lang):
    if lang == "fr":
        return rng.choice(["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252",
                           "windows-1252", "us-ascii"])
    return rng.choice(["utf-8", "utf-8", "us-ascii", "us-ascii", "windows-1252",
                       "iso-8859-1"])


def pick_cte(rng, charset):
    if charset == "us-ascii":
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    return rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])


def build(mail, rng, boundary_seed):
    f = mail.force
    charset = f.get("charset") or pick_charset(rng, mail.lang)
    cte = f.get("cte") or pick_cte(rng, charset)
    eol = f.get("eol") or rng.choice(["\n", "\n", "\n", "\r\n", "\r\n"])
    subj_enc = f.get("subj_enc") or rng.choice(["b", "q"])
    subj_cs = "iso-8859-1" if (charset in ("iso-8859-1", "windows-1252") and
                               rng.random() < 0.5) else "utf-8"
    bcount = [0]

    def boundary():
        bcount[0] += 1
        return "----=_Part_%d_%d.%d" % (boundary_seed, bcount[0], rng.randint(100000, 999999))

    html = mail.html
    if html is True:
        html = text_to_html(mail.text, rng)
    parts = []
    if mail.text is not None and html:
        body = M.multipart("alternative", [
            M.text_part(mail.text, "plain", charset, cte),
            M.text_part(html, "html", "utf-8" if charset == "us-ascii" and rng.random() < 0.5
                        else charset, f.get("html_cte") or pick_cte(rng, charset))],
            boundary())
    elif html:
        body = M.text_part(html, "html", charset, cte)
    else:
        body = M.text_part(mail.text or "", "plain", charset, cte)
    if mail.atts:
        parts = [body]
        for a in mail.atts:
            if a["kind"] == "eml":
                parts.append(M.rfc822_part(a["data"], a.get("filename")))
            else:
                fs = a["fn_style"] or rng.choice(["2231", "2231", "2047", "2231-split"])
                parts.append(M.attachment(a["data"], a["ctype"], a["filename"], fs, a["cte"],
                                          a["inline"]))
        body = M.multipart(f.get("mixed", "mixed"), parts, boundary())
    frm = M.addr(mail.frm[0], mail.frm[1], "utf-8", subj_enc)
    to = [M.addr(n, a, "utf-8", subj_enc) for n, a in mail.to]
    cc = [M.addr(n, a, "utf-8", subj_enc) for n, a in mail.cc]
    extra = []
    if rng.random() < 0.4:
        extra.append(("X-Mailer", rng.choice(["Microsoft Outlook 16.0", "Zimbra 9.0",
                                              "Thunderbird 128.3", "Apple Mail (2.3774)",
                                              "Passerelle DME notifications"])))
    if mail.cat.startswith(("reply", "thread")) or mail.subject.lower().startswith(("re:", "tr:", "fw")):
        extra.append(("In-Reply-To", "<%08x@%s>" % (rng.getrandbits(32), CLINIC_DOM)))
    return M.message(rng, frm, to, mail.subject, mail.date, body, cc=cc, subj_charset=subj_cs,
                     subj_enc=subj_enc, eol=eol, extra=extra,
                     msgid_dom=mail.frm[1].split("@")[1])


# ---------------------------------------------------------------- phrasing
def greet(rng, lang, name=None):
    if lang == "fr":
        g = rng.choice(["Bonjour", "Bonjour", "Salut", "Bon matin", "Allô", "Bonjour à tous",
                        "Madame, Monsieur,"])
    else:
        g = rng.choice(["Hi", "Hello", "Good morning", "Dear", "Hi all", "Hey"])
        if g == "Dear" and not name:
            g = "Hello"
    if name and g not in ("Bonjour à tous", "Hi all", "Madame, Monsieur,"):
        first = name.replace("Dre ", "Dre ").split(" ")
        who = name if name.startswith(("Dr", "Mme", "M.")) else first[0]
        return "%s %s," % (g, who)
    if g.endswith(","):
        return g
    return g + ","


def sign(rng, st, lang, org=None, short=False):
    nm = staff_name(st)
    role = st[2] if lang == "fr" else st[3]
    if short or rng.random() < 0.2:
        return rng.choice(["-- \n", "", ""]) + (st[0].split(" ")[-1] if rng.random() < 0.5 else nm)
    org = org or rng.choice([CLINIC_FR if lang == "fr" else CLINIC_EN, HOSP])
    adr = CLINIC_ADDR if "Passerelle" in org else HOSP_ADDR
    closing = rng.choice(["Merci,", "Cordialement,", "Bonne journée,", "Merci beaucoup,",
                          "Au plaisir,"] if lang == "fr" else
                         ["Thanks,", "Best regards,", "Thank you,", "Regards,", "Cheers,"])
    lines = [closing, "", nm, role[0].upper() + role[1:], org]
    if rng.random() < 0.6:
        lines.append(("Tél. : " if lang == "fr" else "Tel: ") + phone_sig(rng))
    if rng.random() < 0.4:
        lines.append(adr)
    if rng.random() < 0.3:
        lines.append("")
        lines.append("Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez "
                     "reçu par erreur, veuillez le détruire et en aviser l'expéditeur."
                     if lang == "fr" else
                     "This e-mail may contain confidential information. If you received it in "
                     "error, please delete it and notify the sender.")
    return "\n".join(lines)


def st_from(st, dom=None):
    return (staff_name(st).replace("Dr ", "Dr ").replace("Dre ", "Dre "), staff_addr(st, dom))


def quote(text, rng, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def quote_header(rng, lang, who, dt, subject=""):
    if lang == "fr":
        return rng.choice([
            "Le %s, %s a écrit :" % (dt.strftime("%Y-%m-%d à %H:%M"), who),
            "-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nObjet : %s\n" % (who, dt.strftime("%d/%m/%Y %H:%M"), subject),
        ])
    return rng.choice([
        "On %s, %s wrote:" % (dt.strftime("%a, %b %d, %Y at %I:%M %p"), who),
        "-----Original Message-----\nFrom: %s\nSent: %s\nSubject: %s\n" % (who, dt.strftime("%m/%d/%Y %I:%M %p"), subject),
    ])
