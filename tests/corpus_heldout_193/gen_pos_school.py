"""Positive messages: school health (santé scolaire)."""
import datetime

import gen_attach as A
from gen_common import (DOM, de_, SCHOOL_DOM, SCHOOL_DOM_EN, SCHOOLS, SCHOOLS_EN, fmt_date,
                        html_table, signature, table_text, text_to_html)
from gen_person import Person


def spec(cat, lang, note, types, frm, to, subject, text, **kw):
    d = {"cat": cat, "lang": lang, "note": note, "types": sorted(set(types)), "from": frm,
         "to": to, "subject": subject, "text": text, "cc": [], "html": None, "attachments": [],
         "persons": [], "ids": []}
    d.update(kw)
    return d


def who(g, role, lang):
    s = g.staff(role)
    return s


def kid(g, nam, lo=2010, hi=2018):
    return Person.from_rec(nam) if nam else Person.invented(g, "child", lo=lo, hi=hi)


# ------------------------------------------------------------------ S1
def vaccination_followup(g, lang, nam=None):
    nurse = who(g, "nurse", lang)
    sec = g.staff()
    sec["email"] = sec["email"].replace(DOM, SCHOOL_DOM if lang == "fr" else SCHOOL_DOM_EN)
    school = g.choice(SCHOOLS if lang == "fr" else SCHOOLS_EN)
    kids = [kid(g, None, 2014, 2015) for _ in range(g.randint(3, 6))]
    if nam:
        kids.insert(g.randint(0, len(kids)), Person.from_rec(nam))
    T = {"patient_name", "date_of_birth", "medication"}
    rows = []
    fr_reasons = ["VPH dose 2 non reçue (absente 14 nov.)", "HB : formulaire non retourné",
                  "VPH + HB reportés (fièvre le jour de la clinique)", "Refus parent HB, VPH ok",
                  "HB dose 2 à faire", "Allergie à vérifier (levure)"]
    en_reasons = ["HPV dose 2 missed (absent Nov 14)", "HB: consent form not returned",
                  "HPV + HB deferred (febrile on clinic day)", "Parent declined HB, HPV given",
                  "HB dose 2 pending", "Check yeast allergy before HB"]
    for k in kids:
        reason = g.choice(fr_reasons if lang == "fr" else en_reasons)
        if "llerg" in reason or "fièvre" in reason or "febrile" in reason:
            T.add("diagnosis")
        grp = f"{g.choice(['401', '402', '403', '4A', '4B'])}"
        if k.nam:
            rows.append([k.name("sur_first"), k.dob_s("iso"), k.sex, k.nam_s("plain"), grp, reason])
        else:
            rows.append([k.name("sur_first"), k.dob_s("iso"), k.sex, "", grp, reason])
    if lang == "fr":
        hdr = ["Élève", "DDN", "Sexe", "NAM", "Groupe", "Suivi"]
        prod = "Gardasil 9 et Engerix-B"
        subject = g.choice([f"Rattrapage vaccination 4e année - {school}",
                            "Liste des élèves à revoir - VPH/HB", f"Vaccins 4e année : élèves à rattraper ({school})"])
        intro = (f"Bonjour {sec['given']},\n\nVoici la liste des élèves de 4e année {de_(school)} qui "
                 f"n'ont pas complété leur vaccination ({prod}) lors de la clinique du "
                 f"{fmt_date(g.date(2024, 10, 11), 'fr_long')}. Je reviendrai à l'école le "
                 f"{fmt_date(g.date(2025, 1, 3), 'fr_long')} en avant-midi pour le rattrapage.\n\n"
                 "Pourriez-vous remettre un nouveau formulaire de consentement aux familles "
                 "concernées ? Merci !")
        outro = "Bonne journée,"
        title = "Infirmière en santé scolaire"
    else:
        hdr = ["Student", "DOB", "Sex", "RAMQ", "Class", "Follow-up"]
        prod = "Gardasil 9 and Engerix-B"
        subject = g.choice([f"Grade 4 catch-up vaccination - {school}",
                            "Students to see again - HPV/HB", "Catch-up list, grade 4 vaccines"])
        intro = (f"Hi {sec['given']},\n\nBelow are the grade 4 students at {school} who did not "
                 f"complete their vaccines ({prod}) at the clinic on "
                 f"{fmt_date(g.date(2024, 10, 11), 'en_long')}. I'll be back on "
                 f"{fmt_date(g.date(2025, 1, 3), 'en_long')} in the morning for catch-up.\n\n"
                 "Could you send a new consent form home with these students? Thanks!")
        outro = "Thanks,"
        title = "School health nurse"
    allrows = [hdr] + rows
    if not nam:
        allrows = [[c for i, c in enumerate(r) if i != 3] for r in allrows]
    else:
        T.add("ramq_nam")
    mode = g.choice(["body", "body", "xlsx", "csv"])
    sig = signature(g, nurse, title, lang, service="Santé scolaire" if lang == "fr" else "School health")
    atts = []
    if mode == "body":
        text = f"{intro}\n\n{table_text(allrows)}\n\n{outro}\n{sig}"
        html = text_to_html(intro) + "\n" + html_table(allrows) + text_to_html(f"{outro}\n{sig}")
    else:
        fname = ("rattrapage_4e_annee.xlsx" if lang == "fr" else "grade4_catchup.xlsx") if mode == "xlsx" \
            else ("liste_rattrapage.csv" if lang == "fr" else "catchup_list.csv")
        if mode == "xlsx":
            atts.append({"filename": fname, "kind": "xlsx",
                         "data": A.xlsx([("Rattrapage" if lang == "fr" else "Catch-up", allrows)])})
        else:
            atts.append({"filename": fname, "kind": "csv", "text": A.csv_text(allrows, ";" if lang == "fr" else ",")})
        more = ("\n\nLa liste est en pièce jointe." if lang == "fr" else "\n\nThe list is attached.")
        text = f"{intro}{more}\n\n{outro}\n{sig}"
        html = None
    return spec("vaccination_followup", lang,
                "grade 4 vaccine catch-up list with students" if lang == "en" else "liste de rattrapage vaccinal d'élèves",
                T, (nurse["name"], nurse["email"]), [(sec["name"], sec["email"])], subject, text,
                html=html, attachments=atts, persons=kids)


