"""Positive templates, part B: DOAC switches, bridging, interactions, renal dosing, out-of-province."""
import datetime as _dt

from gen_attach import make_docx, make_ics, make_pdf
from gen_clin import (DOACS, INDICATIONS, INTERACTIONS, L, OTHER_MEDS, OTHER_MEDS_EN, PROCEDURES, address, age_on,
                      mg, nm, num, phone)
from gen_common import ORG, OTHER_DOMS, fmt_date, name_form, signature
from gen_ctx import id_block, mrn_text, ohip_text
from gen_mime import quote_block
from gen_msg import add_days, pharm_from


def _crcl(age, wt, scr_umol, sex):
    v = (140 - age) * wt * 1.23 / scr_umol
    return v * (0.85 if sex == "F" else 1.0)


def doac_switch(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.55)
    st, md = c.pharmacist(), c.md()
    m.from_staff(st)
    m.to_staff(md)
    ind = rng.choice(INDICATIONS[:4])
    age = age_on(p, m.date)
    wt = rng.randint(52, 104)
    scr = rng.randint(62, 140)
    crcl = _crcl(max(age, 40), wt, scr, p.sex)
    doac = rng.choice(DOACS)
    inrs = [round(rng.uniform(1.4, 3.9), 1) for _ in range(5)]
    who = id_block(m, c, p, layout=rng.choice(["lines", "pipe", "paren"]))
    m.t("diagnosis", "medication", "lab_result")
    if lang == "fr":
        m.subject = rng.choice(["Proposition passage warfarine -> AOD", "Demande d'ordonnance : transition vers %s"
                                % doac[2], "Changement d'anticoagulant - votre patient(e)"])
        m.body = ("Bonjour Dr %s,\n\nVotre patient(e) suivi(e) à la clinique :\n%s\n\n"
                  "Indication : %s. Temps dans l'intervalle thérapeutique faible : 5 derniers RNI %s.\n"
                  "Poids %d kg, créatinine %d µmol/L, ClCr estimée (Cockcroft-Gault) %d mL/min.\n"
                  "Autres médicaments : %s.\n\n"
                  "Nous proposons : cesser la warfarine, débuter %s lorsque RNI < 2,0. "
                  "Si vous êtes d'accord, pourriez-vous signer l'ordonnance jointe au dossier et la télécopier à "
                  "la pharmacie communautaire ?\n\nMerci,\n%s"
                  % (md[1], who, ind[0], ", ".join(num(x, lang) for x in inrs), wt, scr, crcl,
                     ", ".join(rng.sample(OTHER_MEDS, 3)), doac[0], signature(st, lang)))
    else:
        m.subject = rng.choice(["Proposed switch warfarin -> DOAC", "Order request: transition to %s" % doac[2],
                                "Anticoagulant change - your patient"])
        m.body = ("Dear Dr %s,\n\nYour patient followed at our clinic:\n%s\n\n"
                  "Indication: %s. Poor time in therapeutic range: last 5 INRs %s.\n"
                  "Weight %d kg, creatinine %d umol/L, estimated CrCl (Cockcroft-Gault) %d mL/min.\n"
                  "Other meds: %s.\n\n"
                  "We suggest: stop warfarin, start %s once INR < 2.0. If you agree, please sign the order and "
                  "fax it to the community pharmacy.\n\nThanks,\n%s"
                  % (md[1], who, ind[1], ", ".join(num(x, lang) for x in inrs), wt, scr, crcl,
                     ", ".join(rng.sample(OTHER_MEDS_EN, 3)), doac[1], signature(st, lang)))
    m.mode = rng.choice(["plain", "alt", "html"])
    m.note = L(m, "proposition de transition vers un AOD", "proposed switch to a DOAC")


