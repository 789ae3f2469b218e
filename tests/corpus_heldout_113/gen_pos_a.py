"""Positive messages, part A: occupational-medicine clinics treating outside workers as patients."""
import datetime

import gen_attach as A
from gen_common import (disguise_nam, fdate, fmt_sin, make_sin, phone, street, sub_rng)
from gen_text import (INJURIES, DISEASES, MEDS, ANALGESICS, SEDATING, JOBS, greet, closing, signature, org_name, html_wrap,
                      text_to_html, html_table, quote, wrote_line)
from gen_util import *  # noqa: F401,F403


def _dob(p, lang, rng):
    return fdate(p.dob, lang, rng.choice([0, 1, 2]))


def p_attestation(rng, lang, n):
    """Cover note + PDF medical certificate for a worker, sent to the employer."""
    clinic, doc, others = clinic_team(rng)
    sec = clinic_admin(others, doc)
    use_nam = rng.random() < 0.55
    p = worker_patient(rng, use_nam)
    inj = rng.choice(INJURIES)
    emp, dom = employer(rng)
    g, s, f = contact_person(rng)
    ev = datetime.date(2025, rng.randint(1, 9), rng.randint(1, 27))
    nxt = add_days(ev, rng.choice([7, 10, 14]))
    med = rng.choice(ANALGESICS)
    types = {"patient_name", "diagnosis", "date_of_birth"}
    lines_fr = ["Nom du travailleur : %s" % p.rev, "Date de naissance : %s" % fdate(p.dob, "fr", 1),
                "Sexe : %s" % p.sex]
    lines_en = ["Worker: %s" % p.rev, "Date of birth: %s" % fdate(p.dob, "en", 1), "Sex: %s" % p.sex]
    if use_nam:
        nam = disguise_nam(p.nam, rng.choice([0, 0, 1, 8]))
        lines_fr.append("No d'assurance maladie : %s" % nam)
        lines_en.append("Health insurance no. (RAMQ): %s" % nam)
        types.add("ramq_nam")
    if rng.random() < 0.4:
        sin = fmt_sin(make_sin(rng), rng.randint(0, 2))
        lines_fr.append("NAS : %s" % sin)
        lines_en.append("SIN: %s" % sin)
        types.add("ca_sin")
    lines_fr += ["Employeur : %s" % emp, "Date de l'événement : %s" % fdate(ev, "fr", 1), "",
                 "Diagnostic : %s (%s)" % (inj[0], inj[2]),
                 "Traitement : repos relatif, glace, %s ; physiothérapie prescrite." % med[0],
                 "Assignation temporaire : oui, selon formulaire joint.",
                 "Date prévue de consolidation : indéterminée. Prochain rendez-vous : %s." % fdate(nxt, "fr"),
                 "", "Médecin : %s, %s" % (doc.display("fr"), org_name(clinic, "fr"))]
    lines_en += ["Employer: %s" % emp, "Date of event: %s" % fdate(ev, "en", 1), "",
                 "Diagnosis: %s (%s)" % (inj[1], inj[2]),
                 "Treatment: relative rest, ice, %s; physiotherapy prescribed." % med[1],
                 "Temporary assignment: yes, see attached form.",
                 "Expected consolidation date: undetermined. Next visit: %s." % fdate(nxt, "en"),
                 "", "Physician: %s, %s" % (doc.display("en"), org_name(clinic, "en"))]
    types.add("medication")
    pdf = A.make_pdf("Attestation médicale — CNESST" if lang == "fr" else "Medical certificate — CNESST",
                     lines_fr if lang == "fr" else lines_en, org_line=org_name(clinic, lang), author=doc.full)
    fname = rng.choice(["Attestation_medicale_%s.pdf" % p.surname,
                        "attestation médicale %s %s.pdf" % (p.given, p.surname),
                        "CNESST_AM_%s.pdf" % ev.strftime("%Y%m%d")])
    if fname.startswith("CNESST"):
        pass
    if lang == "fr":
        subj = rng.choice(["Attestation médicale — votre travailleur", "AM initiale - %s" % emp,
                           "Documents CNESST suite à la visite d'aujourd'hui"])
        body = "%s\n\nVeuillez trouver ci-jointe l'attestation médicale initiale de votre travailleur, vu à la clinique le %s. " \
               "Le formulaire d'assignation temporaire suivra par télécopieur.\n\n%s\n%s" % (
                   greet(rng, "fr", "%s %s" % (("Mme" if f else "M."), s)), fdate(ev, "fr"), closing(rng, "fr"),
                   signature(rng, sec, "fr"))
    else:
        subj = rng.choice(["Medical certificate for your employee", "CNESST paperwork - %s" % emp,
                           "Initial medical report attached"])
        body = "%s\n\nPlease find attached the initial CNESST medical certificate for your worker, seen at the clinic on %s. " \
               "The temporary assignment form will follow by fax.\n\n%s\n%s" % (
                   greet(rng, "en", g), fdate(ev, "en"), closing(rng, "en"), signature(rng, sec, "en"))
    return mk("cnesst_attestation", lang, who(sec, lang), [("%s %s" % (g, s), contact_email(g, s, dom))], subj,
              text=body, atts=[att(PDF, pdf, fname)], types=types,
              note="medical certificate PDF for an outside worker")


