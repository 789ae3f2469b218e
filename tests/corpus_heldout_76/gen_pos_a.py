"""Positive (confidential) templates, part A: booking, wait lists, pre-op, day surgery, handover."""
import datetime

import gen_common as G
import gen_attach as A
from gen_mime import Att, html_table, text_table, html_doc, p_html

PRIO_FR = ["P1 (< 2 sem.)", "P2 (< 4 sem.)", "P3 (< 3 mois)", "P4 (< 6 mois)", "P5 (< 12 mois)", "Priorité A", "Priorité C", "Semi-urgent"]
PRIO_EN = ["P1 (< 2 wks)", "P2 (< 4 wks)", "P3 (< 3 mo)", "P4 (< 6 mo)", "P5 (< 12 mo)", "Priority A", "Priority C", "Semi-urgent"]


def p_booking(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    sec = G.secretary_for(proc)
    clerk = G.SECRETARIES[2]
    p = c.person(nam=c.chance(0.7))
    m = c.mrn()
    d = c.later(10, 90)
    anticoag = c.chance(0.5)
    med = c.pick([x for x in G.MEDS if x[2] == "anticoag"]) if anticoag else c.pick(G.MEDS)
    medtxt = med[0] if c.lang == "fr" else med[1]
    types = ["patient_name", "date_of_birth", "mrn", "diagnosis", "medication"]
    lines = []
    if c.lang == "fr":
        lines += ["Nom : %s" % c.name(p, c.pick([0, 2, 3])),
                  "DDN : %s   Sexe : %s" % (c.dob(p), p.sex)]
        if p.nam:
            lines.append("NAM : %s" % c.nam(p)); types.append("ramq_nam")
        lines += ["%s" % G.cap(c.mrn_txt(m)),
                  "Intervention : %s" % proc[0],
                  "Diagnostic : %s" % proc[2],
                  "Chirurgien : %s" % surg.dr_name("fr"),
                  "Priorité : %s" % c.pick(PRIO_FR),
                  "Durée estimée : %d min" % c.pick([45, 60, 90, 120, 150, 180]),
                  "Anesthésie : %s" % c.pick(["générale", "rachidienne", "bloc + sédation", "locale + sédation"]),
                  "Séjour : %s" % c.pick(["chirurgie d'un jour", "hospitalisation 1 nuit", "hospitalisation 2-3 jours"]),
                  "Médication à surveiller : %s" % medtxt,
                  "Date souhaitée : %s" % c.date(d)]
        if c.chance(0.5):
            lines.append("Particularités : %s; %s" % (c.comorb(), c.allergy_phrase()))
        intro = c.pick(["Voici une nouvelle demande de réservation de salle pour %s." % surg.dr_name("fr"),
                        "SVP inscrire au programme opératoire :",
                        "Demande de réservation – formulaire AH-268 rempli, voici les infos en attendant l'original :"])
        subj = c.pick(["Réservation bloc – %s" % surg.dr_name("fr"), "Demande de réservation salle d'op",
                       "Nouvelle réservation %s" % c.date(d, 0), "Réservation %s – %s" % (proc[0].split(" ")[0], p.surname.upper())])
        text = "%s\n\n%s\n\n%s\n\n%s\n%s" % (c.greet(clerk.given), intro, "\n".join(lines), c.close(), c.sig(sec))
    else:
        lines += ["Patient: %s" % c.name(p, c.pick([0, 2, 3])),
                  "DOB: %s   Sex: %s" % (c.dob(p), p.sex)]
        if p.nam:
            lines.append("RAMQ: %s" % c.nam(p)); types.append("ramq_nam")
        lines += [c.mrn_txt(m),
                  "Procedure: %s" % proc[1],
                  "Diagnosis: %s" % proc[3],
                  "Surgeon: %s" % surg.dr_name("en"),
                  "Priority: %s" % c.pick(PRIO_EN),
                  "Est. duration: %d min" % c.pick([45, 60, 90, 120, 150]),
                  "Anaesthesia: %s" % c.pick(["GA", "spinal", "regional + sedation", "MAC"]),
                  "Current meds of note: %s" % medtxt,
                  "Requested date: %s" % c.date(d)]
        intro = c.pick(["Please book the following case:", "New OR booking request below, form to follow by interoffice mail.",
                        "Can you slot this one in for %s?" % surg.dr_name("en")])
        subj = c.pick(["OR booking request", "Booking - %s" % surg.dr_name("en"), "New case to book %s" % c.date(d, 0)])
        text = "%s\n\n%s\n\n%s\n\n%s\n%s" % (c.greet(clerk.given), intro, "\n".join(lines), c.close(), c.sig(sec))
    return c.spec("booking", subj, c.who(sec), [c.who(clerk)], text=text, types=types,
                  note="OR booking request with patient identifiers, procedure and medication")


def _waitlist_rows(c, n, spec_idx=None):
    rows = []
    types = set(["patient_name", "diagnosis"])
    for i in range(n):
        if spec_idx is None:
            proc = c.proc()
        else:
            proc = c.proc([x for x in G.PROCS if x[4] == spec_idx] or G.PROCS)
        p = c.person(nam=c.chance(0.55))
        req = c.earlier(40, 500)
        wait = (c.day - req).days
        if p.nam:
            types.add("ramq_nam")
        types.add("date_of_birth")
        rows.append([p.surname.upper(), p.given, p.nam or "", p.dob.isoformat(), c.pr(proc), req.isoformat(), wait,
                     c.pick(["P3", "P4", "P5", "P4", "P2"])])
    return rows, types


def p_waitlist_xlsx(c):
    spec_idx = c.pick([0, 1, 2, 3, None])
    rows, types = _waitlist_rows(c, c.rng.randint(7, 14), spec_idx)
    hdr = ["Nom", "Prénom", "NAM", "DDN", "Intervention", "Date de demande", "Jours d'attente", "Priorité"] if c.lang == "fr" else \
        ["Last name", "First name", "RAMQ", "DOB", "Procedure", "Request date", "Days waiting", "Priority"]
    if not any(r[2] for r in rows):
        types.discard("ramq_nam")
    clerk = G.SECRETARIES[4]
    mgr = G.MANAGERS[0]
    data = A.make_xlsx([(c.T("Liste attente", "Wait list"), [hdr] + rows)], author=clerk.full)
    fname = c.pick([c.T("liste_attente_%s.xlsx", "waitlist_%s.xlsx") % c.day.strftime("%Y%m%d"),
                    c.T("Patients_en_attente_plus_de_6_mois.xlsx", "Patients_waiting_over_6_months.xlsx"),
                    "Extraction_SIMASS_%s.xlsx" % c.day.strftime("%Y-%m")])
    if c.lang == "fr":
        subj = c.pick(["Liste d'attente à jour", "Extraction liste d'attente – patients > 6 mois", "Liste pour la révision des priorités"])
        text = "%s\n\nCi-joint l'extraction demandée pour la rencontre de jeudi. J'ai retiré les patients déjà opérés; il en reste %d pour %s.\n\n%s\n%s" % (
            c.greet(mgr.given), len(rows), c.pick(["la chirurgie générale", "l'orthopédie", "l'ORL", "l'urologie", "tous les services"]),
            c.close(), c.sig(clerk))
    else:
        subj = c.pick(["Updated wait list", "Wait list extract - patients over 6 months", "List for priority review"])
        text = "%s\n\nAttached is the extract you asked for. %d patients still waiting after removing those already operated.\n\n%s\n%s" % (
            c.greet(mgr.given), len(rows), c.close(), c.sig(clerk))
    att = Att(fname, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)
    return c.spec("waitlist_xlsx", subj, c.who(clerk), [c.who(mgr)], text=text, atts=[att], types=sorted(types),
                  note="spreadsheet of surgical wait list with identifiers")


def p_waitlist_zipcsv(c):
    rows, types = _waitlist_rows(c, c.rng.randint(5, 10))
    hdr = ["nom", "prenom", "nam", "ddn", "intervention", "date_demande", "jours", "prio"]
    if not any(r[2] for r in rows):
        types.discard("ramq_nam")
    csvb = A.make_csv([hdr] + rows, delimiter=c.pick([",", ";"]), encoding=c.pick(["utf-8", "cp1252"]), bom=c.chance(0.5))
    inner = c.pick(["export_liste_attente.csv", "attente_%s.csv" % c.day.strftime("%Y%m%d"), "rappel_patients.csv"])
    z = A.make_zip([(inner, csvb), ("LISEZMOI.txt", "Export automatique – usage interne seulement.\r\n".encode("utf-8"))])
    clerk = G.SECRETARIES[4]
    to = c.pick([G.SECRETARIES[0], G.SECRETARIES[1], G.MANAGERS[0]])
    if c.lang == "fr":
        subj = c.pick(["Export hebdo", "fichier demandé", "Liste pour appels de confirmation"])
        text = "%s\n\nVoici le fichier zippé. Le mot de passe suit dans un autre courriel (finalement non, le système ne le permet pas... je l'envoie tel quel).\n\n%s\n%s" % (
            c.greet(to.given), c.close(), c.sig(clerk))
    else:
        subj = c.pick(["Weekly export", "file you asked for", "Confirmation call list"])
        text = "%s\n\nZipped file attached - the export tool doesn't do passwords, sorry.\n\n%s\n%s" % (c.greet(to.given), c.close(), c.sig(clerk))
    att = Att(c.pick(["export.zip", "liste_%s.zip" % c.day.strftime("%m%d")]), "application/zip", z)
    return c.spec("waitlist_zip", subj, c.who(clerk), [c.who(to)], text=text, atts=[att], types=sorted(types),
                  note="ZIP containing CSV wait-list export with patient identifiers")


def p_preop_clinic(c):
    proc = c.proc()
    nurse = G.NURSES[3]
    an = c.pick(G.ANESTH)
    p = c.person(nam=c.chance(0.3), lo=1935, hi=1975)
    m = c.mrn()
    L = G.labs(c.rng, c.lang)
    keys = c.rng.sample(list(L.keys()), 4)
    labtxt = ", ".join("%s %s" % (k, L[k]) for k in keys)
    med1, med2 = c.med(), c.med()
    com1, com2 = c.comorb(), c.comorb()
    d = c.later(5, 30)
    types = ["patient_name", "mrn", "diagnosis", "medication", "lab_result"]
    if c.lang == "fr":
        subj = c.pick(["Question préop – %s" % p.surname, "Avis anesthésie SVP", "Clinique préop : patient à revoir?",
                       "Préop %s %s" % (c.date(d, 0), c.pr(proc).split(" ")[0])])
        body = ("%s\n\nJ'ai vu ce matin en clinique préopératoire %s (%s), %d ans, prévu(e) le %s pour %s avec %s.\n\n"
                "Antécédents : %s, %s.\nMédication : %s, %s.\nAllergie : %s.\nBilan : %s.\n\n"
                "%s\n\nEst-ce que tu veux le/la voir en consultation avant la date ou on procède? Je dois rappeler demain.\n\n%s\n%s") % (
            c.greet(an.given), c.name(p, c.pick([0, 1, 3])), c.mrn_txt(m), c.age(p), c.date(d), c.pr(proc),
            G.surgeon_for(proc).dr_name("fr"), com1, com2, med1, med2, c.allergy(), labtxt,
            c.pick(["Dyspnée NYHA II, ne monte qu'un étage.", "Score STOP-BANG à 6, pas d'étude du sommeil.",
                    "ECG : FA à réponse contrôlée.", "Pas d'ECG récent, dernier en 2019.",
                    "Intubation difficile notée en 2016 (Cormack 3)."]),
            c.close(), c.sig(nurse))
    else:
        subj = c.pick(["Pre-op question - %s" % p.surname, "Anaesthesia opinion please", "PAC: needs review?"])
        body = ("%s\n\nSaw %s (%s), %d y.o., in pre-admission clinic today, booked %s for %s with %s.\n\n"
                "PMHx: %s, %s.\nMeds: %s, %s.\nAllergy: %s.\nBloodwork: %s.\n\n%s\n\n"
                "Do you want to see them in consult before the date or OK to proceed?\n\n%s\n%s") % (
            c.greet(an.given), c.name(p, c.pick([0, 1, 3])), c.mrn_txt(m), c.age(p), c.date(d), c.pr(proc),
            G.surgeon_for(proc).dr_name("en"), com1, com2, med1, med2, c.allergy(), labtxt,
            c.pick(["SOB on one flight of stairs.", "STOP-BANG 6, never had a sleep study.", "ECG shows rate-controlled AF.",
                    "Documented difficult airway in 2016 (Cormack-Lehane 3)."]),
            c.close(), c.sig(nurse))
    if p.nam and c.chance(0.8):
        body += c.T("\nNAM pour la requête ECG : %s\n", "\nRAMQ # for the ECG requisition: %s\n") % c.nam(p)
        types.append("ramq_nam")
    return c.spec("preop_clinic", subj, c.who(nurse), [c.who(an)], text=body, types=types,
                  note="pre-op clinic nurse asks anaesthetist about named patient with comorbidities, meds and labs", sex=p.sex)


def p_preop_instructions(c):
    proc = c.proc()
    nurse = c.pick([G.NURSES[3], G.NURSES[4]])
    p = c.person(nam=False)
    d = c.later(7, 40)
    ar = c.pick(["6 h 15", "6 h 45", "7 h 30", "10 h 00", "11 h 30"])
    anti = c.pick([x for x in G.MEDS if x[2] in ("anticoag", "sglt2", "glp1", "dm")])
    tel = c.phone()
    types = ["patient_name", "diagnosis", "medication", "patient_contact"]
    if c.lang == "fr":
        stop = {"anticoag": "cessez votre %s 2 jours avant (dernière dose le %s au matin)",
                "sglt2": "cessez votre %s 3 jours avant (dernière dose le %s)",
                "glp1": "ne prenez pas votre %s la semaine de la chirurgie (dernière dose le %s)",
                "dm": "ne prenez pas votre %s le matin de la chirurgie (dernière dose le %s au souper)"}[anti[2]] % (
            anti[0], c.date(d - datetime.timedelta(days=3 if anti[2] != "dm" else 1), 1))
        subj = c.pick(["Votre chirurgie du %s" % c.date(d, 1), "Consignes préopératoires", "Confirmation de votre date de chirurgie"])
        text = ("Bonjour %s,\n\nTel que discuté au téléphone, votre %s est prévue le %s. Présentez-vous à %s au "
                "Centre de chirurgie d'un jour (2e étage, entrée B).\n\nImportant :\n- %s;\n- à jeun à partir de minuit "
                "(eau claire permise jusqu'à 2 heures avant l'arrivée);\n- apportez la liste de vos médicaments et votre carte d'assurance maladie.\n\n"
                "Si vous avez de la fièvre ou un rhume dans les jours précédents, appelez-nous. Nous vous rappellerons au %s "
                "la veille pour confirmer l'heure.\n\n%s\n%s") % (
            c.name(p, 1), c.pr(proc), c.date(d, 3), ar, stop, tel, c.close(), c.sig(nurse))
    else:
        stop = "stop your %s %s before (last dose on %s)" % (anti[1], "3 days" if anti[2] == "sglt2" else "2 days",
                                                           c.date(d - datetime.timedelta(days=3), 1))
        subj = c.pick(["Your surgery on %s" % c.date(d, 1), "Pre-operative instructions", "Surgery date confirmation"])
        text = ("Dear %s,\n\nAs discussed by phone, your %s is scheduled on %s. Please come to the Day Surgery Centre "
                "(2nd floor, entrance B) at %s.\n\nImportant:\n- %s;\n- nothing to eat after midnight (clear fluids until 2 hours before arrival);\n"
                "- bring your medication list and your RAMQ card.\n\nWe will call you at %s the day before to confirm the time.\n\n%s\n%s") % (
            c.name(p, 1), c.pr(proc), c.date(d, 3), ar.replace(" h ", ":"), stop, tel, c.close(), c.sig(nurse))
    return c.spec("preop_instructions", subj, c.who(nurse), [(p.full, G.patient_email(c.rng, p))], text=text, types=types,
                  note="pre-op instructions e-mailed to patient: procedure, anticoagulant hold, phone")


def p_day_surgery_list(c):
    nurse = G.NURSES[4]
    d = c.later(1, 3)
    rows = [[c.T("Heure", "Time"), c.T("Salle", "Room"), "Patient", c.T("Âge", "Age"), c.T("Intervention", "Procedure"),
             c.T("Chirurgien", "Surgeon"), c.T("Remarques", "Notes")]]
    types = {"patient_name", "diagnosis"}
    with_nam = c.chance(0.4)
    if with_nam:
        rows[0].append("NAM")
    t = 7 * 60 + 30
    for i in range(c.rng.randint(5, 9)):
        proc = c.proc([x for x in G.PROCS if x[4] in (0, 1, 2, 3, 7)])
        p = c.person(nam=with_nam)
        al = c.allergy()
        hold = c.pick([x for x in G.MEDS if x[2] in ("anticoag", "antiplat", "sglt2", "glp1")])
        note = c.pick(["", "", al if al.startswith(("aucune", "no known")) else c.T("allergie ", "allergy ") + al, c.comorb(),
                       c.T("à jeun non confirmé", "NPO not confirmed"), c.T("cesser ", "hold ") + (hold[0] if c.lang == "fr" else hold[1])])
        if c.T("cesser ", "hold ") in note:
            types.add("medication")
        if with_nam:
            types.add("ramq_nam")
        rows.append(["%02d:%02d" % (t // 60, t % 60), str(c.rng.randint(1, 6)), c.name(p, c.pick([0, 2, 3])),
                     str(G.age_on(p.dob, d)), c.pr(proc), G.surgeon_for(proc).surname, note] + ([c.nam(p, 0)] if with_nam else []))
        t += c.pick([30, 45, 60, 90])
    intro = c.T("Voici le programme de la chirurgie d'un jour pour %s. Merci de valider les remarques avant 15 h." % c.date(d, 3),
                "Here is the day surgery list for %s. Please check the notes column before 3 pm." % c.date(d, 3))
    html = html_doc([p_html(c.greet()), p_html(intro), html_table(rows), p_html(c.close() + "\n" + c.sig(nurse))])
    text = "%s\n\n%s\n\n%s\n\n%s\n%s" % (c.greet(), intro, text_table(rows), c.close(), c.sig(nurse))
    to = [c.who(G.NURSES[0]), c.who(G.NURSES[1]), c.who(c.pick(G.ANESTH))]
    subj = c.T("Programme CDJ %s", "Day surgery list %s") % c.date(d, c.pick([0, 2, 3]))
    lay = c.pick(["html", "alt"])
    return c.spec("day_surgery_list", subj, c.who(nurse), to, text=text if lay == "alt" else None, html=html,
                  types=sorted(types), layout=lay, note="day-surgery programme table with patient names and procedures")


def _handover_line(c, room):
    proc = c.proc()
    p = c.person(nam=False, lo=1935, hi=2005)
    L = G.labs(c.rng, c.lang)
    k = c.pick(["Hb", "K+", c.T("Créatinine", "Creatinine")])
    if c.lang == "fr":
        issue = c.pick(["drain Jackson-Pratt %d ml séro-sanglant" % c.rng.randint(40, 350),
                        "nausées ++, ondansétron donné x2", "TA basse 88/50, bolus 500 ml, à surveiller",
                        "douleur 8/10 malgré %s" % c.analg(), "sat 89 % à l'air, O2 2 L", "globe vésical, cathéter posé",
                        "glycémie 14,2, protocole d'insuline", "confusion post-op, famille avisée"])
        return "%s – %s, %d ans – %s – %s; %s %s" % (room, c.name(p, c.pick([0, 1, 3, 5])), c.age(p), c.pr(proc), issue, k, L[k])
    issue = c.pick(["JP drain %d ml serosanguinous" % c.rng.randint(40, 350), "PONV, ondansetron x2",
                    "BP soft 88/50, 500 ml bolus, watch", "pain 8/10 despite %s" % c.analg(), "sat 89% RA, on 2 L",
                    "retention, Foley in", "BG 14.2, on insulin protocol", "post-op delirium, family aware"])
    return "%s - %s, %d y - %s - %s; %s %s" % (room, c.name(p, c.pick([0, 1, 3, 5])), c.age(p), c.pr(proc), issue, k, L[k])


def p_pacu_handover(c):
    a = c.pick(G.NURSES[:3] + G.NURSES[6:])
    b = c.pick([x for x in G.NURSES if x is not a])
    n = c.rng.randint(3, 6)
    beds = c.rng.sample(range(1, 12), n)
    lines = [_handover_line(c, c.T("Civière %d", "Bay %d") % x) for x in sorted(beds)]
    if c.lang == "fr":
        subj = c.pick(["Relève SSPI %s" % c.pick(["jour→soir", "soir→nuit", "16 h"]), "relève salle de réveil", "Rapport de fin de quart – SSPI"])
        text = "%s\n\nRelève écrite comme convenu (le téléphone ne dérougit pas) :\n\n%s\n\n%s\n\n%s\n%s" % (
            c.greet(b.given), "\n".join(lines),
            c.pick(["Le lit 412 est prêt pour la civière 3.", "L'inhalo est avisé pour la civière 2.",
                    "Pharmacie rappelle pour le PCA.", "Rien d'autre de spécial."]),
            c.close(), c.sig(a))
    else:
        subj = c.pick(["PACU handover", "handover - recovery room", "End of shift report PACU"])
        text = "%s\n\nWritten handover as agreed:\n\n%s\n\n%s\n\n%s\n%s" % (
            c.greet(b.given), "\n".join(lines), c.pick(["Bed 412 ready for bay 3.", "RT aware re bay 2.", "Nothing else."]),
            c.close(), c.sig(a))
    return c.spec("pacu_handover", subj, c.who(a), [c.who(b)], text=text,
                  types=["patient_name", "diagnosis", "lab_result", "medication"],
                  note="nurse-to-nurse PACU handover list: names, procedures, issues, lab values")


def p_or_handover(c):
    a = G.NURSES[0]
    b = c.pick(G.NURSES[1:3])
    rows = [[c.T("Salle", "OR"), "Patient", c.T("Intervention", "Case"), c.T("Statut", "Status"), c.T("À faire", "To do")]]
    for i in range(c.rng.randint(3, 5)):
        proc = c.proc()
        p = c.person(nam=False)
        rows.append([str(i + 1), c.name(p, c.pick([0, 3, 5])), c.pr(proc),
                     c.pick([c.T("en cours", "in progress"), c.T("fermeture", "closing"), c.T("en attente", "waiting"), c.T("induction", "induction")]),
                     c.pick([c.T("compte final à faire", "final count pending"), c.T("spécimen pathologie à envoyer", "path specimen to send"),
                             c.T("culots x2 en réserve (anti-Kell)", "2 units on hold (anti-Kell)"), c.T("isolement SARM", "MRSA isolation"),
                             c.T("famille attend au 2e", "family waiting 2nd floor")])])
    intro = c.T("Relève bloc pour l'équipe de soir :", "OR handover for evening team:")
    html = html_doc([p_html(c.greet(b.given)), p_html(intro), html_table(rows), p_html(c.sig(a))])
    subj = c.T("Relève bloc 15 h 30", "OR handover 15:30")
    return c.spec("or_handover", subj, c.who(a), [c.who(b)], html=html, layout="html",
                  types=["patient_name", "diagnosis", "lab_result"],
                  note="HTML-only OR handover table with patient names, procedures, isolation status")


def p_postop_appt(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    sec = G.secretary_for(proc)
    p = c.person(nam=False)
    d = c.later(5, 25)
    types = ["patient_name", "diagnosis"]
    extra = ""
    if c.chance(0.4):
        tel = c.phone()
        extra = c.T("\n\nSi l'heure ne vous convient pas, je vous rappellerai au %s comme vous me l'avez demandé." % tel,
                    "\n\nIf the time doesn't suit, I'll call you back at %s as you asked." % tel)
        types.append("patient_contact")
    if c.lang == "fr":
        subj = c.pick(["Rendez-vous de suivi post-opératoire", "Votre rendez-vous avec %s" % surg.dr_name("fr"), "Rdv retrait des agrafes"])
        text = ("Bonjour %s,\n\nVotre rendez-vous de suivi après votre %s est fixé au %s à %s, à la clinique externe de chirurgie "
                "(local 1-120). %s%s\n\n%s\n%s") % (
            c.name(p, 1), c.pr(proc), c.date(d, 3), G.rand_time(c.rng).replace(":", " h "),
            c.pick(["Les agrafes seront retirées à ce moment.", "Nous reverrons ensemble le résultat de pathologie.",
                    "Apportez vos pansements restants.", "Un test de marche sera fait avec la physiothérapeute."]),
            extra, c.close(), c.sig(sec))
    else:
        subj = c.pick(["Post-op follow-up appointment", "Your appointment with %s" % surg.dr_name("en"), "Staple removal appointment"])
        text = ("Hello %s,\n\nYour follow-up after your %s is booked on %s at %s, surgical outpatient clinic (room 1-120). %s%s\n\n%s\n%s") % (
            c.name(p, 1), c.pr(proc), c.date(d, 3), G.rand_time(c.rng),
            c.pick(["Staples will be removed then.", "We will go over the pathology result.", "Please bring your remaining dressings."]),
            extra, c.close(), c.sig(sec))
    return c.spec("postop_appt", subj, c.who(sec), [(p.full, G.patient_email(c.rng, p))], text=text, types=types,
                  note="post-operative follow-up appointment sent to named patient")


def p_wound_clsc(c):
    proc = c.proc()
    inf = G.OUTSIDE[2]
    wn = G.NURSES[5]
    p = c.person(nam=c.chance(0.35), lo=1935, hi=1990)
    adr = G.address(c.rng)
    types = ["patient_name", "diagnosis", "lab_result", "patient_contact"]
    if c.lang == "fr":
        subj = c.pick(["Plaie – %s" % p.surname, "Déhiscence de plaie, avis SVP", "Suivi plaie chirurgicale à domicile"])
        text = ("%s\n\nJe fais le suivi à domicile (%s) de %s, opéré(e) le %s pour %s. Depuis 3 jours la plaie présente "
                "%s. Culture de plaie du %s : %s.\n\n%s\n\nPouvez-vous me dire si on devance le rendez-vous avec %s? "
                "Je retourne chez lui/elle jeudi.\n\n%s\n%s") % (
            c.greet(wn.given), adr, c.name(p, c.pick([0, 1, 2])), c.date(c.earlier(8, 20), 1), c.pr(proc),
            c.pick(["un écoulement purulent au tiers inférieur et une rougeur de 3 cm",
                    "une déhiscence de 2 cm avec fond fibrineux", "un sérome qui draine abondamment"]),
            c.date(c.earlier(1, 4), 1),
            c.pick(["S. aureus résistant à la méthicilline (SARM)", "E. coli BLSE", "S. aureus sensible, flore mixte",
                    "Pseudomonas aeruginosa"]),
            c.pick(["Pansement actuel : Aquacel Ag, changé q 3 jours.", "Il/elle prend céphalexine 500 mg QID depuis lundi.",
                    "Fièvre à 38,4 hier soir."]),
            G.surgeon_for(proc).dr_name("fr"), c.close(), c.sig(inf))
    else:
        subj = c.pick(["Wound - %s" % p.surname, "Wound dehiscence, advice please", "Home wound follow-up"])
        text = ("%s\n\nI follow %s at home (%s), operated on %s for %s. For 3 days the wound shows %s. Wound swab from %s grew %s.\n\n"
                "Could the appointment with %s be moved up? I'm back there Thursday.\n\n%s\n%s") % (
            c.greet(wn.given), c.name(p, c.pick([0, 1, 2])), adr, c.date(c.earlier(8, 20), 1), c.pr(proc),
            c.pick(["purulent drainage and 3 cm erythema", "a 2 cm dehiscence with fibrinous base", "a seroma draining heavily"]),
            c.date(c.earlier(1, 4), 1), c.pick(["MRSA", "ESBL E. coli", "MSSA, mixed flora"]),
            G.surgeon_for(proc).dr_name("en"), c.close(), c.sig(inf))
    if p.nam:
        text += "\n" + c.T("NAM : ", "RAMQ: ") + c.nam(p) + "\n"
        types.append("ramq_nam")
    atts = []
    if c.chance(0.6):
        for j in range(c.rng.randint(1, 2)):
            fn = "%s_%s_plaie_J%d_%d.png" % (G.strip_accents(p.surname), p.given[0], c.rng.randint(5, 15), j + 1)
            atts.append(Att(fn, "image/png", A.make_png(c.rng)))
    return c.spec("wound_care", subj, c.who(inf), [c.who(wn)], cc=[c.who(G.surgeon_for(proc))], text=text, atts=atts,
                  types=types, note="CLSC wound follow-up: patient, home address, wound infection and culture", sex=p.sex)


def p_wound_filename(c):
    wn = G.NURSES[5]
    surg = c.pick(G.SURGEONS[:2] + [G.SURGEONS[4]])
    use_nam = c.chance(0.4)
    p = c.person(nam=use_nam)
    m = p.nam if use_nam else c.mrn()
    fn = c.pick(["plaie_sternale_J7_%s_%s_%s.png", "Photo plaie %s %s (%s).png", "%s-%s-%s-dehiscence.png",
                 "ulcère_talon_%s_%s_%s.png"]) % (G.strip_accents(p.surname), G.strip_accents(p.given), m)
    text = c.pick([c.T("Photos de ce matin. On en parle à la tournée.", "Photos from this morning, let's discuss at rounds."),
                   c.T("Voir pièce jointe.", "See attached."), c.T("Comme demandé.", "As requested."), ""])
    text = (text + "\n\n" + c.sig(wn)).strip() + "\n"
    subj = c.pick([c.T("photos", "photos"), c.T("Photo plaie", "wound pic"), "Fw: photos", c.T("Suivi", "Follow-up")])
    atts = [Att(fn, "image/png", A.make_png(c.rng))]
    return c.spec("filename_leak", subj, c.who(wn), [c.who(surg)], text=text, atts=atts,
                  types=["patient_name", "ramq_nam" if use_nam else "mrn", "diagnosis"],
                  note="only the attachment file name identifies the patient and wound")


def p_subject_leak(c):
    proc = c.proc()
    use_nam = c.chance(0.35)
    p = c.person(nam=use_nam)
    sec = c.pick(G.SECRETARIES)
    clerk = G.SECRETARIES[2]
    d = c.later(2, 20)
    reason = c.pick([c.T("COVID+", "COVID+"), c.T("INR 3,1", "INR 3.1"), c.T("a mangé ce matin", "not NPO"),
                     c.T("pneumonie", "pneumonia"), c.T("décès du conjoint", "death of spouse"), c.T("pas de lit", "no bed")])
    types = ["patient_name", "diagnosis"]
    if "INR" in reason:
        types.append("lab_result")
    if reason in ("décès du conjoint", "death of spouse"):
        types.append("social_information")
    subj = c.pick([c.T("Annulation – %s, %s %s (%s)", "Cancellation - %s, %s %s (%s)"),
                   c.T("REPORT %s / %s / %s – %s", "POSTPONE %s / %s / %s - %s")]) % (
        c.name(p, c.pick([0, 1, 2])) + ((" " + c.nam(p, c.pick([0, 1]))) if use_nam else ""), c.pr(proc), c.date(d, c.pick([0, 2])), reason)
    if use_nam:
        types.append("ramq_nam")
    text = c.pick([c.T("Voir objet. Merci de libérer la plage.", "See subject. Please release the slot."),
                   c.T("Tout est dans l'objet, je rappelle la famille.", "All in the subject line, I'll call the family."),
                   c.T("FYI", "FYI"), c.T("Merci!", "Thanks!")])
    text = text + "\n" + c.sig(sec)
    return c.spec("subject_leak", subj, c.who(sec), [c.who(clerk)], text=text, types=types,
                  note="patient, procedure and reason only in the Subject line")


def p_patient_forward(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    sec = G.secretary_for(proc)
    clerk = G.SECRETARIES[2]
    p = c.person(nam=False)
    pe = G.patient_email(c.rng, p)
    tel = c.phone()
    d = c.later(5, 30)
    social = c.pick([
        (c.T("mon mari a l'Alzheimer et je n'ai personne pour le garder avant le 15", "my husband has Alzheimer's and I have nobody to look after him before the 15th")),
        (c.T("j'ai perdu mon emploi et je dois déménager chez ma sœur le mois prochain", "I lost my job and have to move in with my sister next month")),
        (c.T("je suis en maison d'hébergement depuis deux semaines et je n'ai pas de transport", "I've been in a women's shelter for two weeks and have no transportation")),
        (c.T("je suis sur l'aide sociale et je ne peux pas payer le taxi jusqu'à l'hôpital", "I'm on social assistance and can't pay the taxi to the hospital")),
    ])
    if c.lang == "fr":
        orig = ("Bonjour,\n\nJe suis supposé(e) être opéré(e) le %s pour ma %s par %s. Malheureusement %s. "
                "Est-ce possible de repousser de quelques semaines? Mes douleurs sont endurables avec le %s.\n\n"
                "Vous pouvez me joindre au %s.\n\nMerci beaucoup\n%s") % (
            c.date(d, 1), c.dx(proc), surg.dr_name("fr"), social, c.pick(["naproxène", "Tylenol", "tramadol"]), tel, p.full)
        fw = "%s\n\nVoir la demande %s ci-dessous. %s est d'accord pour reporter; peux-tu lui offrir une date en %s?\n\n%s\n%s" % (
            c.greet(clerk.given), "de la patiente" if p.sex == "F" else "du patient", surg.dr_name("fr"), c.pick(G.MOIS), c.close(), c.sig(sec))
        subj = "TR: " + c.pick(["Report de ma chirurgie", "ma chirurgie du %s" % c.date(d, 2), "Demande"])
        hdr = "\n\n-------- Message transféré --------\nDe : %s <%s>\nDate : %s\nÀ : %s\nObjet : %s\n\n" % (
            p.full, pe, c.date(c.earlier(1, 3), 1), sec.email, subj[4:])
    else:
        orig = ("Hello,\n\nI'm supposed to have my %s surgery on %s with %s. Unfortunately %s. Could it be pushed back a few weeks? "
                "The pain is manageable with %s.\n\nYou can reach me at %s.\n\nThanks a lot\n%s") % (
            c.dx(proc), c.date(d, 1), surg.dr_name("en"), social, c.pick(["naproxen", "Tylenol", "tramadol"]), tel, p.full)
        fw = "%s\n\nSee patient's request below. Surgeon agrees to postpone; could you offer a date in %s?\n\n%s\n%s" % (
            c.greet(clerk.given), c.pick(G.MONTHS), c.close(), c.sig(sec))
        subj = "Fwd: " + c.pick(["Postponing my surgery", "my surgery on %s" % c.date(d, 2), "Request"])
        hdr = "\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nTo: %s\nSubject: %s\n\n" % (
            p.full, pe, c.date(c.earlier(1, 3), 1), sec.email, subj[5:])
    return c.spec("patient_forward", subj, c.who(sec), [c.who(clerk)], text=fw + hdr + orig,
                  types=["patient_name", "diagnosis", "patient_contact", "social_information", "medication"],
                  note="patient's own e-mail forwarded inline: surgery, phone, social situation", sex=p.sex)


def p_reply_quoted(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    clerk = G.SECRETARIES[2]
    sec = G.secretary_for(proc)
    p = c.person(nam=c.chance(0.5))
    d = c.later(2, 15)
    types = ["patient_name", "diagnosis"]
    L = G.labs(c.rng, c.lang)
    if c.lang == "fr":
        quoted = ("Bonjour Carole,\nEst-ce qu'on peut ajouter %s (DDN %s%s) au programme du %s? %s, %s. "
                  "Hb préop %s. %s demande 90 minutes.\nMerci\n%s") % (
            c.name(p, c.pick([0, 2])), c.dob(p), (", NAM " + c.nam(p)) if p.nam else "", c.date(d, 3),
            G.cap(c.dx(proc)), c.pr(proc), L["Hb"], surg.dr_name("fr"), sec.given)
        qhdr = "Le %s, %s <%s> a écrit :" % (c.date(c.earlier(0, 2), 1), sec.full, sec.email)
        reply = c.pick(["Parfait, je l'ajoute en fin de journée.", "C'est fait, salle 4 à 13 h.", "Ok pour moi, en attente de l'anesthésie.",
                        "Je n'ai plus de place ce jour-là, je peux offrir le vendredi suivant."])
        subj = "RE: " + c.pick(["Ajout au programme", "cas à ajouter", "demande d'ajout %s" % c.date(d, 0)])
    else:
        quoted = ("Hi Carole,\nCan we add %s (DOB %s%s) to the %s list? %s, %s. Pre-op Hb %s. %s needs 90 minutes.\nThanks\n%s") % (
            c.name(p, c.pick([0, 2])), c.dob(p), (", RAMQ " + c.nam(p)) if p.nam else "", c.date(d, 3),
            G.cap(c.dx(proc)), c.pr(proc), L["Hb"], surg.dr_name("en"), sec.given)
        qhdr = "On %s, %s <%s> wrote:" % (c.date(c.earlier(0, 2), 1), sec.full, sec.email)
        reply = c.pick(["Done, added at end of day.", "Booked OR 4 at 1 pm.", "OK, pending anaesthesia review.",
                        "No room that day, I can offer the following Friday."])
        subj = "RE: " + c.pick(["Add-on case", "case to add", "add-on request %s" % c.date(d, 0)])
    types += ["date_of_birth", "lab_result"]
    if p.nam:
        types.append("ramq_nam")
    text = "%s\n\n%s\n\n%s\n%s" % (reply, c.sig(clerk), qhdr, "\n".join("> " + x for x in quoted.split("\n")))
    return c.spec("reply_quoted", subj, c.who(clerk), [c.who(sec)], text=text, types=types,
                  note="short reply; patient details only in quoted history")


def p_ics_preop(c):
    proc = c.proc()
    nurse = G.NURSES[3]
    p = c.person(nam=c.chance(0.7))
    d = c.later(3, 30)
    hh, mm = c.rng.randint(8, 14), c.pick([0, 20, 40])
    start = datetime.datetime(d.year, d.month, d.day, hh, mm)
    end = start + datetime.timedelta(minutes=40)
    tel = c.phone()
    types = ["patient_name", "diagnosis", "patient_contact"]
    desc = c.T("Évaluation préopératoire avant %s (%s).\nTél. patient : %s\n", "Pre-op assessment before %s (%s).\nPatient phone: %s\n") % (
        c.pr(proc), c.dx(proc), tel)
    if p.nam:
        desc += c.T("NAM : %s\n", "RAMQ: %s\n") % p.nam
        types.append("ramq_nam")
    if c.chance(0.5):
        desc += c.T("Anticoagulé : %s\n", "Anticoagulated: %s\n") % c.pick(["apixaban", "warfarine" if c.lang == "fr" else "warfarin"])
        types.append("medication")
    summary = c.T("Préop – %s – %s", "Pre-op - %s - %s") % (c.name(p, c.pick([0, 1, 3])), c.pr(proc).split(" ")[0])
    an = c.pick(G.ANESTH)
    ics = A.make_ics("preop-%s@%s" % (c.rng.randint(10000, 99999), G.H), start, end, summary, desc,
                     c.T("Clinique préopératoire, local 2-040", "Pre-op clinic, room 2-040"), (nurse.full, nurse.email), [(an.full, an.email)])
    text = c.T("Rendez-vous préop ajouté à ton agenda.\n", "Pre-op slot added to your calendar.\n") + c.sig(nurse)
    atts = [Att("invite.ics", "text/calendar; method=REQUEST; charset=utf-8", ics, disposition=c.pick(["attachment", "inline"]))]
    return c.spec("ics_invite", c.T("Invitation : ", "Invitation: ") + summary, c.who(nurse), [c.who(an)], text=text, atts=atts,
                  types=types, note="calendar invitation for a named patient's pre-op visit")



def p_id_only(c):
    """Identifier without any name: NAM or chart number plus clinical content."""
    proc = c.proc()
    kind = c.rng.randint(0, 2)
    p = None
    nurse = c.pick([G.NURSES[0], G.NURSES[3], G.NURSES[4]])
    clerk = G.SECRETARIES[2]
    d = c.later(1, 10)
    if kind == 0:
        p = c.person(nam=True)
        inr = ("%.1f" % c.rng.uniform(2.0, 3.6))
        if c.lang == "fr":
            inr = inr.replace(".", ",")
        text = c.T("%s\n\nPour le NAM %s : la %s du %s est annulée, RNI à %s ce matin (warfarine non cessée). "
                   "À replanifier après ajustement par la clinique d'anticoagulothérapie.\n\n%s",
                   "%s\n\nFor RAMQ %s: the %s on %s is cancelled, INR %s this morning (warfarin not held). "
                   "Rebook after the anticoagulation clinic adjusts.\n\n%s") % (
            c.greet(clerk.given), c.nam(p), c.pr(proc), c.date(d, 1), inr, c.sig(nurse))
        subj = c.T("Annulation – RNI élevé", "Cancellation - high INR")
        types = ["ramq_nam", "lab_result", "medication", "diagnosis"]
    elif kind == 1:
        m = c.mrn()
        text = c.T("%s\n\n%s : dépistage SARM positif à l'admission. Mettre le cas en dernier dans la salle %d le %s (%s), "
                   "précautions contact, nettoyage terminal après.\n\n%s",
                   "%s\n\n%s: MRSA screen positive on admission. Put the case last in OR %d on %s (%s), contact precautions, terminal clean after.\n\n%s") % (
            c.greet(), G.cap(c.mrn_txt(m)), c.rng.randint(1, 6), c.date(d, 1), c.pr(proc), c.sig(nurse))
        subj = c.T("Isolement – cas du %s", "Isolation - case on %s") % c.date(d, 0)
        types = ["mrn", "lab_result", "diagnosis"]
    else:
        p = c.person(nam=True)
        text = c.T("%s\n\nRésultat de biopsie reçu pour %s (né(e) le %s) : diagnostic confirmé de %s. Le chirurgien veut devancer la %s. "
                   "Peux-tu trouver une plage dans les 2 prochaines semaines?\n\n%s",
                   "%s\n\nBiopsy result in for %s (DOB %s): %s confirmed. Surgeon wants to move up the %s. Can you find a slot within 2 weeks?\n\n%s") % (
            c.greet(clerk.given), c.nam(p), c.dob(p), c.dx(proc), c.pr(proc), c.sig(nurse))
        subj = c.T("Devancer chirurgie", "Move up surgery")
        types = ["ramq_nam", "date_of_birth", "diagnosis", "lab_result"]
    return c.spec("id_only", subj, c.who(nurse), [c.who(clerk)], text=text, types=types,
                  note="identifier (NAM or chart number) without a name, with clinical content", sex=p.sex if p else None)
