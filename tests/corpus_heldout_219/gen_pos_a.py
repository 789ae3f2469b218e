"""Positive templates, part A: referrals, consults, lists, bookings, labs, discharge, Rx, insurer."""
import gen_data as D
import gen_mime as M
from gen_common import (Att, addr_of, bullets, dr, ext_person, ext_sig, EXT_DOCS, EXT_PHARM, il, le,
                        quote, quoted_header, when_txt, fname_safe, his, him)


def p_referral(c):
    fr = c.lang == "fr"
    p = c.patient(nam=True)
    gp = ext_person(c, EXT_DOCS)
    st = c.staff("cardio")
    ident = c.idblock(p, ["name", "dob", "sex", "nam"] + (["phone"] if c.chance(0.4) else []))
    dx, sy, co = c.dx("hf"), c.symptom(), c.comorb(2)
    sy = sy[0].upper() + sy[1:]
    meds = c.medlist(c.rng.randint(3, 5))
    labs = c.labs(["bnp", "creat", "k"])
    fevg = c.lab("fevg")
    if fr:
        core = (f"{ident}\n\nMotif : {dx}. {sy} depuis environ {c.rng.randint(2, 8)} semaines malgré l'ajustement du diurétique.\n"
                f"ATCD : {co}\n\nMédication actuelle :\n{bullets(meds)}\n\n"
                f"Bilan du {c.dstr(c.past(3, 15))} : {', '.join(labs)}.\nÉcho : {fevg}.\n")
        intro = f"Bonjour {st.title('fr')} {st.surname},\n\nJe vous adresse {'cette patiente' if p.sex == 'F' else 'ce patient'} pour évaluation et optimisation du traitement à la clinique d'IC."
        end = "Merci de votre collaboration. Je reste disponible au besoin.\n\n" + ext_sig(gp, "fr")
        subj = c.pick(["Demande de consultation - clinique IC", "Référence clinique d'insuffisance cardiaque",
                       "Réf. IC urgente (semi-urgente)", "Consultation cardiologie - IC"])
    else:
        core = (f"{ident}\n\nReason: {dx}. {sy} for about {c.rng.randint(2, 8)} weeks despite diuretic adjustment.\n"
                f"PMH: {co}\n\nCurrent medications:\n{bullets(meds)}\n\n"
                f"Labs ({c.dstr(c.past(3, 15))}): {', '.join(labs)}.\nEcho: {fevg}.\n")
        intro = f"Dear Dr. {st.surname},\n\nI am referring this patient to the Heart Function Clinic for assessment and GDMT optimization."
        end = "Thank you for seeing them. Please call if anything is unclear.\n\n" + ext_sig(gp, "en")
        subj = c.pick(["Referral - Heart Function Clinic", "New referral HF clinic", "Consult request: cardiology / HF",
                       "Semi-urgent HF referral"])
    atts = []
    if c.chance(0.5):
        pdf = M.make_pdf(c.t("Demande de consultation - Clinique d'IC", "Consultation request - Heart Function Clinic"),
                         core.split("\n"), author=gp["org"])
        fn = c.t("demande_consultation_IC.pdf", "HF_referral.pdf") if c.chance(0.5) else \
            f"{c.t('Reference', 'Referral')}_{fname_safe(p.surname).upper()}_{p.given}.pdf"
        atts.append(Att(fn, "application/pdf", pdf, rfc2231=c.chance(0.3)))
        body = f"{intro}\n\n{c.t('Le formulaire de référence complet est joint.', 'The full referral form is attached.')}\n\n{end}"
    else:
        body = f"{intro}\n\n{core}\n{end}"
    data = M.compose(c, (dr(gp, c.lang), gp["email"]), addr_of(st), subj, body, atts=atts)
    return "referral", "GP referral to heart function clinic", data


