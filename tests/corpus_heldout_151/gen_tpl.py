"""Template context shared by positive and negative message writers."""
import datetime

from gen_common import (STAFF, EXTERNAL, CLINIC_FR, CLINIC_EN, ORG_FR, ORG_EN, ADDR_FR, ADDR_EN, TEL, FAX,
                        dfmt, fmt_nam, fmt_mrn, fmt_sin, fmt_ohip, fmt_niss, fmt_nir, FULL_STYLES,
                        day_phrase, next_workday)

# ----------------------------------------------------------------- clinical pools
DRUGS = [  # (fr, en, class)
    ("amoxicilline", "amoxicillin", "pen"), ("pénicilline V", "penicillin V", "pen"),
    ("amoxicilline-clavulanate (Clavulin)", "amoxicillin-clavulanate (Clavulin)", "pen"),
    ("céfazoline", "cefazolin", "ceph"), ("céphalexine (Keflex)", "cephalexin (Keflex)", "ceph"),
    ("sulfaméthoxazole-triméthoprime (Septra)", "sulfamethoxazole-trimethoprim (Septra)", "sulfa"),
    ("ibuprofène", "ibuprofen", "nsaid"), ("naproxène", "naproxen", "nsaid"),
    ("ciprofloxacine", "ciprofloxacin", "fq"), ("codéine", "codeine", "opioid"),
    ("clindamycine", "clindamycin", "other"), ("azithromycine", "azithromycin", "other"),
]
def a_fr(name):
    """French 'à' + article for a drug name: à l'amoxicilline, au naproxène, à la céfazoline."""
    masc = ("sulfaméthoxazole", "naproxène", "ibuprofène")
    if name[0] in "aeiouéèêh" and not name.startswith("h"):
        return "à l'" + name
    if name.startswith(masc[:2]) or name.startswith("naproxène"):
        return "au " + name
    return "à la " + name


def a_food(name):
    if name[0] in "aeiouéœ":
        return "à l'" + name
    if name.startswith(("sésame", "lait", "poisson", "sarrasin", "kiwi")):
        return "au " + name
    return "à la " + name


def de_food(name):
    return ("d'" if name[0] in "aeiouéœ" else "de ") + name


HISTORY = [
    ("urticaire généralisée à l'âge de {age} ans, aucun test fait depuis",
     "generalized hives at age {age}, never tested since"),
    ("éruption maculopapuleuse au jour 7 du traitement, sans atteinte muqueuse",
     "maculopapular rash on day 7 of treatment, no mucosal involvement"),
    ("angioedème des lèvres 30 min après la 1re dose, traité à l'urgence",
     "lip angioedema 30 min after the first dose, treated in the ED"),
    ("« allergie » inscrite au dossier depuis l'enfance, la mère ne se souvient pas de la réaction",
     "'allergy' on file since childhood, mother cannot recall the reaction"),
    ("prurit sans lésion visible, vomissements", "itch without visible rash, vomiting"),
]
FOODS = [("arachide", "peanut"), ("noix de cajou", "cashew"), ("sésame", "sesame"),
         ("lait de vache", "cow's milk"), ("œuf", "egg"), ("crevette", "shrimp"), ("noisette", "hazelnut"),
         ("poisson (morue)", "fish (cod)")]
EXTRACTS = [("graminées (fléole)", "grass (timothy)"), ("bouleau", "birch"), ("herbe à poux", "ragweed"),
            ("acariens D. pteronyssinus / D. farinae", "dust mite D. pteronyssinus / D. farinae"),
            ("chat", "cat"), ("venin de guêpe (Vespula)", "yellow jacket venom (Vespula)"),
            ("venin d'abeille", "honeybee venom")]
IVIG = ["Privigen", "Gamunex-C", "Octagam 10 %", "Panzyga", "Gammagard Liquid"]
SCIG = ["Hizentra", "Cuvitru", "HyQvia"]
AUTOINJ = [("EpiPen 0,3 mg", "EpiPen 0.3 mg"), ("EpiPen Jr 0,15 mg", "EpiPen Jr 0.15 mg"),
           ("Allerject 0,3 mg", "Allerject 0.3 mg"), ("Emerade 0,5 mg", "Emerade 0.5 mg")]
PID = [("déficit immunitaire commun variable (DICV)", "common variable immunodeficiency (CVID)"),
       ("hypogammaglobulinémie secondaire post-rituximab", "secondary hypogammaglobulinaemia after rituximab"),
       ("hypogammaglobulinémie secondaire à une LLC", "hypogammaglobulinaemia secondary to CLL"),
       ("agammaglobulinémie liée à l'X", "X-linked agammaglobulinaemia"),
       ("déficit spécifique en anticorps antipolysaccharidiques", "specific antibody deficiency")]

