"""Shared data and helpers: organisation, staff, invented patients, identifiers, formatting.

Infectious diseases & travel clinic corpus.  Everything here is invented.
"""
import datetime as _dt
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
              "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
              "social_information"]

# ---------------------------------------------------------------- organisation
ORG = {
    "fr": "Centre hospitalier régional de Val-Mercier",
    "en": "Val-Mercier Regional Hospital Centre",
    "dom": "chrvm.example",
    "addr_fr": "1250, boul. des Érables, Val-Mercier (Québec)  J9X 4B2",
    "addr_en": "1250 Erables Blvd., Val-Mercier, QC  J9X 4B2",
    "svc_fr": "Service des maladies infectieuses et Clinique santé-voyage",
    "svc_en": "Infectious Diseases Service & Travel Health Clinic",
}
PHONE_MAIN = "819-555-0100"
PHONE_ID = "819-555-0112"
PHONE_TRAVEL = "819-555-0114"
PHONE_OPAT = "819-555-0116"
FAX_ID = "819-555-0119"
PHONE_LAB = "819-555-0121"

# key: (given, surname, title_fr, title_en, role_fr, role_en, local-part, sex)
STAFF = {
    "chief": ("Hélène", "Desrosiers", "Dre", "Dr.", "infectiologue, cheffe de service", "Infectious diseases, Chief of service", "h.desrosiers", "F"),
    "idmd": ("Karim", "Benali", "Dr", "Dr.", "infectiologue", "Infectious diseases physician", "k.benali", "M"),
    "micro": ("Amélie", "Thériault", "Dre", "Dr.", "microbiologiste-infectiologue", "Medical microbiologist", "a.theriault", "F"),
    "hiv": ("Samuel", "Okoye", "Dr", "Dr.", "infectiologue, clinique VIH-ITSS", "ID physician, HIV/STBBI clinic", "s.okoye", "M"),
    "travel": ("Philippe", "Vaillancourt", "Dr", "Dr.", "médecin, Clinique santé-voyage", "Physician, Travel Health Clinic", "p.vaillancourt", "M"),
    "travel2": ("Marie-Ève", "Lussier", "Dre", "Dr.", "médecin, Clinique santé-voyage", "Physician, Travel Health Clinic", "me.lussier", "F"),
    "idmd_en": ("Rachel", "Goldberg", "Dre", "Dr.", "infectiologue", "Infectious diseases physician", "r.goldberg", "F"),
    "micro_en": ("Owen", "McAllister", "Dr", "Dr.", "microbiologiste", "Medical microbiologist", "o.mcallister", "M"),
    "asp": ("Vincent", "Pham", "", "", "pharmacien, antibiogouvernance", "Pharmacist, Antimicrobial Stewardship", "v.pham", "M"),
    "asp_en": ("Grace", "Liu", "", "", "pharmacienne, antibiogouvernance", "Stewardship pharmacist", "g.liu", "F"),
    "opat": ("Isabelle", "Cyr", "", "", "infirmière clinicienne, TIVAD", "Clinical nurse, OPAT program", "i.cyr", "F"),
    "opat_en": ("Aaron", "Fitzgerald", "", "", "coordonnateur TIVAD", "OPAT coordinator", "a.fitzgerald", "M"),
    "tnurse": ("Mélanie", "Bouffard", "", "", "infirmière, Clinique santé-voyage", "Travel clinic nurse", "m.bouffard", "F"),
    "tnurse_en": ("Megan", "Doyle", "", "", "infirmière, Clinique santé-voyage", "Travel clinic nurse", "m.doyle", "F"),
    "stinurse": ("Kevin", "Ahn", "", "", "infirmier, clinique ITSS", "Nurse, STBBI clinic", "k.ahn", "M"),
    "clerk": ("Chantal", "Roberge", "", "", "agente administrative", "Administrative officer", "c.roberge", "F"),
    "secr": ("Sandra", "Michaud", "", "", "secrétaire médicale", "Medical secretary", "s.michaud", "F"),
    "mgr": ("Éric", "Sauvé", "", "", "chef de service administratif", "Administrative manager", "e.sauve", "M"),
    "ipc": ("Annie", "Dallaire", "", "", "conseillère en prévention et contrôle des infections", "Infection prevention and control advisor", "a.dallaire", "F"),
    "labchief": ("Luc", "Arsenault", "", "", "technologiste en chef, microbiologie", "Chief technologist, Microbiology", "l.arsenault", "M"),
    "sw": ("Jean-François", "Hamel", "", "", "travailleur social", "Social worker", "jf.hamel", "M"),
    "resident": ("Priya", "Raman", "Dre", "Dr.", "résidente R4, infectiologie", "R4 resident, Infectious diseases", "p.raman", "F"),
    "it": ("Daniel", "Reyes", "", "", "analyste, technologies de l'information", "IT analyst", "d.reyes", "M"),
    "hr": ("Linda", "Park", "", "", "conseillère en ressources humaines", "Human resources advisor", "l.park", "F"),
    "buyer": ("Stephen", "Ward", "", "", "acheteur, approvisionnement", "Buyer, Procurement", "s.ward", "M"),
    "nurse_mgr": ("Josiane", "Turgeon", "", "", "cheffe d'unité, soins ambulatoires", "Nurse manager, Ambulatory care", "j.turgeon", "F"),
}

