"""Shared context for the scenario writers: people, dates, identity blocks, small phrases."""
import datetime
import hashlib
import random

import gen_data as D
import gen_ids as I
import gen_mime as M
from gen_people import PatientFactory, build_staff, signature, NAME_STYLES

EDT = datetime.timezone(datetime.timedelta(hours=-4))
EST = datetime.timezone(datetime.timedelta(hours=-5))
START = datetime.date(2024, 9, 3)
END = datetime.date(2024, 12, 13)


class Ctx:
    def __init__(self, seed, nams):
        self.seed = seed
        self.rng = random.Random(seed)
        self.staff = build_staff(self.rng)
        self.pf = PatientFactory(self.rng, nams)
        self.now = None
        self.serial = 0

    # ---------------------------------------------------------- people
    def st(self, role):
        return self.rng.choice(self.staff[role])

    def two(self, role):
        return self.rng.sample(self.staff[role], 2)

    def patient(self, lang, kind=None):
        """kind: 'nam', 'inv' or None (mostly NAM holders)."""
        if kind is None:
            kind = "nam" if self.rng.random() < 0.6 else "inv"
        return self.pf.nam_holder(lang) if kind == "nam" else self.pf.invented(lang)

    # ---------------------------------------------------------- dates
    def set_now(self, rng):
        days = (END - START).days
        while True:
            d = START + datetime.timedelta(days=rng.randrange(days + 1))
            if d.weekday() < 5 or rng.random() < 0.15:
                break
        t = datetime.time(rng.randrange(7, 19), rng.randrange(60), rng.randrange(60))
        tz = EDT if d < datetime.date(2024, 11, 3) else EST
        self.now = datetime.datetime.combine(d, t, tzinfo=tz)
        return self.now

    def future(self, lo=1, hi=10):
        d = self.now.date() + datetime.timedelta(days=self.rng.randrange(lo, hi + 1))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def past(self, lo=1, hi=20):
        d = self.now.date() - datetime.timedelta(days=self.rng.randrange(lo, hi + 1))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def hhmm(self, lang, lo=7, hi=16):
        h, mnt = self.rng.randrange(lo, hi), self.rng.choice([0, 15, 30, 45])
        return ("%dh%02d" % (h, mnt)) if lang == "fr" else ("%d:%02d" % (h, mnt))

    def earlier(self, minutes_lo=20, minutes_hi=60 * 48):
        return self.now - datetime.timedelta(minutes=self.rng.randrange(minutes_lo, minutes_hi))

    def msgid(self, tag, n):
        h = hashlib.sha256(("%d|%s|%d" % (self.seed, tag, n)).encode()).hexdigest()
        style = int(h[0], 16) % 4
        if style == 0:
            return "<%s.%s@%s>" % (h[1:13].upper(), h[13:21], D.DOMAIN)
        if style == 1:
            return "<YQBPR01MB%s%s@YQBPR01MB%s.CANPRD01.PROD.OUTLOOK.example>" % (h[1:5].upper(), h[5:9].upper(), h[9:13].upper())
        if style == 2:
            return "<CA+%s@mail.%s>" % (h[1:33], "gmail-like.example")
        return "<%s-%s-%s@zimbra.%s>" % (h[1:9], h[9:13], h[13:21], D.DOMAIN)

    # ---------------------------------------------------------- mail shell
    def mail(self, lang, category, sender, to, cc=()):
        m = M.Mail(lang, category)
        m.sender = (sender.full, sender.email) if hasattr(sender, "full") else sender
        to = [(t.full, t.email) if hasattr(t, "full") else t for t in to]
        cc = [(t.full, t.email) if hasattr(t, "full") else t for t in cc]
        seen = {m.sender[1]}
        m.to, m.cc = [], []
        for lst, dst in ((to, m.to), (cc, m.cc)):
            for t in lst:
                if t[1] not in seen:
                    seen.add(t[1])
                    dst.append(t)
        if not m.to:
            m.to = [("Centre de jour d'oncologie" if lang == "fr" else "Oncology day centre", "cdj-equipe@" + D.DOMAIN)]
        m.date = self.now
        return m

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


# -------------------------------------------------------------- phrases

def greet(ctx, lang, who=None):
    r = ctx.rng
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour à tous,", "Bon matin,", "Allo,"]
        if who:
            opts += ["Bonjour %s," % who, "Salut %s," % who, "Bonjour %s," % who, "%s," % who]
    else:
        opts = ["Hi,", "Hello,", "Good morning,", "Hi all,"]
        if who:
            opts += ["Hi %s," % who, "Hello %s," % who, "%s -" % who, "Hi %s," % who]
    return r.choice(opts)


