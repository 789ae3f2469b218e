"""Generation context: seeded choices, patients, staff, addresses, message records."""
import datetime
import hashlib

import gen_data as D
import gen_ids as I

ROLES = {
    "mother": lambda h: h.sex == "F" and 16 <= h.age <= 46,
    "partner": lambda h: h.sex == "M" and 18 <= h.age <= 55,
    "child": lambda h: h.age <= 15,
    "senior": lambda h: h.age >= 50,
    "adult": lambda h: h.age >= 18,
    "any": lambda h: True,
}
AGE_RANGE = {"mother": (19, 42), "partner": (22, 45), "child": (1, 14), "senior": (52, 80),
             "adult": (20, 70), "any": (18, 70)}


class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.mrn = None
        self.age = (I.REF_DATE - dob).days // 365


class Staff:
    def __init__(self, row):
        (self.given, self.surname, self.tfr, self.ten, self.role_fr, self.role_en, box) = row
        self.email = f"{box}@{D.DOM}"

    def name(self, lang, title=True):
        t = (self.tfr if lang == "fr" else self.ten) if title else ""
        return (t + " " if t else "") + f"{self.given} {self.surname}"

    def display(self):
        return f"{self.given} {self.surname}"

    def role(self, lang):
        return self.role_fr if lang == "fr" else self.role_en


class Msg:
    def __init__(self, lang, cat, date, counter):
        self.lang, self.cat, self.date, self.counter = lang, cat, date, counter
        self.types = set()
        self.nams = []
        self.holders = []
        self.ids = {}
        self.note = ""
        self.sender = None
        self.to = []
        self.cc = []
        self.subject = ""
        self.text = ""
        self.html = None
        self.attachments = []
        self.mode = None
        self.in_reply_to = None
        self.confidential = None

    def t(self, *types):
        for x in types:
            self.types.add(x)

    def use_nam(self, p):
        if p.nam and p.nam not in self.nams:
            self.nams.append(p.nam)
            self.holders.append((p.surname, p.given, p.dob.isoformat(), p.sex))

    def use_id(self, kind, value):
        self.ids.setdefault(kind, [])
        if value not in self.ids[kind]:
            self.ids[kind].append(value)


