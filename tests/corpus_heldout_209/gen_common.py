"""Shared data and helpers: seed, invented organisations, people, identifiers.

Everything here is invented. Domains end in .example, phones use 555-01xx.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25209
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

FINDING_TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]

# ---------------------------------------------------------------- organisations
NET_FR = "Réseau de santé Deux-Rives"
NET_EN = "Deux-Rives Health Network"
DOM = "rsdr.example"

SITES = {
    "HRSA": dict(fr="Hôpital régional de Saint-Aurèle", en="Saint-Aurèle Regional Hospital",
                 addr="2100, boulevard des Ormes, Saint-Aurèle (Québec) G0X 2K4", phone="418 555-0110",
                 mrn_prefix="SA"),
    "CHVB": dict(fr="Centre hospitalier de Val-Brume", en="Val-Brume Hospital Centre",
                 addr="45, rue du Moulin, Val-Brume (Québec) G0Y 1B7", phone="418 555-0120",
                 mrn_prefix="VB"),
    "HPAH": dict(fr="Hôpital de Pointe-aux-Hérons", en="Pointe-aux-Hérons Hospital",
                 addr="8, chemin du Quai, Pointe-aux-Hérons (Québec) G0Z 3M1", phone="418 555-0130",
                 mrn_prefix="PH"),
    "CUSML": dict(fr="Centre universitaire de santé Mont-Lazare", en="Mont-Lazare University Health Centre",
                  addr="1500, avenue Lazare-Ouest, Mont-Lazare (Québec) H0L 4T2", phone="514 555-0140",
                  mrn_prefix="ML"),
    "KVGH": dict(fr="Hôpital général de Kessock Valley", en="Kessock Valley General Hospital",
                 addr="77 Riverbend Road, Kessock Valley, ON K0Q 2R5", phone="613 555-0150",
                 mrn_prefix="KV"),
}

ORGS = {
    "cct": dict(fr="Centre de coordination des transferts (CCT)", en="Transfer Centre (CCT)",
                addr="c/o Hôpital régional de Saint-Aurèle", phone="418 555-0160", mail="cct@rsdr.example"),
    "ccs": dict(fr="Centre de communication santé Deux-Rives", en="Deux-Rives Medical Dispatch Centre",
                addr="300, rue Principale, Saint-Aurèle (Québec) G0X 2K1", phone="418 555-0161",
                mail="supervision@ccs-deuxrives.example", dom="ccs-deuxrives.example"),
    "abe": dict(fr="Ambulances Boréal-Est", en="Boréal-Est Ambulance",
                addr="12, rue Industrielle, Val-Brume (Québec) G0Y 1C2", phone="418 555-0162",
                mail="operations@ambboreal.example", dom="ambboreal.example"),
    "cphf": dict(fr="Coopérative des paramédics du Haut-Fleuve", en="Haut-Fleuve Paramedic Co-operative",
                 addr="900, route 132, Pointe-aux-Hérons (Québec) G0Z 3N4", phone="418 555-0163",
                 mail="qualite@cphf.example", dom="cphf.example"),
    "evac": dict(fr="Évac-Air Nord", en="Évac-Air Nord", addr="Aéroport régional, hangar 3, Saint-Aurèle",
                 phone="418 555-0164", mail="coordination@evacairnord.example", dom="evacairnord.example"),
    "tmsa": dict(fr="Transport médical Saint-Aurèle inc.", en="Saint-Aurèle Medical Transport Inc.",
                 addr="55, rue des Érables, Saint-Aurèle (Québec) G0X 2K8", phone="418 555-0165",
                 mail="reservations@tmsa.example", dom="tmsa.example"),
    "northair": dict(fr="NorthAir Critical Care Transport", en="NorthAir Critical Care Transport",
                     addr="Hangar 9, Kessock Valley Airport, ON", phone="613 555-0166",
                     mail="dispatch@northair.example", dom="northair.example"),
    "pharm": dict(fr="Pharmacie du Carrefour Brume", en="Carrefour Brume Pharmacy",
                  addr="210, rue du Carrefour, Val-Brume (Québec) G0Y 1B9", phone="418 555-0167",
                  mail="labo@pharmacarrefour.example", dom="pharmacarrefour.example"),
    "pleiade": dict(fr="Mutuelle Assurances Pléiade", en="Pléiade Mutual Insurance",
                    addr="C.P. 4410, Mont-Lazare (Québec)", phone="1 800 555-0168",
                    mail="reclamations@pleiade.example", dom="pleiade.example"),
    "siar": dict(fr="Service d'indemnisation des accidentés de la route", en="Road Accident Compensation Service",
                 addr="C.P. 77, Mont-Lazare (Québec)", phone="1 800 555-0169",
                 mail="dossiers@siar.example", dom="siar.example"),
    "dpj": dict(fr="Direction de la protection de la jeunesse Deux-Rives", en="Deux-Rives Youth Protection",
                addr="15, rue Saint-Jude, Saint-Aurèle", phone="418 555-0170",
                mail="signalements@dpj-deuxrives.example", dom="dpj-deuxrives.example"),
}

VENDORS = {
    "medifourni": ("MédiFourni Québec inc.", "medifourni.example", "1 888 555-0171"),
    "stryvex": ("Stryvex Canada", "stryvex.example", "1 877 555-0172"),
    "cardiovue": ("CardioVue Systems", "cardiovue.example", "1 866 555-0173"),
    "radiocom": ("RadioCom Nordique", "radiocom.example", "418 555-0174"),
    "fleetpro": ("Garage Fleet-Pro", "fleetpro.example", "418 555-0175"),
    "oxyline": ("OxyLine Gaz médicaux", "oxyline.example", "1 855 555-0176"),
    "uniforme": ("Uniformes Polaris", "polaris-uniformes.example", "418 555-0177"),
}

# ---------------------------------------------------------------- people pools
STAFF_GIVEN_FR = ["Isabelle", "Mathieu", "Karine", "Julien", "Véronique", "Étienne", "Chantal", "Francis",
                  "Mélanie", "Sébastien", "Annie", "Patrick", "Caroline", "Hugo", "Nadia", "Olivier",
                  "Valérie", "Maxime", "Audrey", "Frédéric", "Stéphanie", "Yannick", "Lucie", "Benoît",
                  "Chloé", "Simon", "Noémie", "Alexis", "Joëlle", "Renée", "Dominic", "Marie-Ève",
                  "Jean-François", "Amélie", "Raphaël", "Catherine", "Guillaume", "Émilie", "Vincent", "Sophie"]
STAFF_GIVEN_EN = ["Rachel", "Kevin", "Priya", "Tom", "Megan", "Raj", "Fiona", "Ahmed", "Grace", "Owen",
                  "Laura", "Derek", "Hannah", "Ian", "Colleen", "Trevor", "Aisha", "Brendan", "Kelly",
                  "Nolan", "Erin", "Marcus", "Tessa", "Wei", "Jordan", "Carmen", "Dylan", "Heather"]
STAFF_SUR_FR = ["Ferland", "Vachon", "Desrochers", "Lemire", "Thériault", "Arsenault", "Beaulieu", "Charest",
                "Dufresne", "Lachance", "Grenier", "Marchand", "Provencher", "Rioux", "Sirois", "Tanguay",
                "Boivin", "Labrecque", "Veilleux", "Bergeron", "Doucet", "Mercier", "Létourneau", "Paradis",
                "Rousseau", "Asselin", "Turcotte", "Lavallée", "Dionne", "Poulin", "Bisson", "Jodoin",
                "Carrier", "Gaudreault", "Ouimet", "Brisebois"]
STAFF_SUR_EN = ["Kowalski", "Nguyen", "Okafor", "Patel", "Haddad", "O'Neill", "Fitzgerald", "Chen", "Singh",
                "Murphy", "Abernathy", "Campbell", "Whitford", "Ashdown", "Kerr", "Delgado", "Santos",
                "McAllister", "Brennan", "Osei", "Lindgren", "Harrington", "Vasquez", "Yamamoto"]

PAT_GIVEN = {
    ("fr", "F"): ["Lucienne", "Thérèse", "Jocelyne", "Micheline", "Rollande", "Pierrette", "Huguette",
                  "Francine", "Lise", "Colette", "Yvette", "Madeleine", "Léa", "Zoé", "Florence", "Rosalie",
                  "Maëlle", "Solange", "Gisèle", "Raymonde", "Carole", "Johanne", "Line", "Marjolaine", "Odette"],
    ("fr", "M"): ["Lucien", "Gaétan", "Réjean", "Normand", "Fernand", "Rosaire", "Marcel", "Yvon", "Gérard",
                  "Roland", "Clément", "Laurent", "Thomas", "Félix", "Nathan", "Émile", "Samuel", "Jérôme",
                  "Denis", "Richard", "Alain", "Serge", "Luc", "Mario", "Sylvain"],
    ("en", "F"): ["Margaret", "Dorothy", "Brenda", "Sharon", "Linda", "Shirley", "Beverly", "Tracy", "Amber",
                  "Chelsea", "Olivia", "Ava", "Ruby", "Janet", "Gail", "Noreen", "Wendy", "Kayla"],
    ("en", "M"): ["Harold", "Gordon", "Wayne", "Douglas", "Kenneth", "Ronald", "Gary", "Bruce", "Stanley",
                  "Curtis", "Tyler", "Ethan", "Noah", "Lucas", "Ryan", "Dale", "Glen", "Murray"],
    ("fra", "F"): ["Mathilde", "Capucine", "Océane", "Héloïse"],
    ("fra", "M"): ["Aurélien", "Bastien", "Timothée", "Gaspard"],
    ("bel", "F"): ["Sien", "Ambre", "Lotte", "Elke"],
    ("bel", "M"): ["Wout", "Florian", "Jens", "Arnaud"],
}
PAT_SUR = {
    "fr": ["Tremblay", "Lavoie", "Dubé", "Gingras", "Hébert", "Ménard", "Perron", "Bolduc", "Lacroix",
           "Drolet", "Gosselin", "Bernier", "Picard", "Vézina", "Leclerc", "Blais", "Audet", "Lévesque",
           "Demers", "Labbé", "Chabot", "Fontaine", "Bédard", "Bourque", "Rochon", "Larouche",
           "Vaillancourt", "Plourde", "Sauvé", "Hudon", "Mailloux", "Belleau", "Robitaille", "Duchesne",
           "Boisvert", "Quirion", "Gravel", "Lamontagne", "Deschênes", "Cormier"],
    "en": ["Henderson", "MacLeod", "Fraser", "Sinclair", "Gallagher", "O'Brien", "Peterson", "Kowalczyk",
           "Mitchell", "Reid", "Burke", "Doyle", "Hartley", "Lindqvist", "Crawford", "Thornton", "McKenna",
           "Baxter", "Pruitt", "Ellison", "Garrow", "Whitaker", "Stroud", "Sutherland", "Keeler"],
    "fra": ["Garnier", "Peyrac", "Castagné", "Lemaire-Duval"],
    "bel": ["Van den Broeck", "Dewulf", "Lambotte", "Claessens"],
}

STREETS_FR = ["rue des Pruches", "rang Saint-Joseph", "rue Champlain", "avenue des Bouleaux", "chemin du Lac-Noir",
              "rue de la Fabrique", "boulevard Taché", "rue des Hirondelles", "montée Lafleur", "rue Saint-Édouard"]
STREETS_EN = ["Maple Crescent", "Concession Road 4", "Birch Lane", "Orchard Street", "Harbour View Drive",
              "Pine Ridge Road", "Mill Street", "Cedar Court"]
TOWNS_QC = [("Saint-Aurèle", "G0X"), ("Val-Brume", "G0Y"), ("Pointe-aux-Hérons", "G0Z"),
            ("Sainte-Ondine", "G0W"), ("Lac-Verrier", "G0V")]
TOWNS_ON = [("Kessock Valley", "K0Q"), ("Aldous Mills", "K0R"), ("Glen Farrow", "K0P")]
AREA_QC = ["418", "581", "819"]
AREA_ON = ["613", "343"]


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            rows.append(dict(surname=sur, given=given, dob=datetime.date.fromisoformat(dob), sex=sex, nam=nam))
    return rows


NAM_ROWS = load_nams()
NAM_SURNAMES = sorted({r["surname"] for r in NAM_ROWS})

for _pool in list(PAT_SUR.values()) + [STAFF_SUR_FR, STAFF_SUR_EN]:
    for _s in _pool:
        assert strip_accents(_s).lower() not in {strip_accents(x).lower() for x in NAM_SURNAMES}, _s


# ---------------------------------------------------------------- identifiers
FW = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}
FW.update({ord(c): chr(0xFF21 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def fullwidth(s):
    return s.translate(FW)


def normalize_id(s):
    """What the checker compares: NFKC, upper case, separators removed."""
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(ch for ch in s if ch.isalnum())


def gen_sin(rng):
    while True:
        d = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))
        for c in "0123456789":
            if ca_sin.is_valid(d + c):
                return d + c


def gen_ohip(rng):
    while True:
        base = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        num = base + luhn.calc_check_digit(base)
        if luhn.is_valid(num):
            return num + rng.choice(["", "AB", "KT", "MX", "HJ"])


def ohip_valid(v):
    d = "".join(ch for ch in v if ch.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def gen_niss(rng, dob, sex):
    for _ in range(1000):
        ser = rng.randrange(1, 998)
        if (ser % 2 == 1) != (sex == "M"):
            continue
        body = dob.strftime("%y%m%d") + "%03d" % ser
        n = int(("2" + body) if dob.year >= 2000 else body)
        num = body + "%02d" % (97 - n % 97)
        if be_nn.is_valid(num):
            return num
    raise RuntimeError("niss")


def gen_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "33", "44", "13", "35", "67"])
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randrange(1, 990) + \
        "%03d" % rng.randrange(1, 999)
    num = body + "%02d" % (97 - int(body) % 97)
    assert fr_nir.is_valid(num)
    return num


def fmt_sin(v, style):
    g = [v[0:3], v[3:6], v[6:9]]
    return {"plain": v, "space": " ".join(g), "dash": "-".join(g), "dot": ".".join(g),
            "fw": fullwidth(" ".join(g))}[style]


def fmt_ohip(v, style):
    d, vc = v[:10], v[10:]
    g = [d[0:4], d[4:7], d[7:10]]
    out = {"plain": d, "space": " ".join(g), "dash": "-".join(g), "dot": ".".join(g),
           "fw": fullwidth("".join(g))}[style]
    return (out + (" " if style in ("space", "fw") else "-") + vc) if vc else out


def fmt_niss(v, style):
    if style == "plain":
        return v
    if style == "std":
        return "%s.%s.%s-%s.%s" % (v[0:2], v[2:4], v[4:6], v[6:9], v[9:11])
    if style == "space":
        return "%s %s %s %s %s" % (v[0:2], v[2:4], v[4:6], v[6:9], v[9:11])
    if style == "slash":
        return "%s/%s/%s-%s-%s" % (v[0:2], v[2:4], v[4:6], v[6:9], v[9:11])
    return fullwidth(v)


def fmt_nir(v, style):
    parts = [v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:15]]
    if style == "plain":
        return v
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts[:-1]) + "-" + parts[-1]
    return fullwidth(" ".join(parts))


def fmt_nam(v, style):
    a, b, c = v[:4], v[4:8], v[8:]
    return {"plain": v, "space": "%s %s %s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "slash": "%s/%s/%s" % (a, b, c),
            "lower": ("%s %s %s" % (a, b, c)).lower(), "fw": fullwidth("%s %s %s" % (a, b, c)),
            "tight": "%s %s" % (a, b + c)}[style]


def fmt_mrn(prefix, num, style):
    if style == "plain":
        return "%s%s" % (prefix, num)
    if style == "dash":
        return "%s-%s" % (prefix, num)
    if style == "space":
        return "%s %s %s" % (prefix, num[:3], num[3:])
    if style == "dot":
        return "%s.%s.%s" % (prefix, num[:3], num[3:])
    if style == "slash":
        return "%s/%s" % (prefix, num)
    return fullwidth("%s %s" % (prefix, num))


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dob_variants(d):
    """Every written form the generator may use for a birth date (the checker accepts any)."""
    return [
        d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"), d.strftime("%d-%m-%Y"),
        d.strftime("%Y.%m.%d"), "%d %s %d" % (d.day, MOIS[d.month - 1], d.year),
        "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year), "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
        d.strftime("%Y%m%d"), "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year),
    ]


def sex_variants(sex, lang):
    if lang == "fr":
        return {"F": ["Sexe : F", "sexe F", "F", "femme", "Sexe: F"],
                "M": ["Sexe : M", "sexe M", "M", "homme", "Sexe: M"]}[sex]
    return {"F": ["Sex: F", "F", "female", "Sex: Female"], "M": ["Sex: M", "M", "male", "Sex: Male"]}[sex]


# ---------------------------------------------------------------- people
class Staff:
    def __init__(self, given, surname, role_fr, role_en, org, email, title=""):
        self.given, self.surname = given, surname
        self.role_fr, self.role_en, self.org, self.email, self.title = role_fr, role_en, org, email, title

    @property
    def full(self):
        return ("%s %s %s" % (self.title, self.given, self.surname)).strip()

    @property
    def plain(self):
        return "%s %s" % (self.given, self.surname)


def email_local(given, surname):
    g = strip_accents(given).lower().replace(" ", "").replace("'", "")
    s = strip_accents(surname).lower().replace(" ", "").replace("'", "")
    return "%s.%s" % (g, s)


ROLES = [
    ("paramédic en soins avancés", "advanced care paramedic", "abe"),
    ("paramédic en soins primaires", "primary care paramedic", "abe"),
    ("paramédic en soins primaires", "primary care paramedic", "cphf"),
    ("répartiteur médical d'urgence|répartitrice médicale d'urgence", "emergency medical dispatcher", "ccs"),
    ("superviseur de la répartition|superviseure de la répartition", "dispatch floor supervisor", "ccs"),
    ("infirmier coordonnateur, CCT|infirmière coordonnatrice, CCT", "transfer centre nurse coordinator", "cct"),
    ("coordonnateur des transferts|coordonnatrice des transferts", "transfer coordinator", "cct"),
    ("médecin régulateur|médecin régulatrice", "medical control physician", "cct"),
    ("urgentologue", "emergency physician", "HRSA"),
    ("urgentologue", "emergency physician", "CHVB"),
    ("infirmier de liaison|infirmière de liaison", "liaison nurse", "HPAH"),
    ("agent administratif, admission|agente administrative, admission", "admitting clerk", "HRSA"),
    ("chef d'équipe paramédic", "paramedic team lead", "cphf"),
    ("conseiller qualité préhospitalière|conseillère qualité préhospitalière", "prehospital quality advisor", "cphf"),
    ("infirmier, soins intensifs|infirmière, soins intensifs", "ICU nurse", "CUSML"),
    ("intensiviste", "intensivist", "CUSML"),
    ("commis aux transports", "transport booking clerk", "tmsa"),
    ("coordonnateur de vol|coordonnatrice de vol", "flight coordinator", "evac"),
    ("pharmacien|pharmacienne", "pharmacist", "pharm"),
    ("travailleur social|travailleuse sociale", "social worker", "HRSA"),
    ("infirmier-chef, urgence|infirmière-chef, urgence", "charge nurse, emergency", "KVGH"),
    ("gestionnaire des opérations", "operations manager", "abe"),
    ("agent de facturation|agente de facturation", "billing clerk", "abe"),
    ("technicien de flotte|technicienne de flotte", "fleet technician", "abe"),
    ("analyste TI", "IT analyst", "net"),
    ("agent de paie|agente de paie", "payroll officer", "net"),
    ("conseiller RH|conseillère RH", "HR advisor", "net"),
    ("directeur médical régional|directrice médicale régionale", "regional medical director", "net"),
    ("acheteur|acheteuse", "procurement officer", "net"),
    ("coordonnateur formation continue|coordonnatrice formation continue", "continuing education coordinator", "net"),
]

FEMALE_GIVEN = {"Isabelle", "Karine", "Véronique", "Chantal", "Mélanie", "Annie", "Caroline", "Nadia", "Valérie",
                "Audrey", "Stéphanie", "Lucie", "Chloé", "Noémie", "Joëlle", "Renée", "Marie-Ève", "Amélie",
                "Catherine", "Émilie", "Sophie", "Rachel", "Priya", "Megan", "Fiona", "Grace", "Laura", "Hannah",
                "Colleen", "Aisha", "Kelly", "Erin", "Tessa", "Carmen", "Heather"}

PHYS_ROLES = {"medical control physician", "emergency physician", "intensivist", "regional medical director"}


def org_domain(org):
    if org in ORGS and "dom" in ORGS[org]:
        return ORGS[org]["dom"]
    if org == "CUSML":
        return "cusml.example"
    if org == "KVGH":
        return "kvgh.example"
    return DOM


def org_name(org, lang):
    if org == "net":
        return NET_FR if lang == "fr" else NET_EN
    if org in SITES:
        return SITES[org][lang]
    return ORGS[org][lang]


def org_phone(org):
    if org == "net":
        return "418 555-0100"
    if org in SITES:
        return SITES[org]["phone"]
    return ORGS[org]["phone"]


def org_addr(org):
    if org == "net":
        return "1, place du Réseau, Saint-Aurèle (Québec) G0X 2K0"
    if org in SITES:
        return SITES[org]["addr"]
    return ORGS[org]["addr"]


class World:
    """Deterministic cast: staff and patients, drawn from one seeded RNG."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.used_staff = set()
        self.used_pat = set()
        self.nam_queue = list(NAM_ROWS)
        self.rng.shuffle(self.nam_queue)
        self.mrn_seen = set()

    # staff ------------------------------------------------------------
    def staff(self, role_key=None, lang=None, org=None):
        rng = self.rng
        cands = [r for r in ROLES if (role_key is None or role_key in r[0] or role_key in r[1])
                 and (org is None or r[2] == org)]
        role = rng.choice(cands)
        lang = lang or rng.choice(["fr", "en"])
        for _ in range(200):
            if lang == "fr":
                g, s = rng.choice(STAFF_GIVEN_FR), rng.choice(STAFF_SUR_FR)
            else:
                g = rng.choice(STAFF_GIVEN_EN + STAFF_GIVEN_FR[:8])
                s = rng.choice(STAFF_SUR_EN + STAFF_SUR_FR[:6])
            if (g, s) not in self.used_staff:
                break
        self.used_staff.add((g, s))
        fem = g in FEMALE_GIVEN
        forms = role[0].split("|")
        role_fr = forms[1] if fem and len(forms) > 1 else forms[0]
        title = ""
        if role[1] in PHYS_ROLES:
            title = "Dre" if (fem and lang == "fr") else "Dr"
        em = "%s@%s" % (email_local(g, s), org_domain(role[2]))
        return Staff(g, s, role_fr, role[1], role[2], em, title)

    # patients ---------------------------------------------------------
    def patient(self, kind="qc", lang="fr", age=None, sex=None):
        """kind: qc, on, fra, bel, nam"""
        rng = self.rng
        p = Patient()
        if kind == "nam":
            row = self.nam_queue.pop(0)
            p.given, p.surname, p.dob, p.sex, p.nam = row["given"], row["surname"], row["dob"], row["sex"], row["nam"]
            p.kind = "nam"
        else:
            p.sex = sex or rng.choice("FM")
            pool = {"qc": lang, "on": "en", "fra": "fra", "bel": "bel"}[kind]
            for _ in range(500):
                g = rng.choice(PAT_GIVEN[(pool, p.sex)])
                s = rng.choice(PAT_SUR[pool])
                if (g, s) not in self.used_pat:
                    break
            self.used_pat.add((g, s))
            p.given, p.surname, p.kind = g, s, kind
            if age is None:
                age = rng.choice([rng.randint(18, 45), rng.randint(46, 70), rng.randint(70, 96)])
            y = 2025 - age
            p.dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        p.age = 2025 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (2, 15) else 0)
        site = rng.choice(["HRSA", "CHVB", "HPAH"]) if kind != "on" else "KVGH"
        p.site = site
        while True:
            num = "%07d" % rng.randrange(100000, 9999999)
            if num not in self.mrn_seen:
                self.mrn_seen.add(num)
                break
        p.mrn_prefix, p.mrn_num = SITES[site]["mrn_prefix"], num
        if kind == "on":
            town, pc = rng.choice(TOWNS_ON)
            p.phone = "%s 555-01%02d" % (rng.choice(AREA_ON), rng.randrange(100))
            p.address = "%d %s, %s, ON %s %d%s%d" % (rng.randint(3, 980), rng.choice(STREETS_EN), town, pc,
                                                     rng.randint(1, 9), rng.choice("ABCEGHJKLMNPRSTVXY"),
                                                     rng.randint(1, 9))
            p.hcn = gen_ohip(rng)
        else:
            town, pc = rng.choice(TOWNS_QC)
            p.phone = "%s 555-01%02d" % (rng.choice(AREA_QC), rng.randrange(100))
            p.address = "%d, %s, %s (Québec) %s %d%s%d" % (rng.randint(3, 2980), rng.choice(STREETS_FR), town, pc,
                                                           rng.randint(1, 9), rng.choice("ABCEGHJKLMNPRSTVXY"),
                                                           rng.randint(1, 9))
        if kind == "bel":
            p.niss = gen_niss(rng, p.dob, p.sex)
            p.address = "rue des Tanneurs %d, 1000 Bruxelles, Belgique" % rng.randint(2, 90)
            p.phone = "+32 2 555 01 %02d" % rng.randrange(100)
        if kind == "fra":
            p.nir = gen_nir(rng, p.dob, p.sex)
            p.address = "%d, rue Paul-Bert, 69003 Lyon, France" % rng.randint(2, 90)
            p.phone = "+33 4 55 50 01 %02d" % rng.randrange(100)
        p.sin = gen_sin(rng) if kind in ("qc", "nam", "on") else None
        return p


