"""Per-message context handed to every builder."""
import datetime as dt

import gen_common as C

ROLES = {
    'derm': {'qc': ['Lavallée', 'Provencher', 'Beauchemin'], 'nb': ['Whitfield', 'Kaur']},
    'plastic': {'qc': ['Vaillancourt', 'Sirois'], 'nb': ['Okonkwo']},
    'nurse': {'qc': ['Marchand', 'Trudel', 'Dufresne'], 'nb': ['Novak']},
    'wound': {'qc': ['Trudel'], 'nb': ['Novak']},
    'bio': {'qc': ['Dufresne'], 'nb': ['Novak']},
    'clerk': {'qc': ['Fontaine', 'Beaulieu'], 'nb': ['Harrington']},
    'gp': {'qc': ['Hamel', 'Plourde'], 'nb': ['Adeyemi', 'Lindsay']},
    'path': {'qc': ['Ménard'], 'nb': ['Sutherland']},
    'pharm': {'qc': ['Gosselin'], 'nb': ['Rahman']},
    'home': {'qc': ['Lacasse'], 'nb': ['Bastarache']},
    'sw': {'qc': ['Mercier-Blais'], 'nb': ['MacPhail']},
    'mgr': {'qc': ['Dubé'], 'nb': ['Lindqvist']},
    'cosm': {'qc': ['Gervais'], 'nb': ['Brennan']},
    'res': {'qc': ['Picard'], 'nb': ['Quintero']},
    'td': {'qc': ['Desrosiers'], 'nb': ['Desrosiers']},
    'it': {'qc': ['Ferreira'], 'nb': ['Ferreira']},
    'hr': {'qc': ['Castellanos'], 'nb': ['Castellanos']},
    'buy': {'qc': ['Tanguay'], 'nb': ['Tanguay']},
}


class Ctx:
    def __init__(self, rng, lang, region, date, holders):
        self.rng = rng
        self.lang = lang
        self.region = region
        self.date = date  # aware datetime
        self.today = date.date()
        self.holders = holders

    # ---- language helpers
    def t(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def pv(self, pair):
        """Pick the string for the current language from a (fr, en, ...) tuple."""
        return pair[0] if self.lang == 'fr' else pair[1]

    def chance(self, p):
        return self.rng.random() < p

    # ---- people
    def st(self, role, region=None):
        return C.staff(self.rng.choice(ROLES[role][region or self.region]))

    def who(self, s):
        return (s.dname(self.lang), s.email())

    def pat(self, nam=False, lang=None, **kw):
        if nam:
            return C.holder(self.rng, self.holders)
        return C.new_patient(self.rng, lang or self.lang, region=kw.get('region', self.region),
                             sex=kw.get('sex'), lo=kw.get('lo', 1935), hi=kw.get('hi', 2006))

    def site(self, key=None):
        return C.SITES[key or self.region]

    def site_name(self, key=None):
        s = C.SITES[key or self.region]
        return s['name_fr'] if self.lang == 'fr' else s['name_en']

    # ---- dates
    def later(self, lo, hi):
        d = self.today + dt.timedelta(days=self.rng.randrange(lo, hi + 1))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    def earlier(self, lo, hi):
        d = self.today - dt.timedelta(days=self.rng.randrange(lo, hi + 1))
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return d

    def fd(self, d, style=None):
        return C.fmt_date(self.rng, d, self.lang, style)

    def day(self, d):
        return C.fmt_day(d, self.lang)

    def hour(self):
        h = self.rng.choice([8, 9, 9, 10, 10, 11, 13, 13, 14, 15, 15, 16])
        m = self.rng.choice([0, 0, 15, 30, 45])
        return '%dh%02d' % (h, m) if self.lang == 'fr' else '%d:%02d %s' % (h if h <= 12 else h - 12, m,
                                                                             'a.m.' if h < 12 else 'p.m.')

    def dob(self, p, style=None):
        return C.fmt_date(self.rng, p.dob, self.lang, style)

    def age(self, p):
        return p.age(self.today)

    # ---- signature / greetings
    def sig(self, s, short=False):
        return C.signature(self.rng, s, self.lang, short)

    def hi(self, name=None):
        """Greeting; name may be a Staff (addressed as Dr X / given name) or a string."""
        if isinstance(name, C.Staff):
            name = C.greet_name(name, self.lang)
        return C.greet(self.rng, self.lang, name)

    def hig(self, fr, en):
        """Greeting to a group, written out."""
        return (fr if self.lang == 'fr' else en) + ','

    def bye(self):
        return C.bye(self.rng, self.lang)

    def tel(self, p):
        return C.fmt_phone(self.rng, p)
