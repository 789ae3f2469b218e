"""Neurology vocabulary (French / English): diagnoses, drugs, lab values, tests."""

# (fr, en) per sub-specialty
DX = {
    "epi": [
        ("épilepsie focale pharmacorésistante (lobe temporal gauche)", "drug-resistant focal epilepsy (left temporal lobe)"),
        ("épilepsie myoclonique juvénile", "juvenile myoclonic epilepsy"),
        ("état de mal épileptique convulsif", "convulsive status epilepticus"),
        ("première crise tonico-clonique généralisée non provoquée", "first unprovoked generalized tonic-clonic seizure"),
        ("sclérose mésiale temporale droite", "right mesial temporal sclerosis"),
        ("épilepsie post-AVC", "post-stroke epilepsy"),
        ("crises non épileptiques psychogènes", "psychogenic non-epileptic seizures"),
        ("syndrome de Lennox-Gastaut", "Lennox-Gastaut syndrome"),
    ],
    "sp": [
        ("sclérose en plaques rémittente-récurrente", "relapsing-remitting multiple sclerosis"),
        ("névrite optique gauche", "left optic neuritis"),
        ("syndrome cliniquement isolé (myélite partielle)", "clinically isolated syndrome (partial myelitis)"),
        ("sclérose en plaques progressive secondaire", "secondary progressive multiple sclerosis"),
        ("poussée de SP avec atteinte sensitive", "MS relapse with sensory symptoms"),
        ("neuromyélite optique (NMOSD, anti-AQP4+)", "neuromyelitis optica spectrum disorder (AQP4-IgG+)"),
    ],
    "park": [
        ("maladie de Parkinson idiopathique", "idiopathic Parkinson's disease"),
        ("maladie de Parkinson avec fluctuations motrices et dyskinésies", "Parkinson's disease with motor fluctuations and dyskinesia"),
        ("atrophie multisystémique de type P", "multiple system atrophy, parkinsonian type"),
        ("paralysie supranucléaire progressive", "progressive supranuclear palsy"),
        ("tremblement essentiel", "essential tremor"),
        ("dystonie cervicale", "cervical dystonia"),
    ],
    "head": [
        ("migraine chronique avec aura", "chronic migraine with aura"),
        ("algie vasculaire de la face épisodique", "episodic cluster headache"),
        ("céphalée par abus médicamenteux", "medication-overuse headache"),
        ("hypertension intracrânienne idiopathique", "idiopathic intracranial hypertension"),
        ("névralgie du trijumeau droite", "right trigeminal neuralgia"),
        ("migraine vestibulaire", "vestibular migraine"),
    ],
    "emg": [
        ("syndrome du canal carpien bilatéral, sévère à droite", "bilateral carpal tunnel syndrome, severe on the right"),
        ("sclérose latérale amyotrophique probable", "probable amyotrophic lateral sclerosis"),
        ("polyneuropathie sensitivomotrice axonale (diabète)", "axonal sensorimotor polyneuropathy (diabetes)"),
        ("myasthénie grave généralisée", "generalized myasthenia gravis"),
        ("syndrome de Guillain-Barré", "Guillain-Barré syndrome"),
        ("radiculopathie L5 gauche", "left L5 radiculopathy"),
        ("neuropathie ulnaire au coude", "ulnar neuropathy at the elbow"),
    ],
    "rehab": [
        ("AVC ischémique sylvien gauche avec aphasie", "left MCA ischemic stroke with aphasia"),
        ("traumatisme craniocérébral modéré", "moderate traumatic brain injury"),
        ("hémiparésie droite post-hémorragie intracérébrale", "right hemiparesis after intracerebral haemorrhage"),
        ("myélopathie cervicale, tétraparésie incomplète", "cervical myelopathy, incomplete tetraparesis"),
        ("encéphalite auto-immune anti-NMDA en récupération", "recovering anti-NMDA receptor encephalitis"),
    ],
}
DX["eeg"] = DX["epi"]
DX["neuro"] = DX["epi"] + DX["sp"] + DX["rehab"]

