"""Shared pools, identifiers and helpers for the palliative home care corpus.

Everything here is invented: people, institutions, streets, numbers.
"""
import datetime as _dt
import os
import unicodedata
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, "blind_nams.txt")

REF_DATE = _dt.date(2025, 3, 15)

FINDING_TYPES = [
    "patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number",
    "be_niss", "fr_nir", "mrn", "diagnosis", "medication", "lab_result",
    "patient_contact", "social_information",
]


# ---------------------------------------------------------------------------
# NAM holders
# ---------------------------------------------------------------------------
@dataclass
class Holder:
    surname: str
    given: str
    dob: _dt.date
    sex: str
    nam: str


def load_holders(path=NAM_FILE):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, giv, dob, sex, nam = line.split()
            rows.append(Holder(sur, giv, _dt.date.fromisoformat(dob), sex, nam))
    return rows


# ---------------------------------------------------------------------------
# Message model
# ---------------------------------------------------------------------------
@dataclass
class Att:
    filename: str
    ctype: str                      # e.g. application/pdf
    data: bytes = b""
    text: str = None                # for text/* attachments
    charset: str = "utf-8"
    inner: object = None            # Msg for message/rfc822
    inner_tr: dict = None
    inline: bool = False


@dataclass
class Msg:
    cat: str
    lang: str
    conf: bool
    note: str
    subject: str = ""
    frm: tuple = ("", "")
    to: list = field(default_factory=list)
    cc: list = field(default_factory=list)
    text: str = None
    html: str = None
    atts: list = field(default_factory=list)
    types: set = field(default_factory=set)
    ids: list = field(default_factory=list)      # (kind, canonical value)
    names: list = field(default_factory=list)    # strings that must appear
    holders: list = field(default_factory=list)  # Holder rows used
    in_reply_to: str = None
    form: str = None            # None | plain | html | alt
    date: object = None
    msgid: str = None


# ---------------------------------------------------------------------------
# Organisations (all invented)
# ---------------------------------------------------------------------------
ORG_DOMAIN = "spad.ciusss-hrv.example"
ORG_FR = "Programme de soins palliatifs à domicile (SPAD) — CIUSSS du Haut-Richelieu-et-Vallée"
ORG_EN = "Palliative Home Care Program (SPAD) — CIUSSS du Haut-Richelieu-et-Vallée"
ORG_ADDR = "1480, boulevard du Séminaire Nord, bureau 210, Saint-Jean-sur-Richelieu (Québec) J3A 0Z9"
ORG_PHONE = "450-555-0140"
ORG_FAX = "450-555-0141"

HOSP = {
    "hsb": ("Hôpital Sainte-Blandine", "hsb.example", "450-555-0160"),
    "hrr": ("Hôpital régional de la Rivière", "hrr-sante.example", "450-555-0162"),
    "mrgh": ("Montreal Riverside General Hospital", "mrgh.example", "514-555-0164"),
}
PHARM = [
    ("Pharmacie Beaulac et Riendeau", "pharmabr.example", "450-555-0171", "450-555-0172"),
    ("Pharmacie Desrochers-Lanctôt", "desrochers-rx.example", "450-555-0173", "450-555-0174"),
    ("Cedar Lane Pharmacy", "cedarlanerx.example", "450-555-0175", "450-555-0176"),
]
PUMP_CO = ("MédiPerfuse inc.", "mediperfuse.example", "1-800-555-0177")
EQUIP_CO = ("Équipements Soins-Confort", "soinsconfort.example", "450-555-0178")
OXY_CO = ("OxyDom Santé", "oxydom.example", "1-888-555-0179")
TRANSPORT = ("Transport adapté Haut-Richelieu", "tahr.example", "450-555-0180")
HOSPICE = ("Maison Aube-Lumière", "aubelumiere.example", "450-555-0181")
INSURER = ("Assurances collectives Boréalis", "borealis-assur.example", "1-877-555-0182")
GMF = [
    ("GMF des Saules", "gmf-saules.example", "450-555-0183"),
    ("GMF Iberville-Centre", "gmf-iberville.example", "450-555-0184"),
    ("Clinique médicale du Vieux-Moulin", "cm-vieuxmoulin.example", "450-555-0185"),
]
FAMILY_DOMAINS = ["courriel-perso.example", "monfai.example", "postebox.example", "webmel.example"]


