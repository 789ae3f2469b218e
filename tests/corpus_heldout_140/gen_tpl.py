"""Template helpers shared by the positive and negative writers."""
import datetime

from gen_common import (MOIS, MONTHS, ORG, PARTNERS, Msg, fmt_day, fold)

# (fr, en) clinical vocabulary -------------------------------------------------
DX = {
    "hf": ("insuffisance cardiaque (FEVG 30 %)", "heart failure (EF 30%)"),
    "copd": ("MPOC sévère, O2 à domicile", "severe COPD on home O2"),
    "dm2": ("diabète type 2 insulinotraité", "insulin-treated type 2 diabetes"),
    "alz": ("maladie d'Alzheimer stade modéré", "moderate Alzheimer's disease"),
    "af": ("fibrillation auriculaire", "atrial fibrillation"),
    "pd": ("maladie de Parkinson", "Parkinson's disease"),
    "cva": ("AVC ancien avec hémiparésie gauche", "old stroke with left hemiparesis"),
    "hip": ("fracture de hanche D (PTH le mois dernier)", "right hip fracture (THA last month)"),
    "lung": ("néo pulmonaire métastatique", "metastatic lung cancer"),
    "ulcer": ("ulcère veineux à la jambe G", "venous ulcer, left leg"),
    "ckd": ("IRC stade 4", "CKD stage 4"),
    "als": ("SLA (sclérose latérale amyotrophique)", "ALS"),
    "ms": ("sclérose en plaques progressive", "progressive multiple sclerosis"),
    "ncd": ("trouble neurocognitif majeur", "major neurocognitive disorder"),
    "panc": ("néo du pancréas, soins palliatifs", "pancreatic cancer, palliative"),
    "osteo": ("ostéomyélite du pied D", "osteomyelitis, right foot"),
    "para": ("paraplégie (T10) post-accident", "T10 paraplegia after a road accident"),
    "dep": ("dépression majeure", "major depression"),
}

MEDS = {
    "apix": ("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID"),
    "warf": ("warfarine (Coumadin) 3 mg die", "warfarin (Coumadin) 3 mg daily"),
    "furo": ("furosémide 40 mg die", "furosemide (Lasix) 40 mg daily"),
    "metf": ("metformine 500 mg BID", "metformin 500 mg BID"),
    "glar": ("insuline glargine (Lantus) 18 u HS", "insulin glargine (Lantus) 18 units HS"),
    "done": ("donépézil (Aricept) 10 mg HS", "donepezil (Aricept) 10 mg HS"),
    "sine": ("lévodopa-carbidopa (Sinemet) 100/25 TID", "levodopa-carbidopa (Sinemet) 100/25 TID"),
    "spir": ("tiotropium (Spiriva) 1 inh die", "tiotropium (Spiriva) 1 puff daily"),
    "salb": ("salbutamol 2 inh QID PRN", "salbutamol 2 puffs QID PRN"),
    "biso": ("bisoprolol 2,5 mg die", "bisoprolol 2.5 mg daily"),
    "hydro": ("hydromorphone 1 mg s/c q4h PRN", "hydromorphone 1 mg SC q4h PRN"),
    "mida": ("midazolam 2,5 mg s/c PRN", "midazolam 2.5 mg SC PRN"),
    "quet": ("quétiapine (Seroquel) 12,5 mg HS", "quetiapine (Seroquel) 12.5 mg HS"),
    "b12": ("cyanocobalamine 1000 mcg IM q mois", "cyanocobalamin 1000 mcg IM monthly"),
    "pant": ("pantoprazole 40 mg die", "pantoprazole 40 mg daily"),
    "acet": ("acétaminophène 650 mg QID", "acetaminophen 650 mg QID"),
    "erta": ("ertapénem 1 g IV q24h", "ertapenem 1 g IV q24h"),
    "cefa": ("céfazoline 2 g IV q8h (pompe élastomérique)", "cefazolin 2 g IV q8h (elastomeric pump)"),
    "baclo": ("baclofène 10 mg TID", "baclofen 10 mg TID"),
    "mirt": ("mirtazapine 15 mg HS", "mirtazapine 15 mg HS"),
    "enox": ("énoxaparine 40 mg s/c die", "enoxaparin 40 mg SC daily"),
}


def tr(ctx, pair):
    return pair[0] if ctx.lang == "fr" else pair[1]


