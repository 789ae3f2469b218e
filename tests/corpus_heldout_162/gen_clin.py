"""Clinical vocabulary (French-Canadian and English) for dermatology mail."""

# Each diagnosis: key, fr, en, short (abbreviation used in rosters), age range, kind.
DX = [
    ("pso", "psoriasis en plaques modéré à sévère", "moderate-to-severe plaque psoriasis", "pso", (18, 85), "inflam"),
    ("pso_ungu", "psoriasis avec atteinte unguéale et rhumatisme psoriasique", "psoriasis with nail involvement and psoriatic arthritis", "PsO/PsA", (25, 75), "inflam"),
    ("pso_inv", "psoriasis inversé (plis inguinaux et sous-mammaires)", "inverse psoriasis (groin and inframammary folds)", "pso inversé", (18, 85), "inflam"),
    ("hs", "hidradénite suppurée Hurley II", "hidradenitis suppurativa, Hurley stage II", "HS H2", (16, 60), "inflam"),
    ("da", "dermatite atopique sévère", "severe atopic dermatitis", "DA sév.", (12, 70), "inflam"),
    ("urt", "urticaire chronique spontanée", "chronic spontaneous urticaria", "UCS", (18, 75), "inflam"),
    ("pb", "pemphigoïde bulleuse", "bullous pemphigoid", "PB", (65, 100), "inflam"),
    ("lp", "lichen plan buccal et cutané", "oral and cutaneous lichen planus", "LP", (30, 80), "inflam"),
    ("rosacee", "rosacée papulo-pustuleuse", "papulopustular rosacea", "rosacée", (25, 80), "inflam"),
    ("alopecie", "pelade (alopécie areata) étendue", "extensive alopecia areata", "AA", (8, 60), "inflam"),
    ("vitiligo", "vitiligo non segmentaire actif", "active non-segmental vitiligo", "vitiligo", (10, 70), "inflam"),
    ("acne", "acné nodulokystique", "nodulocystic acne", "acné NK", (13, 30), "acne"),
    ("bcc_nod", "carcinome basocellulaire nodulaire", "nodular basal cell carcinoma", "CBC nod.", (45, 100), "tumour"),
    ("bcc_sup", "carcinome basocellulaire superficiel", "superficial basal cell carcinoma", "CBC sup.", (40, 100), "tumour"),
    ("bcc_inf", "carcinome basocellulaire infiltrant", "infiltrative basal cell carcinoma", "CBC infiltrant", (50, 100), "tumour"),
    ("scc_is", "carcinome épidermoïde in situ (maladie de Bowen)", "squamous cell carcinoma in situ (Bowen disease)", "CEC in situ", (50, 100), "tumour"),
    ("scc", "carcinome épidermoïde invasif bien différencié", "well-differentiated invasive squamous cell carcinoma", "CEC", (55, 100), "tumour"),
    ("mel_is", "mélanome in situ", "melanoma in situ", "MIS", (30, 95), "tumour"),
    ("mel", "mélanome superficiel extensif", "superficial spreading melanoma", "MM SSM", (30, 90), "tumour"),
    ("ak", "kératoses actiniques multiples du cuir chevelu", "multiple actinic keratoses of the scalp", "KA", (55, 100), "tumour"),
    ("nevus", "nævus dysplasique avec atypie modérée", "dysplastic naevus with moderate atypia", "nævus dysplasique", (18, 70), "tumour"),
    ("da_ped", "dermatite atopique modérée", "moderate atopic dermatitis", "DA", (0, 12), "peds"),
    ("molluscum", "molluscum contagiosum étendus", "extensive molluscum contagiosum", "molluscum", (2, 12), "peds"),
    ("hemangiome", "hémangiome infantile de la paupière", "infantile haemangioma of the eyelid", "hémangiome", (0, 2), "peds"),
    ("gale", "gale (scabiose) familiale", "scabies (household cluster)", "gale", (2, 90), "infect"),
    ("verrues", "verrues plantaires multiples récalcitrantes", "multiple recalcitrant plantar warts", "verrues", (5, 60), "infect"),
    ("ulcere", "ulcère veineux chronique de la jambe gauche", "chronic venous ulcer of the left leg", "ulcère MI", (55, 100), "infect"),
    ("dress", "DRESS syndrome probable (allopurinol)", "probable DRESS syndrome (allopurinol)", "DRESS", (40, 90), "inflam"),
]
DXK = {d[0]: d for d in DX}