# ---------------------------------------------------------------------------
# Staff (invented; no surname shared with a NAM holder)
# ---------------------------------------------------------------------------
@dataclass
class Staff:
    given: str
    surname: str
    role_fr: str
    role_en: str
    title_fr: str = ""
    title_en: str = ""
    ext: str = ""

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def addr(self, domain=ORG_DOMAIN):
        g = unicodedata.normalize("NFKD", self.given).encode("ascii", "ignore").decode().lower()
        s = unicodedata.normalize("NFKD", self.surname).encode("ascii", "ignore").decode().lower()
        return f"{g.replace(' ', '')}.{s.replace(' ', '').replace(chr(39), '')}@{domain}"


STAFF = {
    "md": [
        Staff("Hélène", "Vaillancourt", "médecin, soins palliatifs", "palliative care physician", "Dre", "Dr.", "2201"),
        Staff("Karim", "Haddad", "médecin de famille", "family physician", "Dr", "Dr.", "2202"),
        Staff("Isabelle", "Cournoyer", "médecin, soins palliatifs", "palliative care physician", "Dre", "Dr.", "2203"),
        Staff("Andrew", "McTavish", "médecin de famille", "family physician", "Dr", "Dr.", "2204"),
        Staff("Nadia", "Bensalem", "médecin, soins palliatifs", "palliative care physician", "Dre", "Dr.", "2205"),
    ],
    "rn": [
        Staff("Julie", "Ouimet", "infirmière clinicienne", "clinical nurse", "", "", "2231"),
        Staff("Chantal", "Brisebois", "infirmière clinicienne", "clinical nurse", "", "", "2232"),
        Staff("Mélanie", "Tardif", "infirmière", "nurse", "", "", "2233"),
        Staff("Kevin", "Brennan", "infirmier clinicien", "clinical nurse", "", "", "2234"),
        Staff("Sophie", "Laliberté", "infirmière de liaison", "liaison nurse", "", "", "2235"),
        Staff("Rachel", "Goldman", "infirmière clinicienne", "clinical nurse", "", "", "2236"),
        Staff("Annie", "Dagenais", "infirmière auxiliaire", "LPN", "", "", "2237"),
        Staff("Patrick", "Legault", "infirmier de garde", "on-call nurse", "", "", "2238"),
    ],
    "sw": [
        Staff("Marc-André", "Pilon", "travailleur social", "social worker", "", "", "2251"),
        Staff("Stéphanie", "Lafrenière", "travailleuse sociale", "social worker", "", "", "2252"),
        Staff("Heather", "Lawson", "travailleuse sociale", "social worker", "", "", "2253"),
    ],
    "rx": [
        Staff("Éric", "Lemay", "pharmacien", "pharmacist", "", "", ""),
        Staff("Vanessa", "Cho", "pharmacienne", "pharmacist", "", "", ""),
    ],
    "vol": [
        Staff("Lucie", "Chartrand", "coordonnatrice des bénévoles", "volunteer coordinator", "", "", "2261"),
    ],
    "spir": [
        Staff("Pierre-Luc", "Gervais", "intervenant en soins spirituels", "spiritual care counsellor", "", "", "2262"),
    ],
    "adm": [
        Staff("Francine", "Ricard", "agente administrative", "administrative officer", "", "", "2210"),
        Staff("Dominic", "Lussier", "agent de planification", "scheduling clerk", "", "", "2211"),
        Staff("Tina", "Vasquez", "commis à la prise de rendez-vous", "booking clerk", "", "", "2212"),
    ],
    "mgr": [
        Staff("Josiane", "Brault", "cheffe de service, soins palliatifs à domicile", "manager, palliative home care", "", "", "2200"),
        Staff("Robert", "Kingsley", "coordonnateur clinique", "clinical coordinator", "", "", "2209"),
    ],
    "ot": [
        Staff("Amélie", "Trudeau-Nantel", "ergothérapeute", "occupational therapist", "", "", "2241"),
    ],
    "it": [
        Staff("Yannick", "Proulx", "technicien en informatique", "IT technician", "", "", "4410"),
    ],
    "hr": [
        Staff("Carole", "Dumont-Ayotte", "conseillère en ressources humaines", "HR advisor", "", "", "3120"),
    ],
}

