"""Vocabulary and writing helpers shared by the positive and negative templates."""
import datetime

from gen_common import ORG, SERVICES, addr_of, d_long, svc_addr, svc_name

# (fr, en) pairs ------------------------------------------------------------------------------
DIAG = [("cancer du sein métastatique", "metastatic breast cancer"), ("insuffisance cardiaque", "heart failure"),
        ("MPOC en exacerbation", "COPD exacerbation"), ("schizophrénie", "schizophrenia"),
        ("trouble bipolaire", "bipolar disorder"), ("dépression majeure avec idées suicidaires",
                                                    "major depression with suicidal ideation"),
        ("diabète de type 2 mal contrôlé", "poorly controlled type 2 diabetes"),
        ("sclérose en plaques", "multiple sclerosis"), ("maladie de Crohn", "Crohn's disease"),
        ("démence de type Alzheimer", "Alzheimer's dementia"), ("infection au VIH", "HIV infection"),
        ("hépatite C", "hepatitis C"), ("AVC ischémique", "ischemic stroke"),
        ("fracture de la hanche", "hip fracture"), ("infarctus du myocarde", "myocardial infarction"),
        ("pneumonie d'aspiration", "aspiration pneumonia"), ("choc septique", "septic shock"),
        ("insuffisance rénale terminale en hémodialyse", "end-stage renal disease on hemodialysis"),
        ("lymphome non hodgkinien", "non-Hodgkin lymphoma"),
        ("trouble lié à l'usage des opioïdes", "opioid use disorder"), ("épilepsie réfractaire", "refractory epilepsy"),
        ("cancer colorectal", "colorectal cancer"), ("embolie pulmonaire", "pulmonary embolism"),
        ("anorexie mentale", "anorexia nervosa"), ("fausse couche à 11 semaines", "miscarriage at 11 weeks"),
        ("délirium postopératoire", "postoperative delirium"), ("cirrhose alcoolique", "alcoholic cirrhosis"),
        ("plaie de pression de stade 4 au sacrum", "stage 4 sacral pressure injury")]
INJURY = [("fracture du fémur droit", "right femoral shaft fracture"),
          ("traumatisme craniocérébral léger", "mild traumatic brain injury"),
          ("entorse cervicale (coup de fouet)", "whiplash-associated disorder"),
          ("fractures costales multiples avec pneumothorax", "multiple rib fractures with pneumothorax"),
          ("déchirure de la coiffe des rotateurs gauche", "left rotator cuff tear"),
          ("hernie discale L4-L5", "L4-L5 disc herniation"),
          ("brûlures au 2e degré aux deux mains", "second-degree burns to both hands"),
          ("amputation traumatique de l'index droit", "traumatic amputation of the right index finger"),
          ("lacération profonde de l'avant-bras avec atteinte tendineuse", "deep forearm laceration with tendon injury"),
          ("fracture du poignet gauche", "left wrist fracture"), ("fracture du plateau tibial", "tibial plateau fracture"),
          ("commotion cérébrale", "concussion")]
MEDS = [("hydromorphone 2 mg SC", "hydromorphone 2 mg SC"), ("warfarine 5 mg", "warfarin 5 mg"),
        ("insuline glargine 40 unités", "insulin glargine 40 units"), ("méthadone 80 mg die", "methadone 80 mg daily"),
        ("clozapine 300 mg", "clozapine 300 mg"), ("lithium 900 mg", "lithium 900 mg"),
        ("apixaban 5 mg BID", "apixaban 5 mg BID"), ("morphine 10 mg PO q4h", "morphine 10 mg PO q4h"),
        ("vancomycine IV", "IV vancomycin"), ("énoxaparine 40 mg", "enoxaparin 40 mg"),
        ("quétiapine 200 mg HS", "quetiapine 200 mg at bedtime"), ("fentanyl timbre 25 mcg/h", "fentanyl 25 mcg/h patch"),
        ("buprénorphine-naloxone 8 mg", "buprenorphine-naloxone 8 mg"), ("prednisone 50 mg", "prednisone 50 mg"),
        ("olanzapine 10 mg IM", "olanzapine 10 mg IM"), ("héparine IV en perfusion", "IV heparin infusion")]
