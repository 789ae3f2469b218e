"""Static data for the corpus: invented people, organisations, vocabulary.

Everything here is invented.  Surnames of the RAMQ (NAM) holders listed in
../blind_nams.txt are deliberately absent from the invented pools so that no
NAM holder's name can leak into a negative message by accident.
"""
import os
import datetime as _dt

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, "..", "blind_nams.txt")

REF_DATE = _dt.date(2025, 3, 17)   # "today" of the corpus


def load_nam_holders():
    people = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            people.append({
                "surname": surname, "given": given,
                "dob": _dt.date.fromisoformat(dob), "sex": sex, "nam": nam,
                "holder": True,
            })
    return people


# --------------------------------------------------------------- organisation
ORG_FR = "Clinique Relais Santé Centre-Sud"
ORG_EN = "Relais Santé Centre-Sud Clinic"
ORG_DOMAIN = "relais-sante.example"
ORG_ADDR = "2150, rue Ontario Est, Montréal (Québec) H2K 1V8"
ORG_PHONE = "514-555-0100"
ORG_FAX = "514-555-0109"
SCS_NAME = "Site Le Havre (service de consommation supervisée)"
SCS_PHONE = "514-555-0104"
HOSP_FR = "Hôpital Saint-Laurent-du-Fleuve"
HOSP_EN = "St. Lawrence River Hospital"
HOSP_DOMAIN = "hslf.example"
PH_DOMAIN = "drsp-mtl.example"          # public health
PHARM = [
    ("Pharmacie Ontario-Est", "pharm-ontarioest.example", "514-555-0131"),
    ("Pharmacie du Carré Viger", "pharm-viger.example", "514-555-0133"),
    ("Pharmacie Hochelaga Santé", "pharm-hochelaga.example", "514-555-0137"),
    ("Verdun Community Pharmacy", "verdunpharmacy.example", "514-555-0139"),
]
COMMUNITY = [
    ("Ruelle Ouverte", "ruelle-ouverte.example"),
    ("Refuge Clair-Matin", "clair-matin.example"),
    ("Projet Passerelle", "passerelle.example"),
    ("Street Connect MTL", "streetconnect.example"),
]

DOMAIN_NAMES = {d: n for n, d, *_ in PHARM + COMMUNITY}
DOMAIN_NAMES["drsp-mtl.example"] = "Direction régionale de santé publique – équipe ITSS"

# --------------------------------------------------------------- staff
# (given, surname, sex, title_fr, title_en, role_fr, role_en, domain)
STAFF = [
    ("Amélie", "Vachon", "F", "Dre", "Dr.", "médecin, médecine des dépendances", "physician, addiction medicine", ORG_DOMAIN),
    ("Karim", "Haddad", "M", "Dr", "Dr.", "médecin, santé sexuelle et VIH", "physician, sexual health and HIV", ORG_DOMAIN),
    ("Priya", "Raman", "F", "Dre", "Dr.", "hépatologue", "hepatologist", HOSP_DOMAIN),
    ("Mathieu", "Desjardins", "M", "Dr", "Dr.", "interniste", "internist", HOSP_DOMAIN),
    ("Stéphanie", "Lavoie", "F", "", "", "infirmière clinicienne, TAO", "clinical nurse, OAT", ORG_DOMAIN),
    ("Julien", "Brisebois", "M", "", "", "infirmier, SCS", "nurse, supervised consumption", ORG_DOMAIN),
    ("Mélanie", "Charbonneau", "F", "", "", "pharmacienne", "pharmacist", "pharm-ontarioest.example"),
    ("Hugo", "Tessier", "M", "", "", "pharmacien, hôpital", "hospital pharmacist", HOSP_DOMAIN),
    ("Nadia", "Benali", "F", "", "", "travailleuse sociale", "social worker", ORG_DOMAIN),
    ("Jonathan", "Lacasse", "M", "", "", "travailleur de rue", "outreach worker", "ruelle-ouverte.example"),
    ("Kim", "Nguyen", "F", "", "", "infirmière en santé publique (ITSS)", "public health nurse (STBBI)", PH_DOMAIN),
    ("Rachel", "Goldberg", "F", "", "", "IPS en soins de première ligne", "nurse practitioner", ORG_DOMAIN),
    ("Owen", "Fitzgerald", "M", "", "", "intervenant de proximité", "outreach worker", "streetconnect.example"),
    ("Claudia", "Restrepo", "F", "", "", "agente administrative", "clerk", ORG_DOMAIN),
    ("Patrice", "Dumont", "M", "", "", "chef de service", "program manager", ORG_DOMAIN),
    ("Isabelle", "Rioux", "F", "", "", "conseillère en ressources humaines", "HR advisor", ORG_DOMAIN),
    ("Marc-André", "Giguère", "M", "", "", "technicien en informatique", "IT technician", ORG_DOMAIN),
    ("Fatou", "Diallo", "F", "", "", "paire aidante", "peer worker", ORG_DOMAIN),
    ("Sean", "O'Brien", "M", "", "", "pharmacien", "pharmacist", "verdunpharmacy.example"),
    ("Daniel", "Weiss", "M", "Dr", "Dr.", "psychiatre en toxicomanie", "addiction psychiatrist", HOSP_DOMAIN),
    ("Sophie", "Lemieux", "F", "Dre", "Dr.", "résidente en médecine familiale", "family medicine resident", ORG_DOMAIN),
    ("Alexandre", "Côté", "M", "", "", "agent de planification", "planning officer", ORG_DOMAIN),
    ("Émilie", "Beaulieu", "F", "", "", "infirmière, clinique jeunesse", "nurse, youth clinic", ORG_DOMAIN),
    ("Thomas", "Nolet", "M", "", "", "archiviste médical", "health records officer", ORG_DOMAIN),
    ("Laura", "Mitchell", "F", "", "", "infirmière en santé publique", "public health nurse", PH_DOMAIN),
    ("Ibrahim", "Kaba", "M", "", "", "intervenant SCS", "supervised consumption worker", ORG_DOMAIN),
    ("Valérie", "Ducharme", "F", "", "", "coordonnatrice clinique", "clinical coordinator", ORG_DOMAIN),
    ("Ahmed", "Zerrouki", "M", "Dr", "Dr.", "microbiologiste-infectiologue", "infectious diseases physician", HOSP_DOMAIN),
]

