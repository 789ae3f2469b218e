"""Negative templates, part D: more hard negatives (clinical talk without identities, admin odds and ends)."""
import datetime as dt

import gen_common as C
import gen_docs as D
from gen_clin import Draft
from gen_mime import Att
from gen_pos_a import workday, clinic_box
from gen_pos_c import orig_block
from gen_neg_a import allstaff, XLSX, DOCX, _cycle

CL = C.CLINIC


# --------------------------------------------------------------------------
def n_general_question(ctx, lang, now):
    """A clinical question in general terms, answered with the question quoted: no patient."""
    d = Draft(ctx, lang, "general_clinical_question", "")
    rng = d.rng
    doc = rng.choice(C.PHYSICIANS)
    nurse = rng.choice(C.NURSES)
    qa = _cycle(ctx, "genq", [
        (("Question générale : quand un QuantiFERON revient indéterminé chez quelqu'un sous prednisone 20 mg, on le reprend "
          "ou on fait un TCT? On a eu trois cas ce mois-ci.",
          "On le reprend quand la prednisone est sous 10 mg; si c'est urgent de débuter, TCT en parallèle et RX pulmonaire. "
          "Je vais ajouter ça au protocole."),
         ("General question: when a QuantiFERON comes back indeterminate in someone on prednisone 20 mg, do we repeat it or do a "
          "TST? We had three this month.",
          "Repeat once prednisone is under 10 mg; if the start is urgent, TST in parallel plus a chest X-ray. I'll add it to the protocol.")),
        (("Pour les premières doses de rituximab, est-ce qu'on garde le débit de départ à 50 mg/h même avec la prémédication complète?",
          "Oui, 50 mg/h puis augmenter de 50 mg/h aux 30 min jusqu'à 400 mg/h. Les doses suivantes peuvent commencer à 100 mg/h."),
         ("For first rituximab doses, do we keep the starting rate at 50 mg/h even with full premedication?",
          "Yes, 50 mg/h then increase by 50 mg/h every 30 min up to 400 mg/h. Subsequent doses can start at 100 mg/h.")),
        (("Est-ce que le Shingrix peut être donné le même jour qu'une perfusion d'infliximab?",
          "Oui, aucun problème : c'est un vaccin inactivé. Idéalement avant le début du traitement, mais pas de délai nécessaire après."),
         ("Can Shingrix be given on the same day as an infliximab infusion?",
          "Yes, no problem: it's a non-live vaccine. Ideally before treatment starts, but no interval needed afterwards.")),
    ])
    q, a = qa[0] if lang == "fr" else qa[1]
    asked = now - dt.timedelta(hours=rng.randint(2, 30))
    subj = d.t("Question - protocole", "Question - protocol")
    d.text = a + f"\n\n{C.staff_formal(doc, lang)}\n\n" + orig_block(lang, f"{C.staff_name(nurse, lang)} <{C.staff_addr(nurse)}>",
                                                                     f"{C.staff_name(doc, lang)} <{C.staff_addr(doc)}>", asked, subj) + q + \
        f"\n\n{C.STAFF[nurse]['given']}"
    d.frm = d.staff(doc)
    d.to = [d.staff(nurse)]
    d.subject = "RE: " + subj
    d.note = d.t("question clinique générale sans patient", "general clinical question, no patient")
    return d


# --------------------------------------------------------------------------
def n_lost_found(ctx, lang, now):
    d = Draft(ctx, lang, "lost_and_found", "")
    rng = d.rng
    item = rng.choice([("une paire de lunettes de lecture (étui bleu)", "a pair of reading glasses (blue case)"),
                       ("un chargeur de téléphone et une tuque grise", "a phone charger and a grey toque"),
                       ("un parapluie noir", "a black umbrella")])
    d.text = d.t(f"Bonjour,\n\nObjets trouvés à l'unité de perfusion (fauteuil {rng.randint(1, 12)}, jeudi après-midi) : {item[0]}. "
                 "Ils sont à l'accueil dans le bac des objets perdus. Si un patient appelle, on peut les lui remettre à sa prochaine visite.\n\nSamuel",
                 f"Hi,\n\nFound in the infusion unit (chair {rng.randint(1, 12)}, Thursday afternoon): {item[1]}. They're in the lost-and-found "
                 "bin at the front desk. If a patient calls, we can hand them back at the next visit.\n\nSamuel")
    d.frm = d.staff("petit")
    d.to = [(d.t("Équipe perfusion", "Infusion team"), clinic_box("perfusion"))]
    d.subject = d.t("Objets trouvés", "Lost and found")
    d.note = d.t("objets trouvés", "lost and found")
    return d


