"""Clinical phrase library (urology), FR and EN, terse and free-text variants."""
from gen_common import dec

SIDES = {"fr": ["droit", "gauche"], "en": ["right", "left"]}
SIDES_F = {"fr": ["droite", "gauche"], "en": ["right", "left"]}


def _side(rng, lang, fem=False):
    i = rng.randrange(2)
    return (SIDES_F if fem else SIDES)[lang][i], i


def stone_dx(rng, lang):
    mm = rng.choice([4, 5, 6, 7, 8, 9, 11, 12, 14, 17])
    kind = rng.randrange(5)
    s, i = _side(rng, lang)
    sf = SIDES_F[lang][i]
    hydro = rng.choice([0, 1, 2])
    hfr = ["", " avec hydronéphrose légère", " avec hydronéphrose modérée"][hydro]
    hen = ["", " with mild hydronephrosis", " with moderate hydronephrosis"][hydro]
    if lang == "fr":
        opts = [f"calcul urétéral distal {s} de {mm} mm{hfr}",
                f"lithiase rénale {sf}, pôle inférieur, {mm} mm",
                f"calcul de la JPU {sf} {mm} mm{hfr}",
                f"colique néphrétique {sf} sur calcul lombaire de {mm} mm",
                f"calcul pyélique {s} {mm} mm, récidivant (3e épisode)"]
    else:
        opts = [f"{mm} mm {s} distal ureteral stone{hen}",
                f"{s} lower-pole renal stone, {mm} mm",
                f"{s} UPJ stone {mm} mm{hen}",
                f"{s} renal colic, {mm} mm proximal ureteral stone",
                f"recurrent {s} renal pelvis stone {mm} mm (3rd episode)"]
    return opts[kind], mm


def ct_result(rng, lang, mm=None):
    mm = mm or rng.choice([5, 6, 7, 9, 12])
    hu = rng.choice([480, 650, 820, 1040, 1210])
    s, i = _side(rng, lang)
    if lang == "fr":
        return (f"TDM AUS sans contraste : calcul de {mm} mm à la jonction urétéro-vésicale {SIDES_F['fr'][i]}, "
                f"densité {hu} UH, dilatation pyélocalicielle en amont. Rein controlatéral : microlithiases < 3 mm.")
    return (f"Non-contrast CT KUB: {mm} mm stone at the {s} UVJ, density {hu} HU, upstream "
            f"pelvicalyceal dilatation. Contralateral kidney: punctate stones < 3 mm.")


def prostate_dx(rng, lang):
    k = rng.randrange(4)
    if lang == "fr":
        return ["HBP avec SBAU modérés (IPSS 19/35)", "PSA en hausse, suspicion de néoplasie prostatique",
                "adénocarcinome prostatique sous surveillance active",
                "prostatite chronique / syndrome de douleur pelvienne"][k]
    return ["BPH with moderate LUTS (IPSS 19/35)", "rising PSA, suspected prostate cancer",
            "prostate adenocarcinoma on active surveillance",
            "chronic prostatitis / chronic pelvic pain syndrome"][k]


def psa_series(rng, lang):
    vals = [round(rng.uniform(2.1, 4.5), 1)]
    for _ in range(rng.randrange(2, 4)):
        vals.append(round(vals[-1] * rng.uniform(1.08, 1.45), 1))
    return vals


def psa_text(vals, lang, dates=None):
    if lang == "fr":
        return "APS : " + " → ".join(dec("fr", v) for v in vals) + " ng/mL"
    return "PSA: " + " -> ".join(f"{v:.1f}" for v in vals) + " ng/mL"


def mri_result(rng, lang):
    pir = rng.choice([3, 4, 4, 5])
    vol = rng.choice([34, 42, 55, 61, 78])
    zone = rng.randrange(3)
    if lang == "fr":
        z = ["zone périphérique postéro-latérale gauche", "zone de transition antérieure",
             "zone périphérique droite, apex"][zone]
        return f"IRM multiparamétrique : lésion PI-RADS {pir} de 11 mm, {z}; volume prostatique {vol} mL"
    z = ["left posterolateral peripheral zone", "anterior transition zone", "right peripheral zone, apex"][zone]
    return f"mpMRI: PI-RADS {pir} lesion 11 mm, {z}; prostate volume {vol} mL"


def pathology(rng, lang):
    g = rng.choice(["3+3=6 (GG1)", "3+4=7 (GG2)", "4+3=7 (GG3)", "4+4=8 (GG4)"])
    pos = rng.randrange(1, 7)
    if lang == "fr":
        return (f"Biopsie prostatique : adénocarcinome acinaire, Gleason {g}, {pos}/12 carottes positives, "
                f"max. {rng.randrange(20, 80)} % d'une carotte; pas d'invasion périnerveuse")
    return (f"Prostate biopsy: acinar adenocarcinoma, Gleason {g}, {pos}/12 cores positive, "
            f"max {rng.randrange(20, 80)}% of one core; no perineural invasion")


