"""Negative messages, part A: the network's own employee and occupational health (staff data, not patients)."""
import datetime

import gen_attach as A
from gen_common import fdate, random_employee, slug, sub_rng, STAFF, SST, NETWORK, HOSPITALS
from gen_text import (UNITS, UNITS_EN, greet, closing, signature, org_name, html_wrap, text_to_html, html_table, quote,
                      wrote_line, outlook_fwd)
from gen_util import *  # noqa: F401,F403


def _sst(role):
    return [s for s in org_staff(SST) if role.lower() in s.role_en.lower()][0]


def _emp(rng):
    g, s, f = random_employee(rng)
    return g, s, f, "%s.%s@cisss3r.example" % (slug(g), slug(s))


def _unit(rng, lang):
    u = rng.choice(UNITS)
    return u if lang == "fr" else UNITS_EN[u]


def _matricule(rng):
    return "%06d" % rng.randint(10000, 999999)


def n_flu_campaign(rng, lang, n):
    com = [s for s in STAFF if "Communications" in s.role_en][0]
    sites = [("Hôpital de Pointe-aux-Hérons, hall principal", "Pointe-aux-Hérons Hospital, main lobby"),
             ("Hôpital Notre-Dame-des-Érables, cafétéria", "Notre-Dame-des-Érables Hospital, cafeteria"),
             ("CHSLD Les Érables, salle communautaire", "Les Érables LTC, community room")]
    rows = [["Site", "Date", "Heures" if lang == "fr" else "Hours"]]
    for i, s in enumerate(sites):
        d = datetime.date(2025, 10, 20 + i * 2 + rng.randint(0, 1))
        rows.append([s[0] if lang == "fr" else s[1], fdate(d, lang), "7 h 30 – 15 h 30" if lang == "fr" else "7:30 a.m. - 3:30 p.m."])
    if lang == "fr":
        intro = ("La campagne de vaccination antigrippale et contre la COVID-19 destinée au personnel débute bientôt. "
                 "La vaccination est gratuite pour tous les employés, médecins, stagiaires et bénévoles. Apportez votre "
                 "carte d'employé. Les personnes allergiques aux œufs peuvent être vaccinées sans précaution particulière.")
        subj = "Campagne de vaccination 2025-2026 — personnel"
        tail = "Taux de vaccination du personnel l'an dernier : 58 %. Objectif cette année : 70 % !"
    else:
        intro = ("The staff influenza and COVID-19 vaccination campaign starts soon. Vaccination is free for all employees, "
                 "physicians, students and volunteers. Bring your employee badge. People with egg allergy can be vaccinated "
                 "without special precautions.")
        subj = "2025-2026 staff vaccination campaign"
        tail = "Last year's staff coverage: 58%. This year's target: 70%!"
    html = html_wrap("<h2>%s</h2><p>%s</p>%s<p><b>%s</b></p><p>%s</p>" % (subj, intro, html_table(rows), tail,
                                                                         signature(rng, com, lang, False).replace("\n", "<br>")), lang)
    text = "%s\n\n%s\n\n%s\n\n%s" % (subj, intro, "\n".join(" - ".join(r) for r in rows[1:]), tail)
    return mk("staff_flu_campaign", lang, who(com, lang), [("Tout le personnel" if lang == "fr" else "All staff", "tous@cisss3r.example")],
              subj, text=text if rng.random() < 0.5 else None, html=html, html_only=False, note="staff vaccination campaign newsletter")


def n_fit_test_schedule(rng, lang, n):
    rt = _sst("Respiratory")
    r2 = sub_rng("fitsched", n)
    rows = [["Matricule", "Nom", "Unité", "Date", "Heure", "Modèle actuel"] if lang == "fr" else
            ["Employee #", "Name", "Unit", "Date", "Time", "Current model"]]
    for k in range(r2.randint(10, 18)):
        g, s, f, e = _emp(r2)
        rows.append([_matricule(r2), "%s, %s" % (s, g), _unit(r2, lang), "2025-%02d-%02d" % (r2.randint(1, 11), r2.randint(1, 28)),
                     "%02d:%02d" % (r2.randint(7, 15), r2.choice([0, 15, 30, 45])), r2.choice(["3M 1860", "3M 1870+", "Halyard 46727", "Moldex 1512"])])
    data = A.make_xlsx([("Essais" if lang == "fr" else "Fit tests", rows)])
    mgr = [s for s in STAFF if "ICU unit" in s.role_en or "4B" in s.role_en][rng.randint(0, 1)]
    subj = "Horaire des essais d'ajustement N95 — vos employés" if lang == "fr" else "N95 fit-test schedule - your staff"
    body = ("%s\n\nVoici les plages réservées pour les essais d'ajustement annuels de vos employés. Merci de les libérer "
            "15 minutes ; aucun repas ni café 30 minutes avant l'essai qualitatif (Bitrex).\n\n%s\n%s" % (
                greet(rng, "fr", mgr.given), closing(rng, "fr"), signature(rng, rt, "fr"))) if lang == "fr" else \
        ("%s\n\nHere are the booked slots for your staff's annual fit tests. Please release them for 15 minutes; no food "
         "or coffee 30 minutes before the qualitative (Bitrex) test.\n\n%s\n%s" % (greet(rng, "en", mgr.given), closing(rng, "en"), signature(rng, rt, "en")))
    return mk("fit_test_schedule", lang, who(rt, lang), [who(mgr, lang)], subj, text=body,
              atts=[att(XLSX, data, "essais_ajustement_%s.xlsx" % n if lang == "fr" else "fit_tests_%s.xlsx" % n)],
              note="staff fit-test roster (employees, not patients)")