def p_consult(c):
    fr = c.lang == "fr"
    p = c.patient(nam=c.chance(0.3))
    gp = ext_person(c, EXT_DOCS)
    st = c.staff("cardio")
    nm = c.name(p, c.pick(["upper", "comma", "title", "full"]))
    mrn = c.mrn(p)
    if p.nam:
        mrn += c.t(f", DDN {c.dob(p)}, sexe : {p.sex}, NAM {c.nam(p)}", f", DOB {c.dob(p)}, sex: {p.sex}, RAMQ {c.nam(p)}")
    dx = c.dx("hf")
    ech = [c.lab("fevg"), c.lab("bnp")]
    m1, m2, m3 = c.med("arni"), c.med(c.pick(["biso", "carv"])), c.med(c.pick(["dapa", "empa"]))
    nxt_d, nxt = c.future(20, 60, hour=False)
    if fr:
        subj = f"RE: Consultation - {nm}"
        note = (f"Bonjour {dr(gp, 'fr')},\n\nMerci pour la référence. J'ai vu {nm} (dossier {mrn}) ce matin à la clinique.\n\n"
                f"Impression : {dx}. {ech[0]}, {ech[1]}.\n"
                f"Plan :\n- débuter {m1} (cesser l'IECA 36 h avant)\n- poursuivre {m2}\n- ajouter {m3}\n"
                f"- bilan (créat, K) dans 1 à 2 semaines au CLSC\n\nProchain rendez-vous à la clinique : semaine du {nxt}.\n\n"
                + c.sig(st, clinic="hf"))
        q = f"Bonjour,\nPourriez-vous voir {nm} pour une dyspnée progressive? Merci.\n{dr(gp, 'fr')}"
    else:
        subj = f"RE: Consult - {nm}"
        note = (f"Hi {dr(gp, 'en')},\n\nThanks for the referral. I saw {nm} (MRN {mrn}) in clinic today.\n\n"
                f"Impression: {dx}. {ech[0]}, {ech[1]}.\n"
                f"Plan:\n- start {m1} (hold ACEi 36 h before)\n- continue {m2}\n- add {m3}\n"
                f"- repeat creatinine/K in 1-2 weeks\n\nFollow-up in clinic the week of {nxt}.\n\n" + c.sig(st, clinic="hf"))
        q = f"Hello,\nCould you see {nm} for progressive dyspnea? Thanks.\n{dr(gp, 'en')}"
    body = note + "\n\n" + quoted_header(c, dr(gp, c.lang), gp["email"], when_txt(c)) + "\n" + quote(q) + "\n"
    data = M.compose(c, addr_of(st), (dr(gp, c.lang), gp["email"]), subj, body)
    return "consult", "cardiology consult reply to GP", data


def p_census(c):
    fr = c.lang == "fr"
    st, st2 = c.staff(c.pick(["interne", "cardio"])), c.staff("cardio")
    n = c.rng.randint(4, 7)
    rows = [[c.t("Ch.", "Rm"), c.t("Patient", "Patient"), c.t("Dossier", "MRN"), c.t("Problème", "Problem"),
             c.t("À faire", "To do")]]
    todo_fr = ["bilan AM", "écho demain", "Lasix IV à revoir", "congé possible", "CT-scan cancellé", "consult TS"]
    todo_en = ["AM labs", "echo tomorrow", "review IV Lasix", "possible d/c", "f/u SW consult", "repeat ECG"]
    for i in range(n):
        p = c.patient()
        room = f"{c.rng.randint(3, 6)}{c.rng.randint(10, 40)}-{c.rng.randint(1, 2)}"
        prob = c.dx(c.pick(["hf", "rehab"]))
        if c.chance(0.5):
            prob += ", " + c.lab(c.pick(["k", "creat", "bnp", "na"]))
        if c.chance(0.4):
            prob += ", " + c.med(c.pick(["furo", "arni", "apix", "digo"]))
        rows.append([room, c.name(p, c.pick(["upper", "sur_init", "comma", "lower_sur"])), c.mrn(p), prob,
                     c.pick(todo_fr if fr else todo_en)])
    ward = c.pick(["7e Nord (cardiologie)", "unité coronarienne", "4e Est"]) if fr else c.pick(["Cardiology ward 5B", "CCU", "Step-down 4 East"])
    if c.chance(0.5):
        txt = "\n".join(" | ".join(r) for r in rows)
        html = None
        fmt = "plain"
    else:
        txt = "\n".join("  ".join(r) for r in rows)
        html = (f'<html><head><meta charset="CHARSET"></head><body><p>{c.t("Liste de départ", "Sign-out")} - {ward}</p>'
                + M.html_table(rows) + f"<p>{st.given}</p></body></html>")
        fmt = c.pick(["html", "alt"])
    if fr:
        subj = c.pick([f"Liste de garde {ward}", "Sign-out fin de semaine cardio", f"Liste patients {c.today.isoformat()}"])
        body = f"Salut {st2.given},\n\nVoici la liste pour la garde ({ward}) :\n\n{txt}\n\nBonne garde!\n{st.given}"
    else:
        subj = c.pick([f"Sign-out {ward}", "Weekend handover - cardiology", f"Census {c.today.isoformat()}"])
        body = f"Hi {st2.given},\n\nSign-out for {ward}:\n\n{txt}\n\nCall if anything comes up.\n{st.given}"
    data = M.compose(c, addr_of(st), addr_of(st2), subj, body, html=html, fmt=fmt)
    return "census", "ward sign-out list", data