EXT_STAFF = [
    # given, surname, role_fr, role_en, org name, domain
    ("Nathalie", "Girouard", "infirmière de liaison", "liaison nurse", "Hôpital Sainte-Blandine", "hsb.example"),
    ("Sylvain", "Meunier", "infirmier de liaison", "liaison nurse", "Hôpital régional de la Rivière", "hrr-sante.example"),
    ("Deborah", "Finch", "discharge planner", "discharge planner", "Montreal Riverside General Hospital", "mrgh.example"),
    ("Mathieu", "Beauregard", "résident en médecine familiale", "family medicine resident", "GMF des Saules", "gmf-saules.example"),
    ("Lina", "Saadi", "médecin, oncologie", "oncologist", "Hôpital Sainte-Blandine", "hsb.example"),
    ("Owen", "Pritchard", "radiation oncologist", "radiation oncologist", "Montreal Riverside General Hospital", "mrgh.example"),
    ("Élodie", "Fréchette", "pharmacienne communautaire", "community pharmacist", "Pharmacie Beaulac et Riendeau", "pharmabr.example"),
    ("Gabriel", "Auclair", "répartiteur", "dispatcher", "Transport adapté Haut-Richelieu", "tahr.example"),
    ("Sandrine", "Jolicoeur", "conseillère aux réclamations", "claims advisor", "Assurances collectives Boréalis", "borealis-assur.example"),
    ("Tom", "Wexler", "customer service", "customer service", "MédiPerfuse inc.", "mediperfuse.example"),
]


def ext_addr(e):
    g = strip_accents(e[0]).lower()
    s = strip_accents(e[1]).lower()
    return f"{g}.{s}@{e[5]}"


VOLUNTEERS = [("Gisèle", "Lamarre"), ("Bernard", "Cusson"), ("Maureen", "Keegan"), ("Raymond", "Gilbert"),
              ("Louise", "Ste-Marie"), ("Ahmed", "Ziani"), ("Colette", "Bisson"), ("Frank", "Doherty")]


def signature(st, lang, rng, short=False):
    name = st.full
    if st.title_fr and lang == "fr":
        name = f"{st.title_fr} {st.full}"
    elif st.title_en and lang == "en":
        name = f"{st.title_en} {st.full}"
    role = st.role_fr if lang == "fr" else st.role_en
    if short:
        return f"{st.given}\n{role}, SPAD"
    org = ORG_FR if lang == "fr" else ORG_EN
    ext = f" poste {st.ext}" if (lang == "fr" and st.ext) else (f" ext. {st.ext}" if st.ext else "")
    lines = [name, role, org, ORG_ADDR,
             (f"Tél. : {ORG_PHONE}{ext} | Téléc. : {ORG_FAX}" if lang == "fr"
              else f"Tel: {ORG_PHONE}{ext} | Fax: {ORG_FAX}")]
    if rng.random() < 0.4:
        lines.append(st.addr())
    return "\n".join(lines)


CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message est destiné exclusivement à la personne ou à l'organisme "
           "à qui il est adressé. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you received it in "
           "error, please notify the sender and delete it.")


def conf_notice(lang):
    return CONF_FR if lang == "fr" else CONF_EN


# ---------------------------------------------------------------------------
# Patients (invented; no surname shared with a NAM holder or staff)
# ---------------------------------------------------------------------------
SURNAMES_QC = ["Tremblay", "Bergeron", "Côté", "Lavoie", "Gingras", "Dubé", "Vachon", "Poulin", "Lemieux",
               "Desjardins", "Hébert", "Grenier", "Lachance", "Drouin", "Ménard", "Rioux", "Turcotte",
               "Marchand", "Beaulieu", "Dufour", "Laflamme", "Sirois", "Champagne", "Leclerc", "Picard",
               "Provencher", "Veilleux", "Gosselin", "Labbé", "Boivin", "Mercier", "Carrier", "Lévesque",
               "Théberge", "Giroux", "Robitaille", "Charest", "Dion", "Paradis", "Lauzon", "Blais", "Bédard",
               "Perron", "Audet", "Bolduc", "Houle", "Rochon", "Demers", "Ferland", "Aubin"]
SURNAMES_EN = ["O'Brien", "Henderson", "Kowalski", "Patel", "Nguyen", "Campbell", "Fraser", "Sutherland",
               "Murphy", "Reid", "Gallagher", "Rosenberg", "Stewart", "Hughes", "Novak", "Fitzgerald",
               "Kerr", "Whitfield", "Abernathy", "Coleman", "Delgado", "Ferreira", "Mackenzie", "Ashworth"]
GIVEN_F = ["Ginette", "Rita", "Huguette", "Claudette", "Lise", "Jocelyne", "Françoise", "Micheline",
           "Thérèse", "Carole", "Doris", "Margaret", "Eileen", "Patricia", "Agnes", "Joan", "Yolande",
           "Réjeanne", "Pierrette", "Aline", "Suzanne", "Brenda", "Evelyn", "Noëlla"]
