"""Clinical vocabulary of a neonatal unit (fr/en) and the per-message context object."""
import datetime as dt

import gen_common as C

DX = [
    ("maladie des membranes hyalines", "respiratory distress syndrome"),
    ("dysplasie bronchopulmonaire modérée", "moderate bronchopulmonary dysplasia"),
    ("DBP sévère sous O2", "severe BPD on O2"),
    ("HIV grade III à gauche", "left grade III IVH"),
    ("HIV grade II bilatérale", "bilateral grade II IVH"),
    ("leucomalacie périventriculaire kystique", "cystic periventricular leukomalacia"),
    ("ECN stade IIA (Bell), traitée médicalement", "NEC Bell stage IIA, medically managed"),
    ("canal artériel persistant significatif", "haemodynamically significant PDA"),
    ("sepsis tardif à S. epidermidis", "late-onset sepsis (S. epidermidis)"),
    ("hyperbilirubinémie sous photothérapie", "hyperbilirubinaemia on phototherapy"),
    ("RCIU sévère", "severe IUGR"),
    ("EHI modérée, hypothermie thérapeutique complétée", "moderate HIE, therapeutic hypothermia completed"),
    ("syndrome de sevrage néonatal (exposition aux opioïdes)", "neonatal abstinence syndrome (opioid exposure)"),
    ("hypoglycémies néonatales récurrentes", "recurrent neonatal hypoglycaemia"),
    ("anémie du prématuré", "anaemia of prematurity"),
    ("apnées du prématuré", "apnoea of prematurity"),
    ("hernie inguinale bilatérale", "bilateral inguinal hernia"),
    ("trisomie 21 confirmée au caryotype", "trisomy 21, karyotype confirmed"),
    ("laparoschisis opéré", "repaired gastroschisis"),
    ("RGO", "GERD"),
    ("HTAP persistante du nouveau-né", "persistent pulmonary hypertension of the newborn"),
    ("hypothyroïdie congénitale", "congenital hypothyroidism"),
    ("atrésie de l'oesophage type C opérée", "repaired type C oesophageal atresia"),
    ("CIV périmembraneuse", "perimembranous VSD"),
    ("ostéopénie du prématuré", "metabolic bone disease of prematurity"),
    ("CMV congénital", "congenital CMV"),
]
ROP = [("ROP stade 1, zone II, sans maladie plus", "ROP stage 1, zone II, no plus disease"),
       ("ROP stade 2, zone II, pré-plus", "ROP stage 2, zone II, pre-plus"),
       ("ROP stade 3, zone II postérieure avec plus : traitement indiqué", "ROP stage 3, posterior zone II with plus: treatment indicated"),
       ("rétine immature zone II, pas de ROP", "immature retina zone II, no ROP"),
       ("ROP stade 2 zone I — A-ROP à surveiller", "ROP stage 2 zone I — watch for A-ROP"),
       ("ROP en régression, vascularisation zone III", "regressing ROP, vascularised to zone III")]
MEDS = [
    ("citrate de caféine 5 mg/kg/j PO", "caffeine citrate 5 mg/kg/day PO"),
    ("vitamine D (D-Vi-Sol) 400 UI die", "vitamin D (D-Vi-Sol) 400 IU daily"),
    ("Fer-In-Sol 3 mg/kg/j", "Fer-In-Sol (ferrous sulfate) 3 mg/kg/day"),
    ("palivizumab (Synagis) 15 mg/kg IM q mois", "palivizumab (Synagis) 15 mg/kg IM monthly"),
    ("furosémide 1 mg/kg q12h", "furosemide 1 mg/kg q12h"),
    ("hydrochlorothiazide + spironolactone 2 mg/kg/j", "hydrochlorothiazide/spironolactone 2 mg/kg/day"),
    ("ampicilline + gentamicine", "ampicillin + gentamicin"),
    ("vancomycine 15 mg/kg q12h", "vancomycin 15 mg/kg q12h"),
    ("oméprazole 1 mg/kg die", "omeprazole 1 mg/kg daily"),
    ("lévothyroxine 10 mcg/kg/j", "levothyroxine 10 mcg/kg/day"),
    ("morphine PO 0,04 mg/kg q4h (sevrage en cours)", "oral morphine 0.04 mg/kg q4h (weaning)"),
    ("acétaminophène 10 mg/kg q6h PRN", "acetaminophen 10 mg/kg q6h PRN"),
    ("ibuprofène IV, 3 doses", "IV ibuprofen, 3 doses"),
    ("hydrocortisone 1 mg/kg/j", "hydrocortisone 1 mg/kg/day"),
    ("dexaméthasone (protocole DART), jour 6/10", "dexamethasone (DART), day 6/10"),
    ("nystatine PO 1 mL qid", "oral nystatin 1 mL qid"),
    ("valganciclovir 16 mg/kg bid", "valganciclovir 16 mg/kg bid"),
    ("Poly-Vi-Sol 1 mL die", "Poly-Vi-Sol 1 mL daily"),
]
HOME_MEDS = [m for m in MEDS if not any(w in m[0] for w in ("IV", "ampicilline", "vancomycine", "dexaméthasone",
                                                               "hydrocortisone", "ibuprofène", "nystatine"))]
