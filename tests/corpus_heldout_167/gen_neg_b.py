"""Negative scenarios, part B: newsletters, committees, conferences, protocols, teaching cases,
blank forms and templates, shortages and recalls."""
import datetime

import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_mime as M
from gen_ctx import greet, sig, thanks
from gen_neg_a import DOCX, EXTERNAL_PEOPLE, XLSX


def _ext(ctx, lang):
    g, s, sx = ctx.choice(EXTERNAL_PEOPLE)
    if lang == "fr":
        return ("Dre " if sx == "F" else "Dr ") + g + " " + s
    return "Dr. " + g + " " + s


def n_newsletter(ctx, lang):
    fr = lang == "fr"
    comm = ctx.st("comm")
    docs = ctx.rng.sample(ctx.staff["hemonc"], 2)
    ipo = ctx.st("ipo")
    clerk, sw = ctx.st("clerk"), ctx.st("sw")
    t_fr = lambda s: ("Mme " if s.sex == "F" else "M. ") + s.surname
    t_en = lambda s: ("Ms. " if s.sex == "F" else "Mr. ") + s.surname
    pct = ctx.rng.randrange(82, 97)
    n = ctx.rng.randrange(900, 1600)
    m = ctx.mail(lang, "newsletter", comm, [("Tous - oncologie" if fr else "All - oncology", "onco-tous@" + D.DOMAIN)])
    if fr:
        m.subject = "L'Écho du centre de jour - %s %d" % (I.MOIS[ctx.now.month - 1], ctx.now.year)
        m.add("Bonjour à toutes et à tous,",
              "Félicitations à %s et %s pour leur présentation sur l'immunothérapie dans le mélanome et les toxicités immunitaires au congrès de l'ASCO." % (docs[0].doc(lang), docs[1].doc(lang)),
              "%s, IPO en cancer du poumon, a reçu le prix Reconnaissance pour le projet de clinique d'accès rapide. Bravo!" % ipo.full,
              "En chiffres ce mois-ci : %d traitements administrés, %d %% des nouveaux patients vus en moins de 28 jours." % (n, pct),
              "Rappel : %s remplace %s à la coordination des bénévoles jusqu'en janvier." % (t_fr(clerk), t_fr(sw)),
              M.Sig(["Service des communications", D.ORG_FR]))
    else:
        m.subject = "Day Centre Echo - %s %d" % (I.MONTHS[ctx.now.month - 1], ctx.now.year)
        m.add("Hello everyone,",
              "Congratulations to %s and %s for their ASCO talk on immunotherapy in melanoma and immune-related toxicities." % (docs[0].doc(lang), docs[1].doc(lang)),
              "%s, our lung cancer nurse navigator, received the Recognition award for the rapid-access clinic. Well done!" % ipo.full,
              "By the numbers this month: %d treatments given, %d%% of new patients seen within 28 days." % (n, pct),
              "Reminder: %s is covering volunteer coordination for %s until January." % (t_en(clerk), t_en(sw)),
              M.Sig(["Communications", D.ORG_EN]))
    m.hints["body"] = ctx.choice(["html", "alt", "html"])
    m.note = "monthly staff newsletter"
    return m


