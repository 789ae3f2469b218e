"""Shared pools, people, identifiers and small text helpers for the corpus generator.

Everything here is invented: people, institutions, streets, numbers.  Domains end
in .example and phone numbers use the 555-01xx range.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

ORG_FR = "Réseau de santé des Hautes-Rivières"
ORG_EN = "Hautes-Rivières Health Network"
DOMAIN = "rshr.example"

HOSPITALS = [
    ("Hôpital Saint-Anselme", "HSA", "2210, boulevard des Tilleuls", "Saint-Anselme-du-Lac (Québec)  J0K 2T0"),
    ("Hôpital de Pointe-aux-Saules", "HPS", "75, rue du Quai-Marchand", "Pointe-aux-Saules (Québec)  J0E 3P0"),
    ("Centre hospitalier de Val-des-Cèdres", "CHVC", "400, chemin de la Montagne-Bleue", "Val-des-Cèdres (Québec)  J0T 4V0"),
]

CLINICS = {
    "pain": ("Clinique de la douleur chronique", "Chronic Pain Clinic"),
    "preop": ("Clinique préopératoire (CPO)", "Pre-Admission Clinic (PAC)"),
}

EXT_DOMAINS = {
    "gmf": ["gmf-riviere-noire.example", "gmf-des-trembles.example", "cliniquemedicale-belair.example"],
    "pharm": ["pharmacie-nantel-boisvert.example", "pharmaprix-rue-principale.example", "familiprix-lac-vert.example"],
    "ins": ["mutuelle-boreale.example", "sunharbour-life.example", "indemnisation-biat.example"],
    "transport": ["transport-adapte-hrv.example", "taxi-medical-saules.example"],
    "vendor": ["medisource-quebec.example", "neurotek-canada.example", "fournitures-chirurgicales-laval.example"],
    "other_hosp": ["ottawa-riverside-hospital.example", "chu-rive-sud.example"],
}

# --- people -------------------------------------------------------------------------------------

STAFF_GIVEN_F = ["Annick", "Caroline", "Dominique", "Frédérique", "Hélène", "Isabelle", "Karine", "Mélanie",
                 "Patricia", "Rachel", "Valérie", "Priya", "Grace", "Fiona", "Naomi", "Josiane", "Véronique",
                 "Marie-Claude", "Stéphanie", "Audrey-Anne"]
STAFF_GIVEN_M = ["Benoît", "Étienne", "Guillaume", "Julien", "Louis-Philippe", "Nicolas", "Olivier", "Sébastien",
                 "Yannick", "Owen", "Ravi", "Jonah", "Mathias", "François-Xavier", "Alexandre", "Hugo"]
STAFF_SURNAMES = ["Lemieux", "Desjardins", "Bissonnette", "Vaillancourt", "Archambault", "Charbonneau", "Marchand",
                  "Robitaille", "Lalonde", "Provencher", "St-Onge", "Brisebois", "Fontaine", "Dubé", "Hébert",
                  "Leclerc", "Ménard", "Paré", "Rousseau", "Vézina", "Laberge", "Cormier", "Whitfield", "Abernathy",
                  "Kaur", "Chen", "Okafor", "Rahman", "Hollis", "Brennan", "Delgado", "Iverson", "Lussier",
                  "Beauchemin", "Gervais", "Trudel"]

PAT_GIVEN_F = ["Jocelyne", "Huguette", "Lise", "Francine", "Micheline", "Carole", "Chantal", "Émilie", "Audrey",
               "Léa", "Thérèse", "Solange", "Marie-Ève", "Annie", "Margaret", "Deborah", "Kimberly", "Shirley",
               "Brenda", "Heather", "Megan", "Ashley", "Evelyn", "Ghislaine", "Rollande", "Yvette", "Noémie"]
PAT_GIVEN_M = ["Réjean", "Gaétan", "Normand", "Yvon", "Raymond", "Sylvain", "Mathieu", "Kevin", "Maxime", "Noah",
               "Bertrand", "Rosaire", "Jean-François", "Stéphane", "Harold", "Trevor", "Douglas", "Wayne", "Gordon",
               "Colin", "Tyler", "Russell", "Marcel", "Clément", "Jean-Guy", "Adrien"]
PAT_SURNAMES = ["Tremblay", "Bergeron", "Côté", "Pelchat", "Desrosiers", "Lavoie", "Thériault", "Bélisle", "Gosselin",
                "Beaulieu", "Dufresne", "Laflamme", "Vachon", "Charest", "Poulin", "Larouche", "Lachance", "Bolduc",
                "Pouliot", "Turcotte", "Grenier", "Daigle", "Émond", "Rioux", "O'Brien", "McKenzie", "Fraser",
                "Henderson", "Walsh", "Patterson", "Campbell", "Murray", "Sinclair", "Doyle", "Kowalski", "Nguyen",
                "Haddad", "Singh", "Oliveira", "Mukherjee", "Petrov", "Boisclair", "Labrecque", "Ouimet"]

STREETS = ["rue des Merisiers", "avenue du Parc-Riverain", "rang Saint-Joachim", "rue Principale Nord",
           "chemin du Lac-Caché", "rue des Bouleaux", "montée des Pionniers", "rue Sainte-Cunégonde",
           "Elm Crescent", "Maple Ridge Road", "rue de la Fabrique", "boulevard Lévesque-Ouest"]
TOWNS = [("Saint-Anselme-du-Lac", "J0K 2T0"), ("Pointe-aux-Saules", "J0E 3P0"), ("Val-des-Cèdres", "J0T 4V0"),
         ("Lac-Vert-des-Monts", "J0T 1R0"), ("Sainte-Aurélie-des-Plaines", "J0K 5M0")]
AREA = ["819", "450", "613", "514", "418"]


def load_nams():
    """Read ../blind_nams.txt: surname given birth_date sex NAM."""
    rows = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            rows.append({"surname": sur, "given": giv, "dob": datetime.date.fromisoformat(dob),
                         "sex": sex, "nam": nam})
    return rows


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fold(s):
    return " ".join(strip_accents(unicodedata.normalize("NFKC", s)).casefold().split())


class Person:
    def __init__(self, given, surname, sex, dob=None, nam=None, role=None, title=None):
        self.given, self.surname, self.sex, self.dob, self.nam = given, surname, sex, dob, nam
        self.role, self.title = role, title

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        if style == "full":
            return f"{g} {s}"
        if style == "title":
            return f"{self.honorific(lang)} {g} {s}"
        if style == "title_sur":
            return f"{self.honorific(lang)} {s}"
        if style == "last_first":
            return f"{s.upper()}, {g}"
        if style == "last_first_plain":
            return f"{s} {g}"
        if style == "lower":
            return f"{g} {s}".lower()
        if style == "initial":
            return f"{g[0]}. {s}"
        if style == "initials_dot":
            return f"{s} {g[0]}."
        if style == "given":
            return g
        if style == "upper":
            return f"{g} {s}".upper()
        raise ValueError(style)

    def honorific(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def dr(self, lang="fr", short=False):
        if lang == "fr":
            t = "Dre" if self.sex == "F" else "Dr"
        else:
            t = "Dr."
        return f"{t} {self.surname}" if short else f"{t} {self.given} {self.surname}"

    def email(self, domain=DOMAIN):
        base = strip_accents(f"{self.given}.{self.surname}").lower().replace(" ", "").replace("'", "")
        return f"{base}@{domain}"


def fullwidth(s):
    out = []
    for c in s:
        if "0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def compact_id(s):
    """NFKC then keep only letters and digits, upper case."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c.isalnum()).upper()


