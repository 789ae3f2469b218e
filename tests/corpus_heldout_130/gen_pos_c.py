"""Positive templates, part C: discharge, sign-out, shortages and recalls with patient lists, forms,
foreign identifiers, social situations, and attachment-borne data (ZIP, vCard, message/rfc822)."""
from gen_attach import make_csv, make_docx, make_pdf, make_vcard, make_xlsx, make_zip
from gen_clin import (DOACS, INDICATIONS, L, OTHER_MEDS, OTHER_MEDS_EN, address, mg, nm, num, personal_email,
                      phone, schedule_text, weekly_schedule)
from gen_common import ORG, OTHER_DOMS, fmt_date, make_mrn, name_form, signature, staff_addr
from gen_ctx import id_block, mrn_text, nir_text, niss_text, sin_text
from gen_mime import html_table, quote_block, text_to_html
from gen_msg import add_days, inner_message, pharm_from


def med_rec(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.5)
    st = c.pharmacist()
    ph = c.community()
    m.from_staff(st)
    m.to = [(ph[0], "ordonnances@" + ph[1])]
    ind = rng.choice(INDICATIONS)
    others = rng.sample(range(len(OTHER_MEDS)), 4)
    doac = rng.choice(DOACS)
    m.t("medication", "diagnosis")
    who = id_block(m, c, p, layout="lines", pdf=True)
    mrn = mrn_text(m, c, pdf=True)
    if lang == "fr":
        hdr = ["Médicament", "Avant l'admission", "Au congé", "Commentaire"]
        rows = [hdr, ["Warfarine", "5 mg die", "CESSÉ", "remplacé par AOD"],
                [doac[2].capitalize(), "-", doac[0], "NOUVEAU - %s" % ind[0]]]
        for i in others:
            rows.append([OTHER_MEDS[i].split()[0], OTHER_MEDS[i], OTHER_MEDS[i] if rng.random() < .7 else "CESSÉ", ""])
        title = "Bilan comparatif des médicaments au congé"
        paras = [who, mrn, "Date du congé : %s" % fmt_date(m.date, "long", "fr"),
                 "Diagnostic principal : %s" % ind[0]]
        m.subject = "BCM au congé - %s" % rng.choice([name_form(p, "upper_comma", lang), "votre client(e)"])
        m.body = ("Bonjour,\n\nCi-joint le bilan comparatif des médicaments au congé. Merci de mettre à jour le "
                  "profil et d'annuler les renouvellements de warfarine.\n\n%s" % signature(st, lang, kind="pharm"))
    else:
        hdr = ["Medication", "Before admission", "At discharge", "Comment"]
        rows = [hdr, ["Warfarin", "5 mg daily", "STOPPED", "replaced by DOAC"],
                [doac[2].capitalize(), "-", doac[1], "NEW - %s" % ind[1]]]
        for i in others:
            rows.append([OTHER_MEDS_EN[i].split()[0], OTHER_MEDS_EN[i],
                         OTHER_MEDS_EN[i] if rng.random() < .7 else "STOPPED", ""])
        title = "Discharge medication reconciliation"
        paras = [who, mrn, "Discharge date: %s" % fmt_date(m.date, "long", "en"), "Main diagnosis: %s" % ind[1]]
        m.subject = "Discharge med rec - %s" % rng.choice([name_form(p, "upper_comma", lang), "your client"])
        m.body = ("Hello,\n\nAttached is the discharge medication reconciliation. Please update the profile and "
                  "cancel warfarin refills.\n\n%s" % signature(st, lang, kind="pharm"))
    if rng.random() < 0.5:
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx(title, paras, rows), rng.choice(["BCM_conge.docx", "med_rec_%s.docx" % p.surname]))
    else:
        m.attach("application/pdf", make_pdf(title, paras, rows), rng.choice(["BCM.pdf", "medrec_%s.pdf" %
                                                                               p.surname.upper()]))
    m.names.append(p.surname)
    m.note = L(m, "bilan comparatif des médicaments au congé", "discharge medication reconciliation")


