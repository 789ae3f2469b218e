"""Item bookkeeping (labels derived from what a template actually writes), transport dressing,
reply/forward helpers and signatures."""
import datetime as _dt

from gen_common import (EN_DAYS, EN_MONTHS, FR_DAYS, FR_MONTHS, ORG, dob_as, mrn_as, nam_as,
                        name_as, niss_as, nir_as, ohip_as, sin_as)
from gen_mime import Mail

INFO_TYPES = ("diagnosis", "medication", "lab_result", "social_information")


class Item:
    """One message plus its label. Identifier-type findings are recorded as they are written."""

    def __init__(self, ctx, cat, lang, positive, note):
        self.ctx = ctx
        self.cat = cat
        self.lang = lang
        self.positive = positive
        self.note = note
        self.types = set()
        self.literals = []      # (kind, literal string) that must appear in decoded text
        self.ids = []           # (kind, raw value) that must appear (separators ignored) and be valid
        self.nams = []          # Person objects whose NAM is written
        self.mail = None
        self.pin = {}

    # ---- identifying things
    def nm(self, p, style="full"):
        s = name_as(p, style, self.lang)
        self.types.add("patient_name")
        self.literals.append(("name", s))
        return s

    def dob(self, p, style="iso"):
        s = dob_as(p.dob, style, self.lang)
        self.types.add("date_of_birth")
        self.literals.append(("dob", s))
        return s

    def nam(self, p, style="plain"):
        s = nam_as(p.nam, style)
        self.types.add("ramq_nam")
        self.ids.append(("ramq_nam", p.nam))
        self.nams.append(p)
        return s

    def mrn(self, p, style="plain"):
        s = mrn_as(p.mrn, style)
        self.types.add("mrn")
        self.ids.append(("mrn", p.mrn))
        return s

    def sin(self, p, style="space"):
        v = p.ids.setdefault("sin", self.ctx.sin())
        self.types.add("ca_sin")
        self.ids.append(("ca_sin", v))
        return sin_as(v, style)

    def ohip(self, p, style="dash", vc=""):
        v = p.ids.setdefault("ohip", self.ctx.ohip())
        self.types.add("ca_health_number")
        self.ids.append(("ca_health_number", v))
        return ohip_as(v, style, vc)

    def niss(self, p, style="dots"):
        v = p.ids.setdefault("niss", self.ctx.niss(p))
        self.types.add("be_niss")
        self.ids.append(("be_niss", v))
        return niss_as(v, style)

    def nir(self, p, style="space"):
        v = p.ids.setdefault("nir", self.ctx.nir(p))
        self.types.add("fr_nir")
        self.ids.append(("fr_nir", v))
        return nir_as(v, style)

    def phone(self, p):
        self.types.add("patient_contact")
        self.literals.append(("contact", p.phone))
        return p.phone

    def addr(self, p):
        self.types.add("patient_contact")
        self.literals.append(("contact", p.address))
        return p.address

    # ---- information types (declared by the template)
    def t(self, *types):
        for x in types:
            if x not in INFO_TYPES:
                raise ValueError(x)
            self.types.add(x)
        return self

    def label(self):
        return {"confidential": self.positive, "types": sorted(self.types) if self.positive else [],
                "lang": self.lang, "note": self.note}


# ------------------------------------------------------------------ transport
def dress(ctx, m, lang, pin=None):
    pin = pin or {}
    if "form" in pin:
        m.form = pin["form"]
    elif m.text is None:
        m.form = ctx.pick(["html", "html", "alt"])
    elif m.html is not None:
        m.form = "alt"
    else:
        m.form = ctx.pick(["plain", "plain", "plain", "alt", "alt", "html"])
    if "charset" in pin:
        m.charset = pin["charset"]
    elif lang == "fr":
        m.charset = ctx.pick(["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252", "windows-1252"])
    else:
        m.charset = ctx.pick(["us-ascii", "us-ascii", "utf-8", "utf-8", "utf-8", "windows-1252", "iso-8859-1"])
    m.cte = pin.get("cte") or ctx.pick(["8bit", "8bit", "quoted-printable", "quoted-printable", "quoted-printable",
                                        "base64", "base64", "7bit"])
    m.crlf = pin.get("crlf", ctx.chance(0.3))
    m.henc = pin.get("henc") or ctx.pick(["B", "B", "Q"])
    m.boundary_seed = "%06X.%08X" % (ctx.rng.getrandbits(24), ctx.rng.getrandbits(32))
    if "x-mailer" not in [k.lower() for k, _ in m.headers] and ctx.chance(0.5):
        m.headers.append(("X-Mailer", ctx.pick(["Microsoft Outlook 16.0", "Zimbra 9.0.0_GA (ZimbraWebClient)",
                                                 "Apple Mail (2.3774)", "Mozilla Thunderbird 128.4",
                                                 "Medivista Messenger 7.2"])))
    return m