def dx(ctx, key):
    return tr(ctx, DX[key])


def med(ctx, key):
    return tr(ctx, MEDS[key])


def new(ctx, kind, cat, note):
    m = Msg(kind=kind, category=cat, lang=ctx.lang, note=note)
    m.date = ctx.now
    return m


def who(s):
    return (s["name"], s["email"])


def partner(key, local, name=None):
    pname, dom, tel = PARTNERS[key]
    return (name if name is not None else pname, f"{local}@{dom}")


def when_str(ctx, dt):
    if ctx.lang == "fr":
        return f"{fmt_day(dt, 'fr')} {dt.year} à {dt.hour:02d}:{dt.minute:02d}"
    h = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"{fmt_day(dt, 'en')}, {dt.year} at {h}:{dt.minute:02d} {ampm}"


def quoted(ctx, author_name, author_email, dt, text, style=None):
    """A reply's quoted original: Gmail/Thunderbird style or Outlook style."""
    style = style or ctx.pick(["gt", "gt", "outlook"])
    if style == "gt":
        if ctx.lang == "fr":
            head = f"Le {when_str(ctx, dt)}, {author_name} <{author_email}> a écrit :"
        else:
            head = f"On {when_str(ctx, dt)}, {author_name} <{author_email}> wrote:"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if ctx.lang == "fr":
        head = (f"-----Message d'origine-----\nDe : {author_name} <{author_email}>\n"
                f"Envoyé : {when_str(ctx, dt)}\nÀ : {ORG['sad']}\nObjet : ")
    else:
        head = (f"-----Original Message-----\nFrom: {author_name} <{author_email}>\n"
                f"Sent: {when_str(ctx, dt)}\nTo: {ORG['sad_en']}\nSubject: ")
    return head + "__SUBJ__\n\n" + text


def forwarded(ctx, author_name, author_email, dt, subject, to, text):
    if ctx.lang == "fr":
        head = ("-------- Message transféré --------\n"
                f"De : {author_name} <{author_email}>\nDate : {when_str(ctx, dt)}\n"
                f"Objet : {subject}\nÀ : {to}\n")
    else:
        head = ("---------- Forwarded message ---------\n"
                f"From: {author_name} <{author_email}>\nDate: {when_str(ctx, dt)}\n"
                f"Subject: {subject}\nTo: {to}\n")
    return head + "\n" + text


def earlier(ctx, hours_min=2, hours_max=50):
    t = ctx.now - datetime.timedelta(minutes=ctx.rng.randrange(hours_min * 60, hours_max * 60))
    if t.hour < 7 or t.hour >= 20:
        t = (t - datetime.timedelta(days=1 if t.hour < 7 else 0)).replace(hour=ctx.rng.randrange(13, 18))
    return t


def later_day(ctx, dmin=1, dmax=12, hour=None):
    d = ctx.now + datetime.timedelta(days=ctx.rng.randrange(dmin, dmax))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    h = hour if hour is not None else ctx.rng.choice([8, 9, 10, 13, 14, 15])
    return d.replace(hour=h, minute=ctx.pick([0, 15, 30, 45]), second=0, microsecond=0)


def datestr(ctx, d):
    if ctx.lang == "fr":
        return ctx.pick([f"{d.day} {MOIS[d.month - 1]}", f"{d.year}-{d.month:02d}-{d.day:02d}",
                         f"{d.day:02d}/{d.month:02d}"])
    return ctx.pick([f"{MONTHS[d.month - 1]} {d.day}", f"{d.year}-{d.month:02d}-{d.day:02d}",
                     f"{MONTHS[d.month - 1][:3]} {d.day}"])


def fileslug(s):
    return fold(s).replace(" ", "_").replace("'", "").replace(",", "")


def sexword(ctx, sex):
    if ctx.lang == "fr":
        return ctx.pick([f"Sexe : {sex}", f"sexe {sex}", f"Sexe: {sex}"])
    return ctx.pick([f"Sex: {sex}", f"sex {sex}", f"Sex {sex}"])


def sal(ctx):
    return ctx.pick(["Merci", "Merci beaucoup", "Bonne journée", "Merci à l'avance"]) if ctx.lang == "fr" \
        else ctx.pick(["Thanks", "Thank you", "Thanks in advance", "Regards"])
