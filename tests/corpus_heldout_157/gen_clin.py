"""Clinical scenarios, the shared context and patient identification blocks."""
import datetime

from gen_common import (DOM, INST, ORG_EN, ORG_FR, People, Spec, d_en, d_fr, dob_str, fmt_mrn,
                        fmt_nam, fmt_name, home_address, phone_styled, signature)

# key, destination, age range, sex, fr/en diagnosis, fr/en meds, fr/en labs, vitals
SCENARIOS = [
    dict(key='stemi', dest='card', ages=(48, 88), sex=None,
         fr="STEMI inférieur avec atteinte du VD", en="inferior STEMI with RV involvement",
         mfr="AAS 325 mg PO, ticagrelor 180 mg PO, héparine 4000 U IV", men="ASA 325 mg PO, ticagrelor 180 mg PO, heparin 4000 U IV",
         lfr="Tropo hs 1840 ng/L, K 4,1, créat 98", len="hs-troponin 1840 ng/L, K 4.1, creat 98",
         vit="TA 92/60, FC 54, SpO2 95 % AA"),
    dict(key='stroke', dest='neuro', ages=(55, 90), sex=None,
         fr="AVC ischémique aigu, occlusion M1 gauche, NIHSS 17", en="acute ischemic stroke, L M1 occlusion, NIHSS 17",
         mfr="ténectéplase 0,25 mg/kg IV reçue à 10 h 42", men="tenecteplase 0.25 mg/kg IV given at 10:42",
         lfr="glycémie 7,2, INR 1,0, plaquettes 212", len="glucose 7.2, INR 1.0, platelets 212",
         vit="TA 168/94, FC 88 irrégulier"),
    dict(key='gibleed', dest='chu', ages=(40, 80), sex=None,
         fr="hémorragie digestive haute, varices oesophagiennes probables (cirrhose alcoolique connue)",
         en="upper GI bleed, probable oesophageal varices (known alcoholic cirrhosis)",
         mfr="pantoprazole 80 mg IV puis 8 mg/h, octréotide 50 mcg IV puis 50 mcg/h, ceftriaxone 1 g",
         men="pantoprazole 80 mg IV then 8 mg/h, octreotide 50 mcg bolus then 50 mcg/h, ceftriaxone 1 g",
         lfr="Hb 64 g/L (112 en octobre), plaq 88, INR 1,9", len="Hb 64 g/L (112 in October), plt 88, INR 1.9",
         vit="TA 88/52, FC 124"),
    dict(key='dissection', dest='chu', ages=(45, 80), sex=None,
         fr="dissection aortique de type A au scan", en="type A aortic dissection on CT",
         mfr="labétalol en perfusion, morphine 2,5 mg IV", men="labetalol infusion, morphine 2.5 mg IV",
         lfr="créat 132, lactate 2,8, Hb 118", len="creat 132, lactate 2.8, Hb 118",
         vit="TA 104/70 après labétalol, FC 72"),
    dict(key='trauma', dest='chu', ages=(17, 65), sex='M',
         fr="polytraumatisme (VTT) : fracture du bassin instable, pneumothorax droit drainé",
         en="multi-trauma (ATV rollover): unstable pelvic fracture, R pneumothorax with chest tube",
         mfr="acide tranexamique 1 g IV, fentanyl 50 mcg q10 min, 2 culots O nég", men="tranexamic acid 1 g IV, fentanyl 50 mcg q10min, 2 units O neg",
         lfr="Hb 91, lactate 4,1, INR 1,3", len="Hb 91, lactate 4.1, INR 1.3",
         vit="TA 96/58, FC 118, GCS 14"),
    dict(key='sah', dest='neuro', ages=(35, 75), sex=None,
         fr="hémorragie sous-arachnoïdienne Fisher 3, hydrocéphalie débutante",
         en="subarachnoid haemorrhage Fisher grade 3, early hydrocephalus",
         mfr="nimodipine 60 mg PO q4h, lévétiracétam 1 g IV", men="nimodipine 60 mg PO q4h, levetiracetam 1 g IV",
         lfr="Na 134, INR 1,1", len="Na 134, INR 1.1", vit="TA 150/88, GCS 13"),
    dict(key='peds_sepsis', dest='peds', ages=(1, 9), sex=None,
         fr="choc septique, probable pneumonie lobaire", en="septic shock, probable lobar pneumonia",
         mfr="ceftriaxone 100 mg/kg IV, 3 bolus NS 20 mL/kg, épinéphrine 0,05 mcg/kg/min", men="ceftriaxone 100 mg/kg IV, NS 20 mL/kg x3, epinephrine 0.05 mcg/kg/min",
         lfr="lactate 5,2, GB 23,4, CRP 286", len="lactate 5.2, WBC 23.4, CRP 286", vit="FC 168, TA 74/38"),
    dict(key='dka', dest='peds', ages=(6, 15), sex=None,
         fr="acidocétose diabétique sévère inaugurale", en="severe new-onset diabetic ketoacidosis",
         mfr="insuline régulière IV 0,05 U/kg/h, NS 10 mL/kg", men="regular insulin IV 0.05 U/kg/h, NS 10 mL/kg",
         lfr="pH 6,98, HCO3 4, glycémie 31,5, K 5,6", len="pH 6.98, HCO3 4, glucose 31.5, K 5.6", vit="Kussmaul, GCS 14"),
    dict(key='burn', dest='burn', ages=(20, 70), sex=None,
         fr="brûlures 2e et 3e degré 28 % SCT (feu de chalet), inhalation possible",
         en="2nd/3rd degree burns 28% TBSA (cottage fire), possible inhalation",
         mfr="Ringer lactate selon Parkland, hydromorphone 1 mg IV", men="Ringer's lactate per Parkland, hydromorphone 1 mg IV",
         lfr="carboxyHb 9 %, lactate 3,0", len="carboxyHb 9%, lactate 3.0", vit="SpO2 93 % sous 6 L"),
    dict(key='preterm', dest='chu', ages=(19, 41), sex='F',
         fr="travail préterme à 30+4 semaines, col à 4 cm", en="preterm labour at 30+4 weeks, cervix 4 cm",
         mfr="bétaméthasone 12 mg IM (1re dose 08 h 15), sulfate de magnésium 4 g IV, nifédipine 20 mg",
         men="betamethasone 12 mg IM (1st dose 08:15), magnesium sulfate 4 g IV, nifedipine 20 mg",
         lfr="GBS inconnu, Hb 121", len="GBS unknown, Hb 121", vit="contractions q3 min"),
    dict(key='pe', dest='chu', ages=(30, 85), sex=None,
         fr="embolie pulmonaire bilatérale avec dysfonction VD", en="bilateral pulmonary embolism with RV dysfunction",
         mfr="héparine IV selon nomogramme, norépinéphrine 4 mcg/min", men="IV heparin per nomogram, norepinephrine 4 mcg/min",
         lfr="tropo 210, BNP 1450, lactate 2,4", len="troponin 210, BNP 1450, lactate 2.4", vit="TA 90/60, FC 122, SpO2 88 %"),
    dict(key='renal', dest='cusr', ages=(40, 85), sex=None,
         fr="IRA sur IRC avec hyperkaliémie réfractaire, besoin de dialyse urgente",
         en="AKI on CKD with refractory hyperkalaemia, needs urgent dialysis",
         mfr="gluconate de calcium 3 g, insuline R 10 U + D50, salbutamol nébul.", men="calcium gluconate 3 g, insulin R 10 U + D50, salbutamol neb",
         lfr="K 7,4, créat 612, urée 48, HCO3 12", len="K 7.4, creat 612, urea 48, HCO3 12", vit="ECG : ondes T pointues"),
    dict(key='nstemi', dest='card', ages=(50, 88), sex=None,
         fr="NSTEMI, douleur récidivante malgré traitement", en="NSTEMI with recurrent pain despite therapy",
         mfr="AAS, clopidogrel 300 mg, énoxaparine 1 mg/kg, nitro en perfusion", men="ASA, clopidogrel 300 mg, enoxaparin 1 mg/kg, nitro infusion",
         lfr="tropo 96 -> 412 ng/L", len="troponin 96 -> 412 ng/L", vit="TA 138/80, FC 92"),
]