class G:
    def __init__(self, rng, seed):
        self.rng = rng
        self.seed = seed
        self.holders = I.load_holders()
        self.used = {h.nam: 0 for h in self.holders}
        self.staff = [Staff(r) for r in D.STAFF]
        self.counter = 0
        self.used_names = set()

    # ------------------------------------------------------------ basics
    def c(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def L(self, lang, fr, en):
        return fr if lang == "fr" else en

    def new(self, lang, cat):
        self.counter += 1
        start = datetime.datetime(2025, 1, 6, 7, 30)
        d = start + datetime.timedelta(days=self.rng.randrange(0, 298), minutes=self.rng.randrange(0, 11 * 60))
        while d.weekday() >= 5 and self.chance(0.85):
            d += datetime.timedelta(days=1)
        off = -4 if datetime.datetime(2025, 3, 9) <= d < datetime.datetime(2025, 11, 2) else -5
        d = d.replace(second=self.rng.randrange(60), tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
        return Msg(lang, cat, d, self.counter)

    def msgid(self, m, domain=None):
        h = hashlib.sha256(f"{self.seed}:{m.counter}:{m.cat}".encode()).hexdigest()
        dom = domain or (m.sender[1].split("@")[1] if m.sender else D.DOM)
        style = m.counter % 3
        if style == 0:
            return f"<{h[:12].upper()}.{h[12:20]}@{dom}>"
        if style == 1:
            return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
        return f"<CA{h[:20].upper()}@EX01.{dom}>"

    # ------------------------------------------------------------ people
    def person_name(self, lang, sex):
        for _ in range(200):
            if lang == "fr" or self.chance(0.25):
                given = self.c(D.GIVEN_F_FR if sex == "F" else D.GIVEN_M_FR)
            else:
                given = self.c(D.GIVEN_F_EN if sex == "F" else D.GIVEN_M_EN)
            sur = self.c(D.SURNAMES_FR if (lang == "fr" or self.chance(0.3)) else D.SURNAMES_EN)
            if (given, sur) not in self.used_names:
                self.used_names.add((given, sur))
                return given, sur
        return given, sur

    def birth(self, lo, hi):
        y = 2025 - self.rng.randint(lo, hi)
        return datetime.date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def patient(self, role, lang, nam=False, sex=None):
        if nam:
            cands = [h for h in self.holders if ROLES[role](h)]
            if cands:
                low = min(self.used[h.nam] for h in cands)
                pool = [h for h in cands if self.used[h.nam] == low]
                h = self.c(pool)
                self.used[h.nam] += 1
                p = Person(h.surname, h.given, h.dob, h.sex, h.nam)
                p.mrn = I.make_mrn(self.rng)
                return p
        sex = sex or {"mother": "F", "partner": "M"}.get(role) or self.c("FM")
        lo, hi = AGE_RANGE[role]
        given, sur = self.person_name(lang, sex)
        p = Person(sur, given, self.birth(lo, hi), sex)
        p.mrn = I.make_mrn(self.rng)
        return p

    def baby(self, lang, mother, msgdate, days_lo=10, days_hi=120):
        given = self.c(D.BABY_FR if lang == "fr" else D.BABY_EN)
        dob = msgdate.date() - datetime.timedelta(days=self.rng.randint(days_lo, days_hi))
        b = Person(mother.surname, given, dob, self.c("FM"))
        return b

    def st(self, *roles):
        pool = [s for s in self.staff if any(r in s.role_en for r in roles)] if roles else self.staff
        return self.c(pool)

    # ------------------------------------------------------------ formatting helpers
    def name(self, p, lang, styles=("full", "title", "title_sur", "sur_first", "lower", "initials", "sur_first_plain")):
        if p.nam:  # a NAM always travels with its holder's full name
            styles = [s for s in styles if s in ("full", "title", "sur_first", "lower", "sur_first_plain")] or ["full"]
        return I.fmt_name(p, self.c(styles), lang)

    def nam(self, p, styles=("plain", "plain", "spaced", "dotted", "slashed", "hyphen", "lower", "fullwidth", "fw_digits", "odd")):
        return I.fmt_nam(p.nam, self.c(styles))

    def mrn(self, p, styles=("plain", "plain", "spaced", "hyphen", "prefixed", "slashed", "dotted", "fullwidth")):
        return I.fmt_mrn(p.mrn, self.c(styles))

    def dob(self, d, lang, styles=("iso", "slash", "long", "ymd_slash", "dotted", "short")):
        return I.fmt_date(d, lang, self.c(styles))

    def day(self, d, lang):
        return I.fmt_date(d, lang, self.c(["long", "iso", "slash"]))

    def phone(self, area=None, style=None):
        a = area or self.c(D.AREA)
        n = "555-01%02d" % self.rng.randrange(2, 100)
        style = style or self.c(["paren", "space", "dash", "dot"])
        return {"paren": f"({a}) {n}", "space": f"{a} {n}", "dash": f"{a}-{n}",
                "dot": f"{a}.{n.replace('-', '.')}"}[style]

    def address(self, lang="fr", ontario=False):
        num = self.rng.randrange(12, 4999)
        if ontario:
            town, fsa = self.c(D.ON_TOWNS)
            street = self.c(D.STREETS_EN)
            pc = f"{fsa} {self.rng.randrange(1, 9)}{self.c('ABCEGHJKLMNPRSTVWXYZ')}{self.rng.randrange(1, 9)}"
            return (f"{num} {street}", town, "ON", pc)
        town, fsa = self.c(D.TOWNS)
        street = self.c(D.STREETS)
        apt = f", app. {self.rng.randrange(1, 12)}" if self.chance(0.5) else ""
        pc = f"{fsa} {self.rng.randrange(1, 9)}{self.c('ABCEGHJKLMNPRSTVWXYZ')}{self.rng.randrange(1, 9)}"
        return (f"{num}, {street}{apt}", town, "QC", pc)

    def addr_line(self, a):
        street, town, prov, pc = a
        return f"{street}, {town} ({'Québec' if prov == 'QC' else 'Ontario'}) {pc}"

    def sig(self, s, lang, long=None):
        long = self.chance(0.7) if long is None else long
        lines = ["-- ", s.name(lang), s.role(lang)]
        if long:
            lines.append(D.CLINIC_FR if lang == "fr" else D.CLINIC_EN)
            lines.append(f"{D.HOSP2} — {D.ORG_FR}" if lang == "fr" else f"{D.HOSP2}, {D.ORG_EN}")
            lines.append(D.CLINIC_ADDR)
            lines.append(self.L(lang, f"Tél. : {D.CLINIC_PHONE}, poste {self.rng.randrange(2000, 4999)}  |  Téléc. : {D.CLINIC_FAX}",
                                f"Tel: {D.CLINIC_PHONE} ext. {self.rng.randrange(2000, 4999)}  |  Fax: {D.CLINIC_FAX}"))
        if self.chance(0.3):
            lines.append(self.L(lang, "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                                "S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur.",
                                "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you received "
                                "it in error, please delete it and notify the sender."))
        return "\n".join(lines)

    def ext(self, local, domain):
        return (None, f"{local}@{domain}")