def doac_transition_doc(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.5)
    st = c.pharmacist()
    ph = c.community()
    m.from_staff(st)
    m.to = [(ph[0], "labo@" + ph[1])]
    doac = rng.choice(DOACS)
    m.t("medication", "diagnosis")
    who = id_block(m, c, p, layout="lines")
    ind = rng.choice(INDICATIONS[:4])
    d0 = add_days(m.date, 1)
    if lang == "fr":
        rows = [["Date", "Warfarine", "RNI", "%s" % doac[2]],
                [fmt_date(d0, "iso"), "cesser", "-", "-"],
                [fmt_date(add_days(d0, 2), "iso"), "-", "à faire", "débuter si RNI < 2,0"],
                [fmt_date(add_days(d0, 3), "iso"), "-", "-", doac[0]]]
        paras = [who, "Indication : %s" % ind[0], "Pharmacie : %s, téléc. %s" % (ph[0], ph[3]),
                 "Plan de transition préparé par %s %s, pharmacien(ne)." % (st[0], st[1])]
        title = "Plan de transition warfarine vers %s" % doac[2]
        m.subject = "Plan de transition AOD - %s" % name_form(p, "initial_upper", lang)
        m.body = ("Bonjour,\n\nVeuillez trouver le plan de transition pour votre client(e). L'ordonnance "
                  "signée suivra par télécopieur.\n\n%s" % signature(st, lang))
    else:
        rows = [["Date", "Warfarin", "INR", "%s" % doac[2]],
                [fmt_date(d0, "iso"), "stop", "-", "-"],
                [fmt_date(add_days(d0, 2), "iso"), "-", "to do", "start if INR < 2.0"],
                [fmt_date(add_days(d0, 3), "iso"), "-", "-", doac[1]]]
        paras = [who, "Indication: %s" % ind[1], "Pharmacy: %s, fax %s" % (ph[0], ph[3]),
                 "Transition plan prepared by %s %s, pharmacist." % (st[0], st[1])]
        title = "Warfarin to %s transition plan" % doac[2]
        m.subject = "DOAC transition plan - %s" % name_form(p, "initial_upper", lang)
        m.body = ("Hello,\n\nPlease find attached the transition plan for your patient. The signed prescription "
                  "will follow by fax.\n\n%s" % signature(st, lang))
    m.names.append(p.surname)
    fname = rng.choice(["transition_%s_%s.docx" % (doac[2], p.surname), "Plan AOD %s.docx" % p.surname.upper(),
                        "plan_transition.docx"])
    m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             make_docx(title, paras, rows), fname)
    m.note = L(m, "plan de transition vers AOD en DOCX", "DOAC transition plan as DOCX")


def bridging_plan(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.45)
    st = c.pharmacist()
    md = c.md()
    m.from_staff(st)
    m.to_staff(md)
    m.cc = [("Bloc opératoire", "bloc.planification@" + ORG["dom"])]
    proc = rng.choice(PROCEDURES[:6])
    ind = rng.choice(INDICATIONS)
    day0 = add_days(m.date, rng.randint(8, 20))
    wt = rng.randint(55, 110)
    enox = int(round(wt * 1.0 / 10.0) * 10)
    who = id_block(m, c, p, layout=rng.choice(["lines", "comma"]))
    mrn = mrn_text(m, c) if rng.random() < 0.6 else ""
    m.t("diagnosis", "medication")
    plan = []
    for off, fr, en in [(-5, "dernière dose de warfarine", "last warfarin dose"),
                        (-3, "débuter énoxaparine %d mg SC q12h" % enox, "start enoxaparin %d mg SC q12h" % enox),
                        (-1, "dernière énoxaparine le matin seulement (24 h avant)",
                         "last enoxaparin AM only (24 h before)"),
                        (0, "%s - RNI le matin" % proc[0], "%s - INR in the morning" % proc[1]),
                        (1, "reprendre warfarine dose habituelle le soir si hémostase OK",
                         "resume usual warfarin in the evening if hemostasis OK"),
                        (2, "reprendre énoxaparine jusqu'à RNI >= 2 x 2 jours",
                         "resume enoxaparin until INR >= 2 x 2 days")]:
        plan.append("J%+d (%s) : %s" % (off, fmt_date(add_days(day0, off), "iso"), fr) if lang == "fr"
                    else "Day %+d (%s): %s" % (off, fmt_date(add_days(day0, off), "iso"), en))
    if lang == "fr":
        m.subject = rng.choice(["Pont anticoagulant avant %s" % proc[0], "Plan de relais HBPM - chirurgie du %s"
                                % fmt_date(day0, "slash_dmy")])
        m.body = ("Bonjour,\n\n%s %s\nIndication de l'anticoagulation : %s. Poids %d kg.\n"
                  "Intervention prévue le %s : %s.\n\nPlan de relais proposé :\n%s\n\n"
                  "Merci de confirmer avant vendredi.\n\n%s"
                  % (who, mrn, ind[0], wt, fmt_date(day0, "long", "fr"), proc[0], "\n".join(plan),
                     signature(st, lang)))
    else:
        m.subject = rng.choice(["Bridging before %s" % proc[1], "LMWH bridging plan - surgery %s"
                                % fmt_date(day0, "iso")])
        m.body = ("Hello,\n\n%s %s\nAnticoagulation indication: %s. Weight %d kg.\n"
                  "Procedure on %s: %s.\n\nProposed bridging plan:\n%s\n\nPlease confirm by Friday.\n\n%s"
                  % (who, mrn, ind[1], wt, fmt_date(day0, "long", "en"), proc[1], "\n".join(plan),
                     signature(st, lang)))
    if rng.random() < 0.5:
        start = _dt.datetime(day0.year, day0.month, day0.day, 7, 30)
        ics = make_ics("bridge-%d@%s" % (m.index, ORG["dom"]), start, start + _dt.timedelta(hours=2),
                       L(m, "%s - %s" % (proc[0], p.surname.upper()), "%s - %s" % (proc[1], p.surname.upper())),
                       L(m, "Bloc opératoire, 2e étage", "OR, 2nd floor"),
                       L(m, "Pont HBPM, RNI le matin", "LMWH bridging, INR in the morning"),
                       "anticoagulation@" + ORG["dom"])
        m.attach("text/calendar", ics, "intervention.ics", charset="utf-8", cte="base64")
    m.note = L(m, "plan de relais anticoagulant avant intervention", "perioperative bridging plan")


