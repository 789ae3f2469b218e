"""Clinical vocabulary for an ICU that refers organ donors, plus the Item record each scenario returns."""
import datetime as dt

from gen_common import (fmt_date, fmt_nam, fmt_mrn, fmt_digits, fmt_ohip, fmt_niss, fmt_nir, name_form,
                        make_sin, make_ohip, make_niss, make_nir, NAM_STYLES, MRN_STYLES, ID_STYLES,
                        DATE_STYLES, age_on)

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
              "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
              "social_information"]


class Item:
    def __init__(self, positive, cat, lang, mail, note):
        self.positive = positive
        self.cat = cat
        self.lang = lang
        self.mail = mail
        self.note = note
        self.types = set()
        self.ids = []          # (type, compact value) for the checker
        self.names = []        # surnames of patients (positives) for the checker

    def t(self, *types):
        for x in types:
            assert x in TYPE_ORDER, x
            self.types.add(x)
        return self

    def sorted_types(self):
        return [x for x in TYPE_ORDER if x in self.types]


class Acc:
    """Collects types and identifiers while a scenario writes patient details."""

    def __init__(self, ctx, lang):
        self.ctx = ctx
        self.lang = lang
        self.types = set()
        self.ids = []
        self.names = []

    def t(self, *types):
        self.types.update(types)

    def name(self, p, style=None, lang=None):
        style = style or self.ctx.pick(["full", "upper_comma", "sur_first", "lower", "initial", "title",
                                        "title_full", "upper_sur", "sur_initial"])
        self.types.add("patient_name")
        self.names.append(p["given"] if style == "given" else p["surname"])
        return name_form(p, style, lang or self.lang)

    def dob(self, p, style=None):
        style = style or self.ctx.pick(DATE_STYLES)
        self.types.add("date_of_birth")
        return fmt_date(p["dob"], style, self.lang)

    def nam(self, p, style=None):
        style = style or self.ctx.pick(NAM_STYLES)
        self.types.add("ramq_nam")
        self.ids.append(("ramq_nam", p["nam"]))
        return fmt_nam(p["nam"], style)

    def mrn(self, p, style=None):
        style = style or self.ctx.pick(MRN_STYLES)
        self.types.add("mrn")
        return fmt_mrn(p["mrn"], style)

    def sin(self, p, style=None):
        p.setdefault("sin", make_sin(self.ctx.rng))
        style = style or self.ctx.pick(["spaced", "hyphen", "plain", "dotted", "fullwidth", "odd"])
        self.types.add("ca_sin")
        self.ids.append(("ca_sin", p["sin"]))
        return fmt_digits(p["sin"], [3, 3, 3], style)

    def ohip(self, p, style=None):
        if "ohip" not in p:
            p["ohip"] = make_ohip(self.ctx.rng)
        style = style or self.ctx.pick(["hyphen", "spaced", "plain", "fullwidth", "dotted"])
        self.types.add("ca_health_number")
        self.ids.append(("ca_health_number", p["ohip"][0]))
        return fmt_ohip(p["ohip"][0], p["ohip"][1], style)

    def niss(self, p, style=None):
        p.setdefault("niss", make_niss(self.ctx.rng, p["dob"], p["sex"]))
        style = style or self.ctx.pick(["official", "official", "plain", "spaced", "slashed"])
        self.types.add("be_niss")
        self.ids.append(("be_niss", p["niss"]))
        return fmt_niss(p["niss"], style)

    def nir(self, p, style=None):
        p.setdefault("nir", make_nir(self.ctx.rng, p["dob"], p["sex"]))
        style = style or self.ctx.pick(["official", "official", "plain", "fullwidth"])
        self.types.add("fr_nir")
        self.ids.append(("fr_nir", p["nir"]))
        return fmt_nir(p["nir"], style)

    def sex(self, p, style=None):
        x = p["sex"]
        style = style if style is not None else self.ctx.rng.randrange(4)
        if self.lang == "fr":
            return ["Sexe : %s" % x, "sexe %s" % x, "(%s)" % x, "Sexe: %s" % ("F" if x == "F" else "M")][style]
        return ["Sex: %s" % x, "sex %s" % x, "(%s)" % x, "Sex: %s" % x][style]

    def ident_line(self, p, with_mrn=True):
        """One-line identity of a NAM holder: name, birth date, sex, NAM, sometimes chart number."""
        parts = [self.name(p), self.dob(p), self.sex(p),
                 ("NAM " if self.lang == "fr" else "RAMQ ") + self.nam(p)]
        if with_mrn and self.ctx.chance(0.6):
            parts.append(("dossier " if self.lang == "fr" else "MRN ") + self.mrn(p))
        return " - ".join(parts) if self.ctx.chance(0.5) else ", ".join(parts)

    def apply(self, item):
        item.types.update(self.types)
        item.ids.extend(self.ids)
        item.names.extend(self.names)
        return item


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------
DONOR_DX = [
    ("encéphalopathie anoxique post-ACR extrahospitalier (FV, RCR 28 min)",
     "anoxic brain injury after out-of-hospital cardiac arrest (VF, 28 min of CPR)"),
    ("HSA anévrismale Hunt-Hess V, Fisher 4, hydrocéphalie", "aneurysmal SAH, Hunt-Hess V, Fisher 4, hydrocephalus"),
    ("TCC sévère post-accident de VTT, GCS 4 à l'arrivée", "severe TBI after an ATV crash, GCS 4 on arrival"),
    ("hémorragie intraparenchymateuse droite avec engagement", "right intraparenchymal haemorrhage with herniation"),
    ("pendaison, lésions cérébrales anoxiques", "hanging, hypoxic-ischaemic brain injury"),
    ("surdose d'opioïdes avec ACR, encéphalopathie anoxique", "opioid overdose with cardiac arrest, anoxic encephalopathy"),
    ("AVC ischémique sylvien gauche malin, œdème massif", "malignant left MCA stroke with massive oedema"),
    ("TCC sur chute d'un toit, hématome sous-dural aigu", "TBI from a fall off a roof, acute subdural haematoma"),
]
ICU_DX = [
    ("choc septique sur pneumonie à pneumocoque", "septic shock from pneumococcal pneumonia"),
    ("SDRA sévère sur influenza A", "severe ARDS secondary to influenza A"),
    ("pancréatite nécrosante", "necrotising pancreatitis"),
    ("insuffisance hépatique fulminante post-acétaminophène", "fulminant liver failure after acetaminophen overdose"),
    ("acidocétose diabétique sévère", "severe diabetic ketoacidosis"),
    ("exacerbation MPOC, intubé", "COPD exacerbation, intubated"),
    ("STEMI antérieur, choc cardiogénique sous ECMO VA", "anterior STEMI, cardiogenic shock on VA-ECMO"),
    ("état de mal épileptique", "status epilepticus"),
    ("hémorragie digestive haute sur varices œsophagiennes", "upper GI bleed from oesophageal varices"),
    ("choc hémorragique post-polytrauma", "haemorrhagic shock after polytrauma"),
    ("méningite à méningocoque", "meningococcal meningitis"),
    ("syndrome de Guillain-Barré avec atteinte respiratoire", "Guillain-Barré syndrome with respiratory failure"),
    ("urosepsis à E. coli BLSE", "ESBL E. coli urosepsis"),
    ("embolie pulmonaire massive, post-thrombolyse", "massive PE, post-thrombolysis"),
]
RECIP_DX = [
    ("IRT sur néphropathie diabétique, HD 3x/sem", "ESRD from diabetic nephropathy, on HD three times a week"),
    ("cirrhose NASH, MELD 31", "NASH cirrhosis, MELD 31"),
    ("fibrose pulmonaire idiopathique, O2 4 L", "idiopathic pulmonary fibrosis on 4 L O2"),
    ("cardiomyopathie dilatée avec DAVG", "dilated cardiomyopathy with LVAD"),
    ("polykystose rénale, dialyse péritonéale", "polycystic kidney disease on peritoneal dialysis"),
    ("fibrose kystique, VEMS 22 %", "cystic fibrosis, FEV1 22%"),
    ("glomérulonéphrite à IgA, HD", "IgA nephropathy on haemodialysis"),
    ("cholangite sclérosante primitive", "primary sclerosing cholangitis"),
]
DONOR_MEDS = [
    ("norépinéphrine 0,12 mcg/kg/min", "norepinephrine 0.12 mcg/kg/min"),
    ("vasopressine 0,03 U/min", "vasopressin 0.03 U/min"),
    ("desmopressine (DDAVP) 1 mcg IV q6h", "desmopressin (DDAVP) 1 mcg IV q6h"),
    ("lévothyroxine IV 20 mcg/h", "levothyroxine IV 20 mcg/h"),
    ("méthylprednisolone 1 g IV", "methylprednisolone 1 g IV"),
    ("insuline IV selon protocole", "insulin infusion per protocol"),
    ("céfazoline 2 g IV q8h", "cefazolin 2 g IV q8h"),
]
ICU_MEDS = [
    ("propofol 30 mcg/kg/min", "propofol 30 mcg/kg/min"),
    ("fentanyl 75 mcg/h", "fentanyl 75 mcg/h"),
    ("Levophed 0,08 mcg/kg/min", "Levophed 0.08 mcg/kg/min"),
    ("pipéracilline-tazobactam 4,5 g IV q6h", "piperacillin-tazobactam 4.5 g IV q6h"),
    ("vancomycine 1,25 g IV q12h", "vancomycin 1.25 g IV q12h"),
    ("héparine SC 5000 U BID", "heparin 5000 units SC BID"),
    ("pantoprazole 40 mg IV die", "pantoprazole 40 mg IV daily"),
    ("Precedex 0,7 mcg/kg/h", "Precedex 0.7 mcg/kg/h"),
    ("quétiapine 25 mg HS", "quetiapine 25 mg at bedtime"),
    ("furosémide 40 mg IV BID", "furosemide 40 mg IV BID"),
    ("méropénem 1 g IV q8h", "meropenem 1 g IV q8h"),
    ("N-acétylcystéine IV (protocole 21 h)", "IV N-acetylcysteine (21-h protocol)"),
    ("lévétiracétam 1 g IV BID", "levetiracetam 1 g IV BID"),
    ("hydrocortisone 50 mg IV q6h", "hydrocortisone 50 mg IV q6h"),
]
DISCHARGE_MEDS = [
    ("apixaban (Eliquis) 5 mg PO BID", "apixaban (Eliquis) 5 mg PO BID"),
    ("métoprolol 25 mg PO BID", "metoprolol 25 mg PO BID"),
    ("atorvastatine 80 mg PO HS", "atorvastatin 80 mg PO at bedtime"),
    ("AAS 80 mg PO die", "ASA 81 mg PO daily"),
    ("ticagrélor (Brilinta) 90 mg PO BID", "ticagrelor (Brilinta) 90 mg PO BID"),
    ("lévétiracétam (Keppra) 500 mg PO BID", "levetiracetam (Keppra) 500 mg PO BID"),
    ("furosémide 20 mg PO die", "furosemide 20 mg PO daily"),
    ("pantoprazole 40 mg PO die", "pantoprazole 40 mg PO daily"),
    ("insuline glargine 18 U SC HS", "insulin glargine 18 units SC at bedtime"),
    ("tacrolimus 3 mg PO BID", "tacrolimus 3 mg PO BID"),
    ("mycophénolate mofétil 1 g PO BID", "mycophenolate mofetil 1 g PO BID"),
    ("prednisone 20 mg PO die", "prednisone 20 mg PO daily"),
    ("valganciclovir 450 mg PO die", "valganciclovir 450 mg PO daily"),
    ("hydromorphone 1 mg PO q4h PRN", "hydromorphone 1 mg PO q4h PRN"),
]


