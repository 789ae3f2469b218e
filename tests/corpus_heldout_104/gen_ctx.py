"""Generation context (random source, people, places) and the Mail spec."""
import datetime
import random

import gen_ids as I
import gen_text as T

STREETS = ["rue des Érables", "boulevard Saint-Joseph", "rue Principale", "avenue du Parc", "rue King Ouest",
           "chemin du Lac", "rue Wellington Nord", "rue de la Fabrique", "avenue des Pins", "rang Saint-Charles",
           "rue Notre-Dame Est", "boulevard Laurier", "rue Belvédère Sud", "montée Masson"]
CITIES = [("Sherbrooke", "J1H"), ("Saint-Jérôme", "J7Z"), ("Montréal", "H2X"), ("Québec", "G1R"), ("Laval", "H7N"),
          ("Lévis", "G6V"), ("Gatineau", "J8Y"), ("Trois-Rivières", "G9A"), ("Magog", "J1X"), ("Granby", "J2G")]
PERSONAL_DOMAINS = ["courriel.example", "mailbox.example", "webmail.example", "videotron-mail.example",
                    "sympatico-mail.example"]
SCHOOLS = ["École primaire des Trois-Sources", "École Sainte-Famille", "École secondaire du Versant",
           "CPE Les Petits Pommiers", "Garderie Arc-en-ciel", "Riverside Elementary School", "École Jean-XXIII",
           "Collège Mont-Sainte-Anne", "CPE La Ribambelle"]


class Mail:
    def __init__(self, lang, category, note):
        self.lang = lang
        self.category = category
        self.note = note
        self.types = set()
        self.frm = None
        self.to = []
        self.cc = []
        self.subject = ""
        self.text = None
        self.html = None
        self.form = None  # 'plain' | 'html' | 'alt' | None (random)
        self.attachments = []  # dicts
        self.reply = False
        self.facts = []  # strings that must be found in the decoded message
        self.nams = []
        self.extra_headers = []

    def attach(self, data, mime, filename, **kw):
        self.attachments.append(dict(kind="bin", data=data, mime=mime, filename=filename, **kw))

    def attach_text(self, text, mime, filename, **kw):
        self.attachments.append(dict(kind="text", text=text, mime=mime, filename=filename, **kw))

    def attach_eml(self, data, filename=None):
        self.attachments.append(dict(kind="eml", data=data, filename=filename))


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.holders = I.load_nam_holders()
        self.factory = I.PatientFactory(self.rng, self.holders)
        self.holder_use = {id(h): 0 for h in self.holders}
        self.today = datetime.date(2025, 2, 17)

    # ---- choice helpers
    def lang(self, p_fr=0.58):
        return "fr" if self.rng.random() < p_fr else "en"

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    # ---- people
    def holder(self, kind=None):
        def ok(h):
            y = h.dob.year
            if kind == "child":
                return y >= 2007
            if kind == "adult":
                return 1962 <= y < 2007
            if kind == "senior":
                return y < 1962
            if kind == "notchild":
                return y < 2007
            return True
        cands = [h for h in self.holders if ok(h)]
        low = min(self.holder_use[id(h)] for h in cands)
        cands = [h for h in cands if self.holder_use[id(h)] == low]
        h = self.rng.choice(cands)
        self.holder_use[id(h)] += 1
        return h

    def patient(self, kind="any", lang="fr"):
        return self.factory.make(kind, lang)

    def staff(self, *keywords):
        pool = [s for s in I.STAFF if (not keywords or any(k in s[3] for k in keywords))
                and (s[3] != "school nurse" or "school nurse" in keywords)]
        return self.rng.choice(pool)

    def inst(self):
        return self.rng.choice(I.INSTITUTIONS)

    def email_of(self, staff, inst):
        return I.staff_email(staff[0], staff[1], inst[2])

    def addr(self, staff, inst):
        return (f"{staff[0]} {staff[1]}", self.email_of(staff, inst))

    def phone(self, area=None):
        return I.phone(self.rng, area)

    def personal_email(self, p):
        g = I.ascii_fold(p.given).lower().replace(" ", "").replace("'", "")
        s = I.ascii_fold(p.surname).lower().replace(" ", "").replace("'", "")
        style = self.rng.randrange(4)
        local = [f"{g}.{s}", f"{g[0]}{s}{self.rng.randint(1, 99)}", f"{s}.{g}", f"{g}{self.rng.randint(70, 99)}"][style]
        return f"{local}@{self.rng.choice(PERSONAL_DOMAINS)}"

    def home_address(self):
        city, fsa = self.rng.choice(CITIES)
        num = self.rng.randint(12, 4999)
        street = self.rng.choice(STREETS)
        apt = f", app. {self.rng.randint(1, 12)}" if self.rng.random() < 0.3 else ""
        pc = f"{fsa} {self.rng.randint(1, 9)}{self.rng.choice('ABCEGHJKLMNPRSTVXY')}{self.rng.randint(1, 9)}"
        return f"{num} {street}{apt}", city, pc

    def school(self):
        return self.rng.choice(SCHOOLS)

    def day(self, lo=-60, hi=60):
        return self.today + datetime.timedelta(days=self.rng.randint(lo, hi))

    def workday(self, lo=1, hi=45):
        while True:
            d = self.day(lo, hi)
            if d.weekday() < 5:
                return d

    def sig(self, staff, inst, lang):
        return T.signature(self.rng, staff, inst, lang, self.phone)

    def mrn(self, style=None):
        return I.gen_mrn(self.rng, style)

    def nam_style(self):
        return self.rng.choice(["plain", "plain", "plain", "space", "space", "dots", "slash", "lower", "fullwidth",
                                "dash", "wide"])

    def fdate(self, d, lang, style=None):
        return T.fdate(d, lang, self.rng, style)
