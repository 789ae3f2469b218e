"""Per-message context: language, people, and helpers that record finding types as they are used."""
import datetime as dt

import gen_common as G
import gen_vocab as V


class Ctx:
    def __init__(self, idx, lang, rng, nam_pool=None, positive=True):
        self.idx = idx
        self.lang = lang
        self.fr = lang == "fr"
        self.rng = rng
        self.people = G.People(rng)
        self.nam_pool = nam_pool
        self.positive = positive
        self.types = set()
        self.ids = []          # (kind, canonical) identifiers written in the message
        self.must = []         # folded strings that must be findable (patient names)
        self.nam_rows = []     # NAM rows used
        self.cur = None        # patient the clinical vocabulary is drawn for
        self.when = G.when_for(rng)
        self.today = self.when.date()

    # ------------------------------------------------------------ language
    def t(self, fr, en):
        return fr if self.fr else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    # ------------------------------------------------------------ staff / addresses
    def staff(self, domain=None, sex=None):
        p = self.people.person(sex)
        dom = domain or G.ORG["domain"]
        p["addr"] = G.staff_addr(p, dom)
        p["display"] = "%s %s" % (p["given"], p["surname"])
        return p

    def who(self, p, style=None):
        style = style or self.pick(["plain", "plain", "comma", "plain"])
        if style == "comma":
            return ("%s, %s" % (p["surname"], p["given"]), p["addr"])
        return (p["display"], p["addr"])

    def sig(self, p, role=None, org=None, phone=None):
        role = role or self.pick(V.ROLES_FR if self.fr else V.ROLES_EN)
        org = org or (G.ORG["name_fr"] if self.fr else G.ORG["name_en"])
        ph = phone or "%s, poste %d" % (G.ORG["phone"], self.rng.randrange(200, 480))
        if not self.fr:
            ph = ph.replace("poste", "ext.")
        return "%s\n%s\n%s\n%s %s" % (p["display"], role, org, self.t("Tél. :", "Tel:"), ph)

    def closing(self):
        return self.pick(V.SIGN_FR if self.fr else V.SIGN_EN)

    # ------------------------------------------------------------ patients
    def patient(self, kind="none", sex=None, age=None, min_age=0, max_age=120, focus=True):
        """kind: nam, mrn, sin, ohip, niss, nir, none.  NAM holders keep their listed birth date and sex."""
        rng = self.rng
        if kind == "nam":
            for k, row in enumerate(self.nam_pool):
                a = G.age_on(row["dob"], self.today)
                if min_age <= a <= max_age and (sex is None or row["sex"] == sex):
                    self.nam_pool.pop(k)
                    break
            else:
                raise RuntimeError("NAM pool exhausted")
            p = {"given": row["given"], "surname": row["surname"], "sex": row["sex"],
                 "dob": row["dob"], "nam": row["nam"]}
            self.nam_rows.append(row)
        else:
            q = self.people.person(sex)
            lo, hi = max(min_age, 18), min(max_age, 96)
            if age is not None:
                yrs = age
            elif hi >= 55 and rng.random() < 0.5:
                yrs = rng.randrange(max(lo, 55), hi + 1)
            else:
                yrs = rng.randrange(lo, hi + 1)
            dob = self.today - dt.timedelta(days=365 * yrs + rng.randrange(0, 360))
            p = {"given": q["given"], "surname": q["surname"], "sex": q["sex"], "dob": dob}
        p["age"] = G.age_on(p["dob"], self.today)
        p["mrn"] = G.make_mrn(rng)
        if kind == "sin":
            p["sin"] = G.make_sin(rng)
        if kind == "ohip":
            p["ohip"] = G.make_ohip(rng)
        if kind == "niss":
            p["niss"] = G.make_niss(rng, p["dob"], p["sex"])
        if kind == "nir":
            p["nir"] = G.make_nir(rng, p["dob"], p["sex"])
        p["address"] = G.home_address(rng)
        p["phone"] = G.phone(rng)
        if focus:
            self.cur = p
        return p

    def name(self, p, style=None):
        """Patient name in one of many forms; records patient_name."""
        styles = ["full", "full", "title", "upper_comma", "comma", "lower", "initial", "upper_first"]
        style = style or self.pick(styles)
        g, s = p["given"], p["surname"]
        if p.get("nam") and style in ("initial", "given", "title_sur"):
            style = "full"
        self.types.add("patient_name")
        if style == "given":
            self.must.append(G.fold(g))
            return g
        if style in ("initial", "title_sur"):
            self.must.append(G.fold(s))
        else:
            self.must.append(G.fold(s))
            self.must.append(G.fold(g))
        if style == "full":
            return "%s %s" % (g, s)
        if style == "title":
            if self.fr:
                return "%s %s %s" % ("Mme" if p["sex"] == "F" else "M.", g, s)
            return "%s %s %s" % ("Mrs." if p["sex"] == "F" else "Mr.", g, s)
        if style == "title_sur":
            if self.fr:
                return "%s %s" % ("Mme" if p["sex"] == "F" else "M.", s)
            return "%s %s" % ("Ms." if p["sex"] == "F" else "Mr.", s)
        if style == "upper_comma":
            return "%s, %s" % (s.upper(), g)
        if style == "comma":
            return "%s, %s" % (s, g)
        if style == "lower":
            return "%s %s" % (g.lower(), s.lower())
        if style == "initial":
            return "%s. %s" % (g[0], s)
        if style == "upper_first":
            return "%s %s" % (s.upper(), g)
        raise ValueError(style)

    def sexw(self, p):
        if self.fr:
            return self.pick(["F" if p["sex"] == "F" else "M", "sexe : " + p["sex"],
                              "femme" if p["sex"] == "F" else "homme"])
        return self.pick([p["sex"], "sex: " + p["sex"], "female" if p["sex"] == "F" else "male"])

    def dob(self, p, style=None):
        self.types.add("date_of_birth")
        if p.get("nam"):
            return G.nam_dob(p["dob"], self.rng, self.lang)
        style = style or self.pick(["iso", "dmy", "long", "slash_iso", "dmy_dash"])
        return G.fmt_date(p["dob"], style, self.lang)

    def nam(self, p, style=None):
        style = style or self.pick(["plain", "plain", "space", "dot", "dash", "slash", "fw", "lower", "space2"])
        self.types.add("ramq_nam")
        self.ids.append(("ramq_nam", p["nam"]))
        return G.fmt_nam(p["nam"], style)

    def nam_line(self, p, style=None):
        """NAM with its holder's birth date and sex, as a compact line."""
        n = self.nam(p, style)
        d = self.dob(p)
        if self.fr:
            return self.pick(["NAM : %s | DDN : %s | Sexe : %s" % (n, d, p["sex"]),
                              "NAM %s, né(e) le %s, %s" % (n, d, p["sex"]),
                              "RAMQ %s — DDN %s — %s" % (n, d, p["sex"])])
        return self.pick(["RAMQ %s | DOB %s | Sex %s" % (n, d, p["sex"]),
                          "Health card (RAMQ) %s, DOB %s, %s" % (n, d, p["sex"]),
                          "NAM %s / born %s / %s" % (n, d, p["sex"])])

    def sin(self, p, style=None):
        self.types.add("ca_sin")
        self.ids.append(("ca_sin", p["sin"]))
        return G.fmt_sin(p["sin"], style or self.pick(["plain", "space", "dash", "space", "fw", "dot"]))

    def ohip(self, p, style=None):
        self.types.add("ca_health_number")
        self.ids.append(("ca_health_number", p["ohip"]))
        return G.fmt_ohip(p["ohip"], style or self.pick(["plain", "dash", "space", "vc", "fw"]),
                          self.pick(["AB", "KT", "XZ", "MH"]))

    def niss(self, p, style=None):
        self.types.add("be_niss")
        self.ids.append(("be_niss", p["niss"]))
        return G.fmt_niss(p["niss"], style or self.pick(["plain", "dot", "dot", "space"]))

    def nir(self, p, style=None):
        self.types.add("fr_nir")
        self.ids.append(("fr_nir", p["nir"]))
        return G.fmt_nir(p["nir"], style or self.pick(["plain", "space", "space", "dot"]))

    def mrn(self, p, style=None):
        self.types.add("mrn")
        self.ids.append(("mrn", p["mrn"]))
        return G.fmt_mrn(p["mrn"], style or self.pick(["plain", "plain", "space", "dash", "dot", "slash", "fw"]))

    def mrn_label(self):
        return self.pick(["dossier", "no de dossier", "N° dossier", "# dossier"]) if self.fr else \
            self.pick(["MRN", "chart #", "chart no.", "hospital #"])

    # ------------------------------------------------------------ clinical content
    def _child(self):
        return self.cur is not None and self.cur["age"] < 16

    def _dx_ok(self, k):
        if self._child():
            return k in V.CHILD_DX
        if k == 16:
            return self.cur is not None and self.cur["sex"] == "F" and 16 <= self.cur["age"] <= 46
        return k not in V.CHILD_ONLY_DX

    def dx(self, i=None, short=False):
        self.types.add("diagnosis")
        if i is None:
            i = self.pick([k for k in range(len(V.DX)) if self._dx_ok(k)])
        row = V.DX[i]
        if short:
            return row[2] if self.fr else row[1]
        return row[0] if self.fr else row[1]

    def med(self, field=False):
        self.types.add("medication")
        if field:
            rows = V.FIELD_MEDS if not self._child() else [V.FIELD_MEDS[k] for k in (1, 2, 3, 4, 5, 7)]
        else:
            rows = V.MEDS if not self._child() else [V.MEDS[k] for k in V.CHILD_MEDS]
        row = self.pick(rows)
        return row[0] if self.fr else row[1]

    def meds(self, n):
        self.types.add("medication")
        pool = V.MEDS if not self._child() else [V.MEDS[k] for k in V.CHILD_MEDS]
        rows = self.rng.sample(pool, min(n, len(pool)))
        return [r[0] if self.fr else r[1] for r in rows]

    def res(self, i=None):
        self.types.add("lab_result")
        row = V.RESULTS[i] if i is not None else self.pick(V.RESULTS)
        return row[0] if self.fr else row[1]

    def social(self, i=None):
        self.types.add("social_information")
        row = V.SOCIAL[i] if i is not None else self.pick(V.SOCIAL)
        return row[0] if self.fr else row[1]

    def address(self, p):
        self.types.add("patient_contact")
        return p["address"]

    def phone(self, p):
        self.types.add("patient_contact")
        return p["phone"]

    def dest(self):
        i = self.rng.randrange(len(V.DESTS))
        return V.DESTS[i] if self.fr else V.DESTS_EN[i]

    def unit(self):
        return self.pick(G.UNITS)

    def call_no(self):
        return "%d-%06d" % (self.when.year, self.rng.randrange(10000, 999999))

    def hhmm(self, base_min=0):
        t = self.when + dt.timedelta(minutes=base_min)
        return t.strftime("%H:%M") if self.fr else t.strftime("%H:%M")

    def day(self, offset=0, style="long"):
        d = self.today + dt.timedelta(days=offset)
        return G.fmt_date(d, style, self.lang)