class Patient:
    given = surname = sex = kind = site = mrn_prefix = mrn_num = phone = address = None
    dob = None
    nam = hcn = niss = nir = sin = None
    age = 0


# ---------------------------------------------------------------- per-message context
TITLES = {("fr", "F"): "Mme", ("fr", "M"): "M.", ("en", "F"): "Ms.", ("en", "M"): "Mr."}


class Ctx:
    """Collects the finding types a positive message really contains.

    Every patient-related fragment of a positive is produced through one of
    these helpers, so the label is derived from what is written.
    """

    def __init__(self, world, lang):
        self.w = world
        self.rng = world.rng
        self.lang = lang
        self.types = set()
        self.ids = []          # (type, raw value) for checker
        self.people = []       # (given, surname)
        self.nam_people = []   # NAM rows used

    def pick(self, seq):
        return self.rng.choice(seq)

    # names
    def name(self, p, style=None):
        self.types.add("patient_name")
        if (p.given, p.surname) not in self.people:
            self.people.append((p.given, p.surname))
        style = style or self.pick(["full", "title", "surfirst", "SURFIRST", "lower", "initial", "title_sur",
                                    "caps"])
        t = TITLES[(self.lang, p.sex)]
        g, s = p.given, p.surname
        ini = "-".join(x[0] + "." for x in g.split("-"))
        return {
            "full": "%s %s" % (g, s),
            "title": "%s %s %s" % (t, g, s),
            "title_sur": "%s %s" % (t, s),
            "surfirst": "%s, %s" % (s, g),
            "SURFIRST": "%s, %s" % (s.upper(), g),
            "lower": ("%s %s" % (g, s)).lower(),
            "initial": "%s %s" % (ini, s),
            "caps": "%s %s" % (g.upper(), s.upper()),
            "SUR_ini": "%s %s" % (s.upper(), ini.replace("-", "")),
            "given": g,
            "sur": s,
            "file": "%s_%s" % (strip_accents(s).replace(" ", "").replace("'", ""), strip_accents(g)[0]),
        }[style]

    def dob(self, p, fmt=None):
        self.types.add("date_of_birth")
        v = dob_variants(p.dob)
        if fmt is None:
            fmt = self.pick([0, 1, 1, 2, 4, 5 if self.lang == "fr" else 6, 3])
        return v[fmt]

    def sex(self, p, i=None):
        vs = sex_variants(p.sex, self.lang)
        return vs[i if i is not None else 0]

    def nam(self, p, style=None):
        assert p.nam
        self.types.add("ramq_nam")
        self.ids.append(("ramq_nam", p.nam))
        if p.nam not in [r for r in self.nam_people]:
            self.nam_people.append(p.nam)
        style = style or self.pick(["plain", "plain", "space", "space", "dash", "dot", "lower", "fw", "slash",
                                    "tight"])
        return fmt_nam(p.nam, style)

    def mrn(self, p, style=None):
        self.types.add("mrn")
        self.ids.append(("mrn", p.mrn_prefix + p.mrn_num))
        style = style or self.pick(["plain", "dash", "dash", "space", "dot", "slash", "fw"])
        return fmt_mrn(p.mrn_prefix, p.mrn_num, style)

    def sin(self, p, style=None):
        self.types.add("ca_sin")
        self.ids.append(("ca_sin", p.sin))
        return fmt_sin(p.sin, style or self.pick(["plain", "space", "space", "dash", "dot", "fw"]))

    def hcn(self, p, style=None):
        self.types.add("ca_health_number")
        self.ids.append(("ca_health_number", p.hcn[:10]))
        return fmt_ohip(p.hcn, style or self.pick(["plain", "space", "dash", "dash", "dot", "fw"]))

    def niss(self, p, style=None):
        self.types.add("be_niss")
        self.ids.append(("be_niss", p.niss))
        return fmt_niss(p.niss, style or self.pick(["std", "std", "plain", "space", "slash", "fw"]))

    def nir(self, p, style=None):
        self.types.add("fr_nir")
        self.ids.append(("fr_nir", p.nir))
        return fmt_nir(p.nir, style or self.pick(["plain", "space", "space", "dot", "fw"]))

    # content
    def dx(self, s):
        self.types.add("diagnosis")
        return s

    def med(self, s):
        self.types.add("medication")
        return s

    def lab(self, s):
        self.types.add("lab_result")
        return s

    def contact(self, s):
        self.types.add("patient_contact")
        return s

    def social(self, s):
        self.types.add("social_information")
        return s

    def phone(self, p):
        return self.contact(p.phone)

    def address(self, p):
        return self.contact(p.address)

    def nam_block(self, p, sep="\n"):
        """Name, birth date, sex and NAM together (the rule for NAM holders)."""
        fr = self.lang == "fr"
        lines = [
            ("Nom : " if fr else "Name: ") + self.name(p, self.pick(["SURFIRST", "surfirst", "full", "caps"])),
            ("DDN : " if fr else "DOB: ") + self.dob(p, self.pick([0, 1, 2])),
            self.sex(p, 0),
            ("NAM : " if fr else "RAMQ: ") + self.nam(p),
        ]
        return sep.join(lines)


