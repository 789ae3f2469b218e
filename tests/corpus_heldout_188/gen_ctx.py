"""Generation context: random source, patient factory, and helpers that render a finding
and record it (type, text that must be visible, identifier to check)."""
import datetime
import hashlib

import gen_clinic as C
import gen_util as U


class Ctx:
    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = list(holders)
        order = list(range(len(self.holders)))
        rng.shuffle(order)
        self._hq = order
        self._hi = 0
        self.used_pat = set()
        self.cur = None
        self.today = datetime.date(2025, 6, 1)

    # ---------------------------------------------------------------- message scope
    def begin(self, seq, kind):
        day0 = datetime.datetime(2025, 1, 6, 7, 0)
        span = 320 * 24 * 60
        mins = (seq * 9973 + self.rng.randrange(0, 900)) % span
        dt = day0 + datetime.timedelta(minutes=mins)
        if dt.weekday() >= 5 and self.rng.random() < 0.8:
            dt += datetime.timedelta(days=7 - dt.weekday())
        dt = dt.replace(hour=self.rng.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 21]),
                        second=self.rng.randrange(60))
        dt = dt.replace(tzinfo=U.tz_for(dt))
        self.today = dt.date()
        self.cur = {"types": set(), "must": [], "ids": [], "nams": [], "date": dt,
                    "seq": seq, "kind": kind}
        return dt

    def msgid(self, dt, dom=U.DOM, extra=""):
        h = hashlib.sha1(("%s|%s|%s|%s" % (U.SEED, self.cur["kind"], self.cur["seq"], extra)
                          ).encode()).hexdigest()
        return "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), h[:16].upper(), dom)

    def msg(self, lang, cat, note, frm, to, subject, text, **kw):
        spec = dict(lang=lang, cat=cat, note=note, frm=frm, to=to, subject=subject, text=text)
        spec.update(kw)
        spec.setdefault("date", self.cur["date"])
        spec["msgid"] = self.msgid(spec["date"], frm[1].split("@")[1])
        spec["types"] = sorted(self.cur["types"])
        spec["must"] = list(self.cur["must"])
        spec["ids"] = list(self.cur["ids"])
        spec["nams"] = list(self.cur["nams"])
        return spec

    def t(self, *types):
        self.cur["types"].update(types)

    def must(self, s):
        self.cur["must"].append(s)
        return s

    # ---------------------------------------------------------------- patients
    def next_holder(self):
        h = self.holders[self._hq[self._hi % len(self._hq)]]
        self._hi += 1
        return h

    def patient(self, lang, prog=None, holder=False, kind="qc"):
        r = self.rng
        if holder:
            h = self.next_holder()
            p = C.Patient(h.given, h.surname, h.sex, h.dob, lang,
                          prog or C.prog_for_age(r, h.dob, self.today), holder=h)
        else:
            while True:
                if kind == "be":
                    s, g, x = r.choice(U.PAT_BE)
                elif kind == "fra":
                    s, g, x = r.choice(U.PAT_FRA)
                else:
                    x = r.choice("MF")
                    if lang == "fr" or kind == "qcfr":
                        g = r.choice(U.PAT_FR_GIVEN_M if x == "M" else U.PAT_FR_GIVEN_F)
                        s = r.choice(U.PAT_FR_SUR)
                    else:
                        g = r.choice(U.PAT_EN_GIVEN_M if x == "M" else U.PAT_EN_GIVEN_F)
                        s = r.choice(U.PAT_EN_SUR)
                if (g, s) not in self.used_pat or len(self.used_pat) > 400:
                    self.used_pat.add((g, s))
                    break
            dob = C.dob_between(r, 1938, 2004)
            p = C.Patient(g, s, x, dob, lang, prog or C.prog_for_age(r, dob, self.today))
        p.mrn = U.gen_mrn(r)
        p.addr, p.addr_parts = C.address(r, lang, "ON" if kind == "on" else "QC")
        p.phone = U.phone(r, "613" if kind == "on" else None)
        p.room = C.room(r, p.prog)
        return p

    # ---------------------------------------------------------------- findings
    def nm(self, p, lang=None, style=None, record=True):
        style = style or self.rng.choice(C.NAME_STYLES)
        s = p.name(style, lang or p.lang)
        if record:
            self.t("patient_name")
            self.must(s)
        return s

    def dob(self, p, lang, style=None):
        style = style or self.rng.choice(U.DOB_STYLES_FR if lang == "fr" else U.DOB_STYLES_EN)
        self.t("date_of_birth")
        return self.must(U.fmt_date(p.dob, lang, style))

    def nam(self, p, style=None, plain_only=False):
        assert p.holder is not None
        style = style or ("plain" if plain_only else self.rng.choice(U.NAM_STYLES))
        if plain_only and style.startswith("fw"):
            style = "space"
        self.t("ramq_nam")
        self.cur["ids"].append(("ramq_nam", p.nam))
        if p.holder not in self.cur["nams"]:
            self.cur["nams"].append(p.holder)
        return U.fmt_nam(p.nam, style)

    def sex(self, p, lang):
        """The listed sex of a NAM holder (or of an invented patient)."""
        return p.sex

    def sin(self, style=None, ascii_only=False):
        v = U.gen_sin(self.rng)
        style = style or self.rng.choice(["plain", "space", "dash", "dot", "fw", "slash", "space"])
        if ascii_only and style == "fw":
            style = "space"
        self.t("ca_sin")
        self.cur["ids"].append(("ca_sin", v))
        return U.fmt_sin(v, style)

    def ohn(self, style=None, ascii_only=False):
        v, vc = U.gen_ohn(self.rng)
        style = style or self.rng.choice(["plain", "dash", "space", "fw", "dot", "vc"])
        if ascii_only and style == "fw":
            style = "dash"
        self.t("ca_health_number")
        self.cur["ids"].append(("ca_health_number", v))
        return U.fmt_ohn(v, vc, style)

    def niss(self, p, style=None, ascii_only=False):
        v = U.gen_niss(self.rng, p.dob, p.sex)
        style = style or self.rng.choice(["plain", "std", "space", "dash", "fw", "std"])
        if ascii_only and style == "fw":
            style = "std"
        self.t("be_niss")
        self.cur["ids"].append(("be_niss", v))
        return U.fmt_niss(v, style)

    def nir(self, p, style=None, ascii_only=False):
        v = U.gen_nir(self.rng, p.dob, p.sex)
        style = style or self.rng.choice(["plain", "space", "dot", "key", "fw", "space"])
        if ascii_only and style == "fw":
            style = "space"
        self.t("fr_nir")
        self.cur["ids"].append(("fr_nir", v))
        return U.fmt_nir(v, style)

    def mrn(self, p, style=None, ascii_only=False):
        style = style or self.rng.choice(U.MRN_STYLES)
        if ascii_only and style == "fw":
            style = "dash"
        self.t("mrn")
        self.cur["ids"].append(("mrn", p.mrn))
        return U.fmt_mrn(p.mrn, style)

    def dx(self, p, lang):
        self.t("diagnosis")
        return C.diagnosis(self.rng, p.prog, lang)

    def comp(self, p, lang, n=1):
        self.t("diagnosis")
        return C.complications(self.rng, p.prog, lang, n)

    def meds(self, p, lang, n=2):
        self.t("medication")
        return C.meds(self.rng, p.prog, lang, n)

    def labs(self, p, lang, n=2):
        self.t("lab_result")
        return C.labs(self.rng, p.prog, lang, n)

    def addr(self, p):
        self.t("patient_contact")
        return self.must(p.addr)

    def tel(self, p):
        self.t("patient_contact")
        return self.must(p.phone)

    # ---------------------------------------------------------------- people
    def st(self, *roles_or_idx):
        """Pick a staff member by index, or randomly among indexes given."""
        if roles_or_idx:
            return U.STAFF[self.rng.choice(roles_or_idx)]
        return self.rng.choice(U.STAFF)

    def sa(self, s, lang):
        return (U.staff_name(s, lang), U.staff_addr(s))

    def ext(self, key):
        return U.EXT_ORGS[key]

    def sig(self, s, lang, ext=None):
        ext = ext if ext is not None else self.rng.randrange(2100, 2999)
        role = s[4] if lang == "fr" else s[5]
        org = U.ORG_FR if lang == "fr" else U.ORG_EN
        tel = ("Tél. : 450-555-01%02d, poste %d" if lang == "fr" else
               "Tel. 450-555-01%02d ext. %d") % (self.rng.randrange(0, 100), ext)
        return "\n-- \n%s\n%s\n%s\n%s\n%s" % (U.staff_name(s, lang), role, org,
                                              U.ORG_ADDR_FR if lang == "fr" else U.ORG_ADDR_EN, tel)

    # ---------------------------------------------------------------- NAM holder block
    def ident(self, p, lang, layout=None, ascii_only=False, nstyle=None):
        """Name + birth date + sex (+ NAM when the patient is a holder), as one block."""
        r = self.rng
        if p.holder and nstyle is None:
            nstyle = r.choice(["full", "title", "upper_first", "sur_first", "sur_comma", "lower",
                               "upper"])
        name = self.nm(p, lang, nstyle)
        dob = self.dob(p, lang)
        sx = p.sex
        nam = self.nam(p, plain_only=ascii_only) if p.holder else None
        layout = layout if layout is not None else r.randrange(4)
        if lang == "fr":
            if layout == 0:
                s = "Patient : %s\nDDN : %s    Sexe : %s" % (name, dob, sx)
                return s + ("\nNAM : %s" % nam if nam else "")
            if layout == 1:
                return "%s (%s), né(e) le %s%s" % (name, sx, dob, (", NAM %s" % nam) if nam else "")
            if layout == 2:
                return "%s — %s — %s%s" % (name, sx, dob, (" — RAMQ %s" % nam) if nam else "")
            return "Nom : %s | Sexe : %s | Date de naissance : %s%s" % (
                name, sx, dob, (" | No d'assurance maladie : %s" % nam) if nam else "")
        if layout == 0:
            s = "Patient: %s\nDOB: %s    Sex: %s" % (name, dob, sx)
            return s + ("\nRAMQ: %s" % nam if nam else "")
        if layout == 1:
            return "%s (%s, DOB %s)%s" % (name, sx, dob, (", Quebec health card %s" % nam) if nam else "")
        if layout == 2:
            return "%s / %s / %s%s" % (name, dob, sx, (" / NAM %s" % nam) if nam else "")
        return "Name: %s | Sex: %s | Date of birth: %s%s" % (
            name, sx, dob, (" | Health insurance no.: %s" % nam) if nam else "")
