"""Message specs, a recorder for findings, and shared clinical vocabulary."""
from dataclasses import dataclass, field

import gen_common as C
from gen_mime import Mail


@dataclass
class Spec:
    cat: str
    lang: str
    note: str
    mail: Mail
    types: set = field(default_factory=set)
    ids: list = field(default_factory=list)          # (kind, value) that must appear
    names: list = field(default_factory=list)        # patients named
    nam_patients: list = field(default_factory=list)
    mode: str = ""                                   # force plain/html/alt
    charset: str = ""                                # force a charset
    confidential: bool = True


class Rec:
    """Records which finding types a positive template put in the message."""

    def __init__(self, c, lang):
        self.c = c
        self.lang = lang
        self.types = set()
        self.ids = []
        self.names = []
        self.nam_patients = []

    def add(self, *types):
        for t in types:
            assert t in C.FINDING_TYPES, t
            self.types.add(t)

    def name(self, p, style=None):
        self.add("patient_name")
        if p not in self.names:
            self.names.append(p)
        return C.fmt_name(self.c.rng, p, self.lang, style)

    def dob(self, p, style=None):
        self.add("date_of_birth")
        return C.fmt_dob(self.c.rng, p.dob, self.lang, style)

    def sex(self, p, style=None):
        return C.fmt_sex(self.c.rng, p.sex, self.lang, style)

    def nam(self, p, style=None):
        assert p.nam
        self.add("ramq_nam", "patient_name", "date_of_birth")
        self.ids.append(("ramq_nam", p.nam))
        if p not in self.nam_patients:
            self.nam_patients.append(p)
        if p not in self.names:
            self.names.append(p)
        return C.fmt_nam(self.c.rng, p.nam, style)

    def mrn(self, p):
        self.add("mrn")
        self.ids.append(("mrn", p.mrn))
        return C.fmt_mrn(self.c.rng, p.mrn, self.lang)

    def sin(self, p):
        v = p.ids.setdefault("ca_sin", C.make_sin(self.c.rng))
        self.add("ca_sin")
        self.ids.append(("ca_sin", v))
        return C.fmt_sin(self.c.rng, v)

    def ohip(self, p):
        v = p.ids.setdefault("ca_health_number", C.make_ohip(self.c.rng))
        self.add("ca_health_number")
        self.ids.append(("ca_health_number", v))
        return C.fmt_ohip(self.c.rng, v)

    def niss(self, p):
        v = p.ids.setdefault("be_niss", C.make_niss(self.c.rng, p.dob, p.sex))
        self.add("be_niss")
        self.ids.append(("be_niss", v))
        return C.fmt_niss(self.c.rng, v)

    def nir(self, p):
        v = p.ids.setdefault("fr_nir", C.make_nir(self.c.rng, p.dob, p.sex))
        self.add("fr_nir")
        self.ids.append(("fr_nir", v))
        return C.fmt_nir(self.c.rng, v)

    def phone(self, p):
        self.add("patient_contact")
        return p.phone

    def address(self, p):
        self.add("patient_contact")
        return p.address

    def dx(self, pool=None):
        self.add("diagnosis")
        return self.c.pick(pool or (DX_FR if self.lang == "fr" else DX_EN))

    def med(self, pool=None):
        self.add("medication")
        return self.c.pick(pool or (MED_FR if self.lang == "fr" else MED_EN))

    def lab(self, pool=None):
        self.add("lab_result")
        return self.c.pick(pool or (LAB_FR if self.lang == "fr" else LAB_EN))

    def social(self, pool=None):
        self.add("social_information")
        return self.c.pick(pool or (SOC_FR if self.lang == "fr" else SOC_EN))

    def spec(self, cat, note, mail, mode="", charset=""):
        assert self.types, cat
        return Spec(cat, self.lang, note, mail, set(self.types), list(self.ids),
                    list(self.names), list(self.nam_patients), mode, charset, True)


def mail(c, frm, to, subject, text, atts=(), html="", cc=(), reply=False,
         month_lo=1, month_hi=11):
    when = c.date(month_lo, month_hi)
    dom = frm[1].split("@", 1)[1]
    irt = c.msgid(dom, when) if reply else ""
    return Mail(from_=frm, to=list(to), subject=subject, date=when,
                msgid=c.msgid(dom, when), text=text, html=html, cc=list(cc),
                atts=list(atts), in_reply_to=irt)