def n_committee(ctx, lang):
    fr = lang == "fr"
    chair = ctx.st(ctx.choice(["pharm", "hemonc", "quality"]))
    members = ctx.rng.sample(ctx.staff["hemonc"] + ctx.staff["pharm"] + ctx.staff["nurse"], 5)
    d = ctx.future(4, 20)
    kind = ctx.rng.randrange(2)
    m = ctx.mail(lang, "committee_notice", chair, members)
    if fr:
        name = ["Comité de pharmacologie - sous-comité d'oncologie", "Comité qualité et sécurité des soins en oncologie"][kind]
        m.subject = "Convocation - %s - %s" % (name, I.fmt_date(d, "dmy", lang))
        items = ["Adoption de l'ordre du jour", "Ajout au formulaire : trastuzumab déruxtécan (cancer du sein HER2-faible) - présentation par %s" % members[0].doc(lang),
                 "Révision du protocole de prémédication du paclitaxel - Mme %s" % members[2].surname,
                 "Bilan trimestriel des incidents (données agrégées)", "Varia"] if kind == 0 else \
                ["Suivi des indicateurs (délais, extravasations, NF fébriles)", "Présentation de %s : chutes au centre de jour" % members[1].doc(lang),
                 "Audit double vérification indépendante", "Varia"]
        m.add(greet(ctx, lang), "Vous êtes convoqué(e)s à la réunion du %s, le %s à 12h, salle C-3 (dîner fourni)." % (name, I.fmt_date(d, "long", lang)),
              M.Bullets(items), sig(ctx, chair, lang))
    else:
        name = ["Pharmacy & Therapeutics - oncology subcommittee", "Oncology quality and safety committee"][kind]
        m.subject = "Notice of meeting - %s - %s" % (name, I.fmt_date(d, "iso", lang))
        items = ["Approval of agenda", "Formulary addition: trastuzumab deruxtecan (HER2-low breast cancer) - presented by %s" % members[0].doc(lang),
                 "Paclitaxel premedication protocol review - Ms. %s" % members[2].surname, "Quarterly incident report (aggregate data)", "Other business"] if kind == 0 else \
                ["Indicators (wait times, extravasations, febrile neutropenia)", "%s: falls in the day centre" % members[1].doc(lang), "Independent double-check audit", "Other business"]
        m.add(greet(ctx, lang), "You are invited to the %s meeting on %s at noon, room C-3 (lunch provided)." % (name, I.fmt_date(d, "long", lang)), M.Bullets(items), sig(ctx, chair, lang))
    if ctx.chance(0.35):
        m.atts.append(M.Att(A.docx("Ordre du jour" if fr else "Agenda", items, author=chair.full, when=ctx.now), DOCX, "ODJ_%s.docx" % d.isoformat() if fr else "agenda_%s.docx" % d.isoformat()))
    m.note = "committee meeting notice and agenda"
    return m


def n_conference(ctx, lang):
    fr = lang == "fr"
    conf = D.PARTNERS["conf"]
    d = ctx.future(20, 60)
    talks = []
    topics_fr = ["Immunothérapie périopératoire dans le cancer du poumon", "Désescalade thérapeutique dans le cancer du sein HER2+", "Gestion des toxicités immunitaires",
                 "Radiothérapie stéréotaxique des métastases cérébrales", "Myélome multiple : quoi de neuf en 2024?", "Rôle de l'IPO dans la trajectoire de soins"]
    topics_en = ["Perioperative immunotherapy in lung cancer", "De-escalation in HER2+ breast cancer", "Managing immune-related toxicities",
                 "Stereotactic radiosurgery for brain metastases", "Multiple myeloma: what's new in 2024?", "The nurse navigator in the care pathway"]
    idx = ctx.rng.sample(range(6), 4)
    for k, i in enumerate(idx):
        who = _ext(ctx, lang) if ctx.chance(0.5) else ctx.st(ctx.choice(["hemonc", "radonc", "ipo"])).doc(lang)
        talks.append(["%02d:%02d" % (8 + k, ctx.choice([0, 30])), (topics_fr if fr else topics_en)[i], who])
    sender = (conf[0] if fr else conf[1], "inscription@" + conf[2])
    m = ctx.mail(lang, "conference", sender, [("Membres" if fr else "Members", "membres@" + conf[2])])
    if fr:
        m.subject = "Programme préliminaire - %s, %s" % (conf[0], I.fmt_date(d, "long", lang))
        m.add("Chers membres,", "Voici le programme préliminaire. Inscription avant le %s (tarif réduit pour les infirmières et pharmaciens)." % I.fmt_date(d - datetime.timedelta(days=14), "long", lang),
              M.Table([["Heure", "Conférence", "Conférencier(ère)"]] + talks), "Crédits de formation : 6 h. Hôtel Val-Brûlé, 1200 rue du Lac.")
    else:
        m.subject = "Preliminary programme - %s, %s" % (conf[1], I.fmt_date(d, "long", lang))
        m.add("Dear members,", "Here is the preliminary programme. Register before %s (reduced rate for nurses and pharmacists)." % I.fmt_date(d - datetime.timedelta(days=14), "long", lang),
              M.Table([["Time", "Talk", "Speaker"]] + talks), "CME credits: 6 h. Hotel Val-Brûlé, 1200 Lake Street.")
    if ctx.chance(0.5):
        m.atts.append(M.Att(A.pdf(conf[0] if fr else conf[1], [("table", [["Heure" if fr else "Time", "Sujet" if fr else "Topic", "Conférencier" if fr else "Speaker"]] + talks)]),
                            "application/pdf", "programme_%d.pdf" % d.year))
    m.hints["body"] = ctx.choice(["html", "alt"])
    m.note = "conference programme with speakers and topics"
    return m


