# -*- coding: utf-8 -*-
"""Positive templates, part C: insurer and agency forms, out-of-province and foreign
identifiers, social situations, threads and forwards."""
import datetime

from gen_common import (ANTICOAG, INDICATIONS, SOCIAL, fmt_date, fmt_nir, fmt_niss, fmt_ohn, fmt_sin,
                        make_nir, make_niss, make_ohn, make_sin, sex_label, social)
from gen_docs import make_docx, make_pdf
from gen_pos_a import L, community_pharmacist, gmf_doctor, pick
from gen_text import (Acc, closing, earlier, fill_quote, forward_block, future_day, greet, quote_reply,
                      signature, site_info, slug, staff_display)


def sin_style(rng):
    return rng.choice(["space", "space", "dash", "plain", "dot", "wide", "double"])


# ---------------------------------------------------------------------- 23
def pos_insurer_sin(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.4, max_age=64)
    clerk = ctx.pick_staff("clerk")
    md = ctx.pick_staff("md")
    sin = make_sin(rng)
    ins = rng.choice([("Assurances Boréalis", "borealis-assur.example"), ("Northgate Mutual", "northgate-mutual.example"),
                      ("La Solidaire fictive, assurance collective", "solidaire-collective.example")])
    dx = rng.choice([("embolie pulmonaire bilatérale", "bilateral pulmonary embolism"),
                     ("TVP proximale compliquée d'un syndrome post-thrombotique", "proximal DVT with post-thrombotic syndrome"),
                     ("hémorragie intracrânienne sous anticoagulant", "intracranial haemorrhage on anticoagulation")])
    off = dt.date() - datetime.timedelta(days=rng.randrange(10, 40))
    back = future_day(dt, rng, 14, 60)
    a.add("diagnosis", "medication")
    shown = a.ident("ca_sin", sin, fmt_sin(sin, sin_style(rng) if rng.random() < 0.7 else "space"))
    idl = a.idb(p, pdf=True, with_mrn=rng.random() < 0.5).split("\n")
    lines = idl + [L(lang, "NAS : ", "SIN: ") + _ascii_sin(shown),
                   L(lang, "Employeur : Entrepôts Laurentiens fictifs inc.", "Employer: Fictional Laurentian Warehousing Inc."),
                   L(lang, "Diagnostic : ", "Diagnosis: ") + L(lang, dx[0], dx[1]),
                   L(lang, "Traitement : apixaban 5 mg BID, suivi clinique d'anticoagulation", "Treatment: apixaban 5 mg BID, anticoagulation clinic follow-up"),
                   L(lang, "Arrêt de travail depuis le : ", "Off work since: ") + fmt_date(off, lang, "iso"),
                   L(lang, "Retour prévu : ", "Expected return: ") + fmt_date(back, lang, "iso") + L(lang, " (progressif)", " (gradual)"),
                   L(lang, "Limitations : aucun travail en hauteur, pas de port de charges > 10 kg", "Restrictions: no work at heights, no lifting > 10 kg")]
    title = L(lang, "Déclaration du médecin traitant - assurance invalidité", "Attending physician statement - disability insurance")
    if rng.random() < 0.5:
        data = make_pdf(title, lines, header=[ins[0]], compress=rng.random() < 0.5, author=md.full)
        att = {"kind": "pdf", "filename": L(lang, "declaration_medecin_%s.pdf", "APS_%s.pdf") % slug(p.surname).lower(), "data": data}
    else:
        data = make_docx(title, lines, author=md.full)
        att = {"kind": "docx", "filename": L(lang, "Déclaration du médecin traitant - réclamation invalidité.docx", "disability_form.docx"), "data": data}
    a.ev["names"].append(p.surname)
    claim = "%d-%06d" % (rng.randrange(10, 99), rng.randrange(0, 999999))
    if lang == "fr":
        body = ("%s\n\nCi-joint la déclaration du médecin traitant dûment remplie et signée par %s pour le dossier de réclamation %s. "
                "L'autorisation de divulgation signée par l'assuré%s est au dossier.\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), staff_display(md, lang, rng, formal=False), claim, "e" if p.sex == "F" else "", closing(lang, rng), signature(clerk, lang, rng)))
        subj = "Réclamation %s - déclaration du médecin" % claim
    else:
        body = ("%s\n\nAttached is the attending physician statement completed and signed by %s for claim %s. "
                "The insured's signed release is on file.\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), staff_display(md, lang, rng, formal=False), claim, closing(lang, rng), signature(clerk, lang, rng)))
        subj = "Claim %s - physician statement" % claim
    return a.spec((L(lang, "Archives médicales", "Health Records"), "archives.medicales@valtilleuls.example"),
                  [(ins[0], "reclamations@" + ins[1])], subj, body, dt, "insurer_form",
                  "disability insurer physician statement with SIN", attachments=[att])


def _ascii_sin(s):
    import unicodedata
    return unicodedata.normalize("NFKC", s)


# ---------------------------------------------------------------------- 24
def pos_ramq_exception(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=True)
    md = ctx.pick_staff("md")
    ph = ctx.pick_staff("pharm")
    a.add("diagnosis", "medication", "lab_result")
    idl = a.idb(p, pdf=True, with_nam=True, with_mrn=False).split("\n")
    ttr = rng.randrange(28, 52)
    lines = idl + ["",
                   L(lang, "Médicament demandé : dabigatran 150 mg BID", "Drug requested: dabigatran 150 mg BID"),
                   L(lang, "Indication : FA non valvulaire, CHA2DS2-VASc 3", "Indication: non-valvular AF, CHA2DS2-VASc 3"),
                   L(lang, "Justification : RNI instables sous warfarine malgré observance (TTR %d %% sur 6 mois), "
                           "5 RNI > 4 depuis mars; ClCr 61 mL/min.", "Justification: unstable INRs on warfarin despite adherence "
                                                                      "(TTR %d%% over 6 months), 5 INRs > 4 since March; CrCl 61 mL/min.") % ttr,
                   L(lang, "Prescripteur : ", "Prescriber: ") + staff_display(md, lang, rng)]
    pdf = make_pdf(L(lang, "Demande d'autorisation - médicament d'exception", "Exception drug authorization request"), lines,
                   compress=rng.random() < 0.5, author=ph.full)
    fn = rng.choice(["demande_exception.pdf", "exception_dabigatran.pdf", "%s_exception.pdf" % dt.strftime("%Y%m%d")])
    if lang == "fr":
        body = ("%s\n\nVoici la demande d'exception préremplie pour ta patiente/ton patient sous warfarine instable. "
                "Il ne manque que ta signature en bas de la page 1; je l'envoie ensuite.\n\n%s\n\n%s"
                % (greet(lang, rng, md.given), closing(lang, rng), signature(ph, lang, rng, short=True)))
        subj = "Demande médicament d'exception à signer"
    else:
        body = ("%s\n\nHere is the pre-filled exception drug request for your patient with unstable warfarin. "
                "Only your signature is missing at the bottom of page 1; I'll send it afterwards.\n\n%s\n\n%s"
                % (greet(lang, rng, md.given), closing(lang, rng), signature(ph, lang, rng, short=True)))
        subj = "Exception drug request to sign"
    return a.spec(ph.addr(), [md.addr()], subj, body, dt, "exception_drug_request",
                  "pre-filled exception drug authorization with NAM", attachments=[{"kind": "pdf", "filename": fn, "data": pdf}])


# ---------------------------------------------------------------------- 25
def pos_ontario(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=False)
    town = rng.choice(["Rivière-Blanche, Ontario", "Northbrook Falls, Ontario", "Saint-Isidore-Est, Ontario"])
    p.address = "%d %s, %s K0B 1%s0" % (rng.randrange(10, 900), rng.choice(["Concession Road 4", "rue Lemay", "Pine Crescent"]), town,
                                        rng.choice("ABCJKL"))
    ohn = make_ohn(rng)
    vc = rng.choice(["AB", "KT", "XJ", "MM", ""])
    s = ctx.pick_staff(rng.choice(["pharm", "clerk"]))
    shown = a.ident("ca_health_number", ohn, fmt_ohn(ohn, rng.choice(["dash", "space", "plain", "wide"]), vc))
    nm = a.fullname(p)
    a.add("diagnosis", "medication", "date_of_birth", "patient_contact")
    a.ev["dobs"].append(p.dob)
    dob = fmt_date(p.dob, lang, rng.choice(["iso", "long"]))
    if lang == "fr":
        body = ("%s\n\nUsager résidant en Ontario vu à notre clinique d'anticoagulation (facturation interprovinciale) :\n\n"
                "%s, né%s le %s\nCarte Santé Ontario : %s\nAdresse : %s\n\n"
                "Suivi : %s, warfarine 40 mg/sem, dernier RNI 2,6. Le médecin de famille est à %s; "
                "pouvez-vous nous confirmer s'il veut reprendre le suivi de son côté?\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), nm, "e" if p.sex == "F" else "", dob, shown, p.address, pick(rng, INDICATIONS, lang)[1],
                   town.split(",")[0], closing(lang, rng), signature(s, lang, rng)))
        subj = rng.choice(["Usager hors province - carte Santé Ontario", "Facturation hors Québec - suivi RNI"])
    else:
        body = ("%s\n\nOntario resident seen at our anticoagulation clinic (reciprocal billing):\n\n"
                "%s, born %s\nOntario health card: %s\nAddress: %s\n\n"
                "Follow-up: %s, warfarin 40 mg/wk, last INR 2.6. The family doctor is in %s; "
                "could you confirm whether they want to take over monitoring?\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), nm, dob, shown, p.address, pick(rng, INDICATIONS, lang)[1],
                   town.split(",")[0], closing(lang, rng), signature(s, lang, rng)))
        subj = rng.choice(["Out-of-province patient - Ontario health card", "Ontario patient - INR follow-up billing"])
    a.add("lab_result")
    return a.spec(s.addr(), [(L(lang, "Facturation hors province", "Out-of-province billing"), "facturation.hp@valtilleuls.example")],
                  subj, body, dt, "out_of_province", "Ontario resident with health card number on anticoagulation")


