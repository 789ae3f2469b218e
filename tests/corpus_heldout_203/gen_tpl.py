"""Helpers shared by the message templates: staff, signatures, quoting, finding tracking."""
import datetime

from gen_common import (Ctx, Person, HOLDERS, ORG_FR, ORG_EN, DOM, UNITS_FR, UNITS_EN, CLINIC_ADDR_FR,
                        CLINIC_ADDR_EN, EXT, DX_FR, DX_EN, SX_FR, SX_EN, MEDS, NAME_STYLES, name, d_fr, d_en,
                        fmt_nam, fmt_sin, fmt_ohn, fmt_niss, fmt_nir, fmt_mrn, make_sin, make_ohn, ohn_version,
                        make_niss, make_nir, email_of, title, fold)
from gen_mime import FWD_FR, FWD_EN

ROLES_FR = {
    "psy": ("psychiatre", "Dr", "Dre"), "inf": ("infirmière", "", ""), "infc": ("infirmière clinicienne", "", ""),
    "asi": ("assistante infirmière-chef", "", ""), "chef": ("chef de service – santé mentale", "", ""),
    "ts": ("travailleuse sociale", "", ""), "pharm": ("pharmacienne", "", ""), "agad": ("agente administrative", "", ""),
    "crim": ("criminologue", "", ""), "psyc": ("psychologue", "", ""), "res": ("résident(e) en psychiatrie", "Dr", "Dre"),
    "av_hop": ("avocat(e) – Affaires juridiques", "Me", "Me"), "ergo": ("ergothérapeute", "", ""),
    "secu": ("agent(e) de sécurité – chef d'équipe", "", ""), "form": ("conseillère en formation", "", ""),
    "rh": ("conseillère en ressources humaines", "", ""), "paie": ("technicienne en paie", "", ""),
    "ti": ("technicien(ne) en informatique", "", ""), "inst": ("coordonnateur des installations", "", ""),
    "achat": ("agente d'approvisionnement", "", ""), "archiv": ("archiviste médicale", "", ""),
    "coord": ("coordonnatrice clinique", "", ""),
}
ROLES_EN = {
    "psy": ("Psychiatrist", "Dr.", "Dr."), "inf": ("RN", "", ""), "infc": ("Clinical Nurse Specialist", "", ""),
    "asi": ("Charge Nurse", "", ""), "chef": ("Patient Care Manager, Mental Health", "", ""),
    "ts": ("Social Worker", "", ""), "pharm": ("Clinical Pharmacist", "", ""), "agad": ("Unit Clerk", "", ""),
    "crim": ("Forensic Case Coordinator", "", ""), "psyc": ("Psychologist", "", ""), "res": ("PGY-3 Psychiatry", "Dr.", "Dr."),
    "av_hop": ("Legal Counsel", "", ""), "ergo": ("Occupational Therapist", "", ""),
    "secu": ("Security Supervisor", "", ""), "form": ("Education Coordinator", "", ""),
    "rh": ("HR Business Partner", "", ""), "paie": ("Payroll Officer", "", ""),
    "ti": ("IT Service Desk", "", ""), "inst": ("Facilities Coordinator", "", ""),
    "achat": ("Procurement Officer", "", ""), "archiv": ("Health Records Analyst", "", ""),
    "coord": ("Clinical Coordinator", "", ""),
}


MASC = [("infirmière clinicienne", "infirmier clinicien"), ("assistante infirmière-chef", "assistant infirmier-chef"),
        ("infirmière", "infirmier"), ("travailleuse sociale", "travailleur social"), ("pharmacienne", "pharmacien"),
        ("agente administrative", "agent administratif"), ("conseillère", "conseiller"), ("technicienne", "technicien"),
        ("agente d'", "agent d'"), ("agente de", "agent de"), ("archiviste médicale", "archiviste médical"),
        ("coordonnatrice", "coordonnateur"), ("avocate", "avocat"), ("sergente", "sergent"), ("intervenante", "intervenant"),
        ("chargée", "chargé"), ("attachée", "attaché"), ("lieutenante", "lieutenant"), ("greffière-audiencière", "greffier-audiencier"),
        ("agente", "agent")]


