"""Template helpers: the Draft (which records every finding type it writes),
signatures, reply / forward wrappers and clinical phrase pools."""
import datetime

from gen_common import (CLINIC_EN, CLINIC_FR, DOM, ORG_EN, ORG_FR, SITES, fmt_date, fmt_mrn, fmt_name,
                        fmt_nam, fmt_niss, fmt_nir, fmt_ohip, fmt_sin, make_mrn, make_niss, make_nir,
                        make_ohip, make_sin, MONTHS_FR, MONTHS_EN)


class Draft:
    """Collects content for one message and the finding types it contains."""

    def __init__(self, ctx, lang, category, note, confidential=True):
        self.ctx, self.lang, self.category, self.note = ctx, lang, category, note
        self.confidential = confidential
        self.types = set()
        self.ids = []        # (kind, value as written)
        self.nams = []       # dicts: holder + strings written for name/dob/sex
        self.people = []     # patients named (for the negative cross-check)
        self.date = ctx.when()
        self.r = ctx.rng

    # -- patient identity
    def name(self, p, style=None):
        style = style or self.r.choice(["full", "title", "upper_comma", "comma", "title_sur",
                                        "initial", "lower", "sur_initial"])
        self.types.add("patient_name")
        if p not in self.people:
            self.people.append(p)
        return fmt_name(p, style, self.lang)

    def given(self, p):
        self.types.add("patient_name")
        return p["given"]

    def dob(self, p, style=None):
        style = style or self.r.choice(["iso", "slash", "long", "iso", "dot"])
        self.types.add("date_of_birth")
        return fmt_date(p["dob"], style, self.lang)

    def nam_fields(self, p, name_style=None, dob_style=None, nam_style=None, sex_style=None):
        """Name, birth date, sex and NAM of a NAM holder, all recorded."""
        assert p.get("has_nam")
        name_style = name_style or self.r.choice(["full", "upper_comma", "comma", "upper", "title"])
        dob_style = dob_style or self.r.choice(["iso", "iso", "slash", "long", "compact"])
        nam_style = nam_style or self.r.choice(["plain", "plain", "spaced", "spaced", "dashed", "dotted",
                                                "fullwidth", "lower"])
        f = {
            "name": fmt_name(p, name_style, self.lang),
            "dob": fmt_date(p["dob"], dob_style, self.lang),
            "sex": p["sex"],
            "nam": fmt_nam(p["nam"], nam_style),
        }
        self.types.update(["patient_name", "date_of_birth", "ramq_nam"])
        self.nams.append({"holder": p, "dob_text": f["dob"], "nam_text": f["nam"]})
        if p not in self.people:
            self.people.append(p)
        return f

    def nam_line(self, p, **kw):
        f = self.nam_fields(p, **kw)
        v = self.r.randrange(4)
        if self.lang == "fr":
            forms = [
                "%s — DDN : %s — Sexe : %s — NAM : %s" % (f["name"], f["dob"], f["sex"], f["nam"]),
                "Usager : %s (%s), né(e) le %s, NAM %s" % (f["name"], f["sex"], f["dob"], f["nam"]),
                "%s | %s | %s | %s" % (f["name"], f["nam"], f["dob"], f["sex"]),
                "Nom : %s\nDate de naissance : %s\nSexe : %s\nNo d'assurance maladie : %s" % (
                    f["name"], f["dob"], f["sex"], f["nam"]),
            ]
        else:
            forms = [
                "%s - DOB %s - Sex %s - RAMQ %s" % (f["name"], f["dob"], f["sex"], f["nam"]),
                "Patient: %s (%s), born %s, Quebec health insurance no. %s" % (
                    f["name"], f["sex"], f["dob"], f["nam"]),
                "%s | %s | %s | %s" % (f["name"], f["nam"], f["dob"], f["sex"]),
                "Name: %s\nDate of birth: %s\nSex: %s\nRAMQ (NAM): %s" % (f["name"], f["dob"], f["sex"], f["nam"]),
            ]
        return forms[v]

    # -- other identifiers
    def mrn(self, style=None, value=None):
        style = style or self.r.choice(["plain", "plain", "spaced", "dashed", "dotted", "slashed",
                                        "fullwidth", "prefixed", "zeros"])
        self.types.add("mrn")
        return fmt_mrn(value or make_mrn(self.r), style)

    def sin(self, style=None):
        style = style or self.r.choice(["spaced", "plain", "dashed", "dotted", "fullwidth", "slashed"])
        v = fmt_sin(make_sin(self.r), style)
        self.types.add("ca_sin")
        self.ids.append(("ca_sin", v))
        return v

    def ohip(self, style=None, version=True):
        style = style or self.r.choice(["dashed", "spaced", "plain", "dotted", "fullwidth"])
        ver = "".join(self.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)) if version else ""
        v = fmt_ohip(make_ohip(self.r), ver, style)
        self.types.add("ca_health_number")
        self.ids.append(("ca_health_number", v))
        return v

    def niss(self, p, style=None):
        style = style or self.r.choice(["official", "plain", "spaced", "dashed", "fullwidth"])
        v = fmt_niss(make_niss(self.r, p["dob"], p["sex"]), style)
        self.types.add("be_niss")
        self.ids.append(("be_niss", v))
        return v

    def nir(self, p, style=None):
        style = style or self.r.choice(["spaced", "plain", "dotted", "key", "fullwidth"])
        v = fmt_nir(make_nir(self.r, p["dob"], p["sex"]), style)
        self.types.add("fr_nir")
        self.ids.append(("fr_nir", v))
        return v

    # -- content facets
    def dx(self, text):
        self.types.add("diagnosis")
        return text

    def med(self, text):
        self.types.add("medication")
        return text

    def lab(self, text):
        self.types.add("lab_result")
        return text

    def contact(self, text):
        self.types.add("patient_contact")
        return text

    def social(self, text):
        self.types.add("social_information")
        return text

    def home_phone(self):
        self.types.add("patient_contact")
        return self.ctx.phone()

    def home_address(self):
        self.types.add("patient_contact")
        return self.ctx.address()

    # -- output
    def spec(self, sender, to, subject, blocks, attachments=None, cc=None, **kw):
        d = {
            "lang": self.lang, "category": self.category, "note": self.note,
            "sender": sender, "to": to, "cc": cc or [], "subject": subject, "blocks": blocks,
            "attachments": attachments or [], "date": self.date,
            "types": sorted(self.types) if self.confidential else [],
            "confidential": self.confidential,
            "ids": list(self.ids), "nams": list(self.nams), "people": list(self.people),
        }
        d.update(kw)
        return d


