"""Helpers shared by the message templates: context, spec skeletons, clinical vocabulary."""
import datetime as _dt

import gen_common as C


class Ctx:
    def __init__(self, rng, people, lang, when, idx):
        self.rng = rng
        self.people = people
        self.lang = lang
        self.when = when          # datetime of the message
        self.idx = idx

    def day(self, delta):
        return (self.when + _dt.timedelta(days=delta)).date()

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


def spec(ctx, cat, note):
    return {"lang": ctx.lang, "cat": cat, "note": note, "types": set(), "nams": [], "ids": [],
            "attachments": [], "cc": [], "blocks": [], "force": {}}


def sender(sp, st):
    sp["from"] = (st["display"], st["addr"])


def add_to(sp, *people):
    for p in people:
        if isinstance(p, dict):
            sp["to"] = sp.get("to", []) + [(p["display"], p["addr"])]
        else:
            sp["to"] = sp.get("to", []) + [p]


def add_cc(sp, *people):
    for p in people:
        if isinstance(p, dict):
            sp["cc"].append((p["display"], p["addr"]))
        else:
            sp["cc"].append(p)


def holder_ident(ctx, sp, h, style="kv", allow_fw=True):
    """Identity of a NAM holder: name, birth date, sex and NAM (all four, always)."""
    rng, lang = ctx.rng, ctx.lang
    sp["nams"].append(h)
    sp["types"] |= {"patient_name", "date_of_birth", "ramq_nam"}
    name = C.name_form(h, rng, lang, ["full", "upper_comma", "comma", "title"])
    dob = C.fmt_dob(h["dob"], rng, lang)
    nam = C.fmt_nam(h["nam"], rng, allow_fw)
    if lang == "fr":
        kv = [("Nom", name), ("Date de naissance", dob), ("Sexe", h["sex"]), ("NAM", nam)]
    else:
        kv = [("Name", name), ("DOB", dob), ("Sex", h["sex"]), ("RAMQ no.", nam)]
    if style == "kv":
        return kv
    if lang == "fr":
        return f"{name} (DDN {dob}, sexe {h['sex']}, NAM {nam})"
    return f"{name} (DOB {dob}, sex {h['sex']}, RAMQ {nam})"


def mrn_text(ctx, sp):
    mrn = C.make_mrn(ctx.rng)
    sp["types"].add("mrn")
    return C.mrn_label(ctx.rng, ctx.lang), C.fmt_mrn(mrn, ctx.rng, ctx.lang)


def contact_phone(ctx, sp):
    sp["types"].add("patient_contact")
    return C.phone_fmt(ctx.rng)


def contact_addr(ctx, sp):
    sp["types"].add("patient_contact")
    return C.home_address(ctx.rng, ctx.lang)


def subject_code(ctx, site=None):
    site = site or ctx.pick(["014", "022", "031", "007"])
    return f"{site}-{ctx.rng.randint(1, 60):04d}"


def fname_part(s):
    """File-name-safe surname (keeps accents, as real users do)."""
    return s.replace(" ", "_").replace("'", "")


