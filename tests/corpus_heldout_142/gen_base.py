"""People, signatures, quoting and the patient allocator shared by templates."""
import datetime

from gen_common import (CCS, COTI, HOSP, HOSP_BY, ORG, addr_of, dr, fmt_date, phone, staff,
                        synth_patient, age_at)

ROLES = {  # key: (fr masculine, fr feminine, en)
    "pcp": ("Paramédic en soins primaires", "Paramédic en soins primaires", "Primary Care Paramedic"),
    "psa": ("Paramédic en soins avancés", "Paramédic en soins avancés", "Advanced Care Paramedic"),
    "sup": ("Superviseur des opérations", "Superviseure des opérations", "Operations Supervisor"),
    "coord": ("Coordonnateur clinique, transferts", "Coordonnatrice clinique, transferts", "Clinical Coordinator, Transfers"),
    "rmu": ("Répartiteur médical d'urgence", "Répartitrice médicale d'urgence", "Emergency Medical Dispatcher"),
    "qual": ("Chef de service, qualité et performance", "Cheffe de service, qualité et performance", "Quality & Performance Lead"),
    "adm": ("Agent administratif", "Agente administrative", "Administrative Officer"),
    "dm": ("Directeur médical régional", "Directrice médicale régionale", "Regional Medical Director"),
    "liaison": ("Infirmier de liaison", "Infirmière de liaison", "Liaison Nurse"),
    "beds": ("Gestionnaire des lits", "Gestionnaire des lits", "Bed Manager"),
    "hr": ("Conseiller en ressources humaines", "Conseillère en ressources humaines", "HR Advisor"),
    "fin": ("Technicien en administration, comptabilité", "Technicienne en administration, comptabilité", "Accounts Payable Technician"),
    "fleet": ("Responsable du parc de véhicules", "Responsable du parc de véhicules", "Fleet Manager"),
    "it": ("Analyste, soutien informatique", "Analyste, soutien informatique", "IT Support Analyst"),
    "md_er": ("Urgentologue", "Urgentologue", "Emergency Physician"),
    "billing": ("Agent de facturation", "Agente de facturation", "Billing Officer"),
    "comms": ("Conseiller en communication", "Conseillère en communication", "Communications Advisor"),
    "dir": ("Directeur des opérations", "Directrice des opérations", "Director of Operations"),
}


class Who:
    def __init__(self, person, role, org, dom, lang, is_md=False):
        self.p = person
        self.role = role
        self.org = org
        self.dom = dom
        self.lang = lang
        self.is_md = is_md
        self.email = addr_of(person, dom)

    @property
    def name(self):
        return self.p.given + " " + self.p.surname

    def display(self, lang):
        return dr(self.p, lang) if self.is_md else self.name

    def pair(self, lang=None):
        return (self.display(lang or self.lang), self.email)


def spbo(C, role, sex=None, lang=None):
    p = staff(C.rng, lang or C.lang, sex)
    return Who(p, role, ORG, ORG["dom"], lang or C.lang, is_md=role in ("dm", "md_er"))


def ccs(C, role="rmu"):
    p = staff(C.rng, C.lang)
    return Who(p, role, CCS, CCS["dom"], C.lang)


def coti(C, role="coord"):
    p = staff(C.rng, C.lang, "F" if role == "coord" else None)
    return Who(p, role, COTI, COTI["dom"], C.lang)


def hosp_staff(C, hkey=None, role="liaison", md=False):
    h = HOSP_BY[hkey] if hkey else C.pick([x for x in HOSP if x["prov"] == "QC"])
    p = staff(C.rng, "en" if h["prov"] == "ON" else C.lang)
    w = Who(p, role, h, h["dom"], C.lang, is_md=md)
    w.hosp = h
    return w