# ---------------------------------------------------------------- people and signatures

def who(s):
    return (s["name"], s["email"])


def ext(name, local, domain):
    return (name, "%s@%s" % (local, domain))


def site(ctx):
    return ctx.pick(SITES)


EXT_ORGS = {
    "pharmacie-jolicoeur.example": ("Pharmacie Jolicoeur", "455, rue Saint-Louis, Val-Morency", "450 555-0161"),
    "pharmaprix-des-ormeaux.example": ("Pharmacie des Ormeaux", "1400, boulevard des Ormeaux, Val-Morency", "450 555-0162"),
    "uniprix-st-aubin.example": ("Pharmacie Saint-Aubin", "22, rue Principale, Saint-Aubin", "819 555-0163"),
    "gmf-des-pins.example": ("GMF des Pins", "900, rue des Pins, Val-Morency", "450 555-0171"),
    "gmf-riviere-claire.example": ("GMF de la Rivière-Claire", "12, avenue du Parc, Saint-Aubin", "819 555-0172"),
    "clinique-orl-du-parc.example": ("Clinique ORL du Parc", "300, avenue du Parc, Val-Morency", "450 555-0173"),
    "assurances-boreal.example": ("Assurances Boréal", "1, place Boréale, Québec", "418 555-0174"),
    "mutuelle-laurentide.example": ("Mutuelle Laurentide", "77, rue Laurier, Québec", "418 555-0175"),
    "transport-adapte-laurentin.example": ("Transport adapté Laurentin", "5, rue du Garage, Val-Morency", "450 555-0176"),
    "taxibus-val-morency.example": ("Taxibus Val-Morency", "18, rue de la Gare, Val-Morency", "450 555-0177"),
    "css-des-rivages.example": ("Centre de services scolaire des Rivages", "250, rue de l'École, Saint-Aubin", "819 555-0178"),
    "chsld-les-tilleuls.example": ("CHSLD Les Tilleuls", "60, rue des Tilleuls, Val-Morency", "450 555-0179"),
    "residence-le-belvedere.example": ("Résidence Le Belvédère", "3, montée du Belvédère, Saint-Aubin", "819 555-0180"),
    "ottawa-east-rehab.example": ("Ottawa East Rehabilitation Centre", "1500 Riverside Dr., Ottawa ON", "613 555-0181"),
    "nutrimed-distribution.example": ("Nutrimed Distribution inc.", "80, rue Industrielle, Laval", "450 555-0183"),
    "medisource-quebec.example": ("Médisource Québec", "410, boul. Hamel, Québec", "418 555-0184"),
    "laryngo-tech.example": ("Laryngo-Tech Canada", "95 King St. E., Toronto ON", "416 555-0185"),
    "aqoa-orthophonie.example": ("Regroupement des orthophonistes", "1200, rue Sherbrooke, Montréal", "514 555-0186"),
    "dysphagie-reseau.example": ("Réseau québécois dysphagie", "C.P. 55, Montréal", "514 555-0187"),
}


