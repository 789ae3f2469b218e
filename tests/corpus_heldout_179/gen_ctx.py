"""Per-message context handed to every template, plus reply/forward helpers."""
import datetime

from gen_common import (EN_MONTHS, FR_MONTHS, STAFF, UROLOGISTS, day_l, fmt_date, sig,
                        workday_after)


class Ctx:
    def __init__(self, rng, lang, when, pool, tracker, idx):
        self.rng, self.lang, self.when, self.pool, self.t, self.idx = rng, lang, when, pool, tracker, idx
        self.features = []

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def staff(self, key):
        return STAFF[key]

    def uro(self):
        return STAFF[self.rng.choice(UROLOGISTS)]

    def future(self, lo=3, hi=40):
        return workday_after(self.when.date(), self.rng.randrange(lo, hi))

    def past(self, lo=2, hi=60):
        d = self.when.date() - datetime.timedelta(days=self.rng.randrange(lo, hi))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def earlier(self, lo=1, hi=4):
        """A plausible office-hours time lo..hi-1 days before this message."""
        d = self.when - datetime.timedelta(days=self.rng.randrange(lo, hi))
        return d.replace(hour=self.rng.randrange(8, 17), minute=self.rng.randrange(60), second=self.rng.randrange(60))

    def day(self, d):
        return day_l(d, self.lang)

    def dshort(self, d):
        return fmt_date(d, self.ch(["iso", "dmy", "long"]), self.lang)

    def hour(self):
        h, m = self.ch([7, 8, 8, 9, 10, 10, 11, 13, 13, 14, 15]), self.ch([0, 0, 15, 30, 45])
        return f"{h}h{m:02d}" if self.lang == "fr" else f"{h}:{m:02d}"

    def sig(self, p, phone_key="uro", extra=None):
        return sig(p, self.lang, phone_key, extra)

    def hello(self, name=None):
        if self.lang == "fr":
            base = self.ch(["Bonjour", "Bonjour", "Allô", "Salut"]) if name else self.ch(["Bonjour,", "Bonjour à tous,", "Bonjour,"])
            return f"{base} {name}," if name else base
        base = self.ch(["Hi", "Hello", "Good morning"]) if name else self.ch(["Hello,", "Hi all,", "Good morning,"])
        return f"{base} {name}," if name else base

    def thanks(self):
        return self.ch(["Merci!", "Merci beaucoup,", "Merci et bonne journée,", "Bonne journée,"]) if self.lang == "fr" \
            else self.ch(["Thanks!", "Thank you,", "Thanks in advance,", "Best,"])


FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def wrote_line(lang, who, when):
    if lang == "fr":
        return (f"Le {when.day} {FR_ABBR[when.month - 1]} {when.year} à "
                f"{when.hour:02d}:{when.minute:02d}, {who} a écrit :")
    return f"On {EN_MONTHS[when.month - 1][:3]} {when.day}, {when.year}, at {when.hour}:{when.minute:02d}, {who} wrote:"


def quote_gt(lang, who, when, text):
    q = "\n".join(("> " + x) if x else ">" for x in text.split("\n"))
    return wrote_line(lang, who, when) + "\n" + q


def quote_outlook(lang, frm, to, when, subject, text):
    if lang == "fr":
        head = ["-----Message d'origine-----", f"De : {frm}",
                f"Envoyé : {when.day} {FR_MONTHS[when.month - 1]} {when.year} {when.hour:02d}:{when.minute:02d}",
                f"À : {to}", f"Objet : {subject}"]
    else:
        head = ["-----Original Message-----", f"From: {frm}",
                f"Sent: {EN_MONTHS[when.month - 1]} {when.day}, {when.year} {when.hour}:{when.minute:02d}",
                f"To: {to}", f"Subject: {subject}"]
    return "\n".join(head) + "\n\n" + text


def fwd_block(lang, frm, to, when, subject, text):
    if lang == "fr":
        head = ["---------- Message transféré ---------", f"De : {frm}",
                f"Date : {when.day} {FR_MONTHS[when.month - 1]} {when.year} à {when.hour:02d}:{when.minute:02d}",
                f"Objet : {subject}", f"À : {to}"]
    else:
        head = ["---------- Forwarded message ---------", f"From: {frm}",
                f"Date: {EN_MONTHS[when.month - 1][:3]} {when.day}, {when.year} at {when.hour}:{when.minute:02d}",
                f"Subject: {subject}", f"To: {to}"]
    return "\n".join(head) + "\n\n" + text


def addr_str(p):
    return f"{p.full()} <{p.email}>"