# Stable patients coming back to the home hospital
REPAT = [
    dict(fr="post-ICP (2 stents IVA), stable", en="post-PCI (2 stents LAD), stable",
         mfr="AAS 80 mg DIE, ticagrelor 90 mg BID, atorvastatine 80 mg", men="ASA 81 mg daily, ticagrelor 90 mg BID, atorvastatin 80 mg"),
    dict(fr="post-thrombectomie M1, hémiparésie droite résiduelle, à réadapter",
         en="post-thrombectomy M1, residual right hemiparesis, for rehab",
         mfr="apixaban 5 mg BID (FA nouvelle), rosuvastatine 20 mg", men="apixaban 5 mg BID (new AF), rosuvastatin 20 mg"),
    dict(fr="J6 post-PAC x3, convalescence", en="POD 6 after CABG x3, convalescence",
         mfr="métoprolol 25 mg BID, furosémide 40 mg DIE, AAS 80 mg", men="metoprolol 25 mg BID, furosemide 40 mg daily, ASA 81 mg"),
    dict(fr="post-CPRE pour cholangite, drain retiré", en="post-ERCP for cholangitis, drain removed",
         mfr="pipéracilline-tazobactam à compléter 3 jours", men="piperacillin-tazobactam to complete 3 days"),
    dict(fr="post-craniotomie pour hématome sous-dural, stable", en="post-craniotomy for subdural haematoma, stable",
         mfr="lévétiracétam 500 mg BID, dexaméthasone en sevrage", men="levetiracetam 500 mg BID, dexamethasone taper"),
    dict(fr="fracture du bassin fixée, MEC partielle", en="pelvic fracture fixed, partial weight bearing",
         mfr="énoxaparine 40 mg SC DIE, hydromorphone 1 mg PO PRN", men="enoxaparin 40 mg SC daily, hydromorphone 1 mg PO PRN"),
    dict(fr="pancréatite nécrosante en amélioration, alimentation par TNJ", en="necrotising pancreatitis improving, NJ feeds",
         mfr="méropénem J10/14, pantoprazole 40 mg", men="meropenem day 10/14, pantoprazole 40 mg"),
]

