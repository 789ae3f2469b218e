"""Positive builders, part C: forwarded threads, food-handler hepatitis A, legionellosis,
names only in a file name, census lists, vCards, attached .eml, ZIP archives, school vaccination,
home-visit safety flags, meningococcal chemoprophylaxis."""
import datetime as dt

import gen_data as D
import gen_mime as M
import gen_text as T
from gen_pos_a import _ext_person, LAB_DOMAIN


def forwarded_thread(ctx):
    r = ctx.rng
    s = ctx.staff()
    nurse = _ext_person(ctx, D.CISSS_DOMAIN)
    story = r.choice(["nonadherence", "er", "ltbi"])
    h = ctx.maybe_holder(0.5, "adult") if story == "ltbi" else None
    p = h or ctx.person("adult")
    fem = p["sex"] == "F"
    when = ctx.now - dt.timedelta(hours=r.randint(3, 50))
    types = {"patient_name"}
    if story == "nonadherence":
        home = ctx.home_address()
        inner = [ctx.t(f"Bonjour, je fais le suivi de {ctx.name(p)} au CLSC. {'Elle' if fem else 'Il'} a manqué 4 doses de "
                       "rifampicine cette semaine et dit ne plus vouloir prendre ses médicaments pour la TB. "
                       f"Adresse actuelle : {home}.",
                       f"Hi, I follow {ctx.name(p)} at the CLSC. {'She' if fem else 'He'} missed 4 rifampin doses this week and says "
                       f"{'she' if fem else 'he'} no longer wants to take the TB meds. Current address: {home}."),
                 ctx.t("Que recommandez-vous ?", "What do you recommend?")]
        types |= {"medication", "diagnosis", "patient_contact"}
    elif story == "er":
        chart = f"{ctx.mrn_label()} {ctx.mrn()}"
        inner = [ctx.t(f"Patient vu cette nuit à l'urgence : {ctx.full(p)}, {chart}, "
                       "fièvre, pétéchies, raideur de nuque. Ponction lombaire : diplocoques Gram négatif. "
                       f"Ceftriaxone débutée. {'Conjoint' if fem else 'Conjointe'} et 2 enfants à la maison.",
                       f"Patient seen overnight in the ER: {ctx.full(p)}, {chart}, fever, "
                       "petechiae, neck stiffness. LP: Gram-negative diplococci. Ceftriaxone started. "
                       f"{'Husband' if fem else 'Wife'} and 2 kids at home.")]
        types |= {"diagnosis", "lab_result", "medication", "mrn"}
    else:
        tel = ctx.phone()
        who = ctx.name(p, ('upper_comma', 'full'))
        inner = [ctx.t(f"{who} – QuantiFERON positif (3,1 UI/mL) au dépistage "
                       "pré-emploi, RX normale. Pouvez-vous l'inscrire à la clinique ITL ? Tél. cell. "
                       f"{tel}.",
                       f"{who} – QuantiFERON positive (3.1 IU/mL) on pre-employment "
                       f"screening, CXR normal. Can you book {'her' if fem else 'him'} in the LTBI clinic? Cell {tel}.")]
        if h:
            inner.insert(1, ("kv", ctx.nam_fields(p)))
        types |= {"diagnosis", "lab_result", "patient_contact"}
    inner.append(nurse[0])
    osubj = ctx.t("Question – suivi patient", "Question – patient follow-up")
    mode = r.choice(["fwd", "quote"])
    if mode == "fwd":
        blocks = [r.choice([ctx.t("Pour suivi, merci.", "FYI – can you handle?"), ctx.t("À toi ?", "Yours?"),
                            ctx.t("Voir plus bas. On en parle à la réunion.", "See below. Let's discuss at the meeting.")]),
                  ctx.short_sig(s),
                  ("fwd", ctx.fwd_meta(f"{nurse[0]} <{nurse[1]}>", "maladies.infectieuses@" + D.DSP_DOMAIN, osubj, when),
                   inner)]
        subj = ("TR: " if ctx.fr else "FW: ") + osubj
        to = [ctx.addr(ctx.staff())]
        sender = ctx.addr(s)
    else:
        blocks = [ctx.t("Merci, on prend le relais. Je l'appelle aujourd'hui.", "Thanks, we'll take it from here. I'll call today."),
                  ctx.short_sig(s),
                  ("quote", ctx.quote_intro(nurse[0], when), inner)]
        subj = ("RE: " if r.random() < 0.7 else "Re: ") + osubj
        to = [nurse]
        sender = ctx.addr(s)
    return M.Msg(ctx.lang, "forwarded_thread", sender, to, subj, blocks, types=types,
                 in_reply_to=f"{ctx.tag}-orig" if mode == "quote" else None,
                 note=ctx.t("fil transféré avec détails cliniques", "forwarded thread with clinical details"))


