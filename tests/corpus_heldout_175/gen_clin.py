"""Clinical vocabulary pools (French / English) for the gastroenterology flavour."""

INDICATIONS_FR = [
    ("RSOSi positif (FIT {fit} ng/mL) — programme de dépistage", "lab"),
    ("rectorragies intermittentes depuis 3 mois", "dx"),
    ("anémie ferriprive (Hb {hb} g/L, ferritine {ferr} µg/L)", "lab"),
    ("surveillance post-polypectomie (adénome tubulovilleux en 2021)", "dx"),
    ("changement du transit et perte de poids de 6 kg", "dx"),
    ("antécédent familial de cancer colorectal (père à 52 ans)", "dx"),
    ("dysphagie aux solides progressive", "dx"),
    ("dyspepsie réfractaire, H. pylori positif au test respiratoire", "lab"),
    ("diarrhée chronique, calprotectine {calpro} µg/g", "lab"),
    ("dépistage de varices oesophagiennes — cirrhose connue", "dx"),
]
INDICATIONS_EN = [
    ("positive FIT ({fit} ng/mL) through the screening program", "lab"),
    ("intermittent bright red blood per rectum x 3 months", "dx"),
    ("iron deficiency anemia (Hb {hb} g/L, ferritin {ferr} ug/L)", "lab"),
    ("surveillance, tubular adenomas x3 removed in 2022", "dx"),
    ("change in bowel habit with 5 kg weight loss", "dx"),
    ("first-degree relative with colorectal cancer (mother, age 49)", "dx"),
    ("progressive solid-food dysphagia", "dx"),
    ("refractory dyspepsia, H. pylori stool antigen positive", "lab"),
    ("chronic diarrhea, fecal calprotectin {calpro} ug/g", "lab"),
    ("variceal screening, known cirrhosis", "dx"),
]

PATHO_FR = [
    "Adénome tubulaire avec dysplasie de bas grade, exérèse complète",
    "Adénome tubulovilleux, dysplasie de haut grade focale, marges non évaluables",
    "Lésion festonnée sessile sans dysplasie",
    "Adénocarcinome moyennement différencié infiltrant la sous-muqueuse (pT1), marge profonde < 1 mm",
    "Muqueuse colique avec colite chronique active modérée, compatible avec une MII",
    "Oesophage de Barrett : métaplasie intestinale sans dysplasie",
    "Gastrite chronique active à Helicobacter pylori",
    "Atrophie villositaire subtotale (Marsh 3b), compatible avec une maladie coeliaque",
    "Polype hyperplasique du rectum",
    "Colite microscopique de type collagène",
]
PATHO_EN = [
    "Tubular adenoma with low-grade dysplasia, completely excised",
    "Tubulovillous adenoma with focal high-grade dysplasia",
    "Sessile serrated lesion without dysplasia",
    "Invasive adenocarcinoma, moderately differentiated, arising in a polyp (pT1), deep margin 0.8 mm",
    "Chronic active colitis, moderate, consistent with inflammatory bowel disease",
    "Barrett esophagus: intestinal metaplasia, negative for dysplasia",
    "Chronic active gastritis, Helicobacter pylori organisms identified",
    "Subtotal villous atrophy (Marsh 3b), consistent with celiac disease",
    "Hyperplastic polyp, rectum",
    "Collagenous colitis",
]

IBD_DX_FR = ["maladie de Crohn iléocolique (A2 L3 B1)", "maladie de Crohn iléale sténosante (B2)",
             "colite ulcéreuse pancolique", "rectocolite hémorragique gauche (E2)",
             "maladie de Crohn avec atteinte périanale fistulisante", "pochite chronique post-AIIA"]
IBD_DX_EN = ["ileocolonic Crohn's disease (A2 L3 B1)", "stricturing ileal Crohn's disease (B2)",
             "ulcerative pancolitis", "left-sided ulcerative colitis (E2)",
             "perianal fistulizing Crohn's disease", "chronic pouchitis after IPAA"]

BIOLOGICS = [("védolizumab", "Entyvio", "300 mg IV aux 8 semaines"),
             ("infliximab", "Renflexis", "5 mg/kg IV aux 8 semaines"),
             ("adalimumab", "Hadlima", "40 mg s.c. aux 2 semaines"),
             ("ustekinumab", "Stelara", "90 mg s.c. aux 8 semaines"),
             ("risankizumab", "Skyrizi", "360 mg s.c. aux 8 semaines"),
             ("upadacitinib", "Rinvoq", "45 mg PO die x 8 sem. puis 30 mg die")]