def n_fit_test_result(rng, lang, n):
    rt = _sst("Respiratory")
    g, s, f, e = _emp(rng)
    model = rng.choice(["3M 1870+ (taille standard)", "Moldex 1512 (petit)", "3M 8210", "Halyard 46827 (petit)"])
    fac = rng.randint(120, 380)
    if lang == "fr":
        subj = "Résultat de votre essai d'ajustement"
        body = ("%s\n\nVotre essai d'ajustement quantitatif (Portacount) du %s est RÉUSSI avec le modèle %s, facteur "
                "d'ajustement global %d. Votre carte sera valide jusqu'au %s. Le modèle 3M 1860 ne vous convient pas "
                "(échec à l'exercice « tête haut-bas »).\n\n%s\n%s") % (
            greet(rng, "fr", g), fdate(datetime.date(2025, rng.randint(1, 10), rng.randint(1, 28)), "fr"), model, fac,
            fdate(datetime.date(2026, rng.randint(1, 10), rng.randint(1, 28)), "fr"), closing(rng, "fr"), signature(rng, rt, "fr"))
    else:
        subj = "Your fit-test result"
        body = ("%s\n\nYour quantitative fit test (Portacount) on %s PASSED with model %s, overall fit factor %d. Your card "
                "is valid until %s. Model 3M 1860 does not fit you (failed the head up/down exercise).\n\n%s\n%s") % (
            greet(rng, "en", g), fdate(datetime.date(2025, rng.randint(1, 10), rng.randint(1, 28)), "en"), model.replace("taille standard", "standard").replace("petit", "small"),
            fac, fdate(datetime.date(2026, rng.randint(1, 10), rng.randint(1, 28)), "en"), closing(rng, "en"), signature(rng, rt, "en"))
    return mk("fit_test_result", lang, who(rt, lang), [("%s %s" % (g, s), e)], subj, text=body,
              note="individual fit-test result sent to an employee")


def n_hepb_employee(rng, lang, n):
    nurse = _sst("nurse")
    g, s, f, e = _emp(rng)
    t = rng.choice([3, 6, 8, 4])
    if lang == "fr":
        subj = rng.choice(["Votre statut immunitaire — hépatite B", "Rappel : dose de rappel hépatite B", "Sérologie post-vaccinale"])
        body = ("%s\n\nVotre sérologie post-vaccinale (anti-HBs) faite le mois dernier est à %d UI/L, sous le seuil de "
                "protection de 10 UI/L. Comme %s de la santé exposé%s au sang, vous devez recevoir une dose "
                "de rappel (Engerix-B 20 µg) puis refaire la sérologie un mois plus tard.\n\n"
                "Vous pouvez vous présenter sans rendez-vous au bureau de santé (local 210) du lundi au jeudi, "
                "8 h à 11 h 30. Matricule à fournir : %s.\n\n%s\n%s") % (
            greet(rng, "fr", g), t, "travailleuse" if f else "travailleur", "e" if f else "", _matricule(rng), closing(rng, "fr"), signature(rng, nurse, "fr", True))
    else:
        subj = rng.choice(["Your immunity status - hepatitis B", "Reminder: hepatitis B booster", "Post-vaccination serology"])
        body = ("%s\n\nYour post-vaccination serology (anti-HBs) from last month is %d IU/L, below the 10 IU/L protective "
                "threshold. As a health-care worker exposed to blood you need one booster dose (Engerix-B 20 µg) and a repeat "
                "serology one month later.\n\nWalk in at the employee health office (room 210), Monday to Thursday, "
                "8:00-11:30. Employee number: %s.\n\n%s\n%s") % (
            greet(rng, "en", g), t, _matricule(rng), closing(rng, "en"), signature(rng, nurse, "en", True))
    return mk("staff_hepb_titre", lang, who(nurse, lang), [("%s %s" % (g, s), e)], subj, text=body,
              note="employee's own anti-HBs titre and booster (staff occupational health)")


def n_tst_new_employee(rng, lang, n):
    nurse = _sst("nurse")
    g, s, f, e = _emp(rng)
    hr = [x for x in STAFF if x.role_en == "HR advisor"][0]
    mm = rng.choice([0, 3, 6, 12])
    if lang == "fr":
        subj = "Embauche — dépistage TB complété"
        body = ("%s\n\nLe TCT en deux étapes de %s %s (nouvelle embauche, %s) est complété : 1re étape %d mm, 2e étape "
                "%d mm. %s %s peut commencer son orientation lundi.\n\n%s\n%s") % (
            greet(rng, "fr", hr.given), g, s, _unit(rng, "fr"), mm, mm,
            "Aucun suivi requis." if mm < 10 else "Radiographie pulmonaire normale ; suivi annuel des symptômes.",
            "Elle" if f else "Il", closing(rng, "fr"), signature(rng, nurse, "fr"))
    else:
        subj = "New hire - TB screening completed"
        body = ("%s\n\nThe two-step TST for %s %s (new hire, %s) is complete: step 1 %d mm, step 2 %d mm. %s "
                "Cleared to start orientation on Monday.\n\n%s\n%s") % (
            greet(rng, "en", hr.given), g, s, _unit(rng, "en"), mm, mm,
            "No follow-up required." if mm < 10 else "Normal chest X-ray; annual symptom review.", closing(rng, "en"), signature(rng, nurse, "en"))
    return mk("staff_tst", lang, who(nurse, lang), [who(hr, lang)], subj, text=body, note="new employee TB skin test clearance to HR")