def n_tb_schedule(ctx, lang):
    fr = lang == "fr"
    co = ctx.st("tbcoord")
    m = ctx.mail(lang, "tumour_board_schedule", co, [("Médecins oncologie" if fr else "Oncology physicians", "onco-md@" + D.DOMAIN)])
    rows = [["Comité" if fr else "Board", "Jour" if fr else "Day", "Heure" if fr else "Time", "Responsable" if fr else "Lead"]]
    boards = [("Digestif", "GI"), ("Sein", "Breast"), ("Thoracique", "Thoracic"), ("Hémato", "Heme"), ("Uro-gynéco", "GU-gyne")]
    for b in boards:
        rows.append([b[0] if fr else b[1], ctx.choice(I.JOURS[:5] if fr else I.DAYS[:5]), "7h30" if fr else "7:30", ctx.st(ctx.choice(["hemonc", "radonc", "surgeon"])).doc(lang)])
    if fr:
        m.subject = "Calendrier des comités des tumeurs - hiver %d" % (ctx.now.year + 1)
        m.add(greet(ctx, lang), "Voici le calendrier. Pour soumettre un cas, remplir le formulaire de demande (nom, no de dossier, question) au plus tard le vendredi précédent. Ne pas envoyer de renseignements par courriel.",
              M.Table(rows), sig(ctx, co, lang))
    else:
        m.subject = "Tumour board calendar - winter %d" % (ctx.now.year + 1)
        m.add(greet(ctx, lang), "Calendar below. To submit a case, fill in the request form (name, chart number, question) by the previous Friday. Please do not send patient details by e-mail.",
              M.Table(rows), sig(ctx, co, lang))
    if ctx.chance(0.5):
        day = ctx.future(3, 10)
        start = datetime.datetime(day.year, day.month, day.day, 7, 30)
        m.calendar = A.ics("cdt-%s@%s" % (day.strftime("%Y%m%d"), D.DOMAIN), "CDT digestif (récurrent)" if fr else "GI tumour board (recurring)", start,
                           start + datetime.timedelta(hours=1), "Salle 2B / Teams", "Réunion hebdomadaire" if fr else "Weekly meeting",
                           (co.full, co.email), stamp=ctx.now.replace(tzinfo=None))
        m.hints["body"] = "alt"
    m.note = "tumour board calendar without cases"
    return m


def n_protocol(ctx, lang):
    fr = lang == "fr"
    rc = ctx.st("research")
    code = "ONC-%s-%03d" % (ctx.choice(["LUNG", "GI", "BRST", "HEME"]), ctx.rng.randrange(100, 999))
    m = ctx.mail(lang, "research_protocol", rc, ctx.rng.sample(ctx.staff["hemonc"], 3))
    if fr:
        m.subject = "Nouvelle étude %s - synopsis et critères" % code
        crit = ["Adultes >= 18 ans, ECOG 0-1", "Adénocarcinome pulmonaire non épidermoïde stade IV, sans mutation EGFR/ALK", "DFGe >= 50 mL/min, neutrophiles >= 1,5",
                "Exclusion : métastases cérébrales non traitées, maladie auto-immune active"]
        m.add(greet(ctx, lang), "L'étude %s (phase III, chimio-immunothérapie +/- anticorps bispécifique) est ouverte au recrutement depuis le %s. Synopsis en pièce jointe." % (code, I.fmt_date(ctx.past(2, 10), "long", lang)),
              M.Bullets(crit), "Chercheur principal local : %s. Merci de me référer les patients potentiels via le formulaire de présélection." % ctx.st("hemonc").doc(lang), sig(ctx, rc, lang))
    else:
        m.subject = "New trial %s - synopsis and criteria" % code
        crit = ["Adults >= 18, ECOG 0-1", "Stage IV non-squamous lung adenocarcinoma, EGFR/ALK negative", "eGFR >= 50 mL/min, ANC >= 1.5",
                "Exclusion: untreated brain metastases, active autoimmune disease"]
        m.add(greet(ctx, lang), "Trial %s (phase III, chemo-immunotherapy +/- bispecific antibody) opened to accrual on %s. Synopsis attached." % (code, I.fmt_date(ctx.past(2, 10), "long", lang)),
              M.Bullets(crit), "Local PI: %s. Please refer potential patients through the pre-screening form." % ctx.st("hemonc").doc(lang), sig(ctx, rc, lang))
    m.atts.append(M.Att(A.pdf("Synopsis %s" % code, crit + ["Schéma : randomisation 1:1, stratification selon PD-L1." if fr else "Design: 1:1 randomisation, stratified by PD-L1."]),
                        "application/pdf", "synopsis_%s.pdf" % code))
    m.note = "research protocol synopsis without participants"
    return m


