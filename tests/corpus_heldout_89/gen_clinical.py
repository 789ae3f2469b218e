"""Clinical vocabulary (fr/en) and the per-message context helpers."""
import datetime

from gen_ids import DOMAIN, HOSP_EN, HOSP_FR, HOSP_SHORT, phone

# (key, fr, en, side gender in French: None/"m"/"f", procedure fr, procedure en)
# "{s}" marks where the side goes; otherwise it is appended (fr) / prefixed (en).
DX = [
    ("radius", "fracture du radius distal", "distal radius fracture", "m", "réduction fermée et plâtre", "closed reduction and casting"),
    ("scaph", "fracture du scaphoïde", "scaphoid fracture", "m", "plâtre scaphoïdien", "thumb spica cast"),
    ("ankle", "fracture bimalléolaire de la cheville", "bimalleolar ankle fracture", "f", "réduction ouverte et fixation interne (RAFI)", "open reduction internal fixation (ORIF)"),
    ("hipfx", "fracture intertrochantérienne de la hanche", "intertrochanteric hip fracture", "f", "enclouage céphalomédullaire", "cephalomedullary nailing"),
    ("neck", "fracture sous-capitale du col fémoral", "displaced femoral neck fracture", "m", "hémiarthroplastie", "hemiarthroplasty"),
    ("humerus", "fracture de l'humérus proximal", "proximal humerus fracture", "m", "traitement conservateur en écharpe", "sling, non-operative management"),
    ("clav", "fracture de la clavicule{s} (tiers moyen)", "midshaft clavicle fracture", "f", "plaque et vis", "plate fixation"),
    ("meta5", "fracture du 5e métatarse{s} (Jones)", "Jones fracture (5th metatarsal)", "m", "vis intramédullaire", "intramedullary screw"),
    ("plateau", "fracture du plateau tibial", "tibial plateau fracture", "m", "RAFI du plateau tibial", "tibial plateau ORIF"),
    ("acl", "rupture du ligament croisé antérieur", "ACL rupture", "m", "reconstruction du LCA (greffe ischio-jambiers)", "ACL reconstruction (hamstring autograft)"),
    ("menisc", "déchirure du ménisque interne", "medial meniscus tear", "m", "arthroscopie et méniscectomie partielle", "arthroscopic partial meniscectomy"),
    ("cuff", "déchirure transfixiante de la coiffe des rotateurs, épaule{s}", "full-thickness rotator cuff tear, {s}shoulder", "f", "réparation arthroscopique de la coiffe", "arthroscopic rotator cuff repair"),
    ("bankart", "luxation antérieure récidivante de l'épaule{s} (lésion de Bankart)", "recurrent anterior dislocation, {s}shoulder (Bankart lesion)", "f", "Latarjet", "Latarjet procedure"),
    ("hipoa", "coxarthrose sévère", "severe hip osteoarthritis", "f", "prothèse totale de hanche (PTH)", "total hip arthroplasty (THA)"),
    ("kneeoa", "gonarthrose tricompartimentale", "tricompartmental knee osteoarthritis", "f", "prothèse totale du genou (PTG)", "total knee arthroplasty (TKA)"),
    ("concussion", "commotion cérébrale", "concussion", None, "protocole de retour graduel", "graduated return-to-play protocol"),
    ("hamstring", "déchirure des ischio-jambiers grade 2, cuisse{s}", "grade 2 hamstring strain, {s}thigh", "f", "réadaptation progressive", "progressive rehabilitation"),
    ("highankle", "entorse haute de la cheville{s} (syndesmose)", "high ankle sprain (syndesmotic)", "f", "botte de marche", "walking boot"),
    ("stressfx", "fracture de stress du tibia", "tibial stress fracture", "m", "mise en décharge", "off-loading"),
    ("capsulite", "capsulite rétractile de l'épaule", "adhesive capsulitis, {s}shoulder", "f", "infiltration intra-articulaire", "intra-articular injection"),
    ("epicond", "épicondylite latérale, coude{s}", "lateral epicondylitis, {s}elbow", "m", "infiltration de cortisone", "corticosteroid injection"),
    ("fasciite", "fasciite plantaire", "plantar fasciitis", "f", "orthèses plantaires moulées", "custom foot orthoses"),
    ("osteopo", "ostéoporose avec fracture de fragilité", "osteoporosis with fragility fracture", None, "traitement antirésorptif", "antiresorptive therapy"),
    ("amput", "amputation transtibiale", "transtibial amputation", "f", "prothèse tibiale définitive", "definitive transtibial prosthesis"),
    ("lombaire", "hernie discale L5-S1 avec radiculopathie", "L5-S1 disc herniation with radiculopathy", None, "infiltration épidurale", "epidural steroid injection"),
    ("vertebral", "fracture-tassement de T12", "T12 compression fracture", None, "corset TLSO", "TLSO brace"),
    ("patella", "tendinopathie rotulienne", "patellar tendinopathy", "f", "programme excentrique", "eccentric loading program"),
    ("ac", "disjonction acromio-claviculaire grade III", "grade III AC joint separation", "f", "traitement fonctionnel", "functional treatment"),
]
DXK = {d[0]: d for d in DX}
SPORT_DX = ["acl", "menisc", "concussion", "hamstring", "highankle", "stressfx",
            "bankart", "clav", "meta5", "patella", "ac", "scaph"]
