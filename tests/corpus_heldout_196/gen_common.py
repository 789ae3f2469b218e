"""Shared helpers: seed, identifier generation and formatting, message context."""
import datetime
import os
import random
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.be import nn as std_nn
from stdnum.ca import sin as std_sin
from stdnum.fr import nir as std_nir

import gen_pools as P

SEED = 25196
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def load_nams(path=NAM_FILE):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()[:5]
            out.append(dict(surname=sur, given=given, dob=datetime.date.fromisoformat(dob), sex=sex, nam=nam))
    return out


def cap(s):
    return s[:1].upper() + s[1:]


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def email_local(given, surname):
    g = ascii_fold(given).lower().replace(" ", "")
    s = ascii_fold(surname).lower().replace(" ", "").replace("'", "")
    return f"{g}.{s}"


# ---------------------------------------------------------------- blocks
@dataclass
class Table:
    header: list
    rows: list


@dataclass
class Quote:
    intro: str
    blocks: list
    outlook: bool = False


@dataclass
class Fwd:
    headers: list      # list of (label, value)
    blocks: list
    banner: str


@dataclass
class Sig:
    lines: list


@dataclass
class Att:
    kind: str          # pdf docx xlsx csv ics vcf zip eml txt
    filename: str
    data: object


@dataclass
class Doc:
    category: str
    lang: str
    subject: str
    frm: tuple
    to: list
    body: list
    cc: list = field(default_factory=list)
    atts: list = field(default_factory=list)
    note: str = ""
    prefer: str = None          # plain / html / alt / None
    reply_to_id: str = None
    importance: bool = False


@dataclass
class Patient:
    given: str
    surname: str
    sex: str
    dob: datetime.date
    nam: str = None
    mrn: str = None
    sin: str = None
    ohn: str = None
    ohn_vc: str = None
    niss: str = None
    nir: str = None
    community: tuple = None
    phone: str = None
    address: str = None
    child: bool = False


@dataclass
class Staff:
    given: str
    surname: str
    sex: str
    role: str
    email: str
    phone: str
    extra: tuple = ()

    @property
    def name(self):
        return f"{self.given} {self.surname}"


