"""People factories: staff (senders, signatures) and patients (positives only)."""
import datetime

import gen_common as C


class Person:
    def __init__(self, given, sur, sex, lang, dob=None, holder=None):
        self.given, self.sur, self.sex, self.lang = given, sur, sex, lang
        self.dob = dob
        self.holder = holder
        self.street = None
        self.town = None
        self.postal = None
        self.tel = None
        self.mrn = None

    @property
    def full(self):
        return "%s %s" % (self.given, self.sur)


class Staff:
    def __init__(self, given, sur, role, service, site, lang, dr=False, dom=C.DOM):
        self.given, self.sur, self.role, self.service, self.site = given, sur, role, service, site
        self.lang = lang
        self.dr = dr
        self.email = C.email_of(given, sur, dom)
        self.ext = None

    @property
    def full(self):
        return "%s %s" % (self.given, self.sur)

    @property
    def display(self):
        if self.dr:
            return ("Dre " if self.lang == "fr" and self.given in FEMALE_GIVEN else "Dr ") + self.full
        return self.full


FEMALE_GIVEN = {"Hélène", "Isabelle", "Chantal", "Karine", "Mélanie", "Sophie", "Valérie", "Annie",
                "Nancy", "Julie", "Marie-Ève", "Caroline", "Lucie", "Josiane", "Margaret", "Rachel",
                "Priya", "Hannah", "Fiona", "Naomi", "Leah", "Erin", "Alison", "Meredith", "Rebecca"}

ROLES_FR = {
    "ssp": [("intervenante en soins spirituels", "intervenant en soins spirituels"),
            ("coordonnatrice, soins spirituels", "coordonnateur, soins spirituels"),
            ("aumônière (bénévole accréditée)", "aumônier (bénévole accrédité)")],
    "eth": [("conseillère en éthique clinique", "conseiller en éthique clinique"),
            ("présidente du comité d'éthique clinique", "président du comité d'éthique clinique")],
    "cpq": [("commissaire aux plaintes et à la qualité des services",) * 2,
            ("commissaire adjointe aux plaintes", "commissaire adjoint aux plaintes"),
            ("conseillère en traitement des plaintes", "conseiller en traitement des plaintes"),
            ("agente administrative, commissariat", "agent administratif, commissariat")],
    "pal": [("infirmière clinicienne, soins palliatifs", "infirmier clinicien, soins palliatifs"),
            ("assistante infirmière-chef", "assistant infirmier-chef"),
            ("infirmière, soins intensifs", "infirmier, soins intensifs")],
    "ts": [("travailleuse sociale", "travailleur social"),
           ("agente de relations humaines", "agent de relations humaines")],
}
ROLES_EN = {
    "ssp": ["Spiritual Care Practitioner", "Chaplain", "Coordinator, Spiritual Care",
            "Multifaith Chaplain (volunteer)"],
    "eth": ["Clinical Ethicist", "Ethics Consultant", "Chair, Clinical Ethics Committee"],
    "cpq": ["Service Quality and Complaints Commissioner", "Assistant Complaints Commissioner",
            "Complaints Officer", "Administrative Agent, Commissioner's Office"],
    "pal": ["Clinical Nurse, Palliative Care", "Assistant Head Nurse", "ICU Nurse"],
    "ts": ["Social Worker", "Hospital Social Worker", "Patient Navigator"],
}
MD_FR = [("médecin, soins palliatifs",) * 2, ("intensiviste",) * 2, ("psychiatre",) * 2,
         ("gériatre",) * 2, ("médecin de famille, CHSLD",) * 2, ("interniste",) * 2]
MD_EN = ["Palliative Care Physician", "Intensivist", "Psychiatrist", "Geriatrician",
         "Attending Physician, Internal Medicine", "Family Physician, LTC"]


