"""Static pools for the medical-genetics / prenatal-screening corpus.

Everything here is invented: people, institutions, streets, numbers.
Staff surnames deliberately avoid every surname of the RAMQ NAM holder list.
"""

ORG_FR = "CHU Boréal"
ORG_EN = "Boreal University Health Centre"
DOM = "chuboreal.example"
SERVICE_FR = "Service de génétique médicale et Programme de dépistage prénatal"
SERVICE_EN = "Medical Genetics Service and Prenatal Screening Program"
SITE_ADDR_FR = "2150, boul. des Forges, pavillon Sainte-Marthe, 4e étage, Trois-Rivières (Québec) G9A 0C4"
SITE_ADDR_EN = "2150 des Forges Blvd, Sainte-Marthe Pavilion, 4th floor, Trois-Rivieres QC G9A 0C4"

EXT_DOMAINS = {
    "gmf": "gmf-du-parc.example",
    "gmf2": "cliniquelesaules.example",
    "pharm": "pharmacie-ste-ursule.example",
    "pharm2": "harbourpharmacy.example",
    "ins": "assurvie-laurentienne.example",
    "ins2": "northstar-life.example",
    "transport": "transport-adapte-mauricie.example",
    "cisss": "cisss-basses-terres.example",
    "dpj": "dpj.cisss-basses-terres.example",
    "ont": "cornwall-east-hospital.example",
    "ont_lab": "eastern-ontario-genetics.example",
    "fr": "chu-lyon-sud-genetique.example",
    "be": "chr-liege-nord.example",
    "lab_ref": "labo-reference-moleculaire.example",
    "obs": "maternite-riviere.example",
    "vendor": "biogenix-supply.example",
    "vendor2": "nordlab-instruments.example",
    "conf": "aqgm-congres.example",
    "soc": "cagc-genetic-counsellors.example",
    "mail": "courriel.example",
    "mail2": "webmail.example",
}

# ---------------------------------------------------------------- staff
# (title_fr, title_en, given, surname, role_fr, role_en, ext, sex)
STAFF = [
    ("Dre", "Dr.", "Hélène", "Vachon", "médecin généticienne", "medical geneticist", "4412", "F"),
    ("Dr", "Dr.", "Samuel", "Okafor", "médecin généticien", "medical geneticist", "4415", "M"),
    ("Dre", "Dr.", "Isabelle", "Brassard", "obstétricienne-gynécologue, médecine fœto-maternelle", "maternal-fetal medicine", "4420", "F"),
    ("Dr", "Dr.", "Marc-André", "Lemieux", "pédiatre, maladies métaboliques", "paediatrician, metabolic diseases", "4431", "M"),
    ("Dre", "Dr.", "Priya", "Raman", "cytogénéticienne clinique", "clinical cytogeneticist", "4460", "F"),
    ("Dr", "Dr.", "Olivier", "Desjardins", "biochimiste clinique", "clinical biochemist", "4462", "M"),
    ("Mme", "Ms.", "Chantal", "Harel", "conseillère en génétique", "genetic counsellor", "4417", "F"),
    ("Mme", "Ms.", "Audrey", "Bastien", "conseillère en génétique", "genetic counsellor", "4418", "F"),
    ("M.", "Mr.", "Kevin", "Nguyen", "conseiller en génétique", "genetic counsellor", "4419", "M"),
    ("Mme", "Ms.", "Julie", "Ferland", "infirmière clinicienne, dépistage prénatal", "clinical nurse, prenatal screening", "4425", "F"),
    ("Mme", "Ms.", "Nadia", "Haddad", "agente administrative", "administrative officer", "4400", "F"),
    ("M.", "Mr.", "Éric", "Asselin", "agent administratif, prise de rendez-vous", "booking clerk", "4401", "M"),
    ("Mme", "Ms.", "Sonia", "Marchand", "chef de service administratif", "administrative manager", "4405", "F"),
    ("Mme", "Ms.", "Lucie", "Giroux", "technologiste, cytogénétique", "technologist, cytogenetics", "4465", "F"),
    ("M.", "Mr.", "Daniel", "Kowalski", "coordonnateur du laboratoire", "laboratory coordinator", "4470", "M"),
    ("Mme", "Ms.", "Maryse", "Jodoin", "travailleuse sociale", "social worker", "4428", "F"),
    ("Dre", "Dr.", "Anne", "Pichette", "résidente R3, génétique médicale", "R3 resident, medical genetics", "4410", "F"),
    ("Dr", "Dr.", "Thomas", "Rahimi", "résident R2, génétique médicale", "R2 resident, medical genetics", "4410", "M"),
    ("Mme", "Ms.", "Karen", "Fitzgerald", "genetic counsellor", "genetic counsellor", "4421", "F"),
    ("Dr", "Dr.", "Ravi", "Patel", "cardiologue, cardiogénétique", "cardiologist, cardiogenetics", "4480", "M"),
    ("Mme", "Ms.", "Josiane", "Veilleux", "pharmacienne", "pharmacist", "4490", "F"),
    ("M.", "Mr.", "Hugo", "Sauvé", "technicien informatique", "IT technician", "2200", "M"),
    ("Mme", "Ms.", "Claire", "Abergel", "conseillère, ressources humaines", "HR advisor", "2300", "F"),
    ("M.", "Mr.", "Patrick", "Quintal", "chef des installations", "facilities manager", "2400", "M"),
]

