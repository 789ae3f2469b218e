"""Invented world: institutions, staff, places, clinical vocabulary."""
import datetime
import unicodedata

from .ids import Person

# ---------------------------------------------------------------- institutions
INST = {
    'rn': dict(fr="CHU de la Rivière-Nord", en="Rivière-Nord University Hospital",
               dom="chu-riviere-nord.example", city="Val-des-Hérons", prov='QC',
               phone="819-555-0140", addr="2100, boul. des Hirondelles, Val-des-Hérons (Québec) J9X 4K2"),
    'sa': dict(fr="Hôpital Saint-Aubert", en="Saint-Aubert Hospital",
               dom="hopital-st-aubert.example", city="Saint-Aubert-sur-le-Lac", prov='QC',
               phone="418-555-0172", addr="45, rue de l'Hospice, Saint-Aubert-sur-le-Lac (Québec) G0S 3T1"),
    'hr': dict(fr="CISSS des Hautes-Rives – Hôpital de Pointe-Grise",
               en="Hautes-Rives Health Centre – Pointe-Grise Hospital",
               dom="cisss-hautes-rives.example", city="Pointe-Grise", prov='QC',
               phone="450-555-0118", addr="900, chemin du Phare, Pointe-Grise (Québec) J0L 2M7"),
    'on': dict(fr="Hôpital général de Kenwick", en="Kenwick General Hospital",
               dom="kenwick-general.example", city="Kenwick", prov='ON',
               phone="613-555-0190", addr="77 Mercer Line, Kenwick, ON K0H 3R5"),
    'lt': dict(fr="Centre régional de traumatologie Lakeshore", en="Lakeshore Regional Trauma Centre",
               dom="lakeshore-trauma.example", city="Port Alder", prov='ON',
               phone="705-555-0133", addr="1 Harbourview Drive, Port Alder, ON P0B 1T9"),
    'be': dict(fr="Clinique Sainte-Ode (Ardennes-Sud)", en="Sainte-Ode Clinic",
               dom="clinique-sainte-ode.example", city="Wanlin-sur-Lesse", prov='BE',
               phone="+32 61 555 02 14", addr="Rue du Prieuré 12, 6921 Wanlin-sur-Lesse"),
    'fr': dict(fr="CHU de Bréval", en="Bréval University Hospital",
               dom="chu-breval.example", city="Bréval-sur-Loire", prov='FR',
               phone="+33 2 55 50 01 40", addr="3 quai des Mariniers, 49555 Bréval-sur-Loire"),
}
AMB = dict(fr="Ambulances Boréales", en="Boreal Ambulance Services", dom="ambulances-boreales.example",
           phone="819-555-0111")
CCT = dict(fr="Centre de coordination des transferts interétablissements",
           en="Inter-facility Transfer Coordination Centre", dom="cct-sante.example", phone="1-888-555-0160")
GP = [dict(name="Clinique médicale du Vieux-Moulin", dom="cm-vieux-moulin.example", phone="819-555-0155"),
      dict(name="GMF des Trois-Ponts", dom="gmf-trois-ponts.example", phone="418-555-0163"),
      dict(name="Kenwick Family Health Team", dom="kenwick-fht.example", phone="613-555-0147")]
INSURER = dict(fr="Assistance Voyageurs Méridia", en="Meridia Travel Assistance", dom="meridia-assistance.example",
               phone="+32 2 555 40 40")
VENDORS = [dict(name="MédiTech Nordique inc.", dom="meditech-nordique.example"),
           dict(name="Orthosys Canada", dom="orthosys.example"),
           dict(name="Fournitures Chirurgicales Laval-Est", dom="fcle.example"),
           dict(name="Vitalis Monitoring Ltd.", dom="vitalis-monitoring.example"),
           dict(name="PharmaDistribution Boréal", dom="pharmadist-boreal.example")]