# ------------------------------------------------------------------ S2
def anaphylaxis_plan(g, lang, nam=None):
    nurse = who(g, "nurse", lang)
    teacher = g.staff()
    teacher["email"] = teacher["email"].replace(DOM, SCHOOL_DOM if lang == "fr" else SCHOOL_DOM_EN)
    k = kid(g, nam, 2012, 2018)
    allergen_fr, allergen_en = g.choice([("arachides et noix", "peanuts and tree nuts"),
                                         ("arachides", "peanuts"), ("poisson et fruits de mer", "fish and shellfish"),
                                         ("œufs", "eggs"), ("sésame", "sesame")])
    dose = "0,15 mg" if k.dob.year >= 2016 else "0,3 mg"
    dose_en = dose.replace(",", ".")
    brand = g.choice(["EpiPen", "EpiPen Jr" if dose == "0,15 mg" else "EpiPen", "Allerject", "Emerade"])
    asthma = g.chance(0.5)
    T = {"patient_name", "diagnosis", "medication", "date_of_birth"}
    school = g.choice(SCHOOLS if lang == "fr" else SCHOOLS_EN)
    if lang == "fr":
        lines = ["## Identification", k.ident_block("fr", g, dob_style="iso"),
                 f"École : {school} — groupe {g.randint(1, 6)}0{g.randint(1, 4)}",
                 "## Allergie", f"Allergie sévère (anaphylaxie) : {allergen_fr}.",
                 "Asthme associé : oui (Flovent 125 mcg 2 inh. BID, Ventolin PRN)" if asthma else "Asthme associé : non",
                 "## En cas de réaction",
                 f"1. Administrer {brand} {dose} dans la face externe de la cuisse.",
                 "2. Composer le 911. 3. Aviser le parent. 4. Deuxième dose après 5-15 min si aucune amélioration.",
                 f"Auto-injecteur : sac à dos + secrétariat (exp. {g.randint(1, 12):02d}/2026)"]
        lines = [x for l in lines for x in l.split("\n")]
        pdfb = A.pdf("Plan d'urgence — allergie sévère", lines)
        fname = g.choice([f"Plan_urgence_{k.surname}_{k.given}.pdf", "plan_anaphylaxie_2025.pdf",
                          f"plan anaphylaxie {k.given} {k.surname}.pdf"])
        subject = g.choice([f"Plan d'urgence anaphylaxie — {k.name('full')}",
                            "Plan d'urgence mis à jour", f"Élève allergique {k.name('initials')}, nouveau plan"])
        text = (f"Bonjour {teacher['given']},\n\nVous trouverez ci-joint le plan d'urgence mis à jour pour "
                f"{k.given}, qui est dans votre groupe cette année. La mère a confirmé que l'auto-injecteur "
                f"({brand} {dose}) est dans son sac à dos et qu'un deuxième est au secrétariat.\n\n"
                "Je passerai jeudi pour une courte formation à l'équipe-école et au service de garde. "
                "Merci d'afficher le plan au local (côté intérieur de la porte de l'armoire).\n\n"
                f"{signature(g, nurse, 'Infirmière clinicienne, santé scolaire', 'fr', 'Santé scolaire')}")
    else:
        lines = ["## Identification", k.ident_block("en", g, dob_style="iso"),
                 f"School: {school} - class {g.randint(1, 6)}0{g.randint(1, 4)}",
                 "## Allergy", f"Severe allergy (anaphylaxis): {allergen_en}.",
                 "Asthma: yes (Flovent 125 mcg 2 puffs BID, Ventolin PRN)" if asthma else "Asthma: no",
                 "## If a reaction occurs",
                 f"1. Give {brand} {dose_en} in the outer thigh.",
                 "2. Call 911. 3. Call the parent. 4. Second dose after 5-15 min if no improvement.",
                 f"Auto-injector: backpack + office (exp. {g.randint(1, 12):02d}/2026)"]
        lines = [x for l in lines for x in l.split("\n")]
        pdfb = A.pdf("Emergency plan - severe allergy", lines)
        fname = g.choice([f"Anaphylaxis_plan_{k.surname}_{k.given}.pdf", "anaphylaxis_plan_2025.pdf",
                          f"{k.surname.upper()} {k.given} - emergency plan.pdf"])
        subject = g.choice([f"Anaphylaxis emergency plan - {k.name('full')}", "Updated emergency plan",
                            f"Allergy plan for {k.given} ({k.name('initials')})"])
        text = (f"Hi {teacher['given']},\n\nAttached is the updated emergency plan for {k.given}, who is in "
                f"your class this year. Mom confirmed the auto-injector ({brand} {dose_en}) is in the "
                "backpack and a second one is at the office.\n\nI'll drop by Thursday for a short "
                "refresher with the staff and daycare team. Please post the plan inside the cupboard door.\n\n"
                f"{signature(g, nurse, 'School health nurse', 'en', 'School health')}")
    if asthma:
        T.add("diagnosis")
    if k.nam:
        T.add("ramq_nam")
    return spec("anaphylaxis_plan", lang, "student emergency allergy plan attached" if lang == "en"
                else "plan d'urgence allergie d'un élève en pièce jointe", T,
                (nurse["name"], nurse["email"]), [(teacher["name"], teacher["email"])], subject, text,
                attachments=[{"filename": fname, "kind": "pdf", "data": pdfb}], persons=[k])


