"""People (patients, kin, staff) and the per-message context used by templates."""
import datetime as dt

import gen_common as C


class Person:
    def __init__(self, given, surname, sex):
        self.given = given
        self.surname = surname
        self.sex = sex

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Mrs." if self.sex == "F" else "Mr."

    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        if style in ("title", "title_full") and getattr(self, "age", 99) < 18:
            style = "full"  # no courtesy title for a child
        ini = "-".join(x[0] + "." for x in g.split("-"))
        return {
            "full": f"{g} {s}",
            "title": f"{self.title(lang)} {s}",
            "title_full": f"{self.title(lang)} {g} {s}",
            "upper_last": f"{s.upper()}, {g}",
            "last_first": f"{s}, {g}",
            "lower": f"{g.lower()} {s.lower()}",
            "initial": f"{ini} {s}",
            "given": g,
            "surname_caps": f"{s.upper()} {g}",
        }[style]


class Patient(Person):
    def __init__(self, given, surname, sex, dob, nam=None):
        super().__init__(given, surname, sex)
        self.dob = dob
        self.nam = nam


class Staff(Person):
    def __init__(self, given, surname, sex, role_fr, role_en, site, email, phone, md=False):
        super().__init__(given, surname, sex)
        self.role_fr, self.role_en = role_fr, role_en
        self.site = site
        self.email = email
        self.phone = phone
        self.md = md

    def role(self, lang):
        return self.role_fr if lang == "fr" else self.role_en

    def dr(self, lang):
        if lang == "fr":
            return ("Dre " if self.sex == "F" else "Dr ") + f"{self.given} {self.surname}"
        return f"Dr. {self.given} {self.surname}"

    def display(self, lang="fr"):
        return self.dr(lang) if self.md else f"{self.given} {self.surname}"


ROLES = {
    "nurse": ("infirmière clinicienne, SAD", "home care nurse"),
    "nurse_m": ("infirmier clinicien, SAD", "home care nurse"),
    "aux": ("auxiliaire aux services de santé et sociaux", "home support worker"),
    "sw": ("travailleuse sociale, SAD", "social worker, home care"),
    "ot": ("ergothérapeute", "occupational therapist"),
    "coord": ("coordonnatrice, soins palliatifs à domicile", "palliative home care coordinator"),
    "md": ("médecin, équipe de soins palliatifs", "physician, palliative care team"),
    "pharm": ("pharmacien", "pharmacist"),
    "clerk": ("agente administrative", "administrative clerk"),
    "mgr": ("chef de service, soutien à domicile", "home care program manager"),
    "vol": ("coordonnatrice des bénévoles", "volunteer coordinator"),
    "equip": ("technicien, prêt d'équipement", "equipment loan technician"),
    "hr": ("conseillère en ressources humaines", "human resources advisor"),
    "it": ("technicien, soutien informatique", "IT support technician"),
    "buyer": ("acheteuse, approvisionnement", "procurement officer"),
    "spirit": ("intervenant en soins spirituels", "spiritual care provider"),
    "grief": ("intervenante en suivi de deuil", "bereavement counsellor"),
}


class NamPool:
    """hands out NAM holders, least used first, in a fixed shuffled order"""

    def __init__(self, holders, rng):
        self.order = list(holders)
        rng.shuffle(self.order)
        self.count = {h.nam: 0 for h in self.order}

    def take(self, pred):
        cands = [h for h in self.order if pred(h)]
        best = min(self.count[h.nam] for h in cands)
        h = next(h for h in cands if self.count[h.nam] == best)
        self.count[h.nam] += 1
        return h


