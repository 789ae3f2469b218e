"""Clinical vocabulary and small writing helpers shared by the templates."""
from gen_common import STREETS, TOWNS, fmt_date, name_form

INDICATIONS = [
    # (fr, en, target_fr, target_en)
    ("fibrillation auriculaire", "atrial fibrillation", "2,0 à 3,0", "2.0-3.0"),
    ("FA paroxystique, CHA2DS2-VASc 4", "paroxysmal AF, CHA2DS2-VASc 4", "2,0 à 3,0", "2.0-3.0"),
    ("TVP proximale du membre inférieur gauche", "proximal left leg DVT", "2,0 à 3,0", "2.0-3.0"),
    ("embolie pulmonaire segmentaire", "segmental pulmonary embolism", "2,0 à 3,0", "2.0-3.0"),
    ("valve mécanique mitrale (St. Jude)", "mechanical mitral valve (St. Jude)", "2,5 à 3,5", "2.5-3.5"),
    ("valve mécanique aortique On-X", "On-X mechanical aortic valve", "2,0 à 3,0", "2.0-3.0"),
    ("syndrome des antiphospholipides", "antiphospholipid syndrome", "2,0 à 3,0", "2.0-3.0"),
    ("FA avec sténose mitrale rhumatismale", "AF with rheumatic mitral stenosis", "2,0 à 3,0", "2.0-3.0"),
    ("thrombus ventriculaire gauche post-IM", "LV thrombus after MI", "2,0 à 3,0", "2.0-3.0"),
]
DIAG_WORDS = ["fibrillation", "TVP", "DVT", "embolie", "embolism", "valve", "antiphospholip", "thrombus",
              "thrombose", "thrombosis", "AVC", "stroke", "insuffisance rénale", "cirrhose", "saignement",
              "bleeding", "hématome", "hematoma", "épistaxis", "epistaxis", "melena", "méléna", "ecchymoses",
              "bruising", "hématurie", "hematuria", "cancer", "grossesse", "pregnan", "Fontan", "atrial flutter",
              "flutter", "diabète", "diabetes", "pneumonie", "pneumonia", "cellulite", "cellulitis",
              "infection urinaire", "urinary tract infection", "dementia", "démence", "chute", " fall ",
              "parodontite", "periodontitis", "rectorragie", "rectal bleeding", "anémie", "anemia", "méléna",
              "otite", "ear infection", "candidose", "AVC ", "stroke"]

MED_WORDS = ["warfarin", "coumadin", "apixaban", "eliquis", "rivaroxaban", "xarelto", "dabigatran", "pradaxa",
             "edoxaban", "lixiana", "enoxaparin", "lovenox", "dalteparin", "daltéparine", "fragmin", "tinzaparin",
             "innohep", "héparine", "heparin", "vitamine k", "vitamin k", "phytonadione", "amiodarone",
             "fluconazole", "metronidazole", "métronidazole", "ciprofloxacin", "clarithromycin", "septra",
             "sulfaméthoxazole", "sulfamethoxazole", "acénocoumarol", "acenocoumarol", "sintrom", "fluindione",
             "préviscan", "clopidogrel", "plavix", "aspirin", "metoprolol", "furosémide", "furosemide",
             "atorvastatine", "atorvastatin", "pantoprazole", "levothyroxine", "ramipril", "metformine",
             "metformin", "carbamazépine", "carbamazepine", "rifampicine", "rifampin", "acétaminophène",
             "acetaminophen", "prednisone", "bisoprolol", "digoxine", "digoxin", "lévofloxacine", "amoxicilline",
             "amoxicillin", "millepertuis", "tramadol", "sotalol"]

INTERACTIONS = [
    # (drug fr, drug en, effect fr, effect en)
    ("fluconazole 150 mg", "fluconazole 150 mg", "inhibition du CYP2C9, hausse marquée du RNI",
     "CYP2C9 inhibition, marked INR rise"),
    ("amiodarone 200 mg die", "amiodarone 200 mg daily", "hausse du RNI sur plusieurs semaines",
     "INR rises over several weeks"),
    ("Septra DS 1 co BID", "Septra DS 1 tab BID", "hausse rapide du RNI (sulfaméthoxazole)",
     "rapid INR rise (sulfamethoxazole)"),
    ("métronidazole 500 mg BID", "metronidazole 500 mg BID", "hausse importante du RNI",
     "significant INR increase"),
    ("clarithromycine 500 mg BID", "clarithromycin 500 mg BID", "hausse possible du RNI",
     "possible INR increase"),
    ("ciprofloxacine 500 mg BID", "ciprofloxacin 500 mg BID", "hausse modérée du RNI",
     "moderate INR rise"),
    ("carbamazépine 200 mg BID", "carbamazepine 200 mg BID", "induction, baisse du RNI", "induction, INR drop"),
    ("rifampicine 600 mg die", "rifampin 600 mg daily", "induction puissante, baisse du RNI",
     "strong induction, INR falls"),
]

