"""Per-message context: people, organisation, vocabulary and spec assembly."""
import datetime

import gen_common as G
from gen_render import msg_date

# ---------------------------------------------------------------- clinical vocabulary
DX_FR = [
    "trouble neurocognitif majeur de type Alzheimer", "démence mixte (vasculaire et Alzheimer)",
    "MPOC sévère avec O2 à domicile 2 L/min", "insuffisance cardiaque, FEVG 30 %",
    "AVC ischémique sylvien gauche avec hémiparésie droite et aphasie",
    "fracture de la hanche droite opérée (clou gamma)", "maladie de Parkinson avancée",
    "diabète de type 2 avec amputation transtibiale gauche", "chutes à répétition et ostéoporose",
    "délirium hypoactif en résolution", "sclérose en plaques progressive",
    "insuffisance rénale chronique stade 5 en hémodialyse 3 fois/semaine",
    "syndrome de Korsakoff", "néo pulmonaire métastatique (soins de confort)",
    "trouble neurocognitif majeur avec SCPD (errance, agressivité verbale)",
    "fracture de l'humérus gauche et déconditionnement", "schizophrénie stabilisée",
    "cellulite du membre inférieur droit et plaies chroniques",
]
DX_EN = [
    "Alzheimer-type major neurocognitive disorder", "severe COPD on home oxygen 2 L/min",
    "heart failure with reduced ejection fraction (EF 25%)", "left MCA stroke with right hemiparesis",
    "right hip fracture, post ORIF", "advanced Parkinson's disease", "vascular dementia",
    "type 2 diabetes with below-knee amputation", "end-stage renal disease on hemodialysis",
    "metastatic breast cancer, comfort care", "alcohol use disorder with recurrent falls",
    "schizoaffective disorder", "multiple sclerosis (secondary progressive)",
]
MED_FR = ["donépézil 10 mg DIE", "quétiapine 25 mg HS", "furosémide 40 mg DIE",
          "apixaban 5 mg BID", "metformine 500 mg BID", "insuline glargine 18 U HS",
          "lévodopa/carbidopa 100/25 mg TID", "hydromorphone 1 mg SC q4h PRN",
          "mirtazapine 15 mg HS", "rivastigmine timbre 9,5 mg/24 h", "olanzapine 5 mg HS",
          "méthadone 60 mg DIE (pharmacie communautaire)", "warfarine selon RNI",
          "mémantine 10 mg BID", "tiotropium 18 mcg inh. DIE", "bisoprolol 2,5 mg DIE",
          "pantoprazole 40 mg DIE", "trazodone 50 mg HS", "acétaminophène 650 mg QID"]
MED_EN = ["donepezil 10 mg daily", "quetiapine 25 mg at bedtime", "furosemide 40 mg daily",
          "apixaban 5 mg BID", "metformin 500 mg BID", "insulin glargine 20 units HS",
          "levodopa/carbidopa 100/25 TID", "hydromorphone 1 mg SC q4h PRN", "mirtazapine 15 mg HS",
          "warfarin per INR", "memantine 10 mg BID", "methadone 70 mg daily"]
LAB_FR = ["RNI 2,6", "Hb 84 g/L", "créatinine 212 µmol/L", "dépistage SARM négatif",
          "ERV positif (écouvillon rectal)", "Na 128 mmol/L", "albumine 27 g/L",
          "glycémie à jeun 13,8 mmol/L", "C. difficile négatif", "TSH 6,9 mU/L",
          "HbA1c 9,1 %", "culture d'urine : E. coli > 10^8", "K+ 5,8 mmol/L"]
LAB_EN = ["INR 2.8", "Hb 81 g/L", "creatinine 245 umol/L", "MRSA screen negative",
          "VRE positive (rectal swab)", "Na 127 mmol/L", "albumin 26 g/L", "HbA1c 9.4%",
          "C. diff toxin negative", "K 5.9 mmol/L"]
