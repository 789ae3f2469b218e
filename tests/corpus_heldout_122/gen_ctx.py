"""Per-message context and small writing helpers."""
import datetime

from gen_common import (STAFF, signature, staff_from, staff_name, staff_addr)

TYPE_ORDER = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
              "patient_contact", "social_information"]


def order_types(ts):
    ts = set(ts)
    return [t for t in TYPE_ORDER if t in ts]


class Ctx:
    def __init__(self, rng, pools, tag):
        self.rng = rng
        self.pools = pools
        self.tag = tag

    def when(self, month_min=1, month_max=11):
        r = self.rng
        while True:
            d = datetime.date(2025, r.randrange(month_min, month_max + 1), r.randrange(1, 29))
            if d.weekday() < 5 or r.random() < 0.08:
                break
        return datetime.datetime(d.year, d.month, d.day, r.randrange(6, 19), r.randrange(60),
                                 r.randrange(60))

    def later(self, dt, dmin=2, dmax=60, weekday=True):
        r = self.rng
        d = dt.date() + datetime.timedelta(days=r.randrange(dmin, dmax))
        while weekday and d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def earlier(self, dt, dmin=2, dmax=40):
        d = dt.date() - datetime.timedelta(days=self.rng.randrange(dmin, dmax))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def sig(self, key, lang):
        return signature(self.rng, key, lang)

    def frm(self, key):
        return staff_from(key)

    def who(self, key, lang="fr", title=True):
        return staff_name(key, lang, title)

    def addr(self, key):
        return staff_addr(key)

    def first(self, key):
        return STAFF[key][0]

    def greet(self, lang, key=None, formal=None):
        r = self.rng
        if key is None:
            return r.choice(["Bonjour,", "Bonjour à tous,", "Salut,", "Allo,"] if lang == "fr"
                            else ["Hi,", "Hello,", "Good morning,", "Hi all,"])
        g, s, tf, te = STAFF[key][:4]
        if formal is None:
            formal = r.random() < 0.5
        if lang == "fr":
            if formal and tf:
                return r.choice([f"Bonjour {tf} {s},", f"{'Chère' if tf == 'Dre' else 'Cher'} collègue,",
                                 f"Bonjour Docteur{'e' if tf == 'Dre' else ''} {s},"])
            return r.choice([f"Bonjour {g},", f"Salut {g},", f"{g},", f"Bonjour {g}!"])
        if formal and te:
            return r.choice([f"Dear Dr. {s},", f"Dear colleague,", f"Hello Dr. {s},"])
        return r.choice([f"Hi {g},", f"Hello {g},", f"{g} -", f"Good morning {g},"])

    def thanks(self, lang):
        return self.rng.choice(["Merci!", "Merci beaucoup,", "Merci et bonne journée,", "Cordialement,",
                                "Bonne journée,", "Merci de votre collaboration,"] if lang == "fr" else
                               ["Thanks,", "Thank you,", "Best regards,", "Regards,", "Many thanks,",
                                "Cheers,"])


def quote(text, who_line):
    lines = text.rstrip("\n").split("\n")
    return who_line + "\n" + "\n".join(("> " + l) if l else ">" for l in lines)


def fwd_block(lang, frm, to, date_str, subject, body):
    if lang == "fr":
        head = ("---------- Message transféré ----------\n"
                f"De : {frm}\nDate : {date_str}\nÀ : {to}\nObjet : {subject}\n")
    else:
        head = ("-------- Forwarded Message --------\n"
                f"From: {frm}\nSent: {date_str}\nTo: {to}\nSubject: {subject}\n")
    return head + "\n" + body


def outlook_quote(lang, frm, to, date_str, subject, body):
    if lang == "fr":
        head = (f"De : {frm}\nEnvoyé : {date_str}\nÀ : {to}\nObjet : {subject}\n")
    else:
        head = (f"From: {frm}\nSent: {date_str}\nTo: {to}\nSubject: {subject}\n")
    return "________________________________\n" + head + "\n" + body