def hepa_food_handler(ctx):
    r = ctx.rng
    s = D.STAFF[14]
    h = ctx.maybe_holder(0.5, "adult")
    p = h or ctx.person("young")
    resto = r.choice(["Casse-croûte Chez Ti-Jean", "Restaurant Le Quai", "Pizzeria du Boulevard"])
    coworkers = [ctx.person("young") for _ in range(r.randint(3, 5))]
    rows = [[ctx.full(c), r.choice(["Havrix 1440 donné", "Havrix 1440 given", "déjà immun (2 doses)", "refus"]
                                    if ctx.fr else ["Havrix 1440 given", "already immune (2 doses)", "declined"]),
             ctx.dshort(ctx.day(-r.randint(0, 2)))] for c in coworkers]
    blocks = [ctx.greet(),
              ctx.t(f"Cas d'hépatite A confirmé (IgM anti-VHA +) chez {ctx.name(p)}, cuisinier(ère) au {resto}, "
                    f"début de l'ictère le {ctx.d(ctx.day(-5))}. Retiré(e) du travail.",
                    f"Confirmed hepatitis A (anti-HAV IgM +) in {ctx.name(p)}, cook at {resto}, jaundice onset "
                    f"{ctx.d(ctx.day(-5))}. Excluded from work."),
              ("kv", ctx.nam_fields(p)) if h else ctx.t("Coordonnées au dossier VigiReg.", "Contact details in VigiReg."),
              ctx.t("Vaccination post-exposition des collègues :", "Post-exposure vaccination of co-workers:"),
              ("table", ctx.t(["Employé", "Intervention", "Date"], ["Employee", "Intervention", "Date"]), rows),
              ctx.t("La clinique pour la clientèle (aucune liste nominative) aura lieu samedi.",
                    "The clinic for customers (no list of names) is on Saturday."),
              ctx.sig(s)]
    subj = ctx.t(f"Hépatite A – {resto}", f"Hepatitis A – {resto}")
    return M.Msg(ctx.lang, "hepa_food_handler", ctx.addr(s), [ctx.addr(D.STAFF[2]), ctx.addr(D.STAFF[8])], subj,
                 blocks, types={"patient_name", "diagnosis", "lab_result", "medication"},
                 note=ctx.t("cas d'hépatite A chez un manipulateur d'aliments", "hepatitis A in a food handler"))


