"""Scenario context and helpers shared by the positive and negative scenario modules."""
import datetime

import gen_common as C

ROLES_FR = ["infirmière en santé au travail", "infirmière clinicienne, santé au travail",
            "infirmière clinicienne, santé au travail", "assistante infirmière-chef, SST"]
ROLES_EN = ["Occupational Health Nurse", "Clinical Nurse, Occupational Health", "Occupational Health Nurse",
            "Assistant Nurse Manager, Occupational Health"]

DAYS_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MONTHS_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS_FR_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre"]


class NamPool:
    def __init__(self, rng):
        self.rows = C.load_nams()
        self.order = list(range(len(self.rows)))
        rng.shuffle(self.order)
        self.used = set()

    def take(self, min_age=0, max_age=200):
        """Next unused holder within the age range (falls back to reuse when exhausted)."""
        for _ in range(2):
            for k in self.order:
                if k in self.used:
                    continue
                r = self.rows[k]
                if min_age <= C.age_at(r["dob"]) <= max_age:
                    self.used.add(k)
                    return dict(r)
            self.used = set()
        raise RuntimeError("no NAM holder in age range")


class Ctx:
    def __init__(self, rng, lang, index, people, nampool, positive):
        self.rng = rng
        self.lang = lang
        self.fr = lang == "fr"
        self.index = index
        self.people = people
        self.nampool = nampool
        self.positive = positive
        self.types = set()
        self.ids = []       # (type, compact value)
        self.nams = []      # NAM rows used
        self.date = C.dt_for(index + (0 if positive else 500), rng)

    # --- people -----------------------------------------------------------
    def staff(self, role=None):
        p = self.people.staff()
        p["email"] = C.email_of(p)
        if role is None:
            role = self.rng.choice(ROLES_FR if self.fr else ROLES_EN)
        p["role"] = C.gender_role(role, p["sex"]) if self.fr else role
        p["dr"] = ("Dre" if p["sex"] == "F" else "Dr") if self.fr else "Dr."
        p["drs"] = p["dr"] + " " + p["surname"]
        return p

    def patient(self, with_dob=False, lo=1935, hi=1999, sex=None):
        p = self.people.patient(self.lang, sex)
        p["dob"] = C.rand_dob(self.rng, lo, hi)
        p["mrn"] = C.make_mrn(self.rng)
        return p

    def nam_patient(self, min_age=0, max_age=200):
        r = self.nampool.take(min_age, max_age)
        p = {"given": r["given"], "surname": r["surname"], "sex": r["sex"], "dob": r["dob"],
             "nam": r["nam"], "mrn": C.make_mrn(self.rng)}
        self.nams.append(r)
        return p

    # --- recording findings -----------------------------------------------
    def t(self, *types):
        for x in types:
            self.types.add(x)

    def nam(self, p, allow_fw=False):
        self.t("ramq_nam")
        self.ids.append(("ramq_nam", p["nam"]))
        return C.fmt_nam(self.rng, p["nam"], allow_fw)

    def mrn(self, p, allow_fw=False, force_fw=False):
        self.t("mrn")
        self.ids.append(("mrn", p["mrn"]))
        if force_fw:
            return C.to_fullwidth(C.fmt_mrn(self.rng, p["mrn"]))
        return C.fmt_mrn(self.rng, p["mrn"], allow_fw)

    def sin(self, allow_fw=False, force_fw=False):
        n = C.make_sin(self.rng)
        self.t("ca_sin")
        self.ids.append(("ca_sin", n))
        if force_fw:
            return C.to_fullwidth(C.fmt_sin(self.rng, n))
        return C.fmt_sin(self.rng, n, allow_fw)

    def ohn(self):
        n = C.make_ohn(self.rng)
        self.t("ca_health_number")
        self.ids.append(("ca_health_number", n))
        return C.fmt_ohn(self.rng, n)

    def niss(self, p):
        n = C.make_niss(self.rng, p["dob"], p["sex"])
        self.t("be_niss")
        self.ids.append(("be_niss", n))
        return C.fmt_niss(self.rng, n)

    def nir(self, p):
        n = C.make_nir(self.rng, p["dob"], p["sex"])
        self.t("fr_nir")
        self.ids.append(("fr_nir", n))
        return C.fmt_nir(self.rng, n)

    def dob(self, p, styles=None):
        self.t("date_of_birth")
        return C.fmt_date(self.rng, p["dob"], self.lang, styles)

    def name(self, p, styles=None):
        self.t("patient_name")
        return C.name_variant(self.rng, p, self.lang, styles)

    def sex_label(self, p):
        return ("Sexe : " if self.fr else "Sex: ") + p["sex"]

    # --- misc ---------------------------------------------------------------
    def pick(self, fr, en):
        return self.rng.choice(fr if self.fr else en)

    def L(self, fr, en):
        return fr if self.fr else en

    def sig(self, p):
        return C.sig_fr(p, p["role"]) if self.fr else C.sig_en(p, p["role"])

    def day(self, offset=0):
        d = (self.date - datetime.timedelta(days=offset)).date()
        return d

    def dstr(self, offset=0, style=None):
        d = self.day(offset)
        if self.fr:
            return "%d %s" % (d.day, MONTHS_FR_LONG[d.month - 1]) if style != "num" else d.strftime("%Y-%m-%d")
        return d.strftime("%b %d").replace(" 0", " ") if style != "num" else d.strftime("%Y-%m-%d")