# external correspondents (name, title_fr, title_en, org_fr, org_en, address)
EXT = {
    "gp": ("Martin Keller", "Dr", "Dr.", "GMF des Deux-Rives", "Deux-Rives Family Medicine Group", "m.keller@gmf-deuxrives.example"),
    "gp2": ("Julie Fontaine", "Dre", "Dr.", "GMF du Vieux-Moulin", "Vieux-Moulin FMG", "jfontaine@gmf-vieuxmoulin.example"),
    "er": ("Neil Harrington", "Dr", "Dr.", "Urgence, CHRVM", "Emergency Dept., CHRVM", "n.harrington@chrvm.example"),
    "ortho": ("Ahmed Sayegh", "Dr", "Dr.", "Orthopédie, CHRVM", "Orthopaedics, CHRVM", "a.sayegh@chrvm.example"),
    "hosp": ("Catherine Ouimet", "Dre", "Dr.", "Médecine interne, CHRVM", "Internal Medicine, CHRVM", "c.ouimet@chrvm.example"),
    "pharm": ("Alain Beaudry", "", "", "Pharmacie Beaudry et associés", "Beaudry Pharmacy", "labo@pharmacie-beaudry.example"),
    "pharm2": ("Nadia Saad", "", "", "PharmaPlus Centre-Ville", "PharmaPlus Downtown", "rx.centreville@pharmaplus.example"),
    "clsc": ("Sylvain Prud'homme", "", "", "CLSC du Haut-Ruisseau, soins à domicile", "Haut-Ruisseau CLSC Home Care", "sad.hautruisseau@cisss-valmercier.example"),
    "dsp": ("Sophie Lanctôt", "Dre", "Dr.", "Direction de santé publique de Val-Mercier", "Val-Mercier Public Health Directorate", "mado@santepublique-valmercier.example"),
    "dspn": ("Julie Lacasse", "", "", "Direction de santé publique, maladies infectieuses", "Public Health, Infectious Diseases", "enquete.mi@santepublique-valmercier.example"),
    "insurer": ("Caroline Dupré", "", "", "Assurances Boréal Voyage", "Boreal Travel Insurance", "reclamations@borealvoyage.example"),
    "insurer_en": ("Brian Holloway", "", "", "Northstar Assistance", "Northstar Assistance", "claims@northstar-assist.example"),
    "be_mut": ("Service soins à l'étranger", "", "", "Mutualité Ardenne-Meuse", "Ardenne-Meuse Health Fund", "etranger@mut-ardennemeuse.example"),
    "fr_cpam": ("Centre national des soins à l'étranger", "", "", "Caisse primaire d'assurance maladie du Val-de-Sèvre", "Val-de-Sèvre Health Insurance Fund", "cnse@cpam-valdesevre.example"),
    "on_hosp": ("Laura Bennett", "Dr", "Dr.", "Hôpital Rideau, Ottawa", "Rideau Hospital, Ottawa", "l.bennett@rideauhospital.example"),
    "transport": ("Centrale de transport", "", "", "Transport adapté Val-Mercier", "Val-Mercier Paratransit", "reservations@transport-valmercier.example"),
    "ambul": ("Répartition", "", "", "Coopérative ambulancière Laurentienne", "Laurentian Ambulance Coop", "repartition@coop-ambulance.example"),
    "lspq": ("Réception des échantillons", "", "", "Laboratoire de santé publique provincial", "Provincial Public Health Laboratory", "reception@lsp-provincial.example"),
}