SOC_FR = ["vit seul{e} au 3e étage sans ascenseur", "conjoint{e} épuisé{e}, ne peut plus assurer les soins",
          "aucun réseau, famille à l'extérieur du pays", "refuse toute aide à domicile",
          "prestataire de l'aide sociale", "logement insalubre (encombrement important)",
          "soupçon de maltraitance financière par un neveu", "avis d'éviction pour le 1er juillet",
          "hébergé{e} temporairement chez sa fille, qui ne peut le garder", "dettes importantes, "
          "électricité coupée", "sans domicile fixe depuis environ deux ans",
          "fille mandataire, mandat non homologué", "conflit familial sur l'orientation"]
SOC_EN = ["lives alone in a third-floor walk-up", "spouse exhausted and unable to continue care",
          "no family in the province", "on social assistance", "facing eviction at month end",
          "suspected financial abuse by a grandson", "currently homeless, staying at a shelter",
          "daughter holds power of attorney", "hoarding, apartment deemed unsafe by the city"]
ISO_SMAF = ["profil Iso-SMAF 10", "profil Iso-SMAF 9", "profil Iso-SMAF 12", "Iso-SMAF 11",
            "profil 8 (atteinte mentale prédominante)", "Iso-SMAF 13"]

GREET_FR_P = ["Bonjour,", "Bonjour {g},", "Bonjour {g},", "Salut {g},", "Allo {g},", "Bon matin {g},",
              "{g},", "Bonjour {t} {s},", "Rebonjour,", "Bonjour {g}!"]
GREET_FR_G = ["Bonjour,", "Bonjour à tous,", "Bon matin,", "Bonjour à toutes et à tous,", "Bonjour,", "Allo,",
              "Bonjour l'équipe,"]
GREET_EN_P = ["Hi,", "Hi {g},", "Hello {g},", "Good morning {g},", "Dear {g},", "{g},", "Hi {g} -"]
GREET_EN_G = ["Hi,", "Hi all,", "Hello everyone,", "Good morning,", "Hello,", "Hi team,"]
CLOSE_FR = ["Merci!", "Merci de votre collaboration.", "Bonne journée,", "Au plaisir,",
            "N'hésitez pas si vous avez des questions.", "Merci beaucoup", "Merci à l'avance,",
            "Bonne fin de journée"]
CLOSE_EN = ["Thanks!", "Thank you,", "Thanks in advance,", "Let me know if you have questions.",
            "Best,", "Cheers,"]