def signature(ctx, s, lang, disclaimer=None):
    r = ctx.rng
    dom = s["email"].split("@")[1]
    if dom != DOM:
        org, addr, phone = EXT_ORGS.get(dom, (dom.split(".")[0], "", "450 555-0190"))
        name = dr(s, lang) if dom.startswith(("gmf", "clinique-orl")) else s["name"]
        return ("sig", "\n".join(x for x in [name, org, addr, ("Tél. : " if lang == "fr" else "Tel. ") + phone] if x))
    sname, saddr, sphone = site(ctx)
    ext_ = r.randint(2100, 2899)
    if lang == "fr":
        title = s["role"]
        lines = ["%s, %s" % (s["name"], title) if r.random() < 0.6 else s["name"] + "\n" + title.capitalize(),
                 CLINIC_FR + " | " + sname, ORG_FR, saddr,
                 "Tél. : %s, poste %d" % (sphone, ext_)]
        if r.random() < 0.4:
            lines.append("Téléc. : %s" % sphone[:7] + "-01%02d" % r.randint(0, 99))
        disc = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
    else:
        lines = [s["name"] + (", " + s["role"] if r.random() < 0.7 else ""),
                 CLINIC_EN + " - " + sname, ORG_EN, saddr, "Tel. %s ext. %d" % (sphone, ext_)]
        disc = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only "
                "for the addressee. If you received it in error, please notify the sender and delete it.")
    if disclaimer is None:
        disclaimer = r.random() < 0.45
    text = "\n".join(lines)
    if disclaimer:
        text += "\n\n" + disc
    return ("sig", text)


def short_sig(s, lang):
    return s["given"] if lang == "fr" else s["given"]


def attribution(ctx, sender, when, lang):
    """Attribution line for a quoted reply."""
    r = ctx.rng
    if lang == "fr":
        if r.random() < 0.5:
            return "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
                when.day, MONTHS_FR[when.month - 1], when.year, when.hour, when.minute, sender[0], sender[1])
        return "-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s\nObjet : " % (
            sender[0], sender[1], when.strftime("%Y-%m-%d %H:%M"))
    if r.random() < 0.5:
        return "On %s, %s <%s> wrote:" % (
            when.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), sender[0], sender[1])
    return "-----Original Message-----\nFrom: %s <%s>\nSent: %s\nSubject: " % (
        sender[0], sender[1], when.strftime("%A, %B %d, %Y %I:%M %p"))


