"""Patients and clinical wording for the three programmes (SCI, amputee, stroke)."""
import datetime

import gen_util as U


class Patient:
    def __init__(self, given, surname, sex, dob, lang, prog, holder=None):
        self.given, self.surname, self.sex, self.dob = given, surname, sex, dob
        self.lang, self.prog, self.holder = lang, prog, holder
        self.nam = holder.nam if holder else None
        self.mrn = None
        self.addr = None
        self.phone = None
        self.room = None

    # -- name renderings ------------------------------------------------------
    def title(self, lang):
        if lang == "fr":
            return "M." if self.sex == "M" else "Mme"
        return "Mr." if self.sex == "M" else "Ms."

    def name(self, style, lang=None):
        lang = lang or self.lang
        g, s = self.given, self.surname
        return {
            "full": "%s %s" % (g, s),
            "title": "%s %s %s" % (self.title(lang), g, s),
            "title_sur": "%s %s" % (self.title(lang), s),
            "upper_first": "%s, %s" % (s.upper(), g),
            "sur_first": "%s %s" % (s, g),
            "sur_comma": "%s, %s" % (s, g),
            "lower": ("%s %s" % (g, s)).lower(),
            "initial": "%s. %s" % (g[0], s),
            "title_initial": "%s %s. %s" % (self.title(lang), g[0], s),
            "upper": ("%s %s" % (s, g)).upper(),
        }[style]


NAME_STYLES = ["full", "title", "title_sur", "upper_first", "sur_first", "sur_comma", "lower",
               "initial", "title_initial", "upper", "full", "upper_first"]


def prog_for_age(rng, dob, today):
    age = U.age_on(dob, today)
    if age < 18:
        return rng.choice(["amp", "sci"])
    if age >= 70:
        return rng.choice(["stroke", "stroke", "amp"])
    return rng.choice(["sci", "amp", "stroke"])


def dob_between(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randrange(d0, d1))


def address(rng, lang, province="QC"):
    num = rng.randrange(12, 9800)
    if province == "ON":
        city, fsa = rng.choice(U.CITIES_ON)
        street = "%d %s" % (num, rng.choice(U.STREETS_EN))
        pc = "%s %d%s%d" % (fsa, rng.randrange(10), rng.choice("ABCEGHJKLMNPRSTVXY"), rng.randrange(10))
        return "%s, %s ON  %s" % (street, city, pc), (street, city, "ON", pc)
    city, fsa = rng.choice(U.CITIES_QC)
    apt = rng.choice(["", "", "app. %d, " % rng.randrange(1, 40)]) if lang == "fr" else \
        rng.choice(["", "", "apt %d, " % rng.randrange(1, 40)])
    street = rng.choice(U.STREETS_FR)
    pc = "%s %d%s%d" % (fsa, rng.randrange(10), rng.choice("ABCEGHJKLMNPRSTVXY"), rng.randrange(10))
    if lang == "fr":
        line = "%s%d, %s" % (apt, num, street)
        return "%s, %s (Québec)  %s" % (line, city, pc), (line, city, "QC", pc)
    line = "%s%d %s" % (apt, num, street)
    return "%s, %s QC  %s" % (line, city, pc), (line, city, "QC", pc)


# ------------------------------------------------------------------ wording
SCI_LEVELS = ["C4", "C5", "C6", "C7", "T4", "T6", "T10", "T12", "L1"]
SCI_CAUSE = {
    "fr": ["chute d'un toit", "accident de VTT", "plongeon en eau peu profonde", "accident de la route",
           "chute dans un escalier", "myélite transverse", "compression tumorale opérée",
           "accident de travail (chute d'échafaudage)"],
    "en": ["fall from a roof", "ATV crash", "diving into shallow water", "motor vehicle collision",
           "fall down stairs", "transverse myelitis", "tumour compression, post-decompression",
           "work accident (scaffold fall)"],
}


