"""Hard negatives with many sub-variants (picked by occurrence number so repeats differ)."""
import datetime

import gen_attach as A
import gen_common as C
from gen_mime import Att, Content, Mail, quote, render_inner, said_en, said_fr
from gen_neg_fr import asset_tag, luhn_serial

S, X = C.STAFF, C.EXTERNAL
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _d(c, k):
    return C.next_weekday(c.day, k)


# ============================================================== English
def job_posting(c):
    r = c.rng
    c.category, c.note = "job_posting", "job posting for gastroenterology services"
    jobs = [("Gastroenterologist (hepatology interest)", "FRCPC in gastroenterology; advanced hepatology training an asset",
             "outpatient hepatology clinic (viral hepatitis, MASLD, cirrhosis), one endoscopy day per week, 1-in-6 call"),
            ("Endoscopy Nurse – day shift", "Registered nurse (OIIQ), 2 years of acute-care experience",
             "procedural sedation monitoring, recovery, bowel-prep teaching and follow-up calls"),
            ("Clinical Research Coordinator – IBD", "Bachelor's in health sciences; GCP certification",
             "screening and consenting participants, data entry in REDCap, monitor visits"),
            ("Medical Device Reprocessing Technician", "DEP in reprocessing or equivalent",
             "manual cleaning and automated high-level disinfection of flexible endoscopes, traceability records"),
            ("Nurse Navigator – Colorectal Cancer Screening", "BScN; oncology or GI experience",
             "triage of FIT-positive referrals, pre-colonoscopy assessment, results follow-up with physicians"),
            ("Administrative Officer – Endoscopy Booking", "DEP in office administration; bilingual",
             "booking, reminders, wait-list management in the scheduling system")]
    job, req, duties = jobs[c.occ % len(jobs)]
    status = r.choice(["Full-time permanent", "Part-time (7/14 days)", "Temporary 12-month replacement"])
    txt = (f"JOB OPPORTUNITY – {job}\n{C.HOSP_EN}, {C.CISSS}\nPosting #{r.randint(24100, 24999)} – {status}\n\n"
           f"Our unit performs about {r.choice(['8,500', '9,000', '9,600'])} endoscopic procedures a year and hosts the regional colorectal "
           f"cancer screening programme, an IBD clinic and a hepatology clinic.\n\nMain duties: {duties}.\n"
           f"Requirements: {req}; functional French.\n"
           f"Benefits: defined-benefit pension, {r.choice(['4', '4', '5'])} weeks of vacation, {r.choice(['relocation allowance', 'regional retention bonus', 'free parking'])}.\n\n"
           f"Apply by {C.r_date(_d(c, r.randint(20, 40)), 'long_en')} to recrutement@{C.CISSS_DOM}. "
           f"Questions: {S['gendron'].full}, {C.UNIT_PHONE['rh']}.\n")
    atts = []
    if r.random() < 0.35:
        g = S["gendron"]
        atts.append(Att("recruiter.vcf", "text/vcard", A.make_vcf(g.given, g.surname, email=g.email, org=C.CISSS, title=g.role_en)))
    return c.mail(S["gendron"], [r.choice([("Job board", "postings@santejobs.example"), ("All staff", "tous@hsab.example")])],
                  r.choice(["Posting: ", "Now hiring – ", "Job opening: "]) + job, txt, mode=r.choice(["plain", "alt", "html"]), atts=atts)


