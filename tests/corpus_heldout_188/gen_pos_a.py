"""Confidential mail, part A: referrals, consults, lab and imaging follow-ups, discharge."""
import gen_attach as A
import gen_clinic as C
import gen_text as T
import gen_util as U


def referral(c, lang):
    r = c.rng
    p = c.patient(lang, holder=r.random() < 0.7)
    hosp = c.ext(r.choice(["hsa", "hgr", "chul"]))
    liaison = (r.choice(["Josée Racine", "Caroline Fafard", "Mylène Boulet"]) if lang == "fr"
               else r.choice(["Laura Pidgeon", "Megan Hollis", "Sandra Kerr"]))
    frm = (liaison, "%s@%s" % (U.ascii_local(liaison), hosp[1]))
    adm = U.STAFF[8]
    in_pdf = r.random() < 0.4
    ident = c.ident(p, lang, ascii_only=in_pdf)
    dx = c.dx(p, lang)
    comp = c.comp(p, lang, 2)
    meds = c.meds(p, lang, 3)
    prog = C.PROG_NAME[(p.prog, lang)]
    if lang == "fr":
        lines = ["## Demande d'admission – %s" % prog, ident,
                 "Diagnostic principal : %s" % dx,
                 "Problèmes associés : %s ; %s" % tuple(comp),
                 "Médication actuelle : " + ", ".join(meds),
                 "Isolement : dépistage SARM/ERV négatif",
                 "Date de congé visée de %s : %s" % (hosp[0], U.fmt_date(c.today, "fr", "long"))]
        subj = r.choice(["Demande d'admission %s" % prog, "Réf. réadaptation – %s" % prog,
                         "Demande de transfert en réadaptation fonctionnelle intensive"])
        intro = T.hello(r, "fr") + "\n\n"
        if in_pdf:
            body = intro + ("Veuillez trouver ci-jointe une demande d'admission pour votre %s. "
                            "La patiente ou le patient est stable médicalement et motivé(e).\n\n"
                            "N'hésitez pas à m'appeler pour compléter l'information.\n\n%s\n"
                            "Infirmière de liaison, %s\n%s" % (
                                prog.lower(), liaison, hosp[0], U.phone(r, "450")))
        else:
            body = intro + ("Nous aimerions vous référer le patient suivant :\n\n" +
                            "\n".join(lines[1:]) + "\n\nLe dossier complet suivra par télécopieur. "
                            "\n\n%s\nInfirmière de liaison, %s" % (liaison, hosp[0]))
    else:
        lines = ["## Rehabilitation referral – %s" % prog, ident,
                 "Primary diagnosis: %s" % dx,
                 "Issues: %s; %s" % tuple(comp),
                 "Current meds: " + ", ".join(meds),
                 "Isolation: MRSA/VRE screen negative",
                 "Target discharge from %s: %s" % (hosp[0], U.fmt_date(c.today, "en", "long"))]
        subj = r.choice(["Referral to %s" % prog, "Inpatient rehab referral", "Rehab bed request"])
        intro = T.hello(r, "en") + "\n\n"
        if in_pdf:
            body = intro + ("Please find attached a referral for your %s. Medically stable and "
                            "keen to start therapy.\n\nCall me if anything is missing.\n\n%s\n"
                            "Patient Flow Coordinator, %s\n%s" % (prog, liaison, hosp[0],
                                                                  U.phone(r, "514")))
        else:
            body = intro + ("I would like to refer the following patient:\n\n" +
                            "\n".join(lines[1:]) + "\n\nFull chart to follow by fax.\n\n%s\n"
                            "Patient Flow Coordinator, %s" % (liaison, hosp[0]))
    atts = []
    if in_pdf:
        fn = r.choice(["demande_admission_%s.pdf" % T.safe_fn(p.surname.upper()),
                       "referral_%s.pdf" % p.mrn, "REF-%s.pdf" % c.rng.randrange(10000, 99999)])
        if p.surname.upper() in fn:
            c.must(p.surname.upper())
        atts.append(T.att("pdf", fn, A.pdf(lines[0][3:], lines[1:], header=hosp[0]),
                          "application/pdf"))
    note = "acute-care referral to rehab programme" + (" (PDF)" if in_pdf else "")
    return c.msg(lang, "referral", note, frm, [c.sa(adm, lang)], subj, body, atts=atts)


