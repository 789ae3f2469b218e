"""Shared helpers: seeded randomness, people, identifiers, small text utilities.

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- organisations
CLINIC_FR = "Clinique Passerelle santé des nouveaux arrivants"
CLINIC_EN = "Passerelle Newcomer Health Clinic"
CLINIC_DOM = "passerelle-sante.example"
HOSP = "Centre hospitalier de l'Est-du-Fleuve"
HOSP_SHORT = "CHEF"
HOSP_DOM = "chef-sante.example"
INTERP_AGENCY = "Banque régionale d'interprètes (BRI)"
INTERP_DOM = "bri-interpretes.example"
PARTNERS = [
    ("Maison d'accueil Le Phare", "lephare.example"),
    ("Centre communautaire Tisserand", "tisserand.example"),
    ("Welcome Hub Côte-des-Neiges", "welcomehub.example"),
    ("Association des femmes tamoules du Québec", "aftq.example"),
    ("Hébergement Rive-Soleil", "rivesoleil.example"),
    ("Comité d'entraide afghan de Laval", "entraide-afghane.example"),
    ("Ukrainian Family Support Network", "ufsn.example"),
    ("Collectif haïtien Lakay", "lakay.example"),
]
CLINIC_PHONES = ["514-555-0100", "514-555-0101", "514-555-0102", "514-555-0110"]
CLINIC_ADDR = "2150, rue des Érables, bureau 300, Montréal (Québec) H2K 0A0"
HOSP_ADDR = "4400, boulevard du Fleuve, Montréal (Québec) H1N 0B0"

# --------------------------------------------------------------------- staff
# Staff surnames deliberately avoid every surname of the NAM list.
STAFF = [
    # (given, family, role_fr, role_en, sex)
    ("Isabelle", "Tremblay", "infirmière clinicienne", "clinical nurse", "F"),
    ("Karine", "Bergeron", "infirmière praticienne spécialisée", "nurse practitioner", "F"),
    ("Dr Mathieu", "Lévesque", "médecin de famille", "family physician", "M"),
    ("Dre Nadia", "Benali", "médecin de famille", "family physician", "F"),
    ("Dr Samuel", "Okonkwo", "infectiologue", "infectious disease specialist", "M"),
    ("Dre Hélène", "Desrosiers", "pédiatre", "paediatrician", "F"),
    ("Dre Leila", "Farahani", "psychiatre", "psychiatrist", "F"),
    ("Julie", "Beaulieu", "travailleuse sociale", "social worker", "F"),
    ("Marc-Antoine", "Dufour", "agent administratif", "clerk", "M"),
    ("Sophie", "Vachon", "coordonnatrice des interprètes", "interpreter coordinator", "F"),
    ("Patrick", "Hébert", "pharmacien", "pharmacist", "M"),
    ("Chantal", "Lemieux", "agente de facturation", "billing officer", "F"),
    ("Dre Marie-Ève", "Chartrand", "obstétricienne-gynécologue", "obstetrician", "F"),
    ("Élise", "Gosselin", "sage-femme", "midwife", "F"),
    ("Yannick", "Ménard", "chef de service", "program manager", "M"),
    ("Rachel", "Goldberg", "psychologue", "psychologist", "F"),
    ("Kevin", "Nguyen", "technicien en administration", "admin technician", "M"),
    ("Amélie", "Rioux", "infirmière en santé publique", "public health nurse", "F"),
    ("Dr Tesfay", "Gebremariam", "interniste", "internist", "M"),
    ("Mireille", "Jean-Louis", "intervenante communautaire", "community worker", "F"),
    ("Dr Arash", "Moradi", "radiologiste", "radiologist", "M"),
    ("Valérie", "Dubé", "archiviste médicale", "health records technician", "F"),
    ("Olivier", "Mercier", "conseiller en ressources humaines", "HR advisor", "M"),
    ("Priya", "Raman", "analyste en statistiques", "data analyst", "F"),
    ("Dre Catherine", "Boivin", "microbiologiste-infectiologue", "medical microbiologist", "F"),
]
INTERPRETERS = [
    ("Samira", "Khouri", "arabe"), ("Hamid", "Sadeghi", "farsi"),
    ("Wahid", "Rahimzai", "dari / pachto"), ("Meron", "Asfaha", "tigrigna"),
    ("Ifrah", "Dualeh", "somali"), ("Grâce", "Mutombo", "swahili / lingala"),
    ("Lucía", "Benítez", "espagnol"), ("Niroshan", "Selvaraj", "tamoul"),
    ("Oksana", "Hrytsenko", "ukrainien / russe"), ("Ketly", "Valcourt", "créole haïtien"),
    ("Aung", "Myint", "birman / karen"), ("Bishnu", "Adhikari", "népalais"),
]
LANG_EN = {"arabe": "Arabic", "farsi": "Farsi", "dari / pachto": "Dari / Pashto",
           "tigrigna": "Tigrinya", "somali": "Somali", "swahili / lingala": "Swahili / Lingala",
           "espagnol": "Spanish", "tamoul": "Tamil", "ukrainien / russe": "Ukrainian / Russian",
           "créole haïtien": "Haitian Creole", "birman / karen": "Burmese / Karen",
           "népalais": "Nepali"}


def strip_accents(s):
    out = unicodedata.normalize("NFKD", s)
    return "".join(c for c in out if not unicodedata.combining(c))


def staff_addr(st, dom=None):
    g = st[0].replace("Dr ", "").replace("Dre ", "")
    local = (strip_accents(g).lower().replace(" ", "").replace("-", "") + "."
             + strip_accents(st[1]).lower().replace(" ", "").replace("-", ""))
    return local + "@" + (dom or CLINIC_DOM)


def staff_name(st):
    return st[0] + " " + st[1]


def staff_plain(st):
    return st[0].replace("Dr ", "").replace("Dre ", "") + " " + st[1]


# ------------------------------------------------------------------ patients
# origin -> (language_fr, country_fr, country_en, male given, female given, family names)
ORIGINS = {
    "ar": ("arabe", "Syrie", "Syria",
           ["Mohammed", "Ahmad", "Omar", "Khaled", "Mahmoud", "Yousef", "Bilal", "Abdulkarim"],
           ["Fatima", "Aya", "Rania", "Yasmine", "Hiba", "Nour", "Rasha", "Amal"],
           ["Al-Hassan", "Haddad", "Al Khatib", "El-Masri", "Darwish", "Khalil", "Al-Zoubi",
            "Hamdan", "Al-Jundi", "Kassab"]),
    "ar2": ("arabe", "Soudan", "Sudan",
            ["Abdelrahman", "Osman", "Hamza", "Elfatih"],
            ["Sara", "Marwa", "Alawiya", "Tasneem"],
            ["Abdelgadir", "Elnour", "Babiker", "Mohamed Ahmed"]),
    "fa": ("farsi", "Iran", "Iran",
           ["Reza", "Farhad", "Ali", "Mehdi", "Kian", "Dariush"],
           ["Maryam", "Shirin", "Niloufar", "Parisa", "Fereshteh", "Mahsa"],
           ["Hosseini", "Rahimi", "Tehrani", "Ahmadi", "Karimi", "Jafari", "Mohammadi", "Rostami"]),
    "prs": ("dari / pachto", "Afghanistan", "Afghanistan",
            ["Ahmad Shah", "Abdul Wali", "Mohammad Nabi", "Hamidullah", "Zabihullah", "Sayed Jawad"],
            ["Zarghuna", "Gul Bibi", "Nazanin", "Freshta", "Shabnam", "Marzia"],
            ["Popalzai", "Wardak", "Stanikzai", "Noori", "Sultani", "Hotak", "Rahmani", "Safi",
             ""]),
    "ti": ("tigrigna", "Érythrée", "Eritrea",
           ["Yonas", "Tesfaye", "Mebrahtu", "Kidane", "Filmon", "Biniam"],
           ["Selam", "Abrehet", "Feven", "Helen", "Senait", "Luwam"],
           ["Haile", "Tekle", "Ghebremedhin", "Weldemichael", "Berhane", "Kahsay", "Tesfamariam"]),
    "so": ("somali", "Somalie", "Somalia",
           ["Abdirahman", "Abdullahi", "Mohamed", "Hassan", "Liban", "Mahad"],
           ["Hodan", "Fadumo", "Hawa", "Ayaan", "Sahra", "Ifra"],
           ["Warsame", "Farah", "Jama", "Osman", "Aden", "Nur", "Egal", "Abdi"]),
    "sw": ("swahili / lingala", "République démocratique du Congo", "DR Congo",
           ["Amani", "Baraka", "Jabari", "Jean-Claude", "Espoir", "Bienvenu", "Dieudonné"],
           ["Neema", "Imani", "Zawadi", "Furaha", "Esther", "Aline", "Consolata"],
           ["Mukendi", "Ndayishimiye", "Niyonzima", "Mukamana", "Uwimana", "Bizimana",
            "Hakizimana", "Kabongo", "Mwamba"]),
    "es": ("espagnol", "Colombie", "Colombia",
           ["Juan Carlos", "Andrés Felipe", "Luis Alberto", "Santiago", "Jhon Fredy"],
           ["María José", "Luisa Fernanda", "Yuliana", "Ana Milena", "Daniela", "Leidy"],
           ["Hernández López", "Rodríguez Pérez", "Gómez Salazar", "Castaño Ríos",
            "Quintero Mejía", "Ramírez Ortiz"]),
    "es2": ("espagnol", "Mexique", "Mexico",
            ["José Luis", "Miguel Ángel", "Eduardo"],
            ["Guadalupe", "Rosa Elena", "Ximena"],
            ["Sánchez Cruz", "Martínez Flores", "Vázquez Reyes"]),
    "ta": ("tamoul", "Sri Lanka", "Sri Lanka",
           ["Kajan", "Pirasanth", "Sivakumar", "Thivakaran", "Mathusan"],
           ["Tharshini", "Nirmala", "Kavitha", "Sharmila", "Abirami"],
           ["Sivarajah", "Thevarajah", "Kanagaratnam", "Balasubramaniam", "Ratnam",
            "Yogarajah"]),
    "uk": ("ukrainien / russe", "Ukraine", "Ukraine",
           ["Oleksandr", "Mykola", "Andriy", "Bohdan", "Dmytro", "Serhiy"],
           ["Olena", "Iryna", "Tetiana", "Yuliia", "Oksana", "Nataliia", "Halyna"],
           ["Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Lysenko",
            "Shevchuk", "Marchenko"]),
    "ht": ("créole haïtien", "Haïti", "Haiti",
           ["Jean-Robert", "Fritznel", "Widlore", "Mackenson", "Dieunel", "Wilnès", "Jameson"],
           ["Marie-Carmelle", "Nadège", "Guerline", "Rose-Andrée", "Mirlande", "Dieula",
            "Wideline"],
           ["Pierre-Louis", "Jean-Baptiste", "Augustin", "Désir", "Saint-Fleur", "Exantus",
            "Dorvil", "Joseph", "Célestin"]),
    "ne": ("népalais", "Bhoutan (camps du Népal)", "Bhutan (Nepal camps)",
           ["Dil Bahadur", "Ram Prasad", "Tek Nath"],
           ["Dil Maya", "Devi", "Sita Kumari"],
           ["Gurung", "Adhikari Chhetri", "Rai", "Subba"]),
    "my": ("birman / karen", "Myanmar", "Myanmar",
           ["Saw Htoo", "Eh Doh", "Saw Ker Reh", "Pah Wah"],
           ["Naw Paw Htoo", "Hsa Moo", "Naw Say Wah", "Mu Lah"],
           [""]),
    "rhg": ("birman / karen", "Myanmar (Rohingya, via le Bangladesh)", "Myanmar (Rohingya, via Bangladesh)",
            ["Mohammed Rafiq", "Nur Hossain", "Abdul Shukkur"],
            ["Nur Begum", "Rashida Begum", "Minara"],
            [""]),
}
TRANSLIT = {
    "Mohammed": ["Mohamed", "Muhammad", "Mohammad"], "Ahmad": ["Ahmed"],
    "Yousef": ["Youssef", "Yusuf"], "Fatima": ["Fatma", "Fatimah"],
    "Abdirahman": ["Abdurahman", "Abdirahmaan"], "Fadumo": ["Faduma"],
    "Tetiana": ["Tetyana", "Tatiana"], "Yuliia": ["Yulia", "Ioulia"],
    "Oleksandr": ["Aleksandr", "Oleksander"], "Mykola": ["Mikola", "Nikolai"],
    "Tkachenko": ["Tkatchenko"], "Kravchuk": ["Kravtchouk"], "Shevchuk": ["Chevtchouk"],
    "Hosseini": ["Hoseini", "Husseini"], "Niloufar": ["Nilufar"],
    "Haile": ["Hailé"], "Ghebremedhin": ["Gebremedhin"], "Weldemichael": ["Woldemichael"],
    "Al-Hassan": ["Alhassan", "El Hassan"], "Warsame": ["Warsameh"],
    "Nazanin": ["Nazaneen"], "Zarghuna": ["Zarghona"], "Popalzai": ["Popal"],
}
CYRILLIC = {"Olena": "Олена", "Iryna": "Ірина", "Tetiana": "Тетяна", "Yuliia": "Юлія",
            "Oksana": "Оксана", "Nataliia": "Наталія", "Halyna": "Галина",
            "Oleksandr": "Олександр", "Mykola": "Микола", "Andriy": "Андрій",
            "Bohdan": "Богдан", "Dmytro": "Дмитро", "Serhiy": "Сергій",
            "Kovalenko": "Коваленко", "Bondarenko": "Бондаренко", "Tkachenko": "Ткаченко",
            "Melnyk": "Мельник", "Kravchuk": "Кравчук", "Lysenko": "Лисенко",
            "Shevchuk": "Шевчук", "Marchenko": "Марченко"}
STATUS = {
    "fr": ["demandeur d'asile", "réfugié pris en charge par le gouvernement (RPG)",
           "réfugié parrainé par le secteur privé", "résident permanent (délai de carence RAMQ)",
           "titulaire AVUCU (Ukraine)", "personne protégée"],
    "en": ["refugee claimant", "government-assisted refugee (GAR)",
           "privately sponsored refugee (PSR)", "permanent resident (RAMQ waiting period)",
           "CUAET holder (Ukraine)", "protected person"],
}


FROM_FR = {"Syrie": "de Syrie", "Soudan": "du Soudan", "Iran": "d'Iran",
           "Afghanistan": "d'Afghanistan", "Érythrée": "d'Érythrée", "Somalie": "de Somalie",
           "République démocratique du Congo": "de la République démocratique du Congo",
           "Colombie": "de Colombie", "Mexique": "du Mexique", "Sri Lanka": "du Sri Lanka",
           "Ukraine": "d'Ukraine", "Haïti": "d'Haïti",
           "Bhoutan (camps du Népal)": "du Bhoutan (via les camps du Népal)",
           "Myanmar": "du Myanmar",
           "Myanmar (Rohingya, via le Bangladesh)": "du Myanmar (Rohingya, via le Bangladesh)"}


class Patient:
    def __init__(self, rng, origin=None, sex=None, age=None, used=None):
        self.origin = origin or rng.choice(list(ORIGINS))
        o = ORIGINS[self.origin]
        self.lang, self.country_fr, self.country_en = o[0], o[1], o[2]
        self.sex = sex or rng.choice("MF")
        for _ in range(200):
            self.given = rng.choice(o[3] if self.sex == "M" else o[4])
            self.family = rng.choice(o[5])
            key = (self.given, self.family)
            if used is None or key not in used:
                break
        if used is not None:
            used.add((self.given, self.family))
        # a patronymic for naming systems that use one
        self.middle = ""
        if self.origin in ("ti", "so", "ar2") and rng.random() < 0.6:
            self.middle = rng.choice(o[3])
        if age is None:
            age = rng.choice([rng.randint(1, 12), rng.randint(13, 17), rng.randint(18, 45),
                              rng.randint(18, 45), rng.randint(46, 80)])
        self.age = age
        y = 2025 - age
        self.dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        if self.dob > datetime.date(2025, 1, 15):
            self.dob = self.dob.replace(year=self.dob.year - 1)
            self.age = age  # close enough for prose
        self.uci = "%04d-%04d" % (rng.randint(1000, 9999), rng.randint(0, 9999))
        self.mrn = "%07d" % rng.randint(300000, 9899999)
        self.phone = rng.choice(["514", "438", "450"]) + "-555-01" + "%02d" % rng.randint(11, 99)
        self.status_idx = rng.choice([0, 1, 2, 3, 5])
        if self.origin == "uk":
            self.status_idx = 4
        self.address = rng.choice([
            "%d, rue %s, app. %d, Montréal (Québec) H%dX 0A%d" % (
                rng.randint(1100, 8900), rng.choice(["Jarry Est", "de Bordeaux", "Lacordaire",
                                                     "Saint-Zotique", "Bélanger", "de Castille"]),
                rng.randint(1, 12), rng.randint(1, 4), rng.randint(1, 9)),
            "Hôtel d'hébergement temporaire PRAIDA, chambre %d" % rng.randint(100, 640),
            "%d, avenue %s, Laval (Québec) H7N 0C%d" % (
                rng.randint(100, 999), rng.choice(["des Pins", "Cartier", "Laurentides"]),
                rng.randint(1, 9)),
        ])

    # --- name renderings
    def full(self):
        parts = [self.given] + ([self.middle] if self.middle else []) + (
            [self.family] if self.family else [])
        return " ".join(parts)

    def name(self, rng, style=None):
        g, f = self.given, self.family
        if rng.random() < 0.25 and g in TRANSLIT:
            g = rng.choice(TRANSLIT[g])
        if rng.random() < 0.2 and f in TRANSLIT:
            f = rng.choice(TRANSLIT[f])
        if not f:
            return g if rng.random() < 0.6 else g.upper()
        styles = ["gf", "FG", "F,G", "gf", "full", "lower", "init", "Fg", "gmF"]
        st = style or rng.choice(styles)
        mid = (" " + self.middle) if self.middle else ""
        if st == "gf":
            return g + " " + f
        if st == "FG":
            return f.upper() + " " + g
        if st == "F,G":
            return f + ", " + g
        if st == "full":
            return g + mid + " " + f
        if st == "lower":
            return (g + " " + f).lower()
        if st == "init":
            return g[0] + ". " + f
        if st == "Fg":
            return f.upper() + ", " + g + mid
        if st == "gmF":
            return g + mid + " " + f.upper()
        return g + " " + f

    def titled(self, lang):
        t = ("Mme" if self.sex == "F" else "M.") if lang == "fr" else (
            "Ms." if self.sex == "F" else "Mr.")
        return t + " " + (self.family or self.given)

    def cyr(self):
        if self.given in CYRILLIC and self.family in CYRILLIC:
            return CYRILLIC[self.given] + " " + CYRILLIC[self.family]
        return None

    def status(self, lang):
        return STATUS[lang][self.status_idx]

    def country(self, lang):
        return self.country_fr if lang == "fr" else self.country_en

    def from_country(self):
        """French 'de Syrie' / 'd'Érythrée' / 'du Soudan'."""
        return FROM_FR.get(self.country_fr, "de " + self.country_fr)

    def lang_name(self, lang):
        return self.lang if lang == "fr" else LANG_EN[self.lang]