def bladder_dx(rng, lang):
    k = rng.randrange(4)
    if lang == "fr":
        return ["hématurie macroscopique indolore, investigation", "surveillance carcinome urothélial pTa bas grade",
                "tumeur vésicale 2 cm paroi latérale droite à la cystoscopie", "sténose urétrale bulbaire"][k]
    return ["painless gross hematuria work-up", "surveillance for low-grade pTa urothelial carcinoma",
            "2 cm bladder tumour, right lateral wall, seen on cystoscopy", "bulbar urethral stricture"][k]


def retention_dx(rng, lang):
    k = rng.randrange(4)
    if lang == "fr":
        return ["rétention urinaire chronique (RPM 650 mL)", "vessie neurogène sur SEP, sonde à demeure",
                "cathéter sus-pubien depuis 2022, blocages récurrents",
                "rétention aiguë post-op, sonde Foley 16 Fr"][k]
    return ["chronic urinary retention (PVR 650 mL)", "neurogenic bladder (MS), indwelling catheter",
            "suprapubic catheter since 2022, recurrent blockages", "post-op acute retention, 16 Fr Foley"][k]


def incont_dx(rng, lang):
    k = rng.randrange(4)
    if lang == "fr":
        return ["incontinence urinaire d'effort", "vessie hyperactive avec urgenturie",
                "incontinence post-prostatectomie (3 culottes/jour)", "incontinence mixte, prolapsus stade II"][k]
    return ["stress urinary incontinence", "overactive bladder with urge incontinence",
            "post-prostatectomy incontinence (3 pads/day)", "mixed incontinence, stage II prolapse"][k]


def peds_dx(rng, lang, sex):
    if sex == "M":
        opts_fr = ["cryptorchidie droite", "reflux vésico-urétéral grade III", "hydronéphrose anténatale gauche"]
        opts_en = ["right undescended testis", "grade III vesicoureteral reflux", "left antenatal hydronephrosis"]
    else:
        opts_fr = ["reflux vésico-urétéral grade II", "infections urinaires fébriles récidivantes",
                   "dysfonction mictionnelle"]
        opts_en = ["grade II vesicoureteral reflux", "recurrent febrile UTIs", "voiding dysfunction"]
    k = rng.randrange(3)
    return opts_fr[k] if lang == "fr" else opts_en[k]


def anticoag(rng, lang):
    k = rng.randrange(5)
    if lang == "fr":
        return ["apixaban (Eliquis) 5 mg BID", "rivaroxaban (Xarelto) 20 mg DIE", "warfarine (Coumadin)",
                "clopidogrel (Plavix) 75 mg", "AAS 80 mg"][k]
    return ["apixaban (Eliquis) 5 mg BID", "rivaroxaban (Xarelto) 20 mg daily", "warfarin (Coumadin)",
            "clopidogrel (Plavix) 75 mg", "ASA 81 mg"][k]


def hold_instr(rng, lang, drug):
    n = rng.choice([2, 3, 5])
    if lang == "fr":
        return f"cesser {drug} {n} jours avant l'intervention"
    return f"hold {drug} {n} days before the procedure"


def stone_meds(rng, lang):
    k = rng.randrange(4)
    if lang == "fr":
        return ["tamsulosine 0,4 mg DIE (Flomax CR) x 4 sem.", "kétorolac 10 mg q6h PRN x 5 jours",
                "hydromorphone 1 mg q4h PRN", "citrate de potassium 20 mEq BID"][k]
    return ["tamsulosin 0.4 mg daily (Flomax CR) x 4 wk", "ketorolac 10 mg q6h PRN x 5 days",
            "hydromorphone 1 mg q4h PRN", "potassium citrate 20 mEq BID"][k]


def bladder_meds(rng, lang):
    k = rng.randrange(4)
    if lang == "fr":
        return ["mirabegron (Myrbetriq) 50 mg DIE", "oxybutynine 5 mg BID", "solifénacine (Vesicare) 5 mg DIE",
                "trospium 20 mg BID"][k]
    return ["mirabegron (Myrbetriq) 50 mg daily", "oxybutynin 5 mg BID", "solifenacin (Vesicare) 5 mg daily",
            "trospium 20 mg BID"][k]