def consult_reply(c, lang):
    r = c.rng
    p = c.patient(lang, prog=r.choice(["sci", "stroke", "amp"]))
    phys = c.st(0, 1, 2)
    gp_name = r.choice(["Dr Étienne Laflamme", "Dre Sonia Brochu"]) if lang == "fr" else \
        r.choice(["Dr. Alan Whitcombe", "Dr. Meera Rao"])
    gp = (gp_name, "%s@%s" % (U.ascii_local(gp_name.split()[-1]), c.ext("gmf")[1]))
    name = c.nm(p, lang)
    dx = c.dx(p, lang)
    med = c.meds(p, lang, 2)
    q_dt = T.earlier(c.cur["date"], r, (20, 90))
    if lang == "fr":
        q = ("Bonjour,\n\nJe suis en suivi %s depuis son congé de chez vous (%s). "
             "Spasticité et douleur qui limitent le sommeil. Auriez-vous des suggestions "
             "d'ajustement ? Doit-on devancer le rendez-vous en clinique externe ?\n\nMerci,\n%s"
             % (name, dx, gp_name))
        subj = "RE: Suivi post-réadaptation"
        body = ("Bonjour Docteur,\n\nMerci pour le suivi. Je suggère :\n- %s\n- %s (titrer aux "
                "5 jours selon tolérance)\n- réévaluation en clinique de spasticité dans 4 "
                "semaines, je demande à notre agente de lui donner un rendez-vous.\n\n"
                "Au besoin, une injection de toxine pourra être discutée.\n%s\n\n%s" % (
                    med[0], med[1], c.sig(phys, "fr"), T.reply_block("fr", q_dt, gp,
                                                                    "Suivi post-réadaptation", q, rng=r)))
    else:
        q = ("Hello,\n\nI'm following %s since discharge from your program (%s). Spasticity "
             "and pain are keeping them up at night. Any suggestions? Should we move up the "
             "outpatient clinic visit?\n\nThanks,\n%s" % (name, dx, gp_name))
        subj = "RE: Post-rehab follow-up"
        body = ("Hi,\n\nThanks for reaching out. Suggest:\n- %s\n- %s (titrate q5 days as "
                "tolerated)\n- reassessment in spasticity clinic in 4 weeks; our clerk will "
                "call with a date.\n\nWe can discuss botulinum toxin if needed.\n%s\n\n%s" % (
                    med[0], med[1], c.sig(phys, "en"), T.reply_block("en", q_dt, gp,
                                                                    "Post-rehab follow-up", q, rng=r)))
    return c.msg(lang, "consult", "physiatry reply with quoted question", c.sa(phys, lang), [gp],
                 subj, body, in_reply_to="<%s.%s@%s>" % (q_dt.strftime("%Y%m%d%H%M"),
                                                          p.mrn, c.ext("gmf")[1]))