DOACS = [
    ("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID", "apixaban"),
    ("apixaban 2,5 mg BID", "apixaban 2.5 mg BID", "apixaban"),
    ("rivaroxaban (Xarelto) 20 mg die au souper", "rivaroxaban (Xarelto) 20 mg daily with supper",
     "rivaroxaban"),
    ("rivaroxaban 15 mg die", "rivaroxaban 15 mg daily", "rivaroxaban"),
    ("dabigatran (Pradaxa) 150 mg BID", "dabigatran (Pradaxa) 150 mg BID", "dabigatran"),
    ("edoxaban (Lixiana) 60 mg die", "edoxaban (Lixiana) 60 mg daily", "edoxaban"),
]

PROCEDURES = [
    ("coloscopie avec polypectomie", "colonoscopy with polypectomy"),
    ("arthroplastie totale de la hanche droite", "right total hip arthroplasty"),
    ("extraction de cataracte", "cataract extraction"),
    ("résection transurétrale de la prostate", "transurethral resection of the prostate"),
    ("cholécystectomie par laparoscopie", "laparoscopic cholecystectomy"),
    ("biopsie prostatique", "prostate biopsy"),
    ("extraction de trois dents", "extraction of three teeth"),
    ("pose de stimulateur cardiaque", "pacemaker insertion"),
]

OTHER_MEDS = ["metoprolol 25 mg BID", "furosémide 40 mg die", "atorvastatine 40 mg HS", "pantoprazole 40 mg die",
              "levothyroxine 75 mcg die", "ramipril 5 mg die", "metformine 500 mg BID", "bisoprolol 2,5 mg die",
              "digoxine 0,0625 mg die", "acétaminophène 500 mg QID PRN"]
OTHER_MEDS_EN = ["metoprolol 25 mg BID", "furosemide 40 mg daily", "atorvastatin 40 mg HS",
                 "pantoprazole 40 mg daily", "levothyroxine 75 mcg daily", "ramipril 5 mg daily",
                 "metformin 500 mg BID", "bisoprolol 2.5 mg daily", "digoxin 0.0625 mg daily",
                 "acetaminophen 500 mg QID PRN"]

DAYS_ABBR_FR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
DAYS_ABBR_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def L(m, fr, en):
    return fr if m.lang == "fr" else en


def num(x, lang, nd=1):
    s = "%.*f" % (nd, x)
    return s.replace(".", ",") if lang == "fr" else s


def mg(x, lang):
    s = ("%g" % x)
    return (s.replace(".", ",") if lang == "fr" else s) + " mg"


def weekly_schedule(rng, lang):
    """Return (weekly total, list of (day, mg)) for warfarin."""
    base = rng.choice([2.5, 3, 4, 5, 5, 6, 7.5])
    alt = rng.choice([base - 1 if base > 2.5 else base + 1, base + 2.5 if base < 5 else base - 2.5, base])
    days = DAYS_ABBR_FR if lang == "fr" else DAYS_ABBR_EN
    alt_days = set(rng.sample(range(7), rng.randint(0, 3)))
    sched = [(d, alt if i in alt_days else base) for i, d in enumerate(days)]
    return sum(x for _, x in sched), sched


def schedule_text(sched, lang, sep=" / "):
    return sep.join("%s %s" % (d, mg(x, lang)) for d, x in sched)


def address(rng, lang="fr"):
    town, pc = rng.choice(TOWNS)
    return "%d, %s, %s (Québec)  %s" % (rng.randint(12, 2980), rng.choice(STREETS), town, pc)


def phone(rng, area="819"):
    return "%s 555-01%02d" % (area, rng.randint(0, 99))


def personal_email(p, rng, dom):
    from gen_common import fold
    base = fold(p.given)[0] + fold(p.surname).replace(" ", "").replace("'", "")
    return "%s%d@%s" % (base, rng.randint(10, 79), dom)


def nm(p, rng, lang, styles=("full", "title", "upper_comma", "comma", "title_full", "initial", "lower",
                             "surname_first", "initial_upper")):
    return name_form(p, rng.choice(styles), lang)


def dob_str(p, rng, lang):
    style = rng.choice(["iso", "slash_dmy", "long", "dot_dmy", "ymd_slash"])
    return fmt_date(p.dob, style, lang)


def age_on(p, d):
    return d.year - p.dob.year - ((d.month, d.day) < (p.dob.month, p.dob.day))