def prostate_meds(rng, lang):
    k = rng.randrange(4)
    if lang == "fr":
        return ["finastéride (Proscar) 5 mg DIE", "dutastéride 0,5 mg + tamsulosine", "tadalafil 5 mg DIE",
                "leuprolide (Eligard) 22,5 mg SC q3 mois"][k]
    return ["finasteride (Proscar) 5 mg daily", "dutasteride 0.5 mg + tamsulosin", "tadalafil 5 mg daily",
            "leuprolide (Eligard) 22.5 mg SC q3 months"][k]


def abx(rng, lang):
    k = rng.randrange(4)
    if lang == "fr":
        return ["ciprofloxacine 500 mg BID x 7 j", "nitrofurantoïne (Macrobid) 100 mg BID x 5 j",
                "fosfomycine 3 g dose unique", "céfixime 400 mg DIE x 10 j"][k]
    return ["ciprofloxacin 500 mg BID x 7 d", "nitrofurantoin (Macrobid) 100 mg BID x 5 d",
            "fosfomycin 3 g single dose", "cefixime 400 mg daily x 10 d"][k]


def basic_labs(rng, lang):
    cr = rng.randrange(68, 190)
    gfr = max(18, int(110 - (cr - 60) * 0.55))
    hb = rng.randrange(98, 156)
    inr = rng.choice([0.9, 1.0, 1.1, 1.3, 2.4])
    if lang == "fr":
        return f"créat. {cr} µmol/L, DFGe {gfr}, Hb {hb} g/L, INR {dec('fr', inr)}"
    return f"creat {cr} umol/L, eGFR {gfr}, Hb {hb} g/L, INR {inr:.1f}"


def urine_culture(rng, lang):
    org = rng.choice(["E. coli", "Klebsiella pneumoniae", "Enterococcus faecalis", "Proteus mirabilis"])
    if lang == "fr":
        return (f"culture d'urine : {org} > 10^8 UFC/L, résistant à la ciprofloxacine, "
                f"sensible à la nitrofurantoïne et au céfixime")
    return (f"urine culture: {org} > 10^8 CFU/L, resistant to ciprofloxacin, "
            f"sensitive to nitrofurantoin and cefixime")


def stone_analysis(rng, lang):
    a = rng.choice([60, 70, 80, 90])
    if lang == "fr":
        return f"analyse du calcul : oxalate de calcium monohydraté {a} %, phosphate de calcium {100 - a} %"
    return f"stone analysis: calcium oxalate monohydrate {a}%, calcium phosphate {100 - a}%"


def urine24(rng, lang):
    ca = dec(lang, rng.uniform(7.2, 10.5))
    ox = rng.randrange(420, 610)
    cit = dec(lang, rng.uniform(0.8, 1.6))
    vol = dec(lang, rng.uniform(1.1, 1.6))
    if lang == "fr":
        return f"urine 24 h : volume {vol} L, calcium {ca} mmol/j (↑), oxalate {ox} µmol/j (↑), citrate {cit} mmol/j (↓)"
    return f"24-h urine: volume {vol} L, calcium {ca} mmol/d (high), oxalate {ox} umol/d (high), citrate {cit} mmol/d (low)"


def semen(rng, lang, clear):
    if lang == "fr":
        return ("spermogramme post-vasectomie (12 sem.) : azoospermie, aucun spermatozoïde observé" if clear
                else "spermogramme post-vasectomie : rares spermatozoïdes non mobiles (< 100 000/mL)")
    return ("post-vasectomy semen analysis (12 wk): azoospermia, no sperm seen" if clear
            else "post-vasectomy semen analysis: rare non-motile sperm (< 100,000/mL)")


SOCIAL_FR = [
    "vit sans conjoint ni proche aidant; réseau social très limité",
    "hébergement temporaire en refuge depuis la perte du logement",
    "prestataire de l'aide sociale; ne peut pas payer les culottes d'incontinence",
    "aidant principal épuisé, demande de répit en cours avec le CLSC",
    "situation de violence conjugale signalée à la TS, ne pas laisser de message vocal à domicile",
    "dossier actif à la DPJ; la mère n'a pas la garde, contacter la famille d'accueil",
    "sans permis de conduire ni revenu stable, dépend du transport adapté",
]
SOCIAL_EN = [
    "no partner or caregiver at home; very limited social network",
    "staying at a shelter since losing their apartment",
    "on income assistance; cannot afford incontinence briefs",
    "main caregiver exhausted, respite request in progress with the CLSC",
    "domestic violence disclosed to the social worker, do not leave voicemail at home",
    "open youth protection (DPJ) file; mother does not have custody, contact the foster family",
    "no driver's licence or stable income, relies on paratransit",
]


def social(rng, lang, k=None):
    if k is None:
        k = rng.randrange(len(SOCIAL_FR))
    return SOCIAL_FR[k] if lang == "fr" else SOCIAL_EN[k]
