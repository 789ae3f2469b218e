"""Positive scenarios, part 3: forwarded .eml, file-name-only, subject-only, census, foreign ids, social."""
import random

import gen_common as C
import gen_docs as D
import gen_mime as M
from gen_scen import (SST_BOX_EN, SST_BOX_FR, html_doc, html_table, outlook_block, p_html, quote_block, spec,
                      text_table)


def fwd_lab_eml(ctx):
    """Critical lab result about the source patient, forwarded as an attached message."""
    r = ctx.rng
    nurse = ctx.staff()
    md = ctx.staff(role=ctx.L("médecin responsable, santé au travail", "Occupational Health Physician"))
    use_nam = r.random() < 0.5
    p = ctx.nam_patient(16) if use_nam else ctx.patient()
    ctx.t("patient_name", "lab_result", "mrn")
    ctx.ids.append(("mrn", p["mrn"]))
    extra = ""
    if use_nam:
        ctx.t("ramq_nam", "date_of_birth")
        ctx.ids.append(("ramq_nam", p["nam"]))
        extra = ctx.L("NAM %s / DDN %s / %s\n", "RAMQ %s / DOB %s / %s\n") % (C.fmt_nam(r, p["nam"]), p["dob"], ctx.sex_label(p))
    res = r.choice(["hcv", "hbv", "hiv"])
    if res == "hcv":
        line = ctx.L("Anti-VHC : RÉACTIF (S/CO 11,4)\nARN VHC : 1,8 x 10^6 UI/mL", "Anti-HCV: REACTIVE (S/CO 11.4)\nHCV RNA: 1.8 x 10^6 IU/mL")
    elif res == "hbv":
        line = ctx.L("AgHBs : RÉACTIF\nAgHBe : réactif\nADN VHB : 3,2 x 10^7 UI/mL", "HBsAg: REACTIVE\nHBeAg: reactive\nHBV DNA: 3.2 x 10^7 IU/mL")
    else:
        line = ctx.L("Ag/Ac VIH : RÉACTIF - confirmation LSPQ en cours", "HIV Ag/Ab: REACTIVE - confirmation pending at reference lab")
    ctx.t("diagnosis")
    inner_from = ("SIL Laboratoire", "sil-resultats@" + C.ORG_DOMAIN) if ctx.fr else ("LIS Laboratory", "lis-results@" + C.ORG_DOMAIN)
    isubj = ctx.L("Résultat critique - %s %s", "Critical result - %s %s") % (p["surname"].upper(), p["given"])
    ibody = ctx.L("Résultat critique transmis automatiquement.\n\nPatient : %s, %s\nDossier : %s\n%s\n%s\n\nRequérant : SST (code EXPO)\n",
                  "Automatically transmitted critical result.\n\nPatient: %s, %s\nChart: %s\n%s\n%s\n\nOrdering: OH (code EXPO)\n") % (
        p["surname"].upper(), p["given"], p["mrn"], extra.rstrip("\n"), line)
    inner = {"from": inner_from, "to": [pair_of(nurse)], "cc": [], "subject": isubj, "text": ibody, "html": None,
             "attachments": [], "date": ctx.date.replace(hour=max(ctx.date.hour - 2, 0))}
    itr = {"rng": random.Random(ctx.index), "mode": "plain", "charset": "utf-8", "cte": r.choice(["quoted-printable", "base64"]),
           "eol": "\n", "hdr_charset": "utf-8", "hdr_mode": "Q", "fn_style": "plain", "mailer": None}
    inner_bytes = M.build(inner, itr, "inner%d" % ctx.index)
    if ctx.fr:
        subj = "TR: Résultat critique patient source"
        text = "%s,\n\nPour votre décision concernant la prophylaxie de l'employée exposée hier. Le message du labo est joint.\n\n%s" % (md["drs"], ctx.sig(nurse))
    else:
        subj = "FW: Critical result source patient"
        text = "%s,\n\nFor your decision on PEP for the employee exposed yesterday. The lab message is attached.\n\n%s" % (md["drs"], ctx.sig(nurse))
    fn = r.choice([None, "resultat.eml", "Résultat critique.eml"]) if ctx.fr else r.choice([None, "result.eml"])
    return spec(ctx, "fwd_lab_eml", ctx.L("résultat critique du patient source transféré en pièce jointe .eml",
                                          "source patient critical result forwarded as .eml"),
                nurse, [md], subj, text, attachments=[{"filename": fn, "ctype": "message/rfc822", "data": inner_bytes}])


