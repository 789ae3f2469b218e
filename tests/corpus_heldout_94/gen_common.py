"""Shared writing helpers: staff, signatures, greetings, quoting, forwarding."""
import datetime as dt

import gen_data as D
import gen_ids as I


class Staff:
    def __init__(self, row):
        (self.given, self.surname, self.sex, self.tfr, self.ten, self.role_fr, self.role_en, self.domain) = row
        local = I.strip_accents(f"{self.given}.{self.surname}").lower().replace("'", "").replace(" ", "")
        self.addr = f"{local}@{self.domain}"

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def titled(self, lang):
        t = self.tfr if lang == "fr" else self.ten
        return f"{t} {self.full}" if t else self.full

    def short(self, lang):
        t = self.tfr if lang == "fr" else self.ten
        return f"{t} {self.surname}" if t else self.given

    def who(self, lang):
        return (self.titled(lang), self.addr)


STAFF = [Staff(r) for r in D.STAFF]
BY = {s.surname: s for s in STAFF}


def st(surname):
    return BY[surname]


CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement à la personne ou à l'organisme "
           "à qui il est adressé et peut contenir des renseignements confidentiels. Si vous l'avez reçu "
           "par erreur, veuillez en aviser l'expéditeur et le détruire.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee and may contain "
           "confidential information. If you received it in error, please notify the sender and delete it.")


def signature(rng, s, lang, org=True):
    kind = rng.choice(["full", "full", "short", "mobile", "initials", "full_conf"])
    role = s.role_fr if lang == "fr" else s.role_en
    if kind == "mobile":
        return f"{s.given}\n\n" + ("Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone")
    if kind == "initials":
        return s.given[0] + s.surname[0]
    if kind == "short":
        return f"{s.given}\n{role}"
    ext = rng.randrange(2000, 2999)
    if s.domain == D.ORG_DOMAIN:
        place = (D.ORG_FR if lang == "fr" else D.ORG_EN) + "\n" + D.ORG_ADDR
        tel = (f"Tél. : {D.ORG_PHONE}, poste {ext} | Téléc. : {D.ORG_FAX}" if lang == "fr"
               else f"T {D.ORG_PHONE} ext. {ext} | F {D.ORG_FAX}")
    elif s.domain == D.HOSP_DOMAIN:
        place = D.HOSP_FR if lang == "fr" else D.HOSP_EN
        tel = f"514-555-01{rng.randrange(40, 60)}"
    else:
        place = D.DOMAIN_NAMES.get(s.domain, s.domain.split(".")[0].replace("-", " ").title())
        tel = f"514-555-01{rng.randrange(60, 99)}"
    sig = f"{s.titled(lang)}\n{role}\n{place}\n{tel}"
    if kind == "full_conf":
        sig += "\n\n" + (CONF_FR if lang == "fr" else CONF_EN)
    return sig


def greet(rng, lang, name=None, texting=False):
    if texting:
        return rng.choice(["slt", "Allo", "bonjour", "Salut"] if lang == "fr" else ["hey", "hi", "Hello"])
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour {n},", "Allô {n},", "Salut {n},", "Bonjour {n},", "Bon matin,"]
    else:
        opts = ["Hi,", "Hi {n},", "Hello {n},", "Good morning,", "Dear {n},", "{n} -"]
    g = rng.choice(opts)
    if "{n}" in g:
        return g.format(n=name) if name else ("Bonjour," if lang == "fr" else "Hi,")
    return g


def close(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée",
                           "Au plaisir,", "Merci à l'avance,", ""])
    return rng.choice(["Thanks,", "Thank you!", "Best,", "Regards,", "Cheers,", "Many thanks,", ""])


QUOTED = []      # timestamps of quoted / forwarded / attached mail in the message being built


def mail_date(rng, base=None):
    """A plausible sending time: mostly office hours, sometimes evening."""
    base = base or dt.datetime(2025, 3, 17)
    day = base - dt.timedelta(days=rng.randrange(1, 40))
    hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 18, 20, 22])
    return day.replace(hour=hour, minute=rng.randrange(60))


def quote(rng, text, author, when, lang, style=None):
    """Quote a previous message (reply)."""
    style = style or rng.choice(["gmail", "outlook", "apple"])
    if style == "outlook":
        if lang == "fr":
            head = (f"\n\n________________________________\nDe : {author}\nEnvoyé : {I.fmt_day(when.date(), 'fr')} "
                    f"{when.year} {when:%H:%M}\nObjet : ")
        else:
            head = (f"\n\n________________________________\nFrom: {author}\nSent: {I.fmt_day(when.date(), 'en')}, "
                    f"{when.year} {when:%I:%M %p}\nSubject: ")
        return head, text           # caller appends subject + text
    if lang == "fr":
        intro = f"Le {I.fmt_day(when.date(), 'fr')} {when.year} à {when:%H:%M}, {author} a écrit :"
    else:
        intro = f"On {I.fmt_day(when.date(), 'en')}, {when.year} at {when:%I:%M %p}, {author} wrote:"
    q = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    return "\n\n" + intro + "\n", q


def reply_body(rng, top, prev_text, prev_author, prev_subject, lang, when=None):
    when = when or mail_date(rng)
    QUOTED.append(when)
    head, q = quote(rng, prev_text, prev_author, when, lang)
    if head.startswith("\n\n____"):
        return top + head + prev_subject + "\n\n" + prev_text
    return top + head + q


def forward_block(rng, text, author, to, subject, when, lang):
    QUOTED.append(when)
    if lang == "fr":
        return ("\n\n---------- Message transféré ---------\n"
                f"De : {author}\nDate : {I.fmt_day(when.date(), 'fr')} {when.year} {when:%H:%M}\n"
                f"Objet : {subject}\nÀ : {to}\n\n{text}")
    return ("\n\n---------- Forwarded message ---------\n"
            f"From: {author}\nDate: {I.fmt_day(when.date(), 'en')}, {when.year} at {when:%I:%M %p}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text}")


def pick(rng, *opts):
    return rng.choice(opts)


def maybe(rng, p, text, alt=""):
    return text if rng.random() < p else alt
