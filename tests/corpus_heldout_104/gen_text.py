"""Shared wording: dates, greetings, signatures, quoting, HTML, vocabulary."""
import datetime
import html as _html
import html.entities  # noqa: F401

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, lang, rng=None, style=None):
    if style is None:
        style = rng.choice(["iso", "long", "slash", "long", "iso"]) if rng else "long"
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "slash":
        return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%m/%d/%Y")
    if style == "abbr":
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def fday(d, lang):
    if lang == "fr":
        return f"{DAYS_FR[d.weekday()]} {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]}"
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


def ftime(h, m, lang):
    return f"{h} h {m:02d}" if lang == "fr" else (f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}")


def greeting(rng, lang, name=None):
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour {n},", "Salut {n},", "Bonjour à tous,", "Bonjour Dre {s},", "Allo,",
                "Chère collègue,", "Bon matin,"]
    else:
        opts = ["Hi,", "Hi {n},", "Hello {n},", "Dear colleague,", "Good morning,", "Hello all,", "Dear Dr. {s},",
                "Hey {n},"]
    g = rng.choice(opts)
    if "{" in g and not name:
        return "Bonjour," if lang == "fr" else "Hello,"
    if name:
        first, last = name
        return g.replace("{n}", first).replace("{s}", last)
    return g


def signoff(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci,", "Merci beaucoup,", "Cordialement,", "Bonne journée,", "Merci et bonne fin de journée",
                           "Au plaisir,", "Salutations distinguées,", "—"])
    return rng.choice(["Thanks,", "Thank you,", "Best,", "Regards,", "Kind regards,", "Cheers,", "Many thanks,", "—"])


def signature(rng, staff, inst, lang, ctx_phone):
    given, sur, role_fr, role_en, sex = staff
    role = role_fr if lang == "fr" else role_en
    name_fr, name_en, domain, city, area = inst
    iname = name_fr if lang == "fr" else name_en
    style = rng.randrange(5)
    dr = ""
    if any(k in role_en for k in ("allergist", "immunologist", "paediatrician", "physician")):
        dr = ("Dre " if sex == "F" else "Dr ") if lang == "fr" else "Dr. "
    clinic = rng.choice(["Clinique d'allergie et d'immunologie", "Service d'immunologie clinique",
                         "Clinique d'allergie alimentaire", "Centre d'immunothérapie"]) if lang == "fr" else \
        rng.choice(["Allergy & Clinical Immunology Clinic", "Food Allergy Clinic", "Immunology Day Hospital",
                    "Division of Clinical Immunology"])
    tel = ctx_phone(area)
    fax = ctx_phone(area)
    if style == 0:
        return f"{dr}{given} {sur}\n{role}\n{clinic}\n{iname}\nTél. : {tel} poste {rng.randint(2000, 7999)}\nTéléc. : {fax}" \
            if lang == "fr" else f"{dr}{given} {sur}\n{role}\n{clinic}, {iname}\nT {tel} ext. {rng.randint(2000, 7999)} | F {fax}"
    if style == 1:
        return f"-- \n{given} {sur} | {role} | {iname}"
    if style == 2:
        return f"{given[0]}. {sur}"
    if style == 3:
        disc = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur."
                if lang == "fr" else
                "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the "
                "addressee. If you received it in error, please delete it and notify the sender.")
        return f"{dr}{given} {sur}, {role}\n{clinic} – {city}\n{tel}\n\n{disc}"
    return f"{given}"


def quote_block(rng, text, lang, who, when, subject=""):
    style = rng.randrange(3)
    if style == 0:
        head = (f"Le {when}, {who} a écrit :" if lang == "fr" else f"On {when}, {who} wrote:")
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == 1:
        head = ("-----Message d'origine-----\nDe : {w}\nEnvoyé : {d}\nObjet : {s}" if lang == "fr"
                else "-----Original Message-----\nFrom: {w}\nSent: {d}\nSubject: {s}").format(w=who, d=when, s=subject)
        return head + "\n\n" + text
    head = ("________________________________\nDe : {w}\nEnvoyé : {d}\n" if lang == "fr"
            else "________________________________\nFrom: {w}\nSent: {d}\n").format(w=who, d=when)
    return head + "\n" + text


