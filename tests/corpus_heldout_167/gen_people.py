"""Patients, staff and how people are named."""
import datetime
import unicodedata

import gen_data as D
import gen_ids as I


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_local(given, surname):
    g = ascii_fold(given).lower().replace(" ", "").replace("'", "")
    s = ascii_fold(surname).lower().replace(" ", "").replace("'", "")
    return "%s.%s" % (g, s)


class Patient:
    def __init__(self, surname, given, sex, dob, nam=None, province="QC"):
        self.surname, self.given, self.sex, self.dob = surname, given, sex, dob
        self.nam = nam
        self.province = province
        self.mrn = None
        self.phone = None
        self.address = None
        self.sin = None
        self.ohip = None
        self.niss = None
        self.nir = None

    def name(self, style, lang):
        g, s = self.given, self.surname
        fem = self.sex == "F"
        if style == "full":
            return "%s %s" % (g, s)
        if style == "title_full":
            if lang == "fr":
                return "%s %s %s" % ("Mme" if fem else "M.", g, s)
            return "%s %s %s" % ("Ms." if fem else "Mr.", g, s)
        if style == "title_sur":
            if lang == "fr":
                return "%s %s" % ("Mme" if fem else "M.", s)
            return "%s %s" % ("Mrs." if fem else "Mr.", s)
        if style == "upper_comma":
            return "%s, %s" % (s.upper(), g)
        if style == "sur_comma":
            return "%s, %s" % (s, g)
        if style == "upper_first":
            return "%s %s" % (s.upper(), g)
        if style == "lower":
            return ("%s %s" % (g, s)).lower()
        if style == "lower_sur_first":
            return ("%s %s" % (s, g)).lower()
        if style == "initial_sur":
            return "%s. %s" % (g[0], s)
        if style == "initials_sur":
            parts = g.replace("-", " ").split()
            return "%s %s" % ("".join(p[0] for p in parts), s)
        if style == "sur_only_upper":
            return s.upper()
        raise ValueError(style)

    def pron(self, lang):
        if lang == "fr":
            return "elle" if self.sex == "F" else "il"
        return "she" if self.sex == "F" else "he"

    def poss(self, lang):
        return "her" if self.sex == "F" else "his"

    def obj(self, lang):
        return "her" if self.sex == "F" else "him"

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Ms." if self.sex == "F" else "Mr."

    def agree(self, fr_m, fr_f):
        return fr_f if self.sex == "F" else fr_m


NAME_STYLES = ["full", "title_full", "title_sur", "upper_comma", "sur_comma", "upper_first",
               "lower", "lower_sur_first", "initial_sur", "initials_sur", "full", "title_full"]


class Staff:
    def __init__(self, given, surname, sex, role, domain=D.DOMAIN):
        self.given, self.surname, self.sex, self.role = given, surname, sex, role
        self.email = "%s@%s" % (email_local(given, surname), domain)

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def doc(self, lang):
        if self.role in ("hemonc", "radonc", "gp", "surgeon", "resident"):
            if lang == "fr":
                return ("Dre " if self.sex == "F" else "Dr ") + self.full
            return "Dr. " + self.full
        return self.full

    def doc_short(self, lang):
        if lang == "fr":
            return ("Dre " if self.sex == "F" else "Dr ") + self.surname
        return "Dr. " + self.surname


ROLE_TITLES = {
    "hemonc": ("Hémato-oncologue", "Hematologist-oncologist"),
    "radonc": ("Radio-oncologue", "Radiation oncologist"),
    "pharm": ("Pharmacienne en oncologie", "Oncology pharmacist"),
    "atp": ("Assistante technique en pharmacie", "Pharmacy technician"),
    "ipo": ("Infirmière pivot en oncologie (IPO)", "Nurse navigator (IPO)"),
    "nurse": ("Infirmière clinicienne, centre de jour", "Clinical nurse, day centre"),
    "clerk": ("Agente administrative, rendez-vous chimiothérapie", "Administrative agent, chemotherapy booking"),
    "sw": ("Travailleuse sociale", "Social worker"),
    "diet": ("Nutritionniste", "Dietitian"),
    "manager": ("Cheffe de service, oncologie ambulatoire", "Manager, ambulatory oncology"),
    "dosi": ("Dosimétriste", "Dosimetrist"),
    "rtt": ("Technologue en radio-oncologie", "Radiation therapist"),
    "tbcoord": ("Coordonnatrice, comités des tumeurs", "Tumour board coordinator"),
    "it": ("Technicien, soutien informatique", "IT support technician"),
    "facilities": ("Service des installations matérielles", "Facilities department"),
    "hr": ("Conseillère en ressources humaines", "Human resources advisor"),
    "payroll": ("Service de la paie", "Payroll"),
    "procure": ("Acheteuse, approvisionnement", "Buyer, procurement"),
    "gp": ("Médecin de famille", "Family physician"),
    "surgeon": ("Chirurgien général", "General surgeon"),
    "resident": ("Résidente en hémato-oncologie", "Hematology-oncology resident"),
    "research": ("Coordonnatrice de recherche clinique", "Clinical research coordinator"),
    "quality": ("Conseillère qualité et gestion des risques", "Quality and risk advisor"),
    "comm": ("Communications", "Communications"),
}

ROLE_COUNTS = [("hemonc", 6), ("radonc", 3), ("pharm", 3), ("atp", 2), ("ipo", 4), ("nurse", 6),
               ("clerk", 3), ("sw", 2), ("diet", 1), ("manager", 1), ("dosi", 1), ("rtt", 2),
               ("tbcoord", 1), ("it", 2), ("facilities", 1), ("hr", 2), ("payroll", 1),
               ("procure", 1), ("gp", 3), ("surgeon", 2), ("resident", 2), ("research", 1),
               ("quality", 1), ("comm", 1)]

