"""Shared helpers: seeded randomness, invented people and places, identifiers.

Everything here is invented.  Domains end in .example, phones use 555-01xx.
RAMQ NAMs are never generated: they come only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")


def rng_for(seed, *parts):
    """A private, reproducible random stream for one message or list."""
    return random.Random("%s|%s" % (seed, "|".join(str(p) for p in parts)))


# --------------------------------------------------------------------------
# NAM holders (the only RAMQ numbers allowed anywhere)
# --------------------------------------------------------------------------
def load_holders():
    holders = []
    with open(NAM_FILE, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            surname, given, dob, sex, nam = line.split()
            holders.append({
                "surname": surname, "given": given,
                "dob": datetime.date.fromisoformat(dob), "sex": sex,
                "nam": nam,
            })
    return holders


HOLDERS = load_holders()
HOLDER_SURNAMES = {h["surname"] for h in HOLDERS}
HOLDER_GIVEN = {h["given"] for h in HOLDERS}


def _clean(pool):
    """Drop any name that a NAM holder carries, so that invented people can
    never be mistaken for a holder (and negatives never show one)."""
    out = []
    for n in pool:
        if n in HOLDER_SURNAMES or n in HOLDER_GIVEN:
            continue
        if n not in out:
            out.append(n)
    return out


# --------------------------------------------------------------------------
# Invented names
# --------------------------------------------------------------------------
SURNAMES_FR = _clean("""Tremblay Côté Gosselin Bergeron Lévesque Beaulieu Dubé Hébert Lavoie
Desjardins Dionne Vachon Langlois Dufour Perron Bilodeau Lemieux Boivin Carrier Béland Rioux
Michaud Lachance Poulin Champagne Deschênes Veilleux Guay Trudel Labrecque Plourde Sirois
Thériault Bérubé Audet Grenier Robitaille Asselin Lalonde Turcotte Marchand Nolin St-Pierre
Doucet Laflamme Brassard Comeau Drouin Émond Falardeau Goulet Harvey Jolicoeur Lacasse Maheux
Noël Ouimet Paradis Quintal Rochette Séguin Tanguay Vézina Lapierre Charest Gingras Boisvert
Bernier Fillion Gaudreault Morissette Cyr Leclerc Blais Dallaire""".split())

SURNAMES_EN = _clean("""Campbell Stewart Fraser Murphy O'Brien Kelly Walsh Reid Hughes Patel
Nguyen Singh Chen Cohen Ahmed Haddad Kowalski Novak Russo Santos Okafor Mensah Ferreira Kaur
Grant Hamilton Foster Bennett Doyle Sullivan Mitchell Palmer Young Ward Brooks Greene Hayes
Lloyd Wong McKenzie Abara Goldberg Ibrahim Petrov Lindqvist Tran Rossi Dimitriou Park Osei
Alvarez Khan Byrne Quinn Sinclair""".split())

KIDS_F_FR = _clean("""Léa Florence Zoé Olivia Alice Rosalie Juliette Béatrice Mia Maëlle Chloé
Éloïse Clara Jade Maélie Anaïs Romane Laurianne Ophélie Camille""".split())
KIDS_M_FR = _clean("""Noah William Thomas Léo Jacob Édouard Félix Nathan Arthur Émile Raphaël
Samuel Logan Mathis Victor Loïc Antoine Elliot Zachary Hugo""".split())
KIDS_F_EN = _clean("""Ava Ella Harper Chloe Lily Maya Nora Amira Zara Hannah Isla Grace Aaliyah
Ruby Leah Sienna Naomi""".split())
KIDS_M_EN = _clean("""Owen Lucas Ethan Jack Caleb Aiden Ryan Dylan Omar Yusuf Felix Mason Eli
Theo Rowan Kai Jonah""".split())

ADULT_F_FR = _clean("""Isabelle Mélanie Stéphanie Karine Valérie Annie Julie Catherine
Marie-Ève Véronique Audrey Caroline Émilie Geneviève-Anne Chantal Marie-Pier Nadia Sophie
Johanne Roxanne""".split())
ADULT_M_FR = _clean("""Mathieu Jean-François Patrick Éric Sébastien Martin Simon Maxime Alexandre
Dominic Francis Guillaume Jonathan Olivier Yannick Benoît Luc""".split())
ADULT_F_EN = _clean("""Jennifer Laura Rachel Megan Priya Fatima Heather Kimberly Amanda Nicole
Tanya Olga Grace-Ann Brenda Leila""".split())
ADULT_M_EN = _clean("""Kevin Daniel Brian Jason Ahmed Raj Stephen Gregory Tyler Victor Derek
Neil Samir Trevor""".split())


def kid_given(rng, sex, lang):
    if lang == "fr":
        return rng.choice(KIDS_F_FR if sex == "F" else KIDS_M_FR)
    return rng.choice(KIDS_F_EN if sex == "F" else KIDS_M_EN)


def adult_given(rng, sex, lang):
    if lang == "fr":
        return rng.choice(ADULT_F_FR if sex == "F" else ADULT_M_FR)
    return rng.choice(ADULT_F_EN if sex == "F" else ADULT_M_EN)


def surname(rng, lang):
    if lang == "fr":
        return rng.choice(SURNAMES_FR if rng.random() < 0.85 else SURNAMES_EN)
    return rng.choice(SURNAMES_EN if rng.random() < 0.75 else SURNAMES_FR)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def email_local(given, sur):
    g = ascii_fold(given).lower().replace("'", "").replace(" ", "")
    s = ascii_fold(sur).lower().replace("'", "").replace(" ", "")
    return "%s.%s" % (g, s)


# --------------------------------------------------------------------------
# The organisation and its partners (all invented)
# --------------------------------------------------------------------------
ORG = {
    "fr": "Hôpital pédiatrique des Trois-Rives",
    "en": "Trois-Rives Children's Hospital",
    "domain": "hptr.example",
    "addr_fr": "3300, boul. des Forges, Trois-Rives (Québec)  G8Y 0C4",
    "addr_en": "3300 des Forges Blvd., Trois-Rives, QC  G8Y 0C4",
    "ed_fr": "Urgence pédiatrique", "ed_en": "Paediatric Emergency Department",
    "ssu_fr": "Unité de courte durée (UCD)", "ssu_en": "Short-Stay Unit (SSU)",
}

PARTNERS = [
    # key, name fr, name en, domain
    ("clsc1", "CLSC des Bosquets", "CLSC des Bosquets", "cisss-rivieres.example"),
    ("clsc2", "CLSC du Vieux-Moulin", "CLSC du Vieux-Moulin", "cisss-rivieres.example"),
    ("gmf1", "GMF des Érables", "GMF des Érables", "gmf-erables.example"),
    ("gmf2", "GMF-U Cap-Rouge-Nord", "GMF-U Cap-Rouge-Nord", "gmfu-caprouge.example"),
    ("clinic3", "Clinique médicale Sainte-Brigitte", "Sainte-Brigitte Medical Clinic",
     "clinique-stebrigitte.example"),
    ("dpj", "Direction de la protection de la jeunesse - Rivières",
     "Youth Protection (DPJ) - Rivières", "dpj-rivieres.example"),
    ("cap", "Centre antipoison régional", "Regional Poison Centre", "cap-region.example"),
    ("pharm1", "Pharmacie Beaulac et Ng", "Beaulac & Ng Pharmacy", "pharm-beaulac.example"),
    ("pharm2", "Pharmacie du Carrefour Laviolette", "Carrefour Laviolette Pharmacy",
     "pharm-laviolette.example"),
    ("school1", "École primaire du Ruisseau", "Ruisseau Elementary School", "cssr.example"),
    ("school2", "École secondaire des Chenaux", "Chenaux High School", "cssr.example"),
    ("tert", "Centre universitaire pédiatrique de Montréal-Est",
     "East Montreal University Paediatric Centre", "cupme.example"),
    ("dsp", "Direction de santé publique - Rivières", "Public Health - Rivières",
     "dsp-rivieres.example"),
]
PARTNER = {p[0]: {"fr": p[1], "en": p[2], "domain": p[3]} for p in PARTNERS}

STREETS_FR = ["rue des Pruches", "rue Saint-Maurice", "boul. Jean-XXIII", "rue de la Fonderie",
              "avenue des Ormes", "rue Notre-Dame Est", "rang Saint-Joseph", "rue des Hirondelles",
              "chemin du Lac-Vert", "rue Papineau", "rue Bellefeuille", "croissant des Mélèzes"]
STREETS_EN = ["Maple Grove Crescent", "Riverside Drive", "Elm Street", "Wellington Street",
              "Birch Hollow Road", "Aberdeen Avenue", "Church Street", "Lakeview Terrace"]
CITIES_QC = [("Trois-Rives", "G8Y"), ("Cap-de-la-Rive", "G8T"), ("Saint-Étienne-des-Prés", "G0X"),
             ("Bécancour-Ouest", "G9H"), ("Louiseville-Nord", "J5V"), ("Shawinigan-Sud", "G9P")]
CITIES_ON = [("Ottawa", "K1S"), ("Kanata", "K2K"), ("Orléans", "K1C"), ("Cornwall", "K6H")]


def postal_suffix(rng):
    return "%d%s%d" % (rng.randint(1, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randint(0, 9))


def home_address(rng, lang, province="QC"):
    if province == "ON":
        city, fsa = rng.choice(CITIES_ON)
        return "%d %s, %s, ON  %s %s" % (rng.randint(12, 980), rng.choice(STREETS_EN), city, fsa,
                                          postal_suffix(rng))
    city, fsa = rng.choice(CITIES_QC)
    if lang == "fr":
        apt = rng.choice(["", "", "app. %d, " % rng.randint(1, 12)])
        return "%d, %s, %s%s (Québec)  %s %s" % (rng.randint(12, 4800), rng.choice(STREETS_FR),
                                                  apt, city, fsa, postal_suffix(rng))
    return "%d %s, %s, QC  %s %s" % (rng.randint(12, 4800), rng.choice(STREETS_EN + STREETS_FR),
                                       city, fsa, postal_suffix(rng))


def phone(rng, area=None):
    area = area or rng.choice(["819", "873", "450", "613"])
    sep = rng.choice(["-", " ", "."])
    n = "555%s01%02d" % (sep, rng.randint(0, 99))
    return rng.choice(["(%s) %s" % (area, n), "%s %s" % (area, n), "%s-%s" % (area, n)])


def org_phone(ext=None, lang="fr"):
    base = "819 555-0100"
    if ext is None:
        return base
    return ("%s, poste %s" if lang == "fr" else "%s ext. %s") % (base, ext)


# --------------------------------------------------------------------------
# Staff (senders, recipients, people named in negatives)
# --------------------------------------------------------------------------
def staff_person(rng, lang, role=None, sex=None):
    sex = sex or rng.choice("FM")
    given = adult_given(rng, sex, lang)
    sur = surname(rng, lang)
    role = role or rng.choice(["md", "rn", "clerk", "sw", "mgr", "pharm", "resident"])
    titles_fr = {"md": "Dre" if sex == "F" else "Dr", "resident": "Dre" if sex == "F" else "Dr"}
    titles_en = {"md": "Dr.", "resident": "Dr."}
    jobs_fr = {"md": "Pédiatre urgentiste", "rn": "Infirmière clinicienne" if sex == "F"
               else "Infirmier clinicien", "clerk": "Agente administrative" if sex == "F"
               else "Agent administratif", "sw": "Travailleuse sociale" if sex == "F"
               else "Travailleur social", "mgr": "Chef de service" if sex == "M" else "Cheffe de service",
               "pharm": "Pharmacienne" if sex == "F" else "Pharmacien",
               "resident": "Résidente en pédiatrie" if sex == "F" else "Résident en pédiatrie"}
    jobs_en = {"md": "Paediatric Emergency Physician", "rn": "Clinical Nurse",
               "clerk": "Unit Clerk", "sw": "Social Worker", "mgr": "Service Manager",
               "pharm": "Pharmacist", "resident": "Paediatrics Resident (PGY-%d)" % rng.randint(1, 4)}
    return {
        "given": given, "surname": sur, "sex": sex, "role": role,
        "title_fr": titles_fr.get(role, ""), "title_en": titles_en.get(role, ""),
        "job_fr": jobs_fr[role], "job_en": jobs_en[role],
        "email": "%s@%s" % (email_local(given, sur), ORG["domain"]),
        "ext": str(rng.randint(2100, 4899)),
    }


def display(p, lang, with_title=True):
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    return ("%s %s %s" % (t, p["given"], p["surname"])).strip() if with_title and t else \
        "%s %s" % (p["given"], p["surname"])


def signature(p, lang, rng, unit=None):
    unit = unit or rng.choice(["ed", "ssu", "ed"])
    lines = ["-- " if rng.random() < 0.4 else "", display(p, lang)]
    lines.append(p["job_fr"] if lang == "fr" else p["job_en"])
    lines.append(ORG[unit + "_" + lang])
    lines.append(ORG[lang])
    if rng.random() < 0.7:
        lines.append(ORG["addr_" + lang])
    lines.append(("Tél. : %s" if lang == "fr" else "Tel.: %s") % org_phone(p["ext"], lang))
    if rng.random() < 0.5:
        lines.append(("Téléc. : 819 555-01%02d" if lang == "fr" else "Fax: 819 555-01%02d")
                     % rng.randint(60, 99))
    if rng.random() < 0.25:
        lines.append("" )
        lines.append("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements "
                     "confidentiels. S'il vous est parvenu par erreur, veuillez le détruire."
                     if lang == "fr" else
                     "CONFIDENTIALITY NOTICE: this message may contain confidential information. "
                     "If you received it in error, please delete it.")
    return "\n".join(l for l in lines if l is not None).lstrip("\n")


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, style=None, rng=None):
    if style is None:
        style = rng.choice(["iso", "long", "slash", "iso", "dots"]) if rng else "iso"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        if lang == "fr":
            return "%s %s %d" % ("1er" if d.day == 1 else d.day, MONTHS_FR[d.month - 1], d.year)
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == "slash":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%Y/%m/%d")
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "short":
        return d.strftime("%d-%m-%y") if lang == "fr" else d.strftime("%d-%b-%Y").upper()
    raise ValueError(style)


def dob_variants(d):
    """Every way the generator may print a birth date (used by the checks)."""
    out = {d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"), d.strftime("%d.%m.%Y"),
           d.strftime("%d-%m-%y"), d.strftime("%d-%b-%Y").upper(), d.strftime("%Y%m%d")}
    for lang in ("fr", "en"):
        out.add(fmt_date(d, lang, "long"))
    return out


def age_text(dob, on, lang):
    days = (on - dob).days
    if days < 60:
        return ("%d jours" % days) if lang == "fr" else ("%d days" % days)
    months = (on.year - dob.year) * 12 + on.month - dob.month - (1 if on.day < dob.day else 0)
    if months < 24:
        return ("%d mois" % months) if lang == "fr" else ("%d months" % months)
    years = months // 12
    return ("%d ans" % years) if lang == "fr" else ("%d y.o." % years)


def base_day(rng):
    return datetime.date(2024, 1, 8) + datetime.timedelta(days=rng.randint(0, 330))


def msg_datetime(rng, day=None):
    day = day or base_day(rng)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    # EDT from mid-March to early November, EST otherwise (approximation is fine)
    edt = datetime.date(2024, 3, 10) <= day < datetime.date(2024, 11, 3)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))
    return datetime.datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=tz)


# --------------------------------------------------------------------------
# Identifiers (all invented; NAMs only from the holders list)
# --------------------------------------------------------------------------
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s, letters=False):
    out = []
    for c in s:
        if c.isdigit():
            out.append(FW[c])
        elif letters and "A" <= c <= "Z":
            out.append(chr(0xFF21 + ord(c) - ord("A")))
        else:
            out.append(c)
    return "".join(out)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == "plain":
        return nam
    if style == "spaced":
        return "%s %s %s" % (a, b, c)
    if style == "dotted":
        return "%s.%s.%s" % (a, b, c)
    if style == "hyphen":
        return "%s-%s-%s" % (a, b, c)
    if style == "slashed":
        return "%s/%s/%s" % (a, b, c)
    if style == "odd":
        return "%s %s %s %s" % (a, nam[4:6], nam[6:10], nam[10:])
    if style == "lower":
        return "%s %s %s" % (a.lower(), b, c)
    if style == "fullwidth":
        return fullwidth("%s %s %s" % (a, b, c))
    if style == "fullwidth_all":
        return fullwidth(nam, letters=True)
    raise ValueError(style)


NAM_STYLES_ASCII = ["plain", "spaced", "dotted", "hyphen", "slashed", "odd", "lower"]
NAM_STYLES = NAM_STYLES_ASCII + ["fullwidth", "fullwidth_all"]


def luhn_number(rng, length, first=None):
    while True:
        head = str(first if first is not None else rng.randint(1, 9))
        head += "".join(str(rng.randint(0, 9)) for _ in range(length - 2))
        num = head + luhn.calc_check_digit(head)
        if luhn.is_valid(num):
            return num


def make_sin(rng):
    while True:
        num = luhn_number(rng, 9, first=rng.choice([1, 2, 3, 4, 5, 6, 7]))
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    return {"plain": num, "spaced": "%s %s %s" % (num[:3], num[3:6], num[6:]),
            "hyphen": "%s-%s-%s" % (num[:3], num[3:6], num[6:]),
            "dotted": "%s.%s.%s" % (num[:3], num[3:6], num[6:]),
            "fullwidth": fullwidth("%s %s %s" % (num[:3], num[3:6], num[6:]))}[style]


def make_ohip(rng):
    return luhn_number(rng, 10)


def ohip_valid(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) == 10 and luhn.is_valid(num)


def fmt_ohip(num, style, vc=""):
    base = {"plain": num, "hyphen": "%s-%s-%s" % (num[:4], num[4:7], num[7:]),
            "spaced": "%s %s %s" % (num[:4], num[4:7], num[7:]),
            "fullwidth": fullwidth("%s %s %s" % (num[:4], num[4:7], num[7:]))}[style]
    return base + (("-" if style == "hyphen" else " ") + vc if vc else "")


def make_niss(rng, dob, sex):
    yymmdd = dob.strftime("%y%m%d")
    while True:
        counter = rng.randint(1, 997)
        if (counter % 2 == 1) != (sex == "M"):
            continue
        body = yymmdd + "%03d" % counter
        base = int(("2" + body) if dob.year >= 2000 else body)
        num = body + "%02d" % (97 - base % 97)
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    return {"plain": num, "official": be_nn.format(num),
            "spaced": "%s %s %s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:]),
            "fullwidth": fullwidth(be_nn.format(num))}[style]


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "44", "59", "35", "67", "2A"])
    commune = "%03d" % rng.randint(1, 400)
    order = "%03d" % rng.randint(1, 999)
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
    num = body + fr_nir.calc_check_digits(body + "00")
    assert fr_nir.is_valid(num), num
    return num


def fmt_nir(num, style):
    return {"plain": num, "official": fr_nir.format(num),
            "dotted": fr_nir.format(num, "."),
            "fullwidth": fullwidth(fr_nir.format(num))}[style]


def make_mrn(rng):
    return "%07d" % rng.randint(100000, 2999999)


def fmt_mrn(mrn, lang, rng):
    style = rng.choice(["a", "b", "c", "d", "e", "f"])
    if style == "a":
        return ("No dossier : %s" if lang == "fr" else "MRN: %s") % mrn
    if style == "b":
        return ("dossier %s-%s" if lang == "fr" else "chart %s-%s") % (mrn[:3], mrn[3:])
    if style == "c":
        return ("# dossier HPTR %s %s %s" if lang == "fr" else "HPTR chart # %s %s %s") % (
            mrn[:3], mrn[3:5], mrn[5:])
    if style == "d":
        return ("Dossier : H%s" if lang == "fr" else "MRN H%s") % mrn
    if style == "e":
        return ("N° de dossier %s" if lang == "fr" else "Chart no. %s") % fullwidth(mrn)
    return ("dos. %s/%s" if lang == "fr" else "MRN %s/%s") % (mrn[:4], mrn[4:])


def sin_like_serial(rng):
    """A Luhn-valid 9-digit serial / asset number (used in negatives)."""
    return luhn_number(rng, 9, first=rng.choice([1, 2, 3, 4, 5]))


def ean13(rng, prefix="0"):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


# --------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------
def make_kid(rng, lang, min_days=20, max_years=17, on=None, province="QC"):
    on = on or base_day(rng)
    sex = rng.choice("FM")
    age_days = rng.randint(min_days, max_years * 365)
    dob = on - datetime.timedelta(days=age_days)
    given = kid_given(rng, sex, lang)
    sur = surname(rng, lang)
    psex = rng.choice("FFM")
    parent = {"given": adult_given(rng, psex, lang), "surname": sur if rng.random() < 0.6
              else surname(rng, lang), "sex": psex}
    return {
        "given": given, "surname": sur, "sex": sex, "dob": dob, "on": on,
        "age": age_text(dob, on, lang), "mrn": make_mrn(rng),
        "address": home_address(rng, lang, province), "phone": phone(rng),
        "parent": parent, "nam": None, "holder": False,
    }


def kid_from_holder(h, rng, lang, on=None):
    on = on or base_day(rng)
    psex = rng.choice("FFM")
    return {
        "given": h["given"], "surname": h["surname"], "sex": h["sex"], "dob": h["dob"],
        "on": on, "age": age_text(h["dob"], on, lang), "mrn": make_mrn(rng),
        "address": home_address(rng, lang), "phone": phone(rng),
        "parent": {"given": adult_given(rng, psex, lang), "surname": h["surname"], "sex": psex},
        "nam": h["nam"], "holder": True,
    }


def name_forms(p, rng):
    """Ways of writing a patient's name; returns one chosen at random."""
    g, s = p["given"], p["surname"]
    forms = ["%s %s" % (g, s), "%s, %s" % (s.upper(), g), "%s %s" % (s.upper(), g),
             "%s %s" % (g.lower(), s.lower()), "%s. %s" % (g[0], s), "%s %s" % (s, g),
             "%s, %s" % (s, g)]
    return rng.choice(forms)


def sex_word(sex, lang):
    if lang == "fr":
        return "garçon" if sex == "M" else "fille"
    return "boy" if sex == "M" else "girl"
