"""Per-message context: dates, staff, greetings, signatures, quoting, clinical banks."""
import datetime

from gen_common import (BOARDING, ORGS, SPECIALTIES, T, World, fmt_date, fmt_mrn, fmt_name, fmt_nam)
from gen_mime import Att, Mail

MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tz_for(d):
    dst = datetime.date(2025, 3, 9) <= d <= datetime.date(2025, 11, 1)
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))


class Out:
    def __init__(self, mail, types, note, cat, prefs=None):
        self.mail, self.types, self.note, self.cat, self.prefs = mail, sorted(set(types)), note, cat, prefs or {}


class Ctx:
    def __init__(self, rng, lang, nam_alloc=None):
        self.rng, self.lang = rng, lang
        self.w = World(rng)
        self.nam_alloc = nam_alloc
        self.force_nam = False
        start = datetime.date(2025, 1, 6).toordinal()
        d = datetime.date.fromordinal(start + rng.randint(0, 320))
        if d.weekday() >= 5 and rng.random() < .8:
            d -= datetime.timedelta(days=d.weekday() - 4)
        h = rng.choice([7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 22])
        self.dt = datetime.datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59),
                                    tzinfo=tz_for(d))
        self.today = d

    # -- small utilities
    def t(self, fr, en):
        return fr if self.lang == "fr" else en

    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def later(self, a, b):
        return self.today + datetime.timedelta(days=self.rng.randint(a, b))

    def earlier(self, a, b):
        return self.today - datetime.timedelta(days=self.rng.randint(a, b))

    def dfmt(self, d, style=None):
        return fmt_date(d, self.lang, style, self.rng)

    def dlong(self, d):
        if self.lang == "fr":
            return f"{JOURS_L[d.weekday()]} {d.day} {['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'][d.month-1]}"
        return f"{DAYS_L[d.weekday()]}, {['January','February','March','April','May','June','July','August','September','October','November','December'][d.month-1]} {d.day}"

    def hm(self):
        h, m = self.rng.randint(7, 16), self.ch([0, 0, 15, 30, 45])
        return f"{h} h {m:02d}" if self.lang == "fr" else f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    def name(self, pt, style=None):
        return fmt_name(self.rng, pt, style, self.lang)

    def mrn(self, pt, which="local"):
        return fmt_mrn(self.rng, pt, which)

    def nam(self, pt, style=None):
        return fmt_nam(self.rng, pt.nam, style)

    def org(self, key):
        o = ORGS.get(key) or BOARDING[key]
        return o[self.lang]

    def staff(self, role, org, lang=None):
        return self.w.staff(role, org, lang or self.lang)

    def patient(self, **kw):
        return self.w.patient(on=self.today, **kw)

    def nam_patient(self):
        p = self.nam_alloc()
        self.w.place(p)
        return p

    def spec(self):
        s = self.ch(SPECIALTIES)
        return s[0] if self.lang == "fr" else s[1]

    # -- greetings & signatures
    def greet(self, who=None, first=None):
        r = self.rng.random()
        if self.lang == "fr":
            if who and r < .4:
                return f"Bonjour {who},"
            if first and r < .6:
                return self.ch([f"Salut {first},", f"Allô {first},", f"Bonjour {first},"])
            return self.ch(["Bonjour,", "Bonjour à tous,", "Bonjour à l'équipe,", "Allô,", "Bon matin,", "Bonsoir,"])
        if who and r < .4:
            return f"Hello {who},"
        if first and r < .6:
            return self.ch([f"Hi {first},", f"Hey {first},", f"Good morning {first},"])
        return self.ch(["Hi,", "Hello,", "Hi all,", "Good morning,", "Good afternoon,", "Hi team,"])

    def close(self):
        if self.lang == "fr":
            return self.ch(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci à l'avance,",
                            "Nakurmiik / Merci,", "Au plaisir,", "Bonne fin de journée,", "Merci et bonne soirée"])
        return self.ch(["Thanks,", "Thank you,", "Best,", "Regards,", "Thanks so much,", "Nakurmiik,",
                        "Chiniskumitin / Thank you,", "Cheers,", "Kind regards,"])

    def sign(self, s, short=None):
        short = self.p(.3) if short is None else short
        if short:
            return self.ch([s.given, s.full, f"{s.given[0]}.{s.surname[0]}.", f"-- \n{s.given}"])
        role = s.role_name(self.lang)
        orgname = self.org(s.org) if (s.org in ORGS or s.org in BOARDING) else s.org
        lines = [s.full, role, orgname]
        if self.p(.8):
            ext = self.rng.randint(2000, 8999)
            lines.append(self.t(f"Tél. : 819-555-01{self.rng.randint(0, 99):02d}, poste {ext}",
                                f"Tel: 819-555-01{self.rng.randint(0, 99):02d} ext. {ext}"))
        if s.org in ("siq", "ika", "rr") and self.p(.35):
            lines.append("ᐃᓄᐃᑦ ᐋᓐᓂᐊᓯᐅᕐᓂᖓᑕ ᐱᔨᑦᑎᕋᕐᕕᖓ")
        sig = "-- \n" + "\n".join(lines) if self.p(.4) else "\n".join(lines)
        if self.p(.35):
            sig += "\n\n" + self.disclaimer()
        return sig

    def disclaimer(self):
        return self.ch([
            "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
            "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee. If you received it in error, please notify the sender and delete it.",
            "Ce message est destiné uniquement au destinataire. / This message is intended only for the addressee.",
            "Pensez à l'environnement avant d'imprimer ce courriel.",
        ])

    # -- quoting
    def quote_header(self, who, addr, dt):
        style = self.ch(["outlook", "gmail", "apple"])
        if style == "outlook":
            if self.lang == "fr":
                return (f"De : {who} <{addr}>\nEnvoyé : {JOURS_L[dt.weekday()]} {dt.day} "
                        f"{['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'][dt.month-1]} {dt.year} {dt:%H:%M}\n")
            return f"From: {who} <{addr}>\nSent: {DAYS_L[dt.weekday()]}, {MONTHS[dt.month-1]} {dt.day}, {dt.year} {dt:%I:%M %p}\n"
        if style == "gmail":
            if self.lang == "fr":
                return f"Le {JOURS[dt.weekday()]} {dt.day} {MOIS[dt.month-1]} {dt.year}, à {dt:%H} h {dt:%M}, {who} <{addr}> a écrit :\n"
            return f"On {DAYS[dt.weekday()]}, {MONTHS[dt.month-1]} {dt.day}, {dt.year} at {dt:%I:%M %p} {who} <{addr}> wrote:\n"
        if self.lang == "fr":
            return f"> Le {dt.day} {MOIS[dt.month-1]} {dt.year} à {dt:%H:%M}, {who} <{addr}> a écrit :\n"
        return f"> On {MONTHS[dt.month-1]} {dt.day}, {dt.year}, at {dt:%H:%M}, {who} <{addr}> wrote:\n"

    def quoted(self, who, addr, dt, text, subject=None, to=None):
        hdr = self.quote_header(who, addr, dt)
        if hdr.startswith(("De :", "From:")):
            extra = ""
            if to:
                extra += self.t(f"À : {to}\n", f"To: {to}\n")
            if subject:
                extra += self.t(f"Objet : {subject}\n", f"Subject: {subject}\n")
            return "________________________________\n" + hdr + extra + "\n" + text.rstrip() + "\n"
        return hdr.lstrip("> ") + "\n".join("> " + l if l else ">" for l in text.rstrip().split("\n")) + "\n"

    def prev_dt(self, hours_min=2, hours_max=96):
        return self.dt - datetime.timedelta(hours=self.rng.randint(hours_min, hours_max), minutes=self.rng.randint(0, 59))

    def mail(self, frm, to, subject, text=None, html=None, **kw):
        f = (frm.full, frm.addr) if hasattr(frm, "addr") else frm
        tos = [(x.full, x.addr) if hasattr(x, "addr") else x for x in to]
        ccs = [(x.full, x.addr) if hasattr(x, "addr") else x for x in kw.pop("cc", [])]
        return Mail(f, tos, subject, self.dt, text=text, html=html, cc=ccs, lang=self.lang, **kw)