def num(x, lang, nd=1):
    s = ("%." + str(nd) + "f") % x
    return s.replace(".", ",") if lang == "fr" else s


def donor_labs(ctx, lang):
    r = ctx.rng
    abo = r.choice(["O+", "A+", "B+", "AB+", "O-", "A-"])
    vals = {
        "Na": r.randrange(141, 162), "K": num(r.uniform(3.3, 5.4), lang), "creat": r.randrange(58, 190),
        "Hb": r.randrange(82, 141), "plaq": r.randrange(61, 260), "AST": r.randrange(18, 420),
        "ALT": r.randrange(14, 380), "bili": r.randrange(5, 41), "lipase": r.randrange(12, 210),
        "lact": num(r.uniform(0.9, 5.5), lang), "trop": r.randrange(8, 2400), "INR": num(r.uniform(1.0, 2.1), lang),
        "pf": r.randrange(180, 480), "ABO": abo,
    }
    if lang == "fr":
        s = ("Groupe %(ABO)s. Na %(Na)s, K %(K)s, créat %(creat)s µmol/L, Hb %(Hb)s, plaq %(plaq)s, "
             "AST %(AST)s / ALT %(ALT)s, bili %(bili)s, lipase %(lipase)s, lactate %(lact)s, "
             "troponine HS %(trop)s ng/L, RNI %(INR)s, P/F %(pf)s" % vals)
    else:
        s = ("Blood group %(ABO)s. Na %(Na)s, K %(K)s, creatinine %(creat)s umol/L, Hb %(Hb)s, plt %(plaq)s, "
             "AST %(AST)s / ALT %(ALT)s, bili %(bili)s, lipase %(lipase)s, lactate %(lact)s, "
             "hs-troponin %(trop)s ng/L, INR %(INR)s, P/F ratio %(pf)s" % vals)
    return s, vals


