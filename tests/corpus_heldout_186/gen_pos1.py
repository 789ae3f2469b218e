"""Positive scenarios, part 1: blood exposures, TB, outbreaks, violence, handling, CNESST."""
import gen_common as C
import gen_docs as D
from gen_scen import (SST_BOX_EN, SST_BOX_FR, html_doc, html_table, outlook_block, p_html, quote_block, spec,
                      text_table)


def exposure_source(ctx):
    """SST nurse asks for source-patient testing after a needlestick."""
    r = ctx.rng
    nurse = ctx.staff()
    worker = ctx.staff(role="")
    md = ctx.staff(role="")
    use_nam = r.random() < 0.5
    p = ctx.nam_patient(16) if use_nam else ctx.patient()
    unit = ctx.pick(C.UNITS_FR, C.UNITS_EN)
    room = r.randint(301, 540)
    dx = ctx.pick(C.SOURCE_DX_FR, C.SOURCE_DX_EN)
    ctx.t("diagnosis")
    nm = ctx.name(p)
    mrn = ctx.mrn(p, force_fw=r.random() < 0.25)
    idline = ""
    if use_nam:
        idline = ctx.L("NAM : %s — DDN : %s — %s\n" % (ctx.nam(p), ctx.dob(p), ctx.sex_label(p)),
                       "RAMQ: %s - DOB: %s - %s\n" % (ctx.nam(p), ctx.dob(p), ctx.sex_label(p)))
    elif r.random() < 0.5:
        idline = ctx.L("DDN : %s\n" % ctx.dob(p), "DOB: %s\n" % ctx.dob(p))
    device = ctx.pick(["aiguille creuse (prélèvement veineux)", "lancette de glycémie", "aiguille à suture",
                       "éclaboussure muqueuse (oeil)"],
                      ["hollow-bore needle (venipuncture)", "glucometer lancet", "suture needle",
                       "mucosal splash (eye)"])
    if ctx.fr:
        subj = r.choice(["Exposition sang - demande sérologies patient source", "URGENT exposition percutanée %s" % unit,
                         "Demande de prélèvement patient source ch. %d" % room])
        text = (
            "Bonjour %s,\n\n"
            "Une employée de votre équipe (unité %s) a eu une exposition ce matin vers %dh%02d : %s.\n"
            "Le patient source est identifié :\n\n"
            "%s, dossier %s, chambre %d\n%s"
            "Antécédents pertinents selon le dossier : %s.\n\n"
            "Pourriez-vous obtenir son consentement et faire prélever AgHBs, anti-VHC et Ag/Ac VIH "
            "(+ ARN VHC si anti-VHC réactif)? La requête est déjà au labo sous le code EXPO.\n"
            "L'employée a été vue à la SST, la prophylaxie est en évaluation.\n\n"
            "Merci de me rappeler au poste 4127 dès que possible.\n\n%s"
        ) % (md["drs"], unit, r.randint(6, 11), r.randint(0, 59), device, nm, mrn, room, idline, dx, ctx.sig(nurse))
    else:
        subj = r.choice(["Blood exposure - source patient testing request", "URGENT percutaneous exposure %s" % unit,
                         "Source patient bloodwork, room %d" % room])
        text = (
            "Hi %s,\n\n"
            "One of your staff (unit %s) had an exposure this morning around %d:%02d: %s.\n"
            "The source patient has been identified:\n\n"
            "%s, MRN %s, room %d\n%s"
            "Relevant history per chart: %s.\n\n"
            "Could you obtain consent and order HBsAg, anti-HCV and HIV Ag/Ab (+ HCV RNA if anti-HCV reactive)? "
            "The requisition is already at the lab under code EXPO.\n"
            "The employee was seen in Occupational Health and PEP is being assessed.\n\n"
            "Please call me back at ext. 4127.\n\n%s"
        ) % (md["drs"], unit, r.randint(6, 11), r.randint(0, 59), device, nm, mrn, room, idline, dx, ctx.sig(nurse))
    atts = []
    if r.random() < 0.4:
        lines = [ctx.L("Formulaire - Exposition au sang et liquides biologiques", "Form - Blood and body fluid exposure"),
                 "", ctx.L("Section B - Patient source", "Section B - Source patient"),
                 ctx.L("Nom : ", "Name: ") + C.full(p), ctx.L("No dossier : ", "Chart no.: ") + p["mrn"],
                 ctx.L("Unité / chambre : ", "Unit / room: ") + "%s / %d" % (unit, room),
                 ctx.L("Facteurs de risque connus : ", "Known risk factors: ") + dx,
                 ctx.L("Consentement au prélèvement : à obtenir", "Consent for testing: pending"), "",
                 ctx.L("Section C - Employé exposé : voir dossier SST", "Section C - Exposed employee: see OH file")]
        atts.append({"filename": ctx.L("formulaire_exposition_%d.pdf", "exposure_form_%d.pdf") % room,
                     "ctype": D.CT["pdf"], "data": D.pdf(ctx.L("Exposition - patient source", "Exposure - source patient"),
                                                        lines, compress=r.random() < 0.7)})
    return spec(ctx, "exposure_source", ctx.L("demande sérologies patient source après piqûre",
                                              "source patient testing request after needlestick"),
                nurse, [md], subj, text, cc=[SST_BOX_FR if ctx.fr else SST_BOX_EN], attachments=atts)


