"""Positive templates, part B: forms, quick notes, threads, calendar, vCard, CSV/XLSX, attached mail."""
import gen_data as D
import gen_mime as M
from gen_common import (Att, addr_of, bullets, dr, ext_person, ext_sig, EXT_DOCS, EXT_PHARM, il, le,
                        quote, quoted_header, fwd_header, when_txt, fname_safe, his, him)


def p_saaq_form(c):
    fr = c.lang == "fr"
    p = c.patient(nam=True)
    st = c.staff("cardio")
    nurse = c.staff("inf")
    dx = c.dx(c.pick(["hf", "rehab"]))
    ev = c.pick([("choc approprié du DCI le ", "appropriate ICD shock on "), ("syncope d'allure arythmique le ", "arrhythmic syncope on "),
                 ("implantation d'un DCI en prévention primaire le ", "primary-prevention ICD implanted on ")])
    evd = c.past(10, 60)
    fevg = c.lab("fevg")
    lines = [f"# {c.t('Rapport d’examen médical - conduite automobile', 'Medical examination report - driving')}"] + \
        c.idblock(p, ["name", "dob", "sex", "nam"]).split("\n") + ["",
        f"{c.t('Diagnostic', 'Diagnosis')}: {dx}", c.t(ev[0], ev[1]) + evd.isoformat(), fevg,
        c.t("Recommandation : aucune conduite (classe 5) pour 6 mois à compter de l'événement.",
            "Recommendation: no driving (class 5) for 6 months from the event."), "",
        f"{c.t('Médecin', 'Physician')}: {st.title(c.lang)} {st.full}"]
    c.add("diagnosis")
    pdf = M.make_pdf(c.t("SAAQ - Rapport médical", "SAAQ - Medical report"), lines)
    fn = c.t("rapport_SAAQ.pdf", "SAAQ_report.pdf") if c.chance(0.6) else f"SAAQ_{fname_safe(p.surname)}_{p.dob.year}.pdf"
    if fr:
        subj = "Rapport médical SAAQ - à transmettre"
        body = (f"Bonjour {nurse.given},\n\nPeux-tu faxer le rapport ci-joint à la SAAQ (évaluation médicale) et en remettre une copie "
                f"au patient lors de sa visite? {st.title('fr')} {st.surname} l'a signé ce matin.\n\nMerci\n{c.sig(st, short=True)}")
    else:
        subj = "SAAQ medical report - please send"
        body = (f"Hi {nurse.given},\n\nCould you fax the attached report to the SAAQ medical review unit and give the patient a copy at the visit? "
                f"Dr. {st.surname} signed it this morning.\n\nThanks\n{c.sig(st, short=True)}")
    data = M.compose(c, addr_of(st), addr_of(nurse), subj, body, atts=[Att(fn, "application/pdf", pdf)])
    return "saaq_form", "driving fitness report after cardiac event", data


def p_quick_note(c):
    fr = c.lang == "fr"
    p = c.patient()
    a, b = c.staff(c.pick(["inf", "kin", "physio"])), c.staff(c.pick(["inf", "ips", "cardio"]))
    room = f"{c.rng.randint(3, 7)}{c.rng.randint(10, 40)}"
    g = c.name(p, "given")
    w, ta = c.lab("weight"), c.lab("ta")
    m = c.med(c.pick(["furo", "tors", "carv"]))
    mrn = f" ({c.mrn(p)})" if c.chance(0.5) else ""
    if fr:
        subj = c.pick([f"{g} - {room}", "petite question", f"ch. {room}"])
        body = c.pick([
            f"Salut {b.given}, {g} à la {room}{mrn} a pris encore 1,6 kg depuis hier ({w}), {ta}. J'ai gardé {m} ce matin, tu passes {le(p)} voir?",
            f"{b.given} — {g} ({room}){mrn} : {ta} en se levant, {w}. Je retiens {m} jusqu'à ce que tu {le(p)} voies. Merci!"]) + f"\n{a.given}"
    else:
        subj = c.pick([f"{g} - rm {room}", "quick q", f"room {room}"])
        body = c.pick([
            f"Hi {b.given}, {g} in {room}{mrn} is up another 1.6 kg since yesterday ({w}), {ta}. I held {m} this morning - can you come see?",
            f"{b.given} - {g} ({room}){mrn}: {ta} on standing, {w}. Holding {m} until you assess. Thx"]) + f"\n{a.given}"
    data = M.compose(c, addr_of(a), addr_of(b), subj, body, fmt=c.pick(["plain", "plain", "html"]))
    return "quick_note", "quick note between colleagues about an inpatient", data