# --------------------------------------------------------------------------
# Clinical banks
# --------------------------------------------------------------------------
DX = [
    dict(k="tb", fr="tuberculose pulmonaire active", en="active pulmonary tuberculosis",
         med_fr="RIPE (isoniazide 300 mg, rifampicine 600 mg, pyrazinamide, éthambutol) en TOD",
         med_en="RIPE (isoniazid 300 mg, rifampin 600 mg, pyrazinamide, ethambutol) by DOT",
         lab_fr="frottis BAAR 2+ sur 2 expectorations, culture positive pour M. tuberculosis",
         lab_en="AFB smear 2+ on 2 sputum samples, culture positive for M. tuberculosis", sp=("infectiologie", "infectious diseases")),
    dict(k="ltbi", fr="infection tuberculeuse latente", en="latent TB infection",
         med_fr="rifampicine 600 mg die x 4 mois", med_en="rifampin 600 mg daily x 4 months",
         lab_fr="IGRA (QuantiFERON) positif à 3,12 UI/mL, RX pulmonaire normale",
         lab_en="IGRA (QuantiFERON) positive at 3.12 IU/mL, chest X-ray normal", sp=("pneumologie", "respirology")),
    dict(k="dm2", fr="diabète de type 2 mal contrôlé", en="poorly controlled type 2 diabetes",
         med_fr="metformine 1000 mg BID et empagliflozine 10 mg die", med_en="metformin 1000 mg BID and empagliflozin 10 mg daily",
         lab_fr="HbA1c à 10,4 %, glycémie à jeun 13,8 mmol/L", lab_en="HbA1c 10.4%, fasting glucose 13.8 mmol/L",
         sp=("endocrinologie", "endocrinology")),
    dict(k="syph", fr="syphilis latente précoce", en="early latent syphilis",
         med_fr="benzathine pénicilline G 2,4 millions U IM x 1", med_en="benzathine penicillin G 2.4 million units IM x 1",
         lab_fr="RPR 1:32, TP-PA réactif", lab_en="RPR 1:32, TP-PA reactive", sp=("infectiologie", "infectious diseases")),
    dict(k="hpylori", fr="gastrite à H. pylori", en="H. pylori gastritis",
         med_fr="oméprazole 20 mg BID, amoxicilline 1 g BID, clarithromycine 500 mg BID x 14 jours",
         med_en="omeprazole 20 mg BID, amoxicillin 1 g BID, clarithromycin 500 mg BID x 14 days",
         lab_fr="test respiratoire à l'urée positif, hémoglobine 98 g/L", lab_en="urea breath test positive, haemoglobin 98 g/L",
         sp=("gastro-entérologie", "gastroenterology")),
    dict(k="copd", fr="MPOC avec exacerbations fréquentes", en="COPD with frequent exacerbations",
         med_fr="tiotropium 18 mcg die, salbutamol PRN, prednisone 40 mg x 5 jours",
         med_en="tiotropium 18 mcg daily, salbutamol PRN, prednisone 40 mg x 5 days",
         lab_fr="VEMS à 42 % de la prédite, SpO2 88 % à l'air ambiant", lab_en="FEV1 42% predicted, SpO2 88% on room air",
         sp=("pneumologie", "respirology")),
    dict(k="ckd", fr="insuffisance rénale chronique stade 5", en="stage 5 chronic kidney disease",
         med_fr="érythropoïétine (darbépoétine 40 mcg q2sem), carbonate de calcium",
         med_en="darbepoetin 40 mcg q2weeks, calcium carbonate",
         lab_fr="créatinine 612 µmol/L, DFGe 7 mL/min, potassium 5,9", lab_en="creatinine 612 umol/L, eGFR 7 mL/min, potassium 5.9",
         sp=("néphrologie", "nephrology")),
    dict(k="chf", fr="insuffisance cardiaque (FEVG 30 %)", en="heart failure (LVEF 30%)",
         med_fr="furosémide 40 mg BID, bisoprolol 5 mg, sacubitril-valsartan",
         med_en="furosemide 40 mg BID, bisoprolol 5 mg, sacubitril-valsartan",
         lab_fr="NT-proBNP 4 870 ng/L", lab_en="NT-proBNP 4870 ng/L", sp=("cardiologie", "cardiology")),
    dict(k="ca_lung", fr="adénocarcinome pulmonaire du lobe supérieur droit", en="right upper lobe lung adenocarcinoma",
         med_fr="carboplatine-pémétrexed (cycle 2 prévu)", med_en="carboplatin-pemetrexed (cycle 2 planned)",
         lab_fr="biopsie : adénocarcinome, PD-L1 60 %", lab_en="biopsy: adenocarcinoma, PD-L1 60%", sp=("oncologie", "oncology")),
    dict(k="ca_cervix", fr="cancer du col utérin stade IB", en="stage IB cervical cancer",
         med_fr="curiethérapie planifiée", med_en="brachytherapy planned",
         lab_fr="Pap : HSIL, VPH 16 positif", lab_en="Pap: HSIL, HPV 16 positive", sp=("oncologie", "oncology")),
    dict(k="dep", fr="dépression majeure avec idées suicidaires", en="major depression with suicidal ideation",
         med_fr="sertraline 100 mg die", med_en="sertraline 100 mg daily",
         lab_fr="PHQ-9 à 22", lab_en="PHQ-9 score 22", sp=("psychiatrie", "psychiatry")),
    dict(k="otitis", fr="otite moyenne chronique avec perforation tympanique", en="chronic suppurative otitis media with perforation",
         med_fr="gouttes de ciprofloxacine-dexaméthasone", med_en="ciprofloxacin-dexamethasone drops",
         lab_fr="audiogramme : perte de conduction 35 dB à gauche", lab_en="audiogram: 35 dB conductive loss left ear",
         sp=("ORL", "ENT")),
    dict(k="hip", fr="fracture de la hanche droite", en="right hip fracture",
         med_fr="hydromorphone 1 mg q4h PRN, énoxaparine 40 mg sc die", med_en="hydromorphone 1 mg q4h PRN, enoxaparin 40 mg sc daily",
         lab_fr="Hb 101 g/L en préopératoire", lab_en="pre-op Hb 101 g/L", sp=("orthopédie", "orthopaedics")),
    dict(k="anemia", fr="anémie ferriprive sévère", en="severe iron-deficiency anaemia",
         med_fr="fer saccharose IV 300 mg x 3", med_en="iron sucrose IV 300 mg x 3",
         lab_fr="Hb 71 g/L, ferritine 4 µg/L", lab_en="Hb 71 g/L, ferritin 4 ug/L", sp=("hématologie", "haematology")),
]