def n_teaching(ctx, lang):
    fr = lang == "fr"
    onc = ctx.st("hemonc")
    m = ctx.mail(lang, "teaching_case", onc, ctx.staff["resident"] + [(D.PARTNERS["univ"][0] if fr else D.PARTNERS["univ"][1], "externes@" + D.PARTNERS["univ"][2])])
    age = ctx.rng.randrange(38, 82)
    case = ctx.rng.randrange(3)
    if fr:
        m.subject = ctx.choice(["Cas clinique pour la séance de jeudi", "Club de lecture + cas (dénominalisé)"])
        txt = ["Femme de %d ans, carcinome canalaire infiltrant du sein G, RH+ HER2-, T2N1. Reçoit AC-T en néoadjuvant. J10 du cycle 2 : T 38,7, neutrophiles 0,3. Questions : prise en charge initiale? Critères d'hospitalisation (score MASCC)?" % age,
               "Homme de %d ans, carcinome épidermoïde de l'oropharynx p16+, cisplatine hebdomadaire + RT 70 Gy. Semaine 4 : créatinine passée de 78 à 141 µmol/L. Questions : substitution par carboplatine? hydratation?" % age,
               "Homme de %d ans, myélome IgG kappa, VRd. Neuropathie grade 2 au bortézomib. Questions : ajustement? Voie SC vs IV?" % age][case]
        m.add(greet(ctx, lang), "Voici le cas (fictif, inspiré de la clinique, aucune donnée identifiante) pour la séance de jeudi :", txt,
              "Préparez vos réponses, on en discute 15 minutes.", sig(ctx, onc, lang))
    else:
        m.subject = ctx.choice(["Teaching case for Thursday", "Journal club + case (de-identified)"])
        txt = ["%d-year-old woman, left breast IDC ER+ HER2-, T2N1, on neoadjuvant AC-T. Day 10 of cycle 2: T 38.7, ANC 0.3. Questions: initial management? Admission criteria (MASCC score)?" % age,
               "%d-year-old man, p16+ oropharyngeal SCC, weekly cisplatin + RT 70 Gy. Week 4: creatinine up from 78 to 141 umol/L. Questions: switch to carboplatin? hydration?" % age,
               "%d-year-old man, IgG kappa myeloma on VRd. Grade 2 bortezomib neuropathy. Questions: dose change? SC vs IV?" % age][case]
        m.add(greet(ctx, lang), "Here is the case (fictional, clinic-inspired, no identifying data) for Thursday:", txt, "Prepare your answers, 15 minutes of discussion.", sig(ctx, onc, lang))
    m.note = "de-identified teaching case"
    return m