def pair(p):
    return (C.full(p), p["email"])


def quote_block(ctx, author, text, hours_back=3):
    when = ctx.date - datetime.timedelta(hours=hours_back, minutes=17)
    body = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if ctx.fr:
        head = "Le %s %d %s %d à %02d h %02d, %s <%s> a écrit :" % (
            DAYS_FR[when.weekday()], when.day, MONTHS_FR[when.month - 1], when.year, when.hour, when.minute,
            C.full(author), author["email"])
    else:
        head = "On %s, %s <%s> wrote:" % (when.strftime("%a, %b %d, %Y at %I:%M %p"), C.full(author), author["email"])
    return head + "\n" + body


def outlook_block(ctx, author, to, subject, text, hours_back=20, forward=False):
    when = ctx.date - datetime.timedelta(hours=hours_back, minutes=41)
    if ctx.fr:
        lines = ["-----Message d'origine-----" if not forward else "---------- Message transféré ----------",
                 "De : %s <%s>" % (C.full(author), author["email"]),
                 "Envoyé : %s %d %s %d %02d:%02d" % (DAYS_FR[when.weekday()], when.day, MONTHS_FR[when.month - 1],
                                                      when.year, when.hour, when.minute),
                 "À : %s" % "; ".join(C.full(t) for t in to),
                 "Objet : %s" % subject]
    else:
        lines = ["-----Original Message-----" if not forward else "---------- Forwarded message ---------",
                 "From: %s <%s>" % (C.full(author), author["email"]),
                 "Sent: %s" % when.strftime("%A, %B %d, %Y %I:%M %p"),
                 "To: %s" % "; ".join(C.full(t) for t in to),
                 "Subject: %s" % subject]
    return "\n".join(lines) + "\n\n" + text


def spec(ctx, category, note, sender, to, subject, text, cc=None, html=None, attachments=None,
         html_only=False, forced=None):
    return {"category": category, "note": note, "from": pair(sender) if isinstance(sender, dict) else sender,
            "to": [pair(t) if isinstance(t, dict) else t for t in to],
            "cc": [pair(t) if isinstance(t, dict) else t for t in (cc or [])],
            "subject": subject, "text": text, "html": html, "attachments": attachments or [],
            "html_only": html_only, "forced": forced or {}, "date": ctx.date,
            "types": sorted(ctx.types), "ids": list(ctx.ids), "nams": list(ctx.nams), "lang": ctx.lang}


def html_table(rows, header=True):
    import html as h
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, h.escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_doc(*blocks):
    return ("<html><head></head>\n<body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
            + "\n".join(blocks) + "\n</body></html>\n")


def p_html(text):
    import html as h
    return "\n".join("<p>" + "<br>\n".join(h.escape(l) for l in para.split("\n")) + "</p>"
                     for para in text.split("\n\n"))


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def org_addr(local, name=None):
    return (name or "", local + "@" + C.ORG_DOMAIN)


SST_BOX_FR = ("Santé et sécurité au travail", C.SST_MAILBOX)
SST_BOX_EN = ("Occupational Health", C.SST_MAILBOX)