def p_booking(c):
    fr = c.lang == "fr"
    use_nam = c.chance(0.5)
    p = c.patient(nam=use_nam)
    st = c.staff(c.pick(["inf", "ips", "admin"]))
    clerk = c.staff("admin")
    exam = c.pick([("une échographie cardiaque transthoracique", "transthoracic echocardiogram"),
                   ("une épreuve d'effort avec mesure des gaz (VO2)", "cardiopulmonary exercise test"),
                   ("une IRM cardiaque avec gadolinium", "cardiac MRI with gadolinium"),
                   ("un Holter 48 h", "48-hour Holter"), ("une scintigraphie au pyrophosphate (PYP)", "technetium PYP scan")])
    art = exam[0].split(" ", 1)[0] + " " if c.lang == "fr" else "a "
    ex = c.t(exam[0].split(" ", 1)[1], exam[1])
    fields = ["name", "mrn"] + (["dob", "sex", "nam"] if use_nam else (["dob"] if c.chance(0.5) else []))
    ident = c.idblock(p, fields)
    ind = c.dx("hf")
    when_d, when = c.future(5, 45)
    if fr:
        subj = c.pick([f"Demande RV - {ex}", f"Réservation {ex}", "Prise de RV cardio"])
        body = (f"Bonjour {clerk.given},\n\nPourrais-tu réserver {art}{ex} pour :\n\n{ident}\n\nIndication : {ind}.\n"
                f"Idéalement avant sa visite à la clinique du {when}. Priorité P{c.rng.randint(2, 4)}.\n\n"
                f"Merci!\n\n" + c.sig(st))
    else:
        subj = c.pick([f"Booking request - {ex}", f"Please book: {ex}", "Test booking HF clinic"])
        body = (f"Hi {clerk.given},\n\nCould you book a {ex} for:\n\n{ident}\n\nIndication: {ind}.\n"
                f"Ideally before the clinic visit on {when}. Priority P{c.rng.randint(2, 4)}.\n\nThanks!\n\n" + c.sig(st))
    data = M.compose(c, addr_of(st), addr_of(clerk), subj, body)
    return "booking", "test booking request", data


def p_transport(c):
    fr = c.lang == "fr"
    p = c.patient(nam=c.chance(0.35))
    st = c.staff(c.pick(["admin", "inf", "coord"]))
    nm = c.name(p, c.pick(["title", "upper", "full"]))
    dob = c.dob(p)
    ad, ph = c.addr(p), c.phone(p)
    if p.nam:
        ad = c.t(f"Sexe : {p.sex} - NAM : {c.nam(p)}\n", f"Sex: {p.sex} - RAMQ: {c.nam(p)}\n") + ad
    d, wtxt = c.future(3, 30)
    ox = c.chance(0.5)
    o2 = c.t("Oxygène à domicile 2 L/min (MPOC). ", "Home O2 2 L/min (COPD). ") if ox else ""
    if ox:
        c.add("diagnosis")
    mob = c.pick([("fauteuil roulant", "wheelchair"), ("marchette", "walker"), ("canne", "cane")])
    org = D.EXTERNAL["transport"]
    if fr:
        subj = c.pick(["Demande de transport adapté", "Transport - RV clinique IC", f"Transport {c.dstr(d)}"])
        body = (f"Bonjour,\n\nNous demandons un transport aller-retour pour :\n\n{nm}, né{'e' if p.sex == 'F' else ''} le {dob}\n"
                f"{ad}\nTél. : {ph}\n\nRendez-vous : {wtxt}, {D.CLINIC['hf']['fr']}, {D.SITES['HRSB']['fr']}.\n"
                f"Aide à la mobilité : {mob[0]}. {o2}Prévoir 2 h sur place.\n\nMerci,\n\n" + c.sig(st))
    else:
        subj = c.pick(["Paratransit request", "Transport - HF clinic appointment", f"Transport {c.dstr(d)}"])
        body = (f"Hello,\n\nPlease arrange a round trip for:\n\n{nm}, DOB {dob}\n{ad}\nPhone: {ph}\n\n"
                f"Appointment: {wtxt}, {D.CLINIC['hf']['en']}, {D.SITES['WMH']['en']}.\n"
                f"Mobility aid: {mob[1]}. {o2}Allow 2 hours on site.\n\nThank you,\n\n" + c.sig(st))
    data = M.compose(c, addr_of(st), (org[0], f"reservations@{org[1]}"), subj, body)
    return "transport", "transport request for clinic visit", data


