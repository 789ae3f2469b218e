"""Template toolkit: message spec builder, phrasing helpers, patient identification blocks."""
import datetime

from gen_common import (MOIS, MONTHS, TYPES, compact_id, day_en, day_fr, fmt_date, mrn_render,
                        nam_render)
from gen_org import signature, st

EDT = datetime.timezone(datetime.timedelta(hours=-4))
EST = datetime.timezone(datetime.timedelta(hours=-5))

HOLDER_NAME_STYLES = ["full", "title_full", "upper_comma", "upper_both", "comma", "lower",
                      "lower_sf", "surname_first"]
ANY_NAME_STYLES = HOLDER_NAME_STYLES + ["initial", "sur_initial", "title_sur"]


def tz_for(d):
    return EDT if datetime.date(2024, 3, 10) <= d.date() < datetime.date(2024, 11, 3) else EST


class Msg:
    """Accumulates one message: content, labels and what the verifier must find."""

    def __init__(self, t, kind, cat, note):
        self.t, self.kind, self.cat, self.note = t, kind, cat, note
        self.lang = t.lang
        self.types = set()
        self.nams = []          # NAM holders (Person) whose NAM appears
        self.ids = {}           # type -> [compact identifier]
        self.must = []          # strings that must survive encoding/decoding
        self.frm, self.to, self.cc = None, [], []
        self.subject, self.body, self.atts = "", "", []
        self.in_reply_to = None
        self.importance = False
        self.tx = {}

    def ty(self, *types):
        for x in types:
            assert x in TYPES, x
            self.types.add(x)
        return self

    def holder(self, p):
        self.nams.append(p)
        self.ty("ramq_nam", "patient_name", "date_of_birth")

    def idv(self, typ, value):
        self.ids.setdefault(typ, []).append(compact_id(value))
        self.ty(typ)

    def spec(self):
        if self.kind == "pos":
            assert self.types, self.cat
        else:
            assert not self.types and not self.nams and not self.ids, self.cat
        return dict(kind=self.kind, cat=self.cat, lang=self.lang, note=self.note,
                    types=[x for x in TYPES if x in self.types],
                    **{"from": self.frm}, to=self.to, cc=self.cc, subject=self.subject,
                    body=self.body, atts=self.atts, nams=[p.nam for p in self.nams],
                    holders=[(p.surname, p.given, p.dob.isoformat(), p.sex, p.nam) for p in self.nams],
                    ids=self.ids, must=self.must, in_reply_to=self.in_reply_to,
                    importance=self.importance, tx=self.tx)