def p_forward(c):
    fr = c.lang == "fr"
    p = c.patient()
    nurse, doc = c.staff("inf"), c.staff("cardio")
    fam_sex, fam_g = c.pick([("F", "Isabelle"), ("M", "Martin"), ("F", "Karine"), ("M", "Steve")] if fr else
                            [("F", "Jennifer"), ("M", "Mark"), ("F", "Lisa"), ("M", "Scott")])
    fam_email = f"{D.fold(fam_g)}.{D.fold(p.surname).replace(' ', '')}{c.rng.randint(60, 99)}@courriel.example"
    nm = c.name(p, c.pick(["full", "title"]))
    sy = c.symptom()
    sy2 = sy
    while sy2 == sy:
        sy2 = c.symptom()
    m = c.med(c.pick(["furo", "arni", "biso"]))
    ph = c.phone(p)
    if fr:
        orig = (f"Bonjour,\n\nJe suis {'la fille' if fam_sex == 'F' else 'le fils'} de {nm}. Depuis quelques jours {'ma mère' if p.sex == 'F' else 'mon père'} a {sy} et {sy2}. "
                f"{il(p, 'fr').capitalize()} prend bien son {m}. Est-ce qu'on doit aller à l'urgence? Vous pouvez {le(p)} joindre au {ph}.\n\nMerci\n{fam_g}")
        subj = f"TR: question pour l'infirmière - {p.given}"
        top = f"{doc.title('fr')} {doc.surname}, je vous transfère ce message reçu ce matin. Je l'ai {'rappelée' if fam_sex == 'F' else 'rappelé'}, RV devancé à demain. Avez-vous un ajustement à faire d'ici là?\n\n{nurse.given}"
        c.add("patient_name")
    else:
        orig = (f"Hello,\n\nI'm writing about my parent {nm}. For a few days {il(p, 'en')} has had {sy} and {sy2}. "
                f"{il(p, 'en').capitalize()} is taking the {m} as prescribed. Should we go to the ER? You can reach {him(p)} at {ph}.\n\nThanks\n{fam_g}")
        subj = f"FW: question for the nurse - {p.given}"
        top = f"Dr. {doc.surname}, forwarding this message from this morning. I called back and moved the visit up to tomorrow. Any adjustment before then?\n\n{nurse.given}"
        c.add("patient_name")
    fwd = fwd_header(c, fam_g, fam_email, when_txt(c), c.t("Question", "Question"), nurse.email)
    body = f"{top}\n\n{fwd}\n{orig}\n"
    data = M.compose(c, addr_of(nurse), addr_of(doc), subj, body)
    return "forward", "forwarded family message about symptoms", data