def p_lab_followup(c):
    fr = c.lang == "fr"
    p = c.patient()
    st, st2 = c.staff(c.pick(["inf", "ips"])), c.staff("cardio")
    k = c.lab("k")
    cr = c.lab("creat")
    med = c.med(c.pick(["spiro", "eple", "arni"]))
    in_subject = c.chance(0.5)
    nm = c.name(p, c.pick(["title_sur", "upper", "init", "comma"]))
    mrn = c.mrn(p) if c.chance(0.6) else None
    if fr:
        subj = f"{nm} - K+ et créat" if in_subject else c.pick(["Résultats labo à réviser", "Bilan post-titration"])
        who = "" if in_subject else f"{nm}{' (' + mrn + ')' if mrn else ''} : "
        body = (f"Bonjour {st2.title('fr')} {st2.surname},\n\n{who}bilan de contrôle reçu ce matin : {k}, {cr}.\n"
                f"{il(p, 'fr').capitalize()} prend {med} depuis 10 jours. Je suggère de diminuer de moitié et reprendre le bilan jeudi. "
                f"Êtes-vous d'accord?\n\n{c.sig(st, short=True)}")
        if in_subject and mrn:
            body += f"\nDossier {mrn}"
    else:
        subj = f"{nm} - K and creat" if in_subject else c.pick(["Labs to review", "Post-titration bloodwork"])
        who = "" if in_subject else f"{nm}{' (' + mrn + ')' if mrn else ''}: "
        body = (f"Hi Dr. {st2.surname},\n\n{who}follow-up labs came back this morning: {k}, {cr}.\n"
                f"{il(p, 'en').capitalize()} has been on {med} for 10 days. Suggest halving the dose and repeating labs Thursday. OK with you?\n\n"
                f"{c.sig(st, short=True)}")
        if in_subject and mrn:
            body += f"\nMRN {mrn}"
    data = M.compose(c, addr_of(st), addr_of(st2), subj, body, importance="High" if c.chance(0.3) else None)
    return "lab_followup", "lab result follow-up after titration", data


def p_imaging(c):
    fr = c.lang == "fr"
    p = c.patient()
    st, st2 = c.staff("cardio"), c.staff(c.pick(["inf", "ips"]))
    fevg, dx = c.lab("fevg"), c.dx("hf")
    extra = c.pick([("VD dilaté, TAPSE 14 mm", "dilated RV, TAPSE 14 mm"), ("IM modérée à sévère", "moderate-to-severe MR"),
                    ("PSVD estimée 52 mmHg", "estimated RVSP 52 mmHg"), ("épaississement biventriculaire, strain apical préservé", "biventricular thickening, apical sparing")])
    ext = c.t(*extra)
    nm = c.name(p, c.pick(["upper", "full", "comma"]))
    mrn = c.mrn(p)
    report = [f"# {c.t('Échocardiographie transthoracique', 'Transthoracic echocardiogram')}",
              f"{c.t('Patient', 'Patient')}: {nm}   {c.t('Dossier', 'MRN')}: {mrn}",
              f"{c.t('Date de l’examen', 'Exam date')}: {c.past(1, 5).isoformat()}", "",
              f"{fevg}; {ext}.", f"{c.t('Conclusion', 'Conclusion')}: {dx}."]
    pdf = M.make_pdf(c.t("Rapport d'échographie", "Echo report"), report)
    if c.chance(0.5):
        zipb = M.make_zip([(f"echo_{mrn.replace(' ', '').replace('/', '')}.pdf", pdf)])
        att = Att(c.t("rapport_echo.zip", "echo_report.zip"), "application/zip", zipb)
    else:
        att = Att(f"ETT_{fname_safe(p.surname)}.pdf", "application/pdf", pdf)
    if fr:
        subj = c.pick(["Écho de contrôle - à revoir", "Résultat ETT", "Écho reçue"])
        body = (f"{st2.given},\n\nL'écho de contrôle est revenue (rapport en pièce jointe). La FE ne s'améliore pas malgré la quadrithérapie; "
                f"on devrait discuter d'un DCI à la prochaine réunion.\n\n{st.title('fr')} {st.surname}")
    else:
        subj = c.pick(["Repeat echo - please review", "TTE result", "Echo back"])
        body = (f"{st2.given},\n\nThe repeat echo is back (report attached). EF has not improved despite quadruple therapy; "
                f"let's discuss ICD at the next meeting.\n\nDr. {st.surname}")
    c.add("diagnosis", "medication")  # 'quadruple therapy' = GDMT, EF discussion, ICD
    data = M.compose(c, addr_of(st), addr_of(st2), subj, body, atts=[att])
    return "imaging", "echo report follow-up with attachment", data


