"""Static pools for the perinatal mental health corpus (all invented)."""

ORG_FR = "CISSS de la Vallée-des-Brumes"
ORG_EN = "Vallée-des-Brumes Health and Social Services Centre"
DOM = "cisss-vdb.example"
HOSP1 = "Hôpital Sainte-Aurélie"
HOSP2 = "Hôpital régional de Val-Brume"
CLINIC_FR = "Clinique de santé mentale périnatale"
CLINIC_EN = "Perinatal Mental Health Clinic"
UNIT_FR = "Unité mère-enfant (psychiatrie)"
UNIT_EN = "Mother-Baby Psychiatric Unit"
CLINIC_ADDR = "455, boulevard des Hérons, pavillon C, 3e étage, Val-Brume (Québec) J0Z 9Z9"
CLINIC_PHONE = "450 555-0100"
CLINIC_FAX = "450 555-0101"

# Surnames deliberately exclude every surname that occurs in blind_nams.txt.
SURNAMES_FR = [
    "Tremblay", "Côté", "Lavoie", "Bergeron", "Dubé", "Lévesque", "Gingras", "Hébert",
    "Desjardins", "Beaulieu", "Charbonneau", "Poulin", "Mercier", "Rioux", "Lachance",
    "Boivin", "Labelle", "Giroux", "Vaillancourt", "Bisson", "Pomerleau", "Thériault",
    "Marchand", "Doucet", "Auclair", "Rochon", "Audet", "Paradis", "Perron", "Turcotte",
    "Blais", "Arsenault", "Dion", "Gravel", "Lafrance", "Leclerc", "Ménard", "Rousseau",
    "Sauvé", "Villeneuve", "Lemay", "Croteau", "Brassard", "Deschênes", "Laflamme",
    "Asselin", "Bédard", "Champagne", "Dallaire", "Fréchette", "Grenier", "Jobin",
]
SURNAMES_EN = [
    "O'Neill", "Patel", "Nguyen", "Fraser", "Campbell", "Mitchell", "Henderson", "Kowalski",
    "Reid", "Okafor", "Ramirez", "Chen", "Santos", "Murphy", "Walsh", "Grant", "Bennett",
    "Kaur", "Sullivan", "Ferguson", "Abernathy", "Delgado", "Novak", "Ibrahim", "Harper",
    "Lindqvist", "Morrison", "Quinlan", "Ashworth", "Caldwell",
]
GIVEN_F_FR = [
    "Marie-Ève", "Catherine", "Audrey", "Karine", "Mélanie", "Stéphanie", "Véronique",
    "Isabelle", "Annie", "Julie", "Chloé", "Léa", "Camille", "Roxanne", "Jessica", "Amélie",
    "Valérie", "Émilie", "Maude", "Rosalie", "Noémie", "Élodie", "Laurence", "Frédérique",
    "Myriam", "Andréanne", "Marilou", "Kim", "Gabrielle", "Joannie",
]
GIVEN_F_EN = [
    "Hannah", "Megan", "Lauren", "Olivia", "Naomi", "Kelly", "Samantha", "Rachel", "Priya",
    "Aisha", "Fatima", "Jasmine", "Rebecca", "Chelsea", "Brianna", "Tamara", "Leah", "Grace",
    "Nicole", "Vanessa",
]
GIVEN_M_FR = ["Mathieu", "Olivier", "Simon", "Alexandre", "Jonathan", "Patrick", "Hugo",
              "Samuel", "Maxime", "Félix", "Jérémie", "Vincent", "Étienne", "Guillaume"]
GIVEN_M_EN = ["Ryan", "Daniel", "Omar", "Ethan", "Tyler", "Kevin", "Adam", "Nathan", "Owen"]
BABY_FR = ["Léo", "Florence", "Jacob", "Alice", "Arthur", "Charlotte", "Éloïse", "Théo",
           "Mia", "Édouard", "Rose", "Zack"]
BABY_EN = ["Noah", "Ava", "Lucas", "Isla", "Henry", "Zoe", "Caleb", "Ruby"]

# Staff: name, title (fr, en), role fr, role en, mailbox
STAFF = [
    ("Nadia", "Haddad", "Dre", "Dr.", "psychiatre", "psychiatrist", "nadia.haddad"),
    ("Olivier", "Lacroix", "Dr", "Dr.", "psychiatre", "psychiatrist", "olivier.lacroix"),
    ("Marie-Josée", "Vachon", "", "", "infirmière clinicienne", "clinical nurse", "mj.vachon"),
    ("Karine", "Gosselin", "", "", "travailleuse sociale", "social worker", "karine.gosselin"),
    ("Rachel", "Sinclair", "", "", "psychologue", "psychologist", "rachel.sinclair"),
    ("Audrey", "Lemieux", "", "", "agente administrative", "administrative officer", "audrey.lemieux"),
    ("Priya", "Venkataraman", "", "", "pharmacienne", "pharmacist", "priya.venkataraman"),
    ("Mathieu", "Drolet", "", "", "chef de service", "program manager", "mathieu.drolet"),
    ("Catherine", "Fontaine", "Dre", "Dr.", "obstétricienne-gynécologue", "obstetrician-gynecologist", "catherine.fontaine"),
    ("Kevin", "Okonkwo", "Dr", "Dr.", "omnipraticien (GMF)", "family physician", "kevin.okonkwo"),
    ("Hélène", "Bastarache", "", "", "infirmière praticienne spécialisée", "nurse practitioner", "helene.bastarache"),
    ("Sophie", "Desrochers", "", "", "ergothérapeute", "occupational therapist", "sophie.desrochers"),
    ("Anne-Marie", "Lussier", "", "", "archiviste médicale", "health records technician", "am.lussier"),
    ("Julien", "Cormier", "", "", "conseiller en ressources humaines", "HR advisor", "julien.cormier"),
    ("Eleanor", "Whitfield", "Dre", "Dr.", "psychiatre", "psychiatrist", "eleanor.whitfield"),
    ("Sarah-Jane", "McAllister", "", "", "infirmière de liaison", "liaison nurse", "sj.mcallister"),
    ("Lucie", "Brisebois", "", "", "coordonnatrice de l'unité", "unit coordinator", "lucie.brisebois"),
    ("Frédéric", "Aubin", "", "", "technicien informatique", "IT technician", "frederic.aubin"),
]

