"""Generation context: the random source, people factories and the per-message
builder that records which finding types a message really contains."""
import datetime

import gen_common as G
from gen_mime import Mail, tz_for

START = datetime.date(2024, 1, 8)
END = datetime.date(2025, 6, 27)


class Ctx:
    def __init__(self, rng, nam_holders):
        self.rng = rng
        self.nampool = G.NamPool(rng, nam_holders)
        self.nam_holders = nam_holders

    # ---- randomness shortcuts
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def num(self, a, b):
        return self.rng.randint(a, b)

    def dec(self, a, b, nd=1):
        return round(self.rng.uniform(a, b), nd)

    # ---- dates
    def day(self):
        span = (END - START).days
        while True:
            d = START + datetime.timedelta(days=self.rng.randint(0, span))
            if d.weekday() < 5 or self.chance(0.08):
                return d

    def when(self, d=None):
        d = d or self.day()
        return datetime.datetime(d.year, d.month, d.day, self.rng.randint(7, 18), self.rng.randint(0, 59),
                                 self.rng.randint(0, 59), tzinfo=tz_for(d))

    def later(self, d, a, b):
        out = d + datetime.timedelta(days=self.rng.randint(a, b))
        while out.weekday() >= 5:
            out += datetime.timedelta(days=1)
        return out

    # ---- people
    def staff(self, unit="inh", title=None, surnames=None):
        return G.make_staff(self.rng, title, unit, surnames)

    def doctor(self, lang, unit="pneumo", female=None):
        s = self.staff(unit)
        fem = s["given"] in ("Véronique", "Isabelle", "Karine", "Julie", "Annie", "Marie-Ève", "Caroline",
                             "Mélanie", "Rachel", "Megan", "Tanya", "Hannah", "Laura", "Audrey", "Catherine",
                             "Émilie", "Kim", "Josiane")
        s["title"] = ("Dre" if fem else "Dr") if lang == "fr" else "Dr."
        s["short"] = "%s %s" % (s["title"], s["surname"])
        return s

    def ext(self, key, first=None, last=None, role=None):
        org, dom, ext4 = G.EXTERNAL[key]
        given = first or self.pick(G.STAFF_GIVEN)
        sur = last or self.pick(G.STAFF_SURNAMES)
        local = G.strip_accents("%s.%s" % (given[0], sur)).lower().replace("'", "")
        return {"given": given, "surname": sur, "full": "%s %s" % (given, sur), "org": org,
                "email": "%s@%s" % (local, dom), "phone": "%s-555-%s" % (G.AREA, ext4), "role": role or "",
                "domain": dom}

    def generic(self, key, local):
        org, dom, ext4 = G.EXTERNAL[key]
        return (org, "%s@%s" % (local, dom))

    def unit_box(self, unit, lang):
        u = G.UNITS[unit]
        return (u[0] if lang == "fr" else u[1], "%s@%s" % (u[2], G.DOMAIN))

    def patient(self, kind="adult", nam=False, sex=None, min_year=None, max_year=None):
        if nam:
            if kind == "child":
                min_year = min_year or 2008
            else:
                max_year = max_year or 2004
            try:
                h = self.nampool.take(min_year, max_year)
            except RuntimeError:
                h = None
            if h is not None:
                p = G.make_patient(self.rng, kind)
                p.update(surname=h.surname, given=h.given, sex=h.sex, dob=h.dob, nam=h.nam, holder=h)
                return p
        p = G.make_patient(self.rng, kind, sex)
        p["holder"] = None
        return p


    def patients(self, n, kind="adult"):
        """n non-NAM patients with distinct surnames (for lists and rosters)."""
        out, seen = [], []
        while len(out) < n:
            p = self.patient(kind)
            if p["surname"] in seen:
                continue
            seen.append(p["surname"])
            out.append(p)
        return out

    def rooms(self, n, lo, hi, suffixes=("",)):
        out = []
        while len(out) < n:
            r = "%d%s" % (self.num(lo, hi), self.pick(list(suffixes)))
            if r not in out and r.rstrip("AB") not in [x.rstrip("AB") for x in out]:
                out.append(r)
        return out