def p_final_report(rng, lang, n):
    clinic, doc, _ = clinic_team(rng)
    p = worker_patient(rng, False)
    inj = rng.choice(INJURIES)
    cons = datetime.date(2025, rng.randint(3, 10), rng.randint(1, 28))
    agent = contact_person(rng)
    atteinte_n = rng.choice([0, 2, 3, 5])
    atteinte = ("%d %%" % atteinte_n) if lang == "fr" else ("%d%%" % atteinte_n)
    claim = "%d %d" % (rng.randint(100, 999), rng.randint(100000, 999999))
    stop = rng.choice(ANALGESICS)
    if lang == "fr":
        subj = "Rapport médical final — dossier %s" % claim
        body = ("%s\n\nJe vous transmets mon rapport final concernant %s %s (dossier CNESST %s), âgé%s de %d ans, "
                "%s chez %s.\n\n"
                "Diagnostic retenu : %s.\n"
                "Lésion consolidée le %s. Atteinte permanente à l'intégrité physique : %s.\n"
                "Limitations fonctionnelles : éviter de soulever plus de 15 kg de façon répétée, éviter les "
                "mouvements répétitifs au-dessus des épaules.\n"
                "%s a cessé la prise de %s et poursuit des exercices à domicile.\n\n"
                "Le rapport d'évaluation médicale complet (REM) vous sera acheminé d'ici deux semaines.\n\n%s\n%s") % (
            greet(rng, "fr", "Madame %s" % agent[1] if agent[2] else "Monsieur %s" % agent[1]), p.title("fr"), p.full, claim,
            "e" if p.sex == "F" else "", p.age(cons), rng.choice(JOBS)[0], employer(rng)[0], inj[0],
            fdate(cons, "fr"), atteinte, "La travailleuse" if p.sex == "F" else "Le travailleur", stop[0].split(" ")[0], closing(rng, "fr"),
            signature(rng, doc, "fr", disclaimer=True))
    else:
        subj = "Final medical report - claim %s" % claim
        body = ("%s\n\nPlease find my final report regarding %s %s (CNESST claim %s), aged %d, %s at %s.\n\n"
                "Final diagnosis: %s.\nInjury consolidated on %s. Permanent impairment: %s.\n"
                "Functional limitations: avoid repetitive lifting over 15 kg and repetitive overhead work.\n"
                "The worker has stopped %s and continues a home exercise program.\n\n"
                "The full medical evaluation report will follow within two weeks.\n\n%s\n%s") % (
            greet(rng, "en", "%s %s" % (("Ms." if agent[2] else "Mr."), agent[1])), p.title("en"), p.full, claim,
            p.age(cons), rng.choice(JOBS)[1], employer(rng)[0], inj[1], fdate(cons, "en"), atteinte,
            stop[1].split(" ")[0], closing(rng, "en"), signature(rng, doc, "en", disclaimer=True))
    return mk("final_report", lang, who(doc, lang), [("%s %s" % agent[:2], contact_email(agent[0], agent[1], "cnesst-agents.example"))],
              subj, text=body, types={"patient_name", "diagnosis", "medication"},
              note="final medical report for an outside worker to the claims agent")


def p_temp_assignment(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.3)
    inj = rng.choice(INJURIES)
    emp, dom = employer(rng)
    hr = contact_person(rng)
    name_form = rng.choice([p.full, p.rev, "%s %s" % (p.title(lang), p.surname)])
    if lang == "fr":
        subj = rng.choice(["RE: Assignation temporaire", "Assignation temporaire — réponse du médecin", "Travaux légers possibles?"])
        body = ("%s\n\nSuite à votre demande, le Dr a signé le formulaire d'assignation temporaire pour %s. "
                "Compte tenu du diagnostic (%s), les tâches proposées (accueil, inventaire, formation vidéo) sont acceptables "
                "aux conditions suivantes :\n"
                "  - aucun soulèvement de plus de %d kg;\n  - alternance assis/debout aux 30 minutes;\n"
                "  - pas de travail en hauteur ni de conduite de chariot élévateur (prend de la %s).\n\n"
                "Réévaluation prévue dans deux semaines.\n\n%s\n%s") % (
            greet(rng, "fr", hr[0]), name_form, inj[0],
            rng.choice([5, 10, 10, 15]), rng.choice(["cyclobenzaprine", "prégabaline", "tramadol"]),
            closing(rng, "fr"), signature(rng, others[0] if others else doc, "fr"))
    else:
        subj = rng.choice(["RE: Temporary assignment", "Light duties - physician's answer", "Modified work form signed"])
        body = ("%s\n\nFurther to your request, the doctor signed the temporary assignment form for %s. "
                "Given the %s, the proposed tasks (reception, inventory, video training) are acceptable provided that:\n"
                "  - no lifting over %d kg;\n  - sit/stand alternation every 30 minutes;\n"
                "  - no work at heights and no forklift driving (currently taking %s).\n\n"
                "Reassessment in two weeks.\n\n%s\n%s") % (
            greet(rng, "en", hr[0]), name_form, inj[1], rng.choice([5, 10, 10, 15]),
            rng.choice(["cyclobenzaprine", "pregabalin", "tramadol"]), closing(rng, "en"),
            signature(rng, others[0] if others else doc, "en"))
    return mk("temp_assignment", lang, who(others[0] if others else doc, lang),
              [("%s %s" % hr[:2], contact_email(hr[0], hr[1], dom))], subj, text=body,
              types={"patient_name", "diagnosis", "medication"},
              note="temporary assignment answer to an outside employer, worker named with injury")


