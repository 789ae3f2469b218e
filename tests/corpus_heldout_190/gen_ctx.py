"""Per-message context: patients, families, naming styles, identifier records."""
import datetime

import gen_common as C

from gen_clin import (APPTS, IMAGING, NEO_DX, NEO_FILL_MEDS, NEO_LABS, NEO_MEDS, NORMAL_IMG, PED_DX,
                      PED_FILL_MEDS, PED_LABS, PED_MEDS, PED_SECONDARY, PRETERM_SECONDARY, SOCIAL, TERM_SECONDARY)


class Patient:
    def __init__(self):
        self.given = None
        self.surname = None
        self.sex = None
        self.dob = None
        self.kind = None          # neo / ped
        self.holder = None        # NAM holder dict if the patient is the holder
        self.parent = None        # dict: given surname sex role holder phone address
        self.mrn = None           # (compact, display)
        self.ga = None
        self.bw = None
        self.neo_label = None     # baby naming ("Bébé garçon X")


class Ctx:
    def __init__(self, rng, lang, date, holders):
        self.rng = rng
        self.lang = lang
        self.date = date            # aware datetime of the message
        self.pools = C.Pools(rng)
        self.types = set()
        self.records = {"nam": [], "sin": [], "ohip": [], "niss": [], "nir": []}
        self.flags = set()
        self._holders = holders     # shared queue object

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def day(self, delta=0):
        return self.date.date() + datetime.timedelta(days=delta)

    # ------------------------------------------------------------ people
    def staff(self, unit="usin", doctor=None):
        return self.pools.staff(self.lang, unit, doctor)

    def neonate(self, with_name=None, nam_parent=False):
        r = self.rng
        p = Patient()
        p.kind = "neo"
        p.surname = self.pools.surname()
        g, s = self.pools.kid_given()
        p.sex = s
        p.dob = self.day(-r.randint(1, 75))
        p.dx_i = r.randrange(len(NEO_DX))
        if NEO_DX[p.dx_i][2]:
            p.ga = r.choice([34, 36, 38, 39, 40])
        else:
            p.ga = r.choice([24, 25, 26, 27, 28, 29, 30, 31, 32])
        p.gd = r.randint(0, 6)
        p.bw = {24: 640, 25: 760, 26: 850, 27: 990, 28: 1100, 29: 1260, 30: 1400, 31: 1550,
                32: 1700, 33: 1900, 34: 2150, 36: 2600, 38: 3000, 39: 3300, 40: 3450}[p.ga] + r.randint(-120, 160)
        if with_name is None:
            with_name = r.random() < 0.55
        p.given = g if with_name else None
        pg, psex = self.pools.parent_given("F")
        psur = p.surname if r.random() < 0.6 else self.pools.surname()
        p.parent = {"given": pg, "surname": psur, "sex": psex, "role": "mother", "holder": None}
        if nam_parent:
            h = self._holders.take("parent")
            if h is not None:
                p.parent = {"given": h["given"], "surname": h["surname"], "sex": h["sex"],
                            "role": "mother" if h["sex"] == "F" else "father", "holder": h}
                if r.random() < 0.7:
                    p.surname = h["surname"]
        p.mrn = self.pools.mrn()
        return p

    def child(self, nam=False, min_age=0.2, max_age=17.0):
        r = self.rng
        p = Patient()
        p.kind = "ped"
        h = self._holders.take("child") if nam else None
        if h is not None:
            p.given, p.surname, p.sex, p.dob = h["given"], h["surname"], h["sex"], h["dob"]
            p.holder = h
            age = (self.date.date() - p.dob).days / 365.25
            fits = [i for i, d in enumerate(PED_DX) if d[2][0] <= age <= d[2][1] + 0.5]
            p.dx_i = r.choice(fits or [i for i, d in enumerate(PED_DX) if d[2][1] >= 16])
        else:
            fits = [i for i, d in enumerate(PED_DX) if d[2][1] >= min_age and d[2][0] <= max_age]
            p.dx_i = r.choice(fits)
            lo, hi = max(min_age, PED_DX[p.dx_i][2][0]), min(max_age, PED_DX[p.dx_i][2][1])
            if hi < lo:
                lo, hi = PED_DX[p.dx_i][2]
            p.surname = self.pools.surname()
            p.given, p.sex = self.pools.kid_given()
            days = int(365.25 * (lo + (hi - lo) * r.random()))
            p.dob = self.day(-max(days, 20))
        pg, psex = self.pools.parent_given()
        psur = p.surname if r.random() < 0.6 else self.pools.surname()
        p.parent = {"given": pg, "surname": psur, "sex": psex,
                    "role": "mother" if psex == "F" else "father", "holder": None}
        p.mrn = self.pools.mrn()
        return p

    def age_text(self, p):
        d = (self.date.date() - p.dob).days
        if d < 60:
            return self.L(f"J{d}", f"day {d}") if self.rng.random() < 0.5 else self.L(f"{d} jours", f"{d} days")
        if d < 730:
            m = d // 30
            return self.L(f"{m} mois", f"{m} mo")
        y = d // 365
        return self.L(f"{y} ans", f"{y} y.o.")

    # ------------------------------------------------------------ naming
    def baby_label(self, p):
        """How a neonate is named (adds patient_name)."""
        self.types.add("patient_name")
        r = self.rng
        if p.holder is not None:
            return self.full_name(p)
        if p.given and r.random() < 0.75:
            return self.name(p)
        sexw = {"fr": {"M": "garçon", "F": "fille"}, "en": {"M": "Boy", "F": "Girl"}}[self.lang][p.sex]
        opts = self.L(
            [f"Bébé {sexw} {p.surname}", f"BB {sexw} {p.surname}",
             f"B{'G' if p.sex == 'M' else 'F'} {p.surname}", f"{p.surname.upper()}, bébé {sexw}",
             f"bb {p.surname.lower()}"],
            [f"Baby {sexw} {p.surname}", f"B{sexw[0]} {p.surname}", f"{p.surname.upper()}, Baby {sexw}",
             f"baby {p.surname.lower()}", f"{p.surname} baby"])
        return r.choice(opts)

    def name(self, p, styles=None):
        """A patient (or holder) name in a random style; adds patient_name."""
        self.types.add("patient_name")
        r = self.rng
        g, s = p.given, p.surname
        if p.holder is not None or not g:
            return self.full_name(p) if g else self.baby_label(p)
        styles = styles or ["plain", "plain", "upper_comma", "lower", "initial", "sur_first",
                            "initial_after", "upper_comma"]
        st = r.choice(styles)
        if st == "plain":
            return f"{g} {s}"
        if st == "upper_comma":
            return f"{s.upper()}, {g}"
        if st == "lower":
            return f"{g.lower()} {s.lower()}"
        if st == "initial":
            return f"{g[0]}. {s}"
        if st == "sur_first":
            return f"{s} {g}"
        if st == "initial_after":
            return f"{s} {g[0]}."
        return f"{g} {s}"

    def full_name(self, p_or_parent):
        """Always carries given name and surname (used for NAM holders)."""
        self.types.add("patient_name")
        if isinstance(p_or_parent, dict):
            g, s = p_or_parent["given"], p_or_parent["surname"]
        else:
            g, s = p_or_parent.given, p_or_parent.surname
        st = self.rng.choice(["plain", "upper_comma", "upper_comma", "sur_first", "lower", "caps"])
        if st == "plain":
            return f"{g} {s}"
        if st == "upper_comma":
            return f"{s.upper()}, {g}"
        if st == "sur_first":
            return f"{s} {g}"
        if st == "caps":
            return f"{g.upper()} {s.upper()}"
        return f"{g.lower()} {s.lower()}"

    def parent_name(self, p, title=True):
        par = p.parent
        if par["holder"] is not None:
            return self.full_name(par)
        g, s = par["given"], par["surname"]
        if title and self.rng.random() < 0.5:
            t = self.L("Mme" if par["sex"] == "F" else "M.", "Ms." if par["sex"] == "F" else "Mr.")
            return f"{t} {s}" if self.rng.random() < 0.5 else f"{t} {g} {s}"
        return f"{g} {s}"

    # ------------------------------------------------------------ identifiers
    def dob(self, p_or_h, long_ok=True):
        self.types.add("date_of_birth")
        d = p_or_h["dob"] if isinstance(p_or_h, dict) else p_or_h.dob
        return C.fmt_date(self.rng, d, self.lang, long_ok)

    def mrn(self, p):
        self.types.add("mrn")
        disp = p.mrn[1]
        if self.rng.random() < 0.12:
            disp = C.fullwidth(disp)
        return disp

    def nam_block(self, h, role=None, allow_fw=True):
        """Identification line for a NAM holder: name, sex, birth date, NAM."""
        self.types.update({"ramq_nam", "patient_name", "date_of_birth"})
        self.records["nam"].append(h["nam"])
        nm = self.full_name(h)
        dob = C.fmt_date(self.rng, h["dob"], self.lang)
        nam = C.fmt_nam(self.rng, h["nam"], allow_fw)
        sex = h["sex"]
        st = self.rng.randint(0, 3)
        lab_role = ""
        if role:
            roles = {"fr": {"mother": "Mère", "father": "Père", "patient": "Patient(e)", "parent": "Parent"},
                     "en": {"mother": "Mother", "father": "Father", "patient": "Patient", "parent": "Parent"}}
            lab_role = roles[self.lang][role] + self.L(" : ", ": ")
        if st == 0:
            return self.L(f"{lab_role}{nm} (sexe {sex}), né(e) le {dob}, NAM {nam}",
                          f"{lab_role}{nm} (sex {sex}), DOB {dob}, RAMQ {nam}")
        if st == 1:
            return self.L(f"{lab_role}{nm} — {sex} — DDN {dob} — NAM : {nam}",
                          f"{lab_role}{nm} — {sex} — DOB {dob} — HIN (RAMQ): {nam}")
        if st == 2:
            return self.L(f"{lab_role}{nm}\nSexe : {sex}\nDate de naissance : {dob}\nN° d'assurance maladie : {nam}",
                          f"{lab_role}{nm}\nSex: {sex}\nDate of birth: {dob}\nQuebec health insurance no.: {nam}")
        return self.L(f"{lab_role}{nm}, {sex}, {dob}, RAMQ {nam}",
                      f"{lab_role}{nm}, {sex}, {dob}, NAM {nam}")

    def sin(self, allow_fw=True):
        self.types.add("ca_sin")
        n = C.make_sin(self.rng)
        self.records["sin"].append(n)
        return C.fmt_sin(self.rng, n, allow_fw)

    def ohip(self, allow_fw=True):
        self.types.add("ca_health_number")
        n, vc = C.make_ohip(self.rng)
        self.records["ohip"].append(n)
        return C.fmt_ohip(self.rng, n, vc, allow_fw)

    def niss(self, dob, sex, allow_fw=True):
        self.types.add("be_niss")
        n = C.make_niss(self.rng, dob, sex)
        self.records["niss"].append(n)
        return C.fmt_niss(self.rng, n, allow_fw)

    def nir(self, dob, sex, allow_fw=True):
        self.types.add("fr_nir")
        n = C.make_nir(self.rng, dob, sex)
        self.records["nir"].append(n)
        return C.fmt_nir(self.rng, n, allow_fw)

    # ------------------------------------------------------------ clinical bits
    # Clinical helpers accept a Patient (coherent profile) or a kind string ("neo"/"ped").
    @staticmethod
    def _kind(x):
        return x if isinstance(x, str) else x.kind

    def _prof(self, p):
        return NEO_DX[p.dx_i] if p.kind == "neo" else PED_DX[p.dx_i]

    def dx(self, p=None, kind=None):
        """Main diagnosis of the patient."""
        self.types.add("diagnosis")
        if p is None:
            fr, en = self.rng.choice(NEO_DX if (kind or "neo") == "neo" else PED_DX)[:2]
            return self.L(fr, en)
        fr, en = self._prof(p)[:2]
        return self.L(fr, en)

    def dx2(self, p):
        """A secondary diagnosis compatible with the main one."""
        self.types.add("diagnosis")
        if p.kind == "neo":
            pool = [i for i in (TERM_SECONDARY if p.ga >= 34 else PRETERM_SECONDARY) if i != p.dx_i]
            fr, en = NEO_DX[self.rng.choice(pool)][:2]
        else:
            fr, en = self.rng.choice(PED_SECONDARY)
        return self.L(fr, en)

    def dxs(self, p, n=2):
        out = [self.dx(p)]
        while len(out) < n:
            x = self.dx2(p)
            if x not in out:
                out.append(x)
        return out

    def social(self):
        self.types.add("social_information")
        fr, en = self.rng.choice(SOCIAL)
        return self.L(fr, en)

    def _med_pool(self, x):
        if isinstance(x, str):
            return list(range(len(NEO_MEDS if x == "neo" else PED_MEDS)))
        prof = self._prof(x)
        pool = list(prof[4])
        for i in (NEO_FILL_MEDS if x.kind == "neo" else PED_FILL_MEDS):
            if i not in pool:
                pool.append(i)
        return pool

    def meds(self, x="neo", n=2):
        self.types.add("medication")
        table = NEO_MEDS if self._kind(x) == "neo" else PED_MEDS
        pool = self._med_pool(x)
        if isinstance(x, str):
            idx = self.rng.sample(pool, n)
        else:
            core = [i for i in pool[:len(self._prof(x)[4])]]
            self.rng.shuffle(core)
            idx = (core + [i for i in pool if i not in core])[:n]
        return [self.L(*table[i]) for i in idx]

    def med(self, x="neo"):
        self.types.add("medication")
        table = NEO_MEDS if self._kind(x) == "neo" else PED_MEDS
        if isinstance(x, str):
            fr, en = self.rng.choice(table)
        else:
            fr, en = table[self.rng.choice(self._prof(x)[4])]
        return self.L(fr, en)

    def lab(self, x="neo"):
        self.types.add("lab_result")
        table = NEO_LABS if self._kind(x) == "neo" else PED_LABS
        if isinstance(x, str):
            fr, en, ra, rb = self.rng.choice(table)
        else:
            fr, en, ra, rb = table[self.rng.choice(self._prof(x)[3])]
        a = self.rng.randint(*ra)
        b = self.rng.randint(*rb)
        if "7,{a}" in fr:
            a = f"{a:02d}"
        return self.L(fr, en).format(a=a, b=b)

    def imaging(self, p=None):
        self.types.add("lab_result")
        if p is None:
            i = self.rng.choice([k for k in range(len(IMAGING)) if k not in NORMAL_IMG])
        else:
            imgs = self._prof(p)[5]
            i = self.rng.choice(imgs) if imgs else (8 if p.kind == "neo" else 7)
        if i not in NORMAL_IMG:
            self.types.add("diagnosis")
        return self.L(*IMAGING[i])

    def appt(self):
        fr, en = self.rng.choice(APPTS)
        return self.L(fr, en)

    def phone_personal(self):
        self.types.add("patient_contact")
        return self.pools.phone()

    def address_personal(self):
        self.types.add("patient_contact")
        return self.pools.address()

    def ga_text(self, p):
        return self.L(f"{p.ga} {p.gd}/7 SA", f"{p.ga}+{p.gd} wk GA") if self.rng.random() < 0.5 else \
            self.L(f"{p.ga}+{p.gd} sem.", f"GA {p.ga}w{p.gd}d")


class HolderQueue:
    """Hands out NAM holders by age group, each at most twice, deterministically."""

    def __init__(self, holders, rng):
        self.groups = {"child": [], "parent": [], "grand": []}
        for h in holders:
            y = h["dob"].year
            g = "child" if y >= 2006 else ("parent" if y >= 1976 else "grand")
            self.groups[g].append(h)
        for g in self.groups.values():
            rng.shuffle(g)
        self.pos = {k: 0 for k in self.groups}

    def take(self, group):
        lst = self.groups[group]
        if not lst:
            return None
        i = self.pos[group]
        if i >= 2 * len(lst):
            return None
        self.pos[group] += 1
        return lst[i % len(lst)]