# --------------------------------------------------------------------------
def n_room_booking(ctx, lang, now):
    d = Draft(ctx, lang, "room_booking", "")
    rng = d.rng
    day = workday(now, 3, 20, rng)
    start = dt.datetime(day.year, day.month, day.day, rng.choice([8, 12, 15]), 0)
    what = _cycle(ctx, "room", [("Réunion clinique lupus (revue des protocoles)", "Lupus clinic meeting (protocol review)"),
                                ("Rencontre fournisseur - fauteuils", "Vendor meeting - chairs"),
                                ("Entrevues - poste infirmier", "Interviews - nursing position")])
    ics = D.make_ics(f"salle-{day.isoformat()}-{start.hour}@{CL['dom']}", dt.datetime(2025, 1, 1, 12, 0), start,
                     start + dt.timedelta(hours=1), what[0 if lang == "fr" else 1], location=d.t("Salle B, 3e étage", "Room B, 3rd floor"),
                     organizer=(C.staff_name("charest", lang, False), C.staff_addr("charest")),
                     attendees=[(C.staff_name(k, lang, False), C.staff_addr(k)) for k in ("vezina", "haddad")])
    d.atts.append(Att(ics, "text/calendar", "invite.ics", ctype_params="method=REQUEST", charset="utf-8",
                      disposition=rng.choice(["attachment", "inline"])))
    d.text = d.t(f"{what[0]}\n{C.dfr(day, True)}, {start.hour} h\nSalle B, 3e étage", f"{what[1]}\n{C.den(day, True)}, {start.hour}:00\nRoom B, 3rd floor")
    d.frm = d.staff("charest")
    d.to = [d.staff("vezina"), d.staff("haddad")]
    d.subject = d.t("Invitation : ", "Invitation: ") + what[0 if lang == "fr" else 1]
    d.note = d.t("invitation de réunion", "meeting invitation")
    return d


# --------------------------------------------------------------------------
def n_expense(ctx, lang, now):
    d = Draft(ctx, lang, "expense_claim", "")
    rng = d.rng
    who = rng.choice(["raman", "drouin", "marchand", "gendron"])
    rows = [[d.t("Date", "Date"), d.t("Description", "Description"), d.t("Montant", "Amount")],
            [(now.date() - dt.timedelta(days=20)).isoformat(), d.t("Inscription - congrès de rhumatologie", "Registration - rheumatology congress"), "450.00"],
            [(now.date() - dt.timedelta(days=19)).isoformat(), d.t("Hôtel (2 nuits)", "Hotel (2 nights)"), "389.40"],
            [(now.date() - dt.timedelta(days=19)).isoformat(), d.t("Kilométrage 312 km", "Mileage 312 km"), "168.48"]]
    d.atts.append(Att(D.make_pdf(d.t("Réclamation de dépenses", "Expense claim"), "", table=rows,
                                 fields=[(d.t("Employé(e)", "Employee"), C.staff_name(who, lang, False)), (d.t("Centre de coûts", "Cost centre"), "7120-RHU")]),
                      "application/pdf", d.t("reclamation_depenses.pdf", "expense_claim.pdf")))
    d.text = d.t(f"Bonjour Josiane,\n\nVoici ma réclamation pour le congrès (reçus numérisés dans le même PDF). Approuvée par Louise.\n\n{C.STAFF[who]['given']}",
                 f"Hi Josiane,\n\nHere is my claim for the congress (receipts scanned in the same PDF). Approved by Louise.\n\n{C.STAFF[who]['given']}")
    d.frm = d.staff(who)
    d.to = [d.staff("fiset")]
    d.subject = d.t("Réclamation de dépenses - congrès", "Expense claim - congress")
    d.note = d.t("réclamation de dépenses d'un employé", "staff expense claim")
    return d