# ---------------------------------------------------------------- staff
# (given, surname, sex)
STAFF = [
    ("Annick", "Beaulieu", "F"), ("Karim", "Haddad", "M"), ("Marie-Ève", "Dufresne", "F"),
    ("Jonathan", "Pruneau", "M"), ("Priya", "Raman", "F"), ("Olivier", "Desrosiers", "M"),
    ("Chantal", "Vaillancourt", "F"), ("Kevin", "O'Neill", "M"), ("Isabelle", "Thériault", "F"),
    ("Farid", "Benali", "M"), ("Émilie", "Côté-Larouche", "F"), ("Stéphane", "Boivin", "M"),
    ("Hannah", "Whitfield", "F"), ("Luc", "Marcoux", "M"), ("Nadia", "Roy", "F"),
    ("Mathieu", "Gagnon", "M"), ("Julie", "Bergeron", "F"), ("Patrick", "Lavoie", "M"),
    ("Valérie", "St-Onge", "F"), ("Samuel", "Ouimet", "M"), ("Catherine", "Dion", "F"),
    ("Alexandre", "Girouard", "M"), ("Mélanie", "Tessier", "F"), ("François", "Lachance", "M"),
    ("Rachel", "Goldberg", "F"), ("Daniel", "Okafor", "M"), ("Sonia", "Pelletier", "F"),
    ("Vincent", "Hébert", "M"), ("Guylaine", "Robitaille", "F"), ("Éric", "Lemieux", "M"),
    ("Amélie", "Poulin", "F"), ("Yannick", "Therrien", "M"), ("Sarah-Maude", "Lévesque", "F"),
    ("Thomas", "Nguyen", "M"), ("Lina", "Haddad", "F"), ("Martin", "Caouette", "M"),
    ("Josiane", "Brisebois", "F"), ("Michael", "Fitzgerald", "M"), ("Noémie", "Fréchette", "F"),
    ("Gabriel", "Arsenault", "M"), ("Aïcha", "Diallo", "F"), ("Benoît", "Charest", "M"),
]

# role keys -> (fr masc, fr fem, en)
ROLES = {
    'urg': ("urgentologue", "urgentologue", "Emergency Physician"),
    'chir': ("chirurgien général", "chirurgienne générale", "General Surgeon"),
    'ortho': ("orthopédiste", "orthopédiste", "Orthopaedic Surgeon"),
    'anes': ("anesthésiologiste", "anesthésiologiste", "Anaesthesiologist"),
    'icu': ("chef d'unité, urgence", "infirmière-chef, urgence", "ED Nurse Manager"),
    'asi': ("assistant infirmier-chef", "assistante infirmière-chef", "Assistant Nurse Manager"),
    'bloc': ("coordonnateur du bloc opératoire", "coordonnatrice du bloc opératoire", "OR Coordinator"),
    'lits': ("gestionnaire des lits", "gestionnaire des lits", "Bed Manager"),
    'agent': ("agent administratif", "agente administrative", "Unit Clerk"),
    'gbm': ("technicien en génie biomédical", "technicienne en génie biomédical", "Biomedical Technologist"),
    'pharm': ("pharmacien", "pharmacienne", "Pharmacist"),
    'ts': ("travailleur social", "travailleuse sociale", "Social Worker"),
    'rep': ("répartiteur", "répartitrice", "Dispatcher"),
    'para': ("superviseur paramédical", "superviseure paramédicale", "Paramedic Supervisor"),
    'inh': ("inhalothérapeute", "inhalothérapeute", "Respiratory Therapist"),
    'inf': ("infirmier clinicien", "infirmière clinicienne", "RN"),
    'chef': ("chef de service, urgence", "cheffe de service, urgence", "Chief, Emergency Department"),
    'trauma': ("coordonnateur en traumatologie", "coordonnatrice en traumatologie", "Trauma Coordinator"),
    'rh': ("conseiller RH", "conseillère RH", "HR Advisor"),
    'sst': ("conseiller santé et sécurité au travail", "conseillère santé et sécurité au travail",
            "Occupational Health Nurse"),
    'achat': ("acheteur", "acheteuse", "Procurement Officer"),
    'ti': ("analyste TI", "analyste TI", "IT Analyst"),
}
PHYS_ROLES = ('urg', 'chir', 'ortho', 'anes')


