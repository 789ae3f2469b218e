"""Clinical content banks: anaesthesia pre-operative assessment and pain clinic."""
import re

LAB_NAMES = {  # key: (fr, en, unit)
    "hb": ("Hb", "Hb", "g/L"), "plt": ("Plaq.", "Plt", "10^9/L"), "inr": ("RNI", "INR", ""),
    "creat": ("Créat.", "Creat", "µmol/L"), "egfr": ("DFGe", "eGFR", "mL/min/1,73m²"),
    "k": ("K+", "K", "mmol/L"), "na": ("Na+", "Na", "mmol/L"), "a1c": ("HbA1c", "HbA1c", "%"),
    "glu": ("Glycémie", "Glucose", "mmol/L"), "bnp": ("NT-proBNP", "NT-proBNP", "ng/L"),
    "tsh": ("TSH", "TSH", "mU/L"), "alt": ("ALT", "ALT", "U/L"), "ferr": ("Ferritine", "Ferritin", "µg/L"),
    "ptt": ("TCA", "aPTT", "s"), "alb": ("Albumine", "Albumin", "g/L"), "trop": ("Troponine HS", "hs-Troponin", "ng/L"),
}

PREOP = [
    dict(key="ptg_osa", proc=("prothèse totale du genou droit", "right total knee arthroplasty"), surg="gravel",
         dx=("SAHOS sévère sous CPAP, HTA, obésité (IMC 41)", "severe OSA on CPAP, hypertension, obesity (BMI 41)"),
         meds=["perindopril 8 mg DIE", "amlodipine 10 mg DIE", "atorvastatine 40 mg HS"],
         hold=("Cesser le perindopril la veille; apporter le CPAP le jour de la chirurgie.",
               "Hold perindopril the day before; bring CPAP machine on the day of surgery."),
         labs=[("hb", "131"), ("creat", "88"), ("k", "4.4"), ("a1c", "6.1")], asa=3,
         airway=("Mallampati III, cou court, DTM 5,5 cm", "Mallampati III, short neck, TMD 5.5 cm"),
         plan=("Rachianesthésie + bloc du canal des adducteurs; surveillance SpO2 continue 24 h.",
               "Spinal + adductor canal block; continuous SpO2 monitoring for 24 h.")),
    dict(key="pth_afib", proc=("prothèse totale de la hanche gauche", "left total hip arthroplasty"), surg="gravel",
         dx=("FA permanente anticoagulée, IC à FE préservée", "permanent AF on anticoagulation, HFpEF"),
         meds=["apixaban (Eliquis) 5 mg BID", "bisoprolol 5 mg DIE", "furosémide 20 mg DIE"],
         hold=("Dernière dose d'apixaban 48 h avant (pas de relais). Reprendre à J1 selon hémostase.",
               "Last apixaban dose 48 h before surgery (no bridging). Resume POD1 if haemostasis OK."),
         labs=[("hb", "118"), ("inr", "1.2"), ("creat", "104"), ("bnp", "640")], asa=3,
         airway=("Mallampati II, ouverture buccale normale", "Mallampati II, normal mouth opening"),
         plan=("Rachianesthésie possible si délai respecté; ETT récente à revoir.",
               "Spinal possible if hold interval respected; review recent echo.")),
    dict(key="chole_dm", proc=("cholécystectomie par laparoscopie", "laparoscopic cholecystectomy"), surg="menon",
         dx=("diabète de type 2 mal contrôlé, IRC stade 3a", "poorly controlled type 2 diabetes, CKD stage 3a"),
         meds=["metformine 1000 mg BID", "empagliflozine (Jardiance) 25 mg DIE", "insuline glargine 34 U HS"],
         hold=("Cesser l'empagliflozine 3 jours avant; glargine 80 % la veille; pas de metformine le matin.",
               "Stop empagliflozin 3 days before; glargine 80% the night before; no metformin the morning of surgery."),
         labs=[("a1c", "9.2"), ("glu", "13.8"), ("creat", "131"), ("egfr", "48")], asa=3,
         airway=("Mallampati II", "Mallampati II"),
         plan=("AG; protocole glycémique périopératoire; contrôle cétonémie à l'arrivée.",
               "GA; perioperative glucose protocol; check ketones on arrival.")),
    dict(key="colect_anemia", proc=("hémicolectomie droite", "right hemicolectomy"), surg="menon",
         dx=("anémie ferriprive sur adénocarcinome du côlon", "iron-deficiency anaemia, colon adenocarcinoma"),
         meds=["fer (FeraMAX) 150 mg DIE", "pantoprazole 40 mg DIE"],
         hold=("Perfusion de fer IV à planifier avant la chirurgie.", "Arrange IV iron infusion before surgery."),
         labs=[("hb", "92"), ("ferr", "7"), ("plt", "412"), ("alb", "31")], asa=3,
         airway=("Mallampati I", "Mallampati I"),
         plan=("AG + péridurale thoracique; optimisation de l'Hb (fer IV) avant la date opératoire.",
               "GA + thoracic epidural; optimise Hb (IV iron) before the OR date.")),
    dict(key="glp1", proc=("réparation de hernie ventrale", "ventral hernia repair"), surg="menon",
         dx=("obésité, DB2, RGO", "obesity, type 2 diabetes, GERD"),
         meds=["sémaglutide (Ozempic) 1 mg s.c. q semaine", "metformine 850 mg BID", "oméprazole 20 mg DIE"],
         hold=("Suspendre le sémaglutide 7 jours avant; diète liquide 24 h si non suspendu.",
               "Hold semaglutide 7 days before; clear fluids for 24 h if not held."),
         labs=[("a1c", "7.4"), ("creat", "76")], asa=2,
         airway=("Mallampati III, IMC 44", "Mallampati III, BMI 44"),
         plan=("Risque d'aspiration : échographie gastrique à l'induction, ISR au besoin.",
               "Aspiration risk: gastric ultrasound at induction, RSI if needed.")),
    dict(key="stent", proc=("cystoscopie avec biopsies vésicales", "cystoscopy with bladder biopsies"), surg="menon",
         dx=("MCAS, tuteur actif il y a 5 mois", "CAD, drug-eluting stent 5 months ago"),
         meds=["clopidogrel (Plavix) 75 mg DIE", "AAS 80 mg DIE", "rosuvastatine 20 mg DIE", "métoprolol 25 mg BID"],
         hold=("NE PAS cesser la DAPT sans avis de cardiologie; chirurgie à reporter au-delà de 6 mois.",
               "Do NOT stop DAPT without cardiology input; postpone surgery beyond 6 months."),
         labs=[("hb", "139"), ("trop", "9"), ("creat", "97")], asa=3,
         airway=("Mallampati II", "Mallampati II"),
         plan=("Report recommandé; avis cardiologie demandé.", "Postponement recommended; cardiology consult requested.")),
    dict(key="copd", proc=("réparation de hernie inguinale droite", "right inguinal hernia repair"), surg="menon",
         dx=("MPOC GOLD 3, tabagisme actif 45 PA", "COPD GOLD 3, active smoker 45 pack-years"),
         meds=["tiotropium (Spiriva) 18 mcg DIE", "salmétérol/fluticasone (Advair) 50/250 BID", "salbutamol PRN"],
         hold=("Prendre les inhalateurs le matin; apporter le salbutamol.", "Take inhalers the morning of surgery; bring salbutamol."),
         labs=[("hb", "161"), ("k", "4.1")], asa=3,
         airway=("Mallampati II, barbe", "Mallampati II, beard"),
         plan=("Privilégier anesthésie locale + sédation ou rachianesthésie.", "Prefer local + sedation or spinal.")),
    dict(key="mh", proc=("arthroscopie de l'épaule gauche", "left shoulder arthroscopy"), surg="gravel",
         dx=("antécédent familial d'hyperthermie maligne (frère)", "family history of malignant hyperthermia (brother)"),
         meds=["aucun"],
         hold=("Aucune médication à cesser.", "No medications to hold."),
         labs=[("hb", "148")], asa=2,
         airway=("Mallampati I", "Mallampati I"),
         plan=("Technique sans agents déclencheurs (TIVA propofol), machine purgée, dantrolène disponible; bloc interscalénique.",
               "Trigger-free anaesthetic (propofol TIVA), flushed machine, dantrolene available; interscalene block.")),
    dict(key="diff_airway", proc=("thyroïdectomie totale", "total thyroidectomy"), surg="menon",
         dx=("goitre multinodulaire avec déviation trachéale, intubation difficile documentée en 2019",
             "multinodular goitre with tracheal deviation, documented difficult intubation in 2019"),
         meds=["lévothyroxine 100 mcg DIE"],
         hold=("Prendre la lévothyroxine le matin.", "Take levothyroxine the morning of surgery."),
         labs=[("tsh", "0.9"), ("hb", "127")], asa=2,
         airway=("Cormack-Lehane 4 en 2019; ouverture buccale 3 cm", "Cormack-Lehane grade 4 in 2019; mouth opening 3 cm"),
         plan=("Intubation vigile par fibroscopie prévue; ORL en salle.", "Awake fibreoptic intubation planned; ENT in the room.")),
    dict(key="pseudo", proc=("résection sigmoïdienne par laparoscopie", "laparoscopic sigmoid resection"), surg="menon",
         dx=("déficit en pseudocholinestérase (apnée prolongée après succinylcholine, 2016)",
             "pseudocholinesterase deficiency (prolonged apnoea after succinylcholine, 2016)"),
         meds=["venlafaxine 75 mg DIE", "ézétimibe 10 mg DIE"],
         hold=("Continuer la venlafaxine.", "Continue venlafaxine."),
         labs=[("hb", "124")], asa=2,
         airway=("Mallampati II", "Mallampati II"),
         plan=("Éviter succinylcholine et mivacurium; rocuronium + sugammadex.", "Avoid succinylcholine and mivacurium; rocuronium + sugammadex.")),
    dict(key="opioid_preop", proc=("fusion lombaire L4-S1", "L4-S1 lumbar fusion"), surg="gravel",
         dx=("douleur chronique sous opioïdes (ÉMO 180 mg/j), trouble anxieux", "chronic pain on opioids (MME 180 mg/day), anxiety disorder"),
         meds=["hydromorphone LA (Hydromorph Contin) 18 mg BID", "prégabaline (Lyrica) 150 mg BID", "duloxétine 60 mg DIE"],
         hold=("Continuer les opioïdes de base le matin; consultation SDA pré-op.", "Continue baseline opioids the morning of surgery; APS consult pre-op."),
         labs=[("hb", "137"), ("creat", "70")], asa=3,
         airway=("Mallampati II", "Mallampati II"),
         plan=("Kétamine peropératoire, ACP hydromorphone, méthadone à discuter.", "Intra-op ketamine, hydromorphone PCA, discuss methadone.")),
    dict(key="suboxone", proc=("cure de hernie discale L5-S1", "L5-S1 microdiscectomy"), surg="gravel",
         dx=("trouble lié à l'usage d'opioïdes en rémission sous buprénorphine", "opioid use disorder in remission on buprenorphine"),
         meds=["buprénorphine-naloxone (Suboxone) 16 mg/4 mg DIE"],
         hold=("NE PAS cesser la buprénorphine; fractionner en 8 mg BID la semaine de la chirurgie.",
               "Do NOT stop buprenorphine; split to 8 mg BID during the week of surgery."),
         labs=[("alt", "31"), ("hb", "144")], asa=2,
         airway=("Mallampati I", "Mallampati I"),
         plan=("Analgésie multimodale, bloc ESP, éviter opioïdes agonistes complets si possible.",
               "Multimodal analgesia, ESP block, minimise full agonist opioids.")),
    dict(key="ckd", proc=("création de fistule artério-veineuse", "arteriovenous fistula creation"), surg="menon",
         dx=("IRC stade 4, HTA, anémie de l'IRC", "CKD stage 4, hypertension, anaemia of CKD"),
         meds=["darbépoétine 40 mcg q2 sem", "calcitriol 0,25 mcg DIE", "nifédipine XL 60 mg DIE"],
         hold=("Continuer la nifédipine.", "Continue nifedipine."),
         labs=[("creat", "298"), ("egfr", "17"), ("k", "5.6"), ("hb", "96")], asa=4,
         airway=("Mallampati II", "Mallampati II"),
         plan=("Bloc supraclaviculaire; K+ à refaire le matin (reporter si > 6,0).",
               "Supraclavicular block; repeat K the morning of surgery (cancel if > 6.0).")),
    dict(key="pacemaker", proc=("cataracte œil droit", "right cataract extraction"), surg="menon",
         dx=("stimulateur cardiaque (BAV complet), démence légère", "pacemaker (complete heart block), mild dementia"),
         meds=["donépézil 10 mg DIE", "warfarine (Coumadin) selon RNI"],
         hold=("Warfarine maintenue si RNI < 3,0.", "Continue warfarin if INR < 3.0."),
         labs=[("inr", "2.4"), ("hb", "121")], asa=3,
         airway=("non pertinent (anesthésie topique)", "not relevant (topical anaesthesia)"),
         plan=("Anesthésie topique + sédation minimale; accompagnateur requis.", "Topical + minimal sedation; escort required.")),
    dict(key="ponv_mast", proc=("septoplastie et turbinoplastie", "septoplasty and turbinate reduction"), surg="menon",
         dx=("NVPO sévères lors de deux anesthésies antérieures, migraine", "severe PONV with two previous anaesthetics, migraine"),
         meds=["dimenhydrinate 50 mg PRN", "zopiclone 7,5 mg HS PRN"],
         hold=("Aucun médicament à cesser; timbre de scopolamine la veille au soir.", "No medications to hold; scopolamine patch the evening before."),
         labs=[("hb", "133")], asa=2,
         airway=("Mallampati I", "Mallampati I"),
         plan=("TIVA, prophylaxie NVPO triple (dexaméthasone, ondansétron, scopolamine).", "TIVA, triple PONV prophylaxis (dexamethasone, ondansetron, scopolamine).")),
    dict(key="latex_anx", proc=("ligamentoplastie du genou gauche (LCA)", "left ACL reconstruction"), surg="gravel",
         dx=("allergie au latex (anaphylaxie 2021), anxiété sévère", "latex allergy (anaphylaxis 2021), severe anxiety"),
         meds=["sertraline 100 mg DIE", "lorazépam 0,5 mg PRN"],
         hold=("Salle sans latex, premier cas de la journée.", "Latex-free room, first case of the day."),
         labs=[("hb", "142")], asa=2,
         airway=("Mallampati I", "Mallampati I"),
         plan=("Prémédication anxiolytique; bloc fémoral + AG.", "Anxiolytic premedication; femoral block + GA.")),
]