def thanks(ctx, lang):
    if lang == "fr":
        return ctx.choice(["Merci!", "Merci beaucoup,", "Merci de votre collaboration.", "Merci et bonne journée,",
                           "Bonne journée,", "Merci à l'avance,"])
    return ctx.choice(["Thanks!", "Thank you,", "Thanks so much,", "Many thanks,", "Best,", "Thanks in advance,"])


def sig(ctx, st, lang, short=None):
    if short is None:
        short = ctx.chance(0.25)
    if short:
        return M.Sig([st.given if ctx.chance(0.6) else st.given[0] + "." + st.surname[0] + "."])
    footer = None
    if ctx.chance(0.45):
        footer = D.HOSPITAL_FOOTER_FR if lang == "fr" else D.HOSPITAL_FOOTER_EN
        if ctx.chance(0.3):
            footer = D.HOSPITAL_FOOTER_FR + " / " + D.HOSPITAL_FOOTER_EN
    return M.Sig(signature(st, lang, ctx.rng), footer, dashes=ctx.chance(0.3))


# -------------------------------------------------------------- identity

def name_of(ctx, p, lang, style=None):
    return p.name(style or ctx.choice(NAME_STYLES), lang)


def sex_label(p, lang):
    return p.sex if lang == "en" or True else p.sex


def ident(ctx, m, p, lang, layout=None, mrn=None, dob=None, name_style=None, nam_style=None, pdf=False):
    """Return an identity string for p and register what it reveals on m.

    NAM holders always appear with NAM, birth date and sex (as listed)."""
    r = ctx.rng
    layout = layout or r.choice(["inline", "fields", "paren", "pipe"])
    has_nam = p.nam is not None
    styles = [s for s in NAME_STYLES if not (has_nam and s in ("title_sur", "initial_sur", "initials_sur"))]
    name = p.name(name_style or r.choice(styles), lang)
    m.types.add("patient_name")
    want_dob = True if has_nam else (dob if dob is not None else r.random() < 0.5)
    want_mrn = mrn if mrn is not None else r.random() < 0.6
    d = I.fmt_date(p.dob, r.choice(I.DOB_STYLES), lang) if want_dob else None
    styles = [s for s in I.NAM_STYLES if not (pdf and s in ("wide", "widedigits"))]
    nam = I.fmt_nam(p.nam, nam_style or r.choice(styles)) if has_nam else None
    mrn_styles = [s for s in I.MRN_STYLES if not (pdf and s == "wide")]
    mr = I.fmt_mrn(p.mrn, r.choice(mrn_styles)) if want_mrn else None
    if has_nam:
        m.types.add("ramq_nam")
        m.ids.append(("ramq_nam", p.nam))
        m.nam_holders.append(p)
    if d:
        m.types.add("date_of_birth")
    if mr:
        m.types.add("mrn")
        m.ids.append(("mrn", p.mrn))
    fr = lang == "fr"
    sx = p.sex
    if layout == "fields":
        lines = [("Nom : " if fr else "Name: ") + name]
        if d:
            lines.append(("Date de naissance : " if fr else "DOB: ") + d)
        if has_nam:
            lines.append(("Sexe : " if fr else "Sex: ") + sx)
            lines.append(("NAM : " if fr else "RAMQ: ") + nam)
        if mr:
            lines.append(("No dossier : " if fr else "MRN: ") + mr)
        return name, "\n".join(lines)
    if layout == "pipe":
        bits = [name]
        if d:
            bits.append(("DDN " if fr else "DOB ") + d)
        if has_nam:
            bits.append(sx)
            bits.append(("NAM " if fr else "HCN ") + nam)
        if mr:
            bits.append(("dossier " if fr else "chart ") + mr)
        return name, " | ".join(bits)
    if layout == "paren":
        bits = []
        if d:
            bits.append((("née le " if sx == "F" else "né le ") if fr else "born ") + d)
        if has_nam:
            bits.append(("sexe " if fr else "sex ") + sx)
            bits.append(("NAM " if fr else "RAMQ # ") + nam)
        if mr:
            bits.append(("dos. " if fr else "MRN ") + mr)
        return name, name + (" (" + ", ".join(bits) + ")" if bits else "")
    bits = [name]
    if d:
        bits.append(("DDN: " if fr else "DOB: ") + d)
    if has_nam:
        bits.append(("Sexe: " if fr else "Sex: ") + sx)
        bits.append("NAM: " + nam)
    if mr:
        bits.append(("Dossier: " if fr else "MRN: ") + mr)
    return name, ", ".join(bits)