class T:
    """Per-message template context: language, send date, random helpers."""

    def __init__(self, ctx, lang, when, idx):
        self.c, self.lang, self.when, self.idx = ctx, lang, when, idx
        self.rng = ctx.rng
        ctx.cur_lang = lang

    # delegation
    def pick(self, seq):
        return self.c.pick(seq)

    def chance(self, p):
        return self.c.chance(p)

    def randint(self, a, b):
        return self.c.randint(a, b)

    def fr(self):
        return self.lang == "fr"

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    # dates
    def future(self, lo=3, hi=40, weekday=True):
        d = self.when.date() + datetime.timedelta(days=self.randint(lo, hi))
        while weekday and d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def past(self, lo=1, hi=30):
        d = self.when.date() - datetime.timedelta(days=self.randint(lo, hi))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def day(self, d, year=False):
        return day_fr(d, year) if self.fr() else day_en(d, year)

    def short(self, d):
        if self.fr():
            return self.pick([f"{d.day} {MOIS[d.month - 1]}", d.strftime("%d/%m"), d.isoformat()])
        return self.pick([f"{MONTHS[d.month - 1][:3]} {d.day}", d.strftime("%m/%d"), d.isoformat()])

    def earlier(self, hours_lo=1, hours_hi=60):
        w = self.when.replace(tzinfo=None) - datetime.timedelta(minutes=self.randint(hours_lo * 60, hours_hi * 60))
        if w.hour < 7 or w.hour > 18:
            w = w.replace(hour=self.randint(8, 16))
        while w >= self.when.replace(tzinfo=None) or w.weekday() >= 5:
            w -= datetime.timedelta(days=1)
        return w.replace(tzinfo=tz_for(w))

    def at(self, d, hh, mm=0):
        return datetime.datetime(d.year, d.month, d.day, hh, mm)

    # people
    def name_style(self, holder=False):
        return self.pick(HOLDER_NAME_STYLES if holder else ANY_NAME_STYLES)

    def dob(self, p, style=None):
        style = style or self.pick(["iso", "dmy", "long", "iso", "ymd_slash", "dmy_dash", "dotted"]
                                   if self.fr() else ["iso", "long", "mon", "iso", "mdy", "dotted"])
        return fmt_date(p.dob, style, self.lang)

    def sexm(self, p):
        return p.sex

    def nam(self, p, style=None):
        style = style or self.pick(["plain", "spaced", "spaced", "plain", "dotted", "hyphen", "slashed",
                                    "fullwidth", "lower", "spaced_chars"])
        return nam_render(p.nam, style)

    def mrn(self, p, style=None):
        if p.mrn is None:
            p.mrn = self.c.mrn()
        style = style or self.pick(["plain", "plain", "spaced", "hyphen", "dotted", "fullwidth", "slashed"])
        return mrn_render(p.mrn, style)

    def mrn_label(self):
        return self.pick(["Dossier", "No dossier", "N° de dossier", "# dossier", "Dossier HSA"] if self.fr()
                         else ["MRN", "Chart #", "Chart no.", "Hosp. #", "MRN:"])

    def ident_block(self, m, p, style=None, with_mrn=None, nam_style=None, name_style=None):
        """Identification lines for a NAM holder (name, DOB, sex, NAM [, MRN])."""
        m.holder(p)
        ns = name_style or self.name_style(holder=True)
        nm = p.name(ns, self.lang)
        nam = self.nam(p, nam_style)
        dob = self.dob(p)
        with_mrn = self.chance(0.4) if with_mrn is None else with_mrn
        mrn = ""
        if with_mrn:
            mrn = self.mrn(p)
            m.idv("mrn", mrn)
        style = style if style is not None else self.randint(0, 4)
        fr = self.fr()
        if style == 0:
            lines = [f"{'Nom' if fr else 'Name'} : {nm}" if fr else f"Name: {nm}",
                     (f"DDN : {dob}    Sexe : {p.sex}" if fr else f"DOB: {dob}    Sex: {p.sex}"),
                     (f"NAM : {nam}" if fr else f"RAMQ: {nam}")]
            if mrn:
                lines.append(f"{self.mrn_label()} : {mrn}" if fr else f"{self.mrn_label().rstrip(':')}: {mrn}")
            return "\n".join(lines)
        if style == 1:
            s = f"{nm} ({p.sex}), {'né(e) le' if fr else 'DOB'} {dob}, NAM {nam}"
            return s + (f", {self.mrn_label().lower()} {mrn}" if mrn else "")
        if style == 2:
            s = f"{nm} – {dob} – {p.sex} – {nam}"
            return s + (f" – {mrn}" if mrn else "")
        if style == 3:
            s = (f"Patient(e) : {nm}\nNAM {nam} / DDN {dob} / sexe {p.sex}" if fr
                 else f"Patient: {nm}\nHealth ins. (RAMQ) {nam} / DOB {dob} / sex {p.sex}")
            return s + (f"\n{self.mrn_label()} {mrn}" if mrn else "")
        s = (f"{nm.upper() if self.chance(0.5) else nm}   {nam}   {dob}   {'Sexe' if fr else 'Sex'}: {p.sex}")
        return s + (f"   {mrn}" if mrn else "")

    def ident_row(self, m, p, cols, name_style=None):
        """One table row for a holder or a plain patient. cols: subset of name,dob,sex,nam,mrn."""
        out = []
        for col in cols:
            if col == "name":
                out.append(p.name(name_style or self.name_style(holder=p.nam is not None), self.lang))
                m.ty("patient_name")
            elif col == "dob":
                out.append(self.dob(p, "iso" if self.chance(0.6) else None))
                m.ty("date_of_birth")
            elif col == "sex":
                out.append(p.sex)
            elif col == "nam":
                out.append(self.nam(p, self.pick(["plain", "spaced", "plain"])))
            elif col == "mrn":
                v = self.mrn(p, self.pick(["plain", "plain", "hyphen"]))
                m.idv("mrn", v)
                out.append(v)
        if "nam" in cols:
            assert {"name", "dob", "sex"} <= set(cols)
            m.holder(p)
        return out

    # phrasing
    def hello(self, who=None):
        if who:
            parts = who.split()
            if parts[0] in ("Dr", "Dre", "Dr.") and len(parts) > 2:
                who = parts[0] + " " + parts[-1]
        if self.fr():
            if who:
                return self.pick([f"Bonjour {who},", f"Bonjour {who},", f"Salut {who},", f"Allo {who},"])
            return self.pick(["Bonjour,", "Bonjour,", "Bonjour à tous,", "Bon matin,"])
        if who:
            return self.pick([f"Hi {who},", f"Hello {who},", f"Good morning {who},", f"{who},"])
        return self.pick(["Hi,", "Hello,", "Hi all,", "Good morning,"])

    def bye(self):
        if self.fr():
            return self.pick(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée,"])
        return self.pick(["Thanks,", "Thank you,", "Best regards,", "Cheers,", "Many thanks,", "Regards,"])

    def sign(self, key, style=None):
        s = st(key)
        style = self.randint(0, 2) if style is None else style
        if style == 3:
            return s.given
        return signature(s, self.lang, style)

    def quote(self, who, addr, when, text, outlook=None, subject="", to=""):
        outlook = self.chance(0.35) if outlook is None else outlook
        if outlook:
            if self.fr():
                hdr = (f"-----Message d'origine-----\nDe : {who} <{addr}>\n"
                       f"Envoyé : {day_fr(when.date(), True)} {when:%H:%M}\n" + (f"À : {to}\n" if to else "")
                       + f"Objet : {subject}\n")
            else:
                hdr = (f"-----Original Message-----\nFrom: {who} <{addr}>\n"
                       f"Sent: {day_en(when.date(), True)} {when.strftime('%I:%M %p').lstrip('0')}\n"
                       + (f"To: {to}\n" if to else "") + f"Subject: {subject}\n")
            return hdr + "\n" + text
        if self.fr():
            jj = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][when.weekday()]
            a = f"Le {jj} {when.day} {MOIS[when.month - 1]} {when.year} à {when:%H:%M}, {who} <{addr}> a écrit :"
        else:
            a = (f"On {when:%a}, {MONTHS[when.month - 1][:3]} {when.day}, {when.year} at "
                 f"{when.strftime('%I:%M %p').lstrip('0')} {who} <{addr}> wrote:")
        q = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
        return a + "\n" + q

    def fwd(self, who, addr, when, subject, to, text):
        if self.fr():
            return (f"---------- Message transféré ---------\nDe : {who} <{addr}>\n"
                    f"Date : {day_fr(when.date(), True)} à {when:%H:%M}\nObjet : {subject}\nÀ : {to}\n\n{text}")
        return (f"---------- Forwarded message ---------\nFrom: {who} <{addr}>\n"
                f"Date: {day_en(when.date(), True)} at {when.strftime('%I:%M %p').lstrip('0')}\n"
                f"Subject: {subject}\nTo: {to}\n\n{text}")

    def re(self, subject):
        return (self.pick(["RE: ", "Re: ", "RE : "]) if self.fr() else self.pick(["RE: ", "Re: "])) + subject

    def tr(self, subject):
        return (self.pick(["TR: ", "Tr : ", "Fwd: "]) if self.fr() else self.pick(["FW: ", "Fwd: ", "Fw: "])) + subject

    def synth_msgid(self, dom="hsaurele.example"):
        return f"<{self.rng.getrandbits(64):016x}.{self.randint(1000, 9999)}@{dom}>"
