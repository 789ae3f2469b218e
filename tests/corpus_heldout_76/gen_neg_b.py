"""Negative (non-confidential) templates, part B: HR, IT, facilities, purchasing, blank forms,
newsletters, committees, drug shortages, research, patient education, misc."""
import datetime

import gen_common as G
import gen_attach as A
from gen_mime import Att, html_table, text_table, html_doc, p_html
from gen_neg_a import OR_NURSES, URDM_STAFF, luhn_serial, lot_code, SPEAKERS

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HR = ("Ressources humaines – dotation", "dotation@" + G.CISSS)
IT = ("Service des technologies de l'information", "ti-support@" + G.CISSS)


def n_job_posting(c):
    job = c.pick([(c.T("Infirmier(ère) de bloc opératoire", "Operating room nurse"), "2025-BO-%03d"),
                  (c.T("Préposé(e) en retraitement des dispositifs médicaux", "Medical device reprocessing attendant"), "2025-URDM-%03d"),
                  (c.T("Inhalothérapeute – anesthésie", "Respiratory therapist - anaesthesia"), "2025-INH-%03d"),
                  (c.T("Agent(e) administratif(ve) – liste d'attente chirurgicale", "Administrative clerk - surgical wait list"), "2025-ADM-%03d"),
                  (c.T("Infirmier(ère) clinicien(ne) – clinique préopératoire", "Nurse clinician - pre-op clinic"), "2025-CPO-%03d")])
    num = job[1] % c.rng.randint(1, 400)
    if c.lang == "fr":
        text = ("AFFICHAGE INTERNE ET EXTERNE – %s\n\nPoste : %s\nStatut : %s\nQuart : %s\nPort d'attache : %s\n"
                "Salaire : selon la convention collective (%s $ à %s $ l'heure)\n\nExigences : permis d'exercice valide, formation RCR, "
                "expérience en périopératoire un atout.\n\nPostulez avant le %s via le portail emplois du CISSS.\n\n"
                "Le CISSS applique un programme d'accès à l'égalité en emploi.") % (
            num, job[0], c.pick(["temps complet permanent", "temps partiel 7/14", "remplacement 12 mois"]),
            c.pick(["jour", "soir", "rotation jour/soir", "nuit"]), G.HOSP_FR, c.pick(["28,40", "31,12", "26,05"]),
            c.pick(["47,33", "52,18", "40,94"]), c.date(c.later(10, 30), 1))
        subj = "Affichage %s – %s" % (num, job[0])
    else:
        text = ("INTERNAL AND EXTERNAL POSTING - %s\n\nPosition: %s\nStatus: %s\nShift: %s\nLocation: %s\nSalary: per collective agreement\n\n"
                "Requirements: valid licence, BLS; perioperative experience an asset.\n\nApply by %s on the CISSS careers portal.") % (
            num, job[0], c.pick(["full-time permanent", "part-time", "12-month replacement"]), c.pick(["days", "evenings", "nights"]),
            G.HOSP_EN, c.date(c.later(10, 30), 1))
        subj = "Posting %s - %s" % (num, job[0])
    return c.spec("job_posting", subj, HR, [("Tous les employés", "tous@" + G.CISSS)], text=text, note="job posting")


def n_hr_staff(c):
    mgr = G.MANAGERS[0]
    g, s = c.pick(OR_NURSES)
    kind = c.rng.randint(0, 3)
    if c.lang == "fr":
        body = ["%s %s sera en congé de maternité à partir du %s; son poste sera affiché en remplacement." % (g, s, c.date(c.later(10, 60), 1)),
                "Bienvenue à %s %s qui se joint à l'équipe du bloc lundi (orientation de 4 semaines avec Annie Brochu)." % (g, s),
                "%s %s a obtenu son poste de jour à la chirurgie d'un jour; départ de l'équipe de soir le %s." % (g, s, c.date(c.later(10, 30), 1)),
                "Rappel : les feuilles de temps de la période %d doivent être approuvées d'ici mardi midi, sinon la paie de %s %s et des autres sera retardée." % (c.rng.randint(1, 26), g, s)][kind]
        text = "%s\n\n%s\n\n%s\n%s" % (c.greet(), body, c.close(), c.sig(mgr))
        subj = c.pick(["Nouvelles de l'équipe", "Info RH – bloc", "Mouvement de personnel", "Paie – rappel"])
    else:
        body = ["%s %s will be on maternity leave from %s; the position will be posted." % (g, s, c.date(c.later(10, 60), 1)),
                "Welcome to %s %s joining the OR team Monday (4-week orientation)." % (g, s),
                "%s %s got the day position in day surgery; leaving evenings on %s." % (g, s, c.date(c.later(10, 30), 1)),
                "Reminder: period %d timesheets must be approved by Tuesday noon." % c.rng.randint(1, 26)][kind]
        text = "%s\n\n%s\n\n%s\n%s" % (c.greet(), body, c.close(), c.sig(mgr))
        subj = c.pick(["Team news", "HR info - OR", "Staff movement"])
    return c.spec("hr", subj, c.who(mgr), [("Personnel bloc", "bloc-personnel@" + G.H)], text=text, note="HR staff news (employee information)")


def n_occ_health(c):
    sst = ("Santé et sécurité au travail", "sst@" + G.CISSS)
    kind = c.rng.randint(0, 2)
    if c.lang == "fr":
        body = ["Les tests d'ajustement des N95 (fit-test) pour le personnel du bloc auront lieu les %s et %s, local B-012. Obligatoire aux 2 ans." % (
                    c.date(c.later(3, 10), 3), c.date(c.later(11, 20), 3)),
                "Rappel – exposition au sang ou liquides biologiques (piqûre d'aiguille) : laver, déclarer au supérieur immédiat, "
                "se présenter à l'urgence dans les 2 heures (protocole PEP), remplir le formulaire AT-1. Le suivi sérologique de l'employé(e) "
                "est fait par le bureau de santé, jamais par le gestionnaire.",
                "Campagne de vaccination antigrippale du personnel : cliniques mobiles au bloc les mardis 7 h–9 h. Preuve de vaccination hépatite B "
                "à fournir pour les nouveaux employés."][kind]
        subj = c.pick(["SST – bloc opératoire", "Santé au travail : rappel", "Fit-test N95", "Vaccination du personnel"])
    else:
        body = ["N95 fit-testing for OR staff on %s and %s, room B-012. Required every 2 years." % (c.date(c.later(3, 10), 3), c.date(c.later(11, 20), 3)),
                "Reminder - blood/body fluid exposure (needlestick): wash, report to your supervisor, go to the ED within 2 hours (PEP protocol), "
                "complete form AT-1. Employee serology follow-up is done by occupational health only.",
                "Staff flu vaccine: mobile clinics in the OR Tuesdays 7-9 am. New employees must provide hepatitis B proof."][kind]
        subj = c.pick(["OHS - operating room", "Occupational health reminder", "N95 fit testing"])
    text = "%s\n\n%s\n\n%s" % (c.greet(), body, c.close())
    return c.spec("occupational_health", subj, sst, [("Personnel bloc", "bloc-personnel@" + G.H)], text=text,
                  note="staff occupational health notice")