def neg(c, cat, lang, note, m, mode="", charset=""):
    return Spec(cat, lang, note, m, set(), [], [], [], mode, charset, False)


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------
DX_FR = ["pneumonie acquise en communauté", "insuffisance cardiaque décompensée",
         "MPOC exacerbée", "néoplasie pulmonaire avec métastases osseuses",
         "adénocarcinome du pancréas stade IV", "AVC ischémique sylvien gauche avec aphasie",
         "fracture de la hanche droite", "démence de type Alzheimer avancée",
         "urosepsis à E. coli", "cirrhose éthylique décompensée",
         "insuffisance rénale terminale en hémodialyse", "sclérose latérale amyotrophique",
         "délirium hypoactif", "plaie de pression stade 3 au sacrum",
         "cholangite aiguë", "infarctus NSTEMI", "trouble bipolaire en phase maniaque",
         "anorexie mentale (IMC 14)", "leucémie myéloïde aiguë en rechute",
         "glioblastome frontal"]
DX_EN = ["community-acquired pneumonia", "decompensated heart failure",
         "COPD exacerbation", "metastatic lung cancer (bone mets)",
         "stage IV pancreatic adenocarcinoma", "left MCA stroke with aphasia",
         "right hip fracture", "advanced Alzheimer's dementia", "E. coli urosepsis",
         "decompensated alcoholic cirrhosis", "ESRD on hemodialysis", "ALS",
         "hypoactive delirium", "stage 3 sacral pressure injury", "acute cholangitis",
         "NSTEMI", "bipolar disorder, manic episode", "anorexia nervosa (BMI 14)",
         "relapsed AML", "frontal glioblastoma"]
MED_FR = ["hydromorphone 1 mg SC q1h PRN", "furosémide (Lasix) 40 mg PO BID",
          "warfarine (Coumadin) 5 mg die", "métoprolol 25 mg PO BID",
          "quétiapine (Seroquel) 25 mg HS", "apixaban (Eliquis) 5 mg BID",
          "insuline glargine 22 U au coucher", "pipéracilline-tazobactam 4,5 g IV q8h",
          "lorazépam (Ativan) 0,5 mg SL PRN", "morphine 2,5 mg SC q4h",
          "halopéridol 0,5 mg SC PRN", "vancomycine 1 g IV q12h", "Dilaudid 2 mg PO q4h"]
MED_EN = ["hydromorphone 1 mg SC q1h PRN", "furosemide (Lasix) 40 mg PO BID",
          "warfarin (Coumadin) 5 mg daily", "metoprolol 25 mg PO BID",
          "quetiapine (Seroquel) 25 mg HS", "apixaban (Eliquis) 5 mg BID",
          "insulin glargine 22 units at bedtime", "piperacillin-tazobactam 4.5 g IV q8h",
          "lorazepam (Ativan) 0.5 mg SL PRN", "morphine 2.5 mg SC q4h",
          "haloperidol 0.5 mg SC PRN", "vancomycin 1 g IV q12h", "Dilaudid 2 mg PO q4h"]
LAB_FR = ["Hb 71 g/L", "INR 4,8", "K+ 6,1 mmol/L", "créatinine 312 µmol/L",
          "troponine hs 845 ng/L", "lactates 4,2 mmol/L", "glycémie 2,1 mmol/L",
          "Na 121 mmol/L", "GB 18,4 x10^9/L", "CRP 212 mg/L", "hémocultures + S. aureus"]
LAB_EN = ["Hgb 71 g/L", "INR 4.8", "K 6.1 mmol/L", "creatinine 312 umol/L",
          "hs-troponin 845 ng/L", "lactate 4.2", "glucose 2.1 mmol/L", "Na 121",
          "WBC 18.4", "CRP 212", "blood cultures positive for S. aureus"]
SOC_FR = ["vit seule depuis le décès de son conjoint, sans réseau",
          "en situation d'itinérance depuis l'automne",
          "prestataire de l'aide sociale, loyer impayé depuis deux mois",
          "suivi actif par la DPJ (placement en famille d'accueil)",
          "victime de violence conjugale, hébergée en maison d'aide",
          "sous régime de protection (curatelle publique)",
          "soupçon de maltraitance financière par un proche"]
SOC_EN = ["lives alone since her husband died, no local family",
          "currently homeless, staying at a shelter",
          "on social assistance, two months behind on rent",
          "open youth protection (DPJ) file, in foster placement",
          "discloses intimate partner violence, now in a women's shelter",
          "under public curatorship",
          "suspected financial abuse by a relative"]
FAITH_FR = ["catholique", "musulmane", "juive", "orthodoxe grecque", "protestante",
            "sans appartenance religieuse", "bouddhiste", "spiritualité autochtone"]
FAITH_EN = ["Roman Catholic", "Muslim", "Jewish", "Greek Orthodox", "Anglican",
            "no religious affiliation", "Buddhist", "Indigenous spirituality"]
UNITS_FR = ["4B médecine", "6e soins palliatifs", "urgence", "soins intensifs",
            "3A chirurgie", "CHSLD Les Trembles", "5D psychiatrie", "2C pédiatrie"]
UNITS_EN = ["4 West medicine", "palliative care unit (6th)", "Emergency", "ICU",
            "3 East surgery", "Cedar Grove long-term care", "5D psychiatry"]
