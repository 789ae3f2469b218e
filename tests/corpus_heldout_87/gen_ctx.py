"""Generation context shared by the positive and negative template modules."""
import datetime

from gen_build import Mail
from gen_common import (STAFF, Patient, load_nams, msg_dt, staff_addr, staff_name, HOSP_DOM,
                        CLINIC_DOM, fdate)


def T(lang, fr, en):
    return fr if lang == "fr" else en


class Types(list):
    def add(self, *ts):
        for t in ts:
            if t not in self:
                self.append(t)
        return self


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        nams = load_nams()
        rng.shuffle(nams)
        self.nams = nams
        self.nam_i = 0

    def nam(self):
        h = self.nams[self.nam_i % len(self.nams)]
        self.nam_i += 1
        return h

    def patient(self, **kw):
        return Patient(self.rng, used=self.used, **kw)

    def staff(self, *roles):
        pool = [s for s in STAFF if not roles or any(r in s[3] for r in roles)]
        return self.rng.choice(pool)

    def two_staff(self, r1=(), r2=()):
        a = self.staff(*r1)
        for _ in range(20):
            b = self.staff(*r2)
            if b != a:
                return a, b
        return a, STAFF[0] if a != STAFF[0] else STAFF[1]

    def who(self, st, hosp=None):
        if hosp is None:
            hosp = self.rng.random() < 0.4
        return (staff_name(st), staff_addr(st, HOSP_DOM if hosp else CLINIC_DOM))

    def mail(self, cat, lang, note=""):
        m = Mail(cat, lang, [], note)
        m.date = msg_dt(self.rng)
        return m

    def dob(self, d, lang):
        r = self.rng
        lab = r.choice(T(lang, ["DDN", "Date de naissance", "né(e) le", "DN"],
                         ["DOB", "Date of birth", "born", "D.O.B."]))
        return "%s %s" % (lab + ("" if lab.startswith(("né", "born")) else " :" if lang == "fr"
                                 else ":"), fdate(d, lang, r))

    def future(self, m, lo=2, hi=21):
        d = m.date + datetime.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d.replace(hour=self.rng.choice([8, 9, 10, 13, 14, 15]),
                         minute=self.rng.choice([0, 15, 30, 45]))
