"""Shared message model, institutions, signatures (step 4 of the generator)."""
import datetime

import gen_ids as I
import gen_mime as M

BE_HOSP = [
    dict(name="Hôpital universitaire des Marolles", city="Bruxelles", dom="hum-bruxelles.example",
         addr="rue des Prêtres 12, 1000 Bruxelles", tel="02 555 01 10", c="be"),
    dict(name="Clinique Saint-Aubain", city="Namur", dom="st-aubain-namur.example",
         addr="boulevard du Nord 40, 5000 Namur", tel="081 555 01 20", c="be"),
    dict(name="Centre hospitalier Sambre-et-Heure", city="Charleroi", dom="chsh.example",
         addr="rue de Marcinelle 77, 6000 Charleroi", tel="071 555 01 30", c="be"),
    dict(name="CHR Haute-Meuse", city="Dinant", dom="chr-hautemeuse.example",
         addr="rue Saint-Jacques 5, 5500 Dinant", tel="082 555 01 40", c="be"),
    dict(name="Grand Hôpital du Borinage", city="Mons", dom="ghb-mons.example",
         addr="avenue du Joncquois 101, 7000 Mons", tel="065 555 01 50", c="be"),
    dict(name="Clinique du Val-de-Vesdre", city="Verviers", dom="valdevesdre.example",
         addr="rue du Collège 31, 4800 Verviers", tel="087 555 01 60", c="be"),
    dict(name="Clinique des Trois-Frontières", city="Arlon", dom="c3f-arlon.example",
         addr="rue de Neufchâteau 9, 6700 Arlon", tel="063 555 01 70", c="be"),
]
FR_HOSP = [
    dict(name="Centre hospitalier régional de Flandre-Lys", city="Lille", dom="chr-flandrelys.example",
         addr="2 avenue Oscar-Lambret-Sud, 59000 Lille", tel="03 20 55 50 11", c="fr"),
    dict(name="Polyclinique des Weppes", city="Lambersart", dom="polyweppes.example",
         addr="14 avenue de l'Hippodrome, 59130 Lambersart", tel="03 20 55 50 12", c="fr"),
    dict(name="Hôpital du Neudorf", city="Strasbourg", dom="hopital-neudorf.example",
         addr="25 route du Rhin, 67100 Strasbourg", tel="03 88 55 50 13", c="fr"),
    dict(name="Clinique des Vosges-du-Nord", city="Strasbourg", dom="clinique-vosgesnord.example",
         addr="8 rue de l'Ill, 67000 Strasbourg", tel="03 88 55 50 14", c="fr"),
    dict(name="Hôpital Saint-Vaast", city="Roubaix", dom="stvaast-roubaix.example",
         addr="31 boulevard Lacordaire, 59100 Roubaix", tel="03 20 55 50 15", c="fr"),
]
QC_HOSP = [
    dict(name="Hôpital Saint-Ambroise de Montréal", city="Montréal", dom="hsam.example",
         addr="4500, rue Sherbrooke Est, Montréal (Québec) H1X 0A1", tel="514 555-0120", c="qc"),
    dict(name="CHU Laurentien", city="Québec", dom="chu-laurentien.example",
         addr="1050, chemin Sainte-Foy, Québec (Québec) G1S 0A2", tel="418 555-0130", c="qc"),
    dict(name="CISSS des Hautes-Rivières", city="Saint-Jérôme", dom="cisss-hautesrivieres.example",
         addr="290, rue De Montigny, Saint-Jérôme (Québec) J7Z 0A3", tel="450 555-0140", c="qc"),
]
BE_GP = ["Maison médicale du Parvis", "Cabinet médical des Tilleuls", "Maison médicale La Passerelle",
         "Cabinet de médecine générale Sainte-Walburge", "Association de médecins généralistes du Condroz",
         "Cabinet médical de la Place Flagey"]
FR_GP = ["Maison de santé pluriprofessionnelle de Wazemmes", "Cabinet médical du Vieux-Lille",
         "Cabinet de la Krutenau", "MSP du Neuhof", "Cabinet médical Fives-Hellemmes", "Centre de santé de l'Esplanade"]
BE_LABS = ["Laboratoire Biolys", "Laboratoire de biologie clinique Mosane", "Labo Centre-Bruxelles"]
FR_LABS = ["LBM Flandres-Bio", "Laboratoire Rhénabio", "Biolab Métropole"]
BE_MUT = ["Mutualité Saint-Michel", "Mutualité libre Entraide", "Mutualité socialiste Cœur du Hainaut",
          "Mutualité neutre Meuse-Sambre"]
FR_CPAM = ["CPAM du Nord – Lille-Douai", "CPAM du Bas-Rhin", "CPAM de Roubaix-Tourcoing"]

SPECIALTIES = {
    "fr": ["cardiologie", "pneumologie", "gastro-entérologie", "néphrologie", "endocrinologie",
           "neurologie", "gériatrie", "médecine interne", "psychiatrie", "oncologie", "rhumatologie",
           "dermatologie", "orthopédie", "urologie", "pédiatrie"],
}


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c if c.isalnum() else "." for c in s).strip(".").replace("..", ".")


def email_of(person, dom):
    return "%s.%s@%s" % (slug(person["given"]), slug(person["surname"]), dom)