SENSITIVE_CONF_FR = ("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. "
                     "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
SENSITIVE_CONF_EN = ("CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. "
                     "If you received it in error, please notify the sender and delete it.")


def num_fr(x, nd=1):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",")


class Ctx:
    def __init__(self, rng, lang, dt, idx, pool=None, factory=None):
        self.rng, self.lang, self.dt, self.idx = rng, lang, dt, idx
        self.pool, self.factory = pool, factory
        self.types = set()
        self.must = []
        self.nams = []
        self.p = None

    # -- small helpers
    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def fr(self):
        return self.lang == "fr"

    def g(self, p, masc, fem):
        return fem if p.sex == "F" else masc

    def t(self, *types):
        for x in types:
            self.types.add(x)

    def m(self, s):
        self.must.append(s)
        return s

    def num(self, x, nd=1):
        return num_fr(x, nd) if self.fr() else f"{x:.{nd}f}"

    def when(self, days=None, hour=None):
        d = next_workday(self.dt.date(), days or self.rng.randint(2, 30))
        h = hour or self.rng.choice([8, 8, 9, 10, 13, 14])
        mi = self.rng.choice([0, 0, 15, 30, 45])
        return datetime.datetime(d.year, d.month, d.day, h, mi)

    def wfmt(self, w):
        if self.fr():
            return f"{day_phrase(w.date(), 'fr')} à {w.hour} h {w.minute:02d}"
        ap = "a.m." if w.hour < 12 else "p.m."
        hh = w.hour if w.hour <= 12 else w.hour - 12
        return f"{day_phrase(w.date(), 'en')} at {hh}:{w.minute:02d} {ap}"

    # -- patients
    def patient(self, kind="adult", nam=None, origin="qc"):
        """Return a patient; with nam=True (or by chance) a blind-NAM holder of a fitting age."""
        if nam is None:
            nam = self.chance(0.75)
        p = None
        if nam and origin == "qc" and self.pool is not None:
            p = self.pool.take(kind, self.dt.date())
        if p is None:
            p = self.factory.new(kind, origin)
        return p

    def name(self, p, style=None, add=True):
        style = style or self.pick(FULL_STYLES)
        s = p.name(style, self.lang)
        if add:
            self.t("patient_name")
            self.m(s)
        return s

    def dob(self, p, style=None):
        style = style or self.pick(["iso", "dmy", "long", "iso", "ymd/", "dmy.", "long2"])
        s = dfmt(p.dob, style, self.lang)
        self.t("date_of_birth")
        self.m(s)
        return s

    def nam(self, p, style=None):
        style = style or self.pick(["plain", "space", "space", "dot", "dash", "slash", "lower", "fw", "tight"])
        s = fmt_nam(p.nam, style)
        self.t("ramq_nam")
        self.m(s)
        self.nams.append(p.nam)
        return s

    def mrn(self, p, style=None):
        style = style or self.pick(["plain", "plain", "space", "dot", "slash", "dash", "fw", "prefix"])
        s = fmt_mrn(p.mrn, style)
        self.t("mrn")
        self.m(s)
        return s

    def sin(self, p, style=None):
        s = fmt_sin(p.sin, style or self.pick(["plain", "space", "dash", "space", "dot", "fw"]))
        self.t("ca_sin")
        self.m(s)
        return s

    def ohip(self, p, style=None):
        num, vc = p.ohip
        s = fmt_ohip(num, vc, style or self.pick(["plain", "dash", "space", "slash"]))
        self.t("ca_health_number")
        self.m(s)
        return s

    def niss(self, p, style=None):
        s = fmt_niss(p.niss, style or self.pick(["plain", "dot", "dot", "space"]))
        self.t("be_niss")
        self.m(s)
        return s

    def nir(self, p, style=None):
        s = fmt_nir(p.nir, style or self.pick(["plain", "space", "space", "dot"]))
        self.t("fr_nir")
        self.m(s)
        return s

    def sexw(self, p):
        return self.L(f"sexe : {p.sex}", f"sex: {p.sex}") if self.chance(0.5) else self.L(f"Sexe {p.sex}", f"Sex {p.sex}")

    def ident_lines(self, p, with_mrn=None, pdf=False, name_style=None):
        """Labelled identity block; for NAM holders always name + DOB + sex + NAM."""
        fr = self.fr()
        lines = []
        nm = self.name(p, name_style)
        dob = self.dob(p, self.pick(["iso", "dmy", "long", "ymd/"]) if pdf else None)
        lines.append(self.L("Patient(e) : ", "Patient: ") + nm if self.chance(0.5) else
                     self.L("Nom : ", "Name: ") + nm)
        lines.append(self.L("DDN : ", "DOB: ") + dob + "   " + self.sexw(p))
        if p.nam:
            st = self.pick(["plain", "space", "dot", "dash", "slash", "lower", "tight"]) if pdf else None
            lines.append("NAM : " + self.nam(p, st) if fr else "RAMQ: " + self.nam(p, st))
        if with_mrn is None:
            with_mrn = (not p.nam) or self.chance(0.5)
        if with_mrn:
            st = self.pick(["plain", "space", "dot", "slash", "prefix"]) if pdf else None
            lines.append(self.L("No dossier : ", "Chart #: ") + self.mrn(p, st))
        return lines

    def ident_inline(self, p, name_style=None):
        nm = self.name(p, name_style)
        dob = self.dob(p)
        bits = [nm, self.L(self.g(p, "né le ", "née le "), "DOB ") + dob, self.sexw(p)]
        if p.nam:
            bits.append(self.L("NAM ", "RAMQ ") + self.nam(p))
        else:
            bits.append(self.L("dossier ", "MRN ") + self.mrn(p))
        return ", ".join(bits)

    # -- signatures
    def sig(self, person, conf=None, short=False):
        fr = self.fr()
        role = person.role_fr if fr else person.role_en
        name = person.titled(self.lang) if person.dr else person.full
        if short:
            return f"\n{name.split(' ')[0] if not person.dr else name}\n"
        lines = ["", "--", name + (", FRCPC" if person.dr and person.email.endswith("@hsal.example") and self.chance(0.4) else ""),
                 role[0].upper() + role[1:]]
        if person.email.endswith("@hsal.example"):
            lines += [CLINIC_FR if fr else CLINIC_EN, ORG_FR if fr else ORG_EN,
                      ADDR_FR if fr else ADDR_EN,
                      self.L(f"Tél. : {TEL}  |  Téléc. : {FAX}", f"Tel. {TEL}  |  Fax {FAX}")]
        if conf is None:
            conf = self.chance(0.45)
        if conf:
            lines += ["", SENSITIVE_CONF_FR if fr else SENSITIVE_CONF_EN]
        return "\n".join(lines) + "\n"

    def greet(self, person=None, informal=False):
        if person is None:
            return self.pick(["Bonjour,", "Bonjour à tous,", "Salut,"]) if self.fr() else self.pick(["Hi,", "Hello,", "Hi all,"])
        if informal:
            return self.L(f"Salut {person.given},", f"Hi {person.given},")
        if person.dr:
            return self.L(f"Bonjour {person.titled('fr').split(' ')[0]} {person.surname},",
                          f"Dear Dr. {person.surname},")
        return self.L(f"Bonjour {person.given},", f"Hi {person.given},")

    def finish(self, cat, note, frm, to, subject, text, html=None, atts=None, cc=None, types=(), **kw):
        self.t(*types)
        d = dict(cat=cat, note=note, lang=self.lang, frm=frm.addr() if hasattr(frm, "addr") else frm,
                 to=[x.addr() if hasattr(x, "addr") else x for x in to],
                 cc=[x.addr() if hasattr(x, "addr") else x for x in (cc or [])],
                 subject=subject, text=text, html=html, atts=atts or [],
                 types=sorted(self.types), must=list(self.must), nams=list(self.nams))
        d.update(kw)
        return d


class NamPool:
    """Hands out blind-NAM holders, each at most once, matched on age."""

    def __init__(self, patients, rng):
        self.left = list(patients)
        rng.shuffle(self.left)
        self.used = []

    def take(self, kind, on):
        def ok(p, k):
            a = p.age(on)
            return {"child": a < 18, "adult": 18 <= a < 65, "elder": a >= 65, "young": 16 <= a < 30,
                    "any": True}[k]
        for k in [kind] + {"adult": ["young", "elder"], "elder": ["adult"], "young": ["adult"],
                           "child": [], "any": []}[kind]:
            for p in self.left:
                if ok(p, k):
                    self.left.remove(p)
                    self.used.append(p)
                    return p
        return None


def S(ctx, key):
    return STAFF[key]


def X(key):
    return EXTERNAL[key]
