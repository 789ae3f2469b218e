"""Message-spec builder shared by the positive and negative writers."""
import datetime

from gen_common import DOM, MOIS, ORG_EN, ORG_FR, money  # noqa: F401  (re-exported)
from gen_check import TYPES

ORG_ADDR_FR = "1200, boulevard de l'Hôpital, Val-des-Cèdres (Québec) J0X 2K0"
ORG_ADDR_EN = "1200 boulevard de l'Hopital, Val-des-Cedres, QC J0X 2K0"

DEPTS_FR = {
    "billing": "Facturation aux usagers — Direction des ressources financières",
    "ap": "Comptes fournisseurs — Direction des ressources financières",
    "proc": "Service de l'approvisionnement",
    "budget": "Budget et performance financière",
    "payroll": "Service de la paie",
    "admit": "Admission et archives médicales",
    "it": "Direction des ressources informationnelles",
    "pharm": "Département de pharmacie",
}
DEPTS_EN = {
    "billing": "Patient Billing - Finance Directorate",
    "ap": "Accounts Payable - Finance Directorate",
    "proc": "Procurement Services",
    "budget": "Budget & Financial Performance",
    "payroll": "Payroll Services",
    "admit": "Admitting & Health Records",
    "it": "Information Technology",
    "pharm": "Pharmacy Department",
}
TITLES_FR = {"billing": ("Agente de facturation", "Agent de facturation"),
             "ap": ("Technicienne en administration", "Technicien en administration"),
             "proc": ("Acheteuse", "Acheteur"), "budget": ("Conseillère en gestion financière", "Conseiller en gestion financière"),
             "payroll": ("Technicienne en paie", "Technicien en paie"), "admit": ("Agente administrative", "Agent administratif"),
             "it": ("Analyste", "Analyste"), "pharm": ("Pharmacienne", "Pharmacien")}
TITLES_EN = {"billing": "Billing Clerk", "ap": "Accounts Payable Technician",
             "proc": "Buyer", "budget": "Financial Analyst", "payroll": "Payroll Officer",
             "admit": "Admitting Clerk", "it": "Systems Analyst", "pharm": "Pharmacist"}