EXT_CLIN_FR = [
    ("Dre", "Valérie", "St-Onge", "médecin de famille", "gmf"),
    ("Dr", "Jean-Philippe", "Béliveau", "médecin de famille", "gmf2"),
    ("Dre", "Catherine", "Duguay", "obstétricienne", "obs"),
    ("Dr", "Mathieu", "Lachance", "interniste", "cisss"),
    ("Mme", "Josée-Anne", "Mercier", "pharmacienne", "pharm"),
    ("Mme", "Marie-Claude", "Gendron", "intervenante DPJ", "dpj"),
    ("M.", "Rémi", "Hébert", "répartiteur", "transport"),
    ("Mme", "Sylvie-Anne", "Rousseau", "analyste, tarification", "ins"),
    ("Dr", "Benoît", "Lalonde", "généticien", "fr"),
    ("Dre", "Els", "Vermeulen", "généticienne", "be"),
]
EXT_CLIN_EN = [
    ("Dr.", "Fiona", "O'Brien", "family physician", "gmf2"),
    ("Dr.", "Marcus", "Yip", "obstetrician", "obs"),
    ("Dr.", "Hannah", "Schwartz", "genetics, Eastern Ontario", "ont_lab"),
    ("Dr.", "Daniel", "Kaur", "internist", "ont"),
    ("Ms.", "Leah", "Martins", "pharmacist", "pharm2"),
    ("Ms.", "Grace", "Ibrahim", "claims analyst", "ins2"),
    ("Mr.", "Paul", "Da Silva", "dispatcher", "transport"),
    ("Ms.", "Nicole", "Chen", "child protection worker", "dpj"),
]

# ------------------------------------------------------------- patients
# non-NAM patient name pools (none is a NAM holder full name)
PAT_SUR_FR = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Arsenault", "Thériault",
              "Desrosiers", "Vaillancourt", "Beaulieu", "Lévesque", "Poulin", "Drouin", "Dufour",
              "Rioux", "Turcotte", "Bilodeau", "Lemay", "Gosselin", "Lacroix", "Michaud", "Boivin",
              "Perron", "Dion", "Bernier", "Gingras", "Lapierre", "Trudel", "Provencher", "Laflamme"]
PAT_GIV_FR_F = ["Karine", "Annie", "Mélanie", "Véronique", "Isabelle", "Stéphanie", "Émilie",
                "Audrey", "Marie-Ève", "Jessica", "Roxanne", "Valérie", "Catherine", "Noémie",
                "Maude", "Ginette", "Lise", "Francine", "Marie-Pier", "Andréanne"]
PAT_GIV_FR_M = ["Jean-François", "Mathieu", "Sébastien", "Éric", "Patrick", "Simon", "Alexandre",
                "Maxime", "Yannick", "Olivier", "Réjean", "Gaétan", "Dominic", "Steve"]
PAT_GIV_FR_CHILD = ["Léa", "Zoé", "Félix", "Nathan", "Jacob", "Florence", "Rosalie", "Thomas",
                    "William", "Éloïse", "Raphaël", "Charlotte", "Édouard", "Alice"]
