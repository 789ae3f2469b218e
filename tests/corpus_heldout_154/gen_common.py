"""Context object and small writing helpers shared by the templates."""
import datetime as dt
import re

import gen_data as D

AREA_LABS = {
    "cardio": [("NT-proBNP", "ng/L", 900, 6400, 0), ("créatinine", "µmol/L", 80, 190, 0),
               ("K+", "mmol/L", 3.4, 6.0, 1), ("FEVG", "%", 18, 35, 0), ("Hb", "g/L", 95, 150, 0)],
    "onco": [("Hb", "g/L", 72, 118, 0), ("neutrophiles", "x10^9/L", 0.3, 1.4, 1),
             ("ALT", "U/L", 60, 310, 0), ("plaquettes", "x10^9/L", 38, 140, 0), ("bili totale", "µmol/L", 14, 58, 0)],
    "peds": [("VEMS", "% prédit", 48, 79, 0), ("éosinophiles", "x10^9/L", 0.3, 1.2, 1),
             ("FeNO", "ppb", 28, 95, 0), ("SpO2", "%", 88, 95, 0)],
    "neuro": [("MMSE", "/30", 18, 26, 0), ("MoCA", "/30", 15, 24, 0), ("plaquettes", "x10^9/L", 140, 320, 0),
              ("INR", "", 0.9, 1.3, 1)],
    "endo": [("HbA1c", "%", 7.6, 11.2, 1), ("glycémie à jeun", "mmol/L", 7.8, 16.4, 1),
             ("créatinine", "µmol/L", 60, 140, 0), ("lipase", "U/L", 80, 640, 0)],
    "nephro": [("DFGe", "mL/min/1,73 m2", 14, 38, 0), ("K+", "mmol/L", 5.2, 6.4, 1),
               ("RAC", "mg/mmol", 30, 260, 0), ("Hb", "g/L", 86, 118, 0)],
}

AREA_MEDS = {
    "cardio": ["sacubitril/valsartan (Entresto) 49/51 mg BID", "bisoprolol 5 mg DIE", "furosémide (Lasix) 40 mg DIE",
               "apixaban (Eliquis) 5 mg BID", "spironolactone 25 mg DIE", "dapagliflozine (Forxiga) 10 mg DIE"],
    "onco": ["carboplatine AUC 5", "pémétrexed 500 mg/m2", "dexaméthasone 4 mg BID", "ondansétron 8 mg q8h PRN",
             "filgrastim (Neupogen) 300 mcg SC", "hydromorphone 1 mg q4h PRN"],
    "peds": ["salbutamol (Ventolin) 100 mcg 2 inh PRN", "fluticasone (Flovent) 125 mcg 2 inh BID",
             "montélukast (Singulair) 5 mg HS", "prednisolone 1 mg/kg x 5 j"],
    "neuro": ["donépézil (Aricept) 10 mg DIE", "mémantine 10 mg BID", "sertraline 50 mg DIE", "quétiapine 12,5 mg HS"],
    "endo": ["metformine 1000 mg BID", "sémaglutide (Ozempic) 1 mg/sem", "insuline glargine (Lantus) 24 U HS",
             "tirzépatide (Mounjaro) 7,5 mg/sem", "empagliflozine (Jardiance) 25 mg DIE"],
    "nephro": ["ramipril 10 mg DIE", "patiromer (Veltassa) 8,4 g DIE", "bicarbonate de sodium 1 g TID",
               "darbépoétine (Aranesp) 40 mcg q2sem", "atorvastatine 40 mg HS"],
}

AREA_SAE = {
    "cardio": [("décompensation cardiaque aiguë", "acute decompensated heart failure"),
               ("fibrillation auriculaire rapide", "atrial fibrillation with rapid ventricular response"),
               ("hyperkaliémie sévère", "severe hyperkalaemia"), ("syncope", "syncope")],
    "onco": [("neutropénie fébrile", "febrile neutropenia"), ("pneumonite de grade 3", "grade 3 pneumonitis"),
             ("embolie pulmonaire", "pulmonary embolism"), ("hépatite immuno-médiée", "immune-mediated hepatitis")],
    "peds": [("crise d'asthme sévère", "severe asthma exacerbation"), ("pneumonie", "pneumonia"),
             ("réaction anaphylactique", "anaphylactic reaction")],
    "neuro": [("ARIA-E symptomatique", "symptomatic ARIA-E"), ("chute avec fracture de la hanche", "fall with hip fracture"),
              ("réaction à la perfusion", "infusion-related reaction"), ("délirium", "delirium")],
    "endo": [("pancréatite aiguë", "acute pancreatitis"), ("hypoglycémie sévère", "severe hypoglycaemia"),
             ("cholécystite", "cholecystitis")],
    "nephro": [("hyperkaliémie à 6,6", "hyperkalaemia at 6.6"), ("insuffisance rénale aiguë", "acute kidney injury"),
               ("œdème pulmonaire", "pulmonary oedema")],
}