# ------------------------------------------------------------------ S3
def diabetes_school(g, lang, nam=None):
    nurse = who(g, "nurse", lang)
    md = g.staff()
    k = kid(g, nam, 2010, 2017)
    days = [datetime.date(2025, 2, 3) + datetime.timedelta(days=i) for i in range(0, 12) if i % 7 < 5]
    rows = [["Date", "08:15", "10:30", "11:45", "14:00", "Note"] if lang == "fr" else
            ["Date", "08:15", "10:30", "11:45", "14:00", "Note"]]
    hypo_fr = ["hypo récré, 15 g glucides, reprise 5,8", "", "", "activité physique", "", "collation oubliée"]
    hypo_en = ["low at recess, 15 g carbs, recheck 5.8", "", "", "gym class", "", "missed snack"]
    for d in days:
        vals = [round(g.uniform(3.1, 14.8), 1) for _ in range(4)]
        note = g.choice(hypo_fr if lang == "fr" else hypo_en)
        rows.append([d.isoformat()] + vals + [note])
    fname = (f"glycemies_{k.surname.lower()}_fevrier.xlsx" if lang == "fr"
             else f"glucose_log_{k.surname.lower()}_feb.xlsx")
    xl = A.xlsx([("Glycémies" if lang == "fr" else "Glucose", [["Élève" if lang == "fr" else "Student",
                                                                 k.name("sur_first"), "DDN" if lang == "fr" else "DOB",
                                                                 k.dob_s("iso")]] + ([["NAM", k.nam, "Sexe", k.sex]] if k.nam else []) + [[]] + rows)])
    pump = g.choice(["pompe Omnipod 5 (Humalog)", "pompe t:slim X2 (NovoRapid)", "stylo Humalog + Tresiba HS"])
    pump_en = {"pompe Omnipod 5 (Humalog)": "Omnipod 5 pump (Humalog)",
               "pompe t:slim X2 (NovoRapid)": "t:slim X2 pump (NovoRapid)",
               "stylo Humalog + Tresiba HS": "Humalog pen + Tresiba at bedtime"}[pump]
    T = {"patient_name", "diagnosis", "lab_result", "medication", "date_of_birth"}
    if k.nam:
        T.add("ramq_nam")
    if lang == "fr":
        subject = g.choice(["Glycémies à l'école - février", f"Diabète type 1 - suivi scolaire {k.given}",
                            f"{k.name('sur_first')} : relevé glycémies"])
        text = (f"Bonjour {md['dr_fr']} {md['surname']},\n\nComme convenu, voici le relevé des glycémies prises à "
                f"l'école pour {k.name('full')} (diabète de type 1, {pump}). On note trois hypoglycémies "
                "en fin d'avant-midi, surtout les jours d'éducation physique (3,1 à 3,6 mmol/L), corrigées "
                "avec 15 g de glucides.\n\nLa famille se demande s'il faut ajuster le ratio du dîner ou "
                "prévoir une collation supplémentaire. Le Baqsimi est au secrétariat.\n\n"
                f"{signature(g, nurse, 'Infirmière, santé scolaire', 'fr', 'Santé scolaire')}")
    else:
        subject = g.choice(["School glucose readings - February", f"T1D school follow-up, {k.given}",
                            f"{k.name('sur_first')}: glucose log"])
        text = (f"Dear Dr. {md['surname']},\n\nAs discussed, attached are the glucose readings taken at "
                f"school for {k.name('full')} (type 1 diabetes, {pump_en}). There were three lows late in "
                "the morning, mostly on gym days (3.1 to 3.6 mmol/L), treated with 15 g of carbs.\n\n"
                "The family is asking whether the lunch ratio should change or whether an extra snack "
                "is needed. The Baqsimi is kept at the office.\n\n"
                f"{signature(g, nurse, 'School nurse', 'en', 'School health')}")
    return spec("diabetes_school", lang, "school glucose log for a diabetic student" if lang == "en"
                else "relevé de glycémies d'un élève diabétique", T, (nurse["name"], nurse["email"]),
                [(f"{md['dr_fr']} {md['name']}" if lang == "fr" else f"Dr. {md['name']}", md["email"])], subject, text,
                attachments=[{"filename": fname, "kind": "xlsx", "data": xl}], persons=[k])