PAT_SUR_EN = ["Campbell", "Stewart", "Reid", "Murphy", "Kelly", "Walsh", "Hughes", "Bennett",
              "Foster", "Graham", "Hamilton", "Patterson", "Sullivan", "O'Neill", "Ferguson",
              "Singh", "Ahmed", "Rossi", "Novak", "Mahmoud", "Greene", "Doyle", "Lindqvist", "Osei"]
PAT_GIV_EN_F = ["Jennifer", "Ashley", "Megan", "Priyanka", "Amanda", "Rachel", "Laura", "Chloe",
                "Hannah", "Aisha", "Olivia", "Kayla", "Fatima", "Brittany", "Erin", "Natasha"]
PAT_GIV_EN_M = ["Daniel", "Kevin", "Ryan", "Tyler", "Ethan", "Omar", "Jason", "Connor", "Derek",
                "Graham", "Arjun", "Trevor"]
PAT_GIV_EN_CHILD = ["Liam", "Noah", "Ava", "Mia", "Owen", "Harper", "Lucas", "Isla", "Caleb", "Nora"]
PAT_SUR_BE = ["Janssens", "Peeters", "Maes", "Lambert", "Goossens", "Wouters", "Claes", "Renard"]
PAT_GIV_BE_F = ["Anaïs", "Lien", "Sarah-Lou", "Manon-Sophie", "Elke", "Charlotte"]
PAT_SUR_FRA = ["Lefebvre", "Moreau", "Garnier", "Faure", "Chevalier", "Rolland", "Barbier", "Perrin"]
PAT_GIV_FRA_F = ["Camille", "Pauline", "Océane", "Margaux", "Clémence", "Justine"]
PAT_GIV_FRA_M = ["Baptiste", "Quentin", "Romain", "Théo", "Hugo", "Adrien"]

# Quebec and border towns (real towns, invented street addresses)
STREETS_FR = ["rue des Érables", "rue Papineau", "rue Saint-Maurice", "boul. Jean-XXIII",
              "rue de la Fabrique", "rang Saint-Joseph", "rue des Pins", "av. du Parc",
              "rue Notre-Dame Est", "rue des Saules", "rue Bellevue", "ch. du Lac-à-la-Tortue"]
TOWNS_QC = [("Trois-Rivières", "G8Z"), ("Shawinigan", "G9N"), ("Bécancour", "G9H"),
            ("Louiseville", "J5V"), ("Nicolet", "J3T"), ("La Tuque", "G9X"),
            ("Drummondville", "J2B"), ("Victoriaville", "G6P"), ("Saint-Tite", "G0X")]
STREETS_EN = ["Pitt Street", "Second Street East", "Montreal Road", "Sydney Street",
              "Marlborough Avenue", "Brookdale Avenue", "Water Street West", "McConnell Avenue"]
TOWNS_ON = [("Cornwall", "K6H"), ("Hawkesbury", "K6A"), ("Alexandria", "K0C"), ("Long Sault", "K0C")]