MEDS = {
    "epi": ["lévétiracétam 1000 mg BID", "lacosamide 150 mg BID", "lamotrigine 200 mg BID",
            "valproate (Epival) 750 mg BID", "carbamazépine CR 400 mg BID", "clobazam 10 mg HS",
            "cénobamate 200 mg die", "brivaracétam 100 mg BID", "oxcarbazépine 600 mg BID",
            "topiramate 100 mg BID", "phénytoïne 300 mg die"],
    "sp": ["ocrélizumab 600 mg IV aux 6 mois", "natalizumab 300 mg IV aux 4 semaines",
           "diméthyl fumarate 240 mg BID", "tériflunomide 14 mg die", "ofatumumab 20 mg SC mensuel",
           "méthylprednisolone 1 g IV x 3 jours", "fampridine 10 mg BID", "baclofène 10 mg TID"],
    "park": ["lévodopa/carbidopa 100/25, 1,5 co. 5 fois par jour", "pramipexole 0,5 mg TID",
             "rasagiline 1 mg die", "amantadine 100 mg BID", "entacapone 200 mg avec chaque dose",
             "lévodopa/carbidopa CR 200/50 HS", "rotigotine 4 mg/24 h timbre", "toxine botulinique 200 U"],
    "head": ["onabotulinumtoxinA 155 U aux 12 semaines", "érénumab 140 mg SC mensuel",
             "galcanézumab 120 mg SC mensuel", "topiramate 50 mg BID", "amitriptyline 25 mg HS",
             "sumatriptan 100 mg PRN", "vérapamil 240 mg die", "acétazolamide 500 mg BID",
             "candésartan 16 mg die", "carbamazépine 200 mg TID"],
    "emg": ["pyridostigmine 60 mg QID", "prednisone 40 mg die", "IgIV 2 g/kg sur 5 jours",
            "riluzole 50 mg BID", "prégabaline 75 mg BID", "duloxétine 60 mg die", "gabapentine 300 mg TID"],
    "rehab": ["apixaban 5 mg BID", "atorvastatine 80 mg die", "baclofène 15 mg TID",
              "sertraline 50 mg die", "clopidogrel 75 mg die", "tizanidine 2 mg HS"],
}
MEDS["eeg"] = MEDS["epi"]
MEDS["neuro"] = MEDS["epi"] + MEDS["sp"]

MEDS_EN = {
    "lévétiracétam": "levetiracetam", "carbamazépine": "carbamazepine", "cénobamate": "cenobamate",
    "brivaracétam": "brivaracetam", "oxcarbazépine": "oxcarbazepine", "phénytoïne": "phenytoin",
    "méthylprednisolone": "methylprednisolone", "baclofène": "baclofen", "lévodopa": "levodopa",
    "érénumab": "erenumab", "galcanézumab": "galcanezumab", "vérapamil": "verapamil",
    "acétazolamide": "acetazolamide", "candésartan": "candesartan", "prégabaline": "pregabalin",
    "duloxétine": "duloxetine", "atorvastatine": "atorvastatin", "sertraline": "sertraline",
    "diméthyl fumarate": "dimethyl fumarate", "tériflunomide": "teriflunomide",
    "ocrélizumab": "ocrelizumab", "timbre": "patch", "aux 6 mois": "every 6 months",
    "aux 4 semaines": "every 4 weeks", "aux 12 semaines": "every 12 weeks", "mensuel": "monthly",
    "x 3 jours": "x 3 days", "sur 5 jours": "over 5 days", "avec chaque dose": "with each dose",
    "co. 5 fois par jour": "tab five times daily", "toxine botulinique": "botulinum toxin",
    "1,5": "1.5", "0,5": "0.5",
}


def med(m, lang):
    if lang == "fr":
        return m
    for a, b in MEDS_EN.items():
        m = m.replace(a, b)
    return m.replace(" die", " daily")


