"""Generation context: one seeded RNG, NAM holder allocation, fixed dates,
boundaries and Message-IDs."""
import datetime
import random

import gen_common as C
import gen_people as P


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        holders = C.load_holders()
        self.all_holders = list(holders)
        self._free = list(holders)
        self.rng.shuffle(self._free)
        self._n_boundary = 0
        self._n_mid = 0

    def take_holder(self, min_age=0, max_age=200):
        for i in range(len(self._free) - 1, -1, -1):
            h = self._free[i]
            age = C.age_on(h.dob, datetime.date(2024, 11, 1))
            if min_age <= age <= max_age:
                return self._free.pop(i)
        raise RuntimeError("no NAM holder left for ages %d-%d" % (min_age, max_age))

    def holder_patient(self, lang, min_age=18, max_age=200):
        return P.from_holder(self.take_holder(min_age, max_age), self.rng, lang)

    def patient(self, lang, **kw):
        return P.make_patient(self.rng, lang, **kw)

    def staff(self, lang, service=None, dr=False):
        return P.make_staff(self.rng, lang, service, dr)

    def next_date(self):
        day = self.rng.randrange(0, 205)
        d = datetime.datetime(2024, 9, 3, 7, 0) + datetime.timedelta(days=day)
        if d.weekday() >= 5 and self.rng.random() < 0.8:
            d += datetime.timedelta(days=7 - d.weekday())
        return d + datetime.timedelta(minutes=self.rng.randrange(0, 11 * 60), seconds=self.rng.randrange(60))

    def boundary(self):
        self._n_boundary += 1
        style = self.rng.randrange(3)
        tok = "%08X" % self.rng.getrandbits(32)
        if style == 0:
            return "----=_NextPart_%03d_%s" % (self._n_boundary, tok)
        if style == 1:
            return "_%03d_%s_HB_" % (self._n_boundary, tok.lower())
        return "=_b%04d%s" % (self._n_boundary, tok)

    def message_id(self, dom):
        self._n_mid += 1
        return "<%012x.%04d@%s>" % (self.rng.getrandbits(48), self._n_mid, dom)