def n_it_notice(c):
    sysname = c.pick(["SIBO (système d'information du bloc opératoire)", "OPÉRA-Réservation", "DME régional", "module Liste d'attente (SIMASS)",
                      "logiciel de traçabilité URDM"])
    d = c.later(2, 15)
    if c.lang == "fr":
        text = ("Bonjour,\n\nUne mise à jour du %s aura lieu le %s de 22 h à 2 h. Pendant l'interruption, utilisez les formulaires papier "
                "(procédure de relève manuelle, classeur rouge du poste de commande). Les données devront être saisies au retour du système.\n\n"
                "Billet de changement : CHG%07d\n\nService des TI – soutien 819 555-0150") % (sysname, c.date(d, 1), c.rng.randint(0, 9999999))
        subj = c.pick(["Interruption planifiée – %s" % sysname.split(" ")[0], "Avis TI : maintenance", "Mise à jour du système du bloc"])
    else:
        text = ("Hello,\n\nAn upgrade of %s will take place on %s from 10 pm to 2 am. During the outage use the paper downtime forms "
                "(red binder at the OR desk). Data must be entered when the system is back.\n\nChange ticket: CHG%07d\n\nIT service desk 819 555-0150") % (
            sysname, c.date(d, 1), c.rng.randint(0, 9999999))
        subj = c.pick(["Planned outage - %s" % sysname.split(" ")[0], "IT notice: maintenance"])
    return c.spec("it_notice", subj, IT, [("Tous – direction des services chirurgicaux", "dsc@" + G.CISSS)], text=text, note="IT downtime notice")


def n_it_phishing(c):
    if c.lang == "fr":
        text = ("ATTENTION – tentative d'hameçonnage\n\nDes courriels prétendant provenir de « RAMQ-Remboursement » circulent et demandent de "
                "confirmer vos identifiants pour recevoir un remboursement. Ne cliquez pas. Le CISSS ne vous demandera jamais votre mot de passe.\n\n"
                "Signalez tout courriel suspect avec le bouton « Signaler » d'Outlook.\n\nSécurité de l'information")
        subj = "Alerte sécurité : hameçonnage en cours"
    else:
        text = ("WARNING - phishing attempt\n\nEmails claiming to come from 'RAMQ-Refund' ask you to confirm your credentials. Do not click. "
                "We will never ask for your password.\n\nUse the Report button in Outlook.\n\nInformation Security")
        subj = "Security alert: phishing campaign"
    return c.spec("it_notice", subj, IT, [("Tous les employés", "tous@" + G.CISSS)], text=text, layout=c.pick(["html", "alt", "plain"]),
                  note="IT phishing alert")


def n_facilities(c):
    tech = ("Services techniques", "services.techniques@" + G.CISSS)
    kind = c.rng.randint(0, 2)
    if c.lang == "fr":
        body = ["L'humidité relative des salles 3 et 4 est descendue à 24 % cette nuit (cible 30–60 %). Le technicien du CVAC est sur place. "
                "Vérifier l'intégrité des emballages stériles entreposés dans ces salles avant usage.",
                "Essai mensuel de la génératrice le %s à 6 h 30 : transfert de charge de 10 secondes. Aucun cas ne doit débuter avant 7 h 15." % c.date(c.later(2, 10), 1),
                "Travaux de remplacement des filtres HEPA du corridor stérile du %s au %s. Circulation déviée par l'entrée B." % (
                    c.date(c.later(2, 10), 1), c.date(c.later(11, 20), 1))][kind]
        subj = c.pick(["Bloc : humidité hors norme", "Essai de génératrice", "Travaux – corridor stérile", "Avis des services techniques"])
    else:
        body = ["Relative humidity in ORs 3 and 4 dropped to 24% overnight (target 30-60%). HVAC tech on site. Check integrity of sterile packs stored there.",
                "Monthly generator test on %s at 6:30: 10-second load transfer. No case to start before 7:15." % c.date(c.later(2, 10), 1),
                "HEPA filter replacement in the sterile corridor from %s to %s." % (c.date(c.later(2, 10), 1), c.date(c.later(11, 20), 1))][kind]
        subj = c.pick(["OR humidity out of range", "Generator test", "Works - sterile corridor"])
    text = "%s\n\n%s\n\n%s" % (c.greet(), body, c.close())
    return c.spec("facilities", subj, tech, [("Bloc opératoire – tous", "bloc-tous@" + G.H)], text=text, note="facilities notice")


