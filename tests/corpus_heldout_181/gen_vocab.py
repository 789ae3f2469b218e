"""Clinical and administrative vocabulary, as (French, English) pairs."""

BURN_DX = [
    ("brûlure 2e degré profond, 14 % SCT, tronc et membre supérieur droit",
     "deep partial-thickness burn, 14% TBSA, trunk and right upper limb"),
    ("brûlure par flamme 3e degré, 22 % SCT, MI bilatéraux",
     "full-thickness flame burn, 22% TBSA, both lower limbs"),
    ("ébouillantage 2e degré superficiel face antérieure du thorax, 6 % SCT",
     "superficial partial-thickness scald to anterior chest, 6% TBSA"),
    ("brûlure électrique haute tension main G avec point de sortie au pied D",
     "high-voltage electrical burn, left hand, exit wound right foot"),
    ("brûlure chimique (acide fluorhydrique) face palmaire des doigts D",
     "chemical burn (hydrofluoric acid) palmar aspect of right fingers"),
    ("brûlure de contact 3e degré au mollet G (pot d'échappement de moto)",
     "full-thickness contact burn left calf (motorcycle exhaust)"),
    ("brûlures 2e degré du visage et du cou avec inhalation probable",
     "partial-thickness burns to face and neck with suspected inhalation injury"),
    ("brûlure circonférentielle avant-bras D, escarrotomie faite à l'urgence",
     "circumferential burn right forearm, escharotomy done in ED"),
]

HAND_DX = [
    ("lacération du fléchisseur profond (FDP) zone II de l'index G",
     "FDP laceration zone II, left index finger"),
    ("fracture déplacée du col du 5e métacarpien D",
     "displaced fracture of the right 5th metacarpal neck"),
    ("maladie de Dupuytren, contracture MCP 55° de l'annulaire D",
     "Dupuytren disease, 55° MCP contracture right ring finger"),
    ("syndrome du tunnel carpien bilatéral, EMG sévère à D",
     "bilateral carpal tunnel syndrome, severe on the right on EMG"),
    ("amputation traumatique P3 du majeur G (scie à table)",
     "traumatic amputation of left middle finger at P3 (table saw)"),
    ("ténosynovite infectieuse du fléchisseur du pouce D",
     "pyogenic flexor tenosynovitis, right thumb"),
    ("lésion du ligament collatéral ulnaire du pouce G (pouce du skieur)",
     "left thumb ulnar collateral ligament injury (skier's thumb)"),
    ("doigt à ressaut du pouce D récidivant", "recurrent right trigger thumb"),
]

BREAST_DX = [
    ("reconstruction mammaire différée après mastectomie G pour carcinome canalaire (2021)",
     "delayed breast reconstruction after left mastectomy for ductal carcinoma (2021)"),
    ("mutation BRCA2, mastectomie prophylactique bilatérale prévue avec reconstruction immédiate",
     "BRCA2 carrier, planned bilateral prophylactic mastectomy with immediate reconstruction"),
    ("contracture capsulaire Baker IV sur implant D post-radiothérapie",
     "Baker IV capsular contracture of right implant after radiotherapy"),
    ("expandeur tissulaire G en place, exposition partielle au pôle inférieur",
     "left tissue expander in place, partial exposure at inferior pole"),
    ("cancer du sein D traité (tumorectomie + radiothérapie), asymétrie importante",
     "treated right breast cancer (lumpectomy + radiotherapy), marked asymmetry"),
]

WOUND_DX = [
    ("plaie de pression sacrée stade 4 avec ostéomyélite suspectée",
     "stage 4 sacral pressure injury with suspected osteomyelitis"),
    ("déhiscence de plaie abdominale post-abdominoplastie",
     "abdominal wound dehiscence after abdominoplasty"),
    ("infection du site donneur à la cuisse D", "infected donor site, right thigh"),
    ("ulcère veineux chronique de la jambe G, 6 x 4 cm",
     "chronic venous leg ulcer, left, 6 x 4 cm"),
    ("cicatrice hypertrophique du cou avec bride limitant l'extension",
     "hypertrophic neck scar with band limiting extension"),
    ("fasciite nécrosante du périnée post-débridement",
     "necrotising fasciitis of the perineum, post debridement"),
]

COMORB = [
    ("diabète de type 2 mal contrôlé", "poorly controlled type 2 diabetes"),
    ("MPOC, tabagisme actif 30 paquets-année", "COPD, active smoker 30 pack-years"),
    ("trouble lié à l'usage de l'alcool", "alcohol use disorder"),
    ("insuffisance rénale chronique stade 3", "stage 3 chronic kidney disease"),
    ("épilepsie", "epilepsy"),
    ("trouble dépressif majeur", "major depressive disorder"),
    ("fibrillation auriculaire anticoagulée", "atrial fibrillation on anticoagulation"),
]