BIOLOGICS_EN = [("vedolizumab", "Entyvio", "300 mg IV q8 weeks"),
                ("infliximab", "Inflectra", "5 mg/kg IV q8 weeks"),
                ("adalimumab", "Amgevita", "40 mg SC q2 weeks"),
                ("ustekinumab", "Stelara", "90 mg SC q8 weeks"),
                ("risankizumab", "Skyrizi", "360 mg SC q8 weeks"),
                ("upadacitinib", "Rinvoq", "45 mg PO daily x 8 weeks then 30 mg daily")]

LIVER_DX_FR = ["cirrhose sur stéatohépatite métabolique (MASH), Child-Pugh B7",
               "cirrhose alcoolique compensée, Child-Pugh A6", "hépatite C chronique génotype 3, F3",
               "hépatite B chronique HBeAg négatif", "cholangite biliaire primitive",
               "cholangite sclérosante primitive associée à une colite ulcéreuse",
               "hépatite auto-immune de type 1"]
LIVER_DX_EN = ["MASH cirrhosis, Child-Pugh B7", "compensated alcohol-related cirrhosis, Child-Pugh A6",
               "chronic hepatitis C genotype 3, F3", "chronic hepatitis B, HBeAg-negative",
               "primary biliary cholangitis", "primary sclerosing cholangitis with ulcerative colitis",
               "type 1 autoimmune hepatitis"]

PREPS_FR = [("Pico-Salax", "2 sachets"), ("PegLyte", "4 litres"), ("BiPeglyte", "2 litres + 2 comprimés de bisacodyl"),
            ("Colyte", "4 litres en dose fractionnée")]
PREPS_EN = [("Pico-Salax", "2 sachets"), ("PegLyte", "4 L"), ("BiPeglyte", "2 L plus 2 bisacodyl tablets"),
            ("Colyte", "4 L, split dose")]

ANTICOAG_FR = ["apixaban (Eliquis) 5 mg BID", "warfarine (Coumadin) selon RNI", "rivaroxaban (Xarelto) 20 mg die",
               "clopidogrel (Plavix) 75 mg die", "dabigatran (Pradaxa) 150 mg BID"]
ANTICOAG_EN = ["apixaban (Eliquis) 5 mg BID", "warfarin (Coumadin), INR-adjusted", "rivaroxaban (Xarelto) 20 mg daily",
               "clopidogrel (Plavix) 75 mg daily", "dabigatran (Pradaxa) 150 mg BID"]

ROSTER_FR = [
    ("HDH sur ulcère bulbaire Forrest IIa", "Hb {hb} → 2 CGR, pantoprazole IV 8 mg/h"),
    ("poussée sévère de CU", "CRP {crp}, méthylprednisolone 60 mg IV, score de Truelove 4"),
    ("pancréatite biliaire", "lipase 2400, CPRE demain a.m."),
    ("cirrhose décompensée, ascite", "Na 128, paracentèse 6 L hier, albumine 25 %"),
    ("encéphalopathie hépatique gr. II", "lactulose titrée, rifaximine 550 BID"),
    ("cholangite aiguë", "bili 87, pip-tazo, CPRE urgente"),
    ("Crohn, abcès psoas", "drainage radio, ceftriaxone + métronidazole"),
    ("impaction alimentaire", "gastroscopie faite, biopsies pour oesophagite à éosinophiles"),
    ("méléna sous apixaban", "Hb {hb}, apixaban cessé, OGD prévue 14 h"),
    ("hépatite alcoolique aiguë", "Maddrey 41, prednisolone 40 mg J3"),
]
ROSTER_EN = [
    ("UGIB, duodenal ulcer Forrest IIa", "Hb {hb}, 2 u PRBC, pantoprazole infusion"),
    ("severe UC flare", "CRP {crp}, IV methylpred 60, day 3 - rescue discussion"),
    ("gallstone pancreatitis", "lipase 2400, ERCP tomorrow am"),
    ("decompensated cirrhosis, ascites", "Na 127, 5 L tap yesterday, albumin given"),
    ("hepatic encephalopathy gr II", "lactulose titrating, rifaximin 550 BID"),
    ("acute cholangitis", "bili 92, pip-tazo, urgent ERCP"),
    ("Crohn's, psoas abscess", "IR drain, ceftriaxone + metronidazole"),
    ("food bolus", "scoped overnight, bx for EoE"),
    ("melena on apixaban", "Hb {hb}, apixaban held, EGD at 14:00"),
    ("alcoholic hepatitis", "Maddrey 44, prednisolone 40 day 3"),
]


def fill(rng, s):
    return s.format(fit=rng.choice([112, 154, 189, 236, 310, 487, 650]),
                    hb=rng.choice([68, 71, 74, 79, 84, 92, 98, 103]),
                    ferr=rng.choice([3, 5, 7, 9, 12]),
                    calpro=rng.choice([380, 520, 845, 1240, 1800]),
                    crp=rng.choice([38, 54, 86, 112, 148]))