def signout(m, c):
    rng, lang = m.rng, m.lang
    a, b = c.pharmacist(), c.pharmacist()
    m.from_staff(a)
    m.to_staff(b)
    m.t("patient_name", "medication", "diagnosis", "lab_result")
    lines = []
    probs_fr = ["TVP, héparine IV, aPTT q6h, prochain à 14h", "FA + saignement GI, warfarine suspendue, Hb 82",
                "EP, relais énoxaparine -> apixaban demain", "valve méc., RNI 1,6, pont HBPM en cours",
                "AVC ischémique J2, pas d'anticoag avant J7 selon neuro", "TIH suspectée, 4T = 5, argatroban"]
    probs_en = ["DVT, IV heparin, aPTT q6h, next at 14:00", "AF + GI bleed, warfarin held, Hgb 82",
                "PE, enoxaparin -> apixaban tomorrow", "mech valve, INR 1.6, LMWH bridge ongoing",
                "ischemic stroke day 2, no anticoag before day 7 per neuro", "suspected HIT, 4T = 5, argatroban"]
    for i in range(rng.randint(4, 6)):
        p = c.plain() if i % 3 else c.patient(0.6)
        room = "%d%s-%02d" % (rng.randint(3, 7), rng.choice("NSE"), rng.randint(1, 30))
        nmx = name_form(p, "upper_comma" if p.nam else rng.choice(["upper_comma", "initial_upper", "surname_first"]),
                        lang)
        m.patient(p)
        extra = ""
        if p.nam:
            extra = " [%s]" % id_block(m, c, p, layout="paren").split("(", 1)[1].rstrip(")")
        lines.append("%s  %s%s - %s" % (room, nmx, extra, rng.choice(probs_fr if lang == "fr" else probs_en)))
    m.subject = L(m, "Relève anticoag - soir", "Anticoag sign-out - evening")
    m.body = L(m, "Salut, la relève pour ce soir :\n\n", "Hi, tonight's sign-out:\n\n") + "\n".join(lines) + \
        L(m, "\n\nBonne soirée\n%s" % a[0], "\n\nHave a good night\n%s" % a[0])
    m.mode = rng.choice(["plain", "plain", "alt"])
    m.note = L(m, "liste de relève des patients anticoagulés", "anticoagulation sign-out list")


def shortage_list(m, c):
    rng, lang = m.rng, m.lang
    st = c.pharmacist()
    m.from_staff(st)
    m.to = [("Équipe anticoag" if lang == "fr" else "Anticoag team", "equipe.anticoag@" + ORG["dom"])]
    strength = rng.choice(["1 mg", "2,5 mg" if lang == "fr" else "2.5 mg", "3 mg", "4 mg"])
    m.t("patient_name", "medication", "patient_contact")
    rows = [["Nom", "Téléphone", "Dose actuelle", "Nouvelle combinaison"] if lang == "fr"
            else ["Name", "Phone", "Current dose", "New combination"]]
    for i in range(rng.randint(5, 8)):
        p = c.plain()
        m.patient(p)
        rows.append([name_form(p, "comma", lang), phone(rng), "Coumadin %s %s" % (strength,
                                                                               rng.choice(["die", "x 5 j/7"] if lang == "fr" else ["daily", "5 days/wk"])),
                     L(m, "2 co de 1 mg + 1 co de 2 mg", "2 x 1 mg + 1 x 2 mg tabs")])
    fname = L(m, "patients_touches_rupture_coumadin.xlsx", "patients_affected_coumadin_shortage.xlsx")
    m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             make_xlsx([("Liste" if lang == "fr" else "List", rows)]), fname)
    m.subject = L(m, "Rupture Coumadin %s - patients à rappeler" % strength,
                  "Coumadin %s shortage - patients to call" % strength)
    m.body = L(m, "Bonjour,\n\nSuite à l'avis de rupture du fournisseur, voici nos patients qui prennent cette "
                  "teneur. Merci de les appeler pour expliquer la nouvelle combinaison de comprimés.\n\n%s"
               % signature(st, lang),
               "Hi,\n\nFollowing the supplier's shortage notice, here are our patients on this strength. Please "
               "call them to explain the new tablet combination.\n\n%s" % signature(st, lang))
    m.note = L(m, "patients touchés par une rupture de Coumadin", "patients affected by a Coumadin shortage")