# ---------------------------------------------------------------- clinical vocab
# per therapeutic area: condition, AEs, labs, concomitant meds, investigational product
AREA = {
    "cardio": {
        "proto": "VLP-2207",
        "dx": ("insuffisance cardiaque à FE préservée", "heart failure with preserved EF"),
        "ae": [("décompensation cardiaque avec OAP", "acute decompensated heart failure with pulmonary oedema"),
               ("hypotension orthostatique avec chute", "orthostatic hypotension with a fall"),
               ("insuffisance rénale aiguë", "acute kidney injury"),
               ("fibrillation auriculaire rapide", "atrial fibrillation with rapid ventricular response")],
        "lab": [("NT-proBNP 4 210 ng/L", "NT-proBNP 4210 ng/L"), ("créatinine 212 µmol/L", "creatinine 212 umol/L"),
                ("K+ 5,9 mmol/L", "K 5.9 mmol/L"), ("DFGe 31 mL/min", "eGFR 31 mL/min"),
                ("Na 128 mmol/L", "Na 128 mmol/L")],
        "med": [("furosémide 40 mg DIE", "furosemide 40 mg daily"), ("bisoprolol 5 mg DIE", "bisoprolol 5 mg daily"),
                ("apixaban 5 mg BID", "apixaban 5 mg BID"), ("spironolactone 25 mg DIE", "spironolactone 25 mg daily"),
                ("Lasix 80 mg IV", "Lasix 80 mg IV")],
        "ip": ("dapagliflozine 10 mg ou placebo", "dapagliflozin 10 mg or placebo"),
    },
    "pneumo": {
        "proto": "NFC-0341",
        "dx": ("MPOC modérée à sévère", "moderate-to-severe COPD"),
        "ae": [("exacerbation de MPOC nécessitant une hospitalisation", "COPD exacerbation requiring admission"),
               ("pneumonie lobaire inférieure droite", "right lower lobe pneumonia"),
               ("candidose buccale", "oral candidiasis"),
               ("palpitations et tachycardie sinusale", "palpitations with sinus tachycardia")],
        "lab": [("VEMS 0,98 L (38 % prédit)", "FEV1 0.98 L (38% predicted)"), ("éosinophiles 0,42 x 10^9/L", "eosinophils 0.42 x10^9/L"),
                ("gaz veineux pH 7,31, pCO2 58", "VBG pH 7.31, pCO2 58"), ("CRP 86 mg/L", "CRP 86 mg/L")],
        "med": [("prednisone 40 mg x 5 jours", "prednisone 40 mg x 5 days"), ("Symbicort 200/6 2 inh BID", "Symbicort 200/6 2 puffs BID"),
                ("salbutamol PRN", "salbutamol PRN"), ("azithromycine 250 mg DIE", "azithromycin 250 mg daily"),
                ("amoxicilline-clavulanate 875 mg BID", "amoxicillin-clavulanate 875 mg BID")],
        "ip": ("inhalateur à l'étude (triple association, à l'insu)", "blinded study inhaler (triple therapy)"),
    },
    "onco": {
        "proto": "ARX-118",
        "dx": ("adénocarcinome pulmonaire stade IV, KRAS G12C muté", "stage IV lung adenocarcinoma, KRAS G12C mutated"),
        "ae": [("hépatite immuno-médiée grade 3", "grade 3 hepatitis"),
               ("diarrhée grade 3 avec déshydratation", "grade 3 diarrhoea with dehydration"),
               ("pneumonite grade 2", "grade 2 pneumonitis"),
               ("neutropénie fébrile", "febrile neutropenia")],
        "lab": [("ALT 187 U/L (4,2 x LSN)", "ALT 187 U/L (4.2 x ULN)"), ("neutrophiles 0,6 x 10^9/L", "ANC 0.6 x10^9/L"),
                ("bilirubine 41 µmol/L", "bilirubin 41 umol/L"), ("Hb 79 g/L", "Hb 79 g/L")],
        "med": [("dexaméthasone 4 mg BID", "dexamethasone 4 mg BID"), ("lopéramide 2 mg PRN", "loperamide 2 mg PRN"),
                ("ondansétron 8 mg q8h", "ondansetron 8 mg q8h"), ("pantoprazole 40 mg DIE", "pantoprazole 40 mg daily")],
        "ip": ("ARX-118 960 mg DIE", "ARX-118 960 mg once daily"),
    },
    "endo": {
        "proto": "TLM-505",
        "dx": ("diabète de type 2 avec IRC stade 3", "type 2 diabetes with stage 3 CKD"),
        "ae": [("hypoglycémie sévère avec appel ambulancier", "severe hypoglycaemia requiring EMS"),
               ("pancréatite aiguë", "acute pancreatitis"),
               ("nausées et vomissements persistants", "persistent nausea and vomiting"),
               ("cholécystite aiguë", "acute cholecystitis")],
        "lab": [("HbA1c 9,8 %", "HbA1c 9.8%"), ("glycémie 2,8 mmol/L", "glucose 2.8 mmol/L"),
                ("lipase 612 U/L", "lipase 612 U/L"), ("DFGe 38 mL/min/1,73 m2", "eGFR 38 mL/min/1.73m2"),
                ("RAC 46 mg/mmol", "ACR 46 mg/mmol")],
        "med": [("metformine 500 mg BID", "metformin 500 mg BID"), ("gliclazide MR 60 mg DIE", "gliclazide MR 60 mg daily"),
                ("insuline glargine 22 U HS", "insulin glargine 22 units HS"), ("Jardiance 10 mg", "Jardiance 10 mg"),
                ("ramipril 10 mg DIE", "ramipril 10 mg daily")],
        "ip": ("sémaglutide oral 14 mg ou placebo", "oral semaglutide 14 mg or placebo"),
    },
    "hem": {
        "proto": "HEM-760",
        "dx": ("arthroplastie totale du genou droit", "right total knee arthroplasty"),
        "ae": [("hémorragie digestive haute", "upper GI bleed"),
               ("hématome de la plaie opératoire", "wound haematoma"),
               ("TVP poplitée gauche", "left popliteal DVT"),
               ("éruption maculopapuleuse diffuse", "diffuse maculopapular rash")],
        "lab": [("Hb 68 g/L", "Hb 68 g/L"), ("plaquettes 92 x 10^9/L", "platelets 92 x10^9/L"),
                ("INR 1,4", "INR 1.4"), ("D-dimères 3,8 mg/L", "D-dimer 3.8 mg/L")],
        "med": [("acétaminophène 1 g QID", "acetaminophen 1 g QID"), ("hydromorphone 1 mg q4h PRN", "hydromorphone 1 mg q4h PRN"),
                ("pantoprazole IV 80 mg", "pantoprazole IV 80 mg"), ("célécoxib 200 mg DIE", "celecoxib 200 mg daily")],
        "ip": ("inhibiteur du facteur XI à l'étude (dose à l'insu)", "blinded factor XI inhibitor"),
    },
}
AREAS_ADULT = ["cardio", "pneumo", "onco", "endo", "hem"]
SYMPTOM = {"cardio": ("des étourdissements quand je me lève", "dizzy spells when I stand up"),
           "pneumo": ("des palpitations et le cœur qui bat vite", "a racing heart and palpitations"),
           "onco": ("de la diarrhée 6-7 fois par jour", "diarrhoea six or seven times a day"),
           "endo": ("des nausées et je vomis après les repas", "nausea and vomiting after meals"),
           "hem": ("des saignements de nez et des bleus partout", "nosebleeds and bruises everywhere")}