def icu_labs(ctx, lang, k=4):
    r = ctx.rng
    pool = [
        ("lactate %s" % num(r.uniform(1.1, 8.9), lang), "lactate %s" % num(r.uniform(1.1, 8.9), lang)),
        ("K %s" % num(r.uniform(2.8, 6.9), lang), "K %s" % num(r.uniform(2.8, 6.9), lang)),
        ("créat %d" % r.randrange(60, 420), "creat %d" % r.randrange(60, 420)),
        ("Hb %d" % r.randrange(61, 130), "Hb %d" % r.randrange(61, 130)),
        ("plaq %d" % r.randrange(18, 260), "plt %d" % r.randrange(18, 260)),
        ("pH %s / pCO2 %d" % (num(r.uniform(7.05, 7.44), lang, 2), r.randrange(28, 78)),
         "pH %s / pCO2 %d" % (num(r.uniform(7.05, 7.44), lang, 2), r.randrange(28, 78))),
        ("GB %s" % num(r.uniform(1.2, 31), lang), "WBC %s" % num(r.uniform(1.2, 31), lang)),
        ("procalcitonine %s" % num(r.uniform(0.2, 48), lang), "procalcitonin %s" % num(r.uniform(0.2, 48), lang)),
        ("RNI %s" % num(r.uniform(1.0, 4.8), lang), "INR %s" % num(r.uniform(1.0, 4.8), lang)),
        ("glycémie %s" % num(r.uniform(3.1, 31), lang), "glucose %s" % num(r.uniform(3.1, 31), lang)),
        ("Na %d" % r.randrange(118, 158), "Na %d" % r.randrange(118, 158)),
    ]
    picks = r.sample(pool, k)
    return ", ".join(p[0] if lang == "fr" else p[1] for p in picks)