def quote(ctx, sender, when, lang, subject, blocks):
    att = attribution(ctx, sender, when, lang)
    if att.endswith("Objet : ") or att.endswith("Subject: "):
        att += subject
    return ("quote", att, blocks)


def fwd(ctx, sender, to, when, lang, subject, blocks):
    if lang == "fr":
        head = ["-------- Message transféré --------",
                "De : %s <%s>" % sender, "Date : %s" % when.strftime("%Y-%m-%d %H:%M"),
                "À : %s <%s>" % to, "Objet : %s" % subject]
    else:
        head = ["---------- Forwarded message ---------",
                "From: %s <%s>" % sender, "Date: %s" % when.strftime("%a, %b %d, %Y at %I:%M %p"),
                "To: %s <%s>" % to, "Subject: %s" % subject]
    return ("fwd", head, blocks)


def earlier(ctx, dt, lo=2, hi=72):
    return dt - datetime.timedelta(hours=ctx.rng.randint(lo, hi), minutes=ctx.rng.randint(0, 59))


def hdate(ctx, d, lang):
    """Human date for an appointment."""
    if lang == "fr":
        days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        return "%s %d %s à %dh%02d" % (days[d.weekday()], d.day, MONTHS_FR[d.month - 1], d.hour, d.minute)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return "%s, %s %d at %d:%02d %s" % (days[d.weekday()], MONTHS_EN[d.month - 1], d.day,
                                         (d.hour - 1) % 12 + 1, d.minute, "a.m." if d.hour < 12 else "p.m.")


# ---------------------------------------------------------------- clinical pools

DX_FR = [
    "dysphagie oropharyngée post-AVC sylvien gauche",
    "dysphagie oropharyngée sur maladie de Parkinson (stade 3)",
    "SLA à début bulbaire",
    "presbyphagie avec pneumonies d'aspiration récidivantes",
    "dysphagie post-intubation prolongée (12 jours aux SI)",
    "aphasie de Broca post-AVC ischémique",
    "dysarthrie flasque post-TCC",
    "paralysie de la corde vocale gauche post-thyroïdectomie",
    "diverticule de Zenker",
    "démence de type Alzheimer modérée avec refus alimentaire",
    "laryngectomie totale (néo larynx, 2023)",
    "dysphagie post-radiothérapie pour néo de l'oropharynx",
    "sclérose en plaques avec dysphagie aux liquides",
    "aphasie primaire progressive, variante logopénique",
]
DX_EN = [
    "oropharyngeal dysphagia following left MCA stroke",
    "Parkinson's disease with progressive dysphagia",
    "bulbar-onset ALS",
    "recurrent aspiration pneumonia, presbyphagia",
    "post-intubation dysphagia after a 9-day ICU stay",
    "expressive aphasia after ischemic stroke",
    "spastic dysarthria secondary to multiple sclerosis",
    "left vocal fold paralysis after thyroidectomy",
    "Zenker's diverticulum",
    "moderate Alzheimer's dementia with food refusal",
    "total laryngectomy with TE puncture",
    "radiation-associated dysphagia (oropharyngeal SCC, treated 2022)",
    "traumatic brain injury with cognitive-communication disorder",
    "myasthenia gravis with fatigable swallow",
]
PED_DX_FR = ["trouble développemental du langage (TDL) sévère", "retard de langage expressif",
             "trouble du spectre de l'autisme (TSA) non verbal", "dyspraxie verbale",
             "bégaiement sévère", "dysphagie pédiatrique sur fente palatine réparée",
             "trouble alimentaire pédiatrique (sélectivité sévère)"]
PED_DX_EN = ["developmental language disorder (DLD)", "severe expressive language delay",
             "autism spectrum disorder, minimally verbal", "childhood apraxia of speech",
             "severe stuttering", "pediatric feeding disorder with failure to thrive",
             "repaired cleft palate with velopharyngeal insufficiency"]

