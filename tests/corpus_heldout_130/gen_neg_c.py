"""Negative templates, part C: harder cases — staff near disease words, staff birth dates, QC values,
checksum-valid serials, generic education material, closures to a patient list without names."""
import datetime as _dt

from gen_attach import make_docx, make_pdf, make_xlsx
from gen_clin import L
from gen_common import ORG, OTHER_DOMS, STAFF, fmt_date, signature, staff_addr
from gen_mime import html_table, text_to_html
from gen_msg import add_days
from gen_neg_a import luhn_serial


def shift_grid(m, c):
    rng, lang = m.rng, m.lang
    coord = STAFF[16]
    m.from_staff(coord)
    m.to = [("Équipe anticoag" if lang == "fr" else "Anticoag team", "equipe.anticoag@" + ORG["dom"])]
    clinics = L(m, ["Clinique FA", "Clinique TEV/EP", "Valves mécaniques", "Téléphonie RNI", "Transitions AOD"],
                ["AF clinic", "VTE/PE clinic", "Mechanical valves", "INR phone line", "DOAC transitions"])
    days = L(m, ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"], ["Monday", "Tuesday", "Wednesday", "Thursday",
                                                                      "Friday"])
    ph = [STAFF[i] for i in (0, 1, 3, 5, 14, 31)]
    rows = [[L(m, "Jour", "Day")] + clinics]
    for d in days:
        rows.append([d] + ["%s %s." % (s[0], s[1][0]) for s in rng.sample(ph, len(clinics))])
    wk = add_days(m.date, 7 - m.date.weekday())
    m.subject = L(m, "Horaire de la semaine du %s" % fmt_date(wk, "long", "fr"), "Schedule for week of %s"
                  % fmt_date(wk, "long", "en"))
    intro = L(m, "Bonjour,\n\nVoici l'horaire des cliniques. Échanges à me signaler avant jeudi.",
              "Hi,\n\nHere is the clinic schedule. Let me know of any swaps before Thursday.")
    m.body = intro + "\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + signature(coord, lang)
    if rng.random() < 0.5:
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Horaire" if lang == "fr" else "Schedule", rows)]), "horaire_%s.xlsx" %
                 fmt_date(wk, "compact"))
    else:
        m.html = text_to_html(intro).replace("</body>", html_table(rows[1:], rows[0]) + "</body>")
        m.mode = "alt"
    m.note = L(m, "horaire hebdomadaire des cliniques", "weekly clinic schedule")