def pair_of(p):
    return (C.full(p), p["email"])


def filename_only(ctx):
    """Name appears only in the attachment's file name; content has results."""
    r = ctx.rng
    nurse = ctx.staff()
    md = ctx.staff(role="")
    p = ctx.patient()
    ctx.t("patient_name", "lab_result")
    ftype = r.choice(["pdf", "docx", "xlsx"])
    rows = [[ctx.L("Analyse", "Test"), ctx.L("Résultat", "Result"), ctx.L("Date", "Date")],
            ["anti-VHC" if ctx.fr else "anti-HCV", ctx.L("réactif", "reactive"), ctx.dstr(1, "num")],
            [ctx.L("ARN VHC", "HCV RNA"), "640 000 UI/mL", ctx.dstr(0, "num")],
            ["ALT", "88 U/L", ctx.dstr(1, "num")]]
    ctx.t("diagnosis")
    base = "%s_%s_%s" % (ctx.L("patient_source", "source_patient"), C.fold(p["surname"]).capitalize(), p["given"])
    if r.random() < 0.5:
        base = "%s %s - %s" % (p["surname"].upper(), p["given"], ctx.L("sérologies VHC", "HCV serology"))
    if ftype == "pdf":
        data = D.pdf(ctx.L("Résultats - patient source", "Results - source patient"),
                     [" | ".join(x) for x in rows], compress=True)
    elif ftype == "docx":
        data = D.docx([ctx.L("Résultats du patient source (exposition SST)", "Source patient results (OH exposure)")], table=rows)
    else:
        data = D.xlsx([("res", rows)])
    fn = base + "." + ftype
    if ctx.fr:
        subj = r.choice(["Résultats pour le dossier d'exposition", "Sérologies - suivi exposition", "Pour ton suivi"])
        text = "Bonjour,\n\nCi-joint ce que le labo m'a envoyé pour le dossier d'exposition de jeudi. À classer dans le dossier SST de l'employée.\n\n%s" % nurse["given"]
    else:
        subj = r.choice(["Results for the exposure file", "Serology - exposure follow-up", "For your follow-up"])
        text = "Hi,\n\nAttached is what the lab sent me for Thursday's exposure file. To be filed in the employee's OH record.\n\n%s" % nurse["given"]
    return spec(ctx, "filename_only", ctx.L("nom du patient source seulement dans le nom du fichier", "source patient named only in file name"),
                nurse, [md], subj, text, attachments=[{"filename": fn, "ctype": D.CT[ftype], "data": data}],
                forced={"fn_style": "2231"} if r.random() < 0.5 else None)


def subject_only(ctx):
    """Name appears only in the Subject; body carries the clinical content."""
    r = ctx.rng
    ipc = ctx.staff(role=ctx.L("conseillère PCI", "IPAC Practitioner"))
    nurse = ctx.staff()
    p = ctx.patient(lo=1930, hi=1965)
    ctx.t("patient_name", "diagnosis")
    room = r.randint(201, 470)
    nm = ctx.name(p, ["title", "plain", "upper_first", "lower"])
    bug = ctx.pick(["C. difficile (toxine +)", "SARM (dépistage nasal +)", "ERV", "EPC (OXA-48)", "zona disséminé"],
                   ["C. difficile (toxin +)", "MRSA (nasal screen +)", "VRE", "CPE (OXA-48)", "disseminated zoster"])
    ctx.t("lab_result") if "+" in bug or "OXA" in bug else None
    if ctx.fr:
        subj = "RE: %s – ch. %d – %s" % (nm, room, bug)
        text = ("Oui, précautions contact renforcées maintenues jusqu'à 72 h sans diarrhée. "
                "Pour les deux employées enceintes de l'équipe : pas de restriction particulière, port de blouse et gants suffit. "
                "Je fais le rappel au caucus de 14 h.\n\n%s") % ipc["given"]
        if "zona" in bug:
            text = ("Pour le zona disséminé, seuls les employés immuns à la varicelle devraient entrer. "
                    "J'envoie la liste des employés non immuns à la SST pour vérification.\n\n%s") % ipc["given"]
    else:
        subj = "RE: %s - room %d - %s" % (nm, room, bug)
        text = ("Yes, enhanced contact precautions until 72 h without diarrhoea. "
                "For the two pregnant staff on the team: no special restriction, gown and gloves are enough. "
                "I'll remind everyone at the 2 pm huddle.\n\n%s") % ipc["given"]
        if "zoster" in bug:
            text = ("For disseminated zoster, only varicella-immune staff should go in. "
                    "I'm sending the list of non-immune staff to Occupational Health to check.\n\n%s") % ipc["given"]
    return spec(ctx, "subject_only", ctx.L("patient nommé seulement dans l'objet", "patient named only in subject"),
                ipc, [nurse], subj, text)