def lab_followup(c, lang):
    r = c.rng
    p = c.patient(lang)
    nurse = c.st(8, 17, 10)
    md = c.st(0, 1, 2, 3)
    name = c.nm(p, lang, r.choice(["title_sur", "full", "upper_first", "lower", "initial"]))
    labs = c.labs(p, lang, 3)
    use_mrn = r.random() < 0.5
    mrn = c.mrn(p) if use_mrn else None
    if lang == "fr":
        subj = r.choice(["Résultats labo ce matin", "labos ch. %s" % p.room, "Résultats à voir SVP"])
        body = "%s\n\nRésultats de ce matin pour %s (ch. %s%s) :\n\n%s\n\n" % (
            T.hello(r, "fr", md[0]), name, p.room, (", dossier %s" % mrn) if mrn else "",
            "\n".join("  " + x for x in labs))
        if r.random() < 0.6:
            m = c.meds(p, "fr", 1)[0]
            body += "Elle/il reçoit déjà %s. Veux-tu ajuster ou ajouter quelque chose ?\n" % m
        else:
            body += "Pas de nouvelle prescription pour l'instant. Je te laisse regarder.\n"
        body += "\n%s\n%s" % (nurse[0], nurse[4])
    else:
        subj = r.choice(["AM bloodwork", "labs rm %s" % p.room, "Results to review"])
        body = "%s\n\nThis morning's results for %s (rm %s%s):\n\n%s\n\n" % (
            T.hello(r, "en", md[0]), name, p.room, (", MRN %s" % mrn) if mrn else "",
            "\n".join("  " + x for x in labs))
        if r.random() < 0.6:
            m = c.meds(p, "en", 1)[0]
            body += "Already on %s. Do you want to adjust or add anything?\n" % m
        else:
            body += "No new orders yet - leaving it with you.\n"
        body += "\n%s, %s" % (nurse[0], nurse[5])
    return c.msg(lang, "lab", "nurse to physician with morning lab values", c.sa(nurse, lang),
                 [c.sa(md, lang)], subj, body)


def imaging(c, lang):
    r = c.rng
    p = c.patient(lang, prog=r.choice(["sci", "stroke"]))
    md = c.st(0, 1, 2)
    rad = c.ext(r.choice(["hsa", "chul"]))
    mrn = c.mrn(p)
    name = c.nm(p, lang, r.choice(["upper_first", "sur_comma", "upper"]))
    c.t("lab_result", "diagnosis")
    if p.prog == "sci":
        fr_rep = ("IRM colonne cervicale : myélomalacie C5-C6, pas de compression résiduelle. "
                  "Matériel d'arthrodèse en place. Syrinx de 6 mm de C6 à T1, nouveau depuis l'examen "
                  "précédent.")
        en_rep = ("MRI C-spine: myelomalacia C5-C6, no residual compression. Fusion hardware intact. "
                  "New 6 mm syrinx C6-T1 compared with prior.")
    else:
        fr_rep = ("TDM cérébral : infarctus sylvien gauche subaigu, pas de transformation "
                  "hémorragique, pas d'effet de masse. Leucoaraïose modérée.")
        en_rep = ("CT head: subacute left MCA infarct, no hemorrhagic transformation, no mass "
                  "effect. Moderate leukoaraiosis.")
    if lang == "fr":
        subj = "Rapport d'imagerie – dossier %s" % mrn
        body = ("Bonjour,\n\nVoici le rapport reçu de %s pour %s (dossier %s) :\n\n"
                "« %s »\n\nConclusion du radiologiste : comparer avec l'examen antérieur et "
                "corrélation clinique suggérée.\n\nJe le mets au dossier. Est-ce que tu veux "
                "demander une consultation en neurochirurgie ?\n\n%s" % (
                    rad[0], name, mrn, fr_rep, U.STAFF[14][0]))
    else:
        subj = "Imaging report – MRN %s" % mrn
        body = ("Hi,\n\nReport received from %s for %s (MRN %s):\n\n\"%s\"\n\nRadiologist "
                "impression: compare with prior, clinical correlation suggested.\n\nFiling it now. "
                "Do you want a neurosurgery consult?\n\n%s" % (rad[0], name, mrn, en_rep,
                                                                U.STAFF[14][0]))
    return c.msg(lang, "imaging", "imaging report forwarded to physiatrist",
                 c.sa(U.STAFF[14], lang), [c.sa(md, lang)], subj, body)