def p_reply(c):
    fr = c.lang == "fr"
    p = c.patient()
    ph = ext_person(c, EXT_PHARM)
    st = c.staff(c.pick(["pharm", "ips", "cardio"]))
    nm = c.name(p, c.pick(["upper", "full", "comma", "sur_init"]))
    dob = c.dob(p) if c.chance(0.6) else None
    inr = c.lab("inr")
    mw = c.med("warf")
    am = c.t("amiodarone 200 mg DIE", "amiodarone 200 mg daily")
    c.add("medication")
    if fr:
        q = (f"Bonjour,\nNous avons reçu une Rx d'amiodarone pour {nm}{' (DDN ' + dob + ')' if dob else ''}. "
             f"{il(p, 'fr').capitalize()} est sous {mw}, dernier {inr}. Faut-il réduire la dose de warfarine d'emblée?\n{ph['full']}, pharm.")
        ans = (f"Bonjour {ph['given']},\n\nOui, réduire la warfarine d'environ 30 % et refaire le RNI dans 5 jours. {am} confirmé. "
               f"Je lui ai expliqué ce matin.\n\n" + c.sig(st))
        subj = "RE: Interaction warfarine / amiodarone"
    else:
        q = (f"Hello,\nWe received an amiodarone Rx for {nm}{' (DOB ' + dob + ')' if dob else ''}. "
             f"{il(p, 'en').capitalize()} is on {mw}, last {inr}. Should we reduce the warfarin up front?\n{ph['full']}, RPh")
        ans = (f"Hi {ph['given']},\n\nYes - reduce warfarin by about 30% and recheck INR in 5 days. {am} confirmed. "
               f"I explained this to the patient this morning.\n\n" + c.sig(st))
        subj = "RE: warfarin / amiodarone interaction"
    body = ans + "\n\n" + quoted_header(c, ph["full"], ph["email"], when_txt(c)) + "\n" + quote(q) + "\n"
    html = None
    if c.chance(0.4):
        import html as h
        html = ('<html><head><meta charset="CHARSET"></head><body><div>' + h.escape(ans).replace("\n", "<br>") +
                '</div><blockquote style="border-left:2px solid #ccc;padding-left:6px">' + h.escape(q).replace("\n", "<br>") +
                "</blockquote></body></html>")
    data = M.compose(c, addr_of(st), (ph["full"], ph["email"]), subj, body, html=html,
                     fmt="alt" if html else None, in_reply_to=f"{c.rng.getrandbits(40):x}@{ph['email'].split('@')[1]}")
    return "reply", "reply to pharmacist with quoted question", data


def p_ics_booking(c):
    fr = c.lang == "fr"
    p = c.patient()
    st = c.staff(c.pick(["admin", "kin"]))
    kin = c.staff("kin")
    d, wtxt = c.future(4, 30, hour=False)
    h = c.rng.choice([8, 9, 10, 13, 14])
    wtxt += c.t(f" à {h} h", f" at {h if h <= 12 else h - 12}:00 {'AM' if h < 12 else 'PM'}")
    nm = c.name(p, c.pick(["upper2", "upper", "comma"]))
    mrn = c.mrn(p)
    dx = c.dx("rehab")
    test = c.t("Épreuve d'effort d'admission en réadaptation", "Cardiac rehab intake exercise test")
    summary = f"{test} - {nm} ({c.t('dos.', 'MRN')} {mrn})"
    desc = c.t(f"Indication : {dx}. Apporter la liste de médicaments.", f"Indication: {dx}. Bring medication list.")
    ics = M.make_ics(f"{c.rng.getrandbits(64):016x}@{D.DOM}", d.strftime("%Y%m%d") + f"T{h:02d}0000",
                     d.strftime("%Y%m%d") + f"T{h + 1:02d}0000", summary, D.REHAB_SITE[c.lang], desc, st.email,
                     c.today.strftime("%Y%m%d") + "T120000")
    body = c.t(f"{kin.given}, invitation pour l'épreuve d'effort du {wtxt}.\n\n{st.given}",
               f"{kin.given}, calendar invite for the exercise test on {wtxt}.\n\n{st.given}")
    data = M.compose(c, addr_of(st), addr_of(kin), c.t("Invitation : ", "Invitation: ") + test, body,
                     atts=[Att("invite.ics", "text/calendar", ics, charset="utf-8")])
    return "ics_booking", "calendar invite for a patient exercise test", data