def n_blank_form(ctx, lang):
    fr = lang == "fr"
    sender = ctx.st(ctx.choice(["clerk", "manager", "ipo"]))
    kind = ctx.rng.randrange(3)
    m = ctx.mail(lang, "blank_form", sender, [("Équipe centre de jour" if fr else "Day centre team", "cdj-equipe@" + D.DOMAIN), ctx.st("gp")])
    if fr:
        title = ["Demande de consultation en hémato-oncologie", "Demande de transport - radiothérapie", "Formulaire de déclaration de symptômes"][kind]
        fields = ["Nom du patient : ______________________", "Date de naissance : ____ / ____ / ______", "NAM : ____ ____ ____   Exp. : __/__",
                  "No de dossier : __________", "Diagnostic : ______________________", "Médecin référent : ______________  Signature : ________"]
        m.subject = "Nouveau formulaire - %s (version %d.%d)" % (title, ctx.rng.randrange(2, 5), ctx.rng.randrange(0, 9))
        m.add(greet(ctx, lang), "Le formulaire « %s » a été mis à jour. Merci de détruire les anciennes versions et d'utiliser uniquement celui-ci à partir du %s." % (title, I.fmt_date(ctx.future(3, 10), "long", lang)),
              "Le formulaire complété doit être télécopié au %s (ne pas l'envoyer par courriel)." % D.CLINIC_PHONES["fax"], sig(ctx, sender, lang))
    else:
        title = ["Hematology-oncology consultation request", "Transport request - radiation therapy", "Symptom reporting form"][kind]
        fields = ["Patient name: ______________________", "Date of birth: ____ / ____ / ______", "Health card (RAMQ): ____ ____ ____   Exp: __/__",
                  "Chart no.: __________", "Diagnosis: ______________________", "Referring MD: ______________  Signature: ________"]
        m.subject = "New form - %s (version %d.%d)" % (title, ctx.rng.randrange(2, 5), ctx.rng.randrange(0, 9))
        m.add(greet(ctx, lang), "The \"%s\" form has been updated. Please discard older versions and use only this one as of %s." % (title, I.fmt_date(ctx.future(3, 10), "long", lang)),
              "Completed forms must be faxed to %s (do not e-mail them)." % D.CLINIC_PHONES["fax"], sig(ctx, sender, lang))
    if ctx.chance(0.5):
        m.atts.append(M.Att(A.pdf(title, fields), "application/pdf", "formulaire_vierge_%d.pdf" % (kind + 1) if fr else "blank_form_%d.pdf" % (kind + 1)))
    else:
        m.atts.append(M.Att(A.docx(title, fields, when=ctx.now), DOCX, ("Formulaire - %s.docx" % title) if fr else ("Form - %s.docx" % title)))
    m.note = "blank form distributed to staff"
    return m


def n_template(ctx, lang):
    fr = lang == "fr"
    sender = ctx.st(ctx.choice(["clerk", "it", "manager"]))
    m = ctx.mail(lang, "mailmerge_template", sender, [ctx.st("clerk"), ctx.st("manager")])
    if fr:
        m.subject = ctx.choice(["Gabarit lettre de rendez-vous - à valider", "Modèle de rappel SMS/courriel pour la chimio"])
        tpl = ("Bonjour «Prénom» «Nom»,\n\nNous vous rappelons votre rendez-vous au centre de jour d'oncologie le «Date_RDV» à «Heure_RDV» "
               "(fauteuil «Fauteuil»). Présentez-vous 15 minutes à l'avance avec votre carte d'assurance maladie («NAM»).\n\n"
               "Pour annuler : %s." % D.CLINIC_PHONES["rdv"])
        m.add(greet(ctx, lang), "Voici le gabarit de publipostage à valider avant la mise en production :", M.Pre(tpl),
              "Les champs entre chevrons sont remplis automatiquement à partir de l'agenda. Merci de me revenir avant vendredi.", sig(ctx, sender, lang))
    else:
        m.subject = ctx.choice(["Appointment letter template - please review", "Chemo reminder text/e-mail template"])
        tpl = ("Dear {{first_name}} {{last_name}},\n\nThis is a reminder of your appointment at the oncology day centre on {{appt_date}} at {{appt_time}} "
               "(chair {{chair}}). Please arrive 15 minutes early with your health card ({{health_card}}).\n\nTo cancel: %s." % D.CLINIC_PHONES["rdv"])
        m.add(greet(ctx, lang), "Mail-merge template to review before go-live:", M.Pre(tpl), "Fields in braces are filled from the scheduling system. Please reply by Friday.", sig(ctx, sender, lang))
    if ctx.chance(0.4):
        m.atts.append(M.Att(A.csv_text([["Prénom", "Nom", "Date_RDV", "Heure_RDV", "Fauteuil", "NAM"] if fr else ["first_name", "last_name", "appt_date", "appt_time", "chair", "health_card"],
                                        ["«Prénom»", "«Nom»", "AAAA-MM-JJ", "HH:MM", "00", "XXXX 0000 0000"] if fr else ["<first>", "<last>", "YYYY-MM-DD", "HH:MM", "00", "XXXX 0000 0000"]]),
                            "text/csv", "champs_fusion.csv" if fr else "merge_fields.csv", charset="utf-8", cte="quoted-printable"))
    m.note = "mail-merge template with placeholders"
    return m