def legionella_investigation(ctx):
    r = ctx.rng
    s = D.STAFF[8]
    h = ctx.maybe_holder(0.5, "elder")
    p = h or ctx.person("elder")
    addr = ctx.home_address()
    chart = f"{ctx.mrn_label()} {ctx.mrn()}"
    blocks = [ctx.greet(),
              ctx.t(f"Nouveau cas de légionellose : {ctx.name(p)}, hospitalisé(e) aux soins intensifs de l'HRVB "
                    f"({chart}). Antigène urinaire L. pneumophila sg1 positif le "
                    f"{ctx.d(ctx.day(-2))}.",
                    f"New legionellosis case: {ctx.name(p)}, in the HRVB ICU ({chart}). "
                    f"L. pneumophila sg1 urinary antigen positive on {ctx.d(ctx.day(-2))}."),
              ("kv", ctx.nam_fields(p)) if h else ctx.t("Pas d'autre cas connu dans le secteur.", "No other known case in the area."),
              ctx.t(f"Domicile : {addr}. Pourriez-vous vérifier les tours de refroidissement dans un rayon de "
                    "2 km du domicile et du centre commercial fréquenté le 3 ?",
                    f"Home: {addr}. Could you check cooling towers within 2 km of the home and of the mall "
                    "visited on the 3rd?"),
              ctx.sig(s)]
    to = [("Santé environnementale", f"sante.env@{D.DSP_DOMAIN}")]
    subj = ctx.t("Légionellose – enquête environnementale", "Legionellosis – environmental investigation")
    return M.Msg(ctx.lang, "legionella", ctx.addr(s), to, subj, blocks,
                 types={"patient_name", "mrn", "patient_contact", "diagnosis", "lab_result"},
                 note=ctx.t("enquête sur un cas de légionellose", "legionellosis case investigation"))


def name_in_filename(ctx):
    r = ctx.rng
    s = ctx.staff()
    p = ctx.person("adult")
    weeks = [[f"{ctx.t('Semaine', 'Week')} {i + 1}", ctx.d(ctx.day(7 * i - 28)),
              r.choice([ctx.t("pris", "taken"), ctx.t("pris", "taken"), ctx.t("manqué", "missed")]) if i < 5 else ""]
             for i in range(12)]
    kind = r.choice(["docx", "xlsx", "pdf"])
    base = r.choice([f"3HP_{p['surname']}_{p['given']}", f"{p['surname'].upper()}_{p['given'][0]}_calendrier_ITL",
                     f"calendrier ITL - {p['given']} {p['surname']}"])
    title = ctx.t("Calendrier de prise – 3HP (isoniazide + rifapentine)", "Dosing calendar – 3HP (isoniazid + rifapentine)")
    if kind == "docx":
        att = M.att_docx(base + ".docx", title, [("table", ctx.t(["Semaine", "Date", "Statut"], ["Week", "Date", "Status"]), weeks)])
    elif kind == "xlsx":
        att = M.att_xlsx(base + ".xlsx", [("3HP", ctx.t(["Semaine", "Date", "Statut"], ["Week", "Date", "Status"]), weeks)])
    else:
        att = M.att_pdf(base + ".pdf", title, [("table", ctx.t(["Semaine", "Date", "Statut"], ["Week", "Date", "Status"]), weeks)], r)
    blocks = [ctx.greet(),
              ctx.t("Calendrier mis à jour ci-joint (ITL, 3HP) — une dose manquée à la semaine 3, reprise sans problème. "
                    "Pas d'effet secondaire rapporté.",
                    "Updated calendar attached (LTBI, 3HP) — one missed dose at week 3, resumed without issue. "
                    "No side effects reported."),
              ctx.short_sig(s)]
    subj = r.choice([ctx.t("Calendrier mis à jour", "Updated calendar"), "3HP", ctx.t("suivi ITL", "LTBI follow-up")])
    return M.Msg(ctx.lang, "name_in_filename", ctx.addr(s), [ctx.addr(ctx.staff())], subj, blocks, attachments=[att],
                 types={"patient_name", "medication", "diagnosis"},
                 note=ctx.t("nom du patient seulement dans le nom du fichier joint", "patient named only in attachment file name"))