GIVEN_M = ["Gaston", "Réal", "Marcel", "Normand", "Gérald", "Fernand", "Yvon", "Rosaire", "Bertrand",
           "Roger", "Clément", "Gordon", "Walter", "Douglas", "Harold", "Stanley", "Jean-Guy", "Raynald",
           "Lucien", "Maurice", "Ernest", "Kenneth", "Benoît", "Gilbert"]
BE_SURNAMES = ["Peeters", "Janssens", "Vermeulen", "Claes", "Wouters", "Goossens", "Dewulf", "Lambrechts"]
FR_SURNAMES = ["Lefèvre", "Moreau", "Rousseau", "Garnier", "Chevalier", "Fabre", "Brunet", "Mallet"]
KIDS_F = ["Maëlle", "Florence", "Zoé", "Léa", "Chloé", "Olivia"]
KIDS_M = ["Noah", "Félix", "Édouard", "Jacob", "Mathis", "Logan"]

STREETS = ["rue des Érables", "rue Saint-Jacques", "boulevard Gouin", "rue Longueuil", "chemin du Grand-Bernier",
           "rue Champlain", "rue de la Fabrique", "rue Frontenac", "avenue Conrad-Gosselin", "rang Kempt",
           "rue des Colibris", "montée Lasalle", "rue Laurier", "chemin de la Petite-Rivière", "rue du Quai",
           "rue Notre-Dame", "rue Bouthillier", "rang de la Barbotte", "rue des Pins", "avenue Landry"]
CITIES = [("Saint-Jean-sur-Richelieu", "J3A"), ("Saint-Jean-sur-Richelieu", "J3B"), ("Iberville", "J2X"),
          ("Saint-Luc", "J2W"), ("Chambly", "J3L"), ("Carignan", "J3L"), ("Marieville", "J3M"),
          ("Lacolle", "J0J"), ("Napierville", "J0J"), ("Henryville", "J0J"), ("Saint-Blaise-sur-Richelieu", "J0J"),
          ("Sainte-Brigide-d'Iberville", "J0J")]
AREA = ["450", "579", "514", "438"]


def phone(rng, area=None):
    return f"{area or rng.choice(AREA)}-555-01{rng.randint(0, 99):02d}"


def postal(rng, fsa):
    L = "ABCEGHJKLMNPRSTVXY"
    return f"{fsa} {rng.randint(0, 9)}{rng.choice(L)}{rng.randint(0, 9)}"


def address(rng):
    city, fsa = rng.choice(CITIES)
    num = rng.randint(12, 2890)
    apt = f", app. {rng.randint(1, 12)}" if rng.random() < 0.3 else ""
    street = f"{num}, {rng.choice(STREETS)}{apt}"
    pc = postal(rng, fsa)
    return {"street": street, "city": city, "postal": pc, "one": f"{street}, {city} (Québec) {pc}"}