# --- identifier generators (all checksum-valid) -----------------------------------------------

def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohn(rng):
    """Ontario health card number: 10 digits, Luhn check digit last."""
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def ohn_valid(num):
    num = compact_id(num)[:10]
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    serial = rng.randrange(1, 499) * 2 + (1 if sex == "M" else 0)
    if sex == "F" and serial % 2:
        serial += 1
    first9 = dob.strftime("%y%m%d") + "%03d" % (serial % 998 or 2)
    base = ("2" + first9) if dob.year >= 2000 else first9
    check = 97 - (int(base) % 97)
    num = first9 + "%02d" % check
    assert be_nn.is_valid(num), num
    return num


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "59", "35", "44", "67"])
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randrange(1, 990) \
        + "%03d" % rng.randrange(1, 999)
    num = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(num), num
    return num


def make_mrn(rng):
    return "%07d" % rng.randrange(100000, 9999999)


def luhn_serial(rng, n=10):
    body = "".join(str(rng.randrange(10)) for _ in range(n - 1))
    if body[0] == "0":
        body = "4" + body[1:]
    return body + luhn.calc_check_digit(body)


# --- identifier presentation ------------------------------------------------------------------

def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        "plain": nam,
        "space": f"{a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "dash": f"{a}-{b}-{c}",
        "slash": f"{a}/{b}/{c}",
        "fw": fullwidth(f"{a} {b} {c}"),
        "lower": f"{a} {b} {c}".lower(),
        "odd": f"{a[:2]} {a[2:]} {b[:2]} {b[2:]} {c}",
    }[style]