def census_outbreak(ctx):
    """Unit census pasted (room, name, problem) for outbreak staffing."""
    r = ctx.rng
    mgr = ctx.staff(role=ctx.L("chef d'unité", "Nurse Manager"))
    nurse = ctx.staff()
    unit = ctx.pick(["3e Nord", "2e Ouest", "4e Sud", "Pavillon B"], ["3 North", "2 West", "4 South", "Pavilion B"])
    ctx.t("patient_name", "diagnosis")
    lines = []
    for _ in range(r.randint(5, 8)):
        p = ctx.patient(lo=1930, hi=1970)
        prob = ctx.pick(["COVID+ J3, O2 2 L", "COVID+ J5, stable", "contact, TAAN nég J1", "pneumonie, COVID nég",
                         "MPOC exacerbée, COVID+", "chute, fx hanche op J2", "IVU, délirium"],
                        ["COVID+ D3, O2 2 L", "COVID+ D5, stable", "contact, PCR neg D1", "pneumonia, COVID neg",
                         "COPD exacerbation, COVID+", "fall, hip fx POD2", "UTI, delirium"])
        nm = C.name_variant(r, p, ctx.lang, ["upper_first", "comma", "initial", "lower"])
        lines.append("%d-%s  %s  %s" % (r.randint(201, 240), r.choice("AB"), nm, prob))
    ctx.t("lab_result")
    if ctx.fr:
        subj = "Liste de l'unité %s - cohorte COVID (pour planif. employés)" % unit
        text = ("Allo %s,\n\nComme demandé, voici le recensement de ce matin pour que tu puisses juger quels employés "
                "ont été exposés sans N95 dans la cohorte :\n\n%s\n\n"
                "4 employés ont déclaré des symptômes depuis lundi. Je t'envoie leurs noms à part.\n\n%s") % (
            nurse["given"], "\n".join(lines), mgr["given"])
    else:
        subj = "%s census - COVID cohort (for staff planning)" % unit
        text = ("Hi %s,\n\nAs requested, here's this morning's census so you can judge which staff were exposed "
                "without N95 in the cohort:\n\n%s\n\n"
                "4 staff reported symptoms since Monday. I'll send their names separately.\n\n%s") % (
            nurse["given"], "\n".join(lines), mgr["given"])
    return spec(ctx, "census_outbreak", ctx.L("recensement d'unité (chambre, nom, problème) en éclosion", "unit census (room, name, problem) in outbreak"),
                mgr, [nurse], subj, text)


def pregnant_worker_exposure(ctx):
    r = ctx.rng
    md = ctx.staff(role=ctx.L("médecin responsable, santé au travail", "Occupational Health Physician"))
    ped = ctx.staff(role="")
    worker = ctx.people.staff(sex="F")
    use_nam = r.random() < 0.5
    p = ctx.nam_patient() if use_nam else ctx.patient(lo=2019, hi=2023)
    ctx.t("patient_name", "diagnosis", "lab_result", "date_of_birth")
    bug, res = ctx.pick([("infection à parvovirus B19", "IgM parvovirus B19 positives"),
                         ("CMV congénital", "TAAN CMV urinaire positif"),
                         ("varicelle", "TAAN VZV (vésicule) positif")],
                        [("parvovirus B19 infection", "parvovirus B19 IgM positive"),
                         ("congenital CMV", "urine CMV NAAT positive"),
                         ("chickenpox", "VZV NAAT (vesicle) positive")])
    ident = "%s, %s %s" % (ctx.name(p, ["plain", "upper_first"]), ctx.L("né(e) le", "born"), C.fmt_date(r, p["dob"], ctx.lang))
    if use_nam:
        ident += ctx.L(" (NAM %s, %s)", " (RAMQ %s, %s)") % (ctx.nam(p), ctx.sex_label(p))
    else:
        ident += ctx.L(", dossier %s", ", chart %s") % ctx.mrn(p)
    if ctx.fr:
        subj = "Travailleuse enceinte exposée - besoin précisions sur l'usager"
        text = ("Bonjour %s,\n\n%s, infirmière au 2e (enceinte de 19 semaines), a donné des soins sans masque à :\n%s\n"
                "hospitalisé(e) pour %s (%s le %s).\n\n"
                "Pouvez-vous me confirmer la date de début de l'éruption? J'en ai besoin pour évaluer la période de contagiosité "
                "et le retrait préventif de l'employée.\n\n%s") % (ped["drs"], C.full(worker), ident, bug, res, ctx.dstr(2), ctx.sig(md))
    else:
        subj = "Pregnant worker exposed - need details on the patient"
        text = ("%s,\n\n%s, a nurse on 2nd floor (19 weeks pregnant), gave care without a mask to:\n%s\n"
                "admitted for %s (%s on %s).\n\n"
                "Can you confirm when the rash started? I need it to assess the contagious period "
                "and the employee's preventive withdrawal.\n\n%s") % (ped["drs"], C.full(worker), ident, bug, res, ctx.dstr(2), ctx.sig(md))
    return spec(ctx, "pregnant_worker_exposure", ctx.L("travailleuse enceinte exposée à un usager nommé", "pregnant worker exposed to a named patient"),
                md, [ped], subj, text)