# ------------------------------------------------------------------ S4
def adhd_med_school(g, lang, nam=None):
    nurse = who(g, "nurse", lang)
    k = kid(g, nam, 2011, 2017)
    drug = g.choice(["Concerta 27 mg", "Vyvanse 30 mg", "Biphentin 20 mg", "méthylphénidate 10 mg (Ritalin)",
                     "Foquest 35 mg", "Intuniv XR 2 mg"])
    pharm = g.choice(["Pharmacie Duval et Lemire", "Pharmacie du Boisé", "Pharmacie Carrier-Sauvé"])
    pdom = pharm.lower().replace("pharmacie ", "").replace(" et ", "-").replace(" ", "-").replace("é", "e") + ".example"
    T = {"patient_name", "medication", "diagnosis"}
    dob = ""
    if k.nam or g.chance(0.5):
        T.add("date_of_birth")
        dob = k.dob_s("dmy")
    if k.nam:
        T.add("ramq_nam")
    if lang == "fr":
        subject = g.choice([f"Dispill école - {k.name('sur_first')}", "Médication du midi à l'école",
                            f"Re: renouvellement {drug.split()[0]}"])
        ident = k.ident_block("fr", g, dob_style="dmy") if k.nam else (
            f"Élève : {k.name('full')}" + (f" (né{'e' if k.sex == 'F' else ''} le {dob})" if dob else ""))
        text = (f"Bonjour,\n\n{ident}\n\nL'école nous informe qu'il ne reste que trois capsules de "
                f"{drug} dans le pilulier de l'école. Le Dr a augmenté la dose le mois dernier pour "
                "un TDAH mal contrôlé en après-midi, mais l'étiquette n'a pas été modifiée. Pourriez-vous "
                "préparer un nouveau contenant étiqueté pour l'école et aviser le parent quand ce sera prêt ?"
                f"\n\nMerci,\n{signature(g, nurse, 'Infirmière, santé scolaire', 'fr', 'Santé scolaire')}")
    else:
        subject = g.choice([f"School blister pack - {k.name('sur_first')}", "Lunchtime medication at school",
                            f"RE: {drug.split()[0]} refill"])
        ident = k.ident_block("en", g, dob_style="dmy") if k.nam else (
            f"Student: {k.name('full')}" + (f" (DOB {dob})" if dob else ""))
        text = (f"Hello,\n\n{ident}\n\nThe school tells us only three capsules of {drug} are left in "
                "the school container. The dose was increased last month for ADHD symptoms in the "
                "afternoon, but the label was never changed. Could you prepare a new labelled "
                "container for the school and call the parent when it's ready?"
                f"\n\nThank you,\n{signature(g, nurse, 'School nurse', 'en', 'School health')}")
    return spec("pharmacy_request", lang, "request to pharmacy for a student's ADHD medication" if lang == "en"
                else "demande à la pharmacie pour médication TDAH d'un élève", T,
                (nurse["name"], nurse["email"]), [(pharm, f"labo@{pdom}")], subject, text, persons=[k])