def n_invoice(c):
    vendor = c.pick([("Chirurgix Canada inc.", "facturation@chirurgix.example"), ("MedSuture Ltd.", "ar@medsuture.example"),
                     ("Distribution Médicale Boréale", "comptes@dmboreale.example"), ("OrthoNova Canada", "billing@orthonova.example")])
    items = [(c.pick(["Suture Vicryl 2-0 CT-1 (boîte 36)", "Filet polypropylène 15x15 cm", "Agrafeuse linéaire 60 mm", "Recharge 60 mm bleue",
                      "Trocart 12 mm à usage unique", "Champ de Mayo stérile", "Ciment osseux 40 g", "Drain Jackson-Pratt 15 Fr"]),
              c.rng.randint(1, 40), round(c.rng.uniform(8, 900), 2)) for _ in range(c.rng.randint(3, 7))]
    inv = "INV-%07d" % c.rng.randint(0, 9999999)
    po = "BC-%06d" % c.rng.randint(0, 999999)
    sub = sum(q * p for _, q, p in items)
    lines = ["%s" % vendor[0], c.T("Facture ", "Invoice ") + inv, c.T("Bon de commande : ", "PO: ") + po,
             c.T("Client : ", "Customer: ") + G.CISSS_FR + " – " + c.T("magasin central", "central stores"), ""]
    for desc, q, p in items:
        lines.append("%-45s %4d x %9.2f = %10.2f" % (desc[:45], q, p, q * p))
    lines += ["", "Sous-total : %.2f $" % sub, "TPS (5 %%) : %.2f $" % (sub * 0.05), "TVQ (9,975 %%) : %.2f $" % (sub * 0.09975),
              "Total : %.2f $" % (sub * 1.14975), "", c.T("Lots : ", "Lots: ") + ", ".join(lot_code(c.rng) for _ in range(2)),
              "NEQ %d  TPS %d RT0001" % (c.rng.randint(1140000000, 1179999999), c.rng.randint(100000000, 999999999))]
    pdf = A.make_pdf(c.T("FACTURE", "INVOICE"), lines, compress=c.chance(0.6), author=vendor[0])
    text = c.T("Bonjour,\n\nVeuillez trouver ci-jointe la facture %s (bon de commande %s). Paiement net 30 jours.\n\nMerci de votre confiance,\nComptes recevables",
               "Hello,\n\nPlease find attached invoice %s (PO %s). Net 30.\n\nThank you,\nAccounts receivable") % (inv, po)
    return c.spec("invoice", c.T("Facture %s", "Invoice %s") % inv, vendor, [("Comptes fournisseurs", "comptes.payables@" + G.CISSS)],
                  text=text, atts=[Att("%s.pdf" % inv, PDF, pdf)], note="supplier invoice PDF")


def n_purchase_order(c):
    buyer = ("Approvisionnement", "approvisionnement@" + G.CISSS)
    rows = [[c.T("Code", "Code"), "Description", c.T("Qté", "Qty"), c.T("Prix unitaire", "Unit price"), c.T("Fournisseur", "Supplier")]]
    for _ in range(c.rng.randint(5, 12)):
        rows.append([luhn_serial(c.rng, 10), c.pick(["Blouse chirurgicale L", "Gants stériles 7,5 sans latex", "Compresses 4x4 radio-opaques",
                                                     "Lame bistouri no 15", "Set de cathétérisme urinaire", "Couverture chauffante", "Sonde de Foley 16 Fr",
                                                     "Indicateur biologique auto-contenu", "Sachet de stérilisation 7,5x13"]),
                     c.rng.randint(1, 500), round(c.rng.uniform(0.2, 120), 2), c.pick(["DMB", "Chirurgix", "MedSuture"])])
    data = A.make_xlsx([("BC", rows)])
    text = c.T("%s\n\nBon de commande hebdomadaire du bloc en pièce jointe pour approbation.\n\n%s\n%s",
               "%s\n\nWeekly OR purchase order attached for approval.\n\n%s\n%s") % (c.greet(G.MANAGERS[0].given), c.close(), c.sig(G.NURSES[0]))
    return c.spec("purchase_order", c.T("Bon de commande – bloc", "Purchase order - OR"), c.who(G.NURSES[0]), [c.who(G.MANAGERS[0]), buyer],
                  text=text, atts=[Att("BC_bloc_%s.xlsx" % c.day.strftime("%Y%m%d"), XLSX, data)], note="purchase order spreadsheet with product codes")


def n_blank_preop_form(c):
    nurse = G.NURSES[3]
    paras = [c.T("Questionnaire préopératoire – à remplir par le patient", "Pre-operative questionnaire - to be completed by the patient"),
             c.T("Nom : ______________________   Prénom : ______________________", "Last name: ______________   First name: ______________"),
             c.T("NAM : ____ ____ ____      Date de naissance : ____/____/______", "RAMQ: ____ ____ ____      Date of birth: ____/____/______"),
             c.T("Téléphone : (___) ___-____", "Phone: (___) ___-____"),
             c.T("Avez-vous déjà eu une réaction à l'anesthésie?  □ oui  □ non", "Any prior reaction to anaesthesia?  □ yes  □ no"),
             c.T("Prenez-vous des anticoagulants (Eliquis, Xarelto, Coumadin)?  □ oui  □ non", "Do you take blood thinners (Eliquis, Xarelto, Coumadin)?  □ yes  □ no"),
             c.T("Souffrez-vous d'apnée du sommeil, de diabète, d'hypertension?  □ oui  □ non", "Sleep apnoea, diabetes, hypertension?  □ yes  □ no"),
             c.T("Allergies : ______________________________", "Allergies: ______________________________")]
    data = A.make_docx(c.T("Questionnaire préopératoire (version 2025-03)", "Pre-operative questionnaire (2025-03)"), paras, author=nurse.full)
    text = c.T("%s\n\nVoici la nouvelle version du questionnaire préopératoire, approuvée par le comité des formulaires. Veuillez détruire les anciennes copies.\n\n%s\n%s",
               "%s\n\nNew version of the pre-op questionnaire approved by the forms committee. Please discard old copies.\n\n%s\n%s") % (
        c.greet(), c.close(), c.sig(nurse))
    return c.spec("blank_form", c.T("Nouveau questionnaire préop (gabarit)", "New pre-op questionnaire (template)"), c.who(nurse),
                  [("Secrétaires chirurgie", "secretariat-chir@" + G.H)], text=text,
                  atts=[Att(c.T("Questionnaire_préopératoire_v2025-03.docx", "PreOp_Questionnaire_v2025-03.docx"), DOCX, data)],
                  note="blank pre-op questionnaire with empty identifier fields")


def n_blank_booking_form(c):
    clerk = G.SECRETARIES[2]
    lines = [c.T("Nom du patient : ________________  NAM : ____________  DDN : __________", "Patient name: ________________  RAMQ: ____________  DOB: __________"),
             c.T("Intervention prévue : ______________________  Côté : □ D □ G", "Planned procedure: ______________________  Side: □ R □ L"),
             c.T("Priorité : □ P1 □ P2 □ P3 □ P4 □ P5      Durée : ____ min", "Priority: □ P1 □ P2 □ P3 □ P4 □ P5      Duration: ____ min"),
             c.T("Anticoagulant : □ non □ oui, lequel : __________", "Anticoagulant: □ no □ yes, which: __________"),
             c.T("Matériel spécial / implants : __________________", "Special equipment / implants: __________________"),
             "", c.T("Signature du chirurgien : ______________", "Surgeon signature: ______________")]
    pdf = A.make_pdf(c.T("AH-268 – Demande de réservation de salle d'opération", "AH-268 - OR booking request"), lines, compress=c.chance(0.5))
    text = c.T("%s\n\nLe formulaire AH-268 à jour (champ « côté » ajouté). À utiliser dès lundi.\n\n%s", "%s\n\nUpdated AH-268 form (side field added). Use from Monday.\n\n%s") % (
        c.greet(), c.sig(clerk))
    return c.spec("blank_form", c.T("Formulaire de réservation à jour", "Updated booking form"), c.who(clerk),
                  [("Secrétaires chirurgie", "secretariat-chir@" + G.H)], text=text, atts=[Att("AH-268_vierge.pdf", PDF, pdf)],
                  note="blank OR booking form")