def it_notice(c):
    r = c.rng
    c.category, c.note = "it_notice", "IT service notice"
    d = _d(c, r.randint(1, 9))
    v = c.occ % 6
    if v == 0:
        txt = (f"Hello,\n\nThe clinical information system will be unavailable on {C.appt_en(d, r.choice([22, 23]))} for "
               f"{r.choice(['2', '3', '4'])} hours ({r.choice(['database upgrade', 'storage migration', 'security patching'])}). "
               "Downtime procedures: print the endoscopy schedule beforehand; critical lab values will be phoned.\n\n" + S["boivin"].sig("en"))
        subj = "Planned downtime – clinical system"
    elif v == 1:
        txt = (f"Your password for the EndoScribe reporting system expires in {r.randint(2, 7)} days. Change it from any hospital workstation "
               "(Ctrl+Alt+Del > Change password). Do not reply to this automated message.\n\nIT Service Desk – ext. 4444\n")
        subj = "Password expiry notice"
    elif v == 2:
        txt = (f"Hi {S['frechette'].given},\n\nThe new label printer for Room {r.randint(1, 4)} (S/N {luhn_serial(r, 10)}, asset {asset_tag(r)}) is installed. "
               "Test print OK. Old printer picked up for recycling.\n\n" + S["boivin"].sig("en"))
        subj = f"Ticket INC{r.randint(100000, 999999)} resolved"
    elif v == 3:
        txt = (f"Hello all,\n\nPhishing simulation results for October: {r.randint(180, 260)} staff tested, {r.randint(6, 14)}% clicked, "
               f"{r.randint(2, 6)}% entered credentials. Mandatory 15-minute refresher for those who clicked will be assigned in the LMS.\n\n"
               "Information Security Office\nsecurite@cisss-battures.example\n")
        subj = "Phishing simulation – results"
    elif v == 4:
        txt = (f"Hello,\n\nStarting {C.r_date(d, 'long_en')}, referral faxes to {C.UNIT_PHONE['fax_endo']} will arrive in the e-fax queue "
               "'ENDO-REFERRALS' instead of the paper fax. Training sessions: Tuesday and Thursday 12:15, room B-204.\n\n" + S["boivin"].sig("en"))
        subj = "E-fax for endoscopy referrals"
    else:
        txt = (f"Reminder: Wi-Fi network 'CISSS-Staff' will be replaced by 'CISSS-Secure' on {C.r_date(d, 'long_en')}. "
               "Personal devices must be re-registered through the portal. Medical devices are not affected.\n\n" + S["boivin"].sig("en"))
        subj = "Wi-Fi change"
    to = [S["frechette"]] if v == 2 else [("Endoscopy staff", "endoscopie-equipe@hsab.example")]
    if v in (0, 4, 5) and r.random() < 0.5:
        inner = Mail(("IT Service Desk", f"servicedesk@{C.CISSS_DOM}"), [(S["boivin"].full, S["boivin"].email)], subj,
                     c.earlier(20), f"<{r.getrandbits(40):010x}@{C.CISSS_DOM}>", Content(txt + "\n"))
        t_in = {"mode": "plain", "charset": "utf-8", "cte": "quoted-printable", "cte_html": "8bit", "eol": "\n", "subj": "raw",
                "names": "q-utf8", "fname": "plain", "bstyle": "hsab", "mailer": None}
        raw = render_inner(inner, t_in, c.idx, "en")
        return c.mail(S["boivin"], to, "FW: " + subj, "Please read the attached notice from the Service Desk.\n\n" + S["boivin"].sig("en") + "\n",
                      atts=[Att("notice.eml", "message/rfc822", raw)])
    return c.mail(S["boivin"], to, subj, txt + "\n", mode=r.choice(["plain", "plain", "html", "alt"]))


MINUTE_ITEMS = [
    "Adverse events Q3: {a} post-polypectomy bleeds, {b} perforation; all reviewed, no system issue.",
    "Bowel prep adequacy: {p}% (target 90%). Split-dose handout to be revised.",
    "Duodenoscope cultures: {b} positive of {n}; scope quarantined and reprocessed.",
    "Sedation: propofol rollout for ERCP approved by anesthesia.",
    "Adenoma detection rate (unit): {adr}%; all endoscopists above 25%.",
    "Wait times: P2 median {w2} days, P3 median {w3} days; extra Saturday lists in January.",
    "Patient satisfaction survey: {s}% very satisfied (n = {n2}).",
    "Same-day cancellations: {cx}% (mostly inadequate prep or no escort).",
    "New CAG quality indicators to be adopted in the annual report.",
]


