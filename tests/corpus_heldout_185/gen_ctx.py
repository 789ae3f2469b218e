"""Per-message building context and haematology vocabulary."""
import datetime

import gen_common as C
from gen_mime import Mail

ROLES_FR = {
    "hemato": ("hématologue", "hématologue"),
    "nurse": ("infirmière pivot en hématologie", "infirmier pivot en hématologie"),
    "tech": ("technologiste médicale, banque de sang", "technologiste médical, banque de sang"),
    "clerk": ("agente administrative, clinique d'hématologie", "agent administratif, clinique d'hématologie"),
    "hv": ("conseillère en hémovigilance", "conseiller en hémovigilance"),
    "pharm": ("pharmacienne, oncologie-hématologie", "pharmacien, oncologie-hématologie"),
    "sw": ("travailleuse sociale", "travailleur social"),
    "anticoag": ("infirmière, clinique d'anticoagulation", "infirmier, clinique d'anticoagulation"),
    "resident": ("résidente R2, médecine interne", "résident R2, médecine interne"),
    "chief": ("chef de service, médecine transfusionnelle", "chef de service, médecine transfusionnelle"),
    "manager": ("coordonnatrice, laboratoires", "coordonnateur, laboratoires"),
    "hr": ("conseillère en ressources humaines", "conseiller en ressources humaines"),
    "it": ("analyste, technologies de l'information", "analyste, technologies de l'information"),
    "apher": ("infirmière, unité d'aphérèse", "infirmier, unité d'aphérèse"),
}
ROLES_EN = {
    "hemato": "Haematologist", "nurse": "Haematology Nurse Navigator",
    "tech": "Medical Laboratory Technologist, Blood Bank", "clerk": "Clinic Clerk, Haematology",
    "hv": "Transfusion Safety Officer", "pharm": "Clinical Pharmacist, Oncology/Haematology",
    "sw": "Social Worker", "anticoag": "RN, Anticoagulation Clinic", "resident": "PGY-2 Internal Medicine",
    "chief": "Medical Director, Transfusion Medicine", "manager": "Laboratory Manager",
    "hr": "Human Resources Advisor", "it": "IT Analyst, Laboratory Systems", "apher": "RN, Apheresis Unit",
}

# (fr, en, relevant lab keys) diagnoses
DX = [
    ("leucémie myéloïde aiguë (LMA) en induction", "acute myeloid leukaemia (AML), on induction", ["hb", "plt", "anc", "blasts"]),
    ("myélome multiple IgG kappa", "IgG kappa multiple myeloma", ["mspike", "flc", "hb"]),
    ("purpura thrombopénique immunologique (PTI)", "immune thrombocytopenia (ITP)", ["plt"]),
    ("drépanocytose SS", "sickle cell disease (HbSS)", ["hb", "retic", "hbs", "ldh"]),
    ("hémophilie A sévère", "severe haemophilia A", ["f8", "hb"]),
    ("maladie de von Willebrand type 1", "von Willebrand disease type 1", ["vwf", "hb"]),
    ("anémie ferriprive sur ménorragies", "iron deficiency anaemia from menorrhagia", ["hb", "ferritin"]),
    ("TVP fémoro-poplitée gauche", "left femoral-popliteal DVT", ["inr", "ddimer"]),
    ("embolie pulmonaire segmentaire droite", "right segmental pulmonary embolism", ["inr", "ddimer"]),
    ("syndrome myélodysplasique de faible risque", "lower-risk myelodysplastic syndrome", ["hb", "plt", "anc"]),
    ("LLC, stade Binet B", "CLL, Rai stage II", ["lymph", "hb", "plt"]),
    ("lymphome diffus à grandes cellules B", "diffuse large B-cell lymphoma", ["ldh", "hb"]),
    ("bêta-thalassémie majeure", "beta-thalassaemia major", ["hb", "ferrhigh"]),
    ("PTT acquis", "acquired TTP", ["plt", "ldh", "hapto", "adamts"]),
    ("anémie hémolytique auto-immune à anticorps chauds", "warm autoimmune haemolytic anaemia", ["hb", "retic", "dat", "hapto", "ldh"]),
    ("polyglobulie de Vaquez JAK2 V617F+", "polycythaemia vera, JAK2 V617F positive", ["hbhigh", "hct"]),
    ("thrombocytémie essentielle", "essential thrombocythaemia", ["plthigh"]),
    ("hémochromatose HFE C282Y homozygote", "HFE haemochromatosis, C282Y homozygous", ["ferrhigh", "tsat"]),
    ("TIH (thrombopénie induite par l'héparine)", "heparin-induced thrombocytopenia (HIT)", ["plt", "pf4"]),
    ("leucémie myéloïde chronique en phase chronique", "chronic-phase CML", ["wbc", "bcrabl"]),
]