# --------------------------------------------------------------------------
def n_staff_flu(ctx, lang, now):
    d = Draft(ctx, lang, "occupational_health", "")
    rng = d.rng
    pct = rng.randint(64, 86)
    d.text = d.t(f"Bonjour,\n\nTaux de vaccination antigrippale du personnel au {now.date().isoformat()} : {pct} % (objectif 80 %). "
                 "Une dernière clinique de vaccination pour les employés aura lieu jeudi de 11 h à 13 h à la salle 3. "
                 "Les employés qui refusent doivent porter le masque en zone clinique jusqu'à la fin de la saison.\n\n" + C.signature("quintal", "fr"),
                 f"Hello,\n\nStaff influenza vaccination rate as of {now.date().isoformat()}: {pct}% (target 80%). A last staff vaccination clinic "
                 "runs Thursday 11 am to 1 pm in room 3. Staff who decline must mask in clinical areas until the end of the season.\n\n" + C.signature("quintal", "en"))
    d.frm = d.staff("quintal")
    d.to = allstaff(d)
    d.subject = d.t("Vaccination antigrippale du personnel", "Staff flu vaccination")
    d.note = d.t("vaccination du personnel, données agrégées", "staff vaccination, aggregate")
    return d


# --------------------------------------------------------------------------
def n_students(ctx, lang, now):
    d = Draft(ctx, lang, "student_orientation", "")
    rng = d.rng
    names = rng.sample(C.EXTRA_STAFF_NAMES, 3)
    day = workday(now, 5, 25, rng)
    d.text = d.t(f"Bonjour l'équipe,\n\nTrois stagiaires en sciences infirmières (3e année) seront avec nous à partir du {C.dfr(day, True)} : "
                 + ", ".join(f"{g} {s}" for g, s in names) + ". Accueil à 7 h 30 au poste infirmier; Mélanie est leur préceptrice. "
                 "Ils observeront la préparation et l'administration des biologiques et la gestion des réactions.\n\nNadia",
                 f"Hi team,\n\nThree 3rd-year nursing students will be with us from {C.den(day, True)}: " + ", ".join(f"{g} {s}" for g, s in names) +
                 ". Orientation at 7:30 at the nursing station; Mélanie is their preceptor. They will observe biologic preparation and "
                 "administration and reaction management.\n\nNadia")
    d.frm = d.staff("haddad")
    d.to = [(d.t("Équipe perfusion", "Infusion team"), clinic_box("perfusion"))]
    d.subject = d.t("Stagiaires en soins infirmiers", "Nursing students")
    d.note = d.t("accueil de stagiaires", "student orientation")
    return d


# --------------------------------------------------------------------------
def n_wait_times(ctx, lang, now):
    d = Draft(ctx, lang, "aggregate_stats", "")
    rng = d.rng
    rows = [[d.t("Priorité", "Priority"), d.t("Cible", "Target"), d.t("Délai médian (jours)", "Median wait (days)"), d.t("En attente", "Waiting")]]
    for pri, tgt in (("A", "3"), ("B", "10"), ("C", "28"), ("D", "90"), ("E", "365")):
        rows.append([pri, tgt, str(int(int(tgt) * rng.uniform(0.6, 2.4))), str(rng.randint(2, 140))])
    d.atts.append(Att(D.make_csv(rows, ";" if lang == "fr" else ",").encode("utf-8"), "text/csv",
                      d.t("delais_attente.csv", "wait_times.csv"), charset="utf-8", cte=rng.choice(["7bit", "quoted-printable", "base64"])))
    d.text = d.t("Bonjour,\n\nDélais d'attente pour une première consultation, par priorité (CRDS). Les priorités C et D dépassent "
                 "les cibles; on propose d'ajouter une demi-journée de nouveaux patients le vendredi.\n\nLouise",
                 "Hello,\n\nWait times for a first consultation, by priority. Priorities C and D exceed targets; we propose adding a "
                 "half-day of new patients on Fridays.\n\nLouise")
    d.frm = d.staff("charest")
    d.to = [d.staff(k) for k in C.PHYSICIANS]
    d.subject = d.t("Délais d'attente - nouvelles consultations", "Wait times - new consults")
    d.note = d.t("délais d'attente agrégés", "aggregate wait times")
    return d