def source_serology(ctx):
    """Lab or infection-control returns the source patient's results."""
    r = ctx.rng
    lab = ctx.staff(role=ctx.L("technologiste médicale, sérologie", "Medical technologist, serology"))
    nurse = ctx.staff()
    use_nam = r.random() < 0.35
    p = ctx.nam_patient(16) if use_nam else ctx.patient()
    ctx.t("lab_result")
    hcv_pos = r.random() < 0.5
    vl = "%.1f x 10^%d" % (r.uniform(1.1, 9.8), r.randint(4, 6))
    rows = [[ctx.L("Analyse", "Test"), ctx.L("Résultat", "Result")],
            ["AgHBs" if ctx.fr else "HBsAg", ctx.L("non réactif", "non-reactive")],
            ["anti-HBc", ctx.L("réactif", "reactive") if r.random() < 0.3 else ctx.L("non réactif", "non-reactive")],
            ["anti-VHC" if ctx.fr else "anti-HCV", ctx.L("RÉACTIF", "REACTIVE") if hcv_pos else ctx.L("non réactif", "non-reactive")],
            [ctx.L("Ag/Ac VIH", "HIV Ag/Ab"), ctx.L("non réactif", "non-reactive")]]
    if hcv_pos:
        rows.append([ctx.L("ARN VHC (TAAN)", "HCV RNA (NAAT)"), vl + " UI/mL"])
        ctx.t("diagnosis")
    where = r.choice(["subject", "body", "both", "none", "none"])
    if use_nam:
        where = "body"
    mrn = ctx.mrn(p, force_fw=where == "none" and r.random() < 0.5)
    nm = ctx.name(p) if where != "none" else ""
    ident = ""
    if use_nam:
        ident = ctx.L("%s — NAM %s — né(e) le %s — %s" % (nm, ctx.nam(p), ctx.dob(p), ctx.sex_label(p)),
                      "%s - RAMQ %s - DOB %s - %s" % (nm, ctx.nam(p), ctx.dob(p), ctx.sex_label(p)))
        where = "body"
    if ctx.fr:
        subj = ("Résultats patient source %s" % nm) if where in ("subject", "both") else "Résultats patient source - dossier %s" % mrn
        head = "Bonjour,\n\nVoici les résultats du patient source (dossier %s) pour l'exposition déclarée le %s.\n" % (mrn, ctx.dstr(2))
        if where in ("body", "both"):
            head += (ident or nm) + "\n"
        tail = ("\nARN VHC détectable : infection active. Le suivi de l'employée exposée doit inclure ARN VHC à 3 et 6 semaines.\n"
                if hcv_pos else "\nAucun marqueur détecté. Le suivi sérologique de l'employée peut être allégé selon le protocole.\n")
        tail += "\nLes résultats officiels suivront par le SIL.\n\n" + lab["given"] + "\n" + lab["role"] + "\nLaboratoire de microbiologie, poste 3310"
    else:
        subj = ("Source patient results %s" % nm) if where in ("subject", "both") else "Source patient results - MRN %s" % mrn
        head = "Hello,\n\nBelow are the source patient's results (MRN %s) for the exposure reported on %s.\n" % (mrn, ctx.dstr(2))
        if where in ("body", "both"):
            head += (ident or nm) + "\n"
        tail = ("\nHCV RNA detectable: active infection. The exposed employee's follow-up should include HCV RNA at 3 and 6 weeks.\n"
                if hcv_pos else "\nNo markers detected. The employee's serology follow-up can be reduced per protocol.\n")
        tail += "\nOfficial results will follow through the LIS.\n\n" + lab["given"] + "\n" + lab["role"] + "\nMicrobiology lab, ext. 3310"
    text = head + "\n" + text_table(rows) + "\n" + tail
    html = html_doc(p_html(head), html_table(rows), p_html(tail)) if r.random() < 0.5 else None
    return spec(ctx, "source_serology", ctx.L("résultats sérologiques du patient source", "source patient serology results"),
                lab, [nurse], subj, text, html=html)


