"""Writing helpers: dates, signatures, clinical vocabulary, the scenario context."""
import datetime as dt

from gen_common import (AMB_ADDR, DOM, ORG_ADDR, ORG_ADDR_EN, ORG_EN, ORG_FR,
                        SITE_AMB, SITE_MAIN, day, fmt_date)
from gen_mime import msgid

EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))


def tz_for(d):
    return EDT if d >= dt.date(2025, 3, 9) else EST


ROLE_T = {
    "surgeon": ("Chirurgie générale", "General Surgery"),
    "anesth": ("Anesthésiologie", "Anesthesiology"),
    "preop_nurse": ("Infirmière clinicienne — Clinique préopératoire",
                    "Clinical nurse, Pre-operative Clinic"),
    "booking": ("Agente de planification chirurgicale — Bloc opératoire",
                "Surgical booking, Operating Room"),
    "secretary": ("Secrétariat médical — Chirurgie générale",
                  "Medical secretary, General Surgery"),
    "manager": ("Chef de service — Bloc opératoire et chirurgie d'un jour",
                "Manager, OR and Day Surgery"),
    "resident": ("Résident en chirurgie générale", "General Surgery resident"),
    "social": ("Travail social — Chirurgie", "Social work, Surgery"),
    "followup_nurse": ("Infirmière — Suivi postopératoire téléphonique",
                       "Nurse, post-operative telephone follow-up"),
    "pharmacist": ("Pharmacie — CHDR", "Pharmacy, CHDR"),
    "hr": ("Direction des ressources humaines", "Human Resources"),
    "it": ("Direction des ressources informationnelles", "IT Services"),
    "or_nurse": ("Bloc opératoire", "Operating Room"),
    "buyer": ("Approvisionnement", "Procurement"),
    "gp": ("Médecine familiale", "Family medicine"),
    "vendor": ("Ventes, Québec-Est", "Sales, Eastern Quebec"),
    "stoma_nurse": ("Stomothérapie", "Enterostomal therapy"),
}

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes "
                 "peuvent contenir des renseignements confidentiels destinés "
                 "uniquement au destinataire. Si vous l'avez reçu par erreur, "
                 "veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may "
                 "contain confidential information intended only for the "
                 "addressee. If you received it in error, please notify the "
                 "sender and delete it.")