# ------------------------------------------------------------ clinical
# Each condition: key, fr name, en name, gene/test fr, en, result line fr, en, meds
CONDITIONS = [
    dict(k="cf", fr="fibrose kystique", en="cystic fibrosis", gene="CFTR",
         res_fr="CFTR c.1521_1523del (p.Phe508del) à l'état hétérozygote — porteuse",
         res_en="CFTR c.1521_1523del (p.Phe508del), heterozygous — carrier",
         med_fr=None, med_en=None, adult=True),
    dict(k="fxs", fr="syndrome de l'X fragile", en="fragile X syndrome", gene="FMR1",
         res_fr="FMR1 : prémutation, 86 répétitions CGG (allèle normal 30)",
         res_en="FMR1: premutation, 86 CGG repeats (other allele 30)",
         med_fr=None, med_en=None, adult=True),
    dict(k="brca1", fr="syndrome sein-ovaire héréditaire", en="hereditary breast and ovarian cancer",
         gene="BRCA1", res_fr="BRCA1 c.68_69del (p.Glu23Valfs*17) — variant pathogène, hétérozygote",
         res_en="BRCA1 c.68_69del (p.Glu23Valfs*17) — pathogenic variant, heterozygous",
         med_fr="tamoxifène 20 mg DIE", med_en="tamoxifen 20 mg daily", adult=True),
    dict(k="brca2", fr="syndrome sein-ovaire héréditaire", en="hereditary breast and ovarian cancer",
         gene="BRCA2", res_fr="BRCA2 c.8537_8538del — variant pathogène (classe 5)",
         res_en="BRCA2 c.8537_8538del — pathogenic (class 5)",
         med_fr="olaparib 300 mg BID", med_en="olaparib 300 mg BID", adult=True),
    dict(k="lynch", fr="syndrome de Lynch", en="Lynch syndrome", gene="MLH1",
         res_fr="MLH1 c.350C>T (p.Thr117Met) — probablement pathogène",
         res_en="MLH1 c.350C>T (p.Thr117Met) — likely pathogenic",
         med_fr="AAS 600 mg DIE (prévention)", med_en="ASA 600 mg daily (chemoprevention)", adult=True),
    dict(k="hd", fr="maladie de Huntington", en="Huntington disease", gene="HTT",
         res_fr="HTT : 42 répétitions CAG (allèle pleinement pénétrant)",
         res_en="HTT: 42 CAG repeats (fully penetrant allele)",
         med_fr="tétrabénazine 12,5 mg BID", med_en="tetrabenazine 12.5 mg BID", adult=True),
    dict(k="hh", fr="hémochromatose héréditaire", en="hereditary haemochromatosis", gene="HFE",
         res_fr="HFE C282Y/C282Y ; ferritine 1 240 µg/L ; saturation de la transferrine 78 %",
         res_en="HFE C282Y/C282Y; ferritin 1240 ug/L; transferrin saturation 78%",
         med_fr="phlébotomies 500 mL q2 sem.", med_en="phlebotomy 500 mL every 2 weeks", adult=True),
    dict(k="fh", fr="hypercholestérolémie familiale", en="familial hypercholesterolaemia", gene="LDLR",
         res_fr="LDLR c.681C>G (p.Asp227Glu) ; LDL-C 6,8 mmol/L",
         res_en="LDLR c.681C>G (p.Asp227Glu); LDL-C 6.8 mmol/L",
         med_fr="rosuvastatine 40 mg + ézétimibe 10 mg", med_en="rosuvastatin 40 mg + ezetimibe 10 mg", adult=True),
    dict(k="fabry", fr="maladie de Fabry", en="Fabry disease", gene="GLA",
         res_fr="GLA c.644A>G (p.Asn215Ser) ; alpha-galactosidase A 0,9 nmol/h/mL (réf. > 6,0)",
         res_en="GLA c.644A>G (p.Asn215Ser); alpha-Gal A 0.9 nmol/h/mL (ref > 6.0)",
         med_fr="agalsidase bêta (Fabrazyme) 1 mg/kg q2 sem.", med_en="agalsidase beta (Fabrazyme) 1 mg/kg q2w", adult=True),
    dict(k="marfan", fr="syndrome de Marfan", en="Marfan syndrome", gene="FBN1",
         res_fr="FBN1 c.3037G>A (p.Gly1013Arg) ; racine aortique 44 mm (Z = +3,9)",
         res_en="FBN1 c.3037G>A (p.Gly1013Arg); aortic root 44 mm (Z +3.9)",
         med_fr="losartan 50 mg DIE", med_en="losartan 50 mg daily", adult=True),
    dict(k="lqt", fr="syndrome du QT long type 1", en="long QT syndrome type 1", gene="KCNQ1",
         res_fr="KCNQ1 c.569G>A (p.Arg190Gln) ; QTc 498 ms",
         res_en="KCNQ1 c.569G>A (p.Arg190Gln); QTc 498 ms",
         med_fr="nadolol 40 mg DIE", med_en="nadolol 40 mg daily", adult=True),
    dict(k="pku", fr="phénylcétonurie", en="phenylketonuria", gene="PAH",
         res_fr="Phe 1 450 µmol/L au dépistage néonatal ; PAH c.1222C>T homozygote",
         res_en="Phe 1450 umol/L on newborn screen; PAH c.1222C>T homozygous",
         med_fr="sapropterine (Kuvan) 20 mg/kg/j + formule sans Phe", med_en="sapropterin (Kuvan) 20 mg/kg/day + Phe-free formula", adult=False),
    dict(k="tyr", fr="tyrosinémie héréditaire de type 1", en="hereditary tyrosinaemia type 1", gene="FAH",
         res_fr="succinylacétone 12,4 µmol/L (réf. < 0,5) ; FAH c.1062+5G>A homozygote",
         res_en="succinylacetone 12.4 umol/L (ref < 0.5); FAH c.1062+5G>A homozygous",
         med_fr="nitisinone (Orfadin) 1 mg/kg/j", med_en="nitisinone (Orfadin) 1 mg/kg/day", adult=False),
    dict(k="mcad", fr="déficit en MCAD", en="MCAD deficiency", gene="ACADM",
         res_fr="C8 2,1 µmol/L, C8/C10 6,3 ; ACADM c.985A>G homozygote",
         res_en="C8 2.1 umol/L, C8/C10 6.3; ACADM c.985A>G homozygous",
         med_fr="éviter le jeûne > 8 h ; L-carnitine 50 mg/kg/j", med_en="avoid fasting > 8 h; L-carnitine 50 mg/kg/day", adult=False),
    dict(k="sma", fr="amyotrophie spinale", en="spinal muscular atrophy", gene="SMN1",
         res_fr="SMN1 : 0 copie (délétion homozygote exon 7) ; SMN2 : 2 copies",
         res_en="SMN1: 0 copies (homozygous exon 7 deletion); SMN2: 2 copies",
         med_fr="nusinersen (Spinraza) 12 mg intrathécal", med_en="nusinersen (Spinraza) 12 mg intrathecal", adult=False),
    dict(k="dmd", fr="dystrophie musculaire de Duchenne", en="Duchenne muscular dystrophy", gene="DMD",
         res_fr="DMD : délétion des exons 45 à 50 ; CK 18 500 U/L",
         res_en="DMD: deletion of exons 45-50; CK 18,500 U/L",
         med_fr="déflazacort 0,9 mg/kg/j", med_en="deflazacort 0.9 mg/kg/day", adult=False),
    dict(k="nf1", fr="neurofibromatose de type 1", en="neurofibromatosis type 1", gene="NF1",
         res_fr="NF1 c.1381C>T (p.Arg461*) — pathogène ; 7 taches café-au-lait",
         res_en="NF1 c.1381C>T (p.Arg461*) — pathogenic; 7 cafe-au-lait macules",
         med_fr="sélumétinib 25 mg/m² BID", med_en="selumetinib 25 mg/m2 BID", adult=False),
    dict(k="arsacs", fr="ataxie récessive spastique de Charlevoix-Saguenay", en="ARSACS (spastic ataxia of Charlevoix-Saguenay)",
         gene="SACS", res_fr="SACS c.8844delT homozygote", res_en="SACS c.8844delT homozygous",
         med_fr="baclofène 10 mg TID", med_en="baclofen 10 mg TID", adult=False),
]