def tb_contact(ctx):
    """TB contact tracing: index patient plus list of exposed employees (XLSX)."""
    r = ctx.rng
    ipc = ctx.staff(role=ctx.L("conseillère en prévention des infections", "Infection Prevention and Control Practitioner"))
    nurse = ctx.staff()
    use_nam = r.random() < 0.5
    p = ctx.nam_patient() if use_nam else ctx.patient()
    unit = ctx.pick(C.UNITS_FR, C.UNITS_EN)
    ctx.t("diagnosis", "lab_result")
    meds = r.random() < 0.6
    if meds:
        ctx.t("medication")
    staff_rows = []
    for _ in range(r.randint(5, 9)):
        s = ctx.people.staff()
        staff_rows.append([s["surname"].upper() + ", " + s["given"], r.choice(["inf.", "PAB", "inh.", "R2", "prépos.", "RN", "RT"]),
                           "%d min" % r.choice([15, 30, 45, 60, 120, 240]), r.choice(["N95", "N95", ctx.L("aucun", "none"), ctx.L("masque chir.", "surgical mask")])])
    header = [ctx.L("Employé", "Employee"), ctx.L("Titre", "Title"), ctx.L("Durée cumulée", "Cumulative time"), ctx.L("Protection", "PPE")]
    idx_rows = [[ctx.L("Nom", "Name"), ctx.L("Dossier", "Chart"), ctx.L("DDN", "DOB"), ctx.L("Sexe", "Sex"), "NAM",
                 ctx.L("Unité", "Unit"), ctx.L("Résultats", "Results")],
                [C.full(p), p["mrn"], p["dob"], p["sex"], p.get("nam", ""), unit,
                 ctx.L("BAAR 2+ expectoration; TAAN M. tuberculosis POSITIF", "AFB smear 2+; M. tuberculosis NAAT POSITIVE")]]
    ctx.t("patient_name", "mrn", "date_of_birth")
    ctx.ids.append(("mrn", p["mrn"]))
    if use_nam:
        ctx.t("ramq_nam")
        ctx.ids.append(("ramq_nam", p["nam"]))
    nm = ctx.name(p, ["upper_first", "title", "initial", "plain"])
    xl = D.xlsx([(ctx.L("Cas index", "Index case"), idx_rows), (ctx.L("Employés exposés", "Exposed staff"), [header] + staff_rows)])
    if ctx.fr:
        subj = r.choice(["Enquête de contacts TB - %s" % unit, "TB pulmonaire - liste des employés exposés", "Recherche de contacts tuberculose"])
        text = ("Bonjour %s,\n\n"
                "Confirmation ce matin d'une tuberculose pulmonaire active chez %s (dossier %s), unité %s, "
                "hospitalisé(e) du %s au %s sans précautions aériennes. Expectoration BAAR 2+, TAAN positif, sensible à la rifampicine.\n"
                "%s\n"
                "Vous trouverez ci-joint la liste des employés exposés (durée cumulée > 8 h ou intervention générant des aérosols). "
                "Pouvez-vous planifier les TCT de base et à 8 semaines?\n\n"
                "La DSPu est avisée.\n\n%s\n%s\nPrévention et contrôle des infections, poste 3402")
        text = text % (nurse["given"], nm, ctx.mrn(p), unit, ctx.dstr(12), ctx.dstr(3),
                       "Traitement débuté : isoniazide, rifampicine, pyrazinamide, éthambutol (RIPE) + pyridoxine." if meds else "",
                       C.full(ipc), ipc["role"])
    else:
        subj = r.choice(["TB contact investigation - %s" % unit, "Pulmonary TB - exposed staff list", "TB contact tracing"])
        text = ("Hi %s,\n\n"
                "Active pulmonary TB was confirmed this morning in %s (MRN %s), unit %s, admitted from %s to %s "
                "without airborne precautions. Sputum AFB 2+, NAAT positive, rifampin-susceptible.\n"
                "%s\n"
                "Attached is the list of exposed employees (cumulative time > 8 h or aerosol-generating procedure). "
                "Could you book baseline and 8-week TSTs?\n\n"
                "Public Health has been notified.\n\n%s\n%s\nInfection Prevention and Control, ext. 3402")
        text = text % (nurse["given"], nm, ctx.mrn(p), unit, ctx.dstr(12), ctx.dstr(3),
                       "Started on RIPE (isoniazid, rifampin, pyrazinamide, ethambutol) + pyridoxine." if meds else "",
                       C.full(ipc), ipc["role"])
    fn = ctx.L("contacts_TB_%s.xlsx", "TB_contacts_%s.xlsx") % ctx.day(0).strftime("%Y%m%d")
    return spec(ctx, "tb_contact", ctx.L("enquête de contacts tuberculose avec cas index", "TB contact tracing with index case"),
                ipc, [nurse], subj, text, attachments=[{"filename": fn, "ctype": D.CT["xlsx"], "data": xl}])