DX_POSS_FR = {"cardio": ("mon insuffisance cardiaque", "son insuffisance cardiaque"),
              "pneumo": ("ma MPOC", "sa MPOC"), "onco": ("mon cancer", "son cancer du poumon"),
              "endo": ("mon diabète", "son diabète et sa maladie rénale"), "hem": ("mon genou", "sa prothèse de genou")}


def dx_poss(key, first_person=False):
    return DX_POSS_FR[key][0 if first_person else 1]


def area(ctx, key=None):
    key = key or ctx.pick(AREAS_ADULT)
    a = AREA[key]
    L = 0 if ctx.lang == "fr" else 1
    return {
        "key": key, "proto": a["proto"], "dx": a["dx"][L],
        "ae": ctx.pick(a["ae"])[L],
        "labs": [x[L] for x in ctx.rng.sample(a["lab"], 2)],
        "meds": [x[L] for x in ctx.rng.sample(a["med"], 2)],
        "ip": a["ip"][L],
    }


PI = {"cardio": ("Olivier", "Provencher", "Hannah", "Lindgren"),
      "pneumo": ("Rémi", "Gosselin", "Ian", "Whitaker"),
      "onco": ("Hélène", "Vachon", "Rachel", "Goldstein"),
      "endo": ("Marie-Claude", "Tessier", "Tariq", "Siddiqui"),
      "hem": ("Samuel", "Lacasse", "Tariq", "Siddiqui")}


def pi_of(ctx, key):
    g1, s1, g2, s2 = PI.get(key, PI["cardio"])
    if ctx.lang == "fr":
        g, s = g1, s1
        t = "Dre" if g in ("Hélène", "Marie-Claude") else "Dr"
    else:
        g, s = g2, s2
        t = "Dr."
    if ctx.lang == "fr":
        role = "chercheuse principale" if t == "Dre" else "chercheur principal"
    else:
        role = "principal investigator"
    return {"given": g, "surname": s, "title": t, "display": f"{g} {s}",
            "addr": C.addr_of(g, s), "role": role}


def cap(s):
    return s[:1].upper() + s[1:]


def pron(p, lang):
    """Subject pronoun matching the listed sex."""
    if lang == "fr":
        return "elle" if p["sex"] == "F" else "il"
    return "she" if p["sex"] == "F" else "he"


def poss(p):
    return "her" if p["sex"] == "F" else "his"


BELGIAN = [("Amélie", "Vandenbroucke", "F"), ("Jonas", "Peeters", "M"), ("Lotte", "Janssens", "F"),
           ("Thibaut", "Dewulf", "M"), ("Céline", "Lambrechts", "F"), ("Maarten", "De Smet", "M")]
FRENCH = [("Théo", "Garnier", "M"), ("Inès", "Marchand", "F"), ("Clément", "Roussel", "M"),
          ("Lucas", "Perrot", "M"), ("Camille", "Faure", "F"), ("Juliette", "Besnard", "F")]