def minutes(c):
    r = c.rng
    c.category, c.note = "committee_minutes", "committee minutes with aggregate data only"
    vals = dict(a=r.randint(1, 4), b=r.randint(0, 1), p=r.randint(85, 94), n=r.randint(20, 30), adr=r.randint(30, 41),
                w2=r.randint(14, 30), w3=r.randint(55, 95), s=r.randint(88, 97), n2=r.randint(150, 420), cx=r.randint(3, 9))
    items = r.sample(MINUTE_ITEMS, r.randint(4, 6))
    name = r.choice(["Endoscopy Quality Committee", "PRDCC Steering Committee", "Endoscopy Operations Meeting"])
    txt = (f"MINUTES – {name} – {C.r_date(c.day - datetime.timedelta(days=2), 'long_en')}\n\n"
           f"Present: {S['marchand'].full} (chair), {S['haddad'].t('en')}, {S['hebert'].t('en')}, {S['frechette'].full}, "
           f"{r.choice([S['lavigne'].full, S['desrochers'].t('en'), S['dufresne'].full])}\n\n" +
           "\n".join(f"{i + 1}. {it.format(**vals)}" for i, it in enumerate(items)) +
           f"\n{len(items) + 1}. Next meeting: {C.r_date(_d(c, r.randint(25, 45)), 'long_en')}.\n\nMinutes: {S['charbonneau'].full}\n")
    pdf = A.make_pdf(f"{name} – Minutes", [("p", x) for x in txt.split("\n\n")], "en", compress=True)
    x = r.random()
    if c.occ in (1, 4):
        att_csv = A.make_csv([["Member", "Present"]] + [[S[k].full, r.choice(["yes", "yes", "regrets"])]
                                                        for k in ("marchand", "haddad", "hebert", "frechette", "lavigne")])
        atts = [Att("minutes_package.zip", "application/zip", A.make_zip([("minutes.pdf", pdf), ("attendance.csv", att_csv.encode())]))]
    elif x < 0.5:
        atts = [Att("minutes.pdf", "application/pdf", pdf)]
    else:
        atts = []
    return c.mail(S["charbonneau"], [("Committee members", "comite-endo@hsab.example")], f"Minutes – {name}", txt, atts=atts)


CASES_EN = [
    "A {age}-year-old man with alcohol-related cirrhosis presents with hematemesis; Hb {hb}, INR 1.9, platelets 62. Initial management and timing of endoscopy?",
    "A {age}-year-old woman with ulcerative colitis on mesalamine has 10 bloody stools a day, CRP {crp}. Define acute severe UC and outline day-3 rescue options.",
    "A {age}-year-old with a positive FIT and a 22 mm flat lesion in the cecum: cold EMR or referral for ESD?",
    "A {age}-year-old with cirrhosis has a new 2.2 cm arterially enhancing lesion with washout. LI-RADS category and next step?",
    "A {age}-year-old with iron-deficiency anaemia, tTG-IgA 8x ULN and normal total IgA. Do you need duodenal biopsies?",
    "A {age}-year-old with epigastric pain, lipase 5x ULN and a new pleural effusion on day 2. Classify severity (revised Atlanta).",
]


def teaching_case(c):
    r = c.rng
    c.category, c.note = "teaching_case", "de-identified teaching case quiz"
    case = CASES_EN[c.occ % len(CASES_EN)].format(age=r.randint(25, 80), hb=r.randint(64, 82), crp=r.randint(45, 120))
    txt = (f"Case of the week (composite, de-identified):\n\n{case}\n\nAnswers discussed {r.choice(['Friday at rounds', 'Wednesday noon conference', 'at journal club'])}.\n\n"
           f"{S['proulx'].full}, R4\n")
    if r.random() < 0.4:
        t0 = c.earlier(5)
        txt = (f"{r.choice(['Nice one.', 'Good choice.', 'Great case.'])} I'd add a question on {r.choice(['antibiotic prophylaxis', 'the guideline evidence', 'cost'])}.\n\n"
               f"{S['haddad'].given}\n\n" + said_en(t0, S["proulx"].full, S["proulx"].email) + "\n" + quote(txt))
        return c.mail(S["haddad"], [S["proulx"]], "RE: Case of the week", txt, reply_to_id=f"<{c.idx}.case@hsab.example>")
    return c.mail(S["proulx"], [("GI residents", "gastro-enseignement@hsab.example")], "Case of the week", txt)


TEMPLATES_EN = [
    ("appointment letter", "Dear {{title}} {{first_name}} {{last_name}},\n\nYour {{procedure}} is scheduled on {{date}} at {{time}}.\n"
     "Health insurance number: {{nam}}   Chart: {{mrn}}   Date of birth: {{dob}}\n\nBowel preparation: {{prep_product}}. "
     "If you take blood thinners ({{anticoagulant}}), follow page 2."),
    ("results letter", "Dear {{first_name}} {{last_name}},\n\nThe samples taken during your colonoscopy on {{procedure_date}} showed: "
     "{{result_text}}.\nRecommended follow-up: {{interval}}.\n\nDr. {{physician}}"),
    ("SMS reminder", "HSAB Endoscopy: reminder of your appointment {{date}} {{time}}. Start your prep ({{prep_product}}) at {{prep_time}}. "
     "Reply C to confirm. Questions 819-555-0110."),
    ("surveillance recall letter", "Dear {{title}} {{last_name}},\n\nAccording to our records you are due for a follow-up colonoscopy "
     "({{reason}}). Please call 819-555-0112 to book.\n\nChart {{mrn}}"),
    ("missed appointment letter", "Dear {{first_name}} {{last_name}},\n\nYou did not attend your {{procedure}} on {{date}}. "
     "Please contact us within 30 days or your referral will be returned to Dr. {{referring_md}}."),
    ("FIT kit reminder", "Hello {{first_name}},\n\nWe have not yet received your FIT kit mailed on {{kit_date}}. "
     "Please return it within 2 weeks. Kit number: {{kit_id}}"),
]


