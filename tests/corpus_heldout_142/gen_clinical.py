"""Clinical scenario pool for transfers and run reports (fr/en)."""
from gen_common import age_at

# band: b = <2 y, c = 2-15 y, a = 16-74 y, e = 75+ y
S = [
    dict(k="stemi", band="ae", dx=("STEMI inférieur", "inferior STEMI"),
         sx=("DRS constrictive depuis 05h40, diaphorèse", "crushing chest pain since 05:40, diaphoretic"),
         meds=[("AAS 320 mg PO", "ASA 320 mg PO"), ("ticagrelor 180 mg PO", "ticagrelor 180 mg PO"),
               ("héparine 4000 U IV", "heparin 4000 U IV"), ("nitro 0,4 mg SL x2", "NTG 0.4 mg SL x2")],
         labs=[("tropo T hs 1 245 ng/L", "hs-TnT 1245 ng/L"), ("K 4,1", "K 4.1"), ("créat 98", "creat 98")],
         svc=("hémodynamie (ICP primaire)", "cath lab (primary PCI)"), lvl="SA"),
    dict(k="nstemi", band="ae", dx=("SCA ST- (NSTEMI)", "NSTEMI"),
         sx=("DRS intermittente x 48 h", "intermittent chest pain x 48 h"),
         meds=[("AAS 80 mg die", "ASA 81 mg daily"), ("clopidogrel 300 mg", "clopidogrel 300 mg load"),
               ("énoxaparine 1 mg/kg SC BID", "enoxaparin 1 mg/kg SC BID")],
         labs=[("tropo 412 → 688 ng/L", "trop 412 -> 688 ng/L"), ("Hb 131", "Hb 131")],
         svc=("coronarographie semi-urgente", "semi-urgent angiography"), lvl="SP"),
    dict(k="stroke", band="ae", dx=("AVC ischémique aigu, occlusion ACM G (M1)", "acute ischemic stroke, L MCA (M1) occlusion"),
         sx=("aphasie et hémiparésie D, dernier vu normal 07h15", "aphasia, R hemiparesis, last seen normal 07:15"),
         meds=[("ténectéplase 0,25 mg/kg IV à 08h52", "tenecteplase 0.25 mg/kg IV at 08:52")],
         labs=[("glycémie 7,2", "glucose 7.2"), ("INR 1,0", "INR 1.0"), ("NIHSS 14", "NIHSS 14")],
         svc=("thrombectomie endovasculaire", "endovascular thrombectomy"), lvl="SA"),
    dict(k="hsa", band="a", dx=("hémorragie sous-arachnoïdienne Fisher 3", "subarachnoid haemorrhage, Fisher 3"),
         sx=("céphalée en coup de tonnerre, vomissements", "thunderclap headache, vomiting"),
         meds=[("nimodipine 60 mg q4h", "nimodipine 60 mg q4h"), ("labétalol 10 mg IV PRN", "labetalol 10 mg IV PRN")],
         labs=[("INR 1,1", "INR 1.1"), ("Na 134", "Na 134")],
         svc=("neurochirurgie", "neurosurgery"), lvl="SA"),
    dict(k="dissection", band="ae", dx=("dissection aortique type A", "type A aortic dissection"),
         sx=("douleur interscapulaire déchirante", "tearing interscapular pain"),
         meds=[("labétalol perf 2 mg/min", "labetalol infusion 2 mg/min"), ("fentanyl 50 mcg IV", "fentanyl 50 mcg IV")],
         labs=[("créat 132", "creat 132"), ("Hb 118", "Hb 118")],
         svc=("chirurgie cardiaque", "cardiac surgery"), lvl="SA"),
    dict(k="sepsis", band="ae", dx=("choc septique d'origine urinaire", "urosepsis with septic shock"),
         sx=("fièvre 39,4, hypotension, confusion", "fever 39.4, hypotension, confusion"),
         meds=[("norépinéphrine 0,12 mcg/kg/min", "norepinephrine 0.12 mcg/kg/min"),
               ("pipéracilline-tazobactam 4,5 g IV q6h", "piperacillin-tazobactam 4.5 g IV q6h")],
         labs=[("lactate 4,8", "lactate 4.8"), ("GB 21,3", "WBC 21.3"), ("créat 188", "creat 188")],
         svc=("soins intensifs", "ICU"), lvl="SA"),
    dict(k="hip", band="e", dx=("fracture sous-capitale du col fémoral D", "R subcapital femoral neck fracture"),
         sx=("chute à domicile, rotation externe MID", "fall at home, R leg shortened and externally rotated"),
         meds=[("hydromorphone 0,5 mg SC q2h PRN", "hydromorphone 0.5 mg SC q2h PRN"),
               ("apixaban 5 mg BID (cessé)", "apixaban 5 mg BID (held)")],
         labs=[("Hb 104", "Hb 104"), ("INR 1,2", "INR 1.2")],
         svc=("orthopédie", "orthopaedics"), lvl="SP"),
    dict(k="ugib", band="ae", dx=("hémorragie digestive haute, méléna", "upper GI bleed, melena"),
         sx=("méléna x 2 jours, lipothymie", "melena x 2 days, presyncope"),
         meds=[("pantoprazole 80 mg IV puis perf 8 mg/h", "pantoprazole 80 mg IV then 8 mg/h"),
               ("2 culots globulaires", "2 units PRBC")],
         labs=[("Hb 71", "Hb 71"), ("urée 19,4", "urea 19.4")],
         svc=("gastro-entérologie (endoscopie)", "GI (endoscopy)"), lvl="SP"),
    dict(k="copd", band="ae", dx=("MPOC exacerbée, insuffisance respiratoire hypercapnique", "AECOPD with hypercapnic respiratory failure"),
         sx=("dyspnée progressive, tirage", "worsening dyspnea, accessory muscle use"),
         meds=[("salbutamol/ipratropium en nébulisation", "salbutamol/ipratropium nebs"),
               ("prednisone 50 mg", "prednisone 50 mg"), ("BiPAP 14/6", "BiPAP 14/6")],
         labs=[("gaz: pH 7,28 / pCO2 68", "ABG pH 7.28 / pCO2 68")],
         svc=("soins intensifs", "ICU"), lvl="TSI"),
    dict(k="trauma", band="a", dx=("polytraumatisme (collision VR), fx bassin, pneumothorax G drainé", "multi-trauma (MVC), pelvic fx, L pneumothorax with chest tube"),
         sx=("GCS 13, douleur pelvienne", "GCS 13, pelvic pain"),
         meds=[("acide tranexamique 1 g IV", "TXA 1 g IV"), ("fentanyl 100 mcg", "fentanyl 100 mcg")],
         labs=[("Hb 88", "Hb 88"), ("lactate 3,1", "lactate 3.1")],
         svc=("centre de traumatologie tertiaire", "level 1 trauma centre"), lvl="TSI"),
    dict(k="pe", band="ae", dx=("embolie pulmonaire massive", "massive pulmonary embolism"),
         sx=("syncope, dyspnée, sat 84 % AA", "syncope, dyspnea, SpO2 84% RA"),
         meds=[("héparine perf 18 U/kg/h", "heparin infusion 18 U/kg/h"), ("O2 10 L masque", "O2 10 L NRB")],
         labs=[("tropo 96", "trop 96"), ("NT-proBNP 3 410", "NT-proBNP 3410")],
         svc=("soins intensifs / radiologie interventionnelle", "ICU / interventional radiology"), lvl="TSI"),
    dict(k="burn", band="a", dx=("brûlures 2e-3e degré, 22 % SCT", "2nd-3rd degree burns, 22% TBSA"),
         sx=("incendie domiciliaire, inhalation possible", "house fire, possible inhalation"),
         meds=[("lactate Ringer selon Parkland", "Ringer's lactate per Parkland"), ("morphine 5 mg IV", "morphine 5 mg IV")],
         labs=[("COHb 9 %", "COHb 9%")],
         svc=("centre des grands brûlés", "burn centre"), lvl="TSI"),
    dict(k="chf", band="e", dx=("insuffisance cardiaque décompensée", "decompensated heart failure"),
         sx=("orthopnée, OMI, râles bibasaux", "orthopnea, leg oedema, bibasilar crackles"),
         meds=[("furosémide 80 mg IV", "furosemide 80 mg IV"), ("bisoprolol 2,5 mg", "bisoprolol 2.5 mg")],
         labs=[("BNP 2 340", "BNP 2340"), ("K 5,4", "K 5.4")],
         svc=("médecine interne", "internal medicine"), lvl="SP"),
    dict(k="delirium", band="e", dx=("délirium sur pneumonie", "delirium secondary to pneumonia"),
         sx=("désorientation, agitation nocturne", "disoriented, agitated at night"),
         meds=[("ceftriaxone 1 g die", "ceftriaxone 1 g daily"), ("halopéridol 0,5 mg PRN", "haloperidol 0.5 mg PRN")],
         labs=[("GB 14,8", "WBC 14.8"), ("CRP 142", "CRP 142")],
         svc=("gériatrie", "geriatrics"), lvl="SP"),
    dict(k="dka", band="ca", dx=("acidocétose diabétique", "diabetic ketoacidosis"),
         sx=("polyurie, vomissements, respiration de Kussmaul", "polyuria, vomiting, Kussmaul breathing"),
         meds=[("insuline perf 0,1 U/kg/h", "insulin infusion 0.1 U/kg/h"), ("NaCl 0,9 % 10 mL/kg", "NS 10 mL/kg bolus")],
         labs=[("pH 7,08", "pH 7.08"), ("glycémie 28,4", "glucose 28.4"), ("bicarb 6", "HCO3 6")],
         svc=("soins intensifs pédiatriques", "PICU"), lvl="TSI"),
    dict(k="bronchiolitis", band="b", dx=("bronchiolite à VRS", "RSV bronchiolitis"),
         sx=("désaturation à 88 %, tirage sous-costal", "desaturating to 88%, subcostal retractions"),
         meds=[("lunettes nasales haut débit 2 L/kg/min", "high-flow nasal cannula 2 L/kg/min")],
         labs=[("VRS positif", "RSV positive"), ("gaz capillaire pCO2 58", "capillary pCO2 58")],
         svc=("soins intensifs pédiatriques", "PICU"), lvl="TSI"),
    dict(k="seizure", band="bc", dx=("état de mal épileptique", "status epilepticus"),
         sx=("convulsion tonico-clonique > 10 min", "tonic-clonic seizure > 10 min"),
         meds=[("midazolam 0,2 mg/kg IN", "midazolam 0.2 mg/kg IN"), ("lévétiracétam 60 mg/kg IV", "levetiracetam 60 mg/kg IV")],
         labs=[("glycémie 5,9", "glucose 5.9"), ("Na 137", "Na 137")],
         svc=("neurologie pédiatrique", "paediatric neurology"), lvl="TSI"),
    dict(k="asthma", band="c", dx=("crise d'asthme sévère", "severe asthma exacerbation"),
         sx=("sat 89 %, parole en mots", "SpO2 89%, speaking in words"),
         meds=[("salbutamol 5 mg neb en continu", "salbutamol 5 mg continuous nebs"),
               ("dexaméthasone 0,6 mg/kg", "dexamethasone 0.6 mg/kg"), ("MgSO4 40 mg/kg IV", "MgSO4 40 mg/kg IV")],
         labs=[("pCO2 46", "pCO2 46")],
         svc=("soins intensifs pédiatriques", "PICU"), lvl="TSI"),
    dict(k="supracond", band="c", dx=("fracture supracondylienne humérus G, Gartland III", "L supracondylar humerus fracture, Gartland III"),
         sx=("chute de trampoline, pouls radial faible", "trampoline fall, weak radial pulse"),
         meds=[("morphine 0,1 mg/kg IV", "morphine 0.1 mg/kg IV")],
         labs=[("Hb 128", "Hb 128")],
         svc=("orthopédie pédiatrique", "paediatric orthopaedics"), lvl="SP"),
    dict(k="appy", band="ca", dx=("appendicite perforée", "perforated appendicitis"),
         sx=("douleur FID, fièvre 38,9", "RLQ pain, fever 38.9"),
         meds=[("ceftriaxone + métronidazole", "ceftriaxone + metronidazole"), ("morphine 2,5 mg IV", "morphine 2.5 mg IV")],
         labs=[("GB 18,2", "WBC 18.2"), ("CRP 96", "CRP 96")],
         svc=("chirurgie", "surgery"), lvl="SP"),
    dict(k="preeclampsia", band="a", sex="F", dx=("prééclampsie sévère à 31 semaines", "severe pre-eclampsia at 31 weeks"),
         sx=("TA 172/108, céphalée, phosphènes", "BP 172/108, headache, visual disturbances"),
         meds=[("sulfate de magnésium 4 g IV puis 1 g/h", "magnesium sulfate 4 g IV then 1 g/h"),
               ("labétalol 20 mg IV", "labetalol 20 mg IV"), ("bétaméthasone 12 mg IM", "betamethasone 12 mg IM")],
         labs=[("plaquettes 88", "plt 88"), ("AST 142", "AST 142"), ("protéinurie 3+", "proteinuria 3+")],
         svc=("obstétrique haut risque", "high-risk obstetrics"), lvl="TSI"),
    dict(k="overdose", band="a", dx=("intoxication aux opioïdes", "opioid overdose"),
         sx=("bradypnée 6/min, myosis", "RR 6, pinpoint pupils"),
         meds=[("naloxone 0,4 mg IN puis 0,4 mg IV", "naloxone 0.4 mg IN then 0.4 mg IV")],
         labs=[("éthanol 22 mmol/L", "ethanol 22 mmol/L"), ("dépistage urinaire fentanyl +", "urine tox fentanyl +")],
         svc=("soins intensifs", "ICU"), lvl="SA"),
    dict(k="hypogly", band="ae", dx=("hypoglycémie sévère, diabète type 1", "severe hypoglycaemia, type 1 diabetes"),
         sx=("inconsciente, diaphorèse", "unresponsive, diaphoretic"),
         meds=[("glucagon 1 mg IM", "glucagon 1 mg IM"), ("D50W 25 g IV", "D50W 25 g IV")],
         labs=[("glycémie capillaire 1,9 mmol/L", "capillary glucose 1.9 mmol/L")],
         svc=("urgence", "emergency"), lvl="SP"),
]

