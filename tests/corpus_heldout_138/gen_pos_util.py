"""Helpers shared by positive templates: spec builder that tracks finding types and expected strings,
and the clinical vocabulary of an infectious diseases / travel clinic."""
import gen_common as G


class S:
    """Spec under construction for one message."""

    def __init__(self, c, lang, cat, note):
        self.c, self.lang, self.cat, self.note = c, lang, cat, note
        self.r = c.rng
        self.types = set()
        self.must = []
        self.ids = []
        self.nams = []

    def t(self, *types):
        for x in types:
            assert x in G.TYPE_ORDER, x
            self.types.add(x)

    # --- identity pieces (each registers its type and an expected string)
    def name(self, p, style=None, styles=None):
        style = style or self.r.choice(styles or ["full", "title", "title_full", "caps", "last_first", "initial",
                                                   "lower", "last_first_nc", "upper", "initial_caps"])
        self.t("patient_name")
        s = G.pname(p, style, self.lang)
        self.must.append(p.surname)
        return s

    def fullname(self, p, style=None):
        return self.name(p, style or self.r.choice(G.FULL_STYLES))

    def dob(self, p, style=None):
        style = style or self.r.choice(["iso", "iso", "slash", "long", "abbr", "dash"])
        self.t("date_of_birth")
        s = G.fmt_date(p.dob, self.lang, style)
        self.must.append(s)
        return s

    def sex(self, p, plain=False):
        if plain:
            return self.r.choice([p.sex, p.sex, L(self.lang, "féminin" if p.female else "masculin",
                                                  "female" if p.female else "male")])
        return G.sex_str(p, self.lang, self.r)

    def nam(self, p, style=None):
        """Render a NAM; the caller must also place full name, DOB and sex (checked by demo())."""
        style = style or self.r.choice(["plain", "plain", "spaced", "spaced", "dash", "dot", "slash", "fw",
                                        "lower", "space4"])
        self.t("ramq_nam")
        s = G.fmt_nam(p.nam, style)
        return s

    def demo(self, p, nstyle=None, dstyle=None, nam_style=None, plain_sex=False):
        """Full demographic set for a NAM holder: dict(name, dob, sex, nam)."""
        d = {"name": self.fullname(p, nstyle), "dob": self.dob(p, dstyle), "sex": self.sex(p, plain_sex)}
        d["nam"] = self.nam(p, nam_style) if p.nam else None
        if p.nam:
            self.nams.append({"nam": p.nam, "given": p.given, "surname": p.surname, "dob": d["dob"],
                              "sex": d["sex"]})
            self.must += [p.given, d["sex"]]
        return d

    def mrn(self, p):
        self.t("mrn")
        s = G.fmt_mrn(self.r, p.mrn, self.lang)
        self.must.append(p.mrn)
        return s

    def phone(self, p):
        self.t("patient_contact")
        self.must.append(p.phone)
        return p.phone

    def addr(self, p, sep=", "):
        self.t("patient_contact")
        self.must.append(p.addr1)
        return p.addr1 + sep + p.addr2

    def sin(self, p, style=None):
        self.t("ca_sin")
        v = self.c.sin_for(p)
        self.ids.append(("sin", v))
        return G.fmt_sin(v, style or self.r.choice(["plain", "spaced", "spaced", "dash", "dot", "fw"]))

    def on_hc(self, p, style=None):
        self.t("ca_health_number")
        self.ids.append(("on_hc", p.hc))
        return G.fmt_on(p.hc, style or self.r.choice(["plain", "dash", "spaced", "novc", "fw"]), p.vc)

    def niss(self, p, style=None):
        self.t("be_niss")
        self.ids.append(("niss", p.niss))
        return G.fmt_niss(p.niss, style or self.r.choice(["plain", "dots", "dots", "spaced", "slash", "fw"]))

    def nir(self, p, style=None):
        self.t("fr_nir")
        self.ids.append(("nir", p.nir))
        return G.fmt_nir(p.nir, style or self.r.choice(["plain", "spaced", "spaced", "key", "dots", "fw"]))

    def spec(self, subject, frm, to, blocks, cc=None, attachments=None, **kw):
        assert self.types, self.cat
        d = {"cat": self.cat, "note": self.note, "types": self.types, "subject": subject, "from": frm, "to": to,
             "cc": cc or [], "blocks": blocks, "attachments": attachments or [], "ids": self.ids,
             "nams": self.nams, "must": self.must, "lang": self.lang, "confidential": True}
        d.update(kw)
        return d