# ------------------------------------------------------------------ dates in prose
def fr_date(d, with_day=True):
    s = "%d %s %d" % (d.day, FR_MONTHS[d.month - 1], d.year)
    return (FR_DAYS[d.weekday()] + " " + s) if with_day else s


def en_date(d, with_day=True):
    s = "%s %d, %d" % (EN_MONTHS[d.month - 1][:3], d.day, d.year)
    return (EN_DAYS[d.weekday()] + ", " + s) if with_day else s


def hm(d):
    return "%02d:%02d" % (d.hour, d.minute)


def quote_block(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n"))


def reply_header(ctx, lang, who, addr_, when, style=None):
    style = style or ctx.pick(["gmail", "outlook"])
    if lang == "fr":
        if style == "gmail":
            return "Le %s à %s, %s <%s> a écrit :" % (fr_date(when), hm(when), who, addr_)
        return "De : %s <%s>\nEnvoyé : %s %s\nObjet :" % (who, addr_, fr_date(when), hm(when))
    if style == "gmail":
        return "On %s at %s, %s <%s> wrote:" % (en_date(when), hm(when), who, addr_)
    return "From: %s <%s>\nSent: %s %s\nSubject:" % (who, addr_, en_date(when), hm(when))


def reply_body(ctx, lang, new_text, old_text, who, addr_, when, subject):
    style = ctx.pick(["gmail", "gmail", "outlook"])
    hdr = reply_header(ctx, lang, who, addr_, when, style)
    if style == "gmail":
        return new_text.rstrip("\n") + "\n\n" + hdr + "\n" + quote_block(old_text) + "\n"
    sep = "-----Message d'origine-----" if lang == "fr" else "-----Original Message-----"
    return new_text.rstrip("\n") + "\n\n" + sep + "\n" + hdr + " " + subject + "\n\n" + old_text.rstrip("\n") + "\n"


def forward_body(lang, note, old_text, who, addr_, when, subject, to):
    if lang == "fr":
        hdr = ("-------- Message transféré --------\nDe : %s <%s>\nDate : %s %s\nÀ : %s\nObjet : %s" %
               (who, addr_, fr_date(when), hm(when), to, subject))
    else:
        hdr = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s at %s\nTo: %s\nSubject: %s" %
               (who, addr_, en_date(when), hm(when), to, subject))
    return note.rstrip("\n") + "\n\n" + hdr + "\n\n" + old_text.rstrip("\n") + "\n"


# ------------------------------------------------------------------ signatures
_CLIN = ("urgentolog", "emergency physician", "infirmi", "nurse", "liaison", "stroke", "educator", "enseignement",
         "chef de service", "residency")


def _clinical(role):
    r = role.lower()
    return any(k in r for k in _CLIN)


def signature(ctx, st, lang, role, site=None, dom=None):
    site = site or (ORG["fr_hosp"] if lang == "fr" else ORG["en_hosp"])
    tel = ctx.phone(style="paren")
    ext = ctx.randint(2100, 7899)
    if lang == "fr":
        dept = ctx.pick(["Service de l'urgence", "Département de médecine d'urgence", "Urgence — secteur civières",
                         "Programme de traumatologie"])
        addr_ = ctx.pick(["1250, boul. des Hospitalières, Saint-Aurèle (Québec) J7Z 4B2",
                          "88, rue de l'Hôpital, Val-Brûlé (Québec) J0X 1T0"])
        lines = ["--", "%s" % st.full, role] + ([dept] if _clinical(role) else []) + [
            site, addr_, "Tél. : %s, poste %d" % (tel, ext)]
        if ctx.chance(0.5):
            lines.append("Téléc. : %s" % ctx.phone(style="paren"))
        if ctx.chance(0.4):
            lines.append("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                         "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
    else:
        dept = ctx.pick(["Department of Emergency Medicine", "Emergency Department", "Trauma Program",
                         "ED Patient Flow"])
        addr_ = ctx.pick(["400 Riverbend Road, Saint-Aurèle, QC J7Z 3K8", "12 Mercy Hill Drive, Val-Brûlé, QC J0X 2P4"])
        lines = ["--", st.full, role] + ([dept] if _clinical(role) else []) + [site, addr_, "T %s ext. %d" % (tel, ext)]
        if ctx.chance(0.4):
            lines.append("This e-mail may contain confidential information. If you received it in error, "
                         "please delete it and notify the sender.")
    return "\n".join(lines)


def new_mail(ctx, frm_staff, frm_dom, to_list, subject, when, text=None, html=None, atts=None, cc=None,
             headers=None, frm_name=None):
    frm = (frm_name if frm_name is not None else frm_staff.full, frm_staff.email(frm_dom) if frm_staff else frm_dom)
    return Mail(frm, to_list, subject, when, ctx.msgid(frm[1].split("@")[1]), text=text, html=html,
                atts=atts, cc=cc, headers=headers)


def later(when, minutes):
    return when + _dt.timedelta(minutes=minutes)