def fmt_sin(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {"plain": n, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "fw": fullwidth(f"{a} {b} {c}"), "slash": f"{a}/{b}/{c}"}[style]


def fmt_ohn(n, style, vc="AB"):
    a, b, c = n[:4], n[4:7], n[7:]
    return {"plain": n, "dash": f"{a}-{b}-{c}-{vc}", "space": f"{a} {b} {c} {vc}", "dot": f"{a}.{b}.{c}",
            "fw": fullwidth(f"{a} {b} {c}")}[style]


def fmt_niss(n, style):
    return {"std": be_nn.format(n), "plain": n, "space": f"{n[:6]} {n[6:9]} {n[9:]}",
            "slash": f"{n[:2]}/{n[2:4]}/{n[4:6]}-{n[6:9]}-{n[9:]}"}[style]


def fmt_nir(n, style):
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    return {"space": " ".join(parts), "plain": n, "dot": ".".join(parts[:-1]) + " " + parts[-1],
            "fw": fullwidth(" ".join(parts))}[style]


def fmt_mrn(m, style):
    return {"plain": m, "space": f"{m[:1]} {m[1:4]} {m[4:]}", "dash": f"{m[:2]}-{m[2:5]}-{m[5:]}",
            "dot": f"{m[:3]}.{m[3:]}", "slash": f"{m[:3]}/{m[3:]}", "fw": fullwidth(m),
            "pref": f"H{m}"}[style]


# --- dates -----------------------------------------------------------------------------------

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "ymd_dot":
        return d.strftime("%Y.%m.%d")
    if style == "long_fr":
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    if style == "long_en":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "en_dmy":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "day_fr":
        return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}"
    if style == "day_en":
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
    raise ValueError(style)


def dob_styles(lang):
    return ["iso", "dmy", "ymd_dot", "long_fr" if lang == "fr" else "long_en",
            "dmy_dash" if lang == "fr" else "en_dmy"]


def workday(rng, start=datetime.date(2025, 1, 6), span=170):
    while True:
        d = start + datetime.timedelta(days=rng.randrange(span))
        if d.weekday() < 5:
            return d


def phone(rng, area=None):
    return f"{area or rng.choice(AREA)}-555-01{rng.randrange(100):02d}"


def address(rng):
    town, pc = rng.choice(TOWNS)
    return f"{rng.randrange(12, 2900)}, {rng.choice(STREETS)}", f"{town} (Québec)  {pc}"


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# --- layout helpers ----------------------------------------------------------------------------

def table_text(rows, sep=" | "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("-+-".join("-" * w for w in widths) if sep == " | " else "-" * (sum(widths) + 3 * len(widths)))
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table_html(rows, border=True):
    b = ' border="1" cellpadding="3" cellspacing="0"' if border else ""
    h = [f"<table{b} style=\"border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:10pt\">"]
    for j, r in enumerate(rows):
        tag = "th" if j == 0 else "td"
        h.append("<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def text_to_html(text, extra_before="", extra_after=""):
    paras = text.strip("\n").split("\n\n")
    body = []
    for p in paras:
        lines = [esc(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            body.append('<blockquote style="border-left:2px solid #999;margin-left:4px;padding-left:6px">'
                        + "<br>\n".join(x[4:].lstrip() for x in lines) + "</blockquote>")
        else:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif\">\n"
            + extra_before + "\n".join(body) + extra_after + "\n</body></html>\n")


def quote(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


def signature(person, lang, clinic="pain", hosp=None, rng=None, short=False):
    hosp = hosp or HOSPITALS[0]
    cname = CLINICS[clinic][0 if lang == "fr" else 1]
    title = person.title or ""
    ext = f"poste {rng.randrange(2000, 7999)}" if (rng and lang == "fr") else (
        f"ext. {rng.randrange(2000, 7999)}" if rng else "")
    tel = f"819-555-01{(sum(map(ord, person.surname)) % 100):02d}"
    if short:
        return f"--\n{person.given} {person.surname}\n{cname}, {hosp[1]}"
    lines = ["--", f"{person.given} {person.surname}" + (f", {title}" if title else ""), cname,
             hosp[0], hosp[2], hosp[3],
             (f"Tél. : {tel}, {ext}" if lang == "fr" else f"Tel: {tel} {ext}").strip().rstrip(","),
             ("Téléc. : " if lang == "fr" else "Fax: ") + f"819-555-01{(sum(map(ord, person.given)) % 100):02d}"]
    return "\n".join(lines)


CONF_FOOTER_FR = ("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                  "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
CONF_FOOTER_EN = ("CONFIDENTIALITY NOTICE: this message may contain privileged information. If you received it "
                  "in error, please delete it and notify the sender.")
