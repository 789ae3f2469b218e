"""Per-message context: random choices, people, staff, dates, signatures."""
import datetime as dt
import random

import gen_common as C


class Pools:
    """Corpus-wide allocation state (NAM holders, staff)."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.holders = C.load_nam_holders()
        C.check_pools(self.holders)
        self.used = {}
        order = list(range(len(self.holders)))
        self.rng.shuffle(order)
        self.order = order
        self.holder_people = {}

    def holder(self, rng, lo, hi, on):
        """A NAM holder aged lo..hi on date `on`; prefers holders not used yet."""
        cands = [i for i in self.order if lo <= C.age_on(self.holders[i]["dob"], on) <= hi]
        if not cands:
            raise ValueError(f"no holder aged {lo}-{hi}")
        fresh = [i for i in cands if i not in self.used]
        pick = fresh[0] if fresh else min(cands, key=lambda i: (self.used[i], i))
        self.used[pick] = self.used.get(pick, 0) + 1
        if pick not in self.holder_people:
            h = self.holders[pick]
            p = C.Person(h["first"], h["last"], h["sex"], h["dob"], h["nam"])
            prng = random.Random(f"holder-{h['nam']}")
            fill_person(p, prng)
            self.holder_people[pick] = p
        return self.holder_people[pick]


def fill_person(p, rng):
    town, pc = rng.choice(C.TOWNS_QC)
    p.address = f"{rng.randrange(12, 2400)}, {rng.choice(C.STREETS_QC)}, {town} (Québec) {pc}"
    p.town = town
    p.phone = f"{rng.choice(C.AREA)}-555-01{rng.randrange(0, 100):02d}"
    p.mrn = C.make_mrn(rng, "hosp")
    p.osi_no = C.make_mrn(rng, "osi")
    p.vac_no = f"{rng.randrange(100000000, 999999999)}"[:7]
    p.svc_no = f"{rng.choice('ABCDEFGHKMPQ')}{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    p.email = (C.fold(p.first[0] + p.last).replace("'", "").replace(" ", "") +
               f"{rng.randrange(10, 99)}@{rng.choice(['courriel', 'videotron-mail', 'mailbox', 'netzero-mail'])}.example")


class Ctx:
    def __init__(self, pools, seed, lang=None):
        self.pools = pools
        self.rng = random.Random(seed)
        self.lang = lang
        self.date = self._date()
        self._staff_used = set()

    # -------------------------------------------------------------- random helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def rint(self, a, b):
        return self.rng.randint(a, b)

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    # -------------------------------------------------------------- dates
    def _date(self):
        start = dt.date(2025, 1, 6)
        while True:
            d = start + dt.timedelta(days=self.rng.randrange(0, 325))
            if d.weekday() < 5 or self.rng.random() < 0.1:
                break
        off = -4 if dt.date(2025, 3, 9) <= d < dt.date(2025, 11, 2) else -5
        return dt.datetime(d.year, d.month, d.day, self.rng.randint(7, 18), self.rng.randrange(60),
                           self.rng.randrange(60), tzinfo=dt.timezone(dt.timedelta(hours=off)))

    @property
    def today(self):
        return self.date.date()

    def later(self, lo=1, hi=30, weekday=True):
        while True:
            d = self.today + dt.timedelta(days=self.rng.randint(lo, hi))
            if not weekday or d.weekday() < 5:
                return d

    def earlier(self, lo=1, hi=30):
        return self.today - dt.timedelta(days=self.rng.randint(lo, hi))

    def hour(self):
        return f"{self.rng.choice([8, 9, 9, 10, 10, 11, 13, 13, 14, 15])}h{self.rng.choice(['00', '15', '30', '45'])}"

    def hour_en(self):
        h = self.rng.choice([8, 9, 10, 11, 13, 14, 15])
        return f"{h if h <= 12 else h - 12}:{self.rng.choice(['00', '15', '30', '45'])} {'AM' if h < 12 else 'PM'}"

    # -------------------------------------------------------------- people
    def holder(self, lo=18, hi=110):
        return self.pools.holder(self.rng, lo, hi, self.today)

    def patient(self, lo=25, hi=80, sex=None):
        sex = sex or self.rng.choice("MMMF")
        first = self.rng.choice(C.PAT_FIRST_M if sex == "M" else C.PAT_FIRST_F)
        last = self.rng.choice(C.PAT_LAST)
        if self.rng.random() < 0.08:
            last = f"{last}-{self.rng.choice(C.PAT_LAST)}"
        age = self.rng.randint(lo, hi)
        dob = self.today.replace(year=self.today.year - age - 1) + dt.timedelta(days=self.rng.randrange(1, 360))
        p = C.Person(first, last, sex, dob)
        fill_person(p, self.rng)
        return p

    def staff(self, role, org="hosp", sex=None):
        sex = sex or self.rng.choice("MF")
        for _ in range(50):
            first = self.rng.choice(C.STAFF_FIRST_M if sex == "M" else C.STAFF_FIRST_F)
            last = self.rng.choice(C.STAFF_LAST)
            if (first not in {s[0] for s in self._staff_used} and last not in {s[1] for s in self._staff_used}):
                break
        self._staff_used.add((first, last))
        return C.Staff(first, last, sex, role, org, self.lang)

    def phone(self, area=None):
        return f"{area or self.rng.choice(C.AREA)}-555-01{self.rng.randrange(0, 100):02d}"

    def ext(self):
        return str(self.rng.randint(2000, 4999))

    # -------------------------------------------------------------- text pieces
    def role_title(self, s, lang):
        fr, en = C.ROLE_TITLES.get(s.role, (s.role, s.role))
        if lang == "fr" and s.sex == "M":
            fr = {"infirmière clinicienne": "infirmier clinicien", "travailleuse sociale": "travailleur social",
                  "agente administrative": "agent administratif", "conseillère RH": "conseiller RH",
                  "acheteuse": "acheteur", "coordonnatrice": "coordonnateur"}.get(fr, fr)
        return fr if lang == "fr" else en

    def sig(self, s, lang, disclaimer=None):
        o = C.ORG[s.org]
        name = s.dr(lang)
        cred = {"nurse": ", inf. clin." if lang == "fr" else ", RN", "sw": ", T.S." if lang == "fr" else ", MSW, RSW",
                "psychologist": ", Ph. D., psychologue" if lang == "fr" else ", Ph.D., C.Psych.",
                "audiologist": ", M.P.A., audiologiste" if lang == "fr" else ", M.Sc., Reg. CASLPO",
                "pharmacist": ", pharm." if lang == "fr" else ", RPh"}.get(s.role, "")
        style = self.rng.randrange(4)
        title = self.role_title(s, lang)
        ext = self.ext()
        if style == 0:
            lines = ["--", f"{name}{cred}", title.capitalize(), o[lang],
                     (f"Tél. : {o['tel']}, poste {ext}" if lang == "fr" else f"Tel: {o['tel']} ext. {ext}") +
                     (f" | Téléc. : {o['fax']}" if lang == "fr" else f" | Fax: {o['fax']}")]
        elif style == 1:
            lines = ["", f"{name}", f"{title} | {o[lang]}", o["addr"], s.email()]
        elif style == 2:
            lines = ["", (s.first if self.rng.random() < 0.5 else name)]
        else:
            lines = ["", "_" * 30, f"{name}{cred} — {title}", o[lang],
                     f"{o['tel']} / {s.email()}"]
        disc = disclaimer if disclaimer is not None else self.rng.random() < 0.3
        if disc:
            if lang == "fr":
                lines += ["", "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                              "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire."]
            else:
                lines += ["", "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you "
                              "received it in error, please notify the sender and delete it."]
        return "\n".join(lines)

    def hello(self, s, lang, informal=False):
        if s is None:
            return self.rng.choice(["Bonjour,", "Bonjour à tous,", "Bonjour à toutes et à tous,"] if lang == "fr"
                                   else ["Hello,", "Hi all,", "Good morning,", "Hello everyone,"])
        if lang == "fr":
            opts = [f"Bonjour {s.dr('fr')},", f"Bonjour {s.first},", "Bonjour,"]
            if informal:
                opts += [f"Salut {s.first},", f"Allo {s.first},"]
        else:
            opts = [f"Dear {s.dr('en')}," if s.role in ("md", "psychiatrist", "gp", "orl", "physiatrist")
                    else f"Dear {s.full()},", f"Hi {s.first},", "Hello,"]
            if informal:
                opts += [f"Hey {s.first},", f"{s.first} -"]
        return self.rng.choice(opts)

    def bye(self, lang):
        return self.rng.choice(["Merci,", "Merci beaucoup,", "Cordialement,", "Bonne journée,", "Merci à l'avance,",
                                "Au plaisir,", "Salutations,"] if lang == "fr" else
                               ["Thanks,", "Thank you,", "Regards,", "Kind regards,", "Best,", "Many thanks,", "Cheers,"])

    def addr_of(self, s):
        return (s.dr(self.lang or "fr") if self.rng.random() < 0.5 else s.full(), s.email())