# (fr, en) medication with dose
MEDS = [
    ("hydroxyurée (Hydrea) 1000 mg PO die", "hydroxyurea 1000 mg PO daily"),
    ("apixaban (Eliquis) 5 mg PO BID", "apixaban (Eliquis) 5 mg PO BID"),
    ("rivaroxaban 20 mg PO die au souper", "Xarelto 20 mg PO daily with supper"),
    ("warfarine (Coumadin) 5 mg les lun-mer-ven, 2,5 mg les autres jours", "warfarin 5 mg Mon/Wed/Fri, 2.5 mg other days"),
    ("énoxaparine (Lovenox) 1 mg/kg SC q12h", "enoxaparin 1 mg/kg SC q12h"),
    ("lénalidomide (Revlimid) 25 mg J1-21 q28j", "lenalidomide 25 mg days 1-21 q28d"),
    ("dexaméthasone 40 mg PO hebdo", "dexamethasone 40 mg PO weekly"),
    ("IgIV (Privigen) 1 g/kg x 2 jours", "IVIG (Gamunex) 1 g/kg x 2 days"),
    ("romiplostim (Nplate) 3 mcg/kg SC hebdo", "romiplostim 3 mcg/kg SC weekly"),
    ("eltrombopag 50 mg PO die", "eltrombopag (Revolade) 50 mg PO daily"),
    ("fer dérisomaltose (Monoferric) 1000 mg IV", "ferric derisomaltose (Monoferric) 1000 mg IV"),
    ("fer saccharose (Venofer) 300 mg IV x 3", "iron sucrose 300 mg IV x 3"),
    ("acide tranexamique 1 g PO TID x 5 jours", "tranexamic acid 1 g PO TID x 5 days"),
    ("emicizumab (Hemlibra) 3 mg/kg SC q2sem", "emicizumab (Hemlibra) 3 mg/kg SC every 2 weeks"),
    ("facteur VIII recombinant (Advate) 2000 UI IV 3 fois/sem", "rFVIII (Advate) 2000 IU IV three times weekly"),
    ("desmopressine (DDAVP) 0,3 mcg/kg IV", "DDAVP 0.3 mcg/kg IV"),
    ("déférasirox (Jadenu) 14 mg/kg PO die", "deferasirox (Jadenu) 14 mg/kg PO daily"),
    ("prednisone 1 mg/kg PO die", "prednisone 1 mg/kg PO daily"),
    ("rituximab 375 mg/m2 IV hebdo x 4", "rituximab 375 mg/m2 IV weekly x 4"),
    ("imatinib 400 mg PO die", "imatinib (Gleevec) 400 mg PO daily"),
    ("ibrutinib 420 mg PO die", "ibrutinib 420 mg PO daily"),
    ("acide folique 5 mg PO die", "folic acid 5 mg PO daily"),
    ("argatroban en perfusion, cible TCA 1,5-3 x", "argatroban infusion, target aPTT 1.5-3x"),
    ("allopurinol 300 mg PO die", "allopurinol 300 mg PO daily"),
    ("valacyclovir 500 mg PO BID", "valacyclovir 500 mg PO BID"),
    ("posaconazole 300 mg PO die", "posaconazole 300 mg PO daily"),
    ("AAS 81 mg PO die", "ASA 81 mg PO daily"),
    ("pantoprazole 40 mg PO die", "pantoprazole 40 mg PO daily"),
    ("sulfate ferreux 300 mg PO un jour sur deux", "ferrous sulfate 300 mg PO every other day"),
]