def mailmerge(c):
    r = c.rng
    c.category, c.note = "mail_merge_template", "patient letter template with merge fields"
    name, tpl = TEMPLATES_EN[c.occ % len(TEMPLATES_EN)]
    txt = (f"Hi {r.choice([S['archambault'].given, S['picard'].given])},\n\nHere is the {name} template for the merge. "
           f"Please test it with the dummy record ({r.choice(['TEST, Patient', 'ZZTEST, Demo', 'TRAINING, Record'])}) before sending.\n\n"
           "----\n" + tpl + "\n----\n\n" + S["dufresne"].full + "\n")
    atts = []
    if r.random() < 0.5:
        atts.append(Att(f"{name.replace(' ', '_')}_EN.docx", DOCX, A.make_docx(f"{name.capitalize()} (template)", [("p", x) for x in tpl.split("\n\n")])))
    return c.mail(S["dufresne"], [r.choice([S["archambault"], S["picard"]])], f"Template – {name}", txt, atts=atts)


FORMULARY = [
    ("P&T update – GI drugs", "- Subcutaneous vedolizumab (Entyvio SC) added for maintenance in UC/Crohn's after IV induction; prescribed by an "
     "IBD-clinic gastroenterologist.\n- Infliximab: all new starts on a biosimilar (Inflectra or Renflexis).\n- Terlipressin now stocked for hepatorenal syndrome."),
    ("Shortage – IV pantoprazole", "Pantoprazole 40 mg IV vials are on allocation. Reserve IV for active upper GI bleeding; use oral 40 mg BID otherwise. "
     "Esomeprazole IV is an alternative."),
    ("Adalimumab biosimilar transition", "Provincial policy: patients on originator adalimumab move to a biosimilar (Hadlima, Yuflyma or Simlandi) "
     "by {date}. Nurse injection teaching slots are available Tuesdays in the IBD clinic."),
    ("Advisory – SGLT2 inhibitors and bowel prep", "Reminder: hold SGLT2 inhibitors (empagliflozin, dapagliflozin, canagliflozin) 3 days before colonoscopy "
     "because of the risk of euglycaemic ketoacidosis with fasting and prep. GLP-1 agonists: see anesthesia guidance."),
    ("Formulary change – mesalamine suppositories", "Salofalk 1 g suppositories replaced by generic mesalamine 1 g suppositories effective {date}; "
     "expected annual savings ${sav}. No change in dosing."),
    ("Hepatitis C treatment access", "Public plan criteria for sofosbuvir/velpatasvir (Epclusa) and glecaprevir/pibrentasvir (Maviret) no longer require "
     "a fibrosis stage. Prescriptions may be written by any physician with hepatology support."),
]


def formulary(c):
    r = c.rng
    c.category, c.note = "formulary_update", "pharmacy formulary or drug shortage update"
    subj, body = FORMULARY[c.occ % len(FORMULARY)]
    body = body.format(date=C.r_date(_d(c, r.randint(10, 40)), "long_en"), sav=f"{r.randint(18, 60)},000")
    txt = f"{r.choice(['Pharmacy & Therapeutics', 'Pharmacy Department', 'Drug Information Service'])}\n\n{body}\n\n{S['doucet'].sig('en')}\n"
    return c.mail(S["doucet"], [r.choice([("Prescribers", "prescripteurs@hsab.example"), ("GI physicians", "gastro-medecins@hsab.example")])],
                  subj, txt, mode=r.choice(["plain", "alt"]))