# Inpatient one-liners for census lists
CENSUS = [
    ("pneumonie, O2 2 L", "pneumonia, O2 2 L"),
    ("MPOC exacerbée", "COPD exacerbation"),
    ("IC décompensée, furosémide IV", "decompensated HF, IV furosemide"),
    ("delirium, chute à domicile", "delirium after fall at home"),
    ("cellulite MID, céfazoline", "L leg cellulitis, cefazolin"),
    ("fx hanche G opérée J2", "L hip fracture, POD 2"),
    ("pyélonéphrite, E. coli", "pyelonephritis, E. coli"),
    ("démence, NSA - attente CHSLD", "dementia, ALC - awaiting LTC bed"),
    ("AVC lacunaire, réadapt.", "lacunar stroke, rehab"),
    ("hyponatrémie Na 121", "hyponatraemia Na 121"),
    ("FA rapide, diltiazem", "rapid AF, diltiazem"),
    ("C. difficile, isolement contact", "C. difficile, contact isolation"),
    ("SARM colonisé, isolement", "MRSA colonised, isolation"),
    ("hémorragie digestive basse, Hb 78", "lower GI bleed, Hb 78"),
    ("occlusion intestinale, TNG", "small bowel obstruction, NG tube"),
    ("soins palliatifs, néo pancréas", "palliative, pancreatic cancer"),
    ("idées suicidaires, garde préventive", "suicidal ideation, preventive detention"),
    ("DKA résolue, transfert étage", "resolved DKA, to ward"),
]

CENSUS_EXTRA = {0: ('medication',), 2: ('medication',), 4: ('medication',), 6: ('lab_result',), 9: ('lab_result',),
                10: ('medication',), 13: ('lab_result',), 16: ('social_information',)}


