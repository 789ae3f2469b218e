"""Per-message context used by the templates: random source, date, patients, and finding-type tracking."""
import datetime

import gen_common as G
from gen_mime import Spec


class Ctx:
    def __init__(self, rng, lang, date, nampool, namepool, serial):
        self.rng, self.lang, self.date = rng, lang, date
        self.nampool, self.namepool, self.serial = nampool, namepool, serial
        self.types, self.ids, self.nams, self.names = set(), [], [], []

    # -------------------------------------------------- helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def r(self, a, b):
        return self.rng.randint(a, b)

    def u(self, a, b, nd=1):
        return round(self.rng.uniform(a, b), nd)

    def dec(self, x, nd=1):
        s = f"{x:.{nd}f}"
        return s.replace(".", ",") if self.lang == "fr" else s

    @property
    def today(self):
        return self.date.date()

    def later(self, lo=2, hi=30):
        return G.workday_after(self.today, self.rng, lo, hi)

    def earlier(self, lo=2, hi=30):
        d = self.today - datetime.timedelta(days=self.r(lo, hi))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def day(self, d, year=False):
        return G.day_fr(d, year) if self.lang == "fr" else G.day_en(d, year)

    def hm(self, h, m):
        return G.hhmm_fr(h, m) if self.lang == "fr" else G.hhmm_en(h, m)

    def sdate(self, d):
        return d.isoformat() if self.rng.random() < 0.6 else (
            f"{d.day:02d}/{d.month:02d}/{d.year}" if self.lang == "fr" else f"{G.EN_MONTHS[d.month-1][:3]} {d.day}")

    def t(self, *types):
        self.types.update(types)

    # -------------------------------------------------- patients
    def _dress(self, p, lang):
        if p.mrn is None:
            p.mrn = G.mrn_value(self.rng)
            p.phone = G.phone(self.rng)
            p.address = G.address(self.rng, lang)
        return p

    def nam_patient(self, min_age=18, max_age=99, sex=None, exclude=()):
        p = self.nampool.take(self.today, min_age, max_age, sex, exclude)
        return self._dress(p, "fr")

    def new_patient(self, min_age=25, max_age=85, sex=None, lang=None):
        lang = lang or self.lang
        sex = sex or self.ch("FM")
        dob = G.rand_dob(self.rng, self.today, min_age, max_age)
        return self._dress(self.namepool.person(lang, sex, dob), lang)

    def nm(self, p, style=None):
        style = style or self.ch(G.ANY_STYLES)
        self.t("patient_name")
        if p not in self.names:
            self.names.append(p)
        return G.name_as(p, style, self.lang)

    def full(self, p):
        return self.nm(p, self.ch(G.FULL_STYLES))

    def dob(self, p, style=None):
        self.t("date_of_birth")
        return G.dob_as(p.dob, style or self.ch(G.DOB_STYLES), self.lang)

    def sex(self, p):
        return p.sex

    def age(self, p):
        return p.age(self.today)

    def nam(self, p, style=None):
        self.t("ramq_nam")
        if p not in self.nams:
            self.nams.append(p)
        return G.fmt_id("ramq_nam", p.nam, style or G.id_style(self.rng))

    def _idv(self, kind, v, style):
        self.t(kind)
        if (kind, v) not in self.ids:
            self.ids.append((kind, v))
        return G.fmt_id(kind, v, style or G.id_style(self.rng))

    def mrn(self, p, style=None):
        s = style or self.ch(["plain", "plain", "spaced", "hyphen", "dotted", "wideplain", "oddspace"])
        return self._idv("mrn", p.mrn, s)

    def sin(self, p, style=None):
        if not getattr(p, "sin", None):
            p.sin = G.make_sin(self.rng)
        return self._idv("ca_sin", p.sin, style)

    def ohip(self, p, style=None):
        if not getattr(p, "ohip", None):
            p.ohip = G.make_ohip(self.rng)
        return self._idv("ca_health_number", p.ohip, style)

    def niss(self, p, style=None):
        if not getattr(p, "niss", None):
            p.niss = G.make_niss(self.rng, p.dob, p.sex)
        return self._idv("be_niss", p.niss, style)

    def nir(self, p, style=None):
        if not getattr(p, "nir", None):
            p.nir = G.make_nir(self.rng, p.dob, p.sex)
        return self._idv("fr_nir", p.nir, style)

    def tel(self, p):
        self.t("patient_contact")
        return p.phone

    def addr(self, p):
        self.t("patient_contact")
        return p.address

    # -------------------------------------------------- staff
    def sig(self, person, short=None):
        if short is None:
            short = self.rng.random() < 0.3
        return ("sig", G.sig(person, self.lang, short), self.rng.random() < 0.5)

    def spec(self, cat, note, frm, to, subject, blocks, atts=(), cc=(), fmt=None, conf=True, reply=False):
        s = Spec(cat, self.lang, conf, note, frm, to, subject, blocks, types=self.types if conf else (),
                 atts=atts, cc=cc, ids=self.ids, nams=self.nams, fmt=fmt, names=self.names)
        if reply:
            s.reply_to_id = "<%016x.%d@%s>" % (self.rng.getrandbits(64), self.serial, G.DOMAIN)
        return s