def outbreak_linelist(ctx):
    """Outbreak line list of patients (CSV or XLSX or HTML table)."""
    r = ctx.rng
    ipc = ctx.staff(role=ctx.L("conseillère PCI", "IPAC Practitioner"))
    nurse = ctx.staff()
    unit = ctx.pick(C.UNITS_FR, C.UNITS_EN)
    bug = r.choice(["flu", "covid", "noro", "rsv"])
    names = {"flu": ("influenza A", "Influenza A"), "covid": ("COVID-19", "COVID-19"),
             "noro": ("norovirus", "norovirus"), "rsv": ("VRS", "RSV")}
    bugname = names[bug][0 if ctx.fr else 1]
    test = {"flu": "TAAN influenza A", "covid": "TAAN SRAS-CoV-2", "noro": ctx.L("TAAN norovirus GII (selles)", "norovirus GII PCR (stool)"),
            "rsv": "TAAN VRS"}[bug]
    if not ctx.fr:
        test = test.replace("TAAN", "PCR").replace("SRAS", "SARS").replace("VRS", "RSV")
    ctx.t("patient_name", "diagnosis", "lab_result", "date_of_birth")
    rows = [[ctx.L("Ch.", "Room"), ctx.L("Nom", "Name"), ctx.L("DDN", "DOB"), ctx.L("Sexe", "Sex"), "NAM",
             ctx.L("Début sx", "Onset"), ctx.L("Symptômes", "Symptoms"), test, ctx.L("Statut", "Status")]]
    n = r.randint(4, 7)
    with_nam = r.random() < 0.5
    for i in range(n):
        if with_nam and i < 2:
            p = ctx.nam_patient(55)
            ctx.t("ramq_nam")
            ctx.ids.append(("ramq_nam", p["nam"]))
            nam = p["nam"]
        else:
            p = ctx.patient(lo=1928, hi=1960)
            nam = ""
        if bug == "noro":
            sx = r.choice([ctx.L("diarrhée, vomissements", "diarrhoea, vomiting"), ctx.L("vomissements x4", "vomiting x4"),
                           ctx.L("diarrhée aqueuse", "watery diarrhoea")])
        else:
            sx = r.choice([ctx.L("fièvre, toux", "fever, cough"), ctx.L("toux, désaturation 89 %", "cough, SpO2 89%"),
                           ctx.L("fièvre 38,6", "T 38.6"), ctx.L("myalgies, toux", "myalgia, cough")])
        res = r.choice([ctx.L("POSITIF", "POSITIVE"), ctx.L("POSITIF", "POSITIVE"), ctx.L("en attente", "pending"), ctx.L("négatif", "negative")])
        st = r.choice([ctx.L("isolement", "isolation"), ctx.L("transféré SI", "transferred ICU"), ctx.L("rétabli", "recovered"),
                       ctx.L("décédé", "deceased") if r.random() < 0.2 else ctx.L("isolement", "isolation")])
        rows.append([str(r.randint(201, 260)), p["surname"].upper() + " " + p["given"], p["dob"], p["sex"], nam,
                     ctx.dstr(r.randint(1, 6), "num"), sx, res, st])
    staff_aff = r.randint(1, 5)
    fmt = r.choice(["csv", "xlsx", "html"])
    if ctx.fr:
        subj = "Éclosion %s %s - liste linéaire à jour" % (bugname, unit)
        body = ("Bonjour,\n\nMise à jour de la liste linéaire de l'éclosion de %s au %s. "
                "%d employés symptomatiques à ce jour, retirés selon la directive (la SST fait le suivi).\n\n"
                "%s\n\nMerci de ne pas transférer hors du comité d'éclosion.\n\n%s\n%s")
        where = {"csv": "Liste en pièce jointe (CSV).", "xlsx": "Liste en pièce jointe.", "html": "Liste ci-dessous."}[fmt]
        body = body % (bugname, unit, staff_aff, where, C.full(ipc), ipc["role"])
    else:
        subj = "%s outbreak %s - updated line list" % (bugname, unit)
        body = ("Hello,\n\nUpdated line list for the %s outbreak on %s. "
                "%d symptomatic staff so far, off work per directive (Occupational Health is following).\n\n"
                "%s\n\nPlease do not forward outside the outbreak committee.\n\n%s\n%s")
        where = {"csv": "List attached (CSV).", "xlsx": "List attached.", "html": "List below."}[fmt]
        body = body % (bugname, unit, staff_aff, where, C.full(ipc), ipc["role"])
    atts = []
    html = None
    text = body
    if fmt == "csv":
        atts.append({"filename": ctx.L("liste_lineaire_eclosion.csv", "outbreak_line_list.csv"), "ctype": D.CT["csv"],
                     "text": D.csv_text(rows, sep=r.choice([";", ","])), "charset": r.choice(["utf-8", "windows-1252"]) if ctx.fr else None})
    elif fmt == "xlsx":
        atts.append({"filename": ctx.L("LL_eclosion_%s.xlsx", "LL_outbreak_%s.xlsx") % bug, "ctype": D.CT["xlsx"],
                     "data": D.xlsx([(ctx.L("Usagers", "Patients"), rows)])})
    else:
        parts = body.split("\n\n")
        html = html_doc(p_html("\n\n".join(parts[:2])), html_table(rows), p_html("\n\n".join(parts[2:])))
        text = "\n\n".join(parts[:2]) + "\n\n" + text_table(rows) + "\n\n" + "\n\n".join(parts[2:])
    return spec(ctx, "outbreak_linelist", ctx.L("liste linéaire d'éclosion avec usagers", "outbreak line list with patients"),
                ipc, [nurse, SST_BOX_FR if ctx.fr else SST_BOX_EN], subj, text, html=html, attachments=atts)


