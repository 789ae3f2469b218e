"""Invented people, places and the organisation; NAM holders read from ../blind_nams.txt."""
import os

from gen_util import (parse_date, fmt_date, fmt_nam, make_mrn, make_sin, make_ohn,
                      ohn_version, make_niss, make_nir, phone, fold)

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")


class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, parse_date(dob), sex, nam


def load_holders():
    out = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, dob, sex, nam))
    return out


HOLDERS = load_holders()
HOLDER_SURNAMES = {fold(h.surname) for h in HOLDERS}
HOLDER_GIVEN = {fold(h.given) for h in HOLDERS}

# ---------------------------------------------------------------- organisation
ORG_FR = "CISSS des Deux-Rives"
HOSP_FR = "Hôpital régional des Deux-Rives"
HOSP_EN = "Deux-Rives Regional Hospital"
CLINIC_FR = "Service d'oto-rhino-laryngologie et clinique d'audiologie"
CLINIC_EN = "Otolaryngology Service and Audiology Clinic"
DOM = "deuxrives.example"
ADDR_CLINIC = "Pavillon Lacroix, 3e étage, 400, boul. de la Rivière, Saint-Aubert (Québec) J0X 1B0"
ADDR_CLINIC_EN = "Lacroix Pavilion, 3rd floor, 400 de la Rivière Blvd, Saint-Aubert QC J0X 1B0"
PH_CLINIC = "819 555-0100"
PH_AUDIO = "819 555-0104"
FAX_CLINIC = "819 555-0109"
PH_BLOC = "819 555-0112"

# staff: (given, surname, sex, role_fr, role_en, email local part)
STAFF = {
    "vachon": ("Isabelle", "Vachon", "F", "ORL, rhinologie", "otolaryngologist, rhinology"),
    "lacasse": ("Stéphane", "Lacasse", "M", "ORL, oncologie tête et cou", "head and neck surgeon"),
    "haddad": ("Amir", "Haddad", "M", "ORL, otologie et ORL pédiatrique", "otologist, paediatric ENT"),
    "raman": ("Priya", "Raman", "F", "ORL, laryngologie — clinique de la voix", "laryngologist, voice clinic"),
    "charest": ("Benoît", "Charest", "M", "chef du service d'ORL", "chief of otolaryngology"),
    "dionne": ("Karine", "Dionne", "F", "audiologiste", "audiologist"),
    "rioux": ("Maude", "Rioux", "F", "audiologiste, programme d'implant cochléaire", "audiologist, cochlear implant program"),
    "campbell": ("Heather", "Campbell", "F", "audiologiste", "audiologist"),
    "turcotte": ("Rosalie", "Turcotte", "F", "orthophoniste, clinique de la voix", "speech-language pathologist, voice clinic"),
    "proulx": ("Chantal", "Proulx", "F", "infirmière pivot en oncologie tête et cou", "head and neck nurse navigator"),
    "bisson": ("Nadia", "Bisson", "F", "agente administrative, ORL", "ENT clerk"),
    "okafor": ("Kevin", "Okafor", "M", "résident R2 ORL", "ENT resident (PGY-2)"),
    "marchand": ("Félix", "Marchand", "M", "résident R4 ORL", "ENT resident (PGY-4)"),
    "hebert": ("Valérie", "Hébert", "F", "travailleuse sociale", "social worker"),
    "labrecque": ("Annie", "Labrecque", "F", "chef de service administratif, ORL-audiologie", "clinical manager, ENT and audiology"),
    "nolin": ("Olivier", "Nolin", "M", "pharmacien", "pharmacist"),
    "frechette": ("Mélanie", "Fréchette", "F", "coordonnatrice du bloc opératoire", "OR booking coordinator"),
    "dufour": ("Yannick", "Dufour", "M", "technicien, soutien informatique", "IT support technician"),
    "vezina": ("Lucie", "Vézina", "F", "technicienne en paie", "payroll technician"),
    "beaulieu": ("Sophie", "Beaulieu", "F", "conseillère en ressources humaines", "HR advisor"),
    "stewart": ("Graham", "Stewart", "M", "ingénieur biomédical", "biomedical engineer"),
    "kowalski": ("Rachel", "Kowalski", "F", "infirmière clinicienne, ORL", "ENT clinic nurse"),
    "ferreira": ("Hugo", "Ferreira", "M", "acheteur, approvisionnement", "procurement officer"),
    "plante": ("Catherine", "Plante", "F", "conseillère en communication", "communications advisor"),
    "rousseau": ("François", "Rousseau", "M", "anesthésiologiste", "anaesthesiologist"),
    "diallo": ("Fatima", "Diallo", "F", "infirmière, unité de chirurgie 4B", "nurse, surgical unit 4B"),
    "murphy": ("Tom", "Murphy", "M", "coordonnateur qualité", "quality coordinator"),
    "lemieux": ("Martin", "Lemieux", "M", "technicien en audiologie", "audiology technician"),
}


