# -*- coding: utf-8 -*-
"""Per-message context: patient factory and recorders for finding types."""
import datetime as dt

import gen_common as C
from gen_mime import Mail, Att


class Ctx:
    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = holders
        self.usage = {h["nam"]: 0 for h in holders}
        self.pat_usage = {}
        self.known = {}

    # -------------------------------------------------------------- per message
    def begin(self, lang, now):
        self.lang = lang
        self.now = now
        self.today = now.date()
        self.types = set()
        self.ids = []
        self.used = []

    @property
    def fr(self):
        return self.lang == "fr"

    def pick(self, seq):
        return self.rng.choice(seq)

    def t(self, fr, en):
        return fr if self.fr else en

    # -------------------------------------------------------------- people
    def _holder(self, role):
        pool = [h for h in self.holders if C.nam_role(h) == role]
        low = min(self.usage[h["nam"]] for h in pool)
        cand = [h for h in pool if self.usage[h["nam"]] == low]
        h = self.rng.choice(cand)
        self.usage[h["nam"]] += 1
        return h

    def patient(self, role="mother", nam=None):
        """nam: True -> a blind_nams holder; False -> invented person without NAM."""
        rng = self.rng
        if nam is None:
            nam = rng.random() < 0.45
        if nam:
            h = self._holder(role)
            p = dict(given=h["given"], surname=h["surname"], sex=h["sex"], dob=h["dob"], holder=h,
                     nam_raw=h["nam"])
        else:
            if role == "partner":
                g, s = rng.choice(C.PARTNERS_M)
                sex = "M"
                dob = dt.date(rng.randrange(1980, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
            else:
                low = min(self.pat_usage.get(x, 0) for x in C.PATIENTS_F)
                g, s = rng.choice([x for x in C.PATIENTS_F if self.pat_usage.get(x, 0) == low])
                self.pat_usage[(g, s)] = self.pat_usage.get((g, s), 0) + 1
                sex = "F"
                dob = dt.date(rng.randrange(1984, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
            p = dict(given=g, surname=s, sex=sex, dob=dob, holder=None, nam_raw=None)
        key = p["nam_raw"] or (p["given"], p["surname"])
        if key in self.known:
            p = self.known[key]
            p["age"] = C.age_on(p["dob"], self.today)
            return p
        p["mrn_raw"] = C.make_mrn(rng)
        p["phone"] = C.personal_phone(rng)
        p["address"] = C.home_address(rng)
        p["email"] = "%s.%s%02d@%s" % (C.strip_accents(p["given"]).lower()[:6],
                                       C.strip_accents(p["surname"]).lower().replace(" ", "")[:4],
                                       p["dob"].year % 100, rng.choice(["mail.example", "courriel.example"]))
        p["age"] = C.age_on(p["dob"], self.today)
        self.known[key] = p
        return p

    def baby(self, mother, days_old=None):
        rng = self.rng
        days_old = rng.randrange(1, 12) if days_old is None else days_old
        bdob = self.today - dt.timedelta(days=days_old)
        sex = rng.choice("FM")
        if rng.random() < .5:
            lab = (C.BABY_FR if self.fr else C.BABY_EN)[(0 if sex == "M" else 1)]
            given = lab
        else:
            given = rng.choice(C.NB_GIVEN)
        return dict(given=given, surname=mother["surname"], sex=sex, dob=bdob, holder=None,
                    mrn_raw=C.make_mrn(rng), days=days_old, weight=rng.randrange(2450, 4300, 5))

    # -------------------------------------------------------------- recorders
    def name(self, p, kind=None):
        self.types.add("patient_name")
        if p.get("holder"):
            self._use(p)
            if kind is None:
                kind = self.pick(["full", "title", "surfirst", "lower", "upper", "full"])
        return C.name_forms(p["given"], p["surname"], p["sex"], self.lang, self.rng, kind)[0]

    def bname(self, b):
        """Newborn: given or label + surname."""
        self.types.add("patient_name")
        return "%s %s" % (b["given"], b["surname"])

    def given(self, p):
        # only where the context already identifies the patient
        return p["given"]

    def dob(self, p, fmt=None):
        self.types.add("date_of_birth")
        if p.get("holder"):
            self._use(p)
        return fmt or C.fmt_date(p["dob"], self.lang, self.rng)

    def sexlabel(self, p):
        s = p["sex"]
        return self.pick([self.t("Sexe : " + s, "Sex: " + s), self.t("sexe " + s, "Sex " + s), "(%s)" % s])

    def _use(self, p):
        if p["holder"] and p["holder"] not in self.used:
            self.used.append(p["holder"])

    def nam(self, p, style=None):
        assert p["holder"]
        self.types.add("ramq_nam")
        self._use(p)
        self.ids.append(("ramq_nam", p["nam_raw"]))
        return C.fmt_nam(p["nam_raw"], style or self.pick(C.ID_STYLES))

    def mrn(self, p):
        self.types.add("mrn")
        self.ids.append(("mrn", p["mrn_raw"]))
        return C.fmt_mrn(p["mrn_raw"], self.rng)

    def sin(self, p, style=None):
        self.types.add("ca_sin")
        p.setdefault("sin_raw", C.make_sin(self.rng))
        self.ids.append(("ca_sin", p["sin_raw"]))
        return C.fmt_sin(p["sin_raw"], style or self.pick(C.ID_STYLES))

    def ohn(self, p, style=None):
        self.types.add("ca_health_number")
        p.setdefault("ohn_raw", C.make_ohn(self.rng))
        self.ids.append(("ca_health_number", p["ohn_raw"]))
        vc = self.pick(["", "", "AB", "KX", "MN"])
        return C.fmt_ohn(p["ohn_raw"], style or self.pick(["plain", "hyphen", "space", "dot", "fullwidth"]), vc)

    def niss(self, p, style=None):
        self.types.add("be_niss")
        p.setdefault("niss_raw", C.make_niss(self.rng, p["dob"], p["sex"]))
        self.ids.append(("be_niss", p["niss_raw"]))
        return C.fmt_niss(p["niss_raw"], style or self.pick(["canon", "plain", "space", "canon", "fullwidth"]))

    def nir(self, p, style=None):
        self.types.add("fr_nir")
        p.setdefault("nir_raw", C.make_nir(self.rng, p["dob"], p["sex"]))
        self.ids.append(("fr_nir", p["nir_raw"]))
        return C.fmt_nir(p["nir_raw"], style or self.pick(["canon", "plain", "canon", "dot", "fullwidth"]))

    def dx(self, s):
        self.types.add("diagnosis")
        return s

    def lab(self, s):
        self.types.add("lab_result")
        return s

    def med(self, s):
        self.types.add("medication")
        return s

    def contact(self, s):
        self.types.add("patient_contact")
        return s

    def social(self, s):
        self.types.add("social_information")
        return s

    # -------------------------------------------------------------- condition helpers
    def cdx(self, c, short=False):
        return self.dx(c[("fr" if self.fr else "en") + ("_short" if short else "")])

    def clab(self, c):
        return self.lab(c["lab_fr" if self.fr else "lab_en"])

    def cmed(self, c):
        return self.med(c["med_fr" if self.fr else "med_en"])

    def cplan(self, c):
        return c["plan_fr" if self.fr else "plan_en"]

    # -------------------------------------------------------------- staff / addresses
    def staff(self, k=1):
        return C.staff(self.rng, k)

    def role(self, *kinds, k=1, exclude=()):
        pool = [s for s in C.by_role(*kinds) if s not in exclude]
        return self.rng.sample(pool, k) if k > 1 else self.rng.choice(pool)

    def clin(self, k=1):
        nonclin = ("IT", "paie", "payroll", "RH", "HR", "finance", "procurement", "approvisionnement", "buyer",
                   "facilities", "services techniques", "formation", "education")
        pool = [s for s in C.STAFF if not any(w in s[3] or w in s[4] for w in nonclin)]
        return self.rng.sample(pool, k) if k > 1 else self.rng.choice(pool)

    def who(self, st, dom=C.DOM):
        return (C.dr(st, self.lang), C.email_of(st[0], st[1], dom))

    def sig(self, st, org=True):
        return C.signature(st, self.lang, self.rng, org)

    def ext(self, label_fr, label_en, dom):
        local = self.pick(["info", "reception", "accueil", "rendezvous", "triage", "admin", "fax2mail", "clinique"])
        return (self.t(label_fr, label_en), "%s@%s" % (local, dom))

    def date(self, d):
        return C.fmt_date(d, self.lang, self.rng)

    def days(self, n):
        return self.today + dt.timedelta(days=n)

    # -------------------------------------------------------------- finish
    def mail(self, **kw):
        kw.setdefault("lang", self.lang)
        m = Mail(types=sorted(self.types), ids=list(self.ids), holders=list(self.used), **kw)
        return m


def A(filename, ctype, data, **kw):
    return Att(filename, ctype, data, **kw)