# --------------------------------------------------------------- patient pools
GIVEN_M_FR = ["Kevin", "Maxime", "Jean-François", "Sébastien", "Éric", "Yannick", "Patrick", "Steve",
              "Mathieu", "Dominic", "Alexandre", "Jérôme", "Frédéric", "Simon", "Benoît", "Guillaume",
              "Olivier", "Samuel", "Réjean", "Gaétan", "Normand", "Sylvain", "Francis", "Carl"]
GIVEN_F_FR = ["Mélissa", "Karine", "Valérie", "Annie", "Catherine", "Chantal", "Julie", "Marie-Ève",
              "Audrey", "Véronique", "Jessica", "Roxanne", "Caroline", "Lucie", "Francine", "Maude",
              "Cindy", "Isabelle", "Joanie", "Brigitte"]
GIVEN_M_EN = ["Tyler", "Ryan", "Jason", "Kyle", "Brandon", "Connor", "Shawn", "Derek", "Nathan", "Aaron",
              "Trevor", "Colin"]
GIVEN_F_EN = ["Ashley", "Brittany", "Kayla", "Megan", "Heather", "Courtney", "Jenna", "Tara", "Amber",
              "Chelsea"]
GIVEN_M_OT = ["Mamadou", "Youssef", "Carlos", "Wilner", "Jean-Robert", "Farid", "Luis", "Dimitri",
              "Ricardo", "Samir", "Jimmy", "Eli"]
GIVEN_F_OT = ["Fatima", "Nadège", "Yasmina", "Mariana", "Rosemène", "Leïla", "Ana", "Tatiana",
              "Soraya", "Mireille"]
SURN_FR = ["Tremblay", "Bergeron", "Lachance", "Desrosiers", "Pouliot", "Turcotte", "Charette",
           "Lefebvre", "Dubé", "Vaillancourt", "Lamoureux", "Beauchemin", "Jolicoeur", "Ménard",
           "Gosselin", "Laflamme", "Daigle", "Bilodeau", "Lévesque", "Hébert", "Plante", "Robitaille",
           "Cormier", "Dufour", "Labelle", "Gingras", "Provost", "Rochon", "Sauvé", "Drouin",
           "Lalonde", "Marchand", "Proulx", "Trudel", "St-Onge", "Boisvert"]
SURN_EN = ["Kowalski", "O'Neill", "Murphy", "Campbell", "Fraser", "Stewart", "Hughes", "Kennedy",
           "Sinclair", "Grant", "McKenzie", "Reid", "Bennett", "Doyle"]
SURN_OT = ["Jean-Baptiste", "Pierre-Louis", "Benjelloun", "Rodriguez", "Mendoza", "Traoré",
           "Saint-Fleur", "Petrov", "Haidari", "Alvarez", "Moussa", "Kanatewat", "Etok", "Dorval"]

STREETS = ["rue Ontario Est", "rue Sainte-Catherine Est", "rue Logan", "avenue Papineau",
           "rue Wolfe", "rue Dorion", "rue Parthenais", "rue Fullum", "rue Sherbrooke Est",
           "rue Hochelaga", "boulevard Saint-Laurent", "rue Saint-Hubert", "rue de Rouen",
           "rue Notre-Dame Ouest", "rue Wellington", "avenue de l'Église", "rue Jeanne-Mance"]
POSTAL = ["H2K 2R4", "H2L 3C1", "H1W 1T9", "H2K 3X5", "H3H 1P3", "H4G 1Y6", "H2X 2T8", "H1V 2C7",
          "H2J 1K5", "H3K 1H2"]
NICKNAMES = ["Ti-Loup", "Pitbull", "Mouk", "Bizou", "Tank", "Rocket", "Frisé", "Sparrow", "Boots"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

X_MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774.500.171.1.1)", "Mozilla Thunderbird 128.5.0",
             "iPhone Mail (21F90)", "Zimbra 10.0.7_GA_4518 (ZimbraWebClient - FF133)", None, None, None]