def p_discharge(c):
    fr = c.lang == "fr"
    p = c.patient(nam=True)
    st = c.staff(c.pick(["interne", "cardio"]))
    gp = ext_person(c, EXT_DOCS)
    adm = c.past(8, 20)
    dis = c.past(1, 6)
    dx, co = c.dx("hf"), c.comorb(3)
    meds = c.medlist(5)
    labs = c.labs(["bnp", "creat", "k", "hb"])
    w = c.lab("weight")
    fu_d, fu = c.future(7, 21)
    lines = [f"# {c.t('Identification', 'Identification')}"] + c.idblock(p, ["name", "dob", "sex", "nam", "mrn"]).split("\n") + [
        "", f"# {c.t('Séjour', 'Stay')}", f"{c.t('Admission', 'Admitted')}: {adm.isoformat()}   {c.t('Congé', 'Discharged')}: {dis.isoformat()}",
        f"{c.t('Diagnostic principal', 'Main diagnosis')}: {dx}", f"{c.t('Antécédents', 'History')}: {co}", "",
        f"# {c.t('Médication au congé', 'Discharge medications')}"] + meds + [
        "", f"# {c.t('Résultats', 'Results')}", ", ".join(labs), f"{c.t('Poids au congé (poids sec)', 'Discharge (dry) weight')}: {w}", "",
        f"# {c.t('Suivi', 'Follow-up')}", f"{D.CLINIC['hf'][c.lang]}: {fu}"]
    kind = c.pick(["pdf", "docx"])
    if kind == "pdf":
        att = Att(c.t("sommaire_hospitalisation.pdf", "discharge_summary.pdf"), "application/pdf",
                  M.make_pdf(c.t("Sommaire d'hospitalisation", "Discharge summary"), lines))
    else:
        blocks = [("h", l[2:]) if l.startswith("# ") else ("p", l) for l in lines if l]
        att = Att(c.t("Résumé_de_dossier.docx", "Discharge_summary.docx"),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  M.make_docx(blocks, title=c.t("Sommaire", "Summary")), rfc2231=True)
    if fr:
        subj = c.pick(["Sommaire d'hospitalisation", "Congé - suivi à assurer", "Résumé de séjour cardiologie"])
        body = (f"Bonjour {dr(gp, 'fr')},\n\nVeuillez trouver ci-joint le sommaire d'hospitalisation de votre patient{'e' if p.sex == 'F' else ''}. "
                f"Merci d'assurer le suivi du bilan dans une semaine.\n\n" + c.sig(st))
    else:
        subj = c.pick(["Discharge summary", "Discharge - follow-up needed", "Cardiology discharge summary"])
        body = f"Dear {dr(gp, 'en')},\n\nPlease find attached the discharge summary for your patient. Kindly repeat bloodwork in one week.\n\n" + c.sig(st)
    data = M.compose(c, addr_of(st), (dr(gp, c.lang), gp["email"]), subj, body, atts=[att])
    return "discharge", "discharge summary to family physician", data


