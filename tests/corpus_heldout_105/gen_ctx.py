"""Step 6 - per-message context: people, dates, greetings, signatures."""
import datetime as dt

import gen_data as D
from gen_mime import Sig

TZ_W = dt.timezone(dt.timedelta(hours=-5))
TZ_S = dt.timezone(dt.timedelta(hours=-4))


class Ctx:
    def __init__(self, rng, lang, orgs, holder_pool):
        self.rng = rng
        self.lang = lang
        self.orgs = orgs
        self._holders = holder_pool
        self.used = set()
        self.fr = lang == "fr"

    # -- choice helpers
    def ch(self, *opts):
        return self.rng.choice(opts)

    def L(self, fr, en):
        """The whole list (paragraphs, rows) in this message's language."""
        return list(fr if self.fr else en)

    def t(self, fr, en):
        """Pick the text in this message's language (each side may be a list of variants)."""
        v = fr if self.fr else en
        return self.rng.choice(v) if isinstance(v, (list, tuple)) else v

    # -- organisations and people
    def clinic(self):
        return self.rng.choice(self.orgs["clinics"])

    def hospital(self):
        return self.rng.choice(self.orgs["hospitals"])

    def agency(self):
        return self.rng.choice(self.orgs["agencies"])

    def insurer(self):
        return self.rng.choice(self.orgs["insurers"])

    def staff(self, org, role=None, md=False, fem=None):
        role = role or self.t(["Adjointe administrative", "Agente de facturation", "Coordonnatrice"],
                              ["Administrative assistant", "Billing clerk", "Office coordinator"])
        st = D.make_staff(self.rng, org, role, md=md, fem=fem, used=self.used)
        st.role = gender_role(role, st.fem) if self.fr else role
        return st

    def doctor(self, org, fem=None):
        st = D.make_staff(self.rng, org, "", md=True, fem=fem, used=self.used)
        st.role = self.t("Médecin de famille", "Family physician")
        return st

    def holder(self):
        return self._holders.next(self.rng)

    def patient(self, origin="qc", **kw):
        return D.make_patient(self.rng, origin, **kw)

    # -- dates
    def when(self, base=None):
        """Send date of the message (Sept 2024 - June 2025)."""
        if base is None:
            base = dt.datetime(2024, 9, 3) + dt.timedelta(days=self.rng.randint(0, 290))
        base = base.replace(hour=self.rng.randint(7, 18), minute=self.rng.randint(0, 59), second=self.rng.randint(0, 59))
        tz = TZ_S if 3 <= base.month <= 10 else TZ_W
        if base.month == 3 and base.day < 10 or base.month == 11 and base.day > 3:
            tz = TZ_W
        return base.replace(tzinfo=tz)

    def earlier(self, d, days_min=1, days_max=60):
        return (d - dt.timedelta(days=self.rng.randint(days_min, days_max))).date()

    def date(self, d, style=None):
        return D.fmt_date(self.rng, d, self.lang, style)

    # -- text furniture
    def hello(self, who=None):
        g = who.given if who is not None else None
        if self.fr:
            opts = ["Bonjour,", "Bonjour,", "Salut,"] + ([f"Bonjour {g},", f"Allo {g},", f"Bonjour {g}!"] if g else [])
        else:
            opts = ["Hi,", "Hello,", "Good morning,"] + ([f"Hi {g},", f"Hello {g},", f"{g},"] if g else [])
        return self.rng.choice(opts)

    def bye(self):
        return self.t(["Merci!", "Merci de votre collaboration.", "Bonne journée,", "Cordialement,", "Merci beaucoup,",
                       "Au plaisir,", "Merci et bonne fin de semaine!"],
                      ["Thanks,", "Best regards,", "Kind regards,", "Thank you,", "Cheers,", "Many thanks,"])

    def disclaimer(self):
        return self.t(["AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous "
                       "l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
                       "Ce message est destiné uniquement au destinataire. Toute diffusion non autorisée est interdite."],
                      ["CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it "
                       "in error, please notify the sender and delete it.",
                       "This message is intended only for the addressee. Unauthorized distribution is prohibited."])

    def sig(self, st, with_org=True):
        r = self.rng
        lines = []
        style = r.choice(["full", "full", "short", "initials", "name"])
        nm = st.title(self.lang)
        if style == "initials":
            lines.append(st.given)
        elif style == "name":
            lines.append(nm)
        else:
            lines.append(nm)
            if st.role:
                lines.append(st.role)
            if with_org:
                lines.append(st.org.name)
            if style == "full":
                ext = r.randint(200, 399)
                if st.org.phone:
                    lines.append(f"{self.t('Tél.', 'Tel.')} {st.org.phone} {self.t('poste', 'ext.')} {ext}")
                if st.org.address and r.random() < 0.5:
                    lines.append(st.org.address)
                if r.random() < 0.3:
                    lines.append(self.t("Téléc.", "Fax") + " " + D.phone(r))
        if style != "initials" and r.random() < 0.3:
            lines += ["", self.disclaimer()]
        return Sig(lines, dashes=r.random() < 0.3)

    def mailer(self):
        return self.rng.choice([["X-Mailer: Microsoft Outlook 16.0"], ["User-Agent: Mozilla Thunderbird"],
                                ["X-Mailer: Apple Mail (2.3774)"], [], [], ["X-Mailer: Zimbra 9.0"],
                                ["Importance: High", "X-Priority: 1"]])


ROLE_M = [("Agente", "Agent"), ("Technicienne", "Technicien"), ("Coordonnatrice", "Coordonnateur"),
          ("Conseillère", "Conseiller"), ("Directrice", "Directeur"), ("Adjointe administrative", "Adjoint administratif"),
          ("Formatrice", "Formateur"), ("Pharmacienne", "Pharmacien"), ("Chef administrative", "Chef administratif"),
          ("Réceptionniste", "Réceptionniste")]


def gender_role(role, fem):
    if not role:
        return role
    if fem:
        for f, m in ROLE_M:
            if role.startswith(m + " ") or role == m:
                return f + role[len(m):]
        if role.startswith("Pharmacien-chef"):
            return "Pharmacienne-chef"
        if role.startswith("Directeur du développement"):
            return "Directrice du développement"
        return role
    for f, m in ROLE_M:
        if role.startswith(f):
            return m + role[len(f):]
    return role


class HolderPool:
    """Hand out NAM holders so that each is used before any is re-used."""

    def __init__(self, holders, rng):
        self.order = list(holders)
        rng.shuffle(self.order)
        self.i = 0

    def next(self, rng):
        h = self.order[self.i % len(self.order)]
        self.i += 1
        return h