PRENATAL_FINDINGS = [
    dict(k="t21", fr="trisomie 21", en="trisomy 21",
         nipt_fr="DPNI : risque élevé de trisomie 21 (fraction fœtale 9,8 %)",
         nipt_en="NIPT: high risk for trisomy 21 (fetal fraction 9.8%)",
         kar_fr="47,XX,+21", kar_en="47,XX,+21"),
    dict(k="t18", fr="trisomie 18", en="trisomy 18",
         nipt_fr="DPNI : risque élevé de trisomie 18 (FF 7,2 %)",
         nipt_en="NIPT: high risk for trisomy 18 (FF 7.2%)",
         kar_fr="47,XY,+18", kar_en="47,XY,+18"),
    dict(k="t13", fr="trisomie 13", en="trisomy 13",
         nipt_fr="DPNI : risque élevé de trisomie 13 (FF 11 %)",
         nipt_en="NIPT: high risk for trisomy 13 (FF 11%)",
         kar_fr="47,XX,+13", kar_en="47,XX,+13"),
    dict(k="turner", fr="monosomie X", en="monosomy X",
         nipt_fr="DPNI : risque élevé de monosomie X (FF 6,4 %)",
         nipt_en="NIPT: high risk for monosomy X (FF 6.4%)",
         kar_fr="45,X", kar_en="45,X"),
    dict(k="22q", fr="microdélétion 22q11.2", en="22q11.2 microdeletion",
         nipt_fr="DPNI élargi : délétion 22q11.2 suspectée",
         nipt_en="Expanded NIPT: suspected 22q11.2 deletion",
         kar_fr="arr[GRCh38] 22q11.21(18912231_21465672)x1", kar_en="arr[GRCh38] 22q11.21(18912231_21465672)x1"),
]

