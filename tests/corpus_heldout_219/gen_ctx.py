"""Per-message context: seeded RNG, invented people, renderers that record finding types."""
import datetime as _dt
import random

import gen_data as D

# --------------------------------------------------------------------------- clinical vocabulary
DX_HF = [
    ("insuffisance cardiaque à FE réduite (ICFEr), cardiomyopathie ischémique",
     "HFrEF, ischemic cardiomyopathy"),
    ("cardiomyopathie dilatée non ischémique", "non-ischemic dilated cardiomyopathy"),
    ("ICFEp sur HTA de longue date", "HFpEF on long-standing hypertension"),
    ("amylose cardiaque à transthyrétine (ATTR-wt)", "wild-type transthyretin cardiac amyloidosis"),
    ("IC décompensée, classe NYHA III", "decompensated heart failure, NYHA class III"),
    ("ICFEr post-IM antérieur", "HFrEF after anterior MI"),
    ("sténose aortique sévère, TAVI en attente", "severe aortic stenosis awaiting TAVI"),
    ("cardiomyopathie hypertrophique obstructive", "hypertrophic obstructive cardiomyopathy"),
    ("ICFElr avec FA permanente", "HFmrEF with permanent AF"),
    ("cardiomyopathie rythmique (tachycardiomyopathie)", "tachycardia-induced cardiomyopathy"),
]
DX_REHAB = [
    ("post-pontage aortocoronarien x3", "status post CABG x3"),
    ("NSTEMI, ICP de l'IVA avec tuteur pharmacoactif", "NSTEMI, PCI to LAD with drug-eluting stent"),
    ("STEMI inférieur, ICP primaire de la CD", "inferior STEMI, primary PCI to RCA"),
    ("maladie coronarienne tritronculaire, angine stable", "three-vessel CAD with stable angina"),
    ("remplacement valvulaire mitral (bioprothèse)", "mitral valve replacement (bioprosthetic)"),
    ("ICFEr stable, NYHA II", "stable HFrEF, NYHA II"),
    ("dissection coronarienne spontanée (SCAD)", "spontaneous coronary artery dissection (SCAD)"),
]
DX_PEDS = [
    ("myocardite virale, FEVG 38 % à l'admission", "viral myocarditis, LVEF 38% on admission"),
    ("tétralogie de Fallot opérée, suivi de la fonction VD", "repaired tetralogy of Fallot, RV follow-up"),
    ("cardiomyopathie dilatée familiale", "familial dilated cardiomyopathy"),
    ("maladie de Kawasaki avec anévrisme coronarien", "Kawasaki disease with coronary aneurysm"),
    ("syndrome du QT long de type 1", "long QT syndrome type 1"),
]
COMORB = [("DB2", "T2DM"), ("HTA", "HTN"), ("IRC stade 3b", "CKD 3b"), ("MPOC", "COPD"),
          ("FA paroxystique", "paroxysmal AF"), ("SAHOS appareillé", "OSA on CPAP"),
          ("dyslipidémie", "dyslipidemia"), ("goutte", "gout"), ("anémie ferriprive", "iron-deficiency anemia"),
          ("hypothyroïdie", "hypothyroidism"), ("dépression", "depression")]
SYMPT = [("dyspnée à l'effort (2 coins de rue)", "exertional dyspnea at two blocks"),
         ("orthopnée 3 oreillers", "three-pillow orthopnea"), ("œdème MI godet 2+", "2+ pitting edema"),
         ("prise de poids de 2,4 kg en 3 jours", "2.4 kg weight gain over 3 days"),
         ("DPN x2 cette semaine", "PND twice this week"), ("étourdissements orthostatiques", "orthostatic dizziness"),
         ("palpitations le soir", "evening palpitations"), ("douleur rétrosternale à l'effort", "exertional chest pain")]