# ---------------------------------------------------------------------------
# Clinical vocabulary
# ---------------------------------------------------------------------------
DX_ADULT = [
    ("néoplasie pulmonaire non à petites cellules stade IV, métastases cérébrales",
     "stage IV non-small cell lung cancer with brain metastases", "néo poumon IV", "NSCLC IV"),
    ("adénocarcinome du pancréas métastatique (foie)", "metastatic pancreatic adenocarcinoma (liver)",
     "ADK pancréas méta", "met pancreatic ca"),
    ("cancer colorectal avec carcinomatose péritonéale", "colorectal cancer with peritoneal carcinomatosis",
     "néo côlon + carcinomatose", "CRC w/ carcinomatosis"),
    ("cancer du sein métastatique (os, foie)", "metastatic breast cancer (bone, liver)", "néo sein méta os/foie",
     "met breast ca bone/liver"),
    ("glioblastome multiforme en progression", "progressive glioblastoma", "GBM", "GBM"),
    ("sclérose latérale amyotrophique (SLA) avancée", "advanced amyotrophic lateral sclerosis (ALS)", "SLA", "ALS"),
    ("MPOC stade terminal (GOLD 4) sous O2 à domicile", "end-stage COPD (GOLD 4) on home oxygen", "MPOC terminale",
     "ESCOPD on O2"),
    ("insuffisance cardiaque NYHA IV réfractaire", "refractory NYHA class IV heart failure", "IC NYHA IV",
     "HF NYHA IV"),
    ("insuffisance rénale terminale, arrêt de la dialyse", "end-stage renal disease, dialysis withdrawn",
     "IRT, arrêt HD", "ESRD off HD"),
    ("démence de type Alzheimer stade sévère", "severe Alzheimer-type dementia", "Alzheimer sévère",
     "advanced dementia"),
    ("cancer de la prostate résistant à la castration, métastases osseuses",
     "castration-resistant prostate cancer with bone metastases", "néo prostate + méta os", "CRPC bone mets"),
    ("cancer de l'ovaire récidivant avec occlusion intestinale maligne",
     "recurrent ovarian cancer with malignant bowel obstruction", "néo ovaire + occlusion", "ovarian ca + MBO"),
    ("carcinome hépatocellulaire sur cirrhose", "hepatocellular carcinoma on cirrhosis", "CHC/cirrhose", "HCC"),
    ("myélome multiple réfractaire", "refractory multiple myeloma", "myélome réfractaire", "refractory MM"),
    ("leucémie myéloïde aiguë, soins de confort", "acute myeloid leukemia, comfort care", "LMA confort",
     "AML comfort care"),
    ("carcinome épidermoïde de l'oropharynx récidivant", "recurrent oropharyngeal squamous cell carcinoma",
     "néo ORL récidivant", "recurrent H&N SCC"),
    ("mésothéliome pleural", "pleural mesothelioma", "mésothéliome", "mesothelioma"),
]
DX_YOUNG = [
    ("sarcome d'Ewing métastatique", "metastatic Ewing sarcoma", "Ewing méta", "met Ewing"),
    ("fibrose kystique terminale, refus de greffe", "end-stage cystic fibrosis, declined transplant",
     "FK terminale", "end-stage CF"),
    ("cancer du col utérin métastatique", "metastatic cervical cancer", "néo col méta", "met cervical ca"),
    ("lymphome de Hodgkin réfractaire", "refractory Hodgkin lymphoma", "Hodgkin réfractaire", "refractory HL"),
]
DX_CHILD = [
    ("gliome infiltrant du tronc cérébral (DIPG)", "diffuse intrinsic pontine glioma (DIPG)", "DIPG", "DIPG"),
    ("amyotrophie spinale de type 1", "spinal muscular atrophy type 1", "SMA type 1", "SMA type 1"),
    ("neuroblastome réfractaire", "refractory neuroblastoma", "neuroblastome réfractaire", "refractory neuroblastoma"),
    ("paralysie cérébrale sévère avec insuffisance respiratoire chronique",
     "severe cerebral palsy with chronic respiratory failure", "PC sévère + IR chronique", "severe CP + CRF"),
    ("leucodystrophie métachromatique", "metachromatic leukodystrophy", "leucodystrophie", "MLD"),
]