FRACT_DX = ["radius", "scaph", "ankle", "humerus", "clav", "meta5", "plateau", "hipfx", "neck"]
ARTHRO_DX = ["hipoa", "kneeoa", "cuff", "bankart", "acl", "menisc"]

SIDE = {"fr": ["droit", "gauche"], "en": ["right", "left"]}

MEDS = [
    ("apixaban 2,5 mg PO BID x 35 jours", "apixaban 2.5 mg PO BID x 35 days"),
    ("énoxaparine 40 mg SC die x 28 jours", "enoxaparin 40 mg SC daily x 28 days"),
    ("acétaminophène 1 g PO QID", "acetaminophen 1 g PO QID"),
    ("naproxène 500 mg PO BID avec repas", "naproxen 500 mg PO BID with food"),
    ("hydromorphone 1 mg PO q4h PRN", "hydromorphone 1 mg PO q4h PRN"),
    ("célécoxib 200 mg PO die", "celecoxib 200 mg PO daily"),
    ("alendronate 70 mg PO 1 fois/semaine", "alendronate 70 mg PO once weekly"),
    ("dénosumab 60 mg SC aux 6 mois", "denosumab 60 mg SC every 6 months"),
    ("vitamine D3 1000 UI die", "vitamin D3 1000 IU daily"),
    ("prégabaline 75 mg PO BID", "pregabalin 75 mg PO BID"),
    ("tramadol 50 mg PO q6h PRN", "tramadol 50 mg PO q6h PRN"),
    ("warfarine (Coumadin) 5 mg die", "warfarin 5 mg daily"),
    ("metformine 1000 mg BID", "metformin 1000 mg BID"),
    ("rivaroxaban 10 mg die", "rivaroxaban 10 mg daily"),
]
INJECT = [
    ("triamcinolone 40 mg + lidocaïne 1 % 2 mL", "triamcinolone 40 mg + lidocaine 1% 2 mL"),
    ("méthylprednisolone (Depo-Medrol) 80 mg", "methylprednisolone (Depo-Medrol) 80 mg"),
    ("acide hyaluronique 60 mg (viscosupplémentation)", "hyaluronic acid 60 mg (viscosupplementation)"),
    ("PRP (plasma riche en plaquettes) 4 mL", "PRP (platelet-rich plasma) 4 mL"),
]
LABS = [
    ("Hb 98 g/L", "Hb 98 g/L"), ("CRP 47 mg/L", "CRP 47 mg/L"),
    ("25-OH vitamine D 31 nmol/L", "25-OH vitamin D 31 nmol/L"),
    ("créatinine 126 µmol/L (DFGe 44)", "creatinine 126 µmol/L (eGFR 44)"),
    ("INR 2,9", "INR 2.9"), ("HbA1c 8,6 %", "HbA1c 8.6%"),
    ("VS 48 mm/h", "ESR 48 mm/h"), ("leucocytes 13,4 x 10^9/L", "WBC 13.4 x 10^9/L"),
    ("potassium 5,8 mmol/L", "potassium 5.8 mmol/L"), ("plaquettes 96 x 10^9/L", "platelets 96 x 10^9/L"),
]
SOCIAL = [
    ("vit seule au 3e étage sans ascenseur, aucun proche disponible",
     "lives alone on a 3rd floor walk-up, no family available"),
    ("signalement à la DPJ en cours (fracture spiroïde inexpliquée)",
     "youth protection (DPJ) report in progress (unexplained spiral fracture)"),
    ("prestataire de l'aide sociale, ne peut pas payer l'orthèse",
     "on social assistance, cannot afford the brace"),
    ("hébergée en maison d'aide pour violence conjugale",
     "staying at a shelter for intimate-partner violence"),
    ("en situation d'itinérance, dort au refuge du centre-ville",
     "currently homeless, sleeping at the downtown shelter"),
    ("aidante naturelle de son conjoint atteint d'Alzheimer",
     "sole caregiver for a spouse with Alzheimer's disease"),
    ("a perdu son emploi depuis l'accident, dossier CNESST contesté",
     "lost job since the accident, CNESST claim disputed"),
]

CLOSE_FR = ["Merci", "Merci beaucoup", "Cordialement", "Bonne journée", "Merci et bonne fin de journée", "Au plaisir"]
CLOSE_EN = ["Thanks", "Thank you", "Best regards", "Cheers", "Many thanks", "Regards"]