PHYSICIANS = {"vachon", "lacasse", "haddad", "raman", "charest", "okafor", "marchand", "rousseau"}


def staff_name(key, lang, title=True):
    g, s, sex, rf, re_ = STAFF[key]
    physician = key in PHYSICIANS
    if title and physician:
        if lang == "fr":
            return ("Dre " if sex == "F" else "Dr ") + g + " " + s
        return "Dr. " + g + " " + s
    return g + " " + s


def staff_email(key):
    g, s = STAFF[key][0], STAFF[key][1]
    return ascii_local(g) + "." + ascii_local(s) + "@" + DOM


def ascii_local(s):
    return fold(s).replace(" ", "").replace("'", "").replace("é", "e")


def staff_addr(key, lang):
    return (staff_name(key, lang, title=False), staff_email(key))


DEPTS = {
    "dufour": ("Direction des ressources informationnelles", "Information Technology", "60"),
    "vezina": ("Service de la paie", "Payroll", "61"),
    "beaulieu": ("Direction des ressources humaines", "Human Resources", "62"),
    "stewart": ("Génie biomédical", "Biomedical Engineering", "63"),
    "ferreira": ("Service de l'approvisionnement", "Procurement", "64"),
    "plante": ("Service des communications", "Communications", "65"),
    "murphy": ("Direction de la qualité", "Quality and Performance", "66"),
    "nolin": ("Département de pharmacie", "Pharmacy Department", "67"),
}


def sig(key, lang, rich=True):
    g, s, sex, rf, re_ = STAFF[key]
    role = rf if lang == "fr" else re_
    name = staff_name(key, lang)
    lines = ["-- ", name, role[0].upper() + role[1:]]
    if rich and key in DEPTS:
        d = DEPTS[key]
        lines += [d[0] if lang == "fr" else d[1], ORG_FR if lang == "fr" else HOSP_EN,
                  ("Tél. : 819 555-01%s" if lang == "fr" else "Tel. 819 555-01%s") % d[2]]
    elif rich:
        if lang == "fr":
            lines += [CLINIC_FR, HOSP_FR + " — " + ORG_FR, ADDR_CLINIC,
                      "Tél. : %s   Téléc. : %s" % (PH_CLINIC, FAX_CLINIC)]
        else:
            lines += [CLINIC_EN, HOSP_EN, ADDR_CLINIC_EN,
                      "Tel. %s | Fax %s" % (PH_CLINIC, FAX_CLINIC)]
    return "\n".join(lines)


# ---------------------------------------------------------------- invented name pools
# Surnames and given names deliberately disjoint from the NAM holder list.
SURNAMES_FR = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Desjardins", "Gingras", "Lemay", "Mercier",
               "Vallières", "Lacroix", "Bédard", "Dubuc", "Gendron", "Lévesque", "Ouimet", "Brisson",
               "Thériault", "Lachance", "Boisvert", "Carrier", "Doucet", "Fiset", "Grenier", "Harvey",
               "Jolicoeur", "Laflamme", "Marcoux", "Nantel", "Pépin", "Quirion", "Rivard", "Sauvé",
               "Tessier", "Veilleux", "Auclair", "Bolduc", "Champagne", "Dupuis", "Létourneau", "St-Onge"]