def dx_for(rng, age, kinds=None, exclude=()):
    c = [d for d in DX if d[4][0] <= age <= d[4][1] and (kinds is None or d[5] in kinds) and d[0] not in exclude]
    if not c:
        c = [d for d in DX if d[4][0] <= age <= d[4][1]]
    return rng.choice(c)


BIOLOGICS = {
    "pso": [("risankizumab (Skyrizi) 150 mg s.c. sem. 0, 4 puis q12 sem.", "risankizumab (Skyrizi) 150 mg SC weeks 0, 4 then q12w"),
            ("guselkumab (Tremfya) 100 mg s.c. sem. 0, 4 puis q8 sem.", "guselkumab (Tremfya) 100 mg SC weeks 0, 4 then q8w"),
            ("ustekinumab (Stelara) 45 mg s.c. q12 sem.", "ustekinumab (Stelara) 45 mg SC q12w"),
            ("sécukinumab (Cosentyx) 300 mg s.c. q4 sem. après induction", "secukinumab (Cosentyx) 300 mg SC q4w after loading"),
            ("adalimumab biosimilaire (Hadlima) 40 mg s.c. q2 sem.", "adalimumab biosimilar (Hadlima) 40 mg SC q2w"),
            ("bimékizumab (Bimzelx) 320 mg s.c. q4 sem. x 16 sem. puis q8 sem.", "bimekizumab (Bimzelx) 320 mg SC q4w to week 16 then q8w"),
            ("ixékizumab (Taltz) 80 mg s.c. q4 sem.", "ixekizumab (Taltz) 80 mg SC q4w")],
    "hs": [("adalimumab (Amgevita) 160 mg J1, 80 mg J15 puis 40 mg chaque semaine", "adalimumab (Amgevita) 160 mg day 1, 80 mg day 15, then 40 mg weekly"),
           ("sécukinumab (Cosentyx) 300 mg s.c. q2 sem.", "secukinumab (Cosentyx) 300 mg SC q2w")],
    "da": [("dupilumab (Dupixent) 600 mg dose de charge puis 300 mg q2 sem.", "dupilumab (Dupixent) 600 mg loading then 300 mg q2w"),
           ("tralokinumab (Adtralza) 300 mg q2 sem.", "tralokinumab (Adtralza) 300 mg q2w"),
           ("upadacitinib (Rinvoq) 15 mg PO die", "upadacitinib (Rinvoq) 15 mg PO daily")],
    "urt": [("omalizumab (Xolair) 300 mg s.c. q4 sem.", "omalizumab (Xolair) 300 mg SC q4w")],
}
for k in ("pso_ungu", "pso_inv"):
    BIOLOGICS[k] = BIOLOGICS["pso"]