def census_list(ctx):
    r = ctx.rng
    s = r.choice([D.STAFF[0], D.STAFF[7]])
    rows = []
    with_mrn = r.random() < 0.5
    with_tel = r.random() < 0.5
    dxs = [("TB pulm. active – RIPE sem. 3", "active pulm TB – RIPE wk 3"), ("TB ganglionnaire – RIF/INH mois 4", "TB lymphadenitis – RIF/INH month 4"),
           ("ITL – 4R, mois 2", "LTBI – 4R, month 2"), ("TB pulm. – TOD, ALT 3x N", "pulm TB – DOT, ALT 3x ULN"),
           ("ITL – 3HP sem. 7", "LTBI – 3HP wk 7"), ("TB active – MDR suspectée, cultures en cours", "active TB – MDR suspected, cultures pending")]
    for i in range(r.randint(5, 9)):
        p = ctx.person(r.choice(["adult", "elder", "young"]))
        dx = r.choice(dxs)
        row = [ctx.name(p, ("upper_comma", "comma", "initial", "full"))]
        if with_mrn:
            row.append(ctx.mrn())
        row.append(dx[0] if ctx.fr else dx[1])
        if with_tel:
            row.append(D.phone_fmt(r))
        row.append(ctx.dshort(ctx.day(r.randint(1, 20))))
        rows.append(row)
    headers = [ctx.t("Usager", "Client")] + ([ctx.mrn_label()] if with_mrn else []) + [ctx.t("Problème / Rx", "Problem / Rx")] + \
        ([ctx.t("Tél.", "Phone")] if with_tel else []) + [ctx.t("Prochain RV", "Next appt")]
    blocks = [ctx.t("Liste de passation pour la fin de semaine – clinique TB. Cas à surveiller :",
                    "Weekend sign-out – TB clinic. Cases to watch:"),
              ("table", headers, rows),
              ctx.t("Appeler le médecin de garde si fièvre ou ictère chez un usager sous traitement.",
                    "Call the on-call physician for fever or jaundice in anyone on treatment."),
              ctx.short_sig(s)]
    atts = []
    form = None
    if r.random() < 0.3:
        atts = [M.att_pdf(ctx.t("passation_TB.pdf", "TB_signout.pdf"), ctx.t("Passation TB", "TB sign-out"), [("table", headers, rows)], r)]
        blocks[1] = ctx.t("(voir PDF)", "(see PDF)")
    elif r.random() < 0.4:
        form = "html"
    types = {"patient_name", "diagnosis", "medication"}
    if with_mrn:
        types.add("mrn")
    if with_tel:
        types.add("patient_contact")
    if any("ALT" in row[-2 if not with_tel else -3] for row in rows):
        types.add("lab_result")
    subj = ctx.t("Passation fin de semaine – TB", "Weekend sign-out – TB")
    return M.Msg(ctx.lang, "census_list", ctx.addr(s), [("Garde MI", f"garde.mi@{D.DSP_DOMAIN}")], subj, blocks,
                 attachments=atts, form=form, types=types,
                 note=ctx.t("liste de passation des usagers suivis", "sign-out list of followed clients"))


def vcard_patient(ctx):
    r = ctx.rng
    s = ctx.staff()
    p = ctx.person(r.choice(["adult", "young"]))
    street = f"{r.randint(10, 999)}, {r.choice(D.STREETS_FR)}"
    town = r.choice(D.TOWNS)
    tel = D.phone(r)
    dx = r.choice([("Cas rougeole – isolement jusqu'au ", "Measles case – isolation until "),
                   ("TB active – TOD lun-ven ", "Active TB – DOT Mon-Fri from "),
                   ("Syphilis – 2e dose Bicillin due le ", "Syphilis – 2nd Bicillin dose due ")])
    note = (dx[0] if ctx.fr else dx[1]) + ctx.d(ctx.day(r.randint(3, 12)))
    vcf = M.att_vcf(f"{D.strip_accents(p['given'])} {D.strip_accents(p['surname'])}.vcf", given=p["given"], surname=p["surname"],
                    tel=tel, tel_type=r.choice(["HOME", "CELL"]), adr=(street, town, "QC", r.choice(D.POSTAL)), note=note)
    blocks = [ctx.t("Voici la fiche contact pour tes appels de suivi cette semaine.",
                    "Here's the contact card for your follow-up calls this week."), ctx.short_sig(s)]
    subj = ctx.t("Fiche contact – suivi", "Contact card – follow-up")
    return M.Msg(ctx.lang, "vcard_patient", ctx.addr(s), [ctx.addr(ctx.staff())], subj, blocks, attachments=[vcf],
                 types={"patient_name", "patient_contact", "diagnosis"} | ({"medication"} if "Bicillin" in note or "TOD" in note or "DOT" in note else set()),
                 note=ctx.t("vCard d'un patient avec note clinique", "patient vCard with clinical note"))