def diagnosis(rng, prog, lang):
    if prog == "sci":
        lvl = rng.choice(SCI_LEVELS)
        g = rng.choice("ABCD")
        kind = ("tétraplégie" if lvl.startswith("C") else "paraplégie") if lang == "fr" else \
            ("tetraplegia" if lvl.startswith("C") else "paraplegia")
        cause = rng.choice(SCI_CAUSE[lang])
        if lang == "fr":
            return rng.choice([
                "lésion médullaire %s AIS %s (%s)" % (lvl, g, cause),
                "%s %s AIS %s sur %s" % (kind, lvl, g, cause),
                "BM %s AIS %s – %s" % (lvl, g, cause),
            ])
        return rng.choice([
            "%s AIS %s spinal cord injury (%s)" % (lvl, g, cause),
            "%s %s AIS %s after %s" % (lvl, kind, g, cause),
            "SCI %s AIS %s – %s" % (lvl, g, cause),
        ])
    if prog == "amp":
        side = rng.choice([("gauche", "left"), ("droite", "right")])
        if lang == "fr":
            return rng.choice([
                "amputation transtibiale %s sur MVAS et diabète de type 2" % side[0],
                "amputation transfémorale %s post-traumatique" % side[0],
                "amputation transtibiale %s (ischémie critique)" % side[0],
                "amputation partielle du pied %s (Chopart) – ostéomyélite" % side[0],
                "amputation bilatérale transtibiale, MVAS",
                "désarticulation du genou %s après accident de travail" % side[0],
            ])
        return rng.choice([
            "%s transtibial amputation, PVD and type 2 diabetes" % side[1],
            "%s transfemoral amputation, traumatic" % side[1],
            "%s below-knee amputation (critical limb ischemia)" % side[1],
            "%s partial foot amputation (Chopart) – osteomyelitis" % side[1],
            "bilateral BKA, PVD",
            "%s knee disarticulation after a work injury" % side[1],
        ])
    if lang == "fr":
        return rng.choice([
            "AVC ischémique sylvien gauche, hémiparésie droite et aphasie d'expression",
            "AVC ischémique sylvien droit avec héminégligence gauche",
            "AVC hémorragique thalamique droit (HTA)",
            "AVC du tronc cérébral, ataxie et dysphagie",
            "AVC ischémique cardio-embolique (FA) – hémiplégie gauche",
            "hémorragie sous-arachnoïdienne anévrismale, coïlée",
        ])
    return rng.choice([
        "left MCA ischemic stroke with right hemiparesis and expressive aphasia",
        "right MCA infarct with left neglect",
        "right thalamic hemorrhagic stroke (hypertensive)",
        "brainstem stroke with ataxia and dysphagia",
        "cardioembolic stroke (AF) – left hemiplegia",
        "aneurysmal SAH, coiled",
    ])


COMPLICATIONS = {
    ("sci", "fr"): ["vessie neurogène – CI q4-6h", "plaie de pression stade 2 au sacrum",
                    "épisodes de dysréflexie autonome (TA 190/100)", "spasticité MI ++",
                    "intestin neurogène, programme intestinal aux 2 jours",
                    "TVP poplitée gauche sous anticoagulation", "douleur neuropathique sous-lésionnelle",
                    "IU à répétition"],
    ("sci", "en"): ["neurogenic bladder – IC q4-6h", "stage 2 sacral pressure injury",
                    "autonomic dysreflexia episodes (BP 190/100)", "marked LE spasticity",
                    "neurogenic bowel, bowel routine every other day",
                    "left popliteal DVT, anticoagulated", "below-level neuropathic pain",
                    "recurrent UTIs"],
    ("amp", "fr"): ["douleur fantôme", "retard de cicatrisation du moignon", "œdème du moignon",
                    "névrome au moignon", "plaie talon controlatéral", "contracture en flexion de hanche",
                    "chute lors d'un transfert"],
    ("amp", "en"): ["phantom limb pain", "delayed residual limb healing", "residual limb edema",
                    "neuroma on the residual limb", "contralateral heel ulcer", "hip flexion contracture",
                    "fall during a transfer"],
    ("stroke", "fr"): ["dysphagie – purée et liquides épaissis", "héminégligence gauche",
                       "épaule douloureuse hémiplégique", "humeur dépressive post-AVC",
                       "FA nouvellement diagnostiquée", "incontinence urinaire", "chute à l'unité"],
    ("stroke", "en"): ["dysphagia – puree and thickened fluids", "left neglect",
                       "hemiplegic shoulder pain", "post-stroke depression", "new-onset AF",
                       "urinary incontinence", "fall on the unit"],
}


def complications(rng, prog, lang, n=1):
    return rng.sample(COMPLICATIONS[(prog, lang)], n)