def serologies(ctx, lang):
    r = ctx.rng
    cmv = r.choice(["positif", "négatif"]) if lang == "fr" else r.choice(["positive", "negative"])
    ebv = "positif" if lang == "fr" else "positive"
    if lang == "fr":
        return ("VIH 1/2 nég, Ag HBs nég, anti-HBc nég, anti-VHC nég, TAN VIH/VHB/VHC nég, "
                "CMV IgG %s, EBV IgG %s, syphilis nég, toxoplasmose %s" % (cmv, ebv, r.choice(["nég", "pos"])))
    return ("HIV 1/2 neg, HBsAg neg, anti-HBc neg, anti-HCV neg, NAT HIV/HBV/HCV neg, "
            "CMV IgG %s, EBV IgG %s, syphilis neg, toxoplasma %s" % (cmv, ebv, r.choice(["neg", "pos"])))


def hla_typing(ctx):
    r = ctx.rng
    a = r.sample(["1", "2", "3", "11", "24", "26", "29", "30", "31", "68"], 2)
    b = r.sample(["7", "8", "13", "18", "35", "44", "51", "57", "60"], 2)
    dr = r.sample(["1", "4", "7", "11", "13", "15", "17"], 2)
    dq = r.sample(["2", "5", "6", "7", "8"], 2)
    return "A%s,A%s; B%s,B%s; DR%s,DR%s; DQ%s,DQ%s" % (a[0], a[1], b[0], b[1], dr[0], dr[1], dq[0], dq[1])