def forward_block(lang, who, when, subject, text):
    if lang == "fr":
        head = f"---------- Message transféré ---------\nDe : {who}\nDate : {when}\nObjet : {subject}\n"
    else:
        head = f"---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\nSubject: {subject}\n"
    return head + "\n" + text


def to_html(text, rng=None, font=None):
    font = font or (rng.choice(["Calibri, sans-serif", "Arial", "Segoe UI, Tahoma", "Georgia, serif"]) if rng else "Arial")
    paras = text.split("\n\n")
    body = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(_html.escape(l.lstrip("> ").rstrip()) for l in lines)
            body.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:6px">{inner}</blockquote>')
        else:
            inner = "<br>\n".join(_html.escape(l) for l in lines)
            body.append(f"<p>{inner}</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body style="font-family:{font};font-size:11pt">\n' + "\n".join(body) + "\n</body></html>\n")


def html_entities(s):
    """Escape non-ASCII characters as named / numeric entities (old HTML editors do that)."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            name = _html.entities.codepoint2name.get(ord(ch))
            out.append(f"&{name};" if name else f"&#{ord(ch)};")
    return "".join(out)


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{_html.escape(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    lines = []
    for r in rows:
        lines.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Vocabulary (allergy & clinical immunology)
# --------------------------------------------------------------------------
FOOD = [  # (fr, en, protein component)
    ("arachide", "peanut", "Ara h 2"), ("noix de cajou", "cashew", "Ana o 3"), ("lait de vache", "cow's milk", "Bos d 8"),
    ("œuf", "egg", "Gal d 1"), ("sésame", "sesame", "Ses i 1"), ("noisette", "hazelnut", "Cor a 14"),
    ("crevette", "shrimp", "Pen a 1"), ("pistache", "pistachio", "Pis v 1"), ("blé", "wheat", "Tri a 19"),
    ("noix de Grenoble", "walnut", "Jug r 1"), ("poisson (morue)", "fish (cod)", "Gad c 1"), ("soya", "soy", "Gly m 8"),
]

DX = [  # (fr, en)
    ("anaphylaxie à l'arachide", "peanut anaphylaxis"),
    ("allergie IgE-médiée aux noix", "IgE-mediated tree nut allergy"),
    ("urticaire chronique spontanée", "chronic spontaneous urticaria"),
    ("angio-œdème héréditaire de type 1", "hereditary angioedema type 1"),
    ("déficit immunitaire commun variable (DICV)", "common variable immunodeficiency (CVID)"),
    ("agammaglobulinémie liée à l'X", "X-linked agammaglobulinemia"),
    ("hypogammaglobulinémie secondaire au rituximab", "secondary hypogammaglobulinemia after rituximab"),
    ("allergie au venin de guêpe jaune", "yellow jacket venom allergy"),
    ("syndrome alpha-gal", "alpha-gal syndrome"),
    ("SEIPA (entérocolite induite par les protéines alimentaires)", "FPIES (food protein-induced enterocolitis)"),
    ("œsophagite à éosinophiles", "eosinophilic esophagitis"),
    ("mastocytose systémique indolente", "indolent systemic mastocytosis"),
    ("allergie au latex", "latex allergy"),
    ("asthme allergique modéré", "moderate allergic asthma"),
    ("syndrome DRESS", "DRESS syndrome"),
]

DRUG_LABELS = [
    ("pénicilline", "penicillin", "éruption à l'âge de 4 ans", "rash at age 4"),
    ("amoxicilline", "amoxicillin", "urticaire après 5 jours de traitement", "hives on day 5 of treatment"),
    ("céfazoline", "cefazolin", "hypotension peropératoire", "intra-operative hypotension"),
    ("sulfaméthoxazole-triméthoprime", "sulfamethoxazole-trimethoprim", "éruption maculopapuleuse", "maculopapular rash"),
    ("codéine", "codeine", "prurit généralisé", "generalised itching"),
    ("ciprofloxacine", "ciprofloxacin", "démangeaisons", "itch"),
]

AUTOINJ = [
    ("EpiPen 0,3 mg", "EpiPen 0.3 mg"), ("EpiPen Jr 0,15 mg", "EpiPen Jr 0.15 mg"),
    ("Allerject 0,15 mg", "Allerject 0.15 mg"), ("Emerade 0,3 mg", "Emerade 0.3 mg"),
    ("Anapen 0,3 mg", "Anapen 0.3 mg"),
]

IG_PRODUCTS = ["Privigen 10 %", "Gamunex-C 10 %", "Octagam 10 %", "Panzyga", "Hizentra 20 %", "Cuvitru 20 %",
               "HyQvia"]

# French article forms for FOOD names: "à l'arachide", "protéine d'arachide", "de l'arachide"
_FR_FORMS = {
    "arachide": ("à l'arachide", "d'arachide", "de l'arachide"),
    "noix de cajou": ("aux noix de cajou", "de noix de cajou", "des noix de cajou"),
    "lait de vache": ("au lait de vache", "de lait de vache", "du lait de vache"),
    "œuf": ("à l'œuf", "d'œuf", "de l'œuf"),
    "sésame": ("au sésame", "de sésame", "du sésame"),
    "noisette": ("à la noisette", "de noisette", "de la noisette"),
    "crevette": ("aux crevettes", "de crevette", "des crevettes"),
    "pistache": ("à la pistache", "de pistache", "de la pistache"),
    "blé": ("au blé", "de blé", "du blé"),
    "noix de Grenoble": ("aux noix de Grenoble", "de noix de Grenoble", "des noix de Grenoble"),
    "poisson (morue)": ("au poisson (morue)", "de poisson", "du poisson (morue)"),
    "soya": ("au soya", "de soya", "du soya"),
}


def a_fr(food):
    return _FR_FORMS[food][0]


def de_fr(food):
    return _FR_FORMS[food][1]


def part_fr(food):
    return _FR_FORMS[food][2]

# Coherent diagnosis / treatment pairs: (dx_fr, dx_en, rx_fr, rx_en)
DX_RX = [
    ("anaphylaxie à l'arachide", "peanut anaphylaxis", "EpiPen 0,3 mg x 2", "EpiPen 0.3 mg x2"),
    ("urticaire chronique spontanée", "chronic spontaneous urticaria", "omalizumab 300 mg SC q4 sem", "omalizumab 300 mg SC q4w"),
    ("urticaire chronique spontanée", "chronic spontaneous urticaria", "cétirizine 20 mg BID", "cetirizine 20 mg BID"),
    ("angio-œdème héréditaire de type 1", "hereditary angioedema type 1", "lanadelumab 300 mg SC q2 sem", "lanadelumab 300 mg SC q2w"),
    ("angio-œdème héréditaire de type 1", "hereditary angioedema type 1", "icatibant 30 mg SC PRN", "icatibant 30 mg SC PRN"),
    ("déficit immunitaire commun variable (DICV)", "common variable immunodeficiency (CVID)", "IgSC Hizentra 10 g SC chaque semaine",
     "SCIG Hizentra 10 g SC weekly"),
    ("agammaglobulinémie liée à l'X", "X-linked agammaglobulinemia", "IgIV 0,4 g/kg q4 sem", "IVIG 0.4 g/kg q4w"),
    ("allergie au venin de guêpe jaune", "yellow jacket venom allergy", "immunothérapie au venin 100 µg q4 sem",
     "venom immunotherapy 100 mcg q4w"),
    ("syndrome alpha-gal", "alpha-gal syndrome", "EpiPen 0,3 mg x 2, éviction des viandes rouges", "EpiPen 0.3 mg x2, red meat avoidance"),
    ("œsophagite à éosinophiles", "eosinophilic esophagitis", "dupilumab 300 mg SC chaque semaine", "dupilumab 300 mg SC weekly"),
    ("mastocytose systémique indolente", "indolent systemic mastocytosis", "cétirizine 10 mg BID et montélukast 10 mg",
     "cetirizine 10 mg BID and montelukast 10 mg"),
    ("asthme allergique modéré", "moderate allergic asthma", "Symbicort 200/6, 2 inh. BID", "Symbicort 200/6, 2 puffs BID"),
]


def autoinj_for(p, rng):
    """Age-appropriate epinephrine auto-injector (fr, en)."""
    if p.dob.year >= 2015:
        return rng.choice([("EpiPen Jr 0,15 mg", "EpiPen Jr 0.15 mg"), ("Allerject 0,15 mg", "Allerject 0.15 mg")])
    return rng.choice([("EpiPen 0,3 mg", "EpiPen 0.3 mg"), ("Allerject 0,3 mg", "Allerject 0.3 mg"),
                       ("Emerade 0,3 mg", "Emerade 0.3 mg")])