def oncall(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Centrale des gardes" if lang == "fr" else "On-call office", "gardes@" + ORG["dom"])
    m.to = [("Tous les départements", "tous@" + ORG["dom"])]
    we = add_days(m.date, 5 - m.date.weekday() if m.date.weekday() < 5 else 7)
    rows = [["Dre Hélène Desjardins", L(m, "hématologie (thrombose, TIH)", "hematology (thrombosis, HIT)"),
             "819 555-0190"],
            ["Dr François Gosselin", L(m, "cardiologie (FA, flutter)", "cardiology (AF, flutter)"), "819 555-0191"],
            ["Dr Philippe Perreault", L(m, "anesthésie (relais périopératoire)", "anesthesia (perioperative bridging)"),
             "819 555-0192"],
            ["%s %s" % (STAFF[rng.choice([0, 1, 3])][0], STAFF[rng.choice([0, 1, 3])][1]),
             L(m, "pharmacie (anticoagulothérapie)", "pharmacy (anticoagulation)"), "819 555-0193"]]
    m.subject = L(m, "Liste de garde - fin de semaine du %s" % fmt_date(we, "long", "fr"),
                  "On-call list - weekend of %s" % fmt_date(we, "long", "en"))
    m.body = L(m, "Liste de garde :\n", "On-call list:\n") + "\n".join(" - ".join(r) for r in rows) + \
        L(m, "\n\nCentrale des gardes, poste 0", "\n\nOn-call office, ext. 0")
    m.note = L(m, "liste de garde des médecins avec leurs spécialités", "physician on-call list with specialties")


def benefits(m, c):
    rng, lang = m.rng, m.lang
    emp = c.any_staff()
    m.sender = ("Avantages sociaux" if lang == "fr" else "Employee Benefits", "avantages@" + ORG["dom"])
    m.to = [("%s %s" % (emp[0], emp[1]), staff_addr(emp))]
    dob = _dt.date(rng.randint(1965, 1998), rng.randint(1, 12), rng.randint(1, 28))
    empno = "%06d" % rng.randint(100000, 999999)
    if lang == "fr":
        m.subject = "Confirmation d'adhésion - assurance collective"
        m.body = ("Bonjour %s,\n\nNous confirmons votre adhésion au régime d'assurance collective (protection "
                  "familiale) à compter du %s.\nNuméro d'employé : %s\nDate de naissance de l'employé(e) : %s\n"
                  "Bénéficiaire désigné : conjoint(e)\n\nVos cartes suivront par la poste interne.\n\nAvantages "
                  "sociaux, poste 2470" % (emp[0], fmt_date(add_days(m.date, 30), "long", "fr"), empno,
                                           fmt_date(dob, "iso")))
    else:
        m.subject = "Enrolment confirmation - group insurance"
        m.body = ("Hello %s,\n\nWe confirm your enrolment in the group insurance plan (family coverage) effective "
                  "%s.\nEmployee no.: %s\nEmployee date of birth: %s\nDesignated beneficiary: spouse\n\nCards will "
                  "follow by internal mail.\n\nEmployee Benefits, ext. 2470"
                  % (emp[0], fmt_date(add_days(m.date, 30), "long", "en"), empno, fmt_date(dob, "iso")))
    m.note = L(m, "confirmation d'assurance collective d'un employé", "employee group insurance confirmation")


def qc_log(m, c):
    rng, lang = m.rng, m.lang
    tech = STAFF[10]
    m.from_staff(tech)
    m.to_staff(STAFF[8])
    lot = "%d" % rng.randint(10000000, 99999999)
    rows = [[L(m, "Lecteur (n° série)", "Meter (serial)"), L(m, "Niveau 1 (cible 0,8-1,2)", "Level 1 (target 0.8-1.2)"),
             L(m, "Niveau 2 (cible 2,5-3,6)", "Level 2 (target 2.5-3.6)"), L(m, "Conforme", "Pass")]]
    for _ in range(rng.randint(3, 5)):
        rows.append([luhn_serial(rng, 10), ("%.1f" % rng.uniform(0.8, 1.2)).replace(".", "," if lang == "fr" else "."),
                     ("%.1f" % rng.uniform(2.5, 3.6)).replace(".", "," if lang == "fr" else "."),
                     L(m, "oui", "yes")])
    m.subject = L(m, "CQ lecteurs RNI - lot de contrôle %s" % lot, "INR meter QC - control lot %s" % lot)
    m.body = L(m, "Résultats du contrôle de qualité mensuel (solutions de contrôle, aucun échantillon patient). "
                  "Tous les lecteurs sont conformes.\n\n", "Monthly quality control results (control solutions, no "
                  "patient samples). All meters pass.\n\n") + "\n".join(" | ".join(r) for r in rows) + "\n\n" + \
        signature(tech, lang, "pharm")
    m.note = L(m, "contrôle de qualité des lecteurs", "meter quality control log")


def meter_recall(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Médipro - Affaires réglementaires", "reglementaire@" + OTHER_DOMS["supplier"])
    m.to = [("Génie biomédical", "genie.biomedical@" + ORG["dom"])]
    serials = [luhn_serial(rng, 10) for _ in range(rng.randint(3, 6))]
    fmt = lambda s: "%s %s %s" % (s[:4], s[4:7], s[7:])  # noqa: E731
    m.subject = L(m, "Avis de correction - lecteurs RNI, numéros de série touchés",
                  "Field safety notice - INR meters, affected serial numbers")
    m.body = L(m, "Madame, Monsieur,\n\nUne mise à jour logicielle corrige l'affichage du code d'erreur 7. Appareils "
                  "touchés dans votre établissement :\n%s\n\nAucun retour requis ; un technicien passera d'ici 30 "
                  "jours.\n\nAffaires réglementaires, Médipro", "Dear customer,\n\nA software update corrects the "
                  "display of error code 7. Affected devices at your facility:\n%s\n\nNo return required; a "
                  "technician will visit within 30 days.\n\nRegulatory Affairs, Medipro") % \
        "\n".join("- %s" % fmt(s) for s in serials)
    m.note = L(m, "avis de correction avec numéros de série", "field safety notice with serial numbers")


def survey(m, c):
    rng, lang = m.rng, m.lang
    q = STAFF[26]
    m.from_staff(q)
    m.to = [("Équipe anticoag", "equipe.anticoag@" + ORG["dom"])]
    n = rng.randint(120, 260)
    com = L(m, ["« Le pharmacien m'a bien expliqué ma dose de Coumadin. »", "« Trop d'attente au téléphone. »",
                "« Le passage à l'Eliquis a simplifié ma vie. »"],
            ["\"The pharmacist explained my Coumadin dose clearly.\"", "\"Too long on hold.\"",
             "\"Switching to Eliquis made life simpler.\""])
    m.subject = L(m, "Sondage de satisfaction 2025 - résultats", "2025 satisfaction survey - results")
    m.body = L(m, "Bonjour,\n\n%d répondants (taux de réponse 41 %%). Satisfaction globale : 92 %%.\nCommentaires "
                  "anonymes choisis :\n%s\n\n%s", "Hello,\n\n%d respondents (41%% response rate). Overall satisfaction: "
                  "92%%.\nSelected anonymous comments:\n%s\n\n%s") % (n, "\n".join(com), signature(q, lang))
    m.note = L(m, "résultats agrégés d'un sondage anonyme", "aggregate anonymous survey results")


def pamphlet(m, c):
    rng, lang = m.rng, m.lang
    a = c.pharmacist()
    m.from_staff(a)
    m.to = [("Imprimerie", "imprimerie@" + ORG["dom"])]
    paras = L(m, ["Vivre avec la warfarine (Coumadin)", "Prenez votre dose à la même heure chaque soir.",
                  "Signalez tout saignement inhabituel, selles noires ou ecchymoses importantes.",
                  "Avisez votre pharmacien avant de prendre un antibiotique, un produit naturel ou de l'aspirine.",
                  "Gardez une alimentation constante en vitamine K (légumes verts)."],
              ["Living with warfarin (Coumadin)", "Take your dose at the same time every evening.",
               "Report any unusual bleeding, black stools or large bruises.",
               "Tell your pharmacist before taking an antibiotic, a natural product or aspirin.",
               "Keep your vitamin K intake steady (green vegetables)."])
    m.attach("application/pdf", make_pdf(paras[0], paras[1:]), L(m, "depliant_warfarine_v3.pdf",
                                                                  "warfarin_leaflet_v3.pdf"))
    m.subject = L(m, "Impression - dépliant warfarine v3 (500 copies)", "Print job - warfarin leaflet v3 (500 copies)")
    m.body = L(m, "Bonjour,\n\nMerci d'imprimer 500 copies recto verso, pliées en trois. Centre de coûts 7120.\n\n%s",
               "Hello,\n\nPlease print 500 double-sided copies, tri-fold. Cost centre 7120.\n\n%s") % signature(a, lang)
    m.note = L(m, "dépliant d'enseignement générique", "generic patient education leaflet")


def student_eval(m, c):
    rng, lang = m.rng, m.lang
    a = c.pharmacist()
    m.from_staff(a)
    m.to = [("Faculté de pharmacie - stages", "stages@faculte-pharmacie.example")]
    stu = rng.choice(["Camille Beauregard", "Jérémie Lussier", "Nour El-Amin"])
    m.subject = L(m, "Évaluation finale de stage - %s" % stu, "Final rotation evaluation - %s" % stu)
    m.body = L(m, "Bonjour,\n\nL'évaluation finale de %s est déposée dans le portail. Points forts : ajustements de "
                  "warfarine autonomes, excellentes communications avec les patients. À améliorer : gestion du temps "
                  "à la ligne téléphonique.\nRésultat : réussite.\n\n%s", "Hello,\n\nThe final evaluation for %s is in "
                  "the portal. Strengths: independent warfarin adjustments, excellent patient communication. To "
                  "improve: time management on the phone line.\nResult: pass.\n\n%s") % (stu, signature(a, lang))
    m.note = L(m, "évaluation de stage d'un étudiant", "student rotation evaluation")


def closure_notice(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Clinique d'anticoagulation", "anticoagulation@" + ORG["dom"])
    m.to = [("Patients de la clinique" if lang == "fr" else "Clinic patients", "avis-patients@" + ORG["dom"])]
    d = _dt.date(2025, rng.choice([6, 9, 12]), rng.choice([24, 1, 25]))
    m.subject = L(m, "Fermeture de la clinique le %s" % fmt_date(d, "long", "fr"), "Clinic closed on %s"
                  % fmt_date(d, "long", "en"))
    m.body = L(m, "Chers patients,\n\nLa clinique d'anticoagulation sera fermée le %s. Si votre RNI était prévu ce "
                  "jour-là, nous vous appellerons pour le déplacer. En cas de saignement, présentez-vous à l'urgence."
                  "\n\nClinique d'anticoagulation, %s", "Dear patients,\n\nThe anticoagulation clinic will be closed on "
                  "%s. If your INR was due that day, we will call you to reschedule. If you have any bleeding, go to "
                  "the emergency department.\n\nAnticoagulation Clinic, %s") % (fmt_date(d, "long", lang),
                                                                                ORG["tel_clinic"])
    m.mode = rng.choice(["html", "alt", "plain"])
    m.note = L(m, "avis de fermeture envoyé à une liste sans nom", "closure notice to an unnamed list")


def accreditation(m, c):
    rng, lang = m.rng, m.lang
    q = STAFF[26]
    m.from_staff(q)
    m.to = [("Chefs de service", "chefs@" + ORG["dom"])]
    d = add_days(m.date, rng.randint(30, 60))
    m.subject = L(m, "Visite d'agrément - POR anticoagulothérapie et BCM", "Accreditation visit - anticoagulation "
                  "and med rec ROPs")
    items = L(m, ["Politique d'anticoagulothérapie à jour (v4.0)", "Audit BCM au congé (T2 : 84 % conforme)",
                  "Enseignement aux patients documenté", "Protocole de réversion disponible à l'urgence"],
              ["Current anticoagulation policy (v4.0)", "Discharge med rec audit (Q2: 84% compliant)",
               "Documented patient teaching", "Reversal protocol available in the ED"])
    m.body = L(m, "Bonjour,\n\nLa visite d'agrément aura lieu le %s. Pièces à préparer :\n%s\n\n%s",
               "Hello,\n\nThe accreditation visit is on %s. Evidence to prepare:\n%s\n\n%s") % (
        fmt_date(d, "long", lang), "\n".join("- " + x for x in items), signature(q, lang))
    m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             make_docx(L(m, "Liste de vérification - agrément", "Accreditation checklist"), items),
             "liste_agrement.docx")
    m.note = L(m, "préparation de la visite d'agrément", "accreditation visit preparation")


def license_renewal(m, c):
    rng, lang = m.rng, m.lang
    hr = STAFF[21]
    m.from_staff(hr)
    techs = [STAFF[i] for i in (10, 11, 0, 3)]
    m.to = [("%s %s" % (s[0], s[1]), staff_addr(s)) for s in techs[:2]]
    rows = ["%s %s - permis %s - échéance 2025-03-31" % (s[0], s[1], luhn_serial(rng, 6)) if lang == "fr" else
            "%s %s - licence %s - expires 2025-03-31" % (s[0], s[1], luhn_serial(rng, 6)) for s in techs]
    m.subject = L(m, "Renouvellement des permis d'exercice", "Licence renewals")
    m.body = L(m, "Bonjour,\n\nRappel : preuve de renouvellement requise d'ici le 31 mars.\n%s\n\n%s",
               "Hello,\n\nReminder: proof of renewal required by March 31.\n%s\n\n%s") % ("\n".join(rows),
                                                                                       signature(hr, lang))
    m.note = L(m, "renouvellement des permis du personnel", "staff licence renewals")


def doac_table(m, c):
    rng, lang = m.rng, m.lang
    a = c.pharmacist()
    m.from_staff(a)
    m.to = [("Prescripteurs" if lang == "fr" else "Prescribers", "prescripteurs@" + ORG["dom"])]
    rows = [[L(m, "AOD", "DOAC"), "ClCr > 50", "ClCr 30-50", "ClCr 15-29", L(m, "Arrêt avant chirurgie (risque élevé)",
                                                                             "Hold before surgery (high risk)")],
            ["apixaban", "5 mg BID", "5 mg BID*", "2,5 mg BID*" if lang == "fr" else "2.5 mg BID*", "48 h"],
            ["rivaroxaban", "20 mg die" if lang == "fr" else "20 mg daily", "15 mg", "15 mg", "48 h"],
            ["dabigatran", "150 mg BID", "110-150 mg BID", L(m, "contre-indiqué", "contraindicated"), "72-96 h"],
            ["edoxaban", "60 mg", "30 mg", "30 mg", "48 h"]]
    m.subject = L(m, "Aide-mémoire AOD 2025 (posologie et arrêt périopératoire)",
                  "DOAC pocket card 2025 (dosing and perioperative hold)")
    m.body = L(m, "Bonjour,\n\nVersion révisée de l'aide-mémoire, approuvée par le comité. * selon âge, poids et "
                  "créatinine.\n\n%s", "Hello,\n\nRevised pocket card approved by the committee. * depending on age, "
                  "weight and creatinine.\n\n%s") % signature(a, lang)
    m.attach("application/pdf", make_pdf(m.subject, [], rows), L(m, "aide-memoire_AOD_2025.pdf",
                                                                  "DOAC_pocket_card_2025.pdf"))
    m.note = L(m, "aide-mémoire posologique des AOD", "DOAC dosing pocket card")


TEMPLATES = [("shift_grid", shift_grid), ("oncall", oncall), ("benefits", benefits), ("meter_qc", qc_log),
             ("field_notice", meter_recall), ("survey", survey), ("leaflet", pamphlet),
             ("student_eval", student_eval), ("closure", closure_notice), ("accreditation", accreditation),
             ("licences", license_renewal), ("doac_card", doac_table)]