# ============================================================== French
def gabarit(c):
    r = c.rng
    c.category, c.note = "blank_template", "blank form or mail-merge letter template"
    v = c.occ % 6
    if v == 0:
        blocks = [("kv", [("Nom :", "______________________"), ("Prénom :", "______________________"),
                          ("Date de naissance (AAAA-MM-JJ) :", "____-__-__"), ("NAM :", "____ ____ ____"),
                          ("No de dossier :", "__________"), ("Téléphone :", "(___) ___-____")]),
                  ("h", "Motif"), ("p", "[ ] RSOSi positif    [ ] Surveillance    [ ] Symptômes : ______________"),
                  ("h", "Anticoagulant / antiplaquettaire"), ("p", "[ ] Non  [ ] Oui : ____________  Cessé le : ________"),
                  ("p", f"Retourner par télécopieur au {C.UNIT_PHONE['fax_endo']}")]
        att = Att("Requete_coloscopie_PRDCC_v2024-10.pdf", "application/pdf", A.make_pdf("Requête – coloscopie (PRDCC)", blocks, "fr"))
        txt = ("Bonjour,\n\nVoici la version révisée du formulaire de requête de coloscopie à distribuer aux GMF. "
               "L'ancienne version ne sera plus acceptée à partir du 1er janvier.")
        subj, to = "Nouveau formulaire de requête PRDCC", [X["kowalski"], X["turcotte"]]
    elif v == 1:
        tpl = ("Bonjour «Titre» «Prénom» «Nom»,\n\nVotre coloscopie est prévue le «Date_RV» à «Heure_RV».\n"
               "Préparation : «Préparation». NAM : «NAM»   Dossier : «No_dossier»\n\nL'équipe du PRDCC")
        att = Att("gabarit_lettre_RV.docx", DOCX, A.make_docx("Lettre de rendez-vous (gabarit)", [("p", x) for x in tpl.split("\n\n")]))
        txt = f"Bonjour Sandra,\n\nVoici le gabarit révisé pour le publipostage de lundi. Merci de vérifier les champs de fusion.\n\n---\n{tpl}\n---"
        subj, to = "Gabarit lettre de rendez-vous", [S["picard"]]
    elif v == 2:
        blocks = [("p", "Je, soussigné(e) ______________________, consens à subir une coloscopie avec possibilité de polypectomie "
                        "et de biopsies, sous sédation-analgésie."),
                  ("p", "Risques expliqués : saignement (1/1000), perforation (1/3000), réaction aux médicaments."),
                  ("kv", [("Signature de l'usager :", "____________________"), ("Date :", "____/____/______"),
                          ("Médecin :", "____________________")])]
        att = Att("consentement_coloscopie_vierge.docx", DOCX, A.make_docx("Consentement éclairé – coloscopie", blocks))
        txt = "Bonjour à tous,\n\nLe formulaire de consentement a été mis à jour par le comité des formulaires (version 2024-09). Veuillez détruire les anciennes copies."
        subj, to = "Formulaire de consentement – nouvelle version", [("Endoscopie – tous", "endoscopie-equipe@hsab.example")]
    elif v == 3:
        rows = [["Étape", "Heure", "Fait (initiales)"], ["Diète sans résidus (J-3)", "", ""], ["Liquides clairs (J-1)", "", ""],
                ["1re dose de préparation", "", ""], ["2e dose de préparation", "", ""], ["À jeun depuis", "", ""]]
        att = Att("feuille_de_route_prepa.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", A.make_xlsx([("Feuille de route", rows)]))
        txt = "Bonjour,\n\nVoici la feuille de route vierge que les usagers remplissent avant l'examen. À imprimer recto-verso."
        subj, to = "Feuille de route préparation (vierge)", [S["frechette"]]
    elif v == 4:
        blocks = [("kv", [("Nom de l'usager :", "____________________"), ("Adresse de départ :", "____________________"),
                          ("Date et heure du rendez-vous :", "____________________"), ("Aide à la mobilité :", "[ ] aucune [ ] marchette [ ] fauteuil"),
                          ("Accompagnateur :", "[ ] oui [ ] non")])]
        att = Att("demande_transport_vierge.pdf", "application/pdf", A.make_pdf("Demande de transport adapté (formulaire)", blocks, "fr"))
        txt = "Bonjour Lucie,\n\nLe Transport adapté nous demande d'utiliser leur nouveau formulaire à partir de décembre. Version vierge ci-jointe."
        subj, to = "Nouveau formulaire – transport adapté", [S["archambault"]]
    else:
        blocks = [("kv", [("Nom :", "________"), ("NAM :", "________"), ("Diagnostic (MC / CU / indéterminée) :", "________"),
                          ("Traitement actuel :", "________"), ("Calprotectine (date, valeur) :", "________")]),
                  ("p", "Priorité : [ ] urgente (< 2 sem.)  [ ] semi-urgente  [ ] élective")]
        att = Att("demande_consult_MII.pdf", "application/pdf", A.make_pdf("Demande de consultation – clinique MII", blocks, "fr"))
        txt = "Bonjour,\n\nVoici le formulaire de demande de consultation pour la clinique des MII, à diffuser aux médecins référents."
        subj, to = "Formulaire de consultation MII", [X["kowalski"], X["turcotte"]]
    sender = r.choice([S["picard"], S["dufresne"], S["marchand"]])
    return c.mail(sender, to, subj, txt + f"\n\n{sender.sig('fr')}\n", atts=[att])