VFSS_FR = [
    ("Pénétration laryngée aux liquides clairs, PAS 5", "liquides légèrement épaissis (IDDSI 2)"),
    ("Aspiration silencieuse aux liquides clairs, PAS 8, aucune toux", "liquides modérément épaissis (IDDSI 3)"),
    ("Résidus valléculaires et pyriformes modérés, PAS 3", "purée (IDDSI 4) et double déglutition"),
    ("Délai de déclenchement ~3 s, aspiration avant la déglutition, PAS 7", "NPO temporaire, réévaluation dans 2 sem."),
    ("Ouverture réduite du SSO, résidus pyriformes importants, PAS 4", "hachée fine (IDDSI 5), liquides clairs à la cuillère"),
]
VFSS_EN = [
    ("Laryngeal penetration with thin liquids, PAS 5", "mildly thick liquids (IDDSI 2)"),
    ("Silent aspiration of thin liquids, PAS 8, no cough response", "moderately thick liquids (IDDSI 3)"),
    ("Moderate vallecular and pyriform residue, PAS 3", "pureed diet (IDDSI 4) with effortful swallow"),
    ("Delayed swallow initiation (~3 s), aspiration before the swallow, PAS 7", "NPO for now, repeat study in 2 weeks"),
    ("Reduced UES opening with marked pyriform residue, PAS 4", "minced & moist (IDDSI 5), chin tuck with thins"),
]
MEDS_FR = ["Sinemet 100/25 mg TID", "pantoprazole (Pantoloc) 40 mg DIE", "donépézil 10 mg HS",
           "glycopyrrolate 1 mg BID pour le bavage", "timbre de scopolamine 1,5 mg q72h",
           "lévétiracétam 500 mg BID (passer en sirop)", "apixaban 5 mg BID",
           "métoclopramide 10 mg TID avant les repas", "baclofène 10 mg TID", "quétiapine 25 mg HS",
           "amoxicilline-clavulanate 875 mg BID x 7 jours", "oméprazole 20 mg BID"]
MEDS_EN = ["Sinemet 100/25 mg TID", "pantoprazole 40 mg daily", "donepezil 10 mg at bedtime",
           "glycopyrrolate 1 mg BID for sialorrhea", "scopolamine patch 1.5 mg q72h",
           "levetiracetam 500 mg BID (switch to oral solution)", "apixaban (Eliquis) 5 mg BID",
           "metoclopramide 10 mg before meals", "baclofen 10 mg TID", "quetiapine 25 mg HS",
           "piperacillin-tazobactam IV", "esomeprazole (Nexium) 40 mg daily"]
LABS_FR = ["albumine 29 g/L", "CRP 84 mg/L", "GB 13,8 x10^9/L", "Rx poumons : infiltrat base droite",
           "SpO2 89 % AA pendant le repas", "préalbumine 0,14 g/L", "Na 148 mmol/L", "Hb 96 g/L",
           "MoCA 17/30", "perte de poids 6 kg en 2 mois (IMC 18,4)"]
LABS_EN = ["albumin 28 g/L", "CRP 91 mg/L", "WBC 14.2", "CXR: new RLL opacity", "SpO2 drops to 88% with meals",
           "prealbumin 0.13 g/L", "Na 149", "Hgb 94", "MoCA 16/30", "6 kg weight loss over 2 months (BMI 18.1)"]
SOCIAL_FR = ["vit seule, aucune famille à proximité", "proche aidante épuisée, demande d'hébergement en cours",
             "dossier actif à la DPJ (signalement retenu en mars)", "prestataire d'aide sociale, pas de téléphone fixe",
             "en situation d'itinérance, hébergé à la maison Le Relais", "violence conjugale rapportée, ne pas laisser de message au domicile",
             "curatelle publique en cours", "en attente de place en CHSLD"]
SOCIAL_EN = ["lives alone, no family nearby", "caregiver burnout, long-term care application under way",
             "open youth protection (DYP) file", "on income support, no landline",
             "currently homeless, staying at the shelter on Rivard St.",
             "disclosed intimate partner violence - do not leave messages at home",
             "Public Curator involved", "waiting for a CHSLD bed"]


