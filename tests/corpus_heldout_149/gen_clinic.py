"""Clinical content: diagnoses, drugs and terse lab values for the endocrine clinic.

case(rng, domain, lang) returns a Case with language-specific strings; values are
drawn at random so that two letters about the same problem do not read alike.
"""


def num(x, lang, nd=1):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if lang == "fr" else s


class Case:
    def __init__(self, domain, **kw):
        self.domain = domain
        self.dx = ""
        self.short = ""
        self.meds = []
        self.labs = []
        self.plan = ""
        self.hist = ""
        self.__dict__.update(kw)

    def labline(self, sep=", "):
        return sep.join(self.labs)

    def medline(self, sep="; "):
        return sep.join(self.meds)


ADULT_DOMAINS = ["nodule", "graves", "hypo", "thycancer", "osteo", "adrenal_inc", "aldo", "pheo",
                 "addison", "prolactinoma", "acro", "nfpa", "hpt"]
PED_DOMAINS = ["cah", "ghd", "congenital_hypo", "hashi_teen"]
THYROID = ["nodule", "graves", "hypo", "thycancer"]
ADRENAL = ["adrenal_inc", "aldo", "pheo", "addison"]
PITUITARY = ["prolactinoma", "acro", "nfpa", "di"]
BONE = ["osteo", "hpt"]


