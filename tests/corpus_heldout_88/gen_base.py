"""Building blocks for message templates: a message record, greetings,
signatures, quoting and forwarding the way mail clients do it."""
import datetime

from gen_util import ORGS, dr, email_of, fdate, phone_clinic

TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))


class Msg:
    def __init__(self, lang, cat, note=""):
        self.lang = lang
        self.cat = cat
        self.note = note
        self.types = set()
        self.expect = {}
        self.spec = {"lang": lang, "attachments": []}

    def t(self, *types):
        self.types.update(types)
        return self

    def nam(self, p):
        self.expect.setdefault("ramq_nam", []).append(p["nam"])
        self.types.add("ramq_nam")

    def ident(self, kind, num):
        self.expect.setdefault(kind, []).append(num)
        self.types.add(kind)

    def attach(self, data, ctype, filename, **kw):
        a = {"data": data, "ctype": ctype, "filename": filename}
        a.update(kw)
        self.spec["attachments"].append(a)

    def done(self, frm, to, subject, body=None, html=None, cc=None, date=None, **kw):
        s = self.spec
        s.update({"from": frm, "to": to, "subject": subject, "body": body, "html": html,
                  "cc": cc or [], "date": date})
        s.update(kw)
        s["cat"] = self.cat
        s["types"] = sorted(self.types)
        s["note"] = self.note
        s["expect"] = self.expect
        return s


def msg_date(rng):
    start = datetime.datetime(2024, 3, 4, 7, 0)
    d = start + datetime.timedelta(days=rng.randint(0, 440), minutes=rng.randint(0, 11 * 60))
    tz = TZ_EDT if 3 <= d.month <= 10 else TZ_EST
    return d.replace(tzinfo=tz)


def later(rng, d, lo=2, hi=40):
    x = d + datetime.timedelta(days=rng.randint(lo, hi))
    while x.weekday() >= 5:
        x += datetime.timedelta(days=1)
    return x


def person_addr(p, domain):
    return (p["given"] + " " + p["surname"], email_of(p, domain))


def greet(rng, lang, name=None, formal=None):
    if name and name.startswith("Dr"):
        last = name.split()[-1]
        if lang == "fr":
            return rng.choice(["Bonjour %s," % name, "Bonjour Dr%s %s," % ("e" if name.startswith("Dre") else "", last),
                               "Bonjour,", "Bonjour Docteur%s," % ("e" if name.startswith("Dre") else "")])
        return rng.choice(["Dear Dr. %s," % last, "Hi Dr. %s," % last, "Hello,", "Dear %s," % name])
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour %s," % name if name else "Bonjour à tous,",
                "Salut %s," % name.split()[0] if name else "Salut,", "Bonjour,", "Allo,"]
    else:
        opts = ["Hi,", "Hi %s," % name.split()[0] if name else "Hi all,",
                "Hello %s," % name if name else "Hello,", "Good morning,"]
    return rng.choice(opts)


def closing(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,",
                           "Merci et bonne fin de journée", "Au plaisir,", "Merci à l'avance,"])
    return rng.choice(["Thanks,", "Thank you,", "Best,", "Regards,", "Cheers,",
                       "Thanks so much,", "Kind regards,"])


def signature(rng, who, lang, org_key="hsa", short=None):
    org, dom = ORGS[org_key]
    name = who["given"] + " " + who["surname"]
    if short is None:
        short = rng.random() < 0.25
    if short:
        tail = rng.choice(["", "Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone"])
        return ("%s\n%s" % (who["given"], tail)).rstrip()
    role = who.get("role", "")
    lines = ["--", name + (", " + role if role else ""), org]
    if rng.random() < 0.7:
        lines.append(("Tél. : " if lang == "fr" else "Tel: ") + phone_clinic(rng) +
                     (rng.choice(["", " poste %d" % rng.randint(2000, 7999)]) if lang == "fr"
                      else rng.choice(["", " ext. %d" % rng.randint(2000, 7999)])))
    if rng.random() < 0.4:
        lines.append(("Téléc. : " if lang == "fr" else "Fax: ") + phone_clinic(rng))
    if rng.random() < 0.3:
        lines.append(rng.choice(["1200, boulevard de l'Hôpital, Saint-Aubin (Québec) J7X 1A1",
                                 "455, rue du Collège, bureau 210, Val-des-Pins (Québec) J0K 3B0",
                                 "88, chemin des Prés, Rivière-aux-Saules (Québec) G0R 2C0"]))
    if rng.random() < 0.35:
        lines.append(rng.choice([
            "AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. "
            "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
            "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only "
            "for the addressee. If you received it in error, please delete it and notify the sender.",
            "Pensez à l'environnement avant d'imprimer ce courriel.",
        ]))
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def reply_header(rng, lang, when, who_name, who_addr):
    if lang == "fr":
        jours = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
        mois = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                "oct.", "nov.", "déc."]
        return rng.choice([
            "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
                jours[when.weekday()], when.day, mois[when.month - 1], when.year,
                when.hour, when.minute, who_name, who_addr),
            "De : %s <%s>\nEnvoyé : %s\nObjet : " % (who_name, who_addr,
                                                    fdate(rng, when.date(), "fr", 2)),
        ])
    return rng.choice([
        "On %s, %s <%s> wrote:" % (when.strftime("%a, %b %d, %Y at %I:%M %p"), who_name, who_addr),
        "From: %s <%s>\nSent: %s\nSubject: " % (who_name, who_addr, when.strftime("%A, %B %d, %Y %I:%M %p")),
    ])


def with_quote(rng, lang, new_text, old_text, when, who, old_subject):
    hdr = reply_header(rng, lang, when, who[0], who[1])
    if hdr.endswith("Objet : ") or hdr.endswith("Subject: "):
        # Outlook style: header block not prefixed, body not quoted
        return "%s\n\n%s\n%s\n\n%s" % (new_text, "_" * 32, hdr + old_subject, old_text)
    return "%s\n\n%s\n%s" % (new_text, hdr, quote(old_text))


def forward_block(rng, lang, when, frm, to, subject, body):
    if lang == "fr":
        head = "---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s <%s>" % (
            frm[0], frm[1], fdate(rng, when.date(), "fr", 2) + " à %02d:%02d" % (when.hour, when.minute),
            subject, to[0], to[1])
    else:
        head = "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s <%s>" % (
            frm[0], frm[1], when.strftime("%a, %b %d, %Y at %I:%M %p"), subject, to[0], to[1])
    return head + "\n\n" + body


def dr_addr(d, key="hsa"):
    return (dr(d, "fr"), email_of(d, ORGS[key][1]))