PEDS = [
    dict(proc=("amygdalectomie et adénoïdectomie", "tonsillectomy and adenoidectomy"),
         dx=("apnées obstructives du sommeil (IAH 14)", "obstructive sleep apnoea (AHI 14)"),
         plan=("Admission post-op avec oxymétrie continue; pas de codéine.", "Post-op admission with continuous oximetry; no codeine.")),
    dict(proc=("réhabilitation dentaire sous AG", "dental rehabilitation under GA"),
         dx=("trouble du spectre de l'autisme, caries multiples", "autism spectrum disorder, multiple caries"),
         plan=("Prémédication au midazolam oral; parent présent à l'induction.", "Oral midazolam premed; parent present at induction.")),
    dict(proc=("pose de tubes transtympaniques", "bilateral myringotomy tubes"),
         dx=("otites récidivantes, asthme léger", "recurrent otitis media, mild asthma"),
         plan=("Salbutamol pré-induction; masque seulement.", "Pre-induction salbutamol; mask anaesthetic.")),
    dict(proc=("réduction fermée d'une fracture de l'avant-bras", "closed reduction of forearm fracture"),
         dx=("fracture radius-cubitus distale droite, IRS récente", "right distal radius-ulna fracture, recent URTI"),
         plan=("Bloc axillaire échoguidé + sédation.", "Ultrasound-guided axillary block + sedation.")),
]