# lab results: (fr, en)
LABS = {
    "epi": [
        ("taux de valproate {v} µmol/L (cible 350-700)", "valproate level {v} µmol/L (target 350-700)", (180, 820)),
        ("carbamazépine sérique {v} µmol/L", "serum carbamazepine {v} µmol/L", (12, 58)),
        ("Na {v} mmol/L sous oxcarbazépine", "Na {v} mmol/L on oxcarbazepine", (124, 133)),
        ("phénytoïne libre {v} µmol/L", "free phenytoin {v} µmol/L", (3, 12)),
        ("ALT {v} U/L", "ALT {v} U/L", (61, 190)),
        ("prolactine post-critique {v} µg/L", "post-ictal prolactin {v} µg/L", (28, 90)),
    ],
    "sp": [
        ("index anti-JCV {v}", "anti-JCV antibody index {v}", (0.2, 3.1)),
        ("lymphocytes {v} x10^9/L", "lymphocytes {v} x10^9/L", (0.3, 0.9)),
        ("IgG sériques {v} g/L", "serum IgG {v} g/L", (3.2, 6.5)),
        ("bandes oligoclonales LCR : {v} bandes non retrouvées dans le sérum", "CSF oligoclonal bands: {v} bands not present in serum", (3, 9)),
        ("vitamine D 25-OH {v} nmol/L", "25-OH vitamin D {v} nmol/L", (18, 45)),
    ],
    "park": [
        ("B12 {v} pmol/L", "B12 {v} pmol/L", (95, 150)),
        ("TSH {v} mUI/L", "TSH {v} mIU/L", (5.1, 9.8)),
        ("créatinine {v} µmol/L", "creatinine {v} µmol/L", (112, 190)),
    ],
    "head": [
        ("pression d'ouverture à la PL : {v} cm H2O", "LP opening pressure {v} cm H2O", (29, 45)),
        ("VS {v} mm/h, CRP {w} mg/L", "ESR {v} mm/h, CRP {w} mg/L", (38, 90)),
        ("bêta-hCG négatif, créatinine {v} µmol/L", "negative beta-hCG, creatinine {v} µmol/L", (55, 90)),
    ],
    "emg": [
        ("CK {v} U/L", "CK {v} U/L", (480, 2400)),
        ("anticorps anti-récepteurs de l'acétylcholine {v} nmol/L (positif)", "acetylcholine receptor antibodies {v} nmol/L (positive)", (1.2, 25.0)),
        ("HbA1c {v} %", "HbA1c {v}%", (7.4, 10.8)),
        ("protéinorachie {v} g/L, 2 leucocytes", "CSF protein {v} g/L, 2 white cells", (0.9, 2.6)),
    ],
    "rehab": [
        ("INR {v}", "INR {v}", (2.6, 4.1)),
        ("hémoglobine {v} g/L", "haemoglobin {v} g/L", (88, 109)),
        ("LDL {v} mmol/L", "LDL {v} mmol/L", (2.4, 3.9)),
    ],
}
LABS["eeg"] = LABS["epi"]
LABS["neuro"] = LABS["epi"] + LABS["sp"]


def lab(rng, unit, lang):
    fr, en, (lo, hi) = rng.choice(LABS[unit])
    if isinstance(lo, float) or isinstance(hi, float):
        v = round(rng.uniform(lo, hi), 1)
        vs = str(v).replace(".", ",") if lang == "fr" else str(v)
    else:
        vs = str(rng.randint(lo, hi))
    w = str(rng.randint(12, 60))
    return (fr if lang == "fr" else en).format(v=vs, w=w)


def dx(rng, unit, lang):
    fr, en = rng.choice(DX[unit])
    return fr if lang == "fr" else en


def drug(rng, unit, lang):
    return med(rng.choice(MEDS[unit]), lang)


SYMPTOMS = {
    "epi": [("deux crises nocturnes avec morsure de langue", "two nocturnal seizures with tongue biting"),
            ("absences quotidiennes rapportées par l'école", "daily absences reported by the school"),
            ("aura épigastrique suivie de rupture de contact", "epigastric aura followed by loss of awareness"),
            ("chute avec perte de conscience au travail", "fall with loss of consciousness at work")],
    "sp": [("engourdissement ascendant des deux jambes depuis 10 jours", "ascending numbness in both legs for 10 days"),
           ("baisse de vision douloureuse de l'oeil gauche", "painful loss of vision in the left eye"),
           ("diplopie horizontale et instabilité", "horizontal diplopia and unsteadiness"),
           ("fatigue marquée et urgence mictionnelle", "marked fatigue and urinary urgency")],
    "park": [("tremblement de repos main droite, micrographie", "right-hand resting tremor, micrographia"),
             ("blocages à la marche et deux chutes ce mois-ci", "freezing of gait and two falls this month"),
             ("hallucinations visuelles nocturnes", "nocturnal visual hallucinations"),
             ("périodes off de plus en plus longues en fin de dose", "longer end-of-dose off periods")],
    "head": [("céphalées 20 jours par mois malgré le traitement", "headaches 20 days a month despite treatment"),
             ("céphalée en coup de tonnerre il y a 3 jours", "thunderclap headache 3 days ago"),
             ("douleur orbitaire droite nocturne avec larmoiement", "nocturnal right orbital pain with tearing"),
             ("acouphènes pulsatiles et obscurcissements visuels", "pulsatile tinnitus and visual obscurations")],
    "emg": [("paresthésies nocturnes des trois premiers doigts", "nocturnal paresthesias of the first three fingers"),
            ("faiblesse progressive de la main gauche avec fasciculations", "progressive left-hand weakness with fasciculations"),
            ("ptose fluctuante et dysphagie en fin de journée", "fluctuating ptosis and dysphagia late in the day"),
            ("pied tombant gauche depuis 6 semaines", "left foot drop for 6 weeks")],
    "rehab": [("aphasie d'expression persistante", "persistent expressive aphasia"),
              ("héminégligence gauche, chutes au transfert", "left hemineglect, falls during transfers"),
              ("troubles de la déglutition, alimentation texture purée", "swallowing difficulty, pureed diet"),
              ("spasticité du membre supérieur droit", "right upper limb spasticity")],
}
SYMPTOMS["eeg"] = SYMPTOMS["epi"]
SYMPTOMS["neuro"] = SYMPTOMS["epi"] + SYMPTOMS["sp"]