def p_prescription(c):
    fr = c.lang == "fr"
    p = c.patient(nam=c.chance(0.7))
    st = c.staff(c.pick(["ips", "cardio", "pharm"]))
    ph = ext_person(c, EXT_PHARM)
    fields = ["name", "dob"] + (["sex", "nam"] if p.nam else ["phone"]) + (["addr"] if c.chance(0.4) else [])
    ident = c.idblock(p, fields)
    m_new = c.med("arni")
    m_stop = c.med(c.pick(["biso", "spiro", "furo"]))
    m_old = c.t("ramipril 5 mg DIE", "ramipril 5 mg daily")
    if fr:
        subj = c.pick(["Ordonnance - titration", "Rx modifiée clinique IC", "Changement de médication"])
        body = (f"Bonjour {ph['full']},\n\nVoici l'ordonnance modifiée pour :\n\n{ident}\n\n"
                f"CESSER {m_old} (36 h avant la première dose).\nDÉBUTER {m_new}, 30 jours, renouvelable x3.\n"
                f"AJUSTER : {m_stop}.\n\nCode RAMQ médicament d'exception : à compléter, formulaire envoyé. Merci d'aviser si problème de couverture.\n\n" + c.sig(st))
    else:
        subj = c.pick(["Prescription - titration", "Updated Rx from HF clinic", "Medication change"])
        body = (f"Hello {ph['full']},\n\nUpdated prescription for:\n\n{ident}\n\nSTOP {m_old} (36 h before first dose).\n"
                f"START {m_new}, 30 days, refills x3.\nADJUST: {m_stop}.\n\nExceptional medication form sent to RAMQ; please let us know about any coverage issue.\n\n" + c.sig(st))
    c.add("medication")
    atts = []
    if c.chance(0.4):
        atts.append(Att(c.t("ordonnance.pdf", "prescription.pdf"), "application/pdf",
                        M.make_pdf(c.t("Ordonnance", "Prescription"), ident.split("\n") + ["", m_new, m_stop])))
    data = M.compose(c, addr_of(st), (ph["org"], ph["email"]), subj, body, atts=atts)
    return "prescription", "prescription change sent to community pharmacy", data


def p_insurer_form(c):
    fr = c.lang == "fr"
    p = c.patient(age=(38, 63))
    st = c.staff("cardio")
    ins = D.EXTERNAL["ins_fr" if fr else "ins_en"]
    nm = c.name(p, "full")
    dob = c.dob(p, "iso")
    sin = c.sin()
    dx = c.dx("rehab")
    ev = c.past(30, 90)
    v = c.lab("vo2")
    rtw = c.future(30, 90, hour=False)[1]
    claim = f"{c.rng.randint(10, 99)}-{c.rng.randint(100000, 999999)}"
    rows = [[c.t("Champ", "Field"), c.t("Valeur", "Value")],
            [c.t("Nom de l'assuré", "Insured name"), nm], [c.t("Date de naissance", "Date of birth"), dob],
            [c.t("NAS", "SIN"), sin], [c.t("No de réclamation", "Claim no."), claim],
            [c.t("Diagnostic", "Diagnosis"), dx], [c.t("Date de l'événement", "Date of event"), ev.isoformat()],
            [c.t("Capacité fonctionnelle", "Functional capacity"), v],
            [c.t("Retour au travail progressif prévu", "Planned graduated return to work"), rtw]]
    docx = M.make_docx([("h", c.t("Déclaration du médecin traitant - invalidité", "Attending physician statement - disability")),
                        ("table", rows), ("p", c.t("Signature : ____________", "Signature: ____________"))])
    att = Att(c.t(f"DMT_{claim}.docx", f"APS_{claim}.docx"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)
    if fr:
        subj = f"Réclamation {claim} - déclaration du médecin"
        body = (f"Bonjour,\n\nCi-joint la déclaration du médecin traitant complétée pour la réclamation {claim}. "
                f"L'assuré{'e' if p.sex == 'F' else ''} poursuit le programme de réadaptation cardiaque.\n\n" + c.sig(st, clinic="rehab"))
    else:
        subj = f"Claim {claim} - attending physician statement"
        body = f"Hello,\n\nAttached is the completed attending physician statement for claim {claim}. The claimant is continuing cardiac rehabilitation.\n\n" + c.sig(st, clinic="rehab")
    data = M.compose(c, addr_of(st), (ins[0], f"reclamations@{ins[1]}" if fr else f"claims@{ins[1]}"), subj, body, atts=[att])
    return "insurer_form", "disability insurer physician statement", data


TEMPLATES = [p_referral, p_consult, p_census, p_booking, p_transport, p_lab_followup, p_imaging,
             p_discharge, p_prescription, p_insurer_form]
