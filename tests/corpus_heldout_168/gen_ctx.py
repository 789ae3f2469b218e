"""Context object handed to each message template.

It renders names and identifiers in varied ways and records, for the label
and for the checks, which finding types were used and which strings must be
readable in the finished message.
"""
import datetime

import gen_common as C


class Pool:
    """Hands out patients, preferring those not used yet."""

    def __init__(self, rng, nams, others):
        self.rng, self.nams, self.others = rng, nams, others
        self.uses = {id(p): 0 for p in nams + others}

    def pick(self, nam=False, min_age=16, max_age=99, exclude=(), names=None):
        src = self.nams if nam else self.others
        if names:
            src = [p for p in src if p.full in names] or src
        cand = [p for p in src if min_age <= p.age() <= max_age and p not in exclude]
        if not cand:
            cand = [p for p in src if p not in exclude]
        low = min(self.uses[id(p)] for p in cand)
        cand = [p for p in cand if self.uses[id(p)] == low]
        p = self.rng.choice(cand)
        self.uses[id(p)] += 1
        return p


class Ctx:
    def __init__(self, rng, lang, pool, k, date):
        self.rng, self.lang, self.pool, self.k, self.date = rng, lang, pool, k, date
        self.types = set()
        self.must = []          # ("text", s) or ("id", raw)
        self.ids = []           # (type, raw) checked by checksum
        self.nam_holders = []   # patients whose NAM appears
        self.patients = []      # every patient named in the message

    # ---- language helper
    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def choice(self, seq):
        return self.rng.choice(seq)

    # ---- patients
    def patient(self, nam=False, **kw):
        p = self.pool.pick(nam=nam, **kw)
        self.patients.append(p)
        return p

    def name(self, p, style=None, lang=None):
        style = style or self.rng.choice(C.NAME_STYLES)
        s = C.name_as(p, style, lang or self.lang)
        self.types.add("patient_name")
        self.must.append(("text", s))
        if p not in self.patients:
            self.patients.append(p)
        return s

    def full_name(self, p, style=None):
        """A name form that carries both given name and surname."""
        style = style or self.rng.choice(["full", "title", "upper", "lower", "sfirst", "upper2"])
        return self.name(p, style)

    def dob(self, p, style=None, lang=None):
        style = style or self.rng.choice(C.DATE_STYLES)
        s = C.date_as(p.dob, lang or self.lang, style)
        self.types.add("date_of_birth")
        self.must.append(("text", s))
        return s

    def sex(self, p, style=0):
        s = C.sex_as(p, self.lang, style)
        self.must.append(("text", s))
        return s

    def nam(self, p, style=None):
        assert p.nam
        style = style or self.rng.choice(C.ID_STYLES)
        s = C.id_as(p.nam, "nam", style)
        self.types.add("ramq_nam")
        self.must.append(("id", p.nam))
        if p not in self.nam_holders:
            self.nam_holders.append(p)
        return s

    def mrn(self, p):
        s = C.mrn_as(p, self.rng)
        self.types.add("mrn")
        self.must.append(("id", p.mrn))
        return s

    def phone(self, p):
        ph = p.phone
        s = self.rng.choice([ph, "(" + ph[:3] + ") " + ph[4:], ph.replace("-", "."), ph.replace("-", " ")])
        self.types.add("patient_contact")
        self.must.append(("id", "".join(c for c in ph if c.isdigit())))
        return s

    def address(self, p):
        self.types.add("patient_contact")
        self.must.append(("text", p.address))
        return p.address

    def other_id(self, kind, p=None, style=None):
        style = style or self.rng.choice(C.ID_STYLES)
        if kind == "ca_sin":
            raw, fk = C.make_sin(self.rng), "sin"
        elif kind == "ca_health_number":
            raw, fk = C.make_ohip(self.rng), "ohip"
        elif kind == "be_niss":
            raw, fk = C.make_niss(self.rng, p.dob, p.sex), "niss"
        elif kind == "fr_nir":
            raw, fk = C.make_nir(self.rng, p.dob, p.sex), "nir"
        else:
            raise ValueError(kind)
        s = C.id_as(raw, fk, style)
        if kind == "ca_health_number" and self.rng.random() < 0.5:
            s += self.rng.choice([" ", "-", " "]) + self.rng.choice(["AK", "XT", "BM", "ZR"])
        self.types.add(kind)
        self.ids.append((kind, raw))
        self.must.append(("id", raw))
        return s

    def day(self, lo, hi):
        """A date lo..hi days from the message date."""
        return (self.date + datetime.timedelta(days=self.rng.randint(lo, hi))).date()

    def earlier(self, lo_h, hi_h):
        return self.date - datetime.timedelta(hours=self.rng.randint(lo_h, hi_h), minutes=self.rng.randint(0, 59))

    def t(self, *types):
        for x in types:
            self.types.add(x)

    def text(self, s):
        self.must.append(("text", s))
        return s

    # ---- people
    def staff(self, key):
        return C.STAFF[key]

    def who(self, key):
        st = C.STAFF[key]
        return (st.dname(self.lang), st.email)

    def ext(self, key):
        return C.EXT_CONTACTS[key]

    def sig(self, key, full=None):
        if full is None:
            full = self.rng.random() < 0.6
        return C.signature(C.STAFF[key], self.lang, full)

    def scen(self, opat=None, keys=None):
        pool = C.SCEN
        if opat:
            pool = C.OPAT_SCEN
        if keys:
            pool = [s for s in C.SCEN if s["k"] in keys]
        return self.rng.choice(pool)

    def sc(self, s, field):
        return C.sc(s, field, self.lang)

    def spec(self, cat, subject, frm, to, blocks, note, cc=None, atts=None, **kw):
        d = dict(cat=cat, lang=self.lang, subject=subject, date=self.date, **{"from": frm}, to=to, cc=cc or [],
                 blocks=blocks, atts=atts or [], note=note, types=sorted(self.types),
                 must=list(self.must), ids=list(self.ids), nam_holders=list(self.nam_holders),
                 patients=list(self.patients))
        d.update(kw)
        return d
