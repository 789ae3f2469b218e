"""Writing helpers: message context, signatures, quoting, forwarding, addresses."""
import datetime as dt
import random
import unicodedata

from gen_common import ORG, MOIS, MONTHS, DAYS, JOURS, ROLES, staff

TZ_W = dt.timezone(dt.timedelta(hours=-5))
TZ_S = dt.timezone(dt.timedelta(hours=-4))


def msg_time(rng, start=dt.date(2024, 1, 8), days=540):
    d = start + dt.timedelta(days=rng.randint(0, days))
    while d.weekday() >= 5 and rng.random() < 0.85:
        d += dt.timedelta(days=1)
    tz = TZ_S if (dt.date(d.year, 3, 10) <= d < dt.date(d.year, 11, 3)) else TZ_W
    return dt.datetime(d.year, d.month, d.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59),
                       tzinfo=tz)


class Ctx:
    def __init__(self, seed, kind, idx, pf):
        self.seed, self.kind, self.idx, self.pf = seed, kind, idx, pf
        self.rng = random.Random(f"{seed}:{kind}:{idx}")
        self.when = msg_time(self.rng)
        self.today = self.when.date()

    def pick(self, seq):
        return self.rng.choice(seq)

    def days(self, n):
        return self.today + dt.timedelta(days=n)

    def msgid(self, domain=None):
        h = "".join(self.rng.choice("0123456789abcdef") for _ in range(16))
        style = self.rng.randint(0, 2)
        dom = domain or ORG["domain"]
        if style == 0:
            return f"<{h[:8]}.{h[8:]}@{dom}>"
        if style == 1:
            return f"<CF{self.when.strftime('%Y%m%d%H%M%S')}.{h[:10]}@mail.{dom}>"
        return f"<{h.upper()}{self.idx:04d}@exch01.{dom}>"


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and ord(c) < 128).lower()


def who(key, style=0):
    s = staff(key)
    disp = [s["plain"], f"{s['surname']}, {s['given']}", s["full"]][style % 3]
    return (disp, s["email"])


def personal_email(rng, p):
    dom = rng.choice(["courriel.example", "mailbox.example", "poste-perso.example", "netmail.example"])
    g, s = ascii_slug(p.given), ascii_slug(p.surname)
    form = rng.randint(0, 3)
    local = [f"{g}.{s}", f"{g[0]}{s}{p.dob.year % 100:02d}", f"{g}{s[:3]}{rng.randint(1, 99)}", f"{s}.{g}"][form]
    return local + "@" + dom


def signature(key, lang, ext=None, disclaimer=False):
    s = staff(key)
    ext = ext or str(200 + sum(map(ord, s["surname"])) % 90)
    role = ROLES[key][0 if lang == "fr" else 1]
    if lang == "fr":
        lines = ["-- ", s["full"], role, ORG["name_fr"], ORG["addr"],
                 f"Tél. : {ORG['tel']}, poste {ext} | Téléc. : {ORG['fax']}"]
        if disclaimer:
            lines += ["", "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                      "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire."]
    else:
        full = s["full"].replace("Dre ", "Dr. ").replace("Dr ", "Dr. ")
        lines = ["--", full, role, ORG["name_en"], ORG["addr_ascii"],
                 f"T {ORG['tel']} ext. {ext} | F {ORG['fax']}"]
        if disclaimer:
            lines += ["", "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you "
                      "received it in error, please notify the sender and delete it."]
    return "\n".join(lines)


def short_sig(key, lang):
    s = staff(key)
    return f"{s['given']}\n{ORG['short']} – {ORG['tel']}" if lang == "fr" else f"{s['given']}\n{ORG['short']} | {ORG['tel']}"


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def reply_header(when, name, mail, lang):
    hh = when.strftime("%H:%M")
    if lang == "fr":
        return f"Le {JOURS[when.weekday()]} {when.day} {MOIS[when.month - 1]} {when.year} à {hh}, {name} <{mail}> a écrit :"
    h12 = when.strftime("%I:%M %p").lstrip("0")
    return f"On {DAYS[when.weekday()][:3]}, {MONTHS[when.month - 1][:3]} {when.day}, {when.year} at {h12}, {name} <{mail}> wrote:"


def outlook_header(when, frm, to, subject, lang):
    if lang == "fr":
        return (f"De : {frm}\nEnvoyé : {JOURS[when.weekday()]} {when.day} {MOIS[when.month - 1]} {when.year} "
                f"{when.strftime('%H:%M')}\nÀ : {to}\nObjet : {subject}")
    return (f"From: {frm}\nSent: {DAYS[when.weekday()]}, {MONTHS[when.month - 1]} {when.day}, {when.year} "
            f"{when.strftime('%I:%M %p').lstrip('0')}\nTo: {to}\nSubject: {subject}")


def forward_block(when, frm, to, subject, body, lang):
    if lang == "fr":
        head = "---------- Message transféré ---------"
        return (f"{head}\nDe : {frm}\nDate : {JOURS[when.weekday()]} {when.day} {MOIS[when.month - 1]} "
                f"{when.year} à {when.strftime('%H:%M')}\nObjet : {subject}\nÀ : {to}\n\n{body}")
    head = "---------- Forwarded message ---------"
    return (f"{head}\nFrom: {frm}\nDate: {DAYS[when.weekday()][:3]}, {MONTHS[when.month - 1][:3]} {when.day}, "
            f"{when.year} at {when.strftime('%I:%M %p').lstrip('0')}\nSubject: {subject}\nTo: {to}\n\n{body}")


def earlier(ctx, hours):
    return ctx.when - dt.timedelta(hours=hours, minutes=ctx.rng.randint(1, 50))


def hello(lang, name=None, rng=None):
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour {n},", "Salut {n},", "Bon matin,", "Bonjour à tous,"]
    else:
        opts = ["Hi,", "Hi {n},", "Hello {n},", "Good morning,", "Dear {n},"]
    o = (rng or random).choice(opts) if name else opts[0]
    return o.format(n=name or "")


def thanks(lang, rng):
    if lang == "fr":
        return rng.choice(["Merci !", "Merci beaucoup,", "Bonne journée,", "Merci de votre collaboration,", "Merci"])
    return rng.choice(["Thanks!", "Thank you,", "Many thanks,", "Best,", "Thanks"])


def fmt_time(t, lang):
    return f"{t.hour} h {t.minute:02d}" if lang == "fr" else t.strftime("%I:%M %p").lstrip("0")


def mk(ctx, cat, lang, subject, frm, to, text, types, note, **kw):
    """Assemble a message spec. kw: cc, html, attachments, ids, nams, ics_inline, extra_headers."""
    spec = {"cat": cat, "lang": lang, "subject": subject, "from": frm, "to": to, "text": text,
            "types": sorted(set(types)), "note": note, "date": ctx.when,
            "msgid": ctx.msgid(kw.pop("msgid_domain", None))}
    spec.update(kw)
    spec.setdefault("ids", [])
    spec.setdefault("nams", [])
    spec.setdefault("attachments", [])
    return spec