def recall_list(m, c):
    rng, lang = m.rng, m.lang
    st = c.pharmacist()
    m.sender = pharm_from(lang)
    m.to = [("%s %s" % (st[0], st[1]), staff_addr(st))]
    lot = "%s%d%s" % (rng.choice(["EN", "LX", "K"]), rng.randint(10000, 99999), rng.choice("ABCK"))
    m.t("patient_name", "medication", "mrn")
    rows = [["mrn", "patient", "produit", "lot", "date_service"] if lang == "fr"
            else ["mrn", "patient", "product", "lot", "dispense_date"]]
    for i in range(rng.randint(4, 7)):
        p = c.plain()
        m.patient(p)
        v = make_mrn(rng)
        m.ids.append(("mrn", v))
        rows.append([v, name_form(p, "upper_comma", lang), "énoxaparine 40 mg/0,4 mL" if lang == "fr"
                     else "enoxaparin 40 mg/0.4 mL", lot, add_days(m.date, -rng.randint(3, 40)).isoformat()])
    m.attach("text/csv", make_csv(rows), "rappel_lot_%s.csv" % lot, charset="utf-8",
             cte=rng.choice(["base64", "quoted-printable"]))
    m.subject = L(m, "Rappel lot %s - patients ayant reçu le lot" % lot, "Recall lot %s - patients dispensed" % lot)
    m.body = L(m, "Liste extraite du système de distribution. Communication aux patients selon la procédure "
                  "RAP-07.\n\nDépartement de pharmacie", "List pulled from the dispensing system. Notify patients "
                                                         "per procedure RAP-07.\n\nPharmacy Department")
    m.note = L(m, "patients ayant reçu un lot rappelé", "patients dispensed a recalled lot")


def exception_form(m, c):
    rng, lang = m.rng, m.lang
    p = c.holder()
    st, md = c.pharmacist(), c.md()
    m.from_staff(st)
    m.to_staff(md)
    ind = rng.choice(INDICATIONS[:4])
    doac = rng.choice(DOACS)
    idb = id_block(m, c, p, layout="lines", pdf=True)
    m.t("diagnosis", "medication", "lab_result")
    inrs = [num(round(rng.uniform(1.3, 4.1), 1), lang) for _ in range(6)]
    if lang == "fr":
        paras = ["Demande d'autorisation - médicament d'exception", idb,
                 "Médicament demandé : %s" % doac[0], "Indication : %s" % ind[0],
                 "Justification : RNI instables malgré adhésion documentée (%s)." % ", ".join(inrs),
                 "Prescripteur : Dr %s %s" % (md[0], md[1])]
        m.subject = "Formulaire médicament d'exception à signer"
        m.body = ("Dr %s,\n\nLe formulaire d'exception pour l'AOD est prêt, il manque votre signature. "
                  "Je le télécopie dès réception.\n\n%s" % (md[1], signature(st, lang)))
        fn = "exception_%s_%s.pdf" % (doac[2], p.surname)
    else:
        paras = ["Exception drug authorization request", idb, "Drug requested: %s" % doac[1],
                 "Indication: %s" % ind[1], "Rationale: labile INRs despite documented adherence (%s)."
                 % ", ".join(inrs), "Prescriber: Dr %s %s" % (md[0], md[1])]
        m.subject = "Exception drug form to sign"
        m.body = ("Dr %s,\n\nThe exception form for the DOAC is ready and needs your signature. I will fax it "
                  "as soon as I get it back.\n\n%s" % (md[1], signature(st, lang)))
        fn = "exception_form_%s.pdf" % p.surname
    m.attach("application/pdf", make_pdf("RAMQ", paras), fn)
    m.note = L(m, "formulaire de médicament d'exception", "exception drug authorization form")


