"""Per-message context handed to the templates."""
import gen_common as C


def _adult_nam_order():
    idx = [i for i, r in enumerate(C.NAMS) if r["dob"].year <= 2003]
    C.rng_for("nam-order").shuffle(idx)
    return idx


NAM_ORDER = _adult_nam_order()
_nam_cursor = [0]


def reset():
    _nam_cursor[0] = 0


class Ctx:
    def __init__(self, index, lang, rng, dt):
        self.index = index
        self.lang = lang
        self.rng = rng
        self.dt = dt
        self.ids = []          # (type, canonical value) placed in the message
        self.nam_used = []     # NAM holder records used
        self.names = []        # patient names used (surname, given)

    # ---- patients
    def nam_pt(self):
        i = NAM_ORDER[_nam_cursor[0] % len(NAM_ORDER)]
        _nam_cursor[0] += 1
        p = C.nam_patient(self.rng, i)
        self.nam_used.append(p)
        self.names.append((p.surname, p.given))
        return p

    def pt(self, region=None, lang=None, **kw):
        p = C.plain_patient(self.rng, lang or self.lang, region, **kw)
        self.names.append((p.surname, p.given))
        return p

    # ---- choices
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    # ---- renderings
    def name(self, p, forms=None):
        return C.pick_name(self.rng, p, self.lang, forms)

    def dob(self, p, style=None, lang=None):
        lang = lang or self.lang
        st = style or self.pick(C.DOB_STYLES_FR if lang == "fr" else C.DOB_STYLES_EN)
        return C.fmt_date(p.dob, lang, st)

    def nam(self, p, style=None, plain_ok=True):
        st = style or self.pick(C.NAM_STYLES)
        self.ids.append(("ramq_nam", p.nam))
        return C.fmt_nam(p.nam, st)

    def nam_pdf(self, p):
        self.ids.append(("ramq_nam", p.nam))
        return C.fmt_nam(p.nam, self.pick(["plain", "std", "dash", "std"]))

    def sin(self, value, style=None):
        self.ids.append(("ca_sin", value))
        return C.fmt_sin(value, style or self.pick(C.SIN_STYLES))

    def ohip(self, p, style=None):
        self.ids.append(("ca_health_number", p.ohip))
        return C.fmt_ohip(p.ohip, style or self.pick(C.OHIP_STYLES), p.vc or "")

    def niss(self, p, style=None):
        self.ids.append(("be_niss", p.niss))
        return C.fmt_niss(p.niss, style or self.pick(C.NISS_STYLES))

    def nir(self, p, style=None):
        self.ids.append(("fr_nir", p.nir))
        return C.fmt_nir(p.nir, style or self.pick(C.NIR_STYLES))

    def mrn(self, p, style=None):
        self.ids.append(("mrn", p.mrn))
        return C.fmt_mrn(p.mrn, style or self.pick(C.MRN_STYLES), self.lang)

    def sex(self, p):
        return C.sex_word(p, self.lang)

    def later(self, days_min=2, days_max=30):
        import datetime
        d = self.dt.date() + datetime.timedelta(days=self.rng.randrange(days_min, days_max))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def appt(self, days_min=2, days_max=30):
        d = self.later(days_min, days_max)
        h = self.pick([8, 9, 10, 11, 13, 14, 15])
        m = self.pick([0, 15, 30, 45])
        return d, h, m, C.appt_text(d, self.lang, h, m)


def spec(ctx, cat, note, types, frm, to, subject, text, **kw):
    s = {"cat": cat, "note": note, "types": sorted(set(types)), "lang": ctx.lang,
         "from": frm, "to": to, "subject": subject, "text": text, "date": ctx.dt,
         "ids": list(ctx.ids), "nam_used": list(ctx.nam_used), "names": list(ctx.names)}
    s.update(kw)
    return s