def attached_eml(ctx):
    r = ctx.rng
    s = ctx.staff()
    h = ctx.maybe_holder(0.7, "any", strict=False)
    p = h or ctx.person(r.choice(["adult", "child", "elder"]))
    lab = ("Laboratoire HRVB – microbiologie", f"micro@{LAB_DOMAIN}")
    test = r.choice([("Hémoculture : Neisseria meningitidis (1/2 flacons)", "Blood culture: Neisseria meningitidis (1/2 bottles)"),
                     ("TAAN B. pertussis : DÉTECTÉ", "B. pertussis PCR: DETECTED"),
                     ("Culture de selles : E. coli O157:H7, stx2+", "Stool culture: E. coli O157:H7, stx2+"),
                     ("Anti-VHC réactif; ARN VHC détecté", "Anti-HCV reactive; HCV RNA detected")])
    fields = [(ctx.t("Patient", "Patient"), ctx.full(p)), (ctx.t("DDN", "DOB"), ctx.dob(p))]
    if h:
        fields += ctx.nam_fields(p, dob_label=False)
    fields += [(ctx.mrn_label(), ctx.mrn()), (ctx.t("Prélevé le", "Collected"), ctx.d(ctx.day(-2))),
              (ctx.t("Résultat", "Result"), test[0] if ctx.fr else test[1])]
    inner = M.Msg(ctx.lang, "x", lab, [("Vigie MADO", f"mado@{D.DSP_DOMAIN}")],
                  ctx.t("RÉSULTAT CRITIQUE – avis à la santé publique", "CRITICAL RESULT – public health notice"),
                  [ctx.t("Résultat transmis automatiquement :", "Automatically transmitted result:"), ("kv", fields)],
                  date=ctx.now - dt.timedelta(hours=r.randint(2, 20)))
    inner_bytes = M.render(inner, r, f"{ctx.tag}-inner", nl=b"\n", inner=True)
    blocks = [ctx.t("Je te transfère le message original du labo (en pièce jointe). Peux-tu ouvrir l'enquête ?",
                    "Forwarding the lab's original message (attached). Can you open the investigation?"),
              ctx.short_sig(s)]
    subj = ("TR: " if ctx.fr else "FW: ") + ctx.t("résultat critique", "critical result")
    att = M.att_eml(r.choice(["message_original.eml", "resultat_labo.eml", "lab result.eml"]), inner_bytes)
    return M.Msg(ctx.lang, "attached_eml", ctx.addr(s), [ctx.addr(ctx.staff())], subj, blocks, attachments=[att],
                 types={"patient_name", "date_of_birth", "mrn", "lab_result", "diagnosis"},
                 note=ctx.t("résultat de labo dans un .eml joint", "lab result inside an attached .eml"))