PREG = [
    dict(fr="diabète gestationnel sous insuline", en="gestational diabetes on insulin",
         med_fr="insuline NPH 12 U au coucher", med_en="NPH insulin 12 U at bedtime",
         lab_fr="HGOP 75 g : 5,6 / 11,2 / 9,8", lab_en="75 g OGTT: 5.6 / 11.2 / 9.8"),
    dict(fr="prééclampsie légère", en="mild pre-eclampsia",
         med_fr="labétalol 200 mg BID", med_en="labetalol 200 mg BID",
         lab_fr="rapport protéines/créatinine 48 mg/mmol, TA 152/98", lab_en="protein/creatinine ratio 48 mg/mmol, BP 152/98"),
    dict(fr="grossesse gémellaire", en="twin pregnancy",
         med_fr="acide folique 5 mg, fer oral", med_en="folic acid 5 mg, oral iron",
         lab_fr="écho T2 : jumeaux bichoriaux, croissance concordante", lab_en="T2 ultrasound: dichorionic twins, concordant growth"),
    dict(fr="antécédent de césarienne, placenta bas inséré", en="previous caesarean section, low-lying placenta",
         med_fr="aucun", med_en="none",
         lab_fr="écho 32 sem : placenta à 12 mm de l'orifice interne", lab_en="32-week scan: placenta 12 mm from internal os"),
    dict(fr="syphilis traitée en début de grossesse", en="syphilis treated in early pregnancy",
         med_fr="benzathine pénicilline G (3 doses complétées)", med_en="benzathine penicillin G (3 doses completed)",
         lab_fr="RPR 1:4 (en baisse)", lab_en="RPR 1:4 (decreasing)"),
]


