"""Shared helpers: seeded randomness, people, organisations, identifiers, formatting."""
import collections
import datetime as _dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))


def T(lang, fr, en):
    return fr if lang == "fr" else en


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- NAM holders
class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def age(self, ref):
        y = ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))
        return y


def load_nam_holders():
    path = os.path.join(HERE, "..", "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Person(sur, giv, _dt.date.fromisoformat(dob), sex, nam))
    return out


# ---------------------------------------------------------------- name pools
# Surnames deliberately kept distinct from the NAM list so invented people never collide.
PAT_SURNAMES_FR = [
    "Tremblay", "Bergeron", "Côté", "Lévesque", "Pelchat", "Dufresne", "Gingras", "Boisvert", "Lachance",
    "Bélisle", "Desrosiers", "Thériault", "Vaillancourt", "Lemieux", "Charbonneau", "Dionne", "Rioux",
    "Beaulieu", "Gosselin", "Paradis", "Lavoie", "Marcotte", "Turcotte", "Plourde", "Bilodeau", "Poulin",
    "Auclair", "Dubé", "Carrier", "Fréchette", "Lemay", "Champagne", "Ménard", "Jolicoeur", "St-Pierre",
    "Bérubé", "Grenier", "Laflamme", "Beauchemin", "Labrecque", "Hamel", "Drapeau", "Couture", "Veilleux",
    "Larouche", "Bédard", "Proulx", "Asselin", "Dumont", "Robitaille",
]
PAT_SURNAMES_EN = [
    "O'Brien", "Campbell", "Fraser", "Henderson", "McKenzie", "Sullivan", "Graham", "Kowalski", "Nguyen",
    "Patel", "Ferreira", "Reid", "Murphy", "Sinclair", "Walsh", "Harper", "Stewart", "Duncan", "Bennett",
    "Chan", "Morrison", "Doyle", "Lindqvist", "Haddad", "Abernathy", "Whitfield", "Greco", "Ivanova",
]
GIVEN_F_FR = ["Lucie", "Chantal", "Hélène", "Julie", "Isabelle", "Nicole", "Francine", "Mélanie", "Karine",
              "Louise", "Annie", "Stéphanie", "Véronique", "Rachel", "Jacinthe", "Micheline", "Lise", "Maude",
              "Camille", "Rosalie", "Léa", "Marie-Ève", "Claudette", "Solange", "Marjolaine", "Odette"]
GIVEN_M_FR = ["Luc", "Réjean", "Sylvain", "Martin", "Benoît", "Yves", "Normand", "Mathieu", "Éric", "Alain",
              "Raymond", "Gaétan", "Félix", "Olivier", "Jean-Guy", "Denis", "Serge", "Marcel", "Rosaire",
              "Hugo", "Samuel", "Stéphane", "Guy", "Laurent"]
GIVEN_F_EN = ["Margaret", "Heather", "Karen", "Linda", "Jennifer", "Susan", "Patricia", "Megan", "Rebecca",
              "Alison", "Dorothy", "Fiona", "Grace", "Holly", "Nadia", "Priya", "Tanya"]
GIVEN_M_EN = ["Robert", "William", "Kevin", "Brian", "Douglas", "Gordon", "Trevor", "Ryan", "Steven", "Neil",
              "Ahmed", "Raj", "Thomas", "Colin", "Derek", "Ian", "Patrick"]

STAFF_SURNAMES = [
    "Archambault", "Beaudoin", "Chiasson", "Desjardins", "Éthier", "Fafard", "Giguère", "Hébert", "Imbeault",
    "Jutras", "Kirouac", "Langevin", "Millette", "Nantel", "Ouimet", "Pinard", "Quintal", "Rancourt",
    "Sauvé", "Trudel", "Vézina", "Whelan", "Lalonde", "Brassard", "Corriveau", "Doucet", "Fontaine",
    "Gendron", "Huot", "Mercier", "Normandin", "Perreault", "Riopel", "Sirois", "Tanguay", "Villeneuve",
    "Kerr", "Lockhart", "Pearson", "Rowe", "Abbott", "Okafor", "Zhang", "Mehta",
    # a few shared with NAM holders' surnames (different given names): realistic hard negatives
    "Gagnon", "Roy", "Tremblay",
]
STAFF_GIVEN_F = ["Josianne", "Marie-Claude", "Annick", "Geneviève-Anne", "Martine", "Caroline", "Nancy",
                 "Sophie", "Élise", "Brigitte", "Judith", "Kathleen", "Emily", "Joanne", "Valérie", "Audrey",
                 "Lyne", "Roxanne", "Hélène", "Amélie"]
STAFF_GIVEN_M = ["François", "Jean-Philippe", "Sébastien", "Patrice", "Dominic", "Richard", "Vincent",
                 "Philippe", "Maxime", "Yannick", "Charles", "Andrew", "Graham", "Étienne", "Bruno", "Daniel"]

# ---------------------------------------------------------------- organisations
HOSP = "Hôpital régional de Saint-Anselme"
HOSP_EN = "Saint-Anselme Regional Hospital"
CISSS = "CISSS de la Rivière-aux-Hérons"
HDOM = "cisss-herons.example"
CLINIC = "Clinique d'imagerie Boréal-Médic"
CLINIC_EN = "Boréal-Médic Imaging Clinic"
CDOM = "boreal-imagerie.example"
HOSP_ADDR = "450, boulevard des Hérons, Saint-Anselme (Québec)  J0Z 4H1"
CLINIC_ADDR = "1280, rue Principale Ouest, bureau 200, Saint-Anselme (Québec)  J0Z 4K7"
CHU = "CHU Laurentien"
CHUDOM = "chu-laurentien.example"
GMF = "GMF des Trois-Sentiers"
GMFDOM = "gmf-troissentiers.example"
CRID = "CRID des Hérons (Centre de référence pour investigation désignée)"
PERSONAL_DOMS = ["videonet.example", "courriel-qc.example", "maboite.example", "internet-plus.example",
                 "webmail.example"]
VENDORS = [("Medimagix Canada", "medimagix.example"), ("NordPACS Solutions", "nordpacs.example"),
           ("Contrastia Pharma", "contrastia.example"), ("Isotopia Nucléaire", "isotopia.example"),
           ("InjecTech Médical", "injectech.example"), ("Dosimétrie Boréale", "dosiboreale.example")]

EXAMS = {
    "fr": [
        ("IRM cérébrale avec gadolinium", "MR"), ("IRM du genou droit", "MR"), ("IRM lombaire", "MR"),
        ("IRM pelvienne (prostate multiparamétrique)", "MR"), ("IRM du sein bilatérale", "MR"),
        ("TDM thoracique avec contraste", "CT"), ("TDM abdomino-pelvienne avec contraste", "CT"),
        ("Angio-TDM pulmonaire", "CT"), ("TDM cérébrale sans contraste", "CT"),
        ("Échographie abdominale", "US"), ("Échographie pelvienne endovaginale", "US"),
        ("Mammographie diagnostique bilatérale", "MG"), ("Scintigraphie osseuse", "NM"),
        ("TEP-TDM au FDG", "PT"), ("Scintigraphie de perfusion myocardique", "NM"),
        ("Radiographie pulmonaire PA/latérale", "CR"), ("Ostéodensitométrie", "DXA"),
    ],
    "en": [
        ("MRI brain with gadolinium", "MR"), ("MRI right knee", "MR"), ("MRI lumbar spine", "MR"),
        ("MRI pelvis (multiparametric prostate)", "MR"), ("Bilateral breast MRI", "MR"),
        ("CT chest with contrast", "CT"), ("CT abdomen/pelvis with IV contrast", "CT"),
        ("CT pulmonary angiogram", "CT"), ("CT head without contrast", "CT"),
        ("Abdominal ultrasound", "US"), ("Transvaginal pelvic ultrasound", "US"),
        ("Diagnostic bilateral mammogram", "MG"), ("Bone scan", "NM"),
        ("FDG PET-CT", "PT"), ("Myocardial perfusion imaging", "NM"),
        ("Chest X-ray PA/lateral", "CR"), ("Bone densitometry", "DXA"),
    ],
}

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, lang, style="long"):
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%Y/%m/%d")
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if lang == "fr":
        j = "1er" if d.day == 1 else str(d.day)
        return f"{j} {FR_MONTHS[d.month - 1]} {d.year}"
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def fday(d, lang):
    if lang == "fr":
        return f"{FR_DAYS[d.weekday()]} {fdate(d, 'fr')}"
    return f"{EN_DAYS[d.weekday()]}, {fdate(d, 'en')}"