TOWNS = [("Val-Brume", "J0Z"), ("Sainte-Aurélie-du-Lac", "J5Y"), ("Port-Clément", "G0W"),
         ("Saint-Firmin-des-Monts", "J8Q"), ("Lac-aux-Hérons", "J0X"), ("Notre-Dame-de-l'Anse", "G4V")]
STREETS = ["rue des Érables", "rue Principale Nord", "avenue du Moulin", "rang Saint-Joseph",
           "rue de la Fabrique", "boulevard des Pins", "rue Champlain-Ouest", "chemin du Lac-Vert",
           "rue des Cèdres", "montée Gervais"]
STREETS_EN = ["Maple Crescent", "Riverside Drive", "Birch Street", "Old Mill Road", "Elm Avenue"]
ON_TOWNS = [("Pembroke-Est", "K8B"), ("Riverside Glen", "K2X")]

AREA = ["450", "819", "514", "438", "579"]

# Clinical pools: key -> (fr, en)
DX = {
    "ppd": ("dépression post-partum", "postpartum depression"),
    "ppd_sev": ("dépression post-partum sévère avec idées suicidaires passives",
                "severe postpartum depression with passive suicidal ideation"),
    "anx": ("trouble anxieux généralisé en période périnatale", "perinatal generalized anxiety disorder"),
    "ocd": ("TOC post-partum (pensées intrusives de faire du mal au bébé, sans intention)",
            "postpartum OCD (intrusive harm thoughts about the baby, ego-dystonic)"),
    "psy": ("psychose post-partum", "postpartum psychosis"),
    "bp1": ("trouble bipolaire de type I", "bipolar I disorder"),
    "ptsd": ("TSPT à la suite d'un accouchement traumatique", "PTSD following a traumatic delivery"),
    "mdd_preg": ("épisode dépressif majeur pendant la grossesse", "major depressive episode in pregnancy"),
    "panic": ("trouble panique avec agoraphobie", "panic disorder with agoraphobia"),
    "thyro": ("thyroïdite post-partum (phase hypothyroïdienne)", "postpartum thyroiditis (hypothyroid phase)"),
    "pmdd": ("trouble dysphorique prémenstruel", "premenstrual dysphoric disorder"),
    "peri": ("dépression en périménopause", "perimenopausal depression"),
    "cannabis": ("trouble lié à l'usage du cannabis", "cannabis use disorder"),
    "pat_dep": ("dépression paternelle post-natale", "paternal postnatal depression"),
    "adhd": ("TDAH, présentation combinée", "ADHD, combined presentation"),
}
MEDS = [
    ("sertraline (Zoloft) 50 mg PO die", "sertraline (Zoloft) 50 mg PO daily"),
    ("sertraline 100 mg die", "sertraline 100 mg daily"),
    ("escitalopram (Cipralex) 10 mg die", "escitalopram (Cipralex) 10 mg daily"),
    ("quétiapine (Seroquel) 25 mg HS", "quetiapine (Seroquel) 25 mg qHS"),
    ("lorazépam (Ativan) 0,5 mg SL PRN, max 2/jour", "lorazepam (Ativan) 0.5 mg SL PRN, max 2/day"),
    ("lithium (Carbolith) 300 mg BID", "lithium carbonate 300 mg BID"),
    ("lamotrigine (Lamictal) 100 mg die", "lamotrigine (Lamictal) 100 mg daily"),
    ("mirtazapine (Remeron) 15 mg HS", "mirtazapine 15 mg at bedtime"),
    ("lévothyroxine (Synthroid) 50 mcg die", "levothyroxine (Synthroid) 50 mcg daily"),
    ("sulfate ferreux 300 mg die", "ferrous sulfate 300 mg daily"),
    ("bupropion XL (Wellbutrin) 150 mg le matin", "bupropion XL 150 mg every morning"),
    ("prazosine 1 mg HS", "prazosin 1 mg at bedtime"),
    ("olanzapine (Zyprexa) 5 mg HS", "olanzapine 5 mg qHS"),
]
SOCIAL = [
    ("vit seule avec le bébé dans un 3½ insalubre (moisissures), bail terminé le 1er juillet",
     "lives alone with the baby in a mouldy one-bedroom, lease ends July 1"),
    ("conjoint violent; hébergée depuis 5 jours en maison d'hébergement pour femmes",
     "violent partner; staying at a women's shelter for the last 5 days"),
    ("signalement à la DPJ retenu, évaluation en cours", "youth protection report retained, assessment ongoing"),
    ("prestataire d'aide sociale, RQAP refusé", "on social assistance, parental insurance (QPIP) denied"),
    ("demandeuse d'asile, aucun réseau au Québec, insécurité alimentaire",
     "asylum claimant with no family here, food insecurity"),
    ("a perdu son emploi pendant la grossesse, retard de loyer de 2 mois",
     "lost her job during the pregnancy, two months behind on rent"),
]