# ------------------------------------------------------------------ S5
def teen_clinic(g, lang, nam=None):
    nurse = who(g, "nurse", lang)
    md = g.staff()
    t = Person.from_rec(nam) if nam else Person.invented(g, "teen", sex=g.choice("FFM"), lo=2007, hi=2010)
    res = g.choice(["chlamydia", "gonorrhée", "chlamydia + gonorrhée"])
    res_en = {"chlamydia": "chlamydia", "gonorrhée": "gonorrhea", "chlamydia + gonorrhée": "chlamydia + gonorrhea"}[res]
    tx = "azithromycine 1 g PO dose unique" if res == "chlamydia" else "ceftriaxone 500 mg IM + doxycycline 100 mg BID x 7 j"
    tx_en = "azithromycin 1 g PO single dose" if res == "chlamydia" else "ceftriaxone 500 mg IM + doxycycline 100 mg BID x 7 d"
    cell = g.phone()
    T = {"patient_name", "lab_result", "diagnosis", "medication"}
    ident_style = g.choice(["given_sur", "initials", "lower"])
    nm = {"given_sur": t.full(), "initials": t.initials(), "lower": t.lower()}[ident_style]
    extra_contact = g.chance(0.5)
    if extra_contact:
        T.add("patient_contact")
    if t.nam:
        T |= {"ramq_nam", "date_of_birth"}
    if lang == "fr":
        subject = g.choice(["Résultat TAAN clinique jeunesse", "Résultat positif à traiter", "Clinique jeunesse - suivi ITSS"])
        body = (f"Salut {md['given']},\n\nRésultat reçu ce matin pour {nm}"
                + (f" (vu{'e' if t.sex == 'F' else ''} le 12 à la clinique jeunesse)" ) + f" : TAAN {res} POSITIF, "
                "autres ITSS négatifs (VIH, syphilis, hépatite C). "
                f"Peux-tu signer l'ordonnance ? Je propose {tx}. Notification des partenaires à faire.\n\n")
        if extra_contact:
            body += f"Son cell (ok pour laisser un message, pas à la maison) : {cell}\n\n"
        if t.nam:
            body += t.ident_block("fr", g) + "\n\n"
        body += "Merci !\n" + signature(g, nurse, "Infirmière clinicienne - clinique jeunesse", "fr", "Clinique jeunesse", short=True)
    else:
        subject = g.choice(["NAAT result - youth clinic", "Positive result to treat", "Youth clinic STI follow-up"])
        body = (f"Hi {md['given']},\n\nResult came in this morning for {nm} (seen on the 12th at the youth "
                f"clinic): NAAT {res_en} POSITIVE, other STBBI negative (HIV, syphilis, hep C). Can you sign "
                f"the prescription? I'd suggest {tx_en}. Partner notification to do.\n\n")
        if extra_contact:
            body += f"Cell (ok to leave a message, not at home): {cell}\n\n"
        if t.nam:
            body += t.ident_block("en", g) + "\n\n"
        body += "Thanks!\n" + signature(g, nurse, "Nurse clinician - youth clinic", "en", "Youth clinic", short=True)
    return spec("sti_result", lang, "youth clinic positive STI result to treat" if lang == "en"
                else "résultat ITSS positif clinique jeunesse", T, (nurse["name"], nurse["email"]),
                [(md["name"], md["email"])], subject, body, persons=[t])