# ---------------------------------------------------------------- identifiers
def gen_sin(rng):
    while True:
        body = str(rng.choice("1234567")) + "".join(str(rng.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(num):
            return num


def gen_ohn(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num, rng.choice(["AB", "KT", "HM", "ZX", "CE", "TW", "LP"])


def gen_niss(rng, dob, sex):
    while True:
        ser = rng.randrange(1, 998)
        if (ser % 2 == 1) != (sex == "M"):
            ser += 1
        if ser > 997:
            continue
        base = dob.strftime("%y%m%d") + "%03d" % ser
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + "%02d" % (97 - n % 97)
        if std_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([1, 6, 13, 14, 33, 35, 44, 49, 59, 61, 69, 72, 75, 76, 92, 93])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randint(1, 899) + "%03d" % rng.randint(1, 999)
        num = body + "%02d" % (97 - int(body) % 97)
        if std_nir.is_valid(num):
            return num


def gen_mrn(rng):
    return "%07d" % rng.randint(100000, 9899999)


def groups(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "space":
        return groups(nam, (4, 4, 4), " ")
    if style == "dash":
        return groups(nam, (4, 4, 4), "-")
    if style == "dot":
        return groups(nam, (4, 2, 2, 4), ".")
    if style == "fw":
        return groups(nam, (4, 4, 4), " ").translate(FW)
    if style == "lower":
        return groups(nam, (4, 4, 4), " ").lower()
    if style == "slash":
        return groups(nam, (4, 4, 4), "/")
    raise ValueError(style)


def fmt_digits(num, style, sizes):
    if style == "plain":
        return num
    if style == "space":
        return groups(num, sizes, " ")
    if style == "dash":
        return groups(num, sizes, "-")
    if style == "dot":
        return groups(num, sizes, ".")
    if style == "slash":
        return groups(num, sizes, "/")
    if style == "fw":
        return groups(num, sizes, " ").translate(FW)
    if style == "odd":
        return groups(num, (2,) * 10, " ")
    raise ValueError(style)


def fmt_niss(num, style):
    if style == "std":
        return f"{num[0:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:11]}"
    return fmt_digits(num, style, (6, 3, 2))


def fmt_nir(num, style):
    if style == "std":
        return std_nir.format(num)
    if style == "key":
        return num[:13] + " " + num[13:]
    return fmt_digits(num, style, (1, 2, 2, 2, 3, 3, 2))


def dob_variants(d):
    """Every rendering of a birth date that the generator can produce."""
    return {
        d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%Y/%m/%d"), d.strftime("%d-%m-%Y"),
        d.strftime("%d.%m.%Y"),
        f"{d.day} {P.MONTHS_FR[d.month - 1]} {d.year}", f"{P.MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {P.MONTHS_EN[d.month - 1][:3]} {d.year}",
        f"{d.strftime('%d')}-{P.MONTHS_EN[d.month - 1][:3].lower()}-{d.year}",
    }


def fmt_dob(d, style):
    return {
        "iso": d.isoformat(), "dmy": d.strftime("%d/%m/%Y"), "ymd": d.strftime("%Y/%m/%d"),
        "dmy-": d.strftime("%d-%m-%Y"), "dot": d.strftime("%d.%m.%Y"),
        "fr": f"{d.day} {P.MONTHS_FR[d.month - 1]} {d.year}", "en": f"{P.MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "en2": f"{d.day} {P.MONTHS_EN[d.month - 1][:3]} {d.year}",
        "mon": f"{d.strftime('%d')}-{P.MONTHS_EN[d.month - 1][:3].lower()}-{d.year}",
    }[style]


# ---------------------------------------------------------------- shared state
class Pool:
    """State shared by all messages of one run (consumed in a fixed order)."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        self.rng.shuffle(self.nams)
        self.nam_i = 0
        self.used = set()
        self.nam_surnames = {ascii_fold(n["surname"]).lower() for n in self.nams}
        for lst in (P.PAT_SURNAMES,) + tuple([s[1] for s in v] for v in P.STAFF.values()):
            for s in lst:
                assert ascii_fold(s).lower() not in self.nam_surnames, s

    def next_nam(self):
        rec = self.nams[self.nam_i % len(self.nams)]
        self.nam_i += 1
        return rec


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, pool, rng, lang, positive):
        self.pool = pool
        self.rng = rng
        self.lang = lang
        self.positive = positive
        self.types = set()
        self.ids = []          # (kind, compact value)
        self.nams = []         # NAM records used
        self.names = []        # (given, surname) of patients shown
        m = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
        d = rng.randint(1, 28)
        self.date = datetime.datetime(2024, m, d, rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59))
        while self.date.weekday() >= 5 and rng.random() < 0.85:
            self.date += datetime.timedelta(days=1)
        self.staff_used = {}

    # -- basic randomness
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def opt(self, *fns):
        """Pick one alternative and evaluate only that one (keeps finding types exact)."""
        return self.pick(fns)()

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def add(self, *types):
        assert self.positive, types
        self.types.update(types)

    # -- people
    def staff(self, role):
        if role in self.staff_used:
            return self.staff_used[role]
        rec = self.pick(P.STAFF[role])
        given, sur, sex = rec[0], rec[1], rec[2]
        dom = P.DOM
        st = Staff(given, sur, sex, role, f"{email_local(given, sur)}@{dom}",
                   f"418-555-01{self.rng.randint(10, 99)}", tuple(rec[3:]))
        self.staff_used[role] = st
        return st

    def other_staff(self, role, not_this):
        cands = [r for r in P.STAFF[role] if r[1] != not_this.surname]
        rec = self.pick(cands)
        return Staff(rec[0], rec[1], rec[2], role, f"{email_local(rec[0], rec[1])}@{P.DOM}",
                     f"418-555-01{self.rng.randint(10, 99)}", tuple(rec[3:]))

    def community(self, province=None):
        cands = [c for c in P.COMMUNITIES if province is None or c[5] == province]
        return self.pick(cands)

    def patient(self, kind="plain", sex=None, age=None, child=False, province=None):
        rng = self.rng
        if kind == "nam":
            rec = self.pool.next_nam()
            p = Patient(rec["given"], rec["surname"], rec["sex"], rec["dob"], nam=rec["nam"])
            self.nams.append(rec)
            p.child = (2024 - p.dob.year) < 16
        else:
            for _ in range(200):
                sx = sex or rng.choice("FM")
                given = rng.choice(P.PAT_GIVEN_F if sx == "F" else P.PAT_GIVEN_M)
                sur = rng.choice(P.PAT_SURNAMES)
                if (given, sur) not in self.pool.used:
                    break
            self.pool.used.add((given, sur))
            if age is None:
                age = rng.randint(2, 12) if child else rng.randint(19, 88)
            dob = datetime.date(2024 - age, rng.randint(1, 12), rng.randint(1, 28))
            p = Patient(given, sur, sx, dob, child=child or age < 16)
        p.mrn = gen_mrn(rng)
        p.community = self.community("ON" if kind == "on" else (province or ("QC" if kind == "nam" else None)))
        if kind == "on":
            p.ohn, p.ohn_vc = gen_ohn(rng)
        if kind == "be":
            p.niss = gen_niss(rng, p.dob, p.sex)
        if kind == "fr":
            p.nir = gen_nir(rng, p.dob, p.sex)
        if kind == "sin":
            p.sin = gen_sin(rng)
        area = "819" if p.community[5] == "QC" else "807"
        p.phone = f"{area}-555-01{rng.randint(10, 99)}"
        num = rng.randint(2, 480)
        if p.community[5] == "QC":
            p.address = self.pick([f"{num}, rue Tuktu, {p.community[0]} (Québec) J0M 9Z{rng.randint(1, 9)}",
                                   f"maison {num}, chemin du Lac, {p.community[0]} (Québec) J0Y 9Z{rng.randint(1, 9)}",
                                   f"C.P. {num}, {p.community[0]} (Québec) J0M 9Z{rng.randint(1, 9)}"])
        else:
            p.address = f"Box {num}, {p.community[0]}, ON P0V 9Z{rng.randint(1, 9)}"
        self.names.append((p.given, p.surname))
        return p

    # -- pronouns and agreement
    def il(self, p):
        return ("Elle" if p.sex == "F" else "Il") if self.lang == "fr" else ("She" if p.sex == "F" else "He")

    def his(self, p):
        return ("her" if p.sex == "F" else "his") if self.lang == "en" else ("sa" if p.sex == "F" else "son")

    def e(self, p):
        return "e" if p.sex == "F" else ""

    def patient_word(self, p):
        return ("la patiente" if p.sex == "F" else "le patient") if self.lang == "fr" else "the patient"

    # -- rendering patient elements (each records the finding type)
    def nm(self, p, style=None, allow_given=False):
        self.add("patient_name")
        styles = ["full", "full", "title", "caps", "caps2", "lower", "init", "title_last", "last_first"]
        if allow_given:
            styles.append("given")
        st = style or self.pick(styles)
        if p.nam and st in ("init", "title_last", "given", "sur"):
            st = self.pick(["full", "title", "caps", "last_first"])
        if p.child and st in ("title", "title_last"):
            st = "full"
        t = (("Mme" if p.sex == "F" else "M.") if self.lang == "fr"
             else self.pick(["Ms.", "Mrs."] if p.sex == "F" else ["Mr.", "Mr"]))
        return {
            "full": f"{p.given} {p.surname}",
            "title": f"{t} {p.given} {p.surname}",
            "caps": f"{p.surname.upper()}, {p.given}",
            "caps2": f"{p.surname.upper()} {p.given}",
            "lower": f"{p.given.lower()} {p.surname.lower()}",
            "init": f"{p.given[0]}. {p.surname}",
            "title_last": f"{t} {p.surname}",
            "last_first": f"{p.surname}, {p.given}",
            "given": p.given,
            "sur": p.surname,
        }[st]

    def dob(self, p, style=None):
        self.add("date_of_birth")
        st = style or self.pick(["iso", "iso", "dmy", "ymd", "dmy-", "dot", self.L("fr", "en"), "en2", "mon"])
        return fmt_dob(p.dob, st)

    def sex(self, p):
        if self.lang == "fr":
            return self.pick([f"Sexe : {p.sex}", f"sexe {p.sex}", f"Sexe : {'féminin' if p.sex == 'F' else 'masculin'}"])
        return self.pick([f"Sex: {p.sex}", f"sex {p.sex}", f"Sex: {'female' if p.sex == 'F' else 'male'}"])

    def nam(self, p, style=None, fw_ok=True):
        assert p.nam
        self.add("ramq_nam")
        styles = ["plain", "space", "space", "dash", "dot", "lower", "slash"] + (["fw"] if fw_ok else [])
        self.ids.append(("ramq_nam", p.nam))
        return fmt_nam(p.nam, style or self.pick(styles))

    def mrn(self, p, style=None, fw_ok=True, bare=False):
        self.add("mrn")
        self.ids.append(("mrn", p.mrn))
        styles = ["plain", "plain", "dash3", "space3", "prefix", "hash"] + (["fw"] if fw_ok else [])
        st = style or self.pick(styles)
        m = p.mrn
        out = {"plain": m, "dash3": m[:3] + "-" + m[3:], "space3": m[:3] + " " + m[3:],
               "prefix": "HRPA-" + m, "hash": "#" + m, "fw": m.translate(FW)}[st]
        return out

    def sin(self, p, style=None, fw_ok=True):
        self.add("ca_sin")
        self.ids.append(("ca_sin", p.sin))
        styles = ["plain", "space", "space", "dash", "dot", "slash"] + (["fw"] if fw_ok else [])
        return fmt_digits(p.sin, style or self.pick(styles), (3, 3, 3))

    def ohn(self, p, style=None, fw_ok=True, vc=True):
        self.add("ca_health_number")
        self.ids.append(("ca_health_number", p.ohn))
        styles = ["plain", "space", "dash", "dash", "dot"] + (["fw"] if fw_ok else [])
        s = fmt_digits(p.ohn, style or self.pick(styles), (4, 3, 3))
        if vc and self.chance(0.6):
            s += self.pick([" ", "-", " "]) + p.ohn_vc
        return s

    def niss(self, p, style=None, fw_ok=True):
        self.add("be_niss")
        self.ids.append(("be_niss", p.niss))
        styles = ["std", "std", "plain", "space", "dot"] + (["fw"] if fw_ok else [])
        return fmt_niss(p.niss, style or self.pick(styles))

    def nir(self, p, style=None, fw_ok=True):
        self.add("fr_nir")
        self.ids.append(("fr_nir", p.nir))
        styles = ["std", "std", "plain", "key", "dot"] + (["fw"] if fw_ok else [])
        return fmt_nir(p.nir, style or self.pick(styles))

    def phone(self, p):
        self.add("patient_contact")
        return self.pick([p.phone, "(" + p.phone[:3] + ") " + p.phone[4:], p.phone.replace("-", " "), p.phone.replace("-", ".")])

    def address(self, p):
        self.add("patient_contact")
        return p.address

    # -- clinical content
    AGES = {"preg": (16, 45, "F"), "cervix": (25, 85, "F"), "ent": (0, 15, None), "epi": (0, 15, None)}

    def case(self, keys=None, p=None):
        def fits(cs):
            if p is None:
                return True
            age = 2024 - p.dob.year
            lo, hi, sx = self.AGES.get(cs["key"], (18, 120, None))
            return lo <= age <= hi and (sx is None or sx == p.sex)
        cands = [cs for cs in P.CASES if (keys is None or cs["key"] in keys) and fits(cs)]
        if not cands:
            cands = [cs for cs in P.CASES if fits(cs)] or [cs for cs in P.CASES if cs["key"] in ("tb", "dm")]
        return self.pick(cands)

    def _i(self):
        return 0 if self.lang == "fr" else 1

    def dx(self, case, short=False):
        self.add("diagnosis")
        return case["dx_short" if short else "dx"][self._i()]

    def meds(self, case, k=None):
        self.add("medication")
        ms = case["meds"]
        k = k or self.rng.randint(1, len(ms))
        return [m[self._i()] for m in ms[:k]]

    def labs(self, case, k=None):
        self.add("lab_result")
        ls = case["labs"]
        k = k or self.rng.randint(1, len(ls))
        return [x[self._i()] for x in ls[:k]]

    def social(self, idx=None):
        self.add("social_information")
        s = P.SOCIAL[idx] if idx is not None else self.pick(P.SOCIAL)
        return s[self._i()]

    def spec(self, case):
        return case["spec"][self._i()]

    def reason(self, case):
        return case["reason"][self._i()]

    def proc(self, case):
        return case["proc"][self._i()]

    # -- dates
    def later(self, dmin=1, dmax=20):
        d = self.date + datetime.timedelta(days=self.rng.randint(dmin, dmax))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d.replace(hour=self.pick([8, 9, 10, 13, 14, 15]), minute=self.pick([0, 15, 30, 45]), second=0)

    def when(self, dt, with_time=True):
        if self.lang == "fr":
            s = f"{P.DAYS_FR[dt.weekday()]} {dt.day} {P.MONTHS_FR[dt.month - 1]}"
            if with_time:
                s += self.pick([f" à {dt.hour} h {dt.minute:02d}", f" à {dt.hour}h{dt.minute:02d}", f", {dt.hour}:{dt.minute:02d}"])
            return s
        s = f"{P.DAYS_EN[dt.weekday()]}, {P.MONTHS_EN[dt.month - 1]} {dt.day}"
        if with_time:
            h12 = dt.hour % 12 or 12
            s += self.pick([f" at {dt.hour}:{dt.minute:02d}", f" at {h12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}", f", {dt.hour:02d}{dt.minute:02d}h"])
        return s

    def short_date(self, dt):
        return self.pick([dt.strftime("%Y-%m-%d"), dt.strftime("%d/%m"), dt.strftime("%d/%m/%Y")])

    # -- mail furniture
    def addr(self, st):
        return (st.name, st.email)

    def hello(self, who=None):
        if self.lang == "fr":
            opts = ["Bonjour,", "Bonjour à tous,", "Allô,", "Bon matin,"] if who is None else [
                f"Bonjour {who},", f"Allô {who},", f"Bonjour {who}, ", f"{who},"]
        else:
            opts = ["Hi,", "Hello,", "Hi all,", "Good morning,"] if who is None else [
                f"Hi {who},", f"Hello {who},", f"{who} -", f"Good morning {who},"]
        return self.pick(opts).strip()

    def bye(self):
        return self.pick(["Merci !", "Merci beaucoup,", "Bonne journée,", "Merci de votre collaboration.", "Cordialement,", "Merci"]
                         if self.lang == "fr" else
                         ["Thanks!", "Thank you,", "Regards,", "Many thanks,", "Best,", "Thanks"])

    def sig(self, st, full=None, conf=None):
        fr = self.lang == "fr"
        role = (P.ROLE_FR if fr else P.ROLE_EN)[st.role]
        if fr and st.sex == "M":
            role = P.ROLE_FR_M.get(st.role, role)
        if st.role == "md":
            name = ("Dre " if st.sex == "F" else "Dr ") + st.name if fr else "Dr. " + st.name
            role = (st.extra[0] if fr else st.extra[1]).capitalize()
        else:
            name = st.name
        if st.role == "interp" and st.extra:
            role += f" – {(P.LANG_FR if fr else P.LANG_EN)[st.extra[0]]}"
        full = self.chance(0.6) if full is None else full
        lines = [name]
        if full:
            lines += [role, P.SERVICE_FR if fr else P.SERVICE_EN, P.HOSP_FR if fr else P.HOSP_EN,
                      P.HOSP_ADDR if fr else P.HOSP_ADDR_EN,
                      (f"Tél. : {st.phone}" if fr else f"Tel: {st.phone}") + self.pick(["", f" poste {self.rng.randint(2100, 2999)}" if fr else f" ext. {self.rng.randint(2100, 2999)}"]),
                      self.pick(["Téléc. : 418-555-0100" if fr else "Fax: 418-555-0100", st.email])]
        else:
            lines += [role]
        conf = self.chance(0.35) if conf is None else conf
        if conf:
            lines += ["", self.pick([
                "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
                "Ce message est destiné uniquement au destinataire visé. Toute diffusion non autorisée est interdite."]
                if fr else [
                "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, please delete it and notify the sender.",
                "This message is intended only for the named recipient. Unauthorized disclosure is prohibited."])]
        return Sig(lines)

    def quote(self, st, dt, subject, blocks, to=None):
        """A quoted earlier message (Gmail/Thunderbird '>' style or Outlook header style)."""
        fr = self.lang == "fr"
        if self.chance(0.5):
            intro = (f"Le {dt.day} {P.MONTHS_FR[dt.month - 1]} {dt.year} à {dt.hour:02d}:{dt.minute:02d}, {st.name} <{st.email}> a écrit :"
                     if fr else
                     f"On {P.DAYS_EN[dt.weekday()][:3]}, {P.MONTHS_EN[dt.month - 1][:3]} {dt.day}, {dt.year} at {dt.hour:02d}:{dt.minute:02d}, {st.name} <{st.email}> wrote:")
            return Quote(intro, blocks, False)
        to = to or (P.SERVICE_FR.split(" (")[0] if fr else "IIPNS intake")
        if fr:
            intro = (f"De : {st.name} <{st.email}>\nEnvoyé : {P.DAYS_FR[dt.weekday()]} {dt.day} {P.MONTHS_FR[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}\n"
                     f"À : {to}\nObjet : {subject}")
        else:
            intro = (f"From: {st.name} <{st.email}>\nSent: {P.DAYS_EN[dt.weekday()]}, {P.MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year} {dt.hour:02d}:{dt.minute:02d}\n"
                     f"To: {to}\nSubject: {subject}")
        return Quote(intro, blocks, True)

    def fwd(self, st, to, dt, subject, blocks):
        fr = self.lang == "fr"
        datestr = (f"{P.DAYS_FR[dt.weekday()]} {dt.day} {P.MONTHS_FR[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}"
                   if fr else f"{P.DAYS_EN[dt.weekday()]}, {P.MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year} {dt.hour:02d}:{dt.minute:02d}")
        if fr:
            banner = self.pick(["-------- Message transféré --------", "-----Message d'origine-----", "Début du message réexpédié :"])
            hdr = [("De", f"{st.name} <{st.email}>"), ("Date", datestr), ("À", to), ("Objet", subject)]
        else:
            banner = self.pick(["---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:"])
            hdr = [("From", f"{st.name} <{st.email}>"), ("Date", datestr), ("To", to), ("Subject", subject)]
        return Fwd(hdr, blocks, banner)

    def earlier(self, hours_min=1, hours_max=40):
        return self.date - datetime.timedelta(hours=self.rng.randint(hours_min, hours_max), minutes=self.rng.randint(0, 59))