# key: (generic fr, generic en, brand, doses, freq fr, freq en)
MEDS = {
    "arni": ("sacubitril/valsartan", "sacubitril/valsartan", "Entresto", ["24/26 mg", "49/51 mg", "97/103 mg"], "BID", "BID"),
    "biso": ("bisoprolol", "bisoprolol", "Monocor", ["1,25 mg", "2,5 mg", "5 mg", "10 mg"], "DIE", "daily"),
    "carv": ("carvédilol", "carvedilol", "Coreg", ["3,125 mg", "6,25 mg", "12,5 mg", "25 mg"], "BID", "BID"),
    "meto": ("métoprolol", "metoprolol", "Lopresor", ["25 mg", "50 mg"], "BID", "BID"),
    "spiro": ("spironolactone", "spironolactone", "Aldactone", ["12,5 mg", "25 mg"], "DIE", "daily"),
    "eple": ("éplérénone", "eplerenone", "Inspra", ["25 mg", "50 mg"], "DIE", "daily"),
    "dapa": ("dapagliflozine", "dapagliflozin", "Forxiga", ["10 mg"], "DIE", "daily"),
    "empa": ("empagliflozine", "empagliflozin", "Jardiance", ["10 mg"], "DIE", "daily"),
    "furo": ("furosémide", "furosemide", "Lasix", ["20 mg", "40 mg", "80 mg"], "DIE", "daily"),
    "tors": ("torsémide", "torsemide", "Demadex", ["10 mg", "20 mg"], "DIE", "daily"),
    "apix": ("apixaban", "apixaban", "Eliquis", ["2,5 mg", "5 mg"], "BID", "BID"),
    "riva": ("rivaroxaban", "rivaroxaban", "Xarelto", ["15 mg", "20 mg"], "DIE au souper", "daily with supper"),
    "ator": ("atorvastatine", "atorvastatin", "Lipitor", ["40 mg", "80 mg"], "HS", "at bedtime"),
    "rosu": ("rosuvastatine", "rosuvastatin", "Crestor", ["10 mg", "20 mg"], "DIE", "daily"),
    "asa": ("AAS", "ASA", "Aspirin", ["80 mg", "81 mg"], "DIE", "daily"),
    "tica": ("ticagrélor", "ticagrelor", "Brilinta", ["90 mg"], "BID", "BID"),
    "clop": ("clopidogrel", "clopidogrel", "Plavix", ["75 mg"], "DIE", "daily"),
    "ivab": ("ivabradine", "ivabradine", "Lancora", ["2,5 mg", "5 mg", "7,5 mg"], "BID", "BID"),
    "digo": ("digoxine", "digoxin", "Toloxin", ["0,0625 mg", "0,125 mg"], "DIE", "daily"),
    "tafa": ("tafamidis", "tafamidis", "Vyndaqel", ["61 mg"], "DIE", "daily"),
    "ntg": ("nitroglycérine SL", "nitroglycerin SL spray", "Nitrolingual", ["0,4 mg"], "PRN", "PRN"),
    "kcl": ("KCl", "potassium chloride", "K-Dur", ["20 mEq"], "DIE", "daily"),
    "warf": ("warfarine", "warfarin", "Coumadin", ["2 mg", "3 mg", "5 mg"], "DIE selon RNI", "daily per INR"),
}
HF_MEDS = ["arni", "biso", "carv", "spiro", "eple", "dapa", "empa", "furo", "tors", "ivab", "digo"]
CAD_MEDS = ["asa", "tica", "clop", "ator", "rosu", "meto", "ntg", "biso"]

SOCIAL = [
    ("vit seule depuis le décès de son conjoint, aucune famille à proximité",
     "lives alone since spouse died, no family nearby"),
    ("prestataire de l'aide sociale; dit ne pas pouvoir payer la part non couverte de ses médicaments",
     "on social assistance; says cannot afford the uncovered portion of medications"),
    ("logement insalubre (moisissures), demande de HLM à l'OMH en cours",
     "unsanitary housing (mould), subsidized housing application pending"),
    ("proche aidante épuisée; garde deux petits-enfants placés par la DPJ",
     "exhausted caregiver; caring for two grandchildren placed by youth protection"),
    ("a dévoilé de la violence conjugale à la TS; plan de sécurité fait, ressource d'hébergement contactée",
     "disclosed intimate partner violence to SW; safety plan done, shelter contacted"),
    ("a perdu son emploi; prestations de maladie de l'assurance-emploi en cours",
     "lost his/her job; EI sickness benefits in progress"),
    ("insécurité alimentaire, fréquente la banque alimentaire; diète hyposodée difficile à suivre",
     "food insecurity, uses the food bank; low-sodium diet hard to follow"),
    ("permis suspendu par la SAAQ, dépend du transport adapté et d'un voisin",
     "licence suspended by SAAQ, relies on paratransit and a neighbour"),
    ("itinérance récente, hébergé temporairement au refuge municipal",
     "recently homeless, temporarily staying at the municipal shelter"),
    ("curatelle publique en place; le curateur doit consentir au DCI",
     "under public curatorship; curator must consent to the ICD"),
]

