"""Per-message context handed to every template."""
import datetime
import random

from gen_common import (DOM, Doc, STAFF, EXTRA_STAFF_GIVEN, EXTRA_STAFF_SURNAMES, age_group, email_of,
                        nam_patient, new_patient, pick, staff_name)


class NamPool:
    """Hands out NAM holders from ../blind_nams.txt, each at most once, by age group."""

    def __init__(self, records, rng):
        self.records = list(records)
        rng.shuffle(self.records)
        self.used = set()

    def take(self, rng, groups):
        for r in self.records:
            if r['nam'] in self.used:
                continue
            probe = nam_patient(r, rng)
            if age_group(probe) in groups:
                self.used.add(r['nam'])
                return probe
        return None


class Ctx:
    def __init__(self, seed, tag, lang, when, nam_pool, used_names, positive):
        self.rng = random.Random(f'{seed}:{tag}')
        self.tag, self.lang, self.when = tag, lang, when
        self.today = when.date()
        self.nam_pool, self.used_names = nam_pool, used_names
        self.positive = positive
        self.doc = Doc(self.rng, lang)

    # people -------------------------------------------------------------
    def patient(self, nam=None, groups=('adult',), age=(24, 64)):
        """nam=True: must be a NAM holder (falls back to a plain patient when exhausted);
        nam=None: 45 % chance of a NAM holder; nam=False: plain invented patient."""
        want = nam if nam is not None else (self.rng.random() < 0.45)
        if want:
            p = self.nam_pool.take(self.rng, groups)
            if p is not None:
                return p
        return new_patient(self.rng, self.used_names, age[0], age[1])

    def staff(self, pred=None):
        pool = [s for s in STAFF if pred is None or pred(s)]
        return pick(self.rng, pool)

    def clin(self):
        return self.staff(lambda s: any(k in s[4] for k in ('surgeon', 'endocrin', 'internist', 'obesity medicine',
                                                              'gastro', 'nurse', 'dietitian', 'resident')))

    def surgeon(self):
        return self.staff(lambda s: 'surgeon' in s[4])

    def md(self):
        return self.staff(lambda s: any(k in s[4] for k in ('surgeon', 'endocrin', 'internist', 'obesity medicine',
                                                              'gastro')))

    def addr(self, s, title=True):
        return (staff_name(s, self.lang, title) if self.rng.random() < 0.5 else f'{s[0]} {s[1]}',
                email_of(s[0], s[1]))

    def generic_staff(self):
        g = pick(self.rng, EXTRA_STAFF_GIVEN)
        s = pick(self.rng, EXTRA_STAFF_SURNAMES)
        return (f'{g} {s}', email_of(g, s))

    def box(self, local, name_fr, name_en, dom=DOM):
        return (name_fr if self.lang == 'fr' else name_en, f'{local}@{dom}')

    def future(self, lo=3, hi=45):
        x = self.today + datetime.timedelta(days=self.rng.randint(lo, hi))
        while x.weekday() >= 5:
            x += datetime.timedelta(days=1)
        return x

    def past(self, lo=1, hi=30):
        x = self.today - datetime.timedelta(days=self.rng.randint(lo, hi))
        while x.weekday() >= 5:
            x -= datetime.timedelta(days=1)
        return x

    def L(self, fr, en):
        return fr if self.lang == 'fr' else en