def L(lang, fr, en):
    return fr if lang == "fr" else en


def greet(r, lang, who=None):
    if lang == "fr":
        return r.choice([f"Bonjour {who}," if who else "Bonjour,", "Salut," if who else "Bonjour,",
                         f"Bonjour {who}," if who else "Bonjour à tous,", "Allo,"])
    return r.choice([f"Hi {who}," if who else "Hi,", f"Hello {who}," if who else "Hello,",
                     f"Dear {who}," if who else "Hi all,", "Hi,"])


def thanks(r, lang):
    if lang == "fr":
        return r.choice(["Merci!", "Merci beaucoup.", "Merci et bonne journée.", "Merci de votre collaboration.",
                         "Bonne journée,"])
    return r.choice(["Thanks!", "Thank you.", "Many thanks,", "Thanks in advance.", "Best regards,"])


def sig_block(key, lang, r, phone=None):
    return ("sig", G.signature(key, lang, r, phone))


# ---------------------------------------------------------------- clinical vocabulary
# (fr name, en name, gram fr, gram en, therapy fr, therapy en, short)
ORGANISMS = [
    ("Staphylococcus aureus sensible à la méthicilline (SASM)", "methicillin-susceptible Staphylococcus aureus (MSSA)",
     "cocci Gram positif en amas", "Gram-positive cocci in clusters", "céfazoline 2 g IV q8h",
     "cefazolin 2 g IV q8h", "SASM", "MSSA", "Ancef"),
    ("Staphylococcus aureus résistant à la méthicilline (SARM)", "methicillin-resistant Staphylococcus aureus (MRSA)",
     "cocci Gram positif en amas", "Gram-positive cocci in clusters", "vancomycine 25 mg/kg IV dose de charge",
     "vancomycin 25 mg/kg IV loading dose", "SARM", "MRSA", "Vancocin"),
    ("Escherichia coli producteur de BLSE", "ESBL-producing Escherichia coli", "bacilles Gram négatif",
     "Gram-negative bacilli", "ertapénem 1 g IV die", "ertapenem 1 g IV daily", "E. coli BLSE", "ESBL E. coli",
     "Invanz"),
    ("Klebsiella pneumoniae", "Klebsiella pneumoniae", "bacilles Gram négatif", "Gram-negative bacilli",
     "ceftriaxone 2 g IV die", "ceftriaxone 2 g IV daily", "K. pneumoniae", "K. pneumoniae", "Rocephin"),
    ("Streptococcus pyogenes (groupe A)", "Streptococcus pyogenes (group A)", "cocci Gram positif en chaînettes",
     "Gram-positive cocci in chains", "pénicilline G 4 MU IV q4h + clindamycine 900 mg IV q8h",
     "penicillin G 4 MU IV q4h plus clindamycin 900 mg IV q8h", "SGA", "GAS", "pénicilline G"),
    ("Enterococcus faecalis", "Enterococcus faecalis", "cocci Gram positif en paires et chaînettes",
     "Gram-positive cocci in pairs and chains", "ampicilline 2 g IV q4h", "ampicillin 2 g IV q4h",
     "E. faecalis", "E. faecalis", "ampicilline"),
    ("Salmonella enterica sérotype Typhi", "Salmonella enterica serovar Typhi", "bacilles Gram négatif",
     "Gram-negative bacilli", "ceftriaxone 2 g IV die (retour d'Asie du Sud : ne pas utiliser la cipro)",
     "ceftriaxone 2 g IV daily (South Asia travel: avoid ciprofloxacin)", "S. Typhi", "S. Typhi", "ceftriaxone"),
    ("Pseudomonas aeruginosa", "Pseudomonas aeruginosa", "bacilles Gram négatif", "Gram-negative bacilli",
     "pipéracilline-tazobactam 4,5 g IV q6h", "piperacillin-tazobactam 4.5 g IV q6h", "P. aeruginosa",
     "P. aeruginosa", "Tazocin"),
    ("Streptococcus pneumoniae", "Streptococcus pneumoniae", "diplocoques Gram positif",
     "Gram-positive diplococci", "ceftriaxone 2 g IV die", "ceftriaxone 2 g IV daily", "S. pneumoniae",
     "S. pneumoniae", "ceftriaxone"),
    ("Candida albicans", "Candida albicans", "levures", "yeast", "caspofungine 70 mg IV puis 50 mg die",
     "caspofungin 70 mg IV then 50 mg daily", "C. albicans", "C. albicans", "Cancidas"),
]