def case(rng, domain, lang):
    fr = lang == "fr"
    r = rng
    if domain == "nodule":
        side = r.choice([("droit", "right"), ("gauche", "left"), ("isthmique", "isthmic")])
        size = r.choice([1.4, 1.8, 2.1, 2.6, 3.2, 3.9])
        tr = r.choice([3, 4, 4, 5])
        beth = r.choice([("II", "bénin", "benign"), ("III", "AUS/atypie de signification indéterminée", "AUS"),
                         ("IV", "néoplasme folliculaire", "follicular neoplasm"),
                         ("V", "suspect de malignité", "suspicious for malignancy"), ("I", "non diagnostique", "nondiagnostic")])
        dx = (f"nodule thyroïdien {side[0]} de {num(size, 'fr')} cm, TI-RADS {tr}" if fr else
              f"{side[1]} thyroid nodule {size} cm, TI-RADS {tr}")
        cyto = (f"cytoponction : Bethesda {beth[0]} ({beth[1]})" if fr else f"FNA: Bethesda {beth[0]} ({beth[2]})")
        return Case(domain, dx=dx, short=("nodule thyroïdien" if fr else "thyroid nodule"), cyto=cyto, beth=beth[0],
                    size=size, tirads=tr, side=side[0] if fr else side[1],
                    labs=[f"TSH {num(r.uniform(0.6, 3.8), lang, 2)} {'mUI/L' if fr else 'mIU/L'}", cyto],
                    meds=[], plan=(r.choice(["revoir en clinique avec le résultat", "référer en ORL pour lobectomie",
                                            "répéter la cytoponction dans 3 mois", "échographie de contrôle dans 12 mois"]) if fr else
                                   r.choice(["review in clinic with result", "refer to ENT for lobectomy",
                                             "repeat FNA in 3 months", "repeat ultrasound in 12 months"])))
    if domain == "graves":
        tsh = r.choice(["<0,01", "0,005", "<0,02"]) if fr else r.choice(["<0.01", "0.005", "<0.02"])
        ft4 = r.randint(31, 68)
        trab = r.uniform(4.5, 19.0)
        dose = r.choice([10, 15, 20, 30])
        meds = [f"méthimazole (Tapazole) {dose} mg DIE" if fr else f"methimazole (Tapazole) {dose} mg daily",
                f"propranolol {r.choice([10, 20, 40])} mg {'BID' if not fr else 'BID'}"]
        return Case(domain, dx=("maladie de Basedow (hyperthyroïdie)" if fr else "Graves' disease (hyperthyroidism)"),
                    short=("Basedow" if fr else "Graves"),
                    labs=[f"TSH {tsh} {'mUI/L' if fr else 'mIU/L'}", f"{'T4L' if fr else 'FT4'} {ft4} pmol/L",
                          f"TRAb {num(trab, lang)} UI/L" if fr else f"TRAb {trab:.1f} IU/L"],
                    meds=meds, dose=dose, ft4=ft4,
                    plan=(r.choice(["iode radioactif à discuter", "poursuivre le Tapazole 18 mois", "thyroïdectomie totale proposée"]) if fr else
                          r.choice(["discuss radioactive iodine", "continue methimazole for 18 months", "total thyroidectomy offered"])))
    if domain == "hypo":
        tsh = r.uniform(6.5, 48.0)
        dose = r.choice([25, 50, 75, 88, 100, 112, 125, 137, 150])
        brand = r.choice(["Synthroid", "Eltroxin", "lévothyroxine" if fr else "levothyroxine"])
        return Case(domain, dx=("hypothyroïdie (Hashimoto)" if fr else "Hashimoto's hypothyroidism"),
                    short=("hypothyroïdie" if fr else "hypothyroid"),
                    labs=[f"TSH {num(tsh, lang)} {'mUI/L' if fr else 'mIU/L'}", f"{'T4L' if fr else 'FT4'} {r.randint(6, 11)} pmol/L",
                          f"anti-TPO {r.randint(180, 1400)} {'kUI/L' if fr else 'kIU/L'}"],
                    meds=[f"{brand} {dose} mcg {'DIE' if fr else 'daily'}"], dose=dose, tsh=tsh,
                    plan=(f"augmenter à {dose + 25} mcg, TSH dans 6 semaines" if fr else f"increase to {dose + 25} mcg, TSH in 6 weeks"))
    if domain == "thycancer":
        tg = r.choice(["<0,1", "0,4", "2,8", "11,5"]) if fr else r.choice(["<0.1", "0.4", "2.8", "11.5"])
        stage = r.choice(["pT1b N0", "pT2 N1a", "pT3a N1b", "pT1a N0"])
        mci = r.choice([30, 100, 150])
        return Case(domain, dx=(f"carcinome papillaire de la thyroïde {stage}, status post thyroïdectomie totale" if fr else
                                f"papillary thyroid carcinoma {stage}, status post total thyroidectomy"),
                    short=("CPT post-op" if fr else "PTC post-op"), mci=mci,
                    labs=[f"thyroglobuline {tg} µg/L" if fr else f"thyroglobulin {tg} µg/L",
                          f"anti-Tg {'négatifs' if fr else 'negative'}", f"TSH {num(r.uniform(0.05, 0.4), lang, 2)}"],
                    meds=[f"{'lévothyroxine' if fr else 'levothyroxine'} {r.choice([125, 137, 150, 175])} mcg",
                          "Thyrogen (thyrotropine alfa) 0,9 mg IM x 2" if fr else "Thyrogen (thyrotropin alfa) 0.9 mg IM x2"],
                    plan=(f"ablation à l'iode 131 ({mci} mCi) avec Thyrogen" if fr else f"I-131 remnant ablation ({mci} mCi) with Thyrogen"))
    if domain == "osteo":
        ls = -r.uniform(2.5, 4.1)
        fn = -r.uniform(1.9, 3.4)
        frax = r.randint(14, 38)
        drug = r.choice([("alendronate (Fosamax) 70 mg 1 fois/semaine", "alendronate (Fosamax) 70 mg weekly"),
                         ("dénosumab (Prolia) 60 mg SC q 6 mois", "denosumab (Prolia) 60 mg SC q6 months"),
                         ("acide zolédronique (Aclasta) 5 mg IV annuel", "zoledronic acid (Aclasta) 5 mg IV yearly"),
                         ("tériparatide (Forteo) 20 mcg SC die", "teriparatide (Forteo) 20 mcg SC daily"),
                         ("romosozumab (Evenity) 210 mg SC mensuel", "romosozumab (Evenity) 210 mg SC monthly")])
        fx = r.choice([("fracture de poignet", "wrist fracture"), ("fracture vertébrale L1", "L1 vertebral fracture"),
                       ("fracture de hanche", "hip fracture"), ("aucune fracture", "no prior fracture")])
        return Case(domain, dx=(f"ostéoporose, {fx[0]}" if fr else f"osteoporosis, {fx[1]}"),
                    short=("ostéoporose" if fr else "osteoporosis"), drug=drug[0] if fr else drug[1],
                    ls=ls, fn=fn, frax=frax,
                    labs=[f"T-score L1-L4 {num(ls, lang)}", f"{'col fémoral' if fr else 'femoral neck'} {num(fn, lang)}",
                          f"FRAX {'fracture majeure' if fr else 'major'} {frax} %" if fr else f"FRAX major {frax}%",
                          f"25-OH vit D {r.randint(28, 96)} nmol/L", f"{'créatinine' if fr else 'creatinine'} {r.randint(58, 128)} µmol/L"],
                    meds=[drug[0] if fr else drug[1], "vitamine D3 1000 UI" if fr else "vitamin D3 1000 IU",
                          "carbonate de calcium 500 mg" if fr else "calcium carbonate 500 mg"],
                    plan=(r.choice(["DMO de contrôle dans 2 ans", "débuter le traitement", "vacance thérapeutique à discuter"]) if fr else
                          r.choice(["repeat BMD in 2 years", "start therapy", "discuss drug holiday"])))
    if domain == "adrenal_inc":
        sz = r.choice([1.9, 2.4, 2.8, 3.6, 4.3])
        hu = r.choice([8, 12, 24, 31])
        cort = r.choice([38, 52, 96, 138, 210])
        return Case(domain, dx=(f"incidentalome surrénalien {r.choice(['gauche', 'droit'])} de {num(sz, 'fr')} cm ({hu} UH)" if fr else
                                f"{r.choice(['left', 'right'])} adrenal incidentaloma {sz} cm ({hu} HU)"),
                    short=("incidentalome surrénalien" if fr else "adrenal incidentaloma"),
                    labs=[f"cortisol post-dexaméthasone 1 mg {cort} nmol/L" if fr else f"1 mg DST cortisol {cort} nmol/L",
                          f"ACTH {r.randint(1, 9)} pmol/L", f"{'métanéphrines plasmatiques' if fr else 'plasma metanephrines'} {'normales' if fr else 'normal'}"],
                    meds=[], cort=cort,
                    plan=("TDM surrénalienne de contrôle dans 12 mois" if fr else "repeat adrenal CT in 12 months") if cort < 50 else
                    ("discuter surrénalectomie au comité" if fr else "discuss adrenalectomy at tumour board"))
    if domain == "aldo":
        aldo = r.randint(480, 1200)
        ren = r.uniform(0.3, 1.4)
        k = r.uniform(2.8, 3.5)
        return Case(domain, dx=("hyperaldostéronisme primaire probable" if fr else "probable primary aldosteronism"),
                    short=("hyperaldo" if fr else "primary aldo"),
                    labs=[f"aldostérone {aldo} pmol/L" if fr else f"aldosterone {aldo} pmol/L", f"{'rénine' if fr else 'renin'} {num(ren, lang)} ng/L",
                          f"K {num(k, lang)} mmol/L", f"{'ratio' if fr else 'ARR'} {int(aldo / ren)}"],
                    meds=["spironolactone 25 mg DIE" if fr else "spironolactone 25 mg daily", "KCl 20 mEq BID"],
                    plan=("cathétérisme des veines surrénaliennes" if fr else "adrenal vein sampling"))
    if domain == "pheo":
        nmn = r.uniform(2.4, 9.8)
        return Case(domain, dx=("phéochromocytome gauche" if fr else "left pheochromocytoma"), short=("phéo" if fr else "pheo"),
                    labs=[f"{'normétanéphrine plasmatique' if fr else 'plasma normetanephrine'} {num(nmn, lang)} nmol/L",
                          f"{'métanéphrine' if fr else 'metanephrine'} {num(r.uniform(0.2, 1.9), lang, 2)} nmol/L"],
                    meds=[f"phénoxybenzamine {r.choice([10, 20])} mg BID" if fr else f"phenoxybenzamine {r.choice([10, 20])} mg BID",
                          "doxazosine 4 mg HS" if fr else "doxazosin 4 mg qhs"],
                    plan=("surrénalectomie laparoscopique après alpha-blocage" if fr else "laparoscopic adrenalectomy after alpha blockade"))
    if domain == "addison":
        return Case(domain, dx=("insuffisance surrénalienne primaire (maladie d'Addison)" if fr else "primary adrenal insufficiency (Addison's disease)"),
                    short=("Addison" if fr else "Addison's"),
                    labs=[f"cortisol 8 h {r.randint(35, 110)} nmol/L" if fr else f"8 am cortisol {r.randint(35, 110)} nmol/L",
                          f"ACTH {r.randint(60, 310)} pmol/L", f"Na {r.randint(126, 133)} mmol/L"],
                    meds=["hydrocortisone (Cortef) 15 mg AM / 5 mg 14 h" if fr else "hydrocortisone (Cortef) 15 mg AM / 5 mg 2 pm",
                          "fludrocortisone (Florinef) 0,1 mg DIE" if fr else "fludrocortisone (Florinef) 0.1 mg daily",
                          "Solu-Cortef 100 mg trousse d'urgence" if fr else "Solu-Cortef 100 mg emergency kit"],
                    plan=("revoir les règles de jours de maladie" if fr else "review sick-day rules"))
    if domain == "prolactinoma":
        prl = r.randint(95, 2400)
        return Case(domain, dx=(f"{'macro' if prl > 250 else 'micro'}prolactinome" if fr else f"{'macro' if prl > 250 else 'micro'}prolactinoma"),
                    short=("prolactinome" if fr else "prolactinoma"),
                    labs=[f"prolactine {prl} µg/L" if fr else f"prolactin {prl} µg/L",
                          f"IRM selle turcique : lésion de {r.randint(4, 22)} mm" if fr else f"MRI sella: {r.randint(4, 22)} mm lesion"],
                    meds=[f"cabergoline (Dostinex) {r.choice(['0,25', '0,5']) if fr else r.choice(['0.25', '0.5'])} mg 2 fois/sem" if fr else
                          f"cabergoline (Dostinex) {r.choice(['0.25', '0.5'])} mg twice weekly"],
                    plan=("prolactine et champ visuel dans 3 mois" if fr else "prolactin and visual fields in 3 months"))
    if domain == "acro":
        igf = r.uniform(1.6, 3.4)
        return Case(domain, dx=("acromégalie sur macroadénome hypophysaire" if fr else "acromegaly due to pituitary macroadenoma"),
                    short=("acromégalie" if fr else "acromegaly"),
                    labs=[f"IGF-1 {num(igf, lang)} x LSN" if fr else f"IGF-1 {igf:.1f} x ULN",
                          f"GH nadir HGPO {num(r.uniform(1.2, 6.0), lang)} µg/L" if fr else f"GH nadir on OGTT {r.uniform(1.2, 6.0):.1f} µg/L"],
                    meds=["octréotide LAR (Sandostatin LAR) 20 mg IM q 4 sem" if fr else "octreotide LAR (Sandostatin LAR) 20 mg IM q4 weeks"],
                    plan=("chirurgie transsphénoïdale" if fr else "transsphenoidal surgery"))
    if domain == "nfpa":
        return Case(domain, dx=("macroadénome hypophysaire non fonctionnel" if fr else "non-functioning pituitary macroadenoma"),
                    short=("macroadénome" if fr else "macroadenoma"),
                    labs=[f"IRM : {r.randint(14, 31)} mm, contact chiasmatique" if fr else f"MRI: {r.randint(14, 31)} mm, abutting chiasm",
                          "champ visuel : hémianopsie bitemporale" if fr else "visual fields: bitemporal hemianopia",
                          f"cortisol 8 h {r.randint(90, 240)} nmol/L" if fr else f"8 am cortisol {r.randint(90, 240)} nmol/L"],
                    meds=["hydrocortisone 10 mg AM / 5 mg PM" if fr else "hydrocortisone 10 mg AM / 5 mg PM"],
                    plan=("chirurgie transsphénoïdale" if fr else "transsphenoidal surgery"))
    if domain == "di":
        return Case(domain, dx=("diabète insipide central post-op" if fr else "central diabetes insipidus post-op"),
                    short=("DI post-op" if fr else "post-op DI"),
                    labs=[f"Na {r.randint(146, 152)} mmol/L", f"{'osmolalité urinaire' if fr else 'urine osm'} {r.randint(90, 180)} mOsm/kg",
                          f"{'diurèse' if fr else 'urine output'} {r.randint(4, 9)} L/24 h"],
                    meds=["desmopressine (DDAVP) 0,1 mg BID" if fr else "desmopressin (DDAVP) 0.1 mg BID"],
                    plan=("Na q 6 h, bilan ingesta/excreta" if fr else "Na q6h, strict ins and outs"))
    if domain == "hpt":
        ca = r.uniform(2.62, 2.98)
        pth = r.uniform(8.5, 19.0)
        return Case(domain, dx=("hyperparathyroïdie primaire" if fr else "primary hyperparathyroidism"),
                    short=("HPT primaire" if fr else "primary HPT"),
                    labs=[f"Ca corrigé {num(ca, lang, 2)} mmol/L" if fr else f"corrected Ca {ca:.2f} mmol/L",
                          f"PTH {num(pth, lang)} pmol/L", f"25-OH vit D {r.randint(35, 80)} nmol/L",
                          f"sestamibi : {'adénome inférieur droit' if fr else 'right inferior adenoma'}" if r.random() < 0.5 else
                          (f"calciurie 24 h {num(r.uniform(5.5, 9.5), lang)} mmol" if fr else f"24-h urine Ca {r.uniform(5.5, 9.5):.1f} mmol")],
                    meds=["cinacalcet 30 mg BID"] if r.random() < 0.3 else [],
                    plan=("parathyroïdectomie ciblée" if fr else "focused parathyroidectomy"))
    if domain == "cah":
        return Case(domain, dx=("hyperplasie congénitale des surrénales (déficit en 21-hydroxylase)" if fr else "congenital adrenal hyperplasia (21-hydroxylase deficiency)"),
                    short=("HCS" if fr else "CAH"),
                    labs=[f"17-OH progestérone {r.randint(12, 80)} nmol/L" if fr else f"17-OH progesterone {r.randint(12, 80)} nmol/L",
                          f"{'rénine' if fr else 'renin'} {r.randint(20, 90)} ng/L"],
                    meds=["hydrocortisone 4 mg / 2 mg / 2 mg", "fludrocortisone 0,1 mg" if fr else "fludrocortisone 0.1 mg"],
                    plan=("ajustement selon la croissance" if fr else "adjust for growth"))
    if domain == "ghd":
        return Case(domain, dx=("déficit en hormone de croissance" if fr else "growth hormone deficiency"),
                    short=("déficit GH" if fr else "GHD"),
                    labs=[f"IGF-1 {r.randint(30, 70)} µg/L", f"{'pic GH au test d arginine' if fr else 'peak GH on arginine test'} {num(r.uniform(2.0, 6.5), lang)} µg/L",
                          f"{'âge osseux' if fr else 'bone age'} {r.randint(5, 9)} {'ans' if fr else 'yrs'}"],
                    meds=[f"somatropine (Genotropin) {num(r.uniform(0.6, 1.4), lang)} mg SC die" if fr else f"somatropin (Genotropin) {r.uniform(0.6, 1.4):.1f} mg SC daily"],
                    plan=("revoir dans 4 mois avec courbe de croissance" if fr else "review in 4 months with growth chart"))
    if domain == "congenital_hypo":
        return Case(domain, dx=("hypothyroïdie congénitale" if fr else "congenital hypothyroidism"),
                    short=("hypothyroïdie congénitale" if fr else "congenital hypothyroid"),
                    labs=[f"TSH {num(r.uniform(5.5, 14.0), lang)} {'mUI/L' if fr else 'mIU/L'}", f"{'T4L' if fr else 'FT4'} {r.randint(10, 16)} pmol/L"],
                    meds=[f"{'lévothyroxine' if fr else 'levothyroxine'} {r.choice([25, 37.5, 50])} mcg"],
                    plan=("TSH dans 6 semaines" if fr else "TSH in 6 weeks"))
    if domain == "hashi_teen":
        return Case(domain, dx=("thyroïdite de Hashimoto avec goitre" if fr else "Hashimoto's thyroiditis with goitre"),
                    short=("Hashimoto" if fr else "Hashimoto's"),
                    labs=[f"TSH {num(r.uniform(8.0, 30.0), lang)}", f"anti-TPO {r.randint(300, 1900)}"],
                    meds=[f"{'lévothyroxine' if fr else 'levothyroxine'} {r.choice([50, 75, 88])} mcg"],
                    plan=("suivi TSH q 3 mois" if fr else "TSH every 3 months"))
    raise ValueError(domain)


def domain_for_age(rng, age, choices=None):
    if age < 18:
        return rng.choice(PED_DOMAINS)
    pool = choices or ADULT_DOMAINS
    if age < 40:
        pool = [d for d in pool if d != "osteo"] or pool
    return rng.choice(pool)