TREAT = {
    "pso": [("Dovobet gel die", "Dovobet gel daily"), ("méthotrexate 15 mg PO 1x/sem. + acide folique 1 mg die", "methotrexate 15 mg PO weekly + folic acid 1 mg daily"), ("clobétasol 0,05 % onguent bid x 2 sem.", "clobetasol 0.05% ointment bid x 2 weeks")],
    "pso_ungu": [("méthotrexate 20 mg s.c. 1x/sem.", "methotrexate 20 mg SC weekly")],
    "pso_inv": [("tacrolimus 0,1 % onguent bid", "tacrolimus 0.1% ointment bid")],
    "hs": [("doxycycline 100 mg bid x 12 sem.", "doxycycline 100 mg bid x 12 weeks"), ("clindamycine 300 mg bid + rifampicine 300 mg bid", "clindamycin 300 mg bid + rifampin 300 mg bid")],
    "da": [("bétaméthasone valérate 0,1 % crème bid", "betamethasone valerate 0.1% cream bid"), ("cyclosporine 3 mg/kg/j", "cyclosporine 3 mg/kg/day")],
    "urt": [("bilastine 20 mg jusqu'à 4 co die", "bilastine 20 mg up to 4 tabs daily")],
    "pb": [("clobétasol 0,05 % crème 20 g/j corps entier", "clobetasol 0.05% cream 20 g/day whole body"), ("doxycycline 100 mg bid", "doxycycline 100 mg bid")],
    "lp": [("clobétasol gel buccal", "clobetasol oral gel"), ("hydroxychloroquine 200 mg bid", "hydroxychloroquine 200 mg bid")],
    "rosacee": [("ivermectine 1 % crème (Rosiver) die", "ivermectin 1% cream (Rosiver) daily"), ("doxycycline 40 mg LM die", "doxycycline 40 mg MR daily")],
    "alopecie": [("infiltrations de triamcinolone 5 mg/mL", "intralesional triamcinolone 5 mg/mL"), ("baricitinib (Olumiant) 4 mg die", "baricitinib (Olumiant) 4 mg daily")],
    "vitiligo": [("ruxolitinib crème 1,5 % (Opzelura) bid", "ruxolitinib 1.5% cream (Opzelura) bid"), ("photothérapie UVB à bande étroite 3x/sem.", "narrowband UVB 3x/week")],
    "acne": [("isotrétinoïne (Epuris) 40 mg die", "isotretinoin (Epuris) 40 mg daily"), ("isotrétinoïne (Clarus) 30 mg die", "isotretinoin (Clarus) 30 mg daily")],
    "bcc_nod": [("exérèse avec marges de 4 mm", "excision with 4 mm margins")],
    "bcc_sup": [("imiquimod 5 % crème 5x/sem. x 6 sem.", "imiquimod 5% cream 5x/week for 6 weeks")],
    "bcc_inf": [("chirurgie de Mohs", "Mohs surgery")],
    "scc_is": [("5-fluorouracile 5 % crème (Efudex) bid x 4 sem.", "5-fluorouracil 5% cream (Efudex) bid x 4 weeks")],
    "scc": [("exérèse large, marges de 6 mm", "wide excision with 6 mm margins")],
    "mel_is": [("réexcision avec marges de 5 mm", "re-excision with 5 mm margins")],
    "mel": [("réexcision marges 1 cm + discussion ganglion sentinelle", "wide local excision 1 cm + sentinel node discussion"), ("pembrolizumab (Keytruda) adjuvant 400 mg IV q6 sem.", "adjuvant pembrolizumab (Keytruda) 400 mg IV q6w")],
    "ak": [("5-fluorouracile 5 % crème bid x 3 sem.", "5-fluorouracil 5% cream bid x 3 weeks"), ("thérapie photodynamique (ALA)", "photodynamic therapy (ALA)")],
    "nevus": [("réexcision marges 2 mm", "re-excision with 2 mm margins")],
    "da_ped": [("hydrocortisone 1 % crème visage + mométasone 0,1 % onguent corps", "hydrocortisone 1% cream face + mometasone 0.1% ointment body"), ("dupilumab (Dupixent) 300 mg q4 sem.", "dupilumab (Dupixent) 300 mg q4w")],
    "molluscum": [("cantharidine en clinique", "in-office cantharidin")],
    "hemangiome": [("propranolol 1 mg/kg/j en 2 doses, augmenter à 2 mg/kg/j", "propranolol 1 mg/kg/day in 2 doses, increase to 2 mg/kg/day")],
    "gale": [("perméthrine 5 % (Kwellada-P) J1 et J8 pour toute la maisonnée", "permethrin 5% (Kwellada-P) day 1 and day 8 for the whole household"), ("ivermectine 200 µg/kg PO J1 et J8", "ivermectin 200 mcg/kg PO day 1 and day 8")],
    "verrues": [("cryothérapie q3 sem. + acide salicylique 40 %", "cryotherapy q3w + salicylic acid 40%")],
    "ulcere": [("pansements compressifs 2x/sem. + pentoxifylline 400 mg tid", "compression dressings twice weekly + pentoxifylline 400 mg tid")],
    "dress": [("prednisone 0,5 mg/kg/j avec sevrage lent sur 8 sem.", "prednisone 0.5 mg/kg/day tapered over 8 weeks")],
}


def treatment(rng, key, lang):
    t = rng.choice(TREAT.get(key, [("suivi clinique", "clinical follow-up")]))
    return t[0] if lang == "fr" else t[1]


