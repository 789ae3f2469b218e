"""Organisations, staff addresses, greetings and signatures (all invented)."""
from gen_common import fold

ORGS_FR = [
    ("Clinique virtuelle Boréale", "cvb-virtuel.example", "2150, boul. du Fleuve, bureau 300, Val-Fleuri (Québec) J0X 2K0"),
    ("CISSS de la Vallée-des-Érables", "cisss-vde.example", "455, rue de l'Hôtel-de-Ville, Pointe-aux-Érables (Québec) J7Y 0C1"),
    ("Hôpital Saint-Aurèle", "hsa.example", "1000, avenue de la Santé, Saint-Aurèle-du-Lac (Québec) G0Z 1Q1"),
    ("Centre de télésurveillance à domicile", "telesurv-vde.example", "80, rue du Quai, 2e étage, Lac-Brumeux (Québec) J0W 3R1"),
    ("GMF-U des Deux-Rives", "gmfu-deuxrives.example", "312, rue de la Gare, Sainte-Ovide (Québec) G0A 9V1"),
]
ORGS_EN = [
    ("Lakeshore Virtual Care", "lakeshore-vc.example", "600 Harbourfront Way, Suite 210, Fernbrook ON K7X 0A1"),
    ("Riverside Regional Health", "riverside-rh.example", "77 Hospital Road, Maple Hollow ON K0L 9Z1"),
    ("Hôpital Saint-Aurèle", "hsa.example", "1000, avenue de la Santé, Saint-Aurèle-du-Lac (Québec) G0Z 1Q1"),
]

ROLES_FR = {
    "rn": ("Infirmière clinicienne – télésurveillance", "Infirmier clinicien – télésurveillance"),
    "clerk": ("Agente administrative, clinique virtuelle", "Agent administratif, clinique virtuelle"),
    "it": ("Technicienne en soutien informatique", "Technicien en soutien informatique"),
    "pharm": ("Pharmacienne", "Pharmacien"),
    "sw": ("Travailleuse sociale", "Travailleur social"),
    "derm": ("Dermatologue", "Dermatologue"),
    "md": ("Médecin de famille", "Médecin de famille"),
    "coord": ("Coordonnatrice, soins virtuels", "Coordonnateur, soins virtuels"),
    "mgr": ("Cheffe de service, télésanté", "Chef de service, télésanté"),
    "hr": ("Conseillère en gestion des ressources humaines", "Conseiller en gestion des ressources humaines"),
    "psy": ("Psychiatre", "Psychiatre"),
    "cardio": ("Cardiologue", "Cardiologue"),
    "resp": ("Inhalothérapeute", "Inhalothérapeute"),
}
ROLES_EN = {
    "rn": "RN, Remote Patient Monitoring",
    "clerk": "Virtual Clinic Administrative Assistant",
    "it": "IT Service Desk Analyst – Virtual Care",
    "pharm": "Clinical Pharmacist",
    "sw": "Social Worker, MSW",
    "derm": "Dermatologist",
    "md": "Family Physician",
    "coord": "Virtual Care Coordinator",
    "mgr": "Manager, Telehealth Programs",
    "hr": "Human Resources Advisor",
    "psy": "Psychiatrist",
    "cardio": "Cardiologist",
    "resp": "Respiratory Therapist",
}
MD_ROLES = ("derm", "md", "psy", "cardio")

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                 "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only "
                 "for the addressee. If you received it in error, please notify the sender and delete it.")


def email_of(person, domain, style=0):
    g = fold(person["given"]).replace(" ", "").replace("'", "")
    s = fold(person["surname"]).replace(" ", "").replace("'", "")
    if style == 1:
        return "%s%s@%s" % (g[0], s, domain)
    return "%s.%s@%s" % (g, s, domain)


def display(person, role=None, lang="fr"):
    pre = ""
    if role in MD_ROLES:
        pre = ("Dre " if person["sex"] == "F" else "Dr ") if lang == "fr" else "Dr. "
    return pre + person["given"] + " " + person["surname"]


def role_title(person, role, lang):
    if lang == "fr":
        f, m = ROLES_FR[role]
        return f if person["sex"] == "F" else m
    return ROLES_EN[role]


def signature(ctx, person, role, org, lang, disclaimer=None):
    rng = ctx.rng
    name, domain, adr = org
    role = person.get("role", role)
    style = rng.randrange(5)
    tel = ctx.phone_fmt()
    poste = rng.randrange(2000, 7999)
    t = role_title(person, role, lang)
    dname = display(person, role, lang)
    if style == 0:
        s = "%s\n%s\n%s\nTél. : %s, poste %d" % (dname, t, name, tel, poste) if lang == "fr" else \
            "%s\n%s\n%s\nTel: %s ext. %d" % (dname, t, name, tel, poste)
    elif style == 1:
        s = "-- \n%s | %s\n%s\n%s" % (dname, t, name, adr)
    elif style == 2:
        s = "%s\n%s" % (person["given"], name)
    elif style == 3:
        s = "%s, %s\n%s – %s\n%s  |  %s" % (dname, t, name, adr, tel, email_of(person, domain))
    else:
        s = "%s %s" % (person["given"][0] + ".", person["surname"])
    if disclaimer is None:
        disclaimer = rng.random() < 0.3
    if disclaimer:
        s += "\n\n" + (DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN)
    return s


def greet(ctx, lang, who=None):
    rng = ctx.rng
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour %s," % who if who else "Bonjour à tous,", "Salut,",
                "Bonjour %s," % who if who else "Bonjour,", "Allô,", ""]
    else:
        opts = ["Hi,", "Hello %s," % who if who else "Hello,", "Hi %s," % who if who else "Hi all,",
                "Good morning,", ""]
    return rng.choice(opts)


def close(ctx, lang):
    rng = ctx.rng
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci à l'avance",
                           "Bonne fin de journée", "Au plaisir,", ""])
    return rng.choice(["Thanks!", "Thank you,", "Best,", "Regards,", "Cheers,", "Many thanks", ""])


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def fwd_header(lang, frm, to, date, subject, style=0):
    if lang == "fr":
        if style == 0:
            return ("-------- Message transféré --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n"
                    % (frm, date, to, subject))
        return ("De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (frm, date, to, subject))
    if style == 0:
        return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n"
                % (frm, date, subject, to))
    return "From: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (frm, date, to, subject)


def reply_intro(lang, who, date):
    if lang == "fr":
        return "Le %s, %s a écrit :" % (date, who)
    return "On %s, %s wrote:" % (date, who)


def fr_date_long(d):
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    from gen_common import MONTHS_FR
    return "%s %s %s %d" % (jours[d.weekday()], "1er" if d.day == 1 else str(d.day), MONTHS_FR[d.month - 1], d.year)


def en_date_long(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