MEDS = [
    ("hydromorphone 2 mg PO q4h + 1 mg PO q1h PRN", "hydromorphone 2 mg PO q4h + 1 mg PO q1h PRN"),
    ("Dilaudid 1 mg s.c. q1h PRN douleur percée", "Dilaudid 1 mg subcut q1h PRN breakthrough pain"),
    ("morphine 5 mg PO q4h régulier", "morphine 5 mg PO q4h regular"),
    ("fentanyl timbre 25 mcg/h q72h (Duragesic)", "fentanyl patch 25 mcg/h q72h (Duragesic)"),
    ("méthadone 2 mg PO BID", "methadone 2 mg PO BID"),
    ("midazolam 2,5 mg s.c. q30 min PRN détresse", "midazolam 2.5 mg subcut q30min PRN distress"),
    ("halopéridol 0,5 mg s.c. q8h PRN nausées/delirium", "haloperidol 0.5 mg subcut q8h PRN nausea/delirium"),
    ("méthotriméprazine (Nozinan) 6,25 mg s.c. HS", "methotrimeprazine (Nozinan) 6.25 mg subcut HS"),
    ("dexaméthasone 4 mg PO DIE", "dexamethasone 4 mg PO daily"),
    ("glycopyrrolate 0,4 mg s.c. q4h PRN râles", "glycopyrrolate 0.4 mg subcut q4h PRN secretions"),
    ("lorazépam (Ativan) 0,5 mg SL q4h PRN", "lorazepam (Ativan) 0.5 mg SL q4h PRN"),
    ("sennosides 8,6 mg 2 co HS + PEG 3350 17 g DIE", "sennosides 8.6 mg 2 tabs HS + PEG 3350 17 g daily"),
    ("oxycodone (Supeudol) 5 mg PO q4h PRN", "oxycodone (Supeudol) 5 mg PO q4h PRN"),
    ("furosémide 20 mg s.c. BID", "furosemide 20 mg subcut BID"),
    ("métoclopramide 10 mg s.c. QID", "metoclopramide 10 mg subcut QID"),
    ("octréotide 100 mcg s.c. TID", "octreotide 100 mcg subcut TID"),
    ("gabapentine 100 mg PO TID", "gabapentin 100 mg PO TID"),
    ("ondansétron 4 mg SL q8h PRN", "ondansetron 4 mg SL q8h PRN"),
]
PUMP_DRUGS = [
    ("hydromorphone 10 mg/mL, débit 0,3 mL/h, bolus 0,2 mL q15 min (max 4/h)",
     "hydromorphone 10 mg/mL, rate 0.3 mL/h, bolus 0.2 mL q15min (max 4/h)"),
    ("hydromorphone 2 mg/mL, débit 0,5 mL/h, bolus 0,3 mL q20 min",
     "hydromorphone 2 mg/mL, rate 0.5 mL/h, bolus 0.3 mL q20min"),
    ("morphine 10 mg/mL, débit 0,4 mL/h, bolus 0,3 mL q15 min",
     "morphine 10 mg/mL, rate 0.4 mL/h, bolus 0.3 mL q15min"),
    ("midazolam 5 mg/mL en perfusion continue 1 mg/h (sédation palliative)",
     "midazolam 5 mg/mL continuous infusion 1 mg/h (palliative sedation)"),
]
LABS = [
    ("Ca corrigé 3,08 mmol/L", "corrected Ca 3.08 mmol/L"),
    ("Hb 76 g/L", "Hb 76 g/L"),
    ("créat 214 µmol/L", "creat 214 umol/L"),
    ("Na 124 mmol/L", "Na 124 mmol/L"),
    ("INR 3,9", "INR 3.9"),
    ("albumine 23 g/L", "albumin 23 g/L"),
    ("plaquettes 17 x 10^9/L", "platelets 17 x 10^9/L"),
    ("K 6,1 mmol/L", "K 6.1 mmol/L"),
    ("bilirubine totale 96 µmol/L", "total bilirubin 96 umol/L"),
    ("glycémie capillaire 2,8 mmol/L", "capillary glucose 2.8 mmol/L"),
    ("leucocytes 0,9 x 10^9/L", "WBC 0.9 x 10^9/L"),
]
SYMPT = [
    ("douleur 7/10 malgré les entredoses", "pain 7/10 despite breakthrough doses"),
    ("dyspnée au moindre effort, SpO2 86 % AA", "dyspnea on minimal exertion, SpO2 86% RA"),
    ("nausées et vomissements x 3 depuis hier", "nausea and vomiting x3 since yesterday"),
    ("pas de selles depuis 5 jours", "no BM for 5 days"),
    ("delirium hypoactif, désorienté la nuit", "hypoactive delirium, disoriented at night"),
    ("agitation terminale cette nuit", "terminal agitation overnight"),
    ("râles terminaux, famille inquiète", "terminal secretions, family anxious"),
    ("plaie sacrée stade 3, odeur", "stage 3 sacral wound, malodorous"),
    ("ascite tendue, inconfort abdominal", "tense ascites, abdominal discomfort"),
    ("somnolence accrue, boit très peu", "increasing drowsiness, minimal oral intake"),
    ("crise convulsive de 2 min ce matin", "2-minute seizure this morning"),
]
SOCIAL = [
    ("personne seule à domicile, aucun proche à proximité", "lives alone, no family nearby"),
    ("conjoint aidant avec troubles cognitifs", "spouse/caregiver has cognitive impairment"),
    ("fille aidante épuisée, demande de répit", "daughter/caregiver exhausted, requesting respite"),
    ("logement au 3e étage sans ascenseur, propriétaire menace d'éviction", "3rd-floor walk-up, landlord threatening eviction"),
    ("prestataire de l'aide sociale, difficulté à payer les médicaments", "on social assistance, struggling to pay for medications"),
    ("soupçon de violence conjugale rapporté par l'infirmière", "possible intimate partner violence reported by nurse"),
    ("sous curatelle publique", "under public curatorship"),
    ("signalement à la DPJ en cours pour les enfants du patient", "youth protection (DPJ) report in progress for the patient's children"),
    ("fils consommateur actif, risque de détournement des opioïdes", "son with active substance use, opioid diversion risk"),
    ("demande de prestations de compassion pour la conjointe", "spouse applying for compassionate care benefits"),
]
SOCIAL_CHILD = [
    ("signalement à la DPJ retenu, garde partagée contestée", "youth protection (DPJ) report retained, custody disputed"),
    ("mère monoparentale, prestataire de l'aide sociale", "single mother on social assistance"),
    ("parents épuisés, demande de répit à la Maison Aube-Lumière", "parents exhausted, respite requested"),
    ("famille hébergée temporairement chez les grands-parents (logement perdu)", "family staying with grandparents after losing their apartment"),
]
RELATIONS_FR = ["sa fille", "son fils", "sa conjointe", "son conjoint", "sa sœur", "sa nièce", "sa mère"]
RELATIONS_EN = ["daughter", "son", "wife", "husband", "sister", "niece", "mother"]

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def age(dob, ref=REF_DATE):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "fr_long":
        return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"
    if style == "en_long":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "en_short":
        return f"{EN_MONTHS[d.month - 1][:3]} {d.day} {d.year}"
    raise ValueError(style)