def biologic(rng, key, lang):
    t = rng.choice(BIOLOGICS.get(key, BIOLOGICS["pso"]))
    return t[0] if lang == "fr" else t[1]


SITES = [("dos, région scapulaire droite", "right upper back"), ("joue gauche", "left cheek"),
         ("aile nasale droite", "right nasal ala"), ("cuir chevelu, vertex", "scalp, vertex"),
         ("avant-bras gauche", "left forearm"), ("mollet droit", "right calf"),
         ("hélix de l'oreille gauche", "left helix"), ("front, région temporale droite", "right temple"),
         ("thorax antérieur", "anterior chest"), ("épaule gauche", "left shoulder"),
         ("dos de la main droite", "dorsum of right hand"), ("lèvre inférieure", "lower lip")]


def site(rng, lang):
    s = rng.choice(SITES)
    return s[0] if lang == "fr" else s[1]


def path_report(rng, key, lang):
    """Histology text for a tumour key: (specimen, diagnosis line, details)."""
    fr = lang == "fr"
    punch = rng.choice([3, 4, 4, 6])
    if key in ("bcc_nod", "bcc_sup", "bcc_inf"):
        kind = {"bcc_nod": ("nodulaire", "nodular"), "bcc_sup": ("superficiel", "superficial"),
                "bcc_inf": ("infiltrant", "infiltrative")}[key]
        marg = rng.choice([("marges latérales atteintes", "lateral margins involved"),
                           ("marges libres, marge la plus proche 0,8 mm", "margins clear, closest 0.8 mm"),
                           ("marge profonde atteinte", "deep margin involved")])
        return ((f"biopsie au poinçon {punch} mm" if fr else f"{punch} mm punch biopsy"),
                (f"Carcinome basocellulaire, type {kind[0]}" if fr else f"Basal cell carcinoma, {kind[1]} type"),
                marg[0] if fr else marg[1])
    if key in ("scc", "scc_is"):
        if key == "scc_is":
            return (("biopsie par rasage" if fr else "shave biopsy"),
                    ("Carcinome épidermoïde in situ (type Bowen)" if fr else "Squamous cell carcinoma in situ (Bowenoid)"),
                    ("atteinte de la marge périphérique" if fr else "peripheral margin involved"))
        depth = rng.choice(["1,9", "2,4", "3,1"])
        return (("exérèse elliptique" if fr else "elliptical excision"),
                ("Carcinome épidermoïde invasif, bien différencié" if fr else "Invasive squamous cell carcinoma, well differentiated"),
                (f"épaisseur {depth} mm, pas d'invasion périneurale, marges libres" if fr
                 else f"thickness {depth.replace(',', '.')} mm, no perineural invasion, margins clear"))
    if key in ("mel", "mel_is"):
        if key == "mel_is":
            return (("biopsie excisionnelle" if fr else "excisional biopsy"),
                    ("Mélanome in situ, type lentigo maligna" if fr else "Melanoma in situ, lentigo maligna type"),
                    ("marge périphérique à 0,3 mm" if fr else "peripheral margin 0.3 mm"))
        b = rng.choice(["0,4", "0,6", "0,9", "1,3", "2,2"])
        mit = rng.choice(["0", "1", "2"])
        ulc = rng.choice([("absente", "absent"), ("absente", "absent"), ("présente", "present")])
        return (("biopsie excisionnelle" if fr else "excisional biopsy"),
                ("Mélanome malin de type superficiel extensif" if fr else "Malignant melanoma, superficial spreading type"),
                (f"Breslow {b} mm, Clark IV, mitoses {mit}/mm², ulcération {ulc[0]}, marges libres" if fr
                 else f"Breslow {b.replace(',', '.')} mm, Clark IV, mitoses {mit}/mm2, ulceration {ulc[1]}, margins clear"))
    if key == "nevus":
        return (("biopsie par rasage profond" if fr else "deep shave biopsy"),
                ("Nævus composé dysplasique avec atypie architecturale et cytologique modérée" if fr
                 else "Dysplastic compound naevus with moderate architectural and cytological atypia"),
                ("marges atteintes" if fr else "margins involved"))
    if key == "ak":
        return (("biopsie au poinçon 3 mm" if fr else "3 mm punch biopsy"),
                ("Kératose actinique hypertrophique" if fr else "Hypertrophic actinic keratosis"),
                ("pas d'invasion" if fr else "no invasion seen"))
    if key == "pb":
        return ((f"biopsie {punch} mm + IFD périlésionnelle" if fr else f"{punch} mm punch + perilesional DIF"),
                ("Bulle sous-épidermique riche en éosinophiles; IFD : IgG et C3 linéaires à la JDE" if fr
                 else "Subepidermal blister with eosinophils; DIF: linear IgG and C3 along the BMZ"),
                ("compatible avec une pemphigoïde bulleuse" if fr else "consistent with bullous pemphigoid"))
    if key == "lp":
        return ((f"biopsie au poinçon {punch} mm" if fr else f"{punch} mm punch biopsy"),
                ("Dermatite lichénoïde d'interface avec hypergranulose" if fr else "Lichenoid interface dermatitis with hypergranulosis"),
                ("compatible avec un lichen plan" if fr else "consistent with lichen planus"))
    return ((f"biopsie au poinçon {punch} mm" if fr else f"{punch} mm punch biopsy"),
            ("Hyperplasie psoriasiforme avec parakératose confluente et microabcès de Munro" if fr
             else "Psoriasiform hyperplasia with confluent parakeratosis and Munro microabscesses"),
            ("compatible avec un psoriasis" if fr else "consistent with psoriasis"))


