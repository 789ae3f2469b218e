"""Clinical phrase pools for a wound care and vascular surgery clinic (FR and EN)."""

# (short label, full description)
DX = {
    "fr": [
        ("ulcère veineux jambe G", "ulcère veineux de la malléole interne gauche, 4,2 x 3,1 cm, fond fibrineux 60 %"),
        ("ulcère artériel orteil D", "ulcère artériel au 1er orteil droit avec nécrose sèche et douleur de repos"),
        ("mal perforant plantaire", "mal perforant plantaire sous la 1re tête métatarsienne droite, Wagner 2"),
        ("ostéomyélite 2e orteil", "ostéomyélite du 2e orteil gauche confirmée à l'IRM, plaie sondable à l'os"),
        ("ischémie critique MID", "ischémie critique du membre inférieur droit, Rutherford 5"),
        ("déhiscence moignon", "déhiscence du moignon transtibial gauche, amputation faite le 12 août"),
        ("ulcère mixte", "ulcère mixte artério-veineux de la jambe droite, 6 x 4 cm, exsudat modéré"),
        ("lésion de pression talon", "lésion de pression au talon gauche, stade 3, berge macérée"),
        ("gangrène orteils", "gangrène sèche des 3e et 4e orteils droits, démarcation nette"),
        ("cellulite jambe", "cellulite de la jambe gauche autour d'un ulcère veineux chronique"),
        ("lymphoedème", "lymphoedème bilatéral des membres inférieurs avec ulcères suintants"),
        ("infection plaie aine", "infection de la plaie inguinale droite après pontage fémoro-poplité"),
        ("AMT non cicatrisée", "amputation transmétatarsienne gauche non cicatrisée à 8 semaines"),
        ("claudication", "claudication intermittente à 100 m sur maladie artérielle périphérique fémoro-poplitée"),
        ("pied de Charcot", "pied de Charcot droit en phase active avec ulcère du médio-pied"),
        ("calciphylaxie", "calciphylaxie probable, ulcères nécrotiques des mollets (patient dialysé)"),
    ],
    "en": [
        ("venous leg ulcer L", "venous leg ulcer, left medial malleolus, 4.5 x 3.0 cm, 50% slough"),
        ("arterial ulcer R hallux", "arterial ulcer of the right great toe with dry necrosis and rest pain"),
        ("DFU plantar", "plantar diabetic foot ulcer under the right 1st metatarsal head, Wagner grade 2"),
        ("osteomyelitis 2nd toe", "osteomyelitis of the left 2nd toe on MRI, probe-to-bone positive"),
        ("CLTI R leg", "chronic limb-threatening ischemia of the right leg, Rutherford 5"),
        ("BKA stump dehiscence", "dehiscence of the left below-knee amputation stump (BKA done Aug 12)"),
        ("mixed ulcer", "mixed arterial/venous ulcer of the right calf, 6 x 4 cm, moderate exudate"),
        ("heel pressure injury", "stage 3 pressure injury of the left heel with macerated edges"),
        ("dry gangrene", "dry gangrene of the right 3rd and 4th toes, well demarcated"),
        ("cellulitis", "cellulitis of the left lower leg around a chronic venous ulcer"),
        ("lymphedema", "bilateral lower-limb lymphedema with weeping ulcers"),
        ("groin wound infection", "infected right groin wound after fem-pop bypass"),
        ("TMA not healing", "left transmetatarsal amputation not healed at 8 weeks"),
        ("claudication", "intermittent claudication at 1 block, femoropopliteal PAD"),
        ("Charcot foot", "active right Charcot foot with midfoot ulcer"),
        ("pyoderma ?", "possible pyoderma gangrenosum of the left shin, biopsy pending"),
    ],
}

COMORB = {
    "fr": ["DB2 insulinotraité", "IRC stade 3b", "FA sous apixaban", "tabagisme actif (40 PA)",
           "MPOC", "HTA", "MCAS, pontages en 2019", "obésité (IMC 41)", "dialyse 3x/sem"],
    "en": ["T2DM on insulin", "CKD stage 3b", "AF on apixaban", "current smoker (40 pack-years)",
           "COPD", "HTN", "CAD s/p CABG 2019", "obesity (BMI 41)", "ESRD on HD MWF"],
}

