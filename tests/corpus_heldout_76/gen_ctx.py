"""Per-message context handed to every template function."""
import datetime
import hashlib

import gen_common as G
from gen_mime import Builder, msg_date, choose_opts


class Shared:
    """State shared across the whole corpus (keeps invented people unique and
    rotates through the NAM holders)."""

    def __init__(self):
        self.used_names = set()
        self.used_nams = set()
        self.nam_order = None


class Ctx:
    def __init__(self, rng, lang, seedtag, shared):
        self.rng = rng
        self.lang = lang
        self.seedtag = seedtag
        self.shared = shared
        self.day = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randint(0, 300))
        while self.day.weekday() >= 5:
            self.day += datetime.timedelta(days=1)

    # ---------------------------------------------------------------- basics
    def T(self, fr, en):
        return fr if self.lang == "fr" else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def who(self, st):
        return (st.dr_name(self.lang) if st.dr and self.chance(0.4) else st.full, st.email)

    def sig(self, st):
        return G.signature(self.rng, st, self.lang)

    def greet(self, name=None):
        return G.greeting(self.rng, self.lang, name)

    def close(self):
        return G.closing(self.rng, self.lang)

    def later(self, lo=3, hi=60):
        d = self.day + datetime.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def earlier(self, lo=1, hi=30):
        d = self.day - datetime.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def date(self, d, style=None):
        if style is None:
            style = self.rng.choice([0, 1, 1, 2, 3])
        return G.fmt_date(d, self.lang, style)

    # ---------------------------------------------------------------- people
    def person(self, nam=False, lo=1935, hi=2008, sex=None, kids=False):
        if sex is None and getattr(self, "last_proc", None) is not None:
            sex = G.proc_sex(self.last_proc)
        self.last_proc = None
        if nam:
            sh = self.shared
            if sh.nam_order is None:
                order = list(G.NAM_HOLDERS)
                self.rng.shuffle(order)
                ref = datetime.date(2025, 6, 1)
                sh.nam_order = {"adult": [h for h in order if G.age_on(h.dob, ref) >= 18],
                                "child": [h for h in order if G.age_on(h.dob, ref) < 18]}
                sh.nam_pos = {"adult": 0, "child": 0}
            k = "child" if kids else "adult"
            lst = sh.nam_order[k]
            h = None
            for off in range(len(lst)):
                cand = lst[(sh.nam_pos[k] + off) % len(lst)]
                if sex is None or cand.sex == sex:
                    h = cand
                    if off:
                        i, j = (sh.nam_pos[k]) % len(lst), (sh.nam_pos[k] + off) % len(lst)
                        lst[i], lst[j] = lst[j], lst[i]
                    break
            sh.nam_pos[k] += 1
            return G.person_from_holder(h, self.lang)
        return G.new_person(self.rng, self.lang, sex=sex, lo=lo, hi=hi, used=self.shared.used_names)

    def name(self, p, style=None):
        return G.fmt_name(self.rng, p, self.lang, style)

    def nam(self, p, style=None):
        return G.fmt_nam(self.rng, p.nam, style)

    def dob(self, p):
        return G.dob_str(self.rng, p.dob, self.lang)

    def mrn(self):
        return G.make_mrn(self.rng)

    def mrn_txt(self, m):
        return G.fmt_mrn(self.rng, m, self.lang)

    def age(self, p):
        return G.age_on(p.dob, self.day)

    def phone(self, personal=True):
        return G.phone(self.rng, personal)

    def proc(self, pool=None):
        p = self.rng.choice(pool) if pool else G.pick_proc(self.rng)
        self.last_proc = p
        return p

    def pr(self, proc):
        """procedure name in the message language"""
        return proc[0] if self.lang == "fr" else proc[1]

    def dx(self, proc):
        return proc[2] if self.lang == "fr" else proc[3]

    def med(self):
        m = self.pick(G.MEDS)
        return m[0] if self.lang == "fr" else m[1]

    def comorb(self):
        c = self.pick(G.COMORB)
        return c[0] if self.lang == "fr" else c[1]

    def allergy(self):
        a = self.pick(G.ALLERGIES)
        return a[0] if self.lang == "fr" else a[1]

    def allergy_phrase(self):
        a = self.allergy()
        if a.startswith(("aucune", "no known")):
            return a
        return self.T("allergie ", "allergy ") + a

    def analg(self):
        a = self.pick(G.ANALG)
        return a[0] if self.lang == "fr" else a[1]

    # ---------------------------------------------------------------- spec
    def spec(self, cat, subject, frm, to, text=None, html=None, atts=None, types=(), note="",
             cc=None, layout=None, extra_headers=None, sex=None):
        if sex and self.lang == "fr":
            subject = G.genderize(subject, sex)
            text = G.genderize(text, sex)
            html = G.genderize(html, sex)
        h = hashlib.sha1(self.seedtag.encode()).hexdigest()
        dom = frm[1].split("@")[-1]
        return {
            "cat": cat, "lang": self.lang, "subject": subject, "from": frm, "to": to, "cc": cc or [],
            "text": text, "html": html, "atts": atts or [], "types": list(types), "note": note,
            "layout": layout, "extra_headers": extra_headers or [],
            "date": msg_date(self.rng, self.day),
            "msgid": "%s.%s@%s" % (h[:16], h[16:24], dom),
            "x_mailer": self.pick([None, "Microsoft Outlook 16.0", "Zimbra 10.0 (ZimbraWebClient)",
                                   "Apple Mail (2.3774)", "Mozilla Thunderbird 128.4", None]),
        }

    def render(self, spec, opts=None):
        """Serialise a spec to bytes (used for attached .eml)."""
        b = Builder(self.rng, self.seedtag + "-inner")
        o = opts or choose_opts(self.rng, spec["lang"], spec)
        o = dict(o)
        o["crlf"] = False
        return b.build(spec, o)