MEDS = [
    ("Flamazine (sulfadiazine d'argent 1 %) BID", "Flamazine (silver sulfadiazine 1%) BID"),
    ("hydromorphone 2 mg PO q4h PRN", "hydromorphone 2 mg PO q4h PRN"),
    ("céfazoline 2 g IV q8h", "cefazolin 2 g IV q8h"),
    ("Keflex 500 mg PO QID x 7 jours", "Keflex 500 mg PO QID x 7 days"),
    ("gabapentine 300 mg TID pour le prurit", "gabapentin 300 mg TID for itch"),
    ("énoxaparine 40 mg SC die", "enoxaparin 40 mg SC daily"),
    ("mupirocine (Bactroban) onguent 2 % TID", "mupirocin (Bactroban) 2% ointment TID"),
    ("vancomycine 1,25 g IV q12h", "vancomycin 1.25 g IV q12h"),
    ("Dilaudid 1 mg SC avant pansement", "Dilaudid 1 mg SC before dressing change"),
    ("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID"),
    ("tamoxifène 20 mg die", "tamoxifen 20 mg daily"),
    ("prégabaline (Lyrica) 75 mg BID", "pregabalin (Lyrica) 75 mg BID"),
    ("Septra DS 1 co BID", "Septra DS 1 tab BID"),
    ("kétamine 0,3 mg/kg IV pour bain", "ketamine 0.3 mg/kg IV for tubbing"),
    ("oxandrolone 10 mg BID", "oxandrolone 10 mg BID"),
    ("pipéracilline-tazobactam 4,5 g IV q6h", "piperacillin-tazobactam 4.5 g IV q6h"),
]

LABS = [
    ("Hb 78 g/L", "Hb 78 g/L"),
    ("albumine 21 g/L", "albumin 21 g/L"),
    ("CRP 162 mg/L", "CRP 162 mg/L"),
    ("GB 16,4 x 10^9/L", "WBC 16.4 x 10^9/L"),
    ("culture de plaie : SARM ++", "wound culture: MRSA ++"),
    ("culture de plaie : Pseudomonas aeruginosa, résistant à la ciprofloxacine",
     "wound culture: Pseudomonas aeruginosa, ciprofloxacin-resistant"),
    ("HbA1c 9,8 %", "HbA1c 9.8%"),
    ("préalbumine 0,09 g/L", "prealbumin 0.09 g/L"),
    ("créatinine 168 µmol/L", "creatinine 168 umol/L"),
    ("lactate 3,1 mmol/L", "lactate 3.1 mmol/L"),
    ("CK 4 820 U/L", "CK 4,820 U/L"),
    ("carboxyhémoglobine 14 %", "carboxyhaemoglobin 14%"),
    ("K 5,8 mmol/L", "K 5.8 mmol/L"),
    ("hémocultures 2/2 positives à S. aureus", "blood cultures 2/2 positive for S. aureus"),
    ("biopsie de plaie : carcinome épidermoïde (ulcère de Marjolin)",
     "wound biopsy: squamous cell carcinoma (Marjolin ulcer)"),
]

GRAFT_PROC = [
    ("greffe de peau mince en filet 1:1,5", "1:1.5 meshed split-thickness skin graft"),
    ("greffe de peau totale", "full-thickness skin graft"),
    ("excision tangentielle et autogreffe", "tangential excision and autograft"),
    ("greffe de peau mince sur matrice dermique (Integra)", "split-thickness graft over dermal matrix (Integra)"),
    ("excision et greffe en deux temps", "staged excision and grafting"),
]

HAND_PROC = [
    ("réparation du FDP avec suture 4 brins", "4-strand FDP repair"),
    ("ostéosynthèse par broches de Kirschner", "K-wire fixation"),
    ("aponévrectomie partielle", "partial fasciectomy"),
    ("libération du canal carpien D", "right carpal tunnel release"),
    ("réimplantation digitale", "digital replantation"),
]

BREAST_PROC = [
    ("DIEP unilatéral G", "left unilateral DIEP flap"),
    ("lambeau de grand dorsal + implant", "latissimus dorsi flap with implant"),
    ("échange expandeur-implant", "expander-to-implant exchange"),
    ("reconstruction de l'aréole et du mamelon", "nipple-areola reconstruction"),
    ("DIEP bilatéral", "bilateral DIEP flaps"),
]

SOCIAL = [
    ("vit seul, sans électricité depuis l'incendie du logement", "lives alone, no power since the house fire"),
    ("logement détruit, hébergement temporaire par la Croix-Verte", "home destroyed, temporary shelter through the relief agency"),
    ("signalement à la DPJ fait pour l'enfant (brûlure par immersion suspecte)",
     "youth protection report made for the child (suspicious immersion burn)"),
    ("prestataire de l'aide sociale, ne peut pas payer les vêtements compressifs",
     "on income support, cannot pay for the pressure garments"),
    ("violence conjugale rapportée, plan de sécurité discuté avec la TS",
     "reports intimate partner violence, safety plan discussed with SW"),
    ("en situation d'itinérance, pas d'adresse fixe", "currently homeless, no fixed address"),
    ("travailleur saisonnier sans assurance, statut migratoire précaire",
     "seasonal worker without insurance, precarious immigration status"),
    ("curatelle publique, mandataire à contacter pour le consentement",
     "under public curatorship, contact the mandatary for consent"),
    ("arrêt de travail, dossier d'indemnisation en cours", "off work, compensation claim pending"),
]