MEDS = {
    "fr": ["Clavulin 875 mg PO BID x 14 jours", "céphalexine 500 mg PO QID x 10 jours",
           "clopidogrel 75 mg DIE", "AAS 81 mg DIE", "rivaroxaban (Xarelto) 2,5 mg BID",
           "atorvastatine 80 mg HS", "insuline glargine 22 U HS", "metformine 1000 mg BID",
           "hydromorphone 1 mg PO q4h PRN", "prégabaline 75 mg BID", "pentoxifylline 400 mg TID",
           "doxycycline 100 mg BID x 14 jours", "ciprofloxacine 500 mg BID",
           "Flamazine (sulfadiazine d'argent) 1 %", "apixaban 5 mg BID", "vancomycine IV selon dosage"],
    "en": ["Clavulin 875 mg PO BID x 14 days", "cephalexin 500 mg PO QID x 10 days",
           "clopidogrel 75 mg daily", "ASA 81 mg daily", "rivaroxaban (Xarelto) 2.5 mg BID",
           "atorvastatin 80 mg qhs", "insulin glargine 22 units qhs", "metformin 1000 mg BID",
           "hydromorphone 1 mg PO q4h PRN", "pregabalin 75 mg BID", "pentoxifylline 400 mg TID",
           "doxycycline 100 mg BID x 14 days", "ciprofloxacin 500 mg BID",
           "silver sulfadiazine 1% cream", "apixaban 5 mg BID", "vancomycin IV per levels"],
}

LABS = {
    "fr": ["IPS D 0,42 / G 0,91", "IPS D 0,88 / G 0,51", "IOT D 0,18", "TcPO2 dos du pied D 18 mmHg",
           "HbA1c 9,4 %", "CRP 112 mg/L", "GB 14,2", "albumine 27 g/L", "créatinine 168 µmol/L (DFGe 34)",
           "VS 88 mm/h", "Hb 92 g/L", "pression à l'orteil 28 mmHg", "IPS non compressible (> 1,4) bilatéral",
           "lactate 2,9", "préalbumine 0,11 g/L"],
    "en": ["ABI R 0.42 / L 0.91", "ABI R 0.88 / L 0.51", "TBI R 0.18", "TcPO2 R dorsum 18 mmHg",
           "HbA1c 9.4%", "CRP 112 mg/L", "WBC 14.2", "albumin 27 g/L", "creatinine 168 umol/L (eGFR 34)",
           "ESR 88 mm/h", "Hgb 92 g/L", "toe pressure 28 mmHg", "ABI non-compressible (>1.4) bilat",
           "lactate 2.9", "prealbumin 0.11 g/L"],
}

CULTURE = {
    "fr": ["S. aureus résistant à la méthicilline (SARM)", "Pseudomonas aeruginosa, sensible à la cipro",
           "flore mixte, Streptococcus agalactiae", "E. coli BLSE", "Proteus mirabilis + entérocoque"],
    "en": ["MRSA", "Pseudomonas aeruginosa, cipro-sensitive", "mixed flora incl. group B strep",
           "ESBL E. coli", "Proteus mirabilis + Enterococcus"],
}

DOPPLER = {
    "fr": ["occlusion de l'AFS droite au canal de Hunter, reprise poplitée sous-géniculée, ondes monophasiques en distal",
           "sténose > 70 % de l'iliaque externe gauche, ondes biphasiques fémorales",
           "axes perméables, ondes triphasiques, pas d'atteinte hémodynamique significative",
           "reflux de la grande saphène gauche > 2 s, perforantes incompétentes au tiers inférieur",
           "TVP ancienne de la veine poplitée droite, partiellement recanalisée",
           "atteinte jambière diffuse, tibiale postérieure occluse, pédieuse faiblement perçue"],
    "en": ["R SFA occlusion at the adductor canal, reconstitution of the below-knee popliteal, monophasic distally",
           ">70% L external iliac stenosis, biphasic femoral waveforms",
           "patent inflow and outflow, triphasic waveforms, no significant disease",
           "L great saphenous reflux > 2 s, incompetent perforators in the lower third",
           "chronic R popliteal DVT, partially recanalized",
           "diffuse tibial disease, PT occluded, DP faint"],
}