SERUM_FR = [
    "dépistage intégré : risque T21 1/85 (PAPP-A 0,31 MoM ; hCG libre 2,6 MoM ; CN 2,9 mm)",
    "dépistage sérique : risque T21 1/140, T18 1/9 800 (AFP 0,62 MoM ; uE3 0,55 MoM)",
    "clarté nucale 3,8 mm à 12+4 SA ; PAPP-A 0,42 MoM ; risque combiné T21 1/32",
    "AFP sérique 2,9 MoM à 16 SA — risque d'anomalie du tube neural augmenté",
]
SERUM_EN = [
    "integrated screen: T21 risk 1/85 (PAPP-A 0.31 MoM; free hCG 2.6 MoM; NT 2.9 mm)",
    "serum screen: T21 risk 1/140, T18 1/9800 (AFP 0.62 MoM; uE3 0.55 MoM)",
    "nuchal translucency 3.8 mm at 12+4 wks; PAPP-A 0.42 MoM; combined T21 risk 1/32",
    "MSAFP 2.9 MoM at 16 wks — increased risk of open neural tube defect",
]
US_FR = [
    "écho morpho 20 SA : CIV périmembraneuse 3 mm, os nasal non visualisé",
    "écho 12 SA : hygroma kystique 6 mm",
    "écho 22 SA : fémur < 3e percentile, intestin hyperéchogène",
    "écho 19 SA : kystes des plexus choroïdes bilatéraux, main crispée",
]
US_EN = [
    "anatomy scan 20 wks: 3 mm perimembranous VSD, absent nasal bone",
    "12-week scan: 6 mm cystic hygroma",
    "22-week scan: femur < 3rd centile, echogenic bowel",
    "19-week scan: bilateral choroid plexus cysts, clenched hand",
]
PREG_MEDS_FR = ["acide folique 5 mg DIE", "AAS 162 mg HS jusqu'à 36 SA", "Diclectin 2 co HS",
                "labétalol 100 mg BID", "insuline NPH 8 U HS", "lévothyroxine 75 mcg DIE",
                "immunoglobuline anti-D (WinRho) 300 mcg IM à 28 SA"]
PREG_MEDS_EN = ["folic acid 5 mg daily", "ASA 162 mg qhs until 36 wks", "Diclectin 2 tabs qhs",
                "labetalol 100 mg BID", "NPH insulin 8 U qhs", "levothyroxine 75 mcg daily",
                "Rh immune globulin (WinRho) 300 mcg IM at 28 wks"]
SOCIAL_FR = [
    "situation de violence conjugale déclarée ; hébergée en maison d'aide depuis janvier",
    "dossier actif à la DPJ pour l'aîné (négligence) ; intervenante au dossier",
    "prestataire de l'aide sociale, sans logement stable (hébergée chez sa sœur)",
    "conjoint incarcéré ; isolement, aucun soutien familial",
    "arrivée récemment comme demandeuse d'asile, interprète requis (dari)",
    "consommation active (cannabis quotidien), suivi au CRD",
]
SOCIAL_EN = [
    "disclosed intimate partner violence; staying at a women's shelter since January",
    "open child protection file for the older sibling (neglect)",
    "on income assistance, no stable housing (couch-surfing at her sister's)",
    "partner incarcerated; isolated, no family support",
    "recently arrived refugee claimant, interpreter needed (Tigrinya)",
    "active substance use (daily cannabis), followed by addiction services",
]

GRAVIDA = ["G1P0", "G2P1", "G3P2", "G2P0A1", "G4P2A1", "G1P0"]