# --------------------------------------------------------------- NAM holders
class NamHolder:
    def __init__(self, line):
        fam, giv, dob, sex, nam = line.split()
        self.family, self.given, self.sex, self.nam = fam, giv, sex, nam
        self.dob = datetime.date.fromisoformat(dob)
        self.age = 2025 - self.dob.year

    def name(self, rng, style=None):
        st = style or rng.choice(["gf", "FG", "F,G", "gf", "lower"])
        g, f = self.given, self.family
        return {"gf": g + " " + f, "FG": f.upper() + " " + g, "F,G": f + ", " + g,
                "lower": (g + " " + f).lower()}.get(st, g + " " + f)

    def titled(self, lang):
        t = ("Mme" if self.sex == "F" else "M.") if lang == "fr" else (
            "Ms." if self.sex == "F" else "Mr.")
        return t + " " + self.given + " " + self.family


def load_nams():
    out = []
    with open(os.path.join(HERE, "..", "blind_nams.txt"), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(NamHolder(line))
    return out


def nam_fmt(nam, rng, style=None):
    st = style or rng.choice(["plain", "sp", "sp", "lower", "dash", "wide", "dots"])
    if st == "plain":
        return nam
    if st == "sp":
        return nam[:4] + " " + nam[4:8] + " " + nam[8:]
    if st == "lower":
        return nam.lower()
    if st == "dash":
        return nam[:4] + "-" + nam[4:8] + "-" + nam[8:]
    if st == "wide":
        return nam[:4] + " " + "".join(chr(ord(c) + 0xFEE0) for c in nam[4:])
    if st == "dots":
        return nam[:4] + "." + nam[4:6] + "." + nam[6:8] + "." + nam[8:]
    return nam


# -------------------------------------------------------- other identifiers
def make_sin(rng, temp=False):
    while True:
        first = "9" if temp else str(rng.choice([1, 2, 4, 5, 6, 7]))
        body = first + "".join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def make_niss(rng, dob, sex):
    while True:
        ctr = rng.randint(1, 997)
        if (ctr % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + "%03d" % ctr
        if dob.year >= 2000:
            chk = 97 - int("2" + base) % 97
        else:
            chk = 97 - int(base) % 97
        num = base + "%02d" % chk
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        # born abroad: department 99 + INSEE country code
        dep = "99"
        com = "%03d" % rng.choice([351, 352, 318, 331, 336, 390, 324, 341, 312, 232])
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dep + com + "%03d" % rng.randint(1, 999)
        key = 97 - int(base) % 97
        num = base + "%02d" % key
        if fr_nir.is_valid(num):
            return num


def fmt_sin(n, rng):
    st = rng.choice(["sp", "dash", "plain", "dots", "slash", "wide"])
    return {"sp": n[:3] + " " + n[3:6] + " " + n[6:], "dash": n[:3] + "-" + n[3:6] + "-" + n[6:],
            "plain": n, "dots": n[:3] + "." + n[3:6] + "." + n[6:],
            "slash": n[:3] + "/" + n[3:6] + "/" + n[6:],
            "wide": "".join(chr(ord(c) + 0xFEE0) for c in n)}[st]


def fmt_ohip(n, rng):
    vc = rng.choice(["", " " + rng.choice(["AB", "KL", "XT", "MN"])])
    st = rng.choice(["a", "b", "c"])
    if st == "a":
        return n[:4] + "-" + n[4:7] + "-" + n[7:] + vc
    if st == "b":
        return n[:4] + " " + n[4:7] + " " + n[7:] + vc
    return n + vc


def fmt_niss(n, rng):
    if rng.random() < 0.6:
        return n[:2] + "." + n[2:4] + "." + n[4:6] + "-" + n[6:9] + "." + n[9:]
    return n


def fmt_nir(n, rng):
    if rng.random() < 0.6:
        return " ".join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]])
    return n


# --------------------------------------------------------------- dates etc.
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, lang, rng=None, style=None):
    st = style or (rng.choice(["iso", "long", "slash", "long"]) if rng else "long")
    if st == "iso":
        return d.isoformat()
    if st == "slash":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%m/%d/%Y") if (
            rng and rng.random() < 0.3) else d.strftime("%Y/%m/%d")
    if lang == "fr":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def fday(d, lang):
    if lang == "fr":
        return "%s %d %s" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return "%s, %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


BASE = datetime.datetime(2024, 9, 3, 8, 0)


def msg_dt(rng):
    d = BASE + datetime.timedelta(days=rng.randint(0, 290), minutes=rng.randint(0, 600))
    if d.weekday() >= 5:
        d -= datetime.timedelta(days=d.weekday() - 4)
    return d


def later(dt, rng, lo=1, hi=30):
    return (dt + datetime.timedelta(days=rng.randint(lo, hi))).date()


def pick(rng, seq, k):
    return rng.sample(list(seq), k)


def phone_sig(rng):
    return rng.choice(CLINIC_PHONES) + rng.choice(["", " poste %d" % rng.randint(2100, 2399)])