def zip_linelist(ctx):
    r = ctx.rng
    s = D.STAFF[5]
    home = r.choice(D.LTC_HOMES)
    rows = []
    with_nam = r.random() < 0.4
    for _ in range(r.randint(3, 4) if with_nam else r.randint(6, 10)):
        p = (ctx.holder("elder", strict=True) if with_nam else None) or ctx.person("elder")
        row = [ctx.name(p, ("upper_comma", "comma")), ctx.dob(p)]
        if with_nam:
            row += [p["sex"], ctx.nam(p) if p.get("nam") else "n/d"]
        row += [str(r.randint(101, 340)),
                r.choice([ctx.t("toux, fièvre", "cough, fever"), ctx.t("diarrhée", "diarrhea"), ctx.t("asymptomatique", "asymptomatic")]),
                r.choice(["SARS-CoV-2 +", "influenza A +", ctx.t("négatif", "negative")])]
        rows.append(row)
    headers = ctx.t(["Résident", "DDN"], ["Resident", "DOB"]) + (ctx.t(["Sexe", "NAM"], ["Sex", "NAM"]) if with_nam else []) + \
        ctx.t(["Chambre", "Symptômes", "Résultat"], ["Room", "Symptoms", "Result"])
    inner = [M.att_csv(f"liste_{ctx.now:%Y%m%d}.csv", headers, rows, r)]
    if r.random() < 0.5:
        inner.append(M.att_pdf("resume_eclosion.pdf" if ctx.fr else "outbreak_summary.pdf",
                               ctx.t("Résumé d'éclosion", "Outbreak summary"),
                               [ctx.t(f"{home} : {len(rows)} résidents testés.", f"{home}: {len(rows)} residents tested.")], r))
    z = M.att_zip(r.choice([f"eclosion_{ctx.now:%Y%m%d}.zip", "listes.zip", "line_lists.zip"]), inner)
    blocks = [ctx.greet(), ctx.t(f"Archive des listes pour {home} (version de ce matin).", f"Archive of the lists for {home} (this morning's version)."),
              ctx.sig(s)]
    subj = ctx.t(f"{home} – listes", f"{home} – lists")
    return M.Msg(ctx.lang, "zip_linelist", ctx.addr(s), [ctx.addr(D.STAFF[13])], subj, blocks, attachments=[z],
                 types={"patient_name", "date_of_birth", "diagnosis", "lab_result"},
                 note=ctx.t("liste linéaire dans une archive ZIP", "line list inside a ZIP archive"))


def vaccination_school(ctx):
    r = ctx.rng
    s = D.STAFF[11]
    school = r.choice([x for x in D.SCHOOLS if "petite enfance" not in x])
    rows = []
    notes_fr = ["allergie grave au latex", "leucémie – vaccins vivants contre-indiqués", "refus parental", "épilepsie, a fait un malaise en 2024",
                "anaphylaxie à la néomycine", "immunosupprimé (méthotrexate)"]
    notes_en = ["severe latex allergy", "leukemia – no live vaccines", "parental refusal", "epilepsy, fainted in 2024",
                "neomycin anaphylaxis", "immunosuppressed (methotrexate)"]
    for i in range(r.randint(3, 6)):
        c = ctx.person("pupil" if "primaire" in school else "teen")
        j = r.randrange(len(notes_fr)) if i else 1
        rows.append([ctx.full(c), ctx.dob(c), r.choice(["4A", "4B"] if "primaire" in school else ["Sec. 3-01", "Sec. 3-04"]), notes_fr[j] if ctx.fr else notes_en[j],
                     r.choice([ctx.t("ne pas vacciner", "do not vaccinate"), ctx.t("vacciner en fin de séance, observer 30 min", "vaccinate last, observe 30 min"),
                               ctx.t("Gardasil 9 + Engerix-B seulement", "Gardasil 9 + Engerix-B only")])])
    blocks = [ctx.greet(),
              ctx.t(f"Pour la séance de vaccination du {ctx.d(ctx.day(4))} à {school}, élèves avec particularités :",
                    f"For the {ctx.d(ctx.day(4))} vaccination session at {school}, students with special notes:"),
              ("table", ctx.t(["Élève", "DDN", "Groupe", "Particularité", "Consigne"], ["Student", "DOB", "Class", "Note", "Instruction"]), rows),
              ctx.sig(s)]
    subj = ctx.t("Vaccination scolaire – particularités", "School vaccination – special cases")
    return M.Msg(ctx.lang, "vaccination_school", ctx.addr(s), [ctx.addr(D.STAFF[12])], subj, blocks,
                 types={"patient_name", "date_of_birth", "diagnosis"} | ({"medication"} if any("Gardasil" in row[-1] or "méthotrexate" in row[-2]
                                                                                         or "methotrexate" in row[-2] for row in rows) else set()),
                 note=ctx.t("liste d'élèves avec contre-indications vaccinales", "students with vaccine contraindications"))


