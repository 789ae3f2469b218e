"""Builder context shared by the positive and negative message writers."""
import datetime

from gen_common import ORG, fr_date, en_date, msg_datetime, staff, MOIS
from gen_mime import build_message


class C:
    """Collects what one message builder produces."""

    def __init__(self, r, lang, v, used):
        self.r = r
        self.lang = lang
        self.v = v
        self.used = used
        self.types = set()
        self.ids = {}
        self.tp = {}
        self.date = msg_datetime(r)

    @property
    def fr(self):
        return self.lang == "fr"

    def L(self, fr, en):
        return fr if self.fr else en

    def t(self, *types):
        self.types.update(types)

    def idn(self, kind, number):
        self.ids.setdefault(kind, []).append(number)
        self.types.add(kind)

    def out(self, category, note, frm, to, subject, body, cc=None, attachments=None, html=None,
            in_reply_to=None, extra_headers=None):
        return {
            "category": category, "note": note, "lang": self.lang, "types": sorted(self.types),
            "ids": self.ids, "tp": self.tp, "date": self.date,
            "from": frm, "to": to, "cc": cc or [], "subject": subject, "body": body,
            "attachments": attachments or [], "html": html, "in_reply_to": in_reply_to,
            "extra_headers": extra_headers or [],
        }


def who(key):
    s = staff(key)
    return (s["disp"], s["email"])


def ext(title, given, surname, dom):
    local = f"{given[0]}{surname}".lower()
    for a, b in (("é", "e"), ("è", "e"), ("-", ""), (" ", ""), ("'", ""), ("ç", "c"), ("ï", "i")):
        local = local.replace(a, b)
    return (f"{title} {given} {surname}".strip(), f"{local}@{dom}")


def generic(local, disp=None):
    return (disp or "", f"{local}@{ORG['dom']}")


def quote_block(text, lang, who_name, when, style=0):
    """Quoted history in the ways common mail clients produce it."""
    if style % 3 == 0:
        if lang == "fr":
            head = f"Le {fr_date(when.date())} à {when.strftime('%H:%M')}, {who_name} a écrit :"
        else:
            head = f"On {en_date(when.date(), True)} at {when.strftime('%I:%M %p').lstrip('0')}, {who_name} wrote:"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    if style % 3 == 1:
        if lang == "fr":
            head = (f"-----Message d'origine-----\nDe : {who_name}\nEnvoyé : {fr_date(when.date(), True)} "
                    f"{when.strftime('%H:%M')}\nObjet : ")
        else:
            head = (f"-----Original Message-----\nFrom: {who_name}\nSent: {en_date(when.date(), True)} "
                    f"{when.strftime('%I:%M %p').lstrip('0')}\nSubject: ")
        return head
    if lang == "fr":
        head = f"---------- Message transféré ---------\nDe : {who_name}\nDate : {fr_date(when.date())}\nObjet : "
    else:
        head = f"---------- Forwarded message ---------\nFrom: {who_name}\nDate: {en_date(when.date())}\nSubject: "
    return head


def outlook_quote(text, lang, who_name, when, subject, to_name, style=1):
    h = quote_block("", lang, who_name, when, style)
    if style % 3 == 1:
        h = h + subject + ("\nÀ : " if lang == "fr" else "\nTo: ") + to_name
    else:
        h = h + subject + ("\nÀ : " if lang == "fr" else "\nTo: ") + to_name
    return h + "\n\n" + text.strip("\n")


def inner_eml(frm, to, subject, body, when, msgid, charset="utf-8", cte="quoted-printable", lang="fr"):
    spec = {"from": frm, "to": to, "subject": subject, "body": body, "date": when, "msgid": msgid,
            "lang": lang}
    tp = {"mode": "plain", "charset": charset, "cte": cte, "hcharset": "utf-8"}
    return build_message(spec, tp, None)


def earlier(d, days=1, hours=0):
    return d - datetime.timedelta(days=days, hours=hours)