# ------------------------------------------------------------------ S6
def school_referral(g, lang, nam=None):
    nurse = who(g, "nurse", lang)
    sw = g.staff()
    k = kid(g, nam, 2008, 2013)
    school = g.choice(SCHOOLS[2:] if lang == "fr" else SCHOOLS_EN[2:])
    T = {"patient_name", "date_of_birth", "diagnosis", "social_information", "patient_contact"}
    if k.nam:
        T.add("ramq_nam")
    par = Person.invented(g, "adult", sex="F")
    addr = g.address(lang)
    ph = g.phone()
    if lang == "fr":
        paras = ["## Usager", k.ident_block("fr", g), f"Adresse : {addr}",
                 f"Parent : {par.full()} (mère) — {ph}", f"École : {school}",
                 "## Motif de la demande",
                 f"Élève rencontré{'e' if k.sex == 'F' else ''} à l'infirmerie à 3 reprises depuis janvier pour maux de ventre et "
                 "céphalées. Verbalise de l'anxiété importante, troubles du sommeil et scarifications "
                 "superficielles aux avant-bras (non récentes). Pas d'idées suicidaires actives (évaluation "
                 "faite le 4 février). Parents séparés depuis l'automne, garde partagée conflictuelle.",
                 "## Demande", "Évaluation psychosociale jeunesse, priorité 2. La mère est d'accord et "
                 "attend l'appel.", "Consentement signé : oui (copie au dossier)."]
        paras = [x for p in paras for x in p.split("\n")]
        fname = g.choice(["demande_services_jeunesse.docx", f"Référence {k.surname} {k.given}.docx",
                          "reference_psychosociale.docx"])
        d = A.docx("Demande de services — Jeunesse", paras)
        subject = g.choice(["Référence psychosociale - élève de secondaire", "Nouvelle demande jeunesse (anxiété)",
                            f"Demande de services : {k.name('sur_first')}"])
        text = (f"Bonjour {sw['given']},\n\nJe te transmets une demande de services pour un{'e' if k.sex == 'F' else ''} élève "
                f"{de_(school)}. Les détails sont dans le formulaire joint. {k.il('fr').capitalize()} préfère être rencontré{'e' if k.sex == 'F' else ''} à "
                "l'école, idéalement le mardi (période libre en p.m.).\n\nMerci,\n"
                + signature(g, nurse, "Infirmière scolaire", "fr", "Santé scolaire"))
    else:
        paras = ["## Client", k.ident_block("en", g), f"Address: {addr}",
                 f"Parent: {par.full()} (mother) - {ph}", f"School: {school}",
                 "## Reason for referral",
                 "Seen at the nurse's office 3 times since January for stomach aches and headaches. "
                 "Reports significant anxiety, poor sleep and superficial cutting on forearms (not recent). "
                 "No active suicidal ideation (assessed Feb 4). Parents separated last fall, high-conflict "
                 "shared custody.",
                 "## Request", "Youth psychosocial assessment, priority 2. Mother agrees and expects a call.",
                 "Signed consent: yes (copy on file)."]
        paras = [x for p in paras for x in p.split("\n")]
        fname = g.choice(["youth_services_request.docx", f"Referral {k.surname} {k.given}.docx",
                          "psychosocial_referral.docx"])
        d = A.docx("Request for services - Youth", paras)
        subject = g.choice(["Psychosocial referral - high school student", "New youth referral (anxiety)",
                            f"Referral: {k.name('sur_first')}"])
        text = (f"Hi {sw['given']},\n\nPlease find attached a referral for a student at {school}. "
                "She'd rather be seen at school, ideally on Tuesdays (free period in the afternoon).\n\n"
                "Thanks,\n" + signature(g, nurse, "School nurse", "en", "School health"))
        text = text.replace("She'd rather", k.il("en").capitalize() + "'d rather")
    return spec("referral", lang, "school nurse psychosocial referral form" if lang == "en"
                else "demande de services psychosociaux d'une infirmière scolaire", T,
                (nurse["name"], nurse["email"]), [(sw["name"], sw["email"])], subject, text,
                attachments=[{"filename": fname, "kind": "docx", "data": d}], persons=[k])