def discharge_pdf(c, lang):
    r = c.rng
    p = c.patient(lang, holder=r.random() < 0.75)
    phys = c.st(0, 1, 2)
    gmf = c.ext("gmf")
    ident = c.ident(p, lang, layout=0, ascii_only=True, nstyle=r.choice(["full", "upper_first"]))
    dx = c.dx(p, lang)
    comp = c.comp(p, lang, 2)
    meds = c.meds(p, lang, 3)
    lab = c.labs(p, lang, 1)
    los = r.randrange(21, 95)
    fim = (r.randrange(40, 70), r.randrange(75, 110))
    if lang == "fr":
        title = "Résumé de congé – %s" % C.PROG_NAME[(p.prog, "fr")]
        lines = [ident, "Durée du séjour : %d jours" % los,
                 "## Diagnostic", dx, "Complications : %s, %s" % tuple(comp),
                 "## Évolution", "MIF à l'admission %d, au congé %d. Marche/propulsion autonome "
                 "sur terrain plat. Enseignement complété." % fim,
                 "Dernier résultat pertinent : %s" % lab[0],
                 "## Médication au congé"] + ["- " + m for m in meds] + [
                 "## Suivi", "Clinique externe de physiatrie dans 6 semaines. CLSC pour soins "
                 "infirmiers à domicile.", "", "%s, physiatre" % U.staff_name(phys, "fr")]
        fn = r.choice(["Résumé_congé_%s.pdf" % T.safe_fn(p.surname),
                       "resume_conge_%s_%s.pdf" % (T.safe_fn(p.surname.lower()), p.given[0].lower()),
                       "RC_%s.pdf" % c.today.strftime("%Y%m%d")])
        subj = r.choice(["Résumé de congé", "Congé de votre patient(e) – résumé",
                         "Résumé de congé CRP Berges"])
        body = ("Bonjour,\n\nVeuillez trouver ci-joint le résumé de congé de votre patient(e), "
                "congé(e) de notre centre le %s.\n\nCordialement,%s" % (
                    U.fmt_date(c.today, "fr", "long"), c.sig(U.STAFF[14], "fr")))
    else:
        title = "Discharge Summary – %s" % C.PROG_NAME[(p.prog, "en")]
        lines = [ident, "Length of stay: %d days" % los,
                 "## Diagnosis", dx, "Complications: %s, %s" % tuple(comp),
                 "## Course", "FIM %d on admission, %d at discharge. Independent ambulation or "
                 "propulsion on level surfaces. Teaching completed." % fim,
                 "Last relevant result: %s" % lab[0],
                 "## Discharge medications"] + ["- " + m for m in meds] + [
                 "## Follow-up", "Physiatry outpatient clinic in 6 weeks. Home care nursing "
                 "arranged.", "", "%s, physiatrist" % U.staff_name(phys, "en")]
        fn = r.choice(["Discharge_%s.pdf" % T.safe_fn(p.surname),
                       "DC_summary_%s_%s.pdf" % (T.safe_fn(p.surname), p.given[0]),
                       "DS_%s.pdf" % c.today.strftime("%Y%m%d")])
        subj = r.choice(["Discharge summary", "Your patient's discharge summary",
                         "Discharge summary – CRP Berges"])
        body = ("Hello,\n\nPlease find attached the discharge summary for your patient, "
                "discharged from our centre on %s.\n\nRegards,%s" % (
                    U.fmt_date(c.today, "en", "long"), c.sig(U.STAFF[14], "en")))
    dr = r.choice(["Dr Étienne Laflamme", "Dre Sonia Brochu"]) if lang == "fr" else \
        r.choice(["Dr. Alan Whitcombe", "Dr. Meera Rao"])
    to = [(dr, "%s@%s" % (U.ascii_local(dr.split()[-1]), gmf[1]))]
    atts = [T.att("pdf", fn, A.pdf(title, lines, header=U.ORG_FR if lang == "fr" else U.ORG_EN),
                  "application/pdf")]
    return c.msg(lang, "discharge", "discharge summary PDF to family physician",
                 c.sa(U.STAFF[14], lang), to, subj, body, atts=atts)