# --------------------------------------------------------------------------
def n_drug_info(ctx, lang, now):
    d = Draft(ctx, lang, "drug_information", "")
    rng = d.rng
    info = _cycle(ctx, "druginfo", [
        (("Nouveau biosimilaire du tocilizumab (Tyenne) inscrit à la liste. Fioles de 80, 200 et 400 mg; même posologie que l'original "
          "(8 mg/kg, max 800 mg). Stabilité après dilution : 24 h au frigo. DIN à ajouter au gabarit d'ordonnance."),
         ("New tocilizumab biosimilar (Tyenne) now listed. 80, 200 and 400 mg vials; same dosing as the originator (8 mg/kg, max 800 mg). "
          "Stability after dilution: 24 h refrigerated. DIN to be added to the order template.")),
        (("Rappel : l'infliximab doit être administré avec un filtre en ligne de 0,2 µm ou moins, sur au moins 2 h pour les doses "
          "d'induction. Les perfusions accélérées (1 h) sont permises après 3 doses bien tolérées."),
         ("Reminder: infliximab must be given through a 0.2 micron in-line filter, over at least 2 h for induction doses. Accelerated "
          "(1 h) infusions are allowed after 3 well-tolerated doses.")),
        (("Pegloticase : le taux d'acide urique doit être vérifié dans les 48 h précédant chaque perfusion; arrêter si > 360 µmol/L "
          "à deux reprises. Le méthotrexate concomitant réduit le risque d'anticorps."),
         ("Pegloticase: uric acid must be checked within 48 h before each infusion; stop if > 360 umol/L twice. Concomitant "
          "methotrexate reduces antibody formation."))])
    d.text = d.t("Bonjour,\n\n" + info[0] + "\n\nMarc-André Dufresne, pharmacien", "Hello,\n\n" + info[1] + "\n\nMarc-André Dufresne, pharmacist")
    d.frm = d.staff("dufresne")
    d.to = [(d.t("Équipe perfusion", "Infusion team"), clinic_box("perfusion"))] + [d.staff(k) for k in C.PHYSICIANS[:2]]
    d.subject = d.t("Info-médicament", "Drug info")
    d.layout = rng.choice(["plain", "alt"])
    d.note = d.t("information pharmaceutique générale", "general drug information")
    return d


# --------------------------------------------------------------------------
def n_survey(ctx, lang, now):
    d = Draft(ctx, lang, "patient_survey", "")
    rng = d.rng
    n = rng.randint(120, 260)
    d.text = d.t(f"Bonjour,\n\nRésultats du sondage de satisfaction (n = {n}, réponses anonymes) :\n\n"
                 f"- Satisfaction globale : {rng.randint(88, 97)} %\n- Temps d'attente avant la perfusion jugé acceptable : {rng.randint(70, 90)} %\n"
                 f"- Confort des fauteuils : {rng.randint(60, 85)} %\n\nCommentaires choisis : « Le personnel est très attentionné », "
                 "« Il fait froid dans la salle », « Difficile de trouver du stationnement ».\n\nLouise",
                 f"Hello,\n\nPatient satisfaction survey results (n = {n}, anonymous responses):\n\n"
                 f"- Overall satisfaction: {rng.randint(88, 97)}%\n- Wait before infusion rated acceptable: {rng.randint(70, 90)}%\n"
                 f"- Chair comfort: {rng.randint(60, 85)}%\n\nSelected comments: 'Staff are very caring', 'The room is cold', 'Parking is hard "
                 "to find'.\n\nLouise")
    d.frm = d.staff("charest")
    d.to = allstaff(d)
    d.subject = d.t("Sondage de satisfaction - résultats", "Satisfaction survey - results")
    d.layout = rng.choice(["html", "alt", "plain"])
    d.note = d.t("sondage anonyme, résultats agrégés", "anonymous survey, aggregate results")
    return d