SURNAMES_EN = ["O'Neill", "Kaur", "Nguyen", "Abernethy", "Fitzgerald", "McLean", "Sorensen", "Baptiste",
               "Chowdhury", "Hughes", "Lindqvist", "Moreau-Hall", "Petrov", "Quinlan", "Reyes", "Sutherland",
               "Tanaka", "Whitfield", "Yilmaz", "Zhang", "Delgado", "Friesen", "Greenberg", "Hawthorne",
               "Iqbal", "Jankowski", "Kirby", "Lowe", "Mensah", "Novak"]
GIVEN_F_FR = ["Jacinthe", "Lise", "Colette", "Huguette", "Mireille", "Solange", "Francine", "Brigitte",
              "Johanne", "Line", "Maryse", "Noémie", "Océane", "Léa", "Camille", "Rose", "Yvette",
              "Carole", "Danielle", "Éliane", "Pascale", "Raymonde", "Suzanne", "Thérèse"]
GIVEN_M_FR = ["Réjean", "Gaétan", "Normand", "Yvon", "Raymond", "Sylvain", "Alain", "Bruno", "Guy",
              "Jean-Guy", "Luc", "Mathis", "Nolan", "Théo", "Zachary", "Rénald", "Serge", "Dany",
              "Fernand", "Gérald", "Marcel", "Roch", "Benjamin", "Édouard"]
GIVEN_F_EN = ["Margaret", "Eileen", "Deborah", "Kimberly", "Olivia", "Hannah", "Brenda", "Gwen",
              "Patricia", "Shirley", "Tanya", "Aisha", "Mei", "Harpreet", "Ingrid", "Joan", "Lorna",
              "Nora", "Paula", "Ruth"]
GIVEN_M_EN = ["Douglas", "Kenneth", "Trevor", "Wayne", "Ethan", "Noah", "Gordon", "Harold", "Ian",
              "Jason", "Keith", "Lloyd", "Mohammed", "Neil", "Owen", "Raj", "Stuart", "Victor",
              "Warren", "Brian"]

assert not ({fold(s) for s in SURNAMES_FR + SURNAMES_EN} & HOLDER_SURNAMES)

STREETS_FR = ["rue des Érables", "rang Saint-Joseph", "rue Principale", "avenue du Parc", "rue Notre-Dame",
              "chemin de la Grève", "rue des Pins", "boul. Champlain", "rue Sainte-Cécile", "montée du Moulin",
              "rue Papineau", "croissant des Lilas"]
STREETS_EN = ["Maple Crescent", "Elm Street", "Riverside Drive", "Sussex Avenue", "Birch Lane",
              "Cedar Road", "Concession Road 4", "King Street", "Laurier Street", "Pinecrest Way"]
TOWNS_QC = [("Saint-Aubert", "J0X 1B0"), ("Val-des-Loutres", "J0X 3H0"), ("Pointe-aux-Hérons", "J0X 2R0"),
            ("Sainte-Adèle-des-Rives", "J0X 2K0"), ("Gracefield-Sud", "J0X 1W0"), ("Lac-Simard", "J0X 2Z0")]
TOWNS_ON = [("Hawkesbury", "K6A 1N4"), ("Rockland", "K4K 1C2"), ("Casselman", "K0A 1M0"),
            ("Embrun", "K0A 1W0"), ("Alfred", "K0B 1A0")]