def ident_cells(ctx, m, p, lang, pdf=False):
    """Identity as separate table cells: name, dob, sex, nam, mrn (strings, possibly empty)."""
    r = ctx.rng
    name = p.name(r.choice(["upper_comma", "sur_comma", "full", "upper_first"]), lang)
    m.types.add("patient_name")
    d = I.fmt_date(p.dob, r.choice(["iso", "dmy", "ymd_slash"]), lang)
    m.types.add("date_of_birth")
    nam = ""
    if p.nam:
        st = [s for s in I.NAM_STYLES if not (pdf and s in ("wide", "widedigits"))]
        nam = I.fmt_nam(p.nam, r.choice(st))
        m.types.add("ramq_nam")
        m.ids.append(("ramq_nam", p.nam))
        m.nam_holders.append(p)
    m.types.add("mrn")
    m.ids.append(("mrn", p.mrn))
    return name, d, p.sex, nam, I.fmt_mrn(p.mrn, r.choice(["plain", "h", "hyph"]))


def contact(ctx, m, p, lang, what="phone"):
    m.types.add("patient_contact")
    if what == "phone":
        v = I.fmt_phone(p.phone, ctx.choice(["dash", "paren", "dots", "spaces"]))
        m.ids.append(("patient_contact", p.phone.split("-")[-1]))
        return v
    m.ids.append(("patient_contact", p.address.split(",")[0]))
    return p.address


def diag(p_dx, lang):
    return p_dx[1] if lang == "fr" else p_dx[2]


def regimen_for(ctx, dx):
    key = ctx.choice(dx[4])
    return key, D.REGIMENS[key]


def reg_name(reg, lang):
    return reg[0] if lang == "fr" else reg[1]


def reg_drugs(reg, lang):
    return reg[2] if lang == "fr" else reg[3]


def supportive(ctx, lang, n=1):
    items = ctx.rng.sample(D.SUPPORTIVE, n)
    out = []
    for it in items:
        gen = it[0] if lang == "fr" else it[1]
        brand = it[2]
        sigt = it[3] if lang == "fr" else it[4]
        if brand and ctx.chance(0.4):
            name = brand if ctx.chance(0.5) else "%s (%s)" % (gen, brand)
        else:
            name = gen
        out.append((name, sigt))
    return out


def labs(ctx, lang, kind="cbc", low=False):
    r = ctx.rng
    if kind == "cbc":
        anc = round(r.uniform(0.3, 0.9), 1) if low else round(r.uniform(1.6, 5.5), 1)
        plt = r.randrange(45, 95) if low and r.random() < 0.5 else r.randrange(140, 390)
        hb = r.randrange(82, 138)
        wbc = round(anc + r.uniform(0.8, 3.0), 1)
        if lang == "fr":
            return ("Hb %d, GB %.1f, neutro %.1f, plaq %d" % (hb, wbc, anc, plt)).replace(".", ","), anc, plt
        return "Hb %d, WBC %.1f, ANC %.1f, plt %d" % (hb, wbc, anc, plt), anc, plt
    if kind == "renal":
        cr = r.randrange(62, 168)
        gfr = max(22, int(100 - (cr - 60) * 0.55))
        if lang == "fr":
            return "créat %d µmol/L, DFGe %d" % (cr, gfr), cr, gfr
        return "creat %d umol/L, eGFR %d" % (cr, gfr), cr, gfr
    if kind == "liver":
        alt, bili = r.randrange(18, 240), r.randrange(6, 55)
        return "ALT %d, bili %d" % (alt, bili), alt, bili
    raise ValueError(kind)


def marker(ctx, dxkey, lang):
    r = ctx.rng
    table = {"breast_her2neg": "CA 15-3", "breast_her2pos": "CA 15-3", "colon": "ACE" if lang == "fr" else "CEA",
             "rectum": "ACE" if lang == "fr" else "CEA", "pancreas": "CA 19-9", "ovary": "CA-125",
             "prostate": "APS" if lang == "fr" else "PSA", "myeloma": "pic monoclonal" if lang == "fr" else "M-spike",
             "gastric": "ACE" if lang == "fr" else "CEA"}
    name = table.get(dxkey)
    if not name:
        return None
    before = round(r.uniform(8, 380), 1)
    after = round(before * r.uniform(0.3, 1.8), 1)
    return "%s %s -> %s" % (name, str(before).replace(".", ",") if lang == "fr" else before,
                            str(after).replace(".", ",") if lang == "fr" else after)


def dx_for(ctx, p):
    """A diagnosis plausible for the patient's listed sex."""
    pool = [d for d in D.DIAGNOSES
            if not (p.sex == "M" and d[0] in ("ovary", "breast_her2neg", "breast_her2pos"))
            and not (p.sex == "F" and d[0] == "prostate")]
    return ctx.choice(pool)


def cap(s):
    return s[:1].upper() + s[1:]