# Non-urgent transports (dialysis, oncology, palliative, rehab)
CHRONIC = [
    dict(k="dialysis", band="ae", dx=("IRC terminale, hémodialyse", "ESRD on haemodialysis"),
         meds=[("sévélamer 800 mg TID", "sevelamer 800 mg TID"), ("darbépoétine 40 mcg/sem", "darbepoetin 40 mcg weekly")],
         labs=[("K 5,9 ce matin", "K 5.9 this morning"), ("Hb 94", "Hb 94")],
         svc=("unité d'hémodialyse", "haemodialysis unit")),
    dict(k="chemo", band="ae", dx=("adénocarcinome pulmonaire métastatique", "metastatic lung adenocarcinoma"),
         meds=[("dexaméthasone 4 mg BID", "dexamethasone 4 mg BID"), ("hydromorphone 2 mg PO q4h PRN", "hydromorphone 2 mg PO q4h PRN")],
         labs=[("neutrophiles 1,6", "ANC 1.6")],
         svc=("radio-oncologie", "radiation oncology")),
    dict(k="palliative", band="ae", dx=("néoplasie pancréatique, soins palliatifs", "pancreatic cancer, palliative care"),
         meds=[("hydromorphone SC par pompe 0,8 mg/h", "hydromorphone SC pump 0.8 mg/h"), ("midazolam 1 mg SC PRN", "midazolam 1 mg SC PRN")],
         labs=[("bilirubine 88", "bilirubin 88")],
         svc=("retour à domicile, soins palliatifs", "return home, palliative care")),
    dict(k="rehab", band="ae", dx=("AVC hémorragique, hémiplégie G", "haemorrhagic stroke, L hemiplegia"),
         meds=[("amlodipine 10 mg die", "amlodipine 10 mg daily"), ("atorvastatine 40 mg", "atorvastatin 40 mg")],
         labs=[("créat 104", "creat 104")],
         svc=("réadaptation fonctionnelle intensive", "inpatient rehabilitation")),
    dict(k="ortho_fu", band="ace", dx=("fracture plateau tibial opérée", "surgically fixed tibial plateau fracture"),
         meds=[("énoxaparine 40 mg SC die", "enoxaparin 40 mg SC daily")],
         labs=[("Hb 112", "Hb 112")],
         svc=("clinique d'orthopédie (contrôle)", "orthopaedic clinic (follow-up)")),
    dict(k="peds_cardio", band="bc", dx=("cardiopathie congénitale (tétralogie de Fallot opérée)", "repaired tetralogy of Fallot"),
         meds=[("propranolol 1 mg/kg BID", "propranolol 1 mg/kg BID")],
         labs=[("sat 94 % AA", "SpO2 94% RA")],
         svc=("cardiologie pédiatrique", "paediatric cardiology")),
]