class Ctx:
    def __init__(self, rng, fac, tag):
        self.rng, self.f, self.tag = rng, fac, tag
        self.types = set()
        self.ids = []
        self.holders = []
        d0 = dt.date(2025, 1, 6)
        while True:
            d = d0 + dt.timedelta(days=rng.randrange(0, 108))
            if d.weekday() < 5 or rng.random() < 0.08:
                break
        self.today = d
        self.when = dt.datetime(d.year, d.month, d.day, rng.randrange(7, 18),
                                rng.randrange(60), rng.randrange(60),
                                tzinfo=tz_for(d))
        self.msgid = msgid(tag, rng)

    # ---- dates
    def later(self, lo, hi):
        d = self.today + dt.timedelta(days=self.rng.randrange(lo, hi + 1))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    def earlier(self, lo, hi):
        d = self.today - dt.timedelta(days=self.rng.randrange(lo, hi + 1))
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return d

    def dt_before(self, minutes_lo=20, minutes_hi=2000):
        delta = dt.timedelta(minutes=self.rng.randrange(minutes_lo, minutes_hi))
        w = self.when - delta
        return w.replace(tzinfo=tz_for(w.date()))

    def day(self, d, lang):
        return day(d, lang)

    def d(self, d, lang, style=None):
        style = style or self.rng.choice(["iso", "dmy", "long", "long"])
        return fmt_date(d, style, lang)

    def quote_header(self, who, when, lang, style=None):
        r = self.rng
        style = style or r.choice(["gmail", "outlook"])
        hm = when.strftime("%H:%M")
        if style == "gmail":
            if lang == "fr":
                return (f"Le {day(when.date(), 'fr')} {when.year}, à {hm}, "
                        f"{who.full} <{who.addr}> a écrit :")
            return (f"On {day(when.date(), 'en')}, {when.year} at {hm}, "
                    f"{who.full} <{who.addr}> wrote:")
        return None

    def outlook_header(self, who, to, when, subject, lang):
        hm = when.strftime("%H:%M")
        if lang == "fr":
            return (f"De : {who.full} <{who.addr}>\nEnvoyé : "
                    f"{day(when.date(), 'fr')} {when.year} {hm}\n"
                    f"À : {to.full} <{to.addr}>\nObjet : {subject}")
        return (f"From: {who.full} <{who.addr}>\nSent: "
                f"{day(when.date(), 'en')}, {when.year} {hm}\n"
                f"To: {to.full} <{to.addr}>\nSubject: {subject}")

    def fwd_header(self, who, to, when, subject, lang):
        hm = when.strftime("%H:%M")
        if lang == "fr":
            return (f"De : {who[0]} <{who[1]}>\nDate : "
                    f"{day(when.date(), 'fr')} {when.year} à {hm}\n"
                    f"Objet : {subject}\nÀ : {to[0]} <{to[1]}>")
        return (f"From: {who[0]} <{who[1]}>\nDate: "
                f"{day(when.date(), 'en')}, {when.year} at {hm}\n"
                f"Subject: {subject}\nTo: {to[0]} <{to[1]}>")

    # ---- people
    def sig(self, st, lang, short=None):
        r = self.rng
        short = r.random() < 0.3 if short is None else short
        name = st.titled(lang) if st.dr else st.full
        if short:
            return name
        fr, en = ROLE_T[st.role]
        lines = [name, fr if lang == "fr" else en]
        ext = f"{r.randrange(2000, 7999)}"
        if st.role == "gp":
            lines.append("GMF de la Rivière" if lang == "fr" else
                         "Rivière Family Medicine Group")
            lines.append(f"Tél. : 819-555-01{r.randrange(100):02d}  "
                         f"Téléc. : 819-555-01{r.randrange(100):02d}")
        elif st.role == "vendor":
            lines.append(st.addr.split("@")[1].split(".")[0].replace("-", " ").title())
            lines.append(f"Cell. 514-555-01{r.randrange(100):02d}")
        else:
            site = r.choice([SITE_MAIN, SITE_MAIN, SITE_AMB])
            lines.append(f"{ORG_FR if lang == 'fr' else ORG_EN} — {site}")
            lines.append(AMB_ADDR if site == SITE_AMB else
                         (ORG_ADDR if lang == "fr" else ORG_ADDR_EN))
            lines.append((f"Tél. : 819-555-01{r.randrange(100):02d}, poste {ext}"
                          if lang == "fr" else
                          f"Tel. 819-555-01{r.randrange(100):02d} ext. {ext}"))
        if r.random() < 0.35:
            lines.append("")
            lines.append(DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN)
        return "\n".join(lines)

    def hello(self, lang, who=None):
        r = self.rng
        if lang == "fr":
            if who is None:
                return r.choice(["Bonjour,", "Bonjour à tous,", "Salut,", "Bonjour"])
            g = who.given
            return r.choice([f"Bonjour {g},", f"Salut {g},", "Bonjour,",
                             f"Bonjour {who.titled('fr')}," if who.dr else f"Allô {g},"])
        if who is None:
            return r.choice(["Hi,", "Hello,", "Hi all,", "Good morning,"])
        return r.choice([f"Hi {who.given},", f"Hello {who.given},", "Hi,",
                         f"Dear {who.titled('en')}," if who.dr else f"Hey {who.given},"])

    def bye(self, lang):
        r = self.rng
        if lang == "fr":
            return r.choice(["Merci!", "Merci beaucoup,", "Bonne journée,",
                             "Merci et bonne journée", "Cordialement,", "Merci,"])
        return r.choice(["Thanks,", "Thank you,", "Best,", "Regards,",
                         "Thanks!", "Many thanks,"])

    def spec(self, lang, frm, to, subject, blocks, **kw):
        s = dict(lang=lang, frm=(frm.full if hasattr(frm, "full") else frm[0],
                                 frm.addr if hasattr(frm, "addr") else frm[1]),
                 to=[(t.full, t.addr) if hasattr(t, "addr") else t for t in to],
                 subject=subject, blocks=blocks, date=self.when,
                 msgid=self.msgid)
        if kw.get("cc"):
            kw["cc"] = [(t.full, t.addr) if hasattr(t, "addr") else t
                        for t in kw["cc"]]
        s.update(kw)
        return s

    def inner_spec(self, lang, frm, to, subject, blocks, when, **kw):
        s = self.spec(lang, frm, to, subject, blocks, **kw)
        s["date"] = when
        s["msgid"] = msgid(self.tag + "q", self.rng)
        return s