def income_support(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.4)
    sw = ("Nadia Arsenault", "travailleuse sociale", "social worker")
    m.sender = (sw[0], "nadia.arsenault@" + ORG["dom"])
    m.to = [("Assurances Boréal - réclamations" if lang == "fr" else "Boreal Insurance - claims",
             "reclamations@" + OTHER_DOMS["insurer"])]
    sin = sin_text(m, c)
    who = id_block(m, c, p, layout="lines")
    doac = rng.choice(DOACS)
    m.t("social_information", "medication", "diagnosis")
    if lang == "fr":
        m.subject = "Demande d'aide financière - médicament anticoagulant"
        m.body = ("Bonjour,\n\nJe soutiens la demande de %s.\n%s\nNAS : %s\n\nPrestataire de l'aide sociale "
                  "depuis %d, vit seul(e) en chambre. Ne peut assumer la franchise pour %s prescrit après une "
                  "thrombose veineuse profonde. Merci d'étudier la demande en priorité.\n\n%s, %s\n%s\n%s"
                  % (name_form(p, "title", lang), who, sin, rng.randint(2016, 2023), doac[0], sw[0], sw[1],
                     ORG["hosp_fr"], "Tél. 819 555-0158"))
    else:
        m.subject = "Financial assistance request - anticoagulant"
        m.body = ("Hello,\n\nI support the request from %s.\n%s\nSIN: %s\n\nOn income assistance since %d, lives "
                  "alone in a rooming house. Cannot afford the deductible for %s prescribed after a deep vein "
                  "thrombosis. Please review urgently.\n\n%s, %s\n%s\n%s"
                  % (name_form(p, "title", lang), who, sin, rng.randint(2016, 2023), doac[1], sw[0], sw[2],
                     ORG["hosp_en"], "Tel. 819 555-0158"))
    m.note = L(m, "demande d'aide financière avec NAS", "financial assistance request with SIN")