def prescription(c, lang):
    r = c.rng
    p = c.patient(lang, holder=r.random() < 0.6)
    phys = c.st(0, 1, 2, 3)
    ph = c.ext(r.choice(["ph1", "ph2"]))
    ident = c.ident(p, lang)
    addr = c.addr(p)
    meds = c.meds(p, lang, r.choice([2, 3]))
    if lang == "fr":
        subj = r.choice(["Ordonnance – congé demain", "Rx pour congé", "Ordonnance de départ"])
        body = ("Bonjour,\n\nVoici l'ordonnance de départ pour votre client(e) :\n\n%s\nAdresse : %s\n\n"
                "%s\n\nSVP préparer en dispill et livrer à domicile. Pas d'allergie connue.\n"
                "%s" % (ident, addr, "\n".join("Rx : %s  – qté 30 j, ren. x 2" % m for m in meds),
                        c.sig(phys, "fr")))
    else:
        subj = r.choice(["Prescription – discharge tomorrow", "Rx for discharge", "Discharge Rx"])
        body = ("Hello,\n\nDischarge prescription for your client:\n\n%s\nAddress: %s\n\n%s\n\n"
                "Please blister-pack and deliver to the home. NKDA.\n%s" % (
                    ident, addr, "\n".join("Rx: %s – 30 days, refills x2" % m for m in meds),
                    c.sig(phys, "en")))
    return c.msg(lang, "prescription", "discharge prescription sent to community pharmacy",
                 c.sa(phys, lang), [("", "rx@" + ph[1])], subj, body)


def quick_note(c, lang):
    r = c.rng
    p = c.patient(lang)
    a, b = c.st(4, 5, 15, 16, 22), c.st(8, 17, 0, 1)
    name = c.nm(p, lang, r.choice(["title_sur", "title_initial", "lower", "full"]))
    comp = c.comp(p, lang, 1)[0]
    if lang == "fr":
        subj = r.choice(["petite question", "ch. %s" % p.room, "fyi", "cet après-midi"])
        body = r.choice([
            "Salut %s,\n\nPeux-tu passer voir %s (%s) avant 15 h ? %s depuis hier soir, "
            "a refusé sa thérapie ce matin.\n\n%s" % (b[0], name, p.room, comp.capitalize(),
                                                       a[0]),
            "%s,\n%s : %s, je l'ai noté au plan de soins. On en reparle à la réunion "
            "d'équipe jeudi ?\n%s" % (b[0], name, comp, a[0]),
        ])
    else:
        subj = r.choice(["quick q", "rm %s" % p.room, "fyi", "this afternoon"])
        body = r.choice([
            "Hey %s,\n\nCan you pop by and see %s (%s) before 3? %s since last night, "
            "refused therapy this morning.\n\n%s" % (b[0], name, p.room, comp.capitalize(), a[0]),
            "%s -\n%s: %s, charted in the care plan. Discuss at team rounds Thursday?\n%s" % (
                b[0], name, comp, a[0]),
        ])
    if r.random() < 0.5:
        m = c.meds(p, lang, 1)[0]
        body += ("\n\nPS : a eu %s cette nuit." if lang == "fr" else "\n\nPS: got %s overnight.") % m
    return c.msg(lang, "note", "quick note between colleagues about a patient", c.sa(a, lang),
                 [c.sa(b, lang)], subj, body, body_hint="plain")


