"""Small writing helpers: greetings, quoted replies, inline forwards, who's who."""
import datetime as dt

from gen_common import MOIS, MONTHS, JOURS, DAYS, STAFF, signature


def who(s, lang="fr"):
    """(display name, address) for a Staff."""
    return (s.dr(lang) if s.title_fr else s.full, s.email)


def who_plain(s):
    return (s.full, s.email)


def who_sur_first(s):
    return (f"{s.surname}, {s.given}", s.email)


def hello(rng, lang, s=None, informal=False):
    if lang == "fr":
        if s is None:
            return rng.choice(["Bonjour,", "Bonjour à tous,", "Bonjour à toutes et à tous,", "Allô,"])
        if informal:
            return rng.choice([f"Salut {s.given},", f"Allô {s.given},", f"Bonjour {s.given},", f"{s.given},"])
        t = s.title_fr
        return rng.choice([f"Bonjour {t} {s.surname}," if t else f"Bonjour {s.given},", "Bonjour,", f"Chère collègue," if s.sex == "F" else "Cher collègue,"])
    if s is None:
        return rng.choice(["Hi all,", "Hello,", "Good morning,", "Hi everyone,"])
    if informal:
        return rng.choice([f"Hi {s.given},", f"{s.given} -", f"Hey {s.given},", f"Morning {s.given},"])
    return rng.choice([f"Dear Dr {s.surname}," if s.title_en else f"Dear {s.given},", f"Hello {s.given},", "Dear colleague,"])


def bye(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci,", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci à l'avance,", "Au plaisir,", "Bien à vous,"])
    return rng.choice(["Thanks,", "Thank you,", "Best,", "Regards,", "Many thanks,", "Cheers,", "Kind regards,"])


def sign(rng, s, lang, short=None):
    if short is None:
        short = rng.random() < 0.45
    return signature(rng, s, lang, short=short)


def stamp_fr(d):
    return f"{JOURS[d.weekday()][:3]}. {d.day} {MOIS[d.month - 1][:4].rstrip('.')}{'.' if len(MOIS[d.month - 1]) > 4 else ''} {d.year} à {d:%H:%M}"


def stamp_en(d):
    return f"{DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {(d.hour % 12) or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def reply_intro(rng, lang, sender, when):
    name, addr = sender
    if lang == "fr":
        return f"Le {stamp_fr(when)}, {name} <{addr}> a écrit :"
    return f"On {stamp_en(when)}, {name} <{addr}> wrote:"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def reply(rng, lang, new_text, old_sender, old_when, old_text, outlook=None, old_subject=None, old_to=None):
    """Reply on top, quoted original underneath (either '>' quoting or Outlook header block)."""
    if outlook is None:
        outlook = rng.random() < 0.4
    if outlook:
        if lang == "fr":
            hdr = (f"-----Message d'origine-----\nDe : {old_sender[0]} <{old_sender[1]}>\n"
                   f"Envoyé : {stamp_fr(old_when)}")
            if old_to:
                hdr += f"\nÀ : {old_to[0]} <{old_to[1]}>"
            if old_subject:
                hdr += f"\nObjet : {old_subject}"
        else:
            hdr = (f"-----Original Message-----\nFrom: {old_sender[0]} <{old_sender[1]}>\n"
                   f"Sent: {stamp_en(old_when)}")
            if old_to:
                hdr += f"\nTo: {old_to[0]} <{old_to[1]}>"
            if old_subject:
                hdr += f"\nSubject: {old_subject}"
        return f"{new_text}\n\n{hdr}\n\n{old_text}"
    return f"{new_text}\n\n{reply_intro(rng, lang, old_sender, old_when).splitlines()[0]}\n{quote(old_text)}"


def forward_block(lang, sender, when, to, subject, body):
    if lang == "fr":
        head = (f"---------- Message transféré ---------\nDe : {sender[0]} <{sender[1]}>\n"
                f"Date : {stamp_fr(when)}\nObjet : {subject}\nÀ : {to[0]} <{to[1]}>")
    else:
        head = (f"---------- Forwarded message ---------\nFrom: {sender[0]} <{sender[1]}>\n"
                f"Date: {stamp_en(when)}\nSubject: {subject}\nTo: {to[0]} <{to[1]}>")
    return f"{head}\n\n{body}"


def earlier(m, hours):
    return m.when - dt.timedelta(hours=hours)


def reply_headers(m, prefix="RE"):
    oid = f"<{m.rng.randrange(16**12):012x}.{m.rng.randint(1000, 9999)}@{m.sender[1].split('@')[1]}>"
    m.extra_headers.append(("In-Reply-To", oid))
    m.extra_headers.append(("References", oid))
