"""Per-message context: random stream, language, and bookkeeping of the finding
types and identifiers actually written into the message."""
import datetime

import gen_common as G

TYPE_ORDER = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
              "patient_contact", "social_information"]


class Ctx:
    def __init__(self, rng, lang, holders, positive=True):
        self.rng = rng
        self.lang = lang
        self.holders = holders
        self.positive = positive
        self.now = G.msg_datetime(rng)
        self.types = set()
        self.ids = {}
        self.used = set()
        self.dstyle = rng.randint(0, 4)

    # -------------------------------------------------------------- bookkeeping
    def add(self, *types):
        if not self.positive:
            raise RuntimeError("finding added in a negative")
        for t in types:
            assert t in TYPE_ORDER, t
            self.types.add(t)

    def record(self, t, value):
        self.ids.setdefault(t, [])
        if value not in self.ids[t]:
            self.ids[t].append(value)

    def sorted_types(self):
        return [t for t in TYPE_ORDER if t in self.types]

    def fr(self, a, b):
        return a if self.lang == "fr" else b

    def pick(self, *opts):
        return self.rng.choice(opts)

    # -------------------------------------------------------------- people
    def holder(self, min_age=0, max_age=120, sex=None):
        today = self.now.date()
        cands = [h for h in self.holders if min_age <= h.age(today) <= max_age and (sex is None or h.sex == sex)
                 and h.nam not in self.used and (h.surname, h.given) not in self.used]
        h = self.rng.choice(cands)
        self.used.add(h.nam)
        self.used.add((h.surname, h.given))
        return h

    def patient(self, sex=None, min_age=0, max_age=95):
        today = self.now.date()
        lo = today.year - max_age
        hi = today.year - min_age - 1
        for _ in range(50):
            p = G.make_patient(self.rng, sex, lo, hi)
            if (p.surname, p.given) not in self.used and p.surname not in self.used:
                break
        self.used.add((p.surname, p.given))
        self.used.add(p.surname)
        return p

    def staff(self, **kw):
        return G.make_staff(self.rng, **kw)

    def sender(self, st):
        return (st.title_fr() if self.lang == "fr" else st.title_en()) if self.rng.random() < 0.3 else st.full, st.email

    def sig(self, st):
        return G.signature(self.rng, st, self.lang)

    def greet(self, name=None):
        return G.greeting(self.rng, self.lang, name)

    def bye(self):
        return G.closing(self.rng, self.lang)

    # -------------------------------------------------------------- findings
    def name(self, p, style=None):
        self.add("patient_name")
        return G.name_form(self.rng, p, self.lang, style)

    def title(self, p):
        return self.name(p, "title")

    def nam(self, p, allow_fw=True, label=None, style=None):
        self.add("ramq_nam")
        self.record("ramq_nam", p.nam)
        v = G.disguise_nam(self.rng, p.nam, allow_fw, style)
        if label is False:
            return v
        lab = label or self.rng.choice(
            ["NAM", "NAM :", "RAMQ", "No RAMQ", "no d'ass. maladie", "carte soleil", "HIN", "Medicare #"]
            if self.lang == "fr" else ["RAMQ", "RAMQ #", "Medicare no.", "NAM", "health card", "HIN:"])
        sep = " " if lab.endswith(":") else self.rng.choice([": ", " ", " : "])
        return "%s%s%s" % (lab, sep, v)

    def dob(self, p, raw=False):
        self.add("date_of_birth")
        if raw:
            return G.fmt_date(self.rng, p.dob, self.lang)
        return G.dob_phrase(self.rng, p, self.lang)

    def sin(self, allow_fw=True):
        n = G.gen_sin(self.rng)
        self.add("ca_sin")
        self.record("ca_sin", n)
        return G.fmt_sin(self.rng, n, allow_fw)

    def ohn(self, allow_fw=True):
        n = G.gen_ohn(self.rng)
        self.add("ca_health_number")
        self.record("ca_health_number", n)
        return G.fmt_ohn(self.rng, n, allow_fw)

    def niss(self, p, allow_fw=True):
        n = G.gen_niss(self.rng, p.dob, p.sex)
        self.add("be_niss")
        self.record("be_niss", n)
        return G.fmt_niss(self.rng, n, allow_fw)

    def nir(self, p, allow_fw=True, dept=None):
        n = G.gen_nir(self.rng, p.dob, p.sex, dept)
        self.add("fr_nir")
        self.record("fr_nir", n)
        return G.fmt_nir(self.rng, n, allow_fw)

    def mrn(self, value=None, labelled=True):
        self.add("mrn")
        v = value or G.gen_mrn(self.rng)
        return G.fmt_mrn(self.rng, v, self.lang) if labelled else v

    def phone(self, area=None):
        self.add("patient_contact")
        return G.phone_fmt(self.rng, area)

    def address(self):
        self.add("patient_contact")
        return G.address(self.rng)

    def pmail(self, p):
        self.add("patient_contact")
        user = G.slug(p.given)[:self.rng.randint(1, 8)] + self.rng.choice([".", "_", ""]) + \
            G.slug(p.surname) + self.rng.choice(["", "", str(p.dob.year % 100), str(self.rng.randint(1, 99))])
        return "%s@%s" % (user, self.rng.choice(G.PERSONAL_DOMAINS))

    def dx(self, s):
        self.add("diagnosis")
        return s

    def med(self, s):
        self.add("medication")
        return s

    def lab(self, s):
        self.add("lab_result")
        return s

    def soc(self, s):
        self.add("social_information")
        return s

    def date(self, d, style=None):
        return G.fmt_date(self.rng, d, self.lang, self.dstyle if style is None else style)

    def future(self, lo=2, hi=40):
        return G.future_date(self.rng, self.now, lo, hi)

    def past(self, lo=1, hi=60):
        d = self.now.date() - datetime.timedelta(days=self.rng.randint(lo, hi))
        return d