def subject_only(c, lang):
    r = c.rng
    p = c.patient(lang)
    a, b = c.st(8, 17, 10), c.st(0, 1, 2, 3)
    name = c.nm(p, lang, r.choice(["title_sur", "upper_first", "full", "sur_first"]))
    lab = c.labs(p, lang, 1)[0]
    if lang == "fr":
        subj = "%s – %s ce matin" % (name, lab)
        body = r.choice(["On fait quoi ? Je suis à l'unité jusqu'à 16 h.\n%s" % a[0],
                         "Tu me rappelles ? Poste 2214.\n%s" % a[0],
                         "Avise-moi si tu veux un contrôle demain.\n\n%s" % a[0]])
    else:
        subj = "%s – %s this AM" % (name, lab)
        body = r.choice(["What do you want to do? I'm on the unit till 4.\n%s" % a[0],
                         "Can you call me back? Ext 2214.\n%s" % a[0],
                         "Let me know if you want a repeat tomorrow.\n\n%s" % a[0]])
    return c.msg(lang, "lab", "name and result only in the Subject", c.sa(a, lang),
                 [c.sa(b, lang)], subj, body)


def mrn_only(c, lang):
    r = c.rng
    p = c.patient(lang)
    lab_c = c.st(8, 17)
    mrn = c.mrn(p, r.choice(["plain", "space", "fw", "dash", "cr"]))
    labs = c.labs(p, lang, 2)
    if lang == "fr":
        subj = r.choice(["Valeur critique", "Résultat critique à aviser", "Labo – à aviser"])
        body = ("Valeur critique reçue du laboratoire de %s à %s.\n\nNo dossier : %s\nUnité : %s\n"
                "%s\n%s\n\nMD de garde avisé ? SVP confirmer par retour de courriel.\n\n"
                "Centrale de communication" % (c.ext("hsa")[0], c.cur["date"].strftime("%H h %M"),
                                                mrn, C.PROG_NAME[(p.prog, "fr")], labs[0], labs[1]))
    else:
        subj = r.choice(["Critical value", "Critical result – notify", "Lab – notify"])
        body = ("Critical value received from %s lab at %s.\n\nChart #: %s\nUnit: %s\n%s\n%s\n\n"
                "On-call MD notified? Please confirm by reply.\n\nCommunication centre" % (
                    c.ext("hsa")[0], c.cur["date"].strftime("%H:%M"), mrn,
                    C.PROG_NAME[(p.prog, "en")], labs[0], labs[1]))
    return c.msg(lang, "lab", "critical lab value identified by chart number only",
                 ("Centrale labo" if lang == "fr" else "Lab notifications", "labo@" + U.DOM),
                 [c.sa(lab_c, lang)], subj, body)


def incident(c, lang):
    r = c.rng
    p = c.patient(lang)
    rep = c.st(8, 17, 5, 16)
    mgr = c.st(19, 20, 21)
    name = c.nm(p, lang, r.choice(["full", "upper_first", "title"]))
    mrn = c.mrn(p, r.choice(["plain", "cr", "dash"]))
    c.t("diagnosis")
    rows_fr = [("Champ", "Valeur"), ("Usager", name), ("No dossier", mrn), ("Chambre", p.room),
               ("Type", "Chute lors d'un transfert lit-fauteuil"),
               ("Conséquence", "Abrasion avant-bras, douleur hanche droite – RX demandée"),
               ("Gravité", "C"), ("Déclarant", U.staff_name(rep, "fr"))]
    rows_en = [("Field", "Value"), ("Patient", name), ("Chart no.", mrn), ("Room", p.room),
               ("Type", "Fall during bed-to-chair transfer"),
               ("Outcome", "Forearm abrasion, right hip pain – X-ray ordered"),
               ("Severity", "C"), ("Reported by", U.staff_name(rep, "en"))]
    rows = rows_fr if lang == "fr" else rows_en
    import gen_mime as M
    if lang == "fr":
        subj = "Déclaration d'incident/accident AH-223 – %s" % p.room
        intro = "<p>Bonjour,</p><p>Déclaration soumise ce jour :</p>"
        outro = "<p>Famille avisée par téléphone. Suivi au comité de gestion des risques.</p>"
    else:
        subj = "Incident/accident report AH-223 – %s" % p.room
        intro = "<p>Hello,</p><p>Report submitted today:</p>"
        outro = "<p>Family notified by phone. Follow-up at the risk management committee.</p>"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body>\n%s\n%s\n%s\n</body></html>\n' % (intro, M.html_table(rows), outro))
    text = "\n".join("%s: %s" % x for x in rows[1:])
    return c.msg(lang, "incident", "incident report on a patient fall (HTML)", c.sa(rep, lang),
                 [c.sa(mgr, lang)], subj, text, html=html, body="html")


