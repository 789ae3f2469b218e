"""Per-message context: language, dates, and helpers that render patient data
while recording the finding types and the facts the self-check verifies."""
import datetime

from gen_common import (DOM, STAFF, EXT_DOMS, fmt_date, fmt_nam, fmt_sin, fmt_ohip, fmt_niss,
                        fmt_nir, fmt_mrn, age_at, staff_name, staff_addr, day_label,
                        make_sin, FR_MONTHS, EN_MONTHS)


class Ctx:
    def __init__(self, rng, lang, date, pf, idx, positive):
        self.rng = rng
        self.lang = lang
        self.date = date            # aware datetime of the message
        self.pf = pf                # PatientFactory
        self.idx = idx
        self.positive = positive
        self.types = set()
        self.facts = {"nams": [], "ids": [], "strings": []}
        self.feats = set()
        self._mid = 0
        self._cache = {}

    def _style(self, kind, p, options):
        """Default rendering style for (field, patient), fixed for the whole message
        so that a value rendered twice (e.g. in both language branches) is identical."""
        key = (kind, id(p))
        if key not in self._cache:
            self._cache[key] = self.rng.choice(options)
        return self._cache[key]

    # ---------------------------------------------------------------- basics
    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def choice(self, seq):
        return self.rng.choice(seq)

    def t(self, *types):
        self.types.update(types)

    def msgid(self, when=None):
        self._mid += 1
        when = when or self.date
        return f"<{when.strftime('%Y%m%d%H%M%S')}.{self.rng.getrandbits(40):010x}.{self.idx}{self._mid}@{DOM}>"

    def today(self):
        return self.date.date()

    def future(self, lo=2, hi=40):
        d = self.today() + datetime.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def past(self, lo=1, hi=30):
        d = self.today() - datetime.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def dlong(self, d):
        return fmt_date(d, self.lang, "long")

    def dday(self, d):
        return day_label(d, self.lang)

    def dshort(self, d):
        return fmt_date(d, self.lang, self.choice(["iso", "dmy"]) if self.lang == "fr" else self.choice(["iso", "long"]))

    def hour(self):
        h = self.rng.choice([7, 8, 8, 9, 10, 11, 13, 13, 14, 15])
        m = self.rng.choice([0, 0, 15, 30, 45])
        return (f"{h} h {m:02d}" if self.lang == "fr" else
                f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"), h, m

    # ---------------------------------------------------------------- staff
    def staff(self, key, title=True):
        return staff_name(key, self.lang, title)

    def saddr(self, key):
        return (staff_name(key, self.lang, False), staff_addr(key))

    def ext(self, key, local):
        return EXT_DOMS[key][0], f"{local}@{EXT_DOMS[key][1]}"

    # ---------------------------------------------------------------- patients
    def title(self, p):
        if self.lang == "fr":
            return "Mme" if p["sex"] == "F" else "M."
        return self._style("title", p, ["Ms.", "Mrs."]) if p["sex"] == "F" else "Mr."

    def _rec(self, s):
        self.facts["strings"].append(s)
        return s

    def name(self, p, style=None):
        st = style or self._style("name", p, ["full", "title_full", "title_sur", "upper", "sur_first",
                                              "lower", "init_sur", "full", "upper"])
        g, s = p["given"], p["surname"]
        out = {
            "full": f"{g} {s}",
            "title_full": f"{self.title(p)} {g} {s}",
            "title_sur": f"{self.title(p)} {s}",
            "upper": f"{s.upper()}, {g}",
            "upper_nocomma": f"{s.upper()} {g}",
            "sur_first": f"{s} {g}",
            "sur_comma": f"{s}, {g}",
            "lower": f"{g.lower()} {s.lower()}",
            "init_sur": f"{g[0]}. {s}",
            "given": g,
            "sur_only": s,
        }[st]
        self.t("patient_name")
        return self._rec(out)

    def dob(self, p, style=None):
        st = style or self._style("dob", p, ["iso", "dmy", "long", "ymd_slash", "dmy_dash", "dotted"])
        self.t("date_of_birth")
        return self._rec(fmt_date(p["dob"], self.lang, st))

    def age(self, p):
        return age_at(p["dob"], self.today())

    def sex(self, p, style=None):
        st = style or self._style("sex", p, ["letter", "word"])
        if st == "letter":
            s = p["sex"]
        elif self.lang == "fr":
            s = "féminin" if p["sex"] == "F" else "masculin"
        else:
            s = "female" if p["sex"] == "F" else "male"
        return self._rec(s)

    def nam(self, p, style=None):
        assert p.get("nam"), "nam() needs a NAM holder"
        st = style or self._style("nam", p, ["plain", "plain", "spaced", "spaced", "hyphen", "dotted",
                                             "slashed", "fullwidth", "lower", "odd"])
        if st == "fullwidth":
            self.feats.add("fullwidth_digits")
        self.t("ramq_nam")
        self.facts["nams"].append(p["nam"])
        return fmt_nam(p["nam"], st)

    def ident(self, p, layout=None, name_style=None, nam_style=None, dob_style=None):
        """A one-line identification of a NAM holder: full name, DOB, sex, NAM."""
        lay = layout or self.choice(["line", "pipe", "paren", "labels", "compact"])
        nm = self.name(p, name_style or self.choice(["upper", "full", "title_full", "sur_first", "sur_comma", "upper_nocomma"]))
        d = self.dob(p, dob_style)
        sx = self.sex(p, "letter" if lay in ("paren", "compact") else None)
        n = self.nam(p, nam_style)
        if self.lang == "fr":
            return {
                "line": f"Patient(e) : {nm} — DDN : {d} — Sexe : {sx} — NAM : {n}",
                "pipe": f"{nm} | né(e) le {d} | sexe {sx} | NAM {n}",
                "paren": f"{nm} ({sx}, DDN {d}), NAM {n}",
                "labels": f"Nom : {nm}\nDate de naissance : {d}\nSexe : {sx}\nNAM : {n}",
                "compact": f"{nm} {sx} {d} RAMQ {n}",
            }[lay]
        return {
            "line": f"Patient: {nm} - DOB: {d} - Sex: {sx} - RAMQ: {n}",
            "pipe": f"{nm} | DOB {d} | sex {sx} | health ins. no. {n}",
            "paren": f"{nm} ({sx}, DOB {d}), RAMQ no. {n}",
            "labels": f"Name: {nm}\nDate of birth: {d}\nSex: {sx}\nRAMQ (NAM): {n}",
            "compact": f"{nm} {sx} {d} NAM {n}",
        }[lay]

    def ident_cols(self, p, nam_style=None, dob_style="iso"):
        """Fields for a table row: (surname upper, given, dob, sex, nam)."""
        self.t("patient_name")
        self._rec(p["surname"].upper())
        self._rec(p["given"])
        return (p["surname"].upper(), p["given"], self.dob(p, dob_style), self.sex(p, "letter"),
                self.nam(p, nam_style or self.choice(["plain", "spaced", "plain"])))

    def mrn(self, p, style=None):
        st = style or self._style("mrn", p, ["plain", "H", "hyphen", "spaced", "slashed", "dotted", "plain", "fullwidth"])
        if st == "fullwidth":
            self.feats.add("fullwidth_digits")
        self.t("mrn")
        self.facts["ids"].append(("mrn", p["mrn"]))
        return fmt_mrn(p["mrn"], st)

    def sin(self, p, style=None):
        p.setdefault("sin", make_sin(self.rng))
        st = style or self._style("sin", p, ["plain", "spaced", "hyphen", "dotted", "fullwidth"])
        if st == "fullwidth":
            self.feats.add("fullwidth_digits")
        self.t("ca_sin")
        self.facts["ids"].append(("ca_sin", p["sin"]))
        return fmt_sin(p["sin"], st)

    def ohip(self, p, style=None):
        st = style or self._style("ohip", p, ["plain", "spaced", "hyphen", "dotted", "fullwidth"])
        if st == "fullwidth":
            self.feats.add("fullwidth_digits")
        self.t("ca_health_number")
        self.facts["ids"].append(("ca_health_number", p["ohip"]))
        return fmt_ohip(p["ohip"], p["ohip_vc"], st)

    def niss(self, p, style=None):
        st = style or self._style("niss", p, ["official", "plain", "spaced", "slashed", "fullwidth"])
        if st == "fullwidth":
            self.feats.add("fullwidth_digits")
        self.t("be_niss")
        self.facts["ids"].append(("be_niss", p["niss"]))
        return fmt_niss(p["niss"], st)

    def nir(self, p, style=None):
        st = style or self._style("nir", p, ["official", "plain", "dotted", "hyphen", "fullwidth"])
        if st == "fullwidth":
            self.feats.add("fullwidth_digits")
        self.t("fr_nir")
        self.facts["ids"].append(("fr_nir", p["nir"]))
        return fmt_nir(p["nir"], st)

    def note_id(self, kind, p):
        """Record that an identifier already rendered elsewhere (e.g. a file name) is present."""
        self.t(kind)
        self.facts["ids"].append((kind, p["mrn"] if kind == "mrn" else p[kind]))

    def phone(self, p, which="phone"):
        self.t("patient_contact")
        return self._rec(p[which])

    def address(self, p):
        self.t("patient_contact")
        return self._rec(p["address"])

    # ---------------------------------------------------------------- threads
    def quote_intro(self, who_name, who_addr, when):
        if self.lang == "fr":
            style = self.choice(["gmail", "outlook"])
            if style == "gmail":
                return (f"Le {FR_DAYS_SHORT[when.weekday()]} {when.day} {FR_MONTHS[when.month - 1]} {when.year} "
                        f"à {when.hour:02d}:{when.minute:02d}, {who_name} <{who_addr}> a écrit :")
            return f"-----Message d'origine-----\nDe : {who_name} <{who_addr}>\nEnvoyé : {when.day} {FR_MONTHS[when.month - 1]} {when.year} {when.hour:02d}:{when.minute:02d}"
        return (f"On {EN_DAYS_SHORT[when.weekday()]}, {EN_MONTHS[when.month - 1][:3]} {when.day}, {when.year} "
                f"at {(when.hour - 1) % 12 + 1}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'} {who_name} <{who_addr}> wrote:")

    def fwd_header(self, who_name, who_addr, when, subject, to_name, to_addr):
        if self.lang == "fr":
            return ["---------- Message transféré ---------",
                    f"De : {who_name} <{who_addr}>",
                    f"Date : {when.day} {FR_MONTHS[when.month - 1]} {when.year} à {when.hour:02d}:{when.minute:02d}",
                    f"Objet : {subject}",
                    f"À : {to_name} <{to_addr}>"]
        return ["---------- Forwarded message ---------",
                f"From: {who_name} <{who_addr}>",
                f"Date: {EN_DAYS_SHORT[when.weekday()]}, {EN_MONTHS[when.month - 1][:3]} {when.day}, {when.year} at {(when.hour - 1) % 12 + 1}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}",
                f"Subject: {subject}",
                f"To: {to_name} <{to_addr}>"]

    def earlier(self, hours_lo=2, hours_hi=70):
        t = self.date - datetime.timedelta(hours=self.rng.randint(hours_lo, hours_hi),
                                           minutes=self.rng.randint(0, 59))
        if t.hour < 7 or t.hour > 19:
            t = t.replace(hour=self.rng.randint(8, 16))
            if t >= self.date:
                t -= datetime.timedelta(days=1)
        while t.weekday() >= 5:
            t -= datetime.timedelta(days=1)
        return t


FR_DAYS_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
EN_DAYS_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def att(kind, filename, data, ctype=None, **kw):
    ctypes = {
        "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "csv": "text/csv", "ics": "text/calendar", "vcf": "text/vcard", "zip": "application/zip",
        "eml": "message/rfc822", "txt": "text/plain",
    }
    d = {"kind": kind, "filename": filename, "data": data, "ctype": ctype or ctypes[kind]}
    if kind == "ics":
        d["ctype"] = "text/calendar; method=REQUEST" if ctype is None else ctype
    d.update(kw)
    return d