def msg_date(ctx, base=None, min_delta_h=0, max_delta_h=0):
    r = ctx.rng
    if base is None:
        day = dt.date(2025, 1, 6) + dt.timedelta(days=r.randrange(0, 326))
        return dt.datetime(day.year, day.month, day.day, r.randrange(0, 24), r.randrange(60), r.randrange(60))
    return base + dt.timedelta(minutes=r.randrange(int(min_delta_h * 60), int(max_delta_h * 60) + 1))


def workday_date(ctx):
    r = ctx.rng
    while True:
        d = msg_date(ctx)
        if d.weekday() < 5:
            return d.replace(hour=r.randrange(7, 18))


def L(lang, fr, en):
    return fr if lang == "fr" else en


def pick_lang(ctx, pair, lang):
    return pair[0] if lang == "fr" else pair[1]


# --------------------------------------------------------------------------------------------
# Senders and mailboxes
# --------------------------------------------------------------------------------------------
from gen_common import ORGS, display, person_addr, signature  # noqa: E402

BOXES = {
    "don_ref": ("Référence - Réseau Boréal", "reference@reseau-boreal-don.example"),
    "don_ref_en": ("Boreal Referral Line", "reference@reseau-boreal-don.example"),
    "usi": ("USI Deux-Rives", "usi.commis@chu-deuxrives.example"),
    "icu": ("ICU Deux-Rives", "usi.commis@chu-deuxrives.example"),
    "hla": ("Laboratoire HLA", "labo.hla@chu-deuxrives.example"),
    "bloc": ("Bloc opératoire - réservation", "bloc.reservation@chu-deuxrives.example"),
    "transport": ("Transport interétablissements", "transport@chu-deuxrives.example"),
    "pharm": ("Pharmacie Lemay & Nolin", "rx@pharmacie-lemaynolin.example"),
    "coroner": ("Permanence coroner", "permanence@coroner-qc.example"),
    "dpj": ("Réception des signalements", "signalement@dpj-capitale.example"),
    "assist": ("Europ'Aide - Dossiers médicaux", "medical@europaide-assist.example"),
    "assur": ("Service des réclamations", "reclamations@mutuelle-laurentienne.example"),
    "greffe": ("Programme de greffe rénale", "greffe.renale@chu-deuxrives.example"),
    "rh": ("Ressources humaines", "rh@chu-deuxrives.example"),
    "all_usi": ("Personnel USI", "usi-tous@chu-deuxrives.example"),
    "ti": ("Centre de services TI", "servicedesk@chu-deuxrives.example"),
    "appro": ("Approvisionnement", "appro@chu-deuxrives.example"),
    "comm": ("Communications Deux-Rives", "communications@chu-deuxrives.example"),
    "ovh": ("ICU Transfer Desk", "icu.transfers@eovgh-on.example"),
}


def who(ctx, lang, org):
    p = ctx.staff(lang)
    return p, (display(p), person_addr(p, ORGS[org]["domain"]))


def who_many(ctx, k, lang, org):
    out = []
    for p in ctx.staff_many(k, lang):
        out.append((p, (display(p), person_addr(p, ORGS[org]["domain"]))))
    return out


def bed(ctx, lang):
    n = ctx.rng.randrange(1, 25)
    return ctx.pick([("lit %d" % n) if lang == "fr" else ("bed %d" % n), "SI-%02d" % n,
                     ("chambre %d" % (400 + n)) if lang == "fr" else ("room %d" % (400 + n))])