def ontario_transfer(ctx):
    r = ctx.rng
    ipc = ctx.staff(role=ctx.L("conseillère PCI", "IPAC Practitioner"))
    nurse = ctx.staff()
    p = ctx.patient(lo=1940, hi=1975)
    ctx.t("patient_name", "date_of_birth", "diagnosis", "lab_result")
    ohn = ctx.ohn()
    nm = ctx.name(p, ["upper_first", "plain", "title"])
    src_hosp = r.choice(["Rideau Valley General Hospital", "Eastern Counties Health Centre", "Carleton Ridge Memorial"])
    org, short = ctx.pick([("EPC (NDM-1, K. pneumoniae)", "EPC"), ("C. auris (dépistage aisselle/aine +)", "C. auris")],
                          [("CPE (NDM-1, K. pneumoniae)", "CPE"), ("C. auris (axilla/groin screen +)", "C. auris")])
    if ctx.fr:
        subj = "Transfert de l'Ontario - %s - dépistage des employés?" % short
        text = ("Bonjour %s,\n\nNous avons reçu hier en transfert de %s :\n%s, DDN %s, carte Santé Ontario %s\n"
                "Porteur de %s, connu depuis son séjour là-bas. Placé en chambre privée au 4e Sud seulement ce matin.\n\n"
                "Aucun dépistage des employés n'est requis selon notre protocole, mais l'unité demande une séance d'information. "
                "Peux-tu m'aider à l'organiser?\n\n%s\n%s") % (nurse["given"], src_hosp, nm, ctx.dob(p), ohn, org, C.full(ipc), ipc["role"])
    else:
        subj = "Transfer from Ontario - %s - staff screening?" % short
        text = ("Hi %s,\n\nWe received a transfer yesterday from %s:\n%s, DOB %s, Ontario health card %s\n"
                "Carrier of %s, known since the stay there. Moved to a private room on 4 South only this morning.\n\n"
                "No staff screening is required under our protocol, but the unit wants an information session. "
                "Can you help me set it up?\n\n%s\n%s") % (nurse["given"], src_hosp, nm, ctx.dob(p), ohn, org, C.full(ipc), ipc["role"])
    return spec(ctx, "ontario_transfer", ctx.L("transfert ontarien porteur d'EPC avec numéro de carte santé", "Ontario transfer with resistant organism and health number"),
                ipc, [nurse], subj, text)