def bridging_endo(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.4)
    st = c.pharmacist()
    endo = ("Wei Chen" if lang == "en" else "Secrétariat endoscopie", "rdv@" + OTHER_DOMS["endo"])
    m.from_staff(st)
    m.to = [endo]
    doac = rng.choice(DOACS)
    day0 = add_days(m.date, rng.randint(5, 15))
    who = nm(p, rng, lang, ("upper_comma", "full", "title_full"))
    m.patient(p)
    extra = ("\n" + id_block(m, c, p, layout="comma")) if p.nam else ""
    dfg = rng.randint(35, 88)
    m.t("medication", "lab_result", "diagnosis")
    if lang == "fr":
        m.subject = "RE: %s - coloscopie le %s" % (who, fmt_date(day0, "slash_dmy"))
        q = ("Bonjour, votre patient(e) %s est sous %s. Coloscopie prévue le %s pour rectorragies, polypectomie possible. "
             "Combien de jours avant doit-on cesser ?%s" % (who, doac[0], fmt_date(day0, "long", "fr"), extra))
        m.body = ("Bonjour,\n\nDFGe %d mL/min/1,73m2 le mois dernier. Procédure à risque hémorragique élevé : "
                  "dernière dose de %s le %s au matin (pas de pont nécessaire), reprise 48 h après si "
                  "hémostase satisfaisante.\n\n%s\n\n%s"
                  % (dfg, doac[2], fmt_date(add_days(day0, -3), "long", "fr"), signature(st, lang),
                     quote_block(q)))
    else:
        m.subject = "RE: %s - colonoscopy %s" % (who, fmt_date(day0, "iso"))
        q = ("Hello, your patient %s is on %s. Colonoscopy booked %s for rectal bleeding, possible polypectomy. How many days "
             "before should it be held?%s" % (who, doac[1], fmt_date(day0, "long", "en"), extra))
        m.body = ("Hi,\n\neGFR %d mL/min/1.73m2 last month. High bleeding-risk procedure: last %s dose on the "
                  "morning of %s (no bridging needed), restart 48 h after if hemostasis is adequate.\n\n%s\n\n%s"
                  % (dfg, doac[2], fmt_date(add_days(day0, -3), "long", "en"), signature(st, lang),
                     quote_block(q)))
    m.note = L(m, "arrêt d'AOD avant coloscopie, réponse citée", "DOAC hold before colonoscopy, quoted reply")


