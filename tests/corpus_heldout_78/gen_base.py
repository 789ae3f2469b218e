"""Context, senders, signatures, greetings, quoting and forwarding helpers."""
import datetime

import gen_common as C


class Ctx:
    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = list(holders)
        rng.shuffle(self.holders)
        self._hi = 0

    def holder(self, min_age=0, max_age=200):
        cands = [h for h in self.holders if min_age <= h.age <= max_age]
        p = min(cands, key=lambda h: (getattr(h, "uses", 0), self.holders.index(h)))
        p.uses = getattr(p, "uses", 0) + 1
        if p.address is None:
            p.address = C.address(self.rng, "fr")
            p.phone = C.phone_fmt(self.rng)
        return p

    def patient(self, lang, old=True, **kw):
        p = C.invent_patient(self.rng, lang, old=old, **kw)
        p.address = C.address(self.rng, lang)
        p.phone = C.phone_fmt(self.rng)
        return p

    def date(self):
        rng = self.rng
        d = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randint(0, 325))
        while d.weekday() >= 5 and rng.random() < 0.85:
            d += datetime.timedelta(days=1)
        dst = datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2)
        tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
        return datetime.datetime(d.year, d.month, d.day, rng.randint(7, 19), rng.randint(0, 59),
                                 rng.randint(0, 59), tzinfo=tz)

    def later(self, dt, days_min=1, days_max=14):
        d = (dt + datetime.timedelta(days=self.rng.randint(days_min, days_max))).date()
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d


ROLES_FR = ["Infirmière clinicienne, SAD", "Infirmière auxiliaire, soutien à domicile", "Travailleuse sociale, SAD",
            "Ergothérapeute", "Physiothérapeute", "Infirmière de liaison", "Chef de programme SAD",
            "Agente administrative, accueil SAD", "Infirmière pivot en soins palliatifs",
            "Nutritionniste", "Inhalothérapeute, programme MPOC", "Coordonnatrice clinique"]
ROLES_EN = ["Home care nurse", "Clinical nurse, home care", "Social worker, home support", "Occupational therapist",
            "Physiotherapist", "Liaison nurse", "Home care program manager", "Palliative care pivot nurse",
            "Intake clerk, home care", "Dietitian", "Respiratory therapist"]


MASC = [("Infirmière clinicienne", "Infirmier clinicien"), ("Agente administrative", "Agent administratif"),
        ("Agente d'approvisionnement", "Agent d'approvisionnement"), ("Conseillère en acquisition", "Conseiller en acquisition"),
        ("Infirmière", "Infirmier"), ("Travailleuse sociale", "Travailleur social"), ("Travailleuse", "Travailleur"), ("Agente", "Agent"), ("Coordonnatrice", "Coordonnateur"),
        ("Conseillère", "Conseiller"), ("Pharmacienne", "Pharmacien"), ("Chercheuse", "Chercheur"), ("Répartitrice", "Répartiteur"),
        ("Directrice", "Directeur"), ("Technicienne", "Technicien"), ("Responsable", "Responsable"), ("Préposée", "Préposé"),
        ("stomothérapeute", "stomothérapeute"), ("Auxiliaire", "Auxiliaire")]
FEM = [("Infirmier ", "Infirmière "), ("Pharmacien ", "Pharmacienne "), ("Préposé ", "Préposée "), ("Technicien ", "Technicienne "),
       ("Pharmacien", "Pharmacienne"), ("Technicien", "Technicienne")]


def gender_role(role, sex):
    if sex == "M":
        for f, m in MASC:
            role = role.replace(f, m)
    else:
        for m, f in FEM:
            if role.startswith(m) and not role.startswith(f):
                role = f + role[len(m):]
    return role


def is_md(p):
    r = getattr(p, "role", "").lower()
    return any(k in r for k in ("médecin", "physician", "gériatre", "geriatrician", "psychiatr", "interniste", "internist"))


def staff(ctx, lang, org_key=None, role=None, sex=None):
    rng = ctx.rng
    p = C.invent_staff(rng, lang, sex=sex)
    org_key = org_key or rng.choice(C.CLSCS)
    p.org_key = org_key
    p.org, p.domain = C.ORG[org_key]
    if org_key in C.CLSCS or org_key == "ciusss":
        p.domain = C.ORG["ciusss"][1]
    p.email = C.email_of(p, p.domain, rng.choice([0, 0, 1]))
    if role is None:
        if rng.random() < 0.65:
            role = rng.choice(ROLES_FR[:2] if lang == "fr" else ROLES_EN[:2])
        else:
            role = rng.choice(ROLES_FR if lang == "fr" else ROLES_EN)
    p.role = gender_role(role, p.sex)
    p.tel = C.phone(rng, rng.choice(["819", "450"]))
    p.ext = str(rng.randint(2000, 7999))
    return p


def pair(p):
    return (p.full, p.email)


def family_sender(ctx, rel):
    rel.email = C.email_of(rel, ctx.rng.choice(C.PERSONAL_DOMAINS), ctx.rng.choice([0, 1, 2]))
    return (rel.full, rel.email)


DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message et les pièces jointes peuvent contenir des renseignements "
                 "confidentiels destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez "
                 "en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information "
                 "intended only for the addressee. If you received it in error, please notify the sender and delete it.")