PAIN = [
    dict(key="lbp_rad", dx=("lombosciatalgie droite chronique, radiculopathie L5", "chronic right-sided low back pain with L5 radiculopathy"),
         meds=["prégabaline (Lyrica) 75 mg BID", "naproxène 500 mg BID", "hydromorphone 1 mg q6h PRN"],
         imaging=("IRM lombaire : hernie discale L4-L5 paramédiane droite avec contact radiculaire L5",
                  "MRI L-spine: right paramedian L4-L5 disc herniation contacting the L5 root"),
         proc=("infiltration épidurale transforaminale L4-L5 droite", "right L4-L5 transforaminal epidural steroid injection"),
         score=7),
    dict(key="crps", dx=("syndrome douloureux régional complexe (SDRC) type 1, poignet droit", "complex regional pain syndrome (CRPS) type 1, right wrist"),
         meds=["gabapentine (Neurontin) 600 mg TID", "amitriptyline 25 mg HS", "alendronate 70 mg q semaine"],
         imaging=("scintigraphie osseuse compatible avec SDRC", "bone scan consistent with CRPS"),
         proc=("série de blocs du ganglion stellaire droit", "series of right stellate ganglion blocks"), score=8),
    dict(key="fibro", dx=("fibromyalgie, trouble du sommeil, dépression majeure", "fibromyalgia, sleep disturbance, major depression"),
         meds=["duloxétine (Cymbalta) 60 mg DIE", "nabilone (Cesamet) 0,5 mg HS", "cyclobenzaprine 10 mg HS"],
         imaging=("aucune imagerie pertinente", "no relevant imaging"),
         proc=("programme de groupe d'autogestion + physiothérapie", "self-management group programme + physiotherapy"), score=6),
    dict(key="phn", dx=("névralgie post-zostérienne T6 gauche", "left T6 post-herpetic neuralgia"),
         meds=["prégabaline 150 mg BID", "lidocaïne timbre 5 % 12 h/24", "nortriptyline 10 mg HS"],
         imaging=("sans objet", "n/a"),
         proc=("bloc paravertébral T6 gauche", "left T6 paravertebral block"), score=7),
    dict(key="tn", dx=("névralgie du trijumeau V2-V3 droite", "right V2-V3 trigeminal neuralgia"),
         meds=["carbamazépine (Tegretol) 200 mg TID", "baclofène 10 mg TID"],
         imaging=("IRM cérébrale : conflit neurovasculaire possible", "brain MRI: possible neurovascular conflict"),
         proc=("référence en neurochirurgie; bloc du ganglion sphénopalatin", "neurosurgery referral; sphenopalatine ganglion block"), score=9),
    dict(key="facet", dx=("arthrose facettaire lombaire L3 à S1", "lumbar facet arthropathy L3-S1"),
         meds=["acétaminophène 1 g QID", "célécoxib (Celebrex) 200 mg DIE", "tramadol 50 mg q6h PRN"],
         imaging=("TDM : arthrose facettaire modérée bilatérale", "CT: moderate bilateral facet arthropathy"),
         proc=("dénervation par radiofréquence des branches médianes L3-L5 bilatérale", "bilateral L3-L5 medial branch radiofrequency ablation"),
         score=6),
    dict(key="fbss", dx=("syndrome post-laminectomie (FBSS) avec douleur neuropathique MI gauche", "failed back surgery syndrome with left leg neuropathic pain"),
         meds=["oxycodone LA (OxyNEO) 30 mg BID", "oxycodone (Supeudol) 10 mg q4h PRN", "prégabaline 200 mg BID"],
         imaging=("IRM : fibrose épidurale L5-S1", "MRI: L5-S1 epidural fibrosis"),
         proc=("essai de neurostimulation médullaire", "spinal cord stimulator trial"), score=8),
    dict(key="cpsp", dx=("douleur chronique post-thoracotomie droite", "chronic post-thoracotomy pain, right"),
         meds=["gabapentine 300 mg TID", "venlafaxine XR 150 mg DIE"],
         imaging=("sans objet", "n/a"),
         proc=("bloc du plan serratus antérieur", "serratus anterior plane block"), score=6),
    dict(key="cancer", dx=("douleur cancéreuse, adénocarcinome du pancréas métastatique", "cancer pain, metastatic pancreatic adenocarcinoma"),
         meds=["méthadone 5 mg q8h", "hydromorphone 4 mg s.c. q1h PRN", "dexaméthasone 4 mg DIE", "sennosides 2 co HS"],
         imaging=("TDM : envahissement du tronc cœliaque", "CT: coeliac axis involvement"),
         proc=("neurolyse du plexus cœliaque", "coeliac plexus neurolysis"), score=9),
    dict(key="knee_oa", dx=("gonarthrose bilatérale sévère, non candidat à la chirurgie", "severe bilateral knee OA, not a surgical candidate"),
         meds=["acétaminophène 1 g TID", "diclofénac gel 10 % QID", "tapentadol (Nucynta CR) 50 mg BID"],
         imaging=("radiographie : pincement tricompartimental grade 4", "X-ray: grade 4 tricompartmental narrowing"),
         proc=("radiofréquence des nerfs géniculés bilatérale", "bilateral genicular nerve radiofrequency ablation"), score=7),
    dict(key="occipital", dx=("névralgie occipitale gauche, céphalées chroniques quotidiennes", "left occipital neuralgia, chronic daily headache"),
         meds=["topiramate 50 mg BID", "ibuprofène 400 mg PRN"],
         imaging=("IRM cervicale normale", "normal cervical MRI"),
         proc=("bloc du grand nerf occipital gauche", "left greater occipital nerve block"), score=7),
    dict(key="dpn", dx=("polyneuropathie diabétique douloureuse", "painful diabetic peripheral neuropathy"),
         meds=["duloxétine 60 mg DIE", "prégabaline 75 mg BID", "insuline détémir 22 U HS"],
         imaging=("EMG : polyneuropathie sensitivomotrice axonale", "EMG: axonal sensorimotor polyneuropathy"),
         proc=("perfusion de lidocaïne IV (essai)", "IV lidocaine infusion trial"), score=6),
    dict(key="sickle", dx=("drépanocytose SS, crises vaso-occlusives récurrentes", "sickle cell disease (HbSS), recurrent vaso-occlusive crises"),
         meds=["hydroxyurée 1000 mg DIE", "acide folique 5 mg DIE", "hydromorphone 2 mg q4h PRN"],
         imaging=("IRM hanche : ostéonécrose tête fémorale gauche", "hip MRI: left femoral head osteonecrosis"),
         proc=("plan de soins individualisé pour l'urgence", "individualised emergency care plan"), score=8),
    dict(key="phantom", dx=("douleur du membre fantôme, amputation transtibiale droite", "phantom limb pain after right below-knee amputation"),
         meds=["gabapentine 400 mg TID", "méthadone 2,5 mg BID (analgésie)"],
         imaging=("sans objet", "n/a"),
         proc=("thérapie miroir + perfusions de kétamine", "mirror therapy + ketamine infusions"), score=7),
    dict(key="si_joint", dx=("dysfonction sacro-iliaque gauche", "left sacroiliac joint dysfunction"),
         meds=["naproxène 250 mg BID", "acétaminophène PRN"],
         imaging=("IRM bassin : sacro-iliite exclue", "pelvic MRI: no sacroiliitis"),
         proc=("infiltration sacro-iliaque gauche sous fluoroscopie", "fluoroscopy-guided left SI joint injection"), score=6),
    dict(key="migraine", dx=("migraine chronique avec abus médicamenteux", "chronic migraine with medication-overuse headache"),
         meds=["érénumab (Aimovig) 140 mg s.c. q mois", "rizatriptan 10 mg PRN", "propranolol LA 80 mg DIE"],
         imaging=("IRM cérébrale normale", "normal brain MRI"),
         proc=("injections d'onabotulinumtoxinA (protocole PREEMPT)", "onabotulinumtoxinA injections (PREEMPT protocol)"), score=8),
]