def p_vcard(c):
    fr = c.lang == "fr"
    p = c.patient()
    ts = c.staff("ts")
    clsc = D.EXTERNAL["clsc"]
    nm = c.name(p, c.pick(["title", "full"]))
    soc = c.social()
    dx = c.dx("hf")
    vcf = M.make_vcf(p.given, p.surname, tel=c.phone(p), adr=c.addr(p), note=c.t("Usager clinique IC", "HF clinic client"))
    if fr:
        subj = "Demande de services SAD - usager clinique IC"
        body = (f"Bonjour,\n\nJe vous réfère {nm} pour évaluation en soutien à domicile. Contexte : {dx}; {soc}. "
                f"{il(p, 'fr').capitalize()} accepte la visite d'une infirmière pour la surveillance du poids.\n\n"
                f"Coordonnées en pièce jointe (vCard).\n\n" + c.sig(ts, clinic="hf"))
    else:
        subj = "Home care referral - HF clinic client"
        body = (f"Hello,\n\nReferring {nm} for home care assessment. Context: {dx}; {soc}. "
                f"{il(p, 'en').capitalize()} agrees to a nursing visit for weight monitoring.\n\nContact card attached.\n\n" + c.sig(ts, clinic="hf"))
    fn = f"{fname_safe(p.given)}_{fname_safe(p.surname)}.vcf" if c.chance(0.5) else "contact.vcf"
    data = M.compose(c, addr_of(ts), (clsc[0], f"accueil.sad@{clsc[1]}"), subj, body,
                     atts=[Att(fn, "text/vcard", vcf, charset="utf-8")])
    return "vcard", "home care referral with patient contact card", data


def p_csv_export(c):
    fr = c.lang == "fr"
    kin, chef = c.staff("kin"), c.staff(c.pick(["coord", "chef"]))
    head = [c.t("Nom", "Last name"), c.t("Prénom", "First name"), c.t("Dossier", "MRN"), c.t("Diagnostic", "Diagnosis"),
            c.t("VO2 entrée", "VO2 intake"), c.t("TM6M sortie", "6MWT discharge")]
    rows = [head]
    for _ in range(c.rng.randint(5, 9)):
        p = c.patient(age=(45, 82))
        c.add("patient_name")
        rows.append([p.surname, p.given, c.mrn(p), c.dx("rehab"), c.lab("vo2"), c.lab("6mwt")])
    sep = ";" if fr else ","
    enc = c.pick(["utf-8", "windows-1252"]) if fr else "utf-8"
    csvb = M.make_csv(rows, sep=sep, enc=enc, bom=(enc == "utf-8" and c.chance(0.5)))
    if fr:
        subj = "Export cohorte réadaptation - trimestre"
        body = f"Bonjour {chef.given},\n\nVoici l'export de la cohorte terminée ce trimestre pour la revue des résultats.\n\n{kin.given}"
    else:
        subj = "Rehab cohort export - quarter"
        body = f"Hi {chef.given},\n\nHere's the export of this quarter's completed cohort for the outcomes review.\n\n{kin.given}"
    data = M.compose(c, addr_of(kin), addr_of(chef), subj, body,
                     atts=[Att(c.t("cohorte_readaptation.csv", "rehab_cohort.csv"), "text/csv", csvb, charset=enc,
                               cte=c.pick(["base64", "quoted-printable"]))])
    return "csv_export", "rehab cohort export with names", data


def p_telemonitoring(c):
    fr = c.lang == "fr"
    inf, doc = c.staff("inf"), c.staff(c.pick(["ips", "cardio"]))
    head = [c.t("Patient", "Patient"), c.t("Téléphone", "Phone"), c.t("Poids J-3", "Weight D-3"), c.t("Poids ce matin", "Weight today"),
            c.t("Alerte", "Alert"), c.t("Dx", "Dx")]
    rows = [head]
    for _ in range(c.rng.randint(4, 8)):
        p = c.patient()
        w0 = round(c.rng.uniform(60, 115), 1)
        w1 = round(w0 + c.rng.uniform(-0.5, 2.8), 1)
        c.add("lab_result")
        rows.append([c.name(p, c.pick(["upper", "comma"])), c.phone(p), w0, w1,
                     c.t("OUI", "YES") if w1 - w0 >= 1.5 else "", c.dx("hf")])
    xl = M.make_xlsx([(c.t("Télésurveillance", "Telemonitoring"), rows)])
    if fr:
        subj = "Télésurveillance - alertes poids du jour"
        body = f"Bonjour,\n\nFichier des transmissions de ce matin; {sum(1 for r in rows[1:] if r[4])} alerte(s) à rappeler.\n\n{inf.given}"
    else:
        subj = "Telemonitoring - today's weight alerts"
        body = f"Hi,\n\nThis morning's transmissions attached; {sum(1 for r in rows[1:] if r[4])} alert(s) to call back.\n\n{inf.given}"
    data = M.compose(c, addr_of(inf), addr_of(doc), subj, body,
                     atts=[Att(c.t(f"alertes_{c.today.isoformat()}.xlsx", f"alerts_{c.today.isoformat()}.xlsx"),
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl)])
    return "telemonitoring", "telemonitoring weight alert spreadsheet", data