class Ctx:
    def __init__(self, rng, lang, when, nam_iter):
        self.rng = rng
        self.lang = lang
        self.when = when  # datetime of the message
        self._nams = nam_iter
        self._used = set()
        self.site = rng.choice(C.CLSCS)
        self.ids = []  # (kind, value) identifiers placed in the message
        self.nams = []  # NamHolder objects placed
        self.patients = []
        self.occ = 0  # how many times this template ran before in this corpus

    # -- basic helpers
    @property
    def fr(self):
        return self.lang == "fr"

    def t(self, fr, en):
        return fr if self.fr else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def chance(self, p):
        return self.rng.random() < p

    def phone(self, area=None):
        area = area or self.site[2]
        return f"({area}) 555-01{self.rng.randint(0, 99):02d}"

    def day(self, delta):
        return (self.when + dt.timedelta(days=delta)).date()

    def fday(self, delta, style=0):
        return C.fmt_day(self.day(delta), self.lang, style)

    def hour(self):
        h = self.rng.choice([8, 9, 10, 11, 13, 14, 15, 16])
        m = self.rng.choice([0, 0, 15, 30, 45])
        return f"{h}h{m:02d}" if self.fr else f"{h if h <= 12 else h - 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"

    # -- people
    def _fresh(self, pool_g, pool_s):
        for _ in range(100):
            g, s = self.pick(pool_g), self.pick(pool_s)
            if (g, s) not in self._used and s not in {x[1] for x in self._used}:
                self._used.add((g, s))
                return g, s
        raise RuntimeError("name pool exhausted")

    def staff(self, kind, lang=None):
        lang = lang or self.lang
        female = kind in ("nurse", "sw", "coord", "vol", "hr", "grief", "clerk", "buyer") or (
            kind not in ("nurse_m",) and self.chance(0.5))
        if kind == "nurse_m":
            female = False
        surs = C.STAFF_SUR_FR if (lang == "fr" or self.chance(0.3)) else C.STAFF_SUR_EN
        g, s = self._fresh(C.STAFF_GIV_F if female else C.STAFF_GIV_M, surs)
        rf, re_ = ROLES[kind]
        if not female:
            rf = rf.replace("infirmière clinicienne", "infirmier clinicien").replace(
                "travailleuse", "travailleur").replace("coordonnatrice", "coordonnateur").replace(
                "agente", "agent").replace("conseillère", "conseiller").replace("acheteuse", "acheteur").replace(
                "intervenante", "intervenant")
        if female:
            rf = rf.replace("technicien,", "technicienne,").replace("pharmacien", "pharmacienne").replace(
                "intervenant en soins", "intervenante en soins")
        email = f"{C.ascii_fold(g).lower().replace(' ', '')}.{C.ascii_fold(s).lower().replace(' ', '')}@{C.DOM}"
        return Staff(g, s, "F" if female else "M", rf, re_, self.site, email,
                     f"{self.phone()} poste {self.rng.randint(2100, 4899)}" if self.fr else
                     f"{self.phone()} ext. {self.rng.randint(2100, 4899)}", md=(kind == "md"))

    def kin(self, surname=None):
        female = self.chance(0.55)
        g = self.pick(C.KIN_GIV_F if female else C.KIN_GIV_M)
        if surname is None:
            _, surname = self._fresh(["x"], C.PAT_SUR_FR if self.fr else C.PAT_SUR_EN)
        return Person(g, surname, "F" if female else "M")

    def patient(self, nam=False, child=False, adult=False, lang=None):
        lang = lang or self.lang
        if nam:
            when = self.when.date()
            if child:
                pred = lambda h: C.age_at(h.dob, when) < 18
            elif adult:
                pred = lambda h: C.age_at(h.dob, when) >= 18
            else:
                pred = lambda h: True
            h = self._nams.take(pred)
            p = Patient(h.given, h.surname, h.sex, h.dob, h.nam)
            self._used.add((h.given, h.surname))
            self.nams.append(h)
            self.ids.append(("ramq_nam", h.nam))
        else:
            female = self.chance(0.5)
            if lang == "fr":
                g, s = self._fresh(C.PAT_GIV_FR_F if female else C.PAT_GIV_FR_M, C.PAT_SUR_FR)
            else:
                g, s = self._fresh(C.PAT_GIV_EN_F if female else C.PAT_GIV_EN_M, C.PAT_SUR_EN)
            if child:
                age = self.rng.randint(3, 16)
            elif self.chance(0.1):
                age = self.rng.randint(28, 44)
            else:
                age = self.rng.randint(58, 96)
            y = self.when.year - age - 1
            dob = dt.date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))
            p = Patient(g, s, "F" if female else "M", dob)
        p.age = C.age_at(p.dob, self.when.date())
        p.dx = C.dx_for(p.age, self.rng, p.sex)
        self.patients.append(p)
        city, fsa = self.pick(C.CITIES)
        p.street = f"{self.rng.randint(12, 2890)}, {self.pick(C.STREETS)}"
        if not self.fr:
            p.street = p.street.replace(",", "")
        p.city = city
        p.postal = f"{fsa} {self.rng.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVWXYZ')}{self.rng.randint(0, 9)}"
        p.tel = self.phone()
        p.mrn = C.make_mrn(self.rng)
        return p

    def social(self, p):
        return C.gender_fr(self.pick(C.SOCIAL_CHILD if p.age < 18 else C.SOCIAL)[0 if self.fr else 1], p.sex)

    def rel(self, kin):
        """relation label matching the relative's sex"""
        return self.pick(C.KIN_REL[kin.sex])[0 if self.fr else 1]

    def dx(self, p):
        return p.dx[0 if self.fr else 1]

    def meds(self, k=2):
        return [m[0 if self.fr else 1] for m in self.sample(C.MEDS, k)]

    def symptom(self):
        return self.pick(C.SYMPTOMS)[0 if self.fr else 1]

    def addr(self, p):
        return f"{p.street}, {p.city} (Québec) {p.postal}" if self.fr else f"{p.street}, {p.city}, QC {p.postal}"

    def nam_str(self, p, style=None):
        return C.fmt_nam(p.nam, style or self.pick(C.NAM_STYLES))

    def dob_str(self, p):
        return C.fmt_dob(p.dob, self.rng, self.lang)

    def sex_str(self, p):
        return C.sex_token(p.sex, self.lang, self.rng)

    def ident_line(self, p, with_mrn=False):
        """name + DOB + sex + NAM, as an identification line (NAM holder)."""
        nm = p.name(self.pick(["full", "upper_last", "last_first", "title_full", "surname_caps"]), self.lang)
        dob = self.dob_str(p)
        sx = self.sex_str(p)
        nam = self.nam_str(p)
        if self.fr:
            line = self.pick([
                f"{nm}, {'née' if p.sex == 'F' else 'né'} le {dob}, {sx}, NAM {nam}",
                f"Usager : {nm} | DDN {dob} | {sx} | RAMQ {nam}",
                f"{nm} ({dob}) {sx} — NAM : {nam}",
            ])
        else:
            line = self.pick([
                f"{nm}, DOB {dob}, {sx}, RAMQ {nam}",
                f"Client: {nm} | DOB {dob} | {sx} | Medicare (RAMQ) {nam}",
                f"{nm} ({dob}) {sx} - health card {nam}",
            ])
        if with_mrn:
            self.ids.append(("mrn", p.mrn))
            line += self.t(f", dossier {C.fmt_mrn(p.mrn, self.pick(['plain', 'hyphen', 'prefixed']))}",
                           f", chart # {C.fmt_mrn(p.mrn, self.pick(['plain', 'hyphen', 'prefixed']))}")
        return line

    def sig(self, s, short=False):
        name, addr, area = s.site
        if short:
            return f"{s.display(self.lang)}\n{s.role(self.lang)}"
        lines = [s.display(self.lang), s.role(self.lang), name if self.fr else f"{name} ({C.ORG_EN})",
                 addr, f"Tél. : {s.phone}" if self.fr else f"Tel: {s.phone}"]
        if self.chance(0.4):
            lines.append(self.t(f"Téléc. : ({area}) 555-01{self.rng.randint(0, 99):02d}",
                                f"Fax: ({area}) 555-01{self.rng.randint(0, 99):02d}"))
        if self.chance(0.3):
            lines.append(self.t(
                "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                "S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur.",
                "CONFIDENTIALITY NOTICE: this message may contain confidential information. If you "
                "received it in error, please delete it and notify the sender."))
        return "\n".join(lines)
