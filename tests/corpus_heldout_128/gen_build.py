"""Helpers shared by the message templates: senders, signatures, quoting,
and the Rec object that records what a positive message contains."""
import gen_common as C


def person_info(key):
    return C.STAFF.get(key) or C.EXT[key]


def addr(key):
    p = person_info(key)
    if p["given"]:
        return ("%s %s" % (p["given"], p["surname"]), p["addr"])
    return (p["org"], p["addr"])


def formal(key, lang):
    p = person_info(key)
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    n = "%s %s" % (p["given"], p["surname"])
    return (t + " " + n) if t else n


DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. "
                 "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it "
                 "in error, please notify the sender and delete it.")


def sig(c, key, lang, short=False):
    p = person_info(key)
    name = formal(key, lang)
    if key in C.STAFF:
        role = p["role_fr"] if lang == "fr" else p["role_en"]
        org = C.ORG_FR if lang == "fr" else C.ORG_EN
        ext = " poste %d" % (200 + (sum(map(ord, key)) % 90)) if lang == "fr" else " ext. %d" % (
            200 + (sum(map(ord, key)) % 90))
        if short:
            return "\n%s\n%s" % (name, role)
        lines = ["", "--", name, role, org, C.ORG_ADDR,
                 ("Tél. " if lang == "fr" else "Tel. ") + C.ORG_TEL + ext +
                 (" | Téléc. " if lang == "fr" else " | Fax ") + C.ORG_FAX]
        if c.chance(0.35):
            lines += ["", DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN]
        return "\n".join(lines)
    if short:
        return "\n" + name
    return "\n".join(["", "--", name, p["org"], "Tél. 450-555-01%02d" % (sum(map(ord, key)) % 100)])


def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.split("\n"))


def reply_header(lang, who_name, when):
    if lang == "fr":
        return "Le %s à %s, %s a écrit :" % (C.fmt_date(when.date(), "long", "fr"), when.strftime("%H h %M"), who_name)
    return "On %s, at %s, %s wrote:" % (C.fmt_date(when.date(), "long", "en"), when.strftime("%I:%M %p").lstrip("0"),
                                        who_name)


def fwd_block(lang, frm, to, when, subject, body):
    if lang == "fr":
        head = ["", "-------- Message transféré --------", "De : %s" % frm,
                "Envoyé : %s %s" % (C.fmt_date(when.date(), "long", "fr"), when.strftime("%H:%M")),
                "À : %s" % to, "Objet : %s" % subject, ""]
    else:
        head = ["", "---------- Forwarded message ---------", "From: %s" % frm,
                "Date: %s at %s" % (C.fmt_date(when.date(), "long", "en"), when.strftime("%H:%M")),
                "To: %s" % to, "Subject: %s" % subject, ""]
    return "\n".join(head) + "\n" + body


def table_text(rows):
    widths = [max(len(str(r[i])) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for r in rows:
        out.append("  ".join(str(x).ljust(widths[i]) for i, x in enumerate(r)).rstrip())
    return "\n".join(out)


def table_html(rows):
    import html
    h = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(str(x)), tag) for x in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def paras_html(text):
    import html
    out = []
    for para in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


class Rec:
    """Records what a positive contains: types, names, identifiers, NAMs."""

    def __init__(self, c, lang):
        self.c = c
        self.lang = lang
        self.types = []
        self.names = []
        self.ids = []
        self.nams = []

    def t(self, *types):
        for t in types:
            if t not in self.types:
                self.types.append(t)

    def name(self, p, style=None):
        style = style or self.c.choice(C.FULL_STYLES)
        s = p.name(style, self.lang)
        self.names.append(s)
        self.t("patient_name")
        return s

    def dob(self, p, style=None):
        style = style or self.c.choice(C.DOB_STYLES)
        self.t("date_of_birth")
        return C.fmt_date(p.dob, style, self.lang)

    def nam(self, p, style=None):
        style = style or self.c.choice(C.NAM_STYLES)
        s = C.fmt_nam(p.nam, style)
        if p.nam not in self.nams:
            self.nams.append(p.nam)
        self.t("ramq_nam")
        return s

    def sin(self, value=None, style=None):
        value = value or C.gen_sin(self.c.rng)
        s = C.fmt_sin(value, style or self.c.choice(["plain", "space", "dash", "dot", "fullwidth", "odd"]))
        self.ids.append(("ca_sin", s))
        self.t("ca_sin")
        return s

    def ohip(self, style=None):
        value = C.gen_ohip(self.c.rng)
        ver = self.c.choice(["", "", "AB", "KT", "XP"])
        s = C.fmt_ohip(value, style or self.c.choice(["plain", "dash", "space", "fullwidth"]), ver)
        self.ids.append(("ca_health_number", s))
        self.t("ca_health_number")
        return s

    def niss(self, p, style=None):
        value = C.gen_niss(self.c.rng, p.dob, p.sex == "M")
        s = C.fmt_niss(value, style or self.c.choice(["dotted", "space", "slash", "plain"]))
        self.ids.append(("be_niss", s))
        self.t("be_niss")
        return s

    def nir(self, p, style=None):
        value = C.gen_nir(self.c.rng, p.dob, p.sex == "M")
        s = C.fmt_nir(value, style or self.c.choice(["space", "key", "plain"]))
        self.ids.append(("fr_nir", s))
        self.t("fr_nir")
        return s

    def mrn(self, p, style=None, prefix=""):
        s = prefix + C.fmt_mrn(p.mrn, style or self.c.choice(["plain", "spaced", "dash", "plain"]))
        self.ids.append(("mrn", s))
        self.t("mrn")
        return s

    def phone(self, p):
        self.t("patient_contact")
        return p.phone

    def address(self, p):
        self.t("patient_contact")
        return p.address


def make(cat, lang, note, sender, to, subject, text, rec=None, **kw):
    spec = dict(cat=cat, lang=lang, note=note, sender=sender, to=to, subject=subject, text=text)
    spec.update(kw)
    if rec is not None:
        spec["types"] = list(rec.types)
        spec["meta"] = dict(names=list(rec.names), ids=list(rec.ids), nams=list(rec.nams))
    else:
        spec["types"] = []
        spec["meta"] = dict(names=[], ids=[], nams=[])
    return spec