def dental(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain()
    st = c.pharmacist()
    dent = ("Dr Alexandre Chartrand", "alexandre.chartrand@" + OTHER_DOMS["dental"])
    m.sender = dent
    m.to = [("Clinique anticoagulation", "anticoagulation@" + ORG["dom"])]
    dob = fmt_date(p.dob, rng.choice(["slash_dmy", "iso", "long"]), lang)
    m.patient(p, with_dob=True)
    inr = num(round(rng.uniform(2.0, 3.4), 1), lang)
    m.t("medication", "lab_result", "diagnosis")
    if lang == "fr":
        m.subject = "Extraction dentaire - patient(e) sous Coumadin"
        m.body = ("Bonjour,\n\nParodontite sévère : je dois extraire 3 dents (36, 37, 46) chez %s, %s le %s, la semaine prochaine. "
                  "Son dernier RNI est %s selon le carnet. Dois-je demander l'arrêt de la warfarine ? "
                  "J'utilise habituellement l'acide tranexamique en rince-bouche.\n\n"
                  "Dr Alexandre Chartrand, dentiste\nClinique dentaire de la Rive\n819 555-0181"
                  % (name_form(p, "title_full", lang), "née" if p.sex == "F" else "né", dob, inr))
    else:
        m.subject = "Dental extraction - patient on Coumadin"
        m.body = ("Hello,\n\nSevere periodontitis: I need to extract 3 teeth (36, 37, 46) for %s, DOB %s, next week. Last INR was %s "
                  "according to the booklet. Should warfarin be held? I usually use tranexamic acid mouthwash.\n\n"
                  "Dr. Alexandre Chartrand, DMD\nClinique dentaire de la Rive\n819 555-0181"
                  % (name_form(p, "full", lang), dob, inr))
    m.mode = rng.choice(["plain", "html"])
    m.note = L(m, "question d'un dentiste avant extraction", "dentist question before extraction")


def interaction_alert(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.4)
    st = c.pharmacist()
    m.sender = pharm_from(lang)
    m.to = [("Clinique anticoagulation", "anticoagulation@" + ORG["dom"])]
    m.cc = [("%s %s" % (st[0], st[1]), "x")]
    from gen_common import staff_addr
    m.cc = [("%s %s" % (st[0], st[1]), staff_addr(st))]
    it = rng.choice(INTERACTIONS)
    unit = rng.choice(["urgence", "4e Nord", "médecine interne 6B", "UCC"])
    mrn = mrn_text(m, c)
    who = id_block(m, c, p, layout=rng.choice(["pipe", "comma"]))
    inr = num(round(rng.uniform(1.8, 3.2), 1), lang)
    m.t("medication", "lab_result", "diagnosis")
    infec = rng.choice([("pneumonie", "pneumonia"), ("cellulite", "cellulitis"),
                        ("infection urinaire", "urinary tract infection")])
    if lang == "fr":
        m.subject = "[Alerte interaction] warfarine + %s" % it[0].split()[0]
        m.body = ("Alerte générée lors de la validation au %s.\n\n%s, %s\nRNI à l'admission : %s\n"
                  "Nouvelle ordonnance : %s pour %s\nEffet attendu : %s.\n\n"
                  "Recommandation : RNI dans 3 jours puis 2 fois par semaine pendant le traitement. Congé probable "
                  "vendredi ; la clinique peut-elle reprendre le suivi ?\n\n%s"
                  % (unit, who, mrn, inr, it[0], infec[0], it[2], signature(st, lang, kind="pharm")))
    else:
        m.subject = "[Interaction alert] warfarin + %s" % it[1].split()[0]
        m.body = ("Alert raised at order verification on %s.\n\n%s, %s\nAdmission INR: %s\n"
                  "New order: %s for %s\nExpected effect: %s.\n\nRecommendation: INR in 3 days then twice weekly "
                  "during therapy. Likely discharge Friday; can the clinic take over follow-up?\n\n%s"
                  % (unit, who, mrn, inr, it[1], infec[1], it[3], signature(st, lang, kind="pharm")))
    m.note = L(m, "alerte d'interaction médicamenteuse", "drug interaction alert")


def community_fax(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.5)
    ph = c.community()
    it = rng.choice(INTERACTIONS)
    m.sender = ("Fax2Mail %s" % ORG["short"], "fax2mail@" + ORG["dom"])
    m.to = [("Clinique anticoagulation", "anticoagulation@" + ORG["dom"])]
    m.charset = "us-ascii"
    m.cte = "7bit"
    m.mode = "plain"
    m.t("medication", "patient_contact")
    tel = phone(rng)
    m.subject = "Fax recu de %s (%s) - 2 page(s)" % (ph[3], ph[0]) if lang == "fr" \
        else "Fax received from %s (%s) - 2 page(s)" % (ph[3], ph[0])
    m.body = ("Vous avez recu une telecopie.\nExpediteur: %s\nPages: 2\nDuree: 0:41\n" % ph[3]) if lang == "fr" \
        else ("You have received a fax.\nSender: %s\nPages: 2\nDuration: 0:41\n" % ph[3])
    idb = id_block(m, c, p, layout="lines", pdf=True)
    if lang == "fr":
        paras = ["TÉLÉCOPIE - %s" % ph[0], "À : Clinique d'anticoagulation, %s" % ORG["fax_clinic"],
                 "De : %s, pharmacien(ne) - tél. %s" % (rng.choice(["F. Haddou", "M. Ngo", "L. Vallières"]), ph[2]),
                 "Objet : nouvelle ordonnance pouvant interagir avec la warfarine", idb,
                 "Tél. du client : %s" % tel,
                 "Ordonnance reçue aujourd'hui : %s (Dr %s, clinique sans rendez-vous). Effet : %s."
                 % (it[0], rng.choice(["Ruel", "Sabourin", "Khoury"]), it[2]),
                 "Dose actuelle de Coumadin au dossier : %s die. Souhaitez-vous devancer le RNI ?"
                 % mg(rng.choice([2.5, 4, 5, 6]), lang),
                 "Ce document contient des renseignements confidentiels. Si vous l'avez reçu par erreur, "
                 "veuillez nous aviser."]
    else:
        paras = ["FAX - %s" % ph[0], "To: Anticoagulation Clinic, %s" % ORG["fax_clinic"],
                 "From: %s, pharmacist - tel. %s" % (rng.choice(["F. Haddou", "M. Ngo", "L. Vallieres"]), ph[2]),
                 "Re: new prescription that may interact with warfarin", idb, "Client phone: %s" % tel,
                 "Prescription received today: %s (Dr %s, walk-in clinic). Effect: %s."
                 % (it[1], rng.choice(["Ruel", "Sabourin", "Khoury"]), it[3]),
                 "Current Coumadin dose on file: %s daily. Would you like to move the INR up?"
                 % mg(rng.choice([2.5, 4, 5, 6]), lang),
                 "This fax contains confidential information. If received in error please notify us."]
    m.attach("application/pdf", make_pdf("FAX", paras, author="Fax2Mail"),
             "fax_%s_%s.pdf" % (ph[3].replace(" ", "").replace("-", ""), fmt_date(m.date, "compact")))
    m.note = L(m, "télécopie de pharmacie communautaire (PDF)", "community pharmacy fax (PDF)")


def pregnancy(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain(min_age=26, max_age=39)
    p.sex = "F"
    from gen_common import PAT_GIVEN_F
    p.given = rng.choice(PAT_GIVEN_F[:7])
    st, md = c.pharmacist(), c.md()
    m.from_staff(md)
    m.to_staff(st)
    wk = rng.randint(5, 8)
    wt = rng.randint(58, 90)
    m.patient(p)
    mrn = mrn_text(m, c)
    m.t("diagnosis", "medication")
    if lang == "fr":
        m.subject = rng.choice(["Confidentiel - grossesse sous warfarine", "Relais HBPM urgent"])
        m.body = ("%s,\n\nMme %s (%s) a une valve mécanique mitrale et m'apprend qu'elle est enceinte de %d semaines "
                  "(test urinaire +, bêta-hCG demandée). Elle ne l'a pas encore annoncé à sa famille.\n"
                  "Il faut cesser la warfarine et passer à la daltéparine 100 U/kg BID ajustée à l'anti-Xa. "
                  "Poids %d kg. Peux-tu préparer le plan et appeler la pharmacie ?\n\n%s %s"
                  % (st[0], p.surname, mrn, wk, wt, md[0], md[1]))
    else:
        m.subject = rng.choice(["Confidential - pregnancy on warfarin", "Urgent LMWH switch"])
        m.body = ("%s,\n\nMs. %s (%s) has a mechanical mitral valve and tells me she is %d weeks pregnant "
                  "(urine test +, beta-hCG ordered). She has not told her family yet.\nWarfarin must stop; switch "
                  "to dalteparin 100 U/kg BID adjusted to anti-Xa. Weight %d kg. Can you prepare the plan and call "
                  "the pharmacy?\n\n%s %s" % (st[0], p.surname, mrn, wk, wt, md[0], md[1]))
    m.note = L(m, "grossesse sous warfarine, relais HBPM", "pregnancy on warfarin, LMWH switch")


def pediatric(m, c):
    rng, lang = m.rng, m.lang
    p = c.holder("child") if rng.random() < 0.6 else c.plain(min_age=4, max_age=15)
    parent = rng.choice(["Mélissa", "Kevin", "Audrey", "Jonathan"])
    st = c.pharmacist()
    m.sender = ("%s %s" % (parent, p.surname), "%s.%s@%s" % (parent.lower().replace("é", "e"),
                                                             p.surname.lower().replace("é", "e").replace("è", "e"),
                                                             OTHER_DOMS["mail2"]))
    m.to = [("Clinique anticoagulation", "anticoagulation@" + ORG["dom"])]
    inrs = [round(rng.uniform(1.8, 3.6), 1) for _ in range(3)]
    m.patient(p, with_dob=True)
    m.t("lab_result", "medication", "diagnosis", "patient_contact")
    dob = fmt_date(p.dob, "long", lang)
    tel = phone(rng)
    if lang == "fr":
        m.subject = "RNI de %s cette semaine (CoaguChek maison)" % p.given
        m.body = ("Bonjour,\n\nVoici les RNI de %s %s (%s le %s, opéré(e) pour Fontan) avec le CoaguChek :\n"
                  "lundi %s, mercredi %s, vendredi %s.\nIl/elle prend 2 mg de Coumadin le soir. Il/elle a commencé "
                  "l'amoxicilline pour une otite hier, est-ce qu'on change quelque chose ?\n\n"
                  "Vous pouvez m'appeler au %s après 16h.\n%s" %
                  (p.given, p.surname, "né(e)", dob, num(inrs[0], lang), num(inrs[1], lang), num(inrs[2], lang),
                   tel, parent))
    else:
        m.subject = "%s's INRs this week (home CoaguChek)" % p.given
        m.body = ("Hello,\n\nHere are %s %s's INRs (born %s, Fontan repair) from the CoaguChek:\nMonday %s, "
                  "Wednesday %s, Friday %s.\nThey take 2 mg Coumadin in the evening and started amoxicillin for an "
                  "ear infection yesterday, should we change anything?\n\nYou can call me at %s after 4 pm.\n%s"
                  % (p.given, p.surname, dob, num(inrs[0], lang), num(inrs[1], lang), num(inrs[2], lang), tel,
                     parent))
    if p.nam:
        m.body += "\n\n" + L(m, "Sa carte d'assurance maladie : ", "Health card: ") + id_block(m, c, p, "comma")
    m.note = L(m, "RNI à domicile d'un enfant envoyés par un parent", "child's home INRs sent by a parent")


def renal_dabigatran(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.5)
    st, md = c.pharmacist(), c.md()
    m.from_staff(st)
    m.to_staff(md)
    age = age_on(p, m.date)
    scr = [rng.randint(95, 190) for _ in range(3)]
    wt = rng.randint(50, 80)
    crcl = _crcl(max(age, 60), wt, scr[-1], p.sex)
    who = id_block(m, c, p, layout=rng.choice(["comma", "lines"]))
    m.t("lab_result", "medication", "diagnosis")
    if lang == "fr":
        m.subject = "Fonction rénale en baisse - dabigatran"
        tbl = "\n".join("%s  créat %d µmol/L" % (fmt_date(add_days(m.date, -30 * (2 - i)), "iso"), s)
                        for i, s in enumerate(scr))
        m.body = ("Dr %s,\n\n%s\nFA non valvulaire sous Pradaxa 150 mg BID.\n\n%s\n\nClCr estimée %d mL/min "
                  "(poids %d kg). Sous 30 mL/min le dabigatran est contre-indiqué ; je suggère apixaban 2,5 mg BID "
                  "ou 5 mg BID selon les critères. Hémoglobine stable à %d g/L.\n\n%s"
                  % (md[1], who, tbl, crcl, wt, rng.randint(104, 138), signature(st, lang)))
    else:
        m.subject = "Declining renal function - dabigatran"
        tbl = "\n".join("%s  creat %d umol/L" % (fmt_date(add_days(m.date, -30 * (2 - i)), "iso"), s)
                        for i, s in enumerate(scr))
        m.body = ("Dr %s,\n\n%s\nNon-valvular AF on Pradaxa 150 mg BID.\n\n%s\n\nEstimated CrCl %d mL/min "
                  "(weight %d kg). Below 30 mL/min dabigatran is contraindicated; I suggest apixaban 2.5 mg BID or "
                  "5 mg BID per criteria. Hemoglobin stable at %d g/L.\n\n%s"
                  % (md[1], who, tbl, crcl, wt, rng.randint(104, 138), signature(st, lang)))
    m.note = L(m, "fonction rénale et ajustement du dabigatran", "renal function and dabigatran adjustment")


def ontario_patient(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain()
    st = c.pharmacist()
    m.from_staff(st)
    m.to = [("Riverside Community Pharmacy", "rx@riversiderx.example")]
    hn = ohip_text(m, c)
    m.patient(p, with_dob=True)
    dob = fmt_date(p.dob, rng.choice(["iso", "long"]), lang)
    doac = rng.choice(DOACS[:4])
    m.t("medication", "diagnosis")
    if lang == "fr":
        m.subject = "Patient(e) de l'Ontario - ordonnance AOD et code LU"
        m.body = ("Bonjour,\n\n%s, DDN %s, carte Santé Ontario %s, a reçu son congé hier après une embolie "
                  "pulmonaire. Ordonnance : %s x 6 mois. Pour le Programme de médicaments de l'Ontario, "
                  "le code d'usage limité est inscrit sur l'ordonnance jointe.\n\n%s"
                  % (name_form(p, "full", lang), dob, hn, doac[0], signature(st, lang)))
        paras = ["Ordonnance", "%s - DDN %s - carte Santé Ontario %s" % (p.full, dob, hn),
                 "%s, 6 mois, renouvelable" % doac[0], "Indication : embolie pulmonaire", "Code LU : 469"]
    else:
        m.subject = "Ontario patient - DOAC prescription and LU code"
        m.body = ("Hello,\n\n%s, DOB %s, Ontario health card %s, was discharged yesterday after a pulmonary "
                  "embolism. Prescription: %s x 6 months. For ODB coverage the Limited Use code is written on the "
                  "attached prescription.\n\n%s" % (name_form(p, "full", lang), dob, hn, doac[1], signature(st, lang)))
        paras = ["Prescription", "%s - DOB %s - Ontario health card %s" % (p.full, dob, hn),
                 "%s, 6 months, refillable" % doac[1], "Indication: pulmonary embolism", "LU code: 469"]
    m.attach("application/pdf", make_pdf(ORG["hosp_en"] if lang == "en" else ORG["hosp_fr"], paras),
             rng.choice(["ordonnance.pdf", "Rx_%s.pdf" % p.surname]))
    m.mode = rng.choice(["plain", "alt"])
    m.note = L(m, "patient ontarien, ordonnance AOD", "Ontario patient, DOAC prescription")


TEMPLATES = [("doac_switch", doac_switch), ("doac_plan", doac_transition_doc), ("bridging", bridging_plan),
             ("endo_hold", bridging_endo), ("dental", dental), ("interaction", interaction_alert),
             ("pharmacy_fax", community_fax), ("pregnancy", pregnancy), ("pediatric", pediatric),
             ("renal", renal_dabigatran), ("ontario", ontario_patient)]

_unused = (address, make_pdf)