# ------------------------------------------------------------------ S7
def vision_screening(g, lang, nam=None):
    nurse = who(g, "nurse", lang)
    opto = g.staff()
    opto["email"] = f"reception@optometrie-{g.choice(['flore', 'riviere', 'boise'])}.example"
    kids = [kid(g, None, 2019, 2020) for _ in range(g.randint(3, 5))]
    if nam:
        kids.insert(0, Person.from_rec(nam))
    T = {"patient_name", "lab_result", "date_of_birth"}
    rows = [["Nom", "DDN", "OD", "OG", "Remarque"] if lang == "fr" else ["Name", "DOB", "OD", "OS", "Comment"]]
    for k in kids:
        od, og = g.choice(["6/6", "6/9", "6/12", "6/18", "6/24"]), g.choice(["6/9", "6/12", "6/18", "6/30"])
        rem = g.choice(["strabisme ? à confirmer", "", "échec au test de stéréo", "porte déjà lunettes, perdues"]) if lang == "fr" \
            else g.choice(["possible strabismus", "", "failed stereo test", "had glasses, lost them"])
        if "strab" in rem:
            T.add("diagnosis")
        rows.append([k.name(g.choice(["sur_first", "full"])), k.dob_s("iso"), od, og, rem])
    extra = ""
    if nam:
        T.add("ramq_nam")
        p = kids[0]
        extra = ("\n\nPour le premier enfant, la mère demande que la facturation passe par la RAMQ : "
                 f"NAM {p.nam_s('space')}, sexe {p.sex}." if lang == "fr" else
                 f"\n\nFor the first child, the mother asked that billing go through RAMQ: {p.nam_s('space')}, sex {p.sex}.")
    sig_fr = signature(g, nurse, "Infirmière scolaire", "fr", "Santé scolaire")
    sig_en = signature(g, nurse, "School nurse", "en", "School health")
    if lang == "fr":
        subject = "Dépistage visuel maternelle - enfants à référer"
        intro = ("Bonjour,\n\nSuite au dépistage visuel en maternelle à l'École Le Tournesol, les enfants "
                 "suivants ont échoué au test d'acuité (échelle HOTV) et les parents ont accepté une "
                 "référence à votre clinique. Les parents vous appelleront pour le rendez-vous.")
        outro = (extra.strip() + "\n\n" if extra else "") + "Merci de votre collaboration,\n" + sig_fr
        to_name = "Clinique d'optométrie"
    else:
        subject = "Kindergarten vision screening - children referred"
        intro = ("Hello,\n\nFollowing vision screening in kindergarten at Maplewood Elementary, the children "
                 "below failed the acuity test (HOTV chart) and the parents agreed to a referral to your "
                 "clinic. Parents will call you to book.")
        outro = (extra.strip() + "\n\n" if extra else "") + "Thank you,\n" + sig_en
        to_name = "Optometry clinic"
    text = intro + "\n\n" + table_text(rows) + "\n\n" + outro
    html = text_to_html(intro).replace("</body></html>", "") + html_table(rows) + "\n" + \
        text_to_html(outro).split("<body", 1)[1].split(">", 1)[1]
    return spec("screening_referral", lang, "failed vision screening list sent to optometrist" if lang == "en"
                else "liste d'échecs au dépistage visuel envoyée à l'optométriste", T,
                (nurse["name"], nurse["email"]), [(to_name, opto["email"])], subject, text,
                html=html, persons=kids)