def p_audiometry_xlsx(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    emp, dom = employer(rng)
    rows = [["Nom", "Prénom", "Date de naissance", "Poste", "Seuil 4 kHz OD (dB)", "Seuil 4 kHz OG (dB)", "Interprétation"]
            if lang == "fr" else
            ["Last name", "First name", "Date of birth", "Job", "4 kHz R (dB)", "4 kHz L (dB)", "Interpretation"]]
    r2 = sub_rng("aud", n)
    used_nam = False
    for k in range(rng.randint(6, 14)):
        p = worker_patient(r2, False)
        od, og = r2.choice([10, 15, 20, 25, 35, 45, 55]), r2.choice([10, 15, 20, 30, 40, 50, 60])
        if max(od, og) >= 40:
            it = "Encoche à 4 kHz — référer en ORL" if lang == "fr" else "4 kHz notch - refer to ENT"
        elif max(od, og) >= 25:
            it = "Perte légère, recontrôle 12 mois" if lang == "fr" else "Mild loss, recheck 12 months"
        else:
            it = "Normal"
        rows.append([p.surname, p.given, p.dob.strftime("%Y-%m-%d"), r2.choice(JOBS)[0 if lang == "fr" else 1], od, og, it])
    data = A.make_xlsx([("Audiogrammes" if lang == "fr" else "Audiograms", rows)], author=clinic["short"])
    tech = [s for s in others if "audio" in s.role_en.lower()]
    sender = tech[0] if tech else doc
    hr = contact_person(rng)
    fname = rng.choice(["Depistage_auditif_%s_2025.xlsx" % emp.split()[0], "resultats audiogrammes.xlsx",
                        "Audiométrie – %s.xlsx" % emp])
    if lang == "fr":
        subj = "Résultats du dépistage auditif annuel — %s" % emp
        body = "%s\n\nComme convenu au contrat, voici les résultats individuels du dépistage auditif réalisé dans votre usine la semaine dernière. " \
               "Les travailleurs à référer ont été avisés sur place.\n\n%s\n%s" % (greet(rng, "fr", hr[0]), closing(rng, "fr"), signature(rng, sender, "fr"))
    else:
        subj = "Annual hearing screening results - %s" % emp
        body = "%s\n\nAs per our contract, here are the individual results of last week's on-site hearing screening. " \
               "Workers who need an ENT referral were told on site.\n\n%s\n%s" % (greet(rng, "en", hr[0]), closing(rng, "en"), signature(rng, sender, "en"))
    return mk("audiometry_roster", lang, who(sender, lang), [("%s %s" % hr[:2], contact_email(hr[0], hr[1], dom))], subj,
              text=body, atts=[att(XLSX, data, fname)], types={"patient_name", "date_of_birth", "lab_result"},
              note="XLSX of workers' audiograms for a client company")


def p_drug_test(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False, 1965, 2004)
    emp, dom = employer(rng)
    der = contact_person(rng)
    spec = "%s%07d" % (rng.choice(["QC", "CC", "MT"]), rng.randint(0, 9999999))
    drug = rng.choice([("cannabinoïdes (THC-COOH %d ng/mL)", "cannabinoids (THC-COOH %d ng/mL)", 15, 120),
                       ("amphétamines (%d ng/mL)", "amphetamines (%d ng/mL)", 500, 2400),
                       ("opiacés — oxycodone (%d ng/mL)", "opiates - oxycodone (%d ng/mL)", 100, 900)])
    val = rng.randint(drug[2], drug[3])
    show_dob = rng.random() < 0.6
    types = {"patient_name", "lab_result"}
    if show_dob:
        types.add("date_of_birth")
    reason = rng.choice([("post-incident", "post-incident"), ("pré-embauche", "pre-employment"), ("soupçon raisonnable", "reasonable suspicion")])
    if lang == "fr":
        subj = rng.choice(["Résultat test de dépistage — %s" % p.rev, "Résultat confirmé MRO", "Dépistage %s — résultat" % reason[0]])
        body = ("%s\n\nRésultat vérifié par le médecin révision (MRO) :\n\n"
                "Donneur : %s\n%s"
                "No de spécimen : %s\nMotif : %s\n"
                "Résultat : POSITIF — %s. Aucune ordonnance valide présentée lors de l'entrevue.\n\n"
                "Selon votre politique, le travailleur doit être retiré des fonctions critiques. "
                "Nous recommandons une évaluation par le PAE.\n\n%s\n%s") % (
            greet(rng, "fr", der[0]), p.full, ("Date de naissance : %s\n" % _dob(p, "fr", rng)) if show_dob else "",
            spec, reason[0], drug[0] % val, closing(rng, "fr"), signature(rng, doc, "fr", disclaimer=True))
    else:
        subj = rng.choice(["Drug test result - %s" % p.rev, "MRO verified result", "%s test - result" % reason[1].capitalize()])
        body = ("%s\n\nMRO-verified result:\n\nDonor: %s\n%sSpecimen ID: %s\nReason: %s\n"
                "Result: POSITIVE - %s. No valid prescription was provided at the interview.\n\n"
                "Per your policy the employee should be removed from safety-sensitive duties; we recommend an EAP "
                "assessment.\n\n%s\n%s") % (
            greet(rng, "en", der[0]), p.full, ("DOB: %s\n" % _dob(p, "en", rng)) if show_dob else "", spec, reason[1],
            drug[1] % val, closing(rng, "en"), signature(rng, doc, "en", disclaimer=True))
    return mk("drug_test", lang, who(doc, lang), [("%s %s" % der[:2], contact_email(der[0], der[1], dom))], subj,
              text=body, types=types, note="MRO-verified positive drug test for an outside worker")


def p_silica(rng, lang, n):
    clinic, doc, _ = clinic_team(rng)
    pneumo = [s for s in org_staff(HOSPITALS[1]) if "Respir" in s.role_en][0]
    p = worker_patient(rng, rng.random() < 0.4, 1955, 1990, sex="M")
    ilo = rng.choice(["1/0 p/q", "1/1 q/q", "2/1 q/r"])
    fev = rng.randint(58, 79)
    types = {"patient_name", "diagnosis", "lab_result"}
    if lang == "fr":
        subj = "Référence — surveillance silice — %s" % rng.choice([p.surname.upper(), p.full, "tailleur de pierre"])
        body = ("%s\n\nJe vous réfère %s %s, %d ans, tailleur de pierre depuis 22 ans à la Carrière Beaulac. "
                "La radiographie pulmonaire de surveillance montre des opacités nodulaires arrondies aux lobes "
                "supérieurs, classification BIT %s. VEMS à %d %% de la prédite, CVF normale.\n\n"
                "Suspicion de silicose simple. Merci d'évaluer et de compléter au besoin la démarche auprès du "
                "Comité des maladies pulmonaires professionnelles.\n\n%s\n%s") % (
            greet(rng, "fr", pneumo.short("fr")), p.title("fr"), p.full, p.age(datetime.date(2025, 5, 1)), ilo, fev,
            closing(rng, "fr"), signature(rng, doc, "fr"))
    else:
        subj = "Referral - silica surveillance - %s" % rng.choice([p.surname.upper(), p.full, "stone cutter"])
        body = ("%s\n\nI am referring %s %s, %d, a stone cutter for 22 years at Carrière Beaulac. The surveillance chest "
                "X-ray shows rounded nodular opacities in the upper lobes, ILO %s. FEV1 %d%% predicted, normal FVC.\n\n"
                "Suspected simple silicosis. Please assess and, if appropriate, refer to the occupational lung disease "
                "committee.\n\n%s\n%s") % (
            greet(rng, "en", pneumo.short("en")), p.title("en"), p.full, p.age(datetime.date(2025, 5, 1)), ilo, fev,
            closing(rng, "en"), signature(rng, doc, "en"))
    return mk("silica_referral", lang, who(doc, lang), [who(pneumo, lang)], subj, text=body, types=types,
              note="referral of a quarry worker with suspected silicosis")


def p_lead_levels(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    hyg = contact_person(rng)
    r2 = sub_rng("lead", n)
    head = ["Travailleur", "Poste", "Plombémie (µmol/L)", "Date", "Conduite"] if lang == "fr" else \
        ["Worker", "Job", "Blood lead (µmol/L)", "Date", "Action"]
    rows = [head]
    for k in range(r2.randint(4, 7)):
        p = worker_patient(r2, False)
        v = round(r2.uniform(0.3, 2.4), 2)
        if v >= 1.45:
            act = "Retrait préventif, recontrôle 4 sem." if lang == "fr" else "Removal from exposure, recheck 4 wks"
        elif v >= 0.7:
            act = "Recontrôle 3 mois" if lang == "fr" else "Recheck 3 months"
        else:
            act = "Suivi annuel" if lang == "fr" else "Annual follow-up"
        rows.append([p.full if r2.random() < 0.5 else p.rev, r2.choice(["Fondeur", "Opérateur broyeur", "Trieur"]), str(v).replace(".", ",") if lang == "fr" else str(v),
                     "2025-%02d-%02d" % (r2.randint(1, 9), r2.randint(1, 28)), act])
    intro_fr = "Voici les plombémies du dernier prélèvement pour les travailleurs du secteur fonderie. Deux travailleurs dépassent le seuil de retrait."
    intro_en = "Here are the blood lead levels from the latest draw for the smelting area workers. Two workers exceed the removal threshold."
    intro = intro_fr if lang == "fr" else intro_en
    html = html_wrap("<p>%s</p>\n<p>%s</p>\n%s\n<p>%s</p>\n<p>%s</p>" % (
        greet(rng, lang, hyg[0]), intro, html_table(rows), closing(rng, lang),
        signature(rng, doc, lang).replace("\n", "<br>\n")), lang)
    subj = ("Plombémies — suivi biologique %s" % rng.choice(["T2", "juin", "secteur fonderie"])) if lang == "fr" \
        else ("Blood lead results - biological monitoring %s" % rng.choice(["Q2", "June", "smelter"]))
    return mk("lead_monitoring", lang, who(doc, lang), [("%s %s" % hyg[:2], contact_email(hyg[0], hyg[1], "rbl-recyclage.example"))],
              subj, html=html, html_only=True, types={"patient_name", "lab_result"},
              note="HTML table of named workers' blood lead levels")


def p_rtw_outside(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False)
    d = rng.choice(INJURIES + [(x[0], x[1], "") for x in DISEASES[5:7]])
    med = rng.choice(SEDATING)
    emp, dom = employer(rng)
    coord = contact_person(rng)
    if lang == "fr":
        subj = rng.choice(["Plan de retour progressif — %s" % p.given, "Retour au travail de %s" % p.full, "RE: retour lundi?"])
        body = ("%s\n\nJ'ai revu %s ce matin. Diagnostic : %s. Je recommande un retour progressif :\n"
                "  semaine 1 : 3 jours de 4 h, tâches allégées\n  semaine 2 : 4 jours de 6 h\n"
                "  semaine 3 : horaire régulier si tolérance\n\n"
                "Attention : %s prend actuellement %s, qui peut causer de la somnolence ; pas de conduite de véhicule "
                "de l'entreprise pendant les deux premières semaines.\n\n%s\n%s") % (
            greet(rng, "fr", coord[0]), p.full, d[0],
            p.pron("fr"), med[0], closing(rng, "fr"), signature(rng, doc, "fr"))
    else:
        subj = rng.choice(["Graduated return-to-work plan - %s" % p.given, "Return to work for %s" % p.full, "RE: back on Monday?"])
        body = ("%s\n\nI saw %s this morning. Given the %s, I recommend a graduated return:\n"
                "  week 1: 3 days x 4 h, light duties\n  week 2: 4 days x 6 h\n  week 3: regular schedule if tolerated\n\n"
                "Please note %s is currently on %s, which can cause drowsiness; no company vehicle driving for the "
                "first two weeks.\n\n%s\n%s") % (
            greet(rng, "en", coord[0]), p.full, d[1], p.pron("en"), med[1], closing(rng, "en"), signature(rng, doc, "en"))
    return mk("rtw_outside_worker", lang, who(doc, lang), [("%s %s" % coord[:2], contact_email(coord[0], coord[1], dom))],
              subj, text=body, types={"patient_name", "diagnosis", "medication"},
              note="return-to-work plan for an outside worker patient, with medication")


def p_physio_referral(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, True)
    inj = rng.choice(INJURIES)
    physio = [s for s in org_staff(HOSPITALS[1]) if "Physio" in s.role_en][0]
    ph = phone(rng)
    nam = disguise_nam(p.nam, rng.choice([0, 1, 2, 4, 5, 7]))
    claim = "%09d" % rng.randint(0, 999999999)
    types = {"patient_name", "ramq_nam", "diagnosis", "date_of_birth", "patient_contact"}
    if lang == "fr":
        subj = "Référence physio — CNESST — %s" % rng.choice([p.surname, inj[0]])
        body = ("%s\n\nMerci de prendre en charge :\n\n"
                "%s, né%s le %s\nNAM : %s\nTél. (cell.) : %s\nDossier CNESST : %s\n\n"
                "Dx : %s survenue au travail le %s.\nObjectifs : amplitude, renforcement, retour au travail régulier.\n"
                "Fréquence : 3 x/sem. x 4 sem.\n\n%s\n%s") % (
            greet(rng, "fr", physio.given), p.full, "e" if p.sex == "F" else "", fdate(p.dob, "fr"), nam, ph, claim, inj[0],
            fdate(datetime.date(2025, rng.randint(1, 9), rng.randint(1, 28)), "fr", 1), closing(rng, "fr"), signature(rng, doc, "fr"))
    else:
        subj = "Physio referral - CNESST - %s" % rng.choice([p.surname, inj[1]])
        body = ("%s\n\nPlease see:\n\n%s, DOB %s\nRAMQ: %s\nCell: %s\nCNESST claim: %s\n\n"
                "Dx: %s at work on %s.\nGoals: range of motion, strengthening, return to regular duties.\n"
                "Frequency: 3x/week x 4 weeks.\n\n%s\n%s") % (
            greet(rng, "en", physio.given), p.full, fdate(p.dob, "en", 1), nam, ph, claim, inj[1],
            fdate(datetime.date(2025, rng.randint(1, 9), rng.randint(1, 28)), "en", 1), closing(rng, "en"), signature(rng, doc, "en"))
    return mk("physio_referral", lang, who(doc, lang), [who(physio, lang)], subj, text=body, types=types,
              note="physiotherapy referral with NAM and cell phone")


def p_ortho_referral(rng, lang, n):
    clinic, doc, _ = clinic_team(rng)
    ortho = [s for s in org_staff(HOSPITALS[0]) if "Orthop" in s.role_en][0]
    p = worker_patient(rng, rng.random() < 0.5)
    types = {"patient_name", "diagnosis", "lab_result"}
    mri = rng.choice([("déchirure transfixiante du sus-épineux de 14 mm, rétraction légère",
                       "14 mm full-thickness supraspinatus tear with mild retraction"),
                      ("hernie discale L4-L5 postéro-latérale gauche comprimant la racine L5",
                       "left posterolateral L4-L5 disc herniation compressing the L5 root"),
                      ("déchirure complexe de la corne postérieure du ménisque interne",
                       "complex tear of the posterior horn of the medial meniscus")])
    extra = ""
    if p.nam and rng.random() < 0.7:
        extra_fr = "NAM %s — " % disguise_nam(p.nam, rng.choice([0, 1, 3]))
        types.add("ramq_nam")
    else:
        extra_fr = ""
    if lang == "fr":
        subj = rng.choice(["Demande de consultation en orthopédie", "Consult ortho svp — CNESST", "Référence ortho : %s" % p.full])
        body = ("%s\n\nPourriez-vous voir en consultation %s %s (%sDDN %s), %s, blessé%s au travail ?\n\n"
                "IRM du %s : %s.\nÉchec de 8 semaines de physiothérapie. Arrêt de travail complet.\n"
                "Question : indication chirurgicale ?\n\n%s\n%s") % (
            greet(rng, "fr", ortho.short("fr")), p.title("fr"), p.full, extra_fr, fdate(p.dob, "fr", 1), rng.choice(JOBS)[0],
            "e" if p.sex == "F" else "", fdate(datetime.date(2025, rng.randint(2, 9), rng.randint(1, 28)), "fr"), mri[0],
            closing(rng, "fr"), signature(rng, doc, "fr"))
    else:
        subj = rng.choice(["Orthopaedic consultation request", "Ortho consult please - CNESST", "Referral: %s" % p.full])
        body = ("%s\n\nCould you see %s %s (%sDOB %s), a %s injured at work?\n\nMRI of %s: %s.\n"
                "Failed 8 weeks of physiotherapy. Off work completely.\nQuestion: surgical indication?\n\n%s\n%s") % (
            greet(rng, "en", ortho.short("en")), p.title("en"), p.full,
            extra_fr.replace("NAM", "RAMQ"), fdate(p.dob, "en", 1), rng.choice(JOBS)[1],
            fdate(datetime.date(2025, rng.randint(2, 9), rng.randint(1, 28)), "en"), mri[1], closing(rng, "en"),
            signature(rng, doc, "en"))
    types.add("date_of_birth")
    return mk("ortho_referral", lang, who(doc, lang), [who(ortho, lang)], subj, text=body, types=types,
              note="orthopaedic referral with MRI result")


def p_ontario_worker(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    from gen_common import make_ohip, fmt_ohip, random_patient
    p = random_patient(rng, 1962, 2003)
    ohip = make_ohip(rng)
    vc = rng.choice(["", "", "AB", "KT", "MX"])
    inj = rng.choice(INJURIES)
    shown = fmt_ohip(ohip, vc) if rng.random() < 0.6 else (ohip + (vc and " " + vc))
    sec = clinic_admin(others, doc)
    if lang == "en":
        subj = rng.choice(["Ontario resident - billing and WSIB question", "Interprovincial claim - worker from Ottawa"])
        body = ("%s\n\nWe saw an Ontario resident at the clinic on Tuesday (works for a Québec employer, lives in Ottawa).\n\n"
                "Name: %s\nOntario health card: %s\nDx: %s\n\n"
                "Since the injury happened in Québec the claim goes to CNESST, but the follow-up physio will be in Ottawa. "
                "Could you confirm how you want the reciprocal billing done and whether WSIB needs a copy of the Form 8?\n\n%s\n%s") % (
            greet(rng, "en", rng.choice(["Pat", "Dana", "team"])), p.full, shown, inj[1], closing(rng, "en"), signature(rng, sec, "en"))
    else:
        subj = rng.choice(["Résident ontarien — facturation", "Travailleur d'Ottawa — dossier interprovincial"])
        body = ("%s\n\nNous avons vu mardi un travailleur résidant en Ontario (employeur québécois, domicile à Ottawa).\n\n"
                "Nom : %s\nCarte santé Ontario : %s\nDiagnostic : %s\n\n"
                "La lésion étant survenue au Québec, la réclamation va à la CNESST, mais la physio se fera à Ottawa. "
                "Pouvez-vous confirmer la procédure de facturation réciproque ?\n\n%s\n%s") % (
            greet(rng, "fr"), p.full, shown, inj[0], closing(rng, "fr"), signature(rng, sec, "fr"))
    return mk("ontario_worker", lang, who(sec, lang), [("Facturation", "facturation@%s" % clinic["domain"])], subj,
              text=body, types={"patient_name", "ca_health_number", "diagnosis"},
              note="Ontario resident worker with health card number and diagnosis")


def p_french_worker(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    from gen_common import make_nir, fmt_nir, random_patient
    p = random_patient(rng, 1975, 2004)
    nir = make_nir(rng, p.dob, p.sex == "M")
    nir_s = fmt_nir(nir) if rng.random() < 0.6 else nir
    inj = rng.choice(INJURIES)
    sec = clinic_admin(others, doc)
    body = ("%s\n\nNous avons soigné le %s %s %s, ressortissant%s français%s en mobilité (PVT), employé%s par %s. "
            "%s nous a remis son attestation de la Sécurité sociale :\n\n"
            "NIR : %s\nDate de naissance : %s\nDiagnostic : %s, survenu%s sur les lieux de travail.\n"
            "Soins : immobilisation, pansement, %s.\n\n"
            "La CNESST prend en charge la lésion au Québec ; pouvez-vous nous indiquer l'adresse de la CPAM pour "
            "l'envoi du formulaire de liaison SE 401-Q-102 ?\n\n%s\n%s") % (
        greet(rng, "fr"), fdate(datetime.date(2025, rng.randint(4, 9), rng.randint(1, 28)), "fr"), p.title("fr"), p.full,
        "e" if p.sex == "F" else "", "e" if p.sex == "F" else "", "e" if p.sex == "F" else "", employer(rng)[0],
        "Elle" if p.sex == "F" else "Il", nir_s, fdate(p.dob, "fr", 2), inj[0], "e", rng.choice(ANALGESICS)[0], closing(rng, "fr"),
        signature(rng, sec, "fr"))
    subj = rng.choice(["Travailleur français — coordination Sécurité sociale", "Entente Québec-France : formulaire de liaison", "Question CPAM"])
    return mk("french_worker", "fr", who(sec, "fr"), [("Bureau des ententes", "ententes@coordination-secu.example")], subj,
              text=body, types={"patient_name", "fr_nir", "date_of_birth", "diagnosis", "medication"},
              note="French working-holiday worker with NIR and injury")


def p_belgian_worker(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    from gen_common import make_niss, fmt_niss, random_patient
    p = random_patient(rng, 1970, 2003)
    niss = make_niss(rng, p.dob, p.sex == "M")
    shown = fmt_niss(niss) if rng.random() < 0.6 else niss
    dis = rng.choice(DISEASES[:4] + [(i[0], i[1]) for i in INJURIES[:4]])
    if lang == "fr":
        subj = rng.choice(["Rapport médical pour la mutualité — travailleur détaché", "Demande de la mutualité belge"])
        body = ("%s\n\nSuite à la demande de la mutualité de %s %s (ingénieur%s détaché%s de Liège chez Aéro-Composites), "
                "voici les renseignements :\n\nNISS : %s\nDiagnostic : %s\nIncapacité de travail du %s au %s.\n\n"
                "Le rapport complet est disponible sur demande du médecin-conseil.\n\n%s\n%s") % (
            greet(rng, "fr"), p.title("fr"), p.full, "e" if p.sex == "F" else "", "e" if p.sex == "F" else "", shown, dis[0],
            fdate(datetime.date(2025, 3, 3), "fr", 2), fdate(datetime.date(2025, 4, 14), "fr", 2), closing(rng, "fr"),
            signature(rng, doc, "fr", disclaimer=True))
    else:
        subj = rng.choice(["Medical report for the Belgian sickness fund", "Seconded employee - incapacity certificate"])
        body = ("%s\n\nAs requested by the Belgian sickness fund of %s %s (engineer seconded from Liège to Aéro-Composites):\n\n"
                "NISS: %s\nDiagnosis: %s\nIncapacity for work from %s to %s.\n\nThe full report is available to the "
                "fund's medical adviser on request.\n\n%s\n%s") % (
            greet(rng, "en"), p.title("en"), p.full, shown, dis[1], fdate(datetime.date(2025, 3, 3), "en", 1),
            fdate(datetime.date(2025, 4, 14), "en", 1), closing(rng, "en"), signature(rng, doc, "en", disclaimer=True))
    return mk("belgian_worker", lang, who(doc, lang), [("Service médical", "medecin-conseil@mutualite-liege.example")], subj,
              text=body, types={"patient_name", "be_niss", "diagnosis"},
              note="seconded Belgian worker with NISS and diagnosis")


def p_tfw_housing(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False, 1980, 2002, sex="M")
    tsw = [s for s in org_staff(HOSPITALS[1]) if "Social" in s.role_en][0]
    nurse = others[0] if others else doc
    if lang == "fr":
        subj = rng.choice(["Travailleur agricole — situation préoccupante", "Besoin TS pour un travailleur étranger temporaire"])
        body = ("%s\n\nNous avons vu hier %s (travailleur étranger temporaire, Ferme maraîchère Les Trois Soleils) pour "
                "une dermatite aux mains et une toux depuis 3 semaines. Il nous confie qu'il loge avec 11 autres "
                "travailleurs dans une maison mobile sans chauffage, que son passeport est conservé par le contremaître "
                "et qu'il n'a pas encore de carte d'assurance maladie. Il craint d'être renvoyé s'il se plaint.\n\n"
                "Pouvez-vous le rencontrer ? Il préfère être joint par WhatsApp au %s (espagnol).\n\n%s\n%s") % (
            greet(rng, "fr", tsw.given), p.full, phone(rng), closing(rng, "fr"), signature(rng, nurse, "fr"))
    else:
        subj = rng.choice(["Farm worker - concerning situation", "Social work request - temporary foreign worker"])
        body = ("%s\n\nWe saw %s yesterday (temporary foreign worker, Les Trois Soleils farm) for hand dermatitis and a "
                "3-week cough. He told us he shares a heatless mobile home with 11 other workers, that the foreman keeps "
                "his passport and that he has no health card yet. He is afraid of being sent home if he complains.\n\n"
                "Could you meet him? Best reached on WhatsApp at %s (Spanish).\n\n%s\n%s") % (
            greet(rng, "en", tsw.given), p.full, phone(rng), closing(rng, "en"), signature(rng, nurse, "en"))
    return mk("tfw_social", lang, who(nurse, lang), [who(tsw, lang)], subj, text=body,
              types={"patient_name", "social_information", "diagnosis", "patient_contact"},
              note="temporary foreign worker: housing and passport situation, symptoms")


def p_violence(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False, 1975, 2000, sex="F")
    tsw = [s for s in org_staff(HOSPITALS[1]) if "Social" in s.role_en][0]
    if lang == "fr":
        subj = rng.choice(["Confidentiel — demande d'aide", "Suivi psychosocial urgent", "Pour ta liste de cette semaine"])
        body = ("%s\n\nLors de sa visite de suivi pour une contusion à l'épaule (déclarée comme accident de travail), "
                "%s %s m'a confié que les blessures viennent en fait de son conjoint. Elle a deux enfants de 4 et 7 ans "
                "et n'ose pas quitter le domicile faute de revenus. Elle accepte d'être contactée, de préférence au "
                "travail (elle ne veut pas d'appel à la maison).\n\n"
                "Je lui ai remis les coordonnées de SOS violence conjugale. Peux-tu la rappeler cette semaine ?\n\n%s\n%s") % (
            greet(rng, "fr", tsw.given), p.title("fr"), p.full, closing(rng, "fr"), signature(rng, doc, "fr"))
    else:
        subj = rng.choice(["Confidential - request for help", "Urgent psychosocial follow-up"])
        body = ("%s\n\nAt her follow-up for a shoulder contusion (reported as a workplace injury), %s %s told me the "
                "injuries were actually caused by her partner. She has two children aged 4 and 7 and does not feel she "
                "can leave for lack of income. She agrees to be contacted, preferably at work (no calls at home).\n\n"
                "I gave her the domestic violence helpline. Could you call her this week?\n\n%s\n%s") % (
            greet(rng, "en", tsw.given), p.title("en"), p.full, closing(rng, "en"), signature(rng, doc, "en"))
    return mk("violence_disclosure", lang, who(doc, lang), [who(tsw, lang)], subj, text=body,
              types={"patient_name", "social_information", "diagnosis"},
              note="worker patient discloses domestic violence")


def p_ics_expertise(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False)
    inj = rng.choice(INJURIES)
    d = datetime.datetime(2025, rng.randint(2, 11), rng.randint(1, 27), rng.choice([8, 9, 10, 13, 14]), 0)
    summ = ("Expertise médicale — %s — %s" % (p.full, inj[0])) if lang == "fr" else ("IME - %s - %s" % (p.full, inj[1]))
    desc = ("Expertise demandée par l'employeur (art. 209). Apporter imagerie et notes de physio. Travailleur : %s, "
            "DDN %s." % (p.full, fdate(p.dob, "fr", 1))) if lang == "fr" else \
        ("Employer-requested independent medical exam. Bring imaging and physio notes. Worker: %s, DOB %s." % (p.full, fdate(p.dob, "en", 1)))
    sec = clinic_admin(others, doc)
    ics = A.make_ics("exp-%d-%s@%s" % (n, d.strftime("%Y%m%d"), clinic["domain"]), summ, d,
                     d + datetime.timedelta(hours=1, minutes=30), desc, org_name(clinic, lang) + ", salle 3",
                     (sec.full, sec.email), [(doc.full, doc.email)])
    body = ("Nouvelle expertise inscrite à votre agenda." if lang == "fr" else "New IME booked in your calendar.")
    return mk("ics_expertise", lang, who(sec, lang), [who(doc, lang)], summ if rng.random() < 0.5 else (
        "Invitation : expertise" if lang == "fr" else "Invitation: IME"), text=body,
        atts=[att(ICS + "; method=REQUEST; charset=utf-8", ics, "invite.ics")],
        types={"patient_name", "diagnosis", "date_of_birth"}, note="calendar invitation for an independent medical exam")


def p_vcard_worker(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False)
    nurse = others[0] if others else doc
    ph = phone(rng)
    adr = street(rng)
    note = ("Suivi de plaie (lacération avant-bras) q2j — préfère texto" if lang == "fr"
            else "Wound care follow-up (forearm laceration) q2d - prefers text")
    vcf = A.make_vcf(p.given, p.surname, tel_cell=ph, adr=adr, note=note)
    if lang == "fr":
        subj = "Coordonnées pour le suivi à domicile"
        body = "%s\n\nVoici la fiche du travailleur pour les visites de changement de pansement. Merci !\n\n%s" % (
            greet(rng, "fr"), signature(rng, nurse, "fr"))
    else:
        subj = "Contact card for home follow-up"
        body = "%s\n\nAttached is the worker's card for the dressing-change visits. Thanks!\n\n%s" % (greet(rng, "en"), signature(rng, nurse, "en"))
    return mk("vcard_worker", lang, who(nurse, lang), [("Soins à domicile", "sad@cisss3r.example")], subj, text=body,
              atts=[att(VCF, vcf, "%s %s.vcf" % (p.given, p.surname), fn_style="2231")],
              types={"patient_name", "patient_contact", "diagnosis"}, note="vCard of a worker patient with wound-care note")


POS_A = [p_attestation, p_final_report, p_temp_assignment, p_audiometry_xlsx, p_drug_test, p_silica, p_lead_levels,
         p_rtw_outside, p_physio_referral, p_ortho_referral, p_ontario_worker, p_french_worker, p_belgian_worker,
         p_tfw_housing, p_violence, p_ics_expertise, p_vcard_worker]