def violence_incident(ctx):
    """Workplace violence report that names the aggressive patient and his treatment."""
    r = ctx.rng
    adv = ctx.staff()
    mgr = ctx.staff(role=ctx.L("chef d'unité", "Nurse Manager"))
    victim = ctx.people.staff()
    p = ctx.patient(lo=1960, hi=2003, sex="M")
    dx = ctx.pick(["schizophrénie paranoïde, non adhérent", "psychose induite (méthamphétamines)", "trouble bipolaire, épisode maniaque",
                   "délirium post-op, démence mixte"],
                  ["paranoid schizophrenia, non-adherent", "substance-induced psychosis (methamphetamine)",
                   "bipolar disorder, manic episode", "post-op delirium on mixed dementia"])
    drug = ctx.pick(C.DRUGS_PSY, C.DRUGS_PSY_EN)
    ctx.t("diagnosis", "medication")
    anon = r.random() < 0.3
    nm = ctx.L("l'usager", "the patient") if anon else ctx.name(p)
    room = r.randint(501, 530)
    mrn_txt = ""
    if anon or r.random() < 0.6:
        mrn_txt = ctx.L(" (dossier %s)", " (chart %s)") % ctx.mrn(p)
    if ctx.fr:
        subj = r.choice(["Événement de violence - code blanc %s" % ctx.dstr(1), "Déclaration agression - %s" % victim["given"],
                         "Suivi code blanc ch. %d" % room])
        orig = ("Bonjour,\n\nLors du code blanc d'hier soir (ch. %d), %s a reçu des coups au visage et au poignet droit.\n"
                "Patient impliqué : %s%s, %s. Il avait refusé sa médication orale; %s administré après l'intervention.\n"
                "Quart terminé malgré tout; consultation prévue ce matin.\n\n%s\n%s") % (
            room, C.full(victim), nm, mrn_txt, dx, drug, C.full(mgr), mgr["role"])
        text = ("Merci %s. J'ouvre le dossier d'accident (formulaire SST-07) et j'appelle %s pour l'ADR. "
                "Pour le plan de sécurité, pouvez-vous inscrire au dossier le risque de violence et le PDSB pour les soins?\n\n%s\n\n%s") % (
            mgr["given"], victim["given"], ctx.sig(adv), quote_block(ctx, mgr, orig))
    else:
        subj = r.choice(["Workplace violence event - code white %s" % ctx.dstr(1), "Assault report - %s" % victim["given"],
                         "Code white follow-up room %d" % room])
        orig = ("Hello,\n\nDuring last night's code white (room %d), %s was punched in the face and right wrist.\n"
                "Patient involved: %s%s, %s. He had refused oral meds; %s given after the intervention.\n"
                "Shift was completed; a medical visit is planned this morning.\n\n%s\n%s") % (
            room, C.full(victim), nm, mrn_txt, dx, drug, C.full(mgr), mgr["role"])
        text = ("Thanks %s. I'm opening the accident file (form OHS-07) and will call %s about the incident report. "
                "For the safety plan, could you flag the violence risk in the chart and the care approach?\n\n%s\n\n%s") % (
            mgr["given"], victim["given"], ctx.sig(adv), quote_block(ctx, mgr, orig))
    return spec(ctx, "violence_incident", ctx.L("suivi code blanc nommant le patient agresseur", "code white follow-up naming the patient"),
                adv, [mgr], "RE: " + subj, text)