FEMALE_ROLES = {"ipo", "nurse", "clerk", "sw", "diet", "manager", "tbcoord", "hr", "procure", "research",
                "quality", "atp", "pharm"}
EXTERNAL_DOMAINS = {"gp": D.PARTNERS["gmf"][2], "surgeon": D.PARTNERS["surgery"][2]}


def build_staff(rng):
    surnames = list(D.STAFF_SURNAMES)
    rng.shuffle(surnames)
    staff = {}
    used = set()
    for role, n in ROLE_COUNTS:
        staff[role] = []
        for _ in range(n):
            fem = role in FEMALE_ROLES and rng.random() < 0.85 or (role not in FEMALE_ROLES and rng.random() < 0.45)
            pool = D.STAFF_GIVEN_F if fem else D.STAFF_GIVEN_M
            free = [g for g in pool if g not in used] or pool
            given = rng.choice(free)
            used.add(given)
            sur = surnames.pop()
            staff[role].append(Staff(given, sur, "F" if fem else "M", role,
                                     EXTERNAL_DOMAINS.get(role, D.DOMAIN)))
    return staff


def signature(st, lang, rng, short=False):
    title = ROLE_TITLES[st.role][0 if lang == "fr" else 1]
    if st.role == "pharm" and st.sex == "M":
        title = "Pharmacien en oncologie" if lang == "fr" else title
    if st.role == "nurse" and st.sex == "M":
        title = "Infirmier clinicien, centre de jour" if lang == "fr" else title
    if st.role == "ipo" and st.sex == "M":
        title = "Infirmier pivot en oncologie (IPO)" if lang == "fr" else title
    name = st.doc(lang)
    if short:
        return [st.given]
    lines = [name, title]
    if st.role in ("gp",):
        lines.append(D.PARTNERS["gmf"][0 if lang == "fr" else 1])
    elif st.role == "surgeon":
        lines.append(D.PARTNERS["surgery"][0 if lang == "fr" else 1])
    elif st.role in ("radonc", "dosi", "rtt"):
        lines.append(D.RADONC_FR if lang == "fr" else D.RADONC_EN)
        lines.append("Tél. : %s" % D.CLINIC_PHONES["radonc"] if lang == "fr" else "Tel: %s" % D.CLINIC_PHONES["radonc"])
    else:
        lines.append(D.ORG_FR if lang == "fr" else D.ORG_EN)
        if rng.random() < 0.6:
            lines.append(D.CLINIC_ADDR if lang == "fr" else D.CLINIC_ADDR_EN)
        key = {"pharm": "pharmacie", "atp": "pharmacie", "ipo": "ipo", "clerk": "rdv"}.get(st.role, "centre")
        ext = rng.randrange(2000, 4999)
        if lang == "fr":
            lines.append("Tél. : %s, poste %d | Téléc. : %s" % (D.CLINIC_PHONES[key], ext, D.CLINIC_PHONES["fax"]))
        else:
            lines.append("Tel: %s ext. %d | Fax: %s" % (D.CLINIC_PHONES[key], ext, D.CLINIC_PHONES["fax"]))
    return lines


class PatientFactory:
    def __init__(self, rng, nams):
        self.rng = rng
        adults = [r for r in nams if r["dob"].year <= 2005]
        rng.shuffle(adults)
        self.nam_queue = adults
        self.nam_i = 0
        self.sur = list(D.PATIENT_SURNAMES)
        rng.shuffle(self.sur)
        self.sur_i = 0
        self.be = list(D.BELGIAN_PATIENTS)
        self.fr = list(D.FRENCH_PATIENTS)
        rng.shuffle(self.be)
        rng.shuffle(self.fr)
        self.used_holders = []

    def _dob(self, lo=1938, hi=1992):
        y = self.rng.randrange(lo, hi)
        return datetime.date(y, self.rng.randrange(1, 13), self.rng.randrange(1, 29))

    def _finish(self, p, lang):
        rng = self.rng
        p.mrn = I.make_mrn(rng)
        p.phone = I.make_phone(rng, "613" if p.province == "ON" else None)
        p.address = I.make_address(rng, lang, p.province)
        return p

    def nam_holder(self, lang):
        r = self.nam_queue[self.nam_i % len(self.nam_queue)]
        self.nam_i += 1
        p = Patient(r["surname"], r["given"], r["sex"], r["dob"], nam=r["nam"])
        self.used_holders.append(r)
        return self._finish(p, lang)

    def invented(self, lang, province="QC"):
        sur = self.sur[self.sur_i % len(self.sur)]
        self.sur_i += 1
        fem = self.rng.random() < 0.55
        given = self.rng.choice(D.PATIENT_GIVEN_F if fem else D.PATIENT_GIVEN_M)
        p = Patient(sur, given, "F" if fem else "M", self._dob(), province=province)
        return self._finish(p, lang)

    def ontario(self, lang):
        p = self.invented(lang, province="ON")
        p.ohip = I.make_ohip(self.rng)
        return p

    def belgian(self, lang):
        sur, given, sex = self.be.pop()
        p = Patient(sur, given, sex, self._dob(1945, 1990))
        self._finish(p, lang)
        p.niss = I.make_niss(self.rng, p.dob, sex)
        return p

    def french(self, lang):
        sur, given, sex = self.fr.pop()
        p = Patient(sur, given, sex, self._dob(1945, 1990))
        self._finish(p, lang)
        p.nir = I.make_nir(self.rng, p.dob, sex)
        return p
