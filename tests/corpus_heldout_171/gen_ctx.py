"""Generation context: seeded RNG, patient pools, dates, records."""
import datetime
import random

import gen_common as C


class Rec:
    """One message being written: mail fields plus label and the facts the checker verifies."""

    def __init__(self, lang, category, note, positive):
        self.lang, self.category, self.note, self.positive = lang, category, note, positive
        self.types = set()
        self.facts = []          # ("name", Patient) / ("nam", Patient) / ("sin"|"ohip"|"niss"|"nir", value)
        self.frm = None
        self.to = []
        self.cc = []
        self.subject = ""
        self.body = ""
        self.html = None
        self.attachments = []
        self.extra_headers = []
        self.structure = None    # force "plain"/"html"/"alt" if set

    def t(self, *types):
        self.types.update(types)
        return self

    def name(self, p):
        self.types.add("patient_name")
        self.facts.append(("name", p))

    def nam(self, p):
        self.types.update(("ramq_nam", "patient_name", "date_of_birth"))
        self.facts.append(("nam", p))
        self.facts.append(("name", p))

    def ident(self, kind, value):
        self.types.add({"sin": "ca_sin", "ohip": "ca_health_number", "niss": "be_niss", "nir": "fr_nir"}[kind])
        self.facts.append((kind, value))


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nams = C.load_nams()
        order = list(range(len(self.nams)))
        self.rng.shuffle(order)
        self.nam_queue = [self.nams[i] for i in order]
        self.used_names = set((p.surname, p.given) for p in self.nams)
        self.nam_used = 0

    # ---- people ------------------------------------------------------------------------
    def _dress(self, p):
        r = self.rng
        p.mrn = C.make_mrn(r)
        p.phone = "%s-555-01%02d" % (r.choice(["450", "819", "514", "579"]), r.randint(50, 99))
        town, fsa = r.choice(C.TOWNS)
        p.address = "%d, %s, %s (Québec) %s %d%s%d" % (r.randint(12, 2990), r.choice(C.STREETS), town, fsa,
                                                      r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(0, 9))
        p.address_en = p.address.replace(" (Québec) ", ", QC ")
        return p

    def nam_patient(self, age=(0, 120)):
        for i in range(len(self.nam_queue) - 1, -1, -1):
            if age[0] <= self.nam_queue[i].age() <= age[1]:
                p = self.nam_queue.pop(i)
                self.nam_used += 1
                return self._dress(p)
        return None

    def patient(self, sex=None, age=(18, 92), origin="qc"):
        r = self.rng
        for _ in range(500):
            sx = sex or r.choice("FM")
            if origin == "be":
                sur, giv = r.choice(C.BE_SURNAMES), r.choice(C.BE_GIVEN[sx])
            elif origin == "fr":
                sur, giv = r.choice(C.FR_SURNAMES), r.choice(C.FR_GIVEN[sx])
            elif origin == "on":
                sur = r.choice(C.ON_SURNAMES)
                giv = r.choice(C.PAT_GIVEN_F if sx == "F" else C.PAT_GIVEN_M)
            else:
                sur = r.choice(C.PAT_SURNAMES)
                giv = r.choice(C.PAT_GIVEN_F if sx == "F" else C.PAT_GIVEN_M)
            if (sur, giv) in self.used_names:
                continue
            self.used_names.add((sur, giv))
            a = r.randint(*age)
            dob = datetime.date(2024 - a, r.randint(1, 12), r.randint(1, 28))
            return self._dress(C.Patient(sur, giv, dob, sx, origin=origin))
        raise RuntimeError("name pool exhausted")

    def qc_patient(self, p_nam=0.5, **kw):
        if self.rng.random() < p_nam:
            p = self.nam_patient(kw.get("age", (18, 92)))
            if p is not None:
                return p
        return self.patient(**kw)

    # ---- time ---------------------------------------------------------------------------
    def when(self):
        r = self.rng
        while True:
            d = datetime.date(2024, 10, 1) + datetime.timedelta(days=r.randint(0, 73))
            if d.weekday() < 5 or r.random() < 0.08:
                break
        tz = C.TZ_EDT if d < datetime.date(2024, 11, 3) else C.TZ_EST
        return datetime.datetime(d.year, d.month, d.day, r.randint(7, 18), r.randint(0, 59), r.randint(0, 59), tzinfo=tz)

    def future(self, base, lo=2, hi=40, weekday=True):
        d = base.date() + datetime.timedelta(days=self.rng.randint(lo, hi))
        while weekday and d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def past(self, base, lo=1, hi=30):
        return base.date() - datetime.timedelta(days=self.rng.randint(lo, hi))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p