def patient_handling(ctx):
    """Back injury while moving a named heavy patient; ergonomist asks for lift plan."""
    r = ctx.rng
    erg = ctx.staff(role=ctx.L("conseiller en ergonomie", "Ergonomics Advisor"))
    mgr = ctx.staff(role=ctx.L("assistante infirmière-chef", "Assistant Nurse Manager"))
    victim = ctx.people.staff()
    p = ctx.patient(lo=1940, hi=1985)
    kg = r.randint(118, 176)
    dx = ctx.pick(["hémiplégie gauche post-AVC", "SLA avancée", "obésité morbide, IMC 52, ulcère sacré stade 3",
                   "paraplégie T10, spasticité importante", "Parkinson avancé avec rigidité"],
                  ["left hemiplegia post-stroke", "advanced ALS", "morbid obesity, BMI 52, stage 3 sacral ulcer",
                   "T10 paraplegia with marked spasticity", "advanced Parkinson's with rigidity"])
    ctx.t("diagnosis")
    nm = ctx.name(p, ["plain", "title", "upper_first", "lower", "initial"])
    room = r.randint(201, 460)
    roster = r.random() < 0.5
    if ctx.fr:
        subj = "Accident PAB - transfert lit-fauteuil ch. %d" % room
        line = ("%d | %s | %d kg | %s" % (room, nm, kg, dx)) if roster else ("%s (ch. %d), %d kg, %s" % (nm, room, kg, dx))
        text = ("Bonjour %s,\n\n%s (préposé(e) aux bénéficiaires) s'est blessé(e) au bas du dos hier en transférant seul(e) l'usager suivant :\n\n%s\n\n"
                "Le lève-personne sur rail de la chambre était hors service (bon de travail ouvert). "
                "Pouvez-vous venir évaluer la situation et proposer un plan de déplacement sécuritaire (2 personnes + toile)? "
                "Arrêt de travail en cours, consultation à la clinique SST jeudi.\n\nMerci,\n%s\n%s") % (
            erg["given"], C.full(victim), line, C.full(mgr), mgr["role"])
    else:
        subj = "PAB injury - bed-to-chair transfer room %d" % room
        line = ("%d | %s | %d kg | %s" % (room, nm, kg, dx)) if roster else ("%s (room %d), %d kg, %s" % (nm, room, kg, dx))
        text = ("Hi %s,\n\n%s (PAB) hurt their lower back yesterday transferring this patient alone:\n\n%s\n\n"
                "The ceiling lift in that room was out of service (work order open). "
                "Could you come assess and propose a safe handling plan (2 staff + sling)? "
                "Off work now, with an Occupational Health appointment Thursday.\n\nThanks,\n%s\n%s") % (
            erg["given"], C.full(victim), line, C.full(mgr), mgr["role"])
    return spec(ctx, "patient_handling", ctx.L("blessure au dos lors du transfert d'un usager nommé", "back injury moving a named patient"),
                mgr, [erg], subj, text)