def dx(c, keys=None):
    pool = [d for d in DX if not keys or d["k"] in keys]
    return c.ch(pool)


def pick(c, nam_p=0.3, pred=None, **kw):
    """A patient: sometimes a NAM holder (always with the listed identity), else an invented one."""
    r = c.rng.random()
    if c.nam_alloc and (c.force_nam or r < nam_p):
        p = c.nam_alloc(pred)
        if p is not None:
            c.w.place(p)
            return p
    return c.patient(**kw)


def nam_line(c, pt, ty, p_show=0.85):
    """Maybe render the RAMQ number of a NAM holder; records the type."""
    r = c.rng.random()
    if not pt.nam or (not c.force_nam and r > p_show):
        return ""
    ty.add("ramq_nam")
    lab = c.ch(["NAM", "No RAMQ", "N° d'assurance maladie", "Carte RAMQ", "NAM (carte soleil)"]) if c.lang == "fr" \
        else c.ch(["RAMQ", "RAMQ #", "Medicare no.", "Health card (RAMQ)", "NAM"])
    sep = " : " if c.lang == "fr" else ": "
    return f"{lab}{sep}{c.nam(pt)}"


def sexage(c, pt):
    a = pt.age(c.today)
    if c.lang == "fr":
        if a < 2:
            return f"{pt.p('fr', 'nourrisson', 'nourrissonne', '', '')} de {max(1, (c.today - pt.dob).days // 30)} mois"
        return f"{pt.p('fr', 'homme', 'femme', '', '') if a >= 18 else pt.p('fr', 'garçon', 'fille', '', '')} de {a} ans"
    if a < 2:
        return f"{max(1, (c.today - pt.dob).days // 30)}-month-old {pt.p('en', '', '', 'boy', 'girl')}"
    return f"{a}-year-old {pt.p('en', '', '', 'man', 'woman') if a >= 18 else pt.p('en', '', '', 'boy', 'girl')}"
