"""World state (staff roster, NAM queue) and per-message context / message specification."""
import datetime
import random

import gen_common as C


class Att:
    def __init__(self, filename, ctype, data, inline=False, cte=None, charset=None, nested=None):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.inline, self.cte, self.charset = inline, cte, charset
        self.nested = nested  # a Msg for message/rfc822


class Msg:
    def __init__(self):
        self.category = ""
        self.lang = "fr"
        self.subject = ""
        self.frm = None          # (display name, address)
        self.to = []
        self.cc = []
        self.text = None
        self.html = None
        self.body_mode = None    # plain | html | alt | None (let the MIME layer choose)
        self.attachments = []
        self.types = []
        self.note = ""
        self.date = None
        self.extra_headers = []
        self.confidential = False
        self.ids = []            # (kind, canonical value, shown form)
        self.nams = []           # (nam, shown, holder dict, shown dob)
        self.names = []          # surnames that must be visible somewhere
        self.mime = {}           # optional hints for the MIME layer


ROLES_FR = {
    "anes": ("anesthésiologiste", "anesthésiologiste", "Anesthesiologist"),
    "algo": ("médecin, clinique de la douleur", "médecin, clinique de la douleur", "Pain physician"),
    "physiat": ("physiatre", "physiatre", "Physiatrist"),
    "nurse": ("infirmière clinicienne", "infirmier clinicien", "Clinical nurse"),
    "ips": ("IPS en soins de première ligne", "IPS en soins de première ligne", "Nurse practitioner"),
    "clerk": ("agente administrative", "agent administratif", "Administrative officer"),
    "manager": ("chef de service", "chef de service", "Service manager"),
    "coord": ("coordonnatrice clinico-administrative", "coordonnateur clinico-administratif",
              "Clinical-administrative coordinator"),
    "pharm": ("pharmacienne", "pharmacien", "Pharmacist"),
    "gp": ("médecin de famille", "médecin de famille", "Family physician"),
    "psy": ("psychologue", "psychologue", "Psychologist"),
    "physio": ("physiothérapeute", "physiothérapeute", "Physiotherapist"),
    "sw": ("travailleuse sociale", "travailleur social", "Social worker"),
    "it": ("technicienne en informatique", "technicien en informatique", "IT technician"),
    "hr": ("conseillère en ressources humaines", "conseiller en ressources humaines", "HR advisor"),
    "buyer": ("agente d'approvisionnement", "agent d'approvisionnement", "Procurement officer"),
    "surg": ("chirurgienne", "chirurgien", "Surgeon"),
}


class World:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.nam_rows = C.load_nams()
        self.nam_queue = list(self.nam_rows)
        self.rng.shuffle(self.nam_queue)
        self.nam_uses = {}
        self.holder_full = {C.fold(f"{r['given']} {r['surname']}") for r in self.nam_rows}
        self.staff = {}
        used = set()
        for role in sorted(ROLES_FR):
            people = []
            for _ in range(5):
                while True:
                    sex = self.rng.choice("FM")
                    g = self.rng.choice(C.STAFF_GIVEN_F if sex == "F" else C.STAFF_GIVEN_M)
                    s = self.rng.choice(C.STAFF_SURNAMES)
                    if (g, s) not in used:
                        used.add((g, s))
                        break
                p = C.Person(g, s, sex, role=role)
                p.title = None
                people.append(p)
            self.staff[role] = people

    def next_nam(self, min_age=18, max_age=110):
        """First holder in the shuffled queue with the fewest uses whose age fits."""
        ref = datetime.date(2025, 6, 1)
        fit = [r for r in self.nam_queue if min_age <= C.age_on(r["dob"], ref) <= max_age]
        if not fit:
            raise ValueError("no NAM holder in age range")
        low = min(self.nam_uses.get(r["nam"], 0) for r in fit)
        row = next(r for r in fit if self.nam_uses.get(r["nam"], 0) == low)
        self.nam_uses[row["nam"]] = low + 1
        return row

    def ctx(self, kind, idx, lang):
        return Ctx(self, random.Random(f"{self.seed}:{kind}:{idx}"), lang, kind)


def _tz_offset(d):
    return -4 if datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2) else -5