class Msg:
    def __init__(self, lang, cat):
        self.lang, self.cat = lang, cat
        self.types = set()
        self.note = ""
        self.subject = ""
        self.sender = None
        self.to = []
        self.cc = []
        self.text = ""
        self.html = None
        self.attachments = []
        self.structure = None
        self.in_reply_to = None
        self.date = None
        self.tz = "+0100"
        self.extra_headers = []
        self.ids = {}

    def t(self, *types):
        self.types.update(types)


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.used_patients = set()
        self.used_staff = set()
        self.nams = I.load_nam_holders()
        self.nam_order = list(range(len(self.nams)))
        rng.shuffle(self.nam_order)
        self.nam_i = 0
        self.day0 = datetime.datetime(2024, 9, 2, 8, 0)
        self.msg_n = 0
        self.recent_staff = []
        self.cycles = {}

    def nam_holder(self):
        h = self.nams[self.nam_order[self.nam_i % len(self.nams)]]
        self.nam_i += 1
        return h

    def patient(self, country, **kw):
        return I.make_patient(self.rng, country, self.used_patients, **kw)

    def staff(self, title="Dr"):
        for _ in range(50):
            p = I.make_staff(self.rng, self.used_staff, title)
            if p["surname"] not in self.recent_staff:
                break
        self.recent_staff = (self.recent_staff + [p["surname"]])[-8:]
        return p

    def cycle(self, key, seq):
        """Pick from seq without repetition until it is exhausted (then reshuffle)."""
        pool = self.cycles.get(key)
        if not pool:
            pool = list(range(len(seq)))
            self.rng.shuffle(pool)
            self.cycles[key] = pool
        return seq[pool.pop()]

    def when(self):
        r = self.rng
        d = self.day0 + datetime.timedelta(days=r.randrange(0, 200), hours=r.randrange(0, 11),
                                           minutes=r.randrange(0, 60), seconds=r.randrange(0, 60))
        return d

    def hosp(self, c):
        return self.rng.choice({"be": BE_HOSP, "fr": FR_HOSP, "qc": QC_HOSP}[c])


def signature(rng, person, role, org, lang="fr", inami=None, rpps=None, disclaimer=None):
    t = person.get("title") or ""
    name = ("%s %s %s" % (t, person["given"], person["surname"])).strip()
    style = rng.choice(["full", "full", "short", "dash", "min"])
    lines = []
    if style == "dash":
        lines.append("-- ")
    if style == "min":
        lines.append(person["given"][0] + ". " + person["surname"])
        lines.append(role)
    else:
        lines.append(name)
        lines.append(role)
        if style != "short":
            lines.append(org["name"] if isinstance(org, dict) else org)
            if isinstance(org, dict):
                lines.append(org["addr"])
                lines.append(("Tél. " if lang == "fr" else "Tel. ") + org["tel"])
        if inami:
            lines.append("INAMI " + inami)
        if rpps:
            lines.append("RPPS " + rpps)
    if disclaimer is None:
        disclaimer = rng.random() < 0.3
    if disclaimer:
        if lang == "fr":
            lines.append("")
            lines.append(rng.choice([
                "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
                "Avis de confidentialité : si vous avez reçu ce courriel par erreur, merci de le détruire et d'en avertir l'expéditeur.",
                "Pensez à l'environnement avant d'imprimer ce courriel.",
            ]))
        else:
            lines.append("")
            lines.append(rng.choice([
                "This e-mail may contain confidential information. If you are not the intended recipient, please delete it.",
                "Please consider the environment before printing this e-mail.",
            ]))
    return "\n".join(lines)


def render(ctx, msg, tag):
    rng = ctx.rng
    d = msg.date or ctx.when()
    tz = msg.tz
    hdr = []
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    datestr = "%s, %d %s %d %02d:%02d:%02d %s" % (days[d.weekday()], d.day, mons[d.month - 1], d.year,
                                                 d.hour, d.minute, d.second, tz)
    dom = msg.sender[1].split("@")[1]
    ctx.msg_n += 1
    mid = "<%s.%d.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), ctx.msg_n,
                             "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)), dom)
    order = [("Date", datestr), ("From", M.address(msg.sender[0], msg.sender[1], rng)),
             ("To", M.address_list(msg.to, rng))]
    if msg.cc:
        order.append(("Cc", M.address_list(msg.cc, rng)))
    order.append(("Subject", M.header_text(msg.subject, rng)))
    order.append(("Message-ID", mid))
    if msg.in_reply_to:
        order.append(("In-Reply-To", msg.in_reply_to))
        order.append(("References", msg.in_reply_to))
    mailer = rng.choice(M.MAILERS)
    if mailer:
        order.append(("X-Mailer", mailer))
    if rng.random() < 0.3:
        order.append(("Content-Language", "fr-BE" if msg.lang == "fr" and rng.random() < 0.5 else
                      ("fr-FR" if msg.lang == "fr" else "en-US")))
    order.extend(msg.extra_headers)
    if rng.random() < 0.5:
        order = order[:1] + sorted(order[1:3], key=lambda x: rng.random()) + order[3:]
    return M.build_message(rng, tag, order, msg.text, msg.html, msg.attachments, msg.structure)


def inner_message(ctx, sender, to, subject, text, date, tz="+0100", attachments=(), structure=None):
    """Build bytes of an embedded message (for message/rfc822 or .eml), LF endings."""
    m = Msg("fr", "inner")
    m.sender, m.to, m.subject, m.text, m.date, m.tz = sender, to, subject, text, date, tz
    m.attachments = list(attachments)
    m.structure = structure or ("mixed" if attachments else "plain")
    data = render(ctx, m, "fw%d" % ctx.msg_n)
    return data.replace(b"\r\n", b"\n")


def quote(text, style="gt"):
    lines = text.split("\n")
    if style == "gt":
        return "\n".join(("> " + l) if l else ">" for l in lines)
    return "\n".join(lines)


def date_fr_header(d):
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    return "%s %d %s %d %02d:%02d" % (jours[d.weekday()], d.day, I.MOIS[d.month - 1], d.year, d.hour, d.minute)