GARMENTS = [
    ("gant compressif sur mesure D", "custom right compression glove"),
    ("veste compressive à manches longues", "long-sleeved compression vest"),
    ("masque facial transparent", "clear facial mask"),
    ("bas-culotte compressif", "compression leggings"),
    ("manchon compressif avant-bras G", "left forearm compression sleeve"),
]

DRESSINGS = [
    ("Mepilex Ag", "Mepilex Ag"), ("Acticoat 7", "Acticoat 7"), ("Aquacel Ag Extra", "Aquacel Ag Extra"),
    ("Jelonet + gaze sèche", "Jelonet + dry gauze"), ("Xeroform", "Xeroform"),
    ("Allevyn mousse", "Allevyn foam"), ("pansement à pression négative (VAC) 125 mmHg", "NPWT (VAC) 125 mmHg"),
]

# (diagnosis, procedure) pairs that go together
HAND_CASES = [(HAND_DX[0], ("réparation du FDP avec suture 4 brins", "4-strand FDP repair")),
              (HAND_DX[1], ("ostéosynthèse par broches de Kirschner", "K-wire fixation")),
              (HAND_DX[2], ("aponévrectomie partielle", "partial fasciectomy")),
              (HAND_DX[3], ("libération du canal carpien D", "right carpal tunnel release")),
              (HAND_DX[4], ("régularisation du moignon et lambeau de couverture", "stump revision and local flap")),
              (HAND_DX[5], ("lavage de la gaine des fléchisseurs", "flexor sheath washout")),
              (HAND_DX[6], ("réparation du ligament collatéral ulnaire", "ulnar collateral ligament repair")),
              (HAND_DX[7], ("libération de la poulie A1", "A1 pulley release"))]
BREAST_CASES = [(BREAST_DX[0], ("DIEP unilatéral G", "left unilateral DIEP flap")),
                (BREAST_DX[1], ("mastectomies bilatérales et DIEP bilatéral", "bilateral mastectomy and bilateral DIEP flaps")),
                (BREAST_DX[2], ("capsulectomie et échange d'implant", "capsulectomy and implant exchange")),
                (BREAST_DX[3], ("retrait de l'expandeur et lambeau de grand dorsal", "expander removal and latissimus dorsi flap")),
                (BREAST_DX[4], ("DIEP unilatéral D et symétrisation", "right DIEP flap and contralateral symmetrisation"))]
OUTPT_MEDS = [MEDS[0], MEDS[3], MEDS[4], MEDS[6], MEDS[9], MEDS[11], MEDS[12],
              ("hydromorphone 1 mg PO q6h PRN x 5 jours", "hydromorphone 1 mg PO q6h PRN x 5 days"),
              ("acétaminophène 1 g PO QID", "acetaminophen 1 g PO QID"),
              ("hydroxyzine 25 mg HS pour le prurit", "hydroxyzine 25 mg HS for itch")]
ED_MEDS = [("fentanyl 50 µg IV q1h PRN", "fentanyl 50 mcg IV q1h PRN"),
           ("Ringer lactate selon Parkland (4 mL/kg/% SCT)", "Ringer's lactate per Parkland (4 mL/kg/% TBSA)"),
           ("hydroxocobalamine (Cyanokit) 5 g IV", "hydroxocobalamin (Cyanokit) 5 g IV")]

ROOMS = ["701", "702", "703", "704", "705", "706", "707", "708", "710", "712", "714", "716"]


def pick(rng, pool, lang):
    a = rng.choice(pool)
    return a[0] if lang == "fr" else a[1]


def pick_pair(rng, pool):
    return rng.choice(pool)


def L(lang, fr, en):
    return fr if lang == "fr" else en


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MOIS_ = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre"]
MONTHS_ = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


HOLIDAYS = {(1, 1), (3, 29), (4, 1), (5, 20), (6, 24), (7, 1), (9, 2), (10, 14), (12, 25)}


def is_workday(d):
    return d.weekday() < 5 and (d.month, d.day) not in HOLIDAYS


def when(dt, lang, with_time=True):
    if lang == "fr":
        s = "%s %d %s" % (JOURS[dt.weekday()], dt.day, MOIS_[dt.month - 1])
        if with_time:
            s += " à %d h %02d" % (dt.hour, dt.minute) if dt.minute else " à %d h" % dt.hour
        return s
    s = "%s, %s %d" % (DAYS[dt.weekday()], MONTHS_[dt.month - 1], dt.day)
    if with_time:
        h = dt.hour % 12 or 12
        s += " at %d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")
    return s


def short(dt, lang):
    return dt.strftime("%d/%m") if lang == "fr" else dt.strftime("%b %d")


def ne(p):
    return "née" if p.sex == "F" else "né"


def il(p):
    return "elle" if p.sex == "F" else "il"


def he(p):
    return "she" if p.sex == "F" else "he"


def his(p):
    return "her" if p.sex == "F" else "his"