def n_needlestick_employee(rng, lang, n):
    nurse = _sst("nurse")
    g, s, f, e = _emp(rng)
    d = datetime.date(2025, rng.randint(1, 10), rng.randint(1, 28))
    pep = rng.random() < 0.5
    if lang == "fr":
        subj = rng.choice(["Suivi AES — calendrier de vos prélèvements", "Votre suivi après piqûre accidentelle"])
        body = ("%s\n\nComme discuté lors de votre visite du %s, voici le calendrier de suivi après votre piqûre "
                "accidentelle :\n  - sérologies de base (VIH, anti-VHC, anti-HBs) : faites\n  - 6 semaines : VIH, ARN VHC\n"
                "  - 3 mois : VIH, anti-VHC\n  - 6 mois : anti-VHC, fin du suivi\n\n%s"
                "Le patient source a été évalué ; aucun renseignement le concernant ne peut vous être transmis, mais le "
                "risque a été jugé faible. Utilisez le condom jusqu'à la fin du suivi et ne donnez pas de sang.\n\n"
                "Déclaration CNESST : faite par votre gestionnaire le jour même.\n\n%s\n%s") % (
            greet(rng, "fr", g), fdate(d, "fr"),
            "Vous prenez la prophylaxie post-exposition (ténofovir/emtricitabine + dolutégravir) pour 28 jours ; "
            "appelez-nous si nausées importantes.\n\n" if pep else "", closing(rng, "fr"), signature(rng, nurse, "fr", True))
    else:
        subj = rng.choice(["BBF exposure follow-up - your blood test schedule", "Your follow-up after the needlestick"])
        body = ("%s\n\nAs discussed at your visit on %s, here is your follow-up schedule after the needlestick:\n"
                "  - baseline serology (HIV, anti-HCV, anti-HBs): done\n  - 6 weeks: HIV, HCV RNA\n  - 3 months: HIV, anti-HCV\n"
                "  - 6 months: anti-HCV, end of follow-up\n\n%s"
                "The source patient was assessed; no information about them can be shared with you, but the risk was judged "
                "low. Use condoms until the follow-up ends and do not donate blood.\n\nCNESST report: filed by your manager the "
                "same day.\n\n%s\n%s") % (
            greet(rng, "en", g), fdate(d, "en"),
            "You are taking post-exposure prophylaxis (tenofovir/emtricitabine + dolutegravir) for 28 days; call us if "
            "nausea is significant.\n\n" if pep else "", closing(rng, "en"), signature(rng, nurse, "en", True))
    return mk("staff_needlestick_followup", lang, who(nurse, lang), [("%s %s" % (g, s), e)], subj, text=body,
              note="employee's own exposure follow-up; source patient not identified")


