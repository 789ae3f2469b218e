"""Per-message context: patients, identifiers, labels, transport choices."""
import datetime as dt
import hashlib

import gen_common as C
import gen_mime as M


class Ctx:
    def __init__(self, rng, lang, pf, key, positive):
        self.r = rng
        self.lang = lang
        self.pf = pf
        self.key = key
        self.positive = positive
        self.date = C.msg_datetime(rng)
        self.types = set()
        self.ids = []          # (type, canonical value)
        self.nam_used = []     # NAM holder dicts
        self.patients = []     # every patient created for this message
        self.nmsg = 0

    # ---------------------------------------------------------- labels
    def t(self, *types):
        assert self.positive, "finding type in a negative: %s" % (types,)
        self.types.update(types)

    # ---------------------------------------------------------- people
    def pat(self, nam=False, **kw):
        p = self.pf.patient(self.r, use_nam=nam, **kw)
        self.patients.append((p["given"], p["surname"]))
        if nam:
            assert self.positive
            self.nam_used.append(p)
        return p

    def name(self, p, style=None):
        self.t("patient_name")
        if p.get("kind") == "nam" and style in ("initial", "title_sur"):
            style = "full"
        if p.get("kind") == "nam" and style is None:
            style = self.r.choice(["full", "title", "upper_comma", "sur_first", "lower", "caps", "sur_comma"])
        return C.pname(self.r, p, self.lang, style)

    def dob(self, p, style=None):
        self.t("date_of_birth")
        if style:
            return C.fdate(p["dob"], self.lang, style)
        return C.fmt_dob(self.r, p["dob"], self.lang)

    def nam(self, p, style=None):
        self.t("ramq_nam")
        self.ids.append(("ramq_nam", p["nam"]))
        return C.fmt_nam(self.r, p["nam"], style)

    def mrn(self, p, style=None):
        self.t("mrn")
        self.ids.append(("mrn", p["mrn"]))
        return C.fmt_mrn(self.r, p["mrn"], style)

    def sin(self, p, style=None):
        p.setdefault("sin", C.new_sin(self.r))
        self.t("ca_sin")
        self.ids.append(("ca_sin", p["sin"]))
        return C.fmt_sin(self.r, p["sin"], style)

    def ohip(self, p, style=None):
        p.setdefault("ohip", C.new_ohip(self.r))
        self.t("ca_health_number")
        self.ids.append(("ca_health_number", p["ohip"]))
        return C.fmt_ohip(self.r, p["ohip"], style)

    def niss(self, p, style=None):
        p.setdefault("niss", C.new_niss(self.r, p["dob"], p["sex"]))
        self.t("be_niss")
        self.ids.append(("be_niss", p["niss"]))
        return C.fmt_niss(self.r, p["niss"], style)

    def nir(self, p, style=None):
        p.setdefault("nir", C.new_nir(self.r, p["dob"], p["sex"]))
        self.t("fr_nir")
        self.ids.append(("fr_nir", p["nir"]))
        return C.fmt_nir(self.r, p["nir"], style)

    def home(self, p):
        self.t("patient_contact")
        return p["address"]

    def cell(self, p):
        self.t("patient_contact")
        return p["phone"]

    def sexw(self, p):
        return C.sex_word(p, self.lang, self.r)

    def idline(self, p, style=None):
        """Holder block: name, birth date, sex and NAM together."""
        r, fr = self.r, self.lang == "fr"
        style = style or r.choice(["block", "inline", "pipe", "dash", "label"])
        nm = self.name(p, r.choice(["full", "upper_comma", "sur_first", "caps", "sur_comma", "title"]))
        d, n = self.dob(p), self.nam(p)
        sx = p["sex"]
        if style == "block":
            if fr:
                return "Nom : %s\nDate de naissance : %s\nSexe : %s\nNAM : %s" % (nm, d, sx, n)
            return "Name: %s\nDOB: %s\nSex: %s\nRAMQ: %s" % (nm, d, sx, n)
        if style == "inline":
            if fr:
                w = "née" if sx == "F" else "né"
                return "%s (%s), %s le %s, NAM %s" % (nm, sx, w, d, n)
            return "%s (%s), born %s, RAMQ no. %s" % (nm, sx, d, n)
        if style == "pipe":
            return "%s | %s | %s | %s" % (nm, d, sx, n)
        if style == "dash":
            return "%s — %s — %s — %s" % (nm, ("DDN " if fr else "DOB ") + d, sx, n)
        if fr:
            return "Patient(e) : %s, %s, DDN : %s, carte RAMQ : %s" % (nm, C.sex_word(p, "fr", r), d, n)
        return "Patient: %s, %s, DOB: %s, health card (RAMQ): %s" % (nm, C.sex_word(p, "en", r), d, n)

    # ---------------------------------------------------------- staff / mail
    def who(self, pool):
        return self.r.choice(pool)

    def ad(self, person, domain=None):
        nm = "%s %s" % (person[0], person[1])
        return (nm, C.mail_of(person[0], person[1], domain or C.ORG["domain"]))

    def box(self, local, label, domain=None):
        return (label, "%s@%s" % (local, domain or C.ORG["domain"]))

    def msgid(self, domain=None):
        self.nmsg += 1
        h = hashlib.sha256(("%s/%d" % (self.key, self.nmsg)).encode()).hexdigest()
        return "<%s.%s@%s>" % (h[:16], h[16:24], domain or C.ORG["domain"])

    def sig(self, person, role="", org=True):
        return C.staff_sig(person, role, self.lang, self.r, org)

    def when(self, lo=1, hi=30):
        return C.later(self.r, self.date, lo, hi)

    def hhmm(self, start=7, end=19):
        h, m = self.r.randrange(start, end), self.r.choice([0, 15, 30, 45])
        return ("%d h %02d" % (h, m)) if self.lang == "fr" else ("%d:%02d" % (h, m))

    def earlier(self, minutes_lo=20, minutes_hi=60 * 30):
        return self.date - dt.timedelta(minutes=self.r.randrange(minutes_lo, minutes_hi))

    def reply_intro(self, person_name, addr, when):
        if self.lang == "fr":
            return "Le %s à %s, %s <%s> a écrit :" % (
                C.fdate(when, "fr", "day") + " " + str(when.year), when.strftime("%H:%M"), person_name, addr)
        return "On %s at %s, %s <%s> wrote:" % (
            C.fdate(when, "en", "day") + ", " + str(when.year), when.strftime("%I:%M %p").lstrip("0"),
            person_name, addr)

    def fwd_block(self, frm, to, when, subject):
        if self.lang == "fr":
            return ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s %s\nÀ : %s <%s>\nObjet : %s\n"
                    % (frm[0], frm[1], C.fdate(when, "fr", "day") + " " + str(when.year), when.strftime("%H:%M"),
                       to[0], to[1], subject))
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s %s\nTo: %s <%s>\nSubject: %s\n"
                % (frm[0], frm[1], C.fdate(when, "en", "day") + ", " + str(when.year),
                   when.strftime("%I:%M %p").lstrip("0"), to[0], to[1], subject))


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- transport
def choose_transport(rng, lang, spec):
    """Fill in the MIME choices a template left open."""
    if "charset" not in spec:
        if lang == "fr":
            spec["charset"] = rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [45, 20, 25, 10])[0]
        else:
            spec["charset"] = rng.choices(["utf-8", "us-ascii", "iso-8859-1", "windows-1252"], [40, 35, 10, 15])[0]
    if "cte" not in spec:
        spec["cte"] = rng.choices(["quoted-printable", "8bit", "base64", "7bit"], [40, 25, 20, 15])[0]
    if "eol" not in spec:
        spec["eol"] = "\r\n" if rng.random() < 0.45 else "\n"
    if "subj_enc" not in spec:
        spec["subj_enc"] = rng.choice(["B", "Q"]) + ("!" if rng.random() < 0.06 else "")
    if "name_enc" not in spec:
        spec["name_enc"] = rng.choice(["B", "Q"])
    body = spec.pop("body", None) or rng.choices(["plain", "alt", "html"], [50, 32, 18])[0]
    if body in ("alt", "html") and spec.get("html") is None:
        spec["html"] = M.text_to_html(spec["text"], lang)
    if body == "html":
        spec["text"] = None
    if body == "plain":
        spec["html"] = None
    for a in spec.get("attachments") or []:
        if "fname" not in a:
            try:
                a["filename"].encode("ascii")
                a["fname"] = rng.choices(["plain", "2231"], [80, 20])[0]
            except UnicodeEncodeError:
                a["fname"] = rng.choice(["2231", "2047"])
    return spec