def band_of(age):
    if age < 2:
        return "b"
    if age < 16:
        return "c"
    if age < 75:
        return "a"
    return "e"


def pick_scenario(rng, p, when, pool=None):
    pool = pool or S
    b = band_of(age_at(p.dob, when))
    cands = [s for s in pool if b in s["band"] and (s.get("sex") is None or s.get("sex") == p.sex)]
    return rng.choice(cands)


def L(pair, lang):
    return pair[0] if lang == "fr" else pair[1]


def vitals(rng, lang, scn=None):
    hr = rng.randint(58, 128)
    sys_ = rng.randint(86, 178)
    dia = rng.randint(48, 104)
    rr = rng.randint(12, 30)
    sat = rng.randint(86, 99)
    if lang == "fr":
        return "FC %d, TA %d/%d, FR %d, SpO2 %d %%" % (hr, sys_, dia, rr, sat)
    return "HR %d, BP %d/%d, RR %d, SpO2 %d%%" % (hr, sys_, dia, rr, sat)


# What a paramedic crew actually gives on scene / en route, by scenario
PRE = {
    "stemi": [("AAS 320 mg PO", "ASA 320 mg PO"), ("nitro 0,4 mg SL", "NTG 0.4 mg SL")],
    "nstemi": [("AAS 160 mg PO", "ASA 160 mg PO"), ("nitro 0,4 mg SL", "NTG 0.4 mg SL")],
    "stroke": [("O2 2 L LN, glycémie capillaire 7,0", "O2 2 L NC, capillary glucose 7.0")],
    "hsa": [("ondansétron 4 mg IV", "ondansetron 4 mg IV")],
    "dissection": [("fentanyl 50 mcg IV", "fentanyl 50 mcg IV")],
    "sepsis": [("NaCl 0,9 % 1 L IV", "NS 1 L IV")],
    "hip": [("fentanyl 50 mcg IN", "fentanyl 50 mcg IN")],
    "ugib": [("NaCl 0,9 % 500 mL IV", "NS 500 mL IV")],
    "copd": [("salbutamol 5 mg + ipratropium 0,5 mg en nébulisation", "salbutamol 5 mg + ipratropium 0.5 mg neb"), ("CPAP 7,5 cm H2O", "CPAP 7.5 cm H2O")],
    "trauma": [("acide tranexamique 1 g IV", "TXA 1 g IV"), ("ceinture pelvienne", "pelvic binder")],
    "pe": [("O2 15 L masque haute concentration", "O2 15 L NRB")],
    "burn": [("fentanyl 1,5 mcg/kg IN", "fentanyl 1.5 mcg/kg IN")],
    "chf": [("nitro 0,4 mg SL x3", "NTG 0.4 mg SL x3"), ("CPAP 10 cm H2O", "CPAP 10 cm H2O")],
    "delirium": [("aucun médicament, surveillance", "no medication, monitoring")],
    "dka": [("NaCl 0,9 % 10 mL/kg IV", "NS 10 mL/kg IV")],
    "bronchiolitis": [("O2 par lunettes nasales 1 L", "O2 via nasal cannula 1 L")],
    "seizure": [("midazolam 0,2 mg/kg IN", "midazolam 0.2 mg/kg IN")],
    "asthma": [("salbutamol 5 mg + ipratropium 250 mcg en nébulisation x3", "salbutamol 5 mg + ipratropium 250 mcg neb x3")],
    "supracond": [("fentanyl 1,5 mcg/kg IN", "fentanyl 1.5 mcg/kg IN"), ("attelle", "splint")],
    "appy": [("ondansétron 0,1 mg/kg IV", "ondansetron 0.1 mg/kg IV")],
    "preeclampsia": [("décubitus latéral gauche, O2", "left lateral position, O2")],
    "overdose": [("naloxone 0,4 mg IN puis 0,4 mg IM", "naloxone 0.4 mg IN then 0.4 mg IM")],
    "hypogly": [("glucagon 1 mg IM", "glucagon 1 mg IM")],
}