def dob_variants(d):
    return [fmt_date(d, s) for s in ("iso", "dmy", "ymd_slash", "dmy_dash", "fr_long", "en_long", "en_short")]


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fmt_nam(nam, style):
    if style == "plain":
        return nam
    if style == "spaced":
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if style == "dotted":
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if style == "hyphen":
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if style == "slash":
        return f"{nam[:4]}/{nam[4:10]}/{nam[10:]}"
    if style == "lower":
        return f"{nam[:4].lower()} {nam[4:8]} {nam[8:]}"
    if style == "fullwidth":
        return nam[:4] + nam[4:].translate(FW)
    if style == "odd":
        return f"{nam[:4]} {nam[4:6]} {nam[6:10]} {nam[10:]}"
    raise ValueError(style)


NAM_STYLES = ["plain", "plain", "spaced", "spaced", "dotted", "hyphen", "slash", "lower", "fullwidth", "odd"]
NAM_STYLES_ASCII = ["plain", "plain", "spaced", "spaced", "dotted", "hyphen", "slash", "lower", "odd"]


def norm_alnum(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s.upper() if ch.isalnum())


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# Checksum identifiers
# ---------------------------------------------------------------------------
def make_sin(rng):
    while True:
        first = rng.choice("1234569")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    return {"spaced": f"{num[:3]} {num[3:6]} {num[6:]}", "hyphen": f"{num[:3]}-{num[3:6]}-{num[6:]}",
            "plain": num, "dotted": f"{num[:3]}.{num[3:6]}.{num[6:]}",
            "fullwidth": f"{num[:3]} {num[3:6]} {num[6:]}".translate(FW)}[style]


def make_ohip(rng):
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ")
            return num, vc


def fmt_ohip(num, vc, style):
    return {"hyphen": f"{num[:4]}-{num[4:7]}-{num[7:]}-{vc}", "spaced": f"{num[:4]} {num[4:7]} {num[7:]} {vc}",
            "plain": f"{num}{vc}", "bare": num}[style]


def make_niss(rng, dob, sex):
    yy = dob.strftime("%y%m%d")
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = f"{yy}{serial:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - (n % 97)
        num = f"{base}{chk:02d}"
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    return {"dotted": f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}", "plain": num,
            "spaced": f"{num[:6]} {num[6:9]} {num[9:]}"}[style]


def make_nir(rng, dob, sex):
    while True:
        dep = rng.choice(["75", "69", "13", "33", "59", "44", "35", "67"])
        commune = f"{rng.randint(1, 399):03d}"
        order = f"{rng.randint(1, 999):03d}"
        base = f"{1 if sex == 'M' else 2}{dob.strftime('%y%m')}{dep}{commune}{order}"
        key = 97 - (int(base) % 97)
        num = f"{base}{key:02d}"
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    return {"spaced": f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}",
            "plain": num, "key": f"{num[:13]} {num[13:]}"}[style]


def make_mrn(rng, style=None):
    n = rng.randint(100000, 999999)
    style = style or rng.choice(["plain", "dash", "prefix", "hsb", "spaced"])
    canon = f"{n}"
    shown = {"plain": f"{n}", "dash": f"{str(n)[:2]}-{str(n)[2:4]}-{str(n)[4:]}", "prefix": f"H{n:07d}",
             "hsb": f"HSB-{n}", "spaced": f"{str(n)[:3]} {str(n)[3:]}"}[style]
    return canon, shown