LABS = [("INR à 6,8", "INR of 6.8"), ("troponine à 1 250 ng/L", "troponin of 1,250 ng/L"),
        ("HbA1c à 9,4 %", "HbA1c of 9.4%"), ("créatinine à 412 µmol/L", "creatinine of 412 µmol/L"),
        ("éthanolémie à 48 mmol/L", "blood ethanol of 48 mmol/L"), ("potassium à 6,9 mmol/L", "potassium of 6.9 mmol/L"),
        ("charge virale VIH indétectable", "undetectable HIV viral load"),
        ("dépistage urinaire positif aux opioïdes et à la cocaïne", "urine drug screen positive for opioids and cocaine"),
        ("hémoglobine à 62 g/L", "hemoglobin of 62 g/L"), ("lithémie à 2,4 mmol/L", "lithium level of 2.4 mmol/L"),
        ("glycémie à 31 mmol/L", "blood glucose of 31 mmol/L"), ("lactate à 7,2 mmol/L", "lactate of 7.2 mmol/L")]
SOCIAL = [("en situation d'itinérance", "currently homeless"), ("prestataire de l'aide sociale", "on social assistance"),
          ("suivi par la DPJ (signalement retenu)", "followed by youth protection (DPJ), report retained"),
          ("victime de violence conjugale, hébergée en maison d'aide", "a victim of intimate partner violence, staying at a shelter"),
          ("sous régime de curatelle publique", "under public curatorship"),
          ("en attente d'une place en CHSLD", "waiting for a long-term care bed"),
          ("vit seule, sans réseau de soutien", "living alone with no support network"),
          ("sous ordonnance de garde en établissement (P-38)", "held under a confinement order (P-38)"),
          ("demandeuse d'asile sans couverture de la RAMQ", "an asylum claimant without RAMQ coverage"),
          ("expulsé de son logement le mois dernier", "evicted from their apartment last month")]
UNITS = [("4e Nord — médecine interne", "4 North — Internal Medicine"), ("urgence", "Emergency Department"),
         ("soins intensifs", "Intensive Care Unit"), ("psychiatrie adulte (2e étage)", "Adult Psychiatry (2nd floor)"),
         ("oncologie", "Oncology"), ("CHSLD Les Érables", "Les Érables long-term care centre"),
         ("chirurgie 5e Sud", "5 South Surgery"), ("obstétrique", "Obstetrics"), ("gériatrie active", "Acute Geriatrics"),
         ("unité coronarienne", "Coronary Care Unit")]
DISEASE_TOPICS = [("cancer du sein", "breast cancer"), ("diabète", "diabetes"), ("maladie d'Alzheimer", "Alzheimer's disease"),
                  ("santé mentale", "mental health"), ("MPOC", "COPD"), ("insuffisance cardiaque", "heart failure"),
                  ("maladie de Parkinson", "Parkinson's disease"), ("sclérose latérale amyotrophique", "ALS"),
                  ("cancer de la prostate", "prostate cancer"), ("AVC", "stroke"), ("rougeole", "measles"),
                  ("VIH", "HIV"), ("hépatite C", "hepatitis C"), ("dépendances", "addiction"),
                  ("néonatalogie", "neonatal care"), ("soins palliatifs", "palliative care")]
SPECIALTIES = [("cardiologue", "cardiologist"), ("oncologue", "oncologist"), ("psychiatre", "psychiatrist"),
               ("gériatre", "geriatrician"), ("urgentologue", "emergency physician"), ("neurologue", "neurologist"),
               ("infectiologue", "infectious disease specialist"), ("pneumologue", "respirologist"),
               ("néphrologue", "nephrologist"), ("orthopédiste", "orthopaedic surgeon"),
               ("pédiatre", "paediatrician"), ("hématologue", "hematologist")]


def L(lang, fr, en):
    return fr if lang == "fr" else en


def pair(c, table, lang):
    p = c.pick(table)
    return p[0] if lang == "fr" else p[1]


def pairs(c, table):
    return c.pick(table)