class Patient:
    """An invented patient (or a NAM holder wrapped with extra invented details)."""

    def __init__(self, r, lang, holder=None, sex=None, age_range=(18, 85), ref_year=2025, province="QC"):
        self.holder = holder
        self.lang = lang
        if holder:
            self.given, self.surname, self.sex, self.dob = holder.given, holder.surname, holder.sex, holder.dob
            self.nam = holder.nam
        else:
            self.sex = sex or r.choice("FM")
            if lang == "fr" or r.random() < 0.3:
                pool = GIVEN_F_FR if self.sex == "F" else GIVEN_M_FR
                spool = SURNAMES_FR if r.random() < 0.8 else SURNAMES_EN
            else:
                pool = GIVEN_F_EN if self.sex == "F" else GIVEN_M_EN
                spool = SURNAMES_EN if r.random() < 0.75 else SURNAMES_FR
            self.given, self.surname = r.choice(pool), r.choice(spool)
            import datetime as _d
            age = r.randint(*age_range)
            self.dob = _d.date(ref_year - age, r.randint(1, 12), r.randint(1, 28))
            self.nam = None
        self.mrn = make_mrn(r)
        self.province = province
        self.phone = phone(r, "613" if province == "ON" else None)
        self.cell = phone(r, "613" if province == "ON" else None)
        if province == "ON":
            town, pc = r.choice(TOWNS_ON)
            self.address = "%d %s, %s ON %s" % (r.randint(12, 2400), r.choice(STREETS_EN), town, pc)
        else:
            town, pc = r.choice(TOWNS_QC)
            self.address = "%d, %s, %s (Québec) %s" % (r.randint(12, 2400), r.choice(STREETS_FR), town, pc)
        self.town = town
        self._r = r

    # identifiers made on demand (all checksum-valid)
    def sin(self):
        if not hasattr(self, "_sin"):
            self._sin = make_sin(self._r)
        return self._sin

    def ohn(self):
        if not hasattr(self, "_ohn"):
            self._ohn = make_ohn(self._r)
            self._ohn_vc = ohn_version(self._r)
        return self._ohn, self._ohn_vc

    def niss(self):
        if not hasattr(self, "_niss"):
            self._niss = make_niss(self._r, self.dob, self.sex)
        return self._niss

    def nir(self):
        if not hasattr(self, "_nir"):
            self._nir = make_nir(self._r, self.dob, self.sex)
        return self._nir

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def name(self, style, lang=None):
        lang = lang or self.lang
        g, s = self.given, self.surname
        return {
            "full": "%s %s" % (g, s),
            "title": "%s %s %s" % (self.title(lang), g, s),
            "title_sur": "%s %s" % (self.title(lang), s),
            "CAPS": "%s, %s" % (s.upper(), g),
            "CAPS2": "%s %s" % (s.upper(), g),
            "comma": "%s, %s" % (s, g),
            "lower": "%s %s" % (g.lower(), s.lower()),
            "init": "%s. %s" % (g[0], s),
            "given": g,
            "sur_init": "%s %s." % (s, g[0]),
        }[style]

    def dob_s(self, style, lang=None):
        return fmt_date(self.dob, style, lang or self.lang)

    def nam_s(self, style):
        return fmt_nam(self.nam, style)

    def pron(self, lang):
        if lang == "fr":
            return "elle" if self.sex == "F" else "il"
        return "she" if self.sex == "F" else "he"

    def poss(self):
        return "her" if self.sex == "F" else "his"

    def obj(self):
        return "her" if self.sex == "F" else "him"

    def e(self):
        """French agreement suffix."""
        return "e" if self.sex == "F" else ""


def slug(s):
    s = fold(s)
    return "".join(c if c.isalnum() else "_" for c in s).strip("_")


# ------------------------------------------------------------ NAM holder allocation
class HolderPool:
    """Hands out each NAM holder at most once, in a seeded order."""

    def __init__(self, r):
        self.items = list(HOLDERS)
        r.shuffle(self.items)
        self.used = []

    def take(self, pred=None):
        for i, h in enumerate(self.items):
            if pred is None or pred(h):
                self.used.append(self.items.pop(i))
                return h
        h = self.items.pop(0)
        self.used.append(h)
        return h