# ---------------------------------------------------------------- clinical
# key, fr procedure, en procedure, fr dx, en dx, minutes, group
PROCS = [
    ("chole", "cholécystectomie laparoscopique", "laparoscopic cholecystectomy",
     "cholélithiase symptomatique", "symptomatic cholelithiasis", 75, "adult"),
    ("chole_acute", "cholécystectomie laparoscopique", "lap cholecystectomy",
     "cholécystite aiguë lithiasique", "acute calculous cholecystitis", 90, "adult"),
    ("ing", "cure de hernie inguinale droite avec filet (Lichtenstein)",
     "right inguinal hernia repair with mesh (Lichtenstein)",
     "hernie inguinale droite symptomatique", "symptomatic right inguinal hernia",
     60, "adult"),
    ("ing_bil", "cure de hernies inguinales bilatérales par TEP",
     "bilateral TEP inguinal hernia repair", "hernies inguinales bilatérales",
     "bilateral inguinal hernias", 90, "adult"),
    ("umb", "cure de hernie ombilicale", "umbilical hernia repair",
     "hernie ombilicale", "umbilical hernia", 45, "adult"),
    ("incis", "cure de hernie incisionnelle par eTEP", "eTEP incisional hernia repair",
     "éventration médiane", "midline incisional hernia", 180, "adult"),
    ("appy", "appendicectomie laparoscopique", "laparoscopic appendectomy",
     "appendicite aiguë", "acute appendicitis", 60, "any"),
    ("rhemi", "hémicolectomie droite laparoscopique",
     "laparoscopic right hemicolectomy", "adénocarcinome du côlon ascendant",
     "adenocarcinoma of the ascending colon", 180, "onco"),
    ("sigmoid", "sigmoïdectomie laparoscopique", "laparoscopic sigmoid colectomy",
     "diverticulite sigmoïdienne récidivante", "recurrent sigmoid diverticulitis",
     180, "adult"),
    ("lar", "résection antérieure basse avec iléostomie de protection",
     "low anterior resection with diverting ileostomy",
     "adénocarcinome du moyen rectum", "mid-rectal adenocarcinoma", 270, "onco"),
    ("thyro", "thyroïdectomie totale", "total thyroidectomy",
     "goitre multinodulaire compressif", "compressive multinodular goitre", 150,
     "adult"),
    ("breast", "mastectomie partielle avec ganglion sentinelle",
     "partial mastectomy with sentinel node biopsy",
     "carcinome canalaire infiltrant du sein gauche",
     "invasive ductal carcinoma, left breast", 90, "onco"),
    ("hemo", "hémorroïdectomie (Milligan-Morgan)", "excisional hemorrhoidectomy",
     "hémorroïdes internes grade III", "grade III internal hemorrhoids", 45, "adult"),
    ("fistula", "fistulotomie", "fistulotomy", "fistule anale transsphinctérienne basse",
     "low transsphincteric anal fistula", 40, "adult"),
    ("pilo", "exérèse de sinus pilonidal", "pilonidal sinus excision",
     "sinus pilonidal récidivant", "recurrent pilonidal sinus", 45, "young"),
    ("sleeve", "gastrectomie longitudinale (sleeve) laparoscopique",
     "laparoscopic sleeve gastrectomy", "obésité sévère (IMC 44)",
     "severe obesity (BMI 44)", 120, "adult"),
    ("ileo_close", "fermeture d'iléostomie", "ileostomy reversal",
     "iléostomie de protection post-RAB", "diverting loop ileostomy after LAR",
     90, "adult"),
    ("nissen", "fundoplicature de Nissen et cure de hernie hiatale",
     "Nissen fundoplication with hiatal hernia repair",
     "hernie hiatale avec RGO réfractaire", "hiatal hernia with refractory GERD",
     150, "adult"),
    ("ped_ing", "cure de hernie inguinale gauche", "left inguinal hernia repair",
     "hernie inguinale gauche", "left inguinal hernia", 45, "child"),
    ("ped_umb", "cure de hernie ombilicale", "umbilical hernia repair",
     "hernie ombilicale persistante", "persistent umbilical hernia", 40, "child"),
    ("lipoma", "exérèse d'un lipome dorsal de 8 cm", "excision of 8 cm back lipoma",
     "lipome dorsal symptomatique", "symptomatic back lipoma", 40, "adult"),
]


