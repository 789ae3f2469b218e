"""Clinical phrasing helpers shared by positive templates."""
import datetime

import gen_data as D

GEN_DX = {
    "mdd_rec": ("trouble dépressif majeur récurrent", "recurrent major depressive disorder"),
    "gad": ("trouble d'anxiété généralisée", "generalized anxiety disorder"),
    "ncd": ("trouble neurocognitif majeur avec symptômes dépressifs", "major neurocognitive disorder with depressive features"),
    "bp2": ("trouble bipolaire de type II, épisode dépressif", "bipolar II disorder, current episode depressed"),
    "adj": ("trouble de l'adaptation avec humeur anxieuse et dépressive", "adjustment disorder with mixed anxiety and depressed mood"),
}


def dx_key_for(g, p):
    if p.age <= 15:
        return g.c(["adhd", "gad", "adj"])
    if p.sex == "F" and p.age <= 46:
        return g.c(["ppd", "ppd", "ppd_sev", "anx", "ocd", "ptsd", "panic", "mdd_preg", "bp1"])
    if p.sex == "F" and p.age <= 60:
        return g.c(["peri", "pmdd", "mdd_rec", "gad"])
    if p.sex == "M" and p.age <= 55:
        return g.c(["pat_dep", "pat_dep", "panic", "adj"])
    return g.c(["mdd_rec", "gad", "ncd", "bp2"])


def dx(g, p, lang, key=None):
    key = key or dx_key_for(g, p)
    pair = D.DX.get(key) or GEN_DX.get(key)
    return pair[0] if lang == "fr" else pair[1]


def is_perinatal(p):
    return p.sex == "F" and 16 <= p.age <= 46


def med(g, lang, k=None):
    m = g.c(D.MEDS) if k is None else D.MEDS[k]
    return m[0] if lang == "fr" else m[1]


def meds(g, lang, n):
    return [x[0] if lang == "fr" else x[1] for x in g.sample(D.MEDS, n)]


def social(g, lang):
    s = g.c(D.SOCIAL)
    return s[0] if lang == "fr" else s[1]


def epds(g):
    return g.rng.randint(13, 26)


def labs(g, lang, n=3):
    """Return list of terse lab strings."""
    dec = "," if lang == "fr" else "."
    pool = [
        lambda: f"TSH {g.rng.randint(45, 140) / 10:.1f} mUI/L".replace(".", dec),
        lambda: f"T4L {g.rng.randint(60, 110) / 10:.1f} pmol/L".replace(".", dec),
        lambda: f"ferritine {g.rng.randint(4, 14)} µg/L" if lang == "fr" else f"ferritin {g.rng.randint(4, 14)} ug/L",
        lambda: f"Hb {g.rng.randint(86, 109)} g/L",
        lambda: (f"lithémie {g.rng.randint(4, 11) / 10:.1f} mmol/L" if lang == "fr" else f"lithium level {g.rng.randint(4, 11) / 10:.1f} mmol/L").replace(".", dec, 1 if lang == "fr" else 0),
        lambda: f"B12 {g.rng.randint(95, 160)} pmol/L",
        lambda: (f"vit. D {g.rng.randint(18, 45)} nmol/L" if lang == "fr" else f"25-OH vit D {g.rng.randint(18, 45)} nmol/L"),
        lambda: f"plaquettes {g.rng.randint(120, 160)} x10^9/L" if lang == "fr" else f"plt {g.rng.randint(120, 160)}",
        lambda: f"prolactine {g.rng.randint(40, 95)} µg/L" if lang == "fr" else f"prolactin {g.rng.randint(40, 95)} ug/L",
        lambda: f"créatinine {g.rng.randint(55, 98)} µmol/L" if lang == "fr" else f"creatinine {g.rng.randint(55, 98)} umol/L",
    ]
    return [f() for f in g.sample(pool, n)]


def appt(g, m, lang, days_lo=2, days_hi=30):
    d = m.date + datetime.timedelta(days=g.rng.randint(days_lo, days_hi))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    h = g.c([8, 9, 10, 11, 13, 14, 15])
    mi = g.c([0, 15, 30, 45])
    d = d.replace(hour=h, minute=mi, second=0)
    if lang == "fr":
        from gen_ids import MOIS
        jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        txt = f"{jours[d.weekday()]} {d.day} {MOIS[d.month - 1]} à {h} h {mi:02d}"
    else:
        from gen_ids import MONTHS
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        hh = h if h <= 12 else h - 12
        txt = f"{days[d.weekday()]}, {MONTHS[d.month - 1]} {d.day} at {hh}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}"
    return d, txt


def delivered(g, m, lang, lo=10, hi=120):
    d = (m.date - datetime.timedelta(days=g.rng.randint(lo, hi))).date()
    from gen_ids import fmt_date
    return d, fmt_date(d, lang, g.c(["long", "iso", "slash"]))