OPIOIDS = ["hydromorphone (Dilaudid) 2 mg", "oxycodone (Supeudol) 5 mg", "morphine LA (M-Eslon) 30 mg",
           "tapentadol (Nucynta CR) 100 mg", "méthadone 10 mg/mL", "fentanyl timbre 25 mcg/h",
           "buprénorphine-naloxone (Suboxone) 8 mg/2 mg", "tramadol/acétaminophène (Tramacet) 37,5/325 mg"]

UDS = [("fentanyl", "fentanyl"), ("cocaïne (benzoylecgonine)", "cocaine (benzoylecgonine)"),
       ("benzodiazépines non prescrites", "non-prescribed benzodiazepines"),
       ("absence d'hydromorphone (prescrite)", "hydromorphone absent (prescribed)"),
       ("THC", "THC")]

SOCIAL = {
    "housing": ("vit présentement en refuge depuis l'éviction de son logement", "currently staying at a shelter after being evicted"),
    "income": ("prestataire d'aide sociale (contraintes sévères à l'emploi)", "on social assistance (severe employment constraints)"),
    "violence": ("a dévoilé de la violence conjugale; plan de sécurité discuté avec la T.S.", "disclosed intimate partner violence; safety plan discussed with social work"),
    "dpj": ("dossier actif à la DPJ; la mère a la garde partielle", "active youth protection (DPJ) file; mother has partial custody"),
    "caregiver": ("proche aidante de son conjoint atteint d'Alzheimer, épuisement", "primary caregiver for spouse with Alzheimer's, exhausted"),
    "workcomp": ("en arrêt de travail, réclamation à la CIT en cours (accident de travail)", "off work, workers' compensation claim in progress"),
    "alone": ("vit seul, sans accompagnateur pour le retour à domicile", "lives alone, no escort for discharge home"),
    "jobloss": ("a perdu son emploi, difficulté à payer ses médicaments", "recently lost job, struggling to pay for medications"),
}