# ---------------------------------------------------------------------- 26
def pos_france(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=False, max_age=80)
    nir = make_nir(rng, p.dob, p.sex)
    s = ctx.pick_staff(rng.choice(["pharm", "md", "clerk"]))
    shown = a.ident("fr_nir", nir, fmt_nir(nir, rng.choice(["space", "space", "plain", "dot", "wide"])))
    nm = a.name(p, ["title_full", "upper", "full"])
    dx = rng.choice([("TVP du mollet après un vol transatlantique", "calf DVT after a transatlantic flight"),
                     ("EP sous-segmentaire", "subsegmental PE")])
    a.add("diagnosis", "medication")
    if rng.random() < 0.6:
        a.add("date_of_birth")
        a.ev["dobs"].append(p.dob)
        nm += L(lang, " (née le %s)" if p.sex == "F" else " (né le %s)", " (born %s)") % fmt_date(p.dob, lang, "long")
    mobile = p.phone
    if lang == "fr":
        body = ("%s\n\nNous avons vu à l'urgence %s, touriste française en séjour chez sa famille, pour une %s. "
                "Elle est repartie avec rivaroxaban 15 mg BID x 21 jours (ordonnance remise, 30 jours servis).\n\n"
                "Pour sa demande de remboursement auprès de sa caisse, voici les renseignements demandés :\n"
                "N° de sécurité sociale : %s\nCellulaire pendant le séjour : %s\n\n"
                "Pouvez-vous joindre la facture détaillée et le relevé des médicaments?\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), nm, dx[0], shown, mobile, closing(lang, rng), signature(s, lang, rng)))
        if p.sex == "M":
            body = body.replace("touriste française", "touriste français").replace("Elle est repartie", "Il est reparti")
        subj = "Usager de France - documents pour remboursement"
    else:
        body = ("%s\n\nWe saw %s in the ED, a visitor from France staying with family, for a %s. "
                "Discharged on rivaroxaban 15 mg BID x 21 days (prescription given, 30 days dispensed).\n\n"
                "For the reimbursement claim with the French health insurance fund, here are the details requested:\n"
                "French social security number (NIR): %s\nCell while in Quebec: %s\n\n"
                "Could you attach the itemised invoice and the medication statement?\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), nm, dx[1], shown, mobile, closing(lang, rng), signature(s, lang, rng)))
        subj = "Patient from France - reimbursement paperwork"
    a.add("patient_contact")
    return a.spec(s.addr(), [(L(lang, "Facturation - usagers non assurés", "Billing - uninsured patients"), "facturation.nonassures@valtilleuls.example")],
                  subj, body, dt, "foreign_patient", "French visitor treated for venous thromboembolism, NIR for reimbursement")


# ---------------------------------------------------------------------- 27
def pos_belgium(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=False, sex="F", min_age=19, max_age=28)
    niss = make_niss(rng, p.dob, p.sex)
    s = ctx.pick_staff(rng.choice(["pharm", "md"]))
    shown = a.ident("be_niss", niss, fmt_niss(niss, rng.choice(["be", "be", "space", "plain", "wide"])))
    nm = a.name(p, ["full", "upper", "initial"])
    a.add("diagnosis", "medication", "date_of_birth")
    a.ev["dobs"].append(p.dob)
    if lang == "fr":
        body = ("%s\n\nÉtudiante en échange (Belgique), %s, DDN %s, numéro national %s.\n"
                "EP segmentaire droite sous contraceptif oral combiné; COC cessé, apixaban 10 mg BID x 7 j puis 5 mg BID. "
                "Elle souhaite que le rapport soit envoyé à sa mutualité. Le consentement signé est numérisé au dossier.\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), nm, fmt_date(p.dob, lang, "dmy"), shown, closing(lang, rng), signature(s, lang, rng)))
        subj = rng.choice(["Rapport pour mutualité belge", "Étudiante belge - documents"])
    else:
        body = ("%s\n\nExchange student from Belgium, %s, DOB %s, national number %s.\n"
                "Right segmental PE on combined oral contraceptive; COC stopped, apixaban 10 mg BID x 7 d then 5 mg BID. "
                "She wants the report sent to her Belgian health fund. Signed consent is scanned in the chart.\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), nm, fmt_date(p.dob, lang, "dmy"), shown, closing(lang, rng), signature(s, lang, rng)))
        subj = rng.choice(["Report for Belgian health fund", "Belgian student - paperwork"])
    return a.spec(s.addr(), [(L(lang, "Archives médicales", "Health Records"), "archives.medicales@valtilleuls.example")],
                  subj, body, dt, "foreign_patient", "Belgian exchange student with PE, national number")


# ---------------------------------------------------------------------- 28
def pos_social(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.5)
    ph = ctx.pick_staff("pharm")
    sw = ctx.pick_staff("sw")
    idx = rng.randrange(len(SOCIAL))
    a.add("social_information", "medication")
    nm = a.name(p, ["title_full", "full", "upper", "lower"])
    idl = ""
    if p.nam:
        idl = L(lang, " (%s, %s, NAM %s)", " (%s, %s, HIN %s)") % (a.dob(p), sex_label(p.sex, lang, rng), a.nam(p))
        if p.given not in nm and p.given.lower() not in nm:
            nm = "%s %s" % (p.given, p.surname)
    if lang == "fr":
        body = ("%s\n\nJe te réfère %s%s, suivi%s à la clinique d'anticoagulation pour %s.\n\n"
                "Situation : %s. Prend son apixaban 1 jour sur 2 « pour étirer la boîte ». Risque de récidive important.\n"
                "Pourrais-tu évaluer l'admissibilité à une aide (programme de gratuité / aide de dernier recours) "
                "et voir pour un pilulier livré?\n\n%s\n\n%s"
                % (greet(lang, rng, sw.given), nm, idl, "e" if p.sex == "F" else "", pick(rng, INDICATIONS, lang)[1],
                   social(p, lang, idx), closing(lang, rng), signature(ph, lang, rng)))
        subj = rng.choice(["Référence service social", "Usager en difficulté - médication", "Demande d'évaluation sociale"])
    else:
        body = ("%s\n\nReferring %s%s, followed at the anticoagulation clinic for %s.\n\n"
                "Situation: %s. Takes apixaban every other day 'to stretch the box'. High recurrence risk.\n"
                "Could you assess eligibility for help (free-medication programme / last-resort assistance) "
                "and look into a delivered blister pack?\n\n%s\n\n%s"
                % (greet(lang, rng, sw.given), nm, idl, pick(rng, INDICATIONS, lang)[1],
                   social(p, lang, idx), closing(lang, rng), signature(ph, lang, rng)))
        subj = rng.choice(["Social work referral", "Patient struggling - medication", "Request for social assessment"])
    a.add("diagnosis")
    return a.spec(ph.addr(), [sw.addr()], subj, body, dt, "social_work",
                  "pharmacist refers anticoagulated patient to social work")


# ---------------------------------------------------------------------- 29
def pos_youth(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.kid_patient()
    n = ctx.pick_staff("nurse")
    sw = ctx.pick_staff("sw")
    a.add("social_information", "medication", "diagnosis", "lab_result")
    idt = a.idb(p, with_mrn=rng.random() < 0.5)
    if lang == "fr":
        body = ("%s\n\nSuivi conjoint avec la DPJ pour ce jeune :\n\n%s\n\n"
                "Warfarine (cible 2-3) depuis sa chirurgie de Fontan. Placé en famille d'accueil depuis le 3 du mois; "
                "la famille d'accueil n'a pas encore reçu l'enseignement et le lecteur CoaguChek est resté chez la mère. "
                "RNI capillaire hier : 1,3.\n"
                "Peux-tu voir avec l'intervenante de la DPJ qui autorise l'échange d'information et la remise du lecteur?\n\n%s\n\n%s"
                % (greet(lang, rng, sw.given), idt, closing(lang, rng), signature(n, lang, rng)))
        if p.sex == "F":
            body = body.replace("pour ce jeune", "pour cette jeune").replace("Placé en", "Placée en")
        subj = "Suivi anticoagulation - jeune placé%s (DPJ)" % ("e" if p.sex == "F" else "")
    else:
        body = ("%s\n\nJoint follow-up with youth protection (DPJ) for this young patient:\n\n%s\n\n"
                "Warfarin (target 2-3) since Fontan surgery. Placed in a foster family since the 3rd; "
                "the foster family has not had the teaching yet and the CoaguChek meter stayed at the mother's. "
                "Capillary INR yesterday: 1.3.\n"
                "Can you check with the DPJ worker who authorises information sharing and getting the meter back?\n\n%s\n\n%s"
                % (greet(lang, rng, sw.given), idt, closing(lang, rng), signature(n, lang, rng)))
        subj = "Anticoagulation follow-up - youth in foster care (DPJ)"
    return a.spec(n.addr(), [sw.addr()], subj, body, dt, "pediatric_followup",
                  "pediatric warfarin follow-up with youth protection placement")


# ---------------------------------------------------------------------- 30
def pos_income_support(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.5, max_age=64)
    md = ctx.pick_staff("md")
    sw = ctx.pick_staff("sw")
    sin = make_sin(rng)
    shown = a.ident("ca_sin", sin, fmt_sin(sin, sin_style(rng)))
    a.add("social_information", "diagnosis", "medication")
    idt = a.idb(p, with_mrn=False)
    if lang == "fr":
        body = ("%s\n\nPour le rapport médical (contraintes sévères à l'emploi) de l'usager%s ci-dessous :\n\n%s\nNAS : %s\n\n"
                "Diagnostics : SAPL avec 3 épisodes thromboemboliques, warfarine à vie (cible 2,5-3,5), séquelles d'AVC. "
                "Prestataire d'aide sociale depuis 2022, demeure seul%s en chambre.\n"
                "J'ai rempli la section médicale; peux-tu compléter la section sociale et l'envoyer au bureau local?\n\n%s\n\n%s"
                % (greet(lang, rng, sw.given), "ère" if p.sex == "F" else "", idt, shown, "e" if p.sex == "F" else "",
                   closing(lang, rng), signature(md, lang, rng)))
        subj = "Rapport médical - aide financière de dernier recours"
    else:
        body = ("%s\n\nFor the medical report (severe employment limitations) for the patient below:\n\n%s\nSIN: %s\n\n"
                "Diagnoses: APS with 3 thromboembolic events, lifelong warfarin (target 2.5-3.5), stroke sequelae. "
                "On social assistance since 2022, lives alone in a rooming house.\n"
                "I filled in the medical part; could you complete the social section and send it to the local office?\n\n%s\n\n%s"
                % (greet(lang, rng, sw.given), idt, shown, closing(lang, rng), signature(md, lang, rng)))
        subj = "Medical report - last-resort financial assistance"
    return a.spec(md.addr(), [sw.addr()], subj, body, dt, "income_support_form",
                  "social assistance medical report with SIN")


# ---------------------------------------------------------------------- 31
def pos_fwd_thread(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.4)
    clerk = ctx.pick_staff("clerk")
    ph = ctx.pick_staff("pharm")
    dg, ds, dmail, gmf = gmf_doctor(ctx)
    sec = ("Secrétariat " + gmf[0], "secretariat@" + gmf[1])
    t1 = earlier(dt, rng, (20, 60))
    t2 = earlier(dt, rng, (1, 18))
    nm = a.name(p, ["title_full", "upper", "full", "lower"])
    a.add("medication", "diagnosis", "lab_result")
    idl = ""
    if p.nam:
        idl = L(lang, "\nNAM : %s / DDN : %s / sexe : %s / prénom : %s", "\nRAMQ: %s / DOB: %s / sex: %s / given name: %s") % (
            a.nam(p), a.dob(p), p.sex, p.given)
    if lang == "fr":
        first = ("Bonjour,\n\nLe Dr %s demande un rendez-vous rapide pour %s%s : RNI 5,8 hier au GMF, warfarine 45 mg/sem, "
                 "saignement hémorroïdaire léger. Dose suspendue hier soir.\n\nMerci\n%s" % (ds, nm, idl, sec[0]))
        second = ("Bonjour, je transfère %s de garde. Pouvez-vous confirmer le numéro de téléphone de l'usager?\n%s"
                  % ("à la pharmacienne" if ph.sex == "F" else "au pharmacien", clerk.full))
        third = ("Le numéro au dossier est le %s (domicile).\n%s" % (p.phone, sec[0]))
        body = ("%s\n\nÀ traiter aujourd'hui svp, voir plus bas.\n\n%s" % (greet(lang, rng, ph.given), clerk.given)
                + forward_block(third + "\n" + quote_reply(second + quote_reply(first, lang, sec[0], sec[1], t1, rng, outlook=False),
                                                               lang, clerk.full, clerk.email, t2, rng, outlook=False),
                                lang, sec[0], sec[1], t2, "RE: RE: Demande RDV rapide - RNI élevé", clerk.email))
        subj = "TR: RE: RE: Demande RDV rapide - RNI élevé"
    else:
        first = ("Hello,\n\nDr. %s asks for an early appointment for %s%s: INR 5.8 yesterday at the clinic, warfarin 45 mg/wk, "
                 "minor haemorrhoidal bleeding. Dose held last night.\n\nThanks\n%s" % (ds, nm, idl, sec[0]))
        second = ("Hi, forwarding to the pharmacist on call. Can you confirm the patient's phone number?\n%s" % clerk.full)
        third = ("Number on file is %s (home).\n%s" % (p.phone, sec[0]))
        body = ("%s\n\nPlease handle today, see below.\n\n%s" % (greet(lang, rng, ph.given), clerk.given)
                + forward_block(third + "\n" + quote_reply(second + quote_reply(first, lang, sec[0], sec[1], t1, rng, outlook=False),
                                                               lang, clerk.full, clerk.email, t2, rng, outlook=False),
                                lang, sec[0], sec[1], t2, "RE: RE: Urgent appointment request - high INR", clerk.email))
        subj = "FW: RE: RE: Urgent appointment request - high INR"
    a.add("patient_contact")
    return a.spec(clerk.addr(), [ph.addr()], subj, body, dt, "forwarded_thread",
                  "forwarded thread about high INR, details deep in quoted text", form=rng.choice(["plain", "alt"]))


# ---------------------------------------------------------------------- 32
def pos_given_only(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.5)
    n1 = ctx.pick_staff("nurse")
    n2 = ctx.pick_staff("pharm")
    t0 = earlier(dt, rng, (2, 30))
    a.add("lab_result", "medication")
    full = a.fullname(p)
    extra = ""
    if p.nam:
        extra = L(lang, ", %s, DDN %s, NAM %s", ", %s, DOB %s, HIN %s") % (sex_label(p.sex, lang, rng), a.dob(p), a.nam(p))
    if lang == "fr":
        orig = ("Nouveau dossier au programme : %s%s, warfarine pour FA depuis lundi. RNI jour 4 : 1,2. "
                "Je lui ai donné rendez-vous vendredi.\n%s" % (full, extra, n1.given))
        top = ("%s a rappelé ce matin : son RNI de vendredi est à %s. Vomissements x 2 hier, pas de saignement. "
               "Je propose de garder 5 mg et de contrôler mardi, es-tu d'accord?\n\n%s" % (p.given, "3,9", n1.given))
        subj = "RE: nouveau dossier warfarine"
    else:
        orig = ("New to the programme: %s%s, warfarin for AF since Monday. Day-4 INR: 1.2. "
                "Booked for Friday.\n%s" % (full, extra, n1.given))
        top = ("%s called back this morning: Friday's INR is %s. Vomited twice yesterday, no bleeding. "
               "I suggest keeping 5 mg and rechecking Tuesday, OK with you?\n\n%s" % (p.given, "3.9", n1.given))
        subj = "RE: new warfarin patient"
    a.add("diagnosis")
    body = top + fill_quote(quote_reply(orig, lang, n1.full, n1.email, t0, rng), n2.full, subj[4:])
    return a.spec(n1.addr(), [n2.addr()], subj, body, dt, "reply_quoted",
                  "reply uses given name only, full identity in quoted text")


# ---------------------------------------------------------------------- 33
def pos_case_discussion(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=False)
    res = ctx.pick_staff("pharm")
    md = ctx.pick_staff("md")
    nm = a.name(p, ["initial", "title", "upper"])
    mr = a.mrn(p, rng.choice(["plain", "site", "space", "wide"]))
    age = 2025 - p.dob.year
    a.add("diagnosis", "medication", "lab_result")
    if lang == "fr":
        body = ("%s\n\nPour la réunion de jeudi, je propose le cas de %s (dossier %s), %d ans, hospitalisé%s au 5e : "
                "TIH confirmée (anti-PF4 positif, SRA positif) après chirurgie cardiaque, thrombose de la veine jugulaire, "
                "relais argatroban -> fondaparinux -> warfarine. Question : durée de l'anticoagulation?\n"
                "Je mettrai les courbes de plaquettes dans la présentation.\n\n%s"
                % (greet(lang, rng, staff_display(md, lang, rng, formal=False)), nm, mr, age, "e" if p.sex == "F" else "", res.given))
        subj = "Cas pour la réunion de jeudi"
    else:
        body = ("%s\n\nFor Thursday's rounds I suggest the case of %s (chart %s), age %d, on 5th floor: "
                "confirmed HIT (anti-PF4 positive, SRA positive) after cardiac surgery, internal jugular thrombosis, "
                "argatroban -> fondaparinux -> warfarin. Question: duration of anticoagulation?\n"
                "I'll put the platelet curves in the slides.\n\n%s"
                % (greet(lang, rng, staff_display(md, lang, rng, formal=False)), nm, mr, age, res.given))
        subj = "Case for Thursday rounds"
    return a.spec(res.addr(), [md.addr()], subj, body, dt, "case_discussion",
                  "case proposed for rounds, not de-identified (name and chart number)")


# ---------------------------------------------------------------------- 34
def pos_pharmacy_notice_html(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=True)
    cg, cs, cmail, cph = community_pharmacist(ctx)
    a.add("medication", "diagnosis")
    import html as _h
    rows = [(L(lang, "Usager", "Patient"), "%s, %s" % (p.surname.upper(), p.given)),
            (L(lang, "Date de naissance", "Date of birth"), a.dob(p, rng.choice(["iso", "long"]))),
            (L(lang, "Sexe", "Sex"), sex_label(p.sex, lang, rng)),
            ("NAM", a.nam(p, rng.choice(["plain", "space", "wide"]))),
            (L(lang, "Changement", "Change"), L(lang, "rivaroxaban 20 mg DIE remplacé par apixaban 5 mg BID (dyspepsie)",
                                                   "rivaroxaban 20 mg daily switched to apixaban 5 mg BID (dyspepsia)")),
            (L(lang, "Indication", "Indication"), pick(rng, INDICATIONS, lang)[1]),
            (L(lang, "Prescripteur", "Prescriber"), "Dre Corriveau")]
    a.types.add("patient_name")
    a.ev["names"].append(p.surname)
    intro = L(lang, "Avis de changement de thérapie - pour votre dossier", "Notice of therapy change - for your records")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%%CHARSET%%\"></head><body>"
           "<div style=\"font-family:Arial\"><h3>%s</h3>\n<table style=\"border:1px solid #999\">\n%s</table>\n"
           "<p>%s %s<br>%s<br>%s</p></div></body></html>\n"
           % (_h.escape(intro), "".join("<tr><th align=\"left\">%s</th><td>%s</td></tr>\n" % (_h.escape(k), _h.escape(v)) for k, v in rows),
              _h.escape(cg), _h.escape(cs), _h.escape(cph[0]), cph[2]))
    text = intro + "\n\n" + "\n".join("%s: %s" % kv for kv in rows) + "\n\n%s %s\n%s" % (cg, cs, cph[0])
    return a.spec(("%s %s" % (cg, cs), cmail), [(L(lang, "Clinique d'anticoagulation", "Anticoagulation Clinic"), "clinique.anticoagulation@valtilleuls.example")],
                  L(lang, "Avis de changement de thérapie", "Therapy change notice"), text, dt, "therapy_change_notice",
                  "HTML notice from community pharmacy with identity table", html=htm, form="html")


# ---------------------------------------------------------------------- 35
def pos_pediatric(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.kid_patient()
    md = ctx.pick_staff("md")
    n = ctx.pick_staff(rng.choice(["nurse", "pharm"]))
    wt = max(12, min(55, 3 * (2025 - p.dob.year) + rng.randrange(4, 12)))
    dose = round(wt * 1.0, 0)
    axa = rng.choice([0.32, 0.41, 0.68, 0.83, 1.24])
    dx = rng.choice([("TVP du membre supérieur sur cathéter central (PICC)", "upper-limb DVT on a central line (PICC)"),
                     ("maladie de Kawasaki avec anévrisme coronarien géant", "Kawasaki disease with giant coronary aneurysm"),
                     ("circulation de Fontan, thrombus dans le conduit", "Fontan circulation, conduit thrombus")])
    a.add("diagnosis", "medication", "lab_result", "patient_contact")
    idt = a.idb(p, with_mrn=rng.random() < 0.5)
    parent_phone = p.phone
    if lang == "fr":
        body = ("%s\n\nDemande de suivi conjoint (clinique d'anticoagulation - volet pédiatrique) :\n\n%s\n"
                "Poids : %d kg\nDiagnostic : %s\n"
                "Traitement : énoxaparine %d mg SC q12h (1 mg/kg), seringues préparées par la pharmacie; cible anti-Xa 0,5-1,0 UI/mL.\n"
                "Anti-Xa 4 h post-dose hier : %s UI/mL -> %s\n"
                "Contact : cellulaire du parent, %s (préférer les textos après 15 h).\n"
                "La garderie a été avisée de ne pas donner d'ibuprofène.\n\n%s\n\n%s"
                % (greet(lang, rng, md.given), idt, wt, dx[0], dose, str(axa).replace(".", ","),
                   "ajuster la dose de 10-15 %%" if axa < 0.5 or axa > 1.0 else "dose maintenue",
                   parent_phone, closing(lang, rng), signature(n, lang, rng)))
        subj = rng.choice(["Suivi anticoagulation pédiatrique", "Énoxaparine - suivi anti-Xa (pédiatrie)", "Nouveau suivi HBPM - enfant"])
    else:
        body = ("%s\n\nRequest for shared follow-up (anticoagulation clinic - pediatric stream):\n\n%s\n"
                "Weight: %d kg\nDiagnosis: %s\n"
                "Treatment: enoxaparin %d mg SC q12h (1 mg/kg), syringes prepared by pharmacy; anti-Xa target 0.5-1.0 IU/mL.\n"
                "4 h post-dose anti-Xa yesterday: %s IU/mL -> %s\n"
                "Contact: parent's cell, %s (texts preferred after 3 pm).\n"
                "Daycare has been told not to give ibuprofen.\n\n%s\n\n%s"
                % (greet(lang, rng, md.given), idt, wt, dx[1], dose, axa,
                   "adjust dose by 10-15%%" if axa < 0.5 or axa > 1.0 else "dose unchanged",
                   parent_phone, closing(lang, rng), signature(n, lang, rng)))
        subj = rng.choice(["Pediatric anticoagulation follow-up", "Enoxaparin - anti-Xa follow-up (peds)", "New LMWH follow-up - child"])
    return a.spec(n.addr(), [md.addr()], subj, body, dt, "pediatric_followup",
                  "child on enoxaparin with anti-Xa level and parent contact")


TEMPLATES = [pos_pediatric, pos_insurer_sin, pos_ramq_exception, pos_ontario, pos_france, pos_belgium, pos_social, pos_youth,
             pos_income_support, pos_fwd_thread, pos_given_only, pos_case_discussion, pos_pharmacy_notice_html]