# groups of alternatives per diagnosis: one medication is drawn from each chosen group
DX_MEDS = [[[23], [24], [25]], [[5], [6], [24], [26]], [[17, 7], [8, 9]], [[0], [21]], [[13, 14], [12]],
           [[15], [12]], [[10, 11, 28]], [[1, 2, 3, 4]], [[1, 2, 3, 4]], [[21], [16]], [[20], [24], [23]],
           [[18], [23], [24], [17]], [[16], [21]], [[17], [18]], [[17], [21], [18]], [[0], [26]], [[0], [26]],
           [[27]], [[22, 1]], [[19]]]


def meds_for(rng, dx, n=1, lang=0):
    """Medications coherent with a DX tuple; lang 0 = fr, 1 = en."""
    groups = DX_MEDS[DX.index(dx)]
    return [MEDS[rng.choice(g)][lang] for g in rng.sample(groups, min(n, len(groups)))]

# lab result generators (fr, en), keyed
def _lab_pool(rng):
    u = rng.uniform
    i = rng.randint
    return {
        "hb": ("Hb %d g/L" % i(52, 79),) * 2,
        "hbhigh": ("Hb %d g/L" % i(178, 205),) * 2,
        "hct": ("Ht %.2f" % u(0.52, 0.61), "Hct %.2f" % u(0.52, 0.61)),
        "plt": ("plaquettes %d x10^9/L" % i(3, 28), "plt %d x10^9/L" % i(3, 28)),
        "plthigh": ("plaquettes %d x10^9/L" % i(950, 1600), "plt %d x10^9/L" % i(950, 1600)),
        "inr": ("INR %.1f" % u(3.8, 8.9),) * 2,
        "ddimer": ("D-dimères %d µg/L" % i(900, 6000), "D-dimer %d ug/L FEU" % i(900, 6000)),
        "ferritin": ("ferritine %d µg/L" % i(3, 11), "ferritin %d ug/L" % i(3, 11)),
        "ferrhigh": ("ferritine %d µg/L" % i(1400, 5200), "ferritin %d ug/L" % i(1400, 5200)),
        "tsat": ("saturation de la transferrine %d %%" % i(62, 95), "transferrin saturation %d%%" % i(62, 95)),
        "retic": ("réticulocytes %d x10^9/L" % i(150, 420), "retics %d x10^9/L" % i(150, 420)),
        "ldh": ("LDH %d U/L" % i(480, 1900),) * 2,
        "hapto": ("haptoglobine < 0,1 g/L", "haptoglobin <0.1 g/L"),
        "dat": ("TDA positif (IgG+, C3d+)", "DAT positive (IgG+, C3d+)"),
        "fib": ("fibrinogène %.1f g/L" % u(0.6, 1.4), "fibrinogen %.1f g/L" % u(0.6, 1.4)),
        "adamts": ("ADAMTS13 < 5 %", "ADAMTS13 activity <5%"),
        "anc": ("neutrophiles %.1f x10^9/L" % u(0.1, 0.9), "ANC %.1f" % u(0.1, 0.9)),
        "mspike": ("composante monoclonale %d g/L" % i(18, 52), "M-spike %d g/L" % i(18, 52)),
        "flc": ("chaînes légères kappa libres %d mg/L" % i(120, 900), "sFLC kappa %d mg/L" % i(120, 900)),
        "hbs": ("HbS %d %%" % i(22, 41), "HbS %d%%" % i(22, 41)),
        "blasts": ("leucocytes %d x10^9/L, blastes %d %%" % (i(30, 120), i(20, 80)), "WBC %d, blasts %d%%" % (i(30, 120), i(20, 80))),
        "wbc": ("leucocytes %d x10^9/L" % i(60, 180), "WBC %d x10^9/L" % i(60, 180)),
        "bcrabl": ("BCR::ABL1 %.2f %% (IS)" % u(0.5, 9.0), "BCR::ABL1 %.2f%% IS" % u(0.5, 9.0)),
        "lymph": ("lymphocytes %d x10^9/L" % i(15, 90), "lymphs %d x10^9/L" % i(15, 90)),
        "pf4": ("anti-FP4/héparine positif (DO %.2f)" % u(1.1, 2.6), "anti-PF4 ELISA OD %.2f" % u(1.1, 2.6)),
        "f8": ("FVIII < 1 %", "FVIII <1%"),
        "vwf": ("VWF:Ag %d %%, VWF:RCo %d %%" % (i(22, 38), i(18, 35)), "VWF:Ag %d%%, VWF activity %d%%" % (i(22, 38), i(18, 35))),
    }