def n_email_template(c):
    sec = c.pick(G.SECRETARIES[:2])
    if c.lang == "fr":
        text = ("%s\n\nVoici le gabarit qu'on va utiliser pour les convocations par courriel (validé par l'archiviste) :\n\n"
                "---\nObjet : Votre chirurgie du [DATE]\n\nBonjour [PRÉNOM NOM],\n\nVotre intervention ([TYPE D'INTERVENTION]) avec [CHIRURGIEN] "
                "est prévue le [DATE] à [HEURE]. Présentez-vous au Centre de chirurgie d'un jour. Cessez [MÉDICAMENT] [X] jours avant, selon les "
                "consignes reçues.\n\nNe pas inclure le NAM ni le diagnostic dans le courriel.\n---\n\n%s\n%s") % (c.greet(), c.close(), c.sig(sec))
        subj = "Gabarit de courriel – convocations"
    else:
        text = ("%s\n\nTemplate for e-mailed surgery notices (approved by health records):\n\n---\nSubject: Your surgery on [DATE]\n\n"
                "Dear [FIRST LAST],\n\nYour procedure ([PROCEDURE]) with [SURGEON] is scheduled on [DATE] at [TIME]. Stop [MEDICATION] [X] days before.\n\n"
                "Do not include RAMQ number or diagnosis in the e-mail.\n---\n\n%s\n%s") % (c.greet(), c.close(), c.sig(sec))
        subj = "E-mail template - surgery notices"
    return c.spec("template", subj, c.who(sec), [("Secrétaires chirurgie", "secretariat-chir@" + G.H)], text=text,
                  note="e-mail template with placeholders only")


def n_newsletter(c):
    comm = ("Communications CISSS", "communications@" + G.CISSS)
    topic = c.pick([(c.T("Mars, mois de la sensibilisation au cancer colorectal", "March is colorectal cancer awareness month"),
                     c.T("Le dépistage par test immunochimique (RSOSi) est offert aux 50–74 ans. Parlez-en à votre médecin.",
                         "FIT screening is offered to people aged 50-74. Talk to your doctor.")),
                    (c.T("Chirurgie d'un jour : 10 000 patients en 2024!", "Day surgery: 10,000 patients in 2024!"),
                     c.T("Grâce au nouveau parcours ERAS, la durée de séjour après colectomie a diminué de 1,8 jour.", "Thanks to ERAS, LOS after colectomy dropped by 1.8 days.")),
                    (c.T("La hernie inguinale, une chirurgie fréquente", "Inguinal hernia, a common surgery"),
                     c.T("Plus de 500 cures de hernie sont réalisées chaque année dans notre région, la plupart en chirurgie d'un jour.",
                         "Over 500 hernia repairs are done each year in our region, mostly as day surgery."))])
    people = c.T("Félicitations à %s et à l'équipe de %s pour le prix d'excellence!", "Congratulations to %s and %s's team for the excellence award!") % (
        G.NURSES[0].full, G.SURGEONS[0].dr_name(c.lang))
    html = html_doc(["<h2>%s</h2>" % c.T("Le Bulletin chirurgical", "The Surgical Bulletin"), "<h3>%s</h3>" % topic[0], p_html(topic[1]), p_html(people),
                     p_html(c.T("Pour vous désabonner, répondez « désabonner ».", "To unsubscribe, reply 'unsubscribe'."))])
    return c.spec("newsletter", c.T("Le Bulletin chirurgical – ", "The Surgical Bulletin - ") + topic[0], comm,
                  [("Tous les employés", "tous@" + G.CISSS)], html=html, layout=c.pick(["html", "alt"]), note="newsletter about diseases and services")