VENDORS = {
    "vacc": ("VacciDistrib inc.", "ventes@vaccidistrib.example", "1-800-555-0163"),
    "medsup": ("MediSupply Canada", "orders@medisupply.example", "1-888-555-0171"),
    "pump": ("Perfusio Systèmes", "service@perfusio.example", "450-555-0178"),
    "be_vendor": ("Laborama SPRL", "facturation@laborama.example", "+32 2 555 01 84"),
}

# ---------------------------------------------------------------- patients
NAM_SURNAMES_CACHE = None


def load_nams():
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            rows.append({"surname": sur, "given": giv, "dob": _dt.date.fromisoformat(dob), "sex": sex, "nam": nam})
    return rows


def nam_surnames():
    global NAM_SURNAMES_CACHE
    if NAM_SURNAMES_CACHE is None:
        NAM_SURNAMES_CACHE = sorted({r["surname"] for r in load_nams()})
    return NAM_SURNAMES_CACHE


SURN_QC = ["Tremblay", "Lavoie", "Côté", "Bergeron", "Dubé", "Lévesque", "Hébert", "Desjardins", "Beaulieu",
           "Cormier", "Vachon", "Lemieux", "Poulin", "Dufour", "Bédard", "Gingras", "Drouin", "Lachance",
           "Charbonneau", "Marchand", "Ménard", "Lemay", "Langlois", "Mercier", "Brassard", "Rioux", "Dion",
           "Lafleur", "Boudreau", "Turcotte", "Champagne", "Gosselin", "Bérubé", "Laflamme", "Perron",
           "Grenier", "Carrier", "Villeneuve", "Audet", "St-Pierre", "Després", "Labrecque", "Nolet", "Veilleux"]
SURN_EN = ["Nguyen", "Patel", "O'Brien", "Kowalski", "Fraser", "Campbell", "Sullivan", "Henderson", "Okafor",
           "Haddad", "Singh", "Chen", "Rahman", "Duarte", "Mensah", "Diallo", "Traoré", "Kaur", "Ferreira",
           "Kim", "Abernathy", "Lindqvist", "Moreno", "Castillo", "Yilmaz", "Petrov", "Osei", "Murphy"]
SURN_BE = ["Janssens", "Peeters", "Maes", "Dubois", "Lambert", "Claes", "Wouters", "Goossens", "Hermans"]
SURN_FR = ["Lefebvre", "Garnier", "Chevalier", "Rousseau", "Faure", "Blanc", "Guérin", "Barbier"]
GIV_F = ["Ginette", "Réjeanne", "Chloé", "Léa", "Camille", "Francine", "Mireille", "Lise", "Audrey", "Karine",
         "Valérie", "Rosalie", "Océane", "Maude", "Jocelyne", "Aïcha", "Fatoumata", "Priscilla", "Hannah",
         "Olivia", "Grace", "Mei", "Anjali", "Ingrid", "Zoé", "Noémie", "Yasmine", "Brigitte"]
GIV_M = ["Réjean", "Gaétan", "Yvon", "Mathieu", "Olivier", "Félix", "Raymond", "Jean-Guy", "Normand",
         "Benoît", "Hugo", "Alexis", "Mamadou", "Kwame", "Ethan", "Noah", "Tariq", "Arjun", "Wei", "Lucas",
         "Thomas", "Émile", "Dmitri", "Rafael", "Yannick", "Sébastien", "Kofi", "Patrick"]

STREETS = ["rue des Pruches", "avenue Bellerive", "chemin du Lac-Vert", "rue Saint-Ambroise", "rue des Merles",
           "boul. de la Rivière", "rue Principale Est", "montée du Rang-Double", "rue du Couvent",
           "avenue des Cèdres", "rue Notre-Dame Ouest", "chemin des Outaouais", "rue Lafontaine",
           "croissant des Tilleuls", "rue de la Gare"]
CITIES = [("Val-Mercier", "J9X"), ("Sainte-Odile-du-Lac", "J0W"), ("Pointe-Bérard", "J9Y"),
          ("Rivière-Noire", "J0V"), ("Saint-Aubin-des-Monts", "J0T"), ("Lac-aux-Hérons", "J0W")]
ON_STREETS = ["Bank St.", "Somerset St. W", "Carling Ave.", "Riverside Dr.", "Merivale Rd."]
BE_STREETS = ["rue de la Station", "avenue des Tilleuls", "rue du Moulin", "chaussée de Namur"]
FR_STREETS = ["rue Victor-Hugo", "impasse des Lilas", "avenue Jean-Jaurès", "rue de la République"]