# roles ----------------------------------------------------------------------------------------
ROLES = {
    "cpqs": ("Commissaire aux plaintes et à la qualité des services", "Service Quality and Complaints Commissioner"),
    "cpqs_adj": ("Commissaire adjointe aux plaintes", "Deputy Complaints Commissioner"),
    "jur": ("Conseillère juridique", "Legal Counsel"),
    "avocat": ("Avocat, affaires juridiques", "Lawyer, Legal Affairs"),
    "comm": ("Conseiller en relations médias", "Media Relations Advisor"),
    "comm_dir": ("Directrice des communications", "Director of Communications"),
    "arch": ("Chef du service des archives médicales", "Manager, Health Records"),
    "arch_tech": ("Technicienne en gestion de l'information de la santé", "Health Information Technician"),
    "risq": ("Conseillère en gestion des risques", "Risk Management Advisor"),
    "qual": ("Conseillère en qualité et agrément", "Quality and Accreditation Advisor"),
    "dg": ("Présidente-directrice générale", "President and Chief Executive Officer"),
    "dga": ("Directeur général adjoint", "Associate Executive Director"),
    "adj_dg": ("Adjointe à la présidente-directrice générale", "Executive Assistant to the CEO"),
    "ass": ("Agente de réclamations", "Claims Officer"),
    "ass_chef": ("Chef du service des assurances et réclamations", "Manager, Insurance and Claims"),
    "fond": ("Directrice générale de la Fondation", "Executive Director, Foundation"),
    "fond_dev": ("Conseiller en dons majeurs", "Major Gifts Officer"),
    "sst": ("Conseillère en santé et sécurité du travail", "Occupational Health and Safety Advisor"),
    "rh": ("Partenaire d'affaires RH", "HR Business Partner"),
    "chef": ("Chef de service", "Unit Manager"),
    "med_exam": ("Médecin examinateur", "Medical Examiner (complaints about physicians)"),
    "fin": ("Chef du service de la facturation", "Billing Manager"),
    "ti": ("Chef de service, soutien aux utilisateurs", "Manager, User Support"),
}


_FR_MASC = {
    "Commissaire adjointe aux plaintes": "Commissaire adjoint aux plaintes", "Conseillère juridique": "Conseiller juridique",
    "Avocat, affaires juridiques": "Avocat, affaires juridiques", "Conseiller en relations médias": "Conseiller en relations médias",
    "Directrice des communications": "Directeur des communications",
    "Technicienne en gestion de l'information de la santé": "Technicien en gestion de l'information de la santé",
    "Conseillère en gestion des risques": "Conseiller en gestion des risques",
    "Conseillère en qualité et agrément": "Conseiller en qualité et agrément",
    "Présidente-directrice générale": "Président-directeur général", "Directeur général adjoint": "Directeur général adjoint",
    "Adjointe à la présidente-directrice générale": "Adjoint à la présidente-directrice générale",
    "Agente de réclamations": "Agent de réclamations", "Directrice générale de la Fondation": "Directeur général de la Fondation",
    "Conseiller en dons majeurs": "Conseiller en dons majeurs",
    "Conseillère en santé et sécurité du travail": "Conseiller en santé et sécurité du travail",
    "Médecin examinateur": "Médecin examinateur"}
_FR_FEM = {"Avocat, affaires juridiques": "Avocate, affaires juridiques",
           "Conseiller en relations médias": "Conseillère en relations médias",
           "Directeur général adjoint": "Directrice générale adjointe", "Conseiller en dons majeurs": "Conseillère en dons majeurs",
           "Médecin examinateur": "Médecin examinatrice"}


def role(key, lang, sex="F"):
    fr, en = ROLES[key]
    if lang != "fr":
        return en
    return _FR_MASC.get(fr, fr) if sex == "M" else _FR_FEM.get(fr, fr)


DISCLAIMERS = {
    "fr": ["AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez "
           "reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
           "Ce message et ses pièces jointes sont destinés exclusivement au destinataire. Toute diffusion non "
           "autorisée est interdite.",
           "Pensez à l'environnement avant d'imprimer ce courriel."],
    "en": ["CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, "
           "please notify the sender and delete it.",
           "This message is intended only for the addressee. Any unauthorised use or disclosure is prohibited.",
           "Please consider the environment before printing this e-mail."],
}