def rupture(c):
    r = c.rng
    c.category, c.note = "shortage_recall", "drug shortage or product recall notice"
    v = c.occ % 6
    if v in (0, 1, 2):
        prod = ["Pico-Salax", "PegLyte 4 L", "Bi-PegLyte"][v]
        alt = "PegLyte 4 L" if prod != "PegLyte 4 L" else "Pico-Salax"
        txt = (f"AVIS – RUPTURE D'APPROVISIONNEMENT\n\nProduit : {prod}\nDurée prévue : {r.randint(3, 10)} semaines\n\n"
               f"Solution de rechange : {alt}. Les ordonnances en cours seront substituées par le pharmacien; les feuilles "
               "d'instructions correspondantes sont sur l'intranet.\n\n" + S["doucet"].sig("fr"))
        subj, sender = f"Rupture – {prod}", S["doucet"]
    elif v == 3:
        lots = [f"{r.randint(1000000, 9999999)}" for _ in range(r.randint(2, 4))]
        txt = ("AVIS DE RAPPEL VOLONTAIRE – catégorie II\n\nProduit : pinces à biopsie jetables, réf. FB-240U\n"
               f"Lots visés : {', '.join(lots)}\nMotif : emballage stérile possiblement compromis.\n\n"
               "Retirer les unités visées et les retourner à l'approvisionnement. Aucun incident rapporté.\n\n" + S["dionne"].sig("fr"))
        subj, sender = "Rappel de lots – pinces à biopsie", S["dionne"]
    elif v == 4:
        sn = [luhn_serial(r, 9) for _ in range(r.randint(1, 3))]
        txt = ("AVIS DE SÉCURITÉ DU FABRICANT\n\nLaveurs-désinfecteurs d'endoscopes, modèle AER-5, numéros de série : " + ", ".join(sn) +
               ".\nUne mise à jour logicielle corrige une alarme de concentration d'acide peracétique. Le technicien du fabricant passera "
               f"le {C.r_date(_d(c, r.randint(3, 12)), 'long_fr')}.\n\n" + S["lavigne"].sig("fr"))
        subj, sender = "Avis de sécurité – laveurs-désinfecteurs", S["lavigne"]
    else:
        txt = (f"Bonne nouvelle : le Pico-Salax est de retour en stock depuis le {C.r_date(c.day, 'long_fr')}. Les feuilles d'instructions "
               "standards s'appliquent de nouveau. Merci de votre patience pendant la rupture.\n\n" + S["doucet"].sig("fr"))
        subj, sender = "Fin de rupture – Pico-Salax", S["doucet"]
    return c.mail(sender, [("Endoscopie – tous", "endoscopie-equipe@hsab.example")], subj, txt + "\n", mode=r.choice(["plain", "alt"]))


