"""Per-run context (patients, staff) and per-message recorder of what was inserted."""
import datetime as dt

from gen_common import (STAFF, Patient, fmt_date, fmt_mrn, fmt_nam, fmt_niss, fmt_nir, fmt_ohip,
                        fmt_sin, home_address, invented_patient, load_nams, make_mrn, personal_phone,
                        staff_display, staff_email)

CLOCK = {"today": dt.date(2024, 11, 15)}


def today():
    """The date the message being written is sent (set by the generator)."""
    return CLOCK["today"]

IDENT_TYPES = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
INFO_TYPES = {"date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact",
              "social_information"}
ALL_TYPES = IDENT_TYPES | INFO_TYPES


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        holders = load_nams()
        self.holders = holders
        adults, kids = [], []
        for h in holders:
            p = Patient(h["given"], h["surname"], h["sex"], h["dob"], nam=h["nam"])
            (kids if h["dob"].year >= 2007 else adults).append(p)
            self.used.add((h["given"], h["surname"]))
        rng.shuffle(adults)
        rng.shuffle(kids)
        self.adults, self.kids = adults, kids
        self.ai = self.ki = 0

    def nam_adult(self):
        p = self.adults[self.ai % len(self.adults)]
        self.ai += 1
        return self._ready(p)

    def nam_child(self):
        p = self.kids[self.ki % len(self.kids)]
        self.ki += 1
        return self._ready(p)

    def patient(self):
        return self._ready(invented_patient(self.rng, self.used))

    def _ready(self, p):
        if p.mrn is None:
            p.mrn = make_mrn(self.rng)
            p.addr_fr = home_address(self.rng, "fr")
            p.addr_en = home_address(self.rng, "en")
            p.phone = personal_phone(self.rng)
        return p

    def staff(self, *roles):
        pool = [s for s in STAFF if not roles or any(r in s[4] for r in roles)]
        return self.rng.choice(pool)

    def staff_many(self, n, *roles):
        pool = [s for s in STAFF if not roles or any(r in s[4] for r in roles)]
        return self.rng.sample(pool, n)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    @staticmethod
    def mb(person):
        return (staff_display(person), staff_email(person))


