"""Gastroenterology / hepatology vocabulary (French-Canadian and English)."""

PATHO_FR = [
    "adénome tubuleux avec dysplasie de bas grade (3 fragments, côlon transverse)",
    "adénome tubulo-villeux, dysplasie de haut grade, marges non évaluables",
    "lésion festonnée sessile sans dysplasie, côlon ascendant, 12 mm",
    "adénocarcinome moyennement différencié infiltrant, sigmoïde à 25 cm",
    "polype hyperplasique du rectum",
    "adénome tubuleux x 4 (le plus gros 14 mm), dysplasie de bas grade",
    "colite chronique active modérée compatible avec une MII",
    "muqueuse de Barrett sans dysplasie, 34 à 37 cm",
]
PATHO_EN = [
    "tubular adenoma with low-grade dysplasia (transverse colon, 3 fragments)",
    "tubulovillous adenoma with high-grade dysplasia, margins not assessable",
    "sessile serrated lesion without dysplasia, ascending colon, 12 mm",
    "invasive moderately differentiated adenocarcinoma, sigmoid at 25 cm",
    "hyperplastic polyp, rectum",
    "four tubular adenomas (largest 14 mm), low-grade dysplasia",
    "chronic active colitis, moderate, consistent with IBD",
    "Barrett's mucosa without dysplasia, 34-37 cm",
]
PATHO_FOLLOW_FR = {0: "coloscopie de contrôle dans 3 ans", 1: "référence en chirurgie colorectale, rediscuter en comité",
                   2: "coloscopie de contrôle dans 3 ans", 3: "TDM TAP, CEA et référence en chirurgie et oncologie — URGENT",
                   4: "retour au programme de dépistage (RSOSi dans 10 ans)", 5: "coloscopie dans 3 ans",
                   6: "rendez-vous clinique MII", 7: "gastroscopie de surveillance dans 3 à 5 ans"}
PATHO_FOLLOW_EN = {0: "surveillance colonoscopy in 3 years", 1: "refer to colorectal surgery, discuss at tumour board",
                   2: "surveillance colonoscopy in 3 years", 3: "CT chest/abdo/pelvis, CEA, urgent surgery and oncology referral",
                   4: "back to screening programme (FIT in 10 years)", 5: "colonoscopy in 3 years",
                   6: "IBD clinic appointment", 7: "surveillance gastroscopy in 3-5 years"}

DX_FR = ["maladie de Crohn iléocolique", "colite ulcéreuse pancolique", "cirrhose alcoolique Child-Pugh B",
         "hépatite C chronique, génotype 3", "hépatite B chronique HBeAg négative", "stéatohépatite (MASH) F3",
         "varices oesophagiennes grade II", "ulcère duodénal Forrest IIa", "maladie coeliaque",
         "anémie ferriprive à investiguer", "diverticulite sigmoïdienne compliquée", "oesophage de Barrett",
         "carcinome hépatocellulaire 2,4 cm segment VII", "cholangite biliaire primitive", "pancréatite chronique"]
DX_EN = ["ileocolonic Crohn's disease", "ulcerative pancolitis", "alcohol-related cirrhosis, Child-Pugh B",
         "chronic hepatitis C, genotype 3", "chronic hepatitis B, HBeAg-negative", "MASH with F3 fibrosis",
         "grade II oesophageal varices", "Forrest IIa duodenal ulcer", "coeliac disease",
         "iron-deficiency anaemia under investigation", "complicated sigmoid diverticulitis", "Barrett's oesophagus",
         "2.4 cm hepatocellular carcinoma, segment VII", "primary biliary cholangitis", "chronic pancreatitis"]

ANTICOAG = [("apixaban", "Eliquis", "5 mg BID"), ("rivaroxaban", "Xarelto", "20 mg DIE"),
            ("warfarine", "Coumadin", "selon RNI"), ("clopidogrel", "Plavix", "75 mg DIE"),
            ("dabigatran", "Pradaxa", "150 mg BID"), ("edoxaban", "Lixiana", "60 mg DIE")]
DIAB = [("metformine", "Glucophage", "850 mg BID"), ("insuline glargine", "Lantus", "24 u HS"),
        ("empagliflozine", "Jardiance", "10 mg DIE"), ("sémaglutide", "Ozempic", "1 mg SC hebdo"),
        ("gliclazide", "Diamicron MR", "60 mg DIE")]
