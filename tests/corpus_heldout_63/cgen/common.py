"""Shared context and helpers for message builders."""
import datetime

from . import ids, world
from .mime import Mail

START = datetime.date(2024, 1, 15)
SPAN_DAYS = 530


def tz_for(d, origin='qc'):
    if origin in ('be', 'fr'):
        summer = (4 <= d.month <= 9) or (d.month == 3 and d.day >= 28) or (d.month == 10 and d.day < 26)
        return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    summer = (4 <= d.month <= 10) or (d.month == 3 and d.day >= 10) or (d.month == 11 and d.day < 3)
    return datetime.timezone(datetime.timedelta(hours=-4 if summer else -5))


class Ctx:
    """Per-message context. rng is private to the message; the pool is shared."""

    def __init__(self, rng, pool, lang):
        self.rng = rng
        self.pool = pool
        self.lang = lang
        d = START + datetime.timedelta(days=rng.randrange(SPAN_DAYS))
        h = rng.choice([0, 1, 2, 3, 5, 6, 7, 7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 21, 22, 23])
        self.date = datetime.datetime(d.year, d.month, d.day, h, rng.randrange(60), rng.randrange(60),
                                      tzinfo=tz_for(d))
        self.types = set()
        self.notes = []
        self.evidence = []

    # language helper: c.t("fr text", "en text")
    def t(self, fr, en):
        return fr if self.lang == 'fr' else en

    def p(self, seq):
        return world.pick(self.rng, seq, self.lang)

    def chance(self, x):
        return self.rng.random() < x

    def cycle(self, key, options):
        """Deterministic rotation through options across the corpus (balances variants)."""
        return options[(self.pool.count(key) - 1) % len(options)]

    def blind(self):
        return self.pool.next_blind()

    def inv(self, origin='qc', lo=1935, hi=2012):
        p = world.invented(self.rng, origin, lo, hi)
        if origin == 'on':
            p.ohn = ids.gen_ohn(self.rng)
        if origin == 'be':
            p.niss = ids.gen_niss(self.rng, p.dob, p.sex)
        if origin == 'fr':
            p.nir = ids.gen_nir(self.rng, p.dob, p.sex)
        return p

    def mrn(self, p, inst):
        if inst not in p.mrn:
            p.mrn[inst] = ids.gen_mrn(self.rng, inst)
        return p.mrn[inst]

    def staff(self, role, inst='rn', exclude=()):
        return world.staff(self.rng, role, inst, exclude)

    def sig(self, st, short=False):
        return ('sig', world.signature(self.rng, st, self.lang, short))

    def day(self, delta=0):
        return (self.date + datetime.timedelta(days=delta)).date()

    def dstr(self, d, style=None):
        style = style or self.rng.choice(['iso', 'slash', 'long'])
        return ids.fmt_date(d, self.lang, style)

    def name(self, p, styles=None):
        styles = styles or ['full', 'full', 'last_first', 'title', 'title', 'last_first_plain', 'caps']
        s = ids.fmt_name(p, self.rng.choice(styles), self.lang)
        return s

    def add(self, *types):
        for t in types:
            self.types.add(t)

    def greeting(self, st=None):
        r = self.rng
        named = st is not None and r.random() < 0.6
        if self.lang == 'fr':
            opts = ["Bonjour", "Bonjour", "Bonsoir", "Salut", "Allo"] if named else \
                   ["Bonjour", "Bonjour", "Bonsoir", "Salut", "Allo", "Bonjour à tous", "Bonjour tout le monde"]
        else:
            opts = ["Hi", "Hello", "Good morning", "Hey", "Dear"] if named else \
                   ["Hi", "Hello", "Hi all", "Good morning", "Hey", "Dear colleagues"]
        g = r.choice(opts)
        if named:
            g += " " + (st.given if r.random() < 0.6 else st.titled(self.lang))
        elif g == "Dear":
            g = "Dear colleague"
        return g + r.choice([",", ",", "", " !" if self.lang == 'fr' else "!"])

    def closing(self):
        return self.rng.choice(["Merci", "Merci!", "Merci beaucoup", "Bonne journée", "Cordialement", "Bonne garde",
                                "Merci de votre collaboration"] if self.lang == 'fr' else
                               ["Thanks", "Thanks!", "Thank you", "Regards", "Best", "Cheers", "Many thanks"])

    def mail(self, sender, to, subject, blocks, cc=None, attachments=None, **kw):
        sa = (sender.titled(self.lang) if self.rng.random() < 0.3 else sender.full, sender.email()) \
            if isinstance(sender, world.Staff) else sender
        ta = [(x.full, x.email()) if isinstance(x, world.Staff) else x for x in to]
        if any(a[1] == sa[1] for a in ta):
            ta = [a for a in ta if a[1] != sa[1]]
            if not ta:
                dom = sa[1].split('@')[1]
                ta = [(self.t("Secrétariat", "Office"), f"secretariat@{dom}")]
        ca = [(x.full, x.email()) if isinstance(x, world.Staff) else x for x in (cc or [])]
        return Mail(sa, ta, subject, blocks, self.date, self.lang, cc=ca, attachments=attachments, **kw)

    def earlier(self, minutes):
        return self.date - datetime.timedelta(minutes=minutes)

    def attribution(self, who, when, style=None):
        style = style or self.rng.choice(['gmail', 'outlook', 'short'])
        if style == 'outlook':
            if self.lang == 'fr':
                return (f"De : {who.full} <{who.email()}>\nEnvoyé : {ids.fmt_date(when.date(), 'fr', 'long')} {when.strftime('%H:%M')}\n"
                        f"Objet : "), 'outlook'
            return (f"From: {who.full} <{who.email()}>\nSent: {when.strftime('%A, %B %d, %Y %I:%M %p')}\n"
                    f"Subject: "), 'outlook'
        if style == 'short':
            return (f"{who.full} a écrit :" if self.lang == 'fr' else f"{who.full} wrote:"), 'gt'
        if self.lang == 'fr':
            return f"Le {when.strftime('%d/%m/%Y à %H:%M')}, {who.full} <{who.email()}> a écrit :", 'gt'
        return f"On {when.strftime('%a, %b %d, %Y at %I:%M %p')} {who.full} <{who.email()}> wrote:", 'gt'

    def quote(self, who, minutes, subject, inner_blocks):
        att, style = self.attribution(who, self.earlier(minutes))
        if style == 'outlook':
            att = att + subject
        return ('quote', att, inner_blocks, style)

    def fwd(self, who, to, minutes, subject, inner_blocks):
        when = self.earlier(minutes)
        if self.lang == 'fr':
            sep = self.rng.choice(["---------- Message transféré ---------", "-------- Message original --------",
                                   "-----Message d'origine-----"])
            hdrs = [("De :", f"{who.full} <{who.email()}>"), ("Date :", when.strftime('%Y-%m-%d %H:%M')),
                    ("À :", ", ".join(t.full if isinstance(t, world.Staff) else t[0] for t in to)), ("Objet :", subject)]
        else:
            sep = self.rng.choice(["---------- Forwarded message ---------", "-----Original Message-----",
                                   "Begin forwarded message:"])
            hdrs = [("From:", f"{who.full} <{who.email()}>"), ("Date:", when.strftime('%a, %b %d, %Y %H:%M')),
                    ("To:", ", ".join(t.full if isinstance(t, world.Staff) else t[0] for t in to)), ("Subject:", subject)]
        return ('fwd', sep, hdrs, inner_blocks)


class Pool:
    def __init__(self, rng, blind):
        self.blind = list(blind)
        rng.shuffle(self.blind)
        self.i = 0
        self.counters = {}

    def count(self, key):
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    def next_blind(self):
        p = self.blind[self.i % len(self.blind)]
        self.i += 1
        return p


def re_prefix(c):
    return c.rng.choice(["RE: ", "Re: ", "RE : ", "Réf. : "] if c.lang == 'fr' else ["RE: ", "Re: ", "RE: "])


def fw_prefix(c):
    return c.rng.choice(["TR: ", "Fwd: ", "TR : ", "FW: "] if c.lang == 'fr' else ["FW: ", "Fwd: ", "Fw: "])