def home_visit_safety(ctx):
    r = ctx.rng
    s = D.STAFF[9]
    p = ctx.person("adult", sex="F")
    blocks = [ctx.t("À l'équipe TOD,", "To the DOT team,"),
              ctx.t(f"À partir de lundi, les visites chez {ctx.name(p)} ({ctx.home_address()}) se font en binôme "
                    "seulement. Le conjoint a été violent lors de la visite d'hier (menaces verbales, porte bloquée). "
                    "La patiente poursuit son traitement antituberculeux; elle a accepté une référence à la maison "
                    "d'hébergement si la situation se détériore.",
                    f"Starting Monday, visits to {ctx.name(p)} ({ctx.home_address()}) are done in pairs only. "
                    "The partner was violent during yesterday's visit (verbal threats, blocked door). She continues "
                    "her TB treatment and has agreed to a shelter referral if things get worse."),
              ctx.t("Ne jamais mentionner le refuge au téléphone.", "Never mention the shelter over the phone."),
              ctx.sig(s, footer=True)]
    subj = ctx.t("Consigne de sécurité – visites TOD", "Safety instruction – DOT visits")
    return M.Msg(ctx.lang, "home_visit_safety", ctx.addr(s), [ctx.addr(D.STAFF[7]), ctx.addr(D.STAFF[0])], subj, blocks,
                 types={"patient_name", "patient_contact", "diagnosis", "social_information"},
                 note=ctx.t("consigne de sécurité pour visites à domicile", "home-visit safety instruction"))


def imi_chemoprophylaxis(ctx):
    r = ctx.rng
    s = D.STAFF[1]
    daycare = D.SCHOOLS[3]
    case = ctx.person("toddler")
    rows = []
    for _ in range(r.randint(4, 7)):
        c = ctx.person("toddler")
        kg = r.randint(10, 21)
        rows.append([ctx.full(c), f"{kg} kg", ctx.t(f"rifampicine {kg * 10} mg BID x 2 j", f"rifampin {kg * 10} mg BID x 2 d"),
                     D.phone_fmt(r)])
    blocks = [ctx.greet(),
              ctx.t(f"Cas d'infection invasive à méningocoque chez {ctx.name(case, ('full', 'initial'))} (groupe Papillons, {daycare}). "
                    "Chimioprophylaxie pour les contacts du groupe :",
                    f"Invasive meningococcal disease in {ctx.name(case, ('full', 'initial'))} (Butterflies group, {daycare}). "
                    "Chemoprophylaxis for group contacts:"),
              ("table", ctx.t(["Enfant", "Poids", "Prescription", "Tél. parent"], ["Child", "Weight", "Prescription", "Parent phone"]), rows),
              ctx.sig(s)]
    subj = ctx.t("IMI – chimioprophylaxie CPE", "IMD – daycare chemoprophylaxis")
    return M.Msg(ctx.lang, "imi_chemoprophylaxis", ctx.addr(s), [ctx.addr(D.STAFF[15])], subj, blocks,
                 types={"patient_name", "diagnosis", "medication", "patient_contact"},
                 note=ctx.t("chimioprophylaxie des contacts d'un cas d'IMI", "meningococcal contact chemoprophylaxis"))


BUILDERS = [forwarded_thread, hepa_food_handler, legionella_investigation, name_in_filename, census_list,
            vcard_patient, attached_eml, zip_linelist, vaccination_school, home_visit_safety, imi_chemoprophylaxis]