def census_pick(spec, rng, limit=None):
    """A census one-liner; records diagnosis plus whatever else it reveals."""
    i = rng.randrange(limit or len(CENSUS))
    spec.add('diagnosis', *CENSUS_EXTRA.get(i, ()))
    return CENSUS[i]


BARRIERS = [
    ("attend lit CHSLD", "waiting for LTC bed"),
    ("attend transport ambulancier", "waiting for ambulance"),
    ("attend résultat d'écho", "waiting for echo result"),
    ("congé prévu demain AM", "discharge planned tomorrow AM"),
    ("conjointe hospitalisée, personne à domicile", "spouse hospitalised, nobody at home"),
    ("logement insalubre, TS impliquée", "unsafe housing, SW involved"),
    ("attend rapatriement CHU", "waiting for repatriation"),
    ("attend avis gériatrie", "waiting for geriatrics consult"),
    ("aucun", "none"),
]
SOCIAL_BARRIERS = {4, 5}

UNITS = ["3N", "3S", "4N", "4S", "5N", "USI", "UCC", "Gériatrie", "Psychiatrie", "Chirurgie 2"]


class Ctx:
    def __init__(self, rng, holders):
        self.rng = rng
        self.people = People(rng, holders)
        p = self.people
        self.flow = p.staff('F')         # bed-management coordinator
        self.flow2 = p.staff('M')        # evening coordinator
        self.manager = p.staff('F')      # patient-flow manager
        self.director = p.staff('M')     # director of hospital services
        self.sw = p.staff('F')           # social worker
        self.cct_nurse = p.staff()       # transfer centre nurse
        self.agent = p.staff('F')        # admin agent
        self.seq = 0

    def next(self):
        self.seq += 1
        return self.seq

    def ed_doc(self):
        return self.people.staff()

    def staff(self, sex=None):
        return self.people.staff(sex)


def org(lang):
    return ORG_FR if lang == 'fr' else ORG_EN


def inst(key):
    return INST[key]


def new_spec(category, lang, note):
    return Spec(category, lang, note)


def choose_patient(ctx, scen=None, holder=None, pool=None, age=None):
    """A patient fitting the scenario.  holder=True forces a NAM holder."""
    r = ctx.rng
    ages = scen['ages'] if scen else (20, 92)
    sex = scen['sex'] if scen else None
    if holder is None:
        holder = r.chance(0.32)
    if holder:
        # find a holder fitting age and sex constraints; fall back to plain patient
        ph = ctx.people.holders
        for i in range(len(ph) - 1, -1, -1):
            h = ph[i]
            a = 2025 - h.dob.year
            if ages[0] <= a <= ages[1] and (sex is None or h.sex == sex):
                ph.append(ph.pop(i))
                return ctx.people.holder_patient()
    return ctx.people.patient(sex=sex, age=age or r.randint(*ages), pool=pool)


def name_style(p, rng, allowed=None):
    styles = allowed or ['full', 'title', 'title_full', 'last_first', 'last_first_mixed', 'surname_first',
                         'upper', 'lower', 'lower_rev', 'initial']
    if p.nam:
        styles = [s for s in styles if s in FULL_STYLES] or ['full']
    return rng.pick(styles)


FULL_STYLES = ['full', 'last_first', 'last_first_mixed', 'surname_first', 'upper', 'lower', 'lower_rev']


def pname(spec, p, rng, lang, style=None):
    style = style or name_style(p, rng)
    if p.nam and style not in FULL_STYLES:
        style = rng.pick(FULL_STYLES)
    s = fmt_name(p, style, lang)
    spec.add('patient_name')
    spec.names.append(s)
    return s


def nam_str(spec, p, rng):
    st = rng.pick(['plain', 'plain', 'space', 'space', 'dots', 'dash', 'slash', 'lower', 'odd', 'wide', 'wide_sp'])
    s = fmt_nam(p.nam, st)
    spec.add('ramq_nam')
    spec.ids.append(('ramq_nam', s))
    if p not in spec.holders:
        spec.holders.append(p)
    return s