# --------------------------------------------------------------------------
def n_fax_test(ctx, lang, now):
    d = Draft(ctx, lang, "it_notice", "")
    rng = d.rng
    d.text = d.t(f"TEST - ne pas tenir compte.\n\nTélécopie de test envoyée au {CL['fax']} à {now.strftime('%H:%M')} pour valider la passerelle. "
                 "Une page blanche est jointe.\n\nDaniel", f"TEST - please ignore.\n\nTest fax sent to {CL['fax']} at {now.strftime('%H:%M')} "
                 "to validate the gateway. A blank page is attached.\n\nDaniel")
    d.atts.append(Att(D.make_pdf("TEST", d.t("Page de test - passerelle de télécopie", "Test page - fax gateway")), "application/pdf", "fax_test_0001.pdf"))
    d.frm = d.staff("kowalski")
    d.to = [(d.t("Télécopies CRPT", "CRPT Faxes"), clinic_box("telecopies"))]
    d.subject = d.t("TEST télécopie", "TEST fax")
    d.note = d.t("test de la passerelle de télécopie", "fax gateway test")
    return d


# --------------------------------------------------------------------------
def n_ack_template(ctx, lang, now):
    d = Draft(ctx, lang, "mail_merge_template", "")
    rng = d.rng
    paras = d.t(["[Nom du médecin référent]", "[Adresse de la clinique]", "",
                 "Objet : accusé de réception de votre demande de consultation",
                 "Nous avons bien reçu votre demande concernant [NOM DU PATIENT], né(e) le [DATE DE NAISSANCE], NAM [NAM].",
                 "Priorité attribuée : [A/B/C/D/E]. Le patient sera contacté directement pour son rendez-vous.",
                 "Accueil - Centre de rhumatologie et de perfusion des Trembles"],
                ["[Referring physician name]", "[Clinic address]", "", "Re: acknowledgment of your consultation request",
                 "We have received your request regarding [PATIENT NAME], born [DATE OF BIRTH], health card [NUMBER].",
                 "Priority assigned: [A/B/C/D/E]. The patient will be contacted directly for an appointment.",
                 "Intake - Des Trembles Rheumatology & Infusion Centre"])
    d.atts.append(Att(D.make_docx(d.t("Accusé de réception - gabarit", "Acknowledgment - template"), paras), DOCX,
                      d.t("gabarit_accusé_réception.docx", "acknowledgment_template.docx")))
    d.text = d.t("Bonjour,\n\nVoici le gabarit révisé de l'accusé de réception envoyé aux médecins référents. Merci de l'utiliser à partir de lundi.\n\nChantal",
                 "Hello,\n\nHere is the revised acknowledgment template for referring physicians. Please use it from Monday.\n\nChantal")
    d.frm = d.staff("beaulieu")
    d.to = [d.staff("petit"), d.staff("fiset")]
    d.subject = d.t("Gabarit - accusé de réception des références", "Template - referral acknowledgment")
    d.note = d.t("gabarit de lettre vierge", "blank letter template")
    return d


# --------------------------------------------------------------------------
def n_rate_table(ctx, lang, now):
    d = Draft(ctx, lang, "clinical_protocol", "")
    rng = d.rng
    rows = [[d.t("Temps (min)", "Time (min)"), d.t("1re perfusion (mg/h)", "1st infusion (mg/h)"), d.t("Perfusions suivantes (mg/h)", "Subsequent (mg/h)")]]
    for i, t in enumerate(range(0, 210, 30)):
        rows.append([t, min(50 + 50 * i, 400), min(100 + 100 * i, 400)])
    d.atts.append(Att(D.make_xlsx([(d.t("Rituximab", "Rituximab"), rows)]), XLSX, d.t("debits_rituximab.xlsx", "rituximab_rates.xlsx")))
    d.text = d.t("Bonjour,\n\nTableau des débits de titration du rituximab mis à jour (arrondi aux 50 mg/h). À imprimer pour les pompes "
                 "non programmées.\n\nNadia", "Hello,\n\nUpdated rituximab titration rate table (rounded to 50 mg/h). Please print for "
                 "non-programmed pumps.\n\nNadia")
    d.frm = d.staff("haddad")
    d.to = [(d.t("Équipe perfusion", "Infusion team"), clinic_box("perfusion"))]
    d.subject = d.t("Tableau de titration - rituximab", "Titration table - rituximab")
    d.note = d.t("tableau de débits générique", "generic rate table")
    return d


TEMPLATES = [
    (n_general_question, 4), (n_lost_found, 2), (n_room_booking, 2), (n_expense, 2), (n_staff_flu, 2), (n_students, 2),
    (n_wait_times, 2), (n_drug_info, 4), (n_survey, 2), (n_fax_test, 2), (n_ack_template, 2), (n_rate_table, 1),
]
