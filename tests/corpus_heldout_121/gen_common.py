"""Shared helpers: people, staff, organisations, identifiers, dates, disguises.

Everything here is synthetic.  Only the RAMQ NAMs come from ../blind_nams.txt.
"""
import datetime as dt
import os
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fold(s):
    """lower-case, accent-free version of s (for name checks)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------- NAM holders
def load_nam_holders():
    path = os.path.join(HERE, "..", "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            last, first, dob, sex, nam = line.split()
            out.append(dict(last=last, first=first, dob=dt.date.fromisoformat(dob),
                            sex=sex, nam=nam))
    return out


# ---------------------------------------------------------------- name pools
# Surname pools are disjoint from the NAM-holder surnames (checked at start-up).
STAFF_LAST = ["Desrosiers", "Huot", "Lachance", "Vaillancourt", "Beaulieu", "Chartrand",
              "Dufresne", "Gosselin", "Lévesque", "Marchand", "Ouimet", "Perron", "Rochon",
              "Sauvé", "Tanguay", "Villeneuve", "Whitfield", "Okafor", "Nguyen", "Kowalski",
              "Ramanathan", "O'Connell", "Fitzgerald", "Haddad", "Mercier", "Brisebois",
              "Labelle", "Comeau", "Doucet", "Gingras", "Jodoin", "Proulx", "St-Onge",
              "Turcotte", "Arsenault", "Chiasson", "Hébert", "Cormier", "Thériault",
              "Abergel", "Benoît", "Carrier", "Deschênes", "Fafard", "Lacroix", "Rivard"]
STAFF_FIRST_F = ["Isabelle", "Catherine", "Marie-Ève", "Annie", "Valérie", "Stéphanie",
                 "Rachel", "Priya", "Amélie", "Joanne", "Laura", "Hélène", "Émilie",
                 "Caroline", "Nadia", "Judith", "Fatima", "Kim", "Audrey", "Linda"]
STAFF_FIRST_M = ["François", "Mathieu", "Alexandre", "Olivier", "Jean-François", "Samuel",
                 "Martin", "Benoît", "Hugo", "Kevin", "Thomas", "Patrick", "Ahmed",
                 "Derek", "Owen", "Vincent", "Philippe", "Simon", "Jérôme", "Nicolas"]

PAT_LAST = ["Lavoie", "Bérubé", "Dubé", "Michaud", "Belley", "Côté", "Gervais", "Lafrance",
            "Bernier", "Dion", "Lemay", "Provencher", "Cyr", "Poulin", "Racine", "Veilleux",
            "Giroux", "Lacombe", "Marcotte", "Nolet", "Séguin", "Charron", "Boisvert",
            "Ménard", "Landry", "Fontaine", "Harvey", "McKenzie", "Campbell", "Murphy",
            "Stewart", "O'Brien", "Kennedy", "Walsh", "Hughes", "Grant", "Sinclair",
            "Patterson", "Maclean", "Desjardins", "Lafleur", "Paradis", "Lussier",
            "Robitaille", "Chabot", "Bilodeau", "Caouette", "Pichette", "Asselin",
            "Bolduc", "Corriveau", "Drouin", "Émond", "Fréchette", "Guérin", "Jacob",
            "Labrecque", "Leclerc", "Moreau", "Nantel", "Pépin", "Quintal", "Rioux",
            "Sirois", "Trudel", "Vachon", "Auclair", "Beaudoin", "Couture", "Dufour"]
PAT_FIRST_M = ["Réjean", "Normand", "Sylvain", "Daniel", "Mario", "Stéphane", "Éric",
               "Patrick", "Kevin", "Jonathan", "Keith", "Gordon", "Wayne", "Brian", "Douglas",
               "Ian", "Raymond", "Gérard", "Fernand", "Yvon", "Marcel", "Steve", "Dany",
               "Maxime", "Carl", "Jason", "Richard", "Luc", "Guy", "Serge", "Bruno", "Tyler"]
PAT_FIRST_F = ["Lucie", "Chantal", "Nancy", "Julie", "Karine", "Mélanie", "Heather",
               "Tracy", "Karen", "Colleen", "Jocelyne", "Francine", "Thérèse", "Gisèle",
               "Monique", "Sandra", "Vanessa", "Kathleen", "Line", "Josiane", "Brenda",
               "Marlène", "Cindy", "Roxanne"]

TOWNS_QC = [("Val-Laurier", "G0X 2K0"), ("Saint-Ambroise-des-Pins", "J0K 3B0"),
            ("Trois-Ponts", "G9T 4R2"), ("Rivière-aux-Pins", "G0A 1N0"),
            ("Lac-Morand", "J0T 1L0"), ("Sainte-Odile-du-Lac", "G0R 3S0")]
STREETS_QC = ["rue des Érables", "rang Saint-Joseph", "avenue du Parc", "rue Principale",
              "boulevard des Vétérans", "rue Champlain", "chemin du Lac", "rue Dollard",
              "montée Gagné", "rue de la Caserne", "avenue Laurier", "rue Saint-Louis"]
TOWNS_ON = [("Kingsmere", "K0J 2B0"), ("Petersfield", "K8A 6W1"), ("Mill Bay Crossing", "K0K 1H0")]
STREETS_ON = ["Pembroke Street", "Cedar Lane", "Algonquin Road", "Mary Street",
              "Regiment Drive", "Birch Crescent"]

AREA = ["819", "418", "450", "514", "873", "367"]


# ---------------------------------------------------------------- organisations
ORG = {
    "hosp": dict(fr="Centre hospitalier Rivière-aux-Pins — Pavillon des Vétérans",
                 en="Rivière-aux-Pins Hospital — Veterans' Wing", dom="chrap.example",
                 tel="819-555-0110", fax="819-555-0111",
                 addr="1200, boulevard des Vétérans, Rivière-aux-Pins (Québec) G0A 1N0"),
    "osi": dict(fr="Clinique TSO Val-Laurier (traumatismes liés au stress opérationnel)",
                en="Val-Laurier Operational Stress Injury (OSI) Clinic",
                dom="clinique-tso-vallaurier.example", tel="819-555-0120",
                fax="819-555-0121", addr="45, rue Champlain, bureau 300, Val-Laurier (Québec) G0X 2K0"),
    "base": dict(fr="Centre des services de santé — BFC Saint-Ambroise",
                 en="Health Services Centre — CFB Saint-Ambroise", dom="bfc-stambroise.example",
                 tel="450-555-0130", fax="450-555-0131",
                 addr="Édifice M-12, BFC Saint-Ambroise (Québec) J0K 3B0"),
    "vac": dict(fr="Anciens Combattants — Bureau de secteur Trois-Ponts",
                en="Veterans Affairs — Trois-Ponts Area Office", dom="acc-vac.example",
                tel="1-800-555-0140", fax="819-555-0141",
                addr="300, rue Dollard, 4e étage, Trois-Ponts (Québec) G9T 4R2"),
    "ltc": dict(fr="Unité de soins de longue durée des vétérans — Pavillon des Vétérans",
                en="Veterans' Long-Term Care Unit — Veterans' Wing", dom="chrap.example",
                tel="819-555-0112", fax="819-555-0113",
                addr="1200, boulevard des Vétérans, 3e étage, Rivière-aux-Pins (Québec) G0A 1N0"),
    "audio": dict(fr="Service d'audiologie — CHRAP", en="Audiology Department — CHRAP",
                  dom="chrap.example", tel="819-555-0114", fax="819-555-0115",
                  addr="1200, boulevard des Vétérans, local B-118"),
    "pharm": dict(fr="Pharmacie Brisebois et Comeau", en="Brisebois & Comeau Pharmacy",
                  dom="pharma-bc.example", tel="819-555-0150", fax="819-555-0151",
                  addr="88, rue Principale, Val-Laurier (Québec) G0X 2K0"),
    "mfrc": dict(fr="Centre de ressources pour les familles militaires de Saint-Ambroise",
                 en="Saint-Ambroise Military Family Resource Centre",
                 dom="crfm-stambroise.example", tel="450-555-0160", fax="450-555-0161",
                 addr="15, rue de la Caserne, Saint-Ambroise-des-Pins (Québec) J0K 3B0"),
    "clsc": dict(fr="CLSC des Trois-Ponts", en="Trois-Ponts CLSC", dom="clsc-troisponts.example",
                 tel="819-555-0170", fax="819-555-0171",
                 addr="500, avenue du Parc, Trois-Ponts (Québec) G9T 4R2"),
    "kvh": dict(fr="Kingsmere Valley Hospital", en="Kingsmere Valley Hospital", dom="kvh.example",
                tel="613-555-0180", fax="613-555-0181",
                addr="70 Regiment Drive, Kingsmere, Ontario K0J 2B0"),
    "be": dict(fr="Clinique militaire de Haut-Fays (Belgique)", en="Haut-Fays Military Clinic (Belgium)",
               dom="cm-hautfays.example", tel="+32 61 55 01 90", fax="+32 61 55 01 91",
               addr="Rue du Quartier 4, 6856 Haut-Fays"),
    "fr": dict(fr="Centre médical des armées de Valbonne-les-Pins", en="Valbonne-les-Pins Armed Forces Medical Centre",
               dom="cma-valbonne.example", tel="+33 4 55 01 92 00", fax="+33 4 55 01 92 01",
               addr="Quartier Lamarche, 01360 Valbonne-les-Pins"),
    "sleep": dict(fr="Laboratoire du sommeil — CHRAP", en="Sleep Laboratory — CHRAP", dom="chrap.example",
                  tel="819-555-0116", fax="819-555-0117", addr="1200, boulevard des Vétérans, local C-210"),
    "supplier": dict(fr="AudioNord Distribution inc.", en="AudioNord Distribution Inc.",
                     dom="audionord.example", tel="1-888-555-0190", fax="1-888-555-0191",
                     addr="2100, rue Industrielle, Laval-Ouest (Québec) H7X 0A1"),
}


def org(key, lang):
    o = ORG[key]
    return o[lang]


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        body = str(rng.choice("1234567")) + "".join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(n, style=0):
    return [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n,
            f"{n[:3]}.{n[3:6]}.{n[6:]}"][style % 4]


def make_on_hn(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    vc = rng.choice(["AB", "KL", "XZ", "MP", "TR", ""])
    return n, vc


def fmt_hn(n, vc="", style=0):
    base = [f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n[:4]} {n[4:7]} {n[7:]}", n][style % 3]
    return f"{base}-{vc}" if vc and style % 2 == 0 else (f"{base} {vc}" if vc else base)


def make_niss(rng, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        s = f"{yymmdd}{serial:03d}"
        base = int(("2" + s) if dob.year >= 2000 else s)
        chk = 97 - base % 97
        n = f"{s}{chk:02d}"
        if be_nn.is_valid(n):
            return n


def fmt_niss(n, style=0):
    return [f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", f"{n[:6]} {n[6:9]} {n[9:]}", n,
            f"{n[:6]}-{n[6:9]}-{n[9:]}"][style % 4]


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(["01", "13", "21", "31", "33", "38", "54", "59", "69", "75", "83", "92"])
        commune = f"{rng.randrange(1, 990):03d}"
        order = f"{rng.randrange(1, 999):03d}"
        s = f"{'1' if sex == 'M' else '2'}{dob.strftime('%y%m')}{dept}{commune}{order}"
        key = 97 - int(s) % 97
        n = f"{s}{key:02d}"
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n, style=0):
    return [f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", n,
            f"{n[:13]} {n[13:]}", f"{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:10]}.{n[10:13]}.{n[13:]}"][style % 4]


def make_mrn(rng, kind="hosp"):
    if kind == "hosp":
        return f"{rng.randrange(100000, 999999)}"
    if kind == "osi":
        return f"TSO-{rng.randrange(2019, 2026)}-{rng.randrange(1000, 9999)}"
    if kind == "base":
        return f"{rng.randrange(10, 99)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}"
    return f"{rng.randrange(1000000, 9999999)}"


def fmt_mrn(m, lang, style=0):
    if lang == "fr":
        return [f"no de dossier {m}", f"dossier {m}", f"# dossier : {m}", f"NDM {m}"][style % 4]
    return [f"MRN {m}", f"chart #{m}", f"Chart No. {m}", f"MRN: {m}"][style % 4]


FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def disguise_nam(nam, style):
    """Ways a NAM shows up in real mail."""
    a, b, c = nam[:4], nam[4:8], nam[8:]
    styles = [nam, f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", nam.lower(),
              f"{a} {b}{c}", f"{a}/{b}/{c}", a + "".join(FULLWIDTH[d] for d in b + c),
              f"{a}  {b}  {c}", " ".join(nam)]
    return styles[style % len(styles)]


def disguise_digits(s, style):
    if style == 1:
        return "".join(FULLWIDTH.get(ch, ch) for ch in s)
    if style == 2:
        return " ".join(ch for ch in s if ch != " ")
    return s


# ---------------------------------------------------------------- dates
def fmt_date(d, lang, style=0):
    if lang == "fr":
        opts = [d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", f"{'1er' if d.day == 1 else d.day} {MOIS[d.month-1]} {d.year}",
                f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"]
    else:
        opts = [d.isoformat(), f"{MONTHS[d.month-1]} {d.day}, {d.year}", f"{d.day:02d}-{MON3[d.month-1]}-{d.year}",
                f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day} {MONTHS[d.month-1][:3]} {d.year}"]
    return opts[style % len(opts)]


def fmt_day(d, lang):
    if lang == "fr":
        return f"{JOURS[d.weekday()]} {'1er' if d.day == 1 else d.day} {MOIS[d.month-1]}"
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month-1]} {d.day}"


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first, last, sex, dob, nam=None):
        self.first, self.last, self.sex, self.dob, self.nam = first, last, sex, dob, nam
        self.sin = self.hn = self.hn_vc = self.niss = self.nir = None
        self.mrn = None
        self.phone = self.address = self.email = None
        self.rank = ""

    def full(self):
        return f"{self.first} {self.last}"

    def rev(self):
        return f"{self.last.upper()}, {self.first}"

    def title(self, lang):
        if lang == "fr":
            return "M." if self.sex == "M" else "Mme"
        return "Mr." if self.sex == "M" else "Ms."

    def formal(self, lang):
        return f"{self.title(lang)} {self.full()}"

    def tlast(self, lang):
        return f"{self.title(lang)} {self.last}"

    def initials(self):
        parts = self.first.replace("-", " ").split()
        return "".join(p[0] + "." for p in parts)

    def il(self):
        return f"{self.initials()} {self.last}"

    def he(self, lang):
        if lang == "fr":
            return "il" if self.sex == "M" else "elle"
        return "he" if self.sex == "M" else "she"

    def his(self, lang):
        if lang == "fr":
            return "son"
        return "his" if self.sex == "M" else "her"

    def him(self):
        return "him" if self.sex == "M" else "her"

    def e(self):
        """French feminine agreement suffix."""
        return "" if self.sex == "M" else "e"

    def age(self, d):
        return age_on(self.dob, d)


class Staff:
    def __init__(self, first, last, sex, role, org, lang_pref):
        self.first, self.last, self.sex, self.role, self.org = first, last, sex, role, org
        self.lang = lang_pref

    def full(self):
        return f"{self.first} {self.last}"

    def email(self):
        base = fold(self.first[0] + self.last).replace(" ", "").replace("'", "").replace("-", "")
        return f"{base}@{ORG[self.org]['dom']}"

    def dr(self, lang):
        if self.role in ("md", "psychiatrist", "gp", "physiatrist", "orl"):
            if lang == "fr":
                return ("Dr " if self.sex == "M" else "Dre ") + self.full()
            return "Dr. " + self.full()
        return self.full()


ROLE_TITLES = {
    "md": ("médecin", "physician"), "gp": ("médecin de famille", "family physician"),
    "psychiatrist": ("psychiatre", "psychiatrist"), "psychologist": ("psychologue", "psychologist"),
    "nurse": ("infirmière clinicienne", "clinical nurse"), "nurse_m": ("infirmier clinicien", "clinical nurse"),
    "sw": ("travailleuse sociale", "social worker"), "sw_m": ("travailleur social", "social worker"),
    "audiologist": ("audiologiste", "audiologist"), "clerk": ("agente administrative", "administrative officer"),
    "clerk_m": ("agent administratif", "administrative officer"), "pharmacist": ("pharmacien(ne)", "pharmacist"),
    "manager": ("chef de service", "service manager"), "cm": ("gestionnaire de cas", "case manager"),
    "physio": ("physiothérapeute", "physiotherapist"), "ot": ("ergothérapeute", "occupational therapist"),
    "orl": ("oto-rhino-laryngologiste", "otolaryngologist"), "physiatrist": ("physiatre", "physiatrist"),
    "med_tech": ("technicien(ne) médical(e)", "medical technician"), "hr": ("conseillère RH", "HR advisor"),
    "it": ("soutien informatique", "IT support"), "buyer": ("acheteuse", "purchasing officer"),
    "coord": ("coordonnatrice", "coordinator"), "rep": ("représentant(e)", "sales representative"),
}


def check_pools(holders):
    ns = {h["last"] for h in holders}
    assert not ns & set(STAFF_LAST), ns & set(STAFF_LAST)
    assert not ns & set(PAT_LAST), ns & set(PAT_LAST)
    assert not set(STAFF_LAST) & set(PAT_LAST)