def signature(ctx, p, lang, short=None):
    rng = ctx.rng
    short = rng.random() < 0.3 if short is None else short
    if short:
        return rng.choice([f"{p.given}", f"{p.given} {p.surname[0]}.", f"-- \n{p.full}", f"{p.full}\n{p.role}"])
    lines = ["-- " if rng.random() < 0.3 else "", p.full + rng.choice(["", ", inf.", ", B. Sc. inf.", ""] if "nf" in p.role or "urse" in p.role else [""]),
             p.role, p.org]
    if p.org_key in C.CLSCS:
        lines.append(C.ORG["ciusss"][0])
    if rng.random() < 0.25:
        lines.append(C.address(rng, lang).replace(", app.", ", bureau").replace(", apt", ", suite"))
    if lang == "fr":
        lines.append(f"Tél. : {p.tel}, poste {p.ext}")
        if rng.random() < 0.5:
            lines.append(f"Téléc. : {C.phone(rng, p.tel[:3])}")
    else:
        lines.append(f"Tel: {p.tel} ext. {p.ext}")
    if rng.random() < 0.35:
        lines.append(p.email)
    if rng.random() < 0.3:
        lines += ["", DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN]
    return "\n".join(l for l in lines if l is not None).lstrip("\n")


def greet(ctx, lang, to=None):
    rng = ctx.rng
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour à tous,", "Allo,", "Bonjour {g},", "Salut {g},", "Bon matin,", "Bonjour {g},"]
    else:
        opts = ["Hi,", "Hello,", "Hi {g},", "Good morning,", "Hello all,", "Hi team,", "Hi {g},"]
    if to is not None and is_md(to):
        opts = (["Bonjour Dr{e} {s},", "Bonjour Docteur{e} {s},", "Bonjour Dr{e} {s},", "Bonjour {g},"] if lang == "fr"
                else ["Dear Dr. {s},", "Hi Dr. {s},", "Hello Dr. {s},"])
    g = rng.choice(opts)
    if to is not None:
        return g.format(g=to.given, s=to.surname, e="e" if to.sex == "F" else "").replace("Docteure", "Docteure")
    g = g.replace(" {g}", "")
    return "Bonjour à tous," if g in ("Bonjour,", "Salut,") and rng.random() < 0.3 and lang == "fr" else g


def closing(ctx, lang):
    rng = ctx.rng
    if lang == "fr":
        return rng.choice(["Merci,", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée,", "Au plaisir,", ""])
    return rng.choice(["Thanks,", "Thank you,", "Best,", "Regards,", "Many thanks,", "Cheers,", ""])


def quote(text, lang, who, when, rng):
    style = rng.choice(["gt", "gt", "outlook"])
    if style == "gt":
        if lang == "fr":
            head = f"Le {C.fdate(when.date(), 'fr', 'long')} à {when:%H:%M}, {who[0]} <{who[1]}> a écrit :"
        else:
            head = f"On {C.fday(when.date(), 'en')}, {when.year} at {when:%I:%M %p}, {who[0]} <{who[1]}> wrote:"
        return head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))
    if lang == "fr":
        head = (f"-----Message d'origine-----\nDe : {who[0]} <{who[1]}>\n"
                f"Envoyé : {C.fday(when.date(), 'fr')} {when.year} {when:%H:%M}\n")
    else:
        head = (f"-----Original Message-----\nFrom: {who[0]} <{who[1]}>\n"
                f"Sent: {C.fday(when.date(), 'en')}, {when.year} {when:%I:%M %p}\n")
    return head + text


def forward_block(text, lang, who, when, subject, to):
    if lang == "fr":
        head = (f"---------- Message transféré ----------\nDe : {who[0]} <{who[1]}>\n"
                f"Date : {C.fday(when.date(), 'fr')} {when.year} à {when:%H:%M}\nObjet : {subject}\n"
                f"À : {to[1]}\n")
    else:
        head = (f"---------- Forwarded message ---------\nFrom: {who[0]} <{who[1]}>\n"
                f"Date: {C.fday(when.date(), 'en')}, {when.year} at {when:%I:%M %p}\nSubject: {subject}\n"
                f"To: {to[1]}\n")
    return head + "\n" + text


def name_form(ctx, p, lang, style=None):
    """How a clinician writes a patient's name."""
    rng = ctx.rng
    style = style or rng.choice(["title_full", "full", "full", "SURNAME_given", "surname_first", "initial",
                                 "lower", "title_full", "comma"])
    if style == "title_full":
        return f"{p.title(lang)} {p.full}"
    if style == "full":
        return p.full
    if style == "SURNAME_given":
        return f"{p.surname.upper()} {p.given}"
    if style == "surname_first":
        return f"{p.surname} {p.given}"
    if style == "initial":
        return f"{p.given[0]}. {p.surname}"
    if style == "lower":
        return p.full.lower()
    if style == "comma":
        return f"{p.surname}, {p.given}"
    if style == "title_sur":
        return f"{p.title(lang)} {p.surname}"
    return p.full


def subj_prefix(rng, lang):
    return rng.choice(["", "", "", "RE: ", "Re: ", "TR: " if lang == "fr" else "Fwd: ", "URGENT - ",
                       "[SAD] " if lang == "fr" else "[Home care] "])