BIO = [("infliximab", "Inflectra", "5 mg/kg IV q8 sem"), ("adalimumab", "Hadlima", "40 mg SC q2 sem"),
       ("védolizumab", "Entyvio", "300 mg IV q8 sem"), ("ustékinumab", "Stelara", "90 mg SC q8 sem"),
       ("risankizumab", "Skyrizi", "360 mg SC q8 sem"), ("infliximab", "Renflexis", "10 mg/kg IV q6 sem")]
BIO_EN = [("infliximab", "Inflectra", "5 mg/kg IV q8w"), ("adalimumab", "Hadlima", "40 mg SC q2w"),
          ("vedolizumab", "Entyvio", "300 mg IV q8w"), ("ustekinumab", "Stelara", "90 mg SC q8w"),
          ("risankizumab", "Skyrizi", "360 mg SC q8w"), ("infliximab", "Renflexis", "10 mg/kg IV q6w")]
PREP = [("PEG 3350 + électrolytes", "PegLyte 4 L"), ("picosulfate de sodium", "Pico-Salax"),
        ("PEG 3350", "Bi-PegLyte 2 L + bisacodyl"), ("PEG 3350 fractionné", "Colyte 4 L")]
PREP_EN = [("PEG 3350 with electrolytes", "PegLyte 4 L"), ("sodium picosulfate", "Pico-Salax"),
           ("PEG 3350", "Bi-PegLyte 2 L + bisacodyl"), ("split-dose PEG 3350", "Colyte 4 L")]
HEPMEDS = [("propranolol", "Inderal", "20 mg BID"), ("spironolactone", "Aldactone", "100 mg DIE"),
           ("furosémide", "Lasix", "40 mg DIE"), ("lactulose", "", "30 mL TID"), ("rifaximine", "Zaxine", "550 mg BID"),
           ("sofosbuvir/velpatasvir", "Epclusa", "1 co DIE x 12 sem"), ("ténofovir alafénamide", "Vemlidy", "25 mg DIE"),
           ("acide ursodésoxycholique", "Ursodiol", "500 mg BID")]
HEPMEDS_EN = [("propranolol", "Inderal", "20 mg BID"), ("spironolactone", "Aldactone", "100 mg daily"),
              ("furosemide", "Lasix", "40 mg daily"), ("lactulose", "", "30 mL TID"), ("rifaximin", "Zaxine", "550 mg BID"),
              ("sofosbuvir/velpatasvir", "Epclusa", "1 tab daily x 12 wk"), ("tenofovir alafenamide", "Vemlidy", "25 mg daily"),
              ("ursodiol", "Urso", "500 mg BID")]

INDIC_FR = ["RSOSi positif", "rectorragies intermittentes", "anémie ferriprive", "ATCD familial CCR (père, 52 ans)",
            "surveillance post-polypectomie", "changement du transit depuis 4 mois", "diarrhée chronique, perte de 6 kg",
            "méléna, Hb 78", "dysphagie aux solides", "pyrosis réfractaire aux IPP"]
INDIC_EN = ["positive FIT", "intermittent rectal bleeding", "iron-deficiency anaemia", "family history CRC (father at 52)",
            "post-polypectomy surveillance", "change in bowel habit x 4 months", "chronic diarrhoea, 6 kg weight loss",
            "melena, Hb 78", "solid-food dysphagia", "PPI-refractory heartburn"]

PROC_FR = ["Coloscopie", "Gastroscopie", "Coloscopie + gastroscopie", "Sigmoïdoscopie", "CPRE", "Écho-endoscopie",
           "Coloscopie (polypectomie)", "Ligature de varices"]
PROC_EN = ["Colonoscopy", "Gastroscopy", "Colonoscopy + EGD", "Flexible sigmoidoscopy", "ERCP", "EUS",
           "Colonoscopy (polypectomy)", "Variceal banding"]


def fit_value(rng):
    return rng.choice([182, 214, 256, 311, 389, 402, 517, 640, 788, 1000])


def hb(rng):
    return rng.choice([71, 78, 84, 92, 97, 103, 108, 116])


def ferritin(rng):
    return rng.choice([4, 6, 9, 11, 14, 22])


def calpro(rng):
    return rng.choice([320, 486, 612, 850, 1240, 1800])


def ifx_trough(rng):
    return rng.choice(["1,2", "2,1", "3,4", "0,8", "6,5", "< 0,4"])


def inr(rng):
    return rng.choice(["1,9", "2,6", "3,1", "3,8", "4,4"])


def fibroscan(rng):
    return rng.choice([("7,8", 248), ("9,6", 301), ("12,4", 326), ("18,9", 288), ("24,1", 341), ("6,2", 312)])