def belgian_measles(ctx):
    r = ctx.rng
    md = ctx.staff(role=ctx.L("médecin responsable, santé au travail", "Occupational Health Physician"))
    dsp = ("Santé publique - maladies infectieuses", "mi-vigie@dspu-hautes-rivieres.example")
    p = ctx.people.belgian()
    p["dob"] = C.rand_dob(r, 1975, 1998)
    ctx.t("patient_name", "date_of_birth", "diagnosis", "lab_result")
    niss = ctx.niss(p)
    nm = ctx.name(p, ["plain", "upper_first", "title"])
    contacts = []
    if r.random() < 0.6:
        ctx.t("patient_contact")
        for _ in range(r.randint(2, 4)):
            q = ctx.patient(lo=1950, hi=2020)
            contacts.append("%s %s, %s" % (q["given"], q["surname"], C.phone(r)))
    if ctx.fr:
        subj = "Rougeole confirmée - touriste belge vue à l'urgence"
        text = ("Bonjour,\n\nDéclaration MADO : %s, DDN %s, NISS belge %s, touriste séjournant à Mont-Gravel, "
                "vue à l'urgence le %s entre 14 h et 19 h. IgM rougeole positives, TAAN rougeole (gorge) positif.\n\n"
                "Côté employés : 23 employés présents; la SST vérifie l'immunité (2 doses ou sérologie) et retire les non-immuns du J5 au J21.\n%s\n"
                "%s") % (nm, ctx.dob(p), niss, ctx.dstr(3), (
            "\nUsagers présents dans la salle d'attente au même moment (à joindre par vos équipes) :\n" + "\n".join(contacts) + "\n") if contacts else "",
            ctx.sig(md))
    else:
        subj = "Confirmed measles - Belgian tourist seen in ED"
        text = ("Hello,\n\nReportable disease notice: %s, DOB %s, Belgian NISS %s, tourist staying in Mont-Gravel, "
                "seen in the ED on %s between 2 and 7 pm. Measles IgM positive, measles NAAT (throat) positive.\n\n"
                "Staff side: 23 employees present; Occupational Health is checking immunity (2 doses or serology) and excluding non-immune staff D5-D21.\n%s\n"
                "%s") % (nm, ctx.dob(p), niss, ctx.dstr(3), (
            "\nPatients in the waiting room at the same time (for your teams to reach):\n" + "\n".join(contacts) + "\n") if contacts else "",
            ctx.sig(md))
    return spec(ctx, "belgian_measles", ctx.L("rougeole chez une touriste belge avec NISS", "measles in a Belgian tourist with NISS"),
                md, [dsp], subj, text)


def french_patient_tb(ctx):
    r = ctx.rng
    md = ctx.staff(role=ctx.L("médecin responsable, santé au travail", "Occupational Health Physician"))
    pneumo = ctx.staff(role="")
    p = ctx.people.french()
    p["dob"] = C.rand_dob(r, 1960, 1996)
    ctx.t("patient_name", "date_of_birth", "diagnosis", "lab_result", "medication")
    nir = ctx.nir(p)
    nm = ctx.name(p, ["plain", "upper_first", "title"])
    lines = [ctx.L("Résumé pour la CPAM / assurance voyage", "Summary for French insurer / travel insurance"), "",
             ctx.L("Patient : ", "Patient: ") + nm, ctx.L("Né(e) le : ", "Born: ") + p["dob"],
             ctx.L("N° sécurité sociale : ", "French social security no.: ") + nir, "",
             ctx.L("Tuberculose pulmonaire cavitaire, BAAR 3+, GeneXpert MTB/RIF détecté, sensible RIF.",
                   "Cavitary pulmonary TB, AFB 3+, GeneXpert MTB/RIF detected, RIF susceptible."),
             ctx.L("Traitement : Rifater 5 co die + éthambutol 1200 mg.", "Treatment: Rifater 5 tabs daily + ethambutol 1200 mg.")]
    att = {"filename": ctx.L("resume_assurance_%s.pdf", "insurance_summary_%s.pdf") % C.fold(p["surname"]),
           "ctype": D.CT["pdf"], "data": D.pdf(ctx.L("Résumé d'hospitalisation", "Hospital summary"), lines, compress=r.random() < 0.5)}
    if ctx.fr:
        subj = "TB - patient français - résumé pour assurance et liste de contacts employés"
        text = ("Bonjour %s,\n\nComme convenu, ci-joint le résumé que l'assureur voyage demande pour le patient. "
                "De notre côté, 11 employés de l'urgence ont été exposés avant l'isolement; TCT prévus.\n\n%s") % (pneumo["drs"], ctx.sig(md))
    else:
        subj = "TB - French patient - insurance summary and staff contact list"
        text = ("%s,\n\nAs agreed, attached is the summary the travel insurer asks for. "
                "On our side, 11 ED staff were exposed before isolation; TSTs are booked.\n\n%s") % (pneumo["drs"], ctx.sig(md))
    return spec(ctx, "french_patient_tb", ctx.L("TB chez un patient français avec NIR", "TB in a French patient with NIR"),
                md, [pneumo], subj, text, attachments=[att])