def cnesst_attestation(ctx):
    """Occupational medicine clinic: CNESST medical report for an external worker-patient."""
    r = ctx.rng
    md = ctx.staff(role=ctx.L("médecin, clinique de médecine du travail", "Physician, Occupational Medicine Clinic"))
    clerk = ctx.staff(role=ctx.L("agente administrative, archives médicales", "Medical Records Clerk"))
    p = ctx.nam_patient(18, 70)
    dx, rx = ctx.pick([("fracture du 5e métacarpien droit", "acétaminophène 1 g QID, ibuprofène 400 mg TID"),
                       ("entorse lombaire avec radiculopathie L5", "naproxène 500 mg BID, cyclobenzaprine 10 mg HS"),
                       ("lacération tendineuse fléchisseur index G, suturée", "céfalexine 500 mg QID x 7 j"),
                       ("brûlure chimique 2e degré avant-bras", "sulfadiazine d'argent 1 % die")],
                      [("right 5th metacarpal fracture", "acetaminophen 1 g QID, ibuprofen 400 mg TID"),
                       ("lumbar sprain with L5 radiculopathy", "naproxen 500 mg BID, cyclobenzaprine 10 mg qhs"),
                       ("left index flexor tendon laceration, repaired", "cephalexin 500 mg QID x 7 d"),
                       ("2nd-degree chemical burn, forearm", "silver sulfadiazine 1% daily")])
    ctx.t("diagnosis", "medication", "patient_name", "date_of_birth")
    sin = ctx.sin()
    nam = ctx.nam(p)
    employer = r.choice(["Coffrages Laurentiens inc.", "Entrepôts Boréal ltée", "Scierie du Lac-Brûlé", "Transport Mont-Gravel"])
    lines = [ctx.L("ATTESTATION MÉDICALE - CNESST (copie clinique)", "MEDICAL CERTIFICATE - CNESST (clinic copy)"), "",
             ctx.L("Travailleur : ", "Worker: ") + p["surname"].upper() + ", " + p["given"],
             ctx.L("Date de naissance : ", "Date of birth: ") + p["dob"] + "    " + ctx.sex_label(p),
             "NAM : " + nam, ctx.L("NAS : ", "SIN: ") + sin,
             ctx.L("Employeur : ", "Employer: ") + employer,
             ctx.L("Date de l'événement : ", "Date of event: ") + ctx.dstr(9, "num"), "",
             ctx.L("Diagnostic : ", "Diagnosis: ") + dx, ctx.L("Traitement : ", "Treatment: ") + rx,
             ctx.L("Consolidation prévue : 6 semaines. Assignation temporaire : oui, sans usage de la main.",
                   "Expected consolidation: 6 weeks. Temporary assignment: yes, no use of the hand."), "",
             ctx.L("Médecin : ", "Physician: ") + md["dr"] + " " + C.full(md)]
    slug = C.fold(p["surname"]).replace(" ", "")
    fn = ctx.L("attestation_CNESST_%s.pdf", "CNESST_certificate_%s.pdf") % slug
    pdfb = D.pdf(ctx.L("Attestation médicale", "Medical certificate"), lines, compress=r.random() < 0.6,
                 footer=C.ORG_FR + " - " + C.ORG_PHONE)
    where = r.choice(["pdf", "docx", "body"])
    atts = []
    if ctx.fr:
        subj = r.choice(["Attestation médicale CNESST à transmettre", "Copie attestation - travailleur vu à la clinique",
                         "Documents CNESST - %s" % p["surname"]])
        intro = "Bonjour %s,\n\nPouvez-vous transmettre l'attestation médicale ci-dessous à la CNESST et en verser une copie au dossier?\n" % clerk["given"]
        outro = "\nMerci!\n\n%s\n%s\nClinique de médecine du travail, %s" % (C.full(md), md["role"], C.ORG_FR)
    else:
        subj = r.choice(["CNESST medical certificate to send", "Certificate copy - worker seen at clinic",
                         "CNESST documents - %s" % p["surname"]])
        intro = "Hi %s,\n\nCould you send the medical certificate below to CNESST and file a copy in the chart?\n" % clerk["given"]
        outro = "\nThanks!\n\n%s\n%s\nOccupational Medicine Clinic, %s" % (C.full(md), md["role"], C.ORG_EN)
    if where == "body":
        text = intro + "\n" + "\n".join(lines) + "\n" + outro
    elif where == "pdf":
        text = intro.replace(ctx.L("ci-dessous", "ci-dessous"), ctx.L("ci-jointe", "attached")).replace("below", "attached") + outro
        atts.append({"filename": fn, "ctype": D.CT["pdf"], "data": pdfb})
    else:
        text = intro.replace("ci-dessous", "ci-jointe").replace("below", "attached") + outro
        atts.append({"filename": fn.replace(".pdf", ".docx"), "ctype": D.CT["docx"],
                     "data": D.docx(lines[2:], title=lines[0])})
    return spec(ctx, "cnesst_attestation", ctx.L("attestation médicale CNESST d'un travailleur-patient", "CNESST medical certificate for a worker-patient"),
                md, [clerk], subj, text, attachments=atts)


SCENARIOS = [exposure_source, source_serology, tb_contact, outbreak_linelist, violence_incident, patient_handling,
             cnesst_attestation]