def belgian(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain(min_age=50, max_age=85)
    st = c.pharmacist()
    m.from_staff(st)
    m.to = [("Dr Wouters", "cabinet.wouters@huisarts-leuven.example")]
    niss = niss_text(m, c, p)
    m.patient(p, with_dob=True)
    inr = num(round(rng.uniform(3.6, 6.2), 1), lang)
    m.t("medication", "lab_result", "diagnosis")
    dob = fmt_date(p.dob, "dot_dmy")
    if lang == "fr":
        m.subject = "Votre patient(e) en séjour au Québec - Sintrom"
        m.body = ("Cher confrère,\n\n%s (NISS %s, né(e) le %s), en visite chez sa fille, s'est présenté(e) à notre "
                  "urgence pour épistaxis. RNI %s sous acénocoumarol (Sintrom) 4 mg selon son carnet. Sintrom "
                  "n'étant pas commercialisé au Canada, nous avons fait le relais vers la warfarine. Pourriez-vous "
                  "nous confirmer sa posologie habituelle ?\n\n%s"
                  % (name_form(p, "title_full", lang), niss, dob, inr, signature(st, lang)))
    else:
        m.subject = "Your patient visiting Quebec - Sintrom"
        m.body = ("Dear colleague,\n\n%s (Belgian NISS %s, born %s), visiting family here, came to our ED with "
                  "epistaxis. INR %s on acenocoumarol (Sintrom) 4 mg per booklet. As Sintrom is not marketed in "
                  "Canada we switched to warfarin. Could you confirm the usual dose?\n\n%s"
                  % (name_form(p, "title_full", lang), niss, dob, inr, signature(st, lang)))
    m.note = L(m, "patient belge avec NISS, relais vers warfarine", "Belgian patient with NISS, switch to warfarin")


def french(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain(min_age=40, max_age=80)
    st = c.pharmacist()
    m.from_staff(st)
    m.to = [("Service des assurés étrangers" if lang == "fr" else "Foreign insured desk",
             "international@" + OTHER_DOMS["insurer"])]
    nir = nir_text(m, c, p)
    m.patient(p)
    m.t("medication", "diagnosis")
    if lang == "fr":
        m.subject = "Prise en charge - assuré(e) français(e)"
        m.body = ("Bonjour,\n\nNous traitons %s, n° de sécurité sociale %s, pour une TVP du mollet survenue "
                  "pendant son voyage. Fluindione (Préviscan) remplacée par rivaroxaban 15 mg BID x 21 jours. "
                  "Merci de nous transmettre l'attestation de prise en charge.\n\n%s"
                  % (name_form(p, rng.choice(["upper_comma", "full"]), lang), nir, signature(st, lang)))
    else:
        m.subject = "Coverage - French insured patient"
        m.body = ("Hello,\n\nWe are treating %s, French social security no. %s, for a calf DVT that occurred "
                  "while travelling. Fluindione (Previscan) replaced with rivaroxaban 15 mg BID x 21 days. Please "
                  "send the coverage certificate.\n\n%s"
                  % (name_form(p, rng.choice(["upper_comma", "full"]), lang), nir, signature(st, lang)))
    m.note = L(m, "patient français avec NIR", "French patient with NIR")


def abuse_concern(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.4)
    st = c.pharmacist()
    m.from_staff(st)
    m.to = [("Nadia Arsenault", "nadia.arsenault@" + ORG["dom"])]
    who = nm(p, rng, lang, ("title", "title_full", "upper_comma"))
    m.patient(p)
    if p.nam:
        who += " (%s)" % id_block(m, c, p, layout="comma")
    m.t("social_information", "medication", "diagnosis", "lab_result")
    inr = num(round(rng.uniform(1.0, 1.4), 1), lang)
    if lang == "fr":
        m.subject = rng.choice(["Confidentiel - inquiétude maltraitance", "Situation préoccupante"])
        m.body = ("Nadia,\n\nJe suis inquiète pour %s. RNI %s alors qu'elle/il est sous warfarine 6 mg : "
                  "le fils qui gère ses médicaments ne les donnerait pas. Elle/il avait des ecchymoses aux "
                  "avant-bras et m'a dit à voix basse avoir peur de lui. Il contrôle aussi sa carte bancaire.\n"
                  "Peux-tu évaluer rapidement ? Je ne l'ai pas notée au dossier partagé.\n\n%s"
                  % (who, inr, st[0]))
    else:
        m.subject = rng.choice(["Confidential - elder abuse concern", "Worrying situation"])
        m.body = ("Nadia,\n\nI'm worried about %s. INR %s while on warfarin 6 mg: the son who manages the pills may "
                  "not be giving them. There was bruising on both forearms and the patient whispered being afraid "
                  "of him. He also controls the bank card.\nCan you assess quickly? I haven't put this in the "
                  "shared chart.\n\n%s" % (who, inr, st[0]))
    m.note = L(m, "signalement de maltraitance soupçonnée", "suspected elder abuse referral")


def youth_protection(m, c):
    rng, lang = m.rng, m.lang
    p = c.holder("child") if rng.random() < 0.5 else c.plain(min_age=13, max_age=17)
    st = c.pharmacist()
    m.sender = ("Intervenant DPJ" if lang == "fr" else "Youth protection worker",
                "intervenant.jeunesse@dpj-region.example")
    m.to = [("%s %s" % (st[0], st[1]), staff_addr(st))]
    adr = address(rng)
    m.patient(p, with_dob=True)
    m.t("social_information", "patient_contact", "medication", "diagnosis")
    dob = fmt_date(p.dob, "iso")
    if lang == "fr":
        m.subject = "Changement de milieu de vie - jeune suivi(e) à votre clinique"
        m.body = ("Bonjour,\n\nDans le cadre d'une mesure de protection de la jeunesse, %s (%s) est placé(e) en "
                  "famille d'accueil depuis lundi. Nouvelle adresse pour la livraison de la warfarine et les "
                  "prélèvements : %s. La mère n'a plus accès au dossier. Syndrome des antiphospholipides selon "
                  "votre dernier rapport.\n\nMerci de ne transmettre aucune information aux parents sans "
                  "autorisation.\n\nIntervenant(e) à l'application des mesures" % (p.full, dob, adr))
    else:
        m.subject = "Change of residence - youth followed at your clinic"
        m.body = ("Hello,\n\nUnder a youth protection order, %s (%s) has been placed in a foster home since Monday. "
                  "New address for warfarin delivery and blood draws: %s. The mother no longer has access to the "
                  "file. Antiphospholipid syndrome per your last report.\n\nPlease do not share any information "
                  "with the parents without authorization.\n\nYouth protection caseworker" % (p.full, dob, adr))
    if p.nam:
        m.body += "\n\n" + id_block(m, c, p, "lines")
    m.note = L(m, "placement en protection de la jeunesse", "youth protection placement")


def zip_bundle(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.5)
    st = c.pharmacist()
    m.from_staff(st)
    m.to_staff(c.md())
    m.t("lab_result", "medication")
    m.patient(p)
    rows = [["date", "inr", "dose_hebdo_mg" if lang == "fr" else "weekly_dose_mg"]]
    for i in range(8):
        rows.append([add_days(m.date, -7 * (8 - i)).isoformat(), round(rng.uniform(1.5, 3.6), 1),
                     rng.choice([25, 27.5, 30, 32.5])])
    paras = [id_block(m, c, p, layout="lines", pdf=True),
             L(m, "Historique des RNI et doses de warfarine - 8 dernières semaines", "INR and warfarin dose history - last 8 weeks")]
    pdf = make_pdf(L(m, "Résumé de suivi", "Follow-up summary"), paras, rows)
    members = [("%s_RNI.csv" % p.surname.upper(), make_csv(rows).encode("utf-8")),
               ("resume_suivi.pdf" if lang == "fr" else "followup_summary.pdf", pdf)]
    m.attach("application/zip", make_zip(members), rng.choice(["dossier_%s.zip" % p.surname, "documents.zip"]))
    m.subject = L(m, "Documents demandés", "Requested documents")
    m.body = L(m, "Bonjour,\n\nComme demandé, l'historique et le résumé (fichier compressé).\n\n%s"
               % signature(st, lang), "Hi,\n\nAs requested, the history and summary (zipped).\n\n%s"
               % signature(st, lang))
    m.note = L(m, "historique RNI dans une archive ZIP", "INR history in a ZIP archive")


def attached_eml(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.4)
    st = c.pharmacist()
    ph = c.community()
    m.from_staff(st)
    m.to_staff(c.pharmacist())
    m.t("medication", "lab_result")
    m.patient(p)
    who = name_form(p, rng.choice(["title_full", "upper_comma"]), lang)
    idl = ("\n" + id_block(m, c, p, layout="comma")) if p.nam else ""
    inr = num(round(rng.uniform(1.2, 1.8), 1), lang)
    if lang == "fr":
        inner = ("Bonjour,\n\nNotre client(e) %s%s a fait son RNI chez nous (CoaguChek) : %s. Il/elle dit prendre "
                 "du millepertuis depuis un mois. Voulez-vous ajuster la warfarine ?\n\n%s\n%s"
                 % (who, idl, inr, ph[0], ph[2]))
        sub = "RNI client - millepertuis"
        m.subject = "TR: RNI client - millepertuis"
        m.body = "Pour toi, c'est ton patient. Message d'origine en pièce jointe.\n\n%s" % st[0]
    else:
        inner = ("Hello,\n\nOur client %s%s had an INR done here (CoaguChek): %s. Reports taking St. John's wort "
                 "for a month. Would you like to adjust warfarin?\n\n%s\n%s" % (who, idl, inr, ph[0], ph[2]))
        sub = "Client INR - St John's wort"
        m.subject = "FW: Client INR - St John's wort"
        m.body = "Yours, this is your patient. Original message attached.\n\n%s" % st[0]
    raw = inner_message(m.seed, m.key, (ph[0], "labo@" + ph[1]), ("Clinique anticoag", "anticoagulation@" + ORG["dom"]),
                        sub, (m.date.year, m.date.month, m.date.day, 9, 12), inner,
                        charset=rng.choice(["utf-8", "iso-8859-1"]), cte=rng.choice(["8bit", "quoted-printable"]))
    m.attach_eml(raw, rng.choice([None, "message.eml", "%s.eml" % sub]))
    m.note = L(m, "message de pharmacie joint en message/rfc822", "pharmacy message attached as message/rfc822")


def vcard_contact(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain()
    st = c.any_staff()
    m.from_staff(st)
    m.to_staff(c.pharmacist())
    tel = phone(rng)
    adr_street = "%d %s" % (rng.randint(10, 900), rng.choice(["rue des Pins", "avenue Laurier", "rue Principale"]))
    m.patient(p)
    m.t("patient_contact", "medication")
    note = L(m, "Patient(e) sous warfarine - préfère être appelé(e) le matin",
             "Patient on warfarin - prefers morning calls")
    vc = make_vcard(p.full, [p.surname, p.given, "", "", ""], tel=[("HOME", tel), ("CELL", phone(rng, "873"))],
                    adr=("HOME", adr_street, "Val-Brûlé", "J0X 1X0"), note=note)
    m.attach("text/vcard", vc, "%s %s.vcf" % (p.given, p.surname), charset="utf-8",
             cte=rng.choice(["quoted-printable", "base64", "8bit"]))
    m.subject = L(m, "Coordonnées à jour", "Updated contact details")
    m.body = L(m, "Nouvelles coordonnées reçues au téléphone, fiche ci-jointe pour le logiciel.\n\n%s" % st[0],
               "New contact details taken by phone, card attached for the system.\n\n%s" % st[0])
    m.note = L(m, "fiche contact vCard d'un patient", "patient contact vCard")


def homeless(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.35)
    st = c.pharmacist()
    md = c.md()
    m.from_staff(st)
    m.to_staff(md)
    m.cc = [("Nadia Arsenault", "nadia.arsenault@" + ORG["dom"])]
    who = id_block(m, c, p, layout=rng.choice(["pipe", "lines"]))
    m.t("social_information", "medication", "diagnosis", "lab_result")
    inrs = ", ".join(num(round(rng.uniform(1.0, 5.5), 1), lang) for _ in range(4))
    total, sched = weekly_schedule(rng, lang)
    if lang == "fr":
        m.subject = "Suivi difficile - sans domicile fixe"
        m.body = ("Bonjour Dr %s,\n\n%s\nDepuis deux mois en situation d'itinérance (refuge La Passerelle), "
                  "médicaments volés deux fois. RNI récents : %s. Warfarine actuelle : %s.\nEmbolie pulmonaire "
                  "en janvier. Je propose de passer à l'apixaban 5 mg BID avec distribution hebdomadaire en "
                  "pilulier par la pharmacie. Qu'en pensez-vous ?\n\n%s"
                  % (md[1], who, inrs, schedule_text(sched, lang), signature(st, lang)))
    else:
        m.subject = "Difficult follow-up - no fixed address"
        m.body = ("Dear Dr %s,\n\n%s\nHomeless for two months (La Passerelle shelter), medication stolen twice. "
                  "Recent INRs: %s. Current warfarin: %s.\nPulmonary embolism in January. I suggest switching to "
                  "apixaban 5 mg BID with weekly blister packs from the pharmacy. Thoughts?\n\n%s"
                  % (md[1], who, inrs, schedule_text(sched, lang), signature(st, lang)))
    m.note = L(m, "patient en situation d'itinérance, changement d'anticoagulant",
               "homeless patient, anticoagulant change")


def discharge_html(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.5)
    st = c.pharmacist()
    ph = c.community()
    m.sender = pharm_from(lang)
    m.to = [(ph[0], "ordonnances@" + ph[1])]
    m.cc = [("%s %s" % (st[0], st[1]), staff_addr(st))]
    who = id_block(m, c, p, layout="pipe")
    total, sched = weekly_schedule(rng, lang)
    inr = num(round(rng.uniform(1.8, 2.8), 1), lang)
    m.t("medication", "lab_result", "diagnosis")
    rows = [[d, mg(x, lang)] for d, x in sched]
    if lang == "fr":
        intro = ("Bonjour, voici le résumé pharmaceutique au congé de %s.\nHospitalisation pour FA rapide et "
                 "chute. RNI au congé %s. Posologie de warfarine :" % (who, inr))
        m.subject = "Résumé pharmaceutique au congé"
        tail = "Prochain RNI au CLSC dans 5 jours. Merci de préparer le pilulier.\n\n" + signature(st, lang, "pharm")
        hdr = ["Jour", "Warfarine"]
    else:
        intro = ("Hello, here is the pharmacy discharge summary for %s.\nAdmitted for AF with rapid ventricular "
                 "response and a fall. Discharge INR %s. Warfarin dosing:" % (who, inr))
        m.subject = "Pharmacy discharge summary"
        tail = "Next INR at the CLSC in 5 days. Please prepare the blister pack.\n\n" + signature(st, lang, "pharm")
        hdr = ["Day", "Warfarin"]
    m.body = intro + "\n" + schedule_text(sched, lang, "\n") + "\n\n" + tail
    m.html = text_to_html(intro).replace("</body>", html_table(rows, hdr) + text_to_html(tail).split("<body", 1)[1]
                                         .split(">", 1)[1])
    m.mode = rng.choice(["html", "alt"])
    m.note = L(m, "résumé pharmaceutique au congé en HTML", "pharmacy discharge summary in HTML")


TEMPLATES = [("medrec", med_rec), ("signout", signout), ("shortage_pts", shortage_list), ("recall_pts", recall_list),
             ("exception_form", exception_form), ("financial_aid", income_support), ("belgian", belgian),
             ("french", french), ("abuse", abuse_concern), ("youth_prot", youth_protection), ("zip", zip_bundle),
             ("fwd_eml", attached_eml), ("vcard", vcard_contact), ("homeless", homeless),
             ("discharge_html", discharge_html)]

_unused = (personal_email, quote_block, mrn_text)