def homeless_source(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    sw = ctx.staff(role=ctx.L("travailleuse sociale, urgence", "Social Worker, Emergency"))
    p = ctx.patient(lo=1965, hi=1995, sex="M")
    ctx.t("patient_name", "social_information", "diagnosis")
    nm = ctx.name(p, ["plain", "upper_first", "comma", "lower"])
    extra = ""
    if r.random() < 0.5:
        extra = ctx.L(" (dossier %s)", " (MRN %s)") % ctx.mrn(p, force_fw=r.random() < 0.4)
    if ctx.fr:
        subj = "Patient source introuvable - aide SVP"
        text = ("Bonjour %s,\n\nLe patient source de l'exposition de mardi, %s%s, a quitté l'urgence contre avis. "
                "Il est en situation d'itinérance, fréquente le refuge La Halte du Nord, et a un suivi en dépendance (UDI, VHC connu "
                "non traité). Il n'a pas de téléphone.\n\nSerait-il possible de passer par l'intervenant du refuge pour l'inviter "
                "à revenir faire les prélèvements? Sans cela l'employée devra faire le suivi complet sur 6 mois.\n\n%s") % (sw["given"], nm, extra, ctx.sig(nurse))
    else:
        subj = "Source patient can't be found - help please"
        text = ("Hi %s,\n\nThe source patient from Tuesday's exposure, %s%s, left the ED against advice. "
                "He is homeless, uses the La Halte du Nord shelter, and is followed in addiction services (IVDU, known untreated HCV). "
                "No phone.\n\nCould we go through the shelter worker to invite him back for bloodwork? "
                "Otherwise the employee will need the full 6-month follow-up.\n\n%s") % (sw["given"], nm, extra, ctx.sig(nurse))
    return spec(ctx, "homeless_source", ctx.L("patient source en situation d'itinérance", "homeless source patient"),
                nurse, [sw], subj, text)


def income_support(ctx):
    r = ctx.rng
    sw = ctx.staff(role=ctx.L("travailleuse sociale, clinique de médecine du travail", "Social Worker, Occupational Medicine Clinic"))
    md = ctx.staff(role=ctx.L("médecin, clinique de médecine du travail", "Physician, Occupational Medicine Clinic"))
    use_nam = r.random() < 0.6
    p = ctx.nam_patient(18, 64) if use_nam else ctx.patient(lo=1960, hi=1990)
    ctx.t("patient_name", "social_information", "diagnosis", "date_of_birth")
    sin = ctx.sin(allow_fw=True, force_fw=r.random() < 0.4)
    ident = "%s — %s %s — %s" % (ctx.name(p, ["upper_first", "plain"]), ctx.L("DDN", "DOB"), ctx.dob(p), ctx.sex_label(p))
    if use_nam:
        ident += ctx.L(" — NAM ", " - RAMQ ") + ctx.nam(p, allow_fw=True)
    dx = ctx.pick(["hernie discale L4-L5 opérée, douleur chronique", "syndrome du canal carpien bilatéral", "TSPT suite à un accident de chantier"],
                  ["operated L4-L5 disc herniation, chronic pain", "bilateral carpal tunnel syndrome", "PTSD after a worksite accident"])
    if ctx.fr:
        subj = "Formulaire aide de dernier recours - travailleur suivi à la clinique"
        text = ("Bonjour %s,\n\nLa réclamation CNESST de ce travailleur (non-employé du CH, suivi à notre clinique) a été refusée. "
                "Cette personne doit maintenant demander l'aide financière de dernier recours et risque de perdre son logement (avis de reprise reçu).\n\n"
                "%s\nNAS : %s\nDx : %s\n\n"
                "Pourriez-vous remplir la section « contraintes sévères à l'emploi » du rapport médical? Rendez-vous prévu jeudi.\n\n%s\n%s") % (
            md["drs"], ident, sin, dx, C.full(sw), sw["role"])
    else:
        subj = "Last-resort assistance form - worker followed at clinic"
        text = ("%s,\n\nThis worker's CNESST claim (not a hospital employee, followed at our clinic) was denied. "
                "He now has to apply for last-resort income support and may lose his housing (repossession notice received).\n\n"
                "%s\nSIN: %s\nDx: %s\n\n"
                "Could you complete the 'severely limited capacity for employment' section of the medical report? I see him Thursday.\n\n%s\n%s") % (
            md["drs"], ident, sin, dx, C.full(sw), sw["role"])
        if p["sex"] == "F":
            text = text.replace("He now", "She now").replace("his housing", "her housing").replace("see him", "see her")
    return spec(ctx, "income_support", ctx.L("demande d'aide sociale pour un travailleur-patient avec NAS",
                                             "income support request for a worker-patient with SIN"),
                sw, [md], subj, text)


SCENARIOS = [fwd_lab_eml, filename_only, subject_only, census_outbreak, pregnant_worker_exposure, ontario_transfer,
             belgian_measles, french_patient_tb, homeless_source, income_support]
