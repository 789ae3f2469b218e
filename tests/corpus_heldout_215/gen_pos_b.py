# -*- coding: utf-8 -*-
"""Positive templates, part B: forms, social, threads, attachments-only, foreign ids."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_build import signature, quote, forward_block, inner_eml, text_table
from gen_pos_common import (EXT, nam_block, nam_fields, mrn, mrn_label, dx, med, lab, plan,
                            contact, greet, case_for, ext_sig)


def _sin(m, r):
    v = C.make_sin(r)
    m.ids.append(("sin", v))
    m.add("ca_sin")
    return C.fmt_sin(v, r.choice(["plain", "spaced", "hyphen", "dotted", "fullwidth"]))


def t_insurer(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 25, 64)
    c = case_for(r, p, ["venous", "ileo_high", "colo_peri", "dehiscence", "hs", "pilonidal", "urostomy"])
    nurse = x.staff("F")
    ins = r.choice([("Assurances Boréalis", EXT["insurer"]), ("Mutuelle Laurentienne-Sud", EXT["insurer2"])])
    m = x.msg("insurer_form", L("formulaire d'assureur rempli pour un patient", "insurer claim form for a patient"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(L("Service des réclamations", "Claims department"), "reclamations@" + ins[1])]
    m.add("patient_name", "date_of_birth")
    sin = _sin(m, r)
    d, det = dx(m, c), dx(m, c, "detail")
    md = med(m, c)
    pol = "%s-%06d" % (r.choice(["GR", "IND"]), r.randint(100000, 999999))
    lines = ["## " + L("Section A - Adhérent", "Section A - Plan member"),
             L("Nom : ", "Name: ") + p.form("upper_comma", x.lang),
             L("Date de naissance : ", "Date of birth: ") + C.fmt_date(p.dob, "iso"),
             L("NAS : ", "SIN: ") + sin, L("N° de police : ", "Policy no.: ") + pol,
             "## " + L("Section B - Renseignements médicaux", "Section B - Medical information"),
             L("Diagnostic : ", "Diagnosis: ") + d, L("Constats : ", "Findings: ") + det]
    if md:
        lines.append(L("Traitement : ", "Treatment: ") + md)
    lines += [L("Fournitures requises : ", "Supplies required: ") + plan(m, c),
              L("Durée prévue : 6 mois", "Expected duration: 6 months"),
              "## " + L("Section C - Professionnel", "Section C - Health professional"),
              "%s, %s" % (nurse.full, K.role("nswoc", nurse, x.lang))]
    pdf = A.make_pdf(L("Formulaire de réclamation - fournitures médicales", "Claim form - medical supplies"),
                     lines, header=ins[0])
    fn = r.choice(["formulaire_%s.pdf" % C.fold(p.surname).replace("'", ""), "reclamation_signee.pdf", "claim_form_completed.pdf"])
    m.attach(pdf, "application/pdf", fn)
    m.subject = r.choice(L(["Formulaire complété - police %s" % pol, "Réclamation fournitures - %s" % p.form("upper_comma", "fr")],
                           ["Completed form - policy %s" % pol, "Supplies claim - %s" % p.form("comma", "en")]))
    m.text = "\n".join([greet(m), "", L("Vous trouverez ci-joint le formulaire dûment rempli et signé pour votre %s." % C.gx(p, "assurée", "assuré"),
                                        "Attached is the completed and signed form for your plan member."),
                        L("Le diagnostic et les besoins en fournitures sont décrits à la section B.",
                          "Diagnosis and supply needs are in Section B."), "",
                        signature(nurse, x.lang, K.role("nswoc", nurse, x.lang), site=0, confid=True)])
    return m


def t_agency(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 25, 70)
    c = case_for(r, p, ["ileo_high", "colo_peri", "urostomy", "fistula", "retention"])
    sw = x.staff("F")
    m = x.msg("agency_form", L("attestation pour l'aide financière de dernier recours", "letter to income support office"))
    m.frm = (sw.full, C.staff_email(sw))
    m.to = [(L("Bureau d'aide financière VDH", "VDH income support office"), "agent.%d@%s" % (r.randint(10, 99), EXT["agency"]))]
    m.add("patient_name", "social_information")
    sin = _sin(m, r)
    d = dx(m, c)
    adr = contact(m, r, with_phone=False)[0]
    dossier = "%d-%05d" % (r.randint(100, 999), r.randint(10000, 99999))
    soc = r.choice(L(["vit seul(e) en chambre, prestataire d'aide sociale depuis 2021, sans couverture d'assurance privée",
                      "hébergé(e) temporairement au refuge La Passerelle, revenu : aide sociale",
                      "a perdu son emploi en juin, loyer en retard de deux mois"],
                     ["lives alone in a rooming house, on social assistance since 2021, no private insurance",
                      "temporarily staying at La Passerelle shelter, income: social assistance",
                      "lost job in June, two months behind on rent"]))
    m.subject = L("Besoins spéciaux - dossier %s" % dossier, "Special needs allowance - file %s" % dossier)
    m.text = "\n".join([greet(m), "", L("Je soutiens la demande de prestation spéciale pour :", "I support the special benefit request for:"),
                        "", "  %s - %s %s" % (p.form("title_full", x.lang), L("NAS", "SIN"), sin),
                        "  " + adr, "", L("Situation : ", "Situation: ") + soc,
                        L("Condition médicale : %s. Les fournitures (environ 180 $/mois) ne sont pas couvertes."
                          % d, "Medical condition: %s. Supplies (about $180/month) are not covered." % d),
                        "", signature(sw, x.lang, K.role("sw", sw, x.lang), site=2)])
    return m


def t_dpj(x):
    r, L = x.r, x.L
    p = x.P.nam_patient(hi=12)
    c = K.case(r, "peds_colo")
    sw, nurse = x.staff("F"), x.staff("F")
    parent = C.Person(r.choice(C.F_GIVEN), r.choice(C.PAT_SURNAMES[:20]), "F")
    m = x.msg("youth_protection", L("signalement à la protection de la jeunesse", "youth protection report"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(L("Réception des signalements", "Intake - youth protection"), "rts@" + EXT["dpj"])]
    m.cc = [(sw.full, C.staff_email(sw))]
    ident = nam_block(m, p, r, layout="lines")
    m.add("social_information", "diagnosis")
    m.subject = L("Signalement - enfant suivi en stomothérapie", "Report - child followed in ostomy clinic")
    m.text = "\n".join([greet(m), "", L("Suite à notre appel de ce matin, voici les éléments pour le signalement :",
                                        "Further to our call this morning, here are the details for the report:"), "",
                        ident, L("Mère : %s" % parent.full, "Mother: %s" % parent.full), "",
                        L("Diagnostic : ", "Diagnosis: ") + K.pick(c, "dx", x.lang),
                        L("Constats : ", "Findings: ") + K.pick(c, "detail", x.lang),
                        L("- 3 rendez-vous manqués depuis septembre; appareillage changé aux 5-6 jours au lieu de 2",
                          "- 3 missed appointments since September; pouch changed every 5-6 days instead of 2"),
                        L("- la mère rapporte manquer d'argent pour les fournitures et ne plus avoir de logement stable",
                          "- mother reports no money for supplies and no stable housing"),
                        "", L("La travailleuse sociale de l'équipe est en copie.", "The team social worker is copied."),
                        "", signature(nurse, x.lang, K.role("nswoc", nurse, x.lang), site=0, confid=True)])
    return m


def t_violence(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 22, 75)
    p.sex = "F"
    p.given = r.choice(C.F_GIVEN)
    c = K.case(r, r.choice(["skin_tear", "pressure", "dehiscence"]))
    nurse, sw = x.staff(), x.staff("F")
    m = x.msg("social_referral", L("référence en service social (violence conjugale)", "social work referral (intimate partner violence)"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(sw.full, C.staff_email(sw))]
    m.add("patient_name", "social_information", "diagnosis")
    mr = mrn(m, r)
    m.subject = r.choice(L(["Référence TS - urgent", "Besoin d'une TS aujourd'hui"], ["SW referral - urgent", "Need SW today"]))
    m.text = "\n".join([greet(m, sw), "", L("%s (%s %s) est à la clinique pour %s."
                                            % (p.form("title_full", "fr"), mrn_label(m, r), mr, K.pick(c, "dx", "fr")),
                                            "%s (%s %s) is in clinic for %s."
                                            % (p.form("title_full", "en"), mrn_label(m, r), mr, K.pick(c, "dx", "en"))),
                        L("Elle a divulgué que son conjoint l'a poussée il y a 10 jours; ecchymoses multiples aux bras.",
                          "She disclosed that her partner pushed her 10 days ago; multiple bruises on both arms."),
                        L("Elle ne veut pas retourner à la maison ce soir. Elle accepte de te rencontrer.",
                          "She does not want to go home tonight. She agreed to meet you."),
                        L("Ne pas appeler au domicile.", "Do not call the home number."), "",
                        L("Je suis en salle 3 jusqu'à 15 h.", "I'm in room 3 until 3 pm."), nurse.given])
    return m


def t_forward(x):
    r, L = x.r, x.L
    p = x.P.nam_patient(lo=18)
    c = case_for(r, p)
    doc, nurse, clerk = x.staff(), x.staff("F"), x.staff("F")
    m = x.msg("forward", L("transfert d'un courriel d'un médecin avec données patient", "forwarded physician e-mail with patient data"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(clerk.full, C.staff_email(clerk))]
    ident = nam_block(m, p, r)
    d, det = dx(m, c), dx(m, c, "detail")
    md = med(m, c) if r.random() < 0.5 else None
    orig = "\n".join([L("Bonjour,", "Hello,"), "",
                      L("Pouvez-vous voir rapidement cette personne?", "Could you see this patient soon?"),
                      ident, d, det] + ([md] if md else []) + ["", C.dr(doc, x.lang)])
    osub = L("Patient à voir - plaie", "Patient to see - wound")
    when = x.date - dt.timedelta(hours=r.randint(3, 50))
    fwd = forward_block(orig, C.dr(doc, x.lang), C.staff_email(doc, EXT["gmf2"]), nurse.full, C.staff_email(nurse), when, osub, x.lang)
    m.subject = L("TR: ", "Fwd: ") + osub
    m.text = "\n".join([greet(m, clerk, True), "",
                        L("Peux-tu lui donner un RV la semaine prochaine (plage de 60 min)?",
                          "Can you book a 60-min slot next week?"), nurse.given, "", fwd])
    return m


def t_reply_quoted(x):
    r, L = x.r, x.L
    use_nam = r.random() < 0.5
    p = x.P.nam_patient(lo=18) if use_nam else x.P.patient(r, 30, 90)
    c = case_for(r, p)
    a, b = x.staff("F"), x.staff()
    m = x.msg("reply", L("réponse brève avec le message d'origine cité", "short reply quoting the original"))
    m.frm = (b.full, C.staff_email(b))
    m.to = [(a.full, C.staff_email(a))]
    if use_nam:
        ident = nam_block(m, p, r)
    else:
        m.add("patient_name")
        ident = "%s, %s %s" % (p.form(r.choice(["upper_comma", "full"]), x.lang), mrn_label(m, r), mrn(m, r))
    d = dx(m, c)
    lb = lab(m, c)
    orig = "\n".join([greet(m, b), "", L("Pour info, je te laisse le suivi de :", "FYI, handing over follow-up of:"),
                      ident, d] + ([lb] if lb else []) + [plan(m, c), "", a.given])
    osub = r.choice(L(["Suivi à reprendre", "Transfert de suivi"], ["Follow-up handover", "Taking over follow-up"]))
    m.subject = L("RE: ", "RE: ") + osub
    m.extra.append(("In-Reply-To", C.msgid(x.tag + "/orig")))
    m.extra.append(("References", C.msgid(x.tag + "/orig")))
    when = x.date - dt.timedelta(hours=r.randint(1, 30))
    style = r.choice(["gmail", "outlook"])
    q = quote(orig, a.full, C.staff_email(a), when, x.lang, style, osub)
    top = r.choice(L(["Parfait, je m'en occupe.", "Reçu, merci!", "Ok, je %s vois demain matin." % C.gx(p, "la", "le")],
                      ["Perfect, I'll take it.", "Got it, thanks!", "Ok, will see %s tomorrow morning." % C.gx(p, "her", "him")]))
    m.text = "\n".join([top, "", b.given, "", q])
    return m


def t_subject_only(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 35, 90)
    c = case_for(r, p)
    a, b = x.staff(), x.staff("F")
    m = x.msg("subject_name", L("nom et dossier du patient seulement dans l'objet", "patient name and chart only in Subject"))
    m.frm = (a.full, C.staff_email(a))
    m.to = [(b.full, C.staff_email(b))]
    m.add("patient_name")
    mr = mrn(m, r)
    m.subject = r.choice(["%s %s - %s" % (p.surname.upper(), p.given, mr),
                          L("Suivi plaie - %s (dossier %s)" % (p.form("title_full", "fr"), mr),
                            "Wound f/u - %s (MRN %s)" % (p.form("title_full", "en"), mr)),
                          "%s / %s" % (p.form("initials", x.lang), mr)])
    m.text = "\n".join([greet(m, b, True), "", L("Évolution depuis lundi : ", "Progress since Monday: ") + dx(m, c, "detail") + ".",
                        L("Diagnostic retenu : ", "Working dx: ") + dx(m, c),
                        L("Plan inchangé : ", "Plan unchanged: ") + plan(m, c), "", a.given])
    return m


def t_fname_only(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 35, 90)
    c = case_for(r, p, ["pressure", "venous", "dfu", "dehiscence", "arterial", "skin_tear"])
    a, b = x.staff("F"), x.staff()
    m = x.msg("attachment_name", L("nom du patient seulement dans le nom du fichier joint", "patient name only in attachment file name"))
    m.frm = (a.full, C.staff_email(a))
    m.to = [(b.full, C.staff_email(b))]
    m.add("patient_name")
    d, det = dx(m, c), dx(m, c, "detail")
    day = C.fmt_date(x.date.date(), "iso")
    base = r.choice(["Évaluation_plaie_%s_%s_%s" % (p.surname, p.given, day),
                     "%s-%s_evaluation_%s" % (p.surname.upper(), p.given, day.replace("-", "")),
                     "Suivi plaie %s %s" % (p.given, p.surname)])
    kind = r.choice(["pdf", "docx", "xlsx"])
    rows = [L("Date", "Date"), L("Mesures", "Measurements"), L("Observations", "Observations")]
    tbl = [rows, [day, det.split(",")[0], det]]
    if kind == "pdf":
        data = A.make_pdf(L("Évaluation de plaie", "Wound assessment"), [L("Diagnostic : ", "Diagnosis: ") + d, det, "", plan(m, c)])
        ct = "application/pdf"
    elif kind == "docx":
        data = A.make_docx(L("Évaluation de plaie", "Wound assessment"), [d, det, plan(m, c)], table=tbl)
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        data = A.make_xlsx([(L("Évaluation", "Assessment"), tbl + [[L("Dx", "Dx"), d, ""]])])
        ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    m.attach(data, ct, base + "." + kind)
    m.subject = r.choice(L(["Évaluation de la semaine", "évaluation plaie", "pour ton dossier"], ["This week's assessment", "wound assessment", "for your file"]))
    m.text = "\n".join([greet(m, b, True), "", L("Ci-joint l'évaluation de ce matin. La plaie diminue, on garde le même plan.",
                                                 "Attached is this morning's assessment. Wound is smaller, same plan."),
                        "", a.given])
    return m


def t_eml_attached(x):
    r, L = x.r, x.L
    p = x.P.nam_patient(lo=18)
    c = case_for(r, p)
    a, b, doc = x.staff("F"), x.staff(), x.staff()
    m = x.msg("attached_message", L("courriel d'origine joint en pièce jointe .eml", "original e-mail attached as .eml"))
    m.frm = (a.full, C.staff_email(a))
    m.to = [(b.full, C.staff_email(b))]
    ident = nam_block(m, p, r)
    d, lb = dx(m, c), lab(m, c)
    inner_txt = "\n".join([L("Bonjour,", "Hello,"), "", L("Résumé pour la personne suivante :", "Summary for:"), ident, "", d] +
                          ([lb] if lb else []) + [plan(m, c), "", C.dr(doc, x.lang)])
    isub = L("Résumé clinique", "Clinical summary")
    when = x.date - dt.timedelta(days=r.randint(1, 6))
    eml = inner_eml((C.dr(doc, x.lang), C.staff_email(doc)), (a.full, C.staff_email(a)), isub, when, inner_txt, x.tag, x.lang,
                    charset=r.choice(["utf-8", "iso-8859-1"]), cte=r.choice(["8bit", "quoted-printable", "base64"]))
    m.emls.append((eml, r.choice([None, "resume_clinique.eml", "message_original.eml"])))
    m.subject = r.choice(L(["voir courriel joint", "TR: Résumé clinique (pièce jointe)"], ["see attached e-mail", "Fw: Clinical summary (attached)"]))
    m.text = "\n".join([greet(m, b, True), "", L("Je te joins le courriel reçu, à mettre au dossier.", "Attaching the e-mail I received, please file it."), a.given])
    return m


def t_zip(x):
    r, L = x.r, x.L
    nurse, cns = x.staff("F"), x.staff("F")
    m = x.msg("zip_transfer", L("archive ZIP de notes et liste de patients", "ZIP archive of notes and patient list"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(cns.full, C.staff_email(cns))]
    head = [L("Ch.", "Room"), L("Nom", "Name"), L("Dossier", "MRN"), L("Problème", "Problem")]
    rows = []
    for _ in range(r.randint(3, 6)):
        p = x.P.patient(r, 40, 95)
        c = case_for(r, p)
        rows.append([str(r.randint(2101, 4430)), p.form("upper_comma", x.lang), mrn(m, r, "plain"), K.pick(c, "short", x.lang)])
    m.add("patient_name", "diagnosis")
    members = [(L("liste_patients.csv", "patient_list.csv"), A.make_csv([head] + rows, sep=";"))]
    q = x.P.nam_patient(lo=18)
    c2 = case_for(r, q)
    f = nam_fields(m, q, r)
    docx = A.make_docx(L("Note d'évolution", "Progress note"),
                       [L("%s   DDN %s   Sexe %s   NAM %s", "%s   DOB %s   Sex %s   RAMQ %s") % (f["name"], f["dob"], f["sex"], f["nam"]), dx(m, c2), dx(m, c2, "detail"), plan(m, c2)])
    members.append((L("notes/note_evolution.docx", "notes/progress_note.docx"), docx))
    m.attach(A.make_zip(members), "application/zip", L("transfert_SPSC_%s.zip" % C.fmt_date(x.date.date(), "compact"),
                                                       "WOC_transfer_%s.zip" % C.fmt_date(x.date.date(), "compact")))
    m.subject = L("Documents pour la couverture de fin de semaine", "Documents for weekend coverage")
    m.text = "\n".join([greet(m, cns), "", L("Voici l'archive (liste + note). Mot de passe non requis, envoi interne.",
                                             "Here is the archive (list + note). Internal mail, no password."), nurse.given])
    return m


def t_vcard(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 45, 92)
    c = case_for(r, p, ["ileo_high", "colo_peri", "urostomy", "pressure", "venous", "retention"])
    nurse, hc = x.staff("F"), x.staff("F")
    m = x.msg("contact_card", L("fiche contact vCard d'un patient pour le suivi à domicile", "patient vCard for home follow-up"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(hc.full, C.staff_email(hc, EXT["clsc"]))]
    m.add("patient_name")
    adr, ph = contact(m, r)
    d = dx(m, c)
    note = L("Suivi SAD - ", "Home care - ") + d
    vc = A.make_vcard(p.full, p.given, p.surname, tel=("HOME", ph), adr=adr, note=note)
    m.attach(vc, "text/vcard", "%s_%s.vcf" % (C.fold(p.given), C.fold(p.surname).replace("'", "")), text_charset="utf-8",
             cte=r.choice(["base64", "quoted-printable"]))
    m.subject = L("Coordonnées pour la visite de jeudi", "Contact details for Thursday's visit")
    m.text = "\n".join([greet(m, hc), "", L("Voici la fiche de la personne pour la première visite à domicile.",
                                             "Here is the contact card for the first home visit."),
                        L(C.gx(p, "Elle préfère être appelée après 10 h.", "Il préfère être appelé après 10 h."), C.gx(p, "She", "He") + " prefers calls after 10 am."), "", nurse.given])
    return m


def t_ontario(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 30, 88)
    c = case_for(r, p)
    doc, nurse = x.staff(), x.staff("F")
    m = x.msg("interprovincial", L("transfert d'un hôpital ontarien (carte Santé Ontario)", "transfer from an Ontario hospital (OHIP)"))
    m.frm = (C.dr(doc, x.lang), C.staff_email(doc, EXT["on"]))
    m.to = [(nurse.full, C.staff_email(nurse))]
    hn = C.make_ohip(r)
    m.ids.append(("ohip", hn))
    m.add("ca_health_number", "patient_name", "diagnosis", "date_of_birth")
    hnf = C.fmt_ohip(hn, r.choice(["plain", "hyphen", "spaced", "slash"]), r.choice(["", "AB", "KT", "ZX"]))
    md = med(m, c)
    m.subject = L("Transfert - patient ontarien", "Transfer - patient from Kingsbridge General")
    body = [greet(m, nurse), "", L("Nous vous transférons :", "We are transferring:"),
            "%s, DOB %s, OHIP %s" % (p.form("upper_comma", "en"), C.fmt_date(p.dob, "iso"), hnf),
            L("Diagnostic : ", "Dx: ") + dx(m, c), dx(m, c, "detail")] + ([L("Rx : ", "Meds: ") + md] if md else []) + \
           ["", L(C.gx(p, "La patiente", "Le patient") + " réside maintenant chez sa fille à Val-Héron.", "Patient now lives with daughter in Val-Héron, QC."),
            "", ext_sig(doc, "Kingsbridge General Hospital, Wound Care", "613 555-0177", x.lang, C.dr(doc, x.lang))]
    m.text = "\n".join(body)
    return m


def t_belgium(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 30, 80)
    c = K.case(r, r.choice(["ileo_high", "colo_peri", "urostomy", "retracted"]))
    nurse = x.staff("F")
    m = x.msg("foreign_patient", "visiteuse ou visiteur belge, lettre au CHU d'origine")
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [("Consultation de stomathérapie", "stoma@" + EXT["be"])]
    niss = C.make_niss(r, p.dob, p.sex)
    m.ids.append(("niss", niss))
    m.add("be_niss", "patient_name", "date_of_birth", "diagnosis")
    nf = C.fmt_niss(niss, r.choice(["plain", "be", "spaced"]))
    m.subject = "Votre patient(e) %s - prise en charge au Québec" % p.form("surname_upper", "fr")
    m.text = "\n".join(["Madame, Monsieur,", "", "Nous avons vu en urgence %s (%s le %s, NISS %s), en vacances dans notre région."
                        % (p.form("title_full", "fr"), C.gx(p, "née", "né"), C.fmt_date(p.dob, "dots"), nf),
                        "Motif : " + dx(m, c) + " - " + dx(m, c, "detail") + ".",
                        "Appareillage fourni pour 10 jours : " + plan(m, c) + ".",
                        "Retour prévu à Namur le %s; merci d'assurer le suivi." % C.fmt_date(x.date.date() + dt.timedelta(days=9), "fr_long"),
                        "", signature(nurse, "fr", K.role("nswoc", nurse, "fr"), site=1)])
    return m


def t_france(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 30, 85)
    c = case_for(r, p, ["dfu", "venous", "dehiscence", "pressure", "skin_tear", "colo_peri"])
    clerk = x.staff("F")
    m = x.msg("foreign_patient", "patient français, facturation et compte rendu pour la caisse")
    m.frm = (clerk.full, C.staff_email(clerk))
    m.to = [("Service des admissions", "admissions@" + EXT["fr"])]
    nir = C.make_nir(r, p.dob, p.sex)
    m.ids.append(("nir", nir))
    m.add("fr_nir", "patient_name", "diagnosis")
    nf = C.fmt_nir(nir, r.choice(["plain", "spaced", "dotted"]))
    det = ["Assuré(e) : %s" % p.form("surname_upper", "fr"), "N° de sécurité sociale : %s" % nf,
           "Soins reçus : " + dx(m, c), "Actes : évaluation infirmière spécialisée, pansement, enseignement"]
    md = med(m, c)
    if md:
        det.append("Ordonnance remise : " + md)
    if r.random() < 0.5:
        pdf = A.make_pdf("Compte rendu de soins - patient non résident", det, header=C.ORG_FR)
        m.attach(pdf, "application/pdf", "compte_rendu_soins_non_resident.pdf")
        m.text = "\n".join(["Bonjour,", "", "Ci-joint le compte rendu pour %s, pour votre dossier de prise en charge." % p.form("title", "fr"),
                            "", signature(clerk, "fr", K.role("clerk", clerk, "fr"), site=0)])
    else:
        m.text = "\n".join(["Bonjour,", "", "Voici les renseignements demandés pour la prise en charge :", ""] + det +
                           ["", signature(clerk, "fr", K.role("clerk", clerk, "fr"), site=0)])
    m.subject = "Prise en charge - soins reçus au Québec"
    return m


def t_continence(x):
    r, L = x.r, x.L
    p = x.P.nam_patient(lo=30)
    c = K.case(r, r.choice(["oab", "retention", "iad"]))
    nurse, uro = x.staff("F"), x.staff()
    m = x.msg("continence_assessment", L("évaluation de continence à l'urologue", "continence assessment to urologist"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(C.dr(uro, x.lang), C.staff_email(uro))]
    ident = nam_block(m, p, r)
    d, det, lb, md = dx(m, c), dx(m, c, "detail"), lab(m, c), med(m, c)
    m.subject = L("Évaluation continence", "Continence assessment")
    body = [L("Bonjour %s," % C.dr_short(uro, "fr"), "Dear %s," % C.dr_short(uro, "en")), "", ident, "", "Dx : " + d, det]
    if lb:
        body.append(L("Résultats : ", "Results: ") + lb)
    if md:
        body.append("Rx : " + md)
    body += ["", L("Calendrier mictionnel de 3 jours en pièce jointe.", "3-day bladder diary attached."), "",
             signature(nurse, x.lang, K.role("nswoc", nurse, x.lang), site=0)]
    m.text = "\n".join(body)
    diary = [[L("Jour", "Day"), L("Heure", "Time"), L("Volume (mL)", "Volume (mL)"), L("Fuite", "Leak"), L("Urgence", "Urgency")]]
    for day in (1, 2, 3):
        for h in sorted(r.sample(range(6, 23), 5)):
            diary.append([day, "%02d:%02d" % (h, r.choice([0, 10, 25, 40])), r.randint(60, 320), r.choice(["", "", "x"]), r.choice(["", "+", "++"])])
    data = A.make_xlsx([(L("Calendrier", "Diary"), [[p.full, C.fmt_date(p.dob, "iso")]] + diary)])
    m.attach(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             L("calendrier_mictionnel.xlsx", "bladder_diary.xlsx"))
    return m


def t_npwt(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 30, 85)
    c = K.case(r, r.choice(["dehiscence", "pressure", "dfu"]))
    nurse = x.staff()
    m = x.msg("npwt_request", L("demande de location TPN au fournisseur", "NPWT rental request to vendor"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(L("Thera-VAC - commandes", "Thera-VAC orders"), "orders@" + EXT["npwt"])]
    m.add("patient_name")
    mr = mrn(m, r)
    serial = C.luhn_serial(r, 10)
    m.subject = L("Location TPN - %s" % p.form("initials", "fr"), "NPWT rental - %s" % p.form("initials", "en"))
    m.text = "\n".join([greet(m), "", L("Merci d'activer une location :", "Please start a rental:"),
                        L("Patient : ", "Patient: ") + p.form("comma", x.lang) + "  (%s %s)" % (mrn_label(m, r), mr),
                        L("Plaie : ", "Wound: ") + dx(m, c) + " - " + dx(m, c, "detail"),
                        L("Réglage : -125 mmHg continu", "Setting: -125 mmHg continuous"),
                        L("Appareil n° de série : ", "Unit serial no.: ") + serial,
                        L("Bon de commande : BC-%d" % r.randint(400000, 499999), "PO: BC-%d" % r.randint(400000, 499999)),
                        "", signature(nurse, x.lang, K.role("nswoc", nurse, x.lang), site=0)])
    return m


def t_incident(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 60, 98)
    c = K.case(r, "pressure")
    cns, mgr = x.staff("F"), x.staff()
    m = x.msg("incident", L("déclaration d'incident - lésion de pression acquise", "incident report - hospital-acquired pressure injury"))
    m.frm = (cns.full, C.staff_email(cns))
    m.to = [(mgr.full, C.staff_email(mgr))]
    m.add("patient_name")
    mr = mrn(m, r)
    form = "AH-223-%05d" % r.randint(10000, 99999)
    m.subject = L("Déclaration %s - lésion de pression" % form, "Report %s - pressure injury" % form)
    m.text = "\n".join([greet(m, mgr), "", L("Déclaration %s complétée pour l'unité %s." % (form, r.choice(["4 Nord", "3 Sud", "USI"])),
                                             "Report %s filed for unit %s." % (form, r.choice(["4 North", "3 South", "ICU"]))),
                        "%s - %s %s" % (p.form(r.choice(["upper_comma", "surname_upper"]), x.lang), mrn_label(m, r), mr),
                        L("Constat : ", "Finding: ") + dx(m, c) + ", " + dx(m, c, "detail"),
                        L("Non présente à l'admission il y a 9 jours. Famille avisée.", "Not present on admission 9 days ago. Family informed."),
                        "", cns.full])
    return m


def t_signout(x):
    r, L = x.r, x.L
    a, b = x.staff("F"), x.staff()
    m = x.msg("signout", L("passation de fin de journée", "end-of-day sign-out"))
    m.frm = (a.full, C.staff_email(a))
    m.to = [(b.full, C.staff_email(b))]
    lines = []
    for _ in range(r.randint(3, 6)):
        p = x.P.patient(r, 30, 95)
        c = case_for(r, p)
        nm = p.form(r.choice(["lower", "initials", "surname_upper", "title"]), x.lang)
        todo = r.choice(L(["refaire pansement", "vérifier fuite", "enseignement conjoint", "photo + mesure", "RAS"],
                          ["redo dressing", "check for leaks", "teach spouse", "photo + measure", "nothing new"]))
        lines.append("%d - %s - %s - %s" % (r.randint(2101, 4430), nm, K.pick(c, "short", x.lang), todo))
    m.add("patient_name", "diagnosis")
    m.subject = r.choice(L(["passation", "pour demain", "suivis fin de semaine"], ["sign-out", "for tomorrow", "weekend f/u"]))
    m.text = "\n".join([greet(m, b, True), ""] + lines + ["", a.given])
    return m


POS_B = [t_insurer, t_agency, t_dpj, t_violence, t_forward, t_reply_quoted, t_subject_only, t_fname_only,
         t_eml_attached, t_zip, t_vcard, t_ontario, t_belgium, t_france, t_continence, t_npwt, t_incident, t_signout]