class Patient:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    @property
    def female(self):
        return self.sex == "F"


# ---------------------------------------------------------------- identifiers
def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if _sin.is_valid(num):
            return num


def on_hc_valid(num):
    d = "".join(ch for ch in num if ch.isdigit())
    return len(d) == 10 and d[0] != "0" and luhn.is_valid(d)


def gen_on_hc(rng):
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if on_hc_valid(num):
            return num


def gen_niss(rng, dob, sex):
    while True:
        ctr = rng.randrange(1, 998)
        if (ctr % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + "%03d" % ctr
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + "%02d" % (97 - n % 97)
        if _nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex, dept=None):
    while True:
        dep = dept or rng.choice(["75", "69", "13", "33", "44", "59", "67", "35", "79"])
        commune = "%03d" % rng.randrange(1, 400)
        order = "%03d" % rng.randrange(1, 999)
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dep + commune + order
        num = base + "%02d" % (97 - int(base) % 97)
        if _nir.is_valid(num):
            return num


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam, "spaced": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
        "slash": f"{a}/{b}/{c}", "fw": fullwidth(nam), "lower": f"{a.lower()} {b} {c}",
        "space4": f"{a} {b}{c}",
    }[style]


def fmt_sin(s, style):
    a, b, c = s[:3], s[3:6], s[6:]
    return {"plain": s, "spaced": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "fw": fullwidth(f"{a} {b} {c}"), "slash": f"{a}/{b}/{c}"}[style]


def fmt_on(h, style, vc="AB"):
    a, b, c = h[:4], h[4:7], h[7:]
    return {"plain": h, "dash": f"{a}-{b}-{c}-{vc}", "spaced": f"{a} {b} {c} {vc}", "novc": f"{a} {b} {c}",
            "fw": fullwidth(f"{a}-{b}-{c}")}[style]


def fmt_niss(n, style):
    return {"plain": n, "dots": f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
            "spaced": f"{n[:6]} {n[6:9]} {n[9:]}", "slash": f"{n[:6]}/{n[6:9]}-{n[9:]}",
            "fw": fullwidth(n)}[style]


def fmt_nir(n, style):
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    return {"plain": n, "spaced": " ".join(parts), "key": n[:13] + " " + n[13:],
            "dots": ".".join(parts), "fw": fullwidth(" ".join(parts))}[style]


def fmt_mrn(rng, mrn, lang):
    style = rng.randrange(6)
    if style == 0:
        return ("dossier " if lang == "fr" else "MRN ") + mrn
    if style == 1:
        return ("no dossier : " if lang == "fr" else "Chart #: ") + f"{mrn[:3]}-{mrn[3:]}"
    if style == 2:
        return ("# dossier " if lang == "fr" else "MRN: ") + f"{mrn[0]} {mrn[1:4]} {mrn[4:]}"
    if style == 3:
        return ("Dossier CHRVM " if lang == "fr" else "CHRVM chart ") + "H" + mrn
    if style == 4:
        return ("dos. " if lang == "fr" else "chart ") + fullwidth(mrn)
    return ("N° dossier " if lang == "fr" else "Hosp. no. ") + f"{mrn[:2]}.{mrn[2:5]}.{mrn[5:]}"


# ---------------------------------------------------------------- dates
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, style):
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%Y/%m/%d")
    if style == "long":
        if lang == "fr":
            return f"{d.day} {MOIS[d.month - 1]} {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        if lang == "fr":
            return f"{d.day:02d} {MOIS_ABR[d.month - 1]} {d.year}"
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    raise ValueError(style)


def short_date(d, lang):
    if lang == "fr":
        return f"{d.day} {MOIS_ABR[d.month - 1]}"
    return f"{MONTHS[d.month - 1][:3]} {d.day}"


def day_name(d, lang):
    return (JOURS if lang == "fr" else DAYS)[d.weekday()]


def tz_offset(dt):
    """America/Montreal offset for 2024-2025 (hours)."""
    y = dt.year
    starts = {2024: _dt.datetime(2024, 3, 10, 2), 2025: _dt.datetime(2025, 3, 9, 2), 2026: _dt.datetime(2026, 3, 8, 2)}
    ends = {2024: _dt.datetime(2024, 11, 3, 2), 2025: _dt.datetime(2025, 11, 2, 2), 2026: _dt.datetime(2026, 11, 1, 2)}
    return -4 if starts[y] <= dt < ends[y] else -5


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def norm_alnum(s):
    s = strip_accents(unicodedata.normalize("NFKC", s)).upper()
    return "".join(ch for ch in s if ch.isalnum())