class Ctx:
    def __init__(self, world, rng, lang, kind):
        self.world, self.rng, self.lang, self.kind = world, rng, lang, kind
        self.msg = Msg()
        self.msg.lang = lang
        self.msg.confidential = kind == "pos"
        self._types = []
        day = C.workday(rng)
        t = datetime.datetime(day.year, day.month, day.day, rng.randrange(7, 18), rng.randrange(60),
                              rng.randrange(60))
        self.msg.date = t.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=_tz_offset(day))))
        self.today = day

    # -- choices
    def pick(self, seq):
        return self.rng.choice(seq)

    def pick_sexed(self, pool):
        """Pick from a bilingual pool, skipping sex-specific entries that do not fit the current patient."""
        sex = getattr(self, "cur_sex", None)
        fem = ("prostate", "hysterectomy", "endometriosis")
        if sex == "M":
            pool = [x for x in pool if not any(w in x[1] for w in fem[1:])]
        elif sex == "F":
            pool = [x for x in pool if "prostate" not in x[1]]
        return self.rng.choice(pool)

    def chance(self, p):
        return self.rng.random() < p

    def fr(self):
        return self.lang == "fr"

    def t(self, fr, en):
        return fr if self.lang == "fr" else en

    # -- people
    def staff(self, role, exclude=()):
        choices = [p for p in self.world.staff[role] if p not in exclude]
        return self.rng.choice(choices)

    def role_title(self, role, p=None):
        r = ROLES_FR[role]
        if self.lang == "en":
            return r[2]
        return r[1] if (p is not None and p.sex == "M") else r[0]

    def nam_patient(self, age=(18, 110)):
        row = self.world.next_nam(age[0], age[1])
        p = C.Person(row["given"], row["surname"], row["sex"], dob=row["dob"], nam=row["nam"])
        p.row = row
        return p

    def patient(self, sex=None, age=(25, 88)):
        rng = self.rng
        while True:
            sex_ = sex or rng.choice("FM")
            g = rng.choice(C.PAT_GIVEN_F if sex_ == "F" else C.PAT_GIVEN_M)
            s = rng.choice(C.PAT_SURNAMES)
            if C.fold(f"{g} {s}") not in self.world.holder_full:
                break
        yrs = rng.randrange(age[0], age[1])
        dob = datetime.date(2025 - yrs, rng.randrange(1, 13), rng.randrange(1, 29))
        p = C.Person(g, s, sex_, dob=dob)
        p.row = None
        return p

    # -- labelling
    def add(self, *types):
        for t in types:
            if t not in self._types:
                self._types.append(t)

    def show_name(self, p, style):
        """Return the name of patient p in a style and record it."""
        self.add("patient_name")
        self.cur_sex = p.sex
        key = p.given if style == "given" else p.surname
        if key not in self.msg.names:
            self.msg.names.append(key)
        return p.name(style, self.lang)

    def show_nam(self, p, style=None, dob_style=None):
        """Return (shown NAM, shown DOB); NAM always travels with holder's birth date."""
        style = style or self.pick(["plain", "space", "space", "dot", "dash", "fw", "odd", "slash", "lower"])
        shown = C.fmt_nam(p.nam, style)
        dob = C.fmt_date(p.dob, dob_style or self.pick(C.dob_styles(self.lang)))
        self.msg.nams.append((p.nam, shown, p.row, dob))
        self.add("ramq_nam", "date_of_birth")
        return shown, dob

    def show_dob(self, p, style=None):
        self.add("date_of_birth")
        return C.fmt_date(p.dob, style or self.pick(C.dob_styles(self.lang)))

    def show_id(self, kind, value, shown):
        self.msg.ids.append((kind, value, shown))
        self.add(kind)
        return shown

    def sin(self, style=None):
        v = C.make_sin(self.rng)
        return self.show_id("ca_sin", v, C.fmt_sin(v, style or self.pick(["plain", "space", "dash", "dot", "fw"])))

    def ohn(self, style=None):
        v = C.make_ohn(self.rng)
        vc = self.pick(["AB", "KT", "MX", "HG"])
        return self.show_id("ca_health_number", v,
                            C.fmt_ohn(v, style or self.pick(["plain", "dash", "space", "dot"]), vc))

    def niss(self, p, style=None):
        v = C.make_niss(self.rng, p.dob, p.sex)
        return self.show_id("be_niss", v, C.fmt_niss(v, style or self.pick(["std", "plain", "space", "slash"])))

    def nir(self, p, style=None):
        v = C.make_nir(self.rng, p.dob, p.sex)
        return self.show_id("fr_nir", v, C.fmt_nir(v, style or self.pick(["space", "plain", "dot", "fw"])))

    def mrn(self, style=None):
        v = C.make_mrn(self.rng)
        return self.show_id("mrn", v, C.fmt_mrn(v, style or self.pick(
            ["plain", "space", "dash", "dot", "slash", "pref", "fw"])))

    def sig(self, p, clinic="pain", short=False, hosp=None):
        p.title = self.role_title(p.role, p)
        return C.signature(p, self.lang, clinic, hosp=hosp, rng=self.rng, short=short)

    def dr(self, p, short=False):
        if p.role in ("anes", "algo", "physiat", "gp", "surg"):
            return p.dr(self.lang, short)
        return p.full

    # -- addressing
    def addr(self, p, domain=C.DOMAIN):
        return (p.full, p.email(domain))

    def finish(self, category, note):
        m = self.msg
        m.category = category
        m.note = note
        m.types = sorted(self._types)
        if m.confidential and not m.types:
            raise AssertionError("positive without types: " + note)
        if not m.confidential and m.types:
            raise AssertionError("negative with types: " + note)
        return m
