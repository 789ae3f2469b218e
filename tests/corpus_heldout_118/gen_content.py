"""Clinical vocabulary pools for a medical genetics clinic and molecular lab."""

# gene, variant, condition fr, condition en
CANCER_VARIANTS = [
    ("BRCA1", "c.68_69del (p.Glu23Valfs*17)", "syndrome héréditaire du cancer du sein et de l'ovaire",
     "hereditary breast and ovarian cancer syndrome"),
    ("BRCA1", "c.4327C>T (p.Arg1443*)", "syndrome héréditaire du cancer du sein et de l'ovaire",
     "hereditary breast and ovarian cancer syndrome"),
    ("BRCA2", "c.5946del (p.Ser1982Argfs*22)", "syndrome héréditaire du cancer du sein et de l'ovaire",
     "hereditary breast and ovarian cancer syndrome"),
    ("BRCA2", "c.8537_8538del (p.Glu2846Glyfs*22)", "syndrome héréditaire du cancer du sein et de l'ovaire",
     "hereditary breast and ovarian cancer syndrome"),
    ("MLH1", "c.1852_1854del (p.Lys618del)", "syndrome de Lynch", "Lynch syndrome"),
    ("MSH2", "délétion des exons 1 à 6", "syndrome de Lynch", "Lynch syndrome"),
    ("MSH6", "c.3261dup (p.Phe1088Leufs*5)", "syndrome de Lynch", "Lynch syndrome"),
    ("PALB2", "c.3113G>A (p.Trp1038*)", "risque héréditaire de cancer du sein (PALB2)", "PALB2-related breast cancer risk"),
    ("CHEK2", "c.1100del (p.Thr367Metfs*15)", "risque modéré de cancer du sein (CHEK2)", "moderate-risk CHEK2 breast cancer predisposition"),
    ("APC", "c.3927_3931del (p.Glu1309Aspfs*4)", "polypose adénomateuse familiale", "familial adenomatous polyposis"),
    ("TP53", "c.743G>A (p.Arg248Gln)", "syndrome de Li-Fraumeni", "Li-Fraumeni syndrome"),
    ("PMS2", "c.137G>T (p.Ser46Ile)", "syndrome de Lynch", "Lynch syndrome"),
]

VUS = [("BRCA2", "c.7007G>A (p.Arg2336His)"), ("MSH6", "c.2194C>T (p.Arg732Trp)"),
       ("ATM", "c.6067G>A (p.Gly2023Arg)"), ("PALB2", "c.2816T>G (p.Leu939Trp)"),
       ("MYH7", "c.2167C>T (p.Arg723Cys)"), ("FBN1", "c.3037G>A (p.Gly1013Arg)"),
       ("SCN5A", "c.3578G>A (p.Arg1193Gln)"), ("LDLR", "c.1775G>A (p.Gly592Glu)")]

CANCER_DX_FR = [
    "cancer du sein triple négatif diagnostiqué à {a} ans", "adénocarcinome du côlon droit diagnostiqué à {a} ans",
    "carcinome séreux de haut grade de l'ovaire diagnostiqué à {a} ans", "cancer de l'endomètre à {a} ans",
    "cancer du sein bilatéral (premier à {a} ans)", "cancer de la prostate métastatique à {a} ans",
    "adénocarcinome du pancréas à {a} ans",
]
CANCER_DX_EN = [
    "triple-negative breast cancer diagnosed at age {a}", "right-sided colon adenocarcinoma diagnosed at {a}",
    "high-grade serous ovarian carcinoma diagnosed at {a}", "endometrial cancer at age {a}",
    "bilateral breast cancer (first at {a})", "metastatic prostate cancer at {a}",
    "pancreatic adenocarcinoma at age {a}",
]

# newborn screening: condition fr, en, analyte, value, unit, cutoff
NBS = [
    ("phénylcétonurie", "phenylketonuria (PKU)", "Phénylalanine", "612", "µmol/L", "< 120"),
    ("hypothyroïdie congénitale", "congenital hypothyroidism", "TSH (buvard)", "48", "mUI/L", "< 15"),
    ("fibrose kystique", "cystic fibrosis", "TIR", "142", "ng/mL", "< 60"),
    ("déficit en MCAD", "MCAD deficiency", "C8 acylcarnitine", "2,9", "µmol/L", "< 0,3"),
    ("tyrosinémie héréditaire de type 1", "hereditary tyrosinemia type 1", "Succinylacétone", "9,4", "µmol/L", "< 1,0"),
    ("amyotrophie spinale (SMA)", "spinal muscular atrophy (SMA)", "SMN1 exon 7 (qPCR)", "absent", "", "présent"),
    ("drépanocytose (HbSS)", "sickle cell disease (HbSS)", "Profil d'hémoglobine", "FS", "", "FA"),
]

PRENATAL = [
    ("risque élevé de trisomie 21", "high risk for trisomy 21", "47,XY,+21", "trisomie 21 confirmée"),
    ("risque élevé de trisomie 18", "high risk for trisomy 18", "47,XX,+18", "trisomie 18 confirmée"),
    ("risque élevé de microdélétion 22q11.2", "high risk for 22q11.2 microdeletion",
     "arr[GRCh38] 22q11.21(18912231_21465672)x1", "microdélétion 22q11.2 confirmée"),
    ("monosomie X suspectée", "suspected monosomy X", "45,X", "syndrome de Turner confirmé"),
]