def symptom(rng, unit, lang):
    fr, en = rng.choice(SYMPTOMS[unit])
    return fr if lang == "fr" else en


TESTS = {
    "epi": [("EEG de routine avec privation de sommeil", "sleep-deprived routine EEG"),
            ("vidéo-EEG prolongé (5 jours)", "prolonged video-EEG (5 days)"),
            ("IRM cérébrale protocole épilepsie 3T", "3T epilepsy-protocol brain MRI")],
    "sp": [("IRM cérébrale et médullaire avec gadolinium", "brain and spine MRI with gadolinium"),
           ("ponction lombaire (bandes oligoclonales)", "lumbar puncture (oligoclonal bands)"),
           ("potentiels évoqués visuels", "visual evoked potentials"),
           ("OCT rétinienne", "retinal OCT")],
    "park": [("DaTscan", "DaTscan"), ("évaluation en vue d'une stimulation cérébrale profonde", "deep brain stimulation work-up"),
             ("test à la lévodopa", "levodopa challenge")],
    "head": [("IRM cérébrale avec veinographie", "MRI brain with MR venography"),
             ("ponction lombaire avec mesure de pression", "lumbar puncture with opening pressure"),
             ("séance de blocs du nerf grand occipital", "greater occipital nerve block session")],
    "emg": [("EMG et études de conduction des membres supérieurs", "upper limb EMG and nerve conduction studies"),
            ("EMG quatre membres", "four-limb EMG"), ("stimulation répétitive et fibre unique", "repetitive stimulation and single-fibre EMG")],
    "rehab": [("évaluation en ergothérapie (AVQ)", "occupational therapy assessment (ADLs)"),
              ("évaluation de la déglutition (vidéofluoroscopie)", "swallowing assessment (videofluoroscopy)"),
              ("évaluation neuropsychologique", "neuropsychological assessment")],
}
TESTS["eeg"] = TESTS["epi"]
TESTS["neuro"] = TESTS["epi"] + TESTS["sp"]


def test(rng, unit, lang):
    fr, en = rng.choice(TESTS[unit])
    return fr if lang == "fr" else en


SOCIAL = [
    ("vit seule au 3e étage sans ascenseur, propriétaire veut reprendre le logement",
     "lives alone on a third-floor walk-up, landlord is repossessing the apartment"),
    ("prestataire de l'aide sociale, n'a pas les moyens de payer le transport",
     "on social assistance, cannot afford transportation"),
    ("signalement à la DPJ fait par l'école la semaine dernière",
     "a youth protection (DPJ) report was filed by the school last week"),
    ("victime de violence conjugale, hébergée en maison d'aide", "victim of intimate partner violence, staying at a women's shelter"),
    ("en situation d'itinérance depuis sa sortie de l'hôpital", "homeless since discharge"),
    ("a perdu son emploi après les crises; demande d'assurance-emploi maladie en cours",
     "lost job after the seizures; EI sickness benefits claim pending"),
    ("proche aidant épuisé, conjoint atteint de démence", "exhausted caregiver, spouse has dementia"),
    ("curatelle publique en cours d'évaluation", "public curatorship assessment under way"),
]


SOCIAL_MALE = {
    "vit seule au 3e étage": "vit seul au 3e étage",
    "victime de violence conjugale, hébergée en maison d'aide": "victime de violence conjugale, hébergé temporairement chez son frère",
    "staying at a women's shelter": "temporarily staying with his brother",
    "proche aidant épuisé": "proche aidant épuisé",
}


def social(rng, lang, p=None):
    fr, en = rng.choice(SOCIAL)
    s = fr if lang == "fr" else en
    if p is not None and p["sex"] == "M":
        for a, b in SOCIAL_MALE.items():
            s = s.replace(a, b)
    elif p is not None and lang == "fr":
        s = s.replace("proche aidant épuisé", "proche aidante épuisée")
    return s