class Msg:
    def __init__(self, ctx, lang, cat, serial):
        self.ctx = ctx
        self.lang = lang
        self.cat = cat
        self.types = set()
        self.ids = []
        self.serial = serial
        r = ctx.rng
        self.date = datetime.datetime.combine(ctx.date(), datetime.time(r.randint(7, 17), r.randrange(60), r.randrange(60)))
        off = -4 if 3 <= self.date.month <= 10 else -5
        self.date = self.date.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
        self.msgid = "<%s.%06x.%s@%s>" % (self.date.strftime("%Y%m%d%H%M%S"), r.getrandbits(24),
                                          ["OWA", "zmb", "JavaMail", "mail"][serial % 4], DOM)
        self.atts = []
        self.cc = []
        self.extra = {}

    # -- label helpers
    def t(self, *types):
        for x in types:
            assert x in TYPES, x
            self.types.add(x)

    def nam(self, p, style=None):
        self.ids.append(("ramq_nam", p.nam))
        self.t("ramq_nam", "patient_name", "date_of_birth")
        return self.ctx.nam(p, style)

    def sin(self, style=None):
        num, s = self.ctx.sin(style)
        self.ids.append(("ca_sin", num))
        self.t("ca_sin")
        return s

    def ohip(self, style=None):
        num, s = self.ctx.ohip(style)
        self.ids.append(("ca_health_number", num))
        self.t("ca_health_number")
        return s

    def niss(self, p, style=None):
        num, s = self.ctx.niss(p, style)
        self.ids.append(("be_niss", num))
        self.t("be_niss")
        return s

    def nir(self, p, style=None):
        num, s = self.ctx.nir(p, style)
        self.ids.append(("fr_nir", num))
        self.t("fr_nir")
        return s

    def mrn(self, style=None):
        num, s = self.ctx.mrn(style)
        self.ids.append(("mrn", num))
        self.t("mrn")
        return s

    # -- people and text helpers
    def name(self, p, style=None):
        return self.ctx.name(p, self.lang, style)

    def dob(self, p):
        self.t("date_of_birth")
        return self.ctx.dob(p, self.lang)

    def sexs(self, p):
        return self.ctx.sex(p, self.lang)

    def g(self, p, masc, fem):
        return fem if p.sex == "F" else masc

    def money(self, x):
        return money(x, self.lang)

    def d(self, dt=None, fmt=None):
        dt = dt or self.date.date()
        if self.lang == "fr":
            return fmt and dt.strftime(fmt) or "%d %s" % (dt.day, MOIS[dt.month - 1])
        return fmt and dt.strftime(fmt) or "%s %d" % (["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][dt.month - 1], dt.day)

    def before(self, days_lo, days_hi):
        return self.date.date() - datetime.timedelta(days=self.ctx.rng.randint(days_lo, days_hi))

    def after(self, days_lo, days_hi):
        return self.date.date() + datetime.timedelta(days=self.ctx.rng.randint(days_lo, days_hi))

    def sig(self, p, dept, title=None, ext=True):
        r = self.ctx.rng
        if self.lang == "fr":
            if isinstance(title, tuple):
                title = title[0] if p.sex == "F" else title[1]
            lines = ["%s %s" % (p.given, p.surname), title or TITLES_FR[dept][0 if p.sex == "F" else 1], DEPTS_FR[dept], ORG_FR]
            if r.random() < 0.6:
                lines.append(ORG_ADDR_FR)
            lines.append("Tél. : %s%s" % (self.ctx.phone("819"), (", poste %d" % r.randint(2000, 7999)) if ext else ""))
        else:
            if isinstance(title, tuple):
                title = title[0]
            lines = ["%s %s" % (p.given, p.surname), title or TITLES_EN[dept], DEPTS_EN[dept], ORG_EN]
            if r.random() < 0.6:
                lines.append(ORG_ADDR_EN)
            lines.append("Tel. %s%s" % (self.ctx.phone("819"), (" ext. %d" % r.randint(2000, 7999)) if ext else ""))
        if r.random() < 0.3:
            lines.append("Ce courriel peut contenir des renseignements confidentiels." if self.lang == "fr"
                         else "This e-mail may contain confidential information.")
        return ("sig", lines)

    def addr(self, p, dom=DOM):
        return ("%s %s" % (p.given, p.surname), self.ctx.email(p, dom))

    def quote_hdr(self, who, when):
        if self.lang == "fr":
            return "Le %s à %s, %s a écrit :" % (self.d(when.date()) + " " + str(when.year), when.strftime("%H:%M"), who)
        return "On %s, %d at %s, %s wrote:" % (self.d(when.date()), when.year, when.strftime("%I:%M %p").lstrip("0"), who)

    def outlook_hdr(self, frm, to, when, subject):
        if self.lang == "fr":
            return ["-----Message d'origine-----", "De : %s" % frm, "Envoyé : %s %s" % (self.d(when.date()) + " " + str(when.year), when.strftime("%H:%M")),
                    "À : %s" % to, "Objet : %s" % subject]
        return ["-----Original Message-----", "From: %s" % frm, "Sent: %s, %d %s" % (self.d(when.date()), when.year, when.strftime("%I:%M %p")),
                "To: %s" % to, "Subject: %s" % subject]

    def fwd_hdr(self, frm, to, when, subject):
        if self.lang == "fr":
            return ["---------- Message transféré ---------", "De : %s" % frm, "Date : %s" % (self.d(when.date()) + " " + str(when.year)),
                    "Objet : %s" % subject, "À : %s" % to]
        return ["---------- Forwarded message ---------", "From: %s" % frm, "Date: %s, %d" % (self.d(when.date()), when.year),
                "Subject: %s" % subject, "To: %s" % to]

    def earlier(self, hours_lo=1, hours_hi=60):
        return self.date - datetime.timedelta(hours=self.ctx.rng.randint(hours_lo, hours_hi), minutes=self.ctx.rng.randrange(60))

    def spec(self, subject, blocks, frm, to, note, **kw):
        s = dict(lang=self.lang, cat=self.cat, subject=subject, blocks=blocks, frm=frm, to=to,
                 cc=self.cc, date=self.date, msgid=self.msgid, atts=self.atts, note=note,
                 types=[t for t in TYPES if t in self.types], ids=list(self.ids))
        s.update(kw)
        return s


def sub_spec(m, subject, blocks, frm, to, when, lang=None):
    """A nested message (attached .eml)."""
    r = m.ctx.rng
    return dict(lang=lang or m.lang, subject=subject, blocks=blocks, frm=frm, to=to, cc=[],
                date=when, msgid="<%s.%06x@%s>" % (when.strftime("%Y%m%d%H%M%S"), r.getrandbits(24), frm[1].split("@")[1]),
                atts=[])