def ti(c):
    r = c.rng
    c.category, c.note = "it_notice", "IT notice about endoscopy reporting software"
    d = _d(c, r.randint(2, 10))
    v = c.occ % 6
    if v == 0:
        txt = (f"Bonjour,\n\nUne mise à jour du logiciel EndoScribe (v. 7.{r.randint(2, 6)}) aura lieu le {C.appt_fr(d, 22)}. "
               "Utiliser les formulaires papier de contingence pendant l'arrêt; la saisie devra être complétée dans les 24 h.")
        subj = "Interruption planifiée – EndoScribe"
    elif v == 1:
        txt = ("ATTENTION – tentative d'hameçonnage\n\nDes courriels « Service RAMQ – mise à jour de votre dossier » circulent. "
               "Ne cliquez pas sur les liens. Signalez tout message suspect à securite@cisss-battures.example.")
        subj = "Alerte sécurité – courriels frauduleux"
    elif v == 2:
        txt = (f"Bonjour {S['frechette'].given},\n\nLe poste ENDO-SALLE{r.randint(1, 4)} (inventaire {asset_tag(r)}) a été remplacé; "
               f"no de série du nouvel ordinateur : {luhn_serial(r, 10)}. Ticket INC{r.randint(100000, 999999)} fermé.")
        subj = "Remplacement d'un poste de travail"
    elif v == 3:
        txt = (f"Bonjour,\n\nLe télécopieur de l'endoscopie ({C.UNIT_PHONE['fax_endo']}) sera converti en télécopie électronique le "
               f"{C.r_date(d, 'long_fr')}. Les requêtes arriveront dans la boîte partagée « ENDO-REQUETES ».")
        subj = "Télécopie électronique – endoscopie"
    elif v == 4:
        txt = (f"Bonjour,\n\nMaintenance du réseau sans fil au pavillon B le {C.appt_fr(d, 6)} (durée {r.randint(30, 90)} min). "
               "Les tours d'endoscopie ne sont pas touchées; les tablettes de l'accueil seront hors ligne.")
        subj = "Maintenance Wi-Fi – pavillon B"
    else:
        txt = (f"Bonjour,\n\nMigration des boîtes courriel vers la nouvelle plateforme : votre unité passe le {C.r_date(d, 'long_fr')}. "
               "Aucune action requise; redémarrez Outlook le lendemain matin.")
        subj = "Migration de la messagerie"
    to = [S["frechette"]] if v == 2 else [("Endoscopie – tous", "endoscopie-equipe@hsab.example")]
    return c.mail(S["boivin"], to, subj, txt + "\n\n" + S["boivin"].sig("fr") + "\n")


CASES_FR = [
    "{sx} de {age} ans, RSOSi positif à {fit} ng/mL. ATCD : FA sous apixaban, diabète type 2. Lésion étalée non granulaire de 28 mm "
    "au côlon transverse (JNET 2B). Gestion de l'apixaban? Mucosectomie ou dissection sous-muqueuse?",
    "{sx} de {age} ans, cirrhose alcoolique, hématémèse, Hb {hb} g/L, plaquettes 58. Antibioprophylaxie, octréotide, délai d'endoscopie?",
    "{sx} de {age} ans avec colite ulcéreuse, 8 selles sanglantes/jour, CRP {crp}. Critères de colite sévère et traitement de sauvetage?",
    "{sx} de {age} ans, dysphagie progressive, perte de 7 kg. Œsophage de Barrett long avec nodule. Démarche?",
]


def cas_enseignement(c):
    r = c.rng
    c.category, c.note = "teaching_case", "de-identified teaching case for journal club"
    case = CASES_FR[c.occ % len(CASES_FR)].format(sx=r.choice(["Femme", "Homme"]), age=r.randint(45, 82),
                                                  fit=r.choice([214, 389, 640]), hb=r.randint(62, 80), crp=r.randint(40, 130))
    txt = (f"Bonjour à tous,\n\nPour le club de lecture de {r.choice(['jeudi', 'mardi', 'vendredi'])} (12 h, salle C-210), voici le cas "
           f"(dépersonnalisé, cas composite) :\n\n{case}\n\nPrésentation : Dre {S['proulx'].full} (R4).\n\n{S['haddad'].sig('fr')}\n")
    if r.random() < 0.35:
        t0 = c.earlier(4)
        txt = (f"Parfait, j'ajouterai les lignes directrices {r.choice(['CAG', 'ESGE', 'AASLD'])}.\n\nLaurence\n\n" +
               said_fr(t0, S["haddad"].full, S["haddad"].email) + "\n" + quote(txt))
        return c.mail(S["proulx"], [S["haddad"]], "RE: Club de lecture – cas de la semaine", txt, reply_to_id=f"<{c.idx}.cas@hsab.example>")
    atts = []
    if r.random() < 0.4:
        atts.append(Att("cas_clinique.docx", DOCX, A.make_docx("Cas clinique – club de lecture", [("p", case)])))
    return c.mail(S["haddad"], [("Résidents et patrons gastro", "gastro-enseignement@hsab.example")], "Club de lecture – cas de la semaine",
                  txt, atts=atts)
