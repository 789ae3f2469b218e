"""Patient pool: NAM holders from ../blind_nams.txt handed out in a seeded order, plus invented patients."""
import random

from gen_common import enrich, invented_patient, load_holders


class Pool:
    def __init__(self, seed):
        self.rng = random.Random(f"{seed}/pool")
        self.holders = load_holders()
        self.order = list(self.holders)
        self.rng.shuffle(self.order)
        self.pos = 0
        self.used = {(h.given, h.surname) for h in self.holders}
        self.holder_surnames = {h.surname for h in self.holders}
        self.uses = {}

    def holder(self, m, min_age=0, max_age=200):
        n = len(self.order)
        for k in range(n):
            h = self.order[(self.pos + k) % n]
            a = h.age(m.today)
            if min_age <= a <= max_age:
                # move it to the current position so the rotation stays fair
                j = (self.pos + k) % n
                i = self.pos % n
                self.order[i], self.order[j] = self.order[j], self.order[i]
                self.pos += 1
                enrich(m.rng, h)
                self.uses[h.nam] = self.uses.get(h.nam, 0) + 1
                return h
        raise RuntimeError("no holder in age range")

    def patient(self, m, sex=None, age=(25, 88), ontario=False, lang=None):
        for _ in range(50):
            p = invented_patient(m.rng, lang or m.lang, self.used, sex=sex, age_range=age, on=m.today)
            if p.surname not in self.holder_surnames:
                break
        if ontario:
            p.mrn = None
            enrich(m.rng, p, ontario=True)
        return p
