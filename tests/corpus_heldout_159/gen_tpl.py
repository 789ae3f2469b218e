"""Small helpers shared by the message templates."""
import datetime as _dt

import gen_common as C
from gen_mime import Mail, Att


def mk(c, sender, to, subject, text, cc=None, atts=None, layout=None, html=None, reply=False, hour=None):
    if layout is None:
        layout = c.pick(["plain", "plain", "alt", "alt", "html"]) if not atts else c.pick(["plain", "plain", "alt"])
    m = Mail(sender, to, subject, text, c.when(hour=hour), cc=cc, html_body=html, layout=layout,
             attachments=atts)
    if reply:
        m.in_reply_to = "<%s.%d@%s>" % ("".join(c.pick("abcdef0123456789") for _ in range(16)),
                                          c.rng.randint(1000, 9999), c.pick(["lesmarelles.example", "csrc.example", "cisss-ln.example", "webmail-qc.example"]))
    return m


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def dt_fr(dt):
    return "%s %d %s %d %02d:%02d" % (C.JOURS[dt.weekday()], dt.day, C.MOIS[dt.month - 1], dt.year, dt.hour, dt.minute)


def dt_en(dt):
    h = dt.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (C.DAYS[dt.weekday()], C.MONTHS[dt.month - 1], dt.day, dt.year, h, dt.minute,
                                         "AM" if dt.hour < 12 else "PM")


def earlier_dt(c, days_lo=0, days_hi=3):
    d = c.day - _dt.timedelta(days=c.rng.randint(days_lo, days_hi))
    return _dt.datetime(d.year, d.month, d.day, c.rng.randint(7, 21), c.rng.randint(0, 59))


def reply_header(c, who, addr, dt, lang, style=None):
    """Attribution line or Outlook-style header block for quoted text."""
    style = style or c.pick(["gmail", "outlook"])
    if style == "gmail":
        if lang == "fr":
            return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
                C.JOURS[dt.weekday()][:3] + ".", dt.day, C.MOIS_ABR[dt.month - 1], dt.year, dt.hour, dt.minute, who, addr)
        return "On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:" % (
            C.DAYS[dt.weekday()][:3], C.MONTHS[dt.month - 1][:3], dt.day, dt.year, dt.hour % 12 or 12, dt.minute,
            "AM" if dt.hour < 12 else "PM", who, addr)
    return None


def outlook_block(who, addr, to, dt, subject, lang):
    if lang == "fr":
        return ("De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (who, addr, dt_fr(dt), to, subject))
    return ("From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s" % (who, addr, dt_en(dt), to, subject))


def quoted_reply(c, body, who, addr, to, dt, subject, lang):
    """Return the text to put under a reply: attribution + quoted body, or Outlook block."""
    if c.chance(0.5):
        return "%s\n\n%s" % (reply_header(c, who, addr, dt, lang, "gmail"), quote(body))
    sep = "-----Message d'origine-----" if lang == "fr" else "-----Original Message-----"
    if c.chance(0.5):
        sep = "________________________________"
    return "%s\n%s\n\n%s" % (sep, outlook_block(who, addr, to, dt, subject, lang), body)


def forward_block(c, who, addr, to, dt, subject, body, lang):
    if lang == "fr":
        head = "---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s" % (
            who, addr, dt_fr(dt), subject, to)
    else:
        head = "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s" % (
            who, addr, dt_en(dt), subject, to)
    return head + "\n\n" + body


def hello(c, name=None, lang="fr"):
    if lang == "fr":
        if name:
            return c.pick(["Bonjour %s," % name, "Bonjour %s," % name, "Allô %s," % name, "Salut %s," % name])
        return c.pick(["Bonjour,", "Bonjour,", "Bonjour à tous,", "Bonjour à toutes et à tous,"])
    if name in ("all", "everyone", "team", "residents"):
        return c.pick(["Hi %s," % name, "Hello %s," % name])
    if name:
        return c.pick(["Hi %s," % name, "Hello %s," % name, "Dear %s," % name, "%s," % name])
    return c.pick(["Hello,", "Hi all,", "Good morning,", "Hi everyone,"])


def bye(c, lang="fr"):
    if lang == "fr":
        return c.pick(["Merci et bonne journée,", "Merci !", "Cordialement,", "Bonne fin de journée,", "Merci beaucoup,", "Au plaisir,"])
    return c.pick(["Thanks,", "Thank you,", "Best regards,", "Kind regards,", "Cheers,", "Many thanks,"])


CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, "
           "please notify the sender and delete it.")


def sig(c, key, lang="fr", disclaimer=None):
    s = C.signature(key, lang, short=c.chance(0.3))
    if disclaimer is None:
        disclaimer = c.chance(0.35)
    if disclaimer:
        s += "\n\n" + (CONF_FR if lang == "fr" else CONF_EN)
    return "-- \n" + s if c.chance(0.4) else s


def slug(s):
    s = C.strip_accents(s)
    return "".join(ch if ch.isalnum() else "_" for ch in s).strip("_")


def pdf_att(c, filename, title, lines, header=None, footer=None):
    from gen_docs import make_pdf
    return Att(filename, "application/pdf", data=make_pdf(title, lines, header=header, footer=footer),
               name_style=c.pick(["plain", "plain", "2231", "2231cont", "2047"]))


def docx_att(c, filename, title, paras, table=None):
    from gen_docs import make_docx
    return Att(filename, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               data=make_docx(title, paras, table=table), name_style=c.pick(["plain", "2231", "2231cont", "2047"]))


def xlsx_att(c, filename, sheets):
    from gen_docs import make_xlsx
    return Att(filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               data=make_xlsx(sheets), name_style=c.pick(["plain", "2231", "2047"]))


def csv_att(c, filename, rows, sep=";"):
    from gen_docs import make_csv
    cs = c.pick(["utf-8", "utf-8", "windows-1252", "iso-8859-1"])
    text = make_csv(rows, sep)
    if not C_can(text, cs):
        cs = "utf-8"
    return Att(filename, "text/csv", data=text, charset=cs, cte=c.pick(["base64", "quoted-printable", "8bit"]),
               name_style=c.pick(["plain", "2231"]))


def C_can(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def ics_att(c, filename, **kw):
    from gen_docs import make_ics
    return Att(filename, "text/calendar", data=make_ics(**kw), charset="utf-8",
               cte=c.pick(["base64", "quoted-printable", "8bit", "7bit"]), name_style="plain")


def vcf_att(c, filename, **kw):
    from gen_docs import make_vcf
    return Att(filename, "text/vcard", data=make_vcf(**kw), charset="utf-8",
               cte=c.pick(["base64", "quoted-printable", "8bit"]), name_style=c.pick(["plain", "2231"]))


def zip_att(c, filename, members):
    from gen_docs import make_zip
    return Att(filename, "application/zip", data=make_zip(members), name_style=c.pick(["plain", "2231"]))


def eml_att(filename, mail):
    return Att(filename, "message/rfc822", msg=mail, name_style="plain")