def n_shortage(ctx, lang):
    fr = lang == "fr"
    pharm = ctx.st("pharm")
    drug = ctx.choice([("carboplatine", "carboplatin"), ("cisplatine", "cisplatin"), ("fluorouracile", "fluorouracil"), ("BCG intravésical", "intravesical BCG"),
                       ("leucovorine", "leucovorin")])
    lot = I.make_luhn_serial(ctx.rng, 9)
    din = "%08d" % ctx.rng.randrange(2200000, 2599999)
    m = ctx.mail(lang, "drug_shortage", pharm, [("Médecins et IPO oncologie" if fr else "Oncology MDs and IPOs", "onco-md@" + D.DOMAIN)], cc=[ctx.st("manager")])
    if fr:
        m.subject = "Pénurie - %s (DIN %s)" % (drug[0], din)
        m.add(greet(ctx, lang), "Le fournisseur nous avise d'une rupture de %s jusqu'à la mi-%s. Il nous reste environ 3 semaines de stock (lot %s, exp. %s)." % (
            drug[0], I.MOIS[(ctx.now.month + 1) % 12], lot, I.fmt_date(ctx.future(120, 300), "iso", lang)),
              "Mesures : priorisation selon les recommandations du GEOQ, arrondi des doses au flacon le plus proche, substitution par %s lorsque cliniquement acceptable. Aucun changement pour les patients en cours de traitement curatif." % ("carboplatine" if drug[0] == "cisplatine" else "l'alternative prévue au protocole"),
              sig(ctx, pharm, lang))
    else:
        m.subject = "Shortage - %s (DIN %s)" % (drug[1], din)
        m.add(greet(ctx, lang), "Our supplier reports %s will be out of stock until mid-%s. About 3 weeks left on hand (lot %s, exp %s)." % (
            drug[1], I.MONTHS[(ctx.now.month + 1) % 12], lot, I.fmt_date(ctx.future(120, 300), "iso", lang)),
              "Measures: prioritisation per provincial guidance, dose rounding to nearest vial, substitution with %s when clinically acceptable. No change for patients on curative treatment." % ("carboplatin" if drug[1] == "cisplatin" else "the protocol alternative"),
              sig(ctx, pharm, lang))
    m.note = "drug shortage notice with lot number"
    return m


def n_recall(ctx, lang):
    fr = lang == "fr"
    sup = D.PARTNERS["supplier1"]
    sender = (("Service à la clientèle " + sup[0]) if fr else (sup[1] + " Customer Service"), "rappels@" + sup[2])
    m = ctx.mail(lang, "recall", sender, [ctx.st("procure"), ctx.st("pharm")], cc=[ctx.st("manager")])
    lots = [I.make_mod97_lot(ctx.rng) for _ in range(ctx.rng.randrange(2, 4))]
    serials = [I.make_luhn_serial(ctx.rng, 10) for _ in range(2)]
    rows = [["Produit" if fr else "Product", "Réf." if fr else "Ref.", "Lot", "Exp."]]
    for l in lots:
        rows.append(["Tubulure pour pompe volumétrique, filtre 0,2 µm" if fr else "Volumetric pump set, 0.2 micron filter", "MI-%d" % ctx.rng.randrange(4000, 4999), l, I.fmt_date(ctx.future(200, 500), "iso", lang)])
    if fr:
        m.subject = "AVIS DE RAPPEL VOLONTAIRE - tubulures MI-4xxx"
        m.add("Madame, Monsieur,", "Par mesure de précaution, nous procédons au rappel des lots ci-dessous (risque de fissure du filtre en ligne). Aucun incident grave n'a été rapporté.",
              M.Table(rows), "Pompes concernées (numéros de série) : %s. Veuillez retourner le formulaire de confirmation d'ici 10 jours." % ", ".join(serials),
              M.Sig(["Affaires réglementaires", sup[0], "1-800-555-0142"]))
    else:
        m.subject = "VOLUNTARY RECALL NOTICE - MI-4xxx sets"
        m.add("Dear customer,", "As a precaution we are recalling the lots below (risk of in-line filter crack). No serious incident has been reported.", M.Table(rows),
              "Affected pumps (serial numbers): %s. Please return the acknowledgement form within 10 days." % ", ".join(serials), M.Sig(["Regulatory Affairs", sup[1], "1-800-555-0142"]))
    if ctx.chance(0.5):
        m.atts.append(M.Att(A.pdf("Avis de rappel" if fr else "Recall notice", [("table", rows)]), "application/pdf", "rappel_MI4xxx.pdf" if fr else "recall_MI4xxx.pdf"))
    m.note = "device recall with lot and serial numbers"
    return m