def lab_str(lab, lang, sep=" "):
    key, val = lab
    fr, en, unit = LAB_NAMES[key]
    name = fr if lang == "fr" else en
    if lang == "fr":
        val = val.replace(".", ",")
    return f"{name}{sep}{val}" + (f" {unit}" if unit else "")


def labs_line(labs, lang, joiner=", "):
    return joiner.join(lab_str(x, lang) for x in labs)


_EN = [("acétaminophène", "acetaminophen"), ("gabapentine", "gabapentin"), ("prégabaline", "pregabalin"),
       ("naproxène", "naproxen"), ("duloxétine", "duloxetine"), ("lidocaïne timbre", "lidocaine patch"),
       ("carbamazépine", "carbamazepine"), ("baclofène", "baclofen"), ("célécoxib", "celecoxib"),
       ("diclofénac", "diclofenac"), ("méthadone", "methadone"), ("dexaméthasone", "dexamethasone"),
       ("insuline détémir", "insulin detemir"), ("insuline glargine", "insulin glargine"), ("hydroxyurée", "hydroxyurea"),
       ("acide folique", "folic acid"), ("érénumab", "erenumab"), ("ibuprofène", "ibuprofen"),
       ("atorvastatine", "atorvastatin"), ("furosémide", "furosemide"), ("metformine", "metformin"),
       ("empagliflozine", "empagliflozin"), ("fer (FeraMAX)", "iron (FeraMAX)"), ("sémaglutide", "semaglutide"),
       ("oméprazole", "omeprazole"), ("AAS", "ASA"), ("rosuvastatine", "rosuvastatin"), ("métoprolol", "metoprolol"),
       ("lévothyroxine", "levothyroxine"), ("ézétimibe", "ezetimibe"), ("darbépoétine", "darbepoetin"),
       ("nifédipine", "nifedipine"), ("donépézil", "donepezil"), ("warfarine (Coumadin) selon RNI", "warfarin (Coumadin) per INR"),
       ("lorazépam", "lorazepam"), ("salmétérol", "salmeterol"), ("hydromorphone LA", "hydromorphone CR"), ("oxycodone LA", "oxycodone CR"),
       ("buprénorphine", "buprenorphine"), ("morphine LA", "morphine SR"), ("aucun", "none"),
       ("s.c. q semaine", "SC weekly"), ("s.c. q mois", "SC monthly"), ("q semaine", "weekly"), ("q2 sem", "q2 weeks"),
       ("(analgésie)", "(analgesia)"), ("2 co HS", "2 tabs HS"), (" DIE", " daily"), (" s.c. ", " SC ")]


def med_en(s):
    for a, b in _EN:
        s = s.replace(a, b)
    return re.sub(r"(\d),(\d)", r"\1.\2", s)


OPIOID_WORDS = ("hydromorphone", "oxycodone", "morphine", "méthadone", "methadone", "tapentadol", "tramadol",
                "fentanyl", "buprénorphine", "buprenorphine")


def opioid(sc, lang="fr"):
    for x in sc["meds"]:
        if any(w in x for w in OPIOID_WORDS):
            return x if lang == "fr" else med_en(x)
    return None


def meds_en(sc):
    return [med_en(x) for x in sc["meds"]]


def has_imaging(sc):
    """True when the scenario states an actual imaging / test finding."""
    return sc["imaging"][1] not in ("n/a", "no relevant imaging")