# Luhn-valid serial numbers used in negatives (asset tags, pump serials)
def luhn_serial(rng, n=9):
    body = "".join(rng.choice("0123456789") for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------------------
# Patient
# ---------------------------------------------------------------------------
@dataclass
class Patient:
    given: str
    surname: str
    sex: str
    dob: _dt.date
    holder: Holder = None
    addr: dict = None
    phone: str = None
    dx: tuple = None
    meds: list = None
    sympt: tuple = None
    lab: tuple = None
    social: tuple = None
    mrn: tuple = None
    carer: tuple = None   # (given, relation_fr, relation_en, phone, email)
    pps: int = 40

    @property
    def age(self):
        return age(self.dob)

    def dxs(self, lang, short=False):
        return self.dx[(0 if lang == "fr" else 1) + (2 if short else 0)]

    def title(self, lang):
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Mrs." if self.sex == "F" else "Mr."

    def name(self, style, lang="fr"):
        g, s = self.given, self.surname
        return {
            "full": f"{g} {s}",
            "title_full": f"{self.title(lang)} {g} {s}",
            "title_sur": f"{self.title(lang)} {s}",
            "upper_comma": f"{s.upper()}, {g}",
            "comma": f"{s}, {g}",
            "sur_first": f"{s} {g}",
            "lower": f"{g.lower()} {s.lower()}",
            "initial": f"{g[0]}. {s}",
            "initial_upper": f"{g[0]}. {s.upper()}",
            "sur_initial": f"{s} {g[0]}.",
            "given": g,
        }[style]


def _sex_ok(dx, sex):
    en = dx[1]
    if sex == "M":
        return not any(w in en for w in ("ovarian", "cervical", "breast"))
    return "prostate" not in en


def pick_dx(rng, dob, sex="F"):
    a = age(dob)
    if a < 18:
        pool = DX_CHILD
    elif a < 45:
        pool = DX_YOUNG + DX_ADULT[:6]
    else:
        pool = DX_ADULT
    return rng.choice([d for d in pool if _sex_ok(d, sex)])


def random_dob(rng, lo=48, hi=96):
    y = REF_DATE.year - rng.randint(lo, hi)
    return _dt.date(y, rng.randint(1, 12), rng.randint(1, 28))


class PatientFactory:
    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = list(holders)
        rng.shuffle(self.holders)
        self.used_holders = []
        self.used_names = set()

    def _fill(self, p):
        r = self.rng
        p.addr = address(r)
        p.phone = phone(r)
        p.dx = pick_dx(r, p.dob, p.sex)
        p.meds = r.sample(MEDS, r.randint(2, 4))
        p.sympt = r.choice(SYMPT)
        p.lab = r.choice(LABS)
        p.social = r.choice(SOCIAL_CHILD if p.age < 18 else SOCIAL)
        p.mrn = make_mrn(r)
        p.pps = r.choice([10, 20, 30, 30, 40, 40, 50, 60])
        i = r.randrange(len(RELATIONS_FR) - 1)
        if p.age < 18:
            i = 6
        cg = r.choice(GIVEN_M if RELATIONS_FR[i] in ("son fils", "son conjoint") else GIVEN_F)
        if p.age < 18:
            cg = r.choice(["Karine", "Mélissa", "Audrey", "Jessica", "Marie-Pier", "Kimberly"])
        mail = strip_accents(cg).lower().replace(" ", "").replace("-", "") + "." + \
            strip_accents(p.surname).lower().replace("'", "").replace(" ", "") + "@" + r.choice(FAMILY_DOMAINS)
        p.carer = (cg, RELATIONS_FR[i], RELATIONS_EN[i], phone(r), mail)
        return p

    def holder(self, kind=None):
        ok = {None: lambda h: True, "adult": lambda h: age(h.dob) >= 18,
              "child": lambda h: age(h.dob) < 18, "old": lambda h: age(h.dob) >= 50}[kind]
        idx = max(i for i, h in enumerate(self.holders) if ok(h))
        h = self.holders.pop(idx)
        self.used_holders.append(h)
        p = Patient(h.given, h.surname, h.sex, h.dob, holder=h)
        return self._fill(p)

    def plain(self, kind="qc", sex=None, dob=None):
        r = self.rng
        while True:
            sex_ = sex or r.choice("FM")
            if kind == "qc":
                s = r.choice(SURNAMES_QC if r.random() < 0.75 else SURNAMES_EN)
            elif kind == "be":
                s = r.choice(BE_SURNAMES)
            else:
                s = r.choice(FR_SURNAMES)
            d = dob or random_dob(r)
            if age(d) < 18:
                g = r.choice(KIDS_F if sex_ == "F" else KIDS_M)
            elif kind != "qc":
                g = r.choice(["Monique", "Chantal", "Brigitte", "Annick", "Véronique"] if sex_ == "F"
                             else ["Jean-Luc", "Philippe", "Didier", "Thierry", "Dominique"])
            else:
                g = r.choice(GIVEN_F if sex_ == "F" else GIVEN_M)
            if (g, s) not in self.used_names:
                self.used_names.add((g, s))
                return self._fill(Patient(g, s, sex_, d))

    def child(self):
        return self.plain(dob=random_dob(self.rng, 2, 15))