class Staff:
    def __init__(self, given, surname, sex, role, inst):
        self.given, self.surname, self.sex, self.role, self.inst = given, surname, sex, role, inst

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def titled(self, lang):
        if self.role in PHYS_ROLES:
            if lang == 'fr':
                return ("Dr " if self.sex == 'M' else "Dre ") + self.full
            return "Dr. " + self.full
        return self.full

    def role_txt(self, lang):
        m, f, e = ROLES[self.role]
        return e if lang == 'en' else (m if self.sex == 'M' else f)

    def email(self):
        local = unicodedata.normalize('NFKD', (self.given + '.' + self.surname).lower())
        local = ''.join(ch for ch in local if ch.isascii() and (ch.isalnum() or ch in '.-'))
        return f"{local}@{INST[self.inst]['dom'] if self.inst in INST else self.inst}"

    def addr(self):
        return (self.titled('en') if False else self.full, self.email())


def staff(rng, role, inst='rn', exclude=()):
    while True:
        g, s, x = rng.choice(STAFF)
        if (g, s) not in exclude:
            return Staff(g, s, x, role, inst)


def signature(rng, st, lang, short=False):
    inst = INST.get(st.inst, INST['rn'])
    name = st.titled(lang)
    if short or rng.random() < 0.2:
        return rng.choice([name, st.given, f"{st.given[0]}. {st.surname}", name + "\n" + st.role_txt(lang)])
    ext = rng.randrange(2000, 7999)
    lines = [name, st.role_txt(lang), inst[lang]]
    if rng.random() < 0.5:
        lines.append(inst['addr'])
    lines.append((f"Tél. : {inst['phone']}, poste {ext}" if lang == 'fr'
                  else f"Tel: {inst['phone']} ext. {ext}"))
    if rng.random() < 0.3:
        lines.append((f"Téléavertisseur : {rng.randrange(1000, 9999)}" if lang == 'fr'
                      else f"Pager: {rng.randrange(1000, 9999)}"))
    if rng.random() < 0.25:
        lines.append("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels."
                     if lang == 'fr' else
                     "CONFIDENTIALITY NOTICE: this message may contain privileged information.")
    sep = rng.choice(["-- \n", "--\n", "", "___\n"])
    return sep + "\n".join(lines)


# ---------------------------------------------------------------- places
STREETS_QC = ["rue des Érables", "rang Saint-Joseph", "chemin du Lac-Brûlé", "avenue des Pionniers",
              "boul. des Hirondelles", "rue Principale Est", "rue du Couvent", "montée des Trembles",
              "rue de la Tourbière", "chemin des Cageux", "rue Sainte-Mélodie", "avenue du Moulin-Rouge",
              "rue des Outardes", "croissant des Mésanges"]
TOWNS_QC = ["Val-des-Hérons", "Saint-Aubert-sur-le-Lac", "Pointe-Grise", "Lac-aux-Sarcelles",
            "Sainte-Mélodie", "Rivière-Bleuet", "Notre-Dame-des-Brumes", "Saint-Ours-du-Nord"]
STREETS_ON = ["Birchwood Crescent", "Mercer Line", "Old Mill Road", "Harbourview Drive", "Tamarack Street",
              "Concession 7 Road", "Lakeside Avenue"]
TOWNS_ON = ["Kenwick", "Port Alder", "Greyston", "Elm Hollow"]
STREETS_BE = ["Rue des Tilleuls", "Chaussée de Marche", "Rue du Vieux Pont", "Avenue des Ardennais"]
TOWNS_BE = ["Wanlin-sur-Lesse", "Havrenne", "Bois-le-Comte"]
STREETS_FR = ["rue des Tanneurs", "allée des Peupliers", "impasse du Lavoir", "boulevard Gambette"]
TOWNS_FR = ["Bréval-sur-Loire", "Saint-Firmin-des-Landes", "Montcabrier-le-Haut"]

PC_L = "ABCEGHJKLMNPRSTVWXYZ"


