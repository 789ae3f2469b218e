"""Patient pool: NAM holders (fixed identities) and invented patients."""
from gen_common import (NAM_HOLDERS, INVENTED, BELGIANS, FRENCH, ONTARIANS, make_nam_patient, make_invented,
                        gen_sin, gen_ohip, gen_niss, gen_nir)


class Pool:
    def __init__(self, rng):
        self.rng = rng
        self.adults = [make_nam_patient(rng, h) for h in NAM_HOLDERS if h["dob"].year <= 2004]
        self.kids = [make_nam_patient(rng, h) for h in NAM_HOLDERS if h["dob"].year >= 2008]
        self.invented = [make_invented(rng, row) for row in INVENTED]
        rng.shuffle(self.adults)
        rng.shuffle(self.kids)
        rng.shuffle(self.invented)
        self.i_ad = self.i_kid = self.i_inv = 0
        self.be = [make_invented(rng, r + ("fr",), BELGIANS) for r in BELGIANS]
        self.fr = [make_invented(rng, r + ("fr",), FRENCH) for r in FRENCH]
        self.on = [make_invented(rng, r + ("en",), ONTARIANS) for r in ONTARIANS]
        for p in self.be:
            p.niss = gen_niss(rng, p.dob, p.sex)
        for p in self.fr:
            p.nir = gen_nir(rng, p.dob, p.sex)
        for p in self.on:
            p.ohip = gen_ohip(rng)
        for p in self.invented:
            p.sin = gen_sin(rng)
        for p in self.adults + self.kids:
            p.sin = gen_sin(rng)

    def nam_adult(self, rng=None):
        p = self.adults[self.i_ad % len(self.adults)]
        self.i_ad += 1
        return p

    def child(self, rng=None):
        p = self.kids[self.i_kid % len(self.kids)]
        self.i_kid += 1
        return p

    def invented_one(self, rng=None):
        p = self.invented[self.i_inv % len(self.invented)]
        self.i_inv += 1
        return p

    def any(self, rng, nam_ok=True, need_nam=False):
        if need_nam or (nam_ok and rng.random() < 0.5):
            return self.nam_adult()
        return self.invented_one()

    def belgian(self, rng):
        return rng.choice(self.be)

    def french(self, rng):
        return rng.choice(self.fr)

    def ontarian(self, rng):
        return rng.choice(self.on)