def n_protocol_update(ctx, lang):
    fr = lang == "fr"
    pharm = ctx.st("pharm")
    reg = ctx.choice(list(D.REGIMENS.values()))
    ver = "%d.%d" % (ctx.rng.randrange(2, 6), ctx.rng.randrange(0, 9))
    m = ctx.mail(lang, "protocol_update", pharm, [("Médecins et IPO oncologie" if fr else "Oncology MDs and IPOs", "onco-md@" + D.DOMAIN), ctx.st("manager")])
    rows = [["Surface corporelle (m²)" if fr else "BSA (m2)", "Dose arrondie (mg)" if fr else "Banded dose (mg)"]]
    base = ctx.rng.randrange(80, 180)
    for k, bsa in enumerate(["1,50-1,64", "1,65-1,79", "1,80-1,94", "1,95-2,09"] if fr else ["1.50-1.64", "1.65-1.79", "1.80-1.94", "1.95-2.09"]):
        rows.append([bsa, str(base + 15 * k)])
    if fr:
        m.subject = "Mise à jour ordonnance pré-imprimée %s - v%s" % (reg[0].split(" (")[0], ver)
        m.add(greet(ctx, lang), "L'ordonnance pré-imprimée %s passe à la version %s le %s. Changements : arrondi de dose (dose banding) selon le tableau ci-dessous, prémédication simplifiée." % (
            reg[0], ver, I.fmt_date(ctx.future(5, 20), "long", lang)), M.Table(rows), sig(ctx, pharm, lang))
    else:
        m.subject = "Pre-printed order update %s - v%s" % (reg[1].split(" (")[0], ver)
        m.add(greet(ctx, lang), "The %s pre-printed order moves to version %s on %s. Changes: dose banding per the table below, simplified premedication." % (
            reg[1], ver, I.fmt_date(ctx.future(5, 20), "long", lang)), M.Table(rows), sig(ctx, pharm, lang))
    m.note = "chemotherapy order set update (no patient)"
    return m


def n_patient_education(ctx, lang):
    fr = lang == "fr"
    ipo = ctx.st(ctx.choice(["ipo", "diet", "nurse"]))
    m = ctx.mail(lang, "education_material", ipo, [("Équipe centre de jour" if fr else "Day centre team", "cdj-equipe@" + D.DOMAIN)])
    topic = ctx.rng.randrange(3)
    if fr:
        t = ["Dépliant « Fièvre et chimiothérapie : quand appeler? »", "Fiche nutrition - mucosite", "Guide d'accueil du nouveau patient en radio-oncologie"][topic]
        m.subject = "Nouveau matériel d'enseignement - %s" % t
        m.add(greet(ctx, lang), "%s est maintenant disponible en version imprimée au poste et sur l'intranet. Il rappelle aux patients d'appeler la ligne symptômes (%s) dès 38,3 °C ou 38,0 °C pendant une heure." % (t, D.CLINIC_PHONES["ligne_symptomes"]),
              "Merci de le remettre à tous les nouveaux patients lors de l'enseignement pré-chimio.", sig(ctx, ipo, lang))
    else:
        t = ["Leaflet \"Fever and chemotherapy: when to call\"", "Nutrition sheet - mucositis", "Welcome guide for new radiation oncology patients"][topic]
        m.subject = "New patient education material - %s" % t
        m.add(greet(ctx, lang), "%s is now available in print at the desk and on the intranet. It reminds patients to call the symptom line (%s) at 38.3 C or 38.0 C for an hour." % (t, D.CLINIC_PHONES["ligne_symptomes"]),
              "Please give it to every new patient at pre-chemo teaching.", sig(ctx, ipo, lang))
    if ctx.chance(0.5):
        m.atts.append(M.Att(A.pdf(t, ["Information générale destinée aux patients." if fr else "General patient information."]), "application/pdf",
                            ("depliant_%d.pdf" if fr else "leaflet_%d.pdf") % (topic + 1)))
    m.note = "patient education material announcement"
    return m


SCENARIOS = [n_newsletter, n_committee, n_conference, n_tb_schedule, n_protocol, n_teaching, n_blank_form, n_template,
             n_shortage, n_recall, n_protocol_update, n_patient_education]