METABOLIC = [
    # condition fr, en, medication fr/en, lab line
    ("tyrosinémie héréditaire de type 1", "hereditary tyrosinemia type 1", "nitisinone (Orfadin) 1 mg/kg/jour",
     "nitisinone 1 mg/kg/day", "succinylacétone indétectable, tyrosine 512 µmol/L", "succinylacetone undetectable, tyrosine 512 µmol/L"),
    ("phénylcétonurie", "phenylketonuria", "saproptérine (Kuvan) 20 mg/kg/jour", "sapropterin 20 mg/kg/day",
     "Phe 478 µmol/L (cible 120-360)", "Phe 478 µmol/L (target 120-360)"),
    ("déficit en ornithine transcarbamylase (OTC)", "ornithine transcarbamylase (OTC) deficiency",
     "phénylbutyrate de sodium 250 mg/kg/jour", "sodium phenylbutyrate 250 mg/kg/day", "ammoniémie 212 µmol/L à l'admission", "ammonia 212 µmol/L on admission"),
    ("leucinose (MSUD)", "maple syrup urine disease (MSUD)", "thiamine 100 mg die + formule sans BCAA",
     "thiamine 100 mg daily + BCAA-free formula", "leucine 1480 µmol/L à l'admission", "leucine 1480 µmol/L on admission"),
    ("maladie de Fabry", "Fabry disease", "agalsidase bêta 1 mg/kg IV q2 semaines", "agalsidase beta 1 mg/kg IV every 2 weeks",
     "lyso-Gb3 38 nmol/L", "lyso-Gb3 38 nmol/L"),
    ("maladie de Wilson", "Wilson disease", "D-pénicillamine 750 mg/jour", "D-penicillamine 750 mg/day",
     "cuivre urinaire 24 h : 310 µg", "24-h urinary copper 310 µg"),
]

OTHER_GENETIC = [
    # condition fr, en, test/result fr, en
    ("maladie de Huntington", "Huntington disease", "HTT : 42 répétitions CAG (allèle pleinement pénétrant)",
     "HTT: 42 CAG repeats (fully penetrant allele)"),
    ("syndrome du X fragile", "fragile X syndrome", "FMR1 : prémutation de 85 répétitions CGG",
     "FMR1: premutation, 85 CGG repeats"),
    ("dystrophie musculaire de Duchenne", "Duchenne muscular dystrophy", "DMD : délétion des exons 45 à 50",
     "DMD: deletion of exons 45-50"),
    ("neurofibromatose de type 1", "neurofibromatosis type 1", "NF1 c.3721C>T (p.Arg1241*), hétérozygote",
     "NF1 c.3721C>T (p.Arg1241*), heterozygous"),
    ("syndrome de Marfan", "Marfan syndrome", "FBN1 c.4270C>T (p.Pro1424Ser), probablement pathogène",
     "FBN1 c.4270C>T (p.Pro1424Ser), likely pathogenic"),
    ("cardiomyopathie hypertrophique", "hypertrophic cardiomyopathy", "MYH7 c.1208G>A (p.Arg403Gln), pathogène",
     "MYH7 c.1208G>A (p.Arg403Gln), pathogenic"),
    ("hypercholestérolémie familiale", "familial hypercholesterolemia", "LDLR c.681C>G (p.Asp227Glu), pathogène",
     "LDLR c.681C>G (p.Asp227Glu), pathogenic"),
    ("hémochromatose héréditaire", "hereditary hemochromatosis", "HFE C282Y homozygote", "HFE C282Y homozygous"),
    ("amyotrophie spinale", "spinal muscular atrophy", "SMN1 : délétion homozygote de l'exon 7",
     "SMN1: homozygous exon 7 deletion"),
]

PGX = [
    ("DPYD", "c.1905+1G>A (DPYD*2A), hétérozygote", "c.1905+1G>A (DPYD*2A), heterozygous",
     "capécitabine", "capecitabine", "réduire la dose initiale de 50 %", "start at 50% of the standard dose"),
    ("TPMT", "*1/*3A, métaboliseur intermédiaire", "*1/*3A, intermediate metabolizer",
     "azathioprine", "azathioprine", "débuter à 30-80 % de la dose habituelle", "start at 30-80% of the usual dose"),
    ("CYP2C19", "*2/*2, métaboliseur lent", "*2/*2, poor metabolizer", "clopidogrel", "clopidogrel",
     "envisager le ticagrélor ou le prasugrel", "consider ticagrelor or prasugrel"),
    ("CYP2D6", "*4/*4, métaboliseur lent", "*4/*4, poor metabolizer", "tamoxifène", "tamoxifen",
     "discuter d'un inhibiteur de l'aromatase", "discuss an aromatase inhibitor"),
]

TESTS_FR = ["panel cancer héréditaire (25 gènes)", "séquençage BRCA1/BRCA2", "panel Lynch (MLH1, MSH2, MSH6, PMS2, EPCAM)",
            "exome en trio", "micropuce chromosomique (CMA)", "analyse ciblée de la variante familiale",
            "panel cardiomyopathies (52 gènes)", "caryotype", "étude FMR1", "panel épilepsie précoce"]
TESTS_EN = ["hereditary cancer panel (25 genes)", "BRCA1/BRCA2 sequencing", "Lynch panel (MLH1, MSH2, MSH6, PMS2, EPCAM)",
            "trio exome", "chromosomal microarray (CMA)", "targeted familial variant testing",
            "cardiomyopathy panel (52 genes)", "karyotype", "FMR1 study", "early-onset epilepsy panel"]

RELATIVES_FR = ["sœur", "frère", "fille", "fils", "cousine", "tante maternelle", "oncle paternel", "nièce", "mère"]
RELATIVES_EN = ["sister", "brother", "daughter", "son", "cousin", "maternal aunt", "paternal uncle", "niece", "mother"]