INPATIENT = ("chole_acute", "appy", "rhemi", "sigmoid", "lar", "incis", "sleeve",
             "nissen", "thyro", "ileo_close")


DAYSURG = ("chole", "ing", "ing_bil", "umb", "hemo", "fistula", "pilo", "lipoma",
           "appy", "ped_ing", "ped_umb")
URGENT = ("appy", "chole_acute")


def proc_for(rng, p, onco=None, keys=None, emerg=False):
    a = p.age()
    ok = []
    for pr in PROCS:
        g = pr[6]
        if not emerg and keys is None and pr[0] in URGENT:
            continue
        if keys is not None and pr[0] not in keys and a >= 19:
            continue
        if a < 13 and g not in ("child", "any"):
            continue
        if 13 <= a < 19 and g not in ("any", "young", "child"):
            continue
        if a >= 19 and g == "child":
            continue
        if onco is True and g != "onco":
            continue
        if onco is False and g == "onco":
            continue
        if pr[0] == "breast" and p.sex != "F":
            continue
        if pr[0] == "sleeve" and a > 65:
            continue
        ok.append(pr)
    return rng.choice(ok)


def P(pr, lang):
    """(procedure, diagnosis) in the language."""
    return (pr[1], pr[3]) if lang == "fr" else (pr[2], pr[4])


# name, brand, class, fr dose, en dose
MEDS = [
    ("apixaban", "Eliquis", "anticoag", "5 mg BID", "5 mg BID"),
    ("rivaroxaban", "Xarelto", "anticoag", "20 mg DIE", "20 mg daily"),
    ("warfarine", "Coumadin", "anticoag", "selon RNI", "as per INR"),
    ("clopidogrel", "Plavix", "antiplat", "75 mg DIE", "75 mg daily"),
    ("AAS", "Entrophen", "antiplat", "81 mg DIE", "81 mg daily"),
    ("metformine", "Glucophage", "diab", "850 mg BID", "850 mg BID"),
    ("empagliflozine", "Jardiance", "sglt2", "10 mg DIE", "10 mg daily"),
    ("sémaglutide", "Ozempic", "glp1", "1 mg SC q semaine", "1 mg SC weekly"),
    ("insuline glargine", "Lantus", "insulin", "24 U HS", "24 units qHS"),
    ("bisoprolol", "Monocor", "bb", "5 mg DIE", "5 mg daily"),
    ("ramipril", "Altace", "acei", "10 mg DIE", "10 mg daily"),
    ("atorvastatine", "Lipitor", "statin", "40 mg DIE", "40 mg daily"),
    ("lévothyroxine", "Synthroid", "thyro", "100 mcg DIE", "100 mcg daily"),
    ("prednisone", "", "steroid", "10 mg DIE", "10 mg daily"),
    ("méthotrexate", "", "immuno", "15 mg q semaine", "15 mg weekly"),
    ("pantoprazole", "Tecta", "ppi", "40 mg DIE", "40 mg daily"),
    ("salbutamol", "Ventolin", "resp", "2 inh PRN", "2 puffs PRN"),
    ("sertraline", "Zoloft", "ssri", "100 mg DIE", "100 mg daily"),
    ("hydrochlorothiazide", "", "diur", "25 mg DIE", "25 mg daily"),
]
MED_EN = {"warfarine": "warfarin", "metformine": "metformin",
          "empagliflozine": "empagliflozin", "sémaglutide": "semaglutide",
          "atorvastatine": "atorvastatin", "lévothyroxine": "levothyroxine",
          "méthotrexate": "methotrexate", "AAS": "ASA",
          "insuline glargine": "insulin glargine"}