def postal_qc(rng, first=None):
    first = first or rng.choice("GHJ")
    return f"{first}{rng.randrange(10)}{rng.choice(PC_L)} {rng.randrange(10)}{rng.choice(PC_L)}{rng.randrange(10)}"


def address(rng, origin='qc'):
    if origin == 'on':
        return f"{rng.randrange(12, 980)} {rng.choice(STREETS_ON)}, {rng.choice(TOWNS_ON)}, ON {postal_qc(rng, rng.choice('KLNP'))}"
    if origin == 'be':
        return f"{rng.choice(STREETS_BE)} {rng.randrange(1, 140)}, {rng.randrange(5000, 6999)} {rng.choice(TOWNS_BE)}"
    if origin == 'fr':
        return f"{rng.randrange(1, 90)} {rng.choice(STREETS_FR)}, {rng.randrange(10, 95)}5{rng.randrange(10, 99)} {rng.choice(TOWNS_FR)}"
    apt = rng.choice(["", "", "", f"app. {rng.randrange(1, 40)}, ", f"{rng.randrange(1, 12)}-"])
    return f"{apt}{rng.randrange(10, 3999)}, {rng.choice(STREETS_QC)}, {rng.choice(TOWNS_QC)} (Québec) {postal_qc(rng)}"


def phone(rng, origin='qc', style=None):
    n = rng.randrange(100, 200)
    last = f"01{n - 100:02d}"
    if origin == 'be':
        return f"+32 4{rng.randrange(70, 99)} 55 5{rng.randrange(0, 9)} {rng.randrange(10, 99)}"
    if origin == 'fr':
        return f"+33 6 55 5{rng.randrange(0, 9)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
    area = rng.choice(['613', '705', '343']) if origin == 'on' else rng.choice(['418', '819', '450', '514', '581', '873'])
    style = style or rng.choice(['dash', 'paren', 'dot', 'space'])
    if style == 'paren':
        return f"({area}) 555-{last}"
    if style == 'dot':
        return f"{area}.555.{last}"
    if style == 'space':
        return f"{area} 555 {last}"
    return f"{area}-555-{last}"


# ---------------------------------------------------------------- invented patients (no NAM)
INV_QC = [("Jean-Guy", "Tremblay", "M"), ("Lise", "Bergevin", "F"), ("Réjean", "Landry", "M"),
          ("Francine", "Desjardins", "F"), ("Maxime", "Rioux", "M"), ("Océane", "Labrecque", "F"),
          ("Gaétan", "Beaudoin", "M"), ("Rose-Marie", "Cyr", "F"), ("Yvon", "Lapierre", "M"),
          ("Kimberly", "Paradis", "F"), ("Jacob", "Martineau", "M"), ("Huguette", "Vézina", "F")]
INV_ON = [("Ethan", "Kowalski", "M"), ("Priyanka", "Sandhu", "F"), ("Margaret", "O'Brien", "F"),
          ("Douglas", "McAllister", "M"), ("Tyler", "Brennan", "M"), ("Aaliyah", "Grant", "F"),
          ("Harold", "Lindqvist", "M"), ("Jasmine", "Whitcombe", "F")]
INV_BE = [("Lucas", "Vandenberghe", "M"), ("Amandine", "Lefèvre-Hoste", "F"), ("Wim", "De Smedt", "M"),
          ("Chantal", "Mertens", "F"), ("Thibaut", "Lambotte", "M"), ("Inès", "Verbruggen", "F")]
INV_FR = [("Chloé", "Martinet", "F"), ("Hugo", "Perrault", "M"), ("Bernadette", "Fauconnier", "F"),
          ("Yanis", "Benhamou", "M"), ("Solène", "Guérard", "F"), ("Patrice", "Lemarchand", "M")]


def invented(rng, origin, lo=1935, hi=2012):
    pool = dict(qc=INV_QC, on=INV_ON, be=INV_BE, fr=INV_FR)[origin]
    g, s, x = rng.choice(pool)
    y = rng.randrange(lo, hi)
    dob = datetime.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
    return Person(g, s, dob, x, origin=origin)