def p_fwd_attached(c):
    fr = c.lang == "fr"
    p = c.patient(nam=c.chance(0.6))
    gp = ext_person(c, EXT_DOCS)
    coord, doc = c.staff(c.pick(["coord", "admin"])), c.staff("cardio")
    ident = c.idblock(p, ["name", "dob"] + (["sex", "nam"] if p.nam else ["mrn"]))
    dx, sy = c.dx("hf"), c.symptom()
    lab = c.lab("bnp")
    if fr:
        inner_txt = f"Bonjour,\n\nDemande de rendez-vous prioritaire :\n{ident}\n{dx}, {sy}. {lab}.\n\n{ext_sig(gp, 'fr')}"
        inner_sub = "Demande prioritaire clinique IC"
        body = f"{doc.title('fr')} {doc.surname},\n\nDemande reçue par courriel, je vous la transfère en pièce jointe pour triage.\n\n{coord.given}"
        subj = "TR: Demande prioritaire clinique IC"
    else:
        inner_txt = f"Hello,\n\nPriority appointment request:\n{ident}\n{dx}, {sy}. {lab}.\n\n{ext_sig(gp, 'en')}"
        inner_sub = "Priority request HF clinic"
        body = f"Dr. {doc.surname},\n\nThis came in by e-mail; forwarding it as an attachment for triage.\n\n{coord.given}"
        subj = "FW: Priority request HF clinic"
    inner = M.inner_message(c, (dr(gp, c.lang), gp["email"]), (coord.full, coord.email), inner_sub, inner_txt)
    data = M.compose(c, addr_of(coord), addr_of(doc), subj, body,
                     atts=[Att(c.t("demande.eml", "request.eml"), "message/rfc822", inner)])
    return "fwd_attached", "referral forwarded as attached message", data


def p_subject_only(c):
    fr = c.lang == "fr"
    p = c.patient()
    a, b = c.staff(c.pick(["inf", "ips"])), c.staff(c.pick(["cardio", "ips"]))
    nm = c.name(p, c.pick(["title_sur", "title", "upper", "sur_init"]))
    k = c.lab(c.pick(["k", "creat", "na", "inr"]))
    m = c.med(c.pick(["spiro", "eple", "furo", "warf", "arni"]))
    if fr:
        subj = f"{nm} - {k}"
        body = c.pick([f"On cesse {m}? Je peux rappeler cet après-midi.\n{a.given}",
                       f"Résultat de ce matin ci-dessus. Sous {m}. Que veux-tu faire?\n{a.given}"])
    else:
        subj = f"{nm} - {k}"
        body = c.pick([f"Stop the {m}? I can call back this afternoon.\n{a.given}",
                       f"This morning's result above. On {m}. What do you want to do?\n{a.given}"])
    data = M.compose(c, addr_of(a), addr_of(b), subj, body)
    return "subject_only", "name and result in subject line", data


TEMPLATES = [p_saaq_form, p_quick_note, p_forward, p_reply, p_ics_booking, p_vcard, p_csv_export,
             p_telemonitoring, p_fwd_attached, p_subject_only]