# ------------------------------------------------------------------ S8
def nurse_quick_note(g, lang, nam=None):
    """Given name in the body, full name only in the Subject."""
    nurse = who(g, "nurse", lang)
    col = g.staff()
    k = kid(g, nam, 2012, 2018)
    ev = g.choice(["concussion", "lice", "asthma", "seizure"])
    T = {"patient_name", "diagnosis"}
    if lang == "fr":
        subj_name = g.choice([k.name("sur_first"), k.name("full"), k.name("initials")])
        body = {
            "concussion": f"{k.given} a reçu un ballon à la tête au dîner, céphalée et nausées à 13 h. "
                          f"Protocole commotion cérébrale amorcé, père venu {'la' if k.sex == 'F' else 'le'} chercher à 13 h 40. "
                          "Retour progressif en classe selon le protocole, je ferai le suivi lundi.",
            "lice": f"Pédiculose confirmée chez {k.given} (lentes + poux vivants). Parent avisé, traitement "
                    "Resultz recommandé, retour demain. Lettre générale envoyée à la classe (sans nom).",
            "asthma": f"{k.given} a fait une crise d'asthme en éduc (SpO2 93 %), 4 inh. de Ventolin avec "
                      "chambre, mieux après 20 min. Sa pompe était vide : j'ai avisé la mère.",
            "seizure": f"Convulsion tonico-clonique d'environ 2 min chez {k.given} ce matin en classe, "
                       f"connu{'e' if k.sex == 'F' else ''} épileptique (Keppra). Pas de midazolam requis. "
                       f"Ambulance non nécessaire selon le protocole, mère venue {'la' if k.sex == 'F' else 'le'} chercher.",
        }[ev]
        subject = g.choice([f"{subj_name} - {'commotion' if ev == 'concussion' else ev if ev != 'lice' else 'poux'}",
                            f"Re: {subj_name}", f"Événement infirmerie : {subj_name}"])
        if ev == "asthma" or ev == "seizure":
            T.add("medication")
        if ev == "lice":
            T.add("medication")
        text = f"Salut {col['given']},\n\n{body}\n\n"
        if k.nam:
            T |= {"ramq_nam", "date_of_birth"}
            text += "Pour la déclaration :\n" + k.ident_block("fr", g) + "\n\n"
        text += signature(g, nurse, "Inf. scolaire", "fr", short=True)
    else:
        subj_name = g.choice([k.name("sur_first"), k.name("full"), k.name("initials")])
        body = {
            "concussion": f"{k.given} took a ball to the head at lunch, headache and nausea at 1 pm. "
                          "Concussion protocol started, dad picked up at 1:40. Graduated return to class per "
                          "protocol, I'll follow up Monday.",
            "lice": f"Head lice confirmed for {k.given} (nits + live lice). Parent notified, Resultz "
                    "recommended, back tomorrow. General letter sent to the class (no names).",
            "asthma": f"{k.given} had an asthma attack in gym (SpO2 93%), 4 puffs of Ventolin with spacer, "
                      "better after 20 min. Inhaler was empty - mom notified.",
            "seizure": f"{k.given} had a ~2 min tonic-clonic seizure in class this morning, known epilepsy "
                       "(Keppra). No midazolam needed. Mom picked up, no ambulance per protocol.",
        }[ev]
        subject = g.choice([f"{subj_name} - {ev}", f"RE: {subj_name}", f"Nurse's office: {subj_name}"])
        T.add("medication")
        text = f"Hi {col['given']},\n\n{body}\n\n"
        if k.nam:
            T |= {"ramq_nam", "date_of_birth"}
            text += "For the incident report:\n" + k.ident_block("en", g) + "\n\n"
        text += signature(g, nurse, "School nurse", "en", short=True)
    if ev == "concussion":
        T.discard("medication")
    return spec("quick_note", lang, "quick note about a student seen at school" if lang == "en"
                else "note rapide sur un élève vu à l'infirmerie", T, (nurse["name"], nurse["email"]),
                [(col["name"], col["email"])], subject, text, persons=[k])


# name, function, NAM window (birth-year lo, hi) or None
TEMPLATES = [
    ("vaccination_followup", vaccination_followup, (2014, 2015)),
    ("anaphylaxis_plan", anaphylaxis_plan, (2010, 2019)),
    ("diabetes_school", diabetes_school, (2008, 2019)),
    ("adhd_med_school", adhd_med_school, (2010, 2019)),
    ("teen_clinic", teen_clinic, (2001, 2009)),
    ("school_referral", school_referral, (2008, 2013)),
    ("vision_screening", vision_screening, (2019, 2020)),
    ("nurse_quick_note", nurse_quick_note, (2010, 2019)),
]