class Ctx:
    """Deterministic random context shared by all builders."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nam_holders = load_nam_holders()
        self._nam_order = list(range(len(self.nam_holders)))
        self.rng.shuffle(self._nam_order)
        self._nam_i = 0
        self.used_full = set(strip_accents(p.full).lower() for p in self.nam_holders)
        self.base = _dt.datetime(2024, 9, 3, 8, 0)
        self.msg_counter = 0
        self.staff = self._make_staff()
        self.mrn_seen = set()

    # -- randomness shortcuts
    def choice(self, seq):
        return self.rng.choice(seq)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def chance(self, p):
        return self.rng.random() < p

    # -- people
    def nam_person(self, sex=None, age=(0, 120), ref=None):
        """A NAM holder (real NAM-list identity); unused ones first, matching sex/age when asked."""
        ref = ref or _dt.date(2024, 11, 1)
        if not hasattr(self, "_nam_used"):
            self._nam_used = collections.Counter()
        cands = [self.nam_holders[i] for i in self._nam_order
                 if (sex is None or self.nam_holders[i].sex == sex)
                 and age[0] <= self.nam_holders[i].age(ref) <= age[1]]
        if not cands:
            raise ValueError("no NAM holder fits")
        low = min(self._nam_used[p.nam] for p in cands)
        p = [c for c in cands if self._nam_used[c.nam] == low][0]
        self._nam_used[p.nam] += 1
        return p

    def patient(self, lang=None, sex=None, age_range=(20, 88), ref=None):
        ref = ref or _dt.date(2024, 11, 1)
        lang = lang or self.choice(["fr", "fr", "en"])
        sex = sex or self.choice("FM")
        for _ in range(200):
            if lang == "fr" or self.chance(0.25):
                sur = self.choice(PAT_SURNAMES_FR)
                giv = self.choice(GIVEN_F_FR if sex == "F" else GIVEN_M_FR)
            else:
                sur = self.choice(PAT_SURNAMES_EN)
                giv = self.choice(GIVEN_F_EN if sex == "F" else GIVEN_M_EN)
            key = strip_accents(f"{giv} {sur}").lower()
            if key not in self.used_full:
                break
        age = self.randint(*age_range)
        dob = _dt.date(ref.year - age, self.randint(1, 12), self.randint(1, 28))
        p = Person(sur, giv, dob, sex)
        return p

    def _make_staff(self):
        rng = random.Random(8317 * 7 + 1)
        roles = ([("radiologist", None)] * 12 + [("tech", None)] * 18 + [("nurse", None)] * 6 +
                 [("clerk", None)] * 8 + [("it", None)] * 4 + [("biomed", None)] * 3 + [("physicist", None)] * 2 +
                 [("manager", None)] * 4 + [("md", None)] * 10)
        out = []
        used = set()
        for role, _ in roles:
            while True:
                sex = rng.choice("FM")
                giv = rng.choice(STAFF_GIVEN_F if sex == "F" else STAFF_GIVEN_M)
                sur = rng.choice(STAFF_SURNAMES)
                key = strip_accents(f"{giv} {sur}").lower()
                if key not in used and key not in self.used_full:
                    used.add(key)
                    break
            out.append(Staff(giv, sur, sex, role))
        return out

    def st(self, role):
        return self.choice([s for s in self.staff if s.role == role])

    def sts(self, role, k):
        return self.sample([s for s in self.staff if s.role == role], k)

    # -- time
    def when(self, idx=None):
        self.msg_counter += 1
        days = self.randint(0, 200)
        mins = self.randint(7 * 60, 18 * 60 + 30)
        d = self.base + _dt.timedelta(days=days)
        return d.replace(hour=mins // 60, minute=mins % 60, second=self.randint(0, 59))

    def future(self, d, lo=2, hi=40):
        x = d.date() + _dt.timedelta(days=self.randint(lo, hi))
        while x.weekday() >= 5:
            x += _dt.timedelta(days=1)
        return x

    def hhmm(self, lang):
        h = self.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 18, 19, 20])
        m = self.choice([0, 15, 30, 45])
        return f"{h} h {m:02d}" if lang == "fr" else f"{h if h <= 12 else h - 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"

    # -- identifiers
    def mrn(self):
        while True:
            v = self.randint(100000, 999999)
            if v not in self.mrn_seen:
                self.mrn_seen.add(v)
                return f"{v:07d}" if self.chance(0.5) else f"H{v}"

    def clinic_no(self):
        return f"BM-{self.randint(10000, 99999)}"

    def accession(self):
        return f"SA{self.randint(24, 25)}{self.randint(1000000, 9999999)}"

    def phone(self, area=None):
        area = area or self.choice(["819", "819", "450", "873"])
        return f"{area} 555-01{self.randint(0, 99):02d}"

    def sin(self):
        while True:
            body = [self.randint(1, 7) if i == 0 else self.randint(0, 9) for i in range(8)]
            s = "".join(map(str, body))
            num = s + luhn.calc_check_digit(s)
            if ca_sin.is_valid(num):
                return num

    def ohip(self):
        while True:
            s = str(self.randint(1, 9)) + "".join(str(self.randint(0, 9)) for _ in range(8))
            num = s + luhn.calc_check_digit(s)
            if luhn.is_valid(num):
                return num

    def niss(self, dob, sex):
        base = dob.strftime("%y%m%d")
        while True:
            c = self.randint(1, 997)
            if (c % 2 == 1) != (sex == "M"):
                continue
            n9 = base + f"{c:03d}"
            n = ("2" + n9) if dob.year >= 2000 else n9
            chk = 97 - int(n) % 97
            num = n9 + f"{chk:02d}"
            if be_nn.is_valid(num):
                return num

    def nir(self, dob, sex):
        while True:
            dept = self.choice(["75", "69", "13", "33", "44", "31", "59", "67"])
            s = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + f"{self.randint(1, 999):03d}" + \
                f"{self.randint(1, 999):03d}"
            key = 97 - int(s) % 97
            num = s + f"{key:02d}"
            if fr_nir.is_valid(num):
                return num

    def email_personal(self, p):
        dom = self.choice(PERSONAL_DOMS)
        g = strip_accents(p.given).lower().replace(" ", "").replace("'", "")
        s = strip_accents(p.surname).lower().replace(" ", "").replace("'", "")
        form = self.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}{g[0]}{self.randint(1, 99)}", f"{g}{s[:3]}"])
        return f"{form}@{dom}"

    def address(self):
        n = self.randint(12, 2890)
        street = self.choice(["rue des Érables", "chemin du Lac-Vert", "rang Saint-Joseph", "avenue Bégin",
                              "rue Notre-Dame", "boulevard Laurier", "rue Principale", "montée Lavigne",
                              "rue des Pins", "chemin de la Rivière"])
        town = self.choice(["Saint-Anselme", "Val-des-Hérons", "Sainte-Rose-du-Lac", "Lac-Brûlé", "Pointe-aux-Saules"])
        pc = f"J0Z {self.randint(1, 9)}{self.choice('ABCEGHJKLMNPRSTVWXYZ')}{self.randint(0, 9)}"
        return f"{n}, {street}, {town} (Québec)  {pc}"


class Staff:
    def __init__(self, given, surname, sex, role):
        self.given, self.surname, self.sex, self.role = given, surname, sex, role

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def dr(self, lang):
        if lang == "fr":
            return ("Dre " if self.sex == "F" else "Dr ") + self.full
        return "Dr. " + self.full

    def addr(self, dom=None):
        g = strip_accents(self.given).lower().replace(" ", "")
        s = strip_accents(self.surname).lower().replace(" ", "")
        return f"{g}.{s}@{dom or HDOM}"

    def drs(self, lang):
        if lang == "fr":
            return ("Dre " if self.sex == "F" else "Dr ") + self.surname
        return "Dr. " + self.surname

    def job(self, lang):
        f = self.sex == "F"
        if lang == "fr":
            return {
                "radiologist": "Radiologiste",
                "tech": "Technologue en imagerie médicale",
                "nurse": ("Infirmière clinicienne" if f else "Infirmier clinicien") + ", radiologie d'intervention",
                "clerk": ("Agente administrative" if f else "Agent administratif") + ", centrale de rendez-vous",
                "it": ("Analyste PACS/RIS" + ", Direction des ressources informationnelles"),
                "biomed": ("Technicienne" if f else "Technicien") + " en génie biomédical",
                "physicist": "Physicienne médicale" if f else "Physicien médical",
                "manager": ("Cheffe" if f else "Chef") + " de service, imagerie médicale",
                "md": "Médecin de famille",
            }[self.role]
        return {
            "radiologist": T(lang, "Radiologiste", "Radiologist"),
            "tech": T(lang, "Technologue en imagerie médicale", "Medical imaging technologist"),
            "nurse": T(lang, "Infirmière clinicienne, radiologie d'intervention", "Nurse, interventional radiology"),
            "clerk": T(lang, "Agente administrative, centrale de rendez-vous", "Booking clerk, central scheduling"),
            "it": T(lang, "Analyste PACS/RIS, Direction des ressources informationnelles", "PACS/RIS analyst, IT"),
            "biomed": T(lang, "Technicien en génie biomédical", "Biomedical engineering technician"),
            "physicist": T(lang, "Physicien médical", "Medical physicist"),
            "manager": T(lang, "Chef de service, imagerie médicale", "Manager, medical imaging"),
            "md": T(lang, "Médecin de famille", "Family physician"),
        }[self.role]


# ---------------------------------------------------------------- obfuscation
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth_digits(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "spaced": f"{a} {b} {c}",
        "lower": nam.lower(),
        "dots": f"{a}.{b}.{c}",
        "dash": f"{a}-{b}-{c}",
        "slash": f"{a}/{b}/{c}",
        "odd": f"{a[:2]} {a[2:]} {b} {c}",
        "fullwidth": a + fullwidth_digits(b + c),
        "lowspaced": f"{a.lower()} {b} {c}",
    }[style]


def fmt_sin(n, style):
    return {"plain": n, "spaced": f"{n[:3]} {n[3:6]} {n[6:]}", "dash": f"{n[:3]}-{n[3:6]}-{n[6:]}",
            "dots": f"{n[:3]}.{n[3:6]}.{n[6:]}", "fullwidth": fullwidth_digits(n)}[style]


def fmt_ohip(n, style, vc="AB"):
    return {"plain": n + vc, "dash": f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", "spaced": f"{n[:4]} {n[4:7]} {n[7:]} {vc}",
            "novc": n}[style]


def fmt_niss(n, style):
    return {"plain": n, "std": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", "spaced": f"{n[:6]} {n[6:9]} {n[9:]}"}[style]


def fmt_nir(n, style):
    return {"plain": n, "spaced": f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}",
            "key": f"{n[:13]} {n[13:]}"}[style]


def fmt_name(p, style, lang="fr"):
    return {
        "full": p.full,
        "last_first": f"{p.surname}, {p.given}",
        "upper_last": f"{p.surname.upper()} {p.given}",
        "lower": p.full.lower(),
        "initial": f"{p.given[0]}. {p.surname}",
        "title": f"{p.title(lang)} {p.surname}",
        "title_full": f"{p.title(lang)} {p.full}",
        "dicom": f"{strip_accents(p.surname).upper()}^{strip_accents(p.given).upper()}",
    }[style]


def sig(staff, lang, org="hosp", rng=None, short=False):
    org_name = {"hosp": T(lang, HOSP, HOSP_EN), "clinic": T(lang, CLINIC, CLINIC_EN)}[org]
    dom = HDOM if org == "hosp" else CDOM
    name = staff.dr(lang) if staff.role in ("radiologist", "md") else staff.full
    if short:
        return f"{name}\n{staff.job(lang)}"
    tel = "819 555-01" + (f"{(len(staff.surname) * 7 + len(staff.given)) % 100:02d}")
    lines = [f"{name}", staff.job(lang), org_name]
    if org == "hosp":
        lines.append(CISSS)
    lines.append(f"{T(lang, 'Tél.', 'Tel.')} {tel}" + (f", {T(lang, 'poste', 'ext.')} {len(staff.full) * 37 % 9000 + 1000}"
                                                      if org == "hosp" else ""))
    lines.append(staff.addr(dom))
    return "\n".join(lines)


CONF_FOOTER = {
    "fr": "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. S'il vous "
          "est parvenu par erreur, veuillez le détruire et en aviser l'expéditeur.",
    "en": "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in "
          "error, please delete it and notify the sender.",
}