class Rec:
    """Collects every identifier and finding inserted in one message."""

    def __init__(self, lang):
        self.lang = lang
        self.types = set()
        self.names, self.holders, self.dobs = [], [], []
        self.ids = {"sin": [], "ohip": [], "niss": [], "nir": [], "mrn": []}

    def t(self, *types):
        for x in types:
            assert x in ALL_TYPES, x
            self.types.add(x)

    def name(self, p, style="full", lang=None):
        s = p.name(lang or self.lang, style)
        self.names.append(s)
        self.t("patient_name")
        return s

    def given(self, p):
        self.names.append(p.given)
        self.t("patient_name")
        return p.given

    def nam(self, p, style="plain"):
        assert p.nam
        self.holders.append(p)
        self.t("ramq_nam")
        return fmt_nam(p.nam, style)

    def dob(self, p, style="iso"):
        s = fmt_date(p.dob, style)
        self.dobs.append(s)
        self.t("date_of_birth")
        return s

    def sex(self, p, lang=None):
        lang = lang or self.lang
        return p.sex if lang == "fr" or True else p.sex

    def mrn(self, p, style="plain"):
        self.ids["mrn"].append(p.mrn)
        self.t("mrn")
        return fmt_mrn(p.mrn, style)

    def sin(self, num, style="spaced"):
        self.ids["sin"].append(num)
        self.t("ca_sin")
        return fmt_sin(num, style)

    def ohip(self, num, style="spaced", vc="AB"):
        self.ids["ohip"].append(num)
        self.t("ca_health_number")
        return fmt_ohip(num, style, vc)

    def niss(self, num, style="official"):
        self.ids["niss"].append(num)
        self.t("be_niss")
        return fmt_niss(num, style)

    def nir(self, num, style="spaced"):
        self.ids["nir"].append(num)
        self.t("fr_nir")
        return fmt_nir(num, style)

    def addr(self, p, lang=None):
        self.t("patient_contact")
        return p.addr_fr if (lang or self.lang) == "fr" else p.addr_en

    def phone(self, p):
        self.t("patient_contact")
        return p.phone

    def idblock(self, p, variant, lang=None, nam_style="plain", dob_style="iso", mrn=False):
        """Several ways a clerk writes a patient's identification (name, DOB, sex, NAM)."""
        lang = lang or self.lang
        sx = p.sex
        if lang == "fr":
            if variant == 0:
                s = (f"Patient(e) : {self.name(p, 'title')}\nDate de naissance : {self.dob(p, dob_style)}"
                     f"   Sexe : {sx}\nNAM : {self.nam(p, nam_style)}")
            elif variant == 1:
                s = (f"{self.name(p, 'upper_comma')} — né(e) le {self.dob(p, dob_style)} — sexe {sx} — "
                     f"NAM {self.nam(p, nam_style)}")
            elif variant == 2:
                s = (f"Nom : {p.surname}   Prénom : {p.given}   Sexe : {sx}\n"
                     f"DDN : {self.dob(p, dob_style)}   RAMQ : {self.nam(p, nam_style)}")
                self.names.append(p.surname)
                self.t("patient_name")
            else:
                s = (f"{self.name(p, 'sur_first')} ({sx}), DDN {self.dob(p, dob_style)}, "
                     f"carte d'ass. maladie {self.nam(p, nam_style)}")
        else:
            if variant == 0:
                s = (f"Patient: {self.name(p, 'title', 'en')}\nDOB: {self.dob(p, dob_style)}   Sex: {sx}\n"
                     f"RAMQ (NAM): {self.nam(p, nam_style)}")
            elif variant == 1:
                s = (f"{self.name(p, 'upper_comma', 'en')} | Sex: {sx} | DOB {self.dob(p, dob_style)} | "
                     f"HIN (QC) {self.nam(p, nam_style)}")
            elif variant == 2:
                s = (f"Name: {p.surname}, {p.given}  Sex: {sx}\nBorn: {self.dob(p, dob_style)}  "
                     f"Medicare #: {self.nam(p, nam_style)}")
                self.names.append(f"{p.surname}, {p.given}")
                self.t("patient_name")
            else:
                s = (f"{self.name(p, 'full', 'en')} ({sx}), DOB {self.dob(p, dob_style)}, "
                     f"QC health card {self.nam(p, nam_style)}")
        if mrn:
            s += ("\nNo de dossier : " if lang == "fr" else "\nChart #: ") + self.mrn(p, "prefixed")
        return s


def to_patient(p):
    """Mailbox for mail sent to a patient's personal address."""
    from gen_common import fold
    local = (fold(p.given)[0] + "." + fold(p.surname).replace("'", "").replace(" ", "")).lower()
    return (f"{p.given} {p.surname}", f"{local}{p.dob.year % 100:02d}@courriel-perso.example")


EXT_MD = [
    ("Dre Hélène Mercier", "hmercier@gmf-troisponts.example", "GMF des Trois-Ponts", "450-555-0171"),
    ("Dr François Gendron", "f.gendron@gmf-riviere-grise.example", "GMF de Rivière-Grise", "450-555-0173"),
    ("Dr Alain Turcotte", "aturcotte@clinique-valbrule.example", "Clinique médicale Val-Brûlé", "819-555-0175"),
    ("Dre Sandrine Comeau", "scomeau@gmf-lacauxherons.example", "GMF Lac-aux-Hérons", "450-555-0177"),
    ("Dr Peter Hollis", "phollis@westside-fht.example", "Westside Family Health Team", "613-555-0179"),
    ("Dr Amrit Sandhu", "asandhu@riverbend-medical.example", "Riverbend Medical Clinic", "450-555-0181"),
]

PHARMACIES = [
    ("Pharmacie Lafleur et Ouimette", "ordonnances@pharmacie-lafleur.example", "450-555-0184"),
    ("Pharmacie du Vieux-Moulin", "labo@pharma-vieuxmoulin.example", "450-555-0186"),
    ("Greenway Pharmacy", "rx@greenway-pharmacy.example", "450-555-0188"),
]


def spec(cat, lang, subject, frm, to, text, rec, note, **kw):
    d = {"cat": cat, "lang": lang, "subject": subject, "from": frm, "to": list(to), "text": text,
         "rec": rec, "note": note}
    d.update(kw)
    return d