class B:
    """Per-message builder: every helper that writes a finding also records its type."""

    def __init__(self, c, lang):
        self.c, self.lang = c, lang
        self.types, self.ids, self.nams = set(), [], []

    def add(self, *types):
        self.types.update(types)

    def name(self, p, style=None):
        self.add("patient_name")
        if p.get("nam"):
            style = style if style in G.FULL_STYLES else self.c.pick(G.FULL_STYLES)
        return G.name_form(p, style or self.c.pick(G.FULL_STYLES), self.lang)

    def dob(self, p, style=None):
        self.add("date_of_birth")
        return G.fmt_date(p["dob"], self.lang, style or self.c.pick(G.DOB_STYLES))

    def nam(self, p, style=None):
        self.add("ramq_nam")
        if p["holder"] not in self.nams:
            self.nams.append(p["holder"])
        return G.nam_form(p["nam"], style or self.c.pick(["plain", "plain", "spaced", "dotted", "hyphen", "lower",
                                                          "fullwidth", "slashed"]))

    def mrn(self, p, style=None):
        self.add("mrn")
        self.ids.append(("mrn", p["mrn"]))
        return G.mrn_form(p["mrn"], style or self.c.pick(["plain", "plain", "prefix", "spaced", "hyphen",
                                                          "dotted", "fullwidth"]))

    def contact(self, p, what="both"):
        self.add("patient_contact")
        if what == "phone":
            return p["phone"]
        if what == "addr":
            return "%s, %s (Québec) %s" % (p["street"], p["town"], p["postal"])
        return "%s, %s (Québec) %s — %s" % (p["street"], p["town"], p["postal"], p["phone"])

    def sex(self, p):
        if self.lang == "fr":
            return "Sexe : %s" % p["sex"]
        return "Sex: %s" % p["sex"]

    def ident_line(self, p, with_mrn=None, plain_nam=False):
        """One line or block that carries name, birth date, sex and NAM/MRN.
        Used whenever a NAM appears (the NAM always travels with these)."""
        lang = self.lang
        with_mrn = self.c.chance(0.5) if with_mrn is None else with_mrn
        nm = self.name(p)
        d = self.dob(p)
        parts = []
        layout = self.c.num(0, 2)
        nam = self.nam(p, "plain" if plain_nam else None) if p.get("nam") else None
        mrn = self.mrn(p) if (with_mrn or not nam) else None
        if layout == 0:
            bits = [nm, ("né(e) le %s" if lang == "fr" else "DOB %s") % d, self.sex(p)]
            if nam:
                bits.append(("NAM : %s" if lang == "fr" else "RAMQ: %s") % nam)
            if mrn:
                bits.append(("dossier %s" if lang == "fr" else "MRN %s") % mrn)
            return " — ".join(bits)
        if layout == 1:
            lab = (("Nom", "Date de naissance", "NAM", "No de dossier") if lang == "fr"
                   else ("Name", "Date of birth", "Health ins. no. (RAMQ)", "Chart no."))
            parts = ["%s : %s" % (lab[0], nm) if lang == "fr" else "%s: %s" % (lab[0], nm),
                     ("%s : %s" if lang == "fr" else "%s: %s") % (lab[1], d), self.sex(p)]
            if nam:
                parts.append(("%s : %s" if lang == "fr" else "%s: %s") % (lab[2], nam))
            if mrn:
                parts.append(("%s : %s" if lang == "fr" else "%s: %s") % (lab[3], mrn))
            return "\n".join(parts)
        bits = "%s (%s, %s %s" % (nm, self.sex(p), "DDN" if lang == "fr" else "DOB", d)
        if nam:
            bits += ", NAM %s" % nam
        if mrn:
            bits += ", %s %s" % ("dos." if lang == "fr" else "MRN", mrn)
        return bits + ")"

    def record(self, kind, value):
        self.add(kind)
        self.ids.append((kind, value))

    def mail(self, category, note, sender, to, subject, date, text=None, html=None, atts=None, cc=None,
             body_form=None, reply=None, headers=None, charset=None):
        return Mail(category, self.lang, note, sender, to, subject, date, text=text, html=html, atts=atts,
                    cc=cc, types=sorted(self.types), ids=self.ids, nams=self.nams, body_form=body_form,
                    reply=reply, headers=headers, confidential=True, charset=charset)


def who(s):
    """(display name, address) of a staff or external person."""
    disp = s["full"]
    if s.get("title"):
        disp = "%s %s" % (s["title"], s["full"]) if s["title"] in ("Dr", "Dre", "Dr.") else disp
    return (disp, s["email"])