MATERNAL_MEDS = [("dompéridone 10 mg tid", "domperidone 10 mg tid"), ("sertraline 50 mg die", "sertraline 50 mg daily"),
                 ("lévothyroxine 75 mcg", "levothyroxine 75 mcg"), ("labétalol 200 mg bid", "labetalol 200 mg bid"),
                 ("méthadone 60 mg die", "methadone 60 mg daily"), ("metformine 500 mg bid", "metformin 500 mg bid")]


def lab(rng, lang):
    fr = lang == "fr"
    k = rng.randrange(13)
    if k == 0:
        return f"bili totale {rng.randint(180, 340)} µmol/L" if fr else f"total bili {rng.randint(180, 340)} umol/L"
    if k == 1:
        return f"CRP {rng.randint(12, 96)} mg/L"
    if k == 2:
        return f"Hb {rng.randint(78, 118)} g/L" + (f", réticulocytes {rng.randint(1, 6)} %" if fr else f", retics {rng.randint(1, 6)}%")
    if k == 3:
        return (f"plaquettes {rng.randint(38, 120)} x10^9/L" if fr else f"platelets {rng.randint(38, 120)} x10^9/L")
    if k == 4:
        p = f"7{',' if fr else '.'}{rng.randint(18, 34)}"
        return (f"gaz capillaire pH {p}, pCO2 {rng.randint(52, 74)}" if fr else f"cap gas pH {p}, pCO2 {rng.randint(52, 74)}")
    if k == 5:
        g = f"{rng.randint(1, 2)}{',' if fr else '.'}{rng.randint(1, 9)}"
        return f"glycémie {g} mmol/L" if fr else f"glucose {g} mmol/L"
    if k == 6:
        return f"Na {rng.randint(126, 133)} mmol/L, K {rng.randint(5, 6)}{',' if fr else '.'}{rng.randint(1, 9)}"
    if k == 7:
        return (f"phosphatase alcaline {rng.randint(620, 1150)} U/L, phosphore {rng.randint(1, 1)}{',' if fr else '.'}{rng.randint(30, 59)}"
                if fr else f"ALP {rng.randint(620, 1150)} U/L, phosphate 1.{rng.randint(30, 59)}")
    if k == 8:
        t = f"{rng.randint(9, 38)}{',' if fr else '.'}{rng.randint(1, 9)}"
        return f"TSH {t} mU/L (dépistage néonatal)" if fr else f"TSH {t} mU/L (newborn screen)"
    if k == 9:
        org = rng.choice(["S. epidermidis", "E. coli", "SGB (S. agalactiae)", "Klebsiella pneumoniae"])
        return f"hémoculture positive à {org}" if fr else f"blood culture positive for {org}"
    if k == 10:
        return f"ferritine {rng.randint(18, 60)} µg/L" if fr else f"ferritin {rng.randint(18, 60)} ug/L"
    if k == 11:
        return "PCR CMV urinaire positive" if fr else "urine CMV PCR positive"
    return (f"lactates {rng.randint(3, 7)},{rng.randint(1, 9)} mmol/L" if fr else f"lactate {rng.randint(3, 7)}.{rng.randint(1, 9)} mmol/L")