def genderize(role, sex, lang):
    if lang != "fr":
        return role
    if sex == "M":
        for fem, masc in MASC:
            role = role.replace(fem, masc)
        return role.replace("(e)", "").replace("(ne)", "")
    role = role.replace("avocat(e)", "avocate").replace("résident(e)", "résidente").replace("technicien(ne)", "technicienne")
    return role.replace("agent(e)", "agente").replace("(e)", "e")


def staff(c, lang, role, domain=DOM, unit=None):
    p = c.staff(lang)
    roles = ROLES_FR if lang == "fr" else ROLES_EN
    rname, tm, tf = roles[role]
    p.role = genderize(rname, p.sex, lang)
    p.title = tf if p.sex == "F" else tm
    p.unit = unit or c.pick(UNITS_FR if lang == "fr" else UNITS_EN)
    p.email = email_of(p, domain, c.randint(0, 2))
    p.ext = "%04d" % c.randint(2100, 6899)
    p.domain = domain
    return p


def ext_person(c, lang, key, role):
    org, dom = EXT[key]
    p = c.staff(lang)
    p.role = genderize(role, p.sex, lang)
    p.title = ""
    p.org = org
    p.email = email_of(p, dom, c.randint(0, 2))
    p.domain = dom
    return p


def disp(p, c, lang):
    style = c.randint(0, 3)
    if style == 0:
        return "%s %s" % (p.given, p.surname)
    if style == 1:
        return "%s, %s" % (p.surname, p.given)
    if style == 2 and p.title:
        return "%s %s %s" % (p.title, p.given, p.surname)
    return "%s %s" % (p.given, p.surname)


def sig(p, c, lang, full=None):
    t = (p.title + " ") if p.title else ""
    lines = ["%s%s %s" % (t, p.given, p.surname), p.role]
    if getattr(p, "org", None):
        lines.append(p.org)
        lines.append("Tél. : %s" % c.phone_fmt() if lang == "fr" else "Tel: %s" % c.phone_fmt())
        return ("sig", lines)
    full = c.chance(0.7) if full is None else full
    if lang == "fr":
        lines.append("%s | %s" % (p.unit[0].upper() + p.unit[1:], ORG_FR) if full else "Département de psychiatrie")
        if full:
            lines.append(CLINIC_ADDR_FR)
            lines.append("Tél. : 819-555-01%02d, poste %s  |  Téléc. : 819-555-01%02d" % (c.randint(0, 99), p.ext, c.randint(0, 99)))
            if c.chance(0.4):
                lines.append("AVIS DE CONFIDENTIALITÉ : ce message est destiné uniquement au destinataire. "
                             "S'il vous est parvenu par erreur, veuillez le détruire et en aviser l'expéditeur.")
    else:
        lines.append("%s | %s" % (p.unit, ORG_EN) if full else "Department of Psychiatry")
        if full:
            lines.append(CLINIC_ADDR_EN)
            lines.append("T 819-555-01%02d ext. %s | F 819-555-01%02d" % (c.randint(0, 99), p.ext, c.randint(0, 99)))
            if c.chance(0.4):
                lines.append("CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you received "
                             "it in error, please delete it and notify the sender.")
    return ("sig", lines)


def quote(c, lang, who, when, blocks):
    if lang == "fr":
        w = c.pick(["Le %s à %s, %s a écrit :", "%s %s, %s <%s> a écrit :"])
        if w.count("%s") == 4:
            line = w % (d_fr(when.date(), "iso"), when.strftime("%H:%M"), "%s %s" % (who.given, who.surname), who.email)
        else:
            line = w % (d_fr(when.date(), "long"), when.strftime("%H:%M"), "%s %s" % (who.given, who.surname))
    else:
        line = "On %s at %s, %s <%s> wrote:" % (d_en(when.date(), "short"), when.strftime("%I:%M %p").lstrip("0"),
                                                "%s %s" % (who.given, who.surname), who.email)
    return ("quote", line, blocks)