# ---------------------------------------------------------------- text helpers
def sig(st, lang, rng=None, short=False):
    if short:
        return "-- \n%s\n%s" % (st.plain if not st.title else st.full, st.role_fr if lang == "fr" else st.role_en)
    lines = ["-- ", st.full, st.role_fr if lang == "fr" else st.role_en, org_name(st.org, lang)]
    lines.append(org_addr(st.org))
    lines.append(("Tél. : " if lang == "fr" else "Tel: ") + org_phone(st.org) +
                 ((" poste %d" if lang == "fr" else " ext. %d") % (2000 + (hash_str(st.plain) % 800))))
    lines.append(st.email)
    return "\n".join(lines)


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def fwd_header(lang, frm, to, date_txt, subject, style=0):
    if lang == "fr":
        if style == 0:
            return ("-------- Message transféré --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n"
                    % (frm, date_txt, to, subject))
        return ("De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (frm, date_txt, to, subject))
    if style == 0:
        return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n"
                % (frm, date_txt, subject, to))
    return ("From: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (frm, date_txt, to, subject))


def reply_intro(lang, who, date_txt):
    if lang == "fr":
        return "Le %s, %s a écrit :" % (date_txt, who)
    return "On %s, %s wrote:" % (date_txt, who)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def human_date(d, lang, with_time=False):
    if lang == "fr":
        s = "%s %d %s %d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year)
        return s + (" à %02d h %02d" % (d.hour, d.minute) if with_time else "")
    s = "%s, %s %d, %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year)
    return s + (" at %02d:%02d" % (d.hour, d.minute) if with_time else "")