HOLD_FR = {"anticoag": "cesser {d} jours avant (dernière dose le {x})",
           "antiplat": "à discuter avec le chirurgien",
           "sglt2": "cesser 3 jours avant la chirurgie",
           "glp1": "omettre la dose de la semaine précédant la chirurgie",
           "diab": "ne pas prendre le matin de la chirurgie",
           "insulin": "prendre 80 % de la dose la veille au soir",
           "acei": "ne pas prendre le matin de la chirurgie",
           "diur": "ne pas prendre le matin de la chirurgie"}
HOLD_EN = {"anticoag": "hold {d} days before (last dose {x})",
           "antiplat": "to be discussed with surgeon",
           "sglt2": "hold 3 days pre-op",
           "glp1": "hold the weekly dose the week before surgery",
           "diab": "hold morning of surgery",
           "insulin": "take 80% of dose the evening before",
           "acei": "hold morning of surgery",
           "diur": "hold morning of surgery"}


def med_name(m, lang, rng, brand_p=0.35):
    n = m[0] if lang == "fr" else MED_EN.get(m[0], m[0])
    if m[1] and rng.random() < brand_p:
        return m[1] if rng.random() < 0.5 else f"{n} ({m[1]})"
    return n


def med_list(rng, k):
    meds = list(MEDS)
    rng.shuffle(meds)
    out, seen = [], set()
    for m in meds:
        if m[2] in seen:
            continue
        seen.add(m[2])
        out.append(m)
        if len(out) == k:
            break
    return out


COMORB_FR = ["HTA", "DB2", "MPOC", "FA paroxystique", "apnée du sommeil appareillée (CPAP)",
             "IRC stade 3a", "MCAS avec tuteur coronarien 2021", "hypothyroïdie",
             "asthme", "dépression", "polyarthrite rhumatoïde", "dyslipidémie",
             "obésité (IMC 38)", "insuffisance cardiaque FEVG 40 %"]
COMORB_EN = ["HTN", "T2DM", "COPD", "paroxysmal AF", "OSA on CPAP", "CKD 3a",
             "CAD s/p stent 2021", "hypothyroidism", "asthma", "depression",
             "rheumatoid arthritis", "dyslipidemia", "obesity (BMI 38)",
             "HFrEF (EF 40%)"]


def comorbs(rng, lang, k):
    idx = rng.sample(range(len(COMORB_FR)), k)
    src = COMORB_FR if lang == "fr" else COMORB_EN
    return [src[i] for i in idx]


def labs(rng, lang, k=5, abnormal=None):
    """Return list of short lab strings with plausible values."""
    r = rng
    dec = (lambda x: f"{x:.1f}".replace(".", ",")) if lang == "fr" else \
        (lambda x: f"{x:.1f}")
    pool = [
        f"Hb {r.randrange(84, 152)} g/L",
        f"{'Plaq.' if lang == 'fr' else 'Plt'} {r.randrange(95, 410)}",
        f"{'GB' if lang == 'fr' else 'WBC'} {dec(r.uniform(4.1, 17.5))}",
        f"{'Créat.' if lang == 'fr' else 'Creat'} {r.randrange(58, 182)} µmol/L",
        f"{'DFGe' if lang == 'fr' else 'eGFR'} {r.randrange(28, 98)}",
        f"Na {r.randrange(131, 144)}",
        f"K {dec(r.uniform(3.1, 5.4))}",
        f"{'RNI' if lang == 'fr' else 'INR'} {dec(r.uniform(0.9, 2.9))}",
        f"HbA1c {dec(r.uniform(5.6, 9.8))} %",
        f"{'Albumine' if lang == 'fr' else 'Albumin'} {r.randrange(26, 44)} g/L",
        f"{'Glycémie' if lang == 'fr' else 'Glucose'} {dec(r.uniform(4.8, 13.9))} mmol/L",
        f"CRP {r.randrange(3, 240)} mg/L",
        f"{'Lipase' if lang == 'fr' else 'Lipase'} {r.randrange(30, 1900)} U/L",
        f"{'Bili tot.' if lang == 'fr' else 'T bili'} {r.randrange(6, 64)} µmol/L",
    ]
    return r.sample(pool, k)