def n_staff_injury_report(rng, lang, n):
    g, s, f, e = _emp(rng)
    mgr = [x for x in STAFF if "unit manager" in x.role_en.lower() or "Nurse manager" in x.role_en][rng.randint(0, 1)]
    adv = _sst("Prevention")
    d = datetime.datetime(2025, rng.randint(1, 10), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    ev = rng.choice([("a glissé sur un plancher mouillé près de la salle de lavage ; douleur au poignet droit",
                      "slipped on a wet floor near the utility room; right wrist pain"),
                     ("s'est fait frapper au bras par un usager agité lors des soins d'hygiène",
                      "was struck on the arm by an agitated resident during hygiene care"),
                     ("a ressenti une douleur lombaire en repositionnant un usager sans lève-personne",
                      "felt low back pain while repositioning a resident without a lift")])
    if lang == "fr":
        subj = "Déclaration d'événement — %s — %s" % (_unit(rng, "fr"), d.strftime("%Y-%m-%d"))
        body = ("%s\n\nPour analyse : le %s vers %s, notre préposée %s %s %s. Premiers soins donnés sur place, "
                "consultation à l'urgence. Formulaire AH-223 complété, copie au dossier de l'employée.\n\n"
                "Pouvez-vous planifier l'enquête-analyse avec le comité ? Le lève-personne du corridor B est hors service "
                "depuis deux semaines (bon de travail 44871).\n\n%s\n%s") % (
            greet(rng, "fr", adv.given), fdate(d.date(), "fr"), d.strftime("%H h %M"), g, s, ev[0], closing(rng, "fr"), signature(rng, mgr, "fr"))
    else:
        subj = "Incident report - %s - %s" % (_unit(rng, "en"), d.strftime("%Y-%m-%d"))
        body = ("%s\n\nFor analysis: on %s around %s, our orderly %s %s %s. First aid given on site, seen in the ED. "
                "Incident form completed, copy in the employee file.\n\nCould you schedule the investigation with the "
                "committee? The corridor B ceiling lift has been out of service for two weeks (work order 44871).\n\n%s\n%s") % (
            greet(rng, "en", adv.given), fdate(d.date(), "en"), d.strftime("%H:%M"), g, s, ev[1], closing(rng, "en"), signature(rng, mgr, "en"))
    return mk("staff_injury_report", lang, who(mgr, lang), [who(adv, lang)], subj, text=body,
              note="employee workplace injury report (staff)")


def n_rtw_employee(rng, lang, n):
    adv = _sst("Disability")
    g, s, f, e = _emp(rng)
    mgr = [x for x in STAFF if "unit manager" in x.role_en.lower() or "Nurse manager" in x.role_en][rng.randint(0, 1)]
    start = datetime.date(2025, rng.randint(2, 10), rng.randint(1, 20))
    if lang == "fr":
        table = [["Semaine", "Début", "Jours", "Heures/jour", "Tâches"]]
        for w in range(4):
            table.append([str(w + 1), fdate(add_days(start, 7 * w), "fr", 1), str([2, 3, 4, 5][w]), str([4, 4, 6, 7.25][w]),
                          ["Observation, formation", "Soins sans mobilisation", "Soins avec aide", "Tâches régulières"][w]])
        paras = ["%s : %s %s — matricule %s — %s" % ("Employée" if f else "Employé", g, s, _matricule(rng), _unit(rng, "fr")),
                 "Plan convenu avec le médecin traitant, %s, le ou la gestionnaire et le syndicat." % ("l'employée" if f else "l'employé"),
                 "Aucune mobilisation d'usager sans lève-personne pendant les deux premières semaines."]
        title = "Plan de retour au travail progressif"
        subj = "Plan de RAT progressif — %s %s" % (g, s)
        body = ("%s\n\nVoici le plan de retour progressif convenu hier pour %s. Merci d'ajuster l'horaire dans Logibec "
                "en conséquence.\n\n%s\n%s") % (greet(rng, "fr", mgr.given), g, closing(rng, "fr"), signature(rng, adv, "fr"))
    else:
        table = [["Week", "Start", "Days", "Hours/day", "Duties"]]
        for w in range(4):
            table.append([str(w + 1), fdate(add_days(start, 7 * w), "en", 1), str([2, 3, 4, 5][w]), str([4, 4, 6, 7.25][w]),
                          ["Shadowing, training", "Care without transfers", "Care with help", "Regular duties"][w]])
        paras = ["Employee: %s %s - employee no. %s - %s" % (g, s, _matricule(rng), _unit(rng, "en")),
                 "Plan agreed with the treating physician, the employee, the manager and the union.",
                 "No patient transfers without a lift for the first two weeks."]
        title = "Graduated return-to-work plan"
        subj = "Graduated RTW plan - %s %s" % (g, s)
        body = ("%s\n\nHere is the graduated return plan agreed yesterday for %s. Please adjust the schedule accordingly.\n\n%s\n%s") % (
            greet(rng, "en", mgr.given), g, closing(rng, "en"), signature(rng, adv, "en"))
    docx = A.make_docx(title, paras, table=table)
    return mk("staff_rtw_plan", lang, who(adv, lang), [who(mgr, lang)], subj, text=body,
              atts=[att(DOCX, docx, ("plan_RAT_%s.docx" if lang == "fr" else "RTW_plan_%s.docx") % s.replace(" ", ""), fn_style="2231")],
              note="employee's return-to-work plan (staff)")


def n_cnesst_employee_hr(rng, lang, n):
    adv = _sst("Disability")
    g, s, f, e = _emp(rng)
    mgr = [x for x in STAFF if "unit manager" in x.role_en.lower() or "Nurse manager" in x.role_en][rng.randint(0, 1)]
    les = rng.choice([("entorse lombaire", "lumbar sprain"), ("tendinite de l'épaule", "shoulder tendinitis"), ("contusion au poignet", "wrist contusion")])
    claim = "%d %06d" % (rng.randint(100, 999), rng.randint(0, 999999))
    if lang == "fr":
        subj = "Décision CNESST — dossier de votre employée"
        body = ("%s\n\nLa CNESST a accepté la réclamation de %s %s (dossier %s) : lésion professionnelle — %s. "
                "Les coûts seront imputés à votre centre d'activités. Nous contesterons pas la décision ; "
                "l'assignation temporaire au poste de commis à l'unité reste en place.\n\n%s\n%s") % (
            greet(rng, "fr", mgr.given), g, s, claim, les[0], closing(rng, "fr"), signature(rng, adv, "fr", True))
        body = body.replace("Nous contesterons pas", "Nous ne contesterons pas")
    else:
        subj = "CNESST decision - your employee's claim"
        body = ("%s\n\nCNESST accepted %s %s's claim (file %s): employment injury - %s. Costs will be charged to your cost "
                "centre. We will not contest; the temporary assignment as unit clerk stays in place.\n\n%s\n%s") % (
            greet(rng, "en", mgr.given), g, s, claim, les[1], closing(rng, "en"), signature(rng, adv, "en", True))
    return mk("staff_cnesst_claim", lang, who(adv, lang), [who(mgr, lang)], subj, text=body,
              note="employee's accepted CNESST claim, HR to manager")


def n_absence_stats(rng, lang, n):
    chef = _sst("Head")
    r2 = sub_rng("abs", n)
    rows = [["Direction", "Heures travaillées", "Heures ADS", "Taux ADS (%)", "Lésions (nb)", "Jours perdus"] if lang == "fr" else
            ["Division", "Hours worked", "Sick leave hours", "Sick leave rate (%)", "Injuries (n)", "Days lost"]]
    for d in ["Soins infirmiers", "Soutien à domicile", "Services techniques", "Hébergement", "Santé mentale", "Services diagnostiques"]:
        hw = r2.randint(90000, 480000)
        ads = int(hw * r2.uniform(0.05, 0.11))
        rows.append([d, hw, ads, round(ads * 100 / hw, 1), r2.randint(3, 41), r2.randint(20, 900)])
    data = A.make_xlsx([("P7", rows)])
    subj = "Tableau de bord SST — période 7" if lang == "fr" else "OHS dashboard - period 7"
    body = ("%s\n\nCi-joint le tableau de bord de la période 7. Les troubles musculosquelettiques représentent 61 %% des "
            "lésions acceptées et la violence, 14 %%. À présenter au CODIR jeudi.\n\n%s" % (greet(rng, "fr"), signature(rng, chef, "fr"))) \
        if lang == "fr" else ("%s\n\nAttached is the period 7 dashboard. Musculoskeletal disorders account for 61%% of accepted "
                              "injuries and violence for 14%%. For the management committee on Thursday.\n\n%s" % (greet(rng, "en"), signature(rng, chef, "en")))
    return mk("staff_absence_stats", lang, who(chef, lang), [("CODIR", "codir@cisss3r.example")], subj, text=body,
              atts=[att(XLSX, data, "tableau_bord_SST_P7.xlsx")], note="aggregate sick-leave and injury statistics")


def n_unit_exposure(rng, lang, n):
    ipc = [s for s in STAFF if "Infection control" in s.role_en][0]
    nurse = _sst("nurse")
    r2 = sub_rng("unitexp", n)
    dis = rng.choice([("rougeole", "measles"), ("coqueluche", "pertussis"), ("tuberculose pulmonaire active", "active pulmonary TB")])
    u = rng.choice(["4B médecine", "Soins intensifs", "Urgence", "Pédiatrie", "Psychiatrie 2A", "Hémodialyse"])
    unit = u if lang == "fr" else UNITS_EN[u]
    rows = [["Employé" if lang == "fr" else "Employee", "Titre d'emploi" if lang == "fr" else "Job title", "Quart" if lang == "fr" else "Shift",
             "Preuve d'immunité" if lang == "fr" else "Proof of immunity"]]
    for k in range(r2.randint(6, 11)):
        g, s, f, e = _emp(r2)
        rows.append(["%s %s" % (g, s), r2.choice(["Infirmière", "PAB", "Inhalothérapeute", "Préposé entretien", "Résidente"] if lang == "fr" else
                                               ["Nurse", "Orderly", "RT", "Housekeeping", "Resident"]),
                     r2.choice(["Jour", "Soir", "Nuit"] if lang == "fr" else ["Day", "Evening", "Night"]),
                     r2.choice(["2 doses documentées", "Sérologie IgG positive", "À vérifier", "Aucune"] if lang == "fr" else
                               ["2 doses documented", "Positive IgG", "To verify", "None"])])
    if lang == "fr":
        subj = "Exposition — %s — unité %s — liste du personnel" % (dis[0], unit)
        body = ("%s\n\nUn cas de %s a été confirmé hier chez un usager hospitalisé à l'unité %s (du 3 au 6 du mois, sans "
                "précautions aériennes). Voici la liste du personnel exposé selon les horaires. Les employés sans preuve "
                "d'immunité doivent être retirés du travail du 5e au 21e jour suivant l'exposition.\n\n%s\n\n%s\n%s") % (
            greet(rng, "fr", nurse.given), dis[0], unit, "\n".join(" | ".join(r) for r in rows), closing(rng, "fr"), signature(rng, ipc, "fr"))
    else:
        subj = "Exposure - %s - unit %s - staff list" % (dis[1], unit)
        body = ("%s\n\nA case of %s was confirmed yesterday in an inpatient on %s (3rd to 6th of the month, without airborne "
                "precautions). Below is the list of exposed staff based on the schedules. Employees without proof of immunity "
                "must be off work from day 5 to day 21 after exposure.\n\n%s\n\n%s\n%s") % (
            greet(rng, "en", nurse.given), dis[1], unit, "\n".join(" | ".join(r) for r in rows), closing(rng, "en"), signature(rng, ipc, "en"))
    return mk("unit_exposure_staff", lang, who(ipc, lang), [who(nurse, lang)], subj, text=body,
              note="exposed staff list after an unnamed inpatient case")


def n_fit_fail_papr(rng, lang, n):
    rt = _sst("Respiratory")
    buyer = [s for s in STAFF if s.role_en == "Buyer"][0]
    r2 = sub_rng("papr", n)
    names = []
    for k in range(r2.randint(3, 6)):
        g, s, f, e = _emp(r2)
        names.append("  - %s %s (%s) — %s" % (g, s, _unit(r2, lang), r2.choice(["barbe (motif religieux)", "échec 3 modèles", "cicatrice faciale"] if lang == "fr" else
                                                                               ["beard (religious reasons)", "failed 3 models", "facial scar"])))
    if lang == "fr":
        subj = "APR motorisés — employés en échec d'ajustement"
        body = ("%s\n\nLes employés suivants n'ont pu être ajustés avec aucun N95 disponible et ont besoin d'un APR "
                "motorisé (PAPR) avec cagoule :\n\n%s\n\nPeux-tu commander 5 unités CleanSpace EX et 20 cagoules ? "
                "Budget SST 2025-26.\n\n%s\n%s") % (greet(rng, "fr", buyer.given), "\n".join(names), closing(rng, "fr"), signature(rng, rt, "fr"))
    else:
        subj = "PAPRs - employees who failed fit testing"
        body = ("%s\n\nThe following employees could not be fitted with any available N95 and need a powered air-purifying "
                "respirator with hood:\n\n%s\n\nCould you order 5 CleanSpace EX units and 20 hoods? OHS budget 2025-26.\n\n%s\n%s") % (
            greet(rng, "en", buyer.given), "\n".join(names), closing(rng, "en"), signature(rng, rt, "en"))
    return mk("staff_papr_list", lang, who(rt, lang), [who(buyer, lang)], subj, text=body, note="staff who failed fit testing")


def n_employee_self_report(rng, lang, n):
    g, s, f, e = _emp(rng)
    k = rng.randint(0, 2)
    if lang == "fr":
        subj = ["Absence — gastro", "Retour au travail après zona", "Billet médical"][k]
        body = [
            "Bonjour,\n\nJe vous avise que je suis en congé depuis mardi pour une gastro-entérite. Je n'ai plus de symptômes "
            "depuis hier soir ; est-ce que je peux reprendre mon quart de nuit jeudi à l'unité %s ou je dois attendre 48 h ?\n\n"
            "Merci,\n%s %s\n%s, matricule %s" % (_unit(rng, "fr"), g, s, "Infirmière auxiliaire" if f else "Infirmier auxiliaire", _matricule(rng)),
            "Bonjour,\n\nMon médecin a diagnostiqué un zona au thorax la semaine dernière. Les lésions sont croûtées depuis "
            "samedi. Je travaille en pédiatrie ; pouvez-vous confirmer que je peux revenir ?\n\n%s" % g,
            "Allo,\n\nMon billet médical pour les trois jours d'absence (bronchite) est dans le courrier interne. Je reviens lundi.\n\n%s %s" % (g, s)][k]
    else:
        subj = ["Absence - gastro", "Back to work after shingles", "Doctor's note"][k]
        body = [
            "Hello,\n\nI've been off since Tuesday with gastroenteritis. No symptoms since last night; can I do my night shift "
            "on %s on Thursday or do I need to wait 48 h?\n\nThanks,\n%s %s\nLPN, employee no. %s" % (_unit(rng, "en"), g, s, _matricule(rng)),
            "Hi,\n\nMy doctor diagnosed shingles on my chest last week. The lesions have crusted over since Saturday. I work "
            "in paediatrics; can you confirm I can come back?\n\n%s" % g,
            "Hi,\n\nMy doctor's note for the three days off (bronchitis) is in the internal mail. Back on Monday.\n\n%s %s" % (g, s)][k]
    return mk("staff_self_report", lang, ("%s %s" % (g, s), e), [("Santé au travail", "sante.travail@cisss3r.example")], subj,
              text=body, note="employee writes to employee health about own illness")


def n_manager_restrictions(rng, lang, n):
    adv = _sst("Disability")
    g, s, f, e = _emp(rng)
    mgr = [x for x in STAFF if "unit manager" in x.role_en.lower() or "Nurse manager" in x.role_en][rng.randint(0, 1)]
    d = datetime.date(2025, rng.randint(1, 11), rng.randint(1, 28))
    if lang == "fr":
        q = ("Bonjour,\n\n%s revient lundi. Quelles sont ses limitations exactes ? Je dois savoir %s peut faire les "
             "bains.\n\n%s" % (g, "si elle" if f else "s'il", mgr.given))
        body = ("%s\n\nSelon le formulaire d'assignation temporaire signé par son médecin : pas de soulèvement de plus de "
                "10 kg, pas de mobilisation d'usager seule, alternance des tâches. Donc pas de bains pour l'instant ; les "
                "tâches de commis et la distribution des plateaux conviennent. Réévaluation dans 3 semaines.\n\n%s\n%s\n\n%s") % (
            greet(rng, "fr", mgr.given), closing(rng, "fr"), signature(rng, adv, "fr"), quote(q, wrote_line("fr", mgr.full, fdate(d, "fr"))))
        subj = "RE: Limitations de %s %s" % (g, s)
    else:
        q = "Hi,\n\n%s is back Monday. What are the exact restrictions? I need to know if %s can do baths.\n\n%s" % (g, "she" if f else "he", mgr.given)
        body = ("%s\n\nPer the temporary assignment form signed by the physician: no lifting over 10 kg, no solo patient "
                "handling, task rotation. So no baths for now; clerical tasks and tray distribution are fine. Reassessment in "
                "3 weeks.\n\n%s\n%s\n\n%s") % (greet(rng, "en", mgr.given), closing(rng, "en"), signature(rng, adv, "en"),
                                               quote(q, wrote_line("en", mgr.full, fdate(d, "en"))))
        subj = "RE: Restrictions for %s %s" % (g, s)
    return mk("staff_restrictions_reply", lang, who(adv, lang), [who(mgr, lang)], subj, text=body,
              note="employee's work restrictions discussed with manager", reply_to_id="restr%d@cisss3r.example" % n)


def n_vacc_coverage(rng, lang, n):
    chef = _sst("Head")
    r2 = sub_rng("cov", n)
    rows = [["Installation" if lang == "fr" else "Site", "Employés" if lang == "fr" else "Employees", "Vaccinés" if lang == "fr" else "Vaccinated", "%"]]
    for site in ["HPH", "HNDE", "CHSLD Les Érables", "CLSC Saint-Aurèle", "CLSC Deux-Ponts"]:
        tot = r2.randint(180, 2400)
        v = int(tot * r2.uniform(0.38, 0.77))
        rows.append([site, tot, v, "%.1f" % (v * 100 / tot)])
    csvb = A.make_csv(rows, delimiter=";" if lang == "fr" else ",")
    subj = "Couverture vaccinale du personnel — semaine 46" if lang == "fr" else "Staff vaccine coverage - week 46"
    body = ("%s\n\nSuivi hebdomadaire de la couverture antigrippale du personnel (données agrégées, fichier joint).\n\n%s" % (greet(rng, "fr"), signature(rng, chef, "fr"))) \
        if lang == "fr" else ("%s\n\nWeekly staff influenza coverage (aggregate data, file attached).\n\n%s" % (greet(rng, "en"), signature(rng, chef, "en")))
    return mk("staff_vacc_coverage", lang, who(chef, lang), [("Gestionnaires", "gestionnaires@cisss3r.example")], subj, text=body,
              atts=[att(CSV + "; charset=utf-8", csvb, "couverture_S46.csv")], note="aggregate staff vaccine coverage CSV")


def n_vacc_policy(rng, lang, n):
    drh = [s for s in STAFF if s.role_en == "HR director"][0]
    if lang == "fr":
        subj = "Mise à jour — Politique sur l'immunisation du personnel (POL-RH-031)"
        body = ("%s\n\nLa politique POL-RH-031 a été révisée. Principaux changements :\n"
                "1. La preuve d'immunité contre la rougeole est exigée à l'embauche pour tous les titres d'emploi.\n"
                "2. La sérologie anti-HBs post-vaccinale est offerte aux stagiaires en soins infirmiers.\n"
                "3. Le refus de vaccination antigrippale n'entraîne plus de retrait, mais le port du masque en période "
                "d'éclosion reste obligatoire.\n\nLa politique complète est sur l'intranet (section RH > Santé au travail).\n\n%s") % (
            greet(rng, "fr"), signature(rng, drh, "fr"))
    else:
        subj = "Update - Staff Immunization Policy (POL-RH-031)"
        body = ("%s\n\nPolicy POL-RH-031 has been revised. Main changes:\n1. Proof of measles immunity is required at hiring "
                "for all job titles.\n2. Post-vaccination anti-HBs serology is offered to nursing students.\n3. Declining the "
                "flu vaccine no longer leads to removal, but masking during outbreaks remains mandatory.\n\nFull policy on the "
                "intranet (HR > Occupational health).\n\n%s") % (greet(rng, "en"), signature(rng, drh, "en"))
    return mk("staff_vacc_policy", lang, who(drh, lang), [("Tout le personnel", "tous@cisss3r.example")], subj, text=body,
              note="staff immunisation policy update")


def n_ergonomic(rng, lang, n):
    erg = _sst("Ergonomist")
    g, s, f, e = _emp(rng)
    if lang == "fr":
        subj = "Évaluation ergonomique du poste — %s %s" % (g, s)
        body = ("%s\n\nSuite à votre demande (douleurs cervicales et au poignet droit), j'ai évalué votre poste au "
                "service de la paie mardi. Recommandations :\n- abaisser le clavier de 4 cm (plateau à clavier commandé)\n"
                "- deuxième écran à la hauteur des yeux\n- souris verticale (en essai 2 semaines)\n- micro-pauses aux "
                "45 minutes\n\nJe repasserai dans un mois.\n\n%s\n%s") % (greet(rng, "fr", g), closing(rng, "fr"), signature(rng, erg, "fr"))
    else:
        subj = "Workstation ergonomic assessment - %s %s" % (g, s)
        body = ("%s\n\nFollowing your request (neck and right wrist pain), I assessed your workstation in payroll on Tuesday. "
                "Recommendations:\n- lower the keyboard by 4 cm (keyboard tray ordered)\n- second monitor at eye level\n"
                "- vertical mouse (2-week trial)\n- micro-breaks every 45 minutes\n\nI'll check back in a month.\n\n%s\n%s") % (
            greet(rng, "en", g), closing(rng, "en"), signature(rng, erg, "en"))
    return mk("staff_ergonomic", lang, who(erg, lang), [("%s %s" % (g, s), e)], subj, text=body,
              note="ergonomic assessment for an employee")


def n_air_sampling(rng, lang, n):
    hyg = _sst("hygienist")
    r2 = sub_rng("air", n)
    lines = []
    for k in range(6):
        pt = r2.choice(["Salle de macroscopie", "Hotte 2", "Poste de coupe", "Corridor", "Local déchets", "Bureau technicien"])
        v = round(r2.uniform(0.02, 0.41), 2)
        lines.append("%s : %s ppm (VEMP 0,75 ppm ; plafond 2 ppm)" % (pt, str(v).replace(".", ",")) if lang == "fr"
                     else "%s: %s ppm (TWAEV 0.75 ppm; ceiling 2 ppm)" % (pt, v))
    pdf = A.make_pdf("Échantillonnage du formaldéhyde — Pathologie" if lang == "fr" else "Formaldehyde sampling - Pathology",
                     lines + ["", "Toutes les valeurs sont sous les normes du RSST." if lang == "fr" else "All values are below RSST limits."],
                     org_line=org_name(SST, lang))
    subj = "Rapport d'hygiène — formaldéhyde en pathologie" if lang == "fr" else "Hygiene report - formaldehyde in pathology"
    body = ("%s\n\nRapport d'échantillonnage joint. Aucun dépassement ; on recommande tout de même de vérifier le débit de la hotte 2.\n\n%s" % (
        greet(rng, "fr"), signature(rng, hyg, "fr"))) if lang == "fr" else (
        "%s\n\nSampling report attached. No exceedance; we still recommend checking the flow of hood 2.\n\n%s" % (greet(rng, "en"), signature(rng, hyg, "en")))
    return mk("hygiene_air_sampling", lang, who(hyg, lang), [("Laboratoire — pathologie", "pathologie@cisss3r.example")], subj,
              text=body, atts=[att(PDF, pdf, "echantillonnage_formaldehyde.pdf")], note="air sampling report, no people")


def n_pae_info(rng, lang, n):
    com = [s for s in STAFF if "Communications" in s.role_en][0]
    if lang == "fr":
        subj = "Programme d'aide aux employés — rappel"
        text = ("Vous vivez une période difficile ? Deuil, anxiété, épuisement, difficultés conjugales ou financières : le "
                "Programme d'aide aux employés (PAE) offre jusqu'à 6 rencontres gratuites et confidentielles par année, pour "
                "vous et les membres de votre famille.\n\nLigne 24/7 : 1-800-555-0199\n\nAucune information n'est transmise "
                "à votre gestionnaire.")
    else:
        subj = "Employee Assistance Program - reminder"
        text = ("Going through a hard time? Grief, anxiety, burnout, relationship or financial difficulties: the Employee "
                "Assistance Program offers up to 6 free and confidential sessions a year, for you and your family.\n\n"
                "24/7 line: 1-800-555-0199\n\nNo information is shared with your manager.")
    html = html_wrap(text_to_html(text) + "<p>%s</p>" % signature(rng, com, lang, False).replace("\n", "<br>"), lang)
    return mk("pae_info", lang, who(com, lang), [("Tout le personnel", "tous@cisss3r.example")], subj, text=text, html=html,
              note="EAP reminder newsletter")


def n_pdsb_training(rng, lang, n):
    adv = _sst("Prevention")
    d = datetime.datetime(2025, rng.randint(1, 11), rng.randint(1, 27), 8, 30)
    summ = "Formation PDSB — recertification" if lang == "fr" else "Safe patient handling (PDSB) - recertification"
    desc = ("Formation obligatoire de 7 h. Apporter des vêtements confortables. Repas fourni." if lang == "fr"
            else "Mandatory 7-hour training. Wear comfortable clothing. Lunch provided.")
    ics = A.make_ics("pdsb-%d@cisss3r.example" % n, summ, d, d + datetime.timedelta(hours=7), desc, "Salle Champlain, HPH",
                     (adv.full, adv.email), [("Chefs d'unité", "chefs@cisss3r.example")])
    body = "%s\n\n%s\n\n%s" % (greet(rng, lang), desc, signature(rng, adv, lang))
    return mk("pdsb_training_ics", lang, who(adv, lang), [("Chefs d'unité", "chefs@cisss3r.example")], summ, text=body,
              atts=[att(ICS + "; method=REQUEST; charset=utf-8", ics, "invitation.ics")], note="training calendar invitation")


def n_aes_meeting(rng, lang, n):
    chef = _sst("Head")
    micro = [s for s in STAFF if "Infectious" in s.role_en][0]
    d = datetime.datetime(2025, rng.randint(1, 11), rng.randint(1, 27), 12, 0)
    summ = "Révision du protocole AES (accidents d'exposition au sang)" if lang == "fr" else "Review of the blood and body fluid exposure protocol"
    desc = ("Ordre du jour : 1. Nouveaux algorithmes de PPE VIH 2. Trousses de départ à l'urgence 3. Délais de sérologie source "
            "4. Statistiques 2024 (41 AES déclarés, 0 séroconversion)" if lang == "fr" else
            "Agenda: 1. New HIV PEP algorithms 2. ED starter kits 3. Source serology turnaround 4. 2024 statistics (41 exposures "
            "reported, 0 seroconversions)")
    ics = A.make_ics("aes-%d@cisss3r.example" % n, summ, d, d + datetime.timedelta(hours=1), desc, "Teams",
                     (chef.full, chef.email), [(micro.full, micro.email), (_sst("nurse").full, _sst("nurse").email)])
    return mk("aes_protocol_meeting", lang, who(chef, lang), [who(micro, lang), who(_sst("nurse"), lang)], summ,
              text=desc, atts=[att(ICS + "; method=REQUEST; charset=utf-8", ics, "meeting.ics")],
              note="committee meeting invitation on exposure protocol, aggregate stats")


def n_blank_exposure_form(rng, lang, n):
    nurse = _sst("nurse")
    if lang == "fr":
        title = "Formulaire de déclaration d'exposition au sang ou aux liquides biologiques"
        table = [["Nom de l'employé(e)", ""], ["Matricule", ""], ["Date et heure de l'exposition", ""],
                 ["Type (piqûre, coupure, éclaboussure)", ""], ["Patient source connu ? (oui/non)", ""],
                 ["No de dossier du patient source", ""], ["Premiers soins donnés", ""], ["Signature", ""]]
        paras = ["À remplir par l'employé(e) et à remettre au bureau de santé dans les 2 heures."]
        subj = "Formulaire AES à jour (version 2025)"
        body = "%s\n\nVoici la version 2025 du formulaire vierge. Merci de détruire les anciennes copies papier.\n\n%s" % (greet(rng, "fr"), signature(rng, nurse, "fr"))
    else:
        title = "Blood and body fluid exposure report form"
        table = [["Employee name", ""], ["Employee no.", ""], ["Date and time of exposure", ""], ["Type (needlestick, cut, splash)", ""],
                 ["Source patient known? (yes/no)", ""], ["Source patient chart no.", ""], ["First aid given", ""], ["Signature", ""]]
        paras = ["To be completed by the employee and returned to employee health within 2 hours."]
        subj = "Updated exposure form (2025 version)"
        body = "%s\n\nHere is the blank 2025 form. Please discard old paper copies.\n\n%s" % (greet(rng, "en"), signature(rng, nurse, "en"))
    docx = A.make_docx(title, paras, table=table)
    return mk("blank_exposure_form", lang, who(nurse, lang), [("Chefs d'unité", "chefs@cisss3r.example")], subj, text=body,
              atts=[att(DOCX, docx, "Formulaire_AES_2025_vierge.docx" if lang == "fr" else "BBF_exposure_form_blank.docx")],
              note="blank exposure report form")


def n_zip_forms(rng, lang, n):
    adv = _sst("Disability")
    pdfs = [("formulaires/assignation_temporaire_vierge.pdf", A.make_pdf("Assignation temporaire d'un travail", [
        "Nom du travailleur : ____________________", "Description des tâches proposées : ____________________",
        "Le médecin est-il d'avis que : le travailleur est raisonnablement en mesure d'accomplir ce travail ? oui / non",
        "Signature du médecin : ____________"])),
        ("formulaires/retour_progressif_modele.pdf", A.make_pdf("Plan de retour progressif — modèle", [
            "Semaine | Jours | Heures | Tâches", "1 | | |", "2 | | |", "3 | | |"])),
        ("formulaires/LISEZMOI.txt", "Modèles vierges — ne pas remplir à l'écran.\r\n".encode("utf-8"))]
    z = A.make_zip(pdfs)
    subj = "Trousse gestionnaire — formulaires d'invalidité" if lang == "fr" else "Manager toolkit - disability forms"
    body = ("%s\n\nVous trouverez dans le zip les modèles vierges à utiliser dès maintenant.\n\n%s" % (greet(rng, "fr"), signature(rng, adv, "fr"))) \
        if lang == "fr" else ("%s\n\nThe zip contains the blank templates to use from now on.\n\n%s" % (greet(rng, "en"), signature(rng, adv, "en")))
    return mk("zip_blank_forms", lang, who(adv, lang), [("Gestionnaires", "gestionnaires@cisss3r.example")], subj, text=body,
              atts=[att(ZIP, z, "trousse_formulaires.zip")], note="ZIP of blank disability forms")


def n_committee_notice(rng, lang, n):
    adv = _sst("Prevention")
    d = datetime.date(2025, rng.randint(1, 11), rng.randint(1, 28))
    if lang == "fr":
        subj = "Convocation — Comité paritaire SST — %s" % fdate(d, "fr")
        body = ("%s\n\nVous êtes convoqués à la réunion du comité paritaire en santé et sécurité du travail.\n\n"
                "Ordre du jour :\n1. Adoption du procès-verbal\n2. Suivi des enquêtes-analyses (chutes, agressions)\n"
                "3. Programme de protection respiratoire : résultats des essais d'ajustement\n4. Lève-personnes : état du parc\n"
                "5. Statistiques de lésions (période 6)\n6. Varia\n\nSalle 3B, 13 h 30.\n\n%s") % (greet(rng, "fr"), signature(rng, adv, "fr"))
    else:
        subj = "Notice - Joint OHS Committee - %s" % fdate(d, "en")
        body = ("%s\n\nYou are invited to the joint occupational health and safety committee meeting.\n\nAgenda:\n1. Minutes\n"
                "2. Follow-up of incident investigations (falls, assaults)\n3. Respiratory protection program: fit-test results\n"
                "4. Patient lifts: inventory status\n5. Injury statistics (period 6)\n6. Other business\n\nRoom 3B, 1:30 p.m.\n\n%s") % (
            greet(rng, "en"), signature(rng, adv, "en"))
    return mk("ohs_committee_notice", lang, who(adv, lang), [("Comité paritaire SST", "cpsst@cisss3r.example")], subj, text=body,
              note="joint OHS committee notice")


NEG_A = [n_flu_campaign, n_fit_test_schedule, n_fit_test_result, n_hepb_employee, n_tst_new_employee, n_needlestick_employee,
         n_staff_injury_report, n_rtw_employee, n_cnesst_employee_hr, n_absence_stats, n_unit_exposure, n_fit_fail_papr,
         n_employee_self_report, n_manager_restrictions, n_vacc_coverage, n_vacc_policy, n_ergonomic, n_air_sampling,
         n_pae_info, n_pdsb_training, n_aes_meeting, n_blank_exposure_form, n_zip_forms, n_committee_notice]
