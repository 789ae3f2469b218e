"""Who the patients are: NAM holders (from ../blind_nams.txt) handed out in a fixed order,
and invented patients without a NAM."""
import datetime

from gen_base import NAM_HOLDERS, rng_for, invent_patient, gen_mrn

REF = datetime.date(2025, 1, 1)


class Pool:
    def __init__(self):
        self.r = rng_for('pool')
        self.adults = [p for p in NAM_HOLDERS if p.age(REF) >= 18]
        self.kids = [p for p in NAM_HOLDERS if p.age(REF) < 18]
        self.aq, self.kq = [], []
        self.used = set()
        mr = rng_for('mrn')
        for p in NAM_HOLDERS:
            p.mrn = gen_mrn(mr)

    def _next(self, q, src):
        if not q:
            q.extend(src)
            self.r.shuffle(q)
        p = q.pop()
        self.used.add(p.nam)
        return p

    def adult(self):
        return self._next(self.aq, self.adults)

    def kid(self):
        return self._next(self.kq, self.kids)

    def adults_n(self, n):
        out = []
        while len(out) < n:
            p = self.adult()
            if p not in out:
                out.append(p)
        return out

    def invented(self, r, when, age_range=(48, 96), sex=None):
        p = invent_patient(r, when.date() if isinstance(when, datetime.datetime) else when, age_range, sex)
        p.mrn = gen_mrn(r)
        return p