EXT = {
    "gp": ("Clinique médicale des Pins", "cmdespins.example"),
    "gp2": ("GMF de la Rivière", "gmf-riviere.example"),
    "physio": ("Physio Haute-Rivière", "physio-hr.example"),
    "team": ("Carcajous de Val-des-Pins (LHJMQ-R)", "carcajous-hockey.example"),
    "soccer": ("Haute-Rivière Voyageurs FC", "voyageurs-fc.example"),
    "cegep": ("Faucons du Cégep de la Haute-Rivière", "cegep-hr.example"),
    "ski": ("Club de ski alpin Mont-Grenat", "montgrenat.example"),
    "vendor": ("OrthoNova Implants Canada", "orthonova.example"),
    "vendor2": ("Arthrex-like Medical Supply", "medsupply-arthro.example"),
    "op": ("Orthèses-Prothèses Laurentides", "oplaurentides.example"),
    "ottawa": ("Ottawa Valley General Hospital", "ovgh.example"),
    "chsld": ("CHSLD des Bouleaux", "chsld-bouleaux.example"),
    "insurer": ("Assurances Boréale", "boreale-assur.example"),
    "liege": ("Mutualité Wallonne", "mutualite-wal.example"),
    "lyon": ("Université Lyon-Rhône", "univ-lyonrhone.example"),
    "conf": ("Congrès québécois de médecine du sport", "cqms2025.example"),
}


def dx_text(key, lang, side=None):
    d = DXK[key]
    t = d[1] if lang == "fr" else d[2]
    if side is None or d[3] is None:
        return t.replace("{s}", "")
    if lang == "fr":
        word = ["droit", "gauche"][side] + ("e" if d[3] == "f" and side == 0 else "")
        return t.replace("{s}", " " + word) if "{s}" in t else f"{t} {word}"
    word = ["right", "left"][side]
    return t.replace("{s}", word + " ") if "{s}" in t else f"{word} {t}"


def proc_text(key, lang):
    d = DXK[key]
    return d[4] if lang == "fr" else d[5]


class Ctx:
    def __init__(self, rng, reg, staff, lang, k, when):
        self.rng, self.reg, self.staff, self.lang, self.k = rng, reg, staff, lang, k
        self.when = when

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def s(self, dept=None, exclude=()):
        pool = [x for x in self.staff if (dept is None or x.dept == dept) and x not in exclude]
        return self.rng.choice(pool)

    def addr(self, st):
        return (st.name(self.lang) if self.rng.random() < 0.3 else st.full, st.email)

    def ext(self, key, local=None):
        org, dom = EXT[key]
        local = local or self.rng.choice(["info", "reception", "admin", "secretariat", "clinique"])
        return (org, f"{local}@{dom}")

    def day(self, offset):
        return (self.when + datetime.timedelta(days=offset)).date()

    def greet(self, who=None):
        r = self.rng
        if self.lang == "fr":
            opts = ["Bonjour,", "Bonjour à tous,", "Salut,", "Allo,", "Bonjour à toutes et à tous,"]
            if who is not None:
                opts = ["Bonjour,", "Allo,", f"Bonjour {who.given},", f"Salut {who.given},", f"Bonjour {who.given},"]
                opts.append("Chère collègue," if getattr(who, "sex", "F") == "F" else "Cher collègue,")
                if getattr(who, "dr", False):
                    opts += [f"Bonjour {'Dre' if who.sex == 'F' else 'Dr'} {who.surname},"] * 2
        else:
            opts = ["Hi,", "Hello,", "Hi all,", "Good morning,", "Hello everyone,"]
            if who is not None:
                opts = ["Hi,", "Good morning,", f"Hi {who.given},", f"Hey {who.given},", f"Dear {who.given},", f"Hi {who.given},"]
                if getattr(who, "dr", False):
                    opts += [f"Dear Dr. {who.surname},"] * 2
        return r.choice(opts)

    def close(self):
        return self.rng.choice(CLOSE_FR if self.lang == "fr" else CLOSE_EN)

    def sig(self, st):
        r = self.rng
        style = r.randrange(5)
        role = st.role_fr if self.lang == "fr" else st.role_en
        hosp = HOSP_FR if self.lang == "fr" else HOSP_EN
        tel = phone(r, "819")
        ext = r.randrange(2000, 7999)
        if style == 0:
            return f"{st.name(self.lang)}\n{role}\n{hosp}\nTél. : {tel}, poste {ext}" if self.lang == "fr" else \
                f"{st.name(self.lang)}\n{role}\n{hosp}\nTel: {tel} ext. {ext}"
        if style == 1:
            return f"-- \n{st.full} | {role}\n{HOSP_SHORT} – 1200, boul. de la Rivière, Val-des-Pins (Québec) J8Y 2T4\n{tel}"
        if style == 2:
            return f"{st.given[0]}. {st.surname}"
        if style == 3:
            conf = self.L("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
                          "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
                          "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. "
                          "If you received it in error, please delete it and notify the sender.")
            return f"{st.full}\n{role}, {HOSP_SHORT}\n{tel}\n\n{conf}"
        return f"{st.given}\n\nEnvoyé de mon iPhone" if self.lang == "fr" and r.random() < 0.5 else st.given