MEDS = {
    ("sci", "fr"): ["baclofène 10 mg PO TID", "oxybutynine (Ditropan) 5 mg BID",
                    "énoxaparine (Lovenox) 40 mg SC die", "prégabaline (Lyrica) 75 mg BID",
                    "docusate 100 mg BID", "sennosides 17,2 mg HS", "bisacodyl supp. 10 mg aux 2 j",
                    "tamsulosine 0,4 mg HS", "nifédipine 10 mg PO PRN si dysréflexie"],
    ("sci", "en"): ["baclofen 10 mg PO TID", "oxybutynin (Ditropan) 5 mg BID",
                    "enoxaparin (Lovenox) 40 mg SC daily", "pregabalin (Lyrica) 75 mg BID",
                    "docusate 100 mg BID", "sennosides 17.2 mg HS", "bisacodyl supp 10 mg q2 days",
                    "tamsulosin 0.4 mg HS", "nifedipine 10 mg PO PRN for AD"],
    ("amp", "fr"): ["gabapentine 300 mg TID", "metformine 500 mg BID", "insuline glargine 18 U HS",
                    "hydromorphone 1 mg PO q4h PRN", "AAS 81 mg die", "atorvastatine 40 mg die",
                    "acétaminophène 1 g QID", "amitriptyline 10 mg HS", "clopidogrel (Plavix) 75 mg die"],
    ("amp", "en"): ["gabapentin 300 mg TID", "metformin 500 mg BID", "insulin glargine 18 units HS",
                    "hydromorphone 1 mg PO q4h PRN", "ASA 81 mg daily", "atorvastatin 40 mg daily",
                    "acetaminophen 1 g QID", "amitriptyline 10 mg HS", "clopidogrel (Plavix) 75 mg daily"],
    ("stroke", "fr"): ["apixaban (Eliquis) 5 mg BID", "atorvastatine 80 mg die", "sertraline 50 mg die",
                       "ramipril 5 mg die", "AAS 81 mg die", "clopidogrel 75 mg die",
                       "amlodipine 5 mg die", "pantoprazole 40 mg die", "toxine botulique (Botox) MS G"],
    ("stroke", "en"): ["apixaban (Eliquis) 5 mg BID", "atorvastatin 80 mg daily",
                       "sertraline 50 mg daily", "ramipril 5 mg daily", "ASA 81 mg daily",
                       "clopidogrel 75 mg daily", "amlodipine 5 mg daily", "pantoprazole 40 mg daily",
                       "botulinum toxin (Botox) to L UE"],
}


def meds(rng, prog, lang, n=2):
    return rng.sample(MEDS[(prog, lang)], n)


LABS = {
    ("sci", "fr"): ["Hb 98 g/L", "leuco 13,2", "CRP 64 mg/L", "albumine 27 g/L",
                    "culture urinaire : E. coli > 10^8 UFC/L, R cipro", "créat 54 µmol/L",
                    "préalbumine 0,12 g/L", "Doppler MI : TVP poplitée G",
                    "urodynamique : hyperactivité détrusorienne, compliance 18 mL/cmH2O"],
    ("sci", "en"): ["Hb 98 g/L", "WBC 13.2", "CRP 64 mg/L", "albumin 27 g/L",
                    "urine C&S: E. coli >10^8 CFU/L, cipro-resistant", "creat 54 umol/L",
                    "prealbumin 0.12 g/L", "LE Doppler: L popliteal DVT",
                    "urodynamics: detrusor overactivity, compliance 18 mL/cmH2O"],
    ("amp", "fr"): ["HbA1c 9,1 %", "glycémies 12-18 mmol/L", "CRP 41", "Hb 104", "créat 132, DFGe 44",
                    "culture de plaie : SARM", "IPSCB controlatéral 0,62", "leuco 11,8"],
    ("amp", "en"): ["HbA1c 9.1%", "glucose 12-18 mmol/L", "CRP 41", "Hb 104", "creat 132, eGFR 44",
                    "wound swab: MRSA", "contralateral ABI 0.62", "WBC 11.8"],
    ("stroke", "fr"): ["INR 2,4", "LDL 3,4 mmol/L", "HbA1c 6,9 %", "TSH 4,1", "Na 131",
                       "vidéofluoroscopie : pénétration laryngée aux liquides clairs",
                       "Holter : FA paroxystique", "scan de contrôle : pas de transformation hémorragique",
                       "MoCA 19/30"],
    ("stroke", "en"): ["INR 2.4", "LDL 3.4 mmol/L", "HbA1c 6.9%", "TSH 4.1", "Na 131",
                       "VFSS: laryngeal penetration with thin fluids", "Holter: paroxysmal AF",
                       "follow-up CT: no hemorrhagic transformation", "MoCA 19/30"],
}


def labs(rng, prog, lang, n=2):
    return rng.sample(LABS[(prog, lang)], n)


PROG_NAME = {
    ("sci", "fr"): "Programme blessés médullaires", ("sci", "en"): "Spinal Cord Injury Program",
    ("amp", "fr"): "Programme amputés", ("amp", "en"): "Amputee Program",
    ("stroke", "fr"): "Programme AVC", ("stroke", "en"): "Stroke Program",
}
UNIT = {"sci": "3", "amp": "2", "stroke": "4"}


def room(rng, prog):
    return "%s%02d-%s" % (UNIT[prog], rng.randrange(1, 30), rng.choice("AB"))