# ---------------------------------------------------------------- clinical vocabulary
# key: (fr, en, service, procedure_fr, procedure_en)
DX = [
    ("appendicite aiguë", "acute appendicitis", "chir", "appendicectomie laparoscopique", "laparoscopic appendectomy"),
    ("cholécystite aiguë lithiasique", "acute calculous cholecystitis", "chir", "cholécystectomie laparoscopique", "laparoscopic cholecystectomy"),
    ("fracture du col fémoral droit", "right femoral neck fracture", "ortho", "hémiarthroplastie hanche D", "right hip hemiarthroplasty"),
    ("fracture intertrochantérienne gauche", "left intertrochanteric fracture", "ortho", "clou céphalomédullaire G", "left cephalomedullary nail"),
    ("occlusion du grêle sur brides", "adhesive small bowel obstruction", "chir", "laparotomie exploratrice, adhésiolyse", "exploratory laparotomy, adhesiolysis"),
    ("hernie inguinale incarcérée", "incarcerated inguinal hernia", "chir", "cure de hernie inguinale", "inguinal hernia repair"),
    ("fracture ouverte du tibia (Gustilo II)", "open tibial shaft fracture (Gustilo II)", "ortho", "débridement + clou centromédullaire tibia", "I&D + tibial IM nail"),
    ("fracture bimalléolaire cheville G", "left bimalleolar ankle fracture", "ortho", "RFIO cheville G", "left ankle ORIF"),
    ("pancréatite aiguë biliaire", "acute gallstone pancreatitis", "chir", "cholécystectomie à distance", "interval cholecystectomy"),
    ("ischémie aiguë membre inférieur", "acute limb ischaemia", "vasc", "embolectomie fémorale", "femoral embolectomy"),
    ("rupture d'anévrisme de l'aorte abdominale", "ruptured abdominal aortic aneurysm", "vasc", "réparation endovasculaire (EVAR)", "EVAR"),
    ("hématome sous-dural aigu", "acute subdural haematoma", "neuro", "craniotomie d'évacuation", "evacuation craniotomy"),
    ("abcès périanal", "perianal abscess", "chir", "incision et drainage", "incision and drainage"),
    ("diverticulite perforée Hinchey III", "perforated diverticulitis Hinchey III", "chir", "opération de Hartmann", "Hartmann procedure"),
    ("grossesse ectopique rompue", "ruptured ectopic pregnancy", "gyn", "salpingectomie laparoscopique", "laparoscopic salpingectomy"),
    ("torsion testiculaire", "testicular torsion", "uro", "détorsion et orchidopexie", "detorsion and orchidopexy"),
    ("lacération main avec section tendon fléchisseur", "hand laceration with flexor tendon injury", "plast", "réparation tendineuse", "flexor tendon repair"),
    ("fracture du radius distal déplacée", "displaced distal radius fracture", "ortho", "réduction fermée + plâtre", "closed reduction and casting"),
]
# medical (non-surgical) ED diagnoses
DX_MED = [
    ("STEMI inférieur", "inferior STEMI"), ("AVC ischémique aigu", "acute ischaemic stroke"),
    ("hémorragie digestive haute", "upper GI bleed"), ("embolie pulmonaire", "pulmonary embolism"),
    ("insuffisance cardiaque décompensée", "decompensated heart failure"), ("MPOC exacerbée", "COPD exacerbation"),
    ("sepsis d'origine urinaire", "urosepsis"), ("acidocétose diabétique", "diabetic ketoacidosis"),
    ("surdose d'opioïdes", "opioid overdose"), ("pneumonie lobaire", "lobar pneumonia"),
    ("fibrillation auriculaire rapide", "rapid atrial fibrillation"), ("crise convulsive", "seizure"),
    ("cellulite du membre inférieur", "lower limb cellulitis"), ("syncope", "syncope"),
    ("intoxication à l'alcool", "alcohol intoxication"), ("idées suicidaires", "suicidal ideation"),
    ("traumatisme craniocérébral léger", "mild traumatic brain injury"), ("pyélonéphrite", "pyelonephritis"),
]
TRAUMA_INJ = [
    ("fractures costales G 4 à 8 avec volet", "left rib fractures 4-8 with flail segment"),
    ("pneumothorax G drainé", "left pneumothorax, chest tube in place"),
    ("lacération splénique grade III", "grade III splenic laceration"),
    ("fracture du bassin type B (compression latérale)", "lateral compression pelvic fracture"),
    ("HSD frontal D 6 mm sans déviation", "6 mm right frontal SDH, no midline shift"),
    ("fracture L1 type burst sans déficit", "L1 burst fracture, neurologically intact"),
    ("fracture fémur G diaphysaire", "left femoral shaft fracture"),
    ("contusion pulmonaire bilatérale", "bilateral pulmonary contusions"),
    ("fracture C2 (odontoïde type II)", "type II odontoid fracture"),
    ("lacération hépatique grade II", "grade II liver laceration"),
]
MECH = [
    ("collision auto-camion à haute vitesse, passager avant ceinturé", "high-speed MVC vs truck, restrained front passenger"),
    ("chute de 4 m d'un échafaudage", "fall from 4 m scaffolding"),
    ("accident de VTT, éjecté, sans casque", "ATV rollover, ejected, no helmet"),
    ("piéton heurté par une voiture à 50 km/h", "pedestrian struck at ~50 km/h"),
    ("accident de motoneige contre un arbre", "snowmobile vs tree"),
    ("chute dans l'escalier, sous anticoagulant", "fall down stairs, on anticoagulation"),
    ("plaie par arme blanche, hypochondre G", "stab wound left upper quadrant"),
]
MEDS = [
    ("apixaban 5 mg BID", "apixaban 5 mg BID"), ("warfarine 4 mg DIE", "warfarin 4 mg daily"),
    ("metformine 1000 mg BID", "metformin 1000 mg BID"), ("insuline glargine 22 U HS", "insulin glargine 22 U qHS"),
    ("clopidogrel 75 mg DIE", "clopidogrel 75 mg daily"), ("AAS 81 mg DIE", "ASA 81 mg daily"),
    ("métoprolol 25 mg BID", "metoprolol 25 mg BID"), ("ramipril 10 mg DIE", "ramipril 10 mg daily"),
    ("furosémide 40 mg DIE", "furosemide 40 mg daily"), ("atorvastatine 40 mg DIE", "atorvastatin 40 mg daily"),
    ("lévothyroxine 100 mcg DIE", "levothyroxine 100 mcg daily"), ("méthadone 70 mg DIE", "methadone 70 mg daily"),
    ("quétiapine 100 mg HS", "quetiapine 100 mg qHS"), ("prednisone 10 mg DIE", "prednisone 10 mg daily"),
    ("rivaroxaban 20 mg DIE", "rivaroxaban 20 mg daily"), ("empagliflozine 10 mg DIE", "empagliflozin 10 mg daily"),
    ("lévétiracétam 500 mg BID", "levetiracetam 500 mg BID"), ("sertraline 100 mg DIE", "sertraline 100 mg daily"),
]
MEDS_GIVEN = [
    ("morphine 5 mg IV", "morphine 5 mg IV"), ("fentanyl 50 mcg IV", "fentanyl 50 mcg IV"),
    ("céfazoline 2 g IV", "cefazolin 2 g IV"), ("acide tranexamique 1 g IV", "tranexamic acid 1 g IV"),
    ("pipéracilline-tazobactam 4,5 g IV", "piperacillin-tazobactam 4.5 g IV"),
    ("ceftriaxone 2 g IV", "ceftriaxone 2 g IV"), ("pantoprazole 80 mg IV bolus", "pantoprazole 80 mg IV bolus"),
    ("hydromorphone 1 mg SC", "hydromorphone 1 mg SC"), ("ondansétron 4 mg IV", "ondansetron 4 mg IV"),
    ("kétamine 20 mg IV", "ketamine 20 mg IV"), ("Octaplex 2000 UI + vitamine K 10 mg IV", "Octaplex 2000 IU + vitamin K 10 mg IV"),
    ("naloxone 0,4 mg IV", "naloxone 0.4 mg IV"),
]
ALLERGIES = [("pénicilline (urticaire)", "penicillin (hives)"), ("sulfamidés", "sulfa"), ("latex", "latex"),
             ("morphine (prurit)", "morphine (itch)"), ("iode", "iodinated contrast"), ("AINS", "NSAIDs")]