def sig(C, who, short=False):
    lang = C.lang
    role = ROLES[who.role][(1 if who.p.sex == "F" else 0) if lang == "fr" else 2]
    org = who.org["fr" if lang == "fr" else "en"]
    lines = ["--", who.display(lang), role, org]
    if short:
        return "\n".join(lines[:3])
    tel = who.org.get("tel") or ORG["tel"]
    if who.org is ORG:
        lines.append(ORG["addr"])
    lines.append(("Tél. : " if lang == "fr" else "Tel: ") + tel +
                 (" poste %d" % C.rng.randint(2100, 2499) if lang == "fr" else " ext. %d" % C.rng.randint(2100, 2499)))
    if C.rng.random() < 0.4:
        lines.append(C.fr("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                          "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
                          "CONFIDENTIALITY NOTICE: this message may contain confidential information. If you "
                          "received it in error, please delete it and notify the sender."))
    return "\n".join(lines)


def greet(C, who=None, first=True):
    if who is None:
        return C.pick(C.fr(["Bonjour,", "Bonjour à tous,", "Salut,"], ["Hi,", "Hello,", "Good morning,", "Hi all,"]))
    nm = who.p.given if first else who.display(C.lang)
    return C.pick(C.fr(["Bonjour %s,", "Salut %s,", "%s,"], ["Hi %s,", "Hello %s,", "%s,"])) % nm


def closing(C):
    return C.pick(C.fr(["Merci,", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci!"],
                       ["Thanks,", "Thank you,", "Regards,", "Best,", "Cheers,"]))


def quote(text, style=">"):
    return "\n".join((style + " " + ln) if ln else style for ln in text.split("\n"))


def fwd_header(C, who_from, to_pair, when, subject):
    if C.lang == "fr":
        return ("De : %s <%s>\nEnvoyé : %s %02dh%02d\nÀ : %s\nObjet : %s\n"
                % (who_from.display("fr"), who_from.email, fmt_date(when, "fr", style=2),
                   C.rng.randint(6, 22), C.rng.randint(0, 59), to_pair[0], subject))
    return ("From: %s <%s>\nSent: %s %d:%02d %s\nTo: %s\nSubject: %s\n"
            % (who_from.display("en"), who_from.email, fmt_date(when, "en", style=1), C.rng.randint(1, 11),
               C.rng.randint(0, 59), C.pick(["AM", "PM"]), to_pair[0], subject))


def on_wrote(C, who, when):
    if C.lang == "fr":
        return "Le %s à %02d:%02d, %s <%s> a écrit :" % (fmt_date(when, "fr", style=2), C.rng.randint(6, 22),
                                                        C.rng.randint(0, 59), who.display("fr"), who.email)
    return "On %s at %d:%02d %s, %s <%s> wrote:" % (fmt_date(when, "en", style=1), C.rng.randint(1, 11),
                                                    C.rng.randint(0, 59), C.pick(["AM", "PM"]),
                                                    who.display("en"), who.email)


def call_no(C):
    return "%02d-%06d" % (C.today.year % 100, C.rng.randint(1000, 99999))


def unit_no(C):
    return "%d-%02d" % (C.pick([13, 14, 17, 21]), C.rng.randint(1, 48))


def earlier(C, days=0, hours=0):
    return C.today - datetime.timedelta(days=days)


class Allocator:
    """Hands out NAM holders (each used once at most) and synthetic patients."""

    def __init__(self, holders, rng):
        self.queue = list(holders)
        rng.shuffle(self.queue)
        self.used = []

    def take(self, C, min_age=0, max_age=200, sex=None):
        for i, p in enumerate(self.queue):
            a = age_at(p.dob, C.today)
            if min_age <= a <= max_age and (sex is None or p.sex == sex):
                self.queue.pop(i)
                self.used.append(p)
                return p
        return None

    def qc(self, C, nam=True, min_age=0, max_age=200, sex=None, lang=None):
        if nam:
            p = self.take(C, min_age, max_age, sex)
            if p:
                return p
        lo = max(min_age, 0)
        hi = min(max_age, 96)
        return synth_patient(C.rng, lang or C.lang, (lo, hi), C.today, sex)