STAFF_BY_ROLE = {}
for _row in D.STAFF:
    STAFF_BY_ROLE.setdefault(_row[3], []).append(_row)


def dec(v, lang, nd=1):
    s = f"{v:.{nd}f}"
    return s.replace(".", ",") if lang == "fr" else s


def thou(v, lang):
    s = f"{v:,}"
    return s.replace(",", "\u00a0" if lang == "fr" else ",")


class Ctx:
    def __init__(self, seed, key, lang, positive, pool):
        self.seed, self.key, self.lang, self.positive, self.pool = seed, key, lang, positive, pool
        self.rng = random.Random(f"{seed}:{key}")
        self.types = set()
        self.ids = []          # (kind, canonical value)
        self.holders = []      # NAM holders used
        self.utf8 = False      # forced utf-8 (full-width digits etc.)
        self._staff_used = set()
        r = self.rng
        day = _dt.date(2024, 1, 8) + _dt.timedelta(days=r.randrange(0, 500))
        if day.weekday() >= 5:
            day -= _dt.timedelta(days=day.weekday() - 4)
        t = _dt.datetime(day.year, day.month, day.day, r.randint(7, 17), r.randrange(60), r.randrange(60))
        self.when = t.replace(tzinfo=D.tz_for(day))
        self.today = day

    # ------------------------------------------------------------------ basics
    def t(self, fr, en):
        return fr if self.lang == "fr" else en

    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p):
        return self.rng.random() < p

    def add(self, *types):
        for t in types:
            self.types.add(t)

    def future(self, lo=2, hi=40, hour=True):
        d = self.today + _dt.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += _dt.timedelta(days=1)
        h = self.rng.choice(["8 h 00", "8 h 30", "9 h 15", "10 h 00", "10 h 45", "13 h 00", "13 h 30", "14 h 15", "15 h 00"])
        if self.lang == "fr":
            s = D.day_fr(d) + (f" à {h}" if hour else "")
        else:
            he = h.replace(" h ", ":")
            hh, mm = he.split(":")
            hh = int(hh)
            he = f"{hh if hh <= 12 else hh - 12}:{mm} {'AM' if hh < 12 else 'PM'}"
            s = D.day_en(d) + (f" at {he}" if hour else "")
        return d, s

    def past(self, lo=1, hi=20):
        return self.today - _dt.timedelta(days=self.rng.randint(lo, hi))

    def dstr(self, d):
        return D.day_fr(d) if self.lang == "fr" else D.day_en(d)

    # ------------------------------------------------------------------ staff
    def staff(self, role=None, lang=None):
        lang = lang or self.lang
        rows = [s for s in D.STAFF if (role is None or s[3] == role)]
        pref = [s for s in rows if s[4] == lang and s[1] not in self._staff_used]
        rows = pref or [s for s in rows if s[1] not in self._staff_used] or rows
        s = self.rng.choice(rows)
        self._staff_used.add(s[1])
        return D.Staff(*s)

    def sig(self, st, site=None, clinic="hf", lang=None, short=False):
        lang = lang or self.lang
        site = site or self.pick(["HRSB", "HLM", "WMH"] if lang == "en" else ["HRSB", "HRSB", "HLM"])
        S = D.SITES[site]
        ext = self.rng.randint(2200, 4899)
        tl = st.title(lang) + " " if st.role in ("cardio", "chef") else ""
        if short:
            return f"{st.given}\n{D.CLINIC[clinic][lang]}, poste {ext}" if lang == "fr" else \
                f"{st.given}\n{D.CLINIC[clinic][lang]}, ext. {ext}"
        lines = [f"{tl}{st.full}", st.role_txt(lang), D.CLINIC[clinic][lang], S[lang], S["addr"]]
        if lang == "fr":
            lines.append(f"Tél. : {S['phone']}, poste {ext} | Téléc. : {S['fax']}")
        else:
            lines.append(f"Tel: {S['phone']} ext. {ext} | Fax: {S['fax']}")
        lines.append(st.email)
        if self.chance(0.3):
            lines.append(self.t("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements "
                                "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire.",
                                "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. "
                                "If you received it in error, please delete it."))
        return "\n".join(lines)

    # ------------------------------------------------------------------ patients
    def patient(self, nam=False, young=False, lang=None, site=None, age=(52, 89), origin="qc"):
        r = self.rng
        lang = lang or self.lang
        if nam:
            h = self.pool.take(young=young)
            p = D.Patient(surname=h["surname"], given=h["given"], sex=h["sex"], dob=h["dob"], nam=h["nam"])
        else:
            while True:
                sex = r.choice("FM")
                if lang == "fr":
                    g = r.choice(D._GF_FR if sex == "F" else D._GM_FR)
                    s = r.choice(D._S_FR)
                else:
                    g = r.choice(D._GF_EN if sex == "F" else D._GM_EN)
                    s = r.choice(D._S_EN + D._S_FR[:10])
                if (g, s) not in D.HOLDER_FULL and s not in D.HOLDER_SURNAMES:
                    break
            lo, hi = (2, 17) if young else age
            a = r.randint(lo, hi)
            dob = _dt.date(self.today.year - a, r.randint(1, 12), r.randint(1, 28))
            p = D.Patient(surname=s, given=g, sex=sex, dob=dob, nam=None)
        p.age = D.age_at(p.dob, self.today)
        p.site = site or (r.choice(["WMH", "WMH", "HRSB"]) if lang == "en" else r.choice(["HRSB", "HRSB", "HLM"]))
        p.mrn_digits = {"HRSB": f"{r.randint(100000, 999999):07d}", "HLM": f"{r.randint(100000, 999999)}",
                        "WMH": f"{r.randint(100000, 399999)}"}[p.site]
        num = r.randint(12, 2890)
        if lang == "fr" or r.random() < 0.4:
            town, pc = r.choice(D.TOWNS)
            p.address = f"{num}, {r.choice(D.STREETS_FR)}, {town} (Québec)  {pc}"
        else:
            town, pc = r.choice(D.TOWNS[2:])
            p.address = f"{num} {r.choice(D.STREETS_EN)}, {town}, QC  {pc}"
        p.phone = f"{r.choice(D.AREA)}-555-01{r.randint(10, 99)}"
        p.cell = f"{r.choice(D.AREA)} 555-01{r.randint(10, 99)}"
        p.origin = origin
        if origin == "on":
            p.ohip = D.make_ohip(r)
            p.vc = r.choice(["AB", "KT", "ZM", "HP", "RW"])
            p.address = f"{num} {r.choice(['Bank Street', 'Rideau Crescent', 'Carling Avenue'])}, Ottawa, ON  K1S 5B{r.randint(1, 9)}"
            p.phone = f"613-555-01{r.randint(10, 99)}"
        elif origin == "be":
            p.niss = D.make_niss(r, p.dob, p.sex)
            p.address = f"Rue des Tanneurs {r.randint(2, 140)}, 4000 Liège, Belgique"
            p.phone = f"+32 4 555 01 {r.randint(10, 99)}"
        elif origin == "fr":
            p.nir = D.make_nir(r, p.dob, p.sex)
            p.address = f"{r.randint(2, 140)} rue Paul-Bert, 69003 Lyon, France"
            p.phone = f"+33 4 55 50 01 {r.randint(10, 99)}"
        if lang == "en" or origin in ("on",):
            p.lang = "en"
        else:
            p.lang = lang
        return p

    def title(self, p, lang=None):
        lang = lang or self.lang
        if lang == "fr":
            return "Mme" if p.sex == "F" else "M."
        return self.pick(["Mrs.", "Ms."]) if p.sex == "F" else "Mr."

    NAME_STYLES = ["full", "title", "title_sur", "upper", "upper2", "comma", "lower", "init", "sur_init", "caps"]

    def name(self, p, style=None):
        style = style or self.pick(self.NAME_STYLES)
        self.add("patient_name")
        g, s = p.given, p.surname
        return {
            "full": f"{g} {s}", "title": f"{self.title(p)} {g} {s}", "title_sur": f"{self.title(p)} {s}",
            "upper": f"{s.upper()}, {g}", "upper2": f"{s.upper()} {g}", "comma": f"{s}, {g}",
            "lower": f"{g.lower()} {s.lower()}", "init": f"{g[0]}. {s}", "sur_init": f"{s} {g[0]}.",
            "caps": f"{g.upper()} {s.upper()}", "given": g, "surname": s, "lower_sur": f"{s.lower()} {g.lower()}",
        }[style]

    def dob(self, p, style=None):
        self.add("date_of_birth")
        return D.fmt_date(p.dob, style or self.pick(D.DOB_STYLES), self.lang)

    def sex(self, p):
        return p.sex

    def nam(self, p, style=None):
        assert p.nam
        style = style or self.pick(["plain", "plain", "space", "space", "dots", "slash", "hyphen", "lower", "fw", "fw", "tight", "wide"])
        if style == "fw":
            self.utf8 = True
        self.add("ramq_nam")
        self.ids.append(("ramq_nam", p.nam))
        if p.nam not in [h for h in self.holders]:
            self.holders.append(p.nam)
        return D.fmt_nam(p.nam, style)

    def mrn(self, p, style=None):
        self.add("mrn")
        d = p.mrn_digits
        self.ids.append(("mrn", d))
        style = style or self.pick(["a", "b", "c", "d", "a", "b", "c", "d", "e"])
        if style == "e":
            self.utf8 = True
            return {"HRSB": "", "HLM": "LM ", "WMH": "W"}[p.site] + D.fullwidth(d)
        if p.site == "HRSB":
            return {"a": d, "b": f"{d[:3]}-{d[3:]}", "c": f"{d[:2]} {d[2:4]} {d[4:]}", "d": f"HRSB{d}"}[style]
        if p.site == "HLM":
            return {"a": f"LM-{d}", "b": f"LM {d[:3]} {d[3:]}", "c": f"lm{d}", "d": f"LM/{d}"}[style]
        return {"a": f"W{d}", "b": f"W-{d}", "c": f"W {d[:3]} {d[3:]}", "d": f"W.{d}"}[style]

    def addr(self, p):
        self.add("patient_contact")
        return p.address

    def phone(self, p, cell=False):
        self.add("patient_contact")
        return p.cell if cell else p.phone

    def sin(self, style=None):
        s = D.make_sin(self.rng)
        style = style or self.pick(["plain", "space", "hyphen", "dots", "fw"])
        if style == "fw":
            self.utf8 = True
        self.add("ca_sin")
        self.ids.append(("ca_sin", s))
        return D.fmt_sin(s, style)

    def ohip(self, p, style=None):
        style = style or self.pick(["plain", "space", "hyphen", "dots", "fw"])
        if style == "fw":
            self.utf8 = True
        self.add("ca_health_number")
        self.ids.append(("ca_health_number", p.ohip))
        return D.fmt_ohip(p.ohip, style, p.vc)

    def niss(self, p, style=None):
        style = style or self.pick(["plain", "be", "space", "slash", "fw"])
        if style == "fw":
            self.utf8 = True
        self.add("be_niss")
        self.ids.append(("be_niss", p.niss))
        return D.fmt_niss(p.niss, style)

    def nir(self, p, style=None):
        style = style or self.pick(["plain", "space", "dots", "key", "fw"])
        if style == "fw":
            self.utf8 = True
        self.add("fr_nir")
        self.ids.append(("fr_nir", p.nir))
        return D.fmt_nir(p.nir, style)

    def idblock(self, p, fields, name_style=None, sep="\n"):
        fr = self.lang == "fr"
        out = []
        for f in fields:
            if f == "name":
                out.append(f"{self.pick(['Nom', 'Patient(e)', 'Usager'] if fr else ['Name', 'Patient'])} : {self.name(p, name_style or self.pick(['upper', 'comma', 'full', 'upper2']))}"
                           if fr else f"{self.pick(['Name', 'Patient'])}: {self.name(p, name_style or self.pick(['upper', 'comma', 'full']))}")
            elif f == "dob":
                out.append((f"{self.pick(['DDN', 'Date de naissance', 'Né(e) le'])} : " if fr else f"{self.pick(['DOB', 'Date of birth'])}: ") + self.dob(p))
            elif f == "sex":
                out.append(f"Sexe : {p.sex}" if fr else f"Sex: {p.sex}")
            elif f == "nam":
                out.append((f"{self.pick(['NAM', 'No RAMQ', 'N° assurance maladie'])} : " if fr else f"{self.pick(['RAMQ', 'Medicare no. (RAMQ)', 'RAMQ health insurance no.'])}: ") + self.nam(p))
            elif f == "mrn":
                out.append((f"{self.pick(['No dossier', 'Dossier', '# dossier'])} : " if fr else f"{self.pick(['MRN', 'Chart #', 'Chart no.'])}: ") + self.mrn(p))
            elif f == "addr":
                out.append((f"Adresse : " if fr else "Address: ") + self.addr(p))
            elif f == "phone":
                out.append((f"{self.pick(['Tél.', 'Tél. domicile'])} : " if fr else f"{self.pick(['Home phone', 'Tel'])}: ") + self.phone(p))
            elif f == "cell":
                out.append((f"Cellulaire : " if fr else "Cell: ") + self.phone(p, cell=True))
        return sep.join(out)

    # ------------------------------------------------------------------ clinical renderers
    def dx(self, kind="hf"):
        self.add("diagnosis")
        src = {"hf": DX_HF, "rehab": DX_REHAB, "peds": DX_PEDS}[kind]
        return self.t(*self.pick(src))

    def comorb(self, n=2):
        self.add("diagnosis")
        return ", ".join(self.t(*c) for c in self.rng.sample(COMORB, n))

    def symptom(self):
        self.add("diagnosis")
        return self.t(*self.pick(SYMPT))

    def med(self, key=None, brand=None, dose=None):
        self.add("medication")
        key = key or self.pick(HF_MEDS)
        gf, ge, br, doses, ffr, fen = MEDS[key]
        dose = dose or self.pick(doses)
        if self.lang == "en":
            dose = dose.replace(",", ".")
        b = self.chance(0.4) if brand is None else brand
        name = br if b else self.t(gf, ge)
        return f"{name} {dose} {self.t(ffr, fen)}"

    def medlist(self, n=4, keys=None):
        keys = keys or self.rng.sample(HF_MEDS, n)
        return [self.med(k) for k in keys]

    def social(self):
        self.add("social_information")
        return self.t(*self.pick(SOCIAL))

    def lab(self, which):
        self.add("lab_result")
        r, L = self.rng, self.lang
        if which == "bnp":
            v = r.randint(3, 120) * 100 + r.randint(0, 99)
            return f"NT-proBNP {thou(v, L)} " + ("ng/L" if L == "fr" else "pg/mL")
        if which == "creat":
            return self.t("créat ", "creatinine ") + f"{r.randint(78, 231)} µmol/L"
        if which == "dfg":
            return self.t("DFGe ", "eGFR ") + f"{r.randint(19, 74)} mL/min/1,73m²".replace(",", "." if L == "en" else ",")
        if which == "k":
            return f"K {dec(r.uniform(3.3, 6.2), L)} mmol/L"
        if which == "na":
            return f"Na {r.randint(127, 142)} mmol/L"
        if which == "hb":
            return f"Hb {r.randint(91, 146)} g/L"
        if which == "ferr":
            return self.t("ferritine ", "ferritin ") + f"{r.randint(18, 96)} µg/L, " + \
                self.t("sat. transferrine ", "TSAT ") + f"{r.randint(8, 24)} %"
        if which == "a1c":
            return f"HbA1c {dec(r.uniform(6.1, 9.4), L)} %"
        if which == "inr":
            return self.t("RNI ", "INR ") + dec(r.uniform(1.4, 4.1), L)
        if which == "trop":
            return self.t("troponine hs ", "hs-troponin ") + f"{r.randint(9, 880)} ng/L"
        if which == "fevg":
            return self.t("FEVG ", "LVEF ") + f"{r.randint(3, 9) * 5} %"
        if which == "6mwt":
            return self.t("TM6M ", "6MWT ") + f"{r.randint(160, 540)} m"
        if which == "vo2":
            return self.t("VO2 pic ", "peak VO2 ") + dec(r.uniform(9.5, 24.0), L) + " mL/kg/min"
        if which == "weight":
            return self.t("poids ", "weight ") + dec(r.uniform(58, 121), L) + " kg"
        if which == "ta":
            return self.t("TA ", "BP ") + f"{r.randint(88, 162)}/{r.randint(52, 94)}, " + self.t("FC ", "HR ") + f"{r.randint(48, 112)}"
        raise ValueError(which)

    def labs(self, keys):
        return [self.lab(k) for k in keys]