def n_committee(c):
    sec = G.MANAGERS[2]
    com = c.pick([c.T("Comité du bloc opératoire", "OR committee"), c.T("Comité de pharmacologie – volet chirurgie", "Pharmacy & therapeutics - surgery"),
                  c.T("Comité de prévention des infections", "Infection prevention committee"), c.T("Exécutif du CMDP", "CMDP executive"),
                  c.T("Comité des tumeurs digestives", "GI tumour board (administrative)")])
    d = c.later(5, 30)
    items = c.rng.sample([c.T("Adoption du procès-verbal", "Minutes"), c.T("Taux d'annulation", "Cancellation rates"),
                          c.T("Protocole d'antibioprophylaxie révisé", "Revised antibiotic prophylaxis protocol"),
                          c.T("Liste de vérification de sécurité chirurgicale – audit", "Surgical safety checklist audit"),
                          c.T("Pénurie de bupivacaïne", "Bupivacaine shortage"), c.T("Varia", "Other business")], 4)
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    ics = A.make_ics("com-%d@%s" % (c.rng.randint(1000, 9999), G.CISSS), start, start + datetime.timedelta(hours=1), com,
                     "\n".join(items), c.T("Salle du conseil, 1er étage", "Board room, 1st floor"), (sec.full, sec.email))
    text = c.T("%s\n\nConvocation – %s, %s à midi.\n\nOrdre du jour :\n%s\n\n%s\n%s", "%s\n\nNotice - %s, %s at noon.\n\nAgenda:\n%s\n\n%s\n%s") % (
        c.greet(), com, c.date(d, 1), "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items)), c.close(), c.sig(sec))
    atts = [Att("convocation.ics", "text/calendar; method=REQUEST; charset=utf-8", ics)] if c.chance(0.6) else []
    return c.spec("committee", c.T("Convocation – ", "Meeting notice - ") + com, c.who(sec), [("Membres du comité", "comite@" + G.CISSS)],
                  text=text, atts=atts, note="committee meeting notice and agenda")


def n_drug_shortage(c):
    ph = G.MANAGERS[5]
    drug = c.pick([("céfazoline 2 g", "cefazolin 2 g", "céfuroxime 1,5 g", "cefuroxime 1.5 g"),
                   ("bupivacaïne hyperbare 0,75 %", "hyperbaric bupivacaine 0.75%", "prilocaïne 2 %", "prilocaine 2%"),
                   ("sugammadex 200 mg", "sugammadex 200 mg", "néostigmine + glycopyrrolate", "neostigmine + glycopyrrolate"),
                   ("héparine 5000 U/ml", "heparin 5000 U/ml", "daltéparine", "dalteparin"),
                   ("ondansétron injectable", "ondansetron injection", "dexaméthasone", "dexamethasone")])
    if c.lang == "fr":
        text = ("%s\n\nRupture d'approvisionnement de %s prévue jusqu'au %s (fabricant). Réserve actuelle : environ %d jours. "
                "Alternative recommandée : %s selon le protocole en pièce jointe du comité de pharmacologie. "
                "Merci de réserver le produit restant aux indications prioritaires.\n\n%s\n%s") % (
            c.greet(), drug[0], c.date(c.later(20, 90), 1), c.rng.randint(4, 20), drug[2], c.close(), c.sig(ph))
        subj = c.pick(["Pénurie – %s" % drug[0], "Avis de rupture de stock : %s" % drug[0]])
    else:
        text = ("%s\n\nSupply disruption of %s expected until %s. Current stock about %d days. Recommended alternative: %s. "
                "Please reserve remaining stock for priority indications.\n\n%s\n%s") % (
            c.greet(), drug[1], c.date(c.later(20, 90), 1), c.rng.randint(4, 20), drug[3], c.close(), c.sig(ph))
        subj = c.pick(["Shortage - %s" % drug[1], "Drug shortage notice: %s" % drug[1]])
    return c.spec("drug_shortage", subj, c.who(ph), [("Anesthésie et chirurgie", "bloc-md@" + G.H)], text=text, note="drug shortage notice")


def n_research(c):
    an = c.pick(G.ANESTH)
    if c.lang == "fr":
        lines = ["Protocole de recherche – Audit ERAS en chirurgie colorectale", "", "## Objectif",
                 "Mesurer l'adhésion aux 20 éléments du parcours ERAS et son effet sur la durée de séjour.",
                 "## Population", "Adultes opérés pour résection colorectale élective entre 2025-04 et 2026-03 (n visé = 180).",
                 "## Critères d'exclusion", "Chirurgie urgente, stomie préexistante, refus de participer.",
                 "## Données", "Données codées; la clé de correspondance est conservée par l'archiviste. Aucune donnée nominative ne quitte l'établissement.",
                 "## Éthique", "Approbation CÉR no 2025-%03d." % c.rng.randint(1, 300)]
        text = "%s\n\nVoici la version finale du protocole pour soumission au CÉR. Commentaires d'ici vendredi SVP.\n\n%s\n%s" % (c.greet(), c.close(), c.sig(an))
        subj = "Protocole ERAS – version finale"
    else:
        lines = ["Research protocol - ERAS audit in colorectal surgery", "", "## Objective", "Measure adherence to ERAS elements and effect on length of stay.",
                 "## Population", "Adults undergoing elective colorectal resection 2025-04 to 2026-03 (target n = 180).",
                 "## Exclusions", "Emergency surgery, pre-existing stoma.", "## Data",
                 "Coded data; the linkage key stays with health records. No identifiable data leaves the site.",
                 "## Ethics", "REB approval no. 2025-%03d." % c.rng.randint(1, 300)]
        text = "%s\n\nFinal protocol for REB submission. Comments by Friday please.\n\n%s\n%s" % (c.greet(), c.close(), c.sig(an))
        subj = "ERAS protocol - final version"
    data = A.make_docx(lines[0], lines[2:], author=an.full)
    return c.spec("research", subj, c.who(an), [c.who(G.SURGEONS[4]), c.who(G.SURGEONS[0])], text=text,
                  atts=[Att("protocole_ERAS_v3.docx", DOCX, data)], note="research protocol without participants")


def n_patient_education(c):
    nurse = c.pick([G.NURSES[4], G.NURSES[5]])
    if c.lang == "fr":
        text = ("%s\n\nVoici le texte révisé du dépliant « Soins de votre plaie après la chirurgie » pour mise en page :\n\n"
                "- Gardez le pansement sec 48 heures.\n- Surveillez la rougeur, la chaleur, l'écoulement ou la fièvre de plus de 38 °C.\n"
                "- Prenez l'acétaminophène régulièrement les premiers jours; les anti-inflammatoires seulement si votre chirurgien l'a permis.\n"
                "- Les agrafes sont retirées entre le 10e et le 14e jour au CLSC.\n- En cas de doute, appelez Info-Santé 811.\n\n%s\n%s") % (
            c.greet(), c.close(), c.sig(nurse))
        subj = c.pick(["Dépliant soins de plaie – texte révisé", "Enseignement : nouveau dépliant"])
    else:
        text = ("%s\n\nRevised text for the 'Caring for your wound after surgery' leaflet:\n\n- Keep the dressing dry for 48 hours.\n"
                "- Watch for redness, warmth, drainage or fever over 38 C.\n- Take acetaminophen regularly the first days.\n"
                "- Staples are removed between day 10 and 14 at the CLSC.\n- If in doubt call Info-Santé 811.\n\n%s\n%s") % (c.greet(), c.close(), c.sig(nurse))
        subj = c.pick(["Wound care leaflet - revised text", "Patient teaching: new leaflet"])
    return c.spec("patient_education", subj, c.who(nurse), [("Communications CISSS", "communications@" + G.CISSS)], text=text,
                  note="generic patient education leaflet")


def n_physician_disease(c):
    mgr = G.MANAGERS[2]
    s1 = G.SURGEONS[6]
    s2 = c.pick([x for x in G.SURGEONS if x is not s1])
    dis = {0: ("cancer colorectal", "colorectal cancer"), 1: ("fractures de la hanche", "hip fractures"), 2: ("nodules thyroïdiens", "thyroid nodules"),
           3: ("calculs rénaux", "kidney stones"), 4: ("hernies complexes", "complex hernias"), 5: ("endométriose", "endometriosis"),
           7: ("cataracte", "cataracts")}[G.SURGEONS.index(s2)]
    if c.lang == "fr":
        text = ("%s\n\nÀ compter du %s, %s assurera la clinique du pied diabétique et des ulcères artériels le mardi, et %s prendra en charge "
                "les références pour %s. Les médecins de famille peuvent utiliser le formulaire de référence habituel.\n\n%s\n%s") % (
            c.greet(), c.date(c.later(10, 40), 1), s1.dr_name("fr"), s2.dr_name("fr"), dis[0], c.close(), c.sig(mgr))
        subj = c.pick(["Nouvelle organisation des cliniques", "Corridors de référence – mise à jour"])
    else:
        text = ("%s\n\nAs of %s, %s will run the Tuesday diabetic foot and arterial ulcer clinic, and %s will take referrals for %s.\n\n%s\n%s") % (
            c.greet(), c.date(c.later(10, 40), 1), s1.dr_name("en"), s2.dr_name("en"), dis[1], c.close(), c.sig(mgr))
        subj = c.pick(["Clinic reorganisation", "Referral pathways - update"])
    return c.spec("physician_notice", subj, c.who(mgr), [("Médecins de famille de la région", "gmf-region@" + G.CISSS)], text=text,
                  note="physicians named with the conditions they treat")


def n_office_closure(c):
    sec = c.pick(G.SECRETARIES)
    d = c.later(2, 30)
    text = c.T("%s\n\nLe secrétariat de chirurgie sera fermé le %s (formation). Les messages seront traités le lendemain. "
               "Nouveau numéro de télécopieur à partir du 1er : 819 555-0198.\n\n%s",
               "%s\n\nThe surgery office will be closed on %s (training). Messages handled next day. New fax number from the 1st: 819 555-0198.\n\n%s") % (
        c.greet(), c.date(d, 1), c.sig(sec))
    return c.spec("office_notice", c.T("Fermeture du secrétariat", "Office closure"), c.who(sec), [("Cliniques partenaires", "partenaires@" + G.CISSS)],
                  text=text, note="office closure and fax number")


def n_rep_visit(c):
    rep = c.pick([("Jessica", "Bouthillier", "Chirurgix Canada"), ("Mark", "Delaney", "OrthoNova Canada"), ("Sandrine", "Poitevin", "Laparotech")])
    vc = A.make_vcard(rep[0], rep[1], tel="514 555-01%02d" % c.rng.randint(0, 99), email="%s.%s@%s.example" % (rep[0].lower(), rep[1].lower(), rep[2].split()[0].lower()),
                      org=rep[2], title=c.T("Représentante technique", "Clinical specialist"))
    text = c.T("%s\n\n%s %s (%s) sera présent(e) en salle 2 le %s pour le nouveau système d'énergie bipolaire. Sa carte est jointe. "
               "Rappel : les représentants doivent s'enregistrer au poste de commande et porter l'identification visiteur.\n\n%s",
               "%s\n\n%s %s (%s) will be in OR 2 on %s for the new bipolar energy system. Contact card attached. Reps must sign in at the desk.\n\n%s") % (
        c.greet(), rep[0], rep[1], rep[2], c.date(c.later(2, 15), 1), c.sig(G.NURSES[0]))
    return c.spec("vendor_visit", c.T("Visite représentant – %s", "Rep visit - %s") % rep[2], c.who(G.NURSES[0]), [("Bloc opératoire – tous", "bloc-tous@" + G.H)],
                  text=text, atts=[Att("%s %s.vcf" % (rep[0], rep[1]), "text/vcard; charset=utf-8", vc)], note="vendor representative vCard")


def n_training(c):
    edu = ("Conseillère en soins – bloc", "formation-bloc@" + G.CISSS)
    topic = c.pick([c.T("Feu en salle d'opération – simulation", "OR fire - simulation"), c.T("Hémorragie obstétricale massive – simulation", "Massive obstetric haemorrhage - simulation"),
                    c.T("Hyperthermie maligne – exercice", "Malignant hyperthermia - drill"), c.T("Compte chirurgical : nouvelles règles", "Surgical count: new rules"),
                    c.T("Positionnement sécuritaire du patient", "Safe patient positioning")])
    d = c.later(5, 40)
    text = c.T("%s\n\nFormation obligatoire : %s, le %s, 2 séances (7 h 30 et 15 h 30). Inscrivez-vous auprès de votre AIC. Heures rémunérées.\n\n%s",
               "%s\n\nMandatory training: %s on %s, 2 sessions (7:30 and 15:30). Sign up with your charge nurse. Paid hours.\n\n%s") % (
        c.greet(), topic, c.date(d, 1), c.close())
    return c.spec("training", c.T("Formation : ", "Training: ") + topic, edu, [("Personnel bloc", "bloc-personnel@" + G.H)], text=text, note="staff training notice")


def n_supply_stockout(c):
    mgr = G.NURSES[0]
    item = c.pick([c.T("champs de laparotomie", "laparotomy drapes"), c.T("blouses stériles XL", "XL sterile gowns"),
                   c.T("sachets de stérilisation 30 cm", "30 cm sterilization pouches"), c.T("gants stériles 6,5", "size 6.5 sterile gloves")])
    text = c.T("%s\n\nRupture de %s au magasin central jusqu'à la semaine prochaine (code %s). Utilisez le format de remplacement rangé à l'arsenal B. "
               "Ne pas ouvrir de plateaux inutilement.\n\n%s",
               "%s\n\nOut of %s in central stores until next week (code %s). Use the substitute in supply room B.\n\n%s") % (
        c.greet(), item, luhn_serial(c.rng, 9), c.sig(mgr))
    return c.spec("supply", c.T("Rupture de stock – ", "Stock-out - ") + item, c.who(mgr), [("Bloc opératoire – tous", "bloc-tous@" + G.H)],
                  text=text, note="supply stock-out with product code")


def n_anesth_check(c):
    an = c.pick(G.ANESTH)
    text = c.T("%s\n\nVérification mensuelle : le chariot d'intubation difficile de la salle 5 manquait de masques laryngés no 4; le chariot HM contient "
               "36 fioles de dantrolène dont 12 expirent le %s (commande faite). Registre signé.\n\n%s",
               "%s\n\nMonthly check: difficult airway cart in OR 5 was missing size 4 LMAs; MH cart has 36 vials of dantrolene, 12 expiring %s (ordered). Log signed.\n\n%s") % (
        c.greet(), c.date(c.later(20, 60), 1), c.sig(an))
    return c.spec("anaesthesia_equipment", c.T("Vérification chariots anesthésie", "Anaesthesia cart check"), c.who(an),
                  [c.who(G.NURSES[0]), c.who(G.MANAGERS[5])], text=text, note="anaesthesia cart check, drug stock")


def n_policy(c):
    mgr = G.MANAGERS[0]
    lines = [c.T("Politique PO-BLOC-014 – Liste de vérification de sécurité chirurgicale", "Policy OR-014 - Surgical Safety Checklist"), "",
             c.T("1. Avant l'induction : identité confirmée avec deux identifiants (nom et date de naissance), site marqué, allergies.",
                 "1. Before induction: identity confirmed with two identifiers (name and date of birth), site marked, allergies."),
             c.T("2. Avant l'incision : pause chirurgicale, antibioprophylaxie dans les 60 minutes.", "2. Before incision: time-out, prophylaxis within 60 minutes."),
             c.T("3. Avant la sortie : compte exact, spécimens identifiés, problèmes d'équipement.", "3. Before leaving: counts correct, specimens labelled."),
             "", c.T("Entrée en vigueur : ", "Effective: ") + c.date(c.later(10, 30), 1)]
    pdf = A.make_pdf(lines[0], lines[1:], compress=c.chance(0.5))
    text = c.T("%s\n\nPolitique révisée en pièce jointe, à lire et signer au registre.\n\n%s", "%s\n\nRevised policy attached; please read and sign the log.\n\n%s") % (c.greet(), c.sig(mgr))
    if c.chance(0.5):
        z = A.make_zip([("PO-BLOC-014.pdf", pdf), (c.T("registre_lecture_vierge.csv", "reading_log_blank.csv"),
                                                   A.make_csv([[c.T("Nom employé", "Employee"), "Signature", "Date"]]))])
        atts = [Att("politiques_bloc.zip", "application/zip", z)]
    else:
        atts = [Att("PO-BLOC-014.pdf", PDF, pdf)]
    return c.spec("policy", c.T("Politique révisée – liste de vérification", "Revised policy - safety checklist"), c.who(mgr),
                  [("Personnel bloc", "bloc-personnel@" + G.H)], text=text, atts=atts, note="policy document (PDF or ZIP)")


def n_social_event(c):
    g, s = c.pick(OR_NURSES)
    text = c.T("Bonjour à tous!\n\nAprès 32 ans au bloc, %s %s prend sa retraite! 5 à 7 au Bistro du Lac le %s. Contribution pour le cadeau "
               "auprès de Sonia (5 $). Venez nombreux!\n\nLe comité social",
               "Hi everyone!\n\nAfter 32 years in the OR, %s %s is retiring! Party at Bistro du Lac on %s. $5 for the gift, see Sonia.\n\nSocial committee") % (
        g, s, c.date(c.later(5, 20), 1))
    return c.spec("social", c.T("Retraite de %s!", "%s retiring!") % g, ("Comité social bloc", "social-bloc@" + G.H),
                  [("Personnel bloc", "bloc-personnel@" + G.H)], text=text, layout=c.pick(["html", "plain", "alt"]), note="staff social event")


def n_survey(c):
    mgr = G.MANAGERS[0]
    rows = [[c.T("Question", "Question"), c.T("% satisfaits", "% satisfied"), "n"]]
    for q in [c.T("Accueil au CDJ", "Welcome at day surgery"), c.T("Explications avant la chirurgie", "Pre-op explanations"),
              c.T("Gestion de la douleur", "Pain management"), c.T("Appel du lendemain", "Next-day call"), c.T("Temps d'attente le jour même", "Same-day waiting time")]:
        rows.append([q, "%d %%" % c.rng.randint(61, 98), str(c.rng.randint(80, 400))])
    text = c.T("%s\n\nRésultats du sondage de satisfaction de la chirurgie d'un jour (données anonymes) :\n\n%s\n\nCommentaire le plus fréquent : l'attente "
               "avant d'entrer en salle.\n\n%s",
               "%s\n\nDay-surgery satisfaction survey results (anonymous):\n\n%s\n\nMost frequent comment: waiting before going in.\n\n%s") % (
        c.greet(), text_table(rows), c.sig(mgr))
    return c.spec("statistics", c.T("Sondage de satisfaction CDJ", "Day surgery satisfaction survey"), c.who(mgr), [("Personnel CDJ", "cdj@" + G.H)],
                  text=text, note="anonymous satisfaction survey aggregate")


def n_incident_anon(c):
    risk = ("Gestion des risques", "gestion.risques@" + G.CISSS)
    text = c.T("%s\n\nBilan trimestriel des déclarations d'incidents/accidents (AH-223) au bloc : %d déclarations, dont %d erreurs de compte chirurgical "
               "(aucune conséquence), %d chutes au transfert, %d erreurs d'étiquetage de spécimens. Aucun événement sentinelle. "
               "Les déclarations individuelles ne sont pas diffusées.\n\n%s",
               "%s\n\nQuarterly incident report summary (AH-223) for the OR: %d reports including %d count discrepancies (no harm), %d transfer falls, "
               "%d specimen labelling errors. No sentinel events.\n\n%s") % (
        c.greet(), c.rng.randint(20, 60), c.rng.randint(1, 6), c.rng.randint(0, 3), c.rng.randint(1, 8), c.close())
    return c.spec("quality", c.T("Bilan des incidents – bloc", "Incident summary - OR"), risk, [c.who(G.MANAGERS[0]), c.who(G.MANAGERS[2])], text=text,
                  note="aggregate incident/accident summary")


def n_forward_it_eml(c):
    mgr = G.MANAGERS[0]
    inner_text = c.T("Bonjour,\n\nLe nouveau portail de réservation des salles de réunion est en ligne. Vos anciennes réservations ont été migrées.\n\nService des TI",
                     "Hello,\n\nThe new meeting-room booking portal is live. Old bookings have been migrated.\n\nIT service")
    inner = c.spec("inner", c.T("Nouveau portail de réservation des salles", "New meeting room booking portal"), IT, [("Gestionnaires", "gestionnaires@" + G.CISSS)],
                   text=inner_text)
    raw = c.render(inner)
    text = c.T("%s\n\nPour info, voir le message ci-joint (ne concerne pas la réservation du bloc).\n\n%s", "%s\n\nFYI see attached (not about OR booking).\n\n%s") % (
        c.greet(), c.sig(mgr))
    return c.spec("forward_notice", c.T("TR: Nouveau portail", "Fwd: New portal"), c.who(mgr), [("Personnel bloc", "bloc-personnel@" + G.H)],
                  text=text, atts=[Att("message.eml", "message/rfc822", raw)], note="forwarded IT notice as message/rfc822")


def n_forward_recall_eml(c):
    biomed = G.MANAGERS[3]
    lots = [lot_code(c.rng) for _ in range(3)]
    inner_text = c.T("Madame, Monsieur,\n\nPar mesure de précaution, nous retirons volontairement les lots %s du cathéter épidural 18G "
                     "(défaut d'emballage pouvant compromettre la stérilité). Aucun incident rapporté.\n\nAffaires réglementaires",
                     "Dear customer,\n\nAs a precaution we are voluntarily recalling lots %s of the 18G epidural catheter (packaging defect). No incidents reported.\n\nRegulatory affairs") % ", ".join(lots)
    inner = c.spec("inner", c.T("Retrait volontaire – cathéter épidural", "Voluntary recall - epidural catheter"), ("Affaires réglementaires", "reglementaire@laparotech.example"),
                   [(biomed.full, biomed.email)], text=inner_text)
    raw = c.render(inner)
    text = c.T("%s\n\nAvis de retrait reçu, voir pièce jointe. Vérifiez vos stocks en anesthésie.\n\n%s", "%s\n\nRecall notice received, see attachment. Please check anaesthesia stock.\n\n%s") % (
        c.greet(), c.sig(biomed))
    return c.spec("recall", c.T("TR: Retrait volontaire", "Fwd: Voluntary recall"), c.who(biomed), [c.who(G.MANAGERS[5]), ("Anesthésie", "anesthesie@" + G.H)],
                  text=text, atts=[Att(c.T("retrait_catheter.eml", "recall.eml"), "message/rfc822", raw)], note="forwarded supplier recall (rfc822)")


def n_waitlist_policy(c):
    mgr = G.MANAGERS[2]
    text = c.T("%s\n\nRappel des cibles ministérielles : aucun patient ne doit attendre plus d'un an pour une chirurgie. Au %s, %d patients dépassent ce délai "
               "dans la région (%d en orthopédie). Les chirurgiens sont invités à réviser les priorités P4-P5 et à offrir le transfert vers un autre "
               "établissement lorsque pertinent. Aucun nom ne doit circuler par courriel : utilisez le module sécurisé.\n\n%s\n%s",
               "%s\n\nReminder of ministry targets: no patient should wait over a year. As of %s, %d patients exceed this in the region (%d in ortho). "
               "Please review P4-P5 priorities. No names by e-mail: use the secure module.\n\n%s\n%s") % (
        c.greet(), c.date(c.day, 1), c.rng.randint(80, 400), c.rng.randint(20, 120), c.close(), c.sig(mgr))
    return c.spec("waitlist_policy", c.T("Liste d'attente : cibles et consignes", "Wait list: targets and instructions"), c.who(mgr),
                  [("Chirurgiens", "chirurgie-md@" + G.H)], text=text, note="wait-list targets, aggregate counts")


def n_staff_injury(c):
    mgr = G.MANAGERS[0]
    g, s = c.pick(URDM_STAFF)
    text = c.T("%s\n\n%s %s s'est blessé(e) au dos en soulevant un plateau lourd (12 kg) à l'URDM mardi. Déclaration faite; en arrêt de travail "
               "jusqu'à avis du bureau de santé. Je demande une analyse ergonomique des plateaux d'orthopédie de plus de 10 kg.\n\n%s",
               "%s\n\n%s %s hurt their back lifting a heavy tray (12 kg) in MDRD on Tuesday. Report filed; off work pending occupational health. "
               "Requesting an ergonomic review of ortho trays over 10 kg.\n\n%s") % (c.greet(), g, s, c.sig(mgr))
    return c.spec("occupational_health", c.T("Accident de travail URDM – plateaux lourds", "Workplace injury MDRD - heavy trays"), c.who(mgr),
                  [c.who(G.MANAGERS[1]), ("Santé et sécurité au travail", "sst@" + G.CISSS)], text=text, note="employee workplace injury (staff, not patient)")


def n_conference_abstract(c):
    res = c.pick(G.OUTSIDE[3:5])
    text = c.T("%s\n\nMon résumé a été accepté au congrès de l'Association québécoise de chirurgie : « Cholécystectomie en chirurgie d'un jour "
               "en région : série de 412 cas consécutifs ». Taux de conversion 2,4 %%, réadmission 3,1 %%. Présentation orale le %s.\n\n%s",
               "%s\n\nMy abstract was accepted: 'Day-surgery cholecystectomy in a regional hospital: 412 consecutive cases'. Conversion 2.4%%, "
               "readmission 3.1%%. Oral presentation on %s.\n\n%s") % (c.greet(G.SURGEONS[0].dr_name(c.lang)), c.date(c.later(30, 90), 1), c.sig(res))
    return c.spec("conference", c.T("Résumé accepté!", "Abstract accepted!"), c.who(res), [c.who(G.SURGEONS[0]), c.who(G.SURGEONS[4])], text=text,
                  note="case-series abstract, aggregate only")


PLAN = [
    (n_job_posting, 4, None), (n_hr_staff, 4, None), (n_occ_health, 4, None), (n_it_notice, 4, None), (n_it_phishing, 2, None),
    (n_facilities, 4, None), (n_invoice, 4, None), (n_purchase_order, 4, None), (n_blank_preop_form, 3, None),
    (n_blank_booking_form, 3, None), (n_email_template, 3, None), (n_newsletter, 4, None), (n_committee, 5, None),
    (n_drug_shortage, 5, None), (n_research, 3, None), (n_patient_education, 3, None), (n_physician_disease, 4, None),
    (n_office_closure, 3, None), (n_rep_visit, 3, None), (n_training, 3, None), (n_supply_stockout, 3, None),
    (n_anesth_check, 2, None), (n_policy, 3, None), (n_social_event, 2, None), (n_survey, 2, None), (n_incident_anon, 2, None),
    (n_forward_it_eml, 2, None), (n_forward_recall_eml, 2, None), (n_waitlist_policy, 2, None), (n_staff_injury, 2, None),
    (n_conference_abstract, 2, None),
]