def prebio_labs(rng, lang):
    fr = lang == "fr"
    hb = rng.randint(118, 158)
    gb = rng.choice(["5,2", "6,4", "7,1", "8,3", "4,9"])
    plq = rng.randint(160, 340)
    alt = rng.randint(14, 42)
    lines = [("QuantiFERON-TB Gold Plus : négatif" if fr else "QuantiFERON-TB Gold Plus: negative"),
             ("AgHBs nég., anti-HBc nég., anti-HBs 84 UI/L" if fr else "HBsAg neg, anti-HBc neg, anti-HBs 84 IU/L"),
             ("anti-VHC non réactif, VIH non réactif" if fr else "HCV Ab non-reactive, HIV non-reactive"),
             (f"FSC : Hb {hb} g/L, GB {gb}, plaq. {plq}" if fr else f"CBC: Hb {hb} g/L, WBC {gb.replace(',', '.')}, plt {plq}"),
             (f"ALT {alt} U/L, créat. {rng.randint(55, 98)} µmol/L" if fr else f"ALT {alt} U/L, creatinine {rng.randint(55, 98)} umol/L")]
    return lines


def iso_labs(rng, lang):
    fr = lang == "fr"
    tg = rng.choice(["1,4", "1,9", "2,3", "3,6"])
    ch = rng.choice(["4,1", "4,8", "5,6"])
    alt = rng.randint(15, 61)
    if fr:
        return [f"TG {tg} mmol/L", f"Cholestérol total {ch} mmol/L", f"ALT {alt} U/L"]
    return [f"TG {tg.replace(',', '.')} mmol/L", f"Total cholesterol {ch.replace(',', '.')} mmol/L", f"ALT {alt} U/L"]


def mtx_labs(rng, lang):
    fr = lang == "fr"
    alt = rng.choice([22, 31, 68, 78, 104])
    wbc = rng.choice(["5,8", "4,2", "3,1"])
    flag = " (H)" if alt > 55 else ""
    if fr:
        return [f"ALT {alt} U/L{flag}", f"AST {alt - rng.randint(3, 12)} U/L", f"GB {wbc} x10^9/L", f"créatinine {rng.randint(60, 110)} µmol/L"]
    return [f"ALT {alt} U/L{flag}", f"AST {alt - rng.randint(3, 12)} U/L", f"WBC {wbc.replace(',', '.')} x10^9/L", f"creatinine {rng.randint(60, 110)} umol/L"]


PHOTO_MODALITIES = [("UVB à bande étroite (UVB-BE)", "narrowband UVB (NB-UVB)"),
                    ("PUVA (méthoxsalène oral)", "PUVA (oral methoxsalen)"),
                    ("UVA1", "UVA1")]