def external(ctx, kind, lang="fr"):
    """A person from the staff-name pool working outside the network."""
    from gen_common import EXT_DOMAINS, strip_accents
    s = dict(ctx.staff(lang=lang))
    dom = ctx.pick(EXT_DOMAINS[kind])
    s["email"] = s["email"].split("@")[0] + "@" + dom
    return s


def dr(s, lang="fr"):
    if lang == "fr":
        return ("Dre " if s["sex"] == "F" else "Dr ") + s["name"]
    return "Dr. " + s["name"]


def mailbox(local, name):
    return (name, "%s@%s" % (local, DOM))


ROLES = {
    "fr": {
        "slp": ("orthophoniste", "orthophoniste"), "md": ("physiatre", "physiatre"),
        "mgr": ("chef de service", "chef de service"), "coord": ("coordonnatrice clinique", "coordonnateur clinique"),
        "cm": ("infirmière de liaison", "infirmier de liaison"), "sw": ("travailleuse sociale", "travailleur social"),
        "rh": ("conseillère en ressources humaines", "conseiller en ressources humaines"),
        "pay": ("technicienne en paie", "technicien en paie"),
        "sst": ("conseillère en santé et sécurité du travail", "conseiller en santé et sécurité du travail"),
        "tech": ("technicienne en génie biomédical", "technicien en génie biomédical"),
        "buyer": ("agente d'approvisionnement", "agent d'approvisionnement"),
        "pharm": ("pharmacienne", "pharmacien"), "qa": ("conseillère en gestion des risques", "conseiller en gestion des risques"),
        "sec": ("secrétaire médicale", "secrétaire médical"), "fin": ("agente de gestion financière", "agent de gestion financière"),
        "chair": ("orthophoniste, présidente du comité", "orthophoniste, président du comité"),
        "pi": ("orthophoniste-chercheuse", "orthophoniste-chercheur"), "cc": ("conseillère clinicienne", "conseiller clinicien"),
        "st": ("technicienne, Services techniques", "technicien, Services techniques"),
        "sup": ("superviseure de stages", "superviseur de stages"),
    },
    "en": {
        "slp": "Speech-Language Pathologist", "md": "Physiatrist", "mgr": "Program Manager",
        "coord": "Clinical Coordinator", "cm": "Liaison Nurse", "sw": "Social Worker", "hr": "HR Advisor",
        "pay": "Payroll Technician", "oh": "Occupational Health Nurse", "tech": "Biomedical Technician",
        "buyer": "Procurement Officer", "ph": "Pharmacist", "qa": "Risk Management Advisor", "sec": "Medical Secretary",
        "chair": "S-LP, Committee Chair", "pi": "S-LP, Researcher", "cc": "Clinical Educator",
        "st": "Facilities Technician", "ap": "Accounts Payable", "sup": "Clinical Supervisor", "soc": "Social Committee",
    },
}


def staff_as(ctx, key, lang="fr", sex=None):
    """A staff member whose signature role fits what the message is about."""
    s = ctx.staff(sex=sex, lang=lang)
    role = ROLES[lang].get(key)
    if role:
        s["role"] = role if lang == "en" else role[0 if s["sex"] == "F" else 1]
    return s


def forward_wrap(ctx, spec, by, to, intro):
    """Turn a finished spec into an inline forward sent by `by` to `to`."""
    lang = spec["lang"]
    t0 = spec["date"]
    spec = dict(spec)
    spec["date"] = t0 + datetime.timedelta(hours=ctx.rng.randint(1, 30), minutes=ctx.rng.randint(0, 59))
    first_to = spec["to"][0]
    spec["blocks"] = [intro, by["given"], fwd(ctx, spec["sender"], first_to, t0, lang, spec["subject"], spec["blocks"])]
    spec["subject"] = ("TR: " if lang == "fr" else "Fwd: ") + spec["subject"]
    spec["sender"] = who(by)
    spec["to"] = [t if isinstance(t, tuple) else who(t) for t in to]
    spec["cc"] = []
    return spec