SUSC = {
    "SASM": [("Pénicilline", "R"), ("Oxacilline", "S"), ("Céfazoline", "S"), ("Clindamycine", "S"),
             ("Érythromycine", "R"), ("TMP-SMX", "S"), ("Vancomycine", "S"), ("Doxycycline", "S")],
    "SARM": [("Oxacilline", "R"), ("Clindamycine", "R"), ("TMP-SMX", "S"), ("Doxycycline", "S"),
             ("Vancomycine (CMI 1)", "S"), ("Linézolide", "S"), ("Daptomycine", "S")],
    "E. coli BLSE": [("Ampicilline", "R"), ("Céfazoline", "R"), ("Ceftriaxone", "R"), ("Ciprofloxacine", "R"),
                     ("TMP-SMX", "R"), ("Pip-tazo", "I"), ("Ertapénem", "S"), ("Méropénem", "S"),
                     ("Nitrofurantoïne", "S"), ("Fosfomycine", "S")],
    "K. pneumoniae": [("Ampicilline", "R"), ("Céfazoline", "S"), ("Ceftriaxone", "S"), ("Ciprofloxacine", "S"),
                      ("TMP-SMX", "S"), ("Gentamicine", "S")],
    "P. aeruginosa": [("Pip-tazo", "S"), ("Ceftazidime", "S"), ("Céfépime", "S"), ("Méropénem", "S"),
                      ("Ciprofloxacine", "R"), ("Tobramycine", "S")],
    "E. faecalis": [("Ampicilline", "S"), ("Vancomycine", "S"), ("Gentamicine haut niveau", "S"),
                    ("Nitrofurantoïne", "S")],
}
SUSC_EN = {"Pénicilline": "Penicillin", "Oxacilline": "Oxacillin", "Céfazoline": "Cefazolin",
           "Clindamycine": "Clindamycin", "Érythromycine": "Erythromycin", "Vancomycine": "Vancomycin",
           "Vancomycine (CMI 1)": "Vancomycin (MIC 1)", "Linézolide": "Linezolid", "Daptomycine": "Daptomycin",
           "Ampicilline": "Ampicillin", "Ciprofloxacine": "Ciprofloxacin", "Ertapénem": "Ertapenem",
           "Méropénem": "Meropenem", "Nitrofurantoïne": "Nitrofurantoin", "Fosfomycine": "Fosfomycin",
           "Gentamicine": "Gentamicin", "Gentamicine haut niveau": "High-level gentamicin",
           "Céfépime": "Cefepime", "Tobramycine": "Tobramycin", "Ceftazidime": "Ceftazidime",
           "Ceftriaxone": "Ceftriaxone", "Doxycycline": "Doxycycline", "TMP-SMX": "TMP-SMX",
           "Pip-tazo": "Pip-tazo"}

WARDS = ["4B", "5 Nord", "6A", "7 Sud", "3C", "SI", "USIC", "2 Ouest", "8A", "Urgence civière"]

# destinations: (fr, en, malaria, yf, je, rabies_risk, region code)
DEST = [
    ("Ghana (Accra, Kumasi)", "Ghana (Accra, Kumasi)", True, True, False, True, "du Ghana"),
    ("Kenya et Tanzanie (safari, Zanzibar)", "Kenya and Tanzania (safari, Zanzibar)", True, True, False, True,
     "du Kenya et de Tanzanie"),
    ("Inde (Rajasthan, Varanasi)", "India (Rajasthan, Varanasi)", True, False, False, True, "d'Inde"),
    ("Pérou (Lima, Cusco, Puerto Maldonado)", "Peru (Lima, Cusco, Puerto Maldonado)", True, True, False, True, "du Pérou"),
    ("Thaïlande et Cambodge (zones rurales)", "Thailand and Cambodia (rural areas)", True, False, True, True,
     "de Thaïlande et du Cambodge"),
    ("Sénégal (Dakar, Casamance)", "Senegal (Dakar, Casamance)", True, True, False, True, "du Sénégal"),
    ("Vietnam (Hanoï, delta du Mékong)", "Vietnam (Hanoi, Mekong delta)", False, False, True, True, "du Vietnam"),
    ("Brésil (Manaus, Amazonie)", "Brazil (Manaus, Amazon)", True, True, False, True, "du Brésil (Amazonie)"),
    ("Haïti (Port-au-Prince, Jacmel)", "Haiti (Port-au-Prince, Jacmel)", True, False, False, True, "d'Haïti"),
    ("Ouganda (mission humanitaire)", "Uganda (humanitarian mission)", True, True, False, True,
     "d'Ouganda (mission humanitaire)"),
    ("Guatemala (Antigua, Petén)", "Guatemala (Antigua, Petén)", True, False, False, True, "du Guatemala"),
    ("Népal (trek de l'Annapurna)", "Nepal (Annapurna trek)", False, False, True, True, "du Népal"),
]

