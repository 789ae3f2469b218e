"""Small helpers shared by the template modules."""
from gen_build import Mail, att
import gen_common as C

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIP = "application/zip"
ICS = "text/calendar"
VCF = "text/vcard"
CSV = "text/csv"


def who(x, lang="fr"):
    """Staff -> (display name, e-mail); tuples pass through."""
    if isinstance(x, tuple):
        return x
    return (x.dr(lang) if x.role in ("md", "psychiatrist", "gp", "orl", "physiatrist") else x.full(), x.email())


def mail(c, cat, lang, types, note, frm, to, subject, text=None, html=None, cc=(), **kw):
    return Mail(cat, lang, who(frm, lang), [who(t, lang) for t in to], subject, text=text, html=html,
                types=types, note=note, cc=[who(t, lang) for t in cc], date=c.date, **kw)


def T(lang, fr, en):
    return fr if lang == "fr" else en


def quote(text, style=0):
    if style == 0:
        return "\n".join("> " + l if l else ">" for l in text.split("\n"))
    return text


def reply_header(c, lang, sender_name, sender_mail, when, style=None):
    style = c.rng.randrange(3) if style is None else style
    d = when
    if lang == "fr":
        if style == 0:
            return f"Le {C.fmt_day(d.date(), 'fr')} {d.year} à {d.hour:02d}:{d.minute:02d}, {sender_name} <{sender_mail}> a écrit :"
        if style == 1:
            return ("-----Message d'origine-----\nDe : " + f"{sender_name} <{sender_mail}>\n"
                    f"Envoyé : {C.fmt_day(d.date(), 'fr')} {d.year} {d.hour:02d}:{d.minute:02d}")
        return f"De : {sender_name}\nEnvoyé : {d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"
    if style == 0:
        return f"On {C.fmt_day(d.date(), 'en')}, {d.year} at {d.hour:02d}:{d.minute:02d}, {sender_name} <{sender_mail}> wrote:"
    if style == 1:
        return (f"-----Original Message-----\nFrom: {sender_name} <{sender_mail}>\n"
                f"Sent: {C.fmt_day(d.date(), 'en')}, {d.year} {d.hour:02d}:{d.minute:02d}")
    return f"From: {sender_name}\nSent: {d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"


def safe_fn(s):
    """File-name friendly ASCII version."""
    s = C.fold(s) if False else s
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in s)