def foreign_person(ctx, pool, min_age=22, max_age=70):
    g, s, sex = ctx.pick(pool)
    age = ctx.rng.randint(min_age, max_age)
    dob = _dt.date(2024 - age, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    return {"given": g, "surname": s, "sex": sex, "dob": dob, "nam": None, "kind": "foreign",
            "title_fr": "Mme" if sex == "F" else "M.", "title_en": "Ms." if sex == "F" else "Mr."}


SPONSOR_PV = ("Pharmacovigilance VelaPharm", "drugsafety@velapharm.example")
CRO_CRA = ("Laura Chambers", "laura.chambers@northfield-cro.example")
CER = ("Comité d'éthique de la recherche", "cer@rive-boreale.example")
ARCHIVES = ("Archives médicales HSE", "archives.hse@rive-boreale.example")
PHARM_RECH = ("Pharmacie - recherche clinique", "pharmacie.recherche@rive-boreale.example")
URC_BOX = ("URC - secrétariat", "urc@rive-boreale.example")


# ---------------------------------------------------------------- reply wrapper

REPLY_FR = ["Merci, c'est noté.", "Parfait, je m'en occupe ce matin.", "Reçu, merci. Je regarde ça et je te reviens.",
            "Ok pour moi.", "Merci! Je fais suivre au besoin.", "Bien reçu. On en reparle à la réunion de jeudi."]
REPLY_EN = ["Thanks, noted.", "Got it - will take care of it today.", "Thanks. I'll check and get back to you.",
            "OK with me.", "Received, thank you.", "Thanks - let's discuss at Thursday's huddle."]


def _is_person(display, addr):
    """A named individual whose address is given.surname@..."""
    if not display:
        return False
    words = [w for w in display.replace('"', "").split() if w not in ("Dr", "Dre", "Dr.")]
    if len(words) < 2:
        return False
    local = addr.split("@")[0]
    return C.addr_of(words[0], " ".join(words[1:])).split("@")[0] == local


def make_reply(ctx, sp):
    """Turn a message into a reply that quotes it (content kept verbatim in the quote)."""
    r, lang = ctx.rng, ctx.lang
    orig_from, orig_to = sp["from"], sp["to"][0]
    if _is_person(orig_to[0], orig_to[1]):
        new_from = orig_to
        given = [w for w in orig_to[0].split() if w not in ("Dr", "Dre", "Dr.")][0]
    else:
        st = C.staff(r, lang)
        new_from = (st["display"], st["addr"])
        given = st["given"]
    if new_from[1] == orig_from[1]:
        return sp
    sent = ctx.when - _dt.timedelta(hours=r.randint(1, 26), minutes=r.randint(0, 59))
    text = r.choice(REPLY_FR if lang == "fr" else REPLY_EN)
    if r.random() < 0.5:
        if lang == "fr":
            attrib = f"Le {C.fmt_date(sent.date(), 'fr')} à {sent.strftime('%H:%M')}, {orig_from[0]} <{orig_from[1]}> a écrit :"
        else:
            attrib = f"On {C.fmt_date(sent.date(), 'en')} at {sent.strftime('%H:%M')}, {orig_from[0]} <{orig_from[1]}> wrote:"
        quoted = ("quote", attrib, sp["blocks"])
    else:
        if lang == "fr":
            hdr = [("De :", f"{orig_from[0]} <{orig_from[1]}>"),
                   ("Envoyé :", f"{C.fmt_date(sent.date(), 'fr')} {sent.strftime('%H:%M')}"),
                   ("À :", orig_to[0] or orig_to[1]), ("Objet :", sp["subject"])]
            quoted = ("fwd", "________________________________", hdr, sp["blocks"])
        else:
            hdr = [("From:", f"{orig_from[0]} <{orig_from[1]}>"),
                   ("Sent:", f"{C.fmt_date(sent.date(), 'en')} {sent.strftime('%H:%M')}"),
                   ("To:", orig_to[0] or orig_to[1]), ("Subject:", sp["subject"])]
            quoted = ("fwd", "________________________________", hdr, sp["blocks"])
    sp["blocks"] = [text, given, quoted]
    sp["to"] = [orig_from]
    sp["from"] = new_from
    prefix = r.choice(["RE: ", "RE : ", "Re: "]) if lang == "fr" else r.choice(["RE: ", "Re: "])
    if not sp["subject"].upper().startswith(("RE:", "RE :", "TR:", "FW:")):
        sp["subject"] = prefix + sp["subject"]
    sp["in_reply_to"] = C.message_id(r)
    sp["replied"] = True
    return sp