def outlook_quote(c, lang, who, to, when, subject, blocks):
    """Outlook style: header block then text, no '>' (rendered as a forward block)."""
    if lang == "fr":
        hl = ["De : %s <%s>" % ("%s %s" % (who.given, who.surname), who.email),
              "Envoyé : %s %s" % (d_fr(when.date(), "long"), when.strftime("%H:%M")),
              "À : %s" % to, "Objet : %s" % subject]
    else:
        hl = ["From: %s <%s>" % ("%s %s" % (who.given, who.surname), who.email),
              "Sent: %s %s" % (d_en(when.date(), "long"), when.strftime("%I:%M %p")),
              "To: %s" % to, "Subject: %s" % subject]
    return ("fwd", hl, blocks, "________________________________")


def fwd(c, lang, who, to, when, subject, blocks):
    if lang == "fr":
        hl = ["De : %s %s <%s>" % (who.given, who.surname, who.email),
              "Date : %s à %s" % (d_fr(when.date(), "long"), when.strftime("%H:%M")),
              "Objet : %s" % subject, "À : %s" % to]
        return ("fwd", hl, blocks, FWD_FR)
    hl = ["From: %s %s <%s>" % (who.given, who.surname, who.email),
          "Date: %s" % when.strftime("%a, %b %d, %Y at %I:%M %p"), "Subject: %s" % subject, "To: %s" % to]
    return ("fwd", hl, blocks, FWD_EN)


def earlier(dt, c, hours=(1, 60)):
    return dt - datetime.timedelta(minutes=c.randint(hours[0] * 60, hours[1] * 60))


def holder_person(h, lang, c):
    p = Person(h.given, h.surname, h.sex, lang, dob=h.dob, nam=h.nam, holder=True)
    p.mrn = c.mrn_value()
    return p


# --------------------------------------------------------------------------- finding tracker
class F:
    """Tracks finding types and verification checks while a positive is written."""

    def __init__(self, c, lang):
        self.c, self.lang = c, lang
        self.T = set()
        self.checks = []

    def add(self, *types):
        for t in types:
            self.T.add(t)

    def nm(self, p, style=None):
        self.T.add("patient_name")
        style = style or self.c.pick(NAME_STYLES)
        s = name(p, style, self.lang)
        self.checks.append(("name", p.given if style == "given" else p.surname))
        return s

    def dob(self, p, style=None):
        self.T.add("date_of_birth")
        f = d_fr if self.lang == "fr" else d_en
        s = f(p.dob, style, self.c)
        self.checks.append(("text", s))
        return s

    def nam(self, p, style=None):
        self.T.add("ramq_nam")
        self.checks.append(("nam", p.nam))
        return fmt_nam(self.c, p.nam, style)

    def ident(self, p, sep=None, name_style=None, dob_style=None, nam_style=None):
        """Name + DOB + sex + NAM on one line, as listed in blind_nams.txt."""
        sep = sep or self.c.pick([" | ", " – ", ", ", " / "])
        n = self.nm(p, name_style or self.c.pick(["last_first", "full", "upper", "last_first_plain"]))
        d = self.dob(p, dob_style)
        a = self.nam(p, nam_style)
        if self.lang == "fr":
            parts = [n, "DDN %s" % d if self.c.chance(0.5) else "né(e) le %s" % d, "sexe %s" % p.sex, "NAM %s" % a]
        else:
            parts = [n, "DOB %s" % d, "Sex %s" % p.sex, "RAMQ %s" % a]
        return sep.join(parts)

    def sin(self, style=None):
        self.T.add("ca_sin")
        v = make_sin(self.c)
        self.checks.append(("sin", v))
        return fmt_sin(self.c, v, style)

    def ohn(self, style=None, version=True):
        self.T.add("ca_health_number")
        v = make_ohn(self.c)
        self.checks.append(("ohn", v))
        return fmt_ohn(self.c, v, ohn_version(self.c) if version else None, style)

    def niss(self, p, style=None):
        self.T.add("be_niss")
        v = make_niss(self.c, p.dob, p.sex)
        self.checks.append(("niss", v))
        return fmt_niss(self.c, v, style)

    def nir(self, p, style=None):
        self.T.add("fr_nir")
        v = make_nir(self.c, p.dob, p.sex)
        self.checks.append(("nir", v))
        return fmt_nir(self.c, v, style)

    def mrn(self, p, style=None):
        self.T.add("mrn")
        self.checks.append(("mrn", p.mrn))
        return fmt_mrn(self.c, p.mrn, self.lang, style)

    def dx(self, fr=None):
        self.T.add("diagnosis")
        return self.c.pick(DX_FR if self.lang == "fr" else DX_EN)

    def sx(self):
        self.T.add("diagnosis")
        return self.c.pick(SX_FR if self.lang == "fr" else SX_EN)

    def med(self, brand=None, idx=None, dose=True, kind=None):
        """kind: None (any), 'oral' (maintenance, by mouth), 'prn' (agitation), 'lai' (depot)."""
        self.T.add("medication")
        if kind and idx is None:
            idx = self.c.pick({"oral": [0, 1, 4, 7, 8, 9, 11, 12], "prn": [0, 2, 3, 10], "lai": [5, 6]}[kind])
        m = MEDS[idx] if idx is not None else self.c.pick(MEDS)
        brand = self.c.chance(0.35) if brand is None else brand
        gen = m[0] if self.lang == "fr" else m[1]
        nm = m[2] if brand else gen
        doses = m[3]
        if kind == "oral":
            doses = [d for d in doses if "IM" not in d and "PRN" not in d] or doses
        if kind == "prn":
            doses = [d for d in doses if "PRN" in d or "stat" in d] or doses
        if kind == "lai" and nm in ("aripiprazole",):
            nm = "Abilify Maintena" if brand else "aripiprazole (Maintena)"
        if kind == "lai":
            doses = [d for d in doses if "IM" in d] or doses
        return ("%s %s" % (nm, self.c.pick(doses))) if dose else nm

    def contact(self, p, kind="both"):
        self.T.add("patient_contact")
        if p.address is None:
            p.address = self.c.address(self.lang, qc=bool(p.nam))
        if p.phone is None:
            p.phone = self.c.phone_fmt()
        if kind == "addr":
            return p.address
        if kind == "phone":
            return p.phone
        return "%s, %s" % (p.address, p.phone)

    def social(self):
        self.T.add("social_information")

    def lab(self):
        self.T.add("lab_result")

    def types(self):
        from gen_common import TYPE_ORDER
        return [t for t in TYPE_ORDER if t in self.T]