class Ctx:
    def __init__(self, rng, nampool, lang):
        self.rng = rng
        self.nampool = nampool
        self.lang = lang
        self.org = rng.choice(G.ORGS)
        self.types = set()
        self.date = G.work_date(rng)

    # people
    def staff(self, sex=None, en=None):
        en = (self.lang == "en") if en is None else en
        p = G.new_staff(self.rng, en=en, sex=sex)
        return p, G.email_of(p, self.org["dom"])

    def ext_staff(self, dom=None, en=None):
        en = (self.lang == "en") if en is None else en
        p = G.new_staff(self.rng, en=en)
        dom = dom or self.rng.choice(["cisss-partenaire.example", "clsc-moulins.example",
                                      "chsld-pins.example", "curateur-qc.example",
                                      "omh-region.example", "refuge-lumiere.example",
                                      "ciusss-voisin.example", "transport-adapte.example"])
        return p, G.email_of(p, dom)

    def nam_patient(self, lo=1925, hi=1966):
        return G.from_nam(self.nampool.take(lo, hi))

    def patient(self, en=None, lo=1928, hi=1962):
        en = (self.lang == "en") if en is None else en
        return G.new_patient(self.rng, en=en, lo=lo, hi=hi)

    # text helpers
    def greet(self, to_person=None):
        fr = self.lang == "fr"
        if to_person is None:
            return self.rng.choice(GREET_FR_G if fr else GREET_EN_G)
        g = self.rng.choice(GREET_FR_P if fr else GREET_EN_P)
        t = ("Mme" if to_person.sex == "F" else "M.") if fr else ("Ms." if to_person.sex == "F" else "Mr.")
        return g.format(g=to_person.given, s=to_person.surname, t=t)

    def close(self):
        return self.rng.choice(CLOSE_FR if self.lang == "fr" else CLOSE_EN)

    def sig(self, p, role=None, short=None):
        if short is None:
            short = self.rng.random() < 0.25
        return G.signature(self.rng, p, self.org, self.lang, role=role, short=short)

    def dx(self, n=1):
        return self.rng.sample(DX_FR if self.lang == "fr" else DX_EN, n)

    def med(self, n=1):
        return self.rng.sample(MED_FR if self.lang == "fr" else MED_EN, n)

    def lab(self, n=1):
        return self.rng.sample(LAB_FR if self.lang == "fr" else LAB_EN, n)

    def soc(self, p, n=1):
        pool = SOC_FR if self.lang == "fr" else SOC_EN
        return [s.format(e=p.e()) if self.lang == "fr" else s for s in self.rng.sample(pool, n)]

    def dob(self, p):
        self.types.add("date_of_birth")
        return G.dob_fr(self.rng, p.dob) if self.lang == "fr" else G.dob_en(self.rng, p.dob)

    def nam(self, p, pdf=False):
        st = G.nam_style(self.rng)
        while pdf and st == "fullwidth":
            st = G.nam_style(self.rng)
        self.types.add("ramq_nam")
        return G.fmt_nam(p.nam, st)

    def mrn(self, label=True):
        self.types.add("mrn")
        v = G.gen_mrn(self.rng)
        if not label:
            return v
        lab = self.rng.choice(G.MRN_LABEL_FR if self.lang == "fr" else G.MRN_LABEL_EN)
        return f"{lab.rstrip(':')} : {v}" if self.lang == "fr" else f"{lab.rstrip(':')}: {v}"

    def pname(self, p, style=None):
        """patient name in one of many written forms"""
        self.types.add("patient_name")
        r = self.rng
        style = style or r.choice(["full", "title", "surfirst", "upper", "title", "full", "comma",
                                   "initial", "lower"])
        fr = self.lang == "fr"
        if style == "full":
            return p.full
        if style == "title":
            return f"{p.title_fr() if fr else p.title_en()} {p.full}"
        if style == "titlesur":
            return f"{p.title_fr() if fr else p.title_en()} {p.surname}"
        if style == "surfirst":
            return f"{p.surname} {p.given}"
        if style == "upper":
            return f"{p.surname.upper()} {p.given}"
        if style == "comma":
            return f"{p.surname}, {p.given}"
        if style == "initial":
            return f"{p.given[0]}. {p.surname}"
        if style == "lower":
            return f"{p.given.lower()} {p.surname.lower()}"
        raise ValueError(style)

    def addr(self, p=None):
        self.types.add("patient_contact")
        return G.address(self.rng)[0]

    def tel(self):
        self.types.add("patient_contact")
        return G.phone(self.rng)

    def t(self, *names):
        for n in names:
            self.types.add(n)

    def when(self, days=0):
        return self.date + datetime.timedelta(days=days)

    def spec(self, sender, to, subject, text, note, cc=None, attachments=None, **kw):
        s = dict(lang=self.lang, note=note, types=sorted(self.types), subject=subject, text=text,
                 attachments=attachments or [], date=msg_date(self.rng, self.date),
                 to=[(p.full if p is not None else "", a) for p, a in to],
                 cc=[(p.full if p is not None else "", a) for p, a in (cc or [])])
        s["from"] = (sender[0].full, sender[1])
        s.update(kw)
        return s


def join(*blocks):
    return "\n\n".join(b for b in blocks if b)


def quote(text, prefix="> "):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in text.split("\n"))


def fr_header_block(sender, to, date, subject, lang="fr"):
    """Outlook-style forwarded/quoted header block."""
    if lang == "fr":
        return (f"De : {sender[0].full} <{sender[1]}>\nEnvoyé : {G.day_fr(date)} {date.year}\n"
                f"À : {to[0].full} <{to[1]}>\nObjet : {subject}")
    return (f"From: {sender[0].full} <{sender[1]}>\nSent: {G.day_en(date)}, {date.year}\n"
            f"To: {to[0].full} <{to[1]}>\nSubject: {subject}")
