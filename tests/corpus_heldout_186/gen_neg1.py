"""Negative scenarios, part 1: an employee's own occupational health (not patient data)."""
import gen_common as C
import gen_docs as D
from stdnum import luhn
from gen_scen import SST_BOX_EN, SST_BOX_FR, html_doc, html_table, outlook_block, p_html, quote_block, spec, text_table


def matricule(r):
    return "%06d" % r.randint(100000, 699999)


def luhn_serial(r, n=9):
    body = "".join(r.choice("0123456789") for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


def staff_vaccination_record(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    emp = ctx.staff(role="")
    titre = r.choice([2, 6, 8, 9, 4])
    dob = C.rand_dob(r, 1975, 2001)
    rows = [[ctx.L("Vaccin", "Vaccine"), ctx.L("Date", "Date"), ctx.L("Lot", "Lot")]]
    for v in r.sample(C.STAFF_MEDS, 3):
        rows.append([v, "%d-%02d-%02d" % (r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 28)),
                     "%s%d%s" % (r.choice("ABKMX"), r.randint(100, 999), r.choice(["AA", "BC", "DE", "FZ"]))])
    if ctx.fr:
        subj = "Votre sérologie hépatite B - rappel requis"
        text = ("Bonjour %s,\n\nVotre dosage d'anticorps anti-HBs du %s est à %d UI/L (seuil de protection : 10 UI/L). "
                "Selon le Protocole d'immunisation du Québec, une dose de rappel d'Engerix-B est recommandée, suivie d'un nouveau dosage "
                "1 à 2 mois plus tard.\n\nVous pouvez passer à la clinique SST sans rendez-vous le mardi ou le jeudi de 8 h à 11 h.\n\n"
                "Extrait de votre carnet (matricule %s, date de naissance %s) :\n\n%s\n\n%s\n\n%s") % (
            emp["given"], ctx.dstr(6), titre, matricule(r), dob, text_table(rows), ctx.sig(nurse), C.CONF_FR)
    else:
        subj = "Your hepatitis B serology - booster needed"
        text = ("Hi %s,\n\nYour anti-HBs level from %s is %d IU/L (protective threshold: 10 IU/L). "
                "Per the Quebec Immunization Protocol, a booster dose of Engerix-B is recommended, followed by a repeat titre "
                "1-2 months later.\n\nYou can walk in to the Occupational Health clinic on Tuesday or Thursday, 8-11 am.\n\n"
                "Extract of your record (employee no. %s, date of birth %s):\n\n%s\n\n%s\n\n%s") % (
            emp["given"], ctx.dstr(6), titre, matricule(r), dob, text_table(rows), ctx.sig(nurse), C.CONF_EN)
    return spec(ctx, "staff_vaccination", ctx.L("sérologie et carnet vaccinal d'un employé", "employee's own serology and vaccine record"),
                nurse, [emp], subj, text)


def flu_campaign_roster(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    mgr = ctx.staff(role=ctx.L("chef d'unité", "Nurse Manager"))
    unit = ctx.pick(C.UNITS_FR, C.UNITS_EN)
    rows = [[ctx.L("Nom", "Name"), ctx.L("Matricule", "Employee no."), ctx.L("Titre", "Title"), ctx.L("Vaccin", "Vaccine"),
             ctx.L("Date", "Date"), ctx.L("Lot", "Lot")]]
    for _ in range(r.randint(8, 14)):
        s = ctx.people.staff()
        got = r.random() < 0.7
        rows.append([s["surname"].upper() + ", " + s["given"], matricule(r), r.choice(["inf.", "inf. aux.", "PAB", "R1", "ASI", "inh."]),
                     "Flulaval Tetra" if got else ctx.L("refus", "declined"), ctx.dstr(r.randint(0, 20), "num") if got else "",
                     "KX%d" % r.randint(1000, 9999) if got else ""])
    xl = D.xlsx([(ctx.L("Vaccination", "Flu shots"), rows)])
    if ctx.fr:
        subj = "Campagne influenza - état de la vaccination %s" % unit
        text = ("Bonjour %s,\n\nVoici la liste de votre équipe pour la campagne de vaccination contre l'influenza 2024-2025. "
                "Les employés non vaccinés ne sont pas obligés de l'être, mais devront porter le masque en période d'activité grippale.\n\n"
                "Une clinique mobile passera sur l'unité mercredi à 7 h 30 et à 19 h 30.\n\n%s") % (mgr["given"], ctx.sig(nurse))
    else:
        subj = "Flu campaign - vaccination status %s" % unit
        text = ("Hi %s,\n\nHere is your team's list for the 2024-2025 influenza campaign. "
                "Unvaccinated staff are not required to get the shot but will need to mask during flu season.\n\n"
                "A mobile clinic will come to the unit Wednesday at 7:30 am and 7:30 pm.\n\n%s") % (mgr["given"], ctx.sig(nurse))
    return spec(ctx, "flu_campaign_roster", ctx.L("liste de vaccination antigrippale des employés", "staff flu vaccination roster"),
                nurse, [mgr], subj, text, attachments=[{"filename": ctx.L("vaccination_%s.xlsx", "flu_%s.xlsx") % C.fold(unit.split(" ")[0]),
                                                         "ctype": D.CT["xlsx"], "data": xl}])


def injury_report_employee(ctx):
    r = ctx.rng
    adv = ctx.staff()
    emp = ctx.staff(role="")
    sup = ctx.staff(role=ctx.L("chef d'unité", "Nurse Manager"))
    inj = ctx.pick(["entorse lombaire", "contusion à l'épaule droite", "coupure à l'index (ouvre-boîte)", "chute sur plancher mouillé, entorse de cheville",
                    "tendinite de De Quervain"],
                   ["lumbar sprain", "right shoulder contusion", "cut to index finger (can opener)", "slip on wet floor, ankle sprain",
                    "De Quervain tendinitis"])
    lines = [ctx.L("DÉCLARATION D'ACCIDENT DE TRAVAIL (SST-01)", "WORKPLACE ACCIDENT REPORT (OHS-01)"), "",
             ctx.L("Employé : ", "Employee: ") + C.full(emp) + "   " + ctx.L("Matricule : ", "Employee no.: ") + matricule(r),
             ctx.L("Titre d'emploi : ", "Job title: ") + r.choice([ctx.L("préposé(e) aux bénéficiaires", "patient attendant"), ctx.L("infirmière", "nurse"),
                                                                  ctx.L("agent(e) d'hygiène et salubrité", "housekeeping attendant")]),
             ctx.L("Date et heure : ", "Date and time: ") + ctx.dstr(2, "num") + " %02d:%02d" % (r.randint(7, 22), r.randint(0, 59)),
             ctx.L("Lieu : ", "Location: ") + ctx.pick(C.UNITS_FR, C.UNITS_EN),
             ctx.L("Nature de la blessure : ", "Nature of injury: ") + inj,
             ctx.L("Premiers soins : glace, acétaminophène 500 mg", "First aid: ice, acetaminophen 500 mg"),
             ctx.L("Consultation médicale : oui - urgence", "Medical visit: yes - ED"),
             ctx.L("Arrêt de travail : ", "Time off: ") + r.choice([ctx.L("oui", "yes"), ctx.L("non", "no")]),
             ctx.L("Supérieur immédiat : ", "Supervisor: ") + C.full(sup)]
    fmt = r.choice(["pdf", "docx", "body"])
    atts = []
    if ctx.fr:
        subj = "Déclaration d'accident - %s" % C.full(emp)
        intro = "Bonjour,\n\nVoici la déclaration d'accident complétée hier soir. L'enquête et analyse sera faite avec %s d'ici vendredi.\n" % sup["given"]
    else:
        subj = "Accident report - %s" % C.full(emp)
        intro = "Hello,\n\nHere is the accident report completed last night. The investigation will be done with %s by Friday.\n" % sup["given"]
    if fmt == "body":
        text = intro + "\n" + "\n".join(lines) + "\n\n" + ctx.sig(adv)
    else:
        text = intro + "\n" + ctx.sig(adv)
        data = D.pdf(lines[0], lines[2:]) if fmt == "pdf" else D.docx(lines[2:], title=lines[0])
        atts.append({"filename": ctx.L("declaration_accident_%s.%s", "accident_report_%s.%s") % (C.fold(emp["surname"]), fmt),
                     "ctype": D.CT[fmt], "data": data})
    return spec(ctx, "injury_report", ctx.L("déclaration d'accident d'un employé", "employee accident report"),
                adv, [SST_BOX_FR if ctx.fr else SST_BOX_EN], subj, text, cc=[sup], attachments=atts)


def cnesst_claim_employee(ctx):
    r = ctx.rng
    agent = ctx.staff(role=ctx.L("agente de gestion de l'invalidité", "Disability Management Officer"))
    cn = ctx.people.staff()
    cn["email"] = C.email_of(cn, "cnesst.example")
    emp = ctx.people.staff()
    dossier = luhn_serial(r, 9)
    dx = ctx.pick(["épicondylite latérale droite", "entorse lombaire", "trouble de l'adaptation (lésion psychologique)", "hernie discale L5-S1"],
                  ["right lateral epicondylitis", "lumbar sprain", "adjustment disorder (psychological injury)", "L5-S1 disc herniation"])
    nas = "*** *** %03d" % r.randint(100, 999)
    if ctx.fr:
        subj = "Dossier CNESST %s - %s - demande de BEM" % (dossier, C.full(emp))
        orig = ("Madame,\n\nNous accusons réception de votre contestation. Le dossier de la travailleuse %s (NAS %s) "
                "sera transmis au Bureau d'évaluation médicale concernant le diagnostic d'%s et la date de consolidation.\n\n"
                "%s\nAgent(e) d'indemnisation, CNESST - Direction régionale des Hautes-Rivières\n1 800 555-0163") % (
            C.full(emp), nas, dx, C.full(cn))
        text = ("Bonjour %s,\n\nMerci. Nous joindrons l'expertise du Dr Lauzon (médecin désigné) reçue le %s. "
                "L'employeur maintient l'assignation temporaire proposée (tâches administratives 4 h/jour).\n\n%s\n\n%s") % (
            cn["given"], ctx.dstr(10), ctx.sig(agent), quote_block(ctx, cn, orig, 30))
    else:
        subj = "CNESST file %s - %s - BEM request" % (dossier, C.full(emp))
        orig = ("Hello,\n\nWe acknowledge your challenge. The file of worker %s (SIN %s) will be sent to the "
                "Bureau d'évaluation médicale regarding the diagnosis of %s and the consolidation date.\n\n"
                "%s\nCompensation Officer, CNESST - Hautes-Rivières regional office\n1 800 555-0163") % (C.full(emp), nas, dx, C.full(cn))
        text = ("Hi %s,\n\nThanks. We will attach the report from Dr. Lauzon (employer-designated physician) received on %s. "
                "The employer maintains the proposed temporary assignment (admin duties 4 h/day).\n\n%s\n\n%s") % (
            cn["given"], ctx.dstr(10), ctx.sig(agent), quote_block(ctx, cn, orig, 30))
    return spec(ctx, "cnesst_claim_employee", ctx.L("échange CNESST sur la réclamation d'une employée", "CNESST exchange about an employee's claim"),
                agent, [(C.full(cn), cn["email"])], "RE: " + subj, text)


def return_to_work_plan(ctx):
    r = ctx.rng
    coord = ctx.staff(role=ctx.L("coordonnatrice retour au travail", "Return-to-Work Coordinator"))
    mgr = ctx.staff(role=ctx.L("chef de service", "Department Manager"))
    emp = ctx.people.staff()
    dx = ctx.pick(["réparation de coiffe des rotateurs", "fracture du poignet", "épuisement professionnel", "entorse lombaire"],
                  ["rotator cuff repair", "wrist fracture", "burnout", "lumbar sprain"])
    weeks = [[ctx.L("Semaine", "Week"), ctx.L("Horaire", "Schedule"), ctx.L("Tâches", "Duties")],
             ["1", "3 x 4 h", ctx.L("accueil, tâches cléricales", "reception, clerical work")],
             ["2", "4 x 4 h", ctx.L("soins légers, pas de levée > 10 kg", "light care, no lifting > 10 kg")],
             ["3", "4 x 7,25 h" if ctx.fr else "4 x 7.25 h", ctx.L("tâches régulières sauf transferts", "regular duties except transfers")],
             ["4", "5 x 7,25 h" if ctx.fr else "5 x 7.25 h", ctx.L("tâches régulières", "regular duties")]]
    paras = [ctx.L("Plan de retour progressif au travail", "Graduated return-to-work plan"),
             ctx.L("Employé(e) : ", "Employee: ") + C.full(emp) + ctx.L(" - matricule ", " - employee no. ") + matricule(r),
             ctx.L("Lésion : ", "Injury: ") + dx + ctx.L(" (dossier CNESST accepté)", " (CNESST claim accepted)"),
             ctx.L("Restrictions du médecin traitant : ", "Treating physician's restrictions: ")
             + ctx.L("éviter les mouvements répétitifs au-dessus des épaules", "avoid repetitive overhead movements"),
             ctx.L("Date de naissance (pour le dossier RH) : ", "Date of birth (HR file): ") + C.rand_dob(r, 1970, 1995)]
    dx_b = D.docx(paras[1:], table=weeks, title=paras[0])
    if ctx.fr:
        subj = "Plan de retour progressif - %s" % emp["given"]
        text = ("Bonjour %s,\n\nCi-joint le plan de retour progressif convenu avec l'employé(e) et le syndicat. "
                "Début lundi prochain. Merci de confirmer l'horaire avec la liste de rappel.\n\n%s") % (mgr["given"], ctx.sig(coord))
    else:
        subj = "Graduated return to work - %s" % emp["given"]
        text = ("Hi %s,\n\nAttached is the graduated return plan agreed with the employee and the union. "
                "Starts next Monday. Please confirm the schedule with the staffing office.\n\n%s") % (mgr["given"], ctx.sig(coord))
    return spec(ctx, "return_to_work", ctx.L("plan de retour progressif d'un employé", "employee graduated return-to-work plan"),
                coord, [mgr], subj, text, attachments=[{"filename": ctx.L("plan_RAT_%s.docx", "RTW_plan_%s.docx") % C.fold(emp["surname"]),
                                                         "ctype": D.CT["docx"], "data": dx_b}])


def pep_employee(ctx):
    r = ctx.rng
    md = ctx.staff(role=ctx.L("médecin responsable, santé au travail", "Occupational Health Physician"))
    emp = ctx.staff(role="")
    if ctx.fr:
        subj = "Suivi de votre exposition du %s" % ctx.dstr(14)
        text = ("Bonjour %s,\n\nComme discuté au téléphone : le patient source n'a pas pu être identifié (aiguille trouvée dans un sac "
                "de literie). Vous poursuivez la prophylaxie (Truvada 1 co die + dolutégravir 50 mg die) jusqu'au %s.\n\n"
                "Vos analyses de base : ALT 22 U/L, créatinine 71 µmol/L, anti-HBs > 1000 UI/L (immun). "
                "Prochains prélèvements à 6 semaines et 3 mois (anti-VHC, Ag/Ac VIH).\n\n"
                "N'hésitez pas à appeler si nausées ou fatigue. Le PAE est aussi disponible au 1 800 555-0188.\n\n%s") % (
            emp["given"], ctx.dstr(-14), ctx.sig(md))
    else:
        subj = "Follow-up of your exposure on %s" % ctx.dstr(14)
        text = ("Hi %s,\n\nAs discussed by phone: the source patient could not be identified (needle found in a linen bag). "
                "Continue PEP (Truvada 1 tab daily + dolutegravir 50 mg daily) until %s.\n\n"
                "Your baseline tests: ALT 22 U/L, creatinine 71 umol/L, anti-HBs > 1000 IU/L (immune). "
                "Next bloodwork at 6 weeks and 3 months (anti-HCV, HIV Ag/Ab).\n\n"
                "Call if you have nausea or fatigue. The EAP is also available at 1 800 555-0188.\n\n%s") % (
            emp["given"], ctx.dstr(-14), ctx.sig(md))
    return spec(ctx, "pep_employee", ctx.L("suivi de prophylaxie post-exposition d'un employé, source inconnue",
                                           "employee PEP follow-up, unknown source"),
                md, [emp], subj, text)


def tst_staff_screening(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    hr = ctx.staff(role=ctx.L("conseillère en dotation", "Staffing Advisor"))
    rows = [[ctx.L("Nouvel employé", "New hire"), ctx.L("Poste", "Position"), ctx.L("TCT 1 (mm)", "TST 1 (mm)"), ctx.L("TCT 2 (mm)", "TST 2 (mm)"),
             ctx.L("Conclusion", "Conclusion")]]
    for _ in range(r.randint(5, 9)):
        s = ctx.people.staff()
        a, b = r.choice([(0, 0), (0, 0), (0, 3), (4, 6), (12, None)])
        concl = ctx.L("négatif - apte", "negative - cleared") if a < 10 else ctx.L("positif - RX poumons demandée", "positive - chest X-ray ordered")
        rows.append([C.full(s), r.choice(["inf.", "PAB", "inh.", "tech. labo", "R1"]), str(a), "" if b is None else str(b), concl])
    html = html_doc(p_html(ctx.L("Bonjour %s,\n\nRésultats du dépistage TB préembauche (TCT en 2 étapes) de la cohorte d'orientation du %s :",
                                 "Hi %s,\n\nPre-employment TB screening results (2-step TST) for the orientation cohort of %s:") % (hr["given"], ctx.dstr(9))),
                    html_table(rows), p_html(ctx.L("Tous peuvent commencer, sauf le dossier en attente de radiographie.\n\n", "All can start except the one awaiting X-ray.\n\n") + ctx.sig(nurse)))
    text = (ctx.L("Bonjour %s,\n\nRésultats du dépistage TB préembauche (TCT en 2 étapes) de la cohorte d'orientation du %s :\n\n",
                  "Hi %s,\n\nPre-employment TB screening results (2-step TST) for the orientation cohort of %s:\n\n") % (hr["given"], ctx.dstr(9))
            + text_table(rows) + "\n\n" + ctx.L("Tous peuvent commencer, sauf le dossier en attente de radiographie.\n\n", "All can start except the one awaiting X-ray.\n\n") + ctx.sig(nurse))
    return spec(ctx, "tst_staff", ctx.L("résultats TCT préembauche des nouveaux employés", "pre-employment TST results of new hires"),
                nurse, [hr], ctx.L("Dépistage TB préembauche - cohorte du %s", "Pre-employment TB screening - %s cohort") % ctx.dstr(9),
                text, html=html, html_only=r.random() < 0.4)


def fit_test_schedule(ctx):
    r = ctx.rng
    adv = ctx.staff(role=ctx.L("conseiller en prévention SST", "OHS Prevention Advisor"))
    serial = luhn_serial(r, 9)
    slots = []
    for i in range(r.randint(6, 10)):
        s = ctx.people.staff()
        slots.append([ctx.dstr(-r.randint(1, 10), "num"), "%02d:%02d" % (8 + i // 2, 30 * (i % 2)), C.full(s),
                      r.choice(["3M 1870+", "3M 8210", "Halyard Fluidshield 46727", "BYD DE2322"])])
    csvt = D.csv_text([[ctx.L("date", "date"), ctx.L("heure", "time"), ctx.L("employé", "employee"), ctx.L("modèle N95", "N95 model")]] + slots)
    if ctx.fr:
        subj = "Horaire des essais d'ajustement N95 - semaine prochaine"
        text = ("Bonjour à tous,\n\nVoici l'horaire des essais d'ajustement (fit tests) quantitatifs. Appareil PortaCount no de série %s "
                "(étalonné le %s, certificat no %s). Se présenter rasé(e) de près, sans avoir mangé ni fumé 30 min avant.\n\n"
                "Local : B-214. Durée : 20 minutes.\n\n%s") % (serial, ctx.dstr(40, "num"), luhn_serial(r, 10), ctx.sig(adv))
    else:
        subj = "N95 fit-test schedule - next week"
        text = ("Hello all,\n\nHere is the quantitative fit-test schedule. PortaCount unit serial no. %s "
                "(calibrated %s, certificate no. %s). Please come clean-shaven and do not eat or smoke 30 min before.\n\n"
                "Room: B-214. Duration: 20 minutes.\n\n%s") % (serial, ctx.dstr(40, "num"), luhn_serial(r, 10), ctx.sig(adv))
    to = [("Chefs d'unité", "chefs-unites@" + C.ORG_DOMAIN)] if ctx.fr else [("Unit managers", "unit-managers@" + C.ORG_DOMAIN)]
    return spec(ctx, "fit_test_schedule", ctx.L("horaire des essais d'ajustement N95", "N95 fit-test schedule"),
                adv, to, subj, text, attachments=[{"filename": ctx.L("horaire_fit_test.csv", "fit_test_schedule.csv"), "ctype": D.CT["csv"], "text": csvt}])


def preventive_withdrawal(ctx):
    r = ctx.rng
    agent = ctx.staff(role=ctx.L("agente de gestion de l'invalidité", "Disability Management Officer"))
    mgr = ctx.staff(role=ctx.L("chef d'unité", "Nurse Manager"))
    emp = ctx.people.staff(sex="F")
    due = ctx.day(-r.randint(60, 150)).strftime("%Y-%m-%d")
    if ctx.fr:
        subj = "Retrait préventif de la travailleuse enceinte - %s" % C.full(emp)
        text = ("Bonjour %s,\n\n%s nous a remis son certificat visant le retrait préventif (programme Pour une maternité sans danger). "
                "Date prévue d'accouchement : %s. Recommandations du médecin de la santé publique : pas d'exposition aux usagers "
                "agressifs, pas de soulèvement > 10 kg, pas de quarts de nuit, éviter les chambres en précautions aériennes.\n\n"
                "Une réaffectation à la centrale de rendez-vous est possible dès lundi; sinon le retrait sera complet. Pouvez-vous me "
                "confirmer d'ici jeudi?\n\n%s") % (mgr["given"], C.full(emp), due, ctx.sig(agent))
    else:
        subj = "Pregnant worker preventive withdrawal - %s" % C.full(emp)
        text = ("Hi %s,\n\n%s gave us the certificate for preventive withdrawal (Safe Maternity programme). "
                "Expected due date: %s. Public health physician's recommendations: no exposure to aggressive patients, "
                "no lifting > 10 kg, no night shifts, avoid airborne-isolation rooms.\n\n"
                "Reassignment to the appointment centre is possible from Monday; otherwise it will be a full withdrawal. Can you "
                "confirm by Thursday?\n\n%s") % (mgr["given"], C.full(emp), due, ctx.sig(agent))
    return spec(ctx, "preventive_withdrawal", ctx.L("retrait préventif d'une employée enceinte", "preventive withdrawal of a pregnant employee"),
                agent, [mgr], subj, text)


def staff_sick_note(ctx):
    r = ctx.rng
    emp = ctx.staff(role="")
    mgr = ctx.staff(role=ctx.L("chef d'unité", "Nurse Manager"))
    dx = ctx.pick(["pneumonie", "gastro-entérite", "migraine", "COVID-19", "zona thoracique"],
                  ["pneumonia", "gastroenteritis", "migraine", "COVID-19", "shingles"])
    if ctx.fr:
        subj = "Billet médical - absence"
        text = ("Bonjour %s,\n\nJe vous envoie mon billet médical en pièce jointe : %s, arrêt jusqu'au %s, "
                "amoxicilline et repos. Je vais mettre la SST en copie pour l'invalidité.\n\nDésolé(e) pour l'équipe de nuit!\n\n%s\n%s, %s") % (
            mgr["given"], dx, ctx.dstr(-6), C.full(emp), ctx.L("infirmière clinicienne", ""), ctx.pick(C.UNITS_FR, C.UNITS_EN))
    else:
        subj = "Doctor's note - absence"
        text = ("Hi %s,\n\nMy doctor's note is attached: %s, off until %s, antibiotics and rest. "
                "I'm copying Occupational Health for the disability file.\n\nSorry for the night team!\n\n%s\nRN, %s") % (
            mgr["given"], dx, ctx.dstr(-6), C.full(emp), ctx.pick(C.UNITS_FR, C.UNITS_EN))
    note = D.pdf(ctx.L("Billet médical", "Medical note"),
                 [ctx.L("Clinique médicale du Lac-aux-Hérons - 450 555-0170", "Lac-aux-Hérons Medical Clinic - 450 555-0170"), "",
                  ctx.L("Patient(e) : ", "Patient: ") + C.full(emp), ctx.L("Incapable de travailler du ", "Unable to work from ") + ctx.dstr(1, "num")
                  + ctx.L(" au ", " to ") + ctx.dstr(-6, "num"), ctx.L("Diagnostic : ", "Diagnosis: ") + dx, "", "Dre Brault"])
    return spec(ctx, "staff_sick_note", ctx.L("billet médical d'un employé à son gestionnaire", "employee's own sick note to manager"),
                emp, [mgr], subj, text, cc=[SST_BOX_FR if ctx.fr else SST_BOX_EN],
                attachments=[{"filename": ctx.L("billet_medical.pdf", "doctors_note.pdf"), "ctype": D.CT["pdf"], "data": note}])


SCENARIOS = [staff_vaccination_record, flu_campaign_roster, injury_report_employee, cnesst_claim_employee,
             return_to_work_plan, pep_employee, tst_staff_screening, fit_test_schedule, preventive_withdrawal, staff_sick_note]
