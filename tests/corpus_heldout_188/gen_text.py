"""Small text helpers: quoted replies, inline forwards, greetings, attachments records."""
import datetime

import gen_util as U


def att(kind, filename, data=None, ctype=None, **kw):
    d = dict(kind=kind, filename=filename, data=data, ctype=ctype)
    d.update(kw)
    return d


def quote(text):
    return "\n".join((">" if ln.startswith(">") or ln == "" else "> ") + ln
                     for ln in text.rstrip("\n").split("\n"))


def earlier(dt, rng, hours=(2, 30)):
    return dt - datetime.timedelta(minutes=rng.randrange(hours[0] * 60, hours[1] * 60))


def reply_header(lang, dt, who, style=0):
    name, addr = who
    if lang == "fr":
        if style == 0:
            return "Le %s %s à %02d:%02d, %s <%s> a écrit :" % (
                U.day_fr(dt.date()), dt.year, dt.hour, dt.minute, name, addr)
        return ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\n"
                "Objet :" % (name, addr, U.JOURS[dt.weekday()], dt.day, U.MOIS[dt.month - 1],
                             dt.year, dt.hour, dt.minute))
    h12 = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    if style == 0:
        return "On %s, %d at %d:%02d %s, %s <%s> wrote:" % (
            U.day_en(dt.date()), dt.year, h12, dt.minute, ampm, name, addr)
    return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\n"
            "Subject:" % (name, addr, U.DAYS[dt.weekday()], U.MONTHS[dt.month - 1], dt.day,
                          dt.year, h12, dt.minute, ampm))


def reply_block(lang, dt, who, subject, text, style=None, rng=None):
    style = style if style is not None else (rng.randrange(2) if rng else 0)
    hdr = reply_header(lang, dt, who, style)
    if style == 1:
        hdr = hdr + " " + subject
        return hdr + "\n\n" + text.rstrip("\n")  # Outlook style: not prefixed
    return hdr + "\n" + quote(text)


def forward_block(lang, dt, who, to, subject, text):
    name, addr = who
    if lang == "fr":
        head = ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s %d %s %d à "
                "%02d:%02d\nObjet : %s\nÀ : %s\n" % (name, addr, U.JOURS[dt.weekday()], dt.day,
                                                     U.MOIS[dt.month - 1], dt.year, dt.hour,
                                                     dt.minute, subject, to))
    else:
        head = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at "
                "%d:%02d\nSubject: %s\nTo: %s\n" % (name, addr, U.DAYS[dt.weekday()][:3],
                                                    U.MONTHS[dt.month - 1][:3], dt.day, dt.year,
                                                    dt.hour, dt.minute, subject, to))
    return head + "\n" + text.rstrip("\n")


def hello(rng, lang, first=None):
    if lang == "fr":
        g = rng.choice(["Bonjour", "Bonjour", "Salut", "Allo", "Bonjour à tous,"])
    else:
        g = rng.choice(["Hi", "Hello", "Good morning", "Hi all,", "Hi there"])
    if g.endswith(","):
        return g
    return "%s %s," % (g, first) if first else g + ","


def thanks(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci !", "Merci beaucoup,", "Merci à l'avance,", "Bonne journée,",
                           "Merci et bonne fin de journée"])
    return rng.choice(["Thanks!", "Thank you,", "Thanks in advance,", "Cheers,", "Best,"])


def safe_fn(s):
    return s.replace(" ", "_").replace("'", "").replace(",", "")