# ---------------------------------------------------------------- context
class Ctx:
    """Per-run state: rng, unique patients, phones, dates."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nam_pool = load_nams()
        self.rng.shuffle(self.nam_pool)
        self.nam_next = 0
        self.used_names = set()
        self.used_phones = set()
        self.used_mrn = set()
        self.msg_no = 0
        base = _dt.datetime(2024, 9, 3, 8, 0)
        self.date_base = base

    # --- time
    def msg_date(self):
        r = self.rng
        d = self.date_base + _dt.timedelta(days=r.randrange(0, 300))
        while d.weekday() >= 5 and r.random() < 0.85:
            d += _dt.timedelta(days=1)
        return d.replace(hour=r.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 13, 14, 14, 15, 16, 16, 17, 19, 21]),
                         minute=r.randrange(60), second=r.randrange(60))

    # --- people
    def phone(self, area=None):
        r = self.rng
        for _ in range(500):
            a = area or r.choice(["819", "819", "450", "873", "514", "438"])
            p = f"{a}-555-01{r.randrange(30, 100):02d}"
            if p not in self.used_phones:
                self.used_phones.add(p)
                return p
        return f"{area or '819'}-555-01{r.randrange(30, 100):02d}"

    def mrn(self):
        while True:
            m = "%07d" % self.rng.randrange(100000, 9999999)
            if m not in self.used_mrn:
                self.used_mrn.add(m)
                return m

    def _name(self, pool_s, sex):
        r = self.rng
        for _ in range(1000):
            s = r.choice(pool_s)
            g = r.choice(GIV_F if sex == "F" else GIV_M)
            if (g, s) not in self.used_names:
                self.used_names.add((g, s))
                return g, s
        raise RuntimeError("names exhausted")

    def _dob(self, lo=1938, hi=2019):
        r = self.rng
        return _dt.date(r.randrange(lo, hi + 1), r.randrange(1, 13), r.randrange(1, 29))

    def _addr_qc(self):
        r = self.rng
        city, fsa = r.choice(CITIES)
        apt = r.choice(["", "", "", f"app. {r.randrange(1, 12)}, ", f"{r.randrange(1, 9)}-"])
        num = r.randrange(12, 2900)
        street = r.choice(STREETS)
        pc = f"{fsa} {r.randrange(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randrange(0, 9)}"
        if apt.endswith("-"):
            line = f"{apt}{num}, {street}"
        else:
            line = f"{num}, {street}" + (f", {apt.rstrip(', ')}" if apt else "")
        return line, f"{city} (Québec)  {pc}"

    def patient(self, kind="qc", age=None, sex=None):
        """kind: qc | nam | en (anglophone Quebec resident) | on | be | fr"""
        r = self.rng
        if kind == "nam":
            if self.nam_next >= len(self.nam_pool):
                kind = "qc"
            else:
                row = self.nam_pool[self.nam_next]
                self.nam_next += 1
                self.used_names.add((row["given"], row["surname"]))
                line1, line2 = self._addr_qc()
                return Patient(given=row["given"], surname=row["surname"], dob=row["dob"], sex=row["sex"],
                               nam=row["nam"], mrn=self.mrn(), phone=self.phone(), addr1=line1, addr2=line2,
                               kind="nam")
        sex = sex or r.choice("FM")
        pool = {"qc": SURN_QC, "en": SURN_EN, "on": SURN_EN + SURN_QC[:10], "be": SURN_BE, "fr": SURN_FR}[kind]
        g, s = self._name(pool, sex)
        if age:
            dob = self._dob(2025 - age[1], 2025 - age[0])
        else:
            dob = self._dob()
        p = Patient(given=g, surname=s, dob=dob, sex=sex, nam=None, mrn=self.mrn(), kind=kind)
        if kind in ("qc", "en"):
            p.phone = self.phone()
            p.addr1, p.addr2 = self._addr_qc()
        elif kind == "on":
            p.phone = self.phone("613")
            p.addr1 = f"{r.randrange(10, 900)} {r.choice(ON_STREETS)}"
            p.addr2 = f"Ottawa, ON  K{r.randrange(1, 3)}{r.choice('ABCGHJKLMNPRSTVWXYZ')} {r.randrange(1, 9)}{r.choice('ABCEHJKLMNPRSTVWXZ')}{r.randrange(1, 9)}"
            p.hc = gen_on_hc(r)
            p.vc = r.choice(["AB", "KT", "XY", "MN", "HG"])
        elif kind == "be":
            p.phone = f"+32 4{r.randrange(70, 99)} 55 01 {r.randrange(10, 99)}"
            p.addr1 = f"{r.choice(BE_STREETS)} {r.randrange(1, 180)}"
            p.addr2 = f"{r.choice(['5000 Namur', '4000 Liège', '6700 Arlon', '1348 Louvain-la-Neuve'])}, Belgique"
            p.niss = gen_niss(r, dob, sex)
        elif kind == "fr":
            p.phone = f"+33 6 55 01 {r.randrange(10, 99)} {r.randrange(10, 99)}"
            p.addr1 = f"{r.randrange(1, 90)} {r.choice(FR_STREETS)}"
            p.addr2 = r.choice(["79000 Niort", "69003 Lyon", "44000 Nantes", "35000 Rennes"]) + ", France"
            p.nir = gen_nir(r, dob, sex)
        return p

    def sin_for(self, p):
        if not getattr(p, "sin", None):
            p.sin = gen_sin(self.rng)
        return p.sin


# ---------------------------------------------------------------- names
def title(p, lang):
    if lang == "fr":
        return "Mme" if p.female else "M."
    return "Ms." if p.female else "Mr."


def pname(p, style, lang="fr"):
    g, s = p.given, p.surname
    return {
        "full": f"{g} {s}",
        "title": f"{title(p, lang)} {s}",
        "title_full": f"{title(p, lang)} {g} {s}",
        "caps": f"{s.upper()}, {g}",
        "last_first": f"{s}, {g}",
        "last_first_nc": f"{s} {g}",
        "lower": f"{g.lower()} {s.lower()}",
        "initial": f"{g[0]}. {s}",
        "initial_caps": f"{s.upper()} {g[0]}.",
        "given": g,
        "upper": f"{g.upper()} {s.upper()}",
    }[style]


FULL_STYLES = ["full", "title_full", "caps", "last_first", "last_first_nc", "lower", "upper"]


def sex_str(p, lang, rng):
    if lang == "fr":
        return rng.choice([p.sex, p.sex, "féminin" if p.female else "masculin", f"Sexe : {p.sex}"])
    return rng.choice([p.sex, p.sex, "female" if p.female else "male", f"Sex: {p.sex}"])


def staff(key, lang, with_title=True):
    g, s, tfr, ten, *_ = STAFF[key]
    t = tfr if lang == "fr" else ten
    return f"{t} {g} {s}".strip() if with_title else f"{g} {s}"


def staff_addr(key):
    st = STAFF[key]
    return (f"{st[0]} {st[1]}", f"{st[6]}@{ORG['dom']}")


def staff_role(key, lang):
    st = STAFF[key]
    return st[4] if lang == "fr" else st[5]


def ext_addr(key):
    e = EXT[key]
    return (e[0], e[5])


def ext_name(key, lang):
    e = EXT[key]
    t = e[1] if lang == "fr" else e[2]
    return f"{t} {e[0]}".strip()


def signature(key, lang, rng, phone=None, svc=True):
    g, s, tfr, ten, rfr, ren, *_ = STAFF[key]
    t = (tfr if lang == "fr" else ten)
    lines = [f"{t} {g} {s}".strip(), rfr if lang == "fr" else ren]
    if svc:
        lines.append(ORG["svc_fr"] if lang == "fr" else ORG["svc_en"])
    lines.append(ORG["fr"] if lang == "fr" else ORG["en"])
    style = rng.randrange(3)
    ph = phone or PHONE_ID
    if style == 0:
        lines.append(ORG["addr_fr"] if lang == "fr" else ORG["addr_en"])
        lines.append((f"Tél. : {ph}, poste {rng.randrange(2100, 2999)}  |  Téléc. : {FAX_ID}") if lang == "fr"
                     else (f"Tel: {ph} ext. {rng.randrange(2100, 2999)} | Fax: {FAX_ID}"))
    elif style == 1:
        lines.append(f"T {ph}  F {FAX_ID}")
    else:
        lines.append(ph)
    return lines


def ext_signature(key, lang):
    name, tfr, ten, ofr, oen, addr = EXT[key]
    t = tfr if lang == "fr" else ten
    return [f"{t} {name}".strip(), ofr if lang == "fr" else oen]


def unaccent_text(s):
    return strip_accents(s)