COMORB = [("HTA", "HTN"), ("DB2", "T2DM"), ("MPOC", "COPD"), ("FA sous anticoagulant", "AF on anticoagulation"),
          ("IRC stade 3b", "CKD stage 3b"), ("MCAS, stent 2019", "CAD, stent 2019"), ("apnée du sommeil appareillée", "OSA on CPAP"),
          ("obésité (IMC 41)", "obesity (BMI 41)"), ("démence légère", "mild dementia"), ("épilepsie", "epilepsy"),
          ("cirrhose Child B", "Child B cirrhosis"), ("trouble bipolaire", "bipolar disorder")]


def lab(rng, lang):
    """Return a lab result string (value and unit) - one of several."""
    dec = (lambda x: str(x).replace('.', ',')) if lang == 'fr' else str
    opts = [
        f"Hb {rng.randrange(62, 98)} g/L", f"K+ {dec(round(rng.uniform(5.9, 7.1), 1))} mmol/L",
        f"{'créat' if lang == 'fr' else 'creat'} {rng.randrange(160, 420)} µmol/L",
        f"INR {dec(round(rng.uniform(2.6, 5.2), 1))}", f"lactate {dec(round(rng.uniform(2.4, 7.8), 1))} mmol/L",
        f"{'tropo' if rng.random() < 0.5 else 'troponine hs' if lang == 'fr' else 'hs-troponin'} {rng.randrange(90, 4800)} ng/L",
        f"lipase {rng.randrange(900, 4200)} U/L", f"{'GB' if lang == 'fr' else 'WBC'} {dec(round(rng.uniform(14.0, 26.0), 1))}",
        f"{'plaquettes' if lang == 'fr' else 'plt'} {rng.randrange(21, 70)}", f"pH {dec(round(rng.uniform(7.05, 7.24), 2))}",
        f"{'glycémie' if lang == 'fr' else 'glucose'} {dec(round(rng.uniform(19.0, 34.0), 1))} mmol/L",
        f"Na+ {rng.randrange(114, 126)} mmol/L",
        f"{'éthanolémie' if lang == 'fr' else 'ethanol'} {rng.randrange(30, 88)} mmol/L",
    ]
    return rng.choice(opts)


SOCIAL = [
    ("vit seul(e), aucun proche disponible", "lives alone, no family nearby"),
    ("en situation d'itinérance depuis l'automne", "currently homeless since the fall"),
    ("contexte de violence conjugale, conjoint ne doit pas être informé", "intimate partner violence, partner must not be informed"),
    ("signalement DPJ en cours pour les enfants", "child protection report in progress for the children"),
    ("consommation quotidienne de fentanyl de rue", "daily street fentanyl use"),
    ("sous curatelle publique", "under public guardianship"),
    ("arrivé sous escorte policière (détenu)", "arrived in police custody"),
    ("proche aidante épuisée, demande d'hébergement en cours", "caregiver burnout, long-term care application pending"),
    ("Témoin de Jéhovah, refuse toute transfusion", "Jehovah's Witness, refuses blood products"),
    ("sans couverture d'assurance, statut migratoire précaire", "uninsured, precarious immigration status"),
    ("consommation d'alcool importante (12 bières/jour)", "heavy alcohol use (12 beers/day)"),
    ("travailleuse du sexe, suivi en clinique de proximité", "sex worker, followed at outreach clinic"),
]


def pick(rng, seq, lang):
    item = rng.choice(seq)
    return item[0] if lang == 'fr' else item[1]