MALARIA_RX = [
    ("atovaquone-proguanil (Malarone) 250/100 mg, 1 co die, débuter 1 jour avant, poursuivre 7 jours après le retour",
     "atovaquone-proguanil (Malarone) 250/100 mg, 1 tab daily, start 1 day before, continue 7 days after return",
     "Malarone"),
    ("doxycycline 100 mg PO die, débuter 1 jour avant, poursuivre 4 semaines après le retour",
     "doxycycline 100 mg PO daily, start 1 day before, continue 4 weeks after return", "doxycycline"),
    ("méfloquine 250 mg 1 co/semaine, débuter 2-3 semaines avant, 4 semaines après",
     "mefloquine 250 mg once weekly, start 2-3 weeks before, 4 weeks after", "méfloquine"),
]
VACCINES = [
    ("Twinrix (hépatites A et B)", "Twinrix (hepatitis A and B)"), ("Havrix 1440", "Havrix 1440"),
    ("Typhim Vi", "Typhim Vi"), ("Vivotif (typhoïde oral)", "Vivotif (oral typhoid)"),
    ("Ixiaro (encéphalite japonaise) dose 1", "Ixiaro (Japanese encephalitis) dose 1"),
    ("YF-Vax (fièvre jaune)", "YF-Vax (yellow fever)"), ("Menveo", "Menveo"),
    ("Dukoral", "Dukoral"), ("Imovax Rage, préexposition dose 1", "Imovax Rabies, pre-exposure dose 1"),
    ("Adacel (dcaT)", "Adacel (Tdap)"), ("Priorix (RRO)", "Priorix (MMR)"),
]

MADO = [
    ("tuberculose pulmonaire, frottis BAAR positif (3+)", "pulmonary tuberculosis, AFB smear positive (3+)",
     "TB pulmonaire", "pulmonary TB"),
    ("salmonellose (Salmonella Enteritidis) confirmée par coproculture", "salmonellosis (S. Enteritidis) on stool culture",
     "salmonellose", "salmonellosis"),
    ("shigellose (Shigella sonnei)", "shigellosis (Shigella sonnei)", "shigellose", "shigellosis"),
    ("hépatite A aiguë (IgM anti-VHA positif, ALT 1 840 U/L)", "acute hepatitis A (anti-HAV IgM positive, ALT 1840 U/L)",
     "hépatite A", "hepatitis A"),
    ("paludisme à Plasmodium falciparum, parasitémie 3,1 %", "Plasmodium falciparum malaria, parasitemia 3.1%",
     "paludisme", "malaria"),
    ("fièvre typhoïde (S. Typhi dans 2/2 hémocultures)", "typhoid fever (S. Typhi in 2/2 blood cultures)",
     "typhoïde", "typhoid"),
    ("rougeole (TAAN rougeole positif sur écouvillon nasopharyngé)", "measles (measles NAAT positive on NP swab)",
     "rougeole", "measles"),
    ("légionellose (antigène urinaire Legionella positif)", "legionellosis (Legionella urinary antigen positive)",
     "légionellose", "legionellosis"),
    ("syphilis infectieuse, secondaire (RPR 1:64, TPPA réactif)", "infectious syphilis, secondary (RPR 1:64, TPPA reactive)",
     "syphilis", "syphilis"),
    ("infection invasive à streptocoque du groupe A (hémocultures)", "invasive group A streptococcal infection (blood cultures)",
     "SGA invasif", "invasive GAS"),
    ("maladie de Lyme, érythème migrant multiple, sérologie positive", "Lyme disease, multiple erythema migrans, positive serology",
     "Lyme", "Lyme disease"),
]