def team_meeting(c, lang):
    r = c.rng
    p = c.patient(lang)
    sw = U.STAFF[6]
    name = c.nm(p, lang)
    dx = c.dx(p, lang)
    c.t("social_information")
    fim = r.randrange(60, 100)
    if lang == "fr":
        soc = r.choice(["vit seul(e) au 2e étage sans ascenseur, conjoint(e) décédé(e) en janvier",
                        "prestataire d'aide sociale, bail résilié pour non-paiement",
                        "proche aidant épuisé, enfants à l'extérieur de la province"])
        subj = "Résumé rencontre interdisciplinaire"
        body = ("Bonjour à tous,\n\nRésumé de la rencontre de ce matin pour %s (%s).\n\n"
                "- MIF actuelle : %d\n- Situation sociale : %s\n- Orientation envisagée : "
                "ressource intermédiaire ou retour à domicile avec services CLSC\n- Prochaine "
                "rencontre famille : %s\n\n%s" % (
                    name, dx, fim, soc, U.day_fr(c.today), c.sig(sw, "fr")))
    else:
        soc = r.choice(["lives alone on a 2nd floor walk-up, spouse died in January",
                        "on social assistance, lease terminated for non-payment",
                        "caregiver burnout, children out of province"])
        subj = "Team conference summary"
        body = ("Hi all,\n\nSummary of this morning's conference for %s (%s).\n\n"
                "- Current FIM: %d\n- Social: %s\n- Discharge plan: intermediate resource or home "
                "with CLSC services\n- Next family meeting: %s\n\n%s" % (
                    name, dx, fim, soc, U.day_en(c.today), c.sig(sw, "en")))
    to = [c.sa(x, lang) for x in (U.STAFF[0], U.STAFF[4], U.STAFF[5])]
    return c.msg(lang, "team", "interdisciplinary meeting summary with social situation",
                 c.sa(sw, lang), to, subj, body)


def urodynamics(c, lang):
    r = c.rng
    p = c.patient(lang, prog="sci")
    uro = U.STAFF[29]
    phys = c.st(0, 1)
    name = c.nm(p, lang, r.choice(["upper_first", "full", "initial"]))
    c.t("lab_result", "diagnosis")
    med = c.meds(p, lang, 1)[0]
    if lang == "fr":
        subj = "Bilan urodynamique – %s" % r.choice(["résultats", "suivi", "conclusion"])
        body = ("Bonjour %s,\n\nBilan fait ce matin pour %s.\nCapacité cystométrique 280 mL, "
                "hyperactivité détrusorienne neurogène dès 150 mL, pressions jusqu'à 62 cmH2O, "
                "dyssynergie vésico-sphinctérienne.\n\nRecommandations : poursuivre CI q4h, "
                "ajouter %s, Botox intravésical à discuter si échec.\n\n%s" % (
                    phys[0], name, med, c.sig(uro, "fr")))
    else:
        subj = "Urodynamics – %s" % r.choice(["results", "follow-up", "impression"])
        body = ("Hi %s,\n\nStudy done this morning for %s.\nCystometric capacity 280 mL, neurogenic "
                "detrusor overactivity from 150 mL, pressures up to 62 cmH2O, DSD present.\n\n"
                "Recommend: continue IC q4h, add %s, consider intravesical Botox if "
                "this fails.\n\n%s" % (phys[0], name, med, c.sig(uro, "en")))
    return c.msg(lang, "consult", "urodynamic study results", c.sa(uro, lang), [c.sa(phys, lang)],
                 subj, body)