def signature(c, person, role_key, svc_key, lang, short=False):
    phone_ext = f"{ORG['main_phone']}, {L(lang, 'poste', 'ext.')} {c.randint(2100, 7999)}"
    if short or c.chance(0.2):
        return f"{person.given}\n{phone_ext}" if c.chance(0.5) else f"{person.given[0]}. {person.surname}"
    lines = [person.full() if c.chance(0.8) else person.full().upper(), role(role_key, lang, person.sex), svc_name(svc_key, lang),
             ORG["fr_name"] if lang == "fr" else ORG["en_name"]]
    if c.chance(0.5):
        lines.append(f"{c.randint(100, 990)}, {c.pick(['rue Principale', 'boulevard de l’Hôpital', 'avenue du Parc'])}, "
                     f"Saint-Aurèle (Québec)  J7Z 2M4" if lang == "fr" else
                     f"{c.randint(100, 990)} Hospital Road, Westlake, Quebec  H9W 4K2")
    lines.append(("Tél. : " if lang == "fr" else "Tel.: ") + phone_ext)
    if c.chance(0.4):
        lines.append(("Téléc. : " if lang == "fr" else "Fax: ") + f"450 555-01{c.randint(60, 99)}")
    sig = "\n".join(lines)
    if c.chance(0.45):
        sig += "\n\n" + c.pick(DISCLAIMERS[lang])
    return ("-- \n" if c.chance(0.4) else "") + sig


def hello(c, lang, person=None, formal=True):
    if person is None:
        return c.pick(["Bonjour,", "Bonjour à tous,", "Bonjour à toutes et à tous,"] if lang == "fr"
                      else ["Hello,", "Hi all,", "Good morning,", "Good afternoon,"])
    if lang == "fr":
        t = "Madame" if person.sex == "F" else "Monsieur"
        return c.pick([f"Bonjour {person.given},", f"Bonjour {t},", f"{t} {person.surname},", f"Salut {person.given},"]
                      if not formal else [f"Bonjour {person.given},", f"Bonjour {t},", f"{t},", f"Bonjour {t} {person.surname},"])
    t = "Ms." if person.sex == "F" else "Mr."
    return c.pick([f"Hi {person.given},", f"Dear {t} {person.surname},", f"Hello {person.given},", f"{person.given},"]
                  if not formal else [f"Dear {t} {person.surname},", f"Hello {person.given},", f"Good morning {person.given},"])


def bye(c, lang):
    return c.pick(["Merci,", "Merci beaucoup,", "Cordialement,", "Bonne journée,", "Salutations distinguées,",
                   "Merci de votre collaboration,", "Au plaisir,"] if lang == "fr"
                  else ["Thanks,", "Thank you,", "Regards,", "Best regards,", "Kind regards,", "Many thanks,",
                        "Sincerely,"])


def who(person, svc_key=None):
    return (person.full(), addr_of(person))


def svc(svc_key, lang):
    return (svc_name(svc_key, lang), svc_addr(svc_key))


def quote_block(c, lang, author, when, text, style=None):
    """Quoted history under a reply: '>' style, Outlook header style, or forward style."""
    style = style or c.pick(["gt", "outlook", "fwd"])
    if style == "gt":
        head = (f"Le {d_long(when.date(), 'fr')} à {when:%H:%M}, {author[0]} <{author[1]}> a écrit :" if lang == "fr"
                else f"On {when:%a}, {d_long(when.date(), 'en')} at {when:%I:%M %p}, {author[0]} <{author[1]}> wrote:")
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "outlook":
        if lang == "fr":
            head = (f"-----Message d'origine-----\nDe : {author[0]} <{author[1]}>\n"
                    f"Envoyé : {d_long(when.date(), 'fr')} {when:%H:%M}\n")
        else:
            head = (f"-----Original Message-----\nFrom: {author[0]} <{author[1]}>\n"
                    f"Sent: {when:%A}, {d_long(when.date(), 'en')} {when:%I:%M %p}\n")
        return head + "\n" + text
    head = ("---------- Message transféré ---------\n" if lang == "fr" else "---------- Forwarded message ---------\n")
    head += (f"De : {author[0]} <{author[1]}>\nDate : {d_long(when.date(), lang)}\n" if lang == "fr"
             else f"From: {author[0]} <{author[1]}>\nDate: {d_long(when.date(), lang)}\n")
    return head + "\n" + text