EN_LAB = {"créatinine": "creatinine", "neutrophiles": "neutrophils", "plaquettes": "platelets",
          "bili totale": "total bilirubin", "éosinophiles": "eosinophils", "glycémie à jeun": "fasting glucose",
          "DFGe": "eGFR", "RAC": "ACR", "VEMS": "FEV1", "FEVG": "LVEF"}


def en_unit(u):
    return u.replace("% prédit", "% predicted").replace("1,73", "1.73")


class Ctx:
    def __init__(self, rng, lang, bank, idx, date):
        self.rng, self.lang, self.bank, self.idx, self.date = rng, lang, bank, idx, date
        self.types = set()
        self.ids = {}
        self.nam_people = []
        self.features = set()

    # language pick
    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def trial(self, area=None):
        ts = [t for t in D.TRIALS if area is None or t["area"] == area]
        return self.rng.choice(ts)

    def pi(self, t):
        return D.DOCTORS[t["pi"]]

    def dx(self, t):
        self.types.add("diagnosis")
        return t["dx_fr"] if self.lang == "fr" else t["dx_en"]

    # names ------------------------------------------------------------
    def name(self, p, style=None, title=False):
        self.types.add("patient_name")
        st = self.rng.randrange(9) if style is None else style
        t = (p.title(self.lang) + " ") if title else ""
        return {
            0: f"{t}{p.given} {p.surname}",
            1: f"{p.surname.upper()}, {p.given}",
            2: f"{p.given.lower()} {p.surname.lower()}",
            3: f"{t}{p.given[0]}. {p.surname}",
            4: f"{p.surname} {p.given}",
            5: f"{p.given} {p.surname.upper()}",
            6: f"{p.title(self.lang)} {p.surname}",
            7: f"{p.surname.upper()} {p.given}",
            8: f"{p.surname}, {p.given}",
        }[st]

    def dob(self, p, style=None):
        self.types.add("date_of_birth")
        return D.fmt_date(p.dob, self.lang, self.rng.randrange(6) if style is None else style)

    def nam(self, p, style=None):
        assert p.nam
        self.types.add("ramq_nam")
        self.ids.setdefault("ramq_nam", []).append(p.nam)
        if p not in self.nam_people:
            self.nam_people.append(p)
        return D.fmt_nam(p.nam, self.rng.randrange(9) if style is None else style)

    def mrn(self, p, style=None):
        self.types.add("mrn")
        self.ids.setdefault("mrn", []).append(p.mrn)
        return D.fmt_mrn(p.mrn, self.rng.randrange(7) if style is None else style)

    def sin(self, p):
        if not p.sin:
            p.sin = D.make_sin(self.rng)
        self.types.add("ca_sin")
        self.ids.setdefault("ca_sin", []).append(p.sin)
        return D.fmt_sin(p.sin, self.rng.randrange(5))

    def ohip(self, p):
        if not p.ohip:
            p.ohip = D.make_ohip(self.rng)
        self.types.add("ca_health_number")
        self.ids.setdefault("ca_health_number", []).append(p.ohip)
        return D.fmt_ohip(p.ohip, self.rng.randrange(4), self.pick(["AB", "KT", "XM", "RC"]))

    def niss(self, p):
        if not p.niss:
            p.niss = D.make_niss(self.rng, p.dob, p.sex)
        self.types.add("be_niss")
        self.ids.setdefault("be_niss", []).append(p.niss)
        return D.fmt_niss(p.niss, self.rng.randrange(3))

    def nir(self, p):
        if not p.nir:
            p.nir = D.make_nir(self.rng, p.dob, p.sex)
        self.types.add("fr_nir")
        self.ids.setdefault("fr_nir", []).append(p.nir)
        return D.fmt_nir(p.nir, self.rng.randrange(3))

    def contact_phone(self, p):
        self.types.add("patient_contact")
        return p.phone

    def contact_addr(self, p, one_line=True):
        self.types.add("patient_contact")
        return f"{p.street}, {p.city} {p.postal}" if one_line else f"{p.street}\n{p.city}  {p.postal}"

    # clinical bits -------------------------------------------------------
    def lab(self, area, n=1):
        self.types.add("lab_result")
        labs = self.rng.sample(AREA_LABS[area], n)
        out = []
        for name, unit, lo, hi, dec in labs:
            v = self.rng.uniform(lo, hi)
            val = f"{v:.{dec}f}"
            sep = "" if unit.startswith("/") else " "
            if self.lang == "fr":
                val = val.replace(".", ",")
                out.append(f"{name} {val}{sep}{unit}".strip())
            else:
                out.append(f"{EN_LAB.get(name, name)} {val}{sep}{en_unit(unit)}".strip())
        return out

    def meds(self, area, n=1):
        self.types.add("medication")
        ms = self.rng.sample(AREA_MEDS[area], n)
        if self.lang == "en":
            ms = [m.replace("DIE", "daily").replace(" j", " d").replace("furosémide", "furosemide")
                  .replace("dexaméthasone", "dexamethasone").replace("ondansétron", "ondansetron")
                  .replace("pémétrexed", "pemetrexed").replace("carboplatine", "carboplatin")
                  .replace("donépézil", "donepezil").replace("mémantine", "memantine")
                  .replace("quétiapine", "quetiapine").replace("metformine", "metformin")
                  .replace("sémaglutide", "semaglutide").replace("tirzépatide", "tirzepatide")
                  .replace("insuline", "insulin").replace("montélukast", "montelukast")
                  .replace("darbépoétine", "darbepoetin").replace("bicarbonate de sodium", "sodium bicarbonate")
                  .replace("atorvastatine", "atorvastatin").replace("dapagliflozine", "dapagliflozin")
                  .replace("empagliflozine", "empagliflozin").replace("TID", "TID").replace("/sem", "/wk")
                  .replace("q2sem", "q2wk") for m in ms]
            ms = [re.sub(r"(\d),(\d)", r"\1.\2", m) for m in ms]
        return ms

    def sae(self, area):
        self.types.add("diagnosis")
        fr, en = self.rng.choice(AREA_SAE[area])
        return fr if self.lang == "fr" else en

    def future(self, lo=2, hi=30):
        return self.date.date() + dt.timedelta(days=self.rng.randrange(lo, hi))

    def past(self, lo=1, hi=10):
        return self.date.date() - dt.timedelta(days=self.rng.randrange(lo, hi))

    def d(self, day, style=None):
        return D.fmt_date(day, self.lang, self.rng.randrange(6) if style is None else style)

    def subj_id(self, t):
        return f"{self.rng.choice(['014', '021', '103', '0142'])}-{self.rng.randrange(1, 60):03d}"

    def hello(self, who=None):
        if self.lang == "fr":
            if who:
                return self.pick([f"Bonjour {who},", f"Salut {who},", f"Bonjour {who},"])
            return self.pick(["Bonjour,", "Bonjour à tous,", "Bonjour à vous,"])
        if who:
            return self.pick([f"Hi {who},", f"Hello {who},", f"Good morning {who},"])
        return self.pick(["Hi,", "Hello,", "Good morning,"])

    def bye(self):
        return self.pick(["Merci,", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci à l'avance,"]) \
            if self.lang == "fr" else self.pick(["Thanks,", "Thank you,", "Best regards,", "Regards,", "Cheers,"])


def quote(text, who, when, lang):
    head = (f"Le {when}, {who} a écrit :" if lang == "fr" else f"On {when}, {who} wrote:")
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def fwd_block(text, frm, to, date, subject, lang):
    if lang == "fr":
        head = ["---------- Message transféré ---------", f"De : {frm}", f"Date : {date}",
                f"Objet : {subject}", f"À : {to}"]
    else:
        head = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {date}",
                f"Subject: {subject}", f"To: {to}"]
    return "\n".join(head) + "\n\n" + text


def staff_line(s, lang):
    return f"{s[0]} {s[1]} <{s[5]}@{D.ORG['dom']}>"


def _patient(self, need_nam=False, child=False):
    if need_nam or self.rng.random() < 0.45:
        return self.bank.take_nam(child)
    return self.bank.take_other(child)


MIN_AGE = {"neuro": 55, "onco": 35, "cardio": 35, "nephro": 30, "endo": 18}


def fits(t, p, bank):
    if t["area"] == "peds":
        return bank.is_child(p)
    return not bank.is_child(p) and p.age() >= MIN_AGE[t["area"]]


def _trial_for(self, p):
    if self.bank.is_child(p):
        return [t for t in D.TRIALS if t["area"] == "peds"][0]
    return self.rng.choice([t for t in D.TRIALS if t["area"] != "peds" and fits(t, p, self.bank)])


def _patient_for(self, t, need_nam=False):
    for _ in range(200):
        p = self.bank.take_nam(t["area"] == "peds") if need_nam else self.patient(child=t["area"] == "peds")
        if fits(t, p, self.bank):
            return p
    raise RuntimeError("no fitting patient")


Ctx.patient = _patient
Ctx.trial_for = _trial_for
Ctx.patient_for = _patient_for