def mrn_str(spec, p, rng):
    st = rng.pick(['plain', 'plain', 'dash', 'space', 'slash', 'dots', 'prefix', 'wide'])
    s = fmt_mrn(p.mrn, st)
    spec.add('mrn')
    spec.ids.append(('mrn', s))
    return s


def dob_s(spec, p, rng, lang):
    spec.add('date_of_birth')
    return dob_str(p, rng, lang)


def ident(spec, p, rng, lang, layout=None, mrn=None, dob=None, name_style_=None):
    """Identification of a patient as a block or an inline phrase.

    NAM holders always get name, birth date, sex and NAM together."""
    layout = layout or rng.pick(['block', 'inline', 'line'])
    want_mrn = rng.chance(0.65) if mrn is None else mrn
    want_dob = (rng.chance(0.7) if dob is None else dob) or bool(p.nam)
    nm = pname(spec, p, rng, lang, name_style_)
    parts = []
    if want_dob:
        parts.append((("DDN", "Date de naissance", "né(e) le") if lang == 'fr' else ("DOB", "Date of birth", "born"),
                      dob_s(spec, p, rng, lang)))
    if p.nam:
        parts.append((("Sexe", "Sexe", "sexe") if lang == 'fr' else ("Sex", "Sex", "sex"), p.sex))
        parts.append((("NAM", "No d'assurance maladie", "NAM") if lang == 'fr' else ("RAMQ", "Medicare (RAMQ)", "HIN"),
                      nam_str(spec, p, rng)))
    if want_mrn:
        parts.append((("Dossier", "No de dossier", "dossier") if lang == 'fr' else ("MRN", "Chart #", "chart"),
                      mrn_str(spec, p, rng)))
    if layout == 'block':
        lab = rng.randrange(2)
        head = "Nom" if lang == 'fr' else "Name"
        lines = ["%s : %s" % (head, nm) if lang == 'fr' else "%s: %s" % (head, nm)]
        for labels, v in parts:
            lines.append(("%s : %s" if lang == 'fr' else "%s: %s") % (labels[lab], v))
        return "\n".join(lines)
    if layout == 'line':
        return nm + "".join(" | %s %s" % (labels[0], v) for labels, v in parts)
    inner = ", ".join("%s %s" % (labels[2], v) for labels, v in parts)
    return "%s (%s)" % (nm, inner) if inner else nm


def contact(spec, p, rng, lang, addr=True, tel=True):
    out = []
    if tel:
        p.phone = p.phone or phone_styled(rng)
        out.append(("Tél. domicile : %s" if lang == 'fr' else "Home phone: %s") % p.phone)
    if addr:
        p.address = p.address or home_address(rng)
        out.append(("Adresse : %s" if lang == 'fr' else "Address: %s") % p.address)
    spec.add('patient_contact')
    return "\n".join(out)


def sig(ctx, staff, lang, role_fr, role_en, inst_key=None):
    i = INST[inst_key] if inst_key else None
    return signature(staff, lang, role_fr if lang == 'fr' else role_en, ctx.rng, i)


def greet(lang, rng, who=None):
    if lang == 'fr':
        g = rng.pick(["Bonjour", "Bonjour", "Bonsoir", "Allo", "Salut"])
    else:
        g = rng.pick(["Hi", "Hello", "Good morning", "Hi all"])
    return "%s %s," % (g, who) if who else g + ","


def closing(lang, rng):
    if lang == 'fr':
        return rng.pick(["Merci", "Merci beaucoup", "Bonne journée", "Merci de votre collaboration", "Merci!"])
    return rng.pick(["Thanks", "Thank you", "Regards", "Many thanks", "Best"])


def when_str(dt, lang):
    if lang == 'fr':
        return "%s à %d h %02d" % (d_fr(dt.date()), dt.hour, dt.minute)
    return "%s at %02d:%02d" % (d_en(dt.date()), dt.hour, dt.minute)


def day(n):
    return datetime.date(2025, 1, 6) + datetime.timedelta(days=n)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def addr_of(staff, dom=DOM):
    return (staff.full, staff.email(dom))