def earlier(dt, c, days=(0, 3)):
    return dt - datetime.timedelta(days=c.randint(*days), hours=c.randint(1, 6), minutes=c.randint(0, 59))


def case_no(c, prefix):
    return f"{prefix}-{c.pick(['2024', '2025'])}-{c.randint(10, 999):04d}"


def ext_dom(kind):
    return {"coroner": "coroner-qc.example", "cnesst": "cnesst-reclamations.example", "saaq": "saaq-indemnisation.example",
            "law1": "lavoie-desrosiers-avocats.example", "law2": "hughes-campbell-law.example",
            "ins1": "assurvie-boreale.example", "ins2": "northstar-life.example", "media1": "lecourrier-regional.example",
            "media2": "westlake-chronicle.example", "media3": "radio-vallee.example", "mna": "assnat-circonscription.example",
            "cpam": "cpam-international.example", "mut": "mutualite-chretienne.example", "ohip": "ontario-claims.example",
            "dpj": "dpj-vallee.example", "ombud": "protecteur-citoyen.example", "cai": "cai-quebec.example",
            "darsss": "assurances-reseau.example", "accr": "agrement-canada.example", "vendor": "medisupply.example",
            "gmail": "courriel.example", "hotmail": "boitemail.example", "videotron": "reseau-maison.example"}[kind]


def R(cat, lang, spec, types, note, evidence=()):
    """Bundle one generated message: category, language, MIME spec, label types, note, evidence strings."""
    spec["lang"] = lang
    return {"cat": cat, "lang": lang, "spec": spec, "types": sorted(set(types)), "note": note,
            "evidence": [e for e in evidence if e]}


def mk(frm, to, subject, text, date, **kw):
    d = {"frm": frm, "to": to if isinstance(to, list) else [to], "subject": subject, "text": text, "date": date}
    d.update(kw)
    return d


def name_variant(c, p, lang, allow=("full", "titled", "surfirst", "upper", "lower", "initials")):
    """A way staff actually write a patient's name."""
    k = c.pick(list(allow))
    if k == "full":
        return p.full()
    if k == "titled":
        return p.titled(lang)
    if k == "surfirst":
        return f"{p.surname}, {p.given}"
    if k == "upper":
        return f"{p.surname.upper()}, {p.given}"
    if k == "lower":
        return p.full().lower()
    return p.initials()


CHRONIC = [d for d in DIAG if d[1] in (
    "metastatic breast cancer", "heart failure", "schizophrenia", "bipolar disorder", "poorly controlled type 2 diabetes",
    "multiple sclerosis", "Crohn's disease", "HIV infection", "hepatitis C", "end-stage renal disease on hemodialysis",
    "non-Hodgkin lymphoma", "opioid use disorder", "refractory epilepsy", "colorectal cancer", "anorexia nervosa",
    "alcoholic cirrhosis")]


_FEMALE_ONLY = ("fausse couche", "miscarriage", "grossesse", "pregnan", "avortement", "abortion", "sein", "breast",
                "césarienne", "caesarean", "accouchement", "delivery", "mastectom", "O03")


def fits(person, item):
    """False when a (fr, en, ...) vocabulary item is sex-specific and does not fit the person."""
    if person.sex == "F":
        return True
    flat = " ".join(str(x) for x in (item if isinstance(item, (tuple, list)) else (item,)))
    return not any(k in flat for k in _FEMALE_ONLY)


def pick_for(c, person, table):
    """Pick a vocabulary item that fits the patient's sex (no miscarriage for a male patient, etc.)."""
    ok = [t for t in table if fits(person, t)]
    return c.pick(ok)