OPAT = [
    # indication fr, en, drug fr, drug en, weeks, monitoring fr, en
    ("ostéomyélite vertébrale L3-L4 à SASM", "MSSA L3-L4 vertebral osteomyelitis",
     "céfazoline 6 g/24 h en perfusion continue (pompe élastomérique)", "cefazolin 6 g/24 h continuous infusion (elastomeric pump)",
     6, "FSC, créatinine, ALT q1 sem.", "CBC, creatinine, ALT weekly"),
    ("endocardite à Streptococcus mitis, valve native mitrale", "Streptococcus mitis native mitral valve endocarditis",
     "ceftriaxone 2 g IV die", "ceftriaxone 2 g IV daily", 4, "FSC, créatinine, bilan hépatique q1 sem.",
     "CBC, creatinine, LFTs weekly"),
    ("infection de prothèse totale du genou droit (DAIR fait)", "right total knee prosthetic joint infection (post-DAIR)",
     "daptomycine 8 mg/kg IV die", "daptomycin 8 mg/kg IV daily", 6, "CK et FSC q1 sem.", "CK and CBC weekly"),
    ("pyélonéphrite compliquée à E. coli BLSE", "complicated ESBL E. coli pyelonephritis", "ertapénem 1 g IV die",
     "ertapenem 1 g IV daily", 2, "créatinine q1 sem.", "creatinine weekly"),
    ("arthrite septique du genou à SARM", "MRSA septic arthritis of the knee", "vancomycine 1,25 g IV q12h",
     "vancomycin 1.25 g IV q12h", 4, "creux de vancomycine, créatinine 2x/sem.", "vancomycin trough, creatinine twice weekly"),
    ("neurosyphilis", "neurosyphilis", "pénicilline G 24 MU/24 h en perfusion continue",
     "penicillin G 24 MU/24 h continuous infusion", 2, "FSC, électrolytes q1 sem.", "CBC, electrolytes weekly"),
    ("abcès épidural cervical à SASM (drainé)", "MSSA cervical epidural abscess (drained)",
     "cloxacilline 12 g/24 h en perfusion continue", "cloxacillin 12 g/24 h continuous infusion", 8,
     "FSC, ALT, créatinine q1 sem.", "CBC, ALT, creatinine weekly"),
]


def sex_lab(sexstr, lang):
    if sexstr.lower().startswith("sex"):
        return sexstr
    return (f"Sexe : {sexstr}" if lang == "fr" else f"Sex: {sexstr}")


def id_line(s, p, lang, dob=False, mrn=False, layout=None, nstyle=None):
    """One identification line/paragraph for a patient. NAM holders always get name, DOB, sex and NAM."""
    r = s.r
    layout = layout if layout is not None else r.randrange(4)
    if p.nam:
        d = s.demo(p, nstyle)
        m = s.mrn(p) if mrn else None
        if layout == 0:
            parts = [L(lang, "Patient(e) : ", "Patient: ") + d["name"], L(lang, "DDN : ", "DOB: ") + d["dob"],
                     sex_lab(d["sex"], lang), L(lang, "NAM : ", "RAMQ: ") + d["nam"]]
            if m:
                parts.append(m)
            return " | ".join(parts)
        if layout == 1:
            x = f"{d['name']} ({L(lang, 'né(e) le', 'born')} {d['dob']}, {d['sex']}) — NAM {d['nam']}"
            return x + (f" — {m}" if m else "")
        if layout == 2:
            rows = [L(lang, "Nom : ", "Name: ") + d["name"], L(lang, "Date de naissance : ", "Date of birth: ") + d["dob"],
                    sex_lab(d["sex"], lang), L(lang, "NAM : ", "Health insurance no. (RAMQ): ") + d["nam"]]
            if m:
                rows.append(m)
            return "\n".join(rows)
        x = f"{d['name']}, {d['sex']}, {d['dob']}, {d['nam']}"
        return x + (f", {m}" if m else "")
    nm = s.fullname(p, nstyle) if (dob or layout == 2) else s.name(p, nstyle)
    bits = [nm]
    if dob:
        bits.append(L(lang, "DDN ", "DOB ") + s.dob(p))
    if mrn:
        bits.append(s.mrn(p))
    if layout == 2:
        return "\n".join(bits)
    return ", ".join(bits) if layout in (0, 3) else " — ".join(bits)