DRESSING = {
    "fr": ["Aquacel Ag+ Extra recouvert de Mepilex Border, changer 3 fois par semaine",
           "Iodosorb en couche mince + compresse sèche, changer die",
           "Intrasite gel + Allevyn Gentle Border aux 2 jours",
           "TPN (VAC) 125 mmHg continu, changement lundi-mercredi-vendredi",
           "compression 4 couches (Profore) 1 fois par semaine, peau protégée au Cavilon",
           "Coban 2 Lite 2x/sem, Mepitel au lit de plaie",
           "trempage Prontosan 15 min puis Acticoat 7, changer aux 7 jours",
           "Mepilex Ag + bas de compression classe II le jour"],
    "en": ["Aquacel Ag+ Extra under Mepilex Border, change 3x/week",
           "Iodosorb thin layer + dry gauze, change daily",
           "Intrasite gel + Allevyn Gentle Border q2 days",
           "NPWT 125 mmHg continuous, change Mon/Wed/Fri",
           "4-layer compression (Profore) weekly, Cavilon to periwound",
           "Coban 2 Lite twice weekly, Mepitel contact layer",
           "Prontosan soak 15 min then Acticoat 7, change q7 days",
           "Mepilex Ag + class II compression stockings during the day"],
}

SOCIAL = {
    "fr": ["vit seule au 2e étage sans ascenseur, sa fille habite à Montréal",
           "prestataire de l'aide sociale, n'a pas les moyens de payer les pansements non couverts",
           "en situation d'itinérance depuis l'été, dort au refuge Le Tremplin",
           "dit avoir peur de son conjoint ; demande qu'on ne laisse aucun message à la maison",
           "son épouse, proche aidante, est épuisée ; demande d'hébergement en cours",
           "logement insalubre (moisissures, infestation), signalement fait à la municipalité",
           "a perdu son emploi en juin, plus d'assurance collective",
           "sous curatelle publique, le mandataire doit consentir aux soins",
           "consommation d'alcool quotidienne importante, refuse la ressource en dépendance"],
    "en": ["lives alone on a 3rd-floor walk-up, daughter is in Toronto",
           "on Ontario Works, cannot afford the dressings that are not covered",
           "homeless since the summer, staying at the Harbour Light shelter",
           "says she is afraid of her partner; asked that we not leave messages at home",
           "wife is the caregiver and is burnt out; long-term care application in progress",
           "apartment is unsafe (mould, bedbugs), landlord complaint filed",
           "lost his job in June, no more group insurance",
           "under public guardianship, the guardian must consent to treatment",
           "heavy daily alcohol use, declined addiction services referral"],
}

PROCS = {
    "fr": ["débridement chirurgical", "angioplastie fémoro-poplitée", "amputation transtibiale",
           "amputation du 2e orteil", "pontage fémoro-poplité", "greffe cutanée mince",
           "angiographie du membre inférieur"],
    "en": ["surgical debridement", "fem-pop angioplasty", "below-knee amputation",
           "2nd toe amputation", "fem-pop bypass", "split-thickness skin graft",
           "lower-limb angiogram"],
}

# Wound contexts exclude the non-wound label (claudication).
WOUND = {lang: [d for d in DX[lang] if "claudication" not in d[0]] for lang in DX}

# Coherent (procedure, indication) pairs: indices into PROCS and DX.
_PAIRS = [(0, 2), (0, 7), (1, 1), (1, 13), (2, 4), (2, 8), (0, 5), (3, 3), (4, 4), (5, 0), (5, 6), (6, 13), (6, 1)]
PAIRS = {lang: [(PROCS[lang][p], DX[lang][d]) for p, d in _PAIRS] for lang in DX}

_COMPRESSION = {4, 5, 7}          # DRESSING entries that are compression
_VENOUS_DX = {0, 6, 10}           # DX entries where compression fits


def dressing_for(rng, lang, dx):
    """A dressing order that fits the wound (no compression on ischemic wounds)."""
    venous = any(dx == DX[lang][i] for i in _VENOUS_DX)
    pool = [d for i, d in enumerate(DRESSING[lang]) if venous or i not in _COMPRESSION]
    return rng.choice(pool)