def spec(c, lang, category, note, frm, to, subject, body, date, cc=None, attachments=None, f=None,
         extra_headers=None, transport=None):
    s = {"lang": lang, "category": category, "note": note, "from": frm, "to": to, "cc": cc or [],
         "subject": subject, "body": body, "date": date, "attachments": attachments or [],
         "extra_headers": extra_headers or [], "transport": transport or {},
         "types": f.types() if f else [], "checks": f.checks if f else [],
         "msgid": c.msgid(DOM if frm[1].endswith(DOM) else frm[1].split("@")[1]),
         "ctx_mime": Ctx(c.key + "|mime")}
    return s


def nested(c, lang, frm, to, subject, body, date, attachments=None, cc=None):
    """Spec for an attached message (message/rfc822)."""
    s = {"lang": lang, "from": frm, "to": to, "cc": cc or [], "subject": subject, "body": body,
         "date": date, "attachments": attachments or [], "extra_headers": [], "transport": {},
         "msgid": c.msgid(frm[1].split("@")[1]), "ctx_mime": Ctx(c.key + "|nested|" + subject)}
    return s


def reply_headers(c, dom=DOM):
    mid = c.msgid(dom)
    return [("In-Reply-To", mid), ("References", mid)]


def me(p):
    return (disp_plain(p), p.email)


def disp_plain(p):
    return "%s %s" % (p.given, p.surname)


def plus(env, days):
    return env.date.date() + datetime.timedelta(days=days)


def at(env, days, hh, mm=0):
    d = plus(env, days)
    return datetime.datetime(d.year, d.month, d.day, hh, mm)


def age(p, env):
    d = env.date.date()
    return d.year - p.dob.year - ((d.month, d.day) < (p.dob.month, p.dob.day))


def fname_part(s):
    """Make a string safe-ish for a file name while keeping accents."""
    return s.replace(" ", "_").replace("'", "").replace(",", "")