GENERIC_LABS = ["hb", "plt", "inr", "ferritin", "retic", "ldh", "hapto", "dat", "fib", "anc"]


def labs(rng, n=3, dx=None):
    """(fr list, en list) of n lab results, coherent with dx (a DX tuple) when given."""
    pool = _lab_pool(rng)
    keys = list(dx[2]) if dx is not None else list(GENERIC_LABS)
    picks = rng.sample(keys, min(n, len(keys)))
    return [pool[k][0] for k in picks], [pool[k][1] for k in picks]


ANTIBODIES = ["anti-K", "anti-E", "anti-c", "anti-Jka", "anti-Fya", "anti-D", "anti-S", "anti-M"]
ABO = ["O Rh-", "O Rh+", "A Rh+", "A Rh-", "B Rh+", "AB Rh+"]
ABO_EN = ["O neg", "O pos", "A pos", "A neg", "B pos", "AB pos"]


class Ctx:
    """Accumulates finding types and identifiers while a template writes a message."""

    def __init__(self, rng, pf, lang, date):
        self.rng = rng
        self.pf = pf
        self.lang = lang
        self.date = date                # aware datetime of the message
        self.types = []
        self.ids = {}
        self.nam_patients = []

    # -- dates relative to the message date
    def past(self, lo=1, hi=20):
        return self.date.date() - datetime.timedelta(days=self.rng.randint(lo, hi))

    def soon(self, lo=1, hi=30):
        return self.date.date() + datetime.timedelta(days=self.rng.randint(lo, hi))

    def qdate(self):
        """Date/time of a quoted earlier message, written as mail clients do."""
        d = self.date - datetime.timedelta(hours=self.rng.randint(1, 52), minutes=self.rng.randint(0, 59))
        if self.lang == "fr":
            return "%d %s %d à %02d:%02d" % (d.day, C.MOIS[d.month - 1], d.year, d.hour, d.minute)
        h12 = d.hour % 12 or 12
        return "%s, %s %d, %d at %d:%02d %s" % (d.strftime("%a"), C.MON3[d.month - 1], d.day, d.year, h12, d.minute,
                                                "AM" if d.hour < 12 else "PM")

    # -- bookkeeping
    def t(self, *types):
        for x in types:
            if x not in self.types:
                self.types.append(x)

    def rec(self, kind, value):
        self.ids.setdefault(kind, []).append(value)

    # -- people
    def patient(self, nam_prob=0.75, **kw):
        if self.pf.nam_left() > 0 and self.rng.random() < nam_prob and not kw:
            p = self.pf.nam_patient()
        else:
            p = self.pf.invented(**kw)
        return p

    def staff(self, lang=None, role="hemato"):
        lang = lang or self.lang
        g, s, sex = C.staff(self.rng, lang, role)
        return {"given": g, "surname": s, "sex": sex, "role": role,
                "addr": C.email_of(g, s, C.ORG_FR["domain"])}

    def who(self, st, title=False):
        if title and st["role"] in ("hemato", "chief", "resident"):
            return C.dr(self.lang, st["given"], st["surname"], st["sex"], self.rng)
        return "%s %s" % (st["given"], st["surname"])

    def pair(self, st):
        return ("%s %s" % (st["given"], st["surname"]), st["addr"])

    def sig(self, st, lang=None):
        lang = lang or self.lang
        rng = self.rng
        if lang == "fr":
            role = ROLES_FR[st["role"]][0 if st["sex"] == "F" else 1]
            org = C.ORG_FR
            name = self.who(st, True) if st["role"] in ("hemato", "chief") else self.who(st)
            unit = org["bank"] if st["role"] in ("tech",) or rng.random() < 0.3 else org["dept"]
            lines = [name, role, unit, org["name"]]
            if st["role"] == "tech":
                lines.remove(unit)
            if rng.random() < 0.6:
                lines.append(org["addr"])
            lines.append("Tél. : " + C.clinic_phone(rng) + ("  |  Téléc. : " + C.clinic_phone(rng, False) if rng.random() < 0.5 else ""))
        else:
            role = ROLES_EN[st["role"]]
            org = C.ORG_EN
            name = self.who(st, True) if st["role"] in ("hemato", "chief") else self.who(st)
            unit = org["bank"] if rng.random() < 0.3 else org["dept"]
            lines = [name, role, unit, org["name"]]
            if st["role"] == "tech":
                lines.remove(unit)
            if rng.random() < 0.6:
                lines.append(org["addr"])
            lines.append("Tel " + C.clinic_phone(rng).replace("poste", "ext.") + (" | Fax " + C.clinic_phone(rng, False) if rng.random() < 0.5 else ""))
        prefix = rng.choice(["--", "", "Merci," if lang == "fr" else "Thanks,", "Cordialement," if lang == "fr" else "Regards,"])
        return ((prefix + "\n") if prefix else "") + "\n".join(lines)

    def ext(self, key, given, surname):
        return ("%s %s" % (given, surname), C.email_of(given, surname, C.DOMAINS_EXT[key]))

    def box(self, key, box, label=""):
        return (label, "%s@%s" % (box, C.DOMAINS_EXT[key]))

    def org_box(self, box, label=""):
        return (label, "%s@%s" % (box, C.ORG_FR["domain"]))

    # -- patient identity blocks
    def ident(self, p, lang=None, mrn=None, dob=True, sex=None, name_style=None, labels=True, sep="\n"):
        """Identity lines. A NAM holder always gets name + DOB + sex + NAM together."""
        lang = lang or self.lang
        rng = self.rng
        lines = []
        if p.nam:
            nm = C.full_name_form(rng, p, lang)
        elif name_style is not None:
            nm = C.name_form(rng, p, lang, name_style)
        else:
            nm = C.name_form(rng, p, lang)
        if labels:
            lines.append(("Nom : " if lang == "fr" else "Name: ") + nm)
        else:
            lines.append(nm)
        self.t("patient_name")
        if p.nam or dob:
            lines.append(("Date de naissance : " if lang == "fr" else rng.choice(["DOB: ", "Date of birth: "])) + C.fmt_dob(rng, p.dob, lang))
            self.t("date_of_birth")
        if p.nam or sex:
            lines.append(C.sex_label(rng, p.sex, lang))
        if p.nam:
            lines.append(("NAM : " if lang == "fr" else rng.choice(["RAMQ: ", "Medicare (RAMQ): ", "HIN: "])) + C.fmt_nam(rng, p.nam))
            self.t("ramq_nam")
            self.rec("nam", p.nam)
            self.nam_patients.append(p)
        if mrn or (mrn is None and rng.random() < 0.6):
            lines.append(("No dossier : " if lang == "fr" else rng.choice(["MRN: ", "Chart #: ", "Hosp. no.: "])) + C.fmt_mrn(rng, p.mrn))
            self.t("mrn")
        return sep.join(lines)

    def nam_inline(self, p, lang=None):
        """Roster identity with NAM: (name, 'dob (F)', nam) -- kept together in one row."""
        lang = lang or self.lang
        rng = self.rng
        self.t("patient_name", "date_of_birth", "ramq_nam")
        self.rec("nam", p.nam)
        self.nam_patients.append(p)
        return (C.full_name_form(rng, p, lang), "%s (%s)" % (C.fmt_dob(rng, p.dob, lang), p.sex),
                C.fmt_nam(rng, p.nam, allow_fw=False))

    def mail(self, category, note, sender, to, subject, blocks, **kw):
        m = Mail(self.lang, category, note, sender, to, subject, blocks, types=list(self.types),
                 ids={k: list(v) for k, v in self.ids.items()}, patients=list(self.nam_patients), **kw)
        return m


def day(rng, start=(2024, 1, 10), span=300):
    return datetime.date(*start) + datetime.timedelta(days=rng.randint(0, span))