class Ctx:
    def __init__(self, idx, lang, kind, hp):
        self.i, self.lang, self.kind, self.hp = idx, lang, kind, hp
        self.rng = C.rng_for(kind, idx, lang)
        self.date = C.msg_date(self.rng)
        self.fr = lang == "fr"
        self.rec = C.Rec() if kind == "pos" else None

    # language
    def L(self, fr, en):
        return fr if self.fr else en

    def pick(self, seq):
        return C.pick(self.rng, seq)

    def chance(self, p):
        return self.rng.random() < p

    # people
    def staff(self, role_en=None):
        return C.staff(self.rng, role_en)

    def who(self, s, dom=C.DOM):
        return (s.full, s.email(dom))

    def ext(self, local, key, name=""):
        return (name, f"{local}@{C.EXT[key]}")

    def sig(self, s, full=None):
        return C.signature(s, self.lang, self.rng, self.chance(0.7) if full is None else full)

    def infant(self, **kw):
        kw.setdefault("ref", self.date.date())
        return C.Infant(self.rng, **kw)

    def nst(self):
        return self.rng.randrange(7)

    # findings (recorded)
    def iname(self, inf, style=None):
        self.rec.name(inf.surname)
        return inf.label(self.lang, self.nst() if style is None else style)

    def pname(self, surname, given, style=None, title=True):
        self.rec.name(surname)
        st = self.nst() if style is None else style
        t = ""
        if title and st in (0, 5):
            t = self.L("Mme ", "Ms. ")
        return {0: f"{t}{given} {surname}", 1: f"{surname.upper()}, {given}", 2: f"{surname}, {given}",
                3: f"{given.lower()} {surname.lower()}", 4: f"{given[0]}. {surname}", 5: f"{t}{surname}",
                6: f"{given} {surname.upper()}"}[st]

    def dob(self, d, style=None):
        self.rec.t("date_of_birth")
        return C.fdate(d, self.lang, style, self.rng)

    def dx(self, n=1, pool=None):
        self.rec.t("diagnosis")
        items = list(pool or DX)
        self.rng.shuffle(items)
        return [x[0] if self.fr else x[1] for x in items[:n]]

    def rop(self):
        self.rec.t("diagnosis")
        x = self.pick(ROP)
        return x[0] if self.fr else x[1]

    def med(self, n=1, pool=None):
        self.rec.t("medication")
        items = list(pool or MEDS)
        self.rng.shuffle(items)
        return [x[0] if self.fr else x[1] for x in items[:n]]

    def lab(self, n=1):
        self.rec.t("lab_result")
        out = []
        while len(out) < n:
            x = lab(self.rng, self.lang)
            if x not in out:
                out.append(x)
        return out

    def mrn(self, inf, style=None):
        return self.rec.mrn(inf, style)

    def contact_phone(self):
        self.rec.t("patient_contact")
        return C.phone_fmt(self.rng, C.phone(self.rng))

    def contact_addr(self):
        self.rec.t("patient_contact")
        return C.address(self.rng)

    def social(self):
        self.rec.t("social_information")

    def nam_holder(self, role, style=None):
        h = self.hp.get(role)
        shown = self.rec.nam(h, style, self.rng)
        return h, shown

    def hdob(self, h):
        return C.fdate(h.dob, self.lang, self.rng.choice([0, 1, 2, 3]))

    def hsex(self, h):
        return self.L(f"sexe {h.sex}", f"sex {h.sex}")

    # dates relative to the message
    def day(self, delta):
        return self.date.date() + dt.timedelta(days=delta)

    def dstr(self, d, style=None):
        return C.fdate(d, self.lang, style, self.rng)

    def ga_str(self, inf):
        return inf.ga(self.lang)

    def weight(self, g):
        s = f"{g:,}".replace(",", " ") if self.fr else f"{g:,}"
        return f"{s} g"

    def corrected_age(self, inf, when=None):
        when = when or self.date.date()
        days = (when - inf.dob).days
        pma_days = inf.ga_w * 7 + inf.ga_d + days
        return pma_days // 7, pma_days % 7

    def pma(self, inf):
        w, d = self.corrected_age(inf)
        return self.L(f"{w} {d}/7 sem AGPM", f"{w}+{d} wk PMA")


# ---------------------------------------------------------------- reply / forward helpers
def quote_block(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


def reply_header(ctx, who, when, style=None):
    style = ctx.rng.randrange(3) if style is None else style
    name, addr = who
    if style == 0:
        if ctx.fr:
            return f"Le {when.day} {C.MOIS[when.month - 1]} {when.year} à {when:%H:%M}, {name} <{addr}> a écrit :"
        return f"On {when:%a}, {C.MONTHS[when.month - 1][:3]} {when.day}, {when.year} at {when:%H:%M}, {name} <{addr}> wrote:"
    if style == 1:
        return ctx.L("-----Message d'origine-----", "-----Original Message-----")
    return ctx.L("________________________________", "________________________________")


def outlook_block(ctx, who, to, when, subject):
    if ctx.fr:
        return (f"De : {who[0]} <{who[1]}>\nEnvoyé : {when.day} {C.MOIS[when.month - 1]} {when.year} {when:%H:%M}\n"
                f"À : {to[0]} <{to[1]}>\nObjet : {subject}")
    return (f"From: {who[0]} <{who[1]}>\nSent: {when:%A}, {C.MONTHS[when.month - 1]} {when.day}, {when.year} {when:%I:%M %p}\n"
            f"To: {to[0]} <{to[1]}>\nSubject: {subject}")


def quoted_reply(ctx, who, to, when, subject, text):
    style = ctx.rng.randrange(3)
    if style == 0:
        return reply_header(ctx, who, when, 0) + "\n" + quote_block(text)
    return reply_header(ctx, who, when, style) + "\n" + outlook_block(ctx, who, to, when, subject) + "\n\n" + text.strip("\n")


def forward_block(ctx, who, to, when, subject, text):
    head = ctx.L("---------- Message transféré ---------", "---------- Forwarded message ---------")
    if ctx.fr:
        meta = (f"De : {who[0]} <{who[1]}>\nDate : {when.day} {C.MOIS[when.month - 1]} {when.year} à {when:%H:%M}\n"
                f"Objet : {subject}\nÀ : {to[0]} <{to[1]}>")
    else:
        meta = (f"From: {who[0]} <{who[1]}>\nDate: {when:%a}, {C.MONTHS[when.month - 1][:3]} {when.day}, {when.year} at {when:%I:%M %p}\n"
                f"Subject: {subject}\nTo: {to[0]} <{to[1]}>")
    return head + "\n" + meta + "\n\n" + text.strip("\n")


def earlier(ctx, hours):
    return ctx.date - dt.timedelta(hours=hours)