def make_staff(rng, lang, service=None, dr=False):
    service = service or rng.choice(sorted(ROLES_FR))
    if lang == "fr":
        given, sur = rng.choice(C.STAFF_GIVEN_FR), rng.choice(C.STAFF_SUR_FR)
    elif rng.random() < 0.7:
        given, sur = rng.choice(C.STAFF_GIVEN_EN), rng.choice(C.STAFF_SUR_EN)
    else:
        given, sur = rng.choice(C.STAFF_GIVEN_FR), rng.choice(C.STAFF_SUR_FR)
    fem = given in FEMALE_GIVEN
    if lang == "fr":
        role = rng.choice(MD_FR if dr else ROLES_FR[service])[0 if fem else 1]
    else:
        role = rng.choice(MD_EN if dr else ROLES_EN[service])
    site = rng.choice(C.SITES)
    s = Staff(given, sur, role, service, site, lang, dr=dr)
    s.ext = "%d" % rng.randrange(2100, 7999)
    return s


def signature(s, rng, lang=None):
    lang = lang or s.lang
    code, site_fr, site_en, addr, tel = s.site
    serv = (C.SERVICES_FR if lang == "fr" else C.SERVICES_EN)[s.service]
    style = rng.randrange(4)
    if style == 0:
        return "%s\n%s\n%s | %s\n%s, poste %s" % (s.display, s.role, serv, site_fr if lang == "fr" else site_en,
                                                   tel, s.ext) if lang == "fr" else \
            "%s\n%s\n%s | %s\nTel. %s, ext. %s" % (s.display, s.role, serv, site_en, tel, s.ext)
    if style == 1:
        org = C.ORG_FR if lang == "fr" else C.ORG_EN
        return "-- \n%s, %s\n%s\n%s\n%s\n%s" % (s.display, s.role, serv, org, addr,
                                               ("Tél. : " if lang == "fr" else "Phone: ") + tel + (" #" + s.ext))
    if style == 2:
        return "%s\n%s" % (s.given, s.role)
    return "%s | %s\n%s\n%s %s p. %s" % (s.display, s.role, site_fr if lang == "fr" else site_en,
                                         "T" if lang == "en" else "Tél.", tel, s.ext)


def make_patient(rng, lang, sex=None, age_range=(19, 96), ref_year=2024, kind="qc"):
    sex = sex or rng.choice("FM")
    if kind == "be":
        given = rng.choice(["Annelies", "Griet", "Marie", "Sofie"] if sex == "F" else ["Pieter", "Luc", "Wim", "Koen"])
        sur = rng.choice(C.PAT_SUR_BE)
    elif kind == "france":
        given = rng.choice(["Camille", "Nathalie", "Élodie", "Brigitte"] if sex == "F" else ["Thierry", "Julien", "Hervé", "Bruno"])
        sur = rng.choice(C.PAT_SUR_FRANCE)
    elif lang == "fr":
        given = rng.choice(C.PAT_GIVEN_FR_F if sex == "F" else C.PAT_GIVEN_FR_M)
        sur = rng.choice(C.PAT_SUR_FR)
    else:
        given = rng.choice(C.PAT_GIVEN_EN_F if sex == "F" else C.PAT_GIVEN_EN_M)
        sur = rng.choice(C.PAT_SUR_EN)
    age = rng.randrange(*age_range)
    dob = datetime.date(ref_year - age, rng.randrange(1, 13), rng.randrange(1, 29))
    p = Person(given, sur, sex, lang, dob=dob)
    _fill(p, rng, lang)
    return p


def from_holder(h, rng, lang):
    p = Person(h.given, h.sur, h.sex, lang, dob=h.dob, holder=h)
    _fill(p, rng, lang)
    return p


def _fill(p, rng, lang):
    town, postal = rng.choice(C.TOWNS)
    if lang == "en" and rng.random() < 0.6:
        p.street = "%d %s" % (rng.randrange(10, 2999), rng.choice(C.STREETS_EN))
    else:
        p.street = "%d, %s" % (rng.randrange(10, 2999), rng.choice(C.STREETS))
    if rng.random() < 0.3:
        p.street += (" app. %d" if lang == "fr" else ", apt. %d") % rng.randrange(1, 40)
    p.town, p.postal = town, postal
    p.tel = C.phone(rng)
    p.mrn = C.make_mrn(rng)
